"""OCR of page images with Tesseract (through pytesseract), tables rebuilt from the page's rules.

    ocr_image(img, dpi=300, page=None) -> (lines, mean word confidence 0-100)
    ocr_pdf_pages(data, page_numbers=None, workers=None) -> [(page, lines, confidence), …]

One page costs one Tesseract recognition (`-l vie --psm 6 --dpi 300`, words as TSV), and a
second, small one when step 3 finds words to read again, both run by Tesseract's library in this
process (tessapi: the model loaded once per process, where the `tesseract` program loads it
again for every read, ~0.1 s of CPU each; the program through pytesseract where the library is not
to be had); around it, numpy work of a few hundred milliseconds. A PDF page that is one scanned
image (250-400 dpi, upright) is read from that image's own pixels, not rasterized again
(page_image):

1. grey scale, coloured ink (a red seal, a blue signature) lifted to white on a colour page
   (drop_colour_ink), uneven light divided out where the paper greys over part of the page
   (even_light), a seal's mid-grey ink on a greyscale page (lift_grey_seal), deskew
   (projection-profile search over ±5°, then rotation), Otsu binarization;
2. ruling lines found as long dark runs, grouped into table grids (rules that cross), and erased
   from the image, so that Tesseract reads the cells' text and not the rules as "|" and "_"; rules
   not found so (printed in dashes, faint) come back read as "¡", "!", "ị" lined up at one x on
   the table's lines, and are taken from the words (drop_rule_ghosts);
3. words Tesseract reads badly are checked on the page: short doubtful words standing alone (an
   STT number, a cell's figure, "TT") are read a second time, binarized and stacked in one image
   (one more Tesseract run for the page, only when there are such words); a quarter's Roman
   numeral ("quý III/2025") has its stems counted on the ink; a word read without the spaces
   between its syllables ("nôngthôn", mostly in table rows) is cut into them (split_syllables);
4. Tesseract's words (boxes, confidences) are put back together: words inside a grid go to
   their row band and column, each band becoming RawLine(cells=[…]) (a cell's lines joined with
   "\n", a merged cell's text in its first column; a cell merged down over several rows, whose
   row rule stops short at its column, read whole on its first row and marked on the rows it
   covers as RawLine.merged_above); the other words become prose lines, and a
   two-column block (issuer | national motto, "Số:" | date, "Nơi nhận:" | signer) gives its left
   column's lines, then its right column's, as the PDF reader does for a text-layer page; a prose
   line that stops where the next line's first word would have fitted is marked RawLine.ended;
   a table printed without rules (a header row of column names, or numbered rows in stable column
   bands) is found among the prose rows from the words' boxes (pdf.unruled_tables); an "Ia" that
   opens a Central Highlands place name, read "la" or "1a", is mended where a place is named;
5. a page read with low confidence is checked for orientation (Tesseract OSD) and read again
   turned upright only then, so an upright page is never read twice. A page fed through the
   scanner sideways (a landscape appendix printed on A4) is caught before its first read, whose
   garbage costs 2-3x an upright read: its dark pixels' column profile is sharper than its row
   profile (looks_sideways, ~0.04 s), and only then OSD says which way to turn it. A sheet fed
   upside down is caught the same way: its lines carry more ink below their x-height band than
   above it (looks_upside_down, ~0.02 s), where an upright Vietnamese line has its capitals,
   ascenders and tone marks. OSD reads the page at half size (150 dpi): the same turn found at
   half the cost.

Measured on this 2-core machine (rendered plans scanned at 300 dpi, 1° skew, noise):
--psm 6 keeps STT digits and whole table rows that --psm 3 loses (3 splits a table into column
blocks and drops lone digits) and is ~10% faster; Tesseract's OpenMP threads make a page
2.7-4x slower, so OMP_THREAD_LIMIT=1 and one page per core (threads: the work is in Tesseract,
which runs without the GIL); CPU per page ≈ 0.86x bare `tesseract -l vie` on the same pages
(bench/formats.py --noisy, page images included; 1.01x with the program run for each read).
"""
from __future__ import annotations

import bisect
import math
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Container, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageChops, ImageFilter, ImageOps

from extractors.levels import HAMLET_PLACE_NOUNS, LEVELS
from pipeline.document import PAGE_NUMBER, PART_HEADING, RawLine
from pipeline.ingest import tessapi
from pipeline.ingest.columns import ColumnRules, column_blocks
from pipeline.ingest.encodings import ACUTE, DOT, is_syllable, syllable_shape
from pipeline.errors import PlanError

LANG = "vie"          # "vie+eng" strips diacritics; the plans are Vietnamese
PSM = 6               # one uniform block: table rows and header blocks stay on one line
MAX_SKEW = 5.0        # degrees searched by the deskew
LOW_CONFIDENCE = 55.0  # below this a page is checked for orientation
OSD_DPI = 150         # the least resolution the orientation check is run at
# A page whose column profile is this much sharper than its row profile has its lines running up or
# down it (measured: upright scans 0.19-0.60, with or without ruled tables; sideways ones 1.7-5.4).
SIDEWAYS_RATIO = 1.2
# A page with less ink above its lines' x-height band than this share of the ink below it is
# taken for upside down (looks_upside_down) and checked by OSD before its first read, which turned
# costs ~2x an upright read and is thrown away (measured: upright 1.39-2.24, turned 0.41-0.82).
UPSIDE_RATIO = 0.85
UPSIDE_CORE = 0.4         # a line's x-height band: rows with this share of its densest row's ink
UPSIDE_STRIP_IN = 0.64    # strip width (inches): a 1° skew slants a line 0.01 inch across it
UPSIDE_LINE_IN = (0.04, 0.27)   # a line's height (inches), from 8 pt print to a 16 pt title
UPSIDE_MIN_LINES = 20     # pieces of line (a few lines of text): fewer tell nothing
TABLE_ID_STRIDE = 1000  # table ids of page p are p*1000 + k, so pages never share one
PAGE_TIMEOUT_S = int(os.environ.get("KEHOACH_OCR_PAGE_TIMEOUT", "300"))
ROTATE_RESAMPLE = Image.BILINEAR
ERASE_VERTICAL = True
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe


@dataclass
class Word:
    text: str
    conf: float
    left: int
    top: int
    right: int
    bottom: int
    key: tuple[int, int, int]  # Tesseract's (block, paragraph, line)

    @property
    def cx(self) -> float:
        return (self.left + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Grid:
    """A ruled table: row boundaries, column boundaries and, per row band, the rules present."""
    rows: list[float]
    cols: list[float]
    band_cols: list[list[float]]  # for each band, the column boundaries drawn through it
    # for each band, the columns whose cell is the lower part of a cell merged down from the band
    # above (RawLine.merged_above); empty when the page's pixels were not looked at
    merged: list[tuple[int, ...]] = field(default_factory=list)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.cols[0], self.rows[0], self.cols[-1], self.rows[-1]


# ---------------------------------------------------------------- Tesseract


def _tesseract_env() -> None:
    """Tesseract's OpenMP threads cost more than they bring: one thread per process."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception as exc:  # tesseract missing or broken
        raise PlanError("ocr_unavailable", f"Tesseract cannot be run ({exc}); install the Debian packages "
                        "tesseract-ocr and tesseract-ocr-vie") from exc


def check_tesseract() -> None:
    """Raise PlanError when Tesseract or its Vietnamese model is missing."""
    if LANG not in _languages():
        raise PlanError("ocr_unavailable", "Tesseract has no Vietnamese model; install the Debian package "
                        "tesseract-ocr-vie")


def _with_image_file(img: Image.Image, fn):
    """Hand Tesseract an uncompressed PGM: faster to write and read than the PNG pytesseract makes."""
    fd, path = tempfile.mkstemp(prefix="kehoach-ocr-", suffix=".pgm")
    os.close(fd)
    try:
        img.save(path, format="PPM")
        return fn(path)
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


EDGE_JUNK = re.compile(r"^[|_]+|[|_]+$")
# Tesseract reads the slash of a symbol as a fraction or division slash, at times beside the slash
# itself ("45⁄/KH-UBND"): what was printed is one "/".
SLASH_LOOKALIKE = re.compile(r"/?[\u2044\u2215]+/?")


# The legislature's term in a symbol ("59/2020/QH14", "1665/NQ-UBTVQH15") read with a stroke
# after QH ("QHI15", "QH|14") or with the 1 read as l ("QHl5").
QH_TERM = re.compile(r"QH(?:[Il|!](?=1\d(?!\d))|(?P<one>[l|])(?=\d(?!\d)))")


def _caps_then_word(text: str) -> int | None:
    """Where a word in lower case starts right after a code in capitals the space between them
    was lost ("HĐNDvà", "29/2024/TT-BGDĐTngày"): the index to split at, else None. A code's own
    lower-case letter stands alone ("QĐ-TTg", "GDTrH")."""
    end = len(text.rstrip(".,;:)"))
    i = end
    while i > 0 and text[i - 1].islower():
        i -= 1
    if end - i >= 2 and i >= 2 and text[i - 1].isupper() and text[i - 2].isupper():
        return i
    return None


def word_text(text: str) -> str:
    """A word as Tesseract gave it, without what rules and lookalikes add to it."""
    text = EDGE_JUNK.sub("", text.strip())
    if "\u2044" in text or "\u2215" in text:
        text = SLASH_LOOKALIKE.sub("/", text)
    if "QH" in text:
        text = QH_TERM.sub(lambda m: "QH1" if m["one"] else "QH", text)  # the "1" read as "l": put back
    return text


def split_glued(text: str) -> list[str]:
    """A word Tesseract read without the space after a code in capitals, or before one
    ("tầngUBND", "vàHĐND"), as two words."""
    if len(text) > 3 and not text.islower() and not text.isupper():
        k = _caps_then_word(text)
        if k is not None:
            return [text[:k], text[k:]]
        m = WORD_THEN_CODE.match(text)
        if m is not None:
            return [m.group(1), text[m.end(1):]]
    return [text]


# A word in lower case (or capitalised) whose last letters are a code of two or more capitals:
# a code's own lower-case letters sit before capitals inside it ("TTg", "GDTrH"), never as a
# syllable of two lower-case letters or more, with a tone or not, before its last capitals.
WORD_THEN_CODE = re.compile(r"^(\W*[A-ZĐ]?[^\W\d_A-ZĐ]{2,})(?=[A-ZĐ]{2,}\W*$)")


# Tesseract's LSTM at times reads a table row (one text line across the cells under --psm 6)
# without a space that is printed: "nôngthôn", "cácxã", "Dịch vụnông", "Phòng Vănhóa". Its
# textord settings do not change that and --psm 4 keeps the spaces but loses the STT digits, so
# a word that is no syllable but falls into syllables is cut where they meet. Spelling rules that
# is_syllable leaves open (it also judges text decoded without tones) are enforced on the parts:
# a glued pair must not be cut into "Vă|nhóa" or "cơc|hế".
SPLIT_MAX_PARTS = 4
ONE_LETTER_SYLLABLES = frozenset("ởýôy")  # "y" of "Thú y", "y tế": "Thú yxã", "Trạm ytế"
_STOP_FINALS = frozenset({"c", "ch", "p", "t", "k"})
_NEEDS_FINAL = frozenset({"ă", "â", "iê", "yê", "uô", "ươ", "uyê"})  # open, these are spelled ia, ưa, …
_BEFORE_NH_CH = frozenset({"a", "ê", "i", "y", "oa", "uê", "uy"})
_FINALS = frozenset({"c", "ch", "m", "n", "ng", "nh", "p", "t"})
GLUED_CORE = re.compile(r"^(\W*)([^\W\d_]{3,})(\W*)$")


def _part_syllable(part: str) -> tuple[str, str, str, str] | None:
    """A part of a glued word, when it is a syllable as printed (tones and finals agree)."""
    if len(part) == 1 and part.lower() not in ONE_LETTER_SYLLABLES:
        return None
    if len(part) > 1 and not part[1:].islower():  # a capital inside starts a part; codes have no parts
        return None
    shape = syllable_shape(part)
    if shape is None:
        return None
    _, vowels, final, tone = shape
    if final in _STOP_FINALS and tone not in (ACUTE, DOT):
        return None
    if (not final and vowels in _NEEDS_FINAL) or (final in ("nh", "ch") and vowels not in _BEFORE_NH_CH):
        return None
    return shape


def _segmentations(core: str, limit: int) -> list[list[str]]:
    if _part_syllable(core) is not None:
        return [[core]]
    if limit == 1:
        return []
    out = []
    for k in range(1, len(core)):
        if _part_syllable(core[:k]) is not None:
            out.extend([core[:k], *rest] for rest in _segmentations(core[k:], limit - 1))
    return out


def split_syllables(word: str, known: Container[str] = frozenset()) -> list[str]:
    """A word Tesseract read without the spaces between its syllables, as those syllables
    ("nôngthôn," → ["nông", "thôn,"]); any other word as it is.

    Among several cuts the fewest parts win, then the most parts among `known` (the page's own
    words, in lower case), then cuts before an onset no syllable ends with ("thực|hiện", not
    "thự|chiện"; "Văn|Hóa"). A word in capitals is cut as its lower case, and only into syllables
    among `known` ("CÁTHANH" → "CÁT", "HANH" on a page that prints "Cát Hanh"); codes (UBND, HĐND),
    words of ASCII letters only (Zalo, online) or with digits or symbols inside (KH-UBND) are left
    alone."""
    m = GLUED_CORE.match(word)
    if m is None:
        return [word]
    core = m.group(2)
    if is_syllable(core) or core.isascii():
        return [word]
    # a name in capitals glued the same way ("XÃ CÁTHANH" at 200 dpi): cut as its lower case would
    # be, but only into syllables the page prints elsewhere ("Cát Hanh, ngày …"): capitals lose the
    # cue a capital inside gives, and a code (HĐND) has no syllable to cut
    caps = core.isupper() and len(core.lower()) == len(core)
    if caps:
        core = core.lower()
    cuts = _segmentations(core, SPLIT_MAX_PARTS)
    if not cuts and (k := _doubled_i(core)) is not None:
        core = core[:k] + core[k + 1:]
        cuts = _segmentations(core, SPLIT_MAX_PARTS)
    if not cuts:
        return [word]

    def rank(parts: list[str]) -> tuple[int, int, int]:
        onsets = sum(_onset_weight(_part_syllable(part)[0]) for part in parts[1:])
        return len(parts), -sum(p.lower() in known for p in parts), -onsets

    parts = min(cuts, key=rank)
    if len(parts) == 1:
        return [word]
    if caps:
        if not all(p in known for p in parts):
            return [word]
        parts = [p.upper() for p in parts]
    parts[0], parts[-1] = m.group(1) + parts[0], parts[-1] + m.group(3)
    return parts


# No Vietnamese syllable holds two i's running ("ii", "ỉi"), nor does one end in "i" before one that
# opens with it: in a glued word ("BanChỉihuy" for "Ban Chỉ huy", 200 dpi) a bare "i" beside a toned
# one is the tone mark's ink read a second time, or a speck, and goes before the word is cut.
_I_VOWELS = frozenset("iìíỉĩị")


def _doubled_i(core: str) -> int | None:
    """Index of a bare "i" standing next to another i-vowel in a glued word, else None."""
    for k in range(1, len(core)):
        a, b = core[k - 1], core[k]
        if a in _I_VOWELS and b in _I_VOWELS and "i" in (a, b):
            return k if b == "i" else k - 1
    return None


def _onset_weight(onset: str) -> int:
    """How surely a cut belongs before this onset: one no syllable ends with ("hiện" after
    "thực") most, one that could also end the syllable before ("n", "ch") less, none least."""
    return 2 if onset and onset not in _FINALS else 1 if onset else 0


def _shares(w: Word, parts: list[str]) -> list[Word]:
    """Words for the parts of one read word, each with its share of the box by its length."""
    out, left, done = [], w.left, 0
    for part in parts:
        done += len(part)
        right = w.left + (w.right - w.left) * done // len(w.text)
        out.append(Word(part, w.conf, left, w.top, right, w.bottom, w.key))
        left = right + 1
    return out


_EDGE_MARKS = ",.;:()\"“”'!?"


def split_glued_syllables(words: list[Word]) -> list[Word]:
    """The page's words, those read without the spaces between their syllables cut apart."""
    # (a word's punctuation apart: the place before the date is printed "Mường La, ngày …")
    known = {core.lower() for w in words if is_syllable(core := w.text.strip(_EDGE_MARKS))}
    out: list[Word] = []
    for w in words:
        parts = split_syllables(w.text, known)
        out.extend(_shares(w, parts) if len(parts) > 1 else [w])
    return out


def _tsv_columns(tsv: str) -> dict[str, list]:
    """Tesseract's TSV as pytesseract's Output.DICT reads it: numbers truncated to int (a word's
    confidence 96.5 is 96), a row's missing text ''."""
    rows = [row.split("\t") for row in tsv.strip().split("\n")]
    names = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
             "left", "top", "width", "height", "conf", "text")
    data: dict[str, list] = {name: [] for name in names}
    for row in rows:
        if len(row) < len(names) - 1:
            continue
        for k, name in enumerate(names[:-1]):
            data[name].append(int(float(row[k])))
        data["text"].append(row[-1] if len(row) == len(names) else "")
    return data


def _run_data(img: Image.Image, dpi: int, psm: int | None = None) -> list[Word]:
    import pytesseract

    _tesseract_env()
    config = f"--dpi {int(dpi)} --psm {psm or PSM} -c preserve_interword_spaces=1"
    try:
        tsv = tessapi.tsv(np.asarray(img), dpi, psm or PSM, PAGE_TIMEOUT_S) if img.mode == "L" else None
        data = _tsv_columns(tsv) if tsv is not None else _with_image_file(img, lambda p: pytesseract.image_to_data(
            p, lang=LANG, config=config, output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT_S))
    except pytesseract.TesseractNotFoundError as exc:
        raise PlanError("ocr_unavailable", "Tesseract is not installed; install the Debian packages "
                        "tesseract-ocr and tesseract-ocr-vie") from exc
    except (pytesseract.TesseractError, tessapi.ApiError) as exc:
        raise PlanError("ocr_failed", f"Tesseract failed on the page ({exc}); check that the image "
                        "is a readable scan") from exc
    except RuntimeError as exc:  # pytesseract's timeout, the library's monitor
        raise PlanError("ocr_timeout", f"Tesseract did not finish a page within {PAGE_TIMEOUT_S} s; the scan "
                        "may be huge or damaged: scan it again at 300 dpi") from exc
    words = []
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if conf < 0 or not (text or "").strip():
            continue
        text = word_text(text)  # rules' leftovers stuck to a word: "|Công", "20_", "_-"
        if not text:
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        word = Word(text, conf, left, top, right, bottom, key)
        parts = split_glued(text)
        words.extend(_shares(word, parts) if len(parts) > 1 else [word])
    return words


# Tesseract's model reads a short word standing alone (an STT number on its own line, a number in
# a table cell, a page number) far worse than the same word inside a line of text: "2" comes out
# "z", "221" "sói", "TT" "TỊ", "5" "S", each with a low confidence. Read again binarized and
# stacked one per line in a column, Tesseract reads them as ordinary short lines, and right.
REREAD_CONF = 90.0      # a short word standing alone is read again below this confidence
REREAD_ACCEPT = 50.0    # the second reading replaces the first only when at least this sure
REREAD_MAX_LEN = 5      # "2", "TT", "2,51", "12/25": a cell's number or code, not a phrase
REREAD_MAX = 60         # words read again per page: one extra Tesseract run whatever the number
REREAD_GAP = 1.2        # "alone": this many median word heights from its neighbours on the line
# A Roman numeral as Tesseract misreads it ("II", "IL", "lI"): read a second time it comes out no
# better ("II" → "IH", "IL" → "L"); a quarter's numeral has its stems counted instead.
ROMAN_LOOKALIKE = re.compile(r"^(?=\D)[IVXLHl|!1]+[.:]?$")


def _lone_doubtful(words: list[Word]) -> list[int]:
    """Indices of short words read with doubt that stand alone: by themselves on their line, or in
    a table row far from the next cell's words."""
    doubtful = [i for i, w in enumerate(words) if w.conf < REREAD_CONF and len(w.text) <= REREAD_MAX_LEN
                and not ROMAN_LOOKALIKE.match(w.text)]
    if not doubtful:
        return []
    heights = sorted(w.bottom - w.top for w in words)
    gap = REREAD_GAP * heights[len(heights) // 2]
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        by_line.setdefault(w.key, []).append(w)
    out = []
    for i in doubtful:
        w = words[i]
        left = max((o.right for o in by_line[w.key] if o.right <= w.left), default=-math.inf)
        right = min((o.left for o in by_line[w.key] if o.left >= w.right), default=math.inf)
        if w.left - left >= gap and right - w.right >= gap:
            out.append(i)
    return out[:REREAD_MAX]


def _reread_lone_words(img: Image.Image | PageInk, words: list[Word], dpi: int) -> list[Word]:
    """The page's words, those short doubtful ones standing alone read a second time (one
    Tesseract run for all of them): replaced where the second reading is surer, dropped where
    neither reading found a word in a speck of a letter or two."""
    picks = _lone_doubtful(words)
    if not picks:
        return words
    arr = PageInk.of(img).arr
    crops: list[tuple[int, np.ndarray]] = []
    for i in picks:
        w = words[i]
        pad = max(w.bottom - w.top, int(0.1 * dpi)) // 2  # Tesseract reads a word best with white around it
        y0, x0 = max(0, w.top - pad), max(0, w.left - pad)
        box = arr[y0:w.bottom + pad + 1, x0:w.right + pad + 1]
        ink = box < min(otsu(box), 200)
        for o in words:  # the word alone: no part of a line above or below
            if o is not w and o.left <= x0 + ink.shape[1] and o.right >= x0 and o.top <= y0 + ink.shape[0] \
                    and o.bottom >= y0:
                ink[max(0, o.top - y0):max(0, o.bottom - y0 + 1), max(0, o.left - x0):max(0, o.right - x0 + 1)] = False
        if ink.size and ink.mean() < 0.35:  # else no word but a smudge
            crops.append((i, np.where(ink, 0, 255).astype(np.uint8)))
    if not crops:
        return words
    found, tops, _ = _read_stacked([c for _, c in crops], dpi)
    out: list[Word | None] = list(words)
    for (i, c), top in zip(crops, tops):
        bottom = top + c.shape[0]
        again = sorted((f for f in found if top <= f.cy <= bottom), key=lambda f: f.left)
        text = " ".join(f.text for f in again)
        conf = min((f.conf for f in again), default=0.0)
        old = words[i]
        word = conf >= REREAD_ACCEPT and any(ch.isalnum() for ch in text)
        # a first reading with no letter or digit is no word ("°", ":" for a lone "8"): its
        # confidence says nothing, and any surer word read in its place is better
        if word and text != old.text and (conf > old.conf or not any(ch.isalnum() for ch in old.text)):
            out[i] = Word(text, conf, old.left, old.top, old.right, old.bottom, old.key)
        elif (not word and old.conf < REREAD_ACCEPT and len(old.text) <= 2
              and not any(ch.isdigit() for ch in old.text)):  # (a figure, even doubtful, is kept)
            out[i] = None  # read twice as no word: a speck ("Ẹ" beside a signature), see SPECK_CONF
    return [w for w in out if w is not None]


# A seal or a signature stamped over a line of print (the signer's name or title under the seal,
# most of all on a 1-bit or a grey page, where no colour tells the seal's ink from the print): read on
# the whole page, Tesseract takes the strokes around the line for part of it and misreads its words,
# even while sure of them ("Đã Văn Hùn" for "Đỗ Văn Hùng" at 90), or reads two words under the ring
# as one it doubts ("-'PHỚ'" for "PHÓ CHỦ"). The line's words read again alone, cut out of the strokes
# to either side, come out right and surer. Such a line is told by a word read with next to no
# confidence on it beside a word read surely: a word under strokes, or a stroke read as a mark as tall
# as the print (not a dash or a dot of the print read with doubt, nor a heading's Roman numeral, which
# a second reading gets no better: ROMAN_LOOKALIKE). A table's cells are no place for a seal: its rows
# are left alone. The signer's block closes the page: its lines, lowest first, are the ones kept.
STAMPED_SURE = 80.0     # a word of print read surely
STAMPED_DOUBT = 30.0    # below this, a stroke read as a mark, or print under strokes read as a word
STAMPED_MAX = 12        # lines read again per page: one extra Tesseract run whatever the number
STAMPED_MARK_HEIGHT = 0.5   # a mark a stroke left is at least this share of the line's print high
STAMPED_COVER = 0.8     # the share of a sure word's width the second reading's words must cover
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_LETTER = re.compile(r"[^\W\d_]")


def _in_grid(w: Word, grids: Sequence[Grid]) -> bool:
    return any(g.box[0] <= w.cx <= g.box[2] and g.box[1] <= w.cy <= g.box[3] for g in grids)


def _stamped_lines(words: list[Word], grids: Sequence[Grid] = ()) -> list[list[int]]:
    """Indices of the words to read again of each line a seal's or a signature's strokes stand on:
    its sure words and the words it doubts, in a run of words (a column's part of Tesseract's line)
    that holds both a word read surely and a word or a stroke's mark read with next to no
    confidence; lowest on the page first."""
    by_key: dict[tuple, list[int]] = {}
    for i, w in enumerate(words):
        by_key.setdefault(w.key, []).append(i)
    picked = []
    for idx in by_key.values():
        idx = sorted(idx, key=lambda i: words[i].left)
        # (Tesseract's line may run across both columns of a page: each run of words is looked at
        # alone; words two of their heights apart are in one run, a word under strokes often taller)
        runs: list[list[int]] = []
        for i in idx:
            prev = runs[-1][-1] if runs else None
            if prev is not None and words[i].left - max(words[j].right for j in runs[-1]) <= 2 * max(
                    words[i].bottom - words[i].top, words[prev].bottom - words[prev].top):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            sure = [i for i in run if words[i].conf >= STAMPED_SURE and _TWO_LETTERS.search(words[i].text)]
            if not sure or sum(_in_grid(words[i], grids) for i in sure) * 2 >= len(sure):
                continue
            height = _median([words[i].bottom - words[i].top for i in sure])
            # (a Roman numeral opens its heading's run; further on, "|", "l", "I", "!" is a stroke read as one)
            doubted = [i for i in run if words[i].conf < STAMPED_DOUBT
                       and not (i == run[0] and ROMAN_LOOKALIKE.match(words[i].text))
                       and (_LETTER.search(words[i].text)
                            or words[i].bottom - words[i].top >= STAMPED_MARK_HEIGHT * height)]
            doubted_words = [i for i in doubted if _TWO_LETTERS.search(words[i].text)]
            if doubted and len(sure) + len(doubted_words) >= 2:
                picked.append(sorted(sure + doubted_words, key=lambda i: words[i].left))
    picked.sort(key=lambda p: -max(words[i].bottom for i in p))
    return picked[:STAMPED_MAX]


def _word_count(words: list[Word]) -> int:
    return sum(any(ch.isalnum() for ch in w.text) for w in words)


def _stamped_crop(arr: np.ndarray, words: list[Word], picked: list[int], dpi: int
                  ) -> tuple[tuple[int, int, int, int], np.ndarray]:
    """The box of a stamped line's words to read again and its pixels, a grey seal's ring lifted."""
    # (the line's height is its sure words': a doubted word's box takes in the strokes above and below)
    sure = [i for i in picked if words[i].conf >= STAMPED_SURE] or picked
    height = _median([words[i].bottom - words[i].top for i in sure])
    pad = int(height * 0.5)
    x0 = max(0, min(words[i].left for i in picked) - pad)
    x1 = max(words[i].right for i in picked) + pad
    top, bottom = min(words[i].top for i in sure), max(words[i].bottom for i in sure)
    y0, y1 = max(0, top - pad), bottom + pad
    key = words[picked[0]].key
    for w in words:   # no part of the lines above and below
        if w.key != key and w.conf >= STAMPED_SURE and w.right > x0 and w.left < x1:
            if w.bottom <= top + height * 0.3:
                y0 = max(y0, w.bottom + 1)
            elif w.top >= bottom - height * 0.3:
                y1 = min(y1, w.top - 1)
    box = arr[y0:y1 + 1, x0:x1 + 1]
    # a grey seal's ring, lighter than the print and away from it, lifted to paper (as _seal_lifted
    # does on a page): the print's core and what borders it kept
    core = max(SEAL_CORE, int(np.percentile(box, 1)) + 40)
    floating = (box < SEAL_INK) & ~_dilate(box < core, max(1, round(dpi / 150)))
    return (x0, y0, x1, y1), np.where(floating, 255, box).astype(np.uint8)


def _read_stacked(crops: list[np.ndarray], dpi: int) -> tuple[list[Word], list[int], int]:
    """Tesseract's words over the crops stacked on one white canvas (one run for all of them), each
    crop's top on it, and the canvas's left margin: a crop's height of white between two crops keeps
    their lines apart."""
    margin = int(0.15 * dpi)
    canvas = np.full((sum(2 * c.shape[0] for c in crops) + 2 * margin,
                      max(c.shape[1] for c in crops) + 2 * margin), 255, np.uint8)
    tops = []
    y = margin
    for c in crops:
        canvas[y:y + c.shape[0], margin:margin + c.shape[1]] = c
        tops.append(y)
        y += 2 * c.shape[0]
    return _run_data(Image.fromarray(canvas), dpi), tops, margin


def _reread_stamped_lines(img: Image.Image | PageInk, words: list[Word], dpi: int,
                          grids: Sequence[Grid] = ()) -> list[Word]:
    """The page's words, those of lines a seal's or a signature's strokes stand on read a second
    time (one Tesseract run for all of them), cut out from the first word to read again to the
    last: the second reading replaces the line's words in the cut where it is sure of every word,
    surer than the first on the whole and about as many words long. A word of the first reading
    the second has nothing at (its "I." of "I. MỤC ĐÍCH", a dash between two names) is kept; a
    mark or a word read with next to no confidence that it has nothing at was a stroke, and goes."""
    lines = _stamped_lines(words, grids)
    if not lines:
        return words
    arr = PageInk.of(img).arr
    crops = [_stamped_crop(arr, words, picked, dpi) for picked in lines]
    found, tops, margin = _read_stacked([c for _, c in crops], dpi)
    out = list(words)
    for picked, ((x0, y0, x1, y1), c), top in zip(lines, crops, tops):
        key = words[picked[0]].key
        old = [words[i] for i in picked]
        sure_top = min((w.top for w in old if w.conf >= STAMPED_SURE), default=y0)
        # the line's words in the cut, and strokes read as words level with its sure ones
        inside = [w for w in out if x0 <= w.cx <= x1 and y0 <= w.cy <= y1 and (w.key == key or sure_top <= w.cy)]
        gone = {id(w) for w in inside}
        dx, dy = x0 - margin, y0 - top
        new = [Word(f.text, f.conf, f.left + dx, f.top + dy, f.right + dx, f.bottom + dy, key)
               for f in sorted(found, key=lambda f: f.left) if top <= f.cy <= top + c.shape[0]]
        # (a piece of a word beside the cut, in its margin, is that word's: it stays as first read; a
        # stroke the cut kept, read as a mark with doubt where the first reading had no print, is none)
        beside = [w for w in out if id(w) not in gone and y0 <= w.cy <= y1]
        new = [n for n in new if not any(_x_overlap(n, w) for w in beside)
               and (n.conf >= STAMPED_SURE or any(ch.isalnum() for ch in n.text)
                    or any(_x_overlap(n, w) for w in inside if w.conf >= STAMPED_DOUBT))]
        own = [w for w in inside if w.key == key]
        if not new or abs(_word_count(new) - _word_count(own)) > 1:
            continue
        if min(n.conf for n in new) < STAMPED_SURE or \
                float(np.mean([n.conf for n in new])) <= float(np.mean([w.conf for w in old])):
            continue
        # a word read surely the first time that the second reads only in part ("I.MỤC" read "MỤC"):
        # the two disagree on the print itself, and the first reading stays
        if any(w.conf >= STAMPED_SURE and 0 < sum(_x_overlap(n, w) for n in new) < STAMPED_COVER * (w.right - w.left)
               for w in own):
            continue
        kept = [w for w in own if not any(_x_overlap(n, w) for n in new) and (
                w.conf >= STAMPED_SURE or w.conf >= STAMPED_DOUBT and any(ch.isalnum() for ch in w.text))]
        at = min(k for k, w in enumerate(out) if id(w) in gone)
        line = sorted(new + kept, key=lambda w: w.left)
        out = [w for w in out[:at] if id(w) not in gone] + line + [w for w in out[at:] if id(w) not in gone]
    return out


def _x_overlap(a: Word, b: Word) -> int:
    return max(0, min(a.right, b.right) - max(a.left, b.left))


# A quarter's Roman numeral in a serif face, its serifs touching: Tesseract drops a stem or merges
# two ("quý III/2024" read "quý II/2024", "Quý II" read "Quý I", "QuýlIIH/2025"), and reading it
# again does no better. The stems are counted on the page instead: each "I" is a bar standing
# across the middle of the line, where the serifs that join them are not.
QUARTER_WORD = re.compile(r"^(?P<lead>(?:Quý|quý|QUÝ)?)(?P<num>[IlH|!1ÏÌÍ]{1,5})(?P<rest>(?:/\d{2,4})?[.,;:)]?)$")
QUARTER_LEAD = frozenset({"Quý", "quý", "QUÝ"})
NUMERAL_STROKE = re.compile("[IHl|!ÏÌÍ]")  # what a numeral's stem is read as: a word without one holds none


@dataclass
class _InkRun:
    """Columns of a word's middle band holding ink, side by side."""
    start: int
    end: int
    stem: bool   # a bar standing across the whole band, no wider than a stroke
    slash: bool  # a stroke leaning forward: ink higher up lies further right
    low: bool    # reaching less than half across the band: a dot, a comma


def _ink_runs(ink: np.ndarray) -> list[_InkRun]:
    """The ink runs of the middle band (0.3-0.7 of the height) of a word's box, left to right."""
    h = ink.shape[0]
    band = ink[int(0.3 * h):int(0.7 * h) + 1]
    bh = band.shape[0]
    if bh < 4:
        return []
    cols = band.sum(axis=0)
    inked = np.r_[False, cols >= 2, False]  # a lone dark pixel is a speck
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))
    third = max(1, bh // 3)
    xs = np.arange(ink.shape[1])
    runs = []
    for a, b in zip(edges[::2], edges[1::2]):
        tallest = cols[a:b].max()
        top, bottom = band[:third, a:b].sum(axis=0), band[-third:, a:b].sum(axis=0)
        lean = ((top @ xs[a:b]) / top.sum() - (bottom @ xs[a:b]) / bottom.sum()) if top.any() and bottom.any() else 0.0
        stem = tallest >= 0.9 * bh and b - a <= 0.7 * bh and abs(lean) <= 0.1 * bh
        runs.append(_InkRun(int(a), int(b), bool(stem), bool(lean > 0.15 * bh), bool(tallest < 0.5 * bh)))
    return runs


def count_stems(ink: np.ndarray, glued: bool, before_slash: bool) -> int | None:
    """How many Roman "I"s a word's ink (a boolean image of its box) shows where its numeral
    stands: at the start of the word, or at the end of what is `glued` to the word before it
    ("QuýIII"). With `before_slash` the numeral ends at the first forward-leaning stroke after a
    stem ("III/2025"), else only dots and commas may follow it. None unless the ink plainly
    shows 1-3 stems there."""
    runs = _ink_runs(ink)
    if before_slash:
        end = next((k for k in range(1, len(runs)) if runs[k].slash and runs[k - 1].stem), None)
        if end is None:
            return None
    else:
        end = len(runs)
        while end and runs[end - 1].low:
            end -= 1
    start = end
    while start and runs[start - 1].stem:
        start -= 1
    if (start > 0) != glued:  # the numeral starts the word, or follows what is glued to it
        return None
    n = end - start
    return n if 1 <= n <= 3 else None


# A ruled cell holding a lone Roman numeral (a "Quý" column's "I") can come out of Tesseract as no
# word at all: a bar alone in a box looks like a rule's stub to its layout step. A cell left without
# a word whose ink is a letter-high group of bars, serifed on both sides at its top and its foot as
# the capital I is (a figure 1's flag leans one way only), holds that numeral.
CELL_INSET = 0.03   # inches kept clear of a cell's rules, whose stubs survive their erasing


def _despeckle(ink: np.ndarray) -> np.ndarray:
    """Ink with lone dark pixels (a scanner's dust) dropped: each kept pixel has two inked neighbours."""
    p = np.pad(ink, 1).astype(np.uint8)
    around = sum(p[1 + dy:p.shape[0] - 1 + dy, 1 + dx:p.shape[1] - 1 + dx]
                 for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return ink & (around >= 2)


def lone_stems(ink: np.ndarray, height: float) -> int | None:
    """How many serifed Roman "I"s the ink of an empty cell (a boolean image) shows, all of it one
    numeral about a capital letter high (`height`: the page's median word height); else None."""
    ink = _despeckle(ink)
    rows, cols = np.flatnonzero(ink.sum(axis=1) >= 1), np.flatnonzero(ink.sum(axis=0) >= 1)
    if not rows.size or not 0.5 * height <= rows[-1] - rows[0] + 1 <= 1.05 * height:
        return None
    box = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    runs = _ink_runs(box)
    if not 1 <= len(runs) <= 3 or not all(r.stem for r in runs):
        return None
    edge = max(1, box.shape[0] // 6)
    for band in (box[:edge], box[-edge:]):
        inked = np.flatnonzero(band.any(axis=0))
        if not inked.size or inked[0] >= runs[0].start - 1 or inked[-1] <= runs[-1].end:
            return None  # no serif reaching out on both sides: a 1, an l, a rule's stub
    return len(runs)


def _unread_numerals(img: Image.Image | PageInk, words: list[Word], grids: list[Grid], dpi: int) -> list[Word]:
    """The page's words and, for each ruled cell Tesseract found no word in that holds a lone Roman
    numeral (lone_stems), that numeral."""
    if not grids or not words:
        return words
    ink = PageInk.of(img).ink
    height = _median_height(words)
    found = []
    for top, bottom, left, right in _wordless_cells(words, grids, dpi, height, 0.5, 0.3):
        cell = ink[top:bottom, left:right]
        n = lone_stems(cell, height) if cell.any() else None
        if n:
            ys, xs = np.nonzero(_despeckle(cell))
            found.append(Word("I" * n, 50.0, left + int(xs.min()), top + int(ys.min()),
                              left + int(xs.max()), top + int(ys.max()), (-1, len(found), 0)))
    return words + found if found else words


def _median_height(words: list[Word]) -> int:
    heights = sorted(w.bottom - w.top for w in words)
    return heights[len(heights) // 2]


def _wordless_cells(words: list[Word], grids: list[Grid], dpi: int, height: int, min_tall: float,
                    min_wide: float) -> Iterator[tuple[int, int, int, int]]:
    """(top, bottom, left, right) inside the CELL_INSET of every ruled cell no word's centre falls in
    that is at least min_tall × height tall and min_wide × height wide."""
    inset = int(CELL_INSET * dpi)
    cxs = np.array([w.cx for w in words])
    cys = np.array([(w.top + w.bottom) / 2 for w in words])
    for g in grids:
        for b in range(len(g.rows) - 1):
            top, bottom = int(g.rows[b]) + inset, int(g.rows[b + 1]) - inset
            bounds = g.band_cols[b] if b < len(g.band_cols) else g.cols
            if bottom - top < min_tall * height:
                continue
            for x0, x1 in zip(bounds, bounds[1:]):
                left, right = int(x0) + inset, int(x1) - inset
                if right - left < min_wide * height or np.any((left - inset <= cxs) & (cxs <= right + inset)
                                                              & (top - inset <= cys) & (cys <= bottom + inset)):
                    continue
                yield top, bottom, left, right


# Tesseract's page layout now and then passes over a whole line that stands alone between two
# rules: a group row across a table ("Quý III" between the rows of quarter II and III) comes out
# with no word at all, though its print is clean, and the quarter's tasks fall under the one
# before. A ruled cell Tesseract found no word in whose ink is print (a line's height or more, wider
# than it is tall, a few letters' worth, after dust is dropped) is read again on its own; the
# words read with REREAD_ACCEPT confidence or more are kept. A cell left blank (dust, a rule's stub)
# has no such ink and costs nothing.
UNREAD_CELL_MIN_WIDTH = 1.5   # median word heights: narrower ink is a numeral's (_unread_numerals)
UNREAD_CELL_MIN_INK = 0.5     # inked pixels, in square median word heights: a few letters, not specks


def _unread_cells(img: Image.Image | PageInk, words: list[Word], grids: list[Grid], dpi: int) -> list[Word]:
    """The page's words and those read again in ruled cells Tesseract read no word in (see above)."""
    if not grids or not words:
        return words
    page = PageInk.of(img)
    ink = page.ink
    height = _median_height(words)
    found: list[Word] = []
    cells = 0
    for top, bottom, left, right in _wordless_cells(words, grids, dpi, height, 0.8, UNREAD_CELL_MIN_WIDTH):
        cell = _despeckle(ink[top:bottom, left:right])
        ys, xs = np.nonzero(cell)
        if not ys.size:
            continue
        h, w = ys.max() - ys.min() + 1, xs.max() - xs.min() + 1
        if h < 0.6 * height or w < UNREAD_CELL_MIN_WIDTH * height or ys.size < UNREAD_CELL_MIN_INK * height * height:
            continue
        pad = max(2, int(0.05 * dpi))
        y0, x0c = max(0, top + int(ys.min()) - pad), max(0, left + int(xs.min()) - pad)
        crop = page.arr[y0:top + int(ys.max()) + pad + 1, x0c:left + int(xs.max()) + pad + 1]
        canvas = np.full((crop.shape[0] + 2 * pad, crop.shape[1] + 2 * pad), 255, np.uint8)
        canvas[pad:pad + crop.shape[0], pad:pad + crop.shape[1]] = crop
        cells += 1
        dx, dy = x0c - pad, y0 - pad
        for f in _run_data(Image.fromarray(canvas), dpi):
            if f.conf >= REREAD_ACCEPT and any(ch.isalnum() for ch in f.text):
                # (a key of its own per line of the cell: no line of Tesseract's page run has it)
                key = (-2, cells, f.key[0] * 10_000 + f.key[1] * 100 + f.key[2])
                found.append(Word(f.text, f.conf, f.left + dx, f.top + dy, f.right + dx, f.bottom + dy, key))
    # (a quarter's numeral read again has its stems counted as the page's were: "Quý III", not "Quý II")
    return words + _quarter_numerals(page, found) if found else words


# A part's Roman marker in bold ("III. KINH PHÍ", "II. TỔ CHỨC THỰC HIỆN") loses or gains a stem
# the same way ("II. KINH PHÍ", "I. TỔ CHỨC", "H. NỘI DUNG", "IL. NỘI DUNG" for a bold "I." at
# 200 dpi, its dot read as a foot and again as a dot): its stems are counted too, when it
# opens a line and a word in capitals follows it. Figures ("1. MỤC ĐÍCH") are not numerals here.
HEADING_NUMERAL = re.compile(r"^(?P<lead>)(?P<num>[IlLH|]{1,3})(?P<rest>\.)$")


def _opens_heading(words: list[Word], i: int) -> bool:
    w = words[i]
    if i + 1 >= len(words) or words[i + 1].key != w.key:
        return False
    after = words[i + 1].text.strip(",.:;")
    return (len(after) >= 2 and after.isupper()
            and not any(o.key == w.key and o.right <= w.left for o in words[max(0, i - 40):i]))


def _lead_wrapped_above(words: list[Word], w: Word) -> bool:
    """Does "Quý" end the line just above `w`, `w` starting its own line: a narrow cell ("Trong
    quý" / "III/2025") or a margin wrapping the numeral away from its word?"""
    h = w.bottom - w.top
    for o in words:
        if (o.text in QUARTER_LEAD and o.key != w.key and 0 <= w.top - o.bottom <= 1.5 * h
                and o.right > w.left
                and not any(v.key == o.key and o.right < v.left < o.right + 2 * h for v in words)):
            return True
    return False


def _quarter_numerals(img: Image.Image | PageInk, words: list[Word]) -> list[Word]:
    """Words holding a quarter's Roman numeral, the numeral written as its stems show it."""
    picks = []
    for i, w in enumerate(words):
        if not NUMERAL_STROKE.search(w.text):
            continue
        m = QUARTER_WORD.match(w.text)
        if m and not m["num"].isdigit() and not m["lead"]:
            prev = max((o for o in words if o.key == w.key and o.right <= w.left), key=lambda o: o.right, default=None)
            starts_run = prev is None or w.left - prev.right > 2 * (w.bottom - w.top)  # (a cell to the left)
            nxt = min((o.left for o in words if o.key == w.key and o.left >= w.right), default=math.inf)
            # (a bare numeral alone in its cell, as a "Quý" column prints it: nothing beside it on its line)
            alone = starts_run and nxt - w.right > 2 * (w.bottom - w.top) and not m["rest"]
            if not (prev is not None and prev.text in QUARTER_LEAD and not starts_run
                    or starts_run and _lead_wrapped_above(words, w) or alone):
                m = None
        if not m or m["num"].isdigit():
            m = HEADING_NUMERAL.match(w.text)
            if not (m and _opens_heading(words, i)):
                continue
        picks.append((i, m))
    if not picks:
        return words
    page = PageInk.of(img)
    arr, thr = page.arr, page.threshold
    out = list(words)
    for i, m in picks:
        w = words[i]
        ink = arr[w.top:w.bottom + 1, w.left:w.right + 1] < thr
        n = count_stems(ink, glued=bool(m["lead"]), before_slash=m["rest"].startswith("/"))
        if n is None:
            continue
        text = (m["lead"] + " " if m["lead"] else "") + "I" * n + m["rest"]
        if text != w.text:
            out[i] = Word(text, w.conf, w.left, w.top, w.right, w.bottom, w.key)
    return out


# The day (at times the month) of "…, ngày …… tháng 4 năm 2025" is left blank on the printed
# form and written in by pen when the plan is signed. drop_colour_ink lifts the pen's blue with
# the seal's red, leaving Tesseract only the dots: the plan loses its date. The pen's ink alone
# (the page's chroma, print and dots gone) over such a blank is read once more, as figures.
DATE_BLANK = re.compile(r"^[.…_]{3,}$")
DATE_BLANK_AFTER = {"ngày": 31, "tháng": 12}  # the word before the blank, and the largest value


def _pen_ink(colour: Image.Image, angle: float) -> Image.Image:
    """Coloured ink of a page as black on white, turned as deskew turned the grey page."""
    r, g, b = colour.split()
    chroma = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(r, g), b),
                                 ImageChops.darker(ImageChops.darker(r, g), b))
    ink = ImageChops.invert(chroma.point(_INK_LIFT))
    if angle:
        ink = ink.rotate(-angle, resample=ROTATE_RESAMPLE, expand=True, fillcolor=255)
    return ink


def fill_date_blanks(words: list[Word], ink: Image.Image, dpi: int) -> list[Word]:
    """The page's words, a date's dotted blank after "ngày"/"tháng" replaced by the figures
    written over it in pen (`ink`: the pen's ink alone); a blank left blank stays dots."""
    import pytesseract

    out = list(words)
    for i, w in enumerate(words):
        if i == 0 or not DATE_BLANK.match(w.text):
            continue
        before = words[i - 1]
        largest = DATE_BLANK_AFTER.get(before.text.lower())
        if largest is None or before.key != w.key:
            continue
        h = before.bottom - before.top  # the dots' own box is a sliver under the line
        box = (w.left - h // 3, before.top - int(0.6 * h), w.right + h // 3, w.bottom + h // 4)
        crop = ink.crop(box)
        if crop.getextrema()[0] > 100:  # no pen stroke there
            continue
        crop = ImageOps.expand(crop, border=h, fill=255)
        _tesseract_env()
        read = _with_image_file(crop, lambda p: pytesseract.image_to_string(
            p, lang=LANG, config=f"--dpi {int(dpi)} --psm 7 -c tessedit_char_whitelist=0123456789",
            timeout=PAGE_TIMEOUT_S)).strip()
        if read.isdigit() and len(read) <= 2 and 1 <= int(read) <= largest:
            out[i] = Word(read, min(w.conf, 50.0), w.left, w.top, w.right, w.bottom, w.key)
    return out


def _osd_rotation(img: Image.Image, dpi: int) -> tuple[int, float]:
    """Tesseract OSD: degrees to rotate the image clockwise to make it upright, and the confidence."""
    import pytesseract

    if "osd" not in _languages():
        return 0, 0.0
    if dpi >= 2 * OSD_DPI:
        # the script's shapes OSD reads are all there at half size, at half the cost (measured on a
        # 300 dpi page: 2.6 s whole, 1.3 s halved, the same turn found)
        img, dpi = img.reduce(2), dpi // 2
    _tesseract_env()
    try:
        out = _with_image_file(img, lambda p: pytesseract.image_to_osd(p, config=f"--psm 0 --dpi {dpi}"))
    except pytesseract.TesseractError:
        return 0, 0.0  # too little text to tell
    rot = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    return (int(rot.group(1)) if rot else 0), (float(conf.group(1)) if conf else 0.0)


# ---------------------------------------------------------------- image preparation


def otsu(gray: np.ndarray | Image.Image) -> int:
    """Otsu's threshold of a grey image (PIL's histogram is ~20x faster than numpy's)."""
    if isinstance(gray, Image.Image):
        return _otsu_of(gray.histogram())
    return _otsu_of(np.bincount(gray.ravel(), minlength=256))


def _otsu_of(histogram: list[int] | np.ndarray) -> int:
    """Otsu's threshold from a grey image's histogram (256 bins)."""
    hist = np.asarray(histogram[:256], dtype=np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    mt = m0[-1]
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mt * w0 / total - m0) ** 2 / (w0 * w1)
    between = np.nan_to_num(between)
    return int(np.argmax(between))


class PageInk:
    """A grey page and what several steps of its reading take from it, each computed once: its
    pixels as an array (np.asarray copies the page: ~5 ms at 300 dpi), its histogram (~4 ms), Otsu's
    threshold (at most 200, as every step uses it) and the ink darker than that."""

    def __init__(self, img: Image.Image, arr: np.ndarray | None = None) -> None:
        self.img = img
        if arr is not None:
            self.__dict__["arr"] = arr  # (the pixels the image was made from)

    @staticmethod
    def of(page: "Image.Image | PageInk") -> "PageInk":
        return page if isinstance(page, PageInk) else PageInk(page)

    @cached_property
    def arr(self) -> np.ndarray:
        return np.asarray(self.img)

    @cached_property
    def hist(self) -> list[int]:
        return self.img.histogram()

    @cached_property
    def otsu(self) -> int:
        return _otsu_of(self.hist)

    @cached_property
    def threshold(self) -> int:
        return min(self.otsu, 200)

    @cached_property
    def ink(self) -> np.ndarray:
        return self.arr < self.threshold


def estimate_skew(gray: np.ndarray, max_deg: float = MAX_SKEW, threshold: int | None = None) -> float:
    """The angle (degrees, counter-clockwise) the page's text lines are turned by.

    Projection-profile search: for each candidate angle the dark pixels of a half-size image
    are projected along that slant; aligned text lines give the sharpest profile."""
    small = gray[::2, ::2]
    thr = min(otsu(small) if threshold is None else threshold, 200)
    ys, xs = np.nonzero(small < thr)
    if ys.size < 200:
        return 0.0
    if ys.size > 120_000:
        step = ys.size // 120_000 + 1
        ys, xs = ys[::step], xs[::step]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - xs.mean()

    def score(deg: float) -> float:
        r = np.rint(ys + xs * math.tan(math.radians(deg))).astype(np.int64)
        h = np.bincount(r - r.min())
        d = np.diff(h)
        return float(np.dot(d, d))

    best, span, step = 0.0, max_deg, 0.5
    for _ in range(3):
        candidates = np.arange(best - span, best + span + step / 2, step)
        scores = [score(a) for a in candidates]
        best = float(candidates[int(np.argmax(scores))])
        span, step = step, step / 5
    return round(best, 2)


def _profile_sharpness(ys: np.ndarray, xs: np.ndarray, max_deg: float = 3.0) -> float:
    """How sharply the points project onto the ys axis at their best slant within ±max_deg."""
    xs = xs - xs.mean()
    best = 0.0
    for deg in np.arange(-max_deg, max_deg + 0.01, 0.5):
        r = np.rint(ys + xs * math.tan(math.radians(deg))).astype(np.int64)
        d = np.diff(np.bincount(r - r.min()))
        best = max(best, float(np.dot(d, d)))
    return best


def looks_sideways(gray: Image.Image | PageInk) -> bool:
    """Whether the page's text lines run up or down it: lines of text give the sharp projection
    profile across them (estimate_skew's measure), so on a turned page the columns' profile is the
    sharp one. Read from a quarter-size image: the lines' rhythm survives, the cost is ~0.04 s."""
    small = PageInk.of(gray).arr[::4, ::4]
    ys, xs = np.nonzero(small < min(otsu(small), 200))
    if ys.size < 200:
        return False
    ys, xs = ys.astype(np.float64), xs.astype(np.float64)
    return _profile_sharpness(xs, ys) > SIDEWAYS_RATIO * _profile_sharpness(ys, xs)


def looks_upside_down(gray: Image.Image | PageInk, dpi: int) -> bool:
    """Whether the page's lines stand on their heads: read upright, a line of Vietnamese print
    has far more ink above its x-height band (capitals, ascenders, the tone and vowel marks set
    over the letters) than below it (g, p, q, y and the dot below), upside down far less. Each
    text line is cut into narrow strips (a scanner's skew barely slants one), its band the rows
    holding at least UPSIDE_CORE of its densest row. Read at about 150 dpi, ~0.01-0.04 s a page
    (measured: upright scans 1.4-2.2 times more ink above than below, turned ones 0.4-0.8)."""
    if isinstance(gray, PageInk):
        gray = gray.img
    factor = max(1, round(dpi / OSD_DPI))
    small = PageInk(gray.reduce(factor) if factor > 1 else gray)
    binary = small.ink
    strip = max(8, round(UPSIDE_STRIP_IN * dpi / factor))
    lo, hi = (round(x * dpi / factor) for x in UPSIDE_LINE_IN)
    n = binary.shape[1] // strip
    if n == 0:
        return False
    # the strips' row profiles one after another, each closed by an empty row: the pieces of line
    # are the runs of inked rows, all strips at once
    profiles = np.zeros((n, binary.shape[0] + 1), np.int64)
    profiles[:, :-1] = binary[:, :n * strip].reshape(binary.shape[0], n, strip).sum(axis=2).T
    flat = profiles.ravel()
    edges = np.diff(np.concatenate(([0], (flat > 0).astype(np.int8), [0])))
    tops, bottoms = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = (bottoms - tops >= lo) & (bottoms - tops <= hi)  # else a speck, a rule's thickness, or lines run together
    tops, bottoms = tops[keep], bottoms[keep]
    if tops.size < UPSIDE_MIN_LINES:
        return False
    peak = np.maximum.reduceat(flat, np.stack([tops, bottoms], axis=1).ravel())[::2]
    # each piece's band: its rows from the first to the last holding UPSIDE_CORE of its densest row
    # (every piece has one: its densest row)
    step = np.zeros(flat.size, np.int64)
    step[tops] = 1
    step[bottoms] = -1
    inside = np.flatnonzero(np.cumsum(step))
    piece = np.searchsorted(tops, inside, side="right") - 1
    is_core = flat[inside] >= UPSIDE_CORE * peak[piece]
    core, core_piece = inside[is_core], piece[is_core]
    opens = np.flatnonzero(np.r_[True, core_piece[1:] != core_piece[:-1]])
    first, last = core[opens], core[np.r_[opens[1:], core.size] - 1]
    run = np.concatenate(([0], np.cumsum(flat)))
    above = float((run[first] - run[tops]).sum())
    below = float((run[bottoms] - run[last + 1]).sum())
    return above < UPSIDE_RATIO * below


def deskew(img: Image.Image | PageInk, max_deg: float = MAX_SKEW) -> tuple[Image.Image, float]:
    """Turn a grey page so its lines are level; returns the image and the angle corrected."""
    page = PageInk.of(img)
    angle = estimate_skew(page.arr, max_deg, page.otsu)
    if abs(angle) < 0.08 or abs(angle) >= max_deg - 0.01:
        return page.img, 0.0
    return page.img.rotate(-angle, resample=ROTATE_RESAMPLE, expand=True, fillcolor=paper_level(page)), angle


def paper_level(page: PageInk) -> int:
    """The page's usual paper grey: what a turn fills its corners with. White corners on a page whose
    paper is grey (a copy of a copy, ~200) would be a third shade, and Otsu's threshold would part
    them from the paper, not the print from it: the whole paper read as ink."""
    hist = np.asarray(page.hist[:256])
    lit = np.cumsum(hist[::-1])   # pixels at least this light, from white down
    # (the median of the page's lighter half: the paper, whatever share of it print covers)
    return int(255 - np.searchsorted(lit, lit[-1] / 4))


def _runs(mask: np.ndarray, piece: int, max_gap: int, min_len: int) -> np.ndarray:
    """Horizontal dark runs of a boolean image as rows (row, start, end), small gaps bridged."""
    h = mask.shape[0]
    m = mask.view(np.int8)
    pad = np.zeros((h, 1), np.int8)
    d = np.diff(np.concatenate([pad, m, pad], axis=1), axis=1)
    rs, cs = np.nonzero(d == 1)
    _, ce = np.nonzero(d == -1)
    keep = (ce - cs) >= piece
    rs, cs, ce = rs[keep], cs[keep], ce[keep]
    if rs.size == 0:
        return np.zeros((0, 3), np.int64)
    # bridge gaps of a few pixels between pieces of one row (a broken rule)
    new = np.ones(rs.size, bool)
    new[1:] = (rs[1:] != rs[:-1]) | (cs[1:] - ce[:-1] > max_gap)
    starts = np.flatnonzero(new)
    ends = np.r_[starts[1:], rs.size] - 1
    out = np.stack([rs[starts], cs[starts], ce[ends]], axis=1)
    return out[(out[:, 2] - out[:, 1]) >= min_len]


def _segments(runs: np.ndarray, tol: int, max_thick: int) -> list[list[int]]:
    """Runs on neighbouring rows that overlap → one rule [a0, a1, b0, b1] (rows a, extent b)."""
    segs: list[list[int]] = []
    active: list[list[int]] = []
    for r, s, e in runs.tolist():
        active = [g for g in active if r - g[1] <= tol]
        for g in active:
            ov = min(e, g[3]) - max(s, g[2])
            if ov > 0.5 * min(e - s, g[3] - g[2]):
                g[1] = r
                g[2], g[3] = min(g[2], s), max(g[3], e)
                break
        else:
            g = [r, r, s, e]
            active.append(g)
            segs.append(g)
    return [g for g in segs if g[1] - g[0] + 1 <= max_thick]


def _consecutive(full: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Indices along the other axis of lines holding k consecutive True cells of `full`."""
    if k <= 1:
        return np.flatnonzero(full.any(axis=axis))
    c = np.cumsum(full, axis=axis, dtype=np.int32)
    if axis == 1:
        win = c[:, k - 1:].copy()
        win[:, 1:] -= c[:, :-k]
        return np.flatnonzero((win >= k).any(axis=1))
    win = c[k - 1:].copy()
    win[1:] -= c[:-k]
    return np.flatnonzero((win >= k).any(axis=0))


def _runs_in(binary: np.ndarray, rows: np.ndarray, **kw) -> np.ndarray:
    if rows.size == 0:
        return np.zeros((0, 3), np.int64)
    runs = _runs(np.ascontiguousarray(binary[rows]), **kw)
    runs[:, 0] = rows[runs[:, 0]]
    return runs


def find_rules(binary: np.ndarray, dpi: int) -> tuple[list[list[int]], list[list[int]]]:
    """Horizontal rules [y0, y1, x0, x1] and vertical rules [x0, x1, y0, y1] of a binary page."""
    unit = dpi / 300
    h_min, v_min = int(150 * unit), int(70 * unit)
    block = max(4, int(8 * unit))
    piece = max(3, int(8 * unit))
    # only rows (columns) with a long stretch of fully dark 8-pixel blocks can hold a rule
    rows, cols = binary.shape
    w8 = cols // 8 * 8
    hfull = np.ascontiguousarray(binary[:, :w8]).view(np.uint64) == 0x0101010101010101
    hrows = _consecutive(hfull, h_min // 8 - 2, axis=1)
    hruns = _runs_in(binary, hrows, piece=piece, max_gap=int(4 * unit) + 1, min_len=h_min)
    h8 = rows // block * block
    vfull = binary[:h8].reshape(h8 // block, block, cols).all(axis=1)
    vcols = _consecutive(vfull, v_min // block - 2, axis=0)
    vruns = _runs_in(binary.T, vcols, piece=piece, max_gap=int(3 * unit) + 1, min_len=v_min)
    tol = max(2, int(3 * unit))
    max_thick = max(4, int(25 * unit))
    return _segments(hruns, tol, max_thick), _segments(vruns, tol, max_thick)


def find_grids(hs: list[list[int]], vs: list[list[int]], dpi: int,
               binary: np.ndarray | None = None) -> list[Grid]:
    """Rules that cross one another form a table; each table becomes a Grid (its merged cells
    found on `binary`, the page the rules were found on, when given)."""
    tol = int(12 * dpi / 300) + 2
    n_h = len(hs)
    parent = list(range(n_h + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for j, (vx0, vx1, vy0, vy1) in enumerate(vs):
        for i, (hy0, hy1, hx0, hx1) in enumerate(hs):
            if hx0 - tol <= vx1 and vx0 <= hx1 + tol and vy0 - tol <= hy1 and hy0 <= vy1 + tol:
                a, b = find(i), find(n_h + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list, list]] = {}
    for i in range(n_h):
        groups.setdefault(find(i), ([], []))[0].append(hs[i])
    for j in range(len(vs)):
        groups.setdefault(find(n_h + j), ([], []))[1].append(vs[j])

    grids = []
    merge = 2 * tol
    for ghs, gvs in groups.values():
        if len(gvs) < 2 or len(ghs) < 1:
            continue
        rows = _grid_lines(ghs, gvs, merge)
        cols = _grid_lines(gvs, ghs, merge)
        if len(rows) < 2 or len(cols) < 3:
            continue  # a box around text is not a table
        band_cols = []
        for a, b in zip(rows, rows[1:]):
            present = [cols[0], cols[-1]]
            for c in cols[1:-1]:
                for v in gvs:
                    if abs((v[0] + v[1]) / 2 - c) <= merge and v[2] - tol <= a + (b - a) * 0.25 \
                            and v[3] + tol >= a + (b - a) * 0.75:
                        present.append(c)
                        break
            band_cols.append(sorted(set(present)))
        grid = Grid(rows, cols, band_cols)
        if binary is not None:
            grid.merged = merged_down(binary, grid, dpi)
        grids.append(grid)
    grids.sort(key=lambda g: g.rows[0])
    return grids


# A rule is one dark run across its cell; a line of text cut through at any height leaves gaps
# between its letters and words, its longest run (small gaps bridged) under half a cell.
RULE_SPAN = 0.75


def _column_of(grid: Grid, x: float) -> int:
    """The grid column whose left boundary is at x: where a cell's text goes, as _table_rows puts it."""
    return min(min(range(len(grid.cols)), key=lambda i: abs(grid.cols[i] - x)), len(grid.cols) - 2)


def merged_down(binary: np.ndarray, grid: Grid, dpi: int) -> list[tuple[int, ...]]:
    """Per row band of the grid, the columns whose cell has no rule over it while another cell of
    the band has its rule: the lower part of a cell merged down from the band above (one unit in
    charge of rows 3–6, printed once). A cell under a rule is a cell of its own, empty or not; a band
    with no rule over any cell is no merge (the band comes from a stray line, not a row rule); the
    first band has nothing above it on this page, so a merge a page break cuts stays unseen."""
    unit = dpi / 300
    # the rule's row is the mean of its segments: skew left by the deskew moves it a few pixels
    reach = max(3, int(6 * unit))
    inset = max(4, int(8 * unit))   # off the vertical rules, whose ink would join any run
    left = max(0, int(grid.cols[0]))
    out: list[tuple[int, ...]] = [()]
    for b in range(1, len(grid.rows) - 1):
        y = int(round(grid.rows[b]))
        strip = binary[max(0, y - reach):y + reach + 1, left:int(grid.cols[-1]) + 1]
        if strip.shape[0] < 3:
            out.append(())
            continue
        # three pixel rows at once: a thin rule a slight tilt carries from one row to the next
        strip = strip[:-2] | strip[1:-1] | strip[2:]
        bounds = grid.band_cols[b]
        open_cols, ruled = [], False
        for a, c in zip(bounds, bounds[1:]):
            x0, x1 = int(a) + inset - left, int(c) - inset - left
            if x1 - x0 < inset:
                continue
            runs = _runs(np.ascontiguousarray(strip[:, x0:x1]), piece=1, max_gap=int(3 * unit) + 1, min_len=1)
            longest = int((runs[:, 2] - runs[:, 1]).max()) if len(runs) else 0
            if longest >= RULE_SPAN * (x1 - x0):
                ruled = True
            else:
                open_cols.append(_column_of(grid, a))
        out.append(tuple(open_cols) if ruled else ())
    return out


def _grid_lines(rules: list, crossing: list, merge: float) -> list[float]:
    """A grid's lines one way, from its rules that way (across, across, from, to): their centres
    merged within `merge`, and the ends of the rules crossing them where no rule closes the grid
    (a table drawn without its outer frame)."""
    lines = _merge_positions([(r[0] + r[1]) / 2 for r in rules], merge)
    first, last = min(r[2] for r in crossing), max(r[3] for r in crossing)
    if first < lines[0] - merge:
        lines.insert(0, float(first))
    if last > lines[-1] + merge:
        lines.append(float(last))
    return lines


def _merge_positions(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def _table_rules(hs: list[list[int]], vs: list[list[int]], dpi: int) -> list[list[int]]:
    """The vertical rules that are rules: crossing a horizontal rule, or an inch long. (A big
    letter's stem is a long vertical run too, and must not be erased.)"""
    tol = int(12 * dpi / 300) + 2
    out = []
    for v in vs:
        x0, x1, y0, y1 = v
        if y1 - y0 >= dpi or any(h[2] - tol <= x1 and x0 <= h[3] + tol and y0 - tol <= h[1] and h[0] <= y1 + tol
                                 for h in hs):
            out.append(v)
    return out


# A horizontal line may run through a line of text rather than between lines: a fax's streak
# where a row of the print head misfired, a line struck through. Wiped across its whole length it
# takes a band out of every letter it crosses ("Hướng Đạo, ngày 28 tháng 8" read "Fiưởng Đụo, ngày
# 2G trúng G"); where ink stands right above and below the band (a stroke crossing it) the band's
# pixels are kept, so the letters stay whole, and only the line between strokes goes. A table's
# rule has no text crossing it and goes whole as before.
CROSSING_REACH_IN = 0.01   # inches above and below the band looked at for a crossing stroke
CROSSING_MAX_SHARE = 0.3   # strokes cross a line of print here and there, never along most of it


def erase_rules(gray: np.ndarray, hs: list[list[int]], vs: list[list[int]], dpi: int) -> np.ndarray:
    """A copy of the page without its rules (Tesseract reads them as | and _), strokes of letters
    crossing a horizontal one kept (see above)."""
    out = gray.copy()
    pad = max(1, int(2 * dpi / 300))
    reach = max(2, round(CROSSING_REACH_IN * dpi))
    dark = otsu(gray)
    for y0, y1, x0, x1 in hs:
        top, bottom = max(0, y0 - pad), min(gray.shape[0], y1 + pad + 1)
        left, right = max(0, x0 - pad), x1 + pad + 1
        above = gray[max(0, top - reach):top, left:right] < dark
        below = gray[bottom:bottom + reach, left:right] < dark
        crossing = np.zeros(out[top:bottom, left:right].shape[1], bool)
        if above.shape[0] and below.shape[0]:
            crossing = above.any(axis=0) & below.any(axis=0)
            if crossing.mean() > CROSSING_MAX_SHARE:
                crossing[:] = False   # the rule's own blurred edge or a thicker rule, not strokes
        band = out[top:bottom, left:right]
        band[:, ~crossing] = 255
    for x0, x1, y0, y1 in vs:
        out[max(0, y0 - pad):y1 + pad + 1, max(0, x0 - pad):x1 + pad + 1] = 255
    return out


# ---------------------------------------------------------------- words → lines


def _join(words: list[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: w.left))


# Place names of the Central Highlands open with "Ia" (a river, in Jarai: xã Ia Grai, huyện Ia Pa,
# buôn Ia Rnho), which Tesseract reads as "la", "1a", "|a" or "IA" beside lower case. Where the
# context says a place is named (a level or village word before it, a capitalised word after it, or
# the header's "<place>, ngày …") it is mended; "1a" elsewhere is an item ("điểm 1a", "1a)") and a
# capital "La" is a name of its own (xã La Bằng, thị xã La Gi), both left alone.
PLACE_WORDS = LEVELS + HAMLET_PLACE_NOUNS + ("làng", "plei")
_PLACE_WORD = "|".join(sorted(PLACE_WORDS, key=len, reverse=True))
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_NAME_WORD = rf"[{_CAPITALS}][\w'’]*"
IA_AFTER_PLACE = re.compile(rf"(?<!\w)(?P<place>(?i:{_PLACE_WORD}))(?P<sp>\s+)(?P<ia>[1l|I][aA])"
                            rf"(?=\s+(?P<next>{_NAME_WORD}))")
IA_PLACE_DATE = re.compile(rf"^(?P<ia>[1l|][aA]|IA)(?=(?:\s+{_NAME_WORD}){{1,3}}\s*,\s*ngày\b)")
IA_OPENING = re.compile(rf"^(?P<ia>[1l|I][aA])(?=\s+(?P<next>{_NAME_WORD}))")
# … and the next names of a list after one ("các buôn Ia Rnho, la Jai và 1a Mlá")
IA_IN_LIST = re.compile(rf"(?<!\w)(?P<place>I[aA]\s+{_NAME_WORD})(?P<sep>\s*,\s*|\s+(?:và|hoặc)\s+)"
                        rf"(?P<ia>[1l|I][aA])(?=\s+(?P<next>{_NAME_WORD}))")
ENDS_WITH_PLACE_WORD = re.compile(rf"(?<!\w)(?P<place>(?i:{_PLACE_WORD}))\s*$")


def _ia(ia: str, place: str, name: str) -> str:
    """The place's "Ia" as the line prints it: "IA" among capitals (XÃ IA GRAI), else "Ia"; a
    capital "1A" beside lower case is a number ("thôn 1A"), left as read."""
    caps = place.isupper() and name.isupper()
    if ia[1] == "A" and not caps and ia != "IA":
        return ia
    return "IA" if caps else "Ia"


def mend_ia_places(text: str, place_before: str | None = None) -> str:
    """A line (or a cell) with each "Ia" opening a place's name mended (see IA_AFTER_PLACE).
    place_before: the level or village word closing the line above, when this line goes on from it."""
    if "a" not in text and "A" not in text:
        return text
    if (m := IA_PLACE_DATE.match(text)) is not None:
        name = text[m.end():].split(",", 1)[0]
        text = ("IA" if name.isupper() else "Ia") + text[m.end():]
    elif place_before is not None and (m := IA_OPENING.match(text)) is not None:
        text = _ia(m["ia"], place_before, m["next"]) + text[m.end():]
    text = IA_AFTER_PLACE.sub(lambda m: m["place"] + m["sp"] + _ia(m["ia"], m["place"], m["next"]), text)
    pos = 0   # (each name mended is the "Ia …" the next one in the list follows)
    while (m := IA_IN_LIST.search(text, pos)) is not None:
        text = text[:m.start("ia")] + _ia(m["ia"], m["place"], m["next"]) + text[m.end("ia"):]
        pos = m.start("ia")
    return text


def mend_text(text: str) -> str:
    """A line (or a cell) as read, with Tesseract's usual slips on plan text mended."""
    if "a" in text or "A" in text:
        text = mend_ia_places(text)
    if "uý" in text or "UÝ" in text:
        text = _fix_quarter(text)
    if "7" in text and ("”" in text or "“" in text):
        text = _fix_quote_seven(text)
    if "““" in text or "””" in text:
        text = DOUBLED_QUOTE.sub(r"\1", text)
    if "/" in text and DOUBLED_LETTER.search(text.replace("Ð", "Đ")):
        text = SYMBOL.sub(_fix_doubled_codes, text)
    if LOOKALIKE_HINT.search(text):
        text = _fix_lookalike_figures(text)
    if "gày" in text or "GÀY" in text or "áng" in text or "ÁNG" in text or "ăm" in text or "ĂM" in text:
        text = DATE_WORD_THEN_FIGURE.sub(r"\1 \2", FIGURE_THEN_DATE_WORD.sub(r"\1 \2", text))
        text = SPLIT_DAY_MONTH.sub(_join_split_figures, text)
    if "/" in text and CODE_JOIN_SLIP.search(text):
        text = CODE_JOIN_SLIP.sub(_fix_code_join, text)
    if "- " in text or " -" in text or "-\n" in text:
        text = HALF_SPACED_DASH.sub(_space_dash, text)
    if " " in text:
        text = _fix_dotted_i(text)
    if "," in text:
        text = COMMA_GLUED.sub(", ", text)
    if "húy" in text or "HÚY" in text:
        text = THU_Y_GLUED.sub(_thu_y, text)
    if "GH" in text or "gh" in text or "Gh" in text:
        text = GH_ONSET.sub(_gh_as_ch, text)
    if not text.isupper() and SMALL_CAPS_RUN.search(text):
        text = SMALL_CAPS_RUN.sub(_small_caps, text)
    if text[-4:].rstrip(" ;.,").endswith(")") and "(" in text:
        text = RECIPIENT_NOTE.sub(_recipient_note, text)
    return text


# On a poor scan Tesseract reads a figure as the letter it resembles: "ngày l4 tháng 0l năm 2O25",
# "trước ngày 3O/6/2025", "Số: 1l5/KH-UBND". Read as figures: a token after "ngày", "tháng" or
# "năm" that holds a figure and otherwise only such letters, when it then makes a day (1-31), a
# month (1-12) or a year (1900-2099); a date of slashes so made, likewise; a document's number
# before its code when it opens with a figure (a stroke before it, "l45/KH", may be a rule's, not
# a figure: left). A token of letters alone ("năm I", "tháng l") is no figure and is left.
LOOKALIKES = "OoIl|"
_AS_FIGURES = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})
LOOKALIKE_HINT = re.compile(r"\d[OoIl|]|[OoIl|]\d")
_FIG = rf"[0-9{LOOKALIKES}]"
DATE_WORD_FIGURE = re.compile(rf"(?<!\w)(?P<word>[Nn]gày|[Tt]háng|[Nn]ăm|NGÀY|THÁNG|NĂM)(?P<sp>\s+)(?P<n>{_FIG}{{1,4}})(?![\w/])")
SLASH_DATE_FIGURES = re.compile(rf"(?<![\w/])(?P<d>{_FIG}{{1,2}})/(?P<m>{_FIG}{{1,2}})/(?P<y>{_FIG}{{4}})(?![\w/])")
NUMBER_BEFORE_CODE = re.compile(rf"(?<![\w/.-])(?P<n>\d{_FIG}{{0,4}})(?=/[A-ZĐ]{{2}})")
_DATE_WORD_RANGE = {"ngày": (1, 31, 2), "tháng": (1, 12, 2), "năm": (1900, 2099, 4)}


def _figures(token: str, lo: int, hi: int, width: int) -> str | None:
    if not any(c.isdigit() for c in token) or len(token) > width or token.endswith("|"):
        # (a stroke closing a figure is the rule after the cell it ends, "Tháng 1|", as drop_rule_ghosts reads it)
        return None
    figures = token.translate(_AS_FIGURES)
    return figures if figures.isdigit() and lo <= int(figures) <= hi else None


def _fix_lookalike_figures(text: str) -> str:
    def word(m: re.Match) -> str:
        lo, hi, width = _DATE_WORD_RANGE[m["word"].lower()]
        figures = _figures(m["n"], lo, hi, width)
        return f"{m['word']}{m['sp']}{figures}" if figures else m.group()

    def slashed(m: re.Match) -> str:
        parts = [_figures(m[k], *r) for k, r in (("d", (1, 31, 2)), ("m", (1, 12, 2)), ("y", (1900, 2099, 4)))]
        return "/".join(parts) if all(parts) else m.group()

    text = DATE_WORD_FIGURE.sub(word, text)
    text = SLASH_DATE_FIGURES.sub(slashed, text)
    return NUMBER_BEFORE_CODE.sub(lambda m: m["n"].translate(_AS_FIGURES), text)


# A figure and the date word beside it read without the space between ("Ngày 10tháng Giêng",
# "ngày 15tháng8 âm lịch", "Trước ngày15"): no word of the language runs a figure into "ngày",
# "tháng" or "năm", so the space is put back.
_DATE_WORDS = r"(?:[Nn]gày|[Tt]háng|[Nn]ăm|NGÀY|THÁNG|NĂM)"
FIGURE_THEN_DATE_WORD = re.compile(rf"(\d)({_DATE_WORDS})(?![^\W\d_])")
DATE_WORD_THEN_FIGURE = re.compile(rf"(?<![^\W\d_])({_DATE_WORDS})(\d)")


# The two figures of a day or a month printed wide apart (an italic place-date line, letter-spaced)
# read as two tokens: "ngày 1 4 tháng 01", "tháng 1 2 năm 2025". Joined only between "ngày" and
# "tháng" or "tháng" and "năm", where one number stands, and when they make a day or a month.
SPLIT_DAY_MONTH = re.compile(r"(?<!\w)(?P<word>[Nn]gày|NGÀY|[Tt]háng|THÁNG)(?P<sp>\s+)(?P<a>\d) (?P<b>\d)"
                             r"(?=\s+(?:tháng|THÁNG|năm|NĂM)(?!\w))")


def _join_split_figures(m: re.Match) -> str:
    hi = 31 if m["word"].lower() == "ngày" else 12
    return f"{m['word']}{m['sp']}{m['a']}{m['b']}" if 1 <= int(m["a"] + m["b"]) <= hi else m.group()


# The hyphen between a symbol's type code and its issuer's read as another short mark: "45/KH.UBND",
# "12/KH~UBND", "07/QĐ_UBND". Mended between a type code and an issuer code both lists know; an
# unknown pair is left as read.
CODE_JOIN_SLIP = re.compile(r"(?<![\w/])(\d{1,5}/)([A-ZĐ]{2,8})[.~_·,—](?=([A-ZĐ]{2,12})(?![\w-]))")


def _fix_code_join(m: re.Match) -> str:
    types, issuers = _known_codes()
    if m.group(2) in types and (m.group(3) in issuers or m.group(3) in ("UBND", "HĐND")):
        return f"{m.group(1)}{m.group(2)}-"
    return m.group()


# What a recipient is sent a plan for, closing its line in small letters ("- UBND huyện (b/c);",
# "(để t/h)"): small print that Tesseract reads with a capital ("(b/C)"), a lookalike ("(Đ/c)",
# "(b/e)", "(6/c)") or the slash lost ("(th)"). Only these abbreviations are written so; a note in
# capitals without its slash ("(TH)", "(CĐ)": a school's level) is no such note.
RECIPIENT_NOTES = frozenset({"b/c", "t/h", "p/h", "c/đ", "t/d"})
RECIPIENT_NOTE = re.compile(r"\((?P<for>để |đề )?(?P<a>[bBĐđ6tTpPcC])(?P<slash>/?)(?P<b>[cCeEhHđĐdD])\)(?=\W*$)")
_NOTE_FIRST = {"đ": "b", "6": "b"}


def _recipient_note(m: re.Match) -> str:
    if not m["slash"] and not (m["a"] + m["b"]).islower():
        return m.group()
    a, b = m["a"].lower(), m["b"].lower().replace("e", "c")
    note = f"{a}/{b}" if f"{a}/{b}" in RECIPIENT_NOTES else f"{_NOTE_FIRST.get(a, a)}/{b}"
    if note not in RECIPIENT_NOTES:
        return m.group()
    return f"({'để ' if m['for'] else ''}{note})"


# Small letters whose capitals have their shape (c, o, s, v, x, z, w and their marked forms: "cơ
# sở") make a word Tesseract may read in capitals when nothing taller stands in it: "trung học CƠ
# SỞ", "Hội đồng CỐ vấn". Put back in small letters only when the run follows a word in small
# letters (in mid-sentence, where no heading is) and no word in capitals follows it (a name in
# capitals: "xã CÔ TÔ"), each word a syllable with a mark (plain "CO", "SO" may be a formula or a
# code) and no code of such letters ("CSVC", "CCVC": no syllables).
_SMALL_CAPS_LETTERS = "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()
                              and unicodedata.normalize("NFD", c)[0] in "COSVXZW")
SMALL_CAPS_RUN = re.compile(rf"(?<=\w\s)[{_SMALL_CAPS_LETTERS}COSVXZW]{{2,4}}(?: [{_SMALL_CAPS_LETTERS}COSVXZW]{{2,4}})*"
                            r"(?![^\W_])")


def _small_caps(m: re.Match) -> str:
    run = m.group(0)
    after = m.string[m.end():].split(None, 1)
    if (m.string[m.start() - 2].islower() and not (after and after[0].isupper())  # (no name in capitals)
            and all(not w.isascii() and is_syllable(w.lower()) for w in run.split(" "))):
        return run.lower()
    return run


# "Thú y" (veterinary) read as the one syllable "Thúy", a name: "Cán bộ thúy xã", "Trạm Chăn nuôi
# và Thúy huyện". Only where the office is meant: the words that name a veterinary office before
# it, or in small letters (a name is capitalised) a level word after it; "Nguyễn Thị Thúy", "chị
# Thúy", "đồng chí Thúy xã Tân Lập" stay.
THU_Y_GLUED = re.compile(
    r"(?:(?<=\bnuôi và )|(?<=\bNuôi và )|(?<=\bTrạm )|(?<=\bBan )|(?<=\bChi cục ))"
    r"(Thúy|thúy|THÚY)(?=\s|$)"
    rf"|\b(thúy)(?=\s+(?:{'|'.join(LEVELS)})\b)")


def _thu_y(m: re.Match) -> str:
    word = m.group(1) or m.group(2)
    return {"Thúy": "Thú y", "thúy": "thú y", "THÚY": "THÚ Y"}[word]


# Tesseract drops the narrow space after a comma ("các xã,thị trấn", "cơ quan,đơn vị"). Between
# two words of letters a comma is always followed by a space in print; figures ("1,5 ha"), codes
# and a comma before a line break are left as they are.
COMMA_GLUED = re.compile(r"(?<=[^\W\d_]{2}),(?=[^\W\d_]{2})")


# Vietnamese spells "gh" only before i, e, ê: before a, o or u (whatever their marks) it is a C
# misread as G ("KT. GHỦ TỊCH" under a seal's ring, "ghương trình"), and "ch" the spelling that fits
GH_ONSET = re.compile(r"(?<![^\W\d_])([Gg])(?=[Hh]([^\W\d_]))")


def _gh_as_ch(m: re.Match) -> str:
    if unicodedata.normalize("NFD", m.group(2))[0] not in "aouAOU":
        return m.group(1)
    return "C" if m.group(1) == "G" else "c"


# Tesseract at times takes the dot of an "i" for a tone mark: "Chi cục" read "Chỉ cục", "quy định
# chi tiết" read "chỉ tiết", "Thi đua" read "Thí đua". A word of the lexicon (the unit heads of
# extractors.units and a few words every plan prints) whose toneless "i" (the syllable's only
# vowel) came out with a hook or an acute is put back. Not a slip: a reading that is itself a
# lexicon word; one whose syllables after the slip differ in case from the word's ("không chỉ Hội Nông dân"
# names the Hội); one whose last syllable opens a lexicon word with the word after it ("chỉ bộ
# phận một cửa": "chỉ" is meant); one whose slipped first syllable closes a word with the word
# before it ("ý chí cục bộ", "thậm chí hội viên"). Words whose slip reads as a phrase ("chỉ tiêu", "chỉ ngân sách",
# "thì công") are not in the lexicon.
PLAN_WORDS = ("chi tiết", "chi phí", "thi đua", "thi hành", "phát triển nông thôn", "tổ chức", "sửa đổi", "tổng hợp",
              "phổ biến", *(HOOK_PHRASES := (
                  "kiểm tra", "triển khai", "phát triển", "cụ thể", "đoàn thể", "thể thao", "thể dục", "tổng kết",
                  "bổ sung", "tổ quốc", "khẩn cấp", "nguy hiểm", "tiểu học", "kiểm lâm", "bờ biển", "ven biển",
                  "bảo hiểm", "hiệu quả", "kết quả", "quản lý", "thủy lợi", "bảo vệ", "địa điểm", "giảm nghèo",
                  "kiểm sát", "đẩy mạnh", "đẩy nhanh")))
# words every plan prints whose hooked vowel ("ổ", "ể", "ẩ", "ả", …), read with an acute, reads as no
# phrase ("Luật sửa đối, bổ sung", "tống hợp báo cáo", "Kiếm tra", "Văn hóa, Thế thao", "bờ biến"); a
# page faxed or scanned at 150 dpi leaves the hook a dot or a tick. Left, the slip breaks a law's name
# ("Luật sửa đổi, bổ sung …") in two, a school's post ("giao Tống phụ trách Đội chủ trì") or a unit
# ("Trung tâm Văn hóa, Thế thao", "Trường Tiếu học") is no unit, a heading ("NHIỆM VỤ CỤ THẾ") is no
# heading, and "phố biến" (a street, for "phổ biến") runs on the name of the unit that disseminates
# ("Ban Nhân dân các ấp phố biến …"). Only phrases whose every slip is no phrase are here: "cải cách"
# read "cái cách" is one ("cái cách làm"), "các tỉnh" read "các tính" another ("các tính năng").
HOOK_WORDS = frozenset({"sửa đổi", "tổng hợp", "tổng phụ trách", "phổ biến", *HOOK_PHRASES})
CLOSED_BEFORE = frozenset({"ý chí", "đồng chí", "tạp chí", "báo chí", "tiêu chí", "thậm chí", "địa chỉ", "bố thí",
                           "yếu tố", "nhân tố", "nguyên tố", "tham tố", "tìm kiếm",
                           # "cảnh báo hiểm họa", "thông báo vệ sinh …": no slip of "bảo hiểm", "bảo vệ"
                           "cảnh báo", "thông báo", "dự báo"})
# … and a phrase the slipped last syllable opens with the word after it: "tổng kết quá trình thực hiện"
# is no slip of "kết quả" (the lexicon's words are checked so too)
OPENED_AFTER = frozenset({"quá trình"})
# Other slips of one stroke seen on scans: the hook over "ổ" read as an acute ("Tố chức" for "Tổ
# chức"); a final "m" whose last stem faded read "n" ("Trung tân Văn hóa" for "Trung tâm"): a
# syllable of the lexicon so slipped reads as no phrase of it. The "n" slip must keep the word's
# case, as "Trung Tân" (a commune) does not; the hook's only in "tổ" before another syllable.
_HOOK_SLIPS = {"ổ": "ố"}
_HOOK_ACUTE = dict(zip("ảẳẩẻểỉỏổởủửỷ", "áắấéếíóốớúứý"))
_DOT_SLIPS = "ỉí"
_THIN_ONSETS = frozenset({"tr", "th", "ch", "nh", "ph", "kh"})


@lru_cache(maxsize=1)
def _dotted_i_slips() -> tuple[dict[str, tuple[str, int]], frozenset[str], re.Pattern | None]:
    from extractors.units import UNIT_HEADS  # (the unit vocabulary lives there)
    words = {w.lower(): w for w in (*UNIT_HEADS, *PLAN_WORDS) if " " in w}
    slips: dict[str, tuple[str, int]] = {}   # as read: (the word, its slipped syllable)
    for low, word in words.items():
        sylls = low.split(" ")
        for k, syl in enumerate(sylls):
            for hook, acute in (_HOOK_ACUTE if low in HOOK_WORDS else _HOOK_SLIPS).items():
                # (only "tổ" before another syllable: "các tố cáo", "Tống" stay)
                if syl == "t" + hook and k < len(sylls) - 1 or low in HOOK_WORDS and hook in syl:
                    slip = " ".join(sylls[:k] + [syl.replace(hook, acute, 1)] + sylls[k + 1:])
                    if slip not in words:
                        slips.setdefault(slip, (word, k))
            if syl.endswith("m") and k == len(sylls) - 1 and k > 0:
                slip = " ".join(sylls[:k] + [syl[:-1] + "n"])
                if slip not in words:
                    slips.setdefault(slip, (word, -k - 1))  # (negative: the slipped syllable keeps its case)
            if syllable_vowels(syl) != "i":
                continue
            for mark in _DOT_SLIPS:
                slip = " ".join(sylls[:k] + [syl.replace("i", mark, 1)] + sylls[k + 1:])
                if slip not in words:
                    slips[slip] = (word, k)
        # the thin second letter of an onset lost ("Phát tiển nông thôn"): only in a name of three
        # syllables or more, whose slip reads as no phrase ("các tường", "nhà tường" would)
        if len(sylls) < 3 or sylls[0] == "các":
            continue
        for k, syl in enumerate(sylls):
            if syl[:2] in _THIN_ONSETS and syllable_vowels(syl[2:]):
                slip = " ".join(sylls[:k] + [syl[0] + syl[2:]] + sylls[k + 1:])
                if slip not in words:
                    slips.setdefault(slip, (word, k))
    if not slips:
        return {}, frozenset(), None
    # (a cell's line may break between the syllables)
    alt = "|".join(sorted((re.escape(s).replace("\\ ", r"\s+") for s in slips), key=len, reverse=True))
    return slips, frozenset(words), re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def syllable_vowels(syl: str) -> str:
    """The vowel letters of a syllable, marks dropped ("chỉ" → "i", "viên" → "ie")."""
    bare = unicodedata.normalize("NFD", syl.replace("đ", "d"))
    return "".join(c for c in bare if c in "aeiouy")


def _cased(found: str, right: str) -> str:
    """A syllable of the lexicon in the case it was read in."""
    if len(found) == len(right):
        return "".join(r.upper() if f.isupper() else r.lower() if f.islower() else r for f, r in zip(found, right))
    if found.isupper():
        return right.upper()
    return (right[0].upper() if found[0].isupper() else right[0].lower()) + right[1:].lower()


def _fix_dotted_i(text: str) -> str:
    slips, words, pattern = _dotted_i_slips()
    if pattern is None:
        return text

    def mend(m: re.Match) -> str:
        found = m.group(0)
        right, k = slips[" ".join(found.lower().split())]
        if k < 0:   # a final "n" for "m": the slipped syllable in the lexicon's case, not a name's
            k = -k - 1
            if found.isupper() or found.split()[k][:1] != right.split(" ")[k][:1]:
                return found
        if not found.isupper() and [s[0].isupper() for s in found.split()[k + 1:]] != \
                [s[0].isupper() for s in right.split()[k + 1:]]:
            return found
        prev = re.search(r"(\w+)\s+$", text[max(0, m.start() - 12):m.start()])
        if k == 0 and prev and f"{prev.group(1).lower()} {found.split()[0].lower()}" in CLOSED_BEFORE:
            return found
        nxt = re.match(r"\s+(\w+)", text[m.end():])
        if nxt and ((after := f"{found.lower().split()[-1]} {nxt.group(1).lower()}") in words or after in OPENED_AFTER):
            return found
        pieces = re.split(r"(\s+)", found)
        pieces[::2] = [_cased(f, r) for f, r in zip(pieces[::2], right.split(" "))]
        return "".join(pieces)

    return pattern.sub(mend, text)


# The dash joining two names ("Địa chính - Nông nghiệp", "Văn hóa - Thông tin") is printed with a
# space each side; Tesseract at times drops one ("Địa chính- Nông", "Lao động -Thương binh"; in a
# cell the line may break after the dash). Mended only between a word in lower case and a name in
# capitals: a code ("KH- UBND"), a range ("2021- 2025") or a compound ("tin- bài") is left as read.
HALF_SPACED_DASH = re.compile(r"([^\W\d_])(?:-(\s)| -)([^\W\d_])")


def _space_dash(m: re.Match) -> str:
    if m.group(1).islower() and m.group(3).isupper():
        return f"{m.group(1)} -{m.group(2) or ' '}{m.group(3)}"
    return m.group(0)


# A curly quote read twice ("phong trào ““Toàn dân …”"): printed, a quotation opens once.
DOUBLED_QUOTE = re.compile(r"([“”])\1+")

# Tesseract's model at times prints a letter of a symbol's code twice: "3869/QĐĐ-BYT",
# "6858/QĐ-BYTT". A type code (the part after the number) or an issuer code (the last part)
# that no list knows, but that a list knows once its doubled letter is printed once, is mended;
# a code the lists do not know either way is left as read.
DOUBLED_LETTER = re.compile(r"([A-ZĐ])\1")
SYMBOL = re.compile(r"(?<![\w/])(\d{1,5}(?:/\d{4})?[/-])([A-ZĐÐ]{2,8})((?:-[A-ZĐÐ0-9]{2,12})*)(?![\w/])")


@lru_cache(maxsize=1)
def _known_codes() -> tuple[frozenset[str], frozenset[str]]:
    from extractors.references import MINISTRY_CODES, TYPE_CODES  # (the symbol vocabulary lives there)

    return frozenset(TYPE_CODES), frozenset(MINISTRY_CODES) | {"UBND", "HĐND", "CP", "TW"}


def _single(code: str, known: frozenset[str]) -> str:
    if "Ð" in code:  # the Icelandic eth Tesseract gives for a second Đ (normalize unifies them later)
        code = code.replace("Ð", "Đ")
    if code in known or not DOUBLED_LETTER.search(code):
        return code
    once = {code[:k] + code[k + 1:] for k in range(1, len(code)) if code[k] == code[k - 1]} & known
    return once.pop() if len(once) == 1 else code


def _fix_doubled_codes(m: re.Match) -> str:
    types, issuers = _known_codes()
    tail = m.group(3)
    if tail:
        head, _, last = tail.rpartition("-")
        tail = f"{head}-{_single(last, issuers)}"
    return m.group(1) + _single(m.group(2), types) + tail


# Tesseract joins the two stems of a Roman "II" into "H", reads the "I" of "IV" as "T", and a
# numeral set against "Quý" with a stroke before it: "Quý III/2025", "quý IV năm 2025",
# "QuýIV/2025" come out "Quý IH/2025", "quý TV năm 2025", "QuýlIV/2025"; its stems are also read
# as figures or l's ("Quý 11", "Quý 111", "Quý lV"), which dates.py reads, but which the task's
# timing, printed as read, should not show. Mended only into a quarter (I-IV); a lone figure
# ("Quý 1/2025", "Quý 3") is how some plans write quarters, and is left as printed.
QUARTER_NUMERAL = re.compile(r"(?<!\w)(Quý|quý|QUÝ)(\s*)([IlH|!1TV]{1,5})(?=[/\s.,;:)\-–]|$)")
_STEM = str.maketrans({"l": "I", "|": "I", "!": "I", "1": "I", "T": "I"})
_QUARTERS = ("I", "II", "III", "IV")


def _fix_quarter(text: str) -> str:
    def mend(m: re.Match) -> str:
        token = m.group(3)
        if token in _QUARTERS or token in ("1", "2", "3", "4"):
            return m.group(0)  # read right, or printed in figures
        for numeral in (token, token[1:] if not m.group(2) and token[0] in "l|!" else ""):
            numeral = numeral.replace("H", "II").translate(_STEM)
            if numeral in _QUARTERS:
                return f"{m.group(1)} {numeral}"
        return m.group(0)
    return QUARTER_NUMERAL.sub(mend, text)


# A closing quote after a year comes out as a "7" ("năm 2025”" → "năm 20257"), at times beside
# the quote itself ("2030”;" → "20307”;"). Mended beside a printed quote, or inside a quotation
# still open, where a five-digit number ending in 7 is that slip.
YEAR_SEVEN = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)7(”?)(?=[\s.,;:)”]|$)")


def _fix_quote_seven(text: str) -> str:
    def mend(m: re.Match) -> str:
        before = text[:m.start()]
        if m.group(2) or before.count("“") > before.count("”"):
            return m.group(1) + "”"
        return m.group(0)
    return YEAR_SEVEN.sub(mend, text)


def _lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped by Tesseract's line, in reading order (top to bottom)."""
    by_key: dict[tuple, list[Word]] = {}
    for w in words:
        by_key.setdefault(w.key, []).append(w)
    groups = list(by_key.values())
    groups.sort(key=lambda g: (sorted(w.top for w in g)[len(g) // 2], min(w.left for w in g)))
    return groups


# What ruling lines leave at the edge of a cell: lone strokes and dots that are not text.
RULE_RESIDUE = re.compile(r"(?:\s+[-–—_|~.,:;'`°]+)+$")


# A rule's residue glued to a cell line's last word ("Công chức Địa chính - Nông." / "nghiệp", "cửa hàng
# kinh." / "doanh"): a full stop ends no line of a cell whose next line goes on in small letters. A
# short word keeps its dot, an abbreviation's ("TT." / "huyện").
GLUED_RESIDUE = re.compile(r"(?<=[^\W\d_]{3})\.$")


# A dash that ends a line of a cell whose text goes on below is the cell's own, wrapped before what
# it joins ("Tháng 7 -" / "8/2025", "Trung tâm Văn hóa -" / "Thể thao"): rules leave their
# residue at a cell's edges, not inside its text.
WRAPPED_DASH = re.compile(r"\w\s+[-–]$")


# A column narrower than a syllable wraps inside words: "Ki|ện|to|àn|Ba|n" is "Kiện toàn Ban",
# each piece on a line of its own. Pieces are put back together where they spell a syllable, but
# only in a cell where that happens often: in a column of whole words two short lines that happen
# to spell one ("Ba" over "n") would be rare, and their break is the author's.
FRAGMENT_MAX_PIECES = 4
FRAGMENT_MIN_SHARE = 0.2
# capitals whose small letter has their shape, only smaller
_SMALL_SHAPED = re.compile(r"^[COSVXZWƠ]")
FRAGMENT_MIN_LINES = 3
_EDGE_PUNCT = re.compile(r"^(\W*)(.*?)(\W*)$")
_LOOKALIKE_DJ = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def _spelled(pieces: list[str]) -> tuple[str, str, str, str] | None:
    """The syllable the pieces spell together, punctuation allowed only around the whole."""
    m = _EDGE_PUNCT.match("".join(pieces))
    core = m.group(2)
    if any(_EDGE_PUNCT.match(p).group(2) != p for p in pieces[1:-1]) or not core.isalpha():
        return None
    if _EDGE_PUNCT.match(pieces[0]).group(3) or _EDGE_PUNCT.match(pieces[-1]).group(1):
        return None  # a mark between two pieces ("H0.|tr") is a break, not the middle of a word
    return _part_syllable(_small_letters(core).translate(_LOOKALIKE_DJ))


def _small_letters(word: str) -> str:
    """A word with the capitals inside it that Tesseract gives for a small letter of the same
    shape, when read alone on a line ("thựC", "cá|C", "SỞ"), in lower case; a code ("UBND") as read."""
    tail = word[1:]
    if tail.islower() or not all(_SMALL_SHAPED.match(unicodedata.normalize("NFD", c)) for c in tail if c.isupper()):
        return word
    return word[:1] + tail.lower()


def rejoin_fragments(lines: list[str]) -> list[str] | None:
    """The lines of a cell read from a column so narrow that words wrapped mid-syllable, as the
    words they spell (one line), or None when the cell is not such a cell.

    Runs of one-word lines are cut into the fewest syllables, ties going to cuts before an onset
    that ends no syllable, as split_syllables does ("vị|chủ", not "vịch|ủ"); a line of several
    words or a piece that spells nothing with its neighbours stays as read."""
    if len(lines) < FRAGMENT_MIN_LINES:
        return None
    pieces = [ln.strip() for ln in lines]
    n = len(pieces)
    # best[i]: (parts, -onsets, start of the last part) for pieces[:i]
    best: list[tuple[int, int, int]] = [(0, 0, 0)] + [(n + 1, 0, 0)] * n
    for i in range(1, n + 1):
        for k in range(1, min(FRAGMENT_MAX_PIECES, i) + 1):
            group = pieces[i - k:i]
            shape = None
            if k > 1:
                if any(" " in p or not p for p in group):
                    break
                shape = _spelled(group)
                if shape is None:
                    continue
            elif " " not in group[0]:
                shape = _spelled(group)
            onset = _onset_weight(shape[0]) if i - k > 0 and shape is not None else 0
            parts, neg, _ = best[i - k]
            cand = (parts + 1, neg - onset, i - k)
            if cand[:2] < best[i][:2]:
                best[i] = cand
    words, i = [], n
    while i > 0:
        start = best[i][2]
        word = "".join(pieces[start:i])
        words.append(_small_letters(word) if i - start > 1 or _spelled([word]) else word)
        i = start
    words.reverse()
    if n - len(words) < max(2, FRAGMENT_MIN_SHARE * n):
        return None
    return [" ".join(words)]


def _cell_text(words: list[Word]) -> str:
    lines = [_join(g) for g in _lines_of(words)]
    lines = rejoin_fragments(lines) or lines
    out = []
    for i, text in enumerate(lines):
        kept = i + 1 < len(lines) and lines[i + 1][:1].isalnum() and WRAPPED_DASH.search(text)
        text = text if kept else RULE_RESIDUE.sub("", text)
        if i + 1 < len(lines) and lines[i + 1][:1].islower():
            text = GLUED_RESIDUE.sub("", text)
        out.append(text)
    text = "\n".join(out)
    if text[:1] == "(" and ")" not in text:
        text = text[1:].lstrip()  # a speck read as "(" before a cell's text: no bracket opens a cell and stays open
    return mend_text(text)


def _table_rows(grid: Grid, words: list[Word]) -> list[tuple[float, list[str], tuple[int, ...]]]:
    """Each row band of the grid with words in it → (top, cells, columns merged from above)."""
    merged = grid.merged or [()] * (len(grid.rows) - 1)
    bands: dict[int, dict[int, list[Word]]] = {}
    for w in words:
        b = bisect.bisect_right(grid.rows, w.cy) - 1
        b = min(max(b, 0), len(grid.rows) - 2)
        present = grid.band_cols[b]
        k = bisect.bisect_right(present, w.cx) - 1
        k = min(max(k, 0), len(present) - 2)
        col = _column_of(grid, present[k])
        # a merged cell is read whole on its first row (its text may sit anywhere in its height),
        # so the rows it covers keep their cell empty, to be filled from the row above
        while b > 0 and col in merged[b]:
            b -= 1
        bands.setdefault(b, {}).setdefault(col, []).append(w)
    out = []
    for b in sorted(bands):
        cells = [""] * (len(grid.cols) - 1)
        for col, ws in bands[b].items():
            cells[col] = _cell_text(ws)
        out.append((grid.rows[b], cells, merged[b]))
    return mend_stt_column(out)


# A speck of a cell's rule beside an STT figure is read as a letter or sign glued to it ("5b",
# "7'"). The figure alone is meant where the column counts on by one through it (the row above
# holds one less or the row below one more) and no other row of the column carries a letter, as
# a sub-numbered table ("5a", "5b") would.
STT_STRAY = re.compile(r"^(\d{1,3})[^\d\s.)/]$")
_BARE_NUMBER = re.compile(r"^\d{1,3}$")


def mend_stt_column(rows: list[tuple[float, list[str], tuple[int, ...]]]) -> list[tuple[float, list[str], tuple[int, ...]]]:
    """The rows of one grid with a stray mark after a figure of its first column dropped."""
    firsts = [cells[0].strip() if cells else "" for _, cells, _ in rows]
    odd = [i for i, f in enumerate(firsts) if STT_STRAY.match(f)]
    if len(odd) != 1:
        return rows
    i = odd[0]
    n = int(STT_STRAY.match(firsts[i]).group(1))
    before = next((int(f) for f in reversed(firsts[:i]) if _BARE_NUMBER.match(f)), None)
    after = next((int(f) for f in firsts[i + 1:] if _BARE_NUMBER.match(f)), None)
    if before == n - 1 or after == n + 1:
        rows[i][1][0] = str(n)
    return rows


def _median(values: list[int]) -> float:
    """np.median of a short list of whole numbers (the same value, without numpy's ~10 µs a call)."""
    s = sorted(values)
    m = len(s) // 2
    return float(s[m]) if len(s) % 2 else (s[m - 1] + s[m]) / 2


@dataclass
class _Row:
    """A visual line of prose: Tesseract lines at one height merged, words left to right."""
    words: list[Word]

    @cached_property
    def top(self) -> float:
        return _median([w.top for w in self.words])

    @cached_property
    def height(self) -> float:
        return _median([w.bottom - w.top for w in self.words])

    @property
    def x0(self) -> int:
        return self.words[0].left

    @property
    def x1(self) -> int:
        return max(w.right for w in self.words)

    def split_at(self, lo: float, hi: float, min_gap: float) -> int | None:
        """Index of the first word right of a gap ≥ min_gap that overlaps [lo, hi]."""
        for k in range(1, len(self.words)):
            a, b = self.words[k - 1].right, self.words[k].left
            if b - a >= min_gap and a < hi and b > lo:
                return k
        return None


# The size a row's words are set in, from their boxes: Tesseract boxes a word's ink, which for
# Vietnamese (marks above, descenders) spans about the font's size; the median box of a row falls a
# little short of it.
ROW_SIZE = 1.15


# A dash, dot or comma is printed a fraction of a line's height; one read from a box taller than the
# row's letters is a speck or a stroke of the scan (a skewed 200 dpi page: "1 - Rà soát", "5 . Ký"),
# and in the strip between two columns it would close the gap that parts them.
SMALL_MARKS = frozenset("-.,:;'`_~")
SPECK_MARK_HEIGHT = 0.8  # of the row's height


def _speck_mark(w: Word, row_height: float) -> bool:
    return w.text in SMALL_MARKS and w.bottom - w.top > SPECK_MARK_HEIGHT * row_height


def _unruled_tables(rows: list[_Row]) -> tuple[list, list[_Row]]:
    """The tables printed without rules among a page's prose rows (a header row of column names,
    rows keeping to the gaps between them; or no header row, rows opening with a row number whose
    words keep to the same column bands and read as a schedule's), found as the PDF reader finds
    them in a text layer (pdf.unruled_tables, measured in the rows' own size, from the words' boxes),
    and the rows left as prose."""
    if len(rows) < 3 or not any(len(r.words) >= 3 for r in rows):
        return [], rows
    from pipeline.ingest import pdf  # (the PDF reader imports this module)

    lines, row_of = [], {}
    for r in rows:
        size = ROW_SIZE * r.height
        kept = [w for w in r.words if not _speck_mark(w, r.height)] or r.words
        words = [{"x0": w.left, "x1": w.right, "top": w.top, "bottom": w.bottom, "text": w.text, "word": w,
                  "chars": [{"size": size, "text": w.text}]} for w in kept]
        line = pdf.WordLine(words, min(w.top for w in r.words), max(w.bottom for w in r.words))
        lines.append(line)
        row_of[id(line)] = r
    tables, rest = pdf.unruled_tables(lines, None, lambda words: _cell_text([d["word"] for d in words]))
    if not tables:
        return [], rows
    return tables, [row_of[id(ln)] for ln in rest]


def _visual_rows(words: list[Word]) -> list[_Row]:
    """Tesseract's lines, those at the same height merged (psm 3 cuts a row at column gaps)."""
    rows: list[list[Word]] = []
    for g in _lines_of(words):
        g = sorted(g, key=lambda w: w.left)
        top = _median([w.top for w in g])
        bot = _median([w.bottom for w in g])
        for r in rows[-3:]:
            rt = _median([w.top for w in r])
            rb = _median([w.bottom for w in r])
            overlap = min(bot, rb) - max(top, rt)
            if overlap > 0.5 * min(bot - top, rb - rt) and not any(
                    w.left < g[-1].right and g[0].left < w.right for w in r):
                r.extend(g)
                r.sort(key=lambda w: w.left)
                break
        else:
            rows.append(g)
    out = [_Row(r) for r in rows]
    out.sort(key=lambda r: r.top)
    return out


# What tells a two-column block away from the top of page 1 is the header or the signature: the
# motto, "Số:", the place and date, Nơi nhận, a signing title, or an issuer in capitals opening its
# left column ("PHÒNG …", "BAN …", "SỞ …"). Case matters, and a bare unit word anywhere does not: a
# task table printed without rules holds "Tiêm phòng", "Văn phòng UBND xã", "Ban Chỉ đạo" in its rows.
BLOCK_WORDS = re.compile(r"C[ỘO]NG\s+H\w*\s+X[ÃA]|Độc lập|^Số\s*:|,\s*ngày\b.*\btháng\b|Nơi nhận|CHỦ TỊCH|"
                         r"GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|^(?:TM|KT|Q|TL|TUQ)\.|(?:^|\s)(?:TM|KT|TL|TUQ)\.\s|"
                         r"[ỦU][YỶ] BAN NHÂN DÂN|UBND [A-ZĐ]|^(?:HỘI ĐỒNG|SỞ|PHÒNG|BAN|ĐẢNG ỦY|ĐẢNG BỘ)(?= [A-ZĐ])")


def _prose_blocks(rows: list[_Row], page: int | None, width: int, height: int,
                  dpi: int, confs: dict[int, float] | None = None) -> list[tuple[float, list[RawLine]]]:
    """Prose rows as (top, lines) blocks; two-column blocks (issuer | motto, "Số:" | date,
    "Nơi nhận:" | signer) give the left column's lines, then the right column's, the way the
    PDF reader lays out a text-layer page. confs: filled with each line's mean word confidence (by id)."""
    if not rows:
        return []
    centre = (min(r.x0 for r in rows) + max(r.x1 for r in rows)) / 2
    seed_gap = 0.08 * width

    def seed(r: _Row) -> tuple[float, float, int] | None:
        gaps = [(r.words[k - 1].right, r.words[k].left, k) for k in range(1, len(r.words))
                if r.words[k].left - r.words[k - 1].right >= seed_gap]
        return max(gaps, key=lambda g: g[1] - g[0]) if gaps else None

    def side(r: _Row, lo: float, hi: float) -> str | None:
        if r.x1 <= hi and r.x1 < centre + 0.1 * width and r.x0 < lo:
            return "left"
        if r.x0 >= lo and r.x0 > centre - 0.1 * width:
            return "right"
        return None

    ended = _ended_rows(rows)

    def raw(words: list[Word]) -> RawLine:
        line = RawLine(text=mend_text(_fix_roman(_join(words))), page=page, ended=id(words[-1]) in ended)
        if confs is not None:
            confs[id(line)] = sum(w.conf for w in words) / len(words)
        return line

    rules = ColumnRules(
        words=lambda r: r.words,
        span=lambda w: (w.left, w.right),
        top=lambda r: r.top,
        text=lambda r: " ".join(w.text for w in r.words),
        seed=seed,
        split=lambda r, lo, hi: r.split_at(lo, hi, max(1.2 * r.height, 0.025 * width)),
        side=side,
        raw=raw,
        eligible=lambda first, text: ((page or 1) == 1 and first.top < 0.45 * height)
        or bool(BLOCK_WORDS.search(text)),
        near=lambda r, neighbour: abs(r.top - neighbour.top) <= 3.5 * max(r.height, 1),  # else another block
    )
    blocks = column_blocks(rows, rules)
    # a page number alone in the top or bottom margin
    blocks.sort(key=lambda b: b[0])
    for pos in (0, -1):
        if blocks:
            top, lines = blocks[pos]
            if (len(lines) == 1 and (top < 0.09 * height or top > 0.91 * height)
                    and PAGE_NUMBER.match(lines[0].text)):
                blocks.pop(pos)
    return blocks


# Body lines (this many words or more) show where the text's right edge is; a line that stops
# short of it although the next line's first word would have fitted there was ended by the author.
ENDED_MIN_WORDS = 5


def _ended_rows(rows: list[_Row]) -> set[int]:
    """ids of the last words of the rows the author ended (a cell of a flattened table, a heading
    of its own line, a paragraph's last line): the room left on the right would have taken the
    next row's first word and a space. Character counts cannot tell a full line from one ended
    short in a proportional face; the page's geometry can."""
    body = sorted(r.x1 for r in rows if len(r.words) >= ENDED_MIN_WORDS)
    if len(body) < 3:
        return set()
    right = body[int(0.9 * (len(body) - 1))]
    out = set()
    for row, nxt in zip(rows, rows[1:]):
        first = nxt.words[0]
        if first.right - first.left <= right - row.x1 - 0.6 * row.height:  # a space, and the boxes' slack
            out.add(id(row.words[-1]))
    return out


JUNK = re.compile(r"^[|_~=\[\]{}`^*'\"]+$")
# Tesseract's usual misreadings of a bold Roman heading marker: "H. NỘI DUNG" is "II. NỘI DUNG"
ROMAN_FIX = {"H": "II", "Il": "II", "lI": "II", "ll": "II", "HI": "III", "IH": "III", "Hl": "III", "lII": "III",
             "TV": "IV", "lV": "IV", "VỊ": "VI", "VI": "VI", "Vl": "VI", "VH": "VII", "VIl": "VII"}
ROMAN_LINE = re.compile(r"^(\S{1,4})([.-])(\s+)")  # "III." or, in the Party's style, "III-"


LAYER_JUNK = re.compile(r"^[|_~=\[\]{}`^]+$")  # JUNK less the marks a line may print ("*", quotes)


def mend_layer_line(text: str) -> str:
    """A line of a scan's own OCR layer (a scanner's Tesseract or other engine, read raw) with the
    slips mended that this reader mends in its own OCR: rule and speck leftovers standing alone or
    stuck to a word ("_~ Thời gian", "|Công"), a Roman heading's stems ("H. NỘI DUNG"), a quarter's
    numeral, a code's doubled letter. (Without the words' confidences a lone mark is kept.)"""
    words = [word_text(w) for w in text.split() if not LAYER_JUNK.match(w)]
    return mend_text(_fix_roman(" ".join(w for w in words if w)))


def _is_junk(w: Word) -> bool:
    """Specks and rule leftovers Tesseract read as a mark: "|", "_", a lone "ˆ" or "`"."""
    if JUNK.match(w.text) and (w.conf < 60 or w.text in ("|", "_", "||")):
        return True
    if all(unicodedata.category(c) in ("Lm", "Sk", "Mn", "Me") for c in w.text):
        return True
    return len(w.text) == 1 and not w.text.isalnum() and w.text not in "-+•–—.,;:()/%*" and w.conf < 50


# Tesseract's confidence in a speck of the scan (a seal's dot, toner) read as a letter or two:
# next to nothing. Alone on its line, such a word would split what is around it (a table cut at a
# page break, a signer block).
SPECK_CONF = 10
# A pen's stroke or tick, a seal's dot, read as one letter or sign, and surely ("/", "v", "°" at 92):
# no line of a plan is one character but a page's number or a dash (a cell left blank).
LONE_KEPT = "-–—"


def _lone_mark(w: Word) -> bool:
    return len(w.text) == 1 and not w.text.isdigit() and w.text not in LONE_KEPT


def _speck_row(row: _Row) -> bool:
    if len(row.words) != 1:
        return False
    w = row.words[0]
    return len(w.text) <= 2 and w.conf < SPECK_CONF or _lone_mark(w)


_LETTERS_2 = re.compile(r"[^\W\d_]{2}")
SEAL_CONF = 60   # a line read with less (its words' mean) under a signer's title is no print


def _drop_seal_lines(lines: list[RawLine], confs: dict[int, float]) -> list[RawLine]:
    """A page's lines less those between a signer's title and the name that are a seal's or a
    signature's ink: no two letters in a row ("71/", "2 j", "P6", ":") or read with doubt
    ("^O)M, MỊN" at 26). Nothing printed there is so ("(Đã ký)", the name, a second title: words,
    read surely); left, such a line would go on the title ("PHÓ CHỦ TỊCH ^O")."""
    if not any(ln.text.isupper() for ln in lines):
        return lines
    from extractors.closing import is_title_line  # (the closing reader knows the signers' titles)

    out: list[RawLine] = []
    after_title = False
    for ln in lines:
        if after_title and (not _LETTERS_2.search(ln.text) or confs.get(id(ln), 100.0) < SEAL_CONF):
            continue
        # (a placeholder under the title, "(Đã ký)", keeps the signature's place open)
        after_title = ln.cells is None and (ln.text.isupper() and is_title_line(ln.text)
                                            or after_title and ln.text[:1] == "(" and ln.text[-1:] == ")")
        out.append(ln)
    return out


def _drop_right_margin_marks(rows: list[_Row]) -> list[_Row]:
    """The rows less a lone mark closing one of them beyond the right edge of all the page's text
    (a pen's tick or a seal's dot in the margin): it would stand as a column, a line of its own."""
    if not any(len(r.words) > 1 and _lone_mark(r.words[-1]) for r in rows):
        return rows
    edge = max((r.x1 for r in rows if not _lone_mark(r.words[-1])), default=None)
    if edge is None:
        return rows
    return [_Row(r.words[:-1]) if len(r.words) > 1 and _lone_mark(r.words[-1]) and r.words[-1].left > edge
            and r.words[-1].left - r.words[-2].right > MARGIN_SPECK_GAP * r.height else r for r in rows]


# What a reader writes in the margin beside a ruled table (a tick by each row done, "xong", "V7"):
# a ruled table spans the text's column, so no printed line stands wholly left or right of it within
# its height; a short one there is a pen's, and left as a line it would cut the table in two.
MARGIN_NOTE_CHARS = 6


def _beside_table(row: _Row, grids: list[Grid]) -> bool:
    if sum(len(w.text) for w in row.words) > MARGIN_NOTE_CHARS or len(row.words) > 2:
        return False
    cy = row.top + row.height / 2
    return any(y0 <= cy <= y1 and (row.x1 <= x0 or row.x0 >= x1)
               for x0, y0, x1, y1 in (g.box for g in grids))


# Dust on a low-resolution scan (200 dpi, scaled to 300) is a blot of a pixel or two that Tesseract
# at times reads as a sign or letters, and surely ("-" at 82, "cá" at 52): glued into a cell it
# breaks a unit's name ("Văn phòng HĐND và - UBND xã"), at a line's head an item's number ("-1.").
# No printed sign is that small: a full stop of 8 pt print is ~4 pixels across at 300 dpi.
SPECK_BOX_IN = 0.012
# A blot in the margin read as a figure or two with next to no confidence, far left of its line's
# first word ("8 4. Trưởng các thôn …"): a line of print does not open with a lone doubtful mark
# set several line heights before the rest.
MARGIN_SPECK_CONF = 25
MARGIN_SPECK_GAP = 3.0  # row heights
# … and dust read as a short word ("vài" at 17 before an appendix's "PHỤ LỤC"), smaller than the
# line's letters: left there, its small letter makes the heading read as the last line's tail.
MARGIN_BLOT_CONF = 20
MARGIN_BLOT_LEN = 3
MARGIN_BLOT_HEIGHT = 0.6  # of the row's height


# … or a streak of dust read as letters with doubt ("Sức" at 38, 7 pixels tall after "đường bộ."):
# no letter is that flat; left in, it keeps the line from ending its sentence and glues the next
# paragraph to the item.
FLAT_LETTERS = 0.25   # of the page's line height


def _speck_word(w: Word, dpi: int, line_h: float) -> bool:
    """A blot read as a word: smaller than any printed sign, or read with next to no confidence and
    less than half as tall as the page's words (a seal's or signature's leftover: "Ni", "L" at 0-4),
    or read as letters with doubt yet flatter than any letter."""
    h = w.bottom - w.top
    return (max(w.right - w.left, h) <= SPECK_BOX_IN * dpi or (w.conf < SPECK_CONF and h < 0.5 * line_h)
            or (w.conf < REREAD_ACCEPT and h < FLAT_LETTERS * line_h and any(c.isalpha() for c in w.text)))


def _drop_margin_speck(row: _Row) -> _Row:
    ws = row.words
    if len(ws) < 2 or ws[1].left - ws[0].right <= MARGIN_SPECK_GAP * row.height:
        return row
    first = ws[0]
    if (len(first.text) <= 2 and first.conf < MARGIN_SPECK_CONF) or (
            len(first.text) <= MARGIN_BLOT_LEN and first.conf < MARGIN_BLOT_CONF
            and first.bottom - first.top < MARGIN_BLOT_HEIGHT * row.height):
        return _Row(ws[1:])
    return row


# A heading's marker read with a speck before it ("— H.NỘI DUNG") or without the space after it
# ("II.NỘI DUNG"): no line of print opens with a dash before a Roman marker, and a marker is always
# spaced from its heading. An item's number read with a comma for its dot ("1, Cán bộ thú y xã …"):
# a line of print does not open with a figure and a comma before a capital.
ROMAN_ODD = re.compile(r"^(?P<junk>[-–—~=_:;'`.]+\s+)?(?P<num>[IVXHl]{1,4})\.(?P<sp>\s*)(?=\S)")
ROMANS = frozenset(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
ITEM_COMMA = re.compile(r"^(\d{1,2}),(?=\s+[^\W\d_])")
# A speck glued before an item's number ("-1. Ban Chỉ huy …"): no line of print opens with a mark
# stuck to "1." and a word in capital after it (a bullet is spaced from its text).
ITEM_JUNK = re.compile(r"^[-–—~=_:;'`]+(?=\d{1,2}\.\s+[^\W\d_])")


# A part's marker read glued to its heading's first word, its dot read as a stem's foot or lost
# ("HILKINH PHÍ THỰC HIỆN" for "III. KINH PHÍ THỰC HIỆN", "IITỔ CHỨC" for "II. TỔ CHỨC"): the token
# is no syllable, but splits into a numeral (once its stems are read back) and a syllable in
# capitals, and the line goes on in capitals, as a part heading does. A token that is a syllable
# itself ("VIỆT", "HIỆN", "XÃ") is a word, never split.
ROMAN_GLUED = re.compile(r"^(?P<tok>[IVXHLl1|!]{1,5}[^\W\d_]+)(?=[\s,.:;]|$)")


def _unglue_roman(text: str) -> str:
    m = ROMAN_GLUED.match(text)
    if m is None:
        return text
    tok, rest = m["tok"], text[m.end():]
    letters = [c for c in rest[:30] if c.isalpha()]
    if is_syllable(tok) or not all(c.isupper() for c in letters):
        return text
    for k in range(1, min(5, len(tok) - 2) + 1):
        num, word = tok[:k], tok[k:]
        if not word.isupper() or not is_syllable(word):
            continue
        # (a trailing "L" may be the dot's foot read as a stem, or a stem: "HIL" can only be "III.",
        # "IL" is "I." or "II.", which the line alone cannot tell, and is left as read)
        readings = {ROMAN_FIX.get(stems) or stems.replace("H", "II").translate(_SLIP_STEM)
                    for stems in ((num[:-1], num) if len(num) > 1 and num[-1] == "L" else (num,))} & ROMANS
        return f"{readings.pop()}. {word}{rest}" if len(readings) == 1 else text
    return text


def _fix_roman(text: str) -> str:
    if text[:1] in "IVXHLl1|!" and (glued := _unglue_roman(text)) is not text:
        return glued
    if text[:2] == "L " and len(text) > 4 and text[2:].isupper():
        # a bold "I." whose dot Tesseract joined to the stem's foot: "L NỘI DUNG" (no plan has a
        # fiftieth part, and no Vietnamese word is "L")
        return "I. " + text[2:]
    if text[:1] in "-–—~=_:;'`.IVXHl":
        m = ROMAN_ODD.match(text)
        j = ITEM_JUNK.match(text) if m is None else None
        if j is not None and text[j.end():].split(None, 1)[-1][:1].isupper():
            return text[j.end():]
        if m and (m["junk"] or not m["sp"]):
            num, rest = ROMAN_FIX.get(m["num"], m["num"]), text[m.end():]
            if num in ROMANS and len(rest) > 1 and rest[:2].isupper():
                text = f"{num}. {rest}"
    elif text[:1].isdigit() and (m := ITEM_COMMA.match(text)) and text[m.end():].lstrip()[:1].isupper():
        text = m[1] + "." + text[m.end():]
    m = ROMAN_LINE.match(text)
    if (m and m.group(1) in ROMAN_FIX and m.group(1) != ROMAN_FIX[m.group(1)]
            and text[m.end():m.end() + 2].isupper() and len(text) > m.end() + 1):  # a heading in capitals
        return ROMAN_FIX[m.group(1)] + m.group(2) + m.group(3) + text[m.end():]
    if text[:1] in ROMAN_SLIP_FIRST:
        return _roman_slip(text)
    return text


# A part's marker whose stems Tesseract read as other letters: "IL NỘI DUNG", "1I. TỔ CHỨC", "Ill.
# KINH PHÍ", "Il TỔ CHỨC THỰC HIỆN" for "II." / "III.". Read back as a Roman numeral
# only when the token holds a capital (I, V, X, L, H), is one of I-X once read, opens the line, and a
# word in capitals follows (a part heading): "11. NỘI DUNG" stays a figure, "IL Văn" stays text. An
# "L" closing a token without a dot is a stem whose dot Tesseract joined to its foot ("L NỘI DUNG").
_SLIP_STEM = str.maketrans({"l": "I", "1": "I", "|": "I", "!": "I", "L": "I"})
ROMAN_SLIP = re.compile(r"^(?P<num>[IVXLHl1|!]{1,4})(?P<dot>[.,:]?)\s+(?P<rest>\S.*)$")
ROMAN_SLIP_FIRST = frozenset("IVXLHl1|!")


def _roman_slip(text: str) -> str:
    m = ROMAN_SLIP.match(text)
    if m is None or not any(c in "IVXLH" for c in m["num"]) or m["num"] in ROMANS:
        return text  # (a numeral read right, its dot lost or not, is no slip of its stems)
    head = m["rest"].split(None, 1)[0].strip(",.:;")
    if len(head) < 2 or not head.isupper() or not head.isalpha():
        return text
    num = m["num"]
    if "L" in num[:-1] or num.endswith("L") and m["dot"]:
        # ("IL." is "II." or a bold "I." whose dot made a foot and was read again: the page's ink
        # tells them apart, _quarter_numerals counts its stems; a line with no ink is left as read)
        return text
    num = num.replace("H", "II").translate(_SLIP_STEM)
    return f"{num}. {m['rest']}" if num in ROMANS else text


# A part heading whose marker reads "IL." (PART_HEADING's "I." or "II." misread): a bold "I." whose
# dot made a foot, or "II." whose second stem did. Without the ink, the parts before it tell: "I."
# opens the parts, "II." follows it.
IL_HEADING = re.compile(r"^IL\.(?=\s+\S\S)")


def mend_layer_parts(lines: list[str | None]) -> list[str | None]:
    """The lines of a scan's OCR layer in reading order (None where a page's text is not at hand: the
    parts there are unknown), each "IL." opening a heading in capitals written as the part it must be
    in the order of the part headings above it: "I." when none came before, "II." after "I."; after
    any other, or after text not at hand, it is left as read."""
    out: list[str | None] = []
    last: str | None = ""   # "" none yet; None unknown
    for text in lines:
        if text is None:
            last = None
        elif text[:1] in "IVX":
            m = IL_HEADING.match(text)
            rest = text[m.end():].split(None, 1)[0].strip(",.:;") if m else ""
            if m and len(rest) > 1 and rest.isupper() and last in ("", "I"):
                last = "II" if last else "I"
                text = last + text[2:]
            elif (h := PART_HEADING.match(text)) and h["num"] in ROMANS and text[h.end():h.end() + 2].isupper():
                last = h["num"]
        out.append(text)
    return out


# A table whose rules were not found as rules (printed broken or faint, a fax's dashed strokes, a
# grid that never crosses) has them read as letters: "|", "!", "¡", "I", "l", "ị", "}", "'" standing
# alone where a column's rule runs, or glued to a cell's first or last word ("¡Tổ chức", "hợp!").
# A rule is straight and upright on the deskewed page: such marks at one x on several lines, with
# no word of those lines across it, are the rule and not text; they are taken away, so that the
# table is found from its words' columns (_unruled_tables) and its cells read without them. Glued
# to a word, only marks no word opens or closes with are taken (RULE_GHOST_OPENING, _CLOSING):
# "I", "l", "í" open words ("II.", "lúa", "ít"), and a cell's text ends in ",", ";", ")" of its own.
# Alone, a rule's stroke may be read as any letter ("Ũ", "h"): a box that thin holds none but "I", "l",
# "i" or "1", but it does hold a list's bullet, and bullets line up ("-", "+", "•").
BULLET_MARKS = frozenset("-+•.–—*_·")
RULE_GHOST_OPENING = frozenset("|!¡[]{}'‘’`:;,ịỊìÌỉỈ")
RULE_GHOST_CLOSING = frozenset("|!¡[]{}'‘’`+ịỊìÌỉỈ")
RULE_GHOST_WIDTH_IN = 0.03    # a rule's stroke read as a word of its own is no wider
RULE_GHOST_TOL_IN = 0.015     # the marks of one rule on different lines stand this near one x
RULE_GHOST_MIN_LINES = 3      # lines marked at one x …
RULE_GHOST_MIN_ALONE = 2      # … of which marks standing alone (a glued mark alone could be a word's)
# What stands alone in print and lines up without a rule: a colon or a semicolon a typist set apart from
# its label ("Thời gian    : 7 giờ 30", tabbed to one x on each line of a field list), as tall as a small
# letter, where a rule's stroke read so fills the line's height (RULE_GHOST_PUNCT_HEIGHT of its words'
# median at least); a Roman numeral after the word that counts with it ("Quý I", "Học kỳ I" in a timing
# column, an "I" as thin as a rule's stroke in a sans-serif face).
TYPED_PUNCT = frozenset(":;")
RULE_GHOST_PUNCT_HEIGHT = 0.85
ROMAN_ALONE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X)$")
NUMERAL_COUNTED = frozenset({"quý", "quí", "kỳ", "kì", "phần", "chương", "mục", "khóa", "khoá", "đợt", "đoạn",
                             "lục", "vòng", "lần"})


def _typed_apart(w: Word, before: Word | None, line_h: float) -> bool:
    """Is a thin word standing alone print of its own, no rule's stroke: a short colon or semicolon, or a
    Roman numeral right after the word it counts with (before: the word to its left on its line)?"""
    core = w.text.strip()
    if core and all(c in TYPED_PUNCT for c in core):
        return w.bottom - w.top < RULE_GHOST_PUNCT_HEIGHT * line_h
    return ROMAN_ALONE.match(core) is not None and before is not None \
        and before.text.strip(" ,.").lower() in NUMERAL_COUNTED


def _rule_ghost_marks(w: Word, thin: float) -> list[tuple[float, int]]:
    """Where a word could be a rule read as letters: (x, 0) a thin word of its own, (x, k) k marks
    opening the word, (x, -k) k closing it."""
    core = w.text.strip()
    if core and len(core) <= 3 and w.right - w.left <= thin and not any(c in BULLET_MARKS for c in core):
        return [((w.left + w.right) / 2, 0)]
    marks = []
    lead = len(core) - len(core.lstrip("".join(RULE_GHOST_OPENING)))
    if 0 < lead < len(core) and core[lead].isalnum():
        marks.append((float(w.left), lead))
    tail = len(core) - len(core.rstrip("".join(RULE_GHOST_CLOSING)))
    if 0 < tail < len(core) - lead and core[-tail - 1].isalnum():
        marks.append((float(w.right), -tail))
    return marks


def drop_rule_ghosts(words: list[Word], dpi: int) -> list[Word]:
    """Words with the marks of a column rule read as letters taken away (see RULE_GHOST_OPENING)."""
    thin, tol = RULE_GHOST_WIDTH_IN * dpi, RULE_GHOST_TOL_IN * dpi
    marks = sorted((x, k, i) for i, w in enumerate(words) for x, k in _rule_ghost_marks(w, thin))
    if not marks:
        return words
    line_h = _median([w.bottom - w.top for w in words])

    def left_of(w: Word) -> Word | None:
        return max((v for v in words if v.key == w.key and v.right <= w.left), key=lambda v: v.right, default=None)

    marks = [m for m in marks if m[1] != 0 or not _typed_apart(words[m[2]], left_of(words[m[2]]), line_h)]
    clusters: list[list[tuple[float, int, int]]] = []
    for m in marks:
        if clusters and m[0] - clusters[-1][0][0] <= 2 * tol:
            clusters[-1].append(m)
        else:
            clusters.append([m])
    drop: set[int] = set()
    trim: dict[int, list[int]] = {}   # marks to take from the word's start and end
    for c in clusters:
        if len({words[i].key for _, _, i in c}) < RULE_GHOST_MIN_LINES \
                or sum(k == 0 for _, k, _ in c) < RULE_GHOST_MIN_ALONE:
            continue
        x = _median([m[0] for m in c])
        y0, y1 = min(words[i].top for _, _, i in c), max(words[i].bottom for _, _, i in c)
        marked = {i for _, _, i in c}
        if any(y0 <= w.cy <= y1 and w.left < x - tol and w.right > x + tol
               for i, w in enumerate(words) if i not in marked):
            continue   # a word runs across it: text lined up, not a rule
        for mx, k, i in c:
            if abs(mx - x) > tol:
                continue
            if k == 0:
                drop.add(i)
            else:
                trim.setdefault(i, [0, 0])[0 if k > 0 else 1] = abs(k)
    if not drop and not trim:
        return words
    out = []
    for i, w in enumerate(words):
        if i in drop:
            continue
        if i in trim:
            text = w.text.strip()
            lead, tail = trim[i]
            step = (w.right - w.left) // len(text)   # (the box drawn in by a letter's width a mark)
            w = replace(w, text=text[lead:len(text) - tail], left=w.left + lead * step, right=w.right - tail * step)
        out.append(w)
    return out


def layout(words: list[Word], grids: list[Grid], page: int | None, dpi: int,
           size: tuple[int, int] = (2480, 3508)) -> list[RawLine]:
    """Words and table grids → RawLines in reading order."""
    line_h = _median([w.bottom - w.top for w in words]) if words else 0.0
    words = [w for w in words if not _is_junk(w) and not _speck_word(w, dpi, line_h)]
    words = drop_rule_ghosts(words, dpi)
    table_words: list[list[Word]] = [[] for _ in grids]
    prose: list[Word] = []
    slack = 0.02 * dpi
    for w in words:
        for gi, g in enumerate(grids):
            x0, y0, x1, y1 = g.box
            if x0 - slack <= w.cx <= x1 + slack and y0 <= w.cy <= y1:
                table_words[gi].append(w)
                break
        else:
            prose.append(w)
    items: list[tuple[float, int, list[RawLine]]] = []
    base = (page or 0) * TABLE_ID_STRIDE
    tid = 0
    for gi, g in enumerate(grids):
        rows = _table_rows(g, table_words[gi])
        if not rows:
            continue
        lines = [RawLine(text="\t".join(c.replace("\n", " ") for c in cells), page=page, cells=cells,
                         table_id=base + tid, merged_above=below) for _, cells, below in rows]
        items.append((rows[0][0], len(items), lines))
        tid += 1
    rows = _drop_right_margin_marks([_drop_margin_speck(r) for r in _visual_rows(prose)
                                     if not _speck_row(r) and not _beside_table(r, grids)])
    unruled, rows = _unruled_tables(rows)
    for table in unruled:
        lines = [RawLine(text="\t".join(c.replace("\n", " ") for c in cells), page=page, cells=cells,
                         table_id=base + tid) for cells in table.rows]
        items.append((table.bbox[1], len(items), lines))
        tid += 1
    confs: dict[int, float] = {}
    for top, lines in _prose_blocks(rows, page, size[0], size[1], dpi, confs):
        items.append((top, len(items), lines))
    items.sort(key=lambda t: (t[0], t[1]))
    return _drop_seal_lines(mend_wrapped_places([rl for _, _, lines in items for rl in lines]), confs)


def mend_wrapped_places(lines: list[RawLine]) -> list[RawLine]:
    """Prose lines with an "Ia" opening a line mended where the line above ends with the level or
    village word it names ("… trên địa bàn xã" / "la Mrơn năm 2025")."""
    for above, line in zip(lines, lines[1:]):
        if line.cells is None and above.cells is None and line.text[1:2] in ("a", "A") \
                and (m := ENDS_WITH_PLACE_WORD.search(above.text)) is not None:
            line.text = mend_ia_places(line.text, m["place"])
    return lines


# ---------------------------------------------------------------- pages


# Seals (con dấu), signatures and receipt stamps are red or blue ink laid over the signer's title
# and name; in grey, a seal's red is as dark as print and Tesseract reads its ring as garbage over
# the signer block. Print is black or grey: its chroma (max - min of R, G, B) stays under ~10 in a
# JPEG colour scan, leaving room for a scanner's colour fringes, while seal red and pen blue reach
# 60-180. So each pixel is lightened by its chroma above INK_CHROMA, times INK_GAIN: coloured ink
# on paper goes white (a dark ballpoint blue, chroma ~70, ends lighter than any print threshold),
# a pixel of grey print is left exactly as it was, and print under a seal stays dark (through red
# ink black is still near black: chroma ~50, grey ~25). Where a signature crosses the seal the two
# inks make a dark purple of low chroma that stays: a few specks, which the closing reader drops.
INK_CHROMA = 40
INK_GAIN = 4
_INK_LIFT = [min(255, max(0, v - INK_CHROMA) * INK_GAIN) for v in range(256)]
COLOUR_MODES = frozenset({"RGB", "RGBA", "RGBX", "CMYK", "YCbCr", "P", "LAB", "HSV"})


def drop_colour_ink(img: Image.Image, grey: Image.Image | None = None, faint: bool = True) -> Image.Image:
    """The page in grey for OCR with coloured ink (red, blue: seals, signatures, stamps) lifted
    to paper white and black or grey print kept; `grey` is img.convert("L") when known.

    A page without colour gives exactly img.convert("L"): grey scans are read as before. faint: ink
    a JPEG left faint in colour beside it goes too (_lift_faint_ink); not for a photo, whose desk is
    coloured and whose colour cast leans every pixel."""
    if img.mode == "L":
        return img
    if grey is None:
        grey = img.convert("L")
    if img.mode not in COLOUR_MODES:
        return grey
    rgb = img if img.mode == "RGB" else img.convert("RGB")
    r, g, b = rgb.split()
    chroma = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(r, g), b),
                                 ImageChops.darker(ImageChops.darker(r, g), b))
    if chroma.getextrema()[1] <= INK_CHROMA:
        return grey
    lifted = ImageChops.add(grey, chroma.point(_INK_LIFT))
    return _lift_faint_ink(lifted, rgb, grey, chroma) if faint else lifted


# A colour scan kept as JPEG (most are: chroma at half resolution, quality 50-70) smears a thin
# stroke's colour over its neighbours: a 200 dpi signature's pen line keeps a chroma of ~20-45 at a
# grey of ~130-170, too little for the chroma lift above, and the seal's letters keep grey rims;
# Tesseract reads them as a line of signs between the signer's title and name ("\\ÁÑ", "YWynG c.
# Ỳ——") and glues them to the recipient beside it. The stroke's colour is still there, spread
# around it: each channel's difference from the grey, averaged over a few pixels (FAINT_SPAN), stays
# ~15-40 along a pen line, while a scanner's noise on print averages out to its tint (< 5). Such ink
# goes to paper where it is no part of print: print's stroke has a core darker than FAINT_CORE (under
# a seal too, black stays black), and the pixels within FAINT_SPAN of a core are kept.
FAINT_SPAN = 2    # pixels each way: a pen line's width at 200-300 dpi
# A JPEG that kept the colour (300 dpi, quality 80) leaves little of the pen dark after the chroma
# lift (~1% of the strongly coloured ink's area), mostly where it crosses the seal (a near-black
# purple no colour tells from print): lifting the pale rest would cut those crossings into specks,
# which Tesseract glues to the recipient level with them; left joined, it reads them as a line of
# their own, which the closing reader drops. So the faint ink goes only when there is much of it
# dark (measured 4-9% where the JPEG lost the colour: 200-250 dpi, quality 60-80).
FAINT_DARK_INK = 160
FAINT_SHARE = 0.02
FAINT_BLOCK = 8   # pixels: coloured ink is looked for in blocks of this side …
FAINT_NEAR = 2    # … and faint ink lifted up to this many blocks from one holding some
FAINT_ISLAND = 4  # pixels each way: the square a crossing's ink is weighed in
FAINT_TINT = 10   # a pixel whose surroundings lean this much to one channel is coloured ink
FAINT_CORE = 100  # print's core is darker than this (SEAL_CORE for a greyscale page's seal)
# and grey: black print keeps a chroma of ~5-16 (~30 beside a seal's red at 200 dpi), where the pen
# crosses the seal a dark purple (grey ~60-130) keeps ~40-70: a core's darkness counts less by its
# chroma above FAINT_CORE_CHROMA, unless it is near black (print under the seal: grey ~25, chroma ~50)
FAINT_CORE_CHROMA = 20
FAINT_CORE_TINT = 2
FAINT_DARK = 40


def _box_count(mask: np.ndarray, r: int) -> np.ndarray:
    """How many pixels of `mask` each (2r+1)² square around a pixel holds (approximately: 8 bits)."""
    blur = Image.fromarray(mask.astype(np.uint8) * 255).filter(ImageFilter.BoxBlur(r))
    return np.asarray(blur, dtype=np.float32) * ((2 * r + 1) ** 2 / 255)


def _lift_faint_ink(out: Image.Image, rgb: Image.Image, grey: Image.Image, chroma: Image.Image) -> Image.Image:
    c = np.asarray(chroma)
    h, w = c.shape
    k = FAINT_BLOCK
    hb, wb = -(-h // k), -(-w // k)
    strong = np.zeros((hb * k, wb * k), bool)
    strong[:h, :w] = c > INK_CHROMA
    # only beside strongly coloured ink (a seal, a signature): print's thin marks (a tone's stroke)
    # have no dark core either, and a page's colour cast leans every pixel
    near = _dilate(strong.reshape(hb, k, wb, k).any(axis=(1, 3)), FAINT_NEAR)
    rows, cols = np.nonzero(near.any(axis=1))[0], np.nonzero(near.any(axis=0))[0]
    if not rows.size:
        return out
    y0, y1 = int(rows[0]) * k, min(h, (int(rows[-1]) + 1) * k)
    x0, x1 = int(cols[0]) * k, min(w, (int(cols[-1]) + 1) * k)
    box = (x0, y0, x1, y1)
    g = grey.crop(box)
    tint = None
    for band in rgb.crop(box).split():
        lean = ImageChops.difference(ImageChops.subtract(band, g, 1.0, 128).filter(
            ImageFilter.BoxBlur(FAINT_SPAN)), Image.new("L", g.size, 128))
        tint = lean if tint is None else ImageChops.lighter(tint, lean)
    near_px = near[y0 // k:-(-y1 // k), x0 // k:-(-x1 // k)].repeat(k, axis=0).repeat(k, axis=1)[:y1 - y0, :x1 - x0]
    a = np.array(out)
    sub = a[y0:y1, x0:x1]
    tinted = np.maximum(c[y0:y1, x0:x1].astype(np.int16) - FAINT_CORE_CHROMA, 0)
    core = (sub.astype(np.int16) + FAINT_CORE_TINT * tinted < FAINT_CORE) | (np.asarray(g) < FAINT_DARK)
    faint = (np.asarray(tint) > FAINT_TINT) & near_px & (sub < 255) & ~_dilate(core, FAINT_SPAN)
    if np.count_nonzero(faint & (sub < FAINT_DARK_INK)) < FAINT_SHARE * np.count_nonzero(strong):
        return out  # the chroma lift left next to no dark ink: the colour came through the JPEG
    # Where the pen crossed the seal the two inks made a near-black purple that no colour tells from
    # print; with the pen lifted around it, it stands as a speck that Tesseract glues to the line
    # level with it. Print keeps more of its own ink than of lifted ink around each of its pixels
    # (a letter is wider than the seal's ring or a pen line crossing it); a crossing has less.
    dark = (sub < 128) & near_px
    island = dark & (_box_count(dark, FAINT_ISLAND) < _box_count(faint, FAINT_ISLAND))
    sub[faint | island] = 255
    return Image.fromarray(a)


# A seal on a greyscale scan: its red comes out a middle grey (~100-180), lighter than print yet
# dark enough for Tesseract, which reads its ring and lettering over the signer's title and name as
# garbage. Print, however thin, has a dark core within a few pixels of each of its inked pixels;
# a seal's stroke has none away from the print it crosses. Such "floating" ink is lifted to white,
# but only where it gathers as a seal does, in one disc of at most SEAL_SPAN: most of the page's
# floating ink in one such window. Light specks, the edges of print and a faint (toner-starved)
# page spread theirs over the page, so a page without a seal is read as before.
SEAL_SPAN_IN = 2.0        # a seal is 3.5-4.5 cm across: the window is 5 cm square
SEAL_SHARE = 0.5          # of the page's floating ink inside that window
SEAL_MIN_INK_IN2 = 0.08   # square inches of floating ink: a ring of 4 cm, 0.5 mm thick, ~0.1 in²
SEAL_CORE = 100           # print's core is darker than this, or than the page's darkest ink + 40
SEAL_INK = 200            # lighter than this is paper


def _dilate(mask: np.ndarray, r: int) -> np.ndarray:
    """`mask` grown by r pixels each way (a (2r+1)² square), in two separable passes."""
    rows = mask.copy()
    for k in range(1, r + 1):
        rows[k:] |= mask[:-k]
        rows[:-k] |= mask[k:]
    out = rows.copy()
    for k in range(1, r + 1):
        out[:, k:] |= rows[:, :-k]
        out[:, :-k] |= rows[:, k:]
    return out


def lift_grey_seal(gray: Image.Image, dpi: int) -> Image.Image:
    """A greyscale page with its seal's floating ink (see above) lifted to paper white, the print
    under and beside it kept; the page itself when no seal gathers."""
    lifted = _seal_lifted(PageInk(gray), dpi)
    return gray if lifted is None else Image.fromarray(lifted)


def _darkest_percent(hist: list[int], below: int, a: np.ndarray) -> int:
    """int(np.percentile(a[a < below], 1)), read from the page's histogram where the pixels about
    the 1% rank all have one value (a page's usual case; else numpy's own interpolation decides)."""
    cum = np.cumsum(hist[:below])
    n = int(cum[-1])
    rank = int((n - 1) * 0.01)
    lo, hi = (int(np.searchsorted(cum, min(max(r, 0), n - 1), side="right")) for r in (rank - 1, rank + 2))
    if lo == hi:
        return lo
    return int(np.percentile(a[a < below], 1))


def _seal_lifted(page: PageInk, dpi: int) -> np.ndarray | None:
    """The pixels of lift_grey_seal's page, or None when no seal gathers."""
    a = page.arr
    block = max(1, dpi // 10)
    h, w = a.shape[0] // block, a.shape[1] // block
    win = round(SEAL_SPAN_IN * dpi / block)
    if h < 2 or w < 2:
        return None
    n_ink = sum(page.hist[:SEAL_INK])
    min_ink = SEAL_MIN_INK_IN2 * dpi * dpi
    if n_ink < min_ink:
        return None
    core = max(SEAL_CORE, _darkest_percent(page.hist, SEAL_INK, a) + 40)
    floating = (a < SEAL_INK) & ~_dilate(a < core, max(1, round(dpi / 150)))
    total = int(np.count_nonzero(floating))
    if total < min_ink:
        return None
    # (summed down each block's rows first, then across: ~6x faster than both axes at once)
    blocks = floating[:h * block, :w * block].reshape(h, block, w * block).sum(axis=1, dtype=np.int32)
    blocks = blocks.reshape(h, w, block).sum(axis=2, dtype=np.int64)
    wh, ww = min(win, h), min(win, w)
    ii = np.zeros((h + 1, w + 1), np.int64)
    ii[1:, 1:] = blocks.cumsum(0).cumsum(1)
    sums = ii[wh:, ww:] - ii[:-wh, ww:] - ii[wh:, :-ww] + ii[:-wh, :-ww]
    y, x = np.unravel_index(int(np.argmax(sums)), sums.shape)
    if sums[y, x] < max(min_ink, SEAL_SHARE * total):
        return None
    y0, x0 = max(0, (y - 1) * block), max(0, (x - 1) * block)
    y1, x1 = (y + wh + 1) * block, (x + ww + 1) * block
    out = a.copy()
    region = out[y0:y1, x0:x1]
    region[floating[y0:y1, x0:x1]] = 255
    return out


# A sheet that does not lie flat on the scanner's glass (folded, stapled, the lid left open) greys
# towards the edge that lifts: Otsu's one threshold for the page then reads the grey band as ink,
# and Tesseract reads it as a column of signs beside every line ("Ñ", "“M - r") and cuts the lines'
# ends. The paper's light is measured at ~200 points along the long side, text taken out by a max
# filter; a page whose paper is evenly light (a scanner's usual page: every point within a few
# levels of the median) is read as it is, so only a page with a shadow is changed.
LIGHT_DROP = 0.85   # paper darker than this share of the page's usual paper is in shadow
LIGHT_SHARE = 0.02  # of the page's area in shadow before the light is flattened


def _light_field(gray: Image.Image) -> Image.Image:
    """The paper's brightness over the page, ~200 points along its long side (text removed)."""
    k = max(1, max(gray.size) // 200)
    small = gray.reduce(k) if k > 1 else gray
    # the max filter removes the text, the blur smooths the light field
    return small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))


def flatten_light(gray: Image.Image, field: Image.Image | None = None) -> Image.Image:
    """Divide out uneven lighting: each pixel over the paper's brightness around it, paper to white."""
    w, h = gray.size
    bg = (field if field is not None else _light_field(gray)).resize((w, h), Image.BILINEAR)
    a = np.asarray(gray, dtype=np.float32)
    b = np.maximum(np.asarray(bg, dtype=np.float32), 1.0)
    return Image.fromarray(np.clip(a / b * 255.0, 0, 255).astype(np.uint8))


def even_light(gray: Image.Image) -> Image.Image:
    """A grey page with a shadow over part of its paper (LIGHT_SHARE of it LIGHT_DROP darker than
    its usual paper) flattened (flatten_light); an evenly lit page as it is. ~0.02 s a page."""
    field = _light_field(gray)
    b = np.asarray(field, dtype=np.float32)
    usual = float(np.median(b))
    if usual <= 0 or np.count_nonzero(b < LIGHT_DROP * usual) < LIGHT_SHARE * b.size:
        return gray
    return flatten_light(gray, field)


# A copy of a copy: no print is darker than mid-grey, the paper grey too, and what lies between (the
# other side's print showing through, the copier's toner haze) is only a little lighter than the
# print. Tesseract reads the shades between as strokes; the print is set black and all that is
# lighter than Otsu's threshold white. A page whose darkest print is near black is left as it is.
# (the print's core is its darkest tenth: a stroke's edge is grey on any page, and a page that is
# mostly paper has too little print for a share of the whole page to find it)
FAINT_PRINT = 90        # the darkest tenth of the page's ink no darker than this: its print is grey
FAINT_PRINT_CORE = 0.1


def _faint_print_lifted(page: PageInk) -> PageInk:
    t = page.threshold
    ink = np.cumsum(np.asarray(page.hist[:t]))
    if ink.size == 0 or ink[-1] == 0:
        return page
    darkest = int(np.searchsorted(ink, FAINT_PRINT_CORE * ink[-1]))
    if darkest <= FAINT_PRINT or t - darkest < 20:
        return page
    a = page.arr.astype(np.float32)
    out = np.clip((a - darkest) * (255.0 / (t - darkest)), 0, 255).astype(np.uint8)
    # (the toner's specks and the haze's pixels just under the threshold are single pixels: gone
    # under a 3x3 median, which a stroke survives)
    img = Image.fromarray(out).filter(ImageFilter.MedianFilter(3))
    return PageInk(img)


def _prepare(img: Image.Image) -> Image.Image:
    if img.mode not in ("L", "RGB"):
        if "A" in img.getbands() or img.mode == "P":
            img = img.convert("RGBA")
            bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
            img = Image.alpha_composite(bg, img)
        img = img.convert("RGB")
    return drop_colour_ink(img) if img.mode != "L" else img


def _read_upright(gray: Image.Image | PageInk, dpi: int, page: int | None,
                  max_skew: float, colour: Image.Image | None = None) -> tuple[list[RawLine], float, int]:
    gray = PageInk.of(gray)
    img, angle = deskew(gray, max_skew)
    upright = gray if img is gray.img else PageInk(img)
    binary = upright.ink
    hs, vs = find_rules(binary, dpi)
    grids = find_grids(hs, vs, dpi, binary)
    erase_v = _table_rules(hs, vs, dpi) if ERASE_VERTICAL else []
    if hs or erase_v:
        erased = erase_rules(upright.arr, hs, erase_v, dpi)
        clean = PageInk(Image.fromarray(erased), erased)
    else:
        clean = upright
    words = _reread_stamped_lines(clean, _run_data(clean.img, dpi), dpi, grids)
    words = _quarter_numerals(clean, _reread_lone_words(clean, words, dpi))
    words = _unread_numerals(clean, words, grids, dpi)
    words = _unread_cells(clean, words, grids, dpi)
    words = split_glued_syllables(words)
    if colour is not None and any(DATE_BLANK.match(w.text) for w in words):
        words = fill_date_blanks(words, _pen_ink(colour, angle), dpi)
    conf = float(np.mean([w.conf for w in words])) if words else 0.0
    return layout(words, grids, page, dpi, img.size), conf, len(words)


def ocr_image(img: Image.Image, dpi: int = 300, page: int | None = None,
              max_skew: float = MAX_SKEW) -> tuple[list[RawLine], float]:
    """OCR one page image: its RawLines (table rows with cells) and mean word confidence 0-100.

    `dpi` is the image's resolution (a photo should be scaled to ~300 dpi first). Table ids are
    page*1000 + k so that pages of one document never share one."""
    check_tesseract()
    if img.mode != "L":
        gray = PageInk(even_light(_prepare(img)))
    else:
        gray = _faint_print_lifted(PageInk(even_light(img)))
        lifted = _seal_lifted(gray, dpi)
        if lifted is not None:
            gray = PageInk(Image.fromarray(lifted), lifted)
    colour = img if img.mode == "RGB" else None
    # a page turned a quarter or upside down is told by its ink's shape before its first read,
    # whose garbage would cost 2-3x an upright read, and only then asked of OSD (~1 s): an
    # upright page pays the two looks (~0.05 s), not OSD
    turns = (90, 270) if looks_sideways(gray) else (180,) if looks_upside_down(gray, dpi) else ()
    told = None   # OSD's answer for this very image, when it has been asked
    if turns:
        told = _osd_rotation(gray.img, dpi)
        rot, oconf = told
        # (OSD naming the turn the ink's shape told is two signs agreeing: at half size OSD can be
        # unsure of a page scanned at 200 dpi, 0.7 where the whole page gives 15)
        if rot in turns and (oconf >= 1.0 or (rot == 180 and oconf > 0)):
            gray = PageInk(gray.img.rotate(-rot, expand=True))
            colour = colour.rotate(-rot, expand=True) if colour is not None else None
            told = None
    lines, conf, n = _read_upright(gray, dpi, page, max_skew, colour)
    dark = sum(gray.hist[:128]) / max(1, gray.img.size[0] * gray.img.size[1])
    if (conf < LOW_CONFIDENCE or n < 3) and dark > 0.002:  # not a blank page: is it turned?
        rot, oconf = told or _osd_rotation(gray.img, dpi)
        if rot in (90, 180, 270) and oconf >= 1.0:
            # OSD's "Rotate: r" = turn r degrees clockwise; PIL turns counter-clockwise
            turned = gray.img.rotate(-rot, expand=True)
            lines2, conf2, n2 = _read_upright(turned, dpi, page, max_skew)
            if conf2 * max(n2, 1) ** 0.5 > conf * max(n, 1) ** 0.5:
                lines, conf = lines2, conf2
    return lines, round(conf, 2)


# A scanned page is usually one image covering the page: its own pixels are read directly when
# their resolution suits Tesseract (rasterizing the page again costs ~0.15 s and resamples them).
DIRECT_DPI = (250, 400)


@contextmanager
def _pdf_document(data: bytes) -> Iterator[Any]:
    """The PDF open in pdfium, held under _PDFIUM_LOCK (pdfium is not thread-safe), closed after."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            yield pdf
        finally:
            pdf.close()


@contextmanager
def _pdf_page(data: bytes, page_number: int) -> Iterator[Any]:
    """A PDF page (1-based) open in pdfium, as _pdf_document, closed after."""
    with _pdf_document(data) as pdf:
        page = pdf[page_number - 1]
        try:
            yield page
        finally:
            page.close()


def page_image(data: bytes, page_number: int, dpi: int = 300,
               keep_colour: bool = False) -> tuple[Image.Image, int]:
    """A PDF page (1-based) as a grey image for OCR, and its resolution: the scan's own image when
    the page is just that (upright, covering the page, 250-400 dpi), else the page rendered at dpi.
    keep_colour: a colour page as it is (ocr_image greys it, and reads pen ink it would lift)."""
    import pypdfium2.raw as pdfium_c

    with _pdf_page(data, page_number) as page:
        direct = _scan_image(page, pdfium_c, keep_colour)
        if direct is None:
            # vector print renders differently in colour: only a page with a colour
            # image (a colour scan at an odd resolution) is rendered in colour
            colour = _has_colour_image(page, pdfium_c)
            img = page.render(scale=dpi / 72, grayscale=not colour).to_pil()
        else:
            img, dpi = direct
    return (drop_colour_ink(img) if img.mode != "L" and not keep_colour else img), dpi


def invisible_text(data: bytes, page_number: int) -> bool:
    """Is the text of a PDF page (1-based) all but invisible (render mode 3): a scan's OCR layer,
    laid over the page image for search and copy, not text printed on the page?"""
    import pypdfium2.raw as pdfium_c

    with _pdf_page(data, page_number) as page:
        modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw)
                 for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=2)]
    invisible = sum(m == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE for m in modes)
    return bool(modes) and invisible >= 0.9 * len(modes)


def ink_lines(data: bytes, page_number: int, dpi: int = 72) -> int:
    """How many lines of ink a PDF page (1-based) shows rendered (text drawn and image alike): runs
    of pixel rows holding dark ink, parted by blank rows. A coarse count (72 dpi still parts lines
    set 1.5 apart; ~0.05 s a page), to tell a pasted scan of a body from a blank background."""
    with _pdf_page(data, page_number) as page:
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    rows = (np.asarray(img) < 128).sum(axis=1) >= 2
    return int(rows[0]) + int(np.count_nonzero(rows[1:] & ~rows[:-1]))


def ruled_table(data: bytes, page_number: int) -> bool:
    """Does the image of a scanned PDF page (1-based) show a ruled table (rules crossing into a
    grid)? A scan's OCR layer holds the cells' words but not the table: read as text its rows mix
    into prose, while OCR of the image rebuilds them from the rules. ~0.2 s a page (decoding the
    image is most of it; the rules are looked for at half resolution), against ~4 s for its OCR."""
    img, dpi = page_image(data, page_number)
    small, dpi = img.reduce(2), dpi // 2
    hs, vs = find_rules(np.asarray(small) < min(otsu(small), 200), dpi)
    return bool(hs and vs and find_grids(hs, vs, dpi))


_COLOUR_SPACES = ("DEVICERGB", "DEVICECMYK", "CALRGB", "LAB", "INDEXED")


def _has_colour_image(page, pdfium_c) -> bool:
    spaces = {getattr(pdfium_c, "FPDF_COLORSPACE_" + name, -1) for name in _COLOUR_SPACES}
    try:
        for obj in page.get_objects(max_depth=2):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                meta = obj.get_metadata()
                if meta.colorspace in spaces or meta.bits_per_pixel > 8:
                    return True
    except Exception:  # noqa: BLE001 - unreadable metadata: render grey, as before
        return False
    return False


def _scan_image(page, pdfium_c, keep_colour: bool = False) -> tuple[Image.Image, int] | None:
    try:
        if page.get_rotation():
            return None
        objs = list(page.get_objects(max_depth=1))
        if len(objs) != 1 or objs[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return None
        obj = objs[0]
        m = obj.get_matrix()
        if m.b or m.c or m.a <= 0 or m.d <= 0:
            return None  # turned or mirrored: the renderer knows how
        width, height = page.get_size()
        left, bottom, right, top = obj.get_bounds()
        if right - left < 0.97 * width or top - bottom < 0.97 * height:
            return None
        px_w, px_h = obj.get_px_size()
        dpi_x, dpi_y = px_w * 72 / (right - left), px_h * 72 / (top - bottom)
        if abs(dpi_x - dpi_y) > 0.02 * dpi_x or not DIRECT_DPI[0] <= round(dpi_x) <= DIRECT_DPI[1]:
            return None
        img = obj.get_bitmap(render=False).to_pil()
        # (kept in colour, ocr_image lifts the colour ink: the check for a dark image needs no lifting)
        grey = img if img.mode == "L" else img.convert("L") if keep_colour else drop_colour_ink(img)
        if grey.size != (px_w, px_h) or sum(i * n for i, n in enumerate(grey.histogram())) < 100 * px_w * px_h:
            return None  # (a mostly dark image: a negative, or a decode array the raw pixels ignore)
        return (img if keep_colour else grey), round(dpi_x)
    except Exception:  # noqa: BLE001 - any doubt: render the page
        return None


def _pdf_page_count(data: bytes) -> int:
    with _pdf_document(data) as pdf:
        return len(pdf)


def ocr_pdf_pages(data: bytes, page_numbers: list[int] | None = None,
                  workers: int | None = None, dpi: int = 300) -> list[tuple[int, list[RawLine], float]]:
    """OCR pages of a PDF (1-based numbers; all pages when None), one page per core.

    Returns (page number, lines, mean word confidence) in page order."""
    check_tesseract()
    try:
        n_pages = _pdf_page_count(data)
    except Exception as exc:
        raise PlanError("corrupt_pdf", f"the PDF cannot be opened for OCR ({exc}); download it again") from exc
    pages = list(range(1, n_pages + 1)) if page_numbers is None else [p for p in page_numbers if 1 <= p <= n_pages]
    workers = max(1, min(workers or os.cpu_count() or 1, len(pages) or 1))

    def one(p: int) -> tuple[int, list[RawLine], float]:
        img, img_dpi = page_image(data, p, dpi, keep_colour=True)
        lines, conf = ocr_image(img, dpi=img_dpi, page=p)
        return p, lines, conf

    if workers == 1:
        return join_cut_tables([one(p) for p in pages])
    with ThreadPoolExecutor(max_workers=workers) as pool:  # the work is in Tesseract, outside the GIL
        return join_cut_tables(list(pool.map(one, pages)))


def _filler(line: RawLine, running: set[str]) -> bool:
    """A line a page break puts between a table and its rest: a page number, a running header or
    footer (a line opening or closing both pages), a speck read as a sign or two (":")."""
    text = line.text.strip()
    return (not line.cells and (PAGE_NUMBER.match(text) is not None or text in running
                                or sum(c.isalnum() for c in text) <= 1))


def join_cut_tables(results: list[tuple[int, list[RawLine], float]]) -> list[tuple[int, list[RawLine], float]]:
    """Each page's grids are read on their own, so a table running on to the next page would come
    back as two: the next page's first table keeps the id of the one this page ends with when
    nothing but a page's furniture stands between them and both have as many columns. The table
    extractor then reads the repeated header as such and the row a page break cut as one row."""
    for (p, lines, _), (q, nxt, _) in zip(results, results[1:]):
        if q != p + 1 or not lines or not nxt:
            continue
        running = {lines[0].text.strip(), lines[-1].text.strip()} & {nxt[0].text.strip(), nxt[-1].text.strip()}
        i = len(lines) - 1
        while i >= 0 and _filler(lines[i], running):
            i -= 1
        j = 0
        while j < len(nxt) and _filler(nxt[j], running):
            j += 1
        if i < 0 or j >= len(nxt) or lines[i].table_id is None or nxt[j].table_id is None \
                or len(lines[i].cells or ()) != len(nxt[j].cells or ()):
            continue
        old, new = nxt[j].table_id, lines[i].table_id
        for ln in nxt:
            if ln.table_id == old:
                ln.table_id = new
        # (a speck between would part the rows again; a running line is dropped with the others)
        lines[i + 1:] = [ln for ln in lines[i + 1:] if sum(c.isalnum() for c in ln.text) > 1]
        nxt[:j] = [ln for ln in nxt[:j] if sum(c.isalnum() for c in ln.text) > 1]
    return results


def mean_confidence(results: list[tuple[int, list[RawLine], float]]) -> float | None:
    """Mean page confidence of OCR results, weighted by the pages' text length."""
    total = weight = 0.0
    for _, lines, conf in results:
        n = sum(len(ln.text) for ln in lines)
        total += conf * n
        weight += n
    return round(total / weight, 2) if weight else None
