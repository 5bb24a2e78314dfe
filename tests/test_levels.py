"""The administrative level lexicon (extractors/levels.py) and what the other modules build from it."""
from __future__ import annotations

import doctest
import re

import pytest

import extractors.levels as levels
from extractors.levels import (BELOW_PROVINCE, COMMUNE, COMMUNE_LEVELS, DISTRICT, DISTRICT_LEVELS,
                               DISTRICT_ONLY_LEVELS, LEVELS, LEVELS_BOTTOM_UP, PROVINCE, PROVINCE_LEVELS,
                               TWO_LEVEL_ONLY, alternation, longest_first)


def test_doctests():
    assert doctest.testmod(levels).failed == 0


def test_each_level_once_with_its_forms():
    assert LEVELS == ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu")
    assert {lv.printed: lv.folded for lv in levels.LEXICON}["đặc khu"] == "dac khu"
    assert levels.BY_PRINTED["thành phố"].ranks == {DISTRICT, PROVINCE}
    assert levels.BY_PRINTED["thị xã"].abbreviations == ("tx",)


def test_subsets_by_rank():
    assert COMMUNE_LEVELS == ("xã", "phường", "thị trấn", "đặc khu")
    assert DISTRICT_LEVELS == ("huyện", "quận", "thị xã", "thành phố")
    assert PROVINCE_LEVELS == ("tỉnh", "thành phố")
    assert DISTRICT_ONLY_LEVELS == ("huyện", "quận", "thị xã")
    assert BELOW_PROVINCE == COMMUNE_LEVELS + DISTRICT_ONLY_LEVELS
    assert LEVELS_BOTTOM_UP == COMMUNE_LEVELS + DISTRICT_ONLY_LEVELS + PROVINCE_LEVELS
    assert TWO_LEVEL_ONLY == {"đặc khu"}
    assert {lv.printed for lv in levels.of_rank(COMMUNE)} == set(COMMUNE_LEVELS)


def test_no_form_starts_another():
    """No level's form is another's followed by more: at one position at most one alternative of an
    alternation can match, so the alternations' order never changes what they match."""
    forms = [f for lv in levels.LEXICON for f in (lv.printed, lv.folded, *lv.abbreviations)]
    for a in forms:
        for b in forms:
            assert a == b or not b.startswith(a + " ") and not (b.startswith(a) and b[len(a):].isalpha()), (a, b)


def test_alternation_longest_first_and_forms():
    assert alternation(folded=True, abbreviations=True, guard=True) == (
        r"thanh pho|tp\.?|thi xa|tx\.?|thi tran|dac khu(?! kinh te)|tinh|huyen|quan|xa|phuong")
    assert alternation(DISTRICT_LEVELS, capitalized=True) == "Thị xã|Thành phố|Huyện|Quận"
    assert alternation(["xã", "thị xã"], space=r"\s+") == r"thị\s+xã|xã"
    assert alternation(folded=True, abbreviations=("tp",)).startswith(r"thanh pho|tp\.?|thi xa|thi tran")
    assert longest_first()[:4] == ("thành phố", "thị xã", "thị trấn", "đặc khu")


def test_guard_keeps_special_economic_zone_out():
    rx = re.compile(rf"(?:{alternation(space=r'[ ]+', guard=True)})(?!\w)")
    assert rx.match("đặc khu Phú Quốc")
    assert not rx.match("đặc khu kinh tế Vân Đồn")
    assert rx.match("thị xã Mỹ Hào").group() == "thị xã"


def test_sites_derive_from_lexicon():
    from extractors import admin, header, references, units
    from pipeline.audit import checks
    assert admin.LEVELS is LEVELS and admin.TWO_LEVEL_ONLY is TWO_LEVEL_ONLY
    assert admin.WARD_LEVELS == {"xã": "Xã", "phường": "Phường", "thị trấn": "Thị trấn", "đặc khu": "Đặc khu"}
    assert header.LEVEL_WORD["tx."] == "thị xã" and header.FOLD_LEVEL["đặc khu"] == "dac khu"
    assert "ĐẶC KHU" in header.PRINTED_LEVELS and "ĐẶC" in header.PRINTED_LEVEL_WORDS
    assert units.LEVEL_WORDS == LEVELS_BOTTOM_UP and "đặc khu" in units.DETERMINED_NOUNS
    assert references.LEVEL_ABBREVIATIONS == {"tp": "thành phố", "tx": "thị xã", "q": "quận", "h": "huyện"}
    assert references.LEVEL_WORDS.index("thị xã") < references.LEVEL_WORDS.index("xã")
    assert checks.LEVEL_RANK == {"xã": 1, "phường": 1, "thị trấn": 1, "đặc khu": 1, "huyện": 2, "quận": 2,
                                 "thị xã": 2, "thành phố": 2, "tỉnh": 3}


def test_a_district_named_alone_takes_the_lists_level():
    """A name printed with no level word (a department's date line, "Sông Cầu, ngày …") takes the
    level the official list gives its one district-level unit, any of DISTRICT_LEVELS."""
    from extractors.admin import district_named
    assert district_named("Tuy An") == ("huyện", "Tuy An", "Phú Yên")
    assert district_named("Sông Cầu") == ("thị xã", "Sông Cầu", "Phú Yên")
    assert district_named("vinh") == ("thành phố", "Vinh", "Nghệ An")
    assert district_named("Quận 3")[0] == "quận"
    assert {district_named(n)[0] for n in ("Tuy An", "Sông Cầu", "Vinh", "Quận 3")} == set(DISTRICT_LEVELS)
    # negatives: a name many districts share, a province's name alone, a commune's, nothing
    assert district_named("Châu Thành") is None
    assert district_named("Hà Nội") is None
    assert district_named("Hiệp Hưng") is None
    assert district_named("") is None and district_named(None) is None


# --- HAMLET_PLACE_NOUNS: the hamlet and block nouns, one list for the header, units, dates, tables, tasks
def test_fold_hamlet_nouns_are_one_shared_list():
    import extractors.dates as dates_mod
    import extractors.header as header_mod

    assert {"thôn", "xóm", "bản", "ấp", "buôn", "khu phố", "tổ dân phố", "khu dân cư"} == set(levels.HAMLET_PLACE_NOUNS)
    assert not hasattr(header_mod, "HAMLET_PLACE_NOUNS") and not hasattr(dates_mod, "HAMLET_PLACE_NOUNS")


@pytest.mark.parametrize("text, year, want", [
    ("Thời gian thực hiện: cấp xã trước 31/7/2026; cấp thôn trước 31/8/2026.", 2026,
     "cấp xã trước 31/7/2026; cấp thôn trước 31/8/2026"),
    ("Thời gian: cấp xã trước 30/6/2025; cấp xóm trước 15/7/2025.", 2025,
     "cấp xã trước 30/6/2025; cấp xóm trước 15/7/2025"),
    ("Thời gian: cấp phường trong tháng 5/2026; cấp tổ dân phố trong tháng 6/2026.", 2026,
     "cấp phường trong tháng 5/2026; cấp tổ dân phố trong tháng 6/2026"),
    ("Thời gian: cấp thị trấn trước 30/6/2025; cấp khu dân cư trước 15/7/2025.", 2025,
     "cấp thị trấn trước 30/6/2025; cấp khu dân cư trước 15/7/2025"),
])
def test_fold_a_timing_field_goes_on_into_a_hamlet_level_part(text, year, want):
    from extractors.dates import PlanTime

    assert PlanTime(year).find(text).text == want


@pytest.mark.parametrize("line", ["kiem tra cac buon sau:", "tuyen truyen tai cac khu dan cu sau:",
                                  "ra soat cac to dan pho gom:", "cac ap sau:"])
def test_fold_a_list_of_hamlets_is_an_object_list(line):
    from extractors.tasks import OBJECT_LIST

    assert OBJECT_LIST.search(line)
