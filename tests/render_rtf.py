"""Render a plan's text into the Rich Text Format Word saves ("Lưu dưới dạng: Rich Text Format").

    render_rtf(text, out_path)   an .rtf as Word writes it: \\uN\\'hh escapes for Vietnamese letters
                                 (with a Windows-1252 fallback byte), \\'hh for Latin-1 letters, a font
                                 table, colour table, style sheet and page footer (not plan text), the
                                 two-column header and signature blocks as borderless tables, and
                                 Markdown pipe tables as real tables (\\trowd … \\cellx … \\cell … \\row)
    render_rtf(text, out_path, legacy=True, header=…, footer=…)
                                 as an older office suite or a document-management system exports it:
                                 Windows-1258 code page, \\'hh for the letters it has (ă â đ ê ô ơ ư …),
                                 \\uN? with a literal "?" fallback for the rest, and a page header and
                                 footer carrying the portal's name (not plan text)

The twin's layout: a line "||" splits a block into a left and a right column, each block running
to the next blank line ("ỦY BAN … || CỘNG HÒA …" rows); "| a | b |" rows make a table (the
"|---|" rule row is dropped); other lines are paragraphs.

As a script: python tests/render_rtf.py PLAN.md OUT.rtf
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HEAD = (r"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch0\stshfloch0\stshfhich0\deflang1033"
        r"{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}"
        r"{\f1\fbidi \froman\fcharset163\fprq2 Times New Roman;}}"
        r"{\colortbl;\red0\green0\blue0;\red255\green0\blue0;}"
        r"{\stylesheet{\ql \li0\ri0\widctlpar\f0\fs28 \snext0 Normal;}{\s1\qc\b\f0\fs28 \sbasedon0 heading 1;}}"
        r"{\*\generator Microsoft Word 16.0;}{\info{\title K\u7871\'3fho\u7841\'3fch}{\author BCHQS}}"
        "\n\\paperw11907\\paperh16840\\margl1701\\margr1134\\margt1134\\margb1134\n"
        r"{\footer \pard\plain \qc\f0\fs24 Trang {\field{\*\fldinst PAGE }{\fldrslt 1}}\par}" "\n")


def escaped(text: str, letter: Callable[[str], str]) -> str:
    """The text as RTF: "\\", "{", "}" escaped, ASCII as it is, each other letter as `letter` writes it."""
    return "".join("\\" + ch if ch in "\\{}" else ch if ord(ch) < 128 else letter(ch) for ch in text)


def _unicode(o: int, fallback: str) -> str:
    """\\uN (N signed 16-bit) and the byte a reader without Unicode shows instead."""
    return f"\\u{o if o < 32768 else o - 65536}{fallback}"


def esc(text: str) -> str:
    """Latin-1 letters as \\'hh, the others as \\uN with a Windows-1252 "?" (\\'3f) fallback."""
    return escaped(text, lambda ch: f"\\'{ord(ch):02x}" if ord(ch) < 256 else _unicode(ord(ch), "\\'3f"))


LEGACY_HEAD = (r"{\rtf1\ansi\ansicpg1258\uc1\deff0\deflang1066"
               r"{\fonttbl{\f0\froman\fcharset163\fprq2 Times New Roman;}{\f1\fswiss\fcharset163\fprq2 Arial;}}"
               r"{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}"
               r"{\stylesheet{\ql\f0\fs28 \snext0 Normal;}}"
               r"{\*\generator iOffice RTF Export 4.2;}{\info{\author iOffice}}"
               "\n\\paperw11907\\paperh16840\\margl1701\\margr1134\\margt1134\\margb1134\n")


def esc_legacy(text: str) -> str:
    """Windows-1258 bytes where the code page has the letter, \\uN? (a literal "?") elsewhere."""
    return escaped(text, _cp1258_letter)


def _cp1258_letter(ch: str) -> str:
    try:
        return f"\\'{ch.encode('cp1258')[0]:02x}"
    except UnicodeEncodeError:
        return _unicode(ord(ch), "?")


def _row(cells: list[str], widths: list[int], borders: bool, bold: bool = False, esc=esc) -> str:
    b = r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10" if borders else ""
    x, defs = 0, []
    for w in widths:
        x += w
        defs.append(f"{b}\\clvertalc\\cellx{x}")
    parts = [r"\trowd\trgaph108\trleft-108" + "".join(defs) + "\n"]
    for c in cells:
        paras = c.split("<br>")
        body = r"\par ".join(("{\\b " + esc(p.strip()) + "}") if bold else esc(p.strip()) for p in paras)
        parts.append(r"\pard\plain\intbl\qc\f0\fs26 " + body + r"\cell" + "\n")
    parts.append(r"\pard\intbl{\trowd\trgaph108" + "".join(defs) + r"\row}" + "\n")
    return "".join(parts)


def caps_heading(line: str) -> bool:
    """Word's twin: a line all in capitals is a centred bold heading."""
    return line == line.upper() and any(c.isalpha() for c in line)


def to_rtf(text: str, legacy: bool = False, header: str | None = None, footer: str | None = None, *,
           head: str | None = None, escape: Callable[[str], str] | None = None,
           columns: tuple[int, int] = (3800, 5600), keep_empty_cells: bool = False,
           table_widths: list[int] | None = None, heading: Callable[[str], bool] = caps_heading,
           blank_paragraphs: bool = True) -> str:
    """The plan as RTF. The keywords let another writer's export share the layout: its own head
    and escaper, the two columns' widths (with empty cells kept as empty paragraphs), fixed table
    column widths, its rule for a centred bold line, and blank lines left out."""
    e = escape or (esc_legacy if legacy else esc)
    lines = text.splitlines()
    out = [head if head is not None else LEGACY_HEAD if legacy else HEAD]
    if header:
        out.append(r"{\header \pard\plain \qr\f1\fs18 " + e(header) + r"\par}" + "\n")
    if footer:
        out.append(r"{\footer \pard\plain \qc\f1\fs18 " + e(footer) + r"\par}" + "\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if "||" in line:                      # a two-column layout block up to the next blank line
            left, right = [], []
            while i < len(lines) and lines[i].strip():
                a, _, b = lines[i].partition("||")
                if keep_empty_cells or a.strip():
                    left.append(a.strip())
                if keep_empty_cells or b.strip():
                    right.append(b.strip())
                i += 1
            out.append(_row(["<br>".join(left), "<br>".join(right)], list(columns), borders=False, esc=e))
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(set(c) <= set("-: ") for c in cells):
                    rows.append(cells)
                i += 1
            n = len(rows[0])
            widths = table_widths or [700] + [(9400 - 700) // (n - 1)] * (n - 1)
            for k, r in enumerate(rows):
                out.append(_row(r, widths, borders=True, bold=k == 0, esc=e))
            continue
        if line or blank_paragraphs:
            style = r"\qc\b" if line and heading(line) else r"\qj\fi567"
            out.append(r"\pard\plain " + style + r"\sb60\sa60\f0\fs28 " + e(line) + r"\par" + "\n")
        i += 1
    out.append("}")
    return "".join(out)


def render_rtf(text: str, out_path: str | Path, legacy: bool = False, header: str | None = None,
               footer: str | None = None) -> Path:
    out = Path(out_path)
    out.write_bytes(to_rtf(text, legacy, header, footer).encode("ascii"))
    return out


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("plan", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--legacy", action="store_true", help="Windows-1258 bytes and \\uN? escapes")
    ap.add_argument("--header", help="page header text (a portal's name)")
    ap.add_argument("--footer", help="page footer text")
    a = ap.parse_args()
    render_rtf(a.plan.read_text(encoding="utf-8"), a.out, a.legacy, a.header, a.footer)
