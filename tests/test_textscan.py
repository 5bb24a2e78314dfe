"""extractors.textscan: the pattern tried only at candidate starts gives finditer's matches."""
import random
import re

from extractors.textscan import find_all, matches_at


def test_find_all_finds_every_occurrence_of_every_needle():
    assert sorted(find_all("“a” “b” «c»", ("“", "«"))) == [0, 4, 8]
    assert find_all("aaa", ("aa",)) == [0, 1]  # overlapping occurrences too
    assert find_all("", ("x",)) == [] and find_all("abc", ()) == []


def test_matches_at_candidate_starts_equal_finditer():
    pattern = re.compile(r"(?<![a-z])(?:huyen|quan)\s+[a-z]+(?:\s+[a-z]+)?")
    rng = random.Random(3)
    words = ["huyen", "quan", "thi", "xa", "tan", "lap", "an", "binh", ",", "."]
    found = 0
    for _ in range(3000):
        text = rng.choice(["", " ", "x"]).join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        want = [m.span() for m in pattern.finditer(text)]
        got = [m.span() for m in matches_at(pattern, text, find_all(text, ("huyen", "quan")))]
        assert got == want, text
        found += bool(want)
    assert found > 500


def test_starts_before_the_text_or_inside_a_match_are_skipped():
    pattern = re.compile(r"ab+")
    assert [m.span() for m in matches_at(pattern, "abbb ab", [-3, 0, 1, 2, 5])] == [(0, 4), (5, 7)]


# --- CharTable: str.translate through a numpy table (dates' and normalize's folds of long texts)
def test_fold_chartable_equals_str_translate_on_varied_texts():
    from extractors.textscan import CharTable

    class Upper(dict):
        def __missing__(self, cp):
            out = self[cp] = chr(cp).upper()
            return out

    chars = Upper()
    table = CharTable(chars)
    rng = random.Random(7)
    pool = "aăâđêôơưàáạảãỳỹ ÀĐỆ\t–0123456789.,;:Hà Giang Đắk Lắk Cà Mau"
    for _ in range(300):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 300)))
        assert table.translate(text) == text.translate(chars)


def test_fold_chartable_leaves_to_str_translate_what_it_cannot_do_alone():
    from extractors.textscan import CharTable

    # a character past U+FFFF, one mapped to two characters or to none: None (the caller translates)
    assert CharTable({}).translate("Kế hoạch 😀 số 12") is None
    assert CharTable({ord("ß"): "ss"}).translate("Straße " * 20) is None
    assert CharTable({ord("x"): None}).translate("xã Xuân " * 20) is None
    # a plain dict: a character it lacks stays as it is, as str.translate leaves it
    assert CharTable({ord("đ"): "d"}).translate("đường Đồng Khởi") == "dường Đồng Khởi"


# h3cpu: CharTable tells both of its marks (unseen, not one character) in one pass over the codes
def test_h3cpu_chartable_one_pass_keeps_every_outcome():
    from extractors.textscan import CharTable

    class Fold(dict):
        def __missing__(self, cp):
            ch = chr(cp)
            out = self[cp] = {"ß": "ss", "ŉ": ""}.get(ch, ch.lower())
            return out

    table = CharTable(Fold())
    assert table.translate("") == ""
    assert table.translate("ỦY BAN NHÂN DÂN XÃ Ia Grai " * 5) == ("ỦY BAN NHÂN DÂN XÃ Ia Grai " * 5).lower()
    # every character seen already: the fast path; then one mapped to two, then to none, then seen again
    assert table.translate("ủy ban nhân dân xã ia grai") == "ủy ban nhân dân xã ia grai"
    assert table.translate("Straße Đông Hà") is None
    assert table.translate("ŉ Quảng Trị") is None
    assert table.translate("Quảng Trị, ß") is None
    assert table.translate("QUẢNG TRỊ") == "quảng trị"
