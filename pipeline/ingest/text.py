"""Reader for plans that arrive as text: .txt, .md, .html and MIME web archives (.mht).

The bytes are decoded by `decode_bytes`: UTF-8 (with or without BOM, a few broken bytes
tolerated), UTF-16/32, the charset a web page declares, and the legacy Vietnamese encodings
TCVN3, VNI and Windows-1258 when their reading is clearly Vietnamese (pipeline.ingest.encodings);
binary data raises NotText ("not_text"), text in no encoding we can tell UnknownEncoding
("unknown_encoding"), each with a sentence saying what to do.
Lines keep their markup (normalize strips it); tab-separated lines, markdown pipe and grid tables
and HTML table rows (also HTML tables inside Markdown) become rows with cells, so every source
feeds one table model. HTML is tokenized by libxml2 (lxml's parser with a target): the standard
library's html.parser, in Python, took longer over a page than the whole rest of the reading.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from types import MappingProxyType
from typing import Iterable, Mapping

from lxml import etree

from pipeline.document import RawDocument, RawLine, number_tables
from pipeline.ingest import encodings
from pipeline.ingest.layout import LAYOUT_CUES, frame_rows, is_layout_grid, page_columns
from pipeline.memo import memo
from pipeline.normalize import ZERO_WIDTH, has_zero_width

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# A grid table (pandoc's Markdown for a Word table whose cells wrap): "+---+---+" rules between
# rows ("+===+" under the header), each row's text wrapped over lines "| … | … |" in its columns.
GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
# (each run of spaces read by one \s* only: "\s*\|?\s*" splits a long run every way before it fails)
PIPE_SEPARATOR = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
# GFM's delimiter row needs one dash a cell (":--|:--", "-|-"); so short, it is one only under a table's
# first line (see pipe_rows): further down, "| - | - |" is a row whose cells print nothing.
SHORT_PIPE_SEPARATOR = re.compile(r"^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$")
HTML_DOC = re.compile(r"<\s*(html|body|table|p|div)\b", re.I)


class NotText(ValueError):
    """The bytes are not text in any encoding we read; str(exc) is a sentence a person can act on."""
    code = "not_text"


class UnknownEncoding(NotText):
    """The bytes look like text, but neither UTF-8 nor a Vietnamese legacy encoding reads them."""
    code = "unknown_encoding"


UTF8_MIN_LETTERS = 20   # UTF-8 with this many non-ASCII letters …
UTF8_MAX_BROKEN = 0.05  # … and at most this share of broken sequences is UTF-8 with a few bad bytes
CONTROL_MAX = 0.01      # more C0 control bytes than this share: binary, not text
TEXT_MIN = 0.55         # text has at least this share of printable ASCII and white space,
SPACES_MIN = 0.05       # … or (another script) this share of spaces and line breaks
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c\x1a") + b"\x7f"
_PRINTABLE = bytes(range(0x20, 0x7f)) + b"\t\n\r"
CHARSET_DECLARATION = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)


def decode(data: bytes) -> str:
    """Bytes to str (see `decode_bytes`)."""
    return decode_bytes(data)[0]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes to (text, encoding read).

    UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM and UTF-16 without one are read as
    such; UTF-8 that is really a legacy encoding saved again as Unicode is repaired. Other bytes
    are read in the charset an HTML/XML file declares, or in the legacy Vietnamese encoding
    (TCVN3, VNI, Windows-1258) whose reading is clearly Vietnamese (pipeline.ingest.encodings).
    Raises NotText for binary data and UnknownEncoding for text in no encoding we can tell."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _checked(data[3:].decode("utf-8")), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]  # a UTF-8 BOM in front of legacy bytes: read what follows it
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _checked(_strict(data, "utf-32")), "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(_strict(data, "utf-16")), "utf-16"
    wide = _utf16_without_bom(data)
    if wide:
        return _checked(_strict(data, wide)), wide
    head = data[:65536]
    if b"\x00" in head:
        raise NotText(f"the file is binary data, not text (it holds NUL bytes, the first at byte {head.index(0)}; "
                      f"it starts with {_hex(data)})")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # (one pass, not one per byte value)
    if controls > CONTROL_MAX * len(head):
        raise NotText(f"the file is binary data, not text ({controls} control bytes in its first {len(head)}; "
                      f"it starts with {_hex(data)})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        fixed, legacy = encodings.repair_mojibake(text)
        return fixed, ("utf-8" if legacy is None else f"{legacy} saved as utf-8")
    # UTF-8 with a few broken bytes (a stray Windows-1252 "…", a file cut mid-letter): keep the
    # text, the broken bytes shown as U+FFFD. Legacy bytes give broken sequences everywhere.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    letters = len(text) - len(text.encode("ascii", "ignore")) - broken
    if letters >= UTF8_MIN_LETTERS and broken <= UTF8_MAX_BROKEN * letters:
        return text, f"utf-8 ({broken} broken byte sequence{'s' if broken > 1 else ''} replaced)"
    return _legacy(data, bad)


def _legacy(data: bytes, bad: int) -> tuple[str, str]:
    m = CHARSET_DECLARATION.search(data[:4096])
    declared = (m.group(1) or m.group(2)).decode("ascii") if m else None
    found = encodings.detect(data, declared)
    if found.encoding is not None:
        if found.encoding in ("tcvn3", "vni") and NAMES_A_FONT.search(data):
            kept = unicode_font_text_kept(data)
            if kept != data:
                return encodings.LEGACY[found.encoding](kept), found.encoding
        return found.text, found.encoding
    head = data[:65536]
    printable = len(head) - len(head.translate(None, _PRINTABLE))
    spaces = sum(head.count(c) for c in b" \n")
    if printable < TEXT_MIN * len(head) and spaces < SPACES_MIN * len(head):
        raise NotText(f"the file is binary data, not text (only {printable / len(head):.0%} of its first bytes are "
                      f"printable and {spaces / len(head):.0%} are spaces or line breaks; it starts with {_hex(data)})")
    ranked = found.ranking()
    name, best = ranked[0]
    if best.accented < encodings.MIN_ACCENTED:
        why = "it has too few accented letters to tell which"
    else:
        why = (f"the best reading, {encodings.NAMES.get(name, name)}, makes Vietnamese words of only "
               f"{best.share:.0%} of its accented words")
    raise UnknownEncoding(
        f"the file is text but not UTF-8 (byte {bad} is not valid UTF-8), and it does not read as Vietnamese in "
        f"the legacy encodings TCVN3 (ABC), VNI or Windows-1258 either: {why}; open it with the font it was typed "
        "in (e.g. .VnTime or VNI-Times) and save it as Unicode (UTF-8) text, or convert it with Unikey's converter")


# A web page saved by Word from an old .VnTime (VNI-Times) document edited later: the words retyped
# in a Unicode font sit in elements that name it (<span style='font-family:"Times New Roman"'>,
# <font face=Arial>), their Latin-1 letters as the same bytes the legacy font's letters are ("Giáo"
# is TCVN3's "Giỏo"). Those letters are written as character references before the page is
# decoded, so they are kept as they are.
NAMES_A_FONT = re.compile(rb"(?i)(?<![\w-])font-family\s*:|\sface\s*=")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>|<!--.*?-->", re.S)
_TAG_FONT = re.compile(r"""(?i)(?<![\w-])font-family\s*:\s*(?:&quot;|["'])?\s*([^;,"'&]+)"""
                       r"""|\sface\s*=\s*["']?([^"',>]+)""")
_VOID_TAGS = frozenset("br hr img input meta link col area base wbr source".split())
_SKIPPED_TAGS = frozenset(("style", "script", "head", "title"))


def _tag_font(attrs: str) -> bool | None:
    """True when a tag's own style names a Unicode font, False a legacy one, None neither."""
    m = _TAG_FONT.search(attrs)
    if m is None:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    if not name or name.lower() in ("inherit", "initial"):
        return None
    return encodings.font_encoding(name) is None


def unicode_font_text_kept(data: bytes) -> bytes:
    """The page with every non-ASCII byte of the text inside an element that names a Unicode font
    (and not, nearer, a legacy one) written as the character reference of its Windows-1252 letter."""
    page = data.decode("latin-1")
    out: list[str] = []
    stack: list[tuple[str, bool | None]] = []
    unicode = False
    at = 0
    for m in _TAG.finditer(page):
        if m.start() > at:
            text = page[at:m.start()]
            out.append(_as_references(text) if unicode and not text.isascii() else text)
        at = m.end()
        out.append(m.group())
        name = (m.group(2) or "").lower()
        if not name or name in _VOID_TAGS or m.group(3).rstrip().endswith("/"):
            continue
        if m.group(1):   # a closing tag: back to the element that holds it
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == name:
                    del stack[k:]
                    break
        else:
            stack.append((name, None if name in _SKIPPED_TAGS else _tag_font(m.group(3))))
        unicode = next((f for _, f in reversed(stack) if f is not None), False)
    tail = page[at:]
    out.append(_as_references(tail) if unicode and not tail.isascii() else tail)
    return "".join(out).encode("latin-1")


def _as_references(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        try:
            out.append(f"&#{ord(bytes([ord(ch)]).decode('cp1252'))};")
        except UnicodeDecodeError:
            out.append(ch)
    return "".join(out)


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise NotText(f"the file says it is {codec.upper()} text but byte {exc.start} breaks that encoding; "
                      "it may be truncated or damaged: save or export it again as UTF-8 text") from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit in every other position (ASCII in UTF-16)
    and the whole file decodes so; None otherwise."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:
        return None
    head = head[:len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    codec = ("utf-16-le" if odd > 0.3 * half and even < 0.1 * half
             else "utf-16-be" if even > 0.3 * half and odd < 0.1 * half else None)
    if codec is None or len(data) % 2:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def _checked(text: str) -> str:
    """Decoded text that is really binary (many control characters) is refused."""
    head = text[:65536]
    controls = sum(1 for ch in head if (ch < " " and ch not in "\t\n\r\x0b\x0c\x1a") or ch == "\x7f")
    if controls > CONTROL_MAX * max(len(head), 1):
        raise NotText(f"the file decodes as text but is mostly control characters ({controls} in its first "
                      f"{len(head)}): it is binary data, not a plan")
    return text


def _hex(data: bytes) -> str:
    return " ".join(f"{b:02X}" for b in data[:8])


def lines_from_text(text: str, page: int | None = None, spaced: bool = True) -> list[RawLine]:
    """Plain or markdown text to raw lines; tab-separated and pipe-table lines become rows, and so
    do the rows of a table laid out with spaces (pdftotext -layout: pipeline.ingest.spaced)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # the columns are found in the text as displayed; the other lines keep every character, for the
    # repair of a legacy file's lines later (a TCVN3 "ư" read as Latin-1 is a soft hyphen)
    shown = as_displayed(text) if spaced and not text.isascii() else text
    if spaced and ("   " in shown or "\f" in shown):
        from pipeline.ingest.spaced import split_layout

        parts = split_layout(shown)
        if parts is not None:
            out = _concat(lines_from_text(part, page, spaced=False) if isinstance(part, str) else part
                          for part in parts)
            for ln in out:
                ln.page = page
            return out
    lines = text.split("\n")
    if "\t" not in text and "|" not in text:
        # no line can be a row (a tab or a pipe makes one): every line is prose
        return [RawLine(line, page) for line in lines]
    out: list[RawLine] = []
    table_id = None
    next_table = 0
    grid: list[int] | None = None      # the open grid table's column edges
    grid_row: list[list[str]] = []     # the wrapped lines of its open row, cell by cell
    delimiters: frozenset[int] = frozenset()
    rows: frozenset[int] = frozenset()
    if "|" in text:   # (a text tabbed into columns has no pipe table)
        delimiters, rows = pipe_rows(lines)
    for k, line in enumerate(lines):
        if grid is not None:
            if "|" in line and PIPE_ROW.match(line):
                grid_row.append(_grid_cells(line, grid))
                continue
            if grid_row:
                out.append(_grid_line(grid_row, page, table_id))
                grid_row = []
            if GRID_RULE.match(line):
                continue
            grid = None
        if line[:1] == "+" or line[:1].isspace() and line.lstrip()[:1] == "+":
            if GRID_RULE.match(line):
                grid = [i for i, c in enumerate(line) if c == "+"]
                if table_id is None:
                    table_id, next_table = next_table, next_table + 1
                continue
        # (both table patterns need a "|": the cheap test goes first)
        pipe = "|" in line
        if pipe and (PIPE_SEPARATOR.match(line) or k in delimiters):
            continue
        cells = None
        if "\t" in line and line.strip():
            cells = line.split("\t")
        elif pipe and (PIPE_ROW.match(line) or k in rows):
            cells = line.strip().strip("|").split("|")
        if cells is not None:
            if table_id is None:
                table_id, next_table = next_table, next_table + 1
            out.append(RawLine(line, page, cells, False, table_id))
        else:
            if line.strip():
                table_id = None  # prose between rows ends the physical table
            out.append(RawLine(line, page))
    if grid_row:
        out.append(_grid_line(grid_row, page, table_id))
    return out


def pipe_rows(lines: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """(delimiter rows, rows) of the pipe tables whose lines need not hold a "|" at both ends (PIPE_ROW
    needs that). Each table starts at a line over a line of as many cells, and
    - either the line under it is a delimiter row ("TT | Nội dung | Thời gian" over "---|---|---", as
      GFM allows): the rows are the line and the lines after the delimiter that hold a "|", up to the
      first that does not (an empty line); a row may leave out its last cells ("2 | Kiểm tra | Công
      an xã |"). A delimiter with fewer than three dashes in a cell (":--|:--", SHORT_PIPE_SEPARATOR)
      is one only under a table's first line with no "|" line over it;
    - or the first line's cells name a task table's columns (extractors.tables.names_task_columns:
      "STT | Nội dung | Người thực hiện | Ghi chú" over "1 | Khai giảng | Ban giám hiệu | |"): the rows
      are it and the lines after it with as many cells, up to the first that has not.
    A line with a "|" that opens neither (a menu, "Trang chủ | Tin tức") stays prose."""
    # each line's count of cells, 0 for a line without a "|"
    cells = [line.strip().strip("|").count("|") + 1 if "|" in line else 0 for line in lines]
    delimiters: set[int] = set()
    rows: set[int] = set()
    for i in range(len(lines) - 1):
        n = cells[i]
        if not n or cells[i + 1] != n:
            continue
        below = lines[i + 1]
        if "-" in below and SHORT_PIPE_SEPARATOR.match(below) \
                and (not (i and cells[i - 1]) or PIPE_SEPARATOR.match(below)):
            delimiters.add(i + 1)
            if n >= 2:
                rows.add(i)
                j = i + 2
                while j < len(lines) and cells[j]:
                    rows.add(j)
                    j += 1
            continue
        if n < 2 or i in rows or PIPE_ROW.match(lines[i]):   # (a row of a table found already opens none)
            continue
        from extractors.tables import names_task_columns  # (the columns' names live with the extractors)

        if names_task_columns(lines[i].strip().strip("|").split("|")):
            j = i
            while j < len(lines) and cells[j] == n:
                rows.add(j)
                j += 1
    return frozenset(delimiters), frozenset(rows)


def as_displayed(text: str) -> str:
    """The text one character to a column, as it is displayed: composed (NFC: a Mac's NFD text
    gives a toned letter two or three characters), with nothing of zero width (a soft hyphen, a
    zero-width space) and a no-break space as a space. Columns laid out with spaces line up so
    whichever of them the converter or a portal left in the text."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if has_zero_width(text):
        text = ZERO_WIDTH.sub("", text)
    return text.replace("\u00a0", " ") if "\u00a0" in text else text


def _grid_cells(line: str, edges: list[int]) -> list[str]:
    """One wrapped line of a grid table's row, cut at the column edges of its rule. A cell that
    spans columns (no "|" at an edge) keeps its text in its first column and "" in the others, as
    Word's reader gives a gridSpan. The edges are display columns: a combining mark (text in NFD,
    as a converter copies it from a Mac's file) takes none, as the converter counted. A line that
    does not fit the edges (tabs) is cut at its own "|"s."""
    at = _column_starts(line)
    if len(at) > edges[-1] + 1 and all(line[at[e]] == "|" for e in (edges[0], edges[-1])):
        cells, start = [], 0
        for k in range(1, len(edges)):
            if line[at[edges[k]]] == "|" or k == len(edges) - 1:
                cells.append(line[at[edges[start]] + 1:at[edges[k]]].strip())
                cells.extend([""] * (k - start - 1))
                start = k
        return cells
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells + [""] * (len(edges) - 1 - len(cells))


def _column_starts(line: str) -> list[int]:
    """Where each display column of the line starts in the string, and its end: a combining mark
    shares its letter's column."""
    if line.isascii():
        return list(range(len(line) + 1))
    return [i for i, c in enumerate(line) if not unicodedata.combining(c)] + [len(line)]


def _grid_line(parts: list[list[str]], page: int | None, table_id: int | None) -> RawLine:
    """A grid table's row from its wrapped lines: each cell's pieces joined with a space (the
    converter wrapped them at the column's width, not at the author's paragraphs); a blank line
    inside a cell parts two of its paragraphs ("Tuyên truyền …" / "- Treo băng rôn …"), kept apart
    by a line break as other readers keep a cell's paragraphs."""
    width = max(len(p) for p in parts)
    cells = [_grid_cell([p[c] if c < len(p) else "" for p in parts]) for c in range(width)]
    return RawLine(" | ".join(c.replace("\n", " ") for c in cells), page, cells, False, table_id)


def _grid_cell(pieces: list[str]) -> str:
    paragraphs: list[list[str]] = [[]]
    for piece in pieces:
        if piece:
            paragraphs[-1].append(piece)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n".join(" ".join(p) for p in paragraphs if p)


MAX_COLSPAN = 64     # larger spans are page layout, or damage: a row is never that wide
MAX_ROWSPAN = 1000
# a ruled table: border="1", or a CSS border other than none/0 on the table or a cell
_CSS_BORDER = re.compile(r"border(?:-(?:top|bottom|left|right))?\s*:\s*(?!none|0(?:\s|;|$|[a-z]))[^;]*"
                         r"(?:solid|double|dotted|dashed|\d*\.?\d+\s*(?:pt|px))", re.I)


# An element's attributes as (name, value) pairs (lxml gives them as a dict's items).
Attrs = Iterable[tuple[str, str | None]]


def _ruled(attrs: Attrs) -> bool:
    """A table or cell drawn with lines: a border attribute above 0 or a CSS border."""
    for key, value in attrs:
        if key == "border" and value and value.strip().isdigit() and int(value.strip()) > 0:
            return True
        if key == "style" and value and "border" in value and _CSS_BORDER.search(value):
            return True
    return False


# A cell whose own style takes its lines away ("border:none", "border: 0", "border-style: hidden"):
# Word's saved page of a table whose borders were removed still says border=1 on the table (its
# MsoTableGrid style), and an editor's table (TinyMCE, CKEditor) keeps border="1" while each cell of
# a header laid out in it says "border: none".
_NO_BORDER = re.compile(r"(?<![\w-])border(?:-style)?\s*:\s*(?:none|hidden|0(?:px|pt)?)\b", re.I)


def _unbordered(attrs: Attrs) -> bool:
    """A cell whose style draws it with no lines."""
    return any(key == "style" and value and "border" in value and _NO_BORDER.search(value) is not None
               and _CSS_BORDER.search(value) is None for key, value in attrs)


# An ordered list's marker as a browser prints it before each item: a page saved from Word by
# LibreOffice or pandoc keeps the plan's automatic numbering ("I." over the parts, "1." over the
# items) only as <ol type="I" start="3"> and <li>, never in the text. A lettered list prints "a)",
# the form a plan's numbering gives its letters (the page keeps the list's type, not its suffix).
# A page that prints the number itself (LibreOffice's XHTML: "list-style: none" and the label in a
# span of its own, glued to the text: "I.MỤC ĐÍCH") keeps it, spaced from the text.
_PRINTED_MARKER = re.compile(r"\s*(?:[IVXLCivxlc]{1,6}|\d{1,3}(?:\.\d{1,3})*|[A-Za-zđ])[.)](?!\d)")


BULLET = "-"


def _list_marker(kind: str, n: int) -> str:
    """The marker of the n-th item of an <ol type=kind>."""
    from pipeline.ingest.docx import letter, roman   # (docx's reader imports this module's package)

    if kind == "I":
        return roman(n) + "."
    if kind == "i":
        return roman(n).lower() + "."
    if kind == "a":
        return letter(n) + ")"
    if kind == "A":
        return letter(n).upper() + "."
    return f"{n}."


def _list_number(attrs: Attrs, name: str) -> int | None:
    """An <ol start> or <li value> as a number; None when absent, not one, or beyond any plan's count
    (a damaged start="999999999" would spell a million Ms)."""
    value = next((v for k, v in attrs if k == name), None)
    try:
        n = int(value.strip()) if value is not None else None
    except ValueError:
        return None
    return n if n is not None and 0 <= n <= 999 else None


def _span(attrs: Attrs, name: str, limit: int) -> int:
    """A cell's colspan/rowspan: 1 when absent, not a number or below 1 ("0": to the end, read as 1)."""
    for key, value in attrs:
        if key == name and value:
            digits = value.strip().rstrip(";")
            if digits.isdigit():
                return max(1, min(int(digits), limit))
    return 1


# A saved web page's own furniture around the document: navigation, the site's header and footer,
# lists of related documents, search and login boxes. Named by HTML5's tags, or by the words of the
# element's class or id ("breadcrumb", "relatedDocs", "loginNotice", "main-menu").
CHROME_TAGS = frozenset({"nav", "aside", "footer"})
CHROME_WORDS = frozenset({"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer",
                          "sidebar", "related", "tabs", "login", "banner", "search", "social", "share",
                          "comment", "comments", "topbar", "advert", "ads", "cookie", "copyright"})
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# The same furniture named in Vietnamese without marks, as the country's portals name it, found in
# the class or id with its separators dropped ("tin-lien-quan", "tinLienQuan", "box_tinkhac"):
# related or other news, same-category lists, comments, sharing, login, search, ads, the footer
# (chân trang), the breadcrumb (đường dẫn).
CHROME_VIET = ("lienquan", "tinkhac", "cungchuyenmuc", "binhluan", "chiase", "dangnhap", "timkiem",
               "quangcao", "chantrang", "duongdan")
_CLASS_SEPARATORS = re.compile(r"[\s_\-]+")


# A table a page builds of <div>s with CSS ("display: table" or a class naming a table, its rows
# each a <div> under it, "display: table-row"; a cell each <div> of a row): read as the <table>,
# <tr> and <td> it draws. A <div> of class "row" outside such a table is a page's layout grid, no
# table row (Bootstrap's "row" of "col-md-8" | "col-md-4").
DIV_TABLE_CLASSES = frozenset({"table", "tbl", "divtable", "div-table", "table-div", "bang", "bang-bieu"})
_DISPLAY = re.compile(r"(?<![\w-])display\s*:\s*([a-z-]+)", re.I)


def _div_role(attrs: Attrs, parent: str | None) -> str | None:
    """The table element a <div> draws ("table", "tr", "td"), given the role of the <div> it sits
    directly in; None for a <div> that draws none."""
    display = classes = ""
    for key, value in attrs:
        if key == "style" and value:
            m = _DISPLAY.search(value)
            display = m.group(1).lower() if m else display
        elif key == "class" and value:
            classes = value.lower()
    if display == "table-cell" or parent == "tr":
        return "td" if parent == "tr" else None
    if display == "table-row" or parent == "table":
        return "tr" if parent == "table" else None
    if display == "table" or DIV_TABLE_CLASSES.intersection(classes.split()):
        return "table"
    return None


# Elements that hold the page's content whatever their class says ("<body class='has-navbar'>").
CONTENT_TAGS = frozenset({"html", "body", "main", "article"})


def _is_chrome(tag: str, attrs: Attrs) -> bool:
    if tag in CONTENT_TAGS:
        return False
    if tag in CHROME_TAGS:
        return True
    for key, value in attrs:
        if (key == "class" or key == "id") and value and chrome_name(value):
            return True
    return False


@memo(4096)   # (a site's pages repeat their few dozen class names on every element)
def chrome_name(value: str) -> bool:
    """Does a class or id name the page's furniture (CHROME_WORDS, CHROME_VIET)?"""
    if any(w.lower() in CHROME_WORDS for w in _CLASS_WORD.findall(value)):
        return True
    joined = _CLASS_SEPARATORS.sub("", value).lower()
    return any(w in joined for w in CHROME_VIET)


# Styles that print an element's text in capitals whatever case its characters are stored in: a
# TCVN3 capitals font (".VnTimeH": its typists typed small letters; Word's saved page names it in
# a style or a <font face>), or CSS "text-transform: uppercase" (Word's All caps). A page naming
# neither (the cheap test) is read without looking at styles. (Each alternative opens with its
# punctuation, case-blind after it: the search skips to a "." or "-" instead of trying every position.)
CAPITALS_CUE = re.compile(r"\.(?i:vn[\w ]*h\b)|-(?<=(?i:text-))(?i:transform)")
_FONT_FAMILY = re.compile(r"(?<![\w-])font-family\s*:\s*([^;,]+)", re.I)
_TEXT_TRANSFORM = re.compile(r"(?<![\w-])text-transform\s*:\s*([a-z-]+)", re.I)


def _capitals(attrs: Attrs) -> bool | None:
    """Whether an element's own style prints its text in capitals; None when it does not say."""
    said = None
    for key, value in attrs:
        if not value:
            continue
        if key == "style":
            m = _TEXT_TRANSFORM.search(value)
            if m and m.group(1).lower() != "inherit":
                return m.group(1).lower() == "uppercase"
            m = _FONT_FAMILY.search(value)
            if m:
                said = encodings.is_capitals_font(m.group(1))
        elif key == "face":
            said = encodings.is_capitals_font(value.split(",")[0])
    return said


# A hyperlink's text inside a table cell is held between these marks until the cell ends, to tell
# which of the cell's lines are links (_cell_parts), as _HtmlLines._flush tells the page's own lines.
LINK_OPEN, LINK_CLOSE = "\x01", "\x02"
_LINKED_TEXT = re.compile("\x01[^\x02]*\x02")
_OPENS_LINKED = re.compile("[\\s\\-–—•·+*▪►»]*\x01")


def _cell_parts(text: str) -> tuple[list[str], dict[int, bool]]:
    """A cell's lines (its paragraphs and breaks) without the link marks, and those that open with
    a hyperlink's text (a list's bullet before it aside), each True when the line is the link
    alone (SOLE_LINK_REST), as link_lines has the page's own lines."""
    if LINK_OPEN not in text:
        return [part.strip() for part in text.split("\n") if part.strip()], {}
    parts: list[str] = []
    links: dict[int, bool] = {}
    for part in text.split("\n"):
        clean = part.replace(LINK_OPEN, "").replace(LINK_CLOSE, "").strip()
        if not clean:
            continue
        if _OPENS_LINKED.match(part):
            links[len(parts)] = SOLE_LINK_REST.fullmatch(_LINKED_TEXT.sub("", part)) is not None
        parts.append(clean)
    return parts, links


def _link_row(tds: list[tuple]) -> bool:
    """A table's row that lists another post: each of its cells' lines a hyperlink alone or a
    posting date ("» <a>Kế hoạch số 18/KH-UBND …</a> | (12/03/2025)"), at least one a link, no
    table inside. A plan's own table has a cell of its own text (STT, a unit, a deadline)."""
    linked = False
    for parts, tables, _, links in tds:
        if tables:
            return False
        for j, part in enumerate(parts):
            if links.get(j):
                linked = True
            elif not SOLE_LINK_REST.fullmatch(part):
                return False
    return linked


class _HtmlLines:
    """Walks an HTML document: block elements end lines, table cells become row cells. It is the
    target of lxml's HTML parser, which calls start, end and data as it reads the page (and closes
    the elements a page leaves open)."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table", "ul", "ol",
              "section", "article", "header", "footer", "blockquote", "pre", "hr"}
    VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source"}

    def __init__(self, drop_chrome: bool = True, styled_capitals: bool = False, escaped: bool = False) -> None:
        self.drop_chrome = drop_chrome  # leave out the page's furniture (_is_chrome)
        self.escaped = escaped  # the page's text writes its line breaks escaped (written_escaped)
        # the text read since the last tag: the parser hands a long text over in pieces, and an
        # escape may straddle two
        self.pending: list[str] = []
        self.styled_capitals = styled_capitals  # the page may print text in capitals by its style
        self.capitals: list[tuple[str, bool]] = []  # (tag, in capitals) of the open elements that say
        self.lines: list[RawLine] = []
        self.buf: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0
        self.chrome: list[str] = []  # the open chrome element's tag, then each same tag nested in it
        self.bold = 0
        self.line_bold = False
        self.table_depth = 0
        self.table_ids: list[int] = []
        self.next_table = 0
        # per open table, the columns a cell of an earlier row still covers (rowspan): column ->
        # rows left
        self.spans: list[dict[int, int]] = []
        self.cell_span = (1, 1)   # (colspan, rowspan) of the open cell
        # the open lists, innermost last: [type, the next item's number] of an <ol>, None of a <ul>;
        # and the marker of the item just opened, printed before its first line of text
        self.lists: list[list | None] = []
        self.marker = ""
        self.row_covered: list[int] = []   # the open row's columns a rowspan above covers
        self.raised = 0    # open <sup> elements (encodings.SUPERSCRIPTS)
        self.pre = 0       # open <pre> elements: a plain text shown as typed, read as text (_preformatted)
        self.pre_text: list[str] = []
        self.row_across: list[int] = []    # the open row's columns a colspan before covers
        # per open table: [index of its first line in self.lines, ruled, holds another table]
        self.frames: list[list] = []
        # the open elements (serial numbers, outermost first), and for each line the elements it
        # sits in: which part of the page holds the document (_document_only)
        self.path: list[int] = []
        self.serial = 0
        self.paths: list[tuple[int, ...]] = []
        # the open <a> elements (True for a hyperlink), and the lines that open with a hyperlink's
        # text, a list's bullet before it aside: a portal's lists of other documents ("Phụ lục kèm
        # theo Công văn 1180/BYT-KCB …"), each True when the line is the link alone (SOLE_LINK_REST)
        self.anchors: list[bool] = []
        self.opens_linked: bool | None = None   # of the line being read, once it has text
        self.unlinked: list[str] = []   # of the line being read, its text outside hyperlinks
        self.link_lines: dict[int, bool] = {}
        # a table inside a cell: the outer row and cell it interrupts (with the index of the table's
        # first line), and the tables read so far inside the open cell (their lines and paths)
        self.outer: list[tuple] = []
        self.cell_tables: list[tuple[list[RawLine], list[tuple[int, ...]], dict[int, bool]]] = []
        # the open row's cells: (lines, their tables, the cell's elements, the lines opening with a
        # hyperlink as link_lines has them, by index in the lines)
        self.row_tds: list[tuple] = []
        self.cell_path: tuple[int, ...] = ()
        # the rows of one cell: that cell's lines ("\x00k" where its k-th table stands) and its
        # tables' lines with their paths, by id of the row's line (a frame is told at the table's end)
        self.single: dict[int, tuple] = {}
        # the rows of several cells one of which holds a table: each cell's (lines, tables, elements),
        # by id of the row's line (a page laid out in a table: menu | the document | sidebar)
        self.columns: dict[int, tuple] = {}
        # the open <div>s, each the table element it draws or None (_div_role)
        self.div_roles: list[str | None] = []

    def _flush(self, ended: bool = False) -> None:
        """The line read so far ends: `ended`, at a block element's end (not a <br>); whether the
        page's author ended it there is told over the page (_paragraph_ends)."""
        if not self.buf:   # (most calls: a block opening or closing right after another)
            self.line_bold = False
            self.opens_linked = None
            if self.unlinked:
                self.unlinked = []
            return
        text = "".join(self.buf)
        if text.strip():
            if self.marker:
                # an item typing its own marker keeps it (a <ul style="list-style:none"> whose items
                # print "I.", "1.", "a)" themselves): no bullet or number put before it
                printed = _PRINTED_MARKER.match(text)
                if printed is None:
                    if self.marker != BULLET or not LIST_BULLET.match(text):
                        text = self.marker + " " + text.lstrip()
                elif text[printed.end():printed.end() + 1].isalpha():
                    text = text[:printed.end()] + " " + text[printed.end():]
                self.marker = ""
            if self.opens_linked:
                self.link_lines[len(self.lines)] = SOLE_LINK_REST.fullmatch("".join(self.unlinked)) is not None
            self.lines.append(RawLine(text=text, bold=self.line_bold, ended=ended))
            self.paths.append(tuple(self.path))
        self.buf = []
        self.line_bold = False
        self.opens_linked = None
        self.unlinked = []

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        if self.pending:
            self._text()
        # (lxml hands an element without attributes an empty mapping whose items() is iterated in
        # Python, at a cost per element: most elements have none)
        attrs = attrib.items() if attrib else ()
        if tag == "div":
            # (a table drawn by <div>s: see _div_role; its roles close with their <div>s)
            role = None if self.chrome or self.skip else _div_role(attrs, self.div_roles[-1] if self.div_roles else None)
            self.div_roles.append(role)
            tag = role or tag
        if self.chrome:
            if tag == self.chrome[0]:
                self.chrome.append(tag)
            return
        if self.drop_chrome and tag not in self.VOID and _is_chrome(tag, attrs):
            self._flush()
            self.chrome.append(tag)
            return
        if tag not in self.VOID:
            if tag in self.BLOCKS and self.cell is None:
                self._flush(ended=True)  # (the text before a block belongs to the element around it)
            self.serial += 1
            self.path.append(self.serial)
        if self.styled_capitals and tag not in self.VOID:
            caps = _capitals(attrs)
            if caps is not None:
                self.capitals.append((tag, caps))
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag == "table":
            self._flush()
            self.marker = ""   # (an item that opens with a table numbers none of its rows)
            if self.cell is not None and self.row is not None:
                self.outer.append((self.row, self.cell, self.cell_span, self.row_covered, self.row_tds,
                                   self.cell_tables, self.cell_path, len(self.lines), self.row_across))
                self.row = self.cell = None
                self.row_tds, self.cell_tables = [], []
            if self.frames:
                self.frames[-1][2] = True
            # [first line, ruled by the table, holds a table, ruled by a cell, cells, cells drawn bare]
            self.frames.append([len(self.lines), _ruled(attrs), False, False, 0, 0])
            self.table_ids.append(self.next_table)
            self.spans.append({})
            self.next_table += 1
        elif tag == "tr":
            self._flush()
            self.row = []
            self.row_covered = []
            self.row_across = []
            self.row_tds = []
        elif tag in ("td", "th") and self.row is not None:
            self._covered()
            self.cell = []
            self.cell_tables = []
            self.cell_path = tuple(self.path)
            self.cell_span = (_span(attrs, "colspan", MAX_COLSPAN), _span(attrs, "rowspan", MAX_ROWSPAN))
            if self.frames:
                frame = self.frames[-1]
                frame[4] += 1
                if _ruled(attrs):
                    frame[3] = True
                elif _unbordered(attrs):
                    frame[5] += 1
        elif tag in ("ol", "ul") and self.cell is None:
            start = _list_number(attrs, "start") if tag == "ol" else None
            kind = next(((v or "").strip() for k, v in attrs if k == "type"), "1") if tag == "ol" else ""
            self.lists.append([kind, 1 if start is None else start] if tag == "ol" else None)
        elif tag == "li" and self.cell is None:
            self._flush()
            top = self.lists[-1] if self.lists else None
            self.marker = ""
            if top is not None:
                n = _list_number(attrs, "value")
                n = top[1] if n is None else n
                top[1] = n + 1
                self.marker = _list_marker(top[0], n)
            elif self.lists:
                self.marker = BULLET   # (a <ul>'s item is printed after its bullet, as a typed "- " item)
        elif tag == "a":
            self.anchors.append(any(k == "href" for k, _ in attrs))
        elif tag == "sup":
            self.raised += 1
        elif tag == "pre" and self.cell is None:
            self.pre += 1
        elif tag == "br" and self.pre:
            self.pre_text.append("\n")   # (a page typing its plain text with <br>s, not line ends)
        elif tag in ("b", "strong"):
            self.bold += 1
            if not "".join(self.buf).strip():
                self.line_bold = True
        elif tag in self.BLOCKS:
            if self.cell is not None:
                self.cell.append("\n")  # a paragraph or break inside a cell: kept (RawLine.paragraphs)
            else:
                self._flush()

    def end(self, tag: str) -> None:
        if self.pending:
            self._text()
        if tag == "div":
            tag = (self.div_roles.pop() if self.div_roles else None) or tag
        if self.chrome:
            if tag == self.chrome[0]:
                self.chrome.pop()
            return
        if tag not in self.VOID and self.path:
            if tag in self.BLOCKS and self.cell is None:
                self._flush(ended=True)  # (its text is inside it)
            self.path.pop()
        if self.capitals:
            for k in range(len(self.capitals) - 1, -1, -1):
                if self.capitals[k][0] == tag:
                    del self.capitals[k:]   # (with any styled element left open inside it)
                    break
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag == "sup":
            self.raised = max(0, self.raised - 1)
        elif tag == "pre" and self.pre:
            self.pre -= 1
            if not self.pre:
                self._preformatted()
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            col = len(self.row)
            colspan, rowspan = self.cell_span
            # a merged cell keeps its text in its first column and "" in the others, as Word's
            # reader gives gridSpan and vMerge (pipeline.ingest.docx): body rows and a header
            # row with "Cơ quan thực hiện" over "Chủ trì | Phối hợp" then line up column by column
            parts, links = _cell_parts("".join(self.cell))
            self.row_tds.append((parts, self.cell_tables, self.cell_path, links))
            if self.cell_tables:   # a table in the cell: its rows are lines of the cell, as Word's reader reads it
                parts = [t for part in parts for t in ([ln.text for ln in self.cell_tables[int(part[1:])][0]]
                                                       if part.startswith("\x00") else [part])]
            self.row.append("\n".join(parts))
            self.row_across.extend(range(col + 1, col + colspan))
            self.row.extend([""] * (colspan - 1))
            if rowspan > 1 and self.spans:
                for c in range(col, col + colspan):
                    self.spans[-1][c] = rowspan - 1
            self.cell = None
        elif tag == "tr" and self.row is not None:
            pending = self.spans[-1] if self.spans else {}
            while any(c >= len(self.row) for c in pending):
                self.row.extend([""] * (min(c for c in pending if c >= len(self.row)) - len(self.row)))
                self._covered()
            tid = self.table_ids[-1] if self.table_ids else None
            self.paths.append(tuple(self.path))
            self.lines.append(RawLine(text=" ".join(c.replace("\n", " ") for c in self.row), cells=self.row,
                                      table_id=tid, paragraphs=True, merged_above=tuple(self.row_covered),
                                      merged_left=tuple(self.row_across)))
            if _link_row(self.row_tds):
                self.link_lines[len(self.lines) - 1] = True
            if len(self.row_tds) == 1:
                self.single[id(self.lines[-1])] = (self.lines[-1], *self.row_tds[0])
            elif any(td[1] for td in self.row_tds):
                self.columns[id(self.lines[-1])] = (self.lines[-1], self.row_tds)
            self.row = None
        elif tag == "table":
            if self.table_ids:
                self.table_ids.pop()
            if self.spans:
                self.spans.pop()
            if self.frames:
                frame = self.frames.pop()
                self._frames_as_body(frame[0])
                # a table ruled by its border attribute whose every cell takes the lines away is drawn bare
                ruled = frame[3] or frame[1] and not (frame[4] and frame[5] == frame[4])
                self._layout_as_prose(frame[0], ruled, frame[2])
            if self.outer and self.row is None and self.cell is None:
                self._back_in_cell()
        elif tag in ("ol", "ul") and self.cell is None:
            if self.lists:
                self.lists.pop()
            self.marker = ""
        elif tag == "li" and self.cell is None:
            self._flush()
            self.marker = ""   # (an item with no text gives its number to no other line)
        elif tag == "a":
            if self.anchors:
                self.anchors.pop()
        elif tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag in self.BLOCKS:
            if self.cell is None:
                self._flush()
            elif tag not in self.VOID:
                # text after a paragraph in a cell is a line of its own ("<h2>title</h2><i>date</i>")
                self.cell.append("\n")

    def _preformatted(self) -> None:
        """A <pre> block ends (a portal showing a plain-text plan as typed): its lines as the text
        reader reads them, its blank lines, columns set apart by spaces and typed tables kept."""
        text, self.pre_text = "".join(self.pre_text), []
        if not text.strip():
            return   # (a <pre> in a table's cell gives its text to the cell)
        typed = lines_from_text(text.strip("\n"))
        self.next_table = number_tables(typed, self.next_table)
        self.lines.extend(typed)
        self.paths.extend([tuple(self.path)] * len(typed))

    def _layout_as_prose(self, start: int, ruled: bool, nested: bool) -> None:
        """A borderless table that only lays out the header (issuer | motto, "Số:" | place and
        date) or the signature block (Nơi nhận | signer) becomes prose, the left column's lines
        then the right column's, as Word's reader and the PDF reader give the same page: a
        sub-body under its parent ("UBND HUYỆN X" / "PHÒNG Y") then keeps its own line."""
        rows = self.lines[start:]
        if ruled or nested or any(r.cells is None for r in rows) or not is_layout_grid([r.cells for r in rows]):
            return
        if len(_property_lines(rows)) == len(rows):
            return   # a portal's box of the document's fields ("Số:" | "32/KH-UBND"), no header of its own
        ncols = max(len(r.cells) for r in rows)
        prose = [RawLine(text=line) for col in range(ncols) for r in rows if col < len(r.cells)
                 for line in r.cells[col].split("\n") if line.strip()]
        self.lines[start:] = prose
        self.link_lines = {k: v for k, v in self.link_lines.items() if k < start}
        self.paths[start:] = [self.paths[start]] * len(prose)

    def _back_in_cell(self) -> None:
        """A table inside a cell has ended: its lines leave the page's lines for the cell, where
        its place is marked, and the outer row and cell are read on."""
        (self.row, self.cell, self.cell_span, self.row_covered, self.row_tds, self.cell_tables, self.cell_path,
         start, self.row_across) = self.outer.pop()
        self.cell.append(f"\n\x00{len(self.cell_tables)}\n")
        links = {k - start: v for k, v in self.link_lines.items() if k >= start}
        self.cell_tables.append((self.lines[start:], self.paths[start:], links))
        del self.lines[start:], self.paths[start:]
        self.link_lines = {k: v for k, v in self.link_lines.items() if k < start}

    def _frames_as_body(self, start: int) -> None:
        """A plan typed inside a table (a web portal's post wrapped in one cell, its task table
        nested in it): the rows that frame the body (pipeline.ingest.layout.frame_rows) become its
        paragraphs as prose, each nested table's rows where the table stands. So does each cell of a
        row that lays out a whole page (pipeline.ingest.layout.page_columns: menu | the document |
        sidebar), cell after cell, each under its own element, which tells the document's cell
        from the page's furniture (_document_only)."""
        rows = self.lines[start:]
        if not (self.single or self.columns) or any(r.cells is None for r in rows):
            return
        width = max(len(r.cells) for r in rows)
        info = [self.single.pop(id(r), None) for r in rows]
        found = frame_rows([(i is not None and len(r.cells) == width, bool(i and i[2]), i[1] if i else [])
                            for r, i in zip(rows, info)])
        spread: dict[int, list[tuple]] = {}
        if self.columns:
            for k, r in enumerate(rows):
                tds = self.columns.pop(id(r), (None, None))[1]
                if tds and page_columns([("\n".join(ln.text for t, *_ in tables for ln in t), parts)
                                         for parts, tables, *_ in tds]):
                    spread[k] = tds
        if not found and not spread:
            return
        lines: list[RawLine] = []
        paths: list[tuple[int, ...]] = []
        rows_links = {k - start: v for k, v in self.link_lines.items() if k >= start}
        self.link_lines = {k: v for k, v in self.link_lines.items() if k < start}
        for k, (row, path) in enumerate(zip(rows, self.paths[start:])):
            if k in found:
                cells = [info[k][1:]]
            elif k in spread:
                cells = spread[k]
            else:
                if k in rows_links:
                    self.link_lines[start + len(lines)] = rows_links[k]
                lines.append(row)
                paths.append(path)
                continue
            for parts, tables, cell_path, links in cells:
                for j, part in enumerate(parts):
                    if part.startswith("\x00"):
                        nested, nested_paths, nested_links = tables[int(part[1:])]
                        self.link_lines.update((start + len(lines) + i, v) for i, v in nested_links.items())
                        lines.extend(nested)
                        paths.extend(nested_paths)
                    else:
                        if j in links:   # (a post's list of other posts in the page's column)
                            self.link_lines[start + len(lines)] = links[j]
                        lines.append(RawLine(text=part))
                        # (a page's column: each paragraph an element of its own, as the page's
                        # own paragraphs are, for _document_only to tell the post's title from
                        # the issuer over "Số:"; negative, never a real element's serial)
                        paths.append(cell_path + (-1 - j,) if k in spread else cell_path)
        self.lines[start:] = lines
        self.paths[start:] = paths

    def _covered(self) -> None:
        """Empty cells for the columns that cells of rows above still cover at this point."""
        pending = self.spans[-1] if self.spans else None
        while pending and len(self.row) in pending:
            col = len(self.row)
            self.row.append("")
            self.row_covered.append(col)
            pending[col] -= 1
            if not pending[col]:
                del pending[col]

    def data(self, data: str) -> None:
        self.pending.append(data)

    def _text(self) -> None:
        """The text read since the last tag, its escapes read in an escaped page's text (a script's
        is never shown: its escapes make no markup)."""
        if not self.pending:
            return
        data, self.pending = "".join(self.pending), []
        if self.skip or self.chrome:
            return
        if self.escaped:
            data = unescaped(data)
        if self.capitals and self.capitals[-1][1]:
            data = data.upper()
        if self.raised:
            data = data.translate(encodings.SUPERSCRIPTS)
        if self.cell is not None:
            data = data.replace("\r", " ").replace("\n", " ")  # (the page source's own breaks)
            if any(self.anchors):   # a hyperlink's text, marked for _cell_parts
                data = LINK_OPEN + data.replace(LINK_OPEN, "").replace(LINK_CLOSE, "") + LINK_CLOSE
            self.cell.append(data)
        else:
            linked = any(self.anchors)
            if self.opens_linked is None and data.strip() and (linked or not LIST_BULLET.fullmatch(data)):
                self.opens_linked = linked
            if not linked:
                self.unlinked.append(data)
            if self.pre:
                self.pre_text.append(data)
                return
            self.buf.append(data.replace("\n", " "))

    def close(self) -> tuple[list[RawLine], list[tuple[int, ...]], dict[int, bool]]:
        self._text()
        self._flush()
        return self.lines, self.paths, self.link_lines


def lines_from_html(text: str) -> list[RawLine]:
    escaped = "\\" in text and written_escaped(HTML_NOT_SHOWN.sub(" ", text))
    lines, paths, links = _html_lines(text, drop_chrome=True, escaped=escaped)
    if not _holds_a_document(lines):
        # what looked like furniture held the document (a wrapper "<div class='search-results'>"):
        # the page is read whole rather than lost
        whole, whole_paths, whole_links = _html_lines(text, drop_chrome=False, escaped=escaped)
        if _holds_a_document(whole):
            return _document_only(whole, whole_paths, whole_links)
    elif not any(ln.cells is None and CLOSING_CUE.match(ln.text.strip()) for ln in lines):
        # the document's own closing laid out in an element its page names a footer ("<table
        # class='tbl-footer'>": Nơi nhận beside the signer): read whole, the page's furniture is
        # cropped by the document's bounds, header to signature, instead
        whole, whole_paths, whole_links = _html_lines(text, drop_chrome=False, escaped=escaped)
        if any(ln.cells is None and CLOSING_CUE.match(ln.text.strip()) for ln in whole):
            return _document_only(whole, whole_paths, whole_links)
    return _document_only(lines, paths, links)


def _html_lines(text: str, drop_chrome: bool,
                escaped: bool = False) -> tuple[list[RawLine], list[tuple[int, ...]], dict[int, bool]]:
    target = _HtmlLines(drop_chrome, styled_capitals=CAPITALS_CUE.search(text) is not None, escaped=escaped)
    parser = etree.HTMLParser(target=target, no_network=True, huge_tree=True)
    parser.feed(text)
    lines, paths, links = _typed_tables(*parser.close())
    _paragraph_ends(lines)
    return lines, paths, links


# A line longer than this is no line a typist or a PDF's text layer wrapped (pipeline.normalize
# hard-wraps at most this wide): a page holding many sets a whole paragraph in each block element.
WRAPPED_MAX = 100
PARAGRAPH_PAGE = 0.3   # this share of a page's prose lines (of 25 characters and more) longer than WRAPPED_MAX


def _paragraph_ends(lines: list[RawLine]) -> None:
    """Keep RawLine.ended on the lines a block element ended only in a page that sets a paragraph in
    each (a post, Word's page): the browser wraps them, so a long one ran to no width and the next
    block opens a paragraph of its own. In a page of a hard-wrapped text, a <p> a printed line, the
    normalizer tells the wraps as in a text file."""
    prose = [len(ln.text) for ln in lines if ln.cells is None and len(ln.text) > 24]
    if prose and sum(n > WRAPPED_MAX for n in prose) >= PARAGRAPH_PAGE * len(prose):
        return
    for ln in lines:
        ln.ended = False


def _typed_tables(lines: list[RawLine], paths: list[tuple[int, ...]],
                  links: dict[int, bool]) -> tuple[list[RawLine], list[tuple[int, ...]], dict[int, bool]]:
    """A table typed as text on the page, a line a paragraph or a break (a <pre> block; a Markdown
    converter that knows no grid tables prints "+----+" and "| … |" lines as they are): its lines
    read as the text reader reads them, rows of cells."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].cells is None and _typed_row(lines[end].text):
            end += 1
        if end - k >= 2 and any(PIPE_ROW.match(lines[j].text) for j in range(k, end)):
            runs.append((k, end))
        k = max(end, k + 1)
    if not runs:
        return lines, paths, links
    next_id = 1 + max((ln.table_id for ln in lines if ln.table_id is not None), default=-1)
    out_lines, out_paths, out_links = [], [], {}
    at = 0
    for start, end in runs + [(len(lines), len(lines))]:
        for j in range(at, start):
            if j in links:
                out_links[len(out_lines)] = links[j]
            out_lines.append(lines[j])
            out_paths.append(paths[j])
        if start < end:
            typed = lines_from_text("\n".join(lines[j].text for j in range(start, end)))
            next_id = number_tables(typed, next_id)
            out_lines.extend(typed)
            out_paths.extend([paths[start]] * len(typed))
        at = end
    return out_lines, out_paths, out_links


def _typed_row(text: str) -> bool:
    line = text.strip()
    return bool(line) and line[0] in "|+" and bool(PIPE_ROW.match(line) or GRID_RULE.match(line)
                                                   or PIPE_SEPARATOR.match(line))


# What opens a document (the motto, its number, its place and date) and what closes it (Nơi
# nhận, the signing title), and what carries it on after its signature (an appendix).
# (a Party body's number has no colon: "Số 45-KH/ĐU", "Số 05-CTr/HU")
NUMBER_LINE = r"^\s*Số\s*(?::|\d+\s*[-/]\s*[A-ZĐ])"
OPENING_CUE = re.compile(rf"C[ỘO]NG\s+H[ÒOÀ]A|Độc lập\s*[-–—]|{NUMBER_LINE}|,\s*ngày\b.*\btháng\b", re.I)
# A date led by its weekday ("Thứ Hai, ngày 24 tháng 3 năm 2025") is a site's calendar in its top
# bar or an article's posting date: a document's place-and-date line never names the weekday.
WEEKDAY_DATE = re.compile(r"^\s*(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+nhật)\s*[,:-]", re.I)
# The header's cues other than its place and date: the national (or the Party's) motto and the number.
MOTTO_OR_NUMBER = re.compile(rf"C[ỘO]NG\s+H[ÒOÀ]A|ĐẢNG\s+CỘNG\s+SẢN|Độc lập\s*[-–—]|{NUMBER_LINE}", re.I)
NUMBER_CUE = re.compile(NUMBER_LINE, re.I)
MOTTO = re.compile(r"C[ỘO]NG\s+H[ÒOÀ]A|ĐẢNG\s+CỘNG\s+SẢN|Độc lập\s*[-–—]", re.I)
# The header's number and its place and date share a row (ND 30/2020 Phụ lục I): a page that reads
# that row cell by cell, or the date's cell first, prints the date this many lines before the number.
DATE_BEFORE_NUMBER = 2
HEADER_SPAN = 6   # lines: a header's motto lies this close to its number
CLOSING_CUE = re.compile(r"^Nơi nhận|^(?:TM|KT|Q|TL|TUQ)\.\s", re.I)
APPENDIX_CUE = re.compile(r"^(?:PH[ỤU]\s*L[ỤU]C\b|\(?\s*Kèm theo\b|BIỂU\b|Biểu\s+(?:số|mẫu)\b)", re.I)
# Where a portal's copy lost the document's header (it shows the body only), the document opens at
# its type line ("KẾ HOẠCH" alone, in capitals), and the portal's box of the document's fields is all
# that is left of its number and date: those two fields are kept, the rest of the page is not.
TYPE_LINE = re.compile(r"(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO|CHỈ THỊ|NGHỊ QUYẾT"
                       r"|ĐỀ ÁN|PHƯƠNG ÁN)")
BOX_FIELD = re.compile(r"(?:^|\s)(?:Số hiệu|Ngày ban hành)\s*:\s*\d")


# A portal's box of the document's fields ("thuộc tính văn bản"): a label and its value a row (or two
# pairs a row), or a "Label: value" paragraph each, beside, above or between the parts of the
# document. A document never prints "Ngày ban hành", "Cơ quan ban hành" or "Người ký" as labels of
# its own; "Số" alone is a field only beside those.
PROPERTY_LABEL = re.compile(
    r"(?:(?P<strong>Số\s*(?:/\s*)?(?:ký hiệu|hiệu)|Ngày\s+(?:ban hành|ký|(?:có\s+)?hiệu lực|hết hiệu lực)"
    r"|(?:Cơ quan|Đơn vị|Nơi|Cấp)\s+ban hành|Người\s+ký|Chức vụ người ký|Trích yếu(?:\s+nội dung)?"
    r"|Loại văn bản|Tình trạng(?:\s+hiệu lực)?)|Số|Ký hiệu|Lĩnh vực|Hiệu lực|Chức vụ"
    r"|(?:File|Tệp|Tập tin)\s+đính\s+kèm|Tải về|Văn bản gốc)\s*:?", re.I)


def _property_lines(lines: list[RawLine]) -> set[int]:
    """The lines of a portal's box of the document's fields (PROPERTY_LABEL): a table whose rows
    are mostly label | value pairs, or a run of "Label: value" paragraphs, at least two fields, one
    of which no document prints as a label of its own."""
    out: set[int] = set()
    k, n = 0, len(lines)
    while k < n:
        ln = lines[k]
        if ln.cells is not None:
            end = k
            while end < n and lines[end].cells is not None and lines[end].table_id == ln.table_id:
                end += 1
            group = range(k, end)
            labelled = [_property_row(lines[j].cells) for j in group]
        else:
            end = k
            while end < n and lines[end].cells is None and _property_prose(lines[end].text) is not None:
                end += 1
            if end == k:
                k += 1
                continue
            group = range(k, end)
            labelled = [_property_prose(lines[j].text) for j in group]
        fields = [f for f in labelled if f is not None]
        if len(fields) >= 2 and 2 * len(fields) >= len(labelled) and any(fields):
            out.update(group)
        k = max(end, k + 1)
    return out


def _property_row(cells: list[str]) -> bool | None:
    """A row of label | value pairs: None when it is not, else whether a label is a strong one."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) not in (2, 4) or len(filled[0]) > 40:
        return None
    strong = False
    for label in filled[::2]:
        m = PROPERTY_LABEL.fullmatch(label)
        if m is None:
            return None
        strong = strong or m.group("strong") is not None
    return strong


def _property_prose(text: str) -> bool | None:
    text = text.strip()
    if ":" not in text[:40]:
        return None
    label, _, value = text.partition(":")
    m = PROPERTY_LABEL.fullmatch(label.strip())
    if m is None or not value.strip():
        return None
    return m.group("strong") is not None


def _task_header(cells: list[str]) -> bool:
    from extractors.tables import is_header_row  # (the table extractor knows the column names)

    return is_header_row(cells)


def _document_only(lines: list[RawLine], paths: list[tuple[int, ...]],
                   links: Mapping[int, bool] = MappingProxyType({})) -> list[RawLine]:
    """The lines of the element that holds the document, from its header to its signature (the
    innermost one holding both), and of any later element that opens with an appendix or a
    task table of its own; a portal's site name, menus, the article's title and date, its "Tải về"
    links, sidebars of new documents, "Tin liên quan" lists, the site's box of the document's fields
    (_property_lines, kept only for the number and date a copy without its header lost) and the
    footer fall outside. Left
    whole when no header (nor, in a copy that lost it, a type line) comes before a closing (nothing
    marks the document's bounds). `links`:
    the lines that open with a hyperlink's text, which name other documents ("Phụ lục kèm theo
    Công văn 1180/BYT-KCB" in a sidebar) and never open an appendix of this one, each True when
    the line is nothing but the link."""
    box = _property_lines(lines)
    first = next((k for k, ln in enumerate(lines) if ln.cells is None and OPENING_CUE.search(ln.text)
                  and not WEEKDAY_DATE.match(ln.text) and k not in box), None)
    if first is not None and "ngày" in lines[first].text and not MOTTO_OR_NUMBER.search(lines[first].text):
        # a place and date alone ahead of the national motto is no document's (its date is printed
        # after its motto and number): a site's widget above the document ("Tân Lập, ngày … | 28°C").
        # A type line between them ("KẾ HOẠCH") makes the date a document's whose motto is not one
        # the cues know (a Party committee's, under "ĐẢNG CỘNG SẢN VIỆT NAM"), another following it.
        # So does the number just after it with no motto close after that: the two share the
        # header's row ("HUYỆN ĐOÀN X" / "ĐOÀN TNCS HỒ CHÍ MINH" / "X, ngày …" / "Số: 08-KH/ĐTN").
        motto = next((k for k in range(first + 1, len(lines)) if lines[k].cells is None
                      and (MOTTO_OR_NUMBER.search(lines[k].text) or TYPE_LINE.fullmatch(lines[k].text.strip()))
                      and k not in box), None)
        beside = motto is not None and motto - first <= DATE_BEFORE_NUMBER and NUMBER_CUE.match(lines[motto].text) \
            and not any(MOTTO.search(ln.text) for ln in lines[motto:motto + HEADER_SPAN] if ln.cells is None)
        if motto is not None and not TYPE_LINE.fullmatch(lines[motto].text.strip()) and not beside:
            first = motto
    cropped = first is None
    if cropped:
        first = next((k for k, ln in enumerate(lines) if ln.cells is None and TYPE_LINE.fullmatch(ln.text.strip())),
                     None)
    if first is None:
        return lines
    last = next((k for k in range(len(lines) - 1, first, -1)
                 if lines[k].cells is None and CLOSING_CUE.match(lines[k].text.strip())), None)
    if last is None:
        return lines
    a, b = paths[first], paths[last]
    depth = 0
    while depth < min(len(a), len(b)) and a[depth] == b[depth]:
        depth += 1
    root = a[:depth]
    inside = [k for k, p in enumerate(paths) if p[:depth] == root]
    keep = set(inside) - set(_wrapper_lines(lines, paths, inside, first, last, links))
    # the site's box of the document's fields within the element holding it (between its header and
    # its body, in a page whose header stands outside the article's frame) repeats the header
    keep -= {k for k in box if not (cropped and BOX_FIELD.search(lines[k].text))}
    if cropped and inside:
        # (before the element, or inside it above the type line, where the page's furniture is cut)
        keep.update(k for k in range(first) if ("Số hiệu" in lines[k].text or "Ngày ban hành" in lines[k].text)
                    and BOX_FIELD.search(lines[k].text))
    # what follows, by the element it stands in beside the document's (or beside one holding it):
    # an element with an appendix or a task table of its own is kept whole
    groups: dict[tuple[int, ...], list[int]] = {}
    for k in range((inside[-1] + 1) if inside else len(lines), len(lines)):
        q = paths[k]
        shared = 0
        while shared < min(len(q), depth) and q[shared] == root[shared]:
            shared += 1
        groups.setdefault(q[:shared + 1], []).append(k)
    for members in groups.values():
        if any(k not in links and APPENDIX_CUE.match(lines[k].text.strip())
               or (lines[k].cells is not None and _task_header(lines[k].cells)) for k in members):
            keep.update(members)
    if len(keep) == len(lines):
        return lines
    return [ln for k, ln in enumerate(lines) if k in keep]


# A portal's caption over its lists of other posts, printed after the document in the element
# that holds it ("Tin liên quan", "Các tin khác", "Văn bản cùng lĩnh vực", "Xem thêm:").
# So are "Các tin đã đưa", "Tin đã đăng", "Tin mới hơn", "Bài viết cũ hơn".
RELATED_CAPTION = re.compile(r"(?:(?:Các\s+)?(?:tin|tin bài|bài viết|văn bản)\s+"
                             r"(?:liên quan|khác|cùng\s+(?:chuyên mục|lĩnh vực|loại)|đã\s+(?:đưa|đăng)"
                             r"|(?:mới|cũ)\s+hơn)|Xem thêm)\s*:?", re.I)
# A post's download link under the document ("Tải về: 45-KH-UBND.pdf", "File đính kèm: …").
DOWNLOAD_LINE = re.compile(r"(?:Tải\s+(?:về|xuống)|(?:File|Tệp|Tập tin)\s+đính\s+kèm)\b", re.I)
# A listed post's date closing its line ("… năm 2025 (08/04/2025)", "… 24/03/2025 09:15"); a
# document's own date is led by "ngày" ("Quyết định số 12/QĐ-UBND ngày 01/02/2025").
POSTED_DATE = re.compile(r"(?<![Nn]gày)\s[(\[]?\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*[)\]]?$")


# A list's bullet before a link ("- ", "• "), and what a line that is a link alone may hold outside
# it: the bullet, a posting date or time, a file's size, brackets and a closing mark ("- <a>…</a> (08/04/2025)").
LIST_BULLET = re.compile(r"\s*[-–—•·+*▪►»]\s*")
SOLE_LINK_REST = re.compile(r"[\s\-–—•·+*▪►»()\[\]|.,:]*(?:\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?[\s()\[\]|.,]*)?"
                            # (a file's type and size beside its link: "(PDF, 248 KB)", "[1,2 MB]")
                            r"(?:(?i:pdf|docx?|xlsx?|rar|zip)?[\s,;:-]*\d+(?:[.,]\d+)?\s*(?i:[KM]B|bytes)[\s()\[\]|.,]*)?")


# The first line of a people's committee's or council's header, which has no parent body over it.
TOP_BODY = re.compile(r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\b", re.I)
# A document's own date ("… ngày 01/02/2025"): a listed document an appendix names, not a post.
DOCUMENT_DATE = re.compile(r"\bngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\bngày\s+\d{1,2}\s+tháng", re.I)


# A post's date or time alone on its line ("14/04/2025 08:45"): no letter, so no capitals of a header.
POST_STAMP = re.compile(r"[\d/:.,|\s-]*\d{1,2}/\d{1,2}/\d{4}[\d/:.,|\s-]*")


def _wrapper_lines(lines: list[RawLine], paths: list[tuple[int, ...]], inside: list[int], first: int,
                   last: int, links: Mapping[int, bool] = MappingProxyType({})) -> list[int]:
    """The lines of the element holding the document that are the page's, not the document's,
    where the post sits with no element of its own (an old portal's table cell): before the
    header, the breadcrumb, the post's title and date, back from the header's first line to the
    nearest line in small letters outside the header's own element that does not name a body
    (the issuer's name above "Số:" is printed in capitals, or typed in small letters as a body's
    name, "Ủy ban nhân dân" / "huyện Yên Lập": extractors.header.names_a_body), to the post's
    date alone on its line, which has no small letters either, or to a line that is a link alone
    (`links`): a menu's or the post's category entry, which may name a body ("UBND xã", "Đảng ủy
    xã") but is no issuer's line, never printed as a hyperlink; after the
    signature, a link alone (another post, or the document's own file) unless it names a person or a
    document by its date, a caption of other posts ("Tin liên quan") and all that follows it, the post's
    download links ("Tải về: 45-KH-UBND.pdf"), and a list of other posts with no caption, each a
    line opening with its link (`links`) and closing with its posting date, or a run of lines that
    are each a link alone (a bullet, a date), none an appendix's nor a recipient's ("…;")."""
    from extractors.header import names_a_body  # (the header's reader knows the bodies' names)

    out: list[int] = []
    before = [k for k in inside if k < first]
    # a header laid out in an element of its own whose first line is a council's or people's
    # committee's name (nothing is printed above it, ND 30/2020 Phụ lục I): every line above that
    # element is the page's, whatever its case or the body it names (a menu's current entry
    # "<li class='active'>UBND xã</li>", never a link)
    head = first
    while head > 0 and paths[head - 1] == paths[first] and lines[head - 1].cells is None:
        head -= 1
    if head < first and TOP_BODY.match(lines[head].text.strip()):
        out.extend(k for k in before if k < head)
        before = [k for k in before if k >= head]
    for pos in range(len(before) - 1, -1, -1):
        k = before[pos]
        text = lines[k].text
        if lines[k].cells is None and paths[k] != paths[first] and (
                text != text.upper() and not names_a_body(text) or POST_STAMP.fullmatch(text.strip())
                or links.get(k)):
            out.extend(before[:pos + 1])
            break
    run: list[int] = []   # lines each a link alone, in a row
    for pos, k in enumerate(inside):
        if k <= last or lines[k].cells is not None and not links.get(k):
            continue
        text = lines[k].text.strip()
        if len(lines[k].text) <= 80 and DOWNLOAD_LINE.match(text):
            out.append(k)   # (linked or not, alone or in a run of links)
            continue
        if links.get(k) and not text.endswith(";") and not APPENDIX_CUE.match(text):
            # a link alone after the signature is another post or the document's own file, no line
            # of its text (which a saved page prints as text): alone, it stays only when it names
            # a document by its date (an appendix's list) or a person (the signer's page)
            words = text.split()
            named = 2 <= len(words) <= 5 and all(w[0].isupper() and w[1:].islower() for w in words if w[1:])
            if not (named or DOCUMENT_DATE.search(text)):
                out.append(k)
            run.append(k)
            continue
        if len(run) > 1:
            out.extend(run)
        run = []
        if k in links and POSTED_DATE.search(text):
            out.append(k)
            continue
        if len(lines[k].text) > 80:
            continue
        if RELATED_CAPTION.fullmatch(text):
            out.extend(inside[pos:])
            break
    if len(run) > 1:
        out.extend(run)
    return out


def _holds_a_document(lines: list[RawLine]) -> bool:
    """Does the text hold what every administrative document prints: its number, place and date,
    motto or signer block?"""
    return any(LAYOUT_CUES.search(ln.text) for ln in lines)


# A line break or tab written out as its escape ("\\r\\n", "\\n", "\\t"): a page body copied from a JSON
# field or a double-escaped HTML source shows them as text. A letter may follow ("\\nngày": the next
# line's first word), so only a run of them counted over the whole text tells this from a path or a
# formula's one backslash.
ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")
ESCAPED_OTHER = re.compile(r"\\(t|\"|/|u[0-9a-fA-F]{4})")
ESCAPED_MIN = 3   # escaped breaks in a text …
ESCAPED_SHARE = 1.0   # … at least as many as its real line breaks


def written_escaped(text: str) -> bool:
    """Is the whole text written with its line breaks escaped: at least ESCAPED_MIN of them and no
    fewer than its real line breaks?"""
    if "\\" not in text:
        return False
    n = len(ESCAPED_BREAK.findall(text))
    return n >= ESCAPED_MIN and n >= ESCAPED_SHARE * text.count("\n")


# What a page shows of its source as text: neither scripts nor styles (a minified page's inline
# JSON escapes its breaks), comments nor tags
HTML_NOT_SHOWN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)


def unescaped_breaks(text: str) -> str:
    """The text with escaped line breaks (and the tabs, quotes, slashes and \\uXXXX letters escaped with
    them) read as what they stand for, when the whole text is written so (written_escaped). A single
    "\\n" in a sentence is left as printed."""
    return unescaped(text) if written_escaped(text) else text


def unescaped(text: str) -> str:
    """The text with its escaped line breaks, tabs, quotes, slashes and \\uXXXX letters read as what
    they stand for."""
    if "\\" not in text:
        return text
    text = ESCAPED_BREAK.sub("\n", text)

    def one(m: re.Match) -> str:
        code = m.group(1)
        return "\t" if code == "t" else chr(int(code[1:], 16)) if code[0] == "u" else code
    return ESCAPED_OTHER.sub(one, text)


def read_text(data: bytes, source_format: str) -> RawDocument:
    """A .txt/.md/.html file's bytes to a RawDocument (raises NotText for undecodable bytes)."""
    text = decode(data)
    if source_format == "html" or (source_format != "md" and HTML_DOC.search(text[:2000])
                                    and "</" in text):
        # (a page's escapes are read in its text only, lines_from_html: "\\u003c/script\\u003e" in a
        # script's JSON closes nothing)
        return RawDocument(lines=lines_from_html(text), source_format="html")
    text = unescaped_breaks(text)
    if "<table" in text or "<TABLE" in text:
        return RawDocument(lines=_lines_with_html_tables(text), source_format=source_format)
    return RawDocument(lines=lines_from_text(text), source_format=source_format)


HTML_TABLE_BLOCK = re.compile(r"(<table\b.*?</table\s*>)", re.I | re.S)


def _lines_with_html_tables(text: str) -> list[RawLine]:
    """Text or Markdown holding HTML tables (pandoc's GitHub Markdown writes a Word table whose
    cells hold paragraphs so): each table read as a web page's, with its rowspans and colspans,
    the text around it as text."""
    return _concat(_html_lines(part, drop_chrome=False)[0] if k % 2 else lines_from_text(part)
                   for k, part in enumerate(HTML_TABLE_BLOCK.split(text)))


def _concat(parts: Iterable[list[RawLine]]) -> list[RawLine]:
    """The lines of parts read apart, one after the other, their tables numbered on from the last."""
    out: list[RawLine] = []
    next_table = 0
    for lines in parts:
        next_table = number_tables(lines, next_table)
        out.extend(lines)
    return out


def read_mht(data: bytes) -> RawDocument:
    """A MIME web archive (.mht, Word's "single file web page", often named .doc): its HTML part,
    decoded in the charset the part states (legacy-font text repaired), read as HTML."""
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
        text = None
        if charset:
            try:
                text = payload.decode(codecs.lookup(charset).name)
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text = decode(payload)
        else:
            text, _ = encodings.repair_mojibake(text)
        return RawDocument(lines=lines_from_html(text), source_format="html")
    return read_text(data, "html")  # named .mht but not MIME: read it as the web page it is
