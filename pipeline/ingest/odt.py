"""Reader for OpenDocument text (.odt, the format LibreOffice writes by default, used by offices that
work in LibreOffice): converted to .docx by LibreOffice exactly as a Word 97-2003 .doc is (see
pipeline.ingest.doc), then read by pipeline.ingest.docx. Documents read this way have
source_format "odt". A flat OpenDocument text (.fodt: the package's content.xml, styles.xml and
meta.xml as one XML file, which LibreOffice writes with --convert-to fodt) holds the same
elements and is read the same way. OpenDocument spreadsheets and presentations, packaged or flat,
are refused by detect_format.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.document import RawDocument
from pipeline.ingest import doc


def read(data: bytes, path: Path) -> RawDocument:
    """An .odt file's bytes to a RawDocument (through LibreOffice and the DOCX reader)."""
    return doc.read(data, path, kind="fodt" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"<?xml" else "odt")
