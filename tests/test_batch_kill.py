"""Resumable: `kehoach run` killed with SIGKILL in the middle of a batch leaves the last complete
output as it was, and the rerun ends with exactly the tables of an uninterrupted run."""
import importlib.util
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

from models.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]
KEHOACH = [sys.executable, "-m", "pipeline.cli", "run"]


def _make_corpus(dest: Path, n: int) -> None:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.make_corpus(dest, n, seed=5)


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.relative_to(out).as_posix().startswith((".kehoach-cache", ".kehoach.lock"))}


def cached_results(out: Path) -> int:
    db = out / ".kehoach-cache" / "results.sqlite"
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("select count(*) from results").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_mid_batch_then_rerun_gives_the_tables_of_an_uninterrupted_run(tmp_path):
    pool = tmp_path / "pool"
    _make_corpus(pool, 120)
    src = tmp_path / "in"
    src.mkdir()
    names = sorted(p.name for p in pool.iterdir())
    for name in names[:10]:
        os.link(pool / name, src / name)
    out = tmp_path / "out"
    first = subprocess.run(KEHOACH + [str(src), "-o", str(out), "--workers", "2"], cwd=ROOT,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    complete = snapshot(out)
    # the folder grows; the next run is killed once some of the new plans are in the cache
    for name in names[10:]:
        os.link(pool / name, src / name)
    proc = subprocess.Popen(KEHOACH + [str(src), "-o", str(out), "--workers", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while cached_results(out) < 30 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the batch ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    killed_at = cached_results(out)
    assert 30 <= killed_at < 120
    # the last complete output is untouched and readable
    assert snapshot(out) == complete
    assert len(pd.read_parquet(out / "documents.parquet")) == 10
    # the rerun finishes the job, reusing what the killed run had committed
    rerun = subprocess.run(KEHOACH + [str(src), "-o", str(out), "--workers", "2"], cwd=ROOT,
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "120 plans read" in rerun.stdout
    assert f"{killed_at} reused" in rerun.stdout and f"{120 - killed_at} extracted" in rerun.stdout
    reference = tmp_path / "reference"
    once = subprocess.run(KEHOACH + [str(src), "-o", str(reference), "--workers", "2"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert once.returncode == 0, once.stderr
    for name in TABLES:
        a = pd.read_parquet(out / f"{name}.parquet")
        b = pd.read_parquet(reference / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b, obj=name)  # same rows, same order: no duplicates, nothing lost
    assert len(pd.read_parquet(out / "documents.parquet")) == 120
    assert not list(out.glob(".kehoach-staging-*"))
