"""A compact memo for the extractors' functions of a line of text.

Most of what a worker does is run the same few dozen tests on each line of a plan, and most lines
recur: within a plan (each extractor looks at the header, the headings, the rows) and across plans
(the motto, "Nơi nhận:", the headings and rows of plans made from one template). Memoizing these
functions is what makes a warm worker fast. `functools.lru_cache` keeps each argument string alive
as its key, plus a linked-list node per entry, so its tables of lines grew a worker by about 57 MB
over 5,000 plans (two thirds of it keys and nodes). Here the key is the argument tuple's hash
and there is no list, which halves that at the same speed (figures in README, "Memory").

A string's hash is drawn at random per process (PYTHONHASHSEED), and a key is its low 60 bits
(see KEY_MASK), so a line not in a table finds another's entry with odds of the table's size over
2^60 (at most 2^-44 a lookup): over a worker's tens of millions of lookups, at most about one
batch in a million. Numbers are another matter: their hashes are fixed and -1 hashes as -2, so two argument
tuples differing only in a -1 where the other has -2 would share a result. The functions memoized
here take text and, beside it, only flags, None, years, dates, spans of dates and compiled patterns,
none of which can be negative; a function of signed numbers keeps functools.lru_cache. (A check
for -1 on every call would cost more than the memo saves on short lines.)

Eviction is by generations, not by recency: new entries go to the young table; when it holds half
of `maxsize` it becomes the old one (the previous old one dropped) and a fresh young table starts.
A hit in the old table moves the entry back to the young one, so what every plan uses (the motto,
the usual headings) survives while a line seen once ages out. At most `maxsize` entries are held.
"""
from __future__ import annotations

import inspect
from functools import update_wrapper
from typing import Any, Callable, NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MISSING = object()
_SAME = object()  # a one-parameter function's result that equals its argument (see memo)
# The keys are a hash's low 60 bits: an int of two 30-bit digits, a 32-byte object, where a full
# 64-bit hash takes three digits and pymalloc's 48-byte class (the key is a third of an entry).
KEY_MASK = (1 << 60) - 1


def _one_parameter(fn: Callable) -> bool:
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False
    return len(params) == 1 and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                                     inspect.Parameter.POSITIONAL_OR_KEYWORD)


class MemoInfo(NamedTuple):
    maxsize: int
    currsize: int


def memo(maxsize: int) -> Callable[[F], F]:
    """Decorator: memoize a function of text (see the module's notes) keeping at most `maxsize`
    results. The wrapper has `cache_clear()` and `cache_info()` (maxsize, currsize) as lru_cache's."""
    if maxsize < 2:
        raise ValueError("memo needs room for two generations")
    half = maxsize // 2

    def decorate(fn: F) -> F:
        young: dict[int, Any] = {}
        old: dict[int, Any] = {}

        def wrapper(*args, **kwargs):
            nonlocal young, old
            key = (hash((args, frozenset(kwargs.items()))) if kwargs else hash(args)) & KEY_MASK
            value = young.get(key, _MISSING)
            if value is not _MISSING:
                return value
            value = old.get(key, _MISSING)
            if value is _MISSING:
                value = fn(*args, **kwargs)
            if len(young) >= half:
                old, young = young, {}
            young[key] = value
            return value

        if _one_parameter(fn):  # most are functions of one line: no tuple to pack, and a str keeps its hash
            def wrapper(arg):
                nonlocal young, old
                key = hash(arg) & KEY_MASK
                value = young.get(key, _MISSING)
                if value is not _MISSING:
                    return arg if value is _SAME else value
                value = old.get(key, _MISSING)
                if value is _MISSING:
                    value = fn(arg)
                    # a result equal to its argument (a symbol already in its usual form, a name
                    # already toned the modern way) is kept as _SAME, not as a second string
                    if value.__class__ is str and value == arg and arg.__class__ is str:
                        value = _SAME
                if len(young) >= half:
                    old, young = young, {}
                young[key] = value
                return arg if value is _SAME else value

        def cache_clear() -> None:
            young.clear()
            old.clear()

        def cache_info() -> MemoInfo:
            return MemoInfo(maxsize, len(young) + len(old))

        update_wrapper(wrapper, fn)
        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


class TextTable:
    """The same two-generation table for a module that fills its memo in bulk (normalize's folds of
    a document's lines, computed in one pass): `get(text)`, `put(text, value)`, keyed by hash."""

    __slots__ = ("half", "young", "old")

    def __init__(self, maxsize: int) -> None:
        self.half = max(1, maxsize // 2)
        self.young: dict[int, Any] = {}
        self.old: dict[int, Any] = {}

    def get(self, text: str) -> Any:
        key = hash(text) & KEY_MASK
        value = self.young.get(key)
        if value is None:
            value = self.old.get(key)
            if value is not None:
                self.put_key(key, value)
        return value

    def __contains__(self, text: str) -> bool:
        key = hash(text) & KEY_MASK
        return key in self.young or key in self.old

    def put(self, text: str, value: Any) -> None:
        self.put_key(hash(text) & KEY_MASK, value)

    def put_key(self, key: int, value: Any) -> None:
        if len(self.young) >= self.half:
            self.old, self.young = self.young, {}
        self.young[key] = value

    def clear(self) -> None:
        self.young.clear()
        self.old.clear()

    def __len__(self) -> int:
        return len(self.young) + len(self.old)
