"""Make the composed plans whose signed paper comes scanned into Word in a way that is not a picture
in a body paragraph:

    quang-nam-tien-phuoc-tien-lanh-tiem-chung-mo-rong-2025-scan.docx
        the scanned pages laid out one a cell of a one-column table (a page a row, 16 cm wide), as
        some offices paste them; the first sheet went through the scanner upside down and was
        pasted so (a colour scan at 200 dpi, the red seal over the signer block, pasted in
        colour as JPEG)

    gia-lai-chu-se-bo-ngoong-phong-chong-dich-ta-lon-chau-phi-2025-scan.docx
        the scanned pages as VML pictures (w:pict / v:shape / v:imagedata, sized in points), as
        Word 2003 wrote them and they stay in a .doc saved again as .docx, one a paragraph, each
        paragraph ending in a page break (Ctrl+Enter after the picture); a colour scan at 250 dpi

Both printed by tests/render.py from its Markdown source here, scanned by render_scan.

    python tests/composed_sources/cell_scans.py   (writes data/raw/<stem>-scan.docx)
"""
from __future__ import annotations

import sys
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

from mixed_scans import DPI  # noqa: E402
from render import render_pdf, render_scan  # noqa: E402

TABLE = "quang-nam-tien-phuoc-tien-lanh-tiem-chung-mo-rong-2025"
VML = "gia-lai-chu-se-bo-ngoong-phong-chong-dich-ta-lon-chau-phi-2025"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def colour_images(scan_pdf: Path, dpi: int = DPI) -> list:
    """The page images of an image-only PDF in colour, at the resolution they were scanned at."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(scan_pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in pdf]
    finally:
        pdf.close()


def table_docx(images: list, out_path: Path, width_cm: float = 16.0) -> Path:
    """A Word document holding only a one-column table, each row one page picture."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    table = document.add_table(rows=len(images), cols=1)
    table.style = "Table Grid"
    for row, img in zip(table.rows, images):
        buf = BytesIO()
        img.save(buf, "JPEG", quality=70, dpi=(DPI, DPI))
        buf.seek(0)
        row.cells[0].paragraphs[0].add_run().add_picture(buf, width=Cm(width_cm))
    document.save(str(out_path))
    return out_path


def vml_docx(images: list, out_path: Path, dpi: int, width_cm: float = 16.0) -> Path:
    """A Word document of the page pictures written as VML, one a paragraph, each paragraph ending
    in a page break but the last."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm
    from lxml import etree

    document = docx.Document()
    for k, img in enumerate(images):
        buf = BytesIO()
        img.save(buf, "JPEG", quality=70, dpi=(dpi, dpi))
        buf.seek(0)
        run = document.add_paragraph().add_run()
        run.add_picture(buf, width=Cm(width_cm))
        if k < len(images) - 1:
            run.add_break(WD_BREAK.PAGE)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
    for k, drawing in enumerate(list(document.element.body.iter(f"{{{W_NS}}}drawing"))):
        rid = drawing.find(".//a:blip", ns).get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")
        ext = drawing.find(".//wp:extent", ns)
        width_pt, height_pt = (int(ext.get(a)) / 12700 for a in ("cx", "cy"))
        pict = etree.fromstring(
            f'<w:pict {VML_NS}><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" '
            f'o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"/>'
            f'<v:shape id="_x0000_i10{25 + k}" type="#_x0000_t75" style="width:{width_pt:.2f}pt;height:{height_pt:.2f}pt">'
            f'<v:imagedata r:id="{rid}" o:title=""/></v:shape></w:pict>')
        drawing.getparent().replace(drawing, pict)
    document.save(str(out_path))
    return out_path


def main() -> None:
    raw = ROOT / "data" / "raw"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        pdf = render_pdf((HERE / f"{TABLE}.md").read_text(encoding="utf-8"), t / "t.pdf", fmt="md")
        scan = render_scan(pdf, t / "t-scan.pdf", dpi=DPI, skew_deg=0.9, seed=83, signed=True, grey=False,
                           quality=60, turn={1: 180})
        table_docx(colour_images(scan), raw / f"{TABLE}-scan.docx")
        print(TABLE)
        pdf = render_pdf((HERE / f"{VML}.md").read_text(encoding="utf-8"), t / "v.pdf", fmt="md")
        scan = render_scan(pdf, t / "v-scan.pdf", dpi=250, skew_deg=0.6, seed=84, signed=True, quality=60)
        vml_docx(colour_images(scan, 250), raw / f"{VML}-scan.docx", 250)
        print(VML)


if __name__ == "__main__":
    main()
