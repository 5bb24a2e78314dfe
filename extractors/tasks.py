"""Tasks: what the plan commits to do — rows of task tables and the deepest numbered items of
content sections (SCHEMA.md, "tasks").

Bullets join the item above; bullets labelled as fields (Thời gian, Đơn vị chủ trì/phối hợp,
Kết quả) fill the timing and units instead (a label alone on its line takes the bullets of
another mark under it: "- Thời gian thực hiện:" / "+ Quý II/2025"), and when printed once after a
run of items they apply to each item of the run. Without such fields, a clause of the item that says who does it
("Giao X chủ trì, phối hợp với Y thực hiện") gives the units. A unit heading ("1. Sở Y tế:")
leads every item under it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from extractors.dates import PlanTime, Timing, calendar_years, find_dates, quarter_end, quarter_of, yearless_months
from extractors.levels import HAMLET_PLACE_NOUNS, fold_level
from extractors.sections import Node, bare_caps_heading, is_context_heading, match_heading
from extractors.tables import (TaskTable, clock_time, due_timing, lists_things, month_group, quarter_of_group,
                               span_timing, year_group)
from extractors.units import (ACTIVITY_VERBS, labelled_units, NAME_PART, NAME_VERBS, PERSON_TITLE, duty_doers, has_role_label, honorific_without_colon, leading_units,
                             names_a_doer, names_person, opens_with_post, partner_units, post_not_name, responsible_units, split_units, subject_partners,
                             unshared)
from models.records import Section, Task
from pipeline.document import Document
from pipeline.normalize import fold

# ---------------------------------------------------------------- patterns
BULLET = re.compile(r"^\s*[-+•–*·●▪]\s*")
_BULLET_MARKS = frozenset("-+•–*·●▪")
# A line that is only a number: in an item's body, the page number of a plan copied from a PDF
# (a table's STT cell would belong to the table's lines, which items skip).
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# A bullet labelled as a field of the item: "- Thời gian hoàn thành: Quý II/2025", "- Đơn vị chủ trì:
# Phòng Y tế", "- Trách nhiệm thực hiện: Phòng Văn hóa và Thông tin chủ trì; …", "Kết quả: …".
# A label is a noun of timing or responsibility, optionally a unit noun before a role word, and
# qualifiers (thực hiện, hoàn thành, dự kiến …), then a colon; a bullet that only mentions
# responsibility in a sentence has no such label. A label printed with no value ("- Cơ quan phối
# hợp:") is still a field, not the item's text.
# (two kinds of body at once: "Cơ quan, đơn vị chủ trì:", "Đơn vị/cơ quan phối hợp:"; schools and small
# bodies name a person's post instead of a unit: "- Người phụ trách: Tổng phụ trách Đội", "- Người phối hợp: …")
_BODY_NOUNS = r"(?:don vi|co quan|bo phan|luc luong)(?:\s*[,/]\s*(?:don vi|co quan|bo phan|luc luong|dia phuong))*"
# the post of the person who answers for it, as a commune's or a school's plan labels it: "Cán bộ phụ
# trách: Công chức Văn hóa - Xã hội", "Lãnh đạo phụ trách: Phó Chủ tịch UBND xã", "Công chức thực hiện: …"
_POST_NOUNS = r"(?:can bo|cong chuc|vien chuc|lanh dao)"
_UNIT_NOUN = r"(?:(?:" + _BODY_NOUNS + r"|trach nhiem|nguoi|" + _POST_NOUNS + r")\s+)"
_QUALIFIERS = r"(?:\s+(?:thuc hien|hoan thanh|trien khai|to chuc|du kien|bao cao))*"
FIELD = re.compile(
    r"^\s*(?:[-+•–*]\s*)?(?:"
    r"(?P<timing>(?:moc\s+)?thoi (?:gian|han|diem)(?:\s+(?:bat dau|khoi cong|ket thuc))?(?P<place>\s*(?:,|va)\s*dia diem)?"
    r"|tien do|han hoan thanh"
    # a day labelled as the work's first or last: "Ngày bắt đầu: 01/4/2025", "Ngày hoàn thành: 30/6/2025"
    r"|ngay\s+(?:bat dau|khoi cong|hoan thanh|ket thuc))"
    r"|(?P<support>" + _UNIT_NOUN + r"?phoi hop|" + _BODY_NOUNS + r"\s+tham gia)"
    r"|(?P<lead>" + _UNIT_NOUN + r"?(?:chu tri|chiu trach nhiem|phu trach)"
    r"|" + _BODY_NOUNS + r"\s+(?:thuc hien|tham muu|trien khai|to chuc)|trach nhiem|phan cong"
    # a school's or a union's who, by person: "Người phụ trách: Phó Hiệu trưởng", "Người thực hiện: …"
    r"|(?:nguoi|" + _POST_NOUNS + r")\s+(?:thuc hien|phu trach|chiu trach nhiem))"
    r"|(?P<other>ket qua|san pham|(?:nguon\s+)?kinh phi))"
    + _QUALIFIERS + r"\s*(?:\([^()]{1,20}\)\s*)?:\s*(?P<value>.*)$")
# An item that only points to an appendix: "2. Nhiệm vụ cụ thể: (Có phụ lục chi tiết kèm theo)."
APPENDIX_POINTER = re.compile(r"(?:co |theo |tai |chi tiet tai |xem )?phu luc\b.{0,40}(?:kem theo)?\)?\.?$|^\(?kem theo.*\)?\.?$")
def _points_to_appendix(f: str) -> bool:
    """APPENDIX_POINTER.search(f), skipped when neither "phu luc" nor "kem theo" is printed."""
    return ("phu luc" in f or "kem theo" in f) and APPENDIX_POINTER.search(f) is not None


# A period heading of a programme written month by month in prose: "Tháng 1:", "* Tháng 3/2026:",
# "Quý III:", "Tháng 11 và tháng 12:" — the period, a colon, and the tasks due in it after the colon
# or as the bullets under it (folded; bold marks are gone by then).
PERIOD_HEADING = re.compile(r"^(?:[-*+•]\s*)?(?P<head>(?:thang|quy)\s[^:]{1,40}?)\s*:\s*(?P<rest>.*)$")
_PERIOD_INITIALS = frozenset("TtQq")
# A week heading of a month's plan, the week's days printed with it: "Tuần 25 (từ 03/3 đến 08/3)",
# "Tuần 2: từ 10/3 đến 15/3", "Tuần thứ 3 (17/3 - 22/3):". The week dates the bullets under it, as
# a month heading does, and ends on its last day. A "Tuần 1" with no days ("trong tuần 1 của tháng")
# says too little to date anything.
_DAY = r"\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?"
WEEK_HEADING = re.compile(r"^(?:[-*+•]\s*)?(?P<head>tuan\s+(?:thu\s+)?\d{1,2}\s*[(:,\-–]?\s*(?:tu\s+(?:ngay\s+)?)?"
                          + _DAY + r"\s*(?:den(?:\s+ngay)?|[-–])\s*" + _DAY + r"\s*\)?)\s*:?\s*(?P<rest>.*)$")
# A step of an event's programme, the hour it starts (and ends) then a colon: "- 7h30 – 8h00: Đón
# tiếp đại biểu", "8h00: Văn nghệ chào mừng", "14 giờ 00 - 14 giờ 30: Khai mạc". Each step is a
# task, as each row of the programme printed as a table is; its hours are its timing (no date).
# (a school's programme marks the minutes with a typed apostrophe, "7h30’", and may open the step on
# "Từ": "- Từ 7h30’ - 7h40’: Chào cờ")
_HOUR = r"\d{1,2}\s*(?:h|g|giờ)\s*(?:\d{2}(?:\s*(?:phút|'|’))?)?"
# (a programme over several days prints each step's day after its hour, and may name the session in
# brackets: "- 15 giờ ngày 24/4/2022 (chiều chủ nhật): Làm lễ dâng hương …", "- 8h00, ngày 20/11: Khai
# mạc"; the day then dates the step itself)
_STEP_DAY = r"(?:\s*,?\s*ngày\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)?(?:\s*\([^()\n]{1,40}\))?"
# (a range may print its unit once, at its end: "- 7-9h: Các đoàn vào Lăng viếng …", "14-15h30: Chương trình …")
_BARE_START = r"(?:\d{1,2}\s*[-–—]\s*(?=\d{1,2}\s*(?:h|g|giờ)))?"
CLOCK_HEADING = re.compile(r"^(?P<head>(?:từ\s+)?" + _BARE_START + _HOUR + r"(?:\s*(?:[-–—]|đến)\s*" + _HOUR + r")?" + _STEP_DAY
                           + r")\s*:\s*(?P<rest>\S.*)$", re.I)


def _period_of(line: str) -> tuple[str, int | None, str] | None:
    """(the period as printed, its quarter when it is one, the text after the colon) of a period
    heading line, else None. A programme step's hours are a period too (see CLOCK_HEADING)."""
    head = line.lstrip("-*+• ")
    if head[:1].isdigit() or head[:3] in ("Từ ", "từ ", "TỪ "):
        m = CLOCK_HEADING.match(head)
        return (m["head"], None, m["rest"].strip()) if m else None
    if head[:1] not in _PERIOD_INITIALS or not fold(head[:6]).startswith(("thang", "quy", "tuan")):
        return None   # (most lines: settled on their first letters)
    if head[:1] in "Tt" and fold(head[:4]) == "tuan":
        w = WEEK_HEADING.match(fold(line))
        if w is None:
            return None
        # the printed form: the same characters of the line (folding keeps the length)
        return line[w.start("head"):w.end("head")].strip(), None, line[w.start("rest"):].strip()
    m = PERIOD_HEADING.match(fold(line))
    if m is None:
        return None
    head_f = m.group("head")
    # the printed form: the same characters of the line (folding keeps the length)
    start = len(line) - len(line.lstrip("-*+• "))
    printed = line[start:start + len(head_f)].strip()
    rest = line[len(line) - len(m.group("rest")):].strip() if m.group("rest") else ""
    q = quarter_of_group(head_f)
    if q:
        return printed, q, rest
    months = month_group(printed)
    return (months, None, rest) if months else None


# A person named in a cell of who acts: the post they act by is the unit, as a post printed alone is
# ("Chủ tịch UBND xã"); the name only says who holds it now, and "Đ/c" (đồng chí), "Ông", "Bà" only
# address them. The post follows the name after "-", "," or a line break ("Đ/c Nguyễn Văn Toản - Phó
# Chủ tịch UBND xã", "Bà Lê Thị Hoa, Công chức Văn hóa - Xã hội"), or in brackets ("Bà Hà Thị Cúc (Chủ
# tịch Hội LHPN xã)"); a person named without a post is named by their name alone. Each item of the
# cell (after ";", a line break, or "," / "và" before the next honorific) is read on its own. A line
# break parts items as well as a name from its post, so the next line is the post only when it opens
# with a post's word ("Trưởng …", "Phó Chủ tịch …", "Công chức …"): "Đ/c Lê Văn Tâm" over "Trạm Y tế
# xã" names the person and the station.
_ITEM_START = r"(?:^|(?<=[;\n]))(?P<pad>[ \t]*)"
_HONORIFIC = PERSON_TITLE + r"[ \t]+"
_NAME = r"(?P<name>(?:" + NAME_PART + r"[ \t]+){1,4}" + NAME_PART + ")"
_NEXT_PERSON = PERSON_TITLE + r"\s"
# "Đ/c Bí thư Đảng ủy", "Đồng chí Phó Bí thư Thường trực": the post the honorific addresses, in
# whatever case it is typed ("đồng chí chủ tịch UBND xã"): any letter follows (the pattern ignores case)
HONORIFIC = re.compile(r"(?:^|(?<=;))\s*(?:đ/c|đồng chí)\s+(?=[^\W\d_])", re.I | re.M)
# (a name of one word, as commune plans print it, "Đ/c Hùng - PCT UBND xã", before a post's words only)
_NAME1 = r"(?P<name>(?:" + NAME_PART + r"[ \t]+){0,4}" + NAME_PART + ")"
PERSON_POST = re.compile(_ITEM_START + _HONORIFIC + _NAME1 + r"(?P<sep>[ \t]*[-–,][ \t]*|[ \t]*\n[ \t]*)(?!"
                         + _NEXT_PERSON + r")(?=\w)", re.I | re.M)
PERSON_BRACKETED_POST = re.compile(_ITEM_START + _HONORIFIC + _NAME1
                                   + r"[ \t]*\n?[ \t]*\((?P<post>[^()\n]+)\)(?=[ \t]*(?:[;\n]|$|(?:,|và)[ \t]))",
                                   re.I | re.M)
# a name alone: at the end of its item, or before "," / "và" and a unit of another kind ("Ông Phạm
# Văn Lực và các hộ gia đình"; a post after "," is read above)
PERSON_ALONE = re.compile(_ITEM_START + _HONORIFIC + r"(?=" + _NAME
                          + r"[ \t]*(?:\.?[ \t]*(?:\n|$)|;|(?:,|(?<=[ \t])và)[ \t]+\w))", re.I | re.M)
# (two words at least after the honorific: "Bà Rịa - Vũng Tàu" is a province); a person on a new line
# opens a new item, after a body or another person's post ("Trạm Y tế xã" over "Đ/c Lê Văn Tâm")
NEXT_PERSON = re.compile(r"[ \t]*(?:,|[ \t]và|(?<=[^\s;])(?=[ \t]*\n))[ \t]*\n?[ \t]*(?=" + _HONORIFIC + NAME_PART
                         + r"[ \t]+[^\W\d_])", re.I)


# A person printed with two posts ("Đ/c Nguyễn Văn Hùng, PCT UBND xã, Trưởng Ban Chỉ đạo"): one person
# acting, by the office printed first; the posts after it are the roles this plan gives them.
SECOND_POST = re.compile(_ITEM_START + _HONORIFIC + _NAME1 + r"[ \t]*[-–,][ \t]*(?P<first>[^,;\n]+?)"
                         r"(?P<second>(?:[ \t]*,[ \t]*[^,;\n]+?)+)[ \t]*(?=;|\n|$)", re.I | re.M)


def _first_post(m: re.Match) -> str:
    cell = m.string
    seconds = [p.strip() for p in m["second"].split(",")[1:]]
    if not (_capitalised(m["name"]) and opens_with_post(cell, m.start("first"))
            and all(opens_with_post(p) for p in seconds)):
        return m.group()
    return cell[m.start():m.start("second")]


def _capitalised(name: str) -> bool:
    return all(w[0].isupper() for w in name.split())


def _posts(cell: str) -> str:
    """A unit cell with each person read as the post they act by ("Đ/c <Name> - <Post>", "Bà <Name>
    (<Post>)", "Đ/c <Post>"), or as their name when no post is printed; a cell naming no person comes
    back as it was."""
    if "/c" not in cell and "/C" not in cell and not any(
            w in cell for w in ("ồng chí", "ỒNG CHÍ", "Ông", "Bà", "ÔNG", "BÀ", " ông ", " bà ")):
        return cell
    cell = NEXT_PERSON.sub(";", honorific_without_colon(cell))
    if "," in cell:
        cell = SECOND_POST.sub(_first_post, cell)

    def post(m: re.Match) -> str:
        if not (_capitalised(m["name"]) and cell[m.end()].isupper()) or post_not_name(m["name"]):
            return m.group()   # ("Đ/c PCT UBND xã - Trưởng Ban Chỉ đạo": a post, not a name)
        if " " not in m["name"] and not opens_with_post(cell, m.end()):
            return m.group()
        if "\n" in m["sep"] and not opens_with_post(cell, m.end()):
            return m["pad"] + m["name"] + ";\n"   # the name is an item; the next line another
        return m["pad"]

    def bracketed(m: re.Match) -> str:
        post_ = m["post"].strip()
        named = _capitalised(m["name"]) and (" " in m["name"] or opens_with_post(post_))
        return m["pad"] + post_ if named and post_[:1].isupper() else m.group()

    def alone(m: re.Match) -> str:
        return m["pad"] if _capitalised(m["name"]) else m.group()

    cell = PERSON_BRACKETED_POST.sub(bracketed, cell)
    cell = PERSON_POST.sub(post, cell)
    return HONORIFIC.sub("", PERSON_ALONE.sub(alone, cell))


# Task tables do not belong in these parts.
NOT_TASK_KINDS = {"purpose", "requirements", "purpose_requirements", "organization"}


@dataclass
class Fields:
    timing: str | None = None
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    # the timing fields read so far, as printed, each with what its label names (timing_role: "timing",
    # a span, "due" or "start"); timing is composed of them
    _timings: list[tuple[str, str]] = field(default_factory=list, repr=False, compare=False)

    def empty(self) -> bool:
        return not (self.timing or self.lead or self.support)

    def add_timing(self, value: str, role: str = "timing") -> None:
        """Another timing field of the item. The work's span and its last day combine as a table's span
        and due columns do ("Tháng 3 - 6/2026; hoàn thành 30/6/2026"), its first day and its last as its
        start and end columns ("Từ 01/4/2025 đến 30/6/2025"). A field of a kind already read times the
        work again ("Thời gian: tháng 3/2025" / "Thời gian: tháng 9/2025": done twice a year): each time
        is kept, in printed order, so the last one printed is the deadline."""
        value = value.rstrip(" .;,") or value
        if not value:
            return
        if self.timing and not self._timings:
            self._timings.append(("timing", self.timing))   # (set as a whole, by a run's or a heading's fields)
        if any(r == role and fold(v) == fold(value) for r, v in self._timings):
            return   # (the same time printed twice)
        self._timings.append((role, value))
        times: list[dict[str, str]] = [{}]
        for r, v in self._timings:
            if r in times[-1]:
                times.append({})
            times[-1][r] = v
        self.timing = "; ".join(_one_time(t) for t in times)


def _one_time(parts: dict[str, str]) -> str:
    """One time of the work from its fields: a span, a due day and a first day, any of them printed."""
    span, due, start = (parts.get(k, "") for k in ("timing", "due", "start"))
    if start:
        if not span:
            return span_timing(start, due)
        span = span_timing(start, span)
    return due_timing(span, due)


def _field_of(line: str) -> tuple[str, str] | None:
    if line[:1] == "(" and line.rstrip(" .;,")[-1:] == ")":
        # the fields of an item printed in brackets on a line of their own: "(Cơ quan chủ trì: Phòng
        # Văn hóa; phối hợp: UBND các xã; thời gian: Quý II/2025)"
        line = line.rstrip(" .;,")[1:-1]
    m = FIELD.match(fold(line))
    if not m:
        return None
    # the value as printed: the same number of characters from the end of the original line
    value = line[len(line) - len(m.group("value")):].strip()
    kind = next(kind for kind in ("timing", "support", "lead", "other") if m.group(kind))
    if kind == "timing":
        kind = timing_role(m.string[:m.start("value")])
        if m.group("place"):
            value = _time_of_time_and_place(value)
    return kind, value


# "Thời gian, địa điểm: Ngày 26/6/2025, tại Hội trường UBND xã": the places said with the times (after
# them, before them: "Tại nhà văn hóa thôn 2, ngày 15/5/2025", or one per time: "Tháng 6/2025 ở cấp xã,
# tháng 7/2025 ở cấp huyện") are no part of the timing. A place runs from its "tại"/"ở" to the next
# time it precedes ("Tại Hội trường UBND huyện ngày 15/5/2025") or to the end of its clause; a clause
# after it with no time is the rest of its name ("tại thôn 2, xã Hòa Bình").
_PLACE_START = re.compile(r"(?<!\w)(?:tại|ở|địa điểm\s*:)\s", re.I)
_TIME_START = re.compile(
    r"(?<!\w)(?:(?:vào|trong|từ|trước|đến|sau|dịp|lúc|buổi|sáng|chiều|tối)\s+)*"
    r"(?:(?:ngày|tháng|quý|năm|tuần)\s+(?:\d|[IVX]+\b)|\d{1,2}\s*(?:giờ|h)\b)", re.I)
_CLAUSE_END = re.compile(r"[,;]|\.(?=\s)")


def _time_of_time_and_place(value: str) -> str:
    """The times of a "Thời gian, địa điểm:" field's value, every place taken out."""
    if _PLACE_START.search(value) is None:
        return value
    kept: list[str] = []
    in_place = False   # the last clause ended inside a place's name
    pos = 0
    while pos <= len(value):
        end = _CLAUSE_END.search(value, pos)
        cut = end.start() if end else len(value)
        clause, sep = value[pos:cut], (end.group() if end else "")
        pos = cut + 1 if end else len(value) + 1
        if in_place and _PLACE_START.search(clause) is None and _TIME_START.search(clause) is None:
            continue   # (the rest of the place's name)
        out, at, in_place = [], 0, False
        for m in _PLACE_START.finditer(clause):
            if m.start() < at:
                continue
            out.append(clause[at:m.start()])
            t = _TIME_START.search(clause, m.end())
            at = t.start() if t else len(clause)
            in_place = t is None
        out.append(clause[at:])
        got = " ".join(x.strip() for x in out if x.strip())
        if got:
            kept.append(got + sep)
    return " ".join(kept).rstrip(" ,;.")


# What a timing field's label says its value is (folded): the work's last day ("Thời gian hoàn thành:",
# "Thời hạn:", "Hạn hoàn thành:", "Ngày hoàn thành:", "Thời gian kết thúc:": a table's due column,
# tables.COL_DUE), its first day ("Thời gian bắt đầu:", "Ngày bắt đầu:", "Ngày khởi công:": a start
# column, tables.COL_START), or else its span ("Thời gian:", "Thời gian thực hiện:", "Tiến độ:").
_DUE_LABEL = re.compile(r"^\s*(?:[-+•–*]\s*)?(?:(?:thoi gian|thoi diem|tien do|ngay)\s+(?:du kien\s+)?(?:hoan thanh|ket thuc)"
                        r"|(?:thoi han|han)(?:\s+hoan thanh)?\s*:)")
_START_LABEL = re.compile(r"^\s*(?:[-+•–*]\s*)?(?:thoi gian|thoi diem|ngay)\s+(?:du kien\s+)?(?:bat dau|khoi cong)")
TIMING_KINDS = frozenset({"timing", "due", "start"})


def timing_role(label: str) -> str:
    """The field kind of a timing label (folded, with its colon): "due", "start" or "timing" (a span)."""
    return "due" if _DUE_LABEL.match(label) else "start" if _START_LABEL.match(label) else "timing"


# Where one field line goes on with another field ("Chủ trì: Sở Y tế; phối hợp: UBND các xã; thời
# gian: Quý II/2026.", "- Thời gian: Quý III/2026; Cơ quan chủ trì: Chi cục Thủy lợi"): a ";" or "."
# before a label and its colon.
# A bullet's mark run into the line before a label ("Chủ trì: Phòng Nội vụ - Thời gian: Quý II/2025", "+ Chủ
# trì: … + Phối hợp: …": a converter joined the field bullets into one line) parts fields too; a dash inside
# a value ("Phòng Tài chính - Kế hoạch") is no boundary, since no label and colon follow it.
_RUN_IN_BULLET = r"\s+[-+•–]\s+"
_FIELD_BOUNDARY = re.compile(r"[.;]\s+|" + _RUN_IN_BULLET)


def split_field(kind: str, value: str) -> list[tuple[str, str]]:
    """A field's (kind, value), and the fields its value goes on with, each on its own; a value
    without a labelled field after a ";" or "." is one value ("Phòng A; Phòng B")."""
    if ":" not in value:
        return [(kind, value)]
    for m in _FIELD_BOUNDARY.finditer(value):
        rest = value[m.end():]
        if ":" not in rest:
            break
        more = _field_of(rest)
        if more is not None:
            return [(kind, value[:m.start()].strip())] + split_field(*more)
    return [(kind, value)]


# A field printed inline after the task's sentence, as schools and unions write a bullet: "- Kiểm tra hồ
# sơ chuyên môn. Phụ trách: Phó Hiệu trưởng.", "…; Chủ trì: Văn phòng; phối hợp: Công an xã." (folded)
# A "," before such a label and its colon parts it too: "Rà soát dữ liệu dân cư, thời gian: tháng 5/2025,
# đơn vị thực hiện: Công an xã." (a "," before anything else stays inside a value: "Phòng A, Phòng B").
_INLINE_LABEL = (r"(?:(?:(?:" + _BODY_NOUNS + r"|" + _POST_NOUNS + r")\s+)?(?:phu trach|chu tri|phoi hop)"
                 r"|" + _BODY_NOUNS + r"\s+(?:thuc hien|tham gia)|(?:nguoi|" + _POST_NOUNS + r")\s+(?:phu trach|thuc hien)"
                 r"|thoi gian(?:\s+(?:thuc hien|hoan thanh|bat dau|ket thuc))?|thoi han"
                 r"|ngay\s+(?:bat dau|hoan thanh|ket thuc))\s*:")
# (not the "," between two body nouns of one label: "Cơ quan, đơn vị thực hiện:")
_LABEL_COMMA = r"(?<!don vi)(?<!co quan)(?<!bo phan)(?<!luc luong),\s+(?=" + _INLINE_LABEL + ")"
INLINE_FIELD = re.compile(r"(?:[.;]\s+|" + _RUN_IN_BULLET + r")(?=" + _INLINE_LABEL + ")|" + _LABEL_COMMA)
_FIELD_SPLIT = re.compile(r"(?<=[;.])\s+|" + _LABEL_COMMA + "|" + _RUN_IN_BULLET + r"(?=" + _INLINE_LABEL + ")")


def _names_units(value: str) -> bool:
    """Does a unit field's value only name units? Units read as such, or a short capitalised name
    ("Nhân viên thư viện") — not a clause ("đồng chí Chủ tịch sẽ kết luận …")."""
    return bool(value) and (value[:1].isupper() and len(value.split()) <= 12 or bool(unit_heading(value))
                            # (or bodies in lower case, as a unit cell may print them: "giáo viên chủ nhiệm")
                            or bool(labelled_units(value)[0]))


def trailing_fields(text: str) -> tuple[str, Fields]:
    """The text less the labelled fields it ends with, and those fields; the text unchanged, no
    fields, unless everything after the first label reads as fields (a label in mid-prose is prose)."""
    fields = Fields()
    if ":" not in text:
        return text, fields
    if text.rstrip(" .;")[-1:] == ")":
        return _bracketed_fields(text)
    m = INLINE_FIELD.search(fold(text))
    if m is None:
        return text, fields
    found = [_field_of(part.rstrip(" .;,")) for part in _split_printed(text, m.start() + 1)]
    if not all(found) or not _only_roles(found):
        return text, fields
    _apply_fields(fields, found)
    return text[:m.start() + 1].strip().rstrip(","), fields


def _split_printed(text: str, at: int) -> list[str]:
    """text[at:] cut where _FIELD_SPLIT cuts its folded form (fold keeps every character's place)."""
    folded, parts, last = fold(text), [], at
    for m in _FIELD_SPLIT.finditer(folded, at):
        parts.append(text[last:m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


# The fields closing an item's sentence in brackets: "Xây dựng tour du lịch hồ Thác Bà (Cơ quan chủ
# trì: Phòng Văn hóa; thời gian: Quý II/2025)."
_BRACKETED_TAIL = re.compile(r"\s*\(([^()]{6,300})\)\s*([.;]?)\s*$")


def _bracketed_fields(text: str) -> tuple[str, Fields]:
    """trailing_fields of a text that ends on a bracket: the bracket's fields when it holds only
    fields, the first of them at its opening; else the text unchanged."""
    fields = Fields()
    m = _BRACKETED_TAIL.search(text)
    got = _field_of(m.group(1)) if m else None
    if got is None:
        return text, fields
    found = split_field(*got)
    if not _only_roles(found):
        return text, fields
    _apply_fields(fields, found)
    return text[:m.start()].rstrip() + m.group(2), fields


def _only_roles(found: list[tuple[str, str]]) -> bool:
    """Are a sentence's trailing fields all its timing or units that name bodies (not a note, not
    a sentence that happens to hold a colon)?"""
    return not any(kind == "other" or kind not in TIMING_KINDS and not _names_units(value) for kind, value in found)


def _apply_fields(fields: Fields, found: list[tuple[str, str]]) -> None:
    """_apply_field for each (kind, value) of one line's fields (split_field)."""
    for kind, value in found:
        _apply_field(fields, kind, value)


def _apply_field(fields: Fields, kind: str, value: str) -> None:
    if kind in TIMING_KINDS:
        # a field bullet ends its sentence ("- Thời gian thực hiện: Quý I/2026."): the mark is not the timing's
        fields.add_timing(value, kind)
    elif kind == "support":
        lead, support = split_units(_posts(value))
        fields.support.extend(lead + support)
    elif kind == "other":
        return
    else:
        # a person named by post or name ("Lãnh đạo phụ trách: Đ/c Phó Chủ tịch UBND xã") as a table's cell
        lead, support = split_units(_posts(value))
        fields.lead.extend(lead)
        fields.support.extend(support)


def item_month(doc: Document, node: Node, body: list[int]) -> str | None:
    """The one month an item's work is printed under, as printed: a month alone as the item's title
    ("a) Tháng 7/2026") or on the line under it ("1. Tuyên truyền" / "Tháng 4/2026" or "Tháng 4/2026:"),
    the item's work after it; else None, also where another month line follows (a schedule month by
    month, period_tasks). (A school's or a campaign's plan dates each item so, as a part's lone month
    heading dates the part's bullets: lone_month_heading.)"""
    title = node.title.strip()
    if len(title) <= 40 and (month := month_group(title)) is not None:
        first = 0
    elif body and len(doc.lines[body[0]].text) <= 40 and (month := month_group(doc.lines[body[0]].text)) is not None:
        first = 1
    else:
        return None
    rest = [doc.lines[i].text for i in body[first:]]
    if not rest or any(len(t) <= 40 and month_group(t) is not None for t in rest):
        return None
    return month


def item_text(doc: Document, node: Node, skip: set[int]) -> tuple[str, Fields, int]:
    """The item's text (title and the lines under it, bullets dropped), its field bullets, its end."""
    parts = [node.title]
    fields = Fields()
    end = doc.lines[node.line].end
    # a field line that ends on its label ("…; Cơ quan phối hợp:"): its value is on the next line,
    # or on the bullets of another mark under it ("- Thời gian thực hiện:" / "+ Quý II/2025")
    pending: tuple[str, tuple[str, str]] | None = None
    values: list[str] = []   # the pending label's values read off such bullets

    def flush() -> None:
        kind, value = pending[1]
        _apply_field(fields, kind, "; ".join([value] * bool(value) + values))
        values.clear()

    body = [i for i in node.body if i not in skip]
    month = item_month(doc, node, body)
    if month is not None:
        # the month the item's work falls in, as a field: the timing, no words of its text
        fields.add_timing(month)
        if month_group(node.title) is None:
            body = body[1:]
    for i in body:
        ln = doc.lines[i]
        text = ln.text
        if len(text) <= 3 and PAGE_NUMBER.match(text):
            continue  # a page number copied from a PDF between the item's paragraphs
        fld = _field_of(text)
        if pending:
            bullet = BULLET.match(text)
            if fld is None and bullet is None and not values:
                text = pending[0] + " " + text
                fld = _field_of(text)
            elif bullet is not None and _sub_bullet(pending[0], bullet.group()):
                if fld is None:
                    values.append(BULLET.sub("", text).strip().rstrip(" .;,"))
                else:   # "+ Chủ trì: …" / "+ Phối hợp: …": the label's roles, each its own field
                    _apply_fields(fields, split_field(*fld))
                end = ln.end
                continue
            else:
                flush()
            pending = None
        if fld and text.rstrip().endswith(":"):
            pending = (text, fld)  # (the wrap put the value on the next line)
        elif fld:
            # ("- Thời gian thực hiện: từ tháng 3/2025" / "- Thời gian hoàn thành: trước 30/6/2025": the
            # work's span and its last day, which Fields.add_timing combines)
            _apply_fields(fields, split_field(*fld))
        else:
            parts.append(BULLET.sub("", text))
            before_part, part_end = end, ln.end
        end = ln.end
    if pending:
        flush()
    if len(parts) > 1 and end == part_end and _closes_with_appendix_pointer(parts):
        # "Các nhiệm vụ cụ thể được giao tại Phụ lục kèm theo Kế hoạch này." under the part's last
        # item speaks for the whole part, not for that item
        parts.pop()
        end = before_part
    text = " ".join(p.strip() for p in parts if p.strip())
    if fields.timing is None and (held := event_time(node.title)):
        fields.add_timing(held)
    return text, fields, end


# An event named with the time it is held right after its colon, and often where ("1. Lễ khai mạc:
# 19 giờ 30 ngày 17/6/2015 tại Sân khấu chính;", "Hội thảo …: Từ 8 giờ ngày 18/6/2015 tại Hội trường
# lớn", "Tọa đàm: sáng 20/11/2025 ở Nhà văn hóa xã"), as a festival's or a ceremony's programme
# lists them: that time is the item's, as a "Thời gian, địa điểm:" field's would be.
# (the name holds no bracket or clause that a field's label would close: "Kiểm tra bếp ăn (thời gian:
# …)", "…; thời gian: Quý III/2026" are the item's fields, read as such)
_NAMED_EVENT = re.compile(r"^(?P<name>[^:(;]{3,120}):\s+(?P<value>\S.*)$")
_TIMING_LABEL_END = re.compile(r"(?:thời gian|thời hạn|hạn|tiến độ)\s*$", re.I)
_EVENT_CLAUSE = re.compile(r"[,;]\s*")
# (a time as _TIME_START reads it, or a part of a day with its date: "sáng 20/6/2026", "tối 24/3")
_EVENT_TIME = re.compile(_TIME_START.pattern + r"|(?:sáng|chiều|tối|trưa|đêm)\s+\d{1,2}/\d{1,2}\b", re.I)


def event_time(title: str) -> str | None:
    """The time an item "<event>: <time> [tại <place>]" is held, its places left out; None when the
    value after the colon does not open with a time (or the item is a labelled field)."""
    m = _NAMED_EVENT.match(title.strip())
    if m is None or _EVENT_TIME.match(m.group("value")) is None or _field_of(title) is not None \
            or _TIMING_LABEL_END.search(m.group("name")):
        return None
    times = _time_of_time_and_place(m.group("value").rstrip(" .;,"))
    # the times it names, clause by clause, up to the first clause that is not a time alone ("Từ
    # tháng 3/2026, triển khai thí điểm": the work goes on after the time); a first clause that
    # goes on past its time is the work itself, timed in its words ("Mục tiêu: năm 2025 đạt 90% hộ
    # dân …", "Chỉ tiêu: tuần 2 lần kiểm tra …", "Tuyên truyền: trong tháng 3 tổ chức …"), no event
    kept: list[str] = []
    for clause in _EVENT_CLAUSE.split(times):
        if not _only_time(clause):
            break
        kept.append(clause)
    return ", ".join(kept).strip() or None


# (folded words a time is printed with around its dates: "19 giờ 30 ngày 17/6", "Từ ngày 17 đến
# ngày 21/6", "sáng Thứ Bảy", "Quý II/2026")
_TIME_WORDS = frozenset(
    "vao trong tu truoc den het sau dip luc buoi sang chieu toi trua dem gio h phut ngay thang quy nam tuan "
    "cuoi dau giua va thu hai ba bay chu nhat".split())
_TIME_TOKEN = re.compile(r"\d+(?:h\d*)?|[ivx]+")


def _only_time(clause: str) -> bool:
    """Whether the clause is a time and nothing else: its words, dates left out, are time words."""
    if _EVENT_TIME.match(clause) is None:
        return False
    rest = clause
    for d in reversed(find_dates(clause)):
        rest = rest[:d.start] + " " + rest[d.end:]
    return all(w in _TIME_WORDS or _TIME_TOKEN.fullmatch(w) for w in re.findall(r"\w+", fold(rest)))


def _bullets_closed(doc: Document, node: Node, skip: set[int]) -> str:
    """The item's text as item_text joins it, with a ";" closing each part a bullet ends without a
    mark ("- Công chức Văn hóa - Xã hội chủ trì … loa truyền thanh" / "- Đoàn Thanh niên xã chủ trì …"):
    where each bullet says who leads its part, the clauses stay apart to be read one by one."""
    parts = [node.title]
    for i in node.body:
        line = doc.lines[i].text
        if i in skip or _field_of(line):
            continue
        if BULLET.match(line) and parts[-1].rstrip()[-1:] not in ".;:!?":
            parts[-1] = parts[-1].rstrip() + ";"
        parts.append(BULLET.sub("", line))
    return " ".join(p.strip() for p in parts if p.strip())


def _bullet_doers(doc: Document, node: Node, skip: set[int]) -> list[str]:
    """The units the item's bullets open with, a verb after them ("- Viettel Phú Yên phủ sóng 4G …",
    "- Công an xã rà soát …"), in order: each says who does its part, as an item that opens so names
    its lead; the item's own words name none."""
    out: list[str] = []
    for i in node.body:
        line = doc.lines[i].text
        if i in skip or line[:1] not in _BULLET_MARKS or _field_of(line):
            continue
        text = BULLET.sub("", line)
        units = leading_units(text)
        # (the doer opens its bullet: a unit named later in it, "Trách nhiệm của người đứng đầu: …", is
        # what the bullet is about)
        if units and text[:len(units[0])].lower() == units[0].lower() and _doer_acts(text, units[-1]):
            out.extend(u for u in units if u not in out)
        elif not units:
            # "- Khăn quàng cho đại biểu: BCH Liên đội.": the doer closes its bullet (duty_doers)
            out.extend(u for u in duty_doers(text)[0] if u not in out)
        elif _heads_its_duty(text):
            # "- TPT Đội: Tham mưu lập kế hoạch, …": the unit heads its duty, as an item's "6. UBND các xã:
            # Xây dựng kế hoạch …" does
            out.extend(u for u in unit_heading(text.partition(":")[0]) if u not in out)
    return out


# What a unit heading its bullet ("- UBND các xã: …") may be followed by and still be no doer: a count
# ("- UBND các xã: 50 bản tin"), a member list ("- Ban Chỉ đạo: gồm 15 thành viên"), the place it is held
# at ("- Trường THCS Hưng Long: Hội trường nhà trường", "- Cụm 2: Tại Nhà văn hóa thôn Đông") (folded).
_NOT_A_DUTY = re.compile(r"^(?:\d|gom\b|bao gom\b|la\b|co\b|khong\b|dat\b|tong so\b"
                         r"|tai\b|hoi truong\b|nha van hoa\b|tru so\b|phong hop\b|san (?:van dong|truong|the thao|khau)\b"
                         r"|dia diem\b)")


def _heads_its_duty(text: str) -> bool:
    """Does the bullet open with units and a colon, and its duty after them in a capital ("TPT Đội:
    Tham mưu …", "Công an xã: Rà soát …")?"""
    head, colon, rest = text.partition(":")
    rest = rest.strip()
    return bool(colon) and rest[:1].isupper() and _NOT_A_DUTY.match(fold(rest)) is None \
        and bool(unit_heading(head))


def bullet_units(text: str, fields, units_above: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Who leads and who supports a bullet's task: its own labelled fields first, then the units its
    sentence says ("X chủ trì, phối hợp Y"), then the units of the group it sits under, then the units
    it opens with; the partners its subject works with ("Các chi hội phối hợp với Công an xã …") only
    where the lead was not said in the sentence or a field."""
    said_lead, said_support = said_units(text) if not fields.lead else ([], [])
    lead = fields.lead or said_lead or units_above or leading_units(text)
    support = fields.support or said_support or (
        subject_partners(text) if lead and not (said_lead or fields.lead) else [])
    return lead, support


def said_units(text: str) -> tuple[list[str], list[str]]:
    """(lead, support) a task's text says: in its clause of who does it (responsible_units), else
    printed after its duty ("Trang trí khánh tiết (Đoàn TN, Văn phòng)", "… – Giao: Công chức Văn hóa -
    Xã hội", "Âm thanh, loa đài: Văn phòng HĐND và UBND xã"; duty_doers)."""
    lead, support = responsible_units(text)
    return (lead, support) if lead else duty_doers(text)


# What follows a bullet's opening unit when it is not the doer: the unit is then the object of a
# passive ("- Nhà văn hóa thôn 3 được nâng cấp"), or the bullet only names whom the item reaches
# ("- Các trường học trên địa bàn xã.") or heads a count ("- UBND các xã: 50 bản tin").
_NOT_DOER_AFTER = re.compile(r"\s*(?:$|[.:;,!?]|(?:được|bị|đã được|sẽ được)\b)", re.I)


def _doer_acts(text: str, last: str) -> bool:
    """Does a lower-case predicate follow the bullet's opening units ("- Công an xã rà soát …"), so
    that they are who does its part? An audience or a target listed under the item is no lead."""
    at = text.lower().find(last.lower())
    if at < 0:
        return False
    rest = text[at + len(last):]
    return (names_a_doer(text) and not _NOT_DOER_AFTER.match(rest)
            and rest.lstrip()[:1].islower())


@dataclass
class _Piece:
    """A bullet of an item read as a task of its own: its line, its text, its field lines."""
    title: str
    line: int
    body: list[int] = field(default_factory=list)


def bullet_tasks(doc: Document, node: Node, skip: set[int]) -> list[tuple[str, Fields, int, int]]:
    """The bullets of an item that each carry their own field lines ("Nhiệm vụ trọng tâm:" / "- Tổ
    chức học tập …" / "Thời gian: Quý II/2025." / "Đơn vị chủ trì: Ban Tuyên giáo." / "- …"), as
    (text, fields, start, end): each is a task with its own timing and units, which the item as
    one task could not hold. [] unless at least two bullets of one mark are each followed by a
    field line of their own; fields printed once after a run of bullets keep the item whole."""
    pieces: list[_Piece] = []
    mark = None
    for i in node.body:
        if i in skip:
            continue
        text = doc.lines[i].text
        bullet = BULLET.match(text)
        if _field_of(text):
            if not pieces:
                return []   # a field of the item itself, before any bullet
            pieces[-1].body.append(i)
        elif bullet is not None and (mark is None or bullet.group().strip()[:1] == mark):
            mark = bullet.group().strip()[:1]
            pieces.append(_Piece(BULLET.sub("", text), i))
        elif pieces:
            pieces[-1].body.append(i)   # the bullet's wrapped lines and its sub-bullets ("+ …")
        # (lines before the first bullet introduce them: "Nhiệm vụ trọng tâm:")
    if len(pieces) < 2 or not all(_field_of(doc.lines[p.body[-1]].text) for p in pieces if p.body) \
            or not all(p.body for p in pieces):
        return []
    out = []
    for piece in pieces:
        text, fields, end = item_text(doc, piece, skip)
        if fields.empty():
            return []
        out.append((text, fields, doc.lines[piece.line].start, end))
    return out


# The day a scheduled activity takes place, closing its line after a comma: "Tổ chức tọa đàm …, ngày
# 07/3.", "…; vào ngày 21/3". Under a week's or a month's heading the day dates the activity (a
# bare date elsewhere in running text is too often an anniversary's to count: see find_timing).
CLOSING_DAY = re.compile(r"[,;]\s*(?:vào\s+|sáng\s+|chiều\s+)?(?P<day>ngày\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)\s*[.;]?\s*$",
                         re.I)


def _closing_day(text: str, when: PlanTime):
    """The timing of a scheduled line that ends on its day (see CLOSING_DAY), else None."""
    if "gày" not in text[-24:]:
        return None
    m = CLOSING_DAY.search(text)
    return when.cell(m["day"]) if m else None


_CLOCK_FROM = re.compile(r"từ\s+\d{1,2}\s*(?:h|g|giờ)", re.I)


def _is_clock(period: str) -> bool:
    return period[:1].isdigit() or _CLOCK_FROM.match(period) is not None


# A timing that names the quarter without its number ("Trong quý", "hoàn thành trong quý", "Cả quý",
# "cuối quý này") under a quarter's group row ("QUÝ II") or heading ("2. Quý III"): due by the end of
# that quarter (folded; a numeral after it, "trong quý II", is a quarter of its own, read as such).
_WITHIN_THE_QUARTER = re.compile(r"(?<![a-z])(?:trong|ca|suot|cuoi)\s+quy(?:\s+nay)?(?!\s*(?:[ivx]+|\d)(?![a-z]))(?![a-z])")


def in_group_quarter(timing: str, quarter: int | None) -> str | None:
    """The quarter a row's timing cell points to when it names none of its own ("Trong quý" under
    "QUÝ III" → "Quý 3"), else None."""
    if quarter is None or not timing or not _WITHIN_THE_QUARTER.search(fold(timing)):
        return None
    return f"Quý {quarter}"


# A day printed alone in the timing cell of a row under one month's group row ("Ngày 15", "Trước
# ngày 24", "Từ ngày 10 - 15" under "Tháng 3"): the group's month completes its date (folded).
_DAY_ONLY = re.compile(r"(?:(?:hoan thanh\s+)?(?:truoc|tu|den|vao|cham nhat)\s+)?ngay\s+\d{1,2}"
                       r"(?:\s*[-–]\s*(?:ngay\s+)?\d{1,2})?\s*\.?")
_ONE_MONTH = re.compile(r"thang\s+(\d{1,2})(?:\s*[/.\-]\s*((?:19|20)\d\d)|\s+nam\s+((?:19|20)\d\d))?")


# A week printed alone the same way ("Tuần 4", "Tuần thứ 2", "Tuần cuối", "Tuần 2 - 3" under "Tháng
# 3/2025"): the week of the group's month, as "tuần 4 tháng 3/2025" reads (folded). Weeks of a month run
# 1 to 4 and the last; a school or year's week number ("Tuần 25") is no week of the month.
_WEEK_ONLY = re.compile(r"(?:(?:hoan thanh\s+)?(?:trong|vao|truoc|tu)\s+)?"
                        r"tuan\s+(?:thu\s+)?(?:[1-4]|nhat|hai|ba|tu|dau|cuoi)"
                        r"(?:\s*(?:[-–,]|va|den)\s*(?:tuan\s+)?(?:thu\s+)?(?:[1-4]|hai|ba|tu|cuoi))?\s*\.?")


def day_in_group_month(timing: str, period: str) -> str | None:
    """A day-only or week-only timing cell dated by the one month its group row names: "Trước
    ngày 24" under "Tháng 3" -> "Trước ngày 24/3", "Tuần 4" under "Tháng 3/2025" -> "Tuần 4 tháng
    3/2025"; None when the cell says more than a day or a week, or the group names several months
    ("Tháng 4 - 5") or none."""
    week = "uần" in timing or "UẦN" in timing
    if not week and "gày" not in timing and "GÀY" not in timing:
        return None
    m = _ONE_MONTH.fullmatch(fold(period).strip())
    alone = _WEEK_ONLY if week else _DAY_ONLY
    if m is None or not 1 <= int(m[1]) <= 12 or not alone.fullmatch(fold(timing).strip()):
        return None
    year = m[2] or m[3]
    if week:
        return timing.strip().rstrip(".").rstrip() + f" tháng {int(m[1])}" + (f"/{year}" if year else "")
    return timing.strip().rstrip(".").rstrip() + f"/{int(m[1])}" + (f"/{year}" if year else "")


# A week of the month heading the list, opening a task under it: "Tháng 4/2025:" / "- Tuần 2: ra quân
# …" (folded; the week as _WEEK_ONLY reads it in a table's cell under a month group row)
_WEEK_LEAD = re.compile(r"(" + _WEEK_ONLY.pattern.removesuffix(r"\s*\.?") + r")\s*[:\-–]\s*(?=\S)")


def _week_in_month(text: str, month: str, when: PlanTime) -> tuple[Timing, str] | None:
    """(the timing, the text after the week) of a task that opens with a week of its month heading
    ("Tuần 2: Tổ chức ra quân …" under "Tháng 4/2025:"): dated inside that month, as day_in_group_month
    dates a table's week cell, the week as printed its timing; None otherwise."""
    m = _WEEK_LEAD.match(fold(text[:40]))
    if m is None:
        return None
    printed = text[:m.end(1)].strip()
    dated = day_in_group_month(printed, month)
    got = when.cell(dated) if dated else None
    if got is None or got.deadline is None:
        return None
    return replace(got, text=printed), text[m.end():].strip()


def period_tasks(doc: Document, node: Node, skip: set[int],
                 blocks_only: bool = False) -> list[tuple[str, str | None, int | None, int, int]]:
    """The tasks of a part written period by period ("Tháng 1:" / "- Tổ chức …" / "- …" / "Quý
    III:" / "- …"), as (text, month printed, quarter, start, end): each bullet under a heading is a
    task of its own, and so is a heading's own text after its colon; a bullet's wrapped lines and its
    sub-bullets of another mark join it. The heading dates its tasks: a month heading is their
    timing, a quarter heading their quarter (as a quarter group row of a table is). [] unless at
    least two period headings are printed, each followed by tasks. `blocks_only` (a numbered item,
    whose bullets would join it): [] as soon as a heading carries its task on its own line ("- Quý
    II: kiểm tra tại 03 xã" details the item; a heading over its own bullets is a schedule), unless
    it is a programme's hours: a step of the programme under "2. Chương trình buổi lễ" is a task."""
    out: list[tuple[str, str | None, int | None, int, int]] = []
    period: tuple[str, int | None, str] | None = None
    headings = 0
    mark = None       # the bullet mark of the tasks under the current heading
    current: list | None = None   # [text, month, quarter, start, end]
    # a programme's steps printed as bullets, some opening on their hours ("- 7h30 - 7h40: Chào cờ"),
    # some not ("- Đánh trống khai trường"): a bullet of the timed steps' own mark is a step beside
    # them, untimed ("" its period), not one under the hours before it
    step_mark = None
    before: list[list] = []   # the bullets before the first heading, of one mark
    for i in node.body:
        if i in skip:
            continue
        ln = doc.lines[i]
        text = ln.text.strip()
        got = _period_of(text)
        if got is not None:
            own = BULLET.match(text)
            step_mark = own.group().strip()[:1] if own is not None and got[2] and _is_clock(got[0]) else None
            if period is None and step_mark is not None:
                # the steps before the first timed one: "- Ổn định tổ chức" / "- 7h30 - 7h40: Chào cờ"
                out.extend(b for b in before if b[1] == step_mark)
                for b in out:
                    b[1] = ""
            period, headings, mark, current = got, headings + 1, None, None
            if got[2]:
                if blocks_only and not _is_clock(got[0]):
                    return []
                current = [got[2], None if got[1] else got[0], got[1], ln.start, ln.end]
                out.append(current)
            continue
        bullet = BULLET.match(text)
        if period is None:
            # (lines before the first heading introduce the schedule, or are a programme's first steps)
            if bullet is not None:
                before.append([BULLET.sub("", text).strip(), bullet.group().strip()[:1], None, ln.start, ln.end])
            elif text.endswith(":"):
                before = []   # an intro ("A. Chương trình phần Lễ:"): the bullets above are not its steps
            elif before:
                before[-1][0] = f"{before[-1][0]} {text}"
                before[-1][4] = ln.end
            continue
        if bullet is not None and step_mark is not None and bullet.group().strip()[:1] == step_mark:
            mark = None
            current = [BULLET.sub("", text).strip(), "", None, ln.start, ln.end]
            out.append(current)
            continue
        if bullet is not None and (mark is None or bullet.group().strip()[:1] == mark):
            mark = bullet.group().strip()[:1]
            current = [BULLET.sub("", text).strip(), None if period[1] else period[0], period[1], ln.start, ln.end]
            out.append(current)
        elif current is not None:
            current[0] = f"{current[0]} {BULLET.sub('', text).strip()}"
            current[4] = ln.end
    if headings < 2 or len(out) < 2:
        return []
    return [tuple(t) for t in out]


def _clock_run(pieces: list[tuple[str, str | None, int | None, int, int]]) -> bool:
    """Are the period tasks a programme's steps: some timed by their hours, none by a month or
    quarter (the untimed steps beside them have "" for their period)?"""
    return any(m and _is_clock(m) for _, m, _, _, _ in pieces) \
        and all(m == "" or (m and _is_clock(m)) for _, m, _, _, _ in pieces)


# A line that says the day of the event whose programme follows: its timing field ("1. Thời gian: 13h00 -
# 17h00, ngày 14/10/2022", "- Thời gian: 7 giờ 30 ngày 20/11/2025") or a day heading alone ("Ngày 02
# tháng 10 năm 2010:", "Sáng ngày 15/3/2025:") (folded).
_DAY_HEADING = re.compile(r"^(?:[-+•*]\s*)?(?:(?:sang|chieu|toi|trua)\s+)?(?:thu\s+\S+\s*,?\s*)?ngay\s+\d{1,2}"
                          r"(?:/\d{1,2}|\s+thang\s+\d{1,2})[^:]{0,30}:\s*$")


def programme_day(doc: Document, first: int, when: PlanTime) -> Timing | None:
    """The one day of the event whose programme's first step is doc.lines[first], as the nearest
    line above it prints it (a "Thời gian" field or a day heading, see _DAY_HEADING), else None. A
    step printed with its hours alone ("13h30: Tham quan …") takes place on that day; a timing
    above that gives a span of days, a month or none dates no step."""
    for k in range(first - 1, -1, -1):
        text = doc.lines[k].text.strip()
        if not text:
            continue
        hit = match_heading(text)
        head = hit[2] if hit is not None and hit[0] > 1 else text
        fld = _field_of(head)
        if fld is not None and fld[0] in TIMING_KINDS:
            value = fld[1]
        elif "gày" in head[:20] and _DAY_HEADING.match(fold(head)):
            value = head.rstrip(": ")
        else:
            continue
        days = [d for d in find_dates(value) if d.day is not None]
        if len(days) != 1:
            return None
        got = when.cell(value)
        return got if got is not None and got.deadline is not None else None
    return None


# A part named for the programme it sets out ("III. KẾ HOẠCH SƠ DUYỆT", "IV. CHƯƠNG TRÌNH BUỔI GẶP MẶT")
# (folded): the steps timed by their hours under it are its tasks, whatever its words' kind.
_PROGRAMME_PART = re.compile(r"^(?:ke hoach|chuong trinh|lich trinh|kich ban)\b")


def _programme_part(node: Node) -> bool:
    root = _content_root(node)
    return root.kind == "content" or (root.kind not in NOT_TASK_KINDS and _PROGRAMME_PART.match(fold(root.title)) is not None)


def _programme_segments(doc: Document, skip: set[int]) -> list[list[int]]:
    """The body of a plan with no heading outline cut at its intro lines (a line ending with ":"
    that is no bullet, "4. Nội dung:", "A. Chương trình phần Lễ:") and numbered lines: the runs of
    lines a programme of timed steps may fill."""
    out: list[list[int]] = [[]]
    for ln in doc.lines:
        if ln.index in skip:
            continue
        text = ln.text.strip()
        if text[:1] not in _BULLET_MARKS and (text.endswith(":") or match_heading(text) is not None):
            out.append([])
        else:
            out[-1].append(ln.index)
    return [seg for seg in out if len(seg) >= 2]


# The one month and year a part's heading ends on, the period the part plans ("II. KẾ HOẠCH CÔNG TÁC
# THÁNG 10/2019", "Nhiệm vụ tháng 3 năm 2025") (folded).
_PART_MONTH = re.compile(r"\bthang\s+(?:0?[1-9]|1[0-2])\s*(?:[/.\-]\s*|\s+nam\s+)(?:19|20)\d\d\s*:?$")


def part_month(title: str) -> str | None:
    """The month a part's heading ends on, as printed ("tháng 10/2019"), else None."""
    m = _PART_MONTH.search(fold(title))
    return title[m.start():m.end()].rstrip(" :") if m else None


def lone_month_heading(doc: Document, node: Node, skip: set[int]) -> tuple[str, int | None] | None:
    """The month a part's bullets are printed under when one month heading alone opens its body and a
    bullet follows it ("Tháng 9/2025:" / "- Khai giảng …" / "- …"), as printed, and where its bullets
    end (the start of the first line after them that is no bullet and closes on a colon, the lead-in of
    other bullets: "Các việc thường xuyên trong quý:"; None: the part's end); else None: the one
    heading dates its bullets as a run of them does (period_tasks). A month line after other text,
    with its own text after the colon, or over no bullet is prose and dates nothing."""
    lines = [doc.lines[i] for i in node.body if i not in skip and doc.lines[i].text.strip()]
    texts = [ln.text.strip() for ln in lines]
    if len(texts) < 2 or texts[1][:1] not in _BULLET_MARKS or texts[0][:1] in _BULLET_MARKS:
        return None
    got = _period_of(texts[0])
    if got is None or got[1] is not None or got[2] or _is_clock(got[0]):
        return None
    end = next((ln.start for ln, t in zip(lines[2:], texts[2:]) if t[:1] not in _BULLET_MARKS and t.endswith(":")), None)
    return got[0], end


def loose_bullets(doc: Document, node: Node, skip: set[int], least: int = 2) -> list[tuple[str, int, int]]:
    """The bullets of a part that numbers no item ("III. CÔNG VIỆC BỔ SUNG" / "- Rà soát …" / "- …"),
    as (text, start, end): with no item above them to join, each bullet is a task; its wrapped lines
    and its sub-bullets of another mark join it, the lines before the first introduce them. [] when
    a bullet is a field line (those speak for the part) or fewer than `least` bullets of one mark stand."""
    out: list[list] = []
    mark = None
    for i in node.body:
        if i in skip:
            continue
        ln = doc.lines[i]
        text = ln.text.strip()
        bullet = BULLET.match(text)
        if bullet is not None and (mark is None or bullet.group().strip()[:1] == mark):
            if _field_of(text):
                return []
            mark = bullet.group().strip()[:1]
            out.append([BULLET.sub("", text).strip(), ln.start, ln.end])
        elif out:
            out[-1][0] = f"{out[-1][0]} {BULLET.sub('', text).strip()}"
            out[-1][2] = ln.end
    return [tuple(t) for t in out] if len(out) >= least else []


_WITHIN = re.compile(r"^trong\s+", re.I)


def _period_title(node: Node) -> tuple[int | None, str | None]:
    """(quarter, months) a numbered item's title names and nothing else ("2. Quý II/2025", "3. Tháng
    10/2025:", "1. Trong quý II"); (None, None) for any other title."""
    if node.title[:1] not in _PERIOD_INITIALS:
        return None, None
    title = _WITHIN.sub("", node.title)
    q = quarter_of_group(title)
    return (q, None) if q else (None, month_group(title))


def period_items(node: Node) -> bool:
    """Is a numbered item one period of a schedule numbered by period ("1. Quý I/2025" / "- Rà soát …" /
    "2. Quý II/2025" / "- …")? Its title names a quarter or months alone and at least one other item
    beside it does too: it heads the bullets due then, as an unnumbered "Quý I:" heads them
    (period_tasks), and is no task itself."""
    if node.parent is None or node.title[:1] not in _PERIOD_INITIALS or _period_title(node) == (None, None):
        return False
    return sum(1 for s in node.parent.children if _period_title(s) != (None, None)) >= 2


# A short plan with no outline of parts (a school's or a unit's month plan: "1.Tư tưởng: …" / "2.Nội dung
# hoạt động:" / "- Kiểm tra nề nếp …" / "- …"): the numbered line that names its work heads the bullets
# that are its tasks, as a content part heads its loose bullets (folded).
_WORK_LINE = re.compile(r"^(?:\d{1,2}|[a-d])\s*[./)]\s*(?P<head>(?:noi dung|nhiem vu|cac hoat dong|hoat dong|cong viec)"
                        r"\b[^:]{0,50}?)\s*:?\s*$")
_NUMBERED_LINE = re.compile(r"^(?:\d{1,2}|[ivx]+|[a-d])\s*[./)]")
_WORK_MARKER = re.compile(r"^(?:\d{1,2}|[a-dA-D])\s*[./)]\s*")   # (a work line's own marker, unfolded)


# A bullet that also prints its item's number, as a web page prints a numbered list inside a bulleted one
# ("- 1. Chào cờ, ổn định nề nếp …", "- 11. Tặng quà …"): the number is its label, not its text.
_NUMBERED_BULLET = re.compile(r"^(?P<label>\d{1,2})\.\s+(?=[^\W\d_])")


def numbered_bullet(text: str) -> tuple[str, str]:
    """(label, text) of a loose bullet (see _NUMBERED_BULLET); ("", text) when it prints no number."""
    m = _NUMBERED_BULLET.match(text)
    return (m["label"], text[m.end():]) if m is not None and text[m.end()].isupper() else ("", text)


def unoutlined_work_parts(doc: Document, skip: set[int]) -> list[Node]:
    """The work lines of a plan with no outline (see _WORK_LINE) as content parts over the lines under
    them, up to the next numbered line, a line in capitals (the signatures' titles) or the recipients."""
    parts = []
    current: Node | None = None
    for ln in doc.lines:
        text = ln.text.strip()
        if ln.index in skip or not text:
            continue
        folded = fold(text)
        if _WORK_LINE.match(folded) is not None:
            head = _WORK_MARKER.sub("", text, count=1).rstrip(" :")
            current = Node(section=Section(section_id=None, level=1, marker="", heading=head, kind="content"),
                           line=ln.index, title=head)
            parts.append(current)
        elif current is not None:
            if text[:1] not in _BULLET_MARKS and (_NUMBERED_LINE.match(folded) or text.isupper()
                                                 or folded.startswith("noi nhan")):
                current = None
            else:
                current.body.append(ln.index)
    return parts


# A programme printed as parts that each close on their time in brackets ("I. Rước đuốc và diễu hành (17
# giờ 30 phút đến 18 giờ 30 phút)", "2. Khai mạc (8h00 ngày 2/9)", "IV. Kết thúc chương trình (21 giờ)"):
# its parts are its steps, whatever their words' kind; the items under a part are its steps, timed by
# their own brackets, else by the part's.
# (the match opens after a non-space, else a long run of spaces is rescanned from each of its spaces)
_PART_TIME = re.compile(r"(?<!\s)\s*\((?P<time>(?:từ\s+|lúc\s+)?" + _HOUR + r"(?:\s*(?:[-–—]|đến)\s*" + _HOUR + r")?"
                        r"(?:\s*,?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)?)\s*\)\s*[.:]?\s*$", re.I)


def part_time(title: str) -> tuple[str, str] | None:
    """(title without its time, the time) of a part or item that closes on its time in brackets."""
    m = _PART_TIME.search(title)
    return (title[:m.start()].rstrip(" .:"), m["time"]) if m is not None and m.start() > 0 else None


# The sentence before a programme that says when its event is held ("Lễ khai mạc … được tổ chức vào lúc 18
# giờ 30 phút, ngày 14 tháng 3 năm 2016 tại …") (folded).
_HELD_AT = re.compile(r"\b(?:to chuc|dien ra|khai mac|bat dau)\b.{0,60}\b(?:vao|luc)\b")


def _event_day(doc: Document, first: int, when: PlanTime) -> Timing | None:
    """The one day a line above the programme says its event is held on (_HELD_AT), else None."""
    for k in range(first - 1, -1, -1):
        text = doc.lines[k].text.strip()
        held = _HELD_AT.search(folded := fold(text))
        if held is None:
            continue
        if len(folded) == len(text):
            # (the day the words that hold it print: a cited plan's date before them is none of it,
            # "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/8/2024 … về tổ chức các hoạt động vào dịp …")
            text = text[held.start():]
        days = {(d.day, d.month, d.year) for d in find_dates(text) if d.day is not None}
        if len(days) == 1:
            got = when.cell(text[text.lower().find("ngày"):] if "ngày" in text.lower() else text)
            return got if got is not None and got.deadline is not None else None
    return None


def timed_parts(nodes: list[Node]) -> list[tuple[Node, str, str]]:
    """The steps of a programme whose top parts are timed (see _PART_TIME), as (node, text, time): the
    deepest items under a timed part, else the part itself. [] unless two top parts print their time
    and no part is of a plan's kinds but the organization (purpose, content): a plan's outline, not a
    programme's."""
    tops = [n for n in nodes if n.parent is None]
    if sum(1 for n in tops if part_time(n.title)) < 2 or any(n.kind not in ("other", "organization") for n in tops):
        return []
    out = []
    for top in tops:
        if top.kind == "organization":
            continue   # (who prepares what: the assignments')
        own = part_time(top.title)
        leaves = [n for n in top.walk() if n is not top and not n.children]
        if not leaves:
            out.append((top, own[0] if own else top.title.strip(" .:"), own[1] if own else ""))
        for leaf in leaves:
            mine = part_time(leaf.title)
            out.append((leaf, mine[0] if mine else leaf.title.strip(" .:"),
                        mine[1] if mine else own[1] if own else ""))
    return out


def _list_task(node: Node, label: str, text: str, quarter: int | None, timing, printed_timing: str | None,
               lead: list[str], support: list[str], page: int | None, start: int, end: int) -> Task:
    """A task of a content item, or of one of its bullets: its quarter and deadline from the timing
    read off it (the item's own quarter first), the timing as printed when none could be read."""
    return Task(task_id=0, section_id=node.section.section_id, origin="list", label=label, text=text,
                quarter=quarter or (timing.quarter if timing else None),
                deadline=timing.deadline if timing else None,
                timing_text=timing.text if timing else printed_timing,
                lead_units=list(lead), support_units=list(support), page=page,
                char_start=start, char_end=end)


def _sub_bullet(label: str, mark: str) -> bool:
    """Is a bullet with `mark` one under the label line (another mark than the label's own, or any
    mark under a label printed with none), not the label's sibling?"""
    own = BULLET.match(label)
    return own is None or own.group().strip()[:1] != mark.strip()[:1]


def _sends_to_appendix(doc: Document, node: Node) -> bool:
    """Does a line of the part's own, not a bullet, only point to an appendix (APPENDIX_POINTER)?"""
    for i in node.body:
        text = doc.lines[i].text.strip()
        if text[:1] not in _BULLET_MARKS and len(text) < 200 and _points_to_appendix(fold(text)):
            return True
    return False


def _closes_with_appendix_pointer(parts: list[str]) -> bool:
    """The last paragraph is a short sentence of its own that only sends the reader to an appendix
    (one that names who is to act, "Sở Y tế chủ trì thực hiện theo Phụ lục kèm theo.", says more).
    The sentence may list the appendix's columns ("Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan
    phối hợp, sản phẩm và thời gian hoàn thành tại Phụ lục I kèm theo Kế hoạch này."), but is one
    clause: a ";" makes it work of its own with a pointer at its end."""
    last, before = parts[-1].strip(), parts[-2].rstrip()
    return (len(last) < 160 and ";" not in last and last.lstrip("(")[:1].isupper()
            and before.endswith((".", ";", ":"))
            and _points_to_appendix(fold(last)) and not leading_units(last))


# An item headed by its topic, its paragraph below opening with the units that do it ("2. Công tác
# giám sát" over "Trạm Y tế xã giám sát ca bệnh, …"): those units lead, as they do when the item's
# own text opens with them. Only under a short title that closes no sentence (a long one may be a
# line a narrow page wrapped, its next line going on mid-sentence).
TOPIC_TITLE_WORDS = 10


def _body_subject(title: str, text: str) -> list[str]:
    """The units opening the paragraph under a topic title (see TOPIC_TITLE_WORDS), else []."""
    title = title.strip()
    if not title or not text.startswith(title) or title[-1:] in ".;,:-–" \
            or len(title.split()) > TOPIC_TITLE_WORDS:
        return []
    body = text[len(title):].strip()
    if not body[:1].isupper():
        return []
    return leading_units(body)


def unit_heading(title: str) -> list[str]:
    """The units a heading consists of ("Sở Y tế:", "Phòng Văn hóa và Thông tin"), else []."""
    bare = title.strip().rstrip(":.;, ")
    if not bare or len(bare) > 150:
        return []
    # "Các ban, ngành, đoàn thể xã căn cứ chức năng, nhiệm vụ:": how they share the duty is no part of them
    bare = unshared(bare)
    units = leading_units(bare)
    covered = sum(len(u) for u in units) + 2 * max(0, len(units) - 1)
    return units if units and covered >= 0.8 * len(bare) else []


def _group_context(node: Node) -> tuple[int | None, list[str]]:
    """Quarter and leading unit given by the headings above an item ("Quý II", "1. Sở Y tế:")."""
    quarter, units = None, []
    p = node.parent
    while p is not None and p.section.level > 1:
        title = p.title.rstrip(":. ")
        q = quarter_of_group(title) or (quarter_of(title) if fold(title).startswith("quy") else None)
        if q and quarter is None:
            quarter = q
        elif not units:
            units = unit_heading(title)
        p = p.parent
    return quarter, units


def _heading_years(node: Node) -> str | None:
    """The phase or year a heading above an item names ("1. Giai đoạn 1 (2026 - 2027)", "a) Năm
    2026:"), as printed: a multi-year plan's items run then, as an annual one's do in the quarter
    of their heading."""
    p = node.parent
    while p is not None and p.section.level > 1:
        got = year_group(p.title.rstrip(":. "))
        if got:
            return got
        p = p.parent
    return None


def _heading_months(node: Node) -> str | None:
    """The months the nearest heading above an item names alone ("1. Tháng 9/2025", "Tháng 10 năm
    2025:"), as printed: a school's or a union's plan written month by month dates the items under
    each month so, as its unnumbered month headings date their bullets (period_tasks)."""
    p = node.parent
    while p is not None and p.section.level > 1:
        title = p.title.rstrip(":. ")
        if title:
            return month_group(title)
        p = p.parent
    return None


def _leading_years(text: str) -> str | None:
    """The phase, months or quarter an item opens with, before a colon ("Giai đoạn 1 (2026 - 2027): Hoàn
    thiện …", "Tháng 02/2025: Tổ chức …", "Quý II/2026: Trồng rừng …"): when its work runs, as a
    heading's would be (see _heading_years, _heading_months)."""
    colon = text.find(":", 0, 50)
    if colon <= 0:
        return None
    head = text[:colon]
    return year_group(head) or month_group(head) or (head.strip() if quarter_of_group(head) else None)


def _inherited_fields(node: Node, item_of) -> Fields:
    """Field lines printed under the headings above an item, before their first sub-item
    ("1. Công tác tuyên truyền" / "Thời gian thực hiện: trong năm 2025." / "a) …"): like a unit
    heading, they speak for every item of the group. The nearest heading's field wins."""
    got = Fields()
    p = node.parent
    while p is not None:
        for own in ([item_of(p)[1]] if p.body else []) + [_field_items(p, item_of)]:
            got.timing = got.timing or own.timing
            got.lead = got.lead or own.lead
            got.support = got.support or own.support
        p = p.parent
    return got


def _field_items(parent: Node, item_of) -> Fields:
    """The fields a part prints as numbered items of its own among its items ("3. Hình thức: …" / "4.
    Thời gian, địa điểm: Ngày 26/6/2025, tại …", "5. Đơn vị chủ trì: …"): like field lines under its
    heading, they speak for the part's work, not for a task of their own."""
    got = Fields()
    for kid in parent.children:
        if kid.children:
            continue
        fld = _field_of(item_of(kid)[0])
        if fld is not None:
            _apply_fields(got, split_field(*fld))
    return got


# An item that says in its own words who does it ("… trên địa bàn. Văn hóa - Xã hội xã chủ trì thực
# hiện.", "Tổ công nghệ số cộng đồng thực hiện."): a capitalised subject, not a work verb, then "chủ trì"
# or "thực hiện" closing its clause. Its doer is its own even when the unit lexicon does not know the
# name, so a field printed as a sibling item ("5. Đơn vị chủ trì: …", _field_items) does not lead it.
# (A purpose clause is no subject: "Đẩy mạnh tuyên truyền để người dân thực hiện.")
_OWN_DOER = re.compile(r"(?:^|[.;:]\s+)(?P<subject>[A-ZĐÀ-Ỹ][^.;:]{0,60}?)\s+(?:chủ trì|thực hiện)"
                       r"(?=\s*(?:[,.;]|$|thực hiện\b|phối hợp\b))")
_NOT_A_SUBJECT = re.compile(r"\b(?:de|nham|cho|theo|ve|dung|duoc|nguoi dan|nhan dan)\b")
_WORK_VERB_OPENING = re.compile(r"^(?:{})\b".format("|".join(re.escape(fold(v)) for v in ACTIVITY_VERBS + NAME_VERBS)))


def says_own_doer(text: str) -> bool:
    """Does an item's text name, in a clause of its own, the one who does its work (_OWN_DOER)?"""
    for m in _OWN_DOER.finditer(text.strip()):
        subject = fold(m.group("subject"))
        if not (WORK_OPENING.match(subject) or _WORK_VERB_OPENING.match(subject) or _NOT_A_SUBJECT.search(subject)):
            return True
    return False


def _has_own_bullets(doc: Document, node: Node, skip: set[int]) -> bool:
    """Does the item hold bullets of its own work ("b) Kiểm tra:" / "- Kiểm tra các cơ sở …"), not
    only field lines and the values under a label ("- Thời gian thực hiện:" / "+ Quý II/2025")? Such
    items are blocks, each complete under its heading: field lines in the last block are that
    block's, not a run's ("1. …" / "2. …" / "- Thời gian: …" speaks for both only when the items
    are bare sentences)."""
    label = None   # a field label printed without its value, whose values may be bullets under it
    for i in node.body:
        if i in skip:
            continue
        text = doc.lines[i].text
        if _field_of(text):
            label = text if text.rstrip().endswith(":") else None
        elif text[:1] in _BULLET_MARKS and (label is None or not _sub_bullet(label, BULLET.match(text).group())):
            return True
    return False


# An item that names the things its work is done at, listed as its sub-items: "1. Kiểm tra các cơ sở
# sau:" / "a) Nhà hàng Hương Sen, thôn Đông;" / "b) Chợ Tân Hòa." The sub-items are the objects of
# the one task, not tasks: each names an establishment, a place or a work, no work of its own.
# (folded) "các" and a noun of such things, a qualifier, then "sau", "gồm", "như sau" or just the colon.
OBJECT_LIST = re.compile(
    r"\b(?:cac|nhung) (?:co so|doanh nghiep|ho kinh doanh|ho san xuat|cua hang|nha hang|quan an|cho|sieu thi|"
    r"dia diem|diem|bep an|nha may|kho|trang trai|tau|cong trinh|tuyen duong|khu vuc|truong|"
    rf"{'|'.join(map(fold_level, HAMLET_PLACE_NOUNS))})\b[^:;.]{{0,80}}:$")
# What a sub-item that is work of its own opens with (folded): "a) Kiểm tra hồ sơ pháp lý của cơ sở".
WORK_OPENING = re.compile(
    r"^(?:kiem tra|thanh tra|giam sat|to chuc|tuyen truyen|thuc hien|trien khai|xay dung|huong dan|ra soat|"
    r"xu ly|lay mau|xet nghiem|danh gia|tong hop|bao cao|van dong|tap huan|theo doi|phoi hop|chu tri|"
    r"ho tro|xac minh|cap|lap|tiep tuc|tang cuong|dam bao|bao dam|duy tri|phat dong|quan ly|viec)\b")
_OBJECT_MAX = 120   # a sub-item naming a thing is short: longer, it says what to do


# A labelled part of an item that says what it is about ("a) Nội dung: …", "b) Nội dung hội nghị: …"),
# beside parts that say who, when and how: the item's description, not a task (folded).
_ABOUT_LABEL = re.compile(r"^(?:noi dung|yeu cau|muc dich|chu de|ten goi)\b[^:]{0,30}:")


def _heading_closed(node: Node, text: str) -> str:
    """The item's text for reading who does it, its heading closed as the sentence it is: a heading
    printed without a stop over its paragraph ("2. Tăng cường công tác kiểm tra …" / "Công an xã chủ
    trì, …") runs into the paragraph's subject when joined, which then opens no sentence."""
    title = node.title.rstrip()
    if not node.body or not title or title[-1] in ".;:!?" or not text.startswith(title):
        return text
    rest = text[len(title):].lstrip()
    return f"{title}. {rest}" if rest[:1].isupper() else text


def _parts_are_fields(node: Node) -> bool:
    """Are all the item's sub-items, none with items of its own, fields of it (who leads, when: FIELD)
    or context (is_context_heading: Thành phần, Hình thức, Thời gian, địa điểm) or its description
    (_ABOUT_LABEL), at least one a field or context? Then the item is the one task, as it is when
    such parts are bullets under it; a sub-item of work of its own makes it a task list instead."""
    kinds = []
    for kid in node.children:
        if kid.children:
            return False
        title = kid.title.strip()
        if _field_of(title) is not None or is_context_heading(title):
            kinds.append(True)
        elif _ABOUT_LABEL.match(fold(title)):
            kinds.append(False)
        else:
            return False
    return any(kinds)


def _lists_objects(node: Node, item_of: Callable[[Node], tuple[str, Fields, int]]) -> bool:
    """Does the item announce the things its work is done at, its sub-items naming them and nothing
    else (see OBJECT_LIST)? Each sub-item is a leaf with no colon and no field of its own."""
    kids = node.children
    if len(kids) < 2 or node.title[-1:] != ":" and not item_of(node)[0].rstrip().endswith(":"):
        return False
    if not OBJECT_LIST.search(fold(item_of(node)[0].rstrip())):
        return False
    for kid in kids:
        text, fields, _ = item_of(kid)
        # (field lines after the last thing close the list: they speak for the item)
        if kid.children or len(text) > _OBJECT_MAX or ":" in text or not fields.empty() and kid is not kids[-1] \
                or WORK_OPENING.match(fold(text)) or names_a_doer(text):
            return False   # ("a) Thôn Đông tổ chức ra quân …": who does what, a task of its own)
    return True


# A step's closing bracket or last clause, where a programme names the person who does it ("Đón tiếp đại
# biểu (Đ/c Lê Văn Minh – Phó Chủ tịch UBND xã)", "Diễn văn khai mạc; Đ/c Nguyễn Văn An - Chủ tịch UBND xã.")
STEP_DOER_PART = re.compile(r"(?:\((?P<inner>[^()]{3,160})\)|[;:]\s+(?P<tail>[^;:()]{3,160}?))\s*[.;]?\s*$")


def step_units(text: str) -> tuple[list[str], list[str]]:
    """(lead, support) of a programme's step: who it says does it ("Chào cờ (Ban Chỉ huy Quân sự
    thực hiện)"), else the doer it opens with ("Ban giám hiệu đọc thư chúc mừng …", "Hiệu trưởng
    phát biểu …"), else a person it names in its closing bracket or last clause: the post they act in
    leads, as an organization item's "Đ/c Nguyễn Văn A – Chủ tịch UBND xã:" names the post (a person is
    no unit; a name printed with no post names none)."""
    lead, support = said_units(text)
    if lead:
        return lead, support
    lead = leading_units(text)
    if not lead and (m := STEP_DOER_PART.search(text.strip())) is not None \
            and names_person(part := m["inner"] or m["tail"]):
        lead = leading_units(part)
    return lead, support


def _step_task(doc: Document, node: Node, text: str, hours: str, quarter: int | None, day: Timing | None,
               start: int, end: int, when: PlanTime = PlanTime()) -> Task:
    """A programme step as a task: timed by its hours ("" for an untimed step beside them), dated by
    the day printed with its hours ("15 giờ ngày 24/4/2022"), else by the day printed above the
    programme (programme_day), done by whom step_units says."""
    if hours and "/" in hours and (own := when.cell(hours)) is not None and own.deadline is not None:
        day = own
    return _list_task(node, "", text, quarter, replace(day, text=hours or None) if day else None, hours or None,
                      *step_units(text), doc.page_at(start), start, end)


# A work calendar printed as text (a week's "Lịch làm việc" page): a day heading ("THỨ HAI, NGÀY 27/5:",
# "* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)", "Thứ Ba, ngày 13/5/2025", "THỨ HAI (09/02/2026):") over that
# day's entries, each a leader's engagement at an hour: "- Chủ tịch: 7 giờ 30’, họp …, điểm tại …",
# "- 8 giờ, Phó Chủ tịch X dự Hội thảo …", "- 08 giờ 00: Chủ tịch UBND làm việc với …". Each entry is a
# task, as each row of the calendar printed as a table is: the day dates it, its hour is its timing,
# the leader who attends leads it (by post; the name only says who holds it). One leader's line may
# hold several engagements, each a sentence opening on its hour or session ("… (LĐVP: Đ/c Tỉnh). 14
# giờ, họp nghe báo cáo …", "PCT.CN: Sáng làm việc tại cơ quan. 13 giờ 30’, cùng …") (folded).
CALENDAR_DAY = re.compile(r"^(?:(?:sang|chieu|toi)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s*[,(]?\s*"
                          r"(?:ngay\s+)?(?P<day>\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?)\s*\)?\s*(?:\([^()]{0,40}\))?\s*:?\s*"
                          r"(?P<after>.*)$")
_SESSION = r"(?:sáng|chiều|tối|trưa|cả ngày)"
_ENTRY_TIME = re.compile(r"^(?P<time>" + _HOUR + r"(?:\s*(?:[-–—]|đến)\s*" + _HOUR + r")?|" + _SESSION + r"(?=\s))"
                         r"(?:\s*[,:]\s*|\s+)(?P<rest>\S.*)$", re.I)
# "Chủ tịch: 7 giờ 30’, …", "Phó Chủ tịch Thường trực Đỗ Văn Lô: 8 giờ, …", "PCT. Thường trực: Sáng …"
_ENTRY_WHO = re.compile(r"^(?:\d{1,2}\.\s*)?(?P<who>[^:\d]{2,90}?)\s*:\s*(?P<rest>\S.*)$")
# the posts a calendar names its leaders by (folded), full or shortened ("PCT.CN", "PCT. Thường trực")
_LEADER_POST = re.compile(r"\b(?:chu tich|pct|bi thu|thuong truc|giam doc|truong ban|truong phong|lanh dao|uy vien|"
                          r"hieu truong)\b")
_NEXT_ENGAGEMENT = re.compile(r"(?<=[.;])\s+(?=" + _HOUR + r"\s*[,:]|(?:Sáng|Chiều|Tối)\s)")
# A calendar whose entries print no hour (a table's "Ngày | Nội dung công việc" columns read as
# text: "Thứ hai 21/5" over its lines): each line under the day is an engagement, its session closing
# it in brackets ("+ Ban Pháp chế giám sát Sở Nội vụ về cải cách hành chính (chiều).", "… (sáng; dự:
# đ/c Triệu)"); the unit it opens with attends it.
_SESSION_TAIL = re.compile(r"\s*\((?P<session>sáng|chiều|tối|trưa|cả ngày|ngày)\b[^()]{0,80}\)\s*[.;]?\s*$",
                           re.I)
_UNTIMED_ENTRY_MIN = 20   # shorter, a line under the day is a stray cell ("Nội dung", a page's link)


# Words that close a post, never a word of a person's name: "Phó Giám đốc Sở Lò Văn Hùng".
_POST_END_WORDS = frozenset(("Sở", "Ban", "Phòng", "Cục", "Vụ", "Viện", "Đoàn", "Hội", "Trường", "Huyện", "Tỉnh",
                             "Xã", "Phường", "Quận", "Thành", "Đảng", "Khối", "Ngành", "Đài", "Báo"))


def _post_only(person: str) -> str:
    """A leader as the calendar names them, by post: "Phó Chủ tịch Thường trực Đỗ Văn Lô" → "Phó Chủ
    tịch Thường trực", "đồng chí Bí thư Thành ủy" → "Bí thư Thành ủy" (a name is two to four
    capitalised words closing the post, whose own words end in small letters or capitals)."""
    person = re.sub(r"^(?:đ/c|đồng chí)\s+", "", person.strip(), flags=re.I)
    words = person.split()
    k = len(words)
    while k > 0 and len(words) - k < 4 and words[k - 1][:1].isupper() and words[k - 1][1:].islower() \
            and words[k - 1] not in _POST_END_WORDS:
        k -= 1
    if len(words) - k >= 2 and k > 0:
        words = words[:k]
    return " ".join(words).strip(" ,.")


def _calendar_leaders(who: str) -> list[str]:
    """The leaders a calendar entry's "who:" names, by post, in order."""
    if not _LEADER_POST.search(fold(who)):
        return []
    parts = re.split(r",\s*(?=\S)|\s+và\s+", who)
    out = []
    for part in parts:
        post = re.sub(r"^(?:các|cac)\s+", "", _post_only(part), flags=re.I)
        if post and post not in out and _LEADER_POST.search(fold(post)):
            out.append(post)
    return out


# The verbs an engagement opens on after the leaders who attend it ("Phó Chủ tịch Hồ Thu Ánh dự Hội thảo
# …", "Chủ tịch, các Phó Chủ tịch làm việc tại cơ quan", "Thường trực Thành ủy hội ý cùng …"), in small
# letters: a capitalised word there is a word of a name.
_ENGAGEMENT_VERB = re.compile(r"\s(?:dự|họp|làm việc|hội ý|tiếp|thăm|kiểm tra|chủ trì|nghe|thông qua|đi|khám|"
                              r"tham dự|tham gia|cùng|đối thoại|trao|phát biểu|báo cáo|khảo sát|giao ban)(?=\s)")
_LEADER_FIRST = re.compile(r"^(?:đ/c\s+|đồng chí\s+|các\s+)?(?:phó\s+)?(?:chủ tịch|pct|bí thư|thường trực|giám đốc|"
                           r"trưởng|lãnh đạo)\b", re.I)


def _opening_leaders(text: str) -> list[str]:
    """The leaders an engagement opens with, before its verb (see _ENGAGEMENT_VERB), by post."""
    if _LEADER_FIRST.match(text) is None or (m := _ENGAGEMENT_VERB.search(text[:160])) is None:
        return []
    return _calendar_leaders(text[:m.start()])


# An engagement a leader hands to another ("Ủy quyền đồng chí Lê Văn Khải, Ủy viên Ban Thường vụ, Trưởng
# Ban Dân vận Huyện ủy dự …"): the delegate attends it, by the post they act in: the first that heads
# a body (a seat on a committee, "Ủy viên …", only says they sit on it) (folded).
_DELEGATES = re.compile(r"^(?:ủy|uỷ)\s+quyền\s+(?:cho\s+)?(?:đồng chí|đ/c|ông|bà)\s+(?P<rest>.+)$", re.I)
_SEAT_ONLY = re.compile(r"^(?:uy vien|thanh vien)\b")


def _delegate_post(text: str) -> list[str]:
    """The post of the leader an engagement is handed to (see _DELEGATES), [] when none is printed."""
    if (m := _DELEGATES.match(text.strip())) is None or (v := _ENGAGEMENT_VERB.search(m["rest"])) is None:
        return []
    name, _, posts = m["rest"][:v.start()].partition(",")
    parts = [p.strip(" ,.") for p in re.split(r",|\s+kiêm\s+", posts) if p.strip(" ,.")]
    if not name.strip() or not parts:
        return []
    acting = next((p for p in parts if not _SEAT_ONLY.match(fold(p))), parts[0])
    return [acting] if _LEADER_POST.search(fold(acting)) or opens_with_post(acting) else []


def calendar_entries(doc: Document, skip: set[int],
                     headings: set[int]) -> list[tuple[str, str, str, list[str], int, int, int]]:
    """The entries of a work calendar printed as text (see CALENDAR_DAY), as (text, hour or session as
    printed, day as printed, leaders, start, end, start of the day's heading). [] unless a day heading
    stands over at least two timed entries in all. A line that opens no entry continues the one
    before it (its "Thành phần", "Địa điểm"); a numbered heading ends the day. (A line without a
    bullet under a day heading may have been joined to it: "CHỦ NHẬT 12/01/2025 15 giờ 00: …".)"""
    out: list[list] = []
    day = None
    day_at = 0
    for ln in doc.lines:
        if ln.index in skip:
            continue
        text = ln.text.strip()
        if not text:
            continue
        bare = text.lstrip("-*+•– ")
        if bare[:1] in "TtCc" and (m := CALENDAR_DAY.match(fold(bare))) is not None \
                and (not m["after"] or _ENTRY_TIME.match(bare[m.start("after"):]) is not None):
            day, day_at = bare[m.start("day"):m.end("day")], ln.start
            if not m["after"]:
                continue
            text = bare = bare[m.start("after"):]
        elif ln.index in headings:
            day = None
            continue
        if day is None:
            continue
        who, rest = "", bare
        if _ENTRY_TIME.match(bare) is None and (w := _ENTRY_WHO.match(bare)) is not None \
                and _ENTRY_TIME.match(w["rest"]) is not None and _field_of(bare) is None:
            who, rest = w["who"], w["rest"]
        if _ENTRY_TIME.match(rest) is None:
            if text.endswith("/.") or fold(text[:9]) == "noi nhan:" or fold(text[:8]) == "noi nhan":
                day = None   # the calendar's closing note ("… sẽ thông báo kịp thời./."), its recipients
                continue
            if out and out[-1][2] == day and text[:1] not in _BULLET_MARKS:
                out[-1][0] = f"{out[-1][0]} {text}"
                out[-1][5] = ln.end
            elif out and out[-1][2] == day and (_field_of(bare) is not None
                                                 or ":" in bare[:40] and is_context_heading(bare)):
                out[-1][5] = ln.end   # its field set under it with a bullet ("+ Thành phần: …"): no task
            continue
        pos = ln.start + ln.text.find(rest)
        for clause in _NEXT_ENGAGEMENT.split(rest):
            t = _ENTRY_TIME.match(clause)
            at = pos + rest.find(clause)
            if t is None:
                continue
            body = t["rest"].strip()
            leaders = _calendar_leaders(who) if who else []
            if (inner := _ENTRY_WHO.match(body)) is not None and _LEADER_POST.search(fold(inner["who"])) \
                    and len(inner["who"]) < 60:
                # ("SÁNG: 1. Chủ tịch, các Phó Chủ tịch UBND xã: Thực hiện …")
                leaders, body = leaders or _calendar_leaders(inner["who"]), inner["rest"].strip()
            out.append([body.rstrip(" ;"), t["time"], day, leaders, at, at + len(clause.rstrip()), day_at])
    timed = [e for e in out if e[1][:1].isdigit()]
    return [tuple(e) for e in out] if len(timed) >= 2 else _untimed_entries(doc, skip, headings)


def _untimed_entries(doc: Document, skip: set[int],
                     headings: set[int]) -> list[tuple[str, str, str, list[str], int, int, int]]:
    """calendar_entries of a calendar whose entries print no hour (see _SESSION_TAIL): every line
    under a day heading that stands alone; [] unless two such days hold two entries that close on
    their session."""
    out: list[tuple[str, str, str, list[str], int, int, int]] = []
    day = None
    day_at = 0
    days = 0
    for ln in doc.lines:
        if ln.index in skip:
            continue
        bare = ln.text.strip().lstrip("-*+•– ")
        if not bare:
            continue
        if bare[:1] in "TtCc" and (m := CALENDAR_DAY.match(fold(bare))) is not None:
            day, day_at = (bare[m.start("day"):m.end("day")], ln.start) if not m["after"] else (None, 0)
            days += day is not None
            continue
        if ln.index in headings or bare.endswith("/.") or fold(bare[:8]) == "noi nhan":
            day = None
            continue
        if day is None or len(bare) < _UNTIMED_ENTRY_MIN or not bare[:1].isupper():
            continue
        session = _SESSION_TAIL.search(bare)
        at = ln.start + ln.text.find(bare)
        out.append((bare[:session.start()].rstrip(" ;.") if session else bare.rstrip(" ;"),
                    session["session"] if session else "", day, [], at, at + len(bare), day_at))
    closed = sum(1 for e in out if e[1])
    return out if days >= 2 and closed >= 2 else []


def is_work_calendar(doc: Document) -> bool:
    """Is the text a work calendar's page (a day heading over timed entries, see CALENDAR_DAY)? A page
    that prints no plan's header may still be one: its entries are its tasks."""
    return any(ln.text.lstrip("-*+•– ")[:3].lower() in ("thứ", "chủ") for ln in doc.lines) \
        and bool(calendar_entries(doc, set(), set()))


def calendar_tasks(doc: Document, skip: set[int], headings: set[int], when: PlanTime,
                   owner: Callable[[int], Node | None] = lambda start: None
                   ) -> tuple[list[tuple[int, Task]], list[tuple[int, int]]]:
    """The entries of a work calendar printed as text (calendar_entries) as tasks, and the spans of
    text they fill (each day heading's line; each entry from its line's start, its leader, to its
    end), merged where only blanks part them: a task read inside one of them is an entry read twice,
    while one reaching past them (an item over the calendar, an untimed duty under a day) is not."""
    found = []
    root = Node(section=Section(section_id=None, level=2, marker="", heading="", kind="content"),
                line=0, title="")
    entries = calendar_entries(doc, skip, headings)
    if entries and when.year is None:
        # a day printed without its year takes the year of the week the calendar heads with ("Lịch làm
        # việc … từ ngày 14/3 đến ngày 18/3/2022") or of a day printed with one
        years = [d.year for d in find_dates(" ".join(e[2] for e in entries)) if d.year]
        if not years:
            first = min(e[6] for e in entries)
            top = " ".join(ln.text for ln in doc.lines[:6] if ln.end <= first)
            years = [d.year for d in find_dates(top) if d.year]
        if years:
            when = replace(when, year=years[-1])
    kept = []
    for text, hour, day, leaders, start, end, day_at in entries:
        node = owner(start)
        if node is not None and _content_root(node).kind in NOT_TASK_KINDS:
            continue   # (the days a purpose or an organization part names are no calendar)
        line, heading = doc.line_at(start), doc.line_at(day_at)
        kept += [(line.start if line is not None else start, end),
                 (day_at, heading.end if heading is not None else day_at)]
        dated = when.cell(day)
        timing = replace(dated, text=hour or None) if dated is not None and dated.deadline is not None else None
        leaders = leaders or _opening_leaders(text) or _delegate_post(text)
        lead, support = (leaders, []) if leaders else step_units(text)
        found.append((start, _list_task(node or root, "", text, None, timing, hour or None,
                                        [_post_only(u) for u in lead], support, doc.page_at(start), start, end)))
    spans: list[tuple[int, int]] = []
    for a, b in sorted(kept):
        if spans and not doc.text[spans[-1][1]:a].strip():
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return found, spans


def _line_at(doc: Document, lines: list[int], start: int) -> int:
    """The index, among `lines`, of the line that starts at character `start`."""
    return next((i for i in lines if doc.lines[i].start == start), lines[0])


def _content_root(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def extract_tasks(doc: Document, nodes: list[Node], tables: list[TaskTable],
                  when: PlanTime = PlanTime()) -> list[Task]:
    """Every task of the plan, in reading order, with its timing and units. when: the time the
    plan's trích yếu sets its tasks in (header.plan_time): the year of a date printed without one,
    how far a multi-year plan's deadlines reach, the year of each day a short plan across a year
    end prints alone, the lunar year of a Chạp printed alone."""
    table_lines = {i for t in tables for i in t.lines}
    # the lines of the tables whose rows are tasks: an item over one is its caption; over another
    # table (the cơ sở it will inspect, a list of targets) it is a task of its own
    task_table_lines = {i for t in tables if t.is_task_table and t.rows for i in t.lines}
    thing_lines = {i for t in tables if not t.is_task_table and lists_things(t.header) for i in t.lines}
    by_line = {ln: node for node in nodes for ln in [node.line] + node.body}
    found: list[tuple[int, Task]] = []
    # item_text and _group_context of a node, computed once: siblings look at each other's fields
    items: dict[int, tuple[str, Fields, int]] = {}
    contexts: dict[int, tuple[int | None, list[str]]] = {}
    phases: dict[int, str | None] = {}
    inherited: dict[int, Fields] = {}
    blocks: dict[int, bool] = {}
    absorbed: set[int] = set()   # sub-items read as the objects of the item above them (_lists_objects)

    def item_of(n: Node) -> tuple[str, Fields, int]:
        got = items.get(id(n))
        if got is None:
            got = items[id(n)] = item_text(doc, n, table_lines)
        return got

    def inherited_of(n: Node) -> Fields:
        got = inherited.get(id(n.parent))  # (it only reads the headings above the node)
        if got is None:
            got = inherited[id(n.parent)] = _inherited_fields(n, item_of)
        return got

    def phase_of(n: Node) -> str | None:
        key = id(n.parent)  # (it only reads the headings above the node)
        if key not in phases:
            phases[key] = _heading_years(n) or _heading_months(n)
        return phases[key]

    def blocks_of(parent: Node) -> bool:
        got = blocks.get(id(parent))
        if got is None:
            got = blocks[id(parent)] = any(_has_own_bullets(doc, s, table_lines) for s in parent.children)
        return got

    def context_of(n: Node) -> tuple[int | None, list[str]]:
        got = contexts.get(id(n.parent))  # (it only reads the headings above the node)
        if got is None:
            got = contexts[id(n.parent)] = _group_context(n)
        return got

    # 1. task tables, wherever a schedule can stand
    for table in tables:
        if not table.is_task_table or not table.rows:
            continue
        owner = by_line.get(table.lines[0])
        if owner is not None and _content_root(owner).kind in NOT_TASK_KINDS:
            continue
        row_when = when
        # the timing field of the item the table sits under ("3. Kiểm tra các cơ sở kinh doanh; thời
        # gian: Quý III/2026." over the cơ sở and what to check at each): the time of its rows that
        # print none of their own
        caption_timing = None
        if owner is not None and owner.section.level >= 2 and owner.kind == "content":
            owner_text, owner_fields, _ = item_of(owner)
            if owner_fields.timing is None and ":" in owner_text:
                owner_fields = trailing_fields(owner_text)[1]
            caption_timing = owner_fields.timing
        event_day: list[Timing | None] = []   # (the day printed above a programme, read once a table)
        for row in table.rows:
            lead, support = split_units(_posts(row.units)) if row.units else ([], [])
            if table.joint_units and len(lead) > 1 and not support and not has_role_label(row.units):
                # a joint "chủ trì, phối hợp" column that labels no role names the lead first
                lead, support = lead[:1], lead[1:]
            if row.support:
                s_lead, s_support = split_units(_posts(row.support))
                support = support + s_lead + s_support
            if row.presiding:
                # the leader who presides is named by post, "Đ/c" (đồng chí) only the address
                p_lead, p_support = split_units(_posts(row.presiding))
                lead = lead + [u for u in p_lead if u not in lead]
                support = support + [u for u in p_support if u not in support]
            timing = row_when.of(row.content, row.timing or None)
            if timing is None and caption_timing and not row.period:
                timing = row_when.cell(caption_timing)
            if row.period and row.timing and not (timing and (timing.deadline or timing.recurring)) \
                    and (dated := day_in_group_month(row.timing, row.period)):
                by_day = row_when.cell(dated)
                if by_day is not None and by_day.deadline is not None:
                    timing = replace(by_day, text=row.timing)
            if not row.period and not (timing and (timing.deadline or timing.recurring)) \
                    and (own := in_group_quarter(row.timing, row.quarter)):
                by_quarter = row_when.cell(own)
                if by_quarter is not None and by_quarter.deadline is not None:
                    timing = replace(by_quarter, text=row.timing)
            if row.period and not (timing and (timing.deadline or timing.recurring)):
                # the month group the row sits under dates it when its own cell does not
                grouped = row_when.cell(row.period)
                if grouped is not None and row.timing and _is_clock(row.timing):
                    # a programme's hours under its day: the day dates them, the hours are their timing
                    grouped = replace(grouped, text=row.timing)
                timing = grouped
            if not row.period and not (timing and timing.deadline) and clock_time(row.timing):
                # a programme's hours under no day's group row: the event's day printed above the
                # programme dates them, as it does a programme's steps printed as lines (programme_day)
                if not event_day:
                    event_day.append(programme_day(doc, table.lines[0], when))
                if event_day[0] is not None:
                    timing = replace(event_day[0], text=row.timing)
            if timing is not None and timing.deadline is not None and when.after is not None \
                    and timing.deadline > (row_when.after or when.after):
                # a schedule runs forward: a yearless Tết after a row due in December is the next one
                row_when = replace(when, after=timing.deadline)
            quarter = row.quarter or (timing.quarter if timing else None)
            found.append((row.char_start, Task(
                task_id=0, section_id=owner.section.section_id if owner else None, origin="table",
                label=row.label, text=row.content, quarter=quarter,
                deadline=timing.deadline if timing else None,
                timing_text=(timing.text if timing else None) or (row.timing or None),
                lead_units=lead, support_units=support, page=row.page,
                char_start=row.char_start, char_end=row.char_end)))

    def joined_task(node: Node, parts: list[str], fields: Fields, end: int) -> tuple[int, Task]:
        """One task of an item whose sub-items joined its text (fields, contexts, the things it is
        done at): its quarter, timing and units as a numbered item's, the units its text says where
        no field names them."""
        text = " ".join(p.strip() for p in parts if p.strip())
        quarter, group_units = context_of(node)
        timing = when.of(text, fields.timing)
        said_lead, said_support = responsible_units(text) if not fields.lead else ([], [])
        start = doc.lines[node.line].start
        return start, _list_task(node, node.section.marker, text, quarter, timing, fields.timing,
                                 fields.lead or said_lead or group_units, fields.support or said_support,
                                 node.section.page, start, end)

    # 2. the deepest numbered items of content sections
    for node in nodes:
        if id(node) in absorbed:
            continue
        in_content = node.kind == "content" and _content_root(node).kind == "content"
        if not node.children and node.body and node.kind not in NOT_TASK_KINDS \
                and (in_content or _programme_part(node)) \
                and sum(1 for i in node.body if _period_of(doc.lines[i].text) is not None) >= 2:
            pieces = period_tasks(doc, node, table_lines, blocks_only=node.section.level > 1)
            programme = bool(pieces) and _clock_run(pieces)
            if not in_content and not programme:
                # (outside a content part, as under "III. KẾ HOẠCH SƠ DUYỆT" / "2) Thời gian: Ngày 02/10/2010",
                # only a programme's timed steps are tasks)
                pieces = []
            if pieces:
                quarter_above, group_units = context_of(node) if node.parent else (None, [])
                day = programme_day(doc, _line_at(doc, node.body, pieces[0][3]), when) if programme else None
                for text, month, quarter, start, end in pieces:
                    if month and _is_clock(month) or programme and month == "":
                        # a programme step is timed by its hours alone: a period its text names
                        # ("Báo cáo tổng kết giai đoạn 2020 - 2025") is what it is about; the day
                        # printed above the programme dates it
                        found.append((start, _step_task(doc, node, text, month, quarter_above, day, start, end, when)))
                        continue
                    week = _week_in_month(text, month, when) if month and text[:1] in "Tt" else None
                    if week is not None:
                        text = week[1]
                    text, fields = trailing_fields(text)
                    timing = when.of(text, fields.timing) or _closing_day(text, when)
                    if week is not None and not (timing and (timing.deadline or timing.recurring)):
                        timing = week[0]
                    if month and not (timing and (timing.deadline or timing.recurring)):
                        timing = when.cell(month)
                    lead, support = bullet_units(text, fields, group_units)
                    found.append((start, _list_task(node, "", text, quarter or quarter_above, timing, None,
                                                    lead, support, doc.page_at(start), start, end)))
                continue
        if node.section.level == 1 and node.kind == "content" and not node.children and node.body \
                and sum(doc.lines[i].text[:1] in _BULLET_MARKS for i in node.body) >= 2 \
                and not any(i in table_lines for i in node.body):
            # a part of bullets and no numbered item: each bullet is a task (see loose_bullets),
            # unless the part sends its tasks to an appendix whose table was read ("- Tuyên truyền …"
            # / "- Rà soát …" / "Nhiệm vụ cụ thể … tại Phụ lục kèm theo."): its bullets sum that table up
            if any(t.origin == "table" for _, t in found) and _sends_to_appendix(doc, node):
                continue
            month, month_end = part_month(node.title), None
            if month is None and (lone := lone_month_heading(doc, node, table_lines)) is not None:
                month, month_end = lone
            for text, start, end in loose_bullets(doc, node, table_lines):
                label, text = numbered_bullet(text)
                text, fields = trailing_fields(text)
                timing = when.of(text, fields.timing)
                if month and (month_end is None or start < month_end) \
                        and not (timing and (timing.deadline or timing.recurring)):
                    # the month the part is the plan of ("II. Kế hoạch công tác tháng 10/2019") dates
                    # each bullet, by its closing day ("…, ngày 15/11") or else by the month's end,
                    # as a month's heading does the bullets under it
                    timing = _closing_day(text, when) or when.cell(month)
                lead, support = bullet_units(text, fields)
                found.append((start, _list_task(node, label, text, None, timing, fields.timing,
                                                lead, support, doc.page_at(start), start, end)))
            continue
        if node.section.level >= 2 and in_content and not node.children and node.body and period_items(node):
            # "1. Quý I/2025" / "- Rà soát …" / "- Tổ chức …": each bullet is a task of that period;
            # a quarter is its quarter, months its timing (as under an unnumbered "Quý I:", "Tháng 1:")
            quarter, month = _period_title(node)
            bullets = loose_bullets(doc, node, table_lines, least=1)
            for text, start, end in bullets:
                label, text = numbered_bullet(text)
                text, fields = trailing_fields(text)
                timing = when.of(text, fields.timing)
                if month and not (timing and (timing.deadline or timing.recurring)):
                    timing = _closing_day(text, when) or when.cell(month)
                elif quarter and timing is None and _WITHIN.match(node.title):
                    # "1. Trong quý II" says by when, as "… trong quý II" after a task does: the quarter's end
                    timing = when.of(node.title.rstrip(":. "), None)
                lead, support = bullet_units(text, fields)
                found.append((start, _list_task(node, label, text, quarter, timing, fields.timing,
                                                lead, support, doc.page_at(start), start, end)))
            if bullets:
                continue
        if node.section.level < 2 or node.kind != "content":
            continue
        root = _content_root(node)
        if root.kind != "content":
            continue
        if node.children and _parts_are_fields(node):
            # one task: its sub-items say who, when, for whom and how of it ("a) Thành phần: …",
            # "b) Hình thức: …", "c) Thời gian, địa điểm: …"); fields fill its timing and units, the
            # rest joins its text as a bullet of context would
            text, own, end = item_of(node)
            fields = Fields(own.timing, list(own.lead), list(own.support))
            parts = [text]
            for kid in node.children:
                kid_text, kid_fields, kid_end = item_of(kid)
                fld = _field_of(kid_text)
                if fld is not None:
                    _apply_fields(fields, split_field(*fld))
                else:
                    parts.append(kid_text)
                if kid_fields.timing:
                    fields.add_timing(kid_fields.timing)
                fields.lead.extend(kid_fields.lead)
                fields.support.extend(kid_fields.support)
                end = max(end, kid_end)
                absorbed.add(id(kid))
            found.append(joined_task(node, parts, fields, end))
            continue
        if node.children and _lists_objects(node, item_of):
            # one task, its sub-items the things it is done at, joined as bullets are
            text, fields, end = item_of(node)
            parts = [text]
            for kid in node.children:
                kid_text, kid_fields, kid_end = item_of(kid)
                parts.append(kid_text)
                end = max(end, kid_end)
                absorbed.add(id(kid))
            if fields.empty():
                fields = kid_fields
            found.append(joined_task(node, parts, fields, end))
            continue
        if any(c.section.level > node.section.level for c in node.children):
            continue  # not the deepest level: its children are the tasks
        if is_context_heading(node.title) or _field_of(node.title) is not None:
            continue   # (a field printed as an item speaks for the part's work: _field_items)
        if node.section.level == 2 and bare_caps_heading(node) and not WORK_OPENING.match(fold(node.title)):
            # a group's heading numbered as one of its items: they are the tasks (an activity in capitals,
            # "1. TỔ CHỨC LỄ RA QUÂN THÁNG THANH NIÊN", opens on its verb: work of its own)
            continue
        if any(i in task_table_lines for i in node.body):
            continue  # the item heads a task table; the rows are the tasks
        if any(i in table_lines for i in node.body) and item_of(node)[0].rstrip().endswith(":") \
                and not any(i in thing_lines for i in node.body):
            # "Phấn đấu đạt các chỉ tiêu sau:": it only leads into the table; over a list of things
            # ("Kiểm tra các cơ sở sau:" over "STT | Tên cơ sở | Địa chỉ") it is the work done at them
            continue
        title_len = len(node.title)
        if (title_len < 120 or title_len < 160 and ";" not in node.title and not leading_units(node.title)) \
                and _points_to_appendix(fold(node.title)):
            # (a longer item that lists the appendix's columns is still one clause that points there:
            # "4. Các nhiệm vụ cụ thể, cơ quan chủ trì, … và thời hạn hoàn thành tại Phụ lục kèm theo …")
            continue
        if node.body and sum(doc.lines[i].text[:1] in _BULLET_MARKS for i in node.body) >= 2:
            pieces = bullet_tasks(doc, node, table_lines)
            if pieces:
                quarter, group_units = context_of(node)
                heading_units = unit_heading(node.title) or group_units
                for text, fields, start, end in pieces:
                    said_lead, said_support = responsible_units(text) if not fields.lead else ([], [])
                    timing = when.of(text, fields.timing)
                    if timing is None and not fields.timing and (phase := _leading_years(text) or phase_of(node)):
                        timing = when.cell(phase)
                    found.append((start, _list_task(
                        node, "", text, quarter, timing, fields.timing,
                        fields.lead or said_lead or heading_units, fields.support or said_support,
                        doc.page_at(start), start, end)))
                continue
        text, fields, end = item_of(node)
        own_units = unit_heading(node.title) if node.body else []
        if own_units:
            # "4. Phòng Giáo dục và Đào tạo:" over a paragraph: the unit leads, the paragraph is the task
            text = text[len(node.title):].strip()
            if not text:
                continue
        elif ":" in node.title:
            # "6. UBND các xã, thị trấn: Xây dựng kế hoạch …": the unit heads its duties on one line
            head, _, rest = node.title.partition(":")
            own_units = unit_heading(head) if rest.strip() else []
            if own_units:
                text = text[len(head) + 1:].strip()
        if fields.empty() and ":" in text:
            # fields printed after the item's sentence ("… hồ Thác Bà (Cơ quan chủ trì: Phòng Văn hóa;
            # thời gian: Quý II/2025).", "… bến thuyền. Chủ trì: Phòng Kinh tế và Hạ tầng; thời gian:
            # Quý IV/2025."): its own units and timing, never a run's (below); the text stays as printed
            fields = trailing_fields(text)[1]
        # "… Giao Phòng Y tế chủ trì, phối hợp với Công an xã thực hiện": the item says who, in prose
        said_lead, said_support = responsible_units(
            _bullets_closed(doc, node, table_lines) if not own_units and text.lower().count("chủ trì") > 1
            else _heading_closed(node, text)) if not fields.lead else ([], [])
        siblings = node.parent.children if node.parent else []
        if fields.empty() and not said_lead and siblings and siblings[-1] is not node:
            # fields printed once after a run of items apply to each item of the run (an item
            # that names its own units is not of that run; items that hold bullets of their own
            # are blocks, and the fields closing the last block are its own)
            last_text, last_fields, _ = item_of(siblings[-1])
            others = [s for s in siblings[:-1] if not item_of(s)[1].empty()]
            if not last_fields.empty() and not others and not blocks_of(node.parent):
                # (an item that prints its own timing keeps it, as over its group heading's: the run's
                # timing is for the items that print none)
                own = when.find(text) if last_fields.timing else None
                fields = last_fields if own is None else Fields(None, last_fields.lead, last_fields.support)
        quarter, group_units = context_of(node)
        timing = when.of(text, fields.timing)
        group = inherited_of(node)
        if timing is None and not fields.timing and group.timing:
            timing = when.cell(group.timing)
            fields = Fields(group.timing, fields.lead, fields.support)
        if timing is None and not fields.timing and (phase := _leading_years(text) or phase_of(node)):
            timing = when.cell(phase)
            fields = Fields(phase, fields.lead, fields.support)
        if not (fields.lead or said_lead or own_units or group_units) and group.lead and not says_own_doer(text):
            fields = Fields(fields.timing, group.lead, fields.support or group.support)
        lead = fields.lead or said_lead or own_units or group_units or leading_units(text)
        subject_text = text
        if not lead and (lead := _body_subject(node.title, text)):
            subject_text = text[len(node.title.strip()):].strip()
        bullet_doers = [] if lead else _bullet_doers(doc, node, table_lines)
        lead = lead or bullet_doers
        # an item of one line that prints its doer after its duty ("2. Trang trí khánh tiết (Đoàn TN, Văn
        # phòng)"); an item with bullets says it per bullet (above)
        duty_lead, duty_support = ([], []) if lead or any(
            doc.lines[i].text.lstrip()[:1] in _BULLET_MARKS for i in node.body) else duty_doers(text)
        lead = lead or duty_lead
        # a unit that leads by its heading ("1. Công an tỉnh: a) Chủ trì, phối hợp với …") or a field
        # is the unsaid subject of the text's "phối hợp với …" (with no unit in charge printed, the
        # item's partners are the issuer's: "Phối hợp với Trung tâm Y tế huyện tổ chức …" of its own work
        # names the Trung tâm its partner, with nobody in charge printed)
        headed = bool(fields.lead or own_units or group_units) and not said_lead
        headed = headed or (not lead and fold(text[:10]).startswith("phoi hop"))
        # a text that opens with its units, the subject, names its partners after them ("Các chi
        # hội phối hợp với Công an xã nắm tình hình …")
        subject = bool(lead) and not (headed or said_lead or bullet_doers or duty_lead)
        # a text that opens on "Phối hợp với Y …" and says later who leads ("… X chủ trì.") names
        # that lead's partners first: X is the unsaid subject of the opening clause
        opens_partnered = bool(said_lead) and text[:13].lower().startswith("phối hợp với ")
        support = fields.support or said_support or duty_support or (
            partner_units(text) if headed or opens_partnered else subject_partners(subject_text) if subject else [])
        start = doc.lines[node.line].start
        found.append((start, _list_task(node, node.section.marker, text, quarter, timing, fields.timing,
                                        lead, support, node.section.page, start, end)))

    if not nodes:
        # a plan with no heading outline (a school's short programme: "1. Thời gian: 7h30 ngày 05/9" /
        # "4. Nội dung:" / "- Từ 7h30 - 7h40: Chào cờ" / "- Đánh trống khai trường" / …): the steps of
        # its programmes are its tasks, as under a "Chương trình" part
        for seg in _programme_segments(doc, table_lines):
            if sum(1 for i in seg if _period_of(doc.lines[i].text.strip()) is not None) < 2:
                continue
            loose = Node(section=Section(section_id=None, level=2, marker="", heading="", kind="content"),
                         line=seg[0], title="", body=seg)
            pieces = period_tasks(doc, loose, table_lines, blocks_only=True)
            if not pieces or not _clock_run(pieces):
                continue
            day = programme_day(doc, _line_at(doc, seg, pieces[0][3]), when)
            for text, month, _, start, end in pieces:
                found.append((start, _step_task(doc, loose, text, month, None, day, start, end, when)))

    if not nodes and not found:
        for part in unoutlined_work_parts(doc, table_lines):
            for text, start, end in loose_bullets(doc, part, table_lines):
                label, text = numbered_bullet(text)
                text, fields = trailing_fields(text)
                lead, support = bullet_units(text, fields)
                timing = when.of_ahead(text, fields.timing)
                found.append((start, _list_task(part, label, text, None, timing, fields.timing,
                                                lead, support, doc.page_at(start), start, end)))

    if not found:
        # a programme whose parts print their times ("I. Rước đuốc … (17 giờ 30 phút đến 18 giờ 30 phút)")
        steps = timed_parts(nodes)
        day = (programme_day(doc, steps[0][0].line, when) or _event_day(doc, nodes[0].line, when)) if steps else None
        for node, text, hours in steps:
            start = doc.lines[node.line].start
            end = doc.lines[max([node.line] + node.body)].end
            step = _step_task(doc, node, text, hours, None, day, start, end, when)
            step.label = node.section.marker
            found.append((start, step))

    # 3. the entries of a work calendar printed as text, day by day: they, not the programme steps or
    # the items read over the same lines, are the tasks (the day heading dates each entry)
    if any(ln.text.lstrip("-*+•– ")[:3].lower() in ("thứ", "chủ") for ln in doc.lines):
        def owner(start: int) -> Node | None:
            line = doc.line_at(start)
            return by_line.get(line.index) if line is not None else None
        entries, spans = calendar_tasks(doc, table_lines, {n.line for n in nodes}, when, owner)
        if entries:
            found = [(k, t) for k, t in found if t.origin == "table" or not any(
                a <= t.char_start and t.char_end <= b for a, b in spans)]
            found.extend(entries)

    found.sort(key=lambda x: x[0])
    tasks = [t for _, t in found]
    if when.span is None:
        # a calendar printed without years runs forward: its order sets each month's year
        yearless = [t for t in tasks if t.deadline is not None and yearless_months(t.timing_text)]
        for t, due in zip(yearless, calendar_years([t.deadline for t in yearless], when.issued, when.year)):
            t.deadline = due
    for i, t in enumerate(tasks):
        t.task_id = i
        if t.origin == "list" and t.quarter and t.deadline is None and when.year \
                and _WITHIN_THE_QUARTER.search(fold(t.timing_text or t.text)):
            t.deadline = quarter_end(when.year, t.quarter)
    return tasks
