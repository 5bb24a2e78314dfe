"""Tests for extractors.dates: the Vietnamese date, quarter and deadline grammar.

Inputs are composed for these tests (other provinces, odd spacing, OCR damage), not copied
from the development plans, so they check the grammar rather than five files.
"""
from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:  # run from anywhere without installing the package
    sys.path.insert(0, _ROOT)

from extractors.dates import (  # noqa: E402
    DateMention,
    find_dates,
    find_timing,
    PlanTime,
    month_end,
    opens_lunar_year,
    parse_date,
    parse_timing,
    quarter_end,
    working_days_after,
    quarter_of,
    roman_to_int,
    school_year_span,
    year_end_span,
)

D = dt.date


# ---------------------------------------------------------------------------
# Dates as printed: (input, expected mentions as (text, year, month, day))
# ---------------------------------------------------------------------------

FIND_DATES_CASES = [
    ("Quảng Ninh, ngày 13 tháng 02 năm 2025", [("ngày 13 tháng 02 năm 2025", 2025, 2, 13)]),
    ("Móng Cái, ngày  13  tháng 02  năm  2025", [("ngày  13  tháng 02  năm  2025", 2025, 2, 13)]),
    ("Hạ Long, ngày      tháng 02 năm 2025 ", [("ngày      tháng 02 năm 2025", 2025, 2, None)]),
    ("Sóc Sơn, ngày tháng năm 2025", [("ngày tháng năm 2025", 2025, None, None)]),
    ("Bắc Mê, ngày ..... tháng ..... năm 2024", [("ngày ..... tháng ..... năm 2024", 2024, None, None)]),
    ("ngay 13 thang 02 nam 2025", [("ngay 13 thang 02 nam 2025", 2025, 2, 13)]),
    ("NGÀY 05 THÁNG 3 NĂM 2025", [("NGÀY 05 THÁNG 3 NĂM 2025", 2025, 3, 5)]),
    ("ngày13tháng02nãm2025", [("ngày13tháng02nãm2025", 2025, 2, 13)]),  # OCR lost the spaces
    ("hạn 13 / 02 / 2025", [("13 / 02 / 2025", 2025, 2, 13)]),
    ("13-02-2025; 13.02.2025; 13/2/2025",
     [("13-02-2025", 2025, 2, 13), ("13.02.2025", 2025, 2, 13), ("13/2/2025", 2025, 2, 13)]),
    ("xuất ngày 2025-02-13", [("2025-02-13", 2025, 2, 13)]),
    ("Quyết định ký ngày 13/02/25", [("ngày 13/02/25", 2025, 2, 13)]),
    ("mã lô 13/02/25", []),  # two-digit year without "ngày": not clearly a date
    ("ngày 30/02/2025", [("ngày 30/02/2025", 2025, 2, 30)]),
    ("ngày 32/13/2025", []),
    ("kỷ niệm (03/02/1930 - 03/02/2025)", [("03/02/1930", 1930, 2, 3), ("03/02/2025", 2025, 2, 3)]),
    ("giai đoạn 2021-2025", [("2021", 2021, None, None), ("2025", 2025, None, None)]),
    ("Kế hoạch số 35/KH-UBND của UBND huyện", []),
    ("Nghị định số 98/2023/NĐ-CP ngày 15/11/2023 của Chính phủ", [("ngày 15/11/2023", 2023, 11, 15)]),
    ("Luật Thi đua, khen thưởng năm 2022", [("năm 2022", 2022, None, None)]),
    ("từ ngày 01/3 đến ngày 15/3/2026", [("ngày 01/3", None, 3, 1), ("ngày 15/3/2026", 2026, 3, 15)]),
    ("Tháng 01-02/2025", [("Tháng 01", 2025, 1, None), ("02/2025", 2025, 2, None)]),
    ("ngày thắng lợi của cách mạng", []),
]


@pytest.mark.parametrize("text, expected", FIND_DATES_CASES)
def test_find_dates(text: str, expected: list[tuple]) -> None:
    got = find_dates(text)
    assert [(m.text, m.year, m.month, m.day) for m in got] == expected
    for m in got:
        assert text[m.start:m.end] == m.text


PARSE_DATE_CASES = [
    ("Điện Biên Phủ, ngày 13 tháng 02 năm 2025", D(2025, 2, 13)),
    ("ngày 13/02/2025", D(2025, 2, 13)),
    ("ngày 29/02/2024", D(2024, 2, 29)),
    ("ngày 29/02/2025", None),  # not a leap year: the mention exists, the date does not
    ("ngày 31/04/2025", None),
    ("Tà Xùa, ngày      tháng 02 năm 2025", None),
]


@pytest.mark.parametrize("text, expected", PARSE_DATE_CASES)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    m = parse_date(text)
    assert m is not None
    assert m.date == expected


def test_parse_date_none_and_partial() -> None:
    assert parse_date("Theo Kế hoạch của Quận") is None
    assert parse_date("") is None
    m = parse_date("ngày 30/02/2025")
    assert m == DateMention(0, 15, "ngày 30/02/2025", 2025, 2, 30)


# ---------------------------------------------------------------------------
# Timing cells: (cell, default_year, (deadline, quarter, recurring))
# ---------------------------------------------------------------------------

PARSE_TIMING_CASES = [
    ("Trước ngày 08/01/2025", None, (D(2025, 1, 8), None, False)),
    ("Trước 31/12/2025", None, (D(2025, 12, 31), None, False)),
    ("  Trước ngày 15/3/2025 ", None, (D(2025, 3, 15), None, False)),
    ("Chậm nhất là ngày 15/10/2025", None, (D(2025, 10, 15), None, False)),
    ("hoàn thành trước ngày 20 tháng 11 năm 2025", None, (D(2025, 11, 20), None, False)),
    ("xong trong tháng 02/2025", None, (D(2025, 2, 28), None, False)),
    ("Trong tháng 02/2024", None, (D(2024, 2, 29), None, False)),
    ("tháng 3 năm 2025", None, (D(2025, 3, 31), None, False)),
    ("Tháng 3", 2025, (D(2025, 3, 31), None, False)),
    ("Tháng 3", None, (None, None, False)),
    ("Trước ngày 15/3", 2026, (D(2026, 3, 15), None, False)),
    ("Quý II/2026", None, (D(2026, 6, 30), 2, False)),
    ("Quý II năm 2026", None, (D(2026, 6, 30), 2, False)),
    ("trong quý IV năm 2026", None, (D(2026, 12, 31), 4, False)),
    ("Quý I", 2025, (D(2025, 3, 31), 1, False)),
    ("Quý I", None, (None, 1, False)),
    ("QUÝ lI/2025", None, (D(2025, 6, 30), 2, False)),
    ("Quy III nam 2025", None, (D(2025, 9, 30), 3, False)),
    ("Quý 4/2025", None, (D(2025, 12, 31), 4, False)),
    ("Quý I, II", 2025, (D(2025, 6, 30), None, False)),
    ("Quý III-IV/2025", None, (D(2025, 12, 31), None, False)),
    ("Quý I và Quý II năm 2025", None, (D(2025, 6, 30), None, False)),
    ("Trong năm 2026", None, (D(2026, 12, 31), None, False)),
    ("Năm 2026", None, (D(2026, 12, 31), None, False)),
    ("Trong năm", 2025, (D(2025, 12, 31), None, False)),
    ("Từ ngày 01/3 đến ngày 15/3/2026", None, (D(2026, 3, 15), None, False)),
    ("Từ 01/3 - 15/3/2026", None, (D(2026, 3, 15), None, False)),
    ("Từ 01/11/2025 đến 15/01", None, (D(2026, 1, 15), None, False)),
    ("6 tháng đầu năm 2025", None, (D(2025, 6, 30), None, False)),
    ("06 tháng cuối năm 2025", None, (D(2025, 12, 31), None, False)),
    ("Tháng 01-02/2025", None, (D(2025, 2, 28), None, False)),
    ("Từ tháng 3 đến tháng 5/2025", None, (D(2025, 5, 31), None, False)),
    ("Tháng 11/2025 đến tháng 2/2026", None, (D(2026, 2, 28), None, False)),
    ("Trước tháng 6/2025", None, (D(2025, 5, 31), None, False)),
    ("Hàng năm", 2025, (None, None, True)),
    ("Hằng năm", 2025, (None, None, True)),
    ("Thường xuyên", 2025, (None, None, True)),
    ("Định kỳ hằng quý", 2025, (None, None, True)),
    ("Tháng 12 hằng năm", 2025, (None, None, True)),
    ("Trước ngày 25 hàng tháng", 2025, (None, None, True)),
    ("Thường xuyên trong năm 2025", None, (None, None, True)),
    ("Công bố xếp hạng năm 2025", None, (D(2025, 12, 31), None, False)),  # "hạng" does not recur
    ("Theo Kế hoạch của Quận", 2025, (None, None, False)),
    ("Theo kế hoạch của Cụm thi đua số 02", 2025, (None, None, False)),
    ("Khi có văn bản chỉ đạo của tỉnh", 2025, (None, None, False)),
    ("Theo Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND huyện Mường Tè", 2025, (None, None, False)),
    ("Theo hướng dẫn, chậm nhất ngày 30/6/2025", None, (D(2025, 6, 30), None, False)),
    ("Trước ngày 30/02/2025", None, (None, None, False)),  # impossible date: no deadline
    ("15 tháng Ba năm 2025", None, (D(2025, 3, 15), None, False)),  # dateparser fallback
    ("15 tháng 3 2025", None, (D(2025, 3, 15), None, False)),  # dateparser: the grammar wants "năm"
    ("Quý I tới Quý II/2025", None, (D(2025, 6, 30), None, False)),
    ("Năm học 2024-2025", None, (D(2025, 5, 31), None, False)),  # a school year ends on 31 May
    # open-ended: the year a duty starts in is not its last day
    ("Năm 2025 và các năm tiếp theo", None, (None, None, False)),
    ("Năm 2026 và những năm tiếp theo", None, (None, None, False)),
    ("Từ năm 2025 trở đi", None, (None, None, False)),
    ("Từ Quý II/2025 và lâu dài", None, (None, 2, False)),
    ("Trước 30/6/2025, duy trì lâu dài", None, (D(2025, 6, 30), None, False)),  # a deadline, then upkeep
    # a period in numbers recurs: the number after the unit counts times, it is no month or quarter
    ("6 tháng/lần", 2025, (None, None, True)),
    ("06 tháng 01 lần", 2025, (None, None, True)),
    ("Mỗi quý 1 lần", 2026, (None, None, True)),
    ("01 lần/năm", 2025, (None, None, True)),
    ("Hai tháng một lần", 2025, (None, None, True)),
    # ... while a month followed by "một lần" is still that month, and "Đột xuất" alone is open-ended
    ("Tháng 6 một lần", 2025, (D(2025, 6, 30), None, False)),
    ("Đột xuất", 2025, (None, None, False)),
    # a cell that is only a year or a span of years ("Lộ trình thực hiện" columns): the last year's end
    ("2026-2027", 2026, (D(2027, 12, 31), None, False)),
    ("2025 – 2026", None, (D(2026, 12, 31), None, False)),
    ("2026", None, (D(2026, 12, 31), None, False)),
    ("2026 - 2030.", None, (D(2030, 12, 31), None, False)),
    # ... not a span that runs backwards, nor a number that is not a year, nor a year inside words
    ("2027-2026", 2026, (None, None, False)),
    ("12", 2026, (None, None, False)),
    ("Tổ chức 2026", 2026, (None, None, False)),
    # a phase of a multi-year plan as a task's whole timing: its last year ends the task, as the
    # bare span "2026 - 2030." does (this case expected no deadline before the rule)
    ("Giai đoạn 2026-2030", 2026, (D(2030, 12, 31), None, False)),
    ("Giai đoạn 2026 - 2028", 2026, (D(2028, 12, 31), None, False)),
    ("Giai đoạn 1 (2026 - 2027)", None, (D(2027, 12, 31), None, False)),
    ("Giai đoạn II: 2028 - 2030.", None, (D(2030, 12, 31), None, False)),
    ("Trong giai đoạn 2027 - 2029", 2026, (D(2029, 12, 31), None, False)),
    # ... not a phase that runs backwards, one done each year of it, nor a phase without years
    ("Giai đoạn 2028 - 2026", 2026, (None, None, False)),
    ("Hằng năm, giai đoạn 2026 - 2030", 2026, (None, None, True)),
    ("Giai đoạn chuẩn bị", 2026, (None, None, False)),
]


@pytest.mark.parametrize("cell, default_year, expected", PARSE_TIMING_CASES)
def test_parse_timing(cell: str, default_year: int | None, expected: tuple) -> None:
    t = parse_timing(cell, default_year)
    assert t is not None
    assert (t.deadline, t.quarter, t.recurring) == expected
    assert t.text == cell.strip()
    assert cell[t.start:t.end] == t.text


@pytest.mark.parametrize("cell", ["", "   ", "\n\t"])
def test_parse_timing_empty(cell: str) -> None:
    assert parse_timing(cell) is None


# ---------------------------------------------------------------------------
# Timing phrases in running text: (text, default_year, (phrase, deadline, quarter, recurring) | None)
# ---------------------------------------------------------------------------

FIND_TIMING_CASES = [
    ("Chỉ đạo điểm hội nghị biểu dương tại UBND xã Yên Bình, xong trong tháng 02/2025.", 2025,
     ("xong trong tháng 02/2025", D(2025, 2, 28), None, False)),
    ("Gửi hồ sơ về Phòng Nội vụ chậm nhất là ngày 15/10/2025 để tổng hợp.", 2025,
     ("chậm nhất là ngày 15/10/2025", D(2025, 10, 15), None, False)),
    ("Tổ chức Hội nghị sơ kết, hoàn thành trong quý IV năm 2026", 2026,
     ("hoàn thành trong quý IV năm 2026", D(2026, 12, 31), 4, False)),
    ("- Thời gian hoàn thành: Quý II/2025;\n- Đơn vị chủ trì: Phòng Văn hóa", 2025,
     ("Quý II/2025", D(2025, 6, 30), 2, False)),
    ("Thời gian thực hiện: Thường xuyên", 2025, ("Thường xuyên", None, None, True)),
    ("Tổ chức Hội thi từ ngày 01/3 đến ngày 15/3/2026 tại Nhà văn hóa huyện", 2026,
     ("từ ngày 01/3 đến ngày 15/3/2026", D(2026, 3, 15), None, False)),
    ("Xây dựng kế hoạch trước ngày 15/3/2025 và tổ chức thực hiện xong trước ngày 30/6/2025", 2025,
     ("trước ngày 15/3/2025; xong trước ngày 30/6/2025", D(2025, 6, 30), None, False)),
    ("hoan thanh truoc ngay 15/3/2025", None, ("hoan thanh truoc ngay 15/3/2025", D(2025, 3, 15), None, False)),
    ("Tổ chức Hội nghị điển hình tiên tiến (Quý II/2025)", 2025, ("Quý II/2025", D(2025, 6, 30), 2, False)),
    ("Nộp báo cáo tháng trước ngày 25 hàng tháng", 2025, ("trước ngày 25 hàng tháng", None, None, True)),
    ("Rà soát hồ sơ trong tháng 3", 2025, ("trong tháng 3", D(2025, 3, 31), None, False)),
    ("Hội nghị biểu dương dự kiến tháng 6/2025", 2025, ("dự kiến tháng 6/2025", D(2025, 6, 30), None, False)),
    ("+ Thời gian dự kiến: Quý III/2025. Địa điểm: hội trường UBND xã", 2025,
     ("Quý III/2025", D(2025, 9, 30), 3, False)),
    ("Kỷ niệm 50 năm (30/4/1975 - 30/4/2025), tổ chức mít tinh trước ngày 30/4/2025", 2025,
     ("trước ngày 30/4/2025", D(2025, 4, 30), None, False)),
    ("Tổ chức tuyên truyền trong năm 2025 và các năm tiếp theo.", 2025,
     ("trong năm 2025 và các năm tiếp theo", None, None, False)),
    ("Hoàn thành trước ngày 30/6/2025, duy trì lâu dài", 2025,
     ("Hoàn thành trước ngày 30/6/2025", D(2025, 6, 30), None, False)),
    # A named day with its date in parentheses, after its weekday: the trigger before the name counts
    ("Vận động cử tri đi bầu cử đầy đủ, đúng giờ trước và trong ngày bầu cử (Chủ nhật, ngày 15/3/2026).", 2026,
     ("trước và trong ngày bầu cử (Chủ nhật, ngày 15/3/2026)", D(2026, 3, 15), None, False)),
    ("Niêm yết danh sách cử tri xong trước ngày bầu cử (ngày 22/5/2021) ít nhất 40 ngày", 2021,
     ("xong trước ngày bầu cử (ngày 22/5/2021)", D(2021, 5, 22), None, False)),
    ("Tổ chức lễ mít tinh trong ngày hội (thứ Bảy, 18/11/2025) tại các khu dân cư", 2025,
     ("trong ngày hội (thứ Bảy, 18/11/2025)", D(2025, 11, 18), None, False)),
    ("Thăm, tặng quà gia đình chính sách trước Tết Nguyên đán Ất Tỵ (ngày 29/01/2025).", 2025,
     ("trước Tết Nguyên đán Ất Tỵ (ngày 29/01/2025)", D(2025, 1, 29), None, False)),
    ("Treo cờ Tổ quốc, băng rôn trong dịp lễ Quốc khánh (Thứ 3, 02/9/2025)", 2025,
     ("trong dịp lễ Quốc khánh (Thứ 3, 02/9/2025)", D(2025, 9, 2), None, False)),
    # … however long the name of the day or occasion
    ("Treo băng rôn tại trung tâm các xã trong dịp Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11/2025).",
     2025, ("trong dịp Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11/2025)", D(2025, 11, 18), None, False)),
    ("Tổ chức mít tinh trong dịp kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/2025)", 2025,
     ("trong dịp kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/2025)", D(2025, 11, 18), None, False)),
    ("Treo cờ trước Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (ngày 09/11/2026) tại trụ sở", 2026,
     ("trước Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (ngày 09/11/2026)", D(2026, 11, 9), None, False)),
    # … but the trigger must stand right before the day's first word
    ("Tuyên truyền trong các ngày lễ lớn như Ngày Quốc tế Phụ nữ (08/3/2025)", 2025, None),
    # "từ" before one month or quarter expression that is itself a range ("tháng 9 đến tháng 11/2025")
    ("Chỉ đạo tổ chức Ngày hội ở các thôn; thời gian từ tháng 9 đến tháng 11/2025.", 2025,
     ("từ tháng 9 đến tháng 11/2025", D(2025, 11, 30), None, False)),
    ("Ra quân làm đường giao thông nông thôn từ tháng 3 - 5/2026 tại các thôn, bản", 2026,
     ("từ tháng 3 - 5/2026", D(2026, 5, 31), None, False)),
    ("Kiểm tra công tác cải cách hành chính tại các phường từ Quý II đến Quý III năm 2025", 2025,
     ("từ Quý II đến Quý III năm 2025", D(2025, 9, 30), None, False)),
    # … while "từ" before one month only says when the work starts
    ("Duy trì hoạt động của câu lạc bộ từ tháng 3/2025", 2025, None),
    ("Tuyên truyền về bầu cử từ tháng 9 năm 2025 tại các khu dân cư", 2025, None),
    # … and none before it: the date is what the thing is, not when the task is due
    ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc (ngày 18/11/2025) ở các thôn, tổ dân phố", 2025, None),
    ("Tổng kết phong trào (ngày 15/12/2025) tại hội trường UBND phường", 2025, None),
    ("Tuyên truyền trước ngày kỷ niệm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)", 2025, None),
    # "thời gian" as a label with no colon: what follows is the timing, the label is not
    ("Kiểm tra các cơ sở kinh doanh karaoke trên địa bàn; thời gian Quý II/2025.", 2025,
     ("Quý II/2025", D(2025, 6, 30), 2, False)),
    ("Tập huấn nghiệp vụ cho cán bộ hội cơ sở, thời gian thực hiện tháng 5/2026.", 2026,
     ("tháng 5/2026", D(2026, 5, 31), None, False)),
    ("Tổ chức Hội nghị tổng kết; thời gian tổ chức ngày 20/12/2025 tại hội trường huyện", 2025,
     ("ngày 20/12/2025", D(2025, 12, 20), None, False)),
    # … but the word "thời gian" in content is no label
    ("Rút ngắn thời gian giải quyết thủ tục hành chính 30% so với năm 2024.", 2025, None),
    ("Bố trí thời gian 15 phút đầu giờ để sinh hoạt chuyên đề.", 2025, None),
    ("Rút ngắn thời gian 6 tháng đầu năm 2025 còn 3 ngày làm việc.", 2025, None),
    # Content, not timing:
    ("Tổng kết công tác thi đua năm 2024, phát động phong trào thi đua năm 2025.", 2025, None),
    ("Báo cáo sơ kết 6 tháng đầu năm 2025 gửi UBND tỉnh Hà Giang.", 2025, None),
    ("Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2025).", 2025, None),
    ("Hưởng ứng phong trào “Chung tay xóa nhà tạm trên địa bàn tỉnh trong năm 2025”.", 2025, None),
    ('Cuộc thi "Tìm hiểu lịch sử Đảng bộ trong năm 2025" của huyện', 2025, None),
    ("Thực hiện Kế hoạch số 35/KH-UBND ngày 13 tháng 02 năm 2025 của UBND huyện Quảng Hòa", 2025, None),
    # a document's date after its symbol, however it is led in, is that document's
    ("Triển khai Kế hoạch số 35/KH-UBND vào ngày 12/3/2025 của UBND huyện Gio Linh", 2025, None),
    ("Thực hiện Quyết định số 1205/QĐ-UBND được ban hành vào ngày 20/5/2025.", 2025, None),
    ("Quán triệt Công văn 418/UBND-VX ký ngày 05/6/2025 đến cán bộ, công chức.", 2025, None),
    ("Trước hết, năm 2025 cần tập trung hoàn thành các chỉ tiêu", 2025, None),
    ("Nghị quyết về phát triển Thủ đô đến năm 2030, tầm nhìn đến năm 2045", 2025, None),
    ("Tổng kết các phong trào thi đua trong năm 2024", 2025, None),
    ("Đã tổ chức ngày 15/3/2025 tại hội trường", 2025, None),
    # a bare span of years in running text is no timing: only a whole timing cell is read so
    ("Tu bổ đình làng theo kế hoạch vốn 2026-2027 của phường.", 2026, None),
    # ... nor a phase named in running text (a strategy's horizon): only a whole timing cell or field
    ("Triển khai trong giai đoạn 2026 - 2028 các mô hình chuyển đổi số cấp xã", 2026, None),
    ("Thời gian thực hiện: Giai đoạn 2026 - 2028.", 2026, ("Giai đoạn 2026 - 2028", D(2028, 12, 31), None, False)),
    # "cả" / "suốt" (the whole, throughout) after a trigger change nothing: the work runs all year
    ("Kết nối 15 địa chỉ nhân đạo; thời gian cả năm 2025.", 2025, ("năm 2025", D(2025, 12, 31), None, False)),
    ("Duy trì tổ tự quản trong cả năm 2026.", 2026, ("trong cả năm 2026", D(2026, 12, 31), None, False)),
    ("Trực ban phòng, chống lụt bão trong suốt tháng 10/2025.", 2025,
     ("trong suốt tháng 10/2025", D(2025, 10, 31), None, False)),
    # "suốt" alone says throughout, as "trong" does
    ("Tổ chức tuần tra suốt năm 2025 trên các tuyến đê.", 2025, ("suốt năm 2025", D(2025, 12, 31), None, False)),
    # … but "cả năm" with no trigger before it names what is reported or reviewed
    ("Tổng hợp kết quả cả năm 2025 và đề xuất khen thưởng.", 2025, None),
    # a recurring timing closing the task's sentence, before a sentence that only says who does it
    ("Chủ động dự trữ hàng cứu trợ; thực hiện thường xuyên. Các chi hội chủ trì; Ban Chỉ huy Quân sự xã phối hợp.",
     2025, ("thực hiện thường xuyên", None, None, True)),
    ("Kiểm tra bếp ăn tập thể định kỳ hằng quý. Phòng Y tế chủ trì thực hiện.", 2025,
     ("định kỳ hằng quý", None, None, True)),
    # … not one opening the action, nor a sentence with no timing before the roles
    ("Thường xuyên kiểm tra cơ sở. Phòng Y tế chủ trì.", 2025, None),
    ("Kiện toàn tổ chức Hội. Ban Thường vụ Hội chủ trì.", 2025, None),
    ("", 2025, None),
]


@pytest.mark.parametrize("text, default_year, expected", FIND_TIMING_CASES)
def test_find_timing(text: str, default_year: int | None, expected: tuple | None) -> None:
    t = find_timing(text, default_year)
    if expected is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter, t.recurring) == expected
    # (several due times are printed joined by "; ": each as it stands, the span from the first to the last)
    assert text[t.start:t.end] == t.text or all(p in text[t.start:t.end] for p in t.text.split("; "))


# A year spelled after day/month ("30/9 năm 2025") dates that day; it must not stretch the deadline
# to the year's end, nor be lost (a plan of another year must not get the default year).
SPELLED_YEAR_CASES = [
    ("Rà soát hồ sơ đảng viên, hoàn thành trước ngày 30/9 năm 2025.", 2025,
     ("hoàn thành trước ngày 30/9 năm 2025", D(2025, 9, 30))),
    ("Tổng kết mô hình; chậm nhất ngày 15/10, năm 2026 gửi báo cáo về huyện.", 2025,
     ("chậm nhất ngày 15/10, năm 2026", D(2026, 10, 15))),
    ("Trước 30/6 năm 2024", 2025, ("Trước 30/6 năm 2024", D(2024, 6, 30))),
    ("Từ 01/3 đến 30/4 năm 2027", 2027, ("Từ 01/3 đến 30/4 năm 2027", D(2027, 4, 30))),
    # negative: no year after the date keeps the plan's year; "năm" with no number is no year
    ("Hoàn thành trước ngày 20/11 năm nay.", 2025, ("Hoàn thành trước ngày 20/11", D(2025, 11, 20))),
    ("Xong trước ngày 31/3; năm 2025 tổng kết.", 2025, ("Xong trước ngày 31/3", D(2025, 3, 31))),
]


@pytest.mark.parametrize("text, default_year, expected", SPELLED_YEAR_CASES)
def test_day_month_then_spelled_year(text: str, default_year: int, expected: tuple) -> None:
    t = find_timing(text, default_year) or parse_timing(text, default_year)
    assert t is not None and (t.text, t.deadline) == expected


def test_find_dates_day_month_then_spelled_year() -> None:
    got = [(d.text, d.year, d.month, d.day) for d in find_dates("kỷ niệm ngày 02/9 năm 1945; hạn ngày 5/10 năm 2025")]
    assert got == [("ngày 02/9 năm 1945", 1945, 9, 2), ("ngày 5/10 năm 2025", 2025, 10, 5)]
    # a ratio before "năm" stays a ratio: no "ngày", no timing trigger
    assert [d.text for d in find_dates("đạt tỷ lệ 3/4 năm 2025")] == ["năm 2025"]


# ---------------------------------------------------------------------------
# A recurring timing that closes running text: (text, the timing as printed | None). SCHEMA.md:
# recurring → no deadline, but the timing is still printed and belongs in timing_text.
# ---------------------------------------------------------------------------

CLOSING_RECURRING_CASES = [
    # after a comma, with the verb that opens the timing clause
    ("Tuyên truyền trên hệ thống loa truyền thanh của xã, thực hiện thường xuyên.", "thực hiện thường xuyên"),
    ("Kiểm tra việc chấp hành pháp luật về đất đai, triển khai hằng năm.", "triển khai hằng năm"),
    # inside closing parentheses, two recurring words, "hàng" spelling
    ("Tập huấn nghiệp vụ cho cán bộ thôn, bản (thường xuyên, hàng quý).", "thường xuyên, hàng quý"),
    # after a semicolon, no full stop
    ("Rà soát hộ cận nghèo; tổ chức định kỳ hằng tháng", "tổ chức định kỳ hằng tháng"),
    # after a dash, with "liên tục" that only counts after a recurring word
    ("Kiểm tra an toàn thực phẩm tại các chợ - thường xuyên, liên tục.", "thường xuyên, liên tục"),
    # straight after the action, no separator
    ("Cập nhật dữ liệu dân cư lên phần mềm định kỳ hàng tuần.", "định kỳ hàng tuần"),
    ("Báo cáo kết quả về Ủy ban nhân dân huyện hằng quý.", "hằng quý"),
    ("Duy trì hoạt động của tổ hòa giải ở cơ sở thường xuyên trong năm.", "thường xuyên trong năm"),
    ("Phát thanh trên loa: thực hiện thường niên.", "thực hiện thường niên"),
    # the unlabelled field: its words lead into the timing ("thời gian thực hiện thường xuyên")
    ("Rà soát, bổ sung quy chế; thời gian thực hiện thường xuyên.", "thường xuyên"),
    # labelled fields were read before; they stay the same
    ("Rà soát hộ nghèo; thời gian thực hiện: thường xuyên", "thường xuyên"),
    ("Tổ chức kiểm tra liên ngành.\n- Thời gian: Hằng quý.", "Hằng quý"),
    # text without diacritics
    ("to chuc tap huan cho hoi vien, thuc hien hang nam", "thuc hien hang nam"),
    # a period in numbers: "định kỳ 6 tháng", "… 3 tháng một lần", then another recurrence
    ("Tổng hợp, báo cáo kết quả thực hiện định kỳ 6 tháng.", "định kỳ 6 tháng"),
    ("Kiểm tra vệ sinh an toàn thực phẩm định kỳ 3 tháng một lần.", "định kỳ 3 tháng một lần"),
    ("Sơ kết, đánh giá, định kỳ 6 tháng, hằng năm.", "định kỳ 6 tháng, hằng năm"),
    # "đột xuất" joined to a recurring word, on either side
    ("Tổ chức thanh tra, kiểm tra định kỳ, đột xuất.", "định kỳ, đột xuất"),
    ("Kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn xã Hoà Bình, thường xuyên và đột xuất.",
     "thường xuyên và đột xuất"),
    ("Giám sát việc chấp hành quy định về phòng cháy, chữa cháy, đột xuất và định kỳ.", "đột xuất và định kỳ"),
    ("Tổ chức kiểm tra, giám sát hoạt động của các tổ hòa giải ở cơ sở định kỳ và đột xuất",
     "định kỳ và đột xuất"),
    ("Phòng Kinh tế tổng hợp, báo cáo Ủy ban nhân dân huyện định kỳ hằng quý hoặc đột xuất khi có yêu cầu.",
     "định kỳ hằng quý hoặc đột xuất khi có yêu cầu"),
    # a period in numbers without "định kỳ", either way round, counts in digits or words
    ("Báo cáo kết quả về Ủy ban nhân dân tỉnh Quảng Trị 6 tháng một lần.", "6 tháng một lần"),
    ("Họp giao ban Ban Chỉ đạo phường Hòa Khánh, 3 tháng/lần.", "3 tháng/lần"),
    ("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo mỗi quý một lần.", "mỗi quý một lần"),
    ("Kiểm tra công tác văn thư, lưu trữ tại các phòng, ban 06 tháng 01 lần.", "06 tháng 01 lần"),
    ("Sinh hoạt câu lạc bộ pháp luật; thực hiện hai tháng một lần.", "thực hiện hai tháng một lần"),
    ("Sơ kết việc thực hiện Quy chế dân chủ ở cơ sở 1 năm/lần", "1 năm/lần"),
    ("Khám sức khoẻ cho người cao tuổi tại cộng đồng ít nhất 01 lần/năm.", "ít nhất 01 lần/năm"),
    ("Tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân 2 lần mỗi năm.", "2 lần mỗi năm"),
    ("Giao ban định kỳ 06 tháng 01 lần.", "định kỳ 06 tháng 01 lần"),
    # Must not fire: a leading adverb is part of the action, not the timing
    ("Thường xuyên kiện toàn và nâng cao hiệu quả hoạt động của Hội đồng Thi đua - Khen thưởng xã.", None),
    # a unit name holding "thường xuyên", in the middle or closing the text
    ("Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở lớp bồi dưỡng.", None),
    ("Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên.", None),
    # inside a noun phrase mid-sentence
    ("Xây dựng nhiệm vụ hàng năm và Kế hoạch 05 năm của ngành giáo dục.", None),
    # fixed terms: a budget line, an award type, an event
    ("Bố trí kinh phí từ nguồn chi thường xuyên.", None),
    ("Nâng cao chất lượng công tác khen thưởng thường xuyên.", None),
    ("Tổ chức Đại hội thường niên.", None),
    # a number of months that is a stretch of the year, not a period ("6 tháng đầu năm")
    ("Sơ kết công tác 6 tháng đầu năm.", None),
    # ... nor is a stretch of months without "lần", nor a month named after its word
    ("Đánh giá kết quả thực hiện mô hình sau 6 tháng.", None),
    ("Mở lớp bồi dưỡng nghiệp vụ cho công an viên thời gian 3 tháng.", None),
    ("Rà soát lại danh sách vào tháng 6 một lần nữa.", None),
    ("Tổ chức tổng vệ sinh môi trường vào tháng 6 một lần.", None),
    ("Tổ chức hội thi 2 lần trong năm.", None),
    ("Ra quân tổng vệ sinh môi trường tại các thôn ngày 6 tháng 1.", None),
    # the first clause's "định kỳ và đột xuất" names the kind of check (like a leading adverb);
    # only a phrase closing the task is its timing
    ("Kiểm tra định kỳ và đột xuất việc thực hiện các quy định về thi đua, khen thưởng tại xã Hòa Sơn.", None),
    ("Định kỳ và đột xuất kiểm tra việc chấp hành pháp luật.", None),
    # "đột xuất" alone, or after a noun it qualifies: kinds of award, not when the task is done
    ("Chú trọng khen thưởng thành tích đột xuất, chuyên đề.", None),
    ("Khen thưởng thành tích các phong trào thi đua theo chuyên đề, đột xuất", None),
    ("Nâng cao chất lượng công tác khen thưởng định kỳ và đột xuất.", None),
    ("Xét khen thưởng cho cá nhân có thành tích thường xuyên, đột xuất.", None),
    ("Kịp thời khen thưởng đột xuất và thường xuyên.", None),
    # "hạng năm" (a ranking) folds like "hàng năm"
    ("Công bố kết quả xếp hạng năm.", None),
    # a campaign name in quotes
    ("Hưởng ứng phong trào “Học tập thường xuyên”.", None),
]


@pytest.mark.parametrize("text, phrase", CLOSING_RECURRING_CASES)
def test_find_timing_closing_recurring(text: str, phrase: str | None) -> None:
    t = find_timing(text, 2025)
    if phrase is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter, t.recurring) == (phrase, None, None, True)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("form", ["NFD", "NFC"])
def test_find_timing_closing_recurring_any_normal_form(form: str) -> None:
    text = unicodedata.normalize(form, "Vệ sinh môi trường khu dân cư, thực hiện hằng tháng.")
    t = find_timing(text, 2025)
    assert t is not None
    assert t.text == unicodedata.normalize(form, "thực hiện hằng tháng")
    assert text[t.start:t.end] == t.text
    assert t.deadline is None and t.recurring


@pytest.mark.parametrize("text, phrase", [
    ("Vận động hội viên tham gia tập luyện thể dục thể thao thường xuyên trong năm 2025.",
     "thường xuyên trong năm 2025"),
    ("Tuyên truyền về an toàn giao thông, thực hiện thường xuyên trong năm 2025", "thực hiện thường xuyên trong năm 2025"),
    ("Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể 6 tháng một lần trong năm 2025.",
     "6 tháng một lần trong năm 2025"),
])
def test_recurring_within_a_year_has_no_deadline(text: str, phrase: str) -> None:
    """The choice SCHEMA.md makes: "trong năm 2025" alone is due 2025-12-31, but work done
    "thường xuyên trong năm 2025" recurs all year and has no one last day (parse_timing reads the
    cell "Thường xuyên trong năm 2025" the same way)."""
    t = find_timing(text, 2025)
    assert t is not None
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)
    assert find_timing("Tuyên truyền về an toàn giao thông trong năm 2025", 2025).deadline == D(2025, 12, 31)


@pytest.mark.parametrize("text, phrase, deadline", [
    # a dated phrase wins over a closing recurring one: the task still has a last day
    ("Hoàn thành trước ngày 30/6/2025, thực hiện hàng năm.", "Hoàn thành trước ngày 30/6/2025", D(2025, 6, 30)),
    # the leading adverb does not turn the year that follows into a recurring timing
    ("Thường xuyên trong năm 2025 kiểm tra các cơ sở kinh doanh.", "trong năm 2025", D(2025, 12, 31)),
])
def test_closing_recurring_leaves_dated_timings(text: str, phrase: str, deadline: dt.date) -> None:
    t = find_timing(text, 2025)
    assert t is not None
    assert (t.text, t.deadline, t.recurring) == (phrase, deadline, False)


# ---------------------------------------------------------------------------
# Roman numerals, quarters, period ends
# ---------------------------------------------------------------------------

ROMAN_CASES = [
    ("IV", 4), ("II", 2), ("iii", 3), ("Il", 2), ("lV", 4), ("1V", 4), ("|I", 2), ("Ⅳ", 4),
    ("XL", 40), ("XIV", 14), ("IIII", None), ("", None), ("abc", None), ("VV", None),
]


@pytest.mark.parametrize("s, expected", ROMAN_CASES)
def test_roman_to_int(s: str, expected: int | None) -> None:
    assert roman_to_int(s) == expected


QUARTER_CASES = [
    ("Quý II", 2), ("QUÝ 2", 2), ("quý IV năm 2026", 4), ("Quy III", 3), ("QUÝ lI", 2),
    ("I Quý I", 1), ("Quí I/2025", 1), ("Quý II, III", None), ("Quý III-IV", None),
    ("Quỹ Vì người nghèo", None), ("Quỹ V", None), ("quy định năm 2025", None), ("Quý V", None), ("", None),
]


@pytest.mark.parametrize("text, expected", QUARTER_CASES)
def test_quarter_of(text: str, expected: int | None) -> None:
    assert quarter_of(text) == expected


@pytest.mark.parametrize(
    "year, quarter, expected",
    [(2025, 1, D(2025, 3, 31)), (2026, 2, D(2026, 6, 30)), (2025, 3, D(2025, 9, 30)), (2026, 4, D(2026, 12, 31))],
)
def test_quarter_end(year: int, quarter: int, expected: dt.date) -> None:
    assert quarter_end(year, quarter) == expected


@pytest.mark.parametrize(
    "year, month, expected",
    [(2025, 2, D(2025, 2, 28)), (2024, 2, D(2024, 2, 29)), (2025, 4, D(2025, 4, 30)), (2025, 12, D(2025, 12, 31))],
)
def test_month_end(year: int, month: int, expected: dt.date) -> None:
    assert month_end(year, month) == expected


@pytest.mark.parametrize("fn, args", [(quarter_end, (2025, 0)), (quarter_end, (2025, 5)), (month_end, (2025, 13))])
def test_period_end_rejects_out_of_range(fn, args) -> None:
    with pytest.raises(ValueError):
        fn(*args)


# ---------------------------------------------------------------------------
# Property: arbitrary text never breaks the grammar
# ---------------------------------------------------------------------------

_FRAGMENTS = [
    "ngày", "tháng", "năm", "Quý", "QUÝ", "quy", "Quỹ", "I", "II", "IV", "lI", "1V", "trước", "Trước",
    "chậm nhất là", "xong trong", "hoàn thành", "trong", "từ", "đến", "đến hết", "hàng năm", "hạng",
    "Thời gian:", "6 tháng đầu năm", "Theo", "“", "”", '"', "(", ")", "/", "-", "–", ".", ",", ";", " ",
    "  ", "\n", "0", "1", "2", "3", "12", "13", "15", "29", "30", "31", "02", "2024", "2025", "1930",
    "9999", "0000", "ngay", "thang", "nam", "\u0300", "\u0301", "đ", "Đ", "…", "_", "\x00",
    "thường xuyên", "thực hiện", "định kỳ", "hằng quý", "liên tục", "Giáo dục",
    "đột xuất", "lần", "một lần", "/lần", "mỗi", "ít nhất", "khi có yêu cầu",
]


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=4)), max_size=16).map("".join),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9998)),
)
def test_arbitrary_text_is_safe(text: str, default_year: int | None) -> None:
    for m in find_dates(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.month is None or 1 <= m.month <= 12
        d = m.date
        assert d is None or (d.year, d.month, d.day) == (m.year, m.month, m.day)

    for fn in (parse_timing, find_timing):
        t = fn(text, default_year)
        if t is None:
            continue
        assert 0 <= t.start <= t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.deadline is None or isinstance(t.deadline, dt.date)
        assert t.quarter is None or 1 <= t.quarter <= 4
        assert not (t.recurring and t.deadline is not None)

    q = quarter_of(text)
    assert q is None or 1 <= q <= 4
    roman_to_int(text)


# A recurring phrase opening the closing clause of reporting is the task's cadence: no deadline.
@pytest.mark.parametrize("text, phrase", [
    ("Phát thanh chuyên mục an ninh, mỗi tuần 02 buổi. Công chức Văn hóa - Xã hội chủ trì thực hiện; "
     "định kỳ 6 tháng báo cáo kết quả.", "định kỳ 6 tháng"),
    ("Theo dõi tình hình dịch bệnh gia súc, gia cầm, hằng quý báo cáo UBND huyện.", "hằng quý"),
    ("Kiểm tra, đôn đốc các thôn, bản; định kỳ hằng tháng tổng hợp, báo cáo Ban Chỉ đạo xã.", "định kỳ hằng tháng"),
    ("Vận động hội viên tham gia mô hình; hàng năm sơ kết, đánh giá kết quả.", "hàng năm"),
    # negative: a leading adverb, a report named as a thing, a dated timing before it
    ("Thường xuyên báo cáo tình hình an ninh trật tự trên địa bàn.", None),
    ("Xây dựng báo cáo định kỳ hằng tháng gửi UBND xã.", None),
    ("Rà soát hồ sơ đất đai; hoàn thành trước ngày 30/6/2025, định kỳ hằng quý báo cáo.",
     "hoàn thành trước ngày 30/6/2025"),
])
def test_a_reporting_cadence_closing_a_task(text: str, phrase: str | None) -> None:
    t = find_timing(text, 2025)
    assert (t.text if t else None) == phrase
    if t is not None and phrase and "30/6" not in phrase:
        assert t.recurring and t.deadline is None


# A range of months whose far end is printed "M/YYYY" without "tháng", as schedules print it.
@pytest.mark.parametrize("cell, want", [
    ("Tháng 9/2025 - 12/2025", D(2025, 12, 31)),
    ("Tháng 9/2025 đến 12/2025", D(2025, 12, 31)),
    ("9/2025 - 12/2025", D(2025, 12, 31)),
    ("T9/2025 - T12/2025", D(2025, 12, 31)),
    ("Tháng 11/2025 – 02/2026", D(2026, 2, 28)),
    ("Từ 15/9/2025 - 12/2025", D(2025, 12, 31)),
    ("Từ tháng 3/2026 đến 6/2026", D(2026, 6, 30)),
])
def test_a_range_of_months_ending_in_a_bare_month_and_year(cell, want):
    t = parse_timing(cell, 2025)
    assert t is not None and t.deadline == want and t.text == cell


def test_a_bare_month_and_year_in_running_text_ends_its_range():
    t = find_timing("Tổ chức kiểm tra các cơ sở từ tháng 9/2025 - 12/2025 tại các xã.", 2025)
    assert t is not None and t.deadline == D(2025, 12, 31) and t.text == "từ tháng 9/2025 - 12/2025"


@pytest.mark.parametrize("text", [
    "Thực hiện theo Nghị quyết số 12/2025/NQ-HĐND của HĐND tỉnh.",   # a symbol, not a month
    "Tỷ lệ đạt 9/2025 hộ được hỗ trợ.",                               # alone: a figure
])
def test_a_bare_month_and_year_alone_is_no_timing(text):
    assert find_timing(text, 2025) is None


# A cell that says only when the work starts gives no last day (SCHEMA: open-ended → no deadline).
@pytest.mark.parametrize("cell", ["Từ ngày 16/9", "Từ tháng 3/2025", "Từ Quý II/2025", "Kể từ ngày 01/7/2025"])
def test_a_timing_that_only_starts_has_no_deadline(cell):
    t = parse_timing(cell, 2025)
    assert t is not None and t.deadline is None and t.quarter is None


@pytest.mark.parametrize("cell, want", [
    ("Từ 01/3 - 31/5/2025", D(2025, 5, 31)),
    ("Từ tháng 9 đến tháng 11/2025", D(2025, 11, 30)),
    ("Đợt 1: từ 15/01 đến 28/02/2025", D(2025, 2, 28)),
    ("Tháng 3/2025", D(2025, 3, 31)),
])
def test_a_timing_from_one_point_to_another_ends_at_the_second(cell, want):
    assert parse_timing(cell, 2025).deadline == want


# A list of years (a multi-year plan's task done in some years of its period): the last one ends it.
@pytest.mark.parametrize("cell, want", [
    ("Năm 2026, 2028, 2030", D(2030, 12, 31)),
    ("năm 2026 - 2027 và 2030", D(2030, 12, 31)),
    ("Các năm 2024, 2025", D(2025, 12, 31)),
    ("Năm 2027 và năm 2029", D(2029, 12, 31)),
])
def test_a_list_of_years_ends_with_its_last(cell, want):
    t = parse_timing(cell, 2026)
    assert t is not None and t.deadline == want and t.text == cell


@pytest.mark.parametrize("text, want", [
    ("Hoàn thành trong năm 2025, 10/2026 sơ kết.", D(2025, 12, 31)),      # a month, not a year of the list
    ("Trong năm 2025, 150 hộ được hỗ trợ.", D(2025, 12, 31)),             # a count, not a year
])
def test_what_follows_a_years_comma_is_not_always_a_year(text, want):
    t = find_timing(text, 2025)
    assert t is not None and t.deadline == want


def test_find_dates_reads_each_year_of_a_list():
    assert [d.year for d in find_dates("Thực hiện năm 2026, 2028 và 2030.")] == [2026, 2028, 2030]


# A week of a month ends on day 7n of it; its last week with the month.
@pytest.mark.parametrize("cell, want", [
    ("Tuần thứ 2 tháng 01/2026", D(2026, 1, 14)),
    ("tuần đầu tháng 3/2025", D(2025, 3, 7)),
    ("Tuần thứ hai của tháng 12/2025", D(2025, 12, 14)),
    ("TUẦN 3 THÁNG 4/2025", D(2025, 4, 21)),
    ("Tuần cuối tháng 02/2026", D(2026, 2, 28)),
    ("Từ tuần đầu tháng 3 đến tuần thứ 2 tháng 4/2026", D(2026, 4, 14)),
])
def test_a_week_of_a_month_ends_on_its_last_day(cell, want):
    assert parse_timing(cell, 2026).deadline == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức hội nghị triển khai trong tuần thứ 2 tháng 01/2026.", "trong tuần thứ 2 tháng 01/2026", D(2026, 1, 14)),
    ("Ra quân tổng vệ sinh, hoàn thành trong tuần đầu tháng 3/2025.", "hoàn thành trong tuần đầu tháng 3/2025",
     D(2025, 3, 7)),
])
def test_a_week_of_a_month_in_running_text(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


# Several weeks of one month listed before it, the month printed once: the work runs to the end of
# the last week named ("trước" them, to the day before the first opens).
@pytest.mark.parametrize("cell, year, want", [
    ("Tuần thứ 2 và thứ 3 tháng 3/2025", 2025, D(2025, 3, 21)),
    ("Tuần thứ 2 và tuần thứ 3 tháng 3/2025", 2025, D(2025, 3, 21)),
    ("Tuần 2, 3 tháng 5/2025", 2025, D(2025, 5, 21)),
    ("Tuần thứ nhất, thứ hai và thứ tư tháng 10/2025", 2025, D(2025, 10, 28)),
    ("Tuần 1 - tuần 2 tháng 01/2026", 2026, D(2026, 1, 14)),
    ("Tuần thứ 3 và tuần cuối tháng 02/2026", 2026, D(2026, 2, 28)),
    ("Từ tuần thứ 2 đến tuần thứ 4 tháng 5", 2025, D(2025, 5, 28)),
    ("Trước tuần thứ 2 và thứ 3 tháng 3/2025", 2025, D(2025, 3, 7)),
])
def test_a_list_of_weeks_of_one_month_ends_with_the_last(cell, year, want):
    assert parse_timing(cell, year).deadline == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức giải bóng chuyền hơi trong tuần thứ 2 và thứ 3 tháng 3/2025.",
     "trong tuần thứ 2 và thứ 3 tháng 3/2025", D(2025, 3, 21)),
    ("Ra quân dọn vệ sinh từ tuần thứ 2 đến tuần thứ 4 tháng 5, các thôn thực hiện.",
     "từ tuần thứ 2 đến tuần thứ 4 tháng 5", D(2025, 5, 28)),
    ("Tập luyện văn nghệ trong tuần 2, tuần 3 tháng 8/2025.", "trong tuần 2, tuần 3 tháng 8/2025", D(2025, 8, 21)),
])
def test_a_list_of_weeks_in_running_text(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


def test_a_week_then_a_from_clause_is_no_list():
    # "từ" folds like "tư" (four): only after "thứ" is it a week's number
    t = find_timing("Tổ chức tuần đầu, từ tháng 3/2025 đến tháng 5/2025 các thôn thực hiện.", 2025)
    assert (t.text, t.deadline) == ("từ tháng 3/2025 đến tháng 5/2025", D(2025, 5, 31))


@pytest.mark.parametrize("cell, want", [
    ("Hằng tuần", None),                       # recurring
    ("Tuần lễ tháng 3/2025", D(2025, 3, 31)),   # no week number: the month
    ("Trong 2 tuần, tháng 5/2025", D(2025, 5, 31)),
])
def test_a_week_word_without_its_number_narrows_nothing(cell, want):
    assert parse_timing(cell, 2025).deadline == want


# Lunar days, looked up in the Vietnamese (UTC+7) calendar; the plan's year is the year its Tết opens.
@pytest.mark.parametrize("cell, year, want", [
    ("Trước ngày 20 tháng Chạp", 2026, D(2026, 2, 7)),       # Ất Tỵ: Chạp 19/01–16/02/2026
    ("Trước ngày 23 tháng Chạp", 2025, D(2025, 1, 22)),      # Giáp Thìn: Tết 29/01/2025
    ("Trong tháng Chạp", 2026, D(2026, 2, 16)),              # the day before Tết Bính Ngọ
    ("30 tháng Chạp", 2026, D(2026, 2, 16)),                 # a 29-day Chạp: "30 Tết" is its last day
    ("Đến hết ngày 15 tháng Giêng", 2026, D(2026, 3, 3)),
    ("Ngày 10/3 âm lịch", 2025, D(2025, 4, 7)),              # Giỗ Tổ Hùng Vương 2025
    ("ngày 15 tháng 8 (âm lịch)", 2026, D(2026, 9, 25)),     # Tết Trung thu 2026
    ("Trước ngày 23 tháng Chạp", 2030, D(2030, 1, 26)),      # Tết 2030 is 02/02 at UTC+7 (03/02 at UTC+8)
])
def test_a_lunar_day_is_read_in_the_vietnamese_calendar(cell, year, want):
    assert parse_timing(cell, year).deadline == want


# "Rằm" is the fifteenth day of a lunar month, and makes a spelled month lunar ("Rằm tháng Bảy"); a month
# in digits followed by "âm lịch" is the lunar month, to its last day.
@pytest.mark.parametrize("cell, year, want", [
    ("Rằm tháng Giêng", 2025, D(2025, 2, 12)),              # Tết Nguyên tiêu Ất Tỵ
    ("Ngày Rằm tháng Giêng", 2025, D(2025, 2, 12)),
    ("Rằm tháng Bảy", 2025, D(2025, 9, 6)),                 # Vu Lan: after the leap 6th month of Ất Tỵ
    ("Rằm tháng Bảy (âm lịch)", 2025, D(2025, 9, 6)),
    ("Rằm tháng 8", 2026, D(2026, 9, 25)),                  # Tết Trung thu 2026
    ("Trước Rằm tháng Chạp", 2026, D(2026, 2, 2)),          # Chạp Ất Tỵ opens 19/01/2026
    ("Tháng 7 âm lịch", 2025, D(2025, 9, 21)),
    ("Tháng 3 (âm lịch)", 2025, D(2025, 4, 27)),
    # the lunar year printed after the mark
    ("Ngày 10/3 âm lịch năm 2025", 2026, D(2025, 4, 7)),
    ("Ngày 10/3 (âm lịch) năm 2026", 2025, D(2026, 4, 26)),   # Giỗ Tổ Hùng Vương 2026
    ("Tháng 3 âm lịch năm 2025", 2026, D(2025, 4, 27)),
    # a day in digits of a lunar year named in the cycle is a lunar day; of a year in digits, a solar one
    ("Ngày 10/3 năm Ất Tỵ", 2026, D(2025, 4, 7)),
    ("Trước ngày 20/12 năm Ất Tỵ", 2026, D(2026, 2, 7)),
    ("Ngày 10/3 năm 2025", 2026, D(2025, 3, 10)),
])
def test_the_full_moon_day_and_a_lunar_month_in_digits(cell, year, want):
    assert parse_timing(cell, year).deadline == want


# … and "vào" such a day closing a task, or before where it is held, is the task's day as a solar one is
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức Lễ cầu siêu các anh hùng liệt sĩ vào Rằm tháng Bảy.", "vào Rằm tháng Bảy", D(2025, 9, 6)),
    ("Tổ chức Tết Trung thu cho thiếu nhi vào Rằm tháng 8 tại Nhà văn hóa thôn.", "vào Rằm tháng 8", D(2025, 10, 6)),
    ("Tổ chức Lễ Giỗ Tổ Hùng Vương vào ngày 10/3 âm lịch.", "vào ngày 10/3 âm lịch", D(2025, 4, 7)),
])
def test_an_event_on_a_lunar_day_closing_a_task_is_its_day(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


def test_a_lunar_day_mid_sentence_is_no_event_day():
    assert find_timing("Tổ chức lễ vào ngày 10/3 âm lịch, sau đó báo cáo kết quả.", 2025) is None


@pytest.mark.parametrize("cell", ["Râm tháng Bảy", "Tháng Tám", "Trong tháng Bảy"])
def test_no_lunar_month_without_its_mark(cell):
    assert parse_timing(cell, 2025).deadline is None


def test_a_lunar_day_in_running_text():
    t = find_timing("Kiểm tra hàng hóa, hoàn thành trước ngày 20 tháng Chạp.", 2026)
    assert (t.text, t.deadline) == ("hoàn thành trước ngày 20 tháng Chạp", D(2026, 2, 7))


@pytest.mark.parametrize("text", [
    "Tăng cường chấp hành pháp luật trong tháng chấp hành",   # "chấp" folds like "Chạp"
    "Nạo vét giếng làng, khơi thông cống rãnh",
    "Tổ chức lễ hội trong dịp Tết Nguyên đán",
])
def test_no_lunar_day_without_a_lunar_month(text):
    assert find_timing(text, 2026) is None


# "Trước" a week is before the week opens, as "trước tháng 6" is before June: week n opens on day
# 7n - 6, the last week seven days before the month ends. "đầu tiên", "cuối cùng" say the same.
@pytest.mark.parametrize("cell, year, want", [
    ("Trước tuần thứ 2 của tháng 3", 2025, D(2025, 3, 7)),
    ("Trước tuần thứ 3 tháng 10/2025", 2025, D(2025, 10, 14)),
    ("hoàn thành trước tuần đầu tháng 01/2026", 2025, D(2025, 12, 31)),
    ("Trước tuần cuối tháng 11/2025", 2025, D(2025, 11, 23)),     # the last week opens on the 24th
    ("Trước tuần cuối tháng 02/2028", 2028, D(2028, 2, 22)),      # a leap February: 23-29
    ("Trong tuần đầu tiên tháng 6", 2025, D(2025, 6, 7)),
    ("Tuần cuối cùng của tháng 12", 2025, D(2025, 12, 31)),
    ("Tuần thứ hai, tháng 4/2026", 2026, D(2026, 4, 14)),
    ("Trước tháng 6/2025", 2025, D(2025, 5, 31)),                 # (a month, for comparison)
    ("Trước ngày 14/3/2025", 2025, D(2025, 3, 14)),               # (a day is its own deadline)
])
def test_before_a_week_of_a_month_is_the_day_before_it_opens(cell, year, want):
    assert parse_timing(cell, year).deadline == want


def test_before_a_week_in_running_text():
    t = find_timing("Ra quân nạo vét kênh mương nội đồng, hoàn thành trước tuần thứ 2 của tháng 3.", 2025)
    assert (t.text, t.deadline) == ("hoàn thành trước tuần thứ 2 của tháng 3", D(2025, 3, 7))


@pytest.mark.parametrize("text", [
    "Duy trì giao ban hằng tuần, tuần đầu tiên là họp toàn thể.",   # no month after the week
    "Tập huấn trong 2 tuần cuối cùng của đợt.",
])
def test_a_week_without_its_month_is_no_deadline(text):
    assert find_timing(text, 2025) is None


# A leap month ("tháng 6 nhuận"; 2025, Ất Tỵ, has a leap 6th month: 25/7–22/8/2025) and a month of a
# lunar year named in the sixty-year cycle ("tháng Chạp năm Ất Tỵ": 19/01–16/02/2026).
@pytest.mark.parametrize("cell, want", [
    ("Tháng 6 nhuận", D(2025, 8, 22)),
    ("Tháng Sáu nhuận năm Ất Tỵ", D(2025, 8, 22)),
    ("Trước ngày 15 tháng 6 nhuận (âm lịch)", D(2025, 8, 8)),
    ("Trước tháng 6 nhuận", D(2025, 7, 24)),                   # before it opens
    ("Tháng 6 năm Ất Tỵ", D(2025, 7, 24)),                     # the ordinary 6th month
    ("Tháng Chạp năm Ất Tỵ", D(2026, 2, 16)),
    ("Ngày 23 tháng Chạp năm Bính Ngọ", D(2027, 1, 30)),
    ("tháng Mười một năm Giáp Thìn", D(2024, 12, 30)),
    ("Ngày 10 tháng Ba năm Quý Mão", D(2023, 4, 29)),          # Giỗ Tổ 2023
])
def test_a_leap_or_named_lunar_year_month(cell, want):
    assert parse_timing(cell, 2025).deadline == want


@pytest.mark.parametrize("cell, want", [
    ("Tháng 6 nhuận năm 2024", None),          # 2024 (Giáp Thìn) has no leap 6th month
    ("Tháng Năm", None),                       # May: a spelled month is lunar only when marked
    ("Cách mạng tháng Tám", None),
    ("Tháng 6 năm 2025", D(2025, 6, 30)),      # a Gregorian month
])
def test_an_unmarked_or_missing_lunar_month_is_not_read_as_one(cell, want):
    assert parse_timing(cell, 2025).deadline == want


# "Tý" and "Tỵ" fold alike; the stem's parity tells them apart (Giáp Tý 1984, Ất Tỵ 2025).
@pytest.mark.parametrize("cell, want", [
    ("Trong tháng Giêng năm Giáp Tý", D(1984, 3, 2)),
    ("Trong tháng Giêng năm Ất Tỵ", D(2025, 2, 27)),
    ("Trong tháng Giêng năm Canh Tý", D(2020, 2, 22)),
])
def test_the_stem_tells_ty_from_ty(cell, want):
    assert parse_timing(cell, 2025).deadline == want


# Tết Nguyên đán is a day: "trước Tết" is due on it; "trong dịp Tết", "sau Tết" name no deadline.
@pytest.mark.parametrize("cell, want", [
    ("Trước Tết Nguyên đán Bính Ngọ", D(2026, 2, 17)),
    ("Hoàn thành trước Tết Nguyên đán năm 2027", D(2027, 2, 6)),
    ("Chậm nhất trước Tết cổ truyền Ất Tỵ", D(2025, 1, 29)),
    ("trong dịp Tết Nguyên đán Bính Ngọ năm 2026", None),
    ("Sau Tết Nguyên đán Bính Ngọ", None),
    ("Trước, trong và sau Tết Nguyên đán", None),
    ("Trước Tết Nguyên đán (ngày 29/01/2025)", D(2025, 1, 29)),   # the printed date
])
def test_tet_is_the_lunar_new_years_day(cell, want):
    assert parse_timing(cell, 2025).deadline == want


# Tết by its lunar year's name alone, "Tết Âm lịch", its year in brackets, or "Tết" closing the phrase
# is the lunar new year's day too; a "Tết" another word names (Trung thu, Dương lịch, trồng cây,
# Nguyên tiêu) is another day, and "trong dịp", "sau" still say when, not by when.
@pytest.mark.parametrize("cell, year, want", [
    ("Trước Tết Nguyên đán Bính Ngọ 2026", 2025, D(2026, 2, 17)),
    ("trước Tết Nguyên đán Ất Tỵ năm 2025", 2025, D(2025, 1, 29)),
    ("Trước Tết Nguyên đán Bính Ngọ (2026)", 2025, D(2026, 2, 17)),
    ("Hoàn thành trước Tết Bính Ngọ 2026", 2025, D(2026, 2, 17)),
    ("Trước Tết Ất Tỵ", 2024, D(2025, 1, 29)),
    ("Chậm nhất trước Tết Âm lịch năm 2027", 2026, D(2027, 2, 6)),
    ("Trước Tết năm 2026", 2025, D(2026, 2, 17)),
    ("Hoàn thành trước Tết", 2025, D(2025, 1, 29)),
    ("Trước Tết Trung thu", 2025, None),
    ("Hoàn thành trước Tết trồng cây", 2025, None),
    ("Trước Tết Nguyên tiêu", 2025, None),
    ("Trong dịp Tết Bính Ngọ", 2025, None),
    ("Sau Tết", 2025, None),
])
def test_tet_named_by_its_year_or_alone_is_the_lunar_new_year(cell, year, want):
    assert parse_timing(cell, year).deadline == want


# Tết Dương lịch is 1 January: "trước" it is due on that day, its year printed (plain, "năm", in
# brackets) or, with none, the one closing the plan's year (a Tết plan's own year); "trong dịp", "sau"
# and the bare name say when, not by when, and a printed date in brackets is the day.
@pytest.mark.parametrize("cell, year, new_year, want", [
    ("Trước Tết Dương lịch 2026", 2025, False, D(2026, 1, 1)),
    ("Hoàn thành trước Tết Dương lịch năm 2027", 2026, False, D(2027, 1, 1)),
    ("Chậm nhất trước Tết Dương lịch (2026)", 2025, True, D(2026, 1, 1)),
    ("trước Tết Dương lịch", 2025, False, D(2026, 1, 1)),
    ("Trước Tết Dương lịch", 2026, True, D(2026, 1, 1)),
    ("Trước Tết Dương lịch (ngày 01/01/2026)", 2025, False, D(2026, 1, 1)),
    ("Trước Tết Dương lịch và Tết Nguyên đán Bính Ngọ 2026", 2025, False, D(2026, 2, 17)),
    ("Trong dịp Tết Dương lịch 2026", 2025, False, None),
    ("Sau Tết Dương lịch", 2025, False, None),
    ("Tết Dương lịch 2026", 2025, False, None),
    ("Trước Tết Trung thu 2025", 2025, False, None),
])
def test_tet_duong_lich_is_the_first_of_january(cell, year, new_year, want):
    assert PlanTime(year, new_year=new_year).cell(cell).deadline == want


@pytest.mark.parametrize("text, want", [
    ("Rà soát, chi trả trợ cấp cho đối tượng, hoàn thành trước Tết Dương lịch.", D(2026, 1, 1)),
    ("Kiểm tra an toàn thực phẩm xong trước Tết Dương lịch năm 2026; báo cáo sau Tết.", D(2026, 1, 1)),
    ("Tổ chức trực cơ quan trong dịp Tết Dương lịch 2026.", None),
    ("Bảo đảm an ninh trật tự dịp Tết Dương lịch và Tết Nguyên đán.", None),
])
def test_tet_duong_lich_in_running_text(text, want):
    t = PlanTime(2025, new_year=False).find(text)
    assert (t.deadline if t else None) == want


@pytest.mark.parametrize("text, want", [
    ("Thăm hỏi, tặng quà hộ nghèo, hoàn thành trước Tết.", D(2026, 2, 17)),
    ("Rà soát đối tượng bảo trợ xã hội xong trước Tết Bính Ngọ; báo cáo sau Tết.", D(2026, 2, 17)),
    ("Tổ chức vui Tết Trung thu cho thiếu nhi trước Tết Trung thu.", None),
    ("Chuẩn bị quà Tết cho các gia đình chính sách.", None),
])
def test_tet_alone_in_running_text(text, want):
    t = PlanTime(2025, new_year=False).find(text)
    assert (t.deadline if t else None) == want


# "Cả năm 2025", "suốt năm 2025": the whole of a printed year, due at its end as "Năm 2025" and "Trong
# năm 2025" are; "Cả năm", "Quanh năm" with no year say the work goes on all year round (no deadline).
@pytest.mark.parametrize("cell, want, recurring", [
    ("Cả năm 2025", D(2025, 12, 31), False),
    ("cả năm 2026", D(2026, 12, 31), False),
    ("Suốt năm 2025", D(2025, 12, 31), False),
    ("Năm 2026", D(2026, 12, 31), False),
    ("Trong năm 2026", D(2026, 12, 31), False),
    ("Cả năm", None, True),
    ("Quanh năm", None, True),
    ("Cả năm học 2024 - 2025", D(2025, 5, 31), False),   # a school year: to 31 May
    ("Thường xuyên, cả năm 2025", None, True),
    ("Cả năm 2025 và các năm tiếp theo", None, False),
    ("Cả năm (2025)", D(2025, 12, 31), False),
    ("Suốt năm ( 2026 )", D(2026, 12, 31), False),
    ("Trong năm (2026)", D(2026, 12, 31), False),
    ("Cả năm (2025 - 2026)", D(2026, 12, 31), False),
    ("Quanh năm (trừ tháng 7)", None, True),
    ("Thường xuyên, cả năm (2025)", None, True),
])
def test_a_whole_year_printed_is_due_at_its_end(cell, want, recurring):
    t = parse_timing(cell, 2025)
    assert (t.deadline, t.recurring) == (want, recurring)


# A yearless Chạp or Tết: a plan for a Tết has that Tết's year, so its Chạp is in the lunar year before;
# any other plan of a year runs to the Chạp and the Tết that close its lunar year (Jan/Feb of the next).
@pytest.mark.parametrize("cell, tet_plan, annual", [
    ("Trong tháng Chạp", D(2025, 1, 28), D(2026, 2, 16)),
    ("Trước ngày 20 tháng Chạp", D(2025, 1, 19), D(2026, 2, 7)),
    ("Trước Tết Nguyên đán", D(2025, 1, 29), D(2026, 2, 17)),
    ("Ngày 10 tháng Giêng", D(2025, 2, 7), D(2025, 2, 7)),        # Giêng is the year's either way
    ("Ngày 15 tháng 8 âm lịch", D(2025, 10, 6), D(2025, 10, 6)),
])
def test_a_yearless_chap_follows_the_kind_of_plan(cell, tet_plan, annual):
    assert PlanTime(2025, new_year=True).cell(cell).deadline == tet_plan
    assert PlanTime(2025, new_year=False).cell(cell).deadline == annual
    assert PlanTime(2025, new_year=False).find("Kiểm tra hàng hóa, hoàn thành " + cell[0].lower() + cell[1:]) \
        .deadline in (annual, None)


@pytest.mark.parametrize("title, want", [
    ("Cao điểm bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân năm 2026", True),
    ("Tổ chức Tết trồng cây Xuân Ất Tỵ năm 2025", True),
    ("Tổ chức các hoạt động mừng Đảng, mừng Xuân năm 2026", True),
    ("Tổ chức các ngày lễ, lễ hội truyền thống và hoạt động mùa vụ năm 2025", False),
    ("Tổ chức Tết Trung thu cho thiếu nhi năm 2025", False),
    ("Chỉnh trang đô thị phường Thanh Xuân năm 2025", False),     # a place named Xuân
    (None, False),
])
def test_a_title_that_names_the_lunar_new_year(title, want):
    assert opens_lunar_year(title) is want


# An event's day, "vào ngày …", closing a task or followed by where it is held: the task's day.
@pytest.mark.parametrize("text, phrase, want", [
    ("Phối hợp tổ chức Ngày hội đọc sách vào ngày 21/4/2025.", "vào ngày 21/4/2025", D(2025, 4, 21)),
    ("Tổ chức dâng hương tại Nhà văn hóa xã vào ngày 19/5", "vào ngày 19/5", D(2025, 5, 19)),
    ("Tổ chức mít tinh chào mừng Quốc khánh vào ngày 02/9/2025 tại sân vận động xã.", "vào ngày 02/9/2025",
     D(2025, 9, 2)),
    ("Tổ chức Lễ hội Đền Hùng vào ngày 07/4/2025.", "vào ngày 07/4/2025", D(2025, 4, 7)),  # Đền is no "đến"
    ("Tổ chức lễ hội ĐỀN vào ngày 07/4/2025.", "vào ngày 07/4/2025", D(2025, 4, 7)),
])
def test_an_event_day_closing_a_task_is_its_day(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Kiểm tra lại các hộ đã đăng ký vào ngày 15/3/2025, sau đó báo cáo UBND xã.",   # mid-sentence
    "Ôn lại truyền thống chiến thắng vào ngày 30/4/1975 tại Dinh Độc Lập.",          # history
    "Tổ chức hội nghị ngày 21/4/2025.",                                                # no "vào"
    "Sửa chữa đền, đình làng trong dịp lễ hội",
])
def test_no_event_day_without_vao_at_the_tasks_end(text):
    t = find_timing(text, 2025)
    assert t is None or t.deadline is None


# The week, month or quarter an event is held in, "vào …" closing the task or before where it is held:
# the task's time, as a table prints it ("Tuần thứ 2 tháng 4", "Quý II/2026"). Not mid-sentence, nor a
# month that only says how often ("vào tháng 6 một lần").
@pytest.mark.parametrize("text, phrase, want, quarter", [
    ("Tổ chức Giải Việt dã truyền thống vào tuần thứ 2 tháng 4.", "vào tuần thứ 2 tháng 4", D(2026, 4, 14), None),
    ("Tổ chức hội nghị sơ kết Nghị quyết vào tháng 7/2026.", "vào tháng 7/2026", D(2026, 7, 31), None),
    ("Tổ chức Liên hoan Dân ca Ví, Giặm vào tuần cuối tháng 9/2026 tại Quảng trường Hồ Chí Minh.",
     "vào tuần cuối tháng 9/2026", D(2026, 9, 30), None),
    ("Ra quân tổng vệ sinh môi trường vào đầu tháng 3/2026.", "vào đầu tháng 3/2026", D(2026, 3, 31), None),
    ("Tập huấn nghiệp vụ hòa giải ở cơ sở cho các tổ hòa giải vào Quý III/2026", "vào Quý III/2026",
     D(2026, 9, 30), 3),
])
def test_the_week_month_or_quarter_an_event_is_held_in(text, phrase, want, quarter):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline, t.quarter) == (phrase, want, quarter)


@pytest.mark.parametrize("text", [
    "Rà soát lại danh sách vào tháng 6 một lần nữa.",
    "Báo cáo kết quả được tổng hợp vào tháng 6/2026 để trình Hội đồng nhân dân xã xem xét.",
    "Luật Đất đai có hiệu lực vào tháng 8/2024, tuyên truyền sâu rộng trong Nhân dân.",
    "Tập trung vào quý cao điểm phòng, chống cháy rừng.",
])
def test_no_month_held_in_mid_sentence(text):
    t = find_timing(text, 2026)
    assert t is None or t.deadline is None


# A yearless Tết (or Chạp) in a plan of a year is the first one from the plan's day of issue: one issued
# before its year's Tết means the Tết ahead, one issued after it the Tết that closes the year. Lunar
# new years differ: 29/01/2025 (Ất Tỵ), 17/02/2026 (Bính Ngọ), 06/02/2027 (Đinh Mùi).
@pytest.mark.parametrize("cell, year, issued, want", [
    ("Trước Tết Nguyên đán", 2025, D(2025, 1, 10), D(2025, 1, 29)),
    ("Trước Tết Nguyên đán", 2025, D(2024, 12, 20), D(2025, 1, 29)),
    ("Hoàn thành trước Tết", 2026, D(2026, 1, 12), D(2026, 2, 17)),
    ("Chậm nhất trước Tết cổ truyền", 2026, D(2026, 2, 17), D(2026, 2, 17)),   # issued on Tết itself
    ("Trước Tết Nguyên đán", 2026, D(2026, 2, 18), D(2027, 2, 6)),
    ("Trước Tết Nguyên đán", 2025, D(2025, 3, 5), D(2026, 2, 17)),
    ("Trước Tết Nguyên đán", 2025, None, D(2026, 2, 17)),
    ("Trong tháng Chạp", 2025, D(2025, 1, 6), D(2025, 1, 28)),
    ("Trước ngày 20 tháng Chạp", 2026, D(2026, 1, 5), D(2026, 2, 7)),
    ("Trong tháng Chạp", 2025, D(2025, 1, 29), D(2026, 2, 16)),    # its Chạp is over on Tết
    ("Ngày 10 tháng Giêng", 2025, D(2025, 1, 10), D(2025, 2, 7)),   # Giêng is the year's either way
    ("Trước Tết Nguyên đán Bính Ngọ 2026", 2025, D(2025, 1, 10), D(2026, 2, 17)),   # printed year wins
    ("Trong dịp Tết Nguyên đán", 2025, D(2025, 1, 10), None),      # when, not by when
])
def test_a_yearless_tet_is_the_next_one_from_the_day_of_issue(cell, year, issued, want):
    when = PlanTime(year, new_year=False, after=issued)
    assert when.cell(cell).deadline == want
    found = when.find("Rà soát, chi trả trợ cấp cho hộ nghèo, " + cell[0].lower() + cell[1:] + ".")
    assert (found.deadline if found else None) in (want, None)


def test_a_tet_plan_keeps_its_own_tet_whatever_its_day_of_issue():
    # a plan for Tết Bính Ngọ issued in December 2025: its Tết is 17/02/2026, its Chạp the month before
    when = PlanTime(2026, new_year=True, after=D(2025, 12, 12))
    assert when.cell("Trước Tết Nguyên đán").deadline == D(2026, 2, 17)
    assert when.cell("Trong tháng Chạp").deadline == D(2026, 2, 16)


# The start or middle of a year names no last day, with its year printed or not, as "Đầu năm học" and
# "Giữa học kỳ I" do not (test_a_part_of_a_period_or_a_condition_sets_no_deadline); its end and the half
# years do ("Cuối năm 2026": 31 December, the first half 30 June). A month's or quarter's part is still
# due when it ends ("Đầu tháng 3/2026", "Đầu quý II/2026"): not nine months late.
@pytest.mark.parametrize("cell, want", [
    ("Đầu năm 2026", None),
    ("Giữa năm 2026", None),
    ("ĐẦU NĂM 2027", None),
    ("Giữa năm (2025)", None),
    ("Những tháng đầu năm 2026", None),
    ("Cuối năm 2025, đầu năm 2026", None),
    ("Cuối năm 2026", D(2026, 12, 31)),
    ("Nửa đầu năm 2026", D(2026, 6, 30)),
    ("Từ đầu năm 2026 đến tháng 6/2026", D(2026, 6, 30)),
    ("Trước đầu năm 2027", D(2026, 12, 31)),    # before the year opens, as "Trước tháng 5/2026"
    ("6 tháng đầu năm", D(2026, 6, 30)),
    ("06 tháng đầu năm 2026", D(2026, 6, 30)),
    ("6 tháng cuối năm", D(2026, 12, 31)),
    ("Cuối năm", D(2026, 12, 31)),
    ("Đầu năm", None),
    ("Giữa năm", None),
])
def test_parts_of_a_year_in_a_cell(cell, want):
    t = parse_timing(cell, 2026)
    assert (t.text, t.deadline, t.quarter, t.recurring) == (cell, want, None, False)


@pytest.mark.parametrize("cell, want, quarter", [
    # a bracket or a month that dates the part of the year is what is due
    ("Tháng 01/2026 (đầu năm 2026)", D(2026, 1, 31), None),
    ("Đầu năm 2026 (Quý I)", D(2026, 3, 31), 1),
    ("Quý III/2026 (giữa năm)", D(2026, 9, 30), 3),
    # (not a year's part: a month's and a quarter's, a half year, a school year)
    ("Đầu tháng 3/2026", D(2026, 3, 31), None),
    ("Đầu quý II/2026", D(2026, 6, 30), 2),
    ("06 tháng đầu năm 2026", D(2026, 6, 30), None),
    ("Trong năm 2026", D(2026, 12, 31), None),
])
def test_a_part_of_a_year_dated_otherwise(cell, want, quarter):
    t = parse_timing(cell, 2026)
    assert (t.deadline, t.quarter) == (want, quarter)


# A year in a bracket after a day, month or quarter is no later deadline: opening the bracket it dates a
# yearless month; inside a note it belongs to the note (a law's year, the year-end session the work
# serves). A bracket that opens with its own trigger, or a year alone, is read as before.
@pytest.mark.parametrize("cell, want", [
    ("Tháng 3 (năm 2026)", D(2026, 3, 31)),
    ("Ngày 15/9 (năm 2025)", D(2025, 9, 15)),
    ("Tháng 7/2025 (khi Luật Bảo hiểm xã hội năm 2024 có hiệu lực)", D(2025, 7, 31)),
    ("Tháng 10 - 11/2025 (cao điểm cuối năm)", D(2025, 11, 30)),
    ("Trước ngày 20/12/2025 (kỳ họp HĐND huyện cuối năm)", D(2025, 12, 20)),
    ("Quý II (trong năm)", D(2025, 6, 30)),
    ("Tháng 3 (hoàn thành trong năm 2026)", D(2026, 12, 31)),
    ("Năm 2025 (trong năm 2026)", D(2026, 12, 31)),
    ("Tháng 3/2025, cuối năm", D(2025, 12, 31)),
])
def test_a_bracketed_year_after_a_finer_time(cell, want):
    assert parse_timing(cell, 2025).deadline == want


@pytest.mark.parametrize("text, phrase", [
    ("Tổ chức Hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026, hoàn thành vào đầu năm 2026.",
     "hoàn thành vào đầu năm 2026"),
    ("Sơ kết công tác Hội, thực hiện trong giữa năm 2026.", "trong giữa năm 2026"),
])
def test_a_part_of_a_year_in_running_text_keeps_its_words_and_no_deadline(text, phrase):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, False)


@pytest.mark.parametrize("text", [
    "Làm việc với Chi cục Thuế về tiến độ thu ngân sách đầu năm 2026.",
    "Rà soát nhiệm vụ trọng tâm giữa năm 2026 của các chi bộ.",
])
def test_a_part_of_a_year_as_content_is_no_timing(text):
    assert find_timing(text, 2026) is None


# A bracket after a day that names the day's quarter or month restates it: the day is due, the quarter
# is the task's ("Trước ngày 20/12/2026 (Quý IV)"), and a yearless quarter takes the day's year, not the
# next one. A bracketed quarter that does not hold the day is read as before (the later one is due).
@pytest.mark.parametrize("cell, want, quarter", [
    ("Trước ngày 20/12/2026 (Quý IV)", D(2026, 12, 20), 4),
    ("Trước ngày 20/12 (Quý IV/2026)", D(2026, 12, 20), 4),
    ("Hoàn thành ngày 15/3/2026 (tháng 3)", D(2026, 3, 15), None),
    ("Quý IV, trước ngày 15/11/2026", D(2026, 11, 15), 4),
    ("Tháng 11 - 12/2026, Quý IV", D(2026, 12, 31), 4),
    ("Trước ngày 15/6/2026 (Quý III)", D(2026, 9, 30), 3),
    ("Từ 01/11/2025 đến 15/01", D(2026, 1, 15), None),      # a later day of an earlier month: next year
    ("Từ 30/12 đến 05/01/2026", D(2026, 1, 5), None),
])
def test_a_bracket_names_the_days_quarter(cell, want, quarter):
    t = parse_timing(cell, 2026)
    assert (t.deadline, t.quarter) == (want, quarter)


@pytest.mark.parametrize("text, phrase, want, quarter", [
    ("Tổng kết công tác năm, hoàn thành trước ngày 20/12/2026 (Quý IV).",
     "hoàn thành trước ngày 20/12/2026 (Quý IV)", D(2026, 12, 20), 4),
    ("Báo cáo Sở Nội vụ trước ngày 15/6/2026 (Quý III/2026).", "trước ngày 15/6/2026 (Quý III/2026)", D(2026, 9, 30), 3),
])
def test_a_bracket_after_a_day_in_running_text(text, phrase, want, quarter):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline, t.quarter) == (phrase, want, quarter)


# "… và các quý (tháng) tiếp theo" runs on with no end, as "… và các năm tiếp theo" does.
@pytest.mark.parametrize("cell, quarter", [
    ("Quý I/2026 và các quý tiếp theo", 1),
    ("Tháng 3/2026 và các tháng tiếp theo", None),
    ("Tháng 3/2026 và những tháng sau", None),
])
def test_an_ongoing_quarter_or_month_has_no_deadline(cell, quarter):
    t = parse_timing(cell, 2026)
    assert (t.deadline, t.quarter, t.recurring) == (None, quarter, False)


# Timing cells of a province department's schedule (nghe-an-svhttdl-van-hoa-the-thao-du-lich-2026)
@pytest.mark.parametrize("cell, want, quarter, recurring", [
    ("Trước ngày 15 hằng tháng", None, None, True),
    ("Định kỳ 6 tháng", None, None, True),
    ("Tuần thứ 2 tháng 4", D(2026, 4, 14), None, False),
    ("Trước 30/6/2026", D(2026, 6, 30), None, False),
    ("Quý I, II/2026", D(2026, 6, 30), None, False),
    ("Từ tháng 3 đến tháng 5", D(2026, 5, 31), None, False),
    ("Dịp Rằm tháng Giêng", D(2026, 3, 3), None, False),
    ("Thường xuyên", None, None, True),
    ("Theo chỉ đạo của cấp trên", None, None, False),
    ("Năm 2026 và các năm tiếp theo", None, None, False),
    ("Cuối Quý II/2026", D(2026, 6, 30), 2, False),
    ("Tuần cuối tháng 9/2026", D(2026, 9, 30), None, False),
    ("Quý IV/2026 (trước ngày 15/12/2026)", D(2026, 12, 15), 4, False),
])
def test_timing_cells_of_a_department_schedule(cell, want, quarter, recurring):
    t = PlanTime(2026, new_year=False).cell(cell)
    assert (t.deadline, t.quarter, t.recurring) == (want, quarter, recurring)


# "vào ngày" after a symbol dates the document, but the day of a form's deadline or of a meeting held
# somewhere ("… tại Hội trường") is the task's.
@pytest.mark.parametrize("text, phrase, want", [
    ("Hộ kinh doanh nộp tờ khai theo Mẫu số 01/TK vào ngày 20/3/2025.", "vào ngày 20/3/2025", D(2025, 3, 20)),
    ("Tổ chức Hội nghị triển khai Kế hoạch số 35/KH-UBND vào ngày 15/3/2025 tại Hội trường UBND xã.",
     "vào ngày 15/3/2025", D(2025, 3, 15)),
])
def test_a_day_after_a_symbol_that_is_the_tasks(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


# Decomposed text (a tone mark stored after its letter) folds "Đền" and "đèn" to "den" as NFC text
# does, and the guard reads them as printed all the same.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức lễ hội ĐỀN vào ngày 07/4/2025.", "vào ngày 07/4/2025", D(2025, 4, 7)),
    ("Tổ chức Lễ hội Đền Hùng vào ngày 07/4/2025.", "vào ngày 07/4/2025", D(2025, 4, 7)),
    ("Thay thế đèn chiếu sáng đến hết tháng 9/2025.", "đến hết tháng 9/2025", D(2025, 9, 30)),
    ("Sửa mái nhà bia, thực hiện đến 15/5/2025.", "đến 15/5/2025", D(2025, 5, 15)),   # "đến" still is one
])
def test_the_temple_guard_reads_decomposed_text(text, phrase, want):
    t = find_timing(unicodedata.normalize("NFD", text), 2025)
    assert (unicodedata.normalize("NFC", t.text), t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", ["Dâng hương tại đền 27/7/2025.", "Lắp đèn 15/5/2025 ở cổng làng."])
def test_a_decomposed_temple_or_lamp_is_no_until(text):
    assert find_timing(unicodedata.normalize("NFD", text), 2025) is None


@pytest.mark.parametrize("text, want", [
    ("Bồi thường, đền bù giải phóng mặt bằng, hoàn thành trong tháng 6/2025.", D(2025, 6, 30)),
    ("Thay thế đèn chiếu sáng đến hết tháng 9/2025.", D(2025, 9, 30)),
])
def test_a_temple_or_lamp_word_leaves_other_triggers_alone(text, want):
    assert find_timing(text, 2025).deadline == want


# A multi-year plan ("giai đoạn 2026 - 2030", "nhiệm kỳ 2025 - 2030") schedules its tasks up to the
# end of its own period (last_year): such deadlines are read; a span of years inside the period is a
# task's time, ending in its last year; a year beyond the period, a span reaching outside it or
# before it, and a strategy's horizon are not.
MULTI_YEAR_CASES = [
    ("Số hóa 100% hồ sơ lưu trữ lịch sử, hoàn thành trong Quý IV/2030.", 2026, 2030,
     ("hoàn thành trong Quý IV/2030", D(2030, 12, 31), 4)),
    ("Phấn đấu đến năm 2028 có thêm 05 xã đạt chuẩn nông thôn mới kiểu mẫu.", 2025, 2030,
     ("đến năm 2028", D(2028, 12, 31), None)),
    ("Thu hút đầu tư vào khu công nghiệp Yên Phong II; thời gian thực hiện từ năm 2026 đến năm 2028.", 2026, 2030,
     ("từ năm 2026 đến năm 2028", D(2028, 12, 31), None)),
    ("Nâng cấp tuyến đường tỉnh 293 đoạn qua xã Đông Phú; hoàn thành trong giai đoạn 2026 - 2027.", 2026, 2030,
     ("hoàn thành trong giai đoạn 2026 - 2027", D(2027, 12, 31), None)),
    ("Xây dựng trường đạt chuẩn quốc gia, xong trong giai đoạn 2 (2028 - 2030).", 2026, 2030,
     ("xong trong giai đoạn 2 (2028 - 2030)", D(2030, 12, 31), None)),
    ("Đề nghị công nhận thị xã Buôn Hồ là thành phố trước năm 2029.", 2025, 2030,
     ("trước năm 2029", D(2028, 12, 31), None)),
    ("Tổ chức diễn tập khu vực phòng thủ huyện (dự kiến năm 2029).", 2025, 2030,
     ("dự kiến năm 2029", D(2029, 12, 31), None)),
    ("Tổng kết nhiệm kỳ, hoàn thành trước ngày 30/6/2030.", 2025, 2030,
     ("hoàn thành trước ngày 30/6/2030", D(2030, 6, 30), None)),
    # … while none of these is a deadline, even in a multi-year plan
    ("Triển khai Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 trên địa bàn huyện.", 2025, 2030,
     None),
    ("Thực hiện Chiến lược phát triển giai đoạn 2026 - 2030 đến năm 2030 trên địa bàn tỉnh.", 2026, 2030, None),
    ("Phấn đấu đến năm 2035 tỷ lệ đô thị hóa đạt 40%.", 2026, 2030, None),                     # beyond the period
    ("Kiện toàn bộ máy; xong trong năm 2052.", 2026, 2030, None),                             # a typo stays out
    ("Đánh giá kết quả thực hiện từ năm 2021 đến năm 2025.", 2026, 2030, None),               # before the period
    ("Thực hiện từ năm 2026 đến năm 2032 theo lộ trình của Trung ương.", 2026, 2030, None),    # reaching outside
    ("Triển khai trong giai đoạn 2026 - 2028 các mô hình chuyển đổi số cấp xã.", 2026, 2030, None),  # weak trigger
    ("Duy trì mô hình từ năm 2026 tại các xã.", 2026, 2030, None),                            # when it starts
    # an annual plan (no last_year) keeps its guard: the same phrases give nothing
    ("Số hóa 100% hồ sơ lưu trữ lịch sử, hoàn thành trong Quý IV/2030.", 2026, None, None),
    ("Thu hút đầu tư vào khu công nghiệp; thời gian thực hiện từ năm 2026 đến năm 2027.", 2026, None, None),
    ("Nâng cấp tuyến đường tỉnh 293; hoàn thành trong giai đoạn 2026 - 2027.", 2026, None, None),
    ("Kiện toàn bộ máy; xong trong năm 2052.", 2025, None, None),
]


@pytest.mark.parametrize("text, default_year, last_year, expected", MULTI_YEAR_CASES)
def test_find_timing_in_a_multi_year_plan(text: str, default_year: int, last_year: int | None,
                                          expected: tuple | None) -> None:
    t = find_timing(text, default_year, last_year)
    if expected is None:
        assert t is None or t.deadline is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter) == expected
    assert text[t.start:t.end] == t.text


# A short plan whose trích yếu runs across a year end (a week, a peak period of months) prints its days
# and months without a year; each takes the year of the span that holds it. A span inside one year,
# a year or a period of years, or a span of a year or more is no such span.
@pytest.mark.parametrize("title, expected", [
    ("Lịch công tác tuần 01 (từ ngày 30/12/2024 đến ngày 05/01/2025)", (D(2024, 12, 30), D(2025, 1, 5))),
    ("Kế hoạch công tác tháng 12/2025 - 01/2026 của Đoàn phường", (D(2025, 12, 1), D(2026, 1, 31))),
    ("Cao điểm tấn công, trấn áp tội phạm từ tháng 12/2025 đến tháng 02/2026", (D(2025, 12, 1), D(2026, 2, 28))),
    ("Đợt cao điểm bảo đảm an toàn thực phẩm Tết (từ ngày 15/12/2025 đến ngày 15/02/2026)",
     (D(2025, 12, 15), D(2026, 2, 15))),
    # the start printed without its year is in the year before the end's
    ("Lịch công tác tuần 01 (từ 29/12 đến 04/01/2026)", (D(2025, 12, 29), D(2026, 1, 4))),
    # … none of these crosses a year end within a year
    ("Công tác tuần 03 (từ ngày 13/01 đến ngày 19/01/2025)", None),
    ("Hoạt động tháng 3/2025", None),
    ("Kế hoạch cao điểm từ tháng 6/2025 đến tháng 9/2025", None),
    ("Phát triển kinh tế số giai đoạn 2026 - 2030", None),
    ("Phòng, chống thiên tai năm 2025", None),
    ("Thực hiện dự án từ tháng 01/2025 đến tháng 03/2026", None),
    ("Triển khai Quyết định số 1234/QĐ-UBND ngày 30/12/2024 của UBND tỉnh", None),
    (None, None),
])
def test_year_end_span(title: str | None, expected: tuple | None) -> None:
    assert year_end_span(title) == expected


WEEK = (D(2024, 12, 30), D(2025, 1, 5))
PEAK = (D(2025, 12, 15), D(2026, 2, 15))


@pytest.mark.parametrize("cell, default_year, span, expected", [
    ("Thứ Hai (30/12), Sáng, 7h30", 2024, WEEK, D(2024, 12, 30)),
    ("Thứ Năm (02/01), Chiều, 14h00", 2024, WEEK, D(2025, 1, 2)),
    # the plan's year may be either end's: the span decides
    ("Thứ Ba (31/12)", 2025, WEEK, D(2024, 12, 31)),
    ("Chủ nhật (05/01)", 2025, WEEK, D(2025, 1, 5)),
    ("Tháng 01", 2025, PEAK, D(2026, 1, 31)),
    ("Từ 20/12 đến 10/01", 2025, PEAK, D(2026, 1, 10)),
    # a year printed is kept, and a month outside the span is the plan's year's
    ("Ngày 02/01/2025", 2025, PEAK, D(2025, 1, 2)),
    ("Tháng 6", 2025, PEAK, D(2025, 6, 30)),
    # a range of months that runs into the next year ends in the span's second year
    ("Tháng 12 - 01", 2025, PEAK, D(2026, 1, 31)),
    ("Tháng 11, 12, 1", 2025, (D(2025, 8, 1), D(2026, 5, 31)), D(2026, 1, 31)),
    ("Tháng 12 - tháng 01", 2025, WEEK, D(2025, 1, 31)),
    ("Tháng 10 - 12", 2025, (D(2025, 8, 1), D(2026, 5, 31)), D(2025, 12, 31)),
    # without a span the plan's year is every yearless day's
    ("Thứ Năm (02/01), Chiều, 14h00", 2024, None, D(2024, 1, 2)),
    ("Tháng 01", 2025, None, D(2025, 1, 31)),
])
def test_parse_timing_in_a_span_across_a_year_end(cell: str, default_year: int, span: tuple | None,
                                                   expected: dt.date) -> None:
    t = parse_timing(cell, default_year, span)
    assert t is not None and t.deadline == expected


@pytest.mark.parametrize("text, default_year, span, expected", [
    ("Triển khai Nghị quyết đến các tổ dân phố trước ngày 05/01.", 2024, WEEK, ("trước ngày 05/01", D(2025, 1, 5))),
    ("Quyết toán ngân sách năm 2025, hoàn thành trước ngày 31/12.", 2026, PEAK,
     ("hoàn thành trước ngày 31/12", D(2025, 12, 31))),
    ("Kiểm tra các cơ sở sản xuất bánh kẹo, hoàn thành trong tháng 01.", 2025, PEAK,
     ("hoàn thành trong tháng 01", D(2026, 1, 31))),
    # a plan issued in the span's second year still reads December in the first
    ("Tổng hợp danh sách, xong trong tháng 12.", 2026, PEAK, ("xong trong tháng 12", D(2025, 12, 31))),
    # negatives: no span, the plan's year
    ("Triển khai Nghị quyết đến các tổ dân phố trước ngày 05/01.", 2025, None, ("trước ngày 05/01", D(2025, 1, 5))),
    ("Kiểm tra các cơ sở sản xuất bánh kẹo, hoàn thành trong tháng 01.", 2025, None,
     ("hoàn thành trong tháng 01", D(2025, 1, 31))),
])
def test_find_timing_in_a_span_across_a_year_end(text: str, default_year: int, span: tuple | None,
                                                  expected: tuple) -> None:
    t = find_timing(text, default_year, None, span)
    assert t is not None and (t.text, t.deadline) == expected
    assert text[t.start:t.end] == t.text


# A quarter set off by a comma, semicolon, colon or dash at the end of a task's sentence is the task's
# timing, as a parenthesized one is (SCHEMA.md: its deadline is the quarter's last day); a quarter run
# into the words before it names what the work is about ("báo cáo kết quả quý I").
@pytest.mark.parametrize("text, default_year, expected", [
    ("Tổ chức quán triệt Kế hoạch đến cán bộ làm công tác dân vận các xã, thị trấn. Ban Dân vận Huyện ủy "
     "chủ trì, phối hợp với Trung tâm Chính trị huyện thực hiện, quý I/2025.", 2025,
     ("quý I/2025", D(2025, 3, 31), 1, False)),
    ("Sơ kết 05 năm phong trào thi đua “Dân vận khéo”; Quý III/2026.", 2026, ("Quý III/2026", D(2026, 9, 30), 3, False)),
    ("Kiểm tra việc thực hiện Quy chế dân chủ tại 05 xã - Quý IV", 2025, ("Quý IV", D(2025, 12, 31), 4, False)),
    ("Tập huấn cho báo cáo viên cấp xã – quý II năm 2024;", 2024, ("quý II năm 2024", D(2024, 6, 30), 2, False)),
    ("Rà soát danh sách đảng viên 30 năm tuổi Đảng, Quý III/2025. Ban Tổ chức Huyện ủy chủ trì.", 2025,
     ("Quý III/2025", D(2025, 9, 30), 3, False)),
    ("Kiểm tra công tác phòng cháy tại các chợ, Quý II và Quý III/2025.", 2025,
     ("Quý II và Quý III/2025", D(2025, 9, 30), None, False)),
    # negatives: the quarter is the work's subject, or the sentence goes on past it
    ("Tổng hợp, báo cáo kết quả công tác dân vận quý I/2025.", 2025, None),
    ("Báo cáo kết quả công tác quý I; cho ý kiến về công tác quản lý đất đai", 2025, None),
    ("Sơ kết công tác quý I/2026; xây dựng nhiệm vụ trọng tâm quý II/2026", 2026, None),
    ("Tổ chức hội nghị giao ban, quý III/2025 và các năm tiếp theo.", 2025, None),
    ("Đánh giá tăng trưởng, quý I/2025 tăng 5,2% so với cùng kỳ.", 2025, None),
])
def test_a_quarter_set_off_at_the_sentence_end_is_the_timing(text: str, default_year: int, expected: tuple | None) -> None:
    t = find_timing(text, default_year)
    if expected is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter, t.recurring) == expected
    assert text[t.start:t.end] == t.text


# A verb of doing set off by a separator, the quarter or month right after it, closing the sentence
# ("…, thực hiện Quý III/2025.") says when the work is done, as the separator alone does; a month
# set off so is read as a quarter is. A capital right after the quarter opens the next sentence,
# whose full stop a wrapped line lost when its lines were joined ("…, Quý III/2025 Ban Dân vận chủ trì").
@pytest.mark.parametrize("text, default_year, expected", [
    ("Tổ chức hội nghị sơ kết 6 tháng thực hiện Chỉ thị số 05-CT/TW, thực hiện Quý III/2025.", 2025,
     ("Quý III/2025", D(2025, 9, 30), 3)),
    ("Rà soát, cập nhật danh mục thủ tục hành chính lĩnh vực đất đai; triển khai quý IV năm 2025", 2025,
     ("quý IV năm 2025", D(2025, 12, 31), 4)),
    ("Kiểm tra công tác phòng, chống thiên tai tại các thôn – tổ chức vào tháng 9/2026.", 2026,
     ("tháng 9/2026", D(2026, 9, 30), None)),
    ("Tập huấn quy trình kỹ thuật chăm sóc cây cà phê cho nông dân, tiến hành Quý II.", 2025,
     ("Quý II", D(2025, 6, 30), 2)),
    ("Tổ chức Lễ ra quân “Tết trồng cây đời đời nhớ ơn Bác Hồ”, tháng 02/2026.", 2026,
     ("tháng 02/2026", D(2026, 2, 28), None)),
    ("Phát động đợt cao điểm vệ sinh môi trường, thực hiện tháng 9 và tháng 10/2025.", 2025,
     ("tháng 9 và tháng 10/2025", D(2025, 10, 31), None)),
    ("Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở, Quý III/2025 Phòng Văn hóa - Xã hội chủ trì, "
     "phối hợp Công an xã.", 2025, ("Quý III/2025", D(2025, 9, 30), 3)),
    ("Tuyên truyền Luật Đất đai năm 2024, thực hiện quý II/2025 Ủy ban MTTQ xã phối hợp.", 2025,
     ("quý II/2025", D(2025, 6, 30), 2)),
    # negatives: the verb runs into the words before it, the quarter is what the work covers, or the
    # sentence goes on past it in lower case
    ("Báo cáo kết quả thực hiện quý III/2025.", 2025, None),
    ("Tổ chức hội nghị sơ kết thực hiện Quý III/2025.", 2025, None),
    ("Tổ chức tập huấn nghiệp vụ, Quý III/2025 tại Hội trường UBND xã.", 2025, None),
    ("Sơ kết, đánh giá kết quả thực hiện tháng 9/2025; xây dựng nhiệm vụ tháng 10/2025.", 2025, None),
    ("Tổ chức hội nghị, thực hiện Nghị quyết số 12 Quý III/2025.", 2025, None),
    ("Tổ chức Hội nghị, thực hiện Kế hoạch tháng 9/2025.", 2025, None),
    ("Tổng hợp, báo cáo số liệu xuất khẩu tháng 6/2025 Sở Công Thương gửi.", 2025, None),
    ("Cập nhật giá đất, tổ chức ngày 15/9/2025 UBND xã họp.", 2025, None),
])
def test_a_verb_of_doing_set_off_before_a_closing_quarter_or_month(text: str, default_year: int,
                                                                   expected: tuple | None) -> None:
    t = find_timing(text, default_year)
    if expected is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter) == expected
    assert text[t.start:t.end] == t.text


# "the end of" a period between a trigger and the period changes nothing: the period ends on its last
# day ("hoàn thành cuối năm 2025", "vào cuối quý III/2025"); "trước cuối năm" is before the year's end,
# not before the year starts. Without a trigger a year's end names what the work is about.
@pytest.mark.parametrize("text, default_year, expected", [
    ("Tổ chức hội nghị tổng kết công tác bảo vệ thực vật vào cuối năm 2025.", 2025,
     ("vào cuối năm 2025", D(2025, 12, 31), None)),
    ("Bàn giao hồ sơ địa chính cho xã mới, hoàn thành cuối năm 2025.", 2025,
     ("hoàn thành cuối năm 2025", D(2025, 12, 31), None)),
    ("Kiểm tra việc sử dụng kinh phí hỗ trợ; xong trước cuối năm 2026.", 2026,
     ("xong trước cuối năm 2026", D(2026, 12, 31), None)),
    ("Sơ kết công tác dân vận vào cuối quý III/2025 tại Hội trường Đảng ủy xã.", 2025,
     ("vào cuối quý III/2025", D(2025, 9, 30), 3)),
    ("Hoàn thiện hồ sơ công nhận xã đạt chuẩn nông thôn mới đến cuối tháng 11/2025.", 2025,
     ("đến cuối tháng 11/2025", D(2025, 11, 30), None)),
    # negatives: no trigger, or a year's end that is what a report covers
    ("Báo cáo đánh giá kết quả cuối năm 2024 của các xã, phường.", 2025, None),
    ("Tổ chức hội nghị tổng kết cuối năm 2025 của Hội Nông dân.", 2025, None),
    ("Tổ chức tổng kết vào cuối năm học 2025 - 2026.", 2025, None),
])
def test_the_end_of_a_period_after_a_trigger_is_its_last_day(text: str, default_year: int,
                                                             expected: tuple | None) -> None:
    t = find_timing(text, default_year)
    if expected is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.quarter) == expected
    assert text[t.start:t.end] == t.text


# Timing that earlier rules left unread: a year's end with no year (the plan's year gives it), a
# half year that is the task's own time, a school year (ends 31 May), and a recurring timing whose
# closing roles sentence names the units to coordinate.
@pytest.mark.parametrize("text, default_year, expected", [
    # a yearless year's end after a trigger: the plan's year
    ("Tổ chức tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” vào cuối năm.", 2025,
     ("vào cuối năm", D(2025, 12, 31), False)),
    ("Bàn giao hồ sơ lưu trữ của các ấp, hoàn thành trước cuối năm", 2026,
     ("hoàn thành trước cuối năm", D(2026, 12, 31), False)),
    ("Chỉnh trang các tuyến đường thôn Đông đến hết cuối năm.", 2025, ("đến hết cuối năm", D(2025, 12, 31), False)),
    # … not a season, a stretch, a school year, nor without the plan's year
    ("Kiểm soát thị trường dịp cuối năm và Tết Nguyên đán.", 2025, None),
    ("Sơ kết công tác 6 tháng đầu năm, phương hướng 6 tháng cuối năm.", 2025, None),
    ("Tổ chức tổng kết vào cuối năm học.", 2025, None),
    ("Tổ chức tổng kết phong trào vào cuối năm.", None, None),
    # a half year that closes the task's clause, with no report or programme it would be the period of
    ("Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều trong 6 tháng cuối năm 2025.", 2025,
     ("trong 6 tháng cuối năm 2025", D(2025, 12, 31), False)),
    ("Mở 03 lớp tập huấn kỹ thuật trồng lúa cho nông dân trong 6 tháng đầu năm 2026; Hội Nông dân chủ trì.", 2026,
     ("trong 6 tháng đầu năm 2026", D(2026, 6, 30), False)),
    ("Sửa chữa nhà văn hóa ấp Bình Tả trong nửa cuối năm 2025.", 2025,
     ("trong nửa cuối năm 2025", D(2025, 12, 31), False)),
    # … not the period a report, review or programme covers, nor a half year mid-clause
    ("Tổng hợp, báo cáo kết quả trong 6 tháng đầu năm 2026.", 2026, None),
    ("Đánh giá việc thực hiện chỉ tiêu trong 6 tháng cuối năm 2025.", 2025, None),
    ("Xây dựng phương hướng nhiệm vụ trong 6 tháng cuối năm 2025.", 2025, None),
    ("Tuyên truyền trong 6 tháng đầu năm 2026 trên hệ thống loa truyền thanh.", 2026, None),
    # a school year the task runs through ends on 31 May of its second year
    ("Triển khai nhiệm vụ giáo dục mầm non, tiểu học trong năm học 2025 - 2026.", 2025,
     ("trong năm học 2025 - 2026", D(2026, 5, 31), False)),
    ("Duy trì sĩ số học sinh suốt năm học 2026–2027; Ban Giám hiệu chủ trì.", 2026,
     ("suốt năm học 2026–2027", D(2027, 5, 31), False)),
    ("Hoàn thành trong năm học 2024-2025 việc sửa chữa phòng học", 2024,
     ("Hoàn thành trong năm học 2024-2025", D(2025, 5, 31), False)),
    # … not whose school year it is, what a report covers, nor a span that is no school year
    ("Kiểm tra bếp ăn bán trú các trường học trên địa bàn năm học 2025 - 2026.", 2025, None),
    ("Tổng hợp kết quả thi đua đạt được trong năm học 2024 - 2025.", 2025, None),
    ("Thực hiện chương trình trong năm học 2025 - 2027.", 2025, None),
    # a recurring timing before a roles sentence that names who coordinates
    ("Tổ chức sinh hoạt câu lạc bộ văn nghệ, tổ chức định kỳ hằng tháng. Phòng Văn hóa - Xã hội chủ trì, "
     "phối hợp với Ban Nhân dân các ấp thực hiện.", 2025, ("tổ chức định kỳ hằng tháng", None, True)),
    ("Ra quân dọn vệ sinh kênh mương, tổ chức hằng tuần. Đoàn Thanh niên chủ trì, phối hợp Hội Liên hiệp "
     "Phụ nữ xã triển khai.", 2025, ("tổ chức hằng tuần", None, True)),
    # … not when the sentence before it has no recurring timing
    ("Tổ chức sinh hoạt câu lạc bộ văn nghệ. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban Nhân dân "
     "các ấp thực hiện.", 2025, None),
])
def test_yearless_end_half_year_school_year(text: str, default_year: int | None, expected: tuple | None) -> None:
    t = find_timing(text, default_year)
    if expected is None:
        assert t is None
        return
    assert t is not None
    assert (t.text, t.deadline, t.recurring) == expected
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text, timing", [
    # the sentence after the timing names who does it, the partners after "phối hợp với" and no verb
    ("Tổ chức Tổng vệ sinh môi trường, tổ chức định kỳ hằng tháng. Phòng Văn hóa - Xã hội chủ trì, phối hợp với "
     "Ủy ban MTTQ Việt Nam phường.", "tổ chức định kỳ hằng tháng"),
    ("Kiểm tra vệ sinh an toàn thực phẩm, thực hiện thường xuyên. Trạm Y tế chủ trì, phối hợp Công an xã.",
     "thực hiện thường xuyên"),
    # negative: no recurring phrase before the role sentence
    ("Tổ chức Tổng vệ sinh môi trường. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam phường.",
     None),
])
def test_a_recurring_timing_before_a_role_sentence_with_partners(text, timing):
    from extractors.dates import find_timing
    got = find_timing(text, 2025)
    assert (got.text if got else None) == timing and (got is None or got.deadline is None)


# A school's timing cell that is only its school year or one of its terms. A school year ends on 31 May
# of its second year (as "trong năm học …" in running text does), its first term in January; a term
# without its year is the one of the school year the plan runs over (school_year_span).
SCHOOL_2025 = (D(2025, 8, 1), D(2026, 5, 31))


@pytest.mark.parametrize("cell, span, want", [
    ("Năm học 2025 - 2026", None, D(2026, 5, 31)),
    ("Năm học 2025-2026", None, D(2026, 5, 31)),
    ("NH 2025-2026", None, D(2026, 5, 31)),
    ("Trong năm học 2025-2026.", None, D(2026, 5, 31)),
    ("Học kỳ I năm học 2025 - 2026", None, D(2026, 1, 31)),
    ("HK II năm học 2025-2026", None, D(2026, 5, 31)),
    ("Học kì 2 (năm học 2024–2025)", None, D(2025, 5, 31)),
    ("Học kỳ I", SCHOOL_2025, D(2026, 1, 31)),
    ("HKII", SCHOOL_2025, D(2026, 5, 31)),
    ("Trong học kỳ 1", SCHOOL_2025, D(2026, 1, 31)),
    ("Cuối học kỳ I", SCHOOL_2025, D(2026, 1, 31)),
    ("Học kỳ I, II", SCHOOL_2025, D(2026, 5, 31)),
    ("HK I và HK II", SCHOOL_2025, D(2026, 5, 31)),
    ("Cuối năm học", SCHOOL_2025, D(2026, 5, 31)),
    ("Đến hết năm học 2024 - 2025", None, D(2025, 5, 31)),
    # a term whose school year nothing names, a span of years that is no school year
    ("Học kỳ I", None, None),
    ("Học kỳ II", (D(2026, 1, 1), D(2026, 12, 31)), None),
    ("Năm học 2025 - 2027", None, None),
    ("Cuối năm học", None, None),
    ("Năm học", SCHOOL_2025, None),
    # a school year inside a longer cell names whose plan it is, or what it adds to
    ("Theo kế hoạch năm học 2025 - 2026 của Sở", None, None),
    ("Năm học 2025 - 2026 và các năm tiếp theo", None, None),
    ("Sơ kết học kỳ I", SCHOOL_2025, None),
    ("Kiểm tra cuối học kỳ II", SCHOOL_2025, None),
])
def test_a_cell_of_a_school_year_or_term_is_due_at_its_end(cell, span, want):
    t = parse_timing(cell, 2025, span)
    assert (t.deadline, t.recurring) == (want, False)
    assert t.text == cell


@pytest.mark.parametrize("cell", ["Cả năm học", "Suốt năm học", "Thường xuyên trong năm học 2025-2026",
                                  "Thường xuyên, cả năm học 2025 - 2026"])
def test_all_the_school_year_round_stays_recurring(cell):
    t = parse_timing(cell, 2025, SCHOOL_2025)
    assert (t.deadline, t.recurring) == (None, True)


@pytest.mark.parametrize("text, span, want", [
    ("Tổ chức hội thi vẽ tranh về an toàn giao thông, hoàn thành trong học kỳ I năm học 2025 - 2026.", None,
     ("hoàn thành trong học kỳ I năm học 2025 - 2026", D(2026, 1, 31))),
    ("Bồi dưỡng học sinh năng khiếu trong học kỳ II, năm học 2025-2026; Phó Hiệu trưởng chủ trì.", None,
     ("trong học kỳ II, năm học 2025-2026", D(2026, 5, 31))),
    # a term without its year: the school year the plan runs over, none without one
    ("Tổ chức thao giảng, dự giờ chuyên đề đổi mới phương pháp dạy học trong học kỳ I.", SCHOOL_2025,
     ("trong học kỳ I", D(2026, 1, 31))),
    ("Tổ chức thao giảng, dự giờ chuyên đề đổi mới phương pháp dạy học trong học kỳ I.", None, None),
    ("Đánh giá kết quả học tập của học sinh trong học kỳ II.", SCHOOL_2025, None),
    # "Đa" (many) folds like "đã" (already): the original text tells them apart
    ("Đa dạng hóa hình thức tuyên truyền trong năm học 2025 - 2026.", SCHOOL_2025,
     ("trong năm học 2025 - 2026", D(2026, 5, 31))),
    # the school year behind the plan: what was achieved in it, or one over before the plan's span
    ("Phát huy những thành tích đã đạt được trong năm học 2024 - 2025.", None, None),
    ("Nhà trường đã tổ chức tốt các hoạt động ngoại khóa trong năm học 2024-2025.", None, None),
    ("Tiếp tục triển khai mô hình trường học an toàn như trong năm học 2024 - 2025.", SCHOOL_2025, None),
    # a school year in the name of a document or a plan is whose it is, not when
    ("Triển khai Kế hoạch số 45/KH-UBND ngày 10/9/2025 về nhiệm vụ năm học 2025 - 2026.", SCHOOL_2025, None),
    ("Tổng kết công tác an toàn giao thông năm học 2025 - 2026.", SCHOOL_2025, None),
])
def test_a_school_year_or_term_in_running_text(text, span, want):
    t = find_timing(text, 2025, span=span)
    assert (None if t is None else (t.text, t.deadline)) == want


@pytest.mark.parametrize("title, issued, want", [
    ("Công tác giáo dục an toàn giao thông năm học 2025 - 2026", D(2025, 9, 22), SCHOOL_2025),
    ("Kế hoạch dạy học học kỳ II năm học 2024-2025", D(2025, 1, 6), (D(2024, 8, 1), D(2025, 5, 31))),
    ("Kế hoạch giáo dục nhà trường NĂM HỌC 2026 – 2027", None, (D(2026, 8, 1), D(2027, 5, 31))),
    # made before the school year began (admissions): its months are its own year's
    ("Tuyển sinh vào lớp 1, lớp 6 năm học 2025 - 2026", D(2025, 4, 10), None),
    # no school year, or a span of years that is none
    ("Công tác giáo dục năm 2025", D(2025, 1, 10), None),
    ("Phát triển giáo dục mầm non giai đoạn 2025 - 2030", D(2025, 3, 1), None),
    ("Thực hiện nhiệm vụ năm học 2025 - 2027", D(2025, 9, 1), None),
])
def test_the_school_year_a_title_names_is_the_plans_span(title, issued, want):
    assert school_year_span(title, issued) == want


def test_yearless_months_and_terms_of_a_school_year_plan_fall_in_its_two_years():
    when = PlanTime(2025, 2026, school_year_span("Kế hoạch hoạt động ngoại khóa năm học 2025 - 2026", D(2025, 9, 5)),
                    new_year=False)
    assert when.cell("Tháng 10").deadline == D(2025, 10, 31)
    assert when.cell("Tháng 3").deadline == D(2026, 3, 31)
    assert when.cell("Tháng 12 - tháng 01").deadline == D(2026, 1, 31)
    assert when.cell("Học kỳ II").deadline == D(2026, 5, 31)
    # a calendar year's plan has no school year to put a yearless term in
    assert PlanTime(2025, new_year=False).cell("Học kỳ II").deadline is None


# "Cả năm 2025" is that year, due at its end; so "Cả năm học 2024 - 2025", "Suốt năm học …" with its
# years printed are that school year, due when it ends (31 May), as "Trong năm học …" is. Without
# its years it is all year round (recurring); a span that is no school year gives no date.
@pytest.mark.parametrize("cell, want", [
    ("Cả năm học 2024 - 2025", D(2025, 5, 31)),
    ("Suốt năm học 2025 – 2026", D(2026, 5, 31)),
    ("Cả năm học (2025-2026)", D(2026, 5, 31)),
    ("cả năm học 2023-2024.", D(2024, 5, 31)),
    ("Cả năm 2026", D(2026, 12, 31)),
    ("Cả năm học 2025 - 2027", None),
])
def test_all_of_a_printed_school_year_is_due_when_it_ends(cell, want):
    t = parse_timing(cell, 2025)
    assert (t.deadline, t.recurring) == (want, False)


def test_all_of_a_school_year_in_running_text():
    t = find_timing("Nhân viên y tế trường học theo dõi sức khỏe học sinh suốt năm học 2025 - 2026.", 2025)
    assert (t.text, t.deadline) == ("suốt năm học 2025 - 2026", D(2026, 5, 31))
    yearless = find_timing("Duy trì tổng vệ sinh trường lớp thường xuyên trong cả năm học.", 2025)
    assert yearless is None or yearless.deadline is None


# The start or middle of a school year or term, a season, a festival's days and a condition name no
# last day: a careful reader leaves the deadline empty, while the end of a term ("Cuối học kỳ I")
# and a week of a month do name one.
@pytest.mark.parametrize("cell", [
    "Đầu năm học", "Giữa học kỳ I", "Đầu năm học 2025 - 2026", "Giữa học kỳ II năm học 2025 - 2026",
    "Dịp Tết Nguyên đán Bính Ngọ 2026", "Trong dịp Tết Nguyên đán", "Trước mùa mưa bão",
    "Sau khi có hướng dẫn của cấp trên", "Sau khi có văn bản hướng dẫn của Sở Y tế", "Khi có dịch xảy ra",
])
def test_a_part_of_a_period_or_a_condition_sets_no_deadline(cell):
    t = parse_timing(cell, 2026, SCHOOL_2025)
    assert (t.text, t.deadline, t.quarter) == (cell, None, None)


@pytest.mark.parametrize("text", [
    "Khám sức khỏe cho học sinh vào đầu năm học 2025 - 2026.",
    "Kiểm tra công tác vệ sinh trường học giữa học kỳ I.",
    "Phun hóa chất diệt muỗi tại các thôn trước mùa mưa bão.",
])
def test_a_part_of_a_period_in_running_text_sets_no_deadline(text):
    assert find_timing(text, 2025) is None


@pytest.mark.parametrize("cell, year, want", [
    ("Cuối học kỳ I", 2025, D(2026, 1, 31)),
    ("Tuần đầu tháng 3", 2026, D(2026, 3, 7)),
    ("Tuần cuối tháng 02", 2026, D(2026, 2, 28)),
    ("Tuần thứ 2 tháng 4", 2026, D(2026, 4, 14)),
    # a season dated in brackets is due with the month that dates it, as "Trước Tết (ngày 29/01)" is
    ("Trước mùa mưa bão (tháng 5/2026)", 2026, D(2026, 5, 31)),
    ("Trước mùa mưa lũ (tháng 8/2025)", 2025, D(2025, 8, 31)),
    ("Trước tháng 5/2026", 2026, D(2026, 4, 30)),       # before a month itself: before it starts
    ("Trong 2 tuần đầu", 2026, None),
])
def test_the_end_of_a_term_a_week_or_a_dated_season(cell, year, want):
    assert parse_timing(cell, year, SCHOOL_2025 if "học" in cell else None).deadline == want


# A quarter is named ("Quý IV/2024") or the plan groups the task under one; three months that make one
# are months, printed ("Tháng 10 - 12/2024") or marked in a grid (test_tables).
@pytest.mark.parametrize("cell, quarter", [
    ("Tháng 10 - 12/2024", None), ("Từ tháng 7 đến tháng 9/2025", None), ("Tháng 1 - 3", None),
    ("Quý IV/2024", 4), ("Trong quý III năm 2025", 3),
])
def test_months_that_make_a_quarter_name_none(cell, quarter):
    assert parse_timing(cell, 2025).quarter == quarter


# A day of Tết counted from its first ("mùng 3 Tết", "Mồng 2 Tết Nguyên đán") is one day of the Giêng
# that Tết opens, in a table cell or closing running text; which Tết is the one a bare Tết is (the
# plan's own for a Tết plan, else the one closing its year, or the one still ahead on its issue date).
@pytest.mark.parametrize("cell, pt, want", [
    ("Mùng 3 Tết", PlanTime(2026), D(2026, 2, 19)),
    ("Mồng 2 Tết Nguyên đán", PlanTime(2026), D(2026, 2, 18)),
    ("Từ mùng 1 đến mùng 5 Tết", PlanTime(2026), D(2026, 2, 21)),
    ("Mùng 1 - 3 Tết Bính Ngọ", PlanTime(2025, new_year=False), D(2026, 2, 19)),
    ("Ngày mùng 4 Tết Ất Tỵ", PlanTime(2026), D(2025, 2, 1)),
    ("Mùng 2, mùng 3 Tết cổ truyền", PlanTime(2027), D(2027, 2, 8)),
    ("Mồng một Tết", PlanTime(2026), D(2026, 2, 17)),
    ("Hoàn thành trước mùng 10 Tết", PlanTime(2026), D(2026, 2, 26)),   # a day: due on it, as "trước Tết"
    # a plan of 2025 issued before that year's Tết looks to it; one issued after, to the next
    ("Mùng 3 Tết", PlanTime(2025, new_year=False, after=D(2025, 1, 10)), D(2025, 1, 31)),
    ("Mùng 3 Tết", PlanTime(2025, new_year=False, after=D(2025, 6, 10)), D(2026, 2, 19)),
    # (not days of Tết: a season, the Gregorian new year, a Tết another word names)
    ("Trong dịp Tết Nguyên đán", PlanTime(2026), None),
    ("Mùng 1 Tết Dương lịch", PlanTime(2026), None),
    ("Sau Tết", PlanTime(2026), None),
])
def test_a_day_of_tet_is_that_day_of_the_plans_tet(cell, pt, want):
    assert pt.cell(cell).deadline == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức Hội xuân, trò chơi dân gian tại sân vận động xã vào mùng 3 Tết.", "vào mùng 3 Tết", D(2026, 2, 19)),
    ("Phân công lãnh đạo trực cơ quan từ mùng 1 đến mùng 5 Tết Nguyên đán.",
     "từ mùng 1 đến mùng 5 Tết Nguyên đán", D(2026, 2, 21)),
    ("Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ nhân dịp mùng 4 Tết Bính Ngọ",
     "nhân dịp mùng 4 Tết Bính Ngọ", D(2026, 2, 20)),
])
def test_a_day_of_tet_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, want, False)


# "sau Tết" (after, or "trước, trong và sau" around it) only places the work in time: in running text it
# is the timing as printed, with no deadline, as the cell "Sau Tết" is; running on to another day or month
# it is due when that one ends, in a cell or in running text.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức ra quân đầu xuân, vận động người dân tham gia bảo hiểm xã hội tự nguyện sau Tết Nguyên đán.",
     "sau Tết Nguyên đán", None),
    ("Đánh giá kết quả đợt cao điểm, rút kinh nghiệm ngay sau Tết.", "ngay sau Tết", None),
    ("Bảo đảm an ninh, trật tự trên địa bàn trước, trong và sau Tết Nguyên đán Bính Ngọ.",
     "trước, trong và sau Tết Nguyên đán Bính Ngọ", None),
    ("Tổ chức Tết trồng cây tại các thôn sau Tết Nguyên đán Bính Ngọ năm 2026",
     "sau Tết Nguyên đán Bính Ngọ năm 2026", None),
    ("Rà soát, thu hồi nợ quá hạn sau Tết Nguyên đán đến hết tháng 3/2026.",
     "sau Tết Nguyên đán đến hết tháng 3/2026", D(2026, 3, 31)),
    # a deadline elsewhere in the text is still the task's
    ("Ra quân ngay sau Tết Nguyên đán, hoàn thành trước ngày 31/3/2026.",
     "hoàn thành trước ngày 31/3/2026", D(2026, 3, 31)),
    # from Tết on to another day: that day is due, as in a cell
    ("Trực phòng cháy, chữa cháy tại các chợ từ Tết Nguyên đán đến hết tháng 02/2026.",
     "từ Tết Nguyên đán đến hết tháng 02/2026", D(2026, 2, 28)),
    ("Tổ chức các hoạt động vui Xuân tại Nhà văn hóa từ Tết Nguyên đán đến Rằm tháng Giêng.",
     "từ Tết Nguyên đán đến Rằm tháng Giêng", D(2026, 3, 3)),
])
def test_after_tet_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, want, False)


@pytest.mark.parametrize("cell, want", [
    ("Sau Tết Nguyên đán đến hết tháng 3/2026", D(2026, 3, 31)),
    ("Từ sau Tết đến ngày 30/4/2026", D(2026, 4, 30)),
    ("Sau Tết Nguyên đán", None),
    ("Ngay sau Tết Bính Ngọ", None),
    ("Trong tháng 02 (sau Tết)", D(2026, 2, 28)),
])
def test_after_tet_in_a_cell(cell, want):
    t = PlanTime(2026).cell(cell)
    assert (t.text, t.deadline, t.recurring) == (cell, want, False)


@pytest.mark.parametrize("text", [
    "Kiểm tra an toàn thực phẩm trong dịp Tết Nguyên đán Bính Ngọ năm 2026.",
    "Tuyên truyền về ổn định giá cả thị trường sau khi có hướng dẫn.",
    "Tổ chức Tết Trung thu cho thiếu nhi sau ngày khai giảng",
])
def test_no_after_tet_without_sau_tet(text):
    assert PlanTime(2026).find(text) is None


@pytest.mark.parametrize("text", [
    "Tuyên truyền phong tục chúc Tết mùng 1 Tết cho thiếu nhi trên hệ thống truyền thanh xã",
    "Kiểm tra an toàn thực phẩm trong dịp Tết Nguyên đán Bính Ngọ năm 2026.",
])
def test_a_day_of_tet_that_is_content_sets_no_deadline(text):
    assert PlanTime(2026).find(text) is None


# A festival day printed "trong dịp", "vào dịp", "nhân dịp" closing the task (or before where it is
# held) is its timing, as the cell "Dịp Rằm tháng Giêng" is; the day as the work's subject is not.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức Hội thi gói bánh chưng, thi đấu cờ tướng trong dịp Rằm tháng Giêng năm 2026.",
     "trong dịp Rằm tháng Giêng năm 2026", D(2026, 3, 3)),
    ("Tổ chức Ngày thơ Việt Nam vào dịp Rằm tháng Giêng tại Nhà văn hóa thôn Đông.",
     "vào dịp Rằm tháng Giêng", D(2026, 3, 3)),
    ("Tổ chức lễ dâng hương tại Đền liệt sĩ xã nhân dịp Rằm tháng Bảy (âm lịch)",
     "nhân dịp Rằm tháng Bảy (âm lịch)", D(2026, 8, 27)),
])
def test_a_festival_day_closing_running_text(text, phrase, want):
    t = PlanTime(2026, new_year=False).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Tuyên truyền ý nghĩa Rằm tháng Giêng năm 2026 trên hệ thống loa truyền thanh",
    "Tổ chức hội thi trong dịp Rằm tháng Giêng năm 2026 cho đoàn viên, thanh niên các thôn",
    "Biên soạn tài liệu tuyên truyền về dịp Rằm tháng Giêng năm 2026.",
])
def test_a_festival_day_that_is_content_sets_no_deadline(text):
    assert PlanTime(2026, new_year=False).find(text) is None


# A day of a month counted from the period reported on recurs with it, as "trước ngày 15 hằng tháng"
# does; with its quarter named it is one deadline.
@pytest.mark.parametrize("cell", [
    "Trước ngày 05 của tháng đầu quý sau", "Trước ngày 25 tháng cuối quý", "định kỳ trước ngày 20 hằng tháng",
    "Trước ngày 20 của tháng cuối mỗi quý", "Trước ngày 05 tháng sau", "Chậm nhất ngày 20 mỗi tháng",
    "Trước ngày 10 của tháng tiếp theo",
])
def test_a_day_of_the_period_reported_on_recurs(cell):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (None, True)


@pytest.mark.parametrize("text, phrase", [
    ("Các phòng, đơn vị tổng hợp, báo cáo kết quả về UBND xã trước ngày 05 của tháng đầu quý sau.",
     "trước ngày 05 của tháng đầu quý sau"),
    ("Phòng Kinh tế báo cáo Sở Công Thương (qua Phòng Quản lý thương mại) trước ngày 25 tháng cuối quý.",
     "trước ngày 25 tháng cuối quý"),
    ("Các trường gửi báo cáo tháng về Phòng Giáo dục và Đào tạo trước ngày 05 của tháng tiếp theo.",
     "trước ngày 05 của tháng tiếp theo"),
])
def test_a_day_of_the_period_reported_on_in_running_text(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)


# The recurring word printed before the trigger ("định kỳ trước ngày 20 hằng tháng") is part of the timing
# as printed, as it is in a cell; one that opens the text is the sentence's, and a dated deadline after
# "định kỳ" is not recurring.
@pytest.mark.parametrize("text, phrase", [
    ("Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Y tế định kỳ trước ngày 20 hằng tháng.",
     "định kỳ trước ngày 20 hằng tháng"),
    ("Gửi báo cáo tiến độ về Bảo hiểm xã hội huyện thường xuyên, chậm nhất ngày 25 hằng tháng.",
     "thường xuyên, chậm nhất ngày 25 hằng tháng"),
    ("Các tổ dân phố báo cáo phường, thực hiện định kỳ trước ngày 05 tháng sau.",
     "thực hiện định kỳ trước ngày 05 tháng sau"),
    ("Báo cáo kết quả trước ngày 20 hằng tháng.", "trước ngày 20 hằng tháng"),
    ("Định kỳ trước ngày 20 hằng tháng, các đơn vị gửi báo cáo về Phòng Nội vụ.", "trước ngày 20 hằng tháng"),
])
def test_a_recurring_word_before_a_recurring_day(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)


# A day printed after its cadence and a trigger ("hằng tháng, chậm nhất ngày 25") is that day of each
# month or quarter, as "trước ngày 25 hằng tháng" is: recurring, the cadence part of the timing; a day
# with its month, or a cadence of years (a day of no month), is not read so.
@pytest.mark.parametrize("text, phrase", [
    ("Các đại lý thu nộp tiền thu được vào tài khoản chuyên thu hằng tháng, chậm nhất ngày 25.",
     "hằng tháng, chậm nhất ngày 25"),
    ("Các trường gửi báo cáo về Phòng Giáo dục và Đào tạo hằng quý, trước ngày 20.", "hằng quý, trước ngày 20"),
    ("Trạm Y tế tổng hợp số liệu tiêm chủng, báo cáo Trung tâm Y tế hàng tháng không quá ngày 05.",
     "hàng tháng không quá ngày 05"),
])
def test_a_day_after_its_cadence_recurs(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)


@pytest.mark.parametrize("text, want", [
    ("Báo cáo tổng kết hằng tháng, chậm nhất ngày 25/12/2026.", D(2026, 12, 25)),
    ("Báo cáo hằng năm trước ngày 15.", None),
    ("Họp giao ban hằng tháng; riêng tháng 12 chậm nhất ngày 20 tháng 12 năm 2026.", D(2026, 12, 20)),
])
def test_a_dated_day_after_a_cadence_does_not_recur(text, want):
    t = PlanTime(2026).find(text)
    assert (t.deadline if t else None) == want and (t is None or not t.recurring)


@pytest.mark.parametrize("cell", ["Hằng tháng, chậm nhất ngày 25", "Hằng quý, trước ngày 20", "Mỗi tháng, trước ngày 05"])
def test_a_cell_with_a_day_after_its_cadence(cell):
    t = PlanTime(2026).cell(cell)
    assert (t.text, t.deadline, t.recurring) == (cell, None, True)


def test_a_recurring_word_before_a_dated_deadline_is_the_reports():
    t = PlanTime(2026).find("Báo cáo định kỳ 6 tháng gửi UBND huyện trước ngày 15/6/2026.")
    assert (t.text, t.deadline, t.recurring) == ("trước ngày 15/6/2026", D(2026, 6, 15), False)


def test_a_day_of_a_named_quarter_in_running_text():
    t = PlanTime(2026).find("Các xã báo cáo Sở Nội vụ trước ngày 20 tháng cuối quý IV/2026.")
    assert (t.text, t.deadline, t.recurring) == ("trước ngày 20 tháng cuối quý IV/2026", D(2026, 12, 20), False)


@pytest.mark.parametrize("cell, want", [
    ("Trước ngày 25 tháng cuối quý III/2026", D(2026, 9, 25)),
    ("Ngày 05 tháng đầu quý IV", D(2026, 10, 5)),
    ("Trước ngày 15 của tháng giữa quý 2 năm 2026", D(2026, 5, 15)),
    ("Trước ngày 15/12/2026", D(2026, 12, 15)),
    ("Ngày 15 tháng 3", D(2026, 3, 15)),
])
def test_a_day_of_a_named_quarter_or_month_does_not_recur(cell, want):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, False)


# The summer of a year is the holiday between two school years, June to August ("Từ tháng 6 đến tháng
# 8/2025" in a summer schedule): "Hè 2026" is due on 31 August, "trước kỳ nghỉ hè" before it opens (31 May,
# the school year's end). A summer without its year, and the "hè" of a pavement, give none.
@pytest.mark.parametrize("cell, want", [
    ("Hè 2026", D(2026, 8, 31)),
    ("Trong dịp hè 2026", D(2026, 8, 31)),
    ("Kỳ nghỉ hè năm 2026", D(2026, 8, 31)),
    ("HÈ NĂM 2025", D(2025, 8, 31)),
    ("Trước kỳ nghỉ hè năm 2026", D(2026, 5, 31)),
    ("Trong dịp hè", None),
    ("Hè", None),
    ("Lập lại trật tự lòng đường, vỉa hè năm 2025", D(2025, 12, 31)),   # (the year, as before)
])
def test_a_summer_ends_on_the_last_of_august(cell, want):
    assert PlanTime(2026, span=SCHOOL_2025).cell(cell).deadline == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức lớp dạy bơi, kỹ năng an toàn dưới nước cho trẻ em trong dịp hè năm 2026.",
     "trong dịp hè năm 2026", D(2026, 8, 31)),
    ("Mở cửa thư viện phục vụ học sinh đọc sách, hoàn thành trong hè 2026", "hoàn thành trong hè 2026",
     D(2026, 8, 31)),
    ("Ký cam kết với cha mẹ học sinh, xong trước kỳ nghỉ hè năm 2026.", "xong trước kỳ nghỉ hè năm 2026",
     D(2026, 5, 31)),
])
def test_a_summer_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Triển khai các hoạt động hè năm 2026 cho thiếu nhi trên địa bàn xã",
    "Vận động cha mẹ học sinh quản lý con em trong dịp hè.",
    "Chỉnh trang, lập lại trật tự lòng đường, vỉa hè năm 2026 trên các tuyến phố chính",
])
def test_a_summer_that_is_content_sets_no_deadline(text):
    assert PlanTime(2026).find(text) is None


# A stretch a cell names as the work's peak or priority, after the time itself, sets no deadline of its
# own: the task runs to the end of the time ("Trong năm 2026, ưu tiên Quý I" is due on 31/12/2026, in no
# single quarter). Alone, or first, the stretch is the time.
@pytest.mark.parametrize("cell, want, quarter", [
    ("Trong năm 2026, ưu tiên Quý I", D(2026, 12, 31), None),
    ("Năm 2026 (cao điểm tháng 12)", D(2026, 12, 31), None),
    ("Cả năm 2026, tập trung trong quý II", D(2026, 12, 31), None),
    ("Quý II/2026, trọng tâm tháng 5", D(2026, 6, 30), 2),
    ("Trong quý I/2026 (ưu tiên hoàn thành trước Tết Nguyên đán)", D(2026, 3, 31), 1),
    ("Trước 31/12/2026, nhất là dịp Tết Nguyên đán", D(2026, 12, 31), None),
    # negatives: the stretch alone, or a deadline before a priority that names no time
    ("Ưu tiên Quý I/2026", D(2026, 3, 31), 1),
    ("Tập trung cao điểm tháng 12/2026", D(2026, 12, 31), None),
    ("Trước ngày 15/3/2026; ưu tiên các xã vùng cao", D(2026, 3, 15), None),
    ("Trong năm 2026, hoàn thành trước ngày 30/6/2026", D(2026, 6, 30), None),
])
def test_a_priority_inside_the_time_is_no_deadline(cell, want, quarter):
    t = PlanTime(2026, new_year=False, after=D(2026, 1, 5)).cell(cell)
    assert (t.deadline, t.quarter, t.recurring) == (want, quarter, False)


# "liên tục" (without a break) is one run, not a recurrence: with a printed end it is due then, as "suốt
# năm 2026" is; alone, or beside a recurring word, it keeps no deadline.
@pytest.mark.parametrize("cell, want, recurring", [
    ("Liên tục từ tháng 01 - 12/2026", D(2026, 12, 31), False),
    ("Liên tục trong năm 2026", D(2026, 12, 31), False),
    ("Liên tục, từ ngày 01/3 đến ngày 30/6/2026", D(2026, 6, 30), False),
    ("Liên tục đến hết Quý III/2026", D(2026, 9, 30), False),
    ("Liên tục", None, True),
    ("Liên tục từ tháng 3/2026", None, False),     # only its start: no last day
    ("Thường xuyên, liên tục trong năm 2026", None, True),
    ("Liên tục, hằng tháng trong năm 2026", None, True),
])
def test_a_continuous_run_with_an_end_is_due_then(cell, want, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, recurring)


# A half year listed with the whole year names two report points, the last the year's end; "cả năm"
# alone is all year round, and a cadence in numbers ("6 tháng, năm") recurs.
@pytest.mark.parametrize("cell, want, recurring", [
    ("06 tháng đầu năm và cả năm", D(2026, 12, 31), False),
    ("6 tháng đầu năm 2025, cả năm", D(2025, 12, 31), False),
    ("Sơ kết 6 tháng đầu năm và tổng kết năm", D(2026, 12, 31), False),
    ("Báo cáo 06 tháng cuối năm và cả năm", D(2026, 12, 31), False),
    ("06 tháng đầu năm", D(2026, 6, 30), False),
    ("Cả năm", None, True),
    ("Định kỳ 6 tháng, năm", None, True),
    ("6 tháng và cả năm", None, True),
    ("6 tháng đầu năm, cả năm học", None, True),
])
def test_a_half_and_the_whole_year_end_with_the_year(cell, want, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, recurring)


# A day each month printed after "vào" (on), before or after its cadence, in running text: the timing,
# recurring, with no deadline; the cadence and "vào" are printed with it.
@pytest.mark.parametrize("text, phrase", [
    ("Tổng hợp báo cáo kết quả gửi UBND xã hằng tháng vào ngày 03.", "hằng tháng vào ngày 03"),
    ("Họp giao ban hằng tháng vào ngày 03, báo cáo Đảng ủy xã", "hằng tháng vào ngày 03"),
    ("Sinh hoạt chi bộ định kỳ vào ngày 03 hằng tháng", "định kỳ vào ngày 03 hằng tháng"),
    ("Các tổ dân phố báo cáo Ban Chỉ đạo phường vào ngày 25 hàng tháng để tổng hợp.",
     "vào ngày 25 hàng tháng"),
    ("Kiểm tra sổ sách, chứng từ mỗi quý vào ngày 15", "mỗi quý vào ngày 15"),
])
def test_a_day_each_month_after_vao_in_running_text(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)


@pytest.mark.parametrize("text, want", [
    # a day of a named month is one day, not a recurrence, and "vào" before a dated day closing the text
    ("Tổ chức Lễ mít tinh vào ngày 03/02/2026.", D(2026, 2, 3)),
    ("Các đơn vị gửi báo cáo vào ngày 15 tháng 3 năm 2026 tại Văn phòng UBND xã.", D(2026, 3, 15)),
])
def test_a_dated_day_after_vao_does_not_recur(text, want):
    t = PlanTime(2026).find(text)
    assert (t.deadline, t.recurring) == (want, False)


# "từ Tết Dương lịch đến Tết Nguyên đán": a run from one new year's day to the other, due on the lunar
# one (the next Tết from the day of issue, as a yearless Tết is); listed with a dash or "và" the two Tết
# are a season, when, not by when.
@pytest.mark.parametrize("cell, issued, want", [
    ("Từ Tết Dương lịch đến Tết Nguyên đán", D(2025, 12, 20), D(2026, 2, 17)),
    ("Từ Tết Dương lịch đến hết Tết Nguyên đán Bính Ngọ", D(2025, 12, 20), D(2026, 2, 17)),
    ("Từ Tết Dương lịch tới Tết cổ truyền", D(2026, 1, 5), D(2026, 2, 17)),
    ("Từ Tết Dương lịch đến Tết Nguyên đán", D(2026, 3, 2), D(2027, 2, 6)),
    ("Dịp Tết Dương lịch - Tết Nguyên đán", D(2025, 12, 20), None),
    ("Trước, trong và sau Tết Dương lịch và Tết Nguyên đán", D(2025, 12, 20), None),
])
def test_from_one_new_year_to_the_other(cell, issued, want):
    when = PlanTime(2026, new_year=False, after=issued)
    assert when.cell(cell).deadline == want
    found = when.find("Tổ chức các hoạt động vui xuân, đón Tết " + cell[0].lower() + cell[1:] + ".")
    assert (found.deadline if found else None) == want


# A count of months spelled out, as prose prints it: "Sáu tháng đầu năm 2026" is the half year, as "06
# tháng đầu năm 2026"; "sau" (after), which folds alike, is no count.
@pytest.mark.parametrize("cell, want", [
    ("Sáu tháng đầu năm 2026", D(2026, 6, 30)),
    ("SÁU THÁNG ĐẦU NĂM", D(2026, 6, 30)),
    ("Chín tháng đầu năm 2026", D(2026, 9, 30)),
    ("Trong ba tháng cuối năm 2025", D(2025, 12, 31)),
    ("Sáu tháng đầu năm và cả năm", D(2026, 12, 31)),
    ("Sau tháng đầu năm 2026", None),
])
def test_a_spelled_count_of_months_of_a_year(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


def test_a_spelled_half_year_in_running_text():
    t = PlanTime(2026).find("Rà soát hộ nghèo phát sinh, hoàn thành trong sáu tháng đầu năm 2026.")
    assert (t.text, t.deadline) == ("hoàn thành trong sáu tháng đầu năm 2026", D(2026, 6, 30))


# A start bracketed after a period is when the work opens inside it; the period still ends it. A start
# alone, outside a bracket, or after the period's end gives no last day.
@pytest.mark.parametrize("cell, want, quarter", [
    ("Năm 2026 (từ tháng 3)", D(2026, 12, 31), None),
    ("Quý II/2026 (từ ngày 15/4)", D(2026, 6, 30), 2),
    ("Tháng 3/2026 (từ ngày 10/3)", D(2026, 3, 31), None),
    ("Trước 30/6/2026 (từ 01/3/2026)", D(2026, 6, 30), None),
    ("Từ tháng 3/2026", None, None),
    ("Năm 2026, từ tháng 3", None, None),
    ("Quý II/2026 (từ tháng 9/2026)", None, None),
])
def test_a_bracketed_start_inside_a_period(cell, want, quarter):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.quarter) == (want, quarter)


# Cells real schedules print that only defer, run on, or date a stretch, read as before (coverage).
@pytest.mark.parametrize("cell, want, recurring", [
    ("Từ nay đến hết năm 2026", D(2026, 12, 31), False),
    ("Từ nay đến cuối năm", D(2026, 12, 31), False),
    ("Trước kỳ họp HĐND xã cuối năm", D(2026, 12, 31), False),
    ("Sau khi có hướng dẫn của cấp trên", None, False),
    ("Theo tiến độ dự án", None, False),
    ("Tháng 9 - 10/2026 (đầu năm học mới)", D(2026, 10, 31), False),
    ("Tuần thứ 3 hằng tháng", None, True),
    ("Giai đoạn 2026 - 2030", D(2030, 12, 31), False),
    ("Từ tháng 01/2026 đến khi có chỉ đạo mới", None, False),
    ("Ngay sau Tết Nguyên đán", None, False),
])
def test_more_cells_schedules_print(cell, want, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, recurring)


# "từ nay đến …" (from now until …): the run is printed whole, its end due.
@pytest.mark.parametrize("text, phrase, want", [
    ("Ra quân tổng vệ sinh môi trường, thực hiện từ nay đến hết năm 2026.", "từ nay đến hết năm 2026",
     D(2026, 12, 31)),
    ("Rà soát hộ cận nghèo, thực hiện từ nay đến cuối năm.", "từ nay đến cuối năm", D(2026, 12, 31)),
    ("Vận động nhân dân hiến đất làm đường từ bây giờ đến ngày 30/6/2026", "từ bây giờ đến ngày 30/6/2026",
     D(2026, 6, 30)),
    ("Rà soát hộ cận nghèo, thực hiện đến hết tháng 3/2026.", "đến hết tháng 3/2026", D(2026, 3, 31)),   # (no "từ nay")
])
def test_from_now_until_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


# A bracket after a dated timing that names a day the month commemorates ("hưởng ứng", "nhân dịp",
# "kỷ niệm", "chào mừng" a "Ngày …") dates no deadline: the task is due when the timing before it ends.
@pytest.mark.parametrize("cell, want, quarter", [
    ("Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11)", D(2026, 11, 30), None),
    ("Tháng 11 (Ngày Pháp luật nước CHXHCN Việt Nam 09/11)", D(2026, 11, 30), None),
    ("Tháng 3/2026 (nhân dịp Ngày Quốc tế Phụ nữ 8/3)", D(2026, 3, 31), None),
    ("Tháng 5/2026 (kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh 19/5)", D(2026, 5, 31), None),
    ("Tháng 10/2026 (chào mừng Ngày Phụ nữ Việt Nam 20/10)", D(2026, 10, 31), None),
    ("Tháng 12/2026 (Ngày Quốc phòng toàn dân 22/12)", D(2026, 12, 31), None),
    ("Quý IV/2026 (hưởng ứng Ngày Pháp luật 9/11)", D(2026, 12, 31), 4),
    ("Quý II/2026 (hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4)", D(2026, 6, 30), 2),
    ("Tháng 3/2026 (kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3/1931 - 26/3/2026)",
     D(2026, 3, 31), None),
    # a bracket that opens with its date or its trigger narrows the timing to that day
    ("Tháng 11/2026 (trước Ngày Pháp luật 9/11)", D(2026, 11, 9), None),
    ("Tháng 11/2026 (chậm nhất ngày 05/11)", D(2026, 11, 5), None),
    ("Tháng 02/2026 (trước Tết Nguyên đán)", D(2026, 2, 17), None),
    ("Tháng 3/2026 (Chủ nhật, ngày 15/3/2026)", D(2026, 3, 15), None),
    ("Quý IV/2026 (tháng 11)", D(2026, 11, 30), 4),
    ("Quý IV/2026 (khoảng tháng 11)", D(2026, 11, 30), 4),
    # … set off by a comma, a dash or a semicolon instead of a bracket
    ("Tháng 11/2026, hưởng ứng Ngày Pháp luật 9/11", D(2026, 11, 30), None),
    ("Tháng 11/2026 - Ngày Pháp luật 9/11", D(2026, 11, 30), None),
    ("Quý IV/2026, nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11", D(2026, 12, 31), 4),
    ("Tháng 11/2026; chào mừng Ngày Nhà giáo Việt Nam 20/11", D(2026, 11, 30), None),
    # … but a weekday, a label of a round or a trigger before the later day makes it the timing's
    ("Tháng 3/2026, ngày thứ Bảy 14/3", D(2026, 3, 14), None),
    ("Tháng 3/2026, ngày Chủ nhật 15/3", D(2026, 3, 15), None),
    ("Đợt 1: tháng 4; đợt 2: tháng 10/2026", D(2026, 10, 31), None),
    ("Tháng 4/2026, trước ngày 30/4", D(2026, 4, 30), None),
    # the day alone, with no timing before it, is the day
    ("Ngày 09/11/2026 (Ngày Pháp luật)", D(2026, 11, 9), None),
    ("Hưởng ứng Ngày Pháp luật 9/11", D(2026, 11, 9), None),
])
def test_a_bracket_naming_a_commemorated_day_dates_no_deadline(cell, want, quarter):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.quarter) == (want, quarter)


# A bracket after the main timing that gives a part of the work its own deadline (words before that
# deadline's trigger) leaves the main timing the task's.
@pytest.mark.parametrize("cell, want, quarter", [
    ("Trước 31/12/2026 (báo cáo 6 tháng trước 15/6/2026)", D(2026, 12, 31), None),
    ("Trước ngày 31/12/2026 (báo cáo sơ kết trước ngày 15/6/2026)", D(2026, 12, 31), None),
    ("Năm 2026 (báo cáo 6 tháng trước 15/6)", D(2026, 12, 31), None),
    ("Trước ngày 31/12/2026 (trong đó Quý I báo cáo trước 15/3)", D(2026, 12, 31), None),
    ("Trước ngày 15/12/2026 (đối với cấp thôn: trước 30/11/2026)", D(2026, 12, 15), None),
    ("Quý II/2026 (nộp hồ sơ trước 15/5)", D(2026, 6, 30), 2),
    # its own trigger opening the bracket narrows the main timing; a start inside it does not end it
    ("Tháng 6/2026 (hoàn thành trước 20/6)", D(2026, 6, 20), None),
    ("Năm 2026 (dự kiến tháng 6)", D(2026, 6, 30), None),
    ("Quý II/2026 (từ ngày 15/4)", D(2026, 6, 30), 2),
])
def test_a_bracketed_deadline_of_a_part_leaves_the_main_timing(cell, want, quarter):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.quarter) == (want, quarter)


def test_a_bracketed_note_in_a_timing_field():
    t = PlanTime(2026).find("Tổ chức tọa đàm pháp luật cho cán bộ thôn.\n"
                            "- Thời gian thực hiện: Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11).")
    assert (t.text, t.deadline) == ("Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11)", D(2026, 11, 30))


# A month or a quarter listed with the whole year names two report points, the last the year's end
# ("cả năm" alone is all year round); the task then runs past the quarter and is in no one quarter.
@pytest.mark.parametrize("cell, want, quarter, recurring", [
    ("Quý II và cả năm 2026", D(2026, 12, 31), None, False),
    ("Quý II và cả năm", D(2026, 12, 31), None, False),
    ("Quý II, cả năm 2026", D(2026, 12, 31), None, False),
    ("Quý I, Quý II và cả năm 2026", D(2026, 12, 31), None, False),
    ("Quý I, II và cả năm", D(2026, 12, 31), None, False),
    ("Tháng 6 và cả năm", D(2026, 12, 31), None, False),
    ("Tháng 6/2026 và cả năm", D(2026, 12, 31), None, False),
    ("Tháng 6, cả năm", D(2026, 12, 31), None, False),
    ("Tháng 6 và tổng kết năm", D(2026, 12, 31), None, False),
    # "cả năm" alone, of a school year, or after a cadence still recurs
    ("Cả năm", None, None, True),
    ("Tháng 6 và cả năm học", None, None, True),
    ("Quý I hằng năm", None, 1, True),
    ("6 tháng và cả năm", None, None, True),
])
def test_a_month_or_quarter_and_the_whole_year_end_with_the_year(cell, want, quarter, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.quarter, t.recurring) == (want, quarter, recurring)


@pytest.mark.parametrize("text, phrase, want, quarter", [
    ("Tổ chức sơ kết, tổng kết công tác hòa giải; thời gian Quý II và cả năm 2026.", "Quý II và cả năm 2026",
     D(2026, 12, 31), None),
    ("Báo cáo kết quả, hoàn thành trong Quý IV/2026 và tháng 01/2027.",
     "hoàn thành trong Quý IV/2026 và tháng 01/2027", D(2027, 1, 31), None),
    ("Kiểm tra các cơ sở kinh doanh, hoàn thành trong Quý III/2026.", "hoàn thành trong Quý III/2026",
     D(2026, 9, 30), 3),
])
def test_a_quarter_run_past_its_end_is_no_quarter_in_running_text(text, phrase, want, quarter):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.quarter) == (phrase, want, quarter)


def test_a_report_of_the_quarter_and_the_year_is_no_timing():
    # no trigger: the quarter and the year are what the report covers
    assert PlanTime(2026).find("Báo cáo kết quả thực hiện Quý II và cả năm 2026.") is None


# "trước kỳ họp HĐND xã cuối năm" in running text: before the meeting that closes the year, due by the
# year's end as the whole cell of it is; a dated timing before such a note keeps its own end.
@pytest.mark.parametrize("text, phrase, want", [
    ("Xây dựng dự thảo Nghị quyết, trình HĐND xã trước kỳ họp HĐND xã cuối năm.",
     "trước kỳ họp HĐND xã cuối năm", D(2026, 12, 31)),
    ("Tổng hợp kết quả, báo cáo Thường trực HĐND phường trước kỳ họp thường lệ cuối năm.",
     "trước kỳ họp thường lệ cuối năm", D(2026, 12, 31)),
    ("Hoàn thiện hồ sơ, trình trước kỳ họp HĐND xã cuối năm 2025.", "trước kỳ họp HĐND xã cuối năm 2025",
     D(2025, 12, 31)),
    ("Chuẩn bị báo cáo chuyên đề trước Hội nghị tổng kết cuối năm.", "trước Hội nghị tổng kết cuối năm",
     D(2026, 12, 31)),
    ("Tổ chức tổng kết năm, xong trước ngày 25/12/2026 (trước kỳ họp HĐND xã cuối năm).",
     "xong trước ngày 25/12/2026", D(2026, 12, 25)),
])
def test_before_the_year_end_meeting_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Trình HĐND xã xem xét, thông qua tại kỳ họp cuối năm 2026.",      # at, not before: when it is held
    "Chuẩn bị nội dung phục vụ kỳ họp HĐND xã cuối năm.",
    "Tăng cường kiểm tra an toàn thực phẩm trước dịp cuối năm.",
    "Tổ chức hội nghị tổng kết công tác hòa giải cuối năm.",
])
def test_a_year_end_meeting_without_before_is_no_timing(text):
    assert PlanTime(2026).find(text) is None


@pytest.mark.parametrize("cell, want", [
    ("Trước kỳ họp HĐND xã cuối năm", D(2026, 12, 31)),
    ("Tháng 11/2026, trước kỳ họp HĐND cuối năm", D(2026, 11, 30)),
    ("Trước ngày 20/11/2026, trước kỳ họp HĐND xã cuối năm", D(2026, 11, 20)),
    ("Tháng 6/2026; cuối năm", D(2026, 12, 31)),
])
def test_a_year_end_meeting_after_a_dated_timing_is_its_note(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


# A recurring word said of a dated point before it: "cả năm" bracketed after a day labels that day's
# report, and "sau đó" (after that) keeps up what is due by the date; neither makes the task recur.
@pytest.mark.parametrize("cell, want, recurring", [
    ("Trước 15/6/2026 (6 tháng); trước 15/12/2026 (cả năm)", D(2026, 12, 15), False),
    ("Trước ngày 10/6 (sơ kết) và 10/12/2026 (cả năm)", D(2026, 12, 10), False),
    ("Trước 30/9/2026; sau đó duy trì thường xuyên", D(2026, 9, 30), False),
    ("Tháng 3/2026, sau khi hoàn thành thực hiện hằng tháng", D(2026, 3, 31), False),
    # "duy trì" (keep up) alone says the same, as "Trước 30/6/2025, duy trì lâu dài" keeps its deadline
    ("Trước 30/6/2026 và duy trì thường xuyên", D(2026, 6, 30), False),
    ("Trước 30/6/2026, duy trì hằng năm", D(2026, 6, 30), False),
    ("Quý II/2026 và duy trì hằng năm", D(2026, 6, 30), False),
    ("Trước 30/6/2026 (duy trì thường xuyên)", D(2026, 6, 30), False),
    ("Duy trì thường xuyên", None, True),
    ("Thường xuyên duy trì, trước 30/6/2026", None, True),
    # the recurrence alone, before the date, or of a bracket that is no label stays one
    ("Thường xuyên, trước 30/9/2026", None, True),
    ("Trước 31/12/2026 (hằng quý)", None, True),
    ("Cả năm (trước 15/12/2026)", None, True),
    ("Hằng tháng, sau đó tổng hợp báo cáo năm", None, True),
])
def test_a_recurrence_after_its_dated_point(cell, want, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, recurring)


# "Trước 6 tháng cuối năm": before the last months open, as "trước Quý IV" is 30/9; "6 tháng cuối năm"
# alone or after "trong" runs to the year's end, and "trước 6 tháng đầu năm" is written for within them.
@pytest.mark.parametrize("cell, want", [
    ("Trước 6 tháng cuối năm", D(2026, 6, 30)),
    ("trước 06 tháng cuối năm 2026", D(2026, 6, 30)),
    ("Hoàn thành trước nửa cuối năm 2026", D(2026, 6, 30)),
    ("Trước 9 tháng cuối năm 2026", D(2026, 3, 31)),
    ("Trước 3 tháng cuối năm 2026", D(2026, 9, 30)),
    # negatives
    ("6 tháng cuối năm 2026", D(2026, 12, 31)),
    ("Trong 6 tháng cuối năm 2026", D(2026, 12, 31)),
    ("Trước 6 tháng đầu năm 2026", D(2026, 6, 30)),
    ("Trước cuối năm 2026", D(2026, 12, 31)),
])
def test_before_the_last_months_of_a_year(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


def test_before_the_last_months_in_running_text():
    t = PlanTime(2026).find("Tổ chức tiêm vắc xin phòng bệnh dại cho đàn chó trước 6 tháng cuối năm 2026.")
    assert (t.text, t.deadline) == ("trước 6 tháng cuối năm 2026", D(2026, 6, 30))


# A part's own time in running text, in brackets after the task's or set off by "riêng" (as for), does
# not make the task later, as in a cell (_drop_notes).
@pytest.mark.parametrize("text, phrase, want", [
    ("Rà soát, cập nhật danh sách hộ nghèo, hoàn thành trước 30/9/2026 (riêng thôn Bản Mế trước 30/10/2026).",
     "hoàn thành trước 30/9/2026", D(2026, 9, 30)),
    ("Cấp đổi giấy chứng nhận, xong trong tháng 8/2026 (đối với các hộ vắng mặt hoàn thành trong tháng 10/2026).",
     "xong trong tháng 8/2026", D(2026, 8, 31)),
    ("Hoàn thành trước 30/9/2026, riêng thôn Đông trước 30/10/2026.", "Hoàn thành trước 30/9/2026", D(2026, 9, 30)),
    ("Kiểm tra các cơ sở trong Quý III/2026; riêng các bếp ăn tập thể kiểm tra trong tháng 10/2026.",
     "trong Quý III/2026", D(2026, 9, 30)),
    # negatives: a bracket opening with its trigger narrows nothing away; a second clause of its own (each
    # clause's time printed, the later due)
    ("Sơ kết trong tháng 6/2026 (báo cáo kết quả trước ngày 20/6/2026) và tổng kết trong tháng 12/2026.",
     "trong tháng 6/2026; trong tháng 12/2026", D(2026, 12, 31)),
    ("Xây dựng kế hoạch, hoàn thành trước 31/3/2026; tổ chức thực hiện trước 30/9/2026.",
     "hoàn thành trước 31/3/2026; trước 30/9/2026", D(2026, 9, 30)),
    ("Riêng các thôn vùng cao hoàn thành trước 30/10/2026.", "hoàn thành trước 30/10/2026", D(2026, 10, 30)),
])
def test_an_exception_after_the_tasks_time_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("cell, want", [
    ("Trước 30/9/2026, riêng thôn Đông trước 30/10/2026", D(2026, 9, 30)),
    ("Tháng 9/2026; riêng các trường học trong tháng 10/2026", D(2026, 9, 30)),
    ("Trước 30/9/2026 (riêng thôn Đông trước 30/10/2026)", D(2026, 9, 30)),
    ("Riêng khối trường học: trước 30/9/2026", D(2026, 9, 30)),
])
def test_an_exception_after_the_cells_time(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


# A peak ("cao điểm") after a recurring timing in running text is inside the work's own time, as a
# cell reads "Thường xuyên, cao điểm tháng 10": the task recurs. Alone, the peak is the only time printed.
@pytest.mark.parametrize("text, phrase, want, recurring", [
    ("Ra quân tổng vệ sinh vào sáng thứ Bảy hằng tuần, cao điểm trong tháng 3/2026.", "hằng tuần", None, True),
    ("Tuyên truyền thường xuyên, cao điểm vào tháng 10/2026.", "thường xuyên", None, True),
    ("Tuyên truyền thường xuyên, liên tục (cao điểm từ tháng 9 đến tháng 11/2026).", "thường xuyên, liên tục",
     None, True),
    # negatives: a dated time before the peak; a peak alone; "cao điểm" naming a campaign
    ("Tổ chức tuyên truyền trong năm 2026, cao điểm vào tháng 10/2026.", "trong năm 2026", D(2026, 12, 31), False),
    ("Tổ chức tuyên truyền, cao điểm vào tháng 10/2026.", "vào tháng 10/2026", D(2026, 10, 31), False),
    ("Tổ chức chiến dịch cao điểm trong tháng 3/2026.", "trong tháng 3/2026", D(2026, 3, 31), False),
])
def test_a_peak_after_a_recurring_time_in_running_text(text, phrase, want, recurring):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, want, recurring)


# The day an event is held ("vào ngày …", "vào tháng …") closing the text is its timing also when a
# bracketed note about the event closes it; words after the note make the day content again.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức mít tinh vào ngày 26/3/2026 (kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh).",
     "vào ngày 26/3/2026", D(2026, 3, 26)),
    ("Ra quân vào tháng 3/2026 (hưởng ứng Tháng Thanh niên).", "vào tháng 3/2026", D(2026, 3, 31)),
    ("Ra quân vào tuần đầu tháng 3/2026 (hưởng ứng Tháng Thanh niên)", "vào tuần đầu tháng 3/2026", D(2026, 3, 7)),
])
def test_a_day_on_which_an_event_is_held_before_its_note(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


def test_a_day_before_a_note_and_more_words_is_content():
    assert PlanTime(2026).find("Tổ chức mít tinh vào ngày 26/3/2026 (kỷ niệm Ngày thành lập Đoàn) và "
                               "các hoạt động văn nghệ chào mừng.") is None


@pytest.mark.parametrize("text, phrase", [
    ("Kiểm tra, giám sát định kỳ 6 tháng và cả năm.", "định kỳ 6 tháng và cả năm"),
    ("Sơ kết, đánh giá định kỳ 6 tháng, cả năm", "định kỳ 6 tháng, cả năm"),
    ("Tổng hợp báo cáo UBND xã hằng quý và cả năm.", "hằng quý và cả năm"),
])
def test_a_cadence_and_the_year_closing_a_task_recur(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)


# A bracket opening with its own date or trigger right after the task's time narrows it in running text,
# as it does a cell ("Tháng 3/2026 (trước ngày 26/3/2026)" is due on the 26th): the bracket's day wins,
# whether tighter or later, and the quarter stays while the day is inside it.
@pytest.mark.parametrize("text, phrase, want, quarter", [
    ("Tổ chức kiểm tra liên ngành trong tháng 3/2026 (trước ngày 26/3/2026).",
     "trong tháng 3/2026 (trước ngày 26/3/2026)", D(2026, 3, 26), None),
    ("Tổng hợp số liệu, xong trong năm 2026 (chậm nhất ngày 30/9/2026).",
     "xong trong năm 2026 (chậm nhất ngày 30/9/2026)", D(2026, 9, 30), None),
    ("Tổ chức Hội thi tìm hiểu pháp luật trong Quý IV/2026 (tháng 11/2026).",
     "trong Quý IV/2026 (tháng 11/2026)", D(2026, 11, 30), 4),
    ("Ra quân làm sạch kênh mương, hoàn thành trong Quý II/2026 (khoảng tháng 5).",
     "hoàn thành trong Quý II/2026 (khoảng tháng 5)", D(2026, 5, 31), 2),
    ("Tổ chức Ngày hội trong tháng 11/2026 (dự kiến ngày 18/11/2026).",
     "trong tháng 11/2026 (dự kiến ngày 18/11/2026)", D(2026, 11, 18), None),
    ("Hoàn thiện hồ sơ trong tháng 3/2026 (trước ngày 05/4/2026).",
     "trong tháng 3/2026 (trước ngày 05/4/2026)", D(2026, 4, 5), None),
    ("Nộp báo cáo trong Quý II/2026 (trước 15/7/2026).", "trong Quý II/2026 (trước 15/7/2026)", D(2026, 7, 15), None),
    ("Tổ chức bầu cử bổ sung trong tháng 3/2026 (Chủ nhật, ngày 15/3/2026).",
     "trong tháng 3/2026 (Chủ nhật, ngày 15/3/2026)", D(2026, 3, 15), None),
    ("Tổ chức Hội nghị điển hình tiên tiến trong Quý IV/2026 (ngày 20/11/2026).",
     "trong Quý IV/2026 (ngày 20/11/2026)", D(2026, 11, 20), 4),
    # negatives: a worded bracket is a part's note; a start inside the period; a year giving a month its year;
    # a bracket naming the day's quarter; a bracket that does not follow the time
    ("Hoàn thành trong tháng 3/2026 (báo cáo kết quả trước ngày 26/3/2026).",
     "Hoàn thành trong tháng 3/2026", D(2026, 3, 31), None),
    ("Hoàn thành trong Quý II/2026 (từ ngày 15/4).", "Hoàn thành trong Quý II/2026", D(2026, 6, 30), 2),
    ("Tổ chức ra quân trong tháng 3 (năm 2026).", "trong tháng 3", D(2026, 3, 31), None),
    ("Tổng kết, hoàn thành trước ngày 20/12/2026 (Quý IV).", "hoàn thành trước ngày 20/12/2026 (Quý IV)",
     D(2026, 12, 20), 4),
    ("Sơ kết trong tháng 6/2026, tổ chức hội nghị (trước ngày 20/5/2026 gửi giấy mời).",
     "trong tháng 6/2026", D(2026, 6, 30), None),
    ("Tổ chức kỷ niệm trong tháng 3/2026 (26/3/1931 - 26/3/2026).", "trong tháng 3/2026", D(2026, 3, 31), None),
    ("Tổ chức tọa đàm trong tháng 5/2026 (Ngày sinh Chủ tịch Hồ Chí Minh 19/5/1890).", "trong tháng 5/2026",
     D(2026, 5, 31), None),
])
def test_a_bracket_opening_with_its_date_narrows_the_time_in_running_text(text, phrase, want, quarter):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.quarter) == (phrase, want, quarter)


@pytest.mark.parametrize("cell", [
    "Trong tháng 3/2026 (trước ngày 26/3/2026)",
    "Xong trong năm 2026 (chậm nhất ngày 30/9/2026)",
    "Trong Quý IV/2026 (tháng 11/2026)",
    "Trong tháng 11/2026 (dự kiến ngày 18/11/2026)",
    "Trong tháng 3/2026 (Chủ nhật, ngày 15/3/2026)",
    "Trong tháng 3/2026 (ngày 15/3/2026)",
    "Hoàn thành trong tháng 3/2026 (báo cáo kết quả trước ngày 26/3/2026)",
])
def test_a_bracketed_time_reads_alike_in_a_cell_and_in_running_text(cell):
    plan = PlanTime(2026)
    found, whole = plan.find(f"Tổ chức thực hiện nhiệm vụ {cell[0].lower()}{cell[1:]}."), plan.cell(cell)
    assert (found.deadline, found.quarter) == (whole.deadline, whole.quarter)


# Tết as a season ("Dịp Tết", "trong dịp Tết Nguyên đán"): when the work runs, not a last day, as the
# golds print it (deadline null); "trước Tết" is due on its first day.
@pytest.mark.parametrize("cell, want", [
    ("Dịp Tết Nguyên đán", None),
    ("Dịp Tết", None),
    ("Trong dịp Tết Nguyên đán Bính Ngọ 2026", None),
    ("Dịp Tết Nguyên đán và Rằm tháng Giêng", None),
    ("Trước Tết Nguyên đán Bính Ngọ 2026", D(2026, 2, 17)),
])
def test_the_season_of_tet_is_no_deadline(cell, want):
    assert PlanTime(2026, new_year=False).cell(cell).deadline == want


@pytest.mark.parametrize("text", [
    "Tổ chức thăm hỏi, tặng quà gia đình chính sách dịp Tết Nguyên đán.",
    "Đảm bảo an ninh trật tự trong dịp Tết Nguyên đán Bính Ngọ năm 2026.",
    "Tăng cường kiểm tra an toàn thực phẩm vào dịp Tết.",
])
def test_the_season_of_tet_in_running_text_is_no_timing(text):
    t = PlanTime(2026, new_year=False).find(text)
    assert t is None or t.deadline is None


# A cadence inside a worded bracket after a dated point ("(cập nhật hằng quý)") is a note on the upkeep of
# the work, as "Trước 30/6/2026 và duy trì thường xuyên" is: the dated point stays the deadline, in a cell
# as in running text. A cadence opening its bracket, or one without a year before it, still recurs.
@pytest.mark.parametrize("cell, want, recurring", [
    ("Trước 31/12/2026 (cập nhật hằng quý)", D(2026, 12, 31), False),
    ("Trước ngày 30/6/2026 (rà soát, bổ sung định kỳ hằng tháng)", D(2026, 6, 30), False),
    ("Quý III/2026 (báo cáo tiến độ hằng tháng)", D(2026, 9, 30), False),
    ("Trước 31/12/2026 (hằng quý)", None, True),
    ("Tháng 3 (thực hiện hằng năm)", None, True),
    ("Hằng quý (trước 31/12/2026)", None, True),
])
def test_a_cadence_in_a_worded_bracket_after_a_dated_point(cell, want, recurring):
    t = PlanTime(2026).cell(cell)
    assert (t.deadline, t.recurring) == (want, recurring)


@pytest.mark.parametrize("text, want", [
    ("Rà soát, cập nhật danh sách hộ nghèo trước 31/12/2026 (cập nhật hằng quý).", D(2026, 12, 31)),
    ("Xây dựng cơ sở dữ liệu đất đai, hoàn thành trước ngày 30/6/2026 (rà soát, bổ sung định kỳ hằng tháng).",
     D(2026, 6, 30)),
])
def test_a_cadence_in_a_worded_bracket_in_running_text(text, want):
    assert PlanTime(2026).find(text).deadline == want


# A cadence bracketed alone right after the time ("(hằng quý)") makes it recur, in running text as in a cell.
@pytest.mark.parametrize("text, phrase", [
    ("Rà soát, cập nhật danh sách đối tượng bảo trợ xã hội trước 31/12/2026 (hằng quý).", "trước 31/12/2026 (hằng quý)"),
    ("Tổ chức đối thoại với thanh niên trong Quý IV (hằng năm).", "trong Quý IV (hằng năm)"),
])
def test_a_bracketed_cadence_after_the_time_recurs_in_running_text(text, phrase):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)
    assert PlanTime(2026).cell(phrase[0].upper() + phrase[1:]).recurring


# "các" (the plural) between the trigger and its months or quarters changes nothing: "trong các tháng 7, 8
# và 9/2026" is due when the last ends, as the cell "Các tháng 7, 8 và 9/2026" is.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức kiểm tra liên ngành trong các tháng 7, 8 và 9/2026.", "trong các tháng 7, 8 và 9/2026", D(2026, 9, 30)),
    ("Hoàn thành trong các quý III, IV/2026.", "Hoàn thành trong các quý III, IV/2026", D(2026, 12, 31)),
    ("Ra quân diệt lăng quăng vào các tháng 3, 6, 9 và 12/2026.", "vào các tháng 3, 6, 9 và 12/2026", D(2026, 12, 31)),
    ("Trực cấp cứu trong các ngày 30/4 và 01/5/2026.", "trong các ngày 30/4 và 01/5/2026", D(2026, 5, 1)),
])
def test_the_plural_after_a_trigger(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)
    assert PlanTime(2026).cell(phrase).deadline == want


@pytest.mark.parametrize("text", [
    "Tổ chức ra quân trong các tháng cao điểm của mùa mưa.",      # no month named
    "Báo cáo kết quả các tháng 6 và 12/2026 về UBND huyện.",       # no trigger: what the report covers
])
def test_the_plural_without_a_trigger_or_month_is_no_timing(text):
    assert PlanTime(2026).find(text) is None


# The ten-day parts of a month ("thượng tuần" days 1-10, "trung tuần" 11-20, "hạ tuần" 21 to the end) end on
# their own last day, as a numbered week of a month does ("Tuần 1 tháng 3/2026" on the 7th).
@pytest.mark.parametrize("cell, want", [
    ("Thượng tuần tháng 4/2026", D(2026, 4, 10)),
    ("Trung tuần tháng 3/2026", D(2026, 3, 20)),
    ("Hạ tuần tháng 02/2026", D(2026, 2, 28)),
    ("Trước trung tuần tháng 5/2026", D(2026, 5, 10)),
    ("Trước hạ tuần tháng 11", D(2026, 11, 20)),
    ("Từ thượng tuần tháng 3 đến trung tuần tháng 4/2026", D(2026, 4, 20)),
    # negatives: no month in digits; a month alone
    ("Trung tuần", None),
    ("Tháng 3/2026", D(2026, 3, 31)),
])
def test_the_ten_day_parts_of_a_month(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức ra quân hưởng ứng Tháng hành động vào trung tuần tháng 3/2026.", "vào trung tuần tháng 3/2026",
     D(2026, 3, 20)),
    ("Rà soát, tổng hợp danh sách, xong trong thượng tuần tháng 4/2026.", "xong trong thượng tuần tháng 4/2026",
     D(2026, 4, 10)),
])
def test_the_ten_day_parts_of_a_month_in_running_text(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


# A cell opening on "Sau" a day or period ("Sau ngày 30/6/2026", "Sau Quý II/2026") says when the work may
# start, not its last day, as "Sau Tết" does: no deadline, unless a trigger names the end after it.
@pytest.mark.parametrize("cell, want", [
    ("Sau ngày 30/6/2026", None),
    ("Sau 30/6/2026", None),
    ("Sau Quý II/2026", None),
    ("Sau tháng 9/2026", None),
    # negatives: an end printed after it; the upkeep after a dated point; a date that is the deadline
    ("Sau ngày 30/6/2026 đến hết tháng 8/2026", D(2026, 8, 31)),
    ("Sau Tết Nguyên đán đến hết tháng 3/2026", D(2026, 3, 31)),
    ("Trước 30/6/2026, sau đó duy trì thường xuyên", D(2026, 6, 30)),
    ("Ngày 30/6/2026", D(2026, 6, 30)),
])
def test_a_cell_opening_on_after_a_day_is_no_deadline(cell, want):
    assert PlanTime(2026).cell(cell).deadline == want


# A timing field written inside the bracket that closes a task ("(thời gian: Quý III/2026)") ends before
# the bracket closes; a bracket of the field's own stays whole.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức kiểm tra, giám sát các cơ sở (thời gian: Quý III/2026).", "Quý III/2026", D(2026, 9, 30)),
    ("Tập huấn nghiệp vụ cho cán bộ thôn (thời gian thực hiện: tháng 5/2026)", "tháng 5/2026", D(2026, 5, 31)),
    ("Rà soát hồ sơ.\n- Thời gian: Tháng 3/2026 (trước ngày 26/3/2026).", "Tháng 3/2026 (trước ngày 26/3/2026)",
     D(2026, 3, 26)),
])
def test_a_timing_field_inside_a_closing_bracket(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


# A named day with its date printed after its name, after a deadline's trigger ("trước Ngày Pháp luật
# 9/11/2026"), is due on that date in running text, as the cell "Tháng 11/2026 (trước Ngày Pháp luật 9/11)"
# narrows to it; "trong dịp" the day, or no trigger, says what the work serves.
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức tuyên truyền, hoàn thành trước Ngày Pháp luật 9/11/2026.", "hoàn thành trước Ngày Pháp luật 9/11/2026",
     D(2026, 11, 9)),
    ("Chuẩn bị hậu cần, xong trước lễ ra quân 15/02/2026.", "xong trước lễ ra quân 15/02/2026", D(2026, 2, 15)),
    ("Phát động thi đua trong tháng 11/2026 (trước Ngày Nhà giáo Việt Nam 20/11).",
     "trong tháng 11/2026 (trước Ngày Nhà giáo Việt Nam 20/11)", D(2026, 11, 20)),
])
def test_a_named_day_dated_after_its_name_after_a_trigger(text, phrase, want):
    t = PlanTime(2026).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Tuyên truyền pháp luật trong dịp Ngày Pháp luật 9/11.",
    "Tổ chức mít tinh kỷ niệm Ngày Quốc tế Phụ nữ 8/3/2026.",
    "Thăm hỏi cán bộ hưu trí trước ngày lễ, ngày 02/9/2026 tổ chức gặp mặt.",
])
def test_a_named_day_dated_after_its_name_without_a_trigger_is_content(text):
    t = PlanTime(2026).find(text)
    assert t is None or t.deadline is None


def test_a_bracketed_day_past_the_quarters_end_holds_no_quarter():
    t = PlanTime(2026).find("Tổng kết, báo cáo kết quả trong Quý IV/2026 (trước 15/01/2027).")
    assert (t.deadline, t.quarter) == (D(2027, 1, 15), None)
    assert PlanTime(2026).cell("Quý IV/2026 (trước 15/01/2027)").quarter is None


# ------------------------------------------------------------------ abbreviated months and quarters
@pytest.mark.parametrize("cell, want, quarter", [
    ("T12/2026", D(2026, 12, 31), None),
    ("T3-T5/2026", D(2026, 5, 31), None),
    ("T10, 11/2026", D(2026, 11, 30), None),
    ("T.6/2025", D(2025, 6, 30), None),
    ("Q4/2026", D(2026, 12, 31), 4),
    ("Q.IV/2026", D(2026, 12, 31), 4),
    ("Q.2/2025", D(2025, 6, 30), 2),
    ("QIII-IV/2026", D(2026, 12, 31), None),
    ("Q3, Q4/2026", D(2026, 12, 31), None),
    ("Trước T6/2026", D(2026, 5, 31), None),
])
def test_abbreviated_months_and_quarters_in_a_cell(cell, want, quarter):
    t = parse_timing(cell, 2026)
    assert (t.deadline, t.quarter) == (want, quarter)


@pytest.mark.parametrize("cell", [
    "T1", "Q.1", "Tổ T1", "Khu phố T1-2026",     # no year after a slash: a block, a team, Quận 1
    "t12/2026",                                  # the letter printed upper-case only
    "Q5/2026", "T13/2026", "T0/2026",            # no such quarter or month
    "Số 05/T12/2026",                            # part of a symbol
])
def test_an_abbreviation_without_its_year_or_out_of_range_is_no_time(cell):
    assert parse_timing(cell, 2026).deadline is None


@pytest.mark.parametrize("text, phrase, want", [
    ("Rà soát hộ nghèo, hoàn thành T12/2026.", "hoàn thành T12/2026", D(2026, 12, 31)),
    ("Tổng kết mô hình, hoàn thành trong Q4/2026.", "hoàn thành trong Q4/2026", D(2026, 12, 31)),
    ("Kiểm tra liên ngành (Q.III/2026).", "Q.III/2026", D(2026, 9, 30)),
])
def test_abbreviated_months_and_quarters_in_running_text(text, phrase, want):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline) == (phrase, want)


def test_an_abbreviated_month_without_a_trigger_is_content():
    assert find_timing("Khu phố T1/2026 ra mắt tổ tự quản.", 2026) is None


# ------------------------------------------------------------------ a time counted from the plan's issue
@pytest.mark.parametrize("text, want", [
    ("Trong vòng 15 ngày kể từ ngày ban hành Kế hoạch", D(2026, 3, 25)),
    ("Trong thời hạn 30 ngày kể từ ngày ban hành Kế hoạch này", D(2026, 4, 9)),
    ("Chậm nhất 02 tháng kể từ ngày ký", D(2026, 5, 10)),
    ("Trong 01 tuần kể từ ngày Kế hoạch được ban hành", D(2026, 3, 17)),
    ("10 ngày kể từ ngày ký ban hành", D(2026, 3, 20)),
])
def test_a_cell_counted_from_the_plans_issue(text, want):
    when = PlanTime(2026, new_year=False, issued=D(2026, 3, 10))
    assert when.cell(text).deadline == want
    assert when.cell(text).text == text


@pytest.mark.parametrize("text, phrase, want", [
    ("Các xã xây dựng kế hoạch thực hiện, hoàn thành trong vòng 15 ngày kể từ ngày ban hành Kế hoạch.",
     "hoàn thành trong vòng 15 ngày kể từ ngày ban hành Kế hoạch", D(2026, 3, 25)),
    ("Kiện toàn Tổ công tác trong thời hạn 30 ngày kể từ ngày ban hành Kế hoạch này; báo cáo UBND huyện.",
     "trong thời hạn 30 ngày kể từ ngày ban hành Kế hoạch này", D(2026, 4, 9)),
])
def test_running_text_counted_from_the_plans_issue(text, phrase, want):
    t = PlanTime(2026, new_year=False, issued=D(2026, 3, 10)).find(text)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    # another document's issue, a step after the day, a clock's hours
    "Hoàn thành trong vòng 15 ngày kể từ ngày ban hành Quyết định số 12/QĐ-UBND.",
    "Hoàn thành trong 30 ngày kể từ ngày ban hành Kế hoạch số 20/KH-UBND của UBND tỉnh.",
    "Hoàn thành trong vòng 15 ngày kể từ ngày ban hành văn bản số 12/UBND-VP.",
    "Sau 06 tháng kể từ ngày ban hành Kế hoạch, tổ chức sơ kết.",
    "Xử lý ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh.",
    "Quyết định này có hiệu lực kể từ ngày ký.",
])
def test_no_deadline_counted_from_another_day(text):
    t = PlanTime(2026, new_year=False, issued=D(2026, 3, 10)).find(text)
    assert t is None or t.deadline is None


def test_working_days_from_the_issue_skip_the_weekend():
    t = PlanTime(2026, new_year=False, issued=D(2026, 3, 10)).find(
        "Cập nhật thủ tục chậm nhất 05 ngày làm việc kể từ ngày ban hành Kế hoạch.")
    assert (t.text, t.deadline) == ("chậm nhất 05 ngày làm việc kể từ ngày ban hành Kế hoạch", D(2026, 3, 17))


@pytest.mark.parametrize("issued, text, want", [
    # Friday 14/3/2025: two working weeks later, not fourteen days
    (D(2025, 3, 14), "Trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch", D(2025, 3, 28)),
    (D(2025, 3, 14), "trong vòng 07 ngày làm việc kể từ ngày ký Kế hoạch", D(2025, 3, 25)),
    (D(2025, 6, 3), "Hoàn thành trong 05 ngày làm việc kể từ ngày ban hành Kế hoạch này", D(2025, 6, 10)),
    # calendar days stay calendar days, a Saturday included
    (D(2025, 3, 14), "Trong 15 ngày kể từ ngày ban hành Kế hoạch", D(2025, 3, 29)),
])
def test_working_days_in_a_cell_count_from_the_issue(issued, text, want):
    when = PlanTime(issued.year, new_year=False, issued=issued)
    assert when.cell(text).deadline == want


@pytest.mark.parametrize("start, n, want", [
    (D(2025, 3, 14), 20, D(2025, 4, 14)),   # Giỗ Tổ Hùng Vương (Monday 7/4/2025, 10/3 Ất Tỵ) is off
    (D(2024, 12, 27), 3, D(2025, 1, 2)),    # 1/1 is off
    (D(2022, 4, 8), 2, D(2022, 4, 13)),     # Giỗ Tổ on Sunday 10/4/2022: Monday 11/4 off instead
    (D(2026, 6, 5), 1, D(2026, 6, 8)),
    # near Tết Nguyên đán, 30/4 - 1/5 and 2/9 the Government sets the days off and swaps each year
    (D(2025, 1, 20), 5, None),
    (D(2026, 2, 6), 5, None),               # (Tết Bính Ngọ: 17/02/2026)
    (D(2025, 4, 22), 10, None),
    (D(2025, 8, 25), 5, None),
])
def test_working_days_after(start, n, want):
    assert working_days_after(start, n) == want


# ------------------------------------------------------------------ ongoing work and its completion day
@pytest.mark.parametrize("cell, want", [
    ("Thường xuyên; hoàn thành trước 30/6/2025", D(2025, 6, 30)),
    ("Thường xuyên, hoàn thành trước ngày 30/6/2025", D(2025, 6, 30)),
    ("Thường xuyên; hoàn thành 30/9/2025", D(2025, 9, 30)),
    ("Liên tục, xong trong tháng 6/2025", D(2025, 6, 30)),
    ("Hoàn thành trước 30/6/2025, sau đó duy trì thường xuyên", D(2025, 6, 30)),
])
def test_ongoing_work_with_its_completion_day_is_due_that_day(cell, want):
    t = parse_timing(cell, 2025)
    assert (t.deadline, t.recurring) == (want, False)


@pytest.mark.parametrize("cell", [
    "Hằng tháng; hoàn thành trước ngày 25",              # a cadence is due again each time
    "Định kỳ hằng quý; hoàn thành trước 31/12/2025",
    "Thường xuyên, hằng tuần; trước 30/6/2025",
    "Thường xuyên; báo cáo trước ngày 15/12/2025",        # a report's day within the ongoing work
    "Thường xuyên; trước 30/6/2025",                      # a bare bound may be a step's (no completion)
    "Thường xuyên",
])
def test_ongoing_work_without_a_completion_day_keeps_no_deadline(cell):
    assert parse_timing(cell, 2025).deadline is None


def test_an_ongoing_field_with_its_completion_day_in_running_text():
    t = find_timing("Rà soát biển cảnh báo; thời gian: thường xuyên, hoàn thành trước 30/6/2025.", 2025)
    assert (t.text, t.deadline) == ("thường xuyên, hoàn thành trước 30/6/2025", D(2025, 6, 30))


# ------------------------------------------------------------------ a half year set off without "trong"
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức kiểm tra các khu vui chơi, bãi tắm (6 tháng cuối năm 2025).", "6 tháng cuối năm 2025", D(2025, 12, 31)),
    ("Rà soát hồ sơ hộ nghèo (06 tháng đầu năm 2025).", "06 tháng đầu năm 2025", D(2025, 6, 30)),
    ("Kiểm tra việc thực hiện quy chế; 6 tháng cuối năm 2025.", "6 tháng cuối năm 2025", D(2025, 12, 31)),
    ("Phối hợp giám sát việc thực hiện; thời gian 6 tháng cuối năm 2025.", "6 tháng cuối năm 2025", D(2025, 12, 31)),
    ("Tập huấn cho cán bộ, thực hiện 6 tháng đầu năm 2025.", "6 tháng đầu năm 2025", D(2025, 6, 30)),
    # a bracket holding the half alone closes it, more words after it or not
    ("Kiểm tra việc thực hiện giao ước thi đua (6 tháng đầu năm 2025) tại các thôn và cơ quan, đơn vị.",
     "6 tháng đầu năm 2025", D(2025, 6, 30)),
    ("Tập huấn nghiệp vụ cho cán bộ (06 tháng cuối năm 2025) tại Hội trường UBND xã", "06 tháng cuối năm 2025",
     D(2025, 12, 31)),
])
def test_a_half_year_set_off_is_the_tasks_time(text, phrase, want):
    t = find_timing(text, 2025)
    assert (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Sơ kết 6 tháng đầu năm 2025.",                                  # the period a review covers
    "Báo cáo kết quả (6 tháng đầu năm 2025).",
    "Sơ kết (6 tháng đầu năm 2025) tại Hội trường UBND xã.",           # more words after the bracket: still a review's
    "Tổng hợp kết quả (6 tháng cuối năm 2025) gửi UBND huyện.",
    "Tổ chức kiểm tra 6 tháng đầu năm 2025 tại các xã.",             # not bracketed: run into the clause
    "Tuyên truyền (6 tháng đầu năm 2025 và cả năm) tại các thôn.",    # the bracket holds more than the half
    "Tổng hợp kết quả thực hiện, 6 tháng đầu năm 2025.",
    "Báo cáo kết quả, thời gian 6 tháng cuối năm 2025.",
    "Rà soát, cập nhật dữ liệu 6 tháng đầu năm 2025.",              # run into the clause: what, not when
    "Tổ chức tập huấn trong 6 tháng.",                               # a duration, no half of a year
    "Thời gian thử việc (6 tháng).",
])
def test_a_half_year_that_a_report_covers_or_a_duration_is_no_deadline(text):
    t = find_timing(text, 2025)
    assert t is None or t.deadline is None


# ------------------------------------------------------------------ a week of a month in brackets
@pytest.mark.parametrize("text, want", [
    ("Tổ chức Lễ phát động tại xã Dạ Trạch (tuần thứ 2 tháng 6/2025).", D(2025, 6, 14)),
    ("Tổ chức hội nghị sơ kết (tuần cuối tháng 6/2025).", D(2025, 6, 30)),
    ("Tổ chức hội nghị (thượng tuần tháng 7/2025).", D(2025, 7, 10)),
])
def test_a_bracketed_week_of_a_month_is_the_tasks_time(text, want):
    assert find_timing(text, 2025).deadline == want


@pytest.mark.parametrize("text", [
    "Tổ chức Tuần lễ áo dài (tuần lễ văn hóa).",
    "Kỷ niệm ngày thành lập (15/6/2025).",                 # a bracketed day alone is the day it recalls
    "Duy trì sinh hoạt (hằng tuần).",
])
def test_a_bracketed_week_word_without_a_month_is_no_deadline(text):
    t = find_timing(text, 2025)
    assert t is None or t.deadline is None


def test_a_time_from_the_issue_without_the_issue_date_is_no_deadline():
    assert PlanTime(2026, new_year=False).cell("Trong vòng 15 ngày kể từ ngày ban hành Kế hoạch").deadline is None


# ------------------------------------------------------------------ a recurring task and its report's day
@pytest.mark.parametrize("text, phrase", [
    ("Tuyên truyền trên loa truyền thanh, thường xuyên, báo cáo trước 20/12/2026.",
     "thường xuyên, báo cáo trước 20/12/2026"),
    ("Rà soát đối tượng; hằng quý tổng hợp, báo cáo trước ngày 20/12/2026.",
     "hằng quý tổng hợp, báo cáo trước ngày 20/12/2026"),
    ("Kiểm tra các cơ sở, thực hiện thường xuyên; báo cáo kết quả về UBND xã trước ngày 15/6/2026.",
     "thực hiện thường xuyên; báo cáo kết quả về UBND xã trước ngày 15/6/2026"),   # (the clause's verb too)
])
def test_a_recurring_task_and_its_reports_day_read_as_in_a_cell(text, phrase):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)
    cell = phrase[:1].upper() + phrase[1:]
    assert parse_timing(cell, 2026).deadline is None


@pytest.mark.parametrize("text, want", [
    ("Thường xuyên báo cáo trước 20/12/2026.", D(2026, 12, 20)),    # the text's adverb, not its timing
    ("Kiện toàn Ban Chỉ đạo, báo cáo trước 20/12/2026.", D(2026, 12, 20)),
    ("Giáo dục thường xuyên, báo cáo trước 20/12/2026.", D(2026, 12, 20)),   # a kind of school
    ("Tuyên truyền thường xuyên trên loa; báo cáo kết quả trước 20/12/2026.", D(2026, 12, 20)),
    ("Kiện toàn Ban Chỉ đạo trước 31/3/2026 và duy trì thường xuyên.", D(2026, 3, 31)),
])
def test_a_report_day_without_a_recurring_clause_before_it_is_due(text, want):
    assert find_timing(text, 2026).deadline == want


# ---- a quarter abbreviated with its year after a dash or "năm", as a schedule's cell prints it
@pytest.mark.parametrize("cell, quarter, deadline", [
    ("Q4-2025", 4, D(2025, 12, 31)),
    ("Q1 - 2026", 1, D(2026, 3, 31)),
    ("Q2 năm 2026", 2, D(2026, 6, 30)),
    ("Q.III-2026", 3, D(2026, 9, 30)),
    ("Q3-Q4-2026", None, D(2026, 12, 31)),
    ("Quý 2 - 2026", 2, D(2026, 6, 30)),
])
def test_t3_an_abbreviated_quarter_with_its_year_after_a_dash(cell, quarter, deadline):
    t = parse_timing(cell, 2026)
    assert (t.quarter, t.deadline) == (quarter, deadline)
    assert find_timing(f"Tổ chức diễn tập phòng cháy, hoàn thành trong {cell}.", 2026).deadline == deadline


@pytest.mark.parametrize("cell", ["q4-2025", "Q1-2025-03", "Quận 1 - 2025", "Q1-2"])
def test_t3_no_abbreviated_quarter(cell):
    assert parse_timing(cell, 2025).quarter is None


# Task 7 (new plan layouts): a season that crosses the year end, named in a trích yếu ("mùa khô 2024 -
# 2025", "vụ Đông Xuân 2025 - 2026", "mùa Đông - Xuân 2025 - 2026"), is the span its yearless months fall
# in: July to December the first year's, January to June the second's. A crop year, a two-year period or
# years that are not consecutive name no such season.
@pytest.mark.parametrize("title, want", [
    ("Phòng cháy, chữa cháy rừng mùa khô 2024 - 2025", (D(2024, 7, 1), D(2025, 6, 30))),
    ("Chỉ đạo sản xuất vụ Đông Xuân 2025-2026 trên địa bàn huyện", (D(2025, 7, 1), D(2026, 6, 30))),
    ("Phòng, chống dịch bệnh mùa Đông - Xuân 2025 - 2026", (D(2025, 7, 1), D(2026, 6, 30))),
    ("Phòng, chống rét đậm, rét hại cho gia súc mùa đông năm 2025 - 2026", (D(2025, 7, 1), D(2026, 6, 30))),
    ("Phòng cháy chữa cháy rừng mùa khô năm 2025 – 2026", (D(2025, 7, 1), D(2026, 6, 30))),
    # negatives
    ("Thu hoạch, tiêu thụ cà phê niên vụ 2024 - 2025", None),
    ("Phát triển du lịch giai đoạn 2025 - 2026", None),
    ("Sản xuất vụ Đông Xuân 2025 - 2027", None),
    ("Sản xuất vụ Đông Xuân năm 2025", None),
    (None, None),
])
def test_task7_a_season_across_the_year_end_is_the_plans_span(title, want):
    from extractors.dates import season_span
    assert season_span(title) == want


@pytest.mark.parametrize("cell, want", [
    ("Tháng 11", D(2025, 11, 30)), ("Tháng 12", D(2025, 12, 31)), ("Tháng 01", D(2026, 1, 31)),
    ("Tháng 3", D(2026, 3, 31)), ("Trước ngày 15/01", D(2026, 1, 15)),
])
def test_task7_yearless_months_of_a_season_plan(cell, want):
    from extractors.header import plan_time
    when = plan_time("Phòng cháy, chữa cháy rừng mùa khô 2025 - 2026", 2025, D(2025, 10, 20))
    t = parse_timing(cell, when.year, when.span)
    assert t is not None and t.deadline == want


# Several due times in one task's running text ("báo cáo sơ kết trước ngày 15/6/2025 và báo cáo tổng kết
# trước ngày 15/12/2025"): each is printed in the timing, in order, as a schedule's repeated timing fields
# are ("; "); the latest is due; a quarter stays only when every time falls in it.
@pytest.mark.parametrize("text, year, want", [
    ("Báo cáo sơ kết trước ngày 15/6/2025 và báo cáo tổng kết trước ngày 15/12/2025.", 2025,
     ("trước ngày 15/6/2025; trước ngày 15/12/2025", D(2025, 12, 15), None)),
    ("Hội LHPN các xã báo cáo kết quả 6 tháng (trước ngày 10/6) và cả năm (trước ngày 10/11) về Hội LHPN huyện.",
     2026, ("trước ngày 10/6; trước ngày 10/11", D(2026, 11, 10), None)),
    ("Xây dựng đề cương gửi các phường trước ngày 05/4/2026; tổng hợp kết quả, báo cáo Chủ tịch UBND thành phố "
     "chậm nhất ngày 10/5/2026.", 2026, ("trước ngày 05/4/2026; chậm nhất ngày 10/5/2026", D(2026, 5, 10), None)),
    ("Tổ chức kiểm tra liên ngành đợt 1 trong Quý II/2026, đợt 2 trong Quý IV/2026.", 2026,
     ("trong Quý II/2026; trong Quý IV/2026", D(2026, 12, 31), None)),        # two quarters: none
    ("Kiểm tra đợt 1 hoàn thành trong Quý III/2026, đợt 2 trước ngày 30/9/2026.", 2026,
     ("hoàn thành trong Quý III/2026; trước ngày 30/9/2026", D(2026, 9, 30), 3)),   # both in the third
    ("Kiểm tra an toàn thực phẩm; đợt 1 hoàn thành trước ngày 15-3-2026, đợt 2 hoàn thành trước ngày 15.9.2026.",
     2026, ("hoàn thành trước ngày 15-3-2026; hoàn thành trước ngày 15.9.2026", D(2026, 9, 15), None)),
    ("Triển khai từ ngày 01/3/2026 đến ngày 30/6/2026, báo cáo kết quả trước ngày 10/7/2026.", 2026,
     ("từ ngày 01/3/2026 đến ngày 30/6/2026; trước ngày 10/7/2026", D(2026, 7, 10), None)),
    # one time only: a document's date, a bracket that narrows the time, upkeep after the due day
    ("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2026, hoàn thành trước ngày 30/6/2026.", 2026,
     ("hoàn thành trước ngày 30/6/2026", D(2026, 6, 30), None)),
    ("Rà soát hồ sơ, hoàn thành trong tháng 3/2026 (trước ngày 26/3/2026).", 2026,
     ("hoàn thành trong tháng 3/2026 (trước ngày 26/3/2026)", D(2026, 3, 26), None)),
    ("Chỉnh trang khuôn viên, hoàn thành trước 30/6/2026 và duy trì thường xuyên.", 2026,
     ("hoàn thành trước 30/6/2026", D(2026, 6, 30), None)),
])
def test_timing2_several_due_times_in_running_text_are_all_printed(text, year, want):
    t = find_timing(text, year)
    assert (t.text, t.deadline, t.quarter, t.recurring) == (*want, False)
    assert text.find(t.text.split("; ")[0]) == t.start and t.end == text.find(t.text.split("; ")[-1]) + len(
        t.text.split("; ")[-1])


def test_timing2_several_due_times_read_alike_in_a_cell_and_in_running_text():
    plan = PlanTime(2025)
    found = plan.find("Văn phòng tổng hợp, báo cáo kết quả 6 tháng trước ngày 15/6/2025, cả năm trước ngày 30/11/2025.")
    cell = plan.cell("6 tháng: trước ngày 15/6/2025; cả năm: trước ngày 30/11/2025")
    assert found.deadline == cell.deadline == D(2025, 11, 30)
    assert found.text == "trước ngày 15/6/2025; trước ngày 30/11/2025"


# "(từ nay) đến hết năm", "hoàn thành trong năm" closing a clause with no year: the plan's year's end, as
# the cells "Từ nay đến hết năm", "Trong năm" read; "trong năm" after another verb is a stretch.
@pytest.mark.parametrize("text, year, want", [
    ("Tập trung giải quyết dứt điểm các vụ việc tranh chấp đất đai từ nay đến hết năm.", 2026,
     ("từ nay đến hết năm", D(2026, 12, 31))),
    ("Vận động hội viên tham gia bảo hiểm y tế hộ gia đình, thực hiện từ nay đến hết năm", 2025,
     ("từ nay đến hết năm", D(2025, 12, 31))),
    ("Duy trì hoạt động của tổ an ninh tự quản đến hết năm nay; Công an xã hướng dẫn.", 2026,
     ("đến hết năm nay", D(2026, 12, 31))),
    ("Rà soát, chuẩn hóa dữ liệu hộ tịch, hoàn thành trong năm.", 2025, ("hoàn thành trong năm", D(2025, 12, 31))),
    ("Sửa chữa 03 phòng học tại điểm trường bản Nà Tâu, xong trong năm, (Trường Tiểu học chủ trì).", 2026,
     ("xong trong năm", D(2026, 12, 31))),
    # not a stretch inside the year, a school year, nor without the plan's year
    ("Tổ chức hội thi tìm hiểu pháp luật 2 lần trong năm.", 2026, None),
    ("Duy trì sĩ số học sinh đến hết năm học.", 2026, None),
    ("Tập trung giải quyết dứt điểm các vụ việc từ nay đến hết năm.", None, None),
])
def test_timing2_a_yearless_run_to_the_years_end_in_running_text(text, year, want):
    t = find_timing(text, year)
    assert (None if t is None else (t.text, t.deadline)) == want


# A cadence listing the periods it reports on ("định kỳ 6 tháng, năm", "hằng quý, 6 tháng và năm") closing
# the text, or followed by its day in brackets ("hằng tháng (trước ngày 20)"): recurring, no deadline, all
# of it printed, as the same cells read.
@pytest.mark.parametrize("text, phrase", [
    ("Văn phòng theo dõi, tổng hợp, báo cáo lãnh đạo Ban định kỳ 6 tháng, năm.", "định kỳ 6 tháng, năm"),
    ("Các phòng báo cáo kết quả định kỳ hằng quý, 6 tháng và năm.", "định kỳ hằng quý, 6 tháng và năm"),
    ("Trạm Y tế báo cáo kết quả về UBND xã hằng tháng (trước ngày 20).", "hằng tháng (trước ngày 20)"),
    ("Các trường báo cáo số liệu định kỳ hằng quý (chậm nhất ngày 15) về Phòng Văn hóa - Xã hội.",
     "định kỳ hằng quý (chậm nhất ngày 15)"),
    ("Các cơ quan báo cáo kết quả định kỳ hằng quý (trước ngày 15 của tháng cuối quý).",
     "định kỳ hằng quý (trước ngày 15 của tháng cuối quý)"),
])
def test_timing2_a_cadence_with_its_periods_or_its_day_in_brackets(text, phrase):
    t = find_timing(text, 2026)
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)
    cell = parse_timing(phrase[0].upper() + phrase[1:], 2026)
    assert (cell.deadline, cell.recurring) == (None, True)


@pytest.mark.parametrize("text", [
    "Tổ chức kiểm tra định kỳ 6 tháng đầu năm 2026 tại các thôn.",   # a period of the year, not a cadence
    "Tổng kết 5 năm thực hiện phong trào vào tháng 11/2026.",
])
def test_timing2_periods_are_no_cadence_without_one(text):
    t = find_timing(text, 2026)
    assert t is None or not t.text.endswith(", năm")


# The phrasings of time real plans print, read alike in a timing cell and in running text: the time as
# printed, its last day where the phrase fixes one (SCHEMA: recurring, open or a season → none).
@pytest.mark.parametrize("phrase, year, deadline, quarter, recurring", [
    ("hằng tháng", 2026, None, None, True),
    ("hàng quý", 2026, None, None, True),
    ("định kỳ 6 tháng", 2026, None, None, True),
    ("trước ngày 20 hằng tháng", 2026, None, None, True),
    ("trước ngày 25/12 hằng năm", 2025, None, None, True),
    ("vào tuần đầu tháng 3", 2026, D(2026, 3, 7), None, False),
    ("trong tháng 3 và tháng 9", 2025, D(2025, 9, 30), None, False),
    ("trong Quý I, II/2026", 2026, D(2026, 6, 30), None, False),
    ("trong 6 tháng đầu năm", 2026, D(2026, 6, 30), None, False),
    ("vào cuối năm 2025", 2025, D(2025, 12, 31), None, False),
    ("trong năm học 2025 - 2026", 2025, D(2026, 5, 31), None, False),
    ("trong học kỳ II năm học 2025 - 2026", 2026, D(2026, 5, 31), None, False),
    ("từ nay đến hết năm", 2026, D(2026, 12, 31), None, False),
    ("trước 30/6", 2025, D(2025, 6, 30), None, False),
    ("trong tháng 3-4/2026", 2026, D(2026, 4, 30), None, False),
    ("trong tháng 3, 4 năm 2026", 2026, D(2026, 4, 30), None, False),
    ("trước ngày 15-3-2026", 2026, D(2026, 3, 15), None, False),
    ("trước ngày 15.3.2026", 2026, D(2026, 3, 15), None, False),
    ("trước ngày 15/ 3/2026", 2026, D(2026, 3, 15), None, False),        # OCR's space after a slash
    ("trước ngày 15 / 03 / 2026", 2026, D(2026, 3, 15), None, False),
    ("trong Quý III/2025", 2025, D(2025, 9, 30), 3, False),
])
def test_timing2_phrasings_plans_print_in_a_cell_and_in_running_text(phrase, year, deadline, quarter, recurring):
    plan = PlanTime(year)
    cell = plan.cell(phrase[0].upper() + phrase[1:])
    found = plan.find(f"Ủy ban nhân dân xã Nậm Cắn tổ chức kiểm tra việc thực hiện tại các bản {phrase}.")
    assert (cell.deadline, cell.quarter, cell.recurring) == (deadline, quarter, recurring)
    assert (found.text, found.deadline, found.quarter, found.recurring) == (phrase, deadline, quarter, recurring)


@pytest.mark.parametrize("cell, deadline, recurring", [
    ("Thường xuyên; cao điểm tháng 6", None, True),              # a peak inside the work's own time
    ("Dịp Tết Nguyên đán Bính Ngọ 2026", None, False),           # a season, no last day
    ("Học kỳ II", D(2026, 5, 31), False),                       # a term of the school year the plan runs over
    ("Cuối năm 2025", D(2025, 12, 31), False),
    ("Tháng 3-4/2026", D(2026, 4, 30), False),
    ("15.3.2026", D(2026, 3, 15), False),
    ("15/ 3/ 2026", D(2026, 3, 15), False),
])
def test_timing2_more_cells_plans_print(cell, deadline, recurring):
    plan = PlanTime(2025, 2026, school_year_span("Công tác giáo dục năm học 2025 - 2026", D(2025, 9, 10)),
                    new_year=False)
    t = plan.cell(cell)
    assert (t.text, t.deadline, t.recurring) == (cell, deadline, recurring)


# Red team (v21 task 7): a cadence closing a clause that a ";" ends, set off by a comma, is the task's
# timing as printed (recurring, no deadline) though a follow-up clause comes after it; with no comma
# before it, or inside the clause, the words may name a thing and are not read.
@pytest.mark.parametrize("text, phrase", [
    ("Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng, mỗi tháng 01 lần; công bố kết quả tại giao ban.",
     "mỗi tháng 01 lần"),
    ("Kiểm tra, xử lý vi phạm về vệ sinh môi trường, định kỳ 02 lần/tháng; lập biên bản các trường hợp vi phạm.",
     "định kỳ 02 lần/tháng"),
    ("Tuyên truyền trên loa truyền thanh của thôn Bản Lầm, thực hiện hằng tuần; cập nhật tin bài lên trang Zalo.",
     "thực hiện hằng tuần"),
    ("Tuần tra bảo vệ rừng đầu nguồn (định kỳ hằng quý); phối hợp Hạt Kiểm lâm xử lý vi phạm.",
     "định kỳ hằng quý"),
    ("Rà soát hộ nghèo, 06 tháng 01 lần; kết quả gửi Phòng Văn hóa - Xã hội; lưu hồ sơ tại xã.",
     "06 tháng 01 lần"),
    # no comma: a noun phrase ("kế hoạch hằng năm", "báo cáo định kỳ") and its follow-up
    ("Xây dựng kế hoạch hằng năm; báo cáo UBND xã phê duyệt.", None),
    ("Thực hiện chế độ báo cáo định kỳ; tham mưu xử lý kịp thời các vướng mắc.", None),
    # a leading adverb, and a dated clause after the cadence keeps its date
    ("Thường xuyên kiểm tra; lập biên bản các trường hợp vi phạm.", None),
])
def test_redteam7_cadence_closing_a_clause_before_a_semicolon(text, phrase):
    t = find_timing(text, 2026)
    if phrase is None:
        assert t is None
        return
    assert t is not None and (t.text, t.deadline, t.quarter, t.recurring) == (phrase, None, None, True)
    assert text[t.start:t.end] == t.text


def test_redteam7_a_dated_clause_wins_over_an_earlier_cadence():
    t = find_timing("Kiểm tra vệ sinh an toàn thực phẩm, mỗi quý 01 lần; tổng kết trước ngày 15/12/2026.", 2026)
    assert t is not None and t.deadline == dt.date(2026, 12, 15)


def test_redteam7_a_closing_report_cadence_wins_over_a_clause_cadence():
    t = find_timing("Duy trì hoạt động của Tổ bảo vệ trẻ em tại các khu phố, thực hiện thường xuyên; "
                    "định kỳ 6 tháng báo cáo kết quả về UBND xã.", 2026)
    assert t is not None and t.text == "định kỳ 6 tháng" and t.deadline is None


# "đến hết năm" that a comma goes on from, with no verb of work in its clause, counts a figure as of the
# year's end: no deadline. With a verb, or closing its clause, it is the plan's year's end.
@pytest.mark.parametrize("text, year, want", [
    ("Số lượng đảng viên đến hết năm, không tính đảng viên chuyển sinh hoạt tạm thời.", 2026, None),
    ("Tổng số hộ nghèo tới hết năm, theo kết quả rà soát, giảm 2%.", 2025, None),
    ("Duy trì tổ tự quản đến hết năm, định kỳ báo cáo UBND xã.", 2026, ("đến hết năm", D(2026, 12, 31))),
    ("Triển khai mô hình từ nay đến hết năm, Hội Phụ nữ chủ trì.", 2025, ("từ nay đến hết năm", D(2025, 12, 31))),
    ("Giải quyết dứt điểm các vụ việc đến hết năm.", 2026, ("đến hết năm", D(2026, 12, 31))),
])
def test_mend12_as_of_the_years_end_is_no_deadline(text, year, want):
    t = find_timing(text, year)
    assert (None if t is None else (t.text, t.deadline)) == want


# A recurring timing may close on the stretch it holds over ("… trong đợt cao điểm", "… trong thời gian
# diễn ra lễ hội", "… trong suốt mùa mưa bão"): the stretch is part of it as printed, and no date.
@pytest.mark.parametrize("text, phrase", [
    ("Tuyên truyền thủ đoạn lừa đảo qua mạng trên loa truyền thanh các ấp, thực hiện thường xuyên trong đợt cao điểm.",
     "thực hiện thường xuyên trong đợt cao điểm"),
    ("Kiểm tra an toàn thực phẩm tại các cơ sở dịch vụ ăn uống, thường xuyên trong thời gian diễn ra lễ hội.",
     "thường xuyên trong thời gian diễn ra lễ hội"),
    ("Trực ban phòng, chống thiên tai 24/24 giờ; hằng ngày trong suốt mùa mưa bão.", "hằng ngày trong suốt mùa mưa bão"),
    ("Tuần tra bảo vệ rừng tại các tiểu khu giáp ranh; định kỳ hằng tuần trong mùa khô.", "định kỳ hằng tuần trong mùa khô"),
    ("Vận động hội viên tham gia giữ gìn trật tự; thực hiện thường xuyên, liên tục trong dịp Tết Nguyên đán.",
     "thực hiện thường xuyên, liên tục trong dịp Tết Nguyên đán"),
])
def test_rt1_recurring_timing_closing_on_its_stretch(text: str, phrase: str) -> None:
    t = find_timing(text, 2026)
    assert t is not None
    assert (t.text, t.deadline, t.recurring) == (phrase, None, True)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("text", [
    "Tổ chức tuyên truyền trên loa truyền thanh các ấp trong đợt cao điểm.",
    "Giáo dục thường xuyên trong thời gian hè cho học sinh.",
    "Thường xuyên kiểm tra các tụ điểm trong thời gian cao điểm.",
])
def test_rt1_a_stretch_without_a_closing_recurring_word_is_no_timing(text: str) -> None:
    t = find_timing(text, 2026)
    assert t is None or not t.recurring


# "Mùng" / "mồng" before a day of the first ten, solar or lunar, is a word of the date: the day it
# opens is the deadline, also at a range's end ("đến hết ngày mùng 6 tháng Giêng").
@pytest.mark.parametrize("text, year, want", [
    ("Từ ngày 25 tháng Chạp đến hết ngày mùng 6 tháng Giêng năm Bính Ngọ", 2026, D(2026, 2, 22)),
    ("từ ngày 20 tháng Chạp đến ngày mồng 8 tháng Giêng", 2025, D(2025, 2, 5)),
    ("Trước ngày mồng 2 tháng 9 năm 2025", 2025, D(2025, 9, 2)),
    ("Hoàn thành trước ngày mùng 5/9/2026", 2026, D(2026, 9, 5)),
    ("từ ngày mùng 1/10 đến ngày mồng 9/10", 2025, D(2025, 10, 9)),
])
def test_redteam3_mung_before_a_day_is_part_of_the_date(text, year, want):
    t = parse_timing(text, year)
    assert t is not None and t.deadline == want


# Parts of one task each held on their own day, "vào" each ("đợt 1 vào tháng 7/2026 và đợt 2 vào tháng
# 12/2026", "cấp huyện vào tháng 5, cấp tỉnh vào tháng 8"): the list closes the text, so every day is the
# task's time, printed in order ("; ") and the latest due. One "vào" day inside the sentence is content.
@pytest.mark.parametrize("text, year, want", [
    ("Tổ chức kiểm tra đợt 1 vào tháng 7/2026 và đợt 2 vào tháng 12/2026.", 2026,
     ("vào tháng 7/2026; vào tháng 12/2026", D(2026, 12, 31))),
    ("Tổ chức Hội thi cấp huyện vào tháng 5/2025, cấp tỉnh vào tháng 8/2025.", 2025,
     ("vào tháng 5/2025; vào tháng 8/2025", D(2025, 8, 31))),
    ("Giám sát lần 1 vào Quý II/2026; lần 2 vào Quý IV/2026.", 2026,
     ("vào Quý II/2026; vào Quý IV/2026", D(2026, 12, 31))),
    ("Ra quân đợt 1 vào ngày 15/3/2026 và đợt 2 vào ngày 20/9/2026 tại Nhà văn hóa thôn Bình An.", 2026,
     ("vào ngày 15/3/2026; vào ngày 20/9/2026", D(2026, 9, 20))),
    ("Tập huấn cho cán bộ xã vào tháng 4/2026 và cho cán bộ thôn vào tháng 6/2026.", 2026,
     ("vào tháng 4/2026; vào tháng 6/2026", D(2026, 6, 30))),
    # a day in mid-sentence, or two "vào" days the sentence goes on after, set no time
    ("Tập huấn vào tháng 4/2026 cho cán bộ cấp xã.", 2026, None),
    ("Tổ chức hội nghị vào tháng 7/2026 và hội thảo vào tháng 9/2026 để tổng kết mô hình.", 2026, None),
])
def test_t5_listed_parts_each_on_their_day_are_all_printed(text, year, want):
    t = find_timing(text, year)
    assert (None if t is None else (t.text, t.deadline)) == want


# Per-level or per-part due days printed latest first ("cấp tỉnh trước 30/9, cấp huyện trước 31/8, cấp xã
# trước 31/7"): each is printed in order and the latest is due, as when they run earliest first; only an
# earlier day inside a bracket opened after a later one is a note on a step of the work.
@pytest.mark.parametrize("text, year, want", [
    ("Tổng kết phong trào: cấp tỉnh trước ngày 30/9/2026, cấp huyện trước ngày 31/8/2026, cấp xã trước ngày "
     "31/7/2026.", 2026,
     ("trước ngày 30/9/2026; trước ngày 31/8/2026; trước ngày 31/7/2026", D(2026, 9, 30))),
    ("Hoàn thành rà soát: cấp huyện chậm nhất ngày 15/11/2025, cấp xã chậm nhất ngày 30/10/2025.", 2025,
     ("chậm nhất ngày 15/11/2025; chậm nhất ngày 30/10/2025", D(2025, 11, 15))),
    ("Báo cáo kết quả cả năm trước ngày 10/12/2026 và 6 tháng trước ngày 10/6/2026.", 2026,
     ("trước ngày 10/12/2026; trước ngày 10/6/2026", D(2026, 12, 10))),
    ("Kiểm tra cấp tỉnh hoàn thành trong Quý III/2026, cấp huyện hoàn thành trong Quý II/2026.", 2026,
     ("hoàn thành trong Quý III/2026; hoàn thành trong Quý II/2026", D(2026, 9, 30))),
    # earliest first, as before
    ("Phường hoàn thành trước 31/7/2026, thành phố trước 31/8/2026.", 2026,
     ("hoàn thành trước 31/7/2026; trước 31/8/2026", D(2026, 8, 31))),
    # a bracketed step's earlier day stays a note
    ("Tổng kết trong tháng 12/2026, họp Ban Chỉ đạo (trước ngày 25/11/2026 các xã gửi báo cáo).", 2026,
     ("trong tháng 12/2026", D(2026, 12, 31))),
])
def test_t5_due_days_printed_latest_first_are_all_printed(text, year, want):
    t = find_timing(text, year)
    assert (t.text, t.deadline) == want
    assert t.start == text.find(t.text.split("; ")[0])


# A cell listing one time per level or part, latest first ("Cấp tỉnh: trước 30/9/2026; cấp huyện: trước
# 31/8/2026"): the latest is due, as in running text. Times of other kinds after a longer one still narrow
# it ("Trong năm 2026, hoàn thành trước ngày 30/6/2026"), as a bracketed day does.
@pytest.mark.parametrize("cell, year, want", [
    ("Cấp tỉnh: trước 30/9/2026; cấp huyện: trước 31/8/2026", 2026, D(2026, 9, 30)),
    ("Cấp huyện trước ngày 15/11/2025, cấp xã trước ngày 30/10/2025", 2025, D(2025, 11, 15)),
    ("Đợt 2: tháng 10/2025; đợt 1: tháng 5/2025", 2025, D(2025, 10, 31)),
    ("Khối tỉnh: Quý III/2026; khối huyện: Quý II/2026", 2026, D(2026, 9, 30)),
    # earliest first, and narrowing times of another kind, as before
    ("Cấp xã: trước 31/7/2026; cấp huyện: trước 31/8/2026", 2026, D(2026, 8, 31)),
    ("Trong năm 2026, hoàn thành trước ngày 30/6/2026", 2026, D(2026, 6, 30)),
    ("Quý IV/2026 (trước ngày 15/11/2026)", 2026, D(2026, 11, 15)),
])
def test_t5_a_cell_listing_parts_latest_first_is_due_on_the_latest(cell, year, want):
    assert PlanTime(year).cell(cell).deadline == want


# A timing field whose value lists its parts after ";" ("Thời gian: đợt 1 tháng 5/2026; đợt 2 tháng 11/2026")
# holds them all; a ";" before anything else still ends it.
@pytest.mark.parametrize("text, year, want", [
    ("Kiểm tra các cơ sở. Thời gian: đợt 1 tháng 5/2026; đợt 2 tháng 11/2026.", 2026,
     ("đợt 1 tháng 5/2026; đợt 2 tháng 11/2026", D(2026, 11, 30))),
    ("Thời gian hoàn thành: lần 1 trước 15/6/2025; lần 2 trước 15/12/2025; Văn phòng tổng hợp.", 2025,
     ("lần 1 trước 15/6/2025; lần 2 trước 15/12/2025", D(2025, 12, 15))),
    ("Thời gian thực hiện: cấp xã trước 31/7/2026; cấp huyện trước 31/8/2026; cấp tỉnh trước 30/9/2026.", 2026,
     ("cấp xã trước 31/7/2026; cấp huyện trước 31/8/2026; cấp tỉnh trước 30/9/2026", D(2026, 9, 30))),
    ("Thời gian thực hiện: Quý II/2026; cấp xã phối hợp thực hiện.", 2026, ("Quý II/2026", D(2026, 6, 30))),
])
def test_t5_a_timing_field_goes_on_over_its_parts(text, year, want):
    t = PlanTime(year).find(text)
    assert (t.text, t.deadline) == want


# A "vào" day closing the task's own words, followed only by who does the work ("… vào tháng 9/2025. Phòng Y
# tế huyện chủ trì; Công an huyện phối hợp."), is the task's time, as a day ending the text is.
@pytest.mark.parametrize("text, year, want", [
    ("Tổ chức kiểm tra đợt 1 vào tháng 4/2025 và đợt 2 vào tháng 9/2025. Phòng Y tế huyện chủ trì; Công an huyện "
     "phối hợp.", 2025, ("vào tháng 4/2025; vào tháng 9/2025", D(2025, 9, 30))),
    ("Tổ chức Hội nghị tổng kết vào ngày 20/12/2026; Văn phòng HĐND - UBND xã chủ trì.", 2026,
     ("vào ngày 20/12/2026", D(2026, 12, 20))),
    ("Ra quân làm sạch môi trường vào tháng 3/2026. Đoàn Thanh niên xã thực hiện.", 2026,
     ("vào tháng 3/2026", D(2026, 3, 31))),
    # more of the task's work after the day, or another time: no time read off the day
    ("Tổ chức Hội nghị vào ngày 15/3/2026; sau đó nhân rộng mô hình ra các thôn.", 2026, None),
])
def test_t5_a_day_before_who_does_the_work_is_the_tasks_time(text, year, want):
    t = PlanTime(year).find(text)
    assert (None if t is None else (t.text, t.deadline)) == want


# mend1: a timing field goes on past ";" only into a part labelled as one (a round's number or ordinal after
# "đợt"/"lần"/"giai đoạn", a level after "cấp") or opening on its own time; "đột xuất …", "cấp phát …",
# "lần lượt …", "cấp ủy …" open clauses of their own, whose days are not the field's.
@pytest.mark.parametrize("text, year, want", [
    ("Thời gian: tháng 6/2025; đột xuất khi có yêu cầu vào tháng 9/2025.", 2025, ("tháng 6/2025", D(2025, 6, 30))),
    ("Thời gian thực hiện: Quý II/2025; cấp phát tài liệu cho các thôn trong tháng 8/2025.", 2025,
     ("Quý II/2025", D(2025, 6, 30))),
    ("Thời gian thực hiện: Quý II/2025; lần lượt các thôn báo cáo trước ngày 30/9/2025.", 2025,
     ("Quý II/2025", D(2025, 6, 30))),
    ("Thời gian thực hiện: Quý II/2025; cấp ủy chỉ đạo sơ kết trước 15/12/2025.", 2025, ("Quý II/2025", D(2025, 6, 30))),
    ("Thời gian: tháng 6/2025; lần lượt tổ chức tại các xã đến hết tháng 10/2025.", 2025,
     ("tháng 6/2025", D(2025, 6, 30))),
    # parts that are the field's
    ("Thời gian: tháng 5/2025; tháng 11/2025.", 2025, ("tháng 5/2025; tháng 11/2025", D(2025, 11, 30))),
    ("Thời gian: lần 1 tháng 5/2025; lần 2 tháng 11/2025.", 2025,
     ("lần 1 tháng 5/2025; lần 2 tháng 11/2025", D(2025, 11, 30))),
    ("Thời gian: Quý I/2026; Quý III/2026.", 2026, ("Quý I/2026; Quý III/2026", D(2026, 9, 30))),
    ("Thời gian: ngày 15/3/2026; ngày 20/9/2026.", 2026, ("ngày 15/3/2026; ngày 20/9/2026", D(2026, 9, 20))),
    ("Thời gian: đợt một tháng 4/2026; đợt hai tháng 10/2026.", 2026,
     ("đợt một tháng 4/2026; đợt hai tháng 10/2026", D(2026, 10, 31))),
    ("Thời gian: lần thứ nhất trước 30/6/2026; lần thứ hai trước 31/12/2026.", 2026,
     ("lần thứ nhất trước 30/6/2026; lần thứ hai trước 31/12/2026", D(2026, 12, 31))),
    ("Thời gian: giai đoạn I năm 2025; giai đoạn II năm 2026.", 2025,
     ("giai đoạn I năm 2025; giai đoạn II năm 2026", D(2026, 12, 31))),
    ("Thời gian: đợt 1 tháng 3/2026; đợt cuối tháng 11/2026.", 2026,
     ("đợt 1 tháng 3/2026; đợt cuối tháng 11/2026", D(2026, 11, 30))),
    ("Thời gian hoàn thành: cấp cơ sở trước 30/4/2026; cấp huyện trước 31/5/2026.", 2026,
     ("cấp cơ sở trước 30/4/2026; cấp huyện trước 31/5/2026", D(2026, 5, 31))),
    ("Thời gian hoàn thành: cấp thôn trước 30/4/2026; cấp trung ương trước 31/5/2026.", 2026,
     ("cấp thôn trước 30/4/2026; cấp trung ương trước 31/5/2026", D(2026, 5, 31))),
])
def test_mend1_a_timing_field_goes_on_only_into_its_own_parts(text, year, want):
    t = PlanTime(year).find(text)
    assert (t.text, t.deadline) == want


# ---- h6 (v28): a session before the day an event is held ("… vào sáng ngày 31/5/2025")
@pytest.mark.parametrize("text, deadline, printed", [
    ("Tổ chức các trò chơi dân gian vào sáng ngày 31/5/2025.", dt.date(2025, 5, 31), "vào sáng ngày 31/5/2025"),
    ("Tổ chức mít tinh vào chiều ngày 02/9 tại sân vận động xã.", dt.date(2025, 9, 2), "vào chiều ngày 02/9"),
    ("Thắp nến tri ân vào tối ngày 26/7/2025.", dt.date(2025, 7, 26), "tối ngày 26/7/2025"),   # (the evening read as before)
])
def test_h6v28_session_before_the_day(text, deadline, printed):
    from extractors.dates import PlanTime
    got = PlanTime(year=2025).find(text)
    assert (got.deadline, got.text) == (deadline, printed)


# --- m15 (rv5 #2): a plan whose title prints no year, issued late in the year, dates a month or day
# printed without its year that falls before its issue month in the next year (PlanTime.ahead), and its
# plan_year follows; a title that prints its year keeps it
M15_P6Z = 'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 301/KH-UBND\nĐức Thọ, ngày 26 tháng 12 năm 2023\n\nKẾ HOẠCH\nTuyên truyền phổ biến, giáo dục pháp luật trên địa bàn huyện\n\nCăn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;\nCăn cứ Quyết định số 3850/QĐ-UBND ngày 15/12/2023 của UBND tỉnh Hà Tĩnh;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân.\n\nII. NỘI DUNG VÀ LỊCH THỰC HIỆN\nThời gian\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\nTháng 1\tTuyên truyền Luật Đất đai năm 2024\tPhòng Tài nguyên và Môi trường\tUBND các xã, thị trấn\nTháng 2\tTuyên truyền phòng, chống pháo nổ dịp Tết Nguyên đán\tCông an huyện\tĐoàn Thanh niên huyện\nTháng 3\tHưởng ứng Ngày Nước thế giới 22/3\tPhòng Nông nghiệp và Phát triển nông thôn\tHội Nông dân huyện\nTháng 4\tTuyên truyền Luật An toàn giao thông đường bộ\tCông an huyện\tTrung tâm Văn hóa - Truyền thông huyện\nTháng 5\tTuyên truyền về bầu cử và phòng chống tham nhũng\tThanh tra huyện\tPhòng Tư pháp\nTháng 6\tTháng hành động vì trẻ em\tPhòng Lao động - Thương binh và Xã hội\tHội Liên hiệp Phụ nữ huyện\nTháng 7\tTuyên truyền Luật Cư trú\tCông an huyện\tUBND các xã, thị trấn\nTháng 8\tTuyên truyền Luật Thực hiện dân chủ ở cơ sở\tPhòng Nội vụ\tỦy ban MTTQ Việt Nam huyện\nTháng 9\tTuyên truyền Luật Giáo dục\tPhòng Giáo dục và Đào tạo\tCác trường học\nTháng 10\tTuyên truyền bình đẳng giới\tPhòng Lao động - Thương binh và Xã hội\tHội Liên hiệp Phụ nữ huyện\nTháng 11\tHưởng ứng Ngày Pháp luật Việt Nam 09/11\tPhòng Tư pháp\tCác cơ quan, đơn vị\nTháng 12\tSơ kết, tổng kết công tác\tPhòng Tư pháp\tVăn phòng HĐND và UBND huyện\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n2. Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ Kế hoạch, triển khai thực hiện.\n\nNơi nhận:\n- UBND tỉnh;\n- Sở Tư pháp;\n- Các cơ quan, đơn vị;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Tiến Dũng\n'
M15_PD2 = 'ỦY BAN NHÂN DÂN\nXÃ NGHĨA HƯNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 150/KH-UBND\nNghĩa Hưng, ngày 20 tháng 12 năm 2024\n\nKẾ HOẠCH\nTuyên truyền phòng, chống ma túy trên địa bàn xã\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng công tác.\n\nII. NỘI DUNG\n1. Xây dựng và ban hành kế hoạch chi tiết, hoàn thành trước ngày 15/01.\n2. Tổ chức kiểm tra tại các thôn, hoàn thành trước ngày 30/6.\n3. Tổng kết, đánh giá, báo cáo kết quả về UBND huyện trước ngày 10/12.\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn phòng - Thống kê theo dõi, tổng hợp.\n\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n'


def test_m15_december_month_table_reviewer_plan():
    from pipeline.extract import extract_bytes

    rows = extract_bytes(M15_P6Z.encode(), "duc-tho-pbgdpl.txt").rows()
    deadlines = [t["deadline"] for t in rows["tasks"]]
    assert deadlines[:11] == [month_end(2024, m) for m in range(1, 12)]
    assert rows["documents"][0]["plan_year"] == 2024


def test_m15_december_numbered_days_reviewer_plan():
    from pipeline.extract import extract_bytes

    rows = extract_bytes(M15_PD2.encode(), "nghia-hung.txt").rows()
    assert [t["deadline"] for t in rows["tasks"]][:2] == [dt.date(2025, 1, 15), dt.date(2025, 6, 30)]
    assert rows["documents"][0]["plan_year"] == 2025


@pytest.mark.parametrize("title, issued, text, want", [
    # no year in the title, issued in November/December: months and days before the issue are ahead
    ("Phòng, chống thiên tai trên địa bàn xã", dt.date(2025, 11, 28), "Quý I", dt.date(2026, 3, 31)),
    ("Tổ chức các hoạt động văn hóa, thể thao mừng Xuân", dt.date(2024, 12, 18), "trước ngày 20 tháng 02",
     dt.date(2025, 2, 20)),
    (None, dt.date(2023, 12, 5), "tháng 10", dt.date(2024, 10, 31)),
    # the issue's own month and the months after it stay
    ("Tuyên truyền an toàn giao thông", dt.date(2024, 12, 10), "trước ngày 31/12", dt.date(2024, 12, 31)),
    ("Kiểm tra công tác văn thư, lưu trữ", dt.date(2025, 1, 6), "Tháng 12", dt.date(2025, 12, 31)),
    # a year the title prints is the plan's, either side of the issue
    ("Tuyên truyền phổ biến pháp luật năm 2025", dt.date(2024, 12, 26), "Tháng 1", dt.date(2025, 1, 31)),
    ("Báo cáo tổng kết công tác năm 2024", dt.date(2025, 1, 5), "Quý IV", dt.date(2024, 12, 31)),
    # a year printed with the day is kept
    ("Chuyển đổi số trên địa bàn phường", dt.date(2024, 12, 20), "trước ngày 15/01/2024", dt.date(2024, 1, 15)),
])
def test_m15_yearless_time_before_issue_is_next_year(title, issued, text, want):
    from extractors.header import plan_time

    when = plan_time(title, issued.year, issued)
    assert when.cell(text).deadline == want
    assert when.find(f"Hoàn thành {text}.").deadline == want


# ---- v28 h4: a pattern's needs and gate, found by its identity, skip only scans that find nothing
@pytest.mark.parametrize("text", [
    "hoàn thành trước ngày 15 tháng 3 năm 2026", "trong tháng chạp, trước tết nguyên đán giáp thìn",
    "ngày 20/12 âm lịch năm 2025", "đầu năm 2026 và cuối năm", "nửa đầu tháng 6/2026", "2026-03-15",
    "hằng tháng vào ngày 05", "từ 10/3/2025 - 20/3/2025", "Tết Dương lịch 2026", "giai đoạn 2026 - 2030",
    "không có thời gian nào", "",
])
def test_v28h4_finditer_gates_as_the_tables_say(text):
    import extractors.dates as d
    from extractors.admin import fold_nfc
    s = fold_nfc(text)

    def by_the_tables(rx):   # (the needs and gate looked up by the pattern itself)
        needs, gate = d._NEEDS.get(rx), d._GATES.get(rx)
        if needs is not None and not all(any(w in s for w in group) for group in needs):
            return []
        if gate is not None and gate.search(s) is None:
            return []
        return [m.span() for m in rx.finditer(s)]

    for pattern in list(d._NEEDS) + list(d._GATES) + [d.RE_MONTH, d.RE_QUARTER]:
        assert [m.span() for m in d._finditer(pattern, s)] == by_the_tables(pattern)


def test_v28h4_finditer_skips_a_text_without_the_needed_words():
    import extractors.dates as d
    assert list(d._finditer(d.RE_TET, "trước ngày 30/6/2026")) == []
    assert list(d._finditer(d.RE_DATE_DM_BARE, "trong quý ii")) == []
    assert [m.group() for m in d._finditer(d.RE_TET, "truoc tet nguyen dan")] == \
        [m.group() for m in d.RE_TET.finditer("truoc tet nguyen dan")] != []


# ---- v29 h5: a day with its year, alone in the bracket that closes an item, is the day its event is held
@pytest.mark.parametrize("text, day, printed", [
    ("Tham gia giải chạy việt dã cấp huyện ( 14/3/2026)", dt.date(2026, 3, 14), "14/3/2026"),
    ("Tổ chức cho trẻ tham quan trang trại bò sữa của xã (ngày 25/9/2026).", dt.date(2026, 9, 25), "ngày 25/9/2026"),
    ("- Đại hội Liên đội nhiệm kỳ 2026 - 2027 (02/10/2026);", dt.date(2026, 10, 2), "02/10/2026"),
    ("Khám sức khỏe định kỳ cho trẻ lần 1 (12/11/2026)", dt.date(2026, 11, 12), "12/11/2026"),
])
def test_v29h5_bracketed_closing_day(text, day, printed):
    from extractors.dates import find_timing
    t = find_timing(text, 2026)
    assert t is not None and t.deadline == day and t.text == printed


@pytest.mark.parametrize("text", [
    "Hưởng ứng Ngày Môi trường thế giới (05/6).",                       # a day's name and its yearless date
    "Triển khai Kế hoạch số 45/KH-UBND (ngày 10/02/2026) của UBND tỉnh",  # a cited document's date
    "Quán triệt Nghị quyết của Huyện ủy (ngày 03/3/2026)",              # … its kind named just before
    "Kỷ niệm ngày thành lập Đoàn (26/3/1931 - 26/3/2026)",              # an anniversary
    "Tổ chức hội thi (15/11/2026) tại hội trường thôn Đông",            # the bracket does not close the item
    "Tổ chức Tết Trung thu ngày 25/9/2026",                             # a bare day, no bracket, no trigger
    "Vui Tết Trung thu cho thiếu nhi toàn xã (25/9/2026)",              # a feast's date
    "Chào mừng Ngày Nhà giáo Việt Nam (20/11/2026)",                    # a commemorated day's date
])
def test_v29h5_bracketed_day_not_an_event_day(text):
    from extractors.dates import find_timing
    assert find_timing(text, 2026) is None


# ---- v29 h2: a lunar day a yearless plan's issue has passed is read in the next lunar calendar (PlanTime.ahead),
# not moved a solar year on: Tết 2025 is 29/01/2025, Tết 2026 is 17/02/2026
@pytest.mark.parametrize("title, issued, text, want", [
    ("Tổ chức các hoạt động mừng Đảng, mừng Xuân", dt.date(2024, 12, 18), "Hoàn thành trước Tết Nguyên đán",
     dt.date(2025, 1, 29)),
    (None, dt.date(2024, 12, 2), "trước Tết Nguyên đán", dt.date(2025, 1, 29)),
    ("Bảo đảm an ninh trật tự dịp Tết trên địa bàn phường", dt.date(2024, 12, 20), "Rằm tháng Giêng", dt.date(2025, 2, 12)),
    ("Vui Xuân, đón Tết cho học sinh trường Tiểu học Hòa Khánh", dt.date(2025, 11, 20), "trước Tết Nguyên đán",
     dt.date(2026, 2, 17)),
    ("Tổ chức Lễ hội đầu Xuân của huyện", dt.date(2025, 12, 10), "Rằm tháng Giêng", dt.date(2026, 3, 3)),
])
def test_v29h2_yearless_lunar_day_ahead_of_issue(title, issued, text, want):
    from extractors.header import plan_time

    when = plan_time(title, issued.year, issued)
    assert when.cell(text).deadline == want
    found = when.find(f"Tổ chức kiểm tra {text}.")
    assert found is None or found.deadline == want


# ---- v29 h8: one safe_date for the dates and the header (a day that does not exist is no date)
@pytest.mark.parametrize("y, m, d, want", [
    (2026, 2, 28, dt.date(2026, 2, 28)), (2028, 2, 29, dt.date(2028, 2, 29)), (2026, 2, 29, None),
    (2025, 4, 31, None), (2025, 13, 1, None), (2025, 0, 10, None), (10 ** 20, 1, 1, None),
])
def test_v29h8_safe_date(y, m, d, want):
    from extractors.dates import safe_date
    assert safe_date(y, m, d) == want


def test_v29h8_header_and_dates_agree_on_a_day_that_does_not_exist():
    from extractors.header import _parse_place_date
    mention = parse_date("ngày 31/4/2026")
    assert mention is not None and (mention.day, mention.month, mention.year) == (31, 4, 2026)
    assert mention.date is None
    signed = _parse_place_date("Xã Ea Tam, ngày 31 tháng 4 năm 2026")
    assert signed is not None and (signed.day, signed.month, signed.year) == (31, 4, 2026)
    assert signed.date is None
    assert _parse_place_date("Phường Vĩnh Yên, ngày 30 tháng 4 năm 2026").date == dt.date(2026, 4, 30)


# ---- v30 h2: a cited document's date closing an item is no event day however long the title run on
# between its kind and the bracket; a verb spelled as a kind ("Hướng dẫn các chi đội …") cites nothing
@pytest.mark.parametrize("text", [
    "Quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới (20/6/2026)",
    "Tiếp tục thực hiện Nghị quyết số 05 của Đảng ủy xã về phát triển kinh tế tập thể giai đoạn mới (ngày 14/02/2026).",
    "Triển khai Kế hoạch liên tịch về phối hợp tuyên truyền phòng, chống bạo lực học đường trong nhà trường (03/9/2026);",
    "Rà soát các hộ nghèo; thực hiện Quyết định của Chủ tịch UBND huyện về hỗ trợ nhà ở cho hộ khó khăn (12/5/2026)",
])
def test_v30h2_a_cited_documents_date_after_a_long_title_is_no_event_day(text):
    from extractors.dates import find_timing
    assert find_timing(text, 2026) is None


@pytest.mark.parametrize("text, day", [
    ("Hướng dẫn các chi đội chuẩn bị trang phục, đạo cụ tham gia hội diễn văn nghệ cấp trường (20/11/2026)",
     dt.date(2026, 11, 20)),
    ("Xây dựng chương trình văn nghệ, trang trí sân khấu cho lễ khai giảng năm học mới của nhà trường (05/9/2026).",
     dt.date(2026, 9, 5)),
])
def test_v30h2_a_kind_spelled_as_a_verb_far_before_the_bracket_keeps_the_event_day(text, day):
    from extractors.dates import find_timing
    t = find_timing(text, 2026)
    assert t is not None and t.deadline == day


# ---- v30 h2: a law's date bracketed after its name is no event day ("Luật Nhà giáo (16/6/2025)" was due that day,
# two months before the plan); the law at large ("tìm hiểu pháp luật") and a lawyer ("Luật sư") name no law
@pytest.mark.parametrize("text", [
    "Phổ biến Luật Nhà giáo (16/6/2026).",
    "Tuyên truyền Bộ luật Hình sự sửa đổi, bổ sung (25/6/2026)",
    "Giới thiệu Pháp lệnh Quản lý thị trường (ngày 17/6/2026);",
])
def test_v30h2_a_laws_bracketed_date_is_no_event_day(text):
    from extractors.dates import find_timing
    assert find_timing(text, 2026) is None


@pytest.mark.parametrize("text, day", [
    ("Tổ chức cuộc thi tìm hiểu pháp luật cho học sinh (15/10/2026)", dt.date(2026, 10, 15)),
    ("Mời Đoàn Luật sư tỉnh tư vấn cho hội viên phụ nữ (22/10/2026).", dt.date(2026, 10, 22)),
])
def test_v30h2_the_law_at_large_keeps_the_event_day(text, day):
    from extractors.dates import find_timing
    t = find_timing(text, 2026)
    assert t is not None and t.deadline == day


# ---- v30 h6: a calendar printed without years runs forward; its order, not each month alone, sets the years
# (calendar_years: months read in reading order, a plan's issue day and its year)
def _months(*pairs: tuple[int, int]) -> list[dt.date]:
    return [month_end(y, m) for y, m in pairs]


@pytest.mark.parametrize("read, issued, year, want", [
    # crossing a year's end once: the months before it in the year of the first such month after the issue
    (_months((2025, 12), (2026, 1), (2026, 3), (2026, 6), (2025, 11)), dt.date(2025, 11, 20), 2025,
     _months((2025, 12), (2026, 1), (2026, 3), (2026, 6), (2026, 11))),
    # … whatever year the plan's title names, when it is one of the calendar's two ("… năm 2026")
    (_months((2026, 12), (2026, 1), (2026, 4), (2026, 8), (2026, 11)), dt.date(2025, 11, 25), 2026,
     _months((2025, 12), (2026, 1), (2026, 4), (2026, 8), (2026, 11))),
    # a school's calendar from September to August, issued in August: its August is the next one
    (_months((2025, 9), (2025, 10), (2025, 12), (2026, 2), (2026, 5), (2025, 8)), dt.date(2025, 8, 22), 2025,
     _months((2025, 9), (2025, 10), (2025, 12), (2026, 2), (2026, 5), (2026, 8))),
    # quarters: "Quý IV", "Quý I", "Quý II", "Quý III" of a plan of October
    (_months((2024, 12), (2024, 3), (2024, 6), (2024, 9)), dt.date(2024, 10, 2), 2024,
     _months((2024, 12), (2025, 3), (2025, 6), (2025, 9))),
    # crossing none: one year, the one most were read in ("Tháng 1" … "Tháng 12" of a plan of late December)
    (_months((2026, 1), (2026, 2), (2026, 5), (2026, 9), (2025, 12)), dt.date(2025, 12, 26), 2025,
     _months((2026, 1), (2026, 2), (2026, 5), (2026, 9), (2026, 12))),
    # … and a month already past at the issue stays in the issue's year with the rest
    (_months((2026, 8), (2025, 9), (2025, 10), (2025, 11)), dt.date(2025, 9, 12), 2025,
     _months((2025, 8), (2025, 9), (2025, 10), (2025, 11))),
])
def test_v30h6_calendar_years(read, issued, year, want):
    from extractors.dates import calendar_years
    assert calendar_years(read, issued, year) == want


@pytest.mark.parametrize("read, issued, year", [
    # an issue in January, its calendar one year: nothing to move
    (_months((2025, 1), (2025, 2), (2025, 6), (2025, 12)), dt.date(2025, 1, 5), 2025),
    # a step back from September to March is no year's end: tasks each with its own month, in no order
    (_months((2025, 6), (2025, 9), (2025, 3)), dt.date(2025, 2, 10), 2025),
    # two steps back, or more than a year: no calendar
    (_months((2025, 11), (2025, 12), (2025, 1), (2025, 12), (2025, 1)), dt.date(2025, 10, 1), 2025),
    (_months((2025, 10), (2025, 12), (2025, 1), (2025, 11)), dt.date(2025, 10, 1), 2025),
    # a title's year neither of the calendar's: left as read
    (_months((2027, 12), (2027, 1), (2027, 2)), dt.date(2025, 11, 3), 2027),
    # two due times, or as many in each year: too few to tell
    (_months((2025, 12), (2025, 1)), dt.date(2025, 11, 20), 2025),
    (_months((2026, 3), (2026, 4), (2025, 11), (2025, 12)), dt.date(2025, 11, 20), 2025),
])
def test_v30h6_calendar_years_left_alone(read, issued, year):
    from extractors.dates import calendar_years
    assert calendar_years(read, issued, year) == read


@pytest.mark.parametrize("text, want", [
    ("Tháng 12", True), ("trong tháng 01", True), ("Trước ngày 15/01", False), ("Quý I", True),
    ("Tháng 12/2025", False), ("Quý I năm 2026", False), ("Rằm tháng Giêng", False), ("Trước Tết Nguyên đán", False),
    ("Thường xuyên", False), ("Theo kế hoạch của huyện", False), ("", False), (None, False),
])
def test_v30h6_yearless_months(text, want):
    from extractors.dates import yearless_months
    assert yearless_months(text) is want


# ---- v30 h6: a lunar month printed without its day is read where a solar month is: held "vào" it closing the
# text, set off at its end or alone in a bracket; a lunar day where a solar day is (mid-sentence, it is content)
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức lễ hội truyền thống đình làng Phú Xuân vào tháng Giêng.", "vào tháng Giêng", D(2026, 3, 18)),
    ("Dâng hương tưởng niệm các Vua Hùng vào tháng 3 âm lịch", "vào tháng 3 âm lịch", D(2026, 5, 16)),
    ("Tổ chức dọn vệ sinh nghĩa trang liệt sĩ xã; tháng Chạp.", "tháng Chạp", D(2026, 2, 16)),
    ("Hội thi gói bánh chưng của Hội Phụ nữ thị trấn, thực hiện tháng Chạp.", "tháng Chạp", D(2026, 2, 16)),
    ("Tổ chức lễ cầu an tại chùa Long Khánh (tháng 7 âm lịch)", "tháng 7 âm lịch", D(2026, 9, 10)),
    ("Giải bóng chuyền hơi người cao tuổi (tháng Giêng).", "tháng Giêng", D(2026, 3, 18)),
])
def test_v30h6_a_lunar_month_is_read_where_a_solar_month_is(text, phrase, want):
    t = find_timing(text, 2026, new_year=True)
    assert t is not None and (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Kiểm tra việc chấp hành quy định tháng Giêng",        # run into the words before it: what is checked
    "Báo cáo kết quả tổ chức lễ hội tháng Giêng cho UBND huyện",
    "Tổ chức lễ hội vào tháng Giêng và các hoạt động văn hóa khác trong năm",   # mid-sentence
])
def test_v30h6_a_lunar_month_in_content_is_no_timing(text):
    t = find_timing(text, 2026, new_year=True)
    assert t is None or "Giêng" not in t.text


# ---- v30 h6: the hour a day's deadline closes at stands between the trigger and the day ("trước 17 giờ ngày
# 20/3/2026"); after "từ" the hour an event opens at is when it starts, as the day alone is
@pytest.mark.parametrize("text, phrase, want", [
    ("Các thôn báo cáo kết quả về UBND xã trước 17 giờ ngày 20/3/2026.", "trước 17 giờ ngày 20/3/2026",
     D(2026, 3, 20)),
    ("Gửi hồ sơ đề nghị khen thưởng về Phòng Nội vụ chậm nhất 16 giờ 30 phút ngày 05/4/2026 để tổng hợp.",
     "chậm nhất 16 giờ 30 phút ngày 05/4/2026", D(2026, 4, 5)),
    ("Nộp bài dự thi về Ban Tổ chức trước 10h00, ngày 15/5/2026.", "trước 10h00, ngày 15/5/2026", D(2026, 5, 15)),
    ("Các trường tiểu học gửi danh sách trước 11h ngày 02/10.", "trước 11h ngày 02/10", D(2026, 10, 2)),
])
def test_v30h6_an_hour_before_the_due_day(text, phrase, want):
    t = find_timing(text, 2026)
    assert t is not None and (t.text, t.deadline) == (phrase, want)


@pytest.mark.parametrize("text", [
    "Khai mạc Ngày hội văn hóa các dân tộc lúc 19 giờ 30 ngày 11/4/2026 tại Nhà văn hóa xã.",
    "Tổ chức giải việt dã từ 6 giờ 30 ngày 26/3/2026",
    "Lễ dâng hương: 15 giờ ngày 24/4/2026 tại Đài tưởng niệm liệt sĩ xã.",
])
def test_v30h6_an_events_hour_is_no_due_day(text):
    t = find_timing(text, 2026)
    assert t is None or t.deadline is None


# ---- v30 h6: "không muộn hơn" / "không chậm hơn" (no later than) is a deadline's trigger, as "không quá" is
@pytest.mark.parametrize("text, phrase, want", [
    ("Các xã gửi danh sách đề nghị về Sở Nội vụ không muộn hơn ngày 05/4/2026.", "không muộn hơn ngày 05/4/2026",
     D(2026, 4, 5)),
    ("Đưa công trình vào sử dụng không chậm hơn tháng 9/2026", "không chậm hơn tháng 9/2026", D(2026, 9, 30)),
    ("Bệnh viện đa khoa huyện hoàn tất lắp đặt thiết bị, không muộn hơn Quý III/2026.", "không muộn hơn Quý III/2026",
     D(2026, 9, 30)),
])
def test_v30h6_no_later_than(text, phrase, want):
    t = find_timing(text, 2026)
    assert t is not None and (t.text, t.deadline) == (phrase, want)


# ---- v30 h6: a range of days of one month printing the month once, at its end ("từ ngày 10 - 20/3/2026"), is due
# on its last day, as "từ ngày 10 đến ngày 20/3/2026" is
@pytest.mark.parametrize("text, phrase, want", [
    ("Tổ chức Hội thao từ ngày 15 – 30/9/2026 tại sân vận động xã Đông Hòa.", "từ ngày 15 – 30/9/2026", D(2026, 9, 30)),
    ("Ra quân tổng vệ sinh môi trường từ ngày 10 - 20/3/2026.", "từ ngày 10 - 20/3/2026", D(2026, 3, 20)),
    ("Các trường mầm non tổ chức cân, đo trẻ từ 05 - 12/10.", "từ 05 - 12/10", D(2026, 10, 12)),
])
def test_v30h6_a_day_range_printing_its_month_once(text, phrase, want):
    t = find_timing(text, 2026)
    assert t is not None and (t.text, t.deadline) == (phrase, want)


def test_v30h6_a_day_range_running_backwards_is_no_range():
    t = find_timing("Tổ chức kiểm tra từ ngày 20 - 10/3/2026 tại các thôn.", 2026)
    assert t is None or t.deadline is None
