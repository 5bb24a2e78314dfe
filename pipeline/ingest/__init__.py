"""Readers, one per format, all returning a RawDocument; the format is told by content, not name.

A reader module exposes `read(data: bytes, path: Path) -> RawDocument` and raises PlanError with
a stable code when the file cannot be read.

`detect_format` looks at the bytes first (PDF, images, Word 97-2003 and other compound files,
ZIP packages and what is inside them, RTF, MIME web archives, archives and executables), and only
then at the extension, which merely tells kinds of text apart (.txt, .md, .html). Of ZIP packages,
a Word document (DOCX) and an OpenDocument text (ODT, read through LibreOffice like a .doc) are
read, and so is a flat OpenDocument text (FODT, the same document as one XML file). A file that is
something we do not read (a spreadsheet, an OpenDocument spreadsheet or presentation, flat or
packaged, an archive, a program, a video) is refused with `unsupported_format` and a message
naming what it is.
"""
from __future__ import annotations

import importlib
import re
import sys
import zipfile
from io import BytesIO
from pathlib import Path

from pipeline.document import RawDocument, RawLine
from pipeline.errors import PlanError
from pipeline.ingest import encodings

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".mht": "mht", ".mhtml": "mht"}

# Which module reads which detected format.
READERS = {
    "txt": "pipeline.ingest.text",
    "md": "pipeline.ingest.text",
    "html": "pipeline.ingest.text",
    "mht": "pipeline.ingest.text",
    "rtf": "pipeline.ingest.rtf",
    "pdf": "pipeline.ingest.pdf",
    "image": "pipeline.ingest.image",
    "docx": "pipeline.ingest.docx",
    "doc": "pipeline.ingest.doc",
    "odt": "pipeline.ingest.odt",
    "fodt": "pipeline.ingest.odt",
}

CONVERT = "convert the plan to PDF, DOCX or UTF-8 text"
# Binary formats that are not plans: (test on the first bytes, what it is, what to do).
OTHER_BINARIES = [
    (lambda d: d.startswith(b"\x1f\x8b"), "a gzip-compressed file", "unpack it and submit the plan inside"),
    (lambda d: d.startswith(b"BZh") and d[3:4].isdigit(), "a bzip2-compressed file",
     "unpack it and submit the plan inside"),
    (lambda d: d.startswith(b"\xfd7zXZ\x00"), "an xz-compressed file", "unpack it and submit the plan inside"),
    (lambda d: d.startswith(b"7z\xbc\xaf\x27\x1c"), "a 7-Zip archive", "unpack it and submit the plans inside"),
    (lambda d: d.startswith(b"Rar!\x1a\x07"), "a RAR archive", "unpack it and submit the plans inside"),
    (lambda d: len(d) > 262 and d[257:262] == b"ustar", "a tar archive", "unpack it and submit the plans inside"),
    (lambda d: d.startswith(b"\x7fELF"), "a Linux program (ELF)", "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"MZ") and b"PE\x00\x00" in d[:1024], "a Windows program (.exe/.dll)",
     "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"SQLite format 3\x00"), "an SQLite database", "it is not a plan: remove it from the input"),
    (lambda d: d[4:8] == b"ftyp" and d[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"),
     "a HEIC/AVIF photo (as iPhones save them)", "export the photo as JPEG or PNG, or scan the plan to PDF"),
    (lambda d: d[4:8] == b"ftyp", "a video or audio file (MP4/MOV/M4A)", "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"ID3") or d[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"), "an MP3 audio file",
     "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"OggS") or d.startswith(b"fLaC"), "an audio file", "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"RIFF") and d[8:12] in (b"WAVE", b"AVI "), "an audio or video file (RIFF)",
     "it is not a plan: remove it from the input"),
    (lambda d: d.startswith(b"%!PS"), "a PostScript file", "print it to PDF and submit the PDF"),
    (lambda d: d.startswith(b"AT&TFORM"), "a DjVu document", "convert it to PDF and submit the PDF"),
    (lambda d: d.startswith(b"8BPS"), "a Photoshop image", "export it as PNG or PDF"),
    (lambda d: d.startswith(b"\x00\x00\x00\x0cjP  ") or d.startswith(b"\xff\x4f\xff\x51"), "a JPEG 2000 image",
     "export it as PNG or JPEG, or scan the plan to PDF"),
]
# What an Office Open XML / OpenDocument / other ZIP package is, by a part it must hold.
ZIP_KINDS = [
    ("xl/workbook.xml", "an Excel workbook (XLSX)", "copy the plan's text into a Word document or export it as PDF"),
    ("xl/workbook.bin", "an Excel binary workbook (XLSB)", "export the plan as PDF"),
    ("ppt/presentation.xml", "a PowerPoint presentation (PPTX)", "export it as PDF"),
    ("visio/document.xml", "a Visio drawing", "export it as PDF"),
]
ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
# OpenDocument packages we do not read (an ODT is read, through LibreOffice).
ODF_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": ("an OpenDocument spreadsheet (ODS)", "export it as PDF"),
    "application/vnd.oasis.opendocument.presentation": ("an OpenDocument presentation (ODP)", "export it as PDF"),
    "application/epub+zip": ("an EPUB e-book", "export the plan as PDF"),
}
PLAN_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".fodt", ".txt", ".md", ".html", ".htm", ".rtf", ".png", ".jpg",
                 ".jpeg", ".tif", ".tiff")
MHT_START = re.compile(rb"^(?:[\w-]+:[^\n]*\n)*?MIME-Version:", re.I)
HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body|meta|table|p|div)\b", re.I | re.S)


def _unsupported(what: str, advice: str) -> PlanError:
    return PlanError("unsupported_format", f"the file is {what}, not a plan kehoach can read; {advice}")


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes) -> str:
    """'doc' for a Word 97-2003 compound file; raises for other compound files (the stream names
    sit in the file's directory as UTF-16)."""
    if _utf16("EncryptedPackage") in data and _utf16("EncryptionInfo") in data:
        raise PlanError("encrypted_document", "the Office document is protected by a password; open it in Word with "
                        "the password, remove the protection (File > Info > Protect Document > Encrypt with "
                        "Password, clear it) and save it again, or save it as PDF")
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("Workbook") in data or _utf16("Book\x00") in data:
        raise _unsupported("an Excel 97-2003 workbook (XLS)", "copy the plan's text into a Word document or "
                           "export it as PDF")
    if _utf16("PowerPoint Document") in data:
        raise _unsupported("a PowerPoint 97-2003 presentation (PPT)", "export it as PDF")
    if _utf16("__substg1.0_") in data:
        raise _unsupported("an Outlook message (MSG)", "save the plan attached to it and submit that file")
    return "doc"  # another compound file: LibreOffice tells whether it is a document


def _zip_kind(data: bytes, path: Path) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = zf.namelist()
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip() if "mimetype" in names else ""
            encrypted = mimetype == ODT_MIMETYPE and "META-INF/manifest.xml" in names and \
                b"encryption-data" in zf.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        first = data[30:30 + int.from_bytes(data[26:28], "little")].decode("latin-1")
        # an ODT stores its mimetype first and uncompressed, so even a truncated one says what it is
        if path.suffix.lower() == ".odt" or (first == "mimetype" and ODT_MIMETYPE.encode() in data[38:120]):
            raise PlanError("corrupt_odt", f"the OpenDocument text (.odt) cannot be opened ({exc}); it may be "
                            "truncated or damaged: download it again or save it again from LibreOffice") from exc
        if path.suffix.lower() in (".docx", ".docm", ".dotx") or first in ("[Content_Types].xml", "_rels/.rels") \
                or first.startswith("word/"):
            raise PlanError("corrupt_docx", f"the Word file (DOCX) cannot be opened ({exc}); it may be truncated or "
                            "damaged: download it again or save it again from Word") from exc
        raise PlanError("corrupt_archive", f"the file looks like a ZIP archive but cannot be opened ({exc}); "
                        "download it again") from exc
    nameset = set(names)
    if "word/document.xml" in nameset:
        return "docx"
    for part, what, advice in ZIP_KINDS:
        if part in nameset:
            raise _unsupported(what, advice)
    if mimetype == ODT_MIMETYPE:
        if encrypted:  # LibreOffice would wait for the password
            raise PlanError("encrypted_document", "the OpenDocument text is protected by a password; open it in "
                            "LibreOffice with the password, save it again without one (File > Properties > "
                            "Security) or save it as PDF")
        return "odt"
    if mimetype in ODF_KINDS:
        raise _unsupported(*ODF_KINDS[mimetype])
    if "[Content_Types].xml" in nameset:
        raise _unsupported("an Office Open XML package that holds no Word document", "save the plan as DOCX or PDF")
    files = [n for n in names if not n.endswith("/")]
    plans = [n for n in files if n.lower().endswith(PLAN_SUFFIXES)]
    shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    advice = ("unpack it and submit the plans inside" if plans
              else "unpack it: it holds no file kehoach reads (PDF, DOCX, DOC, text, images)")
    what = f"a ZIP archive of {len(files)} file(s) ({shown})" if files else "an empty ZIP archive"
    raise _unsupported(what, advice)


FLAT_MIMETYPE = re.compile(rb'<office:document\b[^>]*?\boffice:mimetype="([^"]+)"', re.S)


def _flat_odf_kind(body: bytes) -> str:
    """'fodt' for a flat OpenDocument text (one XML file, what LibreOffice writes as .fodt); a flat
    spreadsheet or presentation is refused as its packaged twin is. The root element's
    office:mimetype says which (its namespace declarations run a few kilobytes before it)."""
    m = FLAT_MIMETYPE.search(body[:32768])
    mimetype = m.group(1).decode("ascii", "replace") if m else ""
    if mimetype == ODT_MIMETYPE:
        return "fodt"
    if mimetype in ODF_KINDS:
        what, advice = ODF_KINDS[mimetype]
        raise _unsupported(what.replace("an OpenDocument", "a flat OpenDocument").replace("(OD", "(FOD"), advice)
    raise _unsupported("a flat OpenDocument file that is no text document", "open it in LibreOffice and save it "
                       "as DOCX or PDF")


def _looks_like_bmp(data: bytes) -> bool:
    """A BMP header, not a text that begins with "BM" (Biểu mẫu, BMT …)."""
    return (data.startswith(b"BM") and len(data) >= 26 and data[6:10] == b"\x00\x00\x00\x00"
            and int.from_bytes(data[14:18], "little") in (12, 40, 52, 56, 64, 108, 124))


def detect_format(data: bytes, path: Path) -> str:
    """The file's format from its bytes; the extension only separates kinds of text."""
    head = data[:16]
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")) or (
            head[:4] == b"RIFF" and data[8:12] == b"WEBP") or _looks_like_bmp(data):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(data)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):  # a file, an empty or a spanned ZIP
        return _zip_kind(data, path)
    for test, what, advice in OTHER_BINARIES:
        if test(data):
            raise _unsupported(what, advice)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if body.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if body.lstrip()[:5] == b"<?xml":
        if b"<w:wordDocument" in body[:8192] or b'progid="Word.Document"' in body[:8192]:
            raise _unsupported("a Word 2003 XML document", "open it in Word or LibreOffice and save it as DOCX or PDF")
        if b"<office:document" in body[:8192]:
            return _flat_odf_kind(body)
    if MHT_START.match(body[:2000]) and re.search(rb"^Content-Type:\s*multipart/", body[:4000], re.I | re.M):
        return "mht"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    if HTML_START.match(body[:4000]):
        return "html"  # a web page saved under another name (a .doc that is HTML)
    return "txt"


def read_document(data: bytes, path: Path) -> RawDocument:
    """Detect the format and hand the bytes to its reader."""
    if not data:
        raise PlanError("empty_file", "the file is empty (0 bytes); download or export it again")
    fmt = detect_format(data, path)
    # (an imported reader is taken from sys.modules: import_module walks the import machinery each time)
    module = sys.modules.get(READERS[fmt]) or importlib.import_module(READERS[fmt])
    if fmt in ("txt", "md", "html", "mht"):
        from pipeline.ingest.text import NotText
        try:
            raw = module.read_mht(data) if fmt == "mht" else module.read_text(data, fmt)
        except NotText as exc:
            if exc.code != "not_text":
                raise PlanError(exc.code, str(exc)) from exc
            raise PlanError(exc.code, f"{_named_as(path)}{exc}; if it is a plan in another format, give it its "
                            f"proper extension or {CONVERT}") from exc
    else:
        raw = module.read(data, path)
    repair_mangled_lines(raw.lines)
    return raw


def repair_mangled_lines(lines: list[RawLine]) -> None:
    """Lines (and table cells) that show legacy text or UTF-8 as Windows-1252 characters, put
    right in place: a Word file whose .VnTime or VNI-Times text was given a Unicode font without
    being converted ("KÕ ho¹ch", "Keá hoaïch"), a text file partly retyped in Unicode around a
    mangled part (a whole mangled text file is put right as it is decoded). A PDF printed from
    such a file has its characters repaired as each page is read (pdf.repair_mangled_chars),
    before its header and tables are found; what that leaves (a word a lost byte broke) is put
    right here. Only a document holding several characters no Vietnamese text uses is looked at."""
    if not encodings.may_be_mangled("\n".join([ln.text for ln in lines])):   # (a list joins faster than a generator)
        return
    pieces = [ln.text for ln in lines]
    where: list[tuple[int, int]] = []   # (line, cell) of each cell's piece
    for i, ln in enumerate(lines):
        for j, cell in enumerate(ln.cells or ()):
            pieces.append(cell)
            where.append((i, j))
    fixed, changed, name, _ = encodings.repair_pieces(pieces)
    if not changed:
        return
    n = len(lines)
    texts = fixed[:n]
    if name == "tcvn3":
        texts = encodings.recase_pieces(texts, {k for k in changed if k < n})
    for i in (k for k in changed if k < n):
        lines[i].text = texts[i]
    for k in (k for k in changed if k >= n):
        i, j = where[k - n]
        cells = list(lines[i].cells)
        cells[j] = encodings.recase_paragraph(fixed[k]) if name == "tcvn3" else fixed[k]
        lines[i].cells = cells


def _named_as(path: Path) -> str:
    """"the file is named .pdf but is not a PDF: " when the name promises a format the bytes are not."""
    kinds = {".pdf": "a PDF", ".docx": "a Word (DOCX) file", ".doc": "a Word document",
             ".odt": "an OpenDocument text", ".png": "an image", ".jpg": "an image", ".jpeg": "an image",
             ".tif": "an image", ".tiff": "an image", ".xlsx": "a spreadsheet", ".zip": "a ZIP archive"}
    suffix = path.suffix.lower()
    if suffix in kinds:
        return f"the file is named {suffix} but is not {kinds[suffix]} (it may be truncated or damaged): "
    return ""
