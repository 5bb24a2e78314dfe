"""Reader for the word-processor files only LibreOffice opens — Word 97-2003 documents (.doc, OLE2)
and OpenDocument text (.odt, as LibreOffice writes it, or .fodt, the same as one XML file):
LibreOffice converts them to .docx, which pipeline.ingest.docx reads.

The conversion runs headless in a private temporary directory with its own LibreOffice profile
(so parallel conversions and a user's open LibreOffice never collide), under a timeout, and ends
the whole process group it started when that runs out. Without LibreOffice the file is refused
with PlanError("doc_unsupported" / "odt_unsupported"), never a crash; a file LibreOffice cannot
convert gives "corrupt_doc" / "corrupt_odt".
Debian package: libreoffice-writer-nogui (provides /usr/bin/soffice).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from pipeline.document import RawDocument
from pipeline.errors import PlanError

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
TIMEOUT_S = float(os.environ.get("KEHOACH_DOC_TIMEOUT", "180"))

# format -> (what the file is; what else a file that fails to convert may be; how to save it anew).
# The format is also the suffix LibreOffice is given and the stem of the error codes.
KINDS = {
    "doc": ("a Word 97-2003 document (.doc)", "a Word document", "open the file in Word and save it as DOCX or PDF"),
    "odt": ("an OpenDocument text (.odt)", "a text document",
            "open the file in LibreOffice or Word and save it as DOCX or PDF"),
    # (LibreOffice tells a flat OpenDocument from a packaged one by the suffix it is given)
    "fodt": ("a flat OpenDocument text (.fodt)", "a text document",
             "open the file in LibreOffice and save it as DOCX or PDF"),
}
# A flat OpenDocument text is an .odt's content in one file: its documents have source_format "odt"
# and its errors the .odt's codes (corrupt_odt, odt_unsupported, odt_timeout).
READ_AS = {"fodt": "odt"}


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, timeout: float = TIMEOUT_S, kind: str = "doc") -> bytes:
    """A .doc's (or, with kind="odt", an .odt's) bytes converted to .docx bytes by LibreOffice."""
    what, genre, advice = KINDS[kind]
    code = READ_AS.get(kind, kind)
    exe = soffice()
    if exe is None:
        raise PlanError(f"{code}_unsupported", f"the file is {what}, which needs LibreOffice to read: install "
                        f"LibreOffice (Debian package {DEBIAN_PACKAGE}) or {advice}")
    with tempfile.TemporaryDirectory(prefix=f"kehoach-{kind}-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / f"plan.{kind}"
        src.write_bytes(data)
        out_dir = tmp_path / "out"
        profile = (tmp_path / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--norestore", "--nologo",
               "--nodefault", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir),
               str(src)]
        env = dict(os.environ, HOME=str(tmp_path))  # LibreOffice writes caches under HOME
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    env=env, cwd=tmp, start_new_session=True)
        except OSError as exc:
            raise PlanError(f"{code}_unsupported", f"LibreOffice cannot be started ({exc}); reinstall it (Debian "
                            f"package {DEBIAN_PACKAGE}) or save the file as DOCX or PDF") from exc
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # soffice may have started helper processes: end the whole group it leads
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                proc.kill()
            proc.communicate()
            raise PlanError(f"{code}_timeout", f"LibreOffice did not finish converting the .{kind} within "
                            f"{timeout:.0f} s; {advice}")
        produced = out_dir / "plan.docx"
        if proc.returncode != 0 or not produced.exists() or produced.stat().st_size == 0:
            detail = (err or out or b"").decode("utf-8", "replace").strip().splitlines()
            reason = detail[-1] if detail else f"exit code {proc.returncode}"
            raise PlanError(f"corrupt_{code}", f"LibreOffice could not convert the .{kind} ({reason}); the file may "
                            f"be damaged, password-protected or not {genre}: {advice}")
        return produced.read_bytes()


def read(data: bytes, path: Path, kind: str = "doc") -> RawDocument:
    """A .doc (or .odt) file's bytes to a RawDocument (through LibreOffice and the DOCX reader)."""
    from pipeline.ingest import docx

    converted = convert_to_docx(data, kind=kind)
    try:
        return docx.read(converted, path, source_format=READ_AS.get(kind, kind))
    except PlanError as exc:
        if exc.code == "corrupt_docx":
            raise PlanError(f"corrupt_{READ_AS.get(kind, kind)}", f"the .{kind} converted by LibreOffice cannot be "
                            f"read: {exc.message}") from exc
        raise
