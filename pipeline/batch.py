"""The batch: every input file to a documents row or an errors row, never neither.

Inputs are files or folders (walked recursively, links not followed into loops); each file is
extracted in a worker process; identical bytes under two names give one documents row that
keeps both paths. The tables and manifest.json are written at the end, atomically.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from models.records import ErrorRecord, as_row
from models.schemas import TABLES
from pipeline.errors import PlanError
from pipeline.version import __version__

SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", "manifest.json"}


@dataclass
class BatchResult:
    inputs: int = 0
    documents: int = 0
    tasks: int = 0
    errors: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)


def iter_inputs(inputs: list[Path], exclude: Path | None = None) -> Iterator[tuple[Path, str]]:
    """(path, source_path) of every file under the inputs, in a stable order."""
    excl = exclude.resolve() if exclude else None
    for root in inputs:
        root = Path(root)
        if root.is_file() or not root.exists():
            yield root, root.name
            continue
        seen_dirs: set[tuple[int, int]] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            try:
                st = os.stat(dirpath)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in seen_dirs:  # a symlink loop
                dirnames[:] = []
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and (excl is None or (here / d).resolve() != excl))
            for name in sorted(filenames):
                if name.startswith(".") or name in SKIP_NAMES:
                    continue
                p = here / name
                yield p, p.relative_to(root).as_posix()


def process_file(path: str, source_path: str) -> dict[str, Any]:
    """Worker: one input file to its rows, or to an error row. Never raises."""
    from pipeline.extract import doc_id_of, extract_bytes

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        err = ErrorRecord(source_path, None, "ingest", "unreadable_file",
                          f"the file cannot be read ({exc.strerror or exc}); check its permissions and that it exists")
        return {"error": as_row(err)}
    doc_id = doc_id_of(data)
    try:
        plan = extract_bytes(data, source_path)
    except PlanError as exc:
        return {"error": as_row(ErrorRecord(source_path, doc_id, exc.stage, exc.code, exc.message))}
    except Exception as exc:  # never lose a document to a bug: record it and go on
        return {"error": as_row(ErrorRecord(source_path, doc_id, "extract", "internal_error",
                                            f"{type(exc).__name__}: {exc}; report this file to the developers"))}
    return {"rows": plan.rows(), "seconds": plan.seconds, "doc_id": doc_id}


def run_batch(inputs: list[Path], out_dir: Path, workers: int | None = None,
              on_progress: Callable[[int, int, dict[str, Any]], None] | None = None) -> BatchResult:
    from pipeline.writer import write_manifest, write_table

    started = dt.datetime.now(dt.timezone.utc)
    t_start = time.perf_counter()
    out_dir = Path(out_dir)
    files = list(iter_inputs([Path(p) for p in inputs], exclude=out_dir))
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seconds: dict[str, float] = defaultdict(float)
    by_doc: dict[str, dict[str, Any]] = {}
    workers = workers or os.cpu_count() or 1

    def collect(i: int, result: dict[str, Any]) -> None:
        if "error" in result:
            tables["errors"].append(result["error"])
        else:
            doc_id = result["doc_id"]
            if doc_id in by_doc:  # the same bytes under another name: keep one row, both paths
                by_doc[doc_id]["source_paths"].append(result["rows"]["documents"][0]["source_path"])
            else:
                rows = result["rows"]
                by_doc[doc_id] = rows["documents"][0]
                for name, rs in rows.items():
                    tables[name].extend(rs)
            for stage, s in result.get("seconds", {}).items():
                seconds[stage] += s
        if on_progress:
            on_progress(i + 1, len(files), result)

    jobs = [(str(p), rel) for p, rel in files]
    if workers <= 1 or len(jobs) <= 1:
        for i, job in enumerate(jobs):
            collect(i, process_file(*job))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for i, result in enumerate(pool.map(process_file, *zip(*jobs), chunksize=4)):
                collect(i, result)

    t_write = time.perf_counter()
    counts = {name: write_table(out_dir, name, tables.get(name, [])) for name in TABLES}
    seconds["write"] = time.perf_counter() - t_write
    finished = dt.datetime.now(dt.timezone.utc)
    manifest = {
        "pipeline_version": __version__,
        "started": started.isoformat(),
        "finished": finished.isoformat(),
        "wall_seconds": round(time.perf_counter() - t_start, 3),
        "workers": workers,
        "inputs": [str(p) for p in inputs],
        "inputs_seen": len(files),
        "documents_written": counts["documents"],
        "errors": counts["errors"],
        "rows": counts,
        "seconds_per_stage": {k: round(v, 4) for k, v in seconds.items()},
        "error_codes": dict(sorted(_count(r["error"] for r in tables.get("errors", [])).items())),
    }
    write_manifest(out_dir, manifest)
    return BatchResult(inputs=len(files), documents=counts["documents"], tasks=counts["tasks"],
                       errors=counts["errors"], seconds=dict(seconds), manifest=manifest)


def _count(items) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for x in items:
        out[x] += 1
    return out
