"""Make composed plans scanned three more ways provinces send them, each printed by tests/render.py
from its Markdown source here and signed (render_scan):

    thai-binh-vu-thu-viet-hung-thu-gom-xu-ly-rom-ra-2025-scan.pdf
        two pages taken with a phone scanning app (CamScanner-like): the page found and pulled
        square with a slight perspective left over, the paper white-balanced to white and the print
        darkened ("magic colour", the red seal kept), and the app's watermark line "Scanned with
        CamScanner" at the foot of every page, right of the page number
    bac-lieu-hong-dan-ninh-quoi-nuoc-sach-ve-sinh-nong-thon-2025-scan.pdf
        two pages photocopied from a photocopy, then scanned greyscale: low contrast (grey print on
        grey paper), the copier's toner noise in blotches and specks, and the other side of each sheet
        (the next page, the last page's the one before) bleeding through mirrored at low opacity
    cao-bang-nguyen-binh-tam-kim-trong-cham-soc-rung-2025-scan.pdf
        two pages whose task table goes on over the page break, the header row printed again on the
        second page and one row cut by the break; a clerk's pen ticks beside the table's rows in the
        left margin (and a circled note by one), scanned greyscale

    python tests/composed_sources/app_scans.py [STEM…]   (writes data/raw/<stem>-scan.pdf)
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

RAW = ROOT / "data" / "raw"
APP = "thai-binh-vu-thu-viet-hung-thu-gom-xu-ly-rom-ra-2025"
COPY = "bac-lieu-hong-dan-ninh-quoi-nuoc-sach-ve-sinh-nong-thon-2025"
TICKS = "cao-bang-nguyen-binh-tam-kim-trong-cham-soc-rung-2025"
WATERMARK = "Scanned with CamScanner"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _signed(pdf: Path, tmp: Path, dpi: int, seed: int) -> list:
    """The signed paper's pages in colour at `dpi`, straight and clean."""
    scan = render_scan(pdf, tmp / "clean.pdf", dpi=dpi, skew_deg=0.0, noise=False, seed=seed, signed=True, quality=95)
    return colour_images(scan, dpi)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """PIL's PERSPECTIVE data mapping output corners `dst` to input corners `src`."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return list(np.linalg.solve(a, b))


def app_page(img, n: int, dpi: int, rng):
    """A page as a phone scanning app saves it: cropped to the sheet and pulled square, a slight
    keystone left where the corners were found a little off, the paper balanced to white and the
    print darkened, and the app's watermark at the foot."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    w, h = img.size
    d = 0.012 * w   # the corners' error, a few millimetres
    src = [(d * (1 if n % 2 == 0 else 0.4), d * 0.5), (w - d * 0.3, 0), (w, h - d * 0.2), (d * 0.6, h - d)]
    page = img.transform((w, h), Image.PERSPECTIVE, _perspective_coeffs(src, [(0, 0), (w, 0), (w, h), (0, h)]),
                         resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(page, dtype=np.float32)
    # the phone's light: a warm, uneven cast, then the app's balance to white and its contrast
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cast = (0.90 - 0.08 * (xx / w) - 0.05 * (yy / h))[..., None] * np.array([1.0, 0.96, 0.86], np.float32)
    arr = arr * cast + rng.normal(0, 4, arr.shape)
    white = np.percentile(arr.reshape(-1, 3), 90, axis=0)
    arr = np.clip(arr / white * 255, 0, 255)
    arr = 255 * (arr / 255) ** 1.6   # "magic colour": the print darker, the paper left white
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.5))
    draw = ImageDraw.Draw(out)
    font = ImageFont.truetype(SANS, int(dpi * 0.09))
    tw = draw.textlength(WATERMARK, font=font)
    draw.text((w - tw - 0.45 * dpi, h - 0.42 * dpi), WATERMARK, fill=(150, 150, 150), font=font)
    return out


def copy_of_copy(img, back, dpi: int, rng):
    """A page photocopied from a photocopy, scanned greyscale: the other side's print showing
    through mirrored, the contrast lost twice, the copier's toner in blotches and specks."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    front = np.asarray(img.convert("L").filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)
    through = np.asarray(ImageOps.mirror(back.convert("L")).filter(ImageFilter.GaussianBlur(1.6)), dtype=np.float32)
    arr = front - 0.16 * (255 - through)          # the back's print at about a sixth of its darkness
    arr = 120 + arr * (205 - 120) / 255           # print ~120, paper ~205: contrast lost to two copies
    h, w = arr.shape
    coarse = rng.random((h // 60 + 2, w // 60 + 2)).astype(np.float32)
    blotch = np.asarray(Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
                        .filter(ImageFilter.GaussianBlur(20)), dtype=np.float32) / 255
    arr -= 28 * np.clip(blotch - 0.5, 0, None)    # toner haze where the drum was dirty
    arr += rng.normal(0, 7, arr.shape)
    specks = rng.random(arr.shape) < 0.0025       # toner specks
    arr[specks] -= rng.uniform(40, 90, int(specks.sum()))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return out.rotate(0.5, resample=Image.BICUBIC, fillcolor=200).filter(ImageFilter.GaussianBlur(0.4))


def _table_rows(grey, dpi: int) -> list[tuple[int, int, int]]:
    """(top, bottom, left) of each ruled row of the page's table: a rule is a pixel row dark
    across more than half the page's width."""
    import numpy as np

    ink = np.asarray(grey, dtype=np.uint8) < 128
    dark = ink.sum(axis=1)
    w = ink.shape[1]
    ys = [y for y in range(ink.shape[0]) if dark[y] > 0.5 * w]
    rules: list[int] = []
    for y in ys:
        if not rules or y - rules[-1] > 3:
            rules.append(y)
    if len(rules) < 2:
        return []
    left = int(np.argmax(ink[rules[0] + 1]))
    return [(a, b, left) for a, b in zip(rules, rules[1:]) if b - a > 0.15 * dpi]


def _tick(draw, x: float, y: float, size: float, rng, colour) -> None:
    """A quick pen tick (✓) drawn by hand: two strokes, a little uneven."""
    j = lambda: rng.normal(0, size * 0.06)  # noqa: E731
    pts = [(x + j(), y + j()), (x + 0.35 * size + j(), y + 0.45 * size + j()), (x + size + j(), y - 0.55 * size + j())]
    draw.line(pts, fill=colour, width=max(2, int(size * 0.09)), joint="curve")


def ticked_page(img, dpi: int, rng, skip_header: bool = True):
    """The page with a pen tick in the left margin beside each of its table's rows (the header
    row left out) and a circled "đã xong" by the first one ticked, scanned greyscale."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    grey = img.convert("L")
    rows = _table_rows(grey, dpi)
    page = img.copy()
    draw = ImageDraw.Draw(page)
    pen = (35, 40, 70)
    for k, (top, bottom, left) in enumerate(rows[1:] if skip_header else rows):
        size = 0.16 * dpi * (0.9 + 0.2 * rng.random())
        _tick(draw, left - 0.42 * dpi + rng.normal(0, 4), (top + bottom) / 2 + rng.normal(0, 5), size, rng, pen)
        if k == 0:
            font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", int(dpi * 0.08))
            x, y = left - 0.95 * dpi, top + 0.02 * dpi
            draw.text((x, y), "xong", fill=pen, font=font)
            draw.ellipse((x - 0.05 * dpi, y - 0.04 * dpi, x + 0.42 * dpi, y + 0.16 * dpi), outline=pen, width=3)
    arr = np.asarray(page.convert("L"), dtype=np.float32) * 0.95 + 6 + rng.normal(0, 6, (img.size[1], img.size[0]))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    return out.rotate(-0.6, resample=Image.BICUBIC, fillcolor=240)


def make(stem: str) -> Path:
    import numpy as np

    text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
    rng = np.random.default_rng(120 + len(stem))
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        pdf = render_pdf(text, t / "p.pdf", fmt="md")
        if stem == APP:
            pages = [app_page(img, n, 200, rng) for n, img in enumerate(_signed(pdf, t, 200, 121))]
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 200, 75)
        if stem == COPY:
            signed = _signed(pdf, t, 200, 122)
            backs = [signed[n + 1] if n + 1 < len(signed) else signed[n - 1] for n in range(len(signed))]
            pages = [copy_of_copy(img, back, 200, rng) for img, back in zip(signed, backs)]
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 200, 70)
        if stem == TICKS:
            pages = [ticked_page(img, 200, rng) for img in _signed(pdf, t, 200, 123)]
            return save_pdf(pages, RAW / f"{stem}-scan.pdf", 200, 70)
    raise ValueError(stem)


def main() -> None:
    for stem in (APP, COPY, TICKS):
        if sys.argv[1:] and stem not in sys.argv[1:]:
            continue
        print(make(stem).name)


if __name__ == "__main__":
    main()
