"""Make the composed plans that come as a PDF exported from Word by LibreOffice, from their Markdown
twins here: the plan laid out by tests/render_docx.py (A4, Times New Roman 13, task table's header
row repeated on each page, rows free to break across pages, Word footnotes), its page header a
running title and its footer "Trang N/M" (PAGE and NUMPAGES fields, none on the first page), then
exported to PDF by LibreOffice (soffice --convert-to pdf).

    vinh-phuc-sgtvt-trat-tu-an-toan-giao-thong-2025   a portrait plan whose task table runs over
                                                      several pages, a row split by a page break
    hoa-thanh-trat-tu-xay-dung-2025                   the body portrait, the appendix's table on
                                                      landscape pages: the first set on a portrait
                                                      page with /Rotate 90, the rest left landscape
    ham-thuan-bac-binh-dang-gioi-2025                 no running title or footer: the page number
                                                      alone, centred in the top margin from page 2
                                                      (Nghị định 30/2020/NĐ-CP), over a task table
                                                      that runs across the pages
    tan-uyen-phat-trien-cay-che-2025                  the appendix's table on landscape pages: the
                                                      first left landscape, the next set on a
                                                      portrait page with /Rotate 270
    yen-thanh-quang-thanh-phong-chay-chua-chay-rung-2025
                                                      two pages: from page 2, the running title and
                                                      "Trang N" on one header line, parted by a right
                                                      tab (no other page repeats it), over the rest
                                                      of the task table
    khanh-hoa-dien-khanh-phong-chong-thien-tai-2026   a commune of Khánh Hòa after the 2025 merger:
                                                      the running title is the plan's own number
                                                      ("Kế hoạch số 28/KH-UBND ..."), the footer
                                                      "Trang N/M", over a task table whose header
                                                      row repeats on each page it runs on
    quang-ninh-chuyen-doi-so-2025                     the appendix's task table with a "Ghi chú"
                                                      column, full-width "QUÝ I" rows, group rows
                                                      "1" over tasks "1.1", and a "Cơ quan chủ trì"
                                                      cell merged down several rows (vMerge)
    tien-hai-tay-giang-bao-ve-moi-truong-2025         the task table's narrow header cells ("STT",
                                                      "Thời gian", "Ghi chú") set with Word's text
                                                      direction "bottom to top" (btLr), in a header
                                                      row made tall for them
    hoang-hoa-hoang-quy-phong-chong-benh-dai-2025     two pages, Word's "different first page": page 2
                                                      alone prints the running title (small italic,
                                                      over the rest of the task table) and, in the
                                                      footer, "- 1 -": the pages numbered from 0, so
                                                      the numbers start at 1 on page 2

    python tests/composed_sources/word_export_pdfs.py [STEM ...]   (writes data/raw/<stem>.pdf)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render import turn_landscape  # noqa: E402
from render_docx import W_NS, _column_widths, _convert, _el, _widths, render_docx  # noqa: E402

PLANS = {
    "vinh-phuc-sgtvt-trat-tu-an-toan-giao-thong-2025": dict(
        running="Sở Giao thông vận tải tỉnh Vĩnh Phúc - Kế hoạch bảo đảm trật tự, an toàn giao thông năm 2025",
        landscape=False, turns=None),
    "hoa-thanh-trat-tu-xay-dung-2025": dict(
        running="UBND thị xã Hòa Thành - Kế hoạch quản lý trật tự xây dựng năm 2025",
        landscape=True, turns=["rotate90", "keep"]),
    "ham-thuan-bac-binh-dang-gioi-2025": dict(running=None, landscape=False, turns=None),
    "tan-uyen-phat-trien-cay-che-2025": dict(
        running="UBND huyện Tân Uyên - Kế hoạch phát triển cây chè năm 2025",
        landscape=True, turns=["keep", "rotate270"]),
    "yen-thanh-quang-thanh-phong-chay-chua-chay-rung-2025": dict(
        running="UBND xã Quang Thành - Kế hoạch bảo vệ rừng và phòng cháy, chữa cháy rừng năm 2025",
        landscape=False, turns=None, number_in_title=True),
    "khanh-hoa-dien-khanh-phong-chong-thien-tai-2026": dict(
        running="Kế hoạch số 28/KH-UBND ngày 20/01/2026 của UBND xã Diên Khánh",
        landscape=False, turns=None),
    "quang-ninh-chuyen-doi-so-2025": dict(
        running="UBND tỉnh Quảng Ninh - Kế hoạch chuyển đổi số năm 2025", landscape=False, turns=None),
    "hoang-hoa-hoang-quy-phong-chong-benh-dai-2025": dict(
        running="UBND xã Hoằng Quỳ - Kế hoạch phòng, chống bệnh Dại trên đàn chó, mèo năm 2025",
        landscape=False, turns=None, footer="- {page} -", start=0),
    "tien-hai-tay-giang-bao-ve-moi-truong-2025": dict(
        running="UBND xã Tây Giang - Kế hoạch bảo vệ môi trường năm 2025", landscape=False, turns=None,
        turned_head=("STT", "Thời gian", "Ghi chú")),
}


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) in the paragraph, its result filled in when laid out."""
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            run._r.append(_el("w:fldChar", fldCharType=kind))
        elif text.strip() == code:
            instr = _el("w:instrText")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def _footnote_text_size(document, half_points: int) -> None:
    """The notes set as Word's "Footnote Text" style sets them (10 pt), not in the body's size."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype != RT.FOOTNOTES:
            continue
        part = rel.target_part  # (python-docx reads footnotes.xml as a plain part: its bytes)
        root = etree.fromstring(part.blob)
        for run in root.iter(f"{{{W_NS}}}r"):
            rpr = run.find(f"{{{W_NS}}}rPr")
            if rpr is None:
                rpr = etree.SubElement(run, f"{{{W_NS}}}rPr")
                run.insert(0, rpr)
            etree.SubElement(rpr, f"{{{W_NS}}}sz").set(f"{{{W_NS}}}val", str(half_points))
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def export(stem: str, out_path: Path, running: str | None, landscape: bool, turns: list[str] | None,
           number_in_title: bool = False, footer: str | None = None, start: int | None = None,
           turned_head: tuple[str, ...] = ()) -> Path:
    """running: the page header's running title, with "Trang N/M" in the footer; None for the page
    number alone at the top (render_docx's page_number). number_in_title: "Trang N" on the running
    title's line instead, at the right margin (a right tab stop), and no footer. footer: the
    footer's pattern instead of "Trang N/M", centred ("- {page} -"); start: the number Word counts
    the first page as (0: page 2 prints 1). turned_head: the task table's header cells whose text runs
    bottom to top (Word's text direction btLr), the header row 2.2 cm tall to hold them."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    md = (HERE / f"{stem}.md").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="kehoach-export-") as tmp:
        path = Path(tmp) / f"{stem}.docx"
        if running is None:
            render_docx(md, path, word_layout=True, landscape_appendix=landscape, page_number="{page}",
                        running_text=False)
            _convert(path, out_path, "pdf", "pdf:writer_pdf_Export", timeout=180)
            return out_path
        render_docx(md, path, word_layout=True, landscape_appendix=landscape)
        document = docx.Document(str(path))
        first = document.sections[0]
        first.different_first_page_header_footer = True
        head = first.header.paragraphs[0]
        head.text = ""
        run = head.add_run(running)
        run.italic, run.font.size = True, Pt(10)
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot = first.footer.paragraphs[0]
        foot.text = ""
        if number_in_title:
            head.alignment = WD_ALIGN_PARAGRAPH.LEFT
            head.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
            number = head.add_run("\tTrang ")
            number.italic, number.font.size = True, Pt(10)
            _field(head, "PAGE")
        elif footer:
            foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
            before, after = footer.split("{page}")
            foot.add_run(before)
            _field(foot, "PAGE")
            foot.add_run(after)
        else:
            foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            foot.add_run("Trang ")
            _field(foot, "PAGE")
            foot.add_run("/")
            _field(foot, "NUMPAGES")
        if start is not None:
            sect_pr = first._sectPr
            for old in sect_pr.findall(f"{{{W_NS}}}pgNumType"):
                sect_pr.remove(old)
            # (schema order: pgNumType before cols)
            cols = sect_pr.find(f"{{{W_NS}}}cols")
            num = _el("w:pgNumType", start=str(start))
            cols.addprevious(num) if cols is not None else sect_pr.append(num)
        for section in document.sections[1:]:
            section.different_first_page_header_footer = False
        _footnote_text_size(document, 20)
        if turned_head:
            _turn_head(document, turned_head)
        if landscape:  # the appendix's table as wide as the landscape page's text (25.7 cm)
            table = document.tables[-1]
            texts = [[c.text for c in row.cells] for row in table.rows]
            _widths(table, _column_widths(texts, len(texts[0]), 24.5))
        document.save(str(path))
        _convert(path, out_path, "pdf", "pdf:writer_pdf_Export", timeout=180)
    if turns:
        turn_landscape(out_path, out_path, turns)
    return out_path


def _turn_head(document, texts: tuple[str, ...]) -> None:
    """The header cells of the task table (the table whose first row names them) set running bottom
    to top, as Word's "Text direction" turns a narrow column's heading to save width."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    for table in document.tables:
        head = table.rows[0]
        if not any(c.text.strip() in texts for c in head.cells):
            continue
        tr_pr = head._tr.get_or_add_trPr()
        tr_pr.append(_el("w:trHeight", val="1250", hRule="atLeast"))
        for cell in head.cells:
            if cell.text.strip() in texts:
                cell._tc.get_or_add_tcPr().append(_el("w:textDirection", val="btLr"))
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        return


def main(stems: list[str] | None = None) -> None:
    for stem, opts in PLANS.items():
        if not stems or stem in stems:
            print(export(stem, ROOT / "data" / "raw" / f"{stem}.pdf", **opts))


if __name__ == "__main__":
    main(sys.argv[1:])
