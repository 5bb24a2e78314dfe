"""Make composed plans in three more shapes a signed plan reaches an analyst in, none of which the
other scans here have, each printed by tests/render.py from its Markdown source here and signed
(render_scan):

    yen-bai-van-yen-dong-cuong-phong-chong-sat-lo-dat-mua-mua-2025-photo.jpg
        a one-page plan photographed from above at an angle with a phone, as plans are passed on in
        chat groups: the sheet a trapezoid (its top edge farther from the lens, so narrower), turned
        a little, on a dark desk all round it, the light falling off towards the far edge; the JPEG
        declares no scan resolution (a phone's 72 dpi)
    nam-dinh-giao-thuy-bao-ve-rung-ngap-man-2025-scan.pdf
        a district plan as the receiving commune files it: the clerk's "CÔNG VĂN ĐẾN" register stamp
        (a violet box, its number and date written in by pen) pressed over the issuer's column of the
        header, half over the "Số:" line; a colour scan at 200 dpi
    quang-ngai-mo-duc-duc-lan-tiem-phong-gia-suc-gia-cam-2025-scan.pdf
        a commune plan with its task table, as many portals serve it: greyscale at 150 dpi kept as
        coarse JPEG (quality 40), the two punched holes of the office's binder in the left margin
        and the staple at the top left corner dark on the scan

    python tests/composed_sources/desk_scans.py [STEM…]   (writes data/raw/<stem>-photo.jpg / -scan.pdf)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

from cell_scans import colour_images  # noqa: E402
from render import render_pdf, render_scan  # noqa: E402
from varied_scans import save_pdf  # noqa: E402

from pipeline.ingest.image import solve_perspective  # noqa: E402

RAW = ROOT / "data" / "raw"
KEYSTONE = "yen-bai-van-yen-dong-cuong-phong-chong-sat-lo-dat-mua-mua-2025"
RECEIVED = "nam-dinh-giao-thuy-bao-ve-rung-ngap-man-2025"
PORTAL = "quang-ngai-mo-duc-duc-lan-tiem-phong-gia-suc-gia-cam-2025"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PEN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
STAMP_VIOLET = (96, 52, 150)
PEN_BLUE = (30, 50, 160)


def signed_pages(pdf: Path, tmp: Path, dpi: int, seed: int) -> list:
    """The signed paper's pages in colour at `dpi`, straight and clean."""
    scan = render_scan(pdf, tmp / "clean.pdf", dpi=dpi, skew_deg=0.0, noise=False, seed=seed, signed=True, quality=95)
    return colour_images(scan, dpi)


def keystone_photo(img, dpi: int, rng):
    """The page photographed at an angle on a dark desk: its top edge narrower than its foot,
    turned a little, the desk around it, the light falling off towards the top."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = img.size
    mx, my = int(0.10 * w), int(0.07 * h)
    W, H = w + 2 * mx, h + 2 * my
    # where the sheet's corners land in the photo: top narrower (farther), a slight turn
    dst = [(mx + 0.075 * w, my + 0.010 * h), (mx + 0.935 * w, my - 0.004 * h),
           (mx + 1.010 * w, my + 0.985 * h), (mx - 0.020 * w, my + 1.000 * h)]
    coeffs = solve_perspective([(0, 0), (w, 0), (w, h), (0, h)], dst)
    desk = Image.new("RGB", (W, H), (38, 34, 31))
    sheet = img.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR, fillcolor=0)
    photo = Image.composite(sheet, desk, mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 0.80 + 0.22 * (yy / H) - 0.06 * np.abs(xx / W - 0.5)
    arr = np.asarray(photo, dtype=np.float32) * light[..., None] * np.array([1.02, 1.0, 0.93], np.float32)
    arr += rng.normal(0, 5, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))


def symbol_at(pdf: Path, dpi: int) -> tuple[int, int]:
    """Where the first page prints its "Số:" (left, top), in pixels at `dpi`."""
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        word = next(w for w in doc.pages[0].extract_words() if w["text"].startswith("Số"))
    return int(word["x0"] * dpi / 72), int(word["top"] * dpi / 72)


def received_stamp(img, dpi: int, at: tuple[int, int], number: str, date: str, rng):
    """The receiving office's register stamp pressed over the header's left column, its lower
    part over the "Số:" line, the number and date written in by pen."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    cm = dpi / 2.54
    bw, bh = int(4.6 * cm), int(2.3 * cm)
    stamp = Image.new("L", (bw, bh), 0)
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((2, 2, bw - 3, bh - 3), outline=255, width=max(3, int(0.05 * cm)))
    big, small = ImageFont.truetype(SANS_BOLD, int(0.42 * cm)), ImageFont.truetype(SANS, int(0.30 * cm))
    draw.text((int(0.25 * cm), int(0.15 * cm)), "UBND XÃ GIAO THIỆN", font=small, fill=255)
    draw.text((int(0.55 * cm), int(0.55 * cm)), "CÔNG VĂN ĐẾN", font=big, fill=255)
    draw.text((int(0.25 * cm), int(1.15 * cm)), "Số: .............", font=small, fill=255)
    draw.text((int(0.25 * cm), int(1.65 * cm)), "Ngày: .............", font=small, fill=255)
    stamp = stamp.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, expand=True)
    # the pad's ink, uneven: the press harder on one side
    a = np.asarray(stamp, dtype=np.float32) / 255
    a *= np.clip(0.65 + 0.35 * rng.random(a.shape) ** 0.3, 0, 1) * np.linspace(0.95, 0.7, a.shape[1])[None, :]
    page = img.copy()
    x0, y0 = at[0] - int(1.2 * cm), at[1] - int(0.9 * cm)   # its lower half over the "Số:" line
    region = np.asarray(page.crop((x0, y0, x0 + a.shape[1], y0 + a.shape[0])), dtype=np.float32)
    ink = np.array(STAMP_VIOLET, np.float32)
    region = region * (1 - a[..., None]) + np.minimum(region, ink) * a[..., None]
    page.paste(Image.fromarray(np.clip(region, 0, 255).astype(np.uint8), "RGB"), (x0, y0))
    draw = ImageDraw.Draw(page)
    pen = ImageFont.truetype(PEN_FONT, int(0.40 * cm))
    draw.text((x0 + int(1.2 * cm), y0 + int(1.0 * cm)), number, font=pen, fill=PEN_BLUE)
    draw.text((x0 + int(1.5 * cm), y0 + int(1.5 * cm)), date, font=pen, fill=PEN_BLUE)
    return page.filter(ImageFilter.GaussianBlur(0.4))


def punched_portal_page(img, n: int, dpi: int, rng):
    """A page as a portal serves it: greyscale, two binder holes punched in the left margin (the
    scanner lid's black through them) and the staple at the top left corner."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    grey = img.convert("L")
    w, h = grey.size
    draw = ImageDraw.Draw(grey)
    r = int(0.30 * dpi / 2.54)                      # 6 mm holes
    cx = int(1.1 * dpi / 2.54)                      # 11 mm from the edge
    for cy in (h // 2 - int(4.0 * dpi / 2.54), h // 2 + int(4.0 * dpi / 2.54)):   # 80 mm apart
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=25)
    if n == 0:
        sx, sy = int(0.8 * dpi / 2.54), int(0.9 * dpi / 2.54)
        draw.line((sx, sy + int(0.9 * dpi / 2.54), sx + int(0.9 * dpi / 2.54), sy), fill=40, width=max(3, dpi // 60))
    arr = np.asarray(grey, dtype=np.float32) * 0.94 + 8 + rng.normal(0, 5, (h, w))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    return out.rotate(0.7 if n % 2 == 0 else -0.5, resample=Image.BICUBIC, fillcolor=235)


def make(stem: str) -> Path:
    import numpy as np

    text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
    rng = np.random.default_rng(150 + len(stem))
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        pdf = render_pdf(text, t / "p.pdf", fmt="md")
        if stem == KEYSTONE:
            photo = keystone_photo(signed_pages(pdf, t, 200, 151)[0], 200, rng)
            out = RAW / f"{stem}-photo.jpg"
            photo.save(out, "JPEG", quality=85, dpi=(72, 72))
            return out
        if stem == RECEIVED:
            pages = signed_pages(pdf, t, 200, 152)
            pages[0] = received_stamp(pages[0], 200, symbol_at(pdf, 200), "356", "09/6/2025", rng)
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 200, 70)
        if stem == PORTAL:
            pages = [punched_portal_page(img, n, 150, rng) for n, img in enumerate(signed_pages(pdf, t, 150, 153))]
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 150, 40)
    raise ValueError(stem)


def main() -> None:
    for stem in (KEYSTONE, RECEIVED, PORTAL):
        if sys.argv[1:] and stem not in sys.argv[1:]:
            continue
        print(make(stem).name)


if __name__ == "__main__":
    main()
