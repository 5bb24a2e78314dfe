"""Reader for Word documents (.docx) through python-docx, reading the XML in body order.

- Paragraphs and tables come in the order of the body (w:p, w:tbl, and those inside content
  controls); headers, footers and comments are not part of the plan's text, except a first page's
  header holding the header block (a letterhead template) of a body without one. Footnotes are: a
  plan cites documents in them ("¹ Kế hoạch số 85/KH-UBND ngày …"), printed at the foot of the
  page. The notes the body refers to follow the body, one line each in order of reference (the
  mark itself is dropped), where they cannot join a task or a heading as a page's foot would;
  endnotes the same way, after the footnotes.
- A picture shown page-sized (a scanned or photographed page pasted in, as an office forwards a
  signed plan "in Word") is read by OCR where it stands, as an image file's page is; pictures
  in a row are pages in a row (a table cut between them is one table). Small pictures (an
  emblem, a logo, a signature) and pictures without print add nothing, nor do the pictures of a
  plan typed in Word (a photo of an event); a picture inside a text box is read once, as the box's.
  DrawingML (w:drawing) and VML (w:pict / v:imagedata, older Word, a .doc converted) pictures
  alike; a table row holding such a picture (pages laid out one a cell) is read as the body its
  cells hold, in order, not as a row of a table.
- Automatic numbering, which python-docx leaves out of the paragraph text, is recomputed from
  numbering.xml: the paragraph's numPr (direct or from its style) → the abstract numbering's
  level → numFmt (upperRoman, decimal, lowerLetter, …), lvlText ("%1.", "%1.%2.", "%1)"),
  start, startOverride, lvlRestart and isLgl; counters advance in document order and deeper
  levels restart when a shallower one advances. "I. MỤC ĐÍCH, YÊU CẦU" keeps its "I.".
- Each table row becomes RawLine(cells=[…]) with one cell per grid column: a horizontally
  merged cell (gridSpan) puts its text in its first column and "" in the others; a vertically
  merged cell (vMerge) gives its text to its first row and "" below, the row noting which of its
  columns continue the cell above (RawLine.merged_above); paragraphs inside a cell are joined
  with "\\n", nested tables row by row.
- A borderless two-column layout table holding the header (issuer | national motto, "Số:" |
  place and date) or the signature block (Nơi nhận | signer) is read as prose, the left
  column's paragraphs then the right column's, as the PDF reader lays out the same page.
- A plan typed inside a table is read as the body it is: a row of one cell across the whole
  table that holds a table of its own (the task table pasted into a one-cell "frame") or several
  paragraphs, one opening a part of the plan (a Roman part, "Căn cứ", the type name), gives its
  paragraphs as prose and its nested table as a table where they stand; a one-column table with
  such a row (a "form", one part a row) is read so as a whole, and the rows of a header table
  above the typed row stay a table of their own (a layout block when they lay out the header).
- A line is bold when every character of its runs is bold (direct, character or paragraph
  style, or document defaults); all-caps and small-caps formatting (w:caps, w:smallCaps: both print
  capitals) are applied to the text. Hidden text (w:vanish: a template's instructions) is not read.
- Digits set superscript (w:vertAlign, the run's own or its character or paragraph style's: Word's
  "Footnote Reference" raises a mark typed as text) are read as superscript digits ("2024³"), a mark
  the references blank, not a digit run onto the year or symbol before it.
A line break (w:br) inside a paragraph starts a new line.
- A PDF converted to Word (ABBYY FineReader, Adobe's export, online converters) is read as the PDF
  would be: text boxes anchored in a paragraph, and frames (w:framePr) side by side, in their
  order on the page (left column, then right); a bare page number at a page break and a line
  opening two pages or more (a running title) dropped; a table cut in two at a page break one
  table, the row it cut one row; when every printed line was made a paragraph (many lines go on
  in lower case after one that ends no clause), a cell's paragraphs rejoined where they wrapped;
  the header or signature block set in two columns by tabs read column by column.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from lxml import etree

from pipeline.document import PAGE_NUMBER, RawDocument, RawLine
from pipeline.errors import PlanError
from pipeline.ingest import encodings
from pipeline.ingest.columns import is_type_line
from pipeline.ingest.layout import LAYOUT_CUES, frame_rows, is_layout_grid

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
EMU_PER_CM = 360000
# a picture shown at least this large (cm, short side and long side) is a page scanned or
# photographed into the document, as an office pastes a signed paper into Word: an emblem, a
# logo or a signature is a few centimetres; an A5 sheet is 14.8 x 21
SCAN_MIN_CM = (8.0, 11.0)
SCAN_MIN_PIXELS = 500   # on its short side: fewer cannot carry print Tesseract reads
SCAN_MIN_CONF = 40.0    # a photo of people or a map reads as specks at low confidence, not text
SCAN_MIN_LETTERS = 20
TYPED_PLAN_LETTERS = 200   # typed letters beside the pictures enough to be the plan without them
PICTURE = "\ufffc"     # the placeholder line of a scanned page until it is read
MAX_XML_BYTES = 200 * 1024 * 1024  # a document.xml larger than this unpacked is refused


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _val(el, attr: str = "val") -> str | None:
    return None if el is None else el.get(w(attr))


def _on(el) -> bool | None:
    """A toggle property (w:b, w:caps): None when absent, else its value."""
    if el is None:
        return None
    v = el.get(w("val"))
    return v not in ("0", "false", "off", "none")


def _capitals(rpr) -> bool | None:
    """Whether run properties draw the letters as capitals: all caps (w:caps) or small capitals
    (w:smallCaps, a heading's "i. mục đích, yêu cầu" printed "I. MỤC ĐÍCH, YÊU CẦU" in smaller
    capitals); None when neither is set (small caps turned off leaves caps to the styles)."""
    caps, small = _on(rpr.find(w("caps"))), _on(rpr.find(w("smallCaps")))
    return True if small else caps


# ---------------------------------------------------------------- number formats

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    if n <= 0:
        return str(n)
    out = []
    for v, s in ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def letter(n: int) -> str:
    """Word's letter numbering: a … z, aa … zz, aaa …"""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperLetter":
        return letter(n).upper()
    if fmt == "lowerLetter":
        return letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, ordinal, vietnameseCounting … read as digits


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # lvlRestart: None = after any shallower level, 0 = never
    legal: bool = False          # isLgl: every level shown as decimal
    suffix: str = " "            # tab and space both read as a space
    style: str | None = None     # the paragraph style this level is linked to
    font: str = ""               # the marker's font (a symbol font stores its signs as private-use codes)


def _level(el) -> Level:
    lv = Level()
    if el is None:
        return lv
    fmt = _val(el.find(w("numFmt")))
    if fmt:
        lv.fmt = fmt
    text_el = el.find(w("lvlText"))
    if text_el is not None:
        lv.text = text_el.get(w("val")) or ""
    start = _val(el.find(w("start")))
    if start and start.lstrip("-").isdigit():
        lv.start = int(start)
    restart = _val(el.find(w("lvlRestart")))
    if restart and restart.isdigit():
        lv.restart = int(restart)
    lv.legal = bool(_on(el.find(w("isLgl"))))
    suff = _val(el.find(w("suff")))
    lv.suffix = "" if suff == "nothing" else " "
    lv.style = _val(el.find(w("pStyle")))
    fonts = el.find(f"{w('rPr')}/{w('rFonts')}")
    if fonts is not None:
        lv.font = fonts.get(w("ascii")) or fonts.get(w("hAnsi")) or ""
    return lv


# A symbol font's sign is stored at U+F000 + its byte (a "+" bullet set in Symbol, as Word 97 and
# LibreOffice's .doc keep it, is U+F02B): these are the bytes Symbol draws as the ASCII sign itself
# (its letters are Greek, its other punctuation logic signs); a dingbat font draws pictures there.
SYMBOL_AS_ASCII = frozenset("!#%&()*+,-./0123456789:;<=>?[]_{|}")
DINGBAT_FONTS = ("wingdings", "webdings", "dingbat")
BULLET_MAP = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•", "\uf0a8": "•",
              "\uf02d": "-", "\uf0e0": "•", "o": "-"}


def bullet_char(c: str, font: str | None = None) -> str:
    """A list marker's character as printed: a symbol font's private-use code read as its sign
    (Symbol's U+F02B a "+"), any other private-use code a bullet dot; `font` is the font's name."""
    if c in BULLET_MAP:
        return BULLET_MAP[c]
    if not "\ue000" <= c <= "\uf8ff":
        return c
    sign = chr(ord(c) - 0xF000) if "\uf020" <= c <= "\uf07e" else ""
    dingbats = any(k in (font or "").lower() for k in DINGBAT_FONTS)
    return sign if sign in SYMBOL_AS_ASCII and not dingbats else "•"


class Numbering:
    """numbering.xml and the counters of every list, advanced in document order."""

    def __init__(self, numbering_el, styles: "Styles") -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.abstract_link: dict[str, str] = {}  # numStyleLink: abstract → style holding the real numId
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.styles = styles
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if numbering_el is None:
            return
        for an in numbering_el.findall(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            self.abstract[aid] = {int(lv.get(w("ilvl"), "0")): _level(lv) for lv in an.findall(w("lvl"))}
            link = _val(an.find(w("numStyleLink")))
            if link:
                self.abstract_link[aid] = link
        for num in numbering_el.findall(w("num")):
            nid = num.get(w("numId"))
            aid = _val(num.find(w("abstractNumId")))
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for ov in num.findall(w("lvlOverride")):
                ilvl = int(ov.get(w("ilvl"), "0"))
                so = _val(ov.find(w("startOverride")))
                if so and so.lstrip("-").isdigit():
                    starts[ilvl] = int(so)
                if ov.find(w("lvl")) is not None:
                    levels[ilvl] = _level(ov.find(w("lvl")))
            if aid is not None:
                self.nums[nid] = (aid, starts, levels)

    def _resolve(self, num_id: str, depth: int = 0) -> tuple[str, dict[int, int], dict[int, Level]] | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid = entry[0]
        link = self.abstract_link.get(aid)
        if link and depth < 3:  # the abstract only points at a numbering style
            linked = self.styles.num_pr(link)
            if linked and linked[0] and linked[0] != num_id:
                inner = self._resolve(linked[0], depth + 1)
                if inner:
                    return inner[0], {**inner[1], **entry[1]}, {**inner[2], **entry[2]}
        return entry

    def level_of(self, num_id: str, style_id: str | None) -> int:
        """A numbering that comes from a style without ilvl: the level linked to that style."""
        entry = self._resolve(num_id)
        if entry and style_id:
            for ilvl, lv in self.abstract.get(entry[0], {}).items():
                if lv.style == style_id:
                    return ilvl
        return 0

    def marker(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at this level and return the marker as Word prints it."""
        entry = self._resolve(num_id)
        if entry is None:
            return ""
        aid, starts, overrides = entry
        levels = dict(self.abstract.get(aid, {}))
        levels.update(overrides)
        if not levels:
            return ""
        ilvl = max(0, min(ilvl, 8))
        lv = levels.get(ilvl, Level())
        # a num with start overrides is a restarted list: its own counters from its first use
        key = f"num:{num_id}" if starts else f"abs:{aid}"
        counters = self.counters.setdefault(key, [None] * 9)
        if key not in self.started:
            self.started.add(key)
            for k, v in starts.items():
                if 0 <= k <= 8:
                    counters[k] = v - 1
        current = counters[ilvl]
        counters[ilvl] = (levels.get(ilvl, Level()).start if current is None else current + 1)
        for deeper in range(ilvl + 1, 9):
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                counters[deeper] = None
        if lv.fmt == "bullet":
            text = lv.text
            return "".join(bullet_char(c, lv.font) for c in text)

        def repl(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if not 0 <= k <= 8:
                return ""
            other = levels.get(k, Level())
            n = counters[k] if counters[k] is not None else other.start
            fmt = "decimal" if (lv.legal and other.fmt not in ("decimalZero",)) else other.fmt
            return format_number(n, fmt)

        return re.sub(r"%(\d)", repl, lv.text)

    def suffix(self, num_id: str, ilvl: int) -> str:
        entry = self._resolve(num_id)
        if entry is None:
            return " "
        lv = entry[2].get(ilvl) or self.abstract.get(entry[0], {}).get(ilvl)
        return lv.suffix if lv else " "


@dataclass
class _Style:
    based_on: str | None = None
    bold: bool | None = None
    caps: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None
    kind: str = "paragraph"
    borders: bool | None = None  # a table style that draws borders
    font: str | None = None      # rFonts hAnsi: "" for a theme font, None when the style sets none
    ascii_font: str | None = None   # rFonts ascii, the same way
    raised: bool | None = None   # vertAlign: True superscript, False baseline or subscript, None unset
    hidden: bool | None = None   # vanish: hidden text, not printed


class Styles:
    """styles.xml: the bold/caps/numbering a paragraph or run inherits, following basedOn."""

    def __init__(self, styles_el) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_para: str | None = None
        self.doc_bold: bool | None = None
        self.doc_caps: bool | None = None
        self.doc_font: str | None = None
        self.doc_ascii_font: str | None = None
        self.legacy = False   # does any style or the defaults name a legacy Vietnamese font?
        if styles_el is None:
            return
        defaults = styles_el.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if defaults is not None:
            self.doc_bold = _on(defaults.find(w("b")))
            self.doc_caps = _capitals(defaults)
            self.doc_font, self.doc_ascii_font = _fonts(defaults)
            self.legacy = _names_legacy(self.doc_font, self.doc_ascii_font)
        for st in styles_el.findall(w("style")):
            sid = st.get(w("styleId"))
            s = _Style(kind=st.get(w("type"), "paragraph"))
            s.based_on = _val(st.find(w("basedOn")))
            rpr = st.find(w("rPr"))
            if rpr is not None:
                s.bold = _on(rpr.find(w("b")))
                s.caps = _capitals(rpr)
                s.hidden = _on(rpr.find(w("vanish")))
                s.font, s.ascii_font = _fonts(rpr)
                s.raised = _vert_align(rpr)
            tblpr = st.find(w("tblPr"))
            if tblpr is not None and tblpr.find(w("tblBorders")) is not None:
                s.borders = any(b.get(w("val")) not in ("nil", "none", None) for b in tblpr.find(w("tblBorders")))
            ppr = st.find(w("pPr"))
            if ppr is not None and ppr.find(w("numPr")) is not None:
                npr = ppr.find(w("numPr"))
                s.num_id = _val(npr.find(w("numId")))
                il = _val(npr.find(w("ilvl")))
                s.ilvl = int(il) if il and il.isdigit() else None
            self.styles[sid] = s
            self.legacy |= _names_legacy(s.font, s.ascii_font)
            if s.kind == "paragraph" and st.get(w("default")) in ("1", "true"):
                self.default_para = sid

    def _chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            yield self.styles[sid]
            sid = self.styles[sid].based_on

    def prop(self, sid: str | None, name: str) -> bool | None:
        for s in self._chain(sid):
            v = getattr(s, name)
            if v is not None:
                return v
        return None

    def font(self, sid: str | None, slot: str = "font") -> str | None:
        """The font a style (or one it is based on) sets in a slot: "font" (hAnsi) or "ascii_font"."""
        for s in self._chain(sid):
            if getattr(s, slot) is not None:
                return getattr(s, slot)
        return None

    def inherited_font(self, rstyle: str | None, para_style: str | None, slot: str = "font") -> str | None:
        """A run's font in one slot from its character style, its paragraph's style, the defaults."""
        font = self.font(rstyle, slot)
        if font is None:
            font = self.font(para_style, slot)
        if font is None:
            font = self.doc_font if slot == "font" else self.doc_ascii_font
        return font

    def num_pr(self, sid: str | None) -> tuple[str | None, int | None] | None:
        for s in self._chain(sid):
            if s.num_id is not None:
                return s.num_id, s.ilvl
        return None


def _fonts(rpr) -> tuple[str | None, str | None]:
    """The fonts a run properties element sets for Latin text: (hAnsi, the font of the non-ASCII
    characters, which hold a legacy font's letters; ascii), each "" for a theme font (never a
    legacy one), None when it sets none. Word inherits each slot on its own: a run naming only
    its ascii font draws its other letters in the hAnsi font of its style."""
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        return None, None
    out = []
    for slot in ("hAnsi", "ascii"):
        name = fonts.get(w(slot))
        out.append(name if name else ("" if fonts.get(w(slot + "Theme")) else None))
    return out[0], out[1]


def _names_legacy(*fonts: str | None) -> bool:
    return any(encodings.font_encoding(f) is not None for f in fonts if f)


# ---------------------------------------------------------------- paragraphs


@dataclass
class _Para:
    lines: list[str]
    bold: bool
    joins_next: bool = False   # its paragraph mark was deleted or moved away: it runs on into the next


def _mark_removed(ppr) -> bool:
    """Was the paragraph mark deleted or moved away as a tracked change (pPr/rPr/w:del, w:moveFrom)?
    Word's text with the change accepted has no such paragraph: its text, if any is left, runs on
    into the next one, and a numbered one takes no number."""
    rpr = ppr.find(w("rPr")) if ppr is not None else None
    return rpr is not None and (rpr.find(w("del")) is not None or rpr.find(w("moveFrom")) is not None)


class _Reader:
    def __init__(self, document) -> None:
        part = document.part
        self.styles = Styles(self._part_element(part, "styles"))
        self.numbering = Numbering(self._part_element(part, "numbering"), self.styles)
        self.out: list[RawLine] = []
        self.next_table = 0
        self.notes = _footnotes(part)
        self.noted: list[tuple[str, str]] = []   # the notes referred to, in order
        self.page_starts: list[int] = []   # where in the lines a printed page began (rendered breaks)
        self.body = document.element.body
        self.part = part
        # placeholder line (id) → the line itself, its picture's relationship id and the width it is
        # shown at (cm); holding the line keeps its id from passing to a new line once it is dropped
        self.scans: dict[int, tuple[RawLine, str, float]] = {}
        self.read_pictures = False        # set by read() when the package holds any media
        self._legacy_fonts: bool | None = None
        # the encoding of text in a Unicode font that is really legacy bytes or UTF-8 read as
        # Windows-1252 (a .VnTime document given Times New Roman unconverted: "KÕ ho¹ch"),
        # told over the whole document before any table is judged by its words
        self.mangled, self.mangled_throughout = None, False
        if encodings.may_be_mangled(etree.tostring(self.body, method="text", encoding=str)):
            if self.legacy_fonts:   # (the bytes of runs in a legacy font are read as such)
                typed = [self._unicode_font_text(p) for p in self.body.iter(w("p"))]
            else:
                typed = ["".join(t.text or "" for t in p.iter(w("t"))) for p in self.body.iter(w("p"))]
            self.mangled, self.mangled_throughout = encodings.mangled_encoding(typed)

    def _unicode_font_text(self, p) -> str:
        """The text of a paragraph's runs in other fonts than the legacy ones."""
        ppr = p.find(w("pPr"))
        style = (_val(ppr.find(w("pStyle"))) if ppr is not None else None) or self.styles.default_para
        return "".join(t.text or "" for r in self._runs(p) if self._run_props(r, style)[2] is None
                       for t in r.iter(w("t")))

    @property
    def legacy_fonts(self) -> bool:
        """Does the document set any text in a legacy Vietnamese font (a style, the defaults, a run)?"""
        if self._legacy_fonts is None:
            self._legacy_fonts = self.styles.legacy or any(
                _names_legacy(f.get(w("hAnsi")), f.get(w("ascii"))) for f in self.body.iter(w("rFonts")))
        return self._legacy_fonts

    @staticmethod
    def _part_element(part, which: str):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        try:
            return part.part_related_by(RT.STYLES if which == "styles" else RT.NUMBERING).element
        except (KeyError, AttributeError, NotImplementedError):
            return None

    # -- runs and paragraphs
    def _run_props(self, r, para_style: str | None) -> tuple[bool, bool, tuple[str, bool] | None]:
        """(bold, all caps, the legacy encoding of its font and whether that font draws capitals)."""
        rpr = r.find(w("rPr"))
        bold = caps = None
        rstyle = font = ascii_font = None
        if rpr is not None:
            bold = _on(rpr.find(w("b")))
            caps = _capitals(rpr)
            rstyle = _val(rpr.find(w("rStyle")))
            font, ascii_font = _fonts(rpr)
        if font is None and (self.styles.legacy or ascii_font):
            # the letters a legacy font holds are drawn in the hAnsi font: the run's own, else its
            # styles', else the defaults'; where none names one (or only a theme font), the ascii
            # font the same way (LibreOffice draws them in that one)
            font = self.styles.inherited_font(rstyle, para_style)
            if not font:
                font = ascii_font if ascii_font is not None else \
                    self.styles.inherited_font(rstyle, para_style, "ascii_font")
        if bold is None:
            bold = self.styles.prop(rstyle, "bold")
        if caps is None:
            caps = self.styles.prop(rstyle, "caps")
        if bold is None:
            bold = self.styles.prop(para_style, "bold")
        if caps is None:
            caps = self.styles.prop(para_style, "caps")
        if bold is None:
            bold = self.styles.doc_bold
        if caps is None:
            caps = self.styles.doc_caps
        return bool(bold), bool(caps), encodings.font_encoding(font) if font else None

    def _hidden(self, r, para_style: str | None) -> bool:
        """Is the run hidden text (w:vanish, its own or its styles'): a template's instructions, an
        earlier wording kept out of print, which the printed plan does not say."""
        rpr = r.find(w("rPr"))
        hidden = _on(rpr.find(w("vanish"))) if rpr is not None else None
        if hidden is None and rpr is not None:
            hidden = self.styles.prop(_val(rpr.find(w("rStyle"))), "hidden")
        if hidden is None:
            hidden = self.styles.prop(para_style, "hidden")
        return bool(hidden)

    def _raised(self, r, para_style: str | None) -> bool:
        """Is the run set as superscript: by its own properties (a footnote's mark typed by hand,
        "m²"), else by its character style (Word's "Footnote Reference" / "Endnote Reference", or a
        style based on one, applied to a mark typed as text) or its paragraph's style?"""
        rpr = r.find(w("rPr"))
        raised = _vert_align(rpr) if rpr is not None else None
        if raised is None and rpr is not None:
            raised = self.styles.prop(_val(rpr.find(w("rStyle"))), "raised")
        if raised is None:
            raised = self.styles.prop(para_style, "raised")
        return bool(raised)

    def _runs(self, el):
        """The runs of a paragraph in order, through hyperlinks, insertions, fields and content
        controls; deleted text, field instructions and alternate (fallback) content are skipped."""
        for child in el:
            tag = child.tag
            if tag == w("r"):
                yield child
            elif tag in (w("del"), w("moveFrom"), w("pPr"), w("rPr")):
                continue
            elif tag == f"{{{MC_NS}}}AlternateContent":
                choice = child.find(f"{{{MC_NS}}}Choice")
                if choice is not None:
                    yield from self._runs(choice)
            elif tag in (w("hyperlink"), w("ins"), w("moveTo"), w("smartTag"), w("customXml"), w("fldSimple"),
                         w("sdt"), w("sdtContent"), w("dir"), w("bdo")):
                yield from self._runs(child)

    def paragraph(self, p, numbered: bool = True) -> _Para:
        """The paragraph's lines; numbered=False leaves its list number out (and the count): the
        paragraph joins the one before it, whose mark was deleted."""
        ppr = p.find(w("pPr"))
        removed = _mark_removed(ppr)
        style = _val(ppr.find(w("pStyle"))) if ppr is not None else None
        style = style or self.styles.default_para
        # numbering: direct numPr, else the style's
        marker = ""
        num_id, ilvl = None, None
        npr = ppr.find(w("numPr")) if ppr is not None else None
        if npr is not None:
            num_id = _val(npr.find(w("numId")))
            il = _val(npr.find(w("ilvl")))
            ilvl = int(il) if il and il.isdigit() else None
            if num_id is None:  # only ilvl given: the style's list at that level
                inherited = self.styles.num_pr(style)
                num_id = inherited[0] if inherited else None
        else:
            inherited = self.styles.num_pr(style)
            if inherited:
                num_id, ilvl = inherited
        lines: list[list[str | tuple[str, bool, str]]] = [[]]
        bold_flags: list[bool] = []
        legacy_para = False
        for r in self._runs(p):
            if self._hidden(r, style):
                continue
            bold, caps, legacy = self._run_props(r, style)
            raised = self._raised(r, style)
            for child in r:
                tag = child.tag
                if tag == w("t"):
                    text = child.text or ""
                    if raised and not legacy:   # (a legacy font's "¹" is a letter: TCVN3 0xB9 is ạ)
                        text = text.translate(encodings.SUPERSCRIPTS)
                    if legacy and not encodings.typed_in_unicode(text):
                        # decoded with its neighbours in the same font (a VNI mark may open a run)
                        lines[-1].append((legacy[0], legacy[1] or caps, text))
                        legacy_para = True
                    else:
                        lines[-1].append(text.upper() if caps else text)
                    if text.strip():
                        bold_flags.append(bold)
                elif tag == w("tab"):
                    lines[-1].append("\t")
                elif tag in (w("br"), w("cr")):
                    if child.get(w("type")) in (None, "textWrapping"):
                        lines.append([])
                elif tag == w("noBreakHyphen"):
                    lines[-1].append("-")
                elif tag == w("softHyphen") and legacy:
                    # Word saves byte 0xAD (U+00AD, an optional hyphen in Unicode) as this
                    # element: in a TCVN3 font it is the letter ư
                    lines[-1].append((legacy[0], legacy[1] or caps, "\xad"))
                elif tag == w("softHyphen") and self.mangled == "tcvn3":
                    lines[-1].append("\xad")   # (the same letter, in a Unicode font unconverted)
                elif tag in (w("footnoteReference"), w("endnoteReference")):
                    fid = (tag, child.get(w("id")))
                    if fid in self.notes and fid not in self.noted:
                        self.noted.append(fid)
                elif tag == w("sym"):
                    ch = child.get(w("char"), "")
                    try:
                        c = chr(int(ch, 16))
                        lines[-1].append(bullet_char(c, child.get(w("font"))))
                    except ValueError:
                        pass
        texts = [_legacy_line(parts) for parts in lines] if legacy_para else ["".join(parts) for parts in lines]
        if self.mangled and not legacy_para:
            texts = [encodings.repair_piece(t, self.mangled, self.mangled_throughout) for t in texts]
        if removed and not any(t.strip() for t in texts):
            numbered = False   # deleted or moved away whole: Word no longer counts it
        if num_id and num_id != "0" and numbered:
            if ilvl is None:
                ilvl = self.numbering.level_of(num_id, style)
            # an empty numbered paragraph still takes its number in Word
            marker = self.numbering.marker(num_id, ilvl)
            if marker and any(t.strip() for t in texts):
                body = texts[0].lstrip()
                gap = self.numbering.suffix(num_id, ilvl)
                # "follow number with nothing" still parts "I." from "MỤC ĐÍCH": the label's hanging
                # indent or the typist's own space does; a marker ending in a letter or digit
                # ("Điều %1" + ". Phạm vi") or one going on in digits typed after it ("2." + "1. …")
                # is printed against its text
                if not gap and (body != texts[0] or (not marker[-1].isalnum() and body[:1]
                                                      and not body[:1].isdigit())):
                    gap = " "
                texts[0] = marker + gap + body
        return _Para(texts, bool(bold_flags) and all(bold_flags), removed and any(t.strip() for t in texts))

    # -- body
    def block(self, el, sink: list[RawLine]) -> None:
        """Body-level content: paragraphs, tables, content controls."""
        carried: _Para | None = None   # a paragraph whose mark was deleted, waiting for the next
        for child in _frames_in_order(list(el)):
            tag = child.tag
            if tag in (w("p"), w("tbl")) and _page_break_before(child):
                self.page_starts.append(len(sink))
            if carried is not None and tag in (w("tbl"), w("sdt"), w("customXml")):
                self._flush(carried, sink)   # (a table ends the paragraph the deletion ran on)
                carried = None
            if tag == w("p"):
                para = self.paragraph(child, numbered=carried is None)
                if carried is not None:   # one paragraph once the change is accepted
                    joined = carried.lines[:-1] + [carried.lines[-1] + para.lines[0]] + para.lines[1:]
                    para = _Para(joined, carried.bold and para.bold, para.joins_next)
                    carried = None
                if para.joins_next:
                    carried = para
                else:
                    self._flush(para, sink)
                # text boxes anchored in the paragraph (their own paragraphs, after it)
                for tb in _boxes_in_order(child):
                    self.block(tb, sink)
                if self.read_pictures:
                    for picture in _page_pictures(child):
                        line = RawLine(text=PICTURE)
                        self.scans[id(line)] = (line, *picture)
                        sink.append(line)
                if _page_break_after(child):
                    self.page_starts.append(len(sink))
            elif tag == w("tbl"):
                self.table(child, sink)
            elif tag in (w("sdt"), w("customXml")):
                content = child.find(w("sdtContent")) if tag == w("sdt") else child
                if content is not None:
                    self.block(content, sink)
            elif tag in (w("ins"), w("moveTo")):
                self.block(child, sink)
        if carried is not None:
            self._flush(carried, sink)

    @staticmethod
    def _flush(para: _Para, sink: list[RawLine]) -> None:
        for t in para.lines:
            if t.strip():
                sink.append(RawLine(text=t, bold=para.bold))

    def scan_of(self, ln: RawLine) -> tuple[str, float] | None:
        """The page picture a placeholder line stands for, None for any other line."""
        entry = self.scans.get(id(ln))
        return entry[1:] if entry is not None and entry[0] is ln else None

    def footnotes(self, sink: list[RawLine]) -> None:
        """The footnotes and endnotes the body referred to, after it, each one line: the page's
        foot notes first, as they are printed before the end of the document."""
        for fid in sorted(self.noted, key=lambda k: k[0] == w("endnoteReference")):
            texts = []
            for p in self.notes[fid].iter(w("p")):
                texts.extend(t.strip() for t in self.paragraph(p).lines if t.strip())
            if texts:
                sink.append(RawLine(text=" ".join(texts)))

    def cell_text(self, tc) -> tuple[str, bool]:
        lines: list[str] = []
        bolds: list[bool] = []
        for child in tc:
            if child.tag == w("p"):
                para = self.paragraph(child)
                for t in para.lines:
                    if t.strip():
                        lines.append(t.strip())
                        bolds.append(para.bold)
            elif child.tag == w("tbl"):
                for cells, _, _, _ in self.table_rows(child):
                    row = " ".join(c.replace("\n", " ") for c in cells if c.strip())
                    if row:
                        lines.append(row)
                        bolds.append(False)
            elif child.tag in (w("sdt"), w("customXml")):
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                if content is not None:
                    t, b = self.cell_text(content)
                    if t:
                        lines.append(t)
                        bolds.append(b)
        return "\n".join(lines), bool(bolds) and all(bolds)

    def table_rows(self, tbl) -> list[tuple[list[str], bool, tuple[int, ...], tuple[int, ...]]]:
        """Each row's cells (one per grid column), whether it is bold, the columns whose cell
        continues a vertically merged cell of the row above, and those a cell spans past its first
        (gridSpan, hMerge)."""
        grid = tbl.find(w("tblGrid"))
        ncols = len(grid.findall(w("gridCol"))) if grid is not None else 0
        rows: list[tuple[list[str], bool, tuple[int, ...], tuple[int, ...]]] = []
        for tr in _table_children(tbl, "tr"):
            cells: list[str] = []
            bolds: list[bool] = []
            continued: list[int] = []
            across: list[int] = []
            trpr = tr.find(w("trPr"))
            before = _val(trpr.find(w("gridBefore"))) if trpr is not None else None
            if before and before.isdigit():
                cells.extend([""] * int(before))
            for tc in _table_children(tr, "tc"):
                tcpr = tc.find(w("tcPr"))
                span = 1
                vmerge = hmerge = None
                if tcpr is not None:
                    gs = _val(tcpr.find(w("gridSpan")))
                    span = int(gs) if gs and gs.isdigit() and int(gs) > 0 else 1
                    vm = tcpr.find(w("vMerge"))
                    if vm is not None:
                        vmerge = vm.get(w("val"), "continue")
                    hm = tcpr.find(w("hMerge"))
                    if hm is not None:
                        hmerge = hm.get(w("val"), "continue")
                if vmerge == "continue":
                    continued.append(len(cells))
                if vmerge == "continue" or hmerge == "continue":
                    text, bold = "", True
                else:
                    text, bold = self.cell_text(tc)
                cells.append(text)
                if text.strip():
                    bolds.append(bold)
                if span > 1 or hmerge == "continue":
                    across.extend(range(len(cells), len(cells) + span - 1))
                    if hmerge == "continue":
                        across.append(len(cells) - 1)
                cells.extend([""] * (span - 1))
            if len(cells) < ncols:
                cells.extend([""] * (ncols - len(cells)))
            rows.append((cells, bool(bolds) and all(bolds), tuple(continued), tuple(across)))
        return rows

    def _nested_in_layout(self, tbl, sink: list[RawLine]) -> None:
        """A table inside a header or signer layout cell (Nơi nhận's list in a grid of its own, a
        box of the plan's number): read in its place, as a table when it names a task table's
        columns or is itself a layout table, else each row one line as a cell reads it."""
        from extractors.tables import is_header_row  # (the table extractor knows the column names)

        # (told by the typed text: reading the cells through the numbering twice would count on)
        typed = [[" ".join(self.typed_paragraphs(tc)) for tc in _table_children(tr, "tc")]
                 for tr in _table_children(tbl, "tr")]
        if any(is_header_row(cells) for cells in typed[:3]) or (
                is_layout_grid(typed) and not _has_borders(tbl, self.styles)):
            self.table(tbl, sink)
            return
        for cells, bold, _, _ in self.table_rows(tbl):
            row = " ".join(c.replace("\n", " ") for c in cells if c.strip())
            if row:
                sink.append(RawLine(text=row, bold=bold))

    def typed_paragraphs(self, tc) -> list[str]:
        """The texts of a cell's paragraphs as typed, without their list numbers (reading them
        through the numbering would advance its counters before they are read for good), but in
        the letters they print: a table is judged by its words ("Nội dung", "Căn cứ"), which a
        .VnTime or VNI-Times run holds only as its font's bytes."""
        out = []
        for p in tc.iter(w("p")):
            text = "".join(t.text or "" for t in p.iter(w("t"))).strip()
            if text and (self.legacy_fonts or self.mangled) and not text.isascii():
                text = " ".join(t.strip() for t in self.paragraph(p, numbered=False).lines if t.strip())
            if text:
                out.append(text)
        return out

    def table(self, tbl, sink: list[RawLine]) -> None:
        trs = list(_table_children(tbl, "tr"))
        frames = _frame_rows(tbl, trs, self.typed_paragraphs)
        if self.read_pictures:
            # a row holding a page-sized picture holds pages (scans laid out one a cell, as some
            # offices paste them), not a row of a table: its cells are read in order as the body
            # they hold, the picture where it stands, as a picture in a paragraph is
            frames |= {k for k, tr in enumerate(trs) if _page_pictures(tr)}
        if frames:
            # the plan typed inside the table: those rows are read as the body they hold, the
            # rest (a header block above them) as a table of their own
            kept: list = []
            for k, tr in enumerate(trs):
                if k not in frames:
                    kept.append(tr)
                    continue
                if kept:
                    self.table(_sub_table(tbl, kept), sink)
                    kept = []
                for tc in _table_children(tr, "tc"):
                    self.block(tc, sink)
            if kept:
                self.table(_sub_table(tbl, kept), sink)
            return
        rows = self.table_rows(tbl)
        if not rows:
            return
        if _is_layout_table(tbl, rows, self.styles):
            ncols = max(len(c) for c, *_ in rows)
            for col in range(ncols):
                for tc_el in _column_cells(tbl, col):
                    for child in tc_el:
                        if child.tag == w("p"):
                            para = self.paragraph(child)
                            for t in para.lines:
                                if t.strip():
                                    sink.append(RawLine(text=t, bold=para.bold))
                        elif child.tag == w("tbl"):
                            self._nested_in_layout(child, sink)
            return
        tid, self.next_table = self.next_table, self.next_table + 1
        for cells, bold, continued, across in rows:
            if not any(c.strip() for c in cells):
                continue
            sink.append(RawLine(text="\t".join(c.replace("\n", " ") for c in cells), cells=cells, bold=bold,
                                table_id=tid, paragraphs=True, merged_above=continued,
                                merged_left=across))


def _legacy_line(parts: list) -> str:
    """A line whose runs are partly in legacy fonts: each stretch of one font's text decoded, and
    the capitals a .VnTime run could not store put back, judged over the whole line (as the RTF
    reader does) but only in the letters of those runs: a run in a Unicode font keeps its case."""
    runs: list[tuple[str, bool]] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if isinstance(part, str):
            runs.append((part, False))
            i += 1
            continue
        enc, upper, text = part
        i += 1
        while i < len(parts) and isinstance(parts[i], tuple) and parts[i][:2] == (enc, upper):
            text += parts[i][2]
            i += 1
        runs.append((encodings.decode_font_text(text, enc, upper), enc == "tcvn3" and not upper))
    return encodings.recase_runs(runs)


def _vert_align(rpr) -> bool | None:
    """What run properties set of a superscript: True raised, False set back to the baseline (or
    lowered), None when they say nothing."""
    va = rpr.find(w("vertAlign"))
    return None if va is None else va.get(w("val")) == "superscript"


def _footnotes(part) -> dict:
    """The document's footnotes and endnotes (w:footnote, w:endnote), separators left out, by
    (the tag of the mark that refers to them, id); {} when none. An endnote cites documents as a
    footnote does ("¹ Nghị định số …"), printed at the end of the document instead."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    notes: dict = {}
    for rel in part.rels.values():
        kind = "footnote" if rel.reltype == RT.FOOTNOTES else "endnote" if rel.reltype == RT.ENDNOTES else None
        if kind is None or rel.is_external:
            continue
        target = rel.target_part
        root = getattr(target, "element", None)
        if root is None:
            root = etree.fromstring(target.blob, etree.XMLParser(resolve_entities=False, huge_tree=False))
        notes.update(((w(f"{kind}Reference"), n.get(w("id"))), n) for n in root.iter(w(kind))
                     if n.get(w("type")) in (None, "normal"))
    return notes


def _in_box(el, p) -> bool:
    """Is el inside a text box anchored in paragraph p (below p, not p's own box)?"""
    for a in el.iterancestors():
        if a is p:
            return False
        if a.tag == w("txbxContent"):
            return True
    return False


def _page_pictures(p) -> list[tuple[str, float]]:
    """The pictures in a paragraph (or a table row) shown page-sized (SCAN_MIN_CM), in order: the
    relationship id of each one's image and the width it is shown at (cm). DrawingML pictures
    (w:drawing) and VML ones (w:pict's v:imagedata, as older Word and converters write them) alike;
    the VML a DrawingML shape carries as its fallback (mc:Fallback) is the same picture again."""
    out = []
    for pic in p.iter(w("drawing"), w("pict")):
        # a text box's pictures are read with the box's own paragraphs (_boxes_in_order), not as
        # the paragraph it is anchored in: neither the box's shape nor a drawing inside it counts
        if next(pic.iter(w("txbxContent")), None) is not None or _in_box(pic, p) or _in_fallback(pic, p):
            continue
        if pic.tag == w("pict"):
            for data in pic.iter(f"{{{V_NS}}}imagedata"):
                rid = data.get(f"{{{R_NS}}}id") or data.get(f"{{{O_NS}}}relid")
                cx, cy = _vml_size(data.getparent())
                if rid and _page_sized(cx, cy):
                    out.append((rid, cx))
            continue
        frame = next((c for c in pic if c.tag in (f"{{{WP_NS}}}inline", f"{{{WP_NS}}}anchor")), None)
        ext = frame.find(f"{{{WP_NS}}}extent") if frame is not None else None
        try:
            cx, cy = (int(ext.get("cx", "0")) / EMU_PER_CM, int(ext.get("cy", "0")) / EMU_PER_CM) \
                if ext is not None else (0.0, 0.0)
        except ValueError:
            continue
        if not _page_sized(cx, cy):
            continue
        blip = next(pic.iter(f"{{{A_NS}}}blip"), None)
        rid = blip.get(f"{{{R_NS}}}embed") if blip is not None else None
        if rid:
            out.append((rid, cx))
    return out


def _page_sized(cx: float, cy: float) -> bool:
    return min(cx, cy) >= SCAN_MIN_CM[0] and max(cx, cy) >= SCAN_MIN_CM[1]


def _shows_picture(el) -> bool:
    """Does a w:drawing or w:pict show an image (not only a shape: a rule, an empty box)?"""
    return next(el.iter(f"{{{A_NS}}}blip", f"{{{V_NS}}}imagedata"), None) is not None


def _in_fallback(el, stop) -> bool:
    """Is el inside an mc:Fallback below `stop` (the VML copy of a DrawingML shape)?"""
    for a in el.iterancestors():
        if a is stop:
            return False
        if a.tag == f"{{{MC_NS}}}Fallback":
            return True
    return False


# a VML length's unit → centimetres; a bare number is in CSS pixels (96 an inch)
VML_CM = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6, "px": 2.54 / 96, "": 2.54 / 96}
VML_LENGTH = re.compile(r"^\s*([\d.]+)\s*(cm|mm|in|pt|pc|px|)\s*$")


def _vml_size(shape) -> tuple[float, float]:
    """The width and height (cm) a VML shape's style shows it at: (0, 0) when not told in lengths
    (a shape inside a v:group is measured in the group's own coordinates)."""
    parent = shape.getparent()
    if parent is not None and parent.tag == f"{{{V_NS}}}group":
        return 0.0, 0.0
    props = {k.strip().lower(): v for k, v in (part.split(":", 1) for part in (shape.get("style") or "").split(";")
                                                if ":" in part)}
    size = []
    for key in ("width", "height"):
        m = VML_LENGTH.match(props.get(key, ""))
        try:
            size.append(float(m.group(1)) * VML_CM[m.group(2)] if m else 0.0)
        except ValueError:
            size.append(0.0)
    return size[0], size[1]


def _typed_plan(reader: "_Reader", lines: list[RawLine]) -> tuple[bool, bool]:
    """Does the typed text beside the page pictures carry a plan without them: (enough letters,
    and those letters with a type-name line, "KẾ HOẠCH", as a plan typed in Word prints)."""
    typed = [ln for ln in lines if reader.scan_of(ln) is None]
    letters = sum(ch.isalpha() for ln in typed for ch in ln.text) >= TYPED_PLAN_LETTERS
    return letters, letters and any(ln.cells is None and len(ln.text) <= 80 and is_type_line(ln.text.strip())
                                    for ln in typed)


def _scan_lines(reader: "_Reader", lines: list[RawLine]) -> tuple[list[RawLine], float | None]:
    """The lines with each page picture's placeholder replaced by its OCR, as a scanned PDF page is
    read (pipeline.ingest.image prepares it, ocr.ocr_image reads it, in one of the batch's OCR
    slots); a table running from one picture on to the next is one table. Returns the lines and
    the mean OCR confidence (None when no picture was read). Without Tesseract the pictures are
    dropped when the typed text is the plan, and the document refused when it is not.

    A plan typed in Word (a type-name line and TYPED_PLAN_LETTERS letters) with a photo or a
    scanned attachment shown large is read as typed: its pictures are not read (OCR costs seconds
    a page, and a photo's reading is thrown away). Where the typed text has the letters but no
    type line, the pictures are read, and one Tesseract cannot read is skipped, not the plan."""
    from PIL import Image, UnidentifiedImageError

    from pipeline.document import number_tables
    from pipeline.ingest import image, ocr

    typed_letters, typed_plan = _typed_plan(reader, lines)
    if typed_plan:
        return [ln for ln in lines if reader.scan_of(ln) is None], None
    try:
        ocr.check_tesseract()
    except PlanError:
        if typed_letters:
            return [ln for ln in lines if reader.scan_of(ln) is None], None
        raise
    results: list[tuple[int, list[RawLine], float]] = []
    at: dict[int, int] = {}   # placeholder line (id) → its picture's number
    n = 0
    for k, ln in enumerate(lines):
        key = reader.scan_of(ln)
        if key is None:
            continue
        # pictures one after another are pages in a row (a table the page break cut goes on, which
        # join_cut_tables tells by consecutive numbers); typed text between them parts them
        n += 1 if k and reader.scan_of(lines[k - 1]) is not None else 2
        at[id(ln)] = n
        rid, width_cm = key
        try:
            img = Image.open(BytesIO(reader.part.related_parts[rid].blob))
            img.load()
        except (KeyError, AttributeError, UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            continue
        if min(img.size) < SCAN_MIN_PIXELS:
            continue
        # its resolution as printed: the pixels over the width it is shown at
        img.info["dpi"] = (img.width / (width_cm / 2.54),) * 2
        page, photo = image.prepare_page(img)
        try:
            read, conf = ocr.ocr_image(page, dpi=image.TARGET_DPI, page=n,
                                       max_skew=image.PHOTO_MAX_SKEW if photo else ocr.MAX_SKEW)
        except PlanError:
            if typed_letters:
                continue
            raise
        if conf >= SCAN_MIN_CONF and sum(ch.isalpha() for r in read for ch in r.text) >= SCAN_MIN_LETTERS:
            results.append((n, read, conf))
    joined = ocr.join_cut_tables(results)
    by_number = {n: read for n, read, _ in joined}
    out: list[RawLine] = []
    ids: dict[int, int] = {}
    next_table = 0
    for ln in lines:
        if reader.scan_of(ln) is not None:
            read = by_number.get(at.get(id(ln), 0), [])
            for r in read:
                r.page = None   # (a Word document has no pages: the number only kept the ids apart)
        else:
            read = [ln]
        next_table = number_tables(read, next_table, ids)
        out.extend(read)
    return out, ocr.mean_confidence(joined)


def _table_children(el, tag: str):
    """Rows of a table / cells of a row, also those wrapped in content controls or custom XML."""
    for child in el:
        if child.tag == w(tag):
            yield child
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _table_children(content, tag)


def _column_cells(tbl, col: int):
    """The cells that start in grid column `col`, row by row (vertical continuations skipped)."""
    for tr in _table_children(tbl, "tr"):
        pos = 0
        trpr = tr.find(w("trPr"))
        before = _val(trpr.find(w("gridBefore"))) if trpr is not None else None
        if before and before.isdigit():
            pos = int(before)
        for tc in _table_children(tr, "tc"):
            tcpr = tc.find(w("tcPr"))
            span = 1
            cont = False
            if tcpr is not None:
                gs = _val(tcpr.find(w("gridSpan")))
                span = int(gs) if gs and gs.isdigit() and int(gs) > 0 else 1
                vm = tcpr.find(w("vMerge"))
                cont = vm is not None and vm.get(w("val"), "continue") == "continue"
            if pos == col and not cont:
                yield tc
            pos += span


def _frame_rows(tbl, trs: list, typed_paragraphs) -> set[int]:
    """The rows of a table that hold a plan's body typed inside it (pipeline.ingest.layout.frame_rows)."""
    grid = tbl.find(w("tblGrid"))
    ncols = len(grid.findall(w("gridCol"))) if grid is not None else 0
    rows: list[tuple[bool, bool, list[str]]] = []
    for tr in trs:
        tcs = list(_table_children(tr, "tc"))
        if len(tcs) != 1:
            rows.append((False, False, []))
            continue
        tcpr = tcs[0].find(w("tcPr"))
        gs = _val(tcpr.find(w("gridSpan"))) if tcpr is not None else None
        span = int(gs) if gs and gs.isdigit() else 1
        if span < ncols:
            rows.append((False, False, []))
        elif tcs[0].find(w("tbl")) is not None:
            rows.append((True, True, []))
        else:
            rows.append((True, False, typed_paragraphs(tcs[0])))
    return frame_rows(rows)


def _sub_table(tbl, trs: list):
    """A table of some of tbl's rows, with its properties and grid."""
    from copy import deepcopy

    sub = tbl.makeelement(tbl.tag, {})
    for tag in ("tblPr", "tblGrid"):
        el = tbl.find(w(tag))
        if el is not None:
            sub.append(deepcopy(el))
    for tr in trs:
        sub.append(deepcopy(tr))
    return sub


def _has_borders(tbl, styles: Styles) -> bool:
    tblpr = tbl.find(w("tblPr"))
    if tblpr is not None:
        borders = tblpr.find(w("tblBorders"))
        if borders is not None:
            return any(b.get(w("val")) not in ("nil", "none", None) for b in borders)
        if styles.prop(_val(tblpr.find(w("tblStyle"))), "borders"):
            return True
    for borders in tbl.iter(w("tcBorders")):
        if any(b.get(w("val")) not in ("nil", "none", None) for b in borders):
            return True
    return False


def _is_layout_table(tbl, rows: list[tuple[list[str], bool, tuple[int, ...], tuple[int, ...]]],
                     styles: Styles) -> bool:
    """A borderless 2-3 column table that only lays out the header or the signature block."""
    return is_layout_grid([cells for cells, *_ in rows]) and not _has_borders(tbl, styles)


# ---------------------------------------------------------------- PDF converted to Word
# ABBYY FineReader, Adobe's "Export to Word" and online converters rebuild a PDF page by page: the
# header's columns in text boxes or frames placed on the page, each page a section that opens with
# the page number (and a running title) as paragraphs, every printed line its own paragraph, a table
# cut in two at a page break, the signer beside Nơi nhận on tab-aligned lines. Read as a PDF is read.

WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _break_positions(p) -> tuple[bool, bool]:
    """(a page break before any text of the paragraph, one after all of it): Word's rendered
    break (w:lastRenderedPageBreak) and a hard one (w:br w:type="page"). A picture is content as
    text is: a scanned page pasted in and Ctrl+Enter after it ends its page, it does not open one."""
    seen_text = before = after = False
    for el in p.iter(w("t"), w("br"), w("lastRenderedPageBreak"), w("drawing"), w("pict")):
        if el.tag in (w("drawing"), w("pict")):
            if _shows_picture(el):
                seen_text, after = True, False
        elif el.tag == w("t"):
            if (el.text or "").strip():
                seen_text, after = True, False
        elif el.tag == w("lastRenderedPageBreak") or el.get(w("type")) == "page":
            if seen_text:
                after = el.tag != w("lastRenderedPageBreak")  # (a rendered break marks where text goes on)
            else:
                before = True
    return before, after


def _page_break_before(el) -> bool:
    if el.tag == w("tbl"):
        first = next(el.iter(w("p")), None)
        return first is not None and _break_positions(first)[0]
    ppr = el.find(w("pPr"))
    if ppr is not None and _on(ppr.find(w("pageBreakBefore"))):
        return True
    return _break_positions(el)[0]


def _page_break_after(p) -> bool:
    """Does the page end with this paragraph: it closes a section that starts a new page, or a
    hard page break follows its text?"""
    ppr = p.find(w("pPr"))
    sect = ppr.find(w("sectPr")) if ppr is not None else None
    if sect is not None and _val(sect.find(w("type"))) in (None, "nextPage", "oddPage", "evenPage"):
        return True
    return _break_positions(p)[1]


def _in_rows(items: list[tuple[float, float, float, object]]) -> list:
    """(top, bottom, left, item) placed on a page → items in reading order: boxes whose heights
    overlap make one row, read left to right; rows top to bottom."""
    out, row, bottom = [], [], None
    for top, bot, left, item in sorted(items, key=lambda t: (t[0], t[2])):
        if row and top >= bottom:
            out.extend(it for _, it in sorted(row, key=lambda t: t[0]))
            row = []
        row.append((left, item))
        bottom = bot if bottom is None or not row[:-1] else max(bottom, bot)
    out.extend(it for _, it in sorted(row, key=lambda t: t[0]))
    return out


def _offset(anchor, axis: str) -> float | None:
    pos = anchor.find(f"{{{WP_NS}}}position{axis}/{{{WP_NS}}}posOffset")
    try:
        return float(pos.text) if pos is not None else None
    except (TypeError, ValueError):
        return None


def _boxes_in_order(p) -> list:
    """The text boxes anchored in a paragraph, in reading order by where they sit on the page
    (a converter writes them in any order: the motto's box before the issuer's); in the order of
    the XML when a box has no position (inline, or VML only)."""
    boxes = [tb for tb in p.iter(w("txbxContent"))
             if not any(a.tag == f"{{{MC_NS}}}Fallback" for a in tb.iterancestors())]
    if len(boxes) < 2:
        return boxes
    placed = []
    origins = set()   # positions measured from different things (page, margin, paragraph) do not compare
    for tb in boxes:
        anchor = next((a for a in tb.iterancestors() if a.tag == f"{{{WP_NS}}}anchor"), None)
        x = _offset(anchor, "H") if anchor is not None else None
        y = _offset(anchor, "V") if anchor is not None else None
        if x is None or y is None:
            return boxes
        origins.add(tuple(anchor.find(f"{{{WP_NS}}}position{a}").get("relativeFrom") for a in "HV"))
        ext = anchor.find(f"{{{WP_NS}}}extent")
        height = float(ext.get("cy", "0") or 0) if ext is not None else 0.0
        placed.append((y, y + max(height, 1.0), x, tb))
    return _in_rows(placed) if len(origins) == 1 else boxes


FRAME_ROW = 600  # twips: frames whose tops lie closer than about a line are side by side


def _frames_in_order(children: list) -> list:
    """Body children with each run of framed paragraphs (w:framePr at a position) in reading
    order: frames level with each other left to right, as the PDF shows them ("Nơi nhận" left of
    the signer that the converter wrote first)."""
    if not any(c.tag == w("p") and c.find(f"{w('pPr')}/{w('framePr')}") is not None for c in children):
        return children
    out: list = []
    run: list[tuple[tuple[str, str], object]] = []

    def close() -> None:
        frames: dict[tuple[str, str], list] = {}
        for key, el in run:
            frames.setdefault(key, []).append(el)
        keys = list(frames)
        if len(keys) >= 2 and all(k[0].lstrip("-").isdigit() and k[1].lstrip("-").isdigit() for k in keys):
            items = [(int(k[1]), int(k[1]) + FRAME_ROW, int(k[0]), k) for k in keys]
            keys = _in_rows(items)
        out.extend(el for k in keys for el in frames[k])
        run.clear()

    for c in children:
        fp = c.find(f"{w('pPr')}/{w('framePr')}") if c.tag == w("p") else None
        if fp is None:
            if run:
                close()
            out.append(c)
            continue
        run.append(((fp.get(w("x"), "") or "", fp.get(w("y"), "") or ""), c))
    if run:
        close()
    return out


def line_per_paragraph(lines: list[RawLine]) -> bool:
    """Was every printed line made a paragraph of its own (a PDF converted to Word)? Many prose
    lines then go on in lower case after a line that ended no clause, which a typist's paragraphs
    never do."""
    from pipeline.normalize import ends_clause

    prose = [ln.text.strip() for ln in lines if ln.cells is None and ln.text.strip()]
    broken = sum(1 for a, b in zip(prose, prose[1:]) if b[:1].islower() and not ends_clause(a))
    return broken >= 3 and broken >= 0.15 * len(prose)


def _furniture(text: str) -> bool:
    return len(text) <= 12 and PAGE_NUMBER.match(text) is not None


def _converted_pages(lines: list[RawLine], starts: list[int]) -> list[RawLine]:
    """The lines of a converted document without its page furniture and with the rows a page
    break cut joined again.

    - at each page break, a page number alone on its line (the last line before the break or the
      first after it), and a line that opens two pages or more (a running title), are dropped;
    - a table that opens a page under a table of as many columns is that table: a header row
      repeated on the new page is left out, and a first row whose STT is empty, under a numbered
      row, is the rest of that row: its cells are joined to that row's;
    - when every printed line was made a paragraph, a cell's paragraphs are its printed lines,
      to be rejoined where they merely wrapped (RawLine.paragraphs off), as a PDF's are."""
    if starts:
        from pipeline.normalize import MARKER_START

        edges = sorted(set(starts))
        drop = {k for s in edges for k in (s - 1, s)
                if 0 <= k < len(lines) and lines[k].cells is None and _furniture(lines[k].text.strip())}
        openers: dict[str, list[int]] = {}
        for s in edges:
            k = next((k for k in range(s, min(s + 2, len(lines))) if k not in drop), None)
            # a page picture opening each page (scans pasted one a page) is a page, not a title
            if k is not None and lines[k].cells is None and lines[k].text != PICTURE:
                openers.setdefault(lines[k].text.strip(), []).append(k)
        for text, ks in openers.items():
            if len(ks) >= 2 and len(text) < 150 and MARKER_START.match(text) is None:
                drop.update(ks)
        kept: list[RawLine] = []
        new_starts: set[int] = set()
        for k, ln in enumerate(lines):
            if k in starts:
                new_starts.add(len(kept))
            if k not in drop:
                kept.append(ln)
        lines = _rows_rejoined(kept, new_starts)
    if line_per_paragraph(lines):
        for ln in lines:
            if ln.cells is not None:
                ln.paragraphs = False
    return lines


def _rows_rejoined(lines: list[RawLine], starts: set[int]) -> list[RawLine]:
    """The tables that open a page (`starts`) under a table of as many columns, joined to it (see
    _converted_pages)."""
    out: list[RawLine] = []
    header: dict[int, list[str]] = {}     # each table's first row
    renamed: dict[int, int] = {}          # a table continued on the next page → the table it continues
    fresh: int | None = None              # the table continued on this page, before its first row
    for k, ln in enumerate(lines):
        prev = out[-1] if out else None
        if ln.table_id is not None and ln.table_id in renamed:
            ln.table_id = renamed[ln.table_id]
        elif (k in starts and ln.table_id is not None and prev is not None and prev.table_id is not None
              and prev.table_id != ln.table_id and len(ln.cells or []) == len(prev.cells or [])):
            renamed[ln.table_id] = ln.table_id = prev.table_id
            fresh = prev.table_id
        if fresh is not None and ln.table_id == fresh and prev is not None and ln.cells:
            if ln.cells == header.get(fresh):
                continue   # the header repeated on the new page
            fresh = None
            if not ln.cells[0].strip() and prev.cells and prev.cells[0].strip() and any(c.strip() for c in ln.cells):
                prev.cells = [f"{a}\n{b}" if a.strip() and b.strip() else a + b for a, b in zip(prev.cells, ln.cells)]
                prev.text = "\t".join(c.replace("\n", " ") for c in prev.cells)
                prev.paragraphs = False   # (where the page cut the cell is no paragraph of its author's)
                continue
        elif ln.table_id != fresh:
            fresh = None
        if ln.table_id is not None:
            header.setdefault(ln.table_id, ln.cells or [])
        out.append(ln)
    return out


TAB_RUN = re.compile(r"\t+")
TAB_BLOCK_MAX = 20   # lines: a header block or Nơi nhận beside the signer, not a page of tabbed text


def _tab_split(text: str) -> tuple[str, str] | None:
    """A line set in two columns by tabs: (left, right), either possibly empty; None when the line
    holds no tab or more than one gap (a tabbed form, not two columns)."""
    if "\t" not in text:
        return None
    gaps = [m for m in TAB_RUN.finditer(text) if text[:m.start()].strip() or text[m.end():].strip()]
    inner = [m for m in gaps if text[:m.start()].strip() and text[m.end():].strip()]
    if len(inner) > 1:
        return None
    m = inner[0] if inner else gaps[0] if gaps else None
    if m is None:
        return None
    return text[:m.start()].strip(), text[m.end():].strip()


def _left_alone(lines: list[RawLine], j: int) -> bool:
    """Is the untabbed line j the left column's, in a tab-aligned block that goes on below it? So
    when the next line is tabbed, or when it is one of a few recipients ("- …") in a row that a
    tabbed line closes (nothing beside them while the signature's space is left blank); never
    the type name under the header."""
    for k in range(j, min(j + 8, len(lines))):
        if lines[k].cells is not None:
            return False
        if k > j and _tab_split(lines[k].text) is not None:
            return True
        text = lines[k].text.strip()
        if is_type_line(text) or (k > j and not _is_item(text)):
            return False
        if k == j and not _is_item(text):
            return k + 1 < len(lines) and _tab_split(lines[k + 1].text) is not None
    return False


def _is_item(text: str) -> bool:
    return text[:1] in ("-", "+", "•", "–")


def _tab_columns(lines: list[RawLine]) -> list[RawLine]:
    """The header block and the signature block that a layout-preserving converter sets in tab-
    aligned lines ("ỦY BAN NHÂN DÂN⇥⇥CỘNG HÒA …", "Nơi nhận:⇥⇥KT. CHỦ TỊCH"): a run of lines
    split by one tab gap, with a cue of the header or the signature block in each column, is read
    as its left column's lines, then its right column's, as a layout table is."""
    if not any("\t" in ln.text for ln in lines if ln.cells is None):
        return lines
    out: list[RawLine] = []
    k = 0
    while k < len(lines):
        run: list[tuple[RawLine, tuple[str, str]]] = []
        j = k
        while j < len(lines) and lines[j].cells is None and len(run) < TAB_BLOCK_MAX:
            split = _tab_split(lines[j].text)
            if split is None and run and _left_alone(lines, j):
                split = (lines[j].text.strip(), "")   # nothing beside it: the converter set no tab
            if split is None:
                break
            run.append((lines[j], split))
            j += 1
        left = [(ln, t[0]) for ln, t in run if t[0]]
        right = [(ln, t[1]) for ln, t in run if t[1]]
        if len(run) >= 2 and run[0][1][0] and run[0][1][1] \
                and LAYOUT_CUES.search("\n".join(t for _, t in left)) \
                and LAYOUT_CUES.search("\n".join(t for _, t in right)):
            # the list of Nơi nhận going on under the signer's name, nothing beside it
            while left and _is_item(left[-1][1]) and j < len(lines) and lines[j].cells is None \
                    and "\t" not in lines[j].text and _is_item(lines[j].text.strip()):
                left.append((lines[j], lines[j].text.strip()))
                j += 1
            out.extend(RawLine(text=t, page=ln.page, bold=ln.bold) for ln, t in left + right)
            k = j
            continue
        out.append(lines[k])
        k += 1
    return out


# ---------------------------------------------------------------- entry point


# What only a plan's header block prints: the national motto (or a Party body's heading in its
# place) and the "Số: 12/KH-UBND" line. Folded to no diacritics and lower case before matching.
_HEADER_CUE = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\W+tu do\W+hanh phuc|dang cong san viet nam"
                         r"|(?:^|\n)so\s*:\s*[\d.…_ ]*/\s*[a-z]")
LETTERHEAD_LOOK = 20   # lines at the top of the body where a header block would stand


def _folded(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFD", text).replace("\u0111", "d").replace("\u0110", "D")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _has_header_cue(lines: list[RawLine]) -> bool:
    return any(_HEADER_CUE.search(_folded("\n".join(ln.cells) if ln.cells else ln.text)) for ln in lines)


def _letterhead(reader: "_Reader", document, lines: list[RawLine]) -> list[RawLine]:
    """A plan typed on a letterhead template keeps its header block (issuer, motto, "Số:", place
    and date) in the first page's Word header, not in the body: when the body opens without any
    cue of a header block and the first page's header (its own, else the section's) holds one,
    that header's content is the plan's first lines. A running header (a file name, "Trang 2") is
    no header block and stays out, as do headers when the body has its own block."""
    if not document.sections or _has_header_cue(lines[:LETTERHEAD_LOOK]):
        return lines
    section = document.sections[0]
    headers = [section.first_page_header] if section.different_first_page_header_footer else []
    headers.append(section.header)
    for header in headers:
        if header.is_linked_to_previous:   # (the first section: no header part of that kind)
            continue
        head: list[RawLine] = []
        reader.block(header._element, head)
        if _has_header_cue(head):
            return head + lines
    return lines


def read(data: bytes, path: Path, source_format: str = "docx") -> RawDocument:
    """A .docx file's bytes to a RawDocument."""
    import docx  # python-docx

    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = {i.filename: i for i in zf.infolist()}
            media = any(name.startswith("word/media/") for name in names)
            main = names.get("word/document.xml")
            if main is None:
                raise PlanError("corrupt_docx", "the file is a ZIP archive without word/document.xml, so not a "
                                "Word document; open it in Word or LibreOffice and save it as .docx or PDF")
            if main.file_size > MAX_XML_BYTES:
                raise PlanError("corrupt_docx", f"the Word document's text part unpacks to {main.file_size >> 20} MiB, "
                                "too large to be a plan; save it again from Word, or export it as PDF")
    except zipfile.BadZipFile as exc:
        raise PlanError("corrupt_docx", f"the Word file is not a readable ZIP package ({exc}); it may be truncated: "
                        "download it again or save it anew from Word") from exc
    try:
        document = docx.Document(BytesIO(data))
    except PlanError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on a damaged package
        raise PlanError("corrupt_docx", f"the Word document cannot be opened ({type(exc).__name__}: {exc}); "
                        "open it in Word or LibreOffice and save it again as .docx, or export it as PDF") from exc
    try:
        reader = _Reader(document)
        reader.read_pictures = media
        lines: list[RawLine] = []
        reader.block(document.element.body, lines)
        lines = _converted_pages(lines, reader.page_starts)
        lines = _tab_columns(lines)
        lines = _letterhead(reader, document, lines)
        confidence = None
        if reader.scans:
            lines, confidence = _scan_lines(reader, lines)
        reader.footnotes(lines)
    except PlanError:
        raise
    except Exception as exc:
        raise PlanError("corrupt_docx", f"the Word document's content cannot be read ({type(exc).__name__}: {exc}); "
                        "save it again from Word, or export it as PDF") from exc
    return RawDocument(lines=lines, source_format=source_format, pages=None, ocr=confidence is not None,
                       ocr_confidence=confidence)
