"""Vietnamese dates, quarters and deadlines as printed in local-government plans.

Two readers share one grammar:

* find_dates / parse_date report every date as printed, partial ones included
  ("ngày      tháng 02 năm 2025" is year 2025, month 2, no day).
* parse_timing reads a whole timing cell ("Trước ngày 08/01/2025", "Quý II/2026",
  "Theo Kế hoạch của Quận"); find_timing looks for one deadline phrase inside running
  task text ("…, xong trong tháng 02/2025.") and ignores dates that are only content.

The deadline is the last day the task may be done (SCHEMA.md, tasks.deadline).

Every pattern runs on a *folded* copy of the text: lower case, diacritics dropped,
"đ" -> "d". That makes "Tháng", "THÁNG", "thang" and OCR-damaged "thảng" read alike
without spelling each variant out; offsets are mapped back to the given text, so spans
and printed text always come from the original.

All functions are pure: no I/O, no global state beyond compiled patterns.
dateparser is imported lazily, only for the last-resort fallback of parse_timing.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lunar_vn import SUPPORTED_YEAR_RANGE, LunarDate, lunar_to_solar, solar_to_lunar

from extractors import doc_kinds, levels
from extractors.textscan import CharMap, CharTable, find_all, matches_at
from pipeline.memo import memo

__all__ = [
    "DateMention",
    "Timing",
    "parse_date",
    "find_dates",
    "parse_timing",
    "year_end_span",
    "season_span",
    "opens_lunar_year",
    "find_timing",
    "PlanTime",
    "calendar_years",
    "yearless_months",
    "roman_to_int",
    "quarter_of",
    "quarter_end",
    "month_end",
    "safe_date",
]

# ---------------------------------------------------------------------------
# Patterns (all on folded text; see _Folded)
# ---------------------------------------------------------------------------

# Folding leaves Vietnamese letters as a-z, so these are word boundaries; unlike \b they
# also hold between a letter and a digit ("ngày13"). A pattern that opens with a word writes
# _NB after the word's letters instead ("ngay(?<![a-z]ngay)" for _NB + "ngay"): the regex engine
# finds a pattern opening with letters fast, and tries one opening with a look-behind everywhere.
_NB = r"(?<![a-z])"
_NA = r"(?![a-z])"

# A blank left for the date to be written in by hand: "ngày      tháng", "ngày ….. tháng",
# "ngày __ tháng". Hyphens and commas are excluded so ranges are not swallowed.
_BLANK = r"[\s._…]*"

# "Mùng" / "mồng" before a day of the first ten of a month ("ngày mồng 2 tháng 9", "đến hết ngày mùng 6
# tháng Giêng", "mùng 2/9/2025"): a word of the date, not a gap in it.
_MUNG = r"(?:(?<![a-z])m[uo]ng\s*(?=\d))?"

# Four-digit years only: the plans span 1890 (anniversaries) to 2030s; a three- or
# five-digit number next to a slash is a document number, not a year.
_Y4 = r"[12]\d{3}"

# "ngày 13 tháng 02 năm 2025", with any part left blank ("ngày tháng 02 năm 2025",
# "ngày tháng năm 2025"). The code rejects a match where every part is blank: "ngày thắng
# lợi" folds to "ngay thang loi" and must not become a date.
RE_DATE_LONG = re.compile(
    rf"""
    ngay(?<![a-z]ngay){_NA}
    (?:{_BLANK}{_MUNG}(?P<d>\d{{1,2}})(?!\d))?
    {_BLANK}thang{_NA}
    (?:{_BLANK}(?P<m>\d{{1,2}})(?!\d))?
    (?:{_BLANK},?{_BLANK}nam{_BLANK}(?P<y>{_Y4})(?!\d))?
    """,
    re.X,
)

# "13/02/2025", "13-02-2025", "13.02.2025", "13 / 02 / 2025", optionally led by the printed
# "ngày". The separator must repeat, so "01-02/2025" (a month range) is not a date. The
# lookbehind keeps "1930" in "03/02/1930" from lending its "30" to a new date; the lookahead
# refuses a date that runs on into more numbers ("1.2.2025.3"). A dash may follow
# ("19/4/1945-19/4/2025" is a range).
# Two-digit years are accepted in code only after "ngày" with slashes ("ngày 13/02/25").
RE_DATE_NUM = re.compile(
    rf"""
    (?:{_NB}ngay{_BLANK})?{_MUNG}
    (?<![\d/.\-])(?P<d>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*
    (?P<y>\d{{4}}|\d{{2}})(?!\d)(?![/.]\d)
    """,
    re.X,
)

# ISO "2025-02-13", as pasted from spreadsheets.
RE_DATE_ISO = re.compile(rf"(?<![\d/.\-])(?P<y>{_Y4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")

# A year spelled after a day and month ("ngày 30/9 năm 2025", "trước 15/10, năm 2025"): it belongs
# to that date; read alone, "năm 2025" would stretch the deadline to the end of the year.
_DM_YEAR = rf"(?:\s*,?\s*nam\s*(?P<y>{_Y4})(?!\d))?"

# "ngày 01/3": day and month without a year. Only after "ngày" when reporting dates: bare
# "8/3" is as often a ratio or a number as a date.
RE_DATE_DM = re.compile(
    rf"""
    ngay(?<![a-z]ngay){_BLANK}{_MUNG}(?<![\d/.\-])(?P<d>\d{{1,2}})\s*[/.\-]\s*(?P<m>\d{{1,2}})(?!\d)(?![/.]\d)
    {_DM_YEAR}
    """,
    re.X,
)

# Bare "15/3" inside a timing ("Trước 15/3", "từ 01/3 đến 15/3/2026"); slash only, so "1-2"
# and decimals stay numbers. Timing phrases need a trigger word, so this cannot fire alone.
RE_DATE_DM_BARE = re.compile(rf"(?<![\w/.\-])(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?!\d)(?![/.]\d){_DM_YEAR}")

# Separators inside one list or range of months / quarters: "01-02", "3, 4 và 5",
# "3 đến tháng 5", "I, II", "III-IV".
_LSEP = r"\s*(?:-|–|—|~|,|&|va|hoac|den(?:\s+het)?|toi)\s*"

# Between a month / quarter and its year: "02/2025", "3-2025", "3.2025", "3 năm 2025",
# "3, năm 2025".
_YSEP = r"\s*(?:/|-|–|\.|,?\s*nam)\s*"

# A month member that is not the day/month of a following date: "02/2025" is fine (year
# follows), "15/3" is a date and must not be read as month 15 or 3.
_MONTH_MEMBER = r"\d{1,2}(?!\d)(?!\s*/\s*\d{1,2}(?!\d))"

# "tháng 3", "tháng 02/2025", "tháng 3 năm 2025", "tháng 01-02/2025",
# "tháng 3 đến tháng 5/2025". One year, printed after the last month, covers the list.
RE_MONTH = re.compile(
    rf"""
    thang(?<![a-z]thang)\s*(?P<m>{_MONTH_MEMBER})
    (?P<more>(?:{_LSEP}(?:thang\s*)?{_MONTH_MEMBER})*)
    (?:{_YSEP}(?P<y>{_Y4})(?!\d))?
    """,
    re.X,
)

# One quarter token: Roman numerals with their usual OCR stand-ins (l, 1, |, !) or an Arabic
# 1-4. Validated by roman_to_int on the original characters, since folding lowercases "L".
_QTOK = r"[ivxl1-4|!]{1,4}(?![a-z0-9])"

# "Quý II", "QUÝ 2", "Quý II/2026", "quý IV năm 2026", "Quý I, II", "Quý III-IV",
# "Quý I và Quý II năm 2025", "Quí I" (old spelling), "Quy II" (lost diacritics).
# A slash followed by a year is the year, not a list separator.
RE_QUARTER = re.compile(
    rf"""
    qu(?<![a-z]qu)(?P<yi>[yi])\s*(?P<q>{_QTOK})
    (?P<more>(?:(?:{_LSEP}|\s*/\s*(?!{_Y4}))(?:qu[yi]\s*)?{_QTOK})*)
    (?:{_YSEP}(?P<y>{_Y4})(?!\d))?
    """,
    re.X,
)

# A month printed as "12/2025" (or "T12/2025") with no "tháng", read only as one end of a range whose
# other end is a month too: "Tháng 9/2025 - 12/2025", "9/2025 - 12/2025", "T9/2025 - T12/2025",
# "tháng 11/2025 đến 02/2026". Alone, "12/2025" may be a number or part of a symbol.
def _bare_month_year(tag: str) -> str:
    return (rf"(?:(?<![a-z0-9/.\-])t\s*)?(?<![\d/.\-])(?P<{tag}m>\d{{1,2}})\s*/\s*(?P<{tag}y>{_Y4})"
            rf"(?!\d)(?!\s*/)")


_RANGE_TO = r"\s*(?:-|–|—|~|den|toi)\s*(?:thang\s*)?"
RE_BARE_MONTH_RANGE = re.compile(_bare_month_year("a") + _RANGE_TO + _bare_month_year("b"))
RE_MONTH_RANGE_END = re.compile(_RANGE_TO + _bare_month_year("b"))

# Months and quarters abbreviated in a schedule's cells: "T12/2026", "T3-T5/2026", "T10, 11/2026", "Q4/2026",
# "Q.IV/2026", "QIII-IV/2026". Read only with their year after a slash (a quarter's also after a dash or
# "năm": "Q4-2026", "Q2 năm 2026") and the letter printed upper-case (_abbreviated): "T1", "Q.1" alone are a
# block, a team or Quận 1.
_ABBR_LINK = r"\s*(?:-|–|—|~|,|&|va|den|toi)\s*"
RE_MONTH_ABBR = re.compile(
    rf"(?<![\w/.\-])t\.?\s?(?P<m>\d{{1,2}})(?P<more>(?:{_ABBR_LINK}(?:t\.?\s?)?\d{{1,2}}(?!\d))*)"
    rf"\s*/\s*(?P<y>{_Y4})(?!\d)(?!\s*/)")
_QABBR = r"(?:[1-4]|iv|i{1,3})(?![a-z0-9])"
RE_QUARTER_ABBR = re.compile(
    rf"(?<![\w/.\-])q\.?\s?(?P<q>{_QABBR})(?P<more>(?:{_ABBR_LINK}(?:q\.?\s?)?{_QABBR})*)"
    rf"(?:\s*/\s*|\s*[-–]\s*|\s+nam\s+)(?P<y>{_Y4})(?!\d)(?!\s*/)(?!\s*[.\-]\s*\d)")
_ABBR_GATE = re.compile(r"(?<![\w/.\-])[tq]\.?\s?[\divx]")

# A week of a month, printed before the month it narrows: "tuần thứ 2 tháng 01/2026", "tuần đầu
# tháng 3", "tuần thứ hai của tháng 12/2025", "tuần cuối tháng 02". The plans count weeks of a month
# in days (the first week is days 1-7, the second 8-14, …), so week n ends on day 7n; the last week
# ends with the month. Read only where a month in digits follows ("hằng tuần", "tuần lễ", "2 tuần"
# are left alone). Several weeks of one month are listed before it ("tuần thứ 2 và thứ 3 tháng 3",
# "tuần 2, 3 tháng 5", "từ tuần thứ 2 đến tuần thứ 4 tháng 5"): the month is printed once, after the
# last, and the work runs from the first week named to the end of the last.
_WEEK_N = r"(?:[1-4](?!\d)|nhat|mot|hai|ba|tu|dau|cuoi)(?![a-z])"
_WEEK_LISTED = r"(?:[1-4](?!\d)|nhat|mot|hai|ba|dau|cuoi)(?![a-z])"   # ("từ" folds as "tư": only after "thứ")
RE_WEEK = re.compile(
    rf"""
    tuan(?<![a-z]tuan)\s+(?:(?:thu|le)\s+)?
    (?P<n>{_WEEK_N})(?:\s+(?:tien|cung){_NA})?
    (?P<more>(?:\s*(?:,|&|-|–|(?<![a-z])(?:va|hoac|den|toi)(?![a-z]))\s*
                (?:(?:tuan\s+)?thu\s+{_WEEK_N}|(?:tuan\s+)?{_WEEK_LISTED}))*)
    \s*,?\s*(?:cua\s+)?(?=thang\s*\d)
    """,
    re.X,
)
RE_WEEK_MEMBER = re.compile(_WEEK_N)
# The ten-day parts of a month, before the month they narrow as a week is: "thượng tuần tháng 4/2026" (days
# 1-10), "trung tuần tháng 3" (11-20), "hạ tuần tháng 3" (21 to the month's end). Each ends on its last day.
RE_DEKAD = re.compile(rf"{_NB}(?P<part>thuong|trung|ha)\s+tuan\s*,?\s*(?:cua\s+)?(?=thang\s*\d)")   # (gated on "tuan ")
_DEKAD_FIRST_DAY = {"thuong": 1, "trung": 11, "ha": 21}
# A day of the lunar calendar, as Tết and festival plans print it: "trước ngày 20 tháng Chạp",
# "ngày 23 tháng Chạp", "trong tháng Chạp", "đến hết ngày 15 tháng Giêng", "ngày 10/3 âm lịch",
# "ngày 15 tháng 8 (âm lịch)", "ngày 10 tháng 3 năm 2026 âm lịch". Chạp and Giêng name only lunar
# months; a month in digits is lunar only with "âm lịch" printed after it. The Gregorian date is
# computed (_lunar_span), as the reader of the plan would look it up.
# "Rằm" (the full moon) is the fifteenth day of a lunar month: "Rằm tháng Giêng", "rằm tháng Bảy".
_LUNAR_DAY = rf"(?:(?:{_NB}ngay\s*)?{_MUNG}(?:(?<![\d/.\-])(?P<d>\d{{1,2}})|(?P<ram>{_NB}ram))\s+)?"
RE_LUNAR_NAMED = re.compile(
    rf"{_LUNAR_DAY}thang(?<![a-z]thang)\s+(?P<name>chap|gieng){_NA}"
    rf"(?:\s*,?\s*nam\s*(?P<y>{_Y4})(?!\d))?"
)
_LUNAR_MONTH_NAMES = {"chap": 12, "gieng": 1}
_LUNAR_SPELLED = ("chạp", "chap", "giêng", "gieng")  # as printed, with or without diacritics

# A lunar year by its name in the sixty-year cycle: "năm Ất Tỵ", "Bính Ngọ". The stem (can) and the
# branch (chi) go up together, so a stem names the branch's parity: "Tý" and "Tỵ", which fold alike,
# are told apart by it ("Giáp Tý", "Ất Tỵ").
_CAN = ("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy")
_CHI = {"ty": (0, 5), "suu": (1,), "dan": (2,), "mao": (3,), "meo": (3,), "thin": (4,), "ngo": (6,),
        "mui": (7,), "than": (8,), "dau": (9,), "tuat": (10,), "hoi": (11,)}
_CAN_CHI = rf"(?P<can>{'|'.join(_CAN)})\s+(?P<chi>{'|'.join(_CHI)}){_NA}"
# the lunar year may follow the mark too: "ngày 10/3 âm lịch năm 2025", "tháng 7 (âm lịch) năm 2026"
_YEAR_AFTER_MARK = rf"(?:\s*,?\s*nam\s*(?P<y2>{_Y4})(?!\d))?"
RE_LUNAR_NUM = re.compile(
    rf"(?:{_NB}ngay\s*)?(?<![\d/.\-])(?P<d>\d{{1,2}})\s*(?:/|\s+thang\s+)\s*(?P<m>\d{{1,2}})(?!\d)"
    rf"(?:(?:\s*,?\s*nam\s*(?P<y>{_Y4})(?!\d))?\s*\(?\s*am\s+lich{_NA}\s*\)?{_YEAR_AFTER_MARK}"
    rf"|\s*,?\s*nam\s+{_CAN_CHI})"   # (or a lunar year's name: "ngày 10/3 năm Ất Tỵ")
)
# A lunar month marked as one by "nhuận" (leap: "tháng 6 nhuận", "tháng Sáu nhuận"), by a lunar
# year's name ("tháng Chạp năm Ất Tỵ", "ngày 15 tháng 6 nhuận (âm lịch)"), by "âm lịch" after it
# ("tháng 7 âm lịch") or by its "Rằm" ("Rằm tháng Bảy"). Spelled months other than Chạp and Giêng are
# read only so marked: "tháng Năm" alone is May, "tháng Tám" a revolution.
_LUNAR_MONTH_WORDS = {"gieng": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                      "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12}
RE_LUNAR_MARKED = re.compile(
    rf"{_LUNAR_DAY}thang(?<![a-z]thang)\s+"
    rf"(?P<m>\d{{1,2}}(?!\d)|muoi\s+(?:mot|hai)|{'|'.join(k for k in _LUNAR_MONTH_WORDS if ' ' not in k)}){_NA}"
    rf"(?P<leap>\s+nhuan{_NA})?(?:\s*,?\s*nam\s*(?:{_CAN_CHI}|(?P<y>{_Y4})(?!\d)))?"
    rf"(?:(?P<al>\s*\(?\s*am\s+lich{_NA}\s*\)?){_YEAR_AFTER_MARK})?"
)
# Tết, the first day of a lunar year: "Tết Nguyên đán", "Tết Nguyên đán Bính Ngọ", "Tết cổ truyền năm
# 2026", "Tết Âm lịch", "Tết Ất Tỵ", "Tết Nguyên đán Bính Ngọ (2026)" (the year of a Tết, Gregorian or
# lunar, is the same number). A day, so "trước Tết Nguyên đán" is due on it, as "trước ngày 08/01" is
# due on the 8th; read only after a strong trigger ("trong dịp Tết", "sau Tết" say when, not by
# when). "Tết" alone is the lunar one only where nothing names another ("Tết Trung thu", "Tết trồng
# cây", "Tết Dương lịch"): closing the phrase, or before its year (_lunar_days).
RE_TET = re.compile(
    rf"tet(?<![a-z]tet)(?P<named>\s+(?:nguyen\s+dan|co\s+truyen|am\s+lich){_NA})?(?:\s+(?:nam\s+)?{_CAN_CHI})?"
    rf"(?:\s*,?\s*(?:nam\s*)?(?P<y>{_Y4})(?!\d)|\s*\(\s*(?:nam\s*)?(?P<py>{_Y4})\s*\))?"
)
# Tết Dương lịch, the Gregorian new year's day (1 January): "trước Tết Dương lịch 2026", "Tết Dương
# lịch năm 2026", "(2026)". A day too, read as the lunar Tết is (only after a strong trigger); with no
# year printed it is the one that closes the plan's year, as a yearless Tết is (_carry_years).
RE_NEW_YEARS_DAY = re.compile(
    rf"tet(?<![a-z]tet)\s+duong\s+lich{_NA}"
    rf"(?:\s*,?\s*(?:nam\s*)?(?P<y>{_Y4})(?!\d)|\s*\(\s*(?:nam\s*)?(?P<py>{_Y4})\s*\))?"
)
# what may close a phrase that ends in a bare "Tết" ("hoàn thành trước Tết.", "trước Tết; …")
RE_TET_BARE_END = re.compile(r"\s*(?:[.,;:)\]]|-\s|–|$)")
# A day of Tết counted from its first: "mùng 3 Tết", "Mồng 2 Tết Nguyên đán", "ngày mùng 1 Tết Bính Ngọ",
# with the days before it listed or ranged ("từ mùng 1 đến mùng 5 Tết", "mùng 2, mùng 3 Tết", "mùng
# 1 - 3 Tết"). Unlike Tết itself (a season as much as a day: "trong dịp Tết") it is one day, read as
# the lunar days of the Giêng it opens are. Searched backwards from a Tết's start, so it ends there.
_MUNG_N = r"(?:\d{1,2}(?!\d)|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)(?![a-z])"
_MUNG_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
               "muoi": 10}
RE_TET_DAYS = re.compile(
    rf"(?<![a-z])(?:ngay\s+)?m[uo]ng\s*(?P<d1>{_MUNG_N})"
    rf"(?:\s*(?:-|–|den(?:\s+het)?|toi|,|va)\s*(?P<w2>(?:(?:ngay\s+)?m[uo]ng\s*)?(?P<d2>{_MUNG_N})))?\s*$"
)
# A plan whose title names the lunar new year ("Tết Nguyên đán Ất Tỵ", "mừng Xuân", "Xuân Bính Ngọ")
# has for its year the one that Tết opens: its Chạp is the month before, in the lunar year before.
# Any other plan of a year runs through that year's lunar months, its Chạp and Tết in January or
# February of the next (see _carry_years).
RE_NEW_YEAR_TITLE = re.compile(
    rf"tet(?<![a-z]tet)\s+(?:nguyen\s+dan|co\s+truyen)|(?<![a-z])(?:(?:mung|don|vui|le\s+hoi|mua)\s+xuan"
    rf"|xuan\s+{_CAN_CHI})"
)

# A day of one month of a named quarter: "trước ngày 25 tháng cuối quý III/2026" (25/9/2026), "ngày 05
# tháng đầu quý IV" (05/10). Without the quarter's number the day recurs (RE_DAY_RECURRING).
RE_QUARTER_DAY = re.compile(
    rf"ngay(?<![a-z]ngay)\s*(?P<d>\d{{1,2}})(?!\d)\s*(?:cua\s+)?thang\s+(?P<pos>dau|giua|cuoi)\s+(?:cua\s+)?"
    rf"qu[yi]\s*(?P<q>{_QTOK})(?:{_YSEP}(?P<y>{_Y4})(?!\d))?"
)
_QUARTER_MONTH = {"dau": 0, "giua": 1, "cuoi": 2}

# The summer of a year, as school and youth plans print it: "Hè 2026", "hè năm 2026", "dịp hè 2026", "kỳ
# nghỉ hè năm 2026", "mùa hè 2025". It is the holiday between two school years, June to August (the school
# year ends on 31 May: _SCHOOL_YEAR_END; the next one opens in September), so it ends on 31 August, as
# a schedule of summer work prints it "Từ tháng 6 đến tháng 8/2025". Read only with its year: a bare
# "trong dịp hè" says when the work runs, not by when. Folded "he" is also "hệ" and the "hè" of "vỉa
# hè" (a pavement): the printed word is checked (_summers).
RE_SUMMER = re.compile(rf"he(?<![a-z]he)\s*,?\s*(?:nam\s*)?(?P<y>{_Y4})(?!\d)(?!\s*[-–—]\s*\d)")
RE_SUMMER_LEAD = re.compile(r"(?<![a-z])(?:dip|ky\s+nghi|mua|thoi\s+gian\s+nghi)\s+$")
_SUMMER_MONTHS = (6, 7, 8)

_WEEK_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "nhat": 1, "mot": 1, "dau": 1, "hai": 2, "ba": 3, "tu": 4}

# "6 tháng đầu năm 2025", "06 tháng cuối năm", "9 tháng đầu năm", "nửa đầu năm 2025", and the count
# spelled, as prose prints it ("Sáu tháng đầu năm 2026", "chín tháng đầu năm": _HALF_WORDS; folded
# "sau" is also "sau" (after), so the printed word is checked in _scan).
_HALF_WORDS = {"ba": 3, "bốn": 4, "sáu": 6, "chín": 9}
RE_HALF = re.compile(
    rf"""
    (?:(?<![a-z0-9])(?P<n>\d{{1,2}})\s*thang|{_NB}(?P<w>ba|bon|sau|chin)\s+thang|{_NB}nua)\s*(?P<side>dau|cuoi)\s*nam{_NA}
    (?:\s*(?P<y>{_Y4})(?!\d))?
    """,
    re.X,
)

# "năm 2025", "năm (2025)", "năm 2025-2026", "năm 2025 - năm 2026", and a list of years ("năm 2026, 2028,
# 2030", "năm 2026 - 2027 và 2030": a task done in some years of a period, the last one its end).
# "năm học 2024-2025" is left out: a school year ends in May, not December.
RE_YEAR = re.compile(
    rf"""
    nam(?<![a-z]nam)\s*(?P<open>\(\s*)?(?P<y>{_Y4})(?!\d)(?!\s*/\s*\d)
    (?P<more>(?:\s*[-–—]\s*(?:nam\s*)?{_Y4}(?!\d))?
      (?:\s*(?:,|{_NB}va{_NA})\s*(?:nam\s*)?{_Y4}(?!\d)(?!\s*/\s*\d))*)
    (?(open)\s*\))
    """,
    re.X,
)

# "Đầu năm 2026", "giữa năm (2026)": the start or middle of a year names no last day, as "Đầu năm học" and
# "Giữa học kỳ I" do not; only its end does ("Cuối năm 2026" is due on 31 December, as "Cuối học kỳ I"
# on the term's last day). A month or quarter is short enough that its part is due when it ends
# ("Đầu tháng 3/2026", "Đầu quý II"); a year is not: "Đầu năm 2026" due on 31 December would be late
# by nine months. Read on the words right before RE_YEAR's "năm" (folded).
RE_YEAR_PART = re.compile(rf"{_NB}(?P<part>dau|giua)\s+$")
_YEAR_PARTS = ("dau", "giua")

# "trong năm", "hết năm", "cuối năm" with no year printed: a timing cell that relies on
# the plan's year. Only read in whole timing cells.
RE_YEARLESS = re.compile(rf"{_NB}(?:trong|het|cuoi)\s+nam{_NA}(?!\s*\d)(?!\s+hoc{_NA})")

# "06 tháng đầu năm và cả năm", "6 tháng đầu năm 2026, cả năm", "Sơ kết 6 tháng đầu năm và tổng kết
# năm", "Tháng 6 và cả năm", "Quý II và cả năm": the two points a task reports at, the half year's (a
# month's, a quarter's) and the whole year's; "cả năm" listed after one names the year's end, not all
# year round (alone it is: RE_RECURRING). Only read in whole timing cells, right after a half, a month
# or a quarter (_scan).
RE_WHOLE_YEAR_POINT = re.compile(rf"(?:,|{_NB}va)\s*(?P<y>(?:tong\s+ket\s+(?:ca\s+)?|ca\s+)nam){_NA}"
                                 rf"(?!\s*\(?\s*\d)(?!\s+hoc{_NA})")

# A stretch a cell names inside the task's time as its peak or priority, after the time itself:
# "Trong năm 2026, ưu tiên Quý I", "Năm 2026 (cao điểm tháng 12)", "Cả năm 2026, tập trung trong
# quý II", "Trong quý I/2026 (ưu tiên hoàn thành trước Tết Nguyên đán)". It sets no deadline of its own (parse_timing); read on the folded text ending right before
# the stretch.
RE_PRIORITY = re.compile(
    rf"{_NB}(?:uu\s+tien|tap\s+trung|trong\s+tam|cao\s+diem|nhat\s+la|dac\s+biet\s+la)"
    rf"(?:\s+(?:hoan\s+thanh|thuc\s+hien))?(?:\s+(?:vao|trong|o|tu|truoc))?(?:\s+(?:thoi\s+gian|dip))?[\s:,]*$"
)

# "2021-2025", "(2021 – 2025)": a span of years, reported by find_dates as two mentions.
RE_YEAR_RANGE = re.compile(rf"(?<![\d/.\-])(?P<y1>{_Y4})\s*[-–—]\s*(?P<y2>{_Y4})(?!\d)(?![/.]\d)")

# A timing cell that is a year or a span of years and nothing else ("2026", "2026-2027"): in a
# schedule's timing column the number can only be a year. Elsewhere a bare number is left alone.
# A multi-year plan names such a span a phase: "Giai đoạn 2026 - 2028", "Giai đoạn 1 (2026 -
# 2027)", "Trong giai đoạn 2026 - 2028"; as a task's whole timing it is when the task runs, its
# last year the end (in running text "giai đoạn 2021 - 2030" is a strategy's horizon: RE_HORIZON).
RE_CELL_YEARS = re.compile(rf"\s*(?:(?:trong\s+|suot\s+)?giai\s+doan(?:\s+(?:\d|[ivx]{{1,3}}))?\s*[:(]?\s*)?"
                           rf"(?P<y>{_Y4})(?:\s*[-–—]\s*(?P<y2>{_Y4}))?\s*\)?\s*\.?\s*")
_CELL_YEARS_MAX = 16      # characters of a cell of bare years
_CELL_PHASE_MAX = 36      # … and of one that names them a phase

# "ngày 15 hàng tháng": a day that comes back every month; only meaningful as recurring. So is a
# day of a month counted from the period it reports on: "trước ngày 05 của tháng đầu quý sau",
# "trước ngày 25 tháng cuối quý", "ngày 20 của tháng cuối mỗi quý", "trước ngày 05 tháng sau",
# "ngày 20 mỗi tháng" (a quarter named after it is one day: "ngày 25 tháng cuối quý III/2026").
RE_DAY_RECURRING = re.compile(
    rf"""ngay(?<![a-z]ngay)\s*(?P<d>\d{{1,2}})(?!\d)(?!\s*[/.\-]\s*\d)\s*(?:cua\s+)?
    (?:(?=hang\s+(?:thang|quy|nam|tuan){_NA})
      |(?P<tail>thang\s+(?:dau|giua|cuoi)\s+(?:cua\s+)?(?:(?:moi|hang)\s+)?quy
            (?:\s+(?:sau|tiep\s+theo|ke\s+tiep))?{_NA}(?!\s*[ivxl1-4|!]{{1,4}}(?![a-z0-9]))
        |thang\s+(?:sau|tiep\s+theo|ke\s+tiep){_NA}
        |moi\s+(?:thang|quy|nam|tuan){_NA}))""",
    re.X,
)

# … and a day printed after its cadence and a trigger, or "vào" (on): "hằng tháng, chậm nhất ngày 25",
# "hằng quý trước ngày 20", "mỗi tháng, trước ngày 05", "hằng tháng vào ngày 03" (the day of each month
# or quarter: no month follows it). The
# match runs from the cadence; only the day ("day") is the expression, so the trigger before it is read
# as before any day, and the cadence joins the timing as the recurring word before that trigger
# (find_timing).
RE_DAY_AFTER_CADENCE = re.compile(
    rf"""(?<![a-z])(?:hang|moi)\s+(?:thang|quy|tuan){_NA}\s*[,;:(]?\s*
    (?:(?:cham|muon)\s+nhat(?:\s+(?:la|vao))?|truoc|khong\s+qua|vao)\s+
    (?P<day>ngay\s*(?P<d>\d{{1,2}})(?!\d)(?!\s*[/.\-]\s*\d)(?!\s*(?:,\s*)?(?:cua\s+)?(?:thang|quy){_NA}))""",
    re.X,
)

# "…, hàng năm" / "hằng tháng" right after a timing, or bracketed alone after it ("trước 31/12/2026 (hằng
# quý)", as a cell reads it): the date recurs, so no one deadline.
RE_RECURRING_TAIL = re.compile(rf"\s*(?:,?\s*(?:cua\s+)?hang\s+(?:nam|thang|quy|tuan){_NA}"
                               rf"|\(\s*hang\s+(?:nam|thang|quy|tuan){_NA}\s*\))")

# What may stand between two parts of one timing: "01/3 đến 15/3/2026", "tháng 3, tháng 6",
# "Quý I và Quý II". A dash, "đến" or "tới" makes it a range.
# "và cả năm 2026", ", cả năm 2026" join the year's end to what is listed before it ("Quý II và cả năm
# 2026": the quarter's report and the year's).
RE_CONNECTOR = re.compile(r"\s*(?:(?P<range>-|–|—|~|den(?:\s+het)?|toi)|(?:(?:,|va)\s*)?ca|,|&|va|hoac)?\s*")

# A trigger that makes a following date a deadline, anchored at the end of the text before
# the timing. "trong" alone is weak ("các ngày lễ trong năm 2025" may be content);
# "hoàn thành trong" / "xong trong" are strong. "từ" only counts when a range follows.
# "trước hết" (= first of all) is not a trigger: "hết" is not an allowed filler.
# What a timing label may name after "Thời gian" ("Thời gian hoàn thành: …") (folded).
_FIELD_VERBS = r"thuc\s+hien|hoan\s+thanh|trien\s+khai|to\s+chuc"
RE_TRIGGER = re.compile(
    rf"""
    {_NB}(?:
        (?P<strong>
            (?:hoan\s+(?:thanh|tat)|xong|ket\s+thuc)(?:\s+xong)?(?:\s+(?:truoc|trong|vao))?
          | cham\s+nhat(?:\s+(?:la|vao|truoc))*
          | muon\s+nhat(?:\s+(?:la|vao|truoc))*
          | han\s+chot(?:\s+la)?
          | thoi\s+han(?:\s+la)?
          | khong\s+qua
          | khong\s+(?:muon|cham)\s+hon(?:\s+(?:la|vao))?   # "không muộn hơn ngày 30/6/2026": no later than
          | truoc(?:\s+va\s+(?:trong|vao))?     # "trước và trong ngày bầu cử": before and on the day
          | du\s+kien(?:\s+(?:vao|trong))?
          | (?:den|toi)(?:\s+het)?
        )
      | (?P<weak>trong
          # "…; thời gian Quý II/2025.": the label without its colon, as the field rule needs
          | thoi\s+gian(?:\s+(?:{_FIELD_VERBS}))?
          # "suốt năm 2025" (throughout): the year is when the work runs, as "trong năm 2025"
          | suot
          # "tổng kết vào cuối năm 2025": the period's end is when it is done, as "trong năm 2025"
          | vao\s+cuoi)
      | (?P<range>tu)
    )
    # "trong cả năm 2025", "thời gian cả năm 2025", "trong suốt năm 2025": "the whole" changes nothing;
    # nor does "the end of" ("hoàn thành cuối năm 2025", "đến cuối tháng 12/2025"): a period ends on its last day
    [\s:,]*(?:(?:la|vao|ca|suot|cuoi){_NA}\s*)*$
    """,
    re.X,
)

# A named day whose date follows in parentheses, after its weekday: "trước và trong ngày bầu cử
# (Chủ nhật, ngày 15/3/2026)", "trước Tết Nguyên đán (ngày 29/01/2025)", "trong dịp lễ Quốc khánh
# (02/9/2025)". The date is that day's, so the trigger before the day's name makes it the deadline.
# Matched on the folded text from the day's first word to right before the date. Names run long
# ("dịp Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "dịp kỷ niệm 80 năm Cách mạng tháng Tám
# và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"), but no comma or full stop breaks one.
_DAY_WORDS = r"(?:ngay|tet|le|dip|dot)"
_EVENT_NAME_WORDS = 20
RE_DAY_WORD = re.compile(rf"{_NB}{_DAY_WORDS}{_NA}")
RE_EVENT_DAY = re.compile(
    rf"""
    {_DAY_WORDS}(?:\s+[a-z0-9]+){{0,{_EVENT_NAME_WORDS}}}
    \s*\(\s*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|\d)|chu\s+nhat){_NA}\s*,?\s*)?$
    """,
    re.X,
)
# "đến năm 2030, tầm nhìn đến năm 2045" is a strategy's horizon (usually in a cited
# document's title), not when the task is due.
RE_HORIZON = re.compile(rf"{_NB}(?:tam\s+nhin|dinh\s+huong|chien\s+luoc|giai\s+doan){_NA}")
# A phase's name right before its span of years: "giai đoạn 2026 - 2027", "giai đoạn 1 (2026 - 2027)"
_PHASE_NAME = r"giai\s+doan(?:\s+(?:\d|[ivx]{1,3}))?\s*[:(]?\s*"
RE_PHASE_NAME = re.compile(rf"{_NB}{_PHASE_NAME}$")
RE_PHASE_YEARS = re.compile(rf"{_NB}{_PHASE_NAME}(?P<y>{_Y4})\s*[-–—]\s*(?P<y2>{_Y4})(?!\d)(?![/.]\d)")

# A labelled timing field: "Thời gian: …", "Thời gian hoàn thành: …", "Thời hạn: …",
# "Thời gian dự kiến: …".
RE_FIELD = re.compile(
    rf"""
    thoi(?<![a-z]thoi)\s+(?:gian|han)
    (?:\s+du\s+kien)?
    (?:\s+(?:{_FIELD_VERBS}|bao\s+cao|nop|gui|ban\s+hanh))?
    (?:\s+du\s+kien)?
    \s*[:：]\s*
    """,
    re.X,
)

# Where a field's value stops: end of line, a semicolon, or a sentence-ending full stop
# (a dot inside "13.02.2025" is followed by a digit and does not count).
RE_FIELD_END = re.compile(r"\n|;|\.(?=\s|$)|$")
# A ";" before the next part's label ("Thời gian: đợt 1 tháng 5/2026; đợt 2 tháng 11/2026", "…: cấp xã
# trước 31/7/2026; cấp huyện trước 31/8/2026") or the next part's own time ("tháng 5/2025; tháng 11/2025")
# goes on with the field's value: each part's time is the field's (folded). A label is a round's number
# ("đợt 2", "lần thứ hai", "giai đoạn II", "đợt cuối") or a level ("cấp xã", "cấp cơ sở"); "đột xuất …",
# "cấp phát …", "lần lượt …" open a clause of their own, whose time is no part of the field's.
_PART_ROUND = r"(?:\d+|[ivx]+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|thu\s+[a-z]+|cuoi|dau|tiep\s+theo)"
_PART_LEVEL = "|".join([levels.alternation(levels.LEVELS, folded=True, space=r"\s+"), r"co\s+so",
                        *(r"\s+".join(levels.fold_level(h).split()) for h in levels.HAMLET_PLACE_NOUNS),
                        r"trung\s+uong|bo|nganh|dia\s+phuong|don\s+vi"])
RE_FIELD_NEXT_PART = re.compile(
    rf";\s*(?:(?:dot|lan|giai\s+doan)\s+{_PART_ROUND}|cap\s+(?:{_PART_LEVEL})"
    r"|(?:ngay|thang|quy)\s+(?:\d+|[ivx]+)|\d{1,2}\s*[/.-]\s*\d{1,2})(?![a-z0-9])")
RE_HAS_DIGIT = re.compile(r"\d")

# A timing cell that defers to something else: "Theo Kế hoạch của Quận", "Khi có văn bản",
# "Sau khi có Quyết định …". Such a cell only gives a deadline through an explicit trigger;
# "Theo Kế hoạch năm 2025" names the plan, not a deadline.
RE_OPEN_ENDED = re.compile(
    rf"^[\W_]*(?:theo|khi|sau\s+khi|ngay\s+sau\s+khi|can\s+cu|tuy|tuy\s+theo|dua\s+(?:theo|vao)"
    rf"|chua\s+xac\s+dinh|dot\s+xuat){_NA}"
)

# … and one opening on "Sau" a day or period ("Sau ngày 30/6/2026", "Sau Quý II/2026"): when the work may start,
# as "Sau Tết" is. Folded "sau" is also "sáu" (six: "Sáu tháng đầu năm"), so the printed word is checked.
RE_OPENS_AFTER = re.compile(r"[\W_]*(sau)\s")


def _opens_after(ft: _Folded, s: str) -> bool:
    m = RE_OPENS_AFTER.match(s) if "sau" in s[:8] else None
    return m is not None and ft.orig_text(m.start(1), m.end(1)).lower() == "sau"


# A timing that runs on with no end, right after its date: "Năm 2025 và các năm tiếp theo",
# "Quý I/2026 và các quý tiếp theo", "Từ năm 2025 trở đi", "Từ Quý II/2025 và lâu dài". SCHEMA.md:
# open-ended → no deadline (the year it starts in is not its last day). "Trước 30/6/2025, duy trì
# lâu dài" keeps its deadline.
RE_ONGOING_TAIL = re.compile(
    rf"[\s,;]*(?:(?:va|cho)\s+(?:cac|nhung)\s+(?:nam|quy|thang)\s+(?:tiep\s+theo|sau|ke\s+tiep)|tro\s+(?:di|ve\s+sau)"
    rf"|ve\s+sau|(?:va\s+)?lau\s+dai){_NA}"
)

# Work that goes on with the day it must be done by printed after it: "Thường xuyên; hoàn thành trước
# 30/6/2025" (a row's span column and its due column, tables.due_timing), "Liên tục, xong trong tháng
# 6/2025". The work runs until then: the completion day is its deadline, as the due column alone gives.
# Only words of going on ("thường xuyên", "liên tục"): a cadence ("Hằng tháng, hoàn thành trước ngày 25")
# is due again each time, so it keeps no deadline; and only a completion verb right before the point:
# a bare bound ("Thường xuyên, trước 30/9/2026") or a clause of its own ("Thường xuyên; báo cáo trước
# ngày 15/12/2025") may date a report or a step within the ongoing work (folded).
_ONGOING_WORDS = ("thuong xuyen", "lien tuc")
RE_COMPLETED_BY = re.compile(rf"{_NB}(?:hoan\s+(?:thanh|tat)|xong|ket\s+thuc)(?:\s+xong)?"
                             rf"(?:\s+(?:truoc|trong|vao|cham\s+nhat))?(?:\s+ngay)?[\s:,]*$")


# A document number ("35/KH-UBND", "15-NQ/TW", "98/2023/NĐ-CP"): the date printed after it
# is the cited document's date, never a deadline.
RE_SYMBOL = re.compile(r"(?<![\w/])\d+[\w.\-]*/[\w.\-/]*[a-z][\w.\-/]*")
# Its date may follow as issued ("35/KH-UBND ban hành ngày 12/3/2025", "… ký ngày …"), or "vào ngày"
# ("Kế hoạch số 35/KH-UBND vào ngày 12/3/2025"), which is read so only after a document's kind: a
# form's number ("Mẫu số 01/TK vào ngày 20") may be followed by the day the form is due.
RE_SYMBOL_DATE_LEAD = re.compile(
    r"\s*,?\s*(?:(?:duoc\s+)?(?:ban\s+hanh|ky)\s+(?:vao\s+)?|(?P<on>vao\s+))?(?=ngay)")
# (the kinds of extractors.doc_kinds a dated mention of this sort is printed with)
DATED_KINDS = ("kế hoạch", "quyết định", "công văn", "nghị quyết", "chỉ thị", "thông báo", "hướng dẫn", "thông tư",
               "nghị định", "chương trình", "kết luận", "văn bản", "đề án", "quy chế", "quy định")
RE_DOC_KIND_BEFORE = re.compile(
    r"(?<![a-z])(?:" + doc_kinds.alternation(DATED_KINDS, space=r"\s+") + ")"
    r"(?:\s+lien\s+tich)?(?:\s+so)?\s*:?\s*$")
# … or a little before it: "Triển khai Kế hoạch của UBND huyện (ngày 05/3/2025)" (see _closing_day); or
# earlier in the clause, the kind then naming whose or which it is ("Chỉ thị của Ban Thường vụ Tỉnh ủy về …").
RE_TET_WORD = re.compile(r"(?<![a-z])tet(?![a-z])")
RE_DOC_KIND_NEAR = re.compile(r"(?<![a-z])(?:" + doc_kinds.alternation(DATED_KINDS, space=r"\s+") + r"|"
                              # … a law's, its name after it ("Luật Nhà giáo (16/6/2025)"); not the law at large
                              # ("tìm hiểu pháp luật") nor a lawyer ("Luật sư")
                              r"(?<!phap )(?:" + doc_kinds.alternation(("bộ luật", "luật", "pháp lệnh"), space=r"\s+")
                              + r")(?!\s+su(?![a-z])))(?![a-z])")
RE_DOC_KIND_CITED = re.compile(r"(?<![a-z])(?:" + doc_kinds.alternation(DATED_KINDS, space=r"\s+") + r")"
                               r"(?:\s+lien\s+tich)?\s+(?:so|cua|ve)(?![a-z])")
# … unless a place follows the day: "Hội nghị triển khai Kế hoạch số 35/KH-UBND vào ngày 15/3/2025 tại
# Hội trường UBND xã" is the day the meeting is held there.
RE_HELD_AT = re.compile(rf"\s*,?\s*tai{_NA}")

# Quoted names (“…”, "…", «…») are campaign or document titles; "… trong năm 2025" inside
# them is not a deadline. Bounded so a stray quote cannot hide a whole document.
RE_QUOTED = re.compile(r"“[^“”]{0,400}”|\"[^\"]{0,400}\"|«[^«»]{0,400}»|„[^„“”]{0,400}[“”]")

# Recurring or continuous timings, on the original (NFC, lower-cased) text because folding
# would confuse "hàng năm" (every year) with "hạng năm" (a ranking of the year).
RE_RECURRING = re.compile(
    r"""
      (?<!\w)h[àằaă]ng\s+(?:n[ăa]m|th[áa]ng|qu[ýyí]|tu[ầa]n|ng[àa]y|k[ỳy])(?!\w)
    | (?<!\w)th[ưu][ờo]ng\s+xuy[êe]n(?!\w)
    | (?<!\w)th[ưu][ờo]ng\s+ni[êe]n(?!\w)
    | (?<!\w)[đd][ịi]nh\s+k[ỳy](?!\w)
    # "cả năm", "quanh năm": all year round; with its year printed ("Cả năm 2025", "Cả năm (2025)")
    # the span is that year, and its last day the deadline, as "Năm 2025" and "trong năm 2025"; so
    # is a school year printed with its years ("Cả năm học 2024 - 2025": to 31 May, as "Trong năm học")
    # ("Cả năm: trước 30/11/2025" labels the year's report: its day is due)
    | (?<!\w)(?:c[ảa]|su[ốo]t|quanh)\s+n[ăa]m(?!\w)(?!\s*\(?\s*\d)(?!\s*:)(?!\s+h[ọo]c\s*\(?\s*(?:19|20)\d\d)
    | (?<!\w)li[êe]n\s+t[ụu]c(?!\w)
    """,
    re.X,
)

# A period in numbers says how often, so it recurs like "hằng quý": "6 tháng một lần", "3 tháng/lần",
# "06 tháng 01 lần", "mỗi quý một lần", "hai tháng một lần", or the other way round "01 lần/năm",
# "ít nhất 2 lần mỗi tháng". The printed "lần" (times) is required: without it "6 tháng đầu năm",
# "trong 3 tháng", "sau 6 tháng" are stretches of time, and a number after the unit ("tháng 6 một
# lần nữa") names a month. Spelled counts leave out "năm" (five), which folds like "năm" (year).
_PERIOD_UNIT = r"(?:nam|thang|quy|tuan|ngay)(?![a-z])"
_PERIOD_COUNT = r"(?:(?<![\d.,/])\d{1,2}|(?<![a-z])(?:mot|hai|ba|bon|sau|muoi))(?![a-z\d])"
_PERIOD = (rf"(?:(?:(?<![a-z])moi\s+|{_PERIOD_COUNT}\s*){_PERIOD_UNIT}\s*(?:/\s*|(?:mot|\d{{1,2}})\s*)lan"
           rf"|(?:(?<![a-z])(?:it\s+nhat|toi\s+thieu)\s+)?{_PERIOD_COUNT}\s*lan\s*(?:/|moi(?![a-z]))\s*"
           rf"(?:\d{{1,2}}\s*)?{_PERIOD_UNIT})")
RE_PERIOD = re.compile(rf"{_PERIOD}(?![a-z])")

# A recurring timing that closes running task text: "…, thực hiện thường xuyên.", "… (thường
# xuyên, hằng quý).", "… định kỳ hằng tháng.", "…; triển khai hàng năm". Tried only at the end of
# the text (endpos), so a leading adverb ("Thường xuyên kiện toàn …") or one inside a noun phrase
# mid-sentence ("nhiệm vụ hàng năm và Kế hoạch 05 năm") is never read. After a separator the
# clause may open with its verb, which belongs to the timing as printed; "liên tục", "lâu dài"
# only count after a recurring word ("thường xuyên, liên tục"), never alone.
# "định kỳ 6 tháng (một lần)": a period in numbers is still a recurrence, not a date
_RECUR_WORD = (r"(?:thuong\s+(?:xuyen|nien)|hang\s+(?:nam|thang|quy|tuan|ngay)"
               rf"|dinh\s+ky(?:\s+\d{{1,2}}\s+(?:nam|thang|tuan|ngay))?|{_PERIOD})(?![a-z])")
# "đột xuất" (as need arises) only joins a recurring word ("định kỳ và đột xuất", "đột xuất và định
# kỳ", "thường xuyên, đột xuất"): alone it closes award and duty types ("khen thưởng thành tích đột
# xuất, chuyên đề"), and "Đột xuất" alone in a cell is open-ended, not recurring.
_AD_HOC = r"dot\s+xuat(?:\s+(?:khi\s+(?:co\s+)?(?:yeu\s+cau|can\s+thiet|phat\s+sinh)|theo\s+yeu\s+cau))?(?![a-z])"
_RECUR_LINK = r"(?:\s*(?:,|;|-|–|va|hoac)\s*|\s+)"
RE_RECURRING_CLOSE = re.compile(
    rf"""
    (?:
        (?P<sep>[,;:(\-–—])\s*(?P<verb>(?:thuc\s+hien|trien\s+khai|to\s+chuc|tien\s+hanh)\s+)?
      | (?<![a-z])
    )
    (?P<phrase>(?:dot\s+xuat\s*(?:,|va|hoac)\s*)?{_RECUR_WORD}
        (?:{_RECUR_LINK}(?:{_RECUR_WORD}|(?:lien\s+tuc|lau\s+dai)(?![a-z])|{_AD_HOC}))*
        # ("định kỳ 6 tháng và cả năm": the cadence and the year's report)
        (?:(?:\s*,|\s+va)?\s+(?:trong\s+(?:ca\s+)?|ca\s+|suot\s+|quanh\s+)nam)?
        # ("định kỳ 6 tháng, năm", "hằng quý, 6 tháng và năm": the periods it reports on, listed)
        (?:{_RECUR_LINK}(?:\d{{1,2}}\s+thang|nam)(?![a-z]))*
    )\Z
    """,
    re.X,
)

# A recurring phrase opening the last clause, the cadence of reporting on the task: "…; định kỳ 6
# tháng báo cáo kết quả.", "…, hằng quý báo cáo UBND huyện.", "…; định kỳ hằng tháng tổng hợp, báo
# cáo". The phrase is the timing; the clause must follow a separator (a leading "Thường xuyên báo
# cáo …" opens the task: it is the action's adverb) and run to the text's end.
_REPORT_VERBS = ("bao cao", "tong hop", "so ket")
RE_RECURRING_REPORT = re.compile(
    rf"""
    [;,]\s*(?P<phrase>{_RECUR_WORD}(?:{_RECUR_LINK}{_RECUR_WORD})*)
    \s*,?\s+(?:gui\s+)?(?:bao\s+cao|tong\s+hop|so\s+ket)(?![a-z])[^;.\n]*\Z
    """,
    re.X,
)
_REPORT_REACH = 160   # characters back from the text's end where that clause may open

# Fixed terms where the recurring word names a thing, not when a task is done: "Giáo dục thường
# xuyên" (a kind of school, in unit names), "chi thường xuyên" / "kinh phí thường xuyên" (budget
# lines), "khen thưởng thường xuyên" (an award type), "nhiệm vụ thường xuyên" (routine duties),
# "Đại hội thường niên" (an event). Keyed by the phrase's second word; each pattern is read on the
# folded text ending right before the phrase.
RE_RECURRING_NOUN = {
    "xuyen": re.compile(r"(?<![a-z])(?:giao\s+duc|chi|ngan\s+sach|kinh\s+phi|khen\s+thuong|nhiem\s+vu"
                        r"|thanh\s+tich)\s+\Z"),
    "nien": re.compile(r"(?<![a-z])(?:dai\s+hoi|hoi\s+nghi|bao\s+cao|phien\s+hop|ky\s+hop|le\s+hoi|hoi\s+thao)\s+\Z"),
    # kinds of award or work, not when it is done: "khen thưởng định kỳ và đột xuất", "thành tích
    # đột xuất, thường xuyên", "nhiệm vụ đột xuất"
    "ky": re.compile(r"(?<![a-z])khen\s+thuong\s+\Z"),
    "xuat": re.compile(r"(?<![a-z])(?:khen\s+thuong|thanh\s+tich|nhiem\s+vu|cong\s+viec|tinh\s+huong|su\s+co)\s+\Z"),
}

# What the folded text must end with (closing punctuation stripped) for RE_RECURRING_CLOSE to be
# worth trying: one str.endswith keeps the regex off the texts that cannot end in a recurring phrase.
_RECUR_ENDINGS = ("xuyen", "nien", "ky", "nam", "thang", "quy", "tuan", "ngay", "tuc", "dai", "lan",
                  "xuat", "cau", "thiet", "sinh")
_CLOSING_PUNCT = " \t\r\n.;:,!)]…"

# The cheap test before handing a cell to dateparser: it must print a plausible year.
RE_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")

# OCR stand-ins for Roman digits: "Il", "lV", "1V", "|I", and lower-case numerals.
_ROMAN_OCR = str.maketrans({"l": "I", "1": "I", "|": "I", "!": "I", "i": "I", "v": "V", "x": "X"})
RE_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

# Range or anniversary? "(03/02/1930 - 03/02/2025)" repeats day and month years apart.
_ANNIVERSARY_MIN_YEARS = 5
# A "deadline" before this year is history ("trước năm 1975"), not a plan's schedule.
_EARLIEST_PLAN_YEAR = 1990

# How far a quote with only one end printed may reach.
_QUOTE_REACH = 400

# An annual plan schedules into the next year at most; beyond that a year is a target.
_LATEST_PLAN_YEARS_AHEAD = 2

_MASK = "\x00"


# ---------------------------------------------------------------------------
# Public types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date as printed, possibly partial. The span includes a leading printed "ngày"."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None

    @property
    def date(self) -> dt.date | None:
        """The calendar date, only when day, month and year are known and the date exists."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return safe_date(self.year, self.month, self.day)


# (first day, last day) a plan runs over, as its trích yếu prints them (year_end_span)
Span = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Timing:
    """A timing phrase and what it commits to. Several due times of one text are one Timing: their
    phrases joined by "; ", its span from the first's start to the last's end (find_timing)."""

    text: str
    start: int
    end: int
    deadline: dt.date | None
    quarter: int | None
    recurring: bool


# ---------------------------------------------------------------------------
# Small public helpers
# ---------------------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    """Last day of the month; raises ValueError for a month outside 1-12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1-12, got {month}")
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> dt.date:
    """Last day of the quarter; raises ValueError for a quarter outside 1-4."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1-4, got {quarter}")
    return month_end(year, quarter * 3)


def roman_to_int(s: str) -> int | None:
    """Value of a Roman numeral, tolerant of OCR stand-ins ("Il", "lV", "1V"); None if not one."""
    if not s:
        return None
    raw = unicodedata.normalize("NFKC", s).strip()  # NFKC turns "Ⅳ" into "IV"
    if not raw:
        return None
    candidates = [raw.translate(_ROMAN_OCR).upper()]
    # A capital L is a real numeral (XL = 40) but, next to I's, more often a misread I.
    candidates.append(candidates[0].replace("L", "I"))
    for t in candidates:
        if t and RE_ROMAN.fullmatch(t):
            total = 0
            for i, ch in enumerate(t):
                v = _ROMAN_VALUE[ch]
                nxt = _ROMAN_VALUE[t[i + 1]] if i + 1 < len(t) else 0
                total += -v if v < nxt else v
            return total
    return None


def quarter_of(text: str) -> int | None:
    """The one quarter a text names ("Quý II", "QUÝ 2", "Quy III"); None for none or several."""
    if not text:
        return None
    ft = _Folded(text)
    found = [e for e in _scan_quarters(ft, ft.s)]
    if len(found) == 1 and len(found[0].members) == 1:
        return found[0].members[0]
    return None


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in text, in order, non-overlapping (the longest reading wins)."""
    if not text:
        return []
    ft = _Folded(text)
    groups: list[tuple[int, int, list[tuple[int, int, int | None, int | None, int | None]]]] = []

    def add(fs: int, fe: int, parts: list[tuple[int, int, int | None, int | None, int | None]]) -> None:
        if parts:
            groups.append((fs, fe, parts))

    s = ft.s
    for m in _finditer(RE_DATE_LONG, s):
        y, mo, d = _int(m["y"]), _int(m["m"]), _int(m["d"])
        if mo is not None and not 1 <= mo <= 12:
            continue  # "tháng 13" is not a month; whatever this is, it is not a date
        d = d if d is not None and 1 <= d <= 31 else None
        if y is None and mo is None and d is None:
            continue
        add(m.start(), m.end(), [(m.start(), m.end(), y, mo, d)])
    for m in _finditer(RE_DATE_NUM, s):
        ymd = _num_date(m)
        if ymd:
            add(m.start(), m.end(), [(m.start(), m.end(), *ymd)])
    for m in _finditer(RE_DATE_ISO, s):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), [(m.start(), m.end(), y, mo, d)])
    for m in _finditer(RE_DATE_DM, s):
        mo, d = int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), [(m.start(), m.end(), _int(m["y"]), mo, d)])
    for m in _finditer(RE_MONTH, s):
        members = _month_members(m)
        if members is None:
            continue
        y = _int(m["y"])
        parts = []
        for i, (ms, me, mo) in enumerate(members):
            ps = m.start() if i == 0 else ms
            pe = m.end() if i == len(members) - 1 else me
            parts.append((ps, pe, y, mo, None))
        add(m.start(), m.end(), parts)
    for m in _finditer(RE_YEAR, s):
        parts = [(m.start(), m.end("y"), int(m["y"]), None, None)]
        for ym in re.finditer(_Y4, m["more"] or ""):
            parts.append((m.start("more") + ym.start(), m.start("more") + ym.end(), int(ym.group()), None, None))
        add(m.start(), m.end(), parts)
    for m in RE_YEAR_RANGE.finditer(s):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 > y1:
            add(m.start(), m.end(), [(m.start("y1"), m.end("y1"), y1, None, None),
                                     (m.start("y2"), m.end("y2"), y2, None, None)])

    out: list[DateMention] = []
    for _, _, parts in _longest_first(groups):
        for fs, fe, y, mo, d in parts:
            a, b = ft.span(fs, fe)
            out.append(DateMention(a, b, text[a:b], y, mo, d))
    out.sort(key=lambda dm: dm.start)
    return out


@memo(8192)  # (header dates recur within a plan and across plans; the result is frozen)
def parse_date(text: str) -> DateMention | None:
    """The first date mention in text, or None."""
    found = find_dates(text)
    return found[0] if found else None


# ---------------------------------------------------------------------------
# Timings
# ---------------------------------------------------------------------------


@memo(8192)  # (timing cells recur within a plan and across plans; Timing is frozen)
def parse_timing(text: str, default_year: int | None = None, span: Span | None = None,
                 new_year: bool = True, after: dt.date | None = None) -> Timing | None:
    """Read a whole timing cell. None only for empty input. span, new_year, after: see find_timing.

    The Timing's text is the stripped cell as printed. A cell that names no date
    ("Theo Kế hoạch của Quận") gives deadline None. Recurring cells ("Hàng năm",
    "Thường xuyên") give recurring True and deadline None.
    """
    if not text or not text.strip():
        return None
    lead = len(text) - len(text.lstrip())
    s = text.strip()
    start, end = lead, lead + len(s)
    ft = _Folded(s)
    masked = _mask(ft)
    open_ended = RE_OPEN_ENDED.match(masked) is not None
    opens_after = not open_ended and _opens_after(ft, masked)   # (run on to a printed end, it has one)
    open_ended = open_ended or opens_after

    exprs = _scan(ft, masked, cell=True)
    words = _recurring_words(s, ft, exprs)
    period = RE_PERIOD.search(masked) is not None
    recurring = bool(words) or period
    chains = [c for c in _chains(exprs, masked) if not _is_anniversary(c)]
    picked: list[tuple[_Chain, str | None]] = []
    for c in chains:
        kind, _ = _trigger_before(masked, c)
        if open_ended and kind is None and not (opens_after and c.is_range) \
                or c.exprs[0].side == "tet" and kind != "strong" and not _past_tet(c):
            continue
        if picked and RE_PRIORITY.search(masked, max(0, c.start - 40), c.start):
            continue   # "Trong năm 2026, ưu tiên Quý I": a stretch the work peaks in, inside its time
        picked.append((c, kind))
    if picked and words and not period and all(w == "lien tuc" for w in words):
        recurring = False   # "Liên tục từ tháng 01 - 12/2026": one unbroken run to a printed end
    while len(picked) > 1 and _year_part(picked[-1][0].exprs[-1]):
        picked.pop()   # "Tháng 01/2026 (đầu năm 2026)": a part of a year with no last day restates the month
    picked = _drop_notes(masked, picked)
    picked, restated = _bracketed_years(masked, picked)

    deadline: dt.date | None = None
    quarter: int | None = None
    if picked:
        last, _ = picked[-1]
        # The grammar read less than the cell prints: a year left outside every expression
        # ("15 tháng 3 2025"), or only a year next to a month word ("15 tháng Ba năm 2025").
        stray_year = any(
            not any(e.start <= y.start() and y.end() <= e.end for e in exprs) for y in RE_HAS_YEAR.finditer(masked)
        )
        unsure = stray_year or (
            all(e.kind == "year" for e in last.exprs) and re.search(rf"{_NB}thang{_NA}", masked) is not None
        )
        _carry_years(sorted((e for c, _ in picked + restated for e in c.exprs), key=lambda e: e.start),
                     default_year, span, new_year, after)
        before = _says_before(masked, last)
        deadline = _chain_deadline(last, before)
        if len(picked) > 1 and masked.rfind("(", picked[-2][0].end, last.start) >= 0:
            # "Trước ngày 20/12/2026 (Quý IV)": the bracket names the day's quarter; the day is due
            prev = _chain_deadline(picked[-2][0], _says_before(masked, picked[-2][0]))
            if _restates(last, prev):
                deadline = prev
        listed = _listed_latest(masked, picked)
        if listed is not None and deadline is not None and listed > deadline:
            deadline = listed
        if unsure and not recurring:
            deadline = _dateparser_fallback(s) or deadline
        quarters = [e for c, _ in picked for e in c.exprs if e.kind == "quarter"]
        if len(quarters) == 1 and len(quarters[0].members) == 1 and not (before and last.exprs[0] is quarters[0]):
            quarter = _quarter_holding(quarters[0], deadline)
        if any(e.kind == "recur" for c, _ in picked for e in c.exprs) or any(
            _recurring_tail(ft, masked, c.end) is not None for c, _ in picked
        ):
            recurring = True
        elif recurring and not period and all(w in _ONGOING_WORDS for w in words) \
                and all(masked.find(w) < last.start for w in words) \
                and RE_COMPLETED_BY.search(masked, max(0, last.start - 40), last.start):
            recurring = False   # "Thường xuyên; hoàn thành trước 30/6/2025": ongoing until its completion day
    elif not recurring and not open_ended:
        deadline = _school_term_cell(masked, span) or _dateparser_fallback(s)

    if recurring or (picked and RE_ONGOING_TAIL.match(masked, picked[-1][0].end)):
        deadline = None
    elif picked and picked[-1][1] == "range" and not _spans(picked[-1][0]):
        # "Từ ngày 16/9", "Từ tháng 3/2025": when the work starts, not the last day it may be done;
        # bracketed after a period, the day it starts within it ("Năm 2026 (từ tháng 3)", "Quý II/2026
        # (từ ngày 15/4)"), which still ends when the period does
        prev = picked[-2][0] if len(picked) > 1 and picked[-2][1] != "range" else None
        op = masked.rfind("(", prev.end, picked[-1][0].start) if prev is not None else -1
        deadline = _chain_deadline(prev, _says_before(masked, prev)) \
            if op >= 0 and masked.find(")", op, picked[-1][0].start) < 0 else None
        if deadline is None or (_expr_start(picked[-1][0].exprs[0]) or dt.date.min) > deadline:
            deadline = quarter = None
    return Timing(s, start, end, deadline, quarter, recurring)


@memo(4096)  # (task texts recur across plans copied from the same template; Timing is frozen)
def find_timing(text: str, default_year: int | None = None, last_year: int | None = None,
                span: Span | None = None, new_year: bool = True, after: dt.date | None = None) -> Timing | None:
    """Find the deadline phrase in running task text; None when there is none.

    Only explicit phrases count: a trigger (trước, chậm nhất, xong/hoàn thành trong|trước,
    trong tháng|quý|năm, đến [hết] …, từ … đến …), a labelled field ("Thời gian hoàn thành: …")
    or a parenthesized month/quarter ("(Quý II/2025)"). Bare dates, "năm 2024" that is part of
    the content, anniversaries "(03/02/1930 - 03/02/2025)" and anything in quotes are ignored.
    With several phrases, a labelled field wins; else every dated one is printed, in order and
    joined by "; ", and the latest is the deadline (_due_times). Failing all of these, a
    recurring timing that closes the text ("…, thực hiện thường xuyên.", "… (hằng quý).") is the
    timing, recurring, with no deadline; one that opens the text is part of the action
    ("Thường xuyên kiện toàn …") and is not read.

    last_year is the last year of a multi-year plan's own period ("giai đoạn 2026 - 2030",
    "nhiệm kỳ 2025 - 2030"): its deadlines reach that far ("hoàn thành trong Quý IV/2030"), and
    a span of years inside the period is a task's time ("từ năm 2026 đến năm 2028", "hoàn thành
    trong giai đoạn 2026 - 2027"), ending in its last year. Without it (a plan of one year) a
    year more than two years ahead is a target, and a span of years is no task's time.

    span is the dates a short plan's trích yếu runs over when they cross a year end (see
    year_end_span): a day or month printed without its year takes the year that puts it inside
    ("Thứ Năm (02/01)" of a week from 30/12/2024 to 05/01/2025 is in 2025, "30/12" in 2024).

    new_year: the plan's year is the one its Tết opens (its title names that Tết or spring:
    RE_NEW_YEAR_TITLE), so a yearless Chạp falls in the lunar year before; else the plan's lunar
    year is its own, and its Chạp and Tết come in January or February of the next.

    after: the day from which such a plan looks ahead (its issue date, or the deadline of the row
    before in a schedule): a yearless Tết, Chạp or lunar 11th month that day has not yet passed
    is the one of the plan's own year ("Trước Tết Nguyên đán" in a plan of 10/01/2025 is due on
    29/01/2025, Tết Ất Tỵ), not the next.
    """
    if not text:
        return None
    ft = _Folded(text)
    masked = _mask(ft)

    field_timing = _find_field(text, ft, masked, default_year, span, new_year, after)
    if field_timing is not None:
        return field_timing

    candidates: list[Timing] = []
    shapes: list[tuple[str, str]] = []   # (each candidate's first expression's kind and its trigger's)
    peaks: list[tuple[Timing, int]] = []   # (timings named as the work's peak, and where "cao điểm" opens)
    prev_end = 0   # (folded end of the last candidate)
    chains = _chains(_scan(ft, masked, cell=False, phases=last_year is not None), masked)
    for i, chain in enumerate(chains):
        if _is_anniversary(chain):
            continue
        kind, trig_start = _trigger_before(masked, chain)
        close = None
        if kind is None and chain.exprs[0].side == "tet":
            kind, trig_start = _after_the_day(masked, chain)
        if kind is None and chain.exprs[0].kind == "date":
            kind, trig_start, close = _event_day(masked, chain)
        if kind is None and len(chain.exprs) == 1 and (chain.exprs[0].kind == "date" or (
                chain.exprs[0].kind == "lunar" and chain.exprs[0].day is not None and chain.exprs[0].side != "tet")
                or _kind(chain.exprs[0]) in ("month", "quarter") and not _closing_quarter(ft, masked, chain)):
            kind, trig_start = _on_the_day(masked, chain, chains[i + 1:])
        if kind is None and chain.exprs[0].kind == "recur" and len(chain.exprs) == 1 \
                and RE_ON_THE_DAY.search(masked, max(0, chain.start - 14), chain.start):
            # "họp giao ban vào ngày 03 hằng tháng", "báo cáo hằng tháng vào ngày 03": the day the work
            # comes back on, wherever it stands in the text (a day that recurs is no content)
            kind, trig_start = "weak", RE_ON_THE_DAY.search(masked, max(0, chain.start - 14), chain.start).start()
            each = RE_EACH_BEFORE.search(masked, max(0, trig_start - 16), trig_start)
            trig_start = each.start() if each else trig_start   # "mỗi quý vào ngày 15" ("hằng": recurring_lead)
        phase = kind is None and _in_period(chain, default_year, last_year)
        if phase:
            # "hoàn thành trong giai đoạn 2026 - 2027": a strong trigger before the phase's name
            kind, trig_start = _phase_trigger(masked, chain)
            phase = kind is not None
        if phase and masked.rfind("(", trig_start, chain.start) >= 0:
            close = _closing_paren(masked, chain.end)   # "… giai đoạn 2 (2028 - 2030)"
            close = None if close is None else close + 1
        if kind is None and _in_parentheses(masked, chain):
            kind, trig_start = "paren", chain.start
        if kind is None and candidates and _closing_paren(masked, chain.end) is not None \
                and _narrowing_bracket(masked, prev_end, chain.start):
            kind, trig_start = "paren", chain.start   # "trong Quý II/2026 (khoảng tháng 5)": hedged, as in a cell
        if kind is None and _closing_quarter(ft, masked, chain):
            kind, trig_start = "paren", chain.start
        if kind is None:
            # "… ngày 01/3/2025 đến ngày 15/3/2025": the "đến" inside the chain is the trigger.
            sub = _after_inner_range(chain)
            if sub is None:
                continue
            chain, trig_start = sub
            kind = "strong"
        if not (_trigger_accepts(kind, chain)
                or kind == "range" and chain.is_range and _in_period(chain, default_year, last_year)
                or kind in ("weak", "paren") and _half_is_when(masked, trig_start, chain, kind == "paren")
                # "trong tháng 3/2026 (ngày 15/3/2026)": a day bracketed right after the time narrows it
                or kind == "paren" and chain.exprs[0].kind == "date" and bool(candidates)
                and _narrowing_bracket(masked, prev_end, trig_start)
                or kind == "paren" and not candidates and _closing_day(masked, chain)):
            continue
        recurring_lead = None
        if kind == "strong" and masked.startswith(("den", "toi"), trig_start) \
                and masked.endswith(("nay ", "gio "), 0, trig_start):
            now = RE_FROM_NOW.search(masked, max(0, trig_start - 24), trig_start)
            trig_start = now.start() if now else trig_start
        if kind == "weak" and masked.startswith("thoi", trig_start):
            trig_start = chain.start  # the label names the field; the timing is what follows it
        if kind == "weak":
            recurring_lead = _recurring_ending_at(ft, masked, _skip_back(masked, trig_start, " ,"))
        if all(e.kind == "year" for e in chain.exprs) and (
            RE_HORIZON.search(masked, max(0, trig_start - 40), min(len(masked), chain.end + 40)) if not phase
            else RE_HORIZON.search(masked, chain.end, min(len(masked), chain.end + 40))
        ):
            continue
        _carry_years(chain.exprs, default_year, span, new_year, after)
        before = _says_before(masked, chain)
        deadline = _chain_deadline(chain, before) if kind != "after" or _past_tet(chain) else None
        if deadline is not None and not (span and span[0] <= deadline <= span[1]) \
                and not _plausible(deadline, kind, default_year, last_year):
            continue
        quarter = None
        qs = [e for e in chain.exprs if e.kind == "quarter"]
        if len(qs) == 1 and len(qs[0].members) == 1 and not before:
            quarter = _quarter_holding(qs[0], deadline)
        fe = close or chain.end
        recurring = any(e.kind == "recur" for e in chain.exprs)
        if recurring_lead is not None:
            # "thường xuyên trong năm 2025": the year is when the recurring work runs, not its end
            trig_start, recurring = recurring_lead, True
        tail = _recurring_tail(ft, masked, chain.end)
        if tail is not None:
            fe, recurring = tail, True
        ongoing = RE_ONGOING_TAIL.match(masked, chain.end)
        if ongoing is not None:
            fe, deadline = ongoing.end(), None
        if not recurring and kind == "strong" and "bao cao" in masked:
            # "…; thường xuyên, báo cáo trước 20/12/2026": recurring work and the day its report is due,
            # as the same words in a timing cell read (parse_timing): no last day of its own
            recurring_lead = _recurring_report_lead(ft, masked, trig_start)
            if recurring_lead is not None:
                trig_start, recurring = recurring_lead, True
        if recurring:
            deadline = None
            if kind == "strong" and recurring_lead is None:
                # "báo cáo định kỳ trước ngày 20 hằng tháng": the recurring word before the trigger is
                # part of the timing as printed, as it is after "trong" (recurring_lead above)
                trig_start = _recurring_ending_at(ft, masked, _skip_back(masked, trig_start, " ,(")) or trig_start
        if candidates and kind != "paren" and _bracket_note(masked, prev_end, trig_start):
            continue   # "… trước 30/9/2026 (riêng thôn Đông trước 30/10/2026)": a part's own time, as in a cell
        a, b = ft.span(trig_start, fe)
        if text[b:b + 1] == ")" and text.count("(", a, b) > text.count(")", a, b):
            b += 1   # "hằng tháng (trước ngày 20)": the bracket the timing opens closes with it
        elif text[b - 1:b] == ")" and text.count(")", a, b) > text.count("(", a, b):
            b -= 1   # "(tháng 7 âm lịch)": the bracket the timing stands in is not the timing's
        if "cao diem" in masked and (peak := RE_PRIORITY.search(masked, max(0, chain.start - 40), chain.start)) \
                and masked.startswith("cao", peak.start()):
            # "Tuyên truyền thường xuyên, cao điểm vào tháng 10/2026": the peak is inside the task's own time
            # (as parse_timing reads it); it is the timing only when the text names no other
            peaks.append((Timing(text[a:b], a, b, deadline, quarter, recurring), peak.start()))
            continue
        if kind == "paren" and candidates and candidates[-1].end <= a and _restates(chain, candidates[-1].deadline):
            # "… trước ngày 20/12/2026 (Quý IV)": the bracket names the day's quarter; the day is due
            prev = candidates[-1]
            b += text[b:b + 2].find(")") + 1
            candidates[-1] = Timing(text[prev.start:b], prev.start, b, prev.deadline, quarter, prev.recurring)
            continue
        if deadline is not None and candidates and candidates[-1].end <= a and not recurring \
                and not all(e.kind == "year" for e in chain.exprs) \
                and _narrowing_bracket(masked, prev_end, trig_start):
            # "trong tháng 3/2026 (trước ngày 26/3/2026)": the bracket narrows the time before it, as the last
            # timing of a cell does (parse_timing); its quarter stays while the day is inside it
            prev = candidates[-1]
            b += text[b:b + 2].find(")") + 1
            held = prev.quarter if prev.quarter is not None else quarter
            if held is not None and ((deadline.month + 2) // 3 != held
                                     or prev.deadline is not None and prev.deadline.year != deadline.year):
                held = None
            candidates[-1] = Timing(text[prev.start:b], prev.start, b, deadline, held, prev.recurring)
            continue
        candidates.append(Timing(text[a:b], a, b, deadline, quarter, recurring))
        shapes.append((chain.exprs[0].kind, kind))
        prev_end = fe

    if not candidates and peaks:
        start = _recurring_ending_at(ft, masked, _skip_back(masked, peaks[0][1], " ,;(-–"))
        if start is None:
            candidates = [t for t, _ in peaks]
            shapes = [("", "")] * len(candidates)
        else:
            a, b = ft.span(start, _skip_back(masked, peaks[0][1], " ,;(-–"))
            return Timing(text[a:b], a, b, None, None, True)
    if not candidates:
        found = _yearless_year_end(text, ft, masked, default_year) or _school_year(text, ft, masked, span)
        return found if found is not None else _closing_recurring(text, ft, masked)
    dated = [(t, shape) for t, shape in zip(candidates, shapes) if t.deadline is not None]
    if dated:
        return _due_times(dated, text)
    return candidates[0]


def _due_times(dated: list[tuple[Timing, tuple[str, str]]], text: str) -> Timing:
    """The timing of a text that sets one or more due times: several it sets in turn ("báo cáo sơ kết
    trước ngày 15/6/2025 và báo cáo tổng kết trước ngày 15/12/2025") are each printed, in order, as a
    schedule's repeated timing fields are ("; "), and the latest is due; the quarter stays only when
    every time falls in it. Times of one shape (dated: each with its first expression's kind and its
    trigger's) may come latest first, one per level or part ("cấp tỉnh trước 30/9, cấp huyện trước 31/8,
    cấp xã trước 31/7"): each is printed and the latest is due. An earlier time of another shape printed
    after a later one ("trong năm 2026, hoàn thành trước ngày 30/6/2026"), or in a bracket opened after
    it, is a note on a step of the work ("Sơ kết trong tháng 6/2026, tổ chức hội nghị (trước ngày
    20/5/2026 gửi giấy mời)"), not a time of its own."""
    times = [(t.deadline, t, shape) for t, shape in dated if t.deadline is not None]
    kept = [(d, t) for d, t, _ in times[:1]]
    last_shape = times[0][2]
    for day, t, shape in times[1:]:
        if day >= max(d for d, _ in kept) \
                or shape == last_shape and not _bracketed_after(text, kept[-1][1].end, t.start):
            kept.append((day, t))
            last_shape = shape
    due = max(d for d, _ in kept)
    last = kept[-1][1]
    if len(kept) == 1:
        return last
    named = {t.quarter for _, t in kept if t.quarter is not None}
    quarter = named.pop() if len(named) == 1 else None
    if quarter is not None and any(day.year != due.year or (day.month + 2) // 3 != quarter for day, _ in kept):
        quarter = None
    text = "; ".join(t.text.rstrip(" ,;") for _, t in kept)
    return Timing(text, kept[0][1].start, last.end, due, quarter, False)


def _bracketed_after(text: str, prev_end: int, start: int) -> bool:
    """Does a bracket opened after the time before (ending at prev_end) still hold the one at start?"""
    op = text.rfind("(", prev_end, start)
    return op >= 0 and text.find(")", op, start) < 0


# ---------------------------------------------------------------------------
# Internals
# ---------------------------------------------------------------------------


class _Folded:
    """Lower-cased, diacritic-free copy of a text with a map back to the original offsets."""

    __slots__ = ("s", "_starts", "_ends", "orig")

    def __init__(self, text: str) -> None:
        # Fast path: every character folds to exactly one character (the usual NFC text), so the
        # folded copy is one str.translate and offsets map to themselves.
        s = _FOLD_TABLE.translate(text) if len(text) >= _LONG else None
        if s is None:   # (no numpy, or a character past U+FFFF: every value of _FOLD_MAP is one character)
            s = text.translate(_FOLD_MAP)
        if _IRREGULAR not in s:
            self.s = s
            self._starts = self._ends = None
            self.orig = text
            return
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for i, ch in enumerate(text):
            if unicodedata.combining(ch):
                if ends:  # decomposed input: the mark belongs to the previous letter
                    ends[-1] = i + 1
                continue
            for c in _fold_char(ch):
                chars.append(c)
                starts.append(i)
                ends.append(i + 1)
        self.s = "".join(chars)
        self._starts = starts
        self._ends = ends
        self.orig = text

    @property
    def starts(self) -> list[int]:
        return self._starts if self._starts is not None else list(range(len(self.orig)))

    @property
    def ends(self) -> list[int]:
        return self._ends if self._ends is not None else list(range(1, len(self.orig) + 1))

    def span(self, fs: int, fe: int) -> tuple[int, int]:
        if self._starts is None and fs >= 0:  # identity map (fast path)
            if fe <= fs:
                a = fs if fs < len(self.orig) else len(self.orig)
                return a, a
            return fs, fe
        if fe <= fs:
            a = self.starts[fs] if fs < len(self.starts) else len(self.orig)
            return a, a
        return self.starts[fs], self.ends[fe - 1]

    def orig_text(self, fs: int, fe: int) -> str:
        a, b = self.span(fs, fe)
        return self.orig[a:b]


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    got = _FOLD_CACHE.get(ch)
    if got is not None:
        return got
    if ch in "đĐðÐ":
        out = "d"
    else:
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out = "".join(c for c in unicodedata.normalize("NFD", base.lower()) if not unicodedata.combining(c))
        out = out or " "
    if len(_FOLD_CACHE) < 4096:
        _FOLD_CACHE[ch] = out
    return out


# The folded form of every character that folds to exactly one character; the rest (combining
# marks, characters that fold to none or to several) map to _IRREGULAR and take the slow path.
_IRREGULAR = "\ufdd0"  # a noncharacter: never printed, so its presence means "irregular"


def _regular_fold(ch: str) -> str:
    out = _IRREGULAR if unicodedata.combining(ch) else _fold_char(ch)
    return out if len(out) == 1 else _IRREGULAR


_FOLD_MAP = CharMap(_regular_fold)

# From this length on, _FOLD_MAP is applied through a numpy look-up table (textscan.CharTable).
_LONG = 100
_FOLD_TABLE = CharTable(_FOLD_MAP)


RE_NOT_DEN = re.compile(r"(?<!\w)[đĐ][ềèỀÈ][nN](?!\w)")


def _mask(ft: _Folded) -> str:
    """Folded text with quoted names and cited documents' dates blanked out (same length)."""
    folded = ft.s
    n = len(folded)
    s: list[str] | None = None  # the characters, made on the first character masked
    quoted = [m.span() for m in matches_at(RE_QUOTED, folded, find_all(folded, "“\"«„"))]
    if quoted:
        s = list(folded)
        for a, b in quoted:
            s[a + 1:b - 1] = _MASK * max(0, b - a - 2)
    # A task text cut out of a page may hold only one end of a quote ("… trong năm 2025”;").
    # Curly quotes say which way the quote runs, so mask towards the missing end.
    curly = sorted(find_all(folded, "“”"))
    if curly:
        in_pair = bytearray(n)
        for a, b in quoted:
            in_pair[a:b] = b"\x01" * (b - a)
        for i in curly:
            if in_pair[i]:
                continue
            lo, hi = (max(0, i - _QUOTE_REACH), i) if folded[i] == "”" else (i + 1, min(n, i + 1 + _QUOTE_REACH))
            for k in range(lo, hi):
                if not in_pair[k]:
                    if s is None:
                        s = list(folded)
                    s[k] = _MASK
    for m in _symbols(folded):
        lead = RE_SYMBOL_DATE_LEAD.match(folded, m.end())
        if not lead or lead["on"] and not RE_DOC_KIND_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue
        pos = lead.end()
        best = pos
        for rx in (RE_DATE_LONG, RE_DATE_NUM, RE_DATE_DM):
            dm = rx.match(folded, pos)
            if dm:
                best = max(best, dm.end())
        if best > pos and not (lead["on"] and RE_HELD_AT.match(folded, best)):
            if s is None:
                s = list(folded)
            s[pos:best] = _MASK * (best - pos)
    if "den" in folded:
        # "Đền" (a temple) and "đèn" (a lamp) fold like "đến" (until): "lễ hội Đền vào ngày 02/9" has
        # no "đến" to trigger on
        for a, b in _not_den(ft):
            if s is None:
                s = list(folded)
            s[a:b] = _MASK * (b - a)
    return "".join(s) if s is not None else folded


def _not_den(ft: _Folded) -> list[tuple[int, int]]:
    """The folded spans of RE_NOT_DEN. Where folding keeps offsets (NFC text) the pattern runs on the
    original; else (decomposed marks: "e" + U+0302 + U+0300 is one folded "e") each folded word "den"
    is looked up as printed, composed first."""
    if ft._starts is None:
        return [m.span() for m in RE_NOT_DEN.finditer(ft.orig)]
    folded = ft.s
    out = []
    for i in find_all(folded, ("den",)):
        if (i and folded[i - 1].isalnum()) or folded[i + 3:i + 4].isalnum():
            continue
        if RE_NOT_DEN.fullmatch(unicodedata.normalize("NFC", ft.orig_text(i, i + 3))):
            out.append((i, i + 3))
    return out


def _symbols(s: str) -> list[re.Match]:
    """RE_SYMBOL.finditer(s). A match is a run of [\\w.-] holding a "/" and opening with a digit
    that no letter, digit or "/" precedes: tried at such digits of the run before each "/"."""
    starts = []
    for q in find_all(s, "/"):
        i = q
        while i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_.-"):
            i -= 1
        for p in range(i, q):
            if s[p].isdecimal() and (p == 0 or not (s[p - 1].isalnum() or s[p - 1] in "_/")):
                starts.append(p)
    return list(matches_at(RE_SYMBOL, s, starts))


# Cheap necessary conditions of the patterns whose scan is slow (they open with a look-behind or
# an optional part, so the regex engine tries them at every position): words a match cannot do
# without (one of each group), then a gate pattern that opens with a literal or a character class,
# which the engine finds fast, and matches wherever the pattern would. A text that fails is not
# scanned.
_NEEDS: dict[re.Pattern, tuple[tuple[str, ...], ...]] = {
    RE_DATE_LONG: (("thang",),),  # (it opens with "ngay")
    RE_HALF: (("dau", "cuoi"), ("thang", "nua")),
    RE_YEARLESS: (("nam",),),
    RE_LUNAR_NAMED: (("thang chap", "thang gieng"),),
    RE_LUNAR_NUM: (("am lich", "nam "),),
    RE_LUNAR_MARKED: (("thang",), ("nhuan", "nam ", "am lich", "ram ")),
    RE_TET: (("tet",),),
    RE_NEW_YEARS_DAY: (("tet duong lich",),),
    RE_DATE_DM_BARE: (("/",),),
    RE_DAY_AFTER_CADENCE: (("hang thang", "hang quy", "hang tuan", "moi thang", "moi quy", "moi tuan"), ("ngay",)),
}
_GATES: dict[re.Pattern, re.Pattern] = {
    RE_DATE_NUM: re.compile(r"[/.\-]\s*\d\d?\s*[/.\-]\s*\d\d"),
    RE_DATE_ISO: re.compile(r"-[01]\d-[0-3]\d"),
    RE_DATE_DM_BARE: re.compile(r"/\s*\d"),
    RE_HALF: re.compile(r"(?:dau|cuoi)\s*nam(?![a-z])"),
    RE_YEARLESS: re.compile(r"(?:trong|het|cuoi)\s+nam"),
    RE_LUNAR_MARKED: re.compile(rf"nhuan|nam\s+{_CAN_CHI}|am\s+lich|ram\s+thang"),
    RE_LUNAR_NUM: re.compile(rf"am\s+lich|nam\s+{_CAN_CHI}"),
    RE_TET: re.compile(r"tet(?![a-z])"),
    # (both ends print "/YYYY": a year after a slash, then a range link)
    RE_BARE_MONTH_RANGE: re.compile(r"/\s*[12]\d{3}\s*(?:-|–|—|~|den|toi)"),
}
# The same, found by the pattern's identity: a compiled pattern's hash is computed anew on every
# call from its whole compiled code (~1,000 instructions and more a look-up), its id at once. (The
# patterns are module constants, kept alive by _NEEDS and _GATES: their ids stay theirs.)
_NEEDS_BY_ID = {id(rx): needs for rx, needs in _NEEDS.items()}
_GATES_BY_ID = {id(rx): gate for rx, gate in _GATES.items()}


def _finditer(rx: re.Pattern, s: str):
    """rx.finditer(s), skipping the scan when the pattern's needs or gate say it cannot match."""
    needs = _NEEDS_BY_ID.get(id(rx))
    if needs is not None:
        # (all(any(w in s for w in group) for group in needs), without two generators a call: it is
        # asked of every pattern of every text read for its time)
        for group in needs:
            for w in group:
                if w in s:
                    break
            else:
                return ()
    gate = _GATES_BY_ID.get(id(rx))
    if gate is not None and gate.search(s) is None:
        return ()
    return rx.finditer(s)


def _int(v: str | None) -> int | None:
    return int(v) if v is not None else None


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None where the day does not exist ("30/2/2026") or the year is out of range."""
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _num_date(m: re.Match[str]) -> tuple[int, int, int] | None:
    d, mo, ytxt = int(m["d"]), int(m["m"]), m["y"]
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if len(ytxt) == 2:
        # Two-digit years only where the printed "ngày" and slashes make it clearly a date.
        if not m.group().startswith("ngay") or m["sep"] != "/":
            return None
        y = 2000 + int(ytxt)
    else:
        y = int(ytxt)
        if not 1000 <= y <= 2999:
            return None
    return y, mo, d


def _month_members(m: re.Match[str]) -> list[tuple[int, int, int]] | None:
    """(start, end, month) for every month of a RE_MONTH match, or None if one is invalid."""
    members = [(m.start("m"), m.end("m"), int(m["m"]))]
    if m["more"]:
        base = m.start("more")
        for nm in re.finditer(r"\d{1,2}", m["more"]):
            members.append((base + nm.start(), base + nm.end(), int(nm.group())))
    if any(not 1 <= mo <= 12 for _, _, mo in members):
        return None
    return members


def _longest_first(groups: list) -> list:
    """Keep non-overlapping (start, end, …) items, longest first, returned in text order."""
    starts: list[int] = []  # chosen intervals, sorted and disjoint
    ends: list[int] = []
    chosen: list = []
    for g in sorted(groups, key=lambda g: (-(g[1] - g[0]), g[0])):
        i = bisect.bisect_right(starts, g[0])
        if i > 0 and ends[i - 1] > g[0]:
            continue  # overlaps the chosen interval starting at or before it
        if i < len(starts) and starts[i] < g[1]:
            continue  # overlaps the next chosen interval
        starts.insert(i, g[0])
        ends.insert(i, g[1])
        chosen.append(g)
    chosen.sort(key=lambda g: g[0])
    return chosen


@dataclass
class _Expr:
    """One time expression in folded coordinates. members: months, quarters or years."""

    kind: str  # "date" | "month" | "quarter" | "year" | "half" | "recur"
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    members: tuple[int, ...] = ()
    # "dau" | "cuoi" for half years, "dau" | "giua" for a part of a year (RE_YEAR_PART); "tet" for the
    # lunar new year's day, "tetday" for a day of Tết
    side: str = ""
    spans: bool = False  # its members are a range: "tháng 9 đến tháng 11/2025", "Quý III-IV"
    leap: bool = False  # a lunar leap month ("tháng 6 nhuận")
    # a week of a month (RE_WEEK): the day it opens on, or for the last week the days before the
    # month's end it opens (-6); "trước" a week is before that day, as before a month
    first_day: int | None = None

    def has_year(self) -> bool:
        return self.year is not None


@dataclass
class _Chain:
    exprs: list[_Expr]
    links: list[bool] = field(default_factory=list)  # True where the link is a range (-, đến)
    words: list[int | None] = field(default_factory=list)  # start of a spelled "đến"/"tới" link

    @property
    def start(self) -> int:
        return self.exprs[0].start

    @property
    def end(self) -> int:
        return self.exprs[-1].end

    @property
    def is_range(self) -> bool:
        return any(self.links)


def _bracketed_years(s: str, picked: list[tuple[_Chain, str | None]]
                     ) -> tuple[list[tuple[_Chain, str | None]], list[tuple[_Chain, str | None]]]:
    """A cell's chains without the years bracketed after a day, month or quarter, and those of them
    that open their bracket. A year there is no later deadline: opening the bracket it gives a yearless
    month its year ("Tháng 3 (năm 2026)": 31 March); inside a note it is the note's ("Tháng 7/2025 (khi
    Luật Bảo hiểm xã hội năm 2024 có hiệu lực)", "Trước ngày 20/12/2025 (kỳ họp HĐND huyện cuối năm)")."""
    kept, restated = picked[:1], []
    for c, kind in picked[1:]:
        prev = kept[-1][0]
        op = s.rfind("(", prev.end, c.start) if all(e.kind == "year" for e in c.exprs) and kind is None \
            and any(e.kind != "year" for e in prev.exprs) else -1
        if op < 0 or s.find(")", op, c.start) >= 0:
            kept.append((c, kind))
        elif not s[op + 1:c.start].strip():
            restated.append((c, kind))
    return kept, restated


# What may open a bracket before the day it dates without making it a note: the day's weekday ("Tháng
# 3/2026 (Chủ nhật, ngày 15/3/2026)") or a hedge ("Quý IV/2026 (khoảng tháng 11)") (folded).
RE_BRACKET_LEAD = re.compile(
    rf"[\s(]*(?:(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|\d)|chu\s+nhat){_NA}|khoang|cu\s+the(?:\s+la)?){_NA}[\s,:]*)*")
# … nor a day named after a deadline's trigger, its date after its name: "Tháng 11/2026 (trước Ngày Pháp
# luật 9/11)", "Quý I/2026 (chậm nhất trước lễ ra quân 15/02)" narrow the timing to that day.
RE_BRACKET_DAY_DUE = re.compile(
    rf"[\s(]*(?:truoc|cham\s+nhat(?:\s+(?:la|truoc))?|han\s+chot|khong\s+qua)\s+{_DAY_WORDS}{_NA}[^(),;:]*")


# Words that name a day a timing's month commemorates, before the day's date: "hưởng ứng", "nhân dịp",
# "kỷ niệm", "chào mừng", or the day's own name ("Ngày Pháp luật", "Ngày Nhà giáo Việt Nam") (folded).
RE_COMMEMORATES = re.compile(rf"{_NB}(?:huong\s+ung|nhan\s+dip|ky\s+niem|chao\s+mung|ngay\s+(?!thu\s|chu\s+nhat)[a-z]{{2,}}){_NA}")


def _listed_latest(s: str, picked: list[tuple[_Chain, str | None]]) -> dt.date | None:
    """The latest due day of a cell listing one time per level or part, printed latest first ("Cấp
    tỉnh: trước 30/9/2026; cấp huyện: trước 31/8/2026"): each part is due on its own day and the work
    on the latest, as in running text (_due_times). None unless every time is a point or a span the
    cell lists apart, all of one kind (days, months or quarters: a day after a month or year narrows
    it, "Trong năm 2026, hoàn thành trước ngày 30/6/2026"), none in a bracket after the one before (which
    narrows it or is a note) nor a start ("từ tháng 3")."""
    if len(picked) < 2 or len({(c.exprs[0].kind, kind) for c, kind in picked}) > 1:
        return None
    days = []
    for i, (c, kind) in enumerate(picked):
        if kind == "range" and not _spans(c):
            return None
        if i and (op := s.rfind("(", picked[i - 1][0].end, c.start)) >= 0 and s.find(")", op, c.start) < 0:
            return None
        day = _chain_deadline(c, _says_before(s, c))
        if day is None:
            return None
        days.append(day)
    return max(days)


def _drop_notes(s: str, picked: list[tuple[_Chain, str | None]]) -> list[tuple[_Chain, str | None]]:
    """A cell's chains without the notes printed after its timing. A bracket that opens with words
    before its date, or before the trigger of its date, says something of its own: the day a month
    commemorates ("Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11)", "Tháng 3/2026 (nhân dịp Ngày Quốc tế
    Phụ nữ 8/3)") or a part's own deadline ("Trước 31/12/2026 (báo cáo 6 tháng trước 15/6/2026)",
    "Năm 2026 (trong đó Quý I báo cáo trước 15/3)"); the task is due when the timing before it ends. A
    bracket opening with its date or trigger narrows that timing ("Quý IV/2026 (tháng 11)", "Tháng 02/2026
    (trước Tết Nguyên đán)"). So is a yearless "cuối năm" after a noun, the year-end meeting a dated
    timing is before ("Tháng 11/2026, trước kỳ họp HĐND cuối năm"): alone in its cell it is the only
    end printed, and kept. A commemorated day set off by a comma or a dash after the timing is a note too
    ("Tháng 11/2026 - Ngày Pháp luật 9/11"); a label between two timings ("Đợt 1: tháng 4; đợt 2: tháng
    10/2026") is not."""
    if len(picked) < 2:
        return picked
    kept = picked[:1]
    for c, kind in picked[1:]:
        prev = kept[-1][0]
        op = s.rfind("(", prev.end, c.start)
        lead = _trigger_before(s, c)[1] if kind is not None else c.start
        if op >= 0 and s.find(")", op, lead) < 0:
            if _worded_bracket(s, op, lead) and (kind is not None or not RE_BRACKET_DAY_DUE.fullmatch(s, op, lead)):
                continue
        elif _excepted(s, prev.end, lead):
            continue   # "Trước 30/9/2026, riêng thôn Đông trước 30/10/2026": the exception's own time
        elif kind is None and RE_COMMEMORATES.search(s, prev.end, c.start):
            continue   # "Tháng 11/2026, hưởng ứng Ngày Pháp luật 9/11": set off by a comma or dash, as bracketed
        elif kind is None and all(e.kind == "year" and e.year is None for e in c.exprs) \
                and s.startswith("cuoi", c.start) and s[:c.start].rstrip()[-1:].isalpha():
            continue
        kept.append((c, kind))
    return kept


def _bracket_note(s: str, prev_end: int, lead: int) -> bool:
    """Does a bracket opened after prev_end hold words before lead, the trigger of a timing in it (folded)?
    Then that timing is the note's own, as _drop_notes reads a cell."""
    op = s.rfind("(", prev_end, lead)
    if op >= 0 and s.find(")", op, lead) < 0 and _worded_bracket(s, op, lead):
        return True
    # "…, riêng thôn Đông trước 30/10/2026": an exception set off by a comma is a note as well
    return _excepted(s, prev_end, lead)


def _narrowing_bracket(s: str, prev_end: int, lead: int) -> bool:
    """Does a bracket open right after prev_end (the last timing's end) with lead, a timing or its trigger,
    and no words before it (folded)? Then it narrows that timing, as a cell's bracket does (_drop_notes)."""
    op = s.rfind("(", prev_end, lead)
    return op >= 0 and not s[prev_end:op].strip() and s.find(")", op, lead) < 0 and not _worded_bracket(s, op, lead)


def _worded_bracket(s: str, op: int, lead: int) -> bool:
    """Do words (beyond a weekday or a hedge, RE_BRACKET_LEAD) stand between the bracket opened at op
    and lead, where its timing or that timing's trigger begins (folded)?"""
    return RE_BRACKET_LEAD.match(s, op, lead).end() < lead


def _excepted(s: str, start: int, lead: int) -> bool:
    """Does a clause opened by "riêng" (RE_EXCEPT) stand between start and lead (folded)?"""
    return "rieng" in s[start:lead] and RE_EXCEPT.search(s, start, lead) is not None


# "riêng" (as for) opening a clause names the part a later timing is for (folded).
RE_EXCEPT = re.compile(rf"[,;(]\s*rieng{_NA}")


def _quarter_holding(q: _Expr, deadline: dt.date | None) -> int | None:
    """The one quarter q names, unless the task runs past it to a later end ("Quý II và cả năm 2026",
    "trong Quý IV/2026 và tháng 01/2027"): then it is in no one quarter."""
    if deadline is not None and q.year is not None and deadline > quarter_end(q.year, q.members[0]):
        return None
    return q.members[0]


def _year_part(e: _Expr) -> bool:
    """Is e the start or middle of a year ("Đầu năm 2026", RE_YEAR_PART), which has no last day?"""
    return e.kind == "year" and e.side in _YEAR_PARTS


def _date_expr(fs: int, fe: int, y: int | None, mo: int | None, d: int | None) -> _Expr | None:
    """A date expression normalized to its precision: a missing day makes it a month, etc."""
    if mo is not None and d is not None:
        return _Expr("date", fs, fe, year=y, month=mo, day=d)
    if mo is not None:
        return _Expr("month", fs, fe, year=y, members=(mo,))
    if y is not None:
        return _Expr("year", fs, fe, year=y, members=(y,))
    return None


def _scan_quarters(ft: _Folded, s: str) -> list[_Expr]:
    out = []
    for m in _finditer(RE_QUARTER, s):
        # "Quỹ" (a fund) folds to "quy" too; only ý / y / í / i spell "quý".
        letter = unicodedata.normalize("NFC", ft.orig_text(m.start("yi"), m.end("yi"))).lower()
        if letter not in ("ý", "y", "í", "i"):
            continue
        toks = [(m.start("q"), m.end("q"))]
        if m["more"]:
            base = m.start("more")
            # Standalone tokens only: the "i" ending "qui" or "toi" is a letter, not a numeral.
            for tm in re.finditer(r"(?<![a-z0-9])[ivxl1-4|!]{1,4}(?![a-z0-9])", m["more"]):
                toks.append((base + tm.start(), base + tm.end()))
        values = [_quarter_token(ft.orig_text(a, b)) for a, b in toks]
        if any(v is None or not 1 <= v <= 4 for v in values):
            continue
        out.append(_Expr("quarter", m.start(), m.end(), year=_int(m["y"]), members=tuple(values),  # type: ignore[arg-type]
                         spans=_spans_range(m["more"])))
    return out


# A range link inside one month or quarter expression ("9 đến tháng 11", "III-IV"), as _LSEP spells it.
RE_RANGE_LINK = re.compile(rf"-|–|—|~|{_NB}(?:den|toi){_NA}")


def _spans_range(more: str | None) -> bool:
    return bool(more) and RE_RANGE_LINK.search(more) is not None  # type: ignore[arg-type]


def _quarter_token(tok: str) -> int | None:
    tok = tok.strip()
    if tok.isdigit() and 1 <= int(tok) <= 4:
        return int(tok)
    return roman_to_int(tok)


def _scan(ft: _Folded, s: str, cell: bool, phases: bool = False) -> list[_Expr]:
    """All time expressions in (masked) folded text, longest reading first, in text order.
    phases: also the span of years a phase names in running text ("giai đoạn 2026 - 2027"),
    which only a multi-year plan schedules by."""
    cands: list[_Expr] = []
    # Only quarters ("quý II"), "nửa đầu năm" and the yearless cells read without a digit: in a
    # text with none the other patterns are not tried (nothing else changes, order included).
    digits = _has_digit(s)
    for m in (_finditer(RE_DATE_LONG, s) if digits else ()):
        y, mo, d = _int(m["y"]), _int(m["m"]), _int(m["d"])
        if mo is not None and not 1 <= mo <= 12:
            continue
        if d is not None and not 1 <= d <= 31:
            d = None
        e = _date_expr(m.start(), m.end(), y, mo, d)
        if e:
            cands.append(e)
    for m in (_finditer(RE_DATE_NUM, s) if digits else ()):
        ymd = _num_date(m)
        if ymd:
            cands.append(_Expr("date", m.start(), m.end(), year=ymd[0], month=ymd[1], day=ymd[2]))
    for m in (_finditer(RE_DATE_ISO, s) if digits else ()):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            cands.append(_Expr("date", m.start(), m.end(), year=y, month=mo, day=d))
    for rx in ((RE_DATE_DM, RE_DATE_DM_BARE) if digits else ()):
        for m in _finditer(rx, s):
            mo, d = int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                cands.append(_Expr("date", m.start(), m.end(), year=_int(m["y"]), month=mo, day=d))
    for m in (_finditer(RE_MONTH, s) if digits else ()):
        members = _month_members(m)
        if members is not None:
            cands.append(_Expr("month", m.start(), m.end(), year=_int(m["y"]),
                               members=tuple(mo for _, _, mo in members), spans=_spans_range(m["more"])))
    if digits and "/" in s:
        cands.extend(_bare_month_ranges(s, cands))
    if digits and ("/" in s and "T" in ft.orig or "Q" in ft.orig) and _ABBR_GATE.search(s):
        cands.extend(_abbreviated(ft, s))   # (a quarter's year may follow a dash or "năm": "Q4-2026")
    if digits and "tuan" in s:
        cands.extend(_weeks(s, cands))
    cands.extend(_lunar_days(ft, s))
    if digits and "he" in s:
        cands.extend(_summers(ft, s))
    cands.extend(_scan_quarters(ft, s))
    for m in _finditer(RE_HALF, s):
        n = int(m["n"]) if m["n"] else _HALF_WORDS.get(
            unicodedata.normalize("NFC", ft.orig_text(m.start("w"), m.end("w"))).lower(), 0) if m["w"] else 6
        if 1 <= n <= 12:
            cands.append(_Expr("half", m.start(), m.end(), year=_int(m["y"]), members=(n,), side=m["side"]))
    for m in (_finditer(RE_YEAR, s) if digits else ()):
        years = [int(m["y"])] + [int(v) for v in re.findall(_Y4, m["more"] or "")]
        part = RE_YEAR_PART.search(s, max(0, m.start() - 6), m.start()) \
            if s.endswith(("dau ", "giua "), 0, m.start()) else None
        cands.append(_Expr("year", part.start() if part else m.start(), m.end(), year=years[-1], members=tuple(years),
                           side=part["part"] if part else ""))
    if cell:
        for m in _finditer(RE_YEARLESS, s):
            cands.append(_Expr("year", m.start(), m.end()))
        if "ca nam" in s or "tong ket nam" in s or "tong ket ca nam" in s:
            # (or after a month or quarter: "Tháng 6 và cả năm", "Quý I, II và cả năm" report at both)
            halves = [e.end for e in cands if e.kind in ("half", "month", "quarter")]
            for m in (RE_WHOLE_YEAR_POINT.finditer(s) if halves else ()):
                if any(not s[h:m.start()].strip() for h in halves):
                    cands.append(_Expr("year", m.start("y"), m.end("y")))
        m = RE_CELL_YEARS.fullmatch(s) if digits and (
            len(s) < _CELL_YEARS_MAX or len(s) < _CELL_PHASE_MAX and "giai" in s[:10]) else None
        if m is not None:
            years = tuple(int(v) for v in (m["y"], m["y2"]) if v)
            if years == tuple(sorted(years)):
                cands.append(_Expr("year", m.start("y"), m.end(m.lastindex), year=years[-1], members=years))
    for m in (_finditer(RE_PHASE_YEARS, s) if phases and digits and "giai doan" in s else ()):
        years = (int(m["y"]), int(m["y2"]))
        cands.append(_Expr("year", m.start("y"), m.end("y2"), year=years[1], members=years, spans=True))
    for m in (_finditer(RE_QUARTER_DAY, s) if digits and "qu" in s else ()):
        q, d = _quarter_token(ft.orig_text(m.start("q"), m.end("q"))), int(m["d"])
        if q is not None and 1 <= q <= 4 and 1 <= d <= 31:
            month = q * 3 - 2 + _QUARTER_MONTH[m["pos"]]
            cands.append(_Expr("date", m.start(), m.end(), year=_int(m["y"]), month=month, day=d))
    for m in (_finditer(RE_DAY_RECURRING, s) if digits else ()):
        cands.append(_Expr("recur", m.start(), m.end("tail") if m["tail"] else m.end("d"), day=int(m["d"])))
    for m in (_finditer(RE_DAY_AFTER_CADENCE, s) if digits else ()):
        cands.append(_Expr("recur", m.start("day"), m.end("day"), day=int(m["d"])))
    if digits and "lan" in s and any(e.kind in ("month", "quarter") for e in cands):
        # "06 tháng 01 lần", "mỗi quý 1 lần": the number after the unit counts times; it names no
        # month or quarter
        periods = _period_spans(s)
        if periods:
            cands = [e for e in cands if e.kind not in ("month", "quarter")
                     or not any(a < e.end and e.start < b for a, b in periods)]
    groups = [(e.start, e.end, e) for e in cands]
    return [g[2] for g in _longest_first(groups)]


def _bracket_follows(s: str, end: int) -> bool:
    """Does a bracket open right after s[:end], past spaces?"""
    j = end
    while j < len(s) and s[j] == " ":
        j += 1
    return j < len(s) and s[j] == "("


def _lunar_days(ft: _Folded, s: str) -> list[_Expr]:
    """Lunar days and months (RE_LUNAR_NAMED, RE_LUNAR_NUM): kind "lunar", month and day in the
    lunar calendar, year the lunar year when printed; and the Gregorian new year's day
    (RE_NEW_YEARS_DAY), a date, which the Tết words it shares are read beside."""
    out: list[_Expr] = []
    for m in _finditer(RE_LUNAR_NAMED, s):
        # "chấp" (chấp hành) and "giếng" (a well) fold like the months' names "Chạp" and "Giêng"
        name = unicodedata.normalize("NFC", ft.orig_text(m.start("name"), m.end("name"))).lower()
        if name not in _LUNAR_SPELLED:
            continue
        d = _lunar_day(ft, m)
        if d is None or 1 <= d <= 30:
            out.append(_Expr("lunar", m.start(), m.end(), year=_int(m["y"]), day=d,
                             month=_LUNAR_MONTH_NAMES[m["name"]]))
    for m in _finditer(RE_LUNAR_NUM, s):
        d, mo = int(m["d"]), int(m["m"])
        if 1 <= d <= 30 and 1 <= mo <= 12:
            out.append(_Expr("lunar", m.start(), m.end(), year=_int(m["y"] or m["y2"]) or _can_chi_year(m),
                             day=d, month=mo))
    for m in _finditer(RE_LUNAR_MARKED, s):
        d = _lunar_day(ft, m)
        if not (m["leap"] or m["can"] or m["al"] or m["ram"] and d == 15):
            continue
        word = " ".join(m["m"].split())
        mo = int(word) if word.isdigit() else _LUNAR_MONTH_WORDS[word]
        if 1 <= mo <= 12 and (d is None or 1 <= d <= 30):
            out.append(_Expr("lunar", m.start(), m.end(), year=_int(m["y"] or m["y2"]) or _can_chi_year(m), day=d,
                             month=mo, leap=m["leap"] is not None))
    for m in _finditer(RE_TET, s):
        if _bracket_follows(s, m.end()):
            continue  # "Tết Nguyên đán (ngày 29/01/2025)": the printed date is the day (_event_day)
        year = _int(m["y"] or m["py"]) or _can_chi_year(m)
        # "mùng 3 Tết" (only the lunar Tết has its days counted so: not "Tết Dương lịch")
        near = "ng" in s[max(0, m.start() - 14):m.start()]
        days = RE_TET_DAYS.search(s, max(0, m.start() - 48), m.start()) if near else None
        if days is not None and not s[m.end():m.end() + 8].lstrip().startswith("duong"):
            out.extend(_tet_days(days, m.end(), year))
            continue
        if not (m["named"] or m["can"] or year) and RE_TET_BARE_END.match(s, m.end()) is None:
            continue  # "Tết Trung thu", "Tết trồng cây": another Tết
        out.append(_Expr("lunar", m.start(), m.end(), year=year, day=1, month=1, side="tet"))
    for m in _finditer(RE_NEW_YEARS_DAY, s):
        if _bracket_follows(s, m.end()):
            continue  # "Tết Dương lịch (ngày 01/01/2026)": the printed date is the day (_event_day)
        out.append(_Expr("date", m.start(), m.end(), year=_int(m["y"] or m["py"]), day=1, month=1,
                         side="tet"))
    return out


def _summers(ft: _Folded, s: str) -> list[_Expr]:
    """The summers of RE_SUMMER, each as the months June to August of its year, stretched back over
    the words that name it ("kỳ nghỉ hè năm 2026"), so a trigger before them reaches it."""
    out: list[_Expr] = []
    for m in RE_SUMMER.finditer(s):
        if unicodedata.normalize("NFC", ft.orig_text(m.start(), m.start() + 2)).lower() != "hè" \
                or s.endswith("via ", 0, m.start()):
            continue   # "hệ 2026", "vỉa hè năm 2025"
        lead = RE_SUMMER_LEAD.search(s, max(0, m.start() - 20), m.start())
        out.append(_Expr("month", lead.start() if lead else m.start(), m.end(), year=int(m["y"]),
                         members=_SUMMER_MONTHS))
    return out


def _tet_days(m: re.Match, end: int, year: int | None) -> list[_Expr]:
    """The days of Tết a RE_TET_DAYS match names, the last running to end (the Tết's): lunar days of
    Giêng with side "tetday", which take their year as a yearless Tết does (_carry_years)."""
    def day(v: str) -> int:
        return int(v) if v.isdigit() else _MUNG_WORDS[v]
    d1 = day(m["d1"])
    if m["d2"] is None:
        return [_Expr("lunar", m.start(), end, year=year, day=d1, month=1, side="tetday")] if 1 <= d1 <= 30 else []
    d2 = day(m["d2"])
    if not 1 <= d1 <= d2 <= 30:
        return []
    return [_Expr("lunar", m.start(), m.end("d1"), year=year, day=d1, month=1, side="tetday"),
            _Expr("lunar", m.start("w2"), end, year=year, day=d2, month=1, side="tetday")]


def _lunar_day(ft: _Folded, m: re.Match) -> int | None:
    """The day a lunar match names: its number, 15 for "Rằm" ("răm", "râm" fold alike and name none)."""
    if m["ram"]:
        word = unicodedata.normalize("NFC", ft.orig_text(m.start("ram"), m.end("ram"))).lower()
        return 15 if word == "rằm" else None
    return _int(m["d"])


def _can_chi_year(m: re.Match) -> int | None:
    """The year a lunar year's name (the can and chi groups of m) stands for, in the sixty years
    from 1984 (Giáp Tý) that the plans' dates fall in; None when m names none."""
    if not m["can"]:
        return None
    can = _CAN.index(m["can"])
    chi = [c for c in _CHI[m["chi"]] if c % 2 == can % 2]
    if not chi:
        return None
    # the year 1984 + k has can k % 10 and chi k % 12
    return next(1984 + k for k in range(60) if k % 10 == can and k % 12 == chi[0])


def _weeks(s: str, found: list[_Expr]) -> list[_Expr]:
    """The weeks of a month (RE_WEEK), each as the month it narrows, stretched over the week's words:
    a date on the week's last day, or the month itself for its last week."""
    months = {e.start: e for e in found if e.kind == "month" and len(e.members) == 1}
    out: list[_Expr] = []
    for m in _finditer(RE_WEEK, s):
        mo = months.get(m.end())
        if mo is None:
            continue
        more = m["more"]
        last = RE_WEEK_MEMBER.findall(more)[-1] if more else m["n"]
        first_day = -6 if m["n"] == "cuoi" else 7 * _WEEK_NUMBER[m["n"]] - 6
        spans = bool(more) and RE_RANGE_LINK.search(more) is not None
        if last == "cuoi":
            out.append(_Expr("month", m.start(), mo.end, year=mo.year, members=mo.members, first_day=first_day,
                             spans=spans))
        else:
            out.append(_Expr("date", m.start(), mo.end, year=mo.year, month=mo.members[0],
                             day=7 * _WEEK_NUMBER[last], first_day=first_day, spans=spans))
    for m in (_finditer(RE_DEKAD, s) if "tuan " in s else ()):
        mo = months.get(m.end())
        if mo is None:
            continue
        first_day = _DEKAD_FIRST_DAY[m["part"]]
        if first_day > 20:   # (the last part runs to the month's end, as the last week does)
            out.append(_Expr("month", m.start(), mo.end, year=mo.year, members=mo.members, first_day=first_day))
        else:
            out.append(_Expr("date", m.start(), mo.end, year=mo.year, month=mo.members[0], day=first_day + 9,
                             first_day=first_day))
    return out


def _bare_month_ranges(s: str, found: list[_Expr]) -> list[_Expr]:
    """The months printed as "M/YYYY" at either end of a range (RE_BARE_MONTH_RANGE): after a
    "tháng …/YYYY" or a full date already found ("từ 15/9/2025 - 12/2025"), or two of them linked."""
    out: list[_Expr] = []

    def month(m: re.Match, tag: str) -> None:
        mo = int(m[tag + "m"])
        if 1 <= mo <= 12:
            out.append(_Expr("month", m.start(tag + "m") if tag == "b" else m.start(), m.end(tag + "y"),
                             year=int(m[tag + "y"]), members=(mo,)))

    for e in found:
        if e.kind in ("month", "date") and e.year is not None:
            m = RE_MONTH_RANGE_END.match(s, e.end)
            if m is not None:
                month(m, "b")
    for m in _finditer(RE_BARE_MONTH_RANGE, s):
        if 1 <= int(m["am"]) <= 12 and 1 <= int(m["bm"]) <= 12:
            month(m, "a")
            month(m, "b")
    return out


def _abbreviated(ft: _Folded, s: str) -> list[_Expr]:
    """The months and quarters of RE_MONTH_ABBR and RE_QUARTER_ABBR, their letter upper-case as printed."""
    out: list[_Expr] = []
    for m in RE_MONTH_ABBR.finditer(s):
        if ft.orig_text(m.start(), m.start() + 1) != "T":
            continue
        members = [int(m["m"])] + [int(v) for v in re.findall(r"\d{1,2}", m["more"] or "")]
        if all(1 <= mo <= 12 for mo in members):
            out.append(_Expr("month", m.start(), m.end(), year=int(m["y"]), members=tuple(members),
                             spans=_spans_range(m["more"])))
    for m in RE_QUARTER_ABBR.finditer(s):
        if ft.orig_text(m.start(), m.start() + 1) != "Q":
            continue
        toks = [m["q"]] + re.findall(r"(?<![a-z0-9])(?:[1-4]|iv|i{1,3})(?![a-z0-9])", (m["more"] or "").replace("q", " "))
        values = [_quarter_token(t.upper()) for t in toks]
        if all(v is not None and 1 <= v <= 4 for v in values):
            out.append(_Expr("quarter", m.start(), m.end(), year=int(m["y"]), members=tuple(values),  # type: ignore[arg-type]
                             spans=_spans_range(m["more"])))
    return out


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _has_digit(s: str) -> bool:
    """Does s hold a decimal digit (what \\d matches)? ASCII ones by plain substring search."""
    if any(d in s for d in "0123456789"):
        return True
    return not s.isascii() and any(c.isdecimal() for c in set(_NON_ASCII.findall(s)))


def _chains(exprs: list[_Expr], s: str) -> list[_Chain]:
    """Group expressions joined only by list or range connectors ("01/3 đến 15/3/2026")."""
    chains: list[_Chain] = []
    for e in exprs:
        if chains:
            prev = chains[-1]
            cm = RE_CONNECTOR.fullmatch(s, prev.end, e.start)
            if cm is not None:
                prev.exprs.append(e)
                prev.links.append(cm["range"] is not None)
                word = cm["range"] is not None and cm["range"][0] in "dt"
                prev.words.append(cm.start("range") if word else None)
                continue
        chains.append(_Chain([e]))
    return chains


def _is_anniversary(chain: _Chain) -> bool:
    """"(03/02/1930 - 03/02/2025)": same day and month years apart, or a start in history."""
    if not chain.is_range:
        return False
    first, last = chain.exprs[0], chain.exprs[-1]
    if first.year is not None and first.year < _EARLIEST_PLAN_YEAR:
        return True
    if first.kind == last.kind == "date" and first.year and last.year:
        return (first.month, first.day) == (last.month, last.day) and last.year - first.year >= _ANNIVERSARY_MIN_YEARS
    return False


def _period_spans(s: str) -> list[tuple[int, int]]:
    """The spans of RE_PERIOD in folded s, looked for only around the word "lan" (lần) that every
    period prints: the pattern tried at every position of a long text costs more than the rest."""
    spans: list[tuple[int, int]] = []
    for i in sorted(find_all(s, ("lan",))):
        if (i and s[i - 1].isalpha()) or s[i + 3:i + 4].isalpha() or (spans and i < spans[-1][1]):
            continue
        for m in RE_PERIOD.finditer(s, max(0, i - 30), min(len(s), i + 30)):
            if m.start() <= i < m.end():
                spans.append(m.span())
                break
    return spans


def _trigger_before(s: str, chain: _Chain) -> tuple[str | None, int]:
    """The trigger word ending right before the chain: ("strong"|"weak"|"range", its start)."""
    pos = chain.start
    if pos >= 4 and s.startswith("cac", pos - 4) and (plural := RE_PLURAL.search(s, max(0, pos - 6), pos)):
        pos = plural.start()
    elif chain.exprs[0].kind == "date" and pos >= 3 and s[pos - 1] in " ,h" \
            and (clock := RE_CLOCK_BEFORE.search(s, max(0, pos - 24), pos)):
        kind, start = _trigger_ending_at(s, clock.start())
        if kind == "strong":
            return kind, start
    elif chain.exprs[0].kind == "date" and chain.exprs[0].day and pos >= 6 and s[pos - 1] in " -–—~" \
            and (opens := RE_DAY_RANGE_OPEN.search(s, max(0, pos - 24), pos)) \
            and int(opens["d"]) < chain.exprs[0].day:
        return "strong", opens.start()
    return _trigger_ending_at(s, pos)


# The first day of a range of days in one month printed with the month once, at its end ("từ ngày 10 -
# 20/3/2026", "từ 15 – 30/9"): the range's last day is due, as "từ ngày 10 đến ngày 20/3/2026" says (folded).
RE_DAY_RANGE_OPEN = re.compile(r"(?<![a-z])tu\s+(?:ngay\s*)?(?<![\d/.])(?P<d>\d{1,2})\s*[-–—~]\s*$")


# The hour a day's deadline closes at, printed between a strong trigger and the day ("trước 17 giờ ngày
# 20/3/2026", "chậm nhất 16h30, ngày 05/4/2026", "trước 10 giờ 30 phút ngày …"): the day is the deadline; the
# hour an event opens at after "từ" is when it starts, as the day alone is (folded).
RE_CLOCK_BEFORE = re.compile(r"(?<![\d/.:])\d{1,2}\s*(?:gio|h)(?:\s*\d{2}(?:\s*phut)?)?\s*,?\s*$")


# The plural right before the months, quarters or days a trigger times ("trong các tháng 7, 8 và 9/2026",
# "hoàn thành trong các quý III, IV/2026") changes nothing; before a day's name it is content ("trong các
# ngày lễ lớn như Ngày Quốc tế Phụ nữ (08/3)"), so it is read only right before the chain (folded).
RE_PLURAL = re.compile(r"(?<![a-z])cac\s+$")


def _trigger_ending_at(s: str, pos: int) -> tuple[str | None, int]:
    m = RE_TRIGGER.search(s, max(0, pos - 60), pos)
    if m is None:
        return None, pos
    kind = "strong" if m["strong"] else "weak" if m["weak"] else "range"
    return kind, m.start()


def _says_before(s: str, chain: _Chain) -> bool:
    """True when the chain follows "trước": before a month/quarter/year means before it starts."""
    m = RE_TRIGGER.search(s, max(0, chain.start - 60), chain.start)
    # "trước cuối năm 2025" is before the year's end, not before it starts
    return bool(m and m["strong"] and re.search(r"truoc$", m["strong"]) and not RE_END_OF.search(m.group()))


RE_END_OF = re.compile(r"cuoi\s*$")


def _spans(chain: _Chain) -> bool:
    """Does the chain give a range ("01/3 đến 15/3", "tháng 9 - 11/2025"), not one point in time?"""
    return chain.is_range or any(e.spans for e in chain.exprs)


def _kind(e: _Expr) -> str:
    """e's kind, a lunar month printed without its day ("tháng Giêng", "tháng 7 âm lịch") a month: set off or
    bracketed as the task's timing, or held "vào" it, it is read where a solar month is, as a lunar day is
    where a solar day is."""
    return "month" if e.kind == "lunar" and e.day is None else e.kind


def _trigger_accepts(kind: str, chain: _Chain) -> bool:
    first = chain.exprs[0]
    if kind in ("strong", "after"):
        return True
    if first.side == "tet" and not (kind == "range" and _past_tet(chain)):
        # "trong dịp Tết Nguyên đán", "sau Tết": when, not by when (RE_TET); "từ Tết Nguyên đán đến
        # hết tháng Giêng" runs on to a last day
        return False
    if kind == "weak":
        # "trong 6 tháng đầu năm" describes what a report covers, not when it is due.
        return first.kind in ("date", "month", "quarter", "year", "recur", "lunar")
    if kind == "range":
        # "từ tháng 9 đến tháng 11/2025" is one month expression whose members are the range
        return _spans(chain) and not all(e.kind == "year" for e in chain.exprs)
    if kind == "paren":
        # (a week or a ten-day part of a month is a part of that month: "(tuần thứ 2 tháng 6/2025)")
        return all(_kind(e) in ("month", "quarter") or e.first_day is not None for e in chain.exprs)
    return False


def _after_inner_range(chain: _Chain) -> tuple[_Chain, int] | None:
    """The part of a chain after an inner "đến"/"tới" ("ngày 01/3/2025 đến ngày 15/3/2025"),
    with the connector's start as the phrase start. A bare dash is only a range, and the end
    must print its year, so "ngày 8/3 đến 20/10" in a list of holidays stays content."""
    if not chain.exprs[-1].has_year():
        return None
    for i, word_start in enumerate(chain.words):
        if word_start is not None:
            return _Chain(chain.exprs[i + 1:], chain.links[i + 1:], chain.words[i + 1:]), word_start
    return None


def _event_day(s: str, chain: _Chain) -> tuple[str | None, int, int | None]:
    """A trigger before a named day whose date the chain is, in parentheses (RE_EVENT_DAY): (its
    kind, its start, the end of the closing parenthesis); or the date right after the day's name
    (_named_day_due); else (None, chain start, None)."""
    j = _closing_paren(s, chain.end)
    if j is None:
        return _named_day_due(s, chain)
    # each word that may open the day's name, left to right; the first with a trigger before it
    # wins ("lễ mít tinh trong ngày hội (…)": "ngày hội", after "trong"; "trong dịp lễ …": "dịp lễ …")
    for w in RE_DAY_WORD.finditer(s, max(0, chain.start - 12 * _EVENT_NAME_WORDS), chain.start):
        if RE_EVENT_DAY.match(s, w.start(), chain.start) is None:
            continue
        kind, start = _trigger_ending_at(s, w.start())
        if kind in ("strong", "weak"):
            return kind, start, j + 1
    return _named_day_due(s, chain)   # "(trước Ngày Nhà giáo Việt Nam 20/11)"


# A named day with its date printed right after its name: "lễ ra quân 15/02/2026", "Ngày Pháp luật 9/11" (folded,
# ending right before the date). Only a deadline's trigger before it makes the date due (_named_day_due).
RE_NAMED_DAY = re.compile(rf"{_DAY_WORDS}(?:\s+[a-z0-9]+){{1,{_EVENT_NAME_WORDS}}}\s+$")


def _named_day_due(s: str, chain: _Chain) -> tuple[str | None, int, int | None]:
    """("strong", its start, None) for a date printed after a day's name after a deadline's trigger ("hoàn
    thành trước Ngày Pháp luật 9/11/2026"), as a cell's bracket reads it (RE_BRACKET_DAY_DUE); else (None, chain
    start, None). "trong dịp" the day is when the work runs, what it serves."""
    for w in RE_DAY_WORD.finditer(s, max(0, chain.start - 12 * _EVENT_NAME_WORDS), chain.start):
        if RE_NAMED_DAY.match(s, w.start(), chain.start) is None:
            continue
        kind, start = _trigger_ending_at(s, w.start())
        if kind == "strong":
            return kind, start, None
    return None, chain.start, None


# "sau Tết", "ngay sau Tết Nguyên đán", "trước, trong và sau Tết": after a day, or around it, says when the
# work runs and never by when ("Sau Tết" in a cell gives no deadline), unlike "trong dịp Tết", which may
# be what the work serves ("kiểm tra an toàn thực phẩm trong dịp Tết"): "sau" only places it in time.
# A chain that runs on from the day to another gives that one's end ("sau Tết Nguyên đán đến hết tháng
# 3/2026": _past_tet). Read on the folded text ending right before the day.
RE_AFTER_DAY = re.compile(r"(?<![a-z])(?:(?:truoc\s*,?\s*)?(?:trong\s+)?va\s+)?(?:ngay\s+)?sau\s+$")


def _after_the_day(s: str, chain: _Chain) -> tuple[str | None, int]:
    """("after", start of the phrase) for a Tết chain printed after "sau" (RE_AFTER_DAY), else (None,
    chain start)."""
    if not s.endswith("sau ", 0, chain.start):
        return None, chain.start
    m = RE_AFTER_DAY.search(s, max(0, chain.start - 24), chain.start)
    return ("after", m.start()) if m is not None else (None, chain.start)


def _past_tet(chain: _Chain) -> bool:
    """Does a chain opening on Tết run on to a later end ("Sau Tết Nguyên đán đến hết tháng 3/2026"),
    or on to the other Tết ("Từ Tết Dương lịch đến Tết Nguyên đán": "đến" a Tết is due on it, as
    "đến ngày 15/02" is)? A dash between the two ("dịp Tết Dương lịch - Tết Nguyên đán") lists them:
    the season of both, when, not by when."""
    if not chain.is_range:
        return False
    first, last = chain.exprs[0], chain.exprs[-1]
    return last.side != "tet" or (last.kind != first.kind and chain.words[-1] is not None)


# "… vào ngày 21/4/2025." closing a task, or before where it is held ("… vào ngày 02/9/2025 tại Nhà văn
# hóa xã"): the day the event takes place, which the plan's own tables print as the task's timing
# ("Ngày 21/4/2025"). So is the week, month or quarter it is held in ("… vào tuần thứ 2 tháng 4.",
# "… vào đầu tháng 3/2026.", "… vào quý II/2026."), as a table prints "Tuần thứ 2 tháng 4". Elsewhere a
# date in running text is too often content to count. A day the event falls on is printed "trong
# dịp", "vào dịp", "nhân dịp" too ("… trong dịp Rằm tháng Giêng năm 2026.", as a cell prints "Dịp Rằm
# tháng Giêng"); a day without them ("tuyên truyền ý nghĩa Rằm tháng Giêng") is what the work is about.
# "từ nay đến hết năm 2026", "từ bây giờ đến …": the run starts on the day of reading; printed with its
# end, it is the timing as printed (the end is due, as after "đến" alone)
RE_FROM_NOW = re.compile(r"(?<![a-z])tu\s+(?:nay|bay\s+gio|thoi\s+diem\s+nay)\s+$")
RE_EACH_BEFORE = re.compile(r"(?<![a-z])moi\s+(?:thang|quy|tuan|nam)\s*,?\s*$")
# (a session may stand before the day: "… vào sáng ngày 31/5/2025", "… vào chiều ngày 02/9")
_ON_THE_DAY = r"(?:vao\s+(?:(?:dau|giua|cuoi|cac|sang|chieu|toi|trua)\s+)?|(?:trong|vao|nhan)\s+dip\s+)$"
RE_ON_THE_DAY = re.compile(r"(?<![a-z])" + _ON_THE_DAY)
# What leads from one day to the next of a list of parts each held on its own ("đợt 1 vào tháng 7/2026 và
# đợt 2 vào tháng 12/2026", "cấp huyện vào tháng 5, cấp tỉnh vào tháng 8"): a comma, semicolon or "và",
# the next part's short name, and its own "vào" (folded, the whole gap between the two days).
RE_NEXT_ON_THE_DAY = re.compile(r"\s*(?:[,;]\s*(?:va\s+)?|va\s+)(?:[a-z0-9]+\s+){1,6}" + _ON_THE_DAY)
# (a bracketed note closing the text after the day is about the event: "Tổ chức mít tinh vào ngày 26/3/2026
# (kỷ niệm 95 năm Ngày thành lập Đoàn).", "Ra quân vào tháng 3/2026 (hưởng ứng Tháng Thanh niên).")
RE_AFTER_THE_DAY = re.compile(rf"[\s{re.escape(_CLOSING_PUNCT)}]*(?:$|tai{_NA}|\([^()\n]{{0,160}}\)[\s.;]*$)")


def _on_the_day(s: str, chain: _Chain, rest: Sequence[_Chain] = ()) -> tuple[str | None, int]:
    """("weak", start of "vào") for a date printed "vào ngày …" (or a lunar one "vào Rằm tháng Bảy",
    "trong dịp Rằm tháng Giêng", "nhân dịp mùng 4 Tết") that closes the text or names where the event
    is held next (RE_ON_THE_DAY), or that the next part's day follows in a list ending so
    (RE_NEXT_ON_THE_DAY; rest: the chains after this one), else (None, chain start)."""
    if not s.startswith(("ngay", "ram", "tuan", "thang", "quy", "mung", "mong", "thuong", "trung", "ha"),
                        chain.start):
        return None, chain.start
    m = RE_ON_THE_DAY.search(s, max(0, chain.start - 14), chain.start)
    if m is None:
        return None, chain.start
    if RE_AFTER_THE_DAY.match(s, chain.end) is None and not _doers_close(s, chain.end) and not (
            rest and RE_NEXT_ON_THE_DAY.fullmatch(s, chain.end, rest[0].start)
            and _on_the_day(s, rest[0], rest[1:])[0] is not None):
        return None, chain.start
    return "weak", m.start()


# A clause saying who does the work ("Phòng Y tế chủ trì", "Công an xã, Quân sự xã phối hợp thực hiện"),
# by the words of a role (folded).
RE_ROLE_CLAUSE = re.compile(rf"{_NB}(?:chu\s+tri|phoi\s+hop|phu\s+trach|thuc\s+hien){_NA}")


def _doers_close(s: str, end: int) -> bool:
    """Does the text after a day close its sentence and go on only with who does the work ("… vào tháng
    9/2025. Phòng Y tế huyện chủ trì; Công an huyện phối hợp.")? The day then closes the task's own words,
    as a day ending the text does; a clause with a time or no role is more of the task."""
    if end >= len(s) or s[end:end + 1] not in ".;":
        return False
    clauses = [c for c in re.split(r"[.;]", s[end + 1:]) if c.strip()]
    return bool(clauses) and all(RE_ROLE_CLAUSE.search(c) and not RE_HAS_DIGIT.search(c) for c in clauses)


def _closing_day(s: str, chain: _Chain) -> bool:
    """Is the chain one day printed with its year, alone in the bracket that closes the text ("Tham gia
    giải chạy việt dã cấp huyện (10/3/2026).", "Đại hội Liên đội (ngày 25/9/2025)")? A monthly or
    school plan dates an item's event so: the day it is held, as "vào ngày 25/9/2025" says in prose.
    Not after a day's name or a commemoration (RE_COMMEMORATES, a Tết), whose date the bracket gives
    ("Kỷ niệm ngày thành lập (15/6/2025)", "Ngày Môi trường thế giới (05/6)"), nor after a cited
    document ("Kế hoạch số 12/KH-UBND (ngày 05/3/2025)"), whose date it is: its kind just before the
    bracket, or earlier in the clause naming whose or which it is, a title run on after it ("Quán triệt
    Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận (20/6/2024)")."""
    if len(chain.exprs) != 1 or chain.exprs[0].kind != "date" or not chain.exprs[0].has_year():
        return False
    close = _closing_paren(s, chain.end)
    if close is None or s[close + 1:].strip(" .;,"):
        return False
    before = s[:s.rfind("(", 0, chain.start)].rstrip()
    symbol = None
    for symbol in RE_SYMBOL.finditer(before, max(0, len(before) - 40)):
        pass
    clause = max(before.rfind(";"), before.rfind(":")) + 1
    return not (symbol is not None and symbol.end() == len(before) or RE_DOC_KIND_NEAR.search(before, max(0, len(before) - 40))
                or RE_DOC_KIND_CITED.search(before, clause)
                or RE_COMMEMORATES.search(before) or RE_TET_WORD.search(before))


def _in_parentheses(s: str, chain: _Chain) -> bool:
    # the nearest non-space characters on either side (without copying the text around)
    i = chain.start - 1
    while i >= 0 and s[i].isspace():
        i -= 1
    # (a lunar month's mark may take the bracket's close as its own: "(tháng 7 âm lịch)")
    closed = _closing_paren(s, chain.end) is not None or s[chain.end - 1] == ")" \
        and s.count(")", chain.start, chain.end) > s.count("(", chain.start, chain.end)
    return i >= 0 and s[i] == "(" and closed


# What may stand before a quarter set off as the task's timing at the end of its sentence: a comma,
# semicolon, colon or dash ("…, Quý III/2025.", "… - Quý IV").
_TAIL_SEPARATORS = ",;:-–—"
# … or a verb of doing set off so, the quarter or month right after it ("…, thực hiện Quý III/2025.",
# "…; tổ chức tháng 9/2025."): the clause says when the work is done. Without the separator the verb
# belongs to the words before it ("báo cáo kết quả thực hiện quý III/2025": what the report covers).
RE_TAIL_VERB = re.compile(rf"[{re.escape(_TAIL_SEPARATORS)}]\s*(?:thuc\s+hien|trien\s+khai|to\s+chuc|tien\s+hanh)(?:\s+vao)?\s*$")


def _closing_quarter(ft: _Folded, s: str, chain: _Chain) -> bool:
    """Is the chain quarters (or months, or a half year) only, set off by a separator or a separated verb of doing
    (RE_TAIL_VERB) and closing the text or its sentence ("…; quý III/2025.", "…, thực hiện tháng
    9/2025.")? A plan prints a task's quarter there as its timing, like a parenthesized one. A
    quarter run into the words before it ("báo cáo kết quả quý I", "nhiệm vụ trọng tâm quý
    II/2026") is what the work is about, not when it is due. A capital right after it opens the
    next sentence, its full stop lost where a wrapped line was joined ("…, Quý III/2025 Ban Dân vận
    chủ trì"): Vietnamese prose capitalizes no word inside a sentence but a name, and a name does
    not follow a timing without a word between."""
    kind = _kind(chain.exprs[0])
    if kind not in ("quarter", "month", "half") or any(_kind(e) != kind for e in chain.exprs):
        return False
    n, end = len(s), chain.end
    while end < n and s[end] in " \t\n":
        end += 1
    # the end of the text, or of its sentence ("…, quý III/2025. Ban Dân vận chủ trì.")
    j = end
    while j < n and s[j] in _CLOSING_PUNCT:
        j += 1
    if j < n and not (s[end] == "." and s[end + 1].isspace()) \
            and not (end > chain.end and s[end].isalpha() and ft.orig_text(end, end + 1).isupper()):
        return False
    i = chain.start - 1
    while i >= 0 and s[i].isspace():
        i -= 1
    if i > 0 and s[i] in _TAIL_SEPARATORS:
        return True
    return s[i - 1:i + 1].isalpha() and RE_TAIL_VERB.search(s, max(0, chain.start - 24), chain.start) is not None


def _closing_paren(s: str, end: int) -> int | None:
    """Where ")" stands after end, past spaces only; None when something else comes first."""
    n = len(s)
    while end < n and s[end].isspace():
        end += 1
    return end if end < n and s[end] == ")" else None


def _in_period(chain: _Chain, default_year: int | None, last_year: int | None) -> bool:
    """Is the chain a span of years inside a multi-year plan's own period ("2026 - 2027" in a plan
    for 2026 - 2030)? A span reaching outside it is another plan's or a strategy's."""
    if last_year is None or default_year is None or not all(e.kind == "year" for e in chain.exprs):
        return False
    first, last = chain.exprs[0], chain.exprs[-1]
    if first.year is None or last.year is None:
        return False
    a = first.members[0] if first.members else first.year
    b = last.members[-1] if last.members else last.year
    return default_year <= a < b <= last_year


def _phase_trigger(s: str, chain: _Chain) -> tuple[str | None, int]:
    """A strong trigger before a phase's name ahead of the chain ("hoàn thành trong giai đoạn"):
    ("strong", its start), else (None, chain start). Only a strong one: "triển khai trong giai
    đoạn 2026 - 2028" says when the work runs, as a phase heading does, not when it is due."""
    m = RE_PHASE_NAME.search(s, max(0, chain.start - 20), chain.start)
    if m is not None:
        kind, start = _trigger_ending_at(s, m.start())
        if kind == "strong":
            return kind, start
    return None, chain.start


def _plausible(deadline: dt.date, kind: str, default_year: int | None, last_year: int | None = None) -> bool:
    if deadline.year < _EARLIEST_PLAN_YEAR:
        return False
    if default_year is None:
        return True
    # A plan for 2025 does not schedule "trong năm 2024": that is the content being reviewed;
    # nor is "đến năm 2030" the deadline of one of its tasks, unless the plan's own period runs
    # to 2030 (last_year).
    if deadline.year > max(default_year + _LATEST_PLAN_YEARS_AHEAD, last_year or 0):
        return False
    if kind == "weak":
        return deadline.year >= default_year
    return deadline.year >= default_year - 1


def _carry_years(exprs: list[_Expr], default_year: int | None, span: Span | None = None,
                 new_year: bool = True, after: dt.date | None = None) -> None:
    """Give every expression a year: from the next one that prints it ("01/3 đến 15/3/2026",
    an earlier month in the year before: "30/12 đến 05/01/2025"), else the previous one (a later
    month in the next year), else the year that puts it inside the plan's span, else the default.
    new_year: the plan's year is the one its Tết opens (RE_NEW_YEAR_TITLE); after: see find_timing."""
    for i, e in enumerate(exprs):
        if e.kind == "recur" or e.year is not None:
            continue
        if e.kind == "lunar":
            # a Gregorian year nearby does not name a lunar year. A plan for a Tết has that Tết's
            # year: its Chạp (and the lunar 11th month) belongs to the lunar year before. Any other
            # plan of a year runs through that lunar year, to the Chạp and the Tết that close it.
            if default_year is None:
                e.year = None
            elif new_year:
                e.year = default_year - (e.month >= 11)  # type: ignore[operator]
            else:
                tet = e.side in ("tet", "tetday")
                e.year = default_year + tet
                if after is not None and after.year <= default_year and (
                        _tet_ahead(default_year, after) if tet
                        else e.month >= 11 and _month_ahead(e.month, default_year - 1, after)):  # type: ignore[operator]
                    e.year -= 1   # the Tết still ahead on the day of issue, and the Chạp before it
            continue
        if e.side == "tet":
            # a yearless Tết Dương lịch: the one that closes the plan's year, or a Tết plan's own
            # year (the Gregorian new year comes before the lunar one it opens)
            e.year = _span_year(e, span) or (None if default_year is None else default_year + (not new_year))
            continue
        nxt = next((x for x in exprs[i + 1:] if x.year is not None), None)
        if nxt is not None:
            y = nxt.year
            if _first_month(e) is not None and _last_month(nxt) is not None and _first_month(e) > _last_month(nxt):  # type: ignore[operator]
                y -= 1  # "từ 30/12 đến 05/01/2025": December of the year before (not "Quý IV, trước 15/11/2026")
            e.year = y
            continue
        prv = next((x for x in reversed(exprs[:i]) if x.year is not None), None)
        if prv is not None:
            y = prv.year
            if _last_month(e) is not None and _first_month(prv) is not None and _last_month(e) < _first_month(prv):  # type: ignore[operator]
                y += 1  # "từ 01/11/2025 đến 15/01": January of the next year (not "20/12/2026 (Quý IV)")
            e.year = y
            continue
        e.year = _span_year(e, span) or default_year


# A time counted from the day the plan is issued: "trong vòng 15 ngày kể từ ngày ban hành Kế hoạch",
# "trong thời hạn 30 ngày kể từ ngày ký", "chậm nhất 02 tháng kể từ ngày Kế hoạch này được ban hành"
# (folded). The anchor is the plan's own issue: nothing after it ("… ban hành."), or the plan itself, not
# a document named by its kind or number ("kể từ ngày ban hành Quyết định số …"). "Ngày làm việc" counts
# working days (working_days_after).
RE_FROM_ISSUE = re.compile(
    r"(?:(?:(?:hoan\s+thanh|xong)\s+)?(?:trong\s+(?:vong|thoi\s+han|thoi\s+gian|khoang)|trong|cham\s+nhat(?:\s+la)?"
    r"|khong\s+qua|toi\s+da)\s+)?"
    r"(?<![\d.,/])(?P<n>\d{1,3})\s*(?:\([a-z\s]{3,20}\)\s*)?(?P<unit>ngay(?P<work>\s+lam\s+viec)?|tuan|thang)\s*,?\s*"
    r"(?:ke\s+)?tu\s+(?:ngay|khi)\s+"
    r"(?:(?:ky\s+)?ban\s+hanh(?:\s+(?:ke\s+hoach|van\s+ban)(?:\s+nay)?)?|ky(?:\s+ke\s+hoach(?:\s+nay)?)?"
    r"|ke\s+hoach(?:\s+nay)?\s+(?:duoc\s+)?(?:ky|ban\s+hanh))"
    r"(?![a-z\d])(?!\s*(?:so\b|\d|quyet|nghi|chi\s+thi|cong\s+van|van\s+ban|thong|huong|chuong|de\s+an|ke\s+hoach))")


def from_issue(text: str, issued: dt.date | None) -> Timing | None:
    """The time RE_FROM_ISSUE reads in text, due that many days, weeks or months after the plan's
    issue date; None when the text counts from no such day, or the plan's date is unknown."""
    if issued is None:
        return None
    ft = _Folded(text)
    m = RE_FROM_ISSUE.search(ft.s)
    if m is None or ft.s.endswith("sau ", 0, m.start()):
        return None   # ("sau 06 tháng kể từ …": when a step comes, not the last day of one)
    n = int(m["n"])
    if not 0 < n <= 366:
        deadline = None
    elif m["work"]:
        deadline = working_days_after(issued, n)
    elif m["unit"] == "thang":
        months = issued.month - 1 + n
        year, month = issued.year + months // 12, months % 12 + 1
        deadline = dt.date(year, month, min(issued.day, calendar.monthrange(year, month)[1]))
    else:
        deadline = issued + dt.timedelta(days=n * (7 if m["unit"] == "tuan" else 1))
    a, b = ft.span(m.start(), m.end())
    return Timing(text[a:b], a, b, deadline, None, False)


# Working days are Monday to Friday less the public holidays of Bộ luật Lao động 2019 art. 112. Tết
# Dương lịch (1/1) and Giỗ Tổ Hùng Vương (10/3 lunar) are one day each, fixed by the law, and one that falls
# on a Saturday or Sunday gives the next working day off (art. 112(3)): a count skips them. Tết Nguyên
# đán's five days and Quốc khánh's second day (1/9 or 3/9) are placed by the Government each year, and the
# long breaks of 30/4 - 1/5, 2/9 and Tết are bridged to a weekend by yearly swaps (2025: Friday 2/5 off,
# Saturday 26/4 worked): a count that comes near those has no day a reader can name from the law alone,
# so it is given none rather than a guess.
_ONE_DAY_HOLIDAYS = ((1, 1),)
_SWAPPED_HOLIDAYS = ((4, 30), (5, 1), (9, 2))
_UNSURE_NEAR = 3    # days either side of such a holiday where the year's swaps and second day fall
_TET_BREAK = 10     # days either side of the lunar New Year the Tết break and its swaps fall in


def working_days_after(start: dt.date, n: int) -> dt.date | None:
    """The n-th working day (Monday to Friday, not a fixed public holiday) after start; None when the
    count comes near Tết Nguyên đán, 30/4 - 1/5 or 2/9, whose days off the Government sets each year."""
    off: set[dt.date] = set()
    unsure: list[dt.date] = []
    for year in (start.year, start.year + 1):
        tet, hung = _lunar_span(1, year), _lunar_span(3, year)
        if tet is None or hung is None:
            return None   # (out of the lunar calendar's range: no way to tell)
        unsure.append(tet[0])
        for day in [dt.date(year, mo, d) for mo, d in _ONE_DAY_HOLIDAYS] + [hung[0] + dt.timedelta(days=9)]:
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)   # (on a weekend: the next working day off instead)
            off.add(day)
        unsure += [dt.date(year, mo, d) for mo, d in _SWAPPED_HOLIDAYS]
    day, left = start, n
    while left:
        day += dt.timedelta(days=1)
        if any(abs((day - h).days) <= (_TET_BREAK if h.month <= 2 else _UNSURE_NEAR) for h in unsure):
            return None
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day


_PRINTED_YEAR = re.compile(r"(?:19|20)\d\d")


def ahead_of_issue(timing: Timing | None, issued: dt.date | None) -> Timing | None:
    """A timing whose day, printed without its year, falls in a month before the plan's issue ("Xây dựng
    kế hoạch Hội thi trong tháng 01 và tháng 02" in a December plan) is in the year after: a plan's work is
    ahead of it. A day earlier in the issue's own month stays (a month's plan is often issued after its
    first days)."""
    if timing is None or timing.deadline is None or issued is None \
            or (timing.deadline.year, timing.deadline.month) >= (issued.year, issued.month) \
            or _PRINTED_YEAR.search(timing.text or ""):
        return timing
    return replace(timing, deadline=_in_year(timing.deadline, timing.deadline.year + 1))


def _in_year(d: dt.date, year: int) -> dt.date:
    """The same day of the month in another year; a month's last day stays its last (29/02 → 28/02)."""
    last = calendar.monthrange(year, d.month)[1]
    month_end = d.day == calendar.monthrange(d.year, d.month)[1]
    return d.replace(year=year, day=last if month_end else min(d.day, last))


# The most months a calendar's due time may lie after the one before it across a year's end ("Tháng 12" →
# "Tháng 1", "Quý IV" → "Quý I"): a step back from "tháng 9" to "tháng 3" is a list of tasks each with its
# own time, in no order of the calendar.
_CALENDAR_WRAP = 3


def yearless_months(text: str | None) -> bool:
    """Does a timing name only months or quarters of the solar calendar, none with its year ("Tháng 12",
    "trong tháng 01", "Quý I")? A lunar month falls where that year's calendar puts it, a year printed is the
    year, and days printed alone are left to the plan's year or span (a week's "31/12", "03/01" in an annual
    plan are its own year's: they may be a list of holidays, not a calendar)."""
    if not text or _PRINTED_YEAR.search(text):
        return False
    ft = _Folded(text)
    exprs = _scan(ft, _mask(ft), cell=True)
    return bool(exprs) and all(e.kind in ("month", "quarter") and e.year is None and not e.side for e in exprs)


def calendar_years(dues: Sequence[dt.date], issued: dt.date | None, year: int | None) -> list[dt.date]:
    """The due days of a plan's tasks timed by months printed without a year (yearless_months), in reading
    order, moved into the years their order puts them in, or unchanged. A plan's calendar runs forward over a year at
    most, crossing a year's end once at most, by a quarter at most (_CALENDAR_WRAP): "Tháng 12", "Tháng 1",
    …, "Tháng 11" in a plan of 20/11/2025 is December 2025 to November 2026, its "Tháng 11" the next one.
    Crossing none, its months are in one year, the one most of them were read in ("Tháng 1" … "Tháng 12"
    of a plan issued late in December are all the next year's, its December too: ahead_of_issue moved the
    others); crossing one, the months before it are in the year of the first such month on or after the
    issue's (the plan's own year, where it names one, being either year of the calendar), those after it
    in the next."""
    months = [d.month for d in dues]
    if len(months) < 3 or year is None:
        return list(dues)
    wraps = [i for i, (a, b) in enumerate(zip(months, months[1:])) if b < a]
    if len(wraps) > 1 or wraps and (months[-1] > months[0]
                                     or months[wraps[0] + 1] + 12 - months[wraps[0]] > _CALENDAR_WRAP):
        return list(dues)
    if not wraps:
        years = sorted({d.year for d in dues}, key=lambda y: sum(d.year == y for d in dues), reverse=True)
        if len(years) < 2 or sum(d.year == years[0] for d in dues) == sum(d.year == years[1] for d in dues):
            return list(dues)
        return [d if d.year == years[0] else _in_year(d, years[0]) for d in dues]
    if issued is None:
        return list(dues)
    first = issued.year if months[0] >= issued.month else issued.year + 1
    if year not in (first, first + 1):
        return list(dues)
    cut = wraps[0] + 1
    return [d if d.year == y else _in_year(d, y)
            for i, d in enumerate(dues) for y in [first if i < cut else first + 1]]


@dataclass(frozen=True)
class PlanTime:
    """What a plan's title says of the time its tasks fall in: its year (a date printed without one
    takes it), the last year of its own period (a multi-year plan's deadlines reach it:
    header.title_last_year) and the days it runs over across a year end (year_end_span). The task
    and assignment readers read every timing through one."""
    year: int | None = None
    last_year: int | None = None
    span: Span | None = None
    new_year: bool = True   # its year is the one its Tết opens (opens_lunar_year)
    after: dt.date | None = None   # the day it looks ahead from: its issue date (find_timing)
    issued: dt.date | None = None  # its issue date, which a time "kể từ ngày ban hành" counts from (from_issue)
    # its year is its issue's only because its title prints none: a day printed without a year before
    # the issue month is in the next year (ahead_of_issue; "Tháng 1" in a plan issued in December)
    ahead: bool = False

    def __post_init__(self) -> None:
        # a day past its year's Tết reads as no day at all: the timing caches stay shared across plans
        if self.after is not None and (self.new_year or self.year is None or self.after.year > self.year
                                       or not _tet_ahead(self.year, self.after)):
            object.__setattr__(self, "after", None)
        elif self.after is not None:
            # …and a day before it reads as the last day of the lunar month it falls in (the 11th, the
            # Chạp): the readers ask only which of those months and that Tết are still ahead, and plans
            # issued on different days of one month share their timing caches
            for month in (11, 12):
                got = _lunar_span(month, self.year - 1)
                if got is not None and self.after <= got[1]:
                    object.__setattr__(self, "after", got[1])
                    break

    def cell(self, text: str) -> Timing | None:
        """A whole timing cell or field (parse_timing)."""
        got = parse_timing(text, default_year=self.year, span=self.span, new_year=self.new_year, after=self.after)
        if got is not None and got.deadline is None and not got.recurring and self.issued is not None \
                and ("ể từ" in text or "Ể TỪ" in text):
            counted = from_issue(text, self.issued)
            if counted is not None and counted.deadline is not None:
                return replace(got, deadline=counted.deadline)
        return self._ahead(got, lambda when: when.cell(text)) if self.ahead else got

    def _ahead(self, got: Timing | None, again: Callable[[PlanTime], Timing | None]) -> Timing | None:
        """got, or, where it falls before the issue month with no year printed (ahead_of_issue), the same text
        read in the next year: a lunar day or a week falls where that year's calendar puts it (the next Tết is
        not this one's date a year on: 10/02/2024, then 29/01/2025)."""
        shifted = ahead_of_issue(got, self.issued)
        if shifted is got or self.year is None:
            return got
        nxt = again(PlanTime(self.year + 1, self.last_year, None, self.new_year, None, self.issued))
        return nxt if nxt is not None and nxt.deadline is not None and nxt.deadline > got.deadline else shifted

    def find(self, text: str) -> Timing | None:
        """The deadline phrase in running text (find_timing)."""
        got = find_timing(text, default_year=self.year, last_year=self.last_year, span=self.span,
                          new_year=self.new_year, after=self.after)
        if (got is None or got.deadline is None and not got.recurring) and self.issued is not None \
                and ("ể từ" in text or "Ể TỪ" in text):
            return from_issue(text, self.issued) or got
        return self._ahead(got, lambda when: when.find(text)) if self.ahead else got

    def of(self, text: str, explicit: str | None) -> Timing | None:
        """A task's timing: its timing field or cell when printed, else the phrase in its text."""
        return self.cell(explicit) if explicit else self.find(text)

    def of_ahead(self, text: str, explicit: str | None) -> Timing | None:
        """of(), a day printed without its year before the issue month read in the next year whatever the title
        prints (a month's plan: "KẾ HOẠCH THÁNG 12 NĂM 2024" / "Hội xuân vào Rằm tháng Giêng")."""
        return self._ahead(self.of(text, explicit), lambda when: when.of(text, explicit))


def _tet_ahead(year: int, after: dt.date) -> bool:
    """Is the Tết that opens the lunar year `year` still ahead on the day `after`?"""
    first = _lunar_span(1, year)
    return first is not None and after <= first[0]


def _month_ahead(month: int, year: int, after: dt.date) -> bool:
    """Has the lunar month `month` of the lunar year `year` not yet ended on the day `after`?"""
    got = _lunar_span(month, year)
    return got is not None and after <= got[1]


def opens_lunar_year(title: str | None) -> bool:
    """Does a plan's title name the lunar new year it is for ("Tết Nguyên đán Bính Ngọ", "mừng
    Đảng, mừng Xuân", "Tết trồng cây Xuân Ất Tỵ")? Then the plan's year is that Tết's (PlanTime)."""
    if not title:
        return False
    s = _Folded(title).s
    # (every branch of the pattern holds "tet" or "xuan"; its look-behinds make the engine try
    # each position of a title that holds neither)
    return ("tet" in s or "xuan" in s) and RE_NEW_YEAR_TITLE.search(s) is not None


def year_end_span(text: str | None) -> Span | None:
    """The dates a trích yếu says its plan runs over, when they cross a year end within a year:
    "tuần 01 (từ ngày 30/12/2024 đến ngày 05/01/2025)", "tháng 12/2025 - 01/2026". Such a plan
    prints its days and months without a year ("Thứ Hai (30/12)", "trong tháng 01"), each in
    whichever year of the span holds it; a span inside one year leaves them to the plan's year."""
    if not text or "/" not in text:   # (the years a span needs are printed as dd/mm/yyyy or mm/yyyy)
        return None
    ft = _Folded(text)
    masked = _mask(ft)
    for chain in _chains(_scan(ft, masked, cell=False), masked):
        if not chain.is_range or not all(e.kind in ("date", "month") for e in chain.exprs) \
                or not chain.exprs[-1].has_year():
            continue
        _carry_years(chain.exprs, None)
        a, b = _expr_start(chain.exprs[0]), _expr_end(chain.exprs[-1])
        if a and b and a.year < b.year and (b - a).days < 366:
            return a, b
    return None


def _span_year(e: _Expr, span: Span | None) -> int | None:
    """The year of the span (crossing one year end) whose months hold e's, if any."""
    if span is None or e.kind not in ("date", "month"):
        return None
    m = _first_month(e)
    if e.kind == "month" and e.members[-1] < e.members[0]:
        # "Tháng 12 - 01" runs into the next year: its year is its last month's, as "12 - 01/2026" prints it
        m = e.members[-1]
    if m >= span[0].month:  # type: ignore[operator]
        return span[0].year
    if m <= span[1].month:  # type: ignore[operator]
        return span[1].year
    return None


def _first_month(e: _Expr) -> int | None:
    if e.kind == "date":
        return e.month
    if e.kind == "month":
        return e.members[0]
    if e.kind == "quarter":
        return e.members[0] * 3 - 2
    return None


def _last_month(e: _Expr) -> int | None:
    if e.kind == "date":
        return e.month
    if e.kind == "month":
        return e.members[-1]
    if e.kind == "quarter":
        return e.members[-1] * 3
    return None


def _expr_end(e: _Expr) -> dt.date | None:
    """The last day an expression covers."""
    if e.year is None or e.kind == "recur":
        return None
    y = e.year
    if not 1 <= y <= 9999:
        return None
    if e.kind == "date":
        return safe_date(y, e.month, e.day)  # type: ignore[arg-type]
    if e.kind == "month":
        return month_end(y, e.members[-1])
    if e.kind == "quarter":
        return quarter_end(y, e.members[-1])
    if e.kind == "year":
        if _year_part(e):
            return None   # "Đầu năm 2026" (RE_YEAR_PART)
        last = e.members[-1] if e.members else y
        return dt.date(last, 12, 31)
    if e.kind == "half":
        return month_end(y, e.members[0]) if e.side == "dau" else dt.date(y, 12, 31)
    if e.kind == "lunar":
        return _lunar_date(e, last=True)
    return None


def _expr_start(e: _Expr) -> dt.date | None:
    """The first day an expression covers (a date is its own start)."""
    if e.year is None or not 1 <= e.year <= 9999:
        return None
    if e.kind == "date":
        return safe_date(e.year, e.month, e.day)  # type: ignore[arg-type]
    if e.kind == "month":
        return dt.date(e.year, e.members[0], 1)
    if e.kind == "quarter":
        return dt.date(e.year, e.members[0] * 3 - 2, 1)
    if e.kind == "year":
        return dt.date(e.members[0] if e.members else e.year, 1, 1)
    if e.kind == "lunar":
        return _lunar_date(e, last=False)
    return None


def _chain_deadline(chain: _Chain, before: bool) -> dt.date | None:
    """End of the last part; after "trước" a period ends the day before it starts
    ("trước tháng 6/2025" -> 2025-05-31), while a day is itself the deadline (the plans'
    own usage: "Trước ngày 08/01/2025" is due on the 8th)."""
    if any(e.kind == "recur" for e in chain.exprs):
        return None
    first = chain.exprs[0]
    if before and not chain.is_range and first.first_day is not None and first.year is not None:
        # "trước tuần thứ 2 của tháng 3": the day before the week opens
        opens = first.first_day if first.first_day > 0 else month_end(first.year, first.members[0]).day - 6
        return dt.date(first.year, first.month or first.members[0], opens) - dt.timedelta(days=1)
    if before and _year_part(first) and first.side == "giua":
        return None   # "trước giữa năm 2026": the middle has no day to be before
    if before and not chain.is_range and first.kind == "half" and first.side == "cuoi" and first.year is not None:
        # "trước 6 tháng cuối năm 2026": before the last months open, as "trước Quý IV/2026" is 30/9 ("trước 6
        # tháng đầu năm" stays 30/6: written so, it means within those months, never by the year before)
        return dt.date(first.year, 12 - first.members[0] + 1, 1) - dt.timedelta(days=1)
    if before and not chain.is_range and (first.kind in ("month", "quarter", "year")
                                          or (first.kind == "lunar" and first.day is None)):
        st = _expr_start(first)
        if st is None or st == dt.date.min:
            return None
        return st - dt.timedelta(days=1)
    return _expr_end(chain.exprs[-1])


def _restates(chain: _Chain, day: dt.date | None) -> bool:
    """Is the chain months or quarters that hold the day (a bracket after a day naming its period)?"""
    if day is None or not all(e.kind in ("month", "quarter") for e in chain.exprs):
        return False
    start, end = _expr_start(chain.exprs[0]), _expr_end(chain.exprs[-1])
    return start is not None and end is not None and start <= day <= end


def _recurring_tail(ft: _Folded, s: str, pos: int) -> int | None:
    """End of a "hàng tháng"/"hằng năm" right after pos, in folded offsets; None if absent."""
    m = RE_RECURRING_TAIL.match(s, pos)
    if m is None or _ranks(ft, m.start(), m.end()):
        return None
    return m.end()


def _ranks(ft: _Folded, a: int, b: int) -> bool:
    """Is the folded "hang …" at a:b printed "hạng" ("xếp hạng năm 2025" ranks, it does not recur)?"""
    return "hạng" in unicodedata.normalize("NFC", ft.orig_text(a, b)).lower()


def _skip_back(s: str, pos: int, chars: str) -> int:
    """pos moved back over any of chars (without copying the text, which may be long)."""
    while pos > 0 and s[pos - 1] in chars:
        pos -= 1
    return pos


# The report a recurring phrase heads, before the trigger of its due day: "thường xuyên, báo cáo (kết quả)
# trước …", "hằng quý tổng hợp, báo cáo trước …" (folded)
# (its addressee between: "báo cáo UBND huyện trước …")
RE_REPORT_BEFORE = re.compile(r"\s*[,;]?\s*(?:gui\s+)?(?:(?:tong\s+hop|so\s+ket)\s*,?\s*)?bao\s+cao(?:\s+[a-z]+){0,6}\s*\Z")


def _recurring_report_lead(ft: _Folded, s: str, trig: int) -> int | None:
    """Folded start of the recurring phrase heading the report clause that ends at trig (RE_REPORT_BEFORE),
    by _recurring_ending_at; None when there is none."""
    m = RE_REPORT_BEFORE.search(s, max(0, trig - 60), trig)
    return None if m is None else _recurring_ending_at(ft, s, _skip_back(s, m.start(), " ,;"))


# the second word of a phrase that may name a thing: "thường xuyên", "định kỳ", "đột xuất"
_NOUN_WORD = re.compile(r"(?:thuong|dinh|dot)\s+([a-z]+)")


# The stretch a recurring timing holds over, after it ("…, thực hiện thường xuyên trong đợt cao điểm",
# "thường xuyên trong thời gian diễn ra lễ hội", "hằng tuần trong suốt mùa mưa bão"): part of the
# timing as printed, no date (folded; a dated stretch, "trong năm 2026", is read as a date).
RE_DURING_TAIL = re.compile(r"\s+trong\s+(?:suot\s+)?(?:cac\s+)?(?:dot|thoi\s+gian|thoi\s+ky|giai\s+doan|mua|dip)"
                            r"(?:\s+[a-z]+){1,8}\Z")


def _recurring_ending_at(ft: _Folded, s: str, end: int) -> int | None:
    """Folded start of a recurring timing that ends at end ("…, thực hiện thường xuyên"), the verb
    opening its clause included; None when there is none, when it opens the text (then it is the
    action's adverb) or when it is part of a fixed term ("Giáo dục thường xuyên")."""
    if not s.endswith(_RECUR_ENDINGS, 0, end):
        during = RE_DURING_TAIL.search(s, max(0, end - 80), end) if s.find("trong", max(0, end - 80), end) >= 0 else None
        return _recurring_ending_at(ft, s, during.start()) if during is not None else None
    m = RE_RECURRING_CLOSE.search(s, max(0, end - 120), end)
    if m is None:
        return None
    if not any(ch.isalnum() for ch in s[:m.start()]):
        return None
    ps = m.start("phrase")
    if m["sep"] is None:
        word = _NOUN_WORD.match(s, ps)
        noun = RE_RECURRING_NOUN.get(word[1]) if word else None
        if noun is not None and noun.search(s, max(0, ps - 20), ps):
            return None
    if _ranks(ft, ps, m.end()):
        return None
    return m.start("verb") if m["verb"] else ps


# A closing sentence that only says who does the task ("… thực hiện thường xuyên. Các chi hội chủ
# trì; Ban Chỉ huy Quân sự xã phối hợp."): the timing closes the sentence before it (folded).
# The units it names to coordinate may follow "phối hợp (với)" before its closing verb ("Phòng
# Văn hóa - Xã hội chủ trì, phối hợp với Ban Nhân dân các ấp thực hiện").
RE_ROLE_SENTENCE = re.compile(r"\.\s+(?P<who>[^.]{1,160}?(?:chu\s+tri|phoi\s+hop)"
                              r"(?:\s*,?\s*phoi\s+hop(?:\s+voi)?\s+[^.;]{1,120}?)?"
                              r"(?:\s+(?:thuc\s+hien|trien\s+khai))?)\s*\Z")


_PEAK_REACH = 80   # characters back from the text's end where a closing "cao điểm …" may open


def _closing_recurring(text: str, ft: _Folded, s: str) -> Timing | None:
    """The recurring timing closing the text, as printed, with no deadline; None if there is none."""
    end = _skip_back(s, len(s), _CLOSING_PUNCT)
    start = _recurring_ending_at(ft, s, end)
    if start is None and (s.endswith(("tri", "hop", "hien", "khai"), 0, end) or "chu tri" in s[max(0, end - 170):end]):
        role = RE_ROLE_SENTENCE.search(s, max(0, end - 170), end)
        if role is not None:
            end = _skip_back(s, role.start() + 1, _CLOSING_PUNCT)
            start = _recurring_ending_at(ft, s, end)
    if start is None and (k := s.rfind("cao diem", max(0, end - _PEAK_REACH), end)) > 0 \
            and s[:k].rstrip()[-1:] in ",;(-–" and ";" not in s[k:end]:
        # "Tuyên truyền thường xuyên, cao điểm vào tháng 5/2026. Đài Truyền thanh xã thực hiện": the peak
        # closing the work is inside its recurring time (see find_timing)
        peak = _skip_back(s, k, " ,;(-–")
        if (opens := _recurring_ending_at(ft, s, peak)) is not None:
            start, end = opens, peak
    if start is None:
        # (a closing clause of reporting says the cadence the plan holds the work to: it comes first)
        if (report := _reporting_cadence(text, ft, s, end)) is not None:
            return report
        if (found := _clause_cadence(ft, s, end)) is None:
            return None
        start, end = found
    a, b = ft.span(start, end)
    return Timing(text[a:b], a, b, None, None, True)


# A cadence set off by a comma at the end of a clause that a ";" closes, the work's follow-up after it:
# "Kiểm tra vệ sinh môi trường, định kỳ 02 lần/tháng; lập biên bản các trường hợp vi phạm", "Giám sát
# tuân thủ vệ sinh tay, mỗi tháng 01 lần; công bố kết quả tại giao ban". The comma is required: with
# none the words may name a thing ("xây dựng kế hoạch hằng năm; báo cáo …").
_CLAUSE_SETOFF = ",(-–—"


def _clause_cadence(ft: _Folded, s: str, end: int) -> tuple[int, int] | None:
    """(folded start, end) of the recurring timing closing the last clause before end that a ";"
    closes and a comma sets it off in (see _CLAUSE_SETOFF); None when there is none."""
    semi = s.rfind(";", 0, end)
    while semi > 0:
        close = _skip_back(s, semi, _CLOSING_PUNCT)
        start = _recurring_ending_at(ft, s, close)
        if start is not None and s[:start].rstrip()[-1:] in _CLAUSE_SETOFF:
            return start, close
        semi = s.rfind(";", 0, semi)
    return None


# "vào cuối năm", "hoàn thành trước cuối năm", "đến hết cuối năm" with no year in running text: the
# end of the plan's own year. A trigger is required ("dịp cuối năm" is a season, "6 tháng cuối
# năm" a stretch) and a year or "học" after it is another reading (RE_HALF, the school year).
RE_YEARLESS_END = re.compile(
    r"(?<![a-z])(?:(?:hoan\s+thanh|xong|cham\s+nhat|ket\s+thuc)\s+(?:vao\s+|truoc\s+|trong\s+)?"
    r"|vao\s+|truoc\s+|den\s+(?:het\s+)?)cuoi\s+nam(?![a-z])(?!\s*\(?\s*\d)(?!\s+hoc(?![a-z]))"
)
# … and "(từ nay) đến hết năm", "hoàn thành trong năm" closing its clause: the year's end too, as the
# cells "Từ nay đến hết năm", "Trong năm" read (a "trong năm" after another verb is a stretch: "2 lần
# trong năm", "thường xuyên trong năm")
RE_YEARLESS_RUN_END = re.compile(
    r"(?<![a-z])(?:(?:den|toi)\s+het|(?:hoan\s+thanh|xong)\s+trong)\s+nam(?:\s+nay)?(?![a-z])(?!\s*\(?\s*\d)"
    r"(?!\s+hoc(?![a-z]))(?=\s*(?:(?P<end>[.;]|$)|[,)]))"
)
# A verb of doing or finishing work in the clause of a RE_YEARLESS_RUN_END that a comma or a
# parenthesis goes on from ("Duy trì …, đến hết năm, …"): without one the year's end is as of when a
# figure is counted ("Số lượng đảng viên đến hết năm, không tính …"), no deadline.
RE_RUN_END_VERB = re.compile(rf"(?<![a-z])(?:{_FIELD_VERBS}|duy\s+tri|xong|ket\s+thuc)(?![a-z])")


# "trước kỳ họp HĐND xã cuối năm", "trước Hội nghị tổng kết cuối năm 2026": before the meeting that
# closes the year, as a whole cell of it is read ("Trước kỳ họp HĐND xã cuối năm": the year's end); the
# meeting's day is not printed, so its year's end is the last day the plan supports.
RE_YEAR_END_MEETING = re.compile(
    rf"(?<![a-z])truoc\s+(?:(?:cac|the)\s+)?(?:ky\s+hop|phien\s+hop|hoi\s+nghi)(?:\s+[a-z0-9]+){{0,8}}?"
    rf"\s+cuoi\s+nam(?![a-z])(?:\s*(?P<y>{_Y4})(?!\d)|(?!\s*\(?\s*\d)(?!\s+hoc(?![a-z])))"
)


def _yearless_run_end(s: str) -> re.Match[str] | None:
    """RE_YEARLESS_RUN_END where it ends its clause, or where a verb of work stands in its clause."""
    for m in RE_YEARLESS_RUN_END.finditer(s):
        start = max(s.rfind(c, 0, m.start()) for c in ".;:\n") + 1
        if m["end"] is not None or RE_RUN_END_VERB.search(s, start, m.end()):
            return m
    return None


def _yearless_year_end(text: str, ft: _Folded, s: str, default_year: int | None) -> Timing | None:
    """A yearless year's end in running text (RE_YEARLESS_END) or a meeting's that closes the year
    (RE_YEAR_END_MEETING), dated by the plan's year; else None."""
    if "cuoi nam" not in s and "het nam" not in s and "trong nam" not in s:
        return None
    m = (RE_YEARLESS_END.search(s) or _yearless_run_end(s)) if default_year is not None else None
    year = default_year
    if m is None:
        m = RE_YEAR_END_MEETING.search(s) if "truoc" in s else None
        year = int(m["y"]) if m is not None and m["y"] else default_year
    if m is None or year is None:
        return None
    now = RE_FROM_NOW.search(s, max(0, m.start() - 24), m.start()) if s.startswith("den", m.start()) else None
    a, b = ft.span(now.start() if now else m.start(), m.end())
    return Timing(text[a:b], a, b, dt.date(year, 12, 31), None, False)


# "trong năm học 2025 - 2026", "suốt năm học 2025-2026", "trong học kỳ I năm học 2025 - 2026": the
# task runs through a school year, which ends in May (the year's summer break), not in December, or
# through one of its terms (_TERM_END). "trong" is required: a bare "năm học 2025 - 2026" names whose
# school year ("hồ sơ khen thưởng năm học 2024 - 2025"), not when.
RE_SCHOOL_YEAR = re.compile(
    r"(?<![a-z])(?:(?:hoan\s+thanh\s+)?trong|suot)\s+(?:ca\s+|suot\s+)?"
    r"(?=(?:hoc\s+k[yi]|hk)\s*(?:ii|i|2|1)(?![a-z0-9])|nam\s+hoc\s+\d)"
    r"(?:(?:hoc\s+k[yi]|hk)\s*(?P<sem>ii|i|2|1)(?![a-z0-9])(?:\s*,?\s*(?:cua\s+)?(?=nam\s+hoc\s+\d))?)?"
    r"(?:nam\s+hoc\s+(?P<y1>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)(?!\d))?"
)
_SCHOOL_YEAR_END = (5, 31)
# The last month of each term: the Bộ GD&ĐT's yearly framework closes the first term in mid-January
# and the school year (the second term) by 31 May; a term is read to its month's end, as a month is.
_TERM_END = {1: (1, 31), 2: _SCHOOL_YEAR_END}
# What a clause says of a school year that is behind it ("phát huy thành tích đã đạt được trong năm
# học 2024 - 2025"): its results, not the task's time (read on the original text: "đã" folds like "đa")
RE_PAST_MARK = re.compile(r"(?<!\w)(?:đã|đạt được)(?!\w)", re.I)


def _term(sem: str | None) -> int:
    return 1 if sem in ("i", "1") else 2


def _school_year(text: str, ft: _Folded, s: str, span: Span | None = None) -> Timing | None:
    """The school year or term a task runs through (RE_SCHOOL_YEAR), ending 31 May (the first term
    31 January); None if there is none, when it is the period a report or review covers (RE_REPORTS),
    what was achieved in it (RE_PAST_MARK) or a school year over before the plan's span starts."""
    if "nam hoc" not in s and "hoc k" not in s:
        return None
    for m in RE_SCHOOL_YEAR.finditer(s):
        if m["y1"] is None:
            # a term without its year ("trong học kỳ I"): the school year the plan runs over, if any
            if m["sem"] is None or span is None or span[1].year != span[0].year + 1:
                continue
            y2 = span[1].year
        elif int(m["y2"]) != int(m["y1"]) + 1:
            continue
        else:
            y2 = int(m["y2"])
        lo = max(s.rfind(".", 0, m.start()), s.rfind(";", 0, m.start()), s.rfind("\n", 0, m.start())) + 1
        if RE_REPORTS.search(s, lo, m.start()):
            continue
        a, b = ft.span(m.start(), m.end())
        if RE_PAST_MARK.search(text, ft.span(lo, m.start())[0], a):
            continue
        deadline = dt.date(y2, *_TERM_END[_term(m["sem"])])
        if span is not None and deadline < span[0]:
            continue
        return Timing(text[a:b], a, b, deadline, None, False)
    return None


# A timing cell that is only a school year or one of its terms: "Năm học 2025 - 2026", "NH 2025-2026",
# "Trong năm học 2025-2026", "Học kỳ I", "HK II năm học 2025 - 2026", "Học kì 2 (năm học 2025–2026)",
# "Học kỳ I, II", "Cuối học kỳ I", "Cuối năm học". A term, or a school year after a word of time,
# printed without its year is the one the plan runs over (its span: school_year_span); with no span
# it gives no deadline. "Cả năm học" (all year round) is recurring and never reaches this; with its
# years printed ("Cả năm học 2024 - 2025") it is that school year, as "Cả năm 2025" is that year.
RE_SCHOOL_TERM_CELL = re.compile(
    r"(?:(?P<lead>trong|suot|het|cuoi|(?:den\s+)?(?:het|cuoi))\s+)?(?:ca\s+(?=nam\s+hoc\s*\(?\s*(?:19|20)))?"
    r"(?:(?:hoc\s+k[yi]|hk)\s*(?P<sem>ii|i|2|1)(?![a-z0-9])"
    r"(?:\s*(?:,|va|[-–])\s*(?:(?:hoc\s+k[yi]|hk)\s*)?(?P<sem2>ii|2)(?![a-z0-9]))?\s*[,(/\-–]?\s*)?"
    r"(?:(?:cua\s+)?(?P<nh>nam\s+hoc|nh)(?:\s*\(?\s*(?P<y1>(?:19|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:19|20)\d\d))?)?"
    r"\s*\)?\s*[.;]?"
)


def _school_term_cell(s: str, span: Span | None) -> dt.date | None:
    """The last day of the school year or term a whole timing cell names (RE_SCHOOL_TERM_CELL)."""
    if "hoc" not in s and "hk" not in s and "nh" not in s:
        return None
    m = RE_SCHOOL_TERM_CELL.fullmatch(s.strip())
    if m is None or not (m["sem"] or m["y1"] or (m["nh"] == "nam hoc" and m["lead"])):
        return None
    if m["y1"] is not None:
        if int(m["y2"]) != int(m["y1"]) + 1:
            return None
        y2 = int(m["y2"])
    elif span is not None and span[1].year == span[0].year + 1:
        y2 = span[1].year
    else:
        return None
    return dt.date(y2, *_TERM_END[_term(m["sem2"] or m["sem"])])


# "… năm học 2025 - 2026" in a trích yếu: the plan runs over that school year, from August (when
# schools gather) to 31 May. A plan made before it ("Kế hoạch tuyển sinh năm học 2025 - 2026" issued
# in April 2025) is not yet in it: its yearless months are the plan's own year's.
RE_SCHOOL_YEAR_TITLE = re.compile(
    r"(?<![a-z])nam\s+hoc\s+(?P<y1>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)(?!\d)")
_SCHOOL_YEAR_START = 8


def school_year_span(title: str | None, issued: dt.date | None = None) -> Span | None:
    """The school year a trích yếu names as its plan's period (RE_SCHOOL_YEAR_TITLE), as the span
    its yearless months and terms fall in; None when it names none or was issued before it began."""
    if not title or "h" not in title:
        return None
    m = RE_SCHOOL_YEAR_TITLE.search(_Folded(title).s)
    if m is None or int(m["y2"]) != int(m["y1"]) + 1:
        return None
    start = dt.date(int(m["y1"]), _SCHOOL_YEAR_START, 1)
    if issued is not None and issued < start:
        return None
    return start, dt.date(int(m["y2"]), *_SCHOOL_YEAR_END)


# "… mùa khô 2024 - 2025", "… vụ Đông Xuân 2025 - 2026", "mùa Đông - Xuân 2025 - 2026" in a trích yếu: a
# season that crosses the year end (the dry season November to April, the winter-spring crop and its
# epidemics October to May). Its plan lists yearless months in order ("Tháng 11", "Tháng 12", "Tháng 01"):
# the months from July on are the first year's, the rest the second's. A crop year ("niên vụ cà phê
# 2024 - 2025", October to September) is left out: its summer months are the second year's.
RE_SEASON_TITLE = re.compile(
    r"(?<![a-z])(?:mua\s+kho|mua\s+dong|(?:(?:vu|mua)\s+)?dong\s*[-–]?\s*xuan)(?:\s+nam)?\s+"
    r"(?P<y1>(?:19|20)\d\d)\s*[-–—/]\s*(?P<y2>(?:19|20)\d\d)(?!\d)")
_SEASON_SPLIT_MONTH = 7


def season_span(title: str | None) -> Span | None:
    """The two years a trích yếu's season crosses (RE_SEASON_TITLE), as the span its yearless months
    fall in: from 1 July of the first to 30 June of the second; None when it names no such season."""
    if not title or "xuan" not in (folded := _Folded(title).s) and "mua" not in folded:
        return None
    m = RE_SEASON_TITLE.search(folded)
    if m is None or int(m["y2"]) != int(m["y1"]) + 1:
        return None
    return dt.date(int(m["y1"]), _SEASON_SPLIT_MONTH, 1), dt.date(int(m["y2"]), _SEASON_SPLIT_MONTH - 1, 30)


# What a stretch of the year is said of when it is the period a report or review covers ("báo cáo
# kết quả trong 6 tháng đầu năm"), not when the task is done (folded, searched in its clause).
# A school year is the whole task's time in "triển khai nhiệm vụ … trong năm học …", so only the
# report words count there (RE_REPORTS); a half year's "nhiệm vụ", "phương hướng" are its programme.
_REPORT_WORDS = r"bao\s+cao|so\s+ket|tong\s+ket|ket\s+qua|danh\s+gia|tong\s+hop|thong\s+ke"
RE_REPORTS = re.compile(rf"(?<![a-z])(?:{_REPORT_WORDS})(?![a-z])")
RE_COVERS = re.compile(rf"(?<![a-z])(?:{_REPORT_WORDS}|nhiem\s+vu|phuong\s+huong|chi\s+tieu)(?![a-z])")


def _half_is_when(s: str, trig_start: int, chain: _Chain, set_off: bool = False) -> bool:
    """Is "trong 6 tháng cuối năm 2025" the task's own time? Only when it is the whole chain, closes
    its clause and the clause names no report or review whose period it would be. set_off: the half
    has no "trong" but stands bracketed or after a separator as a quarter does ("Kiểm tra … (6 tháng
    đầu năm 2025).", "…; 6 tháng cuối năm 2025."), which the same clause test keeps from a report's.
    The timing label without its colon ("…; thời gian 6 tháng cuối năm 2025.") names it as "trong" does."""
    if len(chain.exprs) != 1 or chain.exprs[0].kind != "half" \
            or not (set_off or s.startswith(("trong", "thoi gian"), trig_start)):
        return False
    rest = s[chain.end:chain.end + 3].lstrip(" )")
    # (a bracket holding the half alone closes it, whatever words go on after: "Kiểm tra (6 tháng đầu
    # năm 2025) tại các xã …")
    if rest and rest[0] not in ".;,\n" and not (set_off and _in_parentheses(s, chain)):
        return False
    lo = max(s.rfind(".", 0, trig_start), s.rfind(";", 0, trig_start), s.rfind("\n", 0, trig_start)) + 1
    return RE_COVERS.search(s, lo, trig_start) is None


def _reporting_cadence(text: str, ft: _Folded, s: str, end: int) -> Timing | None:
    """The recurring phrase opening a closing clause of reporting (RE_RECURRING_REPORT), or None."""
    lo = max(0, end - _REPORT_REACH)
    if not any(s.find(v, lo, end) >= 0 for v in _REPORT_VERBS):
        return None
    m = RE_RECURRING_REPORT.search(s, lo, end)
    if m is None or _ranks(ft, m.start("phrase"), m.end("phrase")):
        return None
    a, b = ft.span(m.start("phrase"), m.end("phrase"))
    return Timing(text[a:b], a, b, None, None, True)


def _is_recurring(s: str) -> bool:
    return RE_RECURRING.search(unicodedata.normalize("NFC", s).lower()) is not None


def _recurring_words(s: str, ft: _Folded, exprs: list[_Expr]) -> list[str]:
    """The recurring words of a cell (RE_RECURRING), folded, but those a time expression reads
    ("06 tháng đầu năm và cả năm": the year's end, RE_WHOLE_YEAR_POINT)."""
    low = unicodedata.normalize("NFC", s).lower()
    out: list[str] = []
    for m in RE_RECURRING.finditer(low):
        if len(low) == len(s) and exprs:
            # (NFC lower case keeps the length of the usual text: its offsets are the cell's)
            fa = m.start() if ft._starts is None else bisect.bisect_left(ft.starts, m.start())
            if any(e.start <= fa < e.end for e in exprs) or _after_its_point(ft.s, fa, exprs):
                continue
        out.append(" ".join(_Folded(m.group()).s.split()))
    return out


# What tells that a recurrence follows a dated task rather than replaces it: "Trước 30/9/2026; sau đó
# duy trì thường xuyên", or the upkeep verb alone ("Trước 30/6/2026 và duy trì thường xuyên"), as
# "Trước 30/6/2025, duy trì lâu dài" keeps its deadline (folded).
RE_THEN = re.compile(rf"{_NB}(?:sau\s+(?:do|khi\s+hoan\s+thanh)|duy\s+tri){_NA}")


def _after_its_point(s: str, pos: int, exprs: list[_Expr]) -> bool:
    """Is the recurring word at pos said of a dated point printed before it: "cả năm" bracketed after a
    day labels that day's report ("Trước 15/6/2026 (6 tháng); trước 15/12/2026 (cả năm)"), and "sau đó
    duy trì thường xuyên" keeps up what is done by the date before it?"""
    before = [e for e in exprs if e.end <= pos and e.kind in ("date", "month", "quarter", "half")]
    if not before:
        return False
    if s.startswith("ca", pos):
        op = s.rfind("(", before[-1].end, pos)
        if op >= 0 and not s[before[-1].end:op].strip() and s.find(")", op, pos) < 0:
            return True
    gap = s[before[-1].end:pos]
    if "(" in gap and before[-1].year is not None:
        # "Trước 31/12/2026 (cập nhật hằng quý)": the bracket's own clause keeps the work up; the dated
        # point stays due, as a worded bracket's timing is a note in a cell (_drop_notes)
        op = s.rfind("(", before[-1].end, pos)
        if not s[before[-1].end:op].strip() and s.find(")", op, pos) < 0 and _worded_bracket(s, op, pos):
            return True
    return ("sau" in gap or "duy" in gap) and RE_THEN.search(s, before[-1].end, pos) is not None


def _find_field(text: str, ft: _Folded, masked: str, default_year: int | None,
                span: Span | None = None, new_year: bool = True, after: dt.date | None = None) -> Timing | None:
    """A labelled timing field ("- Thời gian hoàn thành: Quý II/2025;") and its value."""
    for m in _finditer(RE_FIELD, masked):
        end = RE_FIELD_END.search(masked, m.end())
        while end and RE_FIELD_NEXT_PART.match(masked, end.start()) \
                and (more := RE_FIELD_END.search(masked, end.end())) \
                and RE_HAS_DIGIT.search(masked, end.end(), more.start()):
            end = more
        fe = end.start() if end else len(masked)
        if fe <= m.end():
            continue
        a, b = ft.span(m.end(), fe)
        if text.endswith(")", a, b) and "(" not in text[a:b]:
            b -= 1   # "… (thời gian: Quý III/2026).": the bracket the field is written in closes after it
        t = parse_timing(text[a:b], default_year, span, new_year, after)
        if t is None:
            continue
        return Timing(t.text, a + t.start, a + t.end, t.deadline, t.quarter, t.recurring)
    return None


def _dateparser_fallback(s: str) -> dt.date | None:
    """Ask dateparser about a cell the grammar could not read ("15 tháng Ba năm 2025").

    dateparser fills missing parts from today and reads words like "hôm nay", so a result
    is kept only when the cell itself prints its year and its day.
    """
    if not RE_HAS_YEAR.search(s) or len(s) > 80:
        return None
    try:
        import dateparser  # slow to import; most cells never get here
    except ImportError:  # pragma: no cover - the venv has it
        return None
    try:
        got = dateparser.parse(
            s,
            languages=["vi"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser raises assorted errors on odd input; a cell is not worth a crash
        return None
    if got is None:
        return None
    numbers = {int(n) for n in re.findall(r"\d+", s)}
    if got.year not in numbers or got.day not in numbers:
        return None
    return got.date()


@lru_cache(maxsize=256)
def _lunar_span(month: int, year: int, leap: bool = False) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a lunar month of a lunar year (leap: the leap month after
    it), in the Vietnamese calendar (UTC+7, which sets Tết a day apart from China's in some years,
    2030 among them). None for a leap month the year does not have."""
    if not SUPPORTED_YEAR_RANGE[0] < year < SUPPORTED_YEAR_RANGE[1]:
        return None
    try:
        first = lunar_to_solar(LunarDate(1, month, year, leap))
    except ValueError:
        return None
    if solar_to_lunar(first).leap != leap:  # (a leap flag on an ordinary month is taken silently)
        return None
    day30 = solar_to_lunar(first + dt.timedelta(days=29))  # (a month has 29 or 30 days)
    long_month = day30.month == month and day30.leap == leap
    return first, first + dt.timedelta(days=29 if long_month else 28)


def _lunar_date(e: _Expr, last: bool) -> dt.date | None:
    """The Gregorian day of a lunar expression: its day ("30 tháng Chạp" of a 29-day month is the
    month's last day, as people say "30 Tết"), or the month's first or last day."""
    if e.year is None or e.month is None:
        return None
    span = _lunar_span(e.month, e.year, e.leap)
    if span is None:
        return None
    first, end = span
    if e.day is None:
        return end if last else first
    return min(first + dt.timedelta(days=e.day - 1), end)
