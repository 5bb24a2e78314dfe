"""References: the documents a plan cites, one `Reference` per mention.

A reference is a document named by its số hiệu (three regimes: administrative `14/KH-UBND`,
normative `98/2023/NĐ-CP`, Party `34-CT/TW`) or a law named by its title ("Luật Thi đua, khen
thưởng năm 2022", "Bộ luật Lao động", "Hiến pháp năm 2013"). Around each mention we read, in
this order and only where printed right after it: the issue date ("ngày 13/02/2025"), the issuer
("của UBND tỉnh Lai Châu") and, for laws, the year ("năm 2022").

Nothing is resolved by guessing: an issuer is completed from the caller's context only where one
place fits, and inferred from a symbol only where the code says who issued it (NĐ-CP → Chính
phủ). One inference joins the code and the document's own title: a People's Committee (or
People's Council) symbol cited without its issuer, whose trích yếu governs "trên địa bàn <level>
<Name>" ("Quyết định số 3424/QĐ-UBND … về Ban hành Quy định … trên địa bàn thị xã Mỹ Hào"), is
that unit's own — a committee regulates its own territory, and the code already says the issuer is
a committee, so the title only says which one ("UBND thị xã Mỹ Hào"; a bare "trên địa bàn tỉnh"
or "trên địa bàn toàn tỉnh" is completed from context like a printed "UBND tỉnh"; a committee's
Chỉ thị, CT-UBND, is its Chairman's: "Chủ tịch UBND tỉnh Lai Châu"). Two more join such a code
(UBND, HĐND, BCĐ: a local body, not which one) and the plan's own sentence: "… của huyện" names the
level ("UBND huyện", completed from context), and a clause whose subject is such a body and whose
verb issues the document names the body ("UBND xã đã kiện toàn Tổ công tác (Quyết định số
215/QĐ-UBND …)" → "UBND xã Nga Sơn"; "HĐND huyện đã thông qua Nghị quyết số 45/NQ-HĐND"); a body
that only carries a document out ("triển khai", "thực hiện") says nothing of who issued it.
Otherwise an issuer stays as printed or None.

Patterns come first, named; the code that uses them follows.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors import admin, levels, units
from extractors.doc_kinds import KIND_WORDS
from models.records import Reference
from extractors.textscan import find_all, matches_at
from pipeline.memo import memo
from pipeline.normalize import VI_UPPER

__all__ = ["preload", "complete_from_document_rows", "complete_from_rows", "extract_references", "find_own_plan_caption",
           "mask_footnote_marks", "ministry_name", "normalize_symbol", "normalize_tone_marks", "split_glued_code"]

# =============================================================================================
# Patterns
# =============================================================================================

_SP = r"[ \t\u00a0]"                                   # a space a typist left inside a symbol
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"           # hyphen and the dashes word processors make
_UP = "A-ZĐÐ"                                           # Ð (U+00D0) is a common stand-in for Đ
_VI_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_VI_MARKED = _VI_LOWER[len("a-zđ"):]                    # the lower-case letters with a mark
_VI_UPPER = VI_UPPER
# One code of a symbol: KH, UBND, CTr, TTg, QH15, HĐTĐKT, and a joint body's ĐCTUBTWMTTQVN (13
# letters: "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"). Plausibility (mostly upper case) is
# checked in code; the look-ahead keeps "Bộ" or "Ban" from yielding a one-letter code.
CODE_MAX = 16
# (Ư after the first letter: a central body's TƯ, "1875/KH-BCĐTƯATTP", "12-KH/BCĐTƯ")
# ("&" joins two capitals of one body's code: a ministry's "BNN&PTNT", an office's "PGD&ĐT")
# A body's code a typist split in two at the space between its two fields ("830/PGD ĐT-THCS",
# "28/2016/TT-BGD ĐT", "12/SLĐ TBXH-VL"): only the pairs that abbreviate one field of a body's
# name ("Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội", …) are read as one code.
SPLIT_CODE_HALVES = {"GD": "ĐT", "LĐ": "TBXH", "NN": "PTNT", "VH": "TTDL", "TN": "MT"}
_SPLIT_CODE = "|".join(rf"(?<={a}){_SP}{b}" for a, b in SPLIT_CODE_HALVES.items())
# (a unit's code with its branch in brackets, as the police print theirs: "823/PV11(CS)", "45/PC06(ĐTTP)")
_SEG = rf"[{_UP}](?:[A-Za-zĐđÐƯ0-9]|&(?=[{_UP}])){{0,{CODE_MAX - 1}}}(?:{_SPLIT_CODE}|(?<=\d)\([{_UP}]{{1,6}}\))?(?!\w)"
# A symbol wrapped at the end of a line breaks right after its slash or dash ("Nghị định số
# 98/2023/NĐ-⏎CP", "số 12/⏎KH-UBND", as a PDF's or a typist's line breaks print it), or before
# its slash ("12⏎/KH-UBND": no line of prose opens with a slash). Never before a dash: a line
# opening with "- " is a bullet, and the symbol ended on the line before it.
_SLASH = rf"{_SP}*(?:\n{_SP}*)?/{_SP}*(?:\n{_SP}*)?"
_HYPHEN = rf"{_SP}*{_DASH}{_SP}*(?:\n{_SP}*)?"
# Type codes of a symbol → kind, used when no kind word is printed.
TYPE_CODES = {
    "KH": "Kế hoạch", "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết", "TT": "Thông tư", "TTLT": "Thông tư", "CTR": "Chương trình",
    "HD": "Hướng dẫn", "HDLT": "Hướng dẫn", "TB": "Thông báo", "KL": "Kết luận", "BC": "Báo cáo",
    "TTR": "Tờ trình", "CĐ": "Công điện", "QC": "Quy chế", "ĐA": "Đề án", "PA": "Phương án",
    "VBHN": "Văn bản hợp nhất",
}
# Codes whose capitals are mixed, as a symbol typed in lower case is given back in capitals.
_MIXED_CASE_CODES = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr"}
# A slash a typist put between the type code and the body's code of an administrative symbol, where the hyphen
# goes, often with a space before it ("103/QĐ /BVHTTDL", "45/KH/UBND"): read only after a type code, so that the
# codes read as type and body; the symbol is given its hyphen back.
_PRINTED_TYPE_CODES = sorted({*TYPE_CODES, *(_MIXED_CASE_CODES[k] for k in TYPE_CODES if k in _MIXED_CASE_CODES), "CV"})


def _after_type_code(before: str) -> str:
    """A look-behind: a type code (or a Party Công văn's CV) ends here, one of `before` (a character class) ahead of it."""
    return "(?:" + "|".join(f"(?<={before}{c})" for c in _PRINTED_TYPE_CODES) + ")"


# (and after a joint document's type code, "…LT" or "…PH": "01/QCPH/UBND-UBMTTQ", "05/KHLT/UBND-MTTQ")
_TYPE_SLASH = rf"(?:{_after_type_code('[/ ]')}|(?<=LT|PH)){_SP}*/{_SP}*(?=[{_UP}])"
# A Party symbol whose slash a typist made a dash, with a stray space ("1691- TB-TU", "12-KH-HU"): read only where
# the middle code is a type code and the last a Party committee's (TW, TU, HU, ĐU, TƯ, or a body's code ending in
# one: "BTGTU"), which no administrative symbol's body code is; the symbol is given its slash back.
_PARTY_ORG_CODE = rf"[{_UP}]{{0,10}}(?:TW|TƯ|TU|HU|[ĐÐ]U)(?![\w/\-–])"

# A Party symbol whose hyphen a PDF's text layer or a typist dropped ("20NQ/TW", "05CT/TU"): read only where a
# type code follows the number with no space and a Party committee's code ends it, as no administrative symbol
# reads; the symbol is given its hyphen back.
# (Đảng ủy Khối, Chi bộ, Ban cán sự; Ð, U+00D0, stands in for Đ as in _UP)
GLUED_SYMBOL_ORG = rf"(?:[{_UP}]{{0,10}}(?:TW|TƯ|TU|HU|[ĐÐ]UK?)|CB|BCS[ĐÐ])(?![\w/\-–])"
GLUED_SYMBOL_TYPE = "(?:" + "|".join(sorted(_PRINTED_TYPE_CODES, key=len, reverse=True)) + ")"

# A joint normative text's type code parted from its issuers' codes by a slash, as some were numbered
# ("19/2008/NQLT/CP-UBTUMTTQVN", "183/2010/TTLT/BTC-BNN"): one symbol, read whole (only after a type code
# of a joint text, "…LT", which no issuer's code ends with before a slash).
_JOINT_SLASH = rf"(?:(?<=LT){_SLASH}{_SEG})?"

# … and the Youth Union's committees, whose codes end in ĐTN ("298 KH/TWĐTN", "84 QĐ/TWĐTN", "15KH/HĐTN"): the
# hyphen dropped or made a space, as pages of the Union's texts print them.
_YOUTH_ORG = rf"[{_UP}]{{0,4}}[ĐÐ]TN(?![\w/\-–])"

# A number some texts of one series print with a small letter after it ("Nghị quyết số 30c/NQ-CP", "Nghị quyết
# 30a/2008/NQ-CP"): part of the number.
_NUM_LETTER = "[a-d]?"

# A số hiệu in one of the three regimes; never starts inside a longer token (dates, ranges).
SYMBOL = re.compile(
    rf"""(?:(?<![\w/.\-–])|(?<=[sS]ố))                                      # ("số12/KH-…": no space typed)
    (?:
        (?P<n_num>\d{{1,5}}{_NUM_LETTER}){_SLASH}(?P<n_year>\d{{4}}){_SLASH}    # normative 98/2023/NĐ-CP
            (?P<n_code>{_SEG}{_JOINT_SLASH}(?:{_HYPHEN}{_SEG}){{0,6}})
      | (?P<p_num>\d{{1,5}}){_HYPHEN}(?P<p_type>{_SEG})                          # Party 34-CT/TW
            (?:{_SLASH}(?P<p_org>{_SEG}(?:{_HYPHEN}{_SEG}){{0,2}})
               |{_after_type_code('[-– ]')}{_HYPHEN}(?P<p_dashed>{_PARTY_ORG_CODE}))      # ("1691- TB-TU")
      | (?P<g_num>\d{{1,5}})[ \t]?(?P<g_type>{GLUED_SYMBOL_TYPE}){_SLASH}                 # ("20NQ/TW")
            (?P<g_org>{GLUED_SYMBOL_ORG}|{_YOUTH_ORG})
      | (?P<a_num>\d{{1,5}}{_NUM_LETTER}){_SLASH}                                # administrative 14/KH-UBND
            (?P<a_code>{_SEG}(?:{_TYPE_SLASH}{_SEG})?(?:{_HYPHEN}{_SEG}){{0,6}})     # ("103/QĐ /BVHTTDL")
    )""",
    re.VERBOSE,
)

# KIND_WORDS (extractors.doc_kinds, shared with the header and dates): the words that name a document's
# kind as printed before its số hiệu → canonical kind.
# The kind words as they open a mention in running text ("… và Kế hoạch số …").
_KIND_CAPITALISED = "|".join(sorted((k[0].upper() + re.escape(k[1:]).replace(r"\ ", r"\s+") for k in KIND_WORDS),
                                    key=len, reverse=True))


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternatives as one alternation, those opening with the same letter grouped under it in
    their order ("k(?:ế\\s+hoạch|ết\\s+luận)|…"). A case-blind pattern enters every alternative at
    every place it is tried (only a case-sensitive first letter is refused at once); grouped, a
    search enters one per first letter. Alternatives opening with different letters never match at
    the same place, so the match is the same."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt)
    return "|".join(alts[0] if len(alts) == 1 else f"{first}(?:{'|'.join(a[1:] for a in alts)})"
                    for first, alts in groups.items())


# The kind word right before a symbol: "Kế hoạch số", "Chương trình hành động số", "Chỉ thị",
# "Thông tư liên tịch số:", "Thông báo kết luận số", "Chương trình phối hợp số". Matched at the end of a short window.
KIND_BEFORE = re.compile(
    r"(?<!\w)(?P<kind>" + _by_first_letter(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in KIND_WORDS),
                                                  key=len, reverse=True)) + r")"
    r"(?:\s+(?:liên\s+tịch|liên\s+ngành|hành\s+động|kết\s+luận|phối\s+hợp))?"
    r"(?:\s+số(?:\s+hiệu)?)?\s*:?\s*$",
    re.IGNORECASE,
)
# An ordinance named by its title, then its number ("Pháp lệnh Ưu đãi người có công với cách mạng số
# 02/2020/UBTVQH14", "Pháp lệnh Phòng, chống mại dâm số 10/2003/PL-UBTVQH11"): the title opens in capital
# and holds no number of its own (a slash: the ordinance before it in a list).
NAMED_BEFORE = re.compile(
    rf"(?<!\w)(?P<kind>(?i:pháp)\s+lệnh)\s+(?P<title>[{_VI_UPPER}][^;:\n“”\"()/]{{1,150}}?)\s+số\s*:?\s*$")
NAMED_REACH = 200
# "…, số 16-NQ/TW" / "… và số 16-NQ/TW": a list that carries on the kind of the previous symbol.
LIST_CONTINUES = re.compile(r"(?:,|;|\svà|\shoặc)\s*(?:số\s*:?\s*)?$", re.IGNORECASE)
# A list whose kind and issuer are printed once, at its head ("Căn cứ các Quyết định của UBND tỉnh: số
# 12/QĐ-UBND ngày …; số 45/QĐ-UBND ngày …", "các văn bản của Sở Nội vụ: số …"): every number of it is
# that kind's and that body's. Read where the text before a symbol ends with a colon and "số" (the
# window a kind word is looked for in is too short for the head: HEADED_LIST_REACH).
HEADED_LIST = re.compile(
    rf"(?<!\w)(?:các|những)\s+(?P<kind>(?i:{_KIND_CAPITALISED}))\s+(?:của|do)\s+(?=[{_VI_UPPER}])(?P<issuer>[^:;\n]{{2,120}}?)"
    r"\s*:\s*(?:[-+•–]\s*)?[sS]ố\s*$")
# The same head over documents of several kinds, each printing its own kind word ("các văn bản (chỉ đạo) của
# UBND tỉnh: Kế hoạch số …; Công văn số …"), or of one kind printing it again ("các Quyết định của UBND tỉnh:⏎-
# Quyết định số …"): the issuer only.
HEADED_DOCUMENTS = re.compile(
    rf"(?<!\w)(?:các|những)\s+(?:văn\s+bản(?:\s+(?:chỉ\s+đạo|hướng\s+dẫn|sau))?|{_KIND_CAPITALISED})\s+(?:của|do)\s+"
    rf"(?=[{_VI_UPPER}])"
    r"(?P<issuer>[^:;\n]{2,120}?)\s*:\s*(?:[-+•–]\s*)?$", re.IGNORECASE)
HEADED_LIST_REACH = 160
HEADED_LIST_GAP = 400    # at most this far from one number of such a list to the next (a trích yếu between)
# A headed list may print its numbers as bullet lines under the head ("Căn cứ các Quyết định của UBND tỉnh:⏎- Số
# 12/QĐ-UBND …;⏎- Số 15/QĐ-UBND …"): a line opening with a bullet (and "Số", or the next kind word) is then its
# next item, not a new sentence.
BULLETED_ITEM = re.compile(r"\n[^\S\n]*[-+•–][^\S\n]*(?:[sS]ố[^\S\n]*:?[^\S\n]*)?$")
# Between two numbers of one list whose issuer is printed once, after the last ("các Nghị quyết số
# 57-NQ/TW, 59-NQ/TW và 68-NQ/TW của Bộ Chính trị"): a comma or "và", nothing of their own.
# (or "số" alone, the list's comma left out: "các Chỉ thị số 31-CT/TU ngày 22/01/2020 số 32-CT/TU ngày …")
LIST_GAP = re.compile(r"\s*(?:,\s*(?:và\s+|hoặc\s+)?|\s(?:và|hoặc)\s+|(?<=\s)(?=số\s))(?:số\s*)?")
# Two documents of different kinds joined by "và", the issuer printed once after the second ("Nghị quyết số
# 57-NQ/TW và Kết luận số 123-KL/TW của Bộ Chính trị"): "và" binds the pair under one "của", where a comma
# lists items each complete on its own ("Căn cứ Nghị quyết số 57-NQ/TW, Kết luận số 123-KL/TW của Ban Chấp hành
# Trung ương Đảng;" — the resolution is the Politburo's). Shared only where both symbols name the same kind of
# body by their codes (/TW and /TW, -UBND and -UBND): a code for another body says the "của" is not its own.
# A series closed by that "và" binds the same way ("Nghị quyết số 57-NQ/TW, Kết luận số 80-KL/TW và Kết luận số
# 123-KL/TW của Bộ Chính trị": "A, B và C" is one list, its last item's "của" the whole list's): each item before
# it, parted by a comma and printing nothing of its own, whose codes name the same kind of body (CHAIN_GAP).
PAIR_GAP = re.compile(r"\s+và\s+")
CHAIN_GAP = re.compile(r"\s*,\s*")

# In the Party regime QĐ is both Quyết định and Quy định: no kind without the word.
PARTY_AMBIGUOUS_CODES = {"QĐ"}
# A kind word abbreviated before the number ("NĐ 30/2020/NĐ-CP", "QĐ số 1563/QĐ-UBND", "CV số 45/UBND-VX"): part of
# the mention where it is the symbol's own type code, or "CV" before a Công văn's number (which has no type code).
ABBREVIATED_KINDS = {"NĐ": "Nghị định", "QĐ": "Quyết định", "NQ": "Nghị quyết", "KH": "Kế hoạch", "CT": "Chỉ thị",
                     "TT": "Thông tư", "TB": "Thông báo", "HD": "Hướng dẫn", "CV": "Công văn"}
ABBREVIATED_KIND = re.compile(r"(?<![\w/])(?P<abbr>" + "|".join(ABBREVIATED_KINDS)
                              + r")[^\S\n]*(?:số[^\S\n]*)?:?[^\S\n]*$")
# Numbers that share the symbol's tail printed once, after the last ("các Quyết định số 1563, 1564 và
# 1565/QĐ-UBND", "Nghị quyết số 15, 16-NQ/TU", "QĐ số 7, 8/QĐ-UBND"): each bare number before it is a
# document of that kind whose symbol is the number and that tail. Read only after a kind word or its
# abbreviation: "Điều 1, 2 và 3/…" is none. A number printed with its own year ("Nghị định 100/2019 và
# 123/2021/NĐ-CP") shares only the codes after the last one's year, and keeps its year.
SHARED_TAIL_NUMBERS = re.compile(
    r"(?<!\w)(?:(?P<kind>" + _by_first_letter(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in KIND_WORDS),
                                                     key=len, reverse=True)) + r")"
    r"|(?-i:(?P<abbr>" + "|".join(ABBREVIATED_KINDS) + r")))"
    r"[^\S\n]+(?:số[^\S\n]*:?[^\S\n]*)?(?P<numbers>\d{1,5}(?:/(?:19|20)\d{2})?"
    r"(?:[^\S\n]*,[^\S\n]*\d{1,5}(?:/(?:19|20)\d{2})?)*)"
    r"[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]và[^\S\n]+)$", re.IGNORECASE)
SHARED_TAIL_REACH = 120
# A document of the same kind cited next by its number and year alone ("Nghị định số 100/2019/NĐ-CP
# và Nghị định 123/2021", "Thông tư 12/2020/TT-BYT, Thông tư số 05/2022"): the writer leaves out the
# codes the kind word repeats, which are the first one's (SYMBOL_YEAR_TAIL).
SAME_KIND_NUMBER_YEAR = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)(?P<kind>"
    + _by_first_letter(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in KIND_WORDS), key=len, reverse=True))
    + r")[^\S\n]+(?:số[^\S\n]*:?[^\S\n]*)?(?P<number>\d{1,5}/(?P<year>(?:19|20)\d{2}))(?![/\w-])", re.IGNORECASE)
# The codes after a symbol's year ("123/2021/NĐ-CP" → "/NĐ-CP").
SYMBOL_YEAR_TAIL = re.compile(r"\d+/(?:19|20)\d{2}(/.+)$")

# Issuers a symbol names beyond doubt. A ministry's code after the document's type names it in the
# normative and administrative regimes, save LOCAL_MINISTRY_CODES in the administrative one.
CERTAIN_ISSUER_CODES = {
    ("NĐ", "CP"): "Chính phủ", ("NQ", "CP"): "Chính phủ",
    ("QĐ", "TTG"): "Thủ tướng Chính phủ", ("CT", "TTG"): "Thủ tướng Chính phủ",
    ("CĐ", "TTG"): "Thủ tướng Chính phủ",
}
MINISTRY_CODES = {
    "BNV": "Bộ Nội vụ", "BTC": "Bộ Tài chính", "BYT": "Bộ Y tế", "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BXD": "Bộ Xây dựng",
    "BCT": "Bộ Công Thương", "BGTVT": "Bộ Giao thông vận tải", "BTP": "Bộ Tư pháp",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BNG": "Bộ Ngoại giao", "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    # the other ministerial-level bodies that issue Thông tư
    "VPCP": "Văn phòng Chính phủ", "TTCP": "Thanh tra Chính phủ", "UBDT": "Ủy ban Dân tộc",
}
# Ministry codes a local body also signs with outside the normative regime: `152/KH-BTC` is a contest's
# Ban Tổ chức. The others name their ministry in an administrative symbol too ("1726/QĐ-BTTTT").
LOCAL_MINISTRY_CODES = frozenset({"BTC"})
# A joint text's ministries printed after one "liên Bộ" ("của liên Bộ Giáo dục và Đào tạo, Tài chính, Nội
# vụ", "giữa các Bộ: Y tế - Quốc phòng"): each field is one ministry, read by its name since a field holds
# commas, dashes and "và" of its own ("Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội").
_MINISTRY_FIELDS = sorted((name[3:] for name in MINISTRY_CODES.values() if name.startswith("Bộ ")), key=len, reverse=True)
JOINT_MINISTRIES_OPEN = re.compile(r"\s*,?\s*(?:của\s+(?:liên\s+bộ|các\s+bộ)|giữa(?:\s+(?:liên\s+bộ|các\s+bộ))?)\s*:?\s*",
                                   re.IGNORECASE)
JOINT_MINISTRY_FIELD = re.compile(
    r"(?:bộ\s+)?(" + "|".join(r"\s+".join(map(re.escape, f.split())).replace(r"\-", r"[-–]") for f in _MINISTRY_FIELDS)
    + r")(?!\w)", re.IGNORECASE)
JOINT_MINISTRY_NEXT = re.compile(r"[^\S\n]*(?:,|[-–]|và|;)[^\S\n]*(?!\n)")
_FIELD_NAMES = {" ".join(f.lower().split()): f for f in _MINISTRY_FIELDS}
QUOC_HOI_CODE = re.compile(r"^(?:UBTV)?QH\d{1,2}$")
# A ministry named after "của" / "do" with its capitals or commas left out ("của bộ Giáo dục và Đào tạo", "của
# bộ y tế", "của Bộ Văn hóa thể thao và du lịch"): its words are one ministry's, read whole and given its name.
_MINISTRY_BY_KEY = {tuple(re.findall(r"[^\s,\-–&]+", name.lower())): name
                    for name in MINISTRY_CODES.values() if name.startswith("Bộ ")}
MINISTRY_ANY_CASE = re.compile(
    r"(?:\s*,?\s*(?:của|do)\s+)?(?P<name>" + "|".join(
        r"[\s,\-–]+".join(map(re.escape, key)) for key in sorted(_MINISTRY_BY_KEY, key=len, reverse=True))
    + r")(?!\w)", re.IGNORECASE)
# Central bodies besides ministries that sign joint normative texts, by the code their symbols give them.
NATIONAL_CODES = {
    "CP": "Chính phủ", "UBTWMTTQVN": "Ủy ban Trung ương MTTQ Việt Nam",
    "ĐCTUBTWMTTQVN": "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "TLĐLĐVN": "Tổng Liên đoàn Lao động Việt Nam",
    "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
}

# A date printed after a mention: "ngày 13/02/2025", "ngày 13 tháng 02 năm 2025", "ngày 7-4-2014",
# "vào ngày 12/3/2025" (unless a place follows it, HELD_AT: the day a meeting on the document is held).
# (a site that drops spaces glues the day to its month word: "ngày 12tháng 7 năm 2013")
# (each run of spaces is matched by one quantifier only: "\s*,?\s*" over a long run of spaces tries every split)
# (an OCR'd page without tone marks prints "ngay 12 thang 01 nam 2018")
DATE = (r"(?P<day>\d{1,2})\s*(?:/|-|\.|th[áa]ng(?=\s))\s*(?P<month>\d{1,2})"
        r"\s*(?:/|-|\.|(?<=\s)n[ăa]m(?=\s))\s*(?P<year>\d{4})(?!\d)")
DATE_AFTER = re.compile(
    rf"\s*(?:,\s*)?(?:(?:được\s+)?(?:Quốc\s+hội\s+(?:khóa\s+[IVXL]+\s+)?)?(?:ban\s+hành|ký|thông\s+qua)\s+)?(?P<on>vào\s+)?"
    rf"ng[àa]y\s*(?:ngày\s*)?{DATE}",
    re.IGNORECASE)   # ("ngày ngày 18/12/2020": a word typed twice; "được Quốc hội thông qua ngày …": a law's)
HELD_AT = re.compile(r"\s*,?\s*tại(?!\w)", re.IGNORECASE)
# "năm 2022" (or a bare year) printed right after a law's name.
YEAR_AFTER = re.compile(r"\s+năm\s+(?P<year>\d{4})(?![\d/])", re.IGNORECASE)
LAW_BARE_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d{2})(?![\d/])")       # "Luật Đất đai 2024"
# A year a typist glued to an administrative or Party number after one more slash ("Quyết định số
# 1719/QĐ-TTg/2021", "Nghị quyết số 04-NQ/HNDTW/2023"): the number has no year of its own (the
# normative regime prints its year before the code), so the slash adds it.
SYMBOL_YEAR_AFTER = re.compile(r"/(?P<year>(?:19|20)\d{2})(?![\w/\-–]|\.\d)")
# "của …" / "do …" introducing the issuer; the issuer itself starts with a capital.
# (an office's kind word typed in small letters before its capitalised name, "của phòng GD&ĐT Phong Điền",
# "của sở Y tế", opens it all the same)
# (a trích yếu set in title case capitalises it: "… ngày 06/9/2023⏎Của Ban Thường vụ Tỉnh ủy về …")
ISSUER_AFTER = re.compile(rf"\s*,?\s*(?:[cC]ủa|do)\s+(?=[{_VI_UPPER}]|(?:phòng|sở|trường)[^\S\n]+[{_VI_UPPER}])")
# The mention's kind printed again after its date, before its issuer ("Nghị quyết số 41/NQ-ĐU, ngày 25/12/2018
# Nghị quyết của Ban chấp hành Đảng ủy về …").
KIND_AGAIN = re.compile(rf"[^\S\n]*(?P<kind>{_KIND_CAPITALISED})(?=\s+(?:của|do)\s)")
# … and after a capital "CỦA" / "DO", in a trích yếu set in capitals ("KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 05-NQ/HU
# NGÀY 10/01/2025 CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ …"): the issuer is read in lower case and given back the
# capitals of its name (_caps_issuer).
CAPS_ISSUER_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:CỦA|DO)[^\S\n]+(?=[{_VI_UPPER}])")
# A joint text names its parties after "giữa" ("Quy chế phối hợp số 02/QCPH-MTTQ-UBND ngày 05/01/2025 giữa Ủy ban
# MTTQ Việt Nam xã và UBND xã"): the first is read there, the others as after "của" (_joint_issuers).
JOINT_BETWEEN = re.compile(rf"\s*,?\s*giữa\s+(?=[{_VI_UPPER}])")
# Words that open a trích yếu printed after a mention ("… ngày 13/8/2024 về Ban hành Quy định …").
# ("các tổ chức" is a noun, in a body's name: "Liên hiệp các tổ chức hữu nghị tỉnh X")
_TITLE_OPENERS = r"về|quy\s+định|ban\s+hành|hướng\s+dẫn|thực\s+hiện|triển\s+khai|phê\s+duyệt|(?<!các\s)tổ\s+chức"
# Verbs that open an amending or organizing trích yếu ("… của Chính phủ sửa đổi, bổ sung …", "… của
# UBND tỉnh kiện toàn Ban Chỉ đạo …", a consolidated text's "… của Bộ Tài chính hợp nhất Thông tư …"): no
# body's name holds them in lower case.
# A council's resolution opens its own with "quyết định" in small letters ("Nghị quyết số 35/NQ-HĐND ngày
# 08/12/2017 quyết định dự toán …", "… phê chuẩn …"): the verb, never the kind word, which a capital or its
# number would follow.
_AMENDING_OPENERS = (r"sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|thay\s+thế|điều\s+chỉnh|kiện\s+toàn|thành\s+lập|công\s+bố|phát\s+động"
                     r"|hợp\s+nhất|(?-i:quyết\s+định|phê\s+chuẩn)(?![^\S\n]*(?:số|:|\d)|[^\S\n]+của(?!\w))")
# Where a printed issuer ends: a verb or preposition starting the trích yếu, punctuation, a date,
# the edge of a table cell (a tab: pipeline.extract.cells_apart). "số" ends it before the number of
# its document ("của UBND huyện số 12/UBND-VX") or a verb ("số hóa"), not after a field it names
# ("Ban Chỉ đạo chuyển đổi số tỉnh", "Cục Kinh tế số", "chính quyền số").
# One office serves two bodies and is named for both ("Văn phòng HĐND và UBND phường", "Văn phòng Đoàn
# ĐBQH và HĐND tỉnh"): its "và" goes on. (Looked behind only once "và" has matched; normalized text
# has one space between words.)
_OFFICE_OF_TWO = "".join(f"(?<!{re.escape(body)} và )" for body in (
    "Văn phòng HĐND", "Văn phòng Hội đồng nhân dân", "VP HĐND", "Văn phòng Đoàn ĐBQH",
    "Văn phòng Đoàn đại biểu Quốc hội"))
ISSUER_STOP = re.compile(
    rf"\s+(?:{_TITLE_OPENERS}|{_AMENDING_OPENERS}"
    r"|trong|trên(?!\s+địa\s+bàn)|nhằm|đối\s+với|tại|theo|gắn\s+với|để|với|đến|giai\s+đoạn|ngày|năm\s+\d+"
    # (a clause after the mention: "… của Thủ tướng Chính phủ đạt từ 90 điểm trở lên", "… là căn cứ")
    r"|đã|được|đạt|là|khóa|khoá|nhiệm\s+kỳ|cũ|như\s+sau)(?!\w)"   # (… "của Tỉnh ủy như sau:": the plan's own lead-in)
    # (a trích yếu opened in capitals with no "về" before it: "… của Chủ tịch UBND tỉnh Ban hành Kế
    # hoạch …", "… của Phòng GDĐT Núi Thành V/v Hướng dẫn …", an amending one "… của Bộ trưởng Bộ Y tế
    # Sửa đổi, bổ sung …", no body's name holding those verbs; "Tổ chức" may be a body's own word)
    r"|\s+(?:Ban\s+hành|Phê\s+duyệt|Hướng\s+dẫn|Thực\s+hiện|Triển\s+khai|Quy\s+định|Về\s+việc|[Vv]/[Vv]"
    r"|Sửa\s+đổi|Bổ\s+sung|Bãi\s+bỏ|Thay\s+thế|Điều\s+chỉnh)(?!\w)"
    # the means a task's text goes on with after the document it cites ("… của Chính phủ bằng tiếng Mông
    # trên hệ thống truyền thanh", "… thông qua các buổi sinh hoạt"); "đồng bằng", "văn bằng" are words
    r"|(?<!đồng)(?<!Đồng)(?<!văn)(?<!công)\s+(?:bằng|thông\s+qua)(?!\w)"
    r"|\s+số(?=\s*[\d:]|\s+h(?:óa|oá)(?!\w))"
    r"|(?<!đổi)(?<!tế)(?<!quyền)(?<!phủ)(?<!hội)(?<!nghệ)(?<!tầng)(?<!tảng)(?<!liệu)\s+số(?!\w)"
    rf"|\s+và\s+{_OFFICE_OF_TWO}(?=[{_VI_LOWER}]|(?:Bộ|Ủy|Uỷ|UBND|HĐND|Sở|Ban|Hội|Chủ|Thủ|Chính|Tỉnh|Thành|Văn)(?!\w)"
    # (the mass organizations and Party committees that sign joint texts with a committee: "của Ủy ban MTTQ Việt
    # Nam xã và Đoàn Thanh niên xã"; not "Khoa học và Công nghệ", a field of one body's name)
    r"|(?:Đoàn|Huyện\s+(?:ủy|uỷ|đoàn)|Đảng\s+(?:ủy|uỷ|bộ)|Công\s+(?:an|đoàn)|Liên\s+(?:đoàn|minh)|Mặt\s+trận)(?!\w)"
    rf"|(?:{_KIND_CAPITALISED})(?!\w))"  # (the next document: "của UBND xã A và Kế hoạch số …")
    # (the next document named with its number right after, its "và" left out: "… của Chính phủ Chương trình
    # hành động số 23-CTr/TU …")
    rf"|\s+(?=(?:{_KIND_CAPITALISED})(?:\s+[{_VI_LOWER}]+){{0,2}}\s+số\s*:?\s*\d)"
    # (the body's role in apposition after a dash: "… của UBND tỉnh Hà Giang - Trưởng nhóm chương trình …",
    # "… - Cơ quan thường trực Ban Chỉ đạo")
    r"|\s+[-–]\s+(?=(?:Trưởng|Phó|Cơ\s+quan|Thường\s+trực|Chủ\s+tịch)\s)"
    rf"|\s+-\s+(?=[{_VI_LOWER}])|[^\S\t\n]*(?:[,;:()\[\]“”\"«»\n\t]|\.(?!(?<=\bT[PpXx]\.)[^\S\n]*[{_VI_UPPER}]))"
)  # (the dot of "UBND TP. Huế" goes on)
ISSUER_MAX_WORDS = 15
# ISSUER_STOP reads on over "số" after "Chính phủ" (a body named for the digital government it builds), but the
# Government itself, or its Prime Minister, is never named so: "của Thủ tướng Chính phủ số về việc …" holds a
# stray "số", no part of the issuer, and the trích yếu opens after it.
GOVERNMENT_STRAY_NUMBER = re.compile(r"(?P<who>(?:Phó\s+)?(?:Thủ\s+tướng\s+)?Chính\s+phủ)\s+số")
# The short form a plan defines for a body as it names it first, in parentheses inside the name
# ("của Ủy ban nhân dân (UBND) tỉnh Quảng Nam", "của Sở Giáo dục và Đào tạo (GDĐT) về …"): no part
# of the name, which goes on after it.
ABBREVIATION_NOTE = re.compile(r"(?<=\w)[^\S\n]*\([A-ZĐ][A-ZĐ&]{1,9}\)")
# Since the units were merged (July 2025) a plan cites the documents of a unit that is gone and marks
# it so after its name: "của UBND huyện Vị Xuyên (cũ) về …", "… tỉnh Đắk Nông cũ", "(trước sắp xếp)",
# "(nay là xã …)". The mark is no part of the issuer, and the trích yếu opens after it.
FORMER_UNIT_NOTE = re.compile(
    r"[^\S\n]*(?:\([^\S\n]*(?i:cũ|trước|nay)(?!\w)[^()\n]{0,60}\)|(?i:cũ)(?!\w))")
# A Party central document (a "/TW" symbol) is at times cited with its body right after the date and
# no "của" ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 Bộ Chính trị về …", "… ngày 12/4/2025 Hội nghị
# lần thứ mười một Ban Chấp hành Trung ương Đảng"): only a central Party body may stand there, which
# no clause of a local plan opens with.
CENTRAL_PARTY_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?=(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương"
    r"|Hội\s+nghị\s+(?:lần\s+thứ|Trung\s+ương))(?!\w))")
# The term of the body after its name ("… Ban Chấp hành Trung ương Đảng khóa XII", "Quốc hội khóa XV",
# "(khóa XIII)", ", nhiệm kỳ 2020 - 2025") ends the issuer; the trích yếu opens after it.
TERM_NOTE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:\([^\S\n]*)?(?:(?i:kh(?:óa|oá))[^\S\n]+[IVXL]{1,6}(?!\w)"
                       r"|(?i:nhiệm\s+kỳ)[^\S\n]+\d{4}[^\S\n]*[-–][^\S\n]*\d{4}(?!\d))(?:[^\S\n]*\))?")
_TERM_AT_END = re.compile(TERM_NOTE.pattern + r"$")
# "… của Thủ tướng Chính phủ trên địa bàn huyện": the area a cited document is carried out in, after
# its issuer; only a body named for its purposes may hold it ("Ban Chỉ đạo … trên địa bàn huyện"),
# which is why ISSUER_STOP's "trên" ("… Trung ương trên Cổng thông tin …") leaves "trên địa bàn" here
ON_AREA = re.compile(r"\s+trên\s+địa\s+bàn(?!\w)")
# A body named for its fields ("Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Văn hóa, Thông tin và
# Thể thao", "Bộ Văn hóa, Thể thao và Du lịch"): the comma is its own when a field of one or two
# words and "và" another capitalised field follow it, and the name opens with such a body.
FIELD_COMMA = re.compile(
    rf"[^\S\n]*,[^\S\n]+[{_VI_UPPER}][{_VI_LOWER}]+(?:[^\S\n]+[{_VI_LOWER}]+)?[^\S\n]+và[^\S\n]+[{_VI_UPPER}]")
FIELD_BODY = re.compile(r"(?:(?:Bộ\s+trưởng|Giám\s+đốc|Trưởng)\s+)?(?:Bộ|Sở|Phòng|Trung\s+tâm|Cục|Chi\s+cục|Vụ|Viện)\s")
# … and such a body's first field right before a comma, inside a trích yếu that names it
FIELD_NAME_BEFORE = re.compile(
    rf"(?<!\w)(?:Bộ|Sở|Phòng|Trung[^\S\n]+tâm|Cục|Chi[^\S\n]+cục|Vụ|Viện)[^\S\n]+[{_VI_UPPER}][{_VI_LOWER}]+"
    rf"(?:[^\S\n]+[{_VI_LOWER}]+)?$")
# A body named for its purposes lists them in lower case, with a comma and a "và" of its own ("Ban
# Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả", "Ban Chỉ huy phòng, chống
# thiên tai và tìm kiếm cứu nạn tỉnh"): the comma goes on when such a list reaches its "và"
# (a comma before "các …" / "những …" opens the next party, not a purpose).
PURPOSE_BODY = re.compile(r"Ban\s+Chỉ\s+(?:đạo|huy)\s")
_SPACE = r"\s+"
_LEVEL_ALT = levels.alternation(space=_SPACE)   # any level word, as printed
PURPOSE_COMMA = re.compile(
    rf"[^\S\n]*,[^\S\n]+(?!(?:các|những|mọi)\s)[{_VI_LOWER}]+(?:[^\S\n]+[{_VI_LOWER}]+){{0,4}}?"
    rf"[^\S\n]+và[^\S\n]+(?=[{_VI_LOWER}])")
# … and the comma of "phòng, chống" (one verb, "prevent and combat", in any case: "Ban Chỉ huy Phòng,
# chống thiên tai và Tìm kiếm cứu nạn") goes on whatever follows; so does a comma before its last
# purpose when that purpose reaches the body's level word ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu
# cực tỉnh"; "xã hội" is no level word).
PAIRED_VERB = re.compile(r"[^\S\n]*,[^\S\n]*(?=[cC]hống(?!\w))")
# Other fields an organ's name pairs the same way ("Hội đồng phối hợp phổ biến, giáo dục pháp luật",
# "Hội đồng thi đua, khen thưởng", "Ban Chỉ huy cứu hộ, cứu nạn"): first word(s) → what follows the comma.
PAIRED_FIELDS = {"phòng": "chống", "phổ biến": "giáo dục", "thi đua": "khen thưởng", "cứu hộ": "cứu nạn",
                 "tìm kiếm": "cứu nạn", "kiểm tra": "giám sát"}
_PAIRED_FIRST = re.compile(r"(?<!\w)(?:" + "|".join(PAIRED_FIELDS) + r")$", re.IGNORECASE)
_PAIRED_SECOND = {first: re.compile(rf"[^\S\n]*,[^\S\n]*(?i:{second})(?!\w)".replace(" ", r"[^\S\n]+"))
                  for first, second in PAIRED_FIELDS.items()}
# Bodies other than a Ban Chỉ đạo / Chỉ huy named for their work in lower-case words ("Hội đồng phối hợp
# phổ biến, giáo dục pháp luật tỉnh", "Hội đồng thi đua, khen thưởng huyện", "Ban vì sự tiến bộ của phụ nữ",
# "Tổ công tác …"): their commas go on as a PURPOSE_BODY's do. (A capitalised field, "Sở Y tế", is a
# field of FIELD_BODY, and after such a body a comma opens the next issuer: "của Bộ Y tế, Bộ Công an".)
FIELD_NAMED_BODY = re.compile(
    r"(?:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in
                              units.PURPOSE_HEADS + units.FIELD_NAMED_HEADS),
                             key=len, reverse=True))
    + rf")(?=[^\S\n]*,?[^\S\n]+[{_VI_LOWER}])")
# (a place after a preposition is where the plan's own clause acts: "…, tuyên truyền tới xã X")
_PURPOSE_WORD = rf"(?!(?:trên|địa|bàn|của|cho|tới|đến|với|tại|ở|trong|từ|về)(?!\w))[{_VI_LOWER}]+"
PURPOSE_LAST = re.compile(
    rf"[^\S\n]*,[^\S\n]+(?!(?:các|những|mọi)\s){_PURPOSE_WORD}(?:[^\S\n]+{_PURPOSE_WORD}){{0,4}}?[^\S\n]+"
    rf"(?=(?:{_LEVEL_ALT})(?!\w)(?![^\S\n]+hội(?!\w))|(?:Trung\s+ương|quốc\s+gia)(?!\w))")
# A long list of purposes ending at the body's level and place is a name, however many its words
# ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh
# Tổ quốc huyện").
PURPOSES_PLACED = re.compile(
    rf"(?<!\w)(?:{_LEVEL_ALT})"
    rf"(?:[^\S\n]+[{_VI_UPPER}][{_VI_LOWER}]*){{0,4}}[^\S\n]*$")
# Such a body may name its field after "về" ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà
# Tĩnh", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"): that "về" is its own when a few
# lower-case words after it reach the body's level and place, and the trích yếu's "về" comes after
# them. A "về việc …", or words that reach a place only through "trên địa bàn", open the title.
PURPOSE_ABOUT = re.compile(r"\s+về$")
_FIELD_TO_PLACE = (rf"[^\S\n]+(?!việc\s)(?:(?!trên\s|địa\s|bàn\s|của\s)[{_VI_LOWER}]+[^\S\n]+){{1,8}}?"
                   rf"(?:{_LEVEL_ALT})[^\S\n]+[{_VI_UPPER}][{_VI_LOWER}]*"
                   rf"(?:[^\S\n]+[{_VI_UPPER}][{_VI_LOWER}]*){{0,3}}")
PURPOSE_FIELD = re.compile(_FIELD_TO_PLACE + r"(?=\s+về\s)")
# A central body has no place to reach ("Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm về
# bảo đảm …", "Ban Chỉ đạo quốc gia về phòng, chống dịch về …"): its "về" field is its own when the
# field's lower-case words run up to a second "về", which opens the trích yếu. A field may list several
# ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về
# triển khai …": fourteen words), and the whole name may then pass ISSUER_MAX_WORDS.
CENTRAL_LAST = re.compile(r"(?:Trung\s+ương|quốc\s+gia|Chính\s+phủ)$")
# (the verbs that open a clause, its doer named before them: the predicates a unit's name ends before,
# extractors.units, but the words that open an adverbial phrase, "theo", "để", "nhằm", …; a predicate that
# says when or how ("định kỳ", "hằng năm", "thường xuyên") opens one only before a verb, "CSGT huyện thường
# xuyên tuần tra": it may close a title's noun, "… công tác PCCC, CNCH định kỳ năm 2025")
_CLAUSE_MANNERS = frozenset({"định kỳ", "hằng năm", "hàng năm", "thường xuyên", "kịp thời", "tích cực", "nghiêm túc",
                             "trực tiếp", "gương mẫu"})


def _words_alternation(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


_CLAUSE_VERB = (rf"(?:(?:{_words_alternation(_CLAUSE_MANNERS)})\s+)?(?:" + _words_alternation(
    {*units.PREDICATES, *units.WEAK_PREDICATES, "đề ra"} - {*units.ADVERBIAL_OPENERS} - _CLAUSE_MANNERS) + r")(?!\w)")
# A national committee named for its field after "về" ("Ủy ban Quốc gia về chuyển đổi số", "Ủy ban Quốc gia
# về người cao tuổi"): the field's lower-case words are the name's, up to the verb or word that opens the
# trích yếu ("… chuyển đổi số ban hành Quy chế …", "… về người cao tuổi về việc …", "… chuyển đổi số
# triển khai …").
NATIONAL_COMMITTEE = re.compile(r"(?:Ủy|Uỷ|ủy|uỷ)\s+ban\s+[Qq]uốc\s+gia$")
NATIONAL_FIELD = re.compile(
    rf"(?:[^\S\n]+(?!(?:ban|phê|quy|hướng|về|của|tại|trên|năm|giai|nhằm|để|việc)(?!\w)|{_CLAUSE_VERB})"
    rf"[{_VI_LOWER}]+){{1,6}}"
    r"(?:[^\S\n]+Việt[^\S\n]+Nam(?!\w))?")
CENTRAL_FIELD = re.compile(
    rf"[^\S\n]+(?!việc\s)(?:(?!trên\s|địa\s|bàn\s|của\s|về\s)[{_VI_LOWER}]+,?[^\S\n]+){{1,14}}?(?=về\s)")
# The Party's Politburo and Secretariat issue conclusions and regulations together ("Kết luận số
# 137-KL/TW … của Bộ Chính trị, Ban Bí thư"): the second body is an issuer too, not the next clause.
# (either may be written in full first: "Ban Bí thư Trung ương Đảng, Bộ Chính trị")
CENTRAL_PARTY_BODY = re.compile(r"(Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?:\s+Trung\s+ương(?:\s+Đảng)?)?")
JOINT_CENTRAL_BODY = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*(Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?!\s+Trung\s+ương\s+Đoàn)"
                                r"(?:\s+Trung\s+ương(?:\s+Đảng)?)?(?![^\W\d_])")
# An office alone is half an issuer: "của Chủ tịch" wrapped before its body ("…của Chủ tịch⏎UBND
# thành phố", as a table cell flattened line by line prints it) goes on to the next line when that
# line opens with a body. A complete body ending a line ("của UBND quận⏎UBND các phường") does not:
# the next line may be the next cell.
OFFICE_ONLY = re.compile(r"(?:Phó\s+)?(?:Chủ\s+tịch|Bộ\s+trưởng|Giám\s+đốc|Trưởng\s+ban|Chủ\s+nhiệm|Thủ\s+trưởng)")
BODY_OPENING = re.compile(r"[^\S\n]*\n\s*(?=(?:UBND|HĐND|[UỦ][yỷ]\s+ban|Hội\s+đồng|Sở|Bộ|Ban|Văn\s+phòng)(?!\w))")
# So is a collective organ named without the committee it is the organ of ("của Ban Chấp hành⏎Trung ương Đảng
# khóa XIII", "của Ban Thường vụ⏎Huyện ủy", "của Thường trực⏎HĐND tỉnh", as a hard-wrapped text prints it), and
# a people's committee or council named without its level ("của Ủy ban nhân dân⏎Tỉnh Nghệ An"): the next line
# goes on when it opens with what completes that name (a Party committee, the Centre, a mass organization; a
# level word).
ORGAN_ONLY = re.compile(r"Ban\s+(?:Thường\s+vụ|Chấp\s+hành)|(?:Ban\s+)?Thường\s+trực")
ORGAN_REST_OPENING = re.compile(
    r"[^\S\n]*\n\s*(?=(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủUỦ][yỷ]|Đảng\s+bộ|Trung\s+ương|UBND|HĐND"
    r"|Hội(?!\s+nghị)|Đoàn(?!\s+(?:kiểm|công|giám|thanh))|Liên\s+đoàn|Công\s+đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn"
    r"|[UỦ][yỷ]\s+ban\s+Mặt\s+trận|Mặt\s+trận)(?!\w))")
COMMITTEE_ONLY = re.compile(r"UBND|HĐND|[UỦ][yỷ]\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân", re.IGNORECASE)
LEVEL_OPENING = re.compile(rf"[^\S\n]*\n\s*(?=(?i:{_LEVEL_ALT})(?!\w))")
# A hard wrap may fall between the two words of one word of a body's name ("của Ban⏎Thường vụ Huyện ủy", "Ban
# Thường⏎vụ", "Tỉnh⏎ủy", "Ban Bí⏎thư", "Ủy⏎ban nhân dân"): a name does not end on the first of such a pair,
# and the next line opens with its second. The first word's folded form → the second words it takes.
_SPLIT_PAIRS = {"ban": None, "thường": ("vụ", "trực"), "chấp": ("hành",), "bí": ("thư",), "chỉ": ("đạo", "huy"),
                "ủy": ("ban",), "uỷ": ("ban",), "nhân": ("dân",), "mặt": ("trận",), "hội": ("đồng",),
                "chính": ("phủ", "trị")} | {w: ("ủy", "uỷ", "đoàn", "bộ") for w in ("tỉnh", "thành", "huyện", "quận",
                                                                                       "thị", "đảng")}
SPLIT_FIRST = re.compile(r"(?<!\S)(?i:ban|thường|chấp|bí|chỉ|[uủ][yỷ]|nhân|mặt|hội|chính|tỉnh|thành|huyện|quận|thị"
                         r"|đảng)$")
# … the second word at the head of the next line (lower case: a wrap inside a word pair; "Ban" alone takes any
# word of a name, capitalised, as "Ban⏎Thường vụ" and "Ban⏎Chỉ đạo" print it)
SPLIT_REST = re.compile(r"[^\S\n]*\n[^\S\n]*(?P<word>[^\W\d_]+)(?!\w)")

# Level words printed abbreviated before a unit's name → the word: "TP. Huế", "TP Hồ Chí Minh",
# "Tp. Vinh", "TX. Mỹ Hào", "Q. Ba Đình", "Q.1", "H. Bình Gia". "Q." and "H." are read only where a
# unit must stand ("trên địa bàn H. Bình Gia"): elsewhere a capital and a dot is as likely a
# person's initial.
LEVEL_ABBREVIATIONS = {a: lv.printed for lv in levels.LEXICON for a in (*lv.abbreviations, lv.initial) if a}
_TWO_LETTERS = [a for lv in levels.LEXICON for a in lv.abbreviations]
_PRINTED_ABBREVIATIONS = ([a.upper() for a in _TWO_LETTERS] + [a.capitalize() for a in _TWO_LETTERS]
                          + [lv.initial.upper() for lv in levels.LEXICON if lv.initial])
# The two-letter ones stand alone or with a dot; "Tp", "Tx" and the one-letter ones need the dot.
ABBREVIATED_LEVEL = rf"(?P<abbr>{'|'.join(_PRINTED_ABBREVIATIONS)})(?:\.[^\S\n]*|(?<=[A-Z]{{2}})[^\S\n]+)"

# ---- A joint document ("liên tịch": NQLT, TTLT, KHLT, HDLT) names one issuer per code of its symbol
# (so does a text of coordination, "phối hợp": "01/CTrPH-UBND-CA", "02/QCPH-MTTQ-UBND")
JOINT_TYPE = re.compile(r"(?:LT|PH)$", re.IGNORECASE)
JOINT_NEXT = re.compile(rf"[^\S\n]*(?:,|;|\svà)[^\S\n]*(?=[{_VI_UPPER}])")
JOINT_NEXT_MINISTRY = re.compile(r"[^\S\n]*(?:,|;|\svà)[^\S\n]*(?=bộ\s)")   # (in small letters)

# ---- Who proposed it ("Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 45/TTr-PNV") -------
# A decision's preamble names the proposer right before the proposal's number. The proposal is the
# office's, signed by its head, so the head's title gives way to the office: "Trưởng phòng Quản lý
# đô thị quận" → "Phòng Quản lý đô thị quận", "Giám đốc Sở Tài chính" → "Sở Tài chính", "Chánh
# Văn phòng UBND tỉnh" → "Văn phòng UBND tỉnh", "Trưởng Công an huyện" → "Công an huyện".
# (or with no proposal said, the body whose document it is: "… hướng dẫn … của Sở Giáo dục và Đào tạo tại
# Công văn số 1555/SGDĐT-GDTrH …")
# (a hard-wrapped preamble may break the office's name: "… của Giám đốc Sở⏎Nông nghiệp và Phát triển
# nông thôn tại Tờ trình số …"; a line that opens an item or a ground is no part of it)
# (the office's role may stand between its name and "tại", in brackets or after a dash: "của Sở Nông nghiệp và
# PTNT (Cơ quan Thường trực Ban Chỉ huy …) tại Tờ trình số …", "của Sở Kế hoạch và Đầu tư - cơ quan thường trực
# … tại Tờ trình số …"; a "Phòng, chống" inside a committee's name is no stop: "Ban Chỉ huy Phòng, chống thiên tai")
# (the proposal's "của" left out: "Theo đề nghị Chi nhánh Ngân hàng Chính sách xã hội tỉnh tại Tờ trình số …")
PROPOSER = re.compile(r"(?:(?i:theo|xét)\s+(?i:đề\s+nghị)\s+(?:của\s+)?(?=[A-ZĐ])|(?<!\w)của\s+)"
                      r"(?P<who>(?:(?!của\s)(?:[^,;:.()\n]"
                      r"|,(?=[^\S\n]*(?i:chống)\s)"
                      r"|\n(?![^\S\n]*(?:[-+•*–]|\d{1,3}[.)]|[IVX]{1,4}\.|(?i:căn\s+cứ|xét|theo)(?!\w))))){3,120}?)"
                      r"(?:\s*\([^()]{3,200}\)|\s+[-–][^\S\n]*(?i:cơ\s+quan|thường\s+trực)\s[^;:.()]{3,200}?)?"
                      r"\s+tại\s*$")
HEAD_TITLE = re.compile(r"(?:Phó\s+)?(?:Giám\s+đốc|Chánh|Chỉ\s+huy\s+trưởng|Trưởng)\s+(?=\w)")
OFFICE_KIND = re.compile(r"(phòng|ban)(?!\w)")   # "Trưởng phòng Nội vụ": the office's kind, lower case

# ---- The unit a committee's document governs ("trên địa bàn thị xã Mỹ Hào") ------------------
# Organ codes of the bodies whose document "on the territory of X" is X's own (also their short name).
TERRITORY_ORGANS = frozenset({"UBND", "HĐND"})
# A committee's Chỉ thị is its Chairman's, who signs it ("Chỉ thị số 19/CT-UBND … của Chủ tịch UBND
# thành phố Hà Nội"): (type code, organ code) → the issuer's short name when it is not the organ.
CHAIRMAN = "Chủ tịch "
ORGAN_ISSUERS = {("CT", "UBND"): CHAIRMAN + "UBND"}
# A trích yếu opens right after the mention's tail: "về"/"V/v" (a comma may come first, as in
# "…, về"), or one of the verbs that open one. Anything else (", các đơn vị triển khai …") is the
# plan's own sentence going on, not the cited document's title.
# An amending or organizing verb opens one too ("… của Chính phủ sửa đổi, bổ sung …"), and after a
# comma so do the verbs no sentence of the plan opens with once its subject is left out ("Quyết định số
# 1234/QĐ-UBND ngày 12/3/2025, phê duyệt Đề án …"); ", triển khai …" or ", thực hiện …" may be the plan's.
# (a verb in the next cell of a table, across its tab, opens that cell: "12/2019/TT-BNV⇥Thay thế …"
# is a listing's remark, not the title)
TITLE_OPENING = re.compile(rf"\s*(?:,\s*)?(?P<paren>\([^\S\n]*)?(?:về|v/v)(?!\w)|[^\S\t]+(?:{_TITLE_OPENERS}|{_AMENDING_OPENERS})(?!\w)"
                           rf"|\s*,\s*(?:phê\s+duyệt|ban\s+hành|quy\s+định|hướng\s+dẫn|{_AMENDING_OPENERS})(?!\w)",
                           re.IGNORECASE)
# Where that title ends: a line or a table cell, a clause or sentence break (not the dot of an
# abbreviated level word: "TP. Vinh", and "Q. 3" or "H. Bảo Lâm" right after "trên địa bàn", where
# it cannot be a person's initial, "… ông Nguyễn Văn H."), a parenthesis, a new clause of the plan
# ("…, UBND xã xây dựng …", "…, các thôn đã tự kiểm tra …": a trích yếu lists its objects without
# a "các" after its commas), a purpose clause that is the plan's ("… nhằm …", "… để …") or the words
# by which the plan goes on to its own content or grounds (PLAN_CLOSING: "…, cụ thể như sau", "… với
# các nội dung sau", "… và tình hình thực tế của địa phương"), which no trích yếu holds; so does the
# note that a later document amended the cited one ("…, được sửa đổi, bổ sung bởi Nghị định số …":
# that document is the next mention, not part of this one's title).
_PLAN_CLOSING = (r"(?:cụ\s+thể\s+)?như\s+sau|với\s+(?:các|những)\s+nội\s+dung"
                 r"|và\s+(?:căn\s+cứ\s+)?(?:tình\s+hình|điều\s+kiện)\s+thực\s+tế")
# (a comma between two words in capitals goes on: a trích yếu set in capitals, "… CỨU NẠN, CỨU HỘ …", or a
# list of abbreviations, "… đối với GDMN, GDPT và GDTX"; a document the title's subject was set out in,
# "… chữa cháy tại Thông báo số 319/TB-VPCP", is the next mention)
_CAPS_WORD = rf"[{_VI_UPPER}]{{2}}"
# (… but never into a body's code, which opens the plan's own clause: "… công tác PCCC, UBND xã triển khai …",
# nor into an abbreviation the clause's verb follows, maybe after its level word, the clause's doer: "… đối với
# GDMN, THCS chủ động …", "… TTATGT, CSGT huyện phối hợp …"; any other is listed in the title: "… PCCC, CNCH năm
# 2025", "… các trường THPT, THCS trên địa bàn tỉnh", "… CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ …")
_CAPS_TOKEN = rf"[{_VI_UPPER}][{_VI_UPPER}\d&/\-]+(?![^\W\d_])"
_BODY_CODE = r"(?:UBND|HĐND|UBMTTQ|MTTQ|BCĐ|BCH|BTV|BQL|BTC|ĐU|HU|TU)(?![^\W\d_])"
_CAPS_GO_ON = (rf"(?!{_BODY_CODE}){_CAPS_TOKEN}"
               rf"(?![^\S\n]+(?:(?:{_LEVEL_ALT})[^\S\n]+)?{_CLAUSE_VERB})")
_KIND_ALTERNATION = "|".join(r"\s+".join(k.split()) for k in KIND_WORDS)
_AT_DOCUMENT = rf"tại\s+(?:{_KIND_ALTERNATION})\s+(?:số|\d)"
TITLE_END = re.compile(
    rf"[\n\t;:(\[]|[!?](?=\s|$)|\.(?<!\bT[PpXx]\.)(?<!bàn [QH]\.)(?<!toàn [QH]\.)(?=\s|$)"
    rf"|(?<!{_CAPS_WORD}),\s*(?=[{_VI_UPPER}]|(?i:cụ\s+thể)(?!\w)|(?:các|những|mọi)\s)"
    rf"|(?<={_CAPS_WORD}),\s*(?=[{_VI_UPPER}]|(?i:cụ\s+thể)(?!\w)|(?:các|những|mọi)\s)(?!{_CAPS_GO_ON})"
    rf"|\s(?i:nhằm|để|thì|đã|đồng\s+thời|góp\s+phần|và\s+các\s+văn\s+bản|{_PLAN_CLOSING}|{_AT_DOCUMENT}"
    # a web page's link after the document it cites ("… giáo dục thường xuyên - Xem tại đây")
    r"|(?:[-–]\s+)?xem\s+(?:tại\s+đây|chi\s+tiết|toàn\s+văn)"
    r"|được\s+(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|hợp\s+nhất|đính\s+chính))(?!\w)")  # (case matters for the capital)
PLAN_CLOSING = re.compile(rf",?\s*(?i:cụ\s+thể|{_PLAN_CLOSING})(?!\w)")
# A title that runs into the plan's closing without a comma ("… năm 2025 Phòng Y tế ban hành Kế hoạch
# thực hiện như sau") holds the plan's own clause: its subject, a body, drafting or issuing the plan.
PLAN_OWN_CLAUSE = re.compile(
    r"\s(?:Ủy\s+ban|Uỷ\s+ban|UBND|Sở|Phòng|Ban|Trung\s+tâm|Hội|Đoàn|Công\s+an|Chi\s+cục|Văn\s+phòng|Trường|Cục"
    r"|Đảng\s+ủy|Đảng\s+uỷ)\s[^,;:.\n]{0,80}?\s(?:xây\s+dựng|ban\s+hành|triển\s+khai)\s+[Kk]ế\s+hoạch(?!\w)")
# (every branch opens with its character, the look-behinds after the dot: the search skips ahead to
# the next candidate character instead of trying each branch at every position, ~3x faster)
TITLE_MAX_CHARS = 300
# A text that keeps its line breaks (a hard-wrapped paragraph) may break a trích yếu in the middle:
# the line ends on a word that leaves the title open (a preposition, a conjunction, a verb awaiting
# its object: "… về việc ban hành⏎Kế hoạch …"), or the next line goes on in small letters (no
# sentence opens so). Then the title goes on over the break, unless the next line opens an item or
# is a table row (its cells parted by tabs: cells_apart).
OPEN_LINE_END = re.compile(
    r"(?<!\w)(?:của|và|về|việc|tại|các|cho|với|theo|trong|trên|đến|từ|thuộc|gồm|hoặc|những|đối\s+với"
    r"|ban\s+hành|phê\s+duyệt|thực\s+hiện|triển\s+khai|hướng\s+dẫn|quy\s+định|sửa\s+đổi|bổ\s+sung"
    r"|tổ\s+chức|tăng\s+cường|đẩy\s+mạnh|nâng\s+cao|phát\s+triển"
    r"|đại\s+hội|kh[oó]a|khoá|lần\s+thứ)[^\S\n]*$|[,\-–][^\S\n]*$", re.IGNORECASE)   # (… awaiting its ordinal: "Đại hội⏎XX")
NEW_ITEM = re.compile(r"[^\S\n]*(?:[IVXLC]{1,6}\.|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|[a-zđ]\)|[-+•*–—·●]"
                      r"|(?i:căn\s+cứ|thực\s+hiện)(?!\w))")
WRAPPED_LINES_MAX = 3
# A line holding only the period a trích yếu closes on, which a title set in title case wraps to with a
# capital ("… về Chuyển đổi số tỉnh Quảng Ngãi⏎Đến năm 2025, định hướng đến năm 2030"): the title goes on.
_YEAR = r"(?:19|20)\d{2}"
PERIOD_LINE = re.compile(rf"[^\S\n]*(?:Đến[^\S\n]+năm[^\S\n]+{_YEAR}|Giai[^\S\n]+đoạn[^\S\n]+{_YEAR}[^\S\n]*[-–][^\S\n]*{_YEAR})"
                         rf"(?:[^\S\n]*,?[^\S\n]*(?:định[^\S\n]+hướng|tầm[^\S\n]+nhìn)[^\S\n]+đến[^\S\n]+năm[^\S\n]+{_YEAR})?"
                         r"[^\S\n]*(?:\n|$)")
# A list of documents goes on to the next one after a comma or "và" ("… của Chính phủ về A và Nghị
# định số …"): the title ends there. A document named inside the title ("về việc ban hành Kế hoạch
# số 35/KH-UBND …") is part of it.
NEXT_IN_LIST = re.compile(r"(?:[^\S\n]*,|[^\S\n]+(?:và|hoặc))[^\S\n]*(?:các[^\S\n]+|số[^\S\n]*:?[^\S\n]*)?$")
# "trên địa bàn" (or "trên địa bàn toàn") + a level word + a proper name (each word capitalised,
# then lower case: an all-capitals title is left alone, its next word cannot be told from a name)
# or, for wards and urban districts, a number ("phường 12"); with no name, the bare level word
# ("trên địa bàn toàn tỉnh": the whole of the one province context allows). An abbreviated level
# word always has its name ("trên địa bàn TP. Vinh"). A special economic zone ("đặc khu kinh tế")
# is a common noun, not the special zone (đặc khu) that is a unit.
_UNIT_NAME = (rf"[{_VI_UPPER}][{_VI_LOWER}]+"
              rf"(?:(?:[^\S\n]*-[^\S\n]*|[^\S\n]+)[{_VI_UPPER}][{_VI_LOWER}]+){{0,4}}|\d{{1,2}}")
TERRITORY = re.compile(
    r"(?i:trên\s+địa\s+bàn)\s+(?:(?i:toàn)[^\S\n]+)?"
    rf"(?:(?P<level>(?i:{levels.alternation(space=_SPACE, guard=True)}))(?!\w)"
    rf"(?:[^\S\n]+(?P<name>{_UNIT_NAME})(?![\w/]))?"
    rf"|{ABBREVIATED_LEVEL}(?P<abbr_name>{_UNIT_NAME})(?![\w/]))"
)
NUMBERED_LEVELS = {"quận", "phường"}   # "Quận 1", "Phường 12": the only units named by a number
# After the place, another unit ("thị trấn A, huyện B", "xã A và xã B") or the word "xã hội":
# the title names more than one unit, or no unit, and no single committee can be read from it.
TERRITORY_NOT_ONE = re.compile(
    rf"\s*(?:,|và|hoặc|-)?\s*(?:(?i:{_LEVEL_ALT})(?!\w)"
    rf"|{ABBREVIATED_LEVEL})"
    r"|\s+hội(?!\w)")

# ---- A local body's document cited without "của …" ------------------------------------------
# The code of a local body in a symbol ("215/QĐ-UBND", a Công văn's "88/UBND-VP", "05/QĐ-BCĐ") says a
# committee, council or steering committee issued it, not which one. The sentence may say it:
# "… của huyện" names the level (the code names the body), and a clause whose subject is such a body
# and whose verb issues the document names both ("UBND xã đã kiện toàn Tổ công tác (Quyết định số
# 215/QĐ-UBND …)", "HĐND huyện đã thông qua Nghị quyết số 45/NQ-HĐND …"). Code → how the body's
# canonical name opens.
SUBJECT_BODIES = {"UBND": "UBND ", "HĐND": "HĐND ", "BCĐ": "Ban Chỉ đạo "}
_LEVEL_WORD = f"(?:{_LEVEL_ALT})"  # any level word, as printed
# "của huyện", "của tỉnh Đắk Lắk", lower case (a capital opens a name ISSUER_AFTER reads), then the
# title or the end of the clause: never "của xã hội", "của tỉnh ủy", "của huyện đoàn".
LEVEL_OWNER = re.compile(
    rf"\s*,?\s*của[^\S\n]+(?P<level>{_LEVEL_WORD})(?:[^\S\n]+(?P<name>{_UNIT_NAME}))?(?![\w/])"
    rf"(?=[^\S\n]*(?:[,;.:)\n]|$)|[^\S\n]+(?:về|v/v|V/v|{_TITLE_OPENERS}|{_AMENDING_OPENERS})(?!\w))")
# Verbs by which a body makes a document its own (the mention is their object or, in brackets or
# after "tại", their instrument); "triển khai", "thực hiện", "quán triệt" act on another's.
ISSUING_VERB = re.compile(r"(?<!\w)(?:ban\s+hành|kiện\s+toàn|thành\s+lập|phê\s+duyệt|thông\s+qua|công\s+nhận"
                          r"|phân\s+công|chỉ\s+đạo|ký)(?!\w)")
# A clause's subject, then its verb: the subject is read lazily up to the first issuing verb.
SUBJECT_THEN_VERB = re.compile(
    r"[\s\-+•*]*(?P<body>[^;()\n]{3,160}?)\s+(?:(?:đã|cũng|đồng\s+thời|kịp\s+thời|tiếp\s+tục|vừa|sẽ)\s+)*"
    + ISSUING_VERB.pattern)
# A subject that names one body: its opening, for a steering committee a few lower-case words of its
# field, the level word and its name, if printed (a "các" or a second capitalised body makes it more
# than one).
ONE_BODY = re.compile(
    rf"(?:Chủ\s+tịch\s+)?(?:UBND|HĐND|Ban\s+[Cc]hỉ\s+đạo(?:[^\S\n]+[{_VI_LOWER},]+)*?)[^\S\n]+"
    rf"{_LEVEL_WORD}(?:[^\S\n]+[{_VI_UPPER}][\w'’]*(?:[^\S\n]+[{_VI_UPPER}][\w'’]*){{0,3}})?")
# Between the last issuing verb and the mention, a document named with its issuer ("của"), or another
# document's kind, makes the mention that document's ("… chỉ đạo triển khai Kế hoạch của UBND huyện
# (Kế hoạch số …)"); a programme known by its number ("Đề án 06") is no document, and the rules a
# decision issues ("ban hành Quy chế hoạt động (Quyết định số …)") are the decision itself.
NOT_OWN_OBJECT = re.compile(rf"(?<!\w)của(?!\w)|(?<!\w)(?!Đề\s+án|Quy\s+chế|Quy\s+định)(?:{_KIND_CAPITALISED})(?!\w)")
_NAMED_UNIT = re.compile(rf"{_LEVEL_WORD}\s+[{_VI_UPPER}]")
_INSTRUMENT_BEFORE = re.compile(r"(?:\(|(?<!\w)tại)[^\S\n]*$")

# The plan's own header number "Số: 14/KH-UBND" (capital S, colon, right before the symbol) is
# not a reference; matched at the end of the text before a symbol.
# (Party documents print it without the colon, opening its line: "Số 45-KH/HU".)
# A portal's box prints it as "Số hiệu: 14/KH-UBND".
# (an OCR'd page without tone marks prints the cue "So:")
NUMBER_LINE = re.compile(r"(?<!\w)(?:Số|SỐ|So|SO)(?:[ \t]+(?:hiệu|HIỆU|hieu|HIEU))?[ \t]*:[ \t]*$"
                         r"|(?:^|\n)[ \t*_]*(?:Số|SỐ|So|SO)[ \t]+$")
_NUMBER_WORDS = ("Số", "SỐ", "So", "SO")   # (one of them stands in every match of NUMBER_LINE)


def number_line_before(text: str, start: int, end: int) -> re.Match | None:
    """NUMBER_LINE.search(text, start, end), the pattern tried only where its word is printed in
    that stretch: it opens with a look-behind or an alternation, so the engine tries it at every
    position, and before most symbols stands "số" in lower case, or no such word."""
    if not any(text.find(w, start, end) >= 0 for w in _NUMBER_WORDS):
        return None
    return NUMBER_LINE.search(text, start, end)

# The appendix caption naming the plan itself: "(Kèm theo Kế hoạch số 14/KH-UBND ngày 13/01/2025".
OWN_CAPTION = re.compile(
    rf"(?:^|(?<=[(\[\n]))[ \t*_]*(?P<caption>(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+(?:Kế\s+hoạch|KẾ\s+HOẠCH)"
    rf"\s+(?:(?:số|Số|SỐ)\s*)?:?\s*"
    rf"(?P<symbol>(?:\d{{1,5}})?{_SP}*/{_SP}*{_SEG}(?:{_SP}*{_DASH}{_SP}*{_SEG}){{1,4}}"   # 14/KH-UBND or /KH-UBND
    rf"|\d{{1,5}}{_SP}*{_DASH}{_SP}*{_SEG}{_SP}*/{_SP}*{_SEG})"                          # 21-KH/ĐU
    rf"(?:{DATE_AFTER.pattern})?)",
    re.MULTILINE,
)

# The first Roman-numbered heading ("I. MỤC ĐÍCH, YÊU CẦU") ends the preamble; failing that, the
# first Arabic-numbered one.
ROMAN_HEADING = re.compile(r"^[ \t*#_]*(?:PHẦN[ \t]+)?[IVX]{1,4}[ \t]*[.)\-–:][ \t]*\S", re.MULTILINE)
ARABIC_HEADING = re.compile(r"^[ \t*#_]*\d{1,2}[ \t]*[.)][ \t]*\S", re.MULTILINE)
# (a công văn's trích yếu "V/v triển khai thực hiện Kế hoạch số …" names the document it carries out; the
# proposal a preamble closes on, "Theo đề nghị của … tại Tờ trình số …", "Xét Tờ trình số …", is one of the grounds
# it is issued on, as the "Căn cứ" items before it: basis, in a list or in prose)
# ("Theo văn bản chỉ đạo số …" of the preamble: the directive the plan is drawn up under, a ground; a bare "Theo
# Quyết định số …" may open any sentence)
BASIS_OPENING = re.compile(r"[\s\-+*•–]*(?:căn\s+cứ|thực\s+hiện|can\s+cu|thuc\s+hien|v\s*/\s*v\s*[:.]?\s*(?:triển\s+khai|thực\s+hiện)"
                           r"|(?:theo|xét)\s+đề\s+nghị|(?:sau\s+khi\s+)?(?:xem\s+)?xét\s+tờ\s+trình"
                           r"|theo\s+(?:văn\s+bản|công\s+văn)\s+chỉ\s+đạo)(?!\w)", re.IGNORECASE)
# The words before a document whose results the text reports ("Báo cáo kết quả thực hiện Kế hoạch
# số 32/KH-UBND", "UBND xã báo cáo kết quả triển khai thực hiện Chỉ thị số …"): what is reported on,
# not what the text is issued under, wherever it stands in the preamble.
REPORTED_ON = re.compile(r"kết\s+quả\s+(?:triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)\s*$", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"\n|[.!?](?=\s)")
# The stops of a title (TITLE_END) that end the sentence it stands in.
SENTENCE_ENDS = frozenset(("\n", ".", ":", "!", "?"))

# ---- Laws named by title -------------------------------------------------------------------
# The head word. Lower-case "luật" counts too ("Luật thi đua, khen thưởng"), but not inside
# another word ("pháp luật", "kỷ luật", "quy luật", "Hội Luật gia") — see LAW_BLOCKED_BEFORE.
LAW_HEAD = re.compile(r"(?<!\w)(?P<head>bộ\s+luật|luật|hiến\s+pháp)(?!\w)", re.IGNORECASE)
# Gates: characters a match of LAW_HEAD / OWN_CAPTION cannot do without, found by a fast scan
# (those patterns open with a look-behind, so the engine tries them at every position).
_SYMBOL_SEPARATORS = ("/", "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014")  # "/" and _DASH


_CAPTION_GATE = re.compile(r"[Kk]èm\s+theo")
LAW_BLOCKED_BEFORE = {"pháp", "kỷ", "quy", "điều", "đạo", "dự", "án", "thảo", "hội", "các", "những",
                      "ngành", "bản", "viên", "học", "khoa", "trường"}
# "Luật sửa đổi, bổ sung một số điều của Luật …": the whole title is one law.
LAW_AMENDING = re.compile(r"sửa\s+đổi\s*,?\s*bổ\s+sung(?!\w)", re.IGNORECASE)
# (the number after "số" / "năm" is looked ahead at: the word-end check must not fall inside it)
LAW_AMENDING_END = re.compile(r"\s+(?:ngày|số(?=\s*:?\s*\d)|năm(?=\s+\d)|được|đã|có\s+hiệu\s+lực)(?!\w)"
                              r"|\s*[;(\n:]|\.(?:\s|$)", re.IGNORECASE)
# After "Hiến pháp" a year or the state's name must follow, else it is the generic word.
CONSTITUTION_TAIL = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)|\s+nước\s+Cộng\s+h(?:òa|oà)", re.IGNORECASE)
# The state's name is part of the mention: its year is printed after it ("Hiến pháp nước Cộng hòa xã hội chủ
# nghĩa Việt Nam năm 2013").
CONSTITUTION_STATE = re.compile(r"\s+nước\s+Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam(?!\w)",
                                re.IGNORECASE)
# Fallback end of an unlisted law's name.
LAW_NAME_STOP_WORDS = {
    "năm", "số", "ngày", "của", "đã", "được", "có", "ban", "hướng", "quy", "về", "trong", "tại",
    "theo", "đối", "nhằm", "để", "cho", "với", "thì", "là", "này", "đó", "các", "những", "khi", "do",
    "từ", "đến", "hiện", "mới", "sửa", "và", "hoặc", "thi", "thực", "triển", "nêu", "trên", "dưới",
    "cũng", "nhưng", "mà", "như", "bao", "gồm", "sau", "trước",
}
DOC_KIND_HEADS = {"luật", "bộ", "nghị", "quyết", "thông", "chỉ", "kế", "hiến", "pháp", "chương",
                  "công", "văn", "hướng", "kết", "quy"}
LAW_NAME_MAX_WORDS = 10

# Common Vietnamese laws (the name after "Luật"), canonical spelling. Matching ignores case,
# commas and old/new tone placement; the longest name wins.
LAW_NAMES = """
Tổ chức chính quyền địa phương; Tổ chức Chính phủ; Tổ chức Quốc hội; Tổ chức Tòa án nhân dân;
Tổ chức Hội đồng nhân dân và Ủy ban nhân dân; Tổ chức HĐND và UBND;
Tổ chức Viện kiểm sát nhân dân; Cán bộ, công chức; Viên chức; Thi đua, khen thưởng;
Ban hành văn bản quy phạm pháp luật; Tiếp công dân; Khiếu nại; Tố cáo; Thanh tra;
Phòng, chống tham nhũng; Thực hành tiết kiệm, chống lãng phí; Tiếp cận thông tin; Hộ tịch; Cư trú;
Căn cước; Căn cước công dân; Thủ đô; Tín ngưỡng, tôn giáo; Thực hiện dân chủ ở cơ sở;
Trưng cầu ý dân; Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;
Hoạt động giám sát của Quốc hội và Hội đồng nhân dân; Mặt trận Tổ quốc Việt Nam; Công đoàn;
Thanh niên; Lưu trữ; Xử lý vi phạm hành chính; Quốc tịch Việt Nam; Thống kê; Đo đạc và bản đồ;
Dân quân tự vệ; Nghĩa vụ quân sự; Quốc phòng; Công an nhân dân; An ninh quốc gia; An ninh mạng;
Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; Phòng cháy và chữa cháy;
Phòng cháy, chữa cháy và cứu nạn, cứu hộ; Phòng thủ dân sự; Bảo vệ bí mật nhà nước;
Công nghiệp quốc phòng, an ninh và động viên công nghiệp; Quản lý, bảo vệ công trình quốc phòng và khu quân sự;
Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng; Sĩ quan Quân đội nhân dân Việt Nam;
Lực lượng dự bị động viên; Giáo dục quốc phòng và an ninh; Biên phòng Việt Nam;
Trật tự, an toàn giao thông đường bộ; Giao thông đường bộ; Đường bộ; Đường sắt;
Giao thông đường thủy nội địa; Hàng không dân dụng Việt Nam; Biển Việt Nam; Biên giới quốc gia;
Phòng, chống ma túy; Phòng, chống mua bán người; Phòng, chống bạo lực gia đình;
Phòng, chống tác hại của rượu, bia; Phòng, chống tác hại của thuốc lá; Phòng, chống khủng bố;
Phòng, chống rửa tiền; Phòng, chống bệnh truyền nhiễm; Phòng, chống HIV/AIDS; Phòng, chống thiên tai;
Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ; Tạm giữ, tạm giam; Đặc xá;
Xuất cảnh, nhập cảnh của công dân Việt Nam; Thi hành án dân sự; Thi hành án hình sự;
Tư pháp người chưa thành niên; Trợ giúp pháp lý; Phổ biến, giáo dục pháp luật; Hòa giải ở cơ sở;
Hòa giải, đối thoại tại Tòa án; Tố tụng hành chính; Tổ chức cơ quan điều tra hình sự;
Thi hành tạm giữ, tạm giam; Tương trợ tư pháp; Luật sư; Cảnh sát biển Việt Nam;
Xuất cảnh, nhập cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam; Ngân hàng Nhà nước Việt Nam;
Công chứng; Lý lịch tư pháp; Nuôi con nuôi; Giám định tư pháp;
Khám bệnh, chữa bệnh; Bảo hiểm y tế; Bảo hiểm xã hội; Bảo hiểm thất nghiệp; Dược;
An toàn thực phẩm; Dân số; Phòng bệnh; Người cao tuổi; Người khuyết tật; Trẻ em; Bình đẳng giới;
Hôn nhân và gia đình; Việc làm; An toàn, vệ sinh lao động; Công tác dân tộc;
Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng;
Giáo dục; Giáo dục đại học; Giáo dục nghề nghiệp; Nhà giáo;
Đất đai; Nhà ở; Kinh doanh bất động sản; Xây dựng; Quy hoạch; Quy hoạch đô thị;
Quy hoạch đô thị và nông thôn; Kiến trúc; Đầu tư; Đầu tư công; Đầu tư theo phương thức đối tác công tư;
Doanh nghiệp; Hợp tác xã; Hỗ trợ doanh nghiệp nhỏ và vừa; Ngân sách nhà nước; Quản lý thuế;
Kế toán; Kiểm toán nhà nước; Đấu thầu; Quản lý, sử dụng tài sản công; Quản lý nợ công; Phí và lệ phí;
Giá; Thương mại; Cạnh tranh; Bảo vệ quyền lợi người tiêu dùng; Chất lượng sản phẩm, hàng hóa;
Tiêu chuẩn và quy chuẩn kỹ thuật; Đo lường; Hóa chất; Điện lực; Sử dụng năng lượng tiết kiệm và hiệu quả;
Hải quan; Các tổ chức tín dụng; Chứng khoán; Kinh doanh bảo hiểm; Thuế thu nhập cá nhân;
Thuế giá trị gia tăng; Thuế thu nhập doanh nghiệp; Thuế sử dụng đất nông nghiệp;
Thuế sử dụng đất phi nông nghiệp; Thuế bảo vệ môi trường; Thuế tài nguyên;
Bảo vệ môi trường; Tài nguyên nước; Tài nguyên, môi trường biển và hải đảo; Lâm nghiệp;
Bảo vệ và phát triển rừng; Thủy sản; Trồng trọt; Chăn nuôi; Thú y; Bảo vệ và kiểm dịch thực vật;
Thủy lợi; Đê điều; Khoáng sản; Địa chất và khoáng sản; Đa dạng sinh học; Khí tượng thủy văn;
Di sản văn hóa; Thể dục, thể thao; Du lịch; Thư viện; Điện ảnh; Báo chí; Xuất bản; Quảng cáo;
Công nghệ thông tin; Giao dịch điện tử; Viễn thông; An toàn thông tin mạng; Dữ liệu;
Khoa học và công nghệ; Khoa học, công nghệ và đổi mới sáng tạo; Sở hữu trí tuệ; Chuyển giao công nghệ;
Chuyển đổi số; Công nghiệp công nghệ số; Điều ước quốc tế
"""
CODE_NAMES = "Lao động; Dân sự; Hình sự; Tố tụng hình sự; Tố tụng dân sự; Hàng hải Việt Nam"  # Bộ luật …

# Central cities (thành phố trực thuộc trung ương): "thành phố" there means the province itself.
CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
# (two-word levels first: "UBND thị xã" ends in "xã" too)
LEVEL_WORDS = levels.longest_first()
BELOW_DISTRICT = frozenset(levels.COMMUNE_LEVELS)
# A bare district level word names the plan's district ("thành phố" alone is the central city)
DISTRICT_LEVELS = frozenset(levels.DISTRICT_ONLY_LEVELS)
# Party committees named by their level alone → the level word of the unit they lead.
PARTY_COMMITTEES = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện",
                    "Quận ủy": "quận", "Thị ủy": "thị xã"}
ISSUER_REWRITES = [
    (re.compile(r"(?<!\w)[UỦ][yỷ]\s+ban\s+nhân\s+dân(?!\w)", re.IGNORECASE), "UBND"),
    (re.compile(r"(?<!\w)Hội\s+đồng\s+nhân\s+dân(?!\w)", re.IGNORECASE), "HĐND"),
    (re.compile(rf"(?<!\w)(?=T){ABBREVIATED_LEVEL}(?=[{_VI_UPPER}])"),     # TP., TX. (not Q., H.: initials)
     lambda m: LEVEL_ABBREVIATIONS[m["abbr"].lower()] + " "),
    (re.compile(r"(?<!\w)(Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:Ủy|ỦY)(?!\w)"), r"\1 ủy"),
    # the Party's and the mass organizations' committees abbreviated ("BCH Trung ương Đảng", "BTV Tỉnh
    # ủy"); a "BCH" before anything else is a command (Ban Chỉ huy: "BCH Quân sự huyện") and stays
    (re.compile(r"(?<!\w)BCH(?=\s+(?:Trung\s+ương|Đảng\s+bộ|Công\s+đoàn|Đoàn|Hội)(?!\w))"), "Ban Chấp hành"),
    (re.compile(rf"(?<!\w)BTV(?=\s+[{_VI_UPPER}])"), "Ban Thường vụ"),
    (re.compile(r"^TTg$"), "Thủ tướng Chính phủ"),
    # a resolution "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng" is the Committee's: the
    # plenum is when it met, not who issued ("Hội nghị Trung ương 5" alone names the same Committee)
    # ("lần thứ mười một": an ordinal past ten is two words)
    (re.compile(r"^Hội\s+nghị\s+(?:lần\s+thứ\s+(?:mười\s+)?\S+\s+|Trung\s+ương\s+\d+\s+)?(?:của\s+)?(?=Ban\s+Chấp\s+hành)", re.I), ""),
    (re.compile(r"^Hội\s+nghị\s+(?:lần\s+thứ\s+(?:mười\s+)?\S+\s+)?Trung\s+ương(?:\s+\d+)?$", re.I),
     "Ban Chấp hành Trung ương Đảng"),
    # the Party's Secretariat and Politburo written out in full ("Ban Bí thư Trung ương Đảng",
    # "Bộ Chính trị Ban Chấp hành Trung ương Đảng khóa XIII") are the bodies "-CT/TW", "-KL/TW" cite
    # by their short names (the Youth Union's "Ban Bí thư Trung ương Đoàn" is another body)
    (re.compile(r"^(Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị)\s+(?:Ban\s+Chấp\s+hành\s+)?Trung\s+ương(?:\s+Đảng)?"
                r"(?:\s+(?:Cộng\s+sản\s+Việt\s+Nam|kh[óo]a\s+[IVXL]+))?$", re.I), r"\1"),
]
# A level word after a body ("UBND Thành phố", "Ban Tổ chức Cuộc thi Quận") is written in lower case.
LEVEL_AFTER_BODY = re.compile(rf"(?<=\S )({levels.alternation(capitalized=True)})(?!\w)"
                              r"(?!\s+(?:ủy|Ủy|đoàn|Đoàn|hội|Hội)(?!\w))")

_WORD = re.compile(r"[^\W\d_]+")
_DASH_RE = re.compile(_DASH)
_WHITESPACE = re.compile(r"\s+")
_NAME_KEY_DROP = re.compile(r"[\s,\-–]+")
_SPACES = re.compile(r"\s+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+$")               # only spaces between it and the head
_SYMBOL_NUMBER_WORD = re.compile(r"\s*,?\s*(?:số|Số)\s*:?\s*")   # "Luật … số 06/2022/QH15"


# =============================================================================================
# Small helpers
# =============================================================================================

@lru_cache(maxsize=1)
def _underthesea_normalize():
    from underthesea import text_normalize  # imported on first use: it takes a second to load
    return text_normalize


# underthesea's text_normalize(word, tokenizer="space") is a table look-up: NFC, "ð"/"Ð" → "đ"/"Đ",
# then the token map (tokens of at most six characters). The tables are read straight from the
# package's rule file, which skips importing underthesea (~1 s per process); for any version
# other than the one this mirrors, underthesea itself is called.
_UNDERTHESEA_VERSION = "9.5.0"
_UNDERTHESEA_RULES = ("pipeline", "text_normalize", "tn_rules_2023_07_14.bin")


@lru_cache(maxsize=1)
def _tone_tables() -> tuple[tuple[tuple[str, str], ...], dict[str, str]] | None:
    try:
        import pickle  # noqa: PLC0415
        from importlib import metadata, util  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        if metadata.version("underthesea") != _UNDERTHESEA_VERSION:
            return None
        spec = util.find_spec("underthesea")
        if spec is None or spec.origin is None:
            return None
        with open(Path(spec.origin).parent.joinpath(*_UNDERTHESEA_RULES), "rb") as f:
            data = pickle.load(f)  # the package's own data file, written by joblib as a plain pickle
        return tuple(data["character"].items()), dict(data["token"])
    except Exception:  # anything unexpected: use underthesea itself
        return None


def _token_normalize(token: str, chars: tuple[tuple[str, str], ...], tokens: dict[str, str]) -> str:
    """underthesea.pipeline.text_normalize.token_normalize, from the tables."""
    if len(token) > 6:
        return token
    token = unicodedata.normalize("NFC", token)
    for old, new in chars:
        token = token.replace(old, new)
    return tokens[token] if token in tokens else token


@memo(4096)
def _normalize_word(word: str) -> str:
    tables = _tone_tables()
    if tables is None:
        return _underthesea_normalize()(word, tokenizer="space")
    return " ".join(_token_normalize(t, *tables) for t in word.split(" "))


@memo(2048)  # (issuers and campaign names recur within a plan and across plans; over 5,000 bench plans
# 2,048 entries missed no more than 8,192, which held ~750 more of other plans' names)
def normalize_tone_marks(text: str) -> str:
    """NFC and modern tone placement, word by word (Hoà → Hòa, Uỷ → Ủy, Ð → Đ); spacing kept."""
    return _WORD.sub(lambda m: _normalize_word(m.group()), unicodedata.normalize("NFC", text))


def _normalize_same_length(text: str) -> str:
    """normalize_tone_marks, but a word whose length would change is kept, so offsets still hold."""
    # A word (a maximal run of letters, as _WORD reads it) never spans white space, so the words
    # of the text are those of its space-separated chunks, which recur across plans and are
    # looked at once each.
    chunks = set(text.split())
    for chunk in chunks - _CHUNKS_SEEN:  # (set operations: the known chunks cost no Python step)
        if len(_CHUNKS_SEEN) > 500_000:
            _CHUNKS_SEEN.clear()
            _CHUNKS_CHANGING.clear()
        _CHUNKS_SEEN.add(chunk)
        words = _changed_words(chunk)
        if words:
            _CHUNKS_CHANGING[chunk] = words
    changed: dict[str, str] = {}
    for chunk in chunks & _CHUNKS_CHANGING.keys():
        changed.update(_CHUNKS_CHANGING[chunk])
    if not changed:
        return text
    spans = []
    for word, new in changed.items():
        i = text.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not _LETTER.match(text, i - 1)) and not _LETTER.match(text, j):
                spans.append((i, j, new))
            i = text.find(word, i + 1)
    out, last = [], 0
    for i, j, new in sorted(spans):
        out.append(text[last:i])
        out.append(new)
        last = j
    out.append(text[last:])
    return "".join(out)


_LETTER = re.compile(r"[^\W\d_]")
_CHUNKS_SEEN: set[str] = set()      # space-separated chunks already looked at
# … and those of them holding a word that changes, with its changes (so _changed_words needs no memo:
# it is asked once a chunk, and its memo held an entry for every chunk, nearly all of them unchanged)
_CHUNKS_CHANGING: dict[str, tuple[tuple[str, str], ...]] = {}


def _changed_words(chunk: str) -> tuple[tuple[str, str], ...]:
    """(word, its tone-normalized form) for the words of a chunk that change but keep their length."""
    out = []
    for word in _WORD.findall(chunk):
        new = _normalize_word(word)
        if new != word and len(new) == len(word):
            out.append((word, new))
    return tuple(out)


@memo(8192)  # (symbols and their codes recur within a plan and across plans)
def normalize_symbol(s: str) -> str:
    """A printed số hiệu in normal form: NFC, no spaces, plain hyphens, Đ for Ð, the stroke
    a keyboard without Vietnamese dropped from a type code (ND → NĐ, QD → QĐ), the D of a
    body's code set right (UBNĐ → UBND), and the hyphen OCR lost between a normative text's type
    and issuer codes put back (NĐCP → NĐ-CP), as the header puts it back in the plan's own (KHUBND → KH-UBND)."""
    s = unicodedata.normalize("NFC", s).replace("Ð", "Đ")
    s = _DASH_RE.sub("-", s)
    s = _WHITESPACE.sub("", s)
    s = _GLUED_TYPE.sub(r"\1-\2", s)
    if "/" in s and s[:1].isdigit():
        s = _GLUED_ADMIN_TYPE.sub(r"\1-\2", s)
        if (one := _ONE_CODE.fullmatch(s)) and (glued := split_glued_code(one["code"])):
            s = one["num"] + "-".join(glued)
    if "D" in s:
        s = _UNSTROKED_TYPE.sub(r"\1Đ", s)
    if "NĐ" in s:
        s = _CODE_SLIP.sub(lambda m: _CODE_SLIPS[m[1]], s)
    if "TTG" in s or "TR" in s:
        s = _CAPS_MIXED_CODE.sub(lambda m: _MIXED_CASE_CODES[m[1]], s)
    return s


# A code whose capitals are mixed, printed all in capitals where a trích yếu is ("QUYẾT ĐỊNH SỐ 85/QĐ-TTG",
# "CHƯƠNG TRÌNH SỐ 38-CTR/TU"): one document with the mixed form's.
_CAPS_MIXED_CODE = re.compile(r"(?<=[-/])(" + "|".join(_MIXED_CASE_CODES) + r")(?=$|[-/])")


# The issuers of normative texts and of the Government's and ministries' administrative ones, longest first.
_NORMATIVE_ISSUERS = "|".join(sorted({"CP", "TTg", "TTG", "UBND", "HĐND", *MINISTRY_CODES}, key=len, reverse=True))
# A normative text's type code and its issuer's run together where OCR lost the hyphen ("98/2023/NĐCP",
# "06/2022/QĐTTg", "55/2023/TTBTC"): after the year, a type code and an issuer's code that name one document
# only as two ("NĐ" and "CP"; a type code is never an issuer's, a normative issuer's never opens with one).
_GLUED_TYPE = re.compile(r"(?<=/\d{4}/)(N[ĐD]|Q[ĐD]|NQ|TT|CT)("   # (a year's slot: "1234/TTCP-VP" is a number's)
                         + _NORMATIVE_ISSUERS + r"|(?:UBTV)?QH\d{1,2})(?=$|-)")


# … and an administrative symbol's ("30c/NQCP", "45/QĐUBND", "5556/QĐBYT"): only a resolution's, decision's, decree's
# or directive's code run into the Government's, the Prime Minister's, a council's, a committee's or a ministry's (a
# Thông tư's TT is left out: "1234/TTCP-VP" is the Government Inspectorate's own code). CP closes the symbol (a
# company's board prints "01/NQCP-HĐQT") and never follows CT (the Government issues no Chỉ thị: "45/CTCP-KD" is a
# joint-stock company's, công ty cổ phần).
_GLUED_ADMIN_TYPE = re.compile(r"(?:(?<=^\d/)|(?<=\d\d/)|(?<=\d[a-d]/))(N[ĐD]|Q[ĐD]|NQ|CT)(?!CP-)("
                               + _NORMATIVE_ISSUERS + r")(?<!CTCP)(?=$|-)")


# A type code run into an issuer's code ("QĐBYT", "KHUBND"); a joint document's own codes ("KHLT", "CTRPH")
# are type codes of their own and never split, nor is a code whose rest is no whole issuer's ("CTSV", "CTMT":
# an office's own code). The issuers: the committees and councils, the front, the Party's committees, a
# ministry and the department (Sở) or the office (Phòng) of its field ("BYT", "SYT", "PYT"), the police.
GLUED_ISSUER_CODES = frozenset({"UBND", "HĐND", "UBMTTQ", "MTTQ", "TU", "HU", "ĐU", "ĐUK", "BCĐ", "BCH", "BQL",
                                "CAT", "CAH", "CAX"}
                               | {lead + code[1:] for code in MINISTRY_CODES if code.startswith("B") for lead in "BSP"})
GLUED_TYPE_CODE = re.compile(r"(?P<type>KH|QĐ|NQ|CT|TB|BC|KL|CTr|TTr)(?P<issuer>"
                             + "|".join(sorted(GLUED_ISSUER_CODES, key=len, reverse=True)) + ")")


# An administrative symbol of one code after its number ("12/KHUBND"): split_glued_code may read it as two.
_ONE_CODE = re.compile(r"(?P<num>\d{1,5}[a-d]?/)(?P<code>[^\W\d_]{4,9})")


def split_glued_code(code: str) -> tuple[str, str] | None:
    """(type code, issuer code) of one code that is the two run together (GLUED_TYPE_CODE), else None."""
    m = GLUED_TYPE_CODE.fullmatch(code)
    return (m["type"], m["issuer"]) if m else None


# ND and QD never open a symbol's codes: they are NĐ (Nghị định) and QĐ (Quyết định, Quy định)
# typed without the stroke ("15/2018/ND-CP", "123/QD-UBND", "189-QD/TW"). Only the type code, the
# first after the number (or year), is read so: an issuer code may hold a plain D (UBND, HĐND).
_UNSTROKED_TYPE = re.compile(r"(?:(?<=/)|(?<=\d-))([NQ])D(?=[-/])")


# An issuer code misread by OCR with a stroke too many: the D of "nhân Dân" never takes one ("35/KH-UBNĐ",
# "12/NQ-HĐNĐ"). (A stroke too few, "HDND", is how a keyboard without Vietnamese types it: kept as printed.)
_CODE_SLIPS = {"UBNĐ": "UBND", "HĐNĐ": "HĐND"}
_CODE_SLIP = re.compile(r"(?<=[-/])(" + "|".join(_CODE_SLIPS) + r")(?=$|-)")


def _plausible_code(code: str) -> bool:
    """A symbol code is written mostly in capitals: KH, CTr, TTg, QH15 — not 'Ban', 'Nam'."""
    upper = sum(map(str.isupper, code))   # (asked of every symbol: no Python step per character)
    lower = sum(map(str.islower, code))
    return upper >= 1 and lower <= 1 and len(code) <= CODE_MAX


def _plausible_year(year: int) -> bool:
    return 1945 <= year <= 2100


def _date(m: re.Match) -> dt.date | None:
    try:
        d = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return d if _plausible_year(d.year) else None


def _clean_place(value) -> str | None:
    """A context value without a leading level word: 'Thành phố Hà Nội' → 'Hà Nội'."""
    if not value:
        return None
    return _clean_place_text(str(value))


@memo(1024)  # (the same context is asked about for every issuer of a plan)
def _clean_place_text(value: str) -> str:
    value = " ".join(value.split())
    for level in LEVEL_WORDS:
        if value.lower().startswith(level + " "):
            return value[len(level) + 1:]
    return value


# =============================================================================================
# Symbols
# =============================================================================================

@dataclass
class _Symbol:
    symbol: str
    regime: str          # normative | party | admin
    type_code: str | None
    issuer_codes: list[str]
    year: int | None

    @property
    def bare(self) -> bool:
        """An administrative symbol of one code ("15/BCĐ", "20/TB"): a body's own register
        without a type code, a số hiệu only where its kind word is printed before it."""
        return self.regime == "admin" and not self.issuer_codes


# A bare symbol's one code: capitals only, two letters or more ("BCĐ", "TB", "UBND"), never a
# name in title case or a single letter ("2/A" of a house number or a class).
BARE_CODE = re.compile(r"[A-ZĐ]{2,12}|[A-ZĐ]{1,8}&[A-ZĐ]{1,8}"    # (and an office's "PGD&ĐT")
                       r"|[A-ZĐ]{2,8}\d{1,3}\([A-ZĐ]{1,6}\)")     # (a police unit's "PV11(CS)")


def _parse_symbol(m: re.Match) -> _Symbol | None:
    symbol = normalize_symbol(m.group())
    if m["g_num"]:              # ("20NQ/TW": the hyphen dropped)
        symbol = f"{m['g_num']}-{symbol[len(m['g_num']):]}"
    elif m["p_dashed"]:         # ("1691- TB-TU": the slash a typist made a dash)
        head, _, org = symbol.rpartition("-")
        symbol = f"{head}/{org}"
    elif m["a_code"] and symbol.count("/") > 1:   # ("103/QĐ /BVHTTDL": the hyphen a typist made a slash)
        number, _, codes = symbol.partition("/")
        symbol = f"{number}/{codes.replace('/', '-')}"
    if m["n_num"]:
        codes = symbol.split("/", 2)[2].replace("/", "-").split("-")   # ("NQLT/CP-…": a joint text's slash)
        year = int(m["n_year"])
        regime, type_code, issuer_codes = "normative", codes[0], codes[1:]
        year = year if _plausible_year(year) else None
    elif m["p_num"] or m["g_num"]:
        codes = symbol.split("-", 1)[1].replace("/", "-").split("-")
        regime, type_code, issuer_codes, year = "party", codes[0], codes[1:], None
    else:
        codes = symbol.split("/", 1)[1].split("-")
        regime, type_code, issuer_codes, year = "admin", codes[0], codes[1:], None
    if not all(_plausible_code(c) for c in codes):
        return None
    return _Symbol(symbol, regime, type_code, issuer_codes, year)


def _is_joint(sym: _Symbol) -> bool:
    return len(sym.issuer_codes) > 1 and JOINT_TYPE.search(sym.type_code or "") is not None


def joint_lead_code(symbol: str | None, declared: bool = False) -> str | None:
    """The code of a joint document's lead body, the first of its issuer codes ("05/KHLT-UBND-
    BTTUBMTTQ" → "UBND", "02/2019/TTLT-BTC-BNV" → "BTC"); None for a symbol that is not joint.

    declared: the document calls itself joint ("KẾ HOẠCH LIÊN TỊCH") — many such symbols keep the
    plain type code and only list both bodies ("12/KH-UBND-HLHPN"), which without that word could
    be one body's symbol with its drafting office's code ("45/KH-UBND-VX")."""
    m = SYMBOL.fullmatch(normalize_symbol(symbol)) if symbol else None
    sym = _parse_symbol(m) if m else None
    if sym is None or not (_is_joint(sym) or declared and len(sym.issuer_codes) > 1):
        return None
    return sym.issuer_codes[0].upper()


def _kind_from_code(sym: _Symbol) -> str | None:
    code = (sym.type_code or "").upper()
    if sym.regime == "party" and code in PARTY_AMBIGUOUS_CODES:
        return None
    return TYPE_CODES.get(code)


def _completed_by_code(printed: str, sym: _Symbol) -> str:
    """The printed issuer, its end completed by the name its symbol's code names beyond doubt when
    it stops partway into that name: a PDF line ends at "của Bộ Lao động" and the next opens "-
    Thương binh và Xã hội hướng dẫn …", which reads as a bullet, so the issuer stops at the line's
    end ("Bộ trưởng Bộ Lao động" → "Bộ trưởng Bộ Lao động - Thương binh và Xã hội")."""
    full = _issuer_from_code(sym)
    if not full or printed.endswith(full):
        return printed
    start = printed.rfind(full.split(" ", 1)[0] + " ")   # where the named body opens ("Bộ ")
    if start < 0 or (start and printed[start - 1] != " "):
        return printed
    cut = printed[start:]
    if full.startswith(cut) and full[len(cut)] in " ,":
        return printed[:start] + full
    return printed


def _national_body(code: str) -> str | None:
    """The central body a code of a joint normative text names: a ministry, or one of NATIONAL_CODES."""
    if code in MINISTRY_CODES:
        return MINISTRY_CODES[code]
    if QUOC_HOI_CODE.match(code):
        return "Ủy ban Thường vụ Quốc hội" if code.startswith("UBTV") else "Quốc hội"
    return NATIONAL_CODES.get(code)


def _issuer_from_code(sym: _Symbol, national: bool = False) -> str | None:
    """Only where the code names the issuer beyond doubt. `national`: a joint normative text's codes
    that are central bodies besides ministries (CP, UBTVQH14, ĐCTUBTWMTTQVN) name them too."""
    code = (sym.type_code or "").upper()
    if len(sym.issuer_codes) > 1:
        # a joint normative text of ministries only ("14/2014/TTLT-BGDĐT-BTC-BLĐTBXH-BNV", its issuers
        # printed as "của liên Bộ Giáo dục và Đào tạo, Tài chính, …" or not at all): each code names one
        codes = [c.upper() for c in sym.issuer_codes]
        if sym.regime == "normative" and all(c in MINISTRY_CODES for c in codes):
            return ", ".join(MINISTRY_CODES[c] for c in codes)
        # … and, where none is printed, one of central bodies ("09/2008/NQLT-CP-UBTWMTTQVN"): a code a
        # normative symbol gives the Government, the Standing Committee or the Front's Central Committee
        # is theirs alone (a local joint plan's "UBND-MTTQ" names bodies of a level the code does not say)
        if national and sym.regime == "normative" and all(bodies := [_national_body(c) for c in codes]):
            return ", ".join(bodies)
        return None
    org = sym.issuer_codes[0].upper() if sym.issuer_codes else code   # 06/2022/QH15: the code is the body
    if QUOC_HOI_CODE.match(org):
        return "Ủy ban Thường vụ Quốc hội" if org.startswith("UBTV") else "Quốc hội"
    if (code, org) in CERTAIN_ISSUER_CODES:
        return CERTAIN_ISSUER_CODES[(code, org)]
    if sym.regime == "normative" or (sym.regime == "admin" and org not in LOCAL_MINISTRY_CODES):
        return MINISTRY_CODES.get(org)
    return None


# =============================================================================================
# Issuers
# =============================================================================================

# (the last words of the level words, and of "quốc gia", "Trung ương")
_LEVEL_LAST_WORDS = frozenset({lv.split()[-1] for lv in levels.LEVELS} | {"gia", "ương"})


def _purpose_open(name: str) -> bool:
    """Does a body's name stop in the middle of its purposes ("Ban Chỉ đạo … chống buôn lậu"),
    not at its level or place ("Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo huyện Bình Gia")?"""
    last = name.split()[-1]
    return last.islower() and last.isalpha() and last not in _LEVEL_LAST_WORDS


def _purpose_goes_on(chunk: str, stop: re.Match) -> int | None:
    """Where the name of a body named for its purposes goes on after the comma `stop` found in it
    (PAIRED_VERB, PURPOSE_COMMA, PURPOSE_LAST), or None when the comma ends it."""
    before = chunk[:stop.start()]
    if COMMITTEE_ONLY.fullmatch(before.strip()):
        return None   # ("Hội đồng nhân dân, …": a whole name, no field of one)
    first = _PAIRED_FIRST.search(before)
    pair = _PAIRED_SECOND[" ".join(first.group().lower().split())].match(chunk, stop.start()) if first else None
    if pair is None and not _purpose_open(before):
        return None
    if listed := PURPOSE_COMMA.match(chunk, stop.start()):
        return listed.end()
    if pair is not None:
        return pair.end()
    last = PURPOSE_LAST.match(chunk, stop.start())
    if last and ISSUER_STOP.search(chunk, stop.end(), last.end()) is None:
        return last.end()
    return None


# A body named for its task may print that task in capitals as part of its name ("Ban Chỉ đạo Triển khai Đề án
# 06 huyện", "Ban Quản lý dự án Phê duyệt và Giám sát đầu tư huyện"): a capitalised trích yếu verb right after
# its head, or after its lower-case purpose words, goes on with the name; after its level and place it opens the
# trích yếu ("… của Ban Chỉ đạo 389 tỉnh Triển khai …").
TASK_NAMED_HEAD = re.compile(
    r"(?:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in
                              units.PURPOSE_HEADS + units.FIELD_NAMED_HEADS), key=len, reverse=True))
    + r")(?!\w)")
CAPITAL_OPENER = re.compile(r"\s+(?:Ban\s+hành|Phê\s+duyệt|Hướng\s+dẫn|Thực\s+hiện|Triển\s+khai|Quy\s+định)")


def _names_its_task(name: str) -> bool:
    """Does name, before a capitalised verb, stand open as a body named for its task?"""
    head = TASK_NAMED_HEAD.match(name)
    return head is not None and COMMITTEE_ONLY.match(name) is None \
        and (head.end() == len(name) or _purpose_open(name))


# A plenum printed before the Committee that met in it, a comma between ("của Hội nghị lần thứ 6, Ban
# Chấp hành Trung ương khoá XII về …"): the Committee issued the resolution (ISSUER_REWRITES)
PLENUM_BEFORE_COMMITTEE = re.compile(r"Hội\s+nghị\s+(?:lần\s+thứ\s+(?:mười\s+)?\S+|Trung\s+ương\s+\d+)[^\S\n]*,"
                                     r"[^\S\n]*(?=Ban\s+Chấp\s+hành(?!\w))", re.IGNORECASE)


# A ministry's full name and a word in small letters after it, which no ministry's name goes on with: the
# cited document's trích yếu, opened with a noun ("… của Bộ Y tế danh mục bệnh truyền nhiễm, đối tượng …").
MINISTRY_THEN_TITLE = re.compile(
    r"(Bộ\s+(?:trưởng\s+Bộ\s+)?(?:" + "|".join(r"\s+".join(map(re.escape, f.split())).replace(r"\-", r"[-–]")
                                            for f in _MINISTRY_FIELDS) + r"))\s+(?=[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ])")


# The trích yếu a ministry's name runs into with no verb or "về" ("… của Bộ Y tế danh mục bệnh truyền nhiễm, …;"):
# the words in small letters after the name, to the clause's end; a "về" inside them opens the title proper.
NOUN_TITLE = re.compile(r"[^\S\n]+(?P<t>[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ][^;\n]{3,300}?)[^\S\n]*(?:;|\.(?=\s|$)|\n|$)")


def _noun_title(text: str, pos: int, limit: int) -> str | None:
    """The noun trích yếu right after a ministry's name at pos (NOUN_TITLE), or None where the name ended on
    one of the words that end an issuer (ISSUER_STOP: a verb, a preposition, a date)."""
    if ISSUER_STOP.match(text, pos) or (m := NOUN_TITLE.match(text, pos, limit)) is None:
        return None
    t = m["t"]
    if (about := re.search(r"\svề\s", t)) is not None:
        t = t[about.end():]
    t = " ".join(t.split()).rstrip(" ,")
    return t[:1].upper() + t[1:] if len(t) >= 4 else None


def _read_issuer(text: str, pos: int) -> tuple[str, int] | None:
    """The issuer printed at pos (after "của"): (printed text, end offset)."""
    if text.startswith(("Hội", "hội"), pos) and (plenum := PLENUM_BEFORE_COMMITTEE.match(text, pos)):
        return _read_issuer(text, plenum.end())
    line_end = text.find("\n", pos)
    limit = min(len(text), pos + 200, line_end if line_end >= 0 else len(text))
    chunk = text[pos:limit]
    noted = "(" in chunk and ABBREVIATION_NOTE.search(chunk) is not None
    if noted:    # (blanked at the same offsets: the name reads on across it)
        chunk = ABBREVIATION_NOTE.sub(lambda m: " " * len(m.group()), chunk)
    stop = ISSUER_STOP.search(chunk)
    while stop and stop.group()[-1:].isalpha() and CAPITAL_OPENER.fullmatch(stop.group()) \
            and _names_its_task(chunk[:stop.start()].strip()):
        stop = ISSUER_STOP.search(chunk, stop.end())
    listed_to = None
    if stop and "," in stop.group() and FIELD_BODY.match(chunk) and FIELD_COMMA.match(chunk, stop.start()):
        stop = ISSUER_STOP.search(chunk, stop.end())  # the comma between a body's fields goes on
    elif stop and "," in stop.group() and (PURPOSE_BODY.match(chunk) or FIELD_NAMED_BODY.match(chunk)):
        while stop and "," in stop.group() and (listed := _purpose_goes_on(chunk, stop)):
            stop = ISSUER_STOP.search(chunk, listed)  # so do the commas and "và" of its purposes
            listed_to = listed
    placed = listed_to is not None and PURPOSES_PLACED.search(chunk[:stop.start()] if stop else chunk) is not None
    if stop and PURPOSE_ABOUT.match(stop.group()) and PURPOSE_BODY.match(chunk) and \
            _purpose_open(chunk[:stop.start()]) and (field := PURPOSE_FIELD.match(chunk, stop.end())):
        stop = ISSUER_STOP.search(chunk, field.end())  # "… về an toàn thực phẩm tỉnh X" names the body
        placed = True
    elif stop and PURPOSE_ABOUT.match(stop.group()) and PURPOSE_BODY.match(chunk) and \
            CENTRAL_LAST.search(chunk, 0, stop.start()) and (field := CENTRAL_FIELD.match(chunk, stop.end())):
        stop = ISSUER_STOP.search(chunk, field.end() - 1)  # "… Trung ương về an toàn thực phẩm" names it
        placed = True
    national_end = None
    if stop and PURPOSE_ABOUT.match(stop.group()) and NATIONAL_COMMITTEE.search(chunk, 0, stop.start()) \
            and (field := NATIONAL_FIELD.match(chunk, stop.end())):
        national_end = field.end()   # "Ủy ban Quốc gia về chuyển đổi số ban hành …": the field is the name's
    raw = chunk[:national_end] if national_end else chunk[:stop.start()] if stop else chunk
    if raw[:3] in ("Bộ ", "Bộ\u00a0") and (ministry := MINISTRY_THEN_TITLE.match(raw)):
        raw = ministry[1]   # "của Bộ Y tế danh mục bệnh truyền nhiễm …": the trích yếu opens with no verb
    if " địa bàn" in raw and not PURPOSE_BODY.match(raw) and (cut := ON_AREA.search(raw)):
        raw = raw[:cut.start()]  # where the cited document applies, not a word of its issuer's name
    if (cut := LEVEL_THEN_LOWER.search(raw)) is not None:
        raw = raw[:cut.start()]  # "… Đảng bộ tỉnh chuyển đổi số …": the trích yếu, its "về" left out
    words = raw.split()
    if not words:
        return None
    if len(words) > ISSUER_MAX_WORDS and not placed:
        return None  # no end in sight: not a body's name (a body's field and place make one)
    raw = raw.rstrip()
    if (central := CENTRAL_PARTY_BODY.fullmatch(raw)) and (joint := JOINT_CENTRAL_BODY.match(text, pos + len(raw))) \
            and joint[1].split() != central[1].split():
        return f"{central[1]}, {joint[1]}", joint.end()
    if stop is None and limit == line_end and (placed := _place_wrapped_on(raw, text, pos + len(raw))) is not None:
        return f"{' '.join(raw.split())} {placed[0]}", placed[1]
    if wrap := _wrapped_rest(raw, text, pos + len(raw)):
        body = _read_issuer(text, wrap.end())
        if body is not None:
            return f"{' '.join(raw.split())} {body[0]}", body[1]
    if raw[-3:] == " số" and (stray := GOVERNMENT_STRAY_NUMBER.fullmatch(raw)):
        return " ".join(stray["who"].split()), pos + len(raw)
    end = len(raw)
    while noted and end + 1 < len(chunk) and chunk[end] == " " and chunk[end + 1] == " ":
        end += 1        # (past a short form blanked after the name: the trích yếu opens after it)
    return " ".join(raw.split()), pos + end


# A place's level word or a Party committee closing a body's name, then a word in small letters (a place's name
# after it would be capitalised): the trích yếu opening with its "về" left out ("… của Ban Chấp hành Đảng bộ tỉnh
# chuyển đổi số tỉnh Vĩnh Long …", "… của Ban Thường vụ Huyện ủy xây dựng nông thôn mới …"). Not the words a
# name goes on with there (a committee's "ủy", "đoàn", "hội"; a level word; a term's "lần thứ", "khóa"), nor
# "và", which joins a second body.
_NAME_ENDS = ("tỉnh", "huyện", "quận", "phường", "xã", "phố", "trấn") + tuple(
    f"{level} {u}" for level in ("Tỉnh", "Huyện", "Thành", "Quận", "Thị") for u in ("ủy", "uỷ"))
LEVEL_THEN_LOWER = re.compile(
    "(?:" + "|".join(rf"(?<=\s{end})" for end in _NAME_ENDS) + ")"
    r"\s+(?!(?:ủy|uỷ|đoàn|hội|lần|khóa|khoá|nhiệm|và|tỉnh|huyện|quận|phường|xã|thị|thành|phố|trấn|khu)(?!\w))"
    rf"(?=[{_VI_LOWER}])")


# The first words of the next line, capitalised: the rest of a place's name a copy's hard wrap broke off
# ("… của Ủy ban nhân dân tỉnh Sóc" / "Trăng về việc …", "… xã Xuân" / "Phú)")
_WRAPPED_NAME = re.compile(rf"[^\S\n]*\n[^\S\n]*(?P<w1>[{_VI_UPPER}][{_VI_LOWER}']*)(?:[^\S\n]+(?P<w2>[{_VI_UPPER}][{_VI_LOWER}']*))?"
                           r"(?![\w'])")
_WRAPPED_NAME_WORDS = 4    # of the name's words before the break, after its level word ("Bà Rịa - Vũng")


def _place_wrapped_on(raw: str, text: str, end: int) -> tuple[str, int] | None:
    """(the words, where they end) that complete a place's name cut by a line break after raw, an issuer that
    ends its line on a level word and a syllable or two of the name: only where the official list holds a unit
    of that level named with them and none named without them (a name that ends there is left as it is)."""
    words = raw.split()
    nxt = _WRAPPED_NAME.match(text, end)
    if nxt is None or not words or not words[-1][:1].isupper():
        return None
    for k in range(1, _WRAPPED_NAME_WORDS + 1):
        for size in _LOWER_LEVEL_SIZES:
            at = len(words) - k - size
            if at < 0 or " ".join(words[at:at + size]) not in _LOWER_LEVELS:
                continue
            level, said = " ".join(words[at:at + size]), words[at + size:]
            if not all(w[:1].isupper() or w in ("-", "–") for w in said) or admin.is_listed(level, " ".join(said)):
                return None
            for n, group in ((2, "w2"), (1, "w1")):
                if nxt[group] is None:
                    continue
                rest = [nxt["w1"], nxt["w2"]][:n]
                if admin.is_listed(level, " ".join(said + rest)):
                    return " ".join(rest), nxt.end(group)
            return None
    return None


def _wrapped_rest(raw: str, text: str, end: int) -> re.Match | None:
    """The line break after a half issuer that ends its line (OFFICE_ONLY, ORGAN_ONLY, COMMITTEE_ONLY),
    when the next line opens with what completes it; None otherwise."""
    nl = text.find("\n", end, end + 40)
    if nl < 0 or text[end:nl].strip():
        return None     # (most issuers: the name goes on within its line)
    if OFFICE_ONLY.fullmatch(raw):
        return BODY_OPENING.match(text, end)
    if COUNCIL_COMMITTEE.fullmatch(raw) and (dashed := DASHED_FIELD_OPENING.match(text, end)):
        return dashed
    if ORGAN_ONLY.fullmatch(raw):
        return ORGAN_REST_OPENING.match(text, end)
    if COMMITTEE_ONLY.fullmatch(raw):
        return LEVEL_OPENING.match(text, end)
    if (first := SPLIT_FIRST.search(raw)) and (rest := SPLIT_REST.match(text, end)):
        key = first.group().lower()
        if key not in _SPLIT_PAIRS:
            return None   # ("Tân Uy", an issuer typed without marks: no pair of words it opens)
        seconds = _SPLIT_PAIRS[key]
        word = rest["word"]
        if seconds is None:
            # ("Ban⏎Thường vụ", "Ủy ban⏎nhân dân", "Ủy ban⏎MTTQ": the name's next word, not a trích yếu's)
            ok = word == "nhân" or word[0].isupper() and ISSUER_STOP.match(" " + word) is None
        else:
            # (a Party committee's level word is no place's last word: "Ban Thường vụ Huyện⏎ủy", not "xã Tân
            # Thành⏎ủy quyền …", where a capitalised name stands before it)
            ok = word in seconds and (key not in _COMMITTEE_LEVELS or not _CAPITALISED_BEFORE.search(raw, 0, first.start()))
        if ok:
            return _SPLIT_AT.match(text, end)
    return None


# A council's committee named by two fields a dash joins ("Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội"),
# its first field ending a line and the dash opening the next: the name goes on over the break.
COUNCIL_COMMITTEE = re.compile(rf"Ban\s+[{_VI_UPPER}][{_VI_LOWER}]+(?:\s+[{_VI_LOWER}]+)?")
DASHED_FIELD_OPENING = re.compile(rf"[^\S\n]*\n[^\S\n]*(?=[-–][^\S\n]*[{_VI_UPPER}])")
# The line break after the first word of a split pair (SPLIT_FIRST), up to its second word.
_SPLIT_AT = re.compile(r"[^\S\n]*\n[^\S\n]*")
_COMMITTEE_LEVELS = frozenset(("tỉnh", "thành", "huyện", "quận", "thị", "đảng"))
_CAPITALISED_BEFORE = re.compile(rf"[{_VI_UPPER}]\w*\s+$")


# The words of a body's name a trích yếu in capitals hides the case of (folded lower case → as printed in
# running text); a level word's place after it is capitalised word by word, other words are lower case.
_CAPS_NAME_PHRASES = {
    "ủy ban nhân dân": "Ủy ban nhân dân", "hội đồng nhân dân": "Hội đồng nhân dân", "ubnd": "UBND", "hđnd": "HĐND",
    "mttq": "MTTQ", "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam", "việt nam": "Việt Nam",
    "ban thường vụ": "Ban Thường vụ", "ban chấp hành": "Ban Chấp hành", "ban thường trực": "Ban Thường trực",
    "thường trực": "Thường trực", "bộ chính trị": "Bộ Chính trị", "ban bí thư": "Ban Bí thư",
    "trung ương": "Trung ương", "đảng bộ": "Đảng bộ", "đảng ủy": "Đảng ủy", "đảng": "Đảng", "chính phủ": "Chính phủ",
    "thủ tướng": "Thủ tướng", "quốc hội": "Quốc hội", "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội",
    "tỉnh ủy": "Tỉnh ủy", "huyện ủy": "Huyện ủy", "thành ủy": "Thành ủy", "thị ủy": "Thị ủy", "quận ủy": "Quận ủy",
    "ban chỉ đạo": "Ban Chỉ đạo", "ban chỉ huy": "Ban Chỉ huy", "ban": "Ban", "ủy ban": "Ủy ban",
    "chủ tịch": "Chủ tịch", "bộ trưởng": "Bộ trưởng", "giám đốc": "Giám đốc", "đoàn thanh niên": "Đoàn Thanh niên",
    "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ", "hội nông dân": "Hội Nông dân", "công an": "Công an",
    "quân sự": "Quân sự", "văn phòng": "Văn phòng", "liên đoàn lao động": "Liên đoàn Lao động",
}
_CAPS_PHRASE_SIZES = sorted({len(k.split()) for k in _CAPS_NAME_PHRASES}, reverse=True)
_CAPS_FIELD_HEADS = {"bộ": "Bộ", "sở": "Sở", "phòng": "Phòng"}
_LOWER_LEVELS = {lv.printed for lv in levels.LEXICON}
_LOWER_LEVEL_SIZES = sorted({len(lv.split()) for lv in _LOWER_LEVELS}, reverse=True)


def _caps_issuer(text: str, pos: int) -> tuple[str, int] | None:
    """The issuer a trích yếu in capitals prints at pos (after "CỦA"): (its name as running text prints it,
    end offset). Read on its lower-case form, where ISSUER_STOP finds the verb or preposition that ends it."""
    end = pos
    while end < len(text) and end - pos < 200 and text[end] != "\n" and not text[end].islower():
        end += 1
    if end < len(text) and text[end].islower():
        return None   # the line goes on in lower case: capitals of a sentence's own ("CỦA CẢI vật chất"), no trích yếu's
    chunk = _normalize_same_length(text[pos:end]).lower()   # (one character for one: the offsets hold)
    start = 0
    head = chunk.split(" ", 1)[0]
    if head in _CAPS_FIELD_HEADS:   # a ministry's or department's field holds "và" and commas of its own
        rest = chunk[len(head) + 1:]
        field = next((f for f in _FIELD_NAMES if rest.startswith(f)), None)
        if field is not None:
            start = len(head) + 1 + len(field)
    stop = ISSUER_STOP.search(chunk, start)
    while stop and chunk[stop.start():stop.end()].strip() in _CLAUSE_STOPS and _caps_place_goes_on(chunk, stop):
        stop = ISSUER_STOP.search(chunk, stop.end())
    raw = chunk[:stop.start()] if stop else chunk
    if " địa bàn" in raw and (cut := ON_AREA.search(raw)):
        raw = raw[:cut.start()]   # where the cited document applies, as in running text
    words = raw.split()
    if not words or len(words) > ISSUER_MAX_WORDS:
        return None
    return _caps_name(words), pos + len(raw.rstrip())


# ISSUER_STOP's clause words ("… của Chính phủ bằng tiếng Mông", "… đạt từ 90 điểm") that, once a name in capitals
# is lower-cased, are also syllables of a place's name: "TỈNH CAO BẰNG", "XÃ BẰNG THÀNH", "XÃ THÀNH ĐẠT".
_CLAUSE_STOPS = frozenset({"đạt", "là", "bằng", "thông qua"})
_CAPS_PLACE_WORDS = 3   # the words of a place's name printed between its level word and such a syllable, at most


def _caps_place_goes_on(chunk: str, stop: re.Match) -> bool:
    """Is the clause word `stop` found in a lower-cased name in capitals a syllable of the place named after a
    level word? Later in the name it is ("cao bằng", "thành đạt": a place's name is not cut to one syllable); as
    the name's first word only where the official list holds a unit of that level named so ("xã bằng thành",
    not "tỉnh bằng nhiều hình thức")."""
    before = chunk[:stop.start()].split()
    said = chunk[stop.start():stop.end()].split()
    after = chunk[stop.end():].split()[:2]
    for k in range(_CAPS_PLACE_WORDS + 1):
        for size in _LOWER_LEVEL_SIZES:
            at = len(before) - k - size
            if at < 0 or " ".join(before[at:at + size]) not in _LOWER_LEVELS:
                continue
            place = k - (k > 0 and before[at + size] in ("ủy", "uỷ"))   # a committee's place: "tỉnh ủy cao bằng"
            if place:
                return True
            level = " ".join(before[at:at + size])
            return admin.names_listed((level,), said + after, least=len(said))
    return False


def _caps_name(words: list[str]) -> str:
    """A body's name, lower-cased words in, with the capitals running text gives it."""
    out: list[str] = []
    i, place = 0, False
    while i < len(words):
        if place:
            out.append(words[i][:1].upper() + words[i][1:])
            i += 1
            continue
        if words[i] in _CAPS_FIELD_HEADS and (field := next(
                (f for f in _FIELD_NAMES if " ".join(words[i + 1:]).startswith(f)), None)):
            out.append(f"{_CAPS_FIELD_HEADS[words[i]]} {_FIELD_NAMES[field]}")
            i += 1 + len(field.split())
            continue
        size = next((n for n in _LOWER_LEVEL_SIZES if " ".join(words[i:i + n]) in _LOWER_LEVELS), 0)
        if size and not (i + size < len(words) and words[i + size] in ("ủy", "uỷ")):
            out.append(" ".join(words[i:i + size]))   # a level word, its place's name after it
            i += size
            place = True
            continue
        size = next((n for n in _CAPS_PHRASE_SIZES if " ".join(words[i:i + n]) in _CAPS_NAME_PHRASES), 0)
        if size:
            phrase = _CAPS_NAME_PHRASES[" ".join(words[i:i + size])]
            out.append(phrase)
            i += size
            place = phrase in PARTY_COMMITTEES   # ("Tỉnh ủy Bắc Giang": the place right after the committee)
            continue
        out.append(words[i] if out else words[i][:1].upper() + words[i][1:])
        i += 1
    return " ".join(out)


def canonical_issuer(printed: str, context: dict | None = None) -> str:
    """The short canonical form of an issuer, completed from context where only one place fits.

    "Ủy ban nhân dân huyện Quảng Hoà" → "UBND huyện Quảng Hòa"; "UBND Thành phố" with the
    province Hà Nội → "UBND thành phố Hà Nội"; "Chủ tịch UBND tỉnh" → "Chủ tịch UBND tỉnh Lai Châu".
    """
    return _complete_place(_issuer_form(printed), context or {})


@memo(8192)  # (issuers recur within a plan and across plans)
def _issuer_form(printed: str) -> str:
    """canonical_issuer before completion from context: tone marks, UBND/HĐND, level words."""
    s = normalize_tone_marks(" ".join(printed.split()))
    for pattern, repl in ISSUER_REWRITES:
        s = pattern.sub(repl, s)
    return LEVEL_AFTER_BODY.sub(lambda m: m.group(1).lower(), s)


def _complete_place(s: str, context: dict) -> str:
    if not s.endswith(_PLACE_SUFFIXES):
        return s   # (most issuers end in their place's name: no level word to complete)
    province = _clean_place(context.get("province"))
    district = _clean_place(context.get("district"))
    locality = _clean_place(context.get("locality"))
    own_level = (context.get("admin_level") or "").strip().lower() or None

    for committee, level in PARTY_COMMITTEES.items():
        if s == committee or s.endswith(" " + committee):
            place = _place_for_level(level, own_level, province, district, locality)
            return f"{s} {place}" if place else s
    for level in LEVEL_WORDS:
        if s.endswith(" " + level):
            place = _place_for_level(level, own_level, province, district, locality)
            return f"{s} {place}" if place else s
    return s


# Every ending the loops of _complete_place test (a committee alone or after a space, a level word
# after a space), for one str.endswith gate before them.
_PLACE_SUFFIXES = tuple(PARTY_COMMITTEES) + tuple(" " + level for level in LEVEL_WORDS)


def _place_for_level(level: str, own_level, province, district, locality) -> str | None:
    """The one unit a bare level word can mean in a plan with this context, or None."""
    if own_level == level and locality:
        return locality  # the plan's own unit
    if level == "tỉnh":
        return province if province and province not in CENTRAL_CITIES else None
    if level == "thành phố":
        return province if province in CENTRAL_CITIES else None
    if level in DISTRICT_LEVELS:
        return district if own_level in BELOW_DISTRICT else None
    return None


# Kinds of documents a title names by their kind words alone, in a list ("… thực hiện Quyết định số 1425/QĐ-TTg
# … và Đề án, Nghị quyết của Tỉnh ủy về …"): the comma between two such words is the list's, not the end of the
# title. A kind word after it with its number is the next document cited, which ends the title.
KIND_LISTED_BEFORE = re.compile(rf"(?<!\w)(?:{_KIND_CAPITALISED})$")
KINDS_LISTED_AFTER = re.compile(rf",[^\S\n]*(?:{_KIND_CAPITALISED})(?!\w)(?![^\S\n]*(?:số|:|\d))")


def _title_stop(text: str, begin: int, limit: int) -> re.Match | None:
    """Where a title opening at begin ends (TITLE_END), before limit. A line end or a semicolon
    ends one in any case, so the search need not look past the first of them. The comma between
    the fields of a body the title names ("phối hợp giữa Sở Văn hóa, Thể thao và Du lịch và …")
    is the name's own, not the end of the title."""
    window = limit
    for hard in ("\n", ";"):
        k = text.find(hard, begin, window)
        if k != -1:
            window = k + 1
    stop = TITLE_END.search(text, begin, window)
    while stop is not None and stop.group()[:1] == "," and (
            FIELD_COMMA.match(text, stop.start())
            and FIELD_NAME_BEFORE.search(text, max(begin, stop.start() - 40), stop.start())
            or KINDS_LISTED_AFTER.match(text, stop.start())
            and KIND_LISTED_BEFORE.search(text, max(begin, stop.start() - 24), stop.start())):
        stop = TITLE_END.search(text, stop.end(), window)
    # a name the title quotes is read whole: its own words ("Đề án “Bảo vệ và phát triển rừng vùng ven
    # biển nhằm ứng phó với biến đổi khí hậu …”") end nothing before its closing quote
    while stop is not None and stop.group()[:1] not in "\n\t;":
        close = _quote_close(text, begin, stop.start(), window)
        if close is None:
            break
        stop = TITLE_END.search(text, close + 1, window)
    return stop


def _quote_close(text: str, begin: int, at: int, window: int) -> int | None:
    """Where the quote open at `at` (opened after begin) closes, before window; None when `at`
    stands in no quote or its quote does not close. Typographic quotes pair by their shape;
    straight ones (a plain-text copy, a typist's) by their count: an odd number since begin."""
    opened = text.rfind("“", begin, at)
    if opened != -1 and text.find("”", opened, at) == -1:
        close = text.find("”", at, window)
        return None if close == -1 else close
    if text.count('"', begin, at) % 2:
        close = text.find('"', at, window)
        return None if close == -1 else close
    return None


def _wrapped_on(text: str, begin: int, brk: int, limit: int) -> bool:
    """Does the title from begin, broken by the line break at brk, go on on the next line?"""
    nxt = brk + 1
    line_end = text.find("\n", nxt, limit)
    if nxt >= limit or "\t" in text[nxt:line_end if line_end != -1 else limit] \
            or "\t" in text[text.rfind("\n", 0, brk) + 1:brk] or NEW_ITEM.match(text, nxt):
        return False
    return text[nxt:nxt + 1].islower() or OPEN_LINE_END.search(text, max(begin, brk - 24), brk) is not None \
        or PERIOD_LINE.match(text, nxt) is not None


# The plan's own place for its work, where a central document's title runs on to the end of its
# cell or line ("Kiểm tra việc thực hiện Kết luận số 21-KL/TW … về đẩy mạnh xây dựng, chỉnh đốn Đảng
# tại các chi bộ thôn"): the units below a commune the plan's work reaches, which no title issued for
# the whole country lists. (A province's or a district's document may well name its own "các thôn".)
LOCAL_PLACE = re.compile(
    r"[^\S\n]+(?:tại|ở|trong)[^\S\n]+(?:các|những|toàn[^\S\n]+bộ(?:[^\S\n]+các)?)[^\S\n]+(?:chi[^\S\n]+bộ|thôn|xóm|bản|ấp|buôn"
    r"|làng|tổ[^\S\n]+dân[^\S\n]+phố|khu[^\S\n]+phố|khu[^\S\n]+dân[^\S\n]+cư)(?!\w)[^\t\n;.]*$", re.IGNORECASE)
# Central symbols: the Party's (…/TW) and the Government's, its Prime Minister's and the Assembly's.
CENTRAL_SYMBOL = re.compile(r"(?:/TW|-CP|-TTg|/QH\d*|-UBTVQH\d*)$")


# A central document's title run on to the plan's own area ("Kế hoạch thực hiện Nghị quyết số 02/NQ-CP … về
# tiếp tục … đến năm 2021 trên địa bàn thành phố Đà Nẵng"): a text issued for the whole country names no
# province's area at its end; the plan does, for its own work.
OWN_AREA_TAIL = re.compile(r"[\s,]+trên\s+địa\s+bàn(?:\s+toàn)?\s+(?:" + levels.alternation(space=_SPACE) + r")"
                           r"(?P<name>(?:\s+(?:[^\W\d_][\w\-–]*|[-–])){0,6})\s*$", re.IGNORECASE)


def _without_own_area(title: str, context: dict | None) -> str:
    """A central document's title without the plan's own area run on to its end: "trên địa bàn" and a level
    word, bare or with the name of the plan's province, district or commune; the title as it is else."""
    m = OWN_AREA_TAIL.search(title)
    if m is None or m.start() < 20:
        return title
    name = admin.fold_key(m["name"]) if m["name"].strip() else ""
    own = {admin.fold_key(v) for k in ("province", "district", "locality") if (v := _clean_place((context or {}).get(k)))}
    if name and name not in own:
        return title
    return title[:m.start()].rstrip(" ,;-–")


def _cut_own_area(found: list, context: dict | None) -> None:
    """A central document's title that ran on to the plan's own area (_without_own_area) where another
    mention of it prints the title without that area: the document's own title is that one. (A text of
    the Government's may well be about one province's area, "… dự án … trên địa bàn tỉnh X": only the
    plan's own words printing the title without it tell the area is the plan's.)"""
    def key(t: str) -> str:
        return " ".join(t.split()).casefold().rstrip(" .,;")
    titles: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.symbol and f.title and CENTRAL_SYMBOL.search(f.symbol):
            titles[f.symbol.upper()].add(key(f.title))
    for f in found:
        if f.symbol and f.title and CENTRAL_SYMBOL.search(f.symbol):
            cut = _without_own_area(f.title, context)
            if cut != f.title and key(cut) in titles[f.symbol.upper()]:
                f.title = cut


def _trich_yeu(text: str, start: int, next_start: int, central: bool = False,
               later: tuple[int, ...] = ()) -> str | None:
    """The trích yếu printed right after a mention's tail ("… của Chính phủ quy định chi tiết …",
    "… về việc ban hành Quy chế …"), as the document's own header would print it: from its verb, or
    from after "về (việc)" / "V/v", to TITLE_END; None when the plan's sentence goes on instead.
    next_start: where the next mention starts (the title ends there when it lists it); later: where
    the mentions after it start (a law the title names, "… một số điều của Luật Hộ tịch và Quyết định
    số 101/QĐ-TTg …", leaves the next document listed after it outside the title all the same).
    central: the document is the Party's or the Government's (CENTRAL_SYMBOL): LOCAL_PLACE ends its title."""
    opening = TITLE_OPENING.match(text, start)
    if opening is None:
        return None
    word = opening.group().strip(" \t,(").lower()
    begin = opening.end() if word in ("về", "v/v") else opening.end() - len(opening.group().lstrip(" \t,"))
    if word == "về" and text[begin:begin + 6].strip().lower() == "việc":
        begin = text.index("việc", begin) + 4
    limit = min(len(text), begin + TITLE_MAX_CHARS)
    stop = _title_stop(text, begin, limit)
    for _ in range(WRAPPED_LINES_MAX):
        if stop is None or stop.group() != "\n" or not _wrapped_on(text, begin, stop.start(), limit):
            break
        stop = _title_stop(text, stop.end(), limit)
    # (the next document listed after it, ", Kế hoạch số …" / " và Quyết định số …", ends it wherever it stands)
    listed_end = next((listed.start() for s in (next_start, *later)
                       if begin < s < (stop.start() if stop else limit)
                       and (listed := NEXT_IN_LIST.search(text, begin, s))), None)
    if stop is None and limit < len(text) and listed_end is None:
        return None     # no end in sight: not a title
    end = stop.start() if stop else limit
    # (the plan's closing words, the end of a table's cell or of the sentence: what the title ran
    # into is the plan's own issuing clause, "… trên địa bàn tỉnh UBND huyện X xây dựng Kế hoạch …")
    if "ế hoạch" in text[begin:end] and (own := PLAN_OWN_CLAUSE.search(text, begin, end)) and (
            stop is not None and (stop.group() == "\t" or PLAN_CLOSING.match(stop.group()))
            or (stop is None or stop.group() in SENTENCE_ENDS) and own.group().endswith("Kế hoạch")):
        end = own.start()
    if listed_end is not None and listed_end < end:
        end = listed_end
    if opening["paren"] and (close := text.find(")", begin, end)) >= 0:
        end = close     # a trích yếu printed in brackets ("… (về việc Phê duyệt Đề án …)"): they close it
    if central and (stop is None or stop.group() in "\t\n") and "các" in text[begin:end] \
            and (place := LOCAL_PLACE.search(text, begin, end)):
        end = place.start()     # (at the end of its cell or line: the title held nothing after it)
    title = " ".join(text[begin:end].split()).strip(" ,-–")
    if title[:1] in "“\"" and title[-1:] in "”\"" and not any(q in title[1:-1] for q in "“”\""):
        title = title[1:-1].strip()     # a trích yếu printed in quotes ("về “Ngày hội …”"): the quotes are no part of it
    if len(title) < 4:
        return None
    title = TITLE_CASE_PERIOD.sub(lambda m: m.group().lower(), title)
    return title[0].upper() + title[1:]


# The period a title-case trích yếu wrapped to, inside the title ("… tỉnh Quảng Ngãi Đến năm 2025"): in
# small letters, as the sentence prints it.
TITLE_CASE_PERIOD = re.compile(rf"(?<=[^\W\d_] )(?:Đến năm|Giai đoạn)(?= {_YEAR})")


# The kind as a word of the title's own noun, not said again: "kế hoạch hóa gia đình" (family planning), "Chương
# trình mục tiêu quốc gia giảm nghèo" (the national target programme a plan carries out)
KIND_IN_NOUN = re.compile(r"[^\S\n]+(?:hóa|hoá|mục[^\S\n]+tiêu[^\S\n]+quốc[^\S\n]+gia|MTQG)(?!\w)", re.IGNORECASE)


def without_kind_said_again(title: str, kind: str) -> str:
    """A trích yếu without its document's kind said again before it ("… số 2664/KH-UBND về Kế hoạch phòng
    chống thiên tai …" -> "Phòng chống thiên tai …": no trích yếu opens on its kind, printed on the line above
    it); kept whole where the kind is a word of its noun (KIND_IN_NOUN)."""
    if title[:len(kind)].lower() != kind.lower() or title[len(kind):len(kind) + 1] != " " \
            or KIND_IN_NOUN.match(title, len(kind)):
        return title
    rest = title[len(kind) + 1:]
    return rest[:1].upper() + rest[1:]


def _without_kind_again(title: str, kind: str | None) -> str:
    """A trích yếu as its document's header prints it: without a plan's own kind said again before
    it (without_kind_said_again) and without a closing bracket it never opened ("… Quyết định số
    213/QĐ-TTg của Thủ tướng Chính phủ)", a parenthesis of the plan's sentence closed after it)."""
    if kind == "Kế hoạch" and len(title.split()) > 4:
        title = without_kind_said_again(title, kind)
    if title.endswith(")") and title.count(")") > title.count("("):
        title = title[:-1].rstrip(" ,")
    return title


def _issuer_from_territory(text: str, start: int, limit: int, organ: str, context: dict | None) -> str | None:
    """The committee whose territory the title printed at start (before limit) governs, or None.

    Only a title that opens right at start counts, and it ends at TITLE_END or limit (where the
    next mention starts), so "trên địa bàn" of a later citation or of the plan's own sentence is
    never read. Every unit the title names must be the same one.
    """
    opening = TITLE_OPENING.match(text, start, limit)
    if opening is None:
        return None
    limit = min(limit, opening.end() + TITLE_MAX_CHARS)
    stop = _title_stop(text, opening.end(), limit)
    end = stop.start() if stop else limit
    if "địa bàn" not in text[opening.end():end].lower():     # (the usual case: no regex run)
        return None
    context = context or {}
    found: set[str] = set()
    for m in TERRITORY.finditer(text, opening.end(), end):
        if m["abbr"]:
            level, name = LEVEL_ABBREVIATIONS[m["abbr"].lower()], m["abbr_name"]
        else:
            level, name = " ".join(m["level"].lower().split()), m["name"]
        if TERRITORY_NOT_ONE.match(text, m.end()) or (name and name.isdecimal() and level not in NUMBERED_LEVELS):
            return None
        bare = _issuer_form(f"{organ} {level}")
        if name:
            found.add(canonical_issuer(f"{bare} {' '.join(name.split())}", context))
            continue
        completed = _complete_place(bare, context)
        if completed == bare:
            return None     # "trên địa bàn tỉnh" and no one province fits
        found.add(completed)
    return found.pop() if len(found) == 1 else None


# =============================================================================================
# Laws by name
# =============================================================================================

def _name_pattern(name: str) -> str:
    """A listed name as a pattern: any spacing, a comma or dash between words optional."""
    return r"(?:\s*[,\-–])?\s+".join(re.escape(w.strip(",")) for w in name.lower().split())


def _name_key(name: str) -> str:
    return _NAME_KEY_DROP.sub(" ", name.lower()).strip()


@lru_cache(maxsize=2)
def _name_table(block: str) -> tuple[re.Pattern, dict[str, str]]:
    """(pattern matching any listed name after the head word, folded name → canonical name)."""
    names = sorted((" ".join(n.split()) for n in block.split(";") if n.strip()), key=len, reverse=True)
    folded = [normalize_tone_marks(n) for n in names]
    canon = {_name_key(f): n for f, n in zip(folded, names)}
    alternation = "|".join(_name_pattern(f) for f in folded)
    return re.compile(rf"\s+(?P<name>{alternation})(?!\w)", re.IGNORECASE), canon


@lru_cache(maxsize=2)
def _name_reach(block: str) -> int:
    """A bound on the non-space characters _name_table(block)'s pattern reads after its start:
    every listed name's letters and the comma or dash it may hold between words, the character
    its look-ahead reads, and a margin."""
    names = [" ".join(n.split()) for n in block.split(";") if n.strip()]
    words = [normalize_tone_marks(n).lower().split() for n in names]
    return max(sum(len(w) for w in ws) + len(ws) for ws in words) + 8


def preload() -> None:
    """Compile now the patterns of the laws and codes cited by name, which are otherwise built on a
    plan's first such citation: a batch's fork server calls this once."""
    for block in (LAW_NAMES, CODE_NAMES):
        _name_table(block)
        _name_reach(block)


def _tone_window(text: str, pos: int, reach: int) -> str:
    """The text from pos with its words tone-normalized (same length) over the next `reach`
    non-space characters: there, and wherever a name pattern matched at its start can read, it
    reads what _normalize_same_length(text)[pos:] holds, without normalizing (or copying) the
    whole text. A little of the text after the window is kept, unnormalized, as it would be."""
    m = _non_spaces(reach).match(text, pos)
    i = m.end() if m is not None else len(text)  # (fewer non-space characters: to the end)
    i = _LETTERS.match(text, i).end()  # end on a whole word
    return _normalize_same_length(text[pos:i]) + text[i:i + reach]


@lru_cache(maxsize=8)
def _non_spaces(count: int) -> re.Pattern:
    """Matches up to and including the count-th non-space character (\\s is str.isspace)."""
    return re.compile(rf"(?:\s*\S){{{count}}}")


_LETTERS = re.compile(r"[^\W\d_]*")


def _previous_word(text: str, pos: int) -> str:
    """The word right before pos when only spaces separate them ("pháp luật"), else ""."""
    m = _PREVIOUS_WORD.search(text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _fallback_name_end(text: str, pos: int) -> int | None:
    """End of an unlisted law's name printed after pos, or None.

    The name opens with a capitalised word and runs over plain words up to punctuation, a digit,
    a stop word ("năm", "số", "và các", "hướng dẫn", …) or the head of another document; "và"
    stays inside when a capitalised word follows ("Bảo vệ và Phát triển rừng").
    """
    ws = _SPACES.match(text, pos)
    if not ws or "\t" in ws.group():
        return None   # "Luật" closing a table cell: the next cell is another column ("… với Luật | Văn phòng Sở")
    end = prev = ws.end()
    count = 0
    for w in _WORD.finditer(text, ws.end(), min(len(text), ws.end() + 160)):
        word, lower = w.group(), w.group().lower()
        gap = text[prev:w.start()]
        if count and (not gap.isspace() or "\t" in gap):
            break                                   # punctuation, a digit or a cell's edge ends the name
        if count == 0:
            if w.start() != ws.end() or not word[0].isupper():
                return None
        elif lower == "và":
            nxt = _NEXT_WORD.match(text, w.end())
            if not (nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower() not in DOC_KIND_HEADS):
                break
            prev = w.end()
            continue
        elif lower in LAW_NAME_STOP_WORDS or (word[0].isupper() and lower in DOC_KIND_HEADS):
            break
        end = prev = w.end()
        count += 1
        if count >= LAW_NAME_MAX_WORDS:
            break
    return end if count else None


@dataclass
class _Found:
    """A reference as found, before relation and ref_id are assigned."""
    start: int
    end: int
    kind: str | None
    symbol: str | None = None
    title: str | None = None
    year: int | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    tail_end: int | None = None     # where the date / issuer printed after the mention end
    organ: str | None = None        # the committee (or its Chairman) its symbol names, as in ORGAN_ISSUERS
    coded: bool = False             # the issuer was read from the symbol's code, not printed
    printed: bool = False           # the issuer was printed right after the mention ("của …")
    body: str | None = None         # the local body its code names, unprinted (SUBJECT_BODIES)
    listed: bool = False            # its joint issuers were read from one printed "liên Bộ A, B" list
    joint: bool = False             # its symbol is a joint text's ("05/KHLT-UBND-UBMTTQ")
    codes: tuple[str, ...] = ()     # its symbol's issuer codes, upper case ("TW", "UBND")


def _law_title(text: str, head: re.Match, is_code: bool) -> tuple[str, int] | None:
    """(title, end) of the law named after the head word, or None for a generic mention."""
    pos = head.end()
    ws = _SPACES.match(text, pos)
    amend = LAW_AMENDING.match(text, ws.end()) if ws and not is_code else None
    if amend:   # "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one law
        limit = min(len(text), amend.end() + 300)
        stop = LAW_AMENDING_END.search(text, amend.end(), limit)
        end = amend.start() + len(text[amend.start():stop.start() if stop else limit].rstrip(" ,"))
        title = " ".join(text[amend.start():end].split())
        return title[0].upper() + title[1:], end
    block = CODE_NAMES if is_code else LAW_NAMES
    pattern, canon = _name_table(block)
    known = pattern.match(_tone_window(text, pos, _name_reach(block)))  # (offsets from pos)
    capital = head["head"][0].isupper()
    # Lower-case "luật" + a one-word name ("theo luật giá cả") is too often plain prose.
    if known and (capital or len(known["name"].split()) > 1):
        name = known["name"]
        end = pos + known.end()
        return canon.get(_name_key(name), " ".join(text[pos + known.start("name"):end].split())), end
    if capital:
        end = _fallback_name_end(text, pos)
        if end is not None:
            title = " ".join(text[pos:end].split())
            return (title[0] + title[1:].lower() if title.isupper() else title), end
    return None


def _find_laws(text: str) -> list[_Found]:
    """Laws, codes and the Constitution named by title; "… số 06/2022/QH15" joins the mention."""
    found: list[_Found] = []
    consumed_until = -1
    for head in _law_heads(text):
        if head.start() < consumed_until:
            continue        # a law named inside an amending law's title
        word = head["head"].lower().split()[0]
        if word == "hiến":
            if CONSTITUTION_TAIL.match(text, head.end()):
                state = CONSTITUTION_STATE.match(text, head.end())
                found.append(_Found(head.start(), state.end() if state else head.end(), "Hiến pháp", issuer="Quốc hội"))
            continue
        is_code = word == "bộ"
        if not is_code and _previous_word(text, head.start()) in LAW_BLOCKED_BEFORE:
            continue
        named = _law_title(text, head, is_code)
        if named is None:
            continue
        title, end = named
        ref = _Found(head.start(), end, "Bộ luật" if is_code else "Luật", title=title, issuer="Quốc hội")
        number = _SYMBOL_NUMBER_WORD.match(text, end)
        sm = SYMBOL.match(text, number.end()) if number else None
        sym = _parse_symbol(sm) if sm else None
        if sym and not sym.bare:
            ref.symbol, ref.end, ref.year = sym.symbol, sm.end(), sym.year
        consumed_until = ref.end
        found.append(ref)
    return found


def _joint_ministries(text: str, pos: int) -> tuple[str, int] | None:
    """The ministries printed after "của liên Bộ" at pos, as "Bộ A, Bộ B" (the golds' form of a joint
    issuer), and where they end; None unless at least two ministries are named."""
    opening = JOINT_MINISTRIES_OPEN.match(text, pos)
    if opening is None:
        return None
    # (read where the old tone placement, "Văn hoá", is made the names' own: same length, same offsets)
    chunk = _normalize_same_length(text[opening.end():opening.end() + 240])
    names: list[str] = []
    end = at = 0
    while (field := JOINT_MINISTRY_FIELD.match(chunk, at)) is not None:
        names.append("Bộ " + _FIELD_NAMES[" ".join(field[1].lower().replace("–", "-").split())])
        end = field.end()
        sep = JOINT_MINISTRY_NEXT.match(chunk, end)
        if sep is None or ";" in sep.group():
            break
        at = sep.end()
    names = list(dict.fromkeys(names))   # (a field named twice in a row, "Khoa học và Công nghệ": one ministry)
    return (", ".join(names), opening.end() + end) if len(names) >= 2 else None


CODE_AGAIN = re.compile(r"[^\S\n]+(?P<code>[A-ZĐ][A-Za-zĐđ&]*(?:[-/][A-ZĐ][A-Za-zĐđ&]*)+)(?![\w/-])")


def _symbol_codes(symbol: str) -> str:
    """A symbol's codes after its number (and year): "37-NQ/TW" → "NQ/TW", "14/KH-UBND" → "KH-UBND"."""
    return re.sub(r"^\d+[-/](?:\d{4}/)?", "", symbol)


def ministry_name(printed: str) -> str | None:
    """The name of the ministry `printed` names with its capitals, commas or dashes lost ("Bộ Lao động thương
    binh và Xã hội", a header's column wrapped at its dash); None for any other body."""
    return _MINISTRY_BY_KEY.get(tuple(re.findall(r"[^\s,\-–&]+", printed.lower())))


def _ministry_any_case(text: str, pos: int, named: bool = False) -> tuple[str, int] | None:
    """(name, end) of a ministry printed after "của" without the capitals or commas of its name (MINISTRY_ANY_CASE);
    None where it is printed as its name is, which the issuer's usual reading takes. named: the ministry's name
    stands at pos, with no "của" before it (a joint text's next issuer)."""
    m = MINISTRY_ANY_CASE.match(text, pos)
    if m is None or (m.start("name") == pos) is not named:
        return None
    name = _MINISTRY_BY_KEY[tuple(re.findall(r"[^\s,\-–&]+", m["name"].lower()))]
    return (name, m.end()) if " ".join(m["name"].split()) != name else None


def _read_tail(text: str, pos: int, ref: _Found, context: dict | None) -> int:
    """Year, date and issuer printed right after a mention, in whichever order they come; returns
    where they end."""
    if ref.symbol and (again := CODE_AGAIN.match(text, pos)) and again["code"] == _symbol_codes(ref.symbol):
        pos = again.end()   # the codes typed twice ("Nghị quyết số 37-NQ/TW NQ/TW ngày …")
    for _ in range(3):
        if ref.year is None and ref.issued_date is None:
            y = YEAR_AFTER.match(text, pos) or (LAW_BARE_YEAR.match(text, pos) if ref.symbol is None else None)
            if y and _plausible_year(int(y["year"])):
                ref.year, pos = int(y["year"]), y.end()
                continue
        if ref.issued_date is None:
            d = DATE_AFTER.match(text, pos)
            if d and d["on"] and HELD_AT.match(text, d.end()):
                d = None
            if d:
                pos = d.end()
                ref.issued_date = _date(d)
                if ref.issued_date and ref.year is None:
                    ref.year = ref.issued_date.year
                continue
        if ref.issuer is None:
            head = text[pos:pos + 16].lower()
            if "liên" in head or "các b" in head or "giữa" in head:
                if joint := _joint_ministries(text, pos):
                    ref.issuer, pos = joint
                    ref.listed = True
                    continue
            if "bộ" in head.lower() and (ministry := _ministry_any_case(text, pos)):
                ref.issuer, pos = ministry
                continue
            c = ISSUER_AFTER.match(text, pos)
            if c is None and ref.kind and (again := KIND_AGAIN.match(text, pos)) \
                    and KIND_WORDS.get(" ".join(again["kind"].lower().split())) == ref.kind:
                c = ISSUER_AFTER.match(text, again.end())
            if c is None and ref.joint and "giữa" in head:
                c = JOINT_BETWEEN.match(text, pos)
            if c is None and ref.issued_date is not None and ref.symbol and ref.symbol.endswith("/TW"):
                c = CENTRAL_PARTY_AFTER.match(text, pos)
            issuer = _read_issuer(text, c.end()) if c else None
            if c is None and text[pos:pos + 5].lstrip(" ,")[:1] in "CD" and (c := CAPS_ISSUER_AFTER.match(text, pos)):
                issuer = _caps_issuer(text, c.end())
            if issuer:
                if issuer[0][:1].islower():   # ("của phòng GD&ĐT X": the office's name as its header prints it)
                    issuer = (issuer[0][0].upper() + issuer[0][1:], issuer[1])
                ref.issuer = canonical_issuer(issuer[0], context)
                pos = issuer[1]
                if note := FORMER_UNIT_NOTE.match(text, pos):
                    pos = note.end()
                if term := TERM_NOTE.match(text, pos):
                    pos = term.end()
                continue
        break
    return pos


# =============================================================================================
# Symbols in the text
# =============================================================================================

_CODE_RUN = re.compile(r"[^\W_]+")
_SLASH_LOWER = re.compile(rf"/[ \t]?[{_VI_LOWER}]")
_SEPARATORS = frozenset("/-\u2013")


def _capitalise_lower_symbols(text: str) -> str:
    """text with each số hiệu typed in lower case ("Kế hoạch số 15/kh-ubnd", "Nghị định số
    98/2020/nđ-cp", "Chỉ thị 05-ct/hu") in capitals, at the same offsets. Only where a kind word
    stands right before it: that says a document is named, where "3/ha-năm" or "đồng/kg-tháng"
    is a rate. A symbol printed with its capitals ("10/CĐ-TTg") is left as it is."""
    spans = []
    for m in _SLASH_LOWER.finditer(text):           # (a slash before a lower-case letter: rare)
        a = b = m.start()
        if spans and a < spans[-1][1]:
            continue                                # (inside the symbol before: "98/2020/nđ-cp")
        # (a typist's spaces go with the slash or dash they stand beside: "12 / 2020 / tt - bnv")
        while a > 0 and (text[a - 1].isalnum() or text[a - 1] in _SEPARATORS
                         or (text[a - 1] in " \t" and (text[a] in _SEPARATORS or text[a - 2:a - 1] in _SEPARATORS))):
            a -= 1
        while b < len(text) and (text[b].isalnum() or text[b] in _SEPARATORS
                                 or (text[b] in " \t" and (text[b - 1] in _SEPARATORS or text[b + 1:b + 2] in _SEPARATORS))):
            b += 1
        a, b = a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip())
        token = text[a:b]
        if (token[:1].isdecimal() and ("-" in token or "\u2013" in token) and not any(c.isupper() for c in token)
                and KIND_BEFORE.search(text, max(0, a - 60), a)):
            upper = _CODE_RUN.sub(lambda c: _MIXED_CASE_CODES.get(c.group().upper(), c.group().upper()), token)
            if len(upper) == len(token):            # (offsets must hold)
                spans.append((a, b, upper))
    if not spans:
        return text
    out, last = [], 0
    for a, b, upper in spans:
        out += [text[last:a], upper]
        last = b
    out.append(text[last:])
    return "".join(out)


_SO_BEFORE = re.compile(r"(?<!\w)[sS]ố[ \t]*:?[ \t]*$")


def _numbered_at(text: str, end: int) -> bool:
    """Does "số" stand right before the run of digits that ends at `end`?"""
    j = end
    while j > 0 and text[j - 1].isdecimal():
        j -= 1
    return _SO_BEFORE.search(text, max(0, j - 6), j) is not None


def _symbols(text: str):
    """SYMBOL.finditer(text), tried only where a match can start. Every symbol opens with a run
    of digits (its look-behind refuses a letter or digit before it) followed, after spaces, by
    "/" or a dash: the separators are found fast, and the run before each is read back (over the
    line break a wrapped symbol may have before its slash)."""
    starts = set()
    for i in find_all(text, _SYMBOL_SEPARATORS):
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        if i > 0 and text[i - 1] == "\n":
            i -= 1
            while i > 0 and text[i - 1] in " \t\u00a0":
                i -= 1
        k = i
        while k > 0 and i - k < 4 and text[k - 1].isalpha():
            k -= 1
        if k < i and k > 0 and text[k - 1].isdecimal():   # ("20NQ/TW": a type code glued to the number)
            i = k
        elif k < i and k > 1 and text[k - 1] in " \t" and text[k - 2].isdecimal() and _numbered_at(text, k - 1):
            i = k - 1     # ("Kế hoạch số 298 KH/TWĐTN": the hyphen made a space, after "số" only)
        j = i
        while j > 0 and text[j - 1].isdecimal():  # \d of a str pattern
            j -= 1
        if j < i:
            starts.add(j)
    return matches_at(SYMBOL, text, starts)


def _law_heads(text: str):
    """LAW_HEAD.finditer(text), tried only where a match can start: LAW_HEAD opens with a
    look-behind and ignores case, so the engine would try it at every position. Every match
    holds "uật" ("luật", "bộ luật") or "ến pháp" ("hiến pháp") at a known distance from its start."""
    starts = set()
    for c in find_all(text, ("ật", "ẬT", "ậT", "Ật")):   # (plain substring search: fast)
        u = c - 1                         # the "u" of "uật"
        starts.add(u - 1)                 # l|uật
        i = u - 2
        while i >= 0 and text[i].isspace():
            i -= 1
        if i < u - 2:
            starts.add(i - 1)             # bộ luật: "bộ", spaces, then l|uật
    for c in find_all(text, ("ến", "ẾN", "ếN", "Ến")):
        starts.add(c - 2)                 # hi|ến pháp
    return matches_at(LAW_HEAD, text, starts)


@lru_cache(maxsize=4)  # (the header asks for the document's captions, then the references do)
def _own_captions(text: str) -> tuple[re.Match, ...]:
    """OWN_CAPTION.finditer(text), tried only where a match can start. OWN_CAPTION opens with an
    alternation of look-arounds, so the engine would try it at every position; but its caption
    holds the "èm" of "Kèm theo", found fast, and from there its start is known: "[Bb]an hành"
    may stand before "Kèm", and before that only [ \t*_] back to a line start, "(" or "["."""
    starts = set()
    e = text.find("èm")
    while e != -1:
        k = e - 1                                   # [Kk]|èm
        for c in (k, _ban_hanh_before(text, k)):
            if c is None or c < 0:
                continue
            j = c
            while j > 0 and text[j - 1] in " \t*_":
                j -= 1
            if j == 0 or text[j - 1] in "\n([":
                starts.add(j)
        e = text.find("èm", e + 1)
    return tuple(matches_at(OWN_CAPTION, text, starts))


# A trích yếu that closes with its issuer, printed after it ("… năm học 2024 – 2025 của phòng GD&ĐT Phong
# Điền", "… của Trường TH Tây Bắc Sơn"): a body's kind word, then its name, to the end.
ISSUER_CLOSING_TITLE = re.compile(
    rf"^(?P<title>.{{4,}}?)\s+của\s+(?P<who>(?:[PpSs]hòng|[Ss]ở|[Tt]rường|Ban|Bộ|Hội|Trung\s+tâm|UBND|Ủy\s+ban|Uỷ\s+ban)"
    rf"\s+[{_VI_UPPER}][^,;:()]*)$")
_INITIAL_SKIP = frozenset(("và", "&", "-", "–"))
# A body's own charter or rules closing the title: the "của X" after it is whose rules they are, not who
# issued them ("… ban hành Quy chế hoạt động của Ban Chỉ đạo …" in 12/QĐ-BCĐ, "Quy chế làm việc của Sở Y tế"
# in 18/QĐ-SYT, "Điều lệ Hội"): a few words of qualifier at most after the charter's noun.
CHARTER_TITLE_END = re.compile(r"(?<!\w)(?i:quy\s+chế|điều\s+lệ|nội\s+quy|quy\s+định\s+chức\s+năng)"
                               r"(?:\s+[^\W\d]+){0,4}$")


def _initials(name: str) -> str:
    """A body's name read as its code would abbreviate it: an abbreviation whole ("GD&ĐT" → GDĐT), every
    other word by its first letter ("Phòng Giáo dục và Đào tạo" → PGDĐT)."""
    out = []
    for w in name.split():
        if w in _INITIAL_SKIP:
            continue
        caps = [c for c in w if c.isupper()]
        out.append("".join(caps) if len(caps) > 1 else w[0].upper())
    return "".join(out)


def _issuer_closing_title(title: str, codes: tuple[str, ...]) -> tuple[str, str] | None:
    """(title, issuer) when the trích yếu ends with "của" and the body whose initials the symbol's own code
    is ("295/PGDĐT-GDTH" … "của phòng GD&ĐT Phong Điền"; a school's code leaves out its "Trường":
    "12/KH-THTBS" … "của Trường TH Tây Bắc Sơn"); None when the body named there is another (the
    title's own subject: "… nhiệm vụ của Sở Y tế" in a committee's decision)."""
    m = ISSUER_CLOSING_TITLE.match(title)
    if m is None or " của " in m["who"]:
        return None
    if CHARTER_TITLE_END.search(m["title"]):
        return None
    # "Ủy ban nhân dân" is UBND as "UBND" is: the code carries no tone mark
    initials = "".join(c for c in unicodedata.normalize("NFD", _initials(m["who"])) if not unicodedata.combining(c))
    initials = unicodedata.normalize("NFC", initials)
    for code in codes:
        code = code.replace("&", "")
        if len(code) >= 3 and (initials.startswith(code) or initials[1:].startswith(code)):
            who = m["who"]
            return m["title"].rstrip(" ,"), who[0].upper() + who[1:]
    return None


def _ban_hanh_before(text: str, k: int) -> int | None:
    """Start of a "[Bb]an\\s+hành\\s+" ending at k, else None."""
    i = k - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i == k - 1 or text[i - 3:i + 1] != "hành" or i < 3:
        return None
    i -= 4
    j = i
    while j >= 0 and text[j].isspace():
        j -= 1
    if j == i or j < 2 or text[j - 2:j + 1] not in ("Ban", "ban"):
        return None
    return j - 2


def _proposer(text: str, start: int, context: dict | None, codes: tuple[str, ...] = ()) -> str | None:
    """The office that proposed the document mentioned at start (PROPOSER), canonical; None when
    no proposer is printed right before it, or two are ("… của Trưởng phòng A và Trưởng phòng B").
    A "và" inside one office's name ("Sở Nông nghiệp và Môi trường", "Phòng Văn hóa và Thông tin")
    does not make two: only a unit after it does. `codes` are the document's issuing codes: an office's
    (VP…) says the office sent it, conveying X's direction ("ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại
    Công văn số 1234/VP-NC"), so X is its issuer only when X is that office."""
    # (every match ends on "tại" and spaces: a mention printed after no "tại", most, is not searched for one)
    if not text[max(0, start - 400):start].rstrip().endswith("tại"):
        return None
    m = PROPOSER.search(text, max(0, start - 400), start)
    if m is None or ("và" in m["who"] and _names_two(m["who"])):
        return None
    if any(c.startswith("VP") for c in codes) and not re.search(r"(?i:văn\s+phòng)", m["who"]):
        return None
    who = " ".join(m["who"].split())
    head = HEAD_TITLE.match(who)
    if head is not None:
        who = who[head.end():]
        if OFFICE_KIND.match(who):
            who = who[0].upper() + who[1:]
    if not who[:1].isupper():
        return None
    return canonical_issuer(who, context)


def _joint_issuers(text: str, pos: int, first: str, count: int, context: dict | None) -> tuple[str, int]:
    """A joint document's issuers, as many as its symbol has issuer codes, printed one after the
    other ("của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt
    Nam", "của Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Nội vụ"): (joined with ", ", where they end)."""
    issuers = [first]
    while len(issuers) < count:
        m = JOINT_NEXT.match(text, pos) or JOINT_NEXT_MINISTRY.match(text, pos)
        if m and (ministry := _ministry_any_case(text, m.end(), named=True)):
            issuers.append(ministry[0])   # ("của bộ nội vụ và bộ tài chính": small letters, as the first one)
            pos = ministry[1]
            continue
        nxt = _read_issuer(text, m.end()) if m and text[m.end()].isupper() else None
        if nxt is None:
            break
        issuers.append(canonical_issuer(nxt[0], context))
        pos = nxt[1]
    # (a first reading that already held both ministries, "liên Bộ A, Bộ B": each named once)
    return ", ".join(dict.fromkeys(", ".join(issuers).split(", "))), pos


def _body_code(sym: _Symbol) -> str | None:
    """The code of the local body that issued a document (SUBJECT_BODIES): its one issuer code
    ("215/QĐ-UBND", "11/2024/QĐ-UBND"), or a Công văn's own first code ("88/UBND-VP": the committee,
    drafted by its office); None for other symbols."""
    if sym.regime == "party":
        return None
    codes = [c.upper() for c in sym.issuer_codes]
    if len(codes) == 1 and codes[0] in SUBJECT_BODIES:
        return codes[0]
    code = (sym.type_code or "").upper()
    return code if code in SUBJECT_BODIES and len(codes) <= 1 else None


def _body_name(body: str, sym: _Symbol) -> str:
    """How the issuer's canonical name opens: the body, or for a committee's Chỉ thị its Chairman."""
    return ORGAN_ISSUERS.get(((sym.type_code or "").upper(), body), body)


def _level_owner(text: str, pos: int, body: str, sym: _Symbol, context: dict | None) -> tuple[str | None, int]:
    """(issuer, tail end) of "… của huyện" / "… của tỉnh Đắk Lắk" printed at pos after a mention whose
    code names the body: the body of that level, completed from context when its name is not printed;
    (None, pos) when nothing such is printed, (None, its end) when no one unit fits."""
    if body not in TERRITORY_ORGANS or "của" not in text[pos:pos + 8]:   # (the usual case: no regex run)
        return None, pos
    m = LEVEL_OWNER.match(text, pos)
    if m is None:
        return None, pos
    bare = _issuer_form(f"{_body_name(body, sym)} {' '.join(m['level'].lower().split())}")
    if m["name"]:
        return canonical_issuer(f"{bare} {' '.join(m['name'].split())}", context), m.end()
    completed = _complete_place(bare, context or {})
    # (with no one unit to complete it, the words are still the issuer's: the trích yếu follows them)
    return (completed if completed != bare else None), m.end()


# A clause's opening phrase of time, which a typist may leave without its comma before the subject ("Ngay từ
# đầu năm UBND Thành phố đã ban hành …", "Năm 2024 UBND xã đã kiện toàn …").
# (the subject opens on any capital, with its tone mark too: "Ủy ban nhân dân huyện", "Ủy ban MTTQ")
OPENING_TIME = re.compile(r"[\s\-+•*]*(?i:(?:ngay\s+)?(?:từ\s+)?(?:đầu|cuối|giữa)\s+năm|trong\s+năm|năm"
                          rf"|thời\s+gian\s+qua)(?:\s+(?:19|20)\d{{2}})?\s+(?=[{_VI_UPPER}])")
# A line break inside a sentence a site hard-wrapped ("… đã ban hành Chương trình hành động số⏎34/CTr-UBND"):
# the line before ends on no stop, the next goes on in small letters or a number; no clause ends there.
SOFT_BREAK = re.compile(r"(?<![.;:!?\s])[^\S\n]*\n(?=[^\S\n]*[a-zđà-ỹ\d])")


def _issuer_from_subject(text: str, start: int, body: str, organ: str | None, context: dict | None) -> str | None:
    """The body a clause names as its subject, when that clause issues the document mentioned at
    start: the mention is the object of its issuing verb ("UBND huyện đã ban hành Kế hoạch số …") or
    its instrument, in brackets or after "tại" ("UBND xã đã kiện toàn Tổ công tác (Quyết định số
    …)"), with no other document or issuer between them. The subject must be one body of the kind
    the code names, of one unit (named, or completed from context). None otherwise."""
    before = text[max(0, start - 400):start]
    soft = {m.end() - 1 for m in SOFT_BREAK.finditer(before + text[start:start + 1])}   # (the mention may open the last line)
    hard = [i for i, c in enumerate(before) if c == "\n" and i not in soft]
    clause_start = max([before.rfind(c) for c in ".;!?"] + hard[-1:]) + 1
    clause = before[clause_start:]
    verbs = list(ISSUING_VERB.finditer(clause))
    if not verbs:
        return None
    between = clause[verbs[-1].end():]
    if between.strip() and not _INSTRUMENT_BEFORE.search(between):
        return None
    if NOT_OWN_OBJECT.search(between):
        return None
    heads = [0] + [i + 1 for i, c in enumerate(clause) if c == ","]
    # (… or an opening phrase of time left without its comma: "Ngay từ đầu năm UBND Thành phố đã ban hành …")
    for head in heads[:]:
        if (when := OPENING_TIME.match(clause, head)) is not None:
            heads.insert(heads.index(head) + 1, when.end())
    for head in heads:      # the subject opens the clause, or follows an opening phrase ("Năm 2024, …")
        m = SUBJECT_THEN_VERB.match(clause, head)
        if m is None or m.end() > verbs[-1].end():
            continue
        who = _issuer_form(m["body"])
        if not ONE_BODY.fullmatch(who) or " các " in f" {who} ":
            continue
        issuer = canonical_issuer(who, context)
        if not _NAMED_UNIT.search(issuer):
            return None     # "UBND huyện" and no one district fits
        if issuer.lower().startswith(f"{organ} ".lower() if organ else SUBJECT_BODIES[body].lower()):
            return issuer
        if organ and organ != body and issuer.startswith(SUBJECT_BODIES[body]):
            return f"{organ[:-len(body)]}{issuer}"    # a committee's Chỉ thị is its Chairman's
        if body == "UBND" and issuer.startswith(CHAIRMAN + SUBJECT_BODIES[body]):
            # (a committee's Chairman issues in its name: "Chủ tịch UBND tỉnh ban hành Kế hoạch số …/KH-UBND"; a
            # council's resolution is the council's, whoever signs it)
            return issuer
        return None
    return None


def _names_two(who: str) -> bool:
    """Does a "và" in the proposer's words join a second unit ("… và Trưởng phòng Nội vụ")?"""
    from extractors.units import is_unit  # noqa: PLC0415 (units is the heavier module; rarely needed)

    return any(is_unit(part) for part in re.split(r"\s+và\s+", who)[1:])


def _find_symbols(text: str, taken: list[tuple[int, int]], context: dict | None,
                  number_lines: list[int] | None = None) -> list[_Found]:
    """The documents cited by số hiệu; number_lines gets where a "Số: …" header line prints one."""
    found: list[_Found] = []
    previous: tuple[int, str | None, str | None] | None = None   # end, kind, type code of the last symbol
    # kind and issuer of the headed list the last symbol was in, and whether its items are bullet lines
    headed: tuple[str | None, str, bool] | None = None
    for m in _symbols(_capitalise_lower_symbols(text)):
        if any(s <= m.start() < e for s, e in taken):
            continue
        sym = _parse_symbol(m)
        if sym is None:
            continue
        start, title = m.start(), None
        before = text[max(0, start - 60):start]
        kw = KIND_BEFORE.search(before)
        if number_line_before(before, 0, len(before)) and (kw is None or "\n" in before[kw.start():]):
            if number_lines is not None:
                number_lines.append(start)
            continue        # the plan's own "Số: 14/KH-UBND" header line, not "Thực hiện Công văn Số: 56/…"
        if sym.bare and not (kw and BARE_CODE.fullmatch(sym.type_code or "")):
            continue        # "lớp 6/A", "Tổ 3/KP": a slash and a capital are no số hiệu without its kind
        if kw:
            kw_start = start - (len(before) - kw.start())
            if not (headed and headed[0] is None and previous
                    and _list_goes_on(text, previous[0], kw_start, headed[2])):
                headed = _documents_head(text, kw_start, context)
        elif ":" in before and (head := _list_head(text, start, context)):
            headed = head
        elif headed and not (previous and _list_goes_on(text, previous[0], start, headed[2])):
            headed = None
        if headed and headed[0]:
            kind = headed[0]
        elif kw:
            kind = KIND_WORDS[" ".join(kw["kind"].lower().split())]
            if kind == "Công văn" and kw["kind"][-1:] in "nN" and (coded := _kind_from_code(sym)):
                kind = coded    # "văn bản" is any text: "Văn bản số 03/VBHN-BYT" is a consolidated one
            start -= len(before) - kw.start()
        else:
            kind = _kind_from_code(sym)
            if (ab := _abbreviated_kind(before, sym)) is not None:
                kind = kind or ab[0]
                start -= len(before) - ab[1]
            if (kind is None and previous and m.start() - previous[0] < 80 and previous[2] == sym.type_code
                    and LIST_CONTINUES.search(before)):
                kind = previous[1]    # "Công văn số 12/UBND-VX và số 13/UBND-VX": same code, same kind
            if kind is None and (named := _named_before(text, start)):
                kind, title, start = named
        end = m.end()
        if sym.year is None and text.startswith("/", end) and (y := SYMBOL_YEAR_AFTER.match(text, end)):
            sym.year, end = int(y["year"]), y.end()
        ref = _Found(start, end, kind, symbol=sym.symbol, year=sym.year, title=title, codes=_issuing_codes(sym),
                     joint=_is_joint(sym))
        ref.tail_end = _read_tail(text, end, ref, context)
        ref.printed = ref.issuer is not None
        if headed and ref.issuer is None and _issuer_from_code(sym) is None:
            ref.issuer = headed[1]      # (a code that names its body beyond doubt, "10/QĐ-TTg", says it)
        if ref.issuer is not None and _is_joint(sym) and not ref.listed:
            ref.issuer, ref.tail_end = _joint_issuers(text, ref.tail_end, ref.issuer, len(sym.issuer_codes),
                                                      context)
        elif ref.issuer is not None and sym.issuer_codes and not ref.listed:   # (a joint list read whole)
            ref.issuer = _completed_by_code(ref.issuer, sym)
        if ref.issuer is None:
            ref.issuer = _proposer(text, start, context, _issuing_codes(sym))
        if ref.issuer is None:
            ref.issuer = _issuer_from_code(sym, national=True)
            ref.coded = ref.issuer is not None
        if ref.issuer is None and len(sym.issuer_codes) == 1:
            organ = sym.issuer_codes[0].upper()
            if organ in TERRITORY_ORGANS:
                ref.organ = ORGAN_ISSUERS.get(((sym.type_code or "").upper(), organ), organ)
        if ref.issuer is None and (body := _body_code(sym)):
            ref.body = body
            ref.issuer, ref.tail_end = _level_owner(text, ref.tail_end, body, sym, context)
        previous = (m.end(), kind, sym.type_code)
        if start == m.start() \
                and (shared := SHARED_TAIL_NUMBERS.search(text, max(0, start - SHARED_TAIL_REACH), start)):
            found.extend(_numbers_sharing_tail(shared, ref, sym))
        found.append(ref)
        found.extend(_same_kind_numbers(text, ref, context))
    _share_list_issuer(text, found)
    _share_pair_date(text, found)
    _date_before(text, found, context)
    return found


def _numbers_sharing_tail(m: re.Match, last: _Found, sym: _Symbol) -> list[_Found]:
    """The documents of the bare numbers before a symbol that print its tail once (SHARED_TAIL_NUMBERS):
    the kind word before the first number is theirs and the symbol's, the first mention opens on it; the
    date and issuer printed after the tail are theirs too (one group: "các Kế hoạch số 48, 49 và 50/KH-UBND
    ngày 12/02/2025 của UBND huyện")."""
    if m["abbr"]:   # "QĐ số 1563, 1564/QĐ-UBND", "CV số 45, 46/UBND-VX": as _abbreviated_kind reads it
        ab = _abbreviated_kind(m.string[m.start():m.start("numbers")], sym)
        if ab is None or (kind := ab[0] or ABBREVIATED_KINDS[m["abbr"]]) is None:
            return []
    else:
        kind = KIND_WORDS[" ".join(m["kind"].lower().split())]
    last.kind = kind
    tail = sym.symbol[len(sym.symbol) - len(sym.symbol.lstrip("0123456789")):]
    codes_after_year = SYMBOL_YEAR_TAIL.match(sym.symbol)
    numbers = []
    for n in re.finditer(r"(\d+)(?:/(\d{4}))?", m.string[m.start("numbers"):m.end("numbers")]):
        start, end = m.start("numbers") + n.start(), m.start("numbers") + n.end()
        year, issued = last.year, last.issued_date
        if n[2]:   # its own year: the codes after the last one's year, not its date
            if codes_after_year is None:
                continue
            symbol, year, issued = n[0] + codes_after_year[1], int(n[2]), None
        else:
            symbol = n[0] + tail
        numbers.append(_Found(m.start() if not numbers else start, end, kind, symbol=symbol, year=year,
                              issued_date=issued, issuer=last.issuer, tail_end=end, codes=last.codes,
                              joint=last.joint, printed=last.printed, coded=last.coded))
    return numbers


def _same_kind_numbers(text: str, first: _Found, context: dict | None) -> list[_Found]:
    """The documents of first's kind cited right after it by number and year alone
    (SAME_KIND_NUMBER_YEAR), each with first's codes after the year; its own date and issuer where
    printed after it, else first's issuer."""
    codes_after_year = SYMBOL_YEAR_TAIL.match(first.symbol or "")
    if codes_after_year is None or first.kind is None:
        return []
    out: list[_Found] = []
    pos = first.tail_end if first.tail_end is not None else first.end
    while (m := SAME_KIND_NUMBER_YEAR.match(text, pos)) is not None \
            and KIND_WORDS.get(" ".join(m["kind"].lower().split())) == first.kind \
            and _plausible_year(int(m["year"])):
        ref = _Found(m.start("kind"), m.end(), first.kind, symbol=m["number"] + codes_after_year[1],
                     year=int(m["year"]), codes=first.codes, joint=first.joint)
        ref.tail_end = _read_tail(text, m.end(), ref, context)
        ref.printed = ref.issuer is not None
        if ref.issuer is None:
            ref.issuer, ref.coded = first.issuer, first.coded
        out.append(ref)
        pos = ref.tail_end
    return out


def _abbreviated_kind(before: str, sym: _Symbol) -> tuple[str | None, int] | None:
    """(kind, where in before the mention opens) of a kind word abbreviated right before a symbol
    (ABBREVIATED_KIND); kind None where only the code says it (a Party "QĐ" is Quyết định or Quy định)."""
    if before.rstrip(" \t:sốS")[-2:] not in ABBREVIATED_KINDS:
        return None
    m = ABBREVIATED_KIND.search(before)
    if m is None:
        return None
    code = (sym.type_code or "").upper()
    if m["abbr"] == code:
        return _kind_from_code(sym), m.start()
    if m["abbr"] == "CV" and sym.regime == "admin" and code not in TYPE_CODES:
        return "Công văn", m.start()
    return None


def _issuing_codes(sym: _Symbol) -> tuple[str, ...]:
    """The codes of a symbol that name who issued it, upper case: those after its type code ("12/KH-UBND" →
    UBND, "57-NQ/TW" → TW), or a Công văn's own first code, which is its body's ("45/UBND-VX" → UBND)."""
    if sym.regime == "admin" and (sym.type_code or "").upper() not in TYPE_CODES:
        return ((sym.type_code or "").upper(),)
    return tuple(c.upper() for c in sym.issuer_codes)


def _named_before(text: str, start: int) -> tuple[str, str, int] | None:
    """(kind, title, where the mention opens) of an ordinance named by its title before its number
    ("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"): its symbol holds no type code
    and its kind word stands before the title, not before "số"."""
    window = max(0, start - NAMED_REACH)
    if "lệnh" not in text[window:start].lower():
        return None
    m = NAMED_BEFORE.search(text, window, start)
    if m is None:
        return None
    return KIND_WORDS[" ".join(m["kind"].lower().split())], " ".join(m["title"].split()), m.start()


def _list_goes_on(text: str, end: int, start: int, bulleted: bool = False) -> bool:
    """The symbol at start is the next number of the list whose last number ended at end: a separator
    and "số" before it, and no sentence or new item (a line opening with "Căn cứ", a bullet) between.
    In a list whose items are bullet lines (bulleted), the next bullet line is its next item (BULLETED_ITEM)."""
    if start - end > HEADED_LIST_GAP:
        return False
    gap = text[end:start]
    if bulleted and (item := BULLETED_ITEM.search(gap)):
        return not any(NEW_ITEM.match(line) for line in gap[:item.start()].split("\n")[1:])
    if not LIST_CONTINUES.search(text, end, start):
        return False
    return SENTENCE_BREAK.search(gap.replace("\n", " ")) is None and \
        not any(NEW_ITEM.match(line) for line in gap.split("\n")[1:])


def _list_head(text: str, start: int, context: dict | None) -> tuple[str, str, bool] | None:
    """(kind, issuer) of the headed list a symbol at start opens ("các Quyết định của UBND tỉnh: số …")."""
    head = HEADED_LIST.search(text, max(0, start - HEADED_LIST_REACH), start)
    issuer = _head_issuer(text, head, context)
    if issuer is None:
        return None
    return KIND_WORDS[" ".join(head["kind"].lower().split())], issuer, "\n" in text[head.end("issuer"):head.end()]


def _documents_head(text: str, start: int, context: dict | None) -> tuple[None, str, bool] | None:
    """(None, issuer) of a list of documents of several kinds whose issuer is printed once, at its head
    ("Thực hiện các văn bản của UBND tỉnh: Kế hoạch số 45/KH-UBND …; Công văn số 678/UBND-VX …"), when the
    mention whose kind word opens at start is its first; each item prints its own kind."""
    if ":" not in text[max(0, start - 6):start]:
        return None
    head = HEADED_DOCUMENTS.search(text, max(0, start - HEADED_LIST_REACH), start)
    issuer = _head_issuer(text, head, context)
    if issuer is None:
        return None
    return None, issuer, "\n" in text[head.end("issuer"):head.end()]


def _head_issuer(text: str, head: re.Match | None, context: dict | None) -> str | None:
    """The issuer a list's head prints before its colon, when those words are a body's name and no more."""
    if head is None:
        return None
    issuer = _read_issuer(text, head.start("issuer"))
    if issuer is None or issuer[1] != head.end("issuer"):
        return None
    return canonical_issuer(issuer[0], context)


def _share_list_issuer(text: str, found: list[_Found]) -> None:
    """The issuer printed after the last number of a list is the issuer of the numbers before it that
    print none, when only a comma or "và" parts them and they are of one kind; or, of another kind, when
    "và" alone parts the one right before it and their codes name the same kind of body (PAIR_GAP), and so
    are the items of the series that "và" closes, each parted from the next by a comma (CHAIN_GAP)."""
    for j in range(len(found) - 1, 0, -1):
        last = found[j]
        if not last.printed:
            continue
        i = j - 1
        while i >= 0 and found[i].issuer is None and found[i].kind == last.kind and found[i].tail_end is not None \
                and LIST_GAP.fullmatch(text, found[i].tail_end, found[i + 1].start):
            found[i].issuer = last.issuer
            i -= 1
        pair = found[j - 1]
        if not (pair.tail_end is not None and PAIR_GAP.fullmatch(text, pair.tail_end, last.start)):
            continue
        while i >= 0 and found[i].issuer is None and last.codes and found[i].codes == last.codes \
                and found[i].tail_end is not None \
                and (PAIR_GAP if i == j - 1 else CHAIN_GAP).fullmatch(text, found[i].tail_end, found[i + 1].start):
            found[i].issuer = last.issuer
            i -= 1


# A date printed before the mention, opening the sentence that says who issued it ("Ngày 21/4/2015, Thủ tướng
# Chính phủ đã ban hành Chỉ thị số 06/CT-TTg …", "Ngày 05 tháng 3 năm 2025, UBND tỉnh ký ban hành Kế hoạch số …"):
# the document's date, and the issuer the sentence names.
ISSUED_ON_BEFORE = re.compile(
    rf"(?:^|(?<=[.;:\n])|(?<=[.;:]\s))[^\S\n]*[Nn]gày[^\S\n]+{DATE}[^\S\n]*,?[^\S\n]*"
    rf"(?P<who>[{_VI_UPPER}][^.;:\n]{{1,100}}?)[^\S\n]+(?:đã[^\S\n]+)?(?:ký[^\S\n]+)?ban[^\S\n]+hành[^\S\n]+$")
ISSUED_ON_REACH = 180
# The words of a clause between the body and "ban hành" ("Ban Thường vụ Huyện ủy họp và thống nhất ban hành …",
# "Sở Y tế tổ chức hội nghị triển khai các văn bản đã ban hành …"): the date is the meeting's, not the document's.
ISSUED_ON_CLAUSE = re.compile(r"\s(?:họp|thống\s+nhất|phối\s+hợp|sau\s+khi|tổ\s+chức|xem\s+xét|căn\s+cứ|trên\s+cơ\s+sở)(?!\w)")
# …unless "phối hợp" or "tổ chức" opens the name of a body named for its work, right after its head ("Hội đồng phối
# hợp phổ biến, giáo dục pháp luật tỉnh", "Ban tổ chức Hội thi", "Tổ công tác liên ngành phối hợp …"): there it names
# the body. (A meeting's words do not: "Hội đồng họp và …", "Hội đồng xem xét …".)
_NAME_OPENING_CLAUSE = ("phối", "tổ")
_CLAUSE_WORD_NAMES = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in
                                     units.PURPOSE_HEADS + units.FIELD_NAMED_HEADS), key=len, reverse=True))
    + r")(?:\s+liên\s+(?:ngành|tịch))?$")
ISSUED_ON_SLACK_WORDS = 2
# …the body's own field after "về" up to its level and place, which _read_issuer leaves out where no trích yếu's
# "về" follows ("Ngày …, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Tĩnh ban hành …"): the body's name
ISSUED_ON_FIELD = re.compile(r"[^\S\n]+về" + _FIELD_TO_PLACE + r"[^\S\n]*")


def _date_before(text: str, found: list[_Found], context: dict | None) -> None:
    """The date (and, where none is read after it, the issuer) a sentence prints before the mention that opens
    its object (ISSUED_ON_BEFORE)."""
    for f in found:
        if f.issued_date is not None or f.symbol is None:
            continue
        window = max(0, f.start - ISSUED_ON_REACH)
        if "ban hành" not in text[window:f.start]:
            continue
        m = ISSUED_ON_BEFORE.search(text, window, f.start)
        if m is None or (d := _date(m)) is None:
            continue
        clauses = list(ISSUED_ON_CLAUSE.finditer(text, m.start("who"), m.end("who")))
        if any(c.group().split()[0] not in _NAME_OPENING_CLAUSE
               or _CLAUSE_WORD_NAMES.search(text, m.start("who"), c.start()) is None for c in clauses) \
                or (body := _read_issuer(text, m.start("who"))) is None:
            continue
        body_end = min(body[1], m.end("who"))
        # (a name the reader cut at its head, before the word that opens it, "Ban" of "Ban tổ chức Hội thi", runs
        # on to "ban hành"; so does a body's field up to its place)
        if (clauses and body_end <= clauses[0].start()) \
                or ISSUED_ON_FIELD.fullmatch(text, body_end, m.end("who")) is not None:
            body_end = m.end("who")
        if len(text[body_end:m.end("who")].split()) > ISSUED_ON_SLACK_WORDS:
            continue    # the sentence's subject is no body's name alone
        f.issued_date, f.year = d, f.year or d.year
        if f.issuer is None:
            f.issuer = canonical_issuer(" ".join(text[m.start("who"):body_end].split()), context)


# A symbol's number, year and the codes after them ("217-QĐ/TW", "45/2024/NĐ-CP", "30c/NQ-CP")
SYMBOL_PARTS = re.compile(r"(?P<number>\d+)[^\W\d_]?(?:/(?P<year>\d{4}))?[-/](?P<code>\S+)")
# How far apart the numbers of one issuer's texts of one day stand when their symbols print no year (a council's
# resolutions of one session: 12 and 13; "Quyết định số 90/QĐ-TTg và … 263/QĐ-TTg ngày 22/02/2022" are not) …
PAIR_NUMBER_GAP = 10
# … or, for a busy issuer, how many days of its texts: a province's People's Committee numbers ten decisions a
# day and more ("Quyết định số 1520/QĐ-UBND và 1534/QĐ-UBND ngày 12/6/2024"). Its texts a day are read off the
# dated one's number and the day of the year it was issued (the numbering starts again each year): 263 by
# 22 February is 5 a day, 173 numbers more than a month's.
PAIR_DAYS = 3


def _issued_together(a: _Found, b: _Found) -> bool:
    """Whether two cited documents' symbols may be of one day, b dated: the same codes after the number, and,
    without a year, close numbers (PAIR_NUMBER_GAP, PAIR_DAYS)."""
    pa, pb = SYMBOL_PARTS.fullmatch(a.symbol or ""), SYMBOL_PARTS.fullmatch(b.symbol or "")
    # (a body's code typed without its stroke is the same code: "13/NQ-HDND" after "12/NQ-HĐND")
    if pa is None or pb is None or pa["code"].upper().replace("Đ", "D") != pb["code"].upper().replace("Đ", "D"):
        return False
    if pa["year"] and pb["year"]:
        return True
    day = b.issued_date.timetuple().tm_yday if b.issued_date is not None else 1
    return abs(int(pa["number"]) - int(pb["number"])) <= max(PAIR_NUMBER_GAP, PAIR_DAYS * int(pb["number"]) / day)


def _share_pair_date(text: str, found: list[_Found]) -> None:
    """The date printed once after the last of documents of one kind joined by "và" (and, before it, by
    commas) is each one's, when they print nothing of their own and their issuer is the last one's
    ("Nghị quyết số 12/NQ-HĐND và Nghị quyết số 13/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh", "Quyết định số
    217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"): issued together, as a
    council's resolutions of one session are. Not where its symbol's year is another ("Nghị định số
    115/2018/NĐ-CP và Nghị định số 124/2021/NĐ-CP ngày 28/12/2021 … sửa đổi …": the later amends the earlier)."""
    _share_joined_date(text, found, lambda a, b: a.year in (None, b.issued_date.year) and _issued_together(a, b)
                       and a.issuer in (None, b.issuer) and a.tail_end in (None, a.end))


def _share_joined_date(text: str, found: list[_Found], together: Callable[[_Found, _Found], bool]) -> None:
    """The date printed once after the last of mentions of one kind joined by "và" (and, before it, by
    commas) goes to each of them that prints none, back from the last while `together` (the earlier
    mention, the dated last one) says the two may be of one day."""
    for j in range(len(found) - 1, 0, -1):
        last = found[j]
        if last.issued_date is None or last.kind is None:
            continue
        i, gap = j - 1, PAIR_GAP
        while i >= 0 and found[i].issued_date is None and found[i].kind == last.kind and together(found[i], last) \
                and gap.fullmatch(text, found[i].end, found[i + 1].start):
            found[i].issued_date = last.issued_date
            found[i].year = found[i].year or last.issued_date.year
            found[i].issuer = found[i].issuer or last.issuer
            i, gap = i - 1, CHAIN_GAP


# =============================================================================================
# Relation
# =============================================================================================

# How far into the text a plan's own "Số: …" line may stand (a portal's title, facts box and list of
# related texts above it; a plan's number line further down is a cited document's listing).
HEADER_REACH = 4000
# A portal's field holding the number of the document the page shows, right before the mention
PORTAL_NUMBER_FIELD = re.compile(r"(?<!\w)Số\s+hiệu\s*[:|]?\s*(?:Số\s*:?\s*)?$")
# The national motto or the Party's as a header prints it, in capitals (a preamble's "Hiến pháp nước
# Cộng hòa xã hội chủ nghĩa Việt Nam" is not), and how far below a web page's line it may stand
PRINTED_MOTTO = re.compile(r"CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
MOTTO_AFTER_PAGE_LINE = 800


LAW_KINDS = frozenset({"Luật", "Bộ luật", "Hiến pháp"})


# What ends a header's zone: a preamble line ("Căn cứ …", "Thực hiện …") or the type line ("KẾ HOẠCH"). A "Số:"
# below either is a cited document's ("Thực hiện Công văn Số: 56/UBND-VX …", "Số: 15/QĐ-UBND" in a part).
_BELOW_HEADER = re.compile(
    r"(?m)^[ \t*_\-+•–]*(?:Căn\s+cứ|CĂN\s+CỨ|Thực\s+hiện|THỰC\s+HIỆN)(?!\w)"
    r"|^[ \t*_#]*(?:" + "|".join(r"\s+".join(k.upper().split()) for k in KIND_WORDS if not k.startswith("văn bản"))
    + r")[ \t*_]*$")


def below_header_lines(text: str) -> Iterator[re.Match]:
    """_BELOW_HEADER.finditer(text, 0, HEADER_REACH), the pattern tried only at the start of each
    line: every match opens on one (its `^`), where the engine would try it at every position."""
    end = min(len(text), HEADER_REACH)
    at = reached = 0
    while at < end:
        if at >= reached and (m := _BELOW_HEADER.match(text, at, HEADER_REACH)) is not None:
            yield m
            reached = m.end()
        nl = text.find("\n", at, end)
        if nl < 0:
            return
        at = nl + 1


_LINE_TAIL_CODE = re.compile(r"[^\S\n]*(?:[A-ZĐ]{2,5})?[^\S\n]*(?:\n|$)")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Does the mention at start:end stand alone on its line (a short code after it aside: "82 /KH-THCS DC")?"""
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and _LINE_TAIL_CODE.match(text, end) is not None


def header_number_line(text: str, own_symbol: str | None = None) -> int | None:
    """Where the plan's own "Số: 14/KH-UBND" header line prints its number, when it does so within
    HEADER_REACH: what stands above it is a web page's, not the plan's.

    Only a "Số:" line in the header's zone (above any "Căn cứ" / "Thực hiện" line and the type line)
    whose symbol is the plan's own (own_symbol, or a plan's code "…/KH-…") is one: a draft's blank
    "Số:    /KH-UBND" leaves the document's first "Số:" to a document it cites."""
    own = normalize_symbol(own_symbol).upper() if own_symbol else None
    reach = HEADER_REACH
    for below in below_header_lines(text):
        if PRINTED_MOTTO.search(text, below.end(), below.end() + MOTTO_AFTER_PAGE_LINE) is None:
            reach = below.start()
            break
        # (else a web page's line above the plan's own header: "Căn cứ …" it repeats, the motto below)
    for m in _symbols(text[:reach + 40]):
        if m.start() >= reach:
            break
        if not number_line_before(text, max(0, m.start() - 60), m.start()):
            continue
        sym = _parse_symbol(m)
        if sym is not None and (sym.symbol.upper() == own or (sym.type_code or "").upper().startswith("KH")):
            return m.start()
    return None


# A numbered line that carries the national motto is no part: a document site's page marker before a header
# run into one line ("1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH Độc lập …").
MOTTO_ON_LINE = re.compile(r"(?i:cộng\s+h[òo]a|độc\s+lập\s*[-–]?\s*tự\s+do)")


def _preamble_end(text: str) -> int:
    for pattern in (ROMAN_HEADING, ARABIC_HEADING):
        for m in pattern.finditer(text):
            end = text.find("\n", m.start())
            if MOTTO_ON_LINE.search(text, m.start(), len(text) if end < 0 else end) is None:
                return m.start()
    return len(text)


# A line of the preamble that goes on with what the line above began: that line ends in ";" / "," between
# grounds, the next naming the next document ("Căn cứ Luật Trồng trọt …;⏎Luật Đất đai …; Nghị định số …"),
# or it stops mid-phrase where a hard wrap broke it ("Theo đề nghị của Ban⏎An toàn giao thông tỉnh tại Tờ
# trình số …").
GROUND_GOES_ON = re.compile(r"[^\S\n]*(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư"
                            r"|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Chương\s+trình|Công\s+văn|Văn\s+bản|Hướng\s+dẫn"
                            r"|Thông\s+báo|Tờ\s+trình|Đề\s+án)(?!\w))")


def _sentence_opens_basis(text: str, pos: int) -> bool:
    start = max(0, pos - 600)
    for m in SENTENCE_BREAK.finditer(text, start, pos):
        start = m.end()
    for _ in range(4):
        if BASIS_OPENING.match(text, start):
            return True
        if start == 0 or text[start - 1] != "\n":
            return False
        end = start - 1     # (the line above, its trailing spaces left out)
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        last = text[end - 1:end]
        if not (last and last in ";," and GROUND_GOES_ON.match(text, start)) and not (last.isalpha() and last.islower()):
            return False
        start = text.rfind("\n", 0, end) + 1
        for m in SENTENCE_BREAK.finditer(text, start, end):
            start = m.end()
    return False


def _reported_on(text: str, pos: int) -> bool:
    """The mention at pos is the document whose results are reported, in a sentence that does not
    open with "Căn cứ" / "Thực hiện" ("Căn cứ kết quả thực hiện Kế hoạch số …" stays the basis)."""
    before = text[max(0, pos - 40):pos]
    if "hiện" not in before and "khai" not in before:   # (most mentions: no verb right before them)
        return False
    return REPORTED_ON.search(before) is not None and not _sentence_opens_basis(text, pos)


# =============================================================================================
# Public API
# =============================================================================================

def find_own_plan_caption(text: str) -> tuple[str, dt.date | None, int, int] | None:
    """(symbol, date, start, end) of the first "Kèm theo Kế hoạch số … ngày …" caption.

    The span runs from "Kèm theo" (or "Ban hành kèm theo") to the end of the date, or of the
    symbol when no full date is printed. A caption with a number wins over one whose number is
    left blank ("số /KH-UBND"), whose symbol comes back as "/KH-UBND".
    """
    blank = None
    for m in _own_captions(text):
        date = _date(m) if m["day"] else None
        end = m.end() if date else m.end("symbol")
        result = (normalize_symbol(m["symbol"]), date, m.start("caption"), end)
        if result[0][:1].isdigit():
            return result
        blank = blank or result
    return blank


def _share_joined_law_date(text: str, laws: list[_Found]) -> None:
    """One date printed after laws (or codes) joined by "và", and before it by commas ("Luật Tổ chức Chính
    phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025", "Luật A, Luật B và Luật C ngày
    …"): passed together, the date is each one's. Not to one that prints its own date, year or number, nor
    across a law and a code, nor from or to a law amending others (passed on its own day: "Luật Đất đai
    và Luật sửa đổi, bổ sung một số điều của Luật Đất đai, … ngày 29/6/2024" dates the amending law)."""
    _share_joined_date(text, laws, lambda a, b: a.kind in ("Luật", "Bộ luật") and a.symbol is None
                       and a.year is None and b.symbol is None and not _amends(a) and not _amends(b))


def _amends(law: _Found) -> bool:
    """Is the law one amending others ("Luật sửa đổi, bổ sung một số điều của …", as _law_title reads it)?"""
    return law.title is not None and LAW_AMENDING.match(law.title) is not None


def _share_law_dates(found: list[_Found]) -> None:
    """A law named again by its title alone ("triển khai thi hành Luật Nhà giáo" in the plan's own
    title, then "Căn cứ Luật Nhà giáo ngày 16 tháng 6 năm 2025") is the law dated where it is cited in
    full: its date and year go to the mentions that print neither. Given only where every dated or
    yeared mention of that title agrees (two laws share a title across years: Luật Đất đai 2013, 2024).
    A mention printing the law's number too ("Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020") dates it
    as well: the key's kind keeps other numbered texts apart."""
    dated: dict[tuple[str, str], set] = defaultdict(set)
    for f in found:
        if f.title and (f.issued_date or f.year):
            dated[(f.kind, f.title.lower())].add(f.issued_date or f.year)
    if not dated:
        return
    for i, f in enumerate(found):
        if f.symbol is None and f.title and f.issued_date is None and f.year is None:
            got = dated.get((f.kind, f.title.lower())) or set()
            days = [d for d in got if isinstance(d, dt.date)]
            if len(days) != 1 or any(y != days[0].year for y in got if isinstance(y, int)):
                continue
            day = days[0]
            if i and _named_in_older_title(found[i - 1], f.title, day.year):
                continue
            f.issued_date, f.year = day, day.year


def _named_in_title(before, title: str) -> bool:
    """Whether a law's name stands in the title of the numbered text cited just before it ("Nghị định số
    43/2014/NĐ-CP quy định chi tiết … Luật Đất đai", "Kế hoạch số 12/KH-UBND … về phổ biến Luật Đất đai năm 2023")."""
    return bool(before.symbol and before.title and f"luật {title.lower()}" in before.title.lower())


def _named_in_older_title(before, title: str, year: int) -> bool:
    """Whether a law's bare name stands in the title of the numbered text cited just before it, one older
    than the law's dated mention: that is the law then in force, an earlier one, whose date or year the
    later mention's is not."""
    return bool(before.year and before.year < year and _named_in_title(before, title))


# A plan named by its title before a law's name ("Kế hoạch triển khai Luật Nhà giáo năm 2026", the
# header's "KẾ HOẠCH⏎Triển khai thi hành Luật … năm 2026"): the year that closes such a title may be the
# plan's. Not a plan cited by number ("Kế hoạch số 12/KH-UBND … Luật Đất đai năm 2024" names the law's).
PLAN_TITLE_BEFORE = re.compile(r"(?<!\w)(?:kế\s+hoạch|chương\s+trình)(?!\s*(?:số|:|\d))[^.;:]{0,200}$", re.IGNORECASE)


def _plan_year_not_law(text: str, found: list[_Found], issued_year: int | None) -> None:
    """Drop, in place, a year printed after a law's name that is the plan's, not the law's: a law is
    never passed after the plan that cites it (a year past the plan's issue year), and a plan's title
    closing on its own year ("Kế hoạch triển khai Luật Nhà giáo năm 2026", issued in 2026) names the
    law the plan cites elsewhere with an earlier date ("Luật Nhà giáo ngày 16/6/2025"). A year some mention
    of that law is dated in stays (a plan of 2024 deploying "Luật Đất đai năm 2024" dates that law too,
    whatever older one it recalls), and so does one no dated mention contradicts, or one printed after a
    plan cited by number. _share_law_dates then gives the date."""
    dated: dict[tuple[str, str], set[int]] = defaultdict(set)
    for f in found:
        if f.title and f.issued_date:     # (with its number or without: "Luật Thanh niên số 57/2020/QH14")
            dated[(f.kind, f.title.lower())].add(f.issued_date.year)
    for f in found:
        if f.symbol is not None or not f.title or f.issued_date is not None or f.year is None:
            continue
        years = dated.get((f.kind, f.title.lower()), set())
        if f.year in years:
            continue
        if issued_year and f.year > issued_year:
            f.year = None
        elif (issued_year is None or f.year == issued_year) and len(years) == 1 and min(years) < f.year \
                and PLAN_TITLE_BEFORE.search(text, max(0, f.start - 250), f.start):
            f.year = None


# Kinds whose title is the text's name, printed with it wherever it is cited in full ("Luật Thanh niên số
# 57/2020/QH14", "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"), not a trích yếu one
# passage quotes.
NAMED_KINDS = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})


def _share_names(found: list[_Found]) -> None:
    """A law or an ordinance cited again by its bare number ("Tuyên truyền Pháp lệnh số 02/2020/UBTVQH14")
    is the one named where it is cited in full: its name goes to the mentions of that number that print
    none, where every named mention of the number agrees on it."""
    names: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.symbol and f.title and f.kind in NAMED_KINDS:
            names[f.symbol.upper()].add(f.title)
    for f in found:
        if f.symbol and f.title is None and f.kind in NAMED_KINDS and len(got := names.get(f.symbol.upper(), ())) == 1:
            f.title = next(iter(got))


def _share_known(found: list[_Found]) -> None:
    """A document cited again by its bare number ("quán triệt Nghị quyết số 21-NQ/TW") is the one
    cited in full before or after it: its date and issuer are known. Given only where the full
    mentions of that number agree on them."""
    _share_law_dates(found)
    numbers = [f.symbol.upper() for f in found if f.symbol]
    if len(set(numbers)) == len(numbers):
        return  # (no number cited twice, as in most plans)
    _share_names(found)
    known: dict[str, set[tuple]] = defaultdict(set)
    for f in found:
        if f.symbol and f.issued_date:
            known[f.symbol.upper()].add((f.issuer, f.issued_date))
    for symbol, got in known.items():
        if len(got) > 1 and any(issuer is None for issuer, _ in got):
            # a mention printing the date and no issuer ("báo cáo kết quả thực hiện Kế hoạch số 32/KH-UBND ngày
            # 18/8/2025 như sau") says nothing against the issuer another mention of that date prints
            printed = {day for issuer, day in got if issuer is not None}
            known[symbol] = {(issuer, day) for issuer, day in got if issuer is not None or day not in printed}
    for symbol, got in known.items():
        # dated once without its issuer, the issuer printed where the date is not ("các Kế hoạch số 12, 15/KH-SNNMT
        # của Sở Nông nghiệp và Môi trường" in the preamble, "Kế hoạch số 12/KH-SNNMT ngày 10/01/2026 về …" in its
        # footnote): one document, the issuer of its undated mentions where they name only one
        if len(got) == 1 and (only := next(iter(got)))[0] is None:
            named = {f.issuer for f in found if f.symbol and f.symbol.upper() == symbol and f.issued_date is None
                     and f.issuer}
            if len(named) == 1:
                known[symbol] = {(named.pop(), only[1])}
    for f in found:   # numbers never cited with a date: what their mentions say of the issuer
        if f.symbol and f.issuer and f.symbol.upper() not in known:
            known[f.symbol.upper() + "?"].add((f.issuer, None))
    for f in found:
        symbol = (f.symbol or "").upper()
        got = known.get(symbol) or known.get(symbol + "?")
        if got is None or len(got) != 1:
            continue
        issuer, issued = next(iter(got))
        if f.issued_date is None and issued and (f.issuer in (None, issuer) or f.coded):
            # the date is the document's: a year printed after a bare number ("thực hiện Kết luận
            # số 01-KL/TW năm 2025") is the year of the work done under it. An issuer its code
            # gave ("Bộ Công Thương" for TT-BCT) is the one printed in full ("Bộ trưởng Bộ Công
            # Thương"), said less exactly.
            f.issued_date = issued
            f.year = issued.year
            f.issuer = issuer or f.issuer
        if f.issuer is None and f.issued_date in (None, issued):
            f.issuer = issuer


# Footnote marks, printed after the word, number or date they annotate: "UBND tỉnh Sơn La¹", "ngày
# 2/3/2025[2]", "Bộ Chính trị(1)". Read in place, a mark glued to a symbol makes another code ("35/KH-UBND¹"
# stops at "35/KH") and one after a date or a name hides the issuer after it; they are blanked (same
# length: offsets are kept) before anything is read. Superscripts, bracketed numbers, asterisks glued to
# the word before them, and a number in parentheses glued to it or, a space apart, ending its clause or
# standing before the trích yếu ("của UBND tỉnh Sơn La (2) về …"; a list's "(2)" follows a comma or colon).
FOOTNOTE_MARK = re.compile(r"⁽?[⁰¹²³⁴-⁹]+⁾?|\[\d{1,3}\]|(?<=[^\W_])\*{1,3}(?=[\s;,.:)]|$)"
                           r"|(?<=[^\W_])(?:[ \t]?\((?:\d{1,2}|\*{1,3})\))"
                           r"(?=[ \t]*(?:[;,.:]|\n|$)|[ \t]+(?:về|ngày|và|của)(?!\w))"
                           r"|(?<=[^\W_])\((?:\d{1,2}|\*{1,3})\)")
# A mark flattened to plain digits glued to what it follows (a web page's <sup>, a PDF or OCR text read without
# its raised letters): after a code that never takes a number ("05-CT/TW3", "35/KH-UBND1"; QH14, UBTVQH15 and a
# steering committee's BCĐ35, BCĐ389, BCĐ06 do), after the year of a date ("ngày 31/12/20232", "năm 20211"); or
# at the end of a clause after a word written with Vietnamese marks, which never carries digits ("Luật Phòng,
# chống ma túy1;", "tỉnh Điện Biên2 về"), or after a plain capitalised word, a place's ("Sơn La1;"), one digit
# only there: "Covid19" is a name.
# What follows such a mark: the end of a clause, or the date, title or next item after what it annotates.
_MARK_ENDS = r"(?=[ \t]*(?:[;,.:)]|\n|$)|[ \t]+(?:về|ngày|và)(?!\w))"
# A province's department signs with its ministry's code, "S" for "B" ("SYT", "SGDĐT", "SNV"), a district's
# office of education as "PGDĐT"; a Party body's code ends in the committee it serves ("BTGTW", "BDVTU",
# "UBKTHU", "BCĐTƯ"); a law's QH14 or UBTVQH15 holds the legislature's number, 1 to 16 so far, never three
# digits ("59/2020/QH141": QH14 and a mark).
_UNNUMBERED_CODES = sorted({"UBND", "HĐND", "TW", "TU", "HU", "ĐU", "CP", "TTg", *MINISTRY_CODES,
                            *NATIONAL_CODES, "PGDĐT", *("S" + c[1:] for c in MINISTRY_CODES if c.startswith("B"))},
                           key=len, reverse=True)
_PARTY_BODY_CODE = r"[A-ZĐ]{1,10}(?:TW|TƯ|TU|HU|ĐU)"
_LEGISLATURE_CODE = r"(?:UBTV)?QH1\d"
GLUED_MARK = re.compile(
    rf"(?:(?<=[/\-–])(?:{'|'.join(_UNNUMBERED_CODES)}|{_PARTY_BODY_CODE}|{_LEGISLATURE_CODE}(?=\d(?!\d)))"
    rf"|(?:(?<=\d/)|(?<=\d-)|(?<=\d\.)|(?<=[nN]ăm )|(?<=NĂM ))(?:19|20)\d\d)(?P<mark>\d{{1,2}})(?![\w/\-–])"
    rf"|(?<!\w)(?:[{_VI_UPPER}]?[a-zđ]*[{_VI_MARKED}][{_VI_LOWER}]*(?P<word_mark>\d{{1,2}})"
    rf"|[{_VI_UPPER}][a-z]+(?P<place_mark>\d))" + _MARK_ENDS)

# A mark run onto the year printed after a law's name without "năm" ("Luật Đất đai 20243;", "Hiến pháp 20131
# và …", "Bộ luật Lao động 201912"): a year is four digits, a law's name never carries a number, and nothing
# else follows it there. Told by the year run on by a mark that is no digit of a number (YEAR_MARK, where a
# run of five or six digits opens 19.. or 20..: "20000" keeps its zeros) and a law whose name, as a mention
# reads it, ends right before it (_ends_law_name): "Luật Đất đai 2024", "số 15/2025", "Luật Đất đai quy định
# hạn mức 20243 m²" keep their digits.
YEAR_MARK = re.compile(r"(?:19|20)\d\d(?P<mark>[1-9]\d?)" + _MARK_ENDS)
LAW_NAME_REACH = 160    # how far before the year a law's head word is looked for

# Where GLUED_MARK may match: digits right after a letter, or a year run on by one or two (cheap to find;
# the pattern itself is tried only at the word or year they end). One pattern finds the whole runs of
# digits that may be one (see _glued_candidates), instead of a step in Python for every number of a plan:
# one or two after a word character (isalpha then tells a letter: \w also takes "²"), three after "QH",
# five or six from 19.. or 20...
_GLUED_RUN = re.compile(r"\d(?:(?<=[^\W\d_]\d)\d?|(?<=QH\d)\d\d|(?<=(?<!\d)1)9\d{3,4}|(?<=(?<!\d)2)0\d{3,4})"
                        r"(?!\d)")   # (a digit first: the scan skips to one)
# Where a FOOTNOTE_MARK may start: its mark's own first character (a pattern opening on a look-behind
# is tried at every position of a plan; this one's first character is a set the scan skips to).
# (One character class first, "(" in it, and what must follow "(" after it: a pattern opening on an
# alternation is tried at every position, one opening on a class skips to the characters in it.)
FOOTNOTE_HINT = re.compile(r"[⁰¹²³⁴-⁹⁽\[*(](?:(?<=\()[\d*]|(?<!\())")


def _glued_candidates(text: str) -> Iterator[int]:
    """Where GLUED_MARK may match: a run of one or two digits right after a letter, or a year run on
    by one or two (five or six digits from 19.. or 20..); cheap to find, the pattern itself tried only
    at the word or year they end."""
    for m in _GLUED_RUN.finditer(text):
        start = m.start()
        if m.end() - start > 2 or text[start - 1].isalpha():
            yield start


def _footnote_spans(text: str) -> list[tuple[int, int]]:
    """The spans FOOTNOTE_MARK.finditer would give, the pattern tried only where FOOTNOTE_HINT finds
    a mark's first character (or the space before a "(n)")."""
    spans: list[tuple[int, int]] = []
    reached = 0
    for h in FOOTNOTE_HINT.finditer(text):
        p = h.start()
        if p < reached:
            continue
        for q in ((p - 1, p) if p and text[p - 1] in " \t" and p - 1 >= reached else (p,)):
            m = FOOTNOTE_MARK.match(text, q)
            if m is not None and m.end() > q:
                spans.append(m.span())
                reached = m.end()
                break
    return spans


def _ends_law_name(text: str, pos: int) -> bool:
    """Does a law's name, as a mention of it reads it (a capitalised head: lower case "luật" is
    prose's), end at pos, spaces apart; or "Hiến pháp" stand right before it?"""
    begin = max(0, pos - LAW_NAME_REACH)
    line = text.rfind("\n", begin, pos) + 1
    heads = [h for h in _law_heads(text[max(begin, line):pos]) if h["head"][0].isupper()]
    base = max(begin, line)
    for head in reversed(heads):
        start, end = base + head.start(), base + head.end()
        if head["head"].lower().startswith("hiến"):
            named_end = end
        else:
            if _previous_word(text, start) in LAW_BLOCKED_BEFORE:
                continue
            named = _law_title(text, LAW_HEAD.match(text, start), head["head"].lower().startswith("bộ"))
            named_end = named[1] if named else None
        if named_end is not None and not text[named_end:pos].strip():
            return True
    return False


def mask_footnote_marks(text: str) -> str:
    """text with its footnote marks (FOOTNOTE_MARK, GLUED_MARK, YEAR_MARK) blanked, of the same length."""
    if spans := _footnote_spans(text):
        chars = list(text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        text = "".join(chars)
    marks = []
    for start in _glued_candidates(text):
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if (m := GLUED_MARK.match(text, start)) is not None:
            group = next(g for g in ("mark", "word_mark", "place_mark") if m[g] is not None)
            marks.append(m.span(group))
        elif start and text[start - 1] in " \t\u00a0" and (m := YEAR_MARK.match(text, start)) is not None \
                and _ends_law_name(text, start):
            marks.append(m.span("mark"))
    if not marks:
        return text
    chars = list(text)
    for start, end in marks:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# A footnote's own line, its mark opening it ("¹ Kế hoạch số 85/KH-UBND …", "[2] Nghị định số …"), where a
# PDF's page sets it at the page's foot, still inside the preamble: what it cites is cited, not the basis.
NOTE_LINE = re.compile(r"^[ \t]*(?:⁽?[⁰¹²³⁴-⁹]+⁾?|\[\d{1,3}\])[ \t]*(?=\S)", re.MULTILINE)


def _note_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each footnote's own line (NOTE_LINE)."""
    if not any(c in text for c in "⁰¹²³⁴⁵⁶⁷⁸⁹["):
        return []
    spans = []
    for m in NOTE_LINE.finditer(text):
        end = text.find("\n", m.end())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans




def extract_references(text: str, *, basis_end: int | None = None, own_symbol: str | None = None,
                       context: dict | None = None) -> list[Reference]:
    """Every reference in text, in reading order, one per mention.

    basis_end: offset where the preamble (Căn cứ / Thực hiện) ends; mentions before it are
    `basis`. When None, a mention is `basis` if its sentence opens with "Căn cứ" or "Thực hiện"
    and it lies before the first Roman-numbered heading. own_symbol: the plan's own số hiệu;
    mentions of it, and appendix captions "(Kèm theo Kế hoạch số …)", are `self`.
    context: optional province / district / admin_level / locality of the plan's issuer, used
    to complete "UBND tỉnh" and the like where only one place fits; its issued_year (the plan's year
    of issue) tells a year printed after a law's name that is the plan's, not the law's.
    """
    printed = text = text or ""
    notes = _note_lines(text)
    text = mask_footnote_marks(text)
    laws = _find_laws(text)
    for law in laws:
        _read_tail(text, law.end, law, context)
    _share_joined_law_date(text, laws)
    number_lines: list[int] = []
    found = laws + _find_symbols(text, [(f.start, f.end) for f in laws], context, number_lines)
    found.sort(key=lambda f: f.start)
    for i, f in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        if f.organ and f.issuer is None:
            f.issuer = _issuer_from_territory(text, f.tail_end, limit, f.organ, context)
        if f.body and f.issuer is None:
            f.issuer = _issuer_from_subject(text, f.start, f.body, f.organ, context)
        if f.symbol and f.title is None and f.tail_end is not None:
            # (a law's name goes on in a title: "… của Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung …")
            later = tuple(g.start for g in found[i + 2:i + 6]
                          if g.start - f.tail_end < TITLE_MAX_CHARS and g.kind not in LAW_KINDS)
            f.title = _trich_yeu(text, f.tail_end, limit, CENTRAL_SYMBOL.search(f.symbol) is not None, later)
            if f.title is None and f.issuer and (f.issuer.startswith("Bộ ") or LEVEL_THEN_LOWER.match(text, f.tail_end)) \
                    and (noun := _noun_title(text, f.tail_end, limit)) is not None:
                f.title = noun   # (a ministry's or a local body's name run into its trích yếu: LEVEL_THEN_LOWER)
            if f.title and f.issuer is None and f.codes and (closing := _issuer_closing_title(f.title, f.codes)):
                f.title, f.issuer = closing[0], canonical_issuer(closing[1], context)
            if f.title:
                f.title = _without_kind_again(f.title, f.kind)
    if laws:
        _plan_year_not_law(text, laws, (context or {}).get("issued_year"))
    _cut_own_area(found, context)
    _share_known(found)

    preamble_end = basis_end if basis_end is not None else _preamble_end(text)
    captions = [(m.start("caption"), m.end()) for m in _own_captions(text)]
    own = normalize_symbol(own_symbol).upper() if own_symbol else None
    refs: list[Reference] = []
    header_at = header_number_line(text, own_symbol) if number_lines else None
    below = next(below_header_lines(text), None) if own else None
    own_header_end = below.start() if below else 0
    for f in found:
        caption = any(s < f.end and f.start < e for s, e in captions)
        if header_at is not None and f.start < header_at:
            continue  # above the plan's own "Số:" line: a web page's title, facts box or list of related texts
        if own and number_lines and f.start < number_lines[0] and f.symbol and f.symbol.upper() == own:
            continue  # the plan named above its own header: a web page's title and its facts box
        if own and f.symbol and f.start < HEADER_REACH and own.startswith(f.symbol.upper()) \
                and _alone_on_its_line(text, f.start, f.end):
            continue  # the plan's own number printed on a line of its own, its "Số:" cue on another
        if f.symbol and f.start < HEADER_REACH and PORTAL_NUMBER_FIELD.search(
                text, max(0, text.rfind("\n", 0, f.start) + 1, f.start - 40), f.start):
            continue  # a portal's box naming the page's own document ("Số hiệu | Số 16/KH-PGD&ĐT |")
        if own and f.symbol and f.symbol.upper() == own and f.start < own_header_end:
            continue  # the plan's own number in its header, its "Số:" cue misread on a scan ("tế: 142/KH-UBND")

        if (own and f.symbol and f.symbol.upper() == own) or caption:
            relation = "self"
        elif f.start < preamble_end and (basis_end is not None or _sentence_opens_basis(text, f.start)) \
                and not _reported_on(text, f.start) and not any(s <= f.start < e for s, e in notes):
            relation = "basis"
        else:
            relation = "cited"
        refs.append(Reference(ref_id=len(refs), kind=f.kind, symbol=f.symbol, title=f.title, year=f.year,
                              issued_date=f.issued_date, issuer=f.issuer, relation=relation,
                              mention=printed[f.start:f.end], char_start=f.start, char_end=f.end))
    _share_basis_law_years(refs)
    return refs


def _share_basis_law_years(refs: list[Reference]) -> None:
    """A law the plan's grounds cite with its year only ("Thực hiện Luật Hộ tịch năm 2014, …") and names
    again bare ("… quy định chi tiết một số điều của Luật Hộ tịch"): the year goes to the bare mentions,
    where every mention printing a year for that title agrees on it. Only from the grounds: a year after a
    law's name in the plan's own work ("Tổ chức thực hiện Luật Thi đua, khen thưởng năm 2025") may be the
    work's. (_share_law_dates gives a printed date, and its year, wherever it stands.)"""
    years: dict[tuple[str, str], set[int]] = defaultdict(set)
    grounds: set[tuple[str, str]] = set()
    for i, r in enumerate(refs):
        if r.kind in LAW_KINDS and r.title and r.year:
            key = (r.kind, r.title.lower())
            years[key].add(r.year)
            # (not a year in the title of a document the grounds cite, "Kế hoạch số 12/KH-UBND … về phổ biến Luật
            # Đất đai năm 2023", which may be that document's own: only a law cited as a ground itself)
            if r.relation == "basis" and r.symbol is None and r.issued_date is None \
                    and not (i and _named_in_title(refs[i - 1], r.title)):
                grounds.add(key)
    for i, r in enumerate(refs):
        key = (r.kind, (r.title or "").lower())
        if r.symbol is None and r.title and r.year is None and r.issued_date is None and key in grounds \
                and len(got := years[key]) == 1:
            year = next(iter(got))
            if i and _named_in_older_title(refs[i - 1], r.title, year):
                continue
            r.year = year


def complete_from_rows(refs: list[Reference], rows: list[tuple[int, int, str]], context: dict | None = None) -> None:
    """Fill in place what a table row's page break hid from a mention of it.

    rows: (char_start, char_end, content) of the rows whose content was joined from several lines.
    In the document's text such a citation stops at the break ("… Quyết định số 06/QĐ-TTg ngày",
    the other cells, the header repeated, then "06/01/2022 của Thủ tướng Chính phủ"); read again
    in the row's rejoined content, it gives the date, year and issuer the mention lacks."""
    for start, end, content in rows:
        lacking = [r for r in refs if start <= r.char_start < end and r.symbol
                   and (r.issued_date is None or r.issuer is None or r.year is None)]
        if not lacking:
            continue
        again = {x.symbol: x for x in extract_references(content, context=context) if x.symbol}
        for r in lacking:
            x = again.get(r.symbol)
            if x is None:
                continue
            r.issued_date = r.issued_date or x.issued_date
            r.year = r.year or x.year
            r.issuer = r.issuer or x.issuer


_ABOUT_OPENING = re.compile(r"^(?:v\s*/\s*v|về(?:\s+việc)?)(?!\w)[\s:.,]*", re.IGNORECASE)


def complete_from_document_rows(refs: list[Reference], rows: list[tuple[int, int, dict[str, str]]],
                                context: dict | None = None) -> None:
    """Fill in place, from its row, what a table listing documents says of each ("STT | Số, ký hiệu
    | Ngày ban hành | Trích yếu nội dung | Cơ quan ban hành"): its date, issuer and title stand in
    cells of their own, not after the symbol as running text prints them.

    rows: (start, end) of each row's symbol cell and {"date", "title", "issuer"} → that row's cell."""
    for start, end, cells in rows:
        for r in refs:
            if not (start <= r.char_start < end and r.symbol):
                continue
            # (a column says it over what was read after the symbol: in a flattened table that is the
            # next cells' text run together)
            if (d := re.search(DATE, cells.get("date") or "")) and (day := _date(d)):
                r.issued_date = day
                r.year = day.year
            issuer = " ".join((cells.get("issuer") or "").split())
            if issuer:
                # (the term, "Ban Chấp hành Đảng bộ tỉnh khóa XVI", ", nhiệm kỳ 2020 - 2025", is left out as
                # running text's issuer leaves it: one body across its terms; a bare level word before it
                # takes the committee's place as the cell would print it whole)
                term = _TERM_AT_END.search(issuer) if issuer[-1] in "IVXL)0123456789" else None
                r.issuer = canonical_issuer(issuer[:term.start()] if term else issuer, context)
                # (a joint text's cell names its ministries after one "Liên Bộ", as running text does)
                if issuer[:4].lower() in ("liên", "các ") and (joint := _joint_ministries("của " + issuer, 0)):
                    r.issuer = joint[0]
            title = _ABOUT_OPENING.sub("", " ".join((cells.get("title") or "").split())).rstrip(" .;,")
            if len(title) >= 4:
                r.title = title[0].upper() + title[1:]
