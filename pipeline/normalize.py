"""Raw lines in, one normalized text out: NFC, markup stripped, spaces folded, broken lines rejoined.

The printed form is kept in the text (Hoà stays Hoà); `fold` and `canon` give the forms used
only for matching, so OCR damage and tone-placement variants compare equal without changing
what the user sees.
"""
from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from dataclasses import replace
from itertools import islice
from typing import NamedTuple

from extractors.admin import names_listed
from extractors.closing import PRINTED_TITLES, UNIT_HEAD_TITLES, caps_counts
from extractors.doc_kinds import KIND_WORDS
from extractors.levels import BELOW_PROVINCE as _PLACE_LEVELS
from extractors.levels import LEXICON as _LEVEL_LEXICON
from extractors.levels import HAMLET_PLACE_NOUNS as _HAMLET_NOUNS
from extractors.levels import alternation as _level_alternation
from extractors.textscan import CharMap, CharTable, bmp_codes, numpy_or_none
from pipeline.document import PART_HEADING, VI_UPPER, Document, Line, RawDocument, RawLine, Span
from pipeline.memo import TextTable, memo

# ---------------------------------------------------------------- patterns
# Markdown and HTML that converters leave behind.
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
# (each look-behind written after the "*" it guards: a pattern whose alternatives all open with a
# character is searched fast, one opening with a look-behind is tried at every position). An
# escaped "\*" is a printed asterisk ("nhiệm vụ đánh dấu (\*)"), for MD_ESCAPE to unescape.
MD_EMPHASIS = re.compile(r"(\*\*|__|\*(?<![\w*\\]\*)(?=\S)|\*(?<=[^\s\\]\*)(?![\w*]))")
# "(*)", "(**)": a footnote mark (markdown has no empty emphasis), kept as printed.
FOOTNOTE_MARK = re.compile(r"\((\*{1,3})\)")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>")
HTML_BREAK = re.compile(r"<br\s*/?>|</li>|</p>", re.I)
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Pandoc's Markdown of a Word file: underlined or small-caps runs come as bracketed spans with
# attributes ("[Công an phường]{.underline}"), footnote marks as "[^1]" (the note itself is written
# after the plan), and a line break inside a paragraph (Word's Shift+Enter) as a "\" ending the line.
MD_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{(?:[.#]|\w+=)[^{}\n]*\}")
MD_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# the note's own line ("[^1]: Kế hoạch số …"): its text, as a Word footnote is read after the body
MD_FOOTNOTE_DEF = re.compile(r"^\s*\[\^[^\]\s]{1,20}\]:\s*")
MD_HARD_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\\s*$")
# A rule of underscores (under the motto, the title, a blank "Số: ____/KH-UBND") is layout, not
# markdown's "__" emphasis: taken pair by pair, an odd run left a stray "_" that joined the title.
UNDERSCORE_RULE = re.compile(r"_{3,}")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# Dashes and quotes of every style, unified only for matching.
DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b]")
# A figure with a dot between its thousands ("10.064 ha", "1.500 hộ", "13.000 ha") that a wrapped line opens with:
# a number carried on, never an item's marker.
THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?![\d.])"
# A line that opens a new unit of text: a Roman or arabic marker (Party documents: "1- Mục đích"),
# a bullet, a letter item ("a)", "a.", or "a/ " before a capital, as "1/ " is for numbers), an item
# numbered after a word ("Nhiệm vụ 2: …", "Dự án 3. …", a Party plan's "Mục 1. …"); never a figure in
# thousands (THOUSANDS: "1.000 ngày đầu đời", "1.250.000 đồng"), as no item is numbered past 99.
MARKER_START = re.compile(
    r"^(?!" + THOUSANDS + r")(?:[IVXLC]{1,6}\s*[.)\-–:]\s|[IVXLC]{1,6}\s+(?=[" + VI_UPPER + r"])"
    r"|\d{1,3}(?:\.\d{1,3}){0,3}\s*[.):]\s*\S|\d{1,3}\s*/(?:\s+|\.\s*)\S"
    r"|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s|\d{1,2}\s*[-–]\s+[" + VI_UPPER + r"]|[a-zđ]\s*[).]\s|[a-hđ]/\s+[" + VI_UPPER + r"]"
    r"|\(\d{1,3}\)\s"
    r"|[-+•*–—·●○▪■]\s*"
    r"|PHỤ LỤC|Phụ lục|Căn cứ|Nơi nhận"
    # a part typed "I/ " or "I/." (the slash for the dot, or before it, as school and Đội plans type
    # "II/. NỘI DUNG" and "1/. Hình thức"), or called "Phần"/"Chương" with its number or ordinal
    r"|[IVXLC]{1,6}\s*/(?:\s+|\.\s*)(?=[" + VI_UPPER + r"])|(?:Phần|PHẦN|Chương|CHƯƠNG)\s+(?:[IVXLC]{1,5}|\d{1,2}|thứ|THỨ)(?![^\W\d_])"
    r"|(?:Nhiệm vụ|NHIỆM VỤ|Nội dung|NỘI DUNG|Hoạt động|HOẠT ĐỘNG|Giải pháp|GIẢI PHÁP|Dự án|DỰ ÁN|Tiểu dự án|Mục|MỤC)"
    r"\s+(?:số\s+)?\d{1,2}(?:\.\d{1,2}){0,2}\s*[:.\-–]\s"
    # a part called "Mục" with a Roman number ("MỤC II. NỘI DUNG")
    r"|(?:Mục|MỤC)\s+[IVXL]{1,5}\s*[:.\-–]\s)"
)
# The characters a MARKER_START match can open with, but digits (\d): a line opening with another
# one ("Sở …", "Ủy ban …", "UBND …") is not tried.
MARKER_INITIALS = frozenset("IVXLC" "abcdefghijklmnopqrstuvwxyzđ" "(" "-+•*–—·●○▪■" "PNHGDTM")
BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")
# A part's first item typed with no dot after its number ("1 MỤC ĐÍCH" under "I MỤC ĐÍCH - YÊU CẦU"),
# and a line a Roman part's marker opens.
FIRST_BARE_ITEM = re.compile(r"^0?1\s+[" + VI_UPPER + r"]")
PART_OPEN = re.compile(r"^[IVXL]{1,5}(?:\s*[.):\-–/]|\s)")
# A table's number column heading alone on its line ("STT", "TT", "Số TT"): a flattened table's
# header starts with it, whatever the line above (an appendix caption run to the full width) was.
NUMBER_HEADING = re.compile(r"^(?:S[ốỐoO]?\s?TT|TT)\.?$")
# A label alone on its line: a capitalised phrase of at most five words, no inner punctuation, a colon.
LABEL_LINE = re.compile(r"^[" + VI_UPPER + r"][^\s:.;,]*(?:\s[^\s:.;,]+){0,4}\s*:$")
# A year range wrapped before its dash ("giai đoạn 2021" / "- 2030;"): the line is the range's end,
# not a bullet. (A bullet opening with a year is a milestone: "- 2026: …".)
YEAR_ENDING = re.compile(r"(?<!\d)(?:19|20)\d{2}$")
DASH_YEAR = re.compile(r"^[-–]\s?(?:19|20)\d{2}(?!\d)(?!\s*:)")
# A quarter's numeral carried to the next line ("… hoàn thành trong quý" / "III/2026", "III." or
# "IV năm 2026"): the rest of the phrase, not a part. Only the numeral alone, with its year or "năm":
# a line ending "hằng quý" may close an item right before a part ("II. NHIỆM VỤ VÀ GIẢI PHÁP").
QUARTER_END = re.compile(r"(?<![^\W\d_])(?:quý|Quý|QUÝ|quí|Quí|QUÍ)$")
QUARTER_CARRIED = re.compile(r"^(?:I{1,3}|IV)(?:\s*/\s*\d{4}|\.?\s+(?:năm|và|hoặc|đến)\b|[.,;)]?\s*$|[,;)]\s)")
# … but "Quý" as a line of its own is a table's header cell (the column of quarters), and a bare numeral
# under it is the STT of the first group row ("Quý" / "I" / "Công tác chuẩn bị"), no quarter it names
QUARTER_HEADER_CELL = re.compile(r"^(?:quý|Quý|QUÝ|quí|Quí|QUÍ)$")
BARE_NUMERAL = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)\.?$")
TERMINAL = re.compile(r"[.:;!?…]\s*[”\")]?$|/\.$")
OPENING_QUOTE = re.compile(r"^[“\"]")
# The trích yếu of a công văn (or of a plan laid out as one): "V/v …", "V/v: …".
VV_START = re.compile(r"[Vv]\s?/\s?[Vv](?:\s|[:.]\s?)")
CONNECTOR_END = re.compile(
    r"(?:\b(?:của|và|về|tại|các|cho|với|theo|trong|trên|đến|từ|là|số|ngày|tháng|năm|thuộc|do|để|nhằm|"
    r"như|gồm|hoặc|những|được|bị|có|đối với)|[,\-–])$",
    re.I,
)
# A level word ending a line ("… của UBND tỉnh" / "Lai Châu …") continues only a line that ran to
# the full width: a short fragment ending in "quận" is a table cell ("Công an quận").
LEVEL_END = re.compile(rf"\b(?:{_level_alternation()})$", re.I)
BOLD_START = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__|<b>|<strong>)", re.I)
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f]")  # what clean() turns into spaces: below " ", except tab
# Any character CONTROL or SPACES would replace, other than a single space.
# (and the soft hyphen, U+00AD, that converters from PDF leave in words: clean() removes it)
ODD_SPACE = re.compile(r"[\x00-\x1f\u00a0\u00ad\u2000-\u200d\u2060\u202f\u205f\u3000\ufeff]")
ODD_SPACE_IN_LINE = re.compile(r"[\x00-\x09\x0b-\x1f\u00a0\u00ad\u2000-\u200d\u2060\u202f\u205f\u3000\ufeff]")  # but "\n"
# What prints nothing at all: the soft hyphen (where a word may break), the zero-width space,
# non-joiner, joiner and word joiner, and a byte-order mark inside the text. A portal's editor or a
# PDF converter leaves them inside words ("Kế ho\u200bạch"); taken for a space, they split the word.
ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# "ngày" run into the code before it, a figure after it: a converter lost the space between a số hiệu and
# its date ("263/KH-UBNDngày 31/12/2024"); clean() puts it back
GLUED_DATE_WORD = re.compile(r"(?<=[A-ZĐ]{2})ngày(?=[^\S\n]*\d)")
# A date's year a site's line filling split in two after its century ("ngày 16/7/20 21 của Thủ tướng …"): after
# "ngày" a day and a month are a date, whose year is four figures; clean() joins them
SPLIT_YEAR_DATE = re.compile(r"(?<=ngày )(\d{1,2}/\d{1,2}/(?:19|20)) (\d\d)(?![\d/])")
_GLUE_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
# "Trường" run into the kind of school after it: a site lost the space of a school's name ("TRƯỜNGMN HOA
# SEN", "TrườngTHCS Lê Lợi"); no word goes on from "trường" into these letters
# (the word first, a letter before it refused after: a pattern opening on a lookbehind is tried at every character)
GLUED_SCHOOL = re.compile(r"(TRƯỜNG|Trường)(?<![^\W\d_].{6})(?=(?:MN|MG|TH|THCS|THPT|PTCS|PTDTBT|PTDTNT|PTDTBTTH|MẦM|TIỂU"
                          r"|TRUNG|CĐ|ĐH|CAO|ĐẠI|Mầm|Tiểu|Trung|Cao|Đại)(?![^\W\d_]))")
_DIGIT_AHEAD = re.compile(r"[^\S\n]*\d")


def has_glued_date(text: str) -> bool:
    """GLUED_DATE_WORD.search(text) is not None, looking only where "ngày" stands: the pattern opens
    with a lookbehind, so the regex engine tries it at every character (~12x slower over a plan)."""
    at = text.find("ngày", 2)
    while at != -1:
        if text[at - 1] in _GLUE_CAPITALS and text[at - 2] in _GLUE_CAPITALS \
                and _DIGIT_AHEAD.match(text, at + 4) is not None:
            return True
        at = text.find("ngày", at + 1)
    return False


# Spaces a converter from PDF (or a typist) set before a comma or semicolon between words: the
# mark belongs to the word before it. (Not before a comma that opens a line or follows a space only.)
SPACE_BEFORE_MARK = re.compile(r"(?<=\S)[ \u00a0]+(?=[,;](?:\s|$))")
# A heading's marker with its point set apart ("I . MỤC ĐÍCH", "2 . Nhiệm vụ"): the marker as printed.
SPACED_MARKER_POINT = re.compile(r"^(\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,2}))[ \u00a0]+\.(?=[ \u00a0]+\S)")
# What strip_markup acts on: "#" headings, "<" tags, "&" entities, "*"/"_" emphasis, "\\" escapes,
# pandoc's "[…]{.class}" spans and "[^1]" footnote marks.
MARKUP_CHAR = re.compile(r"[#<&*_\\[]")  # ("[": one class, not an alternation: ~2.5x faster a line)


# Look-alikes of Đ/đ: Windows-1258 prints Đ as byte 0xD0, which Latin-1 (and fonts and converters
# that assume it) turn into the Icelandic Ð (U+00D0); đ (0xF0) likewise into ð. "ÐẢNG", "Ðề án"
# must match "ĐẢNG", "Đề án". The African D (Ɖ/ɖ) is the same mistake made by hand. A PDF's font of
# the old TCVN3 kind gives Ư/ư out as the letter OI (Ƣ/ƣ, U+01A2/U+01A3: "TRƢỜNG", "nƣớc"), which no
# Vietnamese word holds: it is set right with them.
ETH = re.compile("[\u00d0\u00f0\u0189\u0256\u01a2\u01a3]")
_ETH_TO_DJ = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111",
                            "\u01a2": "\u01af", "\u01a3": "\u01b0"})


def has_zero_width(text: str) -> bool:
    """ZERO_WIDTH.search(text) is not None, by substring tests (cheap on a line without them)."""
    return ("\u00ad" in text or "\u200b" in text or "\ufeff" in text or "\u200c" in text or "\u200d" in text
            or "\u2060" in text)


def has_eth(text: str) -> bool:
    """ETH.search(text) is not None, by four substring tests: ~30x faster on a whole plan, where
    the regex engine checks its class at every character."""
    return ("\u00d0" in text or "\u00f0" in text or "\u0189" in text or "\u0256" in text
            or "\u01a2" in text or "\u01a3" in text)


# A page footer pasted with text copied from a PDF viewer ("Trang 2/4", "- Trang 3 -"): page
# furniture that would otherwise join the paragraph or table cell it interrupts. (A bare number
# is not dropped: in a flattened table it is the STT of a row.)
PAGE_FOOTER = re.compile(r"^[-–—\s]*trang\s*\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.I)
# The running head of an official gazette page a plan was published in ("CÔNG BÁO/Số 15 + 16/Ngày
# 20-02-2025 47", "48 CÔNG BÁO TỈNH BẮC GIANG/Số 05/Ngày 10-01-2025"), kept by a portal's copy of
# the gazette text between paragraphs or between the two halves of a task table: page furniture
# whose issue date is not the plan's and which would cut a sentence or a table in two.
GAZETTE_HEAD = re.compile(r"^(?:\d{1,4}\s+)?CÔNG\s+BÁO\b[^/]{0,40}/\s*[Ss]ố\s+\d[\d\s+,&–-]*/\s*(?:[Nn]gày\s+)?"
                          r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}(?:\s+\d{1,4})?$")
# The text box a digital signature prints on a signed plan ("Ký bởi: Ủy ban nhân dân xã …",
# "Email: …", "Cơ quan: Tỉnh …", "Thời gian ký: 15.01.2025 08:30:12 +07:00"), above the header,
# beside the signer or at the foot of every page: no part of the plan, and its agency, date and
# lines would pass for the issuer, the issue date, the signer or recipients, or cut a table.
# An anchor field names the signing; the other fields count only next to one.
STAMP_ANCHOR = (r"(?:văn\s+bản\s+(?:này\s+)?(?:đã\s+)?được\s+)?ký\s+số\s+bởi\s*:?|(?:được\s+)?ký\s+bởi\s*:"
                r"|người\s+ký\s*:|thời\s+gian\s+ký\s*:|ngày\s+(?:giờ\s+)?ký\s*:")
STAMP_FIELD = re.compile(rf"(?:{STAMP_ANCHOR}|e-?mail\s*:|cơ\s+quan\s*:|chức\s+vụ\s*:)", re.I)
STAMP_ANCHOR_RE = re.compile(STAMP_ANCHOR, re.I)
# a stamp field printed on the same line after plan text (a box set beside the header): capitalised
STAMP_GLUED = re.compile(r"\s(?:Ký\s+(?:số\s+)?bởi|Người\s+ký|E-?mail|Cơ\s+quan|Chức\s+vụ|Thời\s+gian\s+ký"
                         r"|Ngày\s+(?:giờ\s+)?ký)\s*:")
STAMP_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}|\+0?7:?00\b")
# substrings one of which every stamp holds (the cheap test before any line is read)
STAMP_GATE = ("ký bởi", "Ký bởi", "KÝ BỞI", "ký số bởi", "Ký số bởi", "KÝ SỐ BỞI", "Người ký", "NGƯỜI KÝ",
              "gian ký", "GIAN KÝ", "Ngày ký", "NGÀY KÝ", "giờ ký", "GIỜ KÝ")
# Every one of them holds "ký", "Ký" or "KÝ": where that is printed (seldom), the gate words around it
# are compared in place, instead of fourteen searches through the whole prose.
_STAMP_KY: dict[str, list[tuple[int, str]]] = {}
for _g in STAMP_GATE:
    _k = next(k for k in ("ký", "Ký", "KÝ") if k in _g)
    _STAMP_KY.setdefault(_k, []).append((_g.index(_k), _g))
del _g, _k


def has_stamp_gate(text: str) -> bool:
    """any(g in text for g in STAMP_GATE), found from the few places "ký" is printed."""
    for k, gates in _STAMP_KY.items():
        i = text.find(k)
        while i != -1:
            if any(i >= at and text.startswith(g, i - at) for at, g in gates):
                return True
            i = text.find(k, i + 1)
    return False


# The apostrophe inside a name of the Central Highlands or the north-west (Ea H'Leo, Cư M'gar,
# Đắk R'Lấp, the signer H'Bla Niê), as fonts and converters print it: the typographic ’, the
# modifier letter ʼ, a backtick (TCVN3/VNI conversions) or an acute accent. Between two letters it
# is made the ASCII "'" the unit list writes, so a name reads and matches alike whichever was
# typed; a closing quote (’ before a space or a mark) is left alone. (‘ is not taken: between two
# letters it opens a quote whose space was lost.)
ODD_APOSTROPHES = "’ʼ`´"
ODD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[’ʼ`´](?=[^\W\d_])")


def has_odd_apostrophe(text: str) -> bool:
    """Does the text hold a character ODD_APOSTROPHE may replace (a substring test: cheap)."""
    return "’" in text or "`" in text or "ʼ" in text or "´" in text


def nfc(text: str) -> str:
    """NFC that also repairs what NFD sources and split combining marks leave behind, Đ/đ
    written with a look-alike letter, and an in-word apostrophe of another form than "'" (same
    length: offsets are kept)."""
    text = unicodedata.normalize("NFC", text)
    if has_odd_apostrophe(text):
        text = ODD_APOSTROPHE.sub("'", text)
    return text.translate(_ETH_TO_DJ) if has_eth(text) else text


def strip_markup(text: str) -> tuple[str, bool]:
    """Remove markdown/HTML markup from one line; say whether the line opened in bold."""
    # Each pattern needs a character the line may not hold: test for it first (plain prose is
    # the common case). The test is on the text as it stands at that step: unescaping may add one.
    bold = bool(BOLD_START.match(text))
    if "#" in text:
        text = MD_HEADING.sub("", text)
    if "<" in text:
        text = HTML_BREAK.sub(" ", text)
        text = HTML_TAG.sub(" ", text)
    text = html.unescape(text)
    if "___" in text:
        text = UNDERSCORE_RULE.sub(" ", text)
    if "*" in text or "_" in text:
        if "(*" in text:
            text = FOOTNOTE_MARK.sub(lambda m: "(" + "\\*" * len(m[1]) + ")", text)  # escaped: MD_ESCAPE restores it
        text = MD_EMPHASIS.sub("", text)
    if "]{" in text:
        text = MD_SPAN.sub(r"\1", text)
    if "[^" in text:
        text = MD_FOOTNOTE_DEF.sub("", MD_FOOTNOTE_REF.sub("", text))
    if "\\" in text:
        text = MD_HARD_BREAK.sub(r"\1", text)
        text = MD_ESCAPE.sub(r"\1", text)
    return text, bold


# What makes clean_cell more than clean(): a line break (or NUL, which it splits at), markup.
_CELL_WORK = re.compile(r"[\n\r\x00#<&*_\\[]")


def join_wrapped(prev: str, nxt: str) -> str:
    """`prev` and the line that carries it on as one line: parted by a space, except after a hyphen
    set close after a letter or digit ("… Nghị định số 16/2022/NĐ-" ⏎ "CP"): Word and LibreOffice
    break a line after a hyphen inside a token without adding one, while a dash between words has
    spaces around it."""
    if len(prev) > 1 and prev[-1] == "-" and prev[-2].isalnum() and nxt[:1].isalnum():
        return prev + nxt
    if prev[-1:].isdigit() and nxt[:1].isdigit() and (
            _YEAR_CUT.search(prev) and _year_rest(prev, nxt)
            or _SYMBOL_YEAR_CUT.search(prev) and _SYMBOL_YEAR_REST.match(nxt) and _year_rest(prev, nxt, _SYMBOL_YEAR_CUT)):
        return prev + nxt
    return prev + " " + nxt


# A date whose year a column too narrow for it broke by force ("30/6/20" ⏎ "25", "Quý II/20" ⏎ "25"):
# a day and month ("30/6/", "15.12."), a Roman quarter or "tháng N" before the slash, then fewer
# than four digits at the line's end, which the next line's digits make a year (a fraction "1/20" ⏎
# "25 người" stays apart).
_YEAR_CUT = re.compile(r"(?:\b\d{1,2}([/.-])\d{1,2}\1|(?:\b[IVX]{1,4}|\b[Tt]háng \d{1,2}|\b[Qq]uý \d)/)"
                       r"(?P<head>\d{1,3})$")
_LEAD_DIGITS = re.compile(r"\d+")
# A document's symbol broken the same way inside its year ("Thông tư số 51/20" ⏎ "24/TT-BGTVT"): the number,
# a slash and the year's first digits end the line, the year's rest and the codes open the next.
_SYMBOL_YEAR_CUT = re.compile(r"(?<![\d/.])\d{1,5}/(?P<head>\d{1,3})$")
_SYMBOL_YEAR_REST = re.compile(r"\d{1,3}/[A-ZĐ]")


def _year_rest(prev: str, nxt: str, cut: re.Pattern = _YEAR_CUT) -> bool:
    head = cut.search(prev).group("head")
    tail = _LEAD_DIGITS.match(nxt).group()
    year = head + tail
    return len(year) == 4 and year[:2] in ("19", "20")


def clean_cell(text: str, paragraphs: bool = False, spaced: bool = True) -> str:
    """A table cell: markup stripped, its visual lines kept apart where a new item starts
    (a bullet, a number) and rejoined where a line merely wrapped. With paragraphs (the reader's
    RawLine.paragraphs), every line break is one the author typed, and kept. `spaced`: see clean."""
    if not _CELL_WORK.search(text):
        return clean(text, spaced)  # (the usual cell: one line, no markup for strip_markup to remove)
    text = HTML_BREAK.sub("\x00", text)  # an explicit break the author typed: always kept
    if paragraphs:
        text = text.replace("\n", "\x00")
    out: list[str] = []
    for block in text.split("\x00"):
        pieces = [clean(strip_markup(p)[0], spaced) for p in block.replace("\r", "\n").split("\n")]
        joinable = False
        for p in pieces:
            if not p:
                continue
            if joinable and out and (not MARKER_START.match(p) and not ends_clause(out[-1])
                                     or _year_range_carried(out[-1], p)):
                out[-1] = join_wrapped(out[-1], p)
            else:
                out.append(p)
            joinable = True
    return "\n".join(out)


def clean(text: str, spaced: bool = True) -> str:
    """One line of printed text: NFC, no control characters, single spaces, no space before a
    comma or semicolon (a converter's "MỤC ĐÍCH , YÊU CẦU"). `spaced` False: the caller knows the
    text holds no space before a comma, semicolon or point (normalize tests a whole plan at once)."""
    text = nfc(text)
    if "ngày" in text and has_glued_date(text):
        # a converter's lost space between a số hiệu and its date ("263/KH-UBNDngày 31/12/2024")
        text = GLUED_DATE_WORD.sub(" ngày", text)
    if ("/20 " in text or "/19 " in text) and "ngày" in text:
        text = SPLIT_YEAR_DATE.sub(r"\1\2", text)
    if ("TRƯỜNG" in text or "Trường" in text) and GLUED_SCHOOL.search(text) is not None:
        text = GLUED_SCHOOL.sub(r"\1 ", text)
    if "ƯBND" in text:
        text = text.replace("ƯBND", "UBND")   # OCR's hook on the U of "UBND" ("2582/QĐ-ƯBND"): no word has it
    if spaced:
        if " ," in text or " ;" in text:
            text = SPACE_BEFORE_MARK.sub("", text)
        if " ." in text[:9]:
            text = SPACED_MARKER_POINT.sub(r"\1.", text)
    if ODD_SPACE.search(text) is None and "  " not in text:
        return text.strip()  # (the usual line: nothing for the two substitutions to change)
    if has_zero_width(text):
        text = ZERO_WIDTH.sub("", text)
    text = CONTROL.sub(" ", text)
    return SPACES.sub(" ", text).strip()


@memo(65536)
def canon(text: str) -> str:
    """Matching form that keeps diacritics: tone placement (Hoà→Hòa), dashes, spaces unified."""
    from underthesea import text_normalize  # imported late: the import costs ~0.7 s

    text = DASHES.sub("-", nfc(text))
    try:
        text = text_normalize(text)
    except Exception:  # underthesea rejects some odd inputs; the NFC form is still usable
        pass
    return SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Matching form without case or diacritics: for OCR-damaged and differently toned text."""
    got = _FOLDS.get(text)
    if got is None:
        got = _fold_unstripped(text or "").strip()
        _FOLDS.put(text, got)
    return got


_FOLDS = TextTable(16384)  # fold's memo: the lines of the last few plans (a line folded once costs ~10 us; at 65536 the table held ~12 MB of other plans' lines)


def _fold_unstripped(text: str) -> str:
    """fold() before its final strip. Every step but the last is a function of each character
    alone (NFD only reorders the combining marks it drops; casefold has no context), so the text
    maps character by character through _fold_char, then runs of spaces become one."""
    out = _FOLD_TABLE.translate(text) if len(text) >= 100 else None
    if out is None:
        out = text.translate(_FOLD_CHARS)
    # (a fold is nearly always ASCII, which isascii() knows at once: then a tab is the only odd
    # space it can hold, found far faster than by the class scan)
    if "  " in out or ("\t" in out if out.isascii() else ODD_SPACE_RUN.search(out)):
        out = SPACES.sub(" ", out)
    return out


def _fold_char(text: str) -> str:
    """The per-character steps of fold, as they were written for a whole text."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("đ", "d").replace("Đ", "D").casefold()
    return DASHES.sub("-", text)


_FOLD_CHARS = CharMap(_fold_char)
ODD_SPACE_RUN = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")  # SPACES but " "
_FOLD_TABLE = CharTable(_FOLD_CHARS)   # _FOLD_CHARS for a long text


def prefold(texts: list[str]) -> None:
    """Fill fold's cache for many texts at once (the lines of a document): every step of fold
    keeps to its line, so one pass over the texts joined by line breaks, split again, gives each
    one's fold, without a dozen calls per line."""
    todo = [t for t in dict.fromkeys(texts) if t not in _FOLDS]
    if not todo:
        return
    joined = "\n".join(todo)
    if joined.count("\n") == len(todo) - 1:  # no text holds a line break of its own
        parts = _fold_unstripped(joined).split("\n")
        if len(parts) == len(todo):
            for t, f in zip(todo, parts):
                _FOLDS.put(t, f.strip())
            return
    for t in todo:
        fold(t)


def _typical_width(texts: list[str]) -> float:
    lengths = sorted(filter((24).__lt__, map(len, texts)))   # (the lengths of 25 and more, without a Python step a line)
    if len(lengths) < 5:
        return 10_000.0  # too few lines to tell a wrapped line from a paragraph
    return float(lengths[int(len(lengths) * 0.9) - 1])


def _is_caps(text: str) -> bool:
    return _caps_of(caps_counts(text))


_CAPS_LUT: list = []  # [(letters, upper) of each BMP code point packed as letters + upper << 32]
_UPPER_ONE = 1 << 32


def _caps_counts_many(texts: dict[int, str]) -> dict[int, tuple[int, int]]:
    """caps_counts of many texts at once: one numpy pass over them all (iterating a str in
    Python makes an object of every character). {} when numpy is missing or a character lies
    beyond the Basic Multilingual Plane (then each is counted when asked)."""
    if not texts:
        return {}
    np = numpy_or_none()
    if np is None:
        return {}
    if not _CAPS_LUT:  # the whole plane at once (~15 ms, once): no test for unseen characters per call
        _CAPS_LUT.append(np.array([(1 + (_UPPER_ONE if c.isupper() else 0)) if c.isalpha() else 0
                                   for c in map(chr, range(0x10000))], dtype=np.uint64))
    keys = [k for k, t in texts.items() if t]  # (reduceat needs segments of one char or more)
    out = {k: (0, 0) for k, t in texts.items() if not t}
    if not keys:
        return out
    codes = bmp_codes(np, "".join([texts[k] for k in keys]))
    if codes is None:
        return {}
    cls = _CAPS_LUT[0][codes]
    # each char counts 1 (a letter) + 1 << 32 (an upper-case one): one sum per text gives both
    starts, pos = [], 0
    for k in keys:
        starts.append(pos)
        pos += len(texts[k])
    for k, packed in zip(keys, np.add.reduceat(cls, starts).tolist()):
        out[k] = (packed & 0xFFFFFFFF, packed >> 32)
    return out


def _caps_of(counts: tuple[int, int]) -> bool:
    """Is a text of these caps_counts in capitals (the counts of lines joined by spaces add up)?"""
    letters, upper = counts
    return bool(letters) and upper / letters > 0.8


def _ends_with(rx: re.Pattern, text: str, reach: int) -> bool:
    """rx.search(text) for a pattern anchored at the end whose matches are at most `reach` - 2
    characters long, without scanning the whole text (a paragraph grows line by line)."""
    return rx.search(text, max(0, len(text) - reach)) is not None


def _ends_with_connector(text: str) -> bool:
    """Does a line in mixed case end with a connector that leaves its phrase open ("… của", "… và")?
    Not one capitalised after other words: that is a given name ("Giàng A Của", "Sùng A Và" under
    the signer's title), which no wrapped sentence ends with."""
    m = CONNECTOR_END.search(text, max(0, len(text) - 16))
    if m is None:
        return False
    word = m.group()
    return not (m.start() > 0 and word[:1].isupper() and word[1:].islower())


def ends_clause(text: str) -> bool:
    """Does the text end a clause (TERMINAL.search(text)), looking only at its end (the spaces after the mark are unbounded)."""
    n = len(text)
    if n > 16 and text[n - 16:n - 2].isspace():
        return TERMINAL.search(text) is not None
    return TERMINAL.search(text, max(0, n - 16)) is not None


def continues(prev: str, nxt: str, width: float, prev_len: int | None = None) -> bool:
    """Does `nxt` continue the sentence that `prev` broke off (a wrapped line, not a new item)?

    prev_len is the length of the last physical line of `prev`, which is what wrapping fills."""
    return _continues(prev, nxt, width, prev_len, lambda: _is_caps(prev), lambda: _is_caps(nxt))


def _period_only(text: str) -> bool:
    from extractors.dates import RE_PERIOD  # (the timing vocabulary lives with the dates)

    f = fold(text).rstrip(" .;,")
    m = RE_PERIOD.match(f)
    return m is not None and m.end() == len(f)


def _year_range_carried(prev: str, nxt: str) -> bool:
    """Is nxt ("- 2030;") the end of a year range that prev ("… giai đoạn 2021") broke off?"""
    return nxt[:1] in ("-", "–") and DASH_YEAR.match(nxt) is not None and YEAR_ENDING.search(prev[-5:]) is not None


# A dash between words set at a line's start with a word in small letters after it ("… các tổ chức
# chính trị" / "- xã hội huyện tuyên truyền …", "kinh tế" / "- xã hội"): where a PDF's line broke.
DASH_LOWER = re.compile(r"^[-–]\s(?=[^\W\d_])")


def _dash_phrase_carried(prev: str, nxt: str, width: float, prev_len: int | None) -> bool:
    """Is nxt ("- xã hội …") the rest of a compound ("chính trị - xã hội") that prev broke off at
    its dash? Only after a line that ran to the full width and ended in a word: an item of a list
    in small letters ("- tuyên truyền …") follows a line that ends its clause or stops short."""
    last = prev_len if prev_len is not None else len(prev)
    # (the tests of prev first: a list's item "- Phòng …" follows a line ending in ";" or ":", and then
    # the field pairs are not gone through for every item)
    return (DASH_LOWER.match(nxt) is not None and prev[-1:].isalpha() and last >= 0.8 * width
            and (nxt[2].islower() or _field_pair_carried(prev, nxt)) and not ends_clause(prev))


class _UnitWords(NamedTuple):
    """What the line joiner reads of the units' lexicon (it lives with the extractors, which import
    this module: read on first use)."""
    field_pairs: tuple[tuple[str, str], ...]   # (first half, rest) of a servant's field with a dash, folded
    clause_opening: re.Pattern                  # a verb or a clause's first word, in small letters
    unit_heads: frozenset[str]                  # a unit's head words, in small letters


@functools.cache
def _unit_words() -> _UnitWords:
    from extractors.units import ACTIVITY_VERBS, NAME_VERBS, PREDICATES, SERVANT_FIELDS, UNIT_HEADS

    pairs = tuple((fold(head), fold(rest)) for head, sep, rest in (n.partition(" - ") for n in SERVANT_FIELDS) if sep)
    # (compared with their marks: "Là" opens a clause, "La", "Lã" open names)
    words = sorted({w.lower() for w in PREDICATES + ACTIVITY_VERBS + NAME_VERBS}, key=len, reverse=True)
    opening = re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W_])")
    return _UnitWords(pairs, opening, frozenset(h.lower() for h in UNIT_HEADS))


def _field_pair_carried(prev: str, nxt: str) -> bool:
    """Is nxt ("- Xã hội).") the second half of a servant's field in two capitalised halves that prev
    ("… qua Công chức Văn hóa") broke off at its dash ("Văn hóa - Xã hội", "Tư pháp - Hộ tịch")?"""
    tail, rest = fold(prev[-40:]), fold(nxt[2:60])
    return any(tail.endswith(a) and (tail[:-len(a)] == "" or tail[-len(a) - 1] == " ")
               and rest.startswith(b) and rest[len(b):len(b) + 1] in ("", " ", ",", ";", ".", ")", ":")
               for a, b in _unit_words().field_pairs)


# A part's or an item's heading in capitals ("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM THỰC HIỆN", "PHẦN II.
# …", "B. …", "2. …"): its marker, then the heading on the same line.
CAPS_HEADING = re.compile(r"^(?:[IVXL]{1,5}\s*(?:[.):\-–]|/(?=\s)|/\.)|(?:PHẦN|CHƯƠNG|MỤC)\s+(?:THỨ\s+)?[^\W_]+\s*[.:\-–]"
                          r"|[A-EGHĐ]\s*(?:[.)]|[-–/](?=\s))|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.)])\s*\S")
# The words a heading's wrapped rest opens with ("TRONG NĂM 2026", "GIAI ĐOẠN 2026 - 2030", "ĐỐI VỚI
# CÔNG TÁC …", "CỦA …") or its first line ends with ("… VÀ", "… CỦA", "… VỀ", ","): a phrase left open.
CAPS_CARRY_OPEN = re.compile(r"^(?:TRONG|CỦA|VÀ|VỀ|TẠI|TRÊN|ĐỐI VỚI|ĐẾN|NĂM|GIAI ĐOẠN|NHIỆM KỲ|THEO|NHẰM|CHO|GẮN VỚI"
                             r"|GÓP PHẦN|TỪ|VỚI|THUỘC)\b")
CAPS_HEADING_INITIALS = frozenset("IVXLPCMABDEGHĐ0123456789")
# Lines in capitals that stand on their own under a heading: a quarter's or month's group of a task
# table, the signer's side of the closing.
CAPS_OWN_LINE = re.compile(r"^(?:QUÝ|THÁNG|TUẦN|ĐỢT|GIAI ĐOẠN\s+[IVX\d]+\s*[:.(]|TM\.|KT\.|TL\.|TUQ\.|T/M|NƠI NHẬN|"
                           r"[A-EGHĐ]\s*[.)\-–/]\s)")


# A short sentence that announces what follows ("Các nhiệm vụ cụ thể như sau:", "Nội dung gồm:"); a
# longer line ending so is a wrapped sentence's rest ("… Bộ phận Tiếp nhận và Trả kết quả huyện" /
# "Một cửa liên thông theo các nội dung như sau:")
INTRO_LINE = re.compile(r"(?:như\s+sau|sau\s+đây|gồm)\s*:$")
_INTRO_MAX_WORDS = 7


# A ground of the preamble, in the words that open one ("Căn cứ Luật …", "Thực hiện Kế hoạch số …",
# "Thực hiện chỉ đạo của …"): a paragraph of its own, never the rest of a line (inside a sentence
# the words are in small letters)
GROUND_OPENING = re.compile(r"(?:Căn\s+cứ\s|Thực\s+hiện\s+(?:[" + VI_UPPER + r"]|(?:sự\s+)?chỉ\s+đạo|ý\s+kiến))")


def _caps_heading_carried(prev: str, nxt: str, width: float, last: int) -> bool:
    """Does nxt, in capitals, carry on the heading in capitals that prev opened with its marker?"""
    return CAPS_HEADING.match(prev) is not None and caps_heading_rest(prev, nxt, last >= 30 and last >= 0.45 * width)


def caps_heading_rest(head: str, nxt: str, long: bool) -> bool:
    """Is nxt, a line in capitals, the wrapped rest of the heading in capitals `head`? It is where
    the heading's line ran well towards the width (`long`), left its phrase open ("… VÀ"), or the
    rest opens or ends as a heading's tail does ("TRONG NĂM 2026", "GIAI ĐOẠN 2026 - 2030"). A short
    heading over a field of its work in capitals ("II. NỘI DUNG" / "LĨNH VỰC KINH TẾ"), a quarter's
    group or the signer stays apart."""
    if len(nxt) > 100 or not nxt[:1].isupper() or ends_clause(head) or CAPS_OWN_LINE.match(nxt):
        return False
    return (long or _ends_with(CONNECTOR_END, head, 16) or CAPS_CARRY_OPEN.match(nxt) is not None
            or YEAR_ENDING.search(nxt[-5:]) is not None)


# The words that leave a clause waiting for the body it hands work to ("… và giao" / "Công an xã chủ
# trì …"), beyond CONNECTOR_END.
_HANDS_ON_END = re.compile(r"\b(?:giao|phân công|đề nghị|yêu cầu|chỉ đạo|hướng dẫn|đôn đốc|giúp|cử|mời|khi|nếu|thì|mà)$",
                           re.I)


_ITEM_HEADING_MAX = 240   # an item's heading is a line or three; a longer item is a paragraph
_ITEM_MARK = re.compile(r"^\S{1,10}\s+")
_INNER_STOP = re.compile(r"[.;!?]\s+\S")


def _opens_clause(text: str) -> bool:
    """Does the text open with a verb or a clause's first word, capitalised ("Tuyên truyền, vận động …",
    "Theo chức năng, nhiệm vụ …", "Là cơ quan thường trực …", "Chủ trì, phối hợp …")? Written so
    at a line's start it begins a sentence: inside one, a verb is in small letters."""
    return text[:1].isupper() and _unit_words().clause_opening.match(text[:40].lower()) is not None


def _ends_with_head(words: list[str]) -> bool:
    """Do the words end with a unit's head word in capitals ("… phối hợp với Phòng", "… và Ban")? A
    verb the next line opens with may go on its name: "Phòng" / "Tham mưu …", "Ban" / "Chỉ đạo …"."""
    heads = _unit_words().unit_heads
    return any(len(words) >= k and words[-k][:1].isupper() and " ".join(words[-k:]).lower() in heads
               for k in (1, 2, 3))


def _name_going(words: list[str]) -> bool:
    """Do the words end with a name cut short, its syllables capitalised in a line of small letters: one
    syllable of a place's or a school's name ("… tại Trường Mầm non Tân"; a name has two at least), or two of a
    person's after "ông", "bà", "đồng chí" ("… phối hợp với ông Trần Văn")? A verb-like word the next line
    opens with is then the name's last syllable ("Lập", "Giao", "Cần": Tân Lập, Cần Thơ), no verb; a whole
    name ("… xã Nậm Cang", "… thị trấn Phong Thổ") may end the heading."""
    k = 0
    while k < len(words) and len(w := words[-1 - k]) > 1 and w[:1].isupper() and w[1:].islower() and w.isalpha():
        k += 1
    if k == 1:
        return len(words) > 1
    return k == 2 and len(words) > 2 and words[-3].lower() in _PERSON_TITLES


_PERSON_TITLES = frozenset(("ông", "bà", "chí", "anh", "chị", "em", "cô", "thầy"))


def _heading_then_doer(prev: str, nxt: str) -> bool:
    """Is nxt a new sentence of who does what ("Công an xã chủ trì, …", "Giao Phòng Kinh tế …") under
    the item heading prev ("2. Tăng cường công tác kiểm tra, giám sát …"), which ran to the line's
    end without a stop? An item's heading carries no stop, so only the sentence's opening tells that
    the heading ended there: a unit and its verb, which no heading goes on with mid-phrase; or a
    verb written with its capital ("3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã
    hội" / "Tuyên truyền, vận động …"), which only a sentence opens with."""
    if len(prev) > _ITEM_HEADING_MAX or MARKER_START.match(prev) is None or not nxt[:1].isupper() \
            or _ends_with(_HANDS_ON_END, prev, 16):
        return False
    body = _ITEM_MARK.sub("", prev, count=1)
    if _INNER_STOP.search(body) is not None:
        return False   # a paragraph of sentences, not a heading: "… sửa chữa nhà. Huyện đoàn … chủ trì"
    from extractors.units import is_unit, names_a_doer  # (the units' lexicon lives with the extractors)

    words = body.split()
    if any(w[:1].isupper() and is_unit(" ".join(words[k:]))
           for k, w in enumerate(words[-3:], start=len(words) - 3) if k >= 0):
        return False   # a body's name cut off: "… Ban Chỉ huy" / "Quân sự xã …", "… Ủy ban" / "Mặt trận …"
    if _opens_clause(nxt) and not is_unit(nxt) and not _ends_with_head(words) and not _name_going(words):
        return True
    # (an item that is itself a sentence of who does what, "2. Phòng Kinh tế, …, Công an phường" / "Ban
    # Chỉ huy Quân sự phường chủ động …", "1. Phòng Nội vụ là cơ quan thường trực, tham mưu" / "UBND huyện
    # …", wraps on like any sentence: only a heading stops there)
    return names_a_doer(nxt) and not is_unit(body) and not names_a_doer(body)


def _continues(prev: str, nxt: str, width: float, prev_len: int | None, prev_caps, nxt_caps) -> bool:
    """continues(), with _is_caps of prev and nxt given as (cached) callables."""
    if not prev or not nxt:
        return False
    if nxt[0] in "-–" and (_year_range_carried(prev, nxt) or _dash_phrase_carried(prev, nxt, width, prev_len)):
        return True   # (its own first test, without a call a line)
    # (each pattern tried only where its first character may stand: BARE_NUMBER opens with a
    # digit, NUMBER_HEADING with "S" or "T")
    c = nxt[0]
    if c in "⁰¹²³⁴⁵⁶⁷⁸⁹⁽":
        return False   # a footnote, opening with its raised mark ("¹ Luật số …"): never a carried word
    if c in "Vv" and VV_START.match(nxt):
        return False   # a trích yếu "V/v …" under the số opens its own block, whatever ran before it
    if c in "IV" and prev[-1:] in "ýÝíÍ" and QUARTER_CARRIED.match(nxt) and QUARTER_END.search(prev[-5:]):
        # "… trong quý" / "III năm 2026": the quarter's numeral, no part (but a header cell's "Quý" / "I")
        return not (QUARTER_HEADER_CELL.match(prev) and BARE_NUMERAL.match(nxt))
    digit = c.isdecimal()
    if ((digit or c in MARKER_INITIALS) and MARKER_START.match(nxt)) or (digit and BARE_NUMBER.match(nxt)) \
            or (len(nxt) <= 6 and c in "ST" and NUMBER_HEADING.match(nxt)):
        return False
    if nxt[0].islower():
        # a sentence does not start in lower case, whatever the previous line ended with
        return True
    if ends_clause(prev):
        return False
    if c in "CT" and GROUND_OPENING.match(nxt):
        return False   # a ground of the preamble, however full the trích yếu's line above it ran
    if nxt_caps() and len(nxt) > 3 and not prev_caps():
        return False
    if prev_caps() and not nxt_caps():
        return False  # a title in capitals ends where mixed case begins
    if nxt[0] in "“\"":   # (OPENING_QUOTE.match(nxt))
        return True
    if nxt[0].isdigit():
        if FIRST_BARE_ITEM.match(nxt) and PART_OPEN.match(prev) and prev_caps() and nxt_caps() \
                and (prev_len if prev_len is not None else len(prev)) < 0.6 * width:
            # "I MỤC ĐÍCH - YÊU CẦU" / "1 MỤC ĐÍCH": a short part heading, then the part's first item
            # typed with no dot (a heading wrapped at the width may carry a figure: "… SƠ KẾT" / "1 NĂM")
            return False
        # a year or figure carried to the next line: "… năm" / "2025"; but a line that is only a
        # period ("6 tháng/lần", "01 lần/năm") is a flattened table's timing cell, not a carry-over,
        # and so is an hour alone after a closed phrase (a programme's "Ban Tổ chức" / "8h00 – 8h10")
        if len(nxt) <= 24 and CLOCK_ALONE.match(nxt):
            return _ends_with_connector(prev) or _ends_with(_AWAITS_TIME, prev, 16) \
                or prev.rsplit(None, 1)[-1].lower() in ("lúc", "khoảng")
        if width >= UNWRAPPED_WIDTH and (prev_len if prev_len is not None else len(prev)) < 0.5 * width \
                and COUNTED_CELL.match(nxt) and not _ends_with_connector(prev) and not _ends_with(_AWAITS_TIME, prev, 16) \
                and not _ends_with(_AWAITS_COUNT, prev, 16):
            # a text whose paragraphs run on one line each (a table exported a cell a line): a short line
            # closed on its word wrapped nothing; a count opening the next is a cell of its own, the result
            # column's after the content's ("Tập huấn cho cán bộ một cửa" / "02 lớp tập huấn")
            return False
        return not _period_only(nxt)
    if not prev_caps() and _ends_with_connector(prev):
        return True
    if nxt[-1] == ":" and (LABEL_LINE.match(nxt) or INTRO_LINE.search(nxt) and nxt.count(" ") < _INTRO_MAX_WORDS) \
            and MARKER_START.match(prev):
        # a short label of its own line ("Nhiệm vụ trọng tâm:", "Các nhiệm vụ cụ thể như sau:") under an
        # item's heading opens the item's body, however long the heading ran
        return False
    last = prev_len if prev_len is not None else len(prev)
    if prev_caps():
        # (both in capitals: a title block's lines stay apart, a part's heading may go on)
        return nxt_caps() and prev[0] in CAPS_HEADING_INITIALS and _caps_heading_carried(prev, nxt, width, last)
    if last < 0.6 * width:
        return False   # (whatever _heading_then_doer says: neither test below holds for so short a line)
    if _heading_then_doer(prev, nxt):
        return False
    if _ends_with(LEVEL_END, prev, 16) and last >= 0.6 * width:
        return True
    # an upper-case start after a line that ran to the full width (PDF/DOCX wrapping)
    return last >= 0.8 * width


# An STT alone on its line (a flattened table's first cell): "1", "12.", "2.3".
_STT_ALONE = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.?$")
_CELL_MAX = 80   # a unit's or a timing's cell is a name or a date, not a paragraph
_WRAPPED_CELL_MAX = 60   # the widest line a cell wrapped in its column holds (a page's line is wider)


def _cell_apart(rl, before, blanks_before: dict[int, int], prev: str) -> bool:
    """In a table printed a cell a paragraph (pdftotext: an empty line after each cell), is the line
    rl a cell of its own: an empty line before it as before the line `before`, the cell `prev` ahead
    of it? (A cell wrapped inside its paragraph has none; one a page break cut goes on in small
    letters, "… với sự" / "tham gia …", or with the figure its last word awaits, "… năm" / "2025".)"""
    if not (blanks_before and id(rl) in blanks_before and id(before) in blanks_before):
        return False
    first = rl.text.lstrip()[:1]
    return not first.islower() and not (first.isdigit() and _DATE_WORD_END.search(prev) is not None)


# A month alone on its line, as a schedule by month prints its first cell ("Tháng 9/2025", "Tháng 10")
_MONTH_ALONE = re.compile(r"^(?:Tháng|THÁNG)\s+\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?$")
# A timeline grid's mark alone on its line, as a table exported a cell a line prints a month's marked cell
# ("x" under "T3"): a cell of its own, no letter a sentence goes on with
MARK_ALONE = re.compile(r"^[xX×✕✓✔√☑●■]$")
# An hour or a span of hours alone on its line, as an event's programme prints its first cell ("7h30 – 8h00",
# "14 giờ", "08h00-11h30"): no figure a sentence carries over, that would be a date's or a count's
CLOCK_ALONE = re.compile(r"^\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?(?:\s*[-–]\s*\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?)?$")
# A week alone on its line, as a schedule by week prints its first cell ("Tuần 1", "Tuần thứ 3 (từ 13/01 đến
# 19/01)", "TUẦN 2 (09/3 - 15/3)")
_WEEK_ALONE = re.compile(r"^(?:Tuần|TUẦN)\s+(?:(?:thứ|THỨ)\s+)?\d{1,2}(?:\s*\([^()]{0,40}\))?$")


def _in_flat_row(merged: list[list]) -> bool:
    """Does the last of the merged lines stand in a row of a table printed a cell a line: an STT
    alone on its line (_STT_ALONE) a few lines before, or the month, the week or the hours a
    schedule by time opens its rows with (_MONTH_ALONE, _WEEK_ALONE, CLOCK_ALONE), the lines since
    then prose (its cells), a grid's marks not counted? (A month is also a table's last timing cell
    before the plan's next part: no numbered item stands between it and the line.)"""
    numbered = False
    seen = 0
    for k in range(len(merged) - 2, -1, -1):
        text, cells = merged[k][0], merged[k][2]
        if cells is not None:
            return False
        if len(text) == 1 and MARK_ALONE.match(text):
            continue   # (a timeline grid's marks, a cell a month: no cell of words the row counts)
        seen += 1
        if seen > ROW_CELLS_MAX:
            return False
        if len(text) <= 9 and _STT_ALONE.match(text):
            return True
        if len(text) <= 60 and (_MONTH_ALONE.match(text) or _WEEK_ALONE.match(text) or CLOCK_ALONE.match(text)):
            return not numbered
        numbered = numbered or MARKER_START.match(text) is not None
    return False


_ROMAN_ALONE = re.compile(r"^[IVXL]{1,5}\.?$")
# (the words a Roman numeral numbers, folded: "Quý II", "Đợt III", "Khóa IV", "Giai đoạn II", "Phụ lục I")
_NUMBERED_WORDS = frozenset(("quy", "dot", "khoa", "doan", "phan", "chuong", "muc", "luc", "vong"))
_OPEN_ENDS = frozenset("-–—/(&+")
# The cells of one row of a table printed a cell a line, after its STT (a table has seldom more columns):
# how far back the line joiner looks for a row's STT, and where tables.headless_flat_table stops a row.
ROW_CELLS_MAX = 8
# A line's end that leaves a date or a number to the next line ("… ngày" / "30/4/2025 của …"), or a
# second one ("Trước ngày 15/6 và" / "15/11/2025")
_DATE_WORD_END = re.compile(r"(?:ngày|tháng|năm|số|từ|đến|và|hoặc)$", re.I)


# Connectors a table's cell may end on ("Các đơn vị trực thuộc", "… được phân công", "… nếu có"), unlike a
# preposition or a conjunction, which leave the phrase open whatever follows.
_CELL_CLOSING_CONNECTOR = re.compile(r"(?:\b(?:thuộc|được|bị|có)|[,\-–])$", re.I)
# Words that await a time (a cell never ends on them), besides the connectors: "… tổ chức vào" / "Tháng 4/2026"
# The word before a date's word that makes a whole period of it, no date awaiting its figure: "Hằng
# tháng", "Cả năm", "Định kỳ 6 tháng", "đến hết năm", "mỗi quý" (folded).
_COUNTED_PERIOD = re.compile(r"^(?:hang|ca|moi|het|dau|cuoi|giua|\d{1,2})$")
# … whose own figure may still follow it: a year or a range of years ("Trong 02 năm" / "2026 - 2027"), a count
# of times ("Định kỳ 6 tháng" / "01 lần"), as the whole line: a count of what is done ("Cả năm" / "15 lần kiểm
# tra", "Hằng năm" / "2000 lượt người") is the next column's cell
_PERIOD_FIGURE = re.compile(r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|\d{1,3}\s+lần(?:\s*/\s*\w+)?)[.;,]?\s*$",
                            re.I)
# A cost cell's opening ("Ngân sách xã", "Kinh phí sự nghiệp", "Nguồn vốn lồng ghép", "Vốn sự nghiệp văn hóa",
# "NSNN và xã hội hóa", "Xã hội hóa", "Lồng ghép các chương trình", "Dự toán được giao", "Theo phân cấp"): after a
# unit's cell, the next cell, though a text that prints no empty line for an empty cell sets it right under the unit
FUNDING_CELL = re.compile(r"(?:ngân\s+sách|kinh\s+phí|nguồn|vốn|NSNN|NSĐP|NSTW|NSTƯ|xã\s+hội\s+h(?:óa|oá)|lồng\s+ghép"
                          r"|sự\s+nghiệp|dự\s+toán|theo\s+phân\s+cấp|huy\s+động\s+(?:nguồn|xã\s+hội|các\s+nguồn))(?!\w)",
                          re.I)
# A sum opening a cost's cell, in figures ("15.000.000 đồng", "25.000.000" under "Kinh phí (đồng)", "10 triệu đồng",
# "1,5 tỷ"): a cost's cell as FUNDING_CELL's words are (a count of things, "1.200 lượt", is no sum)
MONEY_CELL = re.compile(r"\d{1,3}(?:\.\d{3})+(?:[^\S\n]*(?:đồng|đ|VNĐ|VND))?[^\S\n]*$"
                        r"|\d+(?:[.,]\d+)?[^\S\n]*(?:triệu|tỷ|tỉ|nghìn|ngàn|trđ)(?:[^\S\n]+đồng)?(?!\w)", re.I)
_AWAITS_TIME = re.compile(r"\b(?:vào|trước|sau|kể từ|chậm nhất)$", re.I)
# … unless they close a time of their own, one before or after another: "… hồ sơ tồn đọng của các năm trước",
# "… trong các năm tiếp theo", "… ở giai đoạn sau" (a phrase closed like any other)
_TIME_BEFORE_AFTER = re.compile(r"\b(?:(?:năm|tháng|quý|kỳ|kì|đợt|tuần|lần|giai đoạn|khóa|khoá|vòng)\s+(?:trước|sau)"
                                r"|tiếp theo)$", re.I)


# The typical width (_typical_width) of a text that sets each paragraph on one line, wrapped by no page
UNWRAPPED_WIDTH = 150
# … after a word that awaits its count, which a line broken by hand may still leave open ("… phấn đấu đạt" /
# "100% hồ sơ", "… tổ chức" / "02 lớp tập huấn")
_AWAITS_COUNT = re.compile(r"\b(?:đạt|tối thiểu|ít nhất|khoảng|hơn|tổng số|tổ chức|mở|xây dựng|hỗ trợ|thành lập|cấp|trồng)$",
                           re.I)
# A cell of a result counted ("01 báo cáo", "300 phiếu khảo sát", "100% hồ sơ được số hóa")
COUNTED_CELL = re.compile(r"^\d{1,3}(?:[.,]\d{3})*%?\s+[^\W\d_]{2,}")
# A count of things opening a cell ("05 mô hình", "40 lớp tập huấn", "1.200 lượt nông dân"), no date's figure
# … but a year the sentence goes on after ("2025 về việc …")
_YEAR_GOING_ON = re.compile(r"^(?:19|20)\d\d\s+[^\W\d_]")
_COUNTED_THING = re.compile(r"^\d{1,3}(?:[.,]\d{3})*\s+[^\W\d_]{2,}(?:\s|$)")
# A name a figure or a date goes on ("Trường Mầm non" / "19 tháng 5", "Trường THCS" / "2/9", "Khu phố" / "3
# phường An Lạc"): a school's kind after "Trường", a hamlet's noun in capitals, as the name's last words
_NAME_AWAITS_FIGURE = re.compile(
    r"(?:\bTrường\s+(?:[Mm]ầm\s+non|[Tt]iểu\s+học|[Tt]rung\s+học(?:\s+cơ\s+sở|\s+phổ\s+thông)?|MN|TH|THCS|THPT)"
    r"|(?<!\w)(?:" + "|".join(n[:1].upper() + n[1:] for n in _HAMLET_NOUNS) + r"))$")


def next_cell(prev: str, nxt: str, prev_len: int = 0) -> bool:
    """Is nxt the next cell of a row of a table printed a cell a line (LibreOffice's text export, a
    copy of a web page's table), not the wrapped rest of prev, a cell of the same row? Such a text
    sets the content cell on one long line, which the width rule would join to the unit's cell after
    it ("… tại các thôn giáp rừng" / "Kiểm lâm địa bàn") or to its timing ("Tháng 3/2026"), and a
    timing cell to the deadline's cell after it ("Quý II/2025" / "30/6/2025"), as a carried figure.
    A phrase prev leaves open (a connector, a date's word, a range or a bracket) goes on, as in prose;
    so does a unit's head word or a name cut short, where prev's last line (prev_len long) is no
    longer than a narrow column wraps at: a line longer than that holds its cell whole."""
    if (len(nxt) > _CELL_MAX and not _labels_roles(nxt)) or not (nxt[:1].isupper() or nxt[:1].isdigit()):
        return False
    words = prev.split()
    if not words:
        return False
    if _ROMAN_ALONE.match(nxt):
        # a group row's numeral in the STT's cell ("Hằng năm" / "II" / "Đầu tư hạ tầng"), unless it
        # numbers the word before ("… trong Quý" / "II", "Đợt" / "III")
        return fold(words[-1]) not in _NUMBERED_WORDS
    from extractors.tables import looks_timing, timing_cell  # (the cells' vocabulary lives with the extractors)
    from extractors.units import has_role_label, is_unit, names_person

    if prev[-1] in _OPEN_ENDS or prev.count("(") > prev.count(")"):
        return False   # a range or a bracket left open: "… (30/4/1975 -" / "30/4/2026) và …"
    # ("số" awaits a figure, as a date's word does, but also ends a name, "bản đồ số", "kinh tế số": a
    # unit's name after it opens the next cell)
    named_so = fold(words[-1]) == "so" and not nxt[:1].isdigit() and is_unit(nxt)
    if named_so:
        return True
    period = len(words) >= 2 and fold(words[-1]) in ("thang", "nam", "ngay", "tuan", "quy") \
        and _COUNTED_PERIOD.match(fold(words[-2])) is not None
    if _DATE_WORD_END.search(words[-1]) is not None and (not period or _PERIOD_FIGURE.match(nxt)):
        # a date's word left open: "… ngày" / "30/4/2026"; but a unit's name is no date's figure: "… phấn
        # đấu đạt trong năm" / "Ban Quản lý xây dựng nông thôn mới xã", "… cây ngắn ngày" / "UBND các xã"
        # (in capitals the word names a day after a body: "… kỷ niệm 66 năm Ngày" / "Bộ đội Biên phòng")
        return fold(words[-1]) in ("ngay", "thang", "nam") and words[-1][:1].islower() and nxt[:1].isupper() \
            and len(nxt) <= 60 and is_unit(nxt)

    if has_role_label(nxt[:40]):
        return True   # a unit cell that labels its roles: "Chủ trì: Trung tâm Dịch vụ tổng hợp xã"
    open_phrase = not period and (_ends_with_connector(prev) or _ends_with(_AWAITS_TIME, prev, 16)) \
        and not _ends_with(_TIME_BEFORE_AFTER, prev, 24)
    if open_phrase and not _ends_with(_CELL_CLOSING_CONNECTOR, prev, 16):
        return False   # a preposition awaits its object, a time too: "… trong" / "Quý II/2025 để tổng hợp"
    if (FUNDING_CELL.match(nxt) or MONEY_CELL.match(nxt)) and (is_unit(prev) or not open_phrase):
        # a cost's cell after a unit's, "Công an xã" / "Ngân sách huyện", or after a closed content cell
        # (a column of costs before the units'), "Tổ chức Liên hoan văn nghệ" / "Ngân sách phường": a cost
        # a content cell's wrapped line went on with would be in small letters
        return True
    if timing_cell(nxt) or (len(nxt) <= 24 and CLOCK_ALONE.match(nxt)):
        return True   # (a cell may close on "thuộc", "được": "… trực thuộc" / "Tháng 3/2025")
    if not open_phrase and timing_cell(prev) and not looks_timing(nxt):
        # after a whole timing cell, the next cell, a result's or a cost's ("Thường xuyên" / "100% hồ
        # sơ được số hóa", "Hằng tháng" / "Báo cáo kết quả", "Quý III/2026" / "80 hộ kinh doanh …"),
        # no figure nor words it carries
        return True
    if nxt[:1].isdigit() and not open_phrase and _YEAR_GOING_ON.match(nxt) is None \
            and (timing_cell(nxt) or _COUNTED_THING.match(nxt) or (len(nxt) <= 40 and looks_timing(nxt))) \
            and is_unit(prev) and not prev.rstrip().endswith((",", ";")) \
            and not (prev_len <= _WRAPPED_CELL_MAX and _NAME_AWAITS_FIGURE.search(prev.rstrip()) is not None):
        # after a whole unit's cell, a cell that opens with its figure: a time or a result counted
        # ("Các phòng, đơn vị thuộc Sở" / "6 tháng đầu năm 2025", "Hội Nông dân tỉnh" / "05 mô hình trình diễn")
        return True
    if nxt[:1].isdigit() or open_phrase:
        return False   # a figure carried on; a phrase left open
    if prev_len <= _WRAPPED_CELL_MAX and (_ends_with_head(words) or _name_going(words)):
        return False
    if _ends_with(LEVEL_END, prev, 16) and _small_second_word(nxt) and is_unit(prev):
        # a unit's cell closed on its level word ("Trung tâm Chính trị huyện" / "Lớp tập huấn …"): the
        # place name it might await has each syllable capitalised ("huyện" / "Tam Nông"), a cell's
        # words after their capital are small
        return True
    return looks_timing(nxt) or is_unit(nxt) or names_person(nxt)


def _small_second_word(text: str) -> bool:
    """Does the text open with a capitalised word and then one in small letters ("Lớp tập huấn …",
    "Hội nghị …"), as no place name does ("Tam Nông", "Hải Hậu")?"""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and words[0][:1].isupper() and words[1].isalpha() and words[1].islower()


def _labels_roles(text: str) -> bool:
    """Does a line open a unit cell that labels each role ("Chủ trì: Trung tâm Phục vụ hành chính công
    xã; phối hợp: Văn phòng HĐND và UBND xã"), a cell that may run longer than a name (_CELL_MAX)?"""
    from extractors.units import has_role_label

    return len(text) <= 2 * _CELL_MAX and has_role_label(text[:40])


def _page_number_within(merged: list[list], cleaned: list[tuple], k: int) -> bool:
    """Is the bare number cleaned[k] the page number of a text copied from a PDF, standing where
    a page break cut a sentence: after prose that ends no clause and before its continuation in
    lower case? (A table's STT cell, also a bare number, is followed by its task, which starts in
    upper case.) Left in, the continuation would join the number as "3 đơn vị …"."""
    if not merged or merged[-1][2] is not None or k + 1 >= len(cleaned):
        return False
    nxt, _, cells, _ = cleaned[k + 1]
    return cells is None and nxt[:1].islower() and not ends_clause(merged[-1][0])


def _stamp_part(text: str) -> int | None:
    """Where a digital-signature stamp field starts in a line: 0 for a line that opens with one,
    the offset of a field printed after plan text, None for no field."""
    if STAMP_FIELD.match(text):
        return 0
    m = STAMP_GLUED.search(text)
    return m.start() if m else None


def drop_signature_stamps(cleaned: list[tuple]) -> list[tuple]:
    """cleaned (text, RawLine, cells, bold) prose lines without the digital-signature stamps.

    A stamp is a run of consecutive prose lines that each open with (or end in) a stamp field,
    holding an anchor ("Ký bởi:", "Thời gian ký:", …), and either two lines or more, a time of
    signing, or a second field; a field printed after plan text on its line is cut off there."""
    out = list(cleaned)
    drop: set[int] = set()
    changed = False
    k = 0
    while k < len(out):
        if out[k][2] is not None or _stamp_part(out[k][0]) is None:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(out) and out[run[-1] + 1][2] is None and _stamp_part(out[run[-1] + 1][0]) is not None:
            run.append(run[-1] + 1)
        k = run[-1] + 1
        parts = [out[i][0][_stamp_part(out[i][0]):].lstrip() for i in run]
        if not any(STAMP_ANCHOR_RE.match(t) for t in parts):
            continue
        if len(run) < 2 and not STAMP_TIME.search(parts[0]) and STAMP_GLUED.search(parts[0]) is None:
            continue
        for i in run:
            start = _stamp_part(out[i][0])
            if start:
                out[i] = (out[i][0][:start].rstrip(),) + tuple(out[i][1:])
            else:
                drop.add(i)
            changed = True
    return [c for i, c in enumerate(out) if i not in drop] if changed else cleaned


def _double_spaced(cleaned: list[tuple], blank_after: set[int]) -> bool:
    """Are the text's empty lines line spacing rather than paragraph breaks: does a sentence go on
    in small letters after more than one empty line in five (a text copied with an empty line
    after every printed line)? Then they say nothing of where a paragraph ended."""
    pairs = carried = 0
    for k in range(len(cleaned) - 1):
        text, rl, cells, _ = cleaned[k]
        if cells is not None or id(rl) not in blank_after:
            continue
        pairs += 1
        nxt = cleaned[k + 1][0]
        if cleaned[k + 1][2] is None and nxt[:1].islower() and not MARKER_START.match(nxt) and not ends_clause(text):
            carried += 1
    return carried * 5 > pairs


def _in_header(cleaned: list[tuple], blank_after: set[int]) -> set[int]:
    """The ids of blank_after that stand before the text's first sentence (a prose line of 60
    characters or more ending a clause: the preamble's or the body's): the header's lines, which
    no page break splits."""
    out = set()
    for text, rl, cells, _ in cleaned:
        if cells is not None:
            continue
        if len(text) >= 60 and ends_clause(text):
            break
        if id(rl) in blank_after:
            out.add(id(rl))
    return out


def _plain(joined: str) -> bool:
    """Would nfc() leave the lines joined here as they are, and do they hold no odd space or control
    character but the line breaks? (Tested once for all lines of a document.)"""
    return ((joined.replace("\n", " ").isprintable() or ODD_SPACE_IN_LINE.search(joined) is None)
            and unicodedata.is_normalized("NFC", joined) and not has_eth(joined))


def _plain_cell(text: str, spaced: bool) -> bool:
    """Is clean_cell(text) text.strip() for a cell of a _plain text without odd apostrophes: one
    line, no markup, no double space, no space before a mark that clean() closes up?"""
    return ("  " not in text and _CELL_WORK.search(text) is None
            and not (spaced and (" ," in text or " ;" in text or " ." in text[:9])))


# ---------------------------------------------------------------- text that lost its line breaks
# A web portal that drops <br> and paragraph ends (or a copy out of one) delivers a plan as a few
# lines of thousands of characters: "… Hạnh phúc Số: 48/KH-UBND … KẾ HOẠCH Tổ chức … Căn cứ …;
# Căn cứ …; UBND xã … như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao … II. NỘI DUNG …". Every reader
# of this pipeline works on lines, so such a line is cut again where a plan's own structure starts
# a line: a part, a numbered or lettered item or a bullet after a clause's end (or after a heading
# in capitals), the preamble's grounds, the closing, "Nơi nhận:", the signer's block, and in the
# header the motto, the number and the date. Only a text holding one line far longer than any
# paragraph, with several such places in it as a plan's body has them (not a preamble's "…; Theo
# …", "…; Tăng cường …"), is taken for one, and only when such lines make up much of the text
# (RUN_ON_MIN, RUN_ON_SHARE): a plan whose lines are its paragraphs keeps its one long paragraph
# and its inline enumerations ("gồm: 1. …; 2. …") whole.
RUN_ON_MIN = 700          # characters of the longest prose line, at least …
RUN_ON_MIN_CUTS = 3       # … holding this many places where a line of the plan would start
RUN_ON_SHARE = 0.5        # … the lines that long holding this share of the text's characters (a clean plan's
                          # one long paragraph is a small part of it)
RUN_ON_WHOLE = 0.8        # nearly all the text in such lines: its shorter lines lost their breaks too
_LOWER_LETTER = re.compile("[" + "".join(re.escape(chr(c)) for c in [*range(0x250), *range(0x1E00, 0x1F00)]
                                         if chr(c).isalpha() and not chr(c).isupper()) + "]")
_RUN_ON_LONG_SEG = 300    # a piece so far longer than this is no heading nor a short item's title
_NON_SPACE = re.compile(r"\S")
_RUN_ON_CANDIDATE = re.compile(
    r"(?<=\s)(?:"
    r"(?P<part>(?:(?:PHẦN|Phần)\s+(?:[IVX]{1,4}|THỨ\s+\w+|thứ\s+\w+)(?:\s*[.:)\-–])?|[IVX]{1,4}\s*(?:[.:)]|/|[-–](?=\s)))"
    r"\s*(?=[^\W\d_]))"
    r"|(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/]\s+(?=[^\W\d_])|\d{1,2}\s*[-–]\s+(?=[" + VI_UPPER + "]))"
    r"|(?P<letter>[a-zđ]\s*[).]\s+(?=[^\W\d_])|\(\d{1,2}\)\s+(?=[^\W\d_]))"
    r"|(?P<bullet>[-–+•*]\s+(?=[^\W_]))"
    r"|(?P<recipients>Nơi\s+nhận\s*:)"
    r"|(?P<sign>(?:(?:TM|KT|TL|TUQ|Q)\s*[./]|T/M)\s*(?=[" + VI_UPPER + "]{2}))"
    r"|(?P<nation>CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH)"
    r"|(?P<doctype>(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|PHƯƠNG\s+ÁN|QUYẾT\s+ĐỊNH|LỊCH\s+CÔNG\s+TÁC|HƯỚNG\s+DẪN|THÔNG\s+BÁO"
    r"|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|BÁO\s+CÁO)\b)"
    r"|(?P<number>Số\s*:\s*|Số\s+\d{1,5}\s*/)"
    r"|(?P<grounds>Căn\s+cứ\s)"
    r"|(?P<pursuant>(?:Thực\s+hiện|Theo|Xét|Triển\s+khai)\s)"
    r"|(?P<closing>Trên\s+đây\s+là\s)"
    r"|(?P<sentence>[" + VI_UPPER + "])"
    r")"
)
# the kinds of document a ground names, each after the one before it ("…; Chỉ thị số …")
# (a document's kind as a sentence opens on it, from extractors.doc_kinds' one list; longest first)
_RUN_ON_DOC_KIND = re.compile("(?:" + "|".join(
    r"\s+".join(map(re.escape, (kind[:1].upper() + kind[1:]).split()))
    for kind in sorted(KIND_WORDS, key=len, reverse=True)) + r")\b")
_RUN_ON_DOC_TYPE = re.compile(r"(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|PHƯƠNG\s+ÁN|QUYẾT\s+ĐỊNH)\b")
# where the header's motto and date end: the next thing starts a line
_RUN_ON_ENDS = re.compile(r"Hạnh\s+phúc\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# the signer's titles under "TM."/"KT." ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Hùng"): extractors.closing's
# usual titles and heads named by their unit ("KT. ĐỘI TRƯỞNG PHÓ ĐỘI TRƯỞNG", not cut inside "ĐỘI
# TRƯỞNG"), as printed; and, which closing keeps in folded form only, "THỦ TRƯỞNG" (folded as "Thứ
# trưởng" is), "TRƯỞNG CÔNG AN" and a head's "TRƯỞNG" after any unit's name. Longest first.
_RUN_ON_TITLE = re.compile(r"(?<=\s)(?:PHÓ\s+)?(?:" + "|".join(
    r"\s+".join(map(re.escape, title.split()))
    for title in sorted({*PRINTED_TITLES, *UNIT_HEAD_TITLES, "TRƯỞNG CÔNG AN", "THỦ TRƯỞNG", "TRƯỞNG"},
                        key=lambda title: (-len(title), title))) + r")\b")
# a short heading a bullet follows without a colon ("1. Mục đích - Nâng cao …")
_RUN_ON_HEADING_WORDS = re.compile(r"^(?:Mục\s+đích|Yêu\s+cầu|Mục\s+tiêu|Quan\s+điểm|Chỉ\s+tiêu|Nhiệm\s+vụ|Giải\s+pháp|"
                                   r"Nội\s+dung|Thời\s+gian|Địa\s+điểm|Thành\s+phần|Đối\s+tượng|Phạm\s+vi|Kinh\s+phí|"
                                   r"Hình\s+thức|Phân\s+công)(?:\s+[^\W\d_]+){0,3}$", re.I)
_RUN_ON_TERM = re.compile(r"(?:Mục\s+đích|Yêu\s+cầu|Mục\s+tiêu|Quan\s+điểm|Chỉ\s+tiêu|Nhiệm\s+vụ|Giải\s+pháp|Nội\s+dung|"
                          r"Thời\s+gian|Địa\s+điểm|Thành\s+phần|Đối\s+tượng|Phạm\s+vi|Kinh\s+phí|Hình\s+thức)"
                          r"\s+(?=[A-ZĐ][^\W\d_]*[a-zđà-ỹ])")
_RUN_ON_MARKER = re.compile(r"^(?:(?:PHẦN|Phần)\s+[IVX]{1,4}(?:\s*[.:)\-–])?\s+"
                            r"|(?:(?:PHẦN\s+)?[IVX]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.):/\-–]\s*)")
_RUN_ON_END = re.compile(r"(?:[.;:!?…]|\./\.)[”\"')]?$")
_RUN_ON_AFTER = frozenset(("quý", "Quý", "QUÝ", "quí", "Quí", "số", "Số", "Điều", "điều", "khoản", "Khoản",
                           "điểm", "Điểm", "mục", "Mục", "tháng", "Phụ", "lục", "đoạn", "kỳ", "khóa", "khoá"))


def _caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caps_run(line: str, at: int, n: int) -> bool:
    """Do the n words from offset `at` stand in capitals, the first of three letters or more?"""
    words = line[at:at + 80].split()[:n]
    return len(words) == n and all(map(_caps_word, words)) and len(words[0]) >= 3


def _heading_caps(seg: str) -> bool:
    """Is a piece so far a heading in capitals ("I. MỤC ĐÍCH, YÊU CẦU", "KẾ HOẠCH"): two words or more, all capitals?"""
    words = _RUN_ON_MARKER.sub("", seg).split()
    return len(words) >= 2 and all(not any(c.isalpha() and not c.isupper() for c in w) for w in words) \
        and any(map(_caps_word, words))


def _run_on_cuts(line: str, in_header: bool) -> tuple[list[int], bool]:
    """The offsets where a run-together line is cut, and whether its header part is still open after it."""
    cuts: list[int] = []
    kinds: list[str] = []
    after: list[int] = []
    header = in_header
    last = 0
    # A piece so far is read whole only while short; a long one by its head, its tail and where its
    # first small letter stands (carried from piece to piece): one pass over a line of any length.
    low_from, low_at = -1, -1

    def heading_long(at: int) -> bool:
        nonlocal low_from, low_at
        start = last
        head = line[start:start + 60].lstrip()
        start += len(line[start:start + 60]) - len(head)
        mk = _RUN_ON_MARKER.match(head)
        start += mk.end() if mk else 0
        if not low_from <= start <= low_at:   # (else the small letter found last is still the first)
            found = _LOWER_LETTER.search(line, start)
            low_from, low_at = start, (found.start() if found else len(line))
        if low_at < at:
            return False
        return _heading_caps(line[last:min(at, last + 200)]) or _heading_caps(line[last:at])

    for m in _RUN_ON_CANDIDATE.finditer(line):
        at = m.start()
        if at <= last:
            continue
        kind = m.lastgroup
        long_seg = at - last > _RUN_ON_LONG_SEG
        before = line[at - _RUN_ON_LONG_SEG:at].strip() if long_seg else line[last:at].strip()
        if not before and long_seg:
            before = line[last:at].strip()
        if not before:
            continue
        ended = _RUN_ON_END.search(before[-6:]) is not None
        heading = heading_long(at) if long_seg else _heading_caps(before)
        prev_word = before.rsplit(None, 1)[-1]
        start = line[last:min(at, last + 60)].lstrip()
        nxt = _NON_SPACE.search(line, m.end())
        word = line[m.end():m.end() + 40].split(None, 1)[0] if nxt is not None and nxt.start() < m.end() + 40 else ""
        ok = False
        if kind == "part":
            # after a clause or a heading; or anywhere before a heading of two words in capitals
            # ("… Quý II/2026 III. TỔ CHỨC THỰC HIỆN": a table's last cell ran into it)
            ok = (_caps_word(word) and prev_word not in _RUN_ON_AFTER
                  and (ended or heading or _caps_run(line, m.end(), 2)))
        elif kind == "num":
            ok = (ended or heading or not long_seg and _sub_item(before, m.group(kind))) and word[:1].isupper() \
                and prev_word not in _RUN_ON_AFTER
        elif kind == "letter":
            # after a clause, or after an item's short heading ("1. Công tác chỉ đạo, truyền thông a) Ban hành …")
            ok = ((ended and not before.endswith(("v.v.", "TP.")) or not long_seg and _short_heading(before, 24))
                  and word[:1].isupper() and prev_word not in _RUN_ON_AFTER)
        elif kind == "doctype":
            ok = in_header and not heading
        elif kind == "bullet":
            # (a list of recipients or grounds may end its items with ",": a Party's "Nơi nhận")
            ok = (ended or heading and not _caps_word(word)
                  or before.endswith(",") and start.startswith(("-", "Nơi nhận"))
                  or not long_seg and _RUN_ON_MARKER.match(before) is not None
                  and _RUN_ON_HEADING_WORDS.match(_RUN_ON_MARKER.sub("", before)) is not None)
        elif kind in ("recipients", "sign", "nation"):
            ok = True
            if kind == "nation" and line[m.end():].strip():
                after.append(m.end() + 1)   # the motto stands on a line of its own
        elif kind == "number":
            ok = in_header
        elif kind == "grounds":
            ok = long_seg or before not in ("-", "+", "–")   # (a bullet's ground: cut before its bullet)
        elif kind == "pursuant":
            # (not the title's first word right after "KẾ HOẠCH": "KẾ HOẠCH Thực hiện công tác …")
            ok = in_header and not heading
        elif kind == "closing":
            ok = ended
        elif kind == "sentence":
            # a sentence of the preamble after a ground's ";" ("…; Ủy ban nhân dân xã … như sau:"), not
            # the next document of one ground ("Thực hiện Chỉ thị số 23-CT/TW …; Chỉ thị số 10/CT-BCA …")
            ok = in_header and before.endswith(";") and _RUN_ON_DOC_KIND.match(line, at) is None
        if ok:
            if kind == "part":
                in_header = False
            if kind in ("grounds", "pursuant", "sign") and before.endswith(("-", "+", "–")) and before[-2:-1].isspace():
                at = line.rindex(before[-1], 0, m.start())   # with its bullet ("…; - Căn cứ …")
            cuts.append(at)
            kinds.append(kind)
            last = at
    # the header's motto and date end their line; a signer's title under TM./KT. starts one
    header_end = next((c for c, opened in zip(cuts, kinds) if opened == "part"), len(line)) if header else 0
    for m in _RUN_ON_ENDS.finditer(line):
        if m.start() < header_end or m.group().startswith("Hạnh"):
            rest = line[m.end():m.end() + 2]
            if rest.strip() and rest[:1].isspace() and line[_NON_SPACE.search(line, m.end()).start()] not in ",.;:":
                cuts.append(m.end() + 1)
    ordered = sorted(cuts)
    for m in _RUN_ON_TITLE.finditer(line):
        i = bisect.bisect_left(ordered, m.start())
        k = ordered[i - 1] if i else 0
        piece = line[k:min(m.start(), k + 60)].strip()
        if piece[:3].rstrip(".") in ("TM", "KT", "TL", "TUQ", "Q", "T/M") and len(piece) > 4:
            cuts.append(m.start())
    return sorted(set(cuts) | set(after)), in_header


def _sub_item(seg: str, marker: str) -> bool:
    """Does a numbered item's marker open a sub-item of the short heading before it ("2. Chỉnh trang
    hạ tầng 2.1. Cải tạo …")?"""
    head = _RUN_ON_MARKER.match(seg)
    if head is None or not _short_heading(seg):
        return False
    number = head.group().strip().rstrip(".):/-–").strip()
    return marker.startswith(number + ".") and marker[len(number) + 1:len(number) + 2].isdigit()


def _short_heading(seg: str, words: int = 8) -> bool:
    """Is a piece so far an item's marker and a short heading without a closing mark ("2. Phòng, chống đuối nước")?"""
    m = _RUN_ON_MARKER.match(seg)
    return m is not None and seg[:1].isdigit() and len(seg[m.end():].split()) <= words and _RUN_ON_END.search(seg) is None


def _split_caps_head(piece: str) -> list[str]:
    """A piece opening with a heading in capitals run into the next words ("KẾ HOẠCH Tổ chức …",
    "III. KINH PHÍ Kinh phí …", "PHÓ CHỦ TỊCH Trần Văn Hùng"): the heading, then the rest."""
    m = _RUN_ON_MARKER.match(piece)
    start = m.end() if m else 0
    if m is not None:
        # an item named by a part's word and run into its text ("1. Mục đích Cụ thể hóa …")
        term = _RUN_ON_TERM.match(piece, start)
        if term is not None:
            return [piece[:term.end()].strip(), *_split_caps_head(piece[term.end():].strip())]
    words = list(re.finditer(r"\S+", piece[start:]))
    n = 0
    for k, w in enumerate(words):
        # (a capital of one letter between two words in capitals is the heading's: "PHÒNG Y TẾ")
        if (_caps_word(w.group()) or not any(c.isalpha() for c in w.group())
                or w.group().isupper() and k + 1 < len(words) and _caps_word(words[k + 1].group())):
            n += 1
            continue
        break
    if 2 <= n < len(words) and words[n].group()[:1].isupper() and sum(_caps_word(w.group()) for w in words[:n]) >= 2:
        at = start + words[n].start()
        return [piece[:at].strip(), *_split_caps_head(piece[at:].strip())]
    return [piece]


def _run_on_share(texts: list[str]) -> float:
    """The share of the text's characters its lines of RUN_ON_MIN or more hold."""
    total = sum(map(len, texts))
    return sum(len(t) for t in texts if len(t) >= RUN_ON_MIN) / total if total else 0.0


def _runs_on(texts: list[str]) -> bool:
    """Has the text lost its line breaks: does its longest line run far beyond a paragraph with
    several places where a plan's line starts, or do two of its parts run their heading in capitals
    into the body without a colon, the body holding an item ("II. NỘI DUNG Các nhiệm vụ … 1. …")?"""
    longest = max(texts, key=len)
    if (len(longest) >= RUN_ON_MIN and _run_on_share(texts) >= RUN_ON_SHARE
            and len(_run_on_cuts(longest, False)[0]) >= RUN_ON_MIN_CUTS):
        return True
    run_in = 0
    for t in texts:
        if len(t) > 200 and PART_HEADING.match(t) and len(_split_caps_head(t)) > 1 and _run_on_cuts(t, False)[0]:
            run_in += 1
            if run_in >= 2:
                return True
    return False


# The bodies a header names in capitals, one above the other ("SỞ Y TẾ TỈNH HƯNG YÊN / BỆNH VIỆN ĐA
# KHOA PHỐ NỐI", "CÔNG AN TỈNH ĐỒNG NAI / CÔNG AN HUYỆN TRẢNG BOM"): a run-together header names the
# next after the place of the one before it. And the motto of an association or a union ("HỘI NÔNG
# DÂN VIỆT NAM", "CÔNG ĐOÀN VIỆT NAM") is a line of its own.
# (The splitter's own list of a body's first words: extractors.header's organ names are folded
# patterns, which cannot give the printed capitals matched here ("so" is SỞ and SỐ, "truong" TRƯỜNG
# and TRƯỞNG, "doan" ĐOÀN and ĐOẠN), and extractors.units' heads hold posts and people ("Bí thư", "Ủy
# viên", "Công chức", "Trưởng thôn") no header line names after a place.)
_RUN_ON_BODY = re.compile(r"(?:ỦY\s+BAN|UBND|HĐND|HỘI\s+ĐỒNG|SỞ|PHÒNG|BỆNH\s+VIỆN|TRUNG\s+TÂM|CÔNG\s+AN|HỘI|BAN|BCH|"
                          r"ĐẢNG\s+ỦY|ĐẢNG\s+BỘ|CHI\s+BỘ|HUYỆN\s+ỦY|TỈNH\s+ỦY|THỊ\s+ỦY|THÀNH\s+ỦY|TRƯỜNG|ĐOÀN|"
                          r"CHI\s+ĐOÀN|TRẠM|CHI\s+CỤC|CỤC|MẶT\s+TRẬN|LIÊN\s+ĐOÀN|HẠT|ĐỘI|VIỆN|TÒA\s+ÁN|BỘ\s+CHỈ\s+HUY|"
                          r"BAN\s+CHỈ\s+HUY|CÔNG\s+ĐOÀN|CHI\s+HỘI|VĂN\s+PHÒNG|KHO\s+BẠC|CHI\s+NHÁNH)\b")
# The words a body's place opens after, one word at a time: each level's last word in capitals
# ("THỊ XÃ" by its "XÃ", "THÀNH PHỐ" by its "PHỐ") and its abbreviations ("TP.", "TX"), from
# extractors.levels; and "KHU VỰC", the area a body serves, no level ("TRUNG TÂM Y TẾ KHU VỰC X").
_RUN_ON_LEVEL = frozenset({lv.printed.upper().split()[-1] for lv in _LEVEL_LEXICON}
                          | {abbr.upper() + dot for lv in _LEVEL_LEXICON for abbr in lv.abbreviations for dot in ("", ".")}
                          | {"KHU", "VỰC"})
_RUN_ON_MOTTO = re.compile(r"\bVIỆT\s+NAM(?=\s+[" + VI_UPPER + "]{2})")


def _split_header_bodies(piece: str) -> list[str]:
    """A header's line in capitals naming bodies one after another: one line each (_RUN_ON_BODY)."""
    if not _heading_caps(piece) or piece.startswith(("CỘNG", "ĐẢNG CỘNG", "ĐOÀN TNCS")):
        return [piece]
    m = _RUN_ON_MOTTO.search(piece)
    if m is not None and re.search(r"\b(?:HỘI|ĐOÀN|LIÊN\s+HIỆP)\b", piece[:m.start()]):
        # "HỘI NÔNG DÂN VIỆT NAM BCH HỘI …": the association's motto ends its line
        head = piece[:m.end()]
        return [*_split_header_before(head), *_split_header_bodies(piece[m.end():].strip())]
    return _split_header_before(piece)


def _split_header_before(piece: str) -> list[str]:
    words = piece.split()
    for k in range(2, len(words)):
        # a body's name after a level word and at least one word of its place
        if any(w in _RUN_ON_LEVEL for w in words[max(0, k - 5):k - 1]) and words[k - 1] not in _RUN_ON_LEVEL:
            rest = " ".join(words[k:])
            body = _RUN_ON_BODY.match(rest)
            if body and not _RUN_ON_MOTTO.match(rest) and not _body_word_of_place(words, k, body.end()):
                return [" ".join(words[:k]), *_split_header_before(rest)]
    return [piece]


def _body_word_of_place(words: list[str], k: int, body_end: int) -> bool:
    """Is the one body word at words[k] the last word of the place before it ("UBND XÃ TÂN HỘI",
    "UBND XÃ NGHĨA ĐOÀN", "UBND XÃ TÂN HỘI HỘI NÔNG DÂN")? A body named by one word goes on with
    its own words ("HỘI NÔNG DÂN", "TRƯỜNG THCS", "TRẠM Y TẾ"); one that ends the line, or is
    followed by another body or a level, is the place's. A place the official list holds under
    the longer name ("TÂN HỘI ĐÔNG") keeps the word too."""
    if body_end != len(words[k]):
        return False   # a body of two words or more ("HỘI ĐỒNG", "CÔNG AN", "BỆNH VIỆN")
    if k + 1 == len(words):
        return True
    after = " ".join(words[k + 1:])
    if words[k + 1] in _RUN_ON_LEVEL or _RUN_ON_BODY.match(after):
        return True
    level = max(j for j in range(max(0, k - 5), k - 1) if words[j] in _RUN_ON_LEVEL)
    place = [w.capitalize() for w in words[level + 1:k + 2]]
    return names_listed(_PLACE_LEVELS, place, least=len(place))


def run_on_lines(texts: list[str]) -> list[list[str]] | None:
    """For a text that lost its line breaks (see RUN_ON_MIN): each prose line's pieces; None for
    any other text (the common case: one pass over the lengths)."""
    if not texts:
        return None
    if not _runs_on(texts):
        return _header_run_on(texts)
    out = []
    in_header = header_open = True
    # where only some lines run on (a clean paragraph or an inline "gồm: 1. …; 2. …" beside them),
    # only they are cut; where nearly all the text does, its shorter lines lost their breaks too
    # (no such line: the parts run their headings into their bodies, every line of them is cut)
    share = _run_on_share(texts)
    floor = RUN_ON_MIN - 1 if 0 < share < RUN_ON_WHOLE else 40
    for t in texts:
        cuts, in_header_after = _run_on_cuts(t, in_header) if len(t) > floor else ([], in_header)
        if PART_HEADING.match(t):
            in_header_after = False
        in_header = in_header_after
        bounds = [0, *cuts, len(t)]
        pieces = [t[a:b].strip() for a, b in zip(bounds, bounds[1:]) if t[a:b].strip()]
        pieces = [p2 for p in pieces for p2 in _split_caps_head(p)]
        if header_open:
            for k, p in enumerate(pieces):
                if p.startswith(("Số", "Căn cứ")) or _RUN_ON_DOC_TYPE.match(p) or PART_HEADING.match(p):
                    header_open = False
                    break
                pieces[k:k + 1] = _split_header_bodies(p)
        out.append(pieces)
    return out


# A header whose cells a page ran into one line, the rest of the plan keeping its lines ("SỞ Y TẾ TỈNH X BỆNH
# VIỆN ĐA KHOA Y CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-BV Y, ngày …"): one of
# the first lines with the motto after a body's name in capitals and the number or the date after the motto.
HEADER_RUN_ON_LINES = 3
# (A title that names the nation, "… QUỐC KHÁNH NƯỚC CỘNG HÒA … VIỆT NAM (ngày 2 tháng 9 năm 1945 - …)", is no
# header: the motto a header prints goes on with "Độc lập", or soon with the number or "<place>, ngày …".)
_HEADER_MOTTO = re.compile(r"(?<=[" + VI_UPPER + r"]{2}\s)(?<!NƯỚC\s)CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\b")
_HEADER_AFTER_MOTTO = re.compile(
    r"[^\S\n]{0,5}Độc\s+lập|[^\n]{0,150}?(?:Số\s*:\s*[\d/]|,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")


def _header_run_on(texts: list[str]) -> list[list[str]] | None:
    """For a text whose header alone ran into one line (_HEADER_MOTTO): that line's pieces, each other line whole;
    None for any other text."""
    firsts = list(islice((k for k, t in enumerate(texts) if t.strip()), HEADER_RUN_ON_LINES))
    k = next((k for k in firsts if "CỘNG" in texts[k] and (m := _HEADER_MOTTO.search(texts[k])) is not None
              and _heading_caps(texts[k][:m.start()]) and _HEADER_AFTER_MOTTO.match(texts[k], m.end())), None)
    if k is None:
        return None
    t = texts[k]
    cuts, _ = _run_on_cuts(t, True)
    bounds = [0, *cuts, len(t)]
    pieces = [t[a:b].strip() for a, b in zip(bounds, bounds[1:]) if t[a:b].strip()]
    head = next((j for j, p in enumerate(pieces) if p.startswith(("CỘNG", "Số"))), len(pieces))
    pieces = [*(b for p in pieces[:head] for c in _split_header_bodies(p) for b in _split_group_member(c)),
              *pieces[head:]]
    return [pieces if j == k else [x] for j, x in enumerate(texts)]


# An enterprise under its group or corporation, both on one line ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM CÔNG TY ĐIỆN
# LỰC CÀ MAU", "TẬP ĐOÀN X CHI NHÁNH Y"): the member's name opens its own line, as the header prints it.
_GROUP_HEAD = re.compile(r"(?:TỔNG\s+CÔNG\s+TY|TẬP\s+ĐOÀN)\s")
_GROUP_MEMBER = re.compile(r"(?<=\s)(?<!TỔNG\s)(?:CÔNG\s+TY|CHI\s+NHÁNH|NHÀ\s+MÁY|XÍ\s+NGHIỆP)\s")


def _split_group_member(piece: str) -> list[str]:
    if not _GROUP_HEAD.match(piece) or (m := _GROUP_MEMBER.search(piece, 4)) is None:
        return [piece]
    return [piece[:m.start()].strip(), piece[m.start():].strip()]


def split_run_on(cleaned: list[tuple]) -> list[tuple]:
    """cleaned (text, RawLine, cells, bold) with the prose lines of a text that lost its line
    breaks cut where the plan's lines start (run_on_lines); each piece a line its author ended."""
    prose = [k for k, c in enumerate(cleaned) if c[2] is None]
    split = run_on_lines([cleaned[k][0] for k in prose])
    if split is None:
        return cleaned
    out: list[tuple] = []
    pieces_of = dict(zip(prose, split))
    for k, c in enumerate(cleaned):
        pieces = pieces_of.get(k)
        if pieces is None or len(pieces) == 1:
            out.append(c)
            continue
        for p in pieces:
            out.append((p, replace(c[1], text=p, ended=True), None, False))
    return out


# ---------------------------------------------------------------- text cut at a column
# A text hard-wrapped at a column (an e-mail, an old .txt export: every line cut at ~70 characters)
# is wrapped greedily: a line is cut only where the next word would not fit. So where the next
# word would have fitted, the author ended the line (a heading, a name, a short item), however
# near the column it stops; and where it would not, the break may be the column's: a carried
# "- xã hội" (of "chính trị - xã hội") or the "3." of "tháng 3." opens no bullet and no item. A
# text is taken for one when no prose line runs beyond HARD_WRAP_MAX and the lines carried on in
# small letters (certain wraps) were nearly all cut because the word did not fit.
HARD_WRAP_MAX = 100
HARD_WRAP_MIN_PAIRS = 6
HARD_WRAP_SLACK = 2          # characters clean() may have taken out of a line (a double space)
_DASH_CARRIED = re.compile(r"^[-–]\s+[^\W\d_" + VI_UPPER + "]")   # (a small letter: "- Ấp …" is a bullet)
_NUMBER_CARRIED = re.compile(r"^\d{1,4}[.,;:)]?$")
# what opens a line of its own after a sentence: the closing, the signer's block, a label of a few
# words ("Cơ quan chủ trì:", "Thời gian:", "Lưu:"), the closing's call for reports ("Trong quá trình
# (tổ chức) thực hiện, nếu có khó khăn, vướng mắc …"), a paragraph of its own under the last item
_HARD_WRAP_OWN_LINE = re.compile(r"(?:Trên\s+đây|Nơi\s+nhận|TM\.|KT\.|TL\.|Q\.|[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:"
                                 r"|Trong\s+quá\s+trình\s+(?:[^\W\d_]+\s+){0,2}thực\s+hiện\b)")


def _first_word_len(text: str) -> int:
    cut = text.find(" ")
    return len(text) if cut < 0 else cut


def _heading_alone(text: str, after: str | None, width: int) -> bool:
    """Is a line of a hard-wrapped text a heading on a line of its own ("Nội dung thực hiện"): it ends
    no clause, yet stopped short of the column (the next line's first word would have fitted)? A
    sentence's line that stops short is its paragraph's last, which ends with its stop."""
    if after is None or ends_clause(text):
        return False
    return len(text) + 1 + _first_word_len(after) <= width - HARD_WRAP_SLACK


def hard_wrap_width(texts: list[str]) -> int | None:
    """The column a text was hard-wrapped at (greedily), or None for a text that was not."""
    if len(texts) < 12:
        return None
    width = max(map(len, texts))
    if width > HARD_WRAP_MAX:
        return None
    pairs = forced = 0
    for a, b in zip(texts, texts[1:]):
        if b[:1].islower():
            pairs += 1
            forced += len(a) + 1 + _first_word_len(b) > width - HARD_WRAP_SLACK
    return width if pairs >= HARD_WRAP_MIN_PAIRS and forced >= 0.9 * pairs else None


def mark_hard_wraps(cleaned: list[tuple], blank_after: set[int]) -> list[tuple]:
    """cleaned (text, RawLine, cells, bold) of a hard-wrapped text (hard_wrap_width) with each line
    that ended before the column marked ended, and a carried dash or number joined to its line.
    blank_after: the ids of the RawLines an empty line follows (a number after one is a page's)."""
    # (the prose lines in order, as the runs below hold them: most texts are no hard-wrapped one,
    # told before the runs are made)
    width = hard_wrap_width([c[0] for c in cleaned if c[2] is None])
    if width is None:
        return cleaned
    runs: list[list[int]] = []   # consecutive prose lines
    for k, c in enumerate(cleaned):
        if c[2] is None:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    out = list(cleaned)
    drop: set[int] = set()
    for run in runs:
        at = run[0]   # the line the next one would join
        run_set = set(run)
        for b in run[1:]:
            a_text, nxt = out[at][0], out[b][0]
            if len(a_text) + 1 + _first_word_len(nxt) <= width - HARD_WRAP_SLACK and len(a_text) <= width:
                # (not a heading in capitals: centred or in bold, a PDF's copy wraps it narrower)
                if not out[at][1].ended and not _is_caps(a_text):
                    out[at] = (a_text, replace(out[at][1], ended=True), None, out[at][3])
            elif not ends_clause(a_text) and (_DASH_CARRIED.match(nxt) or _NUMBER_CARRIED.match(nxt)
                                              and id(out[b - 1][1]) not in blank_after):
                out[at] = (join_wrapped(a_text, nxt), out[at][1], None, out[at][3])
                drop.add(b)
                continue
            elif (a_text.endswith(".") and not a_text.endswith("./.") and nxt[:1].isupper()
                  and MARKER_START.match(nxt) is None and _HARD_WRAP_OWN_LINE.match(nxt) is None
                  and not _is_caps(nxt) and id(out[b - 1][1]) not in blank_after
                  and not _heading_alone(nxt, out[b + 1][0] if b + 1 in run_set else None, width)):
                # a sentence ended where the column did, the next one in the same paragraph (a
                # paragraph ends there only when its last line happens to fill the column)
                out[b] = (nxt, replace(out[b][1], wraps=True), None, out[b][3])
            at = b
    return [c for k, c in enumerate(out) if k not in drop]


def normalize(raw: RawDocument) -> Document:
    """Build the Document: normalized text plus its logical lines with offsets, pages and cells."""
    # 1. clean each raw line; rows keep their cells, prose lines lose empty lines
    cleaned: list[tuple[str, RawLine, list[str] | None, bool]] = []
    # What strip_markup and clean would change, tested once for the whole prose: a line without
    # markup characters is left as it is by strip_markup, and a line of an NFC text without odd
    # spaces (tabs, no-break spaces, control characters) or double spaces only loses its ends.
    prose = [rl.text for rl in raw.lines if rl.cells is None]
    joined = "\n".join(prose)
    one_line_each = joined.count("\n") == len(prose) - 1  # no raw line holds a line break
    # (plain substring searches and isprintable() are much faster than a regex over the text;
    # every character ODD_SPACE_IN_LINE finds is one isprintable() refuses)
    markup = not one_line_each or any(c in joined for c in "#<&*_\\") or "]{" in joined or "[^" in joined
    plain = one_line_each and _plain(joined)
    # a converter's space before a comma or a heading's point (clean() closes it up), an official
    # gazette's running head: tested on a line only when the prose holds one at all
    spaced = " ," in joined or " ;" in joined or " ." in joined
    gazette = "BÁO" in joined
    apostrophes = has_odd_apostrophe(joined)  # (a plain line skips clean(), whose nfc() mends them)
    # (… and so do the mends of clean() for a converter's or OCR's slips)
    glued = has_glued_date(joined) or "ƯBND" in joined \
        or (("TRƯỜNG" in joined or "Trường" in joined) and GLUED_SCHOOL.search(joined) is not None) \
        or (("/20 " in joined or "/19 " in joined) and SPLIT_YEAR_DATE.search(joined) is not None)
    cell_text = "\n".join([c for rl in raw.lines if rl.cells is not None for c in rl.cells])  # (a list joins faster)
    cells_spaced = " ," in cell_text or " ;" in cell_text or " ." in cell_text
    # … and for the cells: then a cell of one line without markup or a double space is only stripped
    cells_plain = _plain(cell_text) and not has_odd_apostrophe(cell_text)
    # prose lines of the header the author followed by an empty line (a text file's paragraph
    # break): the line ended its paragraph, however wide it ran (a long trích yếu is no wrapped line
    # of the preamble). In the body an empty line may be a page break inside a paragraph.
    blank_after: set[int] = set()
    blanks_before: dict[int, int] = {}
    blank_run = 0
    last_prose = None
    for rl in raw.lines:
        if rl.cells is not None:
            last_prose = None
            blank_run = 0
            cells = [c.strip() if cells_plain and _plain_cell(c, cells_spaced)
                     else clean_cell(c, rl.paragraphs, cells_spaced) for c in rl.cells]
            if any(cells):
                cleaned.append((" ".join(c for c in cells if c), rl, cells, rl.bold))
            continue
        t = rl.text
        if not t or t.isspace():
            if last_prose is not None:
                blank_after.add(id(last_prose))
                last_prose = None
            blank_run += 1
            continue
        if blank_run:
            blanks_before[id(rl)] = blank_run
            blank_run = 0
        before, last_prose = last_prose, rl
        if markup and MARKUP_CHAR.search(t) is not None:
            text, bold = strip_markup(t)
        else:
            text, bold = t, False
        if plain and text is t and "  " not in t and not (spaced and (" ," in t or " ;" in t or " ." in t[:9])) \
                and not (glued and ("ngày" in t or "ƯBND" in t or "TRƯỜNG" in t or "Trường" in t)):
            text = t.strip()
            if apostrophes and has_odd_apostrophe(text):
                text = ODD_APOSTROPHE.sub("'", text)
        else:
            text = clean(text, spaced)
        if text and not (len(text) < 16 and ("rang" in text or "RANG" in text) and PAGE_FOOTER.match(text)) \
                and not (gazette and len(text) < 90 and "BÁO" in text and GAZETTE_HEAD.match(text)):
            cleaned.append((text, rl, None, bold or rl.bold))
        elif not text and before is not None and not t.strip(" \t-_=*~.…–—"):
            # a rule the markup took away ("________" under the trích yếu) ends the paragraph as an
            # empty line does
            blank_after.add(id(before))
            last_prose = None
    cleaned_prose = "\n".join([t for t, _, cells, _ in cleaned if cells is None])
    if has_stamp_gate(cleaned_prose):
        cleaned = drop_signature_stamps(cleaned)
    cleaned = split_run_on(cleaned)
    if not raw.ocr and raw.source_format not in ("pdf", "pdf_scanned", "image"):
        cleaned = mark_hard_wraps(cleaned, blank_after)

    width = _typical_width([t for t, _, cells, _ in cleaned if cells is None])
    if blank_after:
        blank_after = set() if _double_spaced(cleaned, blank_after) else _in_header(cleaned, blank_after)

    # 2. rejoin wrapped prose lines (never table rows, never across pages' table rows)
    merged: list[list] = []
    last_len = 0
    # letter counts for _is_caps, made when first asked: of each cleaned line, and summed over
    # the lines of a merged paragraph (so a long paragraph is not rescanned for every line)
    line_counts: dict[int, tuple[int, int]] = _caps_counts_many(
        {k: t for k, (t, _, cells, _) in enumerate(cleaned) if cells is None})
    parts_of: list[list[int]] = []  # the cleaned lines of each merged entry

    def counts_of(k: int) -> tuple[int, int]:
        got = line_counts.get(k)
        if got is None:
            got = line_counts[k] = caps_counts(cleaned[k][0])
        return got

    # the letters and upper-case letters summed so far over the lines of merged entry caps_sum[0] - 1:
    # [that entry's number + 1, its lines counted, letters, upper] (_continues asks up to four times a
    # line, and a paragraph grows line by line: each line is added once)
    caps_sum = [0, 0, 0, 0]

    def merged_caps() -> bool:
        parts = parts_of[-1]
        if caps_sum[0] != len(parts_of):
            caps_sum[0], caps_sum[1], caps_sum[2], caps_sum[3] = len(parts_of), 0, 0, 0
        n = caps_sum[1]
        while n < len(parts):
            a, b = counts_of(parts[n])
            caps_sum[2] += a
            caps_sum[3] += b
            n += 1
        caps_sum[1] = n
        letters = caps_sum[2]
        return bool(letters) and caps_sum[3] / letters > 0.8   # (_caps_of)

    def line_caps() -> bool:  # of the cleaned line k (one function for all lines, not one each)
        return _caps_of(counts_of(k))

    for k, (text, rl, cells, bold) in enumerate(cleaned):
        if (len(text) <= 3 and cells is None and text.isdigit() and _page_number_within(merged, cleaned, k)):
            continue
        if (cells is None and merged and merged[-1][2] is None
                and not (len(text) == 1 and MARK_ALONE.match(text) and _in_flat_row(merged + [None]))
                and (rl.wraps and MARKER_START.match(text) is None
                     or _continues(merged[-1][0], text, width, last_len, merged_caps, line_caps)
                     # (a servant's field a narrow unit cell broke at its dash, "Công chức Nông nghiệp"
                     # / "- Môi trường": the line is short of the page's width, and no item of a list)
                     or (text[:1] in "-–" and DASH_LOWER.match(text) is not None
                         and _field_pair_carried(merged[-1][0], text) and _in_flat_row(merged)))
                and not ((len(text) <= _CELL_MAX or _labels_roles(text)) and _in_flat_row(merged)
                         and (_cell_apart(rl, merged[-1][1], blanks_before, merged[-1][0])
                              or next_cell(merged[-1][0], text, last_len)))):
            merged[-1][0] = join_wrapped(merged[-1][0], text)
            parts_of[-1].append(k)
            # (a line its reader saw ended by hand, or one an empty line follows, did not wrap)
            last_len = 0 if rl.ended or id(rl) in blank_after else len(text)
            continue
        merged.append([text, rl, cells, bold])
        parts_of.append([k])
        last_len = 0 if rl.ended or id(rl) in blank_after else len(text)

    # 3. lay the lines out in one text
    parts: list[str] = []
    lines: list[Line] = []
    pos = 0
    for i, (text, rl, cells, bold) in enumerate(merged):
        spans = None
        if cells is not None:
            spans, cpos, pieces = [], pos, []
            for c in cells:
                if pieces and c:
                    cpos += 1  # the space between cells
                spans.append(Span(cpos, cpos + len(c)))
                if c:
                    pieces.append(c)
                cpos += len(c)
            text = " ".join(pieces)
        lines.append(Line(i, text, pos, pos + len(text), rl.page, spans, bold, rl.table_id,
                          rl.merged_above if cells is not None else (),
                          rl.merged_left if cells is not None else (),
                          bool(blank_after) and id(cleaned[parts_of[i][-1]][1]) in blank_after,
                          blanks_before.get(id(rl), 0) if blanks_before else 0))
        parts.append(text)
        pos += len(text) + 1
    return Document(text="\n".join(parts), lines=lines, source_format=raw.source_format,
                    pages=raw.pages, ocr=raw.ocr, ocr_confidence=raw.ocr_confidence)


def normalize_text(text: str, source_format: str = "txt") -> Document:
    """Convenience for tests and notebooks: plain text (tabs mark table cells) to a Document."""
    from pipeline.ingest.text import lines_from_text

    return normalize(RawDocument(lines=lines_from_text(text), source_format=source_format))
