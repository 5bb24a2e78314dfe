"""Mangled text gives the same tables: real plans of data/raw, each put through one mangling a real
file of that plan may have had (NFD from a Mac, the other tone placement, a converter's **bold**,
no-break spaces, soft hyphens and zero-width spaces inside words, the other style of quotes, CRLF,
TCVN3 or VNI bytes), read through extract_bytes and compared with the plan as it is, every table's
fields folded as the scorer compares them (no case, diacritics or punctuation).

(The full sweep over every plan, with re-wrapping and web pages, is a tool run outside the tests.)
"""
from __future__ import annotations

import random
import re
import unicodedata
import zlib
from pathlib import Path

import pytest

from pipeline.extract import extract_bytes
from pipeline.ingest.encodings import encode_tcvn3, encode_vni
from pipeline.ingest.text import decode

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"

# a laid-out table (columns parted by spaces), curly- and straight-quoted titles, a Party plan in
# Markdown, a legacy text saved again as UTF-8, guillemets, lists and tables of other provinces
PLANS = [
    "tuy-an-kinh-te-tap-the-2025.txt",
    "ba-ria-vung-tau-cai-cach-hanh-chinh-2025.md",
    "long-an-phong-chong-benh-dai-tren-nguoi-2025.txt",
    "dien-bien-hoi-huu-nghi-viet-lao-doi-ngoai-nhan-dan-2025.txt",
    "luc-ngan-hoi-phu-nu-cuoc-van-dong-phong-trao-thi-dua-2025.txt",
    "phu-giao-phuoc-vinh-thang-hanh-dong-nguoi-cao-tuoi-2024.txt",
    "an-giang-cd-nganh-giao-duc-cong-tac-cong-doan-2026.md",
    "huong-son-huyen-uy-nghi-quyet-dai-hoi-2025.md",
]

KEEP = {
    "documents": ["doc_type", "symbol", "number", "issuer", "admin_level", "locality", "district", "province",
                  "place", "issued_date", "title", "plan_year", "signer_name", "signer_title",
                  "signing_authority", "n_tasks"],
    "sections": ["section_id", "parent_id", "level", "marker", "heading", "kind"],
    "tasks": ["task_id", "section_id", "origin", "label", "text", "quarter", "deadline", "timing_text",
              "lead_units", "support_units"],
    "assignments": ["section_id", "units", "text", "deadline", "timing_text"],
    "references": ["kind", "symbol", "title", "year", "issued_date", "issuer", "relation"],
    "campaigns": ["name"],
    "recipients": ["recipient"],
}


def _fold(value):
    if isinstance(value, (list, tuple)):
        return tuple(_fold(v) for v in value)
    if not isinstance(value, str):
        return value
    text = "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("đ", "d").replace("Đ", "D").casefold()))


def _tables(data: bytes, name: str) -> dict:
    rows = extract_bytes(data, name).rows()
    return {t: [tuple(_fold(r[f]) for f in fields) for r in rows[t]] for t, fields in KEEP.items()}


TONE = "\u0300\u0301\u0303\u0309\u0323"
# the pairs whose tone sits in two styles: oa, oe (hòa/hoà, khỏe/khoẻ), uy but after q (thủy/thuỷ)
_ON_SECOND = re.compile(rf"(?<![\u0300-\u036f])(?:([oO])([aAeE])|(?<![qQ])([uU])([yY]))([{TONE}])"
                        r"(?![^\W\d_]|[\u0300-\u036f])")
_ON_FIRST = re.compile(rf"(?<![\u0300-\u036f])(?:([oO])([{TONE}])([aAeE])|(?<![qQ])([uU])([{TONE}])([yY]))"
                       r"(?![^\W\d_]|[\u0300-\u036f])")


def _other_tone_style(text: str) -> str:
    d = unicodedata.normalize("NFD", text)
    d = _ON_SECOND.sub(lambda m: (m[1] or m[3]) + m[5] + "\x01" + (m[2] or m[4]), d)
    d = _ON_FIRST.sub(lambda m: (m[1] + m[3] + m[2]) if m[1] else (m[4] + m[6] + m[5]), d)
    return unicodedata.normalize("NFC", d.replace("\x01", ""))


_HEADING = re.compile(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))\s")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _bold_headings(text: str, r: random.Random) -> str:
    return "\n".join(f"**{ln}**" if _HEADING.match(ln) and "*" not in ln and len(ln) < 120 and r.random() < 0.6
                     else ln for ln in text.split("\n"))


def _in_words(mark: str):
    def into(word: str, r: random.Random) -> str:
        if r.random() >= 0.12:
            return word
        k = r.randrange(1, len(word))
        return word[:k] + mark + word[k:]

    def mangle(text: str, r: random.Random) -> str:
        return _WORD.sub(lambda m: into(m[0], r), text)
    return mangle


def _other_quotes(text: str, r: random.Random) -> str:
    if any(q in text for q in "“”"):
        return text.replace("“", '"').replace("”", '"')
    parts = text.split('"')
    return "".join(p + ("" if k == len(parts) - 1 else "“”"[k % 2]) for k, p in enumerate(parts))


MANGLINGS = {
    "nfd": lambda t, r: unicodedata.normalize("NFD", t).encode(),
    "tone": lambda t, r: _other_tone_style(t).encode(),
    "bold": lambda t, r: _bold_headings(t, r).encode(),
    "nbsp": lambda t, r: "".join("\u00a0" if c == " " and r.random() < 0.2 else c for c in t).encode(),
    "zero_width_space": lambda t, r: _in_words("\u200b")(t, r).encode(),
    "soft_hyphen": lambda t, r: _in_words("\u00ad")(t, r).encode(),
    "quotes": lambda t, r: _other_quotes(t, r).encode(),
    "crlf": lambda t, r: t.replace("\n", "\r\n").encode(),
    # TCVN3 has no « » (their bytes are its ô Ô): a typist of that font typed “ ” instead
    "tcvn3": lambda t, r: encode_tcvn3(t.translate(str.maketrans("«»¹", "“”1"))),
    "vni": lambda t, r: encode_vni(t),
}
# a converter's ** never lands inside a table laid out with spaces (a text layer has no markup)
IMPOSSIBLE = {("tuy-an-kinh-te-tap-the-2025.txt", "bold")}

_BASE: dict[str, tuple[str, dict]] = {}


def _base(name: str) -> tuple[str, dict]:
    if name not in _BASE:
        text = decode((RAW / name).read_bytes()).replace("\r\n", "\n")
        _BASE[name] = text, _tables(text.encode(), "x/" + name)
    return _BASE[name]


@pytest.mark.parametrize("name", PLANS)
def test_h6mangle_mangled_plan_gives_the_same_tables(name):
    text, want = _base(name)
    differ = {}
    for kind, mangle in MANGLINGS.items():
        if (name, kind) in IMPOSSIBLE:
            continue
        data = mangle(text, random.Random(zlib.crc32((name + kind).encode())))
        got = _tables(data, "x/" + name)
        if got != want:
            differ[kind] = sorted(t for t in KEEP if got[t] != want[t])
    assert differ == {}
