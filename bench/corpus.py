"""A corpus of N plans made from the sample plans, each a different plan to the pipeline.

Templates: the text plans of ../shared/sample-plans and data/raw (.txt, .md, .html). Plan i is
template i mod T with, consistently through its text:
  - its commune / district / province names replaced by others (a fixed pool of real names);
  - every year 2019-2031 moved by the same -1, 0 or +1, and the day of issue redrawn;
  - its number (Số: N/…) redrawn;
so that no two plans share bytes (a trailing space is added in the rare case two would). Formats:
`txt` writes the text under the template's suffix (.txt, .md, .html); `pdf` lays it out as a
text-layer PDF with tests/render.py (render_pdf), several processes at a time.

    python bench/corpus.py OUT --n 1000 [--formats txt,pdf] [--seed 0]

Deterministic for a given seed and template set.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "sample-plans", ROOT / "data" / "raw"]
TEXT_SUFFIXES = (".txt", ".md", ".html")

PROVINCES = ["Lai Châu", "Cao Bằng", "Lạng Sơn", "Hà Giang", "Yên Bái", "Sơn La", "Điện Biên", "Thái Nguyên",
             "Bắc Giang", "Hưng Yên", "Nam Định", "Thanh Hóa", "Nghệ An", "Quảng Bình", "Quảng Nam",
             "Quảng Ngãi", "Bình Định", "Phú Yên", "Đắk Lắk", "Gia Lai", "Lâm Đồng", "Đồng Nai", "Long An",
             "Tiền Giang", "Bến Tre", "Vĩnh Long", "An Giang", "Kiên Giang", "Cà Mau", "Sóc Trăng"]
DISTRICTS = ["Tam Đường", "Phong Thổ", "Bình Gia", "Văn Lãng", "Hòa An", "Quảng Hòa", "Yên Thế", "Lục Nam",
             "Văn Lâm", "Ân Thi", "Hải Hậu", "Giao Thủy", "Nông Cống", "Triệu Sơn", "Quỳnh Lưu", "Diễn Châu",
             "Lệ Thủy", "Duy Xuyên", "Tư Nghĩa", "Phù Cát", "Tuy An", "Ea Kar", "Chư Sê", "Đức Trọng",
             "Trảng Bom", "Đức Hòa", "Cái Bè", "Mỏ Cày Nam", "Tam Bình", "Thoại Sơn"]
COMMUNES = ["Bản Bo", "Khun Há", "Tân Văn", "Hoàng Văn Thụ", "Dương Quang", "Tà Lùng", "Vĩnh Tuy", "Tân Lập",
            "Hòa Bình", "Quang Trung", "Nghĩa Hưng", "Thạch Bàn", "Xuân Phương", "Phú Lâm", "An Khánh",
            "Đông Sơn", "Tiên Phong", "Hợp Thành", "Minh Khai", "Phúc Lợi", "Kim Liên", "Thanh Xuân",
            "Bình Minh", "Trung Hòa", "Yên Hòa", "Cát Linh", "Ngọc Khánh", "Phú Thượng", "Long Biên", "Đức Giang"]

_NAME = r"((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?: [A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,3})"
LEVEL_NAMES = {
    "province": re.compile(r"\b(?:tỉnh|Tỉnh|TỈNH) " + _NAME),
    "district": re.compile(r"\b(?:huyện|Huyện|quận|Quận|thị xã|Thị xã) " + _NAME),
    "commune": re.compile(r"\b(?:xã|Xã|phường|Phường|thị trấn|Thị trấn) " + _NAME),
}
UPPER_LEVEL = re.compile(r"\b(TỈNH|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN) ([A-ZĐÀ-Ỹ ]{2,30})$", re.M)
MOTTO_TAIL = re.compile(r"HỘI CHỦ")
YEAR = re.compile(r"(?<!\d)(20(?:19|2\d|3[01]))(?!\d)")
NUMBER = re.compile(r"(Số:\s*)(\d+)(/)")
ISSUE_DAY = re.compile(r"(,\s*ngày\s+)(\d{1,2})(\s+tháng)")


def templates(sources: list[Path] | None = None) -> list[Path]:
    out = []
    for d in sources or SOURCES:
        if d.is_dir():
            out += sorted(p for p in d.iterdir()
                          if p.suffix in TEXT_SUFFIXES and not p.name.startswith(".") and _is_utf8(p))
    return out


def _is_utf8(path: Path) -> bool:
    """A page saved in a legacy code page (windows-1258, TCVN3) cannot be varied as Unicode text and
    written back as it was: such plans stay out of the corpus."""
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _replace_names(text: str, rng: random.Random) -> str:
    pools = {"province": PROVINCES, "district": DISTRICTS, "commune": COMMUNES}
    mapping: dict[str, str] = {}
    for level, rx in LEVEL_NAMES.items():
        for m in rx.finditer(text):
            name = m.group(1)
            if name not in mapping:
                mapping[name] = rng.choice(pools[level])
    for m in UPPER_LEVEL.finditer(text):  # "XÃ DƯƠNG QUANG" in the issuer block
        name = m.group(2).strip()
        if MOTTO_TAIL.match(name):
            continue  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ends its line too: no commune
        for old, new in mapping.items():
            if old.upper() == name:
                break
        else:
            level = {"TỈNH": "province", "HUYỆN": "district", "QUẬN": "district", "THỊ XÃ": "district"}.get(
                m.group(1), "commune")
            mapping[name.title()] = rng.choice(pools[level])
    # longest names first, so "Bình Gia" does not eat part of "Bình Gia Xuân"
    for old in sorted(mapping, key=len, reverse=True):
        new = mapping[old]
        text = re.sub(rf"(?<![\wÀ-ỹ]){re.escape(old)}(?![\wÀ-ỹ])", new, text)
        text = re.sub(rf"(?<![\wÀ-ỹ]){re.escape(old.upper())}(?![\wÀ-ỹ])", new.upper(), text)
    return text


def vary(text: str, i: int, seed: int = 0) -> str:
    """Template text → plan i: other places, years moved, another number and day of issue."""
    rng = random.Random(f"{seed}:{i}")
    text = _replace_names(text, rng)
    shift = rng.choice((-1, 0, 1))
    if shift:
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = NUMBER.sub(lambda m: f"{m.group(1)}{rng.randint(1, 2999)}{m.group(3)}", text, count=1)
    text = ISSUE_DAY.sub(lambda m: f"{m.group(1)}{rng.randint(1, 28):02d}{m.group(3)}", text, count=1)
    return text


def _render_pdf(args: tuple[str, str, str]) -> str:
    text, path, fmt = args
    sys.path.insert(0, str(ROOT / "tests"))
    from render import render_pdf

    render_pdf(text, path, fmt)
    return path


def make_corpus(dest: Path, n: int, formats: tuple[str, ...] = ("txt",), seed: int = 0,
                sources: list[Path] | None = None, start: int = 0, jobs: int | None = None) -> list[Path]:
    """Write plans start … start+n-1 into dest (one file per plan and format); returns their paths."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    temps = templates(sources)
    if not temps:
        raise SystemExit("no template plans found")
    bodies = {p: p.read_text(encoding="utf-8") for p in temps}
    seen: set[str] = set()
    written: list[Path] = []
    pdf_jobs: list[tuple[str, str, str]] = []
    for i in range(start, start + n):
        src = temps[i % len(temps)]
        text = vary(bodies[src], i, seed)
        while hashlib.sha256(text.encode()).hexdigest() in seen:
            text += " "
        seen.add(hashlib.sha256(text.encode()).hexdigest())
        stem = f"{i:06d}-{src.stem}"
        if "txt" in formats:
            p = dest / f"{stem}{src.suffix}"
            p.write_text(text, encoding="utf-8")
            written.append(p)
        if "pdf" in formats:
            p = dest / f"{stem}.pdf"
            pdf_jobs.append((text, str(p), src.suffix.lstrip(".")))
            written.append(p)
    if pdf_jobs:
        workers = jobs or os.cpu_count() or 1
        if workers == 1 or len(pdf_jobs) == 1:
            for job in pdf_jobs:
                _render_pdf(job)
        else:
            with ProcessPoolExecutor(workers) as pool:
                list(pool.map(_render_pdf, pdf_jobs, chunksize=8))
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--formats", default="txt", help="comma-separated: txt, pdf")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="number of the first plan (to grow a corpus)")
    args = ap.parse_args()
    paths = make_corpus(args.out, args.n, tuple(args.formats.split(",")), args.seed, start=args.start)
    print(f"{len(paths)} files in {args.out}")


if __name__ == "__main__":
    main()
