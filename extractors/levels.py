"""The administrative level words, named once: how each is printed and folded, its rank, its
abbreviations, and the word lists and regex alternations the extractors build from them.

    >>> alternation(LEVELS, folded=True)
    'thanh pho|thi xa|thi tran|dac khu|tinh|huyen|quan|xa|phuong'
    >>> [lv.printed for lv in of_rank(DISTRICT)]
    ['huyện', 'quận', 'thị xã', 'thành phố']

This module imports nothing of the project: every other module may import it.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Collection, Iterable

__all__ = ["COMMUNE", "DISTRICT", "PROVINCE", "Level", "LEXICON", "BY_PRINTED", "TOP_DOWN", "LEVELS",
           "LEVELS_BOTTOM_UP", "COMMUNE_LEVELS", "DISTRICT_LEVELS", "PROVINCE_LEVELS", "DISTRICT_ONLY_LEVELS",
           "BELOW_PROVINCE", "TWO_LEVEL_ONLY", "HAMLET_PLACE_NOUNS", "of_rank", "printed", "folded",
           "longest_first", "alternation", "fold_level"]

# Ranks, bottom up (the audit compares plans by them: a commune's plan answers to its district's).
COMMUNE, DISTRICT, PROVINCE = 1, 2, 3


def fold_level(word: str) -> str:
    """A level word without its marks, in lower case: "Đặc khu" -> "dac khu"."""
    s = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass(frozen=True)
class Level:
    printed: str                       # lower case, as printed: "thị xã"
    ranks: frozenset[int]              # "thành phố": a centrally-run city (a province) or a provincial one
    abbreviations: tuple[str, ...] = ()  # folded, printed with or without a dot: "tp" ("TP. Vinh")
    initial: str | None = None         # one letter and a dot ("Q. Ba Đình"): read only where a unit must stand
    not_before: str | None = None      # what after it makes it another noun ("đặc khu kinh tế")
    two_level_only: bool = False       # exists only in the two-level system (from July 2025)

    @property
    def folded(self) -> str:
        return fold_level(self.printed)

    @property
    def rank(self) -> int:
        """The highest rank it can stand for."""
        return max(self.ranks)

    @property
    def lowest_rank(self) -> int:
        return min(self.ranks)


# The province, the levels below it in the order the unit list types them, a provincial city
# ("thành phố") last among the districts, then the communes.
LEXICON: tuple[Level, ...] = (
    Level("tỉnh", frozenset({PROVINCE})),
    Level("huyện", frozenset({DISTRICT}), initial="h"),
    Level("quận", frozenset({DISTRICT}), initial="q"),
    Level("thị xã", frozenset({DISTRICT}), ("tx",)),
    Level("thành phố", frozenset({DISTRICT, PROVINCE}), ("tp",)),
    Level("xã", frozenset({COMMUNE})),
    Level("phường", frozenset({COMMUNE})),
    Level("thị trấn", frozenset({COMMUNE})),
    # a special zone: a commune-level unit of the two-level system; "đặc khu kinh tế" is a special
    # economic zone, a common noun
    Level("đặc khu", frozenset({COMMUNE}), not_before="kinh tế", two_level_only=True),
)
BY_PRINTED: dict[str, Level] = {lv.printed: lv for lv in LEXICON}


def of_rank(rank: int) -> tuple[Level, ...]:
    """The levels that can stand for `rank`, in LEXICON order."""
    return tuple(lv for lv in LEXICON if rank in lv.ranks)


def printed(levels: Iterable[Level]) -> tuple[str, ...]:
    return tuple(lv.printed for lv in levels)


def folded(levels: Iterable[Level]) -> tuple[str, ...]:
    return tuple(lv.folded for lv in levels)


# Top down, each level at its highest rank, "tỉnh" first (LEVELS.index compares two levels).
TOP_DOWN: tuple[Level, ...] = tuple(sorted(LEXICON, key=lambda lv: (lv.rank, lv.lowest_rank), reverse=True))
LEVELS: tuple[str, ...] = printed(TOP_DOWN)
# Bottom up, each level at its highest rank.
LEVELS_BOTTOM_UP: tuple[str, ...] = printed(sorted(LEXICON, key=lambda lv: lv.rank))
COMMUNE_LEVELS: tuple[str, ...] = printed(of_rank(COMMUNE))
DISTRICT_LEVELS: tuple[str, ...] = printed(of_rank(DISTRICT))
PROVINCE_LEVELS: tuple[str, ...] = printed(of_rank(PROVINCE))
# The district levels that never name a province ("thành phố" may be a central city)
DISTRICT_ONLY_LEVELS: tuple[str, ...] = tuple(lv for lv in DISTRICT_LEVELS if lv not in PROVINCE_LEVELS)
# The levels a unit below a province is named by ("thành phố", which may be the province, and
# "tỉnh" left out), bottom up.
BELOW_PROVINCE: tuple[str, ...] = printed(lv for lv in sorted(LEXICON, key=lambda lv: lv.rank) if lv.rank < PROVINCE)
TWO_LEVEL_ONLY: frozenset[str] = frozenset(lv.printed for lv in LEXICON if lv.two_level_only)
# Below a commune, no level of government: the kinds of hamlet and residential block a commune's
# people live in (a plan's "cấp thôn", "BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG", "Trưởng các khu dân cư").
HAMLET_PLACE_NOUNS: tuple[str, ...] = ("thôn", "xóm", "bản", "ấp", "buôn", "khu phố", "tổ dân phố", "khu dân cư")


def _by_words(levels: Iterable[Level]) -> list[Level]:
    """Longest first (in words), else in the order given: a one-word level may end a two-word one
    ("xã" in "thị xã")."""
    return sorted(levels, key=lambda lv: -len(lv.printed.split()))


def longest_first(levels: Iterable[Level | str] = TOP_DOWN) -> tuple[str, ...]:
    """The levels as printed, two-word ones first (for a search that takes the first that fits)."""
    return printed(_by_words(_levels(levels)))


def _levels(levels: Iterable[Level | str]) -> Iterable[Level]:
    return (BY_PRINTED[x] if isinstance(x, str) else x for x in levels)


def alternation(levels: Iterable[Level | str] = TOP_DOWN, *, folded: bool = False, capitalized: bool = False,
                space: str = " ", abbreviations: bool | Collection[str] = False, guard: bool = False) -> str:
    """The levels as a regex alternation (no group), longest first.

    folded: without marks ("thi xa"); capitalized: "Thị xã"; space: the regex between two words
    (r"\\s+"); abbreviations: each level's folded abbreviations (True, or the ones named) after it,
    with an optional dot ("tp\\.?"); guard: a level that is another noun before some words is
    not matched there ("dac khu(?! kinh te)")."""
    out = []
    for lv in _by_words(_levels(levels)):
        word = lv.folded if folded else lv.printed
        if capitalized:
            word = word[:1].upper() + word[1:]
        alt = space.join(word.split())
        if guard and lv.not_before:
            after = fold_level(lv.not_before) if folded else lv.not_before
            alt += f"(?!{space}{space.join(after.split())})"
        out.append(alt)
        if abbreviations:
            out.extend(rf"{a}\.?" for a in lv.abbreviations if abbreviations is True or a in abbreviations)
    return "|".join(out)
