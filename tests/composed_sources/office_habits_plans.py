"""Make the composed plans of helper 6 (habits of real offices' Word files and their PDFs):

    tra-vinh-cau-ngang-hiep-my-tay-phong-chong-benh-dai-2025   .docx: the header in a borderless 2x2
        table, the motto's rule a drawn line (DrawingML shape), non-breaking spaces in "Số:"; the type
        and the Roman parts typed in lower case and shown in SMALL CAPITALS (w:smallCaps); a template's
        instructions left in as HIDDEN text (w:vanish); the task table dated by a "Quý" column of bare
        numerals merged down over the quarter's rows (vMerge, "^^" in the twin) beside "Thời gian hoàn
        thành"; "Nơi nhận" beside the signer in a borderless table, the name after empty paragraphs
    quang-nam-nui-thanh-tam-nghia-phong-chong-thien-tai-2025   .pdf printed by LibreOffice from such a
        .docx: "Số:" and the place-date in ONE merged cell parted by a tab, the date running past the
        margin so its year wraps to the left under the số hiệu; a tall task table crossing pages with
        its header row repeated, dated by a merged "Quý thực hiện" column beside "Thời gian thực hiện"

The twin is the Markdown in tests/composed_sources/<stem>.md (header lines before "# KẾ HOẠCH", "## "
Roman parts, pipe tables, "Nơi nhận:" and its list, the signer's lines).

    python tests/composed_sources/office_habits_plans.py   (writes data/raw/<stem>.docx|.pdf)
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render_docx import soffice  # noqa: E402

DOCX = "tra-vinh-cau-ngang-hiep-my-tay-phong-chong-benh-dai-2025"
PDF = "quang-nam-nui-thanh-tam-nghia-phong-chong-thien-tai-2025"
HIDDEN_NOTES = ["(Hướng dẫn mẫu: ghi rõ căn cứ pháp lý; Quyết định số 1234/QĐ-UBND ngày 05/01/2021 của UBND tỉnh)",
                "(Hướng dẫn mẫu: mỗi nhiệm vụ ghi đơn vị chủ trì, phối hợp và thời hạn)"]


def _clean(s: str) -> str:
    s = s.replace("\\-", "-").replace("**", "").strip()
    return re.sub(r"^\*(.*)\*$", r"\1", s).strip()


def parse(md: str) -> dict:
    """The twin's parts: issuer, motto, số, place-date, type, title, body blocks, closing, list, signer."""
    blocks = [b for b in re.split(r"\n\s*\n", md.strip())]
    i = next(k for k, b in enumerate(blocks) if b.startswith("# "))
    head = blocks[:i]
    plan = {"issuer": [_clean(x) for x in head[0].split("\n")], "motto": [_clean(x) for x in head[1].split("\n")],
            "so": _clean(head[2]), "place_date": _clean(head[3]), "type": blocks[i][2:].strip(),
            "title": _clean(blocks[i + 1]), "body": []}
    k = i + 2
    while not _clean(blocks[k]).startswith("Nơi nhận"):
        b = blocks[k]
        if b.startswith("|"):
            rows = [[_clean(c) for c in ln.strip().strip("|").split("|")] for ln in b.split("\n")
                    if not re.match(r"^\|[-| ]+\|$", ln)]
            plan["body"].append(("table", rows))
        elif b.startswith("## "):
            plan["body"].append(("part", _clean(b[3:])))
        else:
            m = re.match(r"^\*\*(.+?)\*\*(.*)$", b, re.S)
            plan["body"].append(("p", _clean(b), m.group(1) if m else None))
        k += 1
    plan["closing"] = plan["body"].pop()[1]
    plan["recipients"] = [_clean(x) for x in blocks[k + 1].split("\n")]
    plan["signer"] = [_clean(x) for b in blocks[k + 2:] for x in b.split("\n")]
    return plan


def _word():
    import docx
    from docx.shared import Cm, Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def _borderless(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    table._tbl.tblPr.append(b)


def _cell(cell, text: str, bold: bool = False, italic: bool = False, center: bool = True) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.paragraphs[0]
    for k, line in enumerate(text.split("\n")):
        if k:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold, r.italic = bold, italic


def _rule(paragraph, width_cm: float) -> None:
    """A straight line drawn under the paragraph (a DrawingML shape anchored in it), as Word users
    underline the motto and the issuer's name."""
    from lxml import etree
    w = int(width_cm * 360000)
    paragraph._p.append(etree.fromstring(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing>'
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" '
        'distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>900000'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>20000</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{w}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{abs(hash(paragraph)) % 9999 + 1}" name="Line"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:cNvCnPr/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/>'
        '</a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'))


def _small_caps(d, text: str, size: float | None = None, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    m = re.match(r"^([IVX]+\.\s*)(.*)$", text)
    if m:
        r = p.add_run(m.group(1))
        r.bold = True
        text = m.group(2)
    r = p.add_run(text.lower())
    r.bold, r.font.small_caps = True, True
    if size:
        r.font.size = Pt(size)


def _task_table(d, rows: list[list[str]], tall: bool = False) -> None:
    """Word's table; a "^^" cell merged with the one above (vMerge), the header row repeated on
    each page; tall=True spaces the rows out so the table crosses pages."""
    from docx.oxml import OxmlElement
    from docx.shared import Pt
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if c != "^^":
                _cell(t.cell(i, j), c, bold=i == 0, center=i == 0 or len(c) < 4)
    for j in range(len(rows[0])):
        i = 1
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][j] == "^^":
                k += 1
            if k > i:
                t.cell(i, j).merge(t.cell(k, j))
            i = k + 1
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    if tall:
        for row in t.rows[1:]:
            for c in row.cells:
                for p in c.paragraphs:
                    p.paragraph_format.space_after = Pt(26)


def _closing(d, plan: dict) -> None:
    d.add_paragraph(plan["closing"])
    t = d.add_table(rows=1, cols=2)
    _borderless(t)
    left = t.cell(0, 0)
    _cell(left, "Nơi nhận:", bold=True, italic=True, center=False)
    for r in plan["recipients"]:
        left.add_paragraph().add_run(r)
    right = t.cell(0, 1)
    _cell(right, "\n".join(plan["signer"][:-1]), bold=True)
    for _ in range(4):
        right.add_paragraph()
    p = right.add_paragraph()
    p.alignment = 1
    p.add_run(plan["signer"][-1]).bold = True
    d.add_paragraph()   # (Word ends a body with a paragraph, never a table)


def render_habits_docx(plan: dict, out: Path) -> Path:
    d = _word()
    t = d.add_table(rows=2, cols=2)
    _borderless(t)
    _cell(t.cell(0, 0), "\n".join(plan["issuer"]), bold=True)
    _cell(t.cell(0, 1), "\n".join(plan["motto"]), bold=True)
    _rule(t.cell(0, 0).paragraphs[-1], 2.5)
    _rule(t.cell(0, 1).paragraphs[-1], 5.5)
    _cell(t.cell(1, 0), plan["so"].replace("Số: ", "Số:\u00a0\u00a0"))
    _cell(t.cell(1, 1), plan["place_date"].replace("ngày ", "ngày\u00a0"), italic=True)
    _small_caps(d, plan["type"], size=14, center=True)
    d.add_paragraph().add_run(plan["title"]).bold = True
    d.paragraphs[-1].alignment = 1
    d.add_paragraph().add_run(HIDDEN_NOTES[0]).font.hidden = True
    for kind, *rest in plan["body"]:
        if kind == "part":
            _small_caps(d, rest[0])
            if rest[0].startswith("II."):
                d.add_paragraph().add_run(HIDDEN_NOTES[1]).font.hidden = True
        elif kind == "table":
            _task_table(d, rest[0])
        else:
            _lead_paragraph(d, *rest)
    _closing(d, plan)
    d.save(str(out))
    return out


def _lead_paragraph(d, text: str, lead: str | None):
    """A body paragraph, its lead words (an item's number and name) in bold."""
    p = d.add_paragraph()
    if lead:
        p.add_run(lead).bold = True
        p.add_run(text[len(lead):])
    else:
        p.add_run(text)
    return p


def render_habits_pdf_docx(plan: dict, out: Path) -> Path:
    from docx.shared import Cm
    d = _word()
    t = d.add_table(rows=2, cols=2)
    _borderless(t)
    _cell(t.cell(0, 0), "\n".join(plan["issuer"]), bold=True)
    _cell(t.cell(0, 1), "\n".join(plan["motto"]) + "\n" + "_" * 18, bold=True)
    merged = t.cell(1, 0).merge(t.cell(1, 1))
    p = merged.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
    p.add_run("      " + plan["so"])
    p.add_run().add_tab()
    p.add_run(plan["place_date"]).italic = True
    for text in (plan["type"], plan["title"]):
        q = d.add_paragraph()
        q.alignment = 1
        q.add_run(text).bold = True
    for kind, *rest in plan["body"]:
        if kind == "part":
            d.add_paragraph().add_run(rest[0]).bold = True
        elif kind == "table":
            _task_table(d, rest[0], tall=True)
        else:
            _lead_paragraph(d, *rest).alignment = 3   # justified
    _closing(d, plan)
    d.save(str(out))
    return out


def to_pdf(docx_path: Path, out: Path) -> Path:
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=240)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), out)
    return out


def main() -> None:
    raw = ROOT / "data" / "raw"
    render_habits_docx(parse((HERE / f"{DOCX}.md").read_text(encoding="utf-8")), raw / f"{DOCX}.docx")
    with tempfile.TemporaryDirectory() as tmp:
        src = render_habits_pdf_docx(parse((HERE / f"{PDF}.md").read_text(encoding="utf-8")), Path(tmp) / f"{PDF}.docx")
        to_pdf(src, raw / f"{PDF}.pdf")


if __name__ == "__main__":
    main()
