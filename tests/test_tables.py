"""Task tables with cells (extractors.tables via extract_bytes): the header names each column's role."""
import datetime as dt
import io

import docx
import pytest

from pipeline.extract import extract_bytes

HEAD = ("UBND TỈNH VĨNH LONG\nSỞ Y TẾ\nSố: 75/KH-SYT\nVĩnh Long, ngày 3 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Phòng, chống sốt xuất huyết năm 2025\nI. MỤC ĐÍCH\n1. Chủ động phòng bệnh.\nII. NHIỆM VỤ\n")
TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nghiệp vụ Y theo dõi, báo cáo.\n"
WANT = [("Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"],
         dt.date(2025, 6, 30)),
        ("Diệt lăng quăng, bọ gậy tại hộ gia đình", ["UBND các huyện, thị xã, thành phố"],
         ["Trung tâm Kiểm soát bệnh tật", "Hội Chữ thập đỏ tỉnh"], dt.date(2025, 9, 30))]


def _saved(d) -> bytes:
    """A python-docx Document as the bytes of a .docx file."""
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _paragraphs(lines: str) -> str:
    """Lines of plan text as a web page's paragraphs."""
    return "".join(f"<p>{ln}</p>" for ln in lines.splitlines())


def _tasks(data: bytes, name: str):
    plan = extract_bytes(data, name)
    return [(t.text, t.lead_units, t.support_units, t.deadline) for t in plan.tasks]


def test_two_header_rows_in_a_markdown_table():
    """"Đơn vị thực hiện" over "Chủ trì | Phối hợp": each column is named down the two rows."""
    table = ("| STT | Nội dung công việc | Đơn vị thực hiện | | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
             "| | | Chủ trì | Phối hợp | |\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý II/2025 |\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố "
             "| Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh | Quý III/2025 |\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == WANT


def test_two_header_rows_in_a_web_page_with_rowspan_and_colspan():
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{lead[0]}</td><td>{'; '.join(sup)}</td><td>{when}</td></tr>"
                   for i, ((t, lead, sup, _), when) in enumerate(zip(WANT, ["Quý II/2025", "Quý III/2025"]), 1))
    html = ("<html><body>" + _paragraphs(HEAD)
            + "<table><tr><th rowspan='2'>TT</th><th rowspan='2'>Nhiệm vụ</th><th colspan='2'>Cơ quan, đơn vị</th>"
            "<th rowspan='2'>Thời hạn</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>" + rows + "</table>"
            + _paragraphs(TAIL) + "</body></html>")
    assert _tasks(html.encode(), "vinh-long.html") == WANT


def test_two_header_rows_in_a_word_table(tmp_path):
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=4, cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"                  # vMerge
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Cơ quan thực hiện"    # gridSpan
    t.cell(1, 2).text, t.cell(1, 3).text = "Chủ trì", "Phối hợp"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "Thời gian"
    for r, ((text, lead, sup, _), when) in enumerate(zip(WANT, ["Quý II/2025", "Quý III/2025"]), 2):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text, t.cell(r, 4).text = str(r - 1), text, lead[0], when
        t.cell(r, 3).text = sup[0] + (";" if len(sup) > 1 else "")
        for s in sup[1:]:
            t.cell(r, 3).add_paragraph(s)                             # one unit a paragraph
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    assert _tasks(_saved(d), "vinh-long.docx") == WANT


def test_a_header_repeated_after_a_page_break_changes_no_column():
    """Only header rows before the first body row are read together: a header printed again on the
    next page (after body rows) is skipped as before."""
    table = ("STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
             "1\tGiám sát ca bệnh tại cộng đồng\tTrung tâm Kiểm soát bệnh tật\tBệnh viện Đa khoa tỉnh\tQuý II/2025\n"
             "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
             "2\tDiệt lăng quăng, bọ gậy tại hộ gia đình\tUBND các huyện, thị xã, thành phố\t"
             "Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh\tQuý III/2025\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.txt") == WANT


@pytest.mark.parametrize("second", [
    "| | | Lĩnh vực | Ghi chú | |",       # a second header row that names no role keeps the first's roles
])
def test_a_second_header_row_without_roles_keeps_the_columns(second):
    table = ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n" + second + "\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý II/2025 |\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố "
             "| Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh | Quý III/2025 |\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == WANT


def _rows(data: bytes, name: str):
    plan = extract_bytes(data, name)
    return [(t.label, t.text, t.quarter, t.lead_units, t.support_units) for t in plan.tasks]


REPEATED_WANT = [("1", "Giám sát ca bệnh tại cộng đồng", 1, ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"]),
                 ("2", "Tập huấn cán bộ y tế cơ sở", 2, ["Sở Y tế"], ["Bệnh viện Đa khoa tỉnh"])]


@pytest.mark.parametrize("quarter_row", [
    "| {q} | {q} | {q} | {q} | {q} |",                       # the merged row's text in every column
    "| **{q}** | **{q}** | **{q}** | **{q}** | **{q}** |",
    "| {q} | {q} | | | |",                                    # … in some of them
    "| **{q}** | | | | |",                                    # … or in the first only, as before
])
def test_a_merged_quarter_row_repeated_in_each_column_is_one_group(quarter_row):
    """Some converters write a merged cell's text into every column it spans: a "Quý I" row read so
    is still the quarter's group row, not a task."""
    rows = ["| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |",
            "|---|---|---|---|---|",
            quarter_row.format(q="Quý I"),
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Tháng 1–3 |",
            quarter_row.format(q="Quý II"),
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Bệnh viện Đa khoa tỉnh | Tháng 5 |"]
    assert _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md") == REPEATED_WANT


@pytest.mark.parametrize("row_i, row_ii", [
    # a scan reads each copy of the merged cell on its own: wrapped, a mark between, a space lost
    ("| Quý<br>I | Quý!I | Quý I | Quý I | Quý I |", "| Quý<br>H | Quý II | Quý II | Quý II | Quý II |"),
    ("| QUÝ I | QUÝ I | QUÝ 1 | QUÝ I | QUÝ I |", "| QUÝ II | QUÝII | QUÝ II | QUÝ Il | QUÝ II |"),
])
def test_a_merged_quarter_row_misread_in_some_copies_is_one_group(row_i, row_ii):
    rows = ["| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |",
            "|---|---|---|---|---|", row_i,
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Tháng 1–3 |",
            row_ii,
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Bệnh viện Đa khoa tỉnh | Tháng 5 |"]
    assert _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md") == REPEATED_WANT


@pytest.mark.parametrize("row", [
    "| 1 | Họp | Họp | Họp | Tháng 3 |",                  # short cells alike, but not every one
    "| 1 | Tổ chức họp | UBND xã | UBND xã | UBND xã |",
])
def test_a_task_row_with_repeated_short_cells_is_no_group(row):
    rows = ["| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |",
            "|---|---|---|---|---|", row]
    assert [t[0] for t in _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md")] == ["1"]


@pytest.mark.parametrize("header", [
    "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phốihợp | Thờigian thực hiện |",
    "| TT | Nộidung | Đơnvị chủtrì | Phốihợp | Thời gian |",
])
def test_header_names_read_without_their_spaces(header):
    """A scan's narrow header cell loses spaces between syllables: the columns keep their roles."""
    rows = [header, "|---|---|---|---|---|",
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý I |",
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Bệnh viện Đa khoa tỉnh | Quý II |"]
    assert _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md") == REPEATED_WANT


def test_repeated_merged_header_and_group_rows():
    """A two-row header whose merged cells are repeated across and down ("Đơn vị thực hiện" over
    "Chủ trì | Phối hợp", "STT" over "STT"), a Roman group row and a heading merged over the whole
    width: the columns keep their roles and no group row becomes a task."""
    rows = ["| STT | Nội dung công việc | Đơn vị thực hiện | Đơn vị thực hiện | Thời gian |", "|---|---|---|---|---|",
            "| STT | Nội dung công việc | Chủ trì | Phối hợp | Thời gian |",
            "| I. Quý I | I. Quý I | I. Quý I | I. Quý I | I. Quý I |",
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Tháng 3 |",
            "| II | Công tác đào tạo | Công tác đào tạo | Công tác đào tạo | Công tác đào tạo |",
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Bệnh viện Đa khoa tỉnh | Tháng 5 |",
            "| Nhiệm vụ phát sinh | Nhiệm vụ phát sinh | Nhiệm vụ phát sinh | Nhiệm vụ phát sinh | Nhiệm vụ phát sinh |",
            "| 3 | Kiểm tra cơ sở khám bệnh tư nhân | Thanh tra Sở | Công an tỉnh | Tháng 9 |"]
    got = _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md")
    assert got == [("1", "Giám sát ca bệnh tại cộng đồng", 1, ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"]),
                   ("2", "Tập huấn cán bộ y tế cơ sở", 1, ["Sở Y tế"], ["Bệnh viện Đa khoa tỉnh"]),
                   ("3", "Kiểm tra cơ sở khám bệnh tư nhân", 1, ["Thanh tra Sở"], ["Công an tỉnh"])]


def test_a_task_row_keeps_cells_that_print_the_same_text():
    """Only group rows are read with repeats merged: a task row whose two unit cells print the same
    unit keeps both as printed."""
    rows = ["| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |",
            "|---|---|---|---|---|",
            "| 1 | Rà soát danh sách hộ nghèo | UBND các xã | UBND các xã | Tháng 3 |"]
    assert _rows((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md") == [
        ("1", "Rà soát danh sách hộ nghèo", None, ["UBND các xã"], ["UBND các xã"])]


# A school year's plan schedules its work month by month: the column headed "Tháng" is the timing.
SCHOOL_HEAD = ("UBND HUYỆN VŨ THƯ\nTRƯỜNG THCS TAM QUANG\nSố: 25/KH-THCS\n"
               "Tam Quang, ngày 18 tháng 9 năm 2024\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024 - 2025\n"
               "I. MỤC TIÊU\n1. Duy trì sĩ số.\nII. KẾ HOẠCH THỰC HIỆN CÁC THÁNG\n")
SCHOOL_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng chịu trách nhiệm chung.\n"


@pytest.mark.parametrize("month_header", ["Tháng", "Tháng/Năm", "Tháng thực hiện", "THÁNG"])
def test_a_month_column_times_each_row(month_header):
    table = (f"| {month_header} | Nội dung công việc | Người/bộ phận phụ trách | Ghi chú |\n|---|---|---|---|\n"
             "| Tháng 9/2024 | Tổ chức Lễ khai giảng năm học mới | Hiệu trưởng | |\n"
             "| Tháng 02/2025 | Tổ chức hoạt động trải nghiệm mừng Xuân | Tổng phụ trách Đội | Báo cáo Phòng |\n")
    got = _tasks((SCHOOL_HEAD + table + SCHOOL_TAIL).encode(), "tam-quang.md")
    assert got == [("Tổ chức Lễ khai giảng năm học mới", ["Hiệu trưởng"], [], dt.date(2024, 9, 30)),
                   ("Tổ chức hoạt động trải nghiệm mừng Xuân", ["Tổng phụ trách Đội"], [], dt.date(2025, 2, 28))]


def test_a_month_column_in_a_word_table(tmp_path):
    d = docx.Document()
    for ln in SCHOOL_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=3, cols=3)
    for c, h in enumerate(["Tháng", "Nội dung", "Phụ trách"]):
        t.cell(0, c).text = h
    rows = [("Tháng 12/2024", "Kiểm tra cuối học kỳ I", "Phó Hiệu trưởng"),
            ("Tháng 5/2025", "Tổng kết năm học", "Hiệu trưởng")]
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for ln in SCHOOL_TAIL.splitlines():
        d.add_paragraph(ln)
    assert [x[3] for x in _tasks(_saved(d), "tam-quang.docx")] == [dt.date(2024, 12, 31), dt.date(2025, 5, 31)]


@pytest.mark.parametrize("header", ["Chiến thắng", "Tháng 9"])
def test_other_columns_are_no_month_column(header):
    """Only a cell that is the word "Tháng" (folded, "thắng" reads the same) names the timing column."""
    table = (f"| STT | Nội dung công việc | Đơn vị chủ trì | {header} |\n|---|---|---|---|\n"
             "| 1 | Tổ chức Lễ khai giảng năm học mới | Hiệu trưởng | Tháng 9/2024 |\n"
             "| 2 | Tổng kết năm học | Hiệu trưởng | Tháng 5/2025 |\n")
    got = _tasks((SCHOOL_HEAD + table + SCHOOL_TAIL).encode(), "tam-quang.md")
    assert [x[3] for x in got] == [None, None]


def test_a_short_row_holding_header_words_is_a_task():
    """"Tổ chức hoạt động …" | "Bộ phận chuyên môn" reads like a header ("hoạt động", "bộ phận"); after
    the body began only a row printing the header again is one."""
    table = ("| STT | Nội dung công việc | Bộ phận thực hiện | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Quý II/2025 |\n"
             "| 2 | Tổ chức hoạt động ngoại khóa | Bộ phận chuyên môn | Tháng 10/2025 |\n")
    got = _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [(x[0], x[1], x[3]) for x in got] == [
        ("Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"], dt.date(2025, 6, 30)),
        ("Tổ chức hoạt động ngoại khóa", ["Bộ phận chuyên môn"], dt.date(2025, 10, 31))]


def test_a_header_of_two_rows_repeated_after_a_page_break():
    table = ("| STT | Nội dung công việc | Đơn vị thực hiện | | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
             "| | | Chủ trì | Phối hợp | |\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý II/2025 |\n"
             "| STT | Nội dung công việc | Đơn vị thực hiện | | Thời gian hoàn thành |\n"
             "| | | Chủ trì | Phối hợp | |\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố "
             "| Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh | Quý III/2025 |\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == WANT


# A citation that a page break cut inside a row: the row's rejoined content completes its date and issuer.
CUT_ROW = ("STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
           "1\tTriển khai định danh điện tử theo Quyết định số 06/QĐ-TTg ngày\tCông an tỉnh\tSở Tư pháp\tNăm 2025\n"
           "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
           "\t06/01/2022 của Thủ tướng Chính phủ\t\t\t\n"
           "2\tRà soát thủ tục hành chính theo Nghị định số 61/2018/NĐ-CP\tVăn phòng UBND tỉnh\tCác sở, ngành"
           "\tQuý II/2025\n")

CUT_MD = ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
          "| 1 | Kiểm tra kỷ luật, kỷ cương hành chính theo Chỉ thị số 19-CT/TU ngày | Sở Nội vụ | Văn phòng UBND tỉnh "
          "| Quý III/2025 |\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
          "| | 12/9/2023 của Ban Thường vụ Tỉnh ủy | | | |\n"
          "| 2 | Sửa đổi Quyết định số 10/QĐ-UBND ngày 5/5/2024 của UBND tỉnh về quy chế phối hợp, | Sở Tư pháp "
          "| Các sở, ngành | Năm 2025 |\n| | ban hành ngày 30/6/2025 | | | |\n")


@pytest.mark.parametrize("table, name, want", [
    (CUT_ROW, "cut.txt", {"06/QĐ-TTg": (2022, dt.date(2022, 1, 6), "Thủ tướng Chính phủ"),
                          "61/2018/NĐ-CP": (2018, None, "Chính phủ")}),   # a mention in one piece: as printed
    (CUT_MD, "cut.md", {"19-CT/TU": (2023, dt.date(2023, 9, 12), "Ban Thường vụ Tỉnh ủy Vĩnh Long"),
                        "10/QĐ-UBND": (2024, dt.date(2024, 5, 5), "UBND tỉnh Vĩnh Long")}),  # complete already
])
def test_a_citation_cut_by_a_page_break_inside_a_row_is_read_whole(table, name, want):
    plan = extract_bytes((HEAD + table + TAIL).encode(), name)
    got = {r.symbol: (r.year, r.issued_date, r.issuer) for r in plan.references if r.symbol in want}
    assert got == want
    assert len(plan.tasks) == 2


# Word and web pages: units typed one per paragraph of a cell, with no separator between them,
# are as many units; a sentence the author broke by hand inside a cell is one task text.
HAU_GIANG_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH A\nSố: 41/KH-UBND\nChâu Thành A, ngày 05 tháng 3 năm 2025\n"
                  "KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chỉ số.\n"
                  "II. NỘI DUNG\n")
HAU_GIANG_ROWS = [
    ("1", ["Rà soát thủ tục hành chính", "(theo Quyết định số 12/QĐ-UBND)"],
     ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các xã, thị trấn"], "Quý I/2025"),
    ("2", ["Tập huấn cán bộ, công chức về", "kỹ năng số"],
     ["Văn phòng HĐND và UBND huyện", "Trung tâm Chính trị huyện"], "Tháng 6/2025"),
    ("3", ["Kiểm tra công vụ tại 5 xã;", "Báo cáo kết quả"], ["Ban Chỉ huy Quân sự huyện"], "Tháng 9/2025"),
]
HAU_GIANG_WANT = [
    ("Rà soát thủ tục hành chính (theo Quyết định số 12/QĐ-UBND)",
     ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các xã, thị trấn"], [], dt.date(2025, 3, 31)),
    ("Tập huấn cán bộ, công chức về kỹ năng số",
     ["Văn phòng HĐND và UBND huyện", "Trung tâm Chính trị huyện"], [], dt.date(2025, 6, 30)),
    ("Kiểm tra công vụ tại 5 xã; Báo cáo kết quả", ["Ban Chỉ huy Quân sự huyện"], [], dt.date(2025, 9, 30)),
]


def test_units_one_per_paragraph_of_a_word_cell():
    d = docx.Document()
    for ln in HAU_GIANG_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=len(HAU_GIANG_ROWS) + 1, cols=4)
    for c, h in enumerate(["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]):
        t.cell(0, c).text = h
    for r, (label, content, units, timing) in enumerate(HAU_GIANG_ROWS, 1):
        t.cell(r, 0).text, t.cell(r, 3).text = label, timing
        for col, paragraphs in ((1, content), (2, units)):
            t.cell(r, col).text = paragraphs[0]
            for p in paragraphs[1:]:
                t.cell(r, col).add_paragraph(p)
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Phòng Nội vụ theo dõi, tổng hợp.")
    assert _tasks(_saved(d), "chau-thanh-a.docx") == HAU_GIANG_WANT


def test_units_one_per_paragraph_of_a_web_page_cell():
    def cell(paragraphs):
        return "<td>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</td>"
    rows = "".join(f"<tr><td>{label}</td>{cell(content)}{cell(units)}<td>{timing}</td></tr>"
                   for label, content, units, timing in HAU_GIANG_ROWS)
    page = ("<html><body>" + _paragraphs(HAU_GIANG_HEAD)
            + "<table border=1><tr><th>STT</th><th>Nội dung</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr>"
            + rows + "</table><p>III. TỔ CHỨC THỰC HIỆN</p><p>1. Phòng Nội vụ theo dõi, tổng hợp.</p>"
            + "</body></html>")
    assert _tasks(page.encode(), "chau-thanh-a.html") == HAU_GIANG_WANT


def test_a_cell_wrapped_in_the_source_of_a_web_page_is_one_paragraph():
    """The page's own line breaks inside a cell are layout, not the author's paragraphs."""
    page = ("<html><body>" + _paragraphs(HAU_GIANG_HEAD)
            + "<table border=1><tr><th>STT</th><th>Nội dung</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr>"
            + "<tr><td>1</td><td>Tập huấn cán bộ,\n  công chức về kỹ năng số</td>"
            + "<td>Văn phòng HĐND\n    và UBND huyện</td><td>Tháng 6/2025</td></tr>"
            + "</table><p>III. TỔ CHỨC THỰC HIỆN</p><p>1. Phòng Nội vụ theo dõi.</p></body></html>")
    assert _tasks(page.encode(), "chau-thanh-a.html") == [
        ("Tập huấn cán bộ, công chức về kỹ năng số", ["Văn phòng HĐND và UBND huyện"], [], dt.date(2025, 6, 30))]


@pytest.mark.parametrize("timing_head, units_head", [
    ("Lộ trình thực hiện", "Đơn vị chủ trì"),
    ("Lộ trình", "Cơ quan chủ trì"),
    ("LỘ TRÌNH THỰC HIỆN", "Đơn vị thực hiện"),
])
def test_a_lo_trinh_column_is_the_timing_and_san_pham_is_no_unit(timing_head, units_head):
    """"Lộ trình thực hiện" is when (not who, for its "thực hiện"), even after a "Sản phẩm" column; the
    lead column keeps its units and the products stay out of both."""
    rows = [f"| TT | Nhiệm vụ | {units_head} | Đơn vị phối hợp | Sản phẩm | {timing_head} |", "|---|---|---|---|---|---|",
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh "
            "| Báo cáo giám sát | Quý II/2025 |",
            "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố "
            "| Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh | Kết quả chiến dịch | Quý III/2025 |"]
    plan = extract_bytes((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md")
    assert [(t.text, t.lead_units, t.support_units, t.deadline) for t in plan.tasks] == WANT
    assert [(t.timing_text, t.quarter) for t in plan.tasks] == [("Quý II/2025", 2), ("Quý III/2025", 3)]


def test_a_thuc_hien_column_without_lo_trinh_is_still_the_units():
    rows = ["| TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian |", "|---|---|---|---|",
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Quý II/2025 |",
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Quý III/2025 |"]
    plan = extract_bytes((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md")
    assert [(t.lead_units, t.timing_text) for t in plan.tasks] == [
        (["Trung tâm Kiểm soát bệnh tật"], "Quý II/2025"), (["Sở Y tế"], "Quý III/2025")]


# ---- a schedule of phases: its rows are numbered "Đợt 1", "Đợt II", "Giai đoạn 2"
@pytest.mark.parametrize("head, labels", [
    ("Đợt", ["Đợt 1", "Đợt 2", "Đợt 3"]),
    ("Đợt", ["Đợt I", "Đợt II", "Đợt III"]),
    ("Đợt", ["Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3"]),
])
def test_a_phase_column_numbers_the_rows(head, labels):
    rows = "".join(f"| {lab} | Từ 01/{3 * i + 1}/2025 đến 30/{3 * i + 2}/2025 | Kiểm tra chợ số {i + 1} | Sở Công Thương "
                   f"| Công an tỉnh |\n" for i, lab in enumerate(labels))
    table = (f"| {head} | Thời gian | Nội dung kiểm tra | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|---|---|\n"
             + rows)
    plan = extract_bytes((HEAD + table + TAIL).encode(), "phases.md")
    assert [(t.label, t.lead_units, t.support_units) for t in plan.tasks] == [
        (lab, ["Sở Công Thương"], ["Công an tỉnh"]) for lab in labels]


def _paged_table(first_col: str, labels: list[str]) -> list:
    """A ruled table of a PDF whose last row a page break cut: the header printed again on the
    next page, then the rest of the row, which opens with a capital (a name's second syllable)."""
    from pipeline.document import RawLine
    header = [first_col, "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    return [
        RawLine("", page=1, cells=header, table_id=1),
        RawLine("", page=1, cells=[labels[0], "Kiểm tra các chợ biên giới", "Sở Công Thương", "Công an tỉnh",
                                   "Quý I/2025"], table_id=1),
        RawLine("", page=1, cells=[labels[1], "Kiểm soát thị trường dịp Tết Nguyên đán Bính", "Công an tỉnh",
                                   "Bộ Chỉ huy Bộ đội Biên phòng", "Quý IV/2025"], table_id=1),
        RawLine("", page=2, cells=header, table_id=2),
        RawLine("", page=2, cells=["", "Ngọ 2026; tập trung pháo nổ, đồ uống có cồn", "",
                                   "tỉnh; UBND các huyện, thành phố", ""], table_id=2),
    ]


def _raw_plan(rows: list):
    from pipeline.document import RawDocument, RawLine
    from pipeline.extract import analyze
    from pipeline.normalize import normalize
    head = [RawLine(t, page=1) for t in HEAD.splitlines()]
    tail = [RawLine(t, page=2) for t in TAIL.strip().splitlines()]
    return analyze(normalize(RawDocument(head + rows + tail, source_format="pdf", pages=2)))["tasks"]


@pytest.mark.parametrize("first_col, labels", [("STT", ["1", "2"]), ("TT", ["1.", "2."]), ("Đợt", ["Đợt 1", "Đợt 2"])])
def test_the_first_row_on_a_new_page_of_a_numbered_table_ends_the_row_cut(first_col, labels):
    tasks = _raw_plan(_paged_table(first_col, labels))
    assert [t.text for t in tasks] == [
        "Kiểm tra các chợ biên giới",
        "Kiểm soát thị trường dịp Tết Nguyên đán Bính Ngọ 2026; tập trung pháo nổ, đồ uống có cồn"]
    assert tasks[1].support_units == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các huyện, thành phố"]


def test_an_unnumbered_row_with_its_own_units_on_the_same_page_is_a_task():
    from pipeline.document import RawLine
    rows = _paged_table("STT", ["1", "2"])[:3] + [
        RawLine("", page=1, cells=["", "Tuyên truyền trên loa truyền thanh", "Đài Truyền thanh huyện", "",
                                   "Quý II/2025"], table_id=1)]
    assert [t.text for t in _raw_plan(rows)][-1] == "Tuyên truyền trên loa truyền thanh"


def test_a_table_without_numbers_keeps_a_new_pages_first_row_apart():
    from pipeline.document import RawLine
    header = ["Nội dung", "Đơn vị chủ trì", "Thời gian"]
    rows = [RawLine("", page=1, cells=header, table_id=1),
            RawLine("", page=1, cells=["Kiểm tra các chợ biên giới", "Sở Công Thương", "Quý I/2025"], table_id=1),
            RawLine("", page=2, cells=["Tuyên truyền trên loa truyền thanh", "Đài Truyền thanh huyện", "Quý II/2025"],
                    table_id=2)]
    assert [t.text for t in _raw_plan(rows)] == ["Kiểm tra các chợ biên giới", "Tuyên truyền trên loa truyền thanh"]


# A units column and a timing column merged down over several rows (Word's vMerge, HTML's rowspan):
# printed once, on the first row, each holds for every row it spans; an empty cell that is not
# merged leaves its row without units; a row that continues the one above takes nothing twice.
MERGED = [("1", "Tuyên truyền pháp luật về bảo vệ môi trường", "Phòng Nông nghiệp và Môi trường", "Quý II/2025"),
          ("2", "Rà soát cơ sở có nguy cơ gây ô nhiễm", None, None),
          ("", "và lập danh sách theo dõi", None, None),
          ("3", "Kiểm tra cụm công nghiệp, làng nghề", None, "Tháng 9/2025"),
          ("4", "Phân loại rác thải tại nguồn", "UBND các xã, thị trấn", "Thường xuyên"),
          ("5", "Duy trì tổ vệ sinh môi trường", None, None),
          ("6", "Tổng kết năm 2025", "", "Trước ngày 15/12/2025")]
MERGED_WANT = [
    ("Tuyên truyền pháp luật về bảo vệ môi trường", ["Phòng Nông nghiệp và Môi trường"], [], dt.date(2025, 6, 30)),
    ("Rà soát cơ sở có nguy cơ gây ô nhiễm và lập danh sách theo dõi", ["Phòng Nông nghiệp và Môi trường"], [],
     dt.date(2025, 6, 30)),
    ("Kiểm tra cụm công nghiệp, làng nghề", ["Phòng Nông nghiệp và Môi trường"], [], dt.date(2025, 9, 30)),
    ("Phân loại rác thải tại nguồn", ["UBND các xã, thị trấn"], [], None),
    ("Duy trì tổ vệ sinh môi trường", ["UBND các xã, thị trấn"], [], None),
    ("Tổng kết năm 2025", [], [], dt.date(2025, 12, 15))]


def _merged_word_table():
    """The MERGED plan as a Word document whose unit and timing cells are merged down (vMerge)."""
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=len(MERGED) + 1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]):
        t.cell(0, j).text = h
    for col in (2, 3):
        top = None
        for r, row in enumerate(MERGED, 1):
            t.cell(r, 0).text, t.cell(r, 1).text = row[0], row[1]
            if row[col] is None:
                t.cell(top, col).merge(t.cell(r, col))
            else:
                t.cell(r, col).text, top = row[col], r
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    return d


def test_cells_merged_down_in_a_word_table_hold_for_each_row():
    d = _merged_word_table()
    assert _tasks(_saved(d), "lam-thao.docx") == MERGED_WANT


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is not installed")
def test_cells_merged_down_in_a_pdf_exported_from_word_hold_for_each_row(tmp_path):
    """The same Word table exported to PDF: the merged cell is one ruled box over its rows, its text
    on the first; the rows it covers have no rule above that cell, the empty cell of row 6 has."""
    import subprocess

    d = _merged_word_table()
    d.save(str(tmp_path / "lam-thao.docx"))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "lam-thao.docx")], check=True, capture_output=True,
                   timeout=120)
    assert _tasks((tmp_path / "lam-thao.pdf").read_bytes(), "lam-thao.pdf") == MERGED_WANT


def test_cells_merged_down_in_a_web_page_hold_for_each_row():
    def span(k: int, col: int) -> int:   # the rows a cell printed at row k covers
        n = 1
        while k + n < len(MERGED) and MERGED[k + n][col] is None:
            n += 1
        return n
    rows = ""
    for k, row in enumerate(MERGED):
        cells = f"<td>{row[0]}</td><td>{row[1]}</td>"
        for col in (2, 3):
            if row[col] is not None:
                cells += f"<td rowspan='{span(k, col)}'>{row[col]}</td>"
        rows += f"<tr>{cells}</tr>"
    html = ("<html><body>" + _paragraphs(HEAD)
            + "<table border='1'><tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Thời gian</th></tr>"
            + rows + "</table>" + _paragraphs(TAIL) + "</body></html>")
    assert _tasks(html.encode(), "lam-thao.html") == MERGED_WANT


def test_a_cell_merged_down_from_a_row_a_page_break_cut_holds_below_the_break():
    """A scan shows the rest of row 1 on the next page with its units cell empty (the merge across
    the break unseen); rows 2 and 3, under no rule in that column, are merged from it: they take the
    unit row 1 printed before the break."""
    from pipeline.document import RawLine
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]
    rows = [RawLine("", page=1, cells=header, table_id=1),
            RawLine("", page=1, cells=["1", "Tuyên truyền pháp luật về bảo vệ", "Phòng Nông nghiệp và Môi trường",
                                       "Quý II/2025"], table_id=1),
            RawLine("", page=2, cells=["", "môi trường trên loa truyền thanh", "", ""], table_id=2),
            RawLine("", page=2, cells=["2", "Rà soát cơ sở có nguy cơ gây ô nhiễm", "", ""], table_id=2,
                    merged_above=(2, 3)),
            RawLine("", page=2, cells=["3", "Kiểm tra cụm công nghiệp, làng nghề", "", "Tháng 9/2025"], table_id=2,
                    merged_above=(2,))]
    tasks = _raw_plan(rows)
    assert [t.text for t in tasks] == ["Tuyên truyền pháp luật về bảo vệ môi trường trên loa truyền thanh",
                                       "Rà soát cơ sở có nguy cơ gây ô nhiễm", "Kiểm tra cụm công nghiệp, làng nghề"]
    assert [t.lead_units for t in tasks] == [["Phòng Nông nghiệp và Môi trường"]] * 3
    assert [t.timing_text for t in tasks] == ["Quý II/2025", "Quý II/2025", "Tháng 9/2025"]


def test_an_empty_cell_of_a_markdown_table_is_not_filled_from_above():
    """Markdown and text tables cannot say a cell is merged: an empty cell stays empty."""
    table = "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n" + "".join(
        f"| {r[0]} | {r[1]} | {r[2] or ''} | {r[3] or ''} |\n" for r in MERGED)
    got = _tasks((HEAD + table + TAIL).encode(), "lam-thao.md")
    assert [t[1] for t in got] == [["Phòng Nông nghiệp và Môi trường"], [], [], ["UBND các xã, thị trấn"], [], []]


@pytest.mark.parametrize("cell, text", [
    # a part that introduces the bullets after it keeps its colon, with no "; " after it
    ("Tuyên truyền kỹ năng phòng, chống đuối nước:\n- Trên Đài Truyền thanh huyện;\n- Trên Trang thông tin điện tử.",
     "Tuyên truyền kỹ năng phòng, chống đuối nước: Trên Đài Truyền thanh huyện; Trên Trang thông tin điện tử."),
    ("Đầu tư tuyến đường kết nối KCN:\n- Giai đoạn 1: làm nền đường;\n- Giai đoạn 2: thảm mặt đường.",
     "Đầu tư tuyến đường kết nối KCN: Giai đoạn 1: làm nền đường; Giai đoạn 2: thảm mặt đường."),
    # bulleted parts of their own are still joined with "; "
    ("- Ban hành Kế hoạch tổ chức Hội nghị;\n- Quyết định thành lập Ban Tổ chức.",
     "Ban hành Kế hoạch tổ chức Hội nghị; Quyết định thành lập Ban Tổ chức."),
])
def test_clean_content_joins_bulleted_parts(cell, text):
    from extractors.tables import clean_content
    assert clean_content(cell) == text


@pytest.mark.parametrize("group_a, group_b", [
    ("| **A** | **GIÁM SÁT DỊCH BỆNH** | | | |", "| **B** | **ĐÀO TẠO, TẬP HUẤN** | | | |"),
    ("| A. | Công tác giám sát | | | |", "| B. | Công tác đào tạo | | | |"),
    ("| Đ | KIỂM TRA | | | |", "| E | BÁO CÁO | | | |"),
])
def test_a_letter_row_groups_the_numbered_rows_below_it(group_a, group_b):
    """A department's schedule groups its numbered tasks under lettered rows ("A | GIÁM SÁT …"): a
    group is neither a task nor text of the task above it."""
    rows = ["| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "|---|---|---|---|---|", group_a,
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý I |",
            group_b,
            "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Bệnh viện Đa khoa tỉnh | Quý II |"]
    plan = extract_bytes((HEAD + "\n".join(rows) + "\n" + TAIL).encode(), "vinh-long.md")
    assert [(t.label, t.text, t.lead_units) for t in plan.tasks] == [
        ("1", "Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"]),
        ("2", "Tập huấn cán bộ y tế cơ sở", ["Sở Y tế"])]


def test_rows_numbered_by_letters_alone_stay_task_text():
    """Where no row has a number, a lettered row is not taken for a group heading: its text stays."""
    table = ["| STT | Nội dung công việc | Cơ quan chủ trì |", "|---|---|---|",
             "| A | Giám sát ca bệnh tại cộng đồng | |", "| B | Tập huấn cán bộ y tế cơ sở | |"]
    plan = extract_bytes((HEAD + "\n".join(table) + "\n" + TAIL).encode(), "vinh-long.md")
    text = " ".join(t.text for t in plan.tasks)
    assert "Giám sát ca bệnh" in text and "Tập huấn cán bộ" in text


def test_a_lettered_row_with_a_unit_in_charge_is_a_task():
    table = ["| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |", "|---|---|---|---|",
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Quý I |",
             "| 2 | Tập huấn cán bộ y tế cơ sở | Sở Y tế | Quý II |",
             "| C | Kiểm tra cơ sở khám bệnh tư nhân | Thanh tra Sở | Quý III |"]
    plan = extract_bytes((HEAD + "\n".join(table) + "\n" + TAIL).encode(), "vinh-long.md")
    assert [t.lead_units for t in plan.tasks] == [["Trung tâm Kiểm soát bệnh tật"], ["Sở Y tế"], ["Thanh tra Sở"]]


def _grid(rows: list[list[str]], widths: list[int], header: int = 1) -> str:
    """Rows as pandoc's grid table: each cell wrapped at its column's width, "+===+" under the
    header; a row of one cell spans the whole table."""
    import textwrap

    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    out = [rule]
    for k, row in enumerate(rows):
        if len(row) == 1:
            total = sum(widths) + 3 * (len(widths) - 1)
            wrapped = [textwrap.wrap(row[0], total)]
            spans = [total]
        else:
            wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
            spans = widths
        for i in range(max(len(c) for c in wrapped)):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(wrapped, spans)) + " |\n")
        out.append(rule.replace("-", "=") if k + 1 == header else rule)
    return "".join(out)


def test_a_grid_table_of_a_markdown_file():
    """pandoc writes a Word table whose cells wrap as a grid table: each row's lines are one row."""
    rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]] + [
        [str(i), t, lead[0], "; ".join(sup), when]
        for i, ((t, lead, sup, _), when) in enumerate(zip(WANT, ["Quý II/2025", "Quý III/2025"]), 1)]
    table = _grid(rows, [4, 24, 16, 18, 12])
    assert table.count("\n") > 2 * len(rows) + 1   # (the cells are wrapped)
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == WANT


def test_a_grid_table_with_a_row_across_all_columns():
    rows = [["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"], ["QUÝ II"],
            ["1", "Giám sát ca bệnh tại cộng đồng, xử lý ổ dịch", "Trung tâm Kiểm soát bệnh tật", "Tháng 5/2025"],
            ["QUÝ III"],
            ["2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", "UBND các huyện, thị xã, thành phố", "Tháng 8/2025"]]
    plan = extract_bytes((HEAD + _grid(rows, [5, 22, 18, 12]) + TAIL).encode(), "vinh-long.md")
    assert [(t.label, t.quarter, t.lead_units, t.deadline) for t in plan.tasks] == [
        ("1", 2, ["Trung tâm Kiểm soát bệnh tật"], dt.date(2025, 5, 31)),
        ("2", 3, ["UBND các huyện, thị xã, thành phố"], dt.date(2025, 8, 31))]


def test_lines_that_only_look_like_a_grid_stay_prose():
    from pipeline.ingest.text import lines_from_text

    # bullets "+" (one of them with pipes), a pipe inside prose, then a pipe row
    text = ("+ Tổ chức tuyên truyền | cấp phát tờ rơi |\n  + Kiểm tra +-5 hộ\nCăn cứ | Kế hoạch\n"
            "| a | b |\n+ Báo cáo kết quả")
    lines = lines_from_text(text)
    assert [(ln.text, ln.cells) for ln in lines] == [
        ("+ Tổ chức tuyên truyền | cấp phát tờ rơi |", None), ("  + Kiểm tra +-5 hộ", None),
        ("Căn cứ | Kế hoạch", None), ("| a | b |", [" a ", " b "]), ("+ Báo cáo kết quả", None)]


JOINT_WANT = [("Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"],
               ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện"], dt.date(2025, 6, 30)),
              ("Diệt lăng quăng, bọ gậy tại hộ gia đình", ["UBND các huyện, thị xã, thành phố"],
               ["Trung tâm Kiểm soát bệnh tật"], dt.date(2025, 9, 30)),
              ("Tổng kết công tác phòng, chống sốt xuất huyết", ["Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật"],
               [], dt.date(2025, 12, 15))]


@pytest.mark.parametrize("head, cells", [
    # the roles labelled in the cell
    ("Đơn vị chủ trì, phối hợp", ["Chủ trì: Trung tâm Kiểm soát bệnh tật; phối hợp: Bệnh viện Đa khoa tỉnh, "
                                  "Trung tâm Y tế các huyện",
                                  "Chủ trì: UBND các huyện, thị xã, thành phố; phối hợp: Trung tâm Kiểm soát bệnh tật",
                                  "Chủ trì: Phòng Nghiệp vụ Y; Trung tâm Kiểm soát bệnh tật"]),
    # … or the lead named first (labelled leads stay leads)
    ("Cơ quan chủ trì/phối hợp", ["Trung tâm Kiểm soát bệnh tật; Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện",
                                  "UBND các huyện, thị xã, thành phố (chủ trì); Trung tâm Kiểm soát bệnh tật",
                                  "Chủ trì: Phòng Nghiệp vụ Y, Trung tâm Kiểm soát bệnh tật"]),
])
def test_one_column_for_the_lead_and_the_supporting_units(head, cells):
    table = f"| TT | Nội dung | {head} | Thời gian |\n|---|---|---|---|\n" + "".join(
        f"| {i} | {t} | {c} | {when} |\n"
        for i, ((t, *_), c, when) in enumerate(zip(JOINT_WANT, cells, ["Quý II/2025", "Quý III/2025",
                                                                        "Trước ngày 15/12/2025"]), 1))
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == JOINT_WANT


def test_a_support_column_alone_still_supports():
    table = ("| TT | Nội dung | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện | Quý II/2025 |\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | Trung tâm Kiểm soát bệnh tật | Quý III/2025 |\n")
    got = _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [(t[1], t[2]) for t in got] == [([], ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện"]),
                                           ([], ["Trung tâm Kiểm soát bệnh tật"])]


def test_a_web_page_table_inside_a_markdown_file():
    """pandoc's GitHub Markdown writes a Word table whose cells hold paragraphs as HTML: read as a
    web page's table (a paragraph per unit), the text around it as Markdown."""
    rows = "".join(
        f"<tr>\n<td>{i}</td>\n<td>{t}</td>\n<td><p>{lead[0]}</p></td>\n<td>{''.join(f'<p>{u}</p>' for u in sup)}</td>\n"
        f"<td>{when}</td>\n</tr>\n"
        for i, ((t, lead, sup, _), when) in enumerate(zip(WANT, ["Quý II/2025", "Quý III/2025"]), 1))
    table = ("<table>\n<thead>\n<tr class=\"header\">\n<th><strong>TT</strong></th>\n<th>Nội dung</th>\n"
             "<th>Đơn vị chủ trì</th>\n<th>Đơn vị phối hợp</th>\n<th>Thời gian</th>\n</tr>\n</thead>\n<tbody>\n"
             + rows + "</tbody>\n</table>\n")
    head = HEAD.replace("I. MỤC ĐÍCH", "**I. MỤC ĐÍCH**").replace("II. NHIỆM VỤ", "**II. NHIỆM VỤ**\n")
    assert _tasks((head + table + TAIL).encode(), "vinh-long.md") == WANT


# ---------------------------------------------------------------- timeline grids
# A schedule as a grid: one column per month (or quarter) under a merged "Thời gian thực hiện năm
# 2025", an "x" in the months each task runs in. The marks are the task's timing, read as its
# author would have printed it in words. Three months that make a quarter name no quarter, as "Tháng 4 - 6/2025"
# printed in words does not; a grid of quarters does (test_a_quarter_grid).
GRID_ROWS = [("Tập huấn kiến thức an toàn thực phẩm cho người chế biến", "Trung tâm Y tế huyện", {4, 5, 6}),
             ("Lấy mẫu, xét nghiệm nhanh thực phẩm tại các chợ", "Trung tâm Y tế huyện", {3, 6, 9, 12}),
             ("Tuyên truyền trên hệ thống truyền thanh", "Trung tâm Văn hóa - Truyền thông huyện", set(range(1, 13))),
             ("Kiểm tra liên ngành dịp Tết Nguyên đán", "Phòng Y tế", {1, 2})]
GRID_WANT = [("Tháng 4 - 6/2025", None, dt.date(2025, 6, 30)), ("Tháng 3, 6, 9, 12/2025", None, dt.date(2025, 12, 31)),
             ("Cả năm 2025", None, dt.date(2025, 12, 31)), ("Tháng 1 - 2/2025", None, dt.date(2025, 2, 28))]


def _timed(data: bytes, name: str):
    return [(t.timing_text, t.quarter, t.deadline) for t in extract_bytes(data, name).tasks]


@pytest.mark.parametrize("label", ["T{}", "Tháng {}", "Th{}", "THÁNG {:02d}"])
def test_a_month_grid_under_a_merged_header_in_a_word_table(label):
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=2 + len(GRID_ROWS), cols=15)
    for c, h in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện năm 2025"]):
        t.cell(0, c).text = h
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))      # STT, content and units: one cell down the two rows
    t.cell(0, 3).merge(t.cell(0, 14))         # the year over the twelve months
    for m in range(1, 13):
        t.cell(1, 2 + m).text = label.format(m)
    for r, (text, unit, months) in enumerate(GRID_ROWS, 2):
        for c, v in enumerate([str(r - 1), text, unit] + ["x" if m in months else "" for m in range(1, 13)]):
            t.cell(r, c).text = v
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    assert _timed(_saved(d), "cam-xuyen.docx") == GRID_WANT


def test_a_month_grid_in_a_web_page_with_colspan_and_rowspan():
    head = ("<tr><th rowspan=2>TT</th><th rowspan=2>Nhiệm vụ</th><th rowspan=2>Cơ quan chủ trì</th>"
            "<th colspan=12>Tiến độ thực hiện (năm 2025)</th></tr><tr>"
            + "".join(f"<th>T{m}</th>" for m in range(1, 13)) + "</tr>")
    rows = "".join(f"<tr><td>{i}</td><td>{text}</td><td>{unit}</td>"
                   + "".join(f"<td>{'X' if m in months else ''}</td>" for m in range(1, 13)) + "</tr>"
                   for i, (text, unit, months) in enumerate(GRID_ROWS, 1))
    page = "<html><body>" + _paragraphs(HEAD) + f"<table border=1>{head}{rows}</table>" + _paragraphs(TAIL) + "</body></html>"
    assert _timed(page.encode(), "plan.html") == GRID_WANT


def test_a_grid_in_the_header_row_itself_takes_the_plans_year():
    """Months named in the header row, no year printed over them: the plan's year holds."""
    table = ("| STT | Nội dung | Chủ trì | Tháng 1 | Tháng 2 | Tháng 3 | Tháng 4 | Tháng 5 | Tháng 6 |\n"
             "|---|---|---|---|---|---|---|---|---|\n"
             "| 1 | Rà soát hộ nghèo phát sinh | UBND các xã | ✓ | ✓ | ✓ | | | |\n"
             "| 2 | Sơ kết 6 tháng đầu năm | Phòng Nội vụ | | | | | | ✓ |\n")
    assert _timed((HEAD + table + TAIL).encode(), "plan.md") == [
        ("Tháng 1 - 3", None, dt.date(2025, 3, 31)), ("Tháng 6", None, dt.date(2025, 6, 30))]


def test_a_quarter_grid():
    table = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Quý I | Quý II | Quý III | Quý IV |\n|---|---|---|---|---|---|---|\n"
             "| 1 | Kiểm tra cơ sở giết mổ gia súc | Trạm Chăn nuôi và Thú y | | x | | |\n"
             "| 2 | Tiêm phòng vắc xin lở mồm long móng | UBND các xã | x | | x | |\n")
    assert _timed((HEAD + table + TAIL).encode(), "plan.md") == [
        ("Quý II", 2, dt.date(2025, 6, 30)), ("Quý I, III", None, dt.date(2025, 9, 30))]


def test_a_school_years_grid_goes_on_into_the_next_year():
    table = ("| TT | Nội dung | Phụ trách | Thời gian năm học 2024 - 2025 | | | | | | | | |\n"
             "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
             "| | | | T9 | T10 | T11 | T12 | T1 | T2 | T3 | T4 | T5 |\n"
             "| 1 | Kiểm tra cuối học kỳ I | Phó Hiệu trưởng | | | | x | x | | | | |\n"
             "| 2 | Khai giảng năm học | Hiệu trưởng | x | | | | | | | | |\n")
    assert _timed((SCHOOL_HEAD + table + SCHOOL_TAIL).encode(), "plan.md") == [
        ("Tháng 12/2024, tháng 1/2025", None, dt.date(2025, 1, 31)), ("Tháng 9/2024", None, dt.date(2024, 9, 30))]


@pytest.mark.parametrize("title, months, year, deadlines", [
    # a crop season, a dry season, a school year named in the title: the months after December are
    # the second year's; the grid names no year and prints "Tháng" once, over its first column
    ("Chỉ đạo sản xuất vụ Đông Xuân 2025 - 2026", "Tháng 10 | 11 | 12 | 1 | 2 | 3", 2025,
     [dt.date(2026, 1, 31), dt.date(2026, 3, 31)]),
    ("Phòng cháy, chữa cháy rừng mùa khô 2024-2025", "T11 | T12 | T1 | T2 | T3 | T4", 2024,
     [dt.date(2025, 2, 28), dt.date(2025, 4, 30)]),
    ("Hoạt động ngoại khóa năm học 2025 – 2026", "Tháng 9 | 10 | 11 | 12 | 1 | 2", 2025,
     [dt.date(2025, 12, 31), dt.date(2026, 2, 28)]),
])
def test_a_seasons_grid_goes_on_into_the_next_year(title, months, year, deadlines):
    head = (f"UBND HUYỆN THANH LIÊM\nỦY BAN NHÂN DÂN XÃ THANH HÀ\nSố: 98/KH-UBND\nThanh Hà, ngày 06 tháng 10 năm "
            f"{year}\nKẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\n1. Chủ động sản xuất.\nII. NỘI DUNG\n")
    n = len(months.split("|"))
    table = (f"| TT | Nội dung công việc | Người thực hiện | {months} |\n|{'---|' * (n + 3)}\n"
             f"| 1 | Cung ứng giống, vật tư | Chủ tịch UBND xã |{' |' * 2} x | x |{' |' * (n - 4)}\n"
             f"| 2 | Tổng kết, báo cáo | Công chức Văn phòng - Thống kê |{' |' * (n - 1)} x |\n")
    assert [t[2] for t in _timed((head + table + TAIL).encode(), "plan.md")] == deadlines


def test_a_grid_that_wraps_takes_no_span_of_years_that_is_not_one_season():
    """A "giai đoạn 2021 - 2025" before the table spans five years, no season: the grid keeps no year."""
    head = ("UBND HUYỆN THANH LIÊM\nỦY BAN NHÂN DÂN XÃ THANH HÀ\nSố: 98/KH-UBND\nThanh Hà, ngày 06 tháng 10 năm 2025\n"
            "KẾ HOẠCH\nThực hiện Chương trình giai đoạn 2021 - 2025\nI. MỤC ĐÍCH\n1. Chủ động.\nII. NỘI DUNG\n")
    table = ("| TT | Nội dung công việc | Người thực hiện | Tháng 10 | 11 | 12 | 1 | 2 |\n|---|---|---|---|---|---|---|---|\n"
             "| 1 | Cung ứng giống, vật tư | Chủ tịch UBND xã | | | x | x | |\n")
    assert [t[0] for t in _timed((head + table + TAIL).encode(), "plan.md")] == ["Tháng 12, 1"]


def test_words_printed_across_a_grid_are_the_timing():
    head = ("<tr><th rowspan=2>TT</th><th rowspan=2>Nội dung</th><th rowspan=2>Chủ trì</th>"
            "<th colspan=4>Thời gian thực hiện năm 2025</th></tr><tr><th>Quý I</th><th>Quý II</th><th>Quý III</th>"
            "<th>Quý IV</th></tr>")
    rows = ("<tr><td>1</td><td>Tuyên truyền Luật An toàn thực phẩm</td><td>Phòng Y tế</td><td colspan=4>Cả năm</td></tr>"
            "<tr><td>2</td><td>Sơ kết công tác năm</td><td>Phòng Y tế</td><td></td><td></td><td></td><td>x</td></tr>")
    page = "<html><body>" + _paragraphs(HEAD) + f"<table border=1>{head}{rows}</table>" + _paragraphs(TAIL) + "</body></html>"
    assert _timed(page.encode(), "plan.html") == [("Cả năm", None, None), ("Quý IV/2025", 4, dt.date(2025, 12, 31))]


@pytest.mark.parametrize("numbers", ["1 | 2 | 3 | 4 | 5", "(1) | (2) | (3) | (4) | (5)"])
def test_a_row_numbering_the_columns_is_no_grid(numbers):
    """A row "1 | 2 | 3 …" under the names numbers the columns, even under a header saying "tháng"."""
    table = ("| STT | Nội dung | Chủ trì | Phối hợp | Thời gian (tháng/năm) |\n|---|---|---|---|---|\n"
             f"| {numbers} |\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Tháng 6/2025 |\n"
             "| 2 | Diệt lăng quăng, bọ gậy | UBND các huyện | Hội Chữ thập đỏ tỉnh | Tháng 9/2025 |\n")
    tasks = extract_bytes((HEAD + table + TAIL).encode(), "plan.md").tasks
    assert [t.deadline for t in tasks if t.lead_units] == [dt.date(2025, 6, 30), dt.date(2025, 9, 30)]


def test_counts_per_quarter_are_no_marks():
    """A target split by quarter ("5", "20%" under Quý I … IV) says how much, not when."""
    table = ("| TT | Nội dung | Chủ trì | Quý I | Quý II | Quý III | Quý IV |\n|---|---|---|---|---|---|---|\n"
             "| 1 | Kiểm tra cơ sở kinh doanh thực phẩm | Phòng Y tế | 5 | 10 | 10 | 5 |\n"
             "| 2 | Tỷ lệ hộ được tuyên truyền | UBND các xã | 20% | 50% | 80% | 100% |\n")
    assert _timed((HEAD + table + TAIL).encode(), "plan.md") == [(None, None, None), (None, None, None)]


INSPECTION_HEAD = ("ĐẢNG BỘ HUYỆN YÊN THẾ\nỦY BAN KIỂM TRA\nSố: 05-KH/UBKTHU\nYên Thế, ngày 08 tháng 01 năm 2025\n"
                   "KẾ HOẠCH\nKiểm tra, giám sát năm 2025\nI- MỤC ĐÍCH, YÊU CẦU\n1- Đúng nguyên tắc.\n"
                   "II- NỘI DUNG KIỂM TRA, GIÁM SÁT\n")
INSPECTION_TAIL = "\nIII- TỔ CHỨC THỰC HIỆN\n1- Văn phòng chuẩn bị điều kiện.\n"


@pytest.mark.parametrize("subject_column, name", [
    ("Đối tượng kiểm tra", "ubkt.txt"),
    ("Đối tượng được giám sát", "hdnd.md"),
    ("ĐỐI TƯỢNG THANH TRA", "thanh-tra.txt"),
])
def test_an_inspection_schedule_names_whom_each_row_inspects(subject_column, name):
    """The "Đối tượng kiểm tra" column says whom, the content column what: the task is both."""
    rows = [["STT", subject_column, "Nội dung", "Thời gian", "Đơn vị thực hiện"],
            ["1", "Chi bộ Trường THCS Bố Hạ", "Việc thu, nộp đảng phí năm 2024", "Quý I", "Đoàn kiểm tra số 1"],
            ["2", "Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã Đồng Vương",
             "Việc kê khai tài sản, thu nhập", "Tháng 5", "Ủy ban Kiểm tra"]]
    if name.endswith(".md"):
        table = "\n".join("| " + " | ".join(r) + " |" for r in rows[:1]) + "\n|---|---|---|---|---|\n" + \
            "\n".join("| " + " | ".join(r) + " |" for r in rows[1:]) + "\n"
    else:
        table = "\n".join("\t".join(r) for r in rows) + "\n"
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), name)
    assert got == [
        ("Chi bộ Trường THCS Bố Hạ: Việc thu, nộp đảng phí năm 2024", ["Đoàn kiểm tra số 1"], [],
         dt.date(2025, 3, 31)),
        ("Đồng chí Nguyễn Văn Hải, Phó Chủ tịch UBND xã Đồng Vương: Việc kê khai tài sản, thu nhập",
         ["Ủy ban Kiểm tra"], [], dt.date(2025, 5, 31))]


def test_a_column_of_whom_a_campaign_addresses_is_not_the_tasks_subject():
    table = ("STT\tNội dung tuyên truyền\tĐối tượng\tThời gian\tĐơn vị thực hiện\n"
             "1\tTuyên truyền Luật Phòng, chống ma túy\tHọc sinh, sinh viên\tQuý II\tĐoàn Thanh niên\n"
             "2\tTuyên truyền Luật Giao thông đường bộ\tĐoàn viên, thanh niên\tQuý III\tĐoàn Thanh niên\n")
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), "tuyen-truyen.txt")
    assert [t[0] for t in got] == ["Tuyên truyền Luật Phòng, chống ma túy", "Tuyên truyền Luật Giao thông đường bộ"]


@pytest.mark.parametrize("cell, text", [
    # parts lettered as a list are bullets: the letters go, the parts join with "; "
    ("a) Duy trì 100% hộ dân dùng nước sạch;\nb) Thu gom rác thải tại các thôn (trước 30/9);\nc) Trồng 3 km đường hoa.",
     "Duy trì 100% hộ dân dùng nước sạch; Thu gom rác thải tại các thôn (trước 30/9); Trồng 3 km đường hoa."),
    ("Vệ sinh môi trường:\na) Ra quân tổng vệ sinh;\nb) Xử lý điểm tập kết rác tự phát.",
     "Vệ sinh môi trường: Ra quân tổng vệ sinh; Xử lý điểm tập kết rác tự phát."),
    # one lettered line is no list: it keeps its letter
    ("Rà soát hồ sơ người có công;\nb) Báo cáo kết quả về Phòng Nội vụ.",
     "Rà soát hồ sơ người có công; b) Báo cáo kết quả về Phòng Nội vụ."),
])
def test_clean_content_drops_the_letters_of_lettered_parts(cell, text):
    from extractors.tables import clean_content
    assert clean_content(cell) == text


@pytest.mark.parametrize("cell, text", [
    # a numbered list in a cell (typed, or a Word list's own numbers): the numbers go like letters
    ("Kiện toàn tổ hòa giải ở cơ sở:\n1. Rà soát hòa giải viên;\n2. Bổ sung thành viên",
     "Kiện toàn tổ hòa giải ở cơ sở: Rà soát hòa giải viên; Bổ sung thành viên"),
    ("1) Tập huấn cán bộ y tế xã\n2) Giám sát ổ dịch cũ", "Tập huấn cán bộ y tế xã; Giám sát ổ dịch cũ"),
    ("(1) Ra quân tổng vệ sinh;\n(2) Thu gom rác thải nhựa.", "Ra quân tổng vệ sinh; Thu gom rác thải nhựa."),
    # negatives: numbers that open a line but mark no list keep their place
    ("Hỗ trợ\n1.200 hộ gia đình\n2.500 hộ nghèo", "Hỗ trợ; 1.200 hộ gia đình; 2.500 hộ nghèo"),
    ("Tổ chức tập huấn:\n2 lớp cho cán bộ thôn;\n3 lớp cho hội viên", "Tổ chức tập huấn: 2 lớp cho cán bộ thôn; 3 lớp cho hội viên"),
    ("Rà soát hồ sơ;\n2. Báo cáo kết quả về Phòng Nội vụ.", "Rà soát hồ sơ; 2. Báo cáo kết quả về Phòng Nội vụ."),
])
def test_clean_content_drops_the_numbers_of_numbered_parts(cell, text):
    from extractors.tables import clean_content
    assert clean_content(cell) == text


def test_a_word_list_numbered_inside_a_content_cell_loses_its_numbers():
    """Word's own numbering ("List Number") on the steps under a cell's first line: the reader prints
    "1." "2.", the task text joins the steps without them, as it does bullets."""
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]):
        t.cell(0, c).text = h
    t.cell(1, 0).text, t.cell(1, 2).text, t.cell(1, 3).text = "1", "Trung tâm Kiểm soát bệnh tật", "Quý II/2025"
    t.cell(1, 1).text = "Giám sát ca bệnh tại cộng đồng:"
    for step in ("Lập danh sách ca bệnh", "Xử lý ổ dịch"):
        t.cell(1, 1).add_paragraph(step, style="List Number")
    t.cell(2, 0).text, t.cell(2, 2).text, t.cell(2, 3).text = "2", "UBND các huyện, thị xã, thành phố", "Quý III/2025"
    t.cell(2, 1).text = "Diệt lăng quăng, bọ gậy tại hộ gia đình"
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    plan = extract_bytes(_saved(d), "vinh-long.docx")
    assert [t.text for t in plan.tasks] == ["Giám sát ca bệnh tại cộng đồng: Lập danh sách ca bệnh; Xử lý ổ dịch",
                                            "Diệt lăng quăng, bọ gậy tại hộ gia đình"]
    assert [t.deadline for t in plan.tasks] == [dt.date(2025, 6, 30), dt.date(2025, 9, 30)]


KINH_PHI = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian | Kinh phí (triệu đồng) |\n|---|---|---|---|---|\n"
            "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Quý II/2025 | 50 |\n"
            "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố | Quý III/2025 | 120 |\n")


@pytest.mark.parametrize("total", [
    "|  | **Tổng cộng** |  |  | **170** |",
    "| **Tổng** |  |  |  | 170 |",
    "|  | Cộng: |  |  | 170 |",
    "| Tổng số |  |  |  | 170 |",
])
def test_a_total_row_is_no_task_and_no_part_of_one(total):
    got = _tasks((HEAD + KINH_PHI + total + "\n" + TAIL).encode(), "kinh-phi.md")
    assert [t[0] for t in got] == ["Giám sát ca bệnh tại cộng đồng", "Diệt lăng quăng, bọ gậy tại hộ gia đình"]


def test_a_row_opening_with_tong_is_still_read():
    """Only a row that says no more than "Tổng cộng" closes the table: "Tổng kết …" is work to do."""
    row = "| 3 | Tổng kết công tác phòng, chống dịch năm 2025 | Trung tâm Kiểm soát bệnh tật | Tháng 12/2025 | 20 |"
    got = _tasks((HEAD + KINH_PHI + row + "\n" + TAIL).encode(), "kinh-phi.md")
    assert [t[0] for t in got][-1] == "Tổng kết công tác phòng, chống dịch năm 2025"


BUDGET_HEADS = [
    "| STT | Nội dung chi | Đơn vị tính | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |",
    "| TT | Nội dung | ĐVT | Số lượng | Đơn giá | Thành tiền |",
    "| STT | Nội dung công việc | Số tiền (triệu đồng) | Ghi chú |",
]


@pytest.mark.parametrize("head", BUDGET_HEADS)
@pytest.mark.parametrize("where", ["appendix", "content"])
def test_a_cost_estimate_lists_no_tasks(head, where):
    """An estimate's expense lines ("Tổ chức hội nghị triển khai") read like tasks, and "Đơn vị tính"
    like a unit column; nobody is named to act and no time is set: they are not the schedule."""
    n = head.count("|") - 1
    table = (head + "\n|" + "---|" * n + "\n"
             + "".join(f"| {i} | {t} | " + " | ".join(v[:n - 2]) + " |\n" for i, (t, v) in enumerate([
                 ("Tổ chức hội nghị triển khai Kế hoạch", ["Hội nghị", "1", "15.000.000", "15.000.000"]),
                 ("In tài liệu tuyên truyền", ["Bộ", "500", "30.000", "15.000.000"])], 1))
             + "| | **Tổng cộng** |" + " |" * (n - 2) + "\n")
    if where == "appendix":
        text = (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\n"
                "PHỤ LỤC II: DỰ TOÁN KINH PHÍ\n" + table)
        want = ["Giám sát ca bệnh tại cộng đồng."]
    else:
        text = HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n2. Dự toán kinh phí như sau:\n" + table + TAIL
        want = ["Giám sát ca bệnh tại cộng đồng."]
    got = [t[0] for t in _tasks(text.encode(), "vinh-long.md")]
    assert "Tổ chức hội nghị triển khai Kế hoạch" not in got and "In tài liệu tuyên truyền" not in got
    assert want[0] in got


PROJECT_HEADS = [
    "| STT | Tên dự án | Chủ đầu tư | Địa điểm xây dựng | Thời gian thực hiện | Tổng mức đầu tư (triệu đồng) |",
    "| TT | Danh mục dự án | Quy mô | Địa điểm | Vốn đầu tư (tỷ đồng) | Nguồn vốn |",
    "| STT | Tên công trình | Địa điểm | Năng lực thiết kế | Thời gian KC-HT | Kế hoạch vốn năm 2025 |",
]


@pytest.mark.parametrize("head", PROJECT_HEADS)
def test_a_list_of_investment_projects_lists_no_tasks(head):
    """A "Danh mục dự án" names projects with their owner (Chủ đầu tư), years and capital: a
    catalogue of what is to be built, not work the plan assigns."""
    table = (head + "\n|---|---|---|---|---|---|\n"
             "| 1 | Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh | Sở Khoa học và Công nghệ "
             "| Thành phố Đồng Xoài | 2025 - 2026 | 18.500 |\n"
             "| 2 | Xây dựng Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Thành phố Đồng Xoài | 2026 | 65.000 |\n"
             "| | Tổng cộng | | | | 83.500 |\n")
    text = (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\n"
            "PHỤ LỤC II: DANH MỤC DỰ ÁN\n" + table)
    assert [t[0] for t in _tasks(text.encode(), "binh-phuoc.md")] == ["Giám sát ca bệnh tại cộng đồng."]


@pytest.mark.parametrize("header, want", [
    (["STT", "Tên dự án", "Chủ đầu tư", "Thời gian thực hiện", "Tổng mức đầu tư", "Nguồn vốn"], True),
    (["TT", "Danh mục công trình", "Vốn đầu tư"], True),
    # projects given to a body that leads them, with coordinators: a schedule with its capital
    (["STT", "Tên dự án", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Tổng mức đầu tư"], False),
    (["STT", "Tên dự án", "Đơn vị chủ trì", "Nguồn vốn"], False),
    # projects without a word on capital: work named by project
    (["STT", "Tên dự án", "Cơ quan thực hiện", "Thời gian", "Kinh phí"], False),
    # capital beside tasks, not projects
    (["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Nguồn vốn"], False),
])
def test_lists_no_work_reads_a_list_of_projects(header, want):
    from extractors.tables import lists_no_work
    assert lists_no_work(header) is want


@pytest.mark.parametrize("head", [
    "| STT | Họ và tên | Chức vụ | Nhiệm vụ trong Ban Chỉ đạo |",
    "| TT | Họ tên | Đơn vị công tác | Nhiệm vụ được phân công |",
])
def test_a_roster_of_members_lists_no_tasks(head):
    """The members of a Ban Chỉ đạo with their roles ("Nhiệm vụ trong Ban Chỉ đạo": Trưởng ban)
    in an appendix: people, not work."""
    table = (head + "\n|---|---|---|---|\n| 1 | Nguyễn Văn An | Phó Chủ tịch UBND tỉnh | Trưởng ban |\n"
             "| 2 | Trần Thị Bình | Giám đốc Sở Y tế | Phó Trưởng ban thường trực, theo dõi công tác phòng bệnh |\n")
    text = (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\n"
            "PHỤ LỤC: DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n" + table)
    assert [t[0] for t in _tasks(text.encode(), "vinh-long.md")] == ["Giám sát ca bệnh tại cộng đồng."]


def test_work_assigned_to_people_by_name_with_deadlines_is_a_schedule():
    """"Họ và tên | Nhiệm vụ được phân công | Thời gian hoàn thành": each row is work, with its date."""
    table = ("| STT | Họ và tên | Nhiệm vụ được phân công | Thời gian hoàn thành |\n|---|---|---|---|\n"
             "| 1 | Nguyễn Văn An | Rà soát danh sách hộ nghèo | Tháng 3/2025 |\n"
             "| 2 | Trần Thị Bình | Tổng hợp báo cáo kết quả | Tháng 11/2025 |\n")
    got = [t[0] for t in _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")]
    assert got == ["Rà soát danh sách hộ nghèo", "Tổng hợp báo cáo kết quả"]


@pytest.mark.parametrize("head, cells", [
    # a cost column beside who acts and when: a schedule with its budget
    ("| STT | Nội dung | Đơn vị thực hiện | Thời gian | Thành tiền (triệu đồng) |", "| Trung tâm Kiểm soát bệnh tật | Quý II/2025 | 120 |"),
    ("| STT | Nội dung | Cơ quan chủ trì | Số tiền | Ghi chú |", "| Trung tâm Kiểm soát bệnh tật | 120 | |"),
    # a quantity in "Đơn vị tính" beside a column of who acts
    ("| STT | Nhiệm vụ | Đơn vị tính | Số lượng | Đơn vị chủ trì |", "| Cuộc | 4 | Trung tâm Kiểm soát bệnh tật |"),
])
def test_a_schedule_with_a_cost_or_measure_column_keeps_its_tasks(head, cells):
    table = (head + "\n|---|---|---|---|---|\n| 1 | Giám sát ca bệnh tại cộng đồng " + cells + "\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình " + cells + "\n")
    got = _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [t[0] for t in got] == ["Giám sát ca bệnh tại cộng đồng", "Diệt lăng quăng, bọ gậy tại hộ gia đình"]
    assert all(t[1] == ["Trung tâm Kiểm soát bệnh tật"] for t in got)


def test_a_flattened_cost_estimate_lists_no_tasks():
    """The same estimate from a PDF whose table came out one cell a line, the names too."""
    appendix = ("Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\nPHỤ LỤC II\nDỰ TOÁN KINH PHÍ\n"
                "STT\nNội dung chi\nĐơn vị tính\nSố lượng\nĐơn giá\nThành tiền\n"
                "1\nTổ chức hội nghị triển khai Kế hoạch\nHội nghị\n1\n15.000.000\n15.000.000\n"
                "2\nIn tài liệu tuyên truyền\nBộ\n500\n30.000\n15.000.000\n")
    text = HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + appendix
    assert [t[0] for t in _tasks(text.encode(), "vinh-long.txt")] == ["Giám sát ca bệnh tại cộng đồng."]


# The row that numbers the columns under a form's header, in the ways forms print it.
@pytest.mark.parametrize("numbers", [
    "| (1) | (2) | (3) | (4) | (5) |",
    "| 1 | 2 | 3 | 4 | 5 |",
    "| A | B | 1 | 2 | 3 |",
    "| (1) | (2) | (3) | (4) | (5)=(3)+(4) |",
    "| 1 | 2 | | 4 | 5 |",                       # a cell left blank
])
def test_the_row_numbering_the_columns_is_no_task(numbers):
    table = ("| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n" + numbers + "\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | Bệnh viện Đa khoa tỉnh | Quý II/2025 |\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | UBND các huyện, thị xã, thành phố "
             "| Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh | Quý III/2025 |\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.md") == WANT


def test_the_column_numbers_repeated_under_a_header_on_a_new_page_are_no_task():
    head = "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n(1)\t(2)\t(3)\t(4)\t(5)\n"
    table = (head + "1\tGiám sát ca bệnh tại cộng đồng\tTrung tâm Kiểm soát bệnh tật\tBệnh viện Đa khoa tỉnh\tQuý II/2025\n"
             + head + "2\tDiệt lăng quăng, bọ gậy tại hộ gia đình\tUBND các huyện, thị xã, thành phố\t"
             "Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh\tQuý III/2025\n")
    assert _tasks((HEAD + table + TAIL).encode(), "vinh-long.txt") == WANT


@pytest.mark.parametrize("cells, numbering", [
    (["(1)", "(2)", "(3)", "(4)"], True),
    (["A", "B", "1", "2"], True),
    (["6", "7", "8", "(9)=(7)x(8)"], True),
    (["1", "15", "20", "30"], False),        # figures of a row, not columns counted
    (["1", "2"], False),                     # too few to tell from a short row
    (["1", "Tuyên truyền", "3", "4"], False),
    (["3", "2", "1"], False),
    (["1", "2", "3", "Quý II"], False),
])
def test_numbers_columns(cells, numbering):
    from extractors.tables import numbers_columns

    assert numbers_columns(cells) is numbering


# ---------------------------------------------------------------- a scan's damaged grid header
# A scan of a month grid whose text columns are narrower than a word: the content column's name
# comes out "ội du ng cô ng vi ẹc" (its "N" read into the STT cell), the last months wrap into
# "T1⏎0" and the first row of each page is the rest of a numbered row a page break cut.
SCAN_GRID = ("| ST.N T1 | ội du ng cô ng vi ẹc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện năm 2025"
             " | << | << | << | << | << | << | << | << | << | << | << |\n"
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
             "| ^^ | ^^ | ^^ | ^^ | T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8 | T9 | T1 0 | T1 1 | T1 2 |\n"
             "| 1 | Tập huấn kiến thức an toàn | Trung tâm Y tế huyện | Phòng Giáo dục và Đào tạo"
             " |  |  |  | x | x | x |  |  |  |  |  |  |\n"
             "|  | thực phẩm cho người chế biến |  |  |  |  |  |  |  |  |  |  |  |  |  |  |\n"
             "| 2 | Kiểm tra liên ngành dịp Tết Trung thu | Phòng Y tế | Công an huyện"
             " |  |  |  |  |  |  |  |  | x | x |  |  |\n"
             "| 3 | Tổng kết công tác năm | Phòng Y tế | Các thành viên Ban Chỉ đạo"
             " |  |  |  |  |  |  |  |  |  |  | x | x |\n")


def _scanned(text: str):
    """The tasks of a plan's text read as a scan gives it (Document.ocr set)."""
    from pipeline.extract import analyze
    from pipeline.ingest.text import read_text
    from pipeline.normalize import normalize

    raw = read_text(text.encode(), "md")
    raw.ocr = True
    return analyze(normalize(raw))["tasks"]


def test_a_scanned_grid_whose_content_name_is_misread_keeps_its_tasks():
    got = [(t.text, t.lead_units, t.timing_text) for t in _scanned(HEAD + SCAN_GRID + TAIL)]
    assert got == [("Tập huấn kiến thức an toàn thực phẩm cho người chế biến", ["Trung tâm Y tế huyện"], "Tháng 4 - 6/2025"),
                   ("Kiểm tra liên ngành dịp Tết Trung thu", ["Phòng Y tế"], "Tháng 9 - 10/2025"),
                   ("Tổng kết công tác năm", ["Phòng Y tế"], "Tháng 11 - 12/2025")]


def test_a_table_whose_names_are_all_read_is_not_taken_for_a_damaged_schedule():
    """"STT | Đơn vị | Chỉ tiêu | Thời gian" names every column: no unread name to be the content,
    so the table is not read as a schedule whose "Nội dung" a scan misread."""
    table = ("| STT | Đơn vị | Chỉ tiêu | Thời gian |\n|---|---|---|---|\n"
             "| 1 | UBND xã Tân Hòa | 95% hộ gia đình được tuyên truyền | Quý II/2025 |\n"
             "| 2 | UBND xã Tân Lợi | 90% hộ gia đình được tuyên truyền | Quý III/2025 |\n")
    assert extract_bytes((HEAD + table + TAIL).encode(), "plan.md").tasks == []
    assert _scanned(HEAD + table + TAIL) == []


def test_a_typed_table_naming_no_content_column_is_no_schedule():
    """Only a scan misreads a header's names: typed, the same damaged grid is not a schedule."""
    assert extract_bytes((HEAD + SCAN_GRID + TAIL).encode(), "plan.md").tasks == []


@pytest.mark.parametrize("cells, months", [
    (["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T1 0", "T1\n1", "T 12"], list(range(1, 13))),
    (["Tl", "T2", "T3", "T4"], [1, 2, 3, 4]),            # a 1 read as l
    (["T9", "T1O", "T11", "T12"], [9, 10, 11, 12]),      # a 0 read as O
])
def test_month_labels_a_scan_damaged_are_still_a_grid(cells, months):
    from extractors.tables import grid_columns
    assert [first for first, _, _ in grid_columns(cells).values()] == months


@pytest.mark.parametrize("cells", [
    ["to", "tl", "tlo", "tll"],                     # look-alikes alone name no months: words
    ["Tl", "T2", "T1O", "T4"],                      # out of order: no grid
])
def test_look_alike_month_labels_alone_are_no_grid(cells):
    from extractors.tables import grid_columns
    assert grid_columns(cells) == {}


# A multi-year plan's grid: one column per year of its period ("2026 | 2027 | … | 2030"), an "x" in
# the years each task runs in. The last marked year ends the task; marks in every year say it is
# done each year (recurring: no deadline).
YEAR_HEAD = ("UBND TỈNH NGHỆ AN\nSỞ Y TẾ\nSố: 3120/KH-SYT\nNghệ An, ngày 15 tháng 12 năm 2025\nKẾ HOẠCH\n"
             "Phòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2030\nI. MỤC ĐÍCH\n1. Giảm tử vong sớm.\n"
             "II. NHIỆM VỤ\n")
YEAR_ROWS = [("Điều tra yếu tố nguy cơ bệnh không lây nhiễm", "Trung tâm Kiểm soát bệnh tật", {2026}),
             ("Quản lý người bệnh tăng huyết áp tại trạm y tế", "Trạm Y tế các xã, phường", {2026, 2027, 2028, 2029, 2030}),
             ("Nâng cấp phần mềm quản lý hồ sơ sức khỏe", "Văn phòng Sở", {2027, 2028}),
             ("Truyền thông nhân Ngày Đái tháo đường thế giới", "Trung tâm Kiểm soát bệnh tật", {2026, 2028, 2030})]
YEAR_WANT = [("Năm 2026", None, dt.date(2026, 12, 31)), ("Hằng năm", None, None),
             ("Năm 2027 - 2028", None, dt.date(2028, 12, 31)), ("Năm 2026, 2028, 2030", None, dt.date(2030, 12, 31))]


@pytest.mark.parametrize("label", ["{}", "Năm {}", "NĂM {}"])
def test_a_year_grid_in_the_header_row(label):
    years = range(2026, 2031)
    table = ("| STT | Nội dung | Đơn vị chủ trì | " + " | ".join(label.format(y) for y in years) + " |\n"
             + "|---" * 8 + "|\n"
             + "".join(f"| {i} | {text} | {unit} | " + " | ".join("x" if y in marked else "" for y in years) + " |\n"
                       for i, (text, unit, marked) in enumerate(YEAR_ROWS, 1)))
    assert _timed((YEAR_HEAD + table + TAIL).encode(), "plan.md") == YEAR_WANT


def test_a_year_grid_under_a_merged_header_in_a_word_table():
    d = docx.Document()
    for ln in YEAR_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=2 + len(YEAR_ROWS), cols=8)
    for c, h in enumerate(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"]):
        t.cell(0, c).text = h
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 7))
    for j, y in enumerate(range(2026, 2031)):
        t.cell(1, 3 + j).text = str(y)
    for r, (text, unit, marked) in enumerate(YEAR_ROWS, 2):
        for c, v in enumerate([str(r - 1), text, unit] + ["X" if y in marked else "" for y in range(2026, 2031)]):
            t.cell(r, c).text = v
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    assert _timed(_saved(d), "nghe-an.docx") == YEAR_WANT


@pytest.mark.parametrize("years", ["2020 | 2025 | 2030", "2026 | 2027"])
def test_years_that_do_not_follow_each_other_or_too_few_are_no_grid(years):
    """Milestones (2020, 2025, 2030) or two years are targets' columns, not a schedule's grid."""
    n = years.count("|") + 1
    table = (f"| STT | Nội dung | Đơn vị chủ trì | {years} |\n" + "|---" * (3 + n) + "|\n"
             + "| 1 | Khám sàng lọc tăng huyết áp | Trung tâm Y tế | " + " | ".join(["x"] * n) + " |\n"
             + "| 2 | Quản lý người bệnh đái tháo đường | Trạm Y tế các xã | " + " | ".join(["x"] * n) + " |\n")
    assert _timed((YEAR_HEAD + table + TAIL).encode(), "plan.md") == [(None, None, None), (None, None, None)]


def test_amounts_per_year_are_no_marks():
    """A budget or a target per year ("2.500" under 2026 …) says how much, not when."""
    table = ("| STT | Nội dung | Chủ trì | 2026 | 2027 | 2028 | 2029 | 2030 |\n" + "|---" * 8 + "|\n"
             "| 1 | Khám sàng lọc tăng huyết áp | Trung tâm Y tế | 2.500 | 2.500 | 2.000 | 1.500 | 1.500 |\n"
             "| 2 | Tỷ lệ người bệnh được quản lý | Trạm Y tế các xã | 40% | 50% | 60% | 70% | 80% |\n")
    assert _timed((YEAR_HEAD + table + TAIL).encode(), "plan.md") == [(None, None, None), (None, None, None)]


# A column naming the person in charge ("Người phụ trách": "Đ/c Nguyễn Văn Hùng - PCT UBND xã")
# beside a unit column: the units are the unit column's, whichever of the two comes first.
@pytest.mark.parametrize("person", ["Người phụ trách", "Lãnh đạo phụ trách", "Cán bộ thực hiện",
                                    "Người chịu trách nhiệm"])
@pytest.mark.parametrize("person_first", [True, False])
def test_a_person_in_charge_column_yields_to_the_unit_column(person, person_first):
    head = ["STT", "Nội dung", person, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    rows = [["1", "Kiện toàn tổ hòa giải ở các thôn", "Đ/c Nguyễn Văn Hùng - PCT UBND xã", "Công chức Tư pháp - Hộ tịch",
             "Ủy ban MTTQ Việt Nam xã", "Quý II/2025"],
            ["2", "Tuyên truyền pháp luật bằng tiếng Mông", "Đ/c Lò Thị Mai - Công chức Văn hóa - Xã hội",
             "Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Tháng 5/2025"]]
    order = [0, 1, 2, 3, 4, 5] if person_first else [0, 1, 3, 4, 2, 5]
    table = "\n".join("| " + " | ".join(r[i] for i in order) + " |" for r in [head, ["---"] * 6] + rows)
    got = _tasks((HEAD + table + TAIL).encode(), "plan.md")
    assert [(t[1], t[2]) for t in got] == [(["Công chức Tư pháp - Hộ tịch"], ["Ủy ban MTTQ Việt Nam xã"]),
                                           (["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"])]


@pytest.mark.parametrize("header", ["Người phụ trách", "Đơn vị phụ trách", "Cơ quan, người chịu trách nhiệm"])
def test_the_only_responsible_column_gives_the_units_as_printed(header):
    table = (f"| STT | Nội dung | {header} | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Rà soát hộ nghèo | Phó Chủ tịch UBND xã | Tháng 6/2025 |\n")
    got = _tasks((HEAD + table + TAIL).encode(), "plan.md")
    assert [t[1] for t in got] == [["Phó Chủ tịch UBND xã"]]


# ---------------------------------------------------------------- start and end columns
SPAN_ROWS = [("1", "Giám sát ca bệnh tại cộng đồng", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa tỉnh",
              "01/4/2025", "30/6/2025"),
             ("2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", "UBND các huyện, thị xã, thành phố",
              "Hội Chữ thập đỏ tỉnh", "Tháng 7/2025", "Tháng 9/2025")]
SPAN_WANT = [(dt.date(2025, 6, 30), "Từ 01/4/2025 đến 30/6/2025"),
             (dt.date(2025, 9, 30), "Từ tháng 7/2025 đến tháng 9/2025")]


def _span_table(header: list[str], second: list[str] | None = None) -> str:
    rows = [header] + ([second] if second else []) + [list(r) for r in SPAN_ROWS]
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines[:1] + ["|" + "---|" * len(header)] + lines[1:]) + "\n"


@pytest.mark.parametrize("header, second", [
    # "Thời gian thực hiện" merged over "Bắt đầu | Kết thúc"
    (["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", ""],
     ["", "", "", "", "Bắt đầu", "Kết thúc"]),
    (["TT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian", ""],
     ["", "", "Chủ trì", "Phối hợp", "Ngày bắt đầu", "Ngày hoàn thành"]),
    # one header row naming both columns
    (["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Thời gian kết thúc"], None),
    (["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"], None),
])
def test_a_task_dated_from_a_start_to_an_end_column_ends_at_the_end(header, second):
    plan = extract_bytes((HEAD + _span_table(header, second) + TAIL).encode(), "vinh-long.md")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == SPAN_WANT
    assert [t.support_units for t in plan.tasks] == [["Bệnh viện Đa khoa tỉnh"], ["Hội Chữ thập đỏ tỉnh"]]


def test_two_timing_columns_that_are_no_start_and_end_keep_the_first():
    """"Thời gian thực hiện | Thời hạn báo cáo": the first is the task's timing, as before."""
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Thời hạn báo cáo"]
    plan = extract_bytes((HEAD + _span_table(header) + TAIL).encode(), "vinh-long.md")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [
        (dt.date(2025, 4, 1), "01/4/2025"), (dt.date(2025, 7, 31), "Tháng 7/2025")]


@pytest.mark.parametrize("start, end, want", [
    ("01/4/2025", "30/6/2025", "Từ 01/4/2025 đến 30/6/2025"),
    ("Tháng 3/2025", "Tháng 5/2025", "Từ tháng 3/2025 đến tháng 5/2025"),
    ("Quý I/2025", "Quý II/2025", "Từ quý I/2025 đến quý II/2025"),
    ("Thường xuyên", "", "Thường xuyên"),        # one cell merged across both columns
    ("01/4/2025", "", "Từ 01/4/2025"),            # a start alone: when the work begins, no end
    ("Quý II/2025", "", "Từ quý II/2025"),
    ("Trước 30/6/2025", "", "Trước 30/6/2025"),  # a whole timing of its own
    ("Năm 2025", "", "Năm 2025"),                # a year: a cell merged across both columns
    ("2025", "", "2025"),
    ("Ngày 25 hằng tháng", "", "Ngày 25 hằng tháng"),  # a cadence, no start
    ("", "Trước 31/12/2025", "Trước 31/12/2025"),
    ("Năm 2025", "Năm 2025", "Năm 2025"),
    ("UBND", "30/6/2025", "Từ UBND đến 30/6/2025"),  # (an acronym keeps its capitals)
])
def test_span_timing(start, end, want):
    from extractors.tables import span_timing

    assert span_timing(start, end) == want


@pytest.mark.parametrize("cell, want", [
    ("Trước ngày 30/6/2025\n(báo cáo kết quả)", "Trước ngày 30/6/2025 (báo cáo kết quả)"),   # one phrase wrapped
    ("Quý II\nnăm 2025", "Quý II năm 2025"),
    ("- Đợt 1: tháng 3/2025;\n- Đợt 2: tháng 9/2025", "Đợt 1: tháng 3/2025; Đợt 2: tháng 9/2025"),  # a list of dates
    ("• Tháng 4/2025\n• Tháng 10/2025", "Tháng 4/2025; Tháng 10/2025"),   # Word's own bullets
    ("• Quý III/2025", "Quý III/2025"),
    ("Tháng 8 -\n9/2025", "Tháng 8 - 9/2025"),
    ("Tháng 8\n9/2025", "Tháng 8 - 9/2025"),                   # the dash a line break lost
    # negatives: a dash opening the one line after a month is the range's, not a bullet
    ("Tháng 3\n- tháng 5/2025", "Tháng 3 - tháng 5/2025"),
    ("Từ 01/3/2025 -\n31/5/2025", "Từ 01/3/2025 - 31/5/2025"),
    ("- Tháng 3/2025", "- Tháng 3/2025"),
    ("Thường xuyên", "Thường xuyên"),
    ("", ""),
])
def test_timing_lines(cell, want):
    from extractors.tables import timing_lines

    assert timing_lines(cell) == want


def _word_timing_plan(cells: list[list[str]], bullets: bool = False) -> bytes:
    """A Word plan whose task table has a timing cell of several paragraphs (one list a paragraph,
    "List Bullet" when bullets)."""
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=1 + len(cells), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]):
        t.cell(0, c).text = h
    for r, ((text, lead, sup, _), lines) in enumerate(zip(WANT, cells), 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = str(r), text, lead[0]
        t.cell(r, 3).text = "; ".join(sup)
        cell = t.cell(r, 4)
        cell.paragraphs[0].text = lines[0]
        if bullets:
            cell.paragraphs[0].style = d.styles["List Bullet"]
        for ln in lines[1:]:
            cell.add_paragraph(ln, style="List Bullet" if bullets else None)
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    return _saved(d)


@pytest.mark.parametrize("bullets", [False, True])
def test_a_word_timing_cell_of_several_paragraphs_is_one_line(bullets):
    """A Word cell holds its timing in paragraphs ("Trước ngày 30/6/2025" / "(báo cáo kết quả)", or
    a bulleted list of rounds): timing_text is one line as the schema prints it, the deadline the
    same as the cell's."""
    cells = [["Trước ngày 30/6/2025", "(báo cáo kết quả)"], ["Đợt 1: tháng 3/2025", "Đợt 2: tháng 9/2025"]]
    plan = extract_bytes(_word_timing_plan(cells, bullets), "vinh-long.docx")
    assert [(t.text, t.lead_units, t.support_units, t.deadline) for t in plan.tasks] == WANT
    joint = "; " if bullets else " "
    assert [t.timing_text for t in plan.tasks] == ["Trước ngày 30/6/2025" + joint + "(báo cáo kết quả)",
                                                   "Đợt 1: tháng 3/2025" + joint + "Đợt 2: tháng 9/2025"]


def test_a_web_timing_cell_broken_by_br_is_one_line():
    """A converter's <br> and <p> inside a timing cell: the lines joined, a range's dash kept."""
    rows = ("<tr><td>1</td><td>Giám sát ca bệnh tại cộng đồng</td><td>Trung tâm Kiểm soát bệnh tật</td>"
            "<td>Bệnh viện Đa khoa tỉnh</td><td><p>Tháng 4</p><p>- tháng 6/2025</p></td></tr>"
            "<tr><td>2</td><td>Diệt lăng quăng, bọ gậy tại hộ gia đình</td><td>UBND các huyện, thị xã, thành phố</td>"
            "<td>Trung tâm Kiểm soát bệnh tật<br>Hội Chữ thập đỏ tỉnh</td><td>- Đợt 1: tháng 5/2025;<br>- Đợt 2: "
            "tháng 9/2025</td></tr>")
    html = ("<html><body>" + _paragraphs(HEAD) + "<table><tr><td><b>STT</b></td><td><b>Nội dung</b></td>"
            "<td><b>Đơn vị chủ trì</b></td><td><b>Đơn vị phối hợp</b></td><td><b>Thời gian</b></td></tr>" + rows
            + "</table>" + _paragraphs(TAIL) + "</body></html>")
    plan = extract_bytes(html.encode(), "vinh-long.html")
    assert [(t.text, t.lead_units, t.support_units, t.deadline) for t in plan.tasks] == WANT
    assert [t.timing_text for t in plan.tasks] == ["Tháng 4 - tháng 6/2025", "Đợt 1: tháng 5/2025; Đợt 2: tháng 9/2025"]


def test_start_and_end_columns_of_a_word_table_under_a_merged_cell(tmp_path):
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Đơn vị"
    t.cell(1, 2).text, t.cell(1, 3).text = "Chủ trì", "Phối hợp"
    t.cell(0, 4).merge(t.cell(0, 5)).text = "Thời gian thực hiện"
    t.cell(1, 4).text, t.cell(1, 5).text = "Bắt đầu", "Kết thúc"
    for r, row in enumerate(SPAN_ROWS, 2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(3, 4).merge(t.cell(3, 5)).text = "Thường xuyên"     # one cell across both columns
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    plan = extract_bytes(_saved(d), "vinh-long.docx")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [SPAN_WANT[0], (None, "Thường xuyên")]


# ---------------------------------------------------------------- one table per quarter
QUARTER_TABLE = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
                 "| {n} | {task} | Sở Y tế | {when} |\n")


@pytest.mark.parametrize("heading_i, heading_ii", [
    ("QUÝ I/2025", "QUÝ II/2025"),
    ("**Quý I năm 2025**", "**Quý II năm 2025**"),
    ("I. QUÝ I", "II. QUÝ II"),
    ("Quý 1:", "Quý 2:"),
])
def test_a_table_under_its_own_quarter_heading(heading_i, heading_ii):
    text = (HEAD + heading_i + "\n" + QUARTER_TABLE.format(n=1, task="Giám sát ca bệnh tại cộng đồng", when="Tháng 2/2025")
            + heading_ii + "\n" + QUARTER_TABLE.format(n=2, task="Tập huấn cán bộ y tế cơ sở", when="Thường xuyên") + TAIL)
    plan = extract_bytes(text.encode(), "vinh-long.md")
    assert [(t.label, t.quarter, t.deadline) for t in plan.tasks] == [
        ("1", 1, dt.date(2025, 2, 28)), ("2", 2, None)]


@pytest.mark.parametrize("before", [
    "Kết quả thực hiện quý I/2025 như sau:",     # prose naming a quarter
    "Bảng 1. Nhiệm vụ trọng tâm",               # a caption
    "QUÝ I/2025\nCác nhiệm vụ cụ thể như sau:",  # the quarter heading, then a line of prose
])
def test_a_line_before_a_table_that_is_no_quarter_heading_sets_no_quarter(before):
    text = (HEAD + before + "\n" + QUARTER_TABLE.format(n=1, task="Giám sát ca bệnh tại cộng đồng",
                                                        when="Tháng 2/2025") + TAIL)
    plan = extract_bytes(text.encode(), "vinh-long.md")
    assert [(t.label, t.quarter) for t in plan.tasks] == [("1", None)]


def test_a_group_row_inside_the_table_wins_over_the_heading_above_it():
    table = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n| Quý III | | | |\n"
             "| 1 | Giám sát ca bệnh tại cộng đồng | Sở Y tế | Tháng 8/2025 |\n")
    plan = extract_bytes((HEAD + "QUÝ I/2025\n" + table + TAIL).encode(), "vinh-long.md")
    assert [t.quarter for t in plan.tasks] == [3]


def test_a_grid_cell_of_two_paragraphs_keeps_its_bullet_apart():
    """A blank line inside a grid table's cell parts two paragraphs: the bullet after it is an item
    of the task, joined as bullets are, not a dash inside its sentence."""
    table = ("+-----+---------------------------+--------------+-------------+\n"
             "| STT | Nội dung                  | Chủ trì      | Thời gian   |\n"
             "+=====+===========================+==============+=============+\n"
             "| 1   | Tuyên truyền phòng, chống | Sở Y tế      | Quý II/2025 |\n"
             "|     | sốt xuất huyết            |              |             |\n"
             "|     |                           |              |             |\n"
             "|     | \\- Phát tờ rơi tại các    |              |             |\n"
             "|     | khu dân cư                |              |             |\n"
             "+-----+---------------------------+--------------+-------------+\n")
    plan = extract_bytes((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [t.text for t in plan.tasks] == [
        "Tuyên truyền phòng, chống sốt xuất huyết; Phát tờ rơi tại các khu dân cư"]


# ---------------------------------------------------------------- a school year's grid counted from one label
# A school's plan prints "Tháng" over the first month only ("Tháng 9 | 10 | 11 | 12 | 1 | … | 5") under a
# bare "Thời gian thực hiện": the plan's school year (its title) dates the months, January on in the next year.
SCHOOL_GRID_ROWS = [("Khám sức khỏe định kỳ cho học sinh", "Nhân viên y tế", {10, 11, 12}),
                    ("Phòng, chống dịch bệnh mùa đông xuân", "Nhân viên y tế", {12, 1, 2}),
                    ("Tuyên truyền phòng, chống đuối nước", "Tổng phụ trách Đội", {9, 10, 11, 12, 1, 2, 3, 4, 5}),
                    ("Tổng kết năm học", "Hiệu trưởng", {5})]
SCHOOL_GRID_WANT = [("Tháng 10 - 12/2024", None, dt.date(2024, 12, 31)),
                    ("Tháng 12/2024, tháng 1 - 2/2025", None, dt.date(2025, 2, 28)),
                    ("Cả năm học 2024 - 2025", None, dt.date(2025, 5, 31)), ("Tháng 5/2025", None, dt.date(2025, 5, 31))]
SCHOOL_MONTHS = [9, 10, 11, 12, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("first", ["Tháng 9", "T9", "Th 9", "THÁNG 9"])
def test_a_school_years_grid_naming_its_first_month_in_a_word_table(first):
    d = docx.Document()
    for ln in SCHOOL_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=2 + len(SCHOOL_GRID_ROWS), cols=3 + len(SCHOOL_MONTHS))
    for c, h in enumerate(["TT", "Nội dung công việc", "Phụ trách", "Thời gian thực hiện"]):
        t.cell(0, c).text = h
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 2 + len(SCHOOL_MONTHS)))
    for k, m in enumerate(SCHOOL_MONTHS):
        t.cell(1, 3 + k).text = first if k == 0 else str(m)
    for r, (text, unit, months) in enumerate(SCHOOL_GRID_ROWS, 2):
        for c, v in enumerate([str(r - 1), text, unit] + ["x" if m in months else "" for m in SCHOOL_MONTHS]):
            t.cell(r, c).text = v
    for ln in SCHOOL_TAIL.splitlines():
        d.add_paragraph(ln)
    assert _timed(_saved(d), "da-loc.docx") == SCHOOL_GRID_WANT


def test_a_school_years_grid_in_a_web_page_dated_by_the_school_year_of_its_title():
    head = ("<tr><th rowspan=2>TT</th><th rowspan=2>Nội dung</th><th rowspan=2>Phụ trách</th>"
            "<th colspan=9>Thời gian thực hiện</th></tr><tr>"
            + "".join(f"<th>{'Tháng 9' if m == 9 else m}</th>" for m in SCHOOL_MONTHS) + "</tr>")
    rows = "".join(f"<tr><td>{i}</td><td>{text}</td><td>{unit}</td>"
                   + "".join(f"<td>{'x' if m in months else ''}</td>" for m in SCHOOL_MONTHS) + "</tr>"
                   for i, (text, unit, months) in enumerate(SCHOOL_GRID_ROWS, 1))
    page = ("<html><body>" + _paragraphs(SCHOOL_HEAD) + f"<table border=1>{head}{rows}</table>"
            + _paragraphs(SCHOOL_TAIL) + "</body></html>")
    assert _timed(page.encode(), "plan.html") == SCHOOL_GRID_WANT


def test_a_wrapping_grid_in_a_plan_of_no_school_year_is_no_school_year():
    """A winter crop's months wrap too ("Tháng 10 … 3"): every month marked is not "Cả năm học"."""
    head = HEAD.replace("Phòng, chống sốt xuất huyết năm 2025", "Sản xuất vụ Đông Xuân 2024 - 2025")
    table = ("| TT | Nội dung | Chủ trì | Tháng 10 | 11 | 12 | 1 | 2 | 3 |\n|---|---|---|---|---|---|---|---|---|\n"
             "| 1 | Gieo cấy lúa vụ Đông Xuân | UBND các xã | x | x | x | x | x | x |\n")
    [(timing, quarter, deadline)] = _timed((head + table + TAIL).encode(), "plan.md")
    assert not timing.startswith("Cả năm") and deadline is not None


@pytest.mark.parametrize("cells, months", [
    (["TT", "Nội dung", "Tháng 9", "10", "11", "12", "1"], [9, 10, 11, 12, 1]),
    (["T1", "2", "3", "4"], [1, 2, 3, 4]),
    (["Tháng 9/2024", "10", "11"], [9, 10, 11]),
])
def test_bare_numbers_after_a_month_label_are_months(cells, months):
    from extractors.tables import grid_columns
    assert [first for first, _, _ in grid_columns(cells).values()] == months


@pytest.mark.parametrize("cells", [
    ["Tháng 9", "10"],                          # two columns: too few for a grid
    ["Tháng 9", "Nội dung", "10", "11"],         # the numbers do not follow the label
    ["STT", "1", "2", "3", "4"],                 # numbers with no month label: the columns' numbering
    ["Tháng 9", "15", "20", "30"],               # counts, not months
])
def test_numbers_not_counted_from_a_month_label_are_no_grid(cells):
    from extractors.tables import grid_columns
    assert grid_columns(cells) == {}


# ---------------------------------------------------------------- a numbered row heading its sub-numbered rows
# A province's appendix numbers a group of tasks "1 | Văn bản quy định chi tiết Luật Nhà ở" and its tasks
# "1.1", "1.2": the parent, naming no unit and no time, heads them and is no task.
APPENDIX_TABLE = (
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm | Kinh phí (triệu đồng) |\n"
    "|---|---|---|---|---|---|---|\n"
    "| I | Nhóm nhiệm vụ xây dựng văn bản |  |  |  |  |  |\n"
    "| 1 | Văn bản quy định chi tiết Luật Đất đai |  |  |  |  |  |\n"
    "| 1.1 | Quyết định quy định hạn mức giao đất ở | Sở Tài nguyên và Môi trường | Sở Tư pháp | Quý III/2025 | Quyết định của UBND tỉnh |  |\n"
    "| 1.2 | Quyết định ban hành bảng giá đất | Sở Tài nguyên và Môi trường | Sở Tài chính | Tháng 12/2025 | Quyết định của UBND tỉnh | 500 |\n"
    "| 2 | Tập huấn cho cán bộ địa chính cấp xã | Sở Tài nguyên và Môi trường | UBND các huyện | Tháng 10/2025 | Lớp tập huấn | 120 |\n"
    "| 3 | Văn bản hướng dẫn về bồi thường, hỗ trợ, tái định cư | Sở Tài chính | Sở Xây dựng | Tháng 11/2025 | Báo cáo |  |\n"
    "| 3.1 | Rà soát đơn giá bồi thường nhà, công trình | Sở Xây dựng | Sở Tài chính | Tháng 9/2025 | Báo cáo |  |\n")


def test_a_numbered_row_heading_its_parts_is_no_task():
    got = _timed((HEAD + APPENDIX_TABLE + TAIL).encode(), "plan.md")
    plan = extract_bytes((HEAD + APPENDIX_TABLE + TAIL).encode(), "plan.md")
    assert [t.label for t in plan.tasks] == ["1.1", "1.2", "2", "3", "3.1"]
    # the products ("Quyết định của UBND tỉnh") and the costs are neither units nor timing
    assert [(t.lead_units, t.support_units) for t in plan.tasks][:2] == [
        (["Sở Tài nguyên và Môi trường"], ["Sở Tư pháp"]), (["Sở Tài nguyên và Môi trường"], ["Sở Tài chính"])]
    assert got[:3] == [("Quý III/2025", 3, dt.date(2025, 9, 30)), ("Tháng 12/2025", None, dt.date(2025, 12, 31)),
                       ("Tháng 10/2025", None, dt.date(2025, 10, 31))]


def test_without_parent_headings_keeps_rows_that_are_no_parents():
    from extractors.tables import TableRow, without_parent_headings
    rows = [TableRow("1", "Rà soát"), TableRow("2", "Kiểm tra"), TableRow("10", "Sơ kết"),
            TableRow("11", "Văn bản", timing="Quý I/2025"), TableRow("11.1", "Quyết định"), TableRow("12", "Tổng kết")]
    assert [r.label for r in without_parent_headings(rows)] == ["1", "2", "10", "11", "11.1", "12"]
    heading = [TableRow("1", "Văn bản"), TableRow("1.1", "Quyết định"), TableRow("1.2", "Chỉ thị"), TableRow("2", "X")]
    kept = without_parent_headings(heading)
    assert [r.label for r in kept] == ["1.1", "1.2", "2"] and kept[0].group == "Văn bản" and kept[2].group is None


# ---------------------------------------------------------------- month group rows
# A work programme (a Party committee's "Chương trình công tác năm 2026", an HĐND's) sets its rows
# under the month they are due in, as others do under a quarter; its "Thời gian trình/ Ghi chú"
# column often says only which meeting a matter goes to ("Trình BCH").
PARTY_HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ QUỲNH LƯU\nSố: 05-CTr/ĐU\nQuỳnh Lưu, ngày 30 tháng 12 năm 2025\n"
              "CHƯƠNG TRÌNH\ncông tác năm 2026 của Ban Chấp hành Đảng bộ xã\nI. MỤC ĐÍCH, YÊU CẦU\n"
              "1. Cụ thể hóa nhiệm vụ.\nII. NỘI DUNG CHƯƠNG TRÌNH CÔNG TÁC\n")
PARTY_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Đảng ủy theo dõi, đôn đốc.\n"


@pytest.mark.parametrize("jan, feb, spring", [
    ("THÁNG 1", "Tháng 02/2026", "THÁNG 3 VÀ THÁNG 4"),
    ("I. THÁNG 01", "II. THÁNG 2 NĂM 2026", "III. THÁNG 3 - 4"),
    ("Tháng 1:", "Tháng 2/2026", "Tháng 3, tháng 4"),
])
def test_month_group_rows_date_the_rows_under_them(jan, feb, spring):
    table = ("| TT | Nội dung | Cơ quan chuẩn bị | Thời gian trình/ Ghi chú |\n|---|---|---|---|\n"
             f"| {jan} | | | |\n| 1 | Hội nghị tổng kết công tác năm 2025 | Văn phòng Đảng ủy | Trình BCH |\n"
             "| 2 | Ban hành kế hoạch kiểm tra năm 2026 | Ủy ban Kiểm tra Đảng ủy | Trước ngày 20/01 |\n"
             f"| {feb} | | | |\n| 3 | Xét kết nạp đảng viên đợt 19/5 | Ban Xây dựng Đảng | |\n"
             f"| {spring} | | | |\n| 4 | Sơ kết quý I | Văn phòng Đảng ủy | Thường xuyên |\n")
    got = _timed((PARTY_HEAD + table + PARTY_TAIL).encode(), "plan.md")
    assert [(q, d) for _, q, d in got] == [
        # the row's own date wins; a note of the meeting dates nothing, the month does
        (None, dt.date(2026, 1, 31)), (None, dt.date(2026, 1, 20)),
        (None, dt.date(2026, 2, 28)),   # (the "19/5" of the content is no timing)
        (None, None)]                   # a recurring cell is the row's own timing
    assert got[0][0] == jan.split(". ")[-1].rstrip(":") and got[1][0] == "Trước ngày 20/01"


def test_a_month_group_row_ends_the_quarter_group_before_it():
    table = ("| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n| QUÝ I | | | |\n"
             "| 1 | Hội nghị tổng kết | Văn phòng | |\n| THÁNG 4 | | | |\n| 2 | Sơ kết quý I | Văn phòng | |\n"
             "| QUÝ III | | | |\n| 3 | Kiểm tra | Ủy ban Kiểm tra | |\n")
    got = _timed((PARTY_HEAD + table + PARTY_TAIL).encode(), "plan.md")
    assert [(q, d) for _, q, d in got] == [(1, None), (None, dt.date(2026, 4, 30)), (3, None)]


@pytest.mark.parametrize("row", [
    "| Tháng Thanh niên | | | |",          # a campaign's name: no month
    "| Tháng 3 hành động vì môi trường | | | |",
])
def test_a_group_row_that_is_not_only_months_dates_nothing(row):
    table = ("| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
             f"{row}\n| 1 | Ra quân làm sạch môi trường | Đoàn Thanh niên | |\n")
    got = _timed((PARTY_HEAD + table + PARTY_TAIL).encode(), "plan.md")
    assert got == [(None, None, None)]


@pytest.mark.parametrize("text, want", [
    ("THÁNG 1", "THÁNG 1"), ("Tháng 02/2026:", "Tháng 02/2026"), ("IV. THÁNG 11 VÀ THÁNG 12", "THÁNG 11 VÀ THÁNG 12"),
    ("Tháng 7 đến tháng 9", "Tháng 7 đến tháng 9"), ("Tháng 9/2024 - 5/2025", "Tháng 9/2024 - 5/2025"),
    ("Tháng Thanh niên", None), ("Tháng 3 năm", None), ("Quý I", None), ("Thắng 1 - 0", None),
    ("Tháng 5: Tổ chức hội nghị", None),
])
def test_month_group(text, want):
    from extractors.tables import month_group
    assert month_group(text) == want


def test_a_table_under_its_own_month_heading():
    text = (PARTY_HEAD + "THÁNG 3/2026\n" + QUARTER_TABLE.format(n=1, task="Sơ kết Nghị quyết", when="Trình BTV")
            + "Tháng 5/2026:\n" + QUARTER_TABLE.format(n=2, task="Xét kết nạp đảng viên", when="") + PARTY_TAIL)
    got = _timed(text.encode(), "plan.md")
    assert [(q, d) for _, q, d in got] == [(None, dt.date(2026, 3, 31)), (None, dt.date(2026, 5, 31))]


# A Party work programme names who prepares each matter and, in a column of its own, who presides
# over it: both answer for it (neither coordinates), in the order printed.
@pytest.mark.parametrize("prepare, preside", [
    ("Cơ quan chuẩn bị", "Cơ quan/Đồng chí chủ trì"),
    ("Cơ quan chủ trì chuẩn bị", "Đồng chí phụ trách"),
    ("Đồng chí chủ trì", "Cơ quan chuẩn bị"),
])
def test_the_preparing_and_the_presiding_columns_both_lead(prepare, preside):
    table = (f"| TT | Nội dung | {prepare} | {preside} | Thời gian |\n|---|---|---|---|---|\n"
             "| 1 | Hội nghị tổng kết công tác năm 2025 | Văn phòng Đảng ủy | Thường trực Đảng ủy | Tháng 1/2026 |\n"
             "| 2 | Ban hành kế hoạch kiểm tra | Ủy ban Kiểm tra Đảng ủy xã | Đ/c Phó Bí thư Thường trực | Tháng 1/2026 |\n")
    plan = extract_bytes((PARTY_HEAD + table + PARTY_TAIL).encode(), "plan.md")
    assert [(t.lead_units, t.support_units) for t in plan.tasks] == [
        (["Văn phòng Đảng ủy", "Thường trực Đảng ủy"], []),
        (["Ủy ban Kiểm tra Đảng ủy xã", "Phó Bí thư Thường trực"], [])]   # "Đ/c" only addresses him


def test_a_second_units_column_without_a_preparing_one_is_not_read_as_lead():
    # "Đơn vị chủ trì | Lãnh đạo phụ trách": the leader's column beside a unit column names no unit
    table = ("| TT | Nội dung | Đơn vị chủ trì | Lãnh đạo phụ trách | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|---|\n"
             "| 1 | Kiểm tra an toàn thực phẩm | Phòng Y tế | Đ/c Nguyễn Văn An - PCT UBND | Công an huyện | Quý II/2025 |\n"
             "| 2 | Tập huấn cán bộ | Phòng Nội vụ | Đ/c Lê Thị Bình - PCT UBND | UBND các xã | Quý III/2025 |\n")
    plan = extract_bytes((HEAD + table + TAIL).encode(), "plan.md")
    assert [(t.lead_units, t.support_units) for t in plan.tasks] == [
        (["Phòng Y tế"], ["Công an huyện"]), (["Phòng Nội vụ"], ["UBND các xã"])]


# ---------------------------------------------------------------- flattened tables numbered in parts
# A PDF table flattened one cell fragment a line (pdfplumber's extract_text, a copy-paste) whose rows
# number their parts ("1.1", "1.2") under a heading row ("1", "2"), and sit under month group rows.
FLAT_HEAD = "TT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"


@pytest.mark.parametrize("prev, label", [
    ("", "3"), ("1", "2"), ("1", "1.1"), ("1.1", "1.2"), ("1.2", "2"), ("1.2", "2.1"), ("2.1", "3"),
    ("1.2.3", "1.3"), ("1.1", "1.1.1"), ("4.2", "1"),   # (a numbering begun again under a new month)
])
def test_follows(prev, label):
    from extractors.tables import follows
    assert follows(prev, label)


@pytest.mark.parametrize("prev, label", [
    ("1", "3"), ("1.1", "1.3"), ("1.2", "3.1"), ("2", "1.5"), ("3", "30"), ("1.1", "2.2"), ("2.1", "1.2"),
])
def test_a_number_out_of_sequence_does_not_follow(prev, label):
    from extractors.tables import follows
    assert not follows(prev, label)


@pytest.mark.parametrize("jan, feb", [("THÁNG 1", "THÁNG 2"), ("Tháng 01:", "Tháng 02/2026:"), ("THÁNG 1/2026", "THÁNG 2")])
def test_a_flattened_table_of_parts_under_month_groups(jan, feb):
    table = (FLAT_HEAD + f"{jan}\n1\nCông tác tổ chức\n1.1\nTổ chức Hội nghị tổng kết công tác\nnăm 2025\n"
             "Văn phòng\nCác ban, ngành\nNgày 10/01/2026\n1.2\nKiểm tra việc thực hiện quy chế dân chủ tại\ncác chi bộ\n"
             "Ban Tổ chức\nVăn phòng\n2\nCông tác tuyên truyền\n2.1\nTuyên truyền kỷ niệm ngày thành lập\nĐảng\n"
             f"Ban Tuyên giáo\nĐoàn Thanh niên\n{feb}\n1\nCông tác tổ chức\n1.1\nXét kết nạp đảng viên\n"
             "Ban Xây dựng Đảng\nCác chi bộ\nTháng 02/2026\n")
    plan = extract_bytes((PARTY_HEAD + table + PARTY_TAIL).encode(), "quynh-luu.txt")
    got = [(t.label, t.text, t.lead_units, t.support_units, t.timing_text, t.deadline) for t in plan.tasks]
    months = [m.split(". ")[-1].rstrip(":") for m in (jan, feb)]
    assert got == [
        ("1.1", "Tổ chức Hội nghị tổng kết công tác năm 2025", ["Văn phòng"], ["Các ban, ngành"], "Ngày 10/01/2026",
         dt.date(2026, 1, 10)),
        # no timing of its own: the month group dates it; the heading rows "1", "2" are no tasks
        ("1.2", "Kiểm tra việc thực hiện quy chế dân chủ tại các chi bộ", ["Ban Tổ chức"], ["Văn phòng"], months[0],
         dt.date(2026, 1, 31)),
        ("2.1", "Tuyên truyền kỷ niệm ngày thành lập Đảng", ["Ban Tuyên giáo"], ["Đoàn Thanh niên"], months[0],
         dt.date(2026, 1, 31)),
        ("1.1", "Xét kết nạp đảng viên", ["Ban Xây dựng Đảng"], ["Các chi bộ"], "Tháng 02/2026", dt.date(2026, 2, 28)),
    ]


def test_a_month_as_a_timing_cell_of_a_flattened_table_groups_nothing():
    """"Tháng 3" in sentence case after a row's units is that row's timing cell, not a group."""
    table = (FLAT_HEAD + "1\nGiám sát ca bệnh tại cộng đồng\nTrung tâm Kiểm soát bệnh tật\nBệnh viện Đa khoa tỉnh\n"
             "Tháng 3\n2\nDiệt lăng quăng, bọ gậy tại hộ gia đình\nTrạm Y tế\nHội Chữ thập đỏ tỉnh\nQuý III/2025\n")
    got = _timed((HEAD + table + TAIL).encode(), "vinh-long.txt")
    assert got == [("Tháng 3", None, dt.date(2025, 3, 31)), ("Quý III/2025", 3, dt.date(2025, 9, 30))]


# ---- a schedule of visits: the column of the unit checked, the team that goes ("Thành phần")
@pytest.mark.parametrize("subject, team, name", [
    ("Đơn vị được kiểm tra", "Thành phần", "ubnd-huyen.md"),
    ("Cơ quan, đơn vị chịu sự giám sát", "Thành phần đoàn giám sát", "hdnd.txt"),
    ("XÃ ĐƯỢC KIỂM TRA", "THÀNH PHẦN", "caps.txt"),
    ("Địa bàn kiểm tra", "Thành phần tham gia", "dia-ban.md"),
])
def test_a_visit_schedule_checks_the_unit_of_each_row(subject, team, name):
    """"STT | Thời gian | Đơn vị được kiểm tra | Thành phần": each row is the visit to the unit
    checked on its date, by the team its "Thành phần" cell names."""
    rows = [["STT", "Thời gian", subject, team],
            ["1", "Ngày 15/4/2025 (sáng)", "UBND xã Phú Xuyên", "Đoàn kiểm tra số 1"],
            ["2", "Ngày 17/4/2025 (chiều)", "UBND xã Bản Ngoại", "Tổ công tác số 2"]]
    if name.endswith(".md"):
        table = "| " + " | ".join(rows[0]) + " |\n|---|---|---|---|\n" + \
            "\n".join("| " + " | ".join(r) + " |" for r in rows[1:]) + "\n"
    else:
        table = "\n".join("\t".join(r) for r in rows) + "\n"
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), name)
    assert got == [("UBND xã Phú Xuyên", ["Đoàn kiểm tra số 1"], [], dt.date(2025, 4, 15)),
                   ("UBND xã Bản Ngoại", ["Tổ công tác số 2"], [], dt.date(2025, 4, 17))]


def test_the_unit_checked_beside_a_content_column_is_the_rows_subject():
    table = ("STT\tĐơn vị được kiểm tra\tNội dung kiểm tra\tThời gian\tĐơn vị thực hiện\n"
             "1\tUBND xã Tân Thái\tViệc giải quyết thủ tục hành chính\tTháng 4\tPhòng Nội vụ\n"
             "2\tUBND xã Cù Vân\tViệc thực hiện Đề án 06\tTháng 5\tCông an huyện\n")
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), "subject.txt")
    assert got == [("UBND xã Tân Thái: Việc giải quyết thủ tục hành chính", ["Phòng Nội vụ"], [], dt.date(2025, 4, 30)),
                   ("UBND xã Cù Vân: Việc thực hiện Đề án 06", ["Công an huyện"], [], dt.date(2025, 5, 31))]


# An inspection plan's schedule names the cơ sở of each row in a column of its own ("Tên cơ sở",
# "Cơ sở được kiểm tra", "Tên doanh nghiệp", "Tên hộ kinh doanh"): the row's task is what is checked
# there, read with the cơ sở named, as the unit checked is.
@pytest.mark.parametrize("column", ["Tên cơ sở", "Cơ sở được kiểm tra", "Tên doanh nghiệp", "Tên hộ kinh doanh",
                                    "Tên cơ sở, địa chỉ"])
def test_the_establishment_beside_what_is_checked_is_the_rows_subject(column):
    table = (f"STT\t{column}\tNội dung kiểm tra\tThời gian\tĐơn vị thực hiện\n"
             "1\tNhà hàng Hương Sen, thôn Đông\tĐiều kiện vệ sinh cơ sở, nguồn gốc nguyên liệu\tTháng 4\tTrạm Y tế xã\n"
             "2\tCơ sở giết mổ Hoàng Long\tGiấy chứng nhận đủ điều kiện an toàn thực phẩm\tTháng 5\tCông an xã\n")
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), "attp.txt")
    assert got == [
        ("Nhà hàng Hương Sen, thôn Đông: Điều kiện vệ sinh cơ sở, nguồn gốc nguyên liệu", ["Trạm Y tế xã"], [],
         dt.date(2025, 4, 30)),
        ("Cơ sở giết mổ Hoàng Long: Giấy chứng nhận đủ điều kiện an toàn thực phẩm", ["Công an xã"], [],
         dt.date(2025, 5, 31))]


@pytest.mark.parametrize("column", ["Tên nhiệm vụ", "Tên đơn vị", "Cơ sở pháp lý"])
def test_a_name_column_of_no_establishment_is_no_subject(column):
    """Negatives: "Tên nhiệm vụ" is the content, "Tên đơn vị" may name who acts, "Cơ sở pháp lý" the basis."""
    table = (f"STT\tNội dung kiểm tra\t{column}\tThời gian\n"
             "1\tKiểm tra công tác văn thư\tPhòng Nội vụ\tTháng 4\n"
             "2\tKiểm tra công tác lưu trữ\tPhòng Tư pháp\tTháng 5\n")
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), "attp.txt")
    assert [t[0] for t in got] == ["Kiểm tra công tác văn thư", "Kiểm tra công tác lưu trữ"]


@pytest.mark.parametrize("header, lead", [
    # the team that checks ("Đơn vị kiểm tra", no "được") acts: it is no subject
    (["STT", "Nội dung", "Đơn vị kiểm tra", "Thời gian"], ["Đoàn kiểm tra số 1"]),
    # a "Thành phần" column beside a named units column does not replace it
    (["STT", "Nội dung", "Thành phần", "Đơn vị chủ trì", "Thời gian"], ["Phòng Nội vụ"]),
])
def test_a_checking_team_or_a_units_column_keeps_leading(header, lead):
    cells = {"Nội dung": "Kiểm tra công tác văn thư, lưu trữ", "Đơn vị kiểm tra": "Đoàn kiểm tra số 1",
             "Thành phần": "Đại diện các phòng, ban", "Đơn vị chủ trì": "Phòng Nội vụ", "Thời gian": "Tháng 6",
             "STT": "1"}
    table = "\t".join(header) + "\n" + "\t".join(cells[h] for h in header) + "\n" + \
        "\t".join(cells[h] if h != "STT" else "2" for h in header) + "\n"
    got = _tasks((INSPECTION_HEAD + table + INSPECTION_TAIL).encode(), "team.txt")
    assert [(t[0], t[1]) for t in got] == [("Kiểm tra công tác văn thư, lưu trữ", lead)] * 2

# ---------------------------------------------------------------- tables of indicators or targets
# A plan's indicator table ("STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Mục tiêu 2030") states what
# is to be reached, not work to do: its rows are no tasks, in the body or in an appendix.
INDICATOR_TABLES = [
    ("| STT | Nội dung chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030 |",
     ["%", "90", "100", "100", "100", "100"]),
    ("| STT | Nội dung | ĐVT | Năm 2025 | Mục tiêu 2030 |", ["%", "40", "70"]),
    ("| TT | Nội dung | ĐVT | Thực hiện 2025 | Kế hoạch 2026 |", ["trạm", "100", "120"]),
    ("| STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 | Ghi chú |", ["%", "85", ""]),
    ("| TT | Nội dung | Đơn vị tính | Ước thực hiện năm 2025 | 2026 | 2027 | 2028 |", ["ha", "1.200", "1.300", "1.400", "1.500"]),
]
INDICATOR_ROWS = ["Tỷ lệ người tăng huyết áp được quản lý tại trạm y tế", "Số xã đạt tiêu chí quốc gia về y tế"]


def _indicator_table(head: str, values: list[str]) -> str:
    n = head.count("|") - 1
    return (head + "\n" + "|---" * n + "|\n"
            + "".join(f"| {i} | {t} | " + " | ".join(values) + " |\n" for i, t in enumerate(INDICATOR_ROWS, 1)))


@pytest.mark.parametrize("head, values", INDICATOR_TABLES)
@pytest.mark.parametrize("where", ["appendix", "content"])
def test_an_indicator_table_lists_no_tasks(head, values, where):
    table = _indicator_table(head, values)
    if where == "appendix":
        text = (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\n"
                "PHỤ LỤC: CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030\n" + table)
    else:
        text = HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n2. Phấn đấu đạt các chỉ tiêu sau:\n" + table + TAIL
    got = [t[0] for t in _tasks(text.encode(), "vinh-long.md")]
    assert got == ["Giám sát ca bệnh tại cộng đồng."]


def test_an_indicator_table_in_a_word_appendix_lists_no_tasks():
    d = docx.Document()
    for ln in (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "PHỤ LỤC: CHỈ TIÊU CHỦ YẾU\n").splitlines():
        d.add_paragraph(ln)
    head = ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028"]
    t = d.add_table(rows=1 + len(INDICATOR_ROWS), cols=len(head))
    for c, h in enumerate(head):
        t.cell(0, c).text = h
    for r, text in enumerate(INDICATOR_ROWS, 1):
        for c, v in enumerate([str(r), text, "%", "60", "70", "80"]):
            t.cell(r, c).text = v
    assert [x[0] for x in _tasks(_saved(d), "quang-tri.docx")] == ["Giám sát ca bệnh tại cộng đồng."]


@pytest.mark.parametrize("head, cells", [
    # targets given to units with a deadline: work assigned
    ("| STT | Nội dung chỉ tiêu | Đơn vị chủ trì | Thời gian |", "| Trung tâm Kiểm soát bệnh tật | Năm 2026 |"),
    # a work word over the rows ("Nhiệm vụ, chỉ tiêu")
    ("| STT | Nhiệm vụ, chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 |", "| % | 60 | 70 |"),
    # a measure per task beside who acts
    ("| STT | Nội dung | ĐVT | Năm 2026 | Cơ quan chủ trì |", "| Lớp | 4 | Trung tâm Kiểm soát bệnh tật |"),
])
def test_a_table_of_targets_that_names_work_or_who_acts_keeps_its_tasks(head, cells):
    n = head.count("|") - 1
    table = (head + "\n" + "|---" * n + "|\n| 1 | Giám sát ca bệnh tại cộng đồng " + cells + "\n"
             "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình " + cells + "\n")
    got = _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [t[0] for t in got] == ["Giám sát ca bệnh tại cộng đồng", "Diệt lăng quăng, bọ gậy tại hộ gia đình"]


def test_a_year_grid_marked_x_beside_a_measure_is_a_schedule():
    """Years marked "x" say when each row is done: a schedule, though its names read as targets'."""
    table = ("| STT | Nội dung | ĐVT | Mục tiêu | 2026 | 2027 | 2028 |\n" + "|---" * 7 + "|\n"
             "| 1 | Khám sàng lọc tăng huyết áp | lượt | 5.000 | x | x | |\n"
             "| 2 | Quản lý người bệnh đái tháo đường | người | 800 | | x | x |\n")
    assert _timed((YEAR_HEAD + table + TAIL).encode(), "plan.md") == [
        ("Năm 2026 - 2027", None, dt.date(2027, 12, 31)), ("Năm 2027 - 2028", None, dt.date(2028, 12, 31))]


@pytest.mark.parametrize("header, want", [
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Mục tiêu 2030"], True),
    (["STT", "Nội dung", "ĐVT", "Thực hiện 2025", "Kế hoạch 2026"], True),
    (["STT", "Nội dung", "Đơn vị tính", "2026", "2027", "2028"], True),
    (["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"], False),   # no target, no figure per year
    (["STT", "Nội dung", "2026", "2027", "2028"], False),                  # years alone: a grid's
    (["STT", "Nội dung", "Mục tiêu", "Đơn vị thực hiện"], False),
    (["STT", "Nội dung", "Mục tiêu", "Thời gian thực hiện năm 2025"], False),
    (["STT", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị tính"], False),
])
def test_lists_targets(header, want):
    from extractors.tables import lists_targets
    assert lists_targets(header) is want


# ---------------------------------------------------------------- phase and year group rows
# A multi-year plan sets its schedule's rows under the phase or the year they run in: the group
# dates each row that prints no timing of its own (as a month group row does).
@pytest.mark.parametrize("label, group, timing, deadline", [
    ("I", "GIAI ĐOẠN 1 (2026 - 2027)", "GIAI ĐOẠN 1 (2026 - 2027)", dt.date(2027, 12, 31)),
    ("", "Giai đoạn 2026 - 2028", "Giai đoạn 2026 - 2028", dt.date(2028, 12, 31)),
    ("A", "NĂM 2027", "NĂM 2027", dt.date(2027, 12, 31)),
    ("II.", "Giai đoạn từ năm 2028 đến năm 2030:", "Giai đoạn từ năm 2028 đến năm 2030", dt.date(2030, 12, 31)),
])
def test_a_phase_or_year_group_row_dates_its_rows(label, group, timing, deadline):
    table = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
             f"| {label} | {group} | | |\n"
             "| 1 | Điều tra yếu tố nguy cơ bệnh không lây nhiễm | Trung tâm Kiểm soát bệnh tật | |\n"
             "| 2 | Nâng cấp phần mềm quản lý hồ sơ sức khỏe | Văn phòng Sở | Quý II/2026 |\n")
    got = _timed((YEAR_HEAD + table + TAIL).encode(), "plan.md")
    # (the row's own timing wins over its group's)
    assert got == [(timing, None, deadline), ("Quý II/2026", 2, dt.date(2026, 6, 30))]


def test_phase_group_rows_over_a_marked_year_grid_leave_the_marks_the_timing():
    table = ("| STT | Nội dung | Đơn vị chủ trì | Năm 2026 | 2027 | 2028 | 2029 | 2030 |\n" + "|---" * 8 + "|\n"
             "| | GIAI ĐOẠN 1 (2026 - 2027) | | | | | | |\n"
             "| 1 | Điều tra yếu tố nguy cơ | Trung tâm Kiểm soát bệnh tật | x | x | | | |\n"
             "| | GIAI ĐOẠN 2 (2028 - 2030) | | | | | | |\n"
             "| 2 | Nâng cấp phần mềm | Văn phòng Sở | | | x | | x |\n")
    plan = extract_bytes((YEAR_HEAD + table + TAIL).encode(), "plan.md")
    assert [(t.text, t.timing_text, t.deadline) for t in plan.tasks] == [
        ("Điều tra yếu tố nguy cơ", "Năm 2026 - 2027", dt.date(2027, 12, 31)),
        ("Nâng cấp phần mềm", "Năm 2028, 2030", dt.date(2030, 12, 31))]


@pytest.mark.parametrize("text, want", [
    ("GIAI ĐOẠN 1 (2026 - 2027)", "GIAI ĐOẠN 1 (2026 - 2027)"),
    ("I GIAI ĐOẠN II (2028-2030)", "GIAI ĐOẠN II (2028-2030)"),
    ("II. Giai đoạn 2028 - 2030:", "Giai đoạn 2028 - 2030"),
    ("B NĂM 2026", "NĂM 2026"),
    ("Giai đoạn chuẩn bị", None),             # names no year
    ("Kế hoạch năm 2026", None),              # more than the years
    ("Nâng cấp trạm y tế năm 2026", None),
    ("1 Năm 2026", None),                     # a task's number, not a group's label
])
def test_year_group(text, want):
    from extractors.tables import year_group
    assert year_group(text) == want
# A table of figures whose header names no known column: the longest column is the places or
# groups counted, not work.
TALLY_TABLES = [
    ("| TT | Thôn | Số hộ | Số khẩu | Tỷ lệ % |",
     ["| 1 | Đồng Chưa | 215 | 812 | 4,19 |", "| 2 | Thạch Tân | 187 | 705 | 3,74 |",
      "| 3 | Bình Minh | 240 | 896 | 2,92 |", "| | Cộng | 642 | 2.413 | 3,58 |"]),
    ("| STT | Tổ dân phố | Số hộ nghèo | Số hộ cận nghèo | Tỷ lệ (%) |",
     ["| 1 | Tổ dân phố 3 | 12 | 20 | 1,5 |", "| 2 | Tổ dân phố Tân Tiến | 8 | 15 | 1,1 |"]),
    ("| TT | Trường | Số lớp | Số học sinh | Số giáo viên |",
     ["| 1 | Trường Tiểu học Kim Đồng | 24 | 812 | 36 |", "| 2 | Trường THCS Lê Lợi | 18 | 640 | 30 |",
      "| 3 | Trường Mầm non Hoa Sen | 12 | 355 | (chưa có) |"]),
]


@pytest.mark.parametrize("head, rows", TALLY_TABLES)
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_table_of_figures_lists_no_tasks(head, rows, fmt):
    n = head.count("|") - 1
    lines = [head, "|" + "---|" * n] + rows if fmt == "md" else [head] + rows
    if fmt == "txt":  # the same table as tab-separated cells
        lines = ["\t".join(c.strip() for c in ln.strip("|").split("|")) for ln in lines]
    table = "\n".join(lines) + "\n"
    text = HEAD + "Số liệu đầu kỳ như sau:\n" + table + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL
    assert [t[0] for t in _tasks(text.encode(), f"vinh-long.{fmt}")] == ["Giám sát ca bệnh tại cộng đồng."]


@pytest.mark.parametrize("rows", [
    # no header row at all: who acts and when beside the work
    ["| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | 30/6/2025 |",
     "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | Trung tâm Y tế các huyện | 30/9/2025 |"],
    # a year and a cost beside the work, with the units that act
    ["| 1 | Giám sát ca bệnh tại cộng đồng | Trung tâm Kiểm soát bệnh tật | 2025 | 120 |",
     "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | Trung tâm Y tế các huyện | 2025 | 80 |"],
    # one column of figures only (a year)
    ["| 1 | Giám sát ca bệnh tại cộng đồng | 2025 | Thường xuyên |",
     "| 2 | Diệt lăng quăng, bọ gậy tại hộ gia đình | 2025 | Hằng tháng |"],
])
def test_a_schedule_without_a_header_keeps_its_tasks(rows):
    n = rows[0].count("|") - 1
    table = "| | " + " | ".join([""] * (n - 1)) + " |\n|" + "---|" * n + "\n" + "\n".join(rows) + "\n"
    got = [t[0] for t in _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")]
    assert got == ["Giám sát ca bệnh tại cộng đồng", "Diệt lăng quăng, bọ gậy tại hộ gia đình"]


@pytest.mark.parametrize("head", [
    "| STT | Thành viên | Chức vụ, đơn vị công tác | Nhiệm vụ trong BCĐ |",
    "| TT | Thành phần | Chức vụ | Nhiệm vụ |",
    "| STT | Đồng chí | Chức danh | Nhiệm vụ được phân công |",
    "| TT | Họ và tên | Chức vụ | Nhiệm vụ được phân công | Địa bàn phụ trách |",
    "| STT | Họ tên | Đơn vị | Số điện thoại | Email |",
])
def test_a_roster_naming_each_members_post_lists_no_tasks(head):
    """Members named by another word than "Họ và tên", each with the post they hold ("Chức vụ"):
    people and their roles (Trưởng ban, Thành viên), not work."""
    n = head.count("|") - 1
    rows = [("Nguyễn Văn An", "Chủ tịch UBND xã", "Trưởng ban, chỉ đạo chung", "Toàn xã"),
            ("Trần Thị Bình", "Phó Chủ tịch UBND xã", "Phó Trưởng ban, phụ trách văn hóa - xã hội", "Thôn 1, Thôn 2"),
            ("Lê Văn Cường", "Công chức Văn hóa - Xã hội", "Thành viên", "Thôn 3")]
    table = head + "\n|" + "---|" * n + "\n" + "".join(
        f"| {i} | " + " | ".join(r[:n - 1]) + " |\n" for i, r in enumerate(rows, 1))
    text = (HEAD + "1. Giám sát ca bệnh tại cộng đồng.\n" + TAIL + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn A\n"
            "PHỤ LỤC: DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n" + table)
    assert [t[0] for t in _tasks(text.encode(), "vinh-long.md")] == ["Giám sát ca bệnh tại cộng đồng."]


def test_a_schedule_naming_the_post_of_who_answers_keeps_its_tasks():
    """A post column beside a deadline: work assigned to people, a schedule."""
    table = ("| STT | Nội dung công việc | Người phụ trách | Chức vụ | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
             "| 1 | Rà soát danh sách hộ nghèo | Nguyễn Văn An | Công chức LĐ-TB&XH | Tháng 3/2025 |\n"
             "| 2 | Tổng hợp báo cáo kết quả | Trần Thị Bình | Văn phòng - Thống kê | Tháng 11/2025 |\n")
    got = [t[0] for t in _tasks((HEAD + table + TAIL).encode(), "vinh-long.md")]
    assert got == ["Rà soát danh sách hộ nghèo", "Tổng hợp báo cáo kết quả"]


# ---- a week's work schedule ("lịch công tác tuần"): the day, the session and the hour date each row
WEEK_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ {place}\nSố: 06/KH-UBND\n{place}, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\n"
             "Công tác tuần 03 (từ ngày 13/01 đến ngày 19/01/2025)\nI. LỊCH CÔNG TÁC CỤ THỂ\n")
WEEK_TAIL = "\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã thông báo lịch.\n"
WEEK_ROWS = [("Thứ Hai (13/01)", "Sáng", "7h30", "Chào cờ, giao ban đầu tuần", "Đ/c Chủ tịch UBND xã"),
             ("", "Chiều", "14h00", "Kiểm tra an toàn thực phẩm tại chợ", "Đ/c Lê Văn Hải - Phó Chủ tịch UBND xã"),
             ("Thứ Tư (15/01)", "Sáng", "8h00", "Tiếp công dân định kỳ", "Đ/c Chủ tịch UBND xã"),
             ("Chủ nhật (19/01)", "Cả ngày", "", "Ra quân tổng vệ sinh môi trường", "Ủy ban MTTQ Việt Nam xã")]
WEEK_WANT = [("Chào cờ, giao ban đầu tuần", ["Chủ tịch UBND xã"], [], dt.date(2025, 1, 13)),
             ("Kiểm tra an toàn thực phẩm tại chợ", ["Phó Chủ tịch UBND xã"], [], dt.date(2025, 1, 13)),
             ("Tiếp công dân định kỳ", ["Chủ tịch UBND xã"], [], dt.date(2025, 1, 15)),
             ("Ra quân tổng vệ sinh môi trường", ["Ủy ban MTTQ Việt Nam xã"], [], dt.date(2025, 1, 19))]


def test_a_week_schedule_in_a_word_table_with_the_day_merged_down():
    d = docx.Document()
    for line in WEEK_HEAD.format(place="YÊN BÌNH").splitlines():
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(WEEK_ROWS), cols=6)
    for j, h in enumerate(["Thứ, ngày", "Buổi", "Thời gian", "Nội dung công việc", "Chủ trì", "Địa điểm"]):
        t.cell(0, j).text = h
    for i, row in enumerate(WEEK_ROWS, 1):
        for j, v in enumerate(row + ("Hội trường UBND xã",)):
            if v:
                t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(2, 0))   # "Thứ Hai (13/01)" over its morning and afternoon
    for line in WEEK_TAIL.strip().splitlines():
        d.add_paragraph(line)
    assert _tasks(_saved(d), "plan.docx") == WEEK_WANT


def test_a_week_schedule_in_a_web_page_with_rowspan():
    rows = "".join(
        "<tr>" + (f'<td rowspan="2">{r[0]}</td>' if r[0] == "Thứ Hai (13/01)" else f"<td>{r[0]}</td>" if r[0] else "")
        + "".join(f"<td>{c}</td>" for c in r[1:]) + "<td>Thôn Đồng Cời</td></tr>" for r in WEEK_ROWS)
    page = ("<html><body>" + _paragraphs(WEEK_HEAD.format(place="TIẾN XUÂN")) + "<table><tr><th>Thứ/Ngày</th><th>Buổi</th>"
            "<th>Giờ</th><th>Nội dung</th><th>Lãnh đạo chủ trì</th><th>Địa điểm</th></tr>" + rows + "</table>"
            + _paragraphs(WEEK_TAIL) + "</body></html>")
    got = _tasks(page.encode(), "plan.html")
    # "Giờ" names no timing column: the day and the session still date each row
    assert [(t, d) for t, _, _, d in got] == [(t, d) for t, _, _, d in WEEK_WANT]


def test_a_day_column_alone_is_the_timing():
    table = ("| Ngày | Nội dung công việc | Chủ trì |\n|---|---|---|\n"
             "| Thứ Ba, 14/01 | Họp xét duyệt hộ nghèo đón Tết | Đ/c Phó Chủ tịch UBND phường |\n"
             "| Thứ Sáu, 17/01 | Giao ban Công an, Quân sự phường | Đ/c Chủ tịch UBND phường |\n")
    got = _tasks((WEEK_HEAD.format(place="HÒA PHONG") + "\n" + table + WEEK_TAIL).encode(), "plan.md")
    assert got == [("Họp xét duyệt hộ nghèo đón Tết", ["Phó Chủ tịch UBND phường"], [], dt.date(2025, 1, 14)),
                   ("Giao ban Công an, Quân sự phường", ["Chủ tịch UBND phường"], [], dt.date(2025, 1, 17))]


def test_the_day_then_the_session_is_the_timing_as_printed():
    table = ("| Thứ, ngày | Buổi | Nội dung công việc | Chủ trì |\n|---|---|---|---|\n"
             "| Thứ Ba (14/01) | Chiều | Họp xét duyệt hộ nghèo đón Tết | Đ/c Phó Chủ tịch UBND xã |\n"
             "| Thứ Sáu (17/01) | Sáng | Giao ban Công an, Quân sự xã | Đ/c Chủ tịch UBND xã |\n")
    plan = extract_bytes((WEEK_HEAD.format(place="NAM HỒNG") + "\n" + table + WEEK_TAIL).encode(), "plan.md")
    assert [(t.timing_text, t.deadline) for t in plan.tasks] == [("Thứ Ba (14/01), Chiều", dt.date(2025, 1, 14)),
                                                                 ("Thứ Sáu (17/01), Sáng", dt.date(2025, 1, 17))]


@pytest.mark.parametrize("header, day, session", [
    (["Thứ, ngày", "Buổi", "Thời gian", "Nội dung công việc", "Chủ trì"], 0, 1),
    (["Thứ/Ngày", "Nội dung", "Chủ trì", "Thành phần"], None, None),   # the day alone: the timing
    (["Ngày, tháng", "Buổi", "Nội dung", "Đơn vị thực hiện"], None, 1),
])
def test_day_and_session_columns(header, day, session):
    from extractors.tables import column_roles
    roles = column_roles(header)
    assert roles.get("day") == day and roles.get("session") == session
    assert "timing" in roles


@pytest.mark.parametrize("header", [
    ["STT", "Tên văn bản", "Ngày ban hành", "Cơ quan ban hành"],
    ["Thứ tự", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
    ["STT", "Nội dung", "Ngày hoàn thành", "Đơn vị chủ trì"],
])
def test_columns_naming_other_dates_or_an_order_are_no_day_column(header):
    from extractors.tables import column_roles
    roles = column_roles(header)
    assert "day" not in roles and "session" not in roles


def test_a_body_row_wider_than_the_header_does_not_break_the_reader():
    # found by test_properties: the rows run one cell past a header that names no content column
    from pipeline.extract import analyze
    from pipeline.normalize import normalize_text

    for text in ("\t\t\tThời gian\tGhi chú\n2\t\t\t\t\t\n3\t\t\t\t\tx\n",
                 "STT\t\tĐơn vị\tThời gian\n1\t\t\tQuý II/2025\tTuyên truyền\n"):
        analyze(normalize_text(text))


# prose wrapped at a printed line's width, as a PDF copied to text is: the table's short cells are
# then seen as cells, not as the rest of a line that ran to the full width
WRAPPED = ("Các đơn vị chủ động triển khai các biện pháp phòng, chống dịch bệnh theo đúng hướng dẫn của\n"
           "Bộ Y tế; tăng cường giám sát, phát hiện sớm các ca bệnh, xử lý triệt để ổ dịch, không để dịch\n"
           "bùng phát, lây lan trong cộng đồng; các nhiệm vụ cụ thể được phân công như sau:\n")


@pytest.mark.parametrize("first, second", [
    ("I\nCÔNG TÁC TUYÊN TRUYỀN", "II\nĐẤU TRANH, PHÒNG NGỪA TỘI PHẠM"),
    ("III\nKIỂM TRA, GIÁM SÁT", "IV\nSƠ KẾT, TỔNG KẾT"),
    ("A\nNHIỆM VỤ TRỌNG TÂM", "B\nNHIỆM VỤ THƯỜNG XUYÊN"),
])
def test_a_group_row_of_a_flattened_table_joins_no_row(first, second):
    """A group row between two rows of a flattened table ("II" / its title in capitals) ends the
    row before: neither the numeral nor the title joins that row's text or timing."""
    table = (FLAT_HEAD + f"{first}\n1\nGiám sát ca bệnh tại cộng đồng\nTrung tâm Kiểm soát bệnh tật\n"
             f"Bệnh viện Đa khoa tỉnh\nTháng 6/2025\n{second}\n2\nDiệt lăng quăng, bọ gậy tại hộ gia đình\nTrung tâm Y tế huyện\n"
             "Hội Chữ thập đỏ tỉnh\nQuý III/2025\n")
    plan = extract_bytes((HEAD + WRAPPED + table + TAIL).encode(), "vinh-long.txt")
    assert [(t.label, t.text, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("1", "Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"],
         "Tháng 6/2025"),
        ("2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", ["Trung tâm Y tế huyện"], ["Hội Chữ thập đỏ tỉnh"],
         "Quý III/2025"),
    ]


def test_a_numeral_a_flattened_cell_wrapped_is_no_group_row():
    """"Quý" / "I", a timing cell wrapped in its narrow column, is followed by the next row's
    number, no title in capitals: no group row ends the table's rows there."""
    table = (FLAT_HEAD + "1\nGiám sát ca bệnh tại cộng đồng\nTrung tâm Kiểm soát bệnh tật\nBệnh viện Đa khoa tỉnh\n"
             "Quý\nI\n2\nDiệt lăng quăng, bọ gậy tại hộ gia đình\nTrung tâm Y tế huyện\nHội Chữ thập đỏ tỉnh\n"
             "Quý III/2025\n")
    plan = extract_bytes((HEAD + WRAPPED + table + TAIL).encode(), "vinh-long.txt")
    assert [(t.label, t.lead_units, t.support_units) for t in plan.tasks] == [
        ("1", ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"]),
        ("2", ["Trung tâm Y tế huyện"], ["Hội Chữ thập đỏ tỉnh"])]


# ---------------------------------------------------------------- a table listing documents

@pytest.mark.parametrize("header, want", [
    (["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Cơ quan ban hành"],
     {"symbol": 1, "date": 2, "title": 3, "issuer": 4}),
    (["TT", "Số hiệu văn bản", "Ngày, tháng", "Tên văn bản"], {"symbol": 1, "date": 2, "title": 3}),
    (["STT", "Ký hiệu", "Cơ quan ban hành", "Ghi chú"], {"symbol": 1, "issuer": 2}),
    (["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"], None),      # a schedule
    (["STT", "Số, ký hiệu", "Ngày ban hành"], None),            # neither its title nor its issuer
    (["STT", "Nội dung", "Số lượng", "Đơn vị tính"], None),
])
def test_document_columns(header, want):
    from extractors.tables import document_columns
    assert document_columns(header) == want


def test_a_table_listing_documents_is_no_schedule_and_its_rows_are_references():
    head = ("TỈNH ỦY LẠNG SƠN\nSố 45-KH/TU\nLạng Sơn, ngày 3 tháng 11 năm 2025\nKẾ HOẠCH\n"
            "thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH\n1. Quán triệt Nghị quyết.\n"
            "II. NHIỆM VỤ\n1. Rà soát mạng lưới trường, lớp; hoàn thành trong quý IV/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Tỉnh ủy theo dõi, báo cáo.\nPHỤ LỤC\nDANH MỤC VĂN BẢN\n\n")
    table = ("| STT | Số, ký hiệu | Ngày ban hành | Trích yếu nội dung | Cơ quan ban hành |\n" + "|---" * 5 + "|\n"
             "| 1 | 281/NQ-CP | 15/9/2025 | Ban hành Chương trình hành động của Chính phủ | Chính phủ |\n"
             "| 2 | 12-NQ/TU | 20/7/2021 | Về phát triển kinh tế cửa khẩu | Ban Chấp hành Đảng bộ tỉnh |\n"
             "| 3 | 1523/QĐ-UBND | 05/12/2022 | Phê duyệt Đề án giáo dục vùng dân tộc thiểu số | UBND tỉnh |\n")
    plan = extract_bytes((head + table).encode(), "lang-son.md")
    assert [t.text for t in plan.tasks] == ["Rà soát mạng lưới trường, lớp; hoàn thành trong quý IV/2025."]
    got = {r.symbol: (r.issued_date, r.issuer, r.title) for r in plan.references if r.symbol in
           ("281/NQ-CP", "12-NQ/TU", "1523/QĐ-UBND")}
    assert got == {
        "281/NQ-CP": (dt.date(2025, 9, 15), "Chính phủ", "Ban hành Chương trình hành động của Chính phủ"),
        "12-NQ/TU": (dt.date(2021, 7, 20), "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", "Phát triển kinh tế cửa khẩu"),
        "1523/QĐ-UBND": (dt.date(2022, 12, 5), "UBND tỉnh Lạng Sơn", "Phê duyệt Đề án giáo dục vùng dân tộc thiểu số")}



# One table listing documents, printed with cells (a Markdown table) and flattened as a PDF copied
# as text gives it (one cell a line, a long cell wrapped over lines of `width` characters).
LISTING_HEAD = ("TỈNH ỦY {p}\nSố 45-KH/TU\n{p}, ngày 3 tháng 11 năm 2025\nKẾ HOẠCH\n"
                "thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH\n1. Quán triệt Nghị quyết.\n"
                "II. NHIỆM VỤ\n1. Rà soát mạng lưới trường, lớp; hoàn thành trong quý IV/2025.\n"
                "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Tỉnh ủy theo dõi, báo cáo.\nPHỤ LỤC\nDANH MỤC VĂN BẢN\n")
LISTING_NAMES = ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Cơ quan ban hành"]
LISTING_ROWS = [
    ["281/NQ-CP", "15/9/2025", "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết của Bộ Chính trị",
     "Chính phủ"],
    ["12-NQ/TU", "20/7/2021", "Về phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025", "Ban Chấp hành Đảng bộ tỉnh"],
    ["Quyết định số 1523/QĐ-UBND", "05/12/2022", "Phê duyệt Đề án giáo dục vùng đồng bào dân tộc thiểu số",
     "Ủy ban nhân dân tỉnh"],
]


def _listing(province: str, width: int | None, names: list[str] = LISTING_NAMES, one_line_header: bool = False,
             rows: list[list[str]] = LISTING_ROWS) -> dict:
    import textwrap
    head = LISTING_HEAD.format(p=province)
    if width is None:
        text = head + "\n| " + " | ".join(names) + " |\n" + "|---" * len(names) + "|\n" + "".join(
            f"| {n} | " + " | ".join(r) + " |\n" for n, r in enumerate(rows, 1))
        name = "listing.md"
    else:
        lines = [" ".join(names)] if one_line_header else [w for n in names for w in textwrap.wrap(n, width)]
        for n, r in enumerate(rows, 1):
            lines += [str(n)] + [w for c in r for w in textwrap.wrap(c, width)]
        text, name = head + "\n".join(lines) + "\n", "listing.txt"
    plan = extract_bytes(text.encode(), name)
    assert [t.text for t in plan.tasks] == ["Rà soát mạng lưới trường, lớp; hoàn thành trong quý IV/2025."]
    return {r.symbol: (r.issued_date, r.issuer, r.title) for r in plan.references
            if r.symbol in ("281/NQ-CP", "12-NQ/TU", "1523/QĐ-UBND")}


@pytest.mark.parametrize("province", ["Lạng Sơn", "Điện Biên"])
@pytest.mark.parametrize("width", [200, 40, 22, 14])
def test_a_flattened_table_listing_documents_gives_what_its_cells_give(province, width):
    cells = _listing(province, None)
    assert cells == {
        "281/NQ-CP": (dt.date(2025, 9, 15), "Chính phủ",
                      "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết của Bộ Chính trị"),
        "12-NQ/TU": (dt.date(2021, 7, 20), f"Ban Chấp hành Đảng bộ tỉnh {province}",
                     "Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"),
        "1523/QĐ-UBND": (dt.date(2022, 12, 5), f"UBND tỉnh {province}",
                         "Phê duyệt Đề án giáo dục vùng đồng bào dân tộc thiểu số")}
    assert _listing(province, width) == cells


def test_a_flattened_listing_with_its_header_on_one_line_and_other_columns():
    names = ["TT", "Số hiệu văn bản", "Cơ quan ban hành", "Ngày, tháng", "Tên văn bản"]
    rows = [[r[0], r[3], r[1], r[2]] for r in LISTING_ROWS]
    cells = _listing("Hà Giang", None, names, rows=rows)
    assert cells["12-NQ/TU"] == (dt.date(2021, 7, 20), "Ban Chấp hành Đảng bộ tỉnh Hà Giang",
                                 "Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025")
    assert _listing("Hà Giang", 30, names, one_line_header=True, rows=rows) == cells
    assert _listing("Hà Giang", 18, names, rows=rows) == cells


def test_a_flattened_listing_s_empty_date_cell_leaves_the_date_unknown():
    rows = [[LISTING_ROWS[0][0], "", *LISTING_ROWS[0][2:]], LISTING_ROWS[1]]
    got = _listing("Cao Bằng", 30, rows=rows)
    assert got["281/NQ-CP"] == (None, "Chính phủ",
                                "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết của Bộ Chính trị")
    assert got["12-NQ/TU"][0] == dt.date(2021, 7, 20)



def test_the_cao_bang_plan_s_listing_flattened_gives_its_references():
    """The composed Cao Bằng plan (a Word .doc with a "Danh mục văn bản"), its tables copied out as
    text one cell a line, wrapped in columns of several widths: the same references as from its cells."""
    import textwrap
    from pathlib import Path

    from pipeline.ingest import read_document
    from pipeline.normalize import normalize
    source = Path(__file__).parent.parent / "data/raw/cao-bang-tinh-uy-nghi-quyet-71-giao-duc-2025.doc"
    doc = normalize(read_document(source.read_bytes(), source))
    from_cells = extract_bytes(source.read_bytes(), str(source))

    def key(plan):
        return sorted(((r.symbol, r.issued_date, r.issuer, r.title, r.relation) for r in plan.references), key=str)
    for width in (None, 36, 18):
        lines = []
        for ln in doc.lines:
            if not ln.is_row or len(ln.cells) < 3:     # (the header's boxes: as they were)
                lines += [t for c in (ln.cells or [ln]) for t in doc.text[c.start:c.end].splitlines() if t.strip()]
                continue
            cells = [" ".join(doc.text[c.start:c.end].split()) for c in ln.cells]
            lines += [w for c in cells if c for w in (textwrap.wrap(c, width) if width else [c])]
        flat = extract_bytes(("\n".join(lines) + "\n").encode(), "cao-bang-flattened.txt")
        assert key(flat) == key(from_cells), width
        assert ("08-NQ/TU", dt.date(2021, 12, 30), "Ban Chấp hành Đảng bộ tỉnh Cao Bằng",
                "Phát triển nguồn nhân lực tỉnh Cao Bằng giai đoạn 2021 - 2025, định hướng đến năm 2030",
                "cited") in key(flat)
        assert len(flat.tasks) == len(from_cells.tasks) == 6

def test_the_lac_son_plan_s_listing_with_remarks_flattened_gives_its_references():
    """The composed Lạc Sơn plan (Word; a listing "STT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành |
    Trích yếu | Ghi chú" whose remarks cite the documents replaced), its tables copied out as text one cell
    a line: the same references as from its cells, no remark read as a title or an issuer."""
    import textwrap
    from pathlib import Path

    from pipeline.ingest import read_document
    from pipeline.normalize import normalize
    source = Path(__file__).parent.parent / "data/raw/lac-son-toan-dan-bao-ve-an-ninh-to-quoc-2021.docx"
    doc = normalize(read_document(source.read_bytes(), source))
    from_cells = extract_bytes(source.read_bytes(), str(source))

    def key(plan):
        return sorted(((r.symbol, r.issued_date, r.issuer, r.title, r.relation) for r in plan.references), key=str)
    for width in (None, 40, 24, 16):   # (16: "UBND tỉnh Hòa" / "Bình", the issuer's place wrapped)
        lines = []
        for ln in doc.lines:
            if not ln.is_row or len(ln.cells) < 3:
                lines += [t for c in (ln.cells or [ln]) for t in doc.text[c.start:c.end].splitlines() if t.strip()]
                continue
            cells = [" ".join(doc.text[c.start:c.end].split()) for c in ln.cells]
            lines += [w for c in cells if c for w in (textwrap.wrap(c, width) if width else [c])]
        flat = extract_bytes(("\n".join(lines) + "\n").encode(), "lac-son-flattened.txt")
        assert key(flat) == key(from_cells), width
        assert ("12/2019/TT-BNV", dt.date(2019, 11, 4), "Bộ Nội vụ",
                "Quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP", "cited") in key(flat)


# A listing with a remark column after the others ("Ghi chú": "Còn hiệu lực", "Thay thế …"), after the
# issuer's or after the title's, some rows leaving it empty: flattened, the remark is neither.
REMARKS = ["Còn hiệu lực", "Thay thế Nghị quyết số 05-NQ/TU ngày 10/3/2016", ""]


@pytest.mark.parametrize("issuer_first, width", [(False, 200), (False, 30), (False, 16), (True, 200)])
def test_a_flattened_listing_s_remark_column_is_neither_issuer_nor_title(issuer_first, width):
    names = ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "Ghi chú"]
    rows = [r + [note] for r, note in zip(LISTING_ROWS, REMARKS)]
    if issuer_first:
        names = names[:3] + [names[4], names[3], names[5]]
        rows = [[r[0], r[1], r[3], r[2], r[4]] for r in rows]
    cells = _listing("Quảng Ninh", None, names, rows=rows)
    assert cells["12-NQ/TU"] == (dt.date(2021, 7, 20), "Ban Chấp hành Đảng bộ tỉnh Quảng Ninh",
                                 "Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025")
    assert _listing("Quảng Ninh", width, names, rows=rows) == cells


def test_a_remark_the_reflow_joined_to_the_issuer_is_cut_off():
    names = ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Cơ quan ban hành", "Ghi chú"]
    rows = [[r[0], r[1], r[2], f"{r[3]} {note}".strip()] for r, note in zip(LISTING_ROWS, REMARKS)]
    got = _listing("Hòa Bình", 200, names, rows=rows)
    assert got["281/NQ-CP"][1] == "Chính phủ"
    assert got["12-NQ/TU"][1] == "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"


@pytest.mark.parametrize("issuer, want", [
    (["UBND tỉnh Hòa", "Bình"], "UBND tỉnh Hòa Bình"),
    (["Ủy ban nhân dân", "tỉnh Thừa Thiên", "Huế"], "UBND tỉnh Thừa Thiên Huế"),
    (["UBND tỉnh", "Quảng Ninh"], "UBND tỉnh Quảng Ninh"),
    # a whole name, then the title's first line: not joined
    (["UBND tỉnh Hòa Bình"], "UBND tỉnh Hòa Bình"),
    (["Chính phủ"], "Chính phủ"),
])
def test_a_flattened_issuer_before_the_title_keeps_its_wrapped_place(issuer, want):
    lines = LISTING_HEAD.format(p="Hòa Bình").splitlines() + ["STT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành",
                                                              "Trích yếu", "1", "42/KH-UBND", "18/3/2021", *issuer,
                                                              "Tổ chức phong", "trào thi đua năm", "2021"]
    plan = extract_bytes(("\n".join(lines) + "\n").encode(), "listing.txt")
    ref = next(r for r in plan.references if r.symbol == "42/KH-UBND")
    assert (ref.issuer, ref.title) == (want, "Tổ chức phong trào thi đua năm 2021")


def test_without_a_remark_column_a_remark_like_title_stays():
    # no column after the issuer: a title opening with a word a remark opens with is the title
    rows = [["52/2021/NĐ-CP", "20/4/2021", "Bãi bỏ một số văn bản quy phạm pháp luật", "Chính phủ"],
            *LISTING_ROWS[1:]]
    got = _listing("Hòa Bình", 20, LISTING_NAMES, rows=rows)
    assert got["12-NQ/TU"][1:] == ("Ban Chấp hành Đảng bộ tỉnh Hòa Bình", "Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025")


@pytest.mark.parametrize("title_end, issuer, want", [
    # issuers the listing's own openings did not know: units (extractors.units.is_unit), and an office or a
    # part named before its body
    ("tại tỉnh Lạng Sơn", "Bộ Công an", "Bộ Công an"),
    ("tại tỉnh Lạng Sơn", "Công an tỉnh", "Công an tỉnh Lạng Sơn"),
    ("tại tỉnh Lạng Sơn", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
    ("tại tỉnh Lạng Sơn", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("tại tỉnh Lạng Sơn", "Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh Lạng Sơn"),
    ("tại tỉnh Lạng Sơn", "Văn phòng Chính phủ", "Văn phòng Chính phủ"),
    ("tại tỉnh Lạng Sơn", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"),
    ("tại tỉnh Lạng Sơn", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"),
    ("tại tỉnh Lạng Sơn", "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"),
    ("tại tỉnh Lạng Sơn", "Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ"),
    # the title's own last words name a body: the issuer is the one that ends the line
    ("về xây dựng lực lượng Công an xã chính quy", "Bộ Công an", "Bộ Công an"),
    ("để kiện toàn Ban Chỉ đạo 138 huyện", "UBND huyện", "UBND huyện"),
    ("thực hiện Nghị quyết của Bộ Chính trị", "Chính phủ", "Chính phủ"),
    ("hỗ trợ Hội Nông dân", "UBND tỉnh", "UBND tỉnh Lạng Sơn"),
])
def test_a_flattened_listing_s_issuer_joined_to_the_title_is_set_apart(title_end, issuer, want):
    title = f"Về phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025 {title_end}"
    rows = [[LISTING_ROWS[1][0], LISTING_ROWS[1][1], f"{title} {issuer}"]]
    got = _listing("Lạng Sơn", 300, LISTING_NAMES, rows=rows)
    assert got["12-NQ/TU"] == (dt.date(2021, 7, 20), want, title.removeprefix("Về p").join(["P", ""]))


@pytest.mark.parametrize("lines", [
    ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"],      # a schedule
    ["STT", "Số, ký hiệu", "Ngày ban hành"],                            # neither title nor issuer
    ["STT Số, ký hiệu của các văn bản đã ban hành trong năm"],          # a sentence, not names
    ["TT", "Số, ký", "Nội dung thực hiện", "Trích yếu"],               # a name that never completes
])
def test_no_flattened_listing_header(lines):
    from extractors.tables import flat_document_header
    from pipeline.document import Line
    assert flat_document_header([Line(index=k, text=t, start=0, end=len(t)) for k, t in enumerate(lines)], 0) is None


# A schedule that counts in quarters heads its timing column "Quý" and prints only the numeral.
QUARTER_HEAD = ("UBND HUYỆN MỎ CÀY NAM\nỦY BAN NHÂN DÂN XÃ ĐỊNH THỦY\nSố: 19/KH-UBND\n"
                "Định Thủy, ngày 14 tháng 02 năm 2025\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2025\n"
                "I. MỤC ĐÍCH\n1. Chủ động phòng ngừa.\nII. NHIỆM VỤ\n")


def _quarter_table(header: str, cells: list[str], head: str = QUARTER_HEAD) -> list[tuple]:
    rows = "".join(f"| {n} | Công việc số {n} của Kế hoạch | Công an xã | {c} |\n" for n, c in enumerate(cells, 1))
    text = (head + f"| STT | Nội dung công việc | Đơn vị chủ trì | {header} |\n|---|---|---|---|\n"
            "| **I. Công tác chuẩn bị** | | | |\n" + rows + TAIL)
    plan = extract_bytes(text.encode(), "dinh-thuy.md")
    return [(t.timing_text, t.quarter, t.deadline) for t in plan.tasks]


@pytest.mark.parametrize("header", ["Quý", "QUÝ", "Thời gian (quý)", "Quý thực hiện", "Thời gian thực hiện (Quý)"])
def test_a_quarter_column_s_numerals_are_the_quarters(header):
    got = _quarter_table(header, ["I", "III", "2", "IV/2026", "Thường xuyên"])
    assert got == [("Quý I", 1, dt.date(2025, 3, 31)), ("Quý III", 3, dt.date(2025, 9, 30)),
                   ("Quý 2", 2, dt.date(2025, 6, 30)), ("Quý IV/2026", 4, dt.date(2026, 12, 31)),
                   ("Thường xuyên", None, None)]


def test_a_quarter_column_in_another_province_s_plan():
    head = ("UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 07/KH-SNV\nTuyên Quang, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Cải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng.\nII. NHIỆM VỤ\n")
    assert [q for _, q, _ in _quarter_table("Quý", ["II", "Quý III/2026"], head)] == [2, 3]


@pytest.mark.parametrize("header", ["Thời gian", "Ghi chú quý trước", "Đợt"])
def test_numerals_under_other_headers_are_no_quarters(header):
    """Only a timing column that names quarters reads a bare numeral as one: under "Thời gian" an
    "II" is as printed (a phase, a round), and other columns are no timing."""
    got = _quarter_table(header, ["II", "I"])
    assert all(q is None and d is None for _, q, d in got)
    assert all(t in (None, "", "II", "I") for t, _, _ in got)


def test_a_quarter_column_cell_of_words_is_kept_as_printed():
    got = _quarter_table("Quý", ["Quý I - II", "I, II"])
    assert [t for t, _, _ in got] == ["Quý I - II", "I, II"]


# A group row of a flattened table printed on one line, numeral and title ("II. ĐẤU TRANH …",
# "B. NHIỆM VỤ CỤ THỂ"), reads like a part of the plan; the table's rows go on after it.
ROW_1 = "1\nGiám sát ca bệnh tại cộng đồng\nTrung tâm Kiểm soát bệnh tật\nBệnh viện Đa khoa tỉnh\nQuý II/2025\n"
ROW_2 = ("Diệt lăng quăng, bọ gậy tại hộ gia đình\nUBND các huyện, thị xã, thành phố\n- Trung tâm Kiểm soát bệnh tật;\n"
         "- Hội Chữ thập đỏ tỉnh\nQuý III/2025\n")


@pytest.mark.parametrize("first, second, label_2", [
    ("I. CÔNG TÁC TUYÊN TRUYỀN", "II. ĐẤU TRANH PHÒNG, CHỐNG DỊCH BỆNH", "2"),
    ("A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ", "2"),
    # a letter group and a Roman group under it, one after the other; a title wrapped over two lines
    ("A - CÔNG TÁC CHỈ ĐẠO", "B. NHIỆM VỤ CỤ THỂ\nI. XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN\nNINH TỔ QUỐC", "2"),
    ("I) GIÁM SÁT", "II) PHÒNG NGỪA", "2"),
    # the numbering begun again under each group, the STT alone on its line
    ("I. GIÁM SÁT DỊCH TỄ", "II. XỬ LÝ Ổ DỊCH", "1"),
    # group rows in small letters read as parts of the plan in sentence case: the table's numbering
    # after them tells they are the table's
    ("I. Công tác tuyên truyền", "II. Đấu tranh phòng, chống dịch bệnh", "2"),
    ("A. Nhiệm vụ chung", "B. Nhiệm vụ cụ thể", "2"),
    ("I) Giám sát", "II) Phòng ngừa", "2"),
    ("I. Giám sát dịch tễ", "II. Xử lý ổ dịch", "1"),
    # … a title wrapped in its merged cell
    ("I. Giám sát", "II. Xử lý ổ dịch và phòng, chống lây lan\nra cộng đồng", "2"),
    ("I. Giám sát", "II. Xây dựng phong trào toàn dân bảo vệ an ninh\nTổ quốc", "2"),
])
def test_a_one_line_group_row_of_a_flattened_table_is_no_part(first, second, label_2):
    table = FLAT_HEAD + f"{first}\n{ROW_1}{second}\n{label_2}\n{ROW_2}"
    plan = extract_bytes((HEAD + WRAPPED + table + TAIL).encode(), "vinh-long.txt")
    assert [(s.marker, s.heading) for s in plan.sections if s.level == 1] == [
        ("I", "MỤC ĐÍCH"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert [(t.label, t.text, t.lead_units, t.support_units, t.quarter) for t in plan.tasks] == [
        ("1", "Giám sát ca bệnh tại cộng đồng", ["Trung tâm Kiểm soát bệnh tật"], ["Bệnh viện Đa khoa tỉnh"], 2),
        (label_2, "Diệt lăng quăng, bọ gậy tại hộ gia đình", ["UBND các huyện, thị xã, thành phố"],
         ["Trung tâm Kiểm soát bệnh tật", "Hội Chữ thập đỏ tỉnh"], 3)]
    assert [a.units for a in plan.assignments] == [["Phòng Nghiệp vụ Y"]]


@pytest.mark.parametrize("after, parts", [
    # the plan's next part after the table: its items numbered from 1 on their text's line, or prose
    ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nghiệp vụ Y theo dõi, báo cáo.\n", ["TỔ CHỨC THỰC HIỆN"]),
    ("III. KINH PHÍ THỰC HIỆN\nKinh phí bố trí từ ngân sách sự nghiệp y tế năm 2025.\n", ["KINH PHÍ THỰC HIỆN"]),
    ("III. CHẾ ĐỘ BÁO CÁO\nCác đơn vị báo cáo kết quả trước ngày 15/12/2025.\nIV. TỔ CHỨC THỰC HIỆN\n"
     "1. Phòng Nghiệp vụ Y theo dõi, báo cáo.\n", ["CHẾ ĐỘ BÁO CÁO", "TỔ CHỨC THỰC HIỆN"]),
    # … or a part in sentence case, which no group row is
    ("III. Tổ chức thực hiện\n2\nPhòng Nghiệp vụ Y theo dõi, báo cáo.\n", ["Tổ chức thực hiện"]),
])
def test_a_part_after_a_flattened_table_is_still_a_part(after, parts):
    table = FLAT_HEAD + f"I. GIÁM SÁT\n{ROW_1}2\n{ROW_2}"
    plan = extract_bytes((HEAD + WRAPPED + table + after).encode(), "vinh-long.txt")
    assert [s.heading for s in plan.sections if s.level == 1] == ["MỤC ĐÍCH", "NHIỆM VỤ", *parts]
    assert [t.label for t in plan.tasks] == ["1", "2"]


@pytest.mark.parametrize("text, following, want", [
    ("II. ĐẤU TRANH PHÒNG, CHỐNG TỘI PHẠM", "4", True),
    ("B - NHIỆM VỤ CỤ THỂ", "I. TUYÊN TRUYỀN", True),
    ("III", "SƠ KẾT, TỔNG KẾT", True),
    ("II. Đấu tranh phòng, chống tội phạm", "4", False),   # a title in small letters: text of a row
    ("CÔNG AN HUYỆN", "- Phòng Tư pháp", False),           # a unit in capitals opens with no numeral
    ("I", "2", False),                                     # "Quý" / "I": a wrapped timing cell
])
def test_flat_group(text, following, want):
    from extractors.tables import _flat_group
    assert _flat_group(text, following) is want


@pytest.mark.parametrize("column", ["Quý", "Quý thực hiện", "Quý thực\nhiện", "QUÝ HOÀN THÀNH"])
def test_a_quarter_column_of_a_flattened_table_times_its_rows(column):
    """A column headed by the quarter word alone holds each row's timing ("Quý II/2025"): no cell
    of it is a quarter group row over the rows after it."""
    head = f"TT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\n{column}\n"
    plan = extract_bytes((HEAD + WRAPPED + head + ROW_1 + "2\n" + ROW_2 + TAIL).encode(), "ninh-thuan.txt")
    assert [(t.label, t.timing_text, t.quarter, t.deadline) for t in plan.tasks] == [
        ("1", "Quý II/2025", 2, dt.date(2025, 6, 30)), ("2", "Quý III/2025", 3, dt.date(2025, 9, 30))]


@pytest.mark.parametrize("header, timing", [
    (["STT", "Nội dung", "Đơn vị chủ trì", "Quý"], 3),
    (["TT", "Nhiệm vụ", "Quý thực hiện", "Cơ quan chủ trì"], 2),
    (["STT", "Nội dung", "Đơn vị chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV"], None),  # a quarter grid
    (["STT", "Nội dung", "Đơn vị chủ trì", "Quý I/2025"], None),
    (["STT", "Nội dung", "Quy mô", "Đơn vị chủ trì"], None),   # "Quy mô" (scale) folds to the same word
])
def test_a_column_headed_by_the_quarter_word_is_the_timing(header, timing):
    from extractors.tables import column_roles
    assert column_roles(header).get("timing") == timing


@pytest.mark.parametrize("after, parts, labels", [
    # a part in sentence case after the table, its items numbered on their text's line
    ("III. Tổ chức thực hiện\n1. Phòng Nghiệp vụ Y: theo dõi, báo cáo.\n", ["Tổ chức thực hiện"], ["1", "2"]),
    # … its items numbered from 1 alone on a line, but prose after it, no unit line
    ("III. Tổ chức thực hiện\n1\nGiao các đơn vị theo dõi, báo cáo kết quả về Sở Y tế trước ngày 15/12/2025.\n"
     "IV. Kinh phí\nKinh phí bố trí từ ngân sách.\n", ["Tổ chức thực hiện", "Kinh phí"], ["1", "2"]),
    # … or a number that does not go on from the table's last row
    ("III. Kinh phí thực hiện\n5\nKinh phí bố trí từ ngân sách sự nghiệp y tế năm 2025.\n", ["Kinh phí thực hiện"],
     ["1", "2"]),
])
def test_a_part_in_sentence_case_after_a_flattened_table_is_still_a_part(after, parts, labels):
    table = FLAT_HEAD + f"I. Giám sát\n{ROW_1}2\n{ROW_2}"
    plan = extract_bytes((HEAD + WRAPPED + table + after).encode(), "kon-tum.txt")
    assert [s.heading for s in plan.sections if s.level == 1] == ["MỤC ĐÍCH", "NHIỆM VỤ", *parts]
    assert [t.label for t in plan.tasks][:2] == labels
    assert all("Kinh phí" not in t.text and "Tổ chức" not in t.text for t in plan.tasks)


def test_persons_acting_in_a_flattened_table():
    """A person's line in a flattened table is a unit cell, as a body's is: "Đ/c <Name>" opens the
    lead cell, a post's words on the line under the name are that person's post."""
    table = (FLAT_HEAD + "1\nTuyên truyền phòng, chống sốt xuất huyết\nĐ/c Hà Thị Lan\nTrưởng Phòng Văn hóa - Xã hội\n"
             "Trạm Y tế xã\nTháng 9/2025\n2\nThu gom vật dụng phế thải chứa nước đọng.\nÔng Phạm Văn Lực và các hộ gia đình\n"
             "Trạm Y tế xã\nTháng 10/2025\n3\nDiệt lăng quăng, bọ gậy tại thôn 3.\nÔng Trần Văn Bình, Trưởng thôn 3\n"
             "Chi hội Phụ nữ thôn 3\nQuý IV/2025\n")
    plan = extract_bytes((HEAD + WRAPPED + table + TAIL).encode(), "kong-chro.txt")
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("1", ["Trưởng Phòng Văn hóa - Xã hội"], ["Trạm Y tế xã"], "Tháng 9/2025"),
        ("2", ["Phạm Văn Lực", "các hộ gia đình"], ["Trạm Y tế xã"], "Tháng 10/2025"),
        ("3", ["Trưởng thôn 3"], ["Chi hội Phụ nữ thôn 3"], "Quý IV/2025"),
    ]


# ---- a ward's work plan copied from its PDF, one cell fragment a line, its rows under month groups
# printed in sentence case ("Tháng 01"), as a row's timing cell is: a month line after a row whose
# timing cell is empty is the next group when the rows already sit under an earlier month.
# (prose lines as wide as the page's, as a PDF copy prints them: the table's cells are narrower)
_PROSE = ("Cụ thể hóa các nhiệm vụ, giải pháp phát triển kinh tế - xã hội, bảo đảm quốc phòng - an\n"
          "ninh của phường theo từng tháng; phân công rõ bộ phận tham mưu và lãnh đạo phụ trách.\n")
WARD_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG BÀN CỜ\nSố: 248/KH-UBND\nThành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025\n"
             "KẾ HOẠCH\nCông tác trọng tâm 6 tháng đầu năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n" + _PROSE
             + "II. NỘI DUNG CÔNG TÁC TRỌNG TÂM\n")
COMMUNE_HEAD = ("UBND TỈNH LÂM ĐỒNG\nỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG\nSố: 15/KH-UBND\nĐức Trọng, ngày 05 tháng 01 năm 2026\n"
                "KẾ HOẠCH\nCông tác quý I năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n" + _PROSE + "II. NỘI DUNG\n")
WARD_TAIL = "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND phường theo dõi, đôn đốc.\n"
WARD_COLUMNS = "STT\nNội dung công việc\nBộ phận tham\nmưu\nThời gian hoàn\nthành\n"


@pytest.mark.parametrize("head, jan, feb, mar", [
    (WARD_HEAD, "Tháng 01", "Tháng 02", "Tháng 03"),
    (WARD_HEAD, "Tháng 1", "Tháng 2", "Tháng 3"),
    (COMMUNE_HEAD, "Tháng 01/2026", "Tháng 02/2026", "Tháng 03/2026"),
])
def test_sentence_case_month_groups_of_a_flattened_table(head, jan, feb, mar):
    table = (WARD_COLUMNS + f"{jan}\n1\nTổ chức Hội nghị triển khai nhiệm vụ năm 2026\nVăn phòng HĐND và\nUBND phường\n"
             "Trước ngày\n10/01/2026\n2\nThăm, tặng quà gia đình chính sách dịp Tết\nPhòng Văn hóa - Xã hội\n"
             f"{feb}\n3\nTổng kết công tác thi đua, khen thưởng năm 2025\nVăn phòng HĐND và\nUBND phường\n"
             f"{mar}\n4\nTổ chức Lễ giao nhận quân năm 2026\nBan Chỉ huy Quân\nsự phường\nTrước ngày\n10/3/2026\n")
    plan = extract_bytes((head + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.text, t.timing_text, t.deadline, t.lead_units) for t in plan.tasks] == [
        ("Tổ chức Hội nghị triển khai nhiệm vụ năm 2026", "Trước ngày 10/01/2026", dt.date(2026, 1, 10),
         ["Văn phòng HĐND và UBND phường"]),
        ("Thăm, tặng quà gia đình chính sách dịp Tết", jan, dt.date(2026, 1, 31), ["Phòng Văn hóa - Xã hội"]),
        ("Tổng kết công tác thi đua, khen thưởng năm 2025", feb, dt.date(2026, 2, 28), ["Văn phòng HĐND và UBND phường"]),
        ("Tổ chức Lễ giao nhận quân năm 2026", "Trước ngày 10/3/2026", dt.date(2026, 3, 10), ["Ban Chỉ huy Quân sự phường"]),
    ]


@pytest.mark.parametrize("own", ["Tháng 3", "Tháng 02"])
def test_a_month_no_later_than_its_group_is_the_rows_timing(own):
    """Under "Tháng 03", a row's timing cell "Tháng 3" (or an earlier month) is no new group: the
    row after it still sits under March."""
    table = (WARD_COLUMNS + "Tháng 03\n1\nTổ chức Lễ giao nhận quân năm 2026\nBan Chỉ huy Quân sự phường\n"
             f"{own}\n2\nRa quân hưởng ứng Tháng Thanh niên năm 2026\nPhòng Văn hóa - Xã hội\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    month = int(own.split()[1])
    end = dt.date(2026, month, 28 if month == 2 else 31)
    assert [(t.timing_text, t.deadline) for t in plan.tasks] == [(own, end), ("Tháng 03", dt.date(2026, 3, 31))]


# ---- the column of the leader in charge ("Lãnh đạo phụ trách") printed after the unit column: its
# fragments ("Phó Chủ tịch" / "UBND phường" / "(Kinh tế)") name no unit.
@pytest.mark.parametrize("person, leader", [
    ("Lãnh đạo phụ\ntrách", "Phó Chủ tịch\nUBND phường\n(Kinh tế)"),
    ("Người phụ trách", "PCT UBND phường"),
    ("Đồng chí phụ\ntrách", "Đ/c Nguyễn Văn An\n- Chủ tịch UBND"),
])
def test_a_leader_column_after_the_units_of_a_flattened_table_names_no_unit(person, leader):
    table = (f"STT\nNội dung công việc\nBộ phận tham\nmưu\n{person}\nThời gian hoàn\nthành\n"
             "1\nKiểm tra, xử lý lấn chiếm lòng đường, vỉa hè trên các tuyến đường\nPhòng Kinh tế, Hạ\ntầng và Đô thị;\n"
             f"Công an phường\n{leader}\nThường xuyên\n"
             f"2\nTổ chức diễn tập phương án chữa cháy tại chợ Bàn Cờ\nCông an phường\n{leader}\nTrước ngày\n30/4/2026\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        (["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"], [], "Thường xuyên"),
        (["Công an phường"], [], "Trước ngày 30/4/2026")]


@pytest.mark.parametrize("leader", ["Phó Chủ tịch\nUBND phường\n(Kinh tế)", "PCT UBND phường", "Chủ tịch UBND\nphường",
                                    # a person, the post wrapped at the dash that joins it to the name
                                    "Đ/c Nguyễn Văn An\n- Chủ tịch UBND", "Đồng chí Lê Thị Hoa\n– Phó Chủ tịch UBND phường",
                                    "Đ/c Nguyễn Văn An",
                                    # the post on its own line, no dash: a leader's post, whole or wrapped
                                    "Đ/c Nguyễn Văn An\nChủ tịch UBND phường", "Đ/c Nguyễn Văn An\nPhó Chủ tịch\nUBND phường",
                                    "Đồng chí Lê Thị Hoa\nPhó Chủ tịch UBND\nphường", "Đ/c Trần Minh\nPCT UBND phường",
                                    "Đ/c Phạm Văn Lợi\nỦy viên Ban Thường vụ"])
def test_a_leader_column_before_the_units_of_a_flattened_table_names_no_unit(leader):
    """"Lãnh đạo phụ trách | Bộ phận tham mưu": the leader's post, the body a bare post belongs to and
    a bracketed portfolio come before the units' cell, which opens with the next line."""
    table = ("STT\nNội dung công việc\nLãnh đạo phụ\ntrách\nBộ phận tham\nmưu\nThời gian hoàn\nthành\n"
             f"1\nKiểm tra, xử lý lấn chiếm lòng đường, vỉa hè\n{leader}\nPhòng Kinh tế, Hạ\ntầng và Đô thị;\n"
             "Công an phường\nThường xuyên\n"
             f"2\nTổ chức diễn tập phương án chữa cháy tại chợ\n{leader}\nCông an phường\nTrước ngày\n30/4/2026\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.text, t.lead_units, t.timing_text) for t in plan.tasks] == [
        ("Kiểm tra, xử lý lấn chiếm lòng đường, vỉa hè", ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"],
         "Thường xuyên"),
        ("Tổ chức diễn tập phương án chữa cháy tại chợ", ["Công an phường"], "Trước ngày 30/4/2026")]


def test_without_a_leader_column_a_post_in_the_unit_cell_answers_for_the_row():
    table = (WARD_COLUMNS + "1\nTổ chức diễn tập phương án chữa cháy tại chợ Bàn Cờ\nCông an phường\n"
             "Chủ tịch UBND phường\nTrước ngày\n30/4/2026\n2\nTổng kết công tác thi đua, khen thưởng năm 2025\n"
             "Văn phòng HĐND và\nUBND phường\nTrước ngày\n20/02/2026\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [t.lead_units for t in plan.tasks] == [["Công an phường", "Chủ tịch UBND phường"],
                                                  ["Văn phòng HĐND và UBND phường"]]


# ---- fragments that only fold to a timing word are no timing: a street ("Cao Thắng") wraps the
# content, a fund ("Quỹ Hỗ trợ nông dân") is a unit; a timing cell that names the schedule it follows ("Theo kế hoạch của Thành phố") is no
# part of the unit before it, even when the wrap breaks it inside its citation.
def test_words_folding_to_timing_words_and_schedule_notes_in_a_flattened_table():
    table = (WARD_COLUMNS + "Tháng 02\n1\nKiểm tra, xử lý lấn chiếm vỉa hè trên các tuyến\nđường Nguyễn Thiện Thuật, Cao\n"
             "Thắng, Nguyễn Đình Chiểu\nPhòng Kinh tế, Hạ\ntầng và Đô thị\nThường xuyên\n"
             "2\nHỗ trợ vốn vay cho hội viên\nHội Nông dân phường;\nQuỹ Hỗ trợ nông dân\n"
             "Trước ngày\n25/02/2026\n"
             "3\nTổ chức Lễ giao nhận quân năm 2026\nBan Chỉ huy Quân sự phường\nTheo kế hoạch của Thành phố\n"
             "4\nChuẩn bị báo cáo, tờ trình trình kỳ họp HĐND\nphường\nVăn phòng HĐND và\nUBND phường\n"
             "Theo Kế hoạch của Thường trực\nHĐND phường\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.text, t.lead_units, t.deadline) for t in plan.tasks] == [
        ("Kiểm tra, xử lý lấn chiếm vỉa hè trên các tuyến đường Nguyễn Thiện Thuật, Cao Thắng, Nguyễn Đình Chiểu",
         ["Phòng Kinh tế, Hạ tầng và Đô thị"], None),
        ("Hỗ trợ vốn vay cho hội viên", ["Hội Nông dân phường", "Quỹ Hỗ trợ nông dân"],
         dt.date(2026, 2, 25)),
        # the schedule dates nothing: the month group does
        ("Tổ chức Lễ giao nhận quân năm 2026", ["Ban Chỉ huy Quân sự phường"], dt.date(2026, 2, 28)),
        ("Chuẩn bị báo cáo, tờ trình trình kỳ họp HĐND phường", ["Văn phòng HĐND và UBND phường"],
         dt.date(2026, 2, 28)),
    ]


@pytest.mark.parametrize("unit", ["Công an phường", "Công chức Văn hóa - Xã hội", "Trạm Y tế phường"])
def test_a_body_without_a_dash_after_a_leader_person_of_a_flattened_table_is_a_unit(unit):
    """A line after the leader's name that is no leader's post (a body, a staff post) opens the units' cell."""
    table = ("STT\nNội dung công việc\nLãnh đạo phụ\ntrách\nBộ phận tham\nmưu\nThời gian hoàn\nthành\n"
             f"1\nKiểm tra, xử lý lấn chiếm lòng đường, vỉa hè\nĐ/c Nguyễn Văn An\n{unit}\nThường xuyên\n"
             f"2\nTổ chức diễn tập phương án chữa cháy tại chợ\nĐ/c Nguyễn Văn An\nPhó Chủ tịch UBND phường\n{unit}\n"
             "Trước ngày\n30/4/2026\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.lead_units, t.timing_text) for t in plan.tasks] == [
        ([unit], "Thường xuyên"), ([unit], "Trước ngày 30/4/2026")]


def test_a_bullet_body_after_a_leader_person_of_a_flattened_table_is_a_unit():
    """The dash that joins a name to its post opens a unit when a body, not a post, follows it."""
    table = ("STT\nNội dung công việc\nLãnh đạo phụ\ntrách\nBộ phận tham\nmưu\nThời gian hoàn\nthành\n"
             "1\nKiểm tra, xử lý lấn chiếm lòng đường, vỉa hè\nĐ/c Nguyễn Văn An\n- Công an phường\nThường xuyên\n"
             "2\nTổ chức diễn tập phương án chữa cháy tại chợ\nĐ/c Nguyễn Văn An\n– Phòng Kinh tế, Hạ tầng và Đô thị\n"
             "Trước ngày\n30/4/2026\n")
    plan = extract_bytes((WARD_HEAD + table + WARD_TAIL).encode(), "plan.txt")
    assert [(t.lead_units, t.timing_text) for t in plan.tasks] == [
        (["Công an phường"], "Thường xuyên"), (["Phòng Kinh tế, Hạ tầng và Đô thị"], "Trước ngày 30/4/2026")]



# A Party issuer before the title, in a flattened listing: its organ and its committee wrapped onto two
# capitalised lines ("Ban Chấp hành" / "Đảng bộ tỉnh"), or the committee's line joined by the text's
# reflow to the title's first words ("Tỉnh ủy Về tăng cường …"): one issuer, the rest the title.
@pytest.mark.parametrize("issuer, title, want", [
    (["Ban Chấp hành", "Đảng bộ tỉnh"], ["Về phát triển kinh tế cửa", "khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    (["Ban Chấp hành", "Trung ương Đảng"], ["Về phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Trung ương Đảng"),
    (["Ban Thường vụ", "Tỉnh ủy"], ["Phát triển kinh tế cửa khẩu giai", "đoạn 2021 - 2025"], "Ban Thường vụ Tỉnh ủy Hòa Bình"),
    (["Ban Chấp hành", "Đảng bộ tỉnh Về phát triển kinh tế cửa"], ["khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    (["Ban Thường vụ", "Tỉnh ủy Phát triển kinh tế cửa khẩu giai"], ["đoạn 2021 - 2025"], "Ban Thường vụ Tỉnh ủy Hòa Bình"),
    (["Ban Chấp hành Đảng bộ tỉnh Hòa Bình Phát triển kinh tế cửa"], ["khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    (["Ban Tuyên giáo", "Huyện ủy Về phát triển kinh tế cửa khẩu"], ["giai đoạn 2021 - 2025"], "Ban Tuyên giáo Huyện ủy"),
    (["Ban Chấp hành", "Đảng bộ tỉnh Hòa Bình khóa XVI"], ["Về phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    # the term's numeral wrapped alone onto the next line ("… khóa" / "XIII")
    (["Ban Chấp hành Trung ương Đảng khóa", "XIII"], ["Về phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Trung ương Đảng"),
    (["Ban Chấp hành", "Trung ương Đảng khóa", "XIII"], ["Phát triển kinh tế cửa khẩu giai", "đoạn 2021 - 2025"],
     "Ban Chấp hành Trung ương Đảng"),
    (["Ban Chấp hành Đảng bộ tỉnh khóa", "XVI"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    (["Ban Thường vụ Tỉnh ủy Hòa Bình khoá", "XVI"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Thường vụ Tỉnh ủy Hòa Bình"),
    # the term printed as "nhiệm kỳ …" or in brackets: left out as running text leaves it
    (["Ban Chấp hành Đảng bộ tỉnh Hòa Bình, nhiệm kỳ 2020 - 2025"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
    (["Ban Thường vụ Tỉnh ủy Hòa Bình (khóa XVI)"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"],
     "Ban Thường vụ Tỉnh ủy Hòa Bình"),
    # negatives: other issuers, whole on their line, are left as they are
    (["Chính phủ"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"], "Chính phủ"),
    (["UBND tỉnh Hòa", "Bình"], ["Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025"], "UBND tỉnh Hòa Bình"),
])
def test_a_flattened_party_issuer_before_the_title_is_whole(issuer, title, want):
    lines = LISTING_HEAD.format(p="Hòa Bình").splitlines() + [
        "STT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "1", "12-NQ/TU", "20/7/2021", *issuer, *title,
        "2", "42/KH-UBND", "18/3/2021", "UBND tỉnh", "Tổ chức phong trào thi đua năm 2021"]
    plan = extract_bytes(("\n".join(lines) + "\n").encode(), "listing.txt")
    refs = {r.symbol: r for r in plan.references}
    assert (refs["12-NQ/TU"].issuer, refs["12-NQ/TU"].title) == (want, "Phát triển kinh tế cửa khẩu giai đoạn 2021 - 2025")
    assert (refs["42/KH-UBND"].issuer, refs["42/KH-UBND"].title) == ("UBND tỉnh Hòa Bình", "Tổ chức phong trào thi đua năm 2021")


# The issuer column last: a committee's term wrapped onto a line of its own ("Bộ Chính trị khóa" / "XIII")
# is the issuer's, not an issuer of its own; a Roman numeral that closes the title's wrapped line after no
# "khóa" ("… giai đoạn" / "II") stays the title's last line, the issuer the cell after it.
@pytest.mark.parametrize("cells, want_issuer, want_title", [
    (["Một số vấn đề về tiếp tục đổi mới, sắp xếp", "tổ chức bộ máy", "Bộ Chính trị khóa", "XIII"],
     "Bộ Chính trị", "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy"),
    (["Về tiếp tục đổi mới, sắp xếp tổ chức bộ máy", "Ban Chấp hành Trung ương Đảng khoá", "XII"],
     "Ban Chấp hành Trung ương Đảng", "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy"),
    (["Tổ chức phong trào thi đua đợt", "II", "UBND tỉnh"], "UBND tỉnh Hòa Bình", "Tổ chức phong trào thi đua đợt II"),
    (["Phát triển du lịch", "Quốc hội khóa XV"], "Quốc hội", "Phát triển du lịch"),
    (["Phát triển du lịch", "Ban Chấp hành Đảng bộ tỉnh Hòa Bình, nhiệm kỳ 2020 - 2025"],
     "Ban Chấp hành Đảng bộ tỉnh Hòa Bình", "Phát triển du lịch"),
])
def test_a_flattened_issuer_after_the_title_takes_its_wrapped_term(cells, want_issuer, want_title):
    lines = LISTING_HEAD.format(p="Hòa Bình").splitlines() + [
        "STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "1", "18-NQ/TW", "25/10/2017", *cells,
        "2", "42/KH-UBND", "18/3/2021", "Tổ chức phong trào thi đua năm 2021", "UBND tỉnh"]
    refs = {r.symbol: r for r in extract_bytes(("\n".join(lines) + "\n").encode(), "listing.txt").references}
    assert (refs["18-NQ/TW"].issuer, refs["18-NQ/TW"].title) == (want_issuer, want_title)
    assert refs["42/KH-UBND"].issuer == "UBND tỉnh Hòa Bình"


def test_a_unit_merged_down_from_a_row_a_page_break_cut_is_the_whole_unit():
    """A "Cơ quan chủ trì" cell merged down over rows 3.1–3.2 whose first row a page break cut, the
    unit's name too ("Sở Công" ⏎ "Thương" on the next page): row 3.2 is led by "Sở Công Thương"."""
    from pipeline.document import RawLine
    header = ["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    rows = [
        RawLine("", page=1, cells=header, table_id=1),
        RawLine("", page=1, cells=["3.1", "Đưa sản phẩm", "Gian hàng", "Sở Công", "Sở Nông nghiệp và",
                                   "Quý II/2025"], table_id=1),
        RawLine("", page=2, cells=header, table_id=2),
        RawLine("", page=2, cells=["", "OCOP lên sàn thương mại điện tử", "OCOP", "Thương",
                                   "Phát triển nông thôn", ""], table_id=2),
        RawLine("", page=2, cells=["3.2", "Hỗ trợ doanh nghiệp dùng hóa đơn điện tử", "Doanh nghiệp được hỗ trợ",
                                   "", "Cục Thuế tỉnh", "Trước ngày 30/6/2025"], table_id=2, merged_above=(3,)),
        RawLine("", page=2, cells=["3.3", "Tập huấn kỹ năng số", "Lớp tập huấn", "Sở Thông tin và Truyền thông",
                                   "", "Quý III/2025"], table_id=2),
        RawLine("", page=2, cells=["3.4", "Tổng kết năm 2025", "Báo cáo", "", "", "Quý IV/2025"], table_id=2),
    ]
    tasks = _raw_plan(rows)
    assert [(t.label, t.lead_units, t.support_units) for t in tasks] == [
        ("3.1", ["Sở Công Thương"], ["Sở Nông nghiệp và Phát triển nông thôn"]),
        ("3.2", ["Sở Công Thương"], ["Cục Thuế tỉnh"]),
        ("3.3", ["Sở Thông tin và Truyền thông"], []),
        ("3.4", [], [])]   # an empty cell that is not merged leaves its row without units


# The appendix table of a Sở's digital-transformation plan as Word holds it: "QUÝ I" rows merged across
# the table, group rows "1", "2" over tasks "1.1", "1.2", the lead unit merged down over rows 1.1–1.2, a
# product column and a "Ghi chú" column whose unit names and years are no unit or timing of the task.
_QUARTER_ROWS = [("QUÝ I",), ("1", "Hạ tầng số"),
                 ("1.1", "Nâng cấp mạng nội bộ của Sở", "Báo cáo Sở Tài chính", "Văn phòng Sở",
                  "Phòng Bưu chính, Viễn thông", "Tháng 3/2025", "200", "Sở Tài chính thẩm định"),
                 ("1.2", "Giám sát an toàn thông tin", "Báo cáo", "^^", "Công an thành phố", "Quý I/2025", "",
                  "Phối hợp Bộ Công an, năm 2026 mở rộng"),
                 ("QUÝ II",), ("2", "Chính quyền số"),
                 ("2.1", "Số hóa hồ sơ lưu trữ", "Dữ liệu số", "Phòng Công nghệ thông tin", "UBND các quận, huyện",
                  "Trước ngày 30/6/2025", "150", "")]
_QUARTER_WANT = [("1.1", "Nâng cấp mạng nội bộ của Sở", ["Văn phòng Sở"], ["Phòng Bưu chính, Viễn thông"],
                  dt.date(2025, 3, 31), 1),
                 ("1.2", "Giám sát an toàn thông tin", ["Văn phòng Sở"], ["Công an thành phố"], dt.date(2025, 3, 31), 1),
                 ("2.1", "Số hóa hồ sơ lưu trữ", ["Phòng Công nghệ thông tin"], ["UBND các quận, huyện"],
                  dt.date(2025, 6, 30), 2)]
_HP_HEAD = ("**UBND THÀNH PHỐ HẢI PHÒNG**  \n**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**\n\nSố: 12/KH-STTTT\n\n"
            "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
            "*Hải Phòng, ngày 10 tháng 02 năm 2025*\n\n**KẾ HOẠCH**\n\n**Chuyển đổi số năm 2025**\n\n"
            "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm tiến độ.\n\n**II. NHIỆM VỤ**\n\n")
_HP_TAIL = ("\n\n**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Văn phòng Sở**\n\nTheo dõi, báo cáo.\n\n**Nơi nhận:**\n\n"
            "- Lưu: VT.\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**\n")


@pytest.mark.parametrize("header, order", [
    (["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí",
      "Ghi chú"], [0, 1, 2, 3, 4, 5, 6, 7]),
    # the timing before the units, the product after them
    (["STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí",
      "Ghi chú"], [0, 1, 5, 3, 4, 2, 7, 6]),
    (["TT", "Nội dung công việc", "Kết quả đầu ra", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
      "Dự kiến kinh phí (triệu đồng)", "Ghi chú"], [0, 1, 2, 3, 4, 5, 6, 7]),
    # support before lead, the budget before the timing
    (["STT", "Nhiệm vụ", "Sản phẩm đầu ra", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành",
      "Dự kiến kinh phí", "Ghi chú"], [0, 1, 4, 3, 6, 5, 2, 7]),
])
def test_column_roles_come_from_the_header_words_in_any_order(tmp_path, header, order):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_docx import render_docx

    lines = ["| " + " | ".join(header[i] for i in order) + " |", "|" + "---|" * len(order)]
    for r in _QUARTER_ROWS:
        cells = [r[i] for i in order] if len(r) > 2 else list(r) + [""] * (len(order) - len(r))
        lines.append("| " + " | ".join(cells) + " |")
    path = render_docx(_HP_HEAD + "\n".join(lines) + _HP_TAIL, tmp_path / "hai-phong.docx", fmt="md",
                       word_layout=True)
    tasks = extract_bytes(path.read_bytes(), path.name).tasks
    assert [(t.label, t.text, t.lead_units, t.support_units, t.deadline, t.quarter) for t in tasks] == _QUARTER_WANT


def test_the_quang_ninh_plan_reads_alike_from_word_and_from_its_pdf():
    """The composed plan's appendix in Word (vMerge, "QUÝ I" merged across) and exported to portrait
    PDF pages, where the narrow columns wrap every cell and a page break cuts row 3.1 and its merged
    lead unit: both give the gold's tasks."""
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    stem = "quang-ninh-chuyen-doi-so-2025"
    gold = json.loads((root / "tests" / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    want = [(g["text"], g["lead_units"], g["support_units"], g["timing_text"], g["quarter"]) for g in gold]
    for ext in ("docx", "pdf"):
        path = root / "data" / "raw" / f"{stem}.{ext}"
        tasks = extract_bytes(path.read_bytes(), path.name).tasks
        assert [(t.text, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in tasks] == want, ext


@pytest.mark.parametrize("first, rest, want", [
    ("Tháng 8", "9/2025", "Tháng 8 - 9/2025"),          # the dash lost at a line's end or a page break
    ("tháng 10", "12/2026", "tháng 10 - 12/2026"),
    ("Từ tháng 3", "5/2025", "Từ tháng 3 - 5/2025"),
    ("Tháng 9", "8/2025", "Tháng 9 8/2025"),            # not a later month: joined as printed
    ("Tháng 8", "Hàng tuần", "Tháng 8 Hàng tuần"),
    ("Quý 3", "9/2025", "Quý 3 9/2025"),
    ("Tháng 8 -", "9/2025", "Tháng 8 - 9/2025"),
    ("", "9/2025", "9/2025"),
])
def test_a_month_range_cut_over_two_pieces_gets_its_dash(first, rest, want):
    from extractors.tables import join_timing
    assert join_timing(first, rest) == want


def test_a_month_range_printed_over_two_lines_of_a_word_cell_keeps_its_span():
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=3, cols=4)
    for c, h in zip(t.rows[0].cells, ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]):
        c.text = h
    for i, (r, when) in enumerate(zip(t.rows[1:], ["Tháng 8\n9/2025", "Tháng 9\n8/2025"]), 1):
        r.cells[0].text, r.cells[1].text = str(i), "Kiểm tra vệ sinh môi trường tại các chợ"
        r.cells[2].text = "Trung tâm Kiểm soát bệnh tật"
        first, second = when.split("\n")
        r.cells[3].paragraphs[0].text = first
        r.cells[3].add_paragraph(second)
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    plan = extract_bytes(_saved(d), "vinh-long.docx")
    assert [t.timing_text for t in plan.tasks] == ["Tháng 8 - 9/2025", "Tháng 9 8/2025"]  # (no range made up)
    assert plan.tasks[0].deadline == dt.date(2025, 9, 30)


@pytest.mark.parametrize("landscape", [True, False])
def test_an_appendix_task_table_over_pages_with_spanning_group_rows(landscape, tmp_path):
    """The Hà Nam plan's appendix: six columns (STT, Nhiệm vụ, Sản phẩm, chủ trì, phối hợp, Thời gian
    hoàn thành), group rows "I. …" and "1. …" printed across the table, the header row repeated on
    each page and rows cut by page breaks, on landscape pages (data/raw) and on portrait ones: every
    row is one task with the gold's units and timing; no group row is a task or a heading."""
    import json
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    stem = "ha-nam-chuyen-doi-so-nghi-quyet-57-2025"
    gold = json.loads((root / "tests" / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    want = [(g["text"], g["lead_units"], g["support_units"], g["timing_text"], g["quarter"]) for g in gold]
    if landscape:
        path = root / "data" / "raw" / f"{stem}.pdf"
    else:
        sys.path.insert(0, str(root / "tests"))
        from render import render_pdf
        source = (root / "tests" / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
        path = render_pdf(source, tmp_path / f"{stem}.pdf", fmt="md")
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [(t.text, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in plan.tasks] == want
    rows = [t for t in plan.tasks if t.origin == "table"]
    assert [t.label for t in rows[:4]] == ["1.1", "1.2", "1.3", "2.1"]
    # some row runs over a page break, and is still one task
    assert any(plan.document.page_at(t.char_end - 1) != t.page for t in rows)
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II", "III", "IV", "V", "PHỤ LỤC"]


@pytest.mark.parametrize("header, things", [
    (["STT", "Tên cơ sở", "Địa chỉ"], True),
    (["TT", "Tên hộ kinh doanh", "Chủ cơ sở", "Loại hình", "Ghi chú"], True),
    (["Số TT", "Tên đơn vị", "Địa chỉ", "Số điện thoại"], True),
    (["STT", "Họ và tên", "Thôn"], True),
    # work, timing or who acts named: a schedule, or not a list of things
    (["STT", "Tên nhiệm vụ", "Thời gian"], False),
    (["STT", "Tên cơ sở", "Nội dung kiểm tra"], False),
    (["STT", "Tên cơ sở", "Thời gian kiểm tra"], False),
    (["STT", "Tên cơ sở", "Đơn vị thực hiện"], False),
    (["Tên cơ sở", "Địa chỉ"], False),           # no STT: not a numbered list
    (["STT", "Địa chỉ", "Ghi chú"], False),     # no column of names
])
def test_lists_things(header, things):
    from extractors.tables import lists_things
    assert lists_things(header) is things


_PROGRAMME = """UBND XÃ {place}
Số: 09/KH-UBND
{place_cap}, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức {event} năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Tổ chức trang trọng, an toàn, tiết kiệm.
II. CHƯƠNG TRÌNH
| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |
|---|---|---|---|
{rows}
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã theo dõi, báo cáo.
"""


@pytest.mark.parametrize("ext", ["md", "docx"])
@pytest.mark.parametrize("place, event, day1, day2, first, second", [
    ("THUẬN AN", "Đại hội Thể dục thể thao xã", "NGÀY 14/3/2026 (THỨ BẢY)", "NGÀY 15/3/2026 (CHỦ NHẬT)", 14, 15),
    ("TÂN UYÊN", "Lễ hội Xên Bản", "Thứ Sáu, ngày 20/3/2026", "Thứ Bảy, ngày 21/3/2026", 20, 21),
    ("VĨNH BẢO", "Ngày hội Văn hóa các dân tộc", "Sáng ngày 14 tháng 3 năm 2026:", "Chiều ngày 14 tháng 3 năm 2026:",
     14, 14),
])
def test_a_programme_day_row_dates_the_hours_under_it(ext, place, event, day1, day2, first, second, tmp_path):
    """A time-first programme grouped by day: each day is a group row merged across the table, its
    rows print their hours alone; the day dates them (the hours stay their timing), and no day row
    is a task or the rest of the row above it."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_docx import render_docx
    from extractors.tables import day_group

    span = " | << | << | << |" if ext == "docx" else " | | | |"
    rows = "\n".join([f"| **{day1}**{span}",
                      "| 7h00 | Thi đấu môn Việt dã | Đường trục chính xã | Đoàn Thanh niên xã |",
                      "| 14h00 - 17h00 | Thi đấu môn Kéo co | Nhà văn hóa xã | Hội Liên hiệp Phụ nữ xã |",
                      f"| **{day2}**{span}",
                      "| 7h30 | Lễ khai mạc | Sân vận động xã | Văn phòng HĐND và UBND xã |"])
    text = _PROGRAMME.format(place=place, place_cap=place.title(), event=event, rows=rows)
    data = render_docx(text, tmp_path / "plan.docx", fmt="md").read_bytes() if ext == "docx" else text.encode()
    plan = extract_bytes(data, f"plan.{ext}")
    first, second = dt.date(2026, 3, first), dt.date(2026, 3, second)
    assert [(t.text, t.timing_text, t.deadline) for t in plan.tasks] == [
        ("Thi đấu môn Việt dã", "7h00", first), ("Thi đấu môn Kéo co", "14h00 - 17h00", first),
        ("Lễ khai mạc", "7h30", second)]
    assert day_group(day1) and day_group(day2)


@pytest.mark.parametrize("text", ["Ngày 14/3/2026 khai mạc Đại hội", "Ngày hội Văn hóa - Thể thao",
                                  "Tháng 3/2026", "Ngày 14/3/2026 - Ngày 15/3/2026 tổ chức thi đấu các môn",
                                  "Các ngày 14, 15/3/2026 thi đấu vòng loại"])
def test_a_day_group_names_only_a_day(text):
    from extractors.tables import day_group
    assert day_group(text) is None


# ---------------------------------------------------------------- a span column and a due column
# "Thời gian thực hiện | Thời hạn hoàn thành": the first prints the work's span, the second its last day
DUE_ROWS = [("1", "Giám sát ca bệnh tại cộng đồng", "Trung tâm Kiểm soát bệnh tật", "Tháng 3 - 6/2025", "30/6/2025"),
            ("2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", "UBND các huyện", "Năm 2025", "Trước 15/12/2025"),
            ("3", "Tập huấn cán bộ y tế cơ sở", "Sở Y tế", "Quý II/2025", "30/6/2025"),
            ("4", "Tuyên truyền trên loa truyền thanh", "UBND các xã", "Thường xuyên", "")]
DUE_WANT = [(dt.date(2025, 6, 30), None, "Tháng 3 - 6/2025; hoàn thành 30/6/2025"),
            (dt.date(2025, 12, 15), None, "Năm 2025; trước 15/12/2025"),
            (dt.date(2025, 6, 30), 2, "Quý II/2025; hoàn thành 30/6/2025"),
            (None, None, "Thường xuyên")]


@pytest.mark.parametrize("header", [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Thời hạn hoàn thành"],
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian triển khai", "Thời gian hoàn thành"],
    ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Tiến độ thực hiện", "Hoàn thành"],
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Lộ trình", "Thời điểm hoàn thành"],
])
def test_a_task_with_a_span_column_and_a_due_column_is_due_on_the_due_day(header):
    table = ("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
             + "".join("| " + " | ".join(r) + " |\n" for r in DUE_ROWS))
    plan = extract_bytes((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [(t.deadline, t.quarter, t.timing_text) for t in plan.tasks] == DUE_WANT
    assert [t.lead_units for t in plan.tasks] == [[r[2]] for r in DUE_ROWS]


def test_a_due_column_under_a_merged_timing_cell_of_a_word_table():
    """"Thời gian" merged over "Thực hiện | Hoàn thành" in a Word table."""
    d = docx.Document()
    for ln in HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=2 + len(DUE_ROWS), cols=5)
    t.style = "Table Grid"
    for c, name in enumerate(["STT", "Nội dung", "Đơn vị chủ trì"]):
        t.cell(0, c).merge(t.cell(1, c)).text = name
    t.cell(0, 3).merge(t.cell(0, 4)).text = "Thời gian"
    t.cell(1, 3).text, t.cell(1, 4).text = "Thực hiện", "Hoàn thành"
    for r, row in enumerate(DUE_ROWS, 2):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for ln in TAIL.splitlines():
        d.add_paragraph(ln)
    plan = extract_bytes(_saved(d), "vinh-long.docx")
    assert [(t.deadline, t.quarter, t.timing_text) for t in plan.tasks] == DUE_WANT


# Work that goes on ("Thường xuyên") in the span column with its completion day in the due column: the
# day is the deadline; a cadence ("Hằng tháng") is due again each time, so it has none
ONGOING_DUE_ROWS = [("1", "Số hóa hồ sơ địa chính", "Văn phòng Đăng ký đất đai", "Thường xuyên", "Hoàn thành trước 30/6/2025"),
                    ("2", "Cập nhật mã số vùng trồng", "Chi cục Trồng trọt", "Thường xuyên", "30/9/2025"),
                    ("3", "Kiểm tra vệ sinh chợ", "UBND các xã", "Liên tục", "Trước 15/11/2025"),
                    ("4", "Cập nhật số liệu quan trắc", "Trung tâm Quan trắc", "Hằng tháng", "Trước ngày 25 hằng tháng"),
                    ("5", "Cung cấp dịch vụ công trực tuyến", "Văn phòng Sở", "Thường xuyên", "")]


def test_ongoing_work_with_a_due_column_is_due_on_the_due_day():
    header = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Thời hạn hoàn thành"]
    table = ("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
             + "".join("| " + " | ".join(r) + " |\n" for r in ONGOING_DUE_ROWS))
    plan = extract_bytes((HEAD + table + TAIL).encode(), "phu-yen.md")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [
        (dt.date(2025, 6, 30), "Thường xuyên; hoàn thành trước 30/6/2025"),
        (dt.date(2025, 9, 30), "Thường xuyên; hoàn thành 30/9/2025"),
        (dt.date(2025, 11, 15), "Liên tục; hoàn thành trước 15/11/2025"),
        (None, "Hằng tháng; trước ngày 25 hằng tháng"),
        (None, "Thường xuyên")]


@pytest.mark.parametrize("header, want", [
    # a second column that is no due day: the first stays the timing
    (["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Thời hạn báo cáo"], dt.date(2025, 6, 30)),
    (["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Kết quả hoàn thành"], dt.date(2025, 6, 30)),
    # the due column first: it is the timing, the later span column is not read
    (["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Thời gian thực hiện"], dt.date(2025, 6, 30)),
    (["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", "Tỷ lệ hoàn thành"], dt.date(2025, 6, 30)),
])
def test_two_timing_columns_without_a_due_column_after_the_span(header, want):
    rows = [("1", "Giám sát ca bệnh tại cộng đồng", "Trung tâm Kiểm soát bệnh tật", "Tháng 3 - 6/2025", "Tháng 4/2025")]
    table = ("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
             + "".join("| " + " | ".join(r) + " |\n" for r in rows))
    plan = extract_bytes((HEAD + table + TAIL).encode(), "vinh-long.md")
    assert [t.deadline for t in plan.tasks] == [want]


@pytest.mark.parametrize("span, due, want", [
    ("Tháng 3 - 6/2026", "30/6/2026", "Tháng 3 - 6/2026; hoàn thành 30/6/2026"),
    ("Năm 2026", "Trước 15/12/2026", "Năm 2026; trước 15/12/2026"),
    ("Quý I/2026", "Chậm nhất ngày 31/3/2026", "Quý I/2026; chậm nhất ngày 31/3/2026"),
    ("Tháng 5/2026", "Tháng 5/2026", "Tháng 5/2026"),       # one cell merged across both columns
    ("Thường xuyên", "", "Thường xuyên"),
    ("", "Quý IV/2026", "Quý IV/2026"),
    ("Năm 2026", "UBND", "Năm 2026; hoàn thành UBND"),         # (an acronym keeps its capitals)
    # ongoing work: the due column's bound is its completion
    ("Thường xuyên", "Trước 30/9/2026", "Thường xuyên; hoàn thành trước 30/9/2026"),
    ("Liên tục", "Chậm nhất ngày 15/8/2026", "Liên tục; hoàn thành chậm nhất ngày 15/8/2026"),
    ("Thường xuyên", "Hoàn thành trước 30/6/2026", "Thường xuyên; hoàn thành trước 30/6/2026"),
    ("Hằng tháng", "Trước ngày 25 hằng tháng", "Hằng tháng; trước ngày 25 hằng tháng"),
])
def test_due_timing(span, due, want):
    from extractors.tables import due_timing

    assert due_timing(span, due) == want


# A commune's plan whose unit columns print a role word where the unit should stand ("Phối hợp thực
# hiện", "Phối hợp": the row's lead is the plan's issuer, or no one named): no lead unit.
CAM_LO_HEAD = ("UBND HUYỆN CAM LỘ\nUBND XÃ CAM THÀNH\nSố: 21/KH-UBND\nCam Thành, ngày 10 tháng 02 năm 2025\n"
               "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc, gia cầm năm 2025\nI. MỤC ĐÍCH\n"
               "1. Chủ động phòng, chống dịch bệnh.\nII. NỘI DUNG\n")
CAM_LO_ROWS = [("1", "Tiêm phòng vắc xin lở mồm long móng đợt 1", "Phối hợp thực hiện", "Các thôn", "Tháng 4/2025"),
               ("2", "Tiêu độc khử trùng chuồng trại", "Phối hợp", "Hội Nông dân xã", "Tháng 5/2025"),
               ("3", "Giám sát dịch bệnh tại các hộ chăn nuôi", "Công chức Nông nghiệp xã", "Phối hợp thực hiện",
                "Tháng 6/2025")]
CAM_LO_WANT = [("Tiêm phòng vắc xin lở mồm long móng đợt 1", [], ["Các thôn"], dt.date(2025, 4, 30)),
               ("Tiêu độc khử trùng chuồng trại", [], ["Hội Nông dân xã"], dt.date(2025, 5, 31)),
               ("Giám sát dịch bệnh tại các hộ chăn nuôi", ["Công chức Nông nghiệp xã"], [], dt.date(2025, 6, 30))]
CAM_LO_COLUMNS = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
CAM_LO_TAIL = "III. TỔ CHỨC THỰC HIỆN\n1. Công chức Nông nghiệp xã theo dõi, báo cáo.\n"


def test_a_role_word_in_a_unit_cell_of_a_text_table_is_no_unit():
    table = "| " + " | ".join(CAM_LO_COLUMNS) + " |\n|---|---|---|---|---|\n" + "".join(
        "| " + " | ".join(r) + " |\n" for r in CAM_LO_ROWS)
    assert _tasks((CAM_LO_HEAD + table + CAM_LO_TAIL).encode(), "cam-thanh.md") == CAM_LO_WANT


def test_a_role_word_in_a_unit_cell_of_a_word_table_is_no_unit():
    d = docx.Document()
    for ln in CAM_LO_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=len(CAM_LO_ROWS) + 1, cols=len(CAM_LO_COLUMNS))
    for r, row in enumerate([CAM_LO_COLUMNS, *CAM_LO_ROWS]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    for ln in CAM_LO_TAIL.splitlines():
        d.add_paragraph(ln)
    assert _tasks(_saved(d), "cam-thanh.docx") == CAM_LO_WANT


# … while a unit printed with its role word, or after it, keeps its place
def test_a_unit_with_its_role_word_in_a_unit_cell_stays():
    rows = [("1", "Tiêm phòng vắc xin lở mồm long móng đợt 1", "Thú y viên xã phối hợp thực hiện", "Các thôn",
             "Tháng 4/2025"),
            ("2", "Tiêu độc khử trùng chuồng trại", "Phối hợp thực hiện: Hội Nông dân xã", "", "Tháng 5/2025")]
    table = "| " + " | ".join(CAM_LO_COLUMNS) + " |\n|---|---|---|---|---|\n" + "".join(
        "| " + " | ".join(r) + " |\n" for r in rows)
    got = _tasks((CAM_LO_HEAD + table + CAM_LO_TAIL).encode(), "cam-thanh.md")
    assert [(t[1], t[2]) for t in got] == [([], ["Thú y viên xã", "Các thôn"]), ([], ["Hội Nông dân xã"])]


# ------------------------------------------------------- a group row typed alone between typed rows
# A schedule typed with tabs or pipes cannot merge a cell across the table: its month or quarter group
# row ("Tháng 4/2026" over the rows of April) is a line of its own between the rows, without a tab.
GROUPED_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ YÊN LẬP\nSố: 31/KH-UBND\nYên Lập, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
                "Tuyên truyền các ngày lễ lớn năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giáo dục truyền thống.\n"
                "II. NỘI DUNG\n")
GROUPED_ROWS = [
    ["1", "Tuyên truyền kỷ niệm Ngày Giải phóng miền Nam", "Phòng Văn hóa - Xã hội", "Trường THCS Yên Lập",
     "Trước ngày 30/4/2026"],
    ["2", "Treo cờ Tổ quốc tại trụ sở và các thôn", "Văn phòng HĐND và UBND xã", "Trưởng các thôn",
     "Từ ngày 25/4/2026 đến ngày 02/5/2026"],
    ["3", "Dâng hương kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh", "Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã",
     "Ngày 19/5/2026"],
]
GROUPED_WANT = [("Tuyên truyền kỷ niệm Ngày Giải phóng miền Nam", ["Phòng Văn hóa - Xã hội"], ["Trường THCS Yên Lập"],
                 dt.date(2026, 4, 30)),
                ("Treo cờ Tổ quốc tại trụ sở và các thôn", ["Văn phòng HĐND và UBND xã"], ["Trưởng các thôn"],
                 dt.date(2026, 5, 2)),
                ("Dâng hương kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh", ["Văn phòng HĐND và UBND xã"],
                 ["Đoàn Thanh niên xã"], dt.date(2026, 5, 19))]


def _grouped_table(groups: list[str], pipes: bool) -> str:
    """The table with groups[k] typed alone on the line before row k (none where "")."""
    head = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    row = (lambda c: "| " + " | ".join(c) + " |") if pipes else "\t".join
    lines = [row(head)] + (["|---|---|---|---|---|"] if pipes else [])
    for g, cells in zip(groups, GROUPED_ROWS):
        lines += ([g] if g else []) + [row(cells)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("pipes", [False, True])
@pytest.mark.parametrize("groups", [
    ["Tháng 4/2026", "", "Tháng 5/2026"],
    ["THÁNG 4", "", "THÁNG 5"],
    ["Quý II/2026", "", ""],
    ["", "", "Năm 2026"],
])
def test_a_group_row_typed_alone_between_rows_does_not_end_the_table(groups, pipes):
    """The rows under the group line keep their columns (they were read as a table of their own
    without a header, the support and timing columns lost); a quarter group gives its quarter."""
    ext = "md" if pipes else "txt"
    plan = extract_bytes((GROUPED_HEAD + _grouped_table(groups, pipes) + TAIL).encode(), f"yen-lap.{ext}")
    assert [(t.text, t.lead_units, t.support_units, t.deadline) for t in plan.tasks] == GROUPED_WANT
    assert [t.timing_text for t in plan.tasks] == [r[4] for r in GROUPED_ROWS]
    assert [t.quarter for t in plan.tasks] == ([2, 2, 2] if groups[0].startswith("Quý") else [None] * 3)


@pytest.mark.parametrize("line", [
    "Tháng 4/2026, UBND xã tổ chức kiểm tra việc thực hiện các nội dung sau:",   # a sentence, no group
    "Ghi chú",                                                                     # no period named
])
def test_a_line_between_rows_that_is_no_group_still_parts_two_tables(line):
    text = _grouped_table(["", "", ""], False).splitlines()
    text.insert(3, line)
    assert _grouped_line(text, line) not in {i for t in _typed_tables(text) for i in t.lines}
    plan = extract_bytes((GROUPED_HEAD + "\n".join(text) + "\n" + TAIL).encode(), "yen-lap.txt")
    assert [t.support_units for t in plan.tasks][:2] == [["Trường THCS Yên Lập"], ["Trưởng các thôn"]]


def _typed_doc(lines: list[str]):
    from pipeline.ingest.text import read_text
    from pipeline.normalize import normalize

    return normalize(read_text((GROUPED_HEAD + "\n".join(lines) + "\n" + TAIL).encode(), "txt"))


def _typed_tables(lines: list[str]):
    from extractors.tables import find_tables

    return find_tables(_typed_doc(lines), set())


def _grouped_line(lines: list[str], text: str) -> int:
    return next(ln.index for ln in _typed_doc(lines).lines if ln.text == text)


def test_a_group_line_before_a_row_of_other_columns_is_no_group_row():
    """A month line followed by a row of another width (another table) does not join them."""
    text = _grouped_table(["", "", ""], False).splitlines()
    text[3:] = ["Tháng 5/2026", "3\tDâng hương kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh\tNgày 19/5/2026"]
    assert _grouped_line(text, "Tháng 5/2026") not in {i for t in _typed_tables(text) for i in t.lines}
    # (and the same line before a row of the table's width is taken in)
    text[4] = "\t".join(GROUPED_ROWS[2])
    assert _grouped_line(text, "Tháng 5/2026") in {i for t in _typed_tables(text) for i in t.lines}


# ------------------------------------------------- a scan's column headings OCR could not read
# A narrow column's heading printed turned 90° comes out of OCR as specks: the columns' roles are read
# from their cells (plan text given as the scan reads it, Document.ocr set).
TURNED_HEADS = [["r=", "= mài", "E Đ 5"], ["'", "ễ ;", "|"], ["ì", "", "Ả"]]


@pytest.mark.parametrize("heads", TURNED_HEADS)
def test_a_scan_s_unread_headings_get_their_roles_from_the_cells(heads):
    rows = [["1", "Giám sát ca bệnh tại cộng đồng", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa tỉnh",
             "Quý II/2025"],
            ["2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", "UBND các huyện, thị xã, thành phố",
             "Trung tâm Kiểm soát bệnh tật; Hội Chữ thập đỏ tỉnh", "Trước ngày 30/9/2025"]]
    table = "\n".join("| " + " | ".join(r) + " |" for r in [["STT", "Nội dung công việc"] + heads] + rows)
    table = table.replace("\n", "\n|---|---|---|---|---|\n", 1)
    tasks = _scanned(HEAD + table + "\n" + TAIL)
    assert [(t.text, t.lead_units, t.support_units, t.deadline) for t in tasks] == WANT


def test_a_scan_s_heading_read_as_a_known_name_keeps_its_lack_of_role():
    """"Ghi chú" over dates is a note, no timing; a typed plan's unknown heading is not guessed at."""
    rows = [["1", "Giám sát ca bệnh tại cộng đồng", "Trung tâm Kiểm soát bệnh tật", "Quý II/2025"],
            ["2", "Diệt lăng quăng, bọ gậy tại hộ gia đình", "UBND các huyện, thị xã, thành phố",
             "Trước ngày 30/9/2025"]]
    for head, scanned in ((["Đơn vị chủ trì", "Ghi chú"], True), (["Đơn vị chủ trì", "r= mài"], False)):
        table = "\n".join("| " + " | ".join(r) + " |" for r in [["STT", "Nội dung công việc"] + head] + rows)
        table = table.replace("\n", "\n|---|---|---|---|\n", 1)
        text = HEAD + table + "\n" + TAIL
        tasks = _scanned(text) if scanned else extract_bytes(text.encode(), "vinh-long.md").tasks
        assert [t.deadline for t in tasks] == [None, None]
        assert [t.lead_units for t in tasks] == [["Trung tâm Kiểm soát bệnh tật"],
                                                 ["UBND các huyện, thị xã, thành phố"]]


# ------------------------------------------------------- a web page's cell spanning start and end
SPAN_HTML_ROW = "<tr><td>{n}</td><td>{text}</td><td>{unit}</td>{when}</tr>"


@pytest.mark.parametrize("when, timing, deadline, quarter", [
    ('<td colspan="2">Quý II/2025</td>', "Quý II/2025", dt.date(2025, 6, 30), 2),
    ('<td colspan="2">15/5/2025</td>', "15/5/2025", dt.date(2025, 5, 15), None),
    ("<td>Quý II/2025</td><td></td>", "Từ quý II/2025", None, None),   # a start alone: no end
    ("<td>15/5/2025</td><td></td>", "Từ 15/5/2025", None, None),
    ("<td>01/4/2025</td><td>15/5/2025</td>", "Từ 01/4/2025 đến 15/5/2025", dt.date(2025, 5, 15), None),
])
def test_a_web_cell_spanning_the_start_and_end_columns_is_one_time(when, timing, deadline, quarter):
    rows = SPAN_HTML_ROW.format(n=1, text="Giám sát ca bệnh tại cộng đồng", unit="Trung tâm Kiểm soát bệnh tật",
                                when=when)
    html = ("<html><body>" + _paragraphs(HEAD) + "<table border='1'><tr><td>STT</td><td>Nội dung</td>"
            "<td>Đơn vị chủ trì</td><td>Thời gian bắt đầu</td><td>Thời gian kết thúc</td></tr>" + rows +
            "</table>" + _paragraphs(TAIL) + "</body></html>")
    plan = extract_bytes(html.encode(), "vinh-long.html")
    assert [(t.timing_text, t.deadline, t.quarter) for t in plan.tasks] == [(timing, deadline, quarter)]


# ---- quarter group rows typed with Arabic numbers, abbreviated, in the old spelling or as OCR reads "I"
_T3_HEAD = ("UBND TỈNH TÂY NINH\nỦY BAN NHÂN DÂN XÃ HÒA HỘI\nSố: 14/KH-UBND\nHòa Hội, ngày 20 tháng 01 năm 2026\n"
            "KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giảm tai nạn giao thông.\n"
            "II. NHIỆM VỤ CỤ THỂ\n")
_T3_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Công an xã theo dõi, báo cáo.\n"
_T3_ROWS = [("Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên loa truyền thanh", "Tháng 02/2026"),
            ("Ra quân lập lại trật tự hành lang an toàn giao thông tuyến tỉnh lộ", "Thường xuyên"),
            ("Kiểm tra xe đưa đón học sinh tại các trường học", "Theo kế hoạch của Công an tỉnh")]


@pytest.mark.parametrize("groups, want", [
    (["Quý 1/2026", "Quý 2 năm 2026", "Quý 3"], [1, 2, 3]),
    (["QUÝ l", "QUÝ Il", "QUÝ lll"], [1, 2, 3]),                  # OCR's "l" for I
    (["Quí I", "Quí II", "Quí IV"], [1, 2, 4]),                    # the old spelling
    (["Q1/2026", "Q.2/2026", "QIII - 2026"], [1, 2, 3]),           # abbreviated, with the year
    (["QUÝ I (tháng 1 - 3)", "QUÝ II (tháng 4 - 6)", "QUÝ III (tháng 7 - 9)"], [1, 2, 3]),
])
def test_t3_quarter_group_rows_as_typed_or_read(groups, want):
    rows = ["| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |", "|---|---|---|---|"]
    for i, (g, (text, when)) in enumerate(zip(groups, _T3_ROWS), 1):
        rows += [f"| **{g}** | | | |", f"| {i} | {text} | Công an xã | {when} |"]
    plan = extract_bytes((_T3_HEAD + "\n".join(rows) + _T3_TAIL).encode(), "hoa-hoi.md")
    assert [(t.label, t.quarter) for t in plan.tasks] == [(str(i), q) for i, q in enumerate(want, 1)]


def test_t3_quarter_group_rows_merged_across_a_word_table():
    d = docx.Document()
    for ln in _T3_HEAD.splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    for c, name in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"]):
        t.cell(0, c).text = name
    r = 1
    for i, (g, (text, when)) in enumerate(zip(["Quý 1", "Q2/2026", "Quí 4"], _T3_ROWS), 1):
        t.cell(r, 0).merge(t.cell(r, 3)).text = g
        t.cell(r + 1, 0).text, t.cell(r + 1, 1).text, t.cell(r + 1, 2).text, t.cell(r + 1, 3).text = \
            str(i), text, "Công an xã", when
        r += 2
    for ln in _T3_TAIL.splitlines():
        d.add_paragraph(ln)
    plan = extract_bytes(_saved(d), "hoa-hoi.docx")
    assert [(t.label, t.quarter) for t in plan.tasks] == [("1", 1), ("2", 2), ("3", 4)]


@pytest.mark.parametrize("text", ["Q1", "Q.1", "Quý I - II", "Quý 1, 2", "Quý 5/2026", "Q5/2026"])
def test_t3_no_one_quarter_group(text):
    from extractors.tables import quarter_of_group
    assert quarter_of_group(text) is None   # ("Q1" alone may be Quận 1)


# ------------------------------------------------------- a task table printed with no header row
# (an appendix's table going on, a header set as an image, a plan printing its rows only): the roles
# are read from the cells, as for a scan's unread headings
HEADLESS_HEAD = ("UBND HUYỆN CHƯ SÊ\nPHÒNG NÔNG NGHIỆP VÀ PTNT\nSố: 18/KH-NN\nChư Sê, ngày 6 tháng 3 năm 2025\n"
                 "KẾ HOẠCH\nPhòng, chống bệnh hại cây hồ tiêu năm 2025\nI. MỤC ĐÍCH\n1. Chủ động phòng bệnh.\n"
                 "II. NHIỆM VỤ CỤ THỂ\n")
HEADLESS_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Trạm Trồng trọt theo dõi, báo cáo.\n"
HEADLESS_ROWS = [
    ["1", "Điều tra, dự tính dự báo bệnh chết nhanh, chết chậm trên cây hồ tiêu", "Trạm Trồng trọt và BVTV",
     "UBND các xã, thị trấn", "Quý II/2025"],
    ["2", "Tập huấn quy trình canh tác hồ tiêu bền vững cho nông dân", "Trung tâm Dịch vụ nông nghiệp",
     "Hội Nông dân huyện; Phòng Kinh tế hạ tầng", "Trước ngày 30/9/2025"],
    ["3", "Kiểm tra các cơ sở buôn bán thuốc bảo vệ thực vật trên địa bàn huyện", "Phòng Nông nghiệp và PTNT",
     "Công an huyện", "Tháng 11/2025"],
]
HEADLESS_WANT = [
    (HEADLESS_ROWS[0][1], ["Trạm Trồng trọt và BVTV"], ["UBND các xã, thị trấn"], dt.date(2025, 6, 30), "Quý II/2025"),
    (HEADLESS_ROWS[1][1], ["Trung tâm Dịch vụ nông nghiệp"], ["Hội Nông dân huyện", "Phòng Kinh tế hạ tầng"],
     dt.date(2025, 9, 30), "Trước ngày 30/9/2025"),
    (HEADLESS_ROWS[2][1], ["Phòng Nông nghiệp và PTNT"], ["Công an huyện"], dt.date(2025, 11, 30), "Tháng 11/2025"),
]


def _headless_file(fmt: str, rows: list[list[str]]) -> bytes:
    if fmt == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return ("<html><body>" + _paragraphs(HEADLESS_HEAD) + f"<table border='1'>{cells}</table>"
                + _paragraphs(HEADLESS_TAIL) + "</body></html>").encode()
    if fmt == "docx":
        d = docx.Document()
        for ln in HEADLESS_HEAD.splitlines():
            d.add_paragraph(ln)
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        for ln in HEADLESS_TAIL.strip().splitlines():
            d.add_paragraph(ln)
        return _saved(d)
    # (a pipe table needs a header line: the first row stands in it)
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return (HEADLESS_HEAD + "\n".join(lines) + "\n" + HEADLESS_TAIL).encode()


@pytest.mark.parametrize("fmt", ["html", "docx", "md"])
def test_headless_table_takes_its_doers_and_times_from_the_cells(fmt):
    plan = extract_bytes(_headless_file(fmt, HEADLESS_ROWS), f"chu-se.{fmt}")
    assert [(t.text, t.lead_units, t.support_units, t.deadline, t.timing_text) for t in plan.tasks] == HEADLESS_WANT


def test_headless_table_with_roman_group_rows_and_no_support_column():
    """Group rows numbered in Roman count as the STT column's; a table of one unit column and a time
    column ("UBND phường", "Tháng 3/2026") reads them both."""
    rows = [["I", "Công tác tuyên truyền", "", ""],
            ["1", "Treo băng rôn, khẩu hiệu tại các tuyến phố chính", "Công chức Văn hóa - Xã hội", "Tháng 3/2026"],
            ["2", "Phát thanh lưu động tại các khu dân cư", "Đài Truyền thanh phường", "Quý I/2026"],
            ["II", "Công tác kiểm tra", "", ""],
            ["1", "Kiểm tra trật tự lòng đường, vỉa hè", "Công an phường", "Hằng tháng"]]
    plan = extract_bytes(_headless_file("html", rows), "chu-se.html")
    assert [(t.label, t.text, t.lead_units, t.timing_text) for t in plan.tasks] == [
        ("1", rows[1][1], ["Công chức Văn hóa - Xã hội"], "Tháng 3/2026"),
        ("2", rows[2][1], ["Đài Truyền thanh phường"], "Quý I/2026"),
        ("1", rows[4][1], ["Công an phường"], "Hằng tháng"),
    ]


def test_headless_roles_and_what_is_no_schedule():
    from extractors.tables import headless_schedule, infer_roles

    assert infer_roles(HEADLESS_ROWS) == {"label": 0, "content": 1, "units": 2, "support": 3, "timing": 4}
    assert headless_schedule(HEADLESS_ROWS)
    # a time column alone beside the content is enough ("Tuần 1 tháng 4" is no time: "Tháng 4/2025" is)
    assert headless_schedule([["1", "Rà soát hồ sơ hộ nghèo, hộ cận nghèo năm 2025", "Tháng 4/2025"],
                              ["2", "Bình xét, công nhận hộ thoát nghèo tại các thôn", "Quý IV/2025"]])
    tally = [["1", "Thôn Phú Mỹ", "215", "1.016", "98%"], ["2", "Thôn An Lạc", "187", "842", "97%"],
             ["3", "Thôn Tân Hòa", "240", "1.105", "99%"]]
    people = [["1", "Nguyễn Văn An", "Trưởng thôn", "0905 123 456"],
              ["2", "Lê Thị Bích Ngọc", "Chi hội trưởng", "0914 222 333"]]
    unnumbered = [[r[1], r[2], r[4]] for r in HEADLESS_ROWS]
    assert not any(headless_schedule(rows) for rows in (tally, people, unnumbered, HEADLESS_ROWS[:1]))


# ------------------------------------------------ mend12: a committee's members list is no schedule
MEND12_STEERING = [["1", "Nguyễn Văn An", "Chủ tịch UBND xã", "Trưởng ban"],
                   ["2", "Lê Thị Hoa", "Phó Chủ tịch UBND xã", "Phó Trưởng ban thường trực"],
                   ["3", "Trần Văn Bình", "Trưởng Công an xã", "Thành viên"],
                   ["4", "Phạm Thị Lan", "Trưởng Trạm Y tế xã", "Thành viên"]]
MEND12_TASK_FORCE = [["1", "Đ/c Lò Văn Pấng", "Phó Trưởng Công an thị trấn", "Tổ trưởng"],
                     ["2", "Đ/c Hà Thị Xuân", "Công chức Tư pháp - Hộ tịch", "Tổ phó"],
                     ["3", "Đ/c Vi Văn Thắng", "Chỉ huy trưởng Ban CHQS thị trấn", "Tổ viên"]]
MEND12_COUNCIL = [["1", "Ông ĐINH QUANG HẢI", "Hiệu trưởng Trường THCS Hòa Bình", "Chủ tịch Hội đồng"],
                  ["2", "Bà Mai Thị Thu Trang", "Phó Hiệu trưởng", "Phó Chủ tịch Hội đồng"],
                  ["3", "Ông Quách Văn Lực", "Tổ trưởng tổ Toán - Tin", "Ủy viên - Thư ký"]]
# the same lists printed with no names: the posts beside the places in the committee
MEND12_POSTS_ONLY = [["1", "Phó Chủ tịch UBND phường", "Trưởng ban"],
                     ["2", "Trưởng Công an phường", "Phó Trưởng ban"],
                     ["3", "Bí thư Đoàn phường", "Ủy viên"]]


def test_mend12_member_lists_are_no_schedule():
    from extractors.tables import headless_schedule, lists_members, infer_roles

    for rows in (MEND12_STEERING, MEND12_TASK_FORCE, MEND12_COUNCIL, MEND12_POSTS_ONLY):
        assert not headless_schedule(rows), rows
        assert lists_members(rows, infer_roles(rows)), rows
    # a Ban Chỉ đạo's own schedule gives its work to "Trưởng ban", "Thành viên BCĐ": still a schedule
    own = [["1", "Xây dựng kế hoạch hoạt động của Ban Chỉ đạo năm 2025", "Phó Trưởng ban thường trực", "Tháng 1/2025"],
           ["2", "Kiểm tra việc triển khai tại các thôn, bản", "Thành viên BCĐ", "Quý II/2025"],
           ["3", "Sơ kết 6 tháng, báo cáo Ban Chỉ đạo huyện", "Trưởng ban", "Tháng 7/2025"]]
    assert headless_schedule(own) and not lists_members(own, infer_roles(own))
    assert headless_schedule(HEADLESS_ROWS) and not lists_members(HEADLESS_ROWS, infer_roles(HEADLESS_ROWS))


@pytest.mark.parametrize("fmt", ["html", "docx"])
@pytest.mark.parametrize("rows", [MEND12_STEERING, MEND12_TASK_FORCE, MEND12_COUNCIL, MEND12_POSTS_ONLY],
                         ids=["ban-chi-dao", "to-cong-tac", "hoi-dong", "posts-only"])
def test_mend12_member_table_with_no_header_gives_no_tasks(fmt, rows):
    plan = extract_bytes(_headless_file(fmt, rows), f"chu-se.{fmt}")
    cells = {c for r in rows for c in r[1:]}
    assert not any(t.text in cells or set(t.lead_units) & cells for t in plan.tasks)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_mend12_steering_committee_schedule_with_no_header_still_read(fmt):
    rows = [["1", "Xây dựng kế hoạch hoạt động của Ban Chỉ đạo năm 2025", "Phó Trưởng ban thường trực", "Tháng 1/2025"],
            ["2", "Kiểm tra việc triển khai tại các thôn, bản", "Công an xã", "Quý II/2025"]]
    plan = extract_bytes(_headless_file(fmt, rows), f"chu-se.{fmt}")
    assert [(t.text, t.timing_text) for t in plan.tasks] == [(r[1], r[3]) for r in rows]


def test_mend12_infer_roles_of_rows_without_cells():
    from extractors.tables import headless_schedule, infer_roles

    assert infer_roles([[], []]) == {}
    assert not headless_schedule([[], []])
    assert not headless_schedule([[], ["1", "Tuyên truyền", "Công an xã"]])


# A timing cell that names no quarter of its own ("Trong quý", "Cả quý") under a quarter's group row
# is due at that quarter's end; a recurring or dated cell keeps its own timing.
RT1_PARTY_HEAD = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố 09-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                  "Gia Viễn, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\ncông tác kiểm tra, giám sát năm 2026\n"
                  "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng.\nII. NỘI DUNG\n")
RT1_SCHOOL_HEAD = ("PHÒNG VĂN HÓA - XÃ HỘI XÃ KIM SƠN\nTRƯỜNG THCS KIM SƠN\nSố: 21/KH-THCS\n"
                   "Kim Sơn, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nHoạt động ngoài giờ lên lớp năm 2025\n"
                   "I. MỤC ĐÍCH\n1. Giáo dục kỹ năng.\nII. NỘI DUNG\n")


def _rt1_grouped(head: str, groups: list[tuple[str, list[str]]], name: str) -> list[tuple]:
    rows, n = "", 0
    for group, cells in groups:
        rows += f"| {group} | | | |\n"
        for c in cells:
            n += 1
            rows += f"| {n} | Công việc số {n} của Kế hoạch | Văn phòng | {c} |\n"
    text = head + "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n" + rows + TAIL
    plan = extract_bytes(text.encode(), name)
    return [(t.quarter, t.deadline) for t in plan.tasks]


@pytest.mark.parametrize("cell", ["Trong quý", "Cả quý", "trong quý này", "Hoàn thành trong quý", "Suốt quý", "Cuối quý"])
def test_rt1_this_quarter_cell_is_due_at_its_group_quarter_end(cell):
    got = _rt1_grouped(RT1_PARTY_HEAD, [("QUÝ I", ["Tháng 02/2026"]), ("QUÝ III", [cell])], "gia-vien.md")
    assert got == [(1, dt.date(2026, 2, 28)), (3, dt.date(2026, 9, 30))]


def test_rt1_this_quarter_cell_keeps_a_recurring_or_dated_row_as_it_is():
    got = _rt1_grouped(RT1_SCHOOL_HEAD, [("Quý IV", ["Thường xuyên", "Trước ngày 20/11/2025", "Trong quý"])],
                       "kim-son.md")
    assert got == [(4, None), (4, dt.date(2025, 11, 20)), (4, dt.date(2025, 12, 31))]


def test_rt1_this_quarter_cell_outside_a_quarter_group_says_no_date():
    text = (RT1_PARTY_HEAD + "| STT | Nội dung công việc | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra chi bộ thôn Đông | Ủy ban Kiểm tra Đảng ủy | Trong quý |\n"
            "| 2 | Giám sát chi bộ thôn Tây | Ủy ban Kiểm tra Đảng ủy | Tháng 5/2026 |\n" + TAIL)
    plan = extract_bytes(text.encode(), "gia-vien.md")
    assert [(t.quarter, t.deadline) for t in plan.tasks] == [(None, None), (None, dt.date(2026, 5, 31))]


# A schedule of classes or events names each row by what is held ("Tên lớp", "Tên hội nghị"): with a
# column of who holds it or when, its rows are tasks; a school's list of classes is not.
RT1_SNV_HEAD = ("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 88/KH-SNV\nLạng Sơn, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\n"
                "Bồi dưỡng cán bộ, công chức năm 2026\nI. MỤC ĐÍCH\n1. Nâng cao năng lực.\nII. NỘI DUNG\n")


@pytest.mark.parametrize("name_col, units_col, timing_col", [
    ("Tên lớp", "Đơn vị chủ trì", "Thời gian tổ chức"),
    ("Tên lớp bồi dưỡng", "Cơ quan thực hiện", "Thời gian"),
    ("Tên khóa học", "Đơn vị tổ chức thực hiện", "Thời gian"),
    ("Tên hội nghị", "Cơ quan chủ trì", "Thời gian dự kiến"),
    ("Tên hội thi", "Đơn vị thực hiện", "Thời gian"),
])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_rt1_class_or_event_schedule_rows_are_tasks(name_col, units_col, timing_col, fmt):
    rows = [("1", "Bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã", "Công chức cấp xã", "Phòng Công chức, viên chức", "Quý II/2026"),
            ("2", "Bồi dưỡng kỹ năng chuyển đổi số", "Công chức Văn phòng HĐND và UBND xã", "Trường Chính trị tỉnh", "Tháng 9/2026")]
    head = ["STT", name_col, "Đối tượng", units_col, timing_col]
    if fmt == "md":
        table = "| " + " | ".join(head) + " |\n|---|---|---|---|---|\n" + "".join("| " + " | ".join(r) + " |\n" for r in rows)
        data = (RT1_SNV_HEAD + table + TAIL).encode()
    else:
        cells = lambda r, tag: "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>"
        data = ("<html><body>" + _paragraphs(RT1_SNV_HEAD) + "<table>" + cells(head, "th")
                + "".join(cells(r, "td") for r in rows) + "</table>" + _paragraphs(TAIL) + "</body></html>").encode()
    plan = extract_bytes(data, f"lang-son.{fmt}")
    assert [(t.text, t.lead_units, t.deadline) for t in plan.tasks] == [
        (rows[0][1], [rows[0][3]], dt.date(2026, 6, 30)), (rows[1][1], [rows[1][3]], dt.date(2026, 9, 30))]


def test_rt1_a_school_s_list_of_classes_is_no_schedule():
    text = (RT1_SCHOOL_HEAD + "| STT | Tên lớp | Sĩ số | Giáo viên chủ nhiệm |\n|---|---|---|---|\n"
            "| 1 | 6A | 35 | Nguyễn Thị Lan |\n| 2 | 6B | 34 | Trần Văn Hải |\n| 3 | 7A | 36 | Lê Thị Mai |\n" + TAIL)
    plan = extract_bytes(text.encode(), "kim-son.md")
    assert not any(t.text in ("6A", "6B", "7A") for t in plan.tasks)


# A cost estimate heads its content column with its expenses ("Nội dung chi", "Khoản chi"): its rows
# are no work even beside a "Kinh phí" column alone; "Nội dung chỉ đạo", "Nội dung chi tiết" are work.
@pytest.mark.parametrize("header, no_work", [
    (["STT", "Nội dung chi", "Số lớp", "Kinh phí (triệu đồng)"], True),
    (["TT", "Khoản chi", "Số lượng", "Kinh phí"], True),
    (["STT", "Hạng mục chi", "Dự toán (đồng)"], True),
    (["STT", "Nội dung chi", "Đơn vị thực hiện", "Thời gian", "Kinh phí"], False),
    (["STT", "Nội dung chỉ đạo", "Cơ quan chủ trì", "Thời gian"], False),
    (["STT", "Nội dung chi tiết", "Đơn vị thực hiện", "Kinh phí"], False),
    (["STT", "Nội dung chỉ tiêu", "Đơn vị chủ trì", "Năm 2026"], False),
])
def test_rt1_expense_column_makes_an_estimate(header, no_work):
    from extractors.tables import lists_no_work
    assert lists_no_work(header) is no_work


def test_rt1_estimate_appendix_gives_no_tasks():
    text = (RT1_SNV_HEAD + "1. Tổ chức 02 lớp bồi dưỡng cho công chức cấp xã; hoàn thành trong quý II/2026.\n"
            "III. KINH PHÍ\nDự toán tại Phụ lục.\n" + TAIL.lstrip("\n") + "PHỤ LỤC\nDỰ TOÁN KINH PHÍ\n"
            "| STT | Nội dung chi | Số lớp | Kinh phí (triệu đồng) |\n|---|---|---|---|\n"
            "| 1 | Bồi dưỡng kiến thức quản lý nhà nước | 4 | 420 |\n| 2 | Bồi dưỡng nghiệp vụ một cửa | 6 | 380 |\n"
            "| | Tổng cộng | 10 | 800 |\n")
    plan = extract_bytes(text.encode(), "lang-son.md")
    assert [t.text for t in plan.tasks] == ["Tổ chức 02 lớp bồi dưỡng cho công chức cấp xã; hoàn thành trong quý II/2026."]


# ---- a flattened table's row: its STT, then a content opening with a capital (VI_UPPER: plain, Đ, or
# accented) starts a row; one in small letters ("138 ấp, khu phố") is a wrapped content line
from extractors.tables import FLAT_ROW_START  # noqa: E402


@pytest.mark.parametrize("line, label, rest", [
    ("4 Tổ chức hội nghị", "4", "Tổ chức hội nghị"), ("5 Đẩy mạnh tuyên truyền", "5", "Đẩy mạnh tuyên truyền"),
    ("6 Ấp Tân Lập ra quân", "6", "Ấp Tân Lập ra quân"), ("7 Ưu tiên hộ nghèo", "7", "Ưu tiên hộ nghèo"),
    ("1.2 Ơn nghĩa", "1.2", "Ơn nghĩa"), ("3.", "3", ""),
])
def test_t4caps_a_flat_row_opens_with_a_capital(line, label, rest):
    m = FLAT_ROW_START.match(line)
    assert (m.group(1), m["rest"]) == (label, rest)


@pytest.mark.parametrize("line", ["138 ấp, khu phố", "12 ủy viên", "20 ổ dịch", "5 đơn vị", "3 ưu tiên"])
def test_t4caps_a_number_before_a_small_letter_opens_no_row(line):
    assert not FLAT_ROW_START.match(line)["rest"][:1].isupper()


@pytest.mark.parametrize("form", ["NFD", "NFC"])
def test_awkward_a_grid_table_in_decomposed_text_is_cut_at_display_columns(form):
    """awkward inputs (h2): pandoc counts a grid table's columns in display columns, where a
    combining mark takes none; a Mac's file gives the text in NFD, so a row's "|"s stand further
    along the string than the rule's "+"s. The row is cut where the columns are on screen."""
    import unicodedata

    rows = [["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
            ["1", "Rà soát, thống kê diện tích, sản lượng sầu riêng của các hộ tại 12 thôn, buôn",
             "Công chức Địa chính - Nông nghiệp", "Trưởng các thôn, buôn", "Trước ngày 30/4/2025"],
            ["2", "Tập huấn kỹ thuật chăm sóc, phòng trừ sâu bệnh hại sầu riêng", "Hội Nông dân xã",
             "Trung tâm Dịch vụ nông nghiệp huyện", "Tháng 6/2025"],
            ["3", "Tổng kết, báo cáo kết quả thực hiện Kế hoạch", "Công chức Địa chính - Nông nghiệp",
             "Các thôn, buôn", "Trước ngày 15/12/2025"]]
    text = unicodedata.normalize(form, HEAD + _grid(rows, [4, 24, 16, 16, 12]) + TAIL)
    plan = extract_bytes(text.encode(), "ea-tieu.md")
    assert [(t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        (["Công chức Địa chính - Nông nghiệp"], ["Trưởng các thôn, buôn"], "Trước ngày 30/4/2025"),
        (["Hội Nông dân xã"], ["Trung tâm Dịch vụ nông nghiệp huyện"], "Tháng 6/2025"),
        (["Công chức Địa chính - Nông nghiệp"], ["Các thôn, buôn"], "Trước ngày 15/12/2025")]


# ---- red team D: a cost appendix names its sums by "Kinh phí" / "Dự toán" beside a bare "Nội dung"
# column, with no one who acts and no time: its rows are expenses. A work word over the content
# ("Nhiệm vụ", "Hoạt động"), or a column of who acts or when, keeps the table a schedule.
@pytest.mark.parametrize("header, no_work", [
    (["STT", "Nội dung", "Kinh phí (triệu đồng)", "Nguồn kinh phí"], True),
    (["TT", "Nội dung", "Dự toán (đồng)", "Ghi chú"], True),
    (["STT", "Nội dung", "Tổng kinh phí", "Ngân sách tỉnh", "Ngân sách huyện"], True),
    (["STT", "Nội dung", "Kinh phí thực hiện (nghìn đồng)"], True),
    (["STT", "Nhiệm vụ", "Kinh phí (triệu đồng)"], False),
    (["STT", "Hoạt động", "Dự toán kinh phí"], False),
    (["STT", "Nội dung", "Đơn vị thực hiện", "Kinh phí (triệu đồng)"], False),
    (["STT", "Nội dung", "Thời gian", "Kinh phí"], False),
    (["STT", "Nội dung", "Cơ quan chủ trì", "Kinh phí thực hiện"], False),
])
def test_rtd_cost_column_beside_bare_content_makes_an_estimate(header, no_work):
    from extractors.tables import lists_no_work
    assert lists_no_work(header) is no_work


def test_rtd_cost_appendix_after_a_task_appendix_gives_no_tasks():
    text = (RT1_SNV_HEAD + "1. Tổ chức 02 lớp bồi dưỡng cho công chức cấp xã; hoàn thành trong quý II/2026.\n"
            + TAIL.lstrip("\n") + "Phụ lục I\nCÁC HOẠT ĐỘNG THEO THÁNG\n"
            "| STT | Nội dung hoạt động | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| THÁNG 3 | | | |\n| 1 | Mở lớp bồi dưỡng nghiệp vụ một cửa | Phòng Công chức | Tháng 3/2026 |\n"
            "Phụ lục II\nDỰ TOÁN KINH PHÍ\n"
            "| STT | Nội dung | Kinh phí (triệu đồng) | Nguồn kinh phí |\n|---|---|---|---|\n"
            "| 1 | Bồi dưỡng nghiệp vụ một cửa | 380 | Ngân sách tỉnh |\n| 2 | In tài liệu | 25 | Ngân sách tỉnh |\n"
            "| | Tổng cộng | 405 | |\n")
    plan = extract_bytes(text.encode(), "lang-son.md")
    assert [t.text for t in plan.tasks] == ["Tổ chức 02 lớp bồi dưỡng cho công chức cấp xã; hoàn thành trong quý II/2026.",
                                            "Mở lớp bồi dưỡng nghiệp vụ một cửa"]


# ---------------------------------------------------------------- h5: web tables one cell a line
# A web page's task table copied as text puts each cell on a paragraph of its own, the STT alone
# first; the cells are then read by the header's column order, a row that does not fit (a cell left
# empty, a cell of several lines) as any flattened row.
def _h5_rows(text: str) -> list[tuple]:
    plan = extract_bytes(text.encode(), "h5-web.txt")
    return [(t.label, t.text, t.lead_units, t.support_units, t.deadline, t.timing_text) for t in plan.tasks]


def _h5_cells(header: list[str], rows: list[list[str]], title: str = "") -> str:
    out = [title] if title else []
    out += header
    for k, cells in enumerate(rows, 1):
        out += [f"{k}."] + cells
    return "\n\n".join(out) + "\n"


def test_h5_web_table_cells_by_column_order_without_plan_heading():
    text = _h5_cells(["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan tham gia", "Thời hạn"], [
        ["Rà soát danh sách cử tri các khu phố", "Công an phường", "Tổ dân phố", "Trước ngày 10/4/2026"],
        ["Niêm yết danh sách cử tri", "UBND phường", "Mặt trận Tổ quốc phường", "Trước ngày 15/4/2026"],
        ["Tập huấn tổ bầu cử", "Phòng Nội vụ", "Văn phòng HĐND và UBND", "Trước ngày 05/5/2026"],
    ])
    assert _h5_rows(text) == [
        ("1", "Rà soát danh sách cử tri các khu phố", ["Công an phường"], ["Tổ dân phố"], dt.date(2026, 4, 10),
         "Trước ngày 10/4/2026"),
        ("2", "Niêm yết danh sách cử tri", ["UBND phường"], ["Mặt trận Tổ quốc phường"], dt.date(2026, 4, 15),
         "Trước ngày 15/4/2026"),
        ("3", "Tập huấn tổ bầu cử", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND"], dt.date(2026, 5, 5),
         "Trước ngày 05/5/2026")]


def test_h5_web_table_units_after_the_time_column():
    # "Nội dung | Thời gian | Thực hiện": the bullets of a content cell stay the content
    text = ("KẾ HOẠCH\nTổ chức Hội thi tin học trẻ huyện Mường Khương năm 2026\n\n"
            + _h5_cells(["TT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"], [
                ["Ban hành thể lệ Hội thi", "Tháng 02/2026", "Phòng Giáo dục và Đào tạo"],
                ["- Thành lập Ban Giám khảo", "- Ra đề thi vòng huyện", "Tháng 3/2026", "Huyện đoàn"],
                ["Tổ chức thi vòng huyện", "Tháng 4/2026", "Trung tâm Văn hóa, Thể thao và Truyền thông"],
                ["Tổng kết, trao giải", "Tháng 5/2026", "Phòng Giáo dục và Đào tạo"],
            ]))
    rows = _h5_rows(text)
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("Ban hành thể lệ Hội thi", ["Phòng Giáo dục và Đào tạo"], dt.date(2026, 2, 28)),
        ("Thành lập Ban Giám khảo; Ra đề thi vòng huyện", ["Huyện đoàn"], dt.date(2026, 3, 31)),
        ("Tổ chức thi vòng huyện", ["Trung tâm Văn hóa, Thể thao và Truyền thông"], dt.date(2026, 4, 30)),
        ("Tổng kết, trao giải", ["Phòng Giáo dục và Đào tạo"], dt.date(2026, 5, 31))]


def test_h5_web_table_row_with_empty_cell_is_not_read_by_position():
    # row 2's content takes two lines and its units cell is empty: as many lines as columns, shifted
    text = _h5_cells(["STT", "Nội dung công việc chủ yếu của công tác bầu cử", "Cơ quan thực hiện",
                      "Ngày chậm nhất phải hoàn thành"], [
        ["Thành lập Ủy ban bầu cử ở xã", "UBND xã", "Chậm nhất ngày 17/02/2026"],
        ["Công bố danh sách đơn vị bầu cử", "Niêm yết tại trụ sở UBND xã và nhà văn hóa các thôn.",
         "Chậm nhất ngày 27/02/2026"],
        ["Thành lập tổ bầu cử", "Ủy ban bầu cử xã", "Chậm nhất ngày 03/4/2026"],
    ], title="Kế hoạch triển khai công tác bầu cử xã Tân Lập")
    rows = _h5_rows(text)
    assert [(r[1][:31], r[2], r[4]) for r in rows] == [
        ("Thành lập Ủy ban bầu cử ở xã", ["UBND xã"], dt.date(2026, 2, 17)),
        ("Công bố danh sách đơn vị bầu cử", [], dt.date(2026, 2, 27)),
        ("Thành lập tổ bầu cử", ["Ủy ban bầu cử xã"], dt.date(2026, 4, 3))]
    assert rows[1][1].endswith("nhà văn hóa các thôn.")


@pytest.mark.parametrize("header, support", [
    (["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị tham gia", "Thời gian"], 3),
    (["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan tham gia"], 3),
    (["STT", "Hoạt động", "Thành phần tham gia", "Thời gian"], None),
    (["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp"], 3),
])
def test_h5_taking_part_column_is_support(header, support):
    from extractors.tables import column_roles
    assert column_roles(header).get("support") == support


@pytest.mark.parametrize("cells, by_position", [
    (["Họp Ban Chỉ đạo", "Văn phòng", "Tháng 3/2026"], True),
    (["Họp Ban Chỉ đạo", "Văn phòng", "Thường xuyên"], True),
    (["Họp Ban Chỉ đạo", "Mời đại biểu các thôn dự.", "Văn phòng"], False),
])
def test_h5_positional_row_needs_a_time_in_the_time_column(cells, by_position):
    from extractors.tables import fits_columns
    from pipeline.document import Line
    lines = [Line(index=k, text=c, start=0, end=len(c)) for k, c in enumerate(cells)]
    assert fits_columns({"label": 0, "content": 1, "units": 2, "timing": 3}, lines) is by_position


def test_h5_schedule_table_alone_makes_a_plan_but_a_list_does_not():
    from extractors.tables import TableRow, TaskTable, schedules_work
    rows = [TableRow(label="1", content="a"), TableRow(label="2", content="b")]
    assert schedules_work(TaskTable(lines=[], header=["TT", "Nội dung", "Thời gian thực hiện"], rows=rows))
    assert schedules_work(TaskTable(lines=[], header=["STT", "Công việc", "Bộ phận thực hiện"], rows=rows))
    assert not schedules_work(TaskTable(lines=[], header=["STT", "Họ và tên", "Chức vụ"], rows=rows))
    assert not schedules_work(TaskTable(lines=[], header=["TT", "Nội dung", "Thời gian"], rows=rows[:1]))


def test_h5_web_table_without_a_unit_column_keeps_bullets_in_the_content():
    text = _h5_cells(["TT", "Nội dung công việc", "Thời hạn hoàn thành"], [
        ["Kiện toàn Ban Chỉ đạo xã", "Trước ngày 15/3/2026"],
        ["Lập danh sách hộ cần hỗ trợ", "+ Thôn Khuổi Khon rà soát trước", "Trước ngày 30/3/2026"],
        ["Tổng hợp, báo cáo huyện", "Trước ngày 10/4/2026"],
    ], title="Kế hoạch hỗ trợ nhà ở cho hộ nghèo xã Nậm Xe")
    rows = _h5_rows(text)
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("Kiện toàn Ban Chỉ đạo xã", [], dt.date(2026, 3, 15)),
        ("Lập danh sách hộ cần hỗ trợ; Thôn Khuổi Khon rà soát trước", [], dt.date(2026, 3, 30)),
        ("Tổng hợp, báo cáo huyện", [], dt.date(2026, 4, 10))]


# ---------------------------------------------------------------- h9: a column of those taking part
# "Đơn vị tham gia" is the support only beside a column of who leads; alone it names who does it.
@pytest.mark.parametrize("header, roles", [
    (["TT", "Nội dung", "Đơn vị tham gia", "Thời gian"], {"units": 2}),
    (["TT", "Nội dung", "Đơn vị tham gia thực hiện", "Thời gian"], {"units": 2}),
    (["TT", "Nội dung công việc", "Cơ quan tham gia", "Thời gian hoàn thành"], {"units": 2}),
    (["STT", "Hoạt động", "Bộ phận tham gia tổ chức", "Thời gian"], {"units": 2}),
    (["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị tham gia", "Thời gian"], {"units": 2, "support": 3}),
    (["TT", "Nhiệm vụ", "Cơ quan tham gia", "Cơ quan chủ trì"], {"units": 3, "support": 2}),
    (["TT", "Nội dung", "Đơn vị tham gia", "Đơn vị phối hợp"], {"units": 2, "support": 3}),
])
def test_h9_taking_part_column_alone_is_the_units(header, roles):
    from extractors.tables import column_roles
    got = column_roles(header)
    assert {k: got.get(k) for k in ("units", "support") if got.get(k) is not None} == roles


def test_h9_pipe_table_with_a_lone_taking_part_column_leads():
    text = ("ỦY BAN NHÂN DÂN\nXÃ TAM HIỆP\nSố: 18/KH-UBND\nTam Hiệp, ngày 02 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nRa quân vệ sinh môi trường năm 2025\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NỘI DUNG\n"
            "| TT | Nội dung | Đơn vị tham gia thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Ra quân tổng vệ sinh môi trường | Đoàn Thanh niên xã | Tháng 3/2025 |\n"
            "| 2 | Trồng cây xanh tại các tuyến đường | Hội Nông dân xã | Tháng 4/2025 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND xã tham mưu.\n")
    rows = _h5_rows(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Ra quân tổng vệ sinh môi trường", ["Đoàn Thanh niên xã"], []),
        ("Trồng cây xanh tại các tuyến đường", ["Hội Nông dân xã"], [])]


# A web table copied one cell a line is read by position only when its unit cells name units: a
# row whose content took two lines while its support cell was left empty is as long, shifted.
@pytest.mark.parametrize("cells, by_position", [
    (["Tổ chức hội nghị triển khai kế hoạch", "Hình thức trực tuyến đến các xã", "Trung tâm Y tế huyện",
      "Tháng 5/2025"], False),
    (["Tuyên truyền phòng chống dịch bệnh", "Trung tâm Y tế huyện", "UBND các xã", "Tháng 3/2025"], True),
    (["Diễn tập chữa cháy", "Công an xã", "Lồng ghép với buổi sinh hoạt", "Quý III/2026"], False),
    (["Kiểm tra bếp ăn tập thể", "Đ/c Lò Văn Sáng", "Các trường học", "Trước ngày 15/9/2026"], True),
])
def test_h9_positional_row_needs_units_in_the_unit_columns(cells, by_position):
    from extractors.tables import fits_columns
    from pipeline.document import Line
    lines = [Line(index=k, text=c, start=0, end=len(c)) for k, c in enumerate(cells)]
    roles = {"label": 0, "content": 1, "units": 2, "support": 3, "timing": 4}
    assert fits_columns(roles, lines) is by_position


def test_h9_shifted_web_table_row_keeps_its_lead():
    text = _h5_cells(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], [
        ["Tuyên truyền phòng chống dịch bệnh", "Trung tâm Y tế huyện", "UBND các xã", "Tháng 3/2025"],
        ["Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "Phòng Y tế", "Công an huyện", "Quý II/2025"],
        ["Tổ chức hội nghị triển khai kế hoạch", "Hình thức trực tuyến đến các xã", "Trung tâm Y tế huyện",
         "Tháng 5/2025"],
        ["Tổng kết, đánh giá kết quả thực hiện", "Phòng Y tế", "Các xã", "Tháng 12/2025"],
    ], title="II. NỘI DUNG THỰC HIỆN")
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐIỆN BIÊN\nSố: 52/KH-UBND\nĐiện Biên, ngày 20 tháng 2 năm 2025\n"
            "KẾ HOẠCH\nPhòng chống dịch bệnh năm 2025\n\nI. MỤC ĐÍCH\n\n1. Nâng cao nhận thức.\n\n" + text
            + "\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Y tế chủ trì tham mưu.\n")
    rows = _h5_rows(text)
    assert [(r[2], r[3]) for r in rows] == [
        (["Trung tâm Y tế huyện"], ["UBND các xã"]), (["Phòng Y tế"], ["Công an huyện"]),
        (["Trung tâm Y tế huyện"], []), (["Phòng Y tế"], ["Các xã"])]
    assert rows[2][1] == "Tổ chức hội nghị triển khai kế hoạch Hình thức trực tuyến đến các xã"


@pytest.mark.parametrize("header, support", [
    (["STT Nội dung Đơn vị tham gia thực hiện Thời gian"], False),
    (["TT", "Nội dung", "Cơ quan tham gia", "Thời hạn"], False),
    (["STT Nội dung Đơn vị chủ trì Đơn vị tham gia Thời gian"], True),
    (["TT", "Công việc", "Bộ phận thực hiện", "Bộ phận tham gia"], True),
    (["TT", "Nội dung", "Đơn vị phối hợp", "Thời gian"], True),
])
def test_h9_a_flat_header_names_support_beside_a_lead(header, support):
    from extractors.tables import names_support
    assert names_support(header) is support


# v26h4: task tables as converters flatten them: a cell a line (LibreOffice's text export of a Word
# table), the STT alone on its line, group rows between the rows, an extra column after the timing.
def _v26h4_plan(header: list[str], rows: list[list[str]], issuer: str = "HUYỆN MƯỜNG KHƯƠNG") -> str:
    body = "\n".join(header) + "\n" + "\n".join("\n".join(r) for r in rows) + "\n"
    return (f"ỦY BAN NHÂN DÂN\n{issuer}\nSố: 41/KH-UBND\nMường Khương, ngày 12 tháng 3 năm 2026\n"
            "KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thực hiện đồng bộ, hiệu quả các nhiệm vụ được giao.\n"
            "II. NHIỆM VỤ CỤ THỂ\n" + body +
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện.\n")


def test_v26h4_cell_a_line_table_long_content_then_units_and_timing():
    rows = _h5_rows(_v26h4_plan(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], [
        ["1", "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo phát sinh trong năm trên địa bàn các xã vùng cao biên giới",
         "Phòng Nông nghiệp và Môi trường", "UBND các xã", "Quý II/2026"],
        ["2", "Tổ chức tập huấn nâng cao năng lực cho đội ngũ cán bộ làm công tác giảm nghèo cấp xã và trưởng thôn, bản",
         "Phòng Nội vụ", "Trung tâm Chính trị huyện", "Tháng 5/2026"],
        ["3", "Kiểm tra, giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại các xã Pha Long, Tả Ngải Chồ",
         "Ủy ban MTTQ Việt Nam huyện", "Phòng Tài chính - Kế hoạch", "Trước ngày 30/10/2026"],
    ]))
    assert [(r[0], r[2], r[3], r[5]) for r in rows] == [
        ("1", ["Phòng Nông nghiệp và Môi trường"], ["UBND các xã"], "Quý II/2026"),
        ("2", ["Phòng Nội vụ"], ["Trung tâm Chính trị huyện"], "Tháng 5/2026"),
        ("3", ["Ủy ban MTTQ Việt Nam huyện"], ["Phòng Tài chính - Kế hoạch"], "Trước ngày 30/10/2026")]
    assert rows[2][1].endswith("Pha Long, Tả Ngải Chồ")


def test_v26h4_cell_a_line_result_column_after_timing_is_dropped():
    # (row 2 prints its lead and support on one line: the rows do not all fit the columns, so the
    # lines are read by what they say, and the result's cell after the timing belongs to no field)
    rows = _h5_rows(_v26h4_plan(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                                 "Kết quả/sản phẩm"], [
        ["1", "Xây dựng quy chế phối hợp quản lý cụm công nghiệp", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Phòng Tài chính - Kế hoạch", "Quý I/2026", "Quyết định ban hành quy chế"],
        ["2", "Quy hoạch chi tiết khu tái định cư thị trấn", "Ban Quản lý dự án huyện", "Trước 30/9/2026",
         "Quy hoạch được phê duyệt"],
        ["3", "Tổng kết, đánh giá kết quả thực hiện năm 2026", "Văn phòng HĐND và UBND huyện", "Các phòng, ban",
         "Tháng 12/2026", "Báo cáo tổng kết"],
    ]))
    assert [(r[0], r[1], r[5]) for r in rows] == [
        ("1", "Xây dựng quy chế phối hợp quản lý cụm công nghiệp", "Quý I/2026"),
        ("2", "Quy hoạch chi tiết khu tái định cư thị trấn", "Trước 30/9/2026"),
        ("3", "Tổng kết, đánh giá kết quả thực hiện năm 2026", "Tháng 12/2026")]


@pytest.mark.parametrize("text, timing", [
    ("Quý II/2026", True), ("QUÝ IV", True), ("Tháng 10/2026", True), ("T9/2026", True), ("Q.III/2026", True),
    ("Khi có ổ dịch", True), ("Sau khi có văn bản hướng dẫn", True), ("Trong vòng 30 ngày", True),
    ("Quyết định phê duyệt đề án", False), ("Quy hoạch sử dụng đất", False), ("Quy chế phối hợp", False),
    ("Tháng hành động vì an toàn thực phẩm", False), ("Phòng Văn hóa và Thông tin", False),
])
def test_v26h4_timing_cell_by_its_opening(text, timing):
    from extractors.tables import timing_cell
    assert timing_cell(text) is timing


def test_v26h4_cell_a_line_group_numeral_alone_then_title():
    rows = _h5_rows(_v26h4_plan(["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], [
        ["I", "Công tác tuyên truyền"],
        ["1", "Tuyên truyền trên hệ thống loa truyền thanh các thôn về phòng, chống ma túy", "Công an huyện",
         "Hằng tháng"],
        ["II", "Kiểm tra, xử lý vi phạm"],
        ["2", "Kiểm tra các cơ sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự", "Công an huyện", "Quý III/2026"],
    ]))
    assert [(r[0], r[1], r[5]) for r in rows] == [
        ("1", "Tuyên truyền trên hệ thống loa truyền thanh các thôn về phòng, chống ma túy", "Hằng tháng"),
        ("2", "Kiểm tra các cơ sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự", "Quý III/2026")]


def test_v26h4_cell_a_line_occasion_timing_after_units():
    rows = _h5_rows(_v26h4_plan(["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], [
        ["1", "Phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết", "Trạm Y tế xã", "Trưởng các thôn",
         "Khi có ổ dịch"],
        ["2", "Khắc phục hậu quả sau mưa lũ, vệ sinh môi trường khu dân cư", "Ban Chỉ huy Quân sự xã",
         "Đoàn Thanh niên xã", "Sau mỗi đợt thiên tai"],
        ["3", "Tổng hợp báo cáo kết quả về Trung tâm Y tế huyện", "Trạm Y tế xã", "Các thôn", "Hằng quý"],
    ], issuer="XÃ BẢN LẦU"))
    assert [(r[3], r[5]) for r in rows] == [
        (["Trưởng các thôn"], "Khi có ổ dịch"), (["Đoàn Thanh niên xã"], "Sau mỗi đợt thiên tai"),
        (["Các thôn"], "Hằng quý")]


@pytest.mark.parametrize("header, rows, want", [
    (["STT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Thời gian", "Đơn vị thực hiện"], [
        ["1", "Chi bộ Trường Tiểu học Bản Lầu", "Việc thực hiện nghị quyết chi bộ năm 2025", "Quý II", "Đoàn kiểm tra số 1"],
        ["2", "Đảng ủy xã Lùng Vai", "Việc lãnh đạo công tác phát triển đảng viên", "Tháng 8", "Đoàn kiểm tra số 2"],
        ["3", "Chi bộ Trạm Y tế xã", "Việc thu, nộp đảng phí năm 2025", "Quý IV", "Ủy ban Kiểm tra"]],
     [("Chi bộ Trường Tiểu học Bản Lầu: Việc thực hiện nghị quyết chi bộ năm 2025", ["Đoàn kiểm tra số 1"], "Quý II"),
      ("Đảng ủy xã Lùng Vai: Việc lãnh đạo công tác phát triển đảng viên", ["Đoàn kiểm tra số 2"], "Tháng 8"),
      ("Chi bộ Trạm Y tế xã: Việc thu, nộp đảng phí năm 2025", ["Ủy ban Kiểm tra"], "Quý IV")]),
    (["TT", "Thời gian", "Đơn vị được kiểm tra", "Thành phần"], [
        ["1", "Ngày 14/5/2026", "UBND xã Lùng Vai", "Đoàn kiểm tra số 1"],
        ["2", "Ngày 16/5/2026", "UBND xã Pha Long", "Đoàn kiểm tra số 2"],
        ["3", "Ngày 21/5/2026", "UBND thị trấn Mường Khương", "Đoàn kiểm tra số 1"]],
     [("UBND xã Lùng Vai", ["Đoàn kiểm tra số 1"], "Ngày 14/5/2026"),
      ("UBND xã Pha Long", ["Đoàn kiểm tra số 2"], "Ngày 16/5/2026"),
      ("UBND thị trấn Mường Khương", ["Đoàn kiểm tra số 1"], "Ngày 21/5/2026")]),
])
def test_v26h4_cell_a_line_inspection_schedule(header, rows, want):
    # (its header names whom each row checks, which no content, unit or timing word says)
    got = _h5_rows(_v26h4_plan(header, rows))
    assert [(r[1], r[2], r[5]) for r in got] == want


def test_v26h4_cell_a_line_role_labelled_units_and_year_range():
    rows = _h5_rows(_v26h4_plan(["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], [
        ["1", "Xây dựng cơ sở dữ liệu đất đai dùng chung của huyện, kết nối với hệ thống thông tin của tỉnh",
         "Chủ trì: Văn phòng Đăng ký đất đai", "Phối hợp: UBND các xã, thị trấn", "2026 - 2027"],
        ["2", "Số hóa hồ sơ địa chính các thời kỳ lưu trữ tại Chi nhánh Văn phòng Đăng ký đất đai huyện",
         "Chủ trì: Chi nhánh Văn phòng Đăng ký đất đai", "Phối hợp: Phòng Nông nghiệp và Môi trường", "Năm 2026"],
        ["3", "Đánh giá kết quả, báo cáo UBND tỉnh", "Chủ trì: Phòng Nông nghiệp và Môi trường",
         "Phối hợp: Văn phòng HĐND và UBND huyện", "Tháng 12/2026"],
    ]))
    assert [(r[2], r[3], r[5]) for r in rows] == [
        (["Văn phòng Đăng ký đất đai"], ["UBND các xã, thị trấn"], "2026 - 2027"),
        (["Chi nhánh Văn phòng Đăng ký đất đai"], ["Phòng Nông nghiệp và Môi trường"], "Năm 2026"),
        (["Phòng Nông nghiệp và Môi trường"], ["Văn phòng HĐND và UBND huyện"], "Tháng 12/2026")]


# ---- h6: a "Quý" column beside the timing column groups the rows as a quarter group row does

@pytest.mark.parametrize("header, quarter, timing", [
    (["Quý", "STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], 0, 5),
    (["TT", "Nội dung", "Chủ trì", "Phối hợp", "Quý thực hiện", "Thời hạn hoàn thành"], 4, 5),
    (["STT", "Công việc", "Cơ quan chủ trì", "Thời gian (quý)", "Thời gian thực hiện"], 3, 4),
    (["STT", "Nội dung", "Đơn vị thực hiện", "Quý"], None, 3),   # the only timing column: it times the work
])
def test_h6_quarter_column_beside_a_timing_column(header, quarter, timing):
    from extractors.tables import column_roles
    roles = column_roles(header)
    assert roles.get("quarter") == quarter
    assert roles["timing"] == timing


def _h6_quarter_table(d, head, groups, quarter_at, bare=False):
    """A Word task table whose quarter column is merged down over its quarter's rows (vMerge)."""
    n = 1 + sum(len(rows) for _, rows in groups)
    t = d.add_table(rows=n, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        t.cell(0, j).text = h
    i = 1
    for q, rows in groups:
        top = i
        for r in rows:
            cells = [c for j, c in enumerate(r)]
            for j, c in zip([j for j in range(len(head)) if j != quarter_at], cells):
                t.cell(i, j).text = c
            i += 1
        t.cell(top, quarter_at).text = q.split()[-1] if bare else q
        if i - 1 > top:
            t.cell(top, quarter_at).merge(t.cell(i - 1, quarter_at))


@pytest.mark.parametrize("bare", [False, True])
def test_h6_word_table_with_a_merged_quarter_column(bare):
    d = docx.Document()
    for ln in ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 31/KH-UBND\nTân Phú, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
               "Phòng, chống bệnh dại năm 2026\nI. NHIỆM VỤ").splitlines():
        d.add_paragraph(ln)
    head = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Quý", "Thời gian hoàn thành"]
    _h6_quarter_table(d, head, [
        ("Quý II", [["1", "Tiêm phòng dại cho chó, mèo đợt 1", "Ban Nông nghiệp xã", "Các ấp", "Tháng 4/2026"],
                    ["2", "Tuyên truyền nuôi chó có rọ mõm", "Đài truyền thanh xã", "Các ấp", "Thường xuyên"]]),
        ("Quý IV", [["3", "Xử lý ổ dịch khi phát hiện", "Trạm Y tế xã", "Công an xã", "Khi có dịch"],
                    ["4", "Rà soát đàn chó tiêm phòng đợt 2", "Ban Nông nghiệp xã", "Các ấp", ""]]),
    ], quarter_at=4, bare=bare)
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Ban Nông nghiệp xã theo dõi, tổng hợp.")
    plan = extract_bytes(_saved(d), "tan-phu.docx")
    got = [(t.quarter, t.deadline, t.timing_text, t.lead_units) for t in plan.tasks]
    assert got == [
        (2, dt.date(2026, 4, 30), "Tháng 4/2026", ["Ban Nông nghiệp xã"]),
        (2, None, "Thường xuyên", ["Đài truyền thanh xã"]),   # the quarter, not a day by its end
        (4, None, "Khi có dịch", ["Trạm Y tế xã"]),
        # a blank timing cell: the quarter column times the row
        (4, dt.date(2026, 12, 31), "Quý IV", ["Ban Nông nghiệp xã"]),
    ]


# ---------------------------------------------------------------- v27 h6: flattened tables, header-placed cells
# A task table exported a cell a line (LibreOffice's text export of a Word file) prints an empty cell as an
# empty line; pdftotext sets each cell apart by an empty line, wrapping it inside. The header tells how many
# columns there are and which: the cells are placed by it.
_V27H6_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÌNH SÁNG\nSố: 14/KH-UBND\nPhình Sáng, ngày 06 tháng 4 năm 2026\nKẾ HOẠCH\n"
               "Phòng, chống cháy rừng mùa khô năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
               "1. Chủ động phòng ngừa, phát hiện sớm và dập tắt kịp thời các đám cháy rừng.\n"
               "II. NHIỆM VỤ CỤ THỂ\n")
_V27H6_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Nông nghiệp xã theo dõi, tổng hợp kết quả.\n"


def _v27h6_tasks(body: str) -> list[tuple]:
    plan = extract_bytes((_V27H6_HEAD + body + _V27H6_TAIL).encode(), "phinh-sang.txt")
    return [(t.label, t.text, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in plan.tasks]


def test_v27h6_empty_lines_are_the_empty_cells_of_a_cell_a_line_export():
    body = ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
            "1\nRà soát, cập nhật phương án chữa cháy rừng của xã\nCông chức Nông nghiệp xã\n\nTháng 4/2026\n"
            "2\nTuần tra, canh gác tại các điểm có nguy cơ cháy cao\nHạt Kiểm lâm\nCông an xã\n\n"
            "3\nDiễn tập chữa cháy rừng tại bản Huổi Lốt\n\nBan Chỉ huy Quân sự xã\nQuý II/2026\n"
            "4\nTổng kết công tác phòng cháy mùa khô\nUBND xã\nKiểm lâm địa bàn\nTháng 6/2026\n")
    assert _v27h6_tasks(body) == [
        ("1", "Rà soát, cập nhật phương án chữa cháy rừng của xã", ["Công chức Nông nghiệp xã"], [], "Tháng 4/2026", None),
        ("2", "Tuần tra, canh gác tại các điểm có nguy cơ cháy cao", ["Hạt Kiểm lâm"], ["Công an xã"], None, None),
        ("3", "Diễn tập chữa cháy rừng tại bản Huổi Lốt", [], ["Ban Chỉ huy Quân sự xã"], "Quý II/2026", 2),
        ("4", "Tổng kết công tác phòng cháy mùa khô", ["UBND xã"], ["Kiểm lâm địa bàn"], "Tháng 6/2026", None)]


def test_v27h6_a_column_of_costs_before_the_time_stands_by_the_header():
    body = ("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nKinh phí\nThời hạn hoàn thành\n"
            "1\nMua sắm bàn dập lửa, máy thổi gió\nBan Quản lý rừng phòng hộ\n\nNgân sách huyện\nTrước ngày 30/4/2026\n"
            "2\nLàm đường băng cản lửa quanh rừng thông\nHạt Kiểm lâm\nCác bản\nNguồn chi trả dịch vụ môi trường rừng\n"
            "Tháng 5/2026\n"
            "3\nTuyên truyền trên loa truyền thanh\nĐài Truyền thanh xã\n\n\nHằng tuần\n")
    got = [(r[0], r[2], r[3], r[4]) for r in _v27h6_tasks(body)]
    assert got == [("1", ["Ban Quản lý rừng phòng hộ"], [], "Trước ngày 30/4/2026"),
                   ("2", ["Hạt Kiểm lâm"], ["Các bản"], "Tháng 5/2026"),
                   ("3", ["Đài Truyền thanh xã"], [], "Hằng tuần")]


def test_v27h6_cell_a_paragraph_with_wrapped_cells():
    # (pdftotext without -layout: an empty line after each cell, a cell wrapped at its column's width;
    # an empty cell prints nothing)
    body = ("STT\n\nNội dung công việc\n\nĐơn vị thực hiện\n\nĐơn vị phối hợp\n\nThời gian\n\n"
            "1\n\nKiểm tra, rà soát các hộ dân canh tác\nnương rẫy ven rừng đầu nguồn\n\nKiểm lâm địa\nbàn\n\n"
            "Trưởng các bản\n\nTháng 3/2026\n\n"
            "2\n\nTổ chức ký cam kết không đốt nương\ntrái phép với các hộ dân\n\nUBND xã\n\nTháng 4/2026\n\n"
            "3\n\nBáo cáo kết quả về Hạt Kiểm lâm\nhuyện\n\nCông chức Nông nghiệp\nxã\n\nHạt Kiểm lâm\n\n"
            "Trước ngày\n15/6/2026\n\n")
    assert [(r[1], r[2], r[3], r[4]) for r in _v27h6_tasks(body)] == [
        ("Kiểm tra, rà soát các hộ dân canh tác nương rẫy ven rừng đầu nguồn", ["Kiểm lâm địa bàn"],
         ["Trưởng các bản"], "Tháng 3/2026"),
        ("Tổ chức ký cam kết không đốt nương trái phép với các hộ dân", ["UBND xã"], [], "Tháng 4/2026"),
        ("Báo cáo kết quả về Hạt Kiểm lâm huyện", ["Công chức Nông nghiệp xã"], ["Hạt Kiểm lâm"],
         "Trước ngày 15/6/2026")]


def test_v27h6_groups_and_a_repeated_header_between_rows():
    head = "STT\nNội dung hoạt động\nBộ phận chủ trì\nBộ phận phối hợp\nThời gian\n"
    body = (head + "QUÝ I\n"
            "1\nKiện toàn Ban Chỉ huy phòng cháy chữa cháy rừng\nVăn phòng UBND xã\n\nTháng 2\n"
            "2\nMở lớp tập huấn kỹ năng chữa cháy cho tổ đội\nHạt Kiểm lâm\nBan Chỉ huy Quân sự xã\n\n"
            + head + "QUÝ II\n"
            "3\nTuần tra cao điểm mùa khô\nCông an xã\nCác bản\nTháng 4\n"
            "II. CÔNG TÁC TỔNG KẾT\n"
            "4\nSơ kết, khen thưởng tập thể, cá nhân tiêu biểu\nVăn phòng UBND xã\n\nTháng 6\n")
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in _v27h6_tasks(body)] == [
        ("1", ["Văn phòng UBND xã"], [], "Tháng 2", 1),
        ("2", ["Hạt Kiểm lâm"], ["Ban Chỉ huy Quân sự xã"], None, 1),   # (its time left empty)
        ("3", ["Công an xã"], ["Các bản"], "Tháng 4", 2),
        ("4", ["Văn phòng UBND xã"], [], "Tháng 6", 2)]


@pytest.mark.parametrize("cells, want", [
    # one cell left out: where the others still fit, the rightmost place first
    (["Trồng rừng thay thế", "Ban Quản lý rừng", "Quý III/2026"], ["Trồng rừng thay thế", "Ban Quản lý rừng", "", "Quý III/2026"]),
    (["Trồng rừng thay thế", "Ban Quản lý rừng", "Hội Nông dân xã"], ["Trồng rừng thay thế", "Ban Quản lý rừng", "Hội Nông dân xã", ""]),
    # the content wrapped over two lines
    (["Phát dọn thực bì dưới tán rừng", "thông ven đường liên bản", "Các bản", "Kiểm lâm", "Tháng 3/2026"],
     ["Phát dọn thực bì dưới tán rừng thông ven đường liên bản", "Các bản", "Kiểm lâm", "Tháng 3/2026"]),
    # a line that names a unit is none of the content's: the support's cell of two lines, one a unit
    # (LibreOffice's text export prints a cell's paragraphs a line each; h7, v28)
    (["Phát dọn thực bì", "Hạt Kiểm lâm", "Các bản", "Kiểm lâm", "Tháng 3/2026"],
     ["Phát dọn thực bì", "Hạt Kiểm lâm", "Các bản\nKiểm lâm", "Tháng 3/2026"]),
    # … and where no unit column takes them so (a person named there), no place fits
    (["Phát dọn thực bì", "Hạt Kiểm lâm", "Đ/c Lò Văn Pấng", "Kiểm lâm", "Tháng 3/2026"], None),
    # two cells short: not guessed
    (["Phát dọn thực bì", "Tháng 3/2026"], None),
])
def test_v27h6_placed_cells(cells, want):
    from extractors.tables import placed_cells
    from pipeline.document import Line
    lines = [Line(index=k, text=c, start=0, end=len(c)) for k, c in enumerate(cells)]
    got = placed_cells({"label": 0, "content": 1, "units": 2, "support": 3, "timing": 4}, lines, 4)
    assert (None if got is None else [c.text for c in got]) == want


def test_v27h6_lines_count_the_empty_lines_before_them():
    from pipeline.normalize import normalize_text
    doc = normalize_text("KẾ HOẠCH\nSTT\nNội dung\n1\nTuyên truyền\n\n\nQuý II\n")
    assert [(ln.text, ln.blanks_before) for ln in doc.lines][-2:] == [("Tuyên truyền", 0), ("Quý II", 2)]


@pytest.mark.parametrize("cell, timing", [
    ("Ngày 23 tháng Chạp", True), ("Rằm tháng Giêng", True), ("Tháng 7 âm lịch", True),
    ("Mùng 1 tháng Giêng", True), ("Ngày 10/3 âm lịch", True), ("Tháng Chạp năm Ất Tỵ", True),
    ("Học kỳ II", True), ("Giữa quý III", True), ("Thứ Hai, thứ Sáu hằng tuần", True),
    ("Trong 15 ngày kể từ ngày nhận văn bản", True), ("Sau Tết Nguyên đán", True),
    # a month spelled without its lunar mark is May or a name; a unit, a fund are no time
    ("Tháng Năm", False), ("Hội Người cao tuổi xã", False), ("Thu gom rác thải", False),
])
def test_v27h6_timing_cells_in_the_lunar_calendar_or_by_occasion(cell, timing):
    from extractors.tables import timing_cell
    assert timing_cell(cell) is timing


def test_v27h6_lunar_timing_cells_of_a_festival_plan_a_cell_a_line():
    body = ("STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
            "1\nTrang trí cờ, hoa tại trụ sở và các trục đường chính\nCông chức Văn hóa - Xã hội\nĐoàn Thanh niên xã\n"
            "Ngày 20 tháng Chạp\n"
            "2\nTổ chức Hội xuân các dân tộc bản Na Hiên\nBan Văn hóa bản Na Hiên\nHội Phụ nữ xã\nRằm tháng Giêng\n"
            "3\nThăm, tặng quà gia đình chính sách\nUBND xã\nỦy ban MTTQ xã\nTrước Tết Nguyên đán\n")
    got = [(r[2], r[3], r[4]) for r in _v27h6_tasks(body)]
    assert got == [(["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"], "Ngày 20 tháng Chạp"),
                   (["Ban Văn hóa bản Na Hiên"], ["Hội Phụ nữ xã"], "Rằm tháng Giêng"),
                   (["UBND xã"], ["Ủy ban MTTQ xã"], "Trước Tết Nguyên đán")]


def test_v27h6_a_unit_the_lexicon_does_not_know_stands_in_its_column():
    body = ("TT\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\n"
            "1\nChuẩn bị văn kiện trình Đại hội\nTiểu ban Văn kiện\nVăn phòng Đảng ủy\nTháng 4/2025\n"
            "2\nRà soát nhân sự cấp ủy khóa mới\nTiểu ban Nhân sự\nỦy ban Kiểm tra Đảng ủy\nTháng 5/2025\n"
            "3\nTuyên truyền về Đại hội trên loa truyền thanh\nĐài Truyền thanh xã\nCác chi bộ\nThường xuyên\n")
    got = [(r[1], r[2], r[3]) for r in _v27h6_tasks(body)]
    assert got == [("Chuẩn bị văn kiện trình Đại hội", ["Tiểu ban Văn kiện"], ["Văn phòng Đảng ủy"]),
                   ("Rà soát nhân sự cấp ủy khóa mới", ["Tiểu ban Nhân sự"], ["Ủy ban Kiểm tra Đảng ủy"]),
                   ("Tuyên truyền về Đại hội trên loa truyền thanh", ["Đài Truyền thanh xã"], ["Các chi bộ"])]


def test_v27h6_the_plan_goes_on_after_the_last_row():
    # (the items after the table, "3. Kiểm tra, giám sát" / "a) …", are the plan's, no cell of its last row)
    body = ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n"
            "1\nKiểm tra các cơ sở sản xuất chè\nTrạm Khuyến nông\nCác hợp tác xã\nQuý II/2026\n"
            "2\nCấp mã số vùng trồng\nPhòng Kinh tế\nCác thôn\nQuý III/2026\n"
            "3\nTổng kết, đánh giá\nPhòng Kinh tế\nCác hợp tác xã\nTháng 12/2026\n"
            "3. Kiểm tra, giám sát\n"
            "a) Hạt Kiểm lâm chủ trì kiểm tra việc chặt phá rừng đầu nguồn, hoàn thành trước ngày 30/9/2026.\n")
    plan = extract_bytes((_V27H6_HEAD + body + _V27H6_TAIL).encode(), "phinh-sang.txt")
    rows = [(t.label, t.text, t.support_units, t.timing_text) for t in plan.tasks if t.origin == "table"]
    assert rows == [("1", "Kiểm tra các cơ sở sản xuất chè", ["Các hợp tác xã"], "Quý II/2026"),
                    ("2", "Cấp mã số vùng trồng", ["Các thôn"], "Quý III/2026"),
                    ("3", "Tổng kết, đánh giá", ["Các hợp tác xã"], "Tháng 12/2026")]
    assert any("Hạt Kiểm lâm" in t.text for t in plan.tasks if t.origin != "table") \
        or any(a.units == ["Hạt Kiểm lâm"] for a in plan.assignments)


def test_v27h6_group_rows_in_capitals_and_a_header_repeated_before_a_group():
    head = "STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
    body = (head + "1. CÔNG TÁC TUYÊN TRUYỀN\n"
            "1\nTuyên truyền trên loa truyền thanh\nĐài Truyền thanh xã\nCác bản\nHằng tháng\n"
            "2\nTreo băng rôn tại trụ sở\nCông chức Văn hóa - Xã hội\nĐoàn Thanh niên xã\nTháng 3/2026\n"
            "II. CÔNG TÁC KIỂM TRA\n" + head +
            "3\nKiểm tra các điểm có nguy cơ cháy\nHạt Kiểm lâm\nCông an xã\nQuý II/2026\n")
    plan = extract_bytes((_V27H6_HEAD + body + _V27H6_TAIL).encode(), "phinh-sang.txt")
    assert [(t.label, t.lead_units, t.timing_text) for t in plan.tasks if t.origin == "table"] == [
        ("1", ["Đài Truyền thanh xã"], "Hằng tháng"), ("2", ["Công chức Văn hóa - Xã hội"], "Tháng 3/2026"),
        ("3", ["Hạt Kiểm lâm"], "Quý II/2026")]
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II", "III"]


# ---- m14: a counted period whose figure is its next line stays one cell; a funding cell right under a unit's
# cell, the empty cell between them printed as nothing, is no part of the unit's name
_M14_QUAI_NUA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data/raw" \
    / "dien-bien-tuan-giao-quai-nua-ve-sinh-an-toan-thuc-pham-2026.txt"


def _m14_rows(text: str, name: str = "plan.txt") -> list[tuple]:
    plan = extract_bytes(text.encode(), name)
    return [(t.label, t.text, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks]


def test_m14_counted_period_and_its_figure_one_timing_cell():
    text = _M14_QUAI_NUA.read_text(encoding="utf-8").replace("Quý II/2026", "Trong 02 năm\n2026 - 2027").replace(
        "Khi có tổ chức", "Định kỳ 6 tháng\n01 lần")
    rows = _m14_rows(text)
    assert rows[2][1:] == ("Kiểm tra các bếp ăn tập thể của trường học, cơ sở kinh doanh dịch vụ ăn uống tại trung "
                           "tâm xã", ["Trạm Y tế xã"], ["Công an xã"], "Trong 02 năm 2026 - 2027")
    assert rows[3][1:] == ("Giám sát an toàn thực phẩm tại các đám cưới, lễ hội lớn của bản", ["Trạm Y tế xã"], [],
                           "Định kỳ 6 tháng 01 lần")


def test_m14_funding_cell_under_a_unit_without_empty_lines():
    raw = _M14_QUAI_NUA.read_text(encoding="utf-8")
    start = raw.index("STT\n")
    end = raw.index("    III. TỔ CHỨC")
    text = raw[:start] + "\n".join(ln for ln in raw[start:end].split("\n") if ln) + "\n" + raw[end:]
    rows = _m14_rows(text)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("1", ["Đài Truyền thanh xã"], [], "Hằng tháng"),
        ("2", ["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"], "Tháng 4/2026"),
        ("3", ["Trạm Y tế xã"], ["Công an xã"], "Quý II/2026"),
        ("4", ["Trạm Y tế xã"], [], "Khi có tổ chức"),
        ("5", ["Công chức Văn hóa - Xã hội"], ["Trạm Y tế xã"], "Trước ngày 10/12/2026")]


_M14_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG NAM THANH\nSố: 31/KH-UBND\nNam Thanh, ngày 14 tháng 01 năm 2025\nKẾ HOẠCH\n"
             "Phát triển văn hóa cơ sở giai đoạn 2025 - 2027\nI. MỤC ĐÍCH, YÊU CẦU\n"
             "1. Nâng cao đời sống văn hóa, tinh thần của Nhân dân trên địa bàn phường.\nII. NHIỆM VỤ CỤ THỂ\n")
_M14_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội theo dõi, tổng hợp kết quả.\n"


@pytest.mark.parametrize("body, want", [
    # a cell a line with its empty cells as empty lines: a count of times and a range of years under the period
    ("TT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\n"
     "1\nKiểm tra hoạt động các nhà văn hóa khu dân cư\nPhòng Văn hóa - Thông tin\n\nMỗi quý\n1 lần\n"
     "2\nXây dựng mô hình khu dân cư văn hóa kiểu mẫu\nUBND phường\nMặt trận Tổ quốc phường\nHằng năm\n"
     "2025 - 2027\n"
     "3\nBồi dưỡng hạt nhân văn nghệ các khu phố\nCông chức Văn hóa - Xã hội\n\nTrong 03 năm\n2025 - 2027\n",
     [("1", ["Phòng Văn hóa - Thông tin"], [], "Mỗi quý 1 lần"),
      ("2", ["UBND phường"], ["Mặt trận Tổ quốc phường"], "Hằng năm 2025 - 2027"),
      ("3", ["Công chức Văn hóa - Xã hội"], [], "Trong 03 năm 2025 - 2027")]),
    # no empty lines: the funding cell after a unit opens its own cell
    ("STT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nNguồn kinh phí\nThời gian\n"
     "1\nTổ chức Liên hoan văn nghệ quần chúng các khu phố\nTrung tâm Văn hóa - Thể thao phường\n"
     "Kinh phí sự nghiệp văn hóa\nQuý II/2025\n"
     "2\nMua sắm trang thiết bị cho nhà văn hóa khu phố 3\nUBND phường\nBan Điều hành khu phố 3\n"
     "Ngân sách phường\nTháng 9/2025\n"
     "3\nTập huấn nghiệp vụ cho cán bộ văn hóa cơ sở\nCông chức Văn hóa - Xã hội\nNguồn xã hội hóa\nHằng năm\n",
     [("1", ["Trung tâm Văn hóa - Thể thao phường"], [], "Quý II/2025"),
      ("2", ["UBND phường"], ["Ban Điều hành khu phố 3"], "Tháng 9/2025"),
      ("3", ["Công chức Văn hóa - Xã hội"], [], "Hằng năm")]),
])
def test_m14_cell_a_line_period_figures_and_funding_varied(body, want):
    rows = _m14_rows(_M14_HEAD + body + _M14_TAIL, "nam-thanh.txt")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == want


# ---- h6 (v28): timing cells of a span counted or open ("Trong 03 năm", "Từ nay đến hết năm 2025", "Liên tục")
@pytest.mark.parametrize("cell", ["Trong 03 năm", "Trong 2 tháng", "Trong 05 tuần", "Từ nay đến hết năm 2025",
                                  "Từ nay đến cuối năm 2026", "Liên tục", "Thường xuyên, liên tục"])
def test_h6v28_span_timing_cells(cell):
    from extractors.tables import timing_cell
    assert timing_cell(cell)


@pytest.mark.parametrize("cell", ["Trường THCS Từ Sơn", "Trung tâm Y tế huyện", "Liên đoàn Lao động huyện"])
def test_h6v28_span_timing_cells_not_units(cell):
    from extractors.tables import timing_cell
    assert not timing_cell(cell)


# ---- m15 (rv5 #3): an everyday funding cell under a table's funding column is no part of the unit's cell
_M15_FUND_HEAD = "STT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nNguồn kinh phí\nThời gian\n"


def test_m15_funding_words_reviewer_table():
    body = (_M15_FUND_HEAD
            + "1\nTổ chức Liên hoan văn nghệ quần chúng các khu phố\nTrung tâm Văn hóa - Thể thao phường\nXã hội hóa\nQuý II/2025\n"
            "2\nMua sắm trang thiết bị cho nhà văn hóa khu phố 3\nUBND phường\nBan Điều hành khu phố 3\n"
            "Vốn sự nghiệp văn hóa\nTháng 9/2025\n"
            "3\nTập huấn nghiệp vụ cho cán bộ văn hóa cơ sở\nCông chức Văn hóa - Xã hội\nNSNN và xã hội hóa\nHằng năm\n"
            "4\nSửa chữa nhà văn hóa khu phố 5\nUBND phường\nLồng ghép các chương trình\nQuý III/2025\n")
    rows = _m14_rows(_M14_HEAD + body + _M14_TAIL, "nam-thanh.txt")
    assert [(r[2], r[3]) for r in rows] == [
        (["Trung tâm Văn hóa - Thể thao phường"], []), (["UBND phường"], ["Ban Điều hành khu phố 3"]),
        (["Công chức Văn hóa - Xã hội"], []), (["UBND phường"], [])]


@pytest.mark.parametrize("unit, funding", [
    ("Trạm Y tế xã", "Dự toán được giao năm 2025"),
    ("Hội Cựu chiến binh xã", "NSĐP và nguồn huy động hợp pháp"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "Vốn đầu tư công trung hạn"),
    ("Ban Chỉ huy Quân sự xã", "Theo phân cấp ngân sách hiện hành"),
])
def test_m15_funding_words_varied(unit, funding):
    head = ("ỦY BAN NHÂN DÂN\nXÃ THANH SƠN\nSố: 12/KH-UBND\nThanh Sơn, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Thực hiện nhiệm vụ năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Hoàn thành các chỉ tiêu được giao.\nII. NHIỆM VỤ\n"
            "TT\nNhiệm vụ\nĐơn vị thực hiện\nKinh phí\nThời gian hoàn thành\n")
    body = (f"1\nTổ chức tập huấn cho lực lượng cơ sở\n{unit}\n{funding}\nQuý II/2025\n"
            "2\nKiểm tra, đánh giá kết quả thực hiện\nVăn phòng - Thống kê xã\nNgân sách xã\nTháng 11/2025\n")
    rows = _m14_rows(head + body + _M14_TAIL, "thanh-son.txt")
    assert [r[2] for r in rows] == [[unit], ["Văn phòng - Thống kê xã"]]


# ---- m15 (rv5 #7): a funding column printed before the units' column is no part of the task's text
def test_m15_funding_before_units_reviewer_table():
    body = ("STT\nNội dung công việc\nKinh phí\nCơ quan chủ trì\nThời gian\n"
            "1\nTổ chức Liên hoan văn nghệ quần chúng các khu phố\nNgân sách phường\nTrung tâm Văn hóa - Thể thao phường\n"
            "Quý II/2025\n"
            "2\nMua sắm trang thiết bị cho nhà văn hóa khu phố 3\nNguồn xã hội hóa\nUBND phường\nTháng 9/2025\n")
    rows = _m14_rows(_M14_HEAD + body + _M14_TAIL, "nam-thanh.txt")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("Tổ chức Liên hoan văn nghệ quần chúng các khu phố", ["Trung tâm Văn hóa - Thể thao phường"], "Quý II/2025"),
        ("Mua sắm trang thiết bị cho nhà văn hóa khu phố 3", ["UBND phường"], "Tháng 9/2025")]


@pytest.mark.parametrize("header, first, second", [
    ("TT\nNhiệm vụ\nNguồn kinh phí\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n",
     "Ngân sách huyện, xã\nPhòng Nông nghiệp và Môi trường\nUBND các xã\nTháng 4/2025\n",
     "Vốn sự nghiệp môi trường\nUBND các xã\nHội Nông dân huyện\nQuý III/2025\n"),
    ("STT\nNội dung hoạt động\nDự kiến kinh phí\nBộ phận thực hiện\nThời gian\n",
     "Kinh phí sự nghiệp giáo dục\nTổ chuyên môn Khoa học tự nhiên\nTháng 10/2025\n",
     "Xã hội hóa\nĐoàn Thanh niên\nTháng 12/2025\n"),
])
def test_m15_funding_before_units_varied(header, first, second):
    head = ("UBND HUYỆN KỲ ANH\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 45/KH-NNMT\nKỳ Anh, ngày 02 tháng 4 năm 2025\n"
            "KẾ HOẠCH\nBảo vệ môi trường nông thôn năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giữ gìn cảnh quan.\n"
            "II. NỘI DUNG\n")
    body = header + "1\nThu gom bao gói thuốc bảo vệ thực vật sau sử dụng\n" + first \
        + "2\nTuyên truyền phân loại rác thải tại nguồn\n" + second
    rows = _m14_rows(head + body + _M14_TAIL, "ky-anh.txt")
    assert [r[1] for r in rows] == ["Thu gom bao gói thuốc bảo vệ thực vật sau sử dụng",
                                    "Tuyên truyền phân loại rác thải tại nguồn"]
    assert rows[0][2][0] == first.split("\n")[1] and rows[1][2][0] == second.split("\n")[1]


# ---- m15 (rv5 #4): a count of times in the column after the timing is that column's cell, not the timing's
def test_m15_count_after_period_reviewer_table():
    body = ("STT\nNội dung công việc\nCơ quan chủ trì\nThời gian\nChỉ tiêu\n"
            "1\nTổ chức Liên hoan văn nghệ quần chúng các khu phố\nTrung tâm Văn hóa - Thể thao phường\nHằng năm\n"
            "2000 lượt người tham gia\n"
            "2\nMua sắm trang thiết bị cho nhà văn hóa khu phố 3\nUBND phường\nCả năm\n15 lần kiểm tra\n")
    rows = _m14_rows(_M14_HEAD + body + _M14_TAIL, "nam-thanh.txt")
    assert rows[1][4] == "Cả năm"


# --- h7 (v28): flattened task tables a cell a line -----------------------------------------------------
_H7_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO\nSố: 27/KH-UBND\nHưng Đạo, ngày 09 tháng 01 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh cho đàn gia súc, gia cầm năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Chủ động phòng ngừa, phát hiện sớm và xử lý kịp thời ổ dịch trên địa bàn xã.\n"
            "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n")
_H7_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Công chức Nông nghiệp - Môi trường theo dõi, tổng hợp kết quả.\n"


@pytest.mark.parametrize("body, want", [
    # a column by quarter printing the bare numeral, group rows titled in small letters
    ("STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nQuý\n"
     "I. Công tác chuẩn bị\n"
     "1\nKiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật xã\nVăn phòng - Thống kê xã\nCác thôn\nI\n"
     "2\nRà soát, thống kê tổng đàn gia súc, gia cầm tại các thôn\nCông chức Nông nghiệp - Môi trường\n"
     "Trưởng các thôn\nI\n"
     "II. Công tác tiêm phòng\n"
     "3\nTổ chức tiêm phòng vắc xin lở mồm long móng đợt 1\nThú y viên xã\nTrưởng các thôn\nII\n"
     "4\nTiêm phòng bổ sung cho đàn gia súc mới phát sinh\nThú y viên xã\nHội Nông dân xã\nIV\n",
     [("1", ["Văn phòng - Thống kê xã"], ["Các thôn"], "Quý I", 1),
      ("2", ["Công chức Nông nghiệp - Môi trường"], ["Trưởng các thôn"], "Quý I", 1),
      ("3", ["Thú y viên xã"], ["Trưởng các thôn"], "Quý II", 2),
      ("4", ["Thú y viên xã"], ["Hội Nông dân xã"], "Quý IV", 4)]),
    # the quarter's own column beside the day's, an empty cell an empty line
    ("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nQuý\nThời gian hoàn thành\n"
     "1\nLập sổ theo dõi đàn vật nuôi tại từng tổ dân phố\nPhòng Kinh tế\nCác tổ dân phố\nI\nTrước ngày 31/3/2025\n"
     "2\nTuyên truyền chăn nuôi an toàn sinh học trên loa phát thanh\nĐài Truyền thanh phường\nHội Nông dân phường\n\n"
     "Thường xuyên\n"
     "3\nKiểm tra việc giết mổ, vận chuyển gia cầm\nCông an phường\nPhòng Kinh tế\nIII\nTháng 8/2025\n",
     [("1", ["Phòng Kinh tế"], ["Các tổ dân phố"], "Trước ngày 31/3/2025", 1),
      ("2", ["Đài Truyền thanh phường"], ["Hội Nông dân phường"], "Thường xuyên", None),
      ("3", ["Công an phường"], ["Phòng Kinh tế"], "Tháng 8/2025", 3)]),
])
def test_h7flat_quarter_numerals_and_small_letter_groups(body, want):
    plan = extract_bytes((_H7_HEAD + body + _H7_TAIL).encode(), "hung-dao.txt")
    got = [(t.label, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in plan.tasks]
    assert got == want


@pytest.mark.parametrize("body, want", [
    # a unit cell labelling its roles, longer than a name, and a week's timing
    ("STT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
     "1\nTổng vệ sinh môi trường, phun hóa chất khử trùng chuồng trại\n"
     "Chủ trì: Công chức Nông nghiệp - Môi trường; phối hợp: Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã\n"
     "Trong tuần đầu tháng 5\n"
     "2\nGiám sát dịch bệnh tại các hộ chăn nuôi quy mô lớn\nThú y viên xã\nHằng tháng\n"
     "3\nBáo cáo kết quả về UBND huyện\nVăn phòng - Thống kê xã\nTrước ngày 15/12/2025\n",
     [("1", "Trong tuần đầu tháng 5"), ("2", "Hằng tháng"), ("3", "Trước ngày 15/12/2025")]),
    # a count or a period opening with its figure after a unit's cell is the next cell
    ("STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nSản phẩm\nThời gian hoàn thành\n"
     "1\nXây dựng mô hình chăn nuôi an toàn sinh học\nTrung tâm Dịch vụ nông nghiệp\nHội Nông dân xã\n"
     "03 mô hình trình diễn\nQuý III/2025\n"
     "2\nTập huấn kỹ thuật phòng bệnh cho hộ chăn nuôi\nThú y viên xã\nCác thôn\n12 lớp tập huấn\nTháng 6/2025\n"
     "3\nGiám sát lưu hành vi rút cúm gia cầm\nThú y viên xã\nCác thôn\nBáo cáo giám sát\nTháng 9/2025\n",
     [("1", "Quý III/2025"), ("2", "Tháng 6/2025"), ("3", "Tháng 9/2025")]),
])
def test_h7flat_role_cells_week_timing_and_counted_results(body, want):
    plan = extract_bytes((_H7_HEAD + body + _H7_TAIL).encode(), "hung-dao.txt")
    assert [(t.label, t.timing_text) for t in plan.tasks] == want
    assert all(not any(c.isdigit() for u in t.support_units for c in u) for t in plan.tasks)


@pytest.mark.parametrize("body, want", [
    # a unit cell of two paragraphs, each role on a line of its own (LibreOffice's text export of the cell)
    ("STT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
     "1\nTrang trí cờ, băng rôn, khẩu hiệu tại trụ sở và các trục đường chính\n"
     "Chủ trì: Công chức Văn hóa - Xã hội\nPhối hợp: Các thôn\nTrước ngày 20 tháng Chạp\n"
     "2\nTổ chức giải bóng chuyền hơi chào mừng Xuân mới\nChủ trì: Đoàn Thanh niên xã\n"
     "Phối hợp: Hội Cựu chiến binh xã; Hội Nông dân xã\nMùng 4 Tết\n"
     "3\nBảo đảm an ninh trật tự trong dịp Tết\nChủ trì: Công an xã\nPhối hợp: Ban Chỉ huy Quân sự xã\n"
     "Từ ngày 25/01 đến ngày 05/02/2026\n",
     [("1", ["Công chức Văn hóa - Xã hội"], ["Các thôn"], "Trước ngày 20 tháng Chạp"),
      ("2", ["Đoàn Thanh niên xã"], ["Hội Cựu chiến binh xã", "Hội Nông dân xã"], "Mùng 4 Tết"),
      ("3", ["Công an xã"], ["Ban Chỉ huy Quân sự xã"], "Từ ngày 25/01 đến ngày 05/02/2026")]),
    # the support cell's two paragraphs, two units, under their own column
    ("TT\nNội dung công việc\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian thực hiện\n"
     "1\nBan hành kế hoạch kiểm tra công tác cải cách hành chính\nPhòng Nội vụ\nVăn phòng HĐND và UBND huyện\n"
     "Trước 28/02/2025\n"
     "2\nTuyên truyền cải cách hành chính trên hệ thống truyền thanh\nPhòng Văn hóa và Thông tin\n"
     "Trung tâm Văn hóa - Thể thao huyện\nUBND các xã, thị trấn\nTháng 3/2025\n"
     "3\nKhảo sát mức độ hài lòng của người dân\nPhòng Nội vụ\nBưu điện huyện\nTháng 7/2025\n",
     [("1", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "Trước 28/02/2025"),
      ("2", ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa - Thể thao huyện", "UBND các xã, thị trấn"],
       "Tháng 3/2025"),
      ("3", ["Phòng Nội vụ"], ["Bưu điện huyện"], "Tháng 7/2025")]),
])
def test_h7flat_unit_cell_of_several_lines(body, want):
    plan = extract_bytes((_H7_HEAD + body + _H7_TAIL).encode(), "hung-dao.txt")
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == want


def test_h7flat_two_column_names_on_one_header_line():
    from extractors.tables import _joined_names
    assert _joined_names("Cơ quan chuẩn bị Cơ quan chủ trì") == ["Cơ quan chuẩn bị", "Cơ quan chủ trì"]
    assert _joined_names("Đơn vị thực hiện Kết quả/sản phẩm") == ["Đơn vị thực hiện", "Kết quả/sản phẩm"]
    assert _joined_names("Bộ phận tham mưu Thời gian") == ["Bộ phận tham mưu", "Thời gian"]
    # one name in title case, or a name its comma joins to the next, stays whole
    assert _joined_names("Thời gian Thực hiện") == ["Thời gian Thực hiện"]
    assert _joined_names("Đơn vị chủ trì, Cơ quan phối hợp") == ["Đơn vị chủ trì, Cơ quan phối hợp"]
    body = ("TT\nNội dung\nCơ quan chuẩn bị Cơ quan chủ trì\nThời gian\n"
            "1\nRà soát quy chế làm việc của Ban Chấp hành\nVăn phòng Đảng ủy\nThường trực Đảng ủy\nTháng 3/2025\n"
            "2\nSơ kết công tác quý I\nBan Xây dựng Đảng\nBan Thường vụ Đảng ủy\nTháng 4/2025\n"
            "3\nGiám sát chuyên đề việc thực hiện quy chế dân chủ\nỦy ban Kiểm tra Đảng ủy\nThường trực Đảng ủy\n"
            "Quý III/2025\n")
    plan = extract_bytes((_H7_HEAD + body + _H7_TAIL).encode(), "hung-dao.txt")
    assert [(t.label, t.timing_text) for t in plan.tasks] == [("1", "Tháng 3/2025"), ("2", "Tháng 4/2025"),
                                                              ("3", "Quý III/2025")]
    assert plan.tasks[0].text == "Rà soát quy chế làm việc của Ban Chấp hành"


def test_h7flat_group_title_in_small_letters_wrapped_before_the_next_row():
    body = ("STT\nNội dung công việc\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
            "1\nTuyên truyền phòng, chống ma túy tại các bản\nCông an xã\n- Đoàn Thanh niên xã;\n- Trưởng các bản\n"
            "Quý I/2025\n"
            "2\nRà soát người nghiện, người sử dụng trái phép chất ma túy\nCông an xã\nTrạm Y tế xã\nQuý II/2025\n"
            "II. Xây dựng phong trào toàn dân bảo vệ an ninh\nTổ quốc\n"
            "3\nXây dựng mô hình tự quản về an ninh trật tự tại bản Nà Khoang\nCông an xã\nỦy ban MTTQ Việt Nam xã\n"
            "Quý III/2025\n")
    plan = extract_bytes((_H7_HEAD + body + _H7_TAIL).encode(), "hung-dao.txt")
    got = [(t.label, t.text, t.lead_units, t.support_units) for t in plan.tasks]
    assert got == [("1", "Tuyên truyền phòng, chống ma túy tại các bản", ["Công an xã"],
                    ["Đoàn Thanh niên xã", "Trưởng các bản"]),
                   ("2", "Rà soát người nghiện, người sử dụng trái phép chất ma túy", ["Công an xã"], ["Trạm Y tế xã"]),
                   ("3", "Xây dựng mô hình tự quản về an ninh trật tự tại bản Nà Khoang", ["Công an xã"],
                    ["Ủy ban MTTQ Việt Nam xã"])]


# --- review of h7 (v28), rv h1 (v29): folded "mừng" is no Tết day -------------------------------------------
@pytest.mark.parametrize("cell, timed", [
    ("Mừng 50 năm giải phóng quê hương", False),
    ("Mừng 2/9 và ngày hội Đại đoàn kết", False),
    ("Mừng 15 năm thành lập phường", False),
    ("Mùng 2 Tết", True),
    ("Từ mồng 3 đến mồng 6 Tết", True),
])
def test_rv_h1v29_celebration_no_lunar_day(cell, timed):
    from extractors.tables import timing_cell
    assert timing_cell(cell) is timed


def test_rv_h1v29_celebration_paragraph_stays_in_its_content_cell():
    # a content cell of two paragraphs, the second a celebration's name: the row's lead cell stays a unit
    head = ("ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỒNG SƠN\nSố: 09/KH-UBND\nĐồng Sơn, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động mừng Đảng, mừng Xuân năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Vui tươi, an toàn.\n"
            "II. NỘI DUNG\nSTT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nSản phẩm\nThời gian\n")
    body = ("1\nTổ chức Liên hoan văn nghệ quần chúng\nMừng 96 năm Ngày thành lập Đảng Cộng sản Việt Nam\n"
            "Công chức Văn hóa - Xã hội\nHội Cựu chiến binh phường\nChương trình liên hoan\nMùng 4 Tết\n"
            "2\nTreo cờ Tổ quốc tại các tuyến phố chính\nBan Điều hành các tổ dân phố\nĐoàn Thanh niên phường\n"
            "Cờ, khẩu hiệu\nTrước ngày 25 tháng Chạp\n")
    plan = extract_bytes((head + body + "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng phường theo dõi.\n").encode(), "dong-son.txt")
    assert [(t.label, t.lead_units, t.timing_text) for t in plan.tasks] == [
        ("1", ["Công chức Văn hóa - Xã hội"], "Mùng 4 Tết"),
        ("2", ["Ban Điều hành các tổ dân phố"], "Trước ngày 25 tháng Chạp")]


# ---- v29 h2: a cost printed as a sum ("15.000.000 đồng", "25.000.000", "10 triệu đồng") is the funding column's
# cell, before the units' column as after it, no rest of the content's or the unit's cell
_V29H2_HEAD = ("SỞ Y TẾ TỈNH PHÚ YÊN\nBỆNH VIỆN ĐA KHOA KHU VỰC SÔNG CẦU\nSố: 44/KH-BVSC\nSông Cầu, ngày 03 tháng 4 năm 2025\n"
               "KẾ HOẠCH\nCải tiến chất lượng bệnh viện năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
               "1. Nâng cao chất lượng khám, chữa bệnh.\nII. NỘI DUNG\n")


@pytest.mark.parametrize("header, first, second", [
    ("STT\nNội dung công việc\nKinh phí\nKhoa, phòng chủ trì\nThời gian\n",
     "15.000.000 đồng\nPhòng Kế hoạch tổng hợp\nQuý II/2025\n", "8 triệu đồng\nPhòng Điều dưỡng\nTháng 9/2025\n"),
    ("TT\nNội dung\nDự kiến kinh phí (đồng)\nĐơn vị thực hiện\nThời gian\n",
     "25.000.000\nKhoa Dược\nTháng 5/2025\n", "1.500.000\nPhòng Tổ chức cán bộ\nTháng 10/2025\n"),
    ("STT\nNội dung công việc\nĐơn vị chủ trì\nKinh phí\nThời gian\n",
     "Phòng Kế hoạch tổng hợp\n15.000.000 đồng\nQuý II/2025\n", "Phòng Điều dưỡng\n1,5 tỷ đồng\nTháng 9/2025\n"),
])
def test_v29h2_funding_column_sums(header, first, second):
    body = header + "1\nTập huấn quy trình chuyên môn cho điều dưỡng\n" + first \
        + "2\nMua sắm bảng tin điện tử tại khu khám bệnh\n" + second
    rows = _m14_rows(_V29H2_HEAD + body + _M14_TAIL, "song-cau.txt")
    assert [r[1] for r in rows] == ["Tập huấn quy trình chuyên môn cho điều dưỡng",
                                    "Mua sắm bảng tin điện tử tại khu khám bệnh"]
    unit_at = 0 if header.index("chủ trì" if "chủ trì" in header else "thực hiện") < header.index("inh phí") else 1
    assert rows[0][2] == [first.split("\n")[unit_at]] and rows[1][2] == [second.split("\n")[unit_at]]


def test_v29h2_a_sum_without_a_funding_column_stays_content():
    body = ("STT\nNội dung công việc\nĐơn vị chủ trì\nThời gian\n"
            "1\nHỗ trợ mỗi hộ nghèo\n2 triệu đồng để sửa chữa nhà ở\nHội Cựu chiến binh xã\nQuý III/2025\n"
            "2\nThăm hỏi, tặng quà các gia đình chính sách\nUBND xã\nTháng 7/2025\n")
    rows = _m14_rows(_M14_HEAD + body + _M14_TAIL, "xa.txt")
    assert rows[0][1] == "Hỗ trợ mỗi hộ nghèo 2 triệu đồng để sửa chữa nhà ở"
    assert rows[0][2] == ["Hội Cựu chiến binh xã"]


# --- h7 (v29): flattened tables whose rows are numbered under numbered groups -------------------------
_V29_HEAD = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH NINH THUẬN\nSố: 88/KH-SNNMT\nNinh Thuận, ngày 14 tháng 02 năm 2025\n"
             "KẾ HOẠCH\nChuyển đổi số ngành nông nghiệp năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
             "1. Ứng dụng công nghệ số trong quản lý, sản xuất nông nghiệp.\nII. NHIỆM VỤ, GIẢI PHÁP\n")
_V29_TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở là đầu mối theo dõi, tổng hợp, báo cáo kết quả.\n"


@pytest.mark.parametrize("body, want", [
    # a part, numbered groups under it in small letters, rows numbered under each group
    ("STT\nNhiệm vụ\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n"
     "I. QUẢN LÝ NHÀ NƯỚC\n1. Dữ liệu chuyên ngành\n"
     "1.1\nXây dựng cơ sở dữ liệu vùng trồng nho, táo trên địa bàn tỉnh\nChi cục Trồng trọt và Bảo vệ thực vật\n"
     "Các xã, phường\nQuý II/2025\n"
     "1.2\nCập nhật dữ liệu tàu cá lên hệ thống giám sát hành trình\nChi cục Thủy sản\nĐồn Biên phòng Cà Ná\nHằng tháng\n"
     "2. Dịch vụ công\n"
     "2.1\nCung cấp dịch vụ công trực tuyến cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm\nVăn phòng Sở\n"
     "Trung tâm Phục vụ hành chính công tỉnh\nTháng 6/2025\n"
     # the next part counts its groups from 1 again
     "II. SẢN XUẤT, KINH DOANH\n1. Truy xuất nguồn gốc\n"
     "1.1\nCấp mã số vùng trồng cho các hợp tác xã trồng nho\nChi cục Trồng trọt và Bảo vệ thực vật\n"
     "Liên minh Hợp tác xã tỉnh\nQuý III/2025\n",
     [("1.1", ["Chi cục Trồng trọt và Bảo vệ thực vật"], "Quý II/2025"),
      ("1.2", ["Chi cục Thủy sản"], "Hằng tháng"),
      ("2.1", ["Văn phòng Sở"], "Tháng 6/2025"),
      ("1.1", ["Chi cục Trồng trọt và Bảo vệ thực vật"], "Quý III/2025")]),
    # a hospital's plan, a cell a paragraph
    ("TT\nNội dung\nKhoa, phòng chủ trì\nKhoa, phòng phối hợp\nThời gian\n\n"
     "A. CHUYÊN MÔN\n\n1. Quản lý chất lượng\n\n1.1\n\nTự đánh giá chất lượng theo bộ tiêu chí của Bộ Y tế\n\nPhòng Quản lý chất lượng\n\n"
     "Các khoa lâm sàng\n\nTháng 6/2025\n\n"
     "1.2\n\nKhảo sát sự hài lòng của người bệnh nội trú\n\nPhòng Điều dưỡng\n\nCác khoa lâm sàng\n\nHằng quý\n\n"
     "2. Kiểm soát nhiễm khuẩn\n\n2.1\n\nGiám sát vệ sinh tay tại các khoa\n\nKhoa Kiểm soát nhiễm khuẩn\n\n"
     "Phòng Điều dưỡng\n\nHằng tháng\n",
     [("1.1", ["Phòng Quản lý chất lượng"], "Tháng 6/2025"), ("1.2", ["Phòng Điều dưỡng"], "Hằng quý"),
      ("2.1", ["Khoa Kiểm soát nhiễm khuẩn"], "Hằng tháng")]),
])
def test_v29h7_rows_numbered_under_numbered_groups(body, want):
    plan = extract_bytes((_V29_HEAD + body + _V29_TAIL).encode(), "ninh-thuan.txt")
    assert [(t.label, t.lead_units, t.timing_text) for t in plan.tasks] == want


def test_v29h7_numbered_group_needs_its_first_row_under_it():
    from extractors.tables import _numbered_group
    assert _numbered_group("2. Hạ tầng số", "2.1", "1.3")
    assert _numbered_group("1. Kinh tế số", "1.1", "3.2")      # counted from 1 again under a part
    # a row whose content opens on its STT's line, or a group whose rows are not numbered under it
    assert not _numbered_group("2. Hạ tầng số", "3", "1")
    assert not _numbered_group("2", "2.1", "1")
    assert not _numbered_group("5. Hạ tầng số", "5.1", "1.3")  # no numbering goes on so
    assert not _numbered_group("2. các thôn thực hiện", "2.1", "1")


@pytest.mark.parametrize("timing", [
    "Ngày 15 tháng Giêng", "Tháng Chạp năm Giáp Thìn",        # a lunar day or month
    "Vào ngày 26/3/2025", "Tổ chức vào ngày 02/9",             # a date after words of its own
])
def test_v29h7_timing_cell_after_wrapped_unit_cells(timing):
    # cells wrapped over lines (a narrow column), the timing the last column: the row's last line
    # after the units is the timing's cell, no rest of the support's unit
    body = ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n"
            "1\nTổ chức Hội xuân tại sân vận động trung tâm xã\nPhong Thổ\nCông chức Văn hóa - Xã hội\n"
            "Ban quản lý bản Vàng\nPheo; Đoàn Thanh niên xã\n" + timing + "\n"
            "2\nRa quân vệ sinh môi trường các bản trước ngày hội\nĐoàn Thanh niên xã\nTrường Tiểu học Nậm\n"
            "Xe; Trường THCS Nậm Xe\nTháng 5/2025\n"
            "3\nTổng kết, khen thưởng các tập thể, cá nhân\nVăn phòng - Thống kê\nCông chức Văn hóa - Xã hội\n"
            "Tháng 12/2025\n")
    plan = extract_bytes((_V29_HEAD + body + _V29_TAIL).encode(), "phong-tho.txt")
    first = plan.tasks[0]
    assert first.timing_text == timing
    assert first.support_units == ["Ban quản lý bản Vàng Pheo", "Đoàn Thanh niên xã"]
    assert [t.timing_text for t in plan.tasks[1:]] == ["Tháng 5/2025", "Tháng 12/2025"]


_V29_SCHOOL = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAN LỘC\nTRƯỜNG TIỂU HỌC THIÊN LỘC\nSố: 21/KH-THTL\n"
               "Thiên Lộc, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nCông tác thư viện năm học 2025-2026\n"
               "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát triển văn hóa đọc trong học sinh.\nII. KẾ HOẠCH CÁC THÁNG\n")


@pytest.mark.parametrize("body", [
    # a cell a line, the note's cell left out where empty, the time's and the content's names on one line
    ("Tháng Nội dung công việc\nNgười thực hiện\nGhi chú\n"
     "Tháng 9/2025\nSắp xếp lại kho sách, dán nhãn sách mới nhập\nNhân viên thư viện\n"
     "Tháng 10/2025\nPhát động Tuần lễ hưởng ứng học tập suốt đời\nTổng phụ trách Đội\nPhối hợp Liên đội\n"
     "3\nTháng Nội dung công việc\nNgười thực hiện\nGhi chú\n"   # (again at a page top, as one line wraps it)
     "Tháng 11/2025\nTổ chức giới thiệu sách theo chủ đề Ngày Nhà giáo Việt Nam\nNhân viên thư viện\n"
     "Tháng 12/2025\nKiểm kê tài sản thư viện cuối học kỳ I\nPhó Hiệu trưởng\n"),
    # a cell a paragraph, the header printed again at a page top with the page's number
    ("Tháng\n\nNội dung công việc\n\nNgười thực hiện\n\nGhi chú\n\n"
     "Tháng 9/2025\n\nSắp xếp lại kho sách, dán nhãn sách mới nhập\n\nNhân viên thư viện\n\n"
     "Tháng 10/2025\n\nPhát động Tuần lễ hưởng ứng học tập suốt đời\n\nTổng phụ trách Đội\n\nPhối hợp Liên đội\n\n"
     "2\n\nTháng\n\nNội dung công việc\n\nNgười thực hiện\n\nGhi chú\n\n"
     "Tháng 11/2025\n\nTổ chức giới thiệu sách theo chủ đề Ngày Nhà giáo Việt Nam\n\nNhân viên thư viện\n\n"
     "Tháng 12/2025\n\nKiểm kê tài sản thư viện cuối học kỳ I\n\nPhó Hiệu trưởng\n"),
])
def test_v29h7_flat_schedule_by_month_first(body):
    plan = extract_bytes((_V29_SCHOOL + body + "III. TỔ CHỨC THỰC HIỆN\n"
                          "Nhân viên thư viện báo cáo kết quả hằng tháng.\n").encode(), "thien-loc.txt")
    got = [(t.text, t.lead_units, t.timing_text) for t in plan.tasks]
    assert got[:4] == [
        ("Sắp xếp lại kho sách, dán nhãn sách mới nhập", ["Nhân viên thư viện"], "Tháng 9/2025"),
        ("Phát động Tuần lễ hưởng ứng học tập suốt đời", ["Tổng phụ trách Đội"], "Tháng 10/2025"),
        ("Tổ chức giới thiệu sách theo chủ đề Ngày Nhà giáo Việt Nam", ["Nhân viên thư viện"], "Tháng 11/2025"),
        ("Kiểm kê tài sản thư viện cuối học kỳ I", ["Phó Hiệu trưởng"], "Tháng 12/2025")]
    assert [t.deadline for t in plan.tasks[:4]] == [dt.date(2025, 9, 30), dt.date(2025, 10, 31),
                                                    dt.date(2025, 11, 30), dt.date(2025, 12, 31)]


def test_v29h7_month_first_header_needs_its_columns():
    from extractors.tables import time_first_header
    from pipeline.normalize import normalize_text
    doc = normalize_text("Tháng\nNội dung công việc\nNgười thực hiện\n", "txt")
    assert time_first_header(doc.lines, 0)[0] == ["Tháng", "Nội dung công việc", "Người thực hiện"]
    # a month's heading over prose, or a time and a content column without anyone acting, is none
    doc = normalize_text("Tháng 10\nTổ chức hội thi kể chuyện theo sách.\n", "txt")
    assert time_first_header(doc.lines, 0) is None
    doc = normalize_text("Thời gian\nNội dung\nĐịa điểm\n", "txt")
    assert time_first_header(doc.lines, 0) is None


def test_v29h7_flat_table_without_its_header():
    # a table going on from a page whose header was not carried: rows of one length, a cell a line
    head = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 64/KH-UBND\nTân An, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống sốt xuất huyết năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giảm số ca mắc so với năm 2024.\n"
            "II. NHIỆM VỤ CỤ THỂ\n")
    body = ("1\nPhun hóa chất diệt muỗi tại các khu phố có ổ dịch\nTrạm Y tế phường\nCác khu phố\nTháng 6/2025\n"
            "2\nTổ chức chiến dịch diệt lăng quăng, bọ gậy\nTrạm Y tế phường\nĐoàn Thanh niên phường\nQuý II/2025\n"
            "3\nTuyên truyền trên loa phát thanh của phường\nCông chức Văn hóa - Xã hội\nCác khu phố\nHằng tháng\n"
            "4\nGiám sát ca bệnh tại các hộ gia đình\nTrạm Y tế phường\nCác khu phố\nThường xuyên\n")
    tail = "III. TỔ CHỨC THỰC HIỆN\nTrạm Y tế phường tổng hợp, báo cáo kết quả.\n"
    plan = extract_bytes((head + body + tail).encode(), "tan-an.txt")
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("1", ["Trạm Y tế phường"], ["Các khu phố"], "Tháng 6/2025"),
        ("2", ["Trạm Y tế phường"], ["Đoàn Thanh niên phường"], "Quý II/2025"),
        ("3", ["Công chức Văn hóa - Xã hội"], ["Các khu phố"], "Hằng tháng"),
        ("4", ["Trạm Y tế phường"], ["Các khu phố"], "Thường xuyên")]


@pytest.mark.parametrize("body", [
    # numbered items of prose, a line or two each: no table
    "1\nTăng cường tuyên truyền phòng bệnh.\n2\nCác khu phố tổ chức tổng vệ sinh.\nHằng tháng báo cáo kết quả.\n"
    "3\nTrạm Y tế phường giám sát ca bệnh.\n",
    # rows of unequal lengths: no column can be told
    "1\nPhun hóa chất diệt muỗi\nTrạm Y tế phường\nTháng 6/2025\n2\nDiệt lăng quăng\nTrạm Y tế phường\n"
    "Các khu phố\nQuý II/2025\n3\nTuyên truyền phòng bệnh\nHằng tháng\n",
])
def test_v29h7_no_headless_flat_table(body):
    from extractors.tables import headless_flat_table
    from pipeline.normalize import normalize_text
    doc = normalize_text(body, "txt")
    assert headless_flat_table(doc.lines, 0, set()) is None


def test_v29h7_rows_under_a_header_of_other_things_are_no_headless_table():
    # a list of models under its own header ("Chi bộ | Tên mô hình | Lĩnh vực | Người phụ trách"): no task table
    body = ("STT\nChi bộ, đơn vị\nTên mô hình\nLĩnh vực\nNgười phụ trách\n"
            "1\nChi bộ thôn Đông Hòa\nMô hình “Ngõ xóm sáng, xanh, sạch”\nNông thôn mới\nBí thư Chi bộ thôn Đông Hòa\n"
            "2\nChi bộ thôn Tây Sơn\nMô hình “Camera an ninh”\nAn ninh, trật tự\nTrưởng thôn Tây Sơn\n"
            "3\nChi bộ Công an xã\nMô hình “Một cửa thân thiện”\nCải cách hành chính\nTrưởng Công an xã\n")
    from extractors.tables import headless_flat_table
    from pipeline.normalize import normalize_text
    doc = normalize_text(body, "txt")
    one = next(k for k, ln in enumerate(doc.lines) if ln.text.strip() == "1")
    assert headless_flat_table(doc.lines, one, set()) is None


# --- v29 h9: a header on one line over cells one a line: rows placed by its names ---------------------------
def _h9_one_line_header_plan(organ: str, header: str, rows: list[list[str]]) -> str:
    lines = [organ, "Số: 31/KH-UBND", "Ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức các hoạt động năm 2026",
             "I. NỘI DUNG", header]
    for row in rows:
        lines += row
    lines += ["II. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai thực hiện."]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("organ, header, rows, want", [
    ("ỦY BAN NHÂN DÂN PHƯỜNG NAM SƠN", "STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Sản phẩm Thời gian",
     [["1", "Tổ chức Hội diễn văn nghệ các khu phố", "Công chức Văn hóa - Xã hội", "", "Chương trình hội diễn",
       "Tháng 4/2026"],
      ["2", "Trang trí cờ hoa trên các tuyến phố", "Công an phường", "Các khu phố", "Băng rôn, cờ", "Tháng 4/2026"],
      ["3", "Thăm hỏi các gia đình có công", "UBND phường", "Hội Cựu chiến binh", "Quà tặng", "Tháng 7/2026"]],
     [(["Công chức Văn hóa - Xã hội"], []), (["Công an phường"], ["Các khu phố"]),
      (["UBND phường"], ["Hội Cựu chiến binh"])]),
    ("ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG", "TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả Thời hạn",
     [["1", "Rà soát hộ nghèo, cận nghèo", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã",
       "Danh sách hộ nghèo", "Tháng 10/2026"],
      ["2", "Hỗ trợ nhà ở cho hộ khó khăn", "Phòng Kinh tế và Hạ tầng", "", "Nhà ở được hỗ trợ", "Tháng 12/2026"],
      ["3", "Tập huấn cán bộ giảm nghèo", "Phòng Lao động - Thương binh và Xã hội", "Các xã, thị trấn",
       "Lớp tập huấn", "Tháng 6/2026"]],
     [(["Phòng Lao động - Thương binh và Xã hội"], ["UBND các xã"]), (["Phòng Kinh tế và Hạ tầng"], []),
      (["Phòng Lao động - Thương binh và Xã hội"], ["Các xã, thị trấn"])]),
])
def test_h9v29_one_line_header_over_cells_one_a_line(organ, header, rows, want):
    from pipeline.extract import extract_bytes as _h9_extract
    tasks = _h9_extract(_h9_one_line_header_plan(organ, header, rows).encode(), "one-line.txt").rows()["tasks"]
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == want
    assert [t["text"] for t in tasks] == [r[1] for r in rows]


def test_h9v29_one_line_header_names():
    from extractors.tables import one_line_names
    assert one_line_names("STT Nội dung Đơn vị chủ trì Đơn vị phối hợp Sản phẩm Thời gian") == \
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian"]
    assert one_line_names("TT NỘI DUNG CÔNG VIỆC ĐƠN VỊ CHỦ TRÌ THỜI GIAN") == \
        ["TT", "NỘI DUNG CÔNG VIỆC", "ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN"]
    assert one_line_names("Nội dung Đơn vị chủ trì") == ["Nội dung Đơn vị chủ trì"]   # no STT: no header split


@pytest.mark.parametrize("header", [
    ["STT", "Nội dung", "Người thực hiện", "Phối hợp", "Hình thức", "Thời gian"],
    ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hình thức tổ chức", "Thời gian"],
])
def test_h9v29_form_column_is_no_units(header):
    # a column of how each activity is held ("Hình thức": "Trực tuyến", "Hội thi") is neither unit's cell
    from pipeline.extract import extract_bytes as _h9_extract
    rows = [["1", "Tổ chức Ngày hội đọc sách", "Thư viện trường", "Liên đội", "Ngày hội", "Tháng 4/2026"],
            ["2", "Tuyên truyền an toàn giao thông", "Đoàn Thanh niên", "", "Sân khấu hóa", "Tháng 9/2026"],
            ["3", "Thi vẽ tranh cổ động", "Tổ Năng khiếu", "Ban đại diện cha mẹ học sinh", "Hội thi", "Tháng 11/2026"]]
    text = "\n".join(["TRƯỜNG THCS HÒA BÌNH", "Số: 09/KH-THCS", "Ngày 01 tháng 3 năm 2026", "KẾ HOẠCH",
                      "Hoạt động ngoại khóa năm 2026", "I. NỘI DUNG"] + header
                     + [c for r in rows for c in r] + ["II. TỔ CHỨC THỰC HIỆN", "Giao các tổ thực hiện."]) + "\n"
    tasks = _h9_extract(text.encode(), "hinh-thuc.txt").rows()["tasks"]
    assert [(t["lead_units"], t["support_units"]) for t in tasks] == \
        [([r[2]], [r[3]] if r[3] else []) for r in rows]


# ---- v29 h11: a row of cells that names a task table's columns, one the content's (a pipe table's header with no
# delimiter row under it); a menu's or a sentence's pieces name none
@pytest.mark.parametrize("cells, want", [
    (["STT ", " Nội dung ", " Người thực hiện ", " Ghi chú"], True),
    (["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"], True),
    (["Công việc", "Bộ phận phụ trách", ""], True),
    (["STT", "Đơn vị", "Thời gian"], False),          # no content column
    (["Trang chủ", "Tin tức", "Văn bản"], False),
    (["Nội dung", "Họp giao ban các thôn vào sáng thứ Hai"], False),
])
def test_h11v29_names_task_columns(cells, want):
    from extractors.tables import names_task_columns
    assert names_task_columns(cells) is want


# ---- v30 h8: task tables printed a cell a line that the flat readers missed: a timeline grid (its month columns
# named a line each, the marked cells "x", an empty line an empty cell, as LibreOffice's text export prints it),
# a table with no STT column, an event's programme by the hour
_H8_PURPOSE = ("1. Phát huy vai trò, trách nhiệm của các cơ quan, đơn vị, tổ chức trong việc triển khai thực hiện;"
               " bảo đảm thống nhất, đồng bộ, hiệu quả, đúng tiến độ và phù hợp với điều kiện thực tế của địa phương.\n")


def _h8v30_plan(organ: str, body: str) -> bytes:
    head, unit = organ.split("\n")
    return (f"{head}\n{unit}\nSố: 31/KH-UBND\nKiên Lương, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n" + _H8_PURPOSE * 3 + "II. NỘI DUNG\n" + body
            + "III. TỔ CHỨC THỰC HIỆN\n1. Các đơn vị báo cáo kết quả trước ngày 15/12/2026.\nNơi nhận:\n- Lưu: VT.\n").encode()


def _h8v30_grid(names: list[str], rows: list[tuple[str, str, list[int]]]) -> str:
    out = "STT\nNội dung công việc\nĐơn vị thực hiện\n" + "".join(n + "\n" for n in names)
    for k, (content, unit, marked) in enumerate(rows, 1):
        cells = ["x" if i in marked else "" for i in range(len(names))]
        out += f"{k}\n{content}\n{unit}\n"
        blanks = 0
        for c in cells:
            if c:
                out += "\n" * blanks + c + "\n"
                blanks = 0
            else:
                blanks += 1
        out += "\n" * blanks
    return out


@pytest.mark.parametrize("names, rows, want", [
    ([f"T{m}" for m in range(1, 13)],
     [("Phun thuốc diệt muỗi, phòng sốt xuất huyết", "Trạm Y tế xã", [4, 5, 6]),
      ("Kiểm tra an toàn thực phẩm tại chợ và bếp ăn tập thể", "Công an xã", [0, 8]),
      ("Tổng kết công tác y tế dự phòng", "Văn phòng HĐND và UBND xã", [11])],
     [("Tháng 5 - 7", dt.date(2026, 7, 31)), ("Tháng 1, 9", dt.date(2026, 9, 30)), ("Tháng 12", dt.date(2026, 12, 31))]),
    ([f"Tháng {m}" for m in range(1, 13)],
     [("Ra quân dọn vệ sinh các tuyến kênh rạch", "Hội Liên hiệp Phụ nữ xã", [1]),
      ("Trồng cây xanh trên các tuyến đường liên ấp", "Đoàn Thanh niên xã", [2, 3]),
      ("Vớt lục bình, khơi thông dòng chảy", "Ban nhân dân các ấp", [5, 10])],
     [("Tháng 2", dt.date(2026, 2, 28)), ("Tháng 3 - 4", dt.date(2026, 4, 30)), ("Tháng 6, 11", dt.date(2026, 11, 30))]),
    (["Quý I", "Quý II", "Quý III", "Quý IV"],
     [("Tập huấn nghiệp vụ cho cán bộ thú y cơ sở", "Trạm Chăn nuôi và Thú y huyện", [1]),
      ("Tiêm phòng dại cho chó, mèo", "Hội Nông dân xã", [2]),
      ("Vệ sinh, tiêu độc chuồng trại", "Các hộ chăn nuôi", [0, 3])],
     [("Quý II", dt.date(2026, 6, 30)), ("Quý III", dt.date(2026, 9, 30)), ("Quý I, IV", dt.date(2026, 12, 31))]),
])
def test_h8v30_a_grid_printed_a_cell_a_line(names, rows, want):
    tasks = extract_bytes(_h8v30_plan("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN", _h8v30_grid(names, rows)), "grid.txt").tasks
    assert [t.text for t in tasks if t.origin == "table"] == [r[0] for r in rows]
    assert [(t.timing_text, t.deadline) for t in tasks if t.origin == "table"] == want
    assert [t.lead_units for t in tasks if t.origin == "table"] == [[r[1]] for r in rows]


@pytest.mark.parametrize("organ, header, rows", [
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ THỦY", ["Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"],
     [["Rà soát các hộ kinh doanh ven biển", "Công an phường", "Tháng 3/2026"],
      ["Tổ chức lớp tập huấn cho chủ cơ sở lưu trú", "Văn phòng HĐND và UBND phường", "Quý II/2026"],
      ["Kiểm tra việc chấp hành quy định về phòng cháy", "Ban Chỉ huy Quân sự phường", "Tháng 9/2026"]]),
    ("SỞ Y TẾ TỈNH ĐẮK NÔNG\nBỆNH VIỆN ĐA KHOA TỈNH", ["Đơn vị", "Nhiệm vụ", "Thời gian"],
     [["Khoa Kiểm soát nhiễm khuẩn", "Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng", "Thường xuyên"],
      ["Phòng Điều dưỡng", "Tập huấn quy trình chăm sóc người bệnh cho điều dưỡng mới", "Quý I/2026"],
      ["Phòng Kế hoạch tổng hợp", "Tổng hợp, báo cáo kết quả thực hiện", "Tháng 12/2026"]]),
])
def test_h8v30_a_table_a_cell_a_line_without_stt(organ, header, rows):
    body = "".join(h + "\n" for h in header) + "".join(c + "\n" for r in rows for c in r)
    tasks = [t for t in extract_bytes(_h8v30_plan(organ, body), "khong-stt.txt").tasks if t.origin == "table"]
    content = 0 if header[0].startswith("Nội") else 1
    assert [t.text for t in tasks] == [r[content] for r in rows]
    assert [t.lead_units for t in tasks] == [[r[1 - content]] for r in rows]
    assert [t.timing_text for t in tasks] == [r[2] for r in rows]


def test_h8v30_column_names_over_prose_are_no_table():
    # a paragraph naming the columns' words, then prose: no row fits the names
    body = ("Nội dung công việc\nĐơn vị chủ trì\nThời gian hoàn thành\n"
            "1. Tuyên truyền sâu rộng trong Nhân dân về các chủ trương, chính sách.\n"
            "2. Các đơn vị chủ động phối hợp thực hiện.\n")
    tasks = extract_bytes(_h8v30_plan("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN", body), "prose.txt").tasks
    assert not any(t.origin == "table" for t in tasks)


@pytest.mark.parametrize("hours", [["7h30 – 8h00", "8h00 – 8h20", "8h20 – 9h30", "9h30 – 10h00"],
                                   ["13 giờ 30 - 14 giờ", "14 giờ - 14 giờ 30", "14 giờ 30 - 16 giờ", "16 giờ - 16 giờ 30"]])
def test_h8v30_a_programme_by_the_hour_a_cell_a_line(hours):
    steps = [("Đón tiếp đại biểu", "Ban Tổ chức"),
             ("Văn nghệ chào mừng", "Trường Tiểu học Kiên Lương"),
             ("Báo cáo tổng kết công tác Hội năm 2025", "Hội Cựu chiến binh xã"),
             ("Trao thưởng các tập thể, cá nhân", "Văn phòng HĐND và UBND xã")]
    body = "Thời gian\nNội dung\nNgười/Đơn vị thực hiện\n" + "".join(f"{h}\n{c}\n{u}\n" for h, (c, u) in zip(hours, steps))
    tasks = [t for t in extract_bytes(_h8v30_plan("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN", body), "chuong-trinh.txt").tasks
             if t.origin == "table"]
    assert [(t.timing_text, t.text, t.lead_units) for t in tasks] == [(h, c, [u]) for h, (c, u) in zip(hours, steps)]


# ---- v30 h8: a timeline grid whose months are counted 1 to 12 in a second header row under a merged time's name
# that prints no "tháng" ("Thời gian thực hiện năm 2026"), in a Word table and as LibreOffice's text export prints it
_H8_GRID_ROWS = [("Phun hóa chất diệt muỗi tại các ổ dịch cũ", "Trạm Y tế xã", [5, 6]),
                 ("Chiến dịch diệt bọ gậy tại các khu dân cư", "Đoàn Thanh niên xã", [4, 7, 10]),
                 ("Giám sát ca bệnh tại cộng đồng", "Cộng tác viên các thôn", list(range(1, 13))),
                 ("Tổng kết công tác phòng, chống dịch", "Văn phòng HĐND và UBND xã", [12])]
_H8_GRID_WANT = [("Tháng 5 - 6/2026", dt.date(2026, 6, 30)), ("Tháng 4, 7, 10/2026", dt.date(2026, 10, 31)),
                 ("Cả năm 2026", dt.date(2026, 12, 31)), ("Tháng 12/2026", dt.date(2026, 12, 31))]


@pytest.mark.parametrize("over", ["Thời gian thực hiện năm 2026", "Tiến độ thực hiện năm 2026"])
def test_h8v30_month_numbers_under_a_merged_time_in_a_word_table(over):
    d = docx.Document()
    for ln in _h8v30_plan("ỦY BAN NHÂN DÂN\nXÃ THANH SƠN", "").decode().split("III. TỔ CHỨC")[0].splitlines():
        d.add_paragraph(ln)
    t = d.add_table(rows=2 + len(_H8_GRID_ROWS), cols=15)
    t.style = "Table Grid"
    for k, name in enumerate(["STT", "Nội dung", "Đơn vị thực hiện"]):
        t.cell(0, k).merge(t.cell(1, k)).text = name
    t.cell(0, 3).merge(t.cell(0, 14)).text = over
    for m in range(1, 13):
        t.cell(1, 2 + m).text = str(m)
    for r, (content, unit, months) in enumerate(_H8_GRID_ROWS, 2):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = str(r - 1), content, unit
        for m in months:
            t.cell(r, 2 + m).text = "x"
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Các đơn vị báo cáo kết quả trước ngày 15/12/2026.")
    tasks = [t for t in extract_bytes(_saved(d), "thanh-son.docx").tasks if t.origin == "table"]
    assert [(t.timing_text, t.deadline) for t in tasks] == _H8_GRID_WANT
    assert [t.lead_units for t in tasks] == [[u] for _, u, _ in _H8_GRID_ROWS]


def test_h8v30_month_numbers_under_a_merged_time_a_cell_a_line():
    # LibreOffice prints the merged name once, the empty cells under the others as empty lines, then 1 … 12
    body = "STT\nNội dung\nĐơn vị thực hiện\nThời gian thực hiện năm 2026\n\n\n\n" + "".join(f"{m}\n" for m in range(1, 13))
    for k, (content, unit, months) in enumerate(_H8_GRID_ROWS, 1):
        body += f"{k}\n{content}\n{unit}\n"
        blanks = 0
        for m in range(1, 13):
            if m in months:
                body += "\n" * blanks + "x\n"
                blanks = 0
            else:
                blanks += 1
        body += "\n" * blanks
    tasks = [t for t in extract_bytes(_h8v30_plan("ỦY BAN NHÂN DÂN\nXÃ THANH SƠN", body), "thanh-son.txt").tasks
             if t.origin == "table"]
    assert [(t.timing_text, t.deadline) for t in tasks] == _H8_GRID_WANT
    assert [t.text for t in tasks] == [c for c, _, _ in _H8_GRID_ROWS]


@pytest.mark.parametrize("above, numbers", [
    (["STT", "Nội dung", "Chỉ tiêu năm 2026", "", ""], ["", "", "1", "2", "3"]),          # a few numbered columns
    (["STT", "Nội dung", "Ghi chú"] + [""] * 12, ["", "", ""] + [str(m) for m in range(1, 13)]),  # no time's name
])
def test_h8v30_numbers_under_other_names_are_no_months(above, numbers):
    from extractors.tables import grid_columns
    assert grid_columns(numbers, above) == {}
