"""The heading tree: composed plans in, (level, marker, heading, kind) out."""
import pytest

from extractors.sections import build_outline, classify, match_heading
from pipeline.normalize import normalize_text


@pytest.mark.parametrize("line, expected", [
    ("I. MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("II - NHIỆM VỤ TRỌNG TÂM", (1, "II", "NHIỆM VỤ TRỌNG TÂM")),
    ("III TỔ CHỨC THỰC HIỆN", (1, "III", "TỔ CHỨC THỰC HIỆN")),
    ("IV. Kinh phí thực hiện", (1, "IV", "Kinh phí thực hiện")),
    ("PHẦN II. NỘI DUNG KẾ HOẠCH", (1, "II", "NỘI DUNG KẾ HOẠCH")),
    ("PHỤ LỤC 2", (1, "PHỤ LỤC 2", "")),
    ("PHỤ LỤC II: DANH MỤC NHIỆM VỤ NĂM 2026", (1, "PHỤ LỤC II", "DANH MỤC NHIỆM VỤ NĂM 2026")),
    ("Phụ lục 1", (1, "PHỤ LỤC 1", "")),
    # typed in small letters, the caption is the word alone or with a title in capitals
    ("Phụ lục", (1, "PHỤ LỤC", "")),
    ("Phụ lục:", (1, "PHỤ LỤC", "")),
    ("Phụ lục: DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", (1, "PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM")),
    # … or after a colon, a title in sentence case
    ("Phụ lục: Danh mục nhiệm vụ cải cách hành chính năm 2026",
     (1, "PHỤ LỤC", "Danh mục nhiệm vụ cải cách hành chính năm 2026")),
    ("Phụ Lục: Kế hoạch chi tiết các hoạt động", (1, "PHỤ LỤC", "Kế hoạch chi tiết các hoạt động")),
    ("1. Mục đích", (2, "1", "Mục đích")),
    ("2) Tuyên truyền vận động", (2, "2", "Tuyên truyền vận động")),
    ("3 Công tác bầu cử", (2, "3", "Công tác bầu cử")),
    ("1.2. Rà soát hộ nghèo", (3, "1.2", "Rà soát hộ nghèo")),
    ("2.3 Kiểm tra giám sát", (3, "2.3", "Kiểm tra giám sát")),
    ("1.2.1. Khảo sát", (4, "1.2.1", "Khảo sát")),
    ("a) Phòng Y tế chủ trì", (4, "a", "Phòng Y tế chủ trì")),
    ("đ) Công an xã", (4, "đ", "Công an xã")),
    ("(3) Tập huấn cán bộ", (5, "3", "Tập huấn cán bộ")),
    # Party documents number items "1-", parts "I-"
    ("1- Mục đích", (2, "1", "Mục đích")),
    ("3- Tăng cường kiểm tra, giám sát việc chấp hành Điều lệ Đảng",
     (2, "3", "Tăng cường kiểm tra, giám sát việc chấp hành Điều lệ Đảng")),
    ("2 - Công tác phát triển đảng viên", (2, "2", "Công tác phát triển đảng viên")),
    ("4– Đảng ủy các xã, thị trấn", (2, "4", "Đảng ủy các xã, thị trấn")),
    # an item that opens with the share or count it commits to
    ("2. 100% hồ sơ thủ tục hành chính được số hóa", (2, "2", "100% hồ sơ thủ tục hành chính được số hóa")),
    ("3. 05 xã hoàn thành xây dựng mô hình xã thông minh", (2, "3", "05 xã hoàn thành xây dựng mô hình xã thông minh")),
    ("1) 98,5% người dân tham gia bảo hiểm y tế", (2, "1", "98,5% người dân tham gia bảo hiểm y tế")),
    ("4. 01 lớp tập huấn cho cán bộ thôn", (2, "4", "01 lớp tập huấn cho cán bộ thôn")),
])
def test_match_heading(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "I Quý I",                      # a quarter group row of a task table
    "QUÝ II",
    "135 năm ngày sinh của Bác",     # a figure, not a marker
    "2025 là năm có nhiều sự kiện",
    "(Phụ lục 1 - Tiến độ thực hiện)",  # a pointer to an appendix, not the appendix
    # a sentence opening with the word, or ending with it on a line a PDF wrapped
    "Phụ lục kèm theo Kế hoạch này là bộ phận không tách rời.",
    "Phụ lục các nhiệm vụ cụ thể gửi kèm",
    "Phụ lục.",
    "Phụ lục;",
    # a sentence a PDF wrapped before the word: it points to the appendix, or stops
    "Phụ lục: Danh mục nhiệm vụ kèm theo Kế hoạch này",
    "Phụ lục: Danh mục nhiệm vụ của các cơ quan, đơn vị.",
    "Phụ lục: chi tiết các nhiệm vụ",
    "- Văn phòng UBND xã;",
    "Vì người nghèo",
    # a wrapped line that opens with a Party symbol, a range or a dash date is no "1-" item
    "06-NQ/TW ngày 24/01/2022 của Bộ Chính trị",
    "21-KH/ĐU ngày 10/3/2025 của Đảng ủy xã",
    "15 - 19/5/2025 tổ chức các hoạt động",
    "1-2 lần/năm",
    "30-6-2024.",
    # a digit after the marker that is no share or count before a word: a date, a year, a range
    "1. 5/2025 hoàn thành",
    "12. 2024 là năm bản lề",
    "2 - 3 lần/năm",
    "3. 15/3 tổ chức lễ ra quân",
])
def test_not_headings(line):
    assert match_heading(line) is None


@pytest.mark.parametrize("heading, kind", [
    ("MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"),
    ("MỤC TIÊU", "purpose"),
    ("Yêu cầu", "requirements"),
    ("NỘI DUNG, THỜI GIAN THỰC HIỆN", "content"),
    ("NHIỆM VỤ TRỌNG TÂM", "content"),
    ("NHIỆM VỤ VÀ GIẢI PHÁP", "content"),
    ("CÁC GIẢI PHÁP CHỦ YẾU", "solutions"),
    ("TỔ CHỨC THỰC HIỆN", "organization"),
    ("PHÂN CÔNG TRÁCH NHIỆM", "organization"),
    # named for its tasks first, their assignment second: the task table's part
    ("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "content"),
    ("NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", "content"),
    ("Nội dung công việc và phân công nhiệm vụ", "content"),
    ("CÁC NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN", "content"),
    # … but assignment first, or the organization part by name, stays organization
    ("PHÂN CÔNG NHIỆM VỤ", "organization"),
    ("PHÂN CÔNG THỰC HIỆN NHIỆM VỤ", "organization"),
    ("NHIỆM VỤ, PHÂN CÔNG VÀ TỔ CHỨC THỰC HIỆN", "organization"),
    ("KINH PHÍ THỰC HIỆN", "other"),
    ("ĐỐI TƯỢNG, PHẠM VI", "other"),
    # an event's programme: its steps are what is done
    ("CHƯƠNG TRÌNH HỘI NGHỊ", "content"),
    ("Chương trình buổi lễ", "content"),
    ("CHƯƠNG TRÌNH ĐẠI HỘI", "content"),
    ("Chương trình Lễ kỷ niệm", "content"),
    # … not the programme a plan carries out, nor the guests of the event
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "other"),
    ("THÀNH PHẦN THAM DỰ HỘI NGHỊ", "other"),
    # a look back at what was done is no work to do, whatever it names; what is still to do is
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "other"),
    ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "other"),
    ("Tình hình triển khai các nội dung của Kế hoạch", "other"),
    ("KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN NĂM 2024", "other"),
    ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "content"),
    ("NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN CẦN ĐẠT", "content"),
    ("NỘI DUNG, KẾT QUẢ CẦN ĐẠT", "content"),
    # a weekly or monthly plan's schedule of work
    ("LỊCH CÔNG TÁC CỤ THỂ", "content"),
    ("Lịch làm việc trong tuần", "content"),
    ("LỊCH HOẠT ĐỘNG THÁNG 3", "content"),
    # … not a duty roster, nor the dates of an inspection visit
    ("LỊCH TRỰC TẾT", "other"),
    ("THỜI GIAN, LỊCH KIỂM TRA", "other"),
])
def test_kind_by_meaning(heading, kind):
    assert classify(heading) == kind


POPULATION_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ PLEIKU
Số: 45/KH-UBND
Pleiku, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện công tác dân số năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh Gia Lai;
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng dân số.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác truyền thông
1.1. Tổ chức chiến dịch truyền thông lồng ghép.
1.2. Tập huấn cho cộng tác viên dân số.
2. Công tác dịch vụ
a) Cung cấp dịch vụ kế hoạch hóa gia đình.
b) Tầm soát trước sinh.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Y tế thành phố chủ trì triển khai.
2. Phòng Văn hóa và Thông tin phối hợp tuyên truyền.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
PHỤ LỤC 1
DANH MỤC CHỈ TIÊU DÂN SỐ
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026)
I. Chỉ tiêu về quy mô
"""


def test_outline_of_a_city_population_plan():
    doc = normalize_text(POPULATION_PLAN)
    nodes = build_outline(doc, set())
    top = [(n.section.marker, n.section.heading, n.kind) for n in nodes if n.section.level == 1]
    assert top == [("I", "MỤC TIÊU", "purpose"), ("II", "NHIỆM VỤ VÀ GIẢI PHÁP", "content"),
                   ("II", "TỔ CHỨC THỰC HIỆN", "organization"),
                   ("PHỤ LỤC 1", "DANH MỤC CHỈ TIÊU DÂN SỐ", "appendix")]
    by_marker = {(n.section.level, n.section.marker): n for n in nodes}
    # the repeated "II." starts a new part instead of nesting under the first one
    org = [n for n in nodes if n.kind == "organization" and n.section.level == 1][0]
    assert org.section.parent_id is None
    assert [c.section.marker for c in org.children] == ["1", "2"]
    assert by_marker[(3, "1.2")].parent.section.marker == "1"
    assert by_marker[(4, "b")].parent.title == "Công tác dịch vụ"
    # the appendix's Roman part nests under the appendix, it is not a part of the body
    assert by_marker[(2, "I")].parent.section.marker == "PHỤ LỤC 1"
    # preamble numbers and the recipients block are outside every section
    assert all("Lưu" not in doc.lines[i].text for n in nodes for i in n.body)
    ids = [n.section.section_id for n in nodes]
    assert ids == list(range(len(nodes)))


def test_section_spans_cover_their_text():
    doc = normalize_text(POPULATION_PLAN)
    nodes = build_outline(doc, set())
    part2 = [n for n in nodes if n.section.heading == "NHIỆM VỤ VÀ GIẢI PHÁP"][0]
    span = doc.text[part2.section.char_start:part2.section.char_end]
    assert span.startswith("II. NHIỆM VỤ VÀ GIẢI PHÁP") and span.endswith("Tầm soát trước sinh.")


def test_items_before_part_one_are_preamble():
    doc = normalize_text("KẾ HOẠCH\nBầu cử\n1. Căn cứ Luật Bầu cử\nI. MỤC ĐÍCH\n1. Bảo đảm dân chủ\n")
    nodes = build_outline(doc, set())
    assert [(n.section.level, n.section.marker) for n in nodes] == [(1, "I"), (2, "1")]


def test_signature_block_closes_the_body_without_a_recipients_list():
    text = ("KẾ HOẠCH\nNạo vét kênh mương năm 2026\nI. NỘI DUNG\n1. Nạo vét kênh N2 trước ngày 30/4/2026.\n"
            "2. Gia cố bờ kênh N3.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLăng Thị Mai\n")
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert [doc.lines[i].text for i in last.body] == []
    assert doc.text[last.section.char_start:last.section.char_end] == "2. Gia cố bờ kênh N3."


# The recipients and the signer side by side in tab-separated columns read as a table of two
# rows: the closing all the same, whichever column comes first.
@pytest.mark.parametrize("closing", [
    "\tT/M BAN THƯỜNG VỤ\nNơi nhận:\tPHÓ BÍ THƯ\n- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Đảng ủy.\tNguyễn Minh Tâm\n",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như Mục III;\tCHỦ TỊCH\n- Lưu: VT.\tHà Văn Bình\n",
    "\tKT. GIÁM ĐỐC\n\tPHÓ GIÁM ĐỐC\nNơi nhận:\n- Sở Tư pháp;\n- Lưu: VT.\n",
], ids=["party, signer first", "recipients first", "signer in the right column"])
def test_a_closing_laid_out_as_a_table_ends_the_body(closing):
    text = ("KẾ HOẠCH\nTuyên truyền pháp luật năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, đôn đốc.\n"
            "2. Các chi bộ trực thuộc tổ chức quán triệt.\n" + closing)
    doc = normalize_text(text)
    rows = {ln.index for ln in doc.lines if ln.is_row}
    assert rows
    nodes = build_outline(doc, rows)
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert last.body == []
    assert doc.text[last.section.char_start:last.section.char_end] == "2. Các chi bộ trực thuộc tổ chức quán triệt."


# A Party body signs with a slash ("K/T TRƯỞNG BAN", "T/L BAN THƯỜNG VỤ", "T/M ĐẢNG ỦY"): the last
# item of Tổ chức thực hiện ends there, as at "KT." / "TL.".
@pytest.mark.parametrize("closing", [
    "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGiàng Seo Vần\n",
    "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nNguyễn Văn Hùng\n",
    "K/T BÍ THƯ\nPHÓ BÍ THƯ\nLò Thị Hoa\nNơi nhận:\n- Lưu Văn phòng.\n",
    "T/M ĐẢNG ỦY\nBÍ THƯ\nMa Văn Thắng\n",
])
def test_a_party_authority_with_a_slash_ends_the_body(closing):
    text = ("KẾ HOẠCH\nCông tác dân vận năm 2026\nIII- TỔ CHỨC THỰC HIỆN\n1- Các phòng thuộc Ban thực hiện.\n"
            "2- Văn phòng Ban theo dõi, tổng hợp kết quả.\n" + closing)
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert last.body == []
    assert doc.text[last.section.char_start:last.section.char_end] == "2- Văn phòng Ban theo dõi, tổng hợp kết quả."


@pytest.mark.parametrize("line", [
    "K/TBXH tổng hợp danh sách hộ nghèo.",      # letters glued after the slash: a code, no authority
    "Kt/Tổ trưởng tổ dân phố báo cáo.",
    "T/Ma Văn Thắng",
])
def test_text_opening_like_a_slashed_authority_does_not_end_the_body(line):
    text = ("KẾ HOẠCH\nCông tác dân vận năm 2026\nIII- TỔ CHỨC THỰC HIỆN\n1- Văn phòng Ban theo dõi.\n" + line + "\n")
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "1"][0]
    assert [doc.lines[i].text for i in last.body] == [line]


# A head signing in their own name ("GIÁM ĐỐC", "HIỆU TRƯỞNG", "ĐỒN TRƯỞNG") set before "Nơi nhận":
# the title, with the signature under it, ends the last item as "TM." does.
@pytest.mark.parametrize("closing", [
    "HIỆU TRƯỞNG\n(Đã ký)\nThào Seo Lử\nNơi nhận:\n- UBND xã (b/c);\n- Lưu VT.\n",
    "GIÁM ĐỐC\nLò Văn Thanh\nNơi nhận:\n- Sở Y tế;\n",
    "PHÓ CHÁNH VĂN PHÒNG\nNơi nhận:\n- Như trên;\n",
    "ĐỒN TRƯỞNG\n(Ký, ghi rõ họ tên)\n",
])
def test_a_bare_signer_title_before_its_signature_ends_the_body(closing):
    text = ("KẾ HOẠCH\nCông tác bán trú năm học 2025 - 2026\nII. TỔ CHỨC THỰC HIỆN\n1. Tổ bán trú thực hiện.\n"
            "2. Văn phòng theo dõi, tổng hợp kết quả.\n" + closing)
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert last.body == []


@pytest.mark.parametrize("line, after", [
    ("GIÁM ĐỐC", "Sở Y tế chủ trì, phối hợp với các đơn vị thực hiện."),   # no signature under it
    ("Giám đốc", "Nguyễn Văn An"),                                           # not in capitals
    ("GIÁM ĐỐC SỞ Y TẾ CHỈ ĐẠO", "Nguyễn Văn An"),                          # more than a title
])
def test_a_title_without_its_signature_under_it_stays_in_the_body(line, after):
    text = ("KẾ HOẠCH\nCông tác bán trú năm học 2025 - 2026\nII. TỔ CHỨC THỰC HIỆN\n1. Tổ bán trú thực hiện.\n"
            f"2. Văn phòng theo dõi, tổng hợp kết quả.\n{line}\n{after}\n")
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert [doc.lines[i].text for i in last.body] == [line, after]


def test_a_table_under_the_last_item_stays_in_its_body():
    text = ("KẾ HOẠCH\nTuyên truyền pháp luật năm 2026\nI. NỘI DUNG\n1. Tổ chức hội nghị theo lịch:\n"
            "Thời gian\tNội dung\nTháng 3/2026\tQuán triệt Nghị quyết\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n")
    doc = normalize_text(text)
    rows = {ln.index for ln in doc.lines if ln.is_row}
    nodes = build_outline(doc, rows)
    item = [n for n in nodes if n.section.marker == "1"][0]
    assert [doc.lines[i].text for i in item.body] == ["Thời gian Nội dung", "Tháng 3/2026 Quán triệt Nghị quyết"]


PARTY_PLAN = """ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY CẨM XUYÊN
*
Số 112-KH/HU
KẾ HOẠCH
thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp
I- MỤC ĐÍCH, YÊU CẦU
1- Mục đích
- Lãnh đạo tổ chức thành công đại hội đảng bộ các cấp
2- Yêu cầu
- Bảo đảm dân chủ, đúng quy định
II- NHIỆM VỤ, GIẢI PHÁP
1- Xây dựng văn kiện đại hội bảo đảm chất lượng
2- Chuẩn bị nhân sự cấp ủy theo Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương
3- Tổ chức đại hội điểm ở Đảng bộ xã Cẩm Bình
III- TỔ CHỨC THỰC HIỆN
1- Ban Tổ chức Huyện ủy theo dõi, đôn đốc
2- Văn phòng Huyện ủy bảo đảm điều kiện
T/M BAN THƯỜNG VỤ
BÍ THƯ
"""


def test_outline_of_a_party_plan_numbered_with_dashes():
    doc = normalize_text(PARTY_PLAN)
    nodes = build_outline(doc, set())
    outline = [(n.section.level, n.section.marker, n.kind) for n in nodes]
    assert outline == [
        (1, "I", "purpose_requirements"), (2, "1", "purpose"), (2, "2", "requirements"),
        (1, "II", "content"), (2, "1", "content"), (2, "2", "content"), (2, "3", "content"),
        (1, "III", "organization"), (2, "1", "organization"), (2, "2", "organization")]
    assert nodes[5].title == "Chuẩn bị nhân sự cấp ủy theo Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương"


@pytest.mark.parametrize("appendix, title", [
    # a title in capitals that the PDF wrapped goes on over the next capital line
    ("PHỤ LỤC: DANH MỤC NHIỆM VỤ ỨNG DỤNG CÔNG NGHỆ THÔNG\nTIN VÀ CHUYỂN ĐỔI SỐ NĂM 2025\n"
     "(Kèm theo Kế hoạch số 1234/KH-SGDĐT ngày 20/5/2025)\n",
     "DANH MỤC NHIỆM VỤ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN VÀ CHUYỂN ĐỔI SỐ NĂM 2025"),
    ("PHỤ LỤC II. TIẾN ĐỘ THỰC HIỆN CÁC CÔNG TRÌNH GIAO THÔNG NÔNG\nTHÔN TRÊN ĐỊA BÀN HUYỆN MƯỜNG TÈ\n",
     "TIẾN ĐỘ THỰC HIỆN CÁC CÔNG TRÌNH GIAO THÔNG NÔNG THÔN TRÊN ĐỊA BÀN HUYỆN MƯỜNG TÈ"),
    ("PHỤ LỤC 2\nDANH MỤC CÁC CÔNG TRÌNH\nTRỌNG ĐIỂM NĂM 2026\n(Kèm theo Kế hoạch)\n",
     "DANH MỤC CÁC CÔNG TRÌNH TRỌNG ĐIỂM NĂM 2026"),
    # but not over a table's header row, a heading, or a title in mixed case
    ("PHỤ LỤC 1: DANH MỤC CÔNG TRÌNH\nSTT TÊN CÔNG TRÌNH ĐỊA ĐIỂM\n", "DANH MỤC CÔNG TRÌNH"),
    ("PHỤ LỤC I: CHỈ TIÊU NĂM 2025\nI. CHỈ TIÊU KINH TẾ\n", "CHỈ TIÊU NĂM 2025"),
    ("Phụ lục 1: Tiến độ thực hiện\nTIẾN ĐỘ CHUNG\n", "Tiến độ thực hiện"),
    # the word alone in small letters (Word's bold "Phụ lục" over the title in capitals)
    ("Phụ lục\nDANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NĂM 2025\n"
     "(Kèm theo Kế hoạch số 1085/KH-UBND ngày 28/3/2025 của UBND tỉnh Bình Thuận)\n",
     "DANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NĂM 2025"),
    ("Phụ lục\nKẾ HOẠCH TUYÊN TRUYỀN NĂM 2026\n(Kèm theo Kế hoạch số 12/KH-UBND)\n",
     "KẾ HOẠCH TUYÊN TRUYỀN NĂM 2026"),
])
def test_appendix_title(appendix, title):
    doc = normalize_text("KẾ HOẠCH\nI. NỘI DUNG\n1. Rà soát hộ nghèo.\n" + appendix)
    nodes = build_outline(doc, set())
    assert [n.section.heading for n in nodes if n.section.level == 1] == ["NỘI DUNG", title]


@pytest.mark.parametrize("part, kind", [
    # a part that only says when the whole plan runs is context, whatever its wording
    ("III. THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến hết tháng 12/2025.", "other"),
    ("III. THỜI GIAN THỰC HIỆN\nTrong năm 2026.", "other"),
    ("III. THỜI GIAN TRIỂN KHAI: từ ngày 01/6 đến ngày 30/6/2025", "other"),
    # … but a part that holds a schedule of items, or that also names the work, is content
    ("III. THỜI GIAN THỰC HIỆN\n1. Tháng 3/2025: xây dựng kế hoạch.\n2. Tháng 4/2025: tổ chức tập huấn.", "content"),
    ("III. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\nCác nội dung triển khai trong năm.", "content"),
    ("III. THỜI GIAN, TIẾN ĐỘ THỰC HIỆN\nTheo kế hoạch của huyện.", "content"),
])
def test_a_part_saying_only_when_the_plan_runs_is_context(part, kind):
    text = ("KẾ HOẠCH\nPhòng, chống ma túy năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\n"
            "II. NỘI DUNG\n1. Tuyên truyền trên loa truyền thanh xã.\n" + part + "\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Công an xã theo dõi.\n")
    nodes = build_outline(normalize_text(text), set())
    top = {n.section.marker: n.kind for n in nodes if n.section.level == 1}
    assert top == {"I": "purpose_requirements", "II": "content", "III": kind, "IV": "organization"}


@pytest.mark.parametrize("line, expected", [
    # parts lettered instead of numbered (a department's plan: "A. … Đ. …")
    ("A. MỤC ĐÍCH, YÊU CẦU", (1, "A", "MỤC ĐÍCH, YÊU CẦU")),
    ("B) NHIỆM VỤ TRỌNG TÂM", (1, "B", "NHIỆM VỤ TRỌNG TÂM")),
    ("Đ. TỔ CHỨC THỰC HIỆN", (1, "Đ", "TỔ CHỨC THỰC HIỆN")),
    ("G. KINH PHÍ", (1, "G", "KINH PHÍ")),
    # parts named "Phần", in capitals or not, numbered or with an ordinal word
    ("Phần I. MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("Phần II: Nhiệm vụ và giải pháp", (1, "II", "Nhiệm vụ và giải pháp")),
    ("PHẦN THỨ HAI: NHIỆM VỤ NĂM 2026", (1, "II", "NHIỆM VỤ NĂM 2026")),
    ("Phần thứ ba - Tổ chức thực hiện", (1, "III", "Tổ chức thực hiện")),
    ("PHẦN III TỔ CHỨC THỰC HIỆN", (1, "III", "TỔ CHỨC THỰC HIỆN")),
    # the marker alone: the heading is the next line (build_outline)
    ("Phần I", (1, "I", "")),
    ("PHẦN THỨ NHẤT", (1, "I", "")),
    # Party documents letter their parts with a dash
    ("A- MỤC ĐÍCH, YÊU CẦU", (1, "A", "MỤC ĐÍCH, YÊU CẦU")),
    ("B - NHIỆM VỤ TRỌNG TÂM", (1, "B", "NHIỆM VỤ TRỌNG TÂM")),
    ("C – TỔ CHỨC THỰC HIỆN", (1, "C", "TỔ CHỨC THỰC HIỆN")),
    # parts numbered in figures are the same parts as in Roman numerals
    ("Phần 1. MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("PHẦN 2: NHIỆM VỤ, GIẢI PHÁP", (1, "II", "NHIỆM VỤ, GIẢI PHÁP")),
    ("Phần thứ 3 - Tổ chức thực hiện", (1, "III", "Tổ chức thực hiện")),
    ("PHẦN 4", (1, "IV", "")),
])
def test_match_heading_of_lettered_and_named_parts(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "A. Nguyễn Văn Bình, Phó Chủ tịch UBND xã",   # a letter before text in mixed case
    "C. Kiểm tra việc thực hiện",
    "F. DỰ PHÒNG",                                  # no F in the Vietnamese alphabet
    "Phần II của Kế hoạch này quy định",            # a running sentence
    "Phần lớn các hộ dân đã đăng ký",
    "Phần năm 2025 còn lại",                        # an ordinal word needs its "thứ"
    "A-Z",                                          # a dash glued to its word is a hyphen
    "B-52 XÃ VÙNG CAO",
    "C - Các xã vùng cao thực hiện",                # a dash before text in mixed case
    "Phần 2 của Kế hoạch này quy định chi tiết",    # a figure in a running sentence
    "Phần 13. CÁC NỘI DUNG KHÁC",                   # no plan has thirteen parts
    "phần 1 nội dung cần thực hiện",
])
def test_not_lettered_or_named_parts(line):
    assert match_heading(line) is None


LETTERED_PLAN = """KẾ HOẠCH
Phát triển du lịch năm 2025
Căn cứ Luật Du lịch ngày 19/6/2017;
A. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Quảng bá điểm đến.
2. Yêu cầu
- Tiết kiệm, hiệu quả.
B. NHIỆM VỤ
1. Tổ chức Tuần Văn hóa - Du lịch.
2. Tham gia hội chợ du lịch.
C. KINH PHÍ
Từ ngân sách tỉnh.
D. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý du lịch theo dõi.
"""


def test_outline_of_a_plan_with_lettered_parts():
    nodes = build_outline(normalize_text(LETTERED_PLAN), set())
    assert [(n.section.level, n.section.marker, n.kind) for n in nodes] == [
        (1, "A", "purpose_requirements"), (2, "1", "purpose"), (2, "2", "requirements"),
        (1, "B", "content"), (2, "1", "content"), (2, "2", "content"),
        (1, "C", "other"), (1, "D", "organization"), (2, "1", "organization")]


def test_a_capital_letter_line_without_part_a_is_text():
    text = ("KẾ HOẠCH\nPhòng, chống dịch năm 2025\nI. NỘI DUNG\n1. Tiêm phòng vắc xin.\n"
            "B. CÁC XÃ VÙNG CAO\nTiêm bổ sung cho đàn trâu, bò.\nII. TỔ CHỨC THỰC HIỆN\n1. Trạm Thú y theo dõi.\n")
    nodes = build_outline(normalize_text(text), set())
    assert [(n.section.level, n.section.marker) for n in nodes if n.section.level == 1] == [(1, "I"), (1, "II")]


@pytest.mark.parametrize("parts", [
    ("Phần I\nMỤC ĐÍCH, YÊU CẦU", "Phần II\nNHIỆM VỤ CỤ THỂ", "Phần III\nTỔ CHỨC THỰC HIỆN"),
    ("PHẦN THỨ NHẤT\nMỤC ĐÍCH, YÊU CẦU", "PHẦN THỨ HAI\nNHIỆM VỤ CỤ THỂ", "PHẦN THỨ BA\nTỔ CHỨC THỰC HIỆN"),
    ("Phần I. MỤC ĐÍCH, YÊU CẦU", "Phần II. NHIỆM VỤ CỤ THỂ", "Phần III. TỔ CHỨC THỰC HIỆN"),
])
def test_outline_of_a_plan_with_parts_named_phan(parts):
    p1, p2, p3 = parts
    text = (f"KẾ HOẠCH\nTuần Văn hóa năm 2026\n{p1}\n1. Mục đích\n- Quảng bá.\n{p2}\n"
            f"1. Tổ chức khai mạc.\n2. Tổ chức triển lãm ảnh.\n{p3}\n1. Phòng Văn hóa theo dõi.\n")
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    assert [(n.section.level, n.section.marker, n.section.heading, n.kind) for n in nodes if n.section.level == 1] == [
        (1, "I", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), (1, "II", "NHIỆM VỤ CỤ THỂ", "content"),
        (1, "III", "TỔ CHỨC THỰC HIỆN", "organization")]
    # the heading line under "Phần II" is the part's title, not text of its body
    content = [n for n in nodes if n.kind == "content" and n.section.level == 1][0]
    assert [doc.lines[i].text for i in content.body] == []


def test_capital_letters_grouping_the_items_of_a_roman_part_are_text():
    """"A. LĨNH VỰC KINH TẾ" under "II. NHIỆM VỤ" groups that part's items; it is no part of its own,
    and the items stay in the content part."""
    text = ("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2026\nI. MỤC TIÊU\n1. Tăng trưởng 7%.\nII. NHIỆM VỤ\n"
            "A. LĨNH VỰC KINH TẾ\n1. Phát triển nông nghiệp hàng hóa.\nB. LĨNH VỰC VĂN HÓA - XÃ HỘI\n"
            "2. Xây dựng trường đạt chuẩn quốc gia.\nIII. TỔ CHỨC THỰC HIỆN\n1. Các phòng theo dõi.\n")
    nodes = build_outline(normalize_text(text), set())
    assert [(n.section.level, n.section.marker, n.kind) for n in nodes] == [
        (1, "I", "purpose"), (2, "1", "purpose"), (1, "II", "content"), (2, "1", "content"), (2, "2", "content"),
        (1, "III", "organization"), (2, "1", "organization")]


@pytest.mark.parametrize("outer, first, second, last", [
    # lettered parts; the work part's fields printed as Roman sub-parts
    ("A. MỤC ĐÍCH, YÊU CẦU", "B. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "I. LĨNH VỰC KINH TẾ", "C. TỔ CHỨC THỰC HIỆN"),
    # parts named "Phần", the title on the next line (a district's socio-economic plan)
    ("PHẦN THỨ NHẤT\nMỤC TIÊU, CHỈ TIÊU", "PHẦN THỨ HAI\nNHIỆM VỤ, GIẢI PHÁP", "I - PHÁT TRIỂN NÔNG NGHIỆP",
     "PHẦN THỨ BA\nTỔ CHỨC THỰC HIỆN"),
    ("Phần I: MỤC ĐÍCH, YÊU CẦU", "Phần II: CÁC NHIỆM VỤ TRỌNG TÂM", "I. VỀ PHÁT TRIỂN KINH TẾ",
     "Phần III: TỔ CHỨC THỰC HIỆN"),
])
def test_roman_parts_under_a_lettered_or_named_work_part_are_its_work(outer, first, second, last):
    """"B. NHIỆM VỤ" / "I. LĨNH VỰC KINH TẾ" / "1. …" / "II. QUỐC PHÒNG, AN NINH": the Roman parts
    under a part marked by a letter or by "Phần" are fields of its work, their items its tasks,
    though their headings name no kind of their own; one that names its kind keeps it."""
    text = (f"KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2025\n{outer}\n1. Cụ thể hóa các chỉ tiêu.\n{first}\n"
            f"{second}\n1. Trồng mới 1.500 ha rừng.\n2. Thu hút 02 dự án chế biến gỗ.\nII. QUỐC PHÒNG, AN NINH\n"
            f"1. Hoàn thành tuyển quân.\nIII. ĐỐI TƯỢNG, PHẠM VI\n1. Các hộ sản xuất.\nIV. MỤC TIÊU CỤ THỂ\n"
            f"1. Thu nhập bình quân 60 triệu đồng.\nV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO\n1. Báo cáo trước ngày 15/12/2025.\n"
            f"{last}\n1. Các phòng xây dựng kế hoạch.\n")
    nodes = build_outline(normalize_text(text), set())
    assert [(n.section.marker, n.kind) for n in nodes if n.section.level == 1] == [
        ("A" if outer[0] == "A" else "I", "purpose" if "TIÊU" in outer else "purpose_requirements"),
        ("B" if first[0] == "B" else "II", "content"),
        ("I", "content"), ("II", "content"), ("III", "other"), ("IV", "purpose"), ("V", "other"),
        ("C" if last[0] == "C" else "III", "organization")]
    from pipeline.extract import extract_bytes

    tasks = extract_bytes(text.encode(), "ke-hoach.txt").tasks
    assert [t.text for t in tasks] == ["Trồng mới 1.500 ha rừng.", "Thu hút 02 dự án chế biến gỗ.",
                                       "Hoàn thành tuyển quân."]


def test_a_party_plan_lettered_with_dashes_and_a_plan_of_parts_in_figures():
    party = ("KẾ HOẠCH\nHọc tập chuyên đề năm 2025\nA- MỤC ĐÍCH, YÊU CẦU\n1- Nâng cao nhận thức.\n"
             "B- NHIỆM VỤ TRỌNG TÂM\n1- Tổ chức học tập chuyên đề.\n2- Đăng ký làm theo.\nC- TỔ CHỨC THỰC HIỆN\n"
             "1- Ban Tuyên giáo theo dõi.\n")
    nodes = build_outline(normalize_text(party), set())
    assert [(n.section.marker, n.kind) for n in nodes if n.section.level == 1] == [
        ("A", "purpose_requirements"), ("B", "content"), ("C", "organization")]
    figures = ("KẾ HOẠCH\nPhát triển du lịch năm 2026\nPhần 1\nMỤC ĐÍCH, YÊU CẦU\n1. Quảng bá.\n"
               "Phần 2\nNHIỆM VỤ CỤ THỂ\n1. Tổ chức hội chợ.\nPhần 3\nTỔ CHỨC THỰC HIỆN\n1. Sở theo dõi.\n")
    nodes = build_outline(normalize_text(figures), set())
    assert [(n.section.marker, n.section.heading, n.kind) for n in nodes if n.section.level == 1] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), ("II", "NHIỆM VỤ CỤ THỂ", "content"),
        ("III", "TỔ CHỨC THỰC HIỆN", "organization")]


def test_roman_parts_under_a_review_part_or_with_no_outer_part_keep_their_kind():
    """A report's "Phần thứ nhất: KẾT QUẢ THỰC HIỆN NĂM 2024" looks back: its Roman fields are no
    work; with no lettered or named part above them, Roman parts are the plan's own parts, and
    one naming no kind is other; an appendix ends the named parts' reach."""
    review = ("KẾ HOẠCH\nPhát triển du lịch năm 2025\nPHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NĂM 2024\n"
              "I. LĨNH VỰC DU LỊCH\n1. Đón 120.000 lượt khách.\nPHẦN THỨ HAI: NHIỆM VỤ NĂM 2025\n"
              "I. LĨNH VỰC DU LỊCH\n1. Đón 140.000 lượt khách.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa theo dõi.\n")
    nodes = build_outline(normalize_text(review), set())
    assert [n.kind for n in nodes if n.section.level == 1] == ["other", "other", "content", "content", "organization"]
    plain = ("KẾ HOẠCH\nPhát triển du lịch năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quảng bá.\nII. NHIỆM VỤ\n"
             "1. Tổ chức hội chợ.\nIII. LĨNH VỰC KHÁC\n1. Ghi nhận.\nIV. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa.\n")
    nodes = build_outline(normalize_text(plain), set())
    assert [n.kind for n in nodes if n.section.level == 1] == ["purpose_requirements", "content", "other", "organization"]
    appendix = ("KẾ HOẠCH\nPhát triển du lịch năm 2025\nA. MỤC ĐÍCH, YÊU CẦU\n1. Quảng bá.\nB. NHIỆM VỤ\n"
                "1. Tổ chức hội chợ.\nPHỤ LỤC\nI. DANH SÁCH ĐIỂM DU LỊCH\n1. Hồ Thác Bà.\n")
    nodes = build_outline(normalize_text(appendix), set())
    assert [(n.section.marker, n.kind) for n in nodes if n.section.level <= 2 and n.section.marker in ("PHỤ LỤC", "I")] \
        == [("PHỤ LỤC", "appendix"), ("I", "appendix")]


@pytest.mark.parametrize("line, expected", [
    # letter items typed "a/ " before a capital, as many commune offices number them
    ("a/ Tổ chức tuyên truyền pháp luật", (4, "a", "Tổ chức tuyên truyền pháp luật")),
    ("đ/ Đoàn Thanh niên phường chủ trì", (4, "đ", "Đoàn Thanh niên phường chủ trì")),
    ("c/  Rà soát hộ nghèo", (4, "c", "Rà soát hộ nghèo")),
])
def test_a_letter_item_with_a_slash(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "đ/c Bí thư Đảng ủy chủ trì",      # "đồng chí" abbreviated: no space after the slash
    "b/c kết quả về UBND huyện",       # "báo cáo" abbreviated
    "a/ với các hộ còn lại",           # no capital after the slash: a wrapped line's text
])
def test_not_letter_items_with_a_slash(line):
    assert match_heading(line) is None


def test_slash_letter_items_split_a_wrapped_text_and_nest_under_their_item():
    doc = normalize_text("II. NHIỆM VỤ CỤ THỂ\n1. Công tác tuyên truyền\n1.1. Tuyên truyền pháp luật\n"
                         "a/ Tổ chức tuyên truyền tại các khu phố.\nb/ Phát thanh trên loa truyền thanh phường.\n"
                         "1.2. Vận động Nhân dân ký cam kết.\n")
    nodes = build_outline(doc, set())
    assert [(n.section.level, n.section.marker) for n in nodes] == [
        (1, "II"), (2, "1"), (3, "1.1"), (4, "a"), (4, "b"), (3, "1.2")]


@pytest.mark.parametrize("line, expected", [
    ("Nhiệm vụ 1: Cải cách thể chế", (2, "1", "Cải cách thể chế")),
    ("NHIỆM VỤ 2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", (2, "2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")),
    ("Dự án 3. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế", (2, "3", "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế")),
    ("Tiểu dự án 1: Hỗ trợ đầu tư hạ tầng", (2, "1", "Hỗ trợ đầu tư hạ tầng")),
    ("Hoạt động 2.1 – Tập huấn kỹ năng chuyển đổi số", (3, "2.1", "Tập huấn kỹ năng chuyển đổi số")),
    ("Nội dung số 4: Xây dựng đời sống văn hóa", (2, "4", "Xây dựng đời sống văn hóa")),
])
def test_an_item_numbered_after_a_word(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "Nhiệm vụ trọng tâm năm 2025",              # no number
    "Nội dung 2025: tập trung chuyển đổi số",    # a year, not an item number
    "Nhiệm vụ 1 năm qua đã hoàn thành tốt",      # no mark after the number
    "Giải pháp 3 là giải pháp then chốt.",
    "Dự án đầu tư xây dựng trường học",
])
def test_not_items_numbered_after_a_word(line):
    assert match_heading(line) is None


def test_a_plan_numbered_by_nhiem_vu_has_its_tasks():
    from pipeline.extract import extract_bytes

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẬP\nSố: 88/KH-UBND\nYên Lập, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Triển khai công tác cải cách hành chính năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn huyện.\nII. NHIỆM VỤ TRỌNG TÂM\n"
            "Nhiệm vụ 1: Cải cách thể chế\n"
            "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành. Phòng Tư pháp chủ trì; thời gian "
            "hoàn thành trước ngày 30/6/2025.\n"
            "Nhiệm vụ 2: Cải cách thủ tục hành chính\n"
            "Công khai 100% thủ tục hành chính trên Cổng dịch vụ công. Văn phòng HĐND và UBND huyện chủ trì, "
            "thực hiện trong Quý II/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ theo dõi, đôn đốc, báo cáo.\n")
    plan = extract_bytes(text.encode(), "yen-lap.txt")
    assert [(t.label, t.lead_units, str(t.deadline)) for t in plan.tasks] == [
        ("1", ["Phòng Tư pháp"], "2025-06-30"), ("2", ["Văn phòng HĐND và UBND huyện"], "2025-06-30")]
    assert plan.tasks[0].text.startswith("Cải cách thể chế Rà soát văn bản")


@pytest.mark.parametrize("line, expected", [
    # Party plans number the items of a part "Mục 1. …"
    ("Mục 1. Mục đích", (2, "1", "Mục đích")),
    ("MỤC 2: NHIỆM VỤ TRỌNG TÂM", (2, "2", "NHIỆM VỤ TRỌNG TÂM")),
    ("Mục 3 - Kiểm tra, giám sát và sơ kết", (2, "3", "Kiểm tra, giám sát và sơ kết")),
])
def test_an_item_numbered_muc(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "Mục đích, yêu cầu của Kế hoạch",
    "Mục 2 của Quyết định này quy định chi tiết",   # no mark after the number
    "Mục tiêu năm 2025 là giảm tỷ lệ hộ nghèo",
])
def test_not_items_numbered_muc(line):
    assert match_heading(line) is None


LOST_MARKER_PLAN = ("KẾ HOẠCH\nPhòng, chống bệnh Dại năm 2025\nCăn cứ Luật Thú y ngày 19 tháng 6 năm 2015;\n"
                    "MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống bệnh Dại.\nII. NỘI DUNG THỰC HIỆN\n"
                    "1. Tiêm phòng vắc xin Dại cho đàn chó, mèo.\nIII. TỔ CHỨC THỰC HIỆN\n1. Giao Trạm Y tế xã theo dõi.\n")


@pytest.mark.parametrize("ocr, text, want", [
    # a scan: Tesseract dropped the small "I." of the first part, which part II follows
    (True, LOST_MARKER_PLAN, ["I", "1", "II", "1", "III", "1"]),
    # typed text is read as printed
    (False, LOST_MARKER_PLAN, ["II", "1", "III", "1"]),
    # the next part is not II, or the line names no part's kind: no part I is made up
    (True, LOST_MARKER_PLAN.replace("II. NỘI", "IV. NỘI"), ["IV", "1", "III", "1"]),
    (True, LOST_MARKER_PLAN.replace("MỤC ĐÍCH, YÊU CẦU", "UBND XÃ VÕ MIẾU"), ["II", "1", "III", "1"]),
])
def test_a_scan_s_first_part_whose_marker_was_lost_is_part_one(ocr, text, want):
    doc = normalize_text(text)
    doc.ocr = ocr
    nodes = build_outline(doc, set())
    assert [n.section.marker for n in nodes] == want
    if ocr and want[0] == "I":
        assert (nodes[0].section.heading, nodes[0].section.kind) == ("MỤC ĐÍCH, YÊU CẦU", "purpose_requirements")


# ---------------------------------------------------------------- parts typed "I/", in capitals alone, or "1."
@pytest.mark.parametrize("line, expected", [
    ("I/ MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("II/ NỘI DUNG THỰC HIỆN", (1, "II", "NỘI DUNG THỰC HIỆN")),
    ("IV/ Tổ chức thực hiện", (1, "IV", "Tổ chức thực hiện")),
    ("III /  KINH PHÍ", (1, "III", "KINH PHÍ")),
    ("A/ MỤC TIÊU CHUNG", (1, "A", "MỤC TIÊU CHUNG")),
])
def test_a_part_typed_with_a_slash(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "V/v triển khai Kế hoạch phòng, chống thiên tai năm 2025",   # "về việc" of a công văn
    "I/2025 và quý II/2025 theo tiến độ được giao.",             # a quarter wrapped off "quý"
    "II/2025",
    "X/ 2025 theo kế hoạch",
    "B/c kết quả về UBND huyện trước ngày 20/12/2025",
])
def test_not_parts_typed_with_a_slash(line):
    hit = match_heading(line)
    assert hit is None or hit[0] != 1


_BARE_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ QUẢNG PHÚ\nSố: 21/KH-UBND\nKẾ HOẠCH\n{title}\n"
              "Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;\nUBND xã xây dựng Kế hoạch như sau:\n")


def _parts(text: str) -> list[tuple[str, str, str]]:
    nodes = build_outline(normalize_text(text), set())
    return [(n.section.marker, n.section.heading, n.kind) for n in nodes if n.section.level == 1]


@pytest.mark.parametrize("line, expected", [
    ("CHƯƠNG II. NHIỆM VỤ, GIẢI PHÁP", (1, "II", "NHIỆM VỤ, GIẢI PHÁP")),
    ("Chương I", (1, "I", "")),
    ("Chương III: TỔ CHỨC THỰC HIỆN", (1, "III", "TỔ CHỨC THỰC HIỆN")),
    ("CHƯƠNG THỨ HAI", (1, "II", "")),
])
def test_a_part_called_chuong(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "Chương trình 135 giai đoạn III",
    "CHƯƠNG TRÌNH HỘI NGHỊ",
    "Chương II Luật Đất đai quy định về quy hoạch, kế hoạch sử dụng đất",
    "Chương 2 của Luật này",
])
def test_not_parts_called_chuong(line):
    assert match_heading(line) is None


def test_outline_of_a_plan_in_chapters():
    text = ("KẾ HOẠCH\nPhát triển du lịch cộng đồng giai đoạn 2025 - 2030\nChương I\nMỤC TIÊU, YÊU CẦU\n"
            "1. Mục tiêu chung\nPhát triển du lịch bền vững.\nChương II\nNHIỆM VỤ, GIẢI PHÁP\n"
            "1. Xây dựng sản phẩm du lịch đặc trưng.\n2. Đào tạo nguồn nhân lực du lịch.\n"
            "Chương III\nTỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin chủ trì.\n")
    assert _parts(text) == [("I", "MỤC TIÊU, YÊU CẦU", "purpose_requirements"), ("II", "NHIỆM VỤ, GIẢI PHÁP", "content"),
                            ("III", "TỔ CHỨC THỰC HIỆN", "organization")]


@pytest.mark.parametrize("title, p1, p2, p3", [
    ("Phòng, chống bệnh Dại năm 2025", "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    # a title in capitals that names a kind is the title block's, not a part; a colon after a head
    ("THỰC HIỆN NHIỆM VỤ PHÒNG, CHỐNG BỆNH DẠI NĂM 2025", "MỤC ĐÍCH, YÊU CẦU:", "NHIỆM VỤ CỤ THỂ:",
     "TỔ CHỨC THỰC HIỆN:"),
])
def test_parts_headed_in_capitals_without_markers(title, p1, p2, p3):
    text = (_BARE_HEAD.format(title=title) + f"{p1}\n1. Mục đích\nChủ động phòng bệnh.\n{p2}\n"
            f"1. Tiêm phòng vắc xin Dại cho đàn chó, mèo.\n2. Thống kê đàn chó, mèo của các thôn.\n{p3}\n"
            "1. Giao Trạm Y tế xã theo dõi.\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n"
            "CHỦ TỊCH\nLê Văn Ba\n")
    assert _parts(text) == [("", p1.rstrip(":"), "purpose_requirements"), ("", p2.rstrip(":"), "content"),
                            ("", p3.rstrip(":"), "organization")]
    nodes = build_outline(normalize_text(text), set())
    content = [n for n in nodes if n.section.level == 1 and n.kind == "content"][0]
    assert [c.section.marker for c in content.children] == ["1", "2"]


def test_parts_numbered_1_2_3_in_capitals_with_no_roman_part():
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025")
            + "1. MỤC ĐÍCH, YÊU CẦU\na) Mục đích: chủ động phòng bệnh.\n2. NỘI DUNG\na) Tiêm phòng vắc xin Dại.\n"
            "b) Thống kê đàn chó, mèo.\n3. KINH PHÍ\nTừ ngân sách xã.\n4. TỔ CHỨC THỰC HIỆN\na) Trạm Y tế xã theo dõi.\n")
    assert _parts(text) == [("1", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), ("2", "NỘI DUNG", "content"),
                            ("3", "KINH PHÍ", "other"), ("4", "TỔ CHỨC THỰC HIỆN", "organization")]


@pytest.mark.parametrize("body", [
    # one line in capitals after the text: no outline is made of it
    "Giao các thôn tổ chức tiêm phòng.\nNỘI DUNG CÔNG VIỆC\n1. Tiêm phòng vắc xin Dại.\n2. Thống kê đàn chó.\n",
    # capitals that name no part's kind
    "Giao các thôn tổ chức tiêm phòng.\nCÁC THÔN VÙNG CAO\nTiêm bổ sung.\nCÁC THÔN VÙNG THẤP\nTiêm đợt 2.\n",
    # items in capitals that name no part's kind first ("1. THÔN NÀ LẦU" …): a list, not parts
    "1. THÔN NÀ LẦU\nTiêm 120 con.\n2. THÔN KHUỔI KẸP\nTiêm 95 con.\n",
])
def test_capital_lines_that_are_no_parts(body):
    assert _parts(_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + body) == []


def test_roman_parts_keep_capital_lines_and_capital_items_as_they_were():
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025")
            + "I. MỤC ĐÍCH, YÊU CẦU\nChủ động.\nII. NỘI DUNG\n1. NHIỆM VỤ TRỌNG TÂM\na) Tiêm phòng.\n"
            "TỔ CHỨC THỰC HIỆN\nGiao Trạm Y tế xã theo dõi.\n")
    assert [m for m, _, _ in _parts(text)] == ["I", "II"]


SLASH_PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚC SƠN
Số: 17/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phúc Sơn, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Tổng vệ sinh môi trường trên địa bàn xã Phúc Sơn năm 2025
Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND huyện về bảo vệ môi trường năm 2025, UBND xã xây dựng Kế hoạch như sau:
I/ MỤC ĐÍCH, YÊU CẦU
1/ Mục đích
Nâng cao ý thức giữ gìn vệ sinh môi trường của Nhân dân.
II/ NỘI DUNG THỰC HIỆN
1/ Ra quân tổng vệ sinh đường làng, ngõ xóm vào sáng Chủ nhật hằng tuần.
2/ Nạo vét kênh mương nội đồng trước mùa mưa.
III/ TỔ CHỨC THỰC HIỆN
1/ Công chức Địa chính - Xây dựng xã theo dõi, tổng hợp kết quả.
Trên đây là Kế hoạch tổng vệ sinh môi trường năm 2025 của UBND xã Phúc Sơn./.
Nơi nhận:
- UBND huyện (để b/c);
- Các thôn (08 bản);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Quý
PHỤ LỤC
LỊCH RA QUÂN TỔNG VỆ SINH NĂM 2025
(Kèm theo Kế hoạch số 17/KH-UBND ngày 05/3/2025 của UBND xã Phúc Sơn)
STT\tNội dung\tĐơn vị chủ trì\tThời gian
1\tRa quân hưởng ứng Ngày Môi trường thế giới\tĐoàn Thanh niên xã\tTháng 6/2025
2\tRa quân Chiến dịch Làm cho thế giới sạch hơn\tHội Liên hiệp Phụ nữ xã\tTháng 9/2025
"""


@pytest.mark.parametrize("fmt", ["txt", "md", "docx", "pdf"])
def test_a_slash_numbered_plan_with_tasks_in_an_appendix_after_the_signer(fmt, tmp_path):
    from pipeline.extract import extract

    if fmt == "txt":
        path = tmp_path / "p.txt"
        path.write_text(SLASH_PLAN, encoding="utf-8")
    elif fmt == "md":   # (a Markdown table for the tab-separated rows, lines kept apart)
        rows = [ln.split("\t") for ln in SLASH_PLAN.splitlines() if "\t" in ln]
        table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
        lines = [ln for ln in SLASH_PLAN.splitlines() if "\t" not in ln]
        path = tmp_path / "p.md"
        path.write_text("\n\n".join(lines) + "\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    elif fmt == "docx":   # recipients and signer side by side in a borderless table
        from render_docx import render_docx
        path = render_docx(SLASH_PLAN, tmp_path / "p.docx", fmt="txt", word_layout=True)
    else:
        from render import render_pdf
        path = render_pdf(SLASH_PLAN, tmp_path / "p.pdf", fmt="txt")
    rows = extract(path).rows()
    parts = [(s["marker"], s["heading"], s["kind"]) for s in rows["sections"] if s["level"] == 1]
    assert parts == [("I", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), ("II", "NỘI DUNG THỰC HIỆN", "content"),
                     ("III", "TỔ CHỨC THỰC HIỆN", "organization"),
                     ("PHỤ LỤC", "LỊCH RA QUÂN TỔNG VỆ SINH NĂM 2025", "appendix")]
    tasks = [t["text"] for t in rows["tasks"]]
    assert tasks == ["Ra quân tổng vệ sinh đường làng, ngõ xóm vào sáng Chủ nhật hằng tuần.",
                     "Nạo vét kênh mương nội đồng trước mùa mưa.",
                     "Ra quân hưởng ứng Ngày Môi trường thế giới",
                     "Ra quân Chiến dịch Làm cho thế giới sạch hơn"]
    assert [r["recipient"] for r in rows["recipients"]] == ["UBND huyện (để b/c)", "Các thôn (08 bản)", "Lưu: VT"]
    doc = rows["documents"][0]
    assert (doc["signing_authority"], doc["signer_title"], doc["signer_name"]) == (
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Quý")


# ---------------------------------------------------------------- parts headed in sentence case alone on their lines
_SENTENCE_CLOSE = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Ba\n"


@pytest.mark.parametrize("p1, p2, p3", [
    ("Mục đích, yêu cầu", "Nội dung thực hiện", "Tổ chức thực hiện"),
    ("Mục đích và yêu cầu", "Nhiệm vụ, giải pháp chủ yếu", "Tổ chức thực hiện"),
    ("Mục tiêu", "Nội dung và giải pháp", "Trách nhiệm thực hiện"),
    ("Mục đích, yêu cầu", "Nhiệm vụ trọng tâm", "Tổ chức thực hiện"),
])
def test_parts_headed_in_sentence_case_alone_on_their_lines(p1, p2, p3):
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + f"{p1}\n1. Chủ động phòng bệnh Dại.\n"
            f"2. Không để người tử vong do bệnh Dại.\n{p2}\n1. Tiêm phòng vắc xin Dại cho đàn chó, mèo.\n"
            f"2. Thống kê đàn chó, mèo của các thôn.\n{p3}\n1. Giao Trạm Y tế xã theo dõi.\n" + _SENTENCE_CLOSE)
    parts = _parts(text)
    assert [(m, h) for m, h, _ in parts] == [("", p1), ("", p2), ("", p3)]
    assert [k for _, _, k in parts][1:] == ["content", "organization"]
    nodes = build_outline(normalize_text(text), set())
    content = [n for n in nodes if n.section.level == 1 and n.kind == "content"][0]
    assert [c.section.marker for c in content.children] == ["1", "2"]


@pytest.mark.parametrize("body", [
    # one such line only: a label in the text, no outline
    "Giao các thôn tổ chức tiêm phòng.\nNội dung thực hiện\n1. Tiêm phòng vắc xin Dại.\n2. Thống kê đàn chó.\n",
    # lines in sentence case that name no part, or run on as a sentence
    "Giao các thôn tổ chức tiêm phòng.\nCác thôn vùng cao\nTiêm bổ sung.\nCác thôn vùng thấp\nTiêm đợt 2.\n",
    "Giao các thôn tổ chức tiêm phòng.\nNội dung tuyên truyền về bệnh Dại cho người dân\nTiêm đợt 2.\n"
    "Tổ chức thực hiện tiêm phòng tại các thôn\nTiêm đợt 3.\n",
    # field labels ending in a colon, under text
    "Giao các thôn tổ chức tiêm phòng.\nNội dung:\nTiêm phòng vắc xin Dại.\nThời gian:\nTháng 3/2025.\n",
])
def test_sentence_case_lines_that_are_no_parts(body):
    assert _parts(_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + body + _SENTENCE_CLOSE) == []


def test_sentence_case_lines_under_parts_in_capitals_stay_text():
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025")
            + "MỤC ĐÍCH, YÊU CẦU\nMục đích\nChủ động phòng bệnh.\nYêu cầu\nĐúng tiến độ.\nNỘI DUNG THỰC HIỆN\n"
            "1. Tiêm phòng vắc xin Dại.\nTỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã theo dõi.\n" + _SENTENCE_CLOSE)
    assert [h for _, h, _ in _parts(text)] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("marker, title, rest", [
    ("Phần II", "NHIỆM VỤ VÀ GIẢI PHÁP CHỈNH TRANG ĐÔ THỊ, XÂY DỰNG TUYẾN ĐƯỜNG", "VĂN MINH ĐÔ THỊ"),
    ("PHẦN THỨ HAI", "CÁC NHIỆM VỤ TRỌNG TÂM VÀ", "GIẢI PHÁP CHỦ YẾU"),
    ("Chương II", "NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG", "GIAI ĐOẠN 2026 - 2030"),
    ("Phần thứ hai", "NỘI DUNG THỰC HIỆN", "TRONG NĂM 2026"),
])
def test_a_part_title_under_its_marker_goes_on_over_its_wrapped_line(marker, title, rest):
    text = (_BARE_HEAD.format(title="Phát triển du lịch cộng đồng năm 2026") + "Phần I\nMỤC ĐÍCH, YÊU CẦU\n"
            "1. Mục đích\nPhát triển bền vững.\n" + f"{marker}\n{title}\n{rest}\n"
            "1. Xây dựng sản phẩm du lịch đặc trưng.\n2. Đào tạo nguồn nhân lực.\n" + _SENTENCE_CLOSE)
    assert [h for _, h, _ in _parts(text)] == ["MỤC ĐÍCH, YÊU CẦU", f"{title} {rest}"]


@pytest.mark.parametrize("title, nxt", [
    # a short title over a field of its work in capitals, an item, a quarter's group
    ("NỘI DUNG THỰC HIỆN", "LĨNH VỰC KINH TẾ"),
    ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "A. LĨNH VỰC KINH TẾ"),
    ("CÁC NHIỆM VỤ CỤ THỂ CỦA ỦY BAN NHÂN DÂN XÃ NĂM 2026", "QUÝ I"),
])
def test_capital_lines_under_a_part_title_that_do_not_carry_it_on(title, nxt):
    text = (_BARE_HEAD.format(title="Phát triển du lịch cộng đồng năm 2026") + "Phần I\nMỤC ĐÍCH, YÊU CẦU\n"
            "1. Mục đích\nPhát triển bền vững.\n" + f"Phần II\n{title}\n{nxt}\n"
            "1. Xây dựng sản phẩm du lịch đặc trưng.\n" + _SENTENCE_CLOSE)
    assert [h for _, h, _ in _parts(text)][1] == title


# ---------------------------------------------------------------- a part's heading ending in a colon; parts called "Mục I"
@pytest.mark.parametrize("line, expected", [
    ("I. MỤC ĐÍCH, YÊU CẦU:", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("PHẦN I: MỤC ĐÍCH, YÊU CẦU:", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("B. NHIỆM VỤ TRỌNG TÂM :", (1, "B", "NHIỆM VỤ TRỌNG TÂM")),
    ("III. Tổ chức thực hiện:", (1, "III", "Tổ chức thực hiện")),
    # the text a colon opens stays the heading's
    ("III. THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến hết tháng 12/2025.",
     (1, "III", "THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến hết tháng 12/2025.")),
])
def test_a_part_heading_ending_in_a_colon_loses_it(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("MỤC I. MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("Mục II: Nội dung thực hiện", (1, "II", "Nội dung thực hiện")),
    ("MỤC III - TỔ CHỨC THỰC HIỆN", (1, "III", "TỔ CHỨC THỰC HIỆN")),
    # in figures it stays an item numbered after a word
    ("Mục 2. Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", (2, "2", "Làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")),
])
def test_a_part_called_muc_with_a_roman_number(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "mục II. Kế hoạch này được thực hiện",          # a wrapped sentence's rest in small letters
    "Mục II Kế hoạch số 12/KH-UBND quy định",        # no point after the number
    "Mục IV, Phần II của Kế hoạch",
    "MỤC LỤC",
])
def test_not_parts_called_muc(line):
    hit = match_heading(line)
    assert hit is None or hit[0] != 1


def test_outline_of_a_plan_in_parts_called_muc():
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025")
            + "MỤC I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng bệnh.\nMỤC II. NỘI DUNG THỰC HIỆN\n"
            "1. Tiêm phòng vắc xin Dại.\n2. Thống kê đàn chó, mèo.\nMỤC III. TỔ CHỨC THỰC HIỆN\n"
            "1. Trạm Y tế xã theo dõi.\n" + _SENTENCE_CLOSE)
    assert _parts(text) == [("I", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), ("II", "NỘI DUNG THỰC HIỆN", "content"),
                            ("III", "TỔ CHỨC THỰC HIỆN", "organization")]
    assert [ln.text for ln in normalize_text("Nội dung thực hiện theo hướng dẫn\nMỤC II. NỘI DUNG\n").lines] == \
        ["Nội dung thực hiện theo hướng dẫn", "MỤC II. NỘI DUNG"]


# ---------------------------------------------------------------- parts lettered in sentence case
@pytest.mark.parametrize("parts", [
    ("A. Mục đích, yêu cầu", "B. Nội dung thực hiện", "C. Kinh phí", "D. Tổ chức thực hiện"),
    ("A- Mục tiêu", "B- Nhiệm vụ, giải pháp chủ yếu", "C- Kinh phí thực hiện", "D- Tổ chức thực hiện:"),
])
def test_parts_lettered_in_sentence_case_by_their_usual_names(parts):
    a, b, c, d = parts
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + f"{a}\n1. Chủ động phòng bệnh.\n{b}\n"
            f"1. Tiêm phòng vắc xin Dại.\n2. Thống kê đàn chó.\n{c}\nTừ ngân sách xã.\n{d}\n1. Trạm Y tế xã theo dõi.\n"
            + _SENTENCE_CLOSE)
    got = _parts(text)
    assert [m for m, _, _ in got] == ["A", "B", "C", "D"]
    assert [k for _, _, k in got][1:] == ["content", "other", "organization"]
    assert got[3][1] == "Tổ chức thực hiện"


@pytest.mark.parametrize("line", [
    "A. Công tác tuyên truyền",          # a lettered group of work in sentence case
    "B. Hoạt động hưởng ứng Tháng hành động",
    "A. Mục đích, yêu cầu của Kế hoạch này là nâng cao nhận thức.",
])
def test_lettered_lines_in_sentence_case_that_are_no_parts(line):
    assert match_heading(line) is None


def test_a_sentence_case_lettered_part_without_part_a_is_text():
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động.\n"
            "II. NỘI DUNG\nB. Nội dung thực hiện\n1. Tiêm phòng vắc xin Dại.\n" + _SENTENCE_CLOSE)
    assert [m for m, _, _ in _parts(text)] == ["I", "II"]


@pytest.mark.parametrize("p1, p2, p3", [
    ("1. Mục đích, yêu cầu", "2. Nội dung thực hiện", "3. Tổ chức thực hiện"),
    ("1) Mục tiêu:", "2) Nhiệm vụ, giải pháp chủ yếu:", "3) Trách nhiệm thực hiện:"),
])
def test_parts_numbered_1_2_3_in_sentence_case_by_their_usual_names(p1, p2, p3):
    text = (_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + f"{p1}\na) Chủ động phòng bệnh.\n{p2}\n"
            f"a) Tiêm phòng vắc xin Dại cho đàn chó, mèo.\nb) Thống kê đàn chó, mèo của các thôn.\n{p3}\n"
            "a) Trạm Y tế xã theo dõi.\n" + _SENTENCE_CLOSE)
    got = _parts(text)
    assert [(m, k) for m, _, k in got] == [("1", got[0][2]), ("2", "content"), ("3", "organization")]
    assert [h for _, h, _ in got] == [p[3:].rstrip(":") for p in (p1, p2, p3)]
    nodes = build_outline(normalize_text(text), set())
    content = [n for n in nodes if n.section.level == 1 and n.kind == "content"][0]
    assert [c.section.marker for c in content.children] == ["a", "b"]


@pytest.mark.parametrize("body", [
    # items that name work, one of them a part's name: a list, not parts
    "1. Nội dung thực hiện\n2. Tiêm phòng vắc xin Dại.\n3. Thống kê đàn chó, mèo.\n",
    "1. Tiêm phòng vắc xin Dại.\n2. Tổ chức thực hiện tiêm phòng tại các thôn.\n3. Nội dung tuyên truyền về bệnh Dại.\n",
])
def test_numbered_items_in_sentence_case_that_are_no_parts(body):
    assert _parts(_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + body + _SENTENCE_CLOSE) == []


@pytest.mark.parametrize("body", [
    # parts by their names alone, items numbered under them that also read as part names
    "Mục đích, yêu cầu\n1. Mục đích\nChủ động phòng bệnh.\n2. Yêu cầu\nĐúng tiến độ.\nNội dung thực hiện\n"
    "1. Tiêm phòng vắc xin Dại.\nTổ chức thực hiện\n1. Trạm Y tế xã theo dõi.\n",
    # numbered parts, the halves of the first part printed alone under it
    "1. Mục đích, yêu cầu\nMục đích\nChủ động phòng bệnh.\nYêu cầu\nĐúng tiến độ.\n2. Nội dung thực hiện\n"
    "a) Tiêm phòng vắc xin Dại.\n3. Tổ chức thực hiện\na) Trạm Y tế xã theo dõi.\n",
])
def test_the_halves_of_a_purpose_and_requirements_part_in_sentence_case_are_its_items(body):
    got = _parts(_BARE_HEAD.format(title="Phòng, chống bệnh Dại năm 2025") + body + _SENTENCE_CLOSE)
    assert [h for _, h, _ in got] == ["Mục đích, yêu cầu", "Nội dung thực hiện", "Tổ chức thực hiện"]


# Parts called by a count without "thứ" ("PHẦN MỘT", "Phần hai: …"): the marker is the part's Roman
# numeral, as for "PHẦN THỨ HAI", whether the heading follows on its line or on the next one.
@pytest.mark.parametrize("line, expected", [
    ("PHẦN MỘT", (1, "I", "")),
    ("PHẦN HAI", (1, "II", "")),
    ("Phần ba", (1, "III", "")),
    ("PHẦN MỘT: MỤC ĐÍCH, YÊU CẦU", (1, "I", "MỤC ĐÍCH, YÊU CẦU")),
    ("PHẦN HAI. NHIỆM VỤ VÀ GIẢI PHÁP", (1, "II", "NHIỆM VỤ VÀ GIẢI PHÁP")),
    ("Phần bốn - Tổ chức thực hiện", (1, "IV", "Tổ chức thực hiện")),
])
def test_parts_named_by_a_count(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "Phần một số hộ dân chưa đăng ký",     # a count inside a sentence
    "Phần hai bên đường được trồng cây",
    "Phần ba tháng cuối năm",
    "Phần năm 2025 còn lại",
])
def test_a_count_after_phan_in_a_sentence_is_no_part(line):
    assert match_heading(line) is None


@pytest.mark.parametrize("parts", [
    ("PHẦN MỘT\nMỤC ĐÍCH, YÊU CẦU", "PHẦN HAI\nNHIỆM VỤ CỤ THỂ", "PHẦN BA\nTỔ CHỨC THỰC HIỆN"),
    ("Phần một: MỤC ĐÍCH, YÊU CẦU", "Phần hai: NHIỆM VỤ CỤ THỂ", "Phần ba: TỔ CHỨC THỰC HIỆN"),
    # a part's Roman marker alone on its line, its heading on the next
    ("I.\nMỤC ĐÍCH, YÊU CẦU", "II.\nNHIỆM VỤ CỤ THỂ", "III.\nTỔ CHỨC THỰC HIỆN"),
    ("I)\nMục đích, yêu cầu", "II)\nNội dung thực hiện", "III)\nTổ chức thực hiện"),
])
def test_outline_with_parts_by_count_or_marker_alone(parts):
    p1, p2, p3 = parts
    text = (f"KẾ HOẠCH\nNgày hội văn hóa các dân tộc năm 2026\nCăn cứ Luật Di sản văn hóa năm 2024;\n{p1}\n"
            f"1. Mục đích\n- Quảng bá.\n{p2}\n1. Tổ chức khai mạc.\n2. Tổ chức trình diễn cồng chiêng trong quý\n"
            f"III. năm 2026.\n{p3}\n1. Phòng Văn hóa theo dõi.\n")
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    assert [(n.section.marker, n.section.heading.upper(), n.kind) for n in nodes if n.section.level == 1] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", "purpose_requirements"), ("II", "NHIỆM VỤ CỤ THỂ" if "NHIỆM" in p2 else
                                                            "NỘI DUNG THỰC HIỆN", "content"),
        ("III", "TỔ CHỨC THỰC HIỆN", "organization")]
    content = [n for n in nodes if n.kind == "content" and n.section.level == 1][0]
    assert [c.section.marker for c in content.children] == ["1", "2"]


@pytest.mark.parametrize("text, parts", [
    # a quarter wrapped off "quý": the numeral is the rest of the phrase
    ("I. MỤC ĐÍCH\n1. Quảng bá.\nII. NỘI DUNG\n1. Tổ chức hội thi trong quý\nIII.\nHỘI THI CẤP HUYỆN\n"
     "2. Tham gia hội chợ.\n", ["I", "II"]),
    # a flattened table's group row: its first row's STT alone after its title
    ("I. MỤC ĐÍCH\n1. Quảng bá.\nII. NỘI DUNG\nSTT\nNội dung\nThời gian\nIII.\nCÔNG TÁC TUYÊN TRUYỀN\n1\n"
     "Tuyên truyền trên loa truyền thanh\nTháng 3/2026\n", ["I", "II"]),
    # a numeral out of sequence, or a heading in small letters running as a sentence
    ("I. MỤC ĐÍCH\n1. Quảng bá.\nIV.\nCÁC ĐƠN VỊ PHỐI HỢP\n1. Phòng Văn hóa.\n", ["I"]),
    ("I. MỤC ĐÍCH\n1. Quảng bá.\nII.\nCác xã thực hiện tốt các nhiệm vụ được giao.\n1. Phòng Văn hóa.\n", ["I"]),
    # no marker point: "II" alone is a table's group cell
    ("I. MỤC ĐÍCH\n1. Quảng bá.\nII\nNHIỆM VỤ CỤ THỂ\n1. Phòng Văn hóa.\n", ["I"]),
])
def test_a_roman_numeral_alone_that_is_no_part(text, parts):
    nodes = build_outline(normalize_text("KẾ HOẠCH\nHội thi năm 2026\n" + text), set())
    assert [n.section.marker for n in nodes if n.section.level == 1] == parts


@pytest.mark.parametrize("caption, closes", [
    ("Nơi gửi:", True), ("NƠI GỬI:", True), ("Nơi gửi: - UBND huyện;", True), ("Nơi gửi: KT. CHỦ TỊCH", True),
    # negatives: a task's field, a sentence
    ("- Nơi gửi: Phòng Nội vụ huyện trước ngày 15/12/2025.", False), ("Nơi gửi hồ sơ tại Bộ phận một cửa.", False),
    # "Nơi nhận" as the closing reader finds it (closing.recipients_caption_end): before a colon, a bullet
    # or a capital, as OCR reads it too; a task about what is received goes on in its item
    ("Nơi nhận:", True), ("NƠI NHẬN:", True), ("Nơi nhận", True), ("Nơi nhận: - UBND huyện;", True),
    ("N0i nhận:", True), ("Nơi nhận :", True),
    ("Nơi nhận hồ sơ: Bộ phận một cửa UBND xã.", False), ("Nơi nhận báo cáo là Văn phòng HĐND và UBND xã.", False),
    ("- Nơi nhận: Bộ phận một cửa UBND xã.", False),
])
def test_a_recipients_caption_closes_the_outline(caption, closes):
    text = ("KẾ HOẠCH\nHội thi năm 2026\nI. MỤC ĐÍCH\n1. Quảng bá.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa theo dõi.\n"
            f"{caption}\n- Như trên;\n- Lưu: VT.\n")
    doc = normalize_text(text)
    last = build_outline(doc, set())[-1]
    inside = doc.text[last.section.char_start:last.section.char_end]
    assert ("Lưu: VT" not in inside) is closes


# An acting head signing in their own name prints "QUYỀN GIÁM ĐỐC" / "QUYỀN CHỦ TỊCH" alone: with the
# signature under it, it ends the last item as "GIÁM ĐỐC" does.
@pytest.mark.parametrize("closing", [
    "QUYỀN GIÁM ĐỐC\n(Đã ký)\nBạch Văn Long\nNơi nhận:\n- Sở Y tế;\n",
    "QUYỀN CHỦ TỊCH\nĐồng Văn Hùng\nNơi nhận:\n- Như trên;\n",
])
def test_unseen_issuers_a_bare_acting_title_ends_the_body(closing):
    text = ("KẾ HOẠCH\nCông tác hội năm 2025\nII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Hội thực hiện.\n"
            "2. Các chi hội theo dõi, tổng hợp kết quả.\n" + closing)
    doc = normalize_text(text)
    nodes = build_outline(doc, set())
    last = [n for n in nodes if n.section.marker == "2"][0]
    assert last.body == []


# ---- a capital is VI_UPPER, not the range À-Ỹ (which holds small letters: à, ấ, đ, ơ, ư …): a Roman
# number before "/", a bare number, a letter before "." or "/" open a heading only before a capital
@pytest.mark.parametrize("line", [
    "II/ đẩy mạnh công tác tuyên truyền", "I/ ấp Tân Lập", "III/ ưu tiên nguồn lực",
    "1 ấp văn hóa được công nhận lại", "2 ủy viên Ban Chấp hành", "12 ổ dịch được xử lý", "3 đơn vị trường học",
    "a/ ưu tiên các hộ nghèo", "b. ổn định sản xuất", "đ/ ấp Phú Hòa", "c. ơn nghĩa", "d/ đề nghị các ngành",
])
def test_t4caps_a_small_accented_letter_opens_no_heading(line):
    assert match_heading(line) is None


@pytest.mark.parametrize("line, expected", [
    ("II/ ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN", (1, "II", "ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN")),
    ("I/ Ấp văn hóa", (1, "I", "Ấp văn hóa")), ("III/ Ưu tiên nguồn lực", (1, "III", "Ưu tiên nguồn lực")),
    ("IV/ Tổ chức thực hiện", (1, "IV", "Tổ chức thực hiện")),
    ("1 Ấp văn hóa được công nhận lại", (2, "1", "Ấp văn hóa được công nhận lại")),
    ("2 Ủy viên Ban Chấp hành", (2, "2", "Ủy viên Ban Chấp hành")), ("3 Đơn vị trường học", (2, "3", "Đơn vị trường học")),
    ("4 Tổ chức hội nghị", (2, "4", "Tổ chức hội nghị")), ("5 Ơn nghĩa với người có công", (2, "5", "Ơn nghĩa với người có công")),
    ("a/ Ưu tiên các hộ nghèo", (4, "a", "Ưu tiên các hộ nghèo")), ("b. Ổn định sản xuất", (4, "b", "Ổn định sản xuất")),
    ("đ/ Ấp Phú Hòa", (4, "đ", "Ấp Phú Hòa")), ("d/ Đề nghị các ngành", (4, "d", "Đề nghị các ngành")),
    ("c. Công an xã", (4, "c", "Công an xã")),
])
def test_t4caps_a_capital_of_every_kind_still_opens_its_heading(line, expected):
    assert match_heading(line) == expected


# (speed, issue #5) An item takes its part's kind without its own words being classified, except
# under a purpose-and-requirements part (which half it is) and where it says who/when (context).
SPEED5_PLAN = """KẾ HOẠCH
Chuyển đổi số năm 2026 của xã Ia Mơ Nông
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả quản lý.
2. Yêu cầu
Bảo đảm đúng tiến độ.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức thực hiện rà soát, phân công trách nhiệm số hóa hồ sơ tại bộ phận một cửa.
2. Thời gian thực hiện: từ tháng 3 đến tháng 12/2026.
III. TỔ CHỨC THỰC HIỆN
1. Nội dung tuyên truyền do Công chức Văn hóa - Xã hội chủ trì.
"""


def test_speed5_item_kinds_follow_their_part():
    nodes = build_outline(normalize_text(SPEED5_PLAN), set())
    kinds = [(n.section.level, n.section.heading[:12], n.kind) for n in nodes]
    assert kinds == [
        (1, "MỤC ĐÍCH, YÊ", "purpose_requirements"),
        (2, "Mục đích", "purpose"),
        (2, "Yêu cầu", "requirements"),
        (1, "NHIỆM VỤ VÀ ", "content"),
        (2, "Tổ chức thực", "content"),
        (2, "Thời gian th", "other"),
        (1, "TỔ CHỨC THỰC", "organization"),
        (2, "Nội dung tuy", "organization"),
    ]


# h5d (real school and Đội plans): parts and items typed "II/." and "1/." (a slash before the dot,
# with or without a space after it); "V/V" (về việc) in capitals stays text.
@pytest.mark.parametrize("line, expected", [
    ("II/. NỘI DUNG - HÌNH THỨC:", (1, "II", "NỘI DUNG - HÌNH THỨC")),
    ("I/.MỤC ĐÍCH YÊU CẦU", (1, "I", "MỤC ĐÍCH YÊU CẦU")),
    ("IV/. PHÂN CÔNG NHIỆM VỤ", (1, "IV", "PHÂN CÔNG NHIỆM VỤ")),
    ("1/. Hình thức thi:", (2, "1", "Hình thức thi:")),
    ("3/.Tổ chức ra quân dọn vệ sinh khu di tích", (2, "3", "Tổ chức ra quân dọn vệ sinh khu di tích")),
    ("V/V TỔ CHỨC ĐÊM HỘI TRĂNG RẰM", None),
    ("V/v tổ chức Hội khỏe Phù Đổng", None),
])
def test_h5d_slash_dot_markers(line, expected):
    assert match_heading(line) == expected


# h5d: a figure with a dot between its thousands that a wrapped line opens with ("10.064 ha", "1.250
# hộ", "2.500.000 đồng") is a number, not an item "10." / "1." ; a real item with a share stays one.
@pytest.mark.parametrize("line, expected", [
    ("10.064 ha, sản lượng 192,4 nghìn tấn.", None),
    ("1.250 hộ gia đình được hỗ trợ nước sạch", None),
    ("2.500.000 đồng/người/tháng đối với cộng tác viên", None),
    ("3. 100% thôn, bản có tổ hòa giải", (2, "3", "100% thôn, bản có tổ hòa giải")),
    ("12. Tổ chức Hội nghị tổng kết", (2, "12", "Tổ chức Hội nghị tổng kết")),
    ("2.1. Rà soát hộ nghèo", (3, "2.1", "Rà soát hộ nghèo")),
])
def test_h5d_thousands_figure_is_no_item(line, expected):
    assert match_heading(line) == expected


# h5d: a month's or week's plan part after the review of the last period is the work to do.
@pytest.mark.parametrize("heading, kind", [
    ("Kế hoạch công tác tháng 10/2019", "content"),
    ("KẾ HOẠCH CÔNG TÁC THÁNG 4/2026", "content"),
    ("Kế hoạch tháng 11 năm 2025", "content"),
    ("KẾ HOẠCH TUẦN 12", "content"),
    ("Đánh giá công tác tháng 9", "other"),
])
def test_h5d_period_plan_part_is_content(heading, kind):
    assert classify(heading) == kind


H5D_DOI_PLAN = """LIÊN ĐỘI TRƯỜNG TIỂU HỌC NẬM CHÀY
KẾ HOẠCH
Tổ chức Hội thi Nghi thức Đội năm học 2025 - 2026
I/.MỤC ĐÍCH YÊU CẦU
Rèn luyện kỹ năng nghi thức cho đội viên.
II/. ĐỐI TƯỢNG, SỐ LƯỢNG:
1/. Đối tượng: Đội viên các chi đội khối 4, 5.
2/. Số lượng: Mỗi chi đội cử 12 đội viên.
III/. NỘI DUNG:
1/. Thi đội hình, đội ngũ tại sân trường.
2/. Thi kiến thức về lịch sử Đội.
IV/. TỔ CHỨC THỰC HIỆN:
1/. Tổng phụ trách Đội xây dựng thể lệ.
"""


def test_h5d_slash_dot_outline_and_head_count_is_context():
    nodes = build_outline(normalize_text(H5D_DOI_PLAN), set())
    assert [(n.section.level, n.section.marker, n.kind) for n in nodes] == [
        (1, "I", "purpose_requirements"), (1, "II", "other"), (2, "1", "other"), (2, "2", "other"),
        (1, "III", "content"), (2, "1", "content"), (2, "2", "content"), (1, "IV", "organization"),
        (2, "1", "organization")]


# h3 (v26): a part of targets named by a word before "chỉ tiêu" is a part of targets, as "CHỈ TIÊU" is
@pytest.mark.parametrize("heading, kind", [
    ("Nội dung chỉ tiêu cụ thể", "purpose"),
    ("MỘT SỐ CHỈ TIÊU", "purpose"),
    ("CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "purpose"),
    ("Những chỉ tiêu cơ bản", "purpose"),
    ("Hệ thống chỉ tiêu giám sát", "purpose"),
    # naming the work beside the targets, or only the word inside another phrase: read as before
    ("Các chỉ tiêu và nhiệm vụ trọng tâm", "content"),
    ("Nội dung chỉ tiêu, giải pháp thực hiện", "content"),
    ("Nội dung thực hiện", "content"),
])
def test_h3f_target_part_named_after_a_word(heading, kind):
    assert classify(heading) == kind


# h3cpu: is_context_heading reads the fold of a heading's first characters before folding the whole
# (an item's heading can be a paragraph): the same answers as folding it all
@pytest.mark.parametrize("title, want", [
    ("Đối tượng: cán bộ, công chức xã Pờ Ly Ngài", True),
    ("THỜI GIAN THỰC HIỆN", True),
    ("  Địa điểm: Nhà văn hóa thôn Khuổi Vầy", True),
    ("Số lượng: mỗi chi đoàn cử 05 đoàn viên tham gia", True),
    ("Kinh phí thực hiện", True),
    ("Chế độ báo cáo", True),
    ("Số lượng, chất lượng đoàn viên được nâng lên, đạt 50 đoàn viên", False),
    ("Thực hiện tốt công tác tuyên truyền về phòng, chống thiên tai trên địa bàn phường Hưng Dũng", False),
    ("Tuyên truyền", False),
    ("Thời", False),
    ("Đ", False),
    ("", False),
])
def test_h3cpu_context_heading_by_its_opening(title, want):
    from extractors.sections import is_context_heading

    assert is_context_heading(title) is want


def test_h3cpu_context_heading_opening_agrees_with_the_whole_fold():
    import random

    from extractors.sections import CONTEXT_HEADING, CONTEXT_OPENINGS, is_context_heading
    from pipeline.normalize import fold

    for name in ("doi tuong", "so luong:", "pham vi", "thoi gian", "dia diem", "chu de", "tieu chi", "cach cham diem",
                 "cach tinh diem", "thang diem", "xep hang", "hinh thuc", "co cau giai thuong", "kinh phi",
                 "che do bao cao", "thanh phan", "quy trinh", "nguyen tac"):
        assert CONTEXT_HEADING.match(name) and name[:4] in CONTEXT_OPENINGS, name
    words = ["Đối", "tượng", "Số", "lượng", "Phạm", "vi", "THỜI", "GIAN", "Địa", "điểm", "Chủ", "đề", "Tiêu", "chí", "Cách",
             "chấm", "Thang", "Xếp", "hạng", "Hình", "thức", "Cơ", "cấu", "Kinh", "phí", "Chế", "độ", "Thành", "phần",
             "Quy", "trình", "Nguyên", "tắc", "tham", "gia", ":", ",", "  ", "\t", "\u00a0", "\u200b", "Tuyên", "đạt"]
    rng = random.Random(5)
    agreed = 0
    for _ in range(20000):
        title = rng.choice(["", " ", "\t"]) + " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        f = fold(title)
        whole = bool(CONTEXT_HEADING.match(f)) and (len(f) < 100 or ":" in f[:40])
        assert is_context_heading(title) is whole, repr(title)
        agreed += whole
    assert agreed > 100


# ---- h6 (v28): a web page that renumbered the parts before "III." as list items (" 1. MỤC ĐÍCH …")
@pytest.mark.parametrize("first, second", [
    (" 1. MỤC ĐÍCH VÀ Ý NGHĨA:", " 1. NỘI DUNG:"),
    ("1. MỤC ĐÍCH, YÊU CẦU", "2. NỘI DUNG HOẠT ĐỘNG"),
])
def test_h6v28_lost_roman_parts_before_iii(first, second):
    from pipeline.extract import extract_bytes
    text = ("LIÊN ĐỘI TRƯỜNG TH QUẢNG PHÚ\nSố: 03/KH-LĐ\nQuảng Phú, ngày 10 tháng 10 năm 2023\nKẾ HOẠCH\nĐại hội Liên đội\n"
            "Căn cứ Chương trình công tác Đội năm học 2023 - 2024, Liên đội lập kế hoạch như sau:\n"
            f"{first}\n– Tổng kết công tác Đội năm học trước.\n{second}\n– Bầu Ban Chỉ huy Liên đội mới.\n"
            "III. THỜI GIAN, ĐỊA ĐIỂM:\n– Ngày 20/10/2023 tại sân trường.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [(s.level, s.kind.split("_")[0]) for s in plan.sections if s.level == 1] == [(1, "purpose"), (1, "content"), (1, "other")]


# ---- h29: a part's heading in capitals closed by a full stop keeps no stop; one that runs on in small
# letters after a colon keeps all it says
@pytest.mark.parametrize("line, heading", [
    ("I -  NHIỆM VỤ TRỌNG TÂM.", "NHIỆM VỤ TRỌNG TÂM"),
    ("II. TỔ CHỨC THỰC HIỆN.", "TỔ CHỨC THỰC HIỆN"),
    ("III- KINH PHÍ THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND.", "KINH PHÍ THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND"),
    ("IV. THỜI GIAN: Từ tháng 4/2026 đến hết tháng 9/2026.", "THỜI GIAN: Từ tháng 4/2026 đến hết tháng 9/2026."),
    ("V. NỘI DUNG...", "NỘI DUNG..."),
])
def test_h29_caps_part_heading_drops_its_full_stop(line, heading):
    hit = match_heading(line)
    assert hit is not None and hit[0] == 1 and hit[2] == heading


# ---- v29 h5: a monthly or weekly plan's review of the period before is no work to do; a school plan's
# approval line beside its author's title ends the last part, as a signer's title does
@pytest.mark.parametrize("heading, kind", [
    ("I. ĐÁNH GIÁ HOẠT ĐỘNG THÁNG 10", "other"),
    ("1. Đánh giá công tác tuần 12", "other"),
    ("I. Đánh giá tháng 2", "other"),
    ("II. KẾ HOẠCH THÁNG 11", "content"),
    ("III. Nhiệm vụ đánh giá chuẩn hiệu trưởng", "content"),   # the work itself
])
def test_v29h5_a_review_of_the_last_period_is_other(heading, kind):
    from extractors.sections import KIND_RULES
    from pipeline.normalize import fold
    head = heading.split(". ", 1)[1]
    assert next(k for k, rule in KIND_RULES if rule.search(fold(head).lower())) == kind


@pytest.mark.parametrize("approval", ["DUYỆT CỦA BAN GIÁM HIỆU          TỔNG PHỤ TRÁCH ĐỘI", "Duyệt BGH      GV Tổng phụ trách Đội",
                                      "DUYỆT CỦA HIỆU TRƯỞNG     NGƯỜI LẬP KẾ HOẠCH",
                                      # (the approver first, v30 h9)
                                      "HIỆU TRƯỞNG DUYỆT          TỔNG PHỤ TRÁCH ĐỘI", "BGH DUYỆT     TỔ TRƯỞNG",
                                      "LÃNH ĐẠO NHÀ TRƯỜNG DUYỆT    NGƯỜI LẬP KẾ HOẠCH"])
def test_v29h5_approval_line_ends_the_last_part(approval):
    from pipeline.extract import extract_bytes
    text = ("TRƯỜNG TIỂU HỌC AN BÌNH\nAn Bình, ngày 02 tháng 12 năm 2024\nKẾ HOẠCH\nHoạt động Liên đội tháng 12\n"
            "I. NỘI DUNG\n- Kiểm tra nề nếp các chi đội.\n- Thi kể chuyện về anh bộ đội cụ Hồ.\n"
            f"{approval}\nNguyễn Thị Lan     Trần Văn Bình\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [t.text for t in plan.tasks] == ["Kiểm tra nề nếp các chi đội.", "Thi kể chuyện về anh bộ đội cụ Hồ."]


def test_v29h5_approving_a_plan_is_a_task():
    from pipeline.extract import extract_bytes
    text = ("TRƯỜNG THCS AN BÌNH\nAn Bình, ngày 02 tháng 9 năm 2024\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2024 - 2025\n"
            "I. NỘI DUNG\n- Duyệt kế hoạch giáo dục của các tổ chuyên môn.\n- Kiểm tra hồ sơ giáo viên.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert len(plan.tasks) == 2


# ---- v30 h9: the approver's verb in a task in small letters is a task (the approval printed approver first,
# "HIỆU TRƯỞNG DUYỆT", ends the last part as "DUYỆT CỦA …" does: test_v29h5_approval_line_ends_the_last_part)
def test_v30h9_approver_verb_in_a_task():
    from pipeline.extract import extract_bytes
    text = ("TRƯỜNG MẦM NON HOA SEN\nPhú Lộc, ngày 05 tháng 9 năm 2024\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2024 - 2025\n"
            "I. NỘI DUNG\n- Hiệu trưởng duyệt kế hoạch giáo dục của các nhóm, lớp.\n"
            "- Ban giám hiệu duyệt hồ sơ chuyên môn.\n"
            "- Kiểm tra vệ sinh bếp ăn.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert len(plan.tasks) == 3
