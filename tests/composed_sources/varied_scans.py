"""Make composed plans scanned the ways provinces collect them that the other scans here do not
cover, each printed by tests/render.py from its Markdown source here and signed (render_scan):

    tuyen-quang-son-duong-th-tu-thinh-phong-chong-duoi-nuoc-2025-scan.pdf
        a primary school's plan whose place-date line stands in the signer column above the
        principal's title (no date in the header); a colour scan at 250 dpi, the round seal in
        purple ink stamped over the date line's end, the title and the name, a blue signature
    ninh-thuan-ninh-hai-nhon-hai-bao-ve-nguon-loi-thuy-san-2025-scan.pdf
        two pages through a book scanner (overhead, greyscale, 150 dpi): the page skewed 1.6°, the
        black of the cover around it, a dark shadow along the gutter fading into the page, kept as
        coarse JPEG (quality 30)
    lam-dong-di-linh-gia-hiep-an-toan-giao-thong-2025-scan.pdf
        three pages, the task table a landscape appendix grouped by "Quý I" … "Quý IV" rows,
        printed on A4 and fed through a sheet-fed scanner portrait: its image turned a quarter
        counter-clockwise (the table runs up the page); greyscale at 200 dpi
    vinh-phuc-tam-duong-huong-dao-tet-trung-thu-2025-scan.tif
        a fax as it is kept: a multi-page 1-bit TIFF (CCITT G4) at 200 dpi, the sending machine's
        line across the top of each page, strokes broken where the thermal paper faded, speckle
        from the line; the header in its borderless two-column table
    ben-tre-cho-lach-vinh-thanh-phong-chong-xam-nhap-man-2025-photo.jpg
        a one-page plan whose task table has horizontal rules only (no vertical line), taken as a
        phone photo by a window: the light falling off across the page and the phone's shadow
        over one corner

    python tests/composed_sources/varied_scans.py [STEM…]   (writes data/raw/<stem>-scan.* / -photo.jpg)
"""
from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

from cell_scans import colour_images  # noqa: E402
from render import SEAL_PURPLE, render_pdf, render_scan  # noqa: E402

RAW = ROOT / "data" / "raw"
SEAL = "tuyen-quang-son-duong-th-tu-thinh-phong-chong-duoi-nuoc-2025"
BOOK = "ninh-thuan-ninh-hai-nhon-hai-bao-ve-nguon-loi-thuy-san-2025"
TURNED = "lam-dong-di-linh-gia-hiep-an-toan-giao-thong-2025"
FAX = "vinh-phuc-tam-duong-huong-dao-tet-trung-thu-2025"
PHOTO = "ben-tre-cho-lach-vinh-thanh-phong-chong-xam-nhap-man-2025"
FAX_LINE = "28/08/2025 16:42  FAX +84 211 3836 105  UBND XA HUONG DAO  P.{page:03d}/{pages:03d}"
FIXED = time.gmtime(1735689600)  # 2025-01-01: the same input gives the same bytes


def save_pdf(images: list, out_path: Path, dpi: int, quality: int) -> Path:
    """Page images as one PDF at `dpi`, dated FIXED so that a rerun writes the same bytes."""
    images[0].save(out_path, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi),
                   quality=quality, creationDate=FIXED, modDate=FIXED)
    return out_path


def _clean_signed(pdf: Path, tmp: Path, dpi: int) -> list:
    """The signed paper's pages in colour at `dpi`, straight and clean: what a degrading step starts from."""
    scan = render_scan(pdf, tmp / "clean.pdf", dpi=dpi, skew_deg=0.0, noise=False, seed=0, signed=True, quality=95)
    return colour_images(scan, dpi)


def book_scan(img, n: int, dpi: int, skew_deg: float, rng):
    """A page under an overhead book scanner (greyscale): skewed, the cover's black around it, the
    gutter (left of a right-hand page, right of a left-hand one) in a shadow that fades into the text."""
    import numpy as np
    from PIL import Image, ImageFilter

    grey = img.convert("L")
    w, h = grey.size
    pad = int(0.35 * dpi / 2.54 * 2)  # about 7 mm of cover around the sheet
    canvas = Image.new("L", (w + 2 * pad, h + 2 * pad), 18)
    canvas.paste(grey, (pad, pad))
    canvas = canvas.rotate(skew_deg if n % 2 == 0 else -skew_deg, resample=Image.BICUBIC, fillcolor=18)
    arr = np.asarray(canvas, dtype=np.float32)
    W = arr.shape[1]
    x = np.arange(W, dtype=np.float32)
    gutter = x - pad if n % 2 == 0 else (W - pad) - x    # distance from the gutter edge of the sheet
    shade = 1 - 0.75 * np.exp(-np.clip(gutter, 0, None) / (0.9 * dpi / 2.54))
    shade[gutter < 0] = 0.25
    arr = arr * shade[None, :]
    arr = arr * 0.93 + 8 + rng.normal(0, 6, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return out.filter(ImageFilter.GaussianBlur(0.5))


def fax_page(img, page: int, pages: int, dpi: int, rng):
    """A page as a fax machine prints and a clerk scans it back, 1-bit: the sender's line on top,
    strokes broken where the thermal paper faded, and the line's speckle."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    grey = img.convert("L")
    draw = ImageDraw.Draw(grey)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", int(dpi * 0.11))
    draw.text((int(dpi * 0.5), int(dpi * 0.18)), FAX_LINE.format(page=page, pages=pages), fill=0, font=font)
    grey = grey.rotate(0.4 * (1 if page % 2 else -1), resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(grey.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32)
    h, w = arr.shape
    # faded patches: the threshold drops there, so thin strokes break
    coarse = rng.random((h // 40 + 2, w // 40 + 2)).astype(np.float32)
    field = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
                       .filter(ImageFilter.GaussianBlur(12)), dtype=np.float32) / 255
    threshold = 150 - 70 * np.clip((field - 0.45) * 2.5, 0, 1)
    ink = arr < threshold
    ink &= rng.random(arr.shape) > 0.06              # pixel dropouts along the strokes
    ink |= rng.random(arr.shape) < 0.0015            # speckle from the line
    streak = rng.integers(0, h, 3)                   # a few thin lines where a row of the head misfired
    for y in streak:
        ink[y, rng.integers(0, w // 2): rng.integers(w // 2, w)] = True
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.NONE)


def window_photo(img, dpi: int, rng):
    """A phone photo of a page on a desk by a window: tilted, the light falling off across the
    page from the window side, and the phone's soft shadow over one corner."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = img.size
    margin = int(0.05 * w)
    desk = (70, 62, 55)
    canvas = Image.new("RGB", (w + 2 * margin, h + 2 * margin), desk)
    canvas.paste(img, (margin, margin))
    canvas = canvas.rotate(2.6, resample=Image.BICUBIC, fillcolor=desk)
    W, H = canvas.size
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    light = 1.12 - 0.45 * (xx / W) ** 1.4 - 0.10 * (yy / H)          # the window on the left
    shadow = np.exp(-(((xx - 0.92 * W) / (0.30 * W)) ** 2 + ((yy - 0.95 * H) / (0.22 * H)) ** 2))
    light = light * (1 - 0.45 * shadow)
    arr = np.asarray(canvas, dtype=np.float32) * light[..., None]
    arr += rng.normal(0, 5, arr.shape)
    arr[..., 2] *= 0.92
    arr[..., 0] *= 1.03
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))


def make(stem: str) -> Path:
    import numpy as np

    text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        if stem == SEAL:
            pdf = render_pdf(text, t / "p.pdf", fmt="md")
            return render_scan(pdf, RAW / f"{stem}-scan.pdf", dpi=250, skew_deg=0.8, seed=91, signed=True,
                               quality=70, seal_colour=SEAL_PURPLE)
        if stem == TURNED:
            pdf = render_pdf(text, t / "p.pdf", fmt="md", landscape_appendix=True)
            return render_scan(pdf, RAW / f"{stem}-scan.pdf", dpi=200, skew_deg=0.9, seed=93, signed=True,
                               grey=True, quality=60, sideways=True)
        rng = np.random.default_rng(90 + len(stem))
        if stem == BOOK:
            pdf = render_pdf(text, t / "p.pdf", fmt="md")
            pages = [book_scan(img, n, 150, 1.6, rng) for n, img in enumerate(_clean_signed(pdf, t, 150))]
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 150, 30)
        if stem == FAX:
            pdf = render_pdf(text, t / "p.pdf", fmt="md")
            images = _clean_signed(pdf, t, 200)
            pages = [fax_page(img, n + 1, len(images), 200, rng) for n, img in enumerate(images)]
            out = RAW / f"{stem}-scan.tif"
            pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))
            return out
        if stem == PHOTO:
            pdf = render_pdf(text, t / "p.pdf", fmt="md", table_rules="rows")
            photo = window_photo(_clean_signed(pdf, t, 200)[0], 200, rng)
            out = RAW / f"{stem}-photo.jpg"
            photo.save(out, "JPEG", quality=82, dpi=(200, 200))
            return out
    raise ValueError(stem)


def main() -> None:
    for stem in (SEAL, BOOK, TURNED, FAX, PHOTO):
        if sys.argv[1:] and stem not in sys.argv[1:]:
            continue
        print(make(stem).name)


if __name__ == "__main__":
    main()
