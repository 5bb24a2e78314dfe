"""Turn a Unicode .docx (tests/render_docx.py) into the same plan typed in the legacy Vietnamese
fonts, as Word stores it: each run's text is the font's bytes (encode_tcvn3 / encode_vni) written as
their Windows-1252 characters (the five bytes cp1252 leaves undefined as U+0081 … controls; byte
0xAD, TCVN3's ư, as a w:softHyphen element, which is how Word saves U+00AD), and
the font is named in one of three ways Word uses:

    how="run"      w:rFonts ascii/hAnsi on every legacy run (".VnTime"; ".VnTimeH" for a run in
                   capitals, typed in small letters, and for each toned capital inside a sentence,
                   which a typist sets in the capitals font for that one letter)
    how="style"    a paragraph style "VnThuong" (.VnTime) on the legacy paragraphs, and a character
                   style "VnHoa" (.VnTimeH) on the runs in capitals
    how="default"  the document defaults (docDefaults) in .VnTime, the Normal style without a font;
                   Unicode paragraphs name "Times New Roman" on their runs, capitals runs .VnTimeH

Paragraphs whose text `keep_unicode` accepts stay in Unicode Times New Roman (an office's partial
migration: the header retyped, the Nơi nhận pasted from a newer plan). Inside the legacy
paragraphs, what `unicode_spans` (a regex) finds is a run of its own in Unicode Times New Roman:
the words an editor retyped after 2010 (a date, a unit's name, a sentence) in an old .VnTime file;
what `keyboard_spans` finds was typed with a Unicode keyboard without changing the font: Unicode
text in a run that still names the legacy font (or none, inheriting it).
capitals_font=predicate: a typist who never switched fonts for a toned capital: the paragraphs it
accepts are set in .VnTimeH (typed in small letters), every other one wholly in .VnTime, its toned
capitals stored in small letters ("huyện ứng Hòa" as printed). encoding="vni" uses the VNI-Times
font (VNI has capitals of its own: no capitals font).

    legacy_docx(src_docx, out_docx, how="run", encoding="tcvn3", keep_unicode=lambda text: False,
                unicode_spans=None, capitals_font=None, keyboard_spans=None)

`fonts_swapped(docx, out)` renames the legacy fonts Times New Roman, the bytes left unconverted.
"""
from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.ingest.encodings import TCVN3_CASELESS, encode_tcvn3, encode_vni  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def as_word_chars(data: bytes) -> str:
    """A legacy font's bytes as the characters Word stores for them."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _set_font(r, name: str | None = None, style: str | None = None) -> None:
    rpr = r.find(q("rPr"))
    if rpr is None:
        rpr = r.makeelement(q("rPr"), {})
        r.insert(0, rpr)
    if style:
        st = rpr.makeelement(q("rStyle"), {q("val"): style})
        rpr.insert(0, st)
    if name:
        for old in rpr.findall(q("rFonts")):
            rpr.remove(old)
        fonts = rpr.makeelement(q("rFonts"), {q("ascii"): name, q("hAnsi"): name, q("cs"): name})
        rpr.insert(1 if style else 0, fonts)


def _split_capitals(r, text: str) -> list:
    """The run cut so that each toned capital (which .VnTime cannot draw) is a run of its own."""
    pieces = re.split(r"([" + "".join(sorted(c.upper() for c in TCVN3_CASELESS)) + "])", text)
    if len(pieces) == 1:
        return [(r, text, False)]
    out = []
    for i, piece in enumerate(pieces):
        if not piece:
            continue
        nr = copy.deepcopy(r)
        for t in nr.findall(q("t")):
            nr.remove(t)
        out.append((nr, piece, i % 2 == 1))
    return out


def _unicode_pieces(text: str, spans: "re.Pattern[str] | None",
                    keyboard: "re.Pattern[str] | None" = None) -> list[tuple[str, str | None]]:
    """(piece, how it stays in Unicode: "font" in Times New Roman, "keyboard" in the legacy font,
    None not) of a run's text cut where `spans` or `keyboard` finds the retyped words."""
    found = [(m.start(), m.end(), "font") for m in spans.finditer(text)] if spans else []
    found += [(m.start(), m.end(), "keyboard") for m in keyboard.finditer(text)] if keyboard else []
    out, at = [], 0
    for start, end, kind in sorted(found):
        if start < at or end == start:
            continue
        if start > at:
            out.append((text[at:start], None))
        out.append((text[start:end], kind))
        at = end
    if at < len(text):
        out.append((text[at:], None))
    return out


def legacy_docx(src: Path | str, out: Path | str, how: str = "run", encoding: str = "tcvn3",
                keep_unicode: Callable[[str], bool] = lambda text: False,
                unicode_spans: "re.Pattern[str] | None" = None,
                capitals_font: Callable[[str], bool] | None = None,
                keyboard_spans: "re.Pattern[str] | None" = None) -> Path:
    import docx

    document = docx.Document(str(src))
    encode = encode_tcvn3 if encoding == "tcvn3" else encode_vni
    small = ".VnTime" if encoding == "tcvn3" else "VNI-Times"
    capitals = ".VnTimeH" if encoding == "tcvn3" else "VNI-Times"
    styles = document.styles.element
    normal = None
    for st in styles.findall(q("style")):
        if st.get(q("styleId")) == "Normal":
            normal = st
    if how == "style":
        for sid, kind, font in (("VnThuong", "paragraph", small), ("VnHoa", "character", capitals)):
            st = styles.makeelement(q("style"), {q("type"): kind, q("styleId"): sid})
            st.append(st.makeelement(q("name"), {q("val"): sid}))
            if kind == "paragraph":
                st.append(st.makeelement(q("basedOn"), {q("val"): "Normal"}))
            rpr = st.makeelement(q("rPr"), {})
            rpr.append(rpr.makeelement(q("rFonts"), {q("ascii"): font, q("hAnsi"): font}))
            st.append(rpr)
            styles.append(st)
    elif how == "default":
        defaults = styles.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
        for old in defaults.findall(q("rFonts")):
            defaults.remove(old)
        defaults.insert(0, defaults.makeelement(q("rFonts"), {q("ascii"): small, q("hAnsi"): small}))
        if normal is not None and normal.find(q("rPr")) is not None:
            for old in normal.find(q("rPr")).findall(q("rFonts")):
                normal.find(q("rPr")).remove(old)
    body = document.element.body
    for p in body.iter(q("p")):
        text = "".join(t.text or "" for t in p.iter(q("t")))
        if not text.strip():
            continue
        if keep_unicode(text):
            if how == "default":
                for r in p.iter(q("r")):
                    _set_font(r, "Times New Roman")
            continue
        if how == "style":
            ppr = p.find(q("pPr"))
            if ppr is None:
                ppr = p.makeelement(q("pPr"), {})
                p.insert(0, ppr)
            if ppr.find(q("pStyle")) is None:
                ppr.insert(0, ppr.makeelement(q("pStyle"), {q("val"): "VnThuong"}))
            else:   # a numbered paragraph keeps its list style: the font goes on its runs
                for r in p.iter(q("r")):
                    _set_font(r, small)
        para_caps = capitals_font(text) if capitals_font is not None and encoding == "tcvn3" else None
        for r in list(p.iter(q("r"))):
            ts = r.findall(q("t"))
            if not ts:
                continue
            run_text = "".join(t.text or "" for t in ts)
            parts = []
            for piece_text, unicode in _unicode_pieces(run_text, unicode_spans, keyboard_spans):
                if unicode:
                    parts.append((copy.deepcopy(r), piece_text, unicode))
                    continue
                caps_run = _in_capitals(piece_text) and encoding == "tcvn3"
                if para_caps is not None:
                    parts.append((copy.deepcopy(r), piece_text, para_caps))
                elif caps_run or encoding == "vni":
                    parts.append((copy.deepcopy(r), piece_text, caps_run))
                else:
                    parts.extend((copy.deepcopy(nr), piece, cap) for nr, piece, cap in _split_capitals(r, piece_text))
            parent = r.getparent()
            at = parent.index(r)
            parent.remove(r)
            for k, (nr, piece, cap) in enumerate(parts):
                for t in nr.findall(q("t")):
                    nr.remove(t)
                if cap in ("font", "keyboard"):   # retyped in Unicode: the text as it is
                    t = nr.makeelement(q("t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
                    t.text = piece
                    nr.append(t)
                    if cap == "font":
                        _set_font(nr, "Times New Roman")
                    elif how == "run":
                        _set_font(nr, small)
                    parent.insert(at + k, nr)
                    continue
                # Word saves byte 0xAD (TCVN3 ư, an optional hyphen in Unicode) as w:softHyphen
                for j, chunk in enumerate(as_word_chars(encode(piece)).split("\xad")):
                    if j:
                        nr.append(nr.makeelement(q("softHyphen"), {}))
                    if chunk:
                        t = nr.makeelement(q("t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
                        t.text = chunk
                        nr.append(t)
                if cap and how == "style":
                    _set_font(nr, style="VnHoa")
                elif cap:
                    _set_font(nr, capitals)
                elif how == "run":
                    _set_font(nr, small)
                parent.insert(at + k, nr)
    out = Path(out)
    document.save(str(out))
    return out


def fonts_swapped(src: Path | str, out: Path | str, font: str = "Times New Roman") -> Path:
    """The document with every legacy font (.VnTime, .VnTimeH, .VnArial, VNI-Times) renamed `font`:
    a user without those fonts selected all and chose a Unicode one, leaving the legacy bytes
    unconverted, so the text shows as Windows-1252 letters ("KÕ ho¹ch", "Keá hoaïch")."""
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith(".xml"):
                data = re.sub(rb'"(?:\.VnTime|\.VnArial|VNI-Times)H?"', f'"{font}"'.encode(), data)
            zout.writestr(item, data)
    return Path(out)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--how", default="run", choices=("run", "style", "default"))
    ap.add_argument("--vni", action="store_true")
    ap.add_argument("--keep", default="", help="regex: paragraphs it finds stay in Unicode")
    ap.add_argument("--spans", default="", help="regex: words it finds in legacy paragraphs stay in Unicode")
    ap.add_argument("--capitals", default="", help="regex: only paragraphs it finds are set in .VnTimeH")
    ap.add_argument("--keyboard", default="", help="regex: words it finds typed in Unicode, the font kept")
    a = ap.parse_args(argv)
    keep = re.compile(a.keep) if a.keep else None
    caps = re.compile(a.capitals) if a.capitals else None
    legacy_docx(a.src, a.out, a.how, "vni" if a.vni else "tcvn3",
                (lambda t: bool(keep.search(t))) if keep else (lambda t: False),
                re.compile(a.spans) if a.spans else None,
                (lambda t: bool(caps.search(t))) if caps else None,
                re.compile(a.keyboard) if a.keyboard else None)
    print(a.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
