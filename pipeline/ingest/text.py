"""Reader for plans that arrive as text: .txt, .md and .html.

Lines keep their markup (normalize strips it); tab-separated lines, markdown pipe tables and
HTML table rows become rows with cells, so every source feeds one table model.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from pipeline.document import RawDocument, RawLine

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HTML_DOC = re.compile(r"<\s*(html|body|table|p|div)\b", re.I)


class NotText(ValueError):
    """The bytes are not text in any encoding we read."""


def decode(data: bytes) -> str:
    """Bytes to str: UTF-8 (with or without BOM) and UTF-16 with BOM; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise NotText("the file holds NUL bytes: it is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotText(f"the file is not valid UTF-8 text (byte {exc.start})") from exc


def lines_from_text(text: str, page: int | None = None) -> list[RawLine]:
    """Plain or markdown text to raw lines; tab-separated and pipe-table lines become rows."""
    out: list[RawLine] = []
    table_id = None
    next_table = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for line in text.split("\n"):
        if PIPE_SEPARATOR.match(line) and "|" in line:
            continue
        cells = None
        if "\t" in line and line.strip():
            cells = line.split("\t")
        elif PIPE_ROW.match(line):
            cells = [c for c in line.strip().strip("|").split("|")]
        if cells is not None:
            if table_id is None:
                table_id, next_table = next_table, next_table + 1
            out.append(RawLine(text=line, page=page, cells=cells, table_id=table_id))
        else:
            if line.strip():
                table_id = None  # prose between rows ends the physical table
            out.append(RawLine(text=line, page=page))
    return out


class _HtmlLines(HTMLParser):
    """Walks an HTML document: block elements end lines, table cells become row cells."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "table", "ul", "ol",
              "section", "article", "header", "footer", "blockquote", "pre", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[RawLine] = []
        self.buf: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0
        self.bold = 0
        self.line_bold = False
        self.table_depth = 0
        self.table_ids: list[int] = []
        self.next_table = 0

    def _flush(self) -> None:
        text = "".join(self.buf)
        if text.strip():
            self.lines.append(RawLine(text=text, bold=self.line_bold))
        self.buf = []
        self.line_bold = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag == "table":
            self._flush()
            self.table_ids.append(self.next_table)
            self.next_table += 1
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("b", "strong"):
            self.bold += 1
            if not "".join(self.buf).strip():
                self.line_bold = True
        elif tag in self.BLOCKS:
            if self.cell is not None:
                self.cell.append(" ")
            else:
                self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            tid = self.table_ids[-1] if self.table_ids else None
            self.lines.append(RawLine(text=" ".join(self.row), cells=self.row, table_id=tid))
            self.row = None
        elif tag == "table":
            if self.table_ids:
                self.table_ids.pop()
        elif tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag in self.BLOCKS and self.cell is None:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.buf.append(data.replace("\n", " "))

    def close(self):
        super().close()
        self._flush()


def lines_from_html(text: str) -> list[RawLine]:
    parser = _HtmlLines()
    parser.feed(text)
    parser.close()
    return parser.lines


def read_text(data: bytes, source_format: str) -> RawDocument:
    """A .txt/.md/.html file's bytes to a RawDocument (raises NotText for undecodable bytes)."""
    text = decode(data)
    if source_format == "html" or (source_format != "md" and HTML_DOC.search(text[:2000])
                                    and "</" in text):
        return RawDocument(lines=lines_from_html(text), source_format="html")
    return RawDocument(lines=lines_from_text(text), source_format=source_format)
