"""Where the per-plan function runs: worker processes on this machine, this process, or Ray.

Every executor takes an iterator of (Job, bytes) and yields (Job, info, payload) as results
arrive — `info` the small facts the batch keeps (kind, doc_id, error code, header values, pages,
seconds), `payload` the compressed rows — or None now and then as a heartbeat for the progress
bar. The per-plan work is always `run_job`, i.e. `pipeline.batch.process_file` then
`pipeline.batch.encode_result`.

LocalExecutor (the default) runs N worker processes forked from a fork server that has already
imported and warmed the extractors (pipeline.warmup), so a worker starts in milliseconds. Each
worker leads its own process group, lowers its address space to the memory limit (RLIMIT_AS: an
allocation past it raises MemoryError → an `out_of_memory` row, and the worker is replaced), and
gets a few small jobs ahead (PREFETCH_JOBS, as much as a pipe buffer holds), so that it does not
wait while this process writes a row group. A worker whose resident memory grew by more than
Limits.recycle_mb since it started (its first file of each format aside) leaves after its job
and a fresh one is forked in its place, so bounded caches and allocator slack cannot add up over a
long batch. A job that runs past the timeout has its worker killed with
everything the worker started (Tesseract, LibreOffice) and replaced; it becomes a `timeout` row.
A worker that dies otherwise gives a `worker_crashed` row. The batch goes on in every case.

OCR pages share one budget: the OCR of a page (pipeline.ingest.ocr.ocr_image) first takes one of
N slots — N lock files under the cache folder, held with flock, so a killed worker's slots free
themselves — so the pages of one big scan spread over every core when the other workers have no
OCR to do, and N workers each reading a scan never run more than N Tesseracts together.

RayExecutor runs the same `run_job` as Ray tasks (one CPU each; OCR inside a task uses one
process); the file's bytes travel with the task, so the inputs need not be on a shared file
system. InlineExecutor runs jobs in this process, without timeout or memory limit (debugging,
profiling).
"""
from __future__ import annotations

import contextlib
import fcntl
import math
import multiprocessing as mp
import os
import random
import resource
import select
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

READY = ("ready",)
PREFETCH_BYTES = 48 * 1024  # the jobs queued behind a busy worker's current one fit a pipe buffer
PREFETCH_JOBS = 4  # at most this many jobs per worker (a few ms each for typed plans)
HEARTBEAT_S = 0.25


@dataclass(slots=True)
class Job:
    """One distinct input content to process: the first path it was found under."""
    id: int
    key: str
    sha: str
    path: str
    source_path: str
    inputs: list[int] = field(default_factory=list)  # indices of the inputs with this content
    size: int = 0


Outcome = tuple[Job, dict[str, Any], bytes]


# ---------------------------------------------------------------- the per-plan function and OCR hooks

class PageSlots:
    """N OCR slots shared by processes: lock files held with flock (freed when a holder dies)."""

    def __init__(self, directory: Path, n: int) -> None:
        self.dir = Path(directory)
        self.n = max(1, n)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.paths = [self.dir / f"slot-{i}" for i in range(self.n)]
        for p in self.paths:
            p.touch(exist_ok=True)

    @contextlib.contextmanager
    def hold(self):
        fd = self._take()
        try:
            yield
        finally:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _take(self) -> int:
        while True:
            for p in random.sample(self.paths, len(self.paths)):
                fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return fd
                except OSError:
                    os.close(fd)
            time.sleep(0.05)


class OcrHooks:
    """Counts OCR'd pages and their seconds, takes a page slot around each page, and can set how
    many pages of one PDF are read at once. Installed by wrapping pipeline.ingest.ocr's
    `ocr_image` and `ocr_pdf_pages` in the worker (the readers look them up at call time)."""

    def __init__(self, slots: PageSlots | None = None, page_workers: int | None = None, status=None) -> None:
        self.slots, self.page_workers, self.status = slots, page_workers, status
        self.pages = 0
        self.seconds = 0.0
        self.active = 0
        self._lock = threading.Lock()
        self._saved: list[tuple[Any, str, Any]] = []

    def install(self) -> "OcrHooks":
        try:
            from pipeline.ingest import ocr
        except Exception:  # OCR not installed: nothing to count
            return self
        original = getattr(ocr, "ocr_image", None)
        if original is not None:
            def ocr_image(*args, **kwargs):
                with (self.slots.hold() if self.slots else contextlib.nullcontext()):
                    self._enter()
                    t0 = time.perf_counter()
                    try:
                        return original(*args, **kwargs)
                    finally:
                        self._leave(time.perf_counter() - t0)
            ocr_image.__wrapped__ = original
            self._saved.append((ocr, "ocr_image", original))
            ocr.ocr_image = ocr_image
        pages_fn = getattr(ocr, "ocr_pdf_pages", None)
        if pages_fn is not None and self.page_workers:
            def ocr_pdf_pages(data, page_numbers=None, workers=None, *args, **kwargs):
                return pages_fn(data, page_numbers, workers or self.page_workers, *args, **kwargs)
            ocr_pdf_pages.__wrapped__ = pages_fn
            self._saved.append((ocr, "ocr_pdf_pages", pages_fn))
            ocr.ocr_pdf_pages = ocr_pdf_pages
        return self

    def uninstall(self) -> None:
        for module, name, original in reversed(self._saved):
            setattr(module, name, original)
        self._saved.clear()

    def _enter(self) -> None:
        with self._lock:
            self.active += 1
            if self.status is not None:
                self.status[2] = self.active

    def _leave(self, seconds: float) -> None:
        with self._lock:
            self.active -= 1
            self.pages += 1
            self.seconds += seconds
            if self.status is not None:
                self.status[1] = self.pages
                self.status[2] = self.active


def run_job(processor: Callable | None, path: str, source_path: str, data: bytes | None, limits,
            hooks: OcrHooks | None = None) -> tuple[dict[str, Any], bytes]:
    """The per-plan work wherever it runs: process_file (or another processor), then encode."""
    from pipeline.batch import encode_result, error_result, process_file

    pages0, secs0 = (hooks.pages, hooks.seconds) if hooks else (0, 0.0)
    processor = processor or process_file
    try:
        try:
            result = processor(path, source_path, data=data, limits=limits)
            info, payload = encode_result(result)
        except MemoryError:
            result = error_result(source_path, None, "extract", "out_of_memory", _oom_message(limits),
                                  limit=("max_memory_mb", limits.max_memory_mb if limits else None))
            info, payload = encode_result(result)
    except MemoryError:  # not even the error row could be made: let the process die and be replaced
        os._exit(70)
    if hooks:
        info["ocr_pages"] = hooks.pages - pages0
        info.setdefault("seconds", {})
        if hooks.seconds - secs0 > 0:
            info["seconds"]["ocr"] = hooks.seconds - secs0
    if info.get("error") == "out_of_memory":
        info["recycle"] = True  # a process that ran out of memory is not trusted with the next file
    info["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # this process's peak so far
    return info, payload


def _oom_message(limits) -> str:
    mb = getattr(limits, "max_memory_mb", None)
    return (f"reading the file needed more than the {mb} MB of memory a worker may use; check the file "
            "(a huge scan or image?) or raise the limit with --max-memory-mb")


# ---------------------------------------------------------------- local worker processes

def _worker_main(conn, limits, processor, slots_dir, n_slots, page_workers, status) -> None:
    try:
        os.setpgrp()  # our own group: a timeout kills the worker with the programs it started
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    mb = getattr(limits, "max_memory_mb", None)
    if mb:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (int(mb) << 20, int(mb) << 20))
        except (ValueError, OSError):
            pass
    slots = PageSlots(Path(slots_dir), n_slots) if slots_dir else None
    hooks = OcrHooks(slots, page_workers, status).install()
    recycle_kb = (getattr(limits, "recycle_mb", None) or 0) * 1024
    base_kb = _current_rss_kb()
    formats_seen: set[str] = set()  # a reader's first file loads what it keeps (fonts, models): not growth
    try:
        conn.send(READY)  # a job's clock starts now, not while the worker was still starting
    except (OSError, ValueError):
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        job_id, path, source_path, data = msg
        status[0] = 1
        info, payload = run_job(processor, path, source_path, data, limits, hooks)
        status[0] = 0
        if recycle_kb and not info.get("recycle"):
            # memory held now, not the peak: a page image freed after its plan is no growth
            now_kb, fmt = _current_rss_kb(), os.path.splitext(source_path or path or "")[1].lower()
            if fmt not in formats_seen:
                formats_seen.add(fmt)
                base_kb = max(base_kb, now_kb)
            elif now_kb - base_kb > recycle_kb and (not trim_heap() or _current_rss_kb() - base_kb > recycle_kb):
                info["recycle"] = "grown"  # the parent starts a fresh worker in its place
        try:
            conn.send((job_id, info, payload))
        except (OSError, ValueError):
            return
        if info.get("recycle"):
            return


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4
_LIBC: list = []  # [glibc, or None where there is none], looked up on first use


def trim_heap() -> bool:
    """Give the C heap's free pages back to the system (glibc's malloc_trim); False where that
    cannot be done. Memory a plan used and freed (a big table built once, a long document's
    text) stays counted in the resident size until then, and would read as growth."""
    if not _LIBC:
        try:
            import ctypes

            libc = ctypes.CDLL("libc.so.6")
            _LIBC.append(libc if hasattr(libc, "malloc_trim") else None)
        except (OSError, ImportError):
            _LIBC.append(None)
    if _LIBC[0] is None:
        return False
    _LIBC[0].malloc_trim(0)
    return True


def _current_rss_kb() -> int:
    """This process's resident memory now (its peak where /proc is missing: growth stays bounded)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE_KB
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (from /proc; empty where there is none)."""
    children: dict[int, list[int]] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return []
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
            ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def kill_tree(pid: int) -> None:
    """SIGKILL a worker, its process group and every process it started (even in other groups)."""
    victims = _descendants(pid)
    for p in [pid, *victims]:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass


class _Worker:
    def __init__(self, ctx, args) -> None:
        self.status = ctx.RawArray("d", 3)  # busy, pages OCR'd, OCR pages in progress
        parent, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, *args, self.status), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        self.ready = False
        self.queue: deque[list[Any]] = deque()  # [job, data, when it became the worker's job, or None]

    def send(self, job: Job, data: bytes) -> None:
        now = time.monotonic()
        self.queue.append([job, data, now if not self.queue and self.ready else None])
        self.conn.send((job.id, job.path, job.source_path, data))

    def can_take(self, data: bytes | None) -> bool:
        if not self.queue:
            return True
        if len(self.queue) >= PREFETCH_JOBS:
            return False
        # the first job has left the pipe for the worker; those behind it wait in the pipe, and a
        # send past the pipe's buffer would block this process until the worker reads
        waiting = sum(len(q[1] or b"") for i, q in enumerate(self.queue) if i)
        return waiting + len(data or b"") < PREFETCH_BYTES

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if not kill:
            self.proc.join(timeout=2)
        if self.proc.is_alive() or kill:
            kill_tree(self.proc.pid)
            self.proc.join(timeout=2)
        self.conn.close()


@contextlib.contextmanager
def _main_module_hidden(hide: bool):
    """Start workers without re-importing the main script in them (multiprocessing does so by
    default): it costs time, and fails where there is no script file (python -, some notebooks).
    Kept when the per-plan function lives in the main script."""
    main = sys.modules.get("__main__")
    if not hide or main is None:
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def _worker_context():
    try:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.warmup"])
    except ValueError:  # no fork server on this platform
        ctx = mp.get_context("spawn")
    return ctx


def prestart() -> None:
    """Start the fork server now, so that it warms up while the batch is still scanning its inputs."""
    ctx = _worker_context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        with _main_module_hidden(True):
            forkserver.ensure_running()


def ready_fds(fds: list[int], timeout: float) -> set[int]:
    """The descriptors among `fds` with something to read (or hung up) within `timeout` seconds,
    in one poll(2). multiprocessing.connection.wait (and Connection.poll, which calls it) builds
    and registers a selector object on every call: a cost the batch paid several times a result."""
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    return {fd for fd, _ in poller.poll(math.ceil(timeout * 1000))}


class WorkersCannotStart(RuntimeError):
    """Worker processes die before they are ready: nothing is wrong with the documents."""


class LocalExecutor:
    name = "local"

    def __init__(self, workers: int, limits, processor: Callable | None = None,
                 slots_dir: Path | None = None) -> None:
        self.workers = max(1, workers)
        self.limits = limits
        self.processor = processor
        self.slots_dir = slots_dir
        self._pages_done = 0.0
        self._pool: list[_Worker] = []
        self.recycled = 0  # workers replaced because their memory grew (Limits.recycle_mb)

    def pages_ocr(self) -> int:
        """Pages OCR'd so far, including those of documents still being read."""
        return int(self._pages_done + sum(w.status[1] for w in self._pool))

    def _context(self):
        return _worker_context()

    def _spawn(self, ctx) -> _Worker:
        args = (self.limits, self.processor, str(self.slots_dir) if self.slots_dir else None, self.workers, None)
        with _main_module_hidden(getattr(self.processor, "__module__", None) != "__main__"):
            w = _Worker(ctx, args)
        self._pool.append(w)
        return w

    def _retire(self, w: _Worker, kill: bool) -> None:
        self._pages_done += w.status[1]
        w.stop(kill=kill)
        self._pool.remove(w)

    def run(self, source: Iterator[tuple[Job, bytes]]) -> Iterator[Outcome | None]:
        from pipeline.batch import encode_result, error_result

        ctx = self._context()
        pending: deque[tuple[Job, bytes]] = deque()
        it = iter(source)
        exhausted = False
        timeout = getattr(self.limits, "timeout_s", None)

        def next_job() -> tuple[Job, bytes] | None:
            nonlocal exhausted
            if pending:
                return pending.popleft()
            if exhausted:
                return None
            nxt = next(it, None)
            if nxt is None:
                exhausted = True
            return nxt

        def requeue(w: _Worker) -> None:
            for job, data, _ in reversed(w.queue):
                pending.appendleft((job, data))
            w.queue.clear()

        def failed(w: _Worker, code: str, message: str, limit=None) -> Outcome:
            """The job `w` was on gets an errors row; the jobs queued behind it go to other workers."""
            job = w.queue.popleft()[0]
            stage = "ocr" if w.status[2] > 0 else "extract"
            info, payload = encode_result(error_result(job.source_path, job.sha[:16], stage, code, message,
                                                       limit=limit))
            requeue(w)
            return job, info, payload

        def replace(w: _Worker) -> None:
            self._retire(w, kill=True)
            self._spawn(ctx)

        start_failures = 0

        try:
            for _ in range(self.workers):
                self._spawn(ctx)
            while True:
                # hand out work: idle workers first, then small jobs to busy ones, one round at a time
                broken = []
                for ahead in range(PREFETCH_JOBS):
                    for w in self._pool:
                        if len(w.queue) != ahead or w in broken:
                            continue
                        nxt = next_job()
                        if nxt is None:
                            break
                        if not w.can_take(nxt[1]):
                            pending.appendleft(nxt)
                            continue
                        try:
                            w.send(*nxt)
                        except (OSError, ValueError):  # it died while idle
                            w.queue.pop()
                            pending.appendleft(nxt)
                            broken.append(w)
                for w in broken:
                    requeue(w)
                    replace(w)
                busy = [w for w in self._pool if w.queue]
                if not busy:
                    if not pending and exhausted:
                        break
                    continue
                wake = HEARTBEAT_S
                if timeout:
                    now = time.monotonic()
                    wake = min([wake] + [max(0.0, w.queue[0][2] + timeout - now) for w in busy
                                         if w.queue[0][2] is not None])
                ready = ready_fds([w.conn.fileno() for w in busy] + [w.proc.sentinel for w in busy], wake)
                produced = False
                for w in busy:
                    if w.conn.fileno() not in ready and w.proc.sentinel not in ready:
                        continue
                    recycle = False
                    while w.queue and not recycle:
                        try:
                            if not ready_fds([w.conn.fileno()], 0):
                                break
                            msg = w.conn.recv()
                        except (EOFError, OSError):
                            break
                        if msg == READY:
                            w.ready = True
                            w.queue[0][2] = time.monotonic()
                            continue
                        job_id, info, payload = msg
                        job = w.queue.popleft()[0]
                        if job.id != job_id:
                            raise RuntimeError("a worker answered for another job")
                        if w.queue:
                            w.queue[0][2] = time.monotonic()
                        recycle = info.pop("recycle", False)
                        self.recycled += recycle == "grown"
                        produced = True
                        yield job, info, payload
                    if recycle:  # it leaves after an out-of-memory result or once grown: a fresh one takes its place
                        requeue(w)
                        replace(w)
                    elif not w.proc.is_alive():
                        w.proc.join(timeout=1)
                        if not w.ready:  # it died starting up: not the document's fault
                            requeue(w)
                            self._retire(w, kill=True)
                            start_failures += 1
                            if start_failures >= 3:
                                raise WorkersCannotStart(
                                    f"worker processes die as they start (exit code {w.proc.exitcode}); "
                                    "see the messages above, or run with --executor inline")
                            self._spawn(ctx)
                            continue
                        if w.queue:
                            code = w.proc.exitcode
                            how = (signal.Signals(-code).name if code is not None and code < 0
                                   and -code in signal.Signals._value2member_map_ else f"exit code {code}")
                            produced = True
                            yield failed(w, "worker_crashed",
                                         f"the worker process died ({how}) while reading the file; it may have run "
                                         "out of memory or hit a bug in a library: check the file, and report it "
                                         "if it opens normally")
                        replace(w)
                if timeout:
                    now = time.monotonic()
                    for w in list(self._pool):
                        if w.queue and w.queue[0][2] is not None and now - w.queue[0][2] > timeout:
                            kill_tree(w.proc.pid)
                            w.proc.join(timeout=2)
                            produced = True
                            yield failed(w, "timeout",
                                         f"reading the file took longer than {timeout:g} s, the limit per document, "
                                         "and was stopped; check the file (a very long scan?) or raise the limit "
                                         "with --timeout", limit=("timeout_s", timeout))
                            replace(w)
                if not produced:
                    yield None
        finally:
            for w in list(self._pool):
                self._retire(w, kill=bool(w.queue))


# ---------------------------------------------------------------- this process

class InlineExecutor:
    """Jobs run one after the other in this process: no timeout, no memory limit."""
    name = "inline"

    def __init__(self, limits, processor: Callable | None = None) -> None:
        self.limits, self.processor = limits, processor
        self._hooks: OcrHooks | None = None

    def pages_ocr(self) -> int:
        return self._hooks.pages if self._hooks else 0

    def run(self, source: Iterator[tuple[Job, bytes]]) -> Iterator[Outcome | None]:
        self._hooks = OcrHooks().install()
        try:
            for job, data in source:
                info, payload = run_job(self.processor, job.path, job.source_path, data, self.limits, self._hooks)
                yield job, info, payload
        finally:
            self._hooks.uninstall()


# ---------------------------------------------------------------- Ray

_RAY_HOOKS: OcrHooks | None = None


def ray_job(data: bytes, path: str, source_path: str, limits, processor) -> tuple[dict[str, Any], bytes]:
    """One file in a Ray task: the same run_job, OCR on one process (the task holds one CPU)."""
    global _RAY_HOOKS
    from pipeline.cache import code_fingerprint

    if _RAY_HOOKS is None:
        _RAY_HOOKS = OcrHooks(page_workers=1).install()
    info, payload = run_job(processor, path, source_path, data, limits, _RAY_HOOKS)
    info["fingerprint"] = code_fingerprint()
    return info, payload


def ray_jobs(batch: list[tuple[bytes, str, str]], limits, processor) -> list[tuple[dict[str, Any], bytes]]:
    """The Ray task: one file, or several small ones (a task costs milliseconds to schedule and
    return, as much as extracting a short text plan, so small files travel together)."""
    return [ray_job(data, path, source_path, limits, processor) for data, path, source_path in batch]


class RayExecutor:
    """Jobs as Ray tasks on a running cluster (`address`) or on a local Ray instance.

    Files under CHUNK_BYTES go CHUNK_FILES to a task (larger ones, scans above all, one each);
    a chunk that fails or runs past its time is sent again file by file, so that only the file at
    fault gets the error row."""
    name = "ray"
    CHUNK_FILES = 8
    CHUNK_BYTES = 256 * 1024

    def __init__(self, workers: int | None, limits, processor: Callable | None = None,
                 address: str | None = None) -> None:
        self.workers, self.limits, self.processor, self.address = workers, limits, processor, address
        self._pages = 0
        self.fingerprints: set[str] = set()

    def pages_ocr(self) -> int:
        return self._pages

    def run(self, source: Iterator[tuple[Job, bytes]]) -> Iterator[Outcome | None]:
        import ray
        from ray import exceptions as rx

        from pipeline.batch import encode_result, error_result

        it = iter(source)
        first = next(it, None)
        if first is None:  # nothing to extract: no cluster to start
            return
        started_here = False
        if not ray.is_initialized():
            if self.address:
                ray.init(address=self.address, log_to_driver=False)
            else:
                ray.init(num_cpus=self.workers or None, include_dashboard=False, log_to_driver=False)
            started_here = True
        try:
            task = ray.remote(num_cpus=1, max_retries=0)(ray_jobs)
            cpus = int(ray.cluster_resources().get("CPU", 1)) or 1
            window = self.workers or cpus
            timeout = getattr(self.limits, "timeout_s", None)
            inflight: dict[Any, tuple[list[tuple[Job, bytes]], float]] = {}
            retry: deque[tuple[Job, bytes]] = deque()  # the files of a failed chunk, to go one by one
            held: list[tuple[Job, bytes] | None] = [first]
            exhausted = False

            def pull() -> tuple[Job, bytes] | None:
                nonlocal exhausted
                if held[0] is not None:
                    nxt, held[0] = held[0], None
                    return nxt
                if exhausted:
                    return None
                nxt = next(it, None)
                exhausted = nxt is None
                return nxt

            def next_chunk() -> list[tuple[Job, bytes]]:
                nxt = pull()
                if nxt is None:
                    return []
                chunk = [nxt]
                while len(nxt[1]) < self.CHUNK_BYTES and len(chunk) < self.CHUNK_FILES:
                    nxt = pull()
                    if nxt is None:
                        break
                    if len(nxt[1]) >= self.CHUNK_BYTES:
                        held[0] = nxt  # a large file goes on its own
                        break
                    chunk.append(nxt)
                return chunk

            def submit() -> bool:
                chunk = [retry.popleft()] if retry else next_chunk()
                if not chunk:
                    return False
                ref = task.remote([(d, j.path, j.source_path) for j, d in chunk], self.limits, self.processor)
                inflight[ref] = (chunk, time.monotonic())
                return True

            def failed(job: Job, code: str, message: str, **kw) -> Outcome:
                info, payload = encode_result(error_result(job.source_path, job.sha[:16], "extract", code,
                                                           message, **kw))
                return job, info, payload

            while True:
                while len(inflight) < window and submit():
                    pass
                if not inflight:
                    break
                ready, _ = ray.wait(list(inflight), num_returns=1, timeout=HEARTBEAT_S)
                for ref in ready:
                    chunk, _ = inflight.pop(ref)
                    try:
                        results = ray.get(ref)
                    except (rx.OutOfMemoryError, rx.WorkerCrashedError, rx.RayTaskError, rx.RayError) as exc:
                        if len(chunk) > 1:
                            retry.extend(chunk)  # which file was at fault is not known: each alone
                            continue
                        job = chunk[0][0]
                        if isinstance(exc, rx.OutOfMemoryError):
                            yield failed(job, "out_of_memory", "Ray stopped the task because its node ran out of "
                                         "memory; check the file or give the cluster more memory", reuse=False)
                        else:
                            yield failed(job, "worker_crashed", f"the Ray task failed ({type(exc).__name__}); "
                                         "check the file, and report it if it opens normally", reuse=False)
                        continue
                    for (job, _), (info, payload) in zip(chunk, results):
                        self.fingerprints.add(info.pop("fingerprint", ""))
                        self._pages += info.get("ocr_pages", 0) or 0
                        yield job, info, payload
                if timeout:
                    now = time.monotonic()
                    for ref, (chunk, t0) in list(inflight.items()):
                        if now - t0 > timeout * len(chunk):
                            ray.cancel(ref, force=True)
                            inflight.pop(ref)
                            if len(chunk) > 1:
                                retry.extend(chunk)
                                continue
                            yield failed(chunk[0][0], "timeout",
                                         f"reading the file took longer than {timeout:g} s, the limit per document, "
                                         "and was stopped; check the file (a very long scan?) or raise the limit "
                                         "with --timeout", limit=("timeout_s", timeout))
                if not ready:
                    yield None
        finally:
            if started_here:
                ray.shutdown()
