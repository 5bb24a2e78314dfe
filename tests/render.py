"""Render a plan's text into the files plans arrive as: a text-layer PDF, a scan, a phone photo.

Fixtures are made by the project, not collected: a plan in text form (the sample plans, or a
few lines written in a test) is laid out like an official plan (Nghị định 30/2020/NĐ-CP: issuer
top-left, national motto top-right, "Số:" and the place/date under them, title centred, ruled
task tables, "Nơi nhận:" bottom-left and the signer bottom-right) and rendered:

    render_pdf(text, out_path)          text-layer PDF (reportlab), A4, serif 13 pt
    render_scan(pdf_path, out_path)     image-only PDF: 300 dpi, ~1° skew, light noise and blur
    render_scan(…, signed=True)         … in colour, a red seal and a blue signature on the signer
    render_scan(…, filled={"……": "15"}) … blanks left on the printed form written in by hand
    render_scan(…, shadow=0.45)         … a sheet that did not lie flat, its paper greying to one edge
    render_photo(pdf_path, out_path)    JPEG of page 1 as a phone photo: slant, tilt, uneven light

A Markdown table's merge marks (tests/render_docx.py: "^^" a cell merged with the one above, "<<"
with the one to its left) are drawn as a PDF of the Word table shows them: one box over the merged
cells, its text once, no mark; a box merged down that a page break cuts goes on, empty, atop the
next page.

Everything is deterministic (seeded). As a script:

    python tests/render.py PLAN.txt|md OUTDIR [--formats pdf,scan,photo] [--table-rules grid|header|none] [--signed]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script, or from a test directory without a package
    sys.path.insert(0, str(ROOT))

from pipeline.document import Document, Line  # noqa: E402
from pipeline.ingest.image import solve_perspective  # noqa: E402
from pipeline.ingest.text import read_text  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402

# ---------------------------------------------------------------- fonts
# A Times-like face that has the Vietnamese letters; the first family covering them all wins.
# (Debian's fonts-liberation 1.x lacks Vietnamese; fonts-liberation2 has it.)
FONT_FAMILIES = [
    ("/usr/share/fonts/truetype/liberation2/LiberationSerif-{}.ttf", ("Regular", "Bold", "Italic", "BoldItalic")),
    ("/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf", ("Regular", "Bold", "Italic", "BoldItalic")),
    # DejaVu Serif Condensed sets about as many words to the line as Times New Roman does
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed{}.ttf", ("", "-Bold", "-Italic", "-BoldItalic")),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf", ("", "-Bold", "-Italic", "-BoldItalic")),
]
VIETNAMESE_PROBE = "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđƯưƠơĂăĨĩŨũ"
FONT = "PlanSerif"
_fonts_ready = False


def register_fonts() -> str:
    """Register the plan font family once and return its name.

    Regular and bold are required; italic and bold italic fall back to them when the family
    has none (Debian's fonts-dejavu-core ships DejaVu Serif without italics)."""
    global _fonts_ready
    if _fonts_ready:
        return FONT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for pattern, styles in FONT_FAMILIES:
        paths = [Path(pattern.format(s)) for s in styles]
        if not (paths[0].exists() and paths[1].exists()):
            continue
        regular = TTFont(FONT, str(paths[0]))
        probe = VIETNAMESE_PROBE + "\u0300\u0301\u0302\u0303\u0309\u0323"  # NFD text needs the marks too
        if any(ord(c) not in regular.face.charToGlyph for c in probe):
            continue
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(TTFont(FONT + "-Bold", str(paths[1])))
        for suffix, path, fallback in (("-Italic", paths[2], paths[0]), ("-BoldItalic", paths[3], paths[1])):
            pdfmetrics.registerFont(TTFont(FONT + suffix, str(path if path.exists() else fallback)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT + "-Bold", italic=FONT + "-Italic",
                                      boldItalic=FONT + "-BoldItalic")
        _fonts_ready = True
        return FONT
    raise RuntimeError("no serif TTF with Vietnamese glyphs found (install fonts-dejavu-core or fonts-liberation2)")


# ---------------------------------------------------------------- recognising the parts of a plan
MOTTO = re.compile(r"C[ỘO]NG\s+H\w*\s+X[ÃA]\s+H[ỘO]I|X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A|Độc lập\s*[-–—]\s*Tự do", re.I)
NUMBER = re.compile(r"^Số\s*:")
PLACE_DATE = re.compile(r",\s*ngày\b.*\btháng\b", re.I)
DOC_TYPE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO|CÔNG VĂN)( LIÊN TỊCH)?$")
ROMAN_HEADING = re.compile(r"^[IVXLC]{1,6}\s*[.)\-–]\s*\S")
ARABIC_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S")
RECIPIENTS = re.compile(r"^Nơi (?:nhận\s*:?|gửi\s*(?::|$))", re.I)   # ("Nơi gửi:" in some units' plans)
LIST_ITEM = re.compile(r"^[-+•–]\s*")
SIGNER = re.compile(r"^(?:TM\.|KT\.|Q\.|TL\.|TUQ\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ)", re.I)
APPENDIX = re.compile(r"^PHỤ LỤC\b|^Phụ lục\s+[0-9IVX]+\s*$")
ENCLOSED = re.compile(r"^\(\s*(Kèm theo|Ban hành kèm)", re.I)
# pandoc Markdown footnotes in a twin ("…tỉnh[^1]" and a line "[^1]: Kế hoạch số …"): printed as
# Word exports them, a superscript number in the text and the note at the foot of that page, under
# a short rule, in a smaller font; while the twin is normalized a mark is held as two private-use
# characters around its name (normalizing drops Markdown's "[^n]" marks)
FOOTNOTE_DEF = re.compile(r"^\[\^(\w+)\]:\s*(.+?)\s*$", re.M)
FOOTNOTE_REF = re.compile(r"\[\^(\w+)\]")
FOOTNOTE_HELD = re.compile("\ue000(\\w+)\ue001")
NOTE_SIZE = 10


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def parse_plan(text: str, fmt: str = "md") -> Document:
    """The plan's text as the pipeline reads it: logical lines, table rows with cells."""
    return normalize(read_text(text.encode("utf-8"), fmt))


def split_header(lines: list[Line]) -> tuple[dict[str, list[str]], int]:
    """The header block before the document type: issuer, motto, number, place/date lines.

    Returns the parts and the index of the first line after the header."""
    parts: dict[str, list[str]] = {"issuer": [], "motto": [], "number": [], "date": []}
    end = 0
    for i, ln in enumerate(lines[:12]):
        t = ln.text
        if ln.is_row or DOC_TYPE.match(t.strip()):
            break
        if MOTTO.search(t):
            parts["motto"].append(t)
        elif NUMBER.match(t):
            parts["number"].append(t)
        elif PLACE_DATE.search(t) and len(t) < 80:
            parts["date"].append(t)
        elif _is_caps(t) and len(t) < 70 and not parts["motto"] and not parts["number"]:
            parts["issuer"].append(t)
        else:
            break
        end = i + 1
    return parts, end


def split_ending(lines: list[Line], start: int) -> tuple[int, int, int]:
    """Where the Nơi nhận / signer block is: (first, recipients_end, last) indices, or (-1, -1, -1).

    first is the "Nơi nhận:" line, [first, recipients_end) the recipients, [recipients_end, last)
    the signer lines (titles, then the name)."""
    for i in range(start, len(lines)):
        if not lines[i].is_row and RECIPIENTS.match(lines[i].text):
            j = i + 1
            while j < len(lines) and not lines[j].is_row and LIST_ITEM.match(lines[j].text):
                j += 1
            k = j
            while (k < len(lines) and k - j < 6 and not lines[k].is_row and len(lines[k].text) <= 60
                   and not APPENDIX.match(lines[k].text) and not LIST_ITEM.match(lines[k].text)):
                k += 1
                if not _is_caps(lines[k - 1].text) and not (k - 1 == j and PLACE_DATE.search(lines[k - 1].text)):
                    break  # the name closes the block (a place-date line may open it, above the titles)
            return i, j, k
    return -1, -1, -1


# ---------------------------------------------------------------- PDF
def _styles(font: str):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=font, fontSize=13, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=28, spaceAfter=5)
    return {
        "body": base,
        "heading": ParagraphStyle("heading", parent=base, fontName=font + "-Bold"),
        "item": ParagraphStyle("item", parent=base, firstLineIndent=28),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "center_bold": ParagraphStyle("center_bold", parent=base, fontName=font + "-Bold",
                                      alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "doc_type": ParagraphStyle("doc_type", parent=base, fontName=font + "-Bold", fontSize=14,
                                   leading=18, alignment=TA_CENTER, firstLineIndent=0, spaceBefore=14,
                                   spaceAfter=0),
        "head_left": ParagraphStyle("head_left", parent=base, fontSize=12.5, leading=15, alignment=TA_CENTER,
                                    firstLineIndent=0, spaceAfter=0),
        "head_left_bold": ParagraphStyle("head_left_bold", parent=base, fontName=font + "-Bold", fontSize=12.5,
                                         leading=15, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "motto": ParagraphStyle("motto", parent=base, fontName=font + "-Bold", fontSize=12, leading=15,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "date": ParagraphStyle("date", parent=base, fontName=font + "-Italic", fontSize=13, leading=16,
                               alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "recipients_head": ParagraphStyle("recipients_head", parent=base, fontName=font + "-BoldItalic",
                                          fontSize=12, leading=14, alignment=TA_LEFT, firstLineIndent=0,
                                          spaceAfter=0),
        "recipient": ParagraphStyle("recipient", parent=base, fontSize=11, leading=13, alignment=TA_LEFT,
                                    firstLineIndent=0, spaceAfter=0, leftIndent=8, bulletIndent=0),
        "signer": ParagraphStyle("signer", parent=base, fontName=font + "-Bold", fontSize=13, leading=16,
                                 alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=12, leading=14.5, alignment=TA_LEFT,
                               firstLineIndent=0, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=font + "-Bold", fontSize=12,
                                    leading=14.5, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "cell_center": ParagraphStyle("cell_center", parent=base, fontSize=12, leading=14.5,
                                      alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
    }


class _Notes:
    """The twin's footnotes while a PDF is built: their numbers in order of first mention, and the
    ones mentioned on the page being laid out (printed at its foot when the page ends)."""

    def __init__(self, notes: dict[str, str]):
        self.notes = notes
        self.numbers: dict[str, int] = {}
        self.pending: list[str] = []

    def number(self, key: str) -> int:
        return self.numbers.setdefault(key, len(self.numbers) + 1)


_notes: _Notes | None = None  # set by render_pdf while it builds a plan with footnotes


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    markup = escape(text).replace("\n", "<br/>")  # a cell's own line breaks kept
    if "\ue000" in markup:
        markup = FOOTNOTE_HELD.sub(lambda m: f"<super size=\"8\" rise=\"5\">{_notes.number(m.group(1))}</super>" if _notes else "", markup)
    return Paragraph(markup, style)


def _note_anchor(text: str):
    """A flowable of no size after a paragraph with footnote marks: drawn on the page the paragraph
    ends on, it puts the notes on that page's list."""
    from reportlab.platypus import Flowable

    keys = FOOTNOTE_HELD.findall(text)

    class Anchor(Flowable):
        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            if _notes:
                _notes.pending += [k for k in keys if k in _notes.notes and k not in _notes.pending]

    return Anchor()


def _note_paragraphs(keys: list[str], font: str):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("note", fontName=font, fontSize=NOTE_SIZE, leading=NOTE_SIZE * 1.2)
    return [Paragraph(f"<super>{_notes.number(k)}</super> {escape(_notes.notes[k])}", style) for k in keys]


def _notes_height(keys: list[str], width: float, font: str) -> float:
    """Room the notes need at a page's foot, were they all on one page."""
    return sum(p.wrap(width, 1000)[1] + 2 for p in _note_paragraphs(keys, font)) + 12


def _print_notes(canvas, doc, font: str) -> None:
    """The notes mentioned on this page, at its foot above the bottom margin, under a short rule."""
    if not _notes or not _notes.pending:
        return
    paras = _note_paragraphs(_notes.pending, font)
    _notes.pending = []
    x = doc.leftMargin
    heights = [p.wrap(doc.width, 1000)[1] for p in paras]
    top = _notes.floor + sum(heights) + 2 * len(paras) + 6
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.line(x, top, x + 50 * 2.8346, top)  # a 50 mm rule, as Word's footnote separator
    for p, h in zip(paras, heights):
        top -= h + 2
        p.drawOn(canvas, x, top)
    canvas.restoreState()


def _column_widths(rows: list[list[str]], total: float, font: str, size: float) -> list[float]:
    """Widths of a table's columns: room for the longest word, the rest by typical content length."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    n = max(len(r) for r in rows)
    pad = 12.0
    minimum, weight = [], []
    for c in range(n):
        col = [r[c] for r in rows if c < len(r) and r[c]]
        longest_word = max((stringWidth(w, font + "-Bold", size) for t in col for w in t.split()), default=20)
        minimum.append(min(longest_word + pad, total / n))
        weight.append(min(sum(len(t) for t in col) / max(len(col), 1), 80) + 2)
    free = total - sum(minimum)
    if free <= 0:
        return [total / n] * n
    # columns of short labels (STT) keep their minimum; the rest share what is left by weight
    share = [w if w > 6 else 0.0 for w in weight]
    if not sum(share):
        share = [1.0] * n
    return [m + free * s / sum(share) for m, s in zip(minimum, share)]


CELL_PAD = (4, 3, 4, 4)  # left, top, right, bottom padding of a table cell, points


@lru_cache(maxsize=None)
def _plan_table_class():
    """A reportlab Table whose rows may break across pages, the header row repeated on each page.

    (reportlab's own splitInRow with repeatRows draws the header twice and loses a rule, so the
    break is done here: the row that does not fit is cut between two lines of its cells.)"""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    class PlanTable(Table):
        def __init__(self, header, rows, widths, groups, empty_style, rules="grid", head=True, marks=None,
                     hmarks=None):
            # head: the header row printed above these rows ("once": only above the table's first part)
            # marks: per row, each cell's MERGED_ABOVE / MERGED_LEFT mark of the source, or None
            marks = marks if marks is not None else [[None] * len(widths) for _ in rows]
            hmarks = hmarks or [None] * len(widths)   # the header row's marks ("<<": a header over two)
            self.plan = (header, rows, widths, groups, empty_style, rules, head, marks, hmarks)
            k = 1 if head else 0
            continued = [j for j, m in enumerate(marks[0]) if m == _CONTINUED] if marks else []
            if rules == "grid" and continued:
                # a box a page break cut goes on with no rule over it, as Word prints the rest of a
                # merged cell: its top rule is the merge's, which the page before closed
                rule = (0.6, colors.black)
                open_top = [j for j in range(len(widths)) if j not in continued]
                style = [("LINEBEFORE", (0, 0), (-1, -1), *rule), ("LINEAFTER", (-1, 0), (-1, -1), *rule),
                         ("LINEBELOW", (0, k), (-1, -1), *rule)]
                style += [("LINEABOVE", (0, 0), (-1, 0), *rule)] if head else []
                style += [("LINEABOVE", (j, k), (j, k), *rule) for j in open_top]
            else:
                style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black)] if rules == "grid" else \
                    [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)] if rules == "header" and head else \
                    [("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)] \
                    if rules == "rows" else []
            style += [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD[0]), ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD[1]),
                     ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD[2]),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD[3])]
            k = 1 if head else 0
            style += [("SPAN", (0, i + k), (-1, i + k)) for i, g in enumerate(groups) if g]
            style += _merge_spans(([hmarks] if head else []) + marks)
            super().__init__(([header] if head else []) + rows, colWidths=widths, repeatRows=k, splitByRow=1,
                             style=TableStyle(style), spaceBefore=4, spaceAfter=8)

        def split(self, availWidth, availHeight):
            header, rows, widths, groups, empty_style, rules, head, marks, hmarks = self.plan
            self._calc(availWidth, availHeight)
            k = 1 if head else 0
            heights = self._rowHeights
            used, n = (heights[0] if head else 0), 0
            while n < len(rows) and used + heights[n + k] <= availHeight:
                used += heights[n + k]
                n += 1
            if n == len(rows):
                return [self]
            top, bottom = None, None
            room = availHeight - used - CELL_PAD[1] - CELL_PAD[3] - 1
            if room >= 2 * 14.5 and not groups[n]:  # at least two lines of the row on this page
                top, bottom = [], []
                for cell, w in zip(rows[n], widths):
                    inner = w - CELL_PAD[0] - CELL_PAD[2]
                    _, h = cell.wrap(inner, room)
                    pieces = [cell] if h <= room else cell.split(inner, room)
                    if not pieces:
                        top = None
                        break
                    top.append(pieces[0])
                    bottom.append(pieces[1] if len(pieces) > 1 else Paragraph("", empty_style))
            again = rules != "once"   # Word repeats the header row on each page only when told to
            if n == 0 and top is None:
                if head and not again and rows and heights[0] <= availHeight:
                    # (Word leaves a header row printed once alone at the page's foot)
                    return [PlanTable(header, [], widths, [], empty_style, rules, hmarks=hmarks),
                            PlanTable(header, rows, widths, groups, empty_style, rules, head=False,
                                      marks=_continued(marks))]
                return []  # not even one line fits: the frame moves the table to the next page
            first_rows = rows[:n] + ([top] if top else [])
            rest_rows = ([bottom] if top else []) + rows[n + (1 if top else 0):]
            first_groups = groups[:n] + ([False] if top else [])
            rest_groups = ([False] if top else []) + groups[n + (1 if top else 0):]
            first_marks = marks[:n] + ([marks[n]] if top else [])
            rest_marks = _continued(marks[n:])
            return [PlanTable(header, first_rows, widths, first_groups, empty_style, rules, head, first_marks, hmarks),
                    PlanTable(header, rest_rows, widths, rest_groups, empty_style, rules, head and again,
                              rest_marks, hmarks)]

    return PlanTable


# The cells a Markdown source marks as merged in Word (the marks of render_docx.py, not imported from
# there: this module is also imported as tests.render): a PDF of the Word table prints one box over
# them, its text once, and no mark.
MERGED_ABOVE = "^^"
MERGED_LEFT = "<<"
_CONTINUED = "continued"   # a merge down whose first cell is on the previous page: a box of its own


def _continued(marks: list[list]) -> list[list]:
    """The marks of the rows a page break carries over: a cell merged with one above the break opens
    its own (empty) box at the top of the new page, as Word prints a merged cell cut by a page break."""
    if not marks:
        return marks
    first = [_CONTINUED if m == MERGED_ABOVE else m for m in marks[0]]
    return [first] + marks[1:]


def _merge_spans(marks: list[list]) -> list[tuple]:
    """reportlab SPAN commands for the merged cells of a table's rows, marked `marks` (the header row's
    first when printed: a first body row merged with the one above joins it, a two-row header)."""
    spans = []
    width = max((len(m) for m in marks), default=0)
    for j in range(width):
        top = None
        for i, row in enumerate(marks):
            if j < len(row) and row[j] == MERGED_ABOVE and top is not None:
                continue
            if top is not None and i - 1 > top:
                spans.append(("SPAN", (j, top), (j, i - 1)))
            top = i
        if top is not None and len(marks) - 1 > top:
            spans.append(("SPAN", (j, top), (j, len(marks) - 1)))
    for i, row in enumerate(marks):
        j = 1
        while j < len(row):
            if row[j] == MERGED_LEFT:
                end = j
                while end + 1 < len(row) and row[end + 1] == MERGED_LEFT:
                    end += 1
                spans.append(("SPAN", (j - 1, i), (end, i)))
                j = end + 1
            else:
                j += 1
    return spans


def _table(doc: Document, rows: list[Line], width: float, styles, font: str, rules: str = "grid"):
    texts = [doc.cell_texts(r) for r in rows]
    n = max(len(t) for t in texts)
    texts = [t + [""] * (n - len(t)) for t in texts]
    marks = [[c.strip() if c.strip() in (MERGED_ABOVE, MERGED_LEFT) and (j or c.strip() == MERGED_ABOVE)
              else None for j, c in enumerate(t)] for t in texts]
    texts = [["" if m else c for c, m in zip(t, ms)] for t, ms in zip(texts, marks)]
    widths = _column_widths(texts, width, font, 12)
    # a table whose first row is numbered prints no header row (Markdown's pipe table still needs
    # one: the source writes the first row in its place)
    head = not re.fullmatch(r"(?:\d{1,3}|[IVXL]{1,5})\.?", texts[0][0].strip())
    header = [_p(c, styles["cell_head"]) for c in texts[0]]
    body, groups, body_marks = [], [], []
    group_style = styles["heading"].clone("group", firstLineIndent=0, fontSize=12, leading=14.5, spaceAfter=0)
    for cells, ms in zip(texts[1 if head else 0:], marks[1 if head else 0:]):
        group = bool(cells[0] and not any(cells[1:]) and n > 1 and not re.fullmatch(r"[\d.]+", cells[0])
                     and MERGED_ABOVE not in ms)
        groups.append(group)  # a group row ("QUÝ I"): one cell across the table
        body_marks.append([None] * n if group else ms)
        row = []
        for j, c in enumerate(cells):
            short = len(c) <= 4 and widths[j] < 60
            row.append(_p(c, group_style if group and j == 0 else
                          styles["cell_center"] if short else styles["cell"]))
        body.append(row)
    return _plan_table_class()(header, body, widths, groups, styles["cell"], rules, head, body_marks,
                               marks[0] if head else None)


def _two_columns(left: list, right: list, widths: list[float]):
    from reportlab.platypus import Table, TableStyle

    return Table([[left or "", right or ""]], colWidths=widths,
                 style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))


def _header_metrics(parts: dict[str, list[str]], width: float, font: str) -> tuple[float, float]:
    """Font size and left-column width for the header: the largest size (13 down to 10.5 pt) at
    which the longest issuer line and the motto fit side by side with a visible gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 13.0
    while True:
        issuer = max((stringWidth(t, font + "-Bold", size) for t in parts["issuer"]), default=0.0)
        motto = max((stringWidth(t, font + "-Bold", size) for t in parts["motto"]), default=0.0)
        if issuer + motto + 3 * size <= width or size <= 10.5:
            break
        size -= 0.5
    left = min(max(issuer + 1.5 * size, 0.35 * width), 0.5 * width)
    return size, left


def _is_heading(line: Line) -> bool:
    t = line.text
    if ROMAN_HEADING.match(t) and len(t) < 160:
        return True
    return bool(line.bold and len(t) < 200) or bool(ARABIC_HEADING.match(t) and len(t) < 90 and t[-1] not in ".;")


def plan_story(doc: Document, width: float, styles, font: str, table_rules: str = "grid",
               appendix_width: float | None = None) -> list:
    """The flowables of a plan, in the official layout; tables ruled as `table_rules` says.

    appendix_width: the appendices go on landscape pages of this text width (the page template
    named "landscape"), as a wide task table is printed."""
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

    lines = doc.lines
    story: list = []
    parts, i = split_header(lines)
    if any(parts.values()):
        size, lw = _header_metrics(parts, width, font)
        rw = width - lw
        hl, hlb, mo = (styles[k].clone(k + "_fit", fontSize=size, leading=size * 1.25)
                       for k in ("head_left", "head_left_bold", "motto"))
        left = [_p(t, hlb if k == len(parts["issuer"]) - 1 else hl) for k, t in enumerate(parts["issuer"])]
        right = [_p(t, mo) for t in parts["motto"]]
        if left or right:
            story.append(_two_columns(left, right, [lw, rw]))
            story.append(Spacer(1, 10))
        if parts["number"] or parts["date"]:
            story.append(_two_columns([_p(t, styles["head_left"]) for t in parts["number"]],
                                      [_p(t, styles["date"]) for t in parts["date"]], [lw, rw]))
    if i < len(lines) and DOC_TYPE.match(lines[i].text.strip()):
        story.append(_p(lines[i].text, styles["doc_type"]))
        i += 1
        n_title = 0
        while (i < len(lines) and n_title < 3 and not lines[i].is_row and len(lines[i].text) < 200
               and (n_title == 0 or (lines[i].bold and len(lines[i].text) < 120))
               and not re.match(r"^(Căn cứ|Thực hiện)\b", lines[i].text) and not ROMAN_HEADING.match(lines[i].text)):
            story.append(_p(lines[i].text, styles["center_bold"]))
            i += 1
            n_title += 1
        story.append(Spacer(1, 14))

    first, rec_end, last = split_ending(lines, i)
    k = i
    appendix_started = False
    while k < len(lines):
        ln = lines[k]
        if k == first:
            left = [_p(lines[first].text, styles["recipients_head"])]
            left += [_p(lines[j].text, styles["recipient"]) for j in range(first + 1, rec_end)]
            signer = [lines[j].text for j in range(rec_end, last)]
            right = [_p(t, styles["signer"]) for t in signer[:-1]]
            if signer:
                right += [Spacer(1, 62), _p(signer[-1], styles["signer"])]
            story.append(Spacer(1, 8))
            story.append(_two_columns(left, right, [width * 0.5, width * 0.5]))
            k = last
            continue
        if ln.is_row:
            run = [ln]
            while k + len(run) < len(lines) and lines[k + len(run)].is_row and \
                    lines[k + len(run)].table_id == ln.table_id:
                run.append(lines[k + len(run)])
            story.append(_table(doc, run, width, styles, font, table_rules))
            k += len(run)
            continue
        t = ln.text
        if APPENDIX.match(t):
            if appendix_width and not appendix_started:
                story.append(NextPageTemplate("landscape"))
                width = appendix_width
                if not (story and first >= 0 and k > first):
                    story.append(PageBreak())
            if story and ((first >= 0 and k > first) or appendix_started):
                story.append(PageBreak())
            appendix_started = True
            story.append(_p(t, styles["center_bold"]))
            k += 1
            # the appendix title lines under it
            while k < len(lines) and not lines[k].is_row and (lines[k].bold or ENCLOSED.match(lines[k].text)
                                                              or lines[k].text.startswith("của ")) \
                    and len(lines[k].text) < 160 and not ROMAN_HEADING.match(lines[k].text):
                style = styles["date"] if (ENCLOSED.match(lines[k].text) or lines[k].text.startswith("của ")) \
                    else styles["center_bold"]
                story.append(_p(lines[k].text, style))
                k += 1
            story.append(Spacer(1, 10))
            continue
        if _is_heading(ln):
            story.append(CondPageBreak(60))  # no heading alone at the foot of a page
            story.append(_p(t, styles["heading"]))
        else:
            story.append(_p(t, styles["body"]))
        if "\ue000" in t:
            story.append(_note_anchor(t))
        k += 1
    return story


def _page_number(canvas, doc) -> None:
    """Page numbers from page 2 on, centred in the top margin (Nghị định 30)."""
    from reportlab.lib.units import mm

    if doc.page == 1:
        return
    w, h = canvas._pagesize
    canvas.saveState()
    canvas.setFont(FONT, 12)
    canvas.drawCentredString(w / 2 + 5 * mm, h - 12 * mm, str(doc.page))  # over the text block
    canvas.restoreState()


def _margin_lines(margin: dict, total: int):
    """A page callback printing a Word-like page header or footer (see render_pdf's `margin`)."""
    from reportlab.lib.units import mm

    pattern, where = margin.get("number", "{page}"), margin.get("where", "header")
    running, order = margin.get("running"), margin.get("running_at", "below")
    offset, first = margin.get("offset", 0), margin.get("first_page", False)
    total = margin.get("total", total)

    def draw(canvas, doc) -> None:
        if doc.page == 1 and not first:
            return
        w, h = canvas._pagesize
        number = pattern.format(page=doc.page + offset, pages=total) if pattern else None
        lines = [t for t in ((number, running) if order == "below" else (running, number)) if t]
        canvas.saveState()
        y = h - 10 * mm if where == "header" else 8 * mm + 4.5 * mm * (len(lines) - 1)
        for text in lines:
            canvas.setFont(FONT, 12 if text == number else 10)
            canvas.drawCentredString(w / 2 + 5 * mm, y, text)
            y -= 4.5 * mm
        canvas.restoreState()

    return draw


def _stamp_pages(stamp: list[str] | None):
    """A page callback that prints a digital-signature stamp (the text box a signing service stamps
    on a signed PDF: "Ký bởi: …", "Cơ quan: …", "Ngày ký: …") at the right of page 1, level with the
    document type under the header, and its first and last lines with the page number at the foot
    of every page, besides the page numbers."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    def draw(canvas, doc) -> None:
        _page_number(canvas, doc)
        if not stamp:
            return
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#1f3f99"))
        if doc.page == 1:
            for k, line in enumerate(stamp):
                canvas.drawString(w - 62 * mm, h - 48 * mm - k * 3 * mm, line)
        foot = stamp[:1] + [f"{stamp[-1]} - Trang {doc.page}"] if len(stamp) > 1 else stamp
        for k, line in enumerate(foot):
            canvas.drawString(30 * mm, 14 * mm - k * 3.2 * mm, line)
        canvas.restoreState()

    return draw


TABLE_RULES = ("grid", "header", "none", "once", "rows")


def render_pdf(text: str, out_path: Path | str, fmt: str = "md", table_rules: str = "grid",
               landscape_appendix: bool = False, stamp: list[str] | None = None, margin: dict | None = None) -> Path:
    """Lay a plan's text out as an official plan and write a text-layer PDF (A4, serif 13 pt).

    table_rules: "grid" rules every cell; "rows" only horizontal rules (above the table and under
    each row, no vertical line), as a table set to "Inside horizontal border" prints; "header" only a
    rule under the header row and "none" no rule at all, as a Word table set to "No borders" or a schedule typed with tabs prints; "once" no
    rule and the header row printed only above the table's first part, as Word prints it without
    "Repeat as header row at the top of each page" (alone at a page's foot when no row fits under it).
    landscape_appendix: the appendices on landscape A4 pages (a wide task table), the body portrait.
    margin (portrait plans): the page header or footer Word prints instead of the bare number, from
    page 2 (first_page=True: from page 1): "number" its pattern ("{page}", "- {page} -", "Trang
    {page}/{pages}"; None: no number), "where" "header" or "footer", "running" a running line (10 pt)
    printed "below" or "above" the number ("running_at"), "offset" added to each page's number (a
    plan printed as pages 3-8 of a bundle), "total" the {pages} printed (else the plan's own count).
    stamp: the lines of a digital-signature stamp, printed beside the header of page 1 and (its first
    and last lines, with the page number) at the foot of every page.
    Markdown footnotes ("…tỉnh[^1]", "[^1]: Kế hoạch số …") print as Word prints them: a small raised
    number in the text, the note at the foot of that page in 10 pt under a short rule (not with
    landscape_appendix, whose notes are left out)."""
    if table_rules not in TABLE_RULES:
        raise ValueError(f"table_rules must be one of {TABLE_RULES}, not {table_rules!r}")
    global _notes
    font = register_fonts()
    notes = {m.group(1): m.group(2) for m in FOOTNOTE_DEF.finditer(text)}
    if notes:
        text = FOOTNOTE_REF.sub(lambda m: f"\ue000{m.group(1)}\ue001", FOOTNOTE_DEF.sub("", text))
        if not landscape_appendix:
            _notes = _Notes(notes)
    try:
        doc = parse_plan(text, fmt)
        if margin and "{pages}" in (margin.get("number") or "") and "total" not in margin:
            _render_pdf(doc, Path(out_path), table_rules, landscape_appendix, stamp, font)  # to count the pages
            margin = {**margin, "total": len(pdfium_pages(out_path))}
        return _render_pdf(doc, Path(out_path), table_rules, landscape_appendix, stamp, font, margin)
    finally:
        _notes = None


def pdfium_pages(path: Path | str) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [None] * len(pdf)
    finally:
        pdf.close()


def _render_pdf(doc: Document, out_path: Path, table_rules: str, landscape_appendix: bool,
                stamp: list[str] | None, font: str, margin: dict | None = None) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate

    out_path.parent.mkdir(parents=True, exist_ok=True)
    margins = dict(leftMargin=30 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    if not landscape_appendix:
        width = A4[0] - margins["leftMargin"] - margins["rightMargin"]
        story = plan_story(doc, width, _styles(font), font, table_rules)
        if _notes and _notes.numbers:  # the text block ends above the notes, as Word shortens it
            _notes.floor = margins["bottomMargin"]
            margins["bottomMargin"] += _notes_height([k for k in _notes.numbers if k in _notes.notes], width, font)
        template = SimpleDocTemplate(str(out_path), pagesize=A4, title="Kế hoạch", author="kehoach test fixtures",
                                     invariant=1, **margins)
        on_page = _stamp_pages(stamp) if margin is None else _margin_lines(margin, 0)
        template.afterPage = lambda: _print_notes(template.canv, template, font)
        template.build(story, onFirstPage=on_page if stamp or margin else lambda c, d: None, onLaterPages=on_page)
        return out_path
    template = BaseDocTemplate(str(out_path), pagesize=A4, title="Kế hoạch", author="kehoach test fixtures",
                               invariant=1, **margins)

    def page(name: str, size) -> PageTemplate:
        w, h = size
        frame = Frame(margins["leftMargin"], margins["bottomMargin"], w - margins["leftMargin"] - margins["rightMargin"],
                      h - margins["topMargin"] - margins["bottomMargin"], id=name)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=_stamp_pages(stamp))

    template.addPageTemplates([page("portrait", A4), page("landscape", landscape(A4))])
    wide = landscape(A4)[0] - margins["leftMargin"] - margins["rightMargin"] - 12  # the frame's padding
    story = plan_story(doc, template.width, _styles(font), font, table_rules, appendix_width=wide)
    template.build(story)
    return out_path


# ---------------------------------------------------------------- scans and photos
def _rasterize(pdf_path: Path | str, dpi: int, pages: list[int] | None = None):
    """PDF pages as greyscale-capable RGB Pillow images at the given resolution."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        numbers = pages if pages is not None else list(range(len(pdf)))
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in numbers]
    finally:
        pdf.close()


def render_scan(pdf_path: Path | str, out_path: Path | str, dpi: int = 300, skew_deg: float = 1.0,
                noise: bool = True, seed: int = 0, pages: list[int] | None = None, signed: bool = False,
                filled: dict[str, str] | None = None, sideways: bool = False, grey: bool = False,
                quality: int = 80, shadow: float = 0.0, turn: dict[int, int] | None = None,
                seal_colour: tuple[int, int, int] | None = None) -> Path:
    """An image-only PDF like a scanner's: each page (all, or the 1-based `pages`) at `dpi`,
    skewed by about `skew_deg`, with light blur, sensor noise and dust.

    sideways: each landscape page fed through the scanner as a portrait sheet, its image turned a
    quarter (the first counter-clockwise, the next clockwise, and so on), as a landscape appendix
    printed on A4 comes out of a sheet-fed scanner.

    turn: degrees (counter-clockwise) to turn the image of a page, by its 1-based number: a sheet
    put in the feeder upside down (180), or a page fed sideways the other way (-90).

    signed: a colour scan of the signed paper instead: the issuer's red seal stamped over the
    signer's title and name and a blue signature between them (sign_page).

    filled: blanks of the printed form (a dotted "ngày …… tháng" the clerk fills in when the plan
    is signed), by the printed word, and what is written over each in blue ink (fill_in).

    seal_colour: the seal's ink (SEAL_RED unless given: SEAL_PURPLE, as many communes' pads are).

    grey: the signed paper through a scanner set to greyscale, as many plans posted on a portal
    come: seal and ink grey like the print. quality: the JPEG quality of the pages in the PDF.

    shadow: uneven light, as a flatbed gives a stapled sheet that does not lie flat: the paper greys
    towards the edge that lifts off the glass, by up to `shadow` of its brightness (0.5: a band half
    as bright), and a little along the lamp's travel (uneven_light)."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    numbers = None if pages is None else [p - 1 for p in pages]
    images = _rasterize(pdf_path, dpi, numbers)
    if filled:
        images = [fill_in(img, pdf_path, n if numbers is None else numbers[n], filled, dpi, rng)
                  for n, img in enumerate(images)]
    if sideways:
        wide = [n for n, img in enumerate(images) if img.width > img.height]
        for k, n in enumerate(wide):
            images[n] = images[n].rotate(90 if k % 2 == 0 else -90, expand=True)

    def turned(img, n: int):
        # (after the seal and signature: they are stamped where the page prints its signer block)
        deg = (turn or {}).get((n if numbers is None else numbers[n]) + 1)
        return img.rotate(deg, expand=True) if deg else img
    if signed:
        block = signer_block(pdf_path)
        scanned = [turned(_colour_scan(img, n if numbers is None else numbers[n], n, block, dpi, skew_deg, noise, rng,
                                       seal_colour or SEAL_RED), n)
                   for n, img in enumerate(images)]
        if grey:
            scanned = [img.convert("L") for img in scanned]
        if shadow:
            scanned = [uneven_light(img, shadow, n) for n, img in enumerate(scanned)]
        return _save_scan(scanned, out_path, dpi, quality)
    scanned = []
    for n, img in enumerate(images):
        img = img.convert("L")
        angle = skew_deg * (1 if n % 2 == 0 else -0.7)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        if noise:
            img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
            arr = np.asarray(img, dtype=np.float32)
            arr = arr * 0.96 + 6 + rng.normal(0, 9, arr.shape)   # paper grey, sensor noise
            specks = rng.random(arr.shape) < 0.0004               # dust
            arr[specks] = rng.integers(0, 120, int(specks.sum()))
            img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        img = turned(img, n)
        scanned.append(uneven_light(img, shadow, n) if shadow else img)
    return _save_scan(scanned, out_path, dpi, quality)


def uneven_light(img, shadow: float, n: int = 0):
    """A scanned page under uneven light: a shadow along the long edge by the staples (the left of a
    sheet's front, page n = 0, 2, …, the right of its back), the paper greying by up to `shadow`
    there and fading out over about a quarter of the width, and the lamp's light falling off by a
    third of that from top to bottom. Ink darkens with the paper, as it does under the lamp."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    x = np.arange(w, dtype=np.float32) / w
    edge = x if n % 2 == 0 else 1 - x
    y = np.arange(h, dtype=np.float32)[:, None] / h
    light = 1 - shadow * np.exp(-edge / 0.09)[None, :] - shadow / 3 * y
    arr = arr * (light if arr.ndim == 2 else light[..., None])
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def _save_scan(scanned: list, out_path: Path | str, dpi: int, quality: int = 80) -> Path:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fixed = time.gmtime(1735689600)  # 2025-01-01, not the wall clock: the same input gives the same bytes
    scanned[0].save(out_path, "PDF", save_all=True, append_images=scanned[1:], resolution=float(dpi), quality=quality,
                    creationDate=fixed, modDate=fixed)
    return out_path


def _colour_scan(img, page: int, n: int, block: dict | None, dpi: int, skew_deg: float, noise: bool, rng,
                 seal_colour: tuple[int, int, int] = (205, 32, 42)):
    """One page of a colour scan; the signer's page signed and sealed first."""
    import numpy as np
    from PIL import Image, ImageFilter

    if block is not None and page == block["page"]:
        img = sign_page(img, block, dpi, rng, seal_colour)
    angle = skew_deg * (1 if n % 2 == 0 else -0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    if not noise:
        return img
    img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    # grey sensor noise plus a little per channel; the paper slightly warm, as a colour scanner sees it
    arr = arr * 0.96 + 6 + rng.normal(0, 8, (h, w, 1)) + rng.normal(0, 3, arr.shape)
    arr += np.asarray([2.0, 0.0, -4.0], dtype=np.float32)
    specks = rng.random((h, w)) < 0.0004
    arr[specks] = rng.integers(0, 120, (int(specks.sum()), 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


# ---------------------------------------------------------------- seal and signature
# A signed plan as a colour scanner sees it: a red seal (con dấu) of the issuer stamped over the
# signer's title and name, and a handwritten signature in blue ink between them.
SEAL_DIAMETER_CM = 4.0
SEAL_RED = (205, 32, 42)
SEAL_PURPLE = (112, 40, 150)
SIGNATURE_BLUE = (28, 52, 170)


def _bold_font_path() -> str:
    for pattern, styles in FONT_FAMILIES:
        path = Path(pattern.format(styles[1]))
        if path.exists():
            return str(path)
    raise RuntimeError("no serif TTF found for the seal's lettering")


def _pdf_lines(words: list[dict]) -> list[tuple[float, float, float, float, str]]:
    """Words grouped into lines: (x0, top, x1, bottom, text), top to bottom."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [(min(w["x0"] for w in ln), min(w["top"] for w in ln), max(w["x1"] for w in ln),
             max(w["bottom"] for w in ln), " ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"])))
            for ln in lines]


def signer_block(pdf_path: Path | str) -> dict | None:
    """Where the signature goes, read from a rendered plan's text layer (PDF points, top-down):
    the page (0-based) of "Nơi nhận:", the boxes of the signer's title lines and of the name
    printed under them, and the issuer's name (the seal's lettering). None without a signer."""
    import pdfplumber

    with pdfplumber.open(str(pdf_path)) as pdf:
        first = pdf.pages[0].extract_words()
        motto = [w["x0"] for w in first if w["text"] in ("CỘNG", "Độc") and w["top"] < 150]
        left_of = min(motto) - 4 if motto else pdf.pages[0].width * 0.5
        head = _pdf_lines([w for w in first if w["x1"] < left_of])
        issuer = []
        for x0, top, x1, bottom, text in head:
            if text.startswith("Số") or not _is_caps(text):
                break
            issuer.append(text)
        for n in range(len(pdf.pages) - 1, -1, -1):
            page = pdf.pages[n]
            words = page.extract_words()
            anchor = next((w for w in words if w["text"].startswith("Nơi")
                           and any(v["text"].startswith("nhận") and abs(v["top"] - w["top"]) < 3 for v in words)),
                          None)
            if anchor is None:
                continue
            # the closing is two equal columns across the text width (20 mm right margin)
            split = anchor["x0"] + (page.width - anchor["x0"] - 20 * 72 / 25.4) / 2
            right = _pdf_lines([w for w in words if w["x0"] >= split - 2 and w["top"] >= anchor["top"] - 3])
            # the name stands alone under the room left for the signature (a 62 pt spacer)
            gap = next((i for i in range(1, len(right)) if right[i][1] - right[i - 1][3] > 30), None)
            if gap is None:
                return None
            titles, name = right[:gap], right[gap]
            box = (min(t[0] for t in titles), titles[0][1], max(t[2] for t in titles), titles[-1][3])
            return {"page": n, "title": box, "name": name[:4], "issuer": " ".join(issuer) or "ỦY BAN NHÂN DÂN"}
    return None


def _ring_text(mask, text: str, centre: tuple[float, float], radius: float, size: int, font_path: str,
               arc: float) -> None:
    """Capital letters set round a circle, centred on the top, reading clockwise, spaced out to
    fill `arc` radians as a seal's engraver does."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, size)
    advances = [font.getlength(c) for c in text]
    extra = max(0.0, (arc * radius - sum(advances)) / len(text))
    advances = [a + extra for a in advances]
    span = sum(advances) / radius  # radians the text takes
    angle = -span / 2
    tile = int(size * 2)
    for c, adv in zip(text, advances):
        phi = angle + adv / (2 * radius)
        angle += adv / radius
        if c == " ":
            continue
        glyph = Image.new("L", (tile, tile), 0)
        ImageDraw.Draw(glyph).text((tile / 2, tile / 2), c, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-math.degrees(phi), resample=Image.BICUBIC)
        x = centre[0] + radius * math.sin(phi) - tile / 2
        y = centre[1] - radius * math.cos(phi) - tile / 2
        mask.paste(255, (int(round(x)), int(round(y))), glyph)


def _seal_mask(size: tuple[int, int], centre: tuple[float, float], dpi: int, text: str, rng):
    """A round seal's ink as an L mask: two rings, the issuer's name between them, a star inside."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    r = SEAL_DIAMETER_CM / 2.54 * dpi / 2
    cx, cy = centre
    for radius, width in ((r, max(3, int(r * 0.045))), (r * 0.70, max(2, int(r * 0.02)))):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=255, width=width)
    lettering = text.upper()
    letter = int(r * 0.22)
    font_path = _bold_font_path()
    arc = 2 * math.pi * 0.8  # the foot of the ring left for the stars
    while letter > 8 and sum(_glyph_widths(lettering, letter, font_path)) > arc * r * 0.85:
        letter -= 1
    ring = r * 0.85 - letter * 0.35
    _ring_text(mask, lettering, (cx, cy), ring, letter, font_path, arc)
    for side in (-1, 1):
        x, y = cx + side * ring * math.sin(arc / 2 + 0.2), cy - ring * math.cos(arc / 2 + 0.2)
        _star(draw, (x, y), letter * 0.4)
    _star(draw, (cx, cy), r * 0.30)
    # a stamp never inks evenly: patches where the pad was drier
    w, h = size
    coarse = rng.random((h // 24 + 2, w // 24 + 2)).astype(np.float32)
    texture = Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    texture = np.asarray(texture.filter(ImageFilter.GaussianBlur(8)), dtype=np.float32) / 255
    ink = np.asarray(mask.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32) / 255
    return ink * (0.65 + 0.35 * texture)


def _star(draw, centre: tuple[float, float], radius: float) -> None:
    import math

    cx, cy = centre
    draw.polygon([(cx + (radius if k % 2 == 0 else radius * 0.4) * math.sin(k * math.pi / 5),
                   cy - (radius if k % 2 == 0 else radius * 0.4) * math.cos(k * math.pi / 5)) for k in range(10)],
                 fill=255)


def _glyph_widths(text: str, size: int, font_path: str) -> list[float]:
    from PIL import ImageFont

    font = ImageFont.truetype(font_path, size)
    return [font.getlength(c) for c in text]


def _signature_mask(size: tuple[int, int], box: tuple[float, float, float, float], dpi: int, rng):
    """A quick handwritten signature: looping strokes across `box` (pixels), then a flourish."""
    import math

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    x0, y0, x1, y1 = box
    width, height = x1 - x0, y1 - y0
    loops = int(rng.integers(4, 7))
    t = np.linspace(0, 1, 900)
    loop_r = width / loops * 0.45
    x = x0 + width * t + loop_r * np.cos(2 * math.pi * loops * t + rng.uniform(0, 6))
    y = (y0 + height * 0.55 - height * 0.30 * np.sin(2 * math.pi * loops * t)
         - height * 0.15 * np.sin(math.pi * t * rng.uniform(1, 2)))
    pen = max(2, int(dpi / 100))
    draw.line(list(zip(x.tolist(), y.tolist())), fill=255, width=pen, joint="curve")
    tail = np.linspace(0, 1, 200)
    fx = x1 - width * 1.05 * tail
    fy = y0 + height * (0.85 + 0.1 * np.sin(math.pi * tail))
    draw.line(list(zip(fx.tolist(), fy.tolist())), fill=255, width=pen, joint="curve")
    return np.asarray(mask.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32) / 255


def _stamp(img, ink, colour: tuple[int, int, int], opacity: float):
    """Ink laid on the page: the paper and the print under it show through (multiply)."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(img, dtype=np.float32)
    a = (ink * opacity)[..., None]
    tint = np.asarray(colour, dtype=np.float32) / 255
    return Image.fromarray(np.clip(arr * (1 - a + a * tint), 0, 255).astype(np.uint8), "RGB")


def sign_page(img, block: dict, dpi: int, rng, seal_colour: tuple[int, int, int] = SEAL_RED):
    """The signer's page (RGB, unskewed) with a blue signature and the red seal stamped over
    the title and the name, where a real one lands: left of centre, between title and name."""
    k = dpi / 72
    tx0, ttop, tx1, tbottom = block["title"]
    nx0, ntop, nx1, nbottom = block["name"]
    mid = (tx0 + tx1 + nx0 + nx1) / 4 * k
    gap_top, gap_bottom = tbottom * k, ntop * k
    cm = dpi / 2.54
    sig = _signature_mask(img.size, (mid - 1.8 * cm, gap_top + 0.15 * cm, mid + 1.9 * cm, gap_bottom - 0.1 * cm),
                          dpi, rng)
    img = _stamp(img, sig, SIGNATURE_BLUE, 0.92)
    centre = (mid - 1.2 * cm, (gap_top + gap_bottom) / 2 - 0.1 * cm)
    seal = _seal_mask(img.size, centre, dpi, block["issuer"], rng)
    return _stamp(img, seal, seal_colour, 0.85)


HAND_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"


def fill_in(img, pdf_path: Path | str, page: int, filled: dict[str, str], dpi: int, rng):
    """The page (RGB) with each printed blank word of `filled` written over by hand: slanted,
    uneven letters in blue ballpoint, sitting a little above the dots as a hand writes them."""
    import numpy as np
    import pdfplumber
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    with pdfplumber.open(str(pdf_path)) as pdf:
        words = pdf.pages[page].extract_words()
    k = dpi / 72
    for w in words:
        text = filled.get(w["text"])
        if text is None:
            continue
        mask = Image.new("L", img.size, 0)
        size = int((w["bottom"] - w["top"]) * k * 1.25)
        x, base = w["x0"] * k + size * 0.15, w["bottom"] * k - size * 0.25
        for c in text:
            font = ImageFont.truetype(HAND_FONT, int(size * rng.uniform(0.9, 1.1)))
            glyph = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(glyph).text((size * 0.5, size * 1.5), c, fill=255, font=font, anchor="ls",
                                       stroke_width=max(1, size // 30))
            glyph = glyph.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
            mask.paste(255, (int(x - size * 0.5), int(base - size * 1.5 + rng.uniform(-2, 2))), glyph)
            x += font.getlength(c) * rng.uniform(0.95, 1.1)
        ink = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32) / 255
        img = _stamp(img, ink, SIGNATURE_BLUE, 0.9)
    return img


def render_searchable(scan_path: Path | str, out_path: Path | str, lang: str = "eng", dpi: int = 300,
                      colour: bool = False) -> Path:
    """A "searchable" scan, as a scanner's software makes it: each page of an image-only scan
    (render_scan) saved as a JPEG and put through Tesseract's PDF renderer, which lays its reading
    invisibly over the image; lang "eng" is the English-only model many scanners ship, which reads
    Vietnamese without most of its marks; colour: keep a colour scan's colours (signed=True).
    Needs the tesseract program (a few seconds a page)."""
    import os
    import subprocess
    import tempfile

    import pypdfium2 as pdfium

    scan = pdfium.PdfDocument(str(scan_path))
    out = pdfium.PdfDocument.new()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(len(scan)):
            image = scan[i].render(scale=dpi / 72).to_pil()
            jpeg = Path(tmp) / f"p{i}.jpg"
            (image if colour else image.convert("L")).save(jpeg, quality=75, dpi=(dpi, dpi))
            subprocess.run(["tesseract", str(jpeg), str(Path(tmp) / f"p{i}"), "-l", lang, "pdf"], check=True,
                           capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
            out.import_pages(pdfium.PdfDocument(str(Path(tmp) / f"p{i}.pdf")))
        out.save(str(out_path))
    return Path(out_path)


def splice_pages(pdf_path: Path | str, scan_path: Path | str, out_path: Path | str, pages: list[int]) -> Path:
    """A mixed PDF: the text-layer PDF with its `pages` (1-based) replaced, in order, by the pages of
    `scan_path` (render_scan(..., pages=pages)): the signed last page or an appendix scanned back in."""
    import pypdfium2 as pdfium

    text, scan = pdfium.PdfDocument(str(pdf_path)), pdfium.PdfDocument(str(scan_path))
    out = pdfium.PdfDocument.new()
    scanned = dict(zip(pages, range(len(scan))))
    for n in range(1, len(text) + 1):
        out.import_pages(scan if n in scanned else text, [scanned.get(n, n - 1)])
    out.save(str(out_path))
    return Path(out_path)



TURNS = ("rotate90", "rotate270", "up", "down", "keep")


def turn_landscape(pdf_path: Path | str, out_path: Path | str, turn: str | list[str] = "rotate90") -> Path:
    """The PDF with each landscape page (render_pdf(..., landscape_appendix=True)) set on a portrait
    page with its content drawn turned a quarter, as Word and many printers write a landscape
    section: "rotate90"/"rotate270" add /Rotate 90 (270), so a viewer shows the page landscape again
    (the text layer still runs up (down) the portrait page); "up"/"down" leave the page portrait,
    its text running up (down) it, as a table turned to fit a portrait page prints; "keep" leaves
    the page landscape as it was laid out. A list gives the landscape pages their turns in order
    (the last one for the rest): an export mixes them when only some pages went through a printer."""
    import pypdfium2 as pdfium

    turns = [turn] if isinstance(turn, str) else list(turn)
    if not turns or any(t not in TURNS for t in turns):
        raise ValueError(f"turn must be one of {TURNS}, not {turn!r}")
    src = pdfium.PdfDocument(Path(pdf_path).read_bytes())  # (out_path may be pdf_path)
    out = pdfium.PdfDocument.new()
    k = 0
    for i in range(len(src)):
        w, h = src[i].get_size()
        if w <= h:
            out.import_pages(src, [i])
            continue
        turn, k = turns[min(k, len(turns) - 1)], k + 1
        if turn == "keep":
            out.import_pages(src, [i])
            continue
        page = out.new_page(h, w)
        obj = src.page_as_xobject(i, out).as_pageobject()
        # landscape (X, Y) onto the portrait page: running up, x = h - Y, y = X; running down, x = Y, y = w - X
        up = turn in ("rotate90", "up")
        obj.transform(pdfium.PdfMatrix(0, 1, -1, 0, h, 0) if up else pdfium.PdfMatrix(0, -1, 1, 0, 0, w))
        page.insert_obj(obj)
        page.gen_content()
        if turn.startswith("rotate"):
            page.set_rotation(90 if up else 270)
    out.save(str(out_path))
    return Path(out_path)

def render_photo(pdf_path: Path | str, out_path: Path | str, dpi: int = 180, seed: int = 0) -> Path:
    """Page 1 as a phone photo (JPEG): on a desk, slanted in perspective, tilted, unevenly lit."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    page = _rasterize(pdf_path, dpi, [0])[0]
    w, h = page.size
    margin = int(0.06 * w)
    W, H = w + 2 * margin, h + 2 * margin
    canvas = Image.new("RGB", (W, H), (92, 74, 58))  # a wooden desk
    canvas.paste(page, (margin, margin))
    # the top of the page is farther from the camera: its corners close in
    dx, dy = 0.05 * w, 0.02 * h
    quad = [(margin + dx, margin + dy), (margin + w - dx * 0.6, margin), (margin + w, margin + h),
            (margin, margin + h - dy * 0.5)]  # where the page's corners land in the photo
    corners = [(margin, margin), (margin + w, margin), (margin + w, margin + h), (margin, margin + h)]
    coeffs = solve_perspective(corners, quad)  # the same algebra the photo reader undoes
    photo = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(92, 74, 58))
    photo = photo.rotate(-2.0, resample=Image.BICUBIC, expand=False, fillcolor=(92, 74, 58))
    # uneven light: brighter towards the top-left lamp, a soft shadow at the bottom-right
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.08 - 0.30 * np.hypot(xx / W - 0.2, yy / H - 0.15)
    arr = np.asarray(photo, dtype=np.float32) * light[..., None]
    arr += rng.normal(0, 4, arr.shape)
    arr[..., 2] *= 0.94  # warm indoor light
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
    exif = Image.Exif()
    exif[0x0112] = 1  # orientation: upright
    exif[0x010F] = "kehoach test fixture"
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    photo.save(out_path, "JPEG", quality=85, dpi=(dpi, dpi), exif=exif)
    return out_path


# ---------------------------------------------------------------- script
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plan", type=Path, help="a plan as .txt or .md")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--formats", default="pdf,scan,photo", help="comma-separated: pdf,scan,photo")
    ap.add_argument("--table-rules", choices=TABLE_RULES, default="grid",
                    help="how tables are ruled: every cell (grid), under the header row only, or not at all")
    ap.add_argument("--landscape-appendix", action="store_true", help="the appendices on landscape pages")
    ap.add_argument("--turn", help="with --landscape-appendix: set the landscape pages on portrait pages, "
                    f"turned (comma-separated, one per landscape page, of {', '.join(TURNS)})")
    ap.add_argument("--stamp", help="digital-signature stamp lines, separated by '|', printed beside the "
                    "header of page 1 and at the foot of every page")
    ap.add_argument("--signed", action="store_true",
                    help="the scan in colour, with a red seal and a blue signature over the signer block")
    ap.add_argument("--dpi", type=int, default=300, help="the scan's resolution")
    ap.add_argument("--fill", action="append", default=[], metavar="PRINTED=WRITTEN",
                    help="a phrase of the plan printed as a blank on the scan and written in by hand, e.g. "
                    "'ngày 15 tháng=15' prints 'ngày ....... tháng' and writes 15 over the dots")
    args = ap.parse_args(argv)
    formats = {f.strip() for f in args.formats.split(",") if f.strip()}
    unknown = formats - {"pdf", "scan", "photo"}
    if unknown:
        ap.error(f"unknown format(s): {', '.join(sorted(unknown))}")
    stem = args.plan.stem
    fmt = "md" if args.plan.suffix.lower() in (".md", ".markdown") else "txt"
    text = args.plan.read_text(encoding="utf-8")
    blank, filled = ".........", {}
    for spec in args.fill:  # the form as printed: the handwritten part left as dots
        printed, written_in = spec.split("=", 1)
        text = text.replace(printed, printed.replace(written_in, blank), 1)
        filled[blank] = written_in
    pdf = render_pdf(text, args.outdir / f"{stem}.pdf", fmt, args.table_rules,
                     args.landscape_appendix, args.stamp.split("|") if args.stamp else None)
    if args.turn:
        turn_landscape(pdf, pdf, [t.strip() for t in args.turn.split(",")])
    written = [pdf] if "pdf" in formats else []
    if "scan" in formats:
        written.append(render_scan(pdf, args.outdir / f"{stem}-scan.pdf", dpi=args.dpi, signed=args.signed,
                                   filled=filled or None))
    if "photo" in formats:
        written.append(render_photo(pdf, args.outdir / f"{stem}-photo.jpg"))
    if "pdf" not in formats:
        pdf.unlink()
    for p in written:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
