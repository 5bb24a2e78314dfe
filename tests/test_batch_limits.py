"""Limits per document (issue #6, batch side): a document over a limit is stopped and recorded —
timeout (its worker killed with what it started, and replaced), out_of_memory (RLIMIT_AS in the
worker), a crashed worker, too_many_pages, file_too_large — and the batch goes on. Plus the OCR
page budget and the count of pages OCR'd."""
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch import Limits, process_file, run_batch
from pipeline.executors import PageSlots

ROOT = Path(__file__).resolve().parents[1]
PLAN = ("KẾ HOẠCH\nPhòng chống dịch sốt xuất huyết năm 2026\nI. NỘI DUNG\n"
        "1. Phun hóa chất diệt muỗi trước ngày 15/3/2026.\n2. Tuyên truyền trong quý II/2026.\n")


def misbehaving_processor(path, source_path, data=None, limits=None):
    """process_file, except for files that ask to hang, to eat memory or to crash."""
    text = data or Path(path).read_bytes()
    if text.startswith(b"@HANG "):
        pid_file = text.split()[1].decode()
        child = subprocess.Popen(["sleep", "300"], start_new_session=True)  # as LibreOffice is started
        Path(pid_file).write_text(str(child.pid))
        time.sleep(300)
    if text.startswith(b"@HOG"):
        hog = bytearray(8 << 30)  # 8 GB: past any RLIMIT_AS below it
        return {"never": len(hog)}
    if text.startswith(b"@CRASH"):
        os.kill(os.getpid(), signal.SIGSEGV)
    return process_file(path, source_path, data=data, limits=limits)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_stuck_hungry_and_crashing_documents_are_stopped_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    pid_file = tmp_path / "child.pid"
    (src / "a-hang.txt").write_text(f"@HANG {pid_file}\n", encoding="utf-8")
    (src / "b-hog.txt").write_text("@HOG\n", encoding="utf-8")
    (src / "c-crash.txt").write_text("@CRASH\n", encoding="utf-8")
    for i in range(6):
        (src / f"plan-{i}.txt").write_text(PLAN + f"{i + 3}. Kiểm tra tổ dân phố số {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    limits = Limits(timeout_s=3, max_memory_mb=1536)
    result = run_batch([src], out, workers=2, limits=limits, processor=misbehaving_processor)
    errors = pd.read_parquet(out / "errors.parquet").set_index("source_path")
    assert errors.loc["a-hang.txt", "error"] == "timeout"
    assert errors.loc["b-hog.txt", "error"] == "out_of_memory"
    assert errors.loc["c-crash.txt", "error"] == "worker_crashed"
    assert "SIGSEGV" in errors.loc["c-crash.txt", "message"]
    assert all(len(m) > 40 for m in errors.message)
    docs = pd.read_parquet(out / "documents.parquet")
    assert sorted(docs.source_path) == [f"plan-{i}.txt" for i in range(6)]  # every other plan was read
    assert result.manifest["error_codes"] == {"out_of_memory": 1, "timeout": 1, "worker_crashed": 1}
    # the hung worker was killed with the program it had started in its own session
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
    # a rerun reuses the limit errors measured with the same limits, and redoes the crash
    again = run_batch([src], out, workers=2, limits=limits, processor=misbehaving_processor).manifest
    assert again["plans_reused"] == 8 and again["plans_extracted"] == 1
    # a larger limit is another question: the timeout is tried again
    bigger = Limits(timeout_s=3.5, max_memory_mb=1536)
    m = run_batch([src], out, workers=2, limits=bigger, processor=misbehaving_processor).manifest
    assert m["plans_extracted"] == 2  # the hang (new timeout) and the crash (never cached)


def test_too_many_pages_and_too_large_files(tmp_path):
    sys.path.insert(0, str(ROOT / "tests"))
    from render import render_pdf

    src = tmp_path / "in"
    src.mkdir()
    long_plan = PLAN + "".join(f"{i}. Tổ chức kiểm tra định kỳ các hộ gia đình tại tổ dân phố số {i} "
                               f"trong quý {i % 4 + 1}/2026.\n" for i in range(3, 120))
    render_pdf(long_plan, src / "long.pdf", "txt")
    (src / "big.txt").write_text(PLAN + "Phụ lục.\n" * 40_000, encoding="utf-8")  # ~360 kB
    (src / "small.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    limits = Limits(max_pages=1, max_file_mb=0.2)
    r = run_batch([src], out, workers=1, limits=limits)
    errors = pd.read_parquet(out / "errors.parquet").set_index("source_path")
    assert errors.loc["long.pdf", "error"] == "too_many_pages" and errors.loc["long.pdf", "stage"] == "ingest"
    assert errors.loc["big.txt", "error"] == "file_too_large" and pd.isna(errors.loc["big.txt", "doc_id"])
    assert "--max-pages" in errors.loc["long.pdf", "message"] and "--max-file-mb" in errors.loc["big.txt", "message"]
    assert pd.read_parquet(out / "documents.parquet").source_path.tolist() == ["small.txt"]
    assert r.manifest["plans_extracted"] == 2  # the large file was never read
    r = run_batch([src], out, workers=1, limits=Limits(max_pages=50, max_file_mb=1))
    assert r.documents == 3 and r.errors == 0
    assert pd.read_parquet(out / "documents.parquet").set_index("source_path").loc["long.pdf", "pages"] > 1


def test_ocr_pages_are_counted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    photo = ROOT / "data" / "raw" / "lao-cai-chuyen-doi-so-2025-photo.jpg"
    if not photo.exists():
        pytest.skip("the photographed plan is not in data/raw")
    (src / photo.name).write_bytes(photo.read_bytes())
    (src / "plan.txt").write_text(PLAN, encoding="utf-8")
    m = run_batch([src], tmp_path / "out", workers=2).manifest
    assert m["pages_ocr"] == 1 and m["documents_written"] == 2
    assert m["seconds_per_stage"]["ocr"] > 0


def test_ocr_slots_are_shared_between_processes_and_freed_when_a_holder_dies(tmp_path):
    slots = PageSlots(tmp_path / "slots", 1)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(slots.paths[0])!r}, os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('held', flush=True)\n"
        "time.sleep(300)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        got = threading.Event()

        def take():
            with slots.hold():
                got.set()

        t = threading.Thread(target=take, daemon=True)
        t.start()
        assert not got.wait(0.5)  # the only slot is held by another process
        holder.send_signal(signal.SIGKILL)
        assert got.wait(5)  # its death freed the slot
        t.join(5)
    finally:
        holder.kill()
        holder.wait()


_KEPT: list[bytearray] = []


def leaking_processor(path, source_path, data=None, limits=None):
    """process_file that keeps 6 MB per file for ever, as a cache that never fills up would."""
    block = bytearray(6 << 20)
    block[::4096] = b"x" * len(block[::4096])  # touched, so it is resident
    _KEPT.append(block)
    return process_file(path, source_path, data=data, limits=limits)


def test_a_worker_whose_memory_keeps_growing_is_replaced_and_nothing_is_lost(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    n = 24
    for i in range(n):
        (src / f"plan-{i:02d}.txt").write_text(PLAN + f"3. Kiểm tra tổ dân phố số {i}.\n", encoding="utf-8")
    grown = run_batch([src], tmp_path / "out", workers=2, limits=Limits(recycle_mb=10),
                      processor=leaking_processor).manifest
    # 12 files a worker at 6 MB each: a worker leaves after about 3 of them (its first file sets its
    # starting point), a fresh one goes on
    assert grown["workers_recycled"] >= 4
    steady = run_batch([src], tmp_path / "out2", workers=2, limits=Limits(recycle_mb=None),
                       processor=leaking_processor).manifest
    assert steady["workers_recycled"] == 0
    # without recycling the leak shows: 12 files × 6 MB more in one worker's peak
    assert steady["peak_rss_mb"]["worker"] > grown["peak_rss_mb"]["worker"] + 24
    for name in ("documents", "tasks"):
        a = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        b = pd.read_parquet(tmp_path / "out2" / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b)
    assert len(pd.read_parquet(tmp_path / "out" / "documents.parquet")) == n


def spiking_processor(path, source_path, data=None, limits=None):
    """process_file that needs 40 MB for a moment and gives it back, as a page image does (not for
    a worker's first files, so that the spike comes after its starting point)."""
    if not source_path.endswith(("-0.txt", "-1.txt")):
        block = bytearray(40 << 20)
        block[::4096] = b"x" * len(block[::4096])
        del block
    return process_file(path, source_path, data=data, limits=limits)


def test_memory_a_plan_gives_back_is_not_growth(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(8):
        (src / f"plan-{i}.txt").write_text(PLAN + f"3. Kiểm tra tổ dân phố số {i}.\n", encoding="utf-8")
    m = run_batch([src], tmp_path / "out", workers=2, limits=Limits(recycle_mb=10),
                  processor=spiking_processor).manifest
    assert m["workers_recycled"] == 0
    assert m["peak_rss_mb"]["worker"] > 40  # the spike was there, in the peak
    assert m["documents_written"] == 8


def test_the_worker_server_loads_the_tables_plans_reach_later():
    """Tables the warm-up's sample plan does not reach are loaded in the fork server too: a fresh
    worker (one per recycle) would otherwise load them again (~90 ms), each into its own ~7 MB
    counted as growth towards recycle_mb, instead of sharing the server's pages."""
    code = ("import pipeline.warmup\n"
            "from extractors import admin, references, units\n"
            "fns = [admin._current_province_keys, admin._merged_from, units._fuzzy_targets,\n"
            "       references._name_table, references._name_reach]\n"
            "print(' '.join(str(f.cache_info().currsize) for f in fns))\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["1", "1", "1", "2", "2"]


def test_trim_heap_gives_back_the_pages_a_plan_freed():
    """What a plan allocated and freed in the middle of the C heap stays resident until trimmed: a
    worker would count it as growth and be replaced for memory it no longer uses."""
    code = ("import sys\n"
            "from pipeline.executors import _current_rss_kb, trim_heap\n"
            "blocks = [bytearray(64 << 10) for _ in range(1024)]\n"   # 64 MB in pieces under mmap's threshold
            "for b in blocks: b[::4096] = b'x' * len(b[::4096])\n"
            "kept = blocks[::8]\n"                                     # every 8th stays: the freed ones are not at the top
            "del blocks\n"
            "before = _current_rss_kb()\n"
            "ok = trim_heap()\n"
            "print(int(ok), before - _current_rss_kb())\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    ok, freed_kb = map(int, out.stdout.split())
    if not ok:
        pytest.skip("no glibc malloc_trim here")
    assert freed_kb > 32 << 10
