"""Make the composed plans that come partly or wholly as page images in another container:

    phu-yen-tuy-an-an-ninh-dong-cong-tac-dan-so-2025-scan.docx
        a Word document with no typed text: the signed paper scanned (greyscale, 200 dpi, seal and
        signature grey like the print) and each page pasted in as an inline picture 16 cm wide, one
        paragraph a page, as an office forwards a signed plan "in Word"
    hau-giang-vi-thuy-vi-thang-phong-chong-tac-hai-thuoc-la-2025-scan.pdf
        a PDF whose first page is the typed text layer and whose second (the organization part and
        the signer) is the signed page scanned back in at 200 dpi, with a signing service's
        one-line stamp as its only text ("Ký bởi … - Trang 2")

Both printed by tests/render.py from their Markdown source here.

    python tests/composed_sources/mixed_scans.py   (writes data/raw/<stem>-scan.docx / .pdf)
"""
from __future__ import annotations

import sys
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render import FONT, register_fonts, render_pdf, render_scan, splice_pages  # noqa: E402

WORD = "phu-yen-tuy-an-an-ninh-dong-cong-tac-dan-so-2025"
MIXED = "hau-giang-vi-thuy-vi-thang-phong-chong-tac-hai-thuoc-la-2025"
STAMP = "Ký bởi: Ủy ban nhân dân xã Vị Thắng - Ngày ký: 22/04/2025 08:15 - Trang 2"
DPI = 200


def scan_images(scan_pdf: Path) -> list:
    """The page images of an image-only PDF, at the resolution they were scanned at."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(scan_pdf))
    try:
        return [page.render(scale=DPI / 72, grayscale=True).to_pil() for page in pdf]
    finally:
        pdf.close()


def pictures_docx(images: list, out_path: Path, width_cm: float = 16.0) -> Path:
    """A Word document holding only the page pictures, one paragraph each."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for img in images:
        buf = BytesIO()
        img.save(buf, "JPEG", quality=70, dpi=(DPI, DPI))
        buf.seek(0)
        document.add_picture(buf, width=Cm(width_cm))
    document.save(str(out_path))
    return out_path


def stamped_page(img, out_path: Path, stamp: str) -> Path:
    """One A4 PDF page: the scanned image over the whole page and a line of text at its foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    register_fonts()
    c = canvas.Canvas(str(out_path), pagesize=A4, invariant=1)
    w, h = A4
    buf = BytesIO()
    img.save(buf, "JPEG", quality=60)
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
    c.setFont(FONT, 7)
    c.drawString(30 * mm, 8 * mm, stamp)
    c.showPage()
    c.save()
    return out_path


def main() -> None:
    raw = ROOT / "data" / "raw"
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        pdf = render_pdf((HERE / f"{WORD}.md").read_text(encoding="utf-8"), t / "w.pdf", fmt="md")
        scan = render_scan(pdf, t / "w-scan.pdf", dpi=DPI, skew_deg=0.6, seed=71, signed=True, grey=True, quality=60)
        pictures_docx(scan_images(scan), raw / f"{WORD}-scan.docx")
        print(WORD)
        pdf = render_pdf((HERE / f"{MIXED}.md").read_text(encoding="utf-8"), t / "m.pdf", fmt="md")
        scan = render_scan(pdf, t / "m-scan.pdf", dpi=DPI, skew_deg=0.8, seed=72, pages=[2], signed=True,
                           grey=True, quality=60)
        page = stamped_page(scan_images(scan)[0], t / "m-page2.pdf", STAMP)
        splice_pages(pdf, page, raw / f"{MIXED}-scan.pdf", [2])
        print(MIXED)


if __name__ == "__main__":
    main()
