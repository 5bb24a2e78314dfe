"""The intermediate representation every reader produces and every extractor reads.

Readers (text, PDF, OCR, DOCX) return a RawDocument: pages of raw lines, some of them table
rows with cells. normalize() turns it into a Document: one normalized text (documents.text)
and its logical lines, each with its offsets into that text, its page and, for table rows, the
span of every cell. Extractors never care where the text came from.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field


# Line, RawLine and Span are made by the hundred for every document: slots make each one cheaper
# to build (no per-object dict; frozen Span's __init__ then sets its two fields without going
# through object.__setattr__'s dict path).
@dataclass(slots=True)
class RawLine:
    """One line as a reader saw it: text with whatever markup the source had, or a table row."""
    text: str
    page: int | None = None
    cells: list[str] | None = None  # set for a row of a ruled/tab-separated/HTML table
    bold: bool = False              # the reader knows the whole line is bold
    table_id: int | None = None     # rows of one physical table share an id
    # the line breaks in its cells are the author's paragraphs (Word, RTF, HTML), not where a narrow
    # column wrapped (PDF, OCR): "Phòng Nội vụ⏎Phòng Tư pháp" is two names
    paragraphs: bool = False
    # the columns whose cell is the lower part of a cell merged down from the row above (Word's
    # vMerge, HTML's rowspan): printed once, it holds for this row too ("Phòng X" in charge of rows 1–4)
    merged_above: tuple[int, ...] = ()
    # the columns whose cell is the right part of a cell merged across from the column before (Word's
    # gridSpan, HTML's colspan): "Quý II/2025" across "Bắt đầu | Hoàn thành" is one value over both, not
    # a start whose end was left blank, though both read as the text in the first column and "" after
    merged_left: tuple[int, ...] = ()
    # the line continues the paragraph above it by its place on the page (a PDF): it opens at the
    # left margin under a line that ran to the right one, in a paragraph that opened indented; the
    # line above may end in ";" ("… trước ngày 25/02/2025;⏎Chủ tịch UBND xã chịu trách nhiệm …")
    wraps: bool = False
    # the reader saw the line stop where the next line's first word would still have fitted: the
    # author ended it there (OCR measures this on the page; a text format cannot)
    ended: bool = False


# A page's number printed alone on its line ("5", "- 5 -", "Trang 2", "2/7"): page furniture, which every
# reader of paged input drops.
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:Trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.I)
# The capitals of the Vietnamese alphabet, for a regex class ("[" + VI_UPPER + "]"): the project's one
# class of them (pipeline.normalize.VI_UPPER). Not the range À-Ỹ, which holds small letters too (à, ấ,
# đ, ơ, ư, ỹ …): "II. đẩy mạnh", "1 ấp …" open no heading.
VI_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# A part of the plan opening its line in capitals ("III. TỔ CHỨC THỰC HIỆN", "II- NỘI DUNG", "PHẦN II. …"),
# num its Roman number (none for "PHẦN"): what the PDF reader ends a table without rules at, and the
# OCR layer's mender numbers its parts by. A dash needs a space after it ("X-QUANG" is a word).
PART_HEADING = re.compile(r"^(?:(?P<num>[IVX]{1,4})|PHẦN\s+[IVX\d]{1,4})(?:\s*[.:)]|\s*[-–](?=\s))\s*(?=[" + VI_UPPER + "])")


def number_tables(lines: list[RawLine], first: int, ids: dict[int, int] | None = None) -> int:
    """Give the tables of one piece of a document (a page, a block between prose) the ids after
    those of the pieces before it, `first` on, in order of appearance; returns the next free id.
    ids: the numbering of earlier pieces, kept where a piece's table may go on from one of them
    (OCR'd pages, whose ids are unique across pages: a table a page break cut keeps one id)."""
    ids = {} if ids is None else ids
    for ln in lines:
        if ln.table_id is not None:
            if ln.table_id not in ids:
                ids[ln.table_id] = first
                first += 1
            ln.table_id = ids[ln.table_id]
    return first


@dataclass
class RawDocument:
    lines: list[RawLine]
    source_format: str
    pages: int | None = None
    ocr: bool = False
    ocr_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Line:
    """A logical line of the normalized text: broken source lines already rejoined."""
    index: int
    text: str
    start: int
    end: int
    page: int | None = None
    cells: list[Span] | None = None
    bold: bool = False
    table_id: int | None = None
    merged_above: tuple[int, ...] = ()   # as RawLine.merged_above
    merged_left: tuple[int, ...] = ()    # as RawLine.merged_left
    # an empty line or a rule ("________") followed it in a text's header: its author ended the
    # paragraph there (a plain text's trích yếu wrapped by hand runs on without one)
    blank_after: bool = False
    # empty lines of a text just before this one: a table exported a cell a line (LibreOffice's
    # text export) prints an empty cell as an empty line, the only trace of that cell
    blanks_before: int = 0

    @property
    def is_row(self) -> bool:
        return self.cells is not None


@dataclass
class Document:
    text: str
    lines: list[Line]
    source_format: str = "txt"
    pages: int | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    _starts: list[int] = field(default_factory=list, repr=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [ln.start for ln in self.lines]

    def memo(self, key, compute):
        """A value derived from this document (text and lines), computed once and shared by the
        extractors that need it: folded copies of the text, the signer block, …"""
        hit = self._memo.get(key)
        if hit is None or hit[0] is not self.text or hit[1] is not self.lines:
            hit = self._memo[key] = (self.text, self.lines, compute())
        return hit[2]

    def cell_texts(self, line: Line) -> list[str]:
        return [self.text[c.start:c.end] for c in (line.cells or [])]

    def line_at(self, offset: int) -> Line | None:
        """The line holding a character offset of the text."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.lines[i] if 0 <= i < len(self.lines) else None

    def page_at(self, offset: int) -> int | None:
        line = self.line_at(offset)
        return line.page if line else None
