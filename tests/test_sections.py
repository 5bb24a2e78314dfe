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
    ("1. Mục đích", (2, "1", "Mục đích")),
    ("2) Tuyên truyền vận động", (2, "2", "Tuyên truyền vận động")),
    ("3 Công tác bầu cử", (2, "3", "Công tác bầu cử")),
    ("1.2. Rà soát hộ nghèo", (3, "1.2", "Rà soát hộ nghèo")),
    ("2.3 Kiểm tra giám sát", (3, "2.3", "Kiểm tra giám sát")),
    ("1.2.1. Khảo sát", (4, "1.2.1", "Khảo sát")),
    ("a) Phòng Y tế chủ trì", (4, "a", "Phòng Y tế chủ trì")),
    ("đ) Công an xã", (4, "đ", "Công an xã")),
    ("(3) Tập huấn cán bộ", (5, "3", "Tập huấn cán bộ")),
])
def test_match_heading(line, expected):
    assert match_heading(line) == expected


@pytest.mark.parametrize("line", [
    "I Quý I",                      # a quarter group row of a task table
    "QUÝ II",
    "135 năm ngày sinh của Bác",     # a figure, not a marker
    "2025 là năm có nhiều sự kiện",
    "(Phụ lục 1 - Tiến độ thực hiện)",  # a pointer to an appendix, not the appendix
    "- Văn phòng UBND xã;",
    "Vì người nghèo",
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
    ("KINH PHÍ THỰC HIỆN", "other"),
    ("ĐỐI TƯỢNG, PHẠM VI", "other"),
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
