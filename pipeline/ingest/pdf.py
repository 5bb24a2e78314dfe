"""Reader for PDF plans: the text layer through pdfplumber, pages without one through OCR.

Per page:
  1. Ruled tables (pdfplumber's table finder, lines strategy) become rows with cells; a table
     that runs on to the next page (same number of columns, same width, nothing between) keeps
     its table_id. Header rows repeated on each page are kept as rows, and a row a page break
     split in two comes back as two rows (the second with empty cells where the first ended):
     the table extractor joins and drops them, the reader only never loses or duplicates text.
     A cell merged down over several rows (no rule between them) is read from its own box, and
     the rows it covers mark that column merged (RawLine.merged_above), as Word's vMerge does; a
     merge the page break cuts goes on in the empty cell opening the table's rest. A cell merged
     across columns marks the columns it spans past its first (RawLine.merged_left, Word's gridSpan).
  2. The words outside tables are grouped into lines by their vertical position, left to right.
     A table printed without rules (a header line naming its columns, then lines whose words leave
     the same vertical strips empty) becomes rows with cells as a ruled one does; one that runs on
     to the next page without a repeated header keeps its table_id.
  3. The two-column blocks of an official plan (issuer | national motto, "Số:" | place and date,
     "Nơi nhận:" | signer) are split at their column gap, found from the words' x-positions:
     the left column's lines come first, then the right column's, so no line mixes the two.
  4. Prose lines and table rows are laid out in reading order by their y-position; page numbers
     in the top or bottom margin are dropped, and so is a running header or footer (its text the
     same on nearly every page, in the margin or the page's first or last line), and a running
     title printed once, atop page 2 of a plan of two pages, told by how it is set (_running_head);
     after a page 1 that OCR reads, by the words of the header OCR read there (_unframed_head).
Text is NFC with combining marks reattached; a line is bold when every character is.

A landscape page comes either with /Rotate (pdfminer turns it: its text reads across) or drawn
turned on a portrait page, its text running up or down the page; such a page is read turned back
a quarter (turned_page), rows and cells as on any page. On a page that reads across, words running
up or down it (a stamp along the margin) are left out of its lines.

A page whose text layer is empty, "(cid:NN)" runs, glyph names or letters no Vietnamese text
uses goes to OCR (pipeline.ingest.ocr.ocr_pdf_pages); a few "(cid:NN)" bullets opening lines (a
symbol font without a ToUnicode map) are read as "-" / "+" first (read_cid_bullets). So does a scan
whose own OCR layer (a "searchable" scan) has lost the Vietnamese marks, reads too few Vietnamese
words or mangles its numbers ("2O25", "l5/KH-UBND": misread_layer),
and a page whose few printed lines (a running header, a signature's stamp) stand beside a pasted
scan of its body (_scan_layers); a good scan layer is read as text (the
fast path, ~10x cheaper than OCR), set level first when the scan was skewed, its column gaps
measured against its own spaces (an OCR word box hugs the ink) and OCR's usual slips mended, unless
the page image shows a ruled table, whose rows only OCR of the image rebuilds (_scan_layers).
"""
from __future__ import annotations

import re
import statistics
from bisect import bisect_left
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Callable

from pipeline.document import PAGE_NUMBER, PART_HEADING, RawDocument, RawLine, number_tables
from pipeline.ingest.columns import ColumnRules, column_blocks
from pipeline.ingest.plumber import fast_chars
from pipeline.errors import PlanError
from pipeline.ingest import encodings
from pipeline.normalize import join_wrapped
from pipeline.memo import memo

# ---------------------------------------------------------------- settings and patterns
TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# Characters closer than this fraction of their size belong to one word (a space is ~0.25 em).
WORD_SETTINGS = {"x_tolerance_ratio": 0.15, "y_tolerance": 3, "keep_blank_chars": False, "use_text_flow": False}
SEED_GAP = 0.08        # a gap this wide (fraction of the page width) splits a line into two columns
MEMBER_GAP = 0.6       # inside a two-column block a gap of this many font sizes (2 spaces) is a column gap too
HEADER_ZONE = 0.45     # the top of page 1 where the issuer/motto block sits (fraction of the height)
MARGIN_ZONE = 0.09     # page numbers sit in the top or bottom this fraction of the page
GARBAGE_RATIO = 0.15   # more unreadable characters than this and the page goes to OCR
MIN_TEXT_CHARS = 25    # fewer characters than this on a page with images: a scan
# A scan's own text layer (the scanner's OCR, drawn invisibly over the page image) made with a model
# that has no Vietnamese: tone and vowel marks come out missing ("Ke hoach", "Téng vé sinh"). In
# Vietnamese prose 22-30% of the letters carry a mark; such a layer has ~5%.
SCAN_AREA = 0.5        # a page image covering this share of the page: a scan
LAYER_MIN_LETTERS = 200  # fewer letters than this: too little text to judge the layer by
LAYER_MIN_MARKED = 0.12  # a scan's layer with a smaller share of marked letters is read again by OCR
# A layer that kept most marks may still be a poor reading (marks lost on some words, "2O25", "l2"):
# judged by the share of its words that are Vietnamese syllables (encodings.known_share). A good
# layer scores 0.95-1.0; with the marks lost on one word in four, ~0.92.
LAYER_MIN_WORDS = 40     # fewer words than this: too little text to judge the layer by
LAYER_MIN_KNOWN = 0.93   # a scan's layer with a smaller share of known words is read again by OCR
# A layer may keep every mark and still read 0 and 1 as O and l ("2O25", "l5/KH-UBND"): its words pass,
# its numbers (dates, symbols, deadlines: what the tables are made of) do not (encodings.mangled_numbers).
LAYER_MIN_NUMBERS = 6    # fewer numbers than this: too few to judge the layer by
LAYER_MAX_MANGLED = 0.2  # a scan's layer with a larger share of mangled numbers is read again by OCR

COMBINING = "\u0300-\u036f"
SPACE_BEFORE_MARK = re.compile(rf"\s+(?=[{COMBINING}])")
CID = re.compile(r"\(cid:\d+\)")
GLYPH = re.compile(r"GLYPH<[^>]*>|/?glyph\d+|/uni[0-9A-F]{4}|/g\d{1,5}\b", re.I)
# Words that tell a two-column block is the header or the signature of a plan (case matters:
# "UBND Huyện" heads an issuer block, "UBND huyện" is prose).
BLOCK_WORDS = re.compile(r"C[ỘO]NG\s+H[ÒOÀ]A|Độc lập|(?:^|\s)Số\s*:|,\s*ngày\b.*\btháng|Nơi nhận|CHỦ TỊCH|"
                         r"GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ|(?:^|\s)(?:TM|KT|TL|TUQ|Q)\.\s|[ỦU][YỶ] BAN NHÂN DÂN|UBND [A-ZĐ]")
# The national motto, which always opens the right column of the header.
MOTTO_OPENINGS = {"CỘNG HÒA", "CỘNG HOÀ", "Độc lập"}
# The letters Vietnamese is written with (besides ASCII): vowels with their tone marks, and đ.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES} | {"đ"}
VIETNAMESE_LETTERS |= {c.upper() for c in VIETNAMESE_LETTERS}
VIETNAMESE_MARKS = set(_TONES[1:]) | {"\u0302", "\u0306", "\u031b"}
OK_PUNCT = set("“”‘’–—…•·°§№«»")
# Latin-1 signs a legacy TCVN3/VNI font produces when its text is read as Unicode ("nh©n d©n").
LEGACY_SIGNS = set("©®¶¸¹²³¼½¾µªº¬¦¤¥¢£¡¿¯´¨")
BOLD_FONT = re.compile(r"bold|black|heavy", re.I)
# A table's header line read as prose: its number column, then the column of the work.
TABLE_HEAD = re.compile(r"^S?TT\b.*\b(?:Nội dung|Nhiệm vụ|Công việc|Hoạt động)", re.I)


# ---------------------------------------------------------------- text repair
def fix_text(text: str) -> str:
    """NFC with combining marks reattached: "Ke\u0302" → "Kê", "Ke \u0302" → "Kê"."""
    if not text:
        return ""
    text = SPACE_BEFORE_MARK.sub("", text)
    text = text.replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def garbage_ratio(text: str) -> float:
    """The share of a text layer's characters that no Vietnamese document prints.

    (cid:NN) runs and glyph names count as unreadable; so do control characters, private-use
    code points, replacement characters, letters of other scripts and Latin letters with marks
    Vietnamese never uses (the signs of a legacy TCVN3/VNI font read as Unicode)."""
    bad = 0
    for pattern in (CID, GLYPH):
        bad += sum(len(m.group()) for m in pattern.finditer(text))
        text = pattern.sub(" ", text)
    good = 0
    for ch in unicodedata.normalize("NFC", text):
        if ch.isspace():
            continue
        if (ch.isascii() and ch.isprintable()) or ch in OK_PUNCT or ch in VIETNAMESE_LETTERS:
            good += 1
        elif ch.isalpha() or ch in LEGACY_SIGNS:
            bad += 1
        elif unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Cs", "So", "Sk") or ch == "\ufffd":
            bad += 1
        elif unicodedata.combining(ch):
            good += 1 if ch in VIETNAMESE_MARKS else 0
            bad += 0 if ch in VIETNAMESE_MARKS else 1
        else:
            good += 1  # other punctuation and symbols: harmless
    total = good + bad
    return bad / total if total else 1.0


def _image_share(page) -> float:
    """The share of the page that its images cover."""
    area = sum(abs((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
    return area / (float(page.width * page.height) or 1.0)


LAYER_RUN_MIN = 100.0  # points: a run of one line's characters this long shows the line's slant
LAYER_MIN_SLANT = 0.003  # tan of the slant (~0.2°) below which a layer is read as it is
LAYER_MAX_SLANT = 0.09   # (~5°) more than a scan's skew: not a slanted line


def layer_slant(chars: list[dict]) -> float:
    """The slant of a text layer's lines (tan of the angle, top falling to the right > 0), as the
    median over runs of characters that the content stream draws one after another on one line.

    A scanner's OCR layer follows the page image: on a scan skewed by 1° a line's text climbs or
    falls ~9 pt across the page (each word a step, or each character turned), so read by its
    characters' tops one line falls into pieces read out of order."""
    slopes: list[float] = []
    start = prev = None
    for c in chars:
        if c["text"].isspace():
            continue
        if prev is not None and c["x0"] >= prev["x0"] and abs(c["top"] - prev["top"]) < 0.5 * (c["size"] or 1.0):
            prev = c
            continue
        if start is not None and prev["x0"] - start["x0"] >= LAYER_RUN_MIN:
            slopes.append((prev["top"] - start["top"]) / (prev["x0"] - start["x0"]))
        start = prev = c
    if start is not None and prev["x0"] - start["x0"] >= LAYER_RUN_MIN:
        slopes.append((prev["top"] - start["top"]) / (prev["x0"] - start["x0"]))
    return statistics.median(slopes) if len(slopes) >= 3 else 0.0


def level_layer(page) -> None:
    """A scan's slanted text layer set level in place: each character moved up or down by its slant
    at its x, so that one line's characters share one band again."""
    chars = page.chars
    slant = layer_slant(chars)
    if not LAYER_MIN_SLANT <= abs(slant) <= LAYER_MAX_SLANT:
        return
    for c in chars:
        dy = -slant * (c["x0"] + c["x1"]) / 2
        c["top"] += dy
        c["bottom"] += dy
        c["doctop"] += dy
        c["y0"] -= dy
        c["y1"] -= dy


TYPESET_SPACE = 0.25  # a typeset space, in font sizes, which MEMBER_GAP assumes


def _layer_member_gap(lines: list[WordLine]) -> float:
    """MEMBER_GAP for a scan's text layer: OCR puts each word's box tight on its ink, so a space
    there measures ink to ink, two to three times a typeset space; the gap parting two columns is
    as many spaces wide as on a typeset page."""
    gaps = [(b - a) / ln.size for ln in lines for a, b, _ in ln.gaps() if b - a < 2.5 * ln.size]
    space = statistics.median(gaps) if len(gaps) >= 20 else TYPESET_SPACE
    # typeset spaces (a page with a background image under its text, a Word PDF: 0.25-0.26) keep it
    return MEMBER_GAP * space / TYPESET_SPACE if space > 2 * TYPESET_SPACE else MEMBER_GAP


def unmarked_layer(text: str) -> bool:
    """Is a text layer Vietnamese written without its marks: enough letters, few of them marked?"""
    letters = marked = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            marked += not ch.isascii()
    return letters >= LAYER_MIN_LETTERS and marked < LAYER_MIN_MARKED * letters


def misread_layer(text: str) -> bool:
    """Is a text layer (its words apart) a poor reading of Vietnamese: enough words, too few of them
    Vietnamese syllables, or enough numbers, too many of them read with letters for digits?"""
    share, judged = encodings.known_share(text)
    if judged >= LAYER_MIN_WORDS and share < LAYER_MIN_KNOWN:
        return True
    share, judged = encodings.mangled_numbers(text)
    return judged >= LAYER_MIN_NUMBERS and share > LAYER_MAX_MANGLED


UNMARKED = "unmarked layer"
MISREAD = "misread layer"
ROTATED = "rotated"
RULED_LAYER = "layer over a ruled table"  # see _scan_layers
IMAGE_BODY = "text beside an image body"  # see _scan_layers
# pages whose layer is still read, for want of OCR
LAYER_REASONS = (UNMARKED, MISREAD, RULED_LAYER, IMAGE_BODY)


def ocr_reason(page) -> str | None:
    """Why a page's text layer cannot be used ("empty", "garbage", "rotated", "unmarked layer"), or
    None when it can.

    "unmarked layer": a scanned page whose text layer has lost the Vietnamese marks (its scanner's
    OCR ran without Vietnamese); reading the page image again gives them back. A born-digital page
    typed without marks is kept: OCR of it would read no marks either. "misread layer": a scan's
    layer with its marks, but too few of its words Vietnamese (misread_layer)."""
    chars = page.chars
    text = "".join(c["text"] for c in chars)
    visible = sum(1 for ch in text if not ch.isspace())
    images = _image_share(page)
    if visible < MIN_TEXT_CHARS:
        # a scan, or text drawn as outlines; a truly blank page has neither
        if images > 0.25 or len(page.curves) > 50:
            return "empty"
        return None
    if garbage_ratio(text) > GARBAGE_RATIO:
        return "garbage"
    if sum(1 for c in chars if not c.get("upright", True) and not c["text"].isspace()) > 0.6 * visible:
        return ROTATED  # text running up or down the page: turned_page reads it, else OCR
    if images > SCAN_AREA:
        if unmarked_layer(text):
            return UNMARKED
        # (the words apart, which the characters alone do not give: only on a scan, where it is cheap
        # against OCR)
        if misread_layer(" ".join(w["text"] for w in page.extract_words(**WORD_SETTINGS))):
            return MISREAD
    return None


def _turn_box(obj: dict, up: bool, width: float, height: float, doctop: float) -> dict:
    """A page object's coordinates, in place, on the page turned a quarter so that text running up
    (`up`) or down the portrait page `width` x `height` reads left to right."""
    x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
    if up:
        x0, x1, top, bottom = height - bottom, height - top, x0, x1
    else:
        x0, x1, top, bottom = top, bottom, width - x1, width - x0
    obj.update(x0=x0, x1=x1, top=top, bottom=bottom, width=x1 - x0, height=bottom - top,
               y0=width - bottom, y1=width - top, doctop=doctop + top)
    if obj.get("pts"):
        obj["pts"] = [(height - t, x) if up else (t, width - x) for x, t in obj["pts"]]
    return obj


def turned_page(page):
    """A page whose text runs up or down it (a landscape table printed turned on a portrait page,
    without /Rotate) as the landscape page it is: every object's coordinates turned a quarter, so
    lines, table rules and cells are read as on any page; None for a scan (its layer is OCR's) or
    when the page's text runs both ways. (A page with /Rotate comes from pdfminer turned already.)

    Only the characters running the page's way are kept: an upright page number or note printed
    across the turned page would read as a column of single letters. The page's own objects are
    turned in place (copies would cost more than the reading): read `page` no more."""
    import pdfplumber.page

    if _image_share(page) > SCAN_AREA:
        return None
    chars = [c for c in page.chars if not c["text"].isspace()]
    up = sum(1 for c in chars if c["matrix"][1] > abs(c["matrix"][0]))
    down = sum(1 for c in chars if -c["matrix"][1] > abs(c["matrix"][0]))
    if min(up, down) > 0.1 * len(chars):
        return None
    sign = 1 if up >= down else -1
    width, height = float(page.width), float(page.height)
    turned = pdfplumber.page.DerivedPage(page)
    turned.bbox = (0, 0, height, width)
    objects = {kind: [_turn_box(o, sign > 0, width, height, page.initial_doctop) for o in objs
                      if kind != "char" or sign * o["matrix"][1] > abs(o["matrix"][0])]
               for kind, objs in page.objects.items()}
    for c in objects.get("char", []):
        c["upright"], c["size"] = True, c["height"]  # (pdfminer's size of a turned glyph is its advance)
    turned._objects = objects
    return turned


BULLET_MAX_SHARE = 0.1  # more (cid:NN) glyphs than this share of a page's: unmapped text, not bullets
BULLET_GAP = 0.15      # font sizes: the least space after a bullet (pdfplumber's word break)
BULLET_REACH = 4.0     # font sizes: the most space after it (a tab); further on, a glyph stands alone
BULLET_SIGNS = ("-", "+")  # as a plan types its two levels of bullets


def _unmapped(text: str) -> bool:
    """A glyph with no Unicode meaning: "(cid:NN)", or a symbol font's private-use code (Word's PDF
    maps Symbol's bullet to U+F0B7)."""
    return text.startswith("(cid:") or (len(text) == 1 and "\ue000" <= text <= "\uf8ff")


def read_cid_bullets(chars: list[dict], bullets: dict[str, float] | None = None) -> dict[str, str]:
    """The "(cid:NN)" glyphs that are a list's bullets, read as the bullets a plan types, in place:
    "-" for the outermost list, "+" for one set further in; returns the signs given, by code.

    A bullet drawn in a symbol font without a ToUnicode map (Word's "•" in Symbol, a Wingdings
    arrow) reaches the text layer as "(cid:NN)", or as the font's private-use code (U+F0B7). A code
    counts as a bullet when each of its glyphs opens a line (nothing printed within an em to its
    left: a table cell's line opens after a column gap) and a word follows it after a space or a
    tab; a code printed inside a word, or standing alone, is a letter or a sign of unmapped text,
    which stays unreadable (OCR reads a page of such text).

    The level is the document's, not the page's: `bullets` (code → its leftmost x on the pages
    read so far) gathers the codes over the pages, so a page holding only an inner list's bullets
    still reads them "+" once a page with the outer list has been seen."""
    cids = [c for c in chars if _unmapped(c["text"]) and c.get("upright", True)]
    if not cids:
        return {}
    if len(cids) > BULLET_MAX_SHARE * sum(not c["text"].isspace() for c in chars):
        return {}
    printed = [c for c in chars if not c["text"].isspace() and c.get("upright", True)]
    codes: dict[str, list[dict]] = {}
    for c in cids:
        codes.setdefault(c["text"], []).append(c)
    found: dict[str, float] = {}   # code → its leftmost x
    for code, glyphs in codes.items():
        if all(_opens_a_line(c, printed) for c in glyphs):
            found[code] = min(c["x0"] for c in glyphs)
    if bullets is not None:
        for code, x in found.items():
            bullets[code] = min(x, bullets.get(code, x))
    signs = {code: sign for code, sign in bullet_signs(found if bullets is None else bullets).items() if code in found}
    for code, sign in signs.items():
        for c in codes[code]:
            c["text"] = sign
    return signs


def bullet_signs(bullets: dict[str, float]) -> dict[str, str]:
    """Each bullet code's sign by its leftmost x: the outermost "-", any further in "+"."""
    return {code: BULLET_SIGNS[min(level, 1)] for level, code in enumerate(sorted(bullets, key=bullets.get))}


def _opens_a_line(glyph: dict, printed: list[dict]) -> bool:
    """Is `glyph` the first of its line, a word following it after a space or a tab?"""
    size = glyph["size"] or 10.0
    middle = (glyph["top"] + glyph["bottom"]) / 2
    after = None
    for c in printed:
        if c is glyph or not c["top"] <= middle <= c["bottom"]:
            continue
        if c["x1"] <= glyph["x0"] + 0.5:
            if glyph["x0"] - c["x1"] < size:
                return False  # a letter just before it: inside a word or a line
        elif c["x0"] >= glyph["x1"] - 0.5 and (after is None or c["x0"] < after["x0"]):
            after = c
    return after is not None and BULLET_GAP * size <= after["x0"] - glyph["x1"] <= BULLET_REACH * size \
        and not _unmapped(after["text"])


def _usable_page(page, bullets: dict[str, float] | None = None, signs: dict[str, str] | None = None):
    """(the page as it reads, why it cannot be read or None): a page of turned text turned back.
    bullets gathers the document's bullet codes (read_cid_bullets), signs the ones this page gave."""
    given = read_cid_bullets(page.chars, bullets)
    if signs is not None:
        signs.update(given)
    reason = ocr_reason(page)
    if reason == ROTATED and (turned := turned_page(page)) is not None:
        return turned, ocr_reason(turned)
    return page, reason


# ---------------------------------------------------------------- lines
@dataclass
class WordLine:
    """A line of the page as its words left to right (pdfplumber's word dicts: x0, x1, top, bottom,
    text, chars; the OCR reader dresses Tesseract's words so) and the band it takes."""
    words: list[dict]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def size(self) -> float:
        sizes = [c["size"] for w in self.words for c in w["chars"]]
        return statistics.median(sizes) if sizes else 10.0

    def gaps(self) -> list[tuple[float, float, int]]:
        """(gap start, gap end, index of the word after the gap) between consecutive words."""
        return [(a["x1"], b["x0"], i + 1) for i, (a, b) in enumerate(zip(self.words, self.words[1:]))]


def _group_lines(words: list[dict]) -> list[WordLine]:
    """Words into lines: same vertical band, no horizontal overlap; lines top to bottom."""
    lines: list[WordLine] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        h = max(w["bottom"] - w["top"], 1.0)
        for ln in reversed(lines[-6:]):
            overlap = min(ln.bottom, w["bottom"]) - max(ln.top, w["top"])
            if overlap >= 0.6 * min(h, ln.bottom - ln.top) and not any(
                    w["x0"] < o["x1"] - 0.5 and o["x0"] < w["x1"] - 0.5 for o in ln.words):
                ln.words.append(w)
                break
        else:
            lines.append(WordLine([w], w["top"], w["bottom"]))
    for ln in lines:
        ln.words.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _is_bold(words: list[dict]) -> bool:
    chars = [c for w in words for c in w["chars"] if not c["text"].isspace()]
    return bool(chars) and all(BOLD_FONT.search(c.get("fontname") or "") for c in chars)


def _raw(words: list[dict], page_no: int, wrapping: frozenset[int] = frozenset()) -> RawLine:
    return RawLine(text=fix_text(" ".join(w["text"] for w in words)), page=page_no, bold=_is_bold(words),
                   wraps=id(words[0]) in wrapping)


INDENT = 10.0      # points: a first line set in this much (and not centred) opens an indented paragraph
FLUSH = 3.0        # points: a line this close to a margin touches it


def _one_run(line: WordLine) -> bool:
    """No gap in the line as wide as 2.5 font sizes."""
    gaps = line.gaps()
    if not gaps:
        return True
    wide = 2.5 * line.size  # (the median of the line's sizes: once, not per gap)
    return all(b - a < wide for a, b, _ in gaps)


def _wrapping(lines: list[WordLine]) -> frozenset[int]:
    """The lines (by id of their first word) that carry on the paragraph above them by layout: flush
    left under a line that ran to the right margin, in a paragraph whose first line is indented.
    Where paragraphs open indented, a flush-left line is never a paragraph's first."""
    # (lines of one run of words: a header's two columns side by side are no paragraph)
    lines = [ln for ln in lines if _one_run(ln)]
    full = [ln for ln in lines if len(ln.words) > 3]
    if len(full) < 3:
        return frozenset()
    right = max(ln.x1 for ln in full)
    left = min(ln.x0 for ln in full if ln.x1 >= right - FLUSH)  # (the widest line is one of them)
    out: set[int] = set()
    opened = False   # the paragraph running above opened indented and has run to the margin since
    for a, b in zip(lines, lines[1:]):
        height = max(a.bottom - a.top, 1.0)
        runs_on = a.x1 >= right - FLUSH and b.top - a.bottom < height
        if left + INDENT <= a.x0 < left + 0.25 * (right - left):
            opened = runs_on
        elif abs(a.x0 - left) > FLUSH or not runs_on:
            opened = False
        if opened and runs_on and abs(b.x0 - left) <= FLUSH:
            out.add(id(b.words[0]))
    return frozenset(out)


# ---------------------------------------------------------------- two-column blocks
def _split_at(line: WordLine, lo: float, hi: float, min_gap: float) -> int | None:
    """Index of the first right-column word when a gap of at least min_gap separates the line
    into words ending before `hi` and words starting after `lo`; None when none does."""
    best = None
    for a, b, i in line.gaps():
        if b - a < min_gap or a > hi or b < lo:
            continue
        if max(w["x1"] for w in line.words[:i]) <= hi + 1 and min(w["x0"] for w in line.words[i:]) >= lo - 1:
            if best is None or b - a > best[0]:
                best = (b - a, i)
    return best[1] if best else None


def _side(line: WordLine, lo: float, hi: float, centre: float, tolerance: float) -> str | None:
    """'left' or 'right' when the whole line sits in one column of a block split at [lo, hi]."""
    mid = (line.x0 + line.x1) / 2
    if abs(mid - centre) < tolerance and line.x0 < hi and line.x1 > lo:
        return None  # centred on the text across the gap: a title, not a column
    fits_left, fits_right = line.x1 <= hi + 1, line.x0 >= lo - 1
    if fits_left and fits_right:
        return "left" if mid < (lo + hi) / 2 else "right"
    if fits_left:
        return "left"
    if fits_right:
        return "right"
    return None


def _seed(line: WordLine, seed_gap: float) -> tuple[float, float, int] | None:
    """Where a line that opens a two-column block splits: its widest gap when that is wide, or the
    gap before the national motto ("… XÃ Y   CỘNG HÒA …") however narrow the header is set."""
    gaps = line.gaps()
    wide = [g for g in gaps if g[1] - g[0] >= seed_gap]
    if wide:
        return max(wide, key=lambda g: g[1] - g[0])
    least = MEMBER_GAP * line.size if gaps else 0.0
    for a, b, k in gaps:
        if b - a >= least and \
                fix_text(" ".join(w["text"] for w in line.words[k:k + 2])) in MOTTO_OPENINGS:
            return a, b, k
    return None


def _blocks(lines: list[WordLine], page_no: int, width: float, height: float,
            centre: float, member_gap: float = MEMBER_GAP) -> list[tuple[float, list[RawLine]]]:
    """Prose lines as (top, raw lines) blocks, two-column blocks split into their columns.

    centre is the middle of the text area: a line centred there is a title, never a column;
    member_gap (font sizes) is the least gap parting a block's columns."""
    seed_gap = SEED_GAP * width
    wrapping = _wrapping(lines)
    rules = ColumnRules(
        words=lambda ln: ln.words,
        span=lambda w: (w["x0"], w["x1"]),
        top=lambda ln: ln.top,
        text=lambda ln: " ".join(w["text"] for w in ln.words),
        seed=lambda ln: _seed(ln, seed_gap),
        split=lambda ln, lo, hi: _split_at(ln, lo, hi, max(member_gap * ln.size, 5.0)),
        side=lambda ln, lo, hi: _side(ln, lo, hi, centre, 0.03 * width),
        raw=lambda words: _raw(words, page_no, wrapping),
        eligible=lambda first, text: (page_no == 1 and first.top < HEADER_ZONE * height)
        or bool(BLOCK_WORDS.search(text)),
    )
    return column_blocks(lines, rules)


# ---------------------------------------------------------------- tables
@dataclass
class _Table:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]
    bolds: list[bool]
    table_id: int = -1
    rivers: list[tuple[float, float]] | None = None  # the gaps parting the columns of a table without rules
    # per row, the columns whose cell is the lower part of a cell merged down from a row above
    # (RawLine.merged_above); empty for a table without rules, whose merges nothing shows
    merged: list[tuple[int, ...]] | None = None
    # per row, the columns a cell of the same row spans past its first (RawLine.merged_left, Word's
    # gridSpan): "Quý I/2026" over "Bắt đầu | Hoàn thành" is one time for both
    across: list[tuple[int, ...]] | None = None
    # the columns whose last cell is a merge still open at the table's bottom: after a page break
    # the merged cell goes on, printed empty, in the first row of the table's rest
    open_below: tuple[int, ...] = ()
    # the columns whose first box has no rule over it: a merged cell a page break cut, going on from
    # the page before (a box of its own, even an empty one, is closed on top)
    open_above: tuple[int, ...] = ()
    head: list[str] | None = None   # the table's first row (its header), repeated after a page break

    @property
    def ncols(self) -> int:
        return max(len(r) for r in self.rows)


PARAGRAPH_MARKER = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s")  # a line opening an item of its own


def _cell_text(chars: list[dict], cx0: float, cx1: float) -> str:
    """A cell's text: its visual lines joined where a line merely wrapped, kept apart ("\n")
    where the author ended a paragraph. A line that stops short although the next line's first
    word would have fitted on it was ended by hand: units typed one per paragraph ("Phòng Nội
    vụ⏎Phòng Tư pháp⏎UBND các xã") then stay apart, as a Word cell's paragraphs do."""
    from pdfplumber.utils import extract_text, extract_words

    text = fix_text(extract_text(chars, x_tolerance_ratio=WORD_SETTINGS["x_tolerance_ratio"]))
    if "\n" not in text.strip():
        return text
    lines = _group_lines(extract_words(chars, return_chars=True, **WORD_SETTINGS))
    if len(lines) < 2:
        return text
    # the cell's padding as its leftmost line shows it, taken on the right too: the room a line has
    right = cx1 - max(0.0, min(ln.x0 for ln in lines) - cx0)
    out = [" ".join(w["text"] for w in lines[0].words)]
    for prev, ln in zip(lines, lines[1:]):
        words = " ".join(w["text"] for w in ln.words)
        first = ln.words[0]
        room = right - prev.x1 - 0.25 * prev.size  # after a space
        if first["x1"] - first["x0"] <= room - 1.0 or PARAGRAPH_MARKER.match(words):
            out.append(words)
        else:
            out[-1] = join_wrapped(out[-1], words)
    return fix_text("\n".join(out))


def _turned_cell_text(chars: list[dict], cell: tuple[float, float, float, float]) -> str | None:
    """The text of a cell printed turned a quarter (a narrow header cell, "STT", "Thời gian", "Ghi
    chú", set running up or down to save width), read as it runs: its glyphs turned back level, so
    that lines and words come in reading order instead of one letter a line or reversed; None when
    most of the cell's glyphs are level."""
    printed = [c for c in chars if not c["text"].isspace()]
    up = sum(1 for c in printed if c["matrix"][1] > abs(c["matrix"][0]))
    down = sum(1 for c in printed if -c["matrix"][1] > abs(c["matrix"][0]))
    if 2 * max(up, down) <= len(printed):
        return None
    sign = 1 if up >= down else -1
    # (any page size serves: only the glyphs' places against each other and the cell's are read)
    span = 1e4
    turned = []
    for c in chars:
        if sign * c["matrix"][1] > abs(c["matrix"][0]) or c["text"].isspace():
            t = _turn_box(dict(c), sign > 0, span, span, 0.0)
            t["upright"], t["size"] = True, t["height"]
            turned.append(t)
    _, top, _, bottom = cell
    return _cell_text(turned, *((span - bottom, span - top) if sign > 0 else (top, bottom)))


def _covered_left(table) -> list[tuple[int, ...]]:
    """Per row of a ruled table, the columns a cell of the same row spans past its first: pdfplumber
    gives such a cell once, as wide as the columns together, and None in the columns it covers. A row
    whose every other cell is None is a group row across the table ("QUÝ I"), merged as in Word."""
    out: list[tuple[int, ...]] = []
    for row in table.rows:
        cells = list(row.cells)
        present = [c for c in cells if c is not None]
        top = min((c[1] for c in present), default=0.0)   # (a cell merged down opens in its first row)
        spans = []
        for j, c in enumerate(cells):
            left = next((a for a in reversed(cells[:j]) if a is not None), None)
            mates = [r.cells[j] for r in table.rows if j < len(r.cells) and r.cells[j] is not None]
            if c is not None or left is None or not mates or abs(left[1] - top) > 1:
                continue   # (a cell to the left that opened in a row above covers this row from there)
            narrow = min(mates, key=lambda a: a[2] - a[0])
            if left[0] <= (narrow[0] + narrow[2]) / 2 <= left[2]:
                spans.append(j)
        out.append(tuple(spans))
    return out


def _covered_above(table) -> list[tuple[int, ...]]:
    """Per row of a ruled table, the columns a cell of an earlier row reaches down over.

    pdfplumber gives a cell merged over several rows once, in its first row, with a bbox as tall as
    the rows together, and None in the rows it covers; a cell merged across (a group row) leaves
    None too, but covered from its own row. An empty cell under a horizontal rule is a cell of its
    own (None is only where no rule parts the rows), so it stays empty."""
    rows = [[c for c in row.cells] for row in table.rows]
    ncols = max((len(r) for r in rows), default=0)
    centres: list[float | None] = []
    for j in range(ncols):
        own = [r[j] for r in rows if j < len(r) and r[j] is not None]
        # a column's middle, from its narrowest cell (a wide one may be merged across columns)
        narrow = min(own, key=lambda c: c[2] - c[0]) if own else None
        centres.append((narrow[0] + narrow[2]) / 2 if narrow else None)
    out: list[tuple[int, ...]] = []
    for i, r in enumerate(rows):
        present = [c for c in r if c is not None]
        if not present or None not in r:
            out.append(())
            continue
        # the row's own height: a cell merged down makes the row's bbox as tall as the merge
        middle = (present[0][1] + min(c[3] for c in present)) / 2
        covered = tuple(j for j, c in enumerate(r) if c is None and centres[j] is not None and any(
            a is not None and a[0] <= centres[j] <= a[2] and a[1] < middle < a[3]
            for above in rows[:i] for a in above))
        out.append(covered)
    return out


def _tables(page, chars: list[dict]) -> list[_Table]:
    """The page's ruled tables of two or more columns, cells as text (paragraphs kept as \\n)."""
    out = []
    for table in page.find_tables(TABLE_SETTINGS):
        x0, top, x1, bottom = table.bbox
        # the table's characters by the height of their middle, so that a cell takes its band of
        # them by bisection instead of testing every character of the table
        inside = sorted(((c["top"] + c["bottom"]) / 2, k, c) for k, c in enumerate(chars)
                        if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom)
        middles = [m for m, _, _ in inside]
        covered = _covered_above(table)
        spanned = _covered_left(table)
        rows, bolds, merged, across = [], [], [], []
        for row, below, wide in zip(table.rows, covered, spanned):
            cells_chars: list[list[dict]] = []
            for cell in row.cells:
                if cell is None:
                    cells_chars.append([])  # covered by a merged cell to its left or above
                    continue
                # the cell's own box: a cell merged down spans rows, the others only their row
                cx0, ctop, cx1, cbottom = cell
                band = inside[bisect_left(middles, ctop):bisect_left(middles, cbottom)]
                mine = sorted((k, c) for _, k, c in band if cx0 <= (c["x0"] + c["x1"]) / 2 < cx1)
                cells_chars.append([c for _, c in mine])   # (in the page's own order)
            texts = [("" if not cc else _cell_text(cc, cell[0], cell[2]) if all(c["upright"] for c in cc)
                      else _turned_cell_text(cc, cell) or _cell_text(cc, cell[0], cell[2]))
                     for cc, cell in zip(cells_chars, row.cells)]
            if not any(text.strip() for text in texts):
                continue
            rows.append(texts)
            merged.append(below)
            across.append(tuple(j for j in wide if j not in below))
            printed = [c for cc in cells_chars for c in cc if not c["text"].isspace()]
            bolds.append(bool(printed) and all(BOLD_FONT.search(c.get("fontname") or "") for c in printed))
        if max((len(r) for r in rows), default=0) < 2:
            continue  # a framed paragraph, not a table: its words stay prose
        # a merge that reaches the table's last row with no rule under it on this page
        open_below = covered[-1] if covered else ()
        first = table.rows[0].cells if table.rows else []
        open_above = tuple(j for j, c in enumerate(first) if c is None and j not in (spanned[0] if spanned else ()))
        out.append(_Table(table.bbox, rows, bolds, merged=merged, open_below=open_below, across=across,
                          open_above=open_above))
    return out


# ---------------------------------------------------------------- tables without rules
# A table printed without rules (Word's "No borders", a schedule typed with tabs) reaches the reader
# as prose lines whose words keep to columns: a header line naming the columns ("STT  Nội dung  Đơn
# vị chủ trì  Thời gian") and below it lines that leave the same vertical strips ("rivers") empty.
CellText = Callable[[list[dict]], str]   # a cell's words (left to right, line by line) → its text
RIVER_MIN = 0.4   # the narrowest strip (font sizes) that still parts two columns
ROW_LEAD = 1.6    # a line further below the line above than this many font sizes ends the table
LABEL_REACH = 8   # a page's last lines looked at for the STT of its last row
LABEL_CELL = 8    # a first column no wider than this many characters on every line holds STT numbers


def _segments(line: WordLine, min_gap: float) -> list[list[dict]]:
    """The line's words in runs parted by gaps of at least min_gap."""
    out = [[line.words[0]]]
    for a, b, k in line.gaps():
        if b - a >= min_gap:
            out.append([])
        out[-1].append(line.words[k])
    return out


def _seg_text(words: list[dict]) -> str:
    return fix_text(" ".join(w["text"] for w in words))


def _narrow(rivers: list[tuple[float, float]], line: WordLine, minimum: float) -> list[tuple[float, float]] | None:
    """The rivers left empty by the line's words too (each the widest part it leaves free), or None
    when a word closes one: the line does not keep to the columns."""
    out = []
    for lo, hi in rivers:
        free = [(lo, hi)]
        for w in line.words:
            if w["x1"] <= lo or w["x0"] >= hi:
                continue
            free = [part for a, b in free for part in
                    (((a, b),) if w["x1"] <= a or w["x0"] >= b else ((a, w["x0"]), (w["x1"], b)))
                    if part[1] > part[0]]
        best = max(free, key=lambda f: f[1] - f[0], default=None)
        if best is None or best[1] - best[0] < minimum:
            return None
        out.append(best)
    return out


def _header_segments(line: WordLine) -> list[list[dict]] | None:
    """The header line of a table without rules: three or more runs of words parted by column gaps,
    two or more of them names of a task table's columns."""
    if len(line.words) < 3:
        return None
    segs = _segments(line, MEMBER_GAP * line.size)
    if len(segs) < 3:
        return None
    from extractors.tables import is_header_row  # (the table extractor knows the column names)

    return segs if is_header_row([_seg_text(s) for s in segs]) else None


def _unruled_table(lines: list[WordLine], head: int, body: int, end: int,
                   rivers: list[tuple[float, float]], frame: tuple[float, float] | None,
                   rest: bool = False, cell_text: CellText | None = None, alone: bool = False) -> _Table | None:
    """lines[head:body] (the header) and lines[body:end] as a table with columns parted at the
    rivers; None when fewer than two lines (one, for the rest of a table from the page before) have
    words in two or more columns. A row begins at a line with an STT number, or, without an STT
    column, after a wider space than between lines. rest: the header is repeated over the rest of a
    table from the page before, whose lines may all be the end of the row a page break cut. alone: the
    header is the page's last line, its rows on the next page (a table of the header row alone)."""
    group = lines[head:end]
    mids = [(lo + hi) / 2 for lo, hi in rivers]
    ncols = len(rivers) + 1

    # a group row printed across the table (_grow took it in): one cell, the first, as a merged cell reads
    across = [_crosses(rivers, ln) for ln in group]

    def columns(ln: WordLine, merged: bool) -> list[list[dict]]:
        cols: list[list[dict]] = [[] for _ in range(ncols)]
        for w in ln.words:
            cols[0 if merged else sum((w["x0"] + w["x1"]) / 2 > m for m in mids)].append(w)
        return cols

    split = [columns(ln, a) for ln, a in zip(group, across)]
    # (over the rest of a table, the repeated header is the evidence: the cut row's end may keep to one column)
    if sum(sum(bool(c) for c in cols) >= 2 for cols in split) < (2 if body > head and not alone and not rest else 1):
        return None
    n_head = body - head
    label = all(len(_seg_text(cols[0])) <= LABEL_CELL for cols, a in zip(split[n_head:], across[n_head:]) if not a)
    leads = [b.top - a.bottom for a, b in zip(lines[body:end], lines[body + 1:end])]
    spaced = bool(leads) and max(leads) > min(leads) + 0.3 * group[0].size
    starts: list[int] = []  # indexes into group of the lines that open a row
    for k in range(n_head, len(group)):
        opens = bool(split[k][0]) if label or not spaced else \
            (k == n_head or group[k].top - group[k - 1].bottom > min(leads) + 0.3 * group[0].size)
        if across[k]:   # a group row is a row of its own, unless it wraps on from the line above
            opens = not _group_goes_on(group, across, k, n_head)
        opens = opens or (k > n_head and across[k - 1] and not across[k])
        if opens or (k == n_head and n_head == 0):
            starts.append(k)
    if not starts and not (rest and n_head) and not alone:
        return None
    # lines between the header and the first numbered line: the rest of a row a page break cut
    # (under the header repeated on the new page), a row of their own, not more of the header
    bounds = [0] if alone else \
        ([0] if n_head else []) + ([n_head] if n_head and (not starts or starts[0] > n_head) else []) + starts
    if frame is None:
        frame = (min(ln.x0 for ln in group), max(ln.x1 for ln in group))
    edges = [frame[0] - 1.0] + mids + [frame[1] + 1.0]
    rows, bolds = [], []
    for a, b in zip(bounds, bounds[1:] + [len(group)]):
        cells = []
        for c in range(ncols):
            if cell_text is not None:
                words = [w for cols in split[a:b] for w in cols[c]]
                cells.append(cell_text(words) if words else "")
                continue
            chars = [ch for cols in split[a:b] for w in cols[c] for ch in w["chars"]]
            cells.append(_cell_text(chars, edges[c], edges[c + 1]) if chars else "")
        rows.append(cells)
        printed = [ch for cols in split[a:b] for col in cols for w in col for ch in w["chars"]]
        bolds.append(bool(printed) and all(BOLD_FONT.search(ch.get("fontname") or "") for ch in printed))
    bbox = (frame[0], group[0].top, frame[1], group[-1].bottom)
    return _Table(bbox, rows, bolds, rivers=rivers)


def _crosses(rivers: list[tuple[float, float]], line: WordLine) -> bool:
    """Does a word of the line stand in a river (a line printed across the columns)?"""
    return any(w["x0"] < hi and w["x1"] > lo for lo, hi in rivers for w in line.words)


# How a group row opens ("I.", "1.", "1.2", "a)", "QUÝ II", "Tháng 3", "Giai đoạn 2", a dash): a line
# across the table right under another that opens otherwise is the rest of its wrapped text.
GROUP_OPENING = re.compile(r"^(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?(?=\s)|[A-ZĐa-zđ][.)]\s|[-–+•*]"
                           r"|(?:QUÝ|Quý|THÁNG|Tháng|PHẦN|Phần|GIAI ĐOẠN|Giai đoạn|ĐỢT|Đợt|NĂM|Năm|NHÓM|Nhóm"
                           r"|TUẦN|Tuần|CHƯƠNG|Chương|MỤC|Mục|LĨNH VỰC|Lĩnh vực)(?!\w))")


def _group_goes_on(group: list[WordLine], across: list[bool], k: int, n_head: int) -> bool:
    """Is group[k], a line across the table, the second line of the group row above it (a long
    heading wrapped in its merged cell, "I. PHÒNG BỆNH … VÀ GIA SÚC" / "TẠI CÁC THÔN, BẢN …")? It
    follows that line at a line's lead and opens with no group marker of its own."""
    if k <= n_head or not across[k - 1]:
        return False
    above, line = group[k - 1], group[k]
    if line.top - above.bottom > ROW_LEAD * line.size:
        return False
    text = " ".join(w["text"] for w in line.words[:3])
    return not GROUP_OPENING.match(text)


GROUP_ROW_CHARS = 160   # a group row printed across the table is a heading's length at most


def _group_row(rivers: list[tuple[float, float]], line: WordLine) -> bool:
    """Is a line that crosses the columns a group row merged across the table ("I. CHÍNH QUYỀN SỐ",
    "1. Hạ tầng số", "QUÝ II"): one run of words, no column gap in it, opening in the first column?"""
    return line.x0 < rivers[0][0] and len(_segments(line, MEMBER_GAP * line.size)) == 1 \
        and sum(len(w["text"]) + 1 for w in line.words) <= GROUP_ROW_CHARS


def _part_heading_after(lines: list[WordLine], j: int, rivers: list[tuple[float, float]]) -> bool:
    """Is lines[j], though it keeps to the rivers, the heading of the plan's next part: a Roman part
    in capitals that prose follows (lines crossing the rivers), or nothing on the page? A group row
    of the table so numbered ("II. QUÝ II") has rows keeping to the rivers below it, maybe under
    more group rows ("1. Hạ tầng số")."""
    if lines[j].words[0]["text"][:1] not in "IVXP":
        return False
    # (a part's heading, all in capitals, is short enough to sit inside the content column of the
    # table: only what follows it tells it apart)
    text = " ".join(w["text"] for w in lines[j].words)
    if not PART_HEADING.match(text) or text != text.upper() \
            or _narrow(rivers, lines[j], RIVER_MIN * lines[j].size) is None:
        return False   # (a heading across the columns is a group row when rows follow: _grow's own test)
    # what follows, past lines that could be group rows (prose lines open in the first column too):
    # the table's lines keep to the rivers again, the next part's prose never does
    k = j + 1
    while k < len(lines) and lines[k].top - lines[k - 1].bottom <= ROW_LEAD * lines[k].size:
        if _narrow(rivers, lines[k], RIVER_MIN * lines[k].size) is not None:
            return False
        if not _group_row(rivers, lines[k]):
            break
        k += 1
    return True


def _grow(lines: list[WordLine], start: int, rivers: list[tuple[float, float]]) -> tuple[list[tuple[float, float]], int]:
    """How far down from lines[start] the lines keep to the rivers, and the rivers they leave. Group
    rows printed across the table (see _group_row) are its lines too when a line keeping to the
    rivers follows them: a heading after the table is followed by prose, which does not; so is a
    part's heading short enough to keep to the rivers (_part_heading_after)."""
    j = start
    while j < len(lines):
        ln = lines[j]
        if j > start and ln.top - lines[j - 1].bottom > ROW_LEAD * ln.size:
            break
        if j > start and _part_heading_after(lines, j, rivers):
            break
        narrowed = _narrow(rivers, ln, RIVER_MIN * ln.size)
        if narrowed is None:
            k = j
            while k < len(lines) and _group_row(rivers, lines[k]) and \
                    (k == start or lines[k].top - lines[k - 1].bottom <= ROW_LEAD * lines[k].size):
                k += 1
            if k == j or k == len(lines) or lines[k].top - lines[k - 1].bottom > ROW_LEAD * lines[k].size \
                    or _narrow(rivers, lines[k], RIVER_MIN * lines[k].size) is None:
                break
            j = k
            continue
        rivers, j = narrowed, j + 1
    return rivers, j


HEADER_WRAP_LINES = 3   # a column name wraps onto at most this many lines below the header line
HEADER_WRAP_WORDS = 3   # and each of those lines' runs is at most this many words of it
COL_LABEL_TEXT = re.compile(r"^(?:S\.?\s?TT|TT|Số\s+TT)\.?$", re.I)


def _header_wrap_end(lines: list[WordLine], i: int, rivers: list[tuple[float, float]], label: bool) -> int:
    """The first line after the header line lines[i] that is not more of it. A column name too long
    for its cell wraps below the header line ("Cơ quan⏎chuẩn bị") when the cells are top-aligned: such
    lines follow as closely as a cell's own lines do, keep to the columns, leave the STT column
    empty, and a wider space (the cells' padding) parts the last of them from the first row. Without
    that wider space nothing tells them from a first row, and none is taken."""
    size = lines[i].size
    k = i + 1
    while k < len(lines) and k <= i + HEADER_WRAP_LINES:
        ln = lines[k]
        if ln.top - lines[k - 1].bottom >= 0.5 * size or _narrow(rivers, ln, RIVER_MIN * size) is None \
                or (label and ln.words[0]["x1"] <= rivers[0][0]):
            break
        k += 1
    if k == len(lines) and label and k > i + 1 and all(
            len(seg) <= HEADER_WRAP_WORDS for ln in lines[i + 1:k] for seg in _segments(ln, MEMBER_GAP * size)):
        # the page ends in the header, its rows on the next page (see _unruled_tables): what wraps
        # under its line is the ends of names ("hợp", "hoàn thành"), not a row's longer text
        return k
    if k == i + 1 or k >= len(lines):
        return i + 1
    gap = max(b.top - a.bottom for a, b in zip(lines[i:k], lines[i + 1:k]))
    return k if lines[k].top - lines[k - 1].bottom > gap + 0.3 * size else i + 1


# The row number opening a row of a table printed with neither rules nor a header row: "1", "12.",
# a group's Roman "II".
ROW_NUMBER = re.compile(r"^(?:\d{1,3}\.?|[IVXL]{1,5}\.?)$")
HEADLESS_REACH = 12   # lines below a numbered line looked at for the row that shows every column


def _row_segments(line: WordLine) -> list[list[dict]] | None:
    """The runs of a line that may open a row of a table without rules or header: three or more
    runs parted by column gaps, the first a row number."""
    if len(line.words) < 3:
        return None
    segs = _segments(line, MEMBER_GAP * line.size)
    if len(segs) < 3 or not ROW_NUMBER.match(_seg_text(segs[0])):
        return None
    return segs


def _headless_table(lines: list[WordLine], i: int, cell_text: CellText | None) -> tuple[_Table, int] | None:
    """A task table whose header row is printed nowhere (an appendix's table going on, a header
    set as an image, a plan printing its rows only), opening at lines[i], and the line after it.
    Its columns are the gaps of the numbered line among the next few that shows the most of them
    (a row may leave a cell empty), narrowed to what every line of the table leaves free; the
    cells must read as a schedule's (extractors.tables.headless_schedule), else it is prose."""
    segs = _row_segments(lines[i])
    if segs is None:
        return None
    k = i + 1
    while k < len(lines) and k <= i + HEADLESS_REACH and lines[k].top - lines[k - 1].bottom <= ROW_LEAD * lines[k].size:
        more = _row_segments(lines[k])
        if more is not None and len(more) > len(segs):
            segs = more
        k += 1
    rivers = [(a[-1]["x1"], b[0]["x0"]) for a, b in zip(segs, segs[1:])]
    rivers, end = _grow(lines, i, rivers)
    if end - i < 2 or not rivers:
        return None
    table = _unruled_table(lines, i, i, end, rivers, None, False, cell_text)
    from extractors.tables import headless_schedule  # (the table extractor knows a schedule's cells)

    if table is None or not headless_schedule(table.rows):
        return None
    return table, end


def unruled_tables(lines: list[WordLine], carry: _Table | None,
                   cell_text: CellText | None = None) -> tuple[list[_Table], list[WordLine]]:
    """The tables printed without rules among a page's lines, and the lines left as prose.

    carry is a table without rules the previous page ended with: lines at the top of this page that
    keep to its columns are its next rows (Word repeats no header row unless told to). cell_text:
    a cell's text from its words (the OCR reader's words carry no characters), else from their
    characters."""
    found: list[_Table] = []
    rest: list[WordLine] = []
    i = 0
    # (a header repeated at the page's top opens the table's rest the usual way, below)
    if carry is not None and carry.rivers and lines and _header_segments(lines[0]) is None:
        rivers, end = _grow(lines, 0, carry.rivers)
        table = _unruled_table(lines, 0, 0, end, rivers, (carry.bbox[0], carry.bbox[2]), False, cell_text) \
            if end else None
        if table is not None:
            found.append(table)
            i = end
    while i < len(lines):
        segs = _header_segments(lines[i])
        if segs is None:
            headless = _headless_table(lines, i, cell_text)
            if headless is not None:
                found.append(headless[0])
                i = headless[1]
                continue
            rest.append(lines[i])
            i += 1
            continue
        rivers = [(a[-1]["x1"], b[0]["x0"]) for a, b in zip(segs, segs[1:])]
        head = i
        # a header whose names wrap: the lines just above it, in runs of their own between its columns
        while head > 0 and rest and rest[-1] is lines[head - 1] and i - head < 2 \
                and lines[head].top - lines[head - 1].bottom < 0.5 * lines[head].size \
                and len(_segments(lines[head - 1], MEMBER_GAP * lines[head - 1].size)) >= 2 \
                and (above := _narrow(rivers, lines[head - 1], RIVER_MIN * lines[head].size)) is not None:
            rivers, head = above, head - 1
        body = _header_wrap_end(lines, i, rivers, label=COL_LABEL_TEXT.match(_seg_text(segs[0])) is not None)
        for k in range(i + 1, body):
            rivers = _narrow(rivers, lines[k], RIVER_MIN * lines[i].size) or rivers
        rivers, end = _grow(lines, body, rivers)
        # (the header repeated at the top of a page over the rest of the table before: one line, the
        # end of a row the page break cut, is a table's rest)
        rest_of = carry is not None and head == 0
        table = _unruled_table(lines, head, body, end, rivers, None, rest_of, cell_text) \
            if end - body >= 2 - rest_of else None
        if table is None and body == end == len(lines):
            # the header row is the page's last line and its rows go on the next page (Word keeps a
            # header row with nothing of the table under it only there): the next page's lines that
            # keep to its columns are its rows, as they are of a table the page ended with
            table = _unruled_table(lines, head, body, end, rivers, None, False, cell_text, alone=True)
        if table is None:
            rest.append(lines[i])
            i += 1
            continue
        del rest[len(rest) - (i - head):]
        found.append(table)
        i = end
    return found, rest


# ---------------------------------------------------------------- pages
def _open(data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    pdf = None
    try:
        pdf = pdfplumber.open(BytesIO(data), password="")
        pdf.pages  # parses the page tree: broken files fail here
    except PdfminerException as exc:
        if pdf is not None:
            pdf.close()
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise PlanError("encrypted_pdf", "the PDF is protected by a password; open it with the password and "
                            "save or print it to a new PDF without protection, then submit that file") from exc
        if isinstance(cause, PDFEncryptionError):
            raise PlanError("encrypted_pdf", f"the PDF is encrypted in a way that cannot be read ({cause}); "
                            "save or print it to a new PDF without protection") from exc
        raise PlanError("corrupt_pdf", f"the PDF cannot be opened ({str(cause) or type(cause).__name__}); it may be "
                        "truncated or damaged: download or export it again") from exc
    except Exception as exc:  # pdfminer raises a zoo of errors on damaged files
        if pdf is not None:
            pdf.close()
        raise PlanError("corrupt_pdf", f"the PDF cannot be opened ({type(exc).__name__}: {exc}); it may be "
                        "truncated or damaged: download or export it again") from exc
    fast_chars(pdf)
    return pdf


@dataclass
class _Page:
    number: int
    items: list[tuple[float, object]]  # (top, list[RawLine] | _Table) in reading order
    ocr: str | None = None
    height: float = 0.0
    notes: list[str] = field(default_factory=list)  # the page's footnotes, read after the body
    scan: bool = False  # an image covers the page: any text read is a layer over a scan
    bullets: dict[str, str] = field(default_factory=dict)  # the signs its unmapped bullet codes were read as
    printed: int | None = None  # the page number printed in its margin
    dropped: list[str] = field(default_factory=list)  # the lines dropped beside it (_drop_page_numbers)
    frame: _Frame | None = None  # page 1's: where and how its body is set (_running_head)
    head: str | None = None  # its first line, a running title should page 1's words name it (_unframed_head)

    def last_label(self) -> int | None:
        """The STT the page's last table row opens with: a row's first cell, or a line that is a bare
        number (a table read as prose, each cell a line) among its last lines; None when its end
        shows none."""
        reach = LABEL_REACH
        for _, item in reversed(self.items):
            if isinstance(item, _Table):
                for cells in reversed(item.rows):
                    first = cells[0].strip().rstrip(".") if cells else ""
                    if first.isdigit():
                        return int(first)
                return None
            for ln in reversed(item[-reach:]):
                if ln.text.isdigit() and len(ln.text) <= 3:
                    return int(ln.text)
            reach -= len(item)
            if reach <= 0:
                return None
        return None

    def margin(self, top: float) -> bool:
        """Is a line at `top` in the top or bottom margin, where a running header or footer sits?"""
        return top < MARGIN_ZONE * self.height or top > (1 - MARGIN_ZONE) * self.height

    def edge_lines(self) -> set[int]:
        """ids of the page's first and last prose lines (its page number dropped): where a running
        header or footer stands, inside the margin or not (a footer of two lines, its running text
        above the page number, reaches above the margin)."""
        prose = [item for _, item in self.items if not isinstance(item, _Table) and item]
        return {id(prose[0][0]), id(prose[-1][-1])} if prose else set()

    def body_tables(self) -> tuple[_Table | None, _Table | None]:
        """The table the page's body opens with and the one it ends with (None where prose is
        first or last): a running header or footer in the margin (Word's "Trang 2", the file's
        name) stands between a table and its rest on the next page, not in the table's way."""
        body = [item for top, item in self.items if isinstance(item, _Table) or not self.margin(top)]
        first = body[0] if body and isinstance(body[0], _Table) else None
        last = body[-1] if body and isinstance(body[-1], _Table) else None
        return first, last


def _duplicates(chars: list[dict]) -> set[int]:
    """ids of characters drawn twice at (almost) the same place: the fake bold of some producers."""
    dup: set[int] = set()
    # (keys built in one pass, the index keeping equal keys in page order as a stable sort would)
    keyed = sorted([(c["text"], round(c["top"]), c["x0"], k) for k, c in enumerate(chars)])
    ordered = [chars[k] for *_, k in keyed]
    for a, b in zip(ordered, ordered[1:]):
        if a["text"] == b["text"] and abs(a["x0"] - b["x0"]) <= 1 and abs(a["top"] - b["top"]) <= 1 \
                and not a["text"].isspace():
            dup.add(id(b))
    return dup


def _legacy_fonts(page) -> dict[str, tuple[str, bool]]:
    """The page's fonts in a legacy Vietnamese encoding, by the name its characters carry
    ("ABCDEF+.VnTime,Bold" → ("tcvn3", False)), read from the page's font resources: no
    character is looked at on a page without one."""
    from pdfminer.pdftypes import resolve1

    try:
        fonts = resolve1((page.page_obj.resources or {}).get("Font")) or {}
        names = [resolve1(resolve1(spec).get("BaseFont")) for spec in fonts.values()]
    except Exception:  # a damaged resource dictionary: no font is taken for legacy
        return {}
    out: dict[str, tuple[str, bool]] = {}
    for name in names:
        name = getattr(name, "name", name)
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        legacy = encodings.font_encoding(name) if isinstance(name, str) else None
        if legacy:
            out[name] = legacy
    return out


def decode_legacy_chars(chars: list[dict], fonts: dict[str, tuple[str, bool]]) -> None:
    """The text of characters set in a TCVN3 or VNI font (a plan typed in .VnTime and printed
    to PDF: its text layer holds the font's bytes, "KÕ ho¹ch") put in Unicode, in place. A VNI
    mark byte after its vowel becomes the combining marks, which `fix_text` joins to it."""
    # (toned letters of a TCVN3 font that has no capitals of its own: their case is put back after)
    small = _decode_chars(chars, lambda c: fonts.get(c.get("fontname")), caseless_only=True)
    if small:
        _recase_tcvn3(chars, small)


def _decode_chars(chars: list[dict], legacy_of, caseless_only: bool) -> set[int]:
    """Decode, in place, each character whose `legacy_of(char)` gives its (encoding, capitals font)
    (None: a Unicode character, left as it is); a VNI mark byte after its vowel becomes the combining
    mark. Returns the ids of the decoded TCVN3 letters whose case is to be put back from context: those
    with no capital in their font (caseless_only), or every one of them."""
    prev_vowel = False
    small: set[int] = set()
    for c in chars:
        legacy = legacy_of(c)
        text = c["text"]
        if legacy is None or len(text) != 1:
            prev_vowel = False
            continue
        enc, capitals = legacy
        if enc == "vni" and prev_vowel and text in encodings.VNI_MARKS:
            c["text"] = encodings.VNI_MARKS[text][0]
            prev_vowel = False
            continue
        c["text"] = _legacy_char(text, enc, capitals)
        prev_vowel = enc == "vni" and c["text"] in "aeouyAEOUYơưƠƯ"
        if enc == "tcvn3" and not capitals and (not caseless_only or c["text"] in encodings.TCVN3_CASELESS):
            small.add(id(c))
    return small


def _visual_rows(chars: list[dict], column_gap: float | None = None) -> list[tuple[str, list[tuple[int, dict]]]]:
    """The characters as the page's visual lines: (text, (offset in it, char) of each char), a
    space put where the producer drew a gap instead of a space character. column_gap (font sizes):
    a wider gap splits the line in two (the header's two columns, a table's cells)."""
    rows: list[list[dict]] = []
    for c in sorted((c for c in chars if c["text"]), key=lambda c: c.get("top", 0.0)):
        if rows and c.get("top", 0.0) - rows[-1][0].get("top", 0.0) <= 2:
            rows[-1].append(c)
        else:
            rows.append([c])
    out: list[tuple[str, list[tuple[int, dict]]]] = []
    for row in rows:
        row.sort(key=lambda c: c.get("x0", 0.0))   # (sorts are stable)
        parts: list[str] = []
        at: list[tuple[int, dict]] = []
        n = 0
        for prev, c in zip([None] + row, row):
            if prev is not None and "x0" in c and "x1" in prev:
                gap, size = c["x0"] - prev["x1"], c.get("size") or 10
                if column_gap is not None and gap > column_gap * size:
                    out.append(("".join(parts), at))
                    parts, at, n = [], [], 0
                elif gap > 0.15 * size and not prev["text"].isspace():
                    parts.append(" ")   # a gap the producer drew as space, not a character
                    n += 1
            at.append((n, c))
            parts.append(c["text"])
            n += len(c["text"])
        out.append(("".join(parts), at))
    return out


def _recase_tcvn3(chars: list[dict], small: set[int], column_gap: float | None = None) -> None:
    """Put back the capitals of toned letters a typist left in a .VnTime font (which has no toned
    capitals: "KÕ HO¹CH" typed with Caps Lock prints "Kế HOạCH", "ñy ban" opening a sentence):
    the rules `encodings._recase` applies to a plain-text file, over the page's visual lines, and
    only to the letters in `small` (those decoded from such a font); every other character keeps
    the case its font drew. column_gap: as for `_visual_rows`."""
    rows = _visual_rows(chars, column_gap)
    fixed = encodings.recase_text("\n".join(text for text, _ in rows)).split("\n")
    for (before, at), after in zip(rows, fixed):
        if before == after or len(before) != len(after):
            continue
        for start, c in at:
            if id(c) in small:
                c["text"] = after[start:start + len(c["text"])]


COLUMN_GAP = 1.5   # font sizes: a wider gap inside a visual line parts two pieces of text (columns, cells)


def repair_mangled_chars(chars: list[dict]) -> None:
    """The characters of a page whose text is legacy text or UTF-8 shown as Windows-1252 in a
    Unicode font (a .VnTime or VNI-Times file given Times New Roman unconverted, then printed:
    "KÕ ho¹ch", "Keá hoaïch", "Káº¿ hoáº¡ch") put in Unicode, in place, before anything reads
    the page: its header, headings and tables are then found as in any plan, and the page is not
    taken for a garbled layer and sent to OCR. Each piece of text (a line's column, a cell) is
    repaired as `encodings.repair_pieces` judges it over the page; a piece it leaves (a header
    retyped in Unicode) keeps its characters. Only a page that `encodings.may_be_mangled` is looked at."""
    if not encodings.may_be_mangled("".join(c["text"] for c in chars)):
        return
    if any(c["text"] == "\x00" for c in chars):
        # a byte Windows-1252 leaves undefined, drawn with no meaning: the letter before it takes
        # its place, lest the word break there
        for _, at in _visual_rows(chars):
            for (_, prev), (_, c) in zip(at, at[1:]):
                if c["text"] == "\x00":
                    c["text"] = ""
                    if "x1" in c and "x1" in prev:
                        prev["x1"] = max(prev["x1"], c["x1"])
    pieces = [(text, at) for text, at in _visual_rows(chars, COLUMN_GAP) if not text.isascii()]
    fixed, changed, name, _ = encodings.repair_pieces([text for text, _ in pieces])
    if not changed:
        return
    small: set[int] = set()
    for k in sorted(changed):
        if name == "utf-8-double":
            _utf8_chars(pieces[k][1], fixed[k])
            continue
        # (no letter of the piece knows its case for sure: a capitals font is gone)
        small |= _decode_chars([c for _, c in pieces[k][1]], lambda c: (name, False), caseless_only=False)
    if small:
        _recase_tcvn3(chars, small, COLUMN_GAP)
    chars[:] = [c for c in chars if c["text"]]   # (the page's own list: its words are read from it)


def _utf8_chars(at: list[tuple[int, dict]], fixed: str) -> None:
    """A piece's characters that are UTF-8 bytes read one at a time as Windows-1252 ("Ã¡") given
    the letters of `fixed`, the piece repaired (`encodings.decode_utf8_lost`): each sequence's
    letter on its first character, stretched over the rest, which are emptied; a space that was the
    sequence's last byte (0xA0) goes with it. A piece the two do not line up on is left as it is
    (the document's repair after reading mends its line)."""
    piece = [c for _, c in at]
    plan: list[tuple[int, int, str]] = []   # (first char, chars taken, letter)
    i = j = 0
    while i < len(piece):
        if i and at[i][0] > at[i - 1][0] + len(piece[i - 1]["text"]):   # a gap read as a space
            if fixed[j:j + 1] != " ":
                return
            j += 1
        if j >= len(fixed):
            return
        b = encodings.char_byte(piece[i]["text"])
        n = 2 if b is not None and 0xC2 <= b <= 0xDF else 3 if b is not None and 0xE0 <= b <= 0xEF else \
            4 if b is not None and 0xF0 <= b <= 0xF4 else 1
        k = 1
        while k < n and i + k < len(piece) and 0x80 <= (encodings.char_byte(piece[i + k]["text"]) or 0) <= 0xBF:
            k += 1
        if n > 1 and k == n - 1 and i + k < len(piece) and piece[i + k]["text"] == " " and \
                _nbsp_letter([encodings.char_byte(c["text"]) for c in piece[i:i + k]]) == fixed[j]:
            k += 1   # a no-break space (the sequence's last byte) printed as a space
        elif n == 1 and fixed[j] != piece[i]["text"] and fixed[j] != "\ufffd":
            return
        plan.append((i, k, fixed[j]))
        i += k
        j += 1
    if j != len(fixed):
        return
    for i, k, letter in plan:
        first, last = piece[i], piece[i + k - 1]
        first["text"] = letter
        if k > 1 and "x1" in last and "x0" in first:
            # (up to the next letter when the space went with it: a justified line widens its spaces)
            after = piece[i + k]["x0"] if last["text"] == " " and i + k < len(piece) else last["x1"]
            first["x1"] = max(first["x1"], after)
            first["width"] = first["x1"] - first["x0"]
        for c in piece[i + 1:i + k]:
            c["text"] = ""


def _nbsp_letter(lead: list[int | None]) -> str | None:
    try:
        return bytes(lead + [0xA0]).decode("utf-8")
    except (UnicodeDecodeError, TypeError, ValueError):
        return None


@memo(2048)
def _legacy_char(text: str, enc: str, capitals: bool) -> str:
    return encodings.decode_font_text(text, enc, capitals)


DIAGONAL = 0.36   # tan 20°: a glyph turned further than this, and short of a quarter, runs across the page


def _diagonal(char: dict) -> bool:
    """A glyph set slanting across the page (a watermark, "BẢN DỰ THẢO" or "MẬT" printed corner to
    corner): no line's and no cell's. pdfminer counts it upright, and its letters, each at its own
    height, would stand as lines of one letter. A scan's slightly skewed layer and italics (a slant of
    the glyph, not of its line) stay."""
    a, b = char["matrix"][0], char["matrix"][1]
    return abs(b) > DIAGONAL * abs(a) and abs(a) > DIAGONAL * abs(b)


def _read_page(page, number: int, carry: _Table | None = None, bullets: dict[str, float] | None = None,
               seen: _Numbering | None = None) -> _Page:
    fonts = _legacy_fonts(page)
    if fonts:
        decode_legacy_chars(page.chars, fonts)
    repair_mangled_chars(page.chars)
    signs: dict[str, str] = {}
    page, reason = _usable_page(page, bullets, signs)
    if reason and reason not in (UNMARKED, MISREAD):
        return _Page(number, [], reason, bullets=signs)
    # an unmarked or misread layer is still read: it is the page's text should OCR be unavailable
    scan = _image_share(page) > SCAN_AREA
    if scan:
        level_layer(page)
    dup = _duplicates(page.chars)
    dup.update(id(c) for c in page.chars if _diagonal(c))
    chars = [c for c in page.chars if id(c) not in dup]
    tables = _tables(page, chars)
    boxes = [t.bbox for t in tables]

    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        if id(obj) in dup:
            return False
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    prose = page.filter(keep) if boxes or dup else page
    # a word running up or down a page that reads across (a signing stamp or a file name printed
    # along the margin) is no part of any line: set in among the lines' words it would cut into them
    words = [w for w in prose.extract_words(return_chars=True, **WORD_SETTINGS) if w["upright"]]
    lines, printed, dropped = _drop_page_numbers(_group_lines(words), tables, page.height, number, seen)
    frame = _frame(lines, page.height) if number == 1 else None
    candidate = None
    if seen is not None and seen.frame is not None and lines:
        lines, head = _running_head(page, lines, tables, seen.frame)
        dropped += head
    elif seen is not None and seen.unframed and lines:
        lines, head, candidate = _unframed_head(page, lines, tables)
        dropped += head
    lines, notes = _footnotes(lines, page)
    unruled, lines = unruled_tables(lines, carry)
    tables += unruled
    xs = [(c["x0"], c["x1"]) for c in chars]
    left, right = min((a for a, _ in xs), default=0.0), max((b for _, b in xs), default=float(page.width))
    centre = (left + right) / 2 if right - left > 0.6 * page.width else page.width / 2
    member_gap = _layer_member_gap(lines) if scan else MEMBER_GAP
    items: list[tuple[float, object]] = list(_blocks(lines, number, page.width, page.height, centre, member_gap))
    items += [(t.bbox[1], t) for t in tables]
    items.sort(key=lambda it: it[0])
    return _Page(number, items, reason, height=float(page.height), notes=notes, scan=scan, bullets=signs,
                 printed=printed, dropped=dropped, frame=frame, head=candidate)


NOTE_SIZE = 0.8    # a footnote is set at most this fraction of the body's size (Word: 10 pt under 13-14 pt)
NOTE_MARK = re.compile(r"^(?:\d{1,3}|\*{1,3}|\(\*{1,3}\)|[†‡])$")


def _is_rule_above(page, first: WordLine, above: float) -> bool:
    """A footnote separator over the block's first line: a short horizontal rule from the left
    margin, between the body's last line (`above`) and the block."""
    for obj in (*page.lines, *page.rects):
        wide = obj["x1"] - obj["x0"]
        if (obj["bottom"] - obj["top"] <= 2 and 20 <= wide <= 0.5 * page.width
                and obj["x0"] <= first.x0 + 5 and above - 1 <= obj["top"] <= first.top + 1):
            return True
    return False


def _footnotes(lines: list[WordLine], page) -> tuple[list[WordLine], list[str]]:
    """The page's body lines without its footnote block, and the block's notes, each one line.

    Word prints a page's footnotes at its foot in a smaller font, under a short rule, each opening
    with its (superscript) number; read in place they would join the paragraph or task above.
    A block counts when its lines are all small, it lies in the page's lower half and a rule is over
    it or its first line opens with a note number; the marks in the text then are dropped too."""
    if len(lines) < 2:
        return lines, []
    near = [ln.size for ln in lines[-12:]]
    if near[-1] > NOTE_SIZE * max(near):  # the page ends in body text: no block (the common case, cheap)
        return lines, []
    sizes = [ln.size for ln in lines]
    # the body's size: its lines' in the page's upper half, where no footnote is (many note lines,
    # or a long note, must not set it)
    # (and below the top margin: a running title there is set in its own, often small, size)
    upper = [size for ln, size in zip(lines, sizes) if MARGIN_ZONE * page.height <= ln.top < 0.5 * page.height]
    small = NOTE_SIZE * (statistics.median(upper) if upper else max(sizes))
    if sizes[-1] > small:
        return lines, []
    start = len(lines)
    while start > 1 and sizes[start - 1] <= small and lines[start - 1].top > 0.5 * page.height:
        start -= 1
    block = lines[start:]
    if start == len(lines) or sizes[start - 1] <= small:
        return lines, []
    if not (NOTE_MARK.match(block[0].words[0]["text"]) or _is_rule_above(page, block[0], lines[start - 1].bottom)):
        return lines, []
    notes: list[list[str]] = []
    for ln in block:
        words = [w["text"] for w in ln.words]
        if NOTE_MARK.match(words[0]) or not notes:
            notes.append([])
            words = words[1:] if NOTE_MARK.match(words[0]) else words
        notes[-1].extend(words)
    # the marks in the text: small numbers alone on a line of their own (raised over the body's
    # line), or glued to the word they follow ("tỉnh¹;", which would make "85/KH-UBND¹" another symbol)
    kept = [ln for ln, size in zip(lines[:start], sizes) if not (
        size <= small and all(NOTE_MARK.match(w["text"].strip(",")) for w in ln.words))]
    for ln in kept:
        for w in ln.words:
            _unmark(w, small)
    return kept, [fix_text(" ".join(n)) for n in notes if n]


def _unmark(word: dict, small: float) -> None:
    """The word without the superscript note marks in it: small digits or stars raised over the
    baseline of its other letters."""
    chars = word.get("chars") or []
    if not any(c["size"] <= small for c in chars):
        return
    base = max((c["bottom"] for c in chars if c["size"] > small), default=None)
    if base is None:
        return
    marks = {id(c) for c in chars if c["size"] <= small and c["text"] in "0123456789*" and c["bottom"] < base - 1}
    if marks:
        word["chars"] = [c for c in chars if id(c) not in marks]
        word["text"] = "".join(c["text"] for c in word["chars"])


@dataclass
class _Numbering:
    """What the pages read before tell about this page's margin: `expect`, the number the page
    prints when it carries on the previous page's printed number (a plan printed as pages 3-8 of a
    bundle, numbered with an offset); `last_label`, the STT the previous page's last row opened with."""
    expect: int | None = None
    last_label: int | None = None
    frame: _Frame | None = None
    unframed: bool = False  # page 1 goes to OCR: no frame measures this page (_unframed_head)


@dataclass
class _Frame:
    """Page 1 of a plan as the pages after it are measured against: the top of its first line (Word's
    "different first page" prints no header there, so its text starts where the body's frame does),
    its lines' usual size, and the words of its header block (issuer, type, title)."""
    top: float
    size: float
    words: frozenset[str]
    height: float = 0.0


ITALIC_FONT = re.compile(r"italic|oblique", re.I)
HEAD_SIZE = 0.9     # a running title is set at most this fraction of the body's size (Word: 10-11 pt under 13-14)
HEAD_SHARE = 0.75   # ... or this share of its words are those of page 1's issuer, type and title


def _words_of(text: str) -> set[str]:
    words = {w for w in re.findall(r"\w+", text.lower()) if len(w) > 1 or w.isdigit()}
    if "ủy" in words or "uỷ" in words:
        words.add("ubnd")   # a running title shortens the issuer ("UBND xã ...")
    return words


def _frame(lines: list[WordLine], height: float) -> _Frame | None:
    if len(lines) < 5:
        return None
    head = " ".join(w["text"] for ln in lines if ln.top < HEADER_ZONE * height for w in ln.words)
    return _Frame(lines[0].top, statistics.median(ln.size for ln in lines), frozenset(_words_of(fix_text(head))),
                  float(height))


def _rule_between(page, above: float, below: float) -> bool:
    """A horizontal rule across a third of the page or more between `above` and `below` (Word's
    border under a header paragraph)."""
    for obj in (*page.lines, *page.rects):
        if (obj["bottom"] - obj["top"] <= 2 and obj["x1"] - obj["x0"] >= page.width / 3
                and above - 1 <= obj["top"] and obj["bottom"] <= below + 1):
            return True
    return False


def _running_head(page, lines: list[WordLine], tables: list[_Table], frame: _Frame) -> tuple[list[WordLine], list[str]]:
    """Without a running title printed at the top of a page after the first, and its text.

    A plan of two pages whose header Word prints from page 2 ("different first page") shows it once,
    so no repeat tells it, and with its number in the footer no page number marks it; between the
    rows of a table the page break cut, or the halves of a sentence, it would join the plan's text.
    What tells it is how it is set: the page's first line, in the top margin, set apart from the body
    under it (above the top of page 1's text, where the body's frame begins; or by a space wider than
    the page's usual one between lines; or by a rule) and set unlike the body (smaller, in italics)
    or repeating the issuer's and the title's words. A heading, an item, a table's header or row, a
    bold line, or a line carrying on a sentence (lower case) is the body's."""
    ln = lines[0]
    below = min([t.bbox[1] for t in tables if t.bbox[1] >= ln.bottom - 1] +
                ([lines[1].top] if len(lines) > 1 else []), default=None)
    if below is None or ln.top >= MARGIN_ZONE * page.height or any(t.bbox[1] < ln.top for t in tables):
        return lines, []
    text = fix_text(" ".join(w["text"] for w in ln.words))
    if (not text[:1].isupper() or _is_bold(ln.words) or BODY_OPENING.match(text) or TABLE_HEAD.match(text)
            or PAGE_NUMBER.match(text)):
        return lines, []
    chars = [c for w in ln.words for c in w["chars"]]
    words = _words_of(text)
    typed = ln.size <= HEAD_SIZE * frame.size or all(ITALIC_FONT.search(c.get("fontname") or "") for c in chars)
    # (in the body's type, the issuer's words alone may be an appendix's header block, printed again)
    named = (len(words) >= 3 and len(words & frame.words) >= HEAD_SHARE * len(words)
             and not BLOCK_WORDS.search(text))
    if not (typed or named):
        return lines, []
    # (page 1's frame only measures a page set as it is: a landscape appendix has margins of its own)
    if (ln.bottom <= frame.top and abs(page.height - frame.height) < 2) or _rule_between(page, ln.bottom, below):
        return lines[1:], [text]
    # a wider space alone also parts a small note over a table ("Đơn vị tính: ...") from it: only
    # the title's or the issuer's words make such a line the header
    gaps = [b.top - a.bottom for a, b in zip(lines[1:], lines[2:])][:40]
    usual = statistics.median(gaps) if gaps else ln.size / 4
    if named and below - ln.bottom >= max(BAND_GAP * max(usual, 1.0), 0.5 * ln.size):
        return lines[1:], [text]
    return lines, []


def _unframed_head(page, lines: list[WordLine], tables: list[_Table]) -> tuple[list[WordLine], list[str], str | None]:
    """_running_head for a page after a page 1 that goes to OCR (a scanned first page, or one whose
    fonts map no text), which gives no frame to measure by: its first line in the top margin, set
    unlike the body and over a rule, is dropped; one set apart from the body by a wider space or a
    rule, of three words or more, is returned as the candidate that OCR's reading of page 1 decides
    (_named_heads: in the words of page 1's header it is the running title). The body's size is the
    page's own (its lines below the top margin)."""
    ln = lines[0]
    below = min([t.bbox[1] for t in tables if t.bbox[1] >= ln.bottom - 1] +
                ([lines[1].top] if len(lines) > 1 else []), default=None)
    if below is None or ln.top >= MARGIN_ZONE * page.height or any(t.bbox[1] < ln.top for t in tables):
        return lines, [], None
    text = fix_text(" ".join(w["text"] for w in ln.words))
    if (not text[:1].isupper() or _is_bold(ln.words) or BODY_OPENING.match(text) or TABLE_HEAD.match(text)
            or PAGE_NUMBER.match(text) or BLOCK_WORDS.search(text)):
        return lines, [], None
    body = [b.size for b in lines[1:] if b.top >= MARGIN_ZONE * page.height]
    if not body:
        return lines, [], None
    chars = [c for w in ln.words for c in w["chars"]]
    typed = (ln.size <= HEAD_SIZE * statistics.median(body)
             or all(ITALIC_FONT.search(c.get("fontname") or "") for c in chars))
    ruled = _rule_between(page, ln.bottom, below)
    if typed and ruled:
        return lines[1:], [text], None
    gaps = [b.top - a.bottom for a, b in zip(lines[1:], lines[2:])][:40]
    usual = statistics.median(gaps) if gaps else ln.size / 4
    apart = ruled or below - ln.bottom >= max(BAND_GAP * max(usual, 1.0), 0.5 * ln.size)
    return lines, [], (text if apart and len(_words_of(text)) >= 3 else None)


def _named_heads(pages: list[_Page], first: list[RawLine]) -> None:
    """Drops each page's candidate running title (_unframed_head) whose words are those of the
    header OCR read on page 1 (`first`: its issuer, motto, number, date, type and title, the lines
    before the body's first "Căn cứ", "Thực hiện" or numbered line), as _running_head does."""
    heads = [p for p in pages if p.head and not p.ocr]
    if not heads:
        return
    block: list[str] = []
    for ln in first[:HEAD_LINES]:
        if ln.cells is not None or BODY_OPENING.match(ln.text) or re.match(r"(?:Căn cứ|Thực hiện)\b", ln.text):
            break
        block.append(ln.text)
    header = _words_of(fix_text(" ".join(block)))
    for p in heads:
        words = _words_of(p.head)
        if len(words & header) < HEAD_SHARE * len(words):
            continue
        for _, item in p.items:
            if not isinstance(item, _Table) and item:
                if item[0].text == p.head:
                    del item[0]
                    p.dropped.append(p.head)
                break


HEAD_LINES = 14  # page 1's header block is read within its first lines (issuer to a title of three lines)


def _drop_page_numbers(lines: list[WordLine], tables: list[_Table], height: float, number: int = 0,
                       seen: _Numbering | None = None) -> tuple[list[WordLine], int | None, list[str]]:
    """Without the page number (and the number printed, for the next page, and the texts dropped
    beside it, which a running header or footer of the other pages may repeat): a bare number ("2",
    "- 3 -", "Trang 4/7") on a line of its own in the top or bottom margin, above or below the page's
    body. A page header or footer may hold more lines than the number (a running title above it, a
    file name below it), so every line of the margin's edge is looked at, not only the page's first
    or last.

    The number marks the page's header (footer): what is printed between it and the page's edge
    (a running title over a number at the top, a file name under one at the foot) is header or
    footer too, dropped though no other page repeats it (a plan of two pages, numbered from the
    second as Nghị định 30/2020/NĐ-CP has it, prints its running title once). So is a margin line
    holding the page's own number set apart by a tab ("Kế hoạch số 15/KH-UBND      Trang 2"), and a
    short line under a number at the top that a wider space parts from the body (the running title
    a header prints under its number). The page's own number is its place in the file, or the one
    after the previous page's printed number (numbering with an offset), any "Trang N" / "N/M", and
    any number atop page 1, where the plan's header is all that follows.
    A bare number that carries on the STT of the previous page's last row, with no row of that
    number after it, is the next row's STT: kept."""
    seen = seen or _Numbering()
    first_table = min((t.bbox[1] for t in tables), default=height)
    last_table = max((t.bbox[3] for t in tables), default=0.0)
    drop: set[int] = set()
    printed: int | None = None
    top = [ln for ln in lines if ln.top < MARGIN_ZONE * height and ln.bottom <= first_table]
    for k, ln in enumerate(top):  # the top margin, down to the body
        own = _numbered(ln, number, seen.expect)
        if own and k and TABLE_HEAD.match(" ".join(w["text"] for w in top[k - 1].words)):
            continue  # the number of the first row under a table's header line, not the page's
        if own and _continues_rows(ln, lines, seen.last_label):
            continue
        if own and number == 1:
            own = OWN_NUMBER  # over the plan's header no table row stands: any number is the page's
        if own:
            printed = _printed(ln, number, seen.expect) if printed is None else printed
            drop.update(id(o) for o in (top[:k + 1] if own == OWN_NUMBER else [ln]))
            if own == OWN_NUMBER:
                drop.update(id(o) for o in _band_under(ln, lines, height))
    bottom = [ln for ln in lines if ln.top > (1 - MARGIN_ZONE) * height and ln.top >= last_table]
    for k, ln in enumerate(bottom):  # the bottom margin, down to the page's foot
        if own := _numbered(ln, number, seen.expect):
            printed = _printed(ln, number, seen.expect) if printed is None else printed
            drop.update(id(o) for o in (bottom[k:] if own == OWN_NUMBER else [ln]))
    if not drop:
        return lines, printed, []
    gone = [fix_text(" ".join(w["text"] for w in ln.words)) for ln in lines if id(ln) in drop]
    return [ln for ln in lines if id(ln) not in drop], printed, [t for t in gone if not PAGE_NUMBER.match(t)]


def _printed(line: WordLine, number: int, expect: int | None) -> int:
    """The number a page-number line prints: the first of a bare number, "Trang 4/7"; on a running
    line holding it a tab away, the page's own (`expect` when the line holds that one)."""
    text = " ".join(w["text"] for w in line.words)
    if PAGE_NUMBER.match(text):
        return int(re.findall(r"\d+", text)[0])
    return expect if expect is not None and re.search(rf"\b{expect}\b", text) else number


BODY_OPENING = re.compile(r"^(?:[IVXLC]+\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•*])\s")
BAND_GAP = 1.5   # a header's band ends at a space this many times the page's usual space between lines


def _band_under(number: WordLine, lines: list[WordLine], height: float) -> list[WordLine]:
    """The short lines right under a page number at the top (a running title, the plan's number)
    down to the widest space before the body, when that space is clearly wider than the page's usual
    space between lines: they are the header's, not the body's."""
    k = next(i for i, ln in enumerate(lines) if ln is number)
    below = [ln for ln in lines[k + 1:k + 4] if ln.top < MARGIN_ZONE * height]
    if not below or k + 1 + len(below) >= len(lines):
        return []
    chain = [number] + below + [lines[k + 1 + len(below)]]
    gaps = [b.top - a.bottom for a, b in zip(chain, chain[1:])]
    usual = statistics.median([b.top - a.bottom for a, b in zip(lines, lines[1:])][:40])
    j = max(range(len(gaps)), key=gaps.__getitem__)
    if j == 0 or gaps[j] < BAND_GAP * max(usual, 1.0) or gaps[j] < 0.5 * number.size:
        return []
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    band = chain[1:j + 1]
    # (a heading or an item opening the page's body, set off by the space after it, is the body's)
    texts = [" ".join(w["text"] for w in ln.words) for ln in band]
    if any(ln.x1 - ln.x0 > 0.75 * width or _is_bold(ln.words) or BLOCK_WORDS.search(t) or TABLE_HEAD.match(t)
           or BODY_OPENING.match(t) for ln, t in zip(band, texts)):
        return []
    return band


def _continues_rows(line: WordLine, lines: list[WordLine], last: int | None) -> bool:
    """Is a bare number in the top margin the STT of the next row of the previous page's table: one
    more than the STT its last row opened with, and no line after it opening with that number
    (which would be the row, the margin's number then the page's)."""
    text = " ".join(w["text"] for w in line.words)
    if last is None or not text.isdigit() or int(text) != last + 1:
        return False
    # (an STT sits in the table's first column, at the left; a page number centred or at the right)
    left = min(ln.x0 for ln in lines)
    if line.x1 > left + 0.25 * (max(ln.x1 for ln in lines) - left):
        return False
    k = next(i for i, ln in enumerate(lines) if ln is line)
    return not any(ln.words[0]["text"].rstrip(".") == text for ln in lines[k + 1:k + 40])


OWN_NUMBER = 2  # _numbered: the page's own number, not only a number
PAGE_OF = re.compile(r"Trang\b|\d\s*/\s*\d", re.I)  # "Trang 3", "3/7": a page number whatever its value


def _numbered(line: WordLine, number: int, expect: int | None = None) -> int:
    """Is the line a page number (1; OWN_NUMBER when it is the page's own), or a running line holding
    the page's own number at its start or end, a tab (an em or more) from the rest (OWN_NUMBER)?
    Only the page's own number marks what lies beyond it as the header or footer: a bare "1" in the
    margin may be a number cell of a table set without rules, under its header line. The page's own
    number is `number` or `expect` (one after the previous page's printed number); a "Trang N" or
    "N/M" is a page's number whatever N is."""
    text = " ".join(w["text"] for w in line.words)
    if PAGE_NUMBER.match(text):
        value = int(re.findall(r"\d+", text)[0])
        own = (number and value == number) or value == expect or PAGE_OF.search(text)
        return OWN_NUMBER if own else 1
    if not number or len(line.words) < 2 or (str(number) not in text and (expect is None or str(expect) not in text)):
        return 0
    parts = _segments(line, line.size)
    if len(parts) < 2:
        return 0
    # a bare number only beside one other part: a row of a table without rules (its STT, columns,
    # a count last) may open or close a page too; "Trang N" after two parts
    ends = (parts[0], parts[-1]) if len(parts) == 2 else (parts[-1],) if parts[-1][0]["text"] == "Trang" else ()
    return OWN_NUMBER if any((m := PAGE_NUMBER.match(" ".join(w["text"] for w in part))) and
                             int(re.findall(r"\d+", m.group())[0]) in (number, expect) for part in ends) else 0


def _ends(lines: list[RawLine]) -> list[RawLine]:
    """An OCR page's first and last prose lines: OCR lines carry no position, and a running header
    or footer is what a page opens or closes with."""
    prose = [ln for ln in lines if ln.cells is None]
    return prose[:1] + prose[-1:]


def _running_texts(pages: list[_Page], ocr_lines: dict[int, list[RawLine]]) -> set[str]:
    """Texts printed in the top or bottom margin of the pages: a running header or footer
    (the file's name, the issuer's short name) that the author typed once and Word repeated; it is
    no part of the plan, and between a table's rows it would cut the table in two."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for p in pages:
        if p.ocr:
            seen.update({fix_text(ln.text) for ln in _ends(ocr_lines.get(p.number, []))})
            continue
        edges = p.edge_lines()
        # (with the lines the page number took along: a running line another page prints unnumbered)
        seen.update({ln.text for top, item in p.items if not isinstance(item, _Table)
                     for ln in item if p.margin(top) or id(ln) in edges} | set(p.dropped))
    # on (nearly) every page, Word's "different first page" aside; never the words of the header or
    # signature block, which an appendix set as a section of its own may print again; nor a table's
    # header line printed again atop each page its rows run on to (a table without rules or cells):
    # the table reader needs its first and drops its repeats itself
    return {t for t, n in seen.items() if n >= max(2, len(pages) - 1) and not BLOCK_WORDS.search(t)
            and not (t[:3].upper() in ("STT", "TT ") and TABLE_HEAD.match(t))}


def _carry_merges(rest: _Table, merged: list[tuple[int, ...]], open_below: tuple[int, ...],
                  last: list[str] | None = None) -> None:
    """A cell merged down over rows that a page break parts: on the next page the merged cell goes
    on with nothing printed in it, so the first row of the table's rest (after the header Word
    repeats) holds it empty; that empty cell is the merge's lower part. Only a merge that already
    spans rows above the break counts: a cell of one row at the page's foot may simply end there.
    Nor does anyone merge empty cells: an empty box opening the rest that is itself merged down over
    rows continues the cell printed above the break in `last` (the previous page's last row), even
    when that cell filled only its own row there. And a box with no rule over it (open_above) is the
    cell above the break going on, however many rows it spans on either page."""
    for i, cells in enumerate(rest.rows):
        if cells == rest.head:
            continue
        going_on = merged[i + 1] if i + 1 < len(merged) else ()
        carried = tuple(j for j in range(len(cells)) if not cells[j].strip() and (
            j in open_below or i == 0 and j in rest.open_above
            or j in going_on and last is not None and j < len(last) and last[j].strip()))
        merged[i] = tuple(sorted(set(merged[i]) | set(carried)))
        return


def pages_needing_ocr(data: bytes) -> dict[int, str]:
    """The pages (1-based) whose text layer cannot be used, with the reason (see ocr_reason)."""
    with _open(data) as pdf:
        return {n: reason for n, page in enumerate(pdf.pages, start=1) if (reason := _usable_page(page)[1])}


def _repaired(data: bytes) -> bytes | None:
    """The PDF as pdfium rebuilds it (a fresh cross-reference table), when pdfium finds pages in it.

    pdfminer trusts the file's xref offsets; when a bad upload or a careless tool has shifted them
    all it finds no page at all, while pdfium scans the file for its objects and recovers them."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - pdfium cannot read it either: the first error stands
        return None
    try:
        if len(doc) == 0:
            return None
        buf = BytesIO()
        doc.save(buf)
        return buf.getvalue()
    except Exception:  # noqa: BLE001
        return None
    finally:
        doc.close()


def _open_or_repair(data: bytes):
    """(pdfplumber document with at least one page, the bytes it was opened from)."""
    try:
        pdf = _open(data)
        if pdf.pages:
            return pdf, data
        pdf.close()
        failure = PlanError("empty_pdf", "the PDF has no pages; export the plan again")
    except PlanError as exc:
        if exc.code != "corrupt_pdf":
            raise  # a password is not a repair job
        failure = exc
    fixed = _repaired(data)
    if fixed is None:
        raise failure
    try:
        pdf = _open(fixed)
    except PlanError:
        raise failure from None
    if not pdf.pages:
        pdf.close()
        raise failure
    return pdf, fixed


BODY_MIN_LINES = 3  # lines of ink beyond a page's text lines: a body printed in an image


def _letters_and_lines(page: _Page) -> tuple[int, int]:
    """The letters of a page's text, and its lines (a table's row counts one)."""
    texts = [ln.text for _, item in page.items if not isinstance(item, _Table) for ln in item]
    rows = [" ".join(row) for _, item in page.items if isinstance(item, _Table) for row in item.rows]
    return sum(ch.isalpha() for t in texts + rows for ch in t), len(texts) + len(rows)


def _scan_layers(data: bytes, pages: list[_Page]) -> None:
    """The scanned pages read from their own OCR layer (invisible text over the page image): their
    lines with OCR's usual slips mended as this reader mends them in its own OCR (a scanner's
    Tesseract reads as raw as ours), and those whose image shows a ruled table sent to OCR, which
    rebuilds its rows (the layer has the cells' words, not the table). Text printed over a
    background image is a born-digital page's and is left alone, unless it is too little to be the
    page's body (fewer than LAYER_MIN_LETTERS letters) and the page shows lines of ink it has no
    text for (BODY_MIN_LINES more than its own): a running header or footer, or a digital
    signature's stamp, beside or over a pasted scan of the body, which only OCR reads. (A
    scanner's invisible layer of a short page, the signature alone, is kept.)"""
    layers = [p for p in pages if p.scan and not p.ocr and p.items]
    if not layers:
        return
    try:
        from pipeline.ingest.ocr import ink_lines, invisible_text, mend_layer_line, mend_layer_parts, ruled_table
    except ImportError:
        return  # the layer is all there is, as it is
    for p in layers:
        try:
            if not invisible_text(data, p.number):
                letters, lines = _letters_and_lines(p)
                if letters < LAYER_MIN_LETTERS and ink_lines(data, p.number) >= lines + BODY_MIN_LINES:
                    p.ocr = IMAGE_BODY
                continue
            if ruled_table(data, p.number):
                p.ocr = RULED_LAYER  # (its layer, mended, stays at hand should OCR be unavailable)
        except Exception:  # noqa: BLE001 - pdfium cannot look at the page: its layer stands
            continue
        for _, item in p.items:
            if not isinstance(item, _Table):
                for ln in item:
                    ln.text = mend_layer_line(ln.text)
    # (a part's "IL." told by the parts before it: every page's lines in order, one OCR reads unknown)
    lines = [ln for p in pages for ln in ([None] if p.ocr else
                                           [ln for _, item in p.items if not isinstance(item, _Table) for ln in item])]
    mended = {id(ln) for p in layers if not p.ocr for _, item in p.items if not isinstance(item, _Table) for ln in item}
    for ln, text in zip(lines, mend_layer_parts([None if ln is None else ln.text for ln in lines])):
        if ln is not None and id(ln) in mended:
            ln.text = text


def _read_pages(pdf, bullets: dict[str, float]) -> list[_Page]:
    pages: list[_Page] = []
    for number, page in enumerate(pdf.pages, start=1):
        last = pages[-1].items[-1][1] if pages and pages[-1].items and not pages[-1].ocr else None
        seen = _Numbering()
        if pages and not pages[-1].ocr:
            seen.expect = pages[-1].printed + 1 if pages[-1].printed is not None else None
            seen.last_label = pages[-1].last_label()
            if number == 2 and seen.expect is None and pages[-1].items:
                # nothing printed on page 1: Word numbers from page 2 either on ("2") or, the first
                # page counted as 0, from 1
                seen.expect = 1
            seen.frame = pages[0].frame
        seen.unframed = bool(pages) and pages[0].ocr is not None and pages[0].frame is None
        try:
            pages.append(_read_page(page, number, last if isinstance(last, _Table) and last.rivers else None, bullets,
                                    seen))
        except Exception as exc:  # one broken content stream: let OCR see the rendered page
            pages.append(_Page(number, [], f"unreadable ({type(exc).__name__})"))
        finally:
            page.close()
    return pages


def read(data: bytes, path: Path) -> RawDocument:
    """A PDF's bytes to a RawDocument; pages without a usable text layer go through OCR."""
    pdf, data = _open_or_repair(data)
    with pdf:
        bullets: dict[str, float] = {}
        pages = _read_pages(pdf, bullets)
        final = bullet_signs(bullets)
        if any(final[code] != sign for p in pages for code, sign in p.bullets.items()):
            # a page read before the page showing the outer list read its inner bullets as outer ones:
            # read again knowing the document's levels (rare: only unmapped bullets cost the second pass)
            pages = _read_pages(pdf, bullets)
        n_pages = len(pdf.pages)

    _scan_layers(data, pages)
    ocr_results: dict[int, tuple[list[RawLine], float]] = {}
    need = [p.number for p in pages if p.ocr]
    if need:
        try:
            from pipeline.ingest.ocr import ocr_pdf_pages
            for number, lines, conf in ocr_pdf_pages(data, need):
                ocr_results[number] = (lines, conf)
        except (ImportError, PlanError) as exc:
            if isinstance(exc, PlanError) and (exc.code != "ocr_unavailable" or any(
                    p.ocr not in LAYER_REASONS for p in pages if p.ocr)):
                raise
            if any(p.ocr not in LAYER_REASONS for p in pages if p.ocr):
                raise PlanError("ocr_unavailable", f"page(s) {', '.join(map(str, need))} of the PDF have no "
                                "usable text layer and OCR is not installed; install the OCR reader or submit a "
                                "PDF with selectable text") from exc
            for p in pages:  # only scans' layers wanted OCR: their text is better than none
                p.ocr = None
            need = []

    if 1 in ocr_results:
        _named_heads(pages, ocr_results[1][0])
    running = _running_texts(pages, {n: lines for n, (lines, _) in ocr_results.items()})
    out: list[RawLine] = []
    next_table = 0
    open_table: _Table | None = None  # the table the previous page ended with
    ocr_ids: dict[int, int] = {}      # OCR's table ids → the document's (ocr.join_cut_tables)
    for p in pages:
        opening = p.body_tables()[0]
        if p.ocr:
            lines, _ = ocr_results.get(p.number, ([], 0.0))
            next_table = number_tables(lines, next_table, ocr_ids)
            ends = {id(ln) for ln in _ends(lines)} if running else set()
            for ln in lines:
                ln.page = p.number
                ln.text = fix_text(ln.text)
                if ln.cells is not None:
                    ln.cells = [fix_text(c) for c in ln.cells]
                if id(ln) in ends and ln.text in running:
                    continue
                out.append(ln)
            open_table = None
            continue
        edges = p.edge_lines() if running else set()
        for top, item in p.items:
            if isinstance(item, _Table):
                merged = list(item.merged or [()] * len(item.rows))
                across = item.across or [()] * len(item.rows)
                if (item is opening and open_table is not None and open_table.ncols == item.ncols
                        and abs(open_table.bbox[0] - item.bbox[0]) < 20
                        and abs(open_table.bbox[2] - item.bbox[2]) < 20):
                    item.table_id, item.head = open_table.table_id, open_table.head
                    _carry_merges(item, merged, open_table.open_below, open_table.rows[-1] if open_table.rows else None)
                else:
                    item.table_id, next_table = next_table, next_table + 1
                    item.head = item.rows[0]
                for cells, bold, below, wide in zip(item.rows, item.bolds, merged, across):
                    cells = cells + [""] * (item.ncols - len(cells))
                    out.append(RawLine(text=" ".join(c.replace("\n", " ") for c in cells if c), page=p.number,
                                       cells=cells, bold=bold, table_id=item.table_id, paragraphs=True,
                                       merged_above=below, merged_left=wide))
            else:
                out.extend(ln for ln in item if not (running and ln.text in running and (
                    p.margin(top) or id(ln) in edges)))
        open_table = p.body_tables()[1]

    # as the DOCX reader does: the notes after the whole body, where they join no task or signer
    out += [RawLine(text=note, page=p.number) for p in pages for note in p.notes]
    ocr_pages = [n for n in need if n in ocr_results]
    text_pages = [p for p in pages if not p.ocr and p.items]
    confidence = (sum(ocr_results[n][1] for n in ocr_pages) / len(ocr_pages)) if ocr_pages else None
    return RawDocument(
        lines=out,
        source_format="pdf_scanned" if ocr_pages and not text_pages else "pdf",
        pages=n_pages,
        ocr=bool(ocr_pages),
        ocr_confidence=confidence,
    )
