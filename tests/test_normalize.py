"""Normalization: a mangled line in, the expected normalized text out."""
import unicodedata

import pytest

from pipeline.document import RawDocument, RawLine
from pipeline.ingest.layout import page_columns
from pipeline.ingest.text import lines_from_html, read_text
from pipeline.normalize import (canon, clean_cell, continues, fold, join_wrapped, normalize, normalize_text,
                                strip_markup)


@pytest.mark.parametrize("raw, expected, bold", [
    ("**I. MỤC ĐÍCH, YÊU CẦU**", "I. MỤC ĐÍCH, YÊU CẦU", True),
    ("## **2. Nâng cao chất lượng**", "2. Nâng cao chất lượng", True),
    ("#### **Nơi nhận:**", "Nơi nhận:", True),
    ("phong trào “ <i>Người tốt - Việc tốt</i> ”", "phong trào “ Người tốt - Việc tốt ”", False),
    ("<b>STT</b>", "STT", True),
    ("*(Kèm theo Kế hoạch số 14/KH-UBND*", "(Kèm theo Kế hoạch số 14/KH-UBND", False),
    ("A &amp; B&nbsp;C", "A & B C", False),
    # an escaped asterisk is printed: a converter's "(\*)" footnote mark, "\*\*" typed as such
    ("Tổng kết công tác cải cách hành chính năm 2025 (\\*)", "Tổng kết công tác cải cách hành chính năm 2025 (*)", False),
    ("\\- CT, các PCT UBND thị xã (\\*);", "- CT, các PCT UBND thị xã (*);", False),
    ("Cơ sở lưu trú đạt hạng \\*\\*\\* trở lên", "Cơ sở lưu trú đạt hạng *** trở lên", False),
    # a footnote mark in parentheses is no emphasis, escaped or not (a text file prints it bare)
    ("(*) Nhiệm vụ trọng tâm, báo cáo hằng tháng", "(*) Nhiệm vụ trọng tâm, báo cáo hằng tháng", False),
    ("Xây dựng đề án (**) và *kế hoạch* (*)", "Xây dựng đề án (**) và kế hoạch (*)", False),
    # … while emphasis opening or closing inside parentheses still goes
    ("(*Kèm theo Kế hoạch số 25/KH-UBND*)", "(Kèm theo Kế hoạch số 25/KH-UBND)", False),
    ("**Nơi nhận:** \\- Sở Nội vụ", "Nơi nhận: - Sở Nội vụ", True),
    # pandoc's Markdown of a Word file: underlined and small-caps runs are bracketed spans, footnote
    # marks "[^1]", a line break inside a paragraph a "\\" ending the line
    ("1.  [Công an phường]{.underline} tăng cường tuần tra", "1. Công an phường tăng cường tuần tra", False),
    ("Đề nghị [Ủy ban MTTQ Việt Nam xã]{.underline .mark} vận động", "Đề nghị Ủy ban MTTQ Việt Nam xã vận động", False),
    ("[Chủ tịch UBND huyện]{.smallcaps} chỉ đạo", "Chủ tịch UBND huyện chỉ đạo", False),
    ("[Ghi chú]{#note lang=vi}:", "Ghi chú:", False),
    ("của UBND thành phố Nha Trang năm 2025[^1];", "của UBND thành phố Nha Trang năm 2025;", False),
    ("Kế hoạch số 12/KH-UBND[^ghi-chu] của huyện", "Kế hoạch số 12/KH-UBND của huyện", False),
    ("**ỦY BAN NHÂN DÂN**\\", "ỦY BAN NHÂN DÂN", True),
    ("\\- Sở Tư pháp (b/c);\\", "- Sở Tư pháp (b/c);", False),
    # a footnote's own line: its text, as a Word footnote is read (the citation in it still counts)
    ("[^1]: Hội nghị phát động ngày 18/01/2025.", "Hội nghị phát động ngày 18/01/2025.", False),
    ("[^ghi-chu]:   Quyết định số 1719/QĐ-TTg ngày 14/10/2021.", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021.", False),
    ("[^3]: *Nghị quyết số 12/NQ-HĐND của HĐND tỉnh.*", "Nghị quyết số 12/NQ-HĐND của HĐND tỉnh.", False),
    # not markup: brackets the author typed (a link's label "[1]:" too), an escaped backslash, braces alone
    ("[1]: Danh mục nhiệm vụ", "[1]: Danh mục nhiệm vụ", False),
    ("theo ghi chú [^2]: xem Phụ lục", "theo ghi chú [^2]: xem Phụ lục", False),
    ("rác thải nhựa \\[túi ni lông, chai nhựa\\] ven biển", "rác thải nhựa [túi ni lông, chai nhựa] ven biển", False),
    ("theo Phụ lục [kèm theo] {bảng 2}", "theo Phụ lục [kèm theo] {bảng 2}", False),
    ("đường dẫn D:\\\\", "đường dẫn D:\\", False),
])
def test_strip_markup(raw, expected, bold):
    text, is_bold = strip_markup(raw)
    assert " ".join(text.split()) == expected
    assert is_bold is bold


def test_nfd_text_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân xã Mường Tè")
    doc = normalize_text(nfd)
    assert doc.text == "Ủy ban nhân dân xã Mường Tè"
    assert unicodedata.is_normalized("NFC", doc.text)


def test_fold_and_canon_make_variants_equal_but_keep_print():
    assert fold("Hoà Bình") == fold("Hòa Bình") == "hoa binh"
    assert canon("Uỷ ban nhân dân huyện Quảng Hoà") == "Ủy ban nhân dân huyện Quảng Hòa"
    assert fold("Độc lập – Tự do") == "doc lap - tu do"
    doc = normalize_text("UBND xã Thuỷ Xuân")
    assert doc.text == "UBND xã Thuỷ Xuân"  # the printed form is kept


@pytest.mark.parametrize("prev, nxt, width, joined", [
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh", "Gia Lai về công tác dân số;", 80, True),
    ("tổ chức tuyên truyền về công tác dân số;", "vận động các hộ gia đình", 80, True),
    ("1. Mục tiêu chung", "Nâng cao chất lượng dân số", 80, False),
    ("Tổ chức hội nghị triển khai Kế hoạch", "2", 80, False),
    ("Phát động phong trào thi đua", "“Chung tay vì người nghèo”", 80, True),
    ("Ban hành Kế hoạch tổ chức bầu cử năm", "2026", 80, True),
    ("- Văn phòng HĐND - UBND xã;", "- Công an xã.", 80, False),
    ("Triển khai công tác bầu cử đại biểu Hội đồng nhân dân các cấp tại các thôn, bản, tổ", "Dân phố trên địa bàn", 90, True),
    ("Triển khai công tác bầu cử đại biểu Hội đồng nhân dân các cấp.", "Đồng thời tuyên truyền", 90, False),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Công tác tuyên truyền", 80, False),
    ("Số hộ nghèo giảm bình quân", "a) Nhiệm vụ", 80, False),
    # a letter item typed "a/ " opens its own line; "đ/c" (đồng chí) wrapped to a line start does not
    ("Mở đợt cao điểm tấn công, trấn áp tội phạm", "a/ Rà soát, lập danh sách đối tượng", 80, False),
    ("Giao Công an xã chủ trì, báo cáo kết quả cho", "đ/c Bí thư Đảng ủy xã theo dõi", 80, True),
    # a Party item "2- …" opens its own line, whatever the line before ended with
    ("1- Tổ chức quán triệt nghị quyết đến cán bộ, đảng viên", "2- Rà soát, kiện toàn chi bộ", 60, False),
    ("- Bảo đảm dân chủ, khách quan", "3 - Kiểm tra, giám sát", 80, False),
    # but a range carried to the next line still continues it
    ("tổ chức kiểm tra trong thời gian", "5 - 7 ngày kể từ ngày nhận hồ sơ", 40, True),
    # a year range wrapped before its dash: the dash and the year end the range, they open no bullet
    ("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021", "- 2030;", 80, True),
    ("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026", "– 2030 CỦA HUYỆN", 80, True),
    ("Tổng kết phong trào thi đua giai đoạn 2020", "-2025 và phát động giai đoạn mới", 60, True),
    # a bullet opening with a year, or with a figure, after a line ending in a year stays a bullet
    ("Lộ trình thực hiện đến năm 2025", "- 2026: hoàn thành số hóa hồ sơ", 80, False),
    ("Phấn đấu đạt chuẩn nông thôn mới năm 2025", "- 100% thôn có nhà văn hóa", 80, False),
    ("Tập huấn cho 50 cán bộ xã năm 2025;", "- Tập huấn cho 30 cán bộ thôn", 80, False),
    # an item numbered after a word opens its own line after a line that ran to the full width
    ("Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành và",
     "Nhiệm vụ 2: Cải cách thủ tục hành chính", 90, False),
    ("Hỗ trợ các hộ nghèo, hộ cận nghèo trên địa bàn các xã đặc biệt khó khăn phát triển sinh kế theo",
     "Dự án 3. Hỗ trợ phát triển sản xuất", 90, False),
    ("Thực hiện đầy đủ các nội dung đã được phê duyệt tại Quyết định số 12/QĐ-UBND, trong đó có",
     "Nội dung chi tiết được gửi kèm theo", 90, True),
])
def test_continues(prev, nxt, width, joined):
    assert continues(prev, nxt, width) is joined


def test_wrapped_lines_rejoin_but_markers_and_bullets_stay():
    text = ("KẾ HOẠCH\nTổ chức bầu cử đại biểu Quốc hội khóa XVI\n\n"
            "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015; Ban Thường\n"
            "\n"
            "trực Ủy ban MTTQ Việt Nam xã Ea Kao xây dựng Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n- Tổ chức hiệp thương đúng luật;\n- Bảo đảm dân chủ.\n")
    doc = normalize_text(text)
    assert [ln.text for ln in doc.lines] == [
        "KẾ HOẠCH",
        "Tổ chức bầu cử đại biểu Quốc hội khóa XVI",
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015; Ban Thường "
        "trực Ủy ban MTTQ Việt Nam xã Ea Kao xây dựng Kế hoạch như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Tổ chức hiệp thương đúng luật;",
        "- Bảo đảm dân chủ.",
    ]
    for ln in doc.lines:
        assert doc.text[ln.start:ln.end] == ln.text


def test_a_line_its_reader_saw_ended_is_not_taken_for_a_wrapped_one():
    """OCR measures where a line stopped: one that left room for the next line's first word was
    ended by its author, however many characters it holds (a flattened table's cell, a heading
    on its own line). Without that measure the length of the line decides, as before."""
    def lines(flag: bool) -> list[str]:
        raw = [RawLine("Tổ chức tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 đến"),
               RawLine("cán bộ, công chức và Nhân dân trên địa bàn các phường, các khu dân cư", ended=flag),
               RawLine("Phòng Văn hóa và Thông tin", ended=flag),
               RawLine("3. Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã", ended=flag),
               RawLine("Thực hiện nhiệm vụ theo Phụ lục II kèm theo; hằng quý báo cáo kết quả.", ended=flag),
               RawLine("Tổ chức tập huấn nghiệp vụ cho", ended=flag),
               RawLine("cán bộ, công chức cấp xã năm", ended=flag),
               RawLine("2025.")]
        return [ln.text for ln in normalize(RawDocument(lines=raw, source_format="pdf_scanned")).lines]

    assert lines(True) == [
        "Tổ chức tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 đến cán bộ, công chức và "
        "Nhân dân trên địa bàn các phường, các khu dân cư",
        "Phòng Văn hóa và Thông tin",
        "3. Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã",
        # a line going on in lower case, or with a figure, still continues what was ended
        "Thực hiện nhiệm vụ theo Phụ lục II kèm theo; hằng quý báo cáo kết quả.",
        "Tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã năm 2025.",
    ]
    assert lines(False) == [  # by their length, the lines read as wrapped ones
        "Tổ chức tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 đến cán bộ, công chức và "
        "Nhân dân trên địa bàn các phường, các khu dân cư Phòng Văn hóa và Thông tin",
        "3. Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã Thực hiện nhiệm vụ theo Phụ lục II kèm theo; "
        "hằng quý báo cáo kết quả.",
        "Tổ chức tập huấn nghiệp vụ cho cán bộ, công chức cấp xã năm 2025.",
    ]



@pytest.mark.parametrize("cell, expected", [
    # a PDF cell's lines: a year range wrapped before its dash is one line, a bullet after it is not
    ("Số hóa sổ gốc văn bằng giai đoạn 2020\n- 2024 tại các trường\n- Trình khen thưởng",
     "Số hóa sổ gốc văn bằng giai đoạn 2020 - 2024 tại các trường\n- Trình khen thưởng"),
    ("Lộ trình đến năm 2025\n- 2026: số hóa toàn bộ hồ sơ", "Lộ trình đến năm 2025\n- 2026: số hóa toàn bộ hồ sơ"),
])
def test_a_year_range_wrapped_in_a_cell_stays_one_line(cell, expected):
    assert clean_cell(cell) == expected


def test_tab_rows_become_cells_with_offsets():
    doc = normalize_text("STT\tNội dung\tĐơn vị thực hiện\n1\tRà soát hộ nghèo\t<ul> - UBND xã; - Trưởng thôn</ul>\n")
    row = doc.lines[1]
    assert row.is_row
    assert doc.cell_texts(row) == ["1", "Rà soát hộ nghèo", "- UBND xã; - Trưởng thôn"]
    assert doc.text[row.cells[1].start:row.cells[1].end] == "Rà soát hộ nghèo"
    assert doc.lines[0].table_id == row.table_id


@pytest.mark.parametrize("odd", ["", "\u00a0", "\u00ad", "Ð", "’", "  ", "e\u0301"])
def test_cells_come_out_as_clean_cell_makes_them(odd):
    """Cells of a table whose text needs no mending are only stripped; one odd character in any
    cell (no-break space, soft hyphen, look-alike Đ, odd apostrophe, double space, a text not in
    NFC) and every cell is cleaned as before, each as clean_cell makes it."""
    rows = [[" 1 ", "Rà soát hộ nghèo ", "UBND xã ,Trưởng thôn"],
            ["2", "Kiểm tra  định kỳ", "Phòng Y tế ; Trạm Y tế"],
            ["3", f"Tuyên truyền{odd}bằng loa", "**Đoàn Thanh niên**"],
            ["4", "II . Tổ chức", "Công an xã"]]
    raw = RawDocument(lines=[RawLine("\t".join(r), cells=r) for r in rows], source_format="docx")
    doc = normalize(raw)
    spaced = True  # (the cells print " ,", " ;" and " .")
    assert [doc.cell_texts(ln) for ln in doc.lines] == [[clean_cell(c, False, spaced) for c in r] for r in rows]
    assert doc.cell_texts(doc.lines[0]) == ["1", "Rà soát hộ nghèo", "UBND xã ,Trưởng thôn"]
    assert doc.cell_texts(doc.lines[1])[1:] == ["Kiểm tra định kỳ", "Phòng Y tế; Trạm Y tế"]
    assert doc.cell_texts(doc.lines[2])[2] == "Đoàn Thanh niên"


def test_empty_cells_keep_their_place():
    raw = RawDocument(lines=[RawLine("", cells=["", "tổng kết năm 2026.", ""])], source_format="pdf")
    doc = normalize(raw)
    assert doc.cell_texts(doc.lines[0]) == ["", "tổng kết năm 2026.", ""]


def test_html_table_and_paragraphs():
    html = ("<html><body><p><b>KẾ HOẠCH</b></p><p>Phát triển cụm công nghiệp</p>"
            "<table><tr><th>TT</th><th>Nội dung</th></tr>"
            "<tr><td>1</td><td>Lập quy hoạch<br>chi tiết</td></tr></table><p>Nơi nhận:</p></body></html>")
    lines = lines_from_html(html)
    assert lines[0].text.strip() == "KẾ HOẠCH" and lines[0].bold
    assert lines[2].cells == ["TT", "Nội dung"]
    assert lines[3].cells[1].split() == ["Lập", "quy", "hoạch", "chi", "tiết"]
    doc = normalize(read_text(html.encode(), "html"))
    assert doc.source_format == "html"
    assert doc.lines[-1].text == "Nơi nhận:"


def _html_rows(html: str) -> list[list[str]]:
    return [[c.strip() for c in ln.cells] for ln in lines_from_html(html) if ln.cells is not None]


def test_html_merged_cells_keep_their_columns():
    """colspan and rowspan put a merged cell's text in its first column and "" in the columns and
    rows it covers, as Word's reader does: a two-row header and the body line up column by column."""
    html = ("<table><tr><th rowspan='2'>STT</th><th rowspan='2'>Nội dung</th><th colspan='2'>Cơ quan thực hiện</th>"
            "<th rowspan=\"2\">Thời gian</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>"
            "<tr><td colspan=5><b>Quý I</b></td></tr>"
            "<tr><td>1</td><td>Khảo sát</td><td rowspan=2>Sở Y tế</td><td>Công an tỉnh</td><td>Tháng 3/2025</td></tr>"
            "<tr><td>2</td><td>Tập huấn</td><td>Sở Tài chính</td><td>Quý I/2025</td></tr></table>")
    assert _html_rows(html) == [
        ["STT", "Nội dung", "Cơ quan thực hiện", "", "Thời gian"],
        ["", "", "Chủ trì", "Phối hợp", ""],
        ["Quý I", "", "", "", ""],
        ["1", "Khảo sát", "Sở Y tế", "Công an tỉnh", "Tháng 3/2025"],
        ["2", "Tập huấn", "", "Sở Tài chính", "Quý I/2025"],
    ]


def test_html_rowspan_in_the_last_column_and_odd_span_values():
    html = ("<table><tr><td>1</td><td>Rà soát hộ nghèo</td><td rowspan='3'>Năm 2025</td></tr>"
            "<tr><td>2</td><td>Hỗ trợ nhà ở</td></tr><tr><td>3</td><td>Tổng kết</td></tr>"
            "<tr><td colspan='abc'>4</td><td colspan='0'>Khen thưởng</td><td colspan='5000'>Quý IV</td></tr></table>")
    rows = _html_rows(html)
    assert rows[:3] == [["1", "Rà soát hộ nghèo", "Năm 2025"], ["2", "Hỗ trợ nhà ở", ""], ["3", "Tổng kết", ""]]
    assert rows[3][:3] == ["4", "Khen thưởng", "Quý IV"] and len(rows[3]) == 2 + 64  # a span is capped


def test_html_spans_of_one_table_do_not_reach_the_next():
    html = ("<table><tr><td rowspan='2'>A</td><td>B</td></tr><tr><td>C</td></tr></table>"
            "<table><tr><td>1</td><td>D</td></tr></table>")
    assert _html_rows(html) == [["A", "B"], ["", "C"], ["1", "D"]]


@pytest.mark.parametrize("raw, expected", [
    ("_________", ""),                                    # an odd rule under a title left "_"
    ("Hạnh phúc _______________________ Bắc Giang", "Hạnh phúc Bắc Giang"),
    ("Số: ___/KH-UBND", "Số: /KH-UBND"),
    ("ngày ____ tháng ___ năm 2025", "ngày tháng năm 2025"),
    ("__Nơi nhận:__", "Nơi nhận:"),                       # markdown's emphasis is still emphasis
    ("mã_số", "mã_số"),
])
def test_a_rule_of_underscores_is_layout(raw, expected):
    assert " ".join(strip_markup(raw)[0].split()) == expected


def test_markdown_pipe_table():
    doc = normalize_text("| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Khảo sát | Quý I/2026 |\n", "md")
    assert [doc.cell_texts(ln) for ln in doc.lines] == [["STT", "Nội dung", "Thời gian"], ["1", "Khảo sát", "Quý I/2026"]]


@pytest.mark.parametrize("printed, expected", [
    ("ÐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),  # U+00D0, Latin-1's reading of cp1258 Đ
    ("Ðề án 06; Nghị ðịnh số 98/2023/NÐ-CP", "Đề án 06; Nghị định số 98/2023/NĐ-CP"),
    ("Ɖội văn nghệ xã ɖã tập luyện", "Đội văn nghệ xã đã tập luyện"),  # African D, typed by hand
    ("Đã đúng từ đầu", "Đã đúng từ đầu"),
])
def test_look_alike_d_becomes_vietnamese_d(printed, expected):
    doc = normalize(RawDocument([RawLine(printed)], source_format="txt"))
    assert doc.text == expected


def test_a_plan_typed_with_look_alike_d_reads_as_the_plan(tmp_path):
    from pathlib import Path

    from pipeline.extract import extract_bytes

    plan = Path(__file__).resolve().parents[2] / "shared" / "sample-plans" / "binh-gia-2025.txt"
    if not plan.exists():
        pytest.skip("shared/sample-plans not available")
    text = plan.read_text(encoding="utf-8")
    assert "Đ" in text and "đ" in text
    odd = text.replace("Đ", "Ð").replace("đ", "ð")
    a, b = extract_bytes(text.encode(), plan.name), extract_bytes(odd.encode(), plan.name)
    assert b.document.text == a.document.text
    assert [(t.text, t.deadline, t.lead_units) for t in b.tasks] == [(t.text, t.deadline, t.lead_units) for t in a.tasks]
    assert {r.symbol for r in b.references} == {r.symbol for r in a.references}


def test_a_line_that_is_only_a_period_is_not_carried_over():
    assert not continues("Công an xã", "6 tháng/lần", 80)
    assert not continues("Đài truyền thanh xã", "01 lần/năm.", 80)
    assert continues("Tổng kết công tác năm", "2025 và triển khai nhiệm vụ năm 2026", 80)
    assert continues("Kiểm tra định kỳ", "6 tháng/lần các cơ sở kinh doanh", 80)


def _prose(html: str) -> list[str]:
    return [ln.text.strip() for ln in lines_from_html(html) if ln.cells is None]


def test_html_header_layout_table_reads_as_prose_column_by_column():
    """A borderless header table (issuer | motto) is read as Word's reader reads it: the left
    column's paragraphs, then the right column's, so a sub-body keeps a line of its own."""
    html = ("<table class=MsoNormalTable border=0><tr><td><p>UBND HUYỆN MAI SƠN</p><p><b>PHÒNG GIÁO DỤC"
            "</b></p><p><b>VÀ ĐÀO TẠO</b></p><p>Số: 17/KH-PGDĐT</p></td>"
            "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p>"
            "<p><i>Mai Sơn, ngày 3 tháng 3 năm 2025</i></p></td></tr></table><p>KẾ HOẠCH</p>")
    assert _prose(html) == ["UBND HUYỆN MAI SƠN", "PHÒNG GIÁO DỤC", "VÀ ĐÀO TẠO", "Số: 17/KH-PGDĐT",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Mai Sơn, ngày 3 tháng 3 năm 2025", "KẾ HOẠCH"]
    # two rows (issuer | motto, then "Số:" | place and date), <br> between the lines
    html = ("<table border='0' style='border-collapse:collapse'><tr><td><b>ỦY BAN NHÂN DÂN<br>PHƯỜNG 4</b></td>"
            "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
            "<tr><td>Số: 9/KH-UBND</td><td><i>Phường 4, ngày 2 tháng 1 năm 2025</i></td></tr></table>")
    assert _prose(html) == ["ỦY BAN NHÂN DÂN", "PHƯỜNG 4", "Số: 9/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc", "Phường 4, ngày 2 tháng 1 năm 2025"]


def test_html_signature_layout_table_reads_as_prose():
    html = ("<table width='100%' border='0'><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>"
            "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><b>Lò Văn Sơn</b></td></tr></table>")
    assert _prose(html) == ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                            "Lò Văn Sơn"]


@pytest.mark.parametrize("html", [
    # ruled by its border attribute, by a cell's CSS border: a table of the plan, whatever it says
    "<table border=1><tr><td>1</td><td>Họp Ban Chỉ đạo</td><td>Chủ tịch UBND xã</td></tr></table>",
    "<table><tr><td style='border:solid windowtext 1.0pt'>Số: 12</td><td>CỘNG HÒA</td></tr></table>",
    # borderless but with no header or signature cue: a plain table
    "<table border=0><tr><td>1</td><td>Khảo sát</td><td>Quý I</td></tr></table>",
    # too many columns for issuer | motto
    "<table><tr><td>Số: 5</td><td>a</td><td>b</td><td>c</td></tr></table>",
])
def test_html_tables_that_are_not_layout_keep_their_rows(html):
    assert all(ln.cells is not None for ln in lines_from_html(html))


def test_html_cell_keeps_its_paragraphs_and_reads_source_line_breaks_as_spaces():
    """Word's "Web Page" wraps its HTML source inside text; a wrap is a space, as outside cells,
    while a paragraph or <br> in a cell is a line of the cell (normalize rejoins wrapped ones)."""
    html = ("<table border=1><tr><td><p class=MsoNormal><span lang=VI>Phòng Tài nguyên\r\n  và Môi trường;"
            "</span></p><p class=MsoNormal><span lang=VI>Công an\nhuyện</span></p></td><td>Quý II/2025</td></tr>"
            "</table>")
    (row,) = lines_from_html(html)
    # (the CRLF is one line break, one space; the indentation after it stays for normalize to collapse)
    assert [c.split("\n") for c in row.cells] == [["Phòng Tài nguyên   và Môi trường;", "Công an huyện"],
                                                ["Quý II/2025"]]
    assert "\n" not in row.text
    doc = normalize(read_text(html.encode(), "html"))
    assert doc.cell_texts(doc.lines[0])[0] == "Phòng Tài nguyên và Môi trường;\nCông an huyện"


# A saved page of a portal or a legal database: its menus, breadcrumb, boxes and footer are not
# the plan's text (they hold other documents' numbers, a licence's number, the site's address).
PORTAL_PAGE = """<html><head><title>Kế hoạch 31/KH-UBND</title></head><body>
<nav><ul><li>Trang chủ</li><li>Văn bản</li></ul></nav>
<div class="top-menu"><a>Tin tức</a><a>Liên hệ</a></div>
<div class="breadcrumb">Trang chủ › Văn bản › Kế hoạch 31/KH-UBND</div>
<div id="loginNotice">Đăng nhập để tải văn bản gốc</div>
<div class="noiDung">
<p>ỦY BAN NHÂN DÂN XÃ HỢP THÀNH</p><p>Số: 31/KH-UBND</p>
<p>KẾ HOẠCH</p><p>Phòng, chống dịch bệnh năm 2025</p>
<table class="bang" border="1"><tr><td>1</td><td>Phun hóa chất</td><td>Trạm Y tế xã</td></tr></table>
<div class="header-note">Ghi chú của văn bản</div>
</div>
<aside><p>Văn bản mới: Quyết định 99/QĐ-UBND</p></aside>
<div class="relatedDocs"><table><tr><td>Thông tư 48/2015/TT-BYT</td></tr></table></div>
<footer><p>Giấy phép số 123/GP-TTĐT</p></footer>
<div class="site-copyright">© 2025 Cổng thông tin</div>
</body></html>"""


def test_a_web_page_s_furniture_is_not_the_plan_s_text():
    lines = [ln.text for ln in lines_from_html(PORTAL_PAGE)]
    text = "\n".join(lines)
    for chrome in ("Trang chủ", "Tin tức", "Đăng nhập", "99/QĐ-UBND", "48/2015/TT-BYT", "123/GP-TTĐT", "©"):
        assert chrome not in text
    # the document, its table and a box of its own whose class merely contains "header" stay
    for kept in ("ỦY BAN NHÂN DÂN XÃ HỢP THÀNH", "Số: 31/KH-UBND", "Phun hóa chất", "Ghi chú của văn bản"):
        assert kept in text


# A portal lays the document's own closing (Nơi nhận beside the signer) out in an element it names
# a footer ("tbl-footer", "footer-sign", "chantrang-vb"): the closing is the document's, the site's
# own footer after it still is not.
FOOTER_CLOSING_PAGE = """<html><body>
<div class="menu"><a>Trang chủ</a></div>
<div class="vb-content">
<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH ĐIỆN BIÊN</b></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
<tr><td>Số: 88/KH-UBND</td><td>Điện Biên, ngày 05 tháng 3 năm 2026</td></tr></table>
<p>KẾ HOẠCH</p><p>Phòng, chống thiên tai năm 2026</p>
<p>I. TỔ CHỨC THỰC HIỆN</p><p>1. Sở Nông nghiệp và Môi trường theo dõi, tổng hợp.</p>
<table class="{cls}"><tr><td><b>Nơi nhận:</b><br>- Bộ Nông nghiệp và Môi trường;<br>- Lưu: VT.</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><b>Lò Văn Tiến</b></td></tr></table>
</div>
<div id="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh. Giấy phép số 45/GP-TTĐT</div>
</body></html>"""


@pytest.mark.parametrize("cls", ["tbl-footer", "footer-sign", "chantrang-vb", "vbFooter"])
def test_a_closing_in_an_element_named_footer_is_the_document_s(cls):
    text = "\n".join(ln.text for ln in lines_from_html(FOOTER_CLOSING_PAGE.replace("{cls}", cls)))
    for kept in ("Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "Lò Văn Tiến", "Số: 88/KH-UBND"):
        assert kept in text
    for chrome in ("Trang chủ", "Bản quyền", "45/GP-TTĐT"):
        assert chrome not in text


def test_a_page_whose_closing_is_not_in_a_footer_still_drops_its_footer():
    page = FOOTER_CLOSING_PAGE.replace('<table class="{cls}">', "<table>").replace(
        "</div>\n<div id=\"footer\">", "</div>\n<div class=\"footer\"><p>TM. BAN QUẢN TRỊ</p></div>\n<div id=\"footer\">")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "Lò Văn Tiến" in text
    assert "BAN QUẢN TRỊ" not in text and "Bản quyền" not in text


@pytest.mark.parametrize("wrapper", [
    '<body class="has-navbar">{}</body>',
    '<div class="container search-results">{}</div>',
    '<div class="post-share-wrapper">{}</div>',
    '<main class="menu-open">{}</main>',
])
def test_a_page_wrapped_in_what_looks_like_furniture_keeps_its_document(wrapper):
    doc = "<p>ỦY BAN NHÂN DÂN XÃ HỢP THÀNH</p><p>Số: 31/KH-UBND</p><p>KẾ HOẠCH</p><p>Phòng, chống dịch bệnh</p>"
    text = "\n".join(ln.text for ln in lines_from_html("<html>" + wrapper.format(doc) + "</html>"))
    assert "Số: 31/KH-UBND" in text and "Phòng, chống dịch bệnh" in text


# Vietnamese portals name their furniture in Vietnamese without marks: a "Tin liên quan" box lists
# other plans' numbers, which are no references of this one.
@pytest.mark.parametrize("box", [
    '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li>Kế hoạch số 62/KH-UBND ngày 20/3/2024</li></ul></div>',
    '<div id="tinLienQuan"><p>Kế hoạch số 62/KH-UBND ngày 20/3/2024</p></div>',
    '<div class="box_tinkhac"><p>Các tin khác: Kế hoạch số 62/KH-UBND</p></div>',
    '<section class="cung-chuyen-muc"><p>Kế hoạch số 62/KH-UBND</p></section>',
    '<div class="chan-trang"><p>Giấy phép số 62/KH-UBND</p></div>',
    '<div class="van-ban-lien-quan"><table><tr><td>Kế hoạch số 62/KH-UBND</td></tr></table></div>',
])
def test_a_vietnamese_named_box_of_a_portal_is_not_the_plans_text(box):
    doc = ("<p>ỦY BAN NHÂN DÂN HUYỆN MỎ CÀY NAM</p><p>Số: 85/KH-UBND</p><p>KẾ HOẠCH</p>"
           "<p>Phòng, chống đuối nước trẻ em năm 2025</p>")
    text = "\n".join(ln.text for ln in lines_from_html(f"<html><body><div class='noi-dung'>{doc}</div>{box}</body></html>"))
    assert "Số: 85/KH-UBND" in text and "62/KH-UBND" not in text


@pytest.mark.parametrize("wrapper", [
    '<div class="noi-dung-chinh">{}</div>',          # the content's own names stay
    '<div class="chitiet-vanban">{}</div>',
    '<div class="tieu-de-tin">{}</div>',
])
def test_a_vietnamese_named_content_box_is_kept(wrapper):
    doc = "<p>ỦY BAN NHÂN DÂN XÃ HỢP THÀNH</p><p>Số: 31/KH-UBND</p><p>KẾ HOẠCH</p>"
    text = "\n".join(ln.text for ln in lines_from_html("<html><body>" + wrapper.format(doc) + "</body></html>"))
    assert "Số: 31/KH-UBND" in text


# A portal's page whose boxes bear names the furniture list does not know ("col-right",
# "other-news", "bottom", "file-dinh-kem"): the site's name, the article's title and date, its
# download links, lists of other documents and news, the footer's address. The document is what
# lies in the element holding both its header and its signature.
PLAN_BODY = ("<table><tr><td><p>ỦY BAN NHÂN DÂN<br>PHƯỜNG TÂN THỊNH</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
             "VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td><p>Số: 52/KH-UBND</p></td>"
             "<td><p>Tân Thịnh, ngày 12 tháng 5 năm 2025</p></td></tr></table>"
             "<p>KẾ HOẠCH</p><p>Tổ chức Tháng hành động vì trẻ em năm 2025</p>"
             "<p>&nbsp;&nbsp;<span style='font-size:14pt'>Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;</span></p>"
             "<p>I. NỘI DUNG</p><p>1. Treo băng rôn, khẩu hiệu tại trụ sở UBND phường.</p>"
             "<table><tr><td><p>Nơi nhận:<br>- UBND thành phố (b/c);<br>- Lưu: VT.</p></td>"
             "<td><p>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</p><p>Hoàng Thị Thu Hà</p></td></tr></table>")
CHROME = ["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG", "Ngày đăng", "Tải về", "135/QĐ-UBND", "48/KH-UBND",
          "Toàn dân tham gia bảo vệ an ninh Tổ quốc", "Điện thoại", "Cơ quan chủ quản", "Lượt xem"]


@pytest.mark.parametrize("page", [
    # boxes in divs
    "<body><div id='header-top'><div class='site-name'>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN THỊNH</div></div>"
    "<div class='col-left'><ul><li>Quyết định</li><li>Kế hoạch</li></ul></div>"
    "<div class='news-detail'><h1>Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025</h1>"
    "<div class='date-detail'>Ngày đăng: 13/05/2025 | Lượt xem: 215</div>"
    "<div class='content-detail'>{body}</div>"
    "<div class='file-dinh-kem'>Tải về: <a href='/kh52.pdf'>KH-52-UBND.pdf</a></div></div>"
    "<div class='other-news'><h3>Tin khác</h3><ul><li>Phường phát động phong trào “Toàn dân tham gia bảo vệ an "
    "ninh Tổ quốc”</li><li>Kế hoạch số 48/KH-UBND ngày 05/5/2025 về tổng vệ sinh</li></ul></div>"
    "<div class='col-right'><p>VĂN BẢN MỚI</p><p>Quyết định số 135/QĐ-UBND ngày 09/5/2025</p></div>"
    "<div id='bottom'><p>Cơ quan chủ quản: UBND phường Tân Thịnh</p><p>Điện thoại: 0208.3846.215</p></div></body>",
    # an HTML5 article: the document's paragraphs straight in it, beside its title and links
    "<body><header><p>CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG TÂN THỊNH</p></header><article>"
    "<h1>Kế hoạch 52/KH-UBND</h1><p class='meta'>Ngày đăng: 13/05/2025 - Lượt xem: 215</p>"
    "<section class='body'>{body}</section><p class='attach'>Tải về (PDF, 248 KB)</p></article>"
    "<div class='box-vb'><p>Quyết định số 135/QĐ-UBND</p><p>Kế hoạch số 48/KH-UBND</p></div>"
    "<p>Cơ quan chủ quản: UBND phường Tân Thịnh. Điện thoại: 0208.3846.215</p>"
    "<p>phong trào “Toàn dân tham gia bảo vệ an ninh Tổ quốc”</p></body>",
])
def test_a_portal_s_boxes_around_the_document_are_not_its_text(page):
    text = "\n".join(ln.text for ln in lines_from_html("<html>" + page.format(body=PLAN_BODY) + "</html>"))
    for chrome in CHROME:
        assert chrome not in text
    for kept in ("ỦY BAN NHÂN DÂN", "Số: 52/KH-UBND", "Căn cứ Luật Trẻ em", "1. Treo băng rôn", "- Lưu: VT.",
                 "KT. CHỦ TỊCH", "Hoàng Thị Thu Hà"):
        assert kept in text


# An older portal lays the whole page out in one table: the menu in a column, the post in the
# next (breadcrumb, title and date over the document, a "Tin liên quan" list under it, none with an
# element of its own), a sidebar of new documents; the footer's row spans the table. The document's
# column is read as prose with its header and task tables where they stand; the rest is the page's.
TABLE_POST = ("<table border=0><tr><td>ỦY BAN NHÂN DÂN<br><b>HUYỆN HỒNG DÂN</b><br>Số: 45/KH-UBND</td>"
              "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc<br>"
              "<i>Hồng Dân, ngày 18 tháng 3 năm 2025</i></td></tr></table>"
              "<p>KẾ HOẠCH</p><p>Phát triển hợp tác xã năm 2025</p><p>Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;</p>"
              "<p>I. NỘI DUNG</p><table border=1><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td>"
              "<td>Thời gian</td></tr><tr><td>1</td><td>Rà soát các hợp tác xã</td><td>Phòng Tài chính - Kế hoạch</td>"
              "<td>Quý II/2025</td></tr></table><p>II. TỔ CHỨC THỰC HIỆN</p>"
              "<table border=0><tr><td>Nơi nhận:<br>- UBND tỉnh (b/c);<br>- Lưu: VT.</td>"
              "<td>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Huỳnh Văn Thanh</td></tr></table>")
TABLE_PAGE_CHROME = ["Tải về", "đính kèm", "Trang chủ", "Lượt xem", "Cập nhật", "30/KH-UBND", "52/KH-UBND", "Bản quyền", "Lượt truy cập",
                     "DANH MỤC", "Tin liên quan", "Tin khác", "cùng lĩnh vực", "Xem thêm"]


@pytest.mark.parametrize("page", [
    # menu | post | sidebar, the site's name and the footer in rows across
    "<table width=1000 border=0><tr><td colspan=3>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN</td></tr><tr>"
    "<td><table><tr><td><b>DANH MỤC</b></td></tr><tr><td><a href='/'>Trang chủ</a></td></tr></table></td>"
    "<td><a href='/'>Trang chủ</a> &gt; Văn bản<h2>Kế hoạch phát triển hợp tác xã</h2><i>Cập nhật 20/03/2025</i>"
    "{post}<p><a href='/f/45.pdf'>Tải về: 45-KH-UBND.pdf</a></p><p><b>Tin liên quan</b></p><p>- <a href='/1'>Kế hoạch số 30/KH-UBND ngày 21/02/2025</a></p></td>"
    "<td><table><tr><td>VĂN BẢN MỚI</td></tr><tr><td><a href='/2'>Kế hoạch số 52/KH-UBND</a></td></tr></table></td>"
    "</tr><tr><td colspan=3>Bản quyền thuộc UBND huyện<br>Lượt truy cập: 1.254.301</td></tr></table>",
    # post | sidebar, the post's own lines in paragraphs, another caption of other posts
    "<table><tr><td valign=top><p>Trang chủ » Văn bản chỉ đạo</p><p>Lượt xem: 143</p>{post}<p>File đính kèm: kh45.doc</p>"
    "<p>CÁC TIN KHÁC:</p><p>Kế hoạch số 30/KH-UBND ngày 21/02/2025</p></td>"
    "<td valign=top><p>Thông báo số 52/KH-UBND</p><p>Lượt truy cập: 9.001</p></td></tr></table>"
    "<div>Bản quyền thuộc UBND huyện</div>",
    # the post in a middle column of a layout nested in the page's table, "Văn bản cùng lĩnh vực"
    "<table><tr><td><table><tr><td><p>DANH MỤC</p></td><td><p>Trang chủ</p>{post}<p>Văn bản cùng lĩnh vực</p>"
    "<p>Kế hoạch số 30/KH-UBND</p><p>Xem thêm</p></td><td><p>Kế hoạch số 52/KH-UBND</p></td></tr></table>"
    "</td></tr></table>",
])
def test_a_page_laid_out_in_a_table_keeps_only_the_document_s_column(page):
    lines = lines_from_html("<html><body>" + page.format(post=TABLE_POST) + "</body></html>")
    text = "\n".join(ln.text for ln in lines)
    for chrome in TABLE_PAGE_CHROME:
        assert chrome not in text
    for kept in ("ỦY BAN NHÂN DÂN", "HUYỆN HỒNG DÂN", "Số: 45/KH-UBND", "Căn cứ Luật Hợp tác xã", "II. TỔ CHỨC",
                 "- Lưu: VT.", "KT. CHỦ TỊCH", "Huỳnh Văn Thanh"):
        assert kept in text
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert rows == [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
                    ["1", "Rà soát các hợp tác xã", "Phòng Tài chính - Kế hoạch", "Quý II/2025"]]


@pytest.mark.parametrize("html", [
    # a task table whose cell holds a table of its own (a breakdown of targets): a row, not a page
    "<table border=1><tr><td>1</td><td><p>Căn cứ kết quả rà soát, hỗ trợ hộ nghèo</p><table border=1><tr><td>Xã A"
    "</td><td>15 hộ</td></tr></table><p>I. Ưu tiên hộ có người khuyết tật</p></td><td>Phòng Nội vụ</td></tr></table>",
    # a two-column layout whose cell with the table opens a single part of a plan
    "<table><tr><td><p>KẾ HOẠCH</p><p>Nội dung</p><table border=1><tr><td>1</td><td>Việc</td></tr></table></td>"
    "<td><p>Lịch công tác</p></td></tr></table>",
])
def test_a_row_whose_cell_holds_a_table_is_no_page_layout_without_the_plan_s_parts(html):
    lines = lines_from_html(html)
    assert lines[-1].cells is not None and len(lines[-1].cells) in (2, 3)


@pytest.mark.parametrize("cells, expected", [
    ([("", ["DANH MỤC"]), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["KẾ HOẠCH", "Tiêu đề", "Căn cứ Luật", "I. MỤC ĐÍCH"]),
      ("", [])], True),
    ([("1 | Việc", ["Trang chủ", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:"]), ("", ["Văn bản mới"])], True),
    ([("Số: 12/KH-UBND", ["KẾ HOẠCH", "Căn cứ Luật", "I. MỤC ĐÍCH"])], False),      # one cell: frame_rows' case
    ([("", ["KẾ HOẠCH", "Căn cứ Luật", "I. MỤC ĐÍCH", "Nơi nhận:"]), ("", ["Lịch"])], False),  # no table in it
    ([("Xã A | 15 hộ", ["Căn cứ kết quả rà soát", "Xã A", "I. Ưu tiên hộ nghèo"]), ("", ["Phòng Nội vụ"])], False),
    ([("Số: 12/KH-UBND", ["Kế hoạch", "Căn cứ Luật", "Nội dung"]), ("", ["x"])], False),  # one part opened only
    # a Roman part as the PDF reader reads one (PART_HEADING): a dash after it, or "PHẦN"
    ([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | 1", ["Trang chủ", "II - NỘI DUNG", "PHẦN III. TỔ CHỨC THỰC HIỆN"]),
      ("", ["Văn bản mới"])], True),
    # … not a Roman numeral opening a sentence ("V.v" is no part)
    ([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | 1", ["Trang chủ", "V.v báo cáo", "I.1 xem thêm"]), ("", ["Văn bản mới"])],
     False),
])
def test_page_columns_tells_a_page_s_layout_row(cells, expected):
    assert page_columns(cells) is expected


def test_a_paragraph_ending_in_a_cell_ends_its_line():
    (row,) = lines_from_html("<table border=1><tr><td><h2>Tiêu đề</h2><i>Ngày 20/03/2025</i><div>Một</div>Hai"
                             "<br>Ba</td><td>x</td></tr></table>")
    assert row.cells[0].split("\n") == ["Tiêu đề", "Ngày 20/03/2025", "Một", "Hai", "Ba"]


@pytest.mark.parametrize("body", [
    # a caption of other posts inside the plan, before its signature: the plan's own words
    "<p>Xem thêm:</p><p>Các tin khác</p><p>1. Tuyên truyền trên Đài Truyền thanh</p>",
    # the issuer typed as paragraphs in capitals over "Số:", no element of the header's own
    "<p>1. Tuyên truyền trên Đài Truyền thanh</p>",
    # a task that says "tải về": the plan's words, before its signature
    "<p>Tải về và cài đặt ứng dụng VNeID</p><p>1. Tuyên truyền trên Đài Truyền thanh</p>",
])
def test_the_document_s_own_lines_in_a_shared_cell_stay(body):
    page = ("<html><body><table><tr><td><p>Trang chủ › Văn bản</p><p>ỦY BAN NHÂN DÂN</p><p>XÃ NGAN DỪA</p>"
            "<p>Số: 12/KH-UBND</p><p>KẾ HOẠCH</p><p>Căn cứ Luật Hợp tác xã;</p><p>I. NỘI DUNG</p>"
            f"<table border=1><tr><td>1</td><td>Việc</td></tr></table>{body}<p>Nơi nhận:</p><p>- Lưu: VT.</p>"
            "<p>TM. ỦY BAN NHÂN DÂN</p><p>Lê Văn A</p></td><td><p>Văn bản mới</p></td></tr></table></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "Trang chủ" not in text and "Văn bản mới" not in text
    for kept in ("ỦY BAN NHÂN DÂN\nXÃ NGAN DỪA\nSố: 12/KH-UBND", "1. Tuyên truyền", "Lê Văn A"):
        assert kept in text


@pytest.mark.parametrize("after", [
    # Word's page saved as HTML: the appendix in a section of its own (a landscape page)
    "</div><div class=WordSection2><p>PHỤ LỤC</p><p>DANH MỤC NHIỆM VỤ</p>"
    "<table border=1><tr><td>1</td><td>Khám sức khỏe cho trẻ em</td></tr></table></div>",
    # a task table of its own after the signature, no heading
    "</div><div><table border=1><tr><td>STT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian</td></tr>"
    "<tr><td>1</td><td>Khám sức khỏe cho trẻ em</td><td>Trạm Y tế</td><td>Quý II/2025</td></tr></table></div>",
])
def test_what_carries_the_document_on_after_its_signature_stays(after):
    page = "<html><body><div class=WordSection1>" + PLAN_BODY + after + "<div id='bottom'>Điện thoại: 0208</div></body></html>"
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "Khám sức khỏe cho trẻ em" in text and "Hoàng Thị Thu Hà" in text
    assert "Điện thoại" not in text


# A portal's top bar or an article's line shows today's date with its weekday: it is no header of
# the document, and taken for one it made the whole page (the box of the site's own "Số hiệu",
# "Ngày ban hành", "Người ký" fields included) pass for the document's text.
@pytest.mark.parametrize("today", [
    "Thứ Hai, ngày 24 tháng 3 năm 2025",
    "Thứ 6, ngày 07 tháng 3 năm 2025",
    "Chủ nhật, ngày 02 tháng 3 năm 2025",
    "THỨ BẢY, NGÀY 15 THÁNG 02 NĂM 2025",
    "Thứ Năm, ngày 13 tháng 02 năm 2025 | 08:15 GMT+7",
])
def test_a_site_s_date_with_its_weekday_does_not_open_the_document(today):
    page = (f"<html><body><div class='top-bar'><span>{today}</span> <a href='/login'>Đăng nhập</a></div>"
            "<div class='wrap'><h1>Kế hoạch 52/KH-UBND năm 2025</h1>"
            "<table class='info'><tr><td>Số hiệu:</td><td>52/KH-UBND</td><td>Ngày ban hành:</td><td>15/05/2025</td></tr>"
            "<tr><td>Nơi ban hành:</td><td>Tỉnh Lạng Sơn</td><td>Người ký:</td><td>Hoàng Thị Thu Hà</td></tr></table>"
            f"<div class='doc'>{PLAN_BODY}</div><div class='moi'><p>Quyết định 135/QĐ-UBND năm 2025</p></div>"
            "</div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    for chrome in ("Số hiệu", "Ngày ban hành", "Nơi ban hành", "135/QĐ-UBND", "Đăng nhập"):
        assert chrome not in text
    assert "Số: 52/KH-UBND" in text and "Hoàng Thị Thu Hà" in text


@pytest.mark.parametrize("line", [
    "Lạng Sơn, ngày 12 tháng 5 năm 2025",     # the place-and-date line itself
    "Thứ Hai, ngày 12 tháng 5 năm 2025",      # (a weekday inside the document's own box: the motto opens it)
])
def test_the_document_s_own_box_still_opens_it(line):
    page = ("<html><body><div class='other'><p>Tin tức</p></div><div class='doc'>"
            f"<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>{line}</p><p>KẾ HOẠCH</p><p>Nội dung kế hoạch</p>"
            "<p>Nơi nhận:</p><p>- Lưu: VT.</p></div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "Tin tức" not in text and line in text and "CỘNG HÒA" in text


# A portal's copy that lost the document's header (it shows the body from the type line on): the
# document is bounded by its type line and its signature, and of the site's box only the fields
# naming the document's number and date of issue stay, the only place they are left.
CROPPED = ("<p>KẾ HOẠCH</p><p>Tổ chức Tháng hành động vì trẻ em năm 2025</p><p>I. NỘI DUNG</p>"
           "<p>1. Treo băng rôn, khẩu hiệu tại trụ sở UBND phường.</p><table><tr><td><p>Nơi nhận:<br>- Lưu: VT.</p>"
           "</td><td><p>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</p><p>Hoàng Thị Thu Hà</p></td></tr></table>")


@pytest.mark.parametrize("box", [
    "<table class='info'><tr><td>Số hiệu:</td><td>52/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>"
    "<tr><td>Nơi ban hành:</td><td>Tỉnh Lạng Sơn</td><td>Người ký:</td><td>Hoàng Thị Thu Hà</td></tr>"
    "<tr><td>Ngày ban hành:</td><td>12/05/2025</td><td>Tình trạng:</td><td>Đã biết</td></tr></table>",
    "<div class='thuoctinh'><p>Số hiệu: 52/KH-UBND</p><p>Nơi ban hành: Tỉnh Lạng Sơn</p>"
    "<p>Ngày ban hành: 12/05/2025</p></div>",
])
def test_a_copy_without_its_header_keeps_the_box_s_number_and_date_only(box):
    page = ("<html><body><div class='wrap'><h1>Kế hoạch 52/KH-UBND năm 2025 Tháng hành động vì trẻ em</h1>"
            f"{box}<div class='doc'>{CROPPED}</div><div class='moi'><p>Quyết định 135/QĐ-UBND năm 2025</p>"
            "<p>Kế hoạch 48/KH-UBND năm 2025</p></div></div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "Số hiệu: 52/KH-UBND" in text and "Ngày ban hành: 12/05/2025" in text
    for chrome in ("năm 2025 Tháng hành động", "Nơi ban hành", "135/QĐ-UBND", "48/KH-UBND"):
        assert chrome not in text
    assert text.index("Ngày ban hành") < text.index("KẾ HOẠCH") and "Hoàng Thị Thu Hà" in text


def test_a_copy_without_its_header_or_box_is_bounded_by_its_type_line():
    page = ("<html><body><div class='wrap'><p>Trang chủ » Văn bản</p><div class='doc'>" + CROPPED +
            "</div><div class='moi'><p>Quyết định 135/QĐ-UBND năm 2025</p></div></div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert text.startswith("KẾ HOẠCH") and "135/QĐ-UBND" not in text and "Hoàng Thị Thu Hà" in text


# After the document a portal lists other documents as links; one titled "Phụ lục kèm theo …" or
# "Biểu mẫu" names another document's appendix or the site's forms page, no appendix of this one.
@pytest.mark.parametrize("after", [
    "<div class='vb-moi'><h3>Văn bản mới</h3><ul><li><a href='/vb/1'>Quyết định 610/QĐ-UBND năm 2025</a></li>"
    "<li><a href='/vb/2'>Phụ lục kèm theo Công văn 1180/BYT-KCB năm 2025</a></li></ul></div>",
    "<div class='box2'><p><a href='/vb/3'>Kèm theo Quyết định 77/QĐ-UBND năm 2024</a> - Ban hành: 12/09/2024</p>"
    "<p><a href='/vb/4'>Kế hoạch 48/KH-UBND năm 2025</a></p></div>",
    "<div class='bottom'><ul><li><a href='/bieu-mau'>Biểu mẫu</a></li><li><a href='/gt'>Giới thiệu</a></li>"
    "<li>Giấy phép số 30/GP-STTTT</li></ul></div>",
    "<div class='bottom'><p><a href='/pl'><b>PHỤ LỤC</b> văn bản</a> 135/QĐ-UBND</p></div>",
])
def test_a_link_list_after_the_document_is_no_appendix_of_it(after):
    page = f"<html><body><div class='main'><div class='doc'>{PLAN_BODY}</div>{after}</div></body></html>"
    text = "\n".join(ln.text for ln in lines_from_html(page))
    for chrome in ("610/QĐ-UBND", "1180/BYT-KCB", "77/QĐ-UBND", "48/KH-UBND", "Biểu mẫu", "30/GP-STTTT",
                   "135/QĐ-UBND"):
        assert chrome not in text
    assert "Hoàng Thị Thu Hà" in text


@pytest.mark.parametrize("heading", [
    "<p><a name='phuluc_1'>PHỤ LỤC I</a></p>",          # a bookmark, not a link
    "<p><b>PHỤ LỤC</b> <a href='#dieu1'>(Kèm theo Kế hoạch số 52/KH-UBND)</a></p>",
    "<p>Biểu số 01</p>",
])
def test_an_appendix_after_the_signature_stays_whatever_its_anchors(heading):
    page = (f"<html><body><div class='main'><div class='doc'>{PLAN_BODY}</div><div class='pl'>{heading}"
            "<p>Danh mục nhiệm vụ khám sức khỏe cho trẻ em</p></div><div class='x'><p>Liên hệ</p></div></div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "khám sức khỏe cho trẻ em" in text and "Liên hệ" not in text


@pytest.mark.parametrize("page", [
    # no signature: nothing marks where the document ends, the page is read as before
    "<div class='a'><p>ỦY BAN NHÂN DÂN XÃ HỢP THÀNH</p><p>Số: 31/KH-UBND</p><p>KẾ HOẠCH</p></div>"
    "<div class='b'><p>Ghi chú của văn bản</p></div>",
    # the header and the body in boxes side by side: both are the document
    "<div class='a'><p>ỦY BAN NHÂN DÂN XÃ HỢP THÀNH</p><p>Số: 31/KH-UBND</p></div>"
    "<div class='b'><p>KẾ HOẠCH</p><p>Ghi chú của văn bản</p><p>Nơi nhận:</p><p>- Lưu: VT.</p></div>",
])
def test_a_page_without_the_document_s_bounds_in_one_box_is_read_whole(page):
    text = "\n".join(ln.text for ln in lines_from_html("<html><body>" + page + "</body></html>"))
    assert "Số: 31/KH-UBND" in text and "Ghi chú của văn bản" in text


@pytest.mark.parametrize("footer", ["Trang 2/4", "Trang 2", "- Trang 3 -", "TRANG 2 / 5", "trang 12/15"])
def test_a_pasted_page_footer_is_not_text(footer):
    """Text copied from a PDF viewer carries each page's footer where the page ended, in the middle
    of a paragraph or a table cell: it is dropped, and the lines around it join as if it were not there."""
    doc = normalize_text(f"Tập huấn nghiệp vụ du lịch cộng đồng cho các hộ kinh doanh homestay\n{footer}\n"
                         "tại thôn Nà Khán, xã Năng Khả\nPhòng Văn hóa và\n{footer}\nThông tin\n".replace("{footer}", footer))
    assert all("rang" not in ln.text.lower() for ln in doc.lines)
    assert "homestay tại thôn Nà Khán" in doc.text


# A portal's copy of an official gazette keeps each gazette page's running head (issue number and
# date, page number left or right) where the page broke: in a sentence or between a table's halves.
@pytest.mark.parametrize("head", [
    "CÔNG BÁO/Số 15 + 16/Ngày 20-02-2025 47",
    "48 CÔNG BÁO/Số 15 + 16/Ngày 20-02-2025",
    "CÔNG BÁO/Số 1205 + 1206/Ngày 25-12-2024",
    "CÔNG BÁO TỈNH QUẢNG NINH/Số 05/Ngày 10-01-2025 13",
    "112 CÔNG BÁO/Số 07+08/ngày 31/01/2025",
])
def test_a_gazette_page_s_running_head_is_not_text(head):
    doc = normalize_text("3. Công an huyện bố trí lực lượng bảo đảm an ninh trật tự; xử lý nghiêm hành vi\n"
                         f"{head}\ngian lận thương mại, ép giá trong mùa thu hoạch.\n"
                         f"STT\tNội dung\tChủ trì\n1\tRà soát diện tích\tPhòng Nông nghiệp\n{head}\n"
                         "2\tCấp mã số vùng trồng\tPhòng Nông nghiệp\n")
    assert "CÔNG BÁO" not in doc.text
    assert "xử lý nghiêm hành vi gian lận thương mại" in doc.text


@pytest.mark.parametrize("line", [
    "- Công báo tỉnh;",
    "CÔNG BÁO TỈNH BẮC GIANG",
    "Đăng CÔNG BÁO/Số 15 + 16/Ngày 20-02-2025 và Cổng thông tin điện tử tỉnh.",
    "CÔNG BÁO/Số 15 + 16 đăng Quyết định số 12/2025/QĐ-UBND",
])
def test_lines_naming_the_gazette_stay(line):
    doc = normalize_text(f"Nơi nhận:\n{line}\n- Lưu: VT.\n")
    assert line.lstrip("- ").rstrip(";") in doc.text


@pytest.mark.parametrize("line", [
    "2",                                    # a bare number: the STT of a flattened table row
    "Trang thông tin điện tử huyện",
    "Trang 2 của Phụ lục kèm theo",
    "Trang trại 15/20 ha",
])
def test_lines_that_only_look_like_a_page_footer_stay(line):
    doc = normalize_text(f"Nội dung\n{line}\nCông an xã\n")
    assert line in [ln.text for ln in doc.lines] or line in doc.text


@pytest.mark.parametrize("before, number, after, joined", [
    ("1. Tổ chức tập huấn cho cán bộ, công chức của các cơ quan", "3", "đơn vị trên địa bàn tỉnh.",
     "của các cơ quan đơn vị trên địa bàn tỉnh."),
    ("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định", "2",
     "chi tiết một số điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;",
     "quy định chi tiết một số điều"),
    ("- Phòng Văn hóa - Thông tin huyện phối hợp với Trung tâm Văn hóa,", "12",
     "thể thao và truyền thông tổ chức các hoạt động.", "Trung tâm Văn hóa, thể thao và truyền thông"),
])
def test_a_bare_page_number_where_a_page_break_cut_a_sentence_is_dropped(before, number, after, joined):
    """A plan copied from a PDF keeps each page's number on a line of its own; where the page
    broke a sentence, the number is dropped and the sentence joins across it."""
    doc = normalize_text(f"{before}\n\n{' ' * 30}{number}\n\n{after}\n")
    assert joined in doc.text
    assert number not in [ln.text for ln in doc.lines]
    assert not any(ln.text.startswith(number + " ") for ln in doc.lines)


@pytest.mark.parametrize("text", [
    # a flattened table's STT cell: its task starts in upper case
    "Thời gian\nĐơn vị thực hiện\nTháng 02/2025\n\n2\n\nTổ chức tuyên truyền Luật Phòng cháy\n",
    # after a finished sentence, a number starting a line of lower case is not a page break's
    "Tổ chức hội nghị sơ kết.\n3\nlần trong năm\n",
])
def test_a_bare_number_that_is_no_page_break_in_a_sentence_stays(text):
    doc = normalize_text(text)
    assert any(ln.text.split()[0] in ("2", "3") for ln in doc.lines)


def test_tables_of_each_piece_are_numbered_after_those_before_it():
    from pipeline.document import RawLine, number_tables

    page = [RawLine("a", cells=["a"], table_id=0), RawLine("b", cells=["b"], table_id=3),
            RawLine("prose"), RawLine("c", cells=["c"], table_id=0)]
    assert number_tables(page, 2) == 4
    assert [ln.table_id for ln in page] == [2, 3, None, 2]
    assert number_tables([RawLine("prose")], 4) == 4


# ---------------------------------------------------------------- digital-signature stamps
STAMP_CASES = [
    # the box above the header of a signed PDF (a district committee, a department)
    ("Ký bởi: Ủy ban nhân dân huyện Cư Jút\nEmail: ubndcujut@daknong.gov.vn\nCơ quan: Tỉnh Đắk Nông\n"
     "Ngày ký: 14.03.2025 09:12:45 +07:00\nỦY BAN NHÂN DÂN\nHUYỆN CƯ JÚT\nSố: 45/KH-UBND",
     "ỦY BAN NHÂN DÂN\nHUYỆN CƯ JÚT\nSố: 45/KH-UBND"),
    # the line of a document-management export beside the signer, between title and name
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVăn bản này được ký số bởi:\nKý bởi: Ủy ban nhân dân xã Long Phú\n"
     "Email: longphu@soctrang.gov.vn\nCơ quan: Tỉnh Sóc Trăng\nThời gian ký: 15.01.2025 08:30:12 +07:00\n"
     "Trần Văn Bảy", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bảy"),
    # "Người ký" and "Chức vụ", without a time
    ("Người ký: Sở Y tế\nChức vụ: Giám đốc\nI. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    # one line at a page's foot, with the time or a second field
    ("thời gian quy định.\nNgày ký: 20.02.2025 16:05:41 +07:00 - Trang 2\n2. Yêu cầu",
     "thời gian quy định.\n2. Yêu cầu"),
    ("Ký bởi: Sở Tư pháp - Cơ quan: Tỉnh Gia Lai\nII. NỘI DUNG", "II. NỘI DUNG"),
    # a field printed on the line of the plan's text it stands beside: only the field goes
    ("Email: soct@daknong.gov.vn\nKẾ HOẠCH Cơ quan: Tỉnh Đắk Nông\nNgày ký: 20.02.2025 16:05:41 +07:00\n"
     "Phát triển thương mại điện tử", "KẾ HOẠCH\nPhát triển thương mại điện tử"),
]


@pytest.mark.parametrize("text, expected", STAMP_CASES)
def test_a_digital_signature_stamp_is_no_part_of_the_text(text, expected):
    assert normalize_text(text).text == expected


@pytest.mark.parametrize("text", [
    # the plan's own fields and contacts: no signing named
    "- Email: vanphong@laichau.gov.vn\n- Cơ quan: Văn phòng UBND tỉnh",
    "Cơ quan chủ trì: Sở Y tế\nThời gian ký kết: tháng 3/2025",
    "Hợp đồng được ký bởi hai bên trước ngày 15/3/2025.",
    # a date of signing alone, with no time and no second field
    "Ngày ký: theo thông báo của Ban Tổ chức",
    # a table row is never a stamp
    "TT\tNội dung\n1\tKý bởi: Sở Y tế\n2\tThời gian ký: 08:30:12",
])
def test_no_stamp_without_a_signing_field_beside_another(text):
    out = normalize_text(text).text
    for line in text.split("\n"):
        for part in line.split("\t"):
            assert part.lstrip("- ") in out


@pytest.mark.parametrize("prev, nxt, width, joined", [
    # a Party plan's "Mục 2." opens its own line after a line that ran to the full width
    ("Tổ chức học tập, quán triệt chuyên đề năm 2025 cho cán bộ, đảng viên trong toàn Đảng bộ theo",
     "Mục 2. Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 90, False),
    ("Rà soát, kiện toàn tổ chức cơ sở đảng và nâng cao chất lượng sinh hoạt chi bộ ở các thôn, xóm",
     "MỤC 3: KIỂM TRA, GIÁM SÁT", 90, False),
    # a short label alone on its line under an item's heading that ran to the full width opens the body
    ("Mục 2. Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ chính trị",
     "Nhiệm vụ trọng tâm:", 86, False),
    ("2. Nâng cao chất lượng, hiệu quả hoạt động của Bộ phận Tiếp nhận và Trả kết quả huyện",
     "Giải pháp chủ yếu:", 86, False),
    ("b) Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho đồng bào dân tộc thiểu số vùng cao",
     "Nội dung thực hiện:", 88, False),
    # not a label: a long wrapped sentence ending in a colon, or a label under a line of prose
    ("2. Nâng cao chất lượng, hiệu quả hoạt động của Bộ phận Tiếp nhận và Trả kết quả huyện",
     "Một cửa liên thông theo các nội dung như sau:", 86, True),
    ("Ủy ban nhân dân xã ban hành Kế hoạch triển khai thực hiện nhiệm vụ năm 2025 với những nội dung",
     "Cụ thể như sau:", 90, True),
    ("Mục đích của việc học tập là nâng cao nhận thức của cán bộ, đảng viên về tư tưởng Hồ Chí Minh",
     "Mục tiêu cụ thể:", 90, True),
])
def test_party_items_and_labels_under_a_heading_open_their_own_line(prev, nxt, width, joined):
    assert continues(prev, nxt, width) is joined


def test_a_pandoc_span_is_stripped_in_a_text_without_other_markup():
    """The whole-text gate lets a line whose only markup is a span or a footnote mark through."""
    doc = normalize_text("IV. TỔ CHỨC THỰC HIỆN\n1. [Công an xã]{.underline} tăng cường tuần tra[^2].")
    assert doc.text == "IV. TỔ CHỨC THỰC HIỆN\n1. Công an xã tăng cường tuần tra."


def test_a_pandoc_span_in_a_table_cell():
    assert clean_cell("[Phòng Tư pháp]{.underline}") == "Phòng Tư pháp"
    assert clean_cell("Sở Y tế[^3]") == "Sở Y tế"


@pytest.mark.parametrize("prev, nxt, width, joined", [
    # a special zone's level word ending a wrapped line is continued by the zone's name, as "tỉnh" is
    ("Căn cứ Quyết định số 06/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân đặc khu", "Côn Đảo về giao dự toán;",
     110, True),
    ("Thực hiện Kế hoạch số 12-KH/ĐU ngày 20/01/2026 của Ban Thường vụ Đảng ủy đặc khu", "Vân Đồn về chuyển đổi số",
     120, True),
    # a short cell ending in it is a unit of its own line
    ("Công an đặc khu", "Ban Chỉ huy Quân sự đặc khu", 80, False),
])
def test_a_line_ending_in_a_special_zones_level_word(prev, nxt, width, joined):
    assert continues(prev, nxt, width) is joined


# A converter from PDF to Word leaves soft hyphens in words and sets marks apart from the words
# they close ("I . MỤC ĐÍCH , YÊU CẦU").
@pytest.mark.parametrize("raw, expected", [
    ("Thời gian: thường xu\u00adyên.", "Thời gian: thường xuyên."),
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xu\u00adyên huyện", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"),
    ("I . MỤC ĐÍCH , YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("IV . TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"),
    ("2 . Nhiệm vụ cụ thể", "2. Nhiệm vụ cụ thể"),
    ("1.2 . Rà soát hộ nghèo", "1.2. Rà soát hộ nghèo"),
    ("Phòng Nội vụ ; Phòng Tư pháp , Công an xã", "Phòng Nội vụ; Phòng Tư pháp, Công an xã"),
])
def test_converter_spacing_and_soft_hyphens_are_undone(raw, expected):
    assert normalize_text(raw).text == expected
    assert normalize_text(raw + "\n- Lưu: VT.").text.split("\n")[0] == expected  # (one line each: the fast path)


@pytest.mark.parametrize("raw", [
    "Số: . . . /KH-UBND",            # a blank number's dot leaders
    "Tỷ lệ đạt 95 ,5%",              # not between words
    ", và các đơn vị liên quan",      # a line opening with a comma
    "Năm 2025 . Tổng số 12 hộ",      # a point after the opening number of a sentence, not a marker's
    "Ghi chú: xem mục 3 . 2",
])
def test_other_spacing_is_kept(raw):
    assert normalize_text(raw).text == raw


# An apostrophe inside a Central Highlands or north-western name, printed as ’, ʼ, a backtick
# (TCVN3/VNI conversions) or an acute accent, is the ASCII one the official unit list writes;
# quotes and marks that are no in-word apostrophe stay as printed.
@pytest.mark.parametrize("raw, expected", [
    ("UBND XÃ EA H’ĐING", "UBND XÃ EA H'ĐING"),
    ("Ea H`đing, ngày 18 tháng 02 năm 2025", "Ea H'đing, ngày 18 tháng 02 năm 2025"),
    ("huyện Cư Mʼgar, tỉnh Đắk Lắk", "huyện Cư M'gar, tỉnh Đắk Lắk"),
    ("UBND huyện Đắk R´Lấp", "UBND huyện Đắk R'Lấp"),
    ("Nâm N’Đir, Ia H’Drai", "Nâm N'Đir, Ia H'Drai"),
    ("H’Bla Niê", "H'Bla Niê"),
])
def test_in_word_apostrophes_are_unified(raw, expected):
    assert normalize_text(raw).text == expected
    doc = normalize(RawDocument([RawLine("STT"), RawLine(raw, cells=["1", raw])], source_format="docx"))
    assert doc.text.splitlines()[-1] == f"1 {expected}"


@pytest.mark.parametrize("raw", [
    "phong trào ‘Xanh - Sạch - Đẹp’ ở các thôn",
    "khẩu hiệu “Ngày hội’ của toàn dân”",
    "mã `KH-UBND` trong hệ thống",
    "đạt 95’ trong 2’30",
    "tỷ lệ 1´2",
])
def test_quotes_and_marks_that_are_no_apostrophe_stay(raw):
    assert normalize_text(raw).text == raw


# ---------------------------------------------------------------- a plan posted inside a one-cell table


def _rows(html: str) -> list[list[str]]:
    return [ln.cells for ln in lines_from_html(html) if ln.cells is not None]


def test_html_plan_posted_in_a_one_cell_table_reads_as_prose_with_its_task_table():
    """A commune portal's post: the whole plan in <table><tr><td>, its header typed as paragraphs
    (the motto and date in a nested borderless table), its task table and signer block nested too:
    the body is prose, the task table a table where it stands."""
    html = ("<div class='news-content'><table border=0 width='100%'><tr><td>"
            "<p>ỦY BAN NHÂN DÂN</p><p>XÃ PHÚ LỘC</p><p>Số: 8/KH-UBND</p>"
            "<table border=0><tr><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td>"
            "<td><em>Phú Lộc, ngày 6 tháng 3 năm 2025</em></td></tr></table>"
            "<p><strong>KẾ HOẠCH</strong></p><p>Tiêm chủng mở rộng năm 2025</p>"
            "<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>- Đạt tỷ lệ tiêm chủng đầy đủ trên 95%.</p>"
            "<p>II. NỘI DUNG</p>"
            "<table border=1><tr><td>STT</td><td>Nội dung</td><td>Đơn vị chủ trì</td><td>Thời gian</td></tr>"
            "<tr><td>1</td><td>Rà soát đối tượng tiêm chủng</td><td>Trạm Y tế xã</td><td>Quý I/2025</td></tr></table>"
            "<p>III. TỔ CHỨC THỰC HIỆN</p><p>1. Trạm Y tế xã chủ trì.</p>"
            "<table border=0><tr><td><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</td>"
            "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br>Võ Văn Hùng</td></tr></table>"
            "</td></tr></table></div>")
    lines = lines_from_html(html)
    assert [ln.text for ln in lines if ln.cells is None] == [
        "ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC", "Số: 8/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Phú Lộc, ngày 6 tháng 3 năm 2025", "KẾ HOẠCH", "Tiêm chủng mở rộng năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU", "- Đạt tỷ lệ tiêm chủng đầy đủ trên 95%.", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN",
        "1. Trạm Y tế xã chủ trì.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Võ Văn Hùng"]
    assert [ln.cells for ln in lines if ln.cells is not None] == [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"], ["1", "Rà soát đối tượng tiêm chủng", "Trạm Y tế xã", "Quý I/2025"]]
    assert [ln.text for ln in lines].index("II. NỘI DUNG") + 1 == [ln.cells is not None for ln in lines].index(True)


def test_html_one_column_form_with_a_nested_table_reads_every_row_as_the_body():
    """A ruled one-column table, one part of the plan a row (<br> between its lines), one row
    holding the task table: every row is the body, the task table keeps its rows."""
    html = ("<table border=1><tr><td>KẾ HOẠCH<br>Chuyển đổi số năm 2025</td></tr>"
            "<tr><td>Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;</td></tr>"
            "<tr><td><table border=1><tr><th>Nhiệm vụ</th><th>Thời gian</th></tr>"
            "<tr><td>Số hóa hồ sơ một cửa</td><td>Tháng 9/2025</td></tr></table></td></tr>"
            "<tr><td>Nơi nhận:<br>- Lưu: VT.</td></tr></table>")
    lines = lines_from_html(html)
    assert [ln.text for ln in lines if ln.cells is None] == [
        "KẾ HOẠCH", "Chuyển đổi số năm 2025", "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;",
        "Nơi nhận:", "- Lưu: VT."]
    assert [ln.cells for ln in lines if ln.cells is not None] == [["Nhiệm vụ", "Thời gian"],
                                                                  ["Số hóa hồ sơ một cửa", "Tháng 9/2025"]]


@pytest.mark.parametrize("html,rows", [
    # a real one-column list of tasks, one a row
    ("<table border=1><tr><td>Nội dung công việc</td></tr><tr><td>1. Kiểm tra hồ đập trước mùa mưa</td></tr>"
     "<tr><td>2. Diễn tập ứng phó lũ quét</td></tr></table>",
     [["Nội dung công việc"], ["1. Kiểm tra hồ đập trước mùa mưa"], ["2. Diễn tập ứng phó lũ quét"]]),
    # a one-cell table of one paragraph (a boxed note)
    ("<table border=1><tr><td>Ghi chú: Thời gian có thể thay đổi</td></tr></table>",
     [["Ghi chú: Thời gian có thể thay đổi"]]),
    # one column, one row of two paragraphs with no part of the plan among them, beside other rows
    ("<table border=1><tr><td>Nội dung</td></tr><tr><td><p>3. Tập huấn xung kích</p><p>Thời gian: Quý II/2025</p></td></tr>"
     "</table>", [["Nội dung"], ["3. Tập huấn xung kích\nThời gian: Quý II/2025"]]),
])
def test_html_real_one_column_tables_stay_tables(html, rows):
    assert _rows(html) == rows
    assert all(ln.cells is not None for ln in lines_from_html(html))


def test_html_table_nested_in_a_task_table_cell_is_read_as_lines_of_that_cell():
    """A task table whose units cell lists them in a small table of its own: the row keeps its
    cells (the nested rows are lines of the cell, as Word's reader gives them) and the rows after
    it are read whole."""
    html = ("<table border=1><tr><td>STT</td><td>Nội dung</td><td>Đơn vị thực hiện</td></tr>"
            "<tr><td>1</td><td>Ra quân dọn vệ sinh</td><td><table><tr><td>Xã đoàn</td></tr>"
            "<tr><td>Hội Nông dân xã</td></tr></table></td></tr>"
            "<tr><td>2</td><td>Trồng cây xanh</td><td>Các thôn</td></tr></table>")
    assert _rows(html) == [["STT", "Nội dung", "Đơn vị thực hiện"], ["1", "Ra quân dọn vệ sinh", "Xã đoàn\nHội Nông dân xã"],
                           ["2", "Trồng cây xanh", "Các thôn"]]


@pytest.mark.parametrize("prev, nxt, joined", [
    # a line broken after the hyphen inside a symbol or a compound: one token again
    ("quán triệt Nghị định số 16/2022/NĐ-", "CP và Quyết định", "quán triệt Nghị định số 16/2022/NĐ-CP và Quyết định"),
    ("theo Kế hoạch số 12/KH-", "UBND ngày 08/01/2025", "theo Kế hoạch số 12/KH-UBND ngày 08/01/2025"),
    ("Chỉ thị số 23-", "CT/TW của Ban Bí thư", "Chỉ thị số 23-CT/TW của Ban Bí thư"),
    # a dash between words has spaces around it: the wrap's space stays
    ("phát triển kinh tế -", "xã hội của huyện", "phát triển kinh tế - xã hội của huyện"),
    ("giai đoạn 2021 -", "2025", "giai đoạn 2021 - 2025"),
    # a hyphen ending a line before a bullet, a bracket or a lone dash: no token goes on
    ("các đơn vị-", "(b/c)", "các đơn vị- (b/c)"),
    ("-", "Lưu: VT", "- Lưu: VT"),
    ("UBND các xã, phường", "tổ chức thực hiện", "UBND các xã, phường tổ chức thực hiện"),
])
def test_join_wrapped_glues_a_token_broken_after_its_hyphen(prev, nxt, joined):
    assert join_wrapped(prev, nxt) == joined


@pytest.mark.parametrize("prev, nxt, joined", [
    # a date's year broken by force in a column too narrow for it: one date again
    ("Trước ngày 30/6/20", "25", "Trước ngày 30/6/2025"),
    ("Hoàn thành 15.12.20", "26", "Hoàn thành 15.12.2026"),
    ("Quý II/20", "25", "Quý II/2025"),
    ("Tháng 9/2", "025", "Tháng 9/2025"),
    ("quý 3/202", "5 và báo cáo", "quý 3/2025 và báo cáo"),
    # no date before the slash, or no year made: the wrap's space stays
    ("Tỷ lệ 1/20", "25 hộ dân", "Tỷ lệ 1/20 25 hộ dân"),
    ("Quyết định số 12/20", "19", "Quyết định số 12/20 19"),
    ("ngày 30/6/2025", "30 ngày", "ngày 30/6/2025 30 ngày"),
    ("Tháng 3/20", "255 hộ", "Tháng 3/20 255 hộ"),
    ("ngày 15", "2025", "ngày 15 2025"),
])
def test_join_wrapped_glues_a_date_whose_year_was_broken(prev, nxt, joined):
    assert join_wrapped(prev, nxt) == joined


def test_a_symbol_wrapped_at_its_hyphen_in_a_cell_or_prose_is_one_symbol():
    assert clean_cell("Quán triệt Nghị định số 16/2022/NĐ-\nCP cho công chức") == \
        "Quán triệt Nghị định số 16/2022/NĐ-CP cho công chức"
    doc = normalize_text("Căn cứ Quyết định số 32/2023/QĐ-\nUBND ngày 29/9/2023 của UBND tỉnh Tây Ninh;\n")
    assert "32/2023/QĐ-UBND ngày 29/9/2023" in doc.text
    kept = normalize_text("Phát triển kinh tế -\nxã hội bền vững\n")
    assert "kinh tế - xã hội" in kept.text


@pytest.mark.parametrize("prev, nxt, joined", [
    # a flattened table's number column heading alone on its line opens the table's header, even
    # after an appendix caption that ran to the full width (a PDF copied as text)
    ("(Kèm theo Kế hoạch số 09/KH-BCĐ ngày 17/02/2025 của Ban Chỉ đạo 138 huyện Tuần Giáo)", "STT", False),
    ("(Kèm theo Kế hoạch số 38/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân thành phố Rạch Giá)", "TT", False),
    ("Danh mục các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian hoàn thành như sau", "Số TT", False),
    # the same letters opening a wrapped line of text still continue it
    ("(Kèm theo Kế hoạch số 09/KH-BCĐ ngày 17/02/2025 của Ban Chỉ đạo 138 huyện Tuần Giáo) gửi",
     "TT Huyện ủy, HĐND huyện để báo cáo", True),
    ("Phối hợp với các đơn vị y tế trên địa bàn huyện, trong đó có Trung tâm Y tế huyện và các",
     "TTYT xã để theo dõi", True),
])
def test_a_number_column_heading_alone_continues_no_line(prev, nxt, joined):
    assert continues(prev, nxt, 80) is joined


def test_a_flattened_tables_header_stays_apart_from_a_full_width_caption():
    text = ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về\n"
            "Cơ quan Thường trực Ban Chỉ đạo để tổng hợp, báo cáo Trưởng Ban Chỉ đạo xem xét, chỉ đạo./.\n"
            "PHỤ LỤC\nCÁC NHIỆM VỤ CỤ THỂ NĂM 2025\n"
            "(Kèm theo Kế hoạch số 09/KH-BCĐ ngày 17/02/2025 của Ban Chỉ đạo 138 huyện Tuần Giáo)\n"
            "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nThời gian\n1\nTuyên truyền pháp luật về phòng, chống\n"
            "ma túy tại các xã vùng cao\nCông an huyện\nQuý II/2025\n")
    lines = [ln.text for ln in normalize_text(text).lines]
    assert "STT" in lines
    assert lines[lines.index("STT") - 1].endswith("Tuần Giáo)")


# A portal's copy of a plan whose header was typed in small letters, one paragraph a line, in the
# element that also holds the post's breadcrumb, title and date: the issuer's lines over "Số:" name
# bodies and stay; the post's own lines above them go.
@pytest.mark.parametrize("issuer", [
    "<p>Ủy ban nhân dân</p><p>huyện Yên Lập</p>",
    "<p>UBND tỉnh Phú Thọ</p><p>Sở Nội vụ</p>",
    "<p>UBND huyện Mang Thít</p><p>Phòng Nông nghiệp và Môi trường</p>",
    "<div>Ủy ban MTTQ Việt Nam</div><div>huyện Gio Linh</div>",
])
@pytest.mark.parametrize("above", [
    "<p>Trang chủ / Văn bản</p><h1>Kế hoạch phòng, chống dịch bệnh năm 2025</h1><p>14/04/2025 08:45</p>",
    # a post's title that names a body at work, a menu's entry: no body's name
    "<h1>UBND huyện triển khai kế hoạch phòng chống dịch</h1><p>Phòng chống dịch bệnh</p>",
])
def test_an_issuer_typed_in_small_letters_over_the_number_stays(issuer, above):
    page = (f"<html><body><div class='detail'>{above}{issuer}<p>Số: 27/KH-UBND</p>"
            "<p>Cộng hòa xã hội chủ nghĩa Việt Nam</p><p>Yên Lập, ngày 10 tháng 4 năm 2025</p><p>KẾ HOẠCH</p>"
            "<p>Căn cứ Luật Thú y;</p><p>I. MỤC ĐÍCH</p><p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p>"
            "<p>Lê Văn A</p></div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    names = [t for t in lines if t in issuer]
    assert len(names) == 2 and lines[2] == "Số: 27/KH-UBND"
    for gone in ("Trang chủ", "Kế hoạch phòng", "14/04/2025", "triển khai", "Phòng chống"):
        assert not any(gone in t for t in lines)


# A list of other posts under the signature with no caption, each a link and its posting date, in
# the element that holds the plan: the page's, not the plan's (its titles cite other documents).
@pytest.mark.parametrize("related", [
    "<ul><li><a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a> <span>(03/04/2025)</span></li>"
    "<li><a href='/2'>Kế hoạch số 49/KH-UBND về phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2025 trên địa bàn huyện"
    "</a> (24/03/2025)</li></ul>",
    "<p><a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a> 03/04/2025 09:15</p>"
    "<p><a href='/2'>Kế hoạch số 49/KH-UBND về hạn hán</a> [24/03/2025]</p>",
])
def test_an_uncaptioned_list_of_other_posts_under_the_signature_goes(related):
    page = ("<html><body><div class='detail'><p>ỦY BAN NHÂN DÂN</p><p>Số: 27/KH-UBND</p><p>KẾ HOẠCH</p>"
            "<p>I. NỘI DUNG</p><p><a href='/qd'>Quyết định số 12/QĐ-UBND</a> ban hành ngày 01/02/2025</p>"
            f"<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Lê Văn A</p>{related}</div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "415/UBND-NN" not in text and "49/KH-UBND" not in text
    assert "Lê Văn A" in text and "Quyết định số 12/QĐ-UBND ban hành ngày 01/02/2025" in text


# … so is such a list whose lines open with a bullet before the link, or whose links carry no date:
# a run of lines after the signature each nothing but a link to another post.
@pytest.mark.parametrize("related", [
    "<p>- <a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a> (03/04/2025)</p>"
    "<p>- <a href='/2'>Kế hoạch số 49/KH-UBND về hạn hán</a> (24/03/2025)</p>",
    "<ul><li>• <a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a></li>"
    "<li>• <a href='/2'>Kế hoạch số 49/KH-UBND về phòng, chống hạn hán năm 2025</a></li></ul>",
    "<div><a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a></div>"
    "<div><a href='/2'>Kế hoạch số 49/KH-UBND về hạn hán</a></div>"
    "<div><a href='/3'>Thông báo số 88/TB-UBND lịch tiếp công dân</a></div>",
    "<p><a href='/1'>Công văn số 415/UBND-NN về phòng, chống bệnh Dại</a></p>"
    "<p>+ <a href='/2'>Kế hoạch số 49/KH-UBND về hạn hán</a> 24/03/2025 09:15</p>",
])
def test_a_run_of_bare_links_to_other_posts_under_the_signature_goes(related):
    page = ("<html><body><div class='detail'><p>ỦY BAN NHÂN DÂN</p><p>Số: 27/KH-UBND</p><p>KẾ HOẠCH</p>"
            "<p>I. NỘI DUNG</p><p><a href='/qd'>Quyết định số 12/QĐ-UBND</a> ban hành ngày 01/02/2025</p>"
            f"<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Lê Văn A</p>{related}</div></body></html>")
    text = "\n".join(ln.text for ln in lines_from_html(page))
    assert "415/UBND-NN" not in text and "49/KH-UBND" not in text and "88/TB-UBND" not in text
    assert "Lê Văn A" in text and "Quyết định số 12/QĐ-UBND ban hành ngày 01/02/2025" in text


# A portal's category entries (the site's menu, the post's "Chuyên mục"), links that may name a body
# ("UBND xã", "Đảng ủy xã"), standing right above the issuer's lines in the element that holds the
# plan (its header table outside the article's frame): the page's, not the header's.
ISSUER_TABLE = ("<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p><b>XÃ HẢI ĐÔNG</b></p><p>Số: 32/KH-UBND</p></td>"
                "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
                "<p>Hải Đông, ngày 14 tháng 3 năm 2025</p></td></tr></table>")
FRAMED_BODY = ("<div class='khung-bai-viet'><p>KẾ HOẠCH</p><p>Chống khai thác IUU năm 2025</p><p>I. MỤC ĐÍCH</p>"
               "<table border=1><tr><td>STT</td><td>Nội dung</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>"
               "<tr><td>1</td><td>Rà soát tàu cá</td><td>Công an xã</td><td>Tháng 3/2025</td></tr></table>"
               "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Vũ Đức Hạnh</p></div>")


@pytest.mark.parametrize("entries", [
    "<ul><li><a href='/1'>Văn bản chỉ đạo điều hành</a></li><li><a href='/2'>UBND xã</a></li></ul>",
    "<ul><li><a href='/1'>Giới thiệu</a></li><li><a href='/2'>Đảng ủy xã</a></li><li><a href='/3'>HĐND xã</a></li>"
    "<li><a href='/4'>UBND xã</a></li></ul>",
    "<p>Chuyên mục</p><p>» <a href='/2'>Ủy ban nhân dân phường</a></p>",
    "<div><a href='/2'>Công an xã</a></div><div><a href='/3'>UBND huyện Hải Hậu</a></div>",
])
@pytest.mark.parametrize("layout", [
    "<div class='noi-dung'>{entries}{header}{body}</div>",
    # an older portal's page laid out in a table: menu | the post's column
    "<table width='100%'><tr><td><p>DANH MỤC</p><p><a href='/a'>Trang chủ</a></p></td>"
    "<td><h1>Kế hoạch chống khai thác IUU</h1>{entries}{header}{body}</td></tr></table>",
])
def test_a_portal_s_category_links_over_the_issuer_are_not_its_lines(entries, layout):
    page = "<html><body>" + layout.format(entries=entries, header=ISSUER_TABLE, body=FRAMED_BODY) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 32/KH-UBND"], lines
    assert lines[-1] == "Vũ Đức Hạnh"


@pytest.mark.parametrize("issuer", [
    "<p>Ủy ban nhân dân</p><p>huyện Yên Lập</p>",        # small letters, no link: the issuer's own lines
    "<p>UBND tỉnh Phú Thọ</p><p>Sở Nội vụ</p>",
])
def test_an_issuer_in_small_letters_under_a_category_link_stays(issuer):
    page = ("<html><body><div class='noi-dung'><p><a href='/2'>UBND xã</a></p>" + issuer +
            "<p>Số: 27/KH-UBND</p><p>Yên Lập, ngày 10 tháng 4 năm 2025</p><p>KẾ HOẠCH</p><p>I. MỤC ĐÍCH</p>"
            "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Lê Văn A</p></div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:3] == [*[t for t in issuer.replace("</p>", "").split("<p>") if t], "Số: 27/KH-UBND"]


# A list of other posts under the plan in a page laid out in a table: its lines are links whose
# cell says so, as a page's own paragraphs do; each link alone, with or without a caption or date;
# or the list is a table whose rows are each a link and a date (in a div's page as well).
TABLE_LAID = "<table><tr><td><p><a href='/a'>Trang chủ</a></p></td><td>{}</td></tr></table>"
DIV_LAID = "<div class='main'><div class='left'><a href='/a'>Trang chủ</a></div><div class='post'>{}</div></div>"


@pytest.mark.parametrize("layout", [TABLE_LAID, DIV_LAID])
@pytest.mark.parametrize("related", [
    "<ul><li><a href='/1'>Kế hoạch số 18/KH-UBND về tổ chức Tết trồng cây năm 2025</a></li>"
    "<li><a href='/2'>Thông báo lịch tiếp công dân tháng 3/2025</a></li></ul>",
    "<p><b>Các tin đã đưa</b></p><ul><li><a href='/1'>Kế hoạch số 18/KH-UBND về tổ chức Tết trồng cây</a></li></ul>",
    "<p>TIN ĐÃ ĐĂNG:</p><p>- <a href='/1'>Kế hoạch số 18/KH-UBND</a> (03/03/2025)</p>",
    "<div><a href='/1'>Kế hoạch số 18/KH-UBND về tổ chức Tết trồng cây</a></div>"
    "<div>• <a href='/2'>Thông báo lịch tiếp công dân</a> 10/03/2025 08:15</div>",
    "<p><a href='/f'>Tải về: 32-KH-UBND.pdf</a></p><p>Bài viết cũ hơn</p>"
    "<p><a href='/1'>Kế hoạch số 18/KH-UBND</a></p>",
    "<table><tr><td><a href='/1'>Kế hoạch số 18/KH-UBND về Tết trồng cây</a></td></tr>"
    "<tr><td><a href='/2'>Thông báo lịch tiếp công dân</a></td></tr></table>",
    "<table><tr><td>» <a href='/1'>Kế hoạch số 18/KH-UBND về Tết trồng cây</a></td><td>(12/03/2025)</td></tr>"
    "<tr><td>» <a href='/2'>Thông báo lịch tiếp công dân</a></td><td>(10/03/2025)</td></tr></table>",
])
def test_a_list_of_other_posts_under_the_plan_goes_however_the_page_is_laid_out(related, layout):
    page = "<html><body>" + layout.format(ISSUER_TABLE + FRAMED_BODY + related) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[-1] == "Vũ Đức Hạnh", lines
    assert not any("18/KH-UBND" in t or "Tải về" in t for t in lines)


@pytest.mark.parametrize("after, kept", [
    # recipients typed as links, each closing on ";"
    ("<p>- <a href='/h'>UBND huyện Hải Hậu</a>;</p><p>- <a href='/s'>Sở Nông nghiệp và Môi trường</a>;</p>",
     ["- UBND huyện Hải Hậu;", "- Sở Nông nghiệp và Môi trường;"]),
    # linked appendices
    ("<p><a href='/pl1'>Phụ lục I: Danh sách tàu cá</a></p><p><a href='/pl2'>Phụ lục II: Biểu mẫu báo cáo</a></p>",
     ["Phụ lục I: Danh sách tàu cá", "Phụ lục II: Biểu mẫu báo cáo"]),
    # one link naming a document by its date: an appendix's list of documents
    ("<p><a href='/qd'>Quyết định số 12/QĐ-UBND ngày 01/02/2025 của UBND huyện</a></p>",
     ["Quyết định số 12/QĐ-UBND ngày 01/02/2025 của UBND huyện"]),
    # a table of the plan's own after the signature: a row's cell of its own text, beside its links
    ("<table border=1><tr><td>1</td><td><a href='/qd'>Quyết định số 12/QĐ-UBND</a></td></tr>"
     "<tr><td>2</td><td><a href='/kh'>Kế hoạch số 28/KH-UBND</a></td></tr></table>",
     ["1 Quyết định số 12/QĐ-UBND", "2 Kế hoạch số 28/KH-UBND"]),
    ("<table><tr><td><a href='/qd'>Quyết định số 12/QĐ-UBND</a></td><td>Văn phòng - Thống kê</td></tr>"
     "<tr><td><a href='/kh'>Kế hoạch số 28/KH-UBND</a></td><td>Công an xã</td></tr></table>",
     ["Quyết định số 12/QĐ-UBND Văn phòng - Thống kê", "Kế hoạch số 28/KH-UBND Công an xã"]),
])
@pytest.mark.parametrize("layout", [TABLE_LAID, DIV_LAID])
def test_the_plan_s_own_links_after_its_signature_stay_however_the_page_is_laid_out(after, kept, layout):
    page = "<html><body>" + layout.format(ISSUER_TABLE + FRAMED_BODY + after) + "</body></html>"
    lines = [" ".join(ln.text.split()) for ln in lines_from_html(page)]
    assert lines[lines.index("Vũ Đức Hạnh") + 1:] == kept


@pytest.mark.parametrize("cell, parts, links", [
    ("Một\nHai", ["Một", "Hai"], {}),
    ("\x01Kế hoạch số 18\x02\n- \x01Thông báo\x02 (03/03/2025)\nXem \x01Quyết định 12\x02 về",
     ["Kế hoạch số 18", "- Thông báo (03/03/2025)", "Xem Quyết định 12 về"], {0: True, 1: True}),
    ("\x01Quyết định 12\x02 được sửa đổi\n \x01 \x02\n\x01Tải về\x02", ["Quyết định 12 được sửa đổi", "Tải về"],
     {0: False, 1: True}),
])
def test_cell_parts_tell_the_lines_that_are_links(cell, parts, links):
    from pipeline.ingest.text import _cell_parts

    assert _cell_parts(cell) == (parts, links)


@pytest.mark.parametrize("after, kept", [
    # recipients typed as links, each closing on ";"
    ("<p>- <a href='/h'>UBND huyện Yên Lập</a>;</p><p>- <a href='/s'>Sở Y tế tỉnh Phú Thọ</a>;</p>",
     ["- UBND huyện Yên Lập;", "- Sở Y tế tỉnh Phú Thọ;"]),
    # an appendix linked, then its file
    ("<p><a href='/pl1'>Phụ lục I: Danh mục các xã</a></p><p><a href='/pl2'>Phụ lục II: Biểu mẫu báo cáo</a></p>",
     ["Phụ lục I: Danh mục các xã", "Phụ lục II: Biểu mẫu báo cáo"]),
    # links inside sentences
    ("<p>Xem <a href='/1'>Kế hoạch số 49/KH-UBND</a> về hạn hán</p><p><a href='/2'>Quyết định 12</a> được sửa đổi</p>",
     ["Xem Kế hoạch số 49/KH-UBND về hạn hán", "Quyết định 12 được sửa đổi"]),
])
def test_links_after_the_signature_that_are_the_plan_s_own_stay(after, kept):
    page = ("<html><body><div class='detail'><p>ỦY BAN NHÂN DÂN</p><p>Số: 27/KH-UBND</p><p>KẾ HOẠCH</p>"
            f"<p>I. NỘI DUNG</p><p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Lê Văn A</p>{after}"
            "</div></body></html>")
    lines = [" ".join(ln.text.split()) for ln in lines_from_html(page)]
    assert lines[lines.index("Lê Văn A") + 1:] == kept


@pytest.mark.parametrize("after", [
    # a document listed after the signature with its own date ("ngày …"): an appendix's line
    "<p><a href='/qd'>Quyết định số 12/QĐ-UBND ngày 01/02/2025</a></p>",
    # a line ending in a date that opens with no link
    "<p>Ghi chú: số liệu tính đến 31/3/2025</p>",
    # a person's name typed as a link (the signer's page)
    "<p><a href='/ng'>Nguyễn Văn Bình</a></p>",
])
def test_a_line_after_the_signature_that_lists_no_post_stays(after):
    page = ("<html><body><div class='detail'><p>ỦY BAN NHÂN DÂN</p><p>Số: 27/KH-UBND</p><p>KẾ HOẠCH</p>"
            f"<p>I. NỘI DUNG</p><p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Lê Văn A</p>{after}"
            "</div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[-1] in after and lines[-2] == "Lê Văn A"


# A menu's current entry is printed unlinked ("<li class='active'>UBND xã</li>"), in any case, and
# may name a body: over a header laid out in an element of its own that opens with the people's
# committee's name (nothing is printed above that), it is the page's.
@pytest.mark.parametrize("entries", [
    "<ul><li><a href='/'>Trang chủ</a></li><li><a href='/v'>Văn bản</a></li><li class='active'>UBND xã</li></ul>",
    "<div class='chuyen-muc'><p>Chuyên mục văn bản</p><ul><li class='active'>Ủy ban nhân dân xã</li></ul></div>",
    "<ul class='cat'><li><a href='/'>Trang chủ</a></li><li class='active'>VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</li></ul>",
    "<p><b>ĐẢNG ỦY XÃ</b></p>",
])
@pytest.mark.parametrize("layout", [
    "<div class='noi-dung'>{entries}{header}{body}</div>",
    "<table width='100%'><tr><td><p>DANH MỤC</p><p><a href='/a'>Trang chủ</a></p></td>"
    "<td>{entries}{header}{body}</td></tr></table>",
])
def test_a_menu_s_current_entry_over_a_header_of_its_own_is_not_its_line(entries, layout):
    page = "<html><body>" + layout.format(entries=entries, header=ISSUER_TABLE, body=FRAMED_BODY) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 32/KH-UBND"], lines


@pytest.mark.parametrize("parent, header", [
    # a department's header table under its parent typed above it: the parent is the header's
    ("<p>UBND HUYỆN HẢI HẬU</p>", "<table><tr><td><p>PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG</p><p>Số: 32/KH-PNN</p></td>"
     "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Hải Hậu, ngày 14 tháng 3 năm 2025</p></td></tr></table>"),
    ("<p>ĐẢNG BỘ HUYỆN HẢI HẬU</p>", "<table><tr><td><p>ĐẢNG ỦY XÃ HẢI ĐÔNG</p><p>Số: 32-KH/ĐU</p></td>"
     "<td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Hải Đông, ngày 14 tháng 3 năm 2025</p></td></tr></table>"),
])
def test_a_parent_body_over_a_header_that_is_not_a_committee_s_stays(parent, header):
    page = f"<html><body><div class='noi-dung'><p><a href='/'>Trang chủ</a></p>{parent}{header}{FRAMED_BODY}</div></body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[0] == parent[3:-4] and "Trang chủ" not in lines


# One link alone after the signature is a post's link to another post or to the document's own
# file (with its size), no line of the document; one naming a document by its date or a person stays.
@pytest.mark.parametrize("after", [
    "<p><a href='/tin/1'>Xã Hải Đông ra quân tổng vệ sinh môi trường</a></p>",
    "<p><a href='/f/32-KH-UBND.pdf'>32-KH-UBND.pdf</a> (PDF, 412 KB)</p>",
    "<div><a href='/f/kh32.docx'>Kế hoạch 32.docx</a> [1,2 MB]</div>",
    "<p>» <a href='/tin/2'>Thông báo lịch tiếp công dân</a></p>",
])
@pytest.mark.parametrize("layout", [TABLE_LAID, DIV_LAID])
def test_a_single_link_after_the_signature_goes(after, layout):
    page = "<html><body>" + layout.format(ISSUER_TABLE + FRAMED_BODY + after) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[-1] == "Vũ Đức Hạnh", lines


# A portal's box of the document's fields ("thuộc tính văn bản") above, beside or between the parts
# of a document whose header stands outside the article's frame: the box is no part of the document,
# and its "Số:" row opens nothing.
BOX_ROWS = ("<table{attrs}><tr><td>Số:</td><td>32/KH-UBND</td></tr><tr><td>Ngày ban hành:</td><td>14/03/2025</td></tr>"
            "<tr><td>Cơ quan ban hành:</td><td>ỦY BAN NHÂN DÂN XÃ HẢI ĐÔNG</td></tr>"
            "<tr><td>Người ký:</td><td>Vũ Đức Hạnh</td></tr></table>")
BOX_PAIRS = ("<table class='table table-bordered'><tr><td>Số ký hiệu</td><td>32/KH-UBND</td><td>Ngày ban hành</td>"
             "<td>14/03/2025</td></tr><tr><td>Trích yếu</td><td colspan=3>Chống khai thác IUU năm 2025</td></tr>"
             "<tr><td>File đính kèm</td><td colspan=3><a href='/f/32.pdf'>32-KH-UBND.pdf</a></td></tr></table>")
BOX_PROSE = ("<div class='thuoc-tinh'><p>Số: 32/KH-UBND</p><p>Ngày ban hành: 14/03/2025</p>"
             "<p>Cơ quan ban hành: UBND xã Hải Đông</p></div>")


@pytest.mark.parametrize("box", [BOX_ROWS.format(attrs=""), BOX_ROWS.format(attrs=" border=1"), BOX_PAIRS, BOX_PROSE])
@pytest.mark.parametrize("layout", [
    "<div class='portlet-body'><h3>Thuộc tính văn bản</h3>{box}<div class='journal-content-article'>{header}{body}</div></div>",
    "<div class='row'><div class='col-4'>{box}</div><div class='col-8'>{header}<div class='article'>{body}</div></div></div>",
    "<div class='row'><div class='vb-head'>{header}</div><div class='col-4'>{box}</div><div class='article'>{body}</div></div>",
    "<table><tr><td valign=top>{header}</td></tr><tr><td>{box}</td></tr><tr><td>{body}</td></tr></table>",
    "<table><tr><td valign=top><b>Thuộc tính</b>{box}</td><td valign=top>{header}{body}</td></tr></table>",
])
def test_a_portal_s_box_of_the_document_s_fields_is_not_its_text(box, layout):
    page = "<html><body>" + layout.format(box=box, header=ISSUER_TABLE, body=FRAMED_BODY) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 32/KH-UBND"], lines
    assert lines[-1] == "Vũ Đức Hạnh" and any("Rà soát tàu cá" in t for t in lines)
    assert not any("ban hành" in t or "Người ký" in t or "ký hiệu" in t for t in lines)


@pytest.mark.parametrize("table", [
    # the plan's own tables whose first column holds words a box uses
    "<table border=1><tr><td>Số</td><td>Nội dung</td></tr><tr><td>1</td><td>Rà soát tàu cá</td></tr></table>",
    "<table border=1><tr><td>Lĩnh vực</td><td>Chỉ tiêu</td></tr><tr><td>Thủy sản</td><td>100% tàu cá lắp thiết bị</td></tr></table>",
    "<table><tr><td>Số: 15/BC-UBND</td><td>Hải Đông, ngày 10 tháng 3 năm 2025</td></tr></table>",
])
def test_a_plan_s_own_table_is_no_box_of_fields(table):
    from pipeline.ingest.text import _property_lines

    lines = lines_from_html(f"<html><body>{table}</body></html>")
    assert not _property_lines(lines)


# A header laid out in a table the page says is ruled (border="1": Word's saved page of a table whose
# borders were removed, an editor's default) while every cell takes its lines away ("border:none"),
# standing before the article's element: it is read as prose, column by column, as a bare table is.
BARE_HEADERS = [
    "<table border='1' style='border-collapse:collapse;width:100%'><tr><td style='border:none'>ỦY BAN NHÂN DÂN"
    "<br>XÃ HẢI ĐÔNG<br>Số: 32/KH-UBND</td><td style='border:none'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
    "Độc lập - Tự do - Hạnh phúc<br>Hải Đông, ngày 14 tháng 3 năm 2025</td></tr></table>",
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
    "<tr><td style='border:none;padding:0cm 5.4pt'><p>ỦY BAN NHÂN DÂN</p><p>XÃ HẢI ĐÔNG</p></td>"
    "<td style='border:none;padding:0cm 5.4pt'><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
    "<p>Độc lập - Tự do - Hạnh phúc</p></td></tr><tr><td style='border:none'><p>Số: 32/KH-UBND</p></td>"
    "<td style='border-style: hidden'><p>Hải Đông, ngày 14 tháng 3 năm 2025</p></td></tr></table>",
]


@pytest.mark.parametrize("header", BARE_HEADERS)
@pytest.mark.parametrize("layout", [
    "<div class='DnnModule'><div class='vb-head'>{header}</div></div>"
    "<div class='DnnModule'><div class='Normal'>{body}</div></div>",
    "<div id='primary'><div class='entry-header'><h1>Kế hoạch chống khai thác IUU</h1></div>{header}"
    "<div class='entry-content'>{body}</div></div>",
])
def test_a_header_table_ruled_by_its_tag_but_drawn_bare_is_prose(header, layout):
    page = "<html><body>" + layout.format(header=header, body=FRAMED_BODY) + "</body></html>"
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:6] == ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 32/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Hải Đông, ngày 14 tháng 3 năm 2025"], lines
    assert lines[-1] == "Vũ Đức Hạnh"


@pytest.mark.parametrize("table", [
    # one cell drawn with lines: the table is ruled
    "<table border='1'><tr><td style='border:none'>STT</td><td style='border:solid windowtext 1.0pt'>Nội dung</td>"
    "</tr><tr><td style='border:none'>1</td><td>Số: 15 hộ, ngày 10 tháng 3</td></tr></table>",
    # border="1" and cells that say nothing of their borders
    "<table border='1'><tr><td>Số: 32/KH-UBND</td><td>Hải Đông, ngày 14 tháng 3 năm 2025</td></tr></table>",
    # cells that take only one side's line away
    "<table border='1'><tr><td style='border-top:none'>Số: 32/KH-UBND</td>"
    "<td style='border-left:none'>Hải Đông, ngày 14 tháng 3 năm 2025</td></tr></table>",
])
def test_a_ruled_table_with_some_bare_cells_stays_a_table(table):
    lines = lines_from_html(f"<html><body>{table}</body></html>")
    assert all(ln.cells is not None for ln in lines)


# A portal's widgets and menus laid out in tables before the article (the weather with the commune's
# name and today's date, a menu's row of links) are no part of the document, whatever their date says.
@pytest.mark.parametrize("widget", [
    "<table class='thoi-tiet'><tr><td>Hải Đông, ngày 24 tháng 3 năm 2025</td><td>Nhiệt độ: 28°C</td></tr>"
    "<tr><td>Độ ẩm: 80%</td><td>Gió: cấp 2</td></tr></table>",
    "<table class='widget-weather'><tr><td>Thứ Hai, ngày 24 tháng 3 năm 2025</td><td>Hải Hậu 28°C, nhiều mây</td></tr></table>",
    "<table><tr><td><a href='/'>Trang chủ</a></td><td><a href='/gt'>Giới thiệu chung</a></td>"
    "<td><a href='/vb'>Văn bản - Chỉ đạo điều hành</a></td><td><a href='/lh'>Liên hệ</a></td></tr></table>",
    "<div class='hom-nay'><p>Hải Đông, ngày 24 tháng 3 năm 2025</p></div>",
])
@pytest.mark.parametrize("header", [ISSUER_TABLE, BARE_HEADERS[0]])
def test_a_portal_s_widget_table_before_the_article_is_not_the_document_s(widget, header):
    page = (f"<html><body><div class='wrap'>{widget}<div class='main'><div class='vb-head'>{header}</div>"
            f"<div class='article-content'>{FRAMED_BODY}</div></div></div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "XÃ HẢI ĐÔNG", "Số: 32/KH-UBND"], lines
    assert not any("24 tháng 3" in t or "Trang chủ" in t for t in lines)


def test_a_copy_that_lost_its_motto_still_opens_at_its_date():
    """A place and date with no motto after it is the document's own (its header cut down to that line)."""
    page = ("<html><body><div class='noi-dung'><p><a href='/'>Trang chủ</a></p><p>Hải Đông, ngày 14 tháng 3 năm 2025</p>"
            f"{FRAMED_BODY}</div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    assert lines[0] == "Hải Đông, ngày 14 tháng 3 năm 2025" and lines[-1] == "Vũ Đức Hạnh"


def test_a_party_plan_s_date_before_a_later_document_s_motto_still_opens_it():
    """A Party committee's plan (its motto "ĐẢNG CỘNG SẢN VIỆT NAM", its number with no colon) opens
    at its date, though a document with the national motto follows it on the page."""
    page = ("<html><body><div class='noi-dung'><p>ĐẢNG BỘ HUYỆN HẢI HẬU</p><p>ĐẢNG ỦY XÃ HẢI ĐÔNG</p>"
            "<p>Số 32-KH/ĐU</p><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Hải Đông, ngày 14 tháng 3 năm 2025</p>"
            "<p>KẾ HOẠCH</p><p>Tổ chức đại hội chi bộ</p><p>I. MỤC ĐÍCH</p><p>T/M ĐẢNG ỦY</p>"
            "<p>PHỤ LỤC</p><p>ỦY BAN NHÂN DÂN XÃ HẢI ĐÔNG</p><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"
            "<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>KT. CHỦ TỊCH</p><p>Vũ Đức Hạnh</p></div></body></html>")
    lines = [ln.text for ln in lines_from_html(page)]
    assert "Hải Đông, ngày 14 tháng 3 năm 2025" in lines and lines.index("KẾ HOẠCH") < lines.index("Vũ Đức Hạnh")
    assert "Hải Đông, ngày 14 tháng 3 năm 2025" in lines[:6]


@pytest.mark.parametrize("text", [
    "Ký bởi: Ủy ban nhân dân xã Tân Lập", "KÝ SỐ BỞI UBND", "Người ký: Nguyễn Văn A", "Thời gian ký: 15.01.2025",
    "Ngày ký: 10/3/2025", "giờ ký 08:30", "NGÀY KÝ", "ký", "Ký", "đăng ký tham gia", "Đăng ký kết hôn",
    "chữ ký số", "KÝ", "bởi", "", "người kýbởi", "Người ký", "xNgười kýx"])
def test_stamp_gate_found_from_ky_as_by_plain_search(text):
    from pipeline.normalize import STAMP_GATE, has_stamp_gate

    assert has_stamp_gate(text) is any(g in text for g in STAMP_GATE)
    assert has_stamp_gate("Kế hoạch tuyên truyền.\n" + text + "\n- Lưu: VT.") is any(g in text for g in STAMP_GATE)


@pytest.mark.parametrize("text", ["ÐẢNG BỘ XÃ", "Ðề án", "ðồng", "Ɖiện Biên", "ɖất", "ĐẢNG BỘ", "Đề án", "", "Ð"])
def test_has_eth_is_eth_search(text):
    from pipeline.normalize import ETH, has_eth

    assert has_eth(text) is (ETH.search(text) is not None)


@pytest.mark.parametrize("prev, nxt, width, joined", [
    # a part typed "I/ " or called "Phần"/"Chương" opens its own line after a title that ran long
    ("Phát triển du lịch cộng đồng trên địa bàn xã Ea Tu giai đoạn 2025 - 2030 gắn với",
     "I/ Mục tiêu, yêu cầu", 80, False),
    ("Phát triển du lịch cộng đồng trên địa bàn xã Ea Tu giai đoạn 2025 - 2030 gắn với", "Phần I", 80, False),
    ("Phát triển du lịch cộng đồng trên địa bàn xã Ea Tu giai đoạn 2025 - 2030 gắn với",
     "Chương II. NHIỆM VỤ, GIẢI PHÁP", 80, False),
    ("Phát triển du lịch cộng đồng trên địa bàn xã Ea Tu giai đoạn 2025 - 2030 gắn với",
     "PHẦN THỨ HAI", 80, False),
    # words that only begin like them continue the line: "Phần lớn", "chương trình", "I/2025"
    ("Tổng hợp kết quả thực hiện nhiệm vụ của các thôn, bản trên địa bàn xã trong quý",
     "I/2025 gửi về UBND huyện", 80, True),
    ("Nhân dân trên địa bàn xã đã tích cực hưởng ứng phong trào thi đua, trong đó",
     "Phần lớn các hộ gia đình đã đăng ký", 80, True),
    ("Lồng ghép các nguồn vốn để thực hiện có hiệu quả các dự án thành phần của",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội", 80, True),
])
def test_a_part_typed_with_a_slash_or_named_opens_its_own_line(prev, nxt, width, joined):
    assert continues(prev, nxt, width) is joined


def _html_texts(html: str) -> list[str]:
    return [ln.text.strip() for ln in lines_from_html(html)]


@pytest.mark.parametrize("html, want", [
    # a page saved by LibreOffice or pandoc: Word's numbering lives only in <ol type start> and <li>
    ('<ol type="I"><li><p><b>MỤC ĐÍCH, YÊU CẦU</b></p></li></ol><p>Nâng cao nhận thức.</p>'
     '<ol type="I" start="3"><li><p><b>TỔ CHỨC THỰC HIỆN</b></p><ol><li><p>Phòng Y tế chủ trì.</p></li>'
     '<li><p>UBND các xã triển khai.</p></li></ol></li></ol>',
     ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Y tế chủ trì.",
      "2. UBND các xã triển khai."]),
    ('<ol type="a"><li>Tuyên truyền</li><li>Kiểm tra</li></ol>', ["a) Tuyên truyền", "b) Kiểm tra"]),
    ('<ol start="4"><li>Bốn</li><li value="7">Bảy</li><li>Tám</li></ol>', ["4. Bốn", "7. Bảy", "8. Tám"]),
    ('<ol type="i"><li>một</li><li>hai</li></ol><ol type="A"><li>Một</li></ol>', ["i. một", "ii. hai", "A. Một"]),
    # an item with no text passes its number to no other line
    ('<ol><li></li><li>Hai</li></ol><p>Đoạn sau.</p>', ["2. Hai", "Đoạn sau."]),
    # the number printed in the text as well: kept once, spaced from the text it was glued to
    ('<ol><li><p><span>II.</span><span>CHỈ TIÊU</span></p></li></ol>', ["II. CHỈ TIÊU"]),
    ('<ol><li>1. Phòng Y tế</li></ol>', ["1. Phòng Y tế"]),
    # negatives: a number opening the text is no printed marker; table cells get none
    ('<ol><li>1.200 đơn vị máu</li></ol>', ["1. 1.200 đơn vị máu"]),
    # (h2) a bulleted item prints its bullet, as the typed "- " item the text reader reads as one
    # (a Markdown list's "- Căn cứ …" items came out as prose: a plan's 13 tasks were lost)
    ('<ul><li>Tuyên truyền</li><li>Kiểm tra</li></ul>', ["- Tuyên truyền", "- Kiểm tra"]),
])
def test_html_ordered_lists_print_their_numbers(html, want):
    assert _html_texts(f"<html><body>{html}</body></html>") == want


def test_html_ordered_list_in_a_table_cell_adds_no_number():
    lines = lines_from_html("<table><tr><td>1</td><td><ol><li>Rà soát</li><li>Báo cáo</li></ol></td></tr></table>"
                            "<ol type='I' start='2'><li>KINH PHÍ</li></ol>")
    assert [c.split() for c in lines[0].cells] == [["1"], ["Rà", "soát", "Báo", "cáo"]]
    assert lines[1].text.strip() == "II. KINH PHÍ"


# ---------------------------------------------------------------- a part's heading in capitals wrapped
# prose wrapped at about 80 characters, as a text copied from a PDF is (the width the lines are measured by)
_WRAP_PROSE = ("Căn cứ Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021; Nghị định số 105/2021/NĐ-CP\n"
               "ngày 04 tháng 12 năm 2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số\n"
               "điều của Luật Phòng, chống ma túy; Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2026\n"
               "của Ủy ban nhân dân huyện về công tác phòng, chống tội phạm và tệ nạn xã hội trên địa\n"
               "bàn huyện năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:\n")
@pytest.mark.parametrize("prev, nxt", [
    # the heading ran to the wrap edge, its rest on the next line
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM THỰC HIỆN", "TRONG NĂM 2026"),
    ("III. XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN", "NINH TỔ QUỐC"),
    ("I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU PHẤN ĐẤU CỦA", "CHƯƠNG TRÌNH"),
    ("PHẦN II. CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN", "GIAI ĐOẠN 2026 - 2030"),
    ("B. NHIỆM VỤ TRỌNG TÂM CỦA ỦY BAN NHÂN DÂN PHƯỜNG", "ĐỐI VỚI CÔNG TÁC CHUYỂN ĐỔI SỐ"),
    ("2. CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ", "PHÒNG, CHỐNG MA TÚY"),
    ("IV- KINH PHÍ VÀ", "CHẾ ĐỘ BÁO CÁO"),
    ("MỤC II. NHIỆM VỤ, GIẢI PHÁP PHÒNG, CHỐNG THIÊN TAI", "NĂM 2026"),
])
def test_a_part_heading_in_capitals_goes_on_over_its_wrapped_line(prev, nxt):
    assert continues(prev, nxt, 90) is True
    body = _WRAP_PROSE + prev + "\n" + nxt + "\n1. Nội dung công việc.\n" + _WRAP_PROSE
    assert prev + " " + nxt in [ln.text for ln in normalize_text(body).lines]


@pytest.mark.parametrize("prev, nxt", [
    # a short part heading over a field of its work in capitals: two lines
    ("II. NỘI DUNG", "LĨNH VỰC KINH TẾ"),
    ("III. NHIỆM VỤ CỤ THỂ", "QUÝ I/2026"),
    ("II. NHIỆM VỤ TRỌNG TÂM", "TT"),
    ("II. NHIỆM VỤ TRỌNG TÂM", "STT"),
    # a marker whose heading is on the next line, a part lettered next, the signer
    ("PHẦN THỨ HAI", "NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP"),
    ("I. MỤC ĐÍCH, YÊU CẦU CỦA KẾ HOẠCH NĂM 2026", "A. MỤC ĐÍCH"),
    ("V. TỔ CHỨC THỰC HIỆN TRÊN ĐỊA BÀN TOÀN XÃ", "TM. ỦY BAN NHÂN DÂN"),
    ("V. TỔ CHỨC THỰC HIỆN TRÊN ĐỊA BÀN TOÀN XÃ", "PHỤ LỤC"),
    # a title block's capitals: no marker
    ("ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN ĐÔNG", "XÃ PÚ NHI"),
    # an ended heading
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM THỰC HIỆN:", "TRONG NĂM 2026"),
])
def test_capital_lines_under_a_part_heading_that_do_not_carry_it_on(prev, nxt):
    assert continues(prev, nxt, 90) is False


_PARAGRAPHS = [
    "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
    "KẾ HOẠCH",
    # a trích yếu of some 200 characters, typed as one line
    "Triển khai thực hiện công tác phòng, chống dịch bệnh truyền nhiễm, bảo đảm vệ sinh an toàn thực phẩm và vệ "
    "sinh môi trường trong cộng đồng dân cư trên địa bàn xã Tân Lập, huyện Đồng Phú năm 2025",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND huyện Đồng Phú về phòng, chống dịch bệnh năm 2025, "
    "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra trên địa bàn xã trong năm 2025 và các năm tiếp theo.",
    "Các ban, ngành, đoàn thể phối hợp chặt chẽ, triển khai đồng bộ các biện pháp phòng, chống dịch bệnh truyền nhiễm.",
    "Trạm Y tế xã chủ trì, phối hợp với Công an xã và các thôn, ấp kiểm tra việc thực hiện các biện pháp phòng dịch.",
]


@pytest.mark.parametrize("sep", ["\n\n", "\n \n", "\r\n\r\n", "\n\n\n"])
def test_a_line_an_empty_line_follows_ended_its_paragraph(sep):
    """A text typed one paragraph a line, paragraphs parted by an empty line: a long line before an
    empty one ran no wider than the author ended it, and the next paragraph, opening in capitals, stays apart."""
    doc = normalize_text(sep.join(_PARAGRAPHS))
    assert [ln.text for ln in doc.lines] == _PARAGRAPHS


def test_a_long_line_with_no_empty_line_after_it_still_wraps_on():
    # negative: without the empty line, the width guess joins a full-width line to the next as before
    wrapped = ["Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND huyện Đồng Phú về phòng, chống dịch bệnh,",
               "Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch thực hiện như sau:"]
    body = ["Các ban, ngành, đoàn thể phối hợp chặt chẽ, triển khai đồng bộ các biện pháp phòng dịch bệnh."] * 6
    doc = normalize_text("\n".join(wrapped + body))
    assert doc.lines[0].text == " ".join(wrapped)


def test_empty_lines_after_every_printed_line_are_spacing_not_paragraphs():
    """A text copied with an empty line after each printed line (sentences go on in small letters
    after them): the empty lines say nothing, and wrapped lines still join."""
    printed = ["Tiếp tục quán triệt, tuyên truyền, phổ biến và triển khai sâu rộng về đường lối, chủ trương của",
               "Đảng, tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh; Luật Thi đua, khen thưởng và các văn bản",
               "hướng dẫn thi hành, gắn với việc thực hiện các nhiệm vụ chính trị của địa phương trong năm 2025.",
               "Đẩy mạnh các phong trào thi đua do Thủ tướng Chính phủ phát động, nhất là phong trào thi đua cả",
               "nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau, xây dựng nông thôn mới nâng cao."]
    doc = normalize_text("\n\n".join(printed))
    assert [ln.text for ln in doc.lines] == [" ".join(printed[:3]), " ".join(printed[3:])]


@pytest.mark.parametrize("prev, nxt, joined", [
    # a quarter's numeral carried to the next line is the rest of the phrase, not a part
    ("- Tổ chức hội thi cấp xã, hoàn thành trong quý", "III/2026.", True),
    ("2. Tổng kết, đánh giá kết quả thực hiện trong Quý", "IV năm 2025.", True),
    ("- Tổ chức trình diễn cồng chiêng trong quý", "III.", True),
    # negatives: a part after a sentence's end, or after a word that is no quarter
    ("- Tổ chức hội thi cấp xã, hoàn thành trong quý I.", "II. TỔ CHỨC THỰC HIỆN", False),
    ("- Hoàn thành việc lắp đặt thiết bị tại các thôn, bản trong tháng", "II. NHIỆM VỤ CỤ THỂ", False),
    ("- Các đơn vị báo cáo kết quả về Văn phòng hằng quý", "II. NHIỆM VỤ VÀ GIẢI PHÁP", False),
    ("- Tổng hợp, báo cáo UBND huyện theo quý", "III. TỔ CHỨC THỰC HIỆN", False),
    ("- Các thôn báo cáo kết quả định kỳ hằng quý", "IV. KINH PHÍ", False),
])
def test_a_quarters_numeral_carried_to_the_next_line(prev, nxt, joined):
    assert continues(prev, nxt, 80) is joined


def test_an_empty_line_inside_a_body_paragraph_is_a_page_break():
    # negative: past the header, a full-width line before an empty one may be cut by a page break
    # ("… của Hội đồng Thi đua - Khen thưởng" / "" / "Thành phố về …"): it still joins the next
    body = ["Tập trung nâng cao hiệu quả quản lý nhà nước về thi đua, khen thưởng trên địa bàn phường năm nay."] * 8
    text = "\n\n".join(_PARAGRAPHS[:2] + ["Công tác thi đua, khen thưởng năm 2025", "I. MỤC ĐÍCH, YÊU CẦU"] + body + [
        "Tiếp tục thực hiện Kế hoạch số 02/KH-HĐTĐKT ngày 10/12/2020 của Hội đồng Thi đua - Khen thưởng",
        "Thành phố về công tác thi đua, khen thưởng của Thành phố giai đoạn 2021 - 2025; các quy chế, quy định.",
    ] + body)
    doc = normalize_text(text)
    assert "Hội đồng Thi đua - Khen thưởng Thành phố về công tác" in doc.text


# A raised number of a web page is printed raised: a footnote's mark glued as a plain digit would make
# "05-CT/TW1" or "năm 20211"; the unit "m<sup>2</sup>" is m².
@pytest.mark.parametrize("html, line", [
    ("<p>Căn cứ Luật Phòng, chống ma túy năm 2021<sup>1</sup>;</p>", "Căn cứ Luật Phòng, chống ma túy năm 2021¹;"),
    ("<p>Thực hiện Chỉ thị số 05-CT/TW<sup>(2)</sup> ngày 15/5/2016;</p>", "Thực hiện Chỉ thị số 05-CT/TW⁽²⁾ ngày 15/5/2016;"),
    ("<p>Cải tạo 200 m<sup>2</sup> sân chơi</p>", "Cải tạo 200 m² sân chơi"),
    ("<table><tr><td>Diện tích 35 m<sup>2</sup></td><td>Quý II</td></tr></table>", None),
])
def test_task6_a_web_pages_raised_numbers_stay_raised(html, line):
    lines = lines_from_html("<html><body>" + html + "</body></html>")
    if line is None:
        assert "35 m²" in lines[0].cells[0]
    else:
        assert [ln.text.strip() for ln in lines] == [line]


# A footnote's line opens with its raised mark: never the carried end of the line above (the signer's name
# over a web page's notes).
@pytest.mark.parametrize("prev, nxt", [
    ("Lò Văn Thắng", "¹ Luật số 73/2021/QH14 ngày 30/3/2021 của Quốc hội."),
    ("Trên đây là Kế hoạch của UBND phường", "² Kết luận số 31-KL/TW ngày 07/3/2022 của Ban Bí thư."),
    ("PHÓ CHỦ TỊCH", "⁽³⁾ Về phòng, chống ma túy."),
])
def test_task6_a_footnote_line_is_no_carried_word(prev, nxt):
    assert not continues(prev, nxt, 80.0)


# ---- task5: text that lost its line breaks, or was cut at a column
from pipeline.extract import extract_bytes  # noqa: E402
from pipeline.normalize import hard_wrap_width, run_on_lines  # noqa: E402

# A commune's plan as a portal that drops <br> gives it: the header, the grounds, the parts and the
# closing in one line each (Bình Định, a ward of Quy Nhơn, numbered items and "- " bullets).
TASK5_RUN_ON = (
    "ỦY BAN NHÂN DÂN PHƯỜNG NHƠN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Số: 64/KH-UBND Nhơn Bình, ngày 12 tháng 5 năm 2025 KẾ HOẠCH Ra quân tổng vệ sinh môi trường hưởng ứng "
    "Ngày Môi trường thế giới năm 2025 Căn cứ Luật Bảo vệ môi trường năm 2020; Căn cứ Nghị định số "
    "08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường; "
    "Thực hiện Kế hoạch số 120/KH-UBND ngày 02/5/2025 của UBND thành phố Quy Nhơn; Ủy ban nhân dân phường "
    "Nhơn Bình xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Nâng cao ý thức bảo vệ môi "
    "trường của Nhân dân; - Xây dựng cảnh quan khu dân cư xanh, sạch, đẹp. 2. Yêu cầu - Huy động đông đảo "
    "Nhân dân tham gia. II. NỘI DUNG THỰC HIỆN 1. Tổ chức ra quân thu gom rác thải tại các khu vực công cộng. "
    "Công chức Địa chính - Xây dựng chủ trì; các khu phố phối hợp; hoàn thành trước ngày 05/6/2025. 2. "
    "Tuyên truyền trên hệ thống loa truyền thanh phường. Công chức Văn hóa - Xã hội chủ trì; thời gian trong "
    "tháng 6/2025. III. KINH PHÍ Kinh phí thực hiện từ nguồn ngân sách phường năm 2025. IV. TỔ CHỨC THỰC "
    "HIỆN 1. Công chức Văn hóa - Xã hội theo dõi, tổng hợp kết quả báo cáo UBND thành phố trước ngày "
    "15/6/2025. 2. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể vận động hội viên tham gia. Trên đây "
    "là Kế hoạch ra quân tổng vệ sinh môi trường của UBND phường Nhơn Bình./.\n"
    "Nơi nhận: - UBND thành phố Quy Nhơn (b/c); - TT Đảng ủy, TT HĐND phường; - Các khu phố; - Lưu: VT. "
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thu Hà\n")


def test_task5_a_plan_run_into_a_few_lines_gets_its_lines_back():
    lines = [ln.text for ln in normalize_text(TASK5_RUN_ON).lines]
    for line in ("Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH", "Căn cứ Luật Bảo vệ môi trường năm 2020;",
                 "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Xây dựng cảnh quan khu dân cư xanh, sạch, đẹp.",
                 "III. KINH PHÍ", "Kinh phí thực hiện từ nguồn ngân sách phường năm 2025.", "Nơi nhận:",
                 "- Các khu phố;", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"):
        assert line in lines
    assert lines[lines.index("KẾ HOẠCH") + 1] == "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới năm 2025"


def test_task5_a_run_together_plan_reads_as_the_plan():
    rows = extract_bytes(TASK5_RUN_ON.encode(), "nhon-binh.txt").rows()
    doc = rows["documents"][0]
    assert (doc["symbol"], doc["issuer"], str(doc["issued_date"])) == ("64/KH-UBND", "UBND phường Nhơn Bình", "2025-05-12")
    assert (doc["signer_name"], doc["signing_authority"]) == ("Nguyễn Thị Thu Hà", "KT. CHỦ TỊCH")
    assert [s["marker"] for s in rows["sections"] if s["level"] == 1] == ["I", "II", "III", "IV"]
    assert [(t["lead_units"], str(t["deadline"])) for t in rows["tasks"]] == [
        (["Công chức Địa chính - Xây dựng"], "2025-06-05"), (["Công chức Văn hóa - Xã hội"], "2025-06-30")]
    assert [r["relation"] for r in rows["references"]][:3] == ["basis", "basis", "basis"]
    assert [r["recipient"] for r in rows["recipients"]] == [
        "UBND thành phố Quy Nhơn (b/c)", "TT Đảng ủy, TT HĐND phường", "Các khu phố", "Lưu: VT"]


@pytest.mark.parametrize("line, pieces", [
    # a Party committee's plan: "I-", "1-" markers, grounds as "- " bullets, "T/M" without its dot
    ("ĐẢNG BỘ HUYỆN YÊN LẬP ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY XÃ MỸ LUNG * Mỹ Lung, ngày 03 tháng 3 năm 2025 "
     "- Căn cứ Điều lệ Đảng; - Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; "
     "I- MỤC ĐÍCH, YÊU CẦU 1- Quán triệt đầy đủ nội dung Nghị quyết đến cán bộ, đảng viên. 2- Gắn việc học "
     "tập với xây dựng chi bộ vững mạnh. II- NỘI DUNG 1- Các chi bộ tổ chức sinh hoạt chuyên đề trong quý "
     "II/2025. 2- Ủy ban kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ trực "
     "thuộc, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12/2025. 3- Văn phòng Đảng ủy tham mưu sơ kết, đánh "
     "giá kết quả học tập, quán triệt Nghị quyết. III- TỔ CHỨC THỰC HIỆN 1- Các chi bộ xây dựng kế hoạch cụ "
     "thể. T/M ĐẢNG ỦY BÍ THƯ Hà Văn Tuấn",
     ["ĐẢNG BỘ HUYỆN YÊN LẬP", "ĐẢNG CỘNG SẢN VIỆT NAM", "- Căn cứ Điều lệ Đảng;", "I- MỤC ĐÍCH, YÊU CẦU",
      "1- Quán triệt đầy đủ nội dung Nghị quyết đến cán bộ, đảng viên.", "II- NỘI DUNG", "T/M ĐẢNG ỦY",
      "BÍ THƯ", "Hà Văn Tuấn"]),
    # a hospital under its department, items "(1)" under a short heading, letter items after it
    ("SỞ Y TẾ TỈNH SÓC TRĂNG BỆNH VIỆN ĐA KHOA THỊ XÃ VĨNH CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
     "Tự do - Hạnh phúc Số: 55/KH-BV Vĩnh Châu, ngày 06 tháng 01 năm 2025 KẾ HOẠCH Cải tiến chất lượng năm "
     "2025 Căn cứ Thông tư số 19/2013/TT-BYT ngày 12/7/2013 của Bộ Y tế; I. MỤC TIÊU 1. Công tác chuyên môn "
     "(1) Giảm thời gian chờ khám bệnh; (2) Nâng cao tỷ lệ hài lòng của người bệnh. 2. Công tác điều dưỡng "
     "a) Chuẩn hóa quy trình chăm sóc; b) Kiểm tra hồ sơ bệnh án hằng tháng. II. TỔ CHỨC THỰC HIỆN Phòng "
     "Quản lý chất lượng chủ trì theo dõi, tổng hợp kết quả. Các khoa, phòng xây dựng kế hoạch cải tiến chất "
     "lượng của đơn vị, gửi về Phòng Quản lý chất lượng trước ngày 31/01/2025; định kỳ hằng quý báo cáo kết "
     "quả thực hiện về Ban Giám đốc bệnh viện.",
     ["SỞ Y TẾ TỈNH SÓC TRĂNG", "BỆNH VIỆN ĐA KHOA THỊ XÃ VĨNH CHÂU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 55/KH-BV Vĩnh Châu, ngày 06 tháng 01 năm 2025", "Cải tiến chất lượng năm 2025",
      "1. Công tác chuyên môn", "(1) Giảm thời gian chờ khám bệnh;", "2. Công tác điều dưỡng",
      "a) Chuẩn hóa quy trình chăm sóc;", "II. TỔ CHỨC THỰC HIỆN",
      "Phòng Quản lý chất lượng chủ trì theo dõi, tổng hợp kết quả. Các khoa, phòng xây dựng kế hoạch cải tiến "
      "chất lượng của đơn vị, gửi về Phòng Quản lý chất lượng trước ngày 31/01/2025; định kỳ hằng quý báo cáo "
      "kết quả thực hiện về Ban Giám đốc bệnh viện."]),
    # sub-items under a short heading, a part called "Phần", a quarter's numeral that opens no part
    ("ỦY BAN NHÂN DÂN THỊ TRẤN PHÚ PHONG Số: 08/KH-UBND Phú Phong, ngày 05 tháng 01 năm 2026 KẾ HOẠCH Chỉnh trang đô thị năm 2026 Căn cứ Nghị quyết số 12/NQ-HĐND ngày 20/12/2025 của HĐND thị trấn; "
     "Phần I MỤC ĐÍCH 1. Bảo đảm mỹ quan đô thị. Phần II NHIỆM VỤ 1. Chỉnh trang hạ tầng 1.1. Thay 120 bộ đèn "
     "chiếu sáng, hoàn thành trong quý II. Tổ dân phố 3 phối hợp. 1.2. Trồng 300 cây xanh trong Quý III. "
     "Ban quản lý đô thị chủ trì. 2. Xây dựng tuyến phố văn minh 2.1. Chọn đường Lê Lợi xây dựng tuyến phố "
     "văn minh đô thị; tổ chức ký cam kết với các hộ kinh doanh hai bên đường. 2.2. Duy trì phong trào ra quân "
     "vệ sinh vào sáng Chủ nhật cuối tháng. Phần III TỔ CHỨC THỰC HIỆN Công chức Địa chính - Xây dựng tham mưu "
     "theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
     ["Phần I MỤC ĐÍCH", "1. Bảo đảm mỹ quan đô thị.", "Phần II NHIỆM VỤ", "1. Chỉnh trang hạ tầng",
      "1.1. Thay 120 bộ đèn chiếu sáng, hoàn thành trong quý II. Tổ dân phố 3 phối hợp.",
      "1.2. Trồng 300 cây xanh trong Quý III. Ban quản lý đô thị chủ trì."]),
])
def test_task5_run_together_lines_are_cut_where_the_plan_starts_a_line(line, pieces):
    got = run_on_lines([line])
    assert got is not None
    for piece in pieces:
        assert piece in got[0]


@pytest.mark.parametrize("texts", [
    # paragraphs of their own with an enumeration inside one: no text that lost its breaks
    ["I. NỘI DUNG", "1. Tuyên truyền, phổ biến các nội dung gồm: 1. Luật Đất đai năm 2024; 2. Nghị định số "
     "102/2024/NĐ-CP; 3. Các quyết định của UBND tỉnh. Công chức Địa chính chủ trì."],
    # one long paragraph (a report's review) with fewer than three places a line would start
    ["Năm 2024, " + "các chỉ tiêu về phát triển kinh tế, văn hóa - xã hội cơ bản đạt và vượt kế hoạch đề ra, " * 10
     + "trong đó có 2. Chỉ tiêu vượt; - một số chỉ tiêu chưa đạt."],
])
def test_task5_a_text_whose_lines_are_its_paragraphs_is_not_cut(texts):
    assert run_on_lines(texts) is None


# The same plan hard-wrapped at a column (an e-mail, an old .txt export): lines cut inside unit names,
# document numbers ("NĐ-" / "CP"), "chính trị" / "- xã hội" and "tháng" / "3."; a heading that stops
# near the column but before a word that would have fitted stays a heading.
TASK5_LINES = [
    "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ",
    "Số: 19/KH-UBND Tân Phú, ngày 14 tháng 02 năm 2025",
    "KẾ HOẠCH",
    "Phòng, chống dịch bệnh truyền nhiễm năm 2025",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh;",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch lan rộng trong cộng đồng dân cư.",
    "II. NỘI DUNG THỰC HIỆN",
    "1. Trạm Y tế xã chủ trì giám sát ca bệnh sốt xuất huyết",
    "Tổ chức phun hóa chất diệt muỗi tại ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh đầu tiên.",
    "2. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, vận động hội viên tham gia chiến dịch diệt lăng quăng, hoàn thành trong tháng 3.",
    "- Hội Liên hiệp Phụ nữ xã vận động hội viên thực hiện mô hình gia đình không có lăng quăng, bọ gậy.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trạm Y tế xã là cơ quan thường trực, theo dõi, tổng hợp tình hình dịch bệnh, báo cáo Ủy ban nhân dân xã và Trung tâm Y tế huyện theo quy định.",
    "2. Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách xã năm 2025.",
    "Nơi nhận:",
    "- UBND huyện (b/c);",
    "- Lưu: VT.",
]


def _task5_wrap(lines: list[str], width: int) -> str:
    import textwrap
    return "\n".join(w for line in lines for w in textwrap.wrap(line, width, break_on_hyphens=True)) + "\n"


@pytest.mark.parametrize("width", [64, 70, 72, 76])
def test_task5_a_hard_wrapped_text_reads_as_its_lines(width):
    text = _task5_wrap(TASK5_LINES, width)
    assert max(map(len, text.splitlines())) <= width
    got = [ln.text for ln in normalize_text(text).lines]
    assert got == TASK5_LINES


def test_task5_the_cut_inside_a_symbol_and_a_carried_dash_are_mended():
    text = _task5_wrap(TASK5_LINES, 72)
    assert "NĐ-\nCP" in text or "NĐ-CP" in text
    doc = normalize_text(text)
    assert "Nghị định số 98/2023/NĐ-CP ngày" in doc.text
    assert "các tổ chức chính trị - xã hội tuyên truyền" in doc.text


@pytest.mark.parametrize("texts", [
    # paragraphs of their own, longer than any column
    [line for line in TASK5_LINES],
    # a PDF's lines of proportional type: the word that went to the next line often would have fitted
    ["Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện về tổ chức", "các hoạt động hưởng ứng Tháng hành động",
     "vì trẻ em năm 2025, Ủy ban nhân dân xã xây dựng kế hoạch", "thực hiện với các nội dung cụ thể",
     "như sau đây để các đơn vị, tổ chức triển khai thực", "hiện tốt các nhiệm vụ được giao trong kế hoạch",
     "này; báo cáo kết quả thực hiện về Ủy ban nhân dân xã", "trước ngày 30 tháng 6 năm 2025 để tổng hợp",
     "báo cáo theo quy định hiện hành của Ủy ban nhân", "dân huyện và các cơ quan chuyên môn cấp trên",
     "có liên quan đến công tác bảo vệ, chăm sóc trẻ em", "trên địa bàn xã trong năm 2025 và những năm tiếp theo"],
])
def test_task5_text_not_cut_at_a_column_is_no_hard_wrapped_text(texts):
    assert hard_wrap_width(texts) is None


# A portal's table drawn with <div>s (CSS display: table, or a class naming a table): rows and cells,
# as a <table> would give; a layout grid's "row" of columns is no table.
@pytest.mark.parametrize("table", [
    '<div class="tbl"><div class="tr"><div class="td">STT</div><div class="td">Nội dung</div><div class="td">Chủ trì</div>'
    '<div class="td">Thời gian</div></div><div class="tr"><div class="td">1</div><div class="td"><span>Rà soát hộ nghèo</span>'
    '</div><div class="td">Công chức Lao động - Thương binh và Xã hội</div><div class="td">Quý III/2025</div></div></div>',
    '<div style="display: table"><div style="display: table-row"><div>STT</div><div>Nội dung</div><div>Chủ trì</div>'
    '<div>Thời gian</div></div><div style="display:table-row"><div>1</div><div>Rà soát hộ nghèo</div>'
    '<div>Công chức Lao động - Thương binh và Xã hội</div><div>Quý III/2025</div></div></div>',
])
def test_task5_a_table_drawn_with_divs_gives_rows_and_cells(table):
    lines = lines_from_html("<html><body><p>II. NỘI DUNG</p>" + table + "<p>III. TỔ CHỨC THỰC HIỆN</p></body></html>")
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert rows == [["STT", "Nội dung", "Chủ trì", "Thời gian"],
                    ["1", "Rà soát hộ nghèo", "Công chức Lao động - Thương binh và Xã hội", "Quý III/2025"]]
    assert len({ln.table_id for ln in lines if ln.cells is not None}) == 1


def test_task5_a_layout_grid_of_divs_is_no_table():
    page = ('<html><body><div class="row"><div class="col-md-8"><p>KẾ HOẠCH</p><p>Tổ chức Ngày hội Đại đoàn kết</p>'
            '</div><div class="col-md-4"><p>Lịch công tác</p></div></div></body></html>')
    assert all(ln.cells is None for ln in lines_from_html(page))


def test_task5_a_number_cut_from_its_month_joins_it_but_a_page_number_does_not():
    # the wrapped text's own lines, then "… tháng" / "3." (a month the column cut off) and, after an
    # empty line, a page's number between the halves of a sentence
    text = _task5_wrap(TASK5_LINES, 72) + (
        "3. Ban Chỉ huy Quân sự xã phối hợp tổ chức ra quân diệt lăng quăng tháng\n"
        "3.\n"
        "4. Các ấp tổ chức tổng vệ sinh môi trường, khơi thông cống rãnh, thu gom\n"
        "\n"
        "2\n"
        "\n"
        "vật dụng chứa nước đọng quanh nhà vào sáng Chủ nhật hằng tuần.\n")
    got = [ln.text for ln in normalize_text(text).lines]
    assert "3. Ban Chỉ huy Quân sự xã phối hợp tổ chức ra quân diệt lăng quăng tháng 3." in got
    assert ("4. Các ấp tổ chức tổng vệ sinh môi trường, khơi thông cống rãnh, thu gom vật dụng chứa nước "
            "đọng quanh nhà vào sáng Chủ nhật hằng tuần.") in got


# ---- mend11: the run-on splitter's gate, capitals, and one pass over a long line
from pipeline.extract import extract_bytes as _mend11_extract  # noqa: E402

# A clean commune plan (Tây Ninh): its one long "Mục đích" paragraph chains clauses after ";" opened by
# capitals and "Thực hiện/Theo", and an item lists a committee inline ("gồm: 1. …; 2. …; 3. …").
MEND11_CLEAN = "\n".join([
    "ỦY BAN NHÂN DÂN", "XÃ AN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/KH-UBND", "An Hòa, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức các hoạt động văn hóa, thể thao năm 2026",
    "Căn cứ Kế hoạch số 20/KH-UBND ngày 01/02/2026 của UBND tỉnh Tây Ninh về tổ chức các hoạt động văn hóa năm 2026;",
    "Ủy ban nhân dân xã ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
    "Nâng cao đời sống văn hóa tinh thần của Nhân dân trên địa bàn xã; Tăng cường công tác tuyên truyền về các ngày "
    "lễ lớn của đất nước, của tỉnh và của xã trong năm 2026; Đẩy mạnh phong trào toàn dân đoàn kết xây dựng đời sống "
    "văn hóa gắn với xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; Phát huy vai trò của các thiết chế văn "
    "hóa, thể thao ở cơ sở, nhất là nhà văn hóa ấp, khu thể thao ấp; Thực hiện tốt việc xây dựng gia đình văn hóa, ấp "
    "văn hóa, cơ quan đạt chuẩn văn hóa; Theo đó các ấp chủ động xây dựng kế hoạch cụ thể để tổ chức các hoạt động phù "
    "hợp điều kiện thực tế của địa phương, bảo đảm an toàn, tiết kiệm, hiệu quả và thu hút đông đảo Nhân dân, đoàn "
    "viên, hội viên và học sinh trên địa bàn xã tích cực tham gia.",
    "2. Yêu cầu",
    "Các hoạt động phải bảo đảm các yêu cầu sau: a) Thiết thực, hiệu quả, tiết kiệm; b) An toàn tuyệt đối cho người "
    "tham gia; c) Thu hút đông đảo Nhân dân tham gia.",
    "Các hoạt động được tổ chức thiết thực, hiệu quả.", "II. NỘI DUNG", "1. Tổ chức giải bóng đá thanh niên",
    "- Thời gian: tháng 4 năm 2026.", "- Địa điểm: Sân vận động xã.", "2. Tổ chức hội thi văn nghệ",
    "- Thời gian: tháng 9 năm 2026.", "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn hóa - Xã hội xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức giải bóng đá.",
    "2. Thành phần Ban Tổ chức gồm: 1. Ông Nguyễn Văn An, Chủ tịch UBND xã, Trưởng ban; 2. Bà Trần Thị Bình, Phó "
    "Chủ tịch UBND xã, Phó Trưởng ban; 3. Ông Lê Văn Cường, công chức Văn hóa - Xã hội, thành viên.",
    "3. Các ấp phối hợp thực hiện.",
    "Trên đây là Kế hoạch tổ chức các hoạt động văn hóa, thể thao năm 2026 của UBND xã An Hòa./.",
    "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", ""])

# a year's review in four sentences (Thực hiện …, Triển khai …, Theo …) beside a clean plan's lines
MEND11_REVIEW = (
    "Năm 2025, công tác phòng cháy, chữa cháy trên địa bàn xã được cấp ủy, chính quyền quan tâm chỉ đạo sát sao, các "
    "ngành, đoàn thể và Nhân dân tích cực hưởng ứng, tham gia. Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2025 của "
    "UBND huyện, UBND xã đã tổ chức tuyên truyền được 24 buổi với hơn 1.500 lượt người tham dự, phát 3.000 tờ rơi tại "
    "các thôn. Triển khai mô hình Tổ liên gia an toàn phòng cháy, chữa cháy tại 12/12 thôn, duy trì hoạt động thường "
    "xuyên, hiệu quả, góp phần kiềm chế các vụ cháy, nổ xảy ra. Theo số liệu thống kê, trong năm xảy ra 02 vụ cháy "
    "nhỏ, không có thiệt hại về người, thiệt hại về tài sản ước tính khoảng 30 triệu đồng, giảm 03 vụ so với cùng kỳ "
    "năm 2024, không để xảy ra cháy rừng và cháy lớn tại khu dân cư.")


def test_mend11_a_clean_plan_with_one_long_paragraph_keeps_its_lines():
    lines = [ln.text for ln in normalize_text(MEND11_CLEAN).lines]
    assert any(ln.startswith("2. Thành phần Ban Tổ chức gồm: 1. Ông Nguyễn Văn An") for ln in lines)
    assert any(ln.startswith("Nâng cao đời sống văn hóa") and ln.endswith("tích cực tham gia.") for ln in lines)
    rows = _mend11_extract(MEND11_CLEAN.encode(), "an-hoa.txt").rows()
    assert len(rows["sections"]) == 10
    units = [u for a in rows["assignments"] for u in a["units"]]
    assert "Ban Tổ chức gồm" not in units and "Chủ tịch UBND xã" not in units


@pytest.mark.parametrize("texts", [
    [MEND11_REVIEW, "I. MỤC ĐÍCH, YÊU CẦU", "Thành phần gồm: 1. Công an xã; 2. Trạm Y tế xã; 3. Đoàn Thanh niên xã."],
    # a district's plan: the long paragraph is a small part of many ordinary lines
    [MEND11_REVIEW + " Thực hiện tốt; Theo dõi; Xét duyệt;", *["1. Phòng Văn hóa và Thông tin huyện chủ trì. "
                                                            "2. Các xã phối hợp. 3. Báo cáo kết quả."] * 12],
])
def test_mend11_a_long_paragraph_among_plan_lines_opens_no_run_on_gate(texts):
    assert run_on_lines(texts) is None


@pytest.mark.parametrize("clause", ["đồng thời xét đề nghị của công chức Tư pháp - Hộ tịch xã;",
                                    "ấp, khu phố chủ động tổ chức tuyên truyền;",
                                    "ưu tiên các hộ nghèo, hộ cận nghèo;"])
def test_mend11_a_small_accented_letter_after_a_semicolon_starts_no_line(clause):
    line = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND "
            "An Phú, ngày 10 tháng 3 năm 2026 KẾ HOẠCH Tuyên truyền phổ biến pháp luật năm 2026 Căn cứ Luật Phổ biến, "
            "giáo dục pháp luật ngày 20/6/2012; Căn cứ Kế hoạch số 20/KH-UBND ngày 01/02/2026 của UBND tỉnh về công tác "
            f"phổ biến pháp luật năm 2026; {clause} Ủy ban nhân dân xã ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU "
            "1. Mục đích Nâng cao nhận thức pháp luật của cán bộ và Nhân dân. II. NỘI DUNG 1. Tổ chức tuyên truyền trên "
            "hệ thống loa truyền thanh. 2. Tổ chức hội nghị. III. TỔ CHỨC THỰC HIỆN 1. Công chức Tư pháp - Hộ tịch xã "
            "chủ trì. Trên đây là Kế hoạch của UBND xã./. Nơi nhận: - UBND huyện; - Lưu: VT. TM. ỦY BAN NHÂN DÂN "
            "CHỦ TỊCH Lê Văn Bình")
    got = run_on_lines([line])[0]
    assert any(p.endswith(clause) and p.startswith("Căn cứ Kế hoạch số 20/KH-UBND") for p in got)
    assert clause not in got and "Ủy ban nhân dân xã ban hành Kế hoạch như sau:" in got


def test_mend11_a_line_of_80000_characters_is_cut_in_one_pass():
    filler = ("trong năm 2026 Nhân dân và UBND xã cùng Đoàn Thanh niên, Hội Phụ nữ thực hiện tốt các nội dung "
              * 850).strip()
    line = ("I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao nhận thức của Nhân dân. 2. Bảo đảm an toàn. II. NỘI DUNG 1. Trong " + filler
            + ". 2. Tổ chức hội nghị sơ kết. III. TỔ CHỨC THỰC HIỆN 1. Công an xã chủ trì. Nơi nhận: - Lưu: VT.")
    assert len(line) > 80000
    got = run_on_lines([line])[0]
    assert got[:4] == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của Nhân dân.", "2. Bảo đảm an toàn.", "II. NỘI DUNG"]
    assert "1. Trong " + filler + "." in got
    assert got[-4:] == ["III. TỔ CHỨC THỰC HIỆN", "1. Công an xã chủ trì.", "Nơi nhận:", "- Lưu: VT."]


# A signer's given name that is also a connector ("Của", "Và" of a Hmong name) leaves no phrase open: the
# next line (a footnote, the next block) does not join it; the connector in lower case still carries.
@pytest.mark.parametrize("prev, nxt, joined", [
    ("Giàng A Của", "Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND tỉnh Yên Bái.", False),
    ("Sùng A Và", "Lò Văn Minh", False),
    ("Thực hiện Kế hoạch số 12/KH-UBND của", "UBND tỉnh Lào Cai về công tác dân tộc;", True),
    ("phối hợp với Sở Y tế và", "Công an tỉnh kiểm tra", True),
    ("Đối với", "Công an xã", True),
])
def test_redteam3_a_capitalised_given_name_is_no_open_connector(prev, nxt, joined):
    assert continues(prev, nxt, 80) is joined


# A column too narrow for a symbol breaks it inside its year ("51/20" ⏎ "24/TT-BGTVT"): the cell's lines
# join without a space; a fraction before a count stays apart.
@pytest.mark.parametrize("prev, nxt, joined", [
    ("Thông tư số 51/20", "24/TT-BGTVT", "Thông tư số 51/2024/TT-BGTVT"),
    ("Nghị định 100/2", "019/NĐ-CP của Chính phủ", "Nghị định 100/2019/NĐ-CP của Chính phủ"),
    ("Quyết định số 1234/202", "5/QĐ-UBND", "Quyết định số 1234/2025/QĐ-UBND"),
    ("đạt tỷ lệ 1/20", "25 người", "đạt tỷ lệ 1/20 25 người"),
    ("Kế hoạch số 12/20", "19 văn bản", "Kế hoạch số 12/20 19 văn bản"),
])
def test_redteam3_a_symbol_broken_in_its_year_joins(prev, nxt, joined):
    assert join_wrapped(prev, nxt) == joined
    assert clean_cell(f"{prev}\n{nxt}") == joined


# A trích yếu "V/v …" under the số opens its own block: it never carries on the line before it, however
# wide that line ran.
@pytest.mark.parametrize("prev, nxt, joined", [
    ("Số: 52/KH-UBND Phước Mỹ Trung, ngày 14 tháng 3 năm 2025", "V/v phòng ngừa, đấu tranh với tội phạm", False),
    ("Số: 412/UBND-VX", "V/v: triển khai Kế hoạch số 58/KH-UBND", False),
    ("Số: 15/KH-UBND", "v/v tổ chức Tết trồng cây năm 2026", False),
    ("Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Kết luận số 12-KL/TW của Bộ Chính trị", "Về việc tiếp tục", True),
])
def test_redteam3_a_vv_line_opens_its_own_block(prev, nxt, joined):
    assert continues(prev, nxt, len(prev)) is joined


# ---- a capital is VI_UPPER, not the range À-Ỹ, which holds small letters too (à, ấ, đ, ơ, ư, ỹ …)
import re as _t4caps_re  # noqa: E402

from pipeline.document import PART_HEADING, VI_UPPER as _T4CAPS_DOC_UPPER  # noqa: E402
from pipeline.normalize import LABEL_LINE, MARKER_START, VI_UPPER  # noqa: E402

_T4CAPS_SMALL = [unicodedata.normalize("NFC", base + mark) for base in "aăâeêioôơuưy"
                 for mark in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")] + list("bcdđghklmnpqrstvx")


def test_t4caps_vi_upper_takes_every_capital_and_no_small_letter():
    assert VI_UPPER is _T4CAPS_DOC_UPPER   # one class, defined once
    capital = _t4caps_re.compile("[" + VI_UPPER + "]")
    for small in _T4CAPS_SMALL:
        assert capital.match(small) is None, small
        assert capital.match(small.upper()) is not None, small.upper()
    assert all(chr(c).isupper() for c in range(0x80, 0x1F00) if capital.match(chr(c)))


@pytest.mark.parametrize("line", [
    "II. đẩy mạnh công tác tuyên truyền", "III. ấp Tân Lập phối hợp thực hiện", "IV - ứng dụng công nghệ thông tin",
    "V) ổn định tình hình an ninh", "PHẦN II. ưu tiên nguồn lực cho các xã", "I: ơn nghĩa với người có công",
])
def test_t4caps_a_small_accented_letter_opens_no_part_heading(line):
    assert PART_HEADING.match(line) is None


@pytest.mark.parametrize("line", [
    "II. NỘI DUNG THỰC HIỆN", "III. ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN", "IV - ẤP VĂN HÓA", "V) ỨNG DỤNG CÔNG NGHỆ",
    "PHẦN II. ƯU TIÊN NGUỒN LỰC", "I. ƠN NGHĨA", "II. Ổn định tình hình",
])
def test_t4caps_a_capital_of_every_kind_still_opens_a_part_heading(line):
    assert PART_HEADING.match(line) is not None


@pytest.mark.parametrize("line", [
    "II đẩy mạnh phong trào", "I ấp Tân Phú", "2 - ấp Bình Minh", "3 – ưu tiên hộ nghèo", "a/ ủy ban nhân dân xã",
    "b/ ổn định", "I/ ơn nghĩa", "II/ đề nghị các ngành", "c/ ấp văn hóa",
])
def test_t4caps_a_small_accented_letter_after_a_bare_marker_opens_no_line(line):
    assert MARKER_START.match(line) is None


@pytest.mark.parametrize("line", [
    "II NỘI DUNG", "II ĐẨY MẠNH PHONG TRÀO", "I Ấp Tân Phú", "2 - Ấp Bình Minh", "3 – Ưu tiên hộ nghèo",
    "4 - Tổ chức hội nghị", "a/ Ủy ban nhân dân xã", "b/ Ổn định", "I/ Ơn nghĩa", "II/ Đề nghị các ngành", "c/ Công an xã",
])
def test_t4caps_a_capital_of_every_kind_after_a_bare_marker_opens_a_line(line):
    assert MARKER_START.match(line) is not None


@pytest.mark.parametrize("line, label", [
    ("đơn vị chủ trì:", False), ("ấp thực hiện:", False), ("ủy ban nhân dân xã:", False), ("ưu tiên:", False),
    ("Đơn vị chủ trì:", True), ("Ấp thực hiện:", True), ("Ủy ban nhân dân xã:", True), ("Ưu tiên:", True),
    ("Thời gian:", True), ("Ơn nghĩa:", True),
])
def test_t4caps_a_label_line_opens_with_a_capital(line, label):
    assert (LABEL_LINE.match(line) is not None) is label


# A hard-wrapped list whose items end without a mark: an item opening "- Ấp …", "- Ứng …" (a capital
# outside Latin-1) after a line that filled the column is an item, not a carried "- xã hội".
T4CAPS_HARD_WRAPPED = [
    "ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC HƯNG",
    "KẾ HOẠCH",
    "Ra quân làm sạch kênh rạch, phát quang bụi rậm năm 2026",
    "Thực hiện chủ trương của Ủy ban nhân dân huyện về xây dựng nông thôn mới nâng cao, Ủy ban nhân dân xã ban "
    "hành kế hoạch ra quân làm sạch kênh rạch, phát quang bụi rậm trên địa bàn xã với các nội dung như sau:",
    "I. PHÂN CÔNG CÁC ẤP",
    "- Ấp Tân Long nạo vét kênh Xáng Cụt và phát quang hai bờ kênh",
    "- Ấp Tân Hòa phát quang tuyến đường liên ấp, vệ sinh cống chợ",
    "- Ấp Phước Hưng thu gom rác thải và lục bình trên kênh Mười Hai",
    "- Ứng dụng Zalo của các ấp thông tin kết quả ra quân hằng tuần",
    "- Ơn nghĩa: các hội viên Hội Cựu chiến binh xã hỗ trợ ngày công.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Công chức Địa chính - Xây dựng tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc các ấp thực hiện và tổng hợp "
    "kết quả báo cáo về Ủy ban nhân dân huyện trước ngày 30 tháng 4 năm 2026; Trưởng các ấp chịu trách nhiệm "
    "trước Chủ tịch Ủy ban nhân dân xã về kết quả ra quân tại ấp mình.",
]


def test_t4caps_a_hard_wrapped_item_opening_with_an_accented_capital_is_no_carried_dash():
    text = _task5_wrap(T4CAPS_HARD_WRAPPED, 64)
    assert hard_wrap_width(text.splitlines()) == 64
    assert [ln.text for ln in normalize_text(text).lines] == T4CAPS_HARD_WRAPPED


def test_t4caps_a_carried_dash_before_a_small_letter_still_joins_its_line():
    lines = list(T4CAPS_HARD_WRAPPED)
    lines[9] = "- Ơn nghĩa: các hội viên của các ban, ngành và tổ chức chính trị - xã hội hỗ trợ các ấp ngày công."
    text = _task5_wrap(lines, 64)
    assert "chính trị\n- xã hội" in text
    assert [ln.text for ln in normalize_text(text).lines] == lines


# ---- the run-on splitter's signer titles (extractors.closing's) and level words (extractors.levels')
def _t4caps_run_on(organ: str, signer: str) -> list[str]:
    line = (f"{organ} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 15/KH-PVHTT "
            "Quế Võ, ngày 12 tháng 3 năm 2026 KẾ HOẠCH Kiểm tra hoạt động kinh doanh dịch vụ văn hóa năm 2026 "
            "Căn cứ Kế hoạch số 20/KH-UBND ngày 01/02/2026 của Ủy ban nhân dân về công tác văn hóa năm 2026; "
            "đơn vị ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Nâng cao hiệu quả quản lý nhà nước. "
            "II. NỘI DUNG 1. Kiểm tra các cơ sở kinh doanh karaoke, vũ trường, quán bar và cơ sở lưu trú du lịch trên "
            "địa bàn, tập trung vào điều kiện phòng cháy, chữa cháy và giấy phép hoạt động. 2. Kiểm tra các điểm kinh "
            "doanh trò chơi điện tử. III. TỔ CHỨC THỰC HIỆN 1. Đoàn kiểm tra liên ngành chủ trì. Trên đây là Kế hoạch "
            f"của đơn vị./. Nơi nhận: - Như trên; - Lưu: VT. {signer}")
    return run_on_lines([line])[0]


@pytest.mark.parametrize("signer, lines", [
    ("KT. ĐỘI TRƯỞNG PHÓ ĐỘI TRƯỞNG Lê Văn Tùng", ["KT. ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG", "Lê Văn Tùng"]),
    ("KT. HẠT TRƯỞNG PHÓ HẠT TRƯỞNG Vàng A Lử", ["KT. HẠT TRƯỞNG", "PHÓ HẠT TRƯỞNG", "Vàng A Lử"]),
    ("KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG Hà Văn Sơn", ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Hà Văn Sơn"]),
    ("TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC VĂN HÓA CƠ SỞ Nguyễn Văn An",
     ["TL. BỘ TRƯỞNG", "CỤC TRƯỞNG CỤC VĂN HÓA CƠ SỞ", "Nguyễn Văn An"]),
    ("KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phan Văn Khải", ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Phan Văn Khải"]),
    ("KT. TỔ TRƯỞNG PHÓ TỔ TRƯỞNG Đinh Văn Tư", ["KT. TỔ TRƯỞNG", "PHÓ TỔ TRƯỞNG", "Đinh Văn Tư"]),
    # (as before: the titles the splitter read already)
    ("KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Đỗ Thị Hằng", ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Đỗ Thị Hằng"]),
    ("KT. CHỈ HUY TRƯỞNG PHÓ CHỈ HUY TRƯỞNG Lò Văn Dũng", ["KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Lò Văn Dũng"]),
    ("KT. THỦ TRƯỞNG PHÓ THỦ TRƯỞNG Mai Văn Lâm", ["KT. THỦ TRƯỞNG", "PHÓ THỦ TRƯỞNG", "Mai Văn Lâm"]),
    ("TM. ĐẢNG ỦY BÍ THƯ Hoàng Văn Nam", ["TM. ĐẢNG ỦY", "BÍ THƯ", "Hoàng Văn Nam"]),
])
def test_t4caps_a_run_on_signers_block_is_cut_before_the_title_not_inside_it(signer, lines):
    assert _t4caps_run_on("UBND THỊ XÃ QUẾ VÕ PHÒNG VĂN HÓA VÀ THÔNG TIN", signer)[-3:] == lines


@pytest.mark.parametrize("organ, lines", [
    # a city's and a town's bodies (each level's last word: "THÀNH PHỐ", "THỊ TRẤN")
    ("UBND THÀNH PHỐ BẮC NINH PHÒNG VĂN HÓA VÀ THÔNG TIN", ["UBND THÀNH PHỐ BẮC NINH", "PHÒNG VĂN HÓA VÀ THÔNG TIN"]),
    ("UBND THỊ TRẤN NÔNG CỐNG BAN CHỈ HUY QUÂN SỰ", ["UBND THỊ TRẤN NÔNG CỐNG", "BAN CHỈ HUY QUÂN SỰ"]),
    # (as before)
    ("UBND THỊ XÃ SƠN TÂY PHÒNG KINH TẾ", ["UBND THỊ XÃ SƠN TÂY", "PHÒNG KINH TẾ"]),
    ("UBND TP. HẢI DƯƠNG PHÒNG TƯ PHÁP", ["UBND TP. HẢI DƯƠNG", "PHÒNG TƯ PHÁP"]),
    ("SỞ Y TẾ TỈNH HƯNG YÊN BỆNH VIỆN ĐA KHOA PHỐ NỐI", ["SỞ Y TẾ TỈNH HƯNG YÊN", "BỆNH VIỆN ĐA KHOA PHỐ NỐI"]),
])
def test_t4caps_a_run_on_header_names_each_body_on_its_line(organ, lines):
    assert _t4caps_run_on(organ, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Bình")[:3] == [*lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


# A commune whose name ends in a body's word ("Tân Hội", "Nghĩa Đoàn") keeps it in a run-together
# header; a body named by one word is cut off only where its own words follow ("HỘI NÔNG DÂN").
from pipeline.normalize import _split_caps_head as _h8_caps_head  # noqa: E402
from pipeline.normalize import _split_header_before as _h8_header_before  # noqa: E402


@pytest.mark.parametrize("line, want", [
    ("UBND XÃ TÂN HỘI", ["UBND XÃ TÂN HỘI"]),
    ("UBND HUYỆN AN TRƯỜNG", ["UBND HUYỆN AN TRƯỜNG"]),
    ("ỦY BAN NHÂN DÂN XÃ NGHĨA ĐOÀN", ["ỦY BAN NHÂN DÂN XÃ NGHĨA ĐOÀN"]),
    ("UBND PHƯỜNG PHÚC TRẠM", ["UBND PHƯỜNG PHÚC TRẠM"]),
    ("UBND XÃ TÂN HỘI ĐÔNG", ["UBND XÃ TÂN HỘI ĐÔNG"]),
    ("UBND XÃ TÂN HỘI HỘI NÔNG DÂN XÃ", ["UBND XÃ TÂN HỘI", "HỘI NÔNG DÂN XÃ"]),
    ("UBND HUYỆN AN TRƯỜNG PHÒNG Y TẾ", ["UBND HUYỆN AN TRƯỜNG", "PHÒNG Y TẾ"]),
    ("UBND XÃ NGHĨA ĐOÀN ĐOÀN THANH NIÊN XÃ NGHĨA ĐOÀN", ["UBND XÃ NGHĨA ĐOÀN", "ĐOÀN THANH NIÊN XÃ NGHĨA ĐOÀN"]),
    ("UBND XÃ AN PHÚ TRƯỜNG THCS AN PHÚ", ["UBND XÃ AN PHÚ", "TRƯỜNG THCS AN PHÚ"]),
    ("UBND XÃ ĐỒNG TIẾN TRẠM Y TẾ XÃ", ["UBND XÃ ĐỒNG TIẾN", "TRẠM Y TẾ XÃ"]),
    ("UBND TỈNH QUẢNG NAM SỞ Y TẾ", ["UBND TỈNH QUẢNG NAM", "SỞ Y TẾ"]),
    ("SỞ Y TẾ TỈNH HƯNG YÊN BỆNH VIỆN ĐA KHOA PHỐ NỐI", ["SỞ Y TẾ TỈNH HƯNG YÊN", "BỆNH VIỆN ĐA KHOA PHỐ NỐI"]),
])
def test_h8_a_place_ending_in_a_body_word_keeps_it(line, want):
    assert _h8_header_before(line) == want


@pytest.mark.parametrize("piece, want", [
    ("TRUNG TÂM Y TẾ Triển khai công tác", ["TRUNG TÂM Y TẾ", "Triển khai công tác"]),
    ("TRƯỞNG PHÒNG Y TẾ Nguyễn Văn An", ["TRƯỞNG PHÒNG Y TẾ", "Nguyễn Văn An"]),
    ("GIÁM ĐỐC SỞ Y TẾ Lê Thị Bình", ["GIÁM ĐỐC SỞ Y TẾ", "Lê Thị Bình"]),
    ("PHÓ TRƯỞNG PHÒNG Y TẾ", ["PHÓ TRƯỞNG PHÒNG Y TẾ"]),
    ("III. KINH PHÍ Kinh phí thực hiện", ["III. KINH PHÍ", "Kinh phí thực hiện"]),
    ("PHÓ CHỦ TỊCH Trần Văn Hùng", ["PHÓ CHỦ TỊCH", "Trần Văn Hùng"]),
])
def test_h8_a_one_letter_capital_inside_a_heading_is_the_headings(piece, want):
    assert _h8_caps_head(piece) == want


# A long item heading hard-wrapped at a column, its last line filling the column: the capitalised
# line under it that opens a sentence of who does what starts the item's body, not the heading's rest.
import textwrap as _h6_textwrap  # noqa: E402

from pipeline.normalize import normalize_text as _h6_normalize  # noqa: E402

_H6_FILLER = ("Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và Nhân dân trên địa bàn về "
              "công tác được giao, bảo đảm thực hiện đồng bộ, hiệu quả, đúng tiến độ các nội dung đã đề ra.")


def _h6_hard_wrapped(heading: str, body: str, width: int) -> list[str]:
    paras = ["ỦY BAN NHÂN DÂN XÃ PHÚ LỘC", "Số: 18/KH-UBND", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", _H6_FILLER,
             _H6_FILLER, "II. NỘI DUNG", heading, body, "3. Tổ chức sơ kết, đánh giá kết quả thực hiện.",
             "III. TỔ CHỨC THỰC HIỆN", _H6_FILLER]
    doc = _h6_normalize("\n".join(line for p in paras for line in _h6_textwrap.wrap(p, width)))
    return [ln.text for ln in doc.lines]


@pytest.mark.parametrize("heading", [
    "2. Tăng cường công tác kiểm tra, giám sát việc thực hiện các quy định về an toàn thực phẩm trên địa bàn toàn xã năm 2025",
    "2. Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan hành chính nhà nước cấp xã",
    "2.1. Tăng cường công tác kiểm tra, giám sát việc thực hiện các quy định về phòng, chống dịch bệnh cho gia súc, gia cầm",
    "b) Kiểm tra, giám sát việc chấp hành quy định về trật tự xây dựng, trật tự đô thị trên các tuyến phố chính của phường",
])
@pytest.mark.parametrize("body", [
    "Công an xã chủ trì, phối hợp với các thôn tổ chức kiểm tra, hoàn thành trước ngày 30/6/2025.",
    "Ủy ban nhân dân xã chỉ đạo các thôn, tổ dân phố củng cố, kiện toàn các tổ tự quản trong quý II năm 2025.",
    "Phòng Văn hóa - Xã hội phường chủ trì, phối hợp với Trạm Y tế thực hiện thường xuyên.",
    "Giao Phòng Kinh tế, Hạ tầng và Đô thị huyện phối hợp với Trung tâm Dịch vụ nông nghiệp thực hiện.",
])
@pytest.mark.parametrize("width", [58, 61, 64, 66, 69])
def test_h6_hard_wrapped_heading_stops_before_a_doers_sentence(heading, body, width):
    lines = _h6_hard_wrapped(heading, body, width)
    assert heading in lines
    assert body in lines


from pipeline.normalize import continues as _h6_continues  # noqa: E402


@pytest.mark.parametrize("prev, nxt", [
    # a heading that hands its work on ("… giao" / a unit), names the people it serves, or breaks
    # inside a name goes on, however full its line ran
    ("2. Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, Ủy ban nhân dân xã giao",
     "Trạm Y tế xã chủ trì, phối hợp với các thôn thực hiện trong tháng 5/2025."),
    ("2. Tuyên truyền, phổ biến kiến thức pháp luật về phòng cháy, chữa cháy rừng, cứu nạn cho",
     "Nhân dân trên địa bàn các bản vùng giáp ranh thực hiện trong quý I/2025."),
    ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội đề nghị",
     "Ban Công tác Mặt trận các khu phố tuyên truyền, vận động Nhân dân."),
    ("1. Rà soát, đánh giá thực trạng hoạt động của các hợp tác xã nông nghiệp trên địa bàn xã",
     "Đông Sơn năm 2025 và đề xuất giải pháp nâng cao hiệu quả hoạt động."),
    # a name cut at the line's end, an item that is itself a sentence of its units
    ("c) Sơ kết 6 tháng đầu năm, tổng kết năm 2025 thực hiện Cuộc vận động; báo cáo Ban",
     "Thường trực Ủy ban MTTQ Việt Nam tỉnh trước ngày 10/12/2025."),
    ("2. Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội, Công an phường, Ban Chỉ huy",
     "Quân sự phường chủ động xây dựng kế hoạch chi tiết đối với nhiệm vụ được giao."),
    ("1. Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, tham mưu",
     "UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch."),
    ("1- Các ban, cơ quan tham mưu, giúp việc Huyện ủy theo chức năng, nhiệm vụ chủ động tham mưu",
     "Ban Thường vụ Huyện ủy triển khai các nhiệm vụ được phân công tại Kế hoạch này."),
    ("a) Huy động đoàn viên, dân quân giúp các hộ sửa chữa nhà. Huyện đoàn chủ trì, phối hợp với Ban Chỉ huy",
     "Quân sự huyện thực hiện; hoàn thành trước ngày 31/8/2025."),
    ("b) Tổ chức diễn đàn chuyển đổi số cho thanh niên trên địa bàn phường, giao Ủy ban",
     "Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Đoàn Thanh niên phường thực hiện."),
])
def test_h6_a_heading_handing_work_on_still_goes_on(prev, nxt):
    assert _h6_continues(prev, nxt, len(prev))


@pytest.mark.parametrize("prev, nxt", [
    ("2. Tăng cường công tác kiểm tra, giám sát việc thực hiện các quy định về an toàn thực phẩm",
     "Trạm Y tế xã chủ trì, phối hợp với các thôn thực hiện trong tháng 5/2025."),
    ("a) Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn thị trấn năm 2026",
     "Công chức Lao động - Thương binh và Xã hội thị trấn chủ trì thực hiện."),
    ("1.2. Kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn cấp phường",
     "Ủy ban nhân dân phường ban hành quyết định kiện toàn trước ngày 15/3/2026."),
    ("3. Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trên địa bàn xã Hưng Đạo",
     "Công an xã chủ trì, phối hợp với các thôn thực hiện trong tháng 5/2025."),
])
def test_h6_continues_stops_a_full_heading_before_a_doer(prev, nxt):
    assert not _h6_continues(prev, nxt, len(prev))


# t5real: a TCVN3-era PDF font gives Ư/ư out as the letter OI (Ƣ/ƣ); no Vietnamese word holds it
@pytest.mark.parametrize("printed, want", [
    ("TRƢỜNG TH&THCS QUẢNG PHÚ", "TRƯỜNG TH&THCS QUẢNG PHÚ"),
    ("Căn cứ Công văn hƣớng dẫn của Bộ GDĐT về nhiệm vụ năm học", "Căn cứ Công văn hướng dẫn của Bộ GDĐT về nhiệm vụ năm học"),
    ("Nâng cao chất lƣợng giáo dục; Ƣu tiên học sinh khó khăn", "Nâng cao chất lượng giáo dục; Ưu tiên học sinh khó khăn"),
])
def test_t5real_oi_letter_is_u_horn(printed, want):
    assert normalize_text(printed + "\n", "txt").text == want


# h6mangle: what prints nothing (soft hyphen, zero-width space/joiners, a BOM inside the text) is no
# space: a portal's editor or a PDF converter leaves it inside words, which must read whole
@pytest.mark.parametrize("printed, want", [
    ("Kế ho\u200bạch số 45/KH-UBND của UBND phư\u200bờng Lộc Thọ", "Kế hoạch số 45/KH-UBND của UBND phường Lộc Thọ"),
    ("Ban Thường\u00ad vụ Huyện\u00ad ủy Hương\u00adSơn", "Ban Thường vụ Huyện ủy HươngSơn"),
    ("Trung tâm Y tế huyện Mường\u2060 Ảng\ufeff; Trạm\u200c Y tế xã", "Trung tâm Y tế huyện Mường Ảng; Trạm Y tế xã"),
    # a zero-width character beside a real space leaves that one space
    ("Đoàn Thanh niên \u200bxã Phú Cường", "Đoàn Thanh niên xã Phú Cường"),
])
def test_h6mangle_zero_width_characters_are_dropped_not_spaced(printed, want):
    assert normalize_text(printed + "\n", "txt").text == want
    assert clean_cell(printed) == want


def test_h6mangle_zero_width_inside_a_word_of_a_web_page():
    page = ("<html><body><p>Ủy ban nhân dân xã Chiềng&#8203;Mung</p>"
            "<p>Phòng, chống ma t&#173;úy trên địa bàn x&#8203;ã năm 2025</p></body></html>")
    text = normalize(read_text(page.encode(), "html")).text
    assert "Phòng, chống ma túy trên địa bàn xã năm 2025" in text


# h6mangle: a PDF's line broken at the dash of a compound ("chính trị" / "- xã hội", "kinh tế" /
# "- xã hội") goes on after a full line; a list in small letters after a clause's end or a short
# line stays a list
_H6_WRAPPED = ("1. Giao Hạt Kiểm lâm huyện là cơ quan thường trực, theo dõi, đôn đốc, tổng\n"
               "hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân huyện trước ngày\n"
               "15/6/2025; phối hợp với Phòng Nông nghiệp và Môi trường kiểm tra các chủ\n"
               "rừng, hộ gia đình nhận khoán bảo vệ rừng trên địa bàn các xã Khánh Lâm.\n")


@pytest.mark.parametrize("text, want", [
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị\n"
     "- xã hội huyện tuyên truyền, vận động hội viên, đoàn viên tham gia bảo vệ\nrừng.\n",
     ["2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên "
      "truyền, vận động hội viên, đoàn viên tham gia bảo vệ rừng."]),
    ("3. Mục tiêu là thúc đẩy tăng trưởng bền vững, phát triển đồng bộ kinh tế\n"
     "– xã hội của phường Hòa Khánh Bắc trong giai đoạn mới, bảo đảm an sinh.\n",
     ["3. Mục tiêu là thúc đẩy tăng trưởng bền vững, phát triển đồng bộ kinh tế – xã hội của phường "
      "Hòa Khánh Bắc trong giai đoạn mới, bảo đảm an sinh."]),
    # negatives: after a colon, after a short line, the dash opens an item
    ("3. Nội dung tuyên truyền của Hội Nông dân xã Thới Bình trong năm 2026 gồm:\n"
     "- phòng cháy, chữa cháy rừng;\n- xử lý vi phạm.\n",
     ["3. Nội dung tuyên truyền của Hội Nông dân xã Thới Bình trong năm 2026 gồm:",
      "- phòng cháy, chữa cháy rừng;", "- xử lý vi phạm."]),
    ("4. Thành phần tham dự\n- đại diện lãnh đạo Đảng ủy xã;\n",
     ["4. Thành phần tham dự", "- đại diện lãnh đạo Đảng ủy xã;"]),
])
def test_h6mangle_line_broken_at_a_compounds_dash_goes_on(text, want):
    got = normalize_text(_H6_WRAPPED + text, "txt").text.split("\n")
    assert got[1:] == want


# h6mangle: an item opening with a toned or Đ capital after a full line ("- Đơn vị chủ trì: …",
# "- Ủy ban nhân dân …") is a new item, never the rest of a compound
@pytest.mark.parametrize("item", ["- Đơn vị chủ trì: Phòng Tư pháp.", "- Ủy ban nhân dân các xã, thị trấn thực hiện.",
                                  "– Ấp Tân Hưng và ấp Cơ Nhì tổ chức ra quân."])
def test_h6mangle_dash_item_in_capitals_after_a_full_line_stays_apart(item):
    text = _H6_WRAPPED + "2. Làm sạch dữ liệu hộ tịch, đồng bộ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư\n" + item + "\n"
    assert normalize_text(text, "txt").text.split("\n")[-1] == item


# ---- h6 (v25): a wrapped line opening with a number printed with its thousands ("1.000 ngày đầu đời",
# "25.000 hộ", "3.500.000 đồng") goes on the sentence above: no "1.1"-style item is numbered "1.000" ----
@pytest.mark.parametrize("prev, nxt", [
    ("Chương trình “Chăm sóc dinh dưỡng", "1.000 ngày đầu đời nhằm phòng chống suy dinh dưỡng”."),
    ("phấn đấu hỗ trợ xây mới cho", "25.000 hộ nghèo trên địa bàn tỉnh Sóc Trăng."),
    ("mức hỗ trợ mỗi hộ là", "3.500.000 đồng theo quy định."),
])
def test_h6_a_thousands_number_is_no_item_marker(prev, nxt):
    assert continues(prev, nxt, 60)


@pytest.mark.parametrize("nxt", ["1.1 Mục tiêu chung", "1.2. Mục tiêu cụ thể", "2.10. Hỗ trợ sinh kế", "1.2.3 Tuyên truyền"])
def test_h6_a_numbered_item_still_opens_its_line(nxt):
    assert not continues("phấn đấu hỗ trợ xây mới cho các hộ nghèo trên địa bàn", nxt, 60)


# h3rewrap: a PDF's text layer wraps at the page's width, so an item's heading that happens to fill
# the line ("3. Đề nghị Ủy ban MTTQ … xã hội xã Nậm Cang") is followed by its body; the body's opening
# verb is written with a capital, which only a new sentence has, so the heading stays a line of its own
_H3_COLUMN = ("IV. TỔ CHỨC THỰC HIỆN\n"
              "1. Phòng Văn hóa - Xã hội huyện Bát Xát là cơ quan thường trực, theo dõi, đôn đốc\n"
              "các xã triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện\n"
              "trước ngày 20/11/2026 để báo cáo Ủy ban nhân dân tỉnh Lào Cai theo quy định.\n")


@pytest.mark.parametrize("heading, body", [
    ("3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã Nậm Cang",
     "Vận động đoàn viên, hội viên và Nhân dân tham gia giữ gìn vệ sinh môi trường."),
    ("2. Phòng Tài nguyên và Môi trường, Phòng Nông nghiệp và Phát triển nông thôn",
     "Theo chức năng, nhiệm vụ được giao, hướng dẫn các xã thực hiện Kế hoạch này."),
    ("4. Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh thị trấn Phong Thổ",
     "Chủ động phối hợp tuyên truyền đến hội viên về phòng, chống tảo hôn."),
    ("1. Trung tâm Văn hóa, Thông tin và Thể thao huyện Krông Pắc (tỉnh Đắk Lắk)",
     "Là đơn vị thường trực tổ chức các hoạt động văn hóa, văn nghệ tại Lễ hội."),
    ("b) Ban Chỉ huy Quân sự xã, Công an xã, Trạm Y tế xã và các thôn, bản, khối phố",
     "Tuyên truyền, hướng dẫn Nhân dân chủ động ứng phó khi có mưa lũ xảy ra."),
])
def test_h3rewrap_full_heading_then_capitalised_verb_stays_apart(heading, body):
    assert len(heading) >= 0.8 * 80
    assert not continues(heading, body, 80.0, len(heading))
    got = normalize_text(_H3_COLUMN + heading + "\n" + body + "\n", "txt").text.split("\n")
    assert got[-2:] == [heading, body]


@pytest.mark.parametrize("prev, nxt", [
    # a unit's name whose second word is a verb, cut after its head: the name goes on
    ("2. Công an huyện chủ trì, phối hợp với Bộ Chỉ huy Quân sự huyện và Phòng",
     "Tham mưu Công an tỉnh kiểm tra công tác phòng cháy tại các cơ sở kinh doanh."),
    ("3. Các xã, thị trấn căn cứ tình hình thực tế, phối hợp chặt chẽ với Ban",
     "Chỉ đạo phòng, chống thiên tai huyện triển khai các phương án ứng phó."),
    # the next line is a unit that acts: left to the doer test, which keeps a list of units going on
    ("1. Phòng Nội vụ, Phòng Tư pháp, Phòng Văn hóa và Thông tin, Phòng Y tế huyện,",
     "Thanh tra huyện và các cơ quan liên quan theo dõi, kiểm tra việc thực hiện."),
    # a sentence, not an item's heading: a wrapped line goes on whatever it opens with
    ("Các cơ quan, đơn vị trên địa bàn huyện Sìn Hồ có trách nhiệm phối hợp với các",
     "Trường học, trạm y tế tổ chức tuyên truyền, vận động Nhân dân."),
])
def test_h3rewrap_name_or_sentence_cut_by_the_width_goes_on(prev, nxt):
    assert continues(prev, nxt, 80.0, len(prev))


# h3rewrap: a servant's field in two capitalised halves ("Văn hóa - Xã hội", "Tư pháp - Hộ tịch") that
# the width broke at its dash: the dash line is the field's rest, not a bullet
@pytest.mark.parametrize("prev, nxt, joined", [
    ("4. Các thôn, bản tổ chức đăng ký thi đua, gửi về UBND xã (qua Công chức Văn hóa",
     "- Xã hội) trước ngày 15/3/2025.",
     "4. Các thôn, bản tổ chức đăng ký thi đua, gửi về UBND xã (qua Công chức Văn hóa - Xã hội) trước ngày 15/3/2025."),
    ("2. Rà soát, cập nhật dữ liệu hộ tịch trên hệ thống; giao Công chức Tư pháp",
     "- Hộ tịch chủ trì, hoàn thành trong tháng 5/2026.",
     "2. Rà soát, cập nhật dữ liệu hộ tịch trên hệ thống; giao Công chức Tư pháp - Hộ tịch chủ trì, "
     "hoàn thành trong tháng 5/2026."),
])
def test_h3rewrap_field_pair_broken_at_its_dash_goes_on(prev, nxt, joined):
    assert continues(prev, nxt, 80.0, len(prev))
    assert normalize_text(_H3_COLUMN + prev + "\n" + nxt + "\n", "txt").text.split("\n")[-1] == joined


@pytest.mark.parametrize("prev, nxt", [
    # a bullet in capitals after a line ending on a name: no field pair, a new item
    ("2. Đề nghị các cơ quan phối hợp thực hiện, báo cáo kết quả về UBND huyện Hòa",
     "- Xã hội hóa nguồn lực cho công tác an sinh."),
    ("3. Nội dung tuyên truyền gồm các chủ đề do Công chức Văn hóa - Xã hội phụ trách",
     "- Hộ tịch, chứng thực và đăng ký kết hôn."),
])
def test_h3rewrap_dash_in_capitals_without_a_field_pair_stays_apart(prev, nxt):
    assert not continues(prev, nxt, 80.0, len(prev))


# h3rewrap: a ground of the preamble ("Căn cứ …", "Thực hiện Kế hoạch …") opens its own paragraph even
# under a trích yếu whose line ran to the page's width
@pytest.mark.parametrize("title, ground", [
    ("Phòng, chống tai nạn thương tích, đuối nước trẻ em trên địa bàn xã Ea Tul",
     "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/4/2025 của UBND huyện Cư M'gar về phòng, chống đuối nước;"),
    ("Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
     "Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;"),
    ("Triển khai công tác chuyển đổi số trên địa bàn phường Vĩnh Trại năm 2025",
     "Thực hiện chỉ đạo của Ban Thường vụ Thành ủy Lạng Sơn tại Thông báo số 112-TB/TU,"),
])
def test_h3rewrap_ground_opens_its_own_paragraph(title, ground):
    assert not continues(title, ground, 80.0, len(title))


# h3rewrap: a short line announcing what follows ("Các nhiệm vụ cụ thể như sau:") under an item's
# heading that filled the line is the item's body, not the heading's rest
@pytest.mark.parametrize("heading, intro", [
    ("3. Công tác vệ sinh, tiêu độc, khử trùng và kiểm soát giết mổ gia súc, gia cầm",
     "Các nhiệm vụ cụ thể như sau:"),
    ("b) Tổ chức Hội thi tìm hiểu pháp luật về phòng, chống ma túy trong học sinh",
     "Nội dung hội thi gồm:"),
])
def test_h3rewrap_intro_line_under_full_heading_stays_apart(heading, intro):
    assert not continues(heading, intro, 80.0, len(heading))


# h3rewrap: in a text cut at a column, the closing's call for reports ("Trong quá trình thực hiện, nếu
# có khó khăn …") opens a paragraph of its own even after a sentence that ended at the column's edge
def test_h3rewrap_hard_wrapped_closing_call_opens_its_own_paragraph():
    body = ("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND huyện Phú Tân về bảo\n"
            "vệ môi trường năm 2026, bảo đảm vệ sinh môi trường, cảnh quan nông thôn\n"
            "xanh, sạch, đẹp trên địa bàn các xã, thị trấn theo tiêu chí nông thôn mới\n"
            "nâng cao;\n"
            "Ủy ban nhân dân xã Phú Mỹ ban hành Kế hoạch tổ chức các hoạt động bảo vệ môi\n"
            "trường năm 2026 trên địa bàn xã, để các cơ quan, đơn vị và các thôn biết, tổ\n"
            "chức thực hiện nghiêm túc, có hiệu quả các nội dung được giao, bảo đảm đúng\n"
            "tiến độ, chất lượng, tiết kiệm và phù hợp với điều kiện thực tế của từng\n"
            "thôn, khu dân cư.\n"
            "3. Các thôn tổ chức ra quân tổng vệ sinh môi trường vào ngày Chủ nhật hằng\n"
            "tuần; vận động Nhân dân thu gom, phân loại rác thải tại nguồn theo hướng dẫn\n"
            "của UBND xã, báo cáo kết quả thực hiện về UBND xã trước ngày 20 hằng tháng\n"
            "để tổng hợp, báo cáo Ủy ban nhân dân huyện Phú Tân và các cơ quan cấp trên.\n"
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các thôn báo cáo về\n"
            "UBND xã (qua Công chức Địa chính - Xây dựng) để kịp thời giải quyết./.\n")
    got = normalize_text(body, "txt").text.split("\n")
    assert got[-1].startswith("Trong quá trình thực hiện, nếu có khó khăn")
    assert got[-2].endswith("và các cơ quan cấp trên.")


# h3rewrap: a figure grouped in thousands that the width set at a line's start ("13.000 ha", "2.500.000
# đồng") is the sentence's rest, not an outline number "13.0.0"
@pytest.mark.parametrize("prev, nxt", [
    ("- Trồng mới 1.500 ha cây mắc ca, nâng tổng diện tích toàn tỉnh Điện Biên lên trên",
     "13.000 ha vào cuối năm 2026."),
    ("b) Hỗ trợ mỗi hộ nghèo, hộ cận nghèo trên địa bàn xã Tam Hiệp mức kinh phí tối đa",
     "2.500.000 đồng/hộ để sửa chữa nhà ở."),
])
def test_h3rewrap_figure_in_thousands_at_a_lines_start_goes_on(prev, nxt):
    assert continues(prev, nxt, 80.0, len(prev))


@pytest.mark.parametrize("marker", ["1.2.3. Tuyên truyền", "13. Tổ chức", "2.1 Rà soát", "4.10. Kiểm tra"])
def test_h3rewrap_outline_numbers_still_open_items(marker):
    assert not continues("- Các cơ quan, đơn vị được phân công chủ động phối hợp, thực hiện đúng tiến", marker,
                         80.0, 78)


# h3rewrap: in a text cut at a column, a heading set alone on its line ("Nội dung thực hiện") after a
# sentence that ended at the column's edge stays a line of its own (it stops short without a stop)
def test_h3rewrap_hard_wrapped_heading_alone_after_a_full_sentence():
    import textwrap
    paras = ["Căn cứ Kế hoạch số 21/KH-UBND ngày 14/01/2025 của UBND thành phố Thủ Dầu Một về quản lý, giáo dục, "
             "giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng trên địa bàn thành phố năm 2025;",
             "I. MỤC ĐÍCH, YÊU CẦU",
             "- Xác định công tác tái hòa nhập cộng đồng là nhiệm vụ của cả hệ thống chính trị, có sự tham gia "
             "của gia đình, cộng đồng dân cư và các tổ chức xã hội trên địa bàn phường.",
             "- Các cơ quan, đơn vị được phân công chủ động phối hợp, thực hiện đúng tiến độ.",
             "Nội dung thực hiện",
             "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian thực hiện được giao cho từng cơ quan, "
             "đơn vị theo chức năng, nhiệm vụ; báo cáo kết quả về Ủy ban nhân dân phường trước ngày 15/12/2025 "
             "để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định."]
    text = "\n".join(line for p in paras for line in textwrap.wrap(p, 79)) + "\n"
    assert "- Các cơ quan, đơn vị được phân công chủ động phối hợp, thực hiện đúng tiến độ.\n" in text
    got = normalize_text(text, "txt").text.split("\n")
    assert "Nội dung thực hiện" in got


# h5d: a wrapped figure with a dot between its thousands carries its sentence on ("… cây có múi là" /
# "10.064 ha, …"), where a marker would open an item.
@pytest.mark.parametrize("prev, nxt", [
    ("+ Diện tích cây có múi là", "10.064 ha, sản lượng 192,4 nghìn tấn."),
    ("- Số hộ được hỗ trợ nước sạch sinh hoạt đạt", "1.250 hộ, vượt 4% kế hoạch."),
    ("- Kinh phí hỗ trợ mỗi cộng tác viên là", "2.500.000 đồng/người/tháng."),
])
def test_h5d_thousands_figure_carries_the_line(prev, nxt):
    from pipeline.normalize import continues
    assert continues(prev, nxt, 60)


# h5d: school and Đội plans type "1/." and "II/." (no space after the dot, at times): each opens its
# own line, never the rest of the line above.
def test_h5d_slash_dot_items_stay_apart():
    text = ("KẾ HOẠCH\nTổ chức vui Tết Trung thu cho thiếu nhi năm 2025\nII/.THỜI GIAN, ĐỊA ĐIỂM\n"
            "1/. Thời gian: từ 15 giờ 30 ngày 06/10/2025\n2/. Địa điểm: sân trường\nIII/.ĐỐI TƯỢNG THAM GIA:\n")
    got = normalize_text(text, "txt").text.split("\n")
    assert got[2:] == ["II/.THỜI GIAN, ĐỊA ĐIỂM", "1/. Thời gian: từ 15 giờ 30 ngày 06/10/2025",
                       "2/. Địa điểm: sân trường", "III/.ĐỐI TƯỢNG THAM GIA:"]


# h5d: a short part heading with no dot after its numeral ("I MỤC ĐÍCH - YÊU CẦU") and the part's
# first item typed the same way ("1 MỤC ĐÍCH") are two headings; a heading wrapped near the width
# still carries its figure on.
@pytest.mark.parametrize("prev, nxt, joined", [
    ("I MỤC ĐÍCH - YÊU CẦU", "1 MỤC ĐÍCH", False),
    ("II NHIỆM VỤ TRỌNG TÂM", "01 CÔNG TÁC TUYÊN TRUYỀN", False),
    ("II. SƠ KẾT, ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ TẬP THỂ SAU", "1 NĂM TRIỂN KHAI", True),
])
def test_h5d_bare_numbered_first_item_under_a_part(prev, nxt, joined):
    from pipeline.normalize import continues
    assert continues(prev, nxt, 80) is joined


# ---- v25h4 (third sample of real plans): a converter's lost space between a số hiệu and its date, and
# OCR's hook on the U of "UBND", mended in the normalized text (the plain fast path included) ----
@pytest.mark.parametrize("line, want", [
    ("Thực hiện 263/KH-UBNDngày 31/12/2024 của Chủ tịch UBND huyện Yên Định;",
     "Thực hiện 263/KH-UBND ngày 31/12/2024 của Chủ tịch UBND huyện Yên Định;"),
    ("Căn cứ Quyết định số 2582/QĐ-ƯBND ngày 05/6/2015 của UBND thành phố Hà Nội;",
     "Căn cứ Quyết định số 2582/QĐ-UBND ngày 05/6/2015 của UBND thành phố Hà Nội;"),
    ("Kế hoạch số 12-KH/HUngày 3/2/2023 của Huyện ủy", "Kế hoạch số 12-KH/HU ngày 3/2/2023 của Huyện ủy"),
    # (a word run into "ngày" that is no code, and "ngày" before no figure, stay as printed)
    ("Thông báo lịch họp hằngngày 3 lần", "Thông báo lịch họp hằngngày 3 lần"),
    ("Số: 12/KH-UBND ngày tháng năm 2024", "Số: 12/KH-UBND ngày tháng năm 2024"),
])
def test_v25h4_glued_date_word_and_hooked_u(line, want):
    text = "KẾ HOẠCH\n" + line + "\n"
    assert normalize_text(text, "txt").text.split("\n")[1] == want


# m10: a line ending on a name's syllable in capitals ("ông Trần Văn", "Trường Mầm non Tân") goes on with the
# next, whose first word may be the name's last ("Lập", "Giao"), not a verb opening a sentence
@pytest.mark.parametrize("prev, nxt", [
    ("1. Phân công đồng chí Phó Chủ tịch UBND xã phụ trách, phối hợp với ông Trần Văn", "Lập tổ chức họp dân."),
    ("2. Tổ chức ngày hội đọc sách, kể chuyện cho trẻ em tại các điểm trường của Trường Mầm non Tân",
     "Lập tổ chức ngày hội."),
    ("3. Tổ chức tuyên truyền về phòng chống đuối nước cho học sinh Trường Tiểu học Tân", "Lập trong tháng 5/2025."),
])
def test_m10_name_syllable_at_line_end_joins(prev, nxt):
    assert continues(prev, nxt, 90)


def test_m10_heading_then_capitalised_verb_still_splits():
    # (the heading ends in a word in small letters: the verb opens the next sentence)
    assert not continues("3. Tăng cường công tác kiểm tra, giám sát an toàn thực phẩm", "Giao Phòng Y tế chủ trì.", 90)


# v26h4: a table printed a cell a line (LibreOffice's text export of a Word table, a web table copied
# as text): after the row's STT alone on its line, the long content cell does not swallow the unit's or
# the timing's cell that follows it, however wide it ran.
def _v26h4_lines(body: str) -> list[str]:
    long_prose = ("Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện công tác năm 2026 trên địa bàn với các nội "
                  "dung, nhiệm vụ cụ thể và phân công trách nhiệm như sau đây cho các cơ quan, đơn vị:\n")
    text = "KẾ HOẠCH\nCông tác năm 2026\n" + long_prose * 4 + body
    return normalize_text(text, "txt").text.split("\n")


@pytest.mark.parametrize("content, cell", [
    ("Rà soát, lập danh sách các hộ gia đình chưa có nhà vệ sinh hợp vệ sinh tại các thôn vùng sâu, vùng xa của xã",
     "Trạm Y tế xã"),
    ("Tổ chức tuyên truyền lưu động về phòng, chống cháy rừng tại các bản giáp ranh với huyện Mường Tè và huyện Sìn Hồ",
     "Hạt Kiểm lâm huyện"),
    ("Kiểm tra, xử lý các cơ sở kinh doanh karaoke, vũ trường không bảo đảm điều kiện an toàn phòng cháy trên địa bàn",
     "Tháng 9/2026"),
    ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện qua Phòng Văn hóa và Thông tin huyện",
     "Trước ngày 15/12/2026"),
])
def test_v26h4_cell_a_line_content_keeps_the_next_cell_apart(content, cell):
    lines = _v26h4_lines(f"STT\nNội dung\nĐơn vị thực hiện\nThời gian\n1\n{content}\n{cell}\n")
    assert content in lines and cell in lines


@pytest.mark.parametrize("cells", [
    ["Quý II/2026", "30/6/2026"],                 # a timing's cell, then the deadline's cell
    ["Văn phòng Đảng ủy; Các chi bộ trực thuộc", "Tháng 3/2026"],   # a unit ending on "trực thuộc"
    ["Hằng năm", "II", "Thu hút đầu tư và hỗ trợ doanh nghiệp"],   # a group row's numeral after the timing
])
def test_v26h4_cell_a_line_short_cells_stay_apart(cells):
    lines = _v26h4_lines("TT\nNội dung công việc\nCơ quan chủ trì\nThời gian thực hiện\nThời hạn hoàn thành\n3\n"
                         "Hướng dẫn các thôn, tổ dân phố kiện toàn tổ hòa giải ở cơ sở theo quy định của Luật Hòa giải\n"
                         + "\n".join(cells) + "\n")
    assert all(c in lines for c in cells)


@pytest.mark.parametrize("prev, nxt", [
    # a phrase left open goes on, in a row as in prose
    ("Phối hợp với Sở Nông nghiệp và Môi trường tổ chức hội nghị tập huấn cho cán bộ khuyến nông của", "Phòng Kinh tế"),
    ("Rà soát, lập hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao, hoàn thành trước ngày", "30/9/2026"),
    # a figure that the line carried on (not a date of its own)
    ("Vận động nhân dân hiến đất mở rộng đường giao thông nông thôn với tổng chiều dài khoảng", "12 km đường bê tông"),
])
def test_v26h4_cell_a_line_open_phrase_still_joins(prev, nxt):
    lines = _v26h4_lines(f"STT\nNội dung\nĐơn vị chủ trì\nThời gian\n2\n{prev}\n{nxt}\n")
    assert f"{prev} {nxt}" in lines


def test_v26h4_prose_without_stt_keeps_the_width_rule():
    # (no STT alone above: a unit's name after a full line is the sentence's rest, as before)
    prev = ("2. Giao Ủy ban nhân dân các xã, thị trấn chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện và Công an huyện"
            " tổ chức kiểm tra, đôn đốc việc thực hiện tại địa bàn, phân công cụ thể cho")
    lines = _v26h4_lines(f"{prev}\nTrạm Y tế xã\n")
    assert f"{prev} Trạm Y tế xã" in lines


def test_v26h4_cell_a_line_bracket_or_range_left_open_joins():
    # (a content cell wrapped in its column inside a bracketed range: the date after it is no cell)
    lines = _v26h4_lines("STT\nNội dung\nĐơn vị chủ trì\nThời gian\n4\n"
                         "Tổ chức kỷ niệm 80 năm Ngày Cách mạng tháng Tám thành công (19/8/1945 -\n"
                         "19/8/2025) và Quốc khánh 02/9\nPhòng Văn hóa - Xã hội\nTháng 8/2025\n")
    assert any(ln.endswith("(19/8/1945 - 19/8/2025) và Quốc khánh 02/9") for ln in lines)
    assert "Tháng 8/2025" in lines


def test_v26h4_cell_a_line_timing_wrapped_after_and_joins():
    lines = _v26h4_lines("STT\nNội dung\nĐơn vị chủ trì\nThời gian\n7\nBáo cáo kết quả 6 tháng và cả năm\n"
                         "Công an huyện\nTrước ngày 15/6 và\n15/11/2026\n")
    assert "Trước ngày 15/6 và 15/11/2026" in lines


# a content cell printed a cell a line that wraps after a preposition goes on into the time it awaits; a cell
# ending on a word a cell may close on ("trực thuộc") still stands apart from the timing cell after it
@pytest.mark.parametrize("prev, nxt, apart", [
    ("Báo cáo kết quả về UBND huyện trong", "Quý II/2025 để tổng hợp", False),
    ("Tổ chức thực hiện theo", "Khi có văn bản của huyện", False),
    ("Duy trì hoạt động của", "Hằng năm", False),
    ("Tập huấn nghiệp vụ cho cán bộ thôn vào", "Tháng 4/2026", False),
    ("Kiểm tra các đơn vị trực thuộc", "Tháng 3/2025", True),
    ("Tuyên truyền tại các thôn", "Quý II/2025", True),
    ("Tập huấn cho cán bộ", "Chủ trì: Phòng Nội vụ", True),
])
def test_v26_cell_after_a_preposition_goes_on(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, 50) is apart


def test_v26_flat_table_content_wrapped_before_its_time_keeps_it():
    from pipeline import extract
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 42/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh động vật năm 2025\nII. NHIỆM VỤ CỤ THỂ\nSTT\nNội dung công việc\n"
            "Đơn vị chủ trì\nThời gian thực hiện\n1\n"
            "Tổ chức tiêm phòng bổ sung cho đàn gia súc, gia cầm mới phát sinh tại các thôn trong\n"
            "Quý II/2025 theo hướng dẫn của Trạm Chăn nuôi và Thú y\nThú y viên các thôn\nTháng 6/2025\n"
            "2\nTổng hợp, báo cáo kết quả tiêm phòng về UBND huyện\nVăn phòng HĐND-UBND xã\nTháng 7/2025\n")
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "plan.txt"
        p.write_text(text, encoding="utf-8")
        tasks = extract(str(p)).rows()["tasks"]
    assert len(tasks) == 2
    assert tasks[0]["text"].endswith("theo hướng dẫn của Trạm Chăn nuôi và Thú y")
    assert tasks[0]["lead_units"] == ["Thú y viên các thôn"] and str(tasks[0]["deadline"]) == "2025-06-30"


# ---- m13 (rv3 #3/#12): a cell closing on a time before or after another ("… của các năm trước", "… trong các năm
# tiếp theo") is closed: the unit's or the time's cell after it stands apart; the test of its end reads only its end
@pytest.mark.parametrize("prev, nxt", [
    ("Rà soát, xử lý hồ sơ tồn đọng của các năm trước", "Phòng Tư pháp"),
    ("Rà soát, xử lý hồ sơ tồn đọng của các năm trước", "Quý I/2025"),
    ("Duy trì tổ chức Hội thi trong các năm tiếp theo", "Hằng năm"),
    ("Tổng kết, rút kinh nghiệm cho các năm sau", "Tháng 12/2025"),
    ("Tiếp tục triển khai ở giai đoạn sau", "Năm 2026"),
    ("Khắc phục tồn tại, hạn chế được chỉ ra trong kỳ trước", "Trạm Y tế xã"),
    ("Nhân rộng mô hình dân vận khéo trong các quý tiếp theo", "Ủy ban MTTQ Việt Nam xã"),
])
def test_m13_cell_closing_on_a_time_before_or_after_stands_apart(prev, nxt):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, 50) is True
    assert next_cell("thực hiện các nội dung " * 20_000 + prev, nxt, 50) is True


@pytest.mark.parametrize("prev, nxt", [
    ("Tập huấn cho cán bộ thôn trước", "Tháng 4/2026"),
    ("Hoàn thành việc cấp đổi giấy chứng nhận chậm nhất", "Quý III/2025"),
])
def test_m13_cell_awaiting_its_time_still_goes_on(prev, nxt):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, 50) is False


def test_m13_flat_table_content_closing_on_past_years_keeps_its_unit():
    from pipeline import extract
    import tempfile, pathlib
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 42/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác tư pháp năm 2025\n"
            "II. NHIỆM VỤ CỤ THỂ\nSTT\nNội dung công việc\nĐơn vị chủ trì\nThời gian thực hiện\n1\n"
            "Rà soát, xử lý hồ sơ hộ tịch tồn đọng của các năm trước\nCông chức Tư pháp - Hộ tịch\nQuý I/2025\n2\n"
            "Duy trì tổ chức Ngày Pháp luật trong các năm tiếp theo\nCông chức Tư pháp - Hộ tịch\nHằng tháng\n3\n"
            "Tổng hợp, báo cáo kết quả về UBND huyện\nVăn phòng HĐND-UBND xã\nTháng 12/2025\n")
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "plan.txt"
        p.write_text(text, encoding="utf-8")
        tasks = extract(str(p)).rows()["tasks"]
    assert [t["text"] for t in tasks] == ["Rà soát, xử lý hồ sơ hộ tịch tồn đọng của các năm trước",
                                          "Duy trì tổ chức Ngày Pháp luật trong các năm tiếp theo",
                                          "Tổng hợp, báo cáo kết quả về UBND huyện"]
    assert [t["lead_units"] for t in tasks] == [["Công chức Tư pháp - Hộ tịch"]] * 2 + [["Văn phòng HĐND-UBND xã"]]
    assert str(tasks[0]["deadline"]) == "2025-03-31"


# h3cpu: the line joiner tests the line above (a word at its end, its width) before going through the
# servants' field pairs and the heading-then-doer reading: the same joins, fewer steps
@pytest.mark.parametrize("prev, nxt, want", [
    # a list's items under a line ending its clause: apart, whatever the dash line says
    ("Các đơn vị phối hợp thực hiện các nội dung sau đây, báo cáo kết quả về UBND xã Tả Phìn:",
     "- Văn hóa - Xã hội: tuyên truyền trên hệ thống loa truyền thanh.", False),
    ("Các đơn vị phối hợp thực hiện các nội dung sau đây, báo cáo kết quả về UBND xã Tả Phìn;",
     "- Xã hội hóa nguồn lực cho công tác an sinh.", False),
    # a compound the width broke at its dash: joined (small letters, or a field pair in capitals)
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị",
     "- xã hội phối hợp tuyên truyền.", True),
    ("4. Các thôn, bản tổ chức đăng ký thi đua, gửi về UBND xã (qua Công chức Văn hóa",
     "- Xã hội) trước ngày 15/3/2025.", True),
    # a short heading line: apart from the sentence of who does what under it
    ("2. Tăng cường kiểm tra", "Công an xã chủ trì, phối hợp các thôn thực hiện.", False),
])
def test_h3cpu_rewrap_cheap_tests_first(prev, nxt, want):
    assert continues(prev, nxt, 80.0, len(prev)) is want


# ---------------------------------------------------------------- v27 h6: a cell a line, where the next cell opens
@pytest.mark.parametrize("prev, nxt, apart", [
    # a whole period before a result's or a cost's cell: the next cell, not its words
    ("Hằng tháng", "Báo cáo kết quả", True),
    ("Cả năm", "Lồng ghép chương trình mục tiêu", True),
    ("Từ tháng 4 đến hết năm", "Ngân sách xã", True),
    ("Thường xuyên", "100% hồ sơ được số hóa", True),
    ("Quý III/2026", "25 sản phẩm OCOP được đăng bán", True),
    # "số" ending a name ("bản đồ số", "kinh tế số") before a unit's cell
    ("Xây dựng bản đồ số vùng trồng chè Shan tuyết", "Trung tâm Dịch vụ nông nghiệp xã", True),
    # a date's word still awaits its figure
    ("Hoàn thành kiểm kê trong năm", "2026", False),
    ("Trước ngày", "20/5/2026", False),
])
def test_v27h6_next_cell_after_a_whole_period(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, len(prev)) is apart


def test_v27h6_cell_a_paragraph_keeps_cells_apart_but_a_page_break_goes_on():
    text = ("KẾ HOẠCH\nSTT\n\nNội dung\n\nĐơn vị chủ trì\n\nThời gian\n\n"
            "1\n\nRà soát hộ nghèo trên địa bàn các bản vùng cao của xã Mường Mô\n\nCông an xã\n\nUBND các bản\n\n"
            "Tháng 5/2026\n\n2\n\nTổ chức lớp dạy nghề với sự\n\ntham gia của các hộ cận nghèo\n\nHội Nông dân xã\n\n"
            "Hoàn thành trong năm\n\n2026\n")
    got = [ln.text for ln in normalize_text(text).lines]
    assert "Công an xã" in got and "UBND các bản" in got
    assert "Tổ chức lớp dạy nghề với sự tham gia của các hộ cận nghèo" in got
    assert "Hoàn thành trong năm 2026" in got


# ---- m14: a counted period whose own figure follows it; a funding cell right under a unit's
@pytest.mark.parametrize("prev, nxt, apart", [
    ("Định kỳ 6 tháng", "01 lần", False),
    ("Trong 02 năm", "2025 - 2026", False),
    ("Giai đoạn 5 năm", "2021-2025", False),
    ("Thực hiện trong 2 năm", "2025-2026", False),
    ("Mỗi quý", "1 lần", False),
    # (a whole period before the next cell still closes its own, as the cases it was made for)
    ("Hằng tháng", "Báo cáo kết quả", True),
    ("Từ tháng 4 đến hết năm", "Ngân sách xã", True),
    ("Hằng năm", "20.000.000 đồng", True),
])
def test_m14_next_cell_counted_period_and_its_figure(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt) is apart


@pytest.mark.parametrize("prev, nxt, apart", [
    ("Đài Truyền thanh xã", "Ngân sách xã", True),
    ("Công an xã", "Ngân sách huyện", True),
    ("Phòng Tài chính - Kế hoạch", "Kinh phí sự nghiệp", True),
    ("UBND các phường", "Nguồn vốn lồng ghép", True),
    # (no unit before it: a phrase the cell goes on with)
    ("Hỗ trợ các hộ nghèo từ", "Ngân sách xã", False),
])
def test_m14_next_cell_funding_after_a_unit(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt) is apart


# ---- v28 h5: a header alone run into one line, the plan's other lines kept
@pytest.mark.parametrize("first, lines", [
    ("SỞ Y TẾ TỈNH SÓC TRĂNG BỆNH VIỆN ĐA KHOA THỊ XÃ VĨNH CHÂU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
     "Hạnh phúc Số: 27/KH-BVĐK Vĩnh Châu, ngày 08 tháng 4 năm 2025",
     ["SỞ Y TẾ TỈNH SÓC TRĂNG", "BỆNH VIỆN ĐA KHOA THỊ XÃ VĨNH CHÂU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Số: 27/KH-BVĐK Vĩnh Châu, ngày 08 tháng 4 năm 2025"]),
    ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM CÔNG TY ĐIỆN LỰC CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
     "Hạnh phúc Số: 1520/KH-PCCM Cà Mau, ngày 15 tháng 5 năm 2024",
     ["TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM", "CÔNG TY ĐIỆN LỰC CÀ MAU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Số: 1520/KH-PCCM Cà Mau, ngày 15 tháng 5 năm 2024"]),
])
def test_v28h5_header_alone_run_into_one_line(first, lines):
    rest = ["KẾ HOẠCH", "Bảo đảm an toàn mùa khô năm 2025",
            "Căn cứ Quyết định số 3711/QĐ-BYT ngày 19/9/2014 của Bộ Y tế về hướng dẫn giám sát dịch bệnh;",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Chủ động phòng ngừa, ứng phó kịp thời."]
    doc = normalize_text("\n".join([first, *rest]) + "\n", "txt")
    assert [ln.text for ln in doc.lines if ln.text.strip()] == [*lines, *rest]


@pytest.mark.parametrize("text", [
    # the motto opening the line, or no number nor date after it: no header run on
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nPhòng chống dịch năm 2025\n",
    "Tuyên truyền về CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM và Hiến pháp năm 2013 trong nhân dân, ngày 12 tháng 3 năm 2025.\n"
    "KẾ HOẠCH\nTuyên truyền Hiến pháp\n",
])
def test_v28h5_header_run_on_needs_a_body_and_a_number(text):
    doc = normalize_text(text, "txt")
    assert [ln.text for ln in doc.lines if ln.text.strip()] == [t for t in text.split("\n") if t]


# ---- h3 (v28): the glued-date test looks only where "ngày" stands, as the lookbehind pattern does
@pytest.mark.parametrize("text, glued", [
    ("Số: 263/KH-UBNDngày 31/12/2024", True),
    ("Kế hoạch số 15/KH-UBNDngày  5/3/2025 của UBND huyện", True),
    ("Công văn 88/SYTngày\t02/01/2026", True),
    ("Ban hành kèm theo Quyết định số 12/QĐ-ĐĐngày 7/7/2025", True),
    ("UBND xã ngày 31/12/2024", False),          # a space before it: nothing glued
    ("HĐNDngày", False),                          # no figure after it
    ("Họp ngày 5/6 tại UBNDngày họp", False),     # a word after it, not a figure
    ("KHngày\n15/4/2025", False),                 # a figure on the next line only
    ("Xngày 5/5/2025", False),                    # one capital before it, not two
    ("xyngày 5", False),                          # small letters before it
    ("ngày 1", False),
    ("", False),
])
def test_h3_has_glued_date_matches_the_pattern(text, glued):
    from pipeline.normalize import GLUED_DATE_WORD, has_glued_date
    assert has_glued_date(text) is glued
    assert (GLUED_DATE_WORD.search(text) is not None) is glued


def test_h3_clean_splits_a_glued_date_and_leaves_others():
    from pipeline.normalize import clean
    assert clean("Số 263/KH-UBNDngày 31/12/2024") == "Số 263/KH-UBND ngày 31/12/2024"
    assert clean("Hà Nội, ngày 02 tháng 5 năm 2025") == "Hà Nội, ngày 02 tháng 5 năm 2025"


def test_h3_caps_of_a_paragraph_counted_as_it_grows():
    # a title in capitals over three lines, then mixed case: the capitals run on as one title, and the
    # sentence under it stays apart however the paragraph above grew (merged_caps' running sums)
    from pipeline.normalize import normalize_text
    doc = normalize_text("KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN\n"
                         "TRÊN ĐỊA BÀN XÃ PHÚ LỘC NĂM 2026\nThực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2026 "
                         "của UBND huyện.")
    texts = [ln.text for ln in doc.lines]
    assert texts[-1].startswith("Thực hiện Kế hoạch số 12/KH-UBND")
    assert not any("NĂM 2026 Thực hiện" in t for t in texts)

# ---- m15 (rv5 #4): a counted period's own figure is a whole line ("01 lần", "2025 - 2026"); a count of
# what is done is the next column's cell
@pytest.mark.parametrize("prev, nxt, apart", [
    ("Cả năm", "15 lần kiểm tra", True),                 # the reviewer's
    ("Hằng năm", "100 lần truy cập", True),
    ("Hằng tháng", "02 lần kiểm tra đột xuất", True),
    ("Cả năm", "10 lần ra quân tại các tổ dân phố", True),
    # (the figures the rule was made for still go on)
    ("Định kỳ 6 tháng", "01 lần/năm", False),
    ("Trong 03 năm", "2025 - 2027.", False),
    ("Hằng năm", "2025 - 2027", False),
    ("Mỗi quý", "1 lần", False),
])
def test_m15_next_cell_count_after_counted_period(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt) is apart


# ---- m15 (rv5 #3, #7): a cost's cell after a unit's, in everyday words, or after a closed content cell
@pytest.mark.parametrize("prev, nxt, apart", [
    ("Trung tâm Văn hóa - Thể thao phường", "Xã hội hóa", True),   # the reviewer's
    ("Ban Điều hành khu phố 3", "Vốn sự nghiệp văn hóa", True),
    ("Công chức Văn hóa - Xã hội", "NSNN và xã hội hóa", True),
    ("UBND phường", "Lồng ghép các chương trình", True),
    ("Tổ chức Liên hoan văn nghệ quần chúng các khu phố", "Ngân sách phường", True),
    ("Trạm Y tế xã", "Dự toán chi thường xuyên", True),
    ("Thu gom bao gói thuốc bảo vệ thực vật", "Nguồn sự nghiệp môi trường", True),
])
def test_m15_next_cell_funding_words(prev, nxt, apart):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt) is apart


# --- h7 (v28): a cell opening with its figure after a unit's cell; a role-labelled unit cell ---------------
@pytest.mark.parametrize("prev, nxt, want", [
    ("Các phòng, đơn vị thuộc Sở", "6 tháng đầu năm 2025", True),
    ("Hội Nông dân tỉnh; Chi cục Thủy sản", "05 mô hình trình diễn", True),
    ("Phòng Giáo dục và Đào tạo", "1.200 lượt học sinh được tập huấn", True),
    ("Ủy ban nhân dân tỉnh", "2025 về việc triển khai", False),        # a year the sentence goes on after
    ("Trung tâm Y tế huyện,", "3 trạm y tế xã", False),                # a list left open
    ("báo cáo kết quả trước ngày", "15/3/2025", False),                 # a date's word awaits its figure
])
def test_h7flat_next_cell_opening_with_a_figure(prev, nxt, want):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, len(prev)) is want


def test_h7flat_role_labelled_unit_cell_stays_apart_in_a_flat_row():
    text = ("STT\nNội dung\nĐơn vị thực hiện\nThời gian\n1\n"
            "Công khai thủ tục hành chính tại Bộ phận một cửa và trên Cổng Dịch vụ công quốc gia\n"
            "Chủ trì: Trung tâm Phục vụ hành chính công phường; phối hợp: Văn phòng HĐND và UBND phường\n"
            "Thường xuyên\n2\nRà soát quy trình nội bộ giải quyết thủ tục\nVăn phòng HĐND và UBND phường\nQuý II/2026\n")
    lines = [ln.text for ln in normalize_text(text).lines]
    assert "Chủ trì: Trung tâm Phục vụ hành chính công phường; phối hợp: Văn phòng HĐND và UBND phường" in lines


@pytest.mark.parametrize("prev, nxt, want", [
    # a unit's name after a content cell that ends on a date's word is the next cell, no date's figure
    ("Rà soát 19 tiêu chí; xác định tiêu chí phấn đấu đạt trong năm", "Ban Quản lý xây dựng nông thôn mới xã", True),
    ("Hướng dẫn kỹ thuật trồng xen cây ngắn ngày", "UBND các xã, phường", True),
    ("Tổ chức các hoạt động hưởng ứng Tháng", "Hành động vì môi trường", False),
    ("Tổ chức lễ kỷ niệm vào ngày", "27/7/2025", False),
    ("Treo cờ Tổ quốc dịp Tết Nguyên đán năm", "Ất Tỵ 2025", False),
])
def test_h7flat_unit_after_a_date_word(prev, nxt, want):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, len(prev)) is want


# ---- m16 (rv6 #1): a caps title naming the nation, with an anniversary date after it, is no header run on
@pytest.mark.parametrize("first", [
    # (the reviewer's news post)
    "KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "(ngày 2 tháng 9 năm 1945 - ngày 2 tháng 9 năm 2025)",
    "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
    "VIỆT NAM Số: 45/KH-UBND",
    "TUYÊN TRUYỀN HIẾN PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM NĂM 2013 ĐẾN HẾT ngày 30 tháng 6 năm 2026",
    "HƯỞNG ỨNG NGÀY PHÁP LUẬT NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM (ngày 9 tháng 11 năm 2025)",
])
def test_m16_nation_in_a_title_is_no_header_run_on(first):
    rest = ["Đăng ngày 10/8/2025",
            "Ngày 05/8/2025, UBND xã Tân Phú ban hành Kế hoạch số 85/KH-UBND tổ chức các hoạt động kỷ niệm.",
            "Theo đó, xã tổ chức treo cờ Tổ quốc từ ngày 28/8/2025 đến ngày 03/9/2025."]
    doc = normalize_text("\n".join([first, *rest]) + "\n", "txt")
    assert [ln.text for ln in doc.lines if ln.text.strip()][0] == first


@pytest.mark.parametrize("name", ["news.txt", "qk2.txt"])
def test_m16_reviewer_news_post_keeps_its_date(name):
    from extractors.header import extract_header
    texts = {
        "news.txt": "KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                    "(ngày 2 tháng 9 năm 1945 - ngày 2 tháng 9 năm 2025)\nĐăng ngày 10/8/2025\n"
                    "Ngày 05/8/2025, UBND xã Tân Phú ban hành Kế hoạch số 85/KH-UBND tổ chức các hoạt động kỷ niệm "
                    "80 năm Cách mạng Tháng Tám.\nTheo đó, xã tổ chức treo cờ Tổ quốc từ ngày 28/8/2025 đến ngày "
                    "03/9/2025.\n",
        "qk2.txt": "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nKẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ "
                   "QUỐC KHÁNH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (ngày 2 tháng 9 năm 1945 - ngày 2 tháng 9 năm "
                   "2025)\nSố: 85/KH-UBND ngày 05/8/2025\nCăn cứ Kế hoạch số 120/KH-UBND ngày 01/7/2025 của UBND "
                   "tỉnh Đồng Nai;\nUBND xã Tân Phú ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
                   "1. Tuyên truyền sâu rộng ý nghĩa lịch sử của Cách mạng Tháng Tám.\n",
    }
    doc = normalize_text(texts[name], "txt")
    assert not any(ln.text.strip().startswith("- 02/9/2025") for ln in doc.lines)
    assert str(extract_header(doc).issued_date) == "2025-08-05"


# --- review of h7 (v28), rv h1 (v29): a name a figure goes on is no whole unit's cell -----------------------
@pytest.mark.parametrize("prev, nxt, want", [
    ("Trường Mầm non", "19 tháng 5", False),                 # a school named for a day
    ("Trường THCS", "2/9 thị trấn Phong Điền", False),
    ("Trường Tiểu học", "30 tháng 4", False),
    ("Khu phố", "3 phường Tân Lợi", False),                  # a hamlet numbered
    ("Ban Chỉ huy Quân sự phường", "6 tháng cuối năm 2026", True),
    ("UBND các thôn", "02 lượt kiểm tra", True),
])
def test_rv_h1v29_name_awaiting_its_figure(prev, nxt, want):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, len(prev)) is want


@pytest.mark.parametrize("prev, nxt, want", [
    ("Tổ chức các hoạt động chào mừng 66 năm Ngày", "Bộ đội Biên phòng", False),   # a day named for a body
    ("Tuyên truyền kỷ niệm 80 năm Ngày", "Công an nhân dân Việt Nam", False),
    ("Hưởng ứng Tháng", "Hội Chữ thập đỏ", False),
    ("Hoàn thành các chỉ tiêu trong năm", "Ban Chỉ đạo giảm nghèo bền vững xã", True),   # a unit after a date's word
])
def test_rv_h1v29_day_named_for_a_body(prev, nxt, want):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, len(prev)) is want


# ---- v29 h2: has_glued_date is GLUED_DATE_WORD's search on any text: 'Ngày'/'NGÀY' capitalised, 'ngày' at the
# text's first two places, no-break and other spaces, a line break, other scripts' digits
def test_v29h2_has_glued_date_as_the_pattern_on_varied_texts():
    import random

    from pipeline.normalize import GLUED_DATE_WORD, has_glued_date
    pieces = ["K", "H", "U", "B", "N", "D", "Đ", "đ", "x", "ngày", "Ngày", "NGÀY", "ngà", " ", "\u00a0", "\u2009",
              "\t", "\n", "1", "\u0663", "/"]
    rng = random.Random(29)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert has_glued_date(text) is (GLUED_DATE_WORD.search(text) is not None), repr(text)


# --- h7 (v29): a servant's field a narrow unit cell broke at its dash --------------------------------
@pytest.mark.parametrize("cells, want", [
    # the field's second half on the next line is the same cell
    (["Công chức Tư pháp", "- Hộ tịch", "Công an xã", "Quý II/2025"],
     ["Công chức Tư pháp - Hộ tịch", "Công an xã", "Quý II/2025"]),
    (["Công chức Văn hóa", "- Xã hội", "Đoàn Thanh niên phường", "Tháng 5/2025"],
     ["Công chức Văn hóa - Xã hội", "Đoàn Thanh niên phường", "Tháng 5/2025"]),
    # a list of units in bullets stays a list: no field's half opens the line
    (["Phòng Văn hóa - Xã hội", "- Đoàn Thanh niên xã;", "- Hội Nông dân xã", "Tháng 5/2025"],
     ["Phòng Văn hóa - Xã hội", "- Đoàn Thanh niên xã;", "- Hội Nông dân xã", "Tháng 5/2025"]),
])
def test_v29h7_field_pair_broken_in_a_flat_row(cells, want):
    text = ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian\n1\n"
            "Rà soát, cập nhật hồ sơ hộ tịch tại bộ phận một cửa\n" + "\n".join(cells) + "\n"
            "2\nTuyên truyền phòng, chống bạo lực gia đình\nCông an xã\nCác thôn\nQuý III/2025\n")
    got = [ln.text for ln in normalize_text(text, "txt").lines]
    k = got.index("Rà soát, cập nhật hồ sơ hộ tịch tại bộ phận một cửa") + 1
    assert got[k:k + len(want)] == want
    # …and outside a table's row, a bullet opening with the half of a field is an item of its own
    prose = normalize_text("Các đơn vị phối hợp gồm:\nCông chức Văn hóa\n- Xã hội và các thôn.\n", "txt")
    assert "- Xã hội và các thôn." in [ln.text for ln in prose.lines]


# --- v29 h9: a "Quý" header cell keeps its column; the numeral under it is a group row's STT ----------------
def _h9_quarter_table(organ: str, place: str, quy: str, rows: list[tuple[str, str, str, str, str]],
                      groups: dict[str, tuple[str, str]]) -> str:
    lines = [organ, "Số: 12/KH-UBND", f"{place}, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
             "Thực hiện nhiệm vụ năm 2026", "I. NHIỆM VỤ CỤ THỂ",
             "STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", quy]
    for stt, text, lead, support, quarter in rows:
        if stt in groups:
            lines += list(groups[stt])
        lines += [stt, text, lead, support, quarter]
    lines += ["II. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai thực hiện."]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("organ, place, quy, rows, groups", [
    ("ỦY BAN NHÂN DÂN PHƯỜNG HÒA MINH", "Hòa Minh", "Quý",
     [("1", "Kiểm tra an toàn thực phẩm tại chợ", "Trạm Y tế phường", "Các khu phố", "II"),
      ("2", "Tuyên truyền phòng chống dịch bệnh", "Hội Phụ nữ phường", "Đoàn Thanh niên", "I"),
      ("3", "Tổng kết công tác năm", "UBND phường", "Các ban, ngành", "IV")],
     {"1": ("I", "Công tác kiểm tra"), "3": ("II", "Sơ kết, tổng kết")}),
    ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH", "Đức Linh", "QUÝ",
     [("1", "Khảo sát nhu cầu học nghề", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã", "III"),
      ("2", "Mở lớp đào tạo nghề nông thôn", "Trung tâm Giáo dục nghề nghiệp", "Hội Nông dân huyện", "III"),
      ("3", "Đánh giá kết quả đào tạo", "Phòng Lao động - Thương binh và Xã hội", "Các xã, thị trấn", "IV")],
     {"1": ("I", "Chuẩn bị"), "2": ("II", "Tổ chức đào tạo")}),
])
def test_h9v29_quarter_header_cell_keeps_its_column(organ, place, quy, rows, groups):
    from pipeline.extract import extract_bytes as _h9_extract
    text = _h9_quarter_table(organ, place, quy, rows, groups)
    assert quy in [ln.text for ln in normalize_text(text).lines]   # the header cell stays alone
    tasks = _h9_extract(text.encode(), "quy.txt").rows()["tasks"]
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}
    assert [(t["text"], t["quarter"], t["support_units"]) for t in tasks] == \
        [(text_, roman[q], [support]) for _, text_, _, support, q in rows]


@pytest.mark.parametrize("prev, nxt, want", [
    ("Quý", "I", False), ("QUÝ", "II.", False),                    # a header cell, a group's STT
    ("hoàn thành trong quý", "III năm 2026", True),               # prose: the quarter's numeral carried
    ("Báo cáo kết quả về UBND huyện trước Quý", "IV/2026", True),
    ("Quý", "II/2026", True),                                      # a timing cell wrapped in its column
])
def test_h9v29_quarter_numeral_after_a_lone_quy(prev, nxt, want):
    assert continues(prev, nxt, 80) is want


# ---- v29 h10: a GFM delimiter row needs one dash a cell, not three (":--|:--", "-|-"); a row of dashes
# further down a table is its cells ("| 2 | - | - |": nothing to report), not a delimiter
@pytest.mark.parametrize("table, rows", [
    ("| STT | Nội dung | Thời gian |\n|:--|:--|:-:|\n| 1 | Ra quân vệ sinh môi trường | Tháng 3 |\n",
     [["STT", "Nội dung", "Thời gian"], ["1", "Ra quân vệ sinh môi trường", "Tháng 3"]]),
    ("TT | Công việc | Đơn vị\n-|-|-\n1 | Kiểm tra an toàn thực phẩm | Trạm Y tế phường\n",
     [["TT", "Công việc", "Đơn vị"], ["1", "Kiểm tra an toàn thực phẩm", "Trạm Y tế phường"]]),
    ("| Tuần | Việc chính |\n| - | -: |\n| 1 | Khai giảng lớp bồi dưỡng |\n| 2 | - |\n| - | - |\n",
     [["Tuần", "Việc chính"], ["1", "Khai giảng lớp bồi dưỡng"], ["2", "-"], ["-", "-"]]),
])
def test_v29h10_short_delimiter_row_makes_a_table(table, rows):
    doc = normalize_text("KẾ HOẠCH\n\n" + table, "md")
    got = [doc.cell_texts(ln) for ln in doc.lines if ln.cells]
    assert got == rows


def test_v29h10_short_delimiter_row_is_no_task():
    from pipeline.extract import extract_bytes
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH\n\nSố: 22/KH-UBND\n\nHòa Khánh, ngày 03 tháng 3 năm 2026\n\n# KẾ HOẠCH\n\n"
            "Vệ sinh môi trường năm 2026\n\n## I. MỤC ĐÍCH\n\n1. Nâng cao ý thức.\n\n## II. NỘI DUNG\n\n"
            "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|:-|:--|:--|:-:|\n"
            "| 1 | Ra quân vệ sinh các tuyến phố | Đoàn Thanh niên phường | Tháng 3/2026 |\n"
            "| 2 | Kiểm tra các hộ kinh doanh | Trạm Y tế phường | Quý II/2026 |\n\n"
            "## III. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện.\n")
    plan = extract_bytes(text.encode(), "kh.md")
    assert [t.text for t in plan.tasks] == ["Ra quân vệ sinh các tuyến phố", "Kiểm tra các hộ kinh doanh"]


# ---- v29 h11: in a table printed a cell a line, a unit's cell closed on its level word stands apart from a
# content cell after it (its second word in small letters); a place name after the level word still goes on
@pytest.mark.parametrize("unit, content", [
    ("Trung tâm Chính trị huyện", "Lớp tập huấn nghiệp vụ công tác Đảng"),
    ("Đoàn Thanh niên trường", "Trại hè truyền thống ngày 26/3"),
    ("Ban Chỉ huy Quân sự phường", "Huấn luyện dân quân năm thứ nhất"),
    ("Trung tâm Y tế thành phố", "Khám sàng lọc cho người cao tuổi"),
])
def test_h11v29_unit_cell_ending_on_its_level_stands_apart(unit, content):
    from pipeline.normalize import next_cell
    assert next_cell(unit, content, len(unit)) is True
    text = ("HUYỆN ỦY TAM NÔNG\nSố: 15/KH-HU\nTam Nông, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\nII. NỘI DUNG\nTT\nĐơn vị thực hiện\nNội dung\nThời gian\n"
            f"1\n{unit}\n{content}\nQuý II/2025\n2\nPhòng Nội vụ\nTổng kết thi đua\nQuý IV/2025\n")
    lines = [ln.text for ln in normalize_text(text).lines]
    assert unit in lines and content in lines


@pytest.mark.parametrize("prev, nxt", [
    ("Trung tâm Văn hóa - Thể thao huyện", "Tam Nông"),
    ("Công an xã", "Hưng Đạo"),
    ("Phòng Giáo dục và Đào tạo thị xã", "Kỳ Anh và các trường"),
])
def test_h11v29_place_name_after_a_level_word_goes_on(prev, nxt):
    from pipeline.normalize import next_cell
    assert next_cell(prev, nxt, 40) is False


# ---- v30 h2: a delimiter row's patterns read a long run of spaces once: a line of 20,000 spaces with a "|" and a
# "-" (a text padded into columns, a bad export) is read in linear time, and delimiter rows still are
@pytest.mark.parametrize("line", [" " * 20000 + "x |-", "| " + " " * 20000 + "x -", "|--" + " " * 20000 + "y"])
def test_v30h2_delimiter_patterns_linear_on_a_run_of_spaces(line):
    import time

    from pipeline.ingest.text import PIPE_SEPARATOR, SHORT_PIPE_SEPARATOR
    normalize_text("KẾ HOẠCH\n\nSTT | Nội dung\n" + line.replace(" " * 20000, " ") + "\n", "md")   # (compiled first)
    t0 = time.perf_counter()
    assert PIPE_SEPARATOR.match(line) is None and SHORT_PIPE_SEPARATOR.match(line) is None
    doc = normalize_text("KẾ HOẠCH\n\nSTT | Nội dung\n" + line + "\n", "md")
    assert time.perf_counter() - t0 < 1.0   # (quadratic: tens of seconds)
    assert any("x" in ln.text or "y" in ln.text for ln in doc.lines)
    assert PIPE_SEPARATOR.match(" | :--- |  ---: | ") and SHORT_PIPE_SEPARATOR.match("  -| :-: |  ")


# ---- v30 h4: a date's year split after its century by a site's line filling ("ngày 16/7/20 21")
@pytest.mark.parametrize("line, joined", [
    ("Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ;",
     "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;"),
    ("Kế hoạch số 57/KH-UBND ngày 03/4/20 24 của UBND tỉnh Kon Tum", "Kế hoạch số 57/KH-UBND ngày 03/4/2024 của UBND tỉnh Kon Tum"),
    # (no "ngày", or a full year then a count: nothing to join)
    ("Tỷ lệ 16/7/20 21 hộ đạt chuẩn", "Tỷ lệ 16/7/20 21 hộ đạt chuẩn"),
    ("ngày 16/7/2021 21 hộ được hỗ trợ", "ngày 16/7/2021 21 hộ được hỗ trợ"),
])
def test_v30h4_split_year_of_a_date_joined(line, joined):
    assert normalize_text(line + "\n").text.split("\n")[0] == joined


# ---- v30 h8: a schedule by time printed a cell a line (LibreOffice's text export, a copied web page): a week or
# the hours opening each row, a grid's marks a cell a line; none of them the wrapped rest of the cell before
_H8_PROSE = ("1. Bảo đảm các hoạt động được tổ chức trang trọng, an toàn, tiết kiệm; phát huy vai trò của các cơ quan,"
             " đơn vị và sự tham gia tích cực của cán bộ, đảng viên và Nhân dân trên địa bàn trong suốt quá trình.\n")


def _h8v30_lines(body: str, prose: bool = True) -> list[str]:
    text = ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG KHƯƠNG\nSố: 27/KH-UBND\nMường Khương, ngày 06 tháng 02 năm 2026\nKẾ HOẠCH\n"
            "Tổ chức các hoạt động năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n" + (_H8_PROSE * 3 if prose else "")
            + "II. NỘI DUNG\n" + body + "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi.\n")
    return [ln.text for ln in normalize_text(text).lines]


@pytest.mark.parametrize("prose", [True, False])
@pytest.mark.parametrize("times", [
    ["7h30 – 8h00", "8h00 – 8h15", "8h15 – 9h30"],
    ["14 giờ - 14 giờ 30", "14 giờ 30 - 15 giờ", "15 giờ - 16 giờ 30"],
    ["Tuần 1 (từ 02/3 đến 08/3)", "Tuần 2 (từ 09/3 đến 15/3)", "Tuần 3 (từ 16/3 đến 22/3)"],
    ["Tuần thứ 2", "Tuần thứ 3", "Tuần thứ 4"],
])
def test_h8v30_a_schedule_by_time_keeps_its_cells_apart(times, prose):
    cells = [[times[0], "Đón tiếp đại biểu, ổn định tổ chức hội nghị tại hội trường lớn", "Văn phòng HĐND và UBND xã"],
             [times[1], "Báo cáo kết quả thực hiện chương trình mục tiêu quốc gia", "Công chức Tài chính - Kế toán"],
             [times[2], "Thảo luận, đóng góp ý kiến của đại biểu các thôn, bản", "Trưởng các thôn"]]
    body = "Thời gian\nNội dung\nĐơn vị thực hiện\n" + "".join(c + "\n" for row in cells for c in row)
    lines = _h8v30_lines(body, prose)
    assert all(c in lines for row in cells for c in row)


@pytest.mark.parametrize("prev, nxt, joined", [
    ("Hội nghị khai mạc vào lúc", "8h00 - 11h30", True),          # an hour a sentence awaits
    ("Lễ dâng hương được tổ chức từ", "7 giờ 30", True),
    ("Ban Tổ chức", "8h00 – 8h10", False),                       # after a closed cell, the next row's hours
    ("Công chức Văn hóa - Xã hội", "14h00", False),
])
def test_h8v30_hours_alone_go_on_only_an_open_phrase(prev, nxt, joined):
    assert continues(prev, nxt, 80.0) is joined


@pytest.mark.parametrize("mark", ["x", "X", "✓"])
def test_h8v30_grid_marks_a_cell_a_line_stay_cells(mark):
    # a timeline grid exported a cell a line: an empty line for each empty month, the marked ones alone
    body = ("STT\nNội dung\nĐơn vị thực hiện\n" + "".join(f"Th{m}\n" for m in range(1, 13))
            + f"1\nPhun thuốc diệt muỗi tại các thôn\nTrạm Y tế xã\n\n\n{mark}\n{mark}\n\n\n\n\n\n\n\n\n"
            + f"2\nKiểm tra vệ sinh an toàn thực phẩm tại chợ\nCông an xã\n{mark}\n\n\n\n\n{mark}\n\n\n\n\n\n{mark}\n")
    lines = _h8v30_lines(body)
    assert "Trạm Y tế xã" in lines and "Công an xã" in lines
    assert lines.count(mark) == 5


# ---- v30 h8: in a text that sets each paragraph on one line (LibreOffice's text export), a count opening a line
# after a short line closed on its word is a cell of its own (a result column's: "02 lớp tập huấn"), not a figure
# the line carried over; a text wrapped at a page's width, or a phrase left open, still carries it
_H8_LONG = ("1. Rà soát, đánh giá kết quả thực hiện các nhiệm vụ cải cách hành chính của năm trước; xác định rõ những"
            " hạn chế, nguyên nhân và đề ra giải pháp khắc phục phù hợp với tình hình thực tế của cơ quan, đơn vị.\n")


@pytest.mark.parametrize("content, count", [
    ("Tập huấn kỹ năng giao tiếp cho cán bộ bộ phận một cửa", "02 lớp tập huấn"),
    ("Khảo sát mức độ hài lòng của người dân", "300 phiếu khảo sát"),
    ("Số hóa kết quả giải quyết thủ tục hành chính", "100% hồ sơ được số hóa"),
])
def test_h8v30_a_counted_result_after_a_short_line_is_a_cell(content, count):
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HỘI PHÚ\nSố: 63/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n"
            + _H8_LONG * 4 + "II. NỘI DUNG\nSTT\nNhiệm vụ\nKết quả đầu ra\nĐơn vị chủ trì\nThời gian\n"
            f"1\n{content}\n{count}\nCông an phường\nTháng 4/2026\n")
    lines = [ln.text for ln in normalize_text(text).lines]
    assert content in lines and count in lines


@pytest.mark.parametrize("prev, nxt", [
    ("Phấn đấu đến hết năm 2026 đạt", "100% hồ sơ được số hóa"),     # a phrase left open
    ("Tổ chức tập huấn cho", "50 học viên là cán bộ các thôn"),
])
def test_h8v30_a_count_after_an_open_phrase_goes_on(prev, nxt):
    assert continues(prev, nxt, 200.0) is True


def test_h8v30_a_count_in_a_wrapped_text_goes_on():
    assert continues("Tập huấn kỹ năng giao tiếp cho cán bộ bộ phận một cửa", "02 lớp tập huấn", 90.0) is True
    assert continues("Tập huấn kỹ năng giao tiếp cho cán bộ bộ phận một cửa", "02 lớp tập huấn", 200.0) is False
