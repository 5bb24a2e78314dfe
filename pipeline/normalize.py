"""Raw lines in, one normalized text out: NFC, markup stripped, spaces folded, broken lines rejoined.

The printed form is kept in the text (Hoà stays Hoà); `fold` and `canon` give the forms used
only for matching, so OCR damage and tone-placement variants compare equal without changing
what the user sees.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from pipeline.document import Document, Line, RawDocument, RawLine, Span

# ---------------------------------------------------------------- patterns
# Markdown and HTML that converters leave behind.
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>")
HTML_BREAK = re.compile(r"<br\s*/?>|</li>|</p>", re.I)
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# Dashes and quotes of every style, unified only for matching.
DASHES = re.compile(r"[\u2010-\u2015\u2212\u2e3a\u2e3b]")
# A line that opens a new unit of text: a Roman or arabic marker, a bullet, a letter item.
MARKER_START = re.compile(
    r"^(?:[IVXLC]{1,6}\s*[.)\-–:]\s|[IVXLC]{1,6}\s+(?=\S)(?=[A-ZĐÀ-Ỹ])|\d{1,3}(?:\.\d{1,3}){0,3}\s*[.):]\s*\S|\d{1,3}\s*/\s+\S"
    r"|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s|[a-zđ]\s*[).]\s|\(\d{1,3}\)\s|[-+•*–—·●○▪■]\s*|PHỤ LỤC|Phụ lục|Căn cứ|Nơi nhận)"
)
BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")
TERMINAL = re.compile(r"[.:;!?…]\s*[”\")]?$|/\.$")
OPENING_QUOTE = re.compile(r"^[“\"]")
CONNECTOR_END = re.compile(
    r"(?:\b(?:của|và|về|tại|các|cho|với|theo|trong|trên|đến|từ|là|số|ngày|tháng|năm|thuộc|do|để|nhằm|"
    r"như|gồm|hoặc|những|được|bị|có|đối với)|[,\-–])$",
    re.I,
)
# A level word ending a line ("… của UBND tỉnh" / "Lai Châu …") continues only a line that ran to
# the full width: a short fragment ending in "quận" is a table cell ("Công an quận").
LEVEL_END = re.compile(r"\b(?:tỉnh|huyện|xã|phường|quận|thị trấn|thị xã|thành phố)$", re.I)


def nfc(text: str) -> str:
    """NFC that also repairs what NFD sources and split combining marks leave behind."""
    return unicodedata.normalize("NFC", text)


def strip_markup(text: str) -> tuple[str, bool]:
    """Remove markdown/HTML markup from one line; say whether the line opened in bold."""
    bold = bool(re.match(r"^\s*(?:#{1,6}\s*)?(?:\*\*|__|<b>|<strong>)", text, re.I))
    text = MD_HEADING.sub("", text)
    text = HTML_BREAK.sub(" ", text)
    text = HTML_TAG.sub(" ", text)
    text = html.unescape(text)
    text = MD_EMPHASIS.sub("", text)
    text = MD_ESCAPE.sub(r"\1", text)
    return text, bold


def clean_cell(text: str) -> str:
    """A table cell: markup stripped, its visual lines kept apart where a new item starts
    (a bullet, a number) and rejoined where a line merely wrapped."""
    text = HTML_BREAK.sub("\x00", text)  # an explicit break the author typed: always kept
    out: list[str] = []
    for block in text.split("\x00"):
        pieces = [clean(strip_markup(p)[0]) for p in block.replace("\r", "\n").split("\n")]
        joinable = False
        for p in pieces:
            if not p:
                continue
            if joinable and out and not MARKER_START.match(p) and not TERMINAL.search(out[-1]):
                out[-1] = out[-1] + " " + p
            else:
                out.append(p)
            joinable = True
    return "\n".join(out)


def clean(text: str) -> str:
    """One line of printed text: NFC, no control characters, single spaces."""
    text = nfc(text)
    text = "".join(ch if ch >= " " or ch == "\t" else " " for ch in text)
    return SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def canon(text: str) -> str:
    """Matching form that keeps diacritics: tone placement (Hoà→Hòa), dashes, spaces unified."""
    from underthesea import text_normalize  # imported late: the import costs ~0.7 s

    text = DASHES.sub("-", nfc(text))
    try:
        text = text_normalize(text)
    except Exception:  # underthesea rejects some odd inputs; the NFC form is still usable
        pass
    return SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching form without case or diacritics: for OCR-damaged and differently toned text."""
    text = unicodedata.normalize("NFD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("đ", "d").replace("Đ", "D").casefold()
    text = DASHES.sub("-", text)
    return SPACES.sub(" ", text).strip()


def _typical_width(texts: list[str]) -> float:
    lengths = sorted(len(t) for t in texts if len(t) >= 25)
    if len(lengths) < 5:
        return 10_000.0  # too few lines to tell a wrapped line from a paragraph
    return float(lengths[int(len(lengths) * 0.9) - 1])


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def continues(prev: str, nxt: str, width: float, prev_len: int | None = None) -> bool:
    """Does `nxt` continue the sentence that `prev` broke off (a wrapped line, not a new item)?

    prev_len is the length of the last physical line of `prev`, which is what wrapping fills."""
    if not prev or not nxt:
        return False
    if MARKER_START.match(nxt) or BARE_NUMBER.match(nxt):
        return False
    if nxt[0].islower():
        # a sentence does not start in lower case, whatever the previous line ended with
        return True
    if TERMINAL.search(prev):
        return False
    if _is_caps(nxt) and len(nxt) > 3 and not _is_caps(prev):
        return False
    if _is_caps(prev) and not _is_caps(nxt):
        return False  # a title in capitals ends where mixed case begins
    if OPENING_QUOTE.match(nxt):
        return True
    if nxt[0].isdigit():
        # a year or figure carried to the next line: "… năm" / "2025"
        return True
    if CONNECTOR_END.search(prev) and not _is_caps(prev):
        return True
    last = prev_len if prev_len is not None else len(prev)
    if LEVEL_END.search(prev) and not _is_caps(prev) and last >= 0.6 * width:
        return True
    # an upper-case start after a line that ran to the full width (PDF/DOCX wrapping)
    return last >= 0.8 * width and not _is_caps(prev)


def normalize(raw: RawDocument) -> Document:
    """Build the Document: normalized text plus its logical lines with offsets, pages and cells."""
    # 1. clean each raw line; rows keep their cells, prose lines lose empty lines
    cleaned: list[tuple[str, RawLine, list[str] | None, bool]] = []
    for rl in raw.lines:
        if rl.cells is not None:
            cells = [clean_cell(c) for c in rl.cells]
            if any(cells):
                cleaned.append((" ".join(c for c in cells if c), rl, cells, rl.bold))
            continue
        text, bold = strip_markup(rl.text)
        text = clean(text)
        if text:
            cleaned.append((text, rl, None, bold or rl.bold))

    width = _typical_width([t for t, _, cells, _ in cleaned if cells is None])

    # 2. rejoin wrapped prose lines (never table rows, never across pages' table rows)
    merged: list[list] = []
    last_len = 0
    for text, rl, cells, bold in cleaned:
        if (cells is None and merged and merged[-1][2] is None
                and continues(merged[-1][0], text, width, last_len)):
            merged[-1][0] = merged[-1][0] + " " + text
            last_len = len(text)
            continue
        merged.append([text, rl, cells, bold])
        last_len = len(text)

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
        lines.append(Line(index=i, text=text, start=pos, end=pos + len(text), page=rl.page,
                          cells=spans, bold=bold, table_id=rl.table_id))
        parts.append(text)
        pos += len(text) + 1
    return Document(text="\n".join(parts), lines=lines, source_format=raw.source_format,
                    pages=raw.pages, ocr=raw.ocr, ocr_confidence=raw.ocr_confidence)


def normalize_text(text: str, source_format: str = "txt") -> Document:
    """Convenience for tests and notebooks: plain text (tabs mark table cells) to a Document."""
    from pipeline.ingest.text import lines_from_text

    return normalize(RawDocument(lines=lines_from_text(text), source_format=source_format))
