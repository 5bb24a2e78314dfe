"""Plans per second on the text path: the sample plans repeated to N inputs (default 1,000).

Each copy gets a distinct trailing line so that no two inputs share bytes (identical bytes would
be extracted once). Prints the figure for one worker and for every core.

    python bench/text_throughput.py [--n 1000] [--samples ../shared/sample-plans]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_batch  # noqa: E402


def make_corpus(samples: Path, n: int, dest: Path) -> int:
    plans = sorted(p for p in samples.iterdir() if p.suffix in (".txt", ".md", ".html"))
    for i in range(n):
        src = plans[i % len(plans)]
        data = src.read_bytes() + f"\n\nBản số {i}\n".encode()
        (dest / f"{src.stem}-{i:05d}{src.suffix}").write_bytes(data)
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "sample-plans")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
    try:
        corpus = work / "in"
        corpus.mkdir()
        make_corpus(args.samples, args.n, corpus)
        cores = os.cpu_count() or 1
        print(f"text path, {args.n} inputs made from {args.samples}")
        rates = {}
        for workers in sorted({1, cores}):
            t0 = time.perf_counter()
            result = run_batch([corpus], work / f"out{workers}", workers=workers)
            wall = time.perf_counter() - t0
            rates[workers] = result.documents / wall
            stages = ", ".join(f"{k} {v:.2f}s" for k, v in sorted(result.seconds.items()))
            print(f"  workers={workers}: {result.documents} plans, {result.tasks} tasks, {result.errors} errors "
                  f"in {wall:.1f} s = {rates[workers]:.1f} plans/s  (stage totals: {stages})")
        if len(rates) > 1:
            print(f"  speed-up {cores} workers / 1 worker: {rates[cores] / rates[1]:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
