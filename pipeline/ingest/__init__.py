"""Readers, one per format, all returning a RawDocument; the format is told by content, not name.

A reader module exposes `read(data: bytes, path: Path) -> RawDocument` and raises PlanError with
a stable code when the file cannot be read.
"""
from __future__ import annotations

import importlib
import zipfile
from io import BytesIO
from pathlib import Path

from pipeline.document import RawDocument
from pipeline.errors import PlanError

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

# Which module reads which detected format.
READERS = {
    "txt": "pipeline.ingest.text",
    "md": "pipeline.ingest.text",
    "html": "pipeline.ingest.text",
    "pdf": "pipeline.ingest.pdf",
    "image": "pipeline.ingest.image",
    "docx": "pipeline.ingest.docx",
    "doc": "pipeline.ingest.doc",
}


def detect_format(data: bytes, path: Path) -> str:
    """The file's format from its first bytes; the extension only separates kinds of text."""
    head = data[:16]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")) or (
            head[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # OLE2 compound file: Word 97-2003 (or another Office binary)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile as exc:
            raise PlanError("corrupt_archive", f"the file looks like a ZIP/DOCX but cannot be opened ({exc}); "
                            "download it again") from exc
        if "word/document.xml" in names:
            return "docx"
        raise PlanError("unsupported_format", "the file is a ZIP archive but not a Word document "
                        f"(it holds {', '.join(sorted(names)[:3])}…); unpack it or convert the plan to DOCX or PDF")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    return "txt"


def read_document(data: bytes, path: Path) -> RawDocument:
    """Detect the format and hand the bytes to its reader."""
    if not data:
        raise PlanError("empty_file", "the file is empty (0 bytes); download or export it again")
    fmt = detect_format(data, path)
    module = importlib.import_module(READERS[fmt])
    if fmt in ("txt", "md", "html"):
        from pipeline.ingest.text import NotText
        try:
            return module.read_text(data, fmt)
        except NotText as exc:
            raise PlanError("not_text", f"{exc}; if it is a plan in another format, give it its proper extension "
                            "or convert it to PDF, DOCX or UTF-8 text") from exc
    return module.read(data, path)
