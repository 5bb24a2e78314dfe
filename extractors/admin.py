"""Administrative units: which official unit an issuer's (level, name) is, using vietnamadminunits.

    resolve_unit("xã", "Dương Quang", text)  -> AdminMatch(province="Hưng Yên", district="Mỹ Hào",
                                                 province_code="33", district_code="328",
                                                 ward_code="12112", ...)
    new_unit("Hưng Yên", "Mỹ Hào", "Dương Quang") -> the post-July-2025 two-level unit (dict)

Names repeat across the country (three "Dương Quang", four "Vĩnh Tuy"), so a name alone rarely
decides. Like eyecite's resolver, a unit is resolved only when exactly one candidate fits the
other places the text names ("thị xã Mỹ Hào", "tỉnh Hưng Yên", "Thủ đô"); otherwise the codes stay
None. What the text says outright (one district, one province named with their level words) is
still reported, without codes.

The data is the package's legacy (63-province, three-level) table in data/dataset.db, read once.
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from extractors import levels
from extractors.textscan import find_all, matches_at
from pipeline.memo import memo

__all__ = ["preload", "AdminMatch", "resolve_unit", "new_unit", "fold_key", "names_area", "LEVELS"]

# --------------------------------------------------------------------------- vocabulary
# Level words as printed (lower case) -> the row type in the package's data (extractors.levels).
# "đặc khu" (special zone): a commune-level unit of the two-level system (from July 2025), listed only in
# the current data, never in the legacy one
WARD_LEVELS = {lv: lv.capitalize() for lv in levels.COMMUNE_LEVELS}
DISTRICT_LEVELS = {lv: lv.capitalize() for lv in levels.DISTRICT_LEVELS}
PROVINCE_LEVELS = {lv: lv.capitalize() for lv in levels.PROVINCE_LEVELS}
LEVELS = levels.LEVELS
# Levels that exist only in the two-level system: a unit of one is read from the current list
TWO_LEVEL_ONLY = levels.TWO_LEVEL_ONLY
# The levels the legacy list types a unit below a province by (its types in brackets, its keys)
_LEGACY_BELOW_PROVINCE = tuple(lv for lv in levels.DISTRICT_LEVELS + levels.COMMUNE_LEVELS
                               if lv not in TWO_LEVEL_ONLY)

# "Thủ đô" alone means Hà Nội; "Thành phố" capitalised alone means a centrally-run city.
CAPITAL_KEY = "thanhphohanoi"
MUNICIPAL_KEYS = frozenset({"thanhphohanoi", "thanhphohochiminh", "thanhphohaiphong", "thanhphodanang",
                            "thanhphocantho", "thanhphohue"})


@dataclass(frozen=True)
class AdminMatch:
    """The unit an issuer belongs to. Codes are set only when the unit was resolved."""
    level: str | None = None            # as asked: "xã", "huyện", …
    name: str | None = None             # the unit's official short name when resolved: "Dương Quang"
    province: str | None = None         # "Hưng Yên" (no "Tỉnh"/"Thành phố")
    district: str | None = None         # "Mỹ Hào"; None when the unit is a district or above
    province_code: str | None = None
    district_code: str | None = None
    ward_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    resolved: bool = False              # True when exactly one official unit fitted


# --------------------------------------------------------------------------- folding
def fold_char(c: str) -> str:
    """One character without marks or case (đ → d), always one character, so that offsets into a
    text folded character by character are offsets into the text; one whose decomposition holds
    several letters (a Hangul syllable) only lower-cased."""
    d = unicodedata.normalize("NFD", c)
    base = "".join(x for x in d if not unicodedata.combining(x))
    base = base.replace("đ", "d").replace("Đ", "D").lower()
    return base if len(base) == 1 else c.lower()


@memo(1024)  # (the warm-up keys the ~10,000 unit names through it; a plan asks for ~7 keys, nearly
# all of names already seen: over 5,000 bench plans 1,024 entries missed 0.01 a plan more than 4,096)
def fold_key(name: str | None) -> str:
    """Compact comparison key of a place name: 'Quảng Hoà' -> 'quanghoa'."""
    if not name:
        return ""
    # FOLD_TABLE is fold_char over every letter that folds; the others only lower (what is left
    # of them is no a-z or digit): one translate instead of a call per character, which matters
    # when the ~10,000 names of the unit list are keyed at start-up
    return _NOT_KEY.sub("", unicodedata.normalize("NFC", name).translate(FOLD_TABLE).lower())


_NOT_KEY = re.compile(r"[^a-z0-9]")


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        f = fold_char(c)
        if f != c:
            table[cp] = f
    return table


FOLD_TABLE = _fold_table()


@lru_cache(maxsize=1)
def _fold_lut():
    """FOLD_TABLE as a numpy lookup array over UTF-16 code units (None without numpy): folds a
    long text ~30x faster. Surrogates map to themselves, so characters beyond U+FFFF stay."""
    try:
        import numpy as np  # noqa: PLC0415
    except ImportError:  # pragma: no cover - numpy comes with pandas
        return None
    lut = np.arange(0x10000, dtype=np.uint16)
    for cp, folded in FOLD_TABLE.items():  # (all below U+1F00, folded to below it too)
        lut[cp] = ord(folded)
    return np, lut


@lru_cache(maxsize=16)
def fold_cached(text: str) -> str:
    """The text folded character for character (same length): for cue matching."""
    return fold_nfc(text)


def fold_nfc(text: str) -> str:
    """NFC, then FOLD_TABLE applied character for character (fold_cached without its tiny cache)."""
    if text.isascii():  # (FOLD_TABLE holds no ASCII character but A-Z, which it lowers)
        return text.lower()
    if len(text) <= _SHORT_TEXT:
        return _fold_short(text)
    return _fold_nfc(text)


_SHORT_TEXT = 400  # lines and cells: the header and closing fold the same ones over and over
# (longer texts are folded each time: they rarely recur, and are big to keep)


@memo(8192)
def _fold_short(text: str) -> str:
    return _fold_nfc(text)


@lru_cache(maxsize=4)
def is_nfc_text(text: str) -> bool:
    """unicodedata.is_normalized("NFC", text) of a whole document's text, asked once: its fold and
    the closing's caption search (extractors.closing) both ask it of the same text."""
    return unicodedata.is_normalized("NFC", text)


def _fold_nfc(text: str) -> str:
    if not (is_nfc_text(text) if len(text) > _SHORT_TEXT else unicodedata.is_normalized("NFC", text)):
        text = unicodedata.normalize("NFC", text)
    # str.translate costs ~500 instructions a character on Vietnamese text; the numpy table
    # wins from about fifty characters on
    fast = _fold_lut() if len(text) >= 64 else None
    if fast is None:
        return text.translate(FOLD_TABLE)
    np, lut = fast
    codes = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    out = lut.take(codes).tobytes().decode("utf-16-le", "surrogatepass")
    # a lone high surrogate followed by a lone low one (two characters) decodes as one: then
    # the text is folded the slow way
    return out if len(out) == len(text) else text.translate(FOLD_TABLE)


# --------------------------------------------------------------------------- data
@dataclass(frozen=True)
class _Unit:
    kind: str                 # "ward" | "district" | "province"
    type: str                 # "Xã", "Huyện", "Tỉnh", "Thành phố", …
    name: str                 # short name: "Dương Quang"
    full: str                 # "Xã Dương Quang"
    province_key: str
    province: str             # short: "Hưng Yên"
    province_full: str
    province_code: str
    district_key: str | None
    district: str | None
    district_full: str | None
    district_code: str | None
    ward_code: str | None
    lat: float | None
    lon: float | None


class _Index:
    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], list[_Unit]] = {}      # (kind, key) -> units
        self.alias: dict[tuple[str, str], list[_Unit]] = {}       # former names
        self.provinces: dict[str, _Unit] = {}                       # province key -> unit
        self.districts: dict[str, _Unit] = {}                       # district code -> unit
        self.province_names: dict[str, str] = {}                    # folded name -> province key


_INDEX: _Index | None = None
_LOCK = threading.Lock()


def _db_path() -> Path:
    # located without importing the package (its import loads every parser table)
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("vietnamadminunits")
    return Path(spec.origin).parent / "data" / "dataset.db"


def _alias_keys(raw: str | None) -> list[str]:
    if not raw:
        return []
    return re.findall(r'"([a-z0-9]+)"', raw)


# The package tells apart two units of one name in one province by their type in brackets ("Cao
# Lãnh (Huyện)" and "Cao Lãnh (Thành phố)", "Mỹ An (Thị trấn)"): plans print the name alone, with
# its level word beside it, which the candidates' types are checked against.
TYPE_IN_NAME = re.compile(rf"\s*\((?:{levels.alternation(_LEGACY_BELOW_PROVINCE, capitalized=True)})\)$")


# A legacy unit's key opens with its type's ("thixa…", "tinh…")
_TYPE_KEY = re.compile("^(?:" + levels.alternation(_LEGACY_BELOW_PROVINCE + ("tỉnh",), folded=True, space="") + ")")


def _strip_type(alias_key: str) -> str:
    return _TYPE_KEY.sub("", alias_key)


# A province's name before it was renamed, as plans issued before then print it: the package lists the unit
# under its new name only ("Thừa Thiên Huế" became the centrally-run Thành phố Huế on 1 January 2025, the
# same code 46), so the former name points at the same unit.
FORMER_PROVINCE_NAMES = {"Thừa Thiên Huế": "thanhphohue", "Thừa Thiên - Huế": "thanhphohue"}


def _load() -> _Index:
    global _INDEX
    if _INDEX is not None:
        return _INDEX
    with _LOCK:
        if _INDEX is not None:
            return _INDEX
        idx = _Index()
        con = sqlite3.connect(f"file:{_db_path()}?mode=ro", uri=True)
        try:
            rows = con.execute(
                "SELECT province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey,"
                " district, districtShort, districtType, districtCode, districtLat, districtLon,"
                " districtKey, districtAlias,"
                " ward, wardShort, wardType, wardCode, wardLat, wardLon, wardAlias"
                " FROM admin_units_legacy").fetchall()
        finally:
            con.close()

        def add(table: dict, kind: str, key: str, unit: _Unit) -> None:
            lst = table.setdefault((kind, key), [])
            if unit not in lst:
                lst.append(unit)

        for (p_full, p_short, p_code, p_lat, p_lon, p_key, d_full, d_short, d_type, d_code, d_lat,
             d_lon, d_key, d_alias, w_full, w_short, w_type, w_code, w_lat, w_lon, w_alias) in rows:
            if d_short and d_short.endswith(")"):
                d_short = TYPE_IN_NAME.sub("", d_short)
            if w_short and w_short.endswith(")"):
                w_short = TYPE_IN_NAME.sub("", w_short)
            if p_key not in idx.provinces:
                p_type = "Thành phố" if p_full.startswith("Thành phố") else "Tỉnh"
                pu = _Unit("province", p_type, p_short, p_full, p_key, p_short, p_full, p_code,
                           None, None, None, None, None, p_lat, p_lon)
                idx.provinces[p_key] = pu
                add(idx.by_key, "province", fold_key(p_short), pu)
            if d_code and d_code not in idx.districts:
                du = _Unit("district", d_type, d_short, d_full, p_key, p_short, p_full, p_code,
                           d_key, d_short, d_full, d_code, None, d_lat, d_lon)
                idx.districts[d_code] = du
                add(idx.by_key, "district", fold_key(d_short), du)
                for a in _alias_keys(d_alias):
                    add(idx.alias, "district", _strip_type(a), du)
            if w_code:
                wu = _Unit("ward", w_type, w_short, w_full, p_key, p_short, p_full, p_code,
                           d_key, d_short, d_full, d_code, w_code, w_lat, w_lon)
                add(idx.by_key, "ward", fold_key(w_short), wu)
                for a in _alias_keys(w_alias):
                    add(idx.alias, "ward", _strip_type(a), wu)

        idx.province_names = {" ".join(fold_cached(pu.name).split()): key
                              for key, pu in idx.provinces.items()}
        for former, key in FORMER_PROVINCE_NAMES.items():
            if key in idx.provinces:
                add(idx.by_key, "province", fold_key(former), idx.provinces[key])
                idx.province_names[" ".join(fold_cached(former).split())] = key
        _INDEX = idx
        return idx


_CURRENT: tuple[dict[tuple[str, str], list[_Unit]], frozenset[str]] | None = None


def _current() -> tuple[dict[tuple[str, str], list[_Unit]], frozenset[str]]:
    """The current (two-level, July 2025) list: its communes and wards by (type, key), and the keys
    of its 34 provinces; read once on first use, as only plans written after the reform ask."""
    global _CURRENT
    if _CURRENT is None:
        with _LOCK:
            if _CURRENT is None:
                con = sqlite3.connect(f"file:{_db_path()}?mode=ro", uri=True)
                try:
                    rows = con.execute("SELECT province, provinceShort, provinceCode, provinceKey, ward,"
                                       " wardShort, wardType FROM admin_units").fetchall()
                finally:
                    con.close()
                table: dict[tuple[str, str], list[_Unit]] = {}
                for p_full, p_short, p_code, p_key, w_full, w_short, w_type in rows:
                    u = _Unit("ward", w_type, w_short, w_full, p_key, p_short, p_full, p_code,
                              None, None, None, None, None, None, None)
                    table.setdefault((w_type, fold_key(w_short)), []).append(u)
                _CURRENT = table, frozenset(u.province_key for units in table.values() for u in units)
    return _CURRENT


@lru_cache(maxsize=1)
def _current_iy() -> dict[tuple[str, str], list[_Unit]]:
    """The current list's communes and wards whose name has a y, by (type, iy_key) (see _iy_index)."""
    out: dict[tuple[str, str], list[_Unit]] = {}
    for (w_type, key), units in _current()[0].items():
        if "y" in key:
            out.setdefault((w_type, iy_key(units[0].name)), []).extend(units)
    return out


def _current_respelled(w_type: str, key: str, locality: str) -> list[_Unit]:
    """The current list's units of `w_type` spelled with the other i/y (see _IY_SYLLABLE)."""
    alt = iy_key(locality)
    units = list(_current()[0].get((w_type, alt), [])) if alt != key else []
    return units + [u for u in _current_iy().get((w_type, alt), []) if u not in units]


@lru_cache(maxsize=1)
def _merged_from() -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], frozenset[str]]]:
    """What the 2025 reform merged, from the package's converter table: the legacy provinces each
    current province took in (by key), and the legacy districts (folded names, no level word) each
    current commune or ward was formed from (by its province's key and its own typed key)."""
    data = json.loads((_db_path().parent / "converter_2025.json").read_text(encoding="utf-8"))
    provinces = {k: frozenset(v) for k, v in data["DICT_PROVINCE"].items()}
    districts: dict[tuple[str, str], set[str]] = {}
    for p_key, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for w_key, olds in wards.items():
            districts.setdefault((p_key, fold_key(w_key)), set()).update(_strip_type(o.split("_")[1]) for o in olds)
    for p_key, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():   # (a legacy commune split among several new ones; a few of
            for n in news:               # their keys are printed unfolded: "xãcẩmgiàng")
                districts.setdefault((p_key, fold_key(n["newWardKey"])), set()).add(_strip_type(old.split("_")[1]))
    return provinces, {k: frozenset(v) for k, v in districts.items()}


def _fit_former_units(cands: list[_Unit], ev: _Evidence) -> list[_Unit]:
    """Of current namesakes the text gives no current province for, the ones formed from the former
    province or district the text names ("xã Cẩm Giàng … huyện Cẩm Giàng, tỉnh Hải Dương (cũ)":
    Hải Phòng's, not Thái Nguyên's); all of them when it names none."""
    provinces, districts = _merged_from()
    scored = []
    for u in cands:
        s = 1 if ev.typed_provinces & provinces.get(u.province_key, frozenset()) else 0
        if ev.district_keys & districts.get((u.province_key, fold_key(u.full)), frozenset()):
            s += 1
        scored.append((s, u))
    best = max(s for s, _ in scored)
    return [u for s, u in scored if s == best] if best > 0 else cands


@lru_cache(maxsize=1)
def _current_province_keys() -> frozenset[str]:
    """The folded short names of the 34 provinces of the current list."""
    return frozenset(fold_key(u.province) for units in _current()[0].values() for u in units)


def preload() -> None:
    """Load now the tables of the two-level (July 2025) list that only plans written after the
    reform ask for: a batch's fork server calls this once so that its workers share them."""
    _current_province_keys()
    _merged_from()


# --------------------------------------------------------------------------- evidence
# The level words (folded, with their abbreviations) a district or a province is named by; "Thủ đô"
# names Hà Nội.
_DISTRICT_WORDS = tuple(w for lv in levels.of_rank(levels.DISTRICT) for w in (lv.folded, *lv.abbreviations))
_PROVINCE_WORDS = tuple(w for lv in levels.of_rank(levels.PROVINCE)
                        for w in (lv.folded, *lv.abbreviations)) + ("thu do",)
_TYPED_WORDS = tuple(dict.fromkeys(_DISTRICT_WORDS + _PROVINCE_WORDS))
_DISTRICT_ONLY = frozenset(levels.fold_level(lv) for lv in levels.DISTRICT_ONLY_LEVELS)
# A level word in folded text; the name after it is read with CAPITALISED on the printed text
# ("huyện Quảng Hòa lần thứ II" -> "Quảng Hòa").
TYPED_PLACE = re.compile(  # \b(huyen|quan|…)\b\.?\s*, each word's \b written after its first letter:
    # a pattern opening with letters is searched fast, one opening with \b is tried everywhere
    "(" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in _TYPED_WORDS)
    + r")\b\.?\s*")
_UPPER = "A-ZĐÐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# Up to four capitalised words (or numbers) of the printed text: a place's name.
CAPITALISED = re.compile(rf"[{_UPPER}0-9][\w']*(?: [{_UPPER}0-9][\w']*){{0,3}}")
_NAME_START = frozenset("0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _UPPER[3:])  # CAPITALISED's first
DISTRICT_WORDS = frozenset(_DISTRICT_WORDS)
PROVINCE_WORDS = frozenset(_PROVINCE_WORDS)
# The Party committee or the Youth Union of a unit, printed between its level word and its name
# (as printed: "Đoan Hùng" is a district).
ORGAN_AFTER_LEVEL = re.compile(r"(?:[ủỦ][yY]|[uU][ỷỶ]|[đĐ][oO][àÀ][nN])\s+")
LOWER_UNIT_BEFORE = re.compile(rf"(?:{levels.alternation(levels.BELOW_PROVINCE, folded=True)})\s+$")


# "cũ" (former) after a unit's name, or after the province that follows it: "huyện Lâm Thao cũ",
# "huyện Bắc Mê, tỉnh Hà Giang (cũ)"
FORMER_MARK = re.compile(rf"(?:\s*,\s*(?:tỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ)\s+"
                         rf"[{_UPPER}][\w']*(?: [{_UPPER}][\w']*){{0,3}})?\s*\(?\s*(?:cũ|CŨ)(?!\w)")


def _typed_places(f: str):
    """TYPED_PLACE.finditer(f), tried only where one of its words is printed (found by plain
    substring search, far faster than the regex engine trying every position)."""
    return matches_at(TYPED_PLACE, f, find_all(f, _TYPED_WORDS))


# A place the text goes to or acts in, before a province's level word: "tại", "ở", "đến", "tới", "về" ("học
# tập kinh nghiệm tại tỉnh Quảng Nam"). Unfolded: folded, "thiên tai tỉnh X" (a disaster's "tai", "Ban Chỉ huy
# phòng, chống thiên tai tỉnh X") would read as "tại tỉnh X", and "tội"/"tôi", "vệ" fold as "tới", "về" do.
PLACE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|đến|tới|về)\s+$", re.IGNORECASE)


class _Evidence:
    """The places a text names, computed once per text and then asked per candidate."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.f = fold_cached(text)
        self.typed_provinces: set[str] = set()     # province keys named with a level word
        # …of those, the ones named once at least otherwise than as a place the plan goes to or acts
        # in ("tham quan mô hình tại tỉnh Nghệ An" in a Hà Tĩnh district's plan): only these speak
        # against the one unit its name fits
        self.owning_provinces: set[str] = set()
        self.districts: dict[str, str] = {}        # compact key -> printed name, typed mentions
        # the keys of every leading run of two or more of those words: an upper-case header runs
        # on into the next column ("HUYỆN TAM NÔNG ĐOÀN TNCS …"), yet names "Tam Nông"
        self.district_keys: set[str] = set()
        # …of those, the ones named at least once as they are, not as former units only ("huyện Lâm
        # Thao cũ", "huyện Lục Yên, tỉnh Yên Bái (cũ)": districts the 2025 reform abolished)
        self.current_district_keys: set[str] = set()
        self._bare: dict[str, bool] = {}
        idx = _load()
        f = self.f
        seen: set[tuple[str, str, bool]] = set()
        for m in _typed_places(f):
            word = m.group(1)
            placed = word in PROVINCE_WORDS and PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            if word == "thu do":
                self.typed_provinces.add(CAPITAL_KEY)
                if not placed:
                    self.owning_provinces.add(CAPITAL_KEY)
                continue
            at = m.end()
            organ = ORGAN_AFTER_LEVEL.match(text, at)   # "Huyện ủy X", "HUYỆN ĐOÀN X" name X
            if organ is not None:
                at = organ.end()
            if text[at:at + 1] not in _NAME_START:
                continue  # (most level words are followed by a lower-case word: "cơ quan chuyên môn")
            cm = CAPITALISED.match(text, at)
            if cm is None:
                continue
            start, end = cm.span()
            former = word in DISTRICT_WORDS and ("cũ" in text[end:end + 48] or "CŨ" in text[end:end + 48]) \
                and FORMER_MARK.match(text, end) is not None
            if (word, cm.group(), former, placed) in seen:   # plans repeat their places: read each once
                continue
            seen.add((word, cm.group(), former, placed))
            words = f[start:end].split()
            if word in PROVINCE_WORDS:
                for n in range(len(words), 0, -1):
                    key = idx.province_names.get(" ".join(words[:n]))
                    if key:
                        self.typed_provinces.add(key)
                        if not placed:
                            self.owning_provinces.add(key)
                        break
            if word in DISTRICT_WORDS:
                if words[0].isdigit():   # "Quận 3": numbered units are named with their level word
                    if word in _DISTRICT_ONLY:
                        printed = text[m.start():m.start() + len(word)] + " " + words[0]
                        self._note_district(fold_key(printed), printed[:1].upper() + printed[1:], former=former)
                    continue
                # a run in capitals may go on into the next column ("HUYỆN TAM NÔNG ĐOÀN TNCS …"):
                # its leading words name the district too; a run in mixed case is the name itself
                # ("huyện Tân Phú Đông" does not name Tân Phú)
                printed = text[start:end]
                if printed.endswith(" CŨ"):   # ("HUYỆN LÂM THAO CŨ": the capitals took the mark in)
                    printed, words, former = printed[:-3], words[:-1], True
                prefixes = ["".join(words[:n]) for n in range(2, len(words))] if printed.isupper() else []
                self._note_district("".join(words), printed, prefixes, former)
        self._municipal: bool | None = None

    def _note_district(self, key: str, printed: str, prefixes: list[str] | tuple = (), former: bool = False) -> None:
        self.districts.setdefault(key, printed)
        self.district_keys.add(key)
        self.district_keys.update(prefixes)
        if not former:
            self.current_district_keys.add(key)
            self.current_district_keys.update(prefixes)
        self._municipal: bool | None = None

    @property
    def municipal_hint(self) -> bool:
        """"Thành phố" with a capital T and no name after it: a centrally-run city itself."""
        if self._municipal is None:
            text, pos, found = self.text, 0, False
            while not found:
                j = text.find("Thành phố", pos)
                if j < 0:
                    break
                pos = j + 1
                rest = text[j + 9:j + 11].lstrip()
                found = (j == 0 or not text[j - 1].isalnum()) and not (rest[:1].isupper() or rest[:1].isdigit())
            self._municipal = found
        return self._municipal

    def names_province(self, key: str) -> bool:
        """Is the province named at all: with its level word, bare, or as "Thủ đô"?"""
        if key in self.typed_provinces:
            return True
        if key not in self._bare:
            name = " ".join(fold_cached(_load().provinces[key].name).split())
            f, found, pos = self.f, False, 0
            while not found:
                j = f.find(name, pos)   # a plain substring search first: fast
                if j < 0:
                    break
                pos = j + 1
                k = j + len(name)
                if (j and f[j - 1].isalnum()) or (k < len(f) and f[k].isalnum()):
                    continue
                found = not LOWER_UNIT_BEFORE.search(f[max(0, j - 12):j])
            self._bare[key] = found
        return self._bare[key]


@lru_cache(maxsize=8)
def _evidence(text: str) -> _Evidence:
    return _Evidence(text)


def _support(u: _Unit, ev: _Evidence) -> int:
    s = 0
    if ev.names_province(u.province_key):
        s += 1
    elif ev.municipal_hint and u.province_key in MUNICIPAL_KEYS:
        s += 1
    if u.kind == "ward" and u.district and fold_key(u.district) in ev.district_keys:
        s += 1
    return s


def _choose(cands: list[_Unit], ev: _Evidence | None, need_support: bool) -> _Unit | None:
    """The one candidate the text supports best, or None when that is not exactly one."""
    if not cands:
        return None
    if ev is None:
        return cands[0] if len(cands) == 1 and not need_support else None
    scored = [(_support(u, ev), u) for u in cands]
    best = max(s for s, _ in scored)
    top = [u for s, u in scored if s == best]
    if best > 0:
        return top[0] if len(top) == 1 else None
    if need_support or len(cands) != 1:
        return None
    # one candidate, nothing in the text for it: accept unless the text names another province
    # with its level word, not only as a place it goes to (owning_provinces), and never this one
    return None if ev.owning_provinces - {cands[0].province_key} else cands[0]


# A syllable whose whole rhyme is i or y after its consonants: "Quí"/"Quý", "Kì"/"Kỳ", "Lí"/"Lý",
# "Mĩ"/"Mỹ", "Sĩ"/"Sỹ" are one syllable in the older and the newer spelling, and local documents
# keep the older one the official list may not ("xã Mỹ Quí" is the list's "Mỹ Quý" of Tháp Mười).
# Not "uy" after a consonant ("Thủy", "Tuy"): that rhyme has no i spelling.
_IY_SYLLABLE = re.compile(r"(?:qu|[bcdghklmnprstvx]+)y$")


def iy_key(name: str | None) -> str:
    """fold_key with every such final y read as i: the key both spellings share."""
    if not name:
        return ""
    words = unicodedata.normalize("NFC", name).translate(FOLD_TABLE).lower().split()
    return _NOT_KEY.sub("", "".join(w[:-1] + "i" if w[-1:] == "y" and _IY_SYLLABLE.match(w) else w
                                    for w in words))


@lru_cache(maxsize=1)
def _iy_index() -> dict[tuple[str, str], list[_Unit]]:
    """The legacy wards and districts by (kind, iy_key) where that key is not their fold_key: built
    on the first name the list does not hold, as only then is another spelling asked for."""
    out: dict[tuple[str, str], list[_Unit]] = {}
    for (kind, key), units in _load().by_key.items():
        if kind == "province" or not units or "y" not in key:
            continue   # (a name without a y is keyed the same both ways)
        alt = iy_key(units[0].name)
        if alt != key:
            out.setdefault((kind, alt), []).extend(units)
    return out


def _respelled_units(kind: str, key: str, locality: str) -> list[_Unit]:
    """The legacy units of `kind` spelled with the other i/y (see _IY_SYLLABLE), when the printed
    name has such a syllable."""
    alt = iy_key(locality)
    units = list(_load().by_key.get((kind, alt), [])) if alt != key else []
    return units + [u for u in _iy_index().get((kind, alt), []) if u not in units]


def _of_type(idx, kind: str, key: str, locality: str, unit_type: str) -> tuple[list[_Unit], list[_Unit]]:
    """The units of `kind` keyed `key` (else, with no former name so keyed, those spelled with the
    other i/y): (those of unit_type, the others and the former names)."""
    found = idx.by_key.get((kind, key), [])
    former = idx.alias.get((kind, key), [])
    if not found and ("y" in key or "i" in key) and not former:
        found = _respelled_units(kind, key, locality)
    return [u for u in found if u.type == unit_type], [u for u in found if u.type != unit_type] + former


def _candidates(level: str, key: str, locality: str) -> tuple[list[_Unit], list[_Unit]]:
    """(strict candidates, fallback candidates: former names and other unit types)."""
    idx = _load()
    level = level.lower()
    strict: list[_Unit] = []
    loose: list[_Unit] = []
    if level in WARD_LEVELS:
        strict, loose = _of_type(idx, "ward", key, locality, WARD_LEVELS[level])
    else:
        if level in DISTRICT_LEVELS:
            strict, loose = _of_type(idx, "district", key, locality, DISTRICT_LEVELS[level])
        if level in PROVINCE_LEVELS:
            for u in idx.by_key.get(("province", key), []):
                if level == "tỉnh" or u.type == "Thành phố":
                    strict.append(u)
    # keep exact-diacritic matches when the printed name has diacritics and some candidates match it
    printed = unicodedata.normalize("NFC", locality).lower()
    if len(strict) > 1 and printed != "".join(map(fold_char, printed)):
        exact = [u for u in strict if u.name.lower() == printed]
        if exact:
            strict = exact
    seen: list[_Unit] = []
    for u in loose:
        if u not in strict and u not in seen:
            seen.append(u)
    return strict, seen


def _stated(ev: _Evidence | None, level: str, two_level: bool = False) -> tuple[str | None, str | None]:
    """District and province that the text states outright (exactly one of each named).

    two_level: a province merged away in 2025 that the text names is a former one, not the unit's."""
    if ev is None:
        return None, None
    idx = _load()
    province = None
    typed = ev.owning_provinces
    if two_level and level in WARD_LEVELS:
        typed = typed & _current()[1]
    if len(typed) == 1:
        province = idx.provinces[next(iter(typed))].name
    district = None
    if level in WARD_LEVELS:
        province_keys = {n.replace(" ", "") for n in idx.province_names}
        names = {k: v for k, v in ev.districts.items() if k not in province_keys and len(v.split()) > 1}
        if len(names) == 1:
            district = next(iter(names.values()))
    return district, province


def _names_a_district(ev: _Evidence) -> bool:
    """Does the text name a legacy district as it is, not as a former one ("huyện Ân Thi", not
    "huyện Lục Yên cũ")? A province's name after "thành phố" is no district."""
    idx = _load()
    return any(("district", k) in idx.by_key and ("province", k) not in idx.by_key
               for k in ev.current_district_keys)


# --------------------------------------------------------------------------- the unit above
def names_area(name: str | None) -> bool:
    """Does `name` (any case, any spelling of its tones) name a district or a province?"""
    key = fold_key(name)
    idx = _load()
    return bool(key) and (("district", key) in idx.by_key or ("province", key) in idx.by_key)


def area_names(name: str | None) -> list[str]:
    """The official names of the districts and provinces `name` names (any case, any tones)."""
    key = fold_key(name)
    idx = _load()
    return [u.name for kind in ("district", "province") for u in idx.by_key.get((kind, key), [])] if key else []


def is_listed(level: str, name: str) -> bool:
    """Does the official list (the three-level one, or the current communes) hold a unit of `level`
    named `name`, whatever its province?"""
    key = fold_key(f"{level} {name}" if name.isdigit() else name)
    if _candidates(level, key, name)[0]:
        return True
    return level in WARD_LEVELS and bool(_current()[0].get((WARD_LEVELS[level], key)))


def names_listed(level_words: Iterable[str], words: Sequence[str], least: int = 1) -> bool:
    """Do the words after a level word, the first `least` of them or more, name a unit the official
    list holds at one of `level_words`? It tells a syllable of a place's name from a word that would
    end the name or open a body ("XÃ TÂN HỘI" beside "HỘI NÔNG DÂN", "xã bằng thành" beside "bằng
    nhiều hình thức"), the caller giving as many words as a name may run to."""
    return any(is_listed(level, " ".join(words[:n])) for n in range(least, len(words) + 1) for level in level_words)


def district_in(name: str, province: str) -> tuple[str, str] | None:
    """(level, official name) of the one district-level unit called `name` in `province` (a header
    printing a branch's district with no level word: "KHO BẠC NHÀ NƯỚC QUỲNH LƯU" under Nghệ An's),
    or None when the province has none or more than one by that name."""
    key, pkey = fold_key(name), fold_key(province)
    units = [u for u in _load().by_key.get(("district", key), []) if fold_key(u.province) == pkey]
    levels_of = {v: k for k, v in DISTRICT_LEVELS.items()}
    if len(units) != 1 or units[0].type not in levels_of:
        return None
    return levels_of[units[0].type], units[0].name


def district_named(name: str | None) -> tuple[str, str, str] | None:
    """(level, official name, province) of the one district-level unit of the three-level list
    called `name` in the whole country (a district department printing no unit, dated at its
    district's name: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" … "Tuy An, ngày …"), or None when none or
    several are."""
    key = fold_key(name)
    units = _load().by_key.get(("district", key), []) if key else []
    levels_of = {v: k for k, v in DISTRICT_LEVELS.items()}
    if len(units) != 1 or units[0].type not in levels_of:
        return None
    return levels_of[units[0].type], units[0].name, units[0].province


def _under(u: _Unit, key: str) -> bool:
    """Does the unit lie in the district or province whose folded name is `key`?"""
    return fold_key(u.district) == key or fold_key(u.province) == key


def _area_named(key: str, ev: _Evidence | None) -> tuple[str | None, str | None]:
    """(district, province) official names of the district or province named by `key`: a
    province by that name first, else the one district of that name the text supports."""
    idx = _load()
    provinces = idx.by_key.get(("province", key), [])
    if len(provinces) == 1:
        return None, provinces[0].name
    district = _choose(idx.by_key.get(("district", key), []), ev, need_support=False)
    return (district.name, district.province) if district is not None else (None, None)


# --------------------------------------------------------------------------- API
def resolve_unit(level: str, locality: str, text: str | None = None,
                 two_level: bool = False, within: str | None = None) -> AdminMatch | None:
    """The official unit of `level` named `locality`, chosen with the places `text` names.

    Returns None when nothing is known; an AdminMatch without codes when the unit could not be
    resolved but the text states its district/province outright.

    two_level: the text was written under the two-level system (from July 2025). Its communes and
    wards were merged and often renamed, so a legacy commune of the same name is another unit
    (smaller, or one that only lent its name): it is taken only when the text names its district.

    within: the district or province the document itself puts the unit in (a higher line of its
    header, or the place it dates the plan at). A namesake elsewhere is another unit, however
    unique its name: a commune misspelled, renamed or merged away is left unresolved, under
    that district and its province, rather than placed in another province.
    """
    if not level or not locality:
        return None
    level = level.strip().lower()
    if level == "tp":
        level = "thành phố"
    # numbered units are named with their level word in the data: "Phường 5", "Quận 3"
    key = fold_key(f"{level} {locality}" if locality.strip().isdigit() else locality)
    if not key or level not in LEVELS:
        return None
    ev = _evidence(text) if text else None
    two_level = two_level or level in TWO_LEVEL_ONLY   # (whatever date the plan bears, or none)
    strict, loose = _candidates(level, key, locality)
    area = fold_key(within) if within and level in WARD_LEVELS and names_area(within) else ""
    if area and not (two_level and ("province", area) in _load().by_key):
        # (a province named under the two-level system may be a merged one: its legacy communes
        # lie in the provinces it absorbed)
        strict = [u for u in strict if _under(u, area)]
        loose = [u for u in loose if _under(u, area)]
    if two_level and level in WARD_LEVELS:
        # the reform abolished the towns (thị trấn) and renamed merged units: a legacy unit of
        # another type or under a former name ("thị trấn Thanh Ba" for "xã Thanh Ba", the commune
        # formed from it) is another unit
        loose = []
    unit = _choose(strict, ev, need_support=False)
    if unit is None and not strict and level in DISTRICT_LEVELS:
        # a district raised since under the same name ("huyện Thủy Nguyên", a thành phố of Hải Phòng
        # from 2025; "huyện Mỹ Hào", a thị xã): the plan prints the level it had, and the unit is
        # the same one, as sure as a name printed with its current level. Where the name is also a
        # unit's at or below the printed level ("thị xã Cao Lãnh": a huyện and a thành phố of that
        # name), the level says nothing of which one is meant.
        named = [u for u in loose if u.kind == "district" and fold_key(u.name) == key]
        raised = [u for u in named if _raised(u, level)]
        if len(raised) == len(named):
            unit = _choose(raised, ev, need_support=False)
    if unit is None and not strict:
        unit = _choose(loose, ev, need_support=True)
    if unit is not None and two_level and unit.kind == "ward" and not (
            ev is not None and unit.district and fold_key(unit.district) in ev.current_district_keys):
        unit = None
    if unit is not None:
        return _to_match(level, unit)
    if two_level and level in WARD_LEVELS:
        # a merged commune's name is often new, or moved to another province ("phường Hội An" is
        # Đà Nẵng's now, "thị trấn Hội An" was An Giang's): the current list says where it lies,
        # chosen among namesakes as the legacy ones are; its codes are not the legacy ones asked for
        wards, provinces = _current()
        cands = wards.get((WARD_LEVELS[level], key), [])
        if not cands and ("y" in key or "i" in key):
            cands = _current_respelled(WARD_LEVELS[level], key, locality)
        if area in _current_province_keys():   # (no districts in the current list; a former province
            cands = [u for u in cands if fold_key(u.province) == area]   # merged away says nothing)
        current = _choose(cands, ev, need_support=False)
        if current is None and len(cands) > 1 and ev is not None:
            cands = _fit_former_units(cands, ev)
            current = cands[0] if len(cands) == 1 else None
        if current is None and len(cands) > 1:
            # namesakes told apart by their marks only ("Đắk Song" in Lâm Đồng, "Đăk Song" in Gia
            # Lai; "Thạnh Mỹ", "Thanh Mỹ"): the one printed exactly, when the text names no province
            # for any of them and names no district but as a former one (a district over it,
            # "HỘI CHỮ THẬP ĐỎ HUYỆN ÂN THI", puts it elsewhere, none of them)
            printed = unicodedata.normalize("NFC", locality).lower()
            exact = [u for u in cands if u.name.lower() == printed]
            if len(exact) == 1 and (not area or fold_key(exact[0].province) == area) and not (
                    ev is not None and _names_a_district(ev)):
                cands = exact
        if current is None and len(cands) == 1 and (ev is None or not (
                ev.owning_provinces & provinces - {cands[0].province_key})):
            current = cands[0]   # the only provinces named besides it are former ones ("tỉnh Yên Bái cũ")
        if current is not None:
            return AdminMatch(level=level, name=current.name, province=current.province)
        if len({u.province_key for u in cands}) == 1 and (ev is None or not (
                ev.owning_provinces & provinces - {cands[0].province_key})):
            # namesakes all in one province ("Cẩm Giang", "Cẩm Giàng" of Hải Phòng): which one is
            # open, where it lies is not
            return AdminMatch(level=level, province=cands[0].province)
    district, province = _stated(ev, level, two_level)
    if area:
        named_district, named_province = _area_named(area, ev)
        district, province = named_district or district, named_province or province
    if two_level:
        district = None   # a district the text names is a former one: there are none above a commune
    if district is None and province is None:
        return None
    return AdminMatch(level=level, district=district, province=province)


# The district levels in the order a district is raised: a huyện becomes a quận, a thị xã or a
# thành phố, a thị xã a thành phố; never the other way.
_RAISED_ORDER = ("huyện", "thị xã", "thành phố")


def _raised(u: _Unit, level: str) -> bool:
    """Is the district u's level above the printed one (see _RAISED_ORDER; "quận" is above "huyện"
    and "thị xã")?"""
    if level not in _RAISED_ORDER:
        return False
    now = u.type.lower()
    return now == "quận" or (now in _RAISED_ORDER and _RAISED_ORDER.index(now) > _RAISED_ORDER.index(level))


def _to_match(level: str, u: _Unit) -> AdminMatch:
    if u.kind == "ward":
        return AdminMatch(level, u.name, u.province, u.district, u.province_code, u.district_code,
                          u.ward_code, u.lat, u.lon, True)
    if u.kind == "district":
        return AdminMatch(level, u.name, u.province, None, u.province_code, u.district_code, None,
                          u.lat, u.lon, True)
    return AdminMatch(level, u.name, u.province, None, u.province_code, None, None, u.lat, u.lon, True)


def lookup(province: str | None, district: str | None = None, ward: str | None = None) -> _Unit | None:
    """The legacy unit with these short names (province required), or None when not exactly one."""
    idx = _load()
    if not province:
        return None
    pk = fold_key(province)
    provs = [u for u in idx.provinces.values() if fold_key(u.name) == pk]
    if len(provs) != 1:
        return None
    p = provs[0]
    if not district and not ward:
        return p
    if ward:
        cands = [u for u in idx.by_key.get(("ward", fold_key(ward)), []) if u.province_key == p.province_key
                 and (not district or fold_key(u.district) == fold_key(district))]
    else:
        cands = [u for u in idx.by_key.get(("district", fold_key(district)), [])
                 if u.province_key == p.province_key]
    return cands[0] if len(cands) == 1 else None


def new_unit(province: str | None, district: str | None = None, ward: str | None = None) -> dict | None:
    """The post-July-2025 (two-level) unit a legacy unit became, via the package's converter.

    Returns {"province", "province_code", "ward", "ward_code", "lat", "lon"} (ward keys None for a
    district or province), or None when the legacy unit is unknown.
    """
    u = lookup(province, district, ward)
    if u is None:
        return None
    from vietnamadminunits import ParseMode, convert_address, parse_address  # noqa: PLC0415

    if u.kind == "ward":
        address = f"{u.full}, {u.district_full}, {u.province_full}"
        old = parse_address(address, mode=ParseMode.LEGACY, level=3)
        # the converter geocodes over the network when it sees a street: never let it
        if old.ward_code != u.ward_code or old.street:
            return None
    else:
        address = u.province_full
        old = parse_address(address, mode=ParseMode.LEGACY, level=1)
        if old.province_code != u.province_code or old.street:
            return None
    new = convert_address(address)
    out = {"province": new.short_province, "province_code": new.province_code,
           "ward": new.short_ward if u.kind == "ward" else None,
           "ward_type": new.ward_type if u.kind == "ward" else None,
           "ward_code": new.ward_code if u.kind == "ward" else None,
           "lat": new.latitude, "lon": new.longitude}
    return out
