"""Legacy Vietnamese encodings: decode them to Unicode, and tell which one a file is in.

Plans typed before Unicode arrive in three 8-bit encodings:
  - TCVN3 (ABC, TCVN 5712:1993 VN3), the .VnTime/.VnArial fonts: one byte per letter, but only
    lower-case toned letters exist; capitals were typed in the companion ".VnTimeH" font, which
    draws the same lower-case codes as capitals. A plain-text file keeps the codes and loses the
    font, so `decode_tcvn3` puts the capitals back from the context (see `_recase`).
  - VNI (VNI-Times, "VNI for Windows"): an ASCII base letter followed by a mark byte
    ("Keá hoaïch" = "Kế hoạch"), and single bytes for đ, ơ, ư and the toned i's.
  - Windows-1258 (cp1258): base letters plus combining tone marks; Python's codec reads it and
    NFC composes it.
The tables below are written from the published charts of the two font encodings.

`detect(data)` decodes the bytes in every candidate encoding and scores how Vietnamese each
result looks (the share of accented words that are valid Vietnamese syllables, and common
words such as "của", "và", "các", "năm", "thực hiện", "kế hoạch"). A legacy reading is chosen
only when it clearly beats the others; otherwise the caller reports an unknown encoding. It
never guesses blindly. `repair_mojibake(text)` does the same for text that was already turned
into Unicode the wrong way (a TCVN3 or VNI file opened as Latin-1 and saved as UTF-8, or UTF-8
read as Windows-1252 and saved again).
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from extractors import levels
from pipeline.memo import memo

# A number set raised (HTML <sup>, a Word run's superscript) printed as itself: a footnote's mark ("tỉnh
# Sơn La¹;") read as a plain digit glues onto the word, number or symbol it follows ("05-CT/TW1", "năm
# 20211"); the unit "m<sup>2</sup>" is m².
SUPERSCRIPTS = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")

# ---------------------------------------------------------------- letters and tones
GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)          # the order of the charts: huyền, hỏi, ngã, sắc, nặng
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- TCVN3 (ABC)
# Bytes of the VN3 chart: the base letters with their vowel marks (both cases), then the five
# toned forms of each lower-case vowel in chart order (huyền, hỏi, ngã, sắc, nặng).
_TCVN3_PLAIN = {0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
                0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ"}
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# The C1 bytes (0x80–0x9F) of a file saved from Windows are its code page's punctuation
# (curly quotes, dashes, ellipsis), whatever the font: read them as Windows-1252.
_CP1252_C1 = {b: bytes([b]).decode("cp1252", errors="strict") for b in range(0x80, 0xA0)
              if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

TCVN3_DECODE: dict[int, str] = {**_CP1252_C1, 0xA0: "\u00a0", **_TCVN3_PLAIN}
for _base, _codes in _TCVN3_TONED.items():
    for _tone, _code in zip(TONES, _codes):
        TCVN3_DECODE[_code] = _nfc(_base + _tone)
# the lower-case toned letters that stand for capitals too (a .VnTimeH run)
TCVN3_CASELESS = frozenset(_nfc(b + t) for b in _TCVN3_TONED for t in TONES)
TCVN3_ENCODE: dict[str, int] = {ch: code for code, ch in TCVN3_DECODE.items() if code >= 0xA0}
for _ch in TCVN3_CASELESS:  # a capital toned letter is written with its lower-case code
    TCVN3_ENCODE.setdefault(_ch.upper(), TCVN3_ENCODE[_ch])
TCVN3_ENCODE.update({ch: code for code, ch in _CP1252_C1.items()})

# ---------------------------------------------------------------- VNI
# Mark bytes that follow a base vowel (lower case; the capital forms are 0x20 lower).
_VNI_MARKS_LOWER = {
    0xF8: GRAVE, 0xF9: ACUTE, 0xFB: HOOK, 0xF5: TILDE, 0xEF: DOT,
    0xE2: CIRCUMFLEX, 0xE0: CIRCUMFLEX + GRAVE, 0xE1: CIRCUMFLEX + ACUTE, 0xE5: CIRCUMFLEX + HOOK,
    0xE3: CIRCUMFLEX + TILDE, 0xE4: CIRCUMFLEX + DOT,
    0xEA: BREVE, 0xE8: BREVE + GRAVE, 0xE9: BREVE + ACUTE, 0xFA: BREVE + HOOK, 0xFC: BREVE + TILDE,
    0xEB: BREVE + DOT,
}
# Letters that are one byte: đ, ơ, ư, and the toned i's and ỵ.
_VNI_LETTERS_LOWER = {0xF1: "đ", 0xF4: "ơ", 0xF6: "ư", 0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ",
                      0xF2: "ị", 0xEE: "ỵ"}
VNI_MARKS: dict[str, tuple[str, bool]] = {}      # latin-1 char → (combining marks, upper-case form)
VNI_LETTERS: dict[str, str] = {}
for _code, _marks in _VNI_MARKS_LOWER.items():
    VNI_MARKS[chr(_code)] = (_marks, False)
    VNI_MARKS[chr(_code - 0x20)] = (_marks, True)
for _code, _letter in _VNI_LETTERS_LOWER.items():
    VNI_LETTERS[chr(_code)] = _letter
    VNI_LETTERS[chr(_code - 0x20)] = _letter.upper()
_VNI_MARK_OF = {m: ch for ch, (m, up) in VNI_MARKS.items() if not up}
_VNI_LETTER_OF = {v: k for k, v in VNI_LETTERS.items()}

# ---------------------------------------------------------------- fonts
# The TCVN3 fonts: .VnTime, .VnArial, … (not VNI-Times, which starts "VNI").
TCVN3_FONT = re.compile(r"^\.?Vn(?!I[- ])", re.I)


def is_capitals_font(name: str) -> bool:
    """Is `name` the capitals twin of a TCVN3 font (.VnTimeH, .VnArialH)? It draws every code as a
    capital, so its typists stored their text in small letters: the text reads in capitals."""
    name = name.strip().strip("'\"").strip()
    return bool(TCVN3_FONT.match(name)) and name.upper().endswith("H")


# VNI fonts: "VNI-Times", "VNI Helve"; a PDF's PostScript name may drop the hyphen ("VNITimes").
VNI_FONT = re.compile(r"^VNI[- ]?(?=[A-Z])", re.I)
# A PDF names an embedded font "ABCDEF+.VnTime" (subset tag) and its style after a comma or hyphen.
_PDF_SUBSET = re.compile(r"^[A-Z]{6}\+")
_FONT_STYLE = re.compile(r"(?:[,-](?:Bold|Italic|Oblique|BoldItalic|BoldOblique|Regular|Roman)|"
                         r"(?<=[a-z])(?:Bold|Italic|BoldItalic))+$", re.I)


@memo(1024)
def font_encoding(name: str | None) -> tuple[str, bool] | None:
    """('tcvn3' | 'vni', draws capitals) for a legacy Vietnamese font's name, as Word, RTF or a
    PDF writes it (".VnTimeH", "ABCDEF+.VnTime,Bold", "VNI-Times"); None for any other font."""
    if not name:
        return None
    name = _PDF_SUBSET.sub("", name.strip().strip("'\"").strip())
    if VNI_FONT.match(name):   # before TCVN3_FONT, which a hyphenless "VNITimes" also fits
        return "vni", False
    if TCVN3_FONT.match(name):
        return "tcvn3", is_capitals_font(_FONT_STYLE.sub("", name))
    return None


# ---------------------------------------------------------------- decoders


_TCVN3_TABLE = str.maketrans({chr(b): ch for b, ch in TCVN3_DECODE.items()})


def decode_tcvn3(data: bytes, recase: bool = True) -> str:
    """TCVN3 (ABC) bytes to NFC Unicode; capitals typed in a .VnTimeH font restored from context
    (recase=False leaves them in small letters, as the codes say)."""
    text = data.decode("latin-1").translate(_TCVN3_TABLE)
    return _recase(text) if recase else text


def decode_vni(data: bytes) -> str:
    """VNI (VNI-Times) bytes to NFC Unicode."""
    return vni_to_unicode(data.decode("latin-1"))


_VNI_LETTER_TABLE = str.maketrans({**VNI_LETTERS, **{chr(b): ch for b, ch in _CP1252_C1.items()}})
_VNI_PAIR = re.compile("([aeouyAEOUYơưƠƯ])([" + "".join(VNI_MARKS) + "])")


def _vni_pair(m: re.Match) -> str:
    base, mark = m.group(1), m.group(2)
    marks, _ = VNI_MARKS[mark]
    vowel = marks[0] if marks[0] in (CIRCUMFLEX, BREVE) else ""
    if (vowel == CIRCUMFLEX and base.lower() not in "aeo") or (vowel == BREVE and base.lower() != "a") \
            or (vowel and base in "ơưƠƯ"):
        return m.group()  # a mark that cannot sit on this letter: leave the byte visible
    return _nfc(base + marks)


def vni_to_unicode(s: str) -> str:
    """Text whose characters are VNI bytes read as Latin-1 (C1 bytes as Windows-1252) to Unicode."""
    return _VNI_PAIR.sub(_vni_pair, s.translate(_VNI_LETTER_TABLE))


def decode_cp1258(data: bytes) -> str:
    """Windows-1258 bytes (base letters and combining tone marks) to NFC Unicode."""
    return _nfc(data.decode("cp1258", errors="replace"))


# ---------------------------------------------------------------- encoders (tests, tools)


def encode_tcvn3(text: str) -> bytes:
    """Unicode to TCVN3 bytes, as a .VnTime/.VnTimeH typist stored them (capital toned letters
    share the lower-case codes). Characters the encoding lacks become '?'."""
    out = bytearray()
    for ch in _nfc(text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        else:
            out.extend(_fallback(ch))
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode to VNI (VNI-Times) bytes. Characters the encoding lacks become '?'."""
    out: list[str] = []
    for ch in _nfc(text):
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        if ch in _VNI_LETTER_OF:
            out.append(_VNI_LETTER_OF[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        upper = base.isupper()
        if HORN in marks and base.lower() in "ou":
            base = {"o": "ơ", "u": "ư"}[base.lower()]
            base = base.upper() if upper else base
            marks = marks.replace(HORN, "")
            base = _VNI_LETTER_OF[base]
        if not marks and base.isascii():
            out.append(base)
            continue
        vowel = "".join(m for m in marks if m in (CIRCUMFLEX, BREVE))
        tone = "".join(m for m in marks if m in TONES)
        key = vowel + tone
        if base.isascii() and base.isalpha() and key in _VNI_MARK_OF and len(marks) == len(key):
            mark = _VNI_MARK_OF[key]
            out.append(base + (chr(ord(mark) - 0x20) if upper else mark))
        elif not base.isascii() and tone and not vowel and len(marks) == len(tone):  # ờ: ơ byte + tone byte
            mark = _VNI_MARK_OF[tone]
            out.append(base + (chr(ord(mark) - 0x20) if upper else mark))
        else:
            out.append(_fallback(ch).decode("latin-1"))
    return "".join(out).encode("latin-1")


def encode_cp1258(text: str) -> bytes:
    """Unicode to Windows-1258 as Windows' Vietnamese keyboard stores it: the letter without its
    tone (ă, â, ê, ô, ơ, ư, đ are single bytes) followed by the combining tone mark."""
    out = bytearray()
    for ch in _nfc(text):
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in _TONE_SET)
        base = _nfc("".join(c for c in d if c not in _TONE_SET))
        try:
            out.extend(base.encode("cp1258") + tone.encode("cp1258"))
        except UnicodeEncodeError:
            out.extend(_fallback(ch))
    return bytes(out)


def _fallback(ch: str) -> bytes:
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return b"?"


# ---------------------------------------------------------------- capitals lost with the font
# Letters whose case TCVN3 keeps: ASCII and the capitals it has (Ă Â Ê Ô Ơ Ư Đ).
_RELIABLE = set("ĂÂÊÔƠƯĐăâêôơưđ")
# Where a sentence or a table cell starts: the line start (after a bullet, item marker, markup
# or an opening quote), a tab or a pipe (cells), or after a full stop.
_OPENING = re.compile(
    r"(?:^|(?<=[\t|])|(?<=[.!?]\s)|(?<=[.!?]\s\s))"
    r"[ \t#>*_\-+•(\[\"“‘']*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+)?[ \t*_\"“‘(]*",
    re.M,
)
_WORD = re.compile(r"[^\W\d_]+")
_MARKER = re.compile(r"\s*(?:[#>*_\s]*)(?:[-+•]|(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)])\s")
# Names that are always capitalized in official writing but begin with a toned vowel: "Ủy ban";
# not a Party committee's "ủy" before "ban hành" ("Ban Thường vụ Huyện ủy ban hành …").
_COMMITTEE_OF = r"(?<!\bđảng )(?<!\bhuyện )(?<!\btỉnh )(?<!\bthành )(?<!\bthị )(?<!\bquận )(?<!\bkhối )"
_BAN = r"ban\b(?![ \t]+hành\b)"
_ALWAYS_CAPITAL = re.compile(rf"(?<![^\W\d_]){_COMMITTEE_OF}(ủy|uỷ)(?= {_BAN})", re.I)
# Words a place's, a school's or a Party committee's name follows ("huyện Ứng Hòa", "trường Ánh
# Dương", "Huyện ủy Ứng Hòa"): a typist who kept to .VnTime stored the toned capital in small letters.
_NAMED_BY = frozenset("xã phường trấn huyện quận tỉnh phố thôn xóm bản buôn làng ấp khóm trường ủy uỷ".split())
# A body's kind printed with its capital before the body's own name, whose first word official
# writing capitalises too ("Trung tâm Ứng dụng và chuyển giao công nghệ", "Bệnh viện Đa khoa"): a
# small toned letter after it lost that capital with the .VnTimeH font.
_BODY_HEADS = frozenset(("trung tâm", "bệnh viện", "chi cục", "học viện", "công ty", "văn phòng"))
# Verbs opening with a toned vowel that the body itself does, not a word of its name ("Công ty ổn
# định sản xuất", "Bệnh viện ứng phó với dịch bệnh"; "Trung tâm Ứng dụng …" is a name).
_TONED_VERBS = frozenset((
    "ổn định", "ứng phó", "ứng cứu", "ứng trực", "ứng xử", "ủng hộ", "ấn định", "ấn hành", "ước tính",
    "ủy quyền", "uỷ quyền", "ủy thác", "uỷ thác", "ảnh hưởng"))
# Words that open with a toned vowel and may stand between such a word and a name in capitals
# ("Tỉnh ủy Hà Tĩnh", "các xã ở Hà Nội"): never part of the name.
_NOT_A_NAME = frozenset("ở ủy uỷ ấy ấp".split())


def _reliable_case(word: str) -> tuple[int, int]:
    """(upper, lower) counts of the letters whose case TCVN3 kept."""
    up = low = 0
    for c in word:
        if c.isascii() or c in _RELIABLE:
            if c.isupper():
                up += 1
            elif c.islower():
                low += 1
    return up, low


def _recase(text: str, which: set[int] | None = None) -> str:
    """Put back the capitals a TCVN3 plain-text file lost: toned capitals were typed with the
    lower-case codes in a .VnTimeH font. A line or word written in capitals gets all its letters
    in capitals; a word that opens a sentence, an item, a table cell, or a line after a finished
    one gets a capital; so does "Ủy ban". Words whose case cannot be told stay as they are.
    which: the numbers of the only lines to change (the others are read for context)."""
    out: list[str] = []
    prev = ""  # the last non-blank line
    lines = text.split("\n")
    header = _header_in_small(lines)
    head_end = _header_end(lines)
    for k, line in enumerate(lines):
        if which is not None and k not in which:
            fixed = line
        elif k in header:
            fixed = line.upper()
        else:
            fixed = _recase_line(line, _finished(prev))
            if k < head_end:
                fixed = _place_of_date(fixed)
            if out and prev is out[-1] and _name_shape(prev, 2, 4) == len(prev.split()):
                fixed = _person_name(fixed, 1, 2, 0)  # "Nguyễn Văn" / "ánh": a name wrapped in a narrow column
        out.append(fixed)
        if fixed.strip():
            prev = fixed
    names = _names_printed(out[:head_end])
    nxt = ""   # the next non-blank line, walking back from the end (one pass)
    for k in range(len(out) - 1, -1, -1):
        line = out[k]
        if which is None or k in which:
            out[k] = _named_as_printed(line, names)
            if _ENDS_UY.search(out[k]) and _OPENS_BAN.match(nxt):
                out[k] = _ENDS_UY.sub(lambda m: m.group(1)[0].upper() + m.group(1)[1:], out[k])
        if line.strip():
            nxt = line
    return "\n".join(out)


# "… năm 2025, ủy" / "ban nhân dân quận …": "Ủy ban" wrapped at the line's end (_ALWAYS_CAPITAL)
_ENDS_UY = re.compile(rf"(?<![^\W\d_]){_COMMITTEE_OF}(ủy|uỷ)[ \t]*$", re.I)
_OPENS_BAN = re.compile(rf"[ \t]*{_BAN}")
# The place-and-date line (ND 30/2020: "Địa danh, ngày … tháng … năm …"): every word of the place
# is capitalised, its toned capitals too ("ý Yên, ngày" is "Ý Yên", "Mường ảng" is "Mường Ảng").
_PLACE_DATE = re.compile(r"^([\s*_]*)([^\W\d_]+(?: [^\W\d_]+){0,3})(?=,\s*ngày\s*(?:\d|\.|…|tháng\b|$))")
# A body's or unit's name printed in capitals after its level word ("UBND HUYỆN MƯỜNG ẢNG", "XÃ Ý
# YÊN"): the name, which the running text prints with its capitals ("huyện Mường ảng" lost one).
_LEVEL_NAME = re.compile(rf"\b(?:{levels.alternation()}) (?!hội\b)((?:[^\W\d_]+ ?){{1,4}})", re.I)


_LEVEL_BEFORE = re.compile(rf"(?:{levels.alternation()}) $")


def _title(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split(" "))


def _header_end(lines: list[str]) -> int:
    """The number of lines of the header block (issuer, motto, number, place and date): up to the
    document's type, or HEADER_LINES where no type line comes early."""
    for k, line in enumerate(lines[:HEADER_LINES + 10]):
        if line.strip(" *_#\t").lower() in _TYPES:
            return k
    return min(len(lines), HEADER_LINES)


def _place_match(line: str) -> re.Match | None:
    """The place of a place-and-date line: every word of it capitalised but those whose capital
    TCVN3 cannot keep ("Tổ chức trong ngày, ngày 15/5" is a sentence, not a place)."""
    m = _PLACE_DATE.match(line)
    if m is None or any(w[:1].islower() and w[:1] not in TCVN3_CASELESS for w in m.group(2).split(" ")):
        return None
    return m


def _place_of_date(line: str) -> str:
    """The place of a place-and-date line with each word capitalised (see _PLACE_DATE)."""
    m = _place_match(line)
    if m is None or not any(c in TCVN3_CASELESS for c in m.group(2)):
        return line
    return line[:m.start(2)] + " ".join(w[:1].upper() + w[1:] for w in m.group(2).split(" ")) + line[m.end(2):]


def _names_printed(lines: list[str]) -> dict[str, str]:
    """Names a document prints whole in its header lines (the issuer's, the place-and-date line):
    after a level word on a line in capitals, and the place of its place-and-date line; each, in
    lower case, to its form with capitals, where a word of it opens with a toned vowel (the capital
    TCVN3 may lose in the running text)."""
    names: dict[str, str] = {}
    for line in lines:
        s = line.strip(" *_#\t")
        found = []
        if s and s == s.upper():
            found = [m.group(1).strip() for m in _LEVEL_NAME.finditer(s)]
        m = _place_match(line)
        if m:
            found.append(m.group(2))
        for name in found:
            if " " in name and any(w[:1].lower() in TCVN3_CASELESS for w in name.split(" ")):
                names[name.lower()] = _title(name)
    return names


def _named_as_printed(line: str, names: dict[str, str]) -> str:
    """The line with each name of `names` printed with its capitals where one of its words keeps
    a capital already ("Mường ảng") or a level word leads it ("huyện mường ảng")."""
    if not names:
        return line
    low = line.lower()
    for key, name in names.items():
        at = low.find(key)
        while at >= 0:
            end = at + len(key)
            got = line[at:end]
            whole = (at == 0 or not line[at - 1].isalpha()) and (end == len(line) or not line[end].isalpha())
            led = _LEVEL_BEFORE.search(low, max(0, at - 12), at) is not None
            if whole and got != name and got != got.upper() and (any(w[:1].isupper() for w in got.split(" ")) or led):
                line = line[:at] + name + line[end:]
            at = low.find(key, end)
    return line


def recase_text(text: str) -> str:
    """`_recase` for lines decoded elsewhere (a PDF's text layer in a .VnTime font)."""
    return _recase(text)


def recase_paragraph(text: str) -> str:
    """`_recase` for a paragraph known to start a sentence (an RTF or Word paragraph)."""
    return _recase_line(text, True)


def recase_runs(runs: list[tuple[str, bool]]) -> str:
    """A paragraph of runs (text, typed in a TCVN3 small-letter font) joined, the capitals those
    fonts could not store put back: judged over the whole paragraph, applied only to the letters
    of those runs (a run in a Unicode font or a capitals font keeps the case it has)."""
    line = "".join(text for text, _ in runs)
    if not any(small for _, small in runs):
        return line
    fixed = recase_paragraph(line)
    if fixed == line or len(fixed) != len(line) or all(small for _, small in runs):
        return fixed
    out, at = [], 0
    for text, small in runs:
        out.append(fixed[at:at + len(text)] if small else text)
        at += len(text)
    return "".join(out)


def _finished(line: str) -> bool:
    """Does a line end a sentence or stand alone (blank before it, a heading in capitals)?"""
    s = line.strip().rstrip("*_#|").strip()
    if not s:
        return True
    up, low = _reliable_case(s)
    return s[-1] in ".:;!?)" or (up >= 2 and low == 0)


# Lines an official plan prints in capitals (its issuer, motto, type, signing block, part headings)
# that a typist set in the .VnTimeH font with Caps Lock off: the font drew capitals, the text holds
# small letters, and once the font is gone ("ñy ban nh©n d©n" given Times New Roman, a plain-text
# copy) nothing else says they were capitals. Only a whole line with no capital at all is taken
# (a sentence wrapped before "kế hoạch" ends its paragraph with a stop).
_CAPITALS_TYPED_SMALL = re.compile(
    r"[\s*_#]*(?:"
    r"(?:tm|kt|tl|tuq)\. \S.*"
    r"|(?:phó )?(?:chủ tịch|bí thư|trưởng ban|giám đốc|trưởng phòng|hiệu trưởng)"
    rf"|(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd) (?:{levels.alternation()})"
    r"(?: [^\W\d_]+){1,4}"
    r"|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam"
    r"|kế hoạch|quyết định|chương trình|báo cáo|thông báo|hướng dẫn|phụ lục(?: [\divx]+)?"
    r"|[ivx]{1,4}\. [^\W\d_].*"
    r")[\s*_]*")


_TYPES = frozenset(("kế hoạch", "quyết định", "chương trình", "báo cáo", "thông báo", "hướng dẫn"))
HEADER_LINES = 10   # the header block (issuer, motto, number, date) lies within a document's first lines


def _header_in_small(lines: list[str]) -> set[int]:
    """The lines of a plan's header block (the lines before its type, the motto among them) that hold
    no capital at all: typed in .VnTimeH with Caps Lock off, they were printed in capitals (the
    issuer over two lines, "ñy ban nh©n d©n" / "x· nghi thiÕt"; a place's name is printed with its
    capitals, so no other header line is all small letters)."""
    head = lines[:HEADER_LINES]
    if not any("xã hội chủ nghĩa" in ln.lower() for ln in head):
        return set()
    out = set()
    for k, line in enumerate(head):
        if line.strip(" *_#").lower() in _TYPES:
            break   # the type: the header ends
        if len(line) <= 60 and any(c.isalpha() for c in line) and not any(c.isupper() for c in line):
            out.add(k)
    return out


def _recase_line(line: str, after_finished: bool) -> str:
    if line[:12].lstrip(" *_#").islower() and len(line) <= 80 and \
            _CAPITALS_TYPED_SMALL.fullmatch(line) and not any(c.isupper() for c in line):
        return line.upper()
    if not any(c in TCVN3_CASELESS for c in line):
        return line
    words = [m for m in _WORD.finditer(line)]
    counts = [_reliable_case(m.group()) for m in words]
    toned = [any(c in TCVN3_CASELESS for c in m.group()) for m in words]
    if sum(lo for _, lo in counts) == 0 and sum(u for (u, _), t in zip(counts, toned) if t) >= 2:
        return line.upper()  # a line in capitals: "CỘNG HÒA XÃ HỘI …", "I. MỤC ĐÍCH, YÊU CẦU"
    # a word in capitals: two capitals and no small letter whose case is known, or a capital
    # after a toned letter ("ủY" is "ỦY": no word has a small letter before a capital)
    caps = [t and ((u >= 2 and lo == 0) or _capital_after_toned(m.group()))
            for m, t, (u, lo) in zip(words, toned, counts)]
    # a short word in capitals ("KẾ", "VỀ", "Ở") beside a toned word in capitals, or a space
    # away from a word in capitals ("XÃ EA KAO"; not "Số: /KH-UBND")
    shouting = [u >= 2 and lo == 0 for u, lo in counts]
    # (not a name in small letters that goes on past the word: "PTNT Hà Tĩnh" is no "PTNT HÀ TĨNH")
    titled = [m.group()[0].isupper() and lo > 0 for m, (_, lo) in zip(words, counts)]
    for order in (range(len(words)), range(len(words) - 1, -1, -1)):
        prev = None
        for i in order:
            if prev is not None and not caps[i] and toned[i] and counts[i][1] == 0:
                a, b = sorted((prev, i))
                between = line[words[a].end():words[b].start()]
                beyond = i + (i - prev)
                if (caps[prev] and len(between) <= 3 and not any(c.isalnum() for c in between)) or \
                        (shouting[prev] and between.strip(" *_") == "" and not (
                            0 <= beyond < len(words) and titled[beyond]
                            and not line[words[min(i, beyond)].end():words[max(i, beyond)].start()].strip())):
                    caps[i] = True
            prev = i
    chars = list(line)
    for m, cap in zip(words, caps):
        if cap:
            chars[m.start():m.end()] = m.group().upper()
    for i in _names_in_small(line, words, counts, caps, titled, shouting):
        chars[words[i].start()] = chars[words[i].start()].upper()
    # the first letter of a sentence, an item or a table cell; of a line only after a finished one
    for m in _OPENING.finditer(line):
        j = m.end()
        if j < len(chars) and chars[j] in TCVN3_CASELESS:
            at_line_start = not line[:m.start()].strip() and not _MARKER.match(line)
            if at_line_start and not after_finished:
                continue  # a wrapped line goes on in small letters
            chars[j] = chars[j].upper()
    line = "".join(chars)
    line = _ALWAYS_CAPITAL.sub(lambda m: m.group(1)[0].upper() + m.group(1)[1:], line)
    return _person_name(line, 2, 5, 1)


# A line that is only a person's name (the signer's, under the signing title): every word of it
# capitalised, so a word in small letters that opens with a toned vowel ("Nguyễn Thị ánh", "Lê
# Văn ẩn") lost its capital with the .VnTimeH font. Words that stand beside names without being
# one ("ở", "ấy", "ủy", "ấp") keep their case.
_NAME_LINE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _name_shape(line: str, least: int, most: int) -> int:
    """The number of capitalised words of a line that holds only `least`..`most` words, each
    capitalised or opening with a toned vowel in small letters; -1 for any other line."""
    s = line.strip()
    words = s.split(" ")
    if not least <= len(words) <= most or not _NAME_LINE.fullmatch(s):
        return -1
    titled = 0
    for word in words:
        if any(c.isupper() for c in word[1:]):
            return -1
        if word[0].isupper():
            titled += 1
        elif word[0] not in TCVN3_CASELESS or word.lower() in _NOT_A_NAME:
            return -1
    return titled


def _person_name(line: str, least: int, most: int, titled: int) -> str:
    """The line with the capitals of a name put back when it is one (see _name_shape) with at
    least `titled` capitalised words beside those in small letters."""
    if len(line) > 60:   # (no name is this long: most lines are let through at once)
        return line
    shape = _name_shape(line, least, most)
    if shape < titled or shape == len(line.split()):
        return line
    return " ".join(w[:1].upper() + w[1:] for w in line.split(" "))


def _names_in_small(line: str, words: list, counts: list, caps: list, titled: list,
                    shouting: list) -> list[int]:
    """The words that open a proper name with a toned capital stored in small letters: after a
    word a name follows (huyện, xã, trường …) or an abbreviation in capitals (THCS, UBND), with a
    titled word next ("huyện ứng Hòa", "trường THCS ứng Hòa"); or closing a name that opened
    after such a word, nothing in small letters after it ("xã Phú ổn, huyện …")."""
    out = []
    for i, m in enumerate(words):
        word = m.group()
        if i == 0 or caps[i] or word[0] not in TCVN3_CASELESS or counts[i][0] or word.lower() in _NOT_A_NAME:
            continue
        if line[words[i - 1].end():m.start()] != " ":
            continue
        after = line[m.end():words[i + 1].start()] if i + 1 < len(words) else line[m.end():]
        name_next = i + 1 < len(words) and titled[i + 1] and after == " "
        before = words[i - 1].group()
        if name_next and (before.lower() in _NAMED_BY or shouting[i - 1]):
            out.append(i)
        elif (i >= 2 and titled[i - 2] and f"{words[i - 2].group().lower()} {before}" in _BODY_HEADS
              and line[words[i - 2].end():words[i - 1].start()] == " "
              and word not in _TONED_VERBS and f"{word} {words[i + 1].group() if i + 1 < len(words) else ''}"
              not in _TONED_VERBS):
            out.append(i)
        elif (titled[i - 1] and i >= 2 and words[i - 2].group().lower() in _NAMED_BY
              and line[words[i - 2].end():words[i - 1].start()] == " "
              and (name_next or not after.strip() and i + 1 == len(words) or after[:1] in ",;.)")):
            out.append(i)
    return out


def _capital_after_toned(word: str) -> bool:
    seen_toned = False
    for c in word:
        if c in TCVN3_CASELESS:
            seen_toned = True
        elif seen_toned and c.isupper():
            return True
    return False


# ---------------------------------------------------------------- how Vietnamese a text looks
_VOWEL_CLUSTERS_OPEN = {  # may be followed by a final consonant
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "yê", "oa", "oă", "oe", "oo", "uâ",
    "uê", "uô", "uơ", "ươ", "uy", "uyê", "ưo",
}
_VOWEL_CLUSTERS_CLOSED = {  # end in a glide: nothing may follow
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi",
    "ưu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu", "uêu", "uơi",
}
_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
                       r"([aăâeêioôơuưy]{1,3})(ng|nh|ch|[cmnptk])?$")  # final k: Đắk, Lắk
_TONE_SET = set(TONES)
COMMON_WORDS = frozenset(
    "của và các năm thực hiện kế hoạch được những trong người không này theo ngày tháng với cho "
    "để đến về là có một nhân dân ủy ban xã huyện tỉnh phường chủ tịch công tác đơn vị phối hợp "
    "triển khai nội dung tổ chức trên địa bàn thời gian quý kết quả việc nhiệm vụ số căn cứ".split())


@memo(50_000)
def syllable_shape(word: str) -> tuple[str, str, str, str] | None:
    """A well-formed Vietnamese syllable's (onset, vowels, final, tone mark or ""), in lower case
    and without the tone on the vowels; None when `word` is not one (see is_syllable)."""
    d = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in d if c in _TONE_SET]
    if len(tones) > 1:
        return None
    base = _nfc("".join(c for c in d if c not in _TONE_SET))
    m = _SYLLABLE.match(base)
    if m is None:
        # "gi" + nothing else ("gì", "gìn" are covered by the regex backtracking)
        return None
    onset, vowels, coda = m.group(1) or "", m.group(2), m.group(3) or ""
    if (onset == "c" and vowels[0] in "eêiy") or (onset in ("gh", "ngh") and vowels[0] not in "eêi"):
        return None  # spelled k, g, ng before those vowels
    if coda:
        if vowels not in _VOWEL_CLUSTERS_OPEN:
            return None
        if coda in ("c", "ch", "p", "t", "k") and tones and tones[0] not in (ACUTE, DOT):
            return None
    elif vowels not in _VOWEL_CLUSTERS_OPEN and vowels not in _VOWEL_CLUSTERS_CLOSED:
        return None
    return onset, vowels, coda, tones[0] if tones else ""


def is_syllable(word: str) -> bool:
    """Is `word` one well-formed Vietnamese syllable (onset, vowels, final, at most one tone;
    a final p/t/c/ch takes only the sắc or nặng tone)?"""
    return syllable_shape(word) is not None


_SPLIT = re.compile(r"[\s!-/:-@\[-`{-~\u00a0\u2010-\u2027\u00ab\u00bb]+")


@dataclass(frozen=True)
class Score:
    """How Vietnamese a decoded text looks."""
    accented: int        # words holding a non-ASCII character
    valid: int           # … of which are well-formed Vietnamese syllables
    common: int          # words from COMMON_WORDS (any case)
    words: int           # all words

    @property
    def share(self) -> float:
        """Share of accented words that are Vietnamese syllables (0 when there are none)."""
        return self.valid / self.accented if self.accented else 0.0

    @property
    def common_share(self) -> float:
        return self.common / self.words if self.words else 0.0

    @property
    def value(self) -> float:
        """One number to rank decodings: mostly the syllable share, a little the common words."""
        return self.share + 0.5 * min(self.common_share, 0.3)


def score(text: str, limit: int = 100_000) -> Score:
    """Score the first `limit` characters of a decoded text."""
    accented = valid = common = words = 0
    for tok in _SPLIT.split(_nfc(text[:limit])):
        if not tok:
            continue
        words += 1
        low = tok.lower()
        if low in COMMON_WORDS:
            common += 1
        if not tok.isascii():
            accented += 1
            if tok.isalpha() and is_syllable(tok):
                valid += 1
    return Score(accented, valid, common, words)


@lru_cache(maxsize=1)
def lexicon_syllables() -> frozenset[str]:
    """The syllables of underthesea's Vietnamese word list (Viet74K), lower case; empty when
    underthesea is not installed. Found without importing underthesea (its import takes ~0.7 s)."""
    return frozenset(_LEXICON_SPLIT.split(_underthesea_text("corpus", "data", "Viet74K.txt"))) - {""}


_LEXICON_SPLIT = re.compile(r"[\s\-]+")


def lexicon_words() -> WordSet:
    """The words (of one or more syllables, a line each) of the same word list, lower case."""
    return _lost_byte_tables()[0]


def _lexicon_word_set() -> set[str]:
    return set(map(str.strip, _underthesea_text("corpus", "data", "Viet74K.txt").split("\n"))) - {""}


@lru_cache(maxsize=1)
def _lost_byte_tables() -> tuple[WordSet, WordSet, WordSet]:
    """What _lost_rank reads but the counts (see _syllable_counts): the words of the word list,
    the pairs of neighbouring syllables (_corpus_pairs) and how often running text uses each
    syllable (syllable_frequency), kept as hashes (WordSet). Built once, in the batch's fork
    server (pipeline.warmup), whose heap is trimmed after it."""
    words = _lexicon_word_set()
    frequency, pairs = _tagged_corpus()
    for word in words:
        # (the literal tests skip the split of the three words in four that have two syllables at
        # most and no hyphen; any white space but " " is unprintable)
        if "-" in word or word.count(" ") > 1 or not word.isprintable():
            syls = word.replace("-", " ").split()
            if len(syls) > 2 or "-" in word:
                pairs.update(map(" ".join, zip(syls, syls[1:])))
    return WordSet(words), WordSet(pairs), WordSet(frequency)


class WordSet:
    """Strings that answer `in` and `get`, kept as the sorted 64-bit hashes of the members (and a
    count for each). As frozensets and dicts of str, the word list's 72,000 words and the syllable
    pairs hold ~20 MB; here ~1 MB, in arrays outside the small-object heap, so that the strings
    made while building them all go away (a worker's memory must not grow with the plans it read,
    issue #5). Two strings sharing a hash (one chance in ~10^14 per look-up at this size) would
    read as the same: a wrong guess of which byte a mangled file lost, no worse."""

    __slots__ = ("_hashes", "_counts")

    def __init__(self, members) -> None:
        counted = members if isinstance(members, dict) else dict.fromkeys(members, 1)
        pairs = sorted((hash(w), n) for w, n in counted.items())
        self._hashes = array("q", [h for h, _ in pairs])
        self._counts = array("q", [n for _, n in pairs])

    def _at(self, word: object) -> int:
        h, hashes = hash(word), self._hashes
        i = bisect_left(hashes, h)
        return i if i < len(hashes) and hashes[i] == h else -1

    def __contains__(self, word: object) -> bool:
        return self._at(word) >= 0

    def get(self, word: object, default: int = 0) -> int:
        i = self._at(word)
        return self._counts[i] if i >= 0 else default

    def __len__(self) -> int:
        return len(self._hashes)


def _underthesea_text(*parts: str) -> str:
    """A text file shipped inside underthesea's package, in lower case and NFC (read without
    importing it); "" when underthesea is not installed or the file is missing."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return ""
    try:
        return _nfc(Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
                    .read_text(encoding="utf-8").lower())
    except OSError:
        return ""


# (letters and digits together: a word mixing them is a misreading, which known_share counts)
_ALNUM_WORD = re.compile(r"[^\W_]+")


def known_share(text: str) -> tuple[float, int]:
    """(the share of a text's words that are syllables of the Vietnamese word list, the number of
    words judged). Numbers and words in capitals (abbreviations: UBND, KH; headings, which the share
    of marked letters judges) are left out; a word mixing letters and digits is a misreading
    ("2O25", "l2"). Vietnamese prose scores 0.95-1.0; the same without its marks ~0.75, since a bare
    "hoach", "truoc", "viet" is no word. (1.0, 0) when there is no word list to judge by."""
    syllables = lexicon_syllables()
    if not syllables:
        return 1.0, 0
    judged = known = 0
    for word in _ALNUM_WORD.findall(_nfc(text)):
        if word.isdigit():
            continue
        if word.isalpha():
            if len(word) > 1 and word.isupper():
                continue
            known += word.lower() in syllables
        judged += 1
    return (known / judged if judged else 1.0), judged



# The letters a poor OCR takes the digits 0 and 1 for ("2O25", "l5/KH-UBND", "0l"); the letters a
# real code mixes with digits are others (KH, NĐ, QĐ-TTg, H5N1, 4G, "Điều 5a", "30oC").
_DIGIT_LOOKALIKES = frozenset("OlI")
_ALNUM = re.compile(r"[^\W_]+")


def _mangled_number(word: str) -> bool | None:
    """True for a number with a digit read as a letter ("2O25", "l2", "0l", and "lO" for 10, all its
    digits gone), False for any other word holding a digit, None for a word that is no number."""
    if word.isdigit():
        return False
    letters = [ch for ch in word if not ch.isdigit()]
    if len(letters) == len(word):  # no digit left: O and l (I) mixed, or l doubled, still spell a number
        return True if len(word) > 1 and _DIGIT_LOOKALIKES.issuperset(word) and (
            "O" in word and ("l" in word or "I" in word) or set(word) == {"l"}) else None
    return _DIGIT_LOOKALIKES.issuperset(letters)


def mangled_numbers(text: str) -> tuple[float, int]:
    """(the share of a text's numbers read with a digit taken for a letter, the number of numbers
    judged): a layer that keeps every mark but reads 0 and 1 as O and l ("ngày lO tháng 3 năm 2O25",
    "Số: l5/KH-UBND") mangles a third to a half of a plan's numbers (its dates and years are full of
    0 and 1); a good reading, none or one in twenty. Symbols' letters (KH-UBND, NĐ-CP) are words, not
    numbers, and a range ("2024-2025") is two numbers."""
    judged = mangled = 0
    for word in _ALNUM.findall(text):
        if not any(ch.isdigit() or ch in _DIGIT_LOOKALIKES for ch in word):
            continue  # (most words: no digit and no O, l or I)
        bad = _mangled_number(word)
        if bad is None:
            continue
        judged += 1
        mangled += bad
    return (mangled / judged if judged else 0.0), judged


# ---------------------------------------------------------------- detection
MIN_ACCENTED = 3       # fewer accented words than this: too little to tell an encoding by
MIN_SHARE = 0.8        # the chosen reading: at least this share of accented words are syllables
MIN_MARGIN = 0.25      # … and at least this much ahead of the next-best reading
SAMPLE = 200_000       # bytes (characters) of a file that decide its encoding

LEGACY = {"tcvn3": decode_tcvn3, "vni": decode_vni, "cp1258": decode_cp1258}
NAMES = {"utf-8": "UTF-8", "tcvn3": "TCVN3 (ABC, .VnTime fonts)", "vni": "VNI (VNI-Times fonts)",
         "cp1258": "Windows-1258", "utf-8-double": "UTF-8 read as Windows-1252 and saved again"}
# Charset labels a web page or XML file may declare for the legacy encodings.
LABELS = {
    "tcvn": "tcvn3", "tcvn3": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3", "tcvn-5712": "tcvn3",
    "x-viet-tcvn5712": "tcvn3", "abc": "tcvn3", "vni": "vni", "x-viet-vni": "vni",
    "windows-1258": "cp1258", "cp1258": "cp1258", "x-cp1258": "cp1258",
}


@dataclass(frozen=True)
class Detection:
    encoding: str | None          # the chosen encoding, None when none clearly wins
    text: str | None              # the whole input decoded in it
    scores: dict[str, Score]      # the score of every candidate reading (of the first SAMPLE bytes)

    def ranking(self) -> list[tuple[str, Score]]:
        return sorted(self.scores.items(), key=lambda kv: -kv[1].value)


def choose(scores: dict[str, Score], prefer: str | None = None) -> str | None:
    """The reading that clearly wins, or `prefer` (a stated charset, the text as it stands) when
    it reads well and nothing clearly beats it; None when no reading clearly wins."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1].value)
    best, top = ranked[0]
    if prefer is not None and scores[prefer].share >= MIN_SHARE and top.value - scores[prefer].value < MIN_MARGIN:
        return prefer
    runner = ranked[1][1].value if len(ranked) > 1 else 0.0
    if top.accented >= MIN_ACCENTED and top.share >= MIN_SHARE and top.value - runner >= MIN_MARGIN:
        return best
    return None


def detect(data: bytes, declared: str | None = None) -> Detection:
    """Which encoding non-UTF-8 bytes are in: the legacy Vietnamese ones (and the charset a web
    page declares, when Python knows it) decoded and scored on the first SAMPLE bytes. A declared
    charset is kept unless a Vietnamese reading clearly beats it."""
    import codecs

    head = data[:SAMPLE]
    decoders = {name: (lambda b, fn=fn: fn(b)) for name, fn in LEGACY.items()}
    decoders["tcvn3"] = lambda b: decode_tcvn3(b, recase=False)  # case does not change the score
    prefer = None
    if declared:
        label = declared.strip().lower()
        prefer = LABELS.get(label)
        if prefer is None:
            try:
                codec = codecs.lookup(label).name
            except LookupError:
                codec = None
            if codec and not codec.startswith("utf"):
                prefer = f"declared {codec}"
                decoders[prefer] = lambda b, c=codec: _nfc(b.decode(c, errors="replace"))
    scores = {name: score(fn(head)) for name, fn in decoders.items()}
    name = choose(scores, prefer)
    if name is None and prefer is not None and prefer.startswith("declared"):
        name = prefer  # a charset the file states is a fact, not a guess
    if name is None:
        return Detection(None, None, scores)
    full = LEGACY[name](data) if name in LEGACY else decoders[name](data)
    return Detection(name, full, scores)


def _as_bytes(text: str) -> bytes | None:
    """The bytes a text came from when it was decoded as Latin-1/Windows-1252; None if it was not."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        else:
            try:
                out.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                return None
    return bytes(out)


def char_byte(ch: str) -> int | None:
    """The byte a character stands for when bytes were read as Windows-1252 (Latin-1 for the five
    bytes it leaves undefined); None for any other character."""
    if len(ch) != 1:
        return None
    o = ord(ch)
    if o < 0x100:
        return o
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def typed_in_unicode(text: str) -> bool:
    """Does a run in a legacy font hold a character none of its 256 code points stands for (beyond
    Windows-1252: "ụ", "Đ", "ơ")? Then it was typed in Unicode (a Unicode keyboard in an old
    .VnTime file; Word draws such letters from another font) and is no legacy text."""
    return _as_bytes(text) is None


def decode_font_text(text: str, encoding: str, capitals: bool = False) -> str:
    """Text a word processor stored in a legacy font's code points (each byte as its Windows-1252
    character, the five bytes cp1252 leaves undefined as U+0081 … controls) decoded to Unicode;
    capitals=True for a .VnTimeH run. TCVN3 capitals typed in a .VnTime run are left in small
    letters: the caller puts them back over the whole paragraph (`recase_paragraph`)."""
    raw = _as_bytes(text)
    if raw is None:  # a character no 8-bit font holds: the run is not legacy text after all
        return text
    decoded = decode_tcvn3(raw, recase=False) if encoding == "tcvn3" else decode_vni(raw)
    return decoded.upper() if capitals else decoded


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Text that is a legacy encoding (or UTF-8) read as Latin-1/Windows-1252 and saved as
    Unicode, put right: returns (text, encoding it really was) or (text unchanged, None).

    Only text whose non-ASCII characters all come from Latin-1/Windows-1252 is considered, and
    the repaired reading must clearly beat the text as it stands. UTF-8 whose bytes Windows-1252
    leaves undefined were lost on the way (shown as "?" or U+FFFD, or dropped) is repaired too,
    each lost byte put back as the one that makes a Vietnamese word (`decode_utf8_lost`)."""
    if text.isascii():
        return text, None
    raw = _as_bytes(text)
    lost = raw is None and "\ufffd" in text
    if lost:
        raw = _as_bytes(text.replace("\ufffd", "?"))
    if raw is None:
        return text, None
    readings: dict[str, str] = {}
    name = _mangled_by(text, raw, readings)
    if name is None or lost and name != "utf-8-double":
        return text, None
    if len(raw) <= SAMPLE and name in ("vni", "utf-8-double"):
        return readings[name], name   # (the sample was the whole text, read by the same decoder)
    return (LEGACY[name](raw) if name in LEGACY else decode_utf8_lost(raw)), name


def _mangled_by(text: str, raw: bytes, readings: dict[str, str] | None = None) -> str | None:
    """The encoding ("tcvn3", "vni", "utf-8-double") whose reading of the bytes a Windows-1252
    reading made of `text` clearly beats the text as it stands; None when none does. `readings`
    gets each encoding's reading of the first SAMPLE bytes (tcvn3's left in small letters)."""
    head = raw[:SAMPLE]
    decoders = {"tcvn3": lambda b: decode_tcvn3(b, recase=False), "vni": decode_vni,
                "utf-8-double": decode_utf8_lost}
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", head):  # no UTF-8 sequence read one byte at a time
        del decoders["utf-8-double"]
    read = {name: fn(head) for name, fn in decoders.items()}
    if readings is not None:
        readings.update(read)
    scores = {"as-is": score(text[:SAMPLE]), **{name: score(got) for name, got in read.items()}}
    name = choose(scores, prefer="as-is")
    return None if name == "as-is" else name


# The bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): a UTF-8 text read in it
# and saved again may lose them ("Ä" for "Đ", "truyá»?n" for "truyền"). What each could have been
# after the bytes before it, in the order Vietnamese text uses them most; the letter that makes
# the word a Vietnamese syllable wins.
_LOST_AFTER = {b"\xe1\xbb": b"\x81\x9d\x8d\x8f\x90",   # ề ờ ọ ỏ Ố
               b"\xc3": b"\x81\x8d\x9d",                 # Á Í Ý
               b"\xc4": b"\x90",                           # Đ
               b"\xe2\x80": b"\x9d"}                      # ”
# A sequence whose last byte is 0xA0 (à, Ơ, Ạ, Ỡ) shows that byte as a no-break space, which a
# PDF's text layer (or a layout) gives as a plain space: "vÃ  cÃ¡c", "KHÆ NG".
_NBSP_LEADS = frozenset((b"\xc3", b"\xc6", b"\xe1\xba", b"\xe1\xbb"))
_LOST = re.compile(rb"(\xe1[\xba\xbb]|[\xc3\xc4\xc6]|\xe2\x80)(?:\?|(?![\x80-\xbf]))")
_WORD_BYTES = re.compile(rb"[^\s!-/:-@\[-`{-~]*$")
_WORD_AHEAD = re.compile(rb"[^\s!-/:-@\[-`{-~]*")
_LAST_WORD = re.compile(rb"([^\s!-/:-@\[-`{-~]*)\s*$")
_NEXT_WORD = re.compile(rb"\s*([^\s!-/:-@\[-`{-~]*)")


def decode_utf8_lost(raw: bytes) -> str:
    """UTF-8 bytes to NFC text, the bytes a Windows-1252 reading lost put back where a sequence
    stops short (see _LOST_AFTER), or a space that was its last byte 0xA0 (_NBSP_LEADS) or that byte
    lost with the spaces ending a line, whichever makes the word a Vietnamese one; other broken
    bytes as U+FFFD."""
    try:
        return _nfc(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    out, at = bytearray(), 0
    for m in _LOST.finditer(raw):
        if m.start() < at:
            continue
        out += raw[at:m.start()]
        lead = m.group(1)
        head = _WORD_BYTES.search(bytes(out[-60:])).group()
        before = _LAST_WORD.search(bytes(out[-60:len(out) - len(head)])).group(1).decode("utf-8", "replace").lower()
        options = []   # (the bytes put back, the bytes of raw they stand for, the word they make, the word after)
        tail = _WORD_AHEAD.match(raw, m.end()).group()
        after = _NEXT_WORD.match(raw, m.end() + len(tail)).group(1)
        for byte in _LOST_AFTER.get(lead, b""):
            options.append((bytes([byte]), m.end(), head + lead + bytes([byte]) + tail, after))
        if m.group() == lead and lead in _NBSP_LEADS:
            if raw[m.end():m.end() + 1] == b" ":
                tail2 = _WORD_AHEAD.match(raw, m.end() + 1).group()
                after2 = _NEXT_WORD.match(raw, m.end() + 1 + len(tail2)).group(1)
                options.append((b"\xa0", m.end() + 1, head + lead + b"\xa0" + tail2, after2))
            elif not tail:
                # the no-break space ended a line, where a layer or an editor drops trailing spaces
                options.append((b"\xa0", m.end(), head + lead + b"\xa0", after))
        if not options:
            out += m.group()
            at = m.end()
            continue
        best = _best_lost(options, before)
        out += lead + best[0]
        at = best[1]
    out += raw[at:]
    return _nfc(bytes(out).decode("utf-8", errors="replace"))


_EDGE = re.compile(r"^[\W\d_]+|[\W\d_]+$")


# Words that quantify the noun after them, and words that are no noun: never after one of them
_QUANTIFIERS = frozenset("mọi mỗi các những từng".split())
_NO_NOUN = _QUANTIFIERS | frozenset("và của cho với để đến tại trước sau theo về trong từ tới là thì mà "
                                    "đã sẽ được bị đang này đó ấy".split())


def _best_lost(options: list[tuple[bytes, int, bytes, bytes]], before: str) -> tuple[bytes, int, bytes, bytes]:
    """max(options, key=_lost_rank), the first best: the rank's last part (how many words of the
    list hold the syllable, a table built on first use) is read only for options its first parts
    leave tied, which they nearly never do."""
    heads = [_lost_rank_head(o[2], (before, o[3].decode("utf-8", "replace").lower())) for o in options]
    top = max(heads)
    tied = [o for o, h in zip(options, heads) if h == top]
    if len(tied) == 1:
        return tied[0]
    return max(tied, key=lambda o: _lost_rank(o[2], (before, o[3].decode("utf-8", "replace").lower())))


def _lost_rank(candidate: bytes, context: tuple[str, str]) -> tuple:
    """How well a word with a lost byte put back reads: a Vietnamese syllable at all; no quantifier
    without its noun ("mọi các"); one of a word of two syllables with the word before or after it
    ("mục đích"); a word plans use most (COMMON_WORDS: "quý", "người", "về"); how often running
    text uses it (`syllable_frequency`: "mọi", not "mỏi"); a syllable of the word list; how many of
    its words hold it."""
    head = _lost_rank_head(candidate, context)
    if not head[0]:
        return head
    counts = _syllable_counts()
    forms = _tone_forms(_EDGE.sub("", _nfc(candidate.decode("utf-8", errors="replace"))).lower())
    return head + (any(f in counts for f in forms), max(counts.get(f, 0) for f in forms))


def _lost_rank_head(candidate: bytes, context: tuple[str, str]) -> tuple:
    """_lost_rank up to how often running text uses the word (all of it but the word list's counts)."""
    word = _EDGE.sub("", _nfc(candidate.decode("utf-8", errors="replace")))
    if not (is_syllable(word) and (word[1:].islower() or word.isupper() or len(word) == 1)):
        return (False,)
    low = word.lower()
    before, after = context
    words = lexicon_words()
    forms = _tone_forms(low)   # the word list places some tones the old way ("toả", "hoà")
    # a quantifier stands before its noun: "mọi" before "các", a preposition, or ending a clause, was
    # another word ("mời các đại biểu", "phát hành thư mời trước 05 ngày", "thư mời.")
    stray = low in _QUANTIFIERS and (not after or after in _NO_NOUN)
    pairs = _corpus_pairs()
    return (True, not stray, any(f"{before} {f}" in words or f"{f} {after}" in words
                                 or f"{before} {f}" in pairs or f"{f} {after}" in pairs for f in forms),
            low in COMMON_WORDS, max(syllable_frequency().get(f, 0) for f in forms))


def syllable_frequency() -> WordSet:
    """How often each syllable occurs in running Vietnamese text: the tagged news corpus (VLSP 2013,
    ~1 MB) underthesea ships with its part-of-speech model; empty when it is not installed. The word
    list says which syllables exist, not which of two a writer meant ("mọi người", not "mỏi người")."""
    return _lost_byte_tables()[2]


def _corpus_pairs() -> WordSet:
    """Neighbouring syllables inside one word of the word list (its hyphens read as spaces:
    "đông-nam á" gives "nam á") or of the same tagged corpus, whose words include names of
    continents, regions and countries the word list lacks ("châu á"). Where no word of two
    syllables holds a name, the lone syllable's frequency favours the wrong letter ("châu Ý")."""
    return _lost_byte_tables()[1]


def _tagged_corpus() -> tuple[dict[str, int], set[str]]:
    """(how often each syllable occurs, the pairs of neighbouring syllables inside one word) in the
    tagged news corpus underthesea ships with its part-of-speech model (a word of one or more
    syllables, a tab, its tag, a line each)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return {}, set()
    package = Path(next(iter(spec.submodule_search_locations)))
    for path in sorted((package / "pipeline" / "pos_tag" / "models").glob("*/test_output.txt"))[:1]:
        text = _underthesea_text(*path.relative_to(package).parts)
        words = [line.split("\t", 1)[0] for line in text.split("\n")]
        # (Counter counts in C; only a word with white space holds a pair, and any but " " is unprintable)
        pairs: set[str] = set()
        for word in words:
            if " " in word or not word.isprintable():
                syls = word.split()
                pairs.update(map(" ".join, zip(syls, syls[1:])))
        return dict(Counter(" ".join(words).split())), pairs
    return {}, set()


def _tone_forms(word: str) -> set[str]:
    """The word with its tone mark on each of its vowels in turn (the new and the old placement)."""
    d = unicodedata.normalize("NFD", word)
    tone = next((c for c in d if c in _TONE_SET), "")
    if not tone:
        return {word}
    base = d.replace(tone, "")
    out = {word}
    for i, c in enumerate(base):
        if c in "aeiouyAEIOUY":
            j = i + 1
            while j < len(base) and unicodedata.combining(base[j]):
                j += 1
            out.add(_nfc(base[:j] + tone + base[j:]))
    return out


@lru_cache(maxsize=1)
def _syllable_counts() -> dict[str, int]:
    """How many words of the word list hold each syllable (Counter counts in C)."""
    return dict(Counter(" ".join(_lexicon_word_set()).split()))


# Characters of Latin-1 and Windows-1252 that Vietnamese in Unicode never uses (its letters, the
# no-break space, «, ° and the curly quotes and dashes are left out), and that a TCVN3 or VNI text
# shown in a Unicode font, or UTF-8 read as Windows-1252, is full of: "KÕ ho¹ch", "Keá hoaïch",
# "Káº¿ hoáº¡ch", "Ä‘".
FOREIGN = re.compile("[\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00bf\u00c4-\u00c6\u00cb\u00ce"
                     "\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e6\u00eb\u00ee"
                     "\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161"
                     "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a]")
MIN_FOREIGN = 5   # fewer such characters in a whole document: a few symbols, nothing mangled


def may_be_mangled(text: str) -> bool:
    """Does a document's text hold MIN_FOREIGN characters no Vietnamese text uses (the test before
    any line of it is judged mangled)?"""
    return len(FOREIGN.findall(text)) >= MIN_FOREIGN

THROUGHOUT = 0.75  # this share of the pieces that may be mangled reading better repaired: all of them are


def _reading(text: str) -> tuple[int, int, int]:
    """How well a piece reads, ranked: fewer accented words that are no Vietnamese syllable; more
    of them syllables of the word list ("Số", not "Soá"); more syllables at all."""
    a = score(text)
    syllables = lexicon_syllables()
    known = sum(1 for tok in _SPLIT.split(_nfc(text)) if not tok.isascii() and tok.lower() in syllables)
    return a.valid - a.accented, known, a.valid


def repair_pieces(pieces: list[str]) -> tuple[list[str], set[int], str | None, bool]:
    """The pieces of one document (lines, table cells) of which some are mangled, as a file
    partly retyped in Unicode or a Word file whose .VnTime (VNI-Times) text was given a Unicode
    font without being converted shows them: those pieces read in the encoding they really are
    in. Returns (pieces, the indices of those repaired, that encoding or None, whether the
    document is mangled throughout). The encoding is told over all the pieces that may be mangled
    together (every non-ASCII character a Windows-1252 one); each is repaired where its repaired
    reading holds fewer words that are no Vietnamese syllable, or as few and more of the word list
    (a Unicode line of Latin-1 letters only, "Võ Thành Nhân", stays). In a document mangled
    throughout (THROUGHOUT of those pieces read better repaired), a piece that reads as well
    either way is repaired too ("Sè:" is "Số:"). TCVN3 pieces are left in small letters
    (`recase_pieces`)."""
    idx, raws = [], []
    for k, piece in enumerate(pieces):
        if not piece.isascii():
            raw = _as_bytes(piece)
            if raw is not None:
                idx.append(k)
                raws.append(raw)
    if not idx:
        return pieces, set(), None, False
    name = _mangled_by("\n".join(pieces[k] for k in idx), b"\n".join(raws))
    if name is None:
        return pieces, set(), None, False
    out, fixed, tied = list(pieces), set(), {}
    for k, raw in zip(idx, raws):
        new, better = _repaired(pieces[k], raw, name)
        if better:
            out[k] = new
            fixed.add(k)
        elif better is None:
            tied[k] = new
    throughout = len(fixed) >= THROUGHOUT * len(idx)
    if throughout:
        for k, new in tied.items():
            out[k] = new
            fixed.add(k)
    return out, fixed, (name if fixed else None), throughout


def mangled_encoding(pieces: list[str]) -> tuple[str | None, bool]:
    """(the encoding some of a document's pieces are mangled from, whether it is mangled
    throughout) (see `repair_pieces`); (None, False) when none clearly is. Only a document holding
    MIN_FOREIGN characters no Vietnamese text uses is judged."""
    if not may_be_mangled("\n".join(pieces)):
        return None, False
    _, _, name, throughout = repair_pieces(pieces)
    return name, throughout


def repair_piece(piece: str, name: str, throughout: bool = False) -> str:
    """One piece of a document whose mangled pieces are in `name` (told by `mangled_encoding`),
    repaired when that reads better (or as well, in a document mangled throughout); TCVN3 with
    the capitals of a paragraph put back."""
    if piece.isascii():
        return piece
    raw = _as_bytes(piece)
    if raw is None:
        return piece
    new, better = _repaired(piece, raw, name)
    if not better and not (better is None and throughout):
        return piece
    return recase_paragraph(new) if name == "tcvn3" else new


def _repaired(piece: str, raw: bytes, name: str) -> tuple[str, bool | None]:
    """(the piece's bytes read in `name`, TCVN3 left in small letters; whether that reads better:
    True, False, or None when it reads as well and is another text)."""
    if name == "utf-8-double":
        new = decode_utf8_lost(raw)
    else:
        new = decode_tcvn3(raw, recase=False) if name == "tcvn3" else decode_vni(raw)
    if new == piece:
        return new, False
    a, b = _reading(new), _reading(piece)
    return new, (True if a > b else None if a == b else False)


def recase_pieces(lines: list[str], which: set[int]) -> list[str]:
    """`_recase` of the lines in `which` (TCVN3 text repaired in place), the lines around them as
    they are but read for where a sentence ends. (A line may hold line breaks: a table row's.)"""
    if not which:
        return lines
    parts, chosen = [], set()
    for k, line in enumerate(lines):
        for part in line.split("\n"):
            if k in which:
                chosen.add(len(parts))
            parts.append(part)
    fixed = _recase("\n".join(parts), chosen).split("\n")
    out, at = [], 0
    for line in lines:
        n = line.count("\n") + 1
        out.append("\n".join(fixed[at:at + n]))
        at += n
    return out
