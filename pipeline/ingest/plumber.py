"""pdfplumber's page objects, the characters built without its general-purpose walk.

pdfplumber turns every pdfminer layout object into a dict (`Page.parse_objects`, one
`process_object` call per object through a generator): for each of the object's attributes a
closure call, a set lookup and a recursive `resolve_all` (which rebuilds every tuple), then the
colour space's name decoded byte by byte. On a text page nearly every object is a character whose
attributes are plain numbers, strings and a tuple of numbers, and that walk costs more than
pdfminer's own reading of the content stream. `fast_chars` gives a document's pages a
`parse_objects` that builds a character's dict directly — the same keys in the same order, equal
values, the objects in the same order — and hands every other object (lines, rects, curves,
images, figures) and any character with an attribute that needs resolving to pdfplumber's own
`process_object`.

It mirrors pdfplumber 0.11 (tests/test_pdf.py compares the two on real pages); another release
line keeps pdfplumber's own walk (`SUPPORTED`): its dicts may have changed, and the reader's output
must not.
"""
from __future__ import annotations

from types import MethodType

SUPPORTED = ("0.11.",)

_PLAIN = frozenset({float, int, bool, str, type(None)})
_PLAIN_TUPLE = _PLAIN | {tuple}
_NUMBERS = frozenset({float, int})
_ready: tuple | None = None


def _setup() -> tuple | None:
    global _ready
    if _ready is None:
        import pdfplumber
        from pdfminer.layout import LTChar, LTContainer
        from pdfplumber.page import ALL_ATTRS
        from pdfplumber.utils.pdfinternals import resolve_and_decode

        ok = pdfplumber.__version__.startswith(SUPPORTED)
        _ready = (LTChar, LTContainer, frozenset(ALL_ATTRS), resolve_and_decode) if ok else ()
    return _ready or None


def fast_chars(pdf) -> None:
    """Give each page of an open pdfplumber document the fast character path (a no-op on an
    unsupported pdfplumber)."""
    if _setup() is None:
        return
    for page in pdf.pages:
        page.parse_objects = MethodType(_parse_objects, page)


def _parse_objects(page) -> dict[str, list[dict]]:
    """What pdfplumber's `Page.parse_objects` gives, its characters built by `_char`."""
    lt_char, lt_container, attrs, resolve_and_decode = _ready
    objects: dict[str, list[dict]] = {}
    mb_x0, mb_top = page.mediabox[:2]
    # (what process_object reads off the page for each object: fixed while the page is parsed)
    consts = (attrs, page.page_number, page.height, mb_x0, mb_top, page.initial_doctop,
              page.pdf.unicode_norm, resolve_and_decode)
    nested = page.pdf.laparams is not None

    def add(obj: dict) -> None:
        kind = obj["object_type"]
        if kind != "anno":
            objects.setdefault(kind, []).append(obj)

    def walk(layout_objects) -> None:
        chars = objects.get("char")
        for obj in layout_objects:
            if type(obj) is lt_char:
                attr = _char(obj, consts) or page.process_object(obj)
                if chars is None:
                    chars = objects.setdefault("char", [])
                chars.append(attr)
            elif isinstance(obj, lt_container):
                if nested:
                    add(page.process_object(obj))
                walk(obj._objs)
                chars = objects.get("char")
            else:
                add(page.process_object(obj))

    walk(page.layout._objs)
    return objects


_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}  # an LTChar's attribute names → those pdfplumber keeps


def _char(obj, consts) -> dict | None:
    """pdfplumber's dict of an LTChar, or None when an attribute needs pdfplumber's resolving."""
    attrs, page_number, height, mb_x0, mb_top, doctop, unicode_norm, resolve_and_decode = consts
    d = obj.__dict__
    shape = tuple(d)
    keys = _KEYS.get(shape)
    if keys is None:
        keys = tuple(k for k in shape if k in attrs)
        if len(_KEYS) < 64:
            _KEYS[shape] = keys
    attr = {k: d[k] for k in keys}
    vals = attr.values()
    types = set(map(type, vals))
    if not types <= _PLAIN:
        # resolve_all rebuilds a tuple of numbers (the glyph's matrix) as an equal tuple; anything
        # else (a reference, a list, a dict) is left to pdfplumber's own walk
        if not types <= _PLAIN_TUPLE:
            return None
        for v in vals:
            if type(v) is tuple and not _NUMBERS.issuperset(map(type, v)):
                return None
    attr["object_type"] = "char"
    attr["page_number"] = page_number
    if "ncs" in d or hasattr(obj, "ncs"):
        attr["ncs"] = _decoded(obj.ncs.name, resolve_and_decode)
    if "scs" in d or hasattr(obj, "scs"):
        attr["scs"] = _decoded(obj.scs.name, resolve_and_decode)
    text = obj.get_text()
    if unicode_norm is not None:
        from pdfplumber.utils.text import normalize_unicode

        text = normalize_unicode(unicode_norm, text)
    attr["text"] = text
    gs = obj.graphicstate
    attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
    attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
    if "y0" in attr:
        attr["top"] = top = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = doctop + top
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


_NAMES: dict[str, str] = {}


def _decoded(name, resolve_and_decode):
    """A colour space's name as pdfplumber decodes it (a handful in all: kept)."""
    if type(name) is not str:
        return resolve_and_decode(name)
    got = _NAMES.get(name)
    if got is None:
        got = resolve_and_decode(name)
        if len(_NAMES) < 256:
            _NAMES[name] = got
    return got
