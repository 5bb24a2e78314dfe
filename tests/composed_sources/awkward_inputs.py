"""Make the composed plans whose text is ordinary but whose file is awkward, from their sources here.

    bac-ninh-thuan-thanh-xuan-lam-ve-sinh-moi-truong-2025-photo.jpg
        a one-page ward plan laid out by tests/render.py and taken as a phone photo (render_photo:
        slanted in perspective, tilted 2°, lit unevenly from one corner, JPEG)
    dak-lak-cu-kuin-ea-tieu-sau-rieng-ben-vung-2025.pdf
        a commune plan whose header names its parent ("UBND HUYỆN CƯ KUIN" over "UBND XÃ EA TIÊU")
        beside the motto, and whose task table has no rules at all (render.py table_rules="none"):
        its columns are parted by white space only
    thanh-hoa-thach-thanh-thach-quang-phong-chong-doi-ret-gia-suc-2025.rtf
        a commune plan typed in the .VnTime font (TCVN3, ABC) and saved as RTF: each letter its
        one TCVN3 byte (\\'hh), lines in capitals typed in small letters in the .VnTimeH font that
        draws them as capitals, the capital toned letters the font lacks avoided the way typists did
        ("Uỷ ban", tone on the y). The bytes come from TCVN3 below, the chart as the MIT-licensed
        npm package vietnamese-conversion 2.0.0 (charsets.js) has it, not from the pipeline's tables.
    hai-duong-kim-thanh-phu-thai-tay-chan-mieng-2026.md
        a township plan converted from Word by a tool (pandoc's Markdown): bold runs split mid-word
        ("**KẾ HOẠ****CH**"), Markdown-escaped characters ("\\-", "1\\.", "\\*"), old-style tone
        placement ("hoà", "Thuý", "khoẻ") beside the new ("sức khỏe"), the header and the closing
        (Nơi nhận beside the signer) as grid tables of two columns, and the whole text in NFD (base
        letters with combining marks, as a Mac's file gives them): the grid tables' columns were
        counted as the converter counts them, a combining mark taking no column

    python tests/composed_sources/awkward_inputs.py [STEM…]   (writes data/raw/…)
"""
from __future__ import annotations

import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render import render_pdf, render_photo  # noqa: E402
from render_rtf import escaped, to_rtf  # noqa: E402

RAW = ROOT / "data" / "raw"

# TCVN3 (ABC): the lower-case letters and the seven plain capitals the font has, and their bytes
_TCVN3_LETTERS = "ÂÊÔàáâãèéêìíòóôõùúýĂĐƠƯăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_TCVN3_BYTES = "¢£¤µ¸©·ÌÐª×Ýßã«âïóý¡§¥¦¨®Üò¬\xad¹¶ÊÇÈÉË¾»¼½ÆÑÎÏÕÒÓÔÖØÞäáèåæçéíêëìîôñøõö÷ùúþûü"
TCVN3 = dict(zip(_TCVN3_LETTERS, _TCVN3_BYTES))
assert len(_TCVN3_LETTERS) == len(_TCVN3_BYTES) == 74

RTF_HEAD = (r"{\rtf1\ansi\ansicpg1252\deff0\deflang1033"
            r"{\fonttbl{\f0\fnil\fcharset0 .VnTime;}{\f1\fnil\fcharset0 .VnTimeH;}}"
            r"{\colortbl;\red0\green0\blue0;}"
            r"{\*\generator Msftedit 5.41.15.1515;}\viewkind4\uc1"
            "\n\\paperw11907\\paperh16840\\margl1701\\margr1134\\margt1134\\margb1134\n")


def _tcvn3_letter(ch: str) -> str:
    if ch not in TCVN3:
        raise ValueError(f"{ch!r} has no TCVN3 byte: type it as the .VnTime typist did")
    return f"\\'{ord(TCVN3[ch]):02x}"


def _tcvn3_bytes(text: str) -> str:
    return escaped(unicodedata.normalize("NFC", text), _tcvn3_letter)


def esc_tcvn3(text: str) -> str:
    """A line typed in .VnTime; one all in capitals typed in small letters in .VnTimeH."""
    text = text.replace("**", "").replace("*", "")
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return r"{\f1 " + _tcvn3_bytes(text.lower()) + "}"
    return _tcvn3_bytes(text)


def bold_title(line: str) -> bool:
    """A line typed all bold ("**…**") is a centred heading, unless it opens with a part's number."""
    return line.startswith("**") and not line[2:3].isdigit() and "." not in line[2:6]


def tcvn3_rtf(text: str) -> str:
    """The plan in render_rtf's layout, as the .VnTime typist's WordPad saves it: empty cells of
    the two-column blocks (header, Nơi nhận beside the signer) kept, the task table's columns set
    by hand, bold lines centred, blank lines left out."""
    return to_rtf(text, head=RTF_HEAD, escape=esc_tcvn3, columns=(4200, 5200), keep_empty_cells=True,
                  table_widths=[700, 3300, 1800, 1800, 1700], heading=bold_title, blank_paragraphs=False)


def converted_md(text: str) -> str:
    """The text decomposed (NFD); its grid tables' columns stay where they were counted in the
    composed source, which is where the converter counts them in display columns."""
    return unicodedata.normalize("NFD", text)


def make(stem: str) -> Path:
    if stem.endswith("-photo"):
        base = stem[: -len("-photo")]
        with tempfile.TemporaryDirectory() as tmp:
            pdf = render_pdf((HERE / f"{base}.md").read_text(encoding="utf-8"), Path(tmp) / f"{base}.pdf")
            return render_photo(pdf, RAW / f"{stem}.jpg", dpi=200, seed=52)
    src = (HERE / f"{stem}.md").read_text(encoding="utf-8")
    if stem.startswith("dak-lak-cu-kuin"):
        return render_pdf(src, RAW / f"{stem}.pdf", table_rules="none")
    if stem.startswith("thanh-hoa-thach-thanh"):
        path = RAW / f"{stem}.rtf"
        path.write_bytes(tcvn3_rtf(src).encode("ascii"))
        return path
    path = RAW / f"{stem}.md"
    path.write_text(converted_md(src), encoding="utf-8")
    return path


PLANS = ["bac-ninh-thuan-thanh-xuan-lam-ve-sinh-moi-truong-2025-photo",
         "dak-lak-cu-kuin-ea-tieu-sau-rieng-ben-vung-2025",
         "thanh-hoa-thach-thanh-thach-quang-phong-chong-doi-ret-gia-suc-2025",
         "hai-duong-kim-thanh-phu-thai-tay-chan-mieng-2026"]


if __name__ == "__main__":
    for s in PLANS:
        if not sys.argv[1:] or s in sys.argv[1:]:
            print(make(s))
