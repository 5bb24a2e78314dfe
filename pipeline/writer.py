"""Rows to Parquet: every table written with its one schema from models.schemas, atomically.

Two ways in:
  write_table(out_dir, name, rows) / write_manifest(out_dir, manifest): one file, written to a
      temporary name in the output folder and renamed over the old one;
  Staging(out_dir) → TableSink per table → Staging.commit(): the batch's way. Rows stream into
      files under OUT/.kehoach-staging-*/ in row groups as they come (memory stays flat), either
      one file per table (`OUT/tasks.parquet`) or a dataset directory partitioned by document
      values (`OUT/tasks.parquet/<province>/<plan_year>/part-00000.parquet`); commit() then swaps
      every table and manifest.json into place.

The swap is crash-safe: the staging folder gets a COMMIT note listing the inode of each staged
entry before anything moves; each entry then replaces the old one (rename for a file; an atomic
exchange — renameat2 RENAME_EXCHANGE — for a directory, or two renames where that is missing).
A run killed during the swap is finished by the next run (`recover`), which can tell from the
inodes what has moved. A failure before the COMMIT note leaves the previous output as it was.

Partition directories are named by the documents' values, not `key=value`: every file keeps
every SCHEMA column with its SCHEMA type, so pandas, pyarrow.dataset and DuckDB read
`OUT/<table>.parquet` (or `…/**`) with the same columns as a single file, and no reader adds
partition columns or guesses their types (hive keys would turn plan_year into a category or a
BIGINT, and a null key breaks pandas). A value becomes a name by replacing `/ \\ = :` and control
characters with `_` (and a leading `.` or `_`, which readers skip, with `-`); a null or empty value
is `null`. To read one partition, point at its folder:
`read_parquet('OUT/tasks.parquet/Hà Nội/**')`.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import json
import gc
import os
import pickle
import re
import shutil
import tempfile
import unicodedata
import uuid
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from models.schemas import TABLES

STAGING_PREFIX = ".kehoach-staging-"
COMMIT_NOTE = "COMMIT"
ROW_GROUP_ROWS = 16_384
ROW_GROUP_BYTES = 4 << 20      # a table's buffered rows (as Python objects, estimated) become a row group past this
NULL_PART = "null"             # not "_…" or ".…": pyarrow and pandas skip such names
MAX_PART_BYTES = 180           # a directory name stays under the 255-byte limit of most file systems
_UNSAFE = re.compile(r"[/\\=:\x00-\x1f\x7f]")


def to_arrow(name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    schema = TABLES[name]
    return pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)


def write_atomic(path: Path, write: Callable[[str], Any]) -> None:
    """write(tmp) to a temporary name beside `path`, renamed over it once written: a reader never
    sees a half-written file, and a failure leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_table(out_dir: Path, name: str, rows: Iterable[dict[str, Any]]) -> int:
    table = to_arrow(name, rows)
    write_atomic(Path(out_dir) / f"{name}.parquet", lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return table.num_rows


def _manifest_text(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2, default=str)


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    data = _manifest_text(manifest)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)

    write_atomic(Path(out_dir) / "manifest.json", write)


def read_tables(out_dir: str | Path) -> dict[str, "Any"]:
    """Every table of an output folder as a pandas DataFrame (file or partitioned directory)."""
    import pyarrow.dataset as ds

    out: dict[str, Any] = {}
    for name in TABLES:
        path = Path(out_dir) / f"{name}.parquet"
        if path.exists():
            out[name] = ds.dataset(path, format="parquet").to_table().to_pandas()
    return out


# ---------------------------------------------------------------- rows as tuples

_NAMES = {name: tuple(schema.names) for name, schema in TABLES.items()}


def row_tuple(name: str, row: dict[str, Any]) -> tuple:
    """A row as a tuple in its table's column order (compact to pickle and store)."""
    return tuple(map(row.get, _NAMES[name]))


# ---------------------------------------------------------------- chunks: rows as columns
# What a sink takes is a chunk: (number of rows, columns, patch). The columns are one sequence
# per schema column with every text value as its UTF-8 bytes, either as they are or pickled
# (`pack`: as a worker sends them); the patch, if any, replaces some columns ({index: values}).
#  - Text as bytes: decoding it in this process (pickle makes a str of every text, and Vietnamese
#    text is slow to decode) only for pyarrow to encode it back cost more than the rest of the
#    write; the worker encoded it anyway (pickle stores UTF-8), and one validated cast per column
#    makes it Arrow strings.
#  - Pickled until the flush: a sink holds a few hundred plans' rows between row groups; as
#    bytes they are nothing the cyclic garbage collector walks again and again (as lists and
#    tuples they were a tenth of this process's time), and they are unpickled at the flush with
#    the collector paused, to be dropped together right after.

Chunk = tuple[int, "bytes | list[Sequence[Any]]", "dict[int, list[Any]] | None"]


def _text_kind(t: pa.DataType) -> str:
    if t in (pa.string(), pa.large_string()):
        return "s"
    if pa.types.is_list(t) and t.value_type == pa.string():
        return "l"
    return ""


def _storage_type(t: pa.DataType) -> pa.DataType:
    """The type a column is built as before its cast to `t`: text as binary."""
    if t == pa.string():
        return pa.binary()
    if t == pa.large_string():
        return pa.large_binary()
    if pa.types.is_list(t) and t.value_type == pa.string():
        return pa.list_(pa.binary())
    return t


# The columns a worker sends as bytes: all text but doc_id, one string repeated in every row
# (pickle sends it once; as bytes it would be one object per row). Whatever stays str is
# accepted as it is (pyarrow encodes it).
_TEXT = {name: ([i for i, f in enumerate(schema) if _text_kind(f.type) == "s" and f.name != "doc_id"],
                [i for i, f in enumerate(schema) if _text_kind(f.type) == "l"]) for name, schema in TABLES.items()}
_encode = str.encode


def _utf8_values(values: Sequence[Any], errors: str) -> list[Any]:
    return [v if v is None else v.encode("utf-8", errors) for v in values]


def _utf8_lists(values: Sequence[Any], errors: str) -> list[Any]:
    return [v if v is None else _utf8_values(v, errors) for v in values]


def to_chunk(name: str, rows: Sequence[tuple]) -> Chunk:
    """Row tuples (schema order) as a chunk: columns, text as UTF-8 bytes. A lone surrogate (no
    UTF-8 for it) becomes '?' rather than losing the plan."""
    texts, lists = _TEXT[name]
    if len(rows) == 1:  # documents: one row of many columns, done value by value
        row = list(rows[0])
        try:
            for i in texts:
                if row[i] is not None:
                    row[i] = row[i].encode()
            for i in lists:
                if row[i] is not None:
                    row[i] = list(map(_encode, row[i]))
            return 1, [(v,) for v in row], None
        except (UnicodeEncodeError, TypeError):
            pass  # a lone surrogate or a None in a list: below
    cols = list(zip(*rows))
    try:
        for i in texts:
            col = cols[i]
            cols[i] = list(map(_encode, col)) if None not in col else _utf8_values(col, "strict")
        for i in lists:
            col = cols[i]
            try:  # lists of text without a None (the usual case) in C
                cols[i] = [list(map(_encode, v)) for v in col]
            except TypeError:
                cols[i] = _utf8_lists(col, "strict")
    except UnicodeEncodeError:
        cols = list(zip(*rows))
        for i in texts:
            cols[i] = _utf8_values(cols[i], "replace")
        for i in lists:
            cols[i] = _utf8_lists(cols[i], "replace")
    return len(rows), cols, None


def pack(chunk: Chunk) -> Chunk:
    """A chunk with its columns pickled (what a worker sends and the cache keeps)."""
    n, cols, patch = chunk
    return n, cols if isinstance(cols, bytes) else pickle.dumps(cols, protocol=5), patch


def columns(chunk: Chunk) -> list[Sequence[Any]]:
    """A chunk's columns, unpickled and patched."""
    _, cols, patch = chunk
    if isinstance(cols, bytes):
        cols = pickle.loads(cols)
    if patch:
        cols = list(cols)
        for i, values in patch.items():
            cols[i] = values
    return cols


def part_name(value: Any) -> str:
    """A partition value as a safe directory name (never '.', '..' or a path)."""
    if value is None:
        return NULL_PART
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.isoformat()
    text = unicodedata.normalize("NFC", str(value)).strip()
    text = _UNSAFE.sub("_", text)
    if not text or set(text) <= {"."}:
        return NULL_PART
    if text[0] in "._":  # hidden from pyarrow's and pandas' discovery
        text = "-" + text[1:]
    data = text.encode("utf-8")
    if len(data) > MAX_PART_BYTES:
        text = data[:MAX_PART_BYTES].decode("utf-8", "ignore")
    return text


# ---------------------------------------------------------------- streaming sinks

_LIBC = None


def _trim() -> None:
    """Give the memory of flushed rows back to the system (glibc keeps it otherwise, and the main
    process's footprint would creep up with the corpus)."""
    global _LIBC
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


def warm_conversion() -> None:
    """Do pyarrow's one-time set-up for converting Python values now: its first conversion imports
    pandas (~0.4 s). Mid-batch, that first flush would hold up the loop that feeds the workers,
    and they would wait on it."""
    pa.array([], type=pa.string())


class TableSink:
    """Streams one table's rows (tuples in schema order) into Parquet under a staging folder.

    Without partitions: one file `<name>.parquet`. With partitions: `<name>.parquet/<dir>/…/part-NNNNN.parquet`,
    one writer open at a time — rows should arrive grouped by partition (a partition seen again
    gets a new part file)."""

    def __init__(self, root: Path, name: str, partitioned: bool) -> None:
        self.root, self.name, self.partitioned = Path(root), name, partitioned
        self.schema = TABLES[name]
        self.path = self.root / f"{name}.parquet"
        self._part: tuple[str, ...] | None = None
        self._writer: pq.ParquetWriter | None = None
        self._chunks: list[Chunk] = []  # made columns at the flush
        self._types = [_storage_type(f.type) for f in self.schema]
        self._nbuf = 0
        self._bytes = 0
        # the one column that can be large (documents.text) is measured; other rows count ~200 bytes
        self._big = [i for i, f in enumerate(self.schema) if f.type == pa.large_string()]
        self._row_cost = 80 * len(self.schema)  # a Python value and its short string, roughly
        self._parts_seen: dict[tuple[str, ...], int] = {}
        self.rows = 0
        self.files = 0

    def add(self, chunk: Chunk, part: tuple[str, ...] = ()) -> None:
        """Rows as a chunk (`to_chunk`, `pack`)."""
        n, cols, patch = chunk
        if not n:
            return
        if self.partitioned and part != self._part:
            self._close_writer()
            self._part = part
        self._chunks.append(chunk)
        self._nbuf += n
        self._bytes += self._row_cost * n
        if self._big:  # (pickled, the chunk's size stands for its text's)
            self._bytes += len(cols) if isinstance(cols, bytes) else sum(
                len(v) for i in self._big for v in cols[i] if v)
        if self._nbuf >= ROW_GROUP_ROWS or self._bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _open(self) -> pq.ParquetWriter:
        if self.partitioned:
            part = self._part or (NULL_PART,)
            n = self._parts_seen.get(part, 0)
            self._parts_seen[part] = n + 1
            d = self.path.joinpath(*part)
            d.mkdir(parents=True, exist_ok=True)
            target = d / f"part-{n:05d}.parquet"
        else:
            target = self.path
        self.files += 1
        return pq.ParquetWriter(target, self.schema, compression="zstd")

    def _flush(self) -> None:
        if not self._nbuf:
            return
        paused = gc.isenabled()
        gc.disable()  # what is unpickled here is dropped here, all of it, and makes no cycles
        try:
            chunks = [columns(c) for c in self._chunks]
            arrays = []
            for i, (t, f) in enumerate(zip(self._types, self.schema)):
                a = pa.array(list(chain.from_iterable([c[i] for c in chunks])), type=t)
                arrays.append(a if t == f.type else a.cast(f.type))  # the cast checks the UTF-8
            del chunks
        finally:
            if paused:
                gc.enable()
        batch = pa.RecordBatch.from_arrays(arrays, schema=self.schema)
        if self._writer is None:
            self._writer = self._open()
        self._writer.write_batch(batch)
        self.rows += self._nbuf
        big = self._bytes >= ROW_GROUP_BYTES // 4
        self._chunks = []
        self._nbuf = 0
        self._bytes = 0
        del batch, arrays
        if big:
            _trim()

    def _close_writer(self) -> None:
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self) -> int:
        """Write what is buffered; a table without rows still gets one (empty) file."""
        self._close_writer()
        if self.rows == 0:
            if self.partitioned:
                self.path.mkdir(parents=True, exist_ok=True)
                target = self.path / "part-00000.parquet"
            else:
                target = self.path
            pq.write_table(self.schema.empty_table(), target, compression="zstd")
            self.files = 1
        return self.rows

    def abort(self) -> None:
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:
                pass
            self._writer = None


# ---------------------------------------------------------------- staging and the swap

def _renameat2_exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), rename_exchange) == 0


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        try:
            path.unlink()
        except OSError:
            pass


def _ident(path: Path) -> list[int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return [st.st_dev, st.st_ino]


def _swap_in(src: Path, dst: Path, ident: list[int] | None) -> None:
    """Put `src` at `dst`; what was at `dst` ends at `src` (or is removed). Idempotent given `ident`,
    the inode `src` had when staged: if `dst` already is that inode, the swap was done."""
    if ident is not None and _ident(dst) == ident:
        _remove(src)  # already swapped; src (if any) holds the old content
        return
    if not src.exists():
        return
    if not dst.exists() and not dst.is_symlink():
        os.rename(src, dst)
        return
    if src.is_file() and dst.is_file():
        os.replace(src, dst)  # atomic for files
        return
    if _renameat2_exchange(src, dst):
        _remove(src)  # src now holds the old content
        return
    old = src.with_name(src.name + ".old")
    _remove(old)
    os.rename(dst, old)
    os.rename(src, dst)
    _remove(old)


def _commit_dir(staging: Path, out_dir: Path) -> None:
    note = json.loads((staging / COMMIT_NOTE).read_text(encoding="utf-8"))
    for name, ident in note["entries"]:  # tables first, manifest.json last
        _swap_in(staging / name, out_dir / name, ident)
    _remove(staging)


def recover(out_dir: Path) -> list[str]:
    """Finish or discard what killed runs left: a staging folder with its COMMIT note is swapped
    into place (the run had finished writing), any other is removed. Returns what was done."""
    done = []
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return done
    for d in sorted(out_dir.glob(STAGING_PREFIX + "*")):
        if (d / COMMIT_NOTE).is_file():
            try:
                _commit_dir(d, out_dir)
                done.append(f"finished {d.name}")
                continue
            except (OSError, ValueError, KeyError):
                pass
        _remove(d)
        done.append(f"removed {d.name}")
    return done


class Staging:
    """A folder inside OUT where one run's tables are written before they replace the old ones."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.dir = self.out_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
        self.dir.mkdir()
        self.entries: list[str] = []

    def sink(self, name: str, partitioned: bool) -> TableSink:
        self.entries.append(f"{name}.parquet")
        return TableSink(self.dir, name, partitioned)

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        (self.dir / "manifest.json").write_text(_manifest_text(manifest), encoding="utf-8")
        self.entries.append("manifest.json")

    def commit(self) -> None:
        """Swap every staged entry into OUT, manifest.json last."""
        entries = [e for e in self.entries if e != "manifest.json"] + (
            ["manifest.json"] if "manifest.json" in self.entries else [])
        note = {"entries": [[e, _ident(self.dir / e)] for e in entries]}
        tmp = self.dir / (COMMIT_NOTE + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(note))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.dir / COMMIT_NOTE)
        _commit_dir(self.dir, self.out_dir)

    def discard(self) -> None:
        """Drop the staged tables — unless the swap has begun: then the next run finishes it."""
        if not (self.dir / COMMIT_NOTE).exists():
            _remove(self.dir)
