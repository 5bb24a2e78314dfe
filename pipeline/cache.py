"""The batch's cache: every input's result, keyed by its content and the code that read it.

    cache = Cache(OUT / ".kehoach-cache")          # a SQLite file inside the output folder
    key = result_key(sha256_of_bytes, ".txt")       # content hash + suffix + code fingerprint
    cache.get(key, limits)  → Entry | None          # a usable earlier result
    cache.put(Entry(...)); cache.commit()           # stored as each result arrives

One row per result: the rows of every table (compressed pickle of tuples in schema order), the
document's header values (for partitioning without reading the payload), its page and OCR
counts, and its seconds per stage. SQLite in WAL mode: a process killed at any moment (kill -9)
leaves every committed result readable, so a rerun only redoes what was not committed.

The key covers the input's bytes (SHA-256), its suffix (the reader uses it to tell kinds of
text apart) and `code_fingerprint()`: the pipeline version plus a hash of the source of every
module that shapes the rows (extractors, models, readers, normalization) and the versions of the
libraries that read files. Changing any of them makes every earlier result stale.

A second table remembers each input path's size, mtime and inode with its hash, so a rerun over
an unchanged folder of large scans does not read every file again (`--force` ignores it).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from pipeline.version import __version__

CACHE_FORMAT = "2"  # 2: payloads are column chunks, text as UTF-8 bytes
# Modules of the batch itself do not shape the rows: editing them keeps the cache. Everything else
# under extractors/, models/ and pipeline/ (but pipeline/audit and the cli_* commands) counts: a
# module counted for nothing costs a needless re-extraction, one missed would serve stale rows.
# Files that run the batch or read its output but take no part in turning a file into rows.
NOT_FINGERPRINTED = {"batch.py", "writer.py", "cli.py", "cache.py", "executors.py", "warmup.py", "compare.py"}
FINGERPRINT_DIRS = ("extractors", "models", "pipeline")
LIBRARIES = ("underthesea", "vietnamadminunits", "dateparser", "pdfplumber", "pdfminer.six", "pypdfium2",
             "pytesseract", "Pillow", "python-docx", "numpy")
# Error codes that depend on this machine or this moment, not on the file: never reused.
UNCACHED_ERRORS = {"worker_crashed", "unreadable_file", "file_too_large", "file_changed", "ocr_timeout"}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The pipeline version plus a digest of the code and libraries that turn bytes into rows."""
    from importlib import metadata

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"{CACHE_FORMAT}|{__version__}".encode())
    for top in FINGERPRINT_DIRS:
        base = root / top
        if not base.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
            rel = Path(dirpath).relative_to(root)
            if rel.parts[:2] in (("pipeline", "audit"), ("pipeline", "rules")):
                continue  # the audit and its rules read the output; they do not make it
            for name in sorted(filenames):
                if name.endswith((".pyc", ".pyo")) or name.startswith("."):
                    continue
                if top == "pipeline" and rel == Path("pipeline") and (
                        name in NOT_FINGERPRINTED or name.startswith("cli_")):
                    continue
                p = Path(dirpath) / name
                try:
                    data = p.read_bytes()
                except OSError:
                    continue
                h.update(f"{(rel / name).as_posix()}\0{len(data)}\0".encode())
                h.update(data)
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=-\0".encode())
    return f"{__version__}+{h.hexdigest()[:16]}"


def result_key(sha256: str, suffix: str, salt: str = "") -> str:
    """The cache key of one input: its bytes, its suffix, the code (and an optional processor)."""
    raw = f"{sha256}|{suffix.lower()}|{code_fingerprint()}|{salt}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass
class Entry:
    """One input's result as stored: what the batch needs without opening the payload, and the payload."""
    key: str
    doc_id: str | None
    kind: str                    # "doc" or "error"
    error: str | None = None     # the error code when kind == "error"
    limit: tuple[str, float] | None = None  # the limit an error hit, and its value then
    meta: dict[str, Any] | None = None      # the documents row without text (partition values)
    pages: int | None = None
    ocr_pages: int = 0
    seconds: dict[str, float] | None = None
    payload: bytes | None = None
    raw_size: int = 0


class Cache:
    """Results of earlier runs in one SQLite file, `DIR/results.sqlite`."""

    def __init__(self, directory: Path) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "results.sqlite"
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self.db.execute("pragma journal_mode=wal")
        self.db.execute("pragma synchronous=normal")
        self.db.executescript("""
            create table if not exists results (
                key text primary key, doc_id text, kind text not null, error text,
                limit_name text, limit_value real, meta text, pages integer, ocr_pages integer,
                seconds text, payload blob not null, raw_size integer not null, used integer not null);
            create table if not exists files (
                path text primary key, size integer, mtime_ns integer, ino integer, sha256 text,
                used integer not null);
            create table if not exists info (k text primary key, v text);
        """)
        row = self.db.execute("select v from info where k = 'run'").fetchone()
        self.run_no = (int(row[0]) if row else 0) + 1
        self.db.execute("insert or replace into info values ('run', ?)", (str(self.run_no),))
        self._in_tx = False
        self._last_commit = time.monotonic()
        self._pending = 0
        self._hashes: list[tuple] = []  # remembered hashes, stored together at the next commit

    # ------------------------------------------------------------ transactions
    def _begin(self) -> None:
        if not self._in_tx:
            self.db.execute("begin")
            self._in_tx = True

    def commit(self) -> None:
        if self._hashes:
            self._begin()
            self.db.executemany("insert or replace into files values (?, ?, ?, ?, ?, ?)", self._hashes)
            self._hashes = []
        if self._in_tx:
            self.db.execute("commit")
            self._in_tx = False
        self._last_commit = time.monotonic()
        self._pending = 0

    def maybe_commit(self, every_s: float = 0.5, every_n: int = 500) -> None:
        """Commit when enough time or results have gone by: a kill loses at most that much work."""
        if self._pending >= every_n or time.monotonic() - self._last_commit >= every_s:
            self.commit()

    def close(self) -> None:
        try:
            self.commit()
        finally:
            self.db.close()

    # ------------------------------------------------------------ file hashes
    def known_hash(self, path: str, st: os.stat_result) -> str | None:
        row = self.db.execute("select size, mtime_ns, ino, sha256 from files where path = ?", (path,)).fetchone()
        if row and row[0] == st.st_size and row[1] == st.st_mtime_ns and row[2] == st.st_ino:
            self._begin()
            self.db.execute("update files set used = ? where path = ?", (self.run_no, path))
            return row[3]
        return None

    def remember_hash(self, path: str, st: os.stat_result, sha: str) -> None:
        self._hashes.append((path, st.st_size, st.st_mtime_ns, st.st_ino, sha, self.run_no))
        self._pending += 1

    # ------------------------------------------------------------ results
    def get(self, key: str, limits: dict[str, float | None] | None = None) -> Entry | None:
        """The stored result for `key` without its payload, or None; an error a limit caused is
        only reused when that limit has the same value now."""
        row = self.db.execute("select doc_id, kind, error, limit_name, limit_value, meta, pages, ocr_pages, seconds "
                              "from results where key = ?", (key,)).fetchone()
        if row is None:
            return None
        doc_id, kind, error, limit_name, limit_value, meta, pages, ocr_pages, seconds = row
        if limit_name is not None and (limits or {}).get(limit_name) != limit_value:
            return None
        self._begin()
        self.db.execute("update results set used = ? where key = ?", (self.run_no, key))
        return Entry(key, doc_id, kind, error, (limit_name, limit_value) if limit_name else None,
                     json.loads(meta) if meta else None, pages, ocr_pages or 0,
                     json.loads(seconds) if seconds else None)

    def put(self, e: Entry) -> bool:
        """Store a result; returns False for results that must not be reused (see UNCACHED_ERRORS)."""
        if e.kind == "error" and e.error in UNCACHED_ERRORS:
            return False
        self._begin()
        self.db.execute(
            "insert or replace into results values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e.key, e.doc_id, e.kind, e.error, e.limit[0] if e.limit else None, e.limit[1] if e.limit else None,
             json.dumps(e.meta, ensure_ascii=False, default=str) if e.meta is not None else None,
             e.pages, e.ocr_pages, json.dumps(e.seconds) if e.seconds else None, e.payload, e.raw_size,
             self.run_no))
        self._pending += 1
        return True

    def payload(self, key: str) -> tuple[bytes, int]:
        row = self.db.execute("select payload, raw_size from results where key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0], row[1]

    def __len__(self) -> int:
        return self.db.execute("select count(*) from results").fetchone()[0]

    def prune(self, keep: Iterable[str] = ()) -> int:
        """Forget results and file hashes this run did not use (the folder no longer has them)."""
        self.commit()
        self._begin()
        keep = list(keep)
        if keep:
            self.db.executemany("update results set used = ? where key = ?", [(self.run_no, k) for k in keep])
        n = self.db.execute("delete from results where used != ?", (self.run_no,)).rowcount
        self.db.execute("delete from files where used != ?", (self.run_no,))
        self.commit()
        return n
