"""Batch throughput: what the figures of issue #5 are measured with.

    python bench/throughput.py [--n 1000] [--pdf-n 200] [--pdf-repeats 3] [--rss-n 100,10000] [--recycle-mb 32] [--rerun-n 1000]
                               [--only text,overhead,pdf,rss,rerun,ray] [--work DIR]

Sections (each prints its own lines):
  text      text plans per second end to end (run_batch, 1 worker and every core), --n plans
            made by bench/corpus.py;
  overhead  the batch's own cost per plan — process start-up, moving bytes and rows between
            processes, the cache, writing Parquet — measured with a trivial extractor
            (`trivial_process_file`: the rows of a real plan, copied, no extraction), 1 worker
            and every core;
  pdf       --pdf-n text-layer PDF plans (tests/render.py) end to end against pdfplumber's own
            extract_text() + extract_tables() on every page of the same files, 1 worker and every
            core: --pdf-repeats runs of each side, interleaved (which side goes first alternating),
            each run's wall and CPU ratio and their medians;
  rss       peak RSS of a worker and of the main process at each --rss-n size (text plans), for
            each --recycle-mb allowance (Limits.recycle_mb; default: the batch's own), with the
            workers replaced and plans per second: the trade-off that allowance sets;
  rerun     --rerun-n text-layer PDF plans through `kehoach run`, one more plan added, run again:
            what the manifest says was extracted, and the rerun's wall time against the first;
  ray       --n text plans on a local Ray instance with 2 CPUs against the local pool of 2 workers.

Corpora are kept under --work (default a temporary folder, removed at the end) so that a second
invocation with the same --work does not render the PDFs again.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402
from pipeline.batch import Limits, process_file, run_batch  # noqa: E402

_TEMPLATE = None


def trivial_process_file(path, source_path, data=None, limits=None):
    """process_file's contract without the extraction: the rows of one real plan, copied under
    this file's doc_id (so writing, pickling and caching cost what they cost for a real plan)."""
    global _TEMPLATE
    import hashlib

    if _TEMPLATE is None:
        sample = ROOT.parent / "shared" / "sample-plans" / "binh-gia-2025.txt"
        _TEMPLATE = process_file(str(sample), sample.name)["tables"]
    data = data if data is not None else Path(path).read_bytes()
    doc_id = hashlib.sha256(data).hexdigest()[:16]
    # every table's first column is doc_id (documents: doc_id, source_path, …; the batch sets the paths)
    tables = {name: [(doc_id, *r[1:]) for r in rs] for name, rs in _TEMPLATE.items()}
    return {"tables": tables, "seconds": {}, "doc_id": doc_id, "pages": None}


def corpus(work: Path, name: str, n: int, formats: tuple[str, ...], seed: int = 0) -> Path:
    d = work / f"{name}-{n}"
    marker = d / ".complete"
    if not marker.exists():
        shutil.rmtree(d, ignore_errors=True)
        t0 = time.perf_counter()
        make_corpus(d, n, formats, seed)
        marker.write_text("")
        print(f"  (made {n} {'/'.join(formats)} plans in {time.perf_counter() - t0:.0f} s)", flush=True)
    return d


def timed_run(src: Path, out: Path, marks: list[float] | None = None, **kw):
    """run_batch's wall time; `marks` gets the moment (since the start) each plan was done."""
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    if marks is not None:
        def progress(done, total, info):
            if not info.get("heartbeat"):
                marks.append(time.perf_counter() - t0)
        kw["on_progress"] = progress
    result = run_batch([src], out, **kw)
    return time.perf_counter() - t0, result


def section_text(work: Path, n: int, cores: int) -> None:
    print(f"text: {n} text plans end to end", flush=True)
    src = corpus(work, "text", n, ("txt",))
    for w in sorted({1, cores}):
        marks: list[float] = []
        wall, r = timed_run(src, work / "out-text", marks, workers=w)
        st = r.manifest["seconds_per_stage"]
        per_plan = 1000 * sum(st.get(k, 0) for k in ("ingest", "normalize", "segment", "extract")) / max(r.documents, 1)
        k = len(marks)
        # between the 10th and the 90th percent of plans: the rate without start-up and tail
        steady = 0.8 * k / (marks[9 * k // 10] - marks[k // 10]) if k >= 20 else float("nan")
        print(f"  workers={w}: {r.documents} plans, {r.errors} errors in {wall:.1f} s = {r.documents / wall:.1f} "
              f"plans/s end to end (first plan done at {marks[0] if marks else float('nan'):.2f} s; "
              f"{steady:.0f} plans/s between 10 % and 90 % done; extraction {per_plan:.1f} ms CPU per plan)",
              flush=True)


def section_overhead(work: Path, n: int, cores: int) -> None:
    print(f"overhead: {n} text plans, trivial extractor (the batch's own cost)", flush=True)
    src = corpus(work, "text", n, ("txt",))
    for w in sorted({1, cores}):
        wall, r = timed_run(src, work / "out-overhead", workers=w, processor=trivial_process_file)
        st = r.manifest["seconds_per_stage"]
        print(f"  workers={w}: {r.documents} plans in {wall:.2f} s = {r.documents / wall:.0f} plans/s, "
              f"{1000 * wall / r.documents:.2f} ms per plan (scan {st['scan']:.2f} s, workers {st['process']:.2f} s, "
              f"write {st['write']:.2f} s)", flush=True)


def _plumber(path: str) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.extract_text() or "")
            n += len(page.extract_tables())
            page.close()
    return n


def _cpu() -> float:
    """CPU seconds of this process, of its children that have ended (pdfplumber's pool, once shut
    down) and of the batch's fork server with the workers it has reaped (it outlives a batch, so its
    workers are not this process's children)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    total = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        # /proc/PID/stat: utime, stime, cutime, cstime are fields 14-17, in clock ticks
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass  # no fork server (yet), or no /proc
    return total


def _plumber_run(files: list[str], w: int) -> None:
    if w == 1:
        for f in files:
            _plumber(f)
    else:
        with ProcessPoolExecutor(w) as pool:
            list(pool.map(_plumber, files, chunksize=4))


def section_pdf(work: Path, n: int, cores: int, repeats: int = 3) -> None:
    print(f"pdf: {n} text-layer PDF plans, kehoach end to end against pdfplumber extract_text + extract_tables "
          f"({repeats} runs of each side, interleaved)", flush=True)
    src = corpus(work, "pdf", n, ("pdf",))
    files = sorted(str(p) for p in src.glob("*.pdf"))
    for w in sorted({1, cores}):
        walls: list[float] = []
        cpus: list[float] = []
        for k in range(repeats):
            # the two sides one after the other, which goes first alternating: a load that comes and
            # goes on the machine weighs on both alike
            got = {}
            for side in (("plumber", "kehoach") if k % 2 == 0 else ("kehoach", "plumber")):
                c0, t0 = _cpu(), time.perf_counter()
                if side == "plumber":
                    _plumber_run(files, w)
                    result = None
                else:
                    _, result = timed_run(src, work / "out-pdf", workers=w)
                wall = time.perf_counter() - t0
                time.sleep(0.5)  # (the fork server reaps the batch's workers as they end)
                got[side] = (wall, _cpu() - c0, result)
            (kw, kc, r), (pw, pc, _) = got["kehoach"], got["plumber"]
            walls.append(kw / pw)
            cpus.append(kc / pc)
            print(f"  workers={w} run {k + 1}: kehoach {kw:.1f} s wall, {kc:.1f} s CPU ({r.documents} plans, "
                  f"{r.errors} errors); pdfplumber {pw:.1f} s wall, {pc:.1f} s CPU: ratio {kw / pw:.2f}x wall, "
                  f"{kc / pc:.2f}x CPU", flush=True)
        print(f"  workers={w}: median ratio {statistics.median(walls):.2f}x wall, {statistics.median(cpus):.2f}x CPU "
              f"over {repeats} runs", flush=True)


def section_rss(work: Path, sizes: list[int], cores: int, allowances: list[float | None]) -> None:
    print("rss: peak resident memory", flush=True)
    for mb in allowances:
        limits = Limits() if mb is None else Limits(recycle_mb=mb)
        for n in sizes:
            src = corpus(work, "text", n, ("txt",))
            wall, r = timed_run(src, work / "out-rss", workers=cores, limits=limits)
            rss = r.manifest["peak_rss_mb"]
            print(f"  {n} text plans, {cores} workers, recycle at {limits.recycle_mb:g} MB: worker {rss['worker']} MB, "
                  f"main process {rss['main']} MB, {r.manifest.get('workers_recycled', 0)} workers recycled "
                  f"({wall:.0f} s, {r.documents / wall:.1f} plans/s)", flush=True)


def section_rerun(work: Path, n: int, cores: int) -> None:
    print(f"rerun: {n} text-layer PDF plans, then one more", flush=True)
    src = corpus(work, "pdf", n, ("pdf",))
    grown = work / f"rerun-{n}"
    shutil.rmtree(grown, ignore_errors=True)
    shutil.copytree(src, grown)
    out = work / "out-rerun"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(grown), "-o", str(out), "--workers", str(cores)]
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    first = time.perf_counter() - t0
    make_corpus(grown, 1, ("pdf",), seed=99, start=n)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    again = time.perf_counter() - t0
    m = json.loads((out / "manifest.json").read_text())
    print(f"  first run {first:.1f} s; rerun {again:.2f} s = {100 * again / first:.1f}% of it; manifest: "
          f"{m['inputs_seen']} inputs, plans_extracted={m['plans_extracted']}, plans_reused={m['plans_reused']}",
          flush=True)


def section_ray(work: Path, n: int) -> None:
    print(f"ray: {n} text plans, a local Ray instance with 2 CPUs against the local pool of 2 workers", flush=True)
    try:
        import ray
    except ImportError:
        print("  ray is not installed (pip install 'kehoach[ray]')")
        return
    src = corpus(work, "text", n, ("txt",))
    wall_local, r_local = timed_run(src, work / "out-local", workers=2)
    t0 = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    start = time.perf_counter() - t0
    try:
        wall_ray, r_ray = timed_run(src, work / "out-ray", executor="ray")
        wall_ray2, _ = timed_run(src, work / "out-ray", executor="ray", force=True)
    finally:
        ray.shutdown()
    same = r_ray.manifest["rows"] == r_local.manifest["rows"]
    print(f"  local: {wall_local:.1f} s = {r_local.documents / wall_local:.1f} plans/s; ray: {wall_ray:.1f} s "
          f"(again, workers warm: {wall_ray2:.1f} s = {r_ray.documents / wall_ray2:.1f} plans/s; ray.init "
          f"{start:.1f} s); same row counts: {same}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="text plans for text, overhead and ray")
    ap.add_argument("--pdf-n", type=int, default=200)
    ap.add_argument("--pdf-repeats", type=int, default=3, help="interleaved runs of each side in the pdf section")
    ap.add_argument("--rss-n", default="100,10000")
    ap.add_argument("--recycle-mb", default="", help="allowances for the rss section, e.g. 8,16,32")
    ap.add_argument("--rerun-n", type=int, default=1000)
    ap.add_argument("--only", default="text,overhead,pdf,rss,rerun,ray")
    ap.add_argument("--work", type=Path, default=None, help="keep corpora and outputs here")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kehoach-throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    only = set(args.only.split(","))
    print(f"kehoach batch throughput on {cores} cores (work folder {work})", flush=True)
    # the modules byte-compiled, as `make bench` and an installed package have them: otherwise,
    # where PYTHONDONTWRITEBYTECODE is set, each run's worker server compiles them from source
    import compileall

    for pkg in ("pipeline", "extractors", "models"):
        compileall.compile_dir(ROOT / pkg, quiet=1)
    try:
        if "text" in only:
            section_text(work, args.n, cores)
        if "overhead" in only:
            section_overhead(work, args.n, cores)
        if "pdf" in only:
            section_pdf(work, args.pdf_n, cores, args.pdf_repeats)
        if "rss" in only:
            section_rss(work, [int(x) for x in args.rss_n.split(",") if x], cores,
                        [float(x) for x in args.recycle_mb.split(",") if x] or [None])
        if "rerun" in only:
            section_rerun(work, args.rerun_n, cores)
        if "ray" in only:
            section_ray(work, args.n)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
