"""Rows to Parquet: every table written with its one schema from models.schemas, atomically.

A table is first written to a temporary file in the output folder and then renamed over the
old one, so a failure while writing leaves the previous output readable.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from models.schemas import TABLES


def to_arrow(name: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    schema = TABLES[name]
    return pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)


def _atomic(path: Path, write) -> None:
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
    _atomic(Path(out_dir) / f"{name}.parquet", lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return table.num_rows


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    data = json.dumps(manifest, ensure_ascii=False, indent=2, default=str)

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(data)

    _atomic(Path(out_dir) / "manifest.json", write)


def read_tables(out_dir: str | Path) -> dict[str, "Any"]:
    """Every table of an output folder as a pandas DataFrame (file or partitioned directory)."""
    import pyarrow.dataset as ds

    out: dict[str, Any] = {}
    for name in TABLES:
        path = Path(out_dir) / f"{name}.parquet"
        if path.exists():
            out[name] = ds.dataset(path, format="parquet").to_table().to_pandas()
    return out
