"""Seconds per page on the PDF paths and the OCR character error rate (issue #3).

Plans in text form are rendered with the project's renderer (tests/render.py) into a text-layer
PDF and image-only scans, then:

1. text-layer PDF: `pipeline.extract.extract_bytes` (pdf reader + normalize + every extractor)
   against pdfplumber's own `extract_text()` + `extract_tables()` on the same files;
2. OCR: `extract_bytes` on the scan (pipeline/ingest/ocr.py, one page per core, read by Tesseract's
   library loaded once in the process: pipeline/ingest/tessapi.py)
   against bare `tesseract IMG OUT -l vie` on the same pages, rasterized at 300 dpi with pypdfium2
   to PNG, os.cpu_count() processes at a time, OMP_THREAD_LIMIT=1. Getting the page image is
   counted in both figures (the pipeline reads a scanned page's own image when the page is just
   that, and rasterizes otherwise), and both work one plan at a time (the pages of a plan spread
   over the cores);
   pipeline and bare runs alternate plan by plan so that both see the same machine load;
3. character error rate: Levenshtein distance between the scan's `documents.text` and the
   text-layer PDF's `documents.text` of the same plan (both NFC, whitespace collapsed), divided
   by the reference length; per plan and overall (sum of distances / sum of lengths), on clean
   scans (no noise, no skew) and on the default noisy scans (1° skew, blur, noise, dust).

Wall-clock figures depend on what else the machine runs, so CPU seconds (this process and its
Tesseract children) are printed next to them; the load average is printed at start and end.

    python bench/formats.py                          # sample plans + data/raw/*.txt|md, both scans
    python bench/formats.py --clean                  # clean scans only (timings and CER)
    python bench/formats.py --noisy --limit 3        # noisy scans only, first three plans
    python bench/formats.py --plans a.txt b.md --fixtures /tmp/fx   # keep (and reuse) fixtures
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.extract import extract_bytes  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "sample-plans"
DPI = 300
CPUS = os.cpu_count() or 1
CLEAN_TARGET = 0.015
OCR_RATIO_TARGET = 1.1


# ---------------------------------------------------------------- timing
class Clock:
    """Wall and CPU seconds of a block: CPU of this process (all threads) plus its waited-for
    children, and of the children alone (bare Tesseract's processes)."""

    def __enter__(self) -> "Clock":
        self.w0 = time.perf_counter()
        self.s0, self.k0 = self._cpu()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.w0
        s1, k1 = self._cpu()
        self.child = k1 - self.k0
        self.cpu = (s1 - self.s0) + self.child

    @staticmethod
    def _cpu() -> tuple[float, float]:
        s = resource.getrusage(resource.RUSAGE_SELF)
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime


def load() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---------------------------------------------------------------- edit distance
def levenshtein(a: str, b: str) -> int:
    """Levenshtein distance (rapidfuzz: bit-parallel in C, two 30,000-character texts in milliseconds)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def canon(text: str) -> str:
    """NFC, whitespace runs as one space, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Without case and diacritics (đ → d): what is left when tone and vowel marks are ignored."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))


# ---------------------------------------------------------------- where the errors are
PUNCT = re.compile(r"[^\w]", re.U)


ROMAN = re.compile(r"[IVX]{1,4}")


def _kind(ref: str, hyp: str) -> str:
    core = re.sub(r"/\d{4}$", "", ref.split(" ")[-1]).rstrip(".,;:)")
    if ROMAN.fullmatch(core) and ref.lower() != hyp.lower():
        return "Roman numerals"
    if ref.lower() == hyp.lower():
        return "case"
    if fold(ref) == fold(hyp):
        return "diacritics"
    if PUNCT.sub("", ref) == PUNCT.sub("", hyp):
        return "punctuation"
    if fold(PUNCT.sub("", ref)) == fold(PUNCT.sub("", hyp)):
        return "diacritics+punct"
    if any(c.isdigit() for c in ref + hyp):
        return "digits"
    return "letters"


@dataclass
class Errors:
    """Word-aligned edits of OCR text against the reference, charged in characters by kind."""
    chars: Counter = field(default_factory=Counter)
    pairs: Counter = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, ref: str, hyp: str) -> None:
        r, h = ref.split(" "), hyp.split(" ")
        sm = SequenceMatcher(None, r, h, autojunk=False)
        dels: list[str] = []
        ins: list[str] = []
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "equal":
                continue
            a, b = r[i1:i2], h[j1:j2]
            if op == "replace" and len(a) == len(b):
                for x, y in zip(a, b):
                    self.chars[_kind(x, y)] += levenshtein(x, y)
                    self.pairs[(x, y)] += 1
            elif op == "replace" and "".join(a) == "".join(b):
                self.chars["spacing"] += abs(len(a) - len(b))
            elif op == "replace" and len(a) <= 3 and len(b) <= 3:
                x, y = " ".join(a), " ".join(b)
                self.chars[_kind(x, y)] += levenshtein(x, y)
                self.pairs[(x, y)] += 1
            else:
                if a:
                    dels.append(" ".join(a))
                if b:
                    ins.append(" ".join(b))
        # a block deleted here and inserted there is text read in another order
        ins_text = " ¦ ".join(ins)
        del_text = " ¦ ".join(dels)
        for d in dels:
            if len(d) >= 12 and d in ins_text:
                self.chars["moved (reading order)"] += len(d)
            else:
                self.chars["missing text"] += len(d) + 1
                self.missing.append(d)
        for s in ins:
            if len(s) >= 12 and s in del_text:
                self.chars["moved (reading order)"] += len(s)
            else:
                self.chars["extra text"] += len(s) + 1
                self.extra.append(s)


# ---------------------------------------------------------------- fixtures
@dataclass
class Fixture:
    name: str
    source: Path
    pdf: Path
    scans: dict[str, Path]
    pages: int


def _render_one(src: str, dest: str, variants: tuple[str, ...]) -> tuple[str, float]:
    from render import render_pdf, render_scan

    t0 = time.perf_counter()
    s, d = Path(src), Path(dest)
    pdf = d / f"{s.stem}.pdf"
    if not pdf.exists():
        render_pdf(s.read_text(encoding="utf-8"), pdf, fmt="md" if s.suffix == ".md" else "txt")
    for v in variants:
        out = d / f"{s.stem}.scan-{v}.pdf"
        if not out.exists():
            kw = {"noise": False, "skew_deg": 0.0} if v == "clean" else {}
            tmp = out.with_suffix(".part.pdf")
            render_scan(pdf, tmp, dpi=DPI, seed=0, **kw)
            tmp.rename(out)
    return src, time.perf_counter() - t0


def make_fixtures(plans: list[Path], dest: Path, variants: tuple[str, ...]) -> list[Fixture]:
    import pypdfium2 as pdfium

    dest.mkdir(parents=True, exist_ok=True)
    stems = [p.stem for p in plans]
    if len(set(stems)) != len(stems):
        raise SystemExit("two plans share a file name: " + ", ".join(s for s in stems if stems.count(s) > 1))
    with ProcessPoolExecutor(max_workers=min(CPUS, len(plans))) as pool:
        list(pool.map(_render_one, [str(p) for p in plans], [str(dest)] * len(plans),
                      [variants] * len(plans)))
    out = []
    for p in plans:
        pdf = dest / f"{p.stem}.pdf"
        doc = pdfium.PdfDocument(str(pdf))
        n = len(doc)
        doc.close()
        out.append(Fixture(p.stem, p, pdf, {v: dest / f"{p.stem}.scan-{v}.pdf" for v in variants}, n))
    return out


# ---------------------------------------------------------------- the runs
def plumber(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()


_PDFIUM = threading.Lock()
PNG_LEVEL = 0  # stored, not deflated: zlib on a noisy 300 dpi page costs ~1.2 s of CPU at the default level 6


def bare_tesseract(scan: Path, workdir: Path) -> tuple[list[str], float, float]:
    """Each page rasterized at 300 dpi to PNG and read by `tesseract IMG OUT -l vie`, CPUS at a time.

    Returns the pages' texts and the CPU seconds spent rasterizing and writing the PNGs."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        doc = pdfium.PdfDocument(str(scan))
        n = len(doc)
        doc.close()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(i: int) -> tuple[str, float, float]:
        base = workdir / f"{scan.stem.replace('.', '_')}-{i + 1:03d}"
        png, txt = base.with_name(base.name + ".png"), base.with_name(base.name + ".txt")
        c0 = time.thread_time()
        with _PDFIUM:  # pdfium is not thread-safe; the pipeline serializes it the same way
            doc = pdfium.PdfDocument(str(scan))
            img = doc[i].render(scale=DPI / 72, grayscale=True).to_pil()
            doc.close()
        img = img.convert("L")
        c1 = time.thread_time()
        img.save(png, compress_level=PNG_LEVEL)
        c2 = time.thread_time()
        subprocess.run(["tesseract", str(png), str(base), "-l", "vie"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = txt.read_text(encoding="utf-8")
        png.unlink()
        txt.unlink()
        return text, c1 - c0, c2 - c1

    with ThreadPoolExecutor(max_workers=min(CPUS, n)) as pool:
        out = list(pool.map(one, range(n)))
    return [t for t, _, _ in out], sum(r for _, r, _ in out), sum(w for _, _, w in out)


@dataclass
class Row:
    fx: Fixture
    text_ref: str = ""          # text-layer PDF's documents.text
    source_text: str = ""       # the source normalized the way the pipeline normalizes it
    text_ocr_pages: int = 0     # text-layer pages the pipeline sent to OCR (should be 0)
    t_text: tuple[float, float] = (0.0, 0.0)     # (wall, cpu) best of --repeat
    t_plumber: tuple[float, float] = (0.0, 0.0)
    t_ocr: dict[str, tuple[float, float]] = field(default_factory=dict)
    t_bare: tuple[float, float] | None = None
    tess_cpu: dict[str, float] = field(default_factory=dict)  # CPU of Tesseract alone (processes and library)
    raster_cpu: float = 0.0     # bare run: pdfium rendering at 300 dpi
    png_cpu: float = 0.0        # bare run: writing the PNGs
    ocr_text: dict[str, str] = field(default_factory=dict)
    ocr_conf: dict[str, float | None] = field(default_factory=dict)
    bare_text: str = ""
    cer: dict[str, float] = field(default_factory=dict)


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[1] for r in runs)


def bench_text_layer(rows: list[Row], repeat: int) -> None:
    from render import parse_plan

    for k, row in enumerate(rows):
        data = row.fx.pdf.read_bytes()
        plan = extract_bytes(data, row.fx.pdf.name)  # warm-up (imports, caches) and the reference
        row.text_ref = plan.text
        row.text_ocr_pages = plan.document.pages if plan.document.ocr else 0
        row.source_text = parse_plan(row.fx.source.read_text(encoding="utf-8"),
                                     "md" if row.fx.source.suffix == ".md" else "txt").text
        plumber(data)
        ours, theirs = [], []
        for r in range(repeat):
            order = (0, 1) if (k + r) % 2 == 0 else (1, 0)
            for o in order:
                with Clock() as c:
                    extract_bytes(data, row.fx.pdf.name) if o == 0 else plumber(data)
                (ours if o == 0 else theirs).append((c.wall, c.cpu))
        row.t_text, row.t_plumber = best(ours), best(theirs)


_LIB_CPU = [0.0]  # CPU of the Tesseract reads run in this process (pipeline.ingest.tessapi)
_LIB_LOCK = threading.Lock()


def _count_library_cpu() -> None:
    """The pipeline reads its pages with Tesseract's library in its own threads, not in child
    processes: each read's thread CPU is added up, so that Tesseract's share stays apart."""
    from pipeline.ingest import tessapi

    if getattr(tessapi.tsv, "counted", False):
        return
    read = tessapi.tsv

    def counted(*args, **kwargs):
        t0 = time.thread_time()
        try:
            return read(*args, **kwargs)
        finally:
            with _LIB_LOCK:
                _LIB_CPU[0] += time.thread_time() - t0
    counted.counted = True
    tessapi.tsv = counted


def bench_ocr(rows: list[Row], variants: tuple[str, ...], bare_variant: str | None, work: Path,
              progress) -> None:
    _count_library_cpu()
    for k, row in enumerate(rows):
        for v in variants:
            data = row.fx.scans[v].read_bytes()
            jobs = ["pipeline", "bare"] if v == bare_variant else ["pipeline"]
            if k % 2:
                jobs.reverse()  # alternate which goes first, so that neither always meets the load
            for job in jobs:
                if job == "pipeline":
                    lib0 = _LIB_CPU[0]
                    with Clock() as c:
                        plan = extract_bytes(data, row.fx.scans[v].name)
                    row.t_ocr[v] = (c.wall, c.cpu)
                    row.tess_cpu[v] = c.child + _LIB_CPU[0] - lib0
                    row.ocr_text[v] = plan.text
                    row.ocr_conf[v] = plan.document.ocr_confidence
                else:
                    with Clock() as c:
                        pages, row.raster_cpu, row.png_cpu = bare_tesseract(row.fx.scans[v], work)
                    row.t_bare = (c.wall, c.cpu)
                    row.tess_cpu["bare"] = c.child
                    row.bare_text = "\n".join(pages)
            progress(f"  {row.fx.name} [{v}] {row.fx.pages} p: pipeline {row.t_ocr[v][0]:.1f} s"
                     + (f", bare {row.t_bare[0]:.1f} s" if v == bare_variant else "") + f"  (load {load()})")


# ---------------------------------------------------------------- report
def pct(x: float | None) -> str:
    return "    -" if x is None else f"{100 * x:5.2f}%"


def table(headers: list[str], body: list[list[str]], aligns: str) -> str:
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if a == "l" else c.rjust(w) for c, w, a in zip(cells, widths, aligns))

    return "\n".join([fmt(headers), "  ".join("-" * w for w in widths)] + [fmt(r) for r in body])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--plans", nargs="+", type=Path, help="plan files (.txt or .md); default: the sample plans "
                    "and data/raw/*.txt, *.md")
    ap.add_argument("--limit", type=int, help="only the first N plans")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--clean", action="store_true", help="clean scans only (no noise, no skew)")
    g.add_argument("--noisy", action="store_true", help="noisy scans only (the renderer's default)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each text-layer timing (best kept)")
    ap.add_argument("--fixtures", type=Path, help="render into (and reuse) this folder instead of a temporary one")
    ap.add_argument("--examples", type=int, default=8, help="confusions shown per scan kind")
    args = ap.parse_args()

    plans = args.plans or (sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.md"))
                           + sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "data" / "raw").glob("*.md")))
    plans = plans[: args.limit] if args.limit else plans
    if not plans:
        raise SystemExit("no plans")
    variants = ("clean",) if args.clean else ("noisy",) if args.noisy else ("noisy", "clean")
    bare_variant = variants[0]

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="kehoach-formats-"))
    fixtures_dir = args.fixtures or tmp / "fixtures"
    started = time.perf_counter()
    load0 = load()
    try:
        say(f"rendering {len(plans)} plans ({', '.join(variants)} scans) into {fixtures_dir} …")
        with Clock() as c_render:
            fixtures = make_fixtures(plans, fixtures_dir, variants)
        rows = [Row(fx) for fx in fixtures]
        say(f"  done in {c_render.wall:.0f} s; text-layer timings …")
        bench_text_layer(rows, args.repeat)
        say("OCR timings …")
        work = tmp / "pages"
        work.mkdir()
        bench_ocr(rows, variants, bare_variant, work, say)
        say("edit distances …")
        total_s = time.perf_counter() - started

        n_pages = sum(r.fx.pages for r in rows)
        print(f"kehoach bench/formats.py — {len(rows)} plans, {n_pages} pages (A4, rendered by tests/render.py); "
              f"{CPUS} cores; load average at start {load0}, at end {load()}")
        print("Timings are wall seconds per page (CPU seconds per page of this process + its children in "
              "brackets); the machine is shared, so the CPU figures are the steadier ones.\n")

        # ---- text layer
        body = []
        tw = tc = pw = pc = 0.0
        for r in rows:
            p = r.fx.pages
            body.append([r.fx.name, str(p), f"{r.t_text[0] / p:.3f} ({r.t_text[1] / p:.3f})",
                         f"{r.t_plumber[0] / p:.3f} ({r.t_plumber[1] / p:.3f})", f"{r.t_text[0] / r.t_plumber[0]:.2f}x",
                         str(r.text_ocr_pages)])
            tw, tc, pw, pc = tw + r.t_text[0], tc + r.t_text[1], pw + r.t_plumber[0], pc + r.t_plumber[1]
        body.append(["all", str(n_pages), f"{tw / n_pages:.3f} ({tc / n_pages:.3f})",
                     f"{pw / n_pages:.3f} ({pc / n_pages:.3f})", f"{tw / pw:.2f}x", ""])
        print(f"1. Text-layer PDF: extract_bytes (read + normalize + extractors) vs pdfplumber extract_text() + "
              f"extract_tables(), best of {args.repeat}")
        print(table(["plan", "pages", "pipeline s/page", "pdfplumber s/page", "ratio", "OCR'd"], body, "lrrrrr"))
        print()

        # ---- OCR
        body = []
        sums = {v: [0.0, 0.0] for v in variants}
        bw = bc = pb_w = pb_c = 0.0
        for r in rows:
            p = r.fx.pages
            cells = [r.fx.name, str(p)]
            for v in variants:
                w, c = r.t_ocr[v]
                sums[v][0] += w
                sums[v][1] += c
                cells.append(f"{w / p:.2f} ({c / p:.2f})")
            w, c = r.t_bare
            bw, bc = bw + w, bc + c
            pb_w, pb_c = pb_w + r.t_ocr[bare_variant][0], pb_c + r.t_ocr[bare_variant][1]
            cells += [f"{w / p:.2f} ({c / p:.2f})", f"{r.t_ocr[bare_variant][0] / w:.2f}x",
                      f"{r.t_ocr[bare_variant][1] / c:.2f}x"]
            body.append(cells)
        body.append(["all", str(n_pages)] + [f"{sums[v][0] / n_pages:.2f} ({sums[v][1] / n_pages:.2f})" for v in variants]
                    + [f"{bw / n_pages:.2f} ({bc / n_pages:.2f})", f"{pb_w / bw:.2f}x", f"{pb_c / bc:.2f}x"])
        print(f"2. OCR path: extract_bytes on the {'/'.join(variants)} scans vs bare `tesseract -l vie` "
              f"(psm 3, text output) on the {bare_variant} scans' pages as PNG; {CPUS} pages at a time, OMP_THREAD_LIMIT=1,")
        print("   getting the page image INCLUDED in both (bare: pypdfium2 rasterizes at 300 dpi; pipeline: a scan's own "
              "image when the page is one, else the same rasterization); one plan at a time in both")
        print(table(["plan", "pages"] + [f"pipeline {v} s/page" for v in variants]
                    + [f"bare {bare_variant} s/page", "ratio wall", "ratio cpu"], body, "lr" + "r" * (len(variants) + 3)))
        print()

        # ---- CER
        dist = {v: [0, 0] for v in variants}
        fdist = {v: 0 for v in variants}
        bare_d = src_d = 0
        errs = {v: Errors() for v in variants}
        body = []
        for r in rows:
            ref = canon(r.text_ref)
            cells = [r.fx.name, str(len(ref))]
            for v in variants:
                hyp = canon(r.ocr_text[v])
                d = levenshtein(ref, hyp)
                fd = levenshtein(fold(ref), fold(hyp))
                dist[v][0] += d
                dist[v][1] += len(ref)
                fdist[v] += fd
                errs[v].add(ref, hyp)
                r.cer[v] = d / max(len(ref), 1)
                cells += [pct(d / max(len(ref), 1)), pct(fd / max(len(ref), 1)),
                          f"{r.ocr_conf[v]:.0f}" if r.ocr_conf[v] is not None else "-"]
            bd = levenshtein(ref, canon(r.bare_text))
            sd = levenshtein(canon(r.source_text), ref)
            bare_d += bd
            src_d += sd
            cells += [pct(bd / max(len(ref), 1)), pct(sd / max(len(ref), 1))]
            body.append(cells)
        ref_total = sum(len(canon(r.text_ref)) for r in rows)
        body.append(["all", str(ref_total)]
                    + [x for v in variants for x in (pct(dist[v][0] / dist[v][1]), pct(fdist[v] / dist[v][1]), "")]
                    + [pct(bare_d / ref_total), pct(src_d / ref_total)])
        print("3. Character error rate: Levenshtein(OCR documents.text, text-layer documents.text) / reference "
              "length; NFC, whitespace collapsed")
        print("   'folded' = the same without case and diacritics; 'conf' = Tesseract's mean word confidence; "
              f"'bare' = bare tesseract's text of the {bare_variant} scan;")
        print("   'txt-layer vs src' = text-layer documents.text against the normalized source text (the "
              "reference's own distance from the plan as written)")
        heads = ["plan", "ref chars"]
        for v in variants:
            heads += [f"CER {v}", f"{v} folded", "conf"]
        heads += [f"bare CER {bare_variant}", "txt-layer vs src"]
        print(table(heads, body, "lr" + "r" * (len(heads) - 2)))
        print()

        for v in variants:
            e = errs[v]
            total = sum(e.chars.values()) or 1
            print(f"   where the {v} OCR errors are (word-aligned, characters charged by kind; "
                  f"{sum(e.chars.values())} chars ≈ Levenshtein {dist[v][0]}):")
            print("     " + ", ".join(f"{k} {n} ({100 * n / total:.0f}%)" for k, n in e.chars.most_common()))
            top = ", ".join(f"{a!r}→{b!r}×{n}" for (a, b), n in e.pairs.most_common(args.examples))
            print(f"     most frequent: {top}")
            for label, items in (("missing", e.missing), ("extra", e.extra)):
                longest = sorted(items, key=len, reverse=True)[:3]
                if longest:
                    print(f"     longest {label}: " + " | ".join(repr(s[:70] + ("…" if len(s) > 70 else ""))
                                                          for s in longest))
        print()

        # ---- summary
        print(f"SUMMARY (whole run {time.perf_counter() - started:.0f} s wall, of which timed runs "
              f"{total_s:.0f} s; fixtures rendered in {c_render.wall:.0f} s)")
        print(f"text-layer PDF: pipeline {tw / n_pages:.3f} s/page vs pdfplumber text+tables {pw / n_pages:.3f} s/page "
              f"= {tw / pw:.2f}x  (CPU {tc / n_pages:.3f} vs {pc / n_pages:.3f} = {tc / pc:.2f}x)")
        ratio_w, ratio_c = pb_w / bw, pb_c / bc
        print(f"OCR ({bare_variant} scans): pipeline {pb_w / n_pages:.2f} s/page vs bare tesseract -l vie "
              f"{bw / n_pages:.2f} s/page = {ratio_w:.3f}x wall, {ratio_c:.3f}x CPU  (page images included in both; "
              + "; ".join(f"{name} <= {target}x: {'met' if ratio_w <= target else 'NOT met'} on wall, "
                          f"{'met' if ratio_c <= target else 'NOT met'} on CPU"
                          for name, target in (("#3", OCR_RATIO_TARGET), ("#5", 1.05))) + ")")
        tp = sum(r.tess_cpu[bare_variant] for r in rows)
        tb = sum(r.tess_cpu["bare"] for r in rows)
        rc = sum(r.raster_cpu for r in rows)
        wc = sum(r.png_cpu for r in rows)
        print(f"   CPU per page: pipeline {pb_c / n_pages:.2f} = Tesseract (psm 6, TSV) {tp / n_pages:.2f} + Python "
              f"(raster, deskew, rules, layout, extractors) {(pb_c - tp) / n_pages:.2f}; bare {bc / n_pages:.2f} = "
              f"Tesseract (psm 3) {tb / n_pages:.2f} + raster {rc / n_pages:.2f} + PNG (level {PNG_LEVEL}) {wc / n_pages:.2f} "
              f"+ rest {(bc - tb - rc - wc) / n_pages:.2f}")
        print(f"   CPU ratio with rasterization (and PNG writing) taken out of both: "
              f"{(pb_c - rc) / (bc - rc - wc):.2f}x; Tesseract alone, pipeline/bare: {tp / tb:.2f}x")
        for v in variants:
            cer = dist[v][0] / dist[v][1]
            target = (f"  (target <= {100 * CLEAN_TARGET:.1f}%: {'met' if cer <= CLEAN_TARGET else 'NOT met'})"
                      if v == "clean" else "  (no target; for comparison)")
            print(f"CER {v} scans: {100 * cer:.2f}% overall ({dist[v][0]} edits / {dist[v][1]} chars), "
                  f"worst {(w := max(rows, key=lambda r: r.cer[v])).fx.name} {100 * w.cer[v]:.2f}%"
                  f"{target}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
