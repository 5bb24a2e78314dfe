"""Fast scans for patterns that open with a look-behind or an alternation of look-arounds, and a
fast str.translate for long texts.

The regex engine cannot skip ahead in front of such a pattern, so `finditer` tries it at every
position of a long text. Where a match can only start at a few places that a plain substring
search finds (an opening quote, a level word, the "/" of a symbol), the extractors find those
places first and try the pattern there only; `matches_at` gives then what `finditer` would.

str.translate costs ~500 instructions a character on Vietnamese text; a numpy look-up table over
the Basic Multilingual Plane (numpy comes with pyarrow) a fixed ~50,000 and little per character,
~10x faster on a long text: `CharTable` is that table for a map of one character to one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator


def find_all(text: str, needles: Iterable[str]) -> list[int]:
    """Every position where one of the needles starts (plain substring search), unsorted."""
    out = []
    for w in needles:
        i = text.find(w)
        while i != -1:
            out.append(i)
            i = text.find(w, i + 1)
    return out


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """pattern.finditer(text) when every match starts at one of `starts`: the pattern tried at
    each start in order, none inside the match before it."""
    last = 0
    for p in sorted(set(starts)):
        if p < last or p < 0:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            last = m.end() if m.end() > p else p + 1


@lru_cache(maxsize=1)
def numpy_or_none() -> Any:
    """The numpy module, or None where it is missing (the fast paths then take the slow one)."""
    try:
        import numpy as np  # noqa: PLC0415
    except ImportError:  # pragma: no cover - pyarrow brings numpy
        return None
    return np


def bmp_codes(np: Any, text: str) -> Any:
    """The code points of text as a numpy uint16 array, or None when one lies beyond the Basic
    Multilingual Plane (its UTF-16 takes two units: the encoding is then longer than 2 per char)."""
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) != 2 * len(text):
        return None
    return np.frombuffer(data, dtype=np.uint16)


_UNSEEN, _NOT_ONE = 0xFFFFFFFF, 0xFFFFFFFE  # (above every code point: no character maps to them)


class CharMap(dict):
    """code point -> of(character), for str.translate and CharTable: filled on first sight of each
    character (a text holds few of the characters there are)."""

    def __init__(self, of: Callable[[str], str]) -> None:
        super().__init__()
        self.of = of

    def __missing__(self, cp: int) -> str:
        out = self[cp] = self.of(chr(cp))
        return out


class CharTable:
    """text.translate(chars) through a numpy table, filled from `chars` as characters are first
    seen (`chars` may be a dict whose __missing__ computes them)."""

    __slots__ = ("chars", "_lut")

    def __init__(self, chars: Mapping[int, str]) -> None:
        self.chars = chars
        self._lut: Any = None

    def translate(self, text: str) -> str | None:
        """text.translate(chars); None when numpy is missing, a character lies beyond the Basic
        Multilingual Plane, or one maps to other than one character (then str.translate does)."""
        np = numpy_or_none()
        if np is None:
            return None
        codes = bmp_codes(np, text)
        if codes is None:
            return None
        lut = self._lut
        if lut is None:
            lut = self._lut = np.full(0x10000, _UNSEEN, dtype=np.uint32)
        out = lut.take(codes)
        # the two marks are the two largest values: one pass (max) tells whether either is there,
        # where testing each apart took two comparisons of the whole text and two more passes
        if out.size and out.max() >= _NOT_ONE:
            unseen = out == _UNSEEN
            if unseen.any():
                for cp in np.unique(codes[unseen]).tolist():
                    try:
                        f = self.chars[cp]
                    except LookupError:   # (str.translate leaves such a character as it is)
                        f = chr(cp)
                    lut[cp] = ord(f) if isinstance(f, str) and len(f) == 1 else _NOT_ONE
                out = lut.take(codes)
            if (out == _NOT_ONE).any():
                return None
        return out.tobytes().decode("utf-32-le", "surrogatepass")
