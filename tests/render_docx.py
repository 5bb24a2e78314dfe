"""Render a plan's text into the Word files plans arrive as: .docx (python-docx) and .doc (LibreOffice).

    render_docx(text, out_path, fmt="md")   a .docx: real Word tables for the plan's table rows
                                            (header row bold, a group row such as "QUÝ I" merged
                                            across the table), headings numbered by Word's
                                            AUTOMATIC numbering ("I." upperRoman, "1." decimal,
                                            "a)" lowerLetter, defined in numbering.xml) with the
                                            printed marker removed from the paragraph's text, the
                                            header block in a borderless two-column table, and a
                                            page header/footer that is not part of the plan;
                                            a table cell whose whole text is "^^" is merged with
                                            the cell above it (Word's vMerge: "Phòng X" in charge
                                            of rows 1–4 printed once), as Markdown has no rowspan;
                                            a cell whose whole text is "<<" is merged with the cell
                                            to its left (Word's gridSpan: "Thời gian thực hiện năm
                                            2025" over the twelve month columns), as Markdown has no
                                            colspan; rows under the first whose first cell is "^^"
                                            are more header rows (bold, like the first)
    render_doc(docx_path, out_path)         the .docx converted to Word 97-2003 .doc by LibreOffice
                                            (raises RuntimeError when soffice is not installed)

As a script: python tests/render_docx.py PLAN.txt|md OUT.docx [OUT.doc]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.ingest.text import read_text  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

ROMAN_HEAD = re.compile(r"^([IVXLC]{1,6})\.\s+(\S.*)$")
DECIMAL_HEAD = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
LETTER_HEAD = re.compile(r"^([a-z])\)\s+(\S.*)$")
DOC_TYPE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO)$")
MOTTO = re.compile(r"C[ỘO]NG\s+H\w*\s+X[ÃA]\s+H[ỘO]I|Độc lập\s*[-–—]\s*Tự do", re.I)
NUMBER = re.compile(r"^Số\s*:")
MERGED_ABOVE = "^^"  # a cell of the .md twin that Word merges with the cell above (vMerge)
MERGED_LEFT = "<<"   # a cell of the .md twin that Word merges with the cell to its left (gridSpan)
PLACE_DATE = re.compile(r",\s*ngày\b.*\btháng\b", re.I)
PAGE_HEADER_TEXT = "Trang đầu trang - không thuộc kế hoạch"
PAGE_FOOTER_TEXT = "Chân trang số hiệu tệp - không thuộc kế hoạch"

LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]


def roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def _el(tag: str, **attrs):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


class _Lists:
    """Automatic numbering: one abstractNum (3 levels) per list; a list restarts (a new abstractNum
    starting at the printed value) when the printed marker is not what Word would print next."""

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        self.num_id: int | None = None
        self.counters: list[int | None] = [None, None, None]
        self.starts = [1, 1, 1]
        ids = [int(n.get(f"{{{W_NS}}}abstractNumId")) for n in self.numbering.findall(f"{{{W_NS}}}abstractNum")]
        nids = [int(n.get(f"{{{W_NS}}}numId")) for n in self.numbering.findall(f"{{{W_NS}}}num")]
        self.next_abstract = max(ids, default=0) + 100
        self.next_num = max(nids, default=0) + 100

    def _new_list(self, level: int, start: int) -> None:
        starts = [1, 1, 1]
        starts[level] = start
        aid = self.next_abstract
        self.next_abstract += 1
        an = _el("w:abstractNum", abstractNumId=aid)
        an.append(_el("w:multiLevelType", val="multilevel"))
        for ilvl, (fmt, text) in enumerate(LEVELS):
            lvl = _el("w:lvl", ilvl=ilvl)
            lvl.append(_el("w:start", val=starts[ilvl]))
            lvl.append(_el("w:numFmt", val=fmt))
            lvl.append(_el("w:lvlText", val=text))
            lvl.append(_el("w:suff", val="space"))
            lvl.append(_el("w:lvlJc", val="left"))
            ppr = _el("w:pPr")
            ppr.append(_el("w:ind", left=0, firstLine=567 if ilvl else 0))
            lvl.append(ppr)
            an.append(lvl)
        # abstractNum elements must precede num elements
        nums = self.numbering.findall(f"{{{W_NS}}}num")
        if nums:
            nums[0].addprevious(an)
        else:
            self.numbering.append(an)
        nid = self.next_num
        self.next_num += 1
        num = _el("w:num", numId=nid)
        num.append(_el("w:abstractNumId", val=aid))
        self.numbering.append(num)
        self.num_id = nid
        self.counters = [None, None, None]
        self.starts = starts

    def number(self, paragraph, level: int, value: int) -> None:
        predicted = self.starts[level] if self.counters[level] is None else self.counters[level] + 1
        if self.num_id is None or predicted != value:
            self._new_list(level, value)
        self.counters[level] = value
        for deeper in range(level + 1, 3):
            self.counters[deeper] = None
        ppr = paragraph._p.get_or_add_pPr()
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val=level))
        numpr.append(_el("w:numId", val=self.num_id))
        ppr.append(numpr)


def _heading(text: str) -> tuple[int, int, str] | None:
    """(level, value, text without marker) when Word's numbering can print the line's marker."""
    m = ROMAN_HEAD.match(text)
    if m:
        return 0, roman_value(m.group(1)), m.group(2)
    m = DECIMAL_HEAD.match(text)
    if m and int(m.group(1)) > 0:
        return 1, int(m.group(1)), m.group(2)
    m = LETTER_HEAD.match(text)
    if m:
        return 2, ord(m.group(1)) - ord("a") + 1, m.group(2)
    return None


def _borderless(table) -> None:
    tblpr = table._tbl.tblPr
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="nil"))
    tblpr.append(borders)


def _header_block(document, lines) -> int:
    """The lines before the document type (issuer, motto, Số:, place and date) as a borderless
    two-column table, as Word plans lay them out; returns how many lines it took."""
    left: list[str] = []
    right: list[str] = []
    end = 0
    for i, ln in enumerate(lines[:10]):
        t = ln.text
        if ln.is_row or DOC_TYPE.match(t):
            break
        if MOTTO.search(t) or PLACE_DATE.search(t):
            right.append(t)
        elif NUMBER.match(t) or (t.isupper() and len(t) < 70):
            left.append(t)
        else:
            break
        end = i + 1
    if not (left or right):
        return 0
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    for cell, texts in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = texts[0] if texts else ""
        for t in texts[1:]:
            cell.add_paragraph(t)
    return end


def _add_table(document, doc, rows) -> None:
    texts = [doc.cell_texts(r) for r in rows]
    ncols = max(len(t) for t in texts)
    table = document.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    header_rows = 1
    while header_rows < len(texts) and texts[header_rows][:1] == [MERGED_ABOVE]:
        header_rows += 1   # a header of two rows: "STT" merged down beside the month columns
    for i, cells in enumerate(texts):
        cells = cells + [""] * (ncols - len(cells))
        row = table.add_row()
        group = (i > 0 and ncols > 1 and cells[0] and not any(cells[1:])
                 and not re.fullmatch(r"[\d.]+", cells[0]))
        if group:  # "QUÝ I": one cell across the table
            merged = row.cells[0].merge(row.cells[-1])
            merged.paragraphs[0].text = ""
            merged.paragraphs[0].add_run(cells[0]).bold = True
            continue
        for j, c in enumerate(cells):
            if (c == MERGED_ABOVE and i > 0) or (c == MERGED_LEFT and j > 0):
                continue   # left empty: merged with the cell above once the rows are laid out
            run = row.cells[j].paragraphs[0].add_run(c)
            if i < header_rows:
                run.bold = True
        j = 1
        while j < ncols:   # a run of "<<" cells: one cell spanning them and the cell before
            if cells[j] == MERGED_LEFT:
                end = j
                while end + 1 < ncols and cells[end + 1] == MERGED_LEFT:
                    end += 1
                row.cells[j - 1].merge(row.cells[end])
                j = end + 1
            else:
                j += 1
    for j in range(ncols):
        top = None
        for i, cells in enumerate(texts):
            if i > 0 and j < len(cells) and cells[j] == MERGED_ABOVE and top is not None:
                table.cell(top, j).merge(table.cell(i, j))
            else:
                top = i


def render_docx(text: str, out_path: Path | str, fmt: str = "md") -> Path:
    """Lay a plan's text out as a Word document (see the module's docstring)."""
    import docx

    doc = normalize(read_text(text.encode("utf-8"), fmt))
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = PAGE_HEADER_TEXT
    section.footer.paragraphs[0].text = PAGE_FOOTER_TEXT
    lists = _Lists(document)
    lines = doc.lines
    k = _header_block(document, lines)
    while k < len(lines):
        ln = lines[k]
        if ln.is_row:
            run = [ln]
            while (k + len(run) < len(lines) and lines[k + len(run)].is_row
                   and lines[k + len(run)].table_id == ln.table_id):
                run.append(lines[k + len(run)])
            _add_table(document, doc, run)
            k += len(run)
            continue
        head = _heading(ln.text)
        p = document.add_paragraph()
        if head is not None:
            level, value, rest = head
            lists.number(p, level, value)
            p.add_run(rest).bold = ln.bold or level == 0
        else:
            p.add_run(ln.text).bold = ln.bold
        k += 1
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out_path))
    return out_path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_doc(docx_path: Path | str, out_path: Path | str, timeout: float = 180) -> Path:
    """Convert a .docx to Word 97-2003 .doc with LibreOffice (headless, private profile)."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    docx_path, out_path = Path(docx_path), Path(out_path)
    with tempfile.TemporaryDirectory(prefix="kehoach-render-doc-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "in.docx"
        shutil.copyfile(docx_path, src)
        profile = (tmp_path / "profile").as_uri()
        subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(tmp_path / "out"), str(src)],
                       check=True, capture_output=True, timeout=timeout)
        produced = tmp_path / "out" / "in.doc"
        if not produced.exists():
            raise RuntimeError("LibreOffice did not write the .doc")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, out_path)
    return out_path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        print(__doc__)
        return 2
    plan = Path(args[0])
    fmt = "md" if plan.suffix.lower() in (".md", ".markdown") else "txt"
    out = render_docx(plan.read_text(encoding="utf-8"), args[1], fmt)
    print(out)
    if len(args) == 3:
        print(render_doc(out, args[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
