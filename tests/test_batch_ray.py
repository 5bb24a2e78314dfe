"""`--executor ray`: the same per-plan function as Ray tasks on a small local Ray instance gives
the same tables as the local worker processes."""
import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from models.schemas import TABLES
from pipeline.batch import run_batch

ray = pytest.importorskip("ray")
ROOT = Path(__file__).resolve().parents[1]


def test_ray_executor_gives_the_tables_of_the_local_executor(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    src = tmp_path / "in"
    corpus.make_corpus(src, 10, seed=3)
    (src / "empty.txt").write_bytes(b"")
    (src / "copy.txt").write_bytes(sorted(src.glob("*.txt"))[0].read_bytes())  # same bytes, two names
    local = run_batch([src], tmp_path / "local", workers=2)
    ray.init(num_cpus=2, include_dashboard=False)
    try:
        assert ray.is_initialized()
        remote = run_batch([src], tmp_path / "ray", executor="ray")
    finally:
        ray.shutdown()
    m = remote.manifest
    assert m["executor"] == "ray" and m["plans_extracted"] == 11 and m["plans_reused"] == 0
    assert "worker_code" not in m  # the Ray workers ran the driver's code
    assert (remote.documents, remote.errors, remote.tasks) == (local.documents, local.errors, local.tasks)
    assert remote.documents == 10 and remote.errors == 1
    for name in TABLES:
        a = pd.read_parquet(tmp_path / "ray" / f"{name}.parquet")
        b = pd.read_parquet(tmp_path / "local" / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b, obj=name)


def crash_on_mark(path, source_path, data=None, limits=None):
    """process_file, except that a file starting with @CRASH kills the process reading it."""
    import os
    import signal

    from pipeline.batch import process_file

    if (data or b"").startswith(b"@CRASH"):
        os.kill(os.getpid(), signal.SIGKILL)
    return process_file(path, source_path, data=data, limits=limits)


def test_small_files_share_ray_tasks_and_a_crash_costs_only_its_own_file(tmp_path):
    import sys

    from pipeline.executors import RayExecutor

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    src = tmp_path / "in"
    corpus.make_corpus(src, 2 * RayExecutor.CHUNK_FILES, seed=5)
    (src / "000003a-crash.txt").write_bytes(b"@CRASH\n")  # sorted among the plans: inside the first chunk
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the Ray workers cannot import tests/
    ray.init(num_cpus=2, include_dashboard=False)
    try:
        r = run_batch([src], tmp_path / "ray", executor="ray", processor=crash_on_mark)
    finally:
        ray.shutdown()
    errors = pd.read_parquet(tmp_path / "ray" / "errors.parquet")
    assert list(errors.source_path) == ["000003a-crash.txt"] and list(errors.error) == ["worker_crashed"]
    assert r.documents == 2 * RayExecutor.CHUNK_FILES  # the crash's chunk-mates were read again, one by one
