"""Reader for RTF files, which often arrive named .doc ("{\\rtf1…" inside).

The RTF is walked group by group: text, \\'hh bytes and \\uN characters are kept; the font table,
styles, pictures, headers, footers, field instructions and other hidden destinations are skipped.
Paragraphs become lines, table rows (\\cell … \\row) rows with cells, as the DOCX reader gives
them. Footnotes (\\footnote groups, written where their mark stands) are read aside and follow
the body, one line each in order of reference, as the DOCX and PDF readers place them: a plan cites
documents in them, and inline they would split the sentence that carries their mark.

Bytes are decoded in the encoding of the font they are set in: a .VnTime/.VnArial font is TCVN3
(its ".VnTimeH" twin draws capitals), a VNI-Times font is VNI, \\fcharset163 is Windows-1258,
other fonts the document's \\ansicpg code page; so plans typed in the old Vietnamese fonts come
out in Unicode with their capitals.
"""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.document import RawDocument, RawLine
from pipeline.errors import PlanError
from pipeline.ingest import encodings
from pipeline.ingest.docx import bullet_char

TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+")
# Destinations whose text is not part of the plan's body.
SKIP = {
    "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf", "footer",
    "footerl", "footerr", "footerf", "annotation", "fldinst", "themedata", "colorschememapping",
    "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
    "pgdsctbl", "revtbl", "filetbl", "nonshppict", "shp", "shpinst", "template", "userprops", "docvar",
    "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "bkmkstart", "bkmkend", "mmathPr", "wgrffmtfilter",
    "passwordhash", "xe", "tc", "private", "atnid", "atnauthor", "protusertbl", "defchp", "defpap", "fchars",
    "lchars", "ud",
}
NOTE_AHEAD = re.compile(rb"[\r\n]*\\footnote(?![a-zA-Z])")
SYMBOLS = {"emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
           "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " "}
CHARSETS = {0: None, 1: None, 2: "latin-1", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk",
            136: "big5", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
            186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}
# Words of the two-column header (issuer | national motto, number | place and date) and signature
# block (Nơi nhận | signer) of a plan, which Word lays out as a borderless table.
LAYOUT_WORDS = re.compile(r"C[ỘO]NG\s+H[ÒOÀ]A|Độc lập|(?:^|\s)Số\s*:|Nơi nhận|CHỦ TỊCH|(?:TM|KT|TL)\.\s", re.I)


class _State:
    __slots__ = ("skip", "uc", "font", "intbl", "fonttbl", "listtext", "caps", "note")

    def __init__(self) -> None:
        self.skip = False
        self.note = False   # inside a footnote's group
        self.uc = 1
        self.font: int | None = None
        self.intbl = False
        self.fonttbl = False
        self.listtext = False
        self.caps = False

    def copy(self) -> "_State":
        new = _State()
        for k in self.__slots__:
            setattr(new, k, getattr(self, k))
        return new


class _Reader:
    def __init__(self, mangled: tuple[str | None, bool] = (None, False)) -> None:
        self.mangled = mangled                  # (encoding, throughout) of mangled text (encodings.mangled_encoding)
        self.para_in_legacy = False             # does the paragraph hold a run in a legacy font?
        self.codepage = "cp1252"
        self.fonts: dict[int, tuple[str, str | None]] = {}  # number → (name, codec of its charset)
        self.default_font: int | None = None
        self.lines: list[RawLine] = []
        self.para: list[str] = []            # the paragraph (or cell) being read
        self.run = bytearray()               # bytes waiting to be decoded in run_font's encoding
        self.run_key: tuple | None = None
        self.legacy_para: list[int] = []     # which of its pieces are text in a .VnTime (small letters) font
        self.row: list[str] = []
        self.cell_paras: list[str] = []
        self.table: list[list[str]] = []        # rows of the table being read
        self.next_table = 0
        self.font_done: set[int] = set()        # fonts whose name ended (";")
        self.notes: list[str] = []              # the footnotes read, each one line
        self.note_paras: list[str] = []         # the paragraphs of the footnote being read
        self.body_para: tuple[list[str], list[int]] = ([], [])   # the body's paragraph a footnote interrupts

    # ------------------------------------------------------------ text
    def _encoding(self, st: _State) -> tuple[str, bool]:
        """(codec or legacy name, capitals) of the current font."""
        font = st.font if st.font is not None else self.default_font
        name, charset = self.fonts.get(font, ("", None)) if font is not None else ("", None)
        legacy = encodings.font_encoding(name)   # .VnTime, .VnTimeH, VNI-Times …
        return legacy if legacy is not None else (charset or self.codepage, False)

    def add_bytes(self, st: _State, data: bytes) -> None:
        key = self._encoding(st) + (st.caps,)
        if key != self.run_key:
            self.flush_run()
            self.run_key = key
        self.run.extend(data)

    def add_text(self, text: str) -> None:
        self.flush_run()
        self.para.append(text)

    def flush_run(self) -> None:
        if not self.run:
            return
        codec, upper, caps = self.run_key
        data = bytes(self.run)
        if codec == "tcvn3":
            text = encodings.decode_tcvn3(data, recase=False)
        elif codec == "vni":
            text = encodings.decode_vni(data)
        else:
            try:
                text = data.decode(codec, errors="replace")
            except LookupError:
                text = data.decode("cp1252", errors="replace")
        if codec == "tcvn3" and not (upper or caps):
            self.legacy_para.append(len(self.para))
        if codec in ("tcvn3", "vni"):
            self.para_in_legacy = True
        self.para.append(text.upper() if upper or caps else text)
        self.run = bytearray()

    def _para_text(self) -> str:
        """The paragraph read so far; capitals put back where a .VnTime font could not store them
        (in its text only: a run in a Unicode font keeps its case)."""
        if self.legacy_para:
            small = set(self.legacy_para)
            text = encodings.recase_runs([(piece, k in small) for k, piece in enumerate(self.para)])
        else:
            text = "".join(self.para)
        if self.mangled[0] is not None and not self.para_in_legacy:
            text = encodings.repair_piece(text, *self.mangled)
        self.para = []
        self.legacy_para = []
        self.para_in_legacy = False
        return text

    # ------------------------------------------------------------ structure
    def begin_note(self) -> None:
        self.flush_run()
        self.body_para = (self.para, self.legacy_para)
        self.para, self.legacy_para = [], []
        self.note_paras = []

    def end_note(self) -> None:
        self.flush_run()
        self.note_paras.append(self._para_text())
        text = " ".join(" ".join(p.split()) for p in self.note_paras if p.strip())
        if text:
            self.notes.append(text)
        self.para, self.legacy_para = self.body_para
        self.note_paras = []

    def end_paragraph(self, st: _State) -> None:
        self.flush_run()
        text = self._para_text()
        if st.note:
            self.note_paras.append(text)
            return
        if st.intbl:
            self.cell_paras.append(text)
            return
        self._close_table()
        self.lines.append(RawLine(text=text))

    def end_cell(self) -> None:
        self.flush_run()
        self.cell_paras.append(self._para_text())
        self.row.append("\n".join(p for p in self.cell_paras if p.strip()))
        self.cell_paras = []

    def end_row(self) -> None:
        self.flush_run()
        if self.para or self.cell_paras:
            self.end_cell()
        if any(c.strip() for c in self.row):
            self.table.append(self.row)
        self.row = []

    def _close_table(self) -> None:
        """Lay out the rows of the table that just ended: as rows with cells, or as prose when it
        is layout (one column, or the two-column header / signature block of a plan)."""
        if self.row or self.cell_paras or self.para:
            self.end_row()
        rows, self.table = self.table, []
        if not rows:
            return
        ncols = max(len(r) for r in rows)
        text = " ".join(c for r in rows for c in r)
        if ncols < 2 or (ncols == 2 and len(rows) <= 6 and LAYOUT_WORDS.search(text)):
            for col in range(ncols):  # the left column's paragraphs, then the right column's
                for r in rows:
                    if col < len(r):
                        self.lines.extend(RawLine(text=p) for p in r[col].split("\n") if p.strip())
            return
        table_id, self.next_table = self.next_table, self.next_table + 1
        for r in rows:
            self.lines.append(RawLine(text=" ".join(c for c in r if c), cells=r, table_id=table_id, paragraphs=True))

    def finish(self, st: _State) -> list[RawLine]:
        self.flush_run()
        if self.para:
            self.end_paragraph(st)
        self._close_table()
        self.lines.extend(RawLine(text=n) for n in self.notes)
        return self.lines


def read(data: bytes, path: Path) -> RawDocument:
    """An RTF file's bytes to a RawDocument."""
    start = data.find(b"{\\rtf")
    if start < 0:
        raise PlanError("corrupt_rtf", "the file does not start like an RTF document; save it again as DOCX or PDF")
    lines = _parse(data, start)
    # text in a Unicode font that is really legacy bytes (a .VnTime file given Times New Roman
    # unconverted): told over the whole document, then read again with every paragraph repaired
    # as it ends, before any table is judged by its words
    mangled = encodings.mangled_encoding([ln.text for ln in lines] + [c for ln in lines for c in ln.cells or ()])
    if mangled[0] is not None:
        lines = _parse(data, start, mangled)
    return RawDocument(lines=lines, source_format="rtf")


def _parse(data: bytes, start: int, mangled: tuple[str | None, bool] = (None, False)) -> list[RawLine]:
    r = _Reader(mangled)
    st = _State()
    stack: list[_State] = []
    fresh = False      # just after "{": the next control word may name a destination
    skip_chars = 0     # fallback characters still to skip after \uN
    pos = start
    n = len(data)
    while pos < n:
        m = TOKEN.match(data, pos)
        if m is None:  # a lone backslash at the end
            break
        pos = m.end()
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if brace is not None:
            skip_chars = 0
            if brace == b"{":
                stack.append(st)
                st = st.copy()
                fresh = True
            else:
                if stack:
                    r.flush_run()
                    if st.note and not stack[-1].note and not st.skip:
                        r.end_note()
                    st = stack.pop()
                fresh = False
            continue
        if m.lastindex is None:
            continue   # a line break in the file, which RTF ignores (a destination may follow it)
        was_fresh, fresh = fresh, False
        if word is not None:
            w = word.decode("ascii")
            num = int(arg) if arg is not None else None
            if w == "bin" and num:
                pos += max(num, 0)  # raw binary data (pictures)
                continue
            if st.skip:
                continue
            if was_fresh and w == "footnote" and not st.note:
                st.note = True
                r.begin_note()
                continue
            if was_fresh and w in SKIP:
                st.skip = True
                continue
            if w == "fonttbl":
                st.fonttbl = True
            elif st.fonttbl:
                if w == "f" and num is not None:
                    st.font = num
                    r.fonts.setdefault(num, ("", None))
                elif w == "fcharset" and st.font is not None:
                    name, _ = r.fonts[st.font]
                    r.fonts[st.font] = (name, CHARSETS.get(num or 0))
            elif w == "ansicpg" and num:
                r.codepage = f"cp{num}"
            elif w == "deff":
                r.default_font = num
            elif w == "f":
                st.font = num
            elif w == "uc":
                st.uc = max(num or 0, 0)
            elif w == "u" and num is not None:
                c = chr(num + 65536 if num < 0 else num) if -32768 <= num <= 0x10FFFF else "\ufffd"
                if st.listtext:   # a bullet in Symbol is written as its private-use code: read its sign
                    c = bullet_char(c, r.fonts.get(st.font, ("", None))[0] if st.font is not None else None)
                r.add_text(c)
                skip_chars = st.uc
                continue
            elif w == "line" and st.intbl:
                r.add_text("\n")
            elif w in ("par", "sect", "page", "line"):
                r.end_paragraph(st)
            elif w == "pard":
                st.intbl = False
            elif w == "intbl":
                st.intbl = True
            elif w in ("cell", "nestcell"):
                r.end_cell()
            elif w in ("row", "nestrow"):
                r.end_row()
            elif w == "tab":
                r.add_text(" " if st.listtext else "\t")
            elif w == "listtext" or w == "pntext":
                st.listtext = True
            elif w == "caps":
                st.caps = num != 0
            elif w in SYMBOLS:
                r.add_text(SYMBOLS[w])
            skip_chars = 0
            continue
        if symbol is not None:
            ch = symbol.decode("latin-1")
            if ch == "*" and was_fresh:
                if NOTE_AHEAD.match(data, pos):
                    fresh = True   # "{\\*\\footnote …}", as LibreOffice writes a footnote
                else:
                    st.skip = True
                continue
            if st.skip or st.fonttbl:
                continue
            if skip_chars:
                skip_chars -= 1
                continue
            if ch in "\\{}":
                r.add_bytes(st, ch.encode())
            elif ch == "~":
                r.add_text("\u00a0")
            elif ch == "_":
                r.add_text("-")
            elif ch in "\r\n":
                r.end_paragraph(st)
            continue
        if hexbyte is not None:
            if st.skip:
                continue
            if skip_chars:
                skip_chars -= 1
                continue
            b = bytes([int(hexbyte, 16)])
            if st.fonttbl:
                _font_name(r, st, b.decode("latin-1"))
            else:
                r.add_bytes(st, b)
            continue
        if text is not None:
            if st.skip:
                continue
            if skip_chars:
                k = min(skip_chars, len(text))
                text = text[k:]
                skip_chars -= k
                if not text:
                    continue
            if st.fonttbl:
                _font_name(r, st, text.decode("latin-1"))
            else:
                r.add_bytes(st, text)
    return r.finish(st)


def _font_name(r: _Reader, st: _State, text: str) -> None:
    """Font table text: the name runs up to ";"."""
    if st.font is None or st.font in r.font_done:
        return
    name, charset = r.fonts.get(st.font, ("", None))
    if ";" in text:
        text = text.split(";")[0]
        r.font_done.add(st.font)
    r.fonts[st.font] = (name + text, charset)


def font_encoding_name(name: str) -> str | None:
    """'tcvn3' / 'vni' for the font names of those encodings (used by tests and other readers)."""
    legacy = encodings.font_encoding(name)
    return legacy[0] if legacy is not None else None
