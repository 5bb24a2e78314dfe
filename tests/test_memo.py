"""pipeline.memo: the extractors' memo of functions of a line, keyed by hash, in two generations."""
import gc
import sys
import tracemalloc

import pytest

from pipeline.memo import TextTable, memo


def _counting(maxsize):
    calls = []

    @memo(maxsize)
    def shout(text: str, loud: bool = False) -> str:
        calls.append((text, loud))
        return text.upper() + ("!" if loud else "")

    return shout, calls


def test_memo_computes_once_and_returns_the_same_value():
    shout, calls = _counting(64)
    assert shout("kế hoạch") == "KẾ HOẠCH"
    assert shout("kế hoạch") == "KẾ HOẠCH"
    assert shout("kế hoạch", True) == "KẾ HOẠCH!"
    assert shout("kế hoạch", loud=True) == "KẾ HOẠCH!"
    assert calls == [("kế hoạch", False), ("kế hoạch", True), ("kế hoạch", True)]  # keywords are their own key
    assert shout.__name__ == "shout"


def test_memo_holds_at_most_maxsize_results():
    shout, calls = _counting(100)
    for i in range(1000):
        shout(f"dòng {i}")
        assert shout.cache_info().currsize <= 100
    assert shout.cache_info().maxsize == 100
    shout.cache_clear()
    assert shout.cache_info().currsize == 0
    shout("dòng 1")
    assert calls[-1] == ("dòng 1", False)  # cleared: computed again


def test_memo_keeps_what_every_round_uses_and_ages_out_what_was_seen_once():
    """A line every plan has (the motto) survives however many one-off lines pass through, as long
    as it comes back before two generations of them have: a recency order without its list."""
    shout, calls = _counting(64)
    motto = "Độc lập - Tự do - Hạnh phúc"
    for plan in range(50):
        shout(motto)
        for i in range(20):
            shout(f"kế hoạch {plan} dòng {i}")
    assert calls.count((motto, False)) == 1
    shout("kế hoạch 0 dòng 0")
    assert calls.count(("kế hoạch 0 dòng 0", False)) == 2  # long gone: computed again


def test_memo_keeps_no_argument_alive():
    """lru_cache keeps each argument string as its key; a line's memo would then hold every line
    of thousands of plans. Here 500 lines of 5,000 characters leave only their hashes and results."""
    @memo(4096)
    def length(text: str) -> int:
        return len(text)

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(500):
            assert length(f"{i:05d}" + "ư" * 5000) == 5005
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert length.cache_info().currsize == 500
    assert held < 200_000  # the lines themselves were 5 MB (2 bytes a character)


def test_memo_refuses_room_for_less_than_two_generations():
    with pytest.raises(ValueError):
        memo(1)


def test_text_table_gets_what_was_put_and_stays_bounded():
    table = TextTable(10)
    table.put("Nơi nhận:", "noi nhan:")
    assert table.get("Nơi nhận:") == "noi nhan:"
    assert "Nơi nhận:" in table and "Lưu: VT." not in table
    assert table.get("Lưu: VT.") is None
    for i in range(100):
        table.put(f"dòng {i}", f"dong {i}")
        assert len(table) <= 10
    assert table.get("Nơi nhận:") is None  # aged out
    assert table.get("dòng 99") == "dong 99"
    table.clear()
    assert len(table) == 0


def test_text_table_moves_an_old_hit_back_to_the_young_generation():
    table = TextTable(8)  # generations of 4
    table.put("motto", "MOTTO")
    for round_ in range(10):
        assert table.get("motto") == "MOTTO"
        for i in range(3):
            table.put(f"{round_}-{i}", "x")
    assert table.get("motto") == "MOTTO"


def _h7_tables(wrapper):
    """The young and old tables of a memo wrapper (its closure's dicts)."""
    return [c.cell_contents for c in wrapper.__closure__ or () if isinstance(c.cell_contents, dict)]


def test_h7_memo_keys_are_two_digit_ints():
    """A key is the hash's low 60 bits: an int of two 30-bit digits (32 bytes in pymalloc), not a
    full 64-bit hash's three (48 bytes), in every table: one- and two-argument memos, TextTable."""
    from pipeline.memo import KEY_MASK

    small = sys.getsizeof(KEY_MASK)
    assert small < sys.getsizeof(1 << 62)
    shout, _ = _counting(256)

    @memo(256)
    def first_word(text: str) -> str:
        return text.split()[0]

    table = TextTable(256)
    for i in range(100):
        line = f"Ủy ban nhân dân xã Phước {i} tỉnh Ninh Thuận"
        shout(line)
        shout(line, loud=True)
        first_word(line)
        table.put(line, line.lower())
    keys = [k for f in (shout, first_word) for t in _h7_tables(f) for k in t]
    keys += [*table.young, *table.old]
    assert len(keys) == 400
    assert all(0 <= k <= KEY_MASK and sys.getsizeof(k) <= small for k in keys)


def test_h7_memo_masked_keys_keep_lines_apart():
    """Thousands of near-identical lines (a plan's numbered rows, other provinces' names), each
    answered for itself: the shorter key does not make two lines share a result."""
    @memo(1 << 16)
    def fold(text: str) -> str:
        return text.lower()

    table = TextTable(1 << 16)
    lines = [f"{i}. {place} tổ chức thực hiện trước ngày {i % 28 + 1}/{i % 12 + 1}/2025"
             for i in range(4000) for place in ("UBND xã Tà Lùng", "Phòng Văn hóa huyện Mèo Vạc", "Sở Y tế tỉnh Cà Mau")]
    for line in lines:
        table.put(line, line.lower())
    assert all(fold(line) == line.lower() for line in lines)
    assert all(fold(line) == line.lower() for line in reversed(lines))
    assert all(table.get(line) == line.lower() for line in lines)


def test_h2memo_a_result_equal_to_its_argument_keeps_no_second_string():
    """A symbol already in its usual form, a name already toned the modern way: the memo keeps a
    marker, not a copy, for a result equal to the line it was asked of, and still answers it."""
    calls = []

    @memo(4096)
    def usual(text: str) -> str:
        calls.append(text)
        return "".join(text)  # an equal string, a distinct object

    lines = [f"{i:05d}/KH-UBND " + "ư" * 3000 for i in range(300)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        got = [usual(t) for t in lines]
        del got
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 100_000  # a copy of each result would be 1.8 MB
    assert [usual(t) for t in lines] == lines  # answered from the memo, the argument given back
    assert len(calls) == 300
    assert usual(lines[7]) is lines[7]


def test_h2memo_results_other_than_their_argument_are_kept_as_they_were():
    @memo(64)
    def fold(text: str):
        return {"Hoà": "hoa", "hoa": "hoa", "": "", "Ủy": None, "7": 7, "x": ("x",)}[text]

    for _ in range(2):  # computed, then from the memo
        assert fold("Hoà") == "hoa"
        assert fold("hoa") == "hoa"
        assert fold("") == ""
        assert fold("Ủy") is None
        assert fold("7") == 7
        assert fold("x") == ("x",)


def test_h2memo_a_str_subclass_argument_gets_a_plain_str_back():
    class Marked(str):
        pass

    @memo(64)
    def plain(text: str) -> str:
        return str.__str__(text)

    m = Marked("Nơi nhận:")
    for _ in range(2):
        got = plain(m)
        assert got == "Nơi nhận:" and type(got) is str
