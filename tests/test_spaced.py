"""Text laid out with spaces (pdftotext -layout): a task table's columns side by side become rows
with cells (pipeline.ingest.spaced, through the text reader and extract_bytes)."""
import datetime as dt

import pytest

from pipeline.extract import extract_bytes
from pipeline.ingest.spaced import split_layout
from pipeline.ingest.text import lines_from_text


def _rows(text: str) -> list[list[str]]:
    return [ln.cells for ln in lines_from_text(text) if ln.cells is not None]


# A district's schedule as pdftotext -layout prints it: the names centred over their columns, the
# cells flush left, long cells wrapped within their column, and where a column ran full the next
# one set one space after it ("Phòng Tài chính Quý II/2025", "Phòng Nông Phòng Kinh tế").
DISTRICT = """\
STT         Nội dung công việc           Cơ quan chủ     Cơ quan phối     Thời gian
                                             trì             hợp          thực hiện
 1    Tuyên truyền Luật Hợp tác xã       Trung tâm      Phòng Tài chính Quý II/2025
      năm 2023 trên hệ thống truyền      Văn hóa -      - Kế hoạch;
      thanh huyện                        Thông tin và   UBND các xã,
                                         Thể thao       thị trấn
 2    Kiện toàn Ban Chỉ đạo phát triển Phòng Tài        Phòng Nội vụ    Trước ngày
      kinh tế tập thể huyện; ban hành    chính - Kế                     30/4/2025
      Quy chế hoạt động của Ban Chỉ hoạch
      đạo
 3    Hỗ trợ các hợp tác xã xây dựng,    Phòng Nông Phòng Kinh tế       Quý III/2025
      nâng hạng sản phẩm OCOP            nghiệp và Môi và Hạ tầng
                                         trường
"""


def test_a_space_aligned_table_becomes_rows_with_cells():
    rows = _rows(DISTRICT)
    assert rows[0] == ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    assert rows[1] == ["1", "Tuyên truyền Luật Hợp tác xã năm 2023 trên hệ thống truyền thanh huyện",
                       "Trung tâm Văn hóa - Thông tin và Thể thao", "Phòng Tài chính - Kế hoạch; UBND các xã, thị trấn",
                       "Quý II/2025"]
    # a column's words that ran into the next column's edge ("… Ban Chỉ hoạch") are cut there too
    assert rows[2][1:] == ["Kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể huyện; ban hành Quy chế hoạt "
                           "động của Ban Chỉ đạo", "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Trước ngày 30/4/2025"]
    # two columns one space apart: cut before the unit's name ("Phòng Kinh tế"), not nearest the edge
    assert rows[3][2:] == ["Phòng Nông nghiệp và Môi trường", "Phòng Kinh tế và Hạ tầng", "Quý III/2025"]


# A province department's schedule with six columns, two names of the header set one space apart
# (or with no space at all), group headings across the columns and the rows running on over a page
# break: the page's number, the running footer and header, the header repeated, the columns set a
# few characters further right on the next page.
PROVINCE = """\
     TT           Nhiệm vụ            Đơn vị chủ trìĐơn vị phối hợp  Thời gian    Sản phẩm
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1           Tổ chức Hội nghị đánh Sở Nội vụ       Văn phòng   Quý II/2025    Hội nghị
            giá kết quả Chỉ số PAR                UBND tỉnh                  được tổ
            INDEX năm 2024                                                   chức
II. CẢI CÁCH THỂ CHẾ
2           Rà soát văn bản quy      Sở Tư pháp   Các sở, ban, Quý III/2025  Báo cáo kết
            phạm pháp luật do                     ngành;                     quả rà soát
Văn bản số 12 - trang đầu
\f                                             2
Văn bản số 12 - trang đầu
       TT           Nhiệm vụ            Đơn vị chủ trì Đơn vị phối hợp  Thời gian    Sản phẩm
              HĐND, UBND tỉnh ban                       UBND các
              hành                                      huyện
3             Công bố danh mục thủ     Văn phòng      Các sở, ban, Tháng 6/2025  Quyết định
              tục hành chính           UBND tỉnh      ngành                       công bố
Văn bản số 12 - trang đầu
\f                                             3
Văn bản số 12 - trang đầu

       III. TỔ CHỨC THỰC HIỆN
     1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""


def test_a_table_runs_on_over_a_page_break_as_one_table():
    rows = _rows(PROVINCE)
    assert rows[0] == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"]
    labels = [r[0] for r in rows[1:]]
    assert labels == ["I.", "1", "II.", "2", "3"]
    assert rows[1][1] == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"
    # the row the page break cut is one row; the page's number and running text are not in it
    assert rows[4][1] == "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành"
    assert rows[4][3] == "Các sở, ban, ngành; UBND các huyện"
    assert rows[5][2:5] == ["Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Tháng 6/2025"]
    text = "\n".join(ln.text for ln in lines_from_text(PROVINCE))
    assert "trang đầu" not in text and "\n2\n" not in text
    assert "III. TỔ CHỨC THỰC HIỆN" in text


def test_a_space_aligned_plan_gives_its_tasks():
    plan = ("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN TUY AN                       Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 78/KH-UBND                   Tuy An, ngày 02 tháng 4 năm 2025\n\n"
            "                              KẾ HOẠCH\n"
            "     Phát triển kinh tế tập thể năm 2025\n\n"
            "     I. NHIỆM VỤ\n" + DISTRICT +
            "\n       II. TỔ CHỨC THỰC HIỆN\n     1. Phòng Tài chính - Kế hoạch theo dõi, báo cáo.\n")
    tasks = extract_bytes(plan.encode(), "tuy-an.txt").tasks
    assert [t.label for t in tasks] == ["1", "2", "3"]
    assert tasks[0].lead_units == ["Trung tâm Văn hóa - Thông tin và Thể thao"]
    assert tasks[0].support_units == ["Phòng Tài chính - Kế hoạch", "UBND các xã, thị trấn"]
    assert tasks[1].deadline == dt.date(2025, 4, 30)
    assert tasks[2].quarter == 3
    assert tasks[2].support_units == ["Phòng Kinh tế và Hạ tầng"]


# An inspection schedule of a province's steering committee: rows labelled by round ("Đợt 1"), the
# period in the second column.
ROUNDS = """\
 Đợt        Thời gian    Nội dung kiểm tra trọng tâm      Đơn vị chủ     Đơn vị phối
                                                             trì            hợp
Đợt 1    Từ 15/3 đến     Kiểm tra các chợ biên giới,     Sở Công        Công an tỉnh;
         30/4/2025       kho bãi tập kết hàng hóa        Thương         Cục Hải quan
Đợt 2    Từ 01/6 đến     Kiểm tra sau thông quan đối     Cục Hải quan Cục Thuế tỉnh
         31/7/2025       với doanh nghiệp nhập khẩu      tỉnh
"""


def test_rows_labelled_by_round():
    rows = _rows(ROUNDS)
    assert [r[0] for r in rows[1:]] == ["Đợt 1", "Đợt 2"]
    assert rows[2][1:] == ["Từ 01/6 đến 31/7/2025", "Kiểm tra sau thông quan đối với doanh nghiệp nhập khẩu",
                           "Cục Hải quan tỉnh", "Cục Thuế tỉnh"]


# A commune's schedule typed with spaces, its cells one per line, items of a cell on lines of their own.
COMMUNE = """\
TT   Nội dung                         Bộ phận thực hiện        Thời gian
1    Ra quân tổng vệ sinh môi         - Đoàn Thanh niên xã;    Tháng 3/2025
     trường tại các thôn              - Hội Phụ nữ xã
2    Kiểm tra hộ chăn nuôi            Công chức Địa chính      Quý II/2025
"""


def test_items_of_a_cell_stay_apart():
    rows = _rows(COMMUNE)
    assert rows[1][2] == "- Đoàn Thanh niên xã;\n- Hội Phụ nữ xã"
    assert rows[1][1] == "Ra quân tổng vệ sinh môi trường tại các thôn"


@pytest.mark.parametrize("text", [
    # the header block and the signer beside Nơi nhận: two columns, no table
    "ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "HUYỆN ĐẠI LỘC                    Độc lập - Tự do - Hạnh phúc\n"
    "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- Như trên;        CHỦ TỊCH\n",
    # a prose line naming columns, with wide gaps, and prose under it
    "Các nội dung  gồm:  nội dung công việc,  đơn vị chủ trì,  thời gian thực hiện\n"
    "được giao cụ thể cho từng cơ quan, đơn vị theo chức năng, nhiệm vụ.\n"
    "1. Phòng Nội vụ theo dõi, tổng hợp.\n",
    # a space-aligned table without an STT column: where its rows begin cannot be told, it stays prose
    "Nội dung công việc          Đơn vị chủ trì        Thời gian\n"
    "Tuyên truyền phòng cháy     Công an xã            Tháng 3/2025\n"
    "trên loa truyền thanh\n"
    "Kiểm tra hộ kinh doanh      Công an xã            Quý II/2025\n",
])
def test_what_is_no_space_aligned_table_stays_as_it_was(text):
    assert _rows(text) == []
    assert [ln.text for ln in lines_from_text(text)] == text.replace("\r", "").split("\n")


def test_text_without_wide_gaps_or_page_breaks_is_not_looked_at():
    assert split_layout("I. MỤC ĐÍCH\n1. Tuyên truyền  sâu rộng.\n") is None


@pytest.mark.parametrize("number", ["2", "- 3 -", "Trang 4", "5/12"])
def test_a_page_number_beside_a_form_feed_is_dropped(number):
    text = f"1. Tổ chức tập huấn cho cán bộ.\n\f        {number}\n2. Kiểm tra, đôn đốc.\n"
    lines = [ln.text.strip() for ln in lines_from_text(text) if ln.text.strip()]
    assert lines == ["1. Tổ chức tập huấn cho cán bộ.", "2. Kiểm tra, đôn đốc."]


def test_a_figure_that_is_no_page_edge_stays():
    text = "1. Mỗi xã xây dựng ít nhất\n2\nmô hình điểm.\n\f\n3. Kiểm tra.\n"
    assert "2" in [ln.text.strip() for ln in lines_from_text(text)]


@pytest.mark.parametrize("after", [
    "       III. KINH PHÍ THỰC HIỆN",                                             # a heading, in the content column
    # a paragraph's indented first line across the page, a word near each column's edge
    "     Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2025 và các",
])
def test_a_table_ends_where_the_text_goes_on_without_an_empty_line(after):
    rows = _rows(DISTRICT + after + "\n" + "1. Phòng Tài chính - Kế hoạch theo dõi, báo cáo.\n")
    assert rows == _rows(DISTRICT)
    assert after.strip() in [ln.text.strip() for ln in lines_from_text(DISTRICT + after + "\n")]


def test_a_cell_the_converter_set_short_of_its_edge_stays_in_its_column():
    # "Trung" opens four characters left of the column's edge, far from the content column's
    table = (' TT         Nhiệm vụ                Cơ quan chủ trì   Cơ quan phối hợp   Thời gian\n'
             ' 1       Số hóa hồ sơ, kết quả  Trung               UBND các           Thường\n'
             '         giải quyết thủ tục         tâm Phục vụ     huyện, thị xã      xuyên\n'
             '         hành chính                 hành chính\n'
             ' 2       Rà soát thủ tục            Sở Tư pháp      Các sở, ngành      Quý II/2025\n')
    rows = _rows(table)
    assert rows[1][1:3] == ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính"]


def test_rows_parted_by_empty_lines_are_one_table():
    table = COMMUNE.replace("\n2    Kiểm tra", "\n\n2    Kiểm tra")
    assert _rows(table) == _rows(COMMUNE) and len(_rows(table)) == 3


# h6mangle: a laid-out table's columns are display columns: a Mac's NFD text (a toned letter two or
# three characters), a no-break space among the padding, a soft hyphen or zero-width space inside a
# word must not shift the cells off their edges
@pytest.mark.parametrize("mangle", [
    lambda t: __import__("unicodedata").normalize("NFD", t),
    lambda t: t.replace("    ", "\u00a0 \u00a0 "),
    lambda t: t.replace("Phòng Tài", "Phòng\u00ad Tài").replace("truyền", "truy\u200bền").replace("Kinh tế", "Kinh\u200b tế"),
])
def test_h6mangle_space_aligned_table_survives_invisible_differences(mangle):
    assert _rows(mangle(DISTRICT)) == _rows(DISTRICT)


def test_h6mangle_as_displayed_keeps_plain_text():
    from pipeline.ingest.text import as_displayed

    assert as_displayed("Hòa Bình  \t x") == "Hòa Bình  \t x"
    assert as_displayed("Thuy\u0309\u00a0lo\u0323i\u200b") == "Thuỷ lọi"


# ---- h3 (v28): a header line's runs are memoized (a tuple, shared), and a header read again (the
# next page's, the next plan's) gives the same table
def test_h3_header_runs_are_shared_and_read_alike():
    from pipeline.ingest.spaced import _header_runs, _is_header
    _header_runs.cache_clear()
    line = DISTRICT.split("\n")[0]
    first = _is_header(line)
    assert isinstance(first, tuple) and [r[2] for r in first][:2] == ["STT", "Nội dung công việc"]
    assert _is_header(line) is first   # (the memo's entry)
    assert _is_header("Phòng Tài chính  chủ trì, phối hợp  với các xã") is None
    assert _is_header("  STT" + " " * 10) is None
    assert _rows(DISTRICT) == _rows(DISTRICT)
    _header_runs.cache_clear()
    assert _rows(DISTRICT)[0] == ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                  "Thời gian thực hiện"]


# ---- m15 (rv5 #8): a GFM pipe table printed without its outer pipes is a table; a "|" in prose is not
M15_P3B = (
    "PHÒNG GD&ĐT THÀNH PHỐ BẢO LỘC\nTRƯỜNG THCS LỘC PHÁT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 15/KH-THCSLP\nLộc Phát, ngày 05 tháng 9 năm 2024\n\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước cho học sinh năm học 2024 - 2025\n\n"
    "Căn cứ Công văn số 1120/PGDĐT-CTHSSV ngày 26/8/2024 của Phòng Giáo dục và Đào tạo thành phố Bảo Lộc về "
    "phòng, chống tai nạn thương tích cho học sinh;\nTrường THCS Lộc Phát xây dựng kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của học sinh, cha mẹ học sinh về phòng, chống đuối nước; 100% học "
    "sinh được tuyên truyền kỹ năng an toàn trong môi trường nước.\n\nII. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n"
    "TT | Nội dung công việc | Người phụ trách | Thời gian\n---|---|---|---\n"
    "1 | Tuyên truyền dưới cờ về phòng, chống đuối nước | Tổng phụ trách Đội | Tháng 9/2024\n"
    "2 | Lồng ghép nội dung phòng, chống đuối nước vào tiết sinh hoạt lớp | Giáo viên chủ nhiệm | Hằng tháng\n"
    "3 | Phối hợp Trung tâm Văn hóa - Thể thao thành phố tổ chức lớp dạy bơi cho học sinh khối 6 | Phó Hiệu trưởng "
    "| Tháng 6/2025\n"
    "4 | Tổng kết, đánh giá công tác phòng, chống đuối nước | Hiệu trưởng | Trước ngày 31/5/2025\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng chỉ đạo chung, phân công nhiệm vụ cho các bộ phận.\n"
    "2. Giáo viên chủ nhiệm phối hợp với cha mẹ học sinh quản lý học sinh trong dịp nghỉ hè.\n\n"
    "Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- CB, GV, NV nhà trường;\n- Lưu: VT.\nHIỆU TRƯỞNG\n(Đã ký)\nLê Quang Vinh\n")


@pytest.mark.parametrize("name", ["loc-phat.md", "loc-phat.txt"])
def test_m15_pipe_table_without_outer_pipes_reviewer_plan(name):
    from pipeline.extract import extract_bytes

    tasks = extract_bytes(M15_P3B.encode(), name).tasks
    assert [(t.label, t.lead_units, t.timing_text) for t in tasks] == [
        ("1", ["Tổng phụ trách Đội"], "Tháng 9/2024"), ("2", ["Giáo viên chủ nhiệm"], "Hằng tháng"),
        ("3", ["Phó Hiệu trưởng"], "Tháng 6/2025"), ("4", ["Hiệu trưởng"], "Trước ngày 31/5/2025")]


@pytest.mark.parametrize("text, rows", [
    # spaced delimiter, alignment colons, a leading pipe only
    ("KẾ HOẠCH\nSTT | Nội dung | Đơn vị chủ trì\n:--- | :---: | ---:\n1 | Ra quân dọn vệ sinh | Đoàn Thanh niên xã\n"
     "2 | Trồng cây xanh | Hội Cựu chiến binh xã\n\nIII. TỔ CHỨC THỰC HIỆN",
     [["STT ", " Nội dung ", " Đơn vị chủ trì"], ["1 ", " Ra quân dọn vệ sinh ", " Đoàn Thanh niên xã"],
      ["2 ", " Trồng cây xanh ", " Hội Cựu chiến binh xã"]]),
    ("| TT | Việc | Thời gian\n|----|------|------\n| 1 | Họp giao ban | Thứ Hai hằng tuần\nGhi chú: lịch có thể thay đổi",
     [[" TT ", " Việc ", " Thời gian"], [" 1 ", " Họp giao ban ", " Thứ Hai hằng tuần"]]),
    # prose with a "|": no delimiter row under it, no table
    ("Trang chủ | Tin tức | Văn bản\nKẾ HOẠCH số 12/KH-UBND\n----------\nNội dung | chi tiết", []),
    ("Hotline: 0912 | Email: ubnd@gov.vn\n---|---\n", [["Hotline: 0912 ", " Email: ubnd@gov.vn"]]),
])
def test_m15_pipe_table_without_outer_pipes_varied(text, rows):
    assert _rows(text) == rows


# ---- v29 h2: a row of a pipe table without outer pipes may leave out its last cells (GFM): the table goes on to
# its first line without a "|", not to the first row of fewer cells
@pytest.mark.parametrize("text, rows", [
    ("TT | Nội dung | Đơn vị thực hiện | Thời gian\n---|---|---|---\n1 | Tuyên truyền | Trạm Y tế xã | Tháng 3\n"
     "2 | Phun hóa chất | Trạm Y tế xã |\n3 | Tổng kết | UBND xã | Tháng 12\n\nIII. TỔ CHỨC THỰC HIỆN",
     [["TT ", " Nội dung ", " Đơn vị thực hiện ", " Thời gian"], ["1 ", " Tuyên truyền ", " Trạm Y tế xã ", " Tháng 3"],
      ["2 ", " Phun hóa chất ", " Trạm Y tế xã "], ["3 ", " Tổng kết ", " UBND xã ", " Tháng 12"]]),
    ("STT | Hoạt động | Bộ phận\n:---|:---|:---\n1 | Khám sức khỏe định kỳ\n2 | Tập huấn sơ cấp cứu | Khoa Cấp cứu\n"
     "Ghi chú: lịch có thể thay đổi",
     [["STT ", " Hoạt động ", " Bộ phận"], ["1 ", " Khám sức khỏe định kỳ"], ["2 ", " Tập huấn sơ cấp cứu ", " Khoa Cấp cứu"]]),
])
def test_v29h2_bare_pipe_table_row_of_fewer_cells(text, rows):
    assert _rows(text) == rows


def test_v29h2_bare_pipe_table_row_of_fewer_cells_keeps_its_tasks():
    from pipeline.extract import extract_bytes

    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN HÒA\nSố: 18/KH-UBND\nAn Hòa, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống dịch bệnh.\n"
            "II. NHIỆM VỤ CỤ THỂ\n\nTT | Nội dung | Đơn vị thực hiện | Thời gian\n---|---|---|---\n"
            "1 | Tuyên truyền phòng chống sốt xuất huyết | Trạm Y tế phường | Tháng 3/2025\n"
            "2 | Phun hóa chất diệt muỗi tại các khu phố | Trạm Y tế phường |\n"
            "3 | Tổng kết công tác phòng, chống dịch | UBND phường | Tháng 12/2025\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế phường theo dõi, tổng hợp.\n")
    tasks = extract_bytes(text.encode(), "an-hoa.md").tasks
    assert [(t.label, t.lead_units, t.timing_text) for t in tasks] == [
        ("1", ["Trạm Y tế phường"], "Tháng 3/2025"), ("2", ["Trạm Y tế phường"], None),
        ("3", ["UBND phường"], "Tháng 12/2025")]


# ---- v29 h11: a plain text's pipe table with no delimiter row is a table when its first line names a task table's
# columns and the lines under it have as many cells; a "|" line naming no column, or over a row of another count, is prose
@pytest.mark.parametrize("text, rows", [
    ("STT | Nội dung | Người thực hiện | Ghi chú\n1 | Khai giảng năm học | Ban giám hiệu | |\n"
     "2 | Đại hội Liên đội | Tổng phụ trách Đội | |\nIII. TỔ CHỨC THỰC HIỆN",
     [["STT ", " Nội dung ", " Người thực hiện ", " Ghi chú"], ["1 ", " Khai giảng năm học ", " Ban giám hiệu ", " "],
      ["2 ", " Đại hội Liên đội ", " Tổng phụ trách Đội ", " "]]),
    ("TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn\n1 | Rà soát hộ nghèo | Phòng Lao động huyện | Quý III/2025\n",
     [["TT ", " Nhiệm vụ ", " Cơ quan chủ trì ", " Thời hạn"],
      ["1 ", " Rà soát hộ nghèo ", " Phòng Lao động huyện ", " Quý III/2025"]]),
    ("Trang chủ | Giới thiệu | Tin tức\nVăn bản | Liên hệ | Sơ đồ\n", []),
    ("Nội dung | Thời gian\nHọp giao ban | Thứ Hai | phòng họp số 2\n", []),
    ("Nội dung | Thời gian\nKẾ HOẠCH số 12/KH-UBND\n", []),
])
def test_h11v29_pipe_table_headed_by_column_names_without_delimiter(text, rows):
    assert _rows(text) == rows


def test_h11v29_pipe_table_without_delimiter_gives_its_tasks():
    text = ("BỆNH VIỆN ĐA KHOA HUYỆN CẦU NGANG\nSố: 27/KH-BV\nCầu Ngang, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\n"
            "Hưởng ứng Ngày Sức khỏe toàn dân năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao ý thức phòng bệnh.\n"
            "II. NỘI DUNG\nSTT | Nội dung | Khoa, phòng thực hiện | Thời gian\n"
            "1 | Khám sàng lọc tăng huyết áp cho người dân | Khoa Khám bệnh | Tháng 4/2025\n"
            "2 | Truyền thông dinh dưỡng hợp lý | Phòng Điều dưỡng | Tháng 5/2025\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Kế hoạch tổng hợp theo dõi.\n")
    tasks = extract_bytes(text.encode(), "cau-ngang.txt").tasks
    assert [(t.label, t.lead_units, t.timing_text) for t in tasks] == [
        ("1", ["Khoa Khám bệnh"], "Tháng 4/2025"), ("2", ["Phòng Điều dưỡng"], "Tháng 5/2025")]


# ---- v30 h3: group rows naming a period alone, group rows one under another, tables keyed by a
# first column of months or times (no STT), the header's wrapped names kept out of the columns' edges

# A commune's schedule: "QUÝ I" and "THÁNG 5 VÀ THÁNG 6" alone in the STT column, over their rows.
COMMUNE_PERIODS = """\
STT          Nội dung công việc            Đơn vị chủ trì     Đơn vị phối hợp    Thời gian
QUÝ I
 1    Rà soát, cập nhật danh sách hộ      Công chức Văn      Trưởng các thôn    Tháng 02/2026
      nghèo, cận nghèo năm 2026           hóa - Xã hội
 2    Tổ chức Tết trồng cây               Công chức Địa      Đoàn Thanh niên    Tháng 3/2026
                                          chính - Nông
                                          nghiệp
THÁNG 5 VÀ THÁNG 6
 3    Kiểm tra an toàn thực phẩm tại      Trạm Y tế xã       Công an xã         Trước ngày
      các bếp ăn tập thể                                                        30/6/2026
"""


def test_h3v30_a_period_alone_in_the_stt_column_is_a_group_row():
    rows = _rows(COMMUNE_PERIODS)
    assert [r[0] for r in rows] == ["STT", "QUÝ I", "1", "2", "THÁNG 5 VÀ THÁNG 6", "3"]
    assert rows[1][1:] == ["", "", "", ""]
    assert rows[3][2] == "Công chức Địa chính - Nông nghiệp"
    assert rows[5][4] == "Trước ngày 30/6/2026"


def test_h3v30_a_period_group_row_times_its_rows():
    text = ("ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN\nSố: 41/KH-UBND\nĐồng Tiến, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Thực hiện công tác an sinh xã hội năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm an sinh xã hội.\n"
            "II. NHIỆM VỤ CỤ THỂ\n" + COMMUNE_PERIODS +
            "\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội theo dõi, tổng hợp.\n")
    tasks = extract_bytes(text.encode(), "dong-tien.txt").tasks
    assert [(t.label, t.lead_units) for t in tasks] == [
        ("1", ["Công chức Văn hóa - Xã hội"]), ("2", ["Công chức Địa chính - Nông nghiệp"]), ("3", ["Trạm Y tế xã"])]
    assert tasks[0].quarter == 1 and tasks[2].deadline == dt.date(2026, 6, 30)


@pytest.mark.parametrize("line", ["Tháng Thanh niên", "Quý khách lưu ý"])
def test_h3v30_a_line_in_the_stt_column_naming_no_period_ends_the_table(line):
    text = COMMUNE_PERIODS.replace("THÁNG 5 VÀ THÁNG 6", line)
    assert [r[0] for r in _rows(text)] == ["STT", "QUÝ I", "1", "2"]


def test_h3v30_a_period_line_over_no_row_is_prose():
    text = COMMUNE_PERIODS.split("THÁNG 5")[0] + "Quý II\nCác thôn báo cáo kết quả về Ủy ban nhân dân xã.\n"
    rows = _rows(text)
    assert [r[0] for r in rows] == ["STT", "QUÝ I", "1", "2"]
    assert "Quý II" in [ln.text for ln in lines_from_text(text) if ln.cells is None]


# A district hospital's table: a Roman group, a numbered group under it, then the rows.
HOSPITAL_GROUPS = """\
   TT            Nhiệm vụ               Cơ quan       Cơ quan        Thời gian
                                         chủ trì      phối hợp       hoàn thành
I. Y TẾ CƠ SỞ
1. Phòng bệnh
1.1      Giám sát bệnh truyền nhiễm     Khoa Kiểm     Các trạm y     Hằng tháng
         tại các xã                     soát bệnh     tế xã
                                        tật
1.2      Tiêm chủng mở rộng cho trẻ     Khoa Chăm     Trạm Y tế      Quý II/2026
         dưới 1 tuổi                    sóc sức khỏe  các xã
2. Khám chữa bệnh
2.1      Khám sức khỏe người cao tuổi   Khoa Khám     Hội Người      Tháng 10/2026
                                        bệnh          cao tuổi
"""


def test_h3v30_group_rows_one_under_another_open_the_table():
    rows = _rows(HOSPITAL_GROUPS)
    assert [r[0] for r in rows] == ["TT", "I.", "1.", "1.1", "1.2", "2.", "2.1"]
    assert rows[0] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert rows[3][2:] == ["Khoa Kiểm soát bệnh tật", "Các trạm y tế xã", "Hằng tháng"]


# A secondary school's year by month: the month is the row's key, wrapped ("Tháng" over "9/2025").
SCHOOL_MONTHS = """\
  Tháng              Nội dung công việc             Người phụ trách        Ghi chú
Tháng       - Khai giảng năm học 2025 - 2026;      Hiệu trưởng; Phó
9/2025      - Ổn định nề nếp các lớp              Hiệu trưởng
Tháng 10    Hội nghị viên chức, người lao động     Hiệu trưởng, Chủ       Báo cáo Phòng
            năm học 2025 - 2026                    tịch Công đoàn         GD&ĐT
Tháng 11    Hội giảng chào mừng Ngày Nhà giáo      Tổ trưởng chuyên
            Việt Nam 20/11                         môn
"""

# A ward's sports festival: the time is the key, its date wrapped after "ngày" and "đến".
WARD_TIMES = """\
 Thời gian              Nội dung               Địa điểm           Đơn vị thực hiện
7h00 ngày 21/4/2026  Lễ khai mạc hội thao      Sân vận động       Văn phòng Đảng ủy
                     công nhân viên chức       phường
8h30 - 11h00 ngày    Thi đấu Kéo co, Bóng      Nhà thi đấu        Công đoàn phường
22/4/2026            bàn                       phường
Từ ngày 23/4 đến     Thi đấu Bóng đá nam       Sân Thành Công     Đoàn Thanh niên
ngày 24/4/2026       7 người                                      phường
"""


def test_h3v30_a_table_keyed_by_its_months_opens_a_row_at_each_month():
    rows = _rows(SCHOOL_MONTHS)
    assert [r[0] for r in rows] == ["Tháng", "Tháng 9/2025", "Tháng 10", "Tháng 11"]
    assert rows[1][1] == "- Khai giảng năm học 2025 - 2026;\n- Ổn định nề nếp các lớp"
    assert rows[2][2:] == ["Hiệu trưởng, Chủ tịch Công đoàn", "Báo cáo Phòng GD&ĐT"]


def test_h3v30_a_table_keyed_by_its_times_joins_a_time_wrapped_after_its_day():
    rows = _rows(WARD_TIMES)
    assert [r[0] for r in rows] == ["Thời gian", "7h00 ngày 21/4/2026", "8h30 - 11h00 ngày 22/4/2026",
                                    "Từ ngày 23/4 đến ngày 24/4/2026"]
    assert rows[2][1:] == ["Thi đấu Kéo co, Bóng bàn", "Nhà thi đấu phường", "Công đoàn phường"]


def test_h3v30_a_weekly_schedule_opens_a_row_at_each_time():
    text = """\
 Thứ,      Buổi    Thời    Nội dung công việc     Chủ trì      Địa điểm
 ngày              gian
Thứ Hai    Sáng    7h30    Chào cờ, giao ban      Đ/c Chủ      Hội trường
(09/3)                     đầu tuần               tịch UBND    UBND
                   9h30    Họp Ban Chỉ đạo        Đ/c Phó      Phòng họp
                           chuyển đổi số          Chủ tịch     số 2
Thứ Ba     Chiều   14h00   Tiếp công dân định     Đ/c Chủ      Trụ sở
(10/3)                     kỳ                     tịch UBND    tiếp dân
"""
    rows = _rows(text)
    assert [r[:3] for r in rows] == [["Thứ, ngày", "Buổi", "Thời gian"], ["Thứ Hai (09/3)", "Sáng", "7h30"],
                                     ["", "", "9h30"], ["Thứ Ba (10/3)", "Chiều", "14h00"]]
    assert rows[2][3:] == ["Họp Ban Chỉ đạo chuyển đổi số", "Đ/c Phó Chủ tịch", "Phòng họp số 2"]


def test_h3v30_the_headers_wrapped_names_are_no_column_edge():
    # "hợp" under "Đơn vị phối hợp" is the only run starting between the unit columns; the cells of
    # the next column stand one space after the column before ("Văn Quý II/2026")
    text = """\
STT           Nội dung nhiệm vụ             Đơn vị chủ    Đơn vị phối    Thời gian thực
                                               trì           hợp              hiện
 1     Tuyên truyền Luật Đất đai trên      Phòng Kinh    Trung tâm Văn Quý II/2026
       hệ thống loa truyền thanh           tế            hóa huyện
 2     Kiểm tra việc sử dụng đất công      Phòng Kinh    Công an huyện Tháng 9/2026
       tại các xã                          tế            
"""
    rows = _rows(text)
    assert [r[4] for r in rows] == ["Thời gian thực hiện", "Quý II/2026", "Tháng 9/2026"]
    assert [r[3] for r in rows[1:]] == ["Trung tâm Văn hóa huyện", "Công an huyện"]


# A ward's table typed with an empty line between rows: group rows across the columns, one a period
# alone, stand between the rows after an empty line too.
WARD_SPACED = """\
TT    Nhiệm vụ                          Cơ quan chủ    Cơ quan phối      Thời gian
                                        trì            hợp
I. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT

1     Tổ chức tuyên truyền Luật Phòng   Phòng Văn hóa  Đoàn Thanh niên   Quý II/2026
      cháy, chữa cháy và cứu nạn        - Xã hội       phường
      cứu hộ

2     Cấp phát tờ rơi tại các tổ dân    Công an        Các tổ dân phố    Tháng 7/2026
      phố                               phường

II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM

3     Kiểm tra an toàn phòng cháy tại   Công an        Phòng Kinh tế     Quý III/2026
      các chợ, nhà trọ                  phường

QUÝ IV

4     Tổng kết công tác phòng cháy      Công an        UBND phường       Tháng 12/2026
      năm 2026                          phường
"""


def test_h3v30_group_rows_after_an_empty_line_go_on_with_the_table():
    rows = _rows(WARD_SPACED)
    assert [r[0] for r in rows] == ["TT", "I.", "1", "2", "II.", "3", "QUÝ IV", "4"]
    assert rows[5][2:] == ["Công an phường", "Phòng Kinh tế", "Quý III/2026"]
    assert rows[7][1] == "Tổng kết công tác phòng cháy năm 2026"


# A kindergarten's months typed with empty lines between them, then a justified paragraph whose
# words are spaced twice: the paragraph is no row.
KINDERGARTEN_SPACED = """\
Thời gian        Nội dung                         Người phụ trách

Tháng 8/2025     Họp phụ huynh đầu năm học        Giáo viên chủ nhiệm

Tháng 9/2025     Khai giảng năm học mới; ổn       Ban giám hiệu
                 định nề nếp lớp học

Tháng 10/2025    Hội thi giáo viên dạy giỏi       Tổ chuyên môn
                 cấp trường
"""


def test_h3v30_a_keyed_table_goes_on_after_empty_lines_but_not_into_a_paragraph():
    text = KINDERGARTEN_SPACED + "\nKinh phí  thực hiện từ nguồn ngân sách  nhà trường.\n"
    lines = lines_from_text(text)
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert [r[0] for r in rows] == ["Thời gian", "Tháng 8/2025", "Tháng 9/2025", "Tháng 10/2025"]
    assert rows[2][1] == "Khai giảng năm học mới; ổn định nề nếp lớp học"
    assert "Kinh phí  thực hiện từ nguồn ngân sách  nhà trường." in [ln.text for ln in lines if ln.cells is None]


# A province's table as pdftotext -layout sets it where its columns ran full: a cell's wrapped line
# runs on into the next two columns one space apart ("vùng tin và Truyền thành phố"), short of the
# last column; the prose line after the table runs across it and stays prose.
PROVINCE_CROWDED = """\
TT         Nội dung nhiệm vụ             Cơ quan      Cơ quan phối      Thời gian
                                          chủ trì        hợp          hoàn thành
1    Tập huấn kỹ năng số cho tổ công   Sở Thông     UBND các huyện,    Quý II/2026
     nghệ số cộng đồng tại các xã vùng tin và Truyền thành phố
     cao, biên giới của tỉnh           thông
2    Xây dựng bản đồ số các điểm du    Sở Văn hóa,  Sở Tài nguyên      Tháng 10/2026
     lịch cộng đồng                    Thể thao     và Môi trường
     Sở Văn hóa, Thể thao và Du lịch chủ trì tổng hợp kết quả thực hiện các nhiệm vụ trên, báo cáo
"""


def test_h3v30_a_wrapped_line_running_over_two_columns_stays_in_the_row():
    lines = lines_from_text(PROVINCE_CROWDED)
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert rows[0] == ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert rows[1][2:] == ["Sở Thông tin và Truyền thông", "UBND các huyện, thành phố", "Quý II/2026"]
    assert rows[2][1:] == ["Xây dựng bản đồ số các điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao",
                           "Sở Tài nguyên và Môi trường", "Tháng 10/2026"]
    assert any(ln.cells is None and "chủ trì tổng hợp kết quả" in ln.text for ln in lines)
