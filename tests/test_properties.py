"""Property tests: every extractor, on arbitrary and on plan-shaped input, raises nothing, returns
spans inside the text, dates that exist and quarters 1–4.

Strategies build Vietnamese the way plans print it: syllables with tone marks (either case), words
of several syllables, numbered lists (I., 1., 1.1., a), (1), - and + bullets), task tables
(tab-separated rows: STT, content, lead and support units, timing cells, "Quý I" group rows),
and whole plans assembled from a header, a trích yếu, a preamble of Căn cứ, Roman parts, a task
table and the Nơi nhận / signature block; plus arbitrary Unicode and fragments spliced at random.
About 10,900 examples run in all (see EXAMPLES); the file runs in well under a minute.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.campaigns import extract_campaigns
from extractors.closing import extract_recipients, extract_signer
from extractors.dates import find_dates, find_timing, parse_timing
from extractors.header import extract_header
from extractors.references import extract_references
from extractors.units import leading_units, split_units
from pipeline.extract import analyze
from pipeline.normalize import normalize_text

# examples per test; the sum is the budget of the file (≥ 10,000)
EXAMPLES_FULL = {
    "dates": 1500, "timing": 1500, "references": 1200, "campaigns": 1000, "units": 1500, "header": 900,
    "closing": 900, "analyze_plans": 700, "analyze_any": 500, "arbitrary": 1200,
}
EXAMPLES = {k: max(1, int(v * float(os.environ.get("PROP_SCALE", "1")))) for k, v in EXAMPLES_FULL.items()}


def _settings(name: str):
    return settings(max_examples=EXAMPLES[name], deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# ---------------------------------------------------------------- Vietnamese text
ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
          "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "ai", "am", "an", "ang", "anh", "ao", "at", "ay", "ac", "ach", "ăm", "ăn", "ăng", "ăt", "âm", "ân",
          "âng", "ât", "âu", "ây", "e", "em", "en", "eo", "et", "ê", "êm", "ên", "ênh", "êt", "êu", "i", "ia", "im",
          "in", "inh", "it", "iêm", "iên", "iêt", "iêu", "o", "oa", "oai", "oan", "oang", "oanh", "oat", "oc", "oi",
          "om", "on", "ong", "ô", "ôi", "ôm", "ôn", "ông", "ôt", "ơ", "ơi", "ơm", "ơn", "ơt", "u", "ua", "uân", "uât",
          "uê", "ui", "um", "un", "ung", "uôi", "uôn", "uông", "uy", "uyên", "ư", "ưa", "ưi", "ưng", "ươc", "ươi",
          "ương", "ươt", "ưu", "y", "yên"]
TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
VOWELS = "aăâeêioôơuưy"


def _tone(rhyme: str, mark: str) -> str:
    """Put the tone on the main vowel of the rhyme (the one with a mark, else the last of two)."""
    if not mark:
        return rhyme
    idx = [i for i, c in enumerate(rhyme) if c in VOWELS]
    marked = [i for i in idx if rhyme[i] in "ăâêôơư"]
    i = marked[-1] if marked else (idx[0] if len(idx) == 1 or (len(idx) == 2 and rhyme[-1] in VOWELS) else idx[-1])
    return unicodedata.normalize("NFC", rhyme[:i + 1] + mark + rhyme[i + 1:])


def _all_syllables() -> list[str]:
    """Every onset × rhyme × tone, in small letters, with a capital and in capitals."""
    out = []
    for onset in ONSETS:
        for rhyme in RHYMES:
            for mark in TONE_MARKS:
                word = onset + _tone(rhyme, mark)
                out += [word, word[:1].upper() + word[1:], word.upper()]
    return out


SYLLABLE_LIST = _all_syllables()
# drawing from a precomputed list keeps generation cheap (one choice per syllable)
syllables = st.sampled_from(SYLLABLE_LIST)
PHRASES = ["của", "và", "các", "năm", "thực hiện", "Kế hoạch", "UBND", "xã", "huyện", "tỉnh", "phường",
           "Ủy ban nhân dân", "Ban Chỉ đạo", "Phòng Văn hóa - Thông tin", "Công an xã", "Trạm Y tế",
           "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "MTTQ", "chủ trì", "phối hợp", "trước ngày",
           "hoàn thành", "trong", "quý", "tháng", "hàng năm", "thường xuyên", "đến", "từ", "theo",
           "số", "ngày", "Căn cứ", "Luật", "Nghị định", "Quyết định", "Chỉ thị", "phong trào", "thi đua",
           "cuộc vận động", "Nơi nhận", "Lưu", "VT", "TM.", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
WORDS = st.one_of(st.lists(syllables, min_size=1, max_size=3).map(" ".join), st.sampled_from(PHRASES))

# Pools of printed forms, made once with a fixed seed: dates valid and not (31/4, 29/02, tháng 13,
# Quý V), symbols, quoted movement names, unit lists and timing cells. Strategies draw from them
# in one step, which keeps ten thousand examples fast.
_R = random.Random(2026)


def _date_phrase(r: random.Random) -> str:
    d, m, y = r.randint(0, 35), r.randint(0, 14), r.choice([r.randint(2020, 2030), r.randint(1, 9999), 1900, 2100])
    q = r.choice(["I", "II", "III", "IV", "V", "1", "2", "3", "4", "0", "IIII", "iv"])
    return r.choice([
        f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"ngày {d} tháng {m} năm {y}", f"tháng {m}/{y}", f"Tháng {m} năm {y}",
        f"Quý {q}/{y}", f"quý {q} năm {y}", f"QUÝ {q}", f"trong quý {q} năm {y}", f"trước ngày {d}/{m}/{y}",
        f"từ ngày {d}/{m} đến ngày {r.randint(0, 35)}/{r.randint(0, 14)}/{y}", f"29/02/{y}", f"năm {y}",
        f"Trước ngày {d}/{m}", f"xong trong tháng {m:02d}/{y}", f"chậm nhất ngày {d}/{m}/{y}", f"đến hết năm {y}",
        f"6 tháng đầu năm {y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}", f"Hàng năm", "Thường xuyên", "Khi có dịch",
        "Theo Kế hoạch của Quận", f"({d}/{m}/{y} - {d}/{m}/{y + 1})", f"Tháng {m}, {m + 1}/{y}",
    ])


def _symbol(r: random.Random) -> str:
    return r.choice([
        f"{r.randint(0, 999)}/{r.choice(['KH-UBND', 'QĐ-UBND', 'CT-TTg', 'NQ-CP', 'TB-VP', 'BC-UBND', 'HD-BTĐKT'])}",
        f"{r.randint(1, 300)}/{r.randint(1990, 2035)}/{r.choice(['NĐ-CP', 'QĐ-TTg', 'TT-BNV', 'QH15', 'NQ-HĐND'])}",
        f"{r.randint(1, 99)}-{r.choice(['CT', 'NQ', 'KL', 'QĐ'])}/TW", "/KH-UBND", f"số {r.randint(1, 99)} /KH - UBND",
        f"{r.choice(['Luật', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Kế hoạch'])} số {r.randint(1, 300)}/"
        f"{r.randint(2000, 2030)}/{r.choice(['NĐ-CP', 'QĐ-TTg', 'KH-UBND'])} ngày {r.randint(1, 31)}/"
        f"{r.randint(1, 12)}/{r.randint(2000, 2030)} của {r.choice(['Chính phủ', 'UBND tỉnh', 'Bộ Nội vụ'])}",
        f"Luật {r.choice(['Thi đua, khen thưởng', 'Đất đai', 'Ngân sách nhà nước'])} năm {r.randint(2000, 2030)}",
    ])


def _words(r: random.Random, n: int) -> str:
    return " ".join(r.choice(SYLLABLE_LIST) if r.random() < 0.7 else r.choice(PHRASES) for _ in range(n))


def _quoted(r: random.Random) -> str:
    opener = r.choice(["phong trào", "Phong trào thi đua", "cuộc vận động", "cuộc thi", "thi đua", ""])
    q = r.choice([("“", "”"), ('"', '"'), ("“", ""), ("", "”")])
    return f"{opener} {q[0]}{_words(r, r.randint(0, 7))}{q[1]}"


UNIT_NAMES = ["UBND xã", "Công an xã", "Trạm Y tế", "Phòng Văn hóa - Thông tin", "Đoàn Thanh niên xã", "các thôn",
              "MTTQ", "Ban Chỉ đạo", "Hội Nông dân", "Phòng Tài chính - Kế hoạch", "Đơn vị phối hợp:", "chủ trì",
              "UBND các xã, thị trấn", "Các cơ quan, đơn vị liên quan"]


def _units(r: random.Random) -> str:
    sep = r.choice([", ", "; ", "\n- ", " và ", " phối hợp với ", " chủ trì, phối hợp với "])
    return sep.join(r.choice(UNIT_NAMES) if r.random() < 0.7 else _words(r, r.randint(1, 4))
                    for _ in range(r.randint(0, 4)))


def _token(r: random.Random) -> str:
    k = r.random()
    return (r.choice(SYLLABLE_LIST) if k < 0.5 else r.choice(PHRASES) if k < 0.65 else _date_phrase(r) if k < 0.75
            else _symbol(r) if k < 0.8 else _quoted(r) if k < 0.84 else str(r.randint(0, 10 ** r.randint(1, 6)))
            if k < 0.9 else r.choice(PUNCTUATION))


PUNCTUATION = [",", ";", ".", ":", "-", "–", "(", ")", "“", "”", "\"", "/", "…", "+", "*", "|", "#", "\t"]
DATE_POOL = sorted({_date_phrase(_R) for _ in range(4000)})
SYMBOL_POOL = sorted({_symbol(_R) for _ in range(2000)})
QUOTED_POOL = sorted({_quoted(_R) for _ in range(1500)})
UNIT_POOL = sorted({_units(_R) for _ in range(2000)})
SENTENCE_POOL = sorted({" ".join(_token(_R) for _ in range(_R.randint(0, 30))) for _ in range(5000)})

NUMBERS = st.one_of(st.integers(0, 40).map(str), st.integers(1990, 2035).map(str), st.integers(0, 10 ** 6).map(str))
DATES = st.sampled_from(DATE_POOL)
SYMBOLS = st.sampled_from(SYMBOL_POOL)
QUOTED = st.sampled_from(QUOTED_POOL)
PUNCT = st.sampled_from(PUNCTUATION)
TOKENS = st.one_of(syllables, st.sampled_from(PHRASES), NUMBERS, DATES, SYMBOLS, QUOTED, PUNCT)
# sentences token by token (shrinkable), or whole from the pool (one draw)
SENTENCES = st.one_of(st.lists(TOKENS, min_size=0, max_size=12).map(" ".join), *[st.sampled_from(SENTENCE_POOL)] * 3)
POOLED_SENTENCES = st.sampled_from(SENTENCE_POOL)
MARKERS = st.sampled_from(["I.", "II.", "III.", "IV.", "V.", "1.", "2.", "10.", "1.1.", "2.3.", "1.1.1.", "a)", "b)",
                           "đ)", "(1)", "(2)", "-", "+", "•", "*", "PHỤ LỤC 1", "Phụ lục", "Căn cứ", "Nơi nhận:",
                           "Điều 1.", "- Thời gian hoàn thành:", "- Đơn vị chủ trì:", "- Đơn vị phối hợp:", ""])
ITEMS = st.builds(lambda m, s: f"{m} {s}".strip(), MARKERS, SENTENCES)
POOLED_ITEMS = st.builds(lambda m, s: f"{m} {s}".strip(), MARKERS, POOLED_SENTENCES)
UNITS = st.sampled_from(UNIT_POOL)
TIMING_CELLS = st.one_of(DATES, POOLED_SENTENCES)


@st.composite
def task_tables(draw) -> str:
    """A task table as tab-separated rows: a header, optional Quý/Roman group rows, data rows."""
    ncols = draw(st.integers(2, 6))
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"][:ncols]
    rows = ["\t".join(header)] if draw(st.booleans()) else []
    for i in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["data", "data", "data", "quarter", "roman", "empty", "ragged"]))
        if kind == "quarter":
            rows.append(draw(st.sampled_from(["Quý I", "QUÝ II", "Quý III/2026", "Quý IV năm 2026", "Quý V"]))
                        + "\t" * (ncols - 1))
        elif kind == "roman":
            rows.append(draw(st.sampled_from(["I", "II", "A", "B"])) + "\t" + draw(POOLED_SENTENCES)
                        + "\t" * (ncols - 2))
        elif kind == "empty":
            rows.append("\t" * (ncols - 1))
        else:
            cells = [str(i + 1), draw(POOLED_SENTENCES), draw(UNITS), draw(UNITS), draw(TIMING_CELLS),
                     draw(POOLED_SENTENCES)][:ncols]
            if kind == "ragged":
                cells = cells[:draw(st.integers(1, ncols))]
            rows.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return "\n".join(rows)


HEADERS = st.sampled_from([
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc",
    "UBND HUYỆN TAM ĐƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc",
    "ỦY BAN NHÂN DÂN PHƯỜNG VĨNH TUY", "UBND TỈNH LAI CHÂU\nSỞ Y TẾ", "",
])
NUMBER_LINES = st.builds("Số: {}\t{}, ngày {} tháng {} năm {}".format, SYMBOLS, st.sampled_from(SYLLABLE_LIST),
                         st.integers(0, 40), st.integers(0, 14), st.integers(1000, 3000))
TYPES = st.sampled_from(["KẾ HOẠCH", "Kế hoạch", "QUYẾT ĐỊNH", "BÁO CÁO", "CHƯƠNG TRÌNH", "THÔNG BÁO", "PHƯƠNG ÁN",
                         "KẾ HOẠCH LIÊN TỊCH", ""])
PARTS = st.sampled_from(["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN",
                         "KINH PHÍ", "ĐỐI TƯỢNG, THỜI GIAN", "PHỤ LỤC", "NỘI DUNG THỰC HIỆN"])
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


ROW_KINDS = ["data", "data", "data", "quarter", "roman", "empty", "ragged"]


def _table(r: random.Random) -> list[str]:
    """A task table built by `r` the way task_tables() draws one (for whole plans, where one
    seed fills the text and the hypothesis draws decide the structure)."""
    ncols = r.randint(2, 6)
    rows = ["\t".join(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"][:ncols])]
    for i in range(r.randint(0, 8)):
        kind = r.choice(ROW_KINDS)
        if kind == "quarter":
            rows.append(r.choice(["Quý I", "QUÝ II", "Quý III/2026", "Quý IV năm 2026", "Quý V"]) + "\t" * (ncols - 1))
        elif kind == "roman":
            rows.append(r.choice(["I", "II", "A", "B"]) + "\t" + r.choice(SENTENCE_POOL) + "\t" * (ncols - 2))
        elif kind == "empty":
            rows.append("\t" * (ncols - 1))
        else:
            cells = [str(i + 1), r.choice(SENTENCE_POOL), r.choice(UNIT_POOL), r.choice(UNIT_POOL),
                     r.choice(DATE_POOL + SENTENCE_POOL[:200]), r.choice(SENTENCE_POOL)][:ncols]
            if kind == "ragged":
                cells = cells[:r.randint(1, ncols)]
            rows.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return rows if r.random() < 0.7 else rows[1:]


ITEM_MARKERS = ["I.", "II.", "1.", "2.", "10.", "1.1.", "2.3.", "1.1.1.", "a)", "b)", "đ)", "(1)", "(2)", "-", "+", "•",
                "*", "PHỤ LỤC 1", "Căn cứ", "Điều 1.", "- Thời gian hoàn thành:", "- Đơn vị chủ trì:",
                "- Đơn vị phối hợp:", ""]


@st.composite
def plans(draw) -> str:
    """A plan-shaped document: header, number and date, type and trích yếu, preamble of Căn cứ,
    Roman parts with numbered items and task tables, Nơi nhận and the signature. The draws decide
    the structure (which parts, in which order, tables or not, which damage); one drawn seed
    fills the sentences, items and table rows from the pools."""
    r = random.Random(draw(st.integers(0, 2 ** 32 - 1)))
    lines = [draw(HEADERS), draw(NUMBER_LINES), draw(TYPES), r.choice(SENTENCE_POOL)]
    lines += [f"Căn cứ {r.choice(SENTENCE_POOL)};" for _ in range(r.randint(0, 3))]
    for n, (part, table) in enumerate(draw(st.lists(st.tuples(PARTS, st.booleans()), max_size=5))):
        lines.append(f"{ROMAN[n]}. {part}")
        for _ in range(r.randint(0, 6)):
            lines.append(f"{r.choice(ITEM_MARKERS)} {r.choice(SENTENCE_POOL)}".strip())
            if r.random() < 0.3:
                lines.append(f"{r.choice(['-', '+', ''])} {r.choice(SENTENCE_POOL)}".strip())
        if table:
            lines += _table(r)
    if draw(st.booleans()):
        lines += ["Nơi nhận:"] + [f"- {r.choice(UNIT_POOL)};" for _ in range(r.randint(0, 4))]
    lines += [draw(st.sampled_from(["TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "CHỦ TỊCH", ""])),
              " ".join(r.choice(SYLLABLE_LIST) for _ in range(r.randint(0, 4)))]
    text = "\n".join(lines)
    # sometimes damaged: markup added, CRLF, lines joined, the text cut and swapped
    edit = draw(st.sampled_from(["none", "none", "markdown", "crlf", "join", "cut"]))
    if edit == "markdown":
        text = "\n".join(f"**{ln}**" if ln.isupper() else ln for ln in text.split("\n"))
    elif edit == "crlf":
        text = text.replace("\n", "\r\n")
    elif edit == "join":
        text = text.replace("\n", " ", r.randint(0, 20))
    elif edit == "cut" and text:
        k = r.randint(0, len(text))
        text = text[k:] + "\n" + text[:k]
    return text


ARBITRARY = st.one_of(st.text(max_size=120), st.text(alphabet=st.characters(codec="utf-8"), max_size=120),
                      st.lists(st.one_of(TOKENS, st.text(max_size=4), MARKERS), max_size=15).map("".join))
ANY_TEXT = st.one_of(SENTENCES, ITEMS, task_tables(), ARBITRARY)


# ---------------------------------------------------------------- checks
def _span_ok(start: int, end: int, text: str) -> None:
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(text), (start, end, len(text))


def _date_ok(value) -> None:
    if value is not None:
        assert isinstance(value, dt.date) and 1 <= value.year <= 9999


def _quarter_ok(value) -> None:
    assert value is None or value in (1, 2, 3, 4), value


def _timing_ok(t, text: str) -> None:
    if t is None:
        return
    _span_ok(t.start, t.end, text)
    _date_ok(t.deadline)
    _quarter_ok(t.quarter)
    assert isinstance(t.recurring, bool)


def _units_ok(units) -> None:
    assert isinstance(units, list) and all(isinstance(u, str) and u.strip() for u in units), units


# ---------------------------------------------------------------- the extractors one by one
@_settings("dates")
@given(st.one_of(SENTENCES, ITEMS, DATES, ARBITRARY))
def test_find_dates(text):
    for m in find_dates(text):
        _span_ok(m.start, m.end, text)
        assert m.month is None or 1 <= m.month <= 12
        assert m.day is None or 1 <= m.day <= 31
        _date_ok(m.date)
        if m.date is not None:
            assert (m.date.year, m.date.month, m.date.day) == (m.year, m.month, m.day)


@_settings("timing")
@given(st.one_of(SENTENCES, TIMING_CELLS, ITEMS, ARBITRARY), st.one_of(st.none(), st.integers(1, 9998)))
def test_find_and_parse_timing(text, year):
    _timing_ok(find_timing(text, year), text)
    parsed = parse_timing(text, year)
    _timing_ok(parsed, text)
    if text.strip():
        assert parsed is not None  # None only for empty input


@_settings("references")
@given(st.one_of(SENTENCES, ITEMS, ARBITRARY), st.one_of(st.none(), st.integers(0, 400)),
       st.one_of(st.none(), SYMBOLS))
def test_extract_references(text, basis_end, own):
    for r in extract_references(text, basis_end=basis_end, own_symbol=own):
        _span_ok(r.char_start, r.char_end, text)
        assert r.relation in ("basis", "self", "cited")
        _date_ok(r.issued_date)
        assert r.year is None or 1000 <= r.year <= 9999
        assert r.mention == text[r.char_start:r.char_end]


@_settings("campaigns")
@given(st.one_of(SENTENCES, QUOTED, ARBITRARY))
def test_extract_campaigns(text):
    for c in extract_campaigns(text):
        _span_ok(c.char_start, c.char_end, text)
        assert c.name.strip() and isinstance(c.name_key, str)


@_settings("units")
@given(st.one_of(UNITS, SENTENCES, ITEMS, ARBITRARY))
def test_split_and_leading_units(text):
    lead, support = split_units(text)
    _units_ok(lead)
    _units_ok(support)
    _units_ok(leading_units(text))


@_settings("header")
@given(st.one_of(plans(), ANY_TEXT))
def test_extract_header(text):
    doc = normalize_text(text)
    h = extract_header(doc)
    _date_ok(h.issued_date)
    assert h.issued_month is None or 1 <= h.issued_month <= 12
    if h.issued_date is not None:
        assert (h.issued_year, h.issued_month) == (h.issued_date.year, h.issued_date.month)
    assert h.number is None or h.number >= 0


@_settings("closing")
@given(st.one_of(plans(), ANY_TEXT))
def test_extract_signer_and_recipients(text):
    doc = normalize_text(text)
    signer = extract_signer(doc)
    assert isinstance(signer, tuple) and len(signer) == 3
    assert all(v is None or (isinstance(v, str) and v.strip()) for v in signer)
    for r in extract_recipients(doc):
        assert isinstance(r.recipient, str) and r.recipient.strip()


# ---------------------------------------------------------------- the whole analysis
def _check_analysis(text: str) -> None:
    doc = normalize_text(text)
    parts = analyze(doc)
    n = len(doc.text)
    for s in parts["sections"]:
        _span_ok(s.char_start, s.char_end, doc.text)
        assert 1 <= s.level <= 5  # 5: "1.1.1." and "(1)" items (SCHEMA documents 1–4)
        if s.parent_id is not None:
            parent = parts["sections"][s.parent_id]
            assert parent.section_id < s.section_id and parent.level < s.level
    for t in parts["tasks"]:
        _span_ok(t.char_start, t.char_end, doc.text)
        _quarter_ok(t.quarter)
        _date_ok(t.deadline)
        _units_ok(t.lead_units)
        _units_ok(t.support_units)
        assert t.origin in ("table", "list")
    for a in parts["assignments"]:
        _span_ok(a.char_start, a.char_end, doc.text)
        _date_ok(a.deadline)
    for r in parts["references"]:
        _span_ok(r.char_start, r.char_end, doc.text)
        _date_ok(r.issued_date)
    for c in parts["campaigns"]:
        _span_ok(c.char_start, c.char_end, doc.text)
    h = parts["header"]
    _date_ok(h.issued_date)
    assert h.plan_year is None or 1 <= h.plan_year <= 9999
    ids = [t.task_id for t in parts["tasks"]]
    assert ids == list(range(len(ids)))
    assert n == len(doc.text)


@_settings("analyze_plans")
@given(plans())
def test_analyze_plan_shaped_documents(text):
    _check_analysis(text)


@_settings("analyze_any")
@given(ANY_TEXT)
def test_analyze_any_text(text):
    _check_analysis(text)


@_settings("arbitrary")
@given(ARBITRARY)
def test_every_extractor_on_arbitrary_unicode(text):
    for m in find_dates(text):
        _span_ok(m.start, m.end, text)
    _timing_ok(find_timing(text), text)
    for r in extract_references(text):
        _span_ok(r.char_start, r.char_end, text)
    for c in extract_campaigns(text):
        _span_ok(c.char_start, c.char_end, text)
    split_units(text)
    leading_units(text)


def test_the_budget_is_ten_thousand_examples():
    assert sum(EXAMPLES_FULL.values()) >= 10_000
