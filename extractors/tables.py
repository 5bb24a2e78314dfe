"""One table model for every source: rows with cells from TSV/HTML/PDF/DOCX, and tables whose
cells PDF extraction flattened into one fragment per line, rebuilt from STT numbers, quarter
group rows and the unit column.

A TaskTable is a list of logical rows: each has a label (STT), its content, its unit text, its
timing text and the quarter or month group it sits under. Repeated header rows are dropped, a row split
by a page break is one row, and an unnumbered row is either a continuation or a task of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from extractors import levels
from extractors.dates import RE_LUNAR_MARKED, RE_LUNAR_NAMED, RE_LUNAR_NUM, RE_PERIOD, RE_YEAR_RANGE, roman_to_int
from extractors.references import TERM_NOTE
from pipeline.document import Document, Line
from pipeline.normalize import FUNDING_CELL, MONEY_CELL, ROW_CELLS_MAX, VI_UPPER, ends_clause, fold, join_wrapped
from pipeline.memo import memo

# ---------------------------------------------------------------- patterns (matched on fold()ed text)


def _names(pattern: str) -> re.Pattern:
    """A column-name pattern whose spaces may be missing: a scan's narrow header cell comes out
    "Cơ quan phốihợp", "Thờigian"."""
    return re.compile(pattern.replace(" ", " ?"))


# Header cells, by the role of their column.
COL_LABEL = _names(r"^(?:s?tt|so tt|so thu tu|stt\.?|dot)$")
COL_CONTENT = _names(r"noi dung|nhiem vu|cong viec|hoat dong|ten (?:nhiem vu|cong viec|de an|du an)|chuong trinh")
# A schedule of events or classes names each row by what is held ("Tên lớp", "Tên lớp bồi dưỡng",
# "Tên khóa học", "Tên hội nghị", "Tên hội thi"): the content, when the table also says who holds
# it or when; alone ("Tên lớp | Sĩ số | Giáo viên chủ nhiệm") it lists a school's classes.
COL_EVENT_NAME = _names(r"^ten (?:lop|khoa (?:hoc|dao tao|boi duong|tap huan)|chuyen de|hoi nghi|hoi thao|hoi thi"
                        r"|cuoc thi|giai dau|su kien|dot)\b")
COL_UNITS = _names(r"don vi|co quan|bo phan|chu tri|thuc hien|phu trach|trach nhiem|tham muu")
COL_SUPPORT = _names(r"phoi hop")
# "Đơn vị tham gia" beside "Đơn vị chủ trì" names the units that take part, not the lead; alone
# ("TT | Nội dung | Đơn vị tham gia thực hiện | Thời gian") it names those who do the work
COL_TAKING_PART = _names(r"(?:don vi|co quan|bo phan) tham gia(?: (?:thuc hien|to chuc))?")


def names_support(header: list[str]) -> bool:
    """Whether a table's column names (cells, or one line of them all) name the units that support
    the lead: a "phối hợp" column, or one of those taking part beside a column of who leads."""
    columns = " | ".join(fold(h) for h in header)
    if COL_SUPPORT.search(columns):
        return True
    m = COL_TAKING_PART.search(columns)
    return m is not None and COL_UNITS.search(columns[:m.start()] + " | " + columns[m.end():]) is not None
# A Party committee's work programme names for each matter the body that prepares it ("Cơ quan
# chuẩn bị", "Cơ quan chủ trì chuẩn bị") and, in a column of its own, the body or leader who
# presides over it ("Cơ quan/Đồng chí chủ trì", "Đồng chí phụ trách"): neither coordinates, both
# answer for the matter, so both lead, in the order printed.
COL_PREPARE = _names(r"chuan bi")
# An inspection or supervision schedule names in its own column whom each row inspects ("Đối
# tượng kiểm tra": a Party cell, a member, a commune's UBND), the content column only what: the
# row's task is both ("Chi bộ Trường THCS Bố Hạ: Việc lãnh đạo …"). Other "Đối tượng" columns
# (who a campaign addresses) are not the task's subject.
# A schedule of visits names the subject as the unit checked ("Đơn vị được kiểm tra", "Cơ quan,
# đơn vị chịu sự giám sát", "Địa bàn kiểm tra"); without "được"/"chịu sự" a "Đơn vị kiểm tra" is the
# team that checks, which acts (COL_UNITS).
# An inspection plan's schedule of establishments names each in its own column ("STT | Tên cơ sở |
# Nội dung kiểm tra | Thời gian", "Cơ sở được kiểm tra", "Tên doanh nghiệp, địa chỉ"): the row's
# task is what is checked there, at that cơ sở ("Nhà hàng Hương Sen: Kiểm tra điều kiện …").
COL_SUBJECT = _names(r"^(?:doi tuong (?:duoc )?|(?:(?:co quan|don vi|dia phuong|co so)(?:\s*[,/]\s*(?:co quan|don vi))?"
                     r"|xa|dia ban) (?:duoc|chiu su) |dia ban )(?:kiem tra|giam sat|thanh tra|khao sat)"
                     r"|^ten (?:co so|doanh nghiep|ho kinh doanh|cua hang|cho|nha hang)\b")
_SUBJECT_INITIALS = ("doi", "don", "co q", "co s", "dia", "xa ", "ten ")
# "Thành phần (đoàn)": who goes on each visit of such a schedule, the team that does the row's
# work; read as the units only when no column names them.
COL_PARTICIPANTS = re.compile(r"^thanh ?phan\b")
# One column for both roles ("Đơn vị chủ trì, phối hợp", "Chủ trì/Phối hợp"): its cells say which
# unit leads ("Chủ trì: X; phối hợp: Y"), or name the lead first.
COL_JOINT = _names(r"chu tri\s*(?:[,/&+\-–]|va)?\s*phoi hop")
# A month-by-month schedule heads its first column "Tháng" (a school year's plan: "Tháng 9/2024"),
# matched as the whole cell: folded, the word is also "thắng". "Lộ trình thực hiện" is a timing
# column too (read before COL_UNITS, which would take it for its "thực hiện").
COL_TIMING = _names(r"thoi gian|thoi han|tien do|han hoan thanh|thoi diem|hoan thanh|lo trinh"
                    r"|^thang(?:\s*[/,]?\s*nam| thuc hien)?$"
                    # a schedule by quarter heads its timing column with the word alone ("Quý",
                    # "Quý thực hiện"), its cells "Quý II/2025"; "Quý I" over a column is a grid's
                    r"|^quy(?: thuc hien| hoan thanh)?$")
# A timing column that counts in quarters ("Quý", "Thời gian (quý)", "Quý thực hiện") may print only the
# quarter's numeral in its cells ("II", "3", "IV/2025"): the timing is that quarter, as "Quý II" says it.
COL_QUARTER_TIMING = re.compile(r"\bquy\b")
# A column named for the quarter alone ("Quý", "Quý thực hiện", "Thời gian (quý)") beside another timing
# column ("Thời gian thực hiện", "Thời gian hoàn thành") groups the rows as a quarter group row does, its
# cell often merged down over the quarter's rows: the row's quarter, while the other column times the
# work ("Thường xuyên", "Khi có bão": no day by the quarter's end), and its timing only when that is blank.
COL_QUARTER = _names(r"^(?:quy(?: thuc hien| hoan thanh)?|thoi gian \(?quy\)?)$")
QUARTER_CELL = re.compile(r"^([IVX]{1,3}|[1-4])(\s*/\s*(?:19|20)\d\d)?$")
# A schedule that dates each task by two columns, "Bắt đầu | Kết thúc" (often under a merged "Thời
# gian thực hiện"), "Ngày bắt đầu | Ngày hoàn thành": the task runs from the one to the other, and
# its deadline is the end, whichever column the timing role went to first.
# A schedule by day (a week's "lịch công tác"): "Thứ, ngày | Buổi | Thời gian | Nội dung …", the day
# merged down over its morning and afternoon rows, the hour in "Thời gian". The day and the session
# (Sáng/Chiều) date the row with its hour; without a "Thời gian" column the day is the timing.
# Whole cells only: "Ngày ban hành", "Thứ tự" name other things.
COL_DAY = re.compile(r"^(?:thu\s*[,/\-]?\s*)?ngay(?:\s*[,/\-]?\s*thang)?(?:\s*[,/\-]?\s*nam)?$|^thu$")
COL_SESSION = re.compile(r"^buoi$")
COL_START = _names(r"bat dau|khoi cong|tu ngay")
COL_END = _names(r"ket thuc|hoan thanh|den ngay")
# A column of the day each row is due, after one of its span (_span_roles): named by when it ends, not
# what ("Kết quả hoàn thành", "Tỷ lệ hoàn thành" are results)
COL_DUE = _names(r"(?:(?:thoi gian|thoi han|thoi diem|ngay|han|tien do) )?(?:hoan thanh|ket thuc)\b")
# "Đơn vị tính" (ĐVT) is the unit of measure of an indicator or an expense, not who acts: read here,
# before COL_UNITS would take it for its "đơn vị".
COL_OTHER = _names(r"ghi chu|ket qua|san pham|kinh phi|chi tieu|so luong|dia diem|muc tieu|don vi tinh|^dvt$|^hinh thuc\b")
# A roster ("Họ và tên | Chức vụ | Nhiệm vụ trong Ban Chỉ đạo") and a cost estimate ("Nội dung chi |
# Đơn vị tính | Số lượng | Đơn giá | Thành tiền") head a column with a content word, but their rows
# are people and expenses, not work to do; an estimate that also names who acts or when is a schedule.
COL_PERSON = _names(r"(?:^|[^a-z])ho (?:va )?ten\b")
# A roster that names its members by another word ("Thành viên", "Thành phần", "Đồng chí") still
# prints each one's post: no schedule has a column of posts.
COL_POST = _names(r"^chuc (?:vu|danh)\b")
# A column naming the person who answers for each row ("Người phụ trách", "Lãnh đạo phụ trách",
# "Cán bộ thực hiện"): "Đ/c Nguyễn Văn Hùng - PCT UBND xã" is no unit. Beside a unit column, that
# column names the units, whichever comes first; alone, it is the only word on who acts.
COL_IN_CHARGE_PERSON = re.compile(r"^(?:nguoi|lanh dao|can bo|ca nhan|dong chi)\b")
COL_MONEY = _names(r"don gia|thanh tien|so tien")
# An estimate's content column names its expenses ("Nội dung chi", "Khoản chi", "Hạng mục chi"):
# folded, "chỉ đạo", "chỉ tiêu", "chi tiết" read the same and are excepted.
COL_EXPENSE = _names(r"^(?:noi dung|khoan|hang muc|muc) chi\b(?! (?:dao|tieu|tiet|dinh|so|huy|thi)\b)")
# A column of sums by name ("Kinh phí (triệu đồng)", "Dự toán kinh phí", "Kinh phí dự kiến") beside
# the content column of a table that names no work ("Nội dung", not "Nhiệm vụ"/"Công việc") and
# no one who acts or when: the appendix estimating the plan's costs, item by item.
COL_COST = _names(r"^(?:du toan |tong |du kien )?kinh phi\b|^du toan\b")
# A column of the funding a row's work draws on ("Kinh phí", "Nguồn kinh phí", "Nguồn vốn", "Ngân sách").
COL_FUNDING = _names(r"kinh phi|ngan sach|^nguon\b")
# A list of investment projects ("Danh mục dự án": "Tên dự án | Chủ đầu tư | Địa điểm | Thời gian
# thực hiện | Tổng mức đầu tư | Nguồn vốn") catalogues what is to be built and with whose money;
# its "Chủ đầu tư" is the project's owner and its years the project's own, not work assigned. A
# table that names who leads or coordinates each project ("Cơ quan chủ trì") is a schedule.
COL_PROJECT = _names(r"^(?:ten |danh muc )?(?:du an|cong trinh)\b")
COL_CAPITAL = _names(r"muc dau tu|von dau tu|nguon von|ke hoach von|tong von")
# A table of indicators ("STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Mục tiêu 2030", "Nội dung chỉ
# tiêu | ĐVT | Năm 2026 | … | Năm 2030") states targets, what the plan is to reach, not work to do:
# its columns name indicators or targets, or measure each row against a figure per year. A column
# of a figure per year ("Năm 2025", "Thực hiện 2025", "Ước TH năm 2025", "Kế hoạch 2026") would
# read as who acts for its "thực hiện"; a work word over the rows ("Nhiệm vụ, chỉ tiêu") makes them work.
COL_TARGET = _names(r"chi tieu|muc tieu")
COL_MEASURE = _names(r"^(?:don vi tinh|dvt)\b")
COL_YEAR_VALUE = re.compile(r"^[a-z .]{0,24}(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")
COL_WORK = _names(r"nhiem vu|cong viec|hoat dong|giai phap")
# A timeline grid: one column per month ("T1", "Th 2", "Tháng 3", "Tháng 01/2025") or per quarter
# ("Quý I", "Quý 2"), under a merged "Thời gian thực hiện năm 2025", its rows marking ("x") the
# periods their task runs in. Bare numbers name months only under a header that says "tháng"
# (a row "1 | 2 | 3" under the names is the columns' numbering).
# A scan's narrow month column wraps "T10" into "T1⏎0", and Tesseract reads a lone 1 or 0 in a
# label as "l" or "O" ("Tl", "T1O"): the month's figures may be split and look-alikes, its year not.
GRID_MONTH = re.compile(r"^(?:t|th|thang)\s*\.?\s*([\dlo|](?:\s?[\dlo|])?)(?:\s*(?:/|nam)\s*(\d{4}))?$")
_MONTH_DIGITS = str.maketrans({"l": "1", "|": "1", "o": "0", " ": None, "\n": None, "\t": None})
GRID_QUARTER = re.compile(r"^quy\s*([ivx]{1,3}|[1-4])(?:\s*(?:/|nam)\s*(\d{4}))?$")
GRID_BARE_MONTH = re.compile(r"^(\d{1,2})$")
# A multi-year plan's grid: one column per year ("2026", "Năm 2027") of its period, marked like months.
GRID_YEAR = re.compile(r"^(?:nam\s*)?((?:19|20)\d\d)$")
GRID_MIN_COLUMNS = 3
# What marks a period: a sign. A grid cell of words ("Cả năm" merged across the columns, "Theo kế
# hoạch") is the row's timing as printed; a number ("5", "20%") is a count or share per period,
# not a mark.
GRID_MARK = re.compile(r"[xX×✕✓✔√☑vV●•■+*]")
GRID_WORDS = re.compile(r"[^\W\d_]{3}")
_HEADER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# "năm học 2024 - 2025", "NĂM HỌC 2024-2025" (not folded: read on the document's text)
SCHOOL_YEAR = re.compile(r"(?i:năm\s+học)\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
# A flattened header line: STT/TT followed by a content column name.
FLAT_HEADER = re.compile(r"^(?:s?tt)\b.*\b(?:noi dung|nhiem vu|cong viec)", re.I)
# Quarter group rows: "I Quý I", "QUÝ II", "Quý 3", "III. Quý III năm 2025", "Quí 2" (the old spelling),
# "Quý l" (OCR's I), "QUÝ II (tháng 4 - 6)", and abbreviated with its year, as schedules print cells
# ("Q3/2025", "Q.III/2025"; "Q1" alone may be Quận 1).
_QYEAR = r"\s*(?:nam|/|-|–)\s*(?:19|20)\d\d"
QUARTER_ROW = re.compile(r"^(?:[ivxl]+\s*[.)]?\s+)?(?:qu[yi]\s+([ivxl]+|[1-4])\b(?:" + _QYEAR + r")?"
                         r"|q\.?\s?([1-4]|iv|i{1,3})" + _QYEAR + r")"
                         r"(?:\s*\([^()]{1,40}\))?\s*[:.]?$")
# Month group rows: a work programme sets its rows under the month they are due in ("THÁNG 1",
# "Tháng 02/2026", "THÁNG 3 VÀ THÁNG 4", "Tháng 7 đến tháng 9"), as others do under a quarter. The
# whole cell is the months: "Tháng Thanh niên" (a campaign) names none.
_MONTH = r"thang\s+\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?"
MONTH_ROW = re.compile(r"^(?:[ivxl]+\s*[.)]?\s+)?" + _MONTH + r"(?:\s*(?:,|va|den|-|–)\s*(?:thang\s+)?\d{1,2}"
                       r"(?:\s*/\s*(?:19|20)\d\d)?)*(?:\s+nam\s+(?:19|20)\d\d)?\s*[:.]?$")
# Year group rows: a multi-year plan sets its rows under the phase or the year they run in ("GIAI
# ĐOẠN 1 (2026 - 2027)", "Giai đoạn 2028 - 2030", "NĂM 2026"), as an annual one does under a month.
# The whole cell is the years, after a Roman or letter label: "Giai đoạn chuẩn bị" names none.
_Y = r"(?:19|20)\d\d"
YEAR_ROW = re.compile(
    r"^(?:(?:[ivxl]+|[a-z])\s*[.)]?\s+)?"
    r"(?P<period>(?:giai doan(?:\s+(?:\d|[ivx]{1,3}))?\s*[:(\-–]?\s*(?:tu\s+)?(?:nam\s+)?|nam\s+)"
    + _Y + r"(?:\s*(?:-|–|den)\s*(?:nam\s+)?" + _Y + r")?\s*\)?)\s*[:.]?$")
# Group rows of a table: a Roman numeral or letter with a heading ("I | Công tác tuyên truyền").
ROMAN = re.compile(r"^[IVXL]{1,5}\.?$")
# A capital letter labels a group ("A | RÀ SOÁT VÙNG SẢN XUẤT") in a table whose tasks are numbered.
GROUP_LETTER = re.compile(r"^[A-ZĐ]\.?$")
_GROUP_INITIALS = frozenset("IVXLABCDEĐ")   # what a flattened table's group row opens with (the cheap test)
# … or its numeral and title on one line, the title in capitals ("II. ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM",
# "B - NHIỆM VỤ CỤ THỂ"): read alone it is a part of the plan (sections.match_heading).
GROUP_ROW = re.compile(r"^(?:[IVXL]{1,5}|[A-ZĐ])\s*[.):\-–]?\s+(?P<h>\S.*)$")
# … or its title in small letters, the numeral closed by its stop ("II. Công tác tuyên truyền"): a group row
# where the next line opens the next row
ROMAN_GROUP_ROW = re.compile(r"^[IVXL]{1,5}\s*[.)]\s+\S")
LABEL = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3}){0,3}\)?\.?$")
# A schedule of inspection or campaign phases numbers its rows by phase ("Đợt 1", "Đợt II",
# "Giai đoạn 2") in its first column, headed "Đợt" (folded).
PHASE_LABEL = re.compile(r"^(?:dot|giai doan)\s+(?:\d{1,2}|[ivx]{1,4})$")
FLAT_ROW_START = re.compile(r"^(\d{1,3}(?:\.\d{1,2}){0,2})\.?(?:\s+(?=[" + VI_UPPER + r"]))?(?P<rest>.*)$")
BULLET = re.compile(r"^\s*[-+•–*·●]\s*")
# Content that breaks off inside a citation ("… của Chủ tịch" / "UBND thành phố"): the next
# fragment completes it even though it reads like a unit.
OPEN_CITATION = re.compile(r"(?:\bcủa|\bChủ tịch|\bPhó Chủ tịch|\bThường trực|\bvà|\bvới|\bcho|,)$")
# The closing row of a table that counts something per task (Kinh phí, Số lượng): "Tổng cộng",
# "Tổng số", "Cộng" in its content or STT cell, a figure under the numbers; no task and no part of one.
TOTAL_ROW = re.compile(r"^(?:tong cong|tong so|tong|cong|tong kinh phi|tong cong kinh phi)\s*[:.]?$")
# A cell listing its tasks as lettered parts ("a) Duy trì …", "b) Thu gom …"): the letters number
# the parts as bullets do.
# the items of a list inside a cell, lettered or numbered ("a) …", "1. …", "1) …", "(1) …", a Word
# list's own numbers in a cell): two or more make the marks list marks, dropped as bullets are
SUB_ITEM = re.compile(r"^\s*(?:[a-zđ]\)|\d{1,2}[.)]|\(\d{1,2}\))\s+")
INNER_BULLET = re.compile(r"(?<=[.;:])\s+[-+•–]\s+")
_CONTENT_SPLIT = re.compile(r"\n+|" + INNER_BULLET.pattern)
_INNER_BULLETS = "-+•–"  # the bullets INNER_BULLET splits at
_FINAL_DOT = re.compile(r"\.$")
_WHITESPACE = re.compile(r"\s+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_HAS_DIGIT = re.compile(r"\d")


@dataclass
class TableRow:
    label: str
    content: str
    units: str = ""
    support: str = ""
    timing: str = ""
    quarter: int | None = None
    group: str | None = None
    # the month group row the row sits under, as printed ("THÁNG 3 VÀ THÁNG 4"): its timing when
    # the row's own cell dates nothing ("Trình BCH", a note of the meeting it goes to)
    period: str = ""
    presiding: str = ""   # the second column of those in charge (see COL_PREPARE)
    char_start: int = 0
    char_end: int = 0
    page: int | None = None
    end_page: int | None = None      # the page of the row's last line, when it runs on to another
    # the content was joined from more than one row line (a row a page break cut): in the document's
    # text its pieces stand apart, with the other cells and a repeated header between them
    joined: bool = False


@dataclass
class TaskTable:
    lines: list[int]                 # indices of the document lines the table claims
    header: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    is_task_table: bool = True
    joint_units: bool = False        # one column names the lead and the supporting units
    # (a table printed a cell a line) the document line where the text after the table begins, when
    # its last row's cells are all read before it: the lines from there are the plan's, no cell's
    ends_before: int | None = None


def _roman(s: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    s = s.lower().strip(".")
    if s.isdigit():
        return int(s)
    if not s or any(c not in values for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b in values and values[b] > v else v
    return total


def next_quarter(found: int, previous: int | None) -> int:
    """Quarter groups of one schedule only move forward: a group that repeats the quarter just
    before it is an OCR slip of the next one ("TII Quý II" after Quý II means Quý III)."""
    if previous is not None and found == previous and previous < 4:
        return previous + 1
    return found


def quarter_of_group(text: str) -> int | None:
    m = QUARTER_ROW.match(fold(text).strip())
    if not m:
        return None
    tok = m.group(1) or m.group(2)
    q = int(tok) if tok.isdigit() else roman_to_int(tok)   # (OCR's "l" for I)
    return q if q and 1 <= q <= 4 else None


def month_group(text: str) -> str | None:
    """The months a group row or heading names ("THÁNG 1", "Tháng 11 và tháng 12:"), as printed
    without a leading Roman label and a closing colon; None when the text is not only months."""
    f = fold(text).strip()
    if not f.startswith(("thang", "i", "v", "x", "l")) or MONTH_ROW.match(f) is None:
        return None
    t = text.strip().rstrip(":. ")
    # (folded, "THẮNG 1 - 0" reads the same: the word must be printed "tháng", its numbers months)
    if "tháng" not in t.lower() or not all(1 <= int(n) <= 12 for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", t)):
        return None
    return t[t.lower().index("tháng"):]


# A group row naming one day of an event's programme, whose rows print their hours alone: "NGÀY
# 14/3/2026 (THỨ BẢY)", "Thứ Bảy, ngày 14/3/2026", "Sáng ngày 15 tháng 3 năm 2026" (folded, brackets gone).
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)"
DAY_ROW = re.compile(r"^(?:(?:buoi\s+)?(?:sang|chieu|toi)\s+)?(?:" + _WEEKDAY + r"\s*[,:\-–]?\s*)?ngay\s+\d{1,2}"
                     r"(?:\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*(?:19|20)\d\d)?|\s+thang\s+\d{1,2}(?:\s+nam\s+(?:19|20)\d\d)?)"
                     r"(?:\s*[,\-–]?\s*" + _WEEKDAY + r")?\s*:?$")
_BRACKETED = re.compile(r"\([^()]{0,30}\)")


def day_group(text: str) -> str | None:
    """The day a group row of a programme names (see DAY_ROW), as printed without a closing colon;
    None when the row says more than its day."""
    if len(text) > 60 or ("gày" not in text and "GÀY" not in text):
        return None
    f = fold(_BRACKETED.sub(" ", text)).strip()
    return text.strip().rstrip(":. ") if DAY_ROW.match(re.sub(r"\s+", " ", f)) else None


def year_group(text: str) -> str | None:
    """The phase or year a group row or heading names (see YEAR_ROW), as printed without its label
    and closing colon; None when the text is not only that."""
    t = text.strip()
    if len(t) > 48 or not _FOUR_DIGITS.search(t):
        return None
    f = fold(t)
    m = YEAR_ROW.match(f) if len(f) == len(t) and ("giai doan" in f or "nam" in f) else None
    return t[m.start("period"):m.end("period")].strip() if m else None


def _rewrapped(parts: list[str]) -> list[str]:
    """Lines of a cell joined back where the author broke a sentence by hand (a Word cell's
    "Tập huấn cán bộ về⏎kỹ năng số", "Rà soát thủ tục⏎(theo Quyết định …)"): the line before
    ends no clause and the line opens in lower case or with a bracket, not with a bullet."""
    out: list[str] = []
    for p in parts:
        t = p.strip()
        if out and not ends_clause(out[-1]) and (t[:1].islower() or t[:1] in "(“\"") and not BULLET.match(t):
            out[-1] = out[-1].rstrip() + " " + t
        else:
            out.append(p)
    return out


def clean_content(text: str) -> str:
    """A content cell as task text: bullets dropped, bulleted parts joined with '; '."""
    text = text.strip()
    # (_CONTENT_SPLIT splits only at a newline or a bullet; a look-behind opens the bullet's
    # pattern, so the regex engine would try it at every position of a text holding neither)
    pieces = _CONTENT_SPLIT.split(text) if "\n" in text or any(b in text for b in _INNER_BULLETS) else [text]
    parts = _rewrapped([p for p in pieces if p.strip()])
    if len(parts) > 1 or BULLET.match(text):
        lettered = sum(1 for p in parts if SUB_ITEM.match(p)) >= 2
        cleaned = [(SUB_ITEM.sub("", p) if lettered else BULLET.sub("", p)).strip() for p in parts]
        cleaned = [c.rstrip(";") if i < len(cleaned) - 1 else c for i, c in enumerate(cleaned)]
        cleaned = [_FINAL_DOT.sub("", c) if i < len(cleaned) - 1 else c for i, c in enumerate(cleaned)]
        # a part that introduces the bullets after it ("Tuyên truyền …:") keeps its colon alone
        joined = ""
        for c in (c for c in cleaned if c):
            joined += (" " if joined.endswith(":") else "; ") + c if joined else c
        return joined
    return _WHITESPACE.sub(" ", text)


def column_roles(header: list[str]) -> dict[str, int]:
    """The role of each of a table's columns by its name ("label", "content", "units", "support",
    "timing", …) and the column it is."""
    roles: dict[str, int] = {}
    by_quarter = [i for i, cell in enumerate(header) if COL_QUARTER.match(fold(cell).strip())]
    if by_quarter and any(i not in by_quarter and (COL_TIMING.search(f := fold(cell)) or COL_START.search(f))
                          for i, cell in enumerate(header)):
        roles["quarter"] = by_quarter[0]
    for i, cell in enumerate(header):
        f = fold(cell)
        if not f or i == roles.get("quarter"):
            continue
        if "label" not in roles and COL_LABEL.match(f):
            roles["label"] = i
        elif len(f) <= 16 and "day" not in roles and COL_DAY.match(f):
            roles["day"] = i
        elif len(f) <= 16 and "session" not in roles and COL_SESSION.match(f):
            roles["session"] = i
        elif "units" not in roles and COL_JOINT.search(f):
            roles["units"] = roles["joint"] = i
        elif "support" not in roles and (COL_SUPPORT.search(f) or COL_TAKING_PART.search(f)):
            roles["support"] = i
        elif "subject" not in roles and f.startswith(_SUBJECT_INITIALS) and COL_SUBJECT.match(f):
            roles["subject"] = i
        elif "participants" not in roles and f.startswith("thanh") and COL_PARTICIPANTS.match(f):
            roles["participants"] = i
        elif COL_CONTENT.search(f) and "content" not in roles:
            roles["content"] = i
        elif COL_TIMING.search(f) and "timing" not in roles:
            roles["timing"] = i
        elif COL_OTHER.search(f):
            continue
        elif COL_UNITS.search(f) and "units" in roles and "presiding" not in roles \
                and (COL_PREPARE.search(f) or COL_PREPARE.search(fold(header[roles["units"]]))):
            roles["presiding"] = i
        elif COL_UNITS.search(f) and "units" not in roles:
            if COL_IN_CHARGE_PERSON.match(f):
                roles.setdefault("person", i)
            else:
                roles["units"] = i
    if "support" in roles and not COL_SUPPORT.search(fold(header[roles["support"]])) and (
            "units" in roles and COL_SUPPORT.search(fold(header[roles["units"]]))
            or not {"units", "person"} & roles.keys()):
        # (those taking part with no lead beside them, or beside those who coordinate: they lead;
        # see COL_TAKING_PART)
        swap = {"support": "units", "units": "support"}
        roles = {swap.get(role, role): k for role, k in roles.items()}
    if "content" not in roles and ("units" in roles or "timing" in roles):
        named = next((i for i, cell in enumerate(header) if i not in roles.values()
                      and COL_EVENT_NAME.match(fold(cell).strip())), None)
        if named is not None:
            roles["content"] = named
    if "person" in roles:
        person = roles.pop("person")
        if "units" in roles and "presiding" not in roles and COL_PREPARE.search(fold(header[roles["units"]])):
            # "Đồng chí chủ trì | Cơ quan chuẩn bị": the leader presides (see COL_PREPARE)
            first, second = sorted((person, roles["units"]))
            roles["units"], roles["presiding"] = first, second
        roles.setdefault("units", person)
    if "day" in roles and "timing" not in roles:
        roles["timing"] = roles.pop("day")
    if "participants" in roles:
        participants = roles.pop("participants")
        roles.setdefault("units", participants)
    if "subject" in roles and "content" not in roles:
        # "STT | Thời gian | Đơn vị được kiểm tra | Thành phần": each row is the visit to the unit
        # checked on that date, which is all the row says is done
        roles["content"] = roles.pop("subject")
    _span_roles(header, roles)
    return roles


def _span_roles(header: list[str], roles: dict[str, int]) -> None:
    """A start column before an end column, neither taken by another role, dates each row: the
    timing role goes to the start, "timing_end" to the end."""
    folded = [fold(h) for h in header]
    start = next((i for i, f in enumerate(folded) if f and COL_START.search(f)), None)
    end = next((i for i, f in enumerate(folded) if f and i != start and COL_END.search(f)), None)
    if start is not None and end is not None and start < end and not set(roles.values()) & {start, end} - {
            roles.get("timing")}:
        roles["timing"], roles["timing_end"] = start, end
    elif end is not None and "timing" in roles and roles["timing"] < end and end not in roles.values() \
            and COL_DUE.match(folded[end]) and not COL_END.search(folded[roles["timing"]]):
        # "Thời gian thực hiện | Thời hạn hoàn thành", "Thời gian triển khai | Thời gian hoàn thành":
        # the first is the work's span ("Tháng 3 - 6/2026", "Năm 2026"), the second its last day
        roles["timing_due"] = end


# A month range printed over two lines of a cell ("Tháng 8 -" | "9/2025") loses its dash where
# OCR drops a lone "-" at a line's end or a page break cuts the row after it: "Tháng 8 9/2025"
# would read as the 8th of September. Put back only between a month left open and a later month
# with its year, so "Tháng 8" + "Hàng tuần" or "Tháng 9" + "8/2025" are joined as printed.
OPEN_MONTH = re.compile(r"(?i)(?<!\w)tháng\s+(\d{1,2})\s*$")
CLOSED_MONTH = re.compile(r"^(\d{1,2})/(?:19|20)\d\d(?!\d)")


def join_timing(first: str, rest: str) -> str:
    """Two pieces of one timing cell (its lines, or the parts a page break cut), joined."""
    if not first or not rest:
        return first or rest
    rest = rest.strip()
    if "háng" in first or "HÁNG" in first:
        a, b = OPEN_MONTH.search(first), CLOSED_MONTH.match(rest)
        if a and b and int(a.group(1)) < int(b.group(1)) <= 12:
            return f"{first.rstrip()} - {rest}"
    return f"{first} {rest}"


def timing_lines(text: str) -> str:
    """A timing cell of several lines (paragraphs of a Word cell, a converter's <br>) as one line,
    as the schema's timing_text is printed: a bulleted list of dates ("- Đợt 1: tháng 3" / "- Đợt 2:
    tháng 9", Word's own bullets "•") keeps its items apart with "; ", other lines wrap one
    phrase ("Trước ngày 30/6/2026" / "(báo cáo kết quả)") and join with a space."""
    if "\n" not in text:
        return BULLET.sub("", text) if text[:1] in "•·●" else text
    if OPEN_MONTH.search(text.split("\n", 1)[0]):
        first, rest = text.split("\n", 1)
        text = join_timing(first, rest)   # "Tháng 8 -" / "9/2025": the dash a line break lost
        if "\n" not in text:
            return text
    lines = [t.strip() for t in text.split("\n") if t.strip()]
    bulleted = sum(1 for t in lines if BULLET.match(t)) >= 2
    if not bulleted:
        return " ".join(lines)   # (a lone dash opening a line is a range's: "Tháng 3" / "- tháng 5")
    parts = [BULLET.sub("", t) for t in lines]
    return "; ".join(p.rstrip(";,. ") if k < len(parts) - 1 else p for k, p in enumerate(parts))


# A start cell that is only a point in time ("01/4/2026", "Tháng 5/2026", "Quý III/2026"), with no trigger
# or cadence of its own ("Trước 30/9/2026", "Thường xuyên" merged across both columns) (folded). Not a
# year alone: "Năm 2026" in the start column with the end blank is one cell merged across both far more
# often than a work that begins some day of a year (a Word or PDF reader leaves a merge's other columns ""),
# nor a cadence ("Ngày 25 hằng tháng": every month, no start).
START_POINT = re.compile(r"^(?!(?:19|20)\d\d\b)(?:\d|(?:ngay|thang|quy|tuan)\b)(?!.*\b(?:hang|dinh ky)\b)")


def span_timing(start: str, end: str) -> str:
    """The timing of a row dated by a start and an end cell, as a person would print it: "Từ
    01/4/2025 đến 30/4/2025"; one cell alone (a merged "Thường xuyên") as it stands, but a start that
    is only a point in time, its end left blank: "Từ 01/4/2025", when the work begins and no last day."""
    start, end = start.strip(), end.strip()
    lower = lambda t: t[:1].lower() + t[1:] if t[:1].isupper() and t[1:2].islower() else t  # noqa: E731
    if not (start and end):
        return f"Từ {lower(start)}" if start and START_POINT.match(fold(start)) else start or end
    if start == end:
        return start
    return f"Từ {lower(start)} đến {lower(end)}"


# A due cell that says itself how it bounds the work ("Trước 15/12/2026", "Hoàn thành trong tháng 5",
# "Chậm nhất ngày 30/6/2026") (folded)
_DUE_WORDED = re.compile(r"^(?:truoc|cham nhat|hoan thanh|xong|han\b|den\b|trong\b)")


# A span cell of work that goes on ("Thường xuyên", "Liên tục") (folded): its due column's day is when it
# is complete, so the bound the column prints ("Trước 30/9/2025") is said as one ("hoàn thành trước …")
_ONGOING_SPAN = re.compile(r"^(?:thuong xuyen|lien tuc)\W*$")
_COMPLETION_WORDED = re.compile(r"^(?:hoan thanh|xong)\b")


def due_timing(span: str, due: str) -> str:
    """The timing of a row dated by its work's span and, in a column of its own, the day it is due
    ("Thời gian thực hiện | Thời hạn hoàn thành"): both as a person would print them on one line,
    "Tháng 3 - 6/2026; hoàn thành 30/6/2026", so the deadline is the due day's; one alone as it stands
    (a merged "Thường xuyên", a span with no due day printed). Ongoing work's bound is its completion:
    "Thường xuyên; hoàn thành trước 30/9/2026"."""
    span, due = span.strip(), due.strip()
    if not (span and due) or fold(span) == fold(due):
        return span or due
    due = due[:1].lower() + due[1:] if due[:1].isupper() and due[1:2].islower() else due
    worded = _DUE_WORDED.match(fold(due)) and not (_ONGOING_SPAN.match(fold(span))
                                                   and not _COMPLETION_WORDED.match(fold(due)))
    return f"{span}; {due}" if worded else f"{span}; hoàn thành {due}"


def lists_no_work(header: list[str]) -> bool:
    """Whether a table's column names make it a roster, a cost estimate or a list of investment
    projects rather than a schedule."""
    folded = [fold(h) for h in header if h.strip()]
    if any(COL_PERSON.search(f) or f.startswith("chuc") and COL_POST.match(f) for f in folded):
        # (a list of people with a deadline each, "Họ và tên | Nhiệm vụ | Thời gian hoàn thành",
        # is work assigned by name: a schedule)
        return not any(COL_TIMING.search(f) for f in folded)
    if any(COL_PROJECT.match(f) for f in folded) and any(COL_CAPITAL.search(f) for f in folded):
        return not any(COL_SUPPORT.search(f) or "chu tri" in f for f in folded)
    costed = any(COL_COST.match(f) for f in folded) and not any(COL_WORK.search(f) for f in folded)
    if not (costed or any(COL_MONEY.search(f) or COL_EXPENSE.match(f) for f in folded)):
        return False
    # (names are struck out rather than cells dropped: a flattened header is one line of them all)
    # ("Kinh phí thực hiện" names the sum, not who does it)
    acting = ["" if COL_COST.match(f) else COL_EXPENSE.sub("", COL_MONEY.sub("", COL_OTHER.sub("", f))) for f in folded]
    return not any(COL_TIMING.search(f) or COL_UNITS.search(f) or COL_SUPPORT.search(f) for f in acting)


# A table that lists documents ("STT | Số, ký hiệu | Ngày ban hành | Trích yếu nội dung | Cơ quan ban
# hành", the "Danh mục văn bản" a plan attaches): its rows are documents, not work to do. It names a
# column of symbols and one of the trích yếu or of who issued them.
DOC_SYMBOL = _names(r"^(?:so\s*(?:,|va|/)?\s*ky hieu|so hieu|ky hieu)(?: van ban)?$")
DOC_DATE = _names(r"^ngay(?:\W*thang)?(?:\W*nam)?(?: (?:ban hanh|ky|van ban))?$")
DOC_TITLE = _names(r"^(?:trich yeu|ten van ban)")
DOC_ISSUER = _names(r"^(?:co quan|don vi|cap|noi) ban hanh$")


def document_columns(header: list[str]) -> dict[str, int] | None:
    """The columns of a table listing documents: {"symbol", "date", "title", "issuer"} → column,
    those it has; None when its header names no such table (see DOC_SYMBOL)."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(header):
        f = fold(cell).strip()
        if len(f) > 40:
            return None
        for role, rx in (("symbol", DOC_SYMBOL), ("date", DOC_DATE), ("title", DOC_TITLE), ("issuer", DOC_ISSUER)):
            if role not in cols and rx.search(f):
                cols[role] = i
                break
    return cols if "symbol" in cols and ("title" in cols or "issuer" in cols) else None


# The names a header of such a table prints, each whole, for a flattened header on one line ("STT Số,
# ký hiệu Ngày ban hành Trích yếu nội dung Cơ quan ban hành"): the line is these names and nothing else.
_DOC_NAME_IN_LINE = re.compile(
    r"s?tt|so,? (?:va )?ky hieu(?: van ban)?|so hieu(?: van ban)?|ky hieu(?: van ban)?|trich yeu(?: noi dung)?"
    r"|ten van ban|(?:co quan|don vi|cap|noi) ban hanh|ngay(?:,? thang)?(?:,? nam)?(?: (?:ban hanh|ky|van ban))?|ghi chu")
# A date cell of such a table, the whole of its line ("22/8/2025", "ngày 05 tháng 12 năm 2022").
_DOC_DATE_CELL = re.compile(r"^(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}$",
                            re.IGNORECASE)


def flat_document_header(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The header of a flattened table listing documents (see document_columns) at line i: its
    column names and the first line after it; None when none opens there.

    Either one line of the names alone (_DOC_NAME_IN_LINE) or "STT" alone followed by one name a
    line, a name its narrow column wrapped ("Số, ký" / "hiệu", "Trích yếu" / "nội dung") joined."""
    f = fold(lines[i].text)
    if f[:1] not in _HEADER_INITIALS:
        return None
    if not COL_LABEL.match(f):
        if len(f) > 120 or not f.startswith(("stt ", "tt ")):
            return None
        names = _names_in_line(f)
        return (names, i + 1) if names and document_columns(names) else None
    names, pending, j = [lines[i].text.strip()], "", i + 1
    while j < len(lines) and j < i + 12 and not lines[j].is_row:
        t = lines[j].text.strip()
        if not t or len(t) > 40 or LABEL.match(t):
            break
        if t[:1].islower() and not pending and len(names) > 1:
            names[-1] = f"{names[-1]} {t}"      # the rest of the name above
        else:
            wanted = f"{pending} {t}".strip()
            g = fold(wanted)
            if any(rx.search(g) for rx in (DOC_SYMBOL, DOC_DATE, DOC_TITLE, DOC_ISSUER)) or g == "ghi chu":
                names.append(wanted)
                pending = ""
            elif not pending and (several := _names_in_line(g)) and len(several) > 1:
                names.extend(several)   # names the text's reflow joined on one line
            elif pending:
                break
            else:
                pending = wanted
        j += 1
    if pending or document_columns(names) is None:
        return None
    return names, j


def _names_in_line(f: str) -> list[str] | None:
    """The column names a folded line is made of (_DOC_NAME_IN_LINE), or None when it holds other
    words: a sentence, not a header."""
    names, at = [], 0
    for m in _DOC_NAME_IN_LINE.finditer(f):
        if f[at:m.start()].strip(" ,|"):
            return None
        names.append(m.group())
        at = m.end()
    return names if names and not f[at:].strip(" ,|") else None


def flat_document_rows(lines: list[Line], header: list[str]) -> list[tuple[int, int, dict[str, str]]]:
    """The rows of a flattened table listing documents, as the cells of one would give them: (start,
    end) of each row's symbol cell and its {"date", "title", "issuer"} cells' text.

    A row opens with its STT alone on its line (the numbering going on), then its cells one after
    another in the header's order, one or more lines each; a line in small letters goes on the
    cell above. The cells before the title (the symbol, and a date) are read from the row's start,
    those after it from its end: the title, the one cell that wraps in capitals ("… thực hiện
    Nghị quyết của Bộ" / "Chính trị về …"), is what lies between. Where the text's reflow joined
    two cells on one line, a date ends or opens a cell of its own and an issuer's name ends the
    title's line (_split_issuer)."""
    cols = document_columns(header) or {}
    order = [role for role, _ in sorted(cols.items(), key=lambda rc: rc[1])]
    heads = {fold(h) for h in header}
    rows: list[list[Line]] = []
    last = ""
    for ln in lines:
        t = ln.text.strip()
        if not t or fold(t) in heads:
            continue
        label = t.strip("().")
        if LABEL.match(t) and follows(last, label):
            rows.append([])
            last = label
            continue
        if rows:
            rows[-1].append(ln)
    split = order.index("title") if "title" in order else len(order)
    front, back = order[:split], order[split + 1:]
    # columns after the last one read ("Ghi chú"): a remark printed there is none of the cells before
    remarks = bool(cols) and max(cols.values()) < len(header) - 1
    out = []
    for row in rows:
        cells: list[tuple[int, int, str]] = []
        for ln in row:
            t = ln.text.strip()
            if cells and (t[:1].islower() or _TERM_NUMBER.match(t) and _TERM_WORD_AT_END.search(cells[-1][2])):
                cells[-1] = (cells[-1][0], ln.end, f"{cells[-1][2]} {t}")
            else:
                cells.extend(_dates_apart(ln.start, ln.end, t) if "date" in cols else [(ln.start, ln.end, t)])
        got: dict[str, tuple[int, int, str]] = {}
        for role in front:
            if not cells:
                break
            if role == "date" and not _DOC_DATE_CELL.match(cells[0][2]):
                continue    # the date cell left empty
            got[role] = cells.pop(0)
            if role == "symbol":
                # "Quyết định số" / "1523/QĐ-UBND", and a symbol broken at its hyphen: "1523/QĐ-" / "UBND"
                while cells and (not any(ch.isdigit() for ch in got[role][2]) or got[role][2][-1:] in "-/"):
                    nxt = cells.pop(0)
                    got[role] = (got[role][0], nxt[1], got[role][2] + ("" if got[role][2][-1:] in "-/" else " ") + nxt[2])
            elif role == "issuer" and len(cells) > 1 and _PLACE_OPEN.search(got[role][2]) and _name_part(cells[0][2]):
                # an issuer before the title, its place's name wrapped in its narrow column: "UBND tỉnh Hòa" / "Bình"
                nxt = cells.pop(0)
                got[role] = (got[role][0], nxt[1], f"{got[role][2]} {nxt[2]}")
            elif role == "issuer" and "title" in order:
                _party_issuer_apart(got, cells)
        if remarks:
            _drop_remark(cells, 1 if "title" in order else 0)
        for role in reversed(back):
            if not cells:
                break
            if role == "date" and not _DOC_DATE_CELL.match(cells[-1][2]):
                continue
            if role == "issuer" and "title" in order:
                _split_issuer(cells)
            got[role] = cells.pop()
        if "title" in order and cells:
            got["title"] = (cells[0][0], cells[-1][1], " ".join(c[2] for c in cells))
        if "symbol" not in got:
            continue
        sym = got.pop("symbol")
        out.append((sym[0], sym[1], {role: c[2] for role, c in got.items()}))
    return out


# A committee's term wrapped in its narrow column: "Ban Chấp hành Trung ương Đảng khóa" / "XIII". The
# numeral, in capitals, would open a cell of its own; after "khóa" it can only be the term's.
_TERM_WORD_AT_END = re.compile(r"(?<!\w)(?:khóa|khoá|Khóa|Khoá)$")
_TERM_NUMBER = re.compile(r"[IVXLC]+(?![\w/-])")


# An administrative level's word, as printed ("tỉnh", "thị xã", "đặc khu").
_LEVEL = levels.alternation(space=r"\s+")
# An issuer's line ending on its level word and at most two words of its place's name ("UBND tỉnh", "UBND
# tỉnh Hòa", "UBND tỉnh Thừa Thiên"), and the rest of that name on the next line: a word or two, each
# capitalised (a title's line has a word in small letters, or opens with "Về").
_PLACE_OPEN = re.compile(rf"(?<!\w)(?:{_LEVEL})(?:\s+\w+){{0,2}}$")


# A Party committee's organ, then the committee it belongs to, as a listing's issuer before the title
# prints them: "Ban Chấp hành" / "Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Huyện ủy",
# the organ's words wrapping in the narrow column onto a line of their own.
_PARTY_ORGAN = (r"(?:Ban\s+(?:Chấp\s+hành|Thường\s+vụ|Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?|Dân\s+vận|Tổ\s+chức"
                r"|Nội\s+chính|Kinh\s+tế)|Ủy\s+ban\s+Kiểm\s+tra|Uỷ\s+ban\s+Kiểm\s+tra|Văn\s+phòng|Thường\s+trực)")
_PARTY_COMMITTEE = (r"(?:Đảng\s+bộ|Đảng\s+ủy|Đảng\s+uỷ|(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ)|Trung\s+ương(?:\s+Đảng)?)"
                    rf"(?:\s+(?:{_LEVEL}))?(?!\w)")
_PARTY_ORGAN_CELL = re.compile(_PARTY_ORGAN)
_PARTY_ISSUER = re.compile(rf"(?:{_PARTY_ORGAN}\s+)?{_PARTY_COMMITTEE}")
_PARTY_COMMITTEE_OPENS = re.compile(_PARTY_COMMITTEE)


def _party_issuer_apart(got: dict[str, tuple[int, int, str]], cells: list[tuple[int, int, str]]) -> None:
    """Make whole, in place, a Party issuer before the title: its organ's line and its committee's
    ("Ban Chấp hành" / "Đảng bộ tỉnh") are one cell, and the title's words the text's reflow joined
    to it ("Đảng bộ tỉnh Về phát triển kinh tế cửa") go back to the title. The committee's place
    is the capitalised words after it, short of the title's first word (the one before a word in
    small letters, or "Về")."""
    start, end, text = got["issuer"]
    if cells and _PARTY_ORGAN_CELL.fullmatch(text) and _PARTY_COMMITTEE_OPENS.match(cells[0][2]):
        nxt = cells.pop(0)
        start, end, text = start, nxt[1], f"{text} {nxt[2]}"
    m = _PARTY_ISSUER.match(text)
    if m is None:
        return
    words = [w for w in re.finditer(r"\S+", text[m.end():])]
    k = 0
    while k < len(words) and words[k].group()[:1].isupper() and words[k].group() != "Về":
        k += 1
    # the committee's term after its place, as printed (", nhiệm kỳ 2020 - 2025", "(khóa XVI)"): the issuer's
    term = TERM_NOTE.match(text, m.end() + (words[k - 1].end() if k else 0)) if k < len(words) else None
    if term:
        k = next((i for i, w in enumerate(words) if m.end() + w.start() >= term.end()), len(words))
    elif k < len(words) and k and words[k].group()[:1].islower():
        k -= 1      # (the title's first word, its next in small letters: "Phát triển")
    cut = m.end() + (words[k].start() if k < len(words) else len(text) - m.end())
    if cut >= len(text):
        got["issuer"] = (start, end, text)
        return
    # the title's words lie on the cell's last line: its offsets, from the end
    rest = text[cut:]
    got["issuer"] = (start, end - len(rest), text[:cut].rstrip())
    cells.insert(0, (end - len(rest), end, rest))


def _name_part(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 2 and words[0] != "Về" and all(w[:1].isupper() and w[1:].islower() for w in words)


# A full date at either end of a line of a flattened listing that holds more ("… 1523/QĐ-UBND 05/12/2022"):
# two cells the text's reflow joined.
_DATE_AT_END = re.compile(r"\s(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$")
_DATE_AT_START = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s")


def _dates_apart(start: int, end: int, text: str) -> list[tuple[int, int, str]]:
    if (m := _DATE_AT_END.search(text)) and not _DOC_DATE_CELL.match(text):
        return [(start, start + m.start(), text[:m.start()]), (start + m.start(1), end, m.group(1))]
    if (m := _DATE_AT_START.match(text)):
        return [(start, start + m.end(1), m.group(1)), (start + m.end(), end, text[m.end():])]
    return [(start, end, text)]


# Where an issuer's name opens: the bodies that issue documents, as a listing's last column names them
# (a ministry or department before its capitalised name, "Bộ Công an", "Sở Nội vụ"; a minister before
# his ministry), and the central ones no unit's name (extractors.units.is_unit) opens.
_ISSUER_OPENING = re.compile(
    r"(?:^|\s)(?=(?:Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng|Ban\s+(?:Chấp\s+hành|Thường\s+vụ|Bí\s+thư)"
    r"|Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|Bộ\s+trưởng|Thống\s+đốc"
    r"|Tổng\s+Liên\s+đoàn|Kiểm\s+toán\s+Nhà\s+nước|Trung\s+ương)(?!\w)"
    r"|(?:Bộ|Sở)\s+[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])")
_ISSUER_WORDS_MAX = 10   # ("Ủy ban nhân dân thành phố Hồ Chí Minh")
# An office or a part of the body named after it ("Thủ tướng" Chính phủ, "Chủ tịch" UBND tỉnh, "Ban
# Tuyên giáo" Tỉnh ủy, "Bộ" Công an): a few words, in small letters after the first (a "Ban" names its
# field in capitals), with no place of their own (no level word, no number); not the Politburo or the
# Secretariat, whole bodies.
_OWNER_PREFIX_WORDS = 3
_PLACED = re.compile(rf"\d|(?<!\w)(?:{_LEVEL})(?!\w)")
# What a listing's remark column ("Ghi chú") holds: a document's standing ("Còn hiệu lực", "Thay thế
# Quyết định số …", "Được sửa đổi bởi …", "Đã triển khai"), as its cell opens.
_REMARK_OPENING = re.compile(
    r"(?:(?:Còn|Hết|Đã\s+hết|Có|Chưa\s+có)\s+hiệu\s+lực|(?:Được|Bị|Đã\s+được|Đã\s+bị)\s+(?:thay\s+thế|sửa\s+đổi|bãi\s+bỏ|hủy\s+bỏ|bổ\s+sung)"
    r"|Thay\s+thế|Bãi\s+bỏ|Hủy\s+bỏ|Đang\s+(?:thực\s+hiện|triển\s+khai|áp\s+dụng)|Đã\s+(?:thực\s+hiện|triển\s+khai))(?!\w)")
_REMARK_INSIDE = re.compile(r"\s(?=" + _REMARK_OPENING.pattern + ")")


def _split_issuer(cells: list[tuple[int, int, str]]) -> None:
    """Set apart, in place, the issuer at the end of a listing's row whose last column names it: a
    line that opens no issuer's name but ends with one ("… dân tộc thiểu số Ủy ban nhân dân tỉnh") is
    the title's end and the issuer, joined by the text's reflow; an issuer's name wrapped in capitals
    ("Ban Chấp hành" / "Đảng bộ tỉnh") is one cell again."""
    start, end, text = cells[-1]
    if _ISSUER_OPENING.match(text):
        return
    if len(cells) > 1 and _ISSUER_OPENING.match(cells[-2][2]) and len(cells[-2][2]) <= 30 and len(text) <= 30:
        cells[-2:] = [(cells[-2][0], end, f"{cells[-2][2]} {text}")]
        return
    opens = _issuer_openings(text)
    if not opens or len(text[opens[-1]:].split()) > _ISSUER_WORDS_MAX:
        return
    k = opens[-1]
    for before in reversed(opens[:-1]):    # (an office, or a part of the body, named before it)
        prefix = text[before:k].split()
        if len(prefix) > _OWNER_PREFIX_WORDS or _PLACED.search(" ".join(prefix)) \
                or prefix[0] != "Ban" and any(not w.islower() for w in prefix[1:]) \
                or prefix[:2] in (["Bộ", "Chính"], ["Ban", "Bí"]):
            break   # (a body of its own: "Bộ Chính trị", "Hội Nông dân", "Ban Chỉ đạo 138 huyện")
        k = before
    cells[-1:] = [(start, start + k, text[:k].rstrip()), (start + k, end, text[k:])]


def _issuer_openings(text: str) -> list[int]:
    """Where, past the line's start, an issuer's name may open that runs to the line's end in a few
    words (and an office or part named before it): an opening _ISSUER_OPENING knows, or a unit's
    name (units.is_unit: "Công an tỉnh", "Ngân hàng Nhà nước Việt Nam", "Mặt trận Tổ quốc Việt Nam tỉnh")."""
    from extractors.units import is_unit  # noqa: PLC0415 (the heavier module; flattened listings are rare)

    words = [m.start() for m in re.finditer(r"(?<=\s)\S", text)]
    out = []
    for k in words[-(_ISSUER_WORDS_MAX + _OWNER_PREFIX_WORDS):]:
        if text[k].isupper() and (_ISSUER_OPENING.match(text, k - 1) or is_unit(text[k:])):
            out.append(k)
    return out


def _drop_remark(cells: list[tuple[int, int, str]], keep: int) -> None:
    """Drop, in place, a listing's remark ("Ghi chú": _REMARK_OPENING) from the end of a row's cells:
    the cells from the first that opens a remark, past the first `keep` (the title's, at least), or
    from a remark the text's reflow joined to the end of a cell ("Chính phủ Còn hiệu lực")."""
    for i, (start, _, text) in enumerate(cells):
        if i >= keep and _REMARK_OPENING.match(text):
            del cells[i:]
            return
        if m := _REMARK_INSIDE.search(text):
            cells[i:] = [(start, start + m.start(), text[:m.start()])]
            return


def lists_targets(header: list[str]) -> bool:
    """Whether a table's column names make it a table of indicators or targets (see COL_TARGET):
    its names say indicators or targets, or a unit of measure beside a figure per year; none
    names work, who acts or when. (Marks in its year columns, which would say when, are the
    caller's to check.)"""
    folded = [fold(h) for h in header if h.strip()]
    if not folded or any(COL_WORK.search(f) for f in folded):
        return False
    years = [f for f in folded if _FOUR_DIGITS.search(f) and COL_YEAR_VALUE.match(f) and not COL_TIMING.search(f)]
    if not (any(COL_TARGET.search(f) for f in folded) or years and any(COL_MEASURE.search(f) for f in folded)):
        return False
    acting = [COL_OTHER.sub("", f) for f in folded if f not in years]
    return not any(COL_TIMING.search(f) or COL_UNITS.search(f) or COL_SUPPORT.search(f) for f in acting)


# The names of a column that lists things rather than work (see lists_things): who or what a row
# is ("Tên cơ sở", "Tên hộ kinh doanh", "Chủ cơ sở") and where it is or how to reach it.
COL_THING = _names(r"^(?:ten\b|chu (?:co so|ho|doanh nghiep)\b|ho (?:va )?ten\b)")
COL_THING_DETAIL = _names(r"^(?:dia chi|so dien thoai|dien thoai|loai hinh|nganh nghe|mat hang|quy mo|ghi chu"
                          rf"|{'|'.join(map(levels.fold_level, levels.HAMLET_PLACE_NOUNS))})\b")


def lists_things(cells: list[str]) -> bool:
    """Whether a table's first row names a list of things ("STT | Tên cơ sở | Địa chỉ", "TT | Tên
    hộ kinh doanh | Chủ cơ sở | Loại hình"): numbered, with a column of names and none of work, of
    timing or of who acts. Such a table (the cơ sở an inspection will visit) is what a task above
    it is about, not a schedule."""
    folded = [fold(c).strip() for c in cells if c.strip()]
    if len(folded) < 2 or not COL_LABEL.match(folded[0]):
        return False
    names = folded[1:]
    if not any(COL_THING.match(f) for f in names):
        return False
    return all(len(f) <= 40 and (COL_THING.match(f) or COL_THING_DETAIL.match(f))
               and not (COL_CONTENT.search(f) or COL_TIMING.search(f) or COL_SUPPORT.search(f)
                        or COL_UNITS.search(f) and not COL_THING.match(f))
               for f in names)


def is_header_row(cells: list[str]) -> bool:
    """Whether the cells name a task table's columns (two or more known column names); the PDF
    reader also uses it to tell the header of a table printed without rules from a prose line."""
    folded = []
    for c in cells:
        if c.strip():
            f = fold(c)
            if len(f) >= 60:
                # (checked first: a body row's long content cell settles it without a regex, and
                # without folding the cells after it)
                return False
            folded.append(f)
    if not folded:
        return False
    hits = sum(map(_names_a_column, folded))
    return hits >= 2


@memo(4096)  # (at 8192, ~0.5 MB more of other plans' cells to save ~0.01 misses a plan over 2,000 bench plans)
def _names_a_column(f: str) -> bool:
    """Does the folded cell read as a known column name (is_header_row)? Kept: every short row of
    every table is asked, eight patterns a cell, and the same labels, dates and units recur."""
    return bool(COL_LABEL.match(f) or COL_CONTENT.search(f) or COL_UNITS.search(f) or COL_TIMING.search(f)
                or COL_SUPPORT.search(f) or COL_OTHER.search(f) or COL_START.search(f) or COL_END.search(f))


# A cell of the row that numbers a table's columns under its header, as forms print it: "1", "(2)",
# "A", "(B)", or a column computed from others, "(6)=(4)+(5)", "6 = 4 x 5".
COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()A-Z\s+\-x×*/.]+)?$")


_LEADING_FIGURE = re.compile(r"\d{1,2}")


def numbers_columns(cells: list[str]) -> bool:
    """Is this the row "1 | 2 | 3 | 4" (or "(1) | (2) | …", "A | B | 1 | 2") that numbers the
    columns? At least three cells, every printed one a column number, the figures counting the
    columns one by one (a row of figures such as "1 | 15 | 20" is data)."""
    printed = [(i, c.strip()) for i, c in enumerate(cells) if c.strip()]
    if len(printed) < 3 or not all(len(c) < 24 and COLUMN_NUMBER.match(c) for _, c in printed):
        return False
    # each figure is its column's place counted from some start (a blank cell skips its number)
    offsets = {int(m.group()) - i for i, c in printed if (m := _LEADING_FIGURE.search(c))}
    return len(offsets) <= 1


def _unrepeated(cells: list[str]) -> list[str]:
    """The row with every cell that repeats its left neighbour's text blanked. Some converters
    write a merged cell's text into each column it spans ("| Quý I | Quý I | Quý I |"), where
    Word, HTML and most Markdown converters leave the spanned columns empty."""
    out = list(cells)
    for i in range(len(cells) - 1, 0, -1):
        if cells[i].strip() and cells[i].strip() == cells[i - 1].strip():
            out[i] = ""
    if sum(1 for c in cells if c.strip()) >= 3 and sum(1 for c in out if c.strip()) > 1:
        return _misread_repeat(cells) or out
    return out


_NOT_LETTER = re.compile(r"[\W_]+")


def _misread_repeat(cells: list[str]) -> list[str] | None:
    """A merged cell's text written into every column, as a scan reads it: each copy read on its
    own, some of them wrapped or misread ("Quý\\nI | Quý!I | Quý I | Quý I | Quý I"). When most
    copies agree, ignoring spaces and marks, and the others differ from them by a slip, the row is
    one cell holding the majority's text; None otherwise."""
    filled = [(i, c) for i, c in enumerate(cells) if c.strip()]
    if any(len(c) > 40 for _, c in filled):
        return None
    keys = [_NOT_LETTER.sub("", c) for _, c in filled]
    top = max(set(keys), key=keys.count)
    if not top or 2 * keys.count(top) <= len(keys):
        return None
    if any(k != top and SequenceMatcher(None, k, top).ratio() < 0.6 for k in keys):
        return None
    first, text = filled[0][0], next(c for (_, c), k in zip(filled, keys) if k == top)
    out = [""] * len(cells)
    out[first] = _WHITESPACE.sub(" ", text).strip()
    return out


# (column → (first month, last month, year printed in the label or None))
GridColumns = dict[int, tuple[int, int, int | None]]


def grid_columns(cells: list[str], above: list[str] | None = None) -> GridColumns:
    """The period columns of a header row (see GRID_MONTH), {} when it has fewer than three or they
    do not follow each other (months may wrap once, from December to January: a school year's
    grid). `above` is the header row over it, whose words let bare numbers name months."""
    found: GridColumns = {}
    years = _year_columns(cells)
    if years:
        return years
    lookalike: set[int] = set()   # labels without a figure ("Tl"): months only among real ones
    for i, c in enumerate(cells):
        f = fold(c) if c.strip() else ""
        if not f or len(f) > 16:
            continue
        m = GRID_MONTH.match(f)
        month = m.group(1).translate(_MONTH_DIGITS) if m else ""
        if month.isdigit() and 1 <= int(month) <= 12:
            found[i] = (int(month), int(month), int(m.group(2)) if m.group(2) else None)
            if not _HAS_DIGIT.search(m.group(1)):
                lookalike.add(i)
            continue
        m = GRID_QUARTER.match(f)
        q = _roman(m.group(1)) if m else None
        if q and 1 <= q <= 4:
            found[i] = (3 * q - 2, 3 * q, int(m.group(2)) if m.group(2) else None)
    if len(found) - len(lookalike) < GRID_MIN_COLUMNS:
        found = {i: v for i, v in found.items() if i not in lookalike}
    if len(found) < GRID_MIN_COLUMNS:
        found = _numbered_after_label(cells) or found
    if len(found) < GRID_MIN_COLUMNS and above and "thang" in fold(" ".join(above)):
        found = {i: (int(c), int(c), None) for i, c in enumerate(cells)
                 if GRID_BARE_MONTH.match(c.strip()) and 1 <= int(c.strip()) <= 12}
        # under a merged "… (tháng)" and nothing else: a number under "STT" or "Nội dung" numbers columns
        if any(i < len(above) and above[i].strip() and "thang" not in fold(above[i]) for i in found):
            found = {}
    if len(found) < GRID_MIN_COLUMNS and above and (bare := _whole_year_under_time(cells, above)):
        found = bare
    if len(found) < GRID_MIN_COLUMNS:
        return {}
    starts = [found[i][0] for i in sorted(found)]
    wraps = sum(1 for a, b in zip(starts, starts[1:]) if b <= a)
    return found if wraps == 0 or (wraps == 1 and starts[0] > starts[-1]) else {}


def _whole_year_under_time(cells: list[str], above: list[str]) -> GridColumns:
    """The twelve months of a year counted 1 to 12 in a row of their own under a merged time's name
    that prints no "tháng" ("Thời gian thực hiện năm 2026", "Tiến độ thực hiện"), every cell over
    them that name or empty; {} otherwise. (Fewer numbers there are as often the columns' own
    numbers: "(1) | (2) | (3)".)"""
    found = {i: (int(c), int(c), None) for i, c in enumerate(cells)
             if GRID_BARE_MONTH.match(c.strip()) and 1 <= int(c.strip()) <= 12}
    order = sorted(found)
    if [found[i][0] for i in order] != list(range(1, 13)) or order != list(range(order[0], order[0] + 12)):
        return {}
    names = {fold(above[i]).strip() for i in order if i < len(above) and above[i].strip()}
    return found if len(names) == 1 and COL_TIMING.search(names.pop()) else {}


def _numbered_after_label(cells: list[str]) -> GridColumns:
    """Months named once and then counted: "Tháng 9 | 10 | 11 | 12 | 1 | 2" (a school year's grid
    prints the word over its first column only). The bare numbers right after a "Tháng N" or "TN"
    label, each a month, make the run; {} when fewer than three columns follow one another so."""
    for i, c in enumerate(cells):
        f = fold(c) if c.strip() else ""
        m = GRID_MONTH.match(f) if f[:1] == "t" and len(f) <= 16 else None
        if not (m and m.group(1).isdigit() and 1 <= int(m.group(1)) <= 12):
            continue
        run: GridColumns = {i: (int(m.group(1)), int(m.group(1)), int(m.group(2)) if m.group(2) else None)}
        for j in range(i + 1, len(cells)):
            n = cells[j].strip()
            if not (GRID_BARE_MONTH.match(n) and 1 <= int(n) <= 12):
                break
            run[j] = (int(n), int(n), None)
        return run if len(run) >= GRID_MIN_COLUMNS else {}
    return {}


def _year_columns(cells: list[str]) -> GridColumns:
    """The year columns of a header row: at least three years that follow each other (2026 | 2027
    | 2028), each a whole year; {} otherwise. (A digit is needed: no cost of a header scan.)"""
    found: GridColumns = {}
    for i, c in enumerate(cells):
        if len(c) < 12 and _FOUR_DIGITS.search(c):
            m = GRID_YEAR.match(fold(c))
            if m:
                found[i] = (1, 12, int(m.group(1)))
    years = [found[i][2] for i in sorted(found)]
    if len(years) < GRID_MIN_COLUMNS or any(b != a + 1 for a, b in zip(years, years[1:])):  # type: ignore[operator]
        return {}
    return found


def _is_year_grid(grid: GridColumns) -> bool:
    return len(grid) >= GRID_MIN_COLUMNS and all(a == 1 and b == 12 and y for a, b, y in grid.values())


def _year_timing(marked: list[int], grid: GridColumns) -> str:
    """The marked years as a person prints them: "Năm 2026", "Năm 2026 - 2028", "Năm 2026, 2028,
    2030"; every year of the period marked is a task done each year: "Hằng năm"."""
    if len(marked) == len(grid):
        return "Hằng năm"
    years = sorted(grid[i][2] for i in marked)  # type: ignore[type-var]
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    if len(runs) == 1:
        return f"Năm {runs[0][0]}" + (f" - {runs[0][-1]}" if len(runs[0]) > 1 else "")
    return "Năm " + ", ".join(f"{r[0]} - {r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def is_school_year_grid(header: list[str], grid: GridColumns, before: str = "") -> bool:
    """Whether a grid's months are a school year's: they run on from December into January, and a
    school year ("năm học 2024 - 2025") is named over them or in the plan before the table (a
    winter crop's "Tháng 10 … 3" wraps too, but in no plan of a school year)."""
    starts = [grid[i][0] for i in sorted(grid)]
    if not any(b <= a for a, b in zip(starts, starts[1:])):
        return False
    return bool(SCHOOL_YEAR.search(" ".join(header)) or SCHOOL_YEAR.search(before))


def _grid_year(header: list[str], grid: GridColumns, before: str = "") -> int | None:
    """The year of a grid's first column: printed in the merged cell over the columns ("Thời gian
    thực hiện năm 2025", its text in the first of them), or the first of a school year's two
    ("năm học 2024 - 2025") when its months run on into January; else None. A school year's grid
    under a bare "Thời gian thực hiện" takes the school year the plan names before the table
    (`before`: its title, "Kế hoạch … năm học 2024 - 2025"): a month after the wrap is the next
    year's, which the plan's own year alone would misdate."""
    years = sorted({int(y) for i in range(min(grid), max(grid) + 1) if i < len(header)
                    for y in _HEADER_YEAR.findall(header[i])})
    if len(years) == 1:
        return years[0]
    starts = [grid[i][0] for i in sorted(grid)]
    wraps = any(b <= a for a, b in zip(starts, starts[1:]))
    if len(years) == 2 and years[1] == years[0] + 1 and wraps:
        return years[0]
    if not years and wraps:
        # a school year's or a crop season's two years ("năm học 2024 - 2025", "vụ Đông Xuân 2025 -
        # 2026", "mùa khô 2025-2026") named before the table: its months run from the first into the next
        for m in RE_YEAR_RANGE.finditer(before):
            if int(m["y2"]) == int(m["y1"]) + 1:
                return int(m["y1"])
    return None


def grid_timing(cells: list[str], grid: GridColumns, year: int | None,
                school_year: bool = False) -> tuple[str, int | None]:
    """(timing as a person would print it, quarter) of a row of a timeline grid: the marked months
    ("Tháng 4 - 6/2025", "Tháng 3, 6, 9, 12/2025") or quarters ("Quý II/2025"); the quarter when one
    quarter's column is marked. Marks in every month of a year's grid say "Cả năm", as its
    author would have printed it in words (with the grid's year, due at its end as "Tháng 3, 6, 9,
    12/2025" is; without one, a continuous task: no deadline). A grid cell holding
    words ("Cả năm" across the columns, "Theo Kế hoạch") is the row's printed timing. ("", None)
    when nothing is marked. `school_year`: the grid's months are a school year's (see
    is_school_year_grid)."""
    texts = [(i, cells[i].strip()) for i in sorted(grid) if i < len(cells) and cells[i].strip()]
    printed = [c for _, c in texts if GRID_WORDS.search(c)]
    if printed:
        return " ".join(printed), None
    marked = [i for i, c in texts if len(c) <= 2 and GRID_MARK.search(c)]
    if not marked:
        return "", None
    if _is_year_grid(grid):
        return _year_timing(marked, grid), None
    covered = {m for i in grid for m in range(grid[i][0], grid[i][1] + 1)}
    if len(marked) == len(grid) and len(covered) == 12:
        return "Cả năm" + (f" {year}" if year and grid[min(grid)][0] == 1 else ""), None
    if len(marked) == len(grid) and school_year:
        # every month of a school year's grid: the task runs all the school year, as "Cả năm" does a year's
        return "Cả năm học" + (f" {year} - {year + 1}" if year else ""), None
    quarters = all(grid[i][0] != grid[i][1] for i in marked)
    # each marked column's (year, first month, last month); a month below the one before it opens the next year
    periods, offset, last = [], 0, 0
    for i in sorted(grid):
        first, end, printed_year = grid[i]
        if first <= last:
            offset += 1
        last = first
        if i in marked:
            y = printed_year or (year + offset if year is not None else None)
            periods.append((y, first, end))
    months = sorted({(y or 0, m) for y, a, b in periods for m in range(a, b + 1)})
    # a quarter only where the grid's columns are quarters: marks in three months of one quarter say
    # "Tháng 10 - 12/2024", which names no quarter printed in words either (SCHEMA: tasks.quarter)
    quarter = None
    if quarters and len({y for y, _ in months}) == 1 and len(months) == 3 and months[0][1] % 3 == 1 \
            and months[-1][1] == months[0][1] + 2:
        quarter = months[-1][1] // 3
    by_year: dict[int | None, list[tuple[int, int]]] = {}
    for y, a, b in periods:
        by_year.setdefault(y, []).append((a, b))
    parts = []
    for y, spans in by_year.items():
        if quarters:
            names = [_QUARTER_NAMES[b // 3] for _, b in spans]
            text = "Quý " + ", ".join(names)
        else:
            runs: list[list[int]] = []
            for a, _ in spans:
                if runs and a == runs[-1][-1] + 1:
                    runs[-1].append(a)
                else:
                    runs.append([a])
            text = "Tháng " + ", ".join(f"{r[0]} - {r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
        parts.append(text + (f"/{y}" if y else ""))
    return ", ".join(parts[:1] + [p[0].lower() + p[1:] for p in parts[1:]]), quarter


_QUARTER_NAMES = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _repeats_header(cells: list[str], header: list[str]) -> bool:
    """A row after the body began is a header only when it prints the header again (after a page
    break): a short body row may hold header words too ("Tổ chức hoạt động …" | "Tổng phụ trách Đội")."""
    names = [fold(h) for h in header if h.strip()]
    printed = [fold(c) for c in cells if c.strip()]
    # (a header of two rows was read as one: its second row's names are inside those read)
    same = [c for c in printed if any(c in n for n in names)]
    return bool(same) and (len(same) == len(printed) or len(same) >= 2 and 2 * len(same) >= len(printed))


def _starts_sentence(text: str) -> bool:
    t = BULLET.sub("", text).lstrip("“\"( ")
    return bool(t) and t[0].isupper()


def infer_roles(rows: list[list[str]]) -> dict[str, int]:
    """Column roles of a table printed without a header row (an appendix table going on, a header
    printed as an image, a plan that prints rows only): the first column of row numbers (group rows
    numbered in Roman) the STT, the longest text the content, then, read from the cells as for a
    scan's unread headings (_roles_from_cells), a column of times the timing and columns of unit
    names the units and the support, left to right."""
    from extractors.units import is_unit

    ncols = max((len(r) for r in rows), default=0)
    roles: dict[str, int] = {}
    if ncols == 0:
        return roles   # (rows with no cells: no column to give a role)
    lengths = [0] * ncols
    unitish = [0] * ncols
    numeric = [0] * ncols
    for r in rows:
        for i, c in enumerate(r):
            lengths[i] += len(c)
            if c.strip() and (LABEL.match(c.strip()) or ROMAN.match(c.strip())):
                numeric[i] += 1
            if c.strip() and is_unit(c.split(";")[0]):
                unitish[i] += 1
    if numeric[0] >= len(rows) / 2:
        roles["label"] = 0
    rest = [i for i in range(ncols) if i != roles.get("label")]
    if rest:
        roles["content"] = max(rest, key=lambda i: lengths[i])
        units = [i for i in rest if i != roles["content"] and unitish[i] >= len(rows) / 3]
        if units:
            roles["units"] = units[0]
        if "label" in roles:
            # (a table with no STT column is a layout's or a list's, whose other cells mean nothing)
            _roles_from_cells([], roles, rows)
    return roles


def headless_schedule(rows: list[list[str]]) -> bool:
    """Do rows printed with no header row read as a schedule's: two or more numbered rows, and
    beside the STT and the content a column of units or of times (infer_roles), not of figures (a
    tally, _tallies)? Numbered prose set in columns, a list of names, a table of counts do not."""
    if len(rows) < 2:
        return False
    roles = infer_roles(rows)
    numbered = sum(1 for r in rows if r and LABEL.match(r[0].strip() or "x"))
    if not ("label" in roles and "content" in roles and numbered >= 2 and ("units" in roles or "timing" in roles)) \
            or _tallies(rows, roles):
        return False
    if lists_members(rows, roles):
        return False
    # the longest text of a list of people or places is their names, every word capitalized
    # ("Lê Thị Bích Ngọc", "Thôn Phú Mỹ"), beside posts that read as units ("Trưởng thôn"); a task is
    # a sentence ("Kiểm tra trật tự lòng đường, vỉa hè")
    texts = [r[roles["content"]].split() for r in rows if roles["content"] < len(r) and r[roles["content"]].strip()]
    return 2 * sum(all(w[0].isupper() for w in t) for t in texts) < len(texts)


# A member's place in a committee, a working group or a council, as a members list prints it beside
# the name and the post (folded): "Trưởng ban", "Phó Trưởng ban thường trực", "Tổ trưởng", "Thành
# viên", "Ủy viên - Thư ký", "Chủ tịch Hội đồng". No unit does work under such a name.
_MEMBER_PLACE = (r"(?:pho\s+)?truong\s+(?:ban|tieu ban|to|doan|nhom)|(?:to|doi|nhom)\s+(?:truong|pho)|pho\s+ban"
                 r"|(?:pho\s+)?chu tich|thanh vien|uy vien|to vien|thu ky|tv|uv")
_MEMBER_BODY = r"(?:ban chi dao|bcd|ban|tieu ban|to cong tac|to|doan|nhom|hoi dong|hd|thuong truc|thuong vu)"
COMMITTEE_ROLE = re.compile(r"^(?:" + _MEMBER_PLACE + r")(?:\s+" + _MEMBER_BODY + r")*"
                            r"(?:\s*(?:[-–,;/]|\bkiem\b|\bva\b)\s*(?:" + _MEMBER_PLACE + r")(?:\s+" + _MEMBER_BODY
                            + r")*)*\s*[.;]?$")
# … bare "Chủ tịch" / "Phó Chủ tịch" name a council's chair, but alone are a post too
_BARE_CHAIR = re.compile(r"^(?:pho\s+)?chu tich$")


def lists_members(rows: list[list[str]], roles: dict[str, int]) -> bool:
    """Whether rows printed with no header row list the members of a committee, a working group or
    a council ("1 | Nguyễn Văn An | Chủ tịch UBND xã | Trưởng ban"): a column mostly of people's
    names alone, or a column only of members' places (COMMITTEE_ROLE) beside a longest text of
    posts or names, not of work (a Ban Chỉ đạo's own schedule gives tasks to "Trưởng ban" too)."""
    from extractors.closing import is_person_name
    from extractors.units import is_unit

    ncols = max((len(r) for r in rows), default=0)
    columns = [[r[i].strip() for r in rows if i < len(r) and r[i].strip()] for i in range(ncols)]
    for i, cells in enumerate(columns):
        if i == roles.get("label") or len(cells) < 2:
            continue
        if 2 * sum(map(is_person_name, cells)) > len(cells):
            return True
    content = columns[roles["content"]] if "content" in roles else []
    if not content or 2 * sum(1 for c in content if is_unit(c) or is_person_name(c)) <= len(content):
        return False
    for i, cells in enumerate(columns):
        if i in (roles.get("label"), roles.get("content")) or len(cells) < 2:
            continue
        folded = [fold(c).strip() for c in cells]
        if all(COMMITTEE_ROLE.match(f) for f in folded) and not all(_BARE_CHAIR.match(f) for f in folded):
            return True
    return False


# A cell of figures: "215", "1.016", "4,19", "(12)", "5%", "+3"; no date, no word.
_FIGURE = re.compile(r"[\d.,%()+\-–\s]*\d[\d.,%()+\-–\s]*")


def _tallies(rows: list[list[str]], roles: dict[str, int]) -> bool:
    """Whether a table whose header names no known column ("TT | Thôn | Số hộ | Số khẩu | Tỷ lệ
    %") counts things: beside the numbers and the names, two columns or more hold figures in most
    rows. The longest column is then a list of places or groups, not of work; a schedule's other
    columns name who acts and when ("30/6/2025" is no figure here, "/" not being one of them)."""
    taken = {roles.get("label"), roles.get("content")}
    ncols = max(len(r) for r in rows)
    figured = 0
    for i in range(ncols):
        if i in taken:
            continue
        cells = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if cells and 2 * sum(1 for c in cells if _FIGURE.fullmatch(c)) > len(cells):
            figured += 1
    return figured >= 2


def _completed_roles(header: list[str], roles: dict[str, int], rows: list[list[str]]) -> dict[str, int] | None:
    """The roles of a schedule whose header names who does the work but not what: a scan misreads
    "Nội dung công việc" in a narrow cell ("ội du ng cô ng vi ẹc"). The names it gives hold, the
    content is the longest column under a name that is no known one, the label the first column
    when its printed cells number rows (a row a page break cut leaves it blank). None when the
    header is not such a damaged one: every name read (an indicator table "STT | Đơn vị | Chỉ
    tiêu") or no units named."""
    if "units" not in roles:
        return None
    out = dict(roles)
    taken = set(roles.values())
    first = [r[0].strip() for r in rows if r and r[0].strip()]
    if "label" not in out and 0 not in taken and len(first) >= 2 \
            and 2 * sum(1 for c in first if LABEL.match(c)) >= len(first):
        out["label"] = 0
        taken.add(0)
    unread = [i for i, h in enumerate(header) if i not in taken and (f := fold(h)) and not any(
        p.search(f) for p in (COL_LABEL, COL_CONTENT, COL_UNITS, COL_SUPPORT, COL_TIMING, COL_OTHER))]
    lengths = {i: sum(len(r[i]) for r in rows if i < len(r)) for i in unread}
    if not any(lengths.values()):
        return None
    out["content"] = max(unread, key=lambda i: lengths[i])
    return out


def _roles_from_cells(header: list[str], roles: dict[str, int], rows: list[list[str]]) -> None:
    """Roles, read from the body's cells, of a scan's columns whose heading OCR could not read: a
    narrow column's heading printed turned 90° ("Đơn vị chủ trì" up the cell) comes out as specks
    ("r=⏎= mài"). A column under such a heading whose cells are mostly times ("Tháng 4/2025", "Trước
    ngày 30/6/2025") is the timing, one whose cells mostly name units the units, a second such the
    support (left to right, as a schedule prints them), a first column of row numbers the STT. A
    heading read as a known name keeps its role, or its lack of one ("Ghi chú" over dates)."""
    from extractors.units import is_unit

    names = (COL_LABEL, COL_CONTENT, COL_UNITS, COL_SUPPORT, COL_TIMING, COL_OTHER, COL_START, COL_END)
    taken = set(roles.values())
    for i in range(max(len(r) for r in rows)):
        if i in taken or (i < len(header) and any(p.search(fold(header[i])) for p in names)):
            continue
        cells = [" ".join(r[i].split()) for r in rows if i < len(r) and r[i].strip()]
        if len(cells) < 2:
            continue
        if i == 0 and "label" not in roles and 2 * sum(bool(LABEL.match(c)) for c in cells) > len(cells):
            roles["label"] = i
        elif "timing" not in roles and 2 * sum(_flat_timing(fold(c), c) for c in cells) > len(cells):
            roles["timing"] = i
        elif "support" not in roles and 2 * sum(is_unit(c.split(";")[0]) for c in cells) > len(cells):
            roles["units" if "units" not in roles else "support"] = i


def _stacked(header: list[str], row: list[str]) -> list[str]:
    """The names of a header of two rows, read down each column: the merged cell's text sits in its
    first column ("" in the others), and a name repeated below is one cell merged down ("STT")."""
    return [" ".join(dict.fromkeys(x.strip() for x in (header[i] if i < len(header) else "",
                                                      row[i] if i < len(row) else "") if x.strip()))
            for i in range(max(len(header), len(row)))]


def parse_cell_table(doc: Document, lines: list[Line]) -> TaskTable:
    """A table whose rows came with cells (TSV, HTML, PDF ruled table, Word table)."""
    table = TaskTable(lines=[ln.index for ln in lines])
    roles: dict[str, int] | None = None
    header: list[str] | None = None
    quarter: int | None = None
    group: str | None = None
    body: list[tuple[Line, list[str], list[str]]] = []  # (line, cells as printed, cells read once)
    completed = False   # the header's names were too damaged to find the content column by
    grid: GridColumns = {}
    after_header = False
    for ln in lines:
        # (a line without cells is a group row typed alone between rows: see _typed_group_row)
        cells = doc.cell_texts(ln) if ln.is_row else [ln.text]
        spanned = _unrepeated(cells)
        if header is None and not body and lists_things(spanned):
            table.header = spanned
            table.is_task_table = False
            return table
        if after_header and numbers_columns(spanned) and not (
                header is not None and not grid and _whole_year_under_time(cells, header)):
            continue  # "(1) | (2) | (3)" under the header (again under one repeated on a new page)
        after_header = False
        if header is not None and not body and not grid:
            grid = grid_columns(cells, header)
            if grid:  # the month row under "Thời gian thực hiện năm 2025": a header row
                header = _stacked(header, cells)
                roles = column_roles(header)
                continue
        if is_header_row(spanned) and not (body and header is not None and not _repeats_header(spanned, header)):
            if header is None:
                header = spanned
                roles = column_roles(spanned)
                grid = grid_columns(cells)
            elif not body:
                # a header of two rows: a merged "Cơ quan thực hiện" over "Chủ trì | Phối hợp"
                header = _stacked(header, spanned)
                roles = column_roles(header)
            after_header = True
            continue  # a header repeated after a page break
        body.append((ln, cells, spanned))
    if roles is None or "content" not in roles:
        rows = [c for _, c, _ in body]
        # (only in a scan: a typed header that names no content column is no schedule's)
        found = _completed_roles(header, roles, rows) if roles and header and body and doc.ocr else None
        completed = found is not None
        roles = found if found is not None else infer_roles(rows) if body else {}
        header = header or []
        numbered = sum(1 for _, c, _ in body if c and LABEL.match(c[0].strip() or "x"))
        if "label" not in roles or numbered < 2:
            # a layout table (the two-column header block, a signature grid), not a schedule
            table.is_task_table = False
            return table
        if "units" not in roles and _tallies(rows, roles) or lists_members(rows, roles):
            table.is_task_table = False
            return table
    elif doc.ocr and header and body and len(roles) < len(header):
        _roles_from_cells(header, roles, [c for _, c, _ in body])
    table.header = header or []
    table.joint_units = "joint" in roles
    before = doc.text[:lines[0].start] if grid else ""
    grid_year = _grid_year(table.header, grid, before) if grid else None
    school_grid = is_school_year_grid(table.header, grid, before) if grid else False
    if grid and roles.get("timing") in grid:
        del roles["timing"]   # the merged "Thời gian thực hiện" over the grid: the marks say when
    if "content" not in roles or lists_no_work(table.header) or document_columns(table.header):
        table.is_task_table = False
        return table
    if lists_targets(table.header) and not any(len(c.strip()) <= 2 and GRID_MARK.search(c)
                                               for _, cells, _ in body for i, c in enumerate(cells) if i in grid):
        # (a year grid marked "x" says when each row is done: a schedule, whatever its names)
        table.is_task_table = False
        return table
    table.is_task_table = roles is not None and "content" in roles and (completed or not (
        table.header and not any(COL_CONTENT.search(fold(h)) for h in table.header)
        # (a content column past the header's last cell has no heading to name a subject by)
        and not (roles["content"] < len(table.header)
                 and (COL_SUBJECT.match(f := fold(table.header[roles["content"]]).strip()) or COL_EVENT_NAME.match(f)))))

    def cell(cells: list[str], role: str) -> str:
        i = roles.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    when = sorted(roles[r] for r in ("day", "session", "timing") if r in roles)

    def timing_of(cells: list[str], across: tuple[int, ...] = ()) -> str:
        if "timing_end" in roles:
            if roles["timing_end"] in across:
                # one cell merged across the start and the end columns: one time that bounds the work
                # ("Quý II/2025", "15/5/2025"), not a start whose end was left blank
                return timing_lines(cell(cells, "timing"))
            return span_timing(timing_lines(cell(cells, "timing")), timing_lines(cell(cells, "timing_end")))
        if "timing_due" in roles:
            return due_timing(timing_lines(cell(cells, "timing")), timing_lines(cell(cells, "timing_due")))
        if "day" in roles or "session" in roles:
            # "Thứ Hai (13/01)", "Sáng", "7h30": the day, the session and the hour, as printed left to right
            return ", ".join(x for x in (cells[i].strip() for i in when if i < len(cells)) if x)
        text = timing_lines(cell(cells, "timing"))
        if by_quarter and QUARTER_CELL.match(text):
            return "Quý " + re.sub(r"\s+", "", text)
        return text

    by_quarter = "timing" in roles and roles["timing"] < len(table.header) \
        and bool(COL_QUARTER_TIMING.search(fold(table.header[roles["timing"]])))
    current: TableRow | None = None
    period = ""
    above: list[str] = []   # the previous row's cells, merged-down ones filled in
    numbered = sum(1 for _, c, _ in body if LABEL.match(cell(c, "label") or "x")) >= 2
    for ln, cells, spanned in body:
        # a group row is read with its merged cell once (a task row keeps every cell as printed)
        nonempty = [c for c in spanned if c.strip()]
        label, content = cell(cells, "label"), cell(cells, "content")
        units, support, timing = cell(cells, "units"), cell(cells, "support"), timing_of(cells, ln.merged_left)
        presiding = cell(cells, "presiding")
        # a units or timing cell merged down over several rows is printed once, on its first row,
        # and holds for each row it spans (one department in charge of rows 1–4, "Quý II/2025" for
        # rows 1–3); a row that continues the one above keeps only what it prints
        own = (units, support, timing)
        before = above
        if ln.merged_above:
            filled = [above[i] if i in ln.merged_above and i < len(above) and not c.strip() else c
                      for i, c in enumerate(cells)]
            units, support, timing = cell(filled, "units"), cell(filled, "support"), timing_of(filled, ln.merged_left)
            presiding = cell(filled, "presiding")
            above = filled
        else:
            above = cells
        grid_quarter = None
        if "quarter" in roles and (by_col := cell(above, "quarter")):
            # (see COL_QUARTER; a bare numeral "III" says "Quý III" as in a column by quarter)
            by_col = "Quý " + re.sub(r"\s+", "", by_col) if QUARTER_CELL.match(by_col) else by_col
            grid_quarter = quarter_of_group(by_col)
            timing = timing or timing_lines(by_col)
        if grid and not timing:
            timing, grid_quarter = grid_timing(above, grid, grid_year, school_grid)
        q = quarter_of_group(" ".join(nonempty)) if len(nonempty) <= 2 else None
        if q:
            quarter, group, current, period = next_quarter(q, quarter), " ".join(nonempty), None, ""
            continue
        months = (month_group(" ".join(nonempty)) or year_group(" ".join(nonempty))) if len(nonempty) <= 2 else None
        if months:
            # (a month group replaces the quarter group before it, as a quarter group does a month's)
            period, quarter, group, current = months, None, " ".join(nonempty), None
            continue
        day = day_group(nonempty[0]) if len(nonempty) == 1 else None
        if day:   # a programme's day over the rows of its hours (see day_group)
            period, group, current = day, day, None
            continue
        spanned_units = cell(spanned, "units")
        head = label or (nonempty[0] if nonempty else "")
        if len(nonempty) <= 2 and not spanned_units and (ROMAN.match(head) or numbered and GROUP_LETTER.match(head)):
            group, current = " ".join(nonempty), None  # a heading row grouping the rows below it
            continue
        if len(nonempty) == 1 and content and not cell(spanned, "content"):
            group, current = nonempty[0], None  # one cell merged across the content column: a heading
            continue
        head_text = label or content or (nonempty[0] if nonempty else "")
        if nonempty and len(nonempty) <= 3 and len(head_text) < 30 and TOTAL_ROW.match(fold(head_text)):
            current = None
            continue
        is_new = bool(label and (LABEL.match(label) or PHASE_LABEL.match(fold(label))))
        if not is_new and current is not None:
            # an unnumbered row: a continuation unless it starts a new sentence with its own units;
            # in a numbered table, the first row on a new page is the rest of the row a page break cut
            broken = bool(current.label) and ln.page is not None and current.page is not None \
                and ln.page > (current.end_page or current.page)
            if broken or not (content and _starts_sentence(content) and (units or support)) or not content:
                units, support, timing = own
                presiding = cell(cells, "presiding")
                if broken:
                    # the rest of a row is that row: a cell merged down from it holds what it printed
                    # before the break (a scan shows the rest's cell empty, the merge unseen) and after
                    # it ("Sở Công" ⏎ "Thương" merged down over the next rows is "Sở Công Thương")
                    # (a cell filled from the merge above, not printed on the rest, is not joined twice)
                    above = [(join_wrapped(before[i], c.strip()) if i < len(before) and before[i].strip()
                              and i < len(cells) and cells[i].strip() else c)
                             if c.strip() else (before[i] if i < len(before) else c) for i, c in enumerate(above)]
                current.content = (current.content + " " + content).strip() if content else current.content
                current.units = "\n".join(x for x in (current.units, units) if x)
                current.support = "\n".join(x for x in (current.support, support) if x)
                current.presiding = "\n".join(x for x in (current.presiding, presiding) if x)
                current.timing = join_timing(current.timing, timing)
                current.char_end = ln.end
                current.end_page = ln.page
                current.joined = current.joined or bool(content)
                continue
        if not content and not is_new:
            continue
        subject = cell(cells, "subject") if "subject" in roles else ""
        if subject and content:
            content = f"{subject.rstrip(' :;,.')}: {content}"
        current = TableRow(label=label.strip("().") if is_new else "", content=content, units=units,
                           support=support, timing=timing, quarter=quarter or grid_quarter, group=group,
                           period=period, presiding=presiding,
                           char_start=ln.start, char_end=ln.end, page=ln.page)
        table.rows.append(current)
    table.rows = without_parent_headings(table.rows)
    for r in table.rows:
        r.content = clean_content(r.content)
    return table


def without_parent_headings(rows: list[TableRow]) -> list[TableRow]:
    """The rows less each numbered one that only heads the sub-numbered rows under it ("1 | Văn bản
    quy định chi tiết Luật Nhà ở" over "1.1 …", "1.2 …"): it names no unit and no time, and the
    row after it numbers itself as its part. Its parts are the tasks; a parent that names who or
    when is a task of its own."""
    out = []
    for k, r in enumerate(rows):
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        if r.label and nxt is not None and nxt.label.startswith(r.label + ".") \
                and not (r.units.strip() or r.support.strip() or r.timing.strip()):
            for child in rows[k + 1:]:
                if not child.label.startswith(r.label + "."):
                    break
                child.group = r.content   # the heading groups its parts, as a group row does
            continue
        out.append(r)
    return out


# A line of a flattened table that is a timing cell ("Tháng 02/2025", "Trước 31/3/2025", "Quý I/2025",
# "Ngày 03/4/2025": a day's date, not "Ngày hội …").
# ("tháng" and "quý" before their number or year: "Tháng hành động …", "Quyết định …", "Quy hoạch …"
# fold to the same start)
FLAT_TIMING = re.compile(r"^(?:thang(?=\s*(?:\d|/|$|cuoi\b|dau\b|giua\b))|truoc"
                         r"|quy(?=\s*(?:[ivx]{1,4}\b|[1-4]\b|nam\b|/|$))|tu thang|tu ngay|ngay \d{1,2}/\d{1,2}|nam \d{4}"
                         r"|hang (?:nam|thang|quy)|hang nam|thuong xuyen|trong (?:thang|quy|nam|tuan (?:dau|cuoi|thu|\d)|(?:vong|thoi han|thoi gian) \d)"
                         r"|cham nhat|den (?:ngay|thang)|dinh ky|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$|"
                         r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|"
                         # a month or a quarter abbreviated in a narrow column ("T9/2025", "Q2/2025", "Q.III/2025")
                         r"t\.?\s?\d{1,2}/(?:19|20)\d\d\b|q\.?\s?(?:[1-4]|[ivx]{1,3})/(?:19|20)\d\d\b|"
                         # a time counted in days, as an election's schedule sets each step ("105 ngày")
                         r"\d{1,3} ngay(?: lam viec)?(?=$| \d| truoc| sau))")


# Words that fold to a timing word but are none: a street or a name ("Cao Thắng", "Chiến Thắng"), a
# fund ("Quỹ Vì người nghèo"), "Trồng cây", "Đền Hùng". Their diacritics tell them apart.
_TIMING_FALSE_FRIENDS = frozenset({"thắng", "thăng", "quỹ", "quỳ", "trồng", "trọng", "hãng", "hạng", "đền"})


def _flat_timing(f: str, text: str = "") -> bool:
    """Is this folded line of a flattened table a timing cell: FLAT_TIMING, or a period in numbers
    ("6 tháng/lần", "01 lần/năm", "Mỗi quý 1 lần": dates.RE_PERIOD)? `text`, the line as printed,
    rules out a word that only folds to a timing word (_TIMING_FALSE_FRIENDS)."""
    if FLAT_TIMING.match(f) is None:
        return RE_PERIOD.match(f) is not None
    return not text or text.split(" ", 1)[0].rstrip(",.;:").lower() not in _TIMING_FALSE_FRIENDS


# A timing cell that names the schedule it follows rather than a date ("Theo kế hoạch của Thành phố",
# "Theo lịch của Thường trực HĐND"): after a row's unit cells it opens the timing cell, never the
# wrapped rest of a unit's name.
FLAT_TIMING_NOTE = re.compile(r"^theo (?:ke hoach|lich|chi dao|yeu cau|tien do|thong bao|huong dan)\b")
# A timing cell that names the occasion rather than a date ("Khi có ổ dịch", "Sau khi có văn bản
# hướng dẫn", "Sau mỗi đợt thiên tai", "Cả năm", "Tuần 3", "Dịp Tết Nguyên đán"): after a row's unit
# cells, where no unit's name opens so.
# Also a school term, a part of a period, a weekday ("Học kỳ I", "Đầu quý II", "Thứ Ba, thứ Năm hằng
# tuần", "Ngày Chủ nhật cuối tháng"), a time counted in days, weeks, months or years ("Trong 10 ngày làm việc kể
# từ …", "Trong 03 năm").
FLAT_TIMING_EVENT = re.compile(r"^(?:khi (?:co|xay ra|phat sinh|duoc|can)|sau (?:khi|moi)|ca nam|suot (?:nam|qua trinh)"
                               r"|tuan (?:\d|thu|dau|cuoi)|hang (?:tuan|ngay)|tu (?:quy|nam) |dip "
                               r"|hoc ky (?:[ivx]{1,3}\b|[12]\b|he\b)|(?:dau|cuoi|giua) (?:quy|thang|nam|tuan|hoc ky)\b"
                               r"|thu (?:hai|ba|tu|nam|sau|bay)\b(?=.*\b(?:hang|moi|cac) (?:tuan|thang)\b)"
                               r"|(?:ngay )?chu nhat (?:cuoi|dau|hang|thu)\b|trong \d{1,3} (?:ngay|tuan|thang|nam)\b|(?:truoc|sau) tet\b"
                               # a span from the plan on, or with no end ("Từ nay đến hết năm 2025", "Liên tục")
                               r"|tu nay (?:den|toi)\b|lien tuc\b"
                               # the first days of the lunar year ("Mùng 4 Tết", "Từ mùng 1 đến mùng 5 Tết", "Mồng 6"), a
                               # day of a month (folded "mừng" reads the same: "Mừng 95 năm thành lập Đảng", "Mừng 30/4")
                               r"|(?:tu )?m[uo]ng (?:30|[12]\d|0?[1-9])\b(?![/.-]\d| nam\b))")


def lunar_timing(f: str) -> bool:
    """Does a folded cell open with a day or a month of the lunar calendar ("Ngày 25 tháng Chạp", "Rằm
    tháng Giêng", "Tháng 8 âm lịch", "Ngày 10/3 âm lịch", "Tháng Chạp năm Giáp Thìn"): a timing cell
    of a festival's or Tết's plan? A month in digits counts only so marked (dates.RE_LUNAR_MARKED)."""
    if "thang" not in f and "am lich" not in f:
        return False
    if RE_LUNAR_NAMED.match(f) or RE_LUNAR_NUM.match(f):
        return True
    m = RE_LUNAR_MARKED.match(f)
    return m is not None and bool(m.group("al") or m.group("leap") or m.group("ram") or m.group("can"))
# What the cell of a column naming the leader in charge ("Lãnh đạo phụ trách") opens with: a post
# ("Phó Chủ tịch UBND phường", "PCT UBND xã", "Chủ tịch UBND") or an address ("Đ/c Nguyễn Văn An").
_POST = r"(?:pho\s+)?(?:chu tich|bi thu|giam doc|truong ban|truong phong|hieu truong|chanh van phong)|pct|uy vien"
FLAT_LEADER = re.compile(r"^(?:" + _POST + r"|d/c|dong chi)\b")
# … a post alone on its line ("Phó Chủ tịch"), whose body the next line names ("UBND phường")
FLAT_BARE_POST = re.compile(r"^(?:" + _POST + r")$")


def _person_column(header: list[str]) -> str | None:
    """Where a flattened table's header names a column of the leader in charge beside its unit
    column ("Bộ phận tham mưu | Lãnh đạo phụ trách"): "after" or "before" the units, else None. Its
    cells name no unit (as parse_cell_table drops that column beside a unit column)."""
    units = person = None
    for k, name in enumerate(header):
        f = fold(name)
        if COL_IN_CHARGE_PERSON.match(f):
            person = k if person is None else person
        elif units is None and COL_UNITS.search(f) and not COL_SUPPORT.search(f) and not COL_TIMING.search(f):
            units = k
    if units is None or person is None:
        return None
    return "after" if person > units else "before"


# A column name spelled out at length, as a schedule of an election heads its columns ("Nội dung
# công việc chủ yếu tiến hành công tác bầu cử", "Số ngày chậm nhất phải hoàn thành trước (sau) ngày
# bầu cử theo Luật Bầu cử"): it opens with the column's word, which no task's line does this way.
_LONG_COLUMN_NAME = re.compile(r"^(?:noi dung|thoi gian|thoi han|so ngay|ngay cham nhat|don vi|co quan|bo phan)\b")
# What FLAT_HEADER and COL_LABEL can open with ("stt", "tt"; re.I lets "s" match "S" and "ſ").
_HEADER_INITIALS = "sStTſ"


def _column_name(g: str) -> bool:
    """Does a folded line of a flattened header name a column?"""
    short = len(g) < 50 or (len(g) < 120 and _LONG_COLUMN_NAME.match(g) is not None)
    # (a schedule of inspections names whom it checks, "Đối tượng kiểm tra", one of events
    # what is held, "Tên hội nghị", before its content column)
    return short and bool(COL_CONTENT.search(g) or COL_UNITS.search(g) or COL_SUPPORT.search(g)
                          or COL_TIMING.search(g) or COL_OTHER.search(g) or COL_MONEY.search(g)
                          or COL_PERSON.search(g) or COL_SUBJECT.match(g) or COL_EVENT_NAME.match(g)
                          or COL_PARTICIPANTS.match(g))


def names_task_columns(cells: list[str]) -> bool:
    """Do a row's cells name a task table's columns ("STT", "Nội dung", "Người thực hiện", "Ghi chú"):
    each a column's name or the STT's label, one of them the content's? (A text that sets a table's
    rows with pipes and no rule under its header shows its header so.)"""
    names = [fold(c).strip() for c in cells]
    return len(names) >= 2 and all(not n or COL_LABEL.match(n) or _column_name(n) for n in names) \
        and any(COL_CONTENT.search(n) for n in names)


# What opens a column's name of its own ("Cơ quan chủ trì", "Thời gian", "Kết quả/sản phẩm"): after a
# whole name on the same line, the next column's name the text's wrap rule joined to it
_NAME_OPENING = _names(r"^(?:co quan|don vi|thoi gian|thoi han|ket qua|san pham|ghi chu|kinh phi|nguoi|bo phan"
                       r"|lanh dao)\b")


def _joined_names(text: str) -> list[str]:
    """A header line as the names of its columns: two names one line holds, joined as wrapped prose
    ("Cơ quan chuẩn bị Cơ quan chủ trì", "Đơn vị chuẩn bị Kết quả/sản phẩm"), split where the second
    opens in capitals with a column's head word and both halves name a column; else the line."""
    words = text.split()
    for k in range(2, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if right[:1].isupper() and left[-1:] not in ",;/&-–(" and _NAME_OPENING.match(fold(right)) \
                and _column_name(fold(left)) and _column_name(fold(right)):
            return [left, right]
    return [text]


# What opens a column's name inside a header printed on one line ("STT Nội dung Đơn vị chủ trì Đơn vị phối
# hợp Sản phẩm Thời gian"), besides _NAME_OPENING: the content's names (folded)
_ONE_LINE_OPENING = _names(r"^(?:noi dung|nhiem vu|cong viec|hoat dong|san pham|ket qua)\b")


def one_line_names(text: str) -> list[str]:
    """A header printed on one line as its column names: the STT's, then a name wherever a capital word
    opens one (_NAME_OPENING) after a whole name; [text] when it does not open on an STT's label."""
    words = text.split()
    if len(words) < 3 or not COL_LABEL.match(fold(words[0])):
        return [text]
    names, current = [words[0]], []
    for k, w in enumerate(words[1:], 1):
        if current and w[:1].isupper() and current[-1][-1:] not in ",;/&-–(":
            rest, left = fold(" ".join(words[k:])), fold(" ".join(current))
            # (a content word after the content's name goes on with it: "NỘI DUNG CÔNG VIỆC" in capitals)
            opens = _NAME_OPENING.match(rest) or (_ONE_LINE_OPENING.match(rest) and not COL_CONTENT.search(left))
        else:
            opens = False
        if opens and _column_name(left):
            names.append(" ".join(current))
            current = []
        current.append(w)
    names.append(" ".join(current))
    return names


def flat_header(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The header of a flattened table at line i: its column names and the first line after it.

    Either one line ("STT Nội dung công việc Bộ phận thực hiện") or "TT" alone followed by one
    short line per column name."""
    f = fold(lines[i].text)
    if f[:1] not in _HEADER_INITIALS:
        return None  # (the usual line: neither pattern below can match)
    if FLAT_HEADER.match(f) and len(f) < 200:
        return [lines[i].text], i + 1
    if not COL_LABEL.match(f):
        return None
    names, j = [], i + 1
    while j < len(lines) and j < i + 10 and not lines[j].is_row:
        if names and (GRID_MONTH.match(g := fold(lines[j].text.strip())) or GRID_QUARTER.match(g)):
            break   # (a grid's first period: its columns are read below)
        if _column_name(fold(lines[j].text)):
            names.extend(_joined_names(lines[j].text))
            j += 1
        else:
            break
    # a timeline grid's columns after the named ones, a name a line ("T1" … "T12", "Tháng 1" …, "Quý I" …)
    k = j
    while names and k < len(lines) and k < j + 16 and not lines[k].is_row and len(lines[k].text) <= 16 \
            and (GRID_MONTH.match(f := fold(lines[k].text.strip())) or GRID_QUARTER.match(f)):
        k += 1
    if k - j >= GRID_MIN_COLUMNS and grid_columns([ln.text.strip() for ln in lines[j:k]]):
        names.extend(ln.text.strip() for ln in lines[j:k])
        j = k
    elif names and COL_TIMING.search(fold(names[-1])) and "thang" not in fold(names[-1]) \
            and [ln.text.strip() for ln in lines[j:j + 12]] == [str(m) for m in range(1, 13)]:
        # a time's name merged over a second header row that counts the months 1 to 12 ("Thời gian thực
        # hiện năm 2026" / "1" … "12", the cells under the other names printed empty): the months' columns,
        # in the year that name prints
        year = _HEADER_YEAR.search(names[-1])
        names[-1:] = [f"Tháng {m}" + (f"/{year.group(1)}" if year else "") for m in range(1, 13)]
        j += 12
    # (a schedule of visits has no content column: whom each row visits is its content, column_roles)
    if names and (any(COL_CONTENT.search(fold(n)) for n in names)
                  or "content" in column_roles([lines[i].text] + names)):
        return [lines[i].text] + names, j
    return None


def follows(previous: str, label: str) -> bool:
    """Whether STT `label` can come next after `previous` in one numbering: the next at the same
    depth or at a shallower one ("1.2" → "1.3", "2", "2.1"), the first part of the row ("1" →
    "1.1"), or a new count from 1 (a numbering that starts again under each month or quarter).
    A number that fits none (a figure, a date's day at a line's start) opens no row."""
    if not previous:
        return True
    p = [int(x) for x in previous.split(".")]
    n = [int(x) for x in label.split(".")]
    if n == [1] or (len(n) > len(p) and n[:len(p)] == p and all(x == 1 for x in n[len(p):])):
        return True
    return any(n[:k] == p[:k] and len(n) > k and n[k] == p[k] + 1 and all(x == 1 for x in n[k + 1:])
               for k in range(len(p)))


_MONTH_NUMBER = re.compile(r"(?<![/\d])\d{1,2}(?!\d)")


def _flat_month_group(text: str, current: TableRow | None, has_timing: bool, period: str = "") -> str | None:
    """The months a line of a flattened table groups its rows under ("THÁNG 3", "Tháng 4:"), or
    None. A timing cell reads the same ("Tháng 3"): a line is a group when no row is open to take
    it, when the table has no timing column, when it ends with a colon as a heading does, when
    it is set in capitals without a year (a timing cell "THÁNG 3/2025" carries one more often), or
    when the rows already sit under a month group (`period`) and it names a later month: the groups
    of a schedule follow the calendar, and the row before, under its own month, is not due later."""
    months = month_group(text)
    if months is None:
        return None
    if current is None or not has_timing:
        return months
    t = text.strip()
    if t.endswith(":") or (t.isupper() and not _FOUR_DIGITS.search(t)):
        return months
    before, now = _MONTH_NUMBER.findall(period), _MONTH_NUMBER.findall(months)
    return months if before and now and int(now[0]) > int(before[-1]) else None


def _flat_group(text: str, following: str) -> bool:
    """Is this line of a flattened table a group row: a Roman numeral or a capital letter alone,
    its title in capitals on the next line ("II" / "ĐẤU TRANH, PHÒNG NGỪA TỘI PHẠM"), or both on
    one line ("II. ĐẤU TRANH, PHÒNG NGỪA TỘI PHẠM")? (A timing cell wrapped after "Quý" leaves an
    "I" alone too, but no title in capitals follows.)"""
    if ROMAN.match(text) is not None or GROUP_LETTER.match(text) is not None:
        return following.isupper()
    m = GROUP_ROW.match(text)
    return m is not None and m.group("h").isupper()


def _row_label(text: str) -> str | None:
    """The STT a line of a flattened table opens a row with ("4", or "4 Tổ chức …"), or None: a
    number before words in small letters is a wrapped content line ("138 các xã, thị trấn")."""
    m = FLAT_ROW_START.match(text)
    if m is None or not LABEL.match(text.split(" ")[0]) or (m.group("rest") and not m.group("rest")[:1].isupper()):
        return None
    return m.group(1)


def group_goes_on(lines: list[Line], j: int, first: int, header: list[str] | None = None) -> bool:
    """Is the part heading at line j ("II. ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM", a level-1 heading by
    its look) a group row of the flattened table that runs from line `first`: a group row by its
    form (_flat_group), after which, past the rest of its title and any group rows under it (lines in
    capitals), the table's numbering goes on? A part of the plan after the table ("III. TỔ CHỨC THỰC
    HIỆN" / "1. Công an huyện: …") opens its own items, numbered on their text's line from 1; a
    table's next row has its STT alone on its line (one cell a line) or goes on from the last row's.
    `header`: the table's column names, printed again one a line at a page top the group may stand
    before."""
    text = lines[j].text.strip()
    if text[:1].isdigit():
        # (a numbered group, "2. Hạ tầng số", over rows numbered under it, "2.1", "2.2")
        return j + 1 < len(lines) and _numbered_group(text, lines[j + 1].text.strip(), _last_label(lines[first:j]))
    if text[:1] not in _GROUP_INITIALS:
        return False
    if not _flat_group(text, lines[j + 1].text if j + 1 < len(lines) else ""):
        return _sentence_group(lines, j, _last_label(lines[first:j]))
    k = j + 1
    repeated = header is not None and len(header) > 2
    while k < len(lines) and k <= j + 3 and lines[k].text.isupper() and _row_label(lines[k].text.strip()) is None \
            and not (repeated and _repeated_header(lines, k, header)):
        k += 1
    if repeated and k < len(lines):
        k += _repeated_header(lines, k, header)
    label = _row_label(lines[k].text.strip()) if k < len(lines) else None
    if label is None:
        return False
    if not follows(_last_label(lines[first:j]), label):
        return False
    return LABEL.match(lines[k].text.strip()) is not None or label != "1" or (
        k + 1 < len(lines) and _numbered_group(lines[k].text.strip(), lines[k + 1].text.strip(),
                                               _last_label(lines[first:j])))


def _last_label(lines: list[Line]) -> str:
    """The STT of the last row of a flattened table's lines, read as parse_flat_table counts."""
    last = ""
    for ln in lines:
        seen = _row_label(ln.text.strip())
        if seen is not None and follows(last, seen):
            last = seen
    return last


def _title_wrap(text: str) -> bool:
    """Can this line be the rest of a group's title that its merged cell wrapped: words in small
    letters ("ra cộng đồng"), or a few words ending no sentence ("Tổ quốc")? A part's prose runs
    the page's width, or ends with a stop."""
    if text[:1].islower():
        return True
    return 0 < len(text) <= 40 and text[-1:] not in ".:;" and not LABEL.match(text) and GROUP_ROW.match(text) is None


def _sentence_group(lines: list[Line], j: int, last: str) -> bool:
    """Is line j a group row of a flattened table with its title in small letters ("II. Đấu tranh
    phòng, chống tội phạm"), after a row numbered `last`? Such a line reads as a part of the plan
    too ("III. Tổ chức thực hiện"), so the numbering after it must be the table's: past the rest
    of a wrapped title (_title_wrap), an STT alone on its line that goes on from `last`, or that starts
    again at 1 with the row's cells following (its content, then a line naming a unit). A part's
    items are numbered on their text's line ("1. Phòng Y tế: …") or not at all."""
    text = lines[j].text.strip()
    m = GROUP_ROW.match(text)
    if m is not None:
        if not m.group("h")[:1].isupper():
            return False
        k = j + 1
    elif (ROMAN.match(text) or GROUP_LETTER.match(text)) and j + 1 < len(lines) \
            and lines[j + 1].text.strip()[:1].isupper():
        k = j + 2   # the numeral in the STT's cell, the title in the content's on the next line
    else:
        return False
    while k < len(lines) and k <= j + 2 and _title_wrap(lines[k].text.strip()):
        k += 1   # the title wrapped in its merged cell
    if k >= len(lines) or not LABEL.match(stt := lines[k].text.strip()):
        return False
    label = stt.strip("().")
    if not follows(last, label):
        return False
    if label != "1":
        return True
    from extractors.units import has_role_label, is_unit
    cells = [ln.text.strip() for ln in lines[k + 1:k + 7]]
    end = next((n for n, c in enumerate(cells) if LABEL.match(c) or GROUP_ROW.match(c)), len(cells))
    # (or a unit cell labelling its roles, "Chủ trì: Văn phòng - Thống kê xã")
    return any((is_unit(c) and len(c) <= 80) or has_role_label(c[:40]) for c in cells[1:end])


@dataclass
class FlatRow:
    """A row of a flattened table printed a cell a line (or a cell a paragraph): its STT's line, the
    lines after it, and its cells as the header's columns take them (an empty cell an empty Line)."""
    label: Line
    lines: list[Line]
    cells: list[Line]
    quarter: int | None = None
    period: str = ""
    # the table prints its empty cells as empty lines: a row of as many cells as columns is laid out
    # so, whatever its unit cells name (a unit the lexicon does not know)
    blank_cells: bool = False
    # a page's number or its repeated header stands among the row's lines: read it as parse_flat_table
    # reads a row of fragments
    broken: bool = False


# What opens the plan's text after a table, never a cell: a numbered item or part ("3. Kiểm tra, giám
# sát", "a) Đoàn kiểm tra …", "III. TỔ CHỨC THỰC HIỆN").
_PROSE_AFTER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[IVX]{1,4}\.)\s+\S")


def _empty_cell(at: int) -> Line:
    return Line(index=-1, text="", start=at, end=at)


def _joined_cell(parts: list[Line]) -> Line:
    """One cell of several lines (a cell its column wrapped), as one Line."""
    text = parts[0].text.strip()
    listed = BULLET.match(text) is not None
    for p in parts[1:]:
        # (a bulleted line stays on its own line, as a cell's list of sub-tasks: clean_content; after a
        # first line without one, a dash is a name's wrapped at it, "Trung tâm Văn hóa" / "- Điện ảnh")
        line = p.text.strip()
        bullet = BULLET.match(line) is not None and (
            listed or line[:1] not in "-–" or text[-1:] in ":;.")
        text += ("\n" if bullet else " ") + line
    return Line(index=parts[0].index, text=text, start=parts[0].start,
                end=parts[-1].end, page=parts[0].page)


def _header_piece(text: str, head_folded: set[str]) -> bool:
    """Is a line a column name of the header, or the first words of one its cell wrapped ("Cơ quan
    chủ" / "trì")?"""
    f = fold(text)
    return f in head_folded or (len(f) > 3 and any(h.startswith(f + " ") for h in head_folded))


def _repeated_header(lines: list[Line], n: int, names: list[str]) -> int:
    """How many lines from n repeat the header's names one a line (the header printed again at a page
    top), or 0."""
    k = 0
    while k < len(names) and n + k < len(lines) and fold(lines[n + k].text.strip()) == fold(names[k].strip()):
        k += 1
    return k if k >= min(3, len(names)) else 0


def _flat_roles(header: list[str]) -> dict[str, int]:
    """The header's column roles as a flattened table's rows are placed by, with "quarter_cells" the
    column whose cells may print a quarter's bare numeral (quarter_column)."""
    roles = column_roles(header)
    if (k := quarter_column(header, roles)) is not None:
        roles = {**roles, "quarter_cells": k}
    # (a column of no role whose name is no result's, note's or cost's: a leader's name, say)
    taken = set(roles.values()) | grid_columns(header).keys()
    if (k := next((k for k, h in enumerate(header) if k and k not in taken and not COL_OTHER.search(fold(h))),
                  None)) is not None:
        roles = {**roles, "roleless": k}
    return roles


def _opens_next_row(lines: list[Line], n: int, header: list[str], last: str) -> bool:
    """Does line n open the row after STT `last`, or the header repeated at a page top before it?"""
    n += _repeated_header(lines, n, header)
    text = lines[n].text.strip() if n < len(lines) else ""
    return LABEL.match(text) is not None and follows(last, text.rstrip("."))


def _title_rest(lines: list[Line], n: int, header: list[str], last: str) -> int | None:
    """How many lines from n go on with a group's title its merged cell wrapped ("III. Xây dựng phong
    trào toàn dân bảo vệ an ninh" / "Tổ quốc", _title_wrap) before the row after STT `last` opens, or
    None when no such row follows them."""
    for wrap in range(3):
        if wrap and (n + wrap - 1 >= len(lines) or not _title_wrap(lines[n + wrap - 1].text.strip())):
            return None
        if _opens_next_row(lines, n + wrap, header, last):
            return wrap
    return None


def _numbered_group(text: str, following: str, last: str) -> bool:
    """Is this line of a flattened table a numbered group row ("2. Hạ tầng số") whose rows are
    numbered under it: its number and title in one merged cell, going on from the row before
    (`last`) or counting from 1 again under a part ("II. KINH TẾ SỐ" / "1. Thương mại điện tử"), the
    next line the STT of its first row alone ("2.1")? A row's STT stands alone on its line, and a
    row's content does not open with its own number."""
    label = _row_label(text)
    if label is None or label == text.rstrip(".") or "." in label:
        return False
    return following.rstrip(".") == f"{label}.1" and follows(last, label)


def quarter_column(header: list[str], roles: dict[str, int]) -> int | None:
    """The column of a table's header that counts in quarters and may print a quarter's bare numeral
    in its cells ("Quý" | "II"): the quarter's own column (COL_QUARTER beside a timing column), or a
    timing column named for the quarter (COL_QUARTER_TIMING), or None."""
    if "quarter" in roles:
        return roles["quarter"]
    k = roles.get("timing")
    if k is not None and k < len(header) and COL_QUARTER_TIMING.search(fold(header[k])):
        return k
    return None


def _cell_per_line_rows(lines: list[Line], header: list[str]) -> list[FlatRow] | None:
    """The rows of a flattened table whose every cell stands on a line of its own, as a web page's
    table reads once copied as text or a word processor exports it (each cell a line or a
    paragraph, its STT alone on the first), or None when the table is not laid out so.

    An empty line between a row's cells is an empty cell (LibreOffice's text export), unless every
    cell stands apart by one (pdftotext, a cell a paragraph): then the lines between two empty lines
    are one cell its column wrapped. Group rows between rows ("Quý II", "THÁNG 3", "II" / its title,
    "I. CÔNG TÁC CHỈ ĐẠO") group the rows under them, and the header repeated at a page top is
    dropped. Most rows (two in three, the last left aside as a page cut may end it) then hold
    exactly one cell per column of the header, which a table whose cells wrap over several lines
    without empty lines between them matches only by chance."""
    columns = len(header) - 1   # (the STT's column is the label line)
    if columns < 2 or not COL_LABEL.match(fold(header[0])):
        return None
    # (pdftotext sets an empty line after every cell, the STT's too; an export a cell a line only where
    # one is empty, and a row's content is seldom so)
    after_label = [lines[n + 1] for n, ln in enumerate(lines[:-1]) if LABEL.match(ln.text.strip())]
    para = len(after_label) >= 2 and sum(1 for ln in after_label if ln.blanks_before) * 5 >= len(after_label) * 4
    roles = _flat_roles(header)
    timing_last = roles.get("timing") == columns
    has_timing = "timing" in roles
    quarter_col = quarter_column(header, roles)
    head_folded = {fold(h.strip()) for h in header}
    rows: list[FlatRow] = []
    last = ""
    quarter: int | None = None
    period = ""
    skip = 0
    grouped = False   # a group row stands after the open row
    parts: list[Line] = []   # (para) the lines of the cell being read

    def flush() -> None:
        if parts:
            rows[-1].cells.append(_joined_cell(parts))
            parts.clear()

    def filled(row: FlatRow) -> bool:
        return len(row.cells) + (1 if parts else 0) >= columns or (
            timing_last and len(row.cells) >= 2 and looks_timing((parts or row.cells)[-1].text))

    for n, ln in enumerate(lines):
        if skip:
            skip -= 1
            continue
        text = ln.text.strip()
        label = text.rstrip(".")
        open_row = rows[-1] if rows else None
        if open_row is not None and not para and ln.blanks_before and not grouped:
            # (the empty cells of a group row, "II" / its title / … , are no row's)
            at = open_row.cells[-1].end if open_row.cells else open_row.label.end
            open_row.cells.extend(_empty_cell(at) for _ in range(ln.blanks_before))
        if (k := _repeated_header(lines, n, header)) and open_row is not None:
            flush()
            skip = k - 1
            continue
        full = open_row is None or filled(open_row)
        # (a bare numeral where the row reaches its quarter's column, "III", is that cell: no group row)
        # (or, the quarter's the last column, after a unit cell of several lines: the row holds no
        # quarter's cell yet, neither a numeral nor an empty one)
        quarter_cell = False
        if quarter_col is not None and open_row is not None and QUARTER_CELL.match(text) is not None:
            read = len(open_row.cells) + (1 if parts else 0)
            quarter_cell = read == quarter_col - 1 or (
                quarter_col == columns and read > quarter_col - 1
                and not any(QUARTER_CELL.match(c.text.strip()) or not c.text.strip()
                            for c in open_row.cells[quarter_col - 1:]))
        # (a quarter or a month alone on its line is a group row before the first row, or after a
        # row that holds its time already, or whose cells fill the columns with the time's left
        # empty; a month also as parse_flat_table tells a group from a timing cell, _flat_month_group.
        # A row of more lines than columns may be short of its time: a cell wrapped.)
        q = quarter_of_group(text) if len(text) <= 40 else None
        months = month_group(text) if q is None and len(text) <= 40 and fold(text).startswith("thang") else None
        if (q or months) and open_row is not None:
            cells = open_row.cells + ([_joined_cell(parts)] if parts else [])
            k = roles.get("timing")
            timed = k is None or any(timing_cell(c.text) for c in cells[1:]) or (
                len(cells) == columns and not cells[k - 1].text.strip())
            if not timed and not (months and _flat_month_group(
                    text, TableRow("", "x", timing=" ".join(c.text for c in cells[1:])), has_timing, period)):
                q = months = None
        if q or months:
            if open_row is not None:
                flush()
            if q:
                quarter, period = next_quarter(q, quarter), ""
            else:
                quarter, period = None, months
            grouped = True
            continue
        # (a group row after a row short of cells when the next row's STT follows it: an empty cell
        # the export left out, or a cell joined to the one before)
        if text[:1] in _GROUP_INITIALS and not full and not quarter_cell:
            after = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
            if not (ROMAN.match(text) or GROUP_LETTER.match(text)):
                full = GROUP_ROW.match(text) is not None and LABEL.match(after) is not None \
                    and follows(last, after.rstrip("."))
            elif n + 2 < len(lines):
                after = lines[n + 2].text.strip()
                full = LABEL.match(after) is not None and follows(last, after.rstrip("."))
        if text[:1].isdigit() and not full and not quarter_cell:
            full = _numbered_group(text, lines[n + 1].text.strip() if n + 1 < len(lines) else "", last)
        if full and not quarter_cell:
            nxt = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
            if (ROMAN.match(text) or GROUP_LETTER.match(text)) and nxt[:1].isupper() and not LABEL.match(nxt):
                # a group row ("II" / "Công tác tiêm phòng"), its numeral in the STT's cell and its
                # title merged across the others: it groups the rows, and is none
                if open_row is not None:
                    flush()
                skip, grouped = 1, True
                continue
            rest = None   # (the lines a group's title in small letters wrapped onto)
            if (text[:1] in _GROUP_INITIALS and (m := GROUP_ROW.match(text)) and (
                    m.group("h").isupper() or (ROMAN_GROUP_ROW.match(text)
                                               and (rest := _title_rest(lines, n + 1, header, last)) is not None))) or (
                    len(text) > 6 and text.isupper() and not LABEL.match(text)
                    and LABEL.match(nxt) is not None) or (text[:1].isdigit() and _numbered_group(text, nxt, last)):
                # (the group's numeral and title in one merged cell, "II. CÔNG TÁC TUYÊN TRUYỀN", or a
                # title in capitals alone, numbered or not, "1. QUẢN LÝ TRẬT TỰ XÂY DỰNG", before a row)
                if open_row is not None:
                    flush()
                grouped, skip = True, rest or 0
                if text[:1].isdigit() and _numbered_group(text, nxt, last):
                    last = _row_label(text)   # (its rows are numbered under it)
                continue   # the group's numeral and title in one merged cell ("II. CÔNG TÁC TUYÊN TRUYỀN")
        if LABEL.match(text) and follows(last, label):
            if open_row is not None:
                flush()
            rows.append(FlatRow(ln, [], [], quarter, period))
            last, grouped = label, False
        elif open_row is None:
            return None   # a line before the first row
        else:
            open_row.lines.append(ln)
            after = lines[n + 1].text.strip() if n + 1 < len(lines) else ""
            if _header_piece(text, head_folded) or (LABEL.match(text) and (
                    after[:1].islower() or _header_piece(after, head_folded))):
                # a header name (wrapped) printed again at a page top, the page's number before it or
                # inside a cell the break cut ("… với sự" / "3" / "tham gia …"), no cell's figure
                open_row.broken = True
            elif para:
                if ln.blanks_before and parts and not text[:1].islower():
                    flush()   # (a cell going on in small letters after a page break is the same cell)
                parts.append(ln)
            else:
                open_row.cells.append(ln)
    if rows:
        flush()
    if not para and any(ln.blanks_before for row in rows for ln in row.lines[1:] + [row.label]):
        for row in rows:
            row.blank_cells = True
    complete = rows[:-1]
    # (a cell a paragraph prints nothing for an empty cell: a row one cell short fits as well)
    # (nor does one whose unit cell of several paragraphs took a line each: _unit_lines_placed)
    fitting = sum(1 for row in complete if len(row.cells) == columns or (para and len(row.cells) == columns - 1)
                  or (len(row.cells) > columns and _unit_lines_placed(roles, row.cells, columns) is not None))
    if len(complete) < 2 or fitting * 3 < len(complete) * 2:
        return None
    return rows


def placed_cells(roles: dict[str, int], cells: list[Line], columns: int, blank_cells: bool = False) -> list[Line] | None:
    """A row's cells set in the header's `columns` columns, or None when they do not fit there.

    As many cells as columns stand in order. More: the content's cell wrapped over several lines
    (the cells before it stand first, those after it last, the lines between are its own). Fewer:
    an empty cell was left out (a web page's copy prints nothing for it); it is put where the
    cells then fit their columns (fits_columns), the rightmost such place first, as a row leaves
    its later columns (support, notes) empty more often than its lead. `blank_cells`: the table
    prints its empty cells as empty lines, so a row of as many cells stands as printed."""
    from extractors.units import has_role_label, is_unit, names_person

    if len(cells) == columns:
        if blank_cells:
            # (printed with its empty cells, the row cannot be shifted: only a time in a unit's
            # column or a unit in the time's tells it is no row of these columns)
            units = [cells[k - 1].text for r in ("units", "support") if (k := roles.get(r)) and k <= columns]
            k = roles.get("timing")
            if not any(timing_cell(u) for u in units) and not (k and is_unit(cells[k - 1].text.strip())):
                return cells
        return cells if fits_columns(roles, cells) else None
    k = roles.get("content")
    if k is None or not 0 < k <= columns:
        return None
    if len(cells) > columns:
        after = columns - k
        # (only lines that go on with the content: none names a unit or a person, or reads as a time)
        if any(is_unit(c.text.strip()) or names_person(c.text.strip()) or looks_timing(c.text)
               or has_role_label(c.text.strip()[:40]) for c in cells[k:len(cells) - after]):
            return _unit_lines_placed(roles, cells, columns)
        placed = cells[:k - 1] + [_joined_cell(cells[k - 1:len(cells) - after])] + cells[len(cells) - after:]
        return placed if fits_columns(roles, placed) else None
    if columns - len(cells) > 1 or len(cells) < k:
        return None
    for gap in range(columns - 1, k - 1, -1):   # (the place of the empty cell, 0-based among the columns)
        at = cells[gap - 1].end if gap <= len(cells) else cells[-1].end
        placed = cells[:gap] + [_empty_cell(at)] + cells[gap:]
        if fits_columns(roles, placed):
            return placed
    return None


# A word that goes on with a clause, no unit's name holds it: "UBND huyện với doanh nghiệp, hợp tác xã về
# thủ tục hành chính" is the content's wrapped rest
_CLAUSE_WORD = re.compile(r"\s(?:với|về|cho|để|theo|trong|tại|nhằm|đối với|trên)\s", re.I)


def _unit_lines_placed(roles: dict[str, int], cells: list[Line], columns: int) -> list[Line] | None:
    """A row of more lines than columns whose surplus lines name units: a unit cell of several
    paragraphs, each a line of the export ("Chủ trì: Phòng Văn hóa - Xã hội" / "Phối hợp: Hội Liên hiệp
    Phụ nữ xã", "Trung tâm Văn hóa - Thể thao" / "UBND các xã, phường"). Set in the unit column
    where every line of the cell names units and the row then fits its columns (the support's where
    both do), or None where none does, or where a column has no role but a result's, a note's or a
    cost's (the row's lines are placed by role)."""
    from extractors.units import has_role_label

    if "roleless" in roles:
        return None   # (a column of no role, a leader's name, may hold the lines as well: _flat_roles)
    from extractors.units import names_person
    if any(names_person(c.text.strip()) for c in cells):
        return None   # (a person's name, the post on the line under it: the row's unit cells read as parse_flat_table does)
    extra = len(cells) - columns
    found = []
    for role in ("units", "support"):
        j = roles.get(role)
        if j is None or not 0 < j <= columns:
            continue
        group = cells[j - 1:j + extra]
        # (right after the content, a line naming a place may be the content's wrapped rest, "Phước Thiện
        # và thôn Nho Lâm": there a cell of several lines labels its roles or bullets its units)
        after_content = j - 1 == roles.get("content")
        if len(group) != extra + 1 or not all(
                has_role_label(c.text.strip()[:40])
                or (not after_content or BULLET.match(c.text) is not None)
                and _names_units(c.text.strip().lstrip("-–+• ").rstrip(";,")) and _CLAUSE_WORD.search(c.text) is None
                for c in group):
            continue
        cell = Line(index=group[0].index, text="\n".join(c.text.strip() for c in group), start=group[0].start,
                    end=group[-1].end, page=group[0].page)
        placed = cells[:j - 1] + [cell] + cells[j + extra:]
        if fits_columns(roles, placed) or named_columns(roles, placed):
            found.append(placed)
    # (both columns may take them: the lead's cell names one unit far more often than the support's)
    return found[-1] if found else None


_DATE_IN_CELL = re.compile(r"\d{1,2}/\d{1,2}|(?<!\d)(?:19|20)\d\d(?!\d)")


def timing_cell(text: str) -> bool:
    """Is a line of a flattened table a timing cell by how it opens: a date, a period, the schedule
    or the occasion it follows ("Tháng 3/2025", "Hằng quý", "Theo kế hoạch của …", "Khi có ổ dịch")?"""
    f = fold(text)
    return _flat_timing(f, text) or FLAT_TIMING_NOTE.match(f) is not None or FLAT_TIMING_EVENT.match(f) is not None \
        or lunar_timing(f)


def looks_timing(text: str) -> bool:
    """Does a line of a flattened table read as a timing cell: one by its opening (timing_cell), or
    one holding a date anywhere ("Hoàn thành trước 30/6/2026")?"""
    return timing_cell(text) or _DATE_IN_CELL.search(text) is not None


def fits_columns(roles: dict[str, int], cells: list[Line]) -> bool:
    """Do a row's lines fall in the header's columns one to a line: its timing column's line reads as a
    time, its units and support columns' as units or a person (a row whose content took two lines
    where a cell was left empty holds as many lines, shifted: "Tổ chức hội nghị triển khai" /
    "Hình thức trực tuyến đến các xã" / "Trung tâm Y tế huyện" / "Tháng 5/2025")."""
    from extractors.units import has_role_label, is_unit, names_person

    # (a cell labelling each role, "Chủ trì: Phòng Nội vụ; Phối hợp: …", names the units too)
    return _cells_fit(roles, cells, lambda text: is_unit(text) or names_person(text) or has_role_label(text[:40]))


def _cells_fit(roles: dict[str, int], cells: list[Line], names_units) -> bool:
    """Whether the row's timing cell is a time or empty, and each of its unit cells is empty or passes
    `names_units`."""
    k = roles.get("timing")
    if k is not None and 0 < k <= len(cells) and cells[k - 1].text.strip() and not looks_timing(cells[k - 1].text) \
            and not (roles.get("quarter_cells") == k and QUARTER_CELL.match(cells[k - 1].text.strip())):
        return False
    for role in ("units", "support"):
        k = roles.get(role)
        if k is not None and 0 < k <= len(cells):
            text = cells[k - 1].text.strip()
            if text and not names_units(text):
                return False
    return True


# An organisation's name the unit lexicon does not know ("Tiểu ban Văn kiện", "Vườn quốc gia Côn Đảo",
# "Khu di tích Kim Liên", "Ban Tham mưu"): a capitalised head, then a capitalised word among its few
# words, no figure, no clause's stop. (A content cell's wrapped rest seldom is so: "Hình thức trực
# tuyến đến các xã".)
_ORG_NAME = re.compile(r"^[" + VI_UPPER + r"][^\W\d_]*(?:\s+(?:[-–]\s+)?[^\W\d_]+){0,9}$")


def _names_organisation(text: str) -> bool:
    words = text.split()
    return _ORG_NAME.match(text) is not None and any(w[:1].isupper() for w in words[1:]) and len(text) <= 70


def _names_units(text: str) -> bool:
    """Does a unit cell name units, each of its parts ("Khu di tích Kim Liên; Trung tâm Văn hóa - Điện ảnh
    tỉnh") a unit, a person or an organisation's name (_names_organisation)?"""
    from extractors.units import has_role_label, is_unit, names_person

    if is_unit(text) or names_person(text) or has_role_label(text[:40]):
        return True
    parts = [p.strip(" .,") for p in text.split(";")]
    return all(p and (is_unit(p) or names_person(p) or _names_organisation(p)) for p in parts)


def named_columns(roles: dict[str, int], cells: list[Line]) -> bool:
    """Do a row's cells fit the header's columns when its unit cells may name an organisation the
    lexicon does not know (_names_organisation): its time a time, or empty, and each unit cell
    names units (_names_units), or is empty?"""
    return _cells_fit(roles, cells, _names_units)


def _positional_row(roles: dict[str, int], label: Line, cells: list[Line]) -> TableRow:
    """The row whose cells stand one to a line, in the header's column order."""
    def cell(role: str) -> str:
        k = roles.get(role)
        return cells[k - 1].text.strip() if k is not None and 0 < k <= len(cells) else ""

    timing = cell("timing")
    if roles.get("quarter_cells") == roles.get("timing") and QUARTER_CELL.match(timing):
        timing = "Quý " + _WHITESPACE.sub("", timing)   # (a column by quarter: "II" says "Quý II")
    quarter = None
    if "quarter" in roles and (by_col := cell("quarter")):
        by_col = "Quý " + _WHITESPACE.sub("", by_col) if QUARTER_CELL.match(by_col) else by_col
        quarter = quarter_of_group(by_col)
        timing = timing or by_col
    if "timing_end" in roles:
        timing = span_timing(timing, cell("timing_end"))
    elif "timing_due" in roles:
        timing = due_timing(timing, cell("timing_due"))
    content, subject = cell("content"), cell("subject")
    if subject and content:
        content = f"{subject.rstrip(' :;,.')}: {content}"   # (as parse_cell_table names whom a row checks)
    return TableRow(label=label.text.strip().rstrip("."), content=content, units=cell("units"),
                    support=cell("support"), timing=timing, presiding=cell("presiding"), quarter=quarter,
                    char_start=label.start, char_end=cells[-1].end, page=label.page)


def parse_flat_table(doc: Document, lines: list[Line], header: list[str] | None = None,
                     by_position: bool = True) -> TaskTable:
    """A table PDF extraction flattened into lines: the STT alone, content lines, then the unit
    lines (lead, then support when the table has a phối hợp column) and a timing line. A table
    whose cells stand one to a line (_cell_per_line_rows) is read by position, each row that does not
    fit (a cell left empty, one of several lines) as below."""
    from extractors.units import has_role_label, is_unit, names_person, opens_with_post, person_alone

    header = header or []
    if len(header) == 1 and by_position:
        # a header on one line over cells one a line: the rows are placed by its names, where they fit them
        names = one_line_names(header[0])
        named = column_roles(names) if len(names) > 2 else {}
        if "content" in named and named.get("label") == 0 and _cell_per_line_rows(lines, names) is not None:
            return parse_flat_table(doc, lines, names)
    roles = column_roles(header) if len(header) > 2 else {}
    rows = _cell_per_line_rows(lines, header) if by_position and "content" in roles and roles.get("label") == 0 \
        else None
    if rows is not None:
        table = TaskTable(lines=[ln.index for ln in lines], header=header, joint_units="joint" in roles)
        columns = len(header) - 1
        roles = _flat_roles(header)
        grid = grid_columns(header)
        if grid:
            if roles.get("timing") in grid:
                roles = {r: k for r, k in roles.items() if r != "timing"}   # (the marks say when)
            for flat in rows:
                if flat.blank_cells and len(flat.cells) < columns and len(flat.cells) >= min(grid) \
                        and all(len(c.text.strip()) <= 2 for c in flat.cells[min(grid) - 1:]):
                    # (a grid's last months left empty in the table's last row: no empty line closes them)
                    at = flat.cells[-1].end
                    flat.cells = flat.cells + [_empty_cell(at) for _ in range(columns - len(flat.cells))]
        all_placed = [placed_cells(roles, flat.cells, columns, flat.blank_cells) for flat in rows]
        # (where most rows stand in the columns, a row of as many cells whose unit cell names a unit
        # the lexicon does not know, as an organisation's name is spelled, stands so too)
        all_placed = [None if flat.broken else p for flat, p in zip(rows, all_placed)]
        named = [p is None and not flat.broken and len(flat.cells) == columns and named_columns(roles, flat.cells)
                 for flat, p in zip(rows, all_placed)]
        loose = sum(1 for p, n in zip(all_placed, named) if p is not None or n) * 3 >= len(rows) * 2
        last = rows[-1]
        if len(last.cells) > columns and all_placed[-1] is None and _PROSE_AFTER.match(last.cells[columns].text.strip()):
            # the last row's cells all read, the text goes on after the table: an item of the plan
            # ("3. Kiểm tra, giám sát", "a) Đoàn kiểm tra liên ngành …") is no cell of it
            kept = placed_cells(roles, last.cells[:columns], columns, last.blank_cells)
            if kept is not None and last.cells[columns].index >= 0:
                table.ends_before = last.cells[columns].index
                cut = last.cells[columns].index
                last.lines = [ln for ln in last.lines if ln.index < cut]
                last.cells = kept
                all_placed[-1] = kept
        for flat, placed, by_name in zip(rows, all_placed, named):
            if loose and by_name:
                placed = flat.cells
            if placed is not None and placed[(roles["content"] - 1)].text.strip():
                row = _positional_row(roles, flat.label, placed)
                row.content = clean_content(row.content)
                if grid and not row.timing:
                    before = doc.text[:lines[0].start]
                    row.timing, row.quarter = grid_timing(
                        [flat.label.text] + [c.text for c in placed], grid, _grid_year(header, grid, before),
                        is_school_year_grid(header, grid, before))
                got = [row]
            else:
                got = parse_flat_table(doc, [flat.label] + flat.lines, header, by_position=False).rows
            for row in got:
                row.quarter = row.quarter or flat.quarter
                row.period = row.period or flat.period
            table.rows.extend(got)
        table.rows = without_parent_headings(table.rows)
        return table
    # a header that puts the time before those in charge ("Nội dung công việc | Thời gian | Thực
    # hiện"): the content cell runs on until the timing cell, whatever its lines hold (a list of
    # sub-tasks in bullets), and the lines after the timing are the units'
    timing_first = {"content", "timing", "units"} <= roles.keys() \
        and roles["content"] < roles["timing"] < roles["units"]
    # a header of separate column names none of which says who acts ("TT | Nội dung | Ngày chậm
    # nhất phải hoàn thành"): a line that reads as a unit or opens with a bullet is the content's
    no_units = "content" in roles and not {"units", "support", "presiding", "joint"} & roles.keys()
    head_folded = {fold(h) for h in header}
    heads_longest_first = sorted(head_folded, key=len, reverse=True)
    columns = fold(" ".join(header))
    has_support = names_support(header)
    # (a name matched as a whole cell is matched on its own line, not in the header's joined text)
    has_timing = bool(COL_TIMING.search(columns)) or any(COL_TIMING.search(h) for h in head_folded)
    person_column = _person_column(header)
    # a column of results, notes or costs after the timing ("Kết quả/sản phẩm", "Ghi chú", "Kinh phí"):
    # the lines after a row's timing cell are its cell, neither the content's nor a unit's
    other_after = "timing" in roles and any(
        k > roles["timing"] and k not in roles.values() and COL_OTHER.search(fold(h)) for k, h in enumerate(header))
    funded = any(COL_FUNDING.search(h) for h in head_folded)
    # …printed between the content's column and the units' ("Nội dung | Kinh phí | Cơ quan chủ trì"): the
    # line after the content cell that opens a cost is that column's cell, no rest of the content
    funding_first = funded and "content" in roles and "units" in roles and any(
        roles["content"] < k < roles["units"] and COL_FUNDING.search(fold(h)) for k, h in enumerate(header))
    # (the timing the last column: a row's last line after its units that holds a date is its cell, "Vào
    # ngày 21/4/2025", "Tổ chức vào ngày 19/5", no unit's wrapped rest)
    timing_last = "timing" in roles and roles["timing"] == len(header) - 1
    bare_post = False   # the leader's cell printed before the units has named a post but not its body yet
    leader_named = False   # … has named a person with no post yet: a dashed post may follow ("- Chủ tịch UBND")
    table = TaskTable(lines=[ln.index for ln in lines], header=header, joint_units="joint" in roles)
    quarter = None
    current: TableRow | None = None
    units: list[str] = []
    state = "content"
    last_label = ""
    period = ""

    def close() -> None:
        if current is None:
            return
        if has_support and units:
            # the lead column holds the first unit; bullets after it are the phối hợp column
            lead = [units[0]]
            rest = units[1:]
            if BULLET.match(units[0]):
                lead = [u for u in units if BULLET.match(u)][:1]
                rest = [u for u in units if u not in lead]
            current.units = "\n".join(lead)
            current.support = "\n".join(rest)
        else:
            current.units = "\n".join(units)

    for n, ln in enumerate(lines):
        text = ln.text.strip()
        f = fold(text)
        if f in head_folded or FLAT_HEADER.match(f):
            continue  # the header repeated after a page break
        for h in heads_longest_first:
            if len(h) > 6 and f.startswith(h + " ") and text[len(h) + 1:][:1].islower():
                text, f = text[len(h) + 1:], f[len(h) + 1:]  # a header line the wrap joined to text
                break
        q = quarter_of_group(text)
        timing_cell = has_timing and current is not None and current.content and _FOUR_DIGITS.search(text)
        if q and not timing_cell:
            close()
            quarter, current, units, state, period = next_quarter(q, quarter), None, [], "content", ""
            continue
        # (a month group, as in parse_cell_table, replaces the quarter group before it)
        months = _flat_month_group(text, current, has_timing, period) if f.startswith("thang") else None
        if months:
            close()
            period, quarter, current, units, state = months, None, None, [], "content"
            continue
        if text[:1] in _GROUP_INITIALS and (_flat_group(text, lines[n + 1].text if n + 1 < len(lines) else "")
                                            or _sentence_group(lines, n, last_label)):
            close()   # the row before ends; the group's title (next) joins no row
            current, units, state = None, [], "content"
            continue
        m = FLAT_ROW_START.match(text)
        if m and (not m.group("rest") or m.group("rest")[:1].isupper()):
            if follows(last_label, m.group(1)):
                close()
                current = TableRow(label=m.group(1), content=m.group("rest").strip(), quarter=quarter,
                                   period=period, char_start=ln.start, char_end=ln.end, page=ln.page)
                table.rows.append(current)
                units, state, last_label = [], "content", m.group(1)
                continue
            if not m.group("rest"):
                continue  # a page number between fragments
        if current is None:
            continue
        current.char_end = ln.end
        if state == "other" or (other_after and state == "timing" and not OPEN_CITATION.search(current.timing)
                                and not _flat_timing(f, text)):
            state = "other"   # the cell of the column after the timing (other_after)
        elif not current.content:
            current.content = text
        elif has_timing and state != "content-only" and (
                _flat_timing(f, text) or (state in ("units", "person")
                                          and (FLAT_TIMING_NOTE.match(f) or FLAT_TIMING_EVENT.match(f)
                                               or lunar_timing(f) or (timing_last and _DATE_IN_CELL.search(text)
                                                                      and _ends_row(lines, n, last_label))))
                or (state == "timing" and OPEN_CITATION.search(current.timing))):
            # (a timing cell the wrap broke inside its citation goes on: "Theo Kế hoạch của Thường
            # trực" / "HĐND phường")
            current.timing = (current.timing + " " + text).strip()
            state = "timing"
        elif person_column == "after" and (state == "person" or (state == "units" and FLAT_LEADER.match(f))):
            state = "person"   # the leader in charge's cell and its wrapped lines: no unit
        elif person_column == "before" and (
                (state == "content" and FLAT_LEADER.match(f))
                or (state == "leader" and (bare_post or text.startswith("(") or text[:1].islower()
                                           or (leader_named and text[:1] in "-–"
                                               and opens_with_post(text.lstrip("-– ")))
                                           or (leader_named and FLAT_LEADER.match(f) is not None)))):
            # the leader's cell between the content and the units: its post, the body the post
            # belongs to when the post stood alone ("Phó Chủ tịch" / "UBND phường"), a bracketed
            # portfolio ("(Kinh tế)"); the units' cell opens with the next line
            bare_post = (state == "content" or leader_named) and FLAT_BARE_POST.match(f) is not None
            # (the dash joins the name to its post, "Đ/c Nguyễn Văn An - Chủ tịch UBND", wrapped at the
            # dash; a post on a line of its own may as well open the units' cell, unless it is a
            # leader's ("Phó Chủ tịch Hội", "Chủ tịch UBND phường"), which no unit cell opens with
            # where the table has a column of its own for the leader)
            leader_named = state == "content" and person_alone(text)
            state = "leader"
        elif state in ("content", "units") and has_role_label(text):
            units.append(text)   # a unit cell labelling each role ("Chủ trì: …" / "Phối hợp: …")
            state = "units"
        elif state == "units" and opens_with_post(text) and person_alone(units[-1]):
            units[-1] = units[-1] + "\n" + text  # the post of the person named on the line above
        elif (timing_first or no_units) and state == "content":
            current.content = current.content + ("\n" if BULLET.match(text) else " ") + text
        elif timing_first and state == "timing":
            units.append(text)
            state = "units"
        elif BULLET.match(text) or (state != "content" and (is_unit(text) or names_person(text))) or (
                state == "content" and (is_unit(text) or names_person(text))
                and not OPEN_CITATION.search(current.content)):
            units.append(text)   # (a person acting is a unit of the cell, read by tasks._posts)
            state = "units"
        elif state == "units" and funded and (FUNDING_CELL.match(text) or MONEY_CELL.match(text)):
            continue   # the funding's cell after the units' ("Công an xã" / "Ngân sách huyện"), no unit's rest
        elif state == "content" and funding_first and (
                text[:1].isupper() and FUNDING_CELL.match(text) or MONEY_CELL.match(text)):
            # ("Tổ chức Liên hoan …" / "Ngân sách phường" or "15.000.000 đồng" / "Trung tâm Văn hóa …")
            state = "funding"
        elif state == "funding":
            if not text[:1].islower():   # (a line in lower case is the cost's wrapped rest)
                units.append(text)
                state = "units"
        elif state == "units":
            units[-1] = units[-1] + " " + text  # a unit name the cell wrapped ("- Ban Quản lý chợ" / "Hàn;")
        else:
            current.content = current.content + " " + text
    close()
    table.rows = without_parent_headings(table.rows)
    for r in table.rows:
        r.content = clean_content(r.content)
    return table


def _ends_row(lines: list[Line], n: int, last: str) -> bool:
    """Is line n the last of its row in a flattened table: the table's last line, or one before the
    next row's STT (after STT `last`)?"""
    if n + 1 >= len(lines):
        return True
    m = FLAT_ROW_START.match(lines[n + 1].text.strip())
    return m is not None and LABEL.match(lines[n + 1].text.strip().split(" ")[0]) is not None and follows(last, m.group(1))


# A schedule's first column naming when each row is done ("Tháng | Nội dung công việc | Người thực hiện",
# "Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện"), as a school's year or an event's programme is laid out.
TIME_FIRST_NAME = _names(r"^(?:thang|thoi gian(?: thuc hien)?|thoi diem|tuan)$")
# An hour opening a programme's time cell ("7h00 ngày 14/3/2026", "14 giờ 00", "7h30 - 11h00")
_CLOCK_CELL = re.compile(r"^\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\b", re.I)


def clock_time(text: str) -> bool:
    """Does a timing cell open with an hour ("7h30 – 8h00", "14 giờ 00"): a step of an event's programme?"""
    return _CLOCK_CELL.match(text.strip()) is not None


def time_first_header(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The header of a flattened schedule whose first column is the time, its names one a line
    ("Tháng" / "Nội dung công việc" / "Người thực hiện"), and the first line after it; or None. The
    names must hold the content's column and a unit's: a time alone is no header."""
    first = lines[i].text.strip()
    names = [first] if TIME_FIRST_NAME.match(fold(first)) else None
    words = first.split()
    for k in range(1, min(4, len(words))):
        # (the next name joined to the time's as a wrapped line, "Tháng Nội dung công việc")
        if names is None and TIME_FIRST_NAME.match(fold(" ".join(words[:k]))) and words[k][:1].isupper() \
                and _column_name(fold(" ".join(words[k:]))):
            names = [" ".join(words[:k])] + _joined_names(" ".join(words[k:]))
    if names is None:
        return None
    j = i + 1
    while j < len(lines) and j < i + 8 and not lines[j].is_row and _column_name(fold(lines[j].text.strip())):
        names.extend(_joined_names(lines[j].text.strip()))
        j += 1
    roles = column_roles(names)
    if len(names) < 3 or roles.get("timing") != 0 or "content" not in roles or not {"units", "support"} & roles.keys():
        return None
    return names, j


def _opens_time_row(text: str) -> bool:
    """Can a line of a flattened schedule be its time cell, the first of a row ("Tháng 9/2024",
    "Tuần 2", "7h00 ngày 14/3/2026")?"""
    return len(text) <= 60 and (timing_cell(text) or month_group(text) is not None or _CLOCK_CELL.match(text) is not None)


_HEADLESS_ROWS_MIN = 3   # (two numbered lines with text between are as often a list's items)


def headless_flat_table(lines: list[Line], i: int, stop_lines: set[int]) -> TaskTable | None:
    """A flattened table printed without its header (a table going on from the page before, whose
    header was not carried), from line i, its STT "1" alone: rows opening with their STT alone on a
    line, numbered on, each with as many lines after it, one cell a line; a schedule by its cells
    (headless_schedule: a column of units or times beside the content), its columns' roles read
    from them (infer_roles). None when the rows are not all of one length (cells wrapped or left
    out: then no column can be told), or fewer than _HEADLESS_ROWS_MIN."""
    if any(COL_LABEL.match(fold(ln.text.strip())) or FLAT_HEADER.match(fold(ln.text)) for ln in lines[max(0, i - 8):i]):
        return None   # (a header above that the flat readers did not take: a table of other things)
    rows: list[tuple[Line, list[Line]]] = []
    last = ""
    j = i
    while j < len(lines) and not lines[j].is_row and (j == i or j not in stop_lines) \
            and not fold(lines[j].text).startswith("noi nhan"):
        text = lines[j].text.strip()
        if LABEL.match(text) and follows(last, text.rstrip(".")) and (not rows or len(rows[-1][1]) >= 2):
            rows.append((lines[j], []))
            last = text.rstrip(".")
        elif not rows or len(rows[-1][1]) > ROW_CELLS_MAX:
            break
        elif text:
            rows[-1][1].append(lines[j])
        j += 1
    if len(rows) < _HEADLESS_ROWS_MIN:
        return None
    width = len(rows[0][1])
    if width < 2 or any(len(cells) != width for _, cells in rows[:-1]) or len(rows[-1][1]) < width:
        return None
    ends_before = rows[-1][1][width].index if len(rows[-1][1]) > width else None
    rows[-1] = (rows[-1][0], rows[-1][1][:width])
    cells = [[label.text.strip()] + [c.text.strip() for c in row] for label, row in rows]
    if not headless_schedule(cells):
        return None
    roles = infer_roles(cells)
    if "content" not in roles:
        return None
    end = ends_before if ends_before is not None else lines[j - 1].index + 1
    table = TaskTable(lines=[ln.index for ln in lines[i:j] if ln.index < end], ends_before=ends_before)
    for label, row in rows:
        got = _positional_row(roles, label, row)
        got.content = clean_content(got.content)
        table.rows.append(got)
    return table


def _repeated_time_header(lines: list[Line], n: int, header: list[str]) -> int:
    """How many lines from n print the header of a schedule by time again (time_first_header), or 0."""
    got = time_first_header(lines, n) if n < len(lines) else None
    return got[1] - n if got is not None and [fold(h) for h in got[0]] == [fold(h) for h in header] else 0


def parse_time_first_flat(lines: list[Line], header: list[str]) -> TaskTable | None:
    """A flattened schedule whose first column is the time (time_first_header), each cell a line:
    a row opens with its time cell once the row before holds its content and a unit (a content
    cell may name a month too: "Tháng hành động vì trẻ em"); a cell left empty is left out, the
    last ones (a note) most often. None when most rows do not hold as many lines as the header
    columns after the time, or one fewer: a table laid out otherwise. The last row keeps as many
    lines as there are columns; the lines after it are the plan's again (ends_before)."""
    columns = len(header) - 1
    roles = column_roles(header)
    rows: list[tuple[Line, list[Line]]] = []
    skip = 0
    for n, ln in enumerate(lines):
        text = ln.text.strip()
        if skip:
            skip -= 1
            continue
        if not text:
            continue
        if (k := _repeated_time_header(lines, n, header)) or (
                text.isdigit() and len(text) <= 3 and _repeated_time_header(lines, n + 1, header)):
            skip = k - 1 if k else 0   # the header printed again at a page top, the page's number before it
            continue
        # (a month or an hour alone may open the next row after a row whose content took its unit's
        # cell in one line; a looser time only after a row of two cells)
        strong = month_group(text) is not None or _CLOCK_CELL.match(text) is not None
        if _opens_time_row(text) and (not rows or len(rows[-1][1]) >= (1 if strong else 2)):
            rows.append((ln, []))
        elif not rows:
            return None
        else:
            rows[-1][1].append(ln)
    if len(rows) < 2:
        return None
    ends_before = None
    last_time, last_cells = rows[-1]
    if len(last_cells) > columns:
        ends_before = last_cells[columns].index
        rows[-1] = (last_time, last_cells[:columns])
    fitting = sum(1 for _, cells in rows if columns - 1 <= len(cells) <= columns)
    if fitting * 3 < len(rows) * 2:
        return None
    table = TaskTable(lines=[ln.index for ln in lines if ends_before is None or ln.index < ends_before],
                      header=header, ends_before=ends_before)

    def cell(cells: list[Line], role: str) -> str:
        k = roles.get(role)
        return cells[k - 1].text.strip() if k is not None and 0 < k <= len(cells) else ""

    for time, cells in rows:
        if len(cells) > columns:
            # (the content's cell wrapped over several lines: the lines before the other columns' are its)
            cells = [_joined_cell(cells[:len(cells) - columns + 1])] + cells[len(cells) - columns + 1:]
        row = TableRow(label="", content=clean_content(cell(cells, "content")), units=cell(cells, "units"),
                       support=cell(cells, "support"), timing=time.text.strip(), char_start=time.start,
                       char_end=cells[-1].end if cells else time.end, page=time.page)
        if row.content:
            table.rows.append(row)
    return table


# What opens the first name of an unnumbered header printed a name a line: the content's or the units'
# column ("Nội dung công việc", "Nhiệm vụ", "Đơn vị", "Cơ quan chủ trì"), folded
_UNNUMBERED_HEAD = re.compile(r"^(?:noi dung|nhiem vu|cong viec|hoat dong|don vi|co quan|ten don vi)\b")
_UNNUMBERED_INITIALS = "NnCcĐđHhTt"


def unnumbered_header(lines: list[Line], i: int) -> tuple[list[str], int] | None:
    """The header of a table printed a cell a line without an STT column ("Nội dung công việc" /
    "Đơn vị chủ trì" / "Thời gian hoàn thành"), as its column names with an STT's put before them,
    and the first line after it; or None. Three names at least, one the content's and one a unit's
    or a time's, none a grid's or a cost's (another table's)."""
    if not _UNNUMBERED_HEAD.match(fold(lines[i].text.strip())):
        return None
    names, j = [], i
    while j < len(lines) and j < i + 8 and not lines[j].is_row and _column_name(f := fold(lines[j].text.strip())) \
            and not COL_LABEL.match(f):
        names.append(lines[j].text.strip())
        j += 1
    header = ["STT"] + names
    roles = column_roles(header)
    if len(names) < 3 or "content" not in roles or not {"units", "timing"} & roles.keys() \
            or any(COL_MONEY.search(fold(n)) for n in names):
        return None
    return header, j


def parse_unnumbered_lines(lines: list[Line], header: list[str]) -> TaskTable | None:
    """The rows of a table printed a cell a line under an unnumbered header (unnumbered_header): each
    as many lines as the header has names (an empty line an empty cell, as LibreOffice's text export
    prints it), up to the first that does not fit them: its content no unit's name nor a time, its
    unit cells units and its time a time (fits_columns), one of them filled. None under two rows."""
    from extractors.units import is_unit

    columns = len(header) - 1
    roles = _flat_roles(header)
    k_content = roles["content"]
    rows: list[TableRow] = []
    used: list[int] = []
    n = 0
    while n < len(lines):
        cells: list[Line] = []
        m = n
        while m < len(lines) and len(cells) < columns:
            if cells and lines[m].blanks_before:
                cells.extend(_empty_cell(cells[-1].end) for _ in range(lines[m].blanks_before))
            if len(cells) < columns:
                cells.append(lines[m])
                m += 1
        cells = cells[:columns]
        if len(cells) < columns:
            break
        content = cells[k_content - 1].text.strip()
        checked = [cells[k - 1].text.strip() for r in ("units", "timing") if (k := roles.get(r))]
        if not content or is_unit(content) or looks_timing(content) or _PROSE_AFTER.match(content) \
                or not any(checked) or not fits_columns(roles, cells):
            break
        row = _positional_row(roles, _empty_cell(cells[0].start), cells)
        row.content = clean_content(row.content)
        rows.append(row)
        used.extend(ln.index for ln in lines[n:m])
        n = m
    if len(rows) < 2:
        return None
    table = TaskTable(lines=used, header=header, ends_before=lines[n].index if n < len(lines) else None)
    table.rows = rows
    return table


def schedules_work(table: TaskTable) -> bool:
    """Is the table a schedule of work: rows of tasks under a header that names, beside what is
    done, who does it or by when ("TT | Nội dung công tác | Đơn vị chủ trì | Thời gian thực hiện")?
    A page that prints such a table is a plan even when its heading was left out (a web post of
    the plan's task table alone)."""
    if not table.is_task_table or len(table.rows) < 2 or len(table.header) < 3:
        return False
    roles = column_roles(table.header)
    return "content" in roles and ("units" in roles or "timing" in roles)


def _typed_group_row(doc: Document, lines: list[Line], j: int, rows: list[Line]) -> bool:
    """A group row typed as a line of its own between the rows of a TSV or pipe table ("Tháng
    3/2025", "QUÝ II/2025" alone, without tabs): a writer cannot merge cells in plain text, so
    the group row loses its separators; the table goes on past it when a row of as many cells
    as the one before follows."""
    text = lines[j].text
    if not rows or len(text) > 40 or j + 1 >= len(lines) or not lines[j + 1].is_row \
            or fold(text)[:1] not in "tqngivx":
        return False
    width = len(doc.cell_texts(rows[-1]))
    if width < 3 or len(doc.cell_texts(lines[j + 1])) != width:
        return False
    return bool(month_group(text) or quarter_of_group(text) or year_group(text))


def find_tables(doc: Document, stop_lines: set[int]) -> list[TaskTable]:
    """Every table of the document; `stop_lines` are headings (parts, appendices) no table crosses."""
    tables: list[TaskTable] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.is_row:
            j = i
            group = []
            # consecutive rows, and rows of the same physical table across a page break
            while j < len(lines) and j not in stop_lines:
                if not lines[j].is_row:
                    if not _typed_group_row(doc, lines, j, group):
                        break
                group.append(lines[j])
                j += 1
            if len(group) >= 2 or (group and len(doc.cell_texts(group[0])) >= 3):
                table = parse_cell_table(doc, group)
                # a schedule split into one table per quarter, each under its own line "QUÝ I/2025"
                # (outside the table, where a single table would have a group row): its rows are
                # that quarter's
                q = quarter_of_group(lines[i - 1].text) if i and not lines[i - 1].is_row \
                    and len(lines[i - 1].text) < 40 else None
                if q:
                    for row in table.rows:
                        row.quarter = row.quarter or q
                elif i and not lines[i - 1].is_row and len(lines[i - 1].text) < 40 \
                        and (months := month_group(lines[i - 1].text)):
                    for row in table.rows:   # likewise one table per month, under "THÁNG 3/2026"
                        row.period = row.period or months
                tables.append(table)
            i = j
            continue
        if ln.text.strip() == "1" and (headless := headless_flat_table(lines, i, stop_lines)) is not None:
            tables.append(headless)
            i += len(headless.lines)
            continue
        if ln.text[:1] in _UNNUMBERED_INITIALS and (plain := unnumbered_header(lines, i)) is not None:
            names, j = plain
            k = j
            while k < len(lines) and not lines[k].is_row and k not in stop_lines \
                    and not fold(lines[k].text).startswith("noi nhan"):
                k += 1
            table = parse_unnumbered_lines(lines[j:k], names)
            if table is not None:
                table.lines = [b.index for b in lines[i:j]] + table.lines
                tables.append(table)
                i += len(table.lines)
                continue
        if fold(ln.text)[:1] not in _HEADER_INITIALS:
            i += 1   # (the usual line: neither flat_header nor flat_document_header opens there)
            continue
        head = flat_header(lines, i)
        if head is None and (timed := time_first_header(lines, i)) is not None:
            names, j = timed
            while j < len(lines) and not lines[j].is_row and j not in stop_lines \
                    and not fold(lines[j].text).startswith("noi nhan"):
                j += 1
            table = parse_time_first_flat(lines[timed[1]:j], names)
            if table is not None:
                table.lines = [b.index for b in lines[i:timed[1]]] + table.lines
                tables.append(table)
                i = j if table.ends_before is None else next(n for n in range(i, j) if lines[n].index == table.ends_before)
                continue
        if head is None and (listing := flat_document_header(lines, i)) is not None:
            names, j = listing
            while j < len(lines) and not lines[j].is_row and j not in stop_lines \
                    and not fold(lines[j].text).startswith("noi nhan"):
                j += 1
            if flat_document_rows(lines[listing[1]:j], names):
                tables.append(TaskTable(lines=[b.index for b in lines[i:j]], header=names, is_task_table=False))
                i = j
                continue
        if head is not None:
            names, j = head
            while j < len(lines) and not lines[j].is_row:
                if fold(lines[j].text).startswith("noi nhan") or (
                        j in stop_lines and not group_goes_on(lines, j, head[1], names)):
                    break
                j += 1
            block = lines[i:j]
            starts = sum(1 for b in block if FLAT_ROW_START.match(b.text) and LABEL.match(b.text.split(" ")[0]))
            if starts >= 2:
                body_from = head[1] - i   # (a line may hold two names: _joined_names)
                table = parse_flat_table(doc, block[body_from:], header=names)
                if lists_no_work(names) or lists_targets(names) or document_columns(names) or lists_things(names):
                    table.is_task_table = False
                table.lines = [b.index for b in block]
                if table.ends_before is not None:
                    # (the text after the table's last row is the plan's again)
                    table.lines = [k for k in table.lines if k < table.ends_before]
                    j = next(n for n in range(i, j) if lines[n].index == table.ends_before)
                tables.append(table)
                i = j
                continue
        i += 1
    return tables
