"""Fast scans for patterns that open with a look-behind or an alternation of look-arounds.

The regex engine cannot skip ahead in front of such a pattern, so `finditer` tries it at every
position of a long text. Where a match can only start at a few places that a plain substring
search finds (an opening quote, a level word, the "/" of a symbol), the extractors find those
places first and try the pattern there only; `matches_at` gives then what `finditer` would.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator


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
