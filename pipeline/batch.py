"""The batch: every input file to a documents row or an errors row, never neither.

    run_batch(inputs, out_dir, workers=None, *, force=False, cache_dir=None, partition_by=(),
              executor="local", address=None, limits=Limits(), on_progress=None) -> BatchResult

1. Scan: inputs are files or folders (walked recursively, links not followed into loops, the
   output folder left out). Each file is hashed (SHA-256; a path whose size, mtime and inode are
   unchanged reuses its earlier hash) and looked up in the cache (pipeline.cache) by its content,
   suffix and the code's fingerprint.
2. Extract: the files the cache lacks go to an executor (pipeline.executors: worker processes,
   or Ray) running `process_file` on each; identical bytes are extracted once. Each result is
   stored in the cache as it arrives and committed every half second, so a run killed at any
   moment loses at most that much work and nothing is held in memory.
3. Write: the tables are streamed from the cache, in input order (or grouped by partition), into
   a staging folder inside OUT, then swapped into place with manifest.json last (pipeline.writer).
   The output always reflects exactly the files given: a file removed since the last run leaves
   no rows. A failure while writing leaves the previous output as it was.

Identical bytes under two names give one documents row that keeps both paths (source_paths).
Limits (class Limits) stop a document that is too large, too long, too slow or too hungry; it
gets an errors row (`file_too_large`, `too_many_pages`, `timeout`, `out_of_memory`) and the batch
goes on.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import gc
import hashlib
import os
import pickle
import stat as stat_mod
import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from models.records import ErrorRecord, as_row
from models.schemas import TABLES
from pipeline.errors import PlanError
from pipeline.version import __version__

SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini", "manifest.json"}
CACHE_DIRNAME = ".kehoach-cache"
LOCK_NAME = ".kehoach.lock"
SHIP_BYTES = 16 << 20  # larger files are read by the worker itself, not sent from the main process
STAGES = ("ingest", "normalize", "segment", "extract")
# documents columns that can name partitions (scalars; not the text)
PARTITION_COLUMNS = [n for n, f in zip(TABLES["documents"].names, TABLES["documents"])
                     if n not in ("text", "source_paths", "source_path", "doc_id")
                     and not str(f.type).startswith(("list", "large_list"))]


@dataclass(frozen=True)
class Limits:
    """What one document may cost; None means no limit."""
    timeout_s: float | None = 600.0          # seconds per document (the worker is killed and replaced)
    max_pages: int | None = 2000             # pages per document
    max_file_mb: float | None = 512.0        # megabytes per input file
    max_memory_mb: int | None = 4096         # address space per worker process (RLIMIT_AS)
    # A worker whose resident memory has grown by more than this since it started is replaced by a
    # fresh one (forked warm) after the plan it is on: the memos of recurring lines (pipeline.memo),
    # pdfminer's and allocator fragments fill up over thousands of plans, and this keeps a worker's
    # peak the same whether the batch has 100 plans or 100,000. Not part of what a result depends
    # on. Those memos are what makes a worker fast (a fresh one refills them over its first hundred
    # text plans), so the allowance trades speed for memory. 4 MB is about what a worker gains over
    # its first 50 plans: over 10,000 text plans on 2 cores it replaced 79 workers (216 plans/s,
    # peak 101.1 MB against 97.6 over 100 plans); 12 MB replaced 2 (296 plans/s, peak 108.5 MB).
    # A batch of typed plans on a machine with memory to spare goes faster with --recycle-mb 12.
    recycle_mb: float | None = 4.0

    def as_dict(self) -> dict[str, float | None]:
        return {k: (float(v) if v is not None else None) for k, v in asdict(self).items()}


@dataclass
class BatchResult:
    inputs: int = 0
    documents: int = 0
    tasks: int = 0
    errors: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)


class OutputBusy(RuntimeError):
    """Another run holds the output folder."""


def iter_inputs(inputs: list[Path], exclude: Path | Iterable[Path] | None = None) -> Iterator[tuple[Path, str]]:
    """(path, source_path) of every file under the inputs, in a stable order."""
    if exclude is None:
        excluded: set[Path] = set()
    elif isinstance(exclude, (str, os.PathLike)):
        excluded = {Path(exclude).resolve()}
    else:
        excluded = {Path(e).resolve() for e in exclude if e is not None}
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
                                 and (not excluded or (here / d).resolve() not in excluded))
            prefix = here.relative_to(root).as_posix() + "/"  # once per folder, not per file
            if prefix == "./":
                prefix = ""
            for name in sorted(filenames):
                if name.startswith(".") or name in SKIP_NAMES:
                    continue
                yield here / name, prefix + name


# ---------------------------------------------------------------- the per-plan function

def error_result(source_path: str, doc_id: str | None, stage: str, code: str, message: str,
                 limit: tuple[str, Any] | None = None, reuse: bool = True) -> dict[str, Any]:
    """An errors row as process_file returns it. `limit`: the limit it hit (name, value), so that it
    is reused only under the same limit; `reuse=False`: never reused (it depends on the moment)."""
    out: dict[str, Any] = {"error": as_row(ErrorRecord(source_path, doc_id, stage, code, message)),
                           "doc_id": doc_id}
    if not reuse:
        out["nocache"] = True
    if limit is not None:
        out["limit"] = (limit[0], float(limit[1]) if limit[1] is not None else None)
    return out


def _is_memory_error(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, MemoryError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _pdf_page_count(data: bytes) -> int | None:
    if not (data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]):
        return None
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            return len(pdf)
        finally:
            pdf.close()
    except Exception:  # encrypted or damaged: the reader says what is wrong
        return None


def _too_many_pages(source_path: str, doc_id: str, n: int, limits: Limits) -> dict[str, Any]:
    return error_result(source_path, doc_id, "ingest", "too_many_pages",
                        f"the document has {n} pages, more than the limit of {limits.max_pages} per document; "
                        "split it, or raise the limit with --max-pages", limit=("max_pages", limits.max_pages))


def process_file(path: str, source_path: str, data: bytes | None = None,
                 limits: Limits | None = None) -> dict[str, Any]:
    """Worker: one input file (read from `path` unless its bytes are given) to its rows, or to an
    error row. Never raises."""
    from pipeline.extract import doc_id_of, extract_bytes

    limits = limits or Limits()
    if data is None:
        try:
            size = os.path.getsize(path)
            if limits.max_file_mb and size > limits.max_file_mb * 1e6:
                return error_result(source_path, None, "ingest", "file_too_large", _too_large_message(size, limits),
                                    limit=("max_file_mb", limits.max_file_mb))
            data = Path(path).read_bytes()
        except OSError as exc:
            return error_result(source_path, None, "ingest", "unreadable_file",
                                f"the file cannot be read ({exc.strerror or exc}); check its permissions and "
                                "that it exists")
    doc_id = doc_id_of(data)
    if limits.max_pages:
        n = _pdf_page_count(data)
        if n is not None and n > limits.max_pages:
            return _too_many_pages(source_path, doc_id, n, limits)
    try:
        plan = extract_bytes(data, source_path, doc_id)
    except PlanError as exc:
        if _is_memory_error(exc):
            raise MemoryError from exc
        return error_result(source_path, doc_id, exc.stage, exc.code, exc.message)
    except MemoryError:
        raise
    except Exception as exc:  # never lose a document to a bug: record it and go on
        if _is_memory_error(exc):
            raise MemoryError from exc
        return error_result(source_path, doc_id, "extract", "internal_error",
                            f"{type(exc).__name__}: {exc}; report this file to the developers")
    pages = plan.document.pages
    if limits.max_pages and pages and pages > limits.max_pages:
        return _too_many_pages(source_path, doc_id, pages, limits)
    return {"tables": plan.row_tuples(), "seconds": plan.seconds, "doc_id": doc_id, "pages": pages}


def _too_large_message(size: int, limits: Limits) -> str:
    return (f"the file is {size / 1e6:.1f} MB, more than the limit of {limits.max_file_mb:g} MB per file; "
            "split it, or raise the limit with --max-file-mb")


# ---------------------------------------------------------------- results as compact payloads

_CODEC = None


def _codec():
    global _CODEC
    if _CODEC is None:
        import pyarrow as pa

        _CODEC = pa.Codec("zstd", compression_level=1)
    return _CODEC


def encode_result(result: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """A process_file result → (info the batch keeps in memory and in the cache index, payload: the
    rows of every table as a chunk for its sink — its columns, text as UTF-8 bytes (see
    pipeline.writer.to_chunk) — pickled and zstd-compressed)."""
    from pipeline.writer import pack, row_tuple, to_chunk

    if "error" in result:
        row = result["error"]
        tables = {"errors": [row_tuple("errors", row)]}
        info: dict[str, Any] = {"kind": "error", "doc_id": row.get("doc_id"), "error": row.get("error"),
                                "limit": result.get("limit"), "seconds": {}}
        if result.get("nocache"):
            info["nocache"] = True
    else:
        if "tables" in result:  # process_file: tuples in column order already
            tables = {name: ts for name, ts in result["tables"].items() if ts}
            doc = dict(zip(TABLES["documents"].names, tables["documents"][0]))
        else:  # another processor's rows as dicts (the contract of Plan.rows())
            rows = result["rows"]
            tables = {name: [row_tuple(name, r) for r in rs] for name, rs in rows.items() if rs}
            doc = rows["documents"][0]
        info = {"kind": "doc", "doc_id": result.get("doc_id") or doc.get("doc_id"),
                "meta": {k: v for k, v in doc.items() if k not in ("text", "source_path", "source_paths")},
                "pages": result.get("pages"), "seconds": dict(result.get("seconds") or {})}
    raw = pickle.dumps({name: pack(to_chunk(name, rows)) for name, rows in tables.items()}, protocol=5)
    info["raw_size"] = len(raw)
    return info, _codec().compress(raw, asbytes=True)


def decode_payload(payload: bytes, raw_size: int) -> dict[str, Any]:
    """A payload's chunks by table (pipeline.writer.pack: each table's columns still pickled)."""
    return pickle.loads(_codec().decompress(payload, decompressed_size=raw_size, asbytes=True))


# ---------------------------------------------------------------- the run

@dataclass(slots=True)
class _Input:
    """What the batch keeps per input while it runs (a few hundred bytes: no rows, no text)."""
    idx: int
    rel: str
    key: str | None = None
    doc_id: str | None = None
    kind: str | None = None          # "doc" / "error" once known
    part: tuple[str, ...] = ()       # its partition's directory names
    direct_error: dict[str, Any] | None = None  # an error found before extraction (not cached)
    cached: bool = False


@contextlib.contextmanager
def _frozen_heap():
    """What is alive now (the modules: pyarrow alone brings pandas) is left out of the cyclic
    garbage collector's full passes until the run ends; the run calls the function it yields once
    its long-lived objects (one per input) exist. The rows passing through allocate many young
    containers, and every full pass over the whole heap was a tenth of this process's time. The
    run makes no cycles that outlive a plan, so nothing frozen is garbage meant to be collected."""
    owner = gc.get_freeze_count() == 0  # a caller that froze objects itself keeps them frozen
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        if owner:
            gc.unfreeze()


@contextlib.contextmanager
def _output_lock(out_dir: Path):
    fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputBusy(f"another kehoach run is writing to {out_dir}; wait for it to finish") from None
        yield
    finally:
        os.close(fd)


def _make_executor(executor: str, workers: int, limits: Limits, processor, address, slots_dir):
    from pipeline import executors as ex

    if executor == "local":
        return ex.LocalExecutor(workers, limits, processor, slots_dir)
    if executor == "inline":
        return ex.InlineExecutor(limits, processor)
    if executor == "ray":
        return ex.RayExecutor(workers if workers else None, limits, processor, address)
    raise ValueError(f"unknown executor {executor!r}: use local, ray or inline")


def run_batch(inputs: Iterable[Path | str] | Path | str, out_dir: Path, workers: int | None = None,
              on_progress: Callable[[int, int, dict[str, Any]], None] | None = None, *,
              force: bool = False, cache_dir: Path | None = None, partition_by: Iterable[str] = (),
              executor: str = "local", address: str | None = None, limits: Limits | None = None,
              processor: Callable | None = None) -> BatchResult:
    """Extract every plan under `inputs` and write all tables plus manifest.json to `out_dir`.

    workers: processes (local) or concurrent tasks (ray); default every core / every cluster CPU.
    force: ignore the cache (every file is extracted again; results still refresh the cache).
    cache_dir: where results are kept (default OUT/.kehoach-cache; a cache elsewhere is shared, never pruned).
    partition_by: documents columns naming the partitions, e.g. ("province", "plan_year").
    processor: another per-plan function with process_file's signature (benchmarks).
    """
    from pipeline.cache import Cache, Entry, result_key, sha256_file
    from pipeline.writer import NULL_PART, part_name, recover

    if isinstance(inputs, (str, os.PathLike)):  # one folder or file, not its characters ("/" would walk the disk)
        inputs = [inputs]
    inputs = list(inputs)

    started = dt.datetime.now(dt.timezone.utc)
    t_start = time.perf_counter()
    limits = limits or Limits()
    partition_by = [c.strip() for c in partition_by if c and c.strip()]
    bad = [c for c in partition_by if c not in PARTITION_COLUMNS]
    if bad:
        raise ValueError(f"cannot partition by {', '.join(bad)}: choose among {', '.join(PARTITION_COLUMNS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    default_cache = cache_dir is None
    cache_dir = Path(cache_dir) if cache_dir is not None else out_dir / CACHE_DIRNAME
    cpu = os.cpu_count() or 1
    n_workers = workers or (cpu if executor != "ray" else 0)
    salt = "" if processor is None else f"{processor.__module__}.{processor.__qualname__}"
    limit_values = limits.as_dict()
    seconds: dict[str, float] = defaultdict(float)
    for s in STAGES:
        seconds[s] = 0.0

    with _output_lock(out_dir), _frozen_heap() as freeze:
        recovered = recover(out_dir)
        cache = Cache(cache_dir)
        try:
            # 1. scan -----------------------------------------------------------
            t0 = time.perf_counter()
            files = iter_inputs([Path(p) for p in inputs], exclude=[out_dir, cache_dir])
            total = 0
            entries: list[_Input] = []
            jobs: dict[str, Any] = {}
            from pipeline.executors import Job, prestart
            from pipeline.writer import warm_conversion

            done = 0
            counts = defaultdict(int)
            null_part = tuple(NULL_PART for _ in partition_by)
            real_dirs: dict[Path, str] = {}

            def partition(kind: str, meta: dict[str, Any] | None) -> tuple[str, ...]:
                if not partition_by or kind != "doc":
                    return null_part
                return tuple(part_name((meta or {}).get(c)) for c in partition_by)

            def tick(info: dict[str, Any]) -> None:
                if on_progress:
                    on_progress(done, total, info)

            for idx, (path, rel) in enumerate(files):
                e = _Input(idx, rel)
                entries.append(e)
                total += 1
                try:
                    st = os.stat(path)
                    if not stat_mod.S_ISREG(st.st_mode):
                        raise IsADirectoryError(0, "not a regular file")
                    if limits.max_file_mb and st.st_size > limits.max_file_mb * 1e6:
                        e.direct_error = error_result(rel, None, "ingest", "file_too_large",
                                                      _too_large_message(st.st_size, limits))
                    else:
                        # the hash is remembered under the file's place: its folder resolved (once
                        # per folder: resolving walks every component), its own name as it is
                        rdir = real_dirs.get(path.parent)
                        if rdir is None:
                            rdir = real_dirs[path.parent] = str(path.parent.resolve())
                        apath = os.path.join(rdir, path.name)
                        sha = None if force else cache.known_hash(apath, st)
                        if sha is None:
                            sha = sha256_file(path)
                            cache.remember_hash(apath, st, sha)
                        e.key = result_key(sha, path.suffix, salt)
                        e.doc_id = sha[:16]
                except OSError as exc:
                    e.direct_error = error_result(rel, None, "ingest", "unreadable_file",
                                                  f"the file cannot be read ({exc.strerror or exc}); check its "
                                                  "permissions and that it exists")
                if e.direct_error is not None:
                    e.kind = "error"
                    done += 1
                    tick({"error": e.direct_error["error"]["error"], "cached": False})
                    continue
                hit = None if force else cache.get(e.key, limit_values)
                if hit is not None:
                    e.kind, e.cached = hit.kind, True
                    e.part = partition(hit.kind, hit.meta)
                    e.doc_id = hit.doc_id if hit.kind == "doc" else e.doc_id
                    counts["cache_hits"] += 1
                    done += 1
                    tick({"error": hit.error, "cached": True} if hit.kind == "error" else {"cached": True})
                    continue
                job = jobs.get(e.key)
                if job is None:
                    if not jobs and executor == "local" and processor is None:
                        prestart()  # the workers' fork server warms up while the scan goes on
                        warm_conversion()  # … and this process has a core to spare meanwhile
                    job = jobs[e.key] = Job(len(jobs), e.key, sha, str(path), rel, size=st.st_size)
                job.inputs.append(idx)
            cache.commit()
            freeze()  # the inputs and jobs live as long as the run
            seconds["scan"] = time.perf_counter() - t0

            # 2. extract (and, for an unpartitioned output, write as results arrive) ----------
            t0 = time.perf_counter()
            uncached: dict[str, tuple[bytes, int]] = {}
            writer = (_StreamingWrite(out_dir, entries, cache, uncached)
                      if STREAM_WRITES and not partition_by else None)
            ex = _make_executor(executor, min(n_workers, len(jobs)) if executor == "local" else n_workers,
                                limits, processor, address, cache_dir / "ocr-slots")

            ship_all = executor != "local"  # Ray workers may not see the files: their bytes travel

            def source() -> Iterator[tuple[Any, bytes | None]]:
                nonlocal done
                for job in jobs.values():
                    if not ship_all and job.size > SHIP_BYTES:
                        yield job, None  # a large file: its worker reads it (the main process never holds it)
                        continue
                    try:
                        data = Path(job.path).read_bytes()
                    except OSError as exc:
                        for i in job.inputs:
                            e = entries[i]
                            e.kind, e.key = "error", None
                            e.direct_error = error_result(e.rel, None, "ingest", "unreadable_file",
                                                          f"the file cannot be read ({exc.strerror or exc}); check "
                                                          "its permissions and that it exists")
                            done += 1
                            tick({"error": "unreadable_file", "cached": False})
                        continue
                    sha = hashlib.sha256(data).hexdigest()
                    if sha != job.sha:  # changed since it was hashed: what is read now is what counts
                        if writer is not None:
                            writer.cancel()  # its duplicates are no longer what the scan saw
                        job.sha, job.key = sha, result_key(sha, Path(job.path).suffix, salt)
                        for i in job.inputs:
                            entries[i].key, entries[i].doc_id = job.key, sha[:16]
                    yield job, data

            pages_ocr = 0
            peak_worker_kb = 0
            fingerprints = set()
            try:
                for outcome in (ex.run(source()) if jobs else ()):
                    if outcome is None:
                        tick({"heartbeat": True, "pages_ocr": ex.pages_ocr()})
                        cache.maybe_commit()
                        continue
                    job, info, payload = outcome
                    if info["kind"] == "doc" and info.get("doc_id") != job.sha[:16]:
                        info["nocache"] = True  # the file changed while its worker read it
                        if writer is not None:
                            writer.cancel()
                    counts["plans_extracted"] += 1
                    peak_worker_kb = max(peak_worker_kb, info.get("rss_kb") or 0)
                    pages_ocr += info.get("ocr_pages", 0) or 0
                    for stage, s in (info.get("seconds") or {}).items():
                        seconds[stage] += s
                    entry = Entry(job.key, info.get("doc_id"), info["kind"], info.get("error"),
                                  tuple(info["limit"]) if info.get("limit") else None, info.get("meta"),
                                  info.get("pages"), info.get("ocr_pages", 0) or 0, info.get("seconds"),
                                  payload, info["raw_size"])
                    if info.get("nocache") or not cache.put(entry):
                        uncached[job.key] = (payload, info["raw_size"])
                    elif writer is not None:
                        writer.offer(job.key, payload, info["raw_size"])
                    for i in job.inputs:
                        e = entries[i]
                        e.kind = info["kind"]
                        e.part = partition(info["kind"], info.get("meta"))
                        if info.get("doc_id"):
                            e.doc_id = info["doc_id"]
                        done += 1
                        tick({"error": info.get("error"), "cached": False, "pages_ocr": ex.pages_ocr()}
                             if info["kind"] == "error" else {"cached": False, "pages_ocr": ex.pages_ocr()})
                    if writer is not None:
                        writer.advance()
                    cache.maybe_commit()
            except BaseException:
                if writer is not None:
                    writer.cancel()
                raise
            finally:
                cache.commit()
            fingerprints = getattr(ex, "fingerprints", set())
            seconds["process"] = time.perf_counter() - t0

            # 3. write ------------------------------------------------------------
            t0 = time.perf_counter()
            streamed = 0.0
            if writer is not None and not writer.cancelled:
                out = writer.finish()  # (rows were written as they arrived)
                streamed = writer.seconds
            else:  # partitioned, or the streaming was cancelled: every row now, in partition order
                out = _Output(out_dir, bool(partition_by), cache, uncached)
                doc_paths: dict[str, list[str]] = defaultdict(list)
                winner: dict[str, int] = {}
                for e in entries:
                    if e.kind == "doc":
                        doc_paths[e.doc_id].append(e.rel)
                        winner.setdefault(e.doc_id, e.idx)
                units = []
                for e in entries:
                    if e.kind == "doc" and winner[e.doc_id] != e.idx:
                        continue  # the same bytes again: its path is in the first one's source_paths
                    if e.kind not in ("doc", "error"):
                        continue
                    units.append((e.part if e.kind == "doc" else null_part, e.idx))
                units.sort()
                try:
                    for part, idx in units:
                        e = entries[idx]
                        out.write(e, part, doc_paths.get(e.doc_id, []))
                except BaseException:
                    out.abort()
                    raise
            names = list(TABLES)
            staging, sinks, error_codes = out.staging, out.sinks, out.error_codes
            try:
                counts_rows = {name: sinks[name].close() for name in names}
                seconds["write"] = streamed + time.perf_counter() - t0
                finished = dt.datetime.now(dt.timezone.utc)
                manifest = {
                    "pipeline_version": __version__,
                    "started": started.isoformat(),
                    "finished": finished.isoformat(),
                    "wall_seconds": round(time.perf_counter() - t_start, 3),
                    "executor": ex.name,
                    "workers": n_workers or None,
                    "inputs": [str(p) for p in inputs],
                    "inputs_seen": total,
                    "documents_written": counts_rows["documents"],
                    "errors": counts_rows["errors"],
                    "rows": counts_rows,
                    "files": {name: sinks[name].files for name in names},
                    "layout": {"partition_by": partition_by} if partition_by else {"partition_by": []},
                    "plans_extracted": counts["plans_extracted"],
                    "plans_reused": counts["cache_hits"],
                    "cache_hits": counts["cache_hits"],
                    "pages_ocr": pages_ocr,
                    "peak_rss_mb": {"worker": round(peak_worker_kb / 1024, 1) if peak_worker_kb else None,
                                    "main": round(_rss_kb() / 1024, 1)},
                    "workers_recycled": getattr(ex, "recycled", 0),
                    "seconds_per_stage": {k: round(v, 4) for k, v in seconds.items()},
                    "error_codes": dict(sorted(error_codes.items())),
                    "limits": limit_values,
                    "cache": {"path": str(cache_dir), "code": _fingerprint(), "forced": force},
                }
                if recovered:
                    manifest["recovered"] = recovered
                if fingerprints and fingerprints != {_fingerprint()}:
                    manifest["worker_code"] = sorted(fingerprints)
                staging.write_manifest(manifest)
                staging.commit()
            except BaseException:
                out.abort()
                raise
            if default_cache:
                cache.prune()
        finally:
            cache.close()
    return BatchResult(inputs=total, documents=counts_rows["documents"], tasks=counts_rows["tasks"],
                       errors=counts_rows["errors"], seconds=dict(seconds), manifest=manifest)


class _Output:
    """The staged tables of one run, written entry by entry in the order given."""

    def __init__(self, out_dir: Path, partitioned: bool, cache, uncached: dict[str, tuple[bytes, int]],
                 fresh: dict[str, tuple[bytes, int]] | None = None) -> None:
        from pipeline.writer import Staging

        self.cache, self.uncached = cache, uncached
        self.fresh = fresh if fresh is not None else {}  # results just stored, not read back from the cache
        self.staging = Staging(out_dir)
        self.sinks = {name: self.staging.sink(name, partitioned) for name in TABLES}
        self.error_codes: dict[str, int] = defaultdict(int)

    def write(self, e: _Input, part: tuple[str, ...], doc_paths: list[str]) -> None:
        """An entry's rows; a document's row gets this entry's path and every path of its bytes."""
        if e.direct_error is not None:
            from pipeline.writer import row_tuple, to_chunk

            tables = {"errors": to_chunk("errors", [row_tuple("errors", e.direct_error["error"])])}
        else:
            payload, raw_size = (self.uncached.get(e.key) or self.fresh.get(e.key)
                                 or self.cache.payload(e.key))
            tables = decode_payload(payload, raw_size)
        rel = e.rel.encode()  # text goes to the sinks as UTF-8 (pipeline.writer.to_chunk)
        if e.kind == "doc":
            n, cols, _ = tables["documents"]
            tables["documents"] = (n, cols, {_I_PATH: [rel], _I_PATHS: [[p.encode() for p in doc_paths]]})
        if "errors" in tables:
            from pipeline.writer import columns

            n, cols = tables["errors"][0], columns(tables["errors"])
            cols[_I_ERR_PATH] = [rel] * n
            tables["errors"] = (n, cols, None)
            for code in cols[_I_ERR_CODE]:
                self.error_codes[code.decode() if code is not None else code] += 1
        for name, chunk in tables.items():
            self.sinks[name].add(chunk, part)

    def abort(self) -> None:
        for sink in self.sinks.values():
            sink.abort()
        self.staging.discard()


# Unpartitioned tables are written while plans are extracted (off: all at the end, as a
# partitioned output always is; the tables are the same either way).
STREAM_WRITES = True
_DOC_COLS = TABLES["documents"].names
_I_PATH, _I_PATHS = _DOC_COLS.index("source_path"), _DOC_COLS.index("source_paths")
_I_ERR_PATH, _I_ERR_CODE = TABLES["errors"].names.index("source_path"), TABLES["errors"].names.index("error")


class _StreamingWrite:
    """Writes an unpartitioned output while the plans are still being extracted.

    The tables hold the inputs in their order, so an input's rows go out once it and every input
    before it are done — the same rows, in the same order, as writing them all at the end, but
    the write no longer waits for the last plan (on a 2-core machine a core sat idle meanwhile).
    A document waits for the other inputs with its bytes too (its row lists all their paths).
    A file that changes during the run can regroup those duplicates: then this is cancelled and
    the tables are written at the end as before."""

    def __init__(self, out_dir: Path, entries: list[_Input], cache, uncached) -> None:
        self.out_dir, self.entries, self.cache, self.uncached = out_dir, entries, cache, uncached
        self.out: _Output | None = None
        self.next = 0
        self.cancelled = False
        self.seconds = 0.0
        self._groups: dict[str, list[int]] | None = None
        self._fresh: dict[str, tuple[bytes, int]] = {}

    FRESH_MAX = 64  # results arrive almost in input order: a few dozen cover the gap

    def offer(self, key: str, payload: bytes, raw_size: int) -> None:
        """A result just stored in the cache, kept at hand for its rows being written soon (one
        read of the cache less per plan); the oldest are let go, to be read back if still needed."""
        self._fresh[key] = (payload, raw_size)
        if len(self._fresh) > self.FRESH_MAX:
            del self._fresh[next(iter(self._fresh))]

    def _group(self, doc_id: str) -> list[int]:
        if self._groups is None:  # entries sharing bytes, as the scan hashed them
            self._groups = defaultdict(list)
            for e in self.entries:
                if e.doc_id is not None and e.direct_error is None:
                    self._groups[e.doc_id].append(e.idx)
        return self._groups.get(doc_id, [])

    def advance(self, final: bool = False) -> None:
        if self.cancelled:
            return
        t0 = time.perf_counter()
        try:
            entries = self.entries
            while self.next < len(entries):
                e = entries[self.next]
                if e.kind is None and not final:
                    break
                if e.kind == "doc":
                    group = self._group(e.doc_id)
                    if e.idx not in group:
                        self.cancel()  # not what the scan saw: write at the end
                        return
                    if not final and any(entries[i].kind is None for i in group):
                        break
                    docs = [i for i in group if entries[i].kind == "doc"]
                    if docs[0] == e.idx:
                        if self.out is None:
                            self.out = self._output()
                        self.out.write(e, (), [entries[i].rel for i in docs])
                elif e.kind == "error":
                    if self.out is None:
                        self.out = self._output()
                    self.out.write(e, (), [])
                self.next += 1
        finally:
            self.seconds += time.perf_counter() - t0

    def finish(self) -> _Output:
        self.advance(final=True)
        if self.out is None:
            self.out = self._output()
        return self.out

    def _output(self) -> _Output:
        return _Output(self.out_dir, False, self.cache, self.uncached, self._fresh)

    def cancel(self) -> None:
        if not self.cancelled:
            self.cancelled = True
            if self.out is not None:
                self.out.abort()
                self.out = None


def _rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _fingerprint() -> str:
    from pipeline.cache import code_fingerprint

    return code_fingerprint()
