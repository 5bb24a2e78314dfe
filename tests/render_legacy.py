"""Render a plan's text as a web page saved by Word 2003 from a .VnTime document, the way commune
sites of the 2000s and 2010s published their plans: the text in TCVN3 (ABC) bytes, encoded by the
project's own `encode_tcvn3`, under a page that declares windows-1252 (Word's default for a
document in a non-Unicode font), styled with the .VnTime font, and .VnTimeH for lines in capitals
(typed in small letters: that font draws every letter as a capital); the header block and the
closing (Nơi nhận beside the signature) in borderless two-column tables, the plan's table as a
ruled table, and every source line wrapped at about 76 characters the way Word writes its HTML, so
a sentence runs on over several lines of the file.

With encoding="vni" the page is the same document typed in VNI-Times instead (VNI bytes, the
VNI-Times font, capitals typed as capitals: VNI has its own upper-case letters). A Party
committee's header ("ĐẢNG CỘNG SẢN VIỆT NAM" in place of the national motto) and its "T/M"
signing line are laid out like a state body's.

    render_legacy_htm(text, out_path, fmt="md", encoding="tcvn3")

As a script: python tests/render_legacy.py [--vni] PLAN.txt|md OUT.htm
"""
from __future__ import annotations

import html
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from pipeline.ingest.encodings import encode_tcvn3, encode_vni  # noqa: E402
from pipeline.ingest.text import read_text  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402
from render_docx import DOC_TYPE, MOTTO, NUMBER, PLACE_DATE  # noqa: E402

WIDTH = 76   # Word breaks the lines of its HTML source at about this column
SIGNING = re.compile(r"^(?:TM|KT|TL|TUQ)\.\s|^T/M\s")
PARTY_MOTTO = re.compile(r"^ĐẢNG CỘNG SẢN VIỆT NAM$")
# the reader joins a trích yếu typed in small letters ("thực hiện …", a Party plan's way) to the
# "KẾ HOẠCH" line above it; Word keeps them two paragraphs
TYPE_AND_TITLE = re.compile(r"^(" + DOC_TYPE.pattern.strip("^$") + r")\s+(\S.*)$")
RECIPIENTS = re.compile(r"^Nơi nhận", re.I)

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<title>{title}</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"{font}";
	panose-1:2 11 114 0 0 0 0 0 0 0;}}
 @font-face
	{{font-family:"{capitals}";
	panose-1:2 11 114 0 0 0 0 0 0 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0in;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"{font}";}}
@page Section1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;}}
div.Section1
	{{page:Section1;}}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:.5in'>

<div class=Section1>
"""
TAIL = """
</div>

</body>

</html>
"""


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


FONTS = {"tcvn3": (".VnTime", ".VnTimeH"), "vni": ("VNI-Times", "VNI-Times")}
_font = FONTS["tcvn3"]   # (text font, capitals font) of the page being rendered


def _para(text: str, *, bold: bool = False, align: str | None = None, indent: bool = False) -> str:
    font = _font[1] if _is_capitals(text) else _font[0]
    style = []
    if align:
        style.append(f"text-align:{align}")
    if indent:
        style.append("text-indent:.5in")
    attrs = (f" align={align}" if align and align != "justify" else "") + (
        f" style='{';'.join(style)}'" if style else "")
    if font == ".VnTimeH":
        text = text.lower()   # typed in small letters: the capitals font draws them as capitals
    body = f"<span style='font-family:\"{font}\"'>{html.escape(text, quote=False)}<o:p></o:p></span>"
    if bold:
        body = f"<b>{body}</b>"
    return f"<p class=MsoNormal{attrs}>{body}</p>"


def _layout_table(left: list[str], right: list[str], bold_right: bool = True) -> str:
    def cell(lines: list[str], width: int, bold: bool) -> str:
        paras = "\n".join(_para(t, bold=bold or _is_capitals(t), align="center" if bold else None) for t in lines)
        return f"<td width={width} valign=top style='width:{width}pt;padding:0in 5.4pt 0in 5.4pt'>\n{paras}\n</td>"

    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0\n"
            " style='border-collapse:collapse'>\n<tr>\n"
            + cell(left, 220, False) + "\n" + cell(right, 260, bold_right) + "\n</tr>\n</table>")


def _grid_table(doc, rows) -> str:
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
           " style='border-collapse:collapse;border:none'>"]
    for i, ln in enumerate(rows):
        out.append("<tr>")
        for c in doc.cell_texts(ln):
            out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>\n"
                       + _para(c, bold=i == 0, align="center" if i == 0 or len(c) < 25 else None) + "\n</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def _wrap(block: str) -> str:
    """Break long source lines at spaces as Word does (the page reads the same)."""
    lines = []
    for line in block.split("\n"):
        lines.extend(textwrap.wrap(line, WIDTH, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(lines)


def render_legacy_htm(text: str, out_path: Path | str, fmt: str = "md", encoding: str = "tcvn3") -> Path:
    """Lay a plan's text out as a Word 2003 web page in TCVN3 or VNI bytes (see the module's docstring)."""
    global _font
    _font = FONTS[encoding]
    doc = normalize(read_text(text.encode("utf-8"), fmt))
    lines = doc.lines
    blocks: list[str] = []
    # the header block: issuer and number on the left, motto and place-date on the right
    left, right, k = [], [], 0
    while (k < len(lines) and not lines[k].is_row and not DOC_TYPE.match(lines[k].text)
           and not TYPE_AND_TITLE.match(lines[k].text)):
        t = lines[k].text
        (right if MOTTO.search(t) or PARTY_MOTTO.match(t) or PLACE_DATE.search(t) else left).append(t)
        k += 1
    if left or right:
        blocks.append(_layout_table(left, right))
    closing = next((i for i in range(k, len(lines)) if RECIPIENTS.match(lines[i].text)), None)
    signing = next((i for i in range(closing or k, len(lines)) if SIGNING.match(lines[i].text)), None)
    end = closing if closing is not None and signing is not None else len(lines)
    in_title = True
    while k < end:
        ln = lines[k]
        if ln.is_row:
            run = [ln]
            while k + len(run) < end and lines[k + len(run)].is_row and lines[k + len(run)].table_id == ln.table_id:
                run.append(lines[k + len(run)])
            blocks.append(_grid_table(doc, run))
            k += len(run)
            continue
        t = ln.text
        if in_title and (DOC_TYPE.match(t) or not t.lstrip("- ").startswith(("Căn cứ", "Thực hiện"))):
            m = TYPE_AND_TITLE.match(t)
            for part in ((m.group(1), m.group(m.lastindex)) if m else (t,)):
                blocks.append(_para(part, bold=True, align="center"))   # KẾ HOẠCH and its trích yếu
        else:
            in_title = False
            heading = bool(re.match(r"^[IVX]+\.\s", t))
            blocks.append(_para(t, bold=heading, align="justify", indent=not heading))
        k += 1
    if end < len(lines):
        blocks.append(_layout_table([ln.text for ln in lines[closing:signing]],
                                    [ln.text for ln in lines[signing:]]))
    title = html.escape(lines[0].text if lines else "", quote=False)
    page = HEAD.format(title=title, font=_font[0], capitals=_font[1]) + "\n".join(_wrap(b) for b in blocks) + TAIL
    data = (encode_vni if encoding == "vni" else encode_tcvn3)(page.replace("\n", "\r\n"))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(data)
    return out_path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    encoding = "tcvn3"
    if args[:1] == ["--vni"]:
        encoding, args = "vni", args[1:]
    if len(args) != 2:
        print(__doc__)
        return 2
    plan = Path(args[0])
    fmt = "md" if plan.suffix.lower() in (".md", ".markdown") else "txt"
    print(render_legacy_htm(plan.read_text(encoding="utf-8"), args[1], fmt, encoding))
    return 0


if __name__ == "__main__":
    sys.exit(main())
