"""Render a plan's Markdown twin into Word files whose plan sits inside LAYOUT tables, as typists
make them:

    render_frame_docx(md, out)   the header in a borderless 2x2 table (issuer | motto, "Số:" |
                                 place and date); the whole body (type, title, Căn cứ, the parts
                                 with their items and bullets) typed inside the ONE cell of a
                                 one-cell table drawn with borders (a "frame"), the task table
                                 NESTED in that cell where the pipe table stands; "Nơi nhận" and
                                 the signer side by side in a borderless two-column table.
    render_form_docx(md, out)    the header in a borderless 2x2 table; the body as a one-column
                                 table with borders, one row per part (type and title, the Căn cứ
                                 preamble, each Roman part, the closing sentence); "Nơi nhận"
                                 beside the signer in a borderless table; an appendix (caption
                                 and task table) after it, outside the form.

The twin: header lines before "KẾ HOẠCH", "**…**" bold lines, "- " bullets, pipe tables, "Nơi
nhận:" and its list, the signer's lines, then "PHỤ LỤC" and what follows it.

As a script: python tests/render_table_layout_docx.py frame|form PLAN.md OUT.docx
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from render_docx import DOC_TYPE, MOTTO, NUMBER, PLACE_DATE, _borderless  # noqa: E402

ROMAN_PART = re.compile(r"^[IVX]{1,4}\.\s")


@dataclass
class _Line:
    text: str
    bold: bool = False
    row: list[str] | None = None


def _lines(md: str) -> list[_Line]:
    out: list[_Line] = []
    for raw in md.splitlines():
        t = raw.strip()
        if not t or re.fullmatch(r"\|?[\s:|-]+\|?", t) and "-" in t:
            continue
        if t.startswith("|"):
            out.append(_Line(t, row=[c.strip() for c in t.strip("|").split("|")]))
            continue
        bold = t.startswith("**") and t.endswith("**")
        t = t.replace("**", "")
        if t.startswith("*") and t.endswith("*") and len(t) > 2:
            t = t[1:-1]
        out.append(_Line(t, bold))
    return out


def _parts(md: str):
    """(issuer lines, motto lines, number, place and date, body, recipients, signer, appendix)."""
    lines = _lines(md)
    k = next(i for i, ln in enumerate(lines) if DOC_TYPE.match(ln.text))
    head = lines[:k]
    issuer = [ln.text for ln in head if not (MOTTO.search(ln.text) or NUMBER.match(ln.text) or PLACE_DATE.search(ln.text))]
    motto = [ln.text for ln in head if MOTTO.search(ln.text)]
    number = next(ln.text for ln in head if NUMBER.match(ln.text))
    date = next(ln.text for ln in head if PLACE_DATE.search(ln.text))
    r = next(i for i, ln in enumerate(lines) if ln.text.startswith("Nơi nhận"))
    body = lines[k:r]
    j = r + 1
    while j < len(lines) and lines[j].text.startswith("-"):
        j += 1
    a = next((i for i in range(j, len(lines)) if lines[i].text.startswith("PHỤ LỤC")), len(lines))
    return issuer, motto, number, date, body, lines[r:j], lines[j:a], lines[a:]


def _bordered(table) -> None:
    table.style = "Table Grid"


def _fill(container, lines: list[_Line], first_para=None) -> None:
    """Paragraphs and (pipe) tables into a document or a table cell, the tables with borders."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    k = 0
    para = first_para
    while k < len(lines):
        ln = lines[k]
        if ln.row is not None:
            rows = []
            while k < len(lines) and lines[k].row is not None:
                rows.append(lines[k].row)
                k += 1
            table = container.add_table(rows=len(rows), cols=len(rows[0]))
            _bordered(table)
            for i, cells in enumerate(rows):
                for cell, text in zip(table.rows[i].cells, cells):
                    cell.paragraphs[0].add_run(text).bold = i == 0
            para = None
            continue
        p = para if para is not None else container.add_paragraph()
        para = None
        p.add_run(ln.text).bold = ln.bold
        if DOC_TYPE.match(ln.text) or (ln.bold and k and DOC_TYPE.match(lines[k - 1].text)):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        k += 1


def _header(document, issuer, motto, number, date) -> None:
    table = document.add_table(rows=2, cols=2)
    _borderless(table)
    for cell, texts in zip(table.rows[0].cells, (issuer, motto)):
        for i, t in enumerate(texts):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.add_run(t).bold = True
    table.rows[1].cells[0].paragraphs[0].add_run(number)
    table.rows[1].cells[1].paragraphs[0].add_run(date).italic = True


def _closing(document, recipients: list[_Line], signer: list[_Line]) -> None:
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    left, right = table.rows[0].cells
    for i, ln in enumerate(recipients):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.add_run(ln.text).bold = i == 0
    for i, ln in enumerate(signer):
        if i == len(signer) - 1:
            for _ in range(3):   # the signature and the seal
                right.add_paragraph()
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.add_run(ln.text).bold = True


def _finish(document, recipients, signer, appendix, out_path: Path | str) -> Path:
    """The closing block and the appendix after the body, then the file written."""
    _closing(document, recipients, signer)
    _fill(document, appendix)
    out_path = Path(out_path)
    document.save(out_path)
    return out_path


def render_frame_docx(md: str, out_path: Path | str) -> Path:
    import docx

    issuer, motto, number, date, body, recipients, signer, appendix = _parts(md)
    document = docx.Document()
    _header(document, issuer, motto, number, date)
    frame = document.add_table(rows=1, cols=1)
    _bordered(frame)
    cell = frame.rows[0].cells[0]
    _fill(cell, body, cell.paragraphs[0])
    return _finish(document, recipients, signer, appendix, out_path)


def render_form_docx(md: str, out_path: Path | str) -> Path:
    import docx

    issuer, motto, number, date, body, recipients, signer, appendix = _parts(md)
    document = docx.Document()
    _header(document, issuer, motto, number, date)
    blocks: list[list[_Line]] = [[]]
    for k, ln in enumerate(body):
        starts = ROMAN_PART.match(ln.text) or (ln.text.startswith("Căn cứ") and not body[k - 1].text.startswith("Căn cứ"))
        closing = ln.text.endswith("./.") or ln.text.startswith("(Có Phụ lục")
        if (starts or (closing and not blocks[-1][-1].text.startswith("(Có"))) and blocks[-1]:
            blocks.append([])
        blocks[-1].append(ln)
    form = document.add_table(rows=len(blocks), cols=1)
    _bordered(form)
    for row, lines in zip(form.rows, blocks):
        cell = row.cells[0]
        _fill(cell, lines, cell.paragraphs[0])
    return _finish(document, recipients, signer, appendix, out_path)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3 or argv[0] not in ("frame", "form"):
        print(__doc__)
        return 2
    render = render_frame_docx if argv[0] == "frame" else render_form_docx
    render(Path(argv[1]).read_text(encoding="utf-8"), argv[2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
