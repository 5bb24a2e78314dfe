"""Tasks of numbered content items (extractors.tasks via extract_bytes): who leads an item that a
unit heads."""
import datetime as dt
import sys
from pathlib import Path

import pytest

from pipeline.extract import extract_bytes


def _plan(issuer: str, place: str, body: str, ext: str = "txt") -> list[tuple[str, list[str], str | None]]:
    text = (f"{issuer}\nSố: 52/KH-UBND\n{place}, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NHIỆM VỤ CỤ THỂ\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    return [(t.text, t.lead_units, t.timing_text) for t in plan.tasks]


@pytest.mark.parametrize("issuer, place, body, ext, want", [
    # a unit, a colon and its duties on one line: the unit leads, the duties are the task
    ("UBND HUYỆN HẢI HẬU", "Hải Hậu",
     "1. Phòng Văn hóa và Thông tin: Chủ trì tổ chức Ngày hội Sách huyện; hoàn thành trước ngày 21/4/2025.\n"
     "2. UBND các xã, thị trấn: Xây dựng kế hoạch triển khai tại địa phương; thời gian: Quý II/2025.", "txt",
     [("Chủ trì tổ chức Ngày hội Sách huyện; hoàn thành trước ngày 21/4/2025.", ["Phòng Văn hóa và Thông tin"],
       "hoàn thành trước ngày 21/4/2025"),
      ("Xây dựng kế hoạch triển khai tại địa phương; thời gian: Quý II/2025.", ["UBND các xã, thị trấn"],
       "Quý II/2025")]),
    ("UBND TỈNH BẾN TRE", "Bến Tre",
     "**1. Sở Y tế:** Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.\n\n"
     "**2. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:** Vận động Nhân dân tham gia.",
     "md",
     [("Tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi.", ["Sở Y tế"], None),
      ("Vận động Nhân dân tham gia.", ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh"], None)]),
    ("UBND XÃ TÂN LẬP", "Tân Lập",
     "1. Bảo đảm an ninh trật tự\na) Công an xã: Tuần tra, kiểm soát tại các điểm giao thông trọng điểm.\n"
     "b) Ban Chỉ huy Quân sự xã: Huấn luyện dân quân; thời gian: tháng 5/2025.", "txt",
     [("Tuần tra, kiểm soát tại các điểm giao thông trọng điểm.", ["Công an xã"], None),
      ("Huấn luyện dân quân; thời gian: tháng 5/2025.", ["Ban Chỉ huy Quân sự xã"], "tháng 5/2025")]),
    # a topic, a verb or an activity before the colon is no unit: the whole line is the task
    ("UBND HUYỆN HẢI HẬU", "Hải Hậu",
     "1. Công tác tuyên truyền: Tuyên truyền trên hệ thống truyền thanh cơ sở.\n"
     "2. Phòng, chống dịch bệnh: Tổ chức phun khử khuẩn tại các chợ.\n"
     "3. Tổ chức Hội nghị sơ kết: mời đại biểu các xã, thị trấn dự.", "txt",
     [("Công tác tuyên truyền: Tuyên truyền trên hệ thống truyền thanh cơ sở.", [], None),
      ("Phòng, chống dịch bệnh: Tổ chức phun khử khuẩn tại các chợ.", [], None),
      ("Tổ chức Hội nghị sơ kết: mời đại biểu các xã, thị trấn dự.", [], None)]),
])
def test_a_unit_heading_its_duties_on_one_line_leads_them(issuer, place, body, ext, want):
    assert _plan(issuer, place, body, ext) == want


@pytest.mark.parametrize("issuer, place, body, want", [
    # an item whose sentence opens with the unit that does it: that unit leads
    ("CÔNG AN HUYỆN TRẢNG BOM", "Trảng Bom",
     "2.1. Đội Cảnh sát giao thông - Trật tự tổ chức tuần tra trên Quốc lộ 1A; thực hiện thường xuyên.\n"
     "2.2. Công an các xã, thị trấn tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên loa truyền thanh.",
     [["Đội Cảnh sát giao thông - Trật tự"], ["Công an các xã, thị trấn"]]),
    ("UBND HUYỆN ĐỨC TRỌNG", "Đức Trọng",
     "1. Phòng Tài nguyên và Môi trường rà soát các điểm tập kết rác thải tự phát.\n"
     "2. UBND các xã, thị trấn vận động Nhân dân phân loại rác tại nguồn.",
     [["Phòng Tài nguyên và Môi trường"], ["UBND các xã, thị trấn"]]),
    # an item that opens with its verb or its topic names no lead
    ("UBND XÃ PHÚ CƯỜNG", "Phú Cường",
     "1. Tổ chức tuyên truyền về phòng, chống dịch bệnh trên hệ thống loa truyền thanh.\n"
     "2. Công tác vệ sinh môi trường được duy trì hằng tuần.",
     [[], []]),
])
def test_the_unit_an_item_opens_with_leads_it(issuer, place, body, want):
    assert [lead for _, lead, _ in _plan(issuer, place, body)] == want


# A content section organized by unit: the unit heading an item is the unsaid subject of its
# "phối hợp với …", whose units support it.
UNIT_ORGANIZED = (
    "UBND TỈNH CAO BẰNG\nBAN CHỈ ĐẠO 389 TỈNH\nSố: 03/KH-BCĐ389\nCao Bằng, ngày 4 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Chống buôn lậu năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Ngăn chặn buôn lậu.\nII. NHIỆM VỤ CỤ THỂ\n"
    "1. Công an tỉnh:\na) Chủ trì, phối hợp với Cục Hải quan tỉnh và Sở Công Thương đấu tranh, triệt phá đường dây buôn lậu.\n"
    "b) Điều tra các vụ án buôn lậu; thực hiện thường xuyên.\n"
    "2. Sở Y tế: Phối hợp với Công an tỉnh kiểm tra cơ sở kinh doanh thuốc; hoàn thành trước ngày 30/6/2025.\n"
    "3. Bộ Chỉ huy Bộ đội Biên phòng tỉnh: Tuần tra đường mòn, lối mở; phối hợp với UBND các huyện biên giới "
    "vận động Nhân dân.\n"
    "4. Phối hợp với UBND các huyện tổ chức tuyên truyền.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương theo dõi, tổng hợp.\n")


def test_the_unit_heading_an_item_is_the_subject_of_its_phoi_hop():
    plan = extract_bytes(UNIT_ORGANIZED.encode(), "cao-bang-2025.txt")
    assert [(t.lead_units, t.support_units) for t in plan.tasks] == [
        (["Công an tỉnh"], ["Cục Hải quan tỉnh", "Sở Công Thương"]),
        (["Công an tỉnh"], []),
        (["Sở Y tế"], ["Công an tỉnh"]),
        (["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["UBND các huyện biên giới"]),
        ([], ["UBND các huyện"]),  # nobody in charge printed: the plan's own work, with its partners
    ]


def _timed(body: str, after: str = "") -> list[tuple[str, object, str | None, list[str]]]:
    text = ("UBND XÃ THẠCH HÒA\nSố: 38/KH-UBND\nThạch Hòa, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống ma túy năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\nII. NỘI DUNG THỰC HIỆN\n"
            f"{body}\n{after}III. TỔ CHỨC THỰC HIỆN\n1. Công an xã theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    return [(" ".join(t.text.split()[:3]), t.deadline, t.timing_text, t.lead_units) for t in plan.tasks]


def test_a_timing_field_under_a_group_heading_times_each_item_of_the_group():
    import datetime as dt
    got = _timed("1. Công tác tuyên truyền\nThời gian thực hiện: trong năm 2025.\n"
                 "a) Tuyên truyền trên hệ thống loa truyền thanh xã.\n"
                 "b) Tổ chức ngoại khóa cho học sinh; hoàn thành trước ngày 30/6/2025.\n"
                 "2. Công tác quản lý\n- Thời gian: Quý III/2025.\n- Đơn vị chủ trì: Công an xã.\n"
                 "a) Rà soát, lập danh sách người nghiện.\nb) Quản lý người sau cai nghiện.\n"
                 "3. Công tác kiểm tra\na) Kiểm tra các cơ sở kinh doanh karaoke.")
    assert got == [
        ("Tuyên truyền trên", dt.date(2025, 12, 31), "trong năm 2025", []),
        # the item's own timing wins over its group's
        ("Tổ chức ngoại", dt.date(2025, 6, 30), "hoàn thành trước ngày 30/6/2025", []),
        # a field bullet under the heading gives the units too
        ("Rà soát, lập", dt.date(2025, 9, 30), "Quý III/2025", ["Công an xã"]),
        ("Quản lý người", dt.date(2025, 9, 30), "Quý III/2025", ["Công an xã"]),
        # another group's field is not this one's
        ("Kiểm tra các", None, None, []),
    ]


def test_when_the_whole_plan_runs_is_no_deadline_of_its_tasks():
    # a part or an item that says when the plan runs is context (SCHEMA.md): its items print none
    got = _timed("1. Công tác tuyên truyền\na) Tuyên truyền trên hệ thống loa truyền thanh xã.\n"
                 "2. Thời gian thực hiện\nTừ tháng 3/2025 đến hết tháng 12/2025.",
                 after="III. THỜI GIAN THỰC HIỆN: Từ tháng 3/2025 đến hết tháng 12/2025.\n")
    assert got == [("Tuyên truyền trên", None, None, [])]


# An item whose text opens with the unit that does it and goes on "phối hợp với …": those units
# support it; a unit that only "phối hợp" (without "với") is not read as in charge of anything.
SUBJECT_LED = (
    "HỘI CCB HUYỆN CẨM GIÀNG\nBCH HỘI CCB XÃ CẨM VĂN\nSố: 06/KH-CCB\nCẩm Văn, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Công tác Hội năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng hoạt động.\nII. NỘI DUNG, NHIỆM VỤ\n"
    "1. Công tác giữ gìn an ninh, trật tự\n"
    "a) Các chi hội phối hợp với Công an xã nắm tình hình, tham gia hòa giải ở cơ sở; thực hiện thường xuyên.\n"
    "b) Ban Thường vụ Hội tổ chức kiểm tra tại 03 chi hội; thời gian trong quý III/2025.\n"
    "c) Phối hợp với Ban Chỉ huy Quân sự xã tổ chức gặp mặt thanh niên lên đường nhập ngũ.\n"
    "d) Vận động hội viên giúp nhau phát triển kinh tế. Các chi hội chủ trì thực hiện; Ban Thường vụ Hội phối hợp.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ Hội Cựu chiến binh xã phân công Ủy viên Ban Chấp hành theo dõi.\n")


def test_the_units_after_an_items_subject_and_phoi_hop_voi_support_it():
    plan = extract_bytes(SUBJECT_LED.encode(), "cam-van-2025.txt")
    assert [(t.lead_units, t.support_units) for t in plan.tasks] == [
        (["Các chi hội"], ["Công an xã"]),
        (["Ban Thường vụ Hội"], []),
        ([], ["Ban Chỉ huy Quân sự xã"]),  # the issuer's own work, with its partner
        (["Các chi hội"], ["Ban Thường vụ Hội"]),
    ]
    assert [a.units for a in plan.assignments] == [["Ban Thường vụ Hội Cựu chiến binh xã"]]
    assert plan.header.issuer == "Ban Chấp hành Hội Cựu chiến binh xã Cẩm Văn"


# A department plan copied from a PDF: lines wrapped at ~70 characters, the fields under each item
# on lines of their own, the support units wrapped to the line after their label, page numbers
# standing alone between paragraphs.
WRAPPED_FIELDS = """UBND TỈNH NGHỆ AN
SỞ TƯ PHÁP
Số: 215/KH-STP Nghệ An, ngày 14 tháng 02 năm 2025
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời.
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức phổ biến các luật mới cho cán bộ, công chức, viên chức và
người lao động.
Cơ quan chủ trì: Phòng Phổ biến, giáo dục pháp luật; Cơ quan phối hợp:
Văn phòng Sở, các sở, ban, ngành cấp tỉnh.
Thời gian: Quý II/2025.

3

2. Kiểm tra việc công nhận xã đạt chuẩn tiếp cận pháp luật năm 2025.

4

Đơn vị chủ trì: Thanh tra Sở; đơn vị phối hợp:
Phòng Tư pháp các huyện, thành phố, thị xã.
Thời hạn hoàn thành: trước ngày 15/12/2025.
3. Hướng dẫn hòa giải ở cơ sở.
- Cơ quan chủ trì: Phòng Phổ biến, giáo dục pháp luật.
- Cơ quan phối hợp:
- Thời gian: Tháng 9/2025.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở theo dõi, báo cáo.
"""


def test_a_field_wrapped_after_its_label_and_page_numbers_between_paragraphs():
    plan = extract_bytes(WRAPPED_FIELDS.encode(), "nghe-an-stp.txt")
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("Tổ chức phổ biến các luật mới cho cán bộ, công chức, viên chức và người lao động.",
         ["Phòng Phổ biến, giáo dục pháp luật"], ["Văn phòng Sở", "các sở, ban, ngành cấp tỉnh"], "Quý II/2025"),
        ("Kiểm tra việc công nhận xã đạt chuẩn tiếp cận pháp luật năm 2025.",
         ["Thanh tra Sở"], ["Phòng Tư pháp các huyện, thành phố, thị xã"], "trước ngày 15/12/2025"),
        # a label left empty takes no value from the next field
        ("Hướng dẫn hòa giải ở cơ sở.", ["Phòng Phổ biến, giáo dục pháp luật"], [], "Tháng 9/2025"),
    ]


_ORG_HEAD = ("UBND TỈNH SƠN LA\nSố: 38/KH-UBND\nSơn La, ngày 14 tháng 02 năm 2025\nKẾ HOẠCH\nTrồng rừng năm 2025\n"
             "I. NHIỆM VỤ\n1. Rà soát quỹ đất trồng rừng.\nII. TỔ CHỨC THỰC HIỆN\n"
             "1. Sở Tài chính: Tham mưu bố trí kinh phí.\n2. UBND các huyện, thành phố: Giao chỉ tiêu đến từng xã.\n")


@pytest.mark.parametrize("intro, head, rows", [
    ("Đầu mối liên hệ của các cơ quan:", ["Đơn vị", "Đầu mối", "Số điện thoại"],
     [["Sở Nông nghiệp và Phát triển nông thôn", "Phòng Kế hoạch - Tài chính", "0212.3852.418"],
      ["Chi cục Kiểm lâm tỉnh", "Phòng Quản lý bảo vệ rừng", "0212.3856.702"]]),
    ("Thông tin liên hệ:", ["Cơ quan, đơn vị", "Cán bộ đầu mối", "Điện thoại"],
     [["Công an tỉnh", "Đại úy Lò Văn Minh", "0912.345.678"], ["Sở Y tế", "Bà Cầm Thị Hoa", "0212.3852.100"]]),
])
@pytest.mark.parametrize("ext", ["md", "html"])
def test_a_table_under_the_last_assignment_names_no_unit_it_addresses(intro, head, rows, ext):
    """A contact list or roster printed under an item of the organization part: its cells name
    units, but the item addresses only those its own paragraphs open with."""
    if ext == "md":
        table = "| " + " | ".join(head) + " |\n" + "|---" * len(head) + "|\n" + "".join(
            "| " + " | ".join(r) + " |\n" for r in rows)
        data = (_ORG_HEAD + intro + "\n" + table).encode()
    else:
        cell = lambda c: f"<td><p>{c}</p></td>"  # noqa: E731
        table = "<table>" + "".join("<tr>" + "".join(map(cell, r)) + "</tr>" for r in [head] + rows) + "</table>"
        data = ("<html><body>" + "".join(f"<p>{ln}</p>" for ln in (_ORG_HEAD + intro).splitlines())
                + table + "</body></html>").encode()
    plan = extract_bytes(data, f"son-la.{ext}")
    assert [a.units for a in plan.assignments] == [["Sở Tài chính"], ["UBND các huyện, thành phố"]]


@pytest.mark.parametrize("closing", [
    "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về "
    "UBND huyện (qua Phòng Văn hóa và Thông tin) để xem xét, giải quyết./.",
    "Trong quá trình tổ chức triển khai, có vướng mắc, các sở, ngành, địa phương phản ánh về UBND tỉnh "
    "(qua Sở Khoa học và Công nghệ) để chỉ đạo./.",
    "Quá trình triển khai thực hiện, nếu phát sinh vướng mắc, các đơn vị kịp thời báo cáo Ban Chỉ đạo./.",
    "Trong quá trình thực hiện, có khó khăn, các cơ quan, đơn vị báo cáo UBND xã để xem xét./.",
    # the issuer as the request's subject
    "UBND xã đề nghị các đơn vị, thôn nghiêm túc triển khai thực hiện./.",
    "Ủy ban nhân dân huyện Mường Tè yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    "Ban Chỉ đạo tỉnh đề nghị các sở, ngành, địa phương nghiêm túc thực hiện Kế hoạch này./.",
])
def test_the_closing_sentence_after_the_last_assignment_addresses_no_unit(closing):
    """The closing request printed under the last item of the organization part, in any of its
    wordings, names no unit the item addresses and is no part of its duties."""
    plan = extract_bytes((_ORG_HEAD + closing + "\n").encode(), "son-la.txt")
    assert [a.units for a in plan.assignments] == [["Sở Tài chính"], ["UBND các huyện, thành phố"]]
    assert "vướng mắc" not in plan.assignments[-1].text


def test_a_paragraph_of_the_last_assignment_is_kept():
    text = _ORG_HEAD + "Phòng Nông nghiệp các huyện phối hợp triển khai tại cơ sở.\n"
    plan = extract_bytes(text.encode(), "son-la.txt")
    assert plan.assignments[-1].units == ["UBND các huyện, thành phố", "Phòng Nông nghiệp các huyện"]


@pytest.mark.parametrize("paragraph, unit", [
    # a unit's own request to others, no closing of the plan: it names no issuer
    ("Công an xã đề nghị các hộ kinh doanh nghiêm túc chấp hành quy định về phòng cháy.", "Công an xã"),
    # the issuer's subordinate addressed, with no "nghiêm túc" closing it
    ("UBND các xã đề nghị các thôn, bản rà soát danh sách hộ nghèo.", "UBND các xã"),
])
def test_a_request_under_the_last_assignment_that_closes_nothing_is_kept(paragraph, unit):
    plan = extract_bytes((_ORG_HEAD + paragraph + "\n").encode(), "son-la.txt")
    assert plan.assignments[-1].units == ["UBND các huyện, thành phố", unit]


_CONTENT_HEAD = ("UBND TỈNH NINH THUẬN\nSố: 77/KH-UBND\nNinh Thuận, ngày 3 tháng 4 năm 2025\nKẾ HOẠCH\n"
                 "Chuyển đổi số năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm tiến độ.\nII. NHIỆM VỤ, GIẢI PHÁP\n"
                 "1. Hoàn thiện thể chế, chính sách về chuyển đổi số.\n"
                 "2. Phát triển hạ tầng số, dữ liệu số của tỉnh.\n")


@pytest.mark.parametrize("pointer", [
    "Các nhiệm vụ cụ thể được giao tại Phụ lục kèm theo Kế hoạch này.",
    "Chi tiết tại Phụ lục I kèm theo.",
    "(Có phụ lục chi tiết kèm theo)",
    "Nhiệm vụ cụ thể của từng cơ quan, đơn vị theo Phụ lục đính kèm.",
    # a pointer that lists the appendix's columns
    "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành tại Phụ lục I "
    "kèm theo Kế hoạch này.",
    "Danh mục nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp, tiến độ thực hiện và kinh phí chi tiết tại Phụ lục "
    "kèm theo.",
])
def test_a_pointer_to_the_appendix_after_the_last_item_is_not_its_text(pointer):
    text = _CONTENT_HEAD + pointer + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ theo dõi.\n"
    plan = extract_bytes(text.encode(), "ninh-thuan.txt")
    assert [t.text for t in plan.tasks] == ["Hoàn thiện thể chế, chính sách về chuyển đổi số.",
                                             "Phát triển hạ tầng số, dữ liệu số của tỉnh."]
    assert plan.document.text[plan.tasks[-1].char_start:plan.tasks[-1].char_end].endswith("của tỉnh.")


@pytest.mark.parametrize("tail, text", [
    # a line the item's sentence runs on into, and a paragraph that says more than where to look
    ("2. Phát triển hạ tầng số, dữ liệu số của tỉnh theo\nPhụ lục kèm theo.\n",
     "Phát triển hạ tầng số, dữ liệu số của tỉnh theo Phụ lục kèm theo."),
    ("2. Phát triển hạ tầng số, dữ liệu số của tỉnh.\n"
     "Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành trong quý III/2025 "
     "theo Phụ lục kèm theo.\n",
     "Phát triển hạ tầng số, dữ liệu số của tỉnh. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, "
     "hoàn thành trong quý III/2025 theo Phụ lục kèm theo."),
    ("2. Phát triển hạ tầng số, dữ liệu số của tỉnh.\nSở Y tế chủ trì thực hiện theo Phụ lục kèm theo.\n",
     "Phát triển hạ tầng số, dữ liệu số của tỉnh. Sở Y tế chủ trì thực hiện theo Phụ lục kèm theo."),
    # two clauses: work of its own ending with the pointer
    ("2. Phát triển hạ tầng số, dữ liệu số của tỉnh.\nNâng cấp mạng chuyên dùng; xây dựng kho dữ liệu "
     "theo Phụ lục kèm theo.\n",
     "Phát triển hạ tầng số, dữ liệu số của tỉnh. Nâng cấp mạng chuyên dùng; xây dựng kho dữ liệu "
     "theo Phụ lục kèm theo."),
])
def test_an_item_running_on_to_the_appendix_keeps_its_words(tail, text):
    head = _CONTENT_HEAD.rsplit("2. ", 1)[0]
    plan = extract_bytes((head + tail + "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n").encode(),
                         "ninh-thuan.txt")
    assert plan.tasks[-1].text == text


def _fields_of(issuer: str, place: str, body: str) -> list[tuple]:
    text = (f"{issuer}\nSố: 31/KH-UBND\n{place}, ngày 10 tháng 02 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NHIỆM VỤ CỤ THỂ\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    return [(t.text, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks]


@pytest.mark.parametrize("issuer, place, body, want", [
    # "Trách nhiệm thực hiện" names the lead and, by their role words, the partners
    ("UBND HUYỆN TAM NÔNG", "Tam Nông",
     "1. Tổ chức Liên hoan văn nghệ quần chúng.\n"
     "- Trách nhiệm thực hiện: Phòng Văn hóa và Thông tin chủ trì; Trung tâm Văn hóa - Thể thao huyện phối hợp.\n"
     "- Thời gian: Quý II/2025.",
     [("Tổ chức Liên hoan văn nghệ quần chúng.", ["Phòng Văn hóa và Thông tin"],
       ["Trung tâm Văn hóa - Thể thao huyện"], "Quý II/2025")]),
    # "Trách nhiệm:", "Cơ quan chịu trách nhiệm:", "Phân công thực hiện:", "Lực lượng thực hiện:"
    ("UBND QUẬN NGŨ HÀNH SƠN", "Đà Nẵng",
     "1. Tuyên truyền về bình đẳng giới.\n- Trách nhiệm: Hội Liên hiệp Phụ nữ quận.\n"
     "- Thời gian triển khai: tháng 3/2025.\n"
     "2. Rà soát hộ nghèo, hộ cận nghèo.\n- Cơ quan chịu trách nhiệm: Phòng Lao động - Thương binh và Xã hội.\n"
     "- Trách nhiệm phối hợp: UBND các phường.\n- Thời điểm hoàn thành: trước ngày 30/11/2025.\n"
     "3. Kiểm tra trật tự đô thị.\n- Phân công thực hiện: Đội Quản lý trật tự đô thị quận.\n"
     "- Mốc thời gian: Quý III/2025.\n"
     "4. Tuần tra bảo vệ bãi biển.\n- Lực lượng thực hiện: Công an quận.\n- Thời gian (dự kiến): tháng 6/2025.",
     [("Tuyên truyền về bình đẳng giới.", ["Hội Liên hiệp Phụ nữ quận"], [], "tháng 3/2025"),
      ("Rà soát hộ nghèo, hộ cận nghèo.", ["Phòng Lao động - Thương binh và Xã hội"], ["UBND các phường"],
       "trước ngày 30/11/2025"),
      ("Kiểm tra trật tự đô thị.", ["Đội Quản lý trật tự đô thị quận"], [], "Quý III/2025"),
      ("Tuần tra bảo vệ bãi biển.", ["Công an quận"], [], "tháng 6/2025")]),
    # the labels already read stay read: "Đơn vị thực hiện", "Cơ quan chủ trì/phối hợp", "Thời gian"
    ("UBND XÃ HÒA PHONG", "Hòa Phong",
     "1. Tổ chức lễ giỗ Tổ Hùng Vương.\n- Đơn vị thực hiện: Công chức Văn hóa - Xã hội.\n- Thời gian: tháng 4/2025.\n"
     "2. Sửa chữa nhà văn hóa thôn.\n- Cơ quan chủ trì: Ban Quản lý dự án xã.\n- Cơ quan phối hợp: Ban nhân dân các thôn.",
     [("Tổ chức lễ giỗ Tổ Hùng Vương.", ["Công chức Văn hóa - Xã hội"], [], "tháng 4/2025"),
      ("Sửa chữa nhà văn hóa thôn.", ["Ban Quản lý dự án xã"], ["Ban nhân dân các thôn"], None)]),
])
def test_field_bullets_with_varied_labels_give_units_and_timing(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


@pytest.mark.parametrize("issuer, place, body, want", [
    # a province's plan: the fields of an item on one line, parted by ";"
    ("UBND TỈNH LÀO CAI", "Lào Cai",
     "1. Phát triển vùng chè hữu cơ tại Bảo Thắng, Mường Khương.\n"
     "Chủ trì: Sở Nông nghiệp và Môi trường; phối hợp: UBND các xã có vùng chè; thời gian: Quý II/2026.",
     [("Phát triển vùng chè hữu cơ tại Bảo Thắng, Mường Khương.", ["Sở Nông nghiệp và Môi trường"],
       ["UBND các xã có vùng chè"], "Quý II/2026")]),
    # a district's: timing first, the unit after it on the same bullet; the product and the cost are no unit
    ("UBND HUYỆN VĂN YÊN", "Văn Yên",
     "1. Cấp mã số vùng trồng quế xuất khẩu.\n- Sản phẩm: Mã số vùng trồng được cấp.\n"
     "- Thời gian hoàn thành: Quý III/2025; Cơ quan chủ trì: Phòng Nông nghiệp và Môi trường.\n"
     "- Kinh phí: 300 triệu đồng; Cơ quan phối hợp: Hạt Kiểm lâm huyện.",
     [("Cấp mã số vùng trồng quế xuất khẩu.", ["Phòng Nông nghiệp và Môi trường"], ["Hạt Kiểm lâm huyện"],
       "Quý III/2025")]),
    # a commune's, sentences parted by "."; the partners' list keeps its own ";"
    ("UBND XÃ ĐÔNG CUÔNG", "Đông Cuông",
     "1. Ra quân tổng vệ sinh môi trường.\n- Đơn vị chủ trì: Đoàn Thanh niên xã. Đơn vị phối hợp: Hội "
     "Phụ nữ xã; Hội Nông dân xã. Thời gian thực hiện: tháng 3/2025.",
     [("Ra quân tổng vệ sinh môi trường.", ["Đoàn Thanh niên xã"], ["Hội Phụ nữ xã", "Hội Nông dân xã"],
       "tháng 3/2025")]),
])
def test_one_line_of_several_fields_gives_each_field(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


@pytest.mark.parametrize("issuer, place, body, want", [
    # the fields in brackets on a line of their own, under the item they are for
    ("UBND HUYỆN YÊN BÌNH", "Yên Bình",
     "1. Xây dựng sản phẩm du lịch trải nghiệm trên hồ Thác Bà.\n(Cơ quan chủ trì: Phòng Văn hóa, Khoa học và "
     "Thông tin; phối hợp: UBND các xã ven hồ; thời gian: Quý II/2025)\n"
     "2. Tổ chức Lễ hội hồ Thác Bà năm 2025.\n(Thời gian thực hiện: Tháng 9/2025).",
     [("Xây dựng sản phẩm du lịch trải nghiệm trên hồ Thác Bà.", ["Phòng Văn hóa, Khoa học và Thông tin"],
       ["UBND các xã ven hồ"], "Quý II/2025"),
      ("Tổ chức Lễ hội hồ Thác Bà năm 2025.", [], [], "Tháng 9/2025")]),
    # a bracketed line that is no field (a note, a sentence) stays the item's text
    ("UBND XÃ HÁN ĐÀ", "Hán Đà",
     "1. Tổ chức ra quân vệ sinh môi trường.\n(Theo hướng dẫn của Phòng Nông nghiệp và Môi trường)\n"
     "2. Tuyên truyền phân loại rác tại nguồn.\n(thời gian qua: nhiều hộ chưa thực hiện)",
     [("Tổ chức ra quân vệ sinh môi trường. (Theo hướng dẫn của Phòng Nông nghiệp và Môi trường)", [], [], None),
      ("Tuyên truyền phân loại rác tại nguồn. (thời gian qua: nhiều hộ chưa thực hiện)", [], [], None)]),
])
def test_fields_in_brackets_on_a_line_of_their_own(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


@pytest.mark.parametrize("issuer, place, body, want", [
    # in brackets closing the item's sentence; the text stays as printed
    ("UBND HUYỆN YÊN BÌNH", "Yên Bình",
     "1. Xây dựng tour du lịch hồ Thác Bà (Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin; thời gian: "
     "Quý II/2025).\n2. Tổ chức Lễ hội hồ Thác Bà (chủ trì: Phòng Văn hóa, Khoa học và Thông tin; phối hợp: "
     "UBND xã Thịnh Hưng; thời gian: tháng 9/2025).",
     [("Xây dựng tour du lịch hồ Thác Bà (Cơ quan chủ trì: Phòng Văn hóa, Khoa học và Thông tin; thời gian: "
       "Quý II/2025).", ["Phòng Văn hóa, Khoa học và Thông tin"], [], "Quý II/2025"),
      ("Tổ chức Lễ hội hồ Thác Bà (chủ trì: Phòng Văn hóa, Khoa học và Thông tin; phối hợp: UBND xã Thịnh Hưng; "
       "thời gian: tháng 9/2025).", ["Phòng Văn hóa, Khoa học và Thông tin"], ["UBND xã Thịnh Hưng"],
       "tháng 9/2025")]),
    # after the sentence, on its line (a province's department)
    ("SỞ CÔNG THƯƠNG TỈNH BẮC NINH", "Bắc Ninh",
     "1. Tổ chức Hội chợ hàng Việt về nông thôn. Chủ trì: Phòng Quản lý thương mại; phối hợp: UBND các xã; "
     "thời gian: Quý IV/2025.",
     [("Tổ chức Hội chợ hàng Việt về nông thôn. Chủ trì: Phòng Quản lý thương mại; phối hợp: UBND các xã; "
       "thời gian: Quý IV/2025.", ["Phòng Quản lý thương mại"], ["UBND các xã"], "Quý IV/2025")]),
    # a bracket that is no field list, or a label in mid-prose, gives nothing
    ("UBND XÃ VĨNH KIÊN", "Vĩnh Kiên",
     "1. Tổ chức Ngày hội Đại đoàn kết (theo hướng dẫn của Ủy ban MTTQ huyện: mỗi thôn một ngày hội).\n"
     "2. Rà soát hộ nghèo. Kết quả: danh sách hộ nghèo; thời gian: Quý IV/2025.",
     [("Tổ chức Ngày hội Đại đoàn kết (theo hướng dẫn của Ủy ban MTTQ huyện: mỗi thôn một ngày hội).", [], [], None),
      ("Rà soát hộ nghèo. Kết quả: danh sách hộ nghèo; thời gian: Quý IV/2025.", [], [], "Quý IV/2025")]),
])
def test_fields_closing_an_items_line_give_its_units_and_timing(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


def test_a_field_whose_value_only_goes_on_with_a_colon_stays_one_field():
    """"Trong đó:" or a unit's duty after a colon is no label: the value stays whole."""
    from extractors.tasks import split_field

    assert split_field("timing", "Từ tháng 3 đến tháng 5/2025. Trong đó: cao điểm tháng 4.") == [
        ("timing", "Từ tháng 3 đến tháng 5/2025. Trong đó: cao điểm tháng 4.")]
    assert split_field("support", "Phòng Y tế; Trạm Y tế các xã: tổ chức giám sát.") == [
        ("support", "Phòng Y tế; Trạm Y tế các xã: tổ chức giám sát.")]
    assert split_field("lead", "Phòng Y tế; Thời gian: Quý I/2025") == [("lead", "Phòng Y tế"), ("timing", "Quý I/2025")]


def test_a_bullet_that_mentions_responsibility_in_a_sentence_is_the_items_text():
    got = _fields_of("UBND HUYỆN HÀM YÊN", "Hàm Yên",
                     "1. Nâng cao trách nhiệm người đứng đầu.\n"
                     "- Đề cao trách nhiệm của cán bộ, công chức trong thực thi công vụ.\n"
                     "- Trách nhiệm thực hiện thuộc về các cơ quan chuyên môn.\n"
                     "- Trách nhiệm của người đứng đầu: gương mẫu, nêu gương.\n"
                     "- Thời gian qua: nhiều đơn vị chưa quan tâm.")
    assert got == [("Nâng cao trách nhiệm người đứng đầu. Đề cao trách nhiệm của cán bộ, công chức trong thực thi "
                     "công vụ. Trách nhiệm thực hiện thuộc về các cơ quan chuyên môn. Trách nhiệm của người đứng "
                     "đầu: gương mẫu, nêu gương. Thời gian qua: nhiều đơn vị chưa quan tâm.", [], [], None)]


def _assignments(issuer: str, place: str, org: str, ext: str = "txt") -> list[list[str]]:
    text = (f"{issuer}\nSố: 31/KH-UBND\n{place}, ngày 10 tháng 02 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NHIỆM VỤ CỤ THỂ\n1. Tuyên truyền.\n"
            f"III. TỔ CHỨC THỰC HIỆN\n{org}\n")
    return [a.units for a in extract_bytes(text.encode(), f"plan.{ext}").assignments]


@pytest.mark.parametrize("issuer, place, org, ext, units", [
    # an item headed by the units it addresses, named by a relative clause: the whole heading
    ("UBND HUYỆN KON PLÔNG", "Kon Plông",
     "1. Phòng Nội vụ\nTheo dõi, tổng hợp.\n2. Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã\n"
     "Thực hiện nhiệm vụ theo Phụ lục III.", "txt",
     [["Phòng Nội vụ"], ["Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã"]]),
    ("UBND TỈNH SÓC TRĂNG", "Sóc Trăng",
     "**1. Sở Nội vụ**\n\nTheo dõi, tổng hợp.\n\n**2. Các sở, ban, ngành được giao chủ trì các nhiệm vụ tại Phụ lục:**\n\n"
     "Xây dựng kế hoạch chi tiết.", "md",
     [["Sở Nội vụ"], ["Các sở, ban, ngành được giao chủ trì các nhiệm vụ tại Phụ lục"]]),
    ("UBND XÃ PA VÂY SỬ", "Pa Vây Sử",
     "**1. Công chức Văn hóa - Xã hội**\n\nTổng hợp, báo cáo.\n\n**2. Thành viên Tổ công tác được cử hỗ trợ cơ sở:**\n\n"
     "Hướng dẫn Nhân dân kê khai.", "md",
     [["Công chức Văn hóa - Xã hội"], ["Thành viên Tổ công tác được cử hỗ trợ cơ sở"]]),
    # an item that opens with its sentence: "được giao …" is its predicate, the units are "Các đơn vị"
    ("UBND TỈNH SÓC TRĂNG", "Sóc Trăng",
     "1. Sở Nội vụ theo dõi.\n2. Các đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết.\n"
     "Gửi Sở Nội vụ trước ngày 15/3/2025.", "txt",
     [["Sở Nội vụ"], ["Các đơn vị"]]),
    # … and one the layout wrapped: the clause ends at the main clause's predicate
    ("UBND HUYỆN BẢO LÂM", "Bảo Lâm",
     "1. Phòng Nội vụ theo dõi.\n2. Các phòng, ban được giao chủ trì các nhiệm vụ tại Phụ lục kèm theo khẩn\n"
     "trương xây dựng kế hoạch.", "txt",
     [["Phòng Nội vụ"], ["Các phòng, ban được giao chủ trì các nhiệm vụ tại Phụ lục kèm theo"]]),
])
def test_an_assignment_heading_keeps_the_relative_clause_naming_its_units(issuer, place, org, ext, units):
    assert _assignments(issuer, place, org, ext) == units


@pytest.mark.parametrize("issuer, place, body, want", [
    # a label alone on its line: its values are the bullets of another mark under it, by role
    ("UBND HUYỆN TAM NÔNG", "Tam Nông",
     "1. Tổ chức Liên hoan văn nghệ quần chúng.\n- Trách nhiệm thực hiện:\n+ Chủ trì: Phòng Văn hóa - Xã hội\n"
     "+ Phối hợp: Trung tâm Văn hóa - Thể thao huyện, UBND các xã.\n- Thời gian thực hiện:\n+ Quý II/2025",
     [("Tổ chức Liên hoan văn nghệ quần chúng.", ["Phòng Văn hóa - Xã hội"],
       ["Trung tâm Văn hóa - Thể thao huyện", "UBND các xã"], "Quý II/2025")]),
    ("UBND QUẬN CẦU GIẤY", "Cầu Giấy",
     "1. Rà soát hộ nghèo, hộ cận nghèo.\n- Đơn vị thực hiện:\n+ Phòng Lao động - Thương binh và Xã hội\n"
     "+ UBND các phường\n- Thời gian: tháng 10/2025.",
     [("Rà soát hộ nghèo, hộ cận nghèo.", ["Phòng Lao động - Thương binh và Xã hội", "UBND các phường"], [],
       "tháng 10/2025")]),
    # role words in the bullets, a label printed without a bullet, and "•" values
    ("UBND XÃ ĐẠI ĐỒNG", "Đại Đồng",
     "1. Ra quân tổng vệ sinh môi trường.\nTrách nhiệm thực hiện:\n- Công an xã chủ trì;\n- Đoàn Thanh niên xã phối hợp.\n"
     "Thời gian hoàn thành:\n• Trước ngày 30/6/2025",
     [("Ra quân tổng vệ sinh môi trường.", ["Công an xã"], ["Đoàn Thanh niên xã"], "Trước ngày 30/6/2025")]),
    # a bullet of the label's own mark is its sibling, not its value
    ("UBND HUYỆN HÀM YÊN", "Hàm Yên",
     "1. Kiểm tra an toàn thực phẩm.\n- Cơ quan phối hợp:\n- Tập trung vào các bếp ăn tập thể.",
     [("Kiểm tra an toàn thực phẩm. Tập trung vào các bếp ăn tập thể.", [], [], None)]),
    # bullets under a line that is no label stay the item's text
    ("UBND HUYỆN HÀM YÊN", "Hàm Yên",
     "1. Tuyên truyền phòng, chống dịch bệnh:\n+ Trên hệ thống truyền thanh cơ sở;\n+ Qua mạng xã hội.",
     [("Tuyên truyền phòng, chống dịch bệnh: Trên hệ thống truyền thanh cơ sở; Qua mạng xã hội.", [], [], None)]),
])
def test_a_field_label_alone_takes_its_values_from_the_bullets_under_it(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


# Bullets that each carry their own field lines are tasks of their own: a Party plan's "Mục 1. …" /
# "Nhiệm vụ trọng tâm:" / "- …" / "Thời gian: …" / "Đơn vị chủ trì: …", or a UBND plan's bullets
# with "- Thời gian thực hiện: …" / "- Đơn vị thực hiện: …" under each.
@pytest.mark.parametrize("body, expected", [
    ("Mục 1. Công tác tuyên truyền\nNhiệm vụ trọng tâm:\n- Tổ chức học tập chuyên đề năm 2025 cho đảng viên.\n"
     "Thời gian: Quý II/2025.\nĐơn vị chủ trì: Ban Tuyên giáo Đảng ủy.\n- Tuyên truyền gương người tốt, việc tốt.\n"
     "Thời gian: Thường xuyên.\nĐơn vị chủ trì: Đài Truyền thanh xã.\n",
     [("Tổ chức học tập chuyên đề năm 2025 cho đảng viên.", ["Ban Tuyên giáo Đảng ủy"], "Quý II/2025"),
      ("Tuyên truyền gương người tốt, việc tốt.", ["Đài Truyền thanh xã"], "Thường xuyên")]),
    ("1. Phát triển sản xuất\n- Hỗ trợ giống lúa chất lượng cao cho các hộ nghèo\n"
     "+ Ưu tiên hộ đồng bào dân tộc thiểu số;\n- Thời gian thực hiện: Tháng 4/2025.\n"
     "- Đơn vị thực hiện: Trung tâm Dịch vụ nông nghiệp huyện.\n- Mở lớp tập huấn kỹ thuật trồng cây ăn quả.\n"
     "- Thời gian thực hiện: Quý III/2025.\n- Đơn vị thực hiện: Phòng Nông nghiệp và PTNT huyện.\n",
     [("Hỗ trợ giống lúa chất lượng cao cho các hộ nghèo Ưu tiên hộ đồng bào dân tộc thiểu số;",
       ["Trung tâm Dịch vụ nông nghiệp huyện"], "Tháng 4/2025"),
      ("Mở lớp tập huấn kỹ thuật trồng cây ăn quả.", ["Phòng Nông nghiệp và PTNT huyện"], "Quý III/2025")]),
    ("a) Kiểm tra, giám sát\n• Kiểm tra việc thu phí tại chợ trung tâm.\n• Thời hạn: Trước ngày 30/6/2025.\n"
     "• Giám sát việc quản lý đất công ích.\n• Thời hạn: Trước ngày 30/9/2025.\n• Bộ phận phụ trách: Công chức Địa chính.\n",
     [("Kiểm tra việc thu phí tại chợ trung tâm.", [], "Trước ngày 30/6/2025"),
      ("Giám sát việc quản lý đất công ích.", ["Công chức Địa chính"], "Trước ngày 30/9/2025")]),
])
def test_bullets_each_with_their_own_fields_are_tasks(body, expected):
    assert _plan("ỦY BAN NHÂN DÂN\nHUYỆN BẢO YÊN", "Bảo Yên", body) == expected


@pytest.mark.parametrize("body, expected", [
    # fields printed once after a run of bullets: the item is one task
    ("3. Công tác xây dựng tổ chức Hội\n- Rà soát, kiện toàn ban chấp hành các cấp Hội;\n"
     "- Chuẩn bị nhân sự đại hội điểm cấp cơ sở.\n- Thời gian: Trước ngày 30/9/2025.\n"
     "- Đơn vị thực hiện: Ban Tổ chức - Kiểm tra.\n",
     [("Công tác xây dựng tổ chức Hội Rà soát, kiện toàn ban chấp hành các cấp Hội; Chuẩn bị nhân sự đại hội "
       "điểm cấp cơ sở.", ["Ban Tổ chức - Kiểm tra"], "Trước ngày 30/9/2025")]),
    # one bullet without fields of its own among bullets that have them: the item stays whole
    ("1. Tuyên truyền\n- Phát thanh trên loa truyền thanh xã.\n- Treo băng rôn tại trung tâm xã.\n"
     "Thời gian: Tháng 3/2025.\n- Phát tờ rơi đến hộ gia đình.\nThời gian: Tháng 4/2025.\n"
     "Đơn vị chủ trì: Công chức Văn hóa - Xã hội.\n",
     None),
    # the item's own fields printed before its bullets: they are the item's
    ("2. Rà soát hộ nghèo\nThời gian: Quý IV/2025.\nĐơn vị chủ trì: Công chức Lao động - Thương binh và Xã hội.\n"
     "- Rà soát tại các thôn.\n- Tổng hợp kết quả.\n",
     [("Rà soát hộ nghèo Rà soát tại các thôn. Tổng hợp kết quả.",
       ["Công chức Lao động - Thương binh và Xã hội"], "Quý IV/2025")]),
])
def test_bullets_without_fields_of_their_own_join_their_item(body, expected):
    got = _plan("ỦY BAN NHÂN DÂN\nXÃ BẢN LIỀN", "Bản Liền", body)
    assert len(got) == 1
    if expected:
        assert got == expected


# A note under the last item of the organization part explains a mark printed in the plan
# ("(*) Chỉ tiêu do UBND huyện giao", in italics "*\* Chỉ tiêu …*" in pandoc Markdown): no duty of
# the item it happens to follow.
@pytest.mark.parametrize("mark, note, ext", [
    ("(*)", "(*) Chỉ tiêu do UBND tỉnh giao tại Quyết định số 45/QĐ-UBND.", "txt"),
    ("(**)", "(**) Số liệu do Chi cục Thống kê khu vực cung cấp.", "txt"),
    ("(\\*)", "*\\* Chỉ tiêu do UBND huyện giao.*", "md"),
    ("(*)", "* Diện tích trồng mới gồm cả trồng lại sau khai thác.", "txt"),
])
def test_a_note_on_a_mark_after_the_last_assignment_is_no_part_of_it(mark, note, ext):
    head = _ORG_HEAD.replace("Rà soát quỹ đất trồng rừng.", f"Rà soát quỹ đất trồng rừng{mark}.")
    if ext == "md":
        head = head.replace("\n", "\n\n")
    plan = extract_bytes((head + note + "\n").encode(), f"son-la.{ext}")
    assert [a.units for a in plan.assignments] == [["Sở Tài chính"], ["UBND các huyện, thành phố"]]
    assert plan.assignments[-1].text == "UBND các huyện, thành phố: Giao chỉ tiêu đến từng xã."


@pytest.mark.parametrize("line, unit", [
    # a "*" bullet in a plan that prints no "*" mark: a paragraph of the item
    ("* Phòng Nông nghiệp các huyện phối hợp triển khai tại cơ sở.", "Phòng Nông nghiệp các huyện"),
    ("- Hạt Kiểm lâm các huyện phối hợp kiểm tra (*)", "Hạt Kiểm lâm các huyện"),
])
def test_a_bullet_of_the_last_assignment_is_no_note(line, unit):
    plan = extract_bytes((_ORG_HEAD + line + "\n").encode(), "son-la.txt")
    assert plan.assignments[-1].units == ["UBND các huyện, thành phố", unit]


def test_a_markdown_footnote_gives_its_text_and_citation_after_the_body():
    text = (_ORG_HEAD.replace("Trồng rừng năm 2025\n", "Trồng rừng năm 2025\nThực hiện chỉ đạo của UBND tỉnh[^1].\n")
            .replace("\n", "\n\n")
            + "**KT. CHỦ TỊCH**\n\n**PHÓ CHỦ TỊCH**\n\n**Lò Minh Hùng**\n\n"
            "[^1]: Kế hoạch số 210/KH-UBND ngày 05/12/2024 của UBND tỉnh Sơn La.\n")
    plan = extract_bytes(text.encode(), "son-la.md")
    assert plan.text.splitlines()[-1] == "Kế hoạch số 210/KH-UBND ngày 05/12/2024 của UBND tỉnh Sơn La."
    assert [(r.symbol, r.relation, str(r.issued_date), r.issuer) for r in plan.references] == [
        ("210/KH-UBND", "cited", "2024-12-05", "UBND tỉnh Sơn La")]
    assert plan.header.signer_name == "Lò Minh Hùng"
    assert plan.assignments[-1].text == "UBND các huyện, thành phố: Giao chỉ tiêu đến từng xã."


# A programme written month by month in prose (a mass organisation's, an HĐND's): period headings
# ("Tháng 1:", "* Tháng 3/2026:", "Quý III:") each followed by bullet tasks that name their unit, or
# by the task itself after the colon. Each bullet is a task; the heading dates it.
def _periods(body: str, ext: str = "txt", issuer: str = "HỘI NÔNG DÂN TỈNH NGHỆ AN\nBCH HỘI NÔNG DÂN HUYỆN YÊN THÀNH"):
    text = (f"{issuer}\nSố: 42-KH/HNDH\nYên Thành, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nCông tác Hội năm 2026\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa nhiệm vụ.\nII. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n{body}\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    return [(" ".join(t.text.split()[:3]), t.quarter, t.deadline, t.lead_units, t.support_units) for t in plan.tasks]


def test_bullets_under_month_and_quarter_headings_are_tasks_dated_by_them():
    import datetime as dt
    got = _periods("Các nhiệm vụ cụ thể như sau:\nTháng 1:\n"
                   "- Tổ chức Hội nghị tổng kết năm 2025. Văn phòng chủ trì, các ban phối hợp.\n"
                   "- Hướng dẫn đăng ký thi đua; hoàn thành trước ngày 25/01/2026 (Ban Kinh tế - Xã hội thực hiện).\n"
                   "* Tháng 3/2026:\n- Mở lớp tập huấn kỹ thuật trồng cam\ncho hội viên các xã. Ban Kinh tế - Xã hội chủ trì.\n"
                   "+ Ưu tiên hội viên nghèo.\n"
                   "Quý III:\n- Kiểm tra việc thực hiện Điều lệ Hội. Ban Tổ chức - Kiểm tra chủ trì.\n"
                   "Tháng 11 và tháng 12: Tổng kết công tác Hội năm 2026. Văn phòng chủ trì.\n")
    assert got == [
        ("Tổ chức Hội", None, dt.date(2026, 1, 31), ["Văn phòng"], ["các ban"]),
        ("Hướng dẫn đăng", None, dt.date(2026, 1, 25), ["Ban Kinh tế - Xã hội"], []),   # its own date wins
        # its wrapped line and its sub-bullet join it
        ("Mở lớp tập", None, dt.date(2026, 3, 31), ["Ban Kinh tế - Xã hội"], []),
        # a quarter heading gives the quarter, as a quarter group row does
        ("Kiểm tra việc", 3, None, ["Ban Tổ chức - Kiểm tra"], []),
        # the task after a heading's colon
        ("Tổng kết công", None, dt.date(2026, 12, 31), ["Văn phòng"], []),
    ]


def test_period_headings_in_a_markdown_plan():
    import datetime as dt
    got = _periods("**Tháng 2:**\n\n- Vận động hội viên trồng cây. Ban Tuyên giáo chủ trì.\n\n"
                   "* Tháng 4/2026:\n  - Giám sát việc cung ứng phân bón. Ban Tổ chức - Kiểm tra chủ trì.\n"
                   "  - Sơ kết quý I. Văn phòng chủ trì.\n\n**Quý IV:**\n\n- Tổng kết năm. Văn phòng chủ trì.\n", "md")
    assert [(t, q, d) for t, q, d, _, _ in got] == [
        ("Vận động hội", None, dt.date(2026, 2, 28)), ("Giám sát việc", None, dt.date(2026, 4, 30)),
        ("Sơ kết quý", None, dt.date(2026, 4, 30)), ("Tổng kết năm.", 4, None)]


@pytest.mark.parametrize("body", [
    # one period heading: an item's bullets, not a schedule
    "1. Công tác tuyên truyền\nTháng 3:\n- Treo băng rôn tại trung tâm xã.\n- Phát thanh trên loa truyền thanh.\n",
    # periods as field values inside an item's bullets
    "1. Tổ chức kiểm tra các chi hội\n- Thời gian: Quý II/2026.\n- Đơn vị chủ trì: Ban Tổ chức - Kiểm tra.\n",
    # period words that only open a sentence ("Tháng Thanh niên", "Quý hội viên")
    "1. Hưởng ứng các phong trào\nTháng Thanh niên: ra quân làm sạch môi trường.\n"
    "Tháng hành động vì trẻ em: tặng quà cho trẻ em nghèo.\n",
])
def test_an_item_without_a_period_by_period_schedule_stays_one_task(body):
    assert len(_periods(body)) == 1


def test_a_numbered_item_splits_at_period_headings_over_bullets_not_at_periods_leading_its_bullets():
    import datetime as dt
    # "- Quý II: …" details the item (its bullets join it) …
    got = _periods("1. Tổ chức kiểm tra công tác Hội tại cơ sở\n- Quý II: kiểm tra tại 03 xã.\n"
                   "- Quý IV: kiểm tra tại 02 xã.\n2. Sơ kết công tác Hội 6 tháng. Văn phòng chủ trì.\n")
    assert [t for t, *_ in got] == ["Tổ chức kiểm", "Sơ kết công"]
    # … a heading over its own bullets is a schedule inside the item
    got = _periods("1. Công tác tuyên truyền\nTháng 2:\n- Tuyên truyền Tết trồng cây. Ban Tuyên giáo chủ trì.\n"
                   "Tháng 5:\n- Thi tìm hiểu Điều lệ Hội. Ban Tuyên giáo chủ trì.\n")
    assert [(t, d) for t, _, d, _, _ in got] == [("Tuyên truyền Tết", dt.date(2026, 2, 28)),
                                                 ("Thi tìm hiểu", dt.date(2026, 5, 31))]


# ---- an event's programme: each step, timed by its hours, is a task, on the day the plan's
# "Thời gian" prints (h8)
EVENT_DAY = dt.date(2025, 4, 25)
def _event(issuer: str, place: str, parts: str, ext: str = "txt") -> list[tuple[str, list[str], str | None, object]]:
    text = (f"{issuer}\nSố: 36/KH-UBND\n{place}, ngày 08 tháng 4 năm 2025\nKẾ HOẠCH\nTổ chức Lễ kỷ niệm năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức trang trọng.\nII. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 7 giờ 30 phút, "
            f"ngày 25/4/2025.\n2. Địa điểm: Hội trường UBND.\n{parts}\n"
            f"V. PHÂN CÔNG NHIỆM VỤ\n1. Văn phòng HĐND-UBND chuẩn bị giấy mời.\n2. Công an bảo đảm an ninh.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    return [(t.text, t.lead_units, t.timing_text, t.deadline) for t in plan.tasks]


@pytest.mark.parametrize("issuer, place, parts, ext, want", [
    # bullets under the programme's own part
    ("UBND XÃ TAM HIỆP", "Tam Hiệp",
     "III. CHƯƠNG TRÌNH HỘI NGHỊ\n- 7h30 – 8h00: Đón tiếp đại biểu; văn nghệ chào mừng.\n"
     "- 8h10 – 8h40: Báo cáo tổng kết giai đoạn 2020 - 2025, phương hướng giai đoạn 2025 - 2030.\n"
     "- 10h05: Bế mạc Hội nghị.", "txt",
     [("Đón tiếp đại biểu; văn nghệ chào mừng.", [], "7h30 – 8h00", EVENT_DAY),
      ("Báo cáo tổng kết giai đoạn 2020 - 2025, phương hướng giai đoạn 2025 - 2030.", [], "8h10 – 8h40", EVENT_DAY),
      ("Bế mạc Hội nghị.", [], "10h05", EVENT_DAY)]),
    # unbulleted lines in hours and minutes, under a numbered item of the content part; a step that
    # says who does it names its unit
    ("UBND PHƯỜNG HÒA KHÁNH BẮC", "Hòa Khánh Bắc",
     "III. NỘI DUNG, CHƯƠNG TRÌNH\n1. Dâng hương tại Nghĩa trang liệt sĩ phường.\n"
     "2. Chương trình buổi lễ:\n14 giờ 00 - 14 giờ 15: Chào cờ, phút mặc niệm (Ban Chỉ huy Quân sự phường thực hiện).\n"
     "14 giờ 15 - 14 giờ 45: Diễn văn kỷ niệm.", "md",
     [("Dâng hương tại Nghĩa trang liệt sĩ phường.", [], None, None),
      ("Chào cờ, phút mặc niệm (Ban Chỉ huy Quân sự phường thực hiện).", ["Ban Chỉ huy Quân sự phường"],
       "14 giờ 00 - 14 giờ 15", EVENT_DAY),
      ("Diễn văn kỷ niệm.", [], "14 giờ 15 - 14 giờ 45", EVENT_DAY)]),
])
def test_the_steps_of_an_events_programme_are_tasks(issuer, place, parts, ext, want):
    assert _event(issuer, place, parts, ext) == want


@pytest.mark.parametrize("parts, want", [
    # one hour in an item is no programme: the item is the task
    ("III. NỘI DUNG\n1. Tổ chức dâng hương tại Nhà bia tưởng niệm:\n- 6h30: tập trung tại trụ sở UBND.",
     ["Tổ chức dâng hương tại Nhà bia tưởng niệm: 6h30: tập trung tại trụ sở UBND."]),
    # figures that are no hours ("10 hộ:", a date) open no step
    ("III. NỘI DUNG\n1. Hỗ trợ sửa chữa nhà ở:\n- 10 hộ: thôn Đông;\n- 15/4/2025: bàn giao nhà.",
     ["Hỗ trợ sửa chữa nhà ở: 10 hộ: thôn Đông; 15/4/2025: bàn giao nhà."]),
])
def test_a_single_hour_or_other_figures_open_no_programme(parts, want):
    assert [t[0] for t in _event("UBND XÃ TAM HIỆP", "Tam Hiệp", parts)] == want

# A multi-year plan groups its items under the phase or the year they run in ("1. Giai đoạn 1
# (2026 - 2027)", "a) Năm 2026:"), or opens an item with it ("a) Giai đoạn 1 (2026 - 2027): …"): the
# phase dates each item that prints no timing of its own, as a quarter heading does.
def _phased(body: str) -> list[tuple[str, object, str | None]]:
    text = ("UBND HUYỆN LÂM HÀ\nSố: 91/KH-UBND\nLâm Hà, ngày 12 tháng 5 năm 2025\nKẾ HOẠCH\n"
            "Phát triển cà phê bền vững giai đoạn 2026 - 2030\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao giá trị.\n"
            f"II. NHIỆM VỤ\n{body}\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nông nghiệp và Môi trường theo dõi.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    return [(" ".join(t.text.split()[:3]), t.deadline, t.timing_text) for t in plan.tasks]


def test_items_under_a_phase_heading_run_in_that_phase():
    import datetime as dt
    got = _phased("1. Giai đoạn 1 (2026 - 2027)\na) Rà soát vùng trồng cà phê.\n"
                  "b) Cấp mã số vùng trồng; hoàn thành trong Quý II/2026.\n"
                  "2. Năm 2028\na) Sơ kết 03 năm thực hiện.\n"
                  "3. Giai đoạn chuẩn bị\na) Thành lập Tổ công tác.\n")
    assert got == [("Rà soát vùng", dt.date(2027, 12, 31), "Giai đoạn 1 (2026 - 2027)"),
                   # the item's own timing wins over its heading's
                   ("Cấp mã số", dt.date(2026, 6, 30), "hoàn thành trong Quý II/2026"),
                   ("Sơ kết 03", dt.date(2028, 12, 31), "Năm 2028"),
                   # a phase that names no year dates nothing
                   ("Thành lập Tổ", None, None)]


def test_an_item_opening_with_its_phase_runs_in_it():
    import datetime as dt
    got = _phased("1. Lộ trình thực hiện\na) Giai đoạn 1 (2026 - 2027): Hoàn thiện cơ chế, xây dựng mô hình thí điểm.\n"
                  "b) Giai đoạn 2028 - 2030: Nhân rộng mô hình trên toàn huyện.\n"
                  "c) Hằng năm: Tổ chức hội chợ cà phê.\n"
                  "2. Phát triển thị trường\na) Quảng bá thương hiệu cà phê Lâm Hà: tham gia hội chợ quốc tế năm 2026.\n")
    assert [(t, d, tt) for t, d, tt in got][:2] == [
        ("Giai đoạn 1", dt.date(2027, 12, 31), "Giai đoạn 1 (2026 - 2027)"),
        ("Giai đoạn 2028", dt.date(2030, 12, 31), "Giai đoạn 2028 - 2030")]
    # a topic before the colon is no phase, even with a year after it
    assert got[3] == ("Quảng bá thương", None, None)


def test_bullets_under_a_phase_item_join_it_and_run_in_the_phase():
    import datetime as dt
    got = _phased("1. Giai đoạn 1 (2026 - 2027):\n- Rà soát vùng trồng cà phê;\n- Cấp mã số vùng trồng.\n"
                  "2. Giai đoạn 2 (2028 - 2030):\n- Nhân rộng mô hình tái canh.\n")
    assert [(d, tt) for _, d, tt in got] == [(dt.date(2027, 12, 31), "Giai đoạn 1 (2026 - 2027)"),
                                             (dt.date(2030, 12, 31), "Giai đoạn 2 (2028 - 2030)")]
# A column of who acts that names persons ("Người thực hiện", "Cán bộ phụ trách"): the post each holds
# is the unit, as a post printed alone is; "Đ/c" (đồng chí) and the name only say who holds it now.
@pytest.mark.parametrize("column, cell, lead", [
    ("Người thực hiện", "Đ/c Nguyễn Văn Toản - Phó Chủ tịch UBND xã", ["Phó Chủ tịch UBND xã"]),
    ("Người thực hiện", "Chủ tịch UBND xã; Đ/c Nguyễn Văn Toản - Phó Chủ tịch UBND xã",
     ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã"]),
    ("Cán bộ phụ trách", "Bà Lê Thị Hoa, Công chức Văn hóa - Xã hội", ["Công chức Văn hóa - Xã hội"]),
    ("Người phụ trách", "Đồng chí Phó Bí thư Thường trực Đảng ủy", ["Phó Bí thư Thường trực Đảng ủy"]),
    ("Người thực hiện", "Ông Hoàng Văn Nam - Trưởng Công an xã", ["Trưởng Công an xã"]),
    # the post in brackets after the name, or on the cell's next line
    ("Người thực hiện", "Bà Hà Thị Cúc (Chủ tịch Hội LHPN xã)", ["Chủ tịch Hội LHPN xã"]),
    ("Người phụ trách", "Ông Nguyễn Văn Út (Chủ nhiệm HTX Tân Tiến)", ["Chủ nhiệm HTX Tân Tiến"]),
    ("Người thực hiện", "Ông Lò Văn Bình<br>Phó Chủ tịch UBND xã", ["Phó Chủ tịch UBND xã"]),
    # a person named without a post is named by the name alone, wherever in the cell they stand
    ("Người thực hiện", "Đ/c Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Người thực hiện", "Ông Lâm Văn Sáu", ["Lâm Văn Sáu"]),
    ("Người thực hiện", "Bà Nguyễn Thị Lan - Chủ tịch Hội LHPN xã; Đ/c Lê Văn Tư",
     ["Chủ tịch Hội LHPN xã", "Lê Văn Tư"]),
    ("Người thực hiện", "Đ/c Nguyễn Văn An, Đ/c Trần Văn Bé", ["Nguyễn Văn An", "Trần Văn Bé"]),
    ("Người thực hiện", "UBND xã; Đ/c Bí thư Đảng ủy", ["UBND xã", "Bí thư Đảng ủy"]),
    # on the next line, only a post's words make the post: a body there is another unit
    ("Người/Đơn vị chủ trì", "Đ/c Hà Thị Lan<br>Trưởng Phòng Văn hóa - Xã hội", ["Trưởng Phòng Văn hóa - Xã hội"]),
    ("Người/Đơn vị chủ trì", "Đ/c Nguyễn Văn Hùng<br>PCT UBND xã", ["PCT UBND xã"]),
    ("Người thực hiện", "Đồng chí Vi Văn Sơn<br>Chỉ huy trưởng Ban CHQS xã", ["Chỉ huy trưởng Ban CHQS xã"]),
    ("Người thực hiện", "Bà Đinh Thị Nga<br>Công chức Tư pháp - Hộ tịch", ["Công chức Tư pháp - Hộ tịch"]),
    ("Người/Đơn vị chủ trì", "Đ/c Lê Văn Tâm<br>Trạm Y tế xã", ["Lê Văn Tâm", "Trạm Y tế xã"]),
    ("Người/Đơn vị chủ trì", "Bà Lò Thị Mai<br>Văn phòng HĐND và UBND xã", ["Lò Thị Mai", "Văn phòng HĐND và UBND xã"]),
    ("Người/Đơn vị chủ trì", "Đ/c Hà Thị Lan<br>(Phó Chủ tịch UBND xã)", ["Phó Chủ tịch UBND xã"]),
    # a person with no post joined by "và" to households, or to another person
    ("Người/Đơn vị chủ trì", "Ông Phạm Văn Lực và các hộ gia đình", ["Phạm Văn Lực", "các hộ gia đình"]),
    ("Người thực hiện", "Ông Nguyễn Văn An và bà Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("Người thực hiện", "Ông Nguyễn Văn An, Ông Trần Văn Bé", ["Nguyễn Văn An", "Trần Văn Bé"]),
    ("Người/Đơn vị chủ trì", "Ông Trần Văn Bình, Trưởng thôn 3", ["Trưởng thôn 3"]),
    # a name of the Central Highlands, a syllable with an apostrophe
    ("Người thực hiện", "Bà Ksor H’Nga (Chủ tịch Hội LHPN xã)", ["Chủ tịch Hội LHPN xã"]),
    ("Người thực hiện", "Ông Y Blúp Ê'ban", ["Y Blúp Ê'ban"]),
    # persons stacked in one cell, each with the post on the line under the name, or after a body
    ("Người/Đơn vị chủ trì", "Đ/c Hà Thị Lan<br>Trưởng Phòng VH-XH<br>Đ/c Lê Văn Tâm<br>Trạm trưởng Trạm Y tế xã",
     ["Trưởng Phòng VH-XH", "Trạm trưởng Trạm Y tế xã"]),
    ("Người/Đơn vị chủ trì", "Đ/c Nguyễn Văn Hùng<br>Phó Chủ tịch UBND xã<br>Đ/c Lê Văn Tâm<br>Trạm Y tế xã",
     ["Phó Chủ tịch UBND xã", "Lê Văn Tâm", "Trạm Y tế xã"]),
    ("Người/Đơn vị chủ trì", "Trạm Y tế xã<br>Đ/c Lê Văn Tâm", ["Trạm Y tế xã", "Lê Văn Tâm"]),
    # a bracketed post, then "và" and households
    ("Người/Đơn vị chủ trì", "Ông Trần Văn Bình (Trưởng thôn 3) và các hộ gia đình", ["Trưởng thôn 3", "các hộ gia đình"]),
    # a person named by one word, as commune plans print it, before a post's words only
    ("Người/Đơn vị chủ trì", "Đ/c Hùng - PCT UBND xã", ["PCT UBND xã"]),
    ("Người/Đơn vị chủ trì", "Đ/c Lan<br>Công chức Văn hóa - Xã hội", ["Công chức Văn hóa - Xã hội"]),
    ("Người thực hiện", "Bà Hoa (Chủ tịch Hội LHPN xã)", ["Chủ tịch Hội LHPN xã"]),
    ("Người thực hiện", "Đ/c Lan (CC Tư pháp - Hộ tịch)", ["CC Tư pháp - Hộ tịch"]),
    # "Phó" opening a name is a surname; a post after the honorific is no name
    ("Người thực hiện", "Đ/c Phó Đức Phương - PCT UBND xã", ["PCT UBND xã"]),
    ("Người thực hiện", "Đ/c PCT UBND xã - Trưởng BCĐ", ["PCT UBND xã", "Trưởng BCĐ"]),
    # no person: a province on the next line
    ("Đơn vị thực hiện", "Sở Nông nghiệp và Môi trường<br>Bà Rịa - Vũng Tàu", ["Sở Nông nghiệp và Môi trường Bà Rịa - Vũng Tàu"]),
    # no person: a place named "Bà …"
    ("Đơn vị thực hiện", "Sở Nông nghiệp và Môi trường Bà Rịa - Vũng Tàu", ["Sở Nông nghiệp và Môi trường Bà Rịa - Vũng Tàu"]),
    ("Đơn vị thực hiện", "UBND tỉnh Bà Rịa - Vũng Tàu; Hội Nông dân", ["UBND tỉnh Bà Rịa - Vũng Tàu", "Hội Nông dân"]),
    # no person: the cell as it stands
    ("Người thực hiện", "Công chức Văn hóa - Xã hội", ["Công chức Văn hóa - Xã hội"]),
    ("Đơn vị thực hiện", "Phòng Văn hóa - Thông tin", ["Phòng Văn hóa - Thông tin"]),
])
def test_a_person_in_a_column_of_who_acts_is_read_as_the_post(column, cell, lead):
    text = ("UBND HUYỆN THANH LIÊM\nỦY BAN NHÂN DÂN XÃ THANH HÀ\nSố: 98/KH-UBND\nThanh Hà, ngày 6 tháng 10 năm 2025\n"
            "KẾ HOẠCH\nSản xuất vụ mùa năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NỘI DUNG\n"
            f"| TT | Nội dung công việc | {column} | Thời gian |\n|---|---|---|---|\n"
            f"| 1 | Tu bổ kênh mương nội đồng | {cell} | Tháng 10/2025 |\n"
            "| 2 | Tổng hợp, báo cáo kết quả | Công chức Văn phòng - Thống kê | Tháng 12/2025 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.md").tasks
    assert tasks[0].lead_units == lead
@pytest.mark.parametrize("issuer, place, org, units", [
    # the paragraph calls the heading's body by the start of its name: no second unit (a Markdown
    # plan: headings in bold, paragraphs apart)
    ("UBND HUYỆN QUỲNH PHỤ", "Quỳnh Phụ",
     "**1. Ban Chỉ đạo Tổng điều tra huyện**\n\nBan Chỉ đạo (thành phần tại Phụ lục III) chỉ đạo, đôn đốc các xã.\n\n"
     "**2. Phòng Tài chính - Kế hoạch**\n\nBố trí kinh phí.",
     [["Ban Chỉ đạo Tổng điều tra huyện"], ["Phòng Tài chính - Kế hoạch"]]),
    ("UBND TỈNH LÂM ĐỒNG", "Đà Lạt",
     "**1. Sở Văn hóa, Thể thao và Du lịch tỉnh**\n\nSở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động.\n\n"
     "**2. Sở Tài chính**\n\nBố trí kinh phí.",
     [["Sở Văn hóa, Thể thao và Du lịch tỉnh"], ["Sở Tài chính"]]),
    # a paragraph naming another body, or the same head with another name, keeps it
    ("UBND HUYỆN QUỲNH PHỤ", "Quỳnh Phụ",
     "**1. Ban Chỉ đạo Tổng điều tra huyện**\n\nChi cục Thống kê huyện là cơ quan thường trực.\n\n"
     "**2. Ban Chỉ đạo huyện**\n\nBan Chỉ đạo các xã, thị trấn chủ trì triển khai tại địa bàn.",
     [["Ban Chỉ đạo Tổng điều tra huyện", "Chi cục Thống kê huyện"], ["Ban Chỉ đạo huyện", "Ban Chỉ đạo các xã, thị trấn"]]),
])
def test_a_paragraph_shortening_the_headings_unit_names_no_other(issuer, place, org, units):
    # (paragraphs of a full line's length, as a plan has: a short heading is then no line the
    # layout wrapped)
    org = ("Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện "
           "nghiêm túc, hiệu quả các nội dung của Kế hoạch này.\n\n" * 4 + org)
    assert _assignments(issuer, place, org, "md")[-2:] == units


def test_a_name_over_a_sentence_in_a_cell_keeps_the_name():
    """"Đ/c Name" over a line that opens with no post's word: the line is not the person's post."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ KÔNG CHRO\nSố: 58/KH-UBND\nKông Chro, ngày 12 tháng 8 năm 2025\n"
            "KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2025\nI. NỘI DUNG\n"
            "| STT | Nội dung công việc | Người/Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tuyên truyền phòng bệnh | Đ/c Hà Thị Lan<br>Tổ chức tuyên truyền lưu động | Tháng 9/2025 |\n"
            "| 2 | Phun hóa chất diệt muỗi | Trạm Y tế xã | Tháng 10/2025 |\n")
    lead = extract_bytes(text.encode(), "plan.md").tasks[0].lead_units
    assert lead[0] == "Hà Thị Lan"


def test_persons_in_word_cells_of_a_two_level_commune(tmp_path):
    """The same cells typed in a Word table, each line a paragraph of its cell."""
    from tests.render_docx import render_docx
    src = ("ỦY BAN NHÂN DÂN\nXÃ IA GRAI\nSố: 41/KH-UBND\nIa Grai, ngày 5 tháng 9 năm 2025\n"
           "KẾ HOẠCH\nTổng vệ sinh môi trường năm 2025\nI. NỘI DUNG\n"
           "| STT | Nội dung công việc | Người/Đơn vị chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
           "| 1 | Ra quân tổng vệ sinh khu dân cư | Đ/c Rơ Mah Hlim<br>Phó Chủ tịch UBND xã | Trưởng các thôn, tổ dân phố | Tháng 9/2025 |\n"
           "| 2 | Chuẩn bị hóa chất, vật tư | Đ/c Lê Văn Tâm<br>Trạm Y tế xã | Phòng Kinh tế | Tháng 10/2025 |\n"
           "| 3 | Thu gom phế thải quanh nhà | Ông Phạm Văn Lực và các hộ gia đình | Trạm Y tế xã | Tháng 10/2025 |\n"
           "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế theo dõi, báo cáo.\n")
    docx = render_docx(src, tmp_path / "ia-grai.docx", "md")
    tasks = extract_bytes(docx.read_bytes(), "ia-grai.docx").tasks
    assert [t.lead_units for t in tasks] == [["Phó Chủ tịch UBND xã"], ["Lê Văn Tâm", "Trạm Y tế xã"],
                                             ["Phạm Văn Lực", "các hộ gia đình"]]
    assert [t.support_units for t in tasks] == [["Trưởng các thôn, tổ dân phố"], ["Phòng Kinh tế"], ["Trạm Y tế xã"]]


# ---- a month's plan written week by week (a school's, a Đoàn's): "Tuần 1 (từ 03/3 đến 08/3)" over
# bullet tasks, each ending on its fields ("Phụ trách: …") and sometimes on its day
def _month_plan(body: str, ext: str = "txt", issuer: str = "PHÒNG GD&ĐT HUYỆN NGHĨA HƯNG\nTRƯỜNG TIỂU HỌC NGHĨA LẠC",
                part: str = "II. LỊCH CÔNG TÁC CỤ THỂ"):
    text = (f"{issuer}\nSố: 32/KH-THNL\nNghĩa Lạc, ngày 28 tháng 02 năm 2025\nKẾ HOẠCH\nHoạt động tháng 3/2025\n"
            f"I. NHIỆM VỤ TRỌNG TÂM\n1. Thực hiện chương trình năm học.\n{part}\n{body}\n"
            "IV. TỔ CHỨC THỰC HIỆN\n1. Phó Hiệu trưởng tổng hợp kết quả.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    return [(t.text, t.deadline, t.lead_units, t.support_units) for t in plan.tasks[1:]]


def test_bullets_under_week_headings_are_tasks_ending_with_the_week():
    import datetime as dt
    got = _month_plan(
        "Tuần 1 (từ 03/3 đến 08/3)\n"
        "- Chào cờ đầu tháng; phát động thi đua chào mừng ngày 8/3 và 26/3. Phụ trách: Tổng phụ trách Đội.\n"
        "- Tổ chức tọa đàm chào mừng Ngày Quốc tế Phụ nữ, ngày 07/3. Phụ trách: Công đoàn trường.\n"
        "Tuần 2: từ 10/3 đến 15/3\n"
        "- Dự giờ giáo viên mới; hoàn thành trước ngày 14/3. Phụ trách: Hiệu trưởng, Phó Hiệu trưởng.\n"
        "Tuần thứ 3 (17/3 - 22/3):\n"
        "- Ngày hội đọc sách tại thư viện. Phụ trách: Nhân viên thư viện; phối hợp: Giáo viên chủ nhiệm.\n"
        "Tuần 4 (từ ngày 24/3 đến ngày 29/3/2025)\n- Sơ kết hoạt động tháng 3. Chủ trì: Hiệu trưởng.\n")
    assert got == [
        ("Chào cờ đầu tháng; phát động thi đua chào mừng ngày 8/3 và 26/3.", dt.date(2025, 3, 8),
         ["Tổng phụ trách Đội"], []),
        # the day the line ends on dates it within its week
        ("Tổ chức tọa đàm chào mừng Ngày Quốc tế Phụ nữ, ngày 07/3.", dt.date(2025, 3, 7), ["Công đoàn trường"], []),
        ("Dự giờ giáo viên mới; hoàn thành trước ngày 14/3.", dt.date(2025, 3, 14), ["Hiệu trưởng", "Phó Hiệu trưởng"], []),
        ("Ngày hội đọc sách tại thư viện.", dt.date(2025, 3, 22), ["Nhân viên thư viện"], ["Giáo viên chủ nhiệm"]),
        ("Sơ kết hoạt động tháng 3.", dt.date(2025, 3, 29), ["Hiệu trưởng"], []),
    ]


def test_week_headings_of_a_doan_plan_in_markdown():
    import datetime as dt
    got = _month_plan("**Tuần 1 (từ 01/4 đến 06/4)**\n\n- Ra quân “Ngày Chủ nhật xanh”, ngày 06/4. Phụ trách: Chi đoàn ấp.\n"
                      "- Tuyên truyền Luật Thanh niên. Phụ trách: Ban Thường vụ Đoàn xã.\n\n"
                      "**Tuần 2 (07/4 - 13/4)**\n\n- Tổ chức hiến máu tình nguyện. Phụ trách: Ban Thường vụ Đoàn xã.\n",
                      "md", issuer="HUYỆN ĐOÀN TAM NÔNG\nBCH ĐOÀN XÃ PHÚ CƯỜNG")
    assert [(t.split()[0], d, u) for t, d, u, _ in got] == [
        ("Ra", dt.date(2025, 4, 6), ["Chi đoàn ấp"]), ("Tuyên", dt.date(2025, 4, 6), ["Ban Thường vụ Đoàn xã"]),
        ("Tổ", dt.date(2025, 4, 13), ["Ban Thường vụ Đoàn xã"])]


@pytest.mark.parametrize("body", [
    # "Tuần lễ …", a week with no days: no week heading, the item's bullets join it
    "1. Hưởng ứng Tuần lễ Quốc gia phòng, chống thiên tai\nTuần lễ Quốc gia: treo băng rôn.\n"
    "Tuần 1: kiểm tra đê điều.\n- Treo băng rôn.\n- Phát thanh.\n",
])
def test_a_week_without_its_days_is_no_week_heading(body):
    assert len(_month_plan(body)) == 1


def test_a_part_of_bullets_with_no_numbered_item_makes_each_bullet_a_task():
    import datetime as dt
    got = _month_plan("- Rà soát dữ liệu học sinh, hoàn thành trước ngày 20/3. Phụ trách: Phó Hiệu trưởng.\n"
                      "- Hoàn thiện hồ sơ trường chuẩn quốc gia, gửi Phòng GD&ĐT trước ngày 31/3.\n"
                      "tiếp theo dòng bị ngắt.\n", part="III. CÔNG VIỆC BỔ SUNG")
    assert got == [
        ("Rà soát dữ liệu học sinh, hoàn thành trước ngày 20/3.", dt.date(2025, 3, 20), ["Phó Hiệu trưởng"], []),
        ("Hoàn thiện hồ sơ trường chuẩn quốc gia, gửi Phòng GD&ĐT trước ngày 31/3. tiếp theo dòng bị ngắt.",
         dt.date(2025, 3, 31), [], [])]


@pytest.mark.parametrize("part, body", [
    # a part that is no content part: its bullets are no tasks
    ("III. KINH PHÍ", "- Từ nguồn chi thường xuyên.\n- Từ nguồn xã hội hóa.\n"),
    # field bullets speak for the part, not tasks of their own
    ("III. CÔNG VIỆC BỔ SUNG", "- Thời gian: tháng 3/2025.\n- Đơn vị chủ trì: Phó Hiệu trưởng.\n"),
    # one bullet is no list of tasks
    ("III. CÔNG VIỆC BỔ SUNG", "- Rà soát dữ liệu học sinh.\n"),
])
def test_bullets_that_make_no_tasks_of_a_part(part, body):
    assert _month_plan(body, part=part) == []


@pytest.mark.parametrize("text, rest, timing, lead, support", [
    ("Kiểm tra hồ sơ chuyên môn. Phụ trách: Phó Hiệu trưởng.", "Kiểm tra hồ sơ chuyên môn.", None,
     ["Phó Hiệu trưởng"], []),
    ("Tổ chức hiến máu; Chủ trì: Ban Thường vụ Đoàn xã; phối hợp: Trạm Y tế xã.", "Tổ chức hiến máu;", None,
     ["Ban Thường vụ Đoàn xã"], ["Trạm Y tế xã"]),
    ("Ra quân dọn vệ sinh. Thời gian: ngày 16/3/2025. Đơn vị thực hiện: Các chi đoàn ấp.", "Ra quân dọn vệ sinh.",
     "ngày 16/3/2025", ["Các chi đoàn ấp"], []),
])
def test_fields_printed_after_a_tasks_sentence(text, rest, timing, lead, support):
    from extractors.tasks import trailing_fields
    got, fields = trailing_fields(text)
    assert (got, fields.timing, fields.lead, fields.support) == (rest, timing, lead, support)


@pytest.mark.parametrize("text", [
    # a label in mid-prose, prose after it
    "Họp Ban Chỉ đạo. Chủ trì: đồng chí Chủ tịch sẽ kết luận các nội dung sau đó phân công nhiệm vụ cụ thể cho từng thành viên và.",
    # no label: a sentence that only mentions who is in charge
    "Rà soát hộ nghèo. Ban Chỉ đạo phụ trách chung.",
    # a result, not a field that fills the task
    "Tổng kết phong trào. Kết quả: báo cáo gửi Huyện đoàn.",
])
def test_no_trailing_fields(text):
    from extractors.tasks import trailing_fields
    got, fields = trailing_fields(text)
    assert got == text and fields.empty()


# A multi-year plan's tasks and assignments are due up to the end of the period its trích yếu names;
# the same items in a plan of one year keep the annual guard; a horizon in the purpose part is no task.
def _multi_year(title: str, issued: str = "12 tháng 5 năm 2025") -> tuple[list, list]:
    text = (f"UBND TỈNH BẮC NINH\nSố: 98/KH-UBND\nBắc Ninh, ngày {issued}\nKẾ HOẠCH\n{title}\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Phấn đấu đến năm 2030 kinh tế số chiếm 30% GRDP.\n"
            "II. NHIỆM VỤ\n"
            "1. Xây dựng Trung tâm dữ liệu tỉnh, hoàn thành trong Quý IV/2029.\n"
            "2. Thu hút đầu tư hạ tầng số; thời gian thực hiện từ năm 2026 đến năm 2028.\n"
            "3. Nâng cấp hệ thống một cửa điện tử; hoàn thành trong giai đoạn 2026 - 2027.\n"
            "4. Triển khai Chiến lược dữ liệu quốc gia đến năm 2030, tầm nhìn đến năm 2035.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ tổ chức tổng kết trong Quý IV/2030.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    return [t.deadline for t in plan.tasks], [a.deadline for a in plan.assignments]


@pytest.mark.parametrize("title", [
    "Phát triển kinh tế số tỉnh Bắc Ninh giai đoạn 2026 - 2030",
    "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 về chuyển đổi số",
    "Thực hiện Chiến lược chuyển đổi số tỉnh Bắc Ninh đến năm 2030",
])
def test_a_multi_year_plans_deadlines_reach_the_end_of_its_period(title):
    import datetime as dt
    tasks, assignments = _multi_year(title)
    assert tasks == [dt.date(2029, 12, 31), dt.date(2028, 12, 31), dt.date(2027, 12, 31), None]
    assert assignments == [dt.date(2030, 12, 31)]


def test_an_annual_plans_deadlines_keep_their_guard():
    import datetime as dt
    tasks, assignments = _multi_year("Chuyển đổi số tỉnh Bắc Ninh năm 2026", issued="05 tháng 01 năm 2026")
    assert tasks == [None, None, None, None]
    assert assignments == [None]
    tasks, _ = _multi_year("Chuyển đổi số tỉnh Bắc Ninh năm 2027", issued="05 tháng 01 năm 2027")
    assert tasks == [dt.date(2029, 12, 31), None, None, None]


# A week or a peak period across a year end, as its trích yếu prints it, dates each yearless day and
# month of its tasks and assignments in the year of the span that holds it, whatever year the plan
# was issued in; a span inside one year and an annual plan keep the plan's year.
def _across_year_end(title: str, issued: str, rows: str, org: str) -> tuple[list, list]:
    text = (f"UBND HUYỆN CẨM XUYÊN\nUBND XÃ CẨM BÌNH\nSố: 215/KH-UBND\nCẩm Bình, ngày {issued}\nKẾ HOẠCH\n{title}\n"
            f"I. NHIỆM VỤ TRỌNG TÂM\n{rows}III. TỔ CHỨC THỰC HIỆN\n{org}")
    plan = extract_bytes(text.encode(), "plan.txt")
    return [t.deadline for t in plan.tasks], [a.deadline for a in plan.assignments]


_WEEK_ROWS = ("1. Quyết toán ngân sách xã năm 2024, hoàn thành trước ngày 31/12.\n"
              "2. Triển khai nhiệm vụ năm 2025 đến các thôn trước ngày 03/01.\n"
              "3. Tổng vệ sinh môi trường đón Tết, hoàn thành trước ngày 05/01.\n")
_WEEK_ORG = "1. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo trước ngày 04/01.\n"


@pytest.mark.parametrize("title, issued", [
    ("Lịch công tác tuần 01 (từ ngày 30/12/2024 đến ngày 05/01/2025)", "27 tháng 12 năm 2024"),
    ("Công tác tuần 01 năm 2025 (từ 30/12/2024 - 05/01/2025)", "27 tháng 12 năm 2024"),
    ("Lịch công tác tuần 01 (từ ngày 30/12 đến ngày 05/01/2025)", "02 tháng 01 năm 2025"),
])
def test_a_week_across_a_year_end_dates_its_days_inside_it(title, issued):
    import datetime as dt
    tasks, assignments = _across_year_end(title, issued, _WEEK_ROWS, _WEEK_ORG)
    assert tasks == [dt.date(2024, 12, 31), dt.date(2025, 1, 3), dt.date(2025, 1, 5)]
    assert assignments == [dt.date(2025, 1, 4)]


def test_a_months_plan_across_a_year_end_dates_its_months_inside_it():
    import datetime as dt
    tasks, assignments = _across_year_end(
        "Thực hiện cao điểm bảo đảm an toàn thực phẩm Tết tháng 12/2025 - 01/2026", "01 tháng 12 năm 2025",
        "1. Kiểm tra các cơ sở sản xuất bánh, mứt, kẹo trong tháng 12.\n"
        "2. Kiểm tra các chợ, siêu thị, hoàn thành trong tháng 01.\n"
        "3. Tổng kết đợt cao điểm trước ngày 25/01.\n",
        "1. Trạm Y tế xã tổng hợp, báo cáo kết quả trước ngày 28/01.\n")
    assert tasks == [dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 1, 25)]
    assert assignments == [dt.date(2026, 1, 28)]


@pytest.mark.parametrize("title, issued, expected", [
    # a week inside one year, an annual plan: the plan's year
    ("Lịch công tác tuần 03 (từ ngày 13/01 đến ngày 19/01/2025)", "10 tháng 01 năm 2025", 2025),
    ("Phát triển kinh tế - xã hội năm 2025", "27 tháng 12 năm 2024", 2025),
    # (a title with no year at all: test_m15_untitled_year_december_plan_dates_days_ahead)
])
def test_no_span_across_a_year_end_keeps_the_plans_year(title, issued, expected):
    import datetime as dt
    tasks, assignments = _across_year_end(title, issued, _WEEK_ROWS, _WEEK_ORG)
    assert tasks == [dt.date(expected, 12, 31), dt.date(expected, 1, 3), dt.date(expected, 1, 5)]
    assert assignments == [dt.date(expected, 1, 4)]


# The plan's title says whose Chạp a yearless "tháng Chạp" is: a plan for a Tết has that Tết's year,
# its Chạp the month before it; a plan of a year's festivals runs to the Chạp and Tết that close it,
# unless it is issued before its year's Tết (29/01/2025): then the Tết ahead is meant, and its Chạp.
@pytest.mark.parametrize("title, issued, chap, tet", [
    ("Tổ chức Tết Nguyên đán Ất Tỵ năm 2025", "06 tháng 01", "2025-01-28", "2025-01-29"),
    ("Tổ chức các hoạt động mừng Đảng, mừng Xuân Ất Tỵ năm 2025", "06 tháng 01", "2025-01-28", "2025-01-29"),
    ("Tổ chức các lễ hội truyền thống trên địa bàn xã năm 2025", "10 tháng 02", "2026-02-16", "2026-02-17"),
    ("Công tác văn hóa, thể thao năm 2025", "20 tháng 3", "2026-02-16", "2026-02-17"),
    ("Tổ chức các lễ hội truyền thống trên địa bàn xã năm 2025", "06 tháng 01", "2025-01-28", "2025-01-29"),
    ("Công tác văn hóa, thể thao năm 2025", "29 tháng 01", "2026-02-16", "2025-01-29"),
])
def test_the_title_sets_the_lunar_year_of_a_yearless_chap(title, issued, chap, tet):
    text = (f"UBND HUYỆN PHONG THỔ\nỦY BAN NHÂN DÂN XÃ MA LY PHO\nSố: 05/KH-UBND\nMa Ly Pho, ngày {issued} năm 2025\n"
            f"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm vui tươi, an toàn.\nII. NỘI DUNG\n"
            "1. Công an xã tuần tra, bảo đảm an ninh trật tự, hoàn thành trong tháng Chạp.\n"
            "2. Ủy ban MTTQ Việt Nam xã thăm hỏi, tặng quà hộ nghèo, hoàn thành trước Tết Nguyên đán.\n"
            "3. Trạm Y tế xã tổ chức trực cấp cứu trong dịp Tết Nguyên đán.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng - Thống kê theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    got = [(str(t.deadline) if t.deadline else None, t.timing_text) for t in plan.tasks]
    assert got == [(chap, "hoàn thành trong tháng Chạp"), (tet, "hoàn thành trước Tết Nguyên đán"), (None, None)]


# A schedule runs forward: a yearless "Trước Tết Nguyên đán" is the Tết ahead of the day of issue, but
# after a row due late in the year it is the next one (Tết Bính Ngọ 17/02/2026, Đinh Mùi 06/02/2027).
_SCHEDULE_ROWS = [
    ("Tuyên truyền phòng, chống dịch bệnh mùa Đông - Xuân trên loa truyền thanh", "Trước Tết Nguyên đán"),
    ("Ra quân diệt lăng quăng, bọ gậy tại các thôn", "Tuần đầu tháng 3"),
    ("Tăng cường phòng, chống cúm mùa cho người cao tuổi", "Tháng 10 - 12/2026"),
    ("Tổ chức thăm hỏi, tặng quà hộ nghèo, gia đình chính sách", "Trước Tết Nguyên đán"),
]


def _schedule_plan(issued: str, rows: list[tuple[str, str]]) -> str:
    table = "| TT | Nội dung hoạt động | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n" + "".join(
        f"| {i} | {text} | Trạm Y tế xã | {when} |\n" for i, (text, when) in enumerate(rows, 1))
    return ("UBND TỈNH QUẢNG TRỊ\nUBND XÃ CAM HIẾU\nSố: 09/KH-UBND\nCam Hiếu, ngày " + issued + "\n"
            "KẾ HOẠCH\nPhòng, chống dịch bệnh truyền nhiễm năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Chủ động phòng bệnh.\nII. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN\n" + table +
            "III. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã theo dõi, báo cáo.\n")


@pytest.mark.parametrize("issued, want", [
    ("12 tháng 01 năm 2026", ["2026-02-17", "2026-03-07", "2026-12-31", "2027-02-06"]),
    ("05 tháng 01 năm 2026", ["2026-02-17", "2026-03-07", "2026-12-31", "2027-02-06"]),
    ("10 tháng 3 năm 2026", ["2027-02-06", "2026-03-07", "2026-12-31", "2027-02-06"]),   # issued after Tết
])
def test_a_schedule_runs_forward_to_the_next_tet(issued, want):
    plan = extract_bytes(_schedule_plan(issued, _SCHEDULE_ROWS).encode(), "plan.md")
    assert [str(t.deadline) for t in plan.tasks] == want


def test_a_schedule_in_word_runs_forward_to_the_next_tet(tmp_path):
    pytest.importorskip("docx")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_docx import render_docx
    path = render_docx(_schedule_plan("08 tháng 01 năm 2026", _SCHEDULE_ROWS), tmp_path / "plan.docx", fmt="md")
    plan = extract_bytes(Path(path).read_bytes(), "plan.docx")
    assert [str(t.deadline) for t in plan.tasks] == ["2026-02-17", "2026-03-07", "2026-12-31", "2027-02-06"]


def test_a_list_item_before_tet_is_due_on_the_tet_ahead():
    # numbered items are not a schedule: each yearless Tết is the one ahead of the day of issue
    text = ("UBND HUYỆN KRÔNG PẮC\nUBND XÃ EA KUĂNG\nSố: 03/KH-UBND\nEa Kuăng, ngày 09 tháng 01 năm 2025\n"
            "KẾ HOẠCH\nCông tác an sinh xã hội năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Chăm lo đời sống Nhân dân.\n"
            "II. NỘI DUNG\n1. Rà soát hộ nghèo, hộ cận nghèo, hoàn thành trong tháng 12/2025.\n"
            "2. Thăm hỏi, tặng quà gia đình chính sách, hoàn thành trước Tết Nguyên đán.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [str(t.deadline) for t in plan.tasks] == ["2025-12-31", "2025-01-29"]


@pytest.mark.parametrize("issuer, place, org, units", [
    # items of the organization part addressed to persons: the post each holds
    ("UBND HUYỆN PHỤNG HIỆP\nỦY BAN NHÂN DÂN XÃ HÒA AN", "Hòa An",
     "1. Đ/c Trần Văn Bình - Phó Chủ tịch UBND xã: phụ trách chung, chỉ đạo các ấp.\n"
     "2. Bà Nguyễn Thị Diễm (Chủ tịch Hội LHPN xã) vận động hội viên tham gia tổ hợp tác.\n"
     "3. Ông Lâm Văn Sáu, Chủ nhiệm Hợp tác xã nông nghiệp Hòa Long: cung ứng giống.",
     [["Phó Chủ tịch UBND xã"], ["Chủ tịch Hội LHPN xã"], ["Chủ nhiệm Hợp tác xã nông nghiệp Hòa Long"]]),
    # a Party committee of a body, the cooperatives' heads and boards
    ("UBND HUYỆN THOẠI SƠN", "Núi Sập",
     "1. Đảng ủy cơ quan UBND huyện lãnh đạo các chi bộ trực thuộc quán triệt kế hoạch.\n"
     "2. Chủ nhiệm Hợp tác xã nông nghiệp Tân Tiến, Giám đốc Hợp tác xã dịch vụ nông nghiệp Mỹ Hòa chủ động xây dựng "
     "phương án sản xuất.\n3. Ban quản lý các hợp tác xã công khai tài chính theo quy định.",
     [["Đảng ủy cơ quan UBND huyện"],
      ["Chủ nhiệm Hợp tác xã nông nghiệp Tân Tiến", "Giám đốc Hợp tác xã dịch vụ nông nghiệp Mỹ Hòa"],
      ["Ban quản lý các hợp tác xã"]]),
])
def test_organization_items_naming_persons_cooperatives_and_party_committees(issuer, place, org, units):
    assert _assignments(issuer, place, org) == units


# Items that open with the share or count they commit to ("2. 100% hồ sơ …", "3. 05 xã …") are items
# of their own, not the wrapped tail of the item before them.
@pytest.mark.parametrize("issuer, place, body, ext", [
    ("UBND TỈNH PHÚ THỌ", "Phú Thọ",
     "1. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\n"
     "2. 100% hồ sơ thủ tục hành chính được số hóa trước ngày 30/6/2025.\n"
     "3. 05 xã hoàn thành xây dựng mô hình xã thông minh.", "txt"),
    ("UBND PHƯỜNG BÀN CỜ", "Hồ Chí Minh",
     "1) Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\n\n"
     "2) 100% hồ sơ thủ tục hành chính được số hóa trước ngày 30/6/2025.\n\n"
     "3) 05 xã hoàn thành xây dựng mô hình xã thông minh.", "md"),
])
def test_items_opening_with_a_figure_are_items(issuer, place, body, ext):
    got = [text for text, _, _ in _plan(issuer, place, body, ext)]
    assert got == ["Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.",
                   "100% hồ sơ thủ tục hành chính được số hóa trước ngày 30/6/2025.",
                   "05 xã hoàn thành xây dựng mô hình xã thông minh."]


def test_a_wrapped_line_opening_with_a_date_or_a_range_joins_its_item():
    body = ("1. Tổ chức ra quân tổng vệ sinh môi trường, hoàn thành trong tháng\n12. 2025 tổng kết, rút kinh nghiệm.\n"
            "2. Kiểm tra định kỳ các cơ sở kinh doanh\n2 - 3 lần/năm.")
    got = [text for text, _, _ in _plan("UBND XÃ TÂN LẬP", "Tân Lập", body)]
    assert got == ["Tổ chức ra quân tổng vệ sinh môi trường, hoàn thành trong tháng 12. 2025 tổng kết, rút kinh nghiệm.",
                   "Kiểm tra định kỳ các cơ sở kinh doanh 2 - 3 lần/năm."]


@pytest.mark.parametrize("cell, lead", [
    # one person with two posts in a cell: one unit, the office printed first
    ("Đ/c Nguyễn Văn Hùng, PCT UBND xã, Trưởng Ban Chỉ đạo", ["PCT UBND xã"]),
    ("Đ/c Lê Văn Hải - Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo;\nCông an xã", ["Phó Chủ tịch UBND xã", "Công an xã"]),
    # a unit of another kind, then a person in lower case; a colon after the honorific
    ("Các hộ gia đình và ông Phạm Văn Lực", ["Các hộ gia đình", "Phạm Văn Lực"]),
    ("Đ/c: Nguyễn Văn A", ["Nguyễn Văn A"]),
    ("Đồng chí: Lò Văn Minh (Trưởng Công an xã)", ["Trưởng Công an xã"]),
    # negatives: bodies after a person's post are units of their own
    ("Đ/c Nguyễn Văn Hùng - PCT UBND xã, Công an xã", ["PCT UBND xã", "Công an xã"]),
    ("Ông Trần Văn Bình, Trưởng thôn 3, Chi hội Phụ nữ thôn 3", ["Trưởng thôn 3", "Chi hội Phụ nữ thôn 3"]),
])
def test_persons_in_a_unit_cell(cell, lead):
    from extractors.tasks import _posts
    from extractors.units import split_units
    assert split_units(_posts(cell))[0] == lead


@pytest.mark.parametrize("issuer, place, ext, body, want", [
    # a quarter or a month ending an item's wrapped line, the next line a sentence of its own whose
    # full stop the wrap lost: the quarter times the item
    ("ỦY BAN NHÂN DÂN\nXÃ IA HRÚ", "Ia Hrú", "txt",
     "1. Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở cho các tổ hòa giải thôn, làng, Quý III/2025\n"
     "Phòng Văn hóa - Xã hội chủ trì, phối hợp Công an xã thực hiện.\n"
     "2. Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn xã, thực hiện tháng 10/2025\n"
     "Các thôn, làng phối hợp.\n"
     "3. Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở, thực hiện Quý IV/2025.",
     [(3, "2025-09-30"), (None, "2025-10-31"), (4, "2025-12-31")]),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH GIA LAI", "Gia Lai", "md",
     "**1.** Tập huấn quy trình tái canh cây cà phê cho nông dân; triển khai Quý II/2025\n\n"
     "**2.** Kiểm tra chất lượng vật tư nông nghiệp, tổ chức tháng 8/2025.",
     [(2, "2025-06-30"), (None, "2025-08-31")]),
    # negatives: the quarter is what a report covers, or the sentence goes on past it
    ("ỦY BAN NHÂN DÂN\nXÃ IA HRÚ", "Ia Hrú", "txt",
     "1. Báo cáo kết quả thực hiện Quý III/2025\ngửi Phòng Văn hóa - Xã hội tổng hợp.\n"
     "2. Tổ chức hội nghị sơ kết, Quý III/2025\ntại Hội trường UBND xã.",
     [(None, None), (None, None)]),
])
def test_a_quarter_or_month_closing_an_items_wrapped_line_times_it(issuer, place, ext, body, want):
    text = (f"{issuer}\nSố: 52/KH-UBND\n{place}, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NHIỆM VỤ CỤ THỂ\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    assert [(t.quarter, t.deadline and t.deadline.isoformat()) for t in plan.tasks] == want


def test_yearless_year_end_half_year_school_year_and_recurring_items_get_their_timing() -> None:
    # items of a commune plan: the plan's year dates "vào cuối năm"; a half year and a school year
    # that are the item's own time give its end; a recurring close fills timing_text, no deadline
    import datetime as dt
    got = _timed("1. Tổ chức sinh hoạt câu lạc bộ văn nghệ tại các ấp, tổ chức định kỳ hằng tháng. Phòng Văn hóa "
                 "- Xã hội chủ trì, phối hợp với Ban Nhân dân các ấp thực hiện.\n"
                 "2. Tổ chức tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” vào cuối năm.\n"
                 "3. Rà soát hộ nghèo, hộ cận nghèo trong 6 tháng cuối năm 2025.\n"
                 "4. Tổ chức tuyên truyền phòng, chống ma túy trong trường học trong năm học 2025 - 2026.\n"
                 "5. Tổng hợp, báo cáo kết quả trong 6 tháng đầu năm 2025.\n"
                 "6. Kiểm tra bếp ăn bán trú các trường học năm học 2025 - 2026.")
    assert [(g[1], g[2]) for g in got] == [
        (None, "tổ chức định kỳ hằng tháng"),
        (dt.date(2025, 12, 31), "vào cuối năm"),
        (dt.date(2025, 12, 31), "trong 6 tháng cuối năm 2025"),
        (dt.date(2026, 5, 31), "trong năm học 2025 - 2026"),
        (None, None),
        (None, None),
    ]


# A school's task table timed by its school year and terms: a cell of the school year alone, a term
# with or without its year, and yearless months fall in the school year the trích yếu names (once it
# has begun when the plan is issued); "Cả năm học" stays recurring; a plan made before the school year
# (admissions, in April) keeps its own year for yearless months and has no school year for a term.
def _school_table(title: str, issued: str, cells: list[str]) -> list:
    rows = "".join(f"| {i} | Nội dung công việc số {i} của nhà trường | Phó Hiệu trưởng | {c} |\n"
                   for i, c in enumerate(cells, 1))
    text = ("**UBND XÃ HẬU NGHĨA**  \n**TRƯỜNG MẦM NON HẬU NGHĨA**\n\nSố: 41/KH-MNHN\n\n"
            f"*Hậu Nghĩa, ngày {issued}*\n\n**KẾ HOẠCH**\n\n**{title}**\n\n"
            "**I. MỤC ĐÍCH, YÊU CẦU**\n\n1. Phát huy những thành tích đã đạt được trong năm học 2024 - 2025.\n\n"
            "**II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN**\n\n"
            "| TT | Nội dung | Người thực hiện | Thời gian |\n|---|---|---|---|\n" + rows +
            "\n**III. TỔ CHỨC THỰC HIỆN**\n\n1. Phó Hiệu trưởng chỉ đạo các nhóm lớp thực hiện chuyên đề trong học kỳ I.\n")
    plan = extract_bytes(text.encode(), "plan.md")
    return [t.deadline for t in plan.tasks] + [a.deadline for a in plan.assignments]


def test_a_school_years_table_is_timed_by_its_school_year_and_terms():
    import datetime as dt
    got = _school_table("Công tác chăm sóc, giáo dục trẻ năm học 2025 - 2026", "15 tháng 9 năm 2025",
                        ["Năm học 2025 - 2026", "NH 2025-2026", "Học kỳ I", "HK II", "Tháng 12 - 01",
                         "Tháng 3", "Cả năm học", "Theo kế hoạch của Sở", "Tháng 9, 10/2025"])
    assert got == [dt.date(2026, 5, 31), dt.date(2026, 5, 31), dt.date(2026, 1, 31), dt.date(2026, 5, 31),
                   dt.date(2026, 1, 31), dt.date(2026, 3, 31), None, None, dt.date(2025, 10, 31),
                   dt.date(2026, 1, 31)]


def test_a_plan_made_before_its_school_year_keeps_its_own_year():
    import datetime as dt
    got = _school_table("Tuyển sinh vào trường mầm non năm học 2025 - 2026", "10 tháng 4 năm 2025",
                        ["Năm học 2025 - 2026", "Học kỳ I", "Tháng 5"])
    assert got == [dt.date(2026, 5, 31), None, dt.date(2025, 5, 31), None]


def test_a_joint_unit_column_whose_partners_run_past_a_semicolon(tmp_path):
    """A "Đơn vị chủ trì, phối hợp" column: "X chủ trì, phối hợp với Y; Z" makes Z a partner too, as a
    sentence would; a bullet opening a new entry does not; schools named by number and commune are read
    apart after one "Trường". The same rows in a text-layer PDF."""
    from tests.render import render_pdf
    src = ("ỦY BAN NHÂN DÂN\nXÃ BẮC YÊN\nSố: 37/KH-UBND\nBắc Yên, ngày 10 tháng 3 năm 2026\n"
           "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2026\nI. NỘI DUNG\n"
           "| STT | Nội dung | Đơn vị chủ trì, phối hợp | Thời gian |\n|---|---|---|---|\n"
           "| 1 | Dạy bơi an toàn cho học sinh | Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trạm Y tế xã; "
           "Đoàn Thanh niên xã | Tháng 6/2026 |\n"
           "| 2 | Rà soát ao, hồ nguy hiểm | - Công an xã chủ trì, phối hợp với Trưởng các bản;<br>- Phòng Kinh tế | "
           "Tháng 5/2026 |\n"
           "| 3 | Tuyên truyền trong trường học | Trường THCS số 1 Bắc Yên, Tiểu học số 2 xã Bắc Yên | Tháng 4/2026 |\n"
           "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội theo dõi, báo cáo.\n")
    # (a joint column that labels no role names its lead first: the second school is a partner)
    want_lead = [["Phòng Văn hóa - Xã hội"], ["Công an xã", "Phòng Kinh tế"], ["Trường THCS số 1 Bắc Yên"]]
    want_support = [["Trạm Y tế xã", "Đoàn Thanh niên xã"], ["Trưởng các bản"], ["Trường Tiểu học số 2 xã Bắc Yên"]]
    pdf = render_pdf(src, tmp_path / "bac-yen.pdf", fmt="md")
    for data, name in ((src.encode(), "bac-yen.md"), (pdf.read_bytes(), "bac-yen.pdf")):
        tasks = extract_bytes(data, name).tasks
        assert [t.lead_units for t in tasks] == want_lead, name
        assert [t.support_units for t in tasks] == want_support, name


def _decision_with_plan(title: str, annex_title: str) -> tuple[str, int, int]:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\nSố: 1245/QĐ-UBND\nMường Khương, ngày 12 tháng 5 năm 2025\n"
            f"QUYẾT ĐỊNH\n{title}\nỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG\n"
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành kèm theo Quyết định này văn bản nêu trên.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVàng Văn Pao\n"
            f"{annex_title}\n(Ban hành kèm theo Quyết định số 1245/QĐ-UBND ngày 12/5/2025 của UBND huyện Mường Khương)\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Khơi dậy tinh thần thi đua.\nII. NỘI DUNG THỰC HIỆN\n"
            "1. Tổ chức hội nghị phát động thi đua; hoàn thành trong tháng 6/2025.\n"
            "2. Sơ kết, khen thưởng tập thể, cá nhân tiêu biểu; hoàn thành trước ngày 15/11/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ theo dõi, tổng hợp kết quả.\n2. UBND các xã, thị trấn triển khai tại địa phương.\n")
    plan = extract_bytes(text.encode(), "decision.txt")
    return plan.header.doc_type, len(plan.tasks), len(plan.assignments)


@pytest.mark.parametrize("title, annex_title, want", [
    # a decision that issues or approves a plan carries it: the plan's tasks and duties are read
    ("Về việc ban hành Kế hoạch tổ chức phong trào thi đua năm 2025", "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2025",
     ("Quyết định", 2, 2)),
    ("Ban hành Chương trình công tác thi đua, khen thưởng năm 2025", "CHƯƠNG TRÌNH\nCông tác thi đua năm 2025",
     ("Quyết định", 2, 2)),
    ("Về việc phê duyệt Phương án phòng, chống thiên tai năm 2025", "PHƯƠNG ÁN\nPhòng, chống thiên tai năm 2025",
     ("Quyết định", 2, 2)),
    # negatives: a decision issuing a regulation, or one only naming a plan it carries out, has no tasks
    ("Về việc ban hành Quy chế phối hợp công tác thi đua", "QUY CHẾ\nPhối hợp công tác thi đua", ("Quyết định", 0, 0)),
    ("Về việc thành lập Ban Chỉ đạo thực hiện Kế hoạch số 12/KH-UBND", "QUY CHẾ\nHoạt động của Ban Chỉ đạo",
     ("Quyết định", 0, 0)),
])
def test_a_decision_issuing_a_plan_carries_its_tasks(title, annex_title, want):
    assert _decision_with_plan(title, annex_title) == want


@pytest.mark.parametrize("issuer, place, ext, body, want", [
    # bare items, then field lines once: they speak for each item of the run
    ("UBND THÀNH PHỐ PLEIKU", "Pleiku", "txt",
     "3. Nâng cao chất lượng dân số\na) Mở rộng tầm soát trước sinh và sơ sinh.\nb) Tư vấn, khám sức khỏe trước kết hôn.\n"
     "- Đơn vị chủ trì: Trung tâm Y tế thành phố.\n- Thời gian thực hiện: Quý III/2026.",
     [("Mở rộng tầm soát trước sinh và sơ sinh.", ["Trung tâm Y tế thành phố"], "Quý III/2026"),
      ("Tư vấn, khám sức khỏe trước kết hôn.", ["Trung tâm Y tế thành phố"], "Quý III/2026")]),
    # … and so does a label whose values are the bullets of another mark under it
    ("UBND XÃ YÊN LẠC", "Yên Lạc", "txt",
     "1. Phun hóa chất diệt muỗi tại các thôn.\n2. Vệ sinh môi trường khu dân cư.\n- Thời gian thực hiện:\n"
     "+ Quý II/2025\n- Đơn vị chủ trì: Trạm Y tế xã.",
     [("Phun hóa chất diệt muỗi tại các thôn.", ["Trạm Y tế xã"], "Quý II/2025"),
      ("Vệ sinh môi trường khu dân cư.", ["Trạm Y tế xã"], "Quý II/2025")]),
    # items that hold bullets of their own work are blocks: the fields closing the last are its own
    ("UBND XÃ TÂN LẬP", "Tân Lập", "txt",
     "1. Tuyên truyền\n- Tuyên truyền trên hệ thống loa truyền thanh xã.\n- Treo băng rôn tại các thôn.\n"
     "2. Phun hóa chất\n- Phun hóa chất diệt muỗi tại các thôn.\n- Thời gian: Quý II/2025.\n- Đơn vị chủ trì: Trạm Y tế xã.",
     [("Tuyên truyền Tuyên truyền trên hệ thống loa truyền thanh xã. Treo băng rôn tại các thôn.", [], None),
      ("Phun hóa chất Phun hóa chất diệt muỗi tại các thôn.", ["Trạm Y tế xã"], "Quý II/2025")]),
    # a block before a bare last item: the fields under the last item are still its own
    ("UBND PHƯỜNG HÒA KHÁNH BẮC", "Liên Chiểu", "md",
     "**1. Công tác tuyên truyền**\n\n- Phát tờ rơi đến hộ gia đình.\n\n- Tuyên truyền trên Zalo tổ dân phố.\n\n"
     "**2. Tổng kết công tác năm 2025.**\n\n- Thời gian: Tháng 12/2025.\n\n- Đơn vị chủ trì: Văn phòng HĐND và UBND phường.",
     [("Công tác tuyên truyền Phát tờ rơi đến hộ gia đình. Tuyên truyền trên Zalo tổ dân phố.", [], None),
      ("Tổng kết công tác năm 2025.", ["Văn phòng HĐND và UBND phường"], "Tháng 12/2025")]),
    # the last item's fields printed before its bullets head its own block
    ("UBND XÃ CAM THÀNH", "Cam Thành", "txt",
     "1. Tuyên truyền trên loa truyền thanh xã.\n2. Tập huấn kỹ năng phòng cháy cho cán bộ thôn\n"
     "- Thời gian: Quý III/2025.\n- Tập huấn tại hội trường xã.\n- Diễn tập tại thôn Đông.",
     [("Tuyên truyền trên loa truyền thanh xã.", [], None),
      ("Tập huấn kỹ năng phòng cháy cho cán bộ thôn Tập huấn tại hội trường xã. Diễn tập tại thôn Đông.", [],
       "Quý III/2025")]),
])
def test_fields_after_a_run_of_bare_items_speak_for_each_not_after_blocks(issuer, place, ext, body, want):
    assert _plan(issuer, place, body, ext) == want


@pytest.mark.parametrize("item, lead, support", [
    # the item opens on its partners and says who leads after: that lead is the unsaid subject
    ("1. Phối hợp với UBND các xã, phường tuyên truyền việc kê khai thuế tại các chợ. Các Thuế cơ sở chủ trì.",
     ["Các Thuế cơ sở"], ["UBND các xã, phường"]),
    ("1. Phối hợp với Đoàn Thanh niên xã tổ chức ra quân dọn vệ sinh. Giao Công an xã chủ trì thực hiện.",
     ["Công an xã"], ["Đoàn Thanh niên xã"]),
    # nobody in charge printed: the issuer does it, the units after "Phối hợp với" are its partners; a
    # lead's own partners win
    ("1. Phối hợp với UBND các xã tổ chức tuyên truyền.", [], ["UBND các xã"]),
    ("1. Phối hợp với Hội Nông dân xã tuyên truyền. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã.",
     ["Công an xã"], ["Ban Chỉ huy Quân sự xã"]),
])
def test_a_lead_said_after_the_partners_the_item_opens_on(item, lead, support):
    text = ("UBND XÃ THẠCH HÒA\nSố: 38/KH-UBND\nThạch Hòa, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Tuyên truyền năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\nII. NỘI DUNG THỰC HIỆN\n"
            f"{item}\nIII. TỔ CHỨC THỰC HIỆN\n1. Công an xã theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [(lead, support)]


_ITEMS_OVER_A_TABLE = """ỦY BAN NHÂN DÂN
XÃ {place}
Số: 21/KH-UBND
{place_cap}, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Bảo đảm an toàn thực phẩm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.
II. NỘI DUNG
1. Tuyên truyền trên hệ thống loa truyền thanh xã; thời gian: Quý I/2026.
2. {item}

{table}

3. Tổng kết, đánh giá kết quả thực hiện; thời gian: tháng 12/2026.
III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội theo dõi, báo cáo.
"""


@pytest.mark.parametrize("ext", ["md", "docx"])
@pytest.mark.parametrize("place, item, header, rows", [
    # the cơ sở an inspection will visit: what the item is about, the item a task with its own timing
    ("PHÚ LỘC", "Tổ chức kiểm tra các cơ sở kinh doanh thực phẩm; thời gian: Quý III/2026.",
     "| STT | Tên cơ sở | Địa chỉ |", ["| 1 | Cửa hàng Minh Anh | Thôn Đông |", "| 2 | Quán ăn Hoa Mai | Thôn Tây |"]),
    ("ĐÔNG SƠN", "Kiểm tra điều kiện an toàn thực phẩm tại các bếp ăn tập thể, hoàn thành trong tháng 9/2026.",
     "| TT | Tên đơn vị | Chủ cơ sở | Địa chỉ |",
     ["| 1 | Trường Mầm non Đông Sơn | Bà Lê Thị Hoa | Thôn 2 |", "| 2 | Trường Tiểu học Đông Sơn | Ông Trần Văn Tâm | Thôn 5 |"]),
])
def test_an_item_over_a_list_of_things_is_a_task_of_its_own(ext, place, item, header, rows, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_docx import render_docx

    ncols = header.count("|") - 1
    table = "\n".join([header, "|" + "---|" * ncols, *rows])
    text = _ITEMS_OVER_A_TABLE.format(place=place, place_cap=place.title(), item=item, table=table)
    if ext == "docx":
        data = render_docx(text, tmp_path / "plan.docx", fmt="md").read_bytes()
    else:
        data = text.encode()
    plan = extract_bytes(data, f"plan.{ext}")
    assert [t.origin for t in plan.tasks] == ["list"] * 3
    task = plan.tasks[1]
    assert task.text == item and task.label == "2"
    assert (task.deadline.year, task.deadline.month, task.deadline.day) == (2026, 9, 30)


def test_an_item_over_a_schedule_stays_its_caption(tmp_path):
    """Negative: the item over a task table names the work its rows list; the rows are the tasks."""
    table = "\n".join(["| STT | Nội dung | Đơn vị thực hiện | Thời gian |", "|---|---|---|---|",
                       "| 1 | Kiểm tra cơ sở giết mổ gia súc | Công an xã | Tháng 6/2026 |",
                       "| 2 | Kiểm tra chợ Phú Lộc | Trạm Y tế xã | Tháng 7/2026 |"])
    text = _ITEMS_OVER_A_TABLE.format(place="PHÚ LỘC", place_cap="Phú Lộc",
                                      item="Kiểm tra liên ngành về an toàn thực phẩm", table=table)
    plan = extract_bytes(text.encode(), "plan.md")
    assert [(t.origin, t.label) for t in plan.tasks] == [("list", "1"), ("table", "1"), ("table", "2"), ("list", "3")]


@pytest.mark.parametrize("item, own, want", [
    # the caption's labelled timing dates the rows that print none; a row's own cell wins
    ("Tổ chức kiểm tra các cơ sở kinh doanh; thời gian: Quý III/2026.", "", ("Quý III/2026", 3, (2026, 9, 30))),
    ("Kiểm tra bếp ăn tập thể các trường học (thời gian: trước ngày 15/9/2026).", "",
     ("trước ngày 15/9/2026", None, (2026, 9, 15))),
    ("Tổ chức kiểm tra các cơ sở kinh doanh; thời gian: Quý III/2026.", "Tháng 5/2026", ("Tháng 5/2026", None, (2026, 5, 31))),
    # negative: a caption with no timing field dates nothing
    ("Kiểm tra liên ngành về an toàn thực phẩm", "", (None, None, None)),
])
def test_a_caption_timing_dates_the_rows_under_it(item, own, want):
    table = "\n".join(["| STT | Tên cơ sở | Nội dung kiểm tra | Đơn vị thực hiện | Thời gian |", "|---|---|---|---|---|",
                       f"| 1 | Chợ Phú Lộc | Kiểm tra nguồn gốc thực phẩm | Trạm Y tế xã | {own} |",
                       "| 2 | Bếp ăn Trường Mầm non | Kiểm tra điều kiện bếp ăn | Công an xã | |"])
    text = _ITEMS_OVER_A_TABLE.format(place="PHÚ LỘC", place_cap="Phú Lộc", item=item, table=table)
    plan = extract_bytes(text.encode(), "plan.md")
    rows = [t for t in plan.tasks if t.origin == "table"]
    # (each row reads with the cơ sở it is done at, named in its own column)
    assert [t.text for t in rows] == ["Chợ Phú Lộc: Kiểm tra nguồn gốc thực phẩm",
                                      "Bếp ăn Trường Mầm non: Kiểm tra điều kiện bếp ăn"]
    timing, quarter, day = want
    first = rows[0]
    assert (first.timing_text, first.quarter) == (timing, quarter)
    assert (first.deadline.timetuple()[:3] if first.deadline else None) == day
    if not own:
        assert (rows[1].timing_text, rows[1].deadline) == (first.timing_text, first.deadline)
    assert [t.label for t in plan.tasks if t.origin == "list"] == ["1", "3"]


# Schedule cells that print a note after their timing (a commemorated day, a part's own deadline, the
# year-end meeting) or list a month or quarter with the whole year: the timing before the note is due,
# and a quarter listed with the whole year is no one quarter of the task.
_NOTED_ROWS = [
    ("Tổ chức tọa đàm hưởng ứng Ngày Pháp luật", "Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11)"),
    ("Kiện toàn các tổ hòa giải ở cơ sở", "Trước 31/12/2026 (báo cáo 6 tháng trước 15/6/2026)"),
    ("Sơ kết, tổng kết công tác phòng, chống dịch", "Quý II và cả năm 2026"),
    ("Báo cáo kết quả về Trung tâm Y tế khu vực", "Tháng 6 và cả năm"),
    ("Báo cáo Thường trực HĐND xã", "Trước kỳ họp HĐND xã cuối năm"),
    ("Truyền thông phòng, chống sốt xuất huyết", "Quý III/2026 (nhân dịp Ngày ASEAN phòng, chống sốt xuất huyết 15/6)"),
]


@pytest.mark.parametrize("ext", ["md", "txt"])
def test_a_schedule_cell_with_a_note_is_due_when_its_timing_ends(ext):
    text = _schedule_plan("08 tháng 01 năm 2026", _NOTED_ROWS)
    if ext == "txt":   # the same table as a plain-text layout, one cell a line
        text = text.replace("| TT | Nội dung hoạt động | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n",
                            "TT\nNội dung hoạt động\nĐơn vị chủ trì\nThời gian\n")
        text = "\n".join(c.strip() for line in text.split("\n")
                         for c in (line.strip("|").split("|") if line.startswith("|") else [line]))
    plan = extract_bytes(text.encode(), "plan." + ext)
    got = [(str(t.deadline), t.quarter, t.timing_text) for t in plan.tasks]
    assert got == [
        ("2026-11-30", None, "Tháng 11/2026 (hưởng ứng Ngày Pháp luật 9/11)"),
        ("2026-12-31", None, "Trước 31/12/2026 (báo cáo 6 tháng trước 15/6/2026)"),
        ("2026-12-31", None, "Quý II và cả năm 2026"),
        ("2026-12-31", None, "Tháng 6 và cả năm"),
        ("2026-12-31", None, "Trước kỳ họp HĐND xã cuối năm"),
        ("2026-09-30", 3, "Quý III/2026 (nhân dịp Ngày ASEAN phòng, chống sốt xuất huyết 15/6)"),
    ]


def test_an_organization_item_due_before_the_year_end_meeting():
    import datetime as dt
    text = ("UBND TỈNH LÂM ĐỒNG\nUBND XÃ ĐẠ TẺH\nSố: 11/KH-UBND\nĐạ Tẻh, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
            "Công tác hòa giải ở cơ sở năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giữ gìn đoàn kết trong cộng đồng.\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Kiện toàn các tổ hòa giải, hoàn thành trong Quý I/2026.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo UBND xã trước kỳ họp "
            "HĐND xã cuối năm.\n2. Các thôn tổ chức thực hiện.\n")
    got = [(a.units, a.deadline, a.timing_text) for a in extract_bytes(text.encode(), "plan.txt").assignments]
    assert got == [(["Văn phòng HĐND và UBND xã"], dt.date(2026, 12, 31), "trước kỳ họp HĐND xã cuối năm"),
                   (["Các thôn"], None, None)]


# "Kiểm tra các cơ sở sau:" over sub-items that only name the cơ sở (places, markets, kitchens): one
# task, the sub-items its objects joined to it as bullets are, with the field that closes the list.
_OBJECT_ITEMS = """UBND XÃ {place}
Số: 18/KH-UBND
{place_cap}, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Phát hiện, xử lý kịp thời vi phạm.
II. NỘI DUNG KIỂM TRA
1. Tuyên truyền Luật An toàn thực phẩm trên loa truyền thanh.
2. {item}
{kids}
3. Tổng kết, báo cáo kết quả kiểm tra.
III. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã theo dõi, báo cáo.
"""


@pytest.mark.parametrize("place, item, kids, want", [
    ("TÂN HÒA", "Kiểm tra các cơ sở sau:",
     "a) Nhà hàng Hương Sen, thôn Đông;\nb) Quán ăn Minh Phát, thôn Tây;\nc) Bếp ăn tập thể Trường Mầm non Tân Hòa.",
     "Kiểm tra các cơ sở sau: Nhà hàng Hương Sen, thôn Đông; Quán ăn Minh Phát, thôn Tây; "
     "Bếp ăn tập thể Trường Mầm non Tân Hòa."),
    ("QUẢNG PHÚ", "Tổ chức kiểm tra đột xuất các chợ trên địa bàn xã gồm:",
     "2.1. Chợ Quảng Phú;\n2.2. Chợ Cầu Ngòi.",
     "Tổ chức kiểm tra đột xuất các chợ trên địa bàn xã gồm: Chợ Quảng Phú; Chợ Cầu Ngòi."),
    ("ĐÔNG SƠN", "Kiểm tra điều kiện phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke sau:",
     "a) Karaoke Hoàng Gia, thôn 3;\nb) Karaoke Sao Mai, thôn 7.",
     "Kiểm tra điều kiện phòng cháy, chữa cháy tại các cơ sở kinh doanh karaoke sau: Karaoke Hoàng Gia, thôn 3; "
     "Karaoke Sao Mai, thôn 7."),
])
def test_an_item_over_the_things_it_is_done_at_is_one_task(place, item, kids, want):
    text = _OBJECT_ITEMS.format(place=place, place_cap=place.title(), item=item, kids=kids)
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [(t.label, t.text) for t in plan.tasks] == [
        ("1", "Tuyên truyền Luật An toàn thực phẩm trên loa truyền thanh."), ("2", want),
        ("3", "Tổng kết, báo cáo kết quả kiểm tra.")]


def test_the_field_closing_a_list_of_things_times_its_task():
    kids = "a) Cơ sở giết mổ Hoàng Long, thôn Đông;\nb) Chợ Tân Hòa.\n- Thời gian thực hiện: Quý II/2026."
    text = _OBJECT_ITEMS.format(place="TÂN HÒA", place_cap="Tân Hòa", item="Kiểm tra các cơ sở sau:", kids=kids)
    task = extract_bytes(text.encode(), "plan.txt").tasks[1]
    assert (task.text, task.timing_text, task.quarter) == (
        "Kiểm tra các cơ sở sau: Cơ sở giết mổ Hoàng Long, thôn Đông; Chợ Tân Hòa.", "Quý II/2026", 2)
    assert (task.deadline.year, task.deadline.month, task.deadline.day) == (2026, 6, 30)


@pytest.mark.parametrize("item, kids", [
    # negatives: sub-items that are work of their own, or the item announces no things
    ("Kiểm tra các cơ sở sau:", "a) Kiểm tra hồ sơ pháp lý của cơ sở;\nb) Lấy mẫu thực phẩm xét nghiệm nhanh."),
    ("Kiểm tra các nội dung sau:", "a) Giấy chứng nhận cơ sở đủ điều kiện;\nb) Nguồn gốc nguyên liệu."),
    ("Kiểm tra các cơ sở sau:", "a) Nhà hàng Hương Sen: kiểm tra trong tháng 4/2026;\nb) Chợ Tân Hòa: tháng 5/2026."),
    # sub-items that say who does what at each place
    ("Ra quân tổng vệ sinh môi trường tại các thôn sau:",
     "a) Thôn Đông tổ chức dọn vệ sinh tuyến đường liên thôn;\nb) Thôn Tây thực hiện phát quang bụi rậm."),
])
def test_sub_items_of_work_stay_tasks(item, kids):
    text = _OBJECT_ITEMS.format(place="TÂN HÒA", place_cap="Tân Hòa", item=item, kids=kids)
    labels = [t.label for t in extract_bytes(text.encode(), "plan.txt").tasks]
    assert labels == ["1", "a", "b", "3"]


@pytest.mark.parametrize("ext", ["md", "docx"])
def test_an_item_ending_in_a_colon_over_a_list_of_things_is_a_task(ext, tmp_path):
    """"Kiểm tra các chợ … gồm:" over "STT | Tên chợ | Địa chỉ": the work done at the things the table
    lists, not a caption that only leads into it (as "Phấn đấu đạt các chỉ tiêu sau:" is)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from render_docx import render_docx

    item = "Kiểm tra các chợ trên địa bàn xã gồm:"
    table = "\n".join(["| STT | Tên chợ | Địa chỉ |", "|---|---|---|", "| 1 | Chợ Phú Lộc | Thôn Đông |",
                       "| 2 | Chợ Chiều | Thôn Tây |"])
    text = _ITEMS_OVER_A_TABLE.format(place="PHÚ LỘC", place_cap="Phú Lộc", item=item, table=table)
    data = render_docx(text, tmp_path / "plan.docx", fmt="md").read_bytes() if ext == "docx" else text.encode()
    plan = extract_bytes(data, f"plan.{ext}")
    assert [(t.origin, t.label, t.text) for t in plan.tasks][1] == ("list", "2", item)


# ---- a schedule dated by a start and an end column ("Thời gian bắt đầu | Thời gian hoàn thành") whose row
# fills only the start: the task starts then and names no end, so the start is no deadline. A cell that is a
# whole timing by itself (a trigger, a cadence, a merged "Thường xuyên") reads as it stands.
_START_END_HEAD = ("UBND HUYỆN LẮK\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 27/KH-NNMT\nLắk, ngày 16 tháng 3 năm 2026\n"
                   "KẾ HOẠCH\nPhòng, chống dịch bệnh trên cây cà phê năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n"
                   "1. Chủ động phòng, chống dịch bệnh.\nII. NỘI DUNG THỰC HIỆN\n")
_START_END_TAIL = "III. TỔ CHỨC THỰC HIỆN\n1. Trạm Trồng trọt theo dõi, tổng hợp.\n"


@pytest.mark.parametrize("header", [
    ("Thời gian bắt đầu", "Thời gian hoàn thành"),
    ("Ngày bắt đầu", "Ngày kết thúc"),
    ("Bắt đầu", "Hoàn thành"),
])
@pytest.mark.parametrize("ext", ["md", "docx"])
def test_a_start_cell_alone_is_no_deadline(header, ext, tmp_path):
    rows = [("Điều tra dịch hại trên vườn cà phê", "01/4/2026", "", None, "Từ 01/4/2026"),
            ("Tập huấn biện pháp phòng trừ rệp sáp", "Tháng 5/2026", "", None, "Từ tháng 5/2026"),
            ("Xây dựng mô hình quản lý dịch hại tổng hợp", "Quý III/2026", "", None, "Từ quý III/2026"),
            ("Phun thuốc phòng trừ bệnh gỉ sắt", "01/6/2026", "30/6/2026", dt.date(2026, 6, 30),
             "Từ 01/6/2026 đến 30/6/2026"),
            ("Báo cáo kết quả phòng trừ", "", "Trước 15/12/2026", dt.date(2026, 12, 15), "Trước 15/12/2026"),
            # negatives: a whole timing in the start cell alone
            ("Kiểm tra, giám sát đồng ruộng", "Thường xuyên", "", None, "Thường xuyên"),
            ("Tổng hợp số liệu diện tích nhiễm bệnh", "Trước 30/9/2026", "", dt.date(2026, 9, 30), "Trước 30/9/2026"),
            ("Sơ kết công tác phòng trừ", "Trong tháng 7/2026", "", dt.date(2026, 7, 31), "Trong tháng 7/2026")]
    table = (f"| STT | Nội dung | Đơn vị chủ trì | {header[0]} | {header[1]} |\n|---|---|---|---|---|\n"
             + "".join(f"| {i} | {t} | Trạm Trồng trọt | {a} | {b} |\n" for i, (t, a, b, _, _) in enumerate(rows, 1)))
    src = _START_END_HEAD + table + _START_END_TAIL
    if ext == "docx":
        from tests.render_docx import render_docx
        data = render_docx(src, tmp_path / "lak.docx", "md").read_bytes()
    else:
        data = src.encode()
    tasks = extract_bytes(data, f"lak.{ext}").tasks
    assert [(t.deadline, t.timing_text) for t in tasks] == [(d, w) for _, _, _, d, w in rows]


def test_an_items_own_timing_wins_over_the_fields_closing_its_run():
    """Fields printed once after a run of items apply to each item of the run, but an item that prints its
    own timing keeps it, as it does over its group heading's; the run's units still apply."""
    got = _timed("1. Công tác phòng ngừa\n"
                 "a) Duy trì hoạt động của các Tổ tự quản, thực hiện thường xuyên.\n"
                 "b) Cập nhật danh sách người nghiện trên phần mềm, hoàn thành trước 30/11/2025.\n"
                 "c) Xây dựng mô hình xã không ma túy tại thôn Đông.\n"
                 "- Thời gian: Quý III/2025.\n- Đơn vị chủ trì: Công an xã.\n"
                 "2. Công tác kiểm tra\na) Kiểm tra các cơ sở kinh doanh karaoke.\nb) Kiểm tra các nhà nghỉ.\n"
                 "- Thời gian: Tháng 10/2025.")
    assert got == [
        ("Duy trì hoạt", None, "thực hiện thường xuyên", ["Công an xã"]),
        ("Cập nhật danh", dt.date(2025, 11, 30), "hoàn thành trước 30/11/2025", ["Công an xã"]),
        ("Xây dựng mô", dt.date(2025, 9, 30), "Quý III/2025", ["Công an xã"]),
        # negatives: items printing no timing of their own take the run's
        ("Kiểm tra các", dt.date(2025, 10, 31), "Tháng 10/2025", []),
        ("Kiểm tra các", dt.date(2025, 10, 31), "Tháng 10/2025", []),
    ]


# A school's or a small body's plan names the post that acts, not a unit: "- Người thực hiện: …",
# "- Người phụ trách: …" are unit fields as "- Đơn vị thực hiện: …" is; printed inline after the
# sentence too. A sentence that merely opens with "Người thực hiện" and no colon is the task.
@pytest.mark.parametrize("body, expected", [
    ("1. Chăm sóc sức khỏe trẻ\nCân, đo, theo dõi biểu đồ tăng trưởng cho trẻ.\n- Thời gian: Cả năm học.\n"
     "- Người thực hiện: Phó Hiệu trưởng phụ trách bán trú; nhân viên y tế.\n",
     [("Chăm sóc sức khỏe trẻ Cân, đo, theo dõi biểu đồ tăng trưởng cho trẻ.",
       ["Phó Hiệu trưởng phụ trách bán trú", "nhân viên y tế"], "Cả năm học")]),
    ("2. Bồi dưỡng học sinh giỏi\n- Lập danh sách đội tuyển các môn.\n- Người phụ trách: Tổ chuyên môn Toán - Tin.\n"
     "- Thời gian thực hiện: Tháng 10/2025.\n",
     [("Bồi dưỡng học sinh giỏi Lập danh sách đội tuyển các môn.", ["Tổ chuyên môn Toán - Tin"], "Tháng 10/2025")]),
    ("- Kiểm tra hồ sơ chuyên môn của giáo viên. Người thực hiện: Hiệu trưởng.\n"
     "- Dự giờ giáo viên mới nhận công tác. Người thực hiện: Phó Hiệu trưởng.\n",
     [("Kiểm tra hồ sơ chuyên môn của giáo viên.", ["Hiệu trưởng"], None),
      ("Dự giờ giáo viên mới nhận công tác.", ["Phó Hiệu trưởng"], None)]),
    # negative: no colon, no field
    ("4. Người thực hiện nhiệm vụ được giao phải báo cáo kết quả hằng tháng.\n",
     [("Người thực hiện nhiệm vụ được giao phải báo cáo kết quả hằng tháng.", [], "hằng tháng")]),
])
def test_a_person_who_acts_is_a_unit_field(body, expected):
    assert _plan("PHÒNG GD&ĐT HUYỆN THANH OAI\nTRƯỜNG THCS BÍCH HÒA", "Bích Hòa", body) == expected


def _appendix_plan(content: str, appendix: str) -> list[tuple[str, str]]:
    text = ("UBND TỈNH VĨNH LONG\nSỞ Y TẾ\nSố: 88/KH-SYT\nVĩnh Long, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Triển khai thi hành Luật Dược\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thống nhất, kịp thời.\n"
            f"II. NỘI DUNG\n{content}\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở theo dõi, tổng hợp.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n" + appendix)
    plan = extract_bytes(text.encode(), "plan.md")
    return [(t.origin, t.text) for t in plan.tasks]


_APPENDIX_TABLE = ("\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 88/KH-SYT ngày 12/3/2026 của Sở Y tế)\n\n"
                   "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                   "| 1 | Tổ chức hội nghị phổ biến Luật Dược | Phòng Nghiệp vụ Dược | Quý II/2026 |\n"
                   "| 2 | Rà soát thủ tục hành chính lĩnh vực dược | Văn phòng Sở | Tháng 6/2026 |\n")


@pytest.mark.parametrize("content, appendix, lists", [
    # the bullets sum up the appendix the part sends its tasks to: the table's rows are the tasks
    ("- Tuyên truyền, phổ biến nội dung của Luật.\n- Rà soát văn bản, thủ tục hành chính.\n"
     "Nhiệm vụ cụ thể, cơ quan chủ trì, thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.",
     _APPENDIX_TABLE, 0),
    ("- Phổ biến Luật đến cán bộ, nhân viên ngành y tế.\n- Kiện toàn bộ máy quản lý dược.\n"
     "(Chi tiết tại Phụ lục kèm theo)", _APPENDIX_TABLE, 0),
    # negatives: no table was read, or the part sends nothing to an appendix: each bullet is a task
    ("- Tuyên truyền, phổ biến nội dung của Luật.\n- Rà soát văn bản, thủ tục hành chính.\n"
     "Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.", "", 2),
    ("- Tuyên truyền, phổ biến nội dung của Luật.\n- Rà soát văn bản, thủ tục hành chính.\n", _APPENDIX_TABLE, 2),
])
def test_bullets_summing_up_an_appendix_are_not_tasks(content, appendix, lists):
    got = _appendix_plan(content, appendix)
    assert sum(o == "list" for o, _ in got) == lists
    assert sum(o == "table" for o, _ in got) == (2 if appendix else 0)


@pytest.mark.parametrize("issuer, place, body, want", [
    # a province's labels name two kinds of body at once: "Cơ quan, đơn vị chủ trì:", "Đơn vị/cơ quan phối hợp:"
    ("UBND TỈNH ĐIỆN BIÊN", "Điện Biên",
     "1. Rà soát quy hoạch ba loại rừng.\n- Cơ quan, đơn vị chủ trì: Sở Nông nghiệp và Môi trường.\n"
     "- Cơ quan, đơn vị phối hợp: UBND các huyện, thị xã, thành phố.\n- Thời gian hoàn thành: Quý III/2025.\n"
     "2. Kiểm tra các cơ sở chế biến lâm sản.\n- Đơn vị/cơ quan chủ trì: Chi cục Kiểm lâm tỉnh.\n"
     "- Đơn vị/cơ quan phối hợp: Công an tỉnh.",
     [("Rà soát quy hoạch ba loại rừng.", ["Sở Nông nghiệp và Môi trường"], ["UBND các huyện, thị xã, thành phố"],
       "Quý III/2025"),
      ("Kiểm tra các cơ sở chế biến lâm sản.", ["Chi cục Kiểm lâm tỉnh"], ["Công an tỉnh"], None)]),
    # a school's: who does it by person ("Người thực hiện:", "Người phụ trách:"); the bodies taking part
    ("TRƯỜNG THCS TÂN LẬP", "Tân Lập",
     "1. Tổ chức Hội khỏe Phù Đổng cấp trường.\n- Người phụ trách: Phó Hiệu trưởng.\n"
     "- Đơn vị tham gia: Liên đội, Chi đoàn giáo viên.\n- Thời gian: tháng 11/2025.\n"
     "2. Kiểm tra hồ sơ chuyên môn.\n- Người thực hiện: Tổ trưởng chuyên môn.",
     [("Tổ chức Hội khỏe Phù Đổng cấp trường.", ["Phó Hiệu trưởng"], ["Liên đội", "Chi đoàn giáo viên"],
       "tháng 11/2025"),
      ("Kiểm tra hồ sơ chuyên môn.", ["Tổ trưởng chuyên môn"], [], None)]),
])
def test_field_labels_naming_two_kinds_of_body_or_a_person(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


@pytest.mark.parametrize("text, rest, lead, support", [
    ("Kiểm tra hồ sơ chuyên môn của giáo viên. Người phụ trách: Phó Hiệu trưởng.", "Kiểm tra hồ sơ chuyên môn của giáo viên.",
     ["Phó Hiệu trưởng"], []),
    ("Rà soát hộ nghèo; Cơ quan, đơn vị thực hiện: Công an xã; Đơn vị tham gia: các thôn.", "Rà soát hộ nghèo;",
     ["Công an xã"], ["các thôn"]),
    # negative: a label of no role
    ("Tổ chức hội thi. Người dự thi: học sinh khối 9.", "Tổ chức hội thi. Người dự thi: học sinh khối 9.", [], []),
])
def test_inline_fields_naming_two_kinds_of_body_or_a_person(text, rest, lead, support):
    from extractors.tasks import trailing_fields
    got, fields = trailing_fields(text)
    assert (got, fields.lead, fields.support) == (rest, lead, support)


@pytest.mark.parametrize("issuer, place, body, want", [
    # a unit heading with how its units share the duty ("căn cứ chức năng, nhiệm vụ", "theo chức năng, …")
    ("UBND THỊ XÃ NGÃ NĂM", "Ngã Năm",
     "1. Công an thị xã (Cơ quan Thường trực Ban Chỉ đạo 138 thị xã)\na) Rà soát người lao động ra nước ngoài.\n"
     "b) Điều tra các vụ án mua bán người.\n"
     "2. Các ban, ngành, đoàn thể thị xã căn cứ chức năng, nhiệm vụ: Lồng ghép tuyên truyền trong sinh hoạt.\n"
     "3. Các phòng, ban theo chức năng, nhiệm vụ được giao: Phối hợp kiểm tra.",
     [("Rà soát người lao động ra nước ngoài.", ["Công an thị xã (Cơ quan Thường trực Ban Chỉ đạo 138 thị xã)"], None),
      ("Điều tra các vụ án mua bán người.", ["Công an thị xã (Cơ quan Thường trực Ban Chỉ đạo 138 thị xã)"], None),
      ("Lồng ghép tuyên truyền trong sinh hoạt.", ["Các ban, ngành, đoàn thể thị xã"], None),
      ("Phối hợp kiểm tra.", ["Các phòng, ban"], None)]),
])
def test_a_unit_heading_with_its_share(issuer, place, body, want):
    assert _plan(issuer, place, body) == want


@pytest.mark.parametrize("item, tasks", [
    # a numbered item that lists the appendix's columns and points there, however long: no task
    ("3. Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và thời hạn hoàn thành "
     "tại Phụ lục kèm theo Kế hoạch này.", 2),
    ("3. Danh mục nhiệm vụ, sản phẩm, đơn vị chủ trì, đơn vị phối hợp, tiến độ thực hiện và dự toán kinh phí "
     "chi tiết tại Phụ lục II kèm theo.", 2),
    # negatives: work of its own before the pointer (a ";" or a unit that acts), or an item past the length
    ("3. Nâng cấp mạng chuyên dùng, trung tâm dữ liệu của tỉnh; xây dựng kho dữ liệu dùng chung theo danh mục "
     "tại Phụ lục kèm theo Kế hoạch này.", 3),
    ("3. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành và nền "
     "tảng tích hợp theo Phụ lục kèm theo.", 3),
])
def test_a_long_numbered_item_that_only_points_to_the_appendix_is_no_task(item, tasks):
    text = _CONTENT_HEAD + item + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ theo dõi.\n"
    plan = extract_bytes(text.encode(), "ninh-thuan.txt")
    assert len(plan.tasks) == tasks


# ---- a year's table grouped by month rows ("Tháng 1", "THÁNG 3 NĂM 2026") whose timing cells print
# a day alone ("Ngày 15", "Trước ngày 24", "Từ ngày 10 - 15"): the group's month completes the date
def _month_grouped_days(groups: list[tuple[str, list[tuple[str, str]]]], tmp_path: Path | None = None) -> list[tuple]:
    rows, n = [], 0
    for group, items in groups:
        rows.append(f"| {group} | | | |")
        for content, timing in items:
            n += 1
            rows.append(f"| {n} | {content} | Khoa Kiểm soát bệnh tật | {timing} |")
    text = ("SỞ Y TẾ TỈNH LAI CHÂU\n\nTRUNG TÂM Y TẾ HUYỆN PHONG THỔ\n\nSố: 21/KH-TTYT\n\n"
            "Phong Thổ, ngày 06 tháng 01 năm 2026\n\nKẾ HOẠCH\n\nPhòng, chống dịch bệnh năm 2026\n\n"
            "I. NỘI DUNG HOẠT ĐỘNG\n\n| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
            + "\n".join(rows) + "\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Các khoa thực hiện.\n")
    if tmp_path is None:
        plan = extract_bytes(text.encode(), "plan.md")
    else:   # a Word table: the group row one cell merged across
        sys.path.insert(0, str(Path(__file__).parent))
        from render_docx import render_docx
        plan = extract_bytes(render_docx(text, tmp_path / "plan.docx", "md").read_bytes(), "plan.docx")
    return [(t.deadline, t.timing_text) for t in plan.tasks]


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_day_alone_under_a_month_group_is_dated_in_that_month(fmt, tmp_path):
    got = _month_grouped_days([
        ("Tháng 1", [("Giám sát ca bệnh sởi tại các xã biên giới", "Ngày 15"),
                     ("Họp Ban Chỉ đạo phòng, chống dịch", "Tuần 4")]),
        ("Tháng 3", [("Truyền thông Ngày Thế giới phòng, chống lao", "Trước ngày 24")]),
        ("THÁNG 9 NĂM 2026", [("Tiêm vắc xin sởi bổ sung", "Từ ngày 10 - 15")]),
    ], tmp_path if fmt == "docx" else None)
    assert got == [(dt.date(2026, 1, 15), "Ngày 15"), (dt.date(2026, 1, 28), "Tuần 4"),
                   (dt.date(2026, 3, 24), "Trước ngày 24"), (dt.date(2026, 9, 15), "Từ ngày 10 - 15")]


# …and a week alone ("Tuần 4", "Tuần thứ 2", "Tuần cuối", "Tuần 1 - 2"): the week of the group's month,
# as "tuần 4 tháng 3/2026" reads (week n ends on day 7n, the last week with the month)
@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_week_alone_under_a_month_group_is_that_week_of_the_month(fmt, tmp_path):
    got = _month_grouped_days([
        ("Tháng 3/2026", [("Phát động ra quân tổng vệ sinh môi trường", "Tuần 3"),
                          ("Khơi thông cống rãnh", "Tuần 4")]),
        ("THÁNG 4 NĂM 2026", [("Diệt lăng quăng, bọ gậy", "Tuần thứ 2"),
                              ("Thu gom vỏ bao bì thuốc bảo vệ thực vật", "Tuần cuối")]),
        ("Tháng 5", [("Phun hóa chất diệt muỗi", "Tuần 1 - 2")]),
    ], tmp_path if fmt == "docx" else None)
    assert got == [(dt.date(2026, 3, 21), "Tuần 3"), (dt.date(2026, 3, 28), "Tuần 4"),
                   (dt.date(2026, 4, 14), "Tuần thứ 2"), (dt.date(2026, 4, 30), "Tuần cuối"),
                   (dt.date(2026, 5, 14), "Tuần 1 - 2")]


def test_a_week_that_is_no_week_of_the_group_month_is_not_placed_in_it():
    got = _month_grouped_days([
        ("Tháng 3/2026", [("Sinh hoạt dưới cờ", "Tuần 25"),            # a school year's week number
                          ("Tổ chức tuần lễ vệ sinh", "Tuần lễ"),
                          ("Giao ban", "Hằng tuần")]),
        ("Tháng 4 - 5", [("Kiểm tra ổ dịch cũ", "Tuần 2")]),           # several months: which one's week?
    ])
    assert got[0] == (dt.date(2026, 3, 31), "Tháng 3/2026") and got[1] == (dt.date(2026, 3, 31), "Tháng 3/2026")
    assert got[2] == (None, "Hằng tuần")
    assert got[3][0] == dt.date(2026, 5, 31)


def test_a_day_under_several_months_or_a_recurring_cell_is_not_dated_by_the_group():
    got = _month_grouped_days([
        ("Tháng 4 - 5", [("Phun hóa chất diệt muỗi tại các ổ dịch cũ", "Ngày 15")]),
        ("Tháng 6", [("Giám sát véc tơ truyền bệnh", "Ngày 15 hằng tháng"),
                     ("Báo cáo tình hình dịch bệnh", "Hằng tuần")]),
    ])
    # (several months: the group's last month dates the row, the day is not placed in either)
    assert got[0][0] == dt.date(2026, 5, 31)
    assert got[1] == (None, "Ngày 15 hằng tháng") and got[2] == (None, "Hằng tuần")


@pytest.mark.parametrize("issuer, place, body, want", [
    # an item whose bullets each name the unit that leads their part: one task, every lead in order
    ("UBND XÃ MỸ LUNG", "Mỹ Lung",
     "2. Tuyên truyền về phòng, chống bạo lực gia đình:\n"
     "- Công chức Văn hóa - Xã hội chủ trì tuyên truyền trên hệ thống loa truyền thanh xã;\n"
     "- Đoàn Thanh niên xã chủ trì tổ chức diễn đàn thanh niên với chủ đề gia đình.",
     [("Tuyên truyền về phòng, chống bạo lực gia đình: Công chức Văn hóa - Xã hội chủ trì tuyên truyền trên hệ "
       "thống loa truyền thanh xã; Đoàn Thanh niên xã chủ trì tổ chức diễn đàn thanh niên với chủ đề gia đình.",
       ["Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã"], [], None)]),
    # "+" bullets, the first printed without a closing mark, a partner in the second, a timing line after the run
    ("UBND PHƯỜNG HƯNG BÌNH", "Vinh",
     "1. Kiểm tra an toàn thực phẩm dịp Tết Trung thu:\n"
     "+ Trạm Y tế phường chủ trì kiểm tra các cơ sở sản xuất bánh trung thu\n"
     "+ Công an phường chủ trì, phối hợp với Đội Quản lý thị trường số 1 kiểm tra hàng nhập lậu.\n"
     "Thời gian: tháng 9/2025.",
     [("Kiểm tra an toàn thực phẩm dịp Tết Trung thu: Trạm Y tế phường chủ trì kiểm tra các cơ sở sản xuất bánh "
       "trung thu Công an phường chủ trì, phối hợp với Đội Quản lý thị trường số 1 kiểm tra hàng nhập lậu.",
       ["Trạm Y tế phường", "Công an phường"], ["Đội Quản lý thị trường số 1"], "tháng 9/2025")]),
    # a post named by its field leads one bullet, a body the other
    ("UBND XÃ HÀ MÒN", "Hà Mòn",
     "4. Tổ chức các hoạt động chào mừng Ngày Gia đình Việt Nam:\n"
     "+ Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chủ trì gặp mặt các gia đình văn hóa tiêu biểu;\n"
     "+ Hội Cựu chiến binh xã chủ trì, phối hợp với Hội Nông dân xã tổ chức giao lưu văn nghệ.",
     [("Tổ chức các hoạt động chào mừng Ngày Gia đình Việt Nam: Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - "
       "Xã hội chủ trì gặp mặt các gia đình văn hóa tiêu biểu; Hội Cựu chiến binh xã chủ trì, phối hợp với Hội Nông "
       "dân xã tổ chức giao lưu văn nghệ.",
       ["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội", "Hội Cựu chiến binh xã"], ["Hội Nông dân xã"], None)]),
    # the servant named by the field alone, as a commune's plan may print it
    ("UBND XÃ ĐĂK UI", "Đăk Ui",
     "2. Tuyên truyền phòng, chống đuối nước cho trẻ em:\n- Văn hóa - Xã hội chủ trì tuyên truyền trên loa truyền thanh;\n"
     "- Đoàn Thanh niên chủ trì tổ chức dạy bơi cho trẻ em trong dịp hè.",
     [("Tuyên truyền phòng, chống đuối nước cho trẻ em: Văn hóa - Xã hội chủ trì tuyên truyền trên loa truyền thanh; "
       "Đoàn Thanh niên chủ trì tổ chức dạy bơi cho trẻ em trong dịp hè.", ["Văn hóa - Xã hội", "Đoàn Thanh niên"],
       [], None)]),
    # one bullet names its lead, the other names none: that one leads
    ("UBND HUYỆN ĐĂK HÀ", "Đăk Hà",
     "1. Phòng, chống dịch bệnh mùa mưa:\n- Trung tâm Y tế huyện chủ trì giám sát ca bệnh;\n"
     "- Tổ chức phun hóa chất tại các xã có ổ dịch.",
     [("Phòng, chống dịch bệnh mùa mưa: Trung tâm Y tế huyện chủ trì giám sát ca bệnh; Tổ chức phun hóa chất tại "
       "các xã có ổ dịch.", ["Trung tâm Y tế huyện"], [], None)]),
    # "Phối hợp với X …" and nobody in charge: the issuer does it, X is its partner
    ("UBND XÃ HÀ MÒN", "Hà Mòn",
     "2. Phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức tọa đàm cho hội viên; hoàn thành trước ngày 25/6/2025.",
     [("Phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức tọa đàm cho hội viên; hoàn thành trước ngày 25/6/2025.",
       [], ["Hội Liên hiệp Phụ nữ xã"], "hoàn thành trước ngày 25/6/2025")]),
])
def test_every_bullet_naming_its_lead_leads_the_item(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


@pytest.mark.parametrize("issuer, place, org, units", [
    ("UBND XÃ HÀ MÒN", "Hà Mòn",
     "1. Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chỉ đạo triển khai Kế hoạch.\n"
     "2. Công chức Văn hóa - Xã hội tham mưu UBND xã tổ chức thực hiện.\n"
     "3. Trưởng các thôn, làng tuyên truyền đến Nhân dân.\n"
     "4. Bí thư Chi bộ, Trưởng thôn phối hợp với Công an xã nắm tình hình.\n"
     "5. Các cơ quan, đơn vị có liên quan căn cứ chức năng, nhiệm vụ phối hợp thực hiện.",
     [["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội"], ["Công chức Văn hóa - Xã hội"], ["Trưởng các thôn, làng"],
      ["Bí thư Chi bộ", "Trưởng thôn"], ["Các cơ quan, đơn vị có liên quan"]]),
    ("UBND PHƯỜNG QUANG TRUNG", "Kon Tum",
     "1. Phó Chủ tịch UBND phường phụ trách khối kinh tế chịu trách nhiệm chỉ đạo chung.\n"
     "2. Phó Chủ tịch UBND phường phụ trách chung, chỉ đạo các bộ phận.",
     [["Phó Chủ tịch UBND phường phụ trách khối kinh tế"], ["Phó Chủ tịch UBND phường"]]),
])
def test_assignments_to_posts_named_by_their_field(issuer, place, org, units):
    assert _assignments(issuer, place, org) == units


def test_unit_lists_across_the_paragraphs_of_word_cells(tmp_path):
    """Units listed one a paragraph in a Word cell, by "-" or "+" bullets or ";", with "các đơn vị
    liên quan" closing the list: each is a unit, the closing catch-all kept as the gold keeps it."""
    from tests.render_docx import render_docx
    src = ("ỦY BAN NHÂN DÂN\nXÃ ĐĂK MAR\nSố: 27/KH-UBND\nĐăk Mar, ngày 12 tháng 3 năm 2025\n"
           "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\nI. NỘI DUNG\n"
           "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
           "| 1 | Tuyên truyền phòng, chống sốt xuất huyết | Công chức Văn hóa - Xã hội | - Trạm Y tế xã<br>"
           "- Đoàn Thanh niên xã<br>- Các đơn vị liên quan | Quý II/2025 |\n"
           "| 2 | Phun hóa chất diệt muỗi tại các thôn | Trạm Y tế xã | + Trưởng các thôn<br>+ Hội Liên hiệp Phụ nữ xã<br>"
           "+ Các cơ quan, đơn vị có liên quan | Quý III/2025 |\n"
           "| 3 | Kiểm tra vệ sinh tại các chợ | Công an xã;<br>Trạm Y tế xã | Bí thư Chi bộ, Trưởng thôn;<br>"
           "các đơn vị liên quan | Quý III/2025 |\n"
           "| 4 | Tổng kết công tác phòng, chống dịch | Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội | "
           "Công chức Văn phòng - Thống kê, các đơn vị liên quan | Tháng 12/2025 |\n"
           "II. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã theo dõi, báo cáo.\n")
    docx = render_docx(src, tmp_path / "dak-mar.docx", "md")
    tasks = extract_bytes(docx.read_bytes(), "dak-mar.docx").tasks
    assert [t.lead_units for t in tasks] == [["Công chức Văn hóa - Xã hội"], ["Trạm Y tế xã"],
                                             ["Công an xã", "Trạm Y tế xã"],
                                             ["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội"]]
    assert [t.support_units for t in tasks] == [
        ["Trạm Y tế xã", "Đoàn Thanh niên xã", "Các đơn vị liên quan"],
        ["Trưởng các thôn", "Hội Liên hiệp Phụ nữ xã", "Các cơ quan, đơn vị có liên quan"],
        ["Bí thư Chi bộ", "Trưởng thôn", "các đơn vị liên quan"],
        ["Công chức Văn phòng - Thống kê", "các đơn vị liên quan"]]


# ---------------------------------------------------------------- fields inline after a numbered item, by post
@pytest.mark.parametrize("text, rest, timing, lead, support", [
    # a "," before a label and its colon parts the fields as a "." does
    ("Rà soát lại dữ liệu dân cư, thời gian: tháng 5/2025, đơn vị thực hiện: Công an xã.",
     "Rà soát lại dữ liệu dân cư", "tháng 5/2025", ["Công an xã"], []),
    ("Tổ chức tập huấn kỹ năng số, thời gian: Quý II/2025, phụ trách: Công chức VH-XH, TP-HT.",
     "Tổ chức tập huấn kỹ năng số", "Quý II/2025", ["Công chức VH-XH", "Công chức TP-HT"], []),
    # a "," inside a value that no label follows stays in it
    ("Tuyên truyền pháp luật. Đơn vị thực hiện: Công an xã, Đoàn Thanh niên xã.", "Tuyên truyền pháp luật.",
     None, ["Công an xã", "Đoàn Thanh niên xã"], []),
    # the post of the person in charge as the label
    ("Cập nhật dữ liệu hộ nghèo. Cán bộ phụ trách: Công chức Lao động - Thương binh và Xã hội.",
     "Cập nhật dữ liệu hộ nghèo.", None, ["Công chức Lao động - Thương binh và Xã hội"], []),
    ("Kiểm tra công vụ. Thời gian: tháng 11/2025. Lãnh đạo phụ trách: Đ/c Phó Chủ tịch UBND xã.",
     "Kiểm tra công vụ.", "tháng 11/2025", ["Phó Chủ tịch UBND xã"], []),
    ("Số hóa hồ sơ hộ tịch; công chức thực hiện: Công chức Tư pháp - Hộ tịch; phối hợp: Công an xã.",
     "Số hóa hồ sơ hộ tịch;", None, ["Công chức Tư pháp - Hộ tịch"], ["Công an xã"]),
])
def test_fields_parted_by_commas_and_labelled_by_post(text, rest, timing, lead, support):
    from extractors.tasks import trailing_fields
    got, fields = trailing_fields(text)
    assert (got, fields.timing, fields.lead, fields.support) == (rest, timing, lead, support)


@pytest.mark.parametrize("text", [
    # a post named in prose, no label and colon after it
    "Tổ chức tập huấn, cán bộ phụ trách công tác dân số các thôn tham dự đầy đủ.",
    # a comma before a word that is no label
    "Nâng cấp đường truyền, lãnh đạo UBND xã kiểm tra: tiến độ từng tuần.",
])
def test_no_fields_after_a_comma(text):
    from extractors.tasks import trailing_fields
    got, fields = trailing_fields(text)
    assert got == text and fields.empty()


@pytest.mark.parametrize("issuer, place, body, want", [
    # field lines under a numbered prose item, one labelled by the post in charge: they fill the task
    ("ỦY BAN NHÂN DÂN\nXÃ EA BÁ", "Ea Bá",
     "1. Nâng cấp hệ thống truyền thanh tại 06 thôn, buôn.\nThời gian: trước ngày 30/6/2025.\n"
     "Cán bộ phụ trách: Công chức Văn hóa - Xã hội.\n"
     "2. Tổ chức sơ kết 6 tháng.\nLãnh đạo phụ trách: Đ/c Phó Chủ tịch UBND xã.\nThời gian: tháng 7/2025.",
     [("Nâng cấp hệ thống truyền thanh tại 06 thôn, buôn.", ["Công chức Văn hóa - Xã hội"], [],
       "trước ngày 30/6/2025"),
      ("Tổ chức sơ kết 6 tháng.", ["Phó Chủ tịch UBND xã"], [], "tháng 7/2025")]),
    # the same fields inline after the item's sentence: the text stays as printed, the fields still fill it
    ("UBND XÃ THẠNH LỘC", "Thạnh Lộc",
     "1. Rà soát lại dữ liệu dân cư, thời gian: tháng 5/2025, đơn vị thực hiện: Công an xã.\n"
     "2. Số hóa hồ sơ hộ tịch. Thời gian: Quý III/2025. Cán bộ phụ trách: Công chức Tư pháp - Hộ tịch, "
     "Văn phòng - Thống kê.",
     [("Rà soát lại dữ liệu dân cư, thời gian: tháng 5/2025, đơn vị thực hiện: Công an xã.", ["Công an xã"], [],
       "tháng 5/2025"),
      ("Số hóa hồ sơ hộ tịch. Thời gian: Quý III/2025. Cán bộ phụ trách: Công chức Tư pháp - Hộ tịch, "
       "Văn phòng - Thống kê.", ["Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê"], [],
       "Quý III/2025")]),
])
def test_fields_of_a_numbered_prose_item(issuer, place, body, want):
    assert _fields_of(issuer, place, body) == want


# ---- a span field and a completion field under one item; a week of a month heading; bullets naming their doers
@pytest.mark.parametrize("fields, deadline, timing", [
    ("- Thời gian thực hiện: từ tháng 3/2025.\n- Thời gian hoàn thành: trước ngày 30/6/2025.",
     dt.date(2025, 6, 30), "từ tháng 3/2025; trước ngày 30/6/2025"),
    # the due day printed without its bound, as a table's due cell: said as a completion
    ("- Thời gian thực hiện: Quý III/2025.\n- Thời hạn hoàn thành: 30/9/2025.",
     dt.date(2025, 9, 30), "Quý III/2025; hoàn thành 30/9/2025"),
    # the completion printed first, the span after it
    ("+ Thời hạn: trước ngày 15/8/2025;\n+ Thời gian thực hiện: tháng 7/2025;",
     dt.date(2025, 8, 15), "tháng 7/2025; trước ngày 15/8/2025"),
    # two fields of one kind: the work is done at both times, due at the last; both are printed
    ("- Thời gian thực hiện: tháng 4/2025.\n- Thời gian thực hiện: tháng 5/2025.",
     dt.date(2025, 5, 31), "tháng 4/2025; tháng 5/2025"),
])
def test_a_span_field_and_a_completion_field_combine_as_a_tables_columns(fields, deadline, timing):
    got = _timed(f"1. Rà soát hồ sơ địa chính các thôn.\n{fields}\n- Đơn vị chủ trì: Công an xã.\n"
                 "2. Tuyên truyền trên loa truyền thanh.")
    assert got[0] == ("Rà soát hồ", deadline, timing, ["Công an xã"])
    assert got[1] == ("Tuyên truyền trên", None, None, [])


def test_a_week_opening_a_bullet_under_a_month_heading_is_dated_inside_that_month():
    got = _timed("1. Lịch ra quân tổng vệ sinh:\nTháng 4/2025:\n- Tuần 2: Ra quân thu gom rác thải tại các thôn.\n"
                 "- Tuần cuối - Trạm Y tế xã phun hóa chất khử khuẩn.\n- Họp giao ban đánh giá.\n"
                 "Tháng 5/2025:\n- Tuần thứ 3: Đoàn Thanh niên xã nạo vét kênh mương.\n"
                 "- Tuần 1 - 2: Kiểm tra các hộ chăn nuôi.\n"
                 # a school's week number is no week of the month: the month dates it, the text keeps it
                 "- Tuần 25: Sơ kết đợt ra quân.\n")
    assert got == [
        ("Ra quân thu", dt.date(2025, 4, 14), "Tuần 2", []),
        ("Trạm Y tế", dt.date(2025, 4, 30), "Tuần cuối", ["Trạm Y tế xã"]),
        ("Họp giao ban", dt.date(2025, 4, 30), "Tháng 4/2025", []),
        ("Đoàn Thanh niên", dt.date(2025, 5, 21), "Tuần thứ 3", ["Đoàn Thanh niên xã"]),
        ("Kiểm tra các", dt.date(2025, 5, 14), "Tuần 1 - 2", []),
        ("Tuần 25: Sơ", dt.date(2025, 5, 31), "Tháng 5/2025", []),
    ]


def test_a_week_under_a_month_heading_in_markdown():
    text = ("UBND PHƯỜNG MINH KHAI\nSố: 19/KH-UBND\nMinh Khai, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\nRa quân năm 2025\n"
            "## I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\n## II. NỘI DUNG\n1. Lịch ra quân\n\n**Tháng 9/2025:**\n\n"
            "- Tuần 4: Tổng vệ sinh các tuyến phố.\n- Tuần 1: Khơi thông cống rãnh.\n\n**Tháng 10/2025:**\n\n"
            "- Tuần 2: Phát quang bụi rậm.\n\n## III. TỔ CHỨC THỰC HIỆN\n1. Công an phường theo dõi.\n")
    plan = extract_bytes(text.encode(), "plan.md")
    assert [(t.text, t.deadline, t.timing_text) for t in plan.tasks] == [
        ("Tổng vệ sinh các tuyến phố.", dt.date(2025, 9, 28), "Tuần 4"),
        ("Khơi thông cống rãnh.", dt.date(2025, 9, 7), "Tuần 1"),
        ("Phát quang bụi rậm.", dt.date(2025, 10, 14), "Tuần 2"),
    ]


@pytest.mark.parametrize("bullets, lead", [
    ("- Viettel Phú Yên phủ sóng 4G tại các thôn vùng lõm sóng;\n- Công an xã rà soát dữ liệu dân cư.",
     ["Viettel Phú Yên", "Công an xã"]),
    ("+ Trạm Y tế xã tiêm phòng cho trẻ em;\n+ Tuyên truyền trên hệ thống loa truyền thanh.", ["Trạm Y tế xã"]),
    # bullets that name no doer: none
    ("- Tuyên truyền trên hệ thống loa truyền thanh;\n- Nhân dân tham gia tổng vệ sinh.", []),
    # a unit named further into the bullet is what it is about, not its doer
    ("- Nâng cao trách nhiệm của Công an xã trong quản lý cư trú;\n- Tuyên truyền tại các thôn.", []),
])
def test_bullets_opening_with_their_doer_name_the_items_lead(bullets, lead):
    got = _timed(f"1. Triển khai chuyển đổi số:\n{bullets}")
    assert got[0][3] == lead


@pytest.mark.parametrize("bullets", [
    # whom the item reaches, listed under it: no verb follows the unit
    "- Cán bộ, công chức, viên chức và người lao động.\n- Các trường học trên địa bàn xã.",
    "- Các hộ gia đình trên địa bàn xã.\n- Học sinh các trường.",
    "+ Đoàn viên, thanh niên;\n+ Hội viên Hội Phụ nữ các chi hội",
    # a count after a colon, and a unit that is the object of a passive
    "- UBND các xã: 50 bản tin;\n- Các trường học: 20 buổi.",
    "- Nhà văn hóa thôn 3 được nâng cấp;\n- Trường Tiểu học Kim Đồng bị xuống cấp cần sửa chữa.",
])
def test_bullets_naming_whom_an_item_reaches_name_no_lead(bullets):
    got = _timed(f"1. Tuyên truyền về tác hại của pháo nổ, trong tháng 4/2025.\n{bullets}")
    assert got[0][3] == []


def test_audience_bullets_leave_each_item_leadless_in_a_plan():
    text = ("UBND XÃ TÂN HÒA\nSố: 45/KH-UBND\nTân Hòa, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Tuyên truyền phòng, chống pháo nổ năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n"
            "II. NỘI DUNG\n1. Tuyên truyền trên hệ thống loa truyền thanh về tác hại của pháo nổ, trong tháng 4/2025.\n"
            "- Cán bộ, công chức, viên chức và người lao động.\n- Các trường học trên địa bàn xã.\n"
            "2. Tổ chức ký cam kết không sử dụng pháo nổ, trong quý II/2025.\n"
            "- Các hộ gia đình trên địa bàn xã.\n- Học sinh các trường.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Công an xã chủ trì theo dõi, đôn đốc.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [(t.label, t.lead_units) for t in plan.tasks[:2]] == [("1", []), ("2", [])]


def test_an_item_naming_its_own_lead_keeps_it_over_its_bullets_doers():
    got = _timed("1. Công chức Văn hóa - Xã hội chủ trì triển khai chuyển đổi số:\n"
                 "- Viettel Phú Yên phủ sóng 4G tại các thôn;\n- Công an xã rà soát dữ liệu dân cư.")
    assert got[0][3] == ["Công chức Văn hóa - Xã hội"]


# ---- timing fields of one item: repeated, start and end, and the spellings of a quarter
def _t3_timed(body: str, issuer: str = "UBND HUYỆN ĐỨC LINH\nUBND XÃ ĐA KAI", place: str = "Đa Kai",
              year: int = 2025, ext: str = "txt") -> list[tuple]:
    text = (f"{issuer}\nSố: 31/KH-UBND\n{place}, ngày 08 tháng 01 năm {year}\nKẾ HOẠCH\n"
            f"Công tác văn hóa - xã hội năm {year}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\n"
            f"II. NỘI DUNG THỰC HIỆN\n{body}\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), f"plan.{ext}")
    return [(" ".join(t.text.split()[:2]), t.quarter, t.deadline, t.timing_text, t.lead_units) for t in plan.tasks]


@pytest.mark.parametrize("fields, quarter, deadline, timing", [
    # a task done twice a year: due the second time, both times printed
    ("- Thời gian: tháng 3/2025.\n- Thời gian: tháng 9/2025.", None, dt.date(2025, 9, 30),
     "tháng 3/2025; tháng 9/2025"),
    ("+ Thời gian thực hiện: Quý II/2025;\n+ Thời gian thực hiện: Quý IV/2025;", None, dt.date(2025, 12, 31),
     "Quý II/2025; Quý IV/2025"),
    # (two last days: the later one is the deadline)
    ("- Thời hạn hoàn thành: 30/4/2025.\n- Thời hạn hoàn thành: 31/10/2025.", None, dt.date(2025, 10, 31),
     "30/4/2025; 31/10/2025"),
    # the same timing printed twice is one
    ("- Thời gian: Quý III/2025.\n- Thời gian: Quý III/2025.", 3, dt.date(2025, 9, 30), "Quý III/2025"),
    # each time with its span and its last day, in printed order
    ("- Thời gian thực hiện: Quý I/2025.\n- Thời gian hoàn thành: trước ngày 20/3/2025.\n"
     "- Thời gian thực hiện: Quý III/2025.\n- Thời gian hoàn thành: trước ngày 20/9/2025.", None, dt.date(2025, 9, 20),
     "Quý I/2025; trước ngày 20/3/2025; Quý III/2025; trước ngày 20/9/2025"),
    ("- Ngày bắt đầu: 01/3/2025.\n- Ngày hoàn thành: 15/3/2025.\n- Ngày bắt đầu: 01/9/2025.\n"
     "- Ngày hoàn thành: 15/9/2025.", None, dt.date(2025, 9, 15),
     "Từ 01/3/2025 đến 15/3/2025; Từ 01/9/2025 đến 15/9/2025"),
    # the times listed under one label
    ("- Thời gian thực hiện:\n+ Đợt 1: tháng 3/2025;\n+ Đợt 2: tháng 9/2025.", None, dt.date(2025, 9, 30),
     "Đợt 1: tháng 3/2025; Đợt 2: tháng 9/2025"),
])
def test_t3_two_timing_fields_of_one_kind_add_up(fields, quarter, deadline, timing):
    got = _t3_timed(f"1. Tổ chức tổng vệ sinh môi trường tại các thôn.\n{fields}\n- Đơn vị chủ trì: Trạm Y tế xã.\n"
                    "2. Tuyên truyền trên loa truyền thanh.")
    assert got[0] == ("Tổ chức", quarter, deadline, timing, ["Trạm Y tế xã"])
    assert got[1][1:4] == (None, None, None)


@pytest.mark.parametrize("fields, deadline, timing", [
    ("- Thời gian bắt đầu: tháng 8/2025.\n- Thời gian kết thúc: 15/10/2025.", dt.date(2025, 10, 15),
     "Từ tháng 8/2025 đến 15/10/2025"),
    ("- Ngày bắt đầu: 01/4/2025.\n- Ngày hoàn thành: 30/6/2025.", dt.date(2025, 6, 30), "Từ 01/4/2025 đến 30/6/2025"),
    ("+ Ngày khởi công: 15/3/2025;\n+ Ngày hoàn thành: 30/9/2025;", dt.date(2025, 9, 30), "Từ 15/3/2025 đến 30/9/2025"),
    # the end printed first
    ("- Thời gian kết thúc: 31/12/2025.\n- Thời gian bắt đầu: tháng 7/2025.", dt.date(2025, 12, 31),
     "Từ tháng 7/2025 đến 31/12/2025"),
    # a first day alone is when the work starts, no last day
    ("- Thời gian bắt đầu: 01/6/2025.", None, "Từ 01/6/2025"),
    ("- Thời hạn hoàn thành: 20/12/2025.", dt.date(2025, 12, 20), "20/12/2025"),
    ("- Ngày hoàn thành: 15/11/2025.", dt.date(2025, 11, 15), "15/11/2025"),
])
def test_t3_start_and_end_fields_give_the_span(fields, deadline, timing):
    got = _t3_timed(f"1. Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo.\n{fields}\n"
                    "- Đơn vị chủ trì: Công chức Văn hóa - Xã hội.\n2. Tuyên truyền trên loa truyền thanh.")
    assert got[0] == ("Rà soát,", None, deadline, timing, ["Công chức Văn hóa - Xã hội"])
    assert got[1][1:4] == (None, None, None)


def test_t3_start_and_end_fields_printed_after_the_sentence():
    got = _t3_timed("1. Xây dựng mô hình điểm phân loại rác tại nguồn, thời gian bắt đầu: 01/5/2026, "
                    "thời gian kết thúc: 30/11/2026, đơn vị thực hiện: Công chức Địa chính - Xây dựng.\n"
                    "2. Tuyên truyền trên loa truyền thanh.",
                    issuer="UBND THỊ XÃ KỲ ANH\nUBND XÃ KỲ HOA", place="Kỳ Hoa", year=2026)
    assert got[0] == ("Xây dựng", None, dt.date(2026, 11, 30), "Từ 01/5/2026 đến 30/11/2026",
                      ["Công chức Địa chính - Xây dựng"])


def test_t3_bullets_with_their_own_start_and_end_fields():
    got = _t3_timed("1. Các hoạt động hưởng ứng Tháng hành động:\n"
                    "- Ra quân tổng vệ sinh môi trường tại các khu dân cư.\n"
                    "Ngày bắt đầu: 05/4/2026; Ngày hoàn thành: 20/4/2026.\n"
                    "- Tổ chức hội thi tìm hiểu pháp luật về bảo vệ môi trường.\n"
                    "Thời gian: tháng 5/2026. Thời gian: tháng 10/2026.\n",
                    issuer="UBND HUYỆN CHƯ SÊ\nUBND XÃ IA TIÊM", place="Ia Tiêm", year=2026)
    assert [g[:4] for g in got[:2]] == [
        ("Ra quân", None, dt.date(2026, 4, 20), "Từ 05/4/2026 đến 20/4/2026"),
        ("Tổ chức", None, dt.date(2026, 10, 31), "tháng 5/2026; tháng 10/2026")]


@pytest.mark.parametrize("printed, quarter, deadline", [
    ("Quý 1/2025", 1, dt.date(2025, 3, 31)),
    ("quý 2 năm 2025", 2, dt.date(2025, 6, 30)),
    ("Q3/2025", 3, dt.date(2025, 9, 30)),
    ("Q4-2025", 4, dt.date(2025, 12, 31)),
    ("Q.II năm 2025", 2, dt.date(2025, 6, 30)),
    ("Quý l/2025", 1, dt.date(2025, 3, 31)),      # OCR's "l" for I
    ("Quý Il/2025", 2, dt.date(2025, 6, 30)),
    ("Quí III/2025", 3, dt.date(2025, 9, 30)),    # the old spelling
    # two quarters are no one quarter, whichever way they are written
    ("Quý I-II/2025", None, dt.date(2025, 6, 30)),
    ("Quý 1-2/2025", None, dt.date(2025, 6, 30)),
    ("Q3-Q4/2025", None, dt.date(2025, 12, 31)),
])
def test_t3_a_quarter_as_typed_or_abbreviated_gives_its_quarter(printed, quarter, deadline):
    got = _t3_timed(f"1. Tập huấn nghiệp vụ cho cán bộ thôn.\n- Thời gian thực hiện: {printed}.\n"
                    f"2. Kiểm tra việc thực hiện tại các thôn, hoàn thành trong {printed}.",
                    issuer="UBND HUYỆN NGỌC HỒI\nUBND XÃ ĐẮK KAN", place="Đắk Kan")
    assert [g[1:4] for g in got] == [(quarter, deadline, printed), (quarter, deadline, f"hoàn thành trong {printed}")]


@pytest.mark.parametrize("printed, deadline, lead", [
    ("trước ngày 15 hằng tháng", None, ""),                      # recurring: no one last day
    ("định kỳ 6 tháng", None, ""),
    ("từ nay đến hết năm 2026", dt.date(2026, 12, 31), ""),
    ("trong tháng 3 và tháng 4/2026", dt.date(2026, 4, 30), ""),
    ("tuần đầu tháng 5", dt.date(2026, 5, 7), "vào "),
    ("cuối năm 2026", dt.date(2026, 12, 31), "vào "),
    ("trước Tết Nguyên đán", dt.date(2026, 2, 17), ""),          # Tết Bính Ngọ, ahead of the plan of 08/01/2026
])
def test_t3_timings_of_a_field_and_of_prose_agree(printed, deadline, lead):
    got = _t3_timed(f"1. Tổng hợp tình hình, báo cáo UBND huyện.\n- Thời gian: {printed}.\n"
                    f"2. Rà soát, tổng hợp tình hình, báo cáo UBND huyện {lead}{printed}.",
                    issuer="UBND HUYỆN TAM NÔNG\nUBND XÃ PHÚ THỌ", place="Phú Thọ", year=2026)
    assert got[0][2:4] == (deadline, printed)
    assert got[1][2] == deadline


# Task 1 (units): through the whole pipeline, a second doer joined by "và"/"cùng với" leads with the first,
# a department's second verb after "và" is no partner's word, and a unit whose colon (after a short verb)
# opens a count heads no task.
@pytest.mark.parametrize("issuer, place, body, want", [
    ("ỦY BAN NHÂN DÂN\nXÃ PHONG THẠNH", "Phong Thạnh",
     "1. Công an xã và dân quân thường trực tuần tra các tuyến kênh trong mùa khô; hoàn thành trước ngày 30/4/2025.\n"
     "2. Trưởng ấp và tổ tự quản vận động các hộ dân ký cam kết; hoàn thành trước ngày 31/3/2025.",
     [["Công an xã", "dân quân thường trực"], ["Trưởng ấp", "tổ tự quản"]]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG TÈ", "Mường Tè",
     "1. Hạt Kiểm lâm huyện cùng với lực lượng bảo vệ rừng chuyên trách kiểm tra thực bì; hoàn thành trước ngày 15/4/2025.\n"
     "2. Phòng Tài chính - Kế hoạch và hướng dẫn các xã quyết toán kinh phí; hoàn thành trong tháng 5/2025.",
     [["Hạt Kiểm lâm huyện", "lực lượng bảo vệ rừng chuyên trách"], ["Phòng Tài chính - Kế hoạch"]]),
])
def test_t1units_second_doers_lead_their_items(issuer, place, body, want):
    assert [lead for _, lead, _ in _plan(issuer, place, body)] == want


def test_t1units_count_bullets_lead_nothing():
    body = ("1. Tổ chức tuyên truyền phòng chống cháy rừng trên hệ thống truyền thanh; hoàn thành trong quý I/2025.\n"
            "- Đài truyền thanh các xã: 60 bản tin;\n"
            "- Các hợp tác xã tham gia: 12 lượt ra quân phát dọn thực bì.")
    tasks = _plan("ỦY BAN NHÂN DÂN\nHUYỆN ĐẦM DƠI", "Đầm Dơi", body)
    assert len(tasks) == 1 and tasks[0][1] == []


_TIMING2_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ MƯỜNG PHĂNG\nSố: 14/KH-UBND\nMường Phăng, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\n"
                 "Thực hiện nhiệm vụ văn hóa - xã hội năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\n"
                 "II. NỘI DUNG THỰC HIỆN\n")
_TIMING2_TAIL = ("III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo UBND xã "
                 "định kỳ 6 tháng, năm.\n2. Trạm Y tế xã báo cáo kết quả về UBND xã hằng tháng (trước ngày 20).\n")


def test_timing2_prose_items_print_every_due_time_and_read_yearless_ends():
    body = ("1. Tổ chức sơ kết 6 tháng thực hiện Kế hoạch; báo cáo sơ kết trước ngày 15/6/2026 và báo cáo tổng kết "
            "trước ngày 15/12/2026.\n"
            "2. Kiểm tra việc chi trả trợ cấp xã hội đợt 1 trong Quý II/2026, đợt 2 trong Quý IV/2026.\n"
            "3. Vận động Nhân dân tham gia bảo hiểm y tế hộ gia đình, thực hiện từ nay đến hết năm.\n"
            "4. Rà soát, sửa chữa nhà văn hóa các bản, hoàn thành trước 30/6.\n")
    plan = extract_bytes((_TIMING2_HEAD + body + _TIMING2_TAIL).encode(), "muong-phang.txt")
    got = [(t.label, t.timing_text, t.deadline, t.quarter) for t in plan.tasks]
    assert got == [
        ("1", "trước ngày 15/6/2026; trước ngày 15/12/2026", dt.date(2026, 12, 15), None),
        ("2", "trong Quý II/2026; trong Quý IV/2026", dt.date(2026, 12, 31), None),
        ("3", "từ nay đến hết năm", dt.date(2026, 12, 31), None),
        ("4", "hoàn thành trước 30/6", dt.date(2026, 6, 30), None),
    ]
    assert [(a.timing_text, a.deadline) for a in plan.assignments] == [
        ("định kỳ 6 tháng, năm", None), ("hằng tháng (trước ngày 20)", None)]


def test_timing2_timing_cells_of_a_word_table(tmp_path):
    import io

    import docx
    d = docx.Document()
    for ln in _TIMING2_HEAD.splitlines():
        d.add_paragraph(ln)
    rows = [("Kiểm tra việc chi trả trợ cấp xã hội tại các bản", "Quý I, II/2026"),
            ("Ra quân tổng vệ sinh môi trường", "15.3.2026"),
            ("Tuyên truyền phòng, chống đuối nước trẻ em", "Thường xuyên; cao điểm tháng 6"),
            ("Tổng hợp số liệu dân số, gửi Trạm Y tế xã", "Trước ngày 20 hằng tháng"),
            ("Báo cáo kết quả thực hiện Kế hoạch", ["- Sơ kết: trước 15/6/2026", "- Tổng kết: trước 15/12/2026"]),
            ("Tổ chức Hội khỏe Phù Đổng cấp xã", "Tháng 3-4/2026")]
    t = d.add_table(rows=len(rows) + 1, cols=4)
    t.style = "Table Grid"
    for c, head in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"]):
        t.cell(0, c).text = head
    for r, (text, when) in enumerate(rows, 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = str(r), text, "Công chức Văn hóa - Xã hội"
        lines = [when] if isinstance(when, str) else when
        t.cell(r, 3).text = lines[0]
        for ln in lines[1:]:
            t.cell(r, 3).add_paragraph(ln)
    for ln in _TIMING2_TAIL.splitlines():
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    plan = extract_bytes(buf.getvalue(), "muong-phang.docx")
    got = [(t.timing_text, t.deadline, t.quarter) for t in plan.tasks]
    assert got == [
        ("Quý I, II/2026", dt.date(2026, 6, 30), None),
        ("15.3.2026", dt.date(2026, 3, 15), None),
        ("Thường xuyên; cao điểm tháng 6", None, None),
        ("Trước ngày 20 hằng tháng", None, None),
        ("Sơ kết: trước 15/6/2026; Tổng kết: trước 15/12/2026", dt.date(2026, 12, 15), None),
        ("Tháng 3-4/2026", dt.date(2026, 4, 30), None),
    ]


# Red team (v21 task 7): an item headed by its topic whose paragraph below opens with the units that do
# the work ("2. Công tác giám sát" over "Trạm Y tế xã giám sát …") is led by them, their partners read
# off that paragraph; a long first line that a narrow page wrapped, or a paragraph opening with a verb,
# names no lead.
@pytest.mark.parametrize("issuer, place, body, ext, lead", [
    ("UBND HUYỆN CHÂU THÀNH\nUBND XÃ TÂN PHÚ", "Tân Phú",
     "1. Công tác giám sát\nTrạm Y tế xã giám sát ca bệnh, xử lý ổ dịch kịp thời; thời gian: thường xuyên.", "txt",
     ["Trạm Y tế xã"]),
    ("UBND TỈNH SƠN LA", "Sơn La",
     "**1. Phát triển sản phẩm du lịch cộng đồng**\n\nSở Văn hóa, Thể thao và Du lịch hướng dẫn các bản xây dựng "
     "sản phẩm trải nghiệm; hoàn thành trong Quý III/2025.", "md", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("UBND PHƯỜNG BA ĐÌNH", "Ba Đình",
     "1. Tuyên truyền\nCác tổ dân phố treo băng rôn, khẩu hiệu trên các tuyến phố chính.", "txt", ["Các tổ dân phố"]),
    ("UBND XÃ MƯỜNG PHĂNG", "Mường Phăng",
     "1. Công tác tuyên truyền\nTuyên truyền trên loa phát thanh của xã về phòng, chống dịch bệnh.", "txt", []),
    ("UBND XÃ MƯỜNG PHĂNG", "Mường Phăng",
     "1. Tổ chức kiểm tra, rà soát các cơ sở kinh doanh dịch vụ ăn uống trên địa bàn các bản Che Căn, Pá Khoang,\n"
     "Công an xã và Trạm Y tế xã cùng tham gia.", "txt", []),
])
def test_redteam7_units_opening_the_paragraph_under_a_topic_lead(issuer, place, body, ext, lead):
    got = _plan(issuer, place, body, ext)
    assert len(got) == 1 and got[0][1] == lead


def test_redteam7_partners_of_units_opening_the_paragraph_under_a_topic():
    text = ("UBND XÃ TÂN PHÚ\nSố: 61/KH-UBND\nTân Phú, ngày 12 tháng 5 năm 2026\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết "
            "năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Giảm số ca mắc.\nII. NỘI DUNG\n1. Công tác giám sát\nTrạm Y tế xã phối "
            "hợp với Ban Nhân dân các ấp giám sát ca bệnh, xử lý ổ dịch kịp thời.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Trạm Y tế xã theo dõi, báo cáo.\n")
    task, = extract_bytes(text.encode(), "plan.txt").tasks
    assert (task.lead_units, task.support_units) == (["Trạm Y tế xã"], ["Ban Nhân dân các ấp"])


# An item under a quarter's heading that is done "trong quý" (no numeral of its own) is due at the end of
# that heading's quarter; an item with its own date or quarter keeps it, and one outside any quarter
# heading has no date from the words.
def _rt1_quarter_items(head: str, body: str, name: str = "plan.txt") -> list[tuple]:
    plan = extract_bytes((head + body + "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n").encode(), name)
    return [(t.quarter, t.deadline) for t in plan.tasks]


RT1_HEADS = [
    "ĐẢNG ỦY XÃ GIA VIỄN\nSố 09-KH/ĐU\nGia Viễn, ngày 15 tháng 01 năm 2026\n\nKẾ HOẠCH\ncông tác kiểm tra, giám sát năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng công tác kiểm tra.\nII. NỘI DUNG\n",
    "UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ\nSố: 315/KH-SYT\nĐồng Nai, ngày 08 tháng 01 năm 2025\n\nKẾ HOẠCH\nTruyền thông y tế năm 2025\n\n"
    "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NỘI DUNG HOẠT ĐỘNG\n",
]


@pytest.mark.parametrize("head", RT1_HEADS, ids=["dang-uy-xa", "so-y-te"])
@pytest.mark.parametrize("phrase", ["thời gian: trong quý.", "hoàn thành trong quý.", "thực hiện cả quý.",
                                    "hoàn thành trong quý này."])
def test_rt1_within_the_quarter_item_is_due_at_its_heading_quarter_end(head, phrase):
    year = 2026 if "2026" in head else 2025
    body = (f"1. Quý I\na) Kiểm tra, rà soát số liệu tại cơ sở; thời gian: tháng 02/{year}.\n"
            f"b) Giám sát chuyên đề tại các đơn vị; {phrase}\n"
            f"2. Quý III\na) Tổ chức hội nghị sơ kết; {phrase}\nb) Tập huấn cho cộng tác viên trước ngày 15/8/{year}.\n")
    got = _rt1_quarter_items(head, body)
    assert got == [(1, dt.date(year, 2, 28)), (1, dt.date(year, 3, 31)), (3, dt.date(year, 9, 30)),
                   (3, dt.date(year, 8, 15))]


def test_rt1_within_the_quarter_outside_a_quarter_heading_has_no_date():
    body = "1. Kiểm tra, rà soát số liệu tại cơ sở; hoàn thành trong quý.\n2. Giám sát chuyên đề; thời gian: hằng quý.\n"
    assert _rt1_quarter_items(RT1_HEADS[1], body) == [(None, None), (None, None)]


def test_rt1_recurring_quarter_item_under_a_heading_stays_undated():
    body = "1. Quý II\na) Giao ban công tác truyền thông hằng quý.\nb) Tổ chức Ngày Sức khỏe toàn dân; hoàn thành trong quý.\n"
    assert _rt1_quarter_items(RT1_HEADS[1], body) == [(2, None), (2, dt.date(2025, 6, 30))]


# ---- "Đ/c" / "đồng chí" before a post: any letter follows (the pattern ignores case), the post in
# whatever case it is typed
from extractors.tasks import HONORIFIC  # noqa: E402


@pytest.mark.parametrize("cell, post", [
    ("Đ/c Bí thư Đảng ủy", "Bí thư Đảng ủy"), ("Đồng chí Phó Bí thư Thường trực", "Phó Bí thư Thường trực"),
    ("đồng chí chủ tịch UBND xã", "chủ tịch UBND xã"), ("đ/c ủy viên Ban Thường vụ", "ủy viên Ban Thường vụ"),
    ("Đ/c Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ"), ("đ/c ấp đội trưởng", "ấp đội trưởng"),
    ("ĐỒNG CHÍ ƯỚC", "ƯỚC"),
])
def test_t4caps_an_honorific_before_a_post_in_any_case_is_dropped(cell, post):
    assert HONORIFIC.sub("", cell) == post


@pytest.mark.parametrize("cell", ["đ/c 2 Phó Chủ tịch", "Đồng chí: Lê Văn Tám", "đ/c (vắng)"])
def test_t4caps_an_honorific_before_no_letter_stays(cell):
    assert HONORIFIC.sub("", cell) == cell


# A prose task or an assignment setting parts on their own days ("đợt 1 vào tháng 7/2025 và đợt 2 vào tháng
# 12/2025"), or one day per level latest first, prints them all and is due on the latest; a unit's name ends
# before a phrase qualifying it ("tương ứng với từng địa bàn kiểm tra").
def test_t5_parts_and_levels_times_in_tasks_and_assignments():
    text = ("UBND HUYỆN CHÂU THÀNH\nSố: 61/KH-UBND\nChâu Thành, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Kiểm tra an toàn thực phẩm năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\n"
            "II. NỘI DUNG THỰC HIỆN\n"
            "1. Tổ chức kiểm tra liên ngành đợt 1 vào tháng 7/2025 và đợt 2 vào tháng 12/2025.\n"
            "2. Tổng kết công tác: cấp huyện trước ngày 15/12/2025, cấp xã trước ngày 30/11/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Tổ công tác liên ngành tương ứng với từng địa bàn kiểm tra\n"
            "Kiểm tra các cơ sở theo kế hoạch; báo cáo kết quả: đợt 2 trước ngày 10/01/2026, đợt 1 trước ngày "
            "10/8/2025.\n2. Ủy ban nhân dân các xã tổ chức kiểm tra đợt 1 vào tháng 5/2025 và đợt 2 vào tháng "
            "10/2025.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [(t.timing_text, t.deadline) for t in plan.tasks] == [
        ("vào tháng 7/2025; vào tháng 12/2025", dt.date(2025, 12, 31)),
        ("trước ngày 15/12/2025; trước ngày 30/11/2025", dt.date(2025, 12, 15))]
    assert [(a.units, a.timing_text, a.deadline) for a in plan.assignments] == [
        (["Tổ công tác liên ngành"], "trước ngày 10/01/2026; trước ngày 10/8/2025", dt.date(2026, 1, 10)),
        (["Ủy ban nhân dân các xã"], "vào tháng 5/2025; vào tháng 10/2025", dt.date(2025, 10, 31))]


# h6: the parts of an item that say who, when and how of it ("a) Thành phần: …", "b) Hình thức: …",
# "c) Thời gian, địa điểm: …", "a) Đơn vị chủ trì: …") are its fields and context, not tasks: the item is
# the one task; and a part's field printed as an item of its own ("4. Thời gian, địa điểm: …") times the
# part's tasks that print no time of their own.
_H6_PLAN = """ỦY BAN NHÂN DÂN
{org}
Số: 31/KH-UBND
{place}, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức pháp luật cho cán bộ và Nhân dân.
II. NỘI DUNG
{content}
III. TỔ CHỨC THỰC HIỆN
1. Công chức Tư pháp - Hộ tịch theo dõi, tổng hợp kết quả báo cáo.
"""


def _h6_tasks(org: str, place: str, content: str):
    text = _H6_PLAN.format(org=org, place=place, content=content)
    return extract_bytes(text.encode(), "h6.txt").tasks


@pytest.mark.parametrize("org, place, marks", [
    ("XÃ THANH LƯƠNG", "Thanh Lương", ("a)", "b)", "c)")),
    ("PHƯỜNG TÂN AN", "Tân An", ("1.1.", "1.2.", "1.3.")),
    ("THỊ TRẤN MƯỜNG ẢNG", "Mường Ảng", ("-", "-", "-")),
])
def test_h6_an_items_parts_of_who_when_how_make_it_one_task(org, place, marks):
    a, b, c = marks
    sub = "1.{}." if a == "1.1." else None
    content = (f"1. Tổ chức Hội nghị quán triệt Luật Phòng, chống ma túy năm 2021\n"
               f"{a} Thành phần: Cán bộ, công chức; trưởng các thôn, tổ dân phố.\n"
               f"{b} Hình thức: Hội nghị trực tiếp kết hợp trực tuyến.\n"
               f"{c} Thời gian, địa điểm: Ngày 26/6/2025, tại Hội trường Ủy ban nhân dân.\n"
               f"2. Tổ chức Hội thi tìm hiểu pháp luật cho đoàn viên, thanh niên\n"
               f"{a.replace('1.', '2.', 1) if sub else a} Đơn vị chủ trì: Đoàn Thanh niên.\n"
               f"{b.replace('1.', '2.', 1) if sub else b} Hình thức: Thi trắc nghiệm kết hợp tiểu phẩm sân khấu hóa.\n"
               f"{c.replace('1.', '2.', 1) if sub else c} Thời gian: Quý III/2025.\n")
    tasks = _h6_tasks(org, place, content)
    assert [t.text.split(" Thành phần")[0].split(" Hình thức")[0] for t in tasks] == [
        "Tổ chức Hội nghị quán triệt Luật Phòng, chống ma túy năm 2021",
        "Tổ chức Hội thi tìm hiểu pháp luật cho đoàn viên, thanh niên"]
    assert [t.deadline for t in tasks] == [dt.date(2025, 6, 26), dt.date(2025, 9, 30)]
    assert [t.timing_text for t in tasks] == ["Ngày 26/6/2025", "Quý III/2025"]
    assert [t.quarter for t in tasks] == [None, 3]
    assert tasks[1].lead_units == ["Đoàn Thanh niên"]
    assert "Hình thức: Hội nghị trực tiếp" in tasks[0].text


@pytest.mark.parametrize("label, time, want", [
    ("Thời gian, địa điểm", "Ngày 15/5/2025, tại Nhà văn hóa thôn Đông.", ("Ngày 15/5/2025", dt.date(2025, 5, 15))),
    ("Thời gian và địa điểm", "Tại Hội trường Ủy ban nhân dân, ngày 20/8/2025.", ("ngày 20/8/2025", dt.date(2025, 8, 20))),
    ("Thời gian", "Quý IV/2025.", ("Quý IV/2025", dt.date(2025, 12, 31))),
])
def test_h6_a_parts_field_printed_as_an_item_times_its_tasks(label, time, want):
    content = ("1. Nội dung hội thi\n"
               "a) Tìm hiểu Luật Phòng, chống ma túy năm 2021 và các văn bản hướng dẫn thi hành.\n"
               "b) Tìm hiểu tác hại của ma túy đối với sức khỏe và đời sống gia đình.\n"
               "2. Đối tượng tham gia: Đoàn viên, thanh niên các thôn trên địa bàn.\n"
               "3. Hình thức: Thi trắc nghiệm kết hợp tiểu phẩm sân khấu hóa.\n"
               f"4. {label}: {time}\n")
    tasks = _h6_tasks("XÃ PHÚ LỘC", "Phú Lộc", content)
    assert [t.label for t in tasks] == ["a", "b"]
    assert [(t.timing_text, t.deadline) for t in tasks] == [want, want]


# "Thời gian, địa điểm:" values that give a place with each time, or the place before the time with no
# comma: every time stays, every place goes
@pytest.mark.parametrize("value, timing, due", [
    ("Trong tháng 6/2025 ở cấp xã, tháng 7/2025 ở cấp huyện.", "Trong tháng 6/2025, tháng 7/2025", dt.date(2025, 7, 31)),
    ("Ngày 20/5/2025 tại UBND xã; ngày 21/5/2025 tại Trường THCS.", "Ngày 20/5/2025; ngày 21/5/2025",
     dt.date(2025, 5, 21)),
    ("Tại Hội trường UBND huyện ngày 15/5/2025.", "ngày 15/5/2025", dt.date(2025, 5, 15)),
    ("Vòng sơ khảo tháng 6/2025 ở các thôn, vòng chung khảo tháng 8/2025 ở Hội trường UBND xã.",
     "Vòng sơ khảo tháng 6/2025, vòng chung khảo tháng 8/2025", dt.date(2025, 8, 31)),
    ("Tại Nhà văn hóa bản Na Sang, xã Mường Lói, sáng ngày 12/9/2025.", "sáng ngày 12/9/2025", dt.date(2025, 9, 12)),
    ("Quý III/2025 tại các tổ dân phố; Quý IV/2025 tại Trung tâm Văn hóa phường.", "Quý III/2025; Quý IV/2025",
     dt.date(2025, 12, 31)),
])
def test_h10_time_and_place_keeps_every_time(value, timing, due):
    content = ("1. Tổ chức Hội thi tìm hiểu pháp luật cho đoàn viên, thanh niên\n"
               "a) Thành phần: Đoàn viên, thanh niên các thôn.\n"
               f"b) Thời gian, địa điểm: {value}\n")
    tasks = _h6_tasks("XÃ MƯỜNG LÓI", "Mường Lói", content)
    assert [(t.timing_text, t.deadline) for t in tasks] == [(timing, due)]


# an item that says who does it ("… X chủ trì thực hiện.") keeps its own doer, unknown to the unit
# lexicon, over a field printed as a sibling item ("5. Đơn vị chủ trì: Trạm Y tế xã")
@pytest.mark.parametrize("org, place, doer, field_unit", [
    ("XÃ HÒA BÌNH", "Hòa Bình", "Văn hóa - Xã hội xã chủ trì thực hiện.", "Trạm Y tế xã"),
    ("PHƯỜNG NAM SƠN", "Nam Sơn", "Tổ công nghệ số cộng đồng khu phố thực hiện.", "Công an phường"),
    ("XÃ ĐỒNG TIẾN", "Đồng Tiến", "Bộ phận Một cửa xã chủ trì, phối hợp với các thôn thực hiện.", "Văn phòng HĐND - UBND xã"),
])
def test_h10_an_items_own_doer_is_not_led_by_a_sibling_field(org, place, doer, field_unit):
    content = (f"1. Tuyên truyền trên hệ thống loa truyền thanh về an toàn thực phẩm. {doer}\n"
               "2. Kiểm tra các cơ sở kinh doanh dịch vụ ăn uống trên địa bàn. Công an xã chủ trì thực hiện.\n"
               "3. Tổ chức lễ ra quân hưởng ứng Tháng hành động.\n"
               "4. Thời gian thực hiện: Từ ngày 15/4/2025 đến ngày 15/5/2025.\n"
               f"5. Đơn vị chủ trì: {field_unit}.\n")
    tasks = _h6_tasks(org, place, content)
    assert len(tasks) == 3
    assert field_unit not in tasks[0].lead_units
    # an item that names no doer of its own is still led by the field
    assert tasks[2].lead_units == [field_unit]
    assert all(t.timing_text == "Từ ngày 15/4/2025 đến ngày 15/5/2025" for t in tasks)


@pytest.mark.parametrize("issuer, place, item, lead, support", [
    # "…; giao X phối hợp với Y thực hiện …": the one given the work leads, Y is its partner
    ("UBND PHƯỜNG HƯNG BÌNH", "Vinh",
     "1. Kiểm tra các cơ sở kinh doanh thực phẩm; giao Trạm Y tế phường phối hợp với Công an phường thực hiện "
     "trước ngày 30/6/2025.", ["Trạm Y tế phường"], ["Công an phường"]),
    ("UBND XÃ NẬM CẮN", "Nậm Cắn",
     "1. Rà soát các hộ nghèo; giao cho công chức Lao động - Thương binh và Xã hội phối hợp với các thôn thực "
     "hiện trong tháng 4/2025.", ["công chức Lao động - Thương binh và Xã hội"], ["các thôn"]),
    ("UBND HUYỆN PHÙ YÊN", "Phù Yên",
     "1. Giao Phòng Nông nghiệp và Phát triển nông thôn phối hợp chặt chẽ với Trạm Khuyến nông huyện hướng "
     "dẫn Nhân dân chăm sóc cây trồng.", ["Phòng Nông nghiệp và Phát triển nông thôn"], ["Trạm Khuyến nông huyện"]),
    # an item that opens on "Phối hợp với X" with nobody in charge: X is the issuer's partner
    ("TRƯỜNG THCS LÊ LỢI", "Kon Tum",
     "1. Phối hợp với Ban Chỉ huy Quân sự xã tổ chức giáo dục quốc phòng cho học sinh lớp 9.", [],
     ["Ban Chỉ huy Quân sự xã"]),
    ("SỞ Y TẾ TỈNH NINH THUẬN", "Ninh Thuận",
     "1. Phối hợp chặt chẽ với Sở Công Thương kiểm tra an toàn thực phẩm tại các chợ.", [], ["Sở Công Thương"]),
    # "Phối hợp chặt chẽ giữa …" names no unit
    ("UBND XÃ YÊN THẮNG", "Yên Thắng",
     "1. Phối hợp chặt chẽ giữa nhà trường, gia đình và xã hội trong quản lý học sinh.", [], []),
])
def test_h8_giao_x_phoi_hop_voi_y_and_an_item_opening_on_its_partner(issuer, place, item, lead, support):
    text = (f"{issuer}\nSố: 21/KH-UBND\n{place}, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\nII. NỘI DUNG THỰC HIỆN\n{item}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [(lead, support)]


# ---------------------------------------------------------------- h5: an event named with its time
# A festival's or a ceremony's programme lists each event with the time it is held right after its
# colon, and often where: that time is the item's ("Lễ khai mạc: 19 giờ 30 ngày 17/6/2026 tại …").
@pytest.mark.parametrize("title, held", [
    ("Lễ khai mạc: 19 giờ 30 ngày 17/6/2026 tại Sân khấu chính, khu trung tâm xã;", "19 giờ 30 ngày 17/6/2026"),
    ("Hội thảo tiêu thụ nông sản: Từ 8 giờ ngày 18/6/2026 tại Hội trường UBND huyện",
     "Từ 8 giờ ngày 18/6/2026"),
    ("Chợ phiên vùng cao: Từ ngày 17 đến ngày 21/6/2026 ở bãi chợ cũ thôn Nà Hẩu.", "Từ ngày 17 đến ngày 21/6/2026"),
    ("Giải bóng chuyền hơi: sáng 20/6/2026 tại sân trường, chiều 21/6/2026 tại nhà văn hóa xã",
     "sáng 20/6/2026, chiều 21/6/2026"),
    ("Giai đoạn 2: Từ tháng 7/2026, nhân rộng mô hình", "Từ tháng 7/2026"),
    ("Tháng 3: Tổ chức hội nghị triển khai", None),
    ("Thời gian: ngày 05/3/2026", None),
    ("Trang trí khánh tiết: Văn phòng HĐND và UBND xã", None),
    ("Kiểm tra bếp ăn bán trú (thời gian: trước ngày 20/9/2026)", None),
    ("Rà soát hộ nghèo, thời gian: Quý IV/2026", None),
])
def test_h5_event_time_after_its_name(title, held):
    from extractors.tasks import event_time
    assert event_time(title) == held


def test_h5_festival_programme_items_take_their_times():
    body = ("II. CÁC HOẠT ĐỘNG\n"
            "1. Lễ khai mạc: 19 giờ 30 ngày 17/6/2026 tại Sân khấu chính, khu trung tâm xã;\n"
            "2. Hội thi gói bánh chưng: ngày 18/6/2026 tại sân Nhà văn hóa thôn Bản Phiệt;\n"
            "3. Giải kéo co: Từ 14 giờ ngày 19/6/2026 tại sân vận động xã;\n"
            "4. Trưng bày sản phẩm OCOP\n"
            "- Thời gian, địa điểm: 8 giờ ngày 18/6/2026 tại nhà văn hóa thôn 1; 8 giờ ngày 20/6/2026 tại chợ xã.\n"
            "- Đơn vị thực hiện: Hội Nông dân xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã tham mưu.\n")
    text = ("ỦY BAN NHÂN DÂN\nXÃ BẢN PHIỆT\nSố: 41/KH-UBND\nBản Phiệt, ngày 02 tháng 6 năm 2026\n"
            "KẾ HOẠCH\nTổ chức Ngày hội văn hóa các dân tộc xã Bản Phiệt năm 2026\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Giữ gìn bản sắc văn hóa.\n" + body)
    plan = extract_bytes(text.encode(), "ban-phiet.txt")
    assert [(t.label, t.deadline, t.timing_text, t.lead_units, t.support_units) for t in plan.tasks] == [
        ("1", dt.date(2026, 6, 17), "19 giờ 30 ngày 17/6/2026", [], []),
        ("2", dt.date(2026, 6, 18), "ngày 18/6/2026", [], []),
        ("3", dt.date(2026, 6, 19), "Từ 14 giờ ngày 19/6/2026", [], []),
        ("4", dt.date(2026, 6, 20), "8 giờ ngày 18/6/2026; 8 giờ ngày 20/6/2026", ["Hội Nông dân xã"],
         ["Hội Liên hiệp Phụ nữ xã"])]


# ---------------------------------------------------------------- h9: an event's time is the time alone
# "<name>: <time> …" is an event's time only when the value is that time (with its place): a
# value that goes on with the work ("Mục tiêu: năm 2025 đạt …", "Chỉ tiêu: tuần 2 lần kiểm tra …")
# is the item's content, not its schedule.
@pytest.mark.parametrize("title, held", [
    ("Tuyên truyền: Năm 2025 tiếp tục đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.", None),
    ("Giai đoạn 2: Từ năm 2026 đến năm 2030 tập trung nâng cấp hệ thống kênh mương nội đồng.", None),
    ("Mục tiêu: năm 2025 đạt 90% hộ dân sử dụng nước sạch, giảm tỷ lệ hộ nghèo xuống dưới 3%.", None),
    ("Chỉ tiêu: tuần 2 lần kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn tập thể.", None),
    ("Kinh phí: năm 2026 bố trí từ ngân sách xã 150 triệu đồng.", None),
    ("Tập huấn: Quý II/2025 tổ chức 02 lớp tập huấn cho cán bộ thôn; Phòng Nông nghiệp chủ trì.", None),
    ("Đối tượng: sáng 20/3 toàn thể cán bộ, công chức tham gia lao động.", None),
    ("Lễ phát động: 7 giờ 30 ngày 20/3/2025 tại Hội trường UBND huyện.", "7 giờ 30 ngày 20/3/2025"),
    ("Hội nghị sơ kết: tháng 6/2025, UBND huyện tổ chức sơ kết 6 tháng.", "tháng 6/2025"),
    ("Hội chợ nông sản: 07 giờ 30 phút ngày 02/9/2026 ở Quảng trường thị trấn Phong Thổ",
     "07 giờ 30 phút ngày 02/9/2026"),
    ("Lễ dâng hương: 6 giờ 30 sáng ngày 12/4/2025 tại Đền thờ Liệt sĩ tỉnh", "6 giờ 30 sáng ngày 12/4/2025"),
    ("Giải việt dã: 6 giờ Chủ nhật, ngày 23/3/2025 tại sân vận động huyện", "6 giờ Chủ nhật, ngày 23/3/2025"),
])
def test_h9_event_time_is_the_time_alone(title, held):
    from extractors.tasks import event_time
    assert event_time(title) == held


def test_h9_work_timed_in_its_words_keeps_that_time():
    body = ("I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NỘI DUNG\n"
            "1. Tuyên truyền: trong tháng 3 tổ chức tuyên truyền trên hệ thống loa truyền thanh; "
            "UBND các xã thực hiện.\n"
            "2. Tuyên truyền: Năm 2025 tiếp tục đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.\n"
            "3. Giai đoạn 2: Từ năm 2026 đến năm 2030 tập trung nâng cấp hệ thống kênh mương nội đồng.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa chủ trì tham mưu tổ chức các hoạt động.\n")
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN THĂNG BÌNH\nSố: 45/KH-UBND\nThăng Bình, ngày 12 tháng 3 năm 2025\n"
            "KẾ HOẠCH\nTriển khai công tác phòng chống thiên tai năm 2025\n" + body)
    tasks = extract_bytes(text.encode(), "thang-binh.txt").tasks
    assert [(t.label, t.timing_text, t.lead_units) for t in tasks] == [
        ("1", "trong tháng 3", ["UBND các xã"]), ("2", None, []), ("3", None, [])]


# ---- h8: a programme's steps timed by their hours, dated by the day printed above them
def _h8_plan(body: str, head: str = "TRƯỜNG TIỂU HỌC NẬM CẦN\nSố: 12/KH-THNC\nNậm Cần, ngày 02 tháng 11 năm 2026\n"):
    text = head + "KẾ HOẠCH\nTổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026\n" + body
    return extract_bytes(text.encode(), "h8-plan.txt")


def test_h8_hour_steps_take_the_day_of_their_time_field():
    plan = _h8_plan("I. MỤC ĐÍCH, YÊU CẦU\n1. Tôn vinh đội ngũ nhà giáo.\n"
                    "II. NỘI DUNG\n1. Thời gian: 7 giờ 30 - 10 giờ 30, ngày 20 tháng 11 năm 2026\n"
                    "2. Địa điểm: Hội trường nhà trường\n3. Chương trình buổi lễ:\n"
                    "- 7h30 - 8h00: Văn nghệ chào mừng.\n- 8h00 - 8h15: Chào cờ, tuyên bố lý do.\n"
                    "- 8h15 - 9h00: Diễn văn ôn lại truyền thống ngày 20/11.\n")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [
        (dt.date(2026, 11, 20), "7h30 - 8h00"), (dt.date(2026, 11, 20), "8h00 - 8h15"),
        (dt.date(2026, 11, 20), "8h15 - 9h00")]


def test_h8_hour_steps_under_a_day_heading_in_another_part():
    plan = _h8_plan("I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 14 giờ ngày 19/11/2026 (thứ Năm)\n"
                    "- Địa điểm: Nhà văn hóa xã\nII. CHƯƠNG TRÌNH BUỔI LỄ\n"
                    "+ 14h00: Đón tiếp đại biểu;\n+ 14h30: Khai mạc;\n+ 15h15: Bế mạc.\n")
    assert [t.deadline for t in plan.tasks] == [dt.date(2026, 11, 19)] * 3
    assert [t.timing_text for t in plan.tasks] == ["14h00", "14h30", "15h15"]


def test_h8_hour_steps_stay_undated_when_the_time_spans_days():
    plan = _h8_plan("I. NỘI DUNG\n1. Thời gian: Từ ngày 18/11/2026 đến ngày 20/11/2026\n"
                    "2. Chương trình:\n- 7h30: Khai mạc hội thi.\n- 9h00: Các đội thi tài.\n")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [(None, "7h30"), (None, "9h00")]


def test_h8_timed_bullets_under_a_plan_named_part():
    plan = _h8_plan("I. CĂN CỨ\n- Căn cứ Kế hoạch số 5/KH-UBND của UBND huyện.\n"
                    "II. KẾ HOẠCH TỔNG DUYỆT\n1) Địa điểm: Sân vận động huyện.\n"
                    "2) Thời gian: Ngày 18 tháng 11 năm 2026\n"
                    "- 18 giờ: Các khối đồng diễn có mặt tại vị trí tập kết.\n"
                    "- 19 giờ 30: Bắt đầu tổng duyệt chương trình.\n")
    assert [(t.deadline, t.timing_text) for t in plan.tasks] == [
        (dt.date(2026, 11, 18), "18 giờ"), (dt.date(2026, 11, 18), "19 giờ 30")]


def test_h8_timed_bullets_under_a_context_part_are_not_tasks():
    # hours under a part that is no programme (its purpose) are no steps
    plan = _h8_plan("I. MỤC ĐÍCH, YÊU CẦU\n- 7h30: học sinh có mặt đông đủ.\n- 8h00: ổn định nề nếp.\n"
                    "II. NỘI DUNG\n1. Tổ chức văn nghệ chào mừng.\n")
    assert [t.text for t in plan.tasks] == ["Tổ chức văn nghệ chào mừng."]


def test_h8_programme_without_an_outline_with_untimed_steps():
    plan = _h8_plan("Căn cứ kế hoạch năm học của nhà trường, nay xây dựng kế hoạch như sau:\n"
                    "1. Thời gian: Từ 7h00’ đến 9h00’ ngày 20/11/2026\n2. Địa điểm: Sân trường\n"
                    "3. Thành phần:\n- Toàn thể giáo viên\n- Đại diện cha mẹ học sinh\n"
                    "4. Chương trình buổi lễ:\n- Đón đại biểu, ổn định tổ chức\n"
                    "- Từ 7h15’ - 7h30’: Chào cờ, tuyên bố lý do\n- Ban giám hiệu đọc thư chúc mừng của Bộ trưởng\n"
                    "- Từ 7h45’ - 8h15’: Văn nghệ của học sinh\n")
    assert [(t.text, t.deadline, t.timing_text) for t in plan.tasks] == [
        ("Đón đại biểu, ổn định tổ chức", dt.date(2026, 11, 20), None),
        ("Chào cờ, tuyên bố lý do", dt.date(2026, 11, 20), "Từ 7h15’ - 7h30’"),
        ("Ban giám hiệu đọc thư chúc mừng của Bộ trưởng", dt.date(2026, 11, 20), None),
        ("Văn nghệ của học sinh", dt.date(2026, 11, 20), "Từ 7h45’ - 8h15’")]
    assert [t.lead_units for t in plan.tasks] == [[], [], ["Ban giám hiệu"], []]


@pytest.mark.parametrize("line,head", [
    ("- Từ 7h30’ - 7h40’: Chào cờ", "Từ 7h30’ - 7h40’"),
    ("14 giờ 00 - 14 giờ 30: Khai mạc", "14 giờ 00 - 14 giờ 30"),
    ("từ 8h đến 9h: Tham quan", "từ 8h đến 9h"),
    ("Từ ngày 15/3: Ra quân", None),
    ("Tổ chức hội nghị: 8h00", None),
])
def test_h8_clock_step_forms(line, head):
    from extractors.tasks import _period_of
    got = _period_of(line)
    assert (got[0] if got else None) == head


@pytest.mark.parametrize("sentence,units", [
    ("Ban giám hiệu đọc thư chúc mừng của Bộ Giáo dục và Đào tạo", ["Ban giám hiệu"]),
    ("Ban giám khảo công bố kết quả hội thi", ["Ban giám khảo"]),
    ("Ban tổ chức phát biểu khai mạc hội diễn", ["Ban tổ chức"]),
    ("Ban Chỉ đạo phát biểu chỉ đạo hội nghị", ["Ban Chỉ đạo"]),
    ("Chủ tịch UBND xã đánh trống khai hội", ["Chủ tịch UBND xã"]),
    ("Văn nghệ chào mừng", []),
])
def test_h8_ceremony_doer_leads(sentence, units):
    from extractors.units import leading_units
    assert leading_units(sentence) == units


@pytest.mark.parametrize("step,lead", [
    ("Chào cờ, phút mặc niệm (Ban Chỉ huy Quân sự phường thực hiện).", ["Ban Chỉ huy Quân sự phường"]),
    ("Hiệu trưởng đọc diễn văn khai giảng năm học mới.", ["Hiệu trưởng"]),
    ("Ban giám hiệu đọc thư chúc mừng của Chủ tịch nước.", ["Ban giám hiệu"]),
    ("Chủ tịch UBND xã phát biểu khai mạc.", ["Chủ tịch UBND xã"]),
    ("Đón tiếp đại biểu; văn nghệ chào mừng.", []),
    ("Phát biểu chỉ đạo của lãnh đạo huyện.", []),
])
def test_h8_programme_step_doers(step, lead):
    from extractors.tasks import step_units
    assert step_units(step)[0] == lead


# ---- h6 (v25): a programme step naming a person as its doer, in its closing bracket or its last clause:
# the post they act in leads (as an organization item's "Đ/c X – Chủ tịch UBND xã:" names the post); a name
# printed with no post names no unit ----
@pytest.mark.parametrize("step, lead", [
    ("Đón tiếp đại biểu (Đ/c Lê Văn Minh – Phó Chủ tịch UBND xã).", ["Phó Chủ tịch UBND xã"]),
    ("Diễn văn khai mạc; Đ/c Nguyễn Thị Lan - Chủ tịch UBND phường.", ["Chủ tịch UBND phường"]),
    ("Trồng cây lưu niệm (đồng chí Hoàng Văn Bảy, Bí thư Đoàn xã thực hiện)", ["Bí thư Đoàn xã"]),
    ("Báo cáo kết quả năm học (đ/c Phạm Văn Cường - Hiệu trưởng)", ["Hiệu trưởng"]),
    # a name with no post, or no person at all: no lead
    ("Đọc thư chúc mừng (Đ/c Chiến)", []),
    ("Văn nghệ chào mừng (khoảng 20 phút)", []),
    # the doer it opens with still wins
    ("Ban Chỉ huy Quân sự xã báo cáo công tác tuyển quân (Đ/c Hùng)", ["Ban Chỉ huy Quân sự xã"]),
])
def test_h6_step_doer_named_as_a_person(step, lead):
    from extractors.tasks import step_units
    assert step_units(step)[0] == lead


# ---- h6 (v25): field bullets a converter joined into one line ("- Chủ trì: A - Phối hợp: B - Thời gian: C",
# "+ Chủ trì: A + Thời gian: C"): each bullet mark before a label and its colon parts the fields; a dash inside
# a value ("Phòng Tài chính - Kế hoạch") parts nothing ----
@pytest.mark.parametrize("kind, value, expected", [
    ("lead", "Văn phòng HĐND và UBND huyện - Đơn vị phối hợp: Phòng Nội vụ - Thời gian hoàn thành: Quý II/2025",
     [("lead", "Văn phòng HĐND và UBND huyện"), ("support", "Phòng Nội vụ"), ("due", "Quý II/2025")]),
    ("lead", "Phòng Giáo dục và Đào tạo + Thời gian hoàn thành: tháng 9/2025",
     [("lead", "Phòng Giáo dục và Đào tạo"), ("due", "tháng 9/2025")]),
    ("lead", "Phòng Tài chính - Kế hoạch – Cơ quan phối hợp: Kho bạc Nhà nước huyện",
     [("lead", "Phòng Tài chính - Kế hoạch"), ("support", "Kho bạc Nhà nước huyện")]),
    # a dash with no label after it stays in the value
    ("lead", "Phòng Tài chính - Kế hoạch", [("lead", "Phòng Tài chính - Kế hoạch")]),
    ("support", "UBND các xã - thị trấn: theo chức năng", [("support", "UBND các xã - thị trấn: theo chức năng")]),
])
def test_h6_run_in_field_bullets_split(kind, value, expected):
    from extractors.tasks import split_field
    assert split_field(kind, value) == expected


@pytest.mark.parametrize("text, kept, lead, support", [
    ("Rà soát hộ nghèo - Cơ quan chủ trì: Phòng Lao động - Thương binh và Xã hội - Cơ quan phối hợp: UBND các xã",
     "Rà soát hộ nghèo", ["Phòng Lao động - Thương binh và Xã hội"], ["UBND các xã"]),
    ("Kiểm tra hồ sơ chuyên môn + Người phụ trách: Phó Hiệu trưởng + Thời gian: tháng 10/2024",
     "Kiểm tra hồ sơ chuyên môn", ["Phó Hiệu trưởng"], []),
    # a dash in the sentence before no label: the text is whole, no fields
    ("Tuyên truyền Luật Đất đai - văn bản hướng dẫn thi hành", "Tuyên truyền Luật Đất đai - văn bản hướng dẫn thi hành",
     [], []),
])
def test_h6_run_in_field_bullets_after_the_task(text, kept, lead, support):
    from extractors.tasks import trailing_fields
    rest, fields = trailing_fields(text)
    assert rest == kept
    assert (list(fields.lead or []), list(fields.support or [])) == (lead, support)


# h5d: a monthly plan's part for the coming month, its work as bullets ("II. KẾ HOẠCH CÔNG TÁC THÁNG
# 11/2025" / "- …"): each bullet is a task, due by the end of that month unless it names its own time.
def test_h5d_month_plan_bullets_take_the_parts_month():
    text = ("CHI ĐOÀN THÔN BẢN PHỐ\nSố: 07-KH/CĐ\nBản Phố, ngày 30 tháng 10 năm 2025\nKẾ HOẠCH\n"
            "Hoạt động của Chi đoàn tháng 11/2025\n"
            "I. ĐÁNH GIÁ CÔNG TÁC THÁNG 10/2025\n- Tổ chức sinh hoạt chi đoàn đúng định kỳ.\n"
            "- Tham gia giải bóng chuyền thanh niên của xã.\n"
            "II. KẾ HOẠCH CÔNG TÁC THÁNG 11/2025\n"
            "- Tuyên truyền Ngày Pháp luật Việt Nam trên nhóm Zalo của chi đoàn.\n"
            "- Tổ chức ngày thứ Bảy tình nguyện sửa đường vào khu sản xuất, ngày 15/11/2025.\n"
            "- Chuẩn bị báo cáo tổng kết công tác Đoàn năm 2025, hoàn thành trước ngày 05/12/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Ban Chấp hành Chi đoàn phân công đoàn viên thực hiện.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    got = [(t.text[:20], t.deadline) for t in plan.tasks]
    assert got == [("Tuyên truyền Ngày Ph", dt.date(2025, 11, 30)),
                   ("Tổ chức ngày thứ Bảy", dt.date(2025, 11, 15)),
                   ("Chuẩn bị báo cáo tổn", dt.date(2025, 12, 5))]


@pytest.mark.parametrize("title, month", [
    ("KẾ HOẠCH CÔNG TÁC THÁNG 4/2026", "THÁNG 4/2026"),
    ("Nhiệm vụ tháng 12 năm 2025:", "tháng 12 năm 2025"),
    ("Kế hoạch công tác tháng 3", None),        # no year: the month alone dates nothing here
    ("Tháng 3/2026 và tháng 4/2026", "tháng 4/2026"),
])
def test_h5d_part_month(title, month):
    from extractors.tasks import part_month
    assert part_month(title) == month


# h5d: a group's heading in capitals that a web page's list numbered as one of its items ("1. TRỌNG
# TÂM CÔNG TÁC" / "2. Tổ chức …" / "3. …") is no task; the items after it are.
def test_h5d_caps_group_heading_numbered_as_an_item_is_no_task():
    text = ("LIÊN ĐỘI TRƯỜNG TH PHÚ LƯƠNG\nKẾ HOẠCH\nCông tác Đội năm học 2025 - 2026\n"
            "I. MỤC ĐÍCH\n1. Giáo dục đội viên.\nII. NỘI DUNG KẾ HOẠCH\n"
            "1. TRỌNG TÂM CÔNG TÁC\n"
            "2. Tổ chức các hoạt động chào mừng ngày thành lập Đội 15/5.\n"
            "3. Duy trì phong trào “Kế hoạch nhỏ” trong các chi đội.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Tổng phụ trách Đội triển khai kế hoạch.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [t.label for t in plan.tasks] == ["2", "3"]


# h5d: "Số lượng" under a contest's part (how many each class sends) says who takes part: no task.
def test_h5d_head_count_item_is_no_task():
    text = ("LIÊN ĐỘI TRƯỜNG THCS HÒA BÌNH\nKẾ HOẠCH\nHội thi Rung chuông vàng năm 2026\n"
            "I. MỤC ĐÍCH\n1. Tạo sân chơi cho học sinh.\nII. NỘI DUNG KẾ HOẠCH\n"
            "1. Số lượng: Mỗi lớp cử 10 học sinh dự thi.\n"
            "2. Nội dung thi: Tìm hiểu về lịch sử Đội, các ngày lễ lớn trong năm.\n"
            "3. Chuẩn bị hệ thống âm thanh, bảng đáp án, quà tặng cho học sinh.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [t.label for t in plan.tasks] == ["2", "3"]


# m10: under NỘI DUNG, an item in capitals with nothing under it that opens on a verb is an activity of its
# own ("1. TỔ CHỨC LỄ RA QUÂN …"), and a count that is a target ("Số lượng, chất lượng đoàn viên … đạt 50 …")
# is a task; a head count of who takes part ("Số lượng: 30 học sinh") stays context
def test_m10_caps_activity_and_target_count_are_tasks():
    text = ("ĐOÀN XÃ TÂN LẬP\nSố: 15-KH/ĐTN\nTân Lập, ngày 28 tháng 9 năm 2025\nKẾ HOẠCH\n"
            "Tổ chức Tháng thanh niên năm 2026\n\nI. MỤC ĐÍCH\nPhát huy vai trò xung kích của đoàn viên.\n\n"
            "II. NỘI DUNG\n1. TỔ CHỨC LỄ RA QUÂN THÁNG THANH NIÊN\n"
            "2. Tổ chức ngày hội hiến máu tình nguyện trong tháng 3/2026.\n"
            "3. Số lượng, chất lượng đoàn viên mới kết nạp trong năm đạt 50 đoàn viên.\n"
            "4. Ra quân vệ sinh môi trường tại các thôn trong tháng 3/2026.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác chi đoàn triển khai thực hiện.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [t.label for t in plan.tasks] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("count", [
    "Số lượng: 30 học sinh.", "Số lượng đại biểu tham dự: 150 người.", "Số lượng vận động viên mỗi đơn vị: 10 người.",
])
def test_m10_head_count_stays_context(count):
    text = ("HỘI LIÊN HIỆP PHỤ NỮ XÃ VĨNH HÒA\nKẾ HOẠCH\nTổ chức Hội thi cắm hoa năm 2026\n"
            "I. MỤC ĐÍCH\n1. Tôn vinh phụ nữ.\nII. NỘI DUNG\n"
            f"1. {count}\n2. Chuẩn bị hoa, bình cắm và giải thưởng cho hội thi.\n"
            "3. Mời Ban Giám khảo chấm thi.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    assert [t.label for t in plan.tasks] == ["2", "3"]


# h3 (v26): a work calendar printed as text, day headings over leaders' timed engagements
def _calendar(body: str, head: str = "ỦY BAN NHÂN DÂN\nHUYỆN PHÙ CÁT\nLỊCH LÀM VIỆC\n"
              "Của Chủ tịch, các Phó Chủ tịch UBND huyện (từ ngày 10/3 đến ngày 14/3/2025)\n") -> list[tuple]:
    plan = extract_bytes((head + body).encode(), "lich.txt")
    return [(" ".join(t.text.split()[:3]), t.deadline, t.timing_text, t.lead_units) for t in plan.tasks]


@pytest.mark.parametrize("body, want", [
    # the leader, a colon, then engagements each opening on its hour or session
    ("THỨ HAI, NGÀY 10/3:\n- Chủ tịch: 7 giờ 30, chủ trì giao ban lãnh đạo UBND huyện, điểm tại phòng họp số 1. "
     "14 giờ, làm việc với Đảng ủy xã Cát Hanh về tiến độ xây dựng nông thôn mới.\n"
     "- PCT Kinh tế: Sáng làm việc tại cơ quan. 13 giờ 30, kiểm tra công trình kè sông La Tinh.\n",
     [("chủ trì giao", dt.date(2025, 3, 10), "7 giờ 30", ["Chủ tịch"]),
      ("làm việc với", dt.date(2025, 3, 10), "14 giờ", ["Chủ tịch"]),
      ("làm việc tại", dt.date(2025, 3, 10), "Sáng", ["PCT Kinh tế"]),
      ("kiểm tra công", dt.date(2025, 3, 10), "13 giờ 30", ["PCT Kinh tế"])]),
    # the hour first, the leaders named before the verb, a person by post only
    ("THỨ HAI (10/3/2025):\n- 7 giờ 30’ Chủ tịch, các Phó Chủ tịch làm việc tại cơ quan.\n"
     "Thứ Ba, ngày 11/3/2025\n- 8 giờ, Phó Chủ tịch Trần Văn Lộc dự hội nghị tập huấn chuyển đổi số tại tỉnh.\n"
     "- 15 giờ, Chủ tịch và Phó Chủ tịch Thường trực làm việc với Ban Quản lý dự án.\n"
     "* THỨ TƯ 12/3/2025 (nhằm 13/2 ÂL)\n- 07 giờ 00: Chủ tịch UBND tiếp công dân định kỳ tháng 3.\n",
     [("Chủ tịch, các", dt.date(2025, 3, 10), "7 giờ 30’", ["Chủ tịch", "Phó Chủ tịch"]),
      ("Phó Chủ tịch", dt.date(2025, 3, 11), "8 giờ", ["Phó Chủ tịch"]),
      ("Chủ tịch và", dt.date(2025, 3, 11), "15 giờ", ["Chủ tịch", "Phó Chủ tịch Thường trực"]),
      ("Chủ tịch UBND", dt.date(2025, 3, 12), "07 giờ 00", ["Chủ tịch UBND"])]),
])
def test_h3f_text_calendar_entries_are_dated_tasks(body, want):
    assert _calendar(body) == want


def test_h3f_calendar_page_without_a_header_and_without_a_year():
    # a page of the calendar alone: its entries are still its tasks; no year printed, no deadline
    body = ("Lịch làm việc thứ 4\nTHỨ TƯ, NGÀY 22/5:\n"
            "- Chủ tịch: 8 giờ, họp Ban Chỉ đạo phòng, chống thiên tai huyện.\n"
            "- Phó Chủ tịch Thường trực Lê Thị Hoa: 9 giờ 30’, tiếp đoàn công tác của Sở Y tế.\n")
    assert _calendar(body, head="") == [
        ("họp Ban Chỉ", None, "8 giờ", ["Chủ tịch"]),
        ("tiếp đoàn công", None, "9 giờ 30’", ["Phó Chủ tịch Thường trực"])]


def test_h3f_calendar_day_heading_joined_to_its_first_entry():
    # a line without a bullet under a day heading may come joined to it
    body = ("CHỦ NHẬT 16/3/2025 15 giờ 00: Chủ tịch UBND dự lễ ra quân Tháng Thanh niên tại xã Cát Trinh.\n"
            "THỨ HAI 17/3/2025\n- 7 giờ 30: Phó Chủ tịch HĐND, Phó Chủ tịch UBND dự họp Ban Thường vụ Huyện ủy.\n")
    assert _calendar(body) == [
        ("Chủ tịch UBND", dt.date(2025, 3, 16), "15 giờ 00", ["Chủ tịch UBND"]),
        ("Phó Chủ tịch", dt.date(2025, 3, 17), "7 giờ 30", ["Phó Chủ tịch HĐND", "Phó Chủ tịch UBND"])]


def test_h3f_day_names_in_a_plans_prose_are_no_calendar():
    # "thứ Hai" inside a sentence or an item is no day heading; one timed line is no calendar
    got = _timed("1. Tổ chức chào cờ vào sáng thứ Hai hằng tuần tại trụ sở xã.\n"
                 "2. Thứ Sáu, ngày 14/3/2025: 8 giờ, Công an xã ra quân tuyên truyền.\n")
    assert [g[0] for g in got] == ["Tổ chức chào", "Thứ Sáu, ngày"]


@pytest.mark.parametrize("step, deadline, timing", [
    ("- 15 giờ ngày 24/4/2025 (chiều thứ Năm): Lễ dâng hương tại Đài tưởng niệm liệt sĩ xã.",
     dt.date(2025, 4, 24), "15 giờ ngày 24/4/2025 (chiều thứ Năm)"),
    ("- 19 giờ 30 phút ngày 25/4/2025: Khai mạc chương trình văn nghệ chào mừng.",
     dt.date(2025, 4, 25), "19 giờ 30 phút ngày 25/4/2025"),
    ("- 8h00, ngày 26/4: Thi đấu bóng chuyền hơi nữ giữa các thôn.", dt.date(2025, 4, 26), "8h00, ngày 26/4"),
])
def test_h3f_programme_step_dated_by_its_own_day(step, deadline, timing):
    got = _timed("1. Chương trình các hoạt động:\n" + step + "\n"
                 "- 16 giờ ngày 27/4/2025: Bế mạc, trao giải các môn thi đấu.")
    assert got[0][1:3] == (deadline, timing) and got[1][1] == dt.date(2025, 4, 27)


def test_h3f_calendar_inside_a_plans_part_keeps_its_section_and_post():
    text = ("UBND TỈNH LAI CHÂU\nSỞ Y TẾ\nSố: 41/KH-SYT\nLai Châu, ngày 06 tháng 6 năm 2025\nKẾ HOẠCH\n"
            "Công tác tuần 24 (từ ngày 09/6 đến ngày 13/6/2025)\nI. NHIỆM VỤ TRỌNG TÂM\n"
            "1. Tổng hợp số liệu tiêm chủng mở rộng tháng 5/2025.\nII. LỊCH CÔNG TÁC\n"
            "Thứ Hai, ngày 09/6/2025:\n- Phó Giám đốc Sở Tòng Văn Khải: 8 giờ, kiểm tra Trung tâm Y tế huyện Tam Đường.\n"
            "- Giám đốc Sở: 14 giờ, họp Ban Chỉ đạo phòng, chống dịch bệnh tỉnh.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở theo dõi, đôn đốc.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    got = [(t.section_id, t.deadline, t.lead_units) for t in plan.tasks if t.timing_text and "giờ" in t.timing_text]
    assert got == [(2, dt.date(2025, 6, 9), ["Phó Giám đốc Sở"]), (2, dt.date(2025, 6, 9), ["Giám đốc Sở"])]


# m12: an item over a work calendar, with untimed duties under its days, stays a task beside the entries
@pytest.mark.parametrize("body, item, leads, deadline", [
    ("1. Ra quân dọn vệ sinh vào sáng Thứ Bảy hằng tuần, bắt đầu từ Thứ Bảy ngày 22/3/2025.\n"
     "- Thứ Hai, ngày 24/3/2025: 8 giờ 00, Ban Chỉ đạo xã họp triển khai kế hoạch tại hội trường UBND xã.\n"
     "+ Các thôn tổ chức họp dân, phổ biến kế hoạch, hoàn thành trước ngày 28/3/2025.\n"
     "+ Đoàn Thanh niên xã ra quân thu gom rác thải tại các tuyến đường.\n"
     "- Thứ Sáu, ngày 28/3/2025: 14 giờ 00, kiểm tra kết quả tại các thôn.\n"
     "+ Hội Phụ nữ xã vận động hội viên phân loại rác tại nguồn.\n"
     "+ Công chức Địa chính - Xây dựng kiểm tra việc đổ rác thải.\n",
     "1", ["Các thôn", "Đoàn Thanh niên xã", "Hội Phụ nữ xã", "Công chức Địa chính - Xây dựng"], dt.date(2025, 3, 28)),
    ("2. Tổ chức đợt cao điểm tiêm vắc xin phòng bệnh dại cho chó, mèo trên địa bàn phường.\n"
     "- Thứ Ba, ngày 15/4/2025: 7 giờ 30, Ban Chỉ đạo phường họp triển khai tại trụ sở.\n"
     "+ Các tổ dân phố lập danh sách hộ nuôi chó, mèo, hoàn thành trước ngày 18/4/2025.\n"
     "- Thứ Bảy, ngày 19/4/2025: 7 giờ 00, tiêm vắc xin tại các điểm tiêm.\n"
     "+ Trạm Y tế phường bố trí cán bộ hỗ trợ tại các điểm tiêm.\n",
     "2", ["Các tổ dân phố", "Trạm Y tế phường"], dt.date(2025, 4, 18)),
    ("3. Chuẩn bị Hội khỏe Phù Đổng cấp huyện năm 2025.\n"
     "* Thứ Năm, ngày 08/5/2025: 14 giờ, Phòng Giáo dục và Đào tạo họp các trường.\n"
     "+ Trung tâm Văn hóa - Thể thao huyện chuẩn bị sân thi đấu trước ngày 12/5/2025.\n"
     "* Thứ Hai, ngày 12/5/2025: 7 giờ, khai mạc Hội khỏe tại sân vận động huyện.\n",
     "3", ["Trung tâm Văn hóa - Thể thao huyện"], dt.date(2025, 5, 12)),
])
def test_m12_item_over_a_calendar_keeps_its_untimed_duties(body, item, leads, deadline):
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 31/KH-UBND\nTân Hòa, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Triển khai công tác năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức người dân.\nII. NỘI DUNG\n"
            + body + "III. TỔ CHỨC THỰC HIỆN\n1. Công an xã đảm bảo an ninh trật tự.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    got = [t for t in plan.tasks if t.label == item]
    assert len(got) == 1 and got[0].lead_units == leads and got[0].deadline == deadline
    # the timed entries are tasks too, dated by their day
    assert sum(1 for t in plan.tasks if t.timing_text and "giờ" in t.timing_text) == 2


# ---- m13 (rv3 #4): a work calendar's entry keeps the fields set under it with a bullet ("+ Thành phần: …",
# "+ Địa điểm: …"): no task of their own
@pytest.mark.parametrize("org, fields", [
    ("UBND TỈNH LAI CHÂU\nSỞ Y TẾ\nSố: 41/KH-SYT\nLai Châu, ngày 06 tháng 6 năm 2025",
     ("+ Thành phần: Phòng Nghiệp vụ Y, Văn phòng Sở.", "+ Địa điểm: Hội trường UBND tỉnh.")),
    ("UBND HUYỆN CAM LÂM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/KH-PGDĐT\nCam Lâm, ngày 06 tháng 6 năm 2025",
     ("+ Thành phần: Tổ chuyên môn, Văn phòng Phòng.", "+ Địa điểm: Phòng họp số 2.")),
    ("ỦY BAN NHÂN DÂN\nXÃ ĐẠI LỘC\nSố: 105/KH-UBND\nĐại Lộc, ngày 06 tháng 6 năm 2025",
     ("• Chủ trì: Chủ tịch UBND xã.", "• Địa điểm: Nhà văn hóa thôn Tân Hòa.")),
])
def test_m13_calendar_entry_keeps_its_bulleted_fields(org, fields):
    text = (f"{org}\nKẾ HOẠCH\nCông tác tuần 24 (từ ngày 09/6 đến ngày 13/6/2025)\nI. NHIỆM VỤ TRỌNG TÂM\n"
            "1. Tổng hợp số liệu tiêm chủng mở rộng tháng 5/2025.\nII. LỊCH CÔNG TÁC\n"
            "Thứ Hai, ngày 09/6/2025:\n- 8 giờ: Phó Giám đốc Sở kiểm tra Trung tâm Y tế huyện Tam Đường;\n"
            f"{fields[0]}\n- 14 giờ: Giám đốc Sở họp Ban Chỉ đạo phòng, chống dịch bệnh tỉnh.\n{fields[1]}\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở theo dõi, đôn đốc.\n")
    plan = extract_bytes(text.encode(), "plan.txt")
    timed = [(t.text, t.timing_text, t.deadline) for t in plan.tasks if t.timing_text]
    assert timed == [("Phó Giám đốc Sở kiểm tra Trung tâm Y tế huyện Tam Đường", "8 giờ", dt.date(2025, 6, 9)),
                     ("Giám đốc Sở họp Ban Chỉ đạo phòng, chống dịch bệnh tỉnh.", "14 giờ", dt.date(2025, 6, 9))]


# ---- h5v27: a calendar whose entries print no hour (a table's day and work columns read as text) ----
def _h5v27_calendar(text: str) -> list[tuple]:
    plan = extract_bytes(text.encode(), "lich.txt")
    return [(t.text[:13], t.deadline, t.timing_text, t.lead_units) for t in plan.tasks]


@pytest.mark.parametrize("text, want", [
    ("Lịch công tác tuần 12 của Thường trực HĐND tỉnh (từ ngày 17/3 đến ngày 21/3/2025)\n\nNgày\n\nNội dung\n\n"
     "Thứ hai\n\n17/3\n\n+ Thường trực HĐND tỉnh dự họp Ban Thường vụ Tỉnh ủy (sáng).\n"
     "+ Ban Văn hóa - Xã hội giám sát công tác y tế học đường tại huyện Mường Tè (chiều; dự: đ/c Hà).\n\n"
     "Thứ ba\n\n18/3\n\nBan Dân tộc khảo sát việc thực hiện chính sách đối với người có uy tín (ngày).\n",
     [("Thường trực H", dt.date(2025, 3, 17), "sáng", ["Thường trực HĐND tỉnh"]),
      ("Ban Văn hóa -", dt.date(2025, 3, 17), "chiều", ["Ban Văn hóa - Xã hội"]),
      ("Ban Dân tộc k", dt.date(2025, 3, 18), "ngày", ["Ban Dân tộc"])]),
    ("LỊCH LÀM VIỆC\nTuần 40 của Thường trực HĐND huyện (từ ngày 29/9 đến ngày 03/10/2025)\n"
     "Thứ Hai 29/9\n- Ban Pháp chế thẩm tra báo cáo công tác thi hành án dân sự (sáng).\n"
     "Thứ Tư 01/10\n- Thường trực HĐND huyện tiếp xúc cử tri tại xã Nậm Xé (cả ngày).\n"
     "- Ủy quyền đồng chí Giàng Seo Chứ, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Kinh tế - Xã hội "
     "HĐND huyện dự lễ khánh thành cầu Bản Mạ (chiều).\n",
     [("Ban Pháp chế ", dt.date(2025, 9, 29), "sáng", ["Ban Pháp chế"]),
      ("Thường trực H", dt.date(2025, 10, 1), "cả ngày", ["Thường trực HĐND huyện"]),
      ("Ủy quyền đồng", dt.date(2025, 10, 1), "chiều", ["Trưởng Ban Kinh tế - Xã hội HĐND huyện"])]),
])
def test_h5v27_untimed_calendar_entries(text, want):
    assert _h5v27_calendar(text) == want


def test_h5v27_one_day_or_no_sessions_is_no_untimed_calendar():
    # one day heading, or lines under days that never close on their session, are no calendar
    one_day = ("Thứ Sáu 14/3/2025\n- Ban Chỉ đạo xã kiểm tra vệ sinh môi trường (sáng).\n"
               "- Hội Nông dân xã ra quân dọn kênh mương (chiều).\n")
    no_sessions = ("Thứ Hai 10/3/2025\nTuyên truyền trên loa truyền thanh của xã về phòng cháy.\n"
                   "Thứ Ba 11/3/2025\nKiểm tra các hộ kinh doanh xăng dầu trên địa bàn xã.\n")
    assert _h5v27_calendar(one_day) == [] and _h5v27_calendar(no_sessions) == []


@pytest.mark.parametrize("text, post", [
    ("Ủy quyền đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy dự lễ ra quân",
     ["Trưởng Ban Dân vận Huyện ủy"]),
    ("Uỷ quyền cho ông Nguyễn Đình Khoa, Chánh Văn phòng UBND huyện tham dự hội nghị trực tuyến",
     ["Chánh Văn phòng UBND huyện"]),
    ("Ủy quyền đồng chí Phan Văn Tú, Phó Chủ tịch UBND xã kiêm Trưởng Công an xã đi kiểm tra các chốt",
     ["Phó Chủ tịch UBND xã"]),
    # (no delegate named, or no engagement: no post)
    ("Ủy quyền Phòng Nội vụ dự họp", []),
    ("Ủy quyền đồng chí Trần Văn Hải, Phó Chủ tịch UBND huyện", []),
])
def test_h5v27_delegated_engagement_led_by_the_delegates_post(text, post):
    from extractors.tasks import _delegate_post
    assert _delegate_post(text) == post


# ---- h5v27: a short plan with no outline of parts: its numbered work line heads the bullets that are its
# tasks; a bullet's own number is its label; a yearless month before the plan's issue is the next year's ----
@pytest.mark.parametrize("text, want", [
    ("LIÊN ĐỘI TRƯỜNG TH XUÂN LỘC\nKẾ HOẠCH HOẠT ĐỘNG THÁNG 3/2025\nXuân Lộc, ngày 01 tháng 3 năm 2025\n"
     "1.Chủ điểm: Tiến bước lên Đoàn\n2.Nội dung hoạt động:\n- Nộp bài dự thi về Hội đồng Đội trước ngày 20/3.\n"
     "- Phát động phong trào kế hoạch nhỏ.\n- Thi vẽ tranh về Đoàn Thanh niên.\n"
     "DUYỆT CỦA HIỆU TRƯỞNG TỔNG PHỤ TRÁCH ĐỘI\n",
     [("", "Nộp bài dự thi về Hội đồng Đội trước ngày 20/3.", dt.date(2025, 3, 20)),
      ("", "Phát động phong trào kế hoạch nhỏ.", None), ("", "Thi vẽ tranh về Đoàn Thanh niên.", None)]),
    ("CHI ĐOÀN THÔN BẢN LẦU\nKẾ HOẠCH CÔNG TÁC THÁNG 11\nBản Lầu, ngày 05 tháng 11 năm 2024\n"
     "a) Nhiệm vụ trọng tâm:\n- 1. Ra quân dọn vệ sinh đường làng.\n- 2. Vận động đoàn viên đóng đoàn phí.\n"
     "- 3. Chuẩn bị Đại hội Chi đoàn trong tháng 01/2025.\nb) Giải pháp: Phân công đoàn viên phụ trách từng xóm.\n",
     [("1", "Ra quân dọn vệ sinh đường làng.", None), ("2", "Vận động đoàn viên đóng đoàn phí.", None),
      ("3", "Chuẩn bị Đại hội Chi đoàn trong tháng 01/2025.", dt.date(2025, 1, 31))]),
    ("TRƯỜNG THCS TÂN AN\nKẾ HOẠCH THÁNG 12 NĂM 2023\nTân An, ngày 02 tháng 12 năm 2023\n"
     "1. Các hoạt động:\n- Thi học kỳ I theo lịch của Phòng Giáo dục.\n"
     "- Sơ kết học kỳ I trong tháng 01 và tháng 02.\nHIỆU TRƯỞNG\n",
     [("", "Thi học kỳ I theo lịch của Phòng Giáo dục.", None),
      ("", "Sơ kết học kỳ I trong tháng 01 và tháng 02.", dt.date(2024, 2, 29))]),
])
def test_h5v27_unoutlined_plans_work_bullets(text, want):
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [(t.label, t.text, t.deadline) for t in plan.tasks] == want


def test_h5v27_no_work_line_or_an_outline_keeps_its_reading():
    # a numbered line that names no work heads no tasks; under a real outline the parts decide
    no_work = ("TRƯỜNG TH AN PHÚ\nKẾ HOẠCH THÁNG 4 NĂM 2025\nAn Phú, ngày 01 tháng 4 năm 2025\n"
               "1. Tư tưởng: Chào mừng 30/4.\n- Giáo dục truyền thống cho học sinh.\n- Treo cờ Tổ quốc.\n")
    assert extract_bytes(no_work.encode(), "kh.txt").tasks == []
    outlined = ("UBND XÃ AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 01 tháng 4 năm 2025\nKẾ HOẠCH\nRa quân vệ sinh môi trường\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao ý thức người dân.\nII. NỘI DUNG\n1. Nội dung hoạt động:\n"
                "- Dọn vệ sinh các tuyến đường.\n- Khơi thông cống rãnh.\nIII. TỔ CHỨC THỰC HIỆN\n1. Các thôn thực hiện.\n")
    got = [(t.label, t.text) for t in extract_bytes(outlined.encode(), "kh.txt").tasks]
    assert got == [("1", "Nội dung hoạt động: Dọn vệ sinh các tuyến đường. Khơi thông cống rãnh.")]


@pytest.mark.parametrize("text, want", [
    ("1. Chào cờ đầu tuần", ("1", "Chào cờ đầu tuần")),
    ("12. Tổng kết phong trào", ("12", "Tổng kết phong trào")),
    ("20 hộ gia đình được hỗ trợ", ("", "20 hộ gia đình được hỗ trợ")),
    ("2. tổ chức lại", ("", "2. tổ chức lại")),
    ("3.5 ha lúa bị ngập", ("", "3.5 ha lúa bị ngập")),
])
def test_h5v27_numbered_bullet_label(text, want):
    from extractors.tasks import numbered_bullet
    assert numbered_bullet(text) == want


# ---- m14: a yearless day earlier in the issue's own month stays in its year; a work line keeps its own letters
_M14_LIEN_DOI = Path(__file__).resolve().parents[1] / "data/raw/dien-bien-muong-cha-th-sa-tong-lien-doi-thang-12-2024.txt"


def _m14_lien_doi(date_line: str, item4: str, heading: str | None = None) -> str:
    text = _M14_LIEN_DOI.read_text(encoding="utf-8").replace("ngày 02 tháng 12 năm 2024", date_line).replace(
        '- 4. Thi kể chuyện "Chú bộ đội trong mắt em" cấp Liên đội.', item4)
    return text.replace("2.Nội dung hoạt động:", heading) if heading else text


def test_m14_deadline_earlier_in_the_issue_month_keeps_its_year():
    text = _m14_lien_doi("ngày 10 tháng 12 năm 2024",
                         '- 4. Thi kể chuyện "Chú bộ đội trong mắt em" cấp Liên đội, hoàn thành trước ngày 05/12.')
    plan = extract_bytes(text.encode(), "lien-doi-t12.txt")
    dates = {t.label: t.deadline for t in plan.tasks}
    assert dates["4"] == dt.date(2024, 12, 5) and dates["5"] == dt.date(2025, 2, 28)


@pytest.mark.parametrize("text, want", [
    ("LIÊN ĐỘI TRƯỜNG THCS TÂN HỘI\nKẾ HOẠCH HOẠT ĐỘNG THÁNG 3/2025\nTân Hội, ngày 15 tháng 3 năm 2025\n"
     "1.Chủ điểm: Tiến bước lên Đoàn\n2.Nội dung hoạt động:\n- Nộp danh sách đội viên ưu tú trước ngày 08/3.\n"
     "- Chuẩn bị Hội trại Tiến bước lên Đoàn trong tháng 02.\nDUYỆT CỦA HIỆU TRƯỞNG TỔNG PHỤ TRÁCH ĐỘI\n",
     [dt.date(2025, 3, 8), dt.date(2026, 2, 28)]),
    ("CHI ĐOÀN THÔN ĐẠI ĐỒNG\nKẾ HOẠCH CÔNG TÁC THÁNG 10\nĐại Đồng, ngày 20 tháng 10 năm 2023\n"
     "a) Nhiệm vụ trọng tâm:\n- Hoàn thành bình xét đoàn viên xuất sắc trước ngày 12/10.\n"
     "- Tổng kết công tác Chi đoàn trước ngày 15/12.\nBÍ THƯ CHI ĐOÀN\n",
     [dt.date(2023, 10, 12), dt.date(2023, 12, 15)]),
])
def test_m14_deadline_in_the_issue_month_varied(text, want):
    plan = extract_bytes(text.encode(), "thang.txt")
    assert [t.deadline for t in plan.tasks] == want


@pytest.mark.parametrize("heading, title", [
    ("2. các hoạt động trọng tâm:", "các hoạt động trọng tâm"),
    ("b) công việc cụ thể:", "công việc cụ thể"),
    ("1) công việc trọng tâm tháng 12:", "công việc trọng tâm tháng 12"),
    ("3 .  Các hoạt động chính", "Các hoạt động chính"),
])
def test_m14_work_line_keeps_its_own_leading_letters(heading, title):
    from extractors.tasks import unoutlined_work_parts
    from pipeline.normalize import normalize_text
    text = _M14_LIEN_DOI.read_text(encoding="utf-8").replace("2.Nội dung hoạt động:", heading)
    assert [n.title for n in unoutlined_work_parts(normalize_text(text, "txt"), set())] == [title]


# ---- h6 (v28): a programme whose parts print their times; duty-then-doer items and bullets
_H6_PROGRAMME = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LƯƠNG\nSố: 31/CTr-UBND\nPhú Lương, ngày 15 tháng 4 năm 2024\nCHƯƠNG TRÌNH\n"
                 "Lễ khai mạc Đại hội Thể dục thể thao xã Phú Lương năm 2024\n"
                 "Lễ khai mạc được tổ chức vào lúc 7 giờ 00, ngày 28 tháng 4 năm 2024 tại Sân vận động xã.\n"
                 "Chương trình như sau:\n"
                 "I. Diễu hành (6 giờ 30 đến 7 giờ 00)\n"
                 "II. Lễ khai mạc (7 giờ 00 đến 8 giờ 00)\n1. Chào cờ.\n2. Chủ tịch UBND xã phát biểu khai mạc.\n"
                 "III. Thi đấu bóng chuyền (8h00)\n")


def test_h6v28_timed_parts_are_steps():
    plan = extract_bytes(_H6_PROGRAMME.encode(), "ctr.txt")
    got = [(t.label, t.text, t.timing_text, t.deadline, t.lead_units) for t in plan.tasks]
    assert got == [
        ("I", "Diễu hành", "6 giờ 30 đến 7 giờ 00", dt.date(2024, 4, 28), []),
        ("1", "Chào cờ", "7 giờ 00 đến 8 giờ 00", dt.date(2024, 4, 28), []),
        ("2", "Chủ tịch UBND xã phát biểu khai mạc", "7 giờ 00 đến 8 giờ 00", dt.date(2024, 4, 28), ["Chủ tịch UBND xã"]),
        ("III", "Thi đấu bóng chuyền", "8h00", dt.date(2024, 4, 28), []),
    ]


@pytest.mark.parametrize("title, want", [
    ("Rước đuốc và diễu hành (17 giờ 30 phút đến 18 giờ 30 phút)", ("Rước đuốc và diễu hành", "17 giờ 30 phút đến 18 giờ 30 phút")),
    ("Khai mạc (8h00 ngày 2/9)", ("Khai mạc", "8h00 ngày 2/9")),
    ("Kết thúc chương trình (21 giờ)", ("Kết thúc chương trình", "21 giờ")),
    ("Tổng kết năm học (Ban giám hiệu)", None),
    ("Mục đích, yêu cầu", None),
])
def test_h6v28_part_time(title, want):
    from extractors.tasks import part_time
    assert part_time(title) == want


def test_h6v28_plan_outline_is_no_programme():
    # a plan's purpose part beside timed parts: its own outline, not a programme's
    text = _H6_PROGRAMME.replace("I. Diễu hành", "I. MỤC ĐÍCH, YÊU CẦU\nTổ chức an toàn.\nIV. Diễu hành")
    plan = extract_bytes(text.encode(), "ctr.txt")
    assert not any(t.text == "Chào cờ" and t.timing_text for t in plan.tasks)


@pytest.mark.parametrize("item, lead, support", [
    ("1. Trang trí khánh tiết, sân khấu (Đoàn Thanh niên xã, Văn phòng HĐND và UBND xã).",
     ["Đoàn Thanh niên xã", "Văn phòng HĐND và UBND xã"], []),
    ("1. Chuẩn bị âm thanh, ánh sáng: Trung tâm Văn hóa - Thể thao huyện.", ["Trung tâm Văn hóa - Thể thao huyện"], []),
    ("1. Vận động các hộ dân treo cờ Tổ quốc – Giao: Trưởng các thôn, phối hợp: Ban Công tác Mặt trận các thôn.",
     ["Trưởng các thôn"], ["Ban Công tác Mặt trận các thôn"]),
])
def test_h6v28_item_names_its_doer_after_its_duty(item, lead, support):
    text = ("UBND XÃ TÂN LẬP\nSố: 12/KH-UBND\nTân Lập, ngày 10 tháng 8 năm 2024\nKẾ HOẠCH\nTổ chức Quốc khánh năm 2024\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Trang trọng, tiết kiệm.\nII. NỘI DUNG\n{item}\n2. Tổ chức các hoạt động văn nghệ.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert (plan.tasks[0].lead_units, plan.tasks[0].support_units) == (lead, support)


def test_h6v28_assignment_bullets_name_doers_after_duties():
    text = ("LIÊN ĐỘI TRƯỜNG TH HÒA BÌNH\nSố: 04/KH-LĐ\nHòa Bình, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nĐại hội Cháu ngoan Bác Hồ\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Trang trọng.\nII. TỔ CHỨC THỰC HIỆN\n1. Công tác chuẩn bị\n"
            "- Chương trình Đại hội: BCH Liên đội + Tổng phụ trách Đội lên kịch bản, tập luyện.\n"
            "- Quà cho đại biểu: Công đoàn trường.\n- Khăn quàng cho đại biểu: Liên đội trưởng.\n"
            "2. Giáo viên chủ nhiệm: Chọn đội viên dự Đại hội.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [a.units for a in plan.assignments] == [
        ["BCH Liên đội", "Tổng phụ trách Đội", "Công đoàn trường", "Liên đội trưởng"], ["Giáo viên chủ nhiệm"]]


@pytest.mark.parametrize("bullets, lead", [
    ("- TPT Đội: Tham mưu lập kế hoạch, phát động dưới cờ, tổng hợp điểm.\n- Giáo viên chủ nhiệm: Nhắc nhở học sinh tham gia.",
     ["TPT Đội", "Giáo viên chủ nhiệm"]),
    ("- Công an xã: Rà soát các điểm nguy hiểm.\n- Khăn quàng cho đại biểu: BCH Liên đội.", ["Công an xã", "BCH Liên đội"]),
    ("- UBND các xã: 50 bản tin.\n- Đài Truyền thanh huyện: 20 chuyên mục.", []),   # counts, not duties
])
def test_h6v28_bullets_headed_by_their_doer(bullets, lead):
    text = ("UBND HUYỆN KỲ SƠN\nSố: 40/KH-UBND\nKỳ Sơn, ngày 04 tháng 9 năm 2024\nKẾ HOẠCH\nTuyên truyền năm 2024\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Kịp thời.\nII. NỘI DUNG\n1. Tổ chức tuyên truyền:\n{bullets}\n2. Tổng kết.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert plan.tasks[0].lead_units == lead


@pytest.mark.parametrize("first, second, hours", [
    ("- 7-9h: Các đại biểu dâng hương tại Đài tưởng niệm.", "- 9-11h: Họp trù bị.", ["7-9h", "9-11h"]),
    ("14-15h30: Giao lưu với các điển hình tiên tiến.", "15h30-17h: Tham quan triển lãm.", ["14-15h30", "15h30-17h"]),
    ("- 8 – 10 giờ: Thảo luận tại tổ.", "- 10 – 11 giờ: Báo cáo tổng hợp ý kiến.", ["8 – 10 giờ", "10 – 11 giờ"]),
])
def test_h6v28_hour_range_with_its_unit_at_the_end(first, second, hours):
    text = ("CHƯƠNG TRÌNH\nHội nghị điển hình tiên tiến năm 2024\nHội nghị diễn ra trong 1 ngày, cụ thể:\n"
            f"Buổi sáng:\n{first}\n{second}\n")
    plan = extract_bytes(text.encode(), "ctr.txt")
    assert [t.timing_text for t in plan.tasks] == hours


# ---- m15 (rv5 #2): a December plan whose title prints no year dates the days it prints without one before
# its issue month in the next year (dates.PlanTime.ahead); its own month's days keep the year of issue
def test_m15_untitled_year_december_plan_dates_days_ahead():
    import datetime as dt
    tasks, assignments = _across_year_end("Phát triển kinh tế - xã hội", "27 tháng 12 năm 2024", _WEEK_ROWS, _WEEK_ORG)
    assert tasks == [dt.date(2024, 12, 31), dt.date(2025, 1, 3), dt.date(2025, 1, 5)]
    assert assignments == [dt.date(2025, 1, 4)]


# ---- review of h6 (v28), rv h1 (v29): a cited plan's date is no day of the programme's event
_RV_H1_PROGRAMME = ("ỦY BAN NHÂN DÂN\nPHƯỜNG NAM SƠN\nSố: 27/CTr-UBND\nNam Sơn, ngày 22 tháng 8 năm 2025\nCHƯƠNG TRÌNH\n"
                    "Lễ mít tinh kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh\n"
                    "Thực hiện Kế hoạch số 61/KH-UBND ngày 04/8/2025 của UBND thành phố về tổ chức các hoạt động {held}, "
                    "UBND phường xây dựng chương trình như sau:\n"
                    "I. Đón tiếp đại biểu (6 giờ 30 đến 7 giờ 00)\n"
                    "II. Lễ mít tinh (7 giờ 00 đến 8 giờ 30)\n1. Chào cờ.\n2. Đọc diễn văn kỷ niệm.\n"
                    "III. Chương trình nghệ thuật (8 giờ 30)\n")


@pytest.mark.parametrize("held, day", [
    ("vào dịp Quốc khánh", None),                                   # the only day printed is the cited plan's
    ("vào sáng ngày 30/8/2025", dt.date(2025, 8, 30)),             # the day the words that hold it print
])
def test_rv_h1v29_cited_plan_date_no_event_day(held, day):
    plan = extract_bytes(_RV_H1_PROGRAMME.format(held=held).encode(), "ctr.txt")
    assert [t.text for t in plan.tasks] == ["Đón tiếp đại biểu", "Chào cờ", "Đọc diễn văn kỷ niệm", "Chương trình nghệ thuật"]
    assert {t.deadline for t in plan.tasks} == {day}


@pytest.mark.parametrize("bullets", [
    # each place, then where in it the work is held: venues, no doers
    "- Xã Phú Thịnh: Nhà văn hóa thôn 2, Nhà văn hóa thôn 6.\n- Xã Tân Hương: Trạm Y tế xã.",
    "- Phường Bắc Sơn: Nhà văn hóa tổ dân phố 5.\n- Phường Nam Sơn: Trụ sở Ban Điều hành khu phố 1.",
    # a unit, then the hall it hosts the work in
    "- Trường Tiểu học Lý Tự Trọng: Hội trường nhà trường, sáng ngày 20/4.\n"
    "- Bệnh viện Đa khoa huyện: Tại phòng họp khoa Khám bệnh.",
])
def test_rv_h1v29_bullets_naming_venues_no_doers(bullets):
    text = ("UBND HUYỆN ĐẠI TỪ\nSố: 52/KH-UBND\nĐại Từ, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nTập huấn sơ cấp cứu năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Thiết thực.\nII. NỘI DUNG\n1. Tổ chức các lớp tập huấn tại các điểm:\n{bullets}\n"
            "2. Tổng kết, đánh giá.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert plan.tasks[0].lead_units == []


def test_rv_h1v29_item_closing_on_its_venue():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\nSố: 71/KH-UBND\nTân An, ngày 03 tháng 7 năm 2025\nKẾ HOẠCH\n"
            "Tháng hành động phòng, chống ma túy năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. NỘI DUNG\n"
            "1. Tổ chức Lễ mít tinh hưởng ứng Ngày Quốc tế phòng, chống ma túy (Nhà văn hóa khu phố 4).\n"
            "2. Treo băng rôn tuyên truyền (Đoàn Thanh niên phường).\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [t.lead_units for t in plan.tasks] == [[], ["Đoàn Thanh niên phường"]]


# ---- v29 h5: a numbered heading that names only a month ("1. Tháng 9/2025") dates the items under it,
# as an unnumbered month heading dates its bullets; an item's own timing wins over it
@pytest.mark.parametrize("issuer, body, want", [
    ("TRƯỜNG MẦM NON HOA SEN\nSố: 18/KH-MNHS\nCẩm Phả, ngày 30 tháng 8 năm 2025",
     "1. Tháng 9/2025\na) Tổ chức ngày hội đến trường của bé.\nb) Cân đo, khám sức khỏe cho trẻ lần 1.\n"
     "2. Tháng 10/2025\na) Hội thi bé khỏe, bé ngoan; hoàn thành trước ngày 25/10/2025.\n",
     [("2025-09-30", "Tháng 9/2025"), ("2025-09-30", "Tháng 9/2025"), ("2025-10-25", "hoàn thành trước ngày 25/10/2025")]),
    ("HỘI NÔNG DÂN XÃ TÂN HƯNG\nSố: 07/KH-HND\nTân Hưng, ngày 02 tháng 1 năm 2026",
     "1. Tháng 3 năm 2026\n1.1. Ra quân làm đường giao thông nông thôn ở ấp 2.\n1.2. Tập huấn kỹ thuật trồng lúa.\n"
     "2. Tháng 11 và tháng 12/2026\n2.1. Tổng kết công tác Hội năm 2026.\n",
     [("2026-03-31", "Tháng 3 năm 2026"), ("2026-03-31", "Tháng 3 năm 2026"), ("2026-12-31", "Tháng 11 và tháng 12/2026")]),
])
def test_v29h5_a_numbered_month_heading_dates_its_items(issuer, body, want):
    text = (f"{issuer}\nKẾ HOẠCH\nHoạt động năm 2025 - 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Thiết thực, hiệu quả.\n"
            f"II. NỘI DUNG\n{body}")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [(str(t.deadline), t.timing_text) for t in plan.tasks] == want


def test_v29h5_a_heading_that_says_more_than_its_month_dates_nothing():
    text = ("UBND XÃ PHÚ LỘC\nSố: 30/KH-UBND\nPhú Lộc, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTháng hành động vì an toàn thực phẩm\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Thiết thực.\nII. NỘI DUNG\n1. Tháng hành động vì an toàn thực phẩm\n"
            "a) Tuyên truyền trên loa truyền thanh xã.\nb) Kiểm tra các bếp ăn tập thể.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert [t.deadline for t in plan.tasks] == [None, None]


# ---- v29 h5: the doer's label after the duty ("; Người thực hiện: …") gives its value as a unit cell does,
# in lower case too
@pytest.mark.parametrize("item, lead", [
    ("2. Họp cha mẹ học sinh đầu năm; Người thực hiện: giáo viên chủ nhiệm.", ["giáo viên chủ nhiệm"]),
    ("2. Tập huấn sử dụng phần mềm quản lý; Bộ phận thực hiện: tổ văn phòng, tổ chuyên môn.",
     ["tổ văn phòng", "tổ chuyên môn"]),
    ("2. Vệ sinh nhà văn hóa ấp; Phụ trách: chi hội phụ nữ ấp 3.", ["chi hội phụ nữ ấp 3"]),
])
def test_v29h5_labelled_doer_in_lower_case(item, lead):
    text = ("TRƯỜNG TIỂU HỌC AN PHÚ\nSố: 09/KH-THAP\nAn Phú, ngày 04 tháng 9 năm 2025\nKẾ HOẠCH\nNăm học 2025 - 2026\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Thiết thực.\nII. NỘI DUNG\n1. Khai giảng năm học mới.\n{item}\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    assert plan.tasks[1].lead_units == lead


# ---- v29 h2: a short plan's bullet whose lunar day its issue has passed is read in the next lunar calendar (Rằm tháng
# Giêng 2025 is 12/02/2025, 2026's is 03/03/2026), not moved a solar year on
@pytest.mark.parametrize("text, want", [
    ("TRƯỜNG TIỂU HỌC HÒA PHÚ\nKẾ HOẠCH THÁNG 12 NĂM 2024\nHòa Phú, ngày 02 tháng 12 năm 2024\n1. Các hoạt động:\n"
     "- Kiểm tra cuối học kỳ I theo lịch chung.\n- Tổ chức Hội xuân cho học sinh vào Rằm tháng Giêng.\nHIỆU TRƯỞNG\n",
     dt.date(2025, 2, 12)),
    ("CHI ĐOÀN THÔN PHÚ XUÂN\nKẾ HOẠCH CÔNG TÁC THÁNG 12 NĂM 2025\nPhú Xuân, ngày 06 tháng 12 năm 2025\n"
     "a) Nhiệm vụ trọng tâm:\n- 1. Ra quân dọn vệ sinh nhà văn hóa thôn.\n"
     "- 2. Phối hợp tổ chức đêm thơ Nguyên tiêu vào Rằm tháng Giêng.\nb) Giải pháp: Phân công đoàn viên từng việc.\n",
     dt.date(2026, 3, 3)),
])
def test_v29h2_unoutlined_bullet_lunar_day_ahead(text, want):
    plan = extract_bytes(text.encode(), "kh.txt")
    assert plan.tasks[-1].deadline == want


# --- v29 h9: a part's time in brackets is found in linear time, whatever spaces precede it ------------------
def test_h9v29_part_time_linear_on_a_run_of_spaces():
    import time

    from extractors.tasks import part_time
    assert part_time("II. Diễu hành xe hoa" + " " * 50 + "(19 giờ 30 phút - 21 giờ)") == \
        ("II. Diễu hành xe hoa", "19 giờ 30 phút - 21 giờ")
    t0 = time.perf_counter()
    assert part_time("3. Bế mạc hội thi" + " " * 40000 + "x") is None   # (quadratic: tens of seconds)
    assert time.perf_counter() - t0 < 1.0


# ---- v29 h10: a numbered item that opens with its month ("1. Tháng 01: …") is timed by it, in the plan's
# year where none is printed
@pytest.mark.parametrize("head, items, want", [
    ("ỦY BAN NHÂN DÂN\nXÃ PHƯỚC HÒA\nSố: 15/KH-UBND\nPhước Hòa, ngày 05 tháng 01 năm 2025\n",
     "1. Tháng 01: Tuyên truyền Luật Đất đai trên loa truyền thanh xã.\n"
     "2. Tháng 02/2025: Tổ chức hội nghị phổ biến pháp luật cho trưởng thôn.\n"
     "3. Tháng 3 năm 2025: Kiểm tra việc thực hiện tại các thôn.\n",
     [("Tháng 01", dt.date(2025, 1, 31)), ("Tháng 02/2025", dt.date(2025, 2, 28)),
      ("Tháng 3 năm 2025", dt.date(2025, 3, 31))]),
    ("SỞ Y TẾ TỈNH CÀ MAU\nBỆNH VIỆN ĐA KHOA HUYỆN U MINH\nSố: 41/KH-BV\nU Minh, ngày 10 tháng 8 năm 2026\n",
     "a) Tháng 9: Rà soát danh mục thuốc thiết yếu.\n"
     "b) Tháng 10 và tháng 11: Tập huấn kiểm soát nhiễm khuẩn cho điều dưỡng.\n"
     "c) Tổ chức sơ kết công tác dược trước ngày 20/12/2026.\n",
     [("Tháng 9", dt.date(2026, 9, 30)), ("Tháng 10 và tháng 11", dt.date(2026, 11, 30)),
      ("trước ngày 20/12/2026", dt.date(2026, 12, 20))]),
])
def test_v29h10_item_opening_with_its_month(head, items, want):
    text = (head + "KẾ HOẠCH\nThực hiện nhiệm vụ năm\nI. MỤC ĐÍCH, YÊU CẦU\n1. Thiết thực, hiệu quả.\n"
            "II. NỘI DUNG THỰC HIỆN\n" + items + "III. TỔ CHỨC THỰC HIỆN\nCác bộ phận triển khai thực hiện.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    got = [(t.timing_text, t.deadline) for t in plan.tasks]
    assert [d for _, d in got] == [d for _, d in want]
    assert [(tt or "").lower() for tt, _ in got][:2] == [w.lower() for w, _ in want][:2]


# ---- v29 h11: one month heading alone over a part's bullets dates them, as a run of month headings does;
# a month line after prose, with its own text, or over no bullet dates nothing
def _month_part(issuer: str, place: str, body: str) -> list[tuple[str, object, str | None]]:
    text = (f"{issuer}\nSố: 21/KH-UBND\n{place}, ngày 18 tháng 8 năm 2025\nKẾ HOẠCH\nHoạt động quý III năm 2025\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thiết thực.\nII. NỘI DUNG\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    return [(" ".join(t.text.split()[:3]), t.deadline, t.timing_text) for t in plan.tasks]


@pytest.mark.parametrize("issuer, place, body, want", [
    ("TRƯỜNG THCS NGUYỄN DU", "Kỳ Anh",
     "Tháng 9/2025:\n- Khai giảng năm học mới (Ban giám hiệu, Đoàn trường).\n- Đại hội Liên đội.",
     [("Khai giảng năm", dt.date(2025, 9, 30), "Tháng 9/2025"), ("Đại hội Liên", dt.date(2025, 9, 30), "Tháng 9/2025")]),
    ("HỘI NÔNG DÂN XÃ PHÚ LỘC", "Phú Lộc",
     "Tháng 10 năm 2025:\n+ Ra quân làm thủy lợi nội đồng.\n+ Tập huấn kỹ thuật trồng lúa, hoàn thành trước ngày 20/10/2025.",
     [("Ra quân làm", dt.date(2025, 10, 31), "Tháng 10 năm 2025"),
      ("Tập huấn kỹ", dt.date(2025, 10, 20), "hoàn thành trước ngày 20/10/2025")]),
    # a month line after the part's prose, and one carrying its own text, head no bullet run
    ("UBND PHƯỜNG AN HÒA", "An Hòa",
     "Phường tiếp tục rà soát hộ nghèo.\nTháng 9/2025:\n- Cập nhật dữ liệu dân cư.\n- Kiểm tra hộ kinh doanh.",
     [("Cập nhật dữ", None, None), ("Kiểm tra hộ", None, None)]),
    ("UBND HUYỆN TRIỆU PHONG", "Triệu Phong",
     "Tháng 9/2025: tổng kết đợt cao điểm.\n- Cập nhật dữ liệu dân cư.\n- Kiểm tra hộ kinh doanh.",
     [("Cập nhật dữ", None, None), ("Kiểm tra hộ", None, None)]),
])
def test_h11v29_one_month_heading_dates_the_bullets_under_it(issuer, place, body, want):
    assert _month_part(issuer, place, body) == want


# ---- v29 h11: a task under a run of month headings names its doers after its duty as a loose bullet does
# ("Khai giảng năm học mới (Ban giám hiệu, Đoàn trường)", "Hội thao truyền thống – Giao: Đoàn Thanh niên xã")
@pytest.mark.parametrize("bullet, lead", [
    ("Khai giảng năm học mới (Ban giám hiệu, Đoàn trường).", ["Ban giám hiệu", "Đoàn trường"]),
    ("Hội thao truyền thống (Hội Cựu chiến binh phường).", ["Hội Cựu chiến binh phường"]),
    ("Tổng vệ sinh khu dân cư.", []),
])
def test_h11v29_period_task_names_its_doers_after_its_duty(bullet, lead):
    text = ("UBND PHƯỜNG LONG BÌNH\nSố: 44/KH-UBND\nLong Bình, ngày 25 tháng 8 năm 2025\nKẾ HOẠCH\nHoạt động quý IV năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thiết thực.\nII. NỘI DUNG\n"
            f"Tháng 9/2025:\n- {bullet}\n- Ra quân dọn vệ sinh.\nTháng 10/2025:\n- Hội nghị sơ kết.\n- Báo cáo kết quả.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "kh.txt").tasks
    assert (tasks[0].lead_units, tasks[0].timing_text) == (lead, "Tháng 9/2025")


# ---- v30 h2: the one month heading over a part's bullets dates only its own run: bullets after a line that
# leads in others ("Các việc thường xuyên trong quý:") are not that month's
@pytest.mark.parametrize("issuer, place, body, want", [
    ("UBND PHƯỜNG BÌNH MINH", "Bình Minh",
     "Tháng 9/2025:\n- Ra quân dọn vệ sinh.\n- Hội nghị dân vận.\nCác việc thường xuyên trong quý:\n"
     "- Tuần tra an ninh trật tự.\n- Kiểm tra hộ kinh doanh.",
     [dt.date(2025, 9, 30), dt.date(2025, 9, 30), None, None]),
    ("TRƯỜNG MẦM NON SƠN CA", "Vĩnh Yên",
     "Tháng 10 năm 2025:\n+ Tổ chức hội thi bé khỏe.\n+ Khám sức khỏe cho trẻ.\nNgoài ra, nhà trường tiếp tục:\n"
     "+ Bồi dưỡng chuyên môn cho giáo viên, hoàn thành trước ngày 20/12/2025.\n+ Giữ vệ sinh môi trường.",
     [dt.date(2025, 10, 31), dt.date(2025, 10, 31), dt.date(2025, 12, 20), None]),
])
def test_v30h2_a_lone_month_heading_dates_only_its_own_bullets(issuer, place, body, want):
    assert [d for _, d, _ in _month_part(issuer, place, body)] == want


# ---- v30 h5: a schedule numbered by period ("1. Quý I/2025" / "- …" / "2. Quý II/2025" / "- …"): each bullet
# is a task of its period, timed as under an unnumbered "Quý I:" or "Tháng 1:" heading; a lone period item,
# or a period item that says its own work, is an item as before
def _period_items(issuer: str, place: str, body: str) -> list[tuple[str, int | None, object, str | None]]:
    text = (f"{issuer}\nSố: 17/KH\n{place}, ngày 06 tháng 01 năm 2026\nKẾ HOẠCH\nCông tác năm 2026\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thiết thực.\nII. NỘI DUNG, TIẾN ĐỘ\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    plan = extract_bytes(text.encode(), "kh.txt")
    return [(" ".join(t.text.split()[:3]), t.quarter, t.deadline, t.timing_text) for t in plan.tasks]


@pytest.mark.parametrize("issuer, place, body, want", [
    ("UBND HUYỆN BẢO LÂM", "Bảo Lâm",
     "1. Quý I/2026\n- Rà soát hộ nghèo phát sinh.\n- Thăm hỏi hộ khó khăn dịp Tết.\n2. Quý II/2026\n"
     "- Tập huấn cán bộ giảm nghèo cấp xã.\n3. Quý IV/2026\n- Tổng kết, hoàn thành trước ngày 15/12/2026.",
     [("Rà soát hộ", 1, None, None), ("Thăm hỏi hộ", 1, None, None), ("Tập huấn cán", 2, None, None),
      ("Tổng kết, hoàn", 4, dt.date(2026, 12, 15), "hoàn thành trước ngày 15/12/2026")]),
    ("HỘI CỰU CHIẾN BINH PHƯỜNG NAM SƠN", "Nam Sơn",
     "1. Tháng 3/2026:\n+ Đại hội chi hội các khu phố.\n2. Tháng 4 và tháng 5/2026:\n"
     "+ Ra quân dọn vệ sinh khu dân cư.\n+ Giao lưu văn nghệ với Đoàn Thanh niên phường.",
     [("Đại hội chi", None, dt.date(2026, 3, 31), "Tháng 3/2026"),
      ("Ra quân dọn", None, dt.date(2026, 5, 31), "Tháng 4 và tháng 5/2026"),
      ("Giao lưu văn", None, dt.date(2026, 5, 31), "Tháng 4 và tháng 5/2026")]),
    # "Trong quý II" says by when: each bullet is due by the quarter's end
    ("UBND HUYỆN LÂM HÀ", "Lâm Hà",
     "1. Trong quý II\n- Khảo sát vùng trồng cà phê đặc sản.\n- Lập danh sách hộ tham gia.\n2. Trong quý III\n"
     "- Tập huấn kỹ thuật sơ chế.",
     [("Khảo sát vùng", 2, dt.date(2026, 6, 30), "Trong quý II"), ("Lập danh sách", 2, dt.date(2026, 6, 30), "Trong quý II"),
      ("Tập huấn kỹ", 3, dt.date(2026, 9, 30), "Trong quý III")]),
    # one period item beside a work item: no schedule by period, each item one task as printed
    ("TRƯỜNG TIỂU HỌC HÒA BÌNH", "Hòa Bình",
     "1. Quý I/2026\n- Kiểm tra nội bộ tổ chuyên môn.\n2. Bồi dưỡng học sinh năng khiếu\n- Lập danh sách học sinh.",
     [("Quý I/2026 Kiểm", None, None, None), ("Bồi dưỡng học", None, None, None)]),
    # a period item saying its own work after its colon is that task, timed by the quarter it opens with
    ("UBND XÃ MƯỜNG PHĂNG", "Mường Phăng",
     "1. Quý I/2026: Rà soát đất rừng giao khoán.\n2. Quý II/2026: Trồng rừng thay thế.",
     [("Quý I/2026: Rà", 1, dt.date(2026, 3, 31), "Quý I/2026"),
      ("Quý II/2026: Trồng", 2, dt.date(2026, 6, 30), "Quý II/2026")]),
    ("BAN CHỈ HUY QUÂN SỰ XÃ TÂN LẬP", "Tân Lập",
     "1. Quý III: Huấn luyện dân quân năm thứ nhất.\n2. Quý IV: Diễn tập phòng thủ dân sự.",
     [("Quý III: Huấn", 3, dt.date(2026, 9, 30), "Quý III"), ("Quý IV: Diễn", 4, dt.date(2026, 12, 31), "Quý IV")]),
])
def test_h5v30_numbered_period_items_time_their_bullets(issuer, place, body, want):
    assert _period_items(issuer, place, body) == want


# ---- v30 h5: an organization item that only heads a group of items, each addressing its own unit ("1. Trách
# nhiệm của các sở, ngành" / "1.1. Sở Y tế: …"), gives one assignment per item of the group; an item whose
# sub-items are its own duties ("1. Công an xã" / "a) Bố trí lực lượng …") stays one
def _assigned(issuer: str, place: str, org: str) -> list[tuple[list[str], object]]:
    text = (f"{issuer}\nSố: 46/KH-UBND\n{place}, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai kịp thời.\nII. NHIỆM VỤ CỤ THỂ\n1. Tuyên truyền.\n"
            f"III. TỔ CHỨC THỰC HIỆN\n{org}\n")
    return [(a.units, a.deadline) for a in extract_bytes(text.encode(), "kh.txt").assignments]


@pytest.mark.parametrize("issuer, place, org, want", [
    ("UBND TỈNH QUẢNG TRỊ", "Quảng Trị",
     "1. Trách nhiệm của các sở, ngành\n1.1. Sở Nông nghiệp và Môi trường: chủ trì theo dõi, báo cáo UBND tỉnh "
     "trước ngày 10/12/2026.\n1.2. Sở Tài chính: tham mưu bố trí kinh phí.\n"
     "2. UBND các xã, phường căn cứ Kế hoạch triển khai thực hiện.",
     [(["Sở Nông nghiệp và Môi trường"], dt.date(2026, 12, 10)), (["Sở Tài chính"], None),
      (["UBND các xã, phường"], None)]),
    ("UBND XÃ NAM CHÂU", "Nam Châu",
     "1. Các đơn vị thuộc UBND xã\na) Văn phòng HĐND và UBND xã: tổng hợp kết quả, hoàn thành trong tháng 11/2026.\n"
     "b) Phòng Văn hóa - Xã hội: tuyên truyền trên loa truyền thanh.\n"
     "2. Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp giám sát.",
     [(["Văn phòng HĐND và UBND xã"], dt.date(2026, 11, 30)), (["Phòng Văn hóa - Xã hội"], None),
      (["Ủy ban MTTQ Việt Nam xã"], None)]),
    # the unit heads its own duties: one assignment
    ("UBND PHƯỜNG HỒNG GAI", "Hồng Gai",
     "1. Công an phường\na) Bố trí lực lượng bảo vệ.\nb) Xử lý vi phạm, xong trước ngày 30/6/2026.\n"
     "2. Phòng Kinh tế, Hạ tầng và Đô thị phường theo dõi, tổng hợp.",
     [(["Công an phường"], dt.date(2026, 6, 30)), (["Phòng Kinh tế, Hạ tầng và Đô thị phường"], None)]),
    # a heading that says a duty of its own before its sub-items stays one item
    ("UBND HUYỆN ĐAM RÔNG", "Đam Rông",
     "1. Các phòng chuyên môn\nPhối hợp chặt chẽ trong triển khai.\na) Phòng Nội vụ: theo dõi.\nb) Phòng Tư pháp: thẩm định.",
     [(["Các phòng chuyên môn"], None)]),
])
def test_h5v30_an_organization_heading_over_unit_items_gives_each_its_row(issuer, place, org, want):
    assert _assigned(issuer, place, org) == want


# ---- v30 h5: an organization part that numbers no item but gives each unit a bullet: each bullet is an
# assignment; bullets of which one opens with no unit, or a lone bullet, are not read so
@pytest.mark.parametrize("issuer, place, org, want", [
    ("UBND XÃ THANH SƠN", "Thanh Sơn",
     "- Văn phòng HĐND và UBND xã: theo dõi, tổng hợp, báo cáo UBND huyện trước ngày 20/11/2026.\n"
     "- Phòng Kinh tế: bảo đảm kinh phí thực hiện.\n- Đề nghị Ủy ban MTTQ Việt Nam xã tuyên truyền, vận động Nhân dân.\n"
     "Trên đây là Kế hoạch của UBND xã Thanh Sơn./.",
     [(["Văn phòng HĐND và UBND xã"], dt.date(2026, 11, 20)), (["Phòng Kinh tế"], None),
      (["Ủy ban MTTQ Việt Nam xã"], None)]),
    ("TRƯỜNG MẦM NON HOA SEN", "Tây Hồ",
     "Để Kế hoạch đạt kết quả, nhà trường phân công:\n+ Phó Hiệu trưởng chỉ đạo chuyên môn, hoàn thành trong tháng 10/2026.\n"
     "+ Tổ trưởng các khối lớp\ntriển khai đến giáo viên.",
     [(["Phó Hiệu trưởng"], dt.date(2026, 10, 31)), (["Tổ trưởng các khối lớp"], None)]),
    ("UBND PHƯỜNG CAM LỢI", "Cam Lợi",
     "- Các khu phố tuyên truyền đến hộ gia đình.\n- Thực hiện nghiêm túc, đúng tiến độ.", []),
    ("UBND HUYỆN YÊN THẾ", "Yên Thế", "- Phòng Nội vụ theo dõi, tổng hợp.", []),
])
def test_h5v30_organization_bullets_addressing_units_are_assignments(issuer, place, org, want):
    assert _assigned(issuer, place, org) == want


# ---- v30 h8: one month printed under a numbered item ("1. Tuyên truyền" / "Tháng 4/2026" / "- …"), or as the
# item's whole title ("a) Tháng 7/2026" / "- …"), dates the item as a field would; the month line is no words of it
_H8_PURPOSE = ("1. Triển khai kịp thời, đồng bộ các nhiệm vụ; phát huy vai trò của các cơ quan, đơn vị, đoàn thể và sự"
               " tham gia của Nhân dân; bảo đảm thiết thực, hiệu quả, tiết kiệm, phù hợp với tình hình thực tế.\n") * 3


@pytest.mark.parametrize("issuer, place, body, want", [
    ("UBND XÃ PHÚ MỸ", "Phú Mỹ",
     "1. Tuyên truyền về an toàn thực phẩm\nTháng 4/2025\n- Phát thanh trên loa truyền thanh xã.\n- Treo băng rôn tại chợ.\n"
     "2. Kiểm tra các bếp ăn tập thể\nTháng 5/2025:\n- Kiểm tra bếp ăn các trường mầm non.\n- Lấy mẫu thực phẩm.",
     [("Tuyên truyền về an toàn thực phẩm Phát thanh trên loa truyền thanh xã. Treo băng rôn tại chợ.", "Tháng 4/2025",
       dt.date(2025, 4, 30)),
      ("Kiểm tra các bếp ăn tập thể Kiểm tra bếp ăn các trường mầm non. Lấy mẫu thực phẩm.", "Tháng 5/2025",
       dt.date(2025, 5, 31))]),
    ("LIÊN ĐỘI TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Cẩm Phả",
     "1. Hoạt động chủ điểm\na) Tháng 9/2025\n- Tổ chức Tết Trung thu cho đội viên.\n- Đại hội Liên đội.\n"
     "b) Tháng 10 và tháng 11/2025\n- Hội thi Nghi thức Đội.\n- Báo tường chào mừng ngày 20/11.",
     # (an item whose whole title is its period says when, not what: its bullets are the tasks, each timed by it,
     # as under "1. Quý I/2025" — tasks.period_items)
     [("Tổ chức Tết Trung thu cho đội viên.", "Tháng 9/2025", dt.date(2025, 9, 30)),
      ("Đại hội Liên đội.", "Tháng 9/2025", dt.date(2025, 9, 30)),
      ("Hội thi Nghi thức Đội.", "Tháng 10 và tháng 11/2025", dt.date(2025, 11, 30)),
      ("Báo tường chào mừng ngày 20/11.", "Tháng 10 và tháng 11/2025", dt.date(2025, 11, 30))]),
])
def test_h8v30_a_month_under_an_item_dates_it(issuer, place, body, want):
    text = (f"{issuer}\nSố: 52/KH-UBND\n{place}, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n" + _H8_PURPOSE + f"II. NHIỆM VỤ CỤ THỂ\n{body}\n"
            f"III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.txt").tasks
    assert [(t.text, t.timing_text, t.deadline) for t in tasks] == want


@pytest.mark.parametrize("line", ["Tháng hành động vì trẻ em", "Tháng 4/2025 tổ chức ra quân toàn xã"])
def test_h8v30_a_line_that_is_more_than_a_month_dates_no_item(line):
    text = ("UBND PHƯỜNG HÒA KHÁNH\nSố: 12/KH-UBND\nHòa Khánh, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác trẻ em năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n" + _H8_PURPOSE + "II. NHIỆM VỤ CỤ THỂ\n"
            f"1. Tuyên truyền về quyền trẻ em\n{line}\n- Phát thanh trên loa.\n- Treo khẩu hiệu.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.txt").tasks
    assert len(tasks) == 1 and tasks[0].timing_text is None and line in tasks[0].text


# ---- v30 h8: a programme printed as a table by the hour ("7h30 – 8h00 | Đón tiếp đại biểu | Ban Tổ chức") is dated
# by the event's one day printed above it, as its steps printed as lines are (programme_day); a span of days dates none
@pytest.mark.parametrize("when, ext, day", [
    ("1. Thời gian, địa điểm: 07 giờ 30 ngày 20/11/2025 tại Hội trường nhà trường.", "md", dt.date(2025, 11, 20)),
    ("1. Thời gian: 14h00, ngày 08/3/2025 tại Nhà văn hóa tổ dân phố 5.", "txt", dt.date(2025, 3, 8)),
    ("1. Thời gian: từ ngày 08/3/2025 đến ngày 10/3/2025.", "md", None),
])
def test_h8v30_a_programme_table_is_dated_by_the_event_day(when, ext, day):
    rows = [("7h30 – 8h00", "Đón tiếp đại biểu, văn nghệ chào mừng", "Đoàn Thanh niên"),
            ("8h00 – 8h20", "Diễn văn kỷ niệm", "Ban Giám hiệu"),
            ("8h20 – 9h00", "Trao thưởng giáo viên dạy giỏi", "Công đoàn cơ sở")]
    table = ("| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n"
             + "".join(f"| {h} | {c} | {u} |\n" for h, c, u in rows))
    text = ("TRƯỜNG THCS NGUYỄN DU\nSố: 41/KH-THCS\nKrông Búk, ngày 02 tháng 11 năm 2025\nKẾ HOẠCH\n"
            "Tổ chức Lễ kỷ niệm năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n" + _H8_PURPOSE + "II. NỘI DUNG\n"
            f"{when}\n2. Chương trình buổi lễ\n\n{table}\nIII. TỔ CHỨC THỰC HIỆN\n1. Các tổ chuyên môn thực hiện.\n")
    tasks = [t for t in extract_bytes(text.encode(), f"le.{ext}").tasks if t.origin == "table"]
    assert [(t.text, t.timing_text, t.deadline) for t in tasks] == [(c, h, day) for h, c, _ in rows]


@pytest.mark.parametrize("under, want", [
    ("Tháng 6/2025\nTrạm Y tế phường khám sàng lọc cho người cao tuổi tại các khu phố.", ("Tháng 6/2025", dt.date(2025, 6, 30))),
    ("Tháng 6/2025\nKhám sàng lọc tại khu phố 1.\nTháng 7/2025\nKhám sàng lọc tại khu phố 2.", (None, None)),
])
def test_h8v30_a_month_over_a_paragraph_dates_its_item_but_not_a_run_of_months(under, want):
    text = ("UBND PHƯỜNG TÂN PHONG\nSố: 77/KH-UBND\nTân Phong, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\nChăm sóc người cao tuổi năm 2025\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n" + _H8_PURPOSE + "II. NHIỆM VỤ CỤ THỂ\n"
            f"1. Khám sức khỏe cho người cao tuổi\n{under}\n2. Tặng quà người cao tuổi neo đơn trước ngày 20/10/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    tasks = extract_bytes(text.encode(), "plan.txt").tasks
    assert (tasks[0].timing_text, tasks[0].deadline) == want


# ---- v30 h6: a calendar printed without years is read in its order: "Tháng 12", "Tháng 1", …, "Tháng 11" of a
# plan issued in November runs to the next November; "Tháng 1" … "Tháng 12" of one issued late in December
# is all the next year
def _calendar_plan(head: str, issued: str, title: str, body: str) -> list[object]:
    text = (f"{head}\nSố: 73/KH-UBND\n{issued}\nKẾ HOẠCH\n{title}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm thiết thực.\n"
            f"II. NỘI DUNG\n{body}\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi, báo cáo.\n")
    return [t.deadline for t in extract_bytes(text.encode(), "kh.txt").tasks]


@pytest.mark.parametrize("head, issued, title, body, want", [
    ("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN", "Hương Sơn, ngày 20 tháng 11 năm 2025", "Phổ biến pháp luật trên địa bàn xã",
     "1. Tháng 12: Tuyên truyền Luật Đất đai trên loa truyền thanh.\n2. Tháng 1: Hội nghị an toàn giao thông.\n"
     "3. Tháng 4: Tuyên truyền hôn nhân và gia đình.\n4. Tháng 8: Phổ biến Luật Phòng, chống ma túy.\n"
     "5. Tháng 11: Tổng kết và hưởng ứng Ngày Pháp luật.",
     [dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 4, 30), dt.date(2026, 8, 31), dt.date(2026, 11, 30)]),
    # the title names the year the calendar mostly falls in: its first December is the one before
    ("SỞ Y TẾ TỈNH THANH HÓA\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Thanh Hóa, ngày 24 tháng 11 năm 2025",
     "Giám sát dịch bệnh năm 2026",
     "1. Tháng 12: Giám sát cúm mùa tại các huyện miền núi.\n2. Tháng 2: Giám sát tay chân miệng ở trường mầm non.\n"
     "3. Tháng 5: Giám sát sốt xuất huyết.\n4. Tháng 9: Đánh giá kết quả giám sát.",
     [dt.date(2025, 12, 31), dt.date(2026, 2, 28), dt.date(2026, 5, 31), dt.date(2026, 9, 30)]),
    # issued late in December, no year printed: all twelve months are the next year's, December too
    ("PHÒNG GD&ĐT HUYỆN ĐỨC THỌ\nTRƯỜNG THCS ĐỨC LẠNG", "Đức Lạng, ngày 29 tháng 12 năm 2025",
     "Hoạt động ngoài giờ lên lớp",
     "1. Tháng 1: Tuyên truyền an toàn giao thông.\n2. Tháng 3: Hội trại truyền thống.\n"
     "3. Tháng 9: Khai giảng năm học mới.\n4. Tháng 12: Sơ kết học kỳ I.",
     [dt.date(2026, 1, 31), dt.date(2026, 3, 31), dt.date(2026, 9, 30), dt.date(2026, 12, 31)]),
    # deadlines in no order of the calendar stay as each is read
    ("HỘI LIÊN HIỆP PHỤ NỮ\nPHƯỜNG BÌNH THỌ", "Bình Thọ, ngày 10 tháng 2 năm 2025", "Công tác Hội năm 2025",
     "1. Kiện toàn chi hội, xong trong tháng 6.\n2. Tập huấn cán bộ Hội, hoàn thành trong tháng 9.\n"
     "3. Ra mắt mô hình tiết kiệm, hoàn thành trong tháng 3.",
     [dt.date(2025, 6, 30), dt.date(2025, 9, 30), dt.date(2025, 3, 31)]),
])
def test_v30h6_yearless_calendar_runs_forward(head, issued, title, body, want):
    assert _calendar_plan(head, issued, title, body) == want
