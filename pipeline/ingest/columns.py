"""Two-column blocks of a page: the issuer beside the national motto, "Số: …" beside the place and
date, "Nơi nhận:" beside the signer. Laid out as one visual line, such a block would read
"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …" — so its left column's lines are given first, then its right
column's, the order a reader (and the header extractor) expects.

The PDF text-layer reader and the OCR reader find the same blocks in different material (pdfplumber
words in points, Tesseract words in pixels), so the search is written once here and each reader
passes its measurements as a `ColumnRules`:

1. a row whose gap is wide enough (`seed`) opens a block split at that gap [lo, hi];
2. the block grows down, then up, over rows that split at a gap overlapping [lo, hi] (`split`;
   [lo, hi] narrows to the overlap) or sit wholly in one column (`side`), and stops at any other
   row or where `near` says the row is too far from its neighbour, and at a row that is the
   document's type name alone ("KẾ HOẠCH", "QUYẾT ĐỊNH"): the template sets it under the header
   block, centred, but a typist who sets it flush left or pushes it in by tabs puts it inside
   one column, and the header reader would find it among the issuer's lines;
3. a block that is a header block (`eligible`: the top of page 1, or the words of a header) gives
   its left lines then its right lines; another wide-gapped row keeps its words together.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Sequence, TypeVar

from pipeline.document import RawLine

Row = TypeVar("Row")


@dataclass(frozen=True)
class ColumnRules(Generic[Row]):
    words: Callable[[Row], list]                                # the row's words, left to right
    span: Callable[[object], tuple[float, float]]               # a word's left and right edge
    top: Callable[[Row], float]
    text: Callable[[Row], str]                                  # the row's words joined
    seed: Callable[[Row], tuple[float, float, int] | None]      # (gap start, gap end, first right word)
    split: Callable[[Row, float, float], int | None]            # first right word when the row splits in [lo, hi]
    side: Callable[[Row, float, float], str | None]             # "left" / "right": the row sits in one column
    raw: Callable[[list], RawLine]                              # words → one line
    eligible: Callable[[Row, str], bool]                        # (first row of the block, its text)
    near: Callable[[Row, Row], bool] = lambda row, neighbour: True  # may `row` join the block at all


def is_type_line(text: str) -> bool:
    from extractors.header import type_of_line  # (the header reader knows the type names and their OCR damage)

    hit = type_of_line(text)
    return hit is not None and not hit[1]


def column_blocks(rows: Sequence[Row], rules: ColumnRules[Row]) -> list[tuple[float, list[RawLine]]]:
    """Rows (top to bottom) → (top, lines) blocks: header blocks split into their columns, every
    other row a block of one line. Blocks come in the rows' order of first appearance."""
    assigned: list[tuple[str, int | None] | None] = [None] * len(rows)  # ("both", k) / ("left"|"right", None)
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        seed = None if assigned[i] is not None else rules.seed(rows[i])
        if seed is None:
            i += 1
            continue
        lo, hi, k = seed
        assigned[i] = ("both", k)
        start = end = i
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(rows) and assigned[j] is None:
                cand = rows[j]
                if not rules.near(cand, rows[j - step]):
                    break
                split = rules.split(cand, lo, hi)
                if split is not None:
                    words = rules.words(cand)
                    ga, gb = rules.span(words[split - 1])[1], rules.span(words[split])[0]
                    if max(lo, ga) < min(hi, gb):
                        lo, hi = max(lo, ga), min(hi, gb)
                    assigned[j] = ("both", split)
                else:
                    side = rules.side(cand, lo, hi)
                    if side is None or is_type_line(rules.text(cand)):
                        break
                    assigned[j] = (side, None)
                j += step
            if step == 1:
                end = j - 1
            else:
                start = j + 1
        regions.append((start, end))
        i = end + 1

    blocks: list[tuple[float, list[RawLine]]] = []
    in_region: set[int] = set()
    for start, end in regions:
        members = range(start, end + 1)
        in_region.update(members)
        text = " ".join(rules.text(rows[m]) for m in members)
        if not rules.eligible(rows[start], text):
            for m in members:  # an ordinary line with a wide gap: keep it whole
                blocks.append((rules.top(rows[m]), [rules.raw(rules.words(rows[m]))]))
            continue
        left: list[RawLine] = []
        right: list[RawLine] = []
        for m in members:
            kind, k = assigned[m]
            words = rules.words(rows[m])
            if kind == "both":
                left.append(rules.raw(words[:k]))
                right.append(rules.raw(words[k:]))
            elif kind == "left":
                left.append(rules.raw(words))
            else:
                right.append(rules.raw(words))
        blocks.append((rules.top(rows[start]), left + right))
    for n, row in enumerate(rows):
        if n not in in_region:
            blocks.append((rules.top(row), [rules.raw(rules.words(row))]))
    return blocks

