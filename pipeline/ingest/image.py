"""Reader for plans that arrive as images: scans (.png, .tif, multi-page .tif) and phone photos (.jpg).

Each frame is one page: turned upright by its EXIF orientation, a photo's page cut out of the
desk and straightened (perspective), uneven light flattened, scaled to ~300 dpi, then read by
pipeline.ingest.ocr (which deskews, rebuilds tables and fixes 90°/180° turns).
Pillow's decompression-bomb guard stays on.
"""
from __future__ import annotations

import warnings
from io import BytesIO
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from pipeline.document import RawDocument, RawLine, number_tables
from pipeline.errors import PlanError
from pipeline.ingest import ocr

TARGET_DPI = 300
A4_LONG_IN = 11.69     # inches: the long side of an A4 page
MAX_UPSCALE = 3.0
MAX_PIXELS_AFTER_SCALE = 60_000_000
PHOTO_MAX_SKEW = 8.0   # a hand-held photo is turned by more than a scanner's feed


def _too_large(exc: Exception | None, size: tuple[int, int] | None = None) -> PlanError:
    dims = f" ({size[0]}x{size[1]} pixels)" if size else ""
    return PlanError("image_too_large", f"the image is too large to read safely{dims}: Pillow's decompression-bomb "
                     "guard refused it; scan the plan again at 300 dpi or export it as PDF")


def _check_size(size: tuple[int, int]) -> None:
    limit = Image.MAX_IMAGE_PIXELS
    if limit and size[0] * size[1] > 2 * limit:
        raise _too_large(None, size)


def _frames(img: Image.Image):
    n = getattr(img, "n_frames", 1) or 1
    for i in range(n):
        if n > 1:
            img.seek(i)
        _check_size(img.size)
        yield i, img


# A 1-bit page (a fax, a CCITT G4 TIFF, a scanner set to "black and white") keeps every pin-hole
# the threshold punched in a faded stroke and every speck of the line's noise as hard pixels; read
# as it is, Tesseract breaks words at the holes and reads the specks as marks ("HƯỚNG BẠO", "Tựdo-
# Hạnhphúc", "¬"). Softened to the grey a scanner would have given (a blur of about a stroke's
# thinnest part), a one-pixel hole or speck fades into its surroundings and a stroke stays a stroke;
# nothing is removed, so thin print survives as it does not under a median filter.
BILEVEL_SOFTEN_IN = 0.004   # inches: 0.8 px at a fax's 200 dpi, 1.2 px at 300 dpi
BILEVEL_DPI = 200           # a 1-bit page that declares no resolution is taken as a fax's


def soften_bilevel(img: Image.Image) -> Image.Image:
    """A 1-bit image as grey, softened by BILEVEL_SOFTEN_IN (see above); any other image as it is."""
    if img.mode != "1":
        return img
    dpi = _declared_dpi(img) or BILEVEL_DPI
    return img.convert("L").filter(ImageFilter.GaussianBlur(BILEVEL_SOFTEN_IN * dpi))


def _flatten(img: Image.Image) -> Image.Image:
    """Transparency over white, 16-bit and float samples to 8 bits, a 1-bit page softened to grey;
    colour kept."""
    img = soften_bilevel(img)
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, img)
    if img.mode == "I;16" or img.mode.startswith("I;16"):
        img = img.point(lambda v: v / 256)
    if img.mode in ("I", "F"):
        arr = np.asarray(img, dtype=np.float64)
        hi = arr.max() or 1.0
        img = Image.fromarray(np.clip(arr * (255.0 / hi), 0, 255).astype(np.uint8))
    return img


def _to_gray(img: Image.Image) -> tuple[Image.Image, Image.Image, list[tuple[float, float]] | None]:
    """The page in grey, in grey for OCR (seal and signature ink dropped on a colour image), and
    the corners of the page when it is a photo's (find_page, looked for on the first: a coloured
    desk must stay darker than the paper)."""
    img = _flatten(img)
    if img.mode == "L":
        return img, img, find_page(img)
    grey = img.convert("L")
    quad = find_page(grey)
    # (a photo's desk and colour cast are no faint ink: only a scan's is lifted)
    return grey, ocr.drop_colour_ink(img, grey, faint=quad is None), quad


def _declared_dpi(img: Image.Image) -> float | None:
    dpi = img.info.get("dpi")
    try:
        x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    return x if 100 <= x <= 1200 else None


def solve_perspective(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): output points `dst` come from input `src`."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


# A photo taken by a window or under the phone's own shadow lights the page unevenly: the paper in
# the shade can be darker than the desk in the light, so one threshold for the photo (Otsu's) calls
# a shaded corner desk and the page's corners are found inside the paper (the straightened page
# then loses its shaded edge: the signer's name, the last column). Light changes slowly while the
# page's edge is sharp, and paper is several times as bright as the desk beside it in any light:
# where a small window holds both (its brightest part PAGE_EDGE_RATIO times its darkest), a pixel is
# paper when brighter than their geometric mean; elsewhere Otsu's threshold decides as before.
PAGE_EDGE_WIN = 9        # pixels of the ~400-pixel image: ~2% of the photo across
PAGE_EDGE_RATIO = 2.2    # paper over desk at the page's edge (white paper on a wooden desk: 3-4)


def _page_mask(small: Image.Image, arr: np.ndarray, thr: int) -> np.ndarray:
    """Paper pixels of the reduced photo: by the local contrast at the page's edge, else by `thr`."""
    hi = np.asarray(small.filter(ImageFilter.MaxFilter(PAGE_EDGE_WIN)), dtype=np.float32)
    lo = np.asarray(small.filter(ImageFilter.MinFilter(PAGE_EDGE_WIN)), dtype=np.float32)
    edge = hi > PAGE_EDGE_RATIO * np.maximum(lo, 1.0)
    return np.where(edge, arr > np.sqrt(hi * lo), arr > thr)


def find_page(gray: Image.Image) -> list[tuple[float, float]] | None:
    """The corners (TL, TR, BR, BL) of a bright page lying on a darker background, or None when
    the page fills the frame (a scan) or no page stands out."""
    w, h = gray.size
    k = max(1, max(w, h) // 400)
    small = gray.reduce(k) if k > 1 else gray
    small = small.filter(ImageFilter.MedianFilter(5))
    arr = np.asarray(small)
    thr = ocr.otsu(arr)
    mask = _page_mask(small, arr, thr)
    frac = mask.mean()
    if not 0.3 <= frac <= 0.95:
        return None
    border = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if border.mean() > 0.5 or (arr[mask].mean() - arr[~mask].mean()) < 40:
        return None  # the page touches the frame all round, or nothing contrasts: a scan
    ys, xs = np.nonzero(mask)
    s, d = xs + ys, xs - ys
    corners = [(xs[np.argmin(s)], ys[np.argmin(s)]), (xs[np.argmax(d)], ys[np.argmax(d)]),
               (xs[np.argmax(s)], ys[np.argmax(s)]), (xs[np.argmin(d)], ys[np.argmin(d)])]
    quad = [((x + 0.5) * k, (y + 0.5) * k) for x, y in corners]
    # shoelace area: the page must be a good part of the photo
    area = 0.5 * abs(sum(quad[i][0] * quad[(i + 1) % 4][1] - quad[(i + 1) % 4][0] * quad[i][1] for i in range(4)))
    if area < 0.25 * w * h:
        return None
    return quad


def straighten(gray: Image.Image, quad: list[tuple[float, float]]) -> Image.Image:
    """Cut the page out of a photo and undo the perspective."""
    (tl, tr, br, bl) = quad

    def dist(a, b):
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

    out_w = int(max(dist(tl, tr), dist(bl, br)))
    out_h = int(max(dist(tl, bl), dist(tr, br)))
    coeffs = solve_perspective(quad, [(0, 0), (out_w, 0), (out_w, out_h), (0, out_h)])
    return gray.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=255)


def prepare_page(img: Image.Image) -> tuple[Image.Image, bool]:
    """An upright grey page at ~300 dpi; says whether it was a photo (page cut out of a background)."""
    _, gray, quad = _to_gray(ImageOps.exif_transpose(img))
    dpi = _declared_dpi(img)
    photo = quad is not None
    if photo:
        gray = straighten(gray, quad)
    if photo or dpi is None or img.format == "JPEG":
        gray = ocr.flatten_light(gray)
    long_side = max(gray.size)
    if photo or dpi is None:
        # a page's long side is ~11.7 inches: that tells the resolution of the text
        dpi = long_side / A4_LONG_IN
    scale = TARGET_DPI / dpi
    if scale > 1.15 or scale < 0.7:
        scale = min(scale, MAX_UPSCALE)
        while gray.size[0] * gray.size[1] * scale * scale > MAX_PIXELS_AFTER_SCALE and scale > 0.1:
            scale *= 0.9
        size = (max(1, int(gray.size[0] * scale)), max(1, int(gray.size[1] * scale)))
        gray = gray.resize(size, Image.LANCZOS if scale < 1 else Image.BICUBIC)
    return gray, photo


def read(data: bytes, path: Path) -> RawDocument:
    """An image file's bytes to a RawDocument: one page per frame, read by OCR."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(BytesIO(data))
            img.load()
    except Image.DecompressionBombError as exc:
        raise _too_large(exc) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PlanError("corrupt_image", f"the image cannot be decoded ({exc}); it may be truncated or damaged: "
                        "scan or export the plan again") from exc
    ocr.check_tesseract()
    lines: list[RawLine] = []
    confs: list[tuple[float, int]] = []
    pages = 0
    next_table = 0
    try:
        for i, frame in _frames(img):
            pages += 1
            try:
                page, photo = prepare_page(frame.copy() if pages > 1 else frame)
            except Image.DecompressionBombError as exc:
                raise _too_large(exc, frame.size) from exc
            page_lines, conf = ocr.ocr_image(page, dpi=TARGET_DPI, page=i + 1,
                                             max_skew=PHOTO_MAX_SKEW if photo else ocr.MAX_SKEW)
            next_table = number_tables(page_lines, next_table)
            lines.extend(page_lines)
            confs.append((conf, sum(len(ln.text) for ln in page_lines)))
    except (OSError, EOFError) as exc:  # a truncated frame of a multi-page TIFF
        if not lines:
            raise PlanError("corrupt_image", f"the image cannot be decoded ({exc}); scan or export it again") from exc
    weight = sum(n for _, n in confs)
    confidence = round(sum(c * n for c, n in confs) / weight, 2) if weight else (confs[0][0] if confs else None)
    return RawDocument(lines=lines, source_format="image", pages=pages, ocr=True, ocr_confidence=confidence)
