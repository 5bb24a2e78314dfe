"""Make composed plans scanned coarser than the other scans here, from their Markdown twins in
data/raw, printed by tests/render.py and signed (render_scan):

    tam-duong-ban-bo-le-hoi-mua-vu-2025-scan.pdf
        a commune plan whose ruled task table (15 rows over two pages) came off a printer short of
        toner: every vertical rule printed as a dashed line, the horizontal ones whole; scanned
        greyscale at 150 dpi, skewed 0.9°, kept as coarse JPEG (quality 50). The table's grid is not
        found, and Tesseract reads the dashed rules as "¡", "!", "ị", "'" on every line of the table
    tran-van-thoi-sat-lo-bo-bien-2025-scan.tif
        a district plan as a fax in standard mode: 1-bit at 150 dpi (a multi-page CCITT G4 TIFF),
        the sending machine's threshold leaving the seal and the signature black over the signer's
        title and name, line noise in specks; the hooks over "ể", "ả" print as a dot or a tick

    python tests/composed_sources/coarse_scans.py [STEM…]   (writes data/raw/<stem>-scan.pdf / .tif)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(HERE)]

from cell_scans import colour_images  # noqa: E402
from render import _save_scan, render_pdf, render_scan  # noqa: E402

RAW = ROOT / "data" / "raw"
DASHED = "tam-duong-ban-bo-le-hoi-mua-vu-2025"
FAX = "tran-van-thoi-sat-lo-bo-bien-2025"


def _signed(stem: str, tmp: Path, dpi: int, seed: int) -> list:
    """The signed paper's pages in colour at `dpi`, straight and clean."""
    pdf = render_pdf((RAW / f"{stem}.md").read_text(encoding="utf-8"), tmp / "plan.pdf")
    scan = render_scan(pdf, tmp / "clean.pdf", dpi=dpi, skew_deg=0.0, noise=False, seed=seed, signed=True, quality=95)
    return colour_images(scan, dpi)


def dash_vertical_rules(grey, dash: int, gap: int, min_run: int):
    """Every long vertical run of ink (a table's rule) broken into dashes `dash` px long, `gap` apart."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(grey).copy()
    dark = arr < 128
    for x in np.flatnonzero(dark.sum(axis=0) > 0.05 * arr.shape[0]):
        edges = np.flatnonzero(np.diff(np.r_[0, dark[:, x].astype(np.int8), 0]))
        for a, b in zip(edges[::2], edges[1::2]):
            if b - a > min_run:
                for y in range(a + dash, b, dash + gap):
                    arr[y:min(b, y + gap), x] = 255
    return Image.fromarray(arr, "L")


def dashed(out: Path) -> Path:
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(13)
    with tempfile.TemporaryDirectory() as tmp:
        pages = [img.convert("L") for img in _signed(DASHED, Path(tmp), 150, 13)]
    scanned = []
    for n, img in enumerate(pages):
        img = dash_vertical_rules(img, dash=8, gap=6, min_run=60)
        img = img.rotate(0.9 if n % 2 == 0 else -0.6, resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(img.filter(ImageFilter.GaussianBlur(0.5)), dtype=np.float32)
        arr = arr + rng.normal(0, 8, arr.shape)
        scanned.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L"))
    return _save_scan(scanned, out, 150, 50)


def fax(out: Path) -> Path:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(5)
    with tempfile.TemporaryDirectory() as tmp:
        pages = _signed(FAX, Path(tmp), 150, 5)
    sheets = []
    for n, img in enumerate(pages):
        grey = img.convert("L").rotate(0.8 if n % 2 == 0 else -0.6, resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(grey, dtype=np.float32) + rng.normal(0, 18, (grey.height, grey.width))
        white = arr > 150
        white[rng.random(white.shape) < 0.001] = False   # line noise
        sheets.append(Image.fromarray((white * 255).astype(np.uint8), "L").convert("1"))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheets[0].save(out, save_all=True, append_images=sheets[1:], compression="group4", dpi=(150, 150))
    return out


MAKERS = {DASHED: (dashed, ".pdf"), FAX: (fax, ".tif")}


def main(stems: list[str]) -> None:
    for stem in stems or list(MAKERS):
        make, ext = MAKERS[stem]
        print(make(RAW / f"{stem}-scan{ext}"))


if __name__ == "__main__":
    main(sys.argv[1:])
