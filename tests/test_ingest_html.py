"""Web pages of a plan (pipeline.ingest.text.lines_from_html): the shapes a portal, a converter or Word's
"Save as HTML" give the same plan read as its text is (h2: the minimal HTML page of the mangled-text sweep)."""
from __future__ import annotations

import html

import pytest

from pipeline.extract import extract_bytes
from pipeline.ingest.text import lines_from_html


def _page(body: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Văn bản</title></head><body>"
            + body + "</body></html>").encode("utf-8")


def _ps(*lines: str) -> str:
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


BODY = ("Căn cứ Kế hoạch số 12-KH/HU ngày 10/01/2025 của Ban Thường vụ Huyện ủy;",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng sinh hoạt chi bộ.",
        "II. NHIỆM VỤ", "1. Tổ chức hội nghị quán triệt nghị quyết trong tháng 3/2025.",
        "2. Kiểm tra việc thực hiện nghị quyết tại các chi bộ trong quý III/2025.",
        "Nơi nhận:", "- Ban Thường vụ Huyện ủy (b/c);", "- Lưu VP.")


def _doc(data: bytes) -> dict:
    return extract_bytes(data, "x/page.html").rows()["documents"][0]


@pytest.mark.parametrize("issuer_lines, number, symbol, issuer", [
    (("ĐẢNG BỘ HUYỆN ĐẠI LỘC", "ĐẢNG ỦY XÃ ĐẠI HIỆP", "*"), "Số 45-KH/ĐU", "45-KH/ĐU", "Đảng ủy xã Đại Hiệp"),
    (("ĐẢNG BỘ TỈNH HÀ TĨNH", "HUYỆN ỦY HƯƠNG SƠN", "*"), "Số 05-CTr/HU", "05-CTr/HU", "Huyện ủy Hương Sơn"),
    (("ĐẢNG BỘ HUYỆN YÊN THẾ", "ỦY BAN KIỂM TRA", "*"), "Số: 05-KH/UBKTHU", "05-KH/UBKTHU", None),
])
def test_h2_party_header_as_paragraphs_keeps_a_number_printed_without_colon(issuer_lines, number, symbol, issuer):
    """A Party body's header copied column by column ("Số 45-KH/ĐU" has no colon), the motto and the
    date after the number: the lines above the number are the document's, not the page's."""
    place = issuer_lines[1].split(" ")[-1].title()
    data = _page(_ps(*issuer_lines, number, "ĐẢNG CỘNG SẢN VIỆT NAM", f"{place}, ngày 20 tháng 02 năm 2025",
                     "KẾ HOẠCH", "thực hiện nhiệm vụ năm 2025", *BODY, "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Hòa"))
    doc = _doc(data)
    assert doc["symbol"] == symbol
    assert str(doc["issued_date"])[:10] == "2025-02-20"
    if issuer:
        assert doc["issuer"] == issuer


@pytest.mark.parametrize("top, motto", [
    (("HUYỆN ĐOÀN TAM NÔNG",), "ĐOÀN TNCS HỒ CHÍ MINH"),
    (("ĐOÀN XÃ HÒA THUẬN",), "ĐOÀN TNCS HỒ CHÍ MINH"),
])
def test_h2_date_read_before_the_number_of_its_row_is_the_documents(top, motto):
    """The header's row "Số: … | X, ngày …" read cell by cell with the date first: the date is the
    document's (a site's date widget is followed by a motto, not straight by the number)."""
    data = _page(_ps(*top, motto, "BCH CHI ĐOÀN THÔN 3", "***", "Hòa Thuận, ngày 25 tháng 02 năm 2025",
                     "Số: 03-KH/CĐ", "KẾ HOẠCH", "Tổ chức Tháng Thanh niên năm 2025", *BODY,
                     "TM. BCH CHI ĐOÀN", "BÍ THƯ", "Nguyễn Thị Thu"))
    lines = [ln.text for ln in lines_from_html(data.decode())]
    assert lines[0] == top[0] and "Số: 03-KH/CĐ" in lines
    doc = _doc(data)
    assert str(doc["issued_date"])[:10] == "2025-02-25" and doc["symbol"] == "03-KH/CĐ"


def test_h2_a_site_date_widget_before_the_number_and_motto_is_still_cut():
    data = _page("<div class='topbar'><p>Tân Lập, ngày 24 tháng 3 năm 2025</p></div>"
                 + _ps("Số: 18/KH-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "Độc lập - Tự do - Hạnh phúc", "Tân Lập, ngày 02 tháng 3 năm 2025", "KẾ HOẠCH",
                       "Phòng cháy chữa cháy mùa khô năm 2025", *BODY, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Lâm"))
    assert str(_doc(data)["issued_date"])[:10] == "2025-03-02"


def test_h2_portal_box_paragraphs_keep_number_and_date_of_a_copy_without_header():
    data = _page(_ps("Số hiệu: 68/KH-SYT Loại văn bản: Kế hoạch", "Ngày ban hành: 03/03/2025 Người ký: Đinh Văn Hùng",
                     "KẾ HOẠCH", "Phòng, chống bệnh sốt xuất huyết năm 2025", *BODY, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                     "Đinh Văn Hùng"))
    doc = _doc(data)
    assert doc["symbol"] == "68/KH-SYT" and str(doc["issued_date"])[:10] == "2025-03-03"


def test_h2_bulleted_list_items_keep_their_dash():
    page = ("<p>Tháng 1:</p><ul><li>Tổ chức Hội nghị tổng kết năm 2024.</li><li>- Đã gạch đầu dòng.</li>"
            "<li>• Chấm tròn.</li></ul><ol><li>Mục một.</li></ol>")
    assert [ln.text for ln in lines_from_html(_page(page).decode())] == [
        "Tháng 1:", "- Tổ chức Hội nghị tổng kết năm 2024.", "- Đã gạch đầu dòng.", "• Chấm tròn.", "1. Mục một."]


def test_h2_preformatted_plan_is_read_as_its_text():
    text = ("UBND HUYỆN KIM SƠN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHÒNG Y TẾ                       Độc lập - Tự do - Hạnh phúc\n\n"
            "| TT | Nội dung | Đơn vị chủ trì |\n|----|----|----|\n| 1 | Tuyên truyền & vận động | Trạm Y tế |\n")
    lines = lines_from_html(_page("<div class='content'><pre>" + html.escape(text) + "</pre></div>").decode())
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert [c.strip() for c in rows[-1]] == ["1", "Tuyên truyền & vận động", "Trạm Y tế"]
    assert any("PHÒNG Y TẾ" in ln.text for ln in lines) and all("\n" not in ln.text for ln in lines)


@pytest.mark.parametrize("table", [
    ["+----+-----------------+-------------+", "| TT | Nội dung        | Chủ trì     |",
     "+====+=================+=============+", "| 1  | Ra quân dọn vệ  | Đoàn phường |", "|    | sinh bãi biển   |             |",
     "+----+-----------------+-------------+"],
    ["| TT | Nội dung | Chủ trì |", "|---|---|---|", "| 1 | Ra quân dọn vệ sinh bãi biển | Đoàn phường |"],
])
def test_h2_table_typed_as_text_in_a_paragraph_is_read_as_rows(table):
    """A Markdown converter that knows no grid tables prints the table's lines in a paragraph, a
    <br> each: they are the table's rows, as the text reader reads them."""
    page = "<p>II. NỘI DUNG</p><p>" + "<br>\n".join(html.escape(x) for x in table) + "</p><p>III. TỔ CHỨC</p>"
    lines = lines_from_html(_page(page).decode())
    rows = [[c.strip() for c in ln.cells] for ln in lines if ln.cells is not None]
    assert rows[0] == ["TT", "Nội dung", "Chủ trì"]
    assert rows[-1][0] == "1" and rows[-1][1].startswith("Ra quân dọn vệ") and rows[-1][1].endswith("bãi biển")
    assert lines[0].text == "II. NỘI DUNG" and lines[-1].text == "III. TỔ CHỨC"


def test_h2_word_save_as_html_and_portal_copy_read_alike():
    """The same plan as Word saves it (MsoNormal paragraphs in spans, the header a borderless table,
    the task table's cells holding paragraphs) and as a portal shows it (its menus and related posts
    around a content div, the header's columns one after the other)."""
    def msop(x: str, align: str = "justify") -> str:
        return (f"<p class=MsoNormal style='text-align:{align}'><span lang=VI style='font-size:14.0pt;"
                f"font-family:\"Times New Roman\"'>{html.escape(x)}<o:p></o:p></span></p>")
    left, right = ["ỦY BAN NHÂN DÂN", "XÃ YÊN PHÚ", "Số: 31/KH-UBND"], \
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Yên Phú, ngày 05 tháng 3 năm 2026"]
    rows = [["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Tuyên truyền phòng, chống dịch bệnh", "Trạm Y tế xã", "Quý II/2026"],
            ["2", "Phun hóa chất khử trùng chuồng trại", "Công chức Nông nghiệp xã", "Tháng 4/2026"]]
    closing = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Văn Phúc"]
    word = ("<div class=WordSection1><table class=MsoNormalTable border=0 style='border-collapse:collapse'><tr>"
            + "".join("<td width=300 valign=top>" + "".join(msop(x, "center") for x in col) + "</td>" for col in (left, right))
            + "</tr></table>" + msop("KẾ HOẠCH", "center") + msop("Phòng, chống dịch bệnh gia súc năm 2026", "center")
            + msop("I. NHIỆM VỤ") + "<table class=MsoTableGrid border=1 style='border:none'>"
            + "".join("<tr>" + "".join("<td style='border:solid windowtext 1.0pt'>" + msop(c, "center") + "</td>" for c in r)
                      + "</tr>" for r in rows) + "</table>" + msop("Nơi nhận:") + msop("- Lưu: VT.")
            + "".join(msop(x, "center") for x in closing) + "</div>")
    portal = ("<div class='menu'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/vb'>Văn bản</a></li></ul></div>"
              "<div class='content'>" + "".join(f'<p style="text-align:center"><strong>{x}</strong></p>' for x in left + right)
              + "<p><strong>KẾ HOẠCH</strong></p><p>Phòng, chống dịch bệnh gia súc năm 2026</p><p>I. NHIỆM VỤ</p>"
              + "<table class='table' border='1'><tbody>" + "".join(
                  "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
              + "<p>Nơi nhận:</p><p>- Lưu: VT.</p>" + "".join(f"<p><strong>{x}</strong></p>" for x in closing)
              + "</div><div class='related'><h3>Tin liên quan</h3><ul><li><a href='/a'>Hội nghị tổng kết năm 2025</a>"
              " (12/03/2026)</li></ul></div>")
    got = []
    for body in (word, portal):
        plan = extract_bytes(_page(body), "x/page.html")
        doc = plan.rows()["documents"][0]
        tasks = plan.rows()["tasks"]
        got.append((doc["symbol"], str(doc["issued_date"])[:10], doc["signer_name"],
                    [(t["text"], tuple(t["lead_units"]), t["timing_text"]) for t in tasks]))
    assert got[0] == got[1]
    assert got[0][:3] == ("31/KH-UBND", "2026-03-05", "Triệu Văn Phúc") and len(got[0][3]) == 2


def test_h2_a_long_title_paragraph_is_not_run_on_into_the_next_paragraph():
    """In a page that sets a paragraph in each <p>, a long trích yếu ran to no width: the next
    paragraph ("Thực hiện Kế hoạch số …") opens a paragraph of its own."""
    title = ("Thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với cuộc vận động “Toàn dân "
             "đoàn kết xây dựng nông thôn mới, đô thị văn minh” và xây dựng thị trấn Châu Hưng đạt chuẩn văn minh đô thị năm 2025")
    data = _page(_ps("ỦY BAN NHÂN DÂN", "THỊ TRẤN CHÂU HƯNG", "Số: 68/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Châu Hưng, ngày 14 tháng 3 năm 2025", "KẾ HOẠCH", title,
                     "Thực hiện Kế hoạch số 35/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Vĩnh Lợi về thực hiện "
                     "phong trào năm 2025, Ủy ban nhân dân thị trấn xây dựng Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
                     "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc, nâng cao chất lượng phong trào ở các khóm, ấp; "
                     "xây dựng nếp sống văn minh, gia đình văn hóa trên địa bàn thị trấn.", "II. NHIỆM VỤ",
                     "1. Tuyên truyền sâu rộng nội dung phong trào đến cán bộ, đảng viên và Nhân dân trên hệ thống "
                     "truyền thanh thị trấn; Công chức Văn hóa - Xã hội chủ trì; thời gian: Quý II/2025.",
                     "2. Tổ chức bình xét gia đình văn hóa, khóm, ấp văn hóa năm 2025 theo quy định; Ủy ban MTTQ "
                     "Việt Nam thị trấn chủ trì; hoàn thành trước ngày 15/12/2025.", "Nơi nhận:", "- Lưu: VT.",
                     "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Thu Hà"))
    assert _doc(data)["title"] == title


def test_h2_a_hard_wrapped_text_set_a_line_in_each_paragraph_still_joins_its_wraps():
    """A hard-wrapped text pasted a printed line to a <p>: the lines rejoin as in the text file."""
    lines = ["UBND XÃ HƯƠNG TRÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 09/KH-UBND", "KẾ HOẠCH",
             "Phòng, chống thiên tai năm 2026", "I. NHIỆM VỤ",
             "1. Rà soát các hộ dân sinh sống ven sông Hương, vùng trũng thấp có nguy cơ",
             "ngập lụt để chủ động di dời; hoàn thành trước ngày 30/8/2026.",
             "2. Kiểm tra, gia cố kênh mương nội đồng, các tuyến đê bao và cống tiêu úng",
             "Trước mùa mưa bão; thời gian: Quý III/2026.",
             "3. Tổ chức diễn tập phương án ứng phó bão lũ tại thôn Ba Hồ, thôn Tuần Lễ và thôn",
             "Hương Sơn; hoàn thành trong tháng 9/2026.",
             "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thành"]
    plan = extract_bytes(_page(_ps(*lines)), "x/page.html")
    texts = [t["text"] for t in plan.rows()["tasks"]]
    assert len(texts) == 3 and texts[0].endswith("hoàn thành trước ngày 30/8/2026.")


# ---- m8: review findings 1, 6, 7 (<ul> items typing their own marker, escapes in a page's text only,
# <br> in <pre>)

@pytest.mark.parametrize("items, lines", [
    (("I. MỤC ĐÍCH", "1. Nâng cao nhận thức của nhân dân.", "a) Tuyên truyền trên loa truyền thanh"),
     ["I. MỤC ĐÍCH", "1. Nâng cao nhận thức của nhân dân.", "a) Tuyên truyền trên loa truyền thanh"]),
    (("II.NỘI DUNG", "2) Ra quân tổng vệ sinh", "b. Hội Phụ nữ vận động hội viên"),
     ["II. NỘI DUNG", "2) Ra quân tổng vệ sinh", "b. Hội Phụ nữ vận động hội viên"]),
    (("1.2. Kiểm tra cơ sở kinh doanh", "Đoàn kiểm tra liên ngành huyện thực hiện.", "- Đã có gạch"),
     ["1.2. Kiểm tra cơ sở kinh doanh", "- Đoàn kiểm tra liên ngành huyện thực hiện.", "- Đã có gạch"]),
])
def test_m8_ul_items_typing_their_own_marker_get_no_bullet(items, lines):
    page = "<ul style='list-style:none'>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>"
    assert [ln.text for ln in lines_from_html(_page(page).decode())] == lines


def test_m8_plan_laid_out_in_a_ul_keeps_its_parts_and_tasks():
    head = _ps("ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Số: 31/KH-UBND", "Phú Thịnh, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
               "Ra quân làm sạch môi trường năm 2026")
    items = ("I. MỤC ĐÍCH, YÊU CẦU", "Huy động toàn dân tham gia giữ gìn vệ sinh môi trường.", "II. NỘI DUNG",
             "1. Đoàn Thanh niên xã ra quân thu gom rác thải dọc kênh Xáng trong tháng 4/2026.",
             "2. Hội Cựu chiến binh xã vận động hội viên trồng cây xanh trong quý II/2026.",
             "III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng - Thống kê xã theo dõi, tổng hợp kết quả.")
    tail = _ps("Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Văn Lộc")
    page = head + "<ul style='list-style:none'>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" + tail
    rows = extract_bytes(_page(page), "x/page.html").rows()
    assert {"I MỤC ĐÍCH, YÊU CẦU", "II NỘI DUNG", "III TỔ CHỨC THỰC HIỆN"} <= {
        f"{s['marker']} {s['heading']}" for s in rows["sections"]}
    assert len(rows["tasks"]) >= 2
    assert not any(t["text"].startswith("-") for t in rows["tasks"])


SCRIPT_JSON = ('<script>var d={"a":"x\\ny","b":"p\\nq","c":"\\u003c/script\\u003e\\u003cdiv\\u003eĐăng nhập | '
               'Liên hệ\\u003c/div\\u003e","e":"r\\ns"};</script>')


@pytest.mark.parametrize("lines", [
    ("ỦY BAN NHÂN DÂN XÃ AN BÌNH", "Số: 12/KH-UBND", "KẾ HOẠCH", "Tổ chức Tết trồng cây năm 2026", "I. MỤC ĐÍCH",
     "- Trồng 500 cây xanh."),
    ("Xã Tân Phước ra quân trồng cây đầu xuân", "Sáng 5/2, UBND xã Tân Phước tổ chức lễ phát động.",
     "- Trồng 1.200 cây sao, dầu dọc các tuyến đường liên ấp."),
])
def test_m8_escapes_in_a_script_make_no_markup(lines):
    """Escaped breaks in an inline script's JSON (a minified page) do not unescape the page: its
    "\\u003c/script\\u003e" closes nothing and no script text becomes a line, header or none."""
    from pipeline.ingest.text import read_text
    body = _ps(*lines)
    for page in ("<html><head>" + SCRIPT_JSON + "</head><body>" + body + "</body></html>",
                 "<html><body>" + SCRIPT_JSON + body + SCRIPT_JSON + "</body></html>"):
        assert [ln.text for ln in read_text(page.encode("utf-8"), "html").lines] == list(lines)


def test_m8_a_page_whose_text_is_escaped_still_breaks_its_lines():
    """A page whose text was pasted from a JSON field: its text's escapes are read, its script's are not."""
    from pipeline.ingest.text import read_text
    text = ("UBND HUYỆN CẦU KÈ\\r\\nSố: 08/KH-UBND\\r\\nC\\u1ea7u K\\u00e8, ngày 2 tháng 4 năm 2026\\r\\n"
            "KẾ HOẠCH\\r\\nPhòng chống dịch bệnh trên gia súc\\r\\nI. MỤC ĐÍCH")
    page = "<html><head>" + SCRIPT_JSON + "</head><body><pre>" + text + "</pre></body></html>"
    texts = [ln.text for ln in read_text(page.encode("utf-8"), "html").lines if ln.text.strip()]
    assert texts == ["UBND HUYỆN CẦU KÈ", "Số: 08/KH-UBND", "Cầu Kè, ngày 2 tháng 4 năm 2026", "KẾ HOẠCH",
                     "Phòng chống dịch bệnh trên gia súc", "I. MỤC ĐÍCH"]


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<BR />"])
def test_m8_br_inside_pre_breaks_the_line(br):
    page = f"<pre>Dòng một{br}Dòng hai{br}Dòng ba</pre><p>Sau đó</p>"
    assert [ln.text for ln in lines_from_html(_page(page).decode())] == ["Dòng một", "Dòng hai", "Dòng ba", "Sau đó"]


def test_m8_pre_inside_a_cell_adds_no_empty_line():
    page = ("<p>Phụ lục</p><table border='1'><tr><td>TT</td><td>Nội dung</td></tr>"
            "<tr><td>1</td><td><pre>Tập huấn cán bộ thôn, ấp</pre></td></tr></table>")
    lines = lines_from_html(_page(page).decode())
    assert [ln.text for ln in lines] == ["Phụ lục", "TT Nội dung", "1 Tập huấn cán bộ thôn, ấp"]
    assert lines[-1].cells == ["1", "Tập huấn cán bộ thôn, ấp"]


# ---- h3 (v28): the page's furniture told by its class or id names (chrome_name, memoized), an
# element without attributes read as one with none
@pytest.mark.parametrize("value, chrome", [
    ("main-menu", True), ("breadcrumbs", True), ("relatedDocs", True), ("box_tinkhac", True),
    ("tin-lien-quan", True), ("tinLienQuan", True), ("footer-wrap", True), ("binh_luan", True),
    ("noi-dung", False), ("content-detail", False), ("vanban", False), ("menuitem-text", False),
])
def test_h3_chrome_name(value, chrome):
    from pipeline.ingest.text import chrome_name
    assert chrome_name(value) is chrome


def test_h3_furniture_dropped_and_plain_elements_read():
    page = ("<html><body><div class='main-menu'><p>Trang chủ</p><p>Văn bản</p></div>"
            "<div id='noi-dung'><p>KẾ HOẠCH</p><p>Tổ chức Tết Trồng cây năm 2026</p>"
            "<table><tr><td>1</td><td>Trồng cây</td></tr><tr><td>2</td><td>Chăm sóc</td></tr></table></div>"
            "<div class='box_tinkhac'><p>Tin khác</p></div><aside><p>Liên kết</p></aside></body></html>")
    lines = lines_from_html(page)
    texts = [ln.text for ln in lines]
    assert "KẾ HOẠCH" in texts and "Tổ chức Tết Trồng cây năm 2026" in texts
    assert not any(t in texts for t in ("Trang chủ", "Văn bản", "Tin khác", "Liên kết"))
    assert [ln.cells for ln in lines if ln.cells] == [["1", "Trồng cây"], ["2", "Chăm sóc"]]
