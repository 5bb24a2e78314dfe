"""Reader for Word 97-2003 documents (.doc, OLE2): LibreOffice converts them to .docx, which
pipeline.ingest.docx reads.

The conversion runs headless in a private temporary directory with its own LibreOffice profile
(so parallel conversions and a user's open LibreOffice never collide), under a timeout.
Without LibreOffice the file is refused with PlanError("doc_unsupported"), never a crash.
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


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, timeout: float = TIMEOUT_S) -> bytes:
    """A .doc's bytes converted to .docx bytes by LibreOffice."""
    exe = soffice()
    if exe is None:
        raise PlanError("doc_unsupported", "the file is a Word 97-2003 document (.doc), which needs LibreOffice to "
                        f"read: install LibreOffice (Debian package {DEBIAN_PACKAGE}) or open the file in Word "
                        "and save it as DOCX or PDF")
    with tempfile.TemporaryDirectory(prefix="kehoach-doc-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "plan.doc"
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
            raise PlanError("doc_unsupported", f"LibreOffice cannot be started ({exc}); reinstall it (Debian package "
                            f"{DEBIAN_PACKAGE}) or save the file as DOCX or PDF") from exc
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # soffice may have started helper processes: end the whole group it leads
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                proc.kill()
            proc.communicate()
            raise PlanError("doc_timeout", f"LibreOffice did not finish converting the .doc within {timeout:.0f} s; "
                            "open the file in Word or LibreOffice and save it as DOCX or PDF")
        produced = out_dir / "plan.docx"
        if proc.returncode != 0 or not produced.exists() or produced.stat().st_size == 0:
            detail = (err or out or b"").decode("utf-8", "replace").strip().splitlines()
            reason = detail[-1] if detail else f"exit code {proc.returncode}"
            raise PlanError("corrupt_doc", f"LibreOffice could not convert the .doc ({reason}); the file may be "
                            "damaged, password-protected or not a Word document: open it in Word and save it as "
                            "DOCX or PDF")
        return produced.read_bytes()


def read(data: bytes, path: Path) -> RawDocument:
    """A .doc file's bytes to a RawDocument (through LibreOffice and the DOCX reader)."""
    from pipeline.ingest import docx

    converted = convert_to_docx(data)
    try:
        return docx.read(converted, path, source_format="doc")
    except PlanError as exc:
        if exc.code == "corrupt_docx":
            raise PlanError("corrupt_doc", f"the .doc converted by LibreOffice cannot be read: {exc.message}") from exc
        raise
