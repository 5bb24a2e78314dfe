"""Render a plan as the PDF Word prints from a document typed in the TCVN3 (.VnTime) fonts: the
layout of tests/render.py, but every paragraph's text is the font's bytes (encode_tcvn3) as their
Windows-1252 characters, set in fonts embedded under the legacy names (".VnTime", ".VnTime,Bold";
".VnTimeH" for paragraphs in capitals and for each toned capital inside a sentence, as typists set
them), so the text layer carries what a real one does: "KÕ ho¹ch" with the font name on each
character ("AAAAAA+.VnTime"). The glyphs are Liberation Serif's (no TCVN3 font is installed here),
renamed with fontTools: the page looks like mojibake, the text layer is the real thing.

    render_legacy_pdf(text, out_path, fmt="md", keep_unicode=lambda text: False, encoding="tcvn3")

encoding="vni" sets the text in VNI bytes under "VNI-Times" fonts (a base letter, then its mark).
capitals_font=predicate: only the paragraphs it accepts are set in .VnTimeH; every other one, its
toned capitals and its headings typed with Caps Lock included, in .VnTime (a typist who never
switched fonts: "KÕ HO¹CH" prints "Kế HOạCH").

Paragraphs `keep_unicode` accepts stay in Unicode (Liberation Serif under its own name).

font_swapped=True prints the file after someone set the whole text in a Unicode font without
converting it (Times New Roman over .VnTime): the same characters ("KÕ ho¹ch"), but under the
Unicode font's name, so nothing in the PDF says they are legacy text. encoding="utf-8" (only with
font_swapped) sets the UTF-8 bytes of the text as their Windows-1252 characters ("Káº¿ hoáº¡ch"), as
a UTF-8 file opened as Windows-1252 and printed shows them. caps_lock=False: the paragraphs set in
.VnTimeH were typed with Caps Lock off (the font draws capitals either way), so the text holds
small letters ("ñy ban nh©n d©n"), which a swapped font prints as such.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import render  # noqa: E402
from pipeline.ingest.encodings import TCVN3_CASELESS, encode_tcvn3, encode_vni  # noqa: E402
from render_legacy_docx import as_word_chars  # noqa: E402

SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-{}.ttf"
LEGACY_FONTS = {"VnT": (".VnTime", "Regular"), "VnT-Bold": (".VnTime,Bold", "Bold"),
                "VnT-Italic": (".VnTime,Italic", "Italic"), "VnT-BoldItalic": (".VnTime,BoldItalic", "BoldItalic"),
                "VnH": (".VnTimeH", "Regular"), "VnH-Bold": (".VnTimeH,Bold", "Bold"),
                "VnH-Italic": (".VnTimeH,Italic", "Italic"), "VnH-BoldItalic": (".VnTimeH,BoldItalic", "BoldItalic"),
                "Vni": ("VNI-Times", "Regular"), "Vni-Bold": ("VNI-Times-Bold", "Bold"),
                "Vni-Italic": ("VNI-Times-Italic", "Italic"), "Vni-BoldItalic": ("VNI-Times-BoldItalic", "BoldItalic")}
_TONED_CAPITAL = re.compile("([" + "".join(sorted(c.upper() for c in TCVN3_CASELESS)) + "])")
_registered = False


def _register() -> None:
    global _registered
    if _registered:
        return
    from fontTools.ttLib import TTFont as FTFont
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    tmp = Path(tempfile.mkdtemp(prefix="vnfonts-"))
    for reg, (ps, style) in LEGACY_FONTS.items():
        font = FTFont(SERIF.format(style))
        for rec in font["name"].names:
            if rec.nameID in (1, 4, 6, 16):
                rec.string = ps.split(",")[0] if rec.nameID in (1, 16) else ps
        path = tmp / f"{reg}.ttf"
        font.save(str(path))
        pdfmetrics.registerFont(TTFont(reg, str(path)))
    _registered = True


def _legacy_markup(text: str, style, encoding: str = "tcvn3",
                   capitals_font: Callable[[str], bool] | None = None, font_swapped: bool = False,
                   caps_lock: bool = True) -> str:
    name = style.fontName
    suffix = name[len(render.FONT):] if name.startswith(render.FONT) else ""
    if encoding == "utf-8":
        return f'<font name="{name}">{escape(as_word_chars(text.encode("utf-8")))}</font>'
    if encoding == "vni":   # VNI has capitals of its own: one font
        return f'<font name="{name if font_swapped else "Vni" + suffix}">{escape(as_word_chars(encode_vni(text)))}</font>'
    small, caps = ("VnT" + suffix, "VnH" + suffix) if not font_swapped else (name, name)
    if capitals_font is not None:   # a typist who set .VnTimeH only on these paragraphs
        in_caps = capitals_font(text)
        font = caps if in_caps else small
        typed = text.lower() if in_caps and not caps_lock else text
        return f'<font name="{font}">{escape(as_word_chars(encode_tcvn3(typed)))}</font>'
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        typed = text if caps_lock else text.lower()
        return f'<font name="{caps}">{escape(as_word_chars(encode_tcvn3(typed)))}</font>'
    out = []
    for i, piece in enumerate(_TONED_CAPITAL.split(text)):
        if piece:
            out.append(f'<font name="{caps if i % 2 else small}">{escape(as_word_chars(encode_tcvn3(piece)))}</font>')
    return "".join(out)


def render_legacy_pdf(text: str, out_path: Path | str, fmt: str = "md",
                      keep_unicode: Callable[[str], bool] = lambda text: False, encoding: str = "tcvn3",
                      capitals_font: Callable[[str], bool] | None = None, font_swapped: bool = False,
                      caps_lock: bool = True) -> Path:
    from reportlab.platypus import Paragraph

    _register()
    original = render._p

    def legacy_p(t: str, style):
        if not t.strip() or keep_unicode(t) or "\ue000" in t:
            return original(t, style)
        return Paragraph(_legacy_markup(t, style, encoding, capitals_font, font_swapped, caps_lock).replace("\n", "<br/>"), style)

    from reportlab.platypus import paragraph

    render._p = legacy_p
    # byte 0xAD is TCVN3's ư, a letter Word draws and writes to the text layer; reportlab would
    # take U+00AD for an optional hyphen and leave it out
    shy, paragraph._shy = paragraph._shy, "\U0010fffd"
    try:
        return render.render_pdf(text, out_path, fmt)
    finally:
        render._p = original
        paragraph._shy = shy


if __name__ == "__main__":
    print(render_legacy_pdf(Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[2]))
