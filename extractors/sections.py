"""The heading tree: Roman (or lettered: A., B.) parts, 1., 1.1., a), (1) items and PHỤ LỤC appendices.

Levels come from the kind of marker, never from its value, so numbering that repeats or skips
("II." twice) still gives a sound tree. A section's kind comes from the meaning of its heading.
Lines claimed by tables are not headings (a "I Quý I" group row is a table group).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.closing import approval_end, recipients_caption_end, upper_share
from models.records import Section
from pipeline.document import Document, Line
from pipeline.normalize import THOUSANDS, VI_UPPER, caps_heading_rest, ends_clause, fold
from pipeline.memo import memo

# ---------------------------------------------------------------- patterns
# "II. NỘI DUNG", "II - NỘI DUNG", "II- NỘI DUNG" (Party), "II NỘI DUNG" (caps), OCR "Il." / "1I."
# Commune offices often type a slash for the dot ("I/ MỤC ĐÍCH, YÊU CẦU", "II/ NỘI DUNG"): a space and a
# capital must follow it, so "V/v …" (về việc) and "I/2025" wrapped off "quý" stay text. School and
# Đội plans type both, "II/. NỘI DUNG" ("I/.MỤC ĐÍCH" with no space): a capital after them.
ROMAN_PART = re.compile(r"^(?P<m>[IVXL]{1,5})(?:\s*(?P<p>[.):\-–]|/(?=\s+[" + VI_UPPER + r"])|/\.(?=\s*[" + VI_UPPER + r"]))\s*|\s+)(?P<h>\S.*)$")
# Parts named "Phần": "PHẦN II. NỘI DUNG", "Phần I: Mục đích, yêu cầu", "PHẦN THỨ HAI", or "Phần I"
# alone on its line with the heading on the next one. An ordinal word needs its "thứ".
# Some number them in figures ("Phần 1. MỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ 2: NHIỆM VỤ"): the same parts.
# A programme or a long plan may call its parts "Chương" ("Chương I" over "MỤC TIÊU, YÊU CẦU",
# "CHƯƠNG II. NHIỆM VỤ, GIẢI PHÁP"): parts as "Phần" are ("Chương trình …" has no number after it).
# Without "thứ" the word is a count ("PHẦN MỘT", "Phần hai"): a part only where the line is the marker
# alone or a mark and a heading follow it ("PHẦN HAI: NHIỆM VỤ"), as "Phần năm 2025 còn lại" never is.
PART = re.compile(r"^(?:ph[ầa]n|ch[ưu][ơo]ng)\s+(?:(?:th[ứu]\s+)?(?:(?P<r>[ivxl]{1,5})|(?P<d>[1-9]|1[0-2]))\b|th[ứu]\s+(?P<w>nhất|hai|"
                  r"ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b|(?P<c>một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)(?=\s*(?:[.:\-–]|$)))"
                  r"\s*(?P<p>[.:\-–])?\s*(?P<h>.*)$", re.I)
DIGIT_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ORDINAL_ROMAN = {"nhất": "I", "một": "I", "hai": "II", "ba": "III", "tư": "IV", "bốn": "IV", "năm": "V", "sáu": "VI",
                 "bảy": "VII", "tám": "VIII", "chín": "IX", "mười": "X"}
# Parts lettered instead ("A. MỤC ĐÍCH, YÊU CẦU" … "Đ. TỔ CHỨC THỰC HIỆN", or as Party documents
# mark them "A- MỤC ĐÍCH, YÊU CẦU", "B – NHIỆM VỤ"): a capital of the Vietnamese alphabet (no F, and
# I is Roman) before a heading in capitals.
LETTER_PART = re.compile(r"^(?P<m>[A-EGHĐ])\s*(?:[.)]|[-–/](?=\s))\s*(?P<h>\S.*)$")
APPENDIX = re.compile(r"^PH[ỤU]\s*L[ỤU]C(?:\s+(?:S[ỐO]\s*)?(?P<n>[0-9IVXL]{1,4}|[A-Z]))?\b\s*[:.\-–]?\s*(?P<h>.*)$", re.I)
ITEM_DECIMAL = re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){1,3})\s*[.):]?\s+(?P<h>\S.*)$")
# Party documents print "1- Mục đích" (the dash needs a space after it: "06-NQ/TW" is a symbol
# that a wrapped line may open with, and "15-19/5" a range); school plans "1/. Hình thức".
ITEM_NUMBER = re.compile(r"^(?!" + THOUSANDS + r")(?P<m>\d{1,2})\s*(?P<p>[.):]|[/\-–](?=\s)|/\.)\s*(?P<h>\S.*)$")
ITEM_NUMBER_BARE = re.compile(r"^(?P<m>\d{1,2})\s+(?P<h>[" + VI_UPPER + r"][^\s]*\s.*)$")
# "a)", "a." and, as many commune offices type it, "a/" before a capital ("a/ Tuyên truyền …"); the
# slash needs a space after it, so "đ/c" (đồng chí) and "b/c" (báo cáo) opening a wrapped line stay text.
ITEM_LETTER = re.compile(r"^(?P<m>[a-zđ])\s*[)]\s*(?P<h>\S.*)$|^(?P<m2>[a-hđ])[./]\s+(?P<h2>[" + VI_UPPER + r"].*)$")
ITEM_PAREN = re.compile(r"^\((?P<m>\d{1,2})\)\s*(?P<h>\S.*)$")
# Items numbered after a word, as programmes and plans under a national target programme print them:
# "Nhiệm vụ 1: Cải cách thể chế", "Dự án 3. Hỗ trợ phát triển sản xuất", "Hoạt động 2.1 – …". The
# number is the item's; the word only says what kind of item it is.
WORD_ITEM = re.compile(r"^(?:nhiệm vụ|nội dung|hoạt động|giải pháp|mục tiêu|mục|dự án|tiểu dự án|chương trình|đề án)"
                       r"\s+(?:số\s+)?(?P<m>\d{1,2}(?:\.\d{1,2}){0,2})\s*[:.\-–]\s*(?P<h>\S.*)$", re.I)
_WORD_ITEM_INITIALS = frozenset("NnHhGgMmDdTtCcĐđ")
# Parts called "Mục" with a Roman number ("MỤC I. MỤC ĐÍCH, YÊU CẦU", "Mục II: Nội dung thực hiện"), as
# "Phần" parts are; the word capitalised and a point after the number ("Mục 2." in figures is an item,
# "mục II" in small letters the rest of a sentence that cites it).
MUC_PART = re.compile(r"^(?:Mục|MỤC)\s+(?P<m>[IVXL]{1,5})\s*[.:\-–]\s*(?P<h>\S.*)$")
# Where the body ends: the list of recipients (its caption as the closing reader knows it:
# closing.recipients_caption_end) and the signature, opened by the signer's authority (folded).
# (no \b after the dot: "tm. uy ban" has no word boundary between "." and " "; a Party body's
# authority is printed with a slash, "T/M", "K/T", "T/L", Hướng dẫn 36-HD/VPTW)
SIGNER_AUTHORITY = re.compile(r"^(?:(?:tm|kt|tl|tuq|q)\.\s*\S|(?:t/m|k/t|t/l)\b)")
# (the first letters, printed, of a line _closing_line may accept: the caption's "Nơi", an authority;
# a caption after a bullet, "- Nơi nhận: UBND huyện", is a task's field inside the body)
_CLOSING_INITIALS = frozenset("NnTtKkQq")


def _closing_line(text: str) -> bool:
    """Does the line open the closing: the recipients' caption or the signer's authority?"""
    return recipients_caption_end(text) is not None or SIGNER_AUTHORITY.match(fold(text)) is not None


# A head who signs in their own name prints the title alone, no "TM."/"KT." above it ("GIÁM ĐỐC",
# "HIỆU TRƯỞNG", "ĐỒN TRƯỞNG"), and a typist may set the signature before "Nơi nhận": such a title
# in capitals with the signature's "(Đã ký)", a name or "Nơi nhận" right under it ends the body too.
BARE_SIGNER_TITLE = re.compile(r"(?:(?:pho|quyen)\s+)?(?:giam doc|hieu truong|chu tich|chu nhiem|bi thu|truong (?:ban|phong|tram|khoa)"
                               r"|chi huy truong|don truong|doi truong|tram truong|hat truong|vien truong|cuc truong|chanh van phong"
                               r"|tong bien tap)")
_BARE_TITLE_INITIALS = frozenset("GHCBTĐDVPQ")
# The first letters of such a title and of the approval beside one, the school's leaders first ("LÃNH ĐẠO
# NHÀ TRƯỜNG DUYỆT")
_SIGNATURE_INITIALS = _BARE_TITLE_INITIALS | {"L"}
_SIGNED_MARK = re.compile(r"\(?\s*(?:da ky|ky,? (?:ghi ro )?ho ten|ky ten|ky va dong dau)\b")


# A school's or a Pioneer union's plan closes on the principal's approval beside its author's title, the
# two signatures under them: "DUYỆT CỦA BAN GIÁM HIỆU      TỔNG PHỤ TRÁCH ĐỘI", "Duyệt BGH   GV Tổng
# phụ trách Đội" (folded). The approval, not the verb of a task ("Duyệt kế hoạch của các tổ"); the signer's
# reader takes the same words from the signature's run: one reader, closing.approval_end.
def _approval_line(text: str) -> bool:
    """Is the line the approval that opens a school plan's signatures (closing.approval_end), its names maybe
    run on after it?"""
    words = text.split()
    return len(words) <= 14 and approval_end(" ".join(words), fold(text)) is not None


def _bare_signature(doc: Document, k: int) -> bool:
    """Is line k a signer's title printed alone, the signature under it (see BARE_SIGNER_TITLE), or the
    approval that opens a school plan's signatures (closing.approval_end)?"""
    text = doc.lines[k].text.strip()
    if _approval_line(text):
        return True
    if len(text) > 30 or text[:1] not in _BARE_TITLE_INITIALS or not _is_caps(text) \
            or not BARE_SIGNER_TITLE.fullmatch(fold(text)):
        return False
    for ln in doc.lines[k + 1:k + 3]:
        t = ln.text.strip()
        words = t.split()
        if recipients_caption_end(t) is not None or _SIGNED_MARK.match(fold(t)) or (
                2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)):
            return True
    return False
QUARTER_HEADING = re.compile(r"^quy\s+([ivx]+|[1-4])\b")
# A table's header row flattened into a line: "STT NỘI DUNG CÔNG VIỆC …" (folded).
STT_START = re.compile(r"^(?:stt|tt|so tt)\b")

# Section kinds, by heading meaning (fold()ed). Order matters: the first that matches wins.
KIND_RULES: list[tuple[str, re.Pattern]] = [
    ("appendix", re.compile(r"^phu luc")),
    ("purpose_requirements", re.compile(r"muc (?:dich|tieu).*yeu cau|yeu cau.*muc (?:dich|tieu)")),
    ("purpose", re.compile(r"^(?:muc dich|muc tieu|quan diem|chi tieu)")),
    # a part of targets named by a word before "chỉ tiêu" ("III. Nội dung chỉ tiêu cụ thể", "II. MỘT SỐ
    # CHỈ TIÊU", "II- CÁC CHỈ TIÊU CHỦ YẾU"): figures to reach, as a "CHỈ TIÊU" part's, not work; a part
    # that names the work beside them ("Các chỉ tiêu và nhiệm vụ trọng tâm") is read by the rules below
    ("purpose", re.compile(r"^(?:noi dung|mot so|cac|nhung|he thong)\s+chi tieu\b"
                           r"(?!.*\b(?:nhiem vu|giai phap|cong viec|hoat dong|bien phap)\b)")),
    ("requirements", re.compile(r"^yeu cau")),
    # a part that looks back at what was done ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "ĐÁNH GIÁ TÌNH HÌNH
    # TRIỂN KHAI …", a report's results or a work programme's review of last year): no work to do
    ("other", re.compile(r"^(?:(?:danh gia|bao cao)\s+)?(?:ket qua|tinh hinh)\s+(?:thuc hien|trien khai|dat duoc|cong tac)")),
    # … as does a monthly or weekly plan's review of the period before ("I. ĐÁNH GIÁ HOẠT ĐỘNG THÁNG 10",
    # "Đánh giá công tác tuần 12", "Đánh giá tháng 2"), above its part for the coming one
    ("other", re.compile(r"^danh gia\s+(?:(?:hoat dong|cong tac|ket qua)\s+)?(?:thang|tuan|quy|hoc ky|dot)\b")),
    # a part named for its tasks first and their assignment second ("NHIỆM VỤ VÀ PHÂN CÔNG THỰC
    # HIỆN", "Nội dung công việc và phân công nhiệm vụ") holds the task table: content, not organization
    ("content", re.compile(r"^(?:cac )?(?:noi dung|nhiem vu|cong viec)\b(?!.*to chuc thuc hien).*\bphan cong\b")),
    ("organization", re.compile(r"to chuc thuc hien|phan cong|trach nhiem|phan cong nhiem vu|"
                                r"chi dao thuc hien|dieu khoan thi hanh")),
    ("content", re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|tien do|lich trinh|ke hoach (?:cu the|thuc hien)|"
                           # a monthly or weekly plan's part for the coming period, after the review of
                           # the last one: "II. Kế hoạch công tác tháng 10/2019", "KẾ HOẠCH TUẦN 12"
                           r"^ke hoach (?:cong tac|thang|tuan|quy)\b|"
                           r"chuong trinh cong tac|cac buoc|thoi gian thuc hien|"
                           # the work schedule of a week's or a month's plan: "LỊCH CÔNG TÁC CỤ THỂ",
                           # "Lịch làm việc trong tuần" (not a duty roster, "Lịch trực")
                           r"^lich (?:cong tac|lam viec|cong viec|hoat dong)\b|"
                           # an event's programme, its steps what is done: "CHƯƠNG TRÌNH BUỔI LỄ",
                           # "Chương trình Hội nghị", "CHƯƠNG TRÌNH ĐẠI HỘI"
                           r"^chuong trinh (?:cua )?(?:buoi le|le|hoi nghi|dai hoi|hoi thao|toa dam|mit tinh"
                           r"|ky niem|hoi thi|hoi dien|giao luu|gap mat)\b")),
    ("solutions", re.compile(r"giai phap|bien phap")),
    ("other", re.compile(r".")),
]
# Parts of a content section that say who/when/what-for rather than what to do.
CONTEXT_HEADING = re.compile(
    # ("Số lượng": how many take part, "Số lượng: Mỗi chi đội cử một em", "Số lượng đại biểu tham dự", beside
    # "Đối tượng" and "Thành phần"; not a target counted, "Số lượng, chất lượng đoàn viên … đạt 50 đoàn viên")
    r"^(?:doi tuong|so luong(?=\s*(?:[:.(]|$)|\s*,\s*(?:thanh phan|doi tuong|co cau)\b|(?:\s+[^\s:,;.]+){1,8}\s*:|[^,;:.]{0,40}\b(?:tham gia|tham du|du thi)\b"
    r"(?!.*\bdat\b))|pham vi|thoi gian|dia diem|chu de|tieu chi|cach (?:cham|tinh) diem|thang diem|xep hang|"
    r"hinh thuc(?: khen thuong)?|co cau giai thuong|kinh phi|che do bao cao|thanh phan|quy trinh|nguyen tac)\b")


# A part that only says when the whole plan runs ("III. THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến
# hết tháng 12/2025"): content by its words, context when no item or table stands under it.
TIME_ONLY_PART = re.compile(r"^thoi gian(?: (?:thuc hien|trien khai|to chuc))?\s*(?::|\.|$)")


# The first four letters (folded) of each name CONTEXT_HEADING knows: a heading opening otherwise is
# told by the fold of its first few characters, not of the whole paragraph an item's heading can be.
CONTEXT_OPENINGS = frozenset(("doi ", "so l", "pham", "thoi", "dia ", "chu ", "tieu", "cach", "than", "xep ",
                              "hinh", "co c", "kinh", "che ", "quy ", "nguy"))


def is_context_heading(title: str) -> bool:
    """A part that says who/when/how-scored (Đối tượng, Thời gian, Tiêu chí…), not work to do."""
    # (fold goes character by character, then closes up spaces and strips: the fold of the first
    # characters opens the fold of the whole)
    head = fold(title[:8])
    if len(head) >= 4 and head[:4] not in CONTEXT_OPENINGS:
        return False
    f = fold(title)
    return bool(CONTEXT_HEADING.match(f)) and (len(f) < 100 or ":" in f[:40])


@dataclass
class Node:
    section: Section
    line: int                      # index of the heading line
    title: str                     # the heading line without its marker
    body: list[int] = field(default_factory=list)   # lines directly under the heading
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None

    @property
    def kind(self) -> str:
        return self.section.kind

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def _is_caps(text: str) -> bool:
    return upper_share(text) > 0.75


def bare_caps_heading(node: Node) -> bool:
    """Is the item a short heading in capitals with nothing under it, followed by an item of its own
    level ("1. TRỌNG TÂM CÔNG TÁC" / "2. Tổ chức các hoạt động thi đua …")? A web page's list that
    numbered a group's heading and its items as one run prints it so: it names the items after it,
    no work of its own."""
    if node.body or node.children or node.parent is None or len(node.title) > 80 or not _is_caps(node.title):
        return False
    siblings = node.parent.children
    k = next(i for i, s in enumerate(siblings) if s is node)
    return k + 1 < len(siblings) and not _is_caps(siblings[k + 1].title)


@memo(8192)  # (a heading is classified more than once; parts recur across plans)
def classify(heading: str) -> str:
    f = fold(heading)
    for kind, rx in KIND_RULES:
        if rx.search(f):
            return kind
    return "other"


@memo(8192)
def named_kind(heading: str) -> str | None:
    """The kind a heading's own words name, or None when only the catch-all rule takes it ("LĨNH
    VỰC KINH TẾ", "QUỐC PHÒNG, AN NINH": a field of work, which says no kind of its own)."""
    f = fold(heading)
    for kind, rx in KIND_RULES[:-1]:
        if rx.search(f):
            return kind
    return None


_FIRST_SENTENCE = re.compile(r"(.{3,200}?)(?:[.:;](?=\s|$)|$)")
_SENTENCE_END = re.compile(r"[.:;](?=\s|$)")
_DIGIT = re.compile(r"\d")
# An item that opens with the figure it commits to ("2. 100% hồ sơ được số hóa", "3. 05 xã đạt chuẩn",
# "1. 01 lớp tập huấn"): a share or a count before a word in small letters, after "N." or "N)". Any
# other digit after the marker ("1. 5/2025", "12. 2024"), or a range ("2 - 3 lần/năm"), is no item.
FIGURE_ITEM = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?(?:\s?%|\s+[a-zđà-ỹ])")


def _short_heading(text: str) -> str:
    """A heading as the outline shows it: the first sentence of an item's line."""
    end = _first_sentence_end(text)
    out = (text[:end] if end is not None else text[:200]).strip()
    return out.rstrip(":;,. ")


def _first_sentence_end(text: str) -> int | None:
    """_FIRST_SENTENCE.match(text).end(1), or None where it does not match. The lazy group stops
    at the first offset from 3 on where a sentence end or the text's end ($) follows, within 200
    characters and before any newline (which "." does not cross). Found with one search for the
    sentence end instead of trying the group one character at a time."""
    n = len(text)
    nl = text.find("\n")
    limit = min(200, n if nl == -1 else nl)
    ends = []
    m = _SENTENCE_END.search(text, 3)
    if m is not None:
        ends.append(m.start())
    ends.append(n - 1 if text.endswith("\n") else n)  # where $ first matches
    end = min(ends)
    return end if 3 <= end <= limit else None


_LETTER_PART_INITIALS = frozenset("ABCDEGHĐ")
_PART_INITIALS = frozenset("PpCc")
_ITEM_LETTER_INITIALS = frozenset("abcdefghijklmnopqrstuvwxyzđ")
# The first characters of every line match_heading reads as a part (level 1 outside an appendix):
# APPENDIX opens with P, PART with P or C ("Chương"), ROMAN_PART with I, V, X or L, LETTER_PART with its
# letter, MUC_PART with M.
PART_INITIALS = _PART_INITIALS | frozenset("IVXLM") | _LETTER_PART_INITIALS


def _part_head(head: str) -> str:
    """A part's heading as the outline keeps it: without the colon that leads into its body
    ("I. MỤC ĐÍCH, YÊU CẦU:"), or the full stop a heading in capitals closes with ("I - NHIỆM VỤ
    TRỌNG TÂM."); a heading that runs on after a colon keeps all it says."""
    head = head.strip()
    if head[-1:] == "." and head[-2:-1] != "." and _is_caps(head):
        return head.rstrip(". ")
    return head.rstrip(": ") if head[-1:] == ":" else head


# "Phụ lục: Danh mục nhiệm vụ năm 2026": the word, a colon and a title in sentence case is a caption
# too; a sentence that runs on after it names the appendix it points to ("Phụ lục: Danh mục … kèm
# theo Kế hoạch này.") or stops.
_CAPTION_COLON = re.compile(r"^ph[ụu]\s*l[ụu]c\s*:\s*\S", re.I)


def _titled_caption(text: str, head: str) -> bool:
    return (len(text) < 160 and head[:1].isupper() and text.rstrip()[-1:] not in ".,;:)"
            and _CAPTION_COLON.match(text) is not None and "kèm theo" not in head.lower())


@memo(8192)  # (every line is asked twice: for the part stops, then for the outline)
def match_heading(text: str, in_appendix: bool = False) -> tuple[int, str, str] | None:
    """(level, marker, heading) of a heading line, or None for body text."""
    # Each pattern below opens with one of a few characters: the first one says which can match
    # at all (a body line, most of the lines, then costs no regex call but PART's and WORD_ITEM's).
    c = text[:1]
    m = APPENDIX.match(text) if c in "Pp" else None
    if m and (text[:7].isupper() or m.group("n") or _is_caps(m.group("h"))
              or (not m.group("h") and text.rstrip()[-1:] not in ".,;)") or _titled_caption(text, m.group("h"))) \
            and not text.startswith("("):
        # in small letters it is a caption only when nothing but its marker or a title in capitals
        # follows ("Phụ lục" over "DANH MỤC NHIỆM VỤ …"); "Phụ lục kèm theo …", or "Phụ lục." ending a
        # sentence a PDF wrapped ("… giao tại" / "Phụ lục."), is text
        n = m.group("n")
        marker = f"PHỤ LỤC {n}".strip() if n else "PHỤ LỤC"
        return 1, marker, m.group("h").strip()
    m = PART.match(text) if text[:1] in _PART_INITIALS else None
    if m:
        head, punct = m.group("h").strip(), m.group("p")
        marker = (m.group("r").upper() if m.group("r") else DIGIT_ROMAN[int(m.group("d"))] if m.group("d")
                  else ORDINAL_ROMAN[(m.group("w") or m.group("c")).lower()])
        if not head or (punct and (_is_caps(head) or len(head) < 120)) or (_is_caps(head) and len(head) > 3):
            return (2 if in_appendix else 1), marker, _part_head(head)  # no head: it is on the next line
    m = ROMAN_PART.match(text) if c in "IVXL" else None
    if m:
        head = m.group("h")
        if QUARTER_HEADING.match(fold(head)):
            return None
        punct = m.group("p")
        if (punct and (_is_caps(head) or len(head) < 120)) or (not punct and _is_caps(head) and len(head) > 3):
            return (2 if in_appendix else 1), m.group("m"), _part_head(head)
    m = LETTER_PART.match(text) if text[:1] in _LETTER_PART_INITIALS else None
    if m and len(m.group("h")) < 120 and (_is_caps(m.group("h")) or PART_NAME.fullmatch(fold(m.group("h")).rstrip(":"))):
        # in sentence case only a part's usual name ("A. Mục đích, yêu cầu", "C. Kinh phí"): a
        # lettered group of work ("A. Công tác tuyên truyền") is the items' or a table's
        return (2 if in_appendix else 1), m.group("m"), _part_head(m.group("h"))
    m = MUC_PART.match(text) if c == "M" else None
    if m and (_is_caps(m.group("h")) or len(m.group("h")) < 120):
        return (2 if in_appendix else 1), m.group("m"), _part_head(m.group("h"))
    digit = c.isdecimal()   # (\d of a str pattern)
    m = ITEM_DECIMAL.match(text) if digit else None
    if m:
        depth = m.group("m").count(".")
        return min(2 + depth, 5), m.group("m"), m.group("h").strip()
    m = ITEM_NUMBER.match(text) if digit else None
    if m and (not _DIGIT.match(m.group("h")) or (m.group("p") in ".)" and FIGURE_ITEM.match(m.group("h")))):
        return 2, m.group("m"), m.group("h").strip()
    m = ITEM_NUMBER_BARE.match(text) if digit else None
    if m and len(text) < 160:
        return 2, m.group("m"), m.group("h").strip()
    m = ITEM_LETTER.match(text) if c in _ITEM_LETTER_INITIALS else None
    if m:
        return 4, (m.group("m") or m.group("m2")), (m.group("h") or m.group("h2")).strip()
    m = ITEM_PAREN.match(text) if c == "(" else None
    if m:
        return 5, m.group("m"), m.group("h").strip()
    m = WORD_ITEM.match(text) if text[:1] in _WORD_ITEM_INITIALS else None
    if m and len(text) < 200:
        return min(2 + m.group("m").count("."), 5), m.group("m"), m.group("h").strip()
    return None


def build_outline(doc: Document, table_lines: set[int]) -> list[Node]:
    """All heading nodes in reading order (roots have level 1), with the lines under each."""
    nodes = _build_outline(doc, table_lines, bare=None)
    parts = [n for n in nodes if n.section.level == 1 and not n.section.marker.startswith("PHỤ LỤC")]
    if parts and parts[0].section.marker in DIGIT_ROMAN[3:]:
        # the plan's first part is "III.": a web page printed the parts before it as the items of a list
        # it numbered anew (" 1. MỤC ĐÍCH VÀ Ý NGHĨA:" / " 1. NỘI DUNG:" / "III. THỜI GIAN, ĐỊA ĐIỂM:"), their
        # numerals lost; read as numbered parts in capitals, they come back. Only numbered lines may come
        # back as parts: a scan's lost "I." before "II." is the OCR rule's, and a bare capitals line is no part here
        got = _build_outline(doc, table_lines, bare="caps")
        got_parts = [n for n in got if n.section.level == 1 and not n.section.marker.startswith("PHỤ LỤC")]
        first = next((i for i, n in enumerate(got_parts) if n.section.marker == parts[0].section.marker), 0)
        if len(got_parts) > len(parts) and first and all(n.section.marker.isdigit() for n in got_parts[:first]):
            return got
    if not parts:
        # no Roman, lettered or named part at all: the parts may be headed in capitals alone ("MỤC
        # ĐÍCH, YÊU CẦU" / "NỘI DUNG THỰC HIỆN" / "TỔ CHỨC THỰC HIỆN") or numbered "1.", "2.", as
        # some offices type them, or, failing those, by a part's usual name in sentence case alone
        # on its line ("Mục đích, yêu cầu" / "Nội dung thực hiện" / "Tổ chức thực hiện"); two such
        # parts at least make the outline
        for bare in ("caps", "sentence"):
            got = _build_outline(doc, table_lines, bare=bare)
            if sum(1 for n in got if n.section.level == 1 and not n.section.marker.startswith("PHỤ LỤC")) >= 2:
                return got
    return nodes


# A heading in capitals without a marker is a part only where its words name a part's kind and the
# body has begun (a line of text ending a clause came before it: the title block's capitals do not).
_BARE_END = re.compile(r"[.;:]\s*$")


# A part's usual name, all of the line (fold()ed): what a heading in sentence case must say to be a
# part, since such a line under a part may as well be a label or a field of its work.
PART_NAME = re.compile(
    r"(?:muc (?:dich|tieu)(?:,? (?:va )?(?:yeu cau|nhiem vu|chi tieu))*|yeu cau|quan diem(?:,? (?:va )?muc tieu)?"
    r"|(?:noi dung|nhiem vu)(?: (?:thuc hien|ke hoach|chu yeu|trong tam|cu the|trien khai|cong viec))?"
    r"(?:,? (?:va )?(?:nhiem vu|giai phap|bien phap)(?: (?:thuc hien|chu yeu|trong tam|cu the))?)?"
    r"|(?:giai phap|bien phap)(?: (?:thuc hien|chu yeu|trong tam))?"
    r"|(?:to chuc|trach nhiem|phan cong) thuc hien|to chuc thuc hien va che do bao cao|kinh phi(?: thuc hien)?"
    r"|che do (?:thong tin, )?bao cao|thoi gian(?:,? dia diem)?(?: thuc hien)?)")


def _bare_part(text: str, sentence: bool = False) -> str | None:
    """The heading of a part printed in capitals alone, without its marker, or None. With sentence,
    a part's usual name in sentence case alone on its line ("Tổ chức thực hiện")."""
    if sentence:
        head = text.strip()
        if not (3 < len(head) < 60) or not head[:1].isupper() or _is_caps(head) or not PART_NAME.fullmatch(fold(head)):
            return None
        return head
    head = text.strip().rstrip(":").strip()
    if not (3 < len(head) < 100) or head[-1:] in ".,;" or not _is_caps(head) or not head[:1].isalpha():
        return None
    return head if named_kind(head) is not None else None


def _part_of_purpose(stack: list[Node], head: str) -> bool:
    """Is a part's name in sentence case ("Mục đích", "Yêu cầu") one half of the purpose and
    requirements part it stands under ("Mục đích, yêu cầu"): an item of that part, not a part?"""
    return bool(stack) and stack[0].kind == "purpose_requirements" and classify(head) in ("purpose", "requirements")


def _build_outline(doc: Document, table_lines: set[int], bare: str | None) -> list[Node]:
    """The outline, with bare "caps" or "sentence" reading unmarked lines as parts (see build_outline)."""
    nodes: list[Node] = []
    body_begun = False   # (bare) a line of text ending a clause has been read
    stack: list[Node] = []
    in_appendix = False
    closed = False
    started = False
    lettered = False
    # the last part marked by a letter or by "Phần" ("B. NHIỆM VỤ, GIẢI PHÁP", "Phần thứ hai"): the
    # Roman parts after it are its sub-parts, which the tree keeps at level 1 beside it
    outer: Node | None = None
    title_lines: set[int] = set()  # a part's heading printed on the line under "Phần I"
    # (bare "sentence") how the parts found so far are printed: "numbered" ("1. Mục đích, yêu cầu")
    # or "bare" (the name alone); the other kind of line under them is an item or a label of theirs
    sentence_style: str | None = None
    last_roman = ""   # the marker of the last Roman part read (a marker alone must come next: _alone_part)
    for ln in doc.lines:
        if ln.index in table_lines:
            if started and (ln.text[:1] in _CLOSING_INITIALS and _closing_line(ln.text) or _approval_line(ln.text)):
                # the recipients and the signer side by side, laid out as a table of their own
                # (tab-separated columns, a borderless Word table): the closing all the same
                closed, stack = True, []
                continue
            if stack:
                stack[-1].body.append(ln.index)
            continue
        if ln.index in title_lines:
            continue
        text = ln.text
        c = text[:1]
        # (a line opening with any other printable ASCII character is no closing line: fold goes
        # character by character, and a bullet before the caption makes it a task's field)
        if started and (c in _CLOSING_INITIALS or not c.isascii() or c.isspace()) and _closing_line(text):
            closed = True  # recipients and signature: outside every section until an appendix
            stack = []
            continue
        if started and stack and c in _SIGNATURE_INITIALS and _bare_signature(doc, ln.index):
            closed, stack = True, []
            continue
        hit = match_heading(text, in_appendix)
        if hit is None and c in "IVXL" and not closed and not in_appendix and len(text) <= 7 \
                and _alone_part(doc, ln.index, table_lines, last_roman):
            hit = (1, text.rstrip(" .):"), "")
        if hit is None and not started and doc.ocr and _lost_first_marker(doc, ln.index, table_lines):
            hit = (1, "I", text.strip())
        if bare and hit is not None and hit[0] == 2 and hit[1].isdigit() and not closed and not in_appendix:
            # "1. MỤC ĐÍCH, YÊU CẦU" / "2. NỘI DUNG" / "3. TỔ CHỨC THỰC HIỆN": with no Roman part, the
            # items in capitals are the parts (the first naming a part's kind), their "a)" items their work
            head = hit[2]
            if 3 < len(head) < 100 and _is_caps(head) and (started or named_kind(head) is not None):
                hit = (1, hit[1], _part_head(head))
            elif (bare == "sentence" and sentence_style != "bare" and len(head) < 60
                  and PART_NAME.fullmatch(fold(head).rstrip(": ")) and not _part_of_purpose(stack, head)):
                # … or in sentence case, each a part's usual name: "1. Mục đích, yêu cầu" / "2. Nội
                # dung thực hiện" / "3. Tổ chức thực hiện", their "a)" items their work
                hit = (1, hit[1], _part_head(head))
                sentence_style = "numbered"
        elif bare and hit is None and not closed and not in_appendix:
            if (body_begun and sentence_style != "numbered" and (head := _bare_part(text, bare == "sentence")) is not None
                    and not (bare == "sentence" and _part_of_purpose(stack, head))):
                hit = (1, "", head)
                sentence_style = "bare" if bare == "sentence" else None
            elif not body_begun and len(text) > 30 and _BARE_END.search(text) and not _is_caps(text):
                body_begun = True
        if hit and hit[1] in _LETTER_PART_INITIALS:
            # lettered parts run A, B, C… from the first part on: a capital line "B. …" with no part
            # A before it, or "A. LĨNH VỰC KINH TẾ" grouping the items of a Roman part, is text
            if not lettered and (hit[1] != "A" or started):
                hit = None
            lettered = lettered or hit is not None
        if hit and hit[0] == 1 and hit[1].startswith("PHỤ LỤC"):
            in_appendix, closed = True, False
        elif hit and closed:
            hit = None
        elif hit and hit[0] > 1 and not started:
            hit = None  # numbered lines before part I belong to the preamble
        if hit is None:
            if stack and not closed:
                stack[-1].body.append(ln.index)
            continue
        level, marker, heading = hit
        if not heading and not marker.startswith("PHỤ LỤC") and ln.index + 1 < len(doc.lines):
            heading = _part_title(doc.lines[ln.index + 1], table_lines)
            if heading:
                title_lines.add(ln.index + 1)
                heading = _part_title_rest(doc, ln.index + 1, heading, table_lines, title_lines)
        started = True
        while stack and stack[-1].section.level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        if level == 1 and marker.startswith("PHỤ LỤC"):
            heading = _appendix_title(doc, ln.index, heading, table_lines)
        shown = heading if level == 1 else _short_heading(heading)
        if parent is not None and level > 1:
            # (an item takes its part's kind: its own words, often a whole paragraph, are classified
            # only under a purpose-and-requirements part, where they say which half it is)
            if is_context_heading(heading):
                kind = "other"
            elif parent.kind == "purpose_requirements" and (own := classify(heading)) in ("purpose", "requirements"):
                kind = own
            else:
                kind = parent.kind
        else:
            kind = classify(marker if marker.startswith("PHỤ LỤC") else heading)
        opens = level == 1 and (marker in _LETTER_PART_INITIALS or (text[:1] in _PART_INITIALS and PART.match(text) is not None))
        if level == 1:   # (the Roman parts under a lettered or named one count from I again)
            last_roman = "" if opens or marker not in DIGIT_ROMAN else marker
        if level == 1 and not opens:
            if marker.startswith("PHỤ LỤC"):
                outer = None
            elif outer is not None and named_kind(heading) is None and not is_context_heading(heading) \
                    and not fold(heading).startswith("che do"):
                # "B. NHIỆM VỤ, GIẢI PHÁP" / "I. LĨNH VỰC KINH TẾ" / "1. …" / "II. QUỐC PHÒNG, AN NINH":
                # a field of the outer part's work is of its kind; a sub-part naming its own kind
                # keeps it, and one saying who, when or how to report ("CHẾ ĐỘ BÁO CÁO") is no work
                kind = outer.kind
        sec = Section(section_id=len(nodes), level=level, marker=marker, heading=shown, kind=kind,
                      parent_id=parent.section.section_id if parent else None, page=ln.page,
                      char_start=ln.start, char_end=ln.end)
        node = Node(section=sec, line=ln.index, title=heading, parent=parent)
        if opens:
            outer = node
        if parent:
            parent.children.append(node)
        nodes.append(node)
        stack.append(node)
    for node in nodes:
        if (node.section.level == 1 and node.kind == "content" and not node.children
                and TIME_ONLY_PART.match(fold(node.title)) and not any(i in table_lines for i in node.body)):
            node.section.kind = "other"
    # a section ends where the next one at its level or above begins
    for node in nodes:
        last = node
        while last.children:
            last = last.children[-1]
        end_line = max([last.line] + last.body + node.body)
        node.section.char_end = doc.lines[end_line].end
    return nodes


# A part's Roman marker alone on its line ("II."), its heading on the next; and what a line may end
# with when a Roman numeral after it is the rest of its phrase, not a part ("… trong quý" / "III.",
# "… giai đoạn" / "II.", "Đại hội khóa" / "XIII.") (folded).
ROMAN_ALONE = re.compile(r"^[IVXL]{1,5}\s*[.):]$")
_NUMERAL_BEFORE = re.compile(r"(?<![a-z])(?:quy|dot|giai doan|khoa|ky|thu|phan|chuong|muc|phu luc|so|lan|nhom|tuan"
                             r"|thang|loai|hang|cap|vung|khu vuc|bieu|mau)\s*$")
_BARE_LABEL = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3}){0,2}\)?\.?$")


def _alone_part(doc: Document, index: int, table_lines: set[int], last_roman: str) -> bool:
    """Is the line a part's marker alone ("II." over "NỘI DUNG THỰC HIỆN")? It must be the next part's
    numeral (I first), not the rest of a phrase on the line above (a quarter wrapped off "quý"), and
    stand over a heading of its own in capitals (or naming a part's kind) that is not followed by a
    number alone, as a flattened table's group row ("II." / "CÔNG TÁC TUYÊN TRUYỀN" / "1" / …) is."""
    lines = doc.lines
    ln = lines[index]
    text = ln.text.strip()
    if ln.is_row or index in table_lines or not ROMAN_ALONE.match(text) or index + 1 >= len(lines):
        return False
    numeral = text.rstrip(" .):")
    expected = DIGIT_ROMAN[DIGIT_ROMAN.index(last_roman) + 1] if last_roman in DIGIT_ROMAN[:-1] else None
    if numeral != (expected or "I"):
        return False
    if index and _NUMERAL_BEFORE.search(fold(lines[index - 1].text)):
        return False
    head = _part_title(lines[index + 1], table_lines)
    if not head or len(head) > 120 or not (_is_caps(head) or named_kind(head) is not None):
        return False
    after = lines[index + 2] if index + 2 < len(lines) else None
    return after is None or after.is_row or not _BARE_LABEL.match(after.text.strip())


def _lost_first_marker(doc: Document, index: int, table_lines: set[int]) -> bool:
    """Is the line a scan's first part heading whose small "I." Tesseract dropped: a short line in
    capitals that names a part's kind ("MỤC ĐÍCH, YÊU CẦU"), no part before it, and part II the
    next part heading?"""
    text = doc.lines[index].text.strip()
    if not (3 < len(text) < 80 and _is_caps(text)) or doc.lines[index].is_row or classify(text) == "other":
        return False
    for ln in doc.lines[index + 1:]:
        if ln.is_row or ln.index in table_lines:
            continue
        hit = match_heading(ln.text)
        if hit is not None and hit[0] == 1:
            return hit[1] == "II"
    return False


def _part_title(ln: Line, table_lines: set[int]) -> str:
    """The heading of a part whose marker stands alone ("Phần I" over "MỤC ĐÍCH, YÊU CẦU"): the next
    line, when it is a short line of its own and not a heading or a table row."""
    text = ln.text.strip()
    if ln.is_row or ln.index in table_lines or match_heading(text) or len(text) > 160:
        return ""
    return text if _is_caps(text) or (len(text) < 100 and not ends_clause(text)) else ""


def _part_title_rest(doc: Document, index: int, title: str, table_lines: set[int], title_lines: set[int]) -> str:
    """A part's title in capitals under its marker ("Phần II" / "NHIỆM VỤ VÀ GIẢI PHÁP …, XÂY DỰNG
    TUYẾN ĐƯỜNG"), gone on over the lines in capitals that carry it on ("VĂN MINH ĐÔ THỊ"); the lines
    taken are added to title_lines."""
    last = title
    for ln in doc.lines[index + 1:index + 3]:
        text = ln.text.strip()
        if (not _is_caps(last) or not _is_caps(text) or ln.is_row or ln.index in table_lines
                or match_heading(text) or not caps_heading_rest(last, text, len(last) >= 40)):
            break
        title = f"{title} {text}"
        title_lines.add(ln.index)
        last = text
    return title


def _appendix_title(doc: Document, index: int, heading: str,
                    table_lines: set[int] | frozenset = frozenset()) -> str:
    """An appendix's title: its own line's rest, else the lines after it up to the caption. A title
    in capitals that a PDF wrapped ("… CÔNG NGHỆ THÔNG" / "TIN VÀ CHUYỂN ĐỔI SỐ NĂM 2025") goes on
    over the capital lines after it."""
    own = bool(heading and len(heading) > 3)
    if own and not _is_caps(heading):
        return heading
    parts = [heading] if own else []
    for ln in doc.lines[index + 1:index + 5]:
        f = fold(ln.text)
        if (ln.is_row or ln.index in table_lines or f.startswith("(") or f.startswith("kem theo")
                or match_heading(ln.text) or (own and (not _is_caps(ln.text) or STT_START.match(f)))):
            break
        parts.append(ln.text)
    return " ".join(parts).strip()


def extract_sections(doc: Document, table_lines: set[int] | None = None) -> list[Section]:
    return [n.section for n in build_outline(doc, table_lines or set())]
