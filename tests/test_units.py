"""Units: a Vietnamese line in, the exact units out (is_unit, split_units, leading_units,
canonical_unit), a property test on arbitrary text, and the gold units of the sample plans."""
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.units import (UNIT_HEADS, canonical_unit, is_unit, leading_units, names_a_doer, responsible_units,
                              subject_partners, split_units)

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold"
PLANS = SHARED / "sample-plans"


# ---------------------------------------------------------------- is_unit
@pytest.mark.parametrize("text", [
    "Văn phòng - thống kê",
    "Các cơ quan, đơn vị, ban, ngành, tổ dân phố.",
    "UBND huyện",
    "Đài Truyền thanh xã",
    "Công an phường",
    "Trung tâm Văn hoá, Thể thao và Truyền thông huyện",
    "- Sở Y tế;",
    "Trung tâm Y tế huyện",
    "Phòng Văn hóa và Thông tin",
    "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
    "Tổ bầu cử số 3",
    "Ủy ban bầu cử phường Tân Định",
    "UB. MTTQ Việt Nam phường",
    "Hội Liên hiệp Phụ nữ xã",
    "Hội LHPN huyện",
    "Huyện đoàn",
    "Đoàn Thanh niên thị trấn",
    "Liên đoàn Lao động tỉnh",
    "Ban Chỉ huy Quân sự xã",
    "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    "Chi cục Dân số - Kế hoạch hóa gia đình",
    "Kho bạc Nhà nước khu vực",
    "Bưu điện huyện",
    "Thôn Nà Pàn",
    "Tổ dân phố số 7",
    "Trưởng thôn, bản",
    "Thành viên Hội đồng TĐKT huyện",
    "HĐ TĐKT huyện",
    "Báo Lai Châu",
    "Cổng Thông tin điện tử tỉnh",
    "1. Phòng Nội vụ huyện",
    "Phong Noi vu",            # diacritics lost in OCR
    "UBND huyen",
    "Trung tarn Y te huyen",    # and one letter damaged
    # a school's principal and its Pioneer units
    "Hiệu trưởng",
    "Hiệu trưởng các trường THCS",
    "Liên đội Trường THCS Phú Cường",
    "Chi đội 7A",
    "Tổng phụ trách Đội",
])
def test_is_unit(text):
    assert is_unit(text)


@pytest.mark.parametrize("text", [
    "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2025",  # Ban hành is a verb
    "Tổ chức Hội nghị tổng kết",                                # Tổ chức, not Tổ
    "Hội nghị sơ kết 6 tháng đầu năm",
    "Hội thi tuyên truyền viên giỏi",
    "Phòng, chống tham nhũng, tiêu cực",
    "Phong trào thi đua yêu nước",
    "Báo cáo kết quả về UBND huyện",
    "Đội ngũ cán bộ làm công tác dân số",
    "Đại hội Thi đua yêu nước",
    "Sơ kết công tác bầu cử",
    "Bố trí kinh phí",
    "Đoàn kết các dân tộc",
    "Trường hợp có vướng mắc",
    "Tăng cường thời lượng tuyên truyền",
    "Trước ngày 15/3/2025",
    "Theo Kế hoạch của Quận",
    "Đơn vị chủ trì",                # a column label
    "Bộ phận tham mưu thực hiện",
    "hội Thi đua yêu nước tỉnh",     # the tail of a broken line
    "Phong trao thi dua",
    "Hiệu quả công tác tuyên truyền",  # "Hiệu" opens no head but "Hiệu trưởng"
    "Phụ trách chuyên môn",            # "phụ trách" alone is the verb
    "",
])
def test_not_unit(text):
    assert not is_unit(text)


def test_heads_are_listed():
    for head in ("Phòng", "Văn phòng", "Hội đồng", "Ban", "UBND", "Ủy ban nhân dân", "Trung tâm", "Đài",
                 "Công an", "Sở", "Bộ phận", "Kho bạc", "Bưu điện", "Ngân hàng", "Điện lực"):
        assert head in UNIT_HEADS


# ---------------------------------------------------------------- split_units
@pytest.mark.parametrize("cell, lead, support", [
    ("- UBND huyện; - Phòng Nội vụ; - Các cơ quan, đơn vị liên quan.",
     ["UBND huyện", "Phòng Nội vụ", "Các cơ quan, đơn vị liên quan"], []),
    ("- UBND huyện;\n- Phòng Nội vụ;\n- Các cơ quan, đơn vị liên quan.",
     ["UBND huyện", "Phòng Nội vụ", "Các cơ quan, đơn vị liên quan"], []),
    ("- Văn phòng - thống kê;\n- Các đơn vị, ban ngành liên\nquan phối hợp.",
     ["Văn phòng - thống kê"], ["Các đơn vị, ban ngành liên quan"]),
    ("Các đơn vị, ban ngành, tổ dân\nphố liên quan", ["Các đơn vị, ban ngành, tổ dân phố liên quan"], []),
    ("Trung tâm Văn hoá, Thể thao và\nTruyền thông huyện",
     ["Trung tâm Văn hoá, Thể thao và Truyền thông huyện"], []),
    ("Đơn vị chủ trì: Phòng Y tế; Đơn vị phối hợp: Trung tâm Y tế, UBND các xã",
     ["Phòng Y tế"], ["Trung tâm Y tế", "UBND các xã"]),
    ("Phòng Văn hóa - Thông tin chủ trì, phối hợp với Phòng Nội vụ và UBND các xã",
     ["Phòng Văn hóa - Thông tin"], ["Phòng Nội vụ", "UBND các xã"]),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính, UBND các huyện, thành phố",
     ["Sở Y tế"], ["Sở Tài chính", "UBND các huyện, thành phố"]),
    ("Ban Quản lý các khu công nghiệp chủ trì; Sở Công Thương, Sở Xây dựng phối hợp",
     ["Ban Quản lý các khu công nghiệp"], ["Sở Công Thương", "Sở Xây dựng"]),
    ("Trung tâm Y tế huyện (chủ trì), Phòng Văn hóa và Thông tin (phối hợp)",
     ["Trung tâm Y tế huyện"], ["Phòng Văn hóa và Thông tin"]),
    ("Phối hợp:\n- Công an xã;\n- Ban Chỉ huy Quân sự xã.", [], ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
    ("Chủ trì: Ủy ban bầu cử xã. Phối hợp: Ban Thường trực Ủy ban MTTQ Việt Nam xã",
     ["Ủy ban bầu cử xã"], ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]),
    ("Tổ bầu cử số 3; Tổ bầu cử số 4", ["Tổ bầu cử số 3", "Tổ bầu cử số 4"], []),
    ('<ul style="list-style-type: none"> - UBND huyện; - HĐ TĐKT huyện; - Các đơn vị liên quan.',
     ["UBND huyện", "HĐ TĐKT huyện", "Các đơn vị liên quan"], []),
    ("- Phòng GD và ĐT; các đơn vị sự nghiệp GD và ĐT thuộc huyện.",
     ["Phòng GD và ĐT", "các đơn vị sự nghiệp GD và ĐT thuộc huyện"], []),
    ("Hội đồng thi đua, khen thưởng\nthị trấn.\n- Văn phòng - thống kê.",
     ["Hội đồng thi đua, khen thưởng thị trấn", "Văn phòng - thống kê"], []),
    ("- UBND huyện - Phòng Nội vụ", ["UBND huyện", "Phòng Nội vụ"], []),
    ("UBND huyện\nPhòng Nội vụ", ["UBND huyện", "Phòng Nội vụ"], []),
    ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"], []),
    ("Công an huyện, Ban Chỉ huy Quân sự huyện", ["Công an huyện", "Ban Chỉ huy Quân sự huyện"], []),
    ("Sở Y tế:", ["Sở Y tế"], []),
    ("**Công chức Văn hóa - Xã hội**", ["Công chức Văn hóa - Xã hội"], []),
    ("Y tế phường; Quân sự phường", ["Y tế phường", "Quân sự phường"], []),
    ("Chi cục Dân số - KHHGĐ phối hợp với Trung tâm Y tế các huyện",
     ["Chi cục Dân số - KHHGĐ"], ["Trung tâm Y tế các huyện"]),
    # a narrow PDF cell wrapped right before the dash inside a name: the next line is its rest
    ("Báo Bà Rịa\n- Vũng Tàu;\nĐài Phát thanh và Truyền hình tỉnh",
     ["Báo Bà Rịa - Vũng Tàu", "Đài Phát thanh và Truyền hình tỉnh"], []),
    ("Phòng Lao động\n- Thương binh và Xã hội\nphối hợp", [], ["Phòng Lao động - Thương binh và Xã hội"]),
    ("Công chức Văn phòng\n– thống kê; Công an xã", ["Công chức Văn phòng – thống kê", "Công an xã"], []),
    # … but not where the line after the dash is a unit, the line before ended an item, or the
    # cell lists its units with bullets
    ("Sở Nội vụ\n- Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"], []),
    ("Phòng Văn hóa - Xã hội\n- Các thôn ven biển", ["Phòng Văn hóa - Xã hội", "Các thôn ven biển"], []),
    ("UBND các xã;\n- Hội viên nông dân", ["UBND các xã", "Hội viên nông dân"], []),
    ("- Phòng Kinh tế\n- Hạ tầng kỹ thuật;\n- UBND các xã", ["Phòng Kinh tế", "Hạ tầng kỹ thuật", "UBND các xã"], []),
    ("", [], []),
])
def test_split_units(cell, lead, support):
    assert split_units(cell) == (lead, support)


# The lead said by what it is before its role word in a cell (LEAD_ROLES, FOCAL_ROLES): the words
# are no part of its name.
@pytest.mark.parametrize("cell, lead, support", [
    ("Sở Y tế là cơ quan chủ trì, phối hợp với Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Phòng Nội vụ là đơn vị đầu mối, phối hợp với UBND các xã", ["Phòng Nội vụ"], ["UBND các xã"]),
    ("Trung tâm Y tế huyện làm đầu mối, phối hợp với Phòng Y tế", ["Trung tâm Y tế huyện"], ["Phòng Y tế"]),
    ("Sở Y tế giữ vai trò chủ trì, phối hợp với Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
])
def test_the_lead_said_by_what_it_is_in_a_cell(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A role word where a unit's name should stand ("Phối hợp thực hiện" in a lead column's cell) names no
# unit; with a unit, or labelling the units after it, it still gives them their role.
@pytest.mark.parametrize("cell, lead, support", [
    ("Phối hợp thực hiện", [], []), ("Phối hợp", [], []), ("phối hợp thực hiện.", [], []), ("(Phối hợp)", [], []),
    ("Cùng phối hợp thực hiện", [], []), ("Chủ trì thực hiện", [], []),
    ("Phòng Y tế; Phối hợp thực hiện", ["Phòng Y tế"], []),
    ("- Phòng Văn hóa - Xã hội\n- Phối hợp thực hiện", ["Phòng Văn hóa - Xã hội"], []),
    ("UBND xã chủ trì, phối hợp thực hiện", ["UBND xã"], []),
    # negatives: a unit with its role word, a label, a role word before the units
    ("Phòng Y tế phối hợp thực hiện", [], ["Phòng Y tế"]),
    ("Phối hợp thực hiện: Công an xã", [], ["Công an xã"]),
    ("Phối hợp với Phòng Y tế", [], ["Phòng Y tế"]),
    ("Phối hợp Công an xã", [], ["Công an xã"]),
    ("Đơn vị phối hợp: Trạm Y tế xã", [], ["Trạm Y tế xã"]),
])
def test_a_role_word_alone_in_a_cell_is_no_unit(cell, lead, support):
    assert split_units(cell) == (lead, support)


# The Youth Union of a commune or ward is its "Xã đoàn" / "Phường đoàn", a whole name as "Huyện đoàn"
# is: a cell's paragraph that opens with it is a unit of its own. "Xã đoàn kết" is unity, no unit.
@pytest.mark.parametrize("cell, lead, support", [
    ("Trung tâm Dịch vụ tổng hợp xã\nXã đoàn", ["Trung tâm Dịch vụ tổng hợp xã", "Xã đoàn"], []),
    ("Công an phường\nPhường đoàn", ["Công an phường", "Phường đoàn"], []),
    ("Xã đoàn chủ trì, phối hợp với Hội Nông dân xã", ["Xã đoàn"], ["Hội Nông dân xã"]),
    ("Phòng Văn hóa - Xã hội\nXã đoàn Vĩnh Trạch", ["Phòng Văn hóa - Xã hội", "Xã đoàn Vĩnh Trạch"], []),
])
def test_a_communes_youth_union_is_a_unit(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("sentence, units", [
    ("Xã đoàn tổ chức ra quân Chiến dịch Thanh niên tình nguyện hè", ["Xã đoàn"]),
    ("Phường đoàn phối hợp với Công an phường tuyên truyền", ["Phường đoàn"]),
    ("Xã đoàn kết, thống nhất trong lãnh đạo, chỉ đạo", []),
    ("Phường đoàn kết một lòng xây dựng đô thị văn minh", []),
])
def test_a_communes_youth_union_leads_an_item_but_unity_does_not(sentence, units):
    assert leading_units(sentence) == units


# ---------------------------------------------------------------- leading_units
@pytest.mark.parametrize("sentence, units", [
    ("Phòng Nội vụ huyện chịu trách nhiệm theo dõi, đôn đốc khối thi đua", ["Phòng Nội vụ huyện"]),
    ("Giao Phòng Nội vụ theo dõi, đôn đốc các Cụm thi đua", ["Phòng Nội vụ"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn và các đoàn thể",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn", "các đoàn thể"]),
    ("Hội đồng Thi đua - Khen thưởng xã Tổ chức thực hiện công tác chỉ đạo",
     ["Hội đồng Thi đua - Khen thưởng xã"]),
    ("Trung tâm Văn hoá, Thể thao và Truyền thông huyện phối hợp với các cơ quan liên quan",
     ["Trung tâm Văn hoá, Thể thao và Truyền thông huyện"]),
    ("Công chức Văn hóa-Xã hội; Đài Truyền thanh xã", ["Công chức Văn hóa-Xã hội", "Đài Truyền thanh xã"]),
    ("UB. MTTQ Việt Nam phường, các tổ chức chính trị - xã hội, các cơ quan, tổ chức, đơn vị thuộc phường",
     ["UB. MTTQ Việt Nam phường", "các tổ chức chính trị - xã hội", "các cơ quan, tổ chức, đơn vị thuộc phường"]),
    ("Trưởng Cụm thi đua và các đơn vị trong Cụm thi đua của huyện căn cứ Kế hoạch này chủ động xây dựng",
     ["Trưởng Cụm thi đua", "các đơn vị trong Cụm thi đua của huyện"]),
    ("Căn cứ kế hoạch của Ủy ban nhân dân huyện, tùy điều kiện cụ thể các cơ quan, ban, ngành, đoàn thể huyện "
     "và Ủy ban nhân dân các xã, thị trấn chủ động xây dựng chương trình",
     ["các cơ quan, ban, ngành, đoàn thể huyện", "Ủy ban nhân dân các xã, thị trấn"]),
    ("Đối với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện và các đơn vị sự nghiệp giáo dục "
     "và đào tạo (mầm non, tiểu học, trung học cơ sở) thuộc huyện xây dựng Kế hoạch",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
      "các đơn vị sự nghiệp giáo dục và đào tạo (mầm non, tiểu học, trung học cơ sở) thuộc huyện"]),
    ("Tăng cường thời lượng, tuyên truyền về công tác thi đua", []),
    ("Phối hợp với Văn phòng - thống kê triển khai thực hiện Kế hoạch", []),
    ("Tổ chức các phong trào thi đua theo đợt", []),
    ("Trên cơ sở nội dung kế hoạch của UBND phường, chủ động xây dựng kế hoạch", []),
    ("2. Giao Công chức Văn phòng - Thống kê", ["Công chức Văn phòng - Thống kê"]),
    ("Bộ phận Thường trực Hội đồng Thi đua - Khen thưởng phường (Văn phòng UBND phường)",
     ["Bộ phận Thường trực Hội đồng Thi đua - Khen thưởng phường (Văn phòng UBND phường)"]),
    # a provincial health plan
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính, UBND các huyện, thành phố triển khai", ["Sở Y tế"]),
    ("Sở Tài chính căn cứ khả năng ngân sách, tham mưu bố trí kinh phí", ["Sở Tài chính"]),
    ("Đài Phát thanh và Truyền hình tỉnh, Báo Lai Châu, Cổng Thông tin điện tử tỉnh tăng cường tuyên truyền",
     ["Đài Phát thanh và Truyền hình tỉnh", "Báo Lai Châu", "Cổng Thông tin điện tử tỉnh"]),
    ("Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế", ["Bảo hiểm xã hội tỉnh"]),
    # a commune election plan
    ("Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với UBND xã tổ chức hội nghị hiệp thương",
     ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]),
    ("Tổ bầu cử số 3 có trách nhiệm niêm yết danh sách cử tri", ["Tổ bầu cử số 3"]),
    ("Ủy ban bầu cử xã chỉ đạo các Tổ bầu cử", ["Ủy ban bầu cử xã"]),
    ("Công an xã, Ban Chỉ huy Quân sự xã: Xây dựng phương án bảo đảm an ninh",
     ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
    # a district population plan
    ("Trung tâm Y tế huyện chủ trì tổ chức chiến dịch truyền thông dân số", ["Trung tâm Y tế huyện"]),
    ("Phòng Văn hóa và Thông tin huyện tăng cường tuyên truyền về công tác dân số",
     ["Phòng Văn hóa và Thông tin huyện"]),
    ("Hội Liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên huyện vận động hội viên",
     ["Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Đoàn Thanh niên huyện"]),
    ("Để bảo đảm tiến độ, UBND các xã, thị trấn chủ động bố trí cộng tác viên",
     ["UBND các xã, thị trấn"]),
    # industrial zones, organisation of a province
    ("Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư",
     ["Ban Quản lý các khu công nghiệp tỉnh"]),
    ("Sở Xây dựng hướng dẫn các địa phương", ["Sở Xây dựng"]),
    ("Các sở, ban, ngành tỉnh; UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ",
     ["Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"]),
    ("Ban Chỉ đạo xây dựng nông thôn mới huyện chủ trì", ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]),
    ("Công chức Địa chính - Xây dựng xã tham mưu UBND xã", ["Công chức Địa chính - Xây dựng xã"]),
    ("Văn phòng HĐND và UBND huyện bố trí kinh phí", ["Văn phòng HĐND và UBND huyện"]),
    ("Đảng ủy, HĐND, UBND xã lãnh đạo, chỉ đạo", ["Đảng ủy", "HĐND", "UBND xã"]),
    ("Thủ trưởng các cơ quan, đơn vị có trách nhiệm quán triệt", ["Thủ trưởng các cơ quan, đơn vị"]),
    ("Các thành viên Ban Chỉ đạo theo lĩnh vực được phân công", ["Các thành viên Ban Chỉ đạo"]),
    ("Căn cứ Kế hoạch số 12/KH-UBND của UBND huyện, UBND xã xây dựng kế hoạch", ["UBND xã"]),
    ("### **4. Công chức Tài chính - Kế toán phường**", ["Công chức Tài chính - Kế toán phường"]),
    ("Trung tam Y te huyen chu tri", ["Trung tam Y te huyen"]),
    ("Phòng, chống tham nhũng là nhiệm vụ thường xuyên", []),
    ("Báo cáo kết quả về UBND huyện", []),
    # Party plans: the organs that advise the committee are one unit; "đưa" is the verb
    ("Các ban, cơ quan tham mưu, giúp việc Huyện ủy theo chức năng, nhiệm vụ chủ động tham mưu",
     ["Các ban, cơ quan tham mưu, giúp việc Huyện ủy"]),
    ("Các cơ quan tham mưu giúp việc Tỉnh ủy căn cứ Kế hoạch này", ["Các cơ quan tham mưu giúp việc Tỉnh ủy"]),
    ("Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Kế hoạch vào chương trình kiểm tra",
     ["Ủy ban Kiểm tra Huyện ủy"]),
    ("Văn phòng Thành ủy đưa tin về kết quả thực hiện", ["Văn phòng Thành ủy"]),
    ("Các phòng, ban chuyên môn tham mưu UBND huyện thực hiện", ["Các phòng, ban chuyên môn"]),
    # "phân công" is the verb after a unit, as after "Giao"
    ("Ban Thường vụ Đoàn xã phân công đồng chí Ủy viên Ban Chấp hành phụ trách từng chi đoàn",
     ["Ban Thường vụ Đoàn xã"]),
    ("Ban Thường vụ Huyện ủy phân công các đồng chí Ủy viên theo dõi địa bàn", ["Ban Thường vụ Huyện ủy"]),
    ("UBND phường phân công cán bộ trực tiếp dân", ["UBND phường"]),
    ("Ban Chỉ đạo phân công thành viên phụ trách từng thôn", ["Ban Chỉ đạo"]),
    ("Phân công Phòng Nội vụ theo dõi, tổng hợp", ["Phòng Nội vụ"]),
    # a school's plan
    ("Hiệu trưởng chịu trách nhiệm chung; phân công nhiệm vụ cho cán bộ, giáo viên", ["Hiệu trưởng"]),
    ("Đề nghị Công đoàn, Chi đoàn giáo viên và Liên đội phối hợp tổ chức các phong trào thi đua",
     ["Công đoàn", "Chi đoàn giáo viên", "Liên đội"]),
    ("Tổng phụ trách Đội xây dựng kế hoạch hoạt động của Liên đội", ["Tổng phụ trách Đội"]),
    # the noun "các" opened, printed again, opens the next unit; another noun continues the name
    ("Các tổ chuyên môn, tổ văn phòng xây dựng kế hoạch của tổ", ["Các tổ chuyên môn", "tổ văn phòng"]),
    ("Các trường mầm non và trường tiểu học tổ chức cho trẻ tham gia",
     ["Các trường mầm non", "trường tiểu học"]),
    ("Các tổ dân phố, khu phố tuyên truyền đến từng hộ", ["Các tổ dân phố, khu phố"]),
    ("Các cơ quan, đơn vị liên quan phối hợp thực hiện", ["Các cơ quan, đơn vị liên quan"]),
    ("Các xã, phường, thị trấn báo cáo kết quả", ["Các xã, phường, thị trấn"]),
    # a person named by the field in their charge: "phụ trách" after the person is part of the name
    ("Công chức phụ trách lĩnh vực môi trường: chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch",
     ["Công chức phụ trách lĩnh vực môi trường"]),
    ("Cán bộ phụ trách công tác thi đua xã tham mưu UBND xã", ["Cán bộ phụ trách công tác thi đua xã"]),
    ("Giao công chức phụ trách văn hóa theo dõi, tổng hợp", ["công chức phụ trách văn hóa"]),
    ("Phòng Nội vụ phụ trách theo dõi các cụm thi đua", ["Phòng Nội vụ"]),
])
def test_leading_units(sentence, units):
    assert leading_units(sentence) == units


# A parenthesis that points to where the members are listed is not part of the unit's name; one that
# names the unit's host or its members is.
@pytest.mark.parametrize("sentence, heading, units", [
    ("Tổ giúp việc (danh sách tại Phụ lục II)", True, ["Tổ giúp việc"]),
    ("Đoàn kiểm tra liên ngành (chi tiết tại Phụ lục 03)", True, ["Đoàn kiểm tra liên ngành"]),
    ("Tổ công tác đặc biệt (có danh sách kèm theo)", True, ["Tổ công tác đặc biệt"]),
    ("Các cơ quan, đơn vị được phân công (Phụ lục 02) chủ động thực hiện", False,
     ["Các cơ quan, đơn vị được phân công"]),
    ("Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh (Sở Công Thương)", True,
     ["Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh (Sở Công Thương)"]),
    ("Tổ Thường trực (Văn phòng Sở)", True, ["Tổ Thường trực (Văn phòng Sở)"]),
])
def test_a_parenthesis_pointing_to_an_appendix_is_no_part_of_a_name(sentence, heading, units):
    assert leading_units(sentence, heading) == units


# ---------------------------------------------------------------- responsible_units
@pytest.mark.parametrize("text, lead, support", [
    # a Party plan: the subject opens the second sentence
    ("Tổ chức học tập, quán triệt Nghị quyết đến cán bộ, đảng viên. Ban Tuyên giáo Huyện ủy chủ trì, phối "
     "hợp với Trung tâm Chính trị huyện tham mưu thực hiện; hoàn thành trong tháng 4/2024.",
     ["Ban Tuyên giáo Huyện ủy"], ["Trung tâm Chính trị huyện"]),
    ("Kiện toàn chi bộ. Giao Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy và Đảng ủy các xã, "
     "thị trấn thực hiện, hoàn thành trước ngày 30-6-2024.",
     ["Ban Tổ chức Huyện ủy"], ["Văn phòng Huyện ủy", "Đảng ủy các xã, thị trấn"]),
    ("Sơ kết 6 tháng. Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy thực hiện.",
     ["Văn phòng Tỉnh ủy"], ["Ban Tổ chức Tỉnh ủy"]),
    # a Hồ Chí Minh City ward: "phối hợp" without "với", units split at commas
    ("Tuyên truyền về trật tự lòng đường, vỉa hè. Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp Ủy ban "
     "Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường thực hiện; hoàn thành trước ngày 31/3/2025.",
     ["Công chức Văn hóa - Xã hội"], ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên phường"]),
    # a province: the subject opens the item itself
    ("Sở Y tế chủ trì tổ chức chiến dịch tiêm chủng mở rộng; hoàn thành trong quý II/2025.", ["Sở Y tế"], []),
    ("Đề nghị Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể vận động Nhân dân.",
     ["Ủy ban MTTQ Việt Nam xã"], ["các đoàn thể"]),
    # in parentheses, support named before its role word
    ("Kiểm tra an toàn thực phẩm (Phòng Y tế chủ trì; Trung tâm Y tế huyện, UBND các xã phối hợp).",
     ["Phòng Y tế"], ["Trung tâm Y tế huyện", "UBND các xã"]),
    # "Giao … thực hiện" with no "chủ trì"; a unit named for a purpose runs on to "thực hiện"
    ("Rà soát hộ nghèo. Giao Công an xã thực hiện; hoàn thành trước ngày 30/6/2025.", ["Công an xã"], []),
    ("Cắm mốc giới quy hoạch. Giao Ban Chỉ đạo xây dựng nông thôn mới xã thực hiện.",
     ["Ban Chỉ đạo xây dựng nông thôn mới xã"], []),
    ("Ban Chỉ đạo xây dựng nông thôn mới huyện chủ trì, phối hợp với các xã thực hiện.",
     ["Ban Chỉ đạo xây dựng nông thôn mới huyện"], ["các xã"]),
    ("Tuyên truyền. Giao TT. HĐND xã chủ trì thực hiện.", ["TT. HĐND xã"], []),
    # the body issuing the plan hands the task on: "<body> giao X chủ trì" (Party and State plans)
    ("Quán triệt Nghị quyết. Đảng ủy giao Ban Xây dựng Đảng Đảng ủy xã chủ trì, tham mưu, phối hợp với Văn "
     "phòng Đảng ủy tổ chức thực hiện; hoàn thành trước ngày 30/10/2025.",
     ["Ban Xây dựng Đảng Đảng ủy xã"], ["Văn phòng Đảng ủy"]),
    ("Kiện toàn Ban Chỉ đạo. Đảng ủy giao Văn phòng HĐND và UBND xã chủ trì, tham mưu Ủy ban nhân dân xã "
     "thực hiện; hoàn thành trong tháng 10/2025.", ["Văn phòng HĐND và UBND xã"], []),
    ("Ban Thường vụ Huyện ủy giao Ủy ban Kiểm tra Huyện ủy chủ trì thực hiện.", ["Ủy ban Kiểm tra Huyện ủy"], []),
    ("Rà soát biên chế. UBND tỉnh giao cho Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thực hiện.",
     ["Sở Tài chính"], ["Sở Nội vụ"]),
    # "chủ trì, tham mưu, phối hợp với Y": the comma before "tham mưu" keeps Y a support unit
    ("Sở Y tế chủ trì, tham mưu, phối hợp với Sở Tài chính thực hiện.", ["Sở Y tế"], ["Sở Tài chính"]),
    ("Phòng Văn hóa - Xã hội chủ trì, triển khai, phối hợp với Công an phường thực hiện.",
     ["Phòng Văn hóa - Xã hội"], ["Công an phường"]),
    # "giao" after a body that hands nothing on to a unit in charge
    ("UBND xã giao ban với các thôn hằng tháng.", [], []),
    ("Ban Thường vụ Đảng ủy giao chỉ tiêu kết nạp đảng viên cho các chi bộ.", [], []),
    ("Văn phòng Đảng ủy giao nhận văn bản, chủ trì lưu trữ hồ sơ.", [], []),
    # no one in charge
    ("Tổ chức hội nghị sơ kết do UBND huyện chủ trì.", [], []),
    ("Tham mưu UBND huyện chủ trì hội nghị tổng kết.", [], []),
    ("Phối hợp với Công an huyện kiểm tra các cơ sở kinh doanh.", [], []),
    ("Giao chỉ tiêu kết nạp đảng viên cho các chi bộ.", [], []),
    ("Tổ chức giao ban hằng tháng; giao Văn phòng theo dõi.", [], []),
    ("Thường xuyên kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã.", [], []),
    ("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo trên địa bàn.", [], []),
])
def test_responsible_units(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---------------------------------------------------------------- canonical_unit
@pytest.mark.parametrize("a, b", [
    ("Uỷ ban nhân dân huyện", "UBND huyện"),
    ("UB. MTTQ Việt Nam phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    ("Ủy ban MTTQ xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("Trung tâm Văn hoá, Thể thao", "Trung tâm Văn hóa,  Thể thao"),
    ("Công chức Văn hóa-Xã hội", "công chức văn hoá - xã hội"),
    ("HĐ TĐKT huyện", "Hội đồng Thi đua - Khen thưởng huyện"),
    ("Hội đồng thi đua, khen thưởng thị trấn", "Hội đồng TĐKT thị trấn"),
    ("Phòng GD và ĐT", "Phòng Giáo dục và Đào tạo"),
    ("UBND huyện (b/c)", "UBND huyện"),
    ("Ban Chỉ huy Quân sự xã", "Ban CHQS xã"),
    ("Hội Liên hiệp Phụ nữ huyện", "Hội LHPN huyện"),
    ("Hội đồng nhân dân tỉnh", "HĐND tỉnh"),
])
def test_canonical_unit_groups(a, b):
    assert canonical_unit(a) == canonical_unit(b)


@pytest.mark.parametrize("a, b", [
    ("Phòng Nội vụ", "Phòng Tư pháp"),
    ("UBND huyện", "UBND xã"),
    ("Hội Nông dân xã", "Hội Cựu chiến binh xã"),
])
def test_canonical_unit_keeps_apart(a, b):
    assert canonical_unit(a) != canonical_unit(b)


def test_canonical_unit_form():
    assert canonical_unit("  Uỷ ban nhân dân huyện Tam Đường. ") == "ubnd huyện tam đường"
    assert canonical_unit("UB. MTTQ Việt Nam phường") == "ubmttq việt nam phường"


# ---------------------------------------------------------------- properties
def _letters(text: str) -> str:
    """Letters and digits only, without marks or case: what a unit must share with its source."""
    text = re.sub(r"<[^<>]*>", " ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text.casefold() if c.isalnum())


FRAGMENTS = st.sampled_from([
    "UBND", "huyện", "Phòng", "Nội vụ", ",", ";", "-", "(", ")", "\n", "và", "các", "phối hợp", "chủ trì",
    ":", "Đơn vị chủ trì:", "Phối hợp:", "UB.", "MTTQ", "Hội đồng", "Tổ chức", "Căn cứ", "Giao", "Đề nghị",
    "a)", "1.", "<li>", "**", "Trung tâm", "Văn hoá", "xây dựng", "Các cơ quan", "đơn vị", "Ban", "hành",
    "Sở Y tế", "Tổ", "số 3", "Phong", "Noi vu"])
TEXTS = st.one_of(st.text(max_size=200), st.lists(FRAGMENTS, max_size=30).map(" ".join),
                  st.lists(FRAGMENTS, max_size=30).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_units_come_from_the_text(text):
    assert isinstance(is_unit(text), bool)
    lead, support = split_units(text)
    source = _letters(text)
    for unit in lead + support + leading_units(text):
        assert unit and unit == unit.strip()
        assert _printed(_letters(unit), source)
    assert isinstance(canonical_unit(text), str)


def _printed(unit: str, source: str) -> bool:
    """Is the unit printed in the source: whole, or as the organ of the unit before it and a sibling
    place that shares it ("UBND huyện Tam Đường và huyện Phong Thổ" -> "UBND huyện Phong Thổ")?"""
    return unit in source or any(unit[:i] in source and unit[i:] in source for i in range(1, len(unit)))


# ---------------------------------------------------------------- the gold units of the sample plans
def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def _normalized_lines(stem: str, ext: str) -> list[str]:
    from pipeline.normalize import normalize_text

    return [ln.text for ln in normalize_text((PLANS / f"{stem}.{ext}").read_text(encoding="utf-8"), ext).lines]


def _tsv_unit_cells(stem: str) -> list[str]:
    """The unit column of a tab-separated task table; an unnumbered row continues the row above."""
    cells: list[str] = []
    for line in (PLANS / f"{stem}.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[1].startswith("Nội dung") or parts[0].startswith("QUÝ"):
            continue
        number, content, units = parts
        if number.strip() or (content.strip()[:1].isupper() and units.strip()):
            cells.append(units)
        elif cells:
            cells[-1] += "\n" + units
    return cells


def _flat_unit_cells(stem: str) -> list[str]:
    """A table flattened one cell per line: the number, the content, then the unit lines."""
    cells: list[list[str]] = []
    state = None
    for line in _normalized_lines(stem, "txt"):
        if re.match(r"^[IVX]+\.\s", line) and cells:
            break
        if re.fullmatch(r"\d{1,2}", line):
            cells.append([])
            state = "content"
        elif re.match(r"^[IVX]+ Quý", line):
            state = None
        elif state == "content":
            state = "units"
        elif state == "units":
            cells[-1].append(line)
    return ["\n".join(c) for c in cells]


@pytest.mark.skipif(not GOLD.is_dir(), reason="no shared gold")
@pytest.mark.parametrize("stem, cells", [("binh-gia-2025", _tsv_unit_cells), ("ta-lung-2025", _flat_unit_cells)])
def test_gold_task_units(stem, cells):
    tasks = _gold(stem)["tasks"]
    found = cells(stem)
    assert len(found) == len(tasks)
    checked = 0
    for cell, task in zip(found, tasks):
        if cell.strip():  # one ta-lung cell was run into its content line by the text layout
            assert split_units(cell) == (task["lead_units"], task["support_units"]), cell
            checked += 1
    assert checked >= len(tasks) - 1


ITEM = re.compile(r"^\d{1,2}\.\s")
CLOSING = re.compile(r"^(?:Trên đây|Căn cứ (?:nội dung )?(?:Kế hoạch|kế hoạch) này|Nơi nhận)")


@pytest.mark.skipif(not GOLD.is_dir(), reason="no shared gold")
@pytest.mark.parametrize("stem, ext", [("binh-gia-2025", "txt"), ("duong-quang-2025", "md"),
                                       ("ta-lung-2025", "txt"), ("tam-duong-2025", "txt"),
                                       ("vinh-tuy-2025", "md")])
def test_gold_assignment_units(stem, ext):
    """Every numbered item of TỔ CHỨC THỰC HIỆN: the units read off its lines, in order."""
    lines = _normalized_lines(stem, ext)
    start = max(i for i, ln in enumerate(lines) if re.match(r"^[IVX]+\.\s*TỔ CHỨC THỰC HIỆN", ln))
    items: list[list[str]] = []
    for line in lines[start + 1:]:
        if CLOSING.match(line):
            break
        if ITEM.match(line):
            items.append([line])
        elif items:
            items[-1].append(line)
    got = []
    for item in items:
        units: list[str] = []
        for line in item:
            units += [u for u in leading_units(line) if u not in units]
        got.append(units)
    assert got == [a["units"] for a in _gold(stem)["assignments"]]


# ---------------------------------------------------------------- police units, place names, qualifiers
@pytest.mark.parametrize("text, lead, support", [
    ("Đội Cảnh sát quản lý hành chính về trật tự xã hội chủ trì kiểm tra các cơ sở kinh doanh.",
     ["Đội Cảnh sát quản lý hành chính về trật tự xã hội"], []),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp với Phòng Hậu cần thực hiện.",
     ["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"], ["Phòng Hậu cần"]),
    ("Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp chủ trì rà soát.",
     ["Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"], []),
    # a place name ends its unit: only a locality word or a capital goes on
    ("Đội Cảnh sát giao thông - Trật tự chủ trì, phối hợp với Công an thị trấn Trảng Bom và Công an xã Hố Nai 3 "
     "tuần tra, kiểm soát trên Quốc lộ 1.", ["Đội Cảnh sát giao thông - Trật tự"],
     ["Công an thị trấn Trảng Bom", "Công an xã Hố Nai 3"]),
    ("Phòng Y tế chủ trì, phối hợp với Trạm Y tế xã Ea Kao khám sàng lọc cho trẻ em.",
     ["Phòng Y tế"], ["Trạm Y tế xã Ea Kao"]),
    ("Công an huyện chủ trì, phối hợp với UBND xã Tân Lập huyện Trảng Bom rà soát.",
     ["Công an huyện"], ["UBND xã Tân Lập huyện Trảng Bom"]),
    ("Phòng Nội vụ chủ trì, phối hợp với Thường trực HĐND huyện Đức Trọng khóa XII thực hiện.",
     ["Phòng Nội vụ"], ["Thường trực HĐND huyện Đức Trọng khóa XII"]),
    # police verbs end a unit, not a purpose-named one
    ("Đội Cảnh sát điều tra tội phạm về trật tự xã hội chủ trì, phối hợp với Đội Cảnh sát giao thông - Trật tự "
     "đấu tranh, xử lý tình trạng đua xe trái phép.", ["Đội Cảnh sát điều tra tội phạm về trật tự xã hội"],
     ["Đội Cảnh sát giao thông - Trật tự"]),
    ("Ban Chỉ đạo đấu tranh phòng, chống tội phạm huyện chủ trì, phối hợp với Công an huyện thực hiện.",
     ["Ban Chỉ đạo đấu tranh phòng, chống tội phạm huyện"], ["Công an huyện"]),
    # not cut: fields in lower case after a capital
    ("Phòng Y tế chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn huyện kiểm tra.",
     ["Phòng Y tế"], ["Phòng Nông nghiệp và Phát triển nông thôn huyện"]),
    ("Phòng Y tế chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội huyện kiểm tra.",
     ["Phòng Y tế"], ["Phòng Lao động - Thương binh và Xã hội huyện"]),
])
def test_police_units_and_place_names(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, units", [
    ("UBND các xã được giám sát", ["UBND các xã được giám sát"]),
    ("Các đơn vị được kiểm tra chuẩn bị báo cáo", ["Các đơn vị được kiểm tra"]),
    ("Các cơ quan, đơn vị được khảo sát có trách nhiệm cung cấp hồ sơ", ["Các cơ quan, đơn vị được khảo sát"]),
    ("Đội Hậu cần bảo đảm phương tiện, kinh phí", ["Đội Hậu cần"]),
    # "được" + another verb is the predicate; without a determiner no qualifier
    ("UBND các xã được giao chủ trì tổ chức", ["UBND các xã"]),
    ("UBND xã được giám sát việc sử dụng kinh phí", ["UBND xã"]),
    # a run of qualifying verbs, and a determiner over a list of nouns
    ("Các tổ chức đảng, đảng viên được kiểm tra, giám sát chuẩn bị báo cáo, hồ sơ",
     ["Các tổ chức đảng, đảng viên được kiểm tra, giám sát"]),
    ("Các đơn vị được kiểm tra và giám sát chuẩn bị hồ sơ", ["Các đơn vị được kiểm tra và giám sát"]),
    ("UBND các xã, phường, thị trấn được giám sát, khảo sát: Xây dựng báo cáo",
     ["UBND các xã, phường, thị trấn được giám sát, khảo sát"]),
    ("Các cơ sở giáo dục, cơ sở y tế được thanh tra chuẩn bị hồ sơ", ["Các cơ sở giáo dục, cơ sở y tế được thanh tra"]),
    # … not a verb of the run: the unit's own predicate, or a verb that is no qualifier
    ("Phòng Nội vụ kiểm tra, giám sát việc thực hiện", ["Phòng Nội vụ"]),
    ("Các đơn vị được kiểm tra, Phòng Tài chính phối hợp", ["Các đơn vị được kiểm tra", "Phòng Tài chính"]),
    ("UBND các xã được giao, giám sát việc thực hiện", ["UBND các xã"]),
])
def test_qualified_units(text, units):
    assert leading_units(text) == units


# ---- "phối hợp với" with its subject left unsaid: the item's unit is printed as its heading
@pytest.mark.parametrize("text, support", [
    ("Chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Cục Hải quan tỉnh nắm tình hình, "
     "đấu tranh triệt phá các đường dây buôn lậu.", ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Cục Hải quan tỉnh"]),
    ("Phối hợp với Công an huyện kiểm tra các cơ sở kinh doanh karaoke.", ["Công an huyện"]),
    ("Chủ trì và phối hợp với Phòng Y tế, Trạm Y tế các xã tổ chức tiêm chủng.", ["Phòng Y tế", "Trạm Y tế các xã"]),
    ("Tổ chức tuần tra khu vực biên giới; phối hợp với UBND các xã biên giới vận động Nhân dân.",
     ["UBND các xã biên giới"]),
    ("Kiểm soát vận chuyển động vật; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh ngăn chặn gia súc nhập lậu.",
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    # after a comma: the heading's unit goes on to name its partner
    ("Kiểm tra, giám sát việc thực hiện Nghị quyết tại các chi bộ trực thuộc, phối hợp với Văn phòng Đảng ủy "
     "thực hiện; thời gian: Quý IV/2026.", ["Văn phòng Đảng ủy"]),
    ("Rà soát hộ nghèo, hộ cận nghèo năm 2026, phối hợp chặt chẽ với Ủy ban MTTQ Việt Nam phường và các khu phố.",
     ["Ủy ban MTTQ Việt Nam phường", "các khu phố"]),
])
def test_partner_units_of_a_clause_without_its_subject(text, support):
    from extractors.units import partner_units
    assert partner_units(text) == support


@pytest.mark.parametrize("text", [
    "Tăng cường công tác phối hợp giữa các lực lượng chức năng.",
    "Đẩy mạnh sự phối hợp với các tổ chức quốc tế trong phòng, chống ma túy.",
    "Tổ chức hội nghị, phối hợp với nhiều ngành.",
    "Kiểm tra việc thực hiện quy chế phối hợp tại cơ sở.",
    "Quản lý học sinh trong dịp hè, phối hợp với gia đình giáo dục các em.",
    "Rà soát danh sách đối tượng, phối hợp tổ chức hội nghị sơ kết.",
])
def test_no_partner_units_where_phoi_hop_opens_no_clause(text):
    from extractors.units import partner_units
    assert partner_units(text) == []


@pytest.mark.parametrize("text, units", [
    ("Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Lạng Sơn: Tuyên truyền về tác hại của hàng giả.",
     ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Lạng Sơn"]),
    ("Báo và Phát thanh, Truyền hình Thanh Hóa; Cổng thông tin điện tử tỉnh: Mở chuyên mục.",
     ["Báo và Phát thanh, Truyền hình Thanh Hóa", "Cổng thông tin điện tử tỉnh"]),
])
def test_a_provinces_merged_newspaper_and_broadcaster_is_one_unit(text, units):
    assert leading_units(text) == units
    assert all(is_unit(u) for u in units)


def test_a_newspaper_and_a_broadcaster_apart_are_still_two():
    assert leading_units("Báo Nghệ An; Đài Phát thanh và Truyền hình Nghệ An: Mở chuyên mục.") == [
        "Báo Nghệ An", "Đài Phát thanh và Truyền hình Nghệ An"]


# ---- a unit's name ends where the sentence's verb begins, even one no list names
@pytest.mark.parametrize("text, units", [
    # after a proper name of two words or more: a field capitalises its first word only
    ("Báo Nghệ An mở chuyên mục tuyên truyền về chuyển đổi số.", ["Báo Nghệ An"]),
    ("Sở Công Thương triệt phá các đường dây buôn lậu.", ["Sở Công Thương"]),
    ("Trường THCS Nguyễn Du lồng ghép nội dung vào giờ sinh hoạt.", ["Trường THCS Nguyễn Du"]),
    ("Tỉnh đoàn Bình Phước ra quân chiến dịch tình nguyện.", ["Tỉnh đoàn Bình Phước"]),
    ("Chi cục Thuế khu vực Tuyên Quang thu ngân sách đúng quy định.", ["Chi cục Thuế khu vực Tuyên Quang"]),
    ("Ban Quản lý Vườn quốc gia Cúc Phương tổ chức hội nghị.", ["Ban Quản lý Vườn quốc gia Cúc Phương"]),
    # after the level word that closes one unit's name
    ("Đoàn Thanh niên xã ra quân dọn vệ sinh môi trường.", ["Đoàn Thanh niên xã"]),
    ("Đài Truyền thanh xã phát thanh 3 buổi/tuần.", ["Đài Truyền thanh xã"]),
    ("Hội đồng thẩm định giá tỉnh họp định kỳ.", ["Hội đồng thẩm định giá tỉnh"]),
    ("Viện Kiểm sát nhân dân huyện kiểm sát việc giải quyết tin báo.", ["Viện Kiểm sát nhân dân huyện"]),
    ("Trung tâm Phát triển quỹ đất huyện bàn giao mặt bằng.", ["Trung tâm Phát triển quỹ đất huyện"]),
    ("Chi nhánh Ngân hàng Chính sách xã hội huyện giải ngân vốn vay.",
     ["Chi nhánh Ngân hàng Chính sách xã hội huyện"]),
    ("Công an xã giao thông tuần tra.", ["Công an xã"]),
    ("Ban Chỉ đạo xây dựng nông thôn mới huyện tổ chức hội nghị.", ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]),
    ("Giao Đoàn kiểm tra của huyện kiểm tra công tác thi đua tại xã.", ["Đoàn kiểm tra của huyện"]),
    # "tổ chức hội nghị" is the verb, not the noun of "các tổ chức hội"
    ("UBND xã tổ chức hội nghị triển khai kế hoạch.", ["UBND xã"]),
    # verbs that end a name in lower case only
    ("Sở Văn hóa, Thể thao và Du lịch dàn dựng chương trình nghệ thuật.", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Tư pháp biên soạn tài liệu.", ["Sở Tư pháp"]),
    ("Sở Y tế thanh tra, kiểm tra các cơ sở kinh doanh.", ["Sở Y tế"]),
    ("Phòng Văn hóa - Xã hội đăng tải tin bài trên trang thông tin điện tử.", ["Phòng Văn hóa - Xã hội"]),
    ("Các đoàn thể chính trị - xã hội xã giới thiệu điển hình tiêu biểu.", ["Các đoàn thể chính trị - xã hội xã"]),
    ("Các tổ chức chính trị - xã hội giới thiệu hội viên tiêu biểu.", ["Các tổ chức chính trị - xã hội"]),
    ("Ủy ban MTTQ Việt Nam xã và các đoàn thể giới thiệu người tiêu biểu.", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể"]),
    # capitalised, the word is the name's: "Trung tâm Giới thiệu việc làm"
    ("Trung tâm Giới thiệu việc làm tỉnh tư vấn việc làm cho lao động.", ["Trung tâm Giới thiệu việc làm tỉnh"]),
])
def test_a_name_ends_before_its_verb(text, units):
    assert leading_units(text) == units


# ---- a body set up or overhauled ("kiện toàn", "thành lập", "củng cố") is the object, not part of the subject
@pytest.mark.parametrize("text, units", [
    ("UBND các xã, thị trấn kiện toàn Ban Chỉ đạo an toàn thực phẩm cấp xã.", ["UBND các xã, thị trấn"]),
    ("UBND các phường kiện toàn Tổ dân phố tự quản.", ["UBND các phường"]),
    ("Phòng Y tế kiện toàn Ban Chỉ đạo liên ngành.", ["Phòng Y tế"]),
    ("UBND các xã, thị trấn thành lập Tổ công tác.", ["UBND các xã, thị trấn"]),
    ("Ban Chỉ huy Quân sự xã củng cố lực lượng dân quân.", ["Ban Chỉ huy Quân sự xã"]),
    ("Công an xã củng cố Tổ an ninh trật tự cơ sở.", ["Công an xã"]),
    # "cũng" (also) joins no units either
    ("Hội Nông dân xã cũng tham gia vận động.", ["Hội Nông dân xã"]),
    # not changed: a level word already ended the name; "cùng" joins two units, "cung" is "cùng" without its mark
    ("Công an huyện thành lập Tổ công tác đặc biệt.", ["Công an huyện"]),
    ("Công an xã cùng Ban Chỉ huy Quân sự xã tuần tra.", ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
    ("Công an xã cung Ban Chỉ huy Quân sự xã tuần tra.", ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
])
def test_a_body_set_up_is_no_part_of_its_subject(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("unit", [
    "Hội Cựu Thanh niên xung phong huyện", "Trung tâm Hoạt động Thanh Thiếu niên tỉnh",
    "Ban Xây dựng Đảng Đảng ủy xã", "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh",
    "Ngân hàng TMCP Công Thương Việt Nam chi nhánh Hà Tĩnh", "Trường Đại học Mở Hà Nội",
    "Đội Thanh tra giao thông", "Chi nhánh Văn phòng đăng ký đất đai huyện", "Hội đồng xử lý kỷ luật",
    "Ban Quản lý dự án đầu tư xây dựng huyện", "Bảo hiểm xã hội huyện",
    "Phòng Lao động - Thương binh và xã hội huyện", "UBND các xã biên giới",
    "Cơ quan Cảnh sát điều tra Công an huyện", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện",
    "Đài phát thanh và truyền hình tỉnh", "Ban thanh tra nhân dân xã", "Đoàn thanh tra liên ngành",
    "UBND huyện Đức Trọng khóa XII", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    "Trường Mầm non xã Ea Kao số 2", "Công an xã chính quy", "UBND xã sở tại",
])
@pytest.mark.parametrize("tail", [" chủ trì thực hiện.", " tổ chức hội nghị.", " mở lớp tập huấn."])
def test_names_holding_such_words_stay_whole(unit, tail):
    assert leading_units(unit + tail) == [unit]


@pytest.mark.parametrize("sentence, units", [
    # a ministry's departments ("Vụ") lead items of its plans, alone or listed with its other bodies
    ("Vụ Kế hoạch - Tài chính thẩm định, tổng hợp dự toán kinh phí.", ["Vụ Kế hoạch - Tài chính"]),
    ("Vụ Pháp chế chủ trì rà soát văn bản quy phạm pháp luật.", ["Vụ Pháp chế"]),
    ("Vụ Tổ chức cán bộ phối hợp với Cục Chuyển đổi số tổ chức bồi dưỡng.", ["Vụ Tổ chức cán bộ"]),
    ("Vụ Giáo dục Mầm non hướng dẫn các sở triển khai.", ["Vụ Giáo dục Mầm non"]),
    ("Các Vụ, Cục, Viện, Văn phòng Bộ, Thanh tra Bộ căn cứ nhiệm vụ được giao chủ động triển khai.",
     ["Các Vụ, Cục, Viện", "Văn phòng Bộ", "Thanh tra Bộ"]),
    # a crop season or a case is no department
    ("Vụ Đông Xuân năm 2025 gieo cấy 5.000 ha lúa.", []),
    ("Vụ Hè Thu tập trung chuyển đổi cơ cấu cây trồng.", []),
    ("Vụ mùa năm 2025 bảo đảm đủ nước tưới.", []),
    ("Vụ việc phức tạp phải báo cáo ngay.", []),
    ("Vụ án được đưa ra xét xử lưu động.", []),
])
def test_a_ministrys_departments(sentence, units):
    assert leading_units(sentence) == units


# ---- a body nested in a unit and named by its field ("Ban Thường vụ | Hội Nông dân xã"): its name
# capitalises its first word only, or runs through the words its head lists, and does not end there
@pytest.mark.parametrize("sentence, units", [
    ("Ban Thường vụ Hội Cựu chiến binh xã phân công các đồng chí Ủy viên theo dõi các chi hội.",
     ["Ban Thường vụ Hội Cựu chiến binh xã"]),
    ("Ban Thường vụ Hội Nông dân huyện tổ chức tập huấn kỹ thuật.", ["Ban Thường vụ Hội Nông dân huyện"]),
    ("Thường trực Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia.", ["Thường trực Hội Liên hiệp Phụ nữ xã"]),
    ("Ban Chấp hành Hội Người cao tuổi phường vận động hội viên.", ["Ban Chấp hành Hội Người cao tuổi phường"]),
    ("Lãnh đạo Phòng Văn hóa và Thông tin chỉ đạo các xã treo băng rôn.", ["Lãnh đạo Phòng Văn hóa và Thông tin"]),
    ("Trưởng Phòng Tài nguyên và Môi trường chủ trì cuộc họp.", ["Trưởng Phòng Tài nguyên và Môi trường"]),
    ("Ban Giám hiệu Trường Trung học cơ sở Lê Lợi tổ chức ngoại khóa.",
     ["Ban Giám hiệu Trường Trung học cơ sở Lê Lợi"]),
    ("Hội Cựu Chiến binh phường phối hợp thực hiện.", ["Hội Cựu Chiến binh phường"]),
    ("Cán bộ Phòng Nội vụ hướng dẫn các xã.", ["Cán bộ Phòng Nội vụ"]),
    ("Ủy viên Ban Thường vụ Huyện ủy Lâm Thao chỉ đạo.", ["Ủy viên Ban Thường vụ Huyện ủy Lâm Thao"]),
    ("Chi bộ Trường Mầm non Hoa Sen tổ chức sinh hoạt.", ["Chi bộ Trường Mầm non Hoa Sen"]),
])
def test_a_nested_body_named_by_its_field_stays_whole(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a proper name after the head still ends before the verb
    ("Báo Nghệ An mở chuyên mục tuyên truyền.", ["Báo Nghệ An"]),
    ("Sở Công Thương triệt phá các đường dây buôn lậu.", ["Sở Công Thương"]),
    ("Ban Quản lý Vườn quốc gia Cúc Phương tổ chức hội nghị.", ["Ban Quản lý Vườn quốc gia Cúc Phương"]),
    ("Hội Cựu chiến binh huyện Cẩm Giàng tổ chức gặp mặt.", ["Hội Cựu chiến binh huyện Cẩm Giàng"]),
])
def test_a_proper_name_still_ends_before_its_verb(sentence, units):
    assert leading_units(sentence) == units


# ---- "tổ chức" after an association's bare "Hội" is the verb, not a locality ("Hội tổ 5")
@pytest.mark.parametrize("sentence, units", [
    ("Ban Thường vụ Hội tổ chức kiểm tra tại 03 chi hội.", ["Ban Thường vụ Hội"]),
    ("Ban Chấp hành Hội tổ chức hội nghị sơ kết 6 tháng.", ["Ban Chấp hành Hội"]),
    ("Thường trực Hội tổ chức gặp mặt hội viên tiêu biểu.", ["Thường trực Hội"]),
    ("Hội tổ chức hội thi tìm hiểu pháp luật.", []),   # the association itself: the plan's own work
    # a locality word after it still names the association of that place
    ("Ban Thường vụ Hội huyện chỉ đạo các cơ sở hội.", ["Ban Thường vụ Hội huyện"]),
    ("Chi hội thôn Đông tổ chức sinh hoạt.", ["Chi hội thôn Đông"]),
])
def test_to_chuc_after_a_bare_hoi_is_the_verb(sentence, units):
    assert leading_units(sentence) == units


# ---- the subject of a task's text and its "phối hợp với …": the units after it support it
@pytest.mark.parametrize("text, support", [
    ("Các chi hội phối hợp với Công an xã nắm tình hình, tham gia hòa giải ở cơ sở.", ["Công an xã"]),
    ("Công an huyện phối hợp với Phòng Văn hóa và Thông tin, Đoàn Thanh niên huyện kiểm tra các điểm kinh "
     "doanh dịch vụ internet.", ["Phòng Văn hóa và Thông tin", "Đoàn Thanh niên huyện"]),
    ("Hội Nông dân xã phối hợp với Trạm Khuyến nông huyện mở lớp tập huấn.", ["Trạm Khuyến nông huyện"]),
    ("Sở Y tế phối hợp với Sở Giáo dục và Đào tạo triển khai công tác y tế trường học.",
     ["Sở Giáo dục và Đào tạo"]),
    ("Đề nghị Ủy ban MTTQ Việt Nam xã phối hợp với các đoàn thể tuyên truyền.", ["các đoàn thể"]),
])
def test_subject_partners(text, support):
    from extractors.units import subject_partners
    assert subject_partners(text) == support


@pytest.mark.parametrize("text", [
    "UBND các xã, thị trấn phối hợp thực hiện.",              # a subject that only supports
    "Ban Thường vụ Hội phối hợp.",
    "Phối hợp với Đoàn Thanh niên xã tổ chức nói chuyện truyền thống.",   # no subject
    "Tăng cường phối hợp với Công an xã trong nắm tình hình.",
    "Hội Nông dân xã tổ chức tập huấn, phối hợp với Trạm Khuyến nông.",   # not right after the subject
])
def test_no_subject_partners(text):
    from extractors.units import subject_partners
    assert subject_partners(text) == []


@pytest.mark.parametrize("sentence, units", [
    # a hospital's departments lead the items of its plans, one by one or all together
    ("Khoa Dược: cung ứng đủ thuốc, vật tư tiêu hao.", ["Khoa Dược"]),
    ("Khoa Kiểm soát nhiễm khuẩn chủ trì giám sát tuân thủ vệ sinh tay.", ["Khoa Kiểm soát nhiễm khuẩn"]),
    ("Khoa Khám bệnh phối hợp với Phòng Điều dưỡng rút ngắn thời gian chờ.", ["Khoa Khám bệnh"]),
    ("Các khoa, phòng: xây dựng đề án cải tiến chất lượng của đơn vị.", ["Các khoa, phòng"]),
    ("Các khoa lâm sàng, cận lâm sàng thực hiện bảng kiểm an toàn phẫu thuật.", ["Các khoa lâm sàng, cận lâm sàng"]),
    # names holding a verb or an adverb of the predicates
    ("Phòng Kế hoạch tổng hợp theo dõi, tổng hợp báo cáo.", ["Phòng Kế hoạch tổng hợp"]),
    ("Giao Phòng Kế hoạch tổng hợp chủ trì kiểm tra hồ sơ bệnh án.", ["Phòng Kế hoạch tổng hợp"]),
    ("Khoa Hồi sức tích cực - Chống độc bảo đảm cơ số thuốc cấp cứu.", ["Khoa Hồi sức tích cực - Chống độc"]),
    # … and a district's department whose name ends before that verb
    ("Phòng Tài chính - Kế hoạch tổng hợp nhu cầu kinh phí.", ["Phòng Tài chính - Kế hoạch"]),
    # sciences are no department
    ("Khoa học công nghệ là động lực phát triển.", []),
    ("Khoa Học Và Công Nghệ phát triển mạnh.", []),
    ("Các khoa học xã hội được quan tâm.", []),
    ("Phòng Văn hóa, Khoa học và Thông tin tham mưu thực hiện.", ["Phòng Văn hóa, Khoa học và Thông tin"]),
])
def test_a_hospitals_departments(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # forest owners (Luật Lâm nghiệp) answer for fire prevention on their land
    ("Các chủ rừng chủ động bố trí lực lượng, phương tiện tại chỗ.", ["Các chủ rừng"]),
    ("Các chủ rừng trên địa bàn xã Tà Xùa tổ chức tuần tra, canh gác lửa rừng.",
     ["Các chủ rừng trên địa bàn xã Tà Xùa"]),
    ("Các chủ rừng là hộ gia đình, cá nhân ký cam kết bảo vệ rừng.", ["Các chủ rừng"]),
    # the bare noun, without a determiner, opens no unit
    ("Chủ rừng phải trồng lại rừng sau khai thác.", []),
    ("Diện tích chủ rừng tự trồng tăng 5%.", []),
])
def test_forest_owners(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a Party cell's plan addresses its members, who set the example ("gương mẫu") it asks of them
    ("Các đảng viên trong Chi bộ gương mẫu thực hiện và vận động gia đình thực hiện tốt Kế hoạch.",
     ["Các đảng viên trong Chi bộ"]),
    ("Các đảng viên thôn Đồng Lạc tích cực tham gia sinh hoạt nơi cư trú.", ["Các đảng viên thôn Đồng Lạc"]),
    ("Cán bộ, đảng viên gương mẫu chấp hành chủ trương của Đảng.", ["Cán bộ, đảng viên"]),
    # negatives: members named without a determiner, or inside the sentence, lead nothing
    ("Đảng viên phải gương mẫu nơi cư trú.", []),
    ("Chi ủy phân công nhiệm vụ cho các đảng viên.", ["Chi ủy"]),
])
def test_a_cells_members_are_addressed(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, lead, support", [
    # a role in brackets after its unit reads as the bare word would
    ("Tổ chức hội thi. Phòng Văn hóa và Thông tin (chủ trì), Trung tâm Văn hóa - Thể thao huyện (phối hợp) "
     "thực hiện; hoàn thành trong Quý II/2025.",
     ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa - Thể thao huyện"]),
    ("Phát thanh chuyên mục an ninh trật tự. Trách nhiệm thực hiện: Công chức Văn hóa - Xã hội (chủ trì); "
     "Đài truyền thanh phường (phối hợp).", ["Công chức Văn hóa - Xã hội"], ["Đài truyền thanh phường"]),
    ("Rà soát hồ sơ thanh niên. Công an xã (Chủ trì); Ban Chỉ huy Quân sự xã, Trưởng các thôn (phối hợp).",
     ["Công an xã"], ["Ban Chỉ huy Quân sự xã", "Trưởng các thôn"]),
    ("Kiểm tra cơ sở. Giao Phòng Y tế (chủ trì) phối hợp Trạm Y tế xã thực hiện.", ["Phòng Y tế"], ["Trạm Y tế xã"]),
    # not changed: a unit named inside a sentence is an object, in brackets or not
    ("Tham dự hội nghị do UBND huyện (chủ trì) tổ chức vào tháng 5.", [], []),
    ("Tổ chức hội nghị sơ kết (chủ trì: đồng chí Bí thư Đảng ủy).", [], []),
])
def test_a_role_in_brackets_after_its_unit(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---------------------------------------------------------------- relative clauses of a unit's name
@pytest.mark.parametrize("sentence, units", [
    # "được phân công / giao / cử …" after units a determiner or a common noun names says which of
    # them: the clause is part of the name, up to the main clause's predicate
    ("Các sở, ban, ngành được giao nhiệm vụ tại Phụ lục kèm theo có trách nhiệm xây dựng kế hoạch chi tiết.",
     ["Các sở, ban, ngành được giao nhiệm vụ tại Phụ lục kèm theo"]),
    ("Thành viên Ban Chỉ đạo được phân công phụ trách địa bàn có trách nhiệm kiểm tra, đôn đốc.",
     ["Thành viên Ban Chỉ đạo được phân công phụ trách địa bàn"]),
    ("UBND các phường được giao chủ trì thực hiện nhiệm vụ chủ động bố trí kinh phí.",
     ["UBND các phường được giao chủ trì thực hiện nhiệm vụ"]),
    ("Cơ quan được giao chủ trì các nhiệm vụ chịu trách nhiệm báo cáo kết quả về Sở Nội vụ.",
     ["Cơ quan được giao chủ trì các nhiệm vụ"]),
    ("Các đồng chí cán bộ được cử tham gia Tổ công tác khẩn trương nắm tình hình tại cơ sở.",
     ["Các đồng chí cán bộ được cử tham gia Tổ công tác"]),
    # no main predicate after it: "được giao …" is the sentence's own predicate
    ("Các đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết.", ["Các đơn vị"]),
    ("Các xã được giao chỉ tiêu giảm nghèo phấn đấu hoàn thành trước tháng 11/2025.", ["Các xã"]),
    ("Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã", ["Các cơ quan, đơn vị"]),
    # a named body's "được giao" is its predicate, whatever follows
    ("Phòng Nội vụ được giao tham mưu có trách nhiệm tổng hợp.", ["Phòng Nội vụ"]),
    # the clause ends at its sentence: a main predicate further on is another sentence's
    ("Các đơn vị được giao nhiệm vụ. Sở Tài chính có trách nhiệm bố trí kinh phí.", ["Các đơn vị"]),
])
def test_a_relative_clause_after_units_is_part_of_their_name(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("heading, units", [
    # a heading that only names units: the relative clause runs to its end (a final colon left out)
    ("Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã", ["Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã"]),
    ("Các phòng, ban chuyên môn được giao chủ trì các nhiệm vụ tại Phụ lục I:",
     ["Các phòng, ban chuyên môn được giao chủ trì các nhiệm vụ tại Phụ lục I"]),
    ("Thành viên Tổ công tác được cử giúp đỡ thôn Nà Pá", ["Thành viên Tổ công tác được cử giúp đỡ thôn Nà Pá"]),
    ("Các đơn vị có liên quan", ["Các đơn vị có liên quan"]),
    # still no unit of a heading's verb, nor of a named body's passive, nor past a sentence's end
    ("Tăng cường kiểm tra các đơn vị được giao nhiệm vụ", []),
    ("Sở Y tế được giao chủ trì tổ chức thực hiện", ["Sở Y tế"]),
    ("Các đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết.", ["Các đơn vị"]),
])
def test_a_heading_names_its_units_by_a_whole_relative_clause(heading, units):
    assert leading_units(heading, heading=True) == units


@pytest.mark.parametrize("sentence, units", [
    # the public service centre of every commune and ward since July 2025: "tổng hợp" is its name
    ("Trung tâm Dịch vụ tổng hợp xã hướng dẫn kỹ thuật canh tác, tái canh cà phê.",
     ["Trung tâm Dịch vụ tổng hợp xã"]),
    ("Giao Trung tâm Dịch vụ tổng hợp phường chủ trì tổ chức hội chợ xúc tiến thương mại.",
     ["Trung tâm Dịch vụ tổng hợp phường"]),
    ("Trung tâm Dịch vụ tổng hợp xã Bảo Lâm 1 tổng hợp số liệu, báo cáo UBND xã.",
     ["Trung tâm Dịch vụ tổng hợp xã Bảo Lâm 1"]),
    # … while the verb still ends other names
    ("Trung tâm Dịch vụ nông nghiệp tổng hợp nhu cầu giống cây trồng.", ["Trung tâm Dịch vụ nông nghiệp"]),
    ("Phòng Kinh tế tổng hợp kết quả, báo cáo UBND xã.", ["Phòng Kinh tế"]),
])
def test_the_communes_public_service_centre(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, units", [
    # the elected body of a hamlet (ấp, khóm, thôn) in the South
    ("Ban nhân dân các ấp theo dõi tình hình nuôi tôm, kịp thời báo cáo UBND xã.", ["Ban nhân dân các ấp"]),
    ("Ban nhân dân ấp Tân Hiệp phối hợp tuyên truyền đến từng hộ dân.", ["Ban nhân dân ấp Tân Hiệp"]),
    ("Ban nhân dân khóm 3 vận động người dân tham gia.", ["Ban nhân dân khóm 3"]),
    ("Ban Nhân dân ấp Phú Thạnh thực hiện rà soát.", ["Ban Nhân dân ấp Phú Thạnh"]),
    # not the commune's People's Committee, not the people
    ("Ủy ban nhân dân xã chỉ đạo các ngành thực hiện.", ["Ủy ban nhân dân xã"]),
    ("Huy động ban nhân dân tham gia vệ sinh môi trường.", []),
])
def test_a_hamlets_ban_nhan_dan_is_a_unit(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("cell, lead, support", [
    # "Hội đồng phối hợp" is a council's name (phổ biến, giáo dục pháp luật; liên ngành), not a role
    ("Các thành viên Hội đồng phối hợp", ["Các thành viên Hội đồng phối hợp"], []),
    ("Thường trực Hội đồng phối hợp", ["Thường trực Hội đồng phối hợp"], []),
    ("Phòng Tư pháp; Các thành viên Hội đồng phối hợp.", ["Phòng Tư pháp", "Các thành viên Hội đồng phối hợp"], []),
    # … while a unit, a council among them, followed by the bare role word still says it supports
    ("Hội đồng nhân dân xã phối hợp", [], ["Hội đồng nhân dân xã"]),
    ("Các thành viên Hội đồng (phối hợp)", [], ["Các thành viên Hội đồng"]),
    ("Phòng Tư pháp phối hợp", [], ["Phòng Tư pháp"]),
])
def test_a_council_named_for_coordination_keeps_its_name(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("cell, lead, support", [
    # the staff office of a military command or a police force is named "Ban/Phòng Tham mưu"
    ("Ban Tham mưu", ["Ban Tham mưu"], []),
    ("Ban Tham mưu; Ban Chính trị", ["Ban Tham mưu", "Ban Chính trị"], []),
    ("Phòng Tham mưu", ["Phòng Tham mưu"], []),
    # … while a unit followed by the bare role word still says what it does
    ("Văn phòng UBND huyện tham mưu", ["Văn phòng UBND huyện"], []),
    ("Phòng Nội vụ (tham mưu)", ["Phòng Nội vụ"], []),
])
def test_a_staff_office_keeps_its_name(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A school's plan tasks its staff by post, as it does its principal ("Hiệu trưởng") and its Pioneer
# leader ("Tổng phụ trách Đội"): the form teachers and the health worker lead the items they open.
@pytest.mark.parametrize("sentence, units", [
    ("Nhân viên y tế là đầu mối tham mưu triển khai Kế hoạch; báo cáo Hiệu trưởng hằng tháng",
     ["Nhân viên y tế"]),
    ("Giáo viên chủ nhiệm phối hợp theo dõi sức khỏe học sinh của lớp", ["Giáo viên chủ nhiệm"]),
    ("Giáo viên chủ nhiệm lớp 9 phối hợp với Tổng phụ trách Đội tư vấn hướng nghiệp", ["Giáo viên chủ nhiệm lớp 9"]),
    ("Giáo viên chủ nhiệm các lớp và Nhân viên y tế nhà trường tổ chức khám sàng lọc",
     ["Giáo viên chủ nhiệm các lớp", "Nhân viên y tế nhà trường"]),
])
def test_a_schools_staff_lead_by_post(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence", [
    "Giáo viên dạy giỏi cấp huyện được khen thưởng theo quy định",   # teachers at large: no post in charge
    "Nhân viên phục vụ được bố trí theo ca trực",
])
def test_other_staff_words_lead_nothing(sentence):
    assert leading_units(sentence) == []


# A special zone ("đặc khu", a commune-level unit since July 2025) closes its units' names as "xã"
# does: "Công an đặc khu", "Ủy ban MTTQ Việt Nam đặc khu"; the words elsewhere name no unit.
@pytest.mark.parametrize("cell, lead, support", [
    ("Công an đặc khu", ["Công an đặc khu"], []),
    ("Phòng Kinh tế; Ban Chỉ huy Quân sự đặc khu", ["Phòng Kinh tế", "Ban Chỉ huy Quân sự đặc khu"], []),
    ("Đồn Biên phòng Côn Đảo; Ban Chỉ huy Quân sự đặc khu",
     ["Đồn Biên phòng Côn Đảo", "Ban Chỉ huy Quân sự đặc khu"], []),
    ("Ủy ban MTTQ Việt Nam đặc khu\nHội Liên hiệp Phụ nữ đặc khu",
     ["Ủy ban MTTQ Việt Nam đặc khu", "Hội Liên hiệp Phụ nữ đặc khu"], []),
    ("UBND đặc khu Phú Quốc chủ trì, phối hợp với Công an đặc khu",
     ["UBND đặc khu Phú Quốc"], ["Công an đặc khu"]),
])
def test_a_special_zones_units(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("sentence, units", [
    ("Ủy ban nhân dân đặc khu cụ thể hóa Kế hoạch thành chương trình công tác năm 2026",
     ["Ủy ban nhân dân đặc khu"]),
    ("Ủy ban MTTQ Việt Nam đặc khu và các tổ chức chính trị - xã hội tuyên truyền, vận động",
     ["Ủy ban MTTQ Việt Nam đặc khu", "các tổ chức chính trị - xã hội"]),
    ("Đảng ủy đặc khu Côn Đảo lãnh đạo, chỉ đạo thực hiện", ["Đảng ủy đặc khu Côn Đảo"]),
    ("HĐND đặc khu giám sát việc thực hiện", ["HĐND đặc khu"]),
    ("Các xã, phường, đặc khu báo cáo kết quả", ["Các xã, phường, đặc khu"]),
])
def test_a_special_zones_units_lead_an_item(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, lead, support", [
    ("Tổ chức quán triệt Nghị quyết; hoàn thành trong quý I/2026. Ủy ban MTTQ Việt Nam đặc khu chủ trì.",
     ["Ủy ban MTTQ Việt Nam đặc khu"], []),
    # the common noun: a zone the plan wants built, or a "special" area, is no unit's name
    ("Phòng Kinh tế chủ trì, phối hợp với Công an đặc khu xây dựng đề án đặc khu kinh tế.",
     ["Phòng Kinh tế"], ["Công an đặc khu"]),
    ("Phòng Kinh tế chủ trì, phối hợp với Công an xã xây dựng đề án đặc khu kinh tế.",
     ["Phòng Kinh tế"], ["Công an xã"]),
    ("Trung tâm Y tế chủ trì khoanh vùng khu đặc biệt khó khăn.", ["Trung tâm Y tế"], []),
    # "đặc khu kinh tế" inside a body's name does not close it at "đặc khu"
    ("Ban Quản lý đặc khu kinh tế chủ trì, phối hợp với Sở Tài chính thực hiện.",
     ["Ban Quản lý đặc khu kinh tế"], ["Sở Tài chính"]),
])
def test_special_zone_units_in_prose(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    # who does it, in brackets closing the task
    ("Hướng dẫn cơ sở Hội đăng ký thi đua; hoàn thành trước ngày 25/01/2025 (Ban Kinh tế - Xã hội thực hiện).",
     ["Ban Kinh tế - Xã hội"], []),
    ("Xây dựng Kế hoạch công tác năm 2026 (Văn phòng thực hiện).", ["Văn phòng"], []),
    ("Rà soát hộ nghèo, hộ cận nghèo (Công chức Lao động - Thương binh và Xã hội phụ trách)",
     ["Công chức Lao động - Thương binh và Xã hội"], []),
    ("Tập huấn nghiệp vụ cho cán bộ chi hội (Ban Tổ chức - Kiểm tra triển khai);", ["Ban Tổ chức - Kiểm tra"], []),
    # brackets that name no unit, or that do not close the task
    ("Tổ chức kiểm tra các cơ sở (theo kế hoạch thực hiện).", [], []),
    ("Tổ chức kiểm tra (nếu có điều kiện thực hiện).", [], []),
    ("Rà soát (Văn phòng thực hiện) các hồ sơ còn tồn đọng.", [], []),
    # "X chủ trì, Y thực hiện": Y carries the task out, a second unit in charge
    ("Vận động hội viên tham gia Tết trồng cây; Ban Tuyên giáo chủ trì, Hội Nông dân các xã, thị trấn thực hiện.",
     ["Ban Tuyên giáo", "Hội Nông dân các xã, thị trấn"], []),
    ("Ra quân dọn vệ sinh môi trường. Đoàn Thanh niên xã chủ trì; các chi đoàn thôn thực hiện.",
     ["Đoàn Thanh niên xã", "các chi đoàn thôn"], []),
    # … but "thực hiện" with more after it is the phrase of another clause
    ("Phòng Y tế chủ trì, Công an xã thực hiện kiểm tra các cơ sở.", ["Phòng Y tế"], []),
    # a bank's transaction office is named in lower case after its "Phòng"
    ("Giao Ban Kinh tế - Xã hội chủ trì, phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện rà soát các tổ.",
     ["Ban Kinh tế - Xã hội"], ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện"]),
])
def test_responsible_units_in_closing_brackets_and_a_second_doer(text, lead, support):
    assert responsible_units(text) == (lead, support)


# "X thực hiện, Y phối hợp": the doer and its partners, each saying its role, as "X chủ trì, Y phối hợp"
# does; the partner clause must end the sentence (more after it is Y's own work).
@pytest.mark.parametrize("text, lead, support", [
    ("Trạm Y tế xã thực hiện, Công an xã phối hợp.", ["Trạm Y tế xã"], ["Công an xã"]),
    ("Trạm Y tế xã thực hiện, Công an xã phối hợp. Tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi.",
     ["Trạm Y tế xã"], ["Công an xã"]),
    ("Tổ chức tập huấn cho cán bộ thôn. Công chức Văn hóa - Xã hội thực hiện, Đoàn Thanh niên xã phối hợp.",
     ["Công chức Văn hóa - Xã hội"], ["Đoàn Thanh niên xã"]),
    ("Kiểm tra an toàn thực phẩm; Phòng Y tế huyện thực hiện, Công an huyện, Đội Quản lý thị trường số 5 phối hợp "
     "thực hiện.", ["Phòng Y tế huyện"], ["Công an huyện", "Đội Quản lý thị trường số 5"]),
    ("Giao Văn phòng HĐND - UBND thực hiện, Công chức Tư pháp - Hộ tịch phối hợp.",
     ["Văn phòng HĐND - UBND"], ["Công chức Tư pháp - Hộ tịch"]),
    # negatives: the partner's clause goes on with its own work; the doer's verb has an object; no unit
    ("Các hộ gia đình thực hiện, Công an xã phối hợp kiểm tra việc đăng ký tạm trú.", [], []),
    ("Trạm Y tế xã thực hiện tiêm chủng, Công an xã phối hợp.", [], []),
    ("Người dân thực hiện, Công an xã phối hợp.", [], []),
    ("Các hộ gia đình thực hiện nếp sống văn minh, phối hợp với chính quyền.", [], []),
])
def test_a_doer_and_its_partner_each_saying_its_role(text, lead, support):
    assert responsible_units(text) == (lead, support)


def test_a_bank_transaction_office_is_a_unit_and_phong_giao_dich_alone_is_not_a_name():
    assert leading_units("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Yên Thành cho vay vốn.") == [
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Yên Thành"]
    assert leading_units("Phòng, chống giao dịch trái phép") == []


# Sibling places that share the organ printed once before the first: "UBND xã A, xã B" names two
# communes' committees. Never a list without names ("UBND các xã, phường"), nor a place of another
# level than the unit's own ("Phòng Kinh tế thị xã, phường An Lạc"), nor a place that locates.
@pytest.mark.parametrize("text, lead, support", [
    ("UBND xã Ea Siên, xã Cư Bao; Hội Nông dân thị xã",
     ["UBND xã Ea Siên", "UBND xã Cư Bao", "Hội Nông dân thị xã"], []),
    ("Phòng Quản lý đô thị thị xã; UBND phường An Lạc, phường Thiện An",
     ["Phòng Quản lý đô thị thị xã", "UBND phường An Lạc", "UBND phường Thiện An"], []),
    ("Công an xã Nậm Pồ, xã Si Pa Phìn và xã Nà Hỳ",
     ["Công an xã Nậm Pồ", "Công an xã Si Pa Phìn", "Công an xã Nà Hỳ"], []),
    ("Chủ trì: Ủy ban nhân dân huyện Krông Pắc và huyện Cư M'gar",
     ["Ủy ban nhân dân huyện Krông Pắc", "Ủy ban nhân dân huyện Cư M'gar"], []),
    ("Phối hợp: Đảng ủy thị trấn Phước An, thị trấn Ea Drăng",
     [], ["Đảng ủy thị trấn Phước An", "Đảng ủy thị trấn Ea Drăng"]),
    # negatives
    ("UBND các xã, phường", ["UBND các xã, phường"], []),
    ("UBND các xã, thị trấn; Ban điều hành các tổ dân phố",
     ["UBND các xã, thị trấn", "Ban điều hành các tổ dân phố"], []),
    ("Phòng Kinh tế thị xã, phường An Lạc", ["Phòng Kinh tế thị xã, phường An Lạc"], []),
    ("UBND huyện Cư M'gar, tỉnh Đắk Lắk", ["UBND huyện Cư M'gar, tỉnh Đắk Lắk"], []),
    ("Đồn Biên phòng Pa Vệ Sủ, xã Pà Vầy Sủ", ["Đồn Biên phòng Pa Vệ Sủ, xã Pà Vầy Sủ"], []),
])
def test_sibling_places_share_the_organ(text, lead, support):
    assert split_units(text) == (lead, support)


def test_sibling_places_in_prose():
    assert responsible_units("UBND xã Ea Siên và xã Cư Bao chủ trì, phối hợp với Hội Nông dân thị xã "
                             "tổ chức chợ phiên.") == (["UBND xã Ea Siên", "UBND xã Cư Bao"],
                                                       ["Hội Nông dân thị xã"])
# ---------------------------------------------------------------- units named by their role
# A programme's table names its units by role ("Cơ quan chuẩn bị", "Đơn vị chủ trì"); the
# organization part then addresses them so. The role word is the predicate unless the main
# clause's own predicate follows it.
@pytest.mark.parametrize("sentence, units", [
    ("Các cơ quan chuẩn bị chủ động xây dựng đề án, báo cáo; gửi dự thảo về Văn phòng.", ["Các cơ quan chuẩn bị"]),
    ("Các đơn vị chủ trì chủ động xây dựng kế hoạch chi tiết.", ["Các đơn vị chủ trì"]),
    ("Các đơn vị phối hợp có trách nhiệm cử cán bộ tham gia Đoàn kiểm tra.", ["Các đơn vị phối hợp"]),
    ("Các bộ phận chuẩn bị khẩn trương hoàn thiện dự thảo.", ["Các bộ phận chuẩn bị"]),
    # the role word as the predicate
    ("Các cơ quan chuẩn bị nội dung báo cáo gửi Văn phòng.", ["Các cơ quan"]),
    ("Các đơn vị phối hợp chặt chẽ với Công an xã.", ["Các đơn vị"]),
    ("Các đơn vị chủ trì tổ chức hội nghị.", ["Các đơn vị"]),
])
def test_units_named_by_their_role(sentence, units):
    assert leading_units(sentence) == units


# "Ủy ban MTTQ và các đoàn thể xã": each unit as printed, as the sample gold writes them ("Ủy ban Mặt
# trận Tổ quốc Việt Nam thị trấn và các đoàn thể" gives "các đoàn thể", "UB. MTTQ Việt Nam phường và
# các tổ chức chính trị - xã hội" gives "các tổ chức chính trị - xã hội"): a level word printed once
# is not carried to the other units of the list.
@pytest.mark.parametrize("sentence, units", [
    ("Đề nghị Uỷ ban MTTQ và các đoàn thể xã tuyên truyền, vận động.", ["Uỷ ban MTTQ", "các đoàn thể xã"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện tham gia giám sát.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam", "các đoàn thể huyện"]),
    ("Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động.",
     ["Ủy ban Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội huyện"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn và các đoàn thể phối hợp.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn", "các đoàn thể"]),
    ("Công an huyện và các đoàn thể xã phối hợp tuần tra.", ["Công an huyện", "các đoàn thể xã"]),
    ("Trạm Y tế và các trường học trên địa bàn xã phối hợp.", ["Trạm Y tế", "các trường học trên địa bàn xã"]),
    ("Ủy ban MTTQ, các đoàn thể xã tuyên truyền.", ["Ủy ban MTTQ", "các đoàn thể xã"]),
])
def test_units_of_a_list_are_each_as_printed(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a cooperative's name runs through its field to its place; "xã" is the head's own word
    ("Hợp tác xã dịch vụ nông nghiệp Thanh Hà bảo đảm cung ứng đủ giống.", ["Hợp tác xã dịch vụ nông nghiệp Thanh Hà"]),
    ("Hợp tác xã nông nghiệp Tân Tiến chủ trì tổ chức.", ["Hợp tác xã nông nghiệp Tân Tiến"]),
    ("Hợp tác xã tổ chức sản xuất theo chuỗi.", ["Hợp tác xã"]),
    ("Hợp tác xã vận hành trạm bơm.", ["Hợp tác xã"]),
    # the reflexive "tự" before a verb opens the predicate
    ("Các trường tự kiểm tra, đánh giá theo Bộ tiêu chí.", ["Các trường"]),
    ("UBND các xã tự rà soát, bình xét.", ["UBND các xã"]),
    ("Tổ tự quản thôn kiểm tra vệ sinh.", ["Tổ tự quản thôn"]),
])
def test_a_cooperatives_field_and_a_reflexive_verb(sentence, units):
    assert leading_units(sentence) == units


def test_tu_closing_a_word_of_a_name_is_no_reflexive_verb():
    assert leading_units("Đội Cảnh sát giao thông - Trật tự tổ chức tuần tra trên Quốc lộ 1A.") == [
        "Đội Cảnh sát giao thông - Trật tự"]
@pytest.mark.parametrize("sentence, units", [
    # a committee named for its task and its level: the verb after the head is its name's
    ("Ban Chỉ đạo rà soát xã", ["Ban Chỉ đạo rà soát xã"]),
    ("Ban Chỉ đạo rà soát hộ nghèo xã chỉ đạo các thôn", ["Ban Chỉ đạo rà soát hộ nghèo xã"]),
    ("Tổ công tác rà soát huyện báo cáo kết quả", ["Tổ công tác rà soát huyện"]),
    ("Tổ công tác lập hồ sơ địa chính phường: theo dõi, đôn đốc", ["Tổ công tác lập hồ sơ địa chính phường"]),
    ("Ban Chỉ đạo rà soát nhà ở thị trấn; Tổ công tác thôn", ["Ban Chỉ đạo rà soát nhà ở thị trấn", "Tổ công tác thôn"]),
    # the verb opens what the committee does: an object follows it, no level word ends the name
    ("Ban Chỉ đạo rà soát các hồ sơ tồn đọng", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo rà soát hộ nghèo", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo rà soát, báo cáo kết quả về huyện", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo báo cáo UBND huyện", ["Ban Chỉ đạo"]),
    ("Ban Chỉ đạo rà soát lại danh sách hộ nghèo xã", ["Ban Chỉ đạo"]),
    ("Phòng Nội vụ rà soát hồ sơ huyện", ["Phòng Nội vụ"]),   # not a purpose head
])
def test_a_purpose_head_named_for_its_task_up_to_its_level(sentence, units):
    assert leading_units(sentence) == units
    assert leading_units(sentence, heading=True) == units


@pytest.mark.parametrize("sentence, units", [
    # a school's and a commune's posts listed in lower case after the first unit
    ("Các tổ chuyên môn, giáo viên chủ nhiệm, giáo viên bộ môn rà soát kết quả học tập.",
     ["Các tổ chuyên môn", "giáo viên chủ nhiệm", "giáo viên bộ môn"]),
    ("Phó Hiệu trưởng, tổ trưởng chuyên môn kiểm tra hồ sơ chuyên môn.", ["Phó Hiệu trưởng", "tổ trưởng chuyên môn"]),
    ("Liên đội, Chi đoàn giáo viên và bộ phận văn phòng chuẩn bị hội trường.",
     ["Liên đội", "Chi đoàn giáo viên", "bộ phận văn phòng"]),
    ("Trạm Y tế, y tế thôn bản, cộng tác viên dân số rà soát đối tượng tiêm chủng.",
     ["Trạm Y tế", "y tế thôn bản", "cộng tác viên dân số"]),
    ("Trưởng thôn, bí thư chi bộ vận động nhân dân tham gia.", ["Trưởng thôn", "bí thư chi bộ"]),
    ("Trưởng bản, phó bí thư chi bộ tuyên truyền đến từng hộ.", ["Trưởng bản", "phó bí thư chi bộ"]),
    ("Nhà trường, nhân viên y tế trường học theo dõi sức khỏe học sinh.", ["Nhà trường", "nhân viên y tế trường học"]),
    # a field after the post's noun ("thư viện, thiết bị") is no new unit
    ("Nhân viên thư viện, thiết bị bổ sung sách tham khảo.", ["Nhân viên thư viện, thiết bị"]),
    # staff nouns the list joins into one collective, and lower-case words that go on with one name
    ("Cán bộ, giáo viên, nhân viên nhà trường tham gia tập huấn.", ["Cán bộ, giáo viên, nhân viên nhà trường"]),
    ("Toàn thể cán bộ, nhân viên y tế thực hiện nghiêm nội quy.", ["Toàn thể cán bộ, nhân viên y tế"]),
    ("Toàn thể cán bộ, công chức, viên chức thực hiện nghiêm quy định.", ["Toàn thể cán bộ, công chức, viên chức"]),
    ("Các sở, cơ quan, đơn vị liên quan phối hợp thực hiện.", ["Các sở, cơ quan, đơn vị liên quan"]),
    ("UBND các xã, thị trấn chỉ đạo các thôn.", ["UBND các xã, thị trấn"]),
    ("Trưởng các thôn, buôn vận động người dân.", ["Trưởng các thôn, buôn"]),
    # names whose commas and dashes are their own
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tổ chức lớp học.",
     ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]),
    ("Phòng Văn hóa, Khoa học và Thông tin chủ trì tuyên truyền.", ["Phòng Văn hóa, Khoa học và Thông tin"]),
    # each field after one "Công chức" is a post of its own (see test_servant_fields_share_their_head)
    ("Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch tuyên truyền pháp luật.",
     ["Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch"]),
    ("Hội Cựu chiến binh, Hội Nông dân vận động hội viên.", ["Hội Cựu chiến binh", "Hội Nông dân"]),
])
def test_posts_listed_in_lower_case_after_the_first_unit(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("cell, lead", [
    ("Trạm Y tế, y tế thôn bản, cộng tác viên dân số", ["Trạm Y tế", "y tế thôn bản", "cộng tác viên dân số"]),
    ("trưởng thôn, bí thư chi bộ", ["trưởng thôn", "bí thư chi bộ"]),
    ("Giáo viên chủ nhiệm; giáo viên bộ môn", ["Giáo viên chủ nhiệm", "giáo viên bộ môn"]),
    ("Phòng Văn hóa, Khoa học và Thông tin", ["Phòng Văn hóa, Khoa học và Thông tin"]),
    ("cán bộ, giáo viên, nhân viên", ["cán bộ, giáo viên, nhân viên"]),
])
def test_a_cell_of_posts_in_lower_case(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("sentence, units", [
    # running a plant is what a cooperative does, not a word of its name
    ("Hợp tác xã vận hành trạm bơm Đồng Lạc tiêu úng kịp thời khi mưa lớn.", ["Hợp tác xã"]),
    ("HTX nông nghiệp Quảng Phú vận hành hệ thống tưới tiết kiệm nước.", ["HTX nông nghiệp Quảng Phú"]),
    ("Bộ phận văn phòng hoàn thiện hồ sơ học sinh lớp 9.", ["Bộ phận văn phòng"]),
    # the head of a cooperative whose field precedes its proper name
    ("Giám đốc Hợp tác xã dịch vụ nông nghiệp Thanh Hà bảo đảm nước tưới cho vụ Mùa.",
     ["Giám đốc Hợp tác xã dịch vụ nông nghiệp Thanh Hà"]),
    ("Giám đốc Hợp tác xã dịch vụ điện năng Quỳnh Hồng phối hợp kiểm tra hành lang lưới điện.",
     ["Giám đốc Hợp tác xã dịch vụ điện năng Quỳnh Hồng"]),
    ("Giám đốc Hợp tác xã bảo đảm nước tưới.", ["Giám đốc Hợp tác xã"]),
    ("Giám đốc Hợp tác xã vận hành trạm bơm Đồng Lạc.", ["Giám đốc Hợp tác xã"]),
    ("Giám đốc Hợp tác xã tổ chức sản xuất vụ Đông.", ["Giám đốc Hợp tác xã"]),
])
def test_a_cooperative_and_its_head_at_a_sentence_start(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a cooperative's chairman, its boards, a cooperative group and the province's union of cooperatives:
    # the post and the body are one unit, as "Giám đốc Hợp tác xã …" is
    ("Chủ nhiệm Hợp tác xã nông nghiệp Tân Tiến chủ trì xây dựng phương án sản xuất.",
     ["Chủ nhiệm Hợp tác xã nông nghiệp Tân Tiến"]),
    ("Chủ nhiệm HTX dịch vụ nông nghiệp Mỹ Hòa lập danh sách thành viên.", ["Chủ nhiệm HTX dịch vụ nông nghiệp Mỹ Hòa"]),
    ("Chủ nhiệm các hợp tác xã chủ động xây dựng phương án sản xuất.", ["Chủ nhiệm các hợp tác xã"]),
    ("Giám đốc các hợp tác xã chịu trách nhiệm về chất lượng giống.", ["Giám đốc các hợp tác xã"]),
    ("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã chủ trì kiểm tra.", ["Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"]),
    ("Ban quản trị Hợp tác xã Mỹ Hòa công khai tài chính.", ["Ban quản trị Hợp tác xã Mỹ Hòa"]),
    ("Ban kiểm soát HTX Tân Tiến kiểm tra việc sử dụng vốn.", ["Ban kiểm soát HTX Tân Tiến"]),
    ("Ban quản lý Hợp tác xã xây dựng kế hoạch sản xuất kinh doanh.", ["Ban quản lý Hợp tác xã"]),
    ("Tổ hợp tác trồng lúa ấp Tân Thành chủ động nạo vét kênh.", ["Tổ hợp tác trồng lúa ấp Tân Thành"]),
    ("Liên minh Hợp tác xã tỉnh hỗ trợ đào tạo cán bộ quản lý.", ["Liên minh Hợp tác xã tỉnh"]),
    ("Liên minh HTX tỉnh An Giang hỗ trợ xúc tiến thương mại.", ["Liên minh HTX tỉnh An Giang"]),
    # no unit: a research lead, a combination, a union of states
    ("Chủ nhiệm đề tài báo cáo kết quả nghiệm thu.", []),
    ("Tổ hợp các giải pháp được triển khai đồng bộ.", []),
    ("Liên minh châu Âu áp dụng quy định chống phá rừng.", []),
])
def test_a_cooperatives_posts_and_boards_at_a_sentence_start(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, lead, support", [
    ("Giao Chủ nhiệm Hợp tác xã Tân Tiến chủ trì, phối hợp với Hội Nông dân xã thực hiện.",
     ["Chủ nhiệm Hợp tác xã Tân Tiến"], ["Hội Nông dân xã"]),
    ("Xây dựng cánh đồng lớn. Chủ nhiệm HTX Mỹ Hòa chủ trì, phối hợp với Tổ hợp tác ấp Mỹ Thạnh thực hiện.",
     ["Chủ nhiệm HTX Mỹ Hòa"], ["Tổ hợp tác ấp Mỹ Thạnh"]),
])
def test_a_cooperatives_head_leads_a_task(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, units", [
    # the Party committee of a body is one unit: its name runs on through the body it sits in
    ("Đảng ủy UBND huyện lãnh đạo UBND các xã triển khai thực hiện.", ["Đảng ủy UBND huyện"]),
    ("Đảng ủy cơ quan UBND tỉnh chỉ đạo các chi bộ trực thuộc quán triệt.", ["Đảng ủy cơ quan UBND tỉnh"]),
    ("Đảng ủy Cơ quan Ủy ban nhân dân tỉnh lãnh đạo các tổ chức đảng trực thuộc.",
     ["Đảng ủy Cơ quan Ủy ban nhân dân tỉnh"]),
    ("Ban Thường vụ Đảng ủy UBND huyện lãnh đạo, chỉ đạo.", ["Ban Thường vụ Đảng ủy UBND huyện"]),
    ("Chi bộ UBND xã lãnh đạo công chức thực hiện.", ["Chi bộ UBND xã"]),
    # two bodies, when a comma or "và" parts them
    ("Đảng ủy, UBND xã lãnh đạo, chỉ đạo thực hiện.", ["Đảng ủy", "UBND xã"]),
    ("Đảng ủy xã và UBND xã chỉ đạo thực hiện.", ["Đảng ủy xã", "UBND xã"]),
    ("Đảng ủy xã lãnh đạo UBND xã xây dựng kế hoạch.", ["Đảng ủy xã"]),
])
def test_a_party_committee_of_a_body_is_one_unit(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("sentence, units", [
    # an item addressed to a person: the post they hold is the unit, as in a cell of who acts
    ("Đ/c Trần Văn Bình - Phó Chủ tịch UBND xã: phụ trách chung, chỉ đạo các ấp.", ["Phó Chủ tịch UBND xã"]),
    ("Bà Nguyễn Thị Diễm (Chủ tịch Hội LHPN xã) vận động hội viên tham gia.", ["Chủ tịch Hội LHPN xã"]),
    ("Ông Lâm Văn Sáu, Chủ nhiệm Hợp tác xã nông nghiệp Hòa Long: cung ứng giống.",
     ["Chủ nhiệm Hợp tác xã nông nghiệp Hòa Long"]),
    ("Đồng chí Hoàng Văn Nam – Trưởng Công an xã chỉ đạo lực lượng tuần tra.", ["Trưởng Công an xã"]),
    ("Đồng chí Chủ tịch UBND xã chỉ đạo chung.", ["Chủ tịch UBND xã"]),
    # no person: a province named "Bà …", "bà con", a lower-case address
    ("Bà Rịa - Vũng Tàu là tỉnh ven biển.", []),
    ("Bà con nông dân tham gia ra quân.", []),
    ("Đồng chí đảng viên thực hiện nghiêm.", []),
])
def test_an_item_addressed_to_a_person_names_the_post(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a person printed with no post is named by the name alone, as tasks._posts names them in a cell
    ("Ông Trần Văn Bình phụ trách chung.", ["Trần Văn Bình"]),
    ("Đồng chí Lò Văn Minh chịu trách nhiệm chỉ đạo lực lượng dân quân.", ["Lò Văn Minh"]),
    ("- Đ/c Hà Thị Lan: theo dõi, đôn đốc các chi bộ thực hiện.", ["Hà Thị Lan"]),
    ("Bà Triệu Thị Hoa vận động hội viên phụ nữ tham gia.", ["Triệu Thị Hoa"]),
    ("Đồng chí Đoàn Văn Hùng phụ trách khối dân vận.", ["Đoàn Văn Hùng"]),
    # a post after the honorific stays the post
    ("Đồng chí Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội.", ["Phó Chủ tịch UBND xã"]),
    ("Đồng chí Bí thư Đảng ủy phụ trách chung.", ["Bí thư Đảng ủy"]),
    # no name: one word, no predicate after it, too many capitalised words
    # two or more persons, joined by "và" or a comma
    ("Ông Nguyễn Văn An và bà Trần Thị Bình phụ trách tuyên truyền.", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("Đồng chí Pi Năng Thị Hoa, đồng chí Đinh Văn Lực: chịu trách nhiệm kiểm tra.",
     ["Pi Năng Thị Hoa", "Đinh Văn Lực"]),
    ("Ông Thạch Sô Phal, bà Kim Thị Sa Ri và ông Lâm Văn Tư theo dõi địa bàn.",
     ["Thạch Sô Phal", "Kim Thị Sa Ri", "Lâm Văn Tư"]),
    ("Ông Nguyễn Văn An và bà Bình phụ trách.", []),
    ("Ông Bình phụ trách chung.", []),
    ("Ông Trần Văn Bình đến dự hội nghị.", []),
    ("Bà Rịa - Vũng Tàu chỉ đạo.", []),
])
def test_an_item_addressed_to_a_person_with_no_post_names_the_person(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a dash between bodies named by their head (and level) parts two bodies, as a comma does
    ("Đảng ủy - UBND xã chỉ đạo các ban, ngành triển khai thực hiện.", ["Đảng ủy", "UBND xã"]),
    ("Đảng ủy xã – UBND xã lãnh đạo, chỉ đạo thực hiện.", ["Đảng ủy xã", "UBND xã"]),
    ("Huyện ủy - UBND huyện Bảo Lâm chỉ đạo các xã.", ["Huyện ủy", "UBND huyện Bảo Lâm"]),
    ("UBND phường - Công an phường phối hợp tuần tra.", ["UBND phường", "Công an phường"]),
    # … or between two named bodies, the first closed by its level (and place)
    ("Ban Chỉ huy Quân sự xã - Công an xã phối hợp tuần tra, kiểm soát.", ["Ban Chỉ huy Quân sự xã", "Công an xã"]),
    ("Hội Nông dân xã Phước Hà – Hội Cựu chiến binh xã vận động hội viên.",
     ["Hội Nông dân xã Phước Hà", "Hội Cựu chiến binh xã"]),
    ("Trạm Y tế thị trấn - Trường Mầm non Hoa Sen phối hợp tổ chức.", ["Trạm Y tế thị trấn", "Trường Mầm non Hoa Sen"]),
    ("Trung tâm Văn hóa - Thể thao huyện - Đài Truyền thanh huyện tuyên truyền.",
     ["Trung tâm Văn hóa - Thể thao huyện", "Đài Truyền thanh huyện"]),
    # a dash inside one name joins its words
    ("Văn phòng HĐND - UBND huyện theo dõi, tổng hợp.", ["Văn phòng HĐND - UBND huyện"]),
    ("Phòng Văn hóa - Thông tin huyện tuyên truyền.", ["Phòng Văn hóa - Thông tin huyện"]),
    ("Phòng Lao động - Thương binh và Xã hội chủ trì.", ["Phòng Lao động - Thương binh và Xã hội"]),
    ("Thường trực HĐND - UBND xã chỉ đạo.", ["Thường trực HĐND - UBND xã"]),
    ("HĐND - UBND xã giám sát việc thực hiện.", ["HĐND - UBND xã"]),
    ("UBND tỉnh Bà Rịa - Vũng Tàu chỉ đạo.", ["UBND tỉnh Bà Rịa - Vũng Tàu"]),
    ("Văn phòng - Thống kê tổng hợp kết quả.", ["Văn phòng - Thống kê"]),
    ("Trung tâm Văn hóa - Thể thao huyện tổ chức giải chạy.", ["Trung tâm Văn hóa - Thể thao huyện"]),
    ("Công chức Địa chính - Xây dựng xã chủ trì tham mưu.", ["Công chức Địa chính - Xây dựng xã"]),
    ("UBND tỉnh Thừa Thiên - Huế chỉ đạo.", ["UBND tỉnh Thừa Thiên - Huế"]),
    # after the level, what follows the dash is no body: the name's place, a collective
    ("Công an huyện - các đơn vị liên quan phối hợp.", ["Công an huyện - các đơn vị liên quan"]),
])
def test_a_dash_between_two_bodies_parts_them(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("cell, lead", [
    ("Đảng ủy - UBND xã", ["Đảng ủy", "UBND xã"]),
    ("Phòng Văn hóa - Thông tin; Đảng bộ Quân sự huyện", ["Phòng Văn hóa - Thông tin", "Đảng bộ Quân sự huyện"]),
])
def test_a_cell_of_dashed_bodies_and_party_organisations(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("sentence, units", [
    # a Party organisation (Đảng bộ, Chi bộ, Chi ủy) of a body, a force or a place is a unit
    ("Đảng bộ cơ quan UBND huyện lãnh đạo các chi bộ trực thuộc.", ["Đảng bộ cơ quan UBND huyện"]),
    ("Đảng bộ Quân sự huyện lãnh đạo thực hiện.", ["Đảng bộ Quân sự huyện"]),
    ("Chi bộ thôn Nà Làng lãnh đạo nhân dân thực hiện.", ["Chi bộ thôn Nà Làng"]),
    ("Đảng bộ Công an tỉnh Cao Bằng, Chi bộ thôn Nà Làng quán triệt.", ["Đảng bộ Công an tỉnh Cao Bằng", "Chi bộ thôn Nà Làng"]),
    ("Chi ủy các chi bộ thôn tổ chức quán triệt.", ["Chi ủy các chi bộ thôn"]),
    ("Các đảng bộ, chi bộ trực thuộc xây dựng kế hoạch.", ["Các đảng bộ, chi bộ trực thuộc"]),
    ("Giao Đảng bộ cơ quan Đảng xã xây dựng nghị quyết chuyên đề.", ["Đảng bộ cơ quan Đảng xã"]),
    # not a unit: the Party at large, a congress of it, a lower-case mention
    ("Đại hội Đảng bộ xã lần thứ XXI thành công tốt đẹp.", []),
    ("Toàn Đảng bộ tập trung lãnh đạo.", []),
    ("đảng bộ xã có 25 chi bộ trực thuộc.", []),
])
def test_a_party_organisation_of_a_body_or_place_is_a_unit(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("cell, lead", [
    ("Đảng ủy UBND huyện; UBND các xã", ["Đảng ủy UBND huyện", "UBND các xã"]),
    ("Đảng ủy cơ quan UBND tỉnh, Công đoàn viên chức tỉnh", ["Đảng ủy cơ quan UBND tỉnh", "Công đoàn viên chức tỉnh"]),
    ("Đảng ủy, UBND huyện", ["Đảng ủy", "UBND huyện"]),
])
def test_a_cell_naming_a_party_committee_of_a_body(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("sentence, units", [
    # the cooperatives a board manages end its name as places do; a verb after them is the predicate
    ("Ban quản lý các hợp tác xã công khai tài chính, trích lập quỹ đúng quy định.", ["Ban quản lý các hợp tác xã"]),
    ("Ban Quản lý các HTX trên địa bàn công khai báo cáo tài chính.", ["Ban Quản lý các HTX trên địa bàn"]),
    ("Tổ công tác các hợp tác xã kiểm tra sổ sách kế toán.", ["Tổ công tác các hợp tác xã"]),
    ("UBND xã công khai danh sách hộ nghèo.", ["UBND xã"]),
    # a committee named for making things public keeps the word in its name
    ("Ban Chỉ đạo công khai minh bạch tài sản huyện chủ trì.", ["Ban Chỉ đạo công khai minh bạch tài sản huyện"]),
])
def test_a_board_of_cooperatives_ends_before_its_verb(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # "thông tin" used as a verb, told by what follows it, ends the unit's name
    ("Trưởng ban nhân dân các ấp thông tin kịp thời độ mặn đến từng hộ dân.", ["Trưởng ban nhân dân các ấp"]),
    ("Đài Truyền thanh xã thông tin đến nhân dân lịch đóng, mở cống.", ["Đài Truyền thanh xã"]),
    ("Trưởng các thôn thông tin cho nhân dân về lịch tiêm phòng.", ["Trưởng các thôn"]),
    # the noun in a name stays
    ("Sở Thông tin và Truyền thông chủ trì thẩm định.", ["Sở Thông tin và Truyền thông"]),
    ("Trung tâm Văn hóa - Thông tin huyện phối hợp tuyên truyền.", ["Trung tâm Văn hóa - Thông tin huyện"]),
])
def test_informing_ends_a_units_name(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # the places a committee serves close its name: a weak verb after them is the predicate
    ("Ban Chỉ đạo các xã, thị trấn triển khai Kế hoạch tại địa phương.", ["Ban Chỉ đạo các xã, thị trấn"]),
    ("Ban Chỉ đạo các phường tổ chức tuyên truyền.", ["Ban Chỉ đạo các phường"]),
    ("Tổ công tác các thôn tuyên truyền, vận động nhân dân.", ["Tổ công tác các thôn"]),
    ("Ban Chỉ đạo xây dựng nông thôn mới các xã kiểm tra, đánh giá tiêu chí.",
     ["Ban Chỉ đạo xây dựng nông thôn mới các xã"]),
    # without them the weak verb still names the committee's task
    ("Ban Chỉ đạo xây dựng nông thôn mới huyện chủ trì.", ["Ban Chỉ đạo xây dựng nông thôn mới huyện"]),
    ("Ban Vận động các tổ chức tôn giáo tham gia.", ["Ban Vận động các tổ chức tôn giáo tham gia"]),
])
def test_a_purpose_heads_places_end_its_name(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, partners", [
    ("Nhân viên thư viện bổ sung sách tham khảo; phối hợp với giáo viên chủ nhiệm tổ chức Ngày hội đọc sách.",
     ["giáo viên chủ nhiệm"]),
    ("Công an xã tuần tra vào ban đêm; phối hợp với Ban Chỉ huy Quân sự xã kiểm tra các điểm nóng.",
     ["Ban Chỉ huy Quân sự xã"]),
    ("Trạm Y tế giám sát ca bệnh. Phối hợp với Trung tâm Y tế huyện xử lý ổ dịch.", ["Trung tâm Y tế huyện"]),
    # a partner right after the subject is read as before; none without "với" or a clause of its own
    ("Các chi hội phối hợp với Công an xã nắm tình hình.", ["Công an xã"]),
    ("UBND các xã phối hợp thực hiện; báo cáo kết quả.", []),
    ("Trạm Y tế tuyên truyền cho nhân dân về phối hợp với cơ sở y tế.", []),
    ("Tăng cường tuyên truyền; phối hợp với Công an xã.", []),   # no subject: partner_units' job
])
def test_a_later_clause_names_the_subjects_partners(text, partners):
    assert subject_partners(text) == partners


@pytest.mark.parametrize("sentence, units", [
    # "công trình" (works) and "chương trình" (programme) end in the verb "trình" (submit): inside a
    # unit's name they are nouns of it
    ("Phòng Quản lý nước và công trình là cơ quan thường trực, theo dõi.", ["Phòng Quản lý nước và công trình"]),
    ("Ban Quản lý công trình công cộng huyện chủ trì thu gom rác.", ["Ban Quản lý công trình công cộng huyện"]),
    ("Trung tâm Phát triển quỹ đất và công trình công cộng lập hồ sơ.",
     ["Trung tâm Phát triển quỹ đất và công trình công cộng"]),
    # … but "trình" standing alone after a name is still its verb
    ("Phòng Kinh tế trình UBND huyện phê duyệt.", ["Phòng Kinh tế"]),
    ("Ban Quản lý dự án trình thẩm định hồ sơ.", ["Ban Quản lý dự án"]),
    # a state company's works units, named or counted
    ("Xí nghiệp Thủy lợi Kỳ Anh chủ trì bảo trì cống.", ["Xí nghiệp Thủy lợi Kỳ Anh"]),
    ("Các xí nghiệp thủy lợi tổ chức trực ban, kiểm tra công trình.", ["Các xí nghiệp thủy lợi"]),
    ("Xí nghiệp Khai thác công trình thủy lợi Nam Đàn báo cáo sự cố.",
     ["Xí nghiệp Khai thác công trình thủy lợi Nam Đàn"]),
    # "xí nghiệp hóa" (to industrialise) is no unit
    ("Xí nghiệp hóa các khâu sản xuất.", []),
])
def test_works_units_and_names_holding_trinh(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # the plan's own body named by its bare head word after "của"/"thuộc": the lower-case verb after
    # it is the sentence's predicate, not a word of the body's name
    ("Các phòng chuyên môn của Trung tâm xây dựng kịch bản, phương án chi tiết cho từng hoạt động.",
     ["Các phòng chuyên môn của Trung tâm"]),
    ("Các khoa, phòng thuộc Trung tâm tổ chức tập huấn cho y tế cơ sở.", ["Các khoa, phòng thuộc Trung tâm"]),
    ("Phòng Hành chính - Tổng hợp của Trung tâm triển khai thực hiện.", ["Phòng Hành chính - Tổng hợp của Trung tâm"]),
    # negatives: a capitalised name, a verb that may name a body, a term of a name still go on
    ("Các đơn vị thuộc Trung tâm Y tế huyện tổ chức tiêm chủng.", ["Các đơn vị thuộc Trung tâm Y tế huyện"]),
    ("Các khoa của Trung tâm kiểm soát bệnh tật tỉnh thực hiện giám sát.",
     ["Các khoa của Trung tâm kiểm soát bệnh tật tỉnh"]),
    ("Các đơn vị của Trung tâm phát triển quỹ đất triển khai.", ["Các đơn vị của Trung tâm phát triển quỹ đất"]),
    ("Thành viên Ban Chỉ đạo xây dựng nông thôn mới huyện chủ trì.",
     ["Thành viên Ban Chỉ đạo xây dựng nông thôn mới huyện"]),
])
def test_the_plans_own_body_named_bare_ends_before_the_verb(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("cell, units", [
    # an association of businesses or of a trade is a unit of its own beside the Front or a Sở
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hiệp hội Doanh nghiệp tỉnh",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hiệp hội Doanh nghiệp tỉnh"]),
    ("Sở Tài chính; Hiệp hội doanh nghiệp tỉnh", ["Sở Tài chính", "Hiệp hội doanh nghiệp tỉnh"]),
    ("Hội Nông dân tỉnh, Hiệp hội Du lịch Khánh Hòa", ["Hội Nông dân tỉnh", "Hiệp hội Du lịch Khánh Hòa"]),
    ("Hiệp hội Cà phê Buôn Ma Thuột", ["Hiệp hội Cà phê Buôn Ma Thuột"]),
])
def test_an_association_is_a_unit(cell, units):
    assert split_units(cell) == (units, [])


@pytest.mark.parametrize("sentence, units", [
    ("Hiệp hội Doanh nghiệp tỉnh vận động hội viên tham gia.", ["Hiệp hội Doanh nghiệp tỉnh"]),
    # a generic mention opens no unit
    ("Hiệp hội ngành hàng được mời tham gia góp ý.", []),
])
def test_an_association_at_a_sentence_start(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, partners", [
    # a Party organisation named to coordinate is a unit too
    ("Giao Chi bộ thôn Nà Làng chủ trì, phối hợp Đảng bộ Quân sự huyện thực hiện.", ["Đảng bộ Quân sự huyện"]),
    ("Công an xã chủ trì, phối hợp Đảng bộ cơ quan UBND huyện thực hiện.", ["Đảng bộ cơ quan UBND huyện"]),
])
def test_a_party_organisation_named_to_coordinate(sentence, partners):
    assert responsible_units(sentence)[1] == partners


@pytest.mark.parametrize("person, name", [
    ("Ông Trần Văn Bình", "Trần Văn Bình"), ("Đồng chí Lò Văn Minh", "Lò Văn Minh"), ("Đ/c Hà Thị Lan", "Hà Thị Lan")])
def test_a_person_with_no_post_is_named_alike_in_a_cell_and_an_item(person, name):
    from extractors.tasks import _posts
    assert leading_units(f"{person} phụ trách chung.") == split_units(_posts(person))[0] == [name]


@pytest.mark.parametrize("sentence, units", [
    # a person with no post joined to a unit of another kind: the person and that unit
    ("Ông Nguyễn Văn An và các hộ gia đình phụ trách.", ["Nguyễn Văn An", "các hộ gia đình"]),
    ("Ông Phạm Văn Lực và các hộ gia đình tổ dân phố 2 có trách nhiệm thu gom vật dụng phế thải.",
     ["Phạm Văn Lực", "các hộ gia đình tổ dân phố 2"]),
    ("Bà Rơ Châm H’Lan, các hộ gia đình thôn Plei Ktu chịu trách nhiệm giữ vệ sinh.",
     ["Rơ Châm H’Lan", "các hộ gia đình thôn Plei Ktu"]),
    ("Đồng chí Đinh Văn Nghĩa và Hội Cựu chiến binh xã vận động hội viên.", ["Đinh Văn Nghĩa", "Hội Cựu chiến binh xã"]),
    ("Ông Lê Văn Tư và đ/c Hà Thị Lan - Phó Chủ tịch UBND xã phụ trách chung.", ["Lê Văn Tư", "Phó Chủ tịch UBND xã"]),
    # a name of the Central Highlands, a syllable with an apostrophe
    ("Bà Ksor H'Nga vận động hội viên tham gia.", ["Ksor H'Nga"]),
    ("Bà Ksor H'Nga (Chủ tịch Hội LHPN xã) vận động hội viên.", ["Chủ tịch Hội LHPN xã"]),
    # negatives: after "," a capitalised word is the post; after "và" no unit, or a name of one word
    ("Ông Trần Văn Bình, Trưởng thôn 3 chủ trì tổ chức.", ["Trưởng thôn 3"]),
    ("Ông Nguyễn Văn An và gia đình tham gia hiến đất.", []),
    ("Bà Trần Thị Hoa và chồng đã hoàn thành.", []),
    ("Ông Nguyễn Văn An và bà Bình phụ trách.", []),
])
def test_a_person_joined_to_a_unit_of_another_kind(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a post abbreviated before its body, alone or after a person's name
    ("PCT UBND xã chỉ đạo chung.", ["PCT UBND xã"]),
    ("Đ/c Nguyễn Văn Hùng, PCT UBND xã: phụ trách chung.", ["PCT UBND xã"]),
    ("Đ/c NGUYỄN VĂN HÙNG - PCT UBND xã chỉ đạo lực lượng.", ["PCT UBND xã"]),
    ("PBT Đảng ủy xã phụ trách khối dân vận.", ["PBT Đảng ủy xã"]),
    ("Giao PCT UBND phường phụ trách khối kinh tế.", ["PCT UBND phường"]),
    # a person named by one word before a post's words
    ("Đ/c Hùng - PCT UBND xã: phụ trách chung.", ["PCT UBND xã"]),
    ("Đ/c Lan, Công chức Văn hóa - Xã hội: tuyên truyền trên hệ thống loa.", ["Công chức Văn hóa - Xã hội"]),
    ("Bà Hoa (Chủ tịch Hội LHPN xã) vận động hội viên.", ["Chủ tịch Hội LHPN xã"]),
    # negatives: no body named after it; one word before no post is no name
    ("PCT đã ký ban hành.", []),
    ("Ông Hùng - người dân thôn 3 hiến đất làm đường.", []),
])
def test_an_abbreviated_post_names_a_unit(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a forest owner's stations and teams are named for their work as a kind, in lower case
    ("Các phòng chuyên môn, trạm quản lý bảo vệ rừng căn cứ nội dung Kế hoạch này triển khai thực hiện.",
     ["Các phòng chuyên môn, trạm quản lý bảo vệ rừng"]),
    ("Các trạm quản lý bảo vệ rừng tổ chức tuần tra thường xuyên.", ["Các trạm quản lý bảo vệ rừng"]),
    ("Các tổ quản lý bảo vệ rừng thôn, bản phối hợp tuần tra.", ["Các tổ quản lý bảo vệ rừng thôn, bản"]),
    # negatives: after a name, or with other words, "quản lý" is the sentence's verb
    ("Hạt Kiểm lâm quản lý bảo vệ rừng trên địa bàn.", ["Hạt Kiểm lâm"]),
    ("Các trạm quản lý chặt chẽ diện tích rừng được giao.", ["Các trạm"]),
])
def test_forest_stations_named_for_their_work(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("line, person, alone", [
    ("Đ/c Lê Văn Tâm", True, True),
    ("Đồng chí Rơ Mah Hlim", True, True),
    ("Ông Ksor H'Nga", True, True),
    ("Ông Trần Văn Bình, Trưởng thôn 3", True, False),
    ("Đ/c PCT UBND xã", True, False),
    ("Ông Phạm Văn Lực và các hộ gia đình", True, False),
    # no person: a province, "bà con", "ông bà", a party member in lower case, a single word
    ("Bà Rịa - Vũng Tàu", False, False),
    ("Bà con nông dân", False, False),
    ("Ông bà", False, False),
    ("Đồng chí đảng viên", False, False),
    ("Đ/c Hùng", False, False),
])
def test_a_line_naming_a_person(line, person, alone):
    from extractors.units import names_person, person_alone
    assert (names_person(line), person_alone(line)) == (person, alone)


@pytest.mark.parametrize("text, post", [
    ("Phó Chủ tịch UBND xã", True), ("PCT UBND xã", True), ("Trưởng thôn 3", True), ("Trạm trưởng Trạm Y tế", True),
    ("Công chức Văn hóa - Xã hội", True), ("Chỉ huy trưởng Ban CHQS xã", True), ("Bí thư Chi bộ thôn 2", True),
    ("PHÓ CHỦ TỊCH UBND XÃ", True), ("CC Tư pháp - Hộ tịch", True), ("Thường trực Ban Chỉ đạo", True),
    # bodies and sentences open with no post
    ("Trạm Y tế xã", False), ("Văn phòng HĐND và UBND xã", False), ("Phòng Kinh tế", False),
    ("Tổ chức tuyên truyền lưu động", False), ("Trường Mầm non Hoa Sen", False), ("CTV dân số", False),
    ("trưởng thôn", False),   # (in lower case: a sentence's words)
])
def test_a_post_opens_with_a_post_s_words(text, post):
    from extractors.units import opens_with_post
    assert opens_with_post(text) == post


@pytest.mark.parametrize("text, support", [
    # a later clause whose own subject is the one who coordinates names the item's support
    ("Ủy ban nhân dân xã chỉ đạo thực hiện tốt công tác dân vận chính quyền tại Trung tâm Phục vụ hành "
     "chính công xã; Văn phòng HĐND và UBND xã phối hợp thực hiện trong năm 2026.", ["Văn phòng HĐND và UBND xã"]),
    ("Phòng Y tế tổ chức kiểm tra các cơ sở kinh doanh thực phẩm; Công an huyện, Đội Quản lý thị trường số 5 "
     "phối hợp.", ["Công an huyện", "Đội Quản lý thị trường số 5"]),
    ("Hội Liên hiệp Phụ nữ phường ra mắt 02 tổ phụ nữ tự quản; các tổ dân phố phối hợp vận động hội viên.",
     ["các tổ dân phố"]),
    ("Ban Chỉ huy Quân sự xã huấn luyện dân quân năm thứ nhất; Công an xã và Trạm Y tế xã phối hợp bảo đảm an "
     "toàn.", ["Công an xã", "Trạm Y tế xã"]),
])
def test_a_later_clause_of_units_that_coordinate_names_the_support(text, support):
    assert subject_partners(text) == support


@pytest.mark.parametrize("text", [
    # the later clause's units coordinate with someone else: not the item's partners
    "Hội Nông dân xã vận động hội viên; Chi hội trưởng phối hợp với trưởng thôn rà soát hộ nghèo.",
    "Công an xã tuần tra ban đêm; các lực lượng phối hợp chặt chẽ trong nắm tình hình.",
    # no unit opens the clause, or it is addressed rather than the subject
    "Đoàn Thanh niên xã ra quân dọn vệ sinh; tăng cường phối hợp giữa các thôn.",
    "Trạm Y tế xã phun hóa chất; giao Công an xã phối hợp bảo đảm an ninh.",
    # a comma joins objects of one sentence, not a new subject
    "Hội Cựu chiến binh xã tuyên truyền, Công an xã phối hợp kiểm tra.",
])
def test_no_later_clause_partners(text):
    assert subject_partners(text) == []


@pytest.mark.parametrize("sentence, units", [
    # a trade union's grassroots unions, abbreviated as every union plan prints them
    ("Các CĐCS căn cứ Kế hoạch này xây dựng kế hoạch thực hiện tại đơn vị.", ["Các CĐCS"]),
    ("Các CĐCS trực thuộc báo cáo kết quả về LĐLĐ huyện.", ["Các CĐCS trực thuộc"]),
    ("CĐCS Công ty TNHH Giày Rieker Việt Nam chủ trì tổ chức hội nghị người lao động.",
     ["CĐCS Công ty TNHH Giày Rieker Việt Nam"]),
    ("Các CĐCS, Ban Nữ công LĐLĐ huyện tổ chức các hoạt động nhân ngày 8/3.", ["Các CĐCS", "Ban Nữ công LĐLĐ huyện"]),
    # in lower case or inside a word it is no union
    ("Các cđcs tổ chức hội nghị.", []),
    ("Tổ chức đối thoại tại các doanh nghiệp.", []),
])
def test_grassroots_unions_abbreviated(sentence, units):
    assert leading_units(sentence) == units




@pytest.mark.parametrize("sentence, units", [
    # a unit of another kind, then a person joined by "và" or ",": two units, as the other order gives
    ("Các hộ gia đình và ông Phạm Văn Lực thực hiện việc vệ sinh môi trường.", ["Các hộ gia đình", "Phạm Văn Lực"]),
    ("Các hộ gia đình, ông Phạm Văn Lực chịu trách nhiệm thu gom.", ["Các hộ gia đình", "Phạm Văn Lực"]),
    ("Hội Cựu chiến binh xã và đồng chí Đinh Văn Nghĩa vận động hội viên.", ["Hội Cựu chiến binh xã", "Đinh Văn Nghĩa"]),
    ("Trạm Y tế xã và bà Rơ Châm H’Lan (Chủ tịch Hội LHPN xã) tuyên truyền.", ["Trạm Y tế xã", "Chủ tịch Hội LHPN xã"]),
    # negative: no person after the joiner
    ("Các hộ gia đình và ông bà tham gia.", ["Các hộ gia đình và ông bà"]),
])
def test_a_unit_then_a_person_joined_to_it(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # one person with two posts: one unit, the office printed first
    ("Đ/c Nguyễn Văn Hùng, PCT UBND xã, Trưởng Ban Chỉ đạo chỉ đạo thực hiện.", ["PCT UBND xã"]),
    ("Đ/c Lan, PCT UBND xã, Trưởng Ban Chỉ đạo: phụ trách chung.", ["PCT UBND xã"]),
    ("Đồng chí Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chỉ đạo chung.", ["Chủ tịch UBND xã"]),
    ("Bà Lò Thị Mai - Phó Chủ tịch UBND phường, Phó Trưởng ban Thường trực: theo dõi, đôn đốc.",
     ["Phó Chủ tịch UBND phường"]),
    # negatives: after "và" another person's post; a body after the post is a unit of its own
    ("Đ/c Hà Thị Lan - PCT UBND xã và Trưởng Công an xã chỉ đạo.", ["PCT UBND xã", "Trưởng Công an xã"]),
    ("Đ/c Hùng - PCT UBND xã, Công an xã phối hợp.", ["PCT UBND xã", "Công an xã"]),
])
def test_one_person_with_two_posts_is_one_unit(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a verb in lower case repeating the words that end a body's name is what the body does
    ("Trưởng Ban Chỉ đạo chỉ đạo các thành viên thực hiện.", ["Trưởng Ban Chỉ đạo"]),
    ("Ban Chỉ đạo chỉ đạo các xã thực hiện.", ["Ban Chỉ đạo"]),
    ("Ban Tổ chức tổ chức hội nghị sơ kết.", ["Ban Tổ chức"]),
    ("Thành viên Ban Chỉ đạo chỉ đạo địa bàn phụ trách.", ["Thành viên Ban Chỉ đạo"]),
    # negatives: the name goes on before its verb; a committee named for its task
    ("Ban Chỉ đạo xã chỉ đạo thực hiện.", ["Ban Chỉ đạo xã"]),
    ("Ban Chỉ đạo rà soát hộ nghèo xã chỉ đạo.", ["Ban Chỉ đạo rà soát hộ nghèo xã"]),
])
def test_a_verb_repeating_the_name_ends_it(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a colon after the honorific, as a form's label prints it
    ("Đ/c: Nguyễn Văn An chủ trì thực hiện.", ["Nguyễn Văn An"]),
    ("Đồng chí: Lò Văn Minh - Trưởng Công an xã: chỉ đạo lực lượng tuần tra.", ["Trưởng Công an xã"]),
    ("Ông: Trần Văn Bình phụ trách chung.", ["Trần Văn Bình"]),
    # negatives: no capitalised name after the colon
    ("Đ/c: chưa phân công.", []),
])
def test_a_colon_after_the_honorific(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("line, person, alone", [
    ("Đ/c: Nguyễn Văn A", True, True),
    ("Đồng chí: Hà Thị Lan", True, True),
    ("Đ/c: PCT UBND xã", True, False),
    ("Đ/c: chưa phân công", False, False),
])
def test_a_line_naming_a_person_after_a_colon(line, person, alone):
    from extractors.units import names_person, person_alone
    assert (names_person(line), person_alone(line)) == (person, alone)


@pytest.mark.parametrize("text, lead, support", [
    # a year closing a wrapped line whose full stop was lost when the lines were joined: the capital
    # after it opens the clause that names who does the task
    ("Kiểm tra việc thu gom rác thải tại các khu dân cư, Quý IV/2025 Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, "
     "phối hợp với Trạm Y tế phường.", ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Trạm Y tế phường"]),
    ("Tuyên truyền Luật Đất đai, hoàn thành trước ngày 15/9/2025 Ủy ban MTTQ Việt Nam xã chủ trì.",
     ["Ủy ban MTTQ Việt Nam xã"], []),
    ("Tập huấn cho hội viên trong tháng 10 năm 2025 Hội Nông dân huyện chủ trì, phối hợp Trạm Khuyến nông huyện.",
     ["Hội Nông dân huyện"], ["Trạm Khuyến nông huyện"]),
    # negatives: a name that is the object of the sentence, a number that is no year, lower case after it
    ("Triển khai Nghị quyết năm 2025 Hội nghị do UBND xã chủ trì.", [], []),
    ("Cấp phát 1500 Thẻ bảo hiểm y tế, hội nghị do Phòng Y tế chủ trì.", [], []),
    ("Sơ kết công tác quý IV/2025 tại hội trường, do Phòng Nội vụ chủ trì.", [], []),
])
def test_a_clause_opens_after_a_year_that_closed_a_wrapped_line(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---- a bracket after a unit that names the person acting for it is no part of the unit; one
# naming a body is ("Công an xã (Cơ quan Thường trực)", as the golds keep it).
@pytest.mark.parametrize("sentence, lead", [
    ("Trạm Y tế xã (Đ/c Lê Văn Tâm) chủ trì tổ chức khám sàng lọc.", ["Trạm Y tế xã"]),
    ("Chi hội Nông dân ấp 4 (ông Trần Văn Út, Chi hội trưởng) vận động hội viên.", ["Chi hội Nông dân ấp 4"]),
    ("Ban Thường vụ Hội (đồng chí Phó Chủ tịch Hội phụ trách) chỉ đạo các chi hội.", ["Ban Thường vụ Hội"]),
    ("Hội LHPN phường (bà Nguyễn Thị Lan) tổ chức tọa đàm.", ["Hội LHPN phường"]),
    ("Trạm Y tế xã (Trạm trưởng Lê Văn Tâm) chủ trì.", ["Trạm Y tế xã"]),
    ("Đoàn Thanh niên xã (Bí thư Đoàn: Hà Văn Cường) ra quân dọn vệ sinh.", ["Đoàn Thanh niên xã"]),
    ("Công đoàn cơ sở (Lò Thị Hoa - Chủ tịch Công đoàn) chủ trì.", ["Công đoàn cơ sở"]),
    ("Trạm Y tế xã (Đ/c Lê Văn Tâm) và Công an xã thực hiện.", ["Trạm Y tế xã", "Công an xã"]),
    # negatives: a body, a post alone, a place after its level stay in the bracket
    ("Công an xã (Cơ quan Thường trực) tham mưu UBND xã.", ["Công an xã (Cơ quan Thường trực)"]),
    ("Sở Công Thương (Chi cục Quản lý thị trường) chủ trì.", ["Sở Công Thương (Chi cục Quản lý thị trường)"]),
    ("Phòng Kinh tế (Chủ tịch UBND xã Tân Lập) theo dõi.", ["Phòng Kinh tế (Chủ tịch UBND xã Tân Lập)"]),
    ("Công an xã (Trưởng Công an xã) chủ trì.", ["Công an xã (Trưởng Công an xã)"]),
])
def test_a_bracket_naming_a_person_leaves_the_unit(sentence, lead):
    assert leading_units(sentence) == lead


@pytest.mark.parametrize("text, lead, support", [
    ("Trạm Y tế xã (Đ/c Lê Văn Tâm) chủ trì, phối hợp với Văn phòng Hội thực hiện.", ["Trạm Y tế xã"], ["Văn phòng Hội"]),
    ("Tổ chức hội nghị. Ban Thường vụ Hội (đồng chí Phó Chủ tịch Hội phụ trách) chủ trì, phối hợp với Công an xã "
     "(Đ/c Vàng A Sử) thực hiện.", ["Ban Thường vụ Hội"], ["Công an xã"]),
])
def test_a_bracket_naming_a_person_leaves_the_units_in_charge(text, lead, support):
    assert responsible_units(text) == (lead, support)


def test_a_bracket_naming_a_person_leaves_a_unit_cell():
    assert split_units("Trạm Y tế xã (Đ/c Lê Văn Tâm);\nCông an xã (Cơ quan Thường trực)") == (
        ["Trạm Y tế xã", "Công an xã (Cơ quan Thường trực)"], [])


# ---- the people joined to a body as doers are a unit of their own, named as printed
@pytest.mark.parametrize("sentence, units", [
    ("Trạm Y tế xã và bà con nhân dân thực hiện vệ sinh môi trường.", ["Trạm Y tế xã", "bà con nhân dân"]),
    ("Chi hội Nông dân các ấp và Nhân dân duy trì ra quân vệ sinh.", ["Chi hội Nông dân các ấp", "Nhân dân"]),
    ("Ban Nhân dân khóm 3, người dân trong khóm thực hiện.", ["Ban Nhân dân khóm 3", "người dân trong khóm"]),
    ("Công an xã và các hộ kinh doanh thực hiện.", ["Công an xã", "các hộ kinh doanh"]),
    ("Các hộ nuôi tôm ấp Tân Hưng thực hiện.", ["Các hộ nuôi tôm ấp Tân Hưng"]),
    # negatives: staff and people are one collective; the people as an object; no body before them
    ("Cán bộ, đảng viên và Nhân dân trong xã thực hiện.", ["Cán bộ, đảng viên và Nhân dân trong xã"]),
    ("Ủy ban MTTQ Việt Nam xã tuyên truyền, vận động hội viên và Nhân dân tích cực hưởng ứng.",
     ["Ủy ban MTTQ Việt Nam xã"]),
    ("Nhân dân tích cực hưởng ứng.", []),
])
def test_the_people_after_a_body_are_a_unit(sentence, units):
    assert leading_units(sentence) == units


# ---- a person joined after a body by "và ông/bà <name>", whatever verb follows the name
@pytest.mark.parametrize("sentence, units", [
    ("Các hộ gia đình và ông Nguyễn Văn A đến dự hội nghị.", ["Các hộ gia đình", "Nguyễn Văn A"]),
    ("Các hộ nuôi tôm ấp Tân Hưng và ông Lê Văn Hai đến dự hội nghị đầu bờ.", ["Các hộ nuôi tôm ấp Tân Hưng", "Lê Văn Hai"]),
    ("Tổ hòa giải khóm 2 và bà Trần Thị Hạnh có mặt tại buổi hòa giải.", ["Tổ hòa giải khóm 2", "Trần Thị Hạnh"]),
    ("Các hộ gia đình và ông Phạm Văn Lực thực hiện phát quang.", ["Các hộ gia đình", "Phạm Văn Lực"]),
    # negatives: no name after the honorific
    ("Các hộ gia đình và ông bà con cháu tham gia.", ["Các hộ gia đình và ông bà con cháu"]),
])
def test_a_person_joined_after_a_body_is_a_unit(sentence, units):
    assert leading_units(sentence) == units


# ---- a sentence saying what a body is names no doer
@pytest.mark.parametrize("sentence, units", [
    ("CĐCS là tổ chức cơ sở của Công đoàn Việt Nam.", []),
    ("Chi hội là nơi trực tiếp sinh hoạt, gắn bó của hội viên.", []),
    ("Công đoàn là thành viên của hệ thống chính trị, đại diện cho người lao động.", []),
    ("Đoàn Thanh niên xã là cầu nối giữa Đảng với thanh niên.", []),
    # negatives: the body's post in the plan, or a duty later in the sentence
    ("Công an xã là cơ quan thường trực, tham mưu UBND xã theo dõi.", ["Công an xã"]),
    ("Văn phòng - Thống kê xã là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch.", ["Văn phòng - Thống kê xã"]),
    ("CĐCS là tổ chức cơ sở của Công đoàn, có trách nhiệm tuyên truyền đến đoàn viên.", ["CĐCS"]),
    ("Hội Nông dân xã là tổ chức thực hiện chính các nội dung của Kế hoạch.", ["Hội Nông dân xã"]),
])
def test_a_definition_names_no_doer(sentence, units):
    assert leading_units(sentence) == units


# ---- the trade union shortened: "CĐ ngành", "CĐGD"
@pytest.mark.parametrize("sentence, units", [
    ("CĐ ngành Giáo dục tỉnh hướng dẫn các CĐCS.", ["CĐ ngành Giáo dục tỉnh"]),
    ("CĐ ngành tổ chức tập huấn nghiệp vụ.", ["CĐ ngành"]),
    ("CĐGD huyện chủ trì, phối hợp với các CĐCS trường học thực hiện.", ["CĐGD huyện"]),
    ("CĐ cơ sở Trường Tiểu học Mỹ Hòa Hưng phát động thi đua.", ["CĐ cơ sở Trường Tiểu học Mỹ Hòa Hưng"]),
    ("Giao CĐ Y tế tỉnh An Giang theo dõi.", ["CĐ Y tế tỉnh An Giang"]),
    # negatives: "CĐ" before no name, inside a college's name
    ("CĐ đã tổ chức tốt.", []),
    ("Trường CĐ Y tế tổ chức tuyển sinh.", ["Trường CĐ Y tế"]),
])
def test_a_shortened_trade_union_is_a_unit(sentence, units):
    assert leading_units(sentence) == units


# ---- a clause whose units lead and direct names who is in charge, when no clause says "chủ trì":
# how Party committees' plans (and governments' ones) assign their tasks
@pytest.mark.parametrize("text, lead", [
    ("Điều chỉnh quy hoạch vùng huyện. Đảng ủy Ủy ban nhân dân huyện lãnh đạo, chỉ đạo; hoàn thành trong năm 2027.",
     ["Đảng ủy Ủy ban nhân dân huyện"]),
    ("Xây dựng nông thôn mới nâng cao. Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo thực hiện.", ["Ban Thường vụ Huyện ủy"]),
    ("Nâng cao chỉ số cải cách hành chính. UBND huyện chỉ đạo thực hiện; hoàn thành Quý IV/2025.", ["UBND huyện"]),
    ("Sắp xếp tổ chức bộ máy. Ban Chỉ đạo tỉnh lãnh đạo và chỉ đạo.", ["Ban Chỉ đạo tỉnh"]),
    ("Học tập Nghị quyết. Ban Thường vụ Đảng ủy phường Hồng Hải lãnh đạo, chỉ đạo.", ["Ban Thường vụ Đảng ủy phường Hồng Hải"]),
    # a clause with "chủ trì" wins over one that leads
    ("Đảng ủy lãnh đạo; UBND xã chủ trì tổ chức thực hiện.", ["UBND xã"]),
    # negatives: the clause goes on to whom it directs, or leading is a noun
    ("Cải cách hành chính. UBND huyện chỉ đạo các xã triển khai thực hiện.", []),
    ("Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đối với công tác này.", []),
    # (the "Chỉ đạo" of a name is no verb of leading; "thực hiện" names the body the one who carries it
    # out, see test_a_clause_naming_only_who_carries_the_task_out)
    ("Ban Chỉ đạo xã thực hiện.", ["Ban Chỉ đạo xã"]),
    ("Ban Chỉ đạo xã họp định kỳ hằng quý.", []),
])
def test_a_clause_whose_units_lead_and_direct_names_the_lead(text, lead):
    assert responsible_units(text) == (lead, [])


# ---- the clause that leads and directs may go on with the work it directs ("… lãnh đạo, chỉ đạo
# chặt chẽ việc …"): its units still lead; the rest of the sentence names the partners
@pytest.mark.parametrize("text, lead, support", [
    ("Tiếp tục đổi mới. Các cấp ủy lãnh đạo, chỉ đạo chặt chẽ việc học tập.", ["Các cấp ủy"], []),
    ("Tổ chức quán triệt Nghị quyết. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo chặt chẽ việc triển khai, hoàn thành "
     "trong Quý I/2026.", ["Các cấp ủy, tổ chức đảng"], []),
    ("Quán triệt Chỉ thị số 35-CT/TW. Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo quyết liệt việc chuẩn bị đại hội; "
     "Ban Tổ chức Huyện ủy phối hợp thực hiện.", ["Ban Thường vụ Huyện ủy"], ["Ban Tổ chức Huyện ủy"]),
    ("Sắp xếp chi bộ khu phố. Đảng ủy phường Phú Lợi lãnh đạo, chỉ đạo sâu sát việc kiện toàn; phối hợp với Ủy ban "
     "MTTQ Việt Nam phường rà soát.", ["Đảng ủy phường Phú Lợi"], ["Ủy ban MTTQ Việt Nam phường"]),
    ("Nâng cao chất lượng sinh hoạt. Chi bộ thôn Nà Làng lãnh đạo, chỉ đạo thực hiện tốt việc sinh hoạt chuyên đề.",
     ["Chi bộ thôn Nà Làng"], []),
    ("Ra quân tình nguyện hè. Các chi đoàn trực thuộc chỉ đạo chặt chẽ việc tổ chức ra quân, hoàn thành trước ngày "
     "30/6/2026.", ["Các chi đoàn trực thuộc"], []),
    ("Chuyển đổi số. UBND phường chỉ đạo quyết liệt việc số hóa hồ sơ.", ["UBND phường"], []),
    # how much or how it leads, before or after the verb
    ("Học tập Nghị quyết. Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo việc triển khai thực hiện.",
     ["Các cấp ủy, tổ chức đảng"], []),
    ("Học tập Nghị quyết. Các chi bộ trực thuộc trực tiếp lãnh đạo việc học tập.", ["Các chi bộ trực thuộc"], []),
    ("Học tập Nghị quyết. Chi ủy các chi bộ lãnh đạo, chỉ đạo chặt chẽ, hoàn thành trong tháng 12/2025.",
     ["Chi ủy các chi bộ"], []),
    ("Hỗ trợ hội viên. Ban Thường vụ Hội Nông dân xã chỉ đạo chặt chẽ việc hướng dẫn hội viên vay vốn.",
     ["Ban Thường vụ Hội Nông dân xã"], []),
    # negatives: a unit after the manner is the one directed; leading as a noun; a clause opened by no unit
    ("Cải cách hành chính. UBND huyện chỉ đạo chặt chẽ các xã triển khai thực hiện.", [], []),
    ("Học tập Nghị quyết. Đảng ủy phường tăng cường lãnh đạo các tổ dân phố rà soát.", [], []),
    ("Học tập Nghị quyết. Các cấp ủy tăng cường công tác kiểm tra.", [], []),
    ("Học tập Nghị quyết. Ban Chấp hành Đoàn xã chỉ đạo các chi đoàn tổ chức học tập.", [], []),
    ("Kiểm tra, giám sát việc lãnh đạo, chỉ đạo thực hiện Nghị quyết tại các chi bộ trực thuộc.", [], []),
    ("Cụ thể hóa nhiệm vụ; làm căn cứ để Ban Thường vụ lãnh đạo, chỉ đạo việc thực hiện.", [], []),
])
def test_a_leading_clause_that_goes_on_with_the_work_names_the_lead(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---- a sentence that hands its units a duty ("Giao X …", "Đề nghị X …", "Đảng ủy giao X …") names
# them whatever verb follows, not only "chủ trì" or "thực hiện"
@pytest.mark.parametrize("text, lead, support", [
    ("Lập sổ sức khỏe điện tử. Giao Văn phòng HĐND và UBND xã tham mưu Ủy ban nhân dân xã ban hành kế hoạch trước "
     "ngày 31/01/2026.", ["Văn phòng HĐND và UBND xã"], []),
    ("Tuyên truyền bảo hiểm y tế. Đề nghị Ủy ban MTTQ Việt Nam phường và các đoàn thể vận động Nhân dân tham gia.",
     ["Ủy ban MTTQ Việt Nam phường", "các đoàn thể"], []),
    ("Tổng kết công tác dân vận. Huyện ủy giao Ban Dân vận Huyện ủy theo dõi, đôn đốc, tổng hợp kết quả.",
     ["Ban Dân vận Huyện ủy"], []),
    ("Yêu cầu các chi đoàn trực thuộc đăng ký công trình thanh niên trước ngày 15/3/2026.",
     ["các chi đoàn trực thuộc"], []),
    ("Tổ chức Tết trồng cây. Giao Đoàn Thanh niên xã tổ chức ra quân; Hội Cựu chiến binh xã phối hợp thực hiện.",
     ["Đoàn Thanh niên xã"], ["Hội Cựu chiến binh xã"]),
    ("Triển khai thực hiện. Đảng ủy giao Chi bộ Trạm Y tế xã tổ chức khám; phối hợp với Hội Người cao tuổi xã "
     "thực hiện.", ["Chi bộ Trạm Y tế xã"], ["Hội Người cao tuổi xã"]),
    # negatives: an opening that only names whom a part concerns, no unit after the address, words that
    # begin with "giao", a request to direct other units
    ("Đối với các hộ kinh doanh vi phạm, xử lý nghiêm theo quy định.", [], []),
    ("Tổ chức đối thoại. Đề nghị cấp trên quan tâm hỗ trợ kinh phí.", [], []),
    ("Rà soát hồ sơ. Giao thông nông thôn được đầu tư.", [], []),
    ("Bàn giao hồ sơ cho Văn phòng Đảng ủy lưu trữ.", [], []),
    ("Giao ban định kỳ. Yêu cầu cao về chất lượng.", [], []),
    ("Rà soát quy hoạch. Đề nghị UBND huyện chỉ đạo các xã rà soát.", [], []),
])
def test_a_sentence_handing_its_units_a_duty_names_the_lead(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---- a body named by its trade after a head ending in a level word ("Hợp tác xã"): the name, no place
@pytest.mark.parametrize("sentence, units", [
    ("Hội Gốm sứ Bát Tràng, Hợp tác xã Gốm sứ Bát Tràng vận động hội viên.",
     ["Hội Gốm sứ Bát Tràng", "Hợp tác xã Gốm sứ Bát Tràng"]),
    ("Hợp tác xã Nông nghiệp Tân Tiến tổ chức sản xuất vụ đông.", ["Hợp tác xã Nông nghiệp Tân Tiến"]),
    ("Chủ nhiệm Hợp tác xã Mây tre đan Phú Vinh báo cáo kết quả.", ["Chủ nhiệm Hợp tác xã Mây tre đan Phú Vinh"]),
    ("Liên minh Hợp tác xã tỉnh Bắc Ninh hướng dẫn thủ tục.", ["Liên minh Hợp tác xã tỉnh Bắc Ninh"]),
    ("Hội Sinh vật cảnh xã phối hợp trưng bày.", ["Hội Sinh vật cảnh xã"]),
    ("Câu lạc bộ Dưỡng sinh thôn Đông tham gia hội diễn.", ["Câu lạc bộ Dưỡng sinh thôn Đông"]),
    # negatives: a place after a level word still ends the name
    ("Công an xã Hố Nai 3 tuần tra ban đêm.", ["Công an xã Hố Nai 3"]),
    ("UBND xã Tân Tiến chỉ đạo các thôn.", ["UBND xã Tân Tiến"]),
    ("Hợp tác xã Tân Tiến phối hợp thực hiện.", ["Hợp tác xã Tân Tiến"]),
])
def test_a_cooperative_named_by_its_trade_keeps_its_name(sentence, units):
    assert leading_units(sentence) == units


# ---- a cell joining a person to a body ("… và ông <Name>") names both, as a sentence does
@pytest.mark.parametrize("cell, lead", [
    ("Các hộ gia đình và ông Nguyễn Văn A", ["Các hộ gia đình", "Nguyễn Văn A"]),
    ("Hợp tác xã Gốm sứ Phù Lãng, bà Lê Thị Hoa", ["Hợp tác xã Gốm sứ Phù Lãng", "Lê Thị Hoa"]),
    ("Tổ hòa giải thôn 3 và đồng chí Trần Văn Bình; UBND xã", ["Tổ hòa giải thôn 3", "Trần Văn Bình", "UBND xã"]),
    # negatives: no name after the honorific; a person alone
    ("Hội Người cao tuổi và ông bà nội ngoại", ["Hội Người cao tuổi và ông bà nội ngoại"]),
    ("Đ/c Lê Văn Tâm", ["Đ/c Lê Văn Tâm"]),
])
def test_a_person_joined_to_a_body_in_a_cell_is_a_unit(cell, lead):
    assert split_units(cell) == (lead, [])


# ---- the definition read in text stripped of its diacritics, as the rest of the units are
@pytest.mark.parametrize("sentence, units", [
    ("Chi hoi la to chuc co so cua Hoi Nong dan Viet Nam.", []),
    ("Cong doan co so la to chuc co so cua Cong doan Viet Nam.", []),
    ("CDCS la to chuc co so cua Cong doan Viet Nam.", []),
    ("Doan Thanh nien xa la cau noi giua Dang voi thanh nien.", []),
    ("Hoi Nong dan xa la thanh vien cua Mat tran.", []),
    # negatives: a duty later in the sentence; a post the plan gives
    ("Chi hoi la to chuc co so, co trach nhiem trien khai ke hoach.", ["Chi hoi"]),
    ("UBND xa la co quan thuong truc, theo doi ket qua.", ["UBND xa"]),
])
def test_a_definition_stripped_of_diacritics_names_no_doer(sentence, units):
    assert leading_units(sentence) == units


# ---- a youth union's plan written in prose: each numbered item's later sentence says who leads
_YOUTH_PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ QUẢNG PHÚ
***
Số: 14-KH/ĐTN
Quảng Phú, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy vai trò xung kích của đoàn viên, thanh niên.
II. NỘI DUNG HOẠT ĐỘNG
1. Ra quân Ngày Chủ nhật xanh tại các thôn. Các chi đoàn trực thuộc chỉ đạo chặt chẽ việc tổ chức ra quân; Hội Cựu \
chiến binh xã phối hợp thực hiện, hoàn thành trước ngày 29/3/2026.
2. Tổ chức hiến máu tình nguyện. Giao Ban Thường vụ Đoàn xã tham mưu Ban Chỉ đạo hiến máu xã tổ chức ngày hội \
trước ngày 26/3/2026.
3. Tuyên truyền phòng, chống ma túy trong thanh niên. Đề nghị Công an xã cử cán bộ báo cáo viên tại các buổi \
sinh hoạt chi đoàn.
III. TỔ CHỨC THỰC HIỆN
1. Các chi đoàn trực thuộc xây dựng kế hoạch, báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 31/3/2026.
"""


def test_a_youth_unions_prose_items_name_their_lead_and_partners():
    from pipeline.extract import extract_bytes

    tasks = extract_bytes(_YOUTH_PLAN.encode(), "thang-thanh-nien.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [
        (["Các chi đoàn trực thuộc"], ["Hội Cựu chiến binh xã"]),
        (["Ban Thường vụ Đoàn xã"], []),
        (["Công an xã"], []),
    ]


@pytest.mark.parametrize("cell, lead", [
    # a unit whole at its level word (and place name), the next one's head right after it: a lost ";"
    ("Công an xã Trạm Y tế xã", ["Công an xã", "Trạm Y tế xã"]),
    ("Hội Nông dân xã Hội Liên hiệp Phụ nữ xã", ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"]),
    ("Công an huyện Ban Chỉ huy Quân sự huyện", ["Công an huyện", "Ban Chỉ huy Quân sự huyện"]),
    ("UBND xã Tân Lập Công an xã Tân Lập", ["UBND xã Tân Lập", "Công an xã Tân Lập"]),
    ("Văn phòng HĐND và UBND phường Trường Tiểu học Kim Đồng",
     ["Văn phòng HĐND và UBND phường", "Trường Tiểu học Kim Đồng"]),
    ("UBND các xã, thị trấn Phòng Tài chính - Kế hoạch", ["UBND các xã, thị trấn", "Phòng Tài chính - Kế hoạch"]),
    ("Trạm Y tế thị trấn UBMTTQ thị trấn", ["Trạm Y tế thị trấn", "UBMTTQ thị trấn"]),
    ("Trưởng các khu dân cư Hội Liên hiệp Phụ nữ xã", ["Trưởng các khu dân cư", "Hội Liên hiệp Phụ nữ xã"]),
    ("Ban Công tác Mặt trận thôn Hội Nông dân xã", ["Ban Công tác Mặt trận thôn", "Hội Nông dân xã"]),
    # negatives: one name holding a head, places named with a bare head word, a head ending in "xã"
    ("Ban Chỉ huy Quân sự xã", ["Ban Chỉ huy Quân sự xã"]),
    ("Phòng Văn hóa - Thông tin và Trạm Y tế", ["Phòng Văn hóa - Thông tin", "Trạm Y tế"]),
    ("UBND huyện Trạm Tấu", ["UBND huyện Trạm Tấu"]),
    ("Công an xã Đoàn Kết", ["Công an xã Đoàn Kết"]),
    ("UBND xã Ban Công", ["UBND xã Ban Công"]),
    ("UBND thành phố Hội An", ["UBND thành phố Hội An"]),
    ("Trạm Y tế xã Trường Sơn", ["Trạm Y tế xã Trường Sơn"]),
    ("Trưởng thôn Đoàn Kết", ["Trưởng thôn Đoàn Kết"]),
    ("Tổ dân phố Trường Sơn", ["Tổ dân phố Trường Sơn"]),
    ("Hợp tác xã Nông nghiệp Tân Lập", ["Hợp tác xã Nông nghiệp Tân Lập"]),
    ("Ngân hàng Chính sách xã hội huyện", ["Ngân hàng Chính sách xã hội huyện"]),
    ("ỦY BAN NHÂN DÂN XÃ TRẠM HÀNH", ["ỦY BAN NHÂN DÂN XÃ TRẠM HÀNH"]),
    # typed with its separators: as before
    ("Công an xã; Trạm Y tế xã", ["Công an xã", "Trạm Y tế xã"]),
    ("Công an xã, Trạm Y tế xã và Hội Nông dân xã", ["Công an xã", "Trạm Y tế xã", "Hội Nông dân xã"]),
])
def test_a_unit_glued_to_the_whole_one_before_it_is_split(cell, lead):
    assert split_units(cell) == (lead, [])


def test_units_glued_in_a_sentence_are_read_apart():
    assert leading_units("Công an xã Trạm Y tế xã phối hợp tuyên truyền phòng, chống bệnh Dại.") == [
        "Công an xã", "Trạm Y tế xã"]
    assert leading_units("UBND huyện Trạm Tấu chỉ đạo các xã triển khai.") == ["UBND huyện Trạm Tấu"]


@pytest.mark.parametrize("text, lead, support", [
    # the lead's own work first, then ", phối hợp (chặt chẽ) (với) Y" and Y's part: Y is the partner
    ("Văn phòng Đảng ủy chủ trì tham mưu tổng hợp kết quả, phối hợp với Ủy ban Kiểm tra Đảng ủy theo dõi, "
     "đôn đốc việc thực hiện.", ["Văn phòng Đảng ủy"], ["Ủy ban Kiểm tra Đảng ủy"]),
    ("Công an phường chủ trì tuần tra, kiểm soát, phối hợp chặt chẽ với Ban Chỉ huy Quân sự phường xử lý vi phạm.",
     ["Công an phường"], ["Ban Chỉ huy Quân sự phường"]),
    ("Hội Liên hiệp Phụ nữ phường chủ trì triển khai mô hình phân loại rác tại nguồn, phối hợp chặt chẽ với Hội "
     "Cựu chiến binh phường, Đoàn Thanh niên phường duy trì các tuyến đường tự quản.",
     ["Hội Liên hiệp Phụ nữ phường"], ["Hội Cựu chiến binh phường", "Đoàn Thanh niên phường"]),
    ("Giao Trạm Y tế xã chủ trì giám sát ca bệnh, phối hợp Công an xã Yên Lạc, xã Tam Đảo truy vết.",
     ["Trạm Y tế xã"], ["Công an xã Yên Lạc", "Công an xã Tam Đảo"]),
    ("Phòng Văn hóa - Xã hội chủ trì, tổng hợp kết quả, phối hợp với Trung tâm Dịch vụ tổng hợp xã báo cáo.",
     ["Phòng Văn hóa - Xã hội"], ["Trung tâm Dịch vụ tổng hợp xã"]),
    # the same after a lead addressed or leading without "chủ trì"
    ("Giao Văn phòng Đảng ủy tham mưu tổng hợp kết quả, phối hợp với Ủy ban Kiểm tra Đảng ủy theo dõi, đôn đốc.",
     ["Văn phòng Đảng ủy"], ["Ủy ban Kiểm tra Đảng ủy"]),
    ("Đảng ủy xã lãnh đạo, chỉ đạo chặt chẽ việc tổ chức Đại hội, phối hợp với Ủy ban MTTQ xã vận động Nhân dân.",
     ["Đảng ủy xã"], ["Ủy ban MTTQ xã"]),
    ("Đề nghị Ủy ban MTTQ Việt Nam xã tuyên truyền, vận động Nhân dân, phối hợp với gia đình quản lý con em.",
     ["Ủy ban MTTQ Việt Nam xã"], []),
    # names that hold a comma stay whole, on either side
    ("Phòng Văn hóa, Khoa học và Thông tin chủ trì xây dựng kịch bản, phối hợp với Trung tâm Văn hóa, Thể thao "
     "và Truyền thông huyện tổ chức biểu diễn.",
     ["Phòng Văn hóa, Khoa học và Thông tin"], ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"]),
    ("Ban Chỉ huy Quân sự xã chủ trì diễn tập, phối hợp với Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu "
     "nạn xã bố trí lực lượng.", ["Ban Chỉ huy Quân sự xã"],
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"]),
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã chủ trì kiểm tra đê điều, phối hợp với Phòng "
     "Kinh tế, Hạ tầng và Đô thị khắc phục sự cố.",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn xã"], ["Phòng Kinh tế, Hạ tầng và Đô thị"]),
    # negatives: no unit after "phối hợp", or the partner belongs to another clause or sentence
    ("Phòng Văn hóa - Xã hội chủ trì tổ chức hội nghị, phối hợp với gia đình học sinh theo dõi.",
     ["Phòng Văn hóa - Xã hội"], []),
    ("Phòng Văn hóa - Xã hội chủ trì tổ chức hội nghị, phối hợp tổ chức tuyên truyền.", ["Phòng Văn hóa - Xã hội"], []),
    ("Phòng Nội vụ chủ trì kiểm tra; Hội Nông dân xã tập huấn, phối hợp với Đoàn Thanh niên xã.", ["Phòng Nội vụ"], []),
    ("Trạm Y tế xã chủ trì giám sát dịch bệnh. Công an xã tuần tra, phối hợp với Ban Chỉ huy Quân sự xã.",
     ["Trạm Y tế xã"], []),
    # as before: "chủ trì, phối hợp với Y" right after the lead
    ("Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy thực hiện.", ["Ban Tổ chức Huyện ủy"],
     ["Văn phòng Huyện ủy"]),
])
def test_a_partner_named_after_the_leads_own_work_is_support(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("sentence, units", [
    # "quán triệt" is the verb of a Party body, not a word of its name
    ("Các cấp ủy, tổ chức đảng trong Đảng bộ phường quán triệt, triển khai thực hiện.",
     ["Các cấp ủy, tổ chức đảng trong Đảng bộ phường"]),
    ("Các chi bộ trực thuộc quán triệt Kế hoạch đến cán bộ, đảng viên.", ["Các chi bộ trực thuộc"]),
    ("Ban Thường vụ Huyện ủy quán triệt Nghị quyết đến các chi bộ.", ["Ban Thường vụ Huyện ủy"]),
    # a list of kinds after one "các" is one unit, as the golds write "Các cơ quan, đơn vị liên quan"
    ("Đề nghị các cấp ủy, tổ chức đảng trực thuộc Đảng bộ phường quan tâm lãnh đạo, chỉ đạo.",
     ["các cấp ủy, tổ chức đảng trực thuộc Đảng bộ phường"]),
    ("Các cơ quan, đơn vị liên quan quán triệt đến cán bộ.", ["Các cơ quan, đơn vị liên quan"]),
])
def test_a_party_body_ends_before_quan_triet(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("text, units", [
    # a hamlet's head with the hamlet's name, the next unit glued on (a scan's lost ";" or ",")
    ("Trưởng thôn Đồng Tâm Chi hội Phụ nữ thôn Đồng Tâm phối hợp thực hiện.",
     ["Trưởng thôn Đồng Tâm", "Chi hội Phụ nữ thôn Đồng Tâm"]),
    ("Trưởng thôn Nà Làng Chi hội Nông dân thôn Nà Làng Chi đoàn thôn Nà Làng tuyên truyền đến từng hộ.",
     ["Trưởng thôn Nà Làng", "Chi hội Nông dân thôn Nà Làng", "Chi đoàn thôn Nà Làng"]),
    ("Trưởng bản Huổi Lếch Chi hội Phụ nữ bản vận động các hộ.", ["Trưởng bản Huổi Lếch", "Chi hội Phụ nữ bản"]),
    ("Trưởng thôn Đồng Tâm Ban Công tác Mặt trận thôn Đồng Tâm phối hợp thực hiện.",
     ["Trưởng thôn Đồng Tâm", "Ban Công tác Mặt trận thôn Đồng Tâm"]),
    ("Tổ dân phố Đông Sơn Chi đoàn tổ dân phố Đông Sơn tuyên truyền.",
     ["Tổ dân phố Đông Sơn", "Chi đoàn tổ dân phố Đông Sơn"]),
    ("Khu phố Đông Hòa Chi hội Cựu chiến binh khu phố vận động.", ["Khu phố Đông Hòa", "Chi hội Cựu chiến binh khu phố"]),
    # negatives: a hamlet named with a bare head word stays one unit; a cooperative's "xã" is no place
    ("Trưởng thôn Đoàn Kết phối hợp thực hiện.", ["Trưởng thôn Đoàn Kết"]),
    ("Tổ dân phố Trạm Trôi tuyên truyền.", ["Tổ dân phố Trạm Trôi"]),
    ("Khu phố Hội Xuân vận động.", ["Khu phố Hội Xuân"]),
    ("Trưởng thôn Trạm Hành phối hợp thực hiện.", ["Trưởng thôn Trạm Hành"]),
    ("Trưởng thôn Hội Xuân phối hợp thực hiện.", ["Trưởng thôn Hội Xuân"]),
    ("Hợp tác xã Nông nghiệp Tân Tiến phối hợp thực hiện.", ["Hợp tác xã Nông nghiệp Tân Tiến"]),
    ("Trưởng thôn Đồng Tâm, Chi hội Phụ nữ thôn Đồng Tâm phối hợp thực hiện.",
     ["Trưởng thôn Đồng Tâm", "Chi hội Phụ nữ thôn Đồng Tâm"]),
])
def test_a_unit_glued_after_a_hamlets_head_is_split(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("cell, lead", [
    ("Trưởng thôn Đồng Tâm Chi hội Phụ nữ thôn Đồng Tâm", ["Trưởng thôn Đồng Tâm", "Chi hội Phụ nữ thôn Đồng Tâm"]),
    ("Trưởng bản Nà Phặc Chi đoàn bản Nà Phặc", ["Trưởng bản Nà Phặc", "Chi đoàn bản Nà Phặc"]),
    ("Trưởng thôn Trường Sơn", ["Trưởng thôn Trường Sơn"]),
    ("Tổ dân phố Đông Sơn Chi hội Phụ nữ tổ dân phố", ["Tổ dân phố Đông Sơn", "Chi hội Phụ nữ tổ dân phố"]),
    ("Phòng Văn hóa, Khoa học và Thông tin", ["Phòng Văn hóa, Khoa học và Thông tin"]),
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện; Phòng Kinh tế, Hạ tầng và Đô thị",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện", "Phòng Kinh tế, Hạ tầng và Đô thị"]),
    ("Các cấp ủy, tổ chức đảng ở tổ dân phố", ["Các cấp ủy, tổ chức đảng ở tổ dân phố"]),
])
def test_a_cell_after_a_hamlets_head_and_names_with_commas(cell, lead):
    assert split_units(cell) == (lead, [])


# Kinds of body listed under one "Các": each kind named (by an acronym or a school level) and the
# next printed as a head with a name of its own is a group of units apart, and takes the "Các".
@pytest.mark.parametrize("cell, lead", [
    ("Các trường THPT, trung tâm GDNN-GDTX", ["Các trường THPT", "Các trung tâm GDNN-GDTX"]),
    ("Các trường THCS, trung tâm học tập cộng đồng", ["Các trường THCS", "Các trung tâm học tập cộng đồng"]),
    ("Các trường THPT và trung tâm GDNN-GDTX", ["Các trường THPT", "Các trung tâm GDNN-GDTX"]),
    ("Các trường trung học phổ thông, trung tâm giáo dục thường xuyên tỉnh",
     ["Các trường trung học phổ thông", "Các trung tâm giáo dục thường xuyên tỉnh"]),
    ("Các trường mầm non, tiểu học, THCS, trung tâm học tập cộng đồng",
     ["Các trường mầm non, tiểu học, THCS", "Các trung tâm học tập cộng đồng"]),
    ("các trường PTDTBT, trạm y tế xã", ["các trường PTDTBT", "các trạm y tế xã"]),
    ("Tất cả các trường THPT, trung tâm GDNN-GDTX", ["Tất cả các trường THPT", "Tất cả các trung tâm GDNN-GDTX"]),
    # a third kind, however named, once the list reads kinds apart
    ("Các trường THPT, trung tâm GDNN-GDTX, trường cao đẳng trên địa bàn",
     ["Các trường THPT trên địa bàn", "Các trung tâm GDNN-GDTX trên địa bàn", "Các trường cao đẳng trên địa bàn"]),
    ("Các trường tiểu học, trung tâm học tập cộng đồng và trạm y tế xã",
     ["Các trường tiểu học", "Các trung tâm học tập cộng đồng", "Các trạm y tế xã"]),
    ("Các trường THPT, trung tâm GDNN-GDTX và Trung tâm Y tế huyện",
     ["Các trường THPT", "Các trung tâm GDNN-GDTX", "Trung tâm Y tế huyện"]),
    # negatives: categories that overlap and share their words, levels of one noun, a generic qualifier
    ("Các trường mầm non, tiểu học, trung học cơ sở", ["Các trường mầm non, tiểu học, trung học cơ sở"]),
    ("Các trường tiểu học và trung học cơ sở", ["Các trường tiểu học và trung học cơ sở"]),
    ("Các trường MN, TH, THCS", ["Các trường MN, TH, THCS"]),
    ("Các cấp ủy, tổ chức đảng", ["Các cấp ủy, tổ chức đảng"]),
    ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"]),
    ("Các phòng chuyên môn, trạm bảo vệ rừng", ["Các phòng chuyên môn, trạm bảo vệ rừng"]),
    ("Các phòng, đơn vị thuộc Sở", ["Các phòng, đơn vị thuộc Sở"]),
    ("Các hợp tác xã, tổ hợp tác", ["Các hợp tác xã, tổ hợp tác"]),
])
def test_kinds_of_body_under_one_determiner(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    ("Các trường THPT, trung tâm GDNN-GDTX tổ chức tư vấn tuyển sinh cho học sinh lớp 9.",
     ["Các trường THPT", "Các trung tâm GDNN-GDTX"]),
    ("Các trường tiểu học, trung học cơ sở tổ chức khám sức khỏe cho học sinh.",
     ["Các trường tiểu học, trung học cơ sở"]),
    ("Các cơ quan, đơn vị liên quan phối hợp thực hiện.", ["Các cơ quan, đơn vị liên quan"]),
])
def test_kinds_of_body_opening_a_sentence(text, lead):
    assert leading_units(text) == lead


def test_kinds_of_body_as_partners():
    text = ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường THCS, trung tâm học tập cộng đồng tổ "
            "chức tuyên truyền.")
    assert responsible_units(text) == (["Phòng Văn hóa - Xã hội"],
                                       ["các trường THCS", "các trung tâm học tập cộng đồng"])


# A school or its professional group named after a level word keeps the name: the level word is
# the school's kind, not the end of the unit.
@pytest.mark.parametrize("cell, lead, support", [
    ("Trường Mầm non Hoa Sen", ["Trường Mầm non Hoa Sen"], []),
    ("Trường Tiểu học Kim Đồng, Trường THCS Lê Quý Đôn", ["Trường Tiểu học Kim Đồng", "Trường THCS Lê Quý Đôn"], []),
    ("Tổ chuyên môn Tiểu học; Tổ chuyên môn Mầm non", ["Tổ chuyên môn Tiểu học", "Tổ chuyên môn Mầm non"], []),
    ("Chủ trì: Hội đồng tuyển sinh nhà trường; Phối hợp: Trường Tiểu học Thiệu Trung",
     ["Hội đồng tuyển sinh nhà trường"], ["Trường Tiểu học Thiệu Trung"]),
    ("Phó Hiệu trưởng; Trường Tiểu học Thiệu Trung phối hợp", ["Phó Hiệu trưởng"], ["Trường Tiểu học Thiệu Trung"]),
    ("Trường Mầm non Sơn Ca và Trường Tiểu học Lê Lợi", ["Trường Mầm non Sơn Ca", "Trường Tiểu học Lê Lợi"], []),
])
def test_a_school_named_after_its_level_keeps_its_name(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    ("Giao Trường Mầm non Hoa Sen chủ trì, phối hợp với Trường Tiểu học Kim Đồng tổ chức ngày hội.",
     ["Trường Mầm non Hoa Sen"], ["Trường Tiểu học Kim Đồng"]),
    ("Tổ chuyên môn Tiểu học chủ trì xây dựng kế hoạch dạy học.", ["Tổ chuyên môn Tiểu học"], []),
    ("Giao Tổ Khoa học tự nhiên chủ trì, phối hợp với Tổ Toán - Tin học rà soát thiết bị dạy học.",
     ["Tổ Khoa học tự nhiên"], ["Tổ Toán - Tin học"]),
])
def test_a_school_named_after_its_level_in_a_sentence(text, lead, support):
    assert responsible_units(text) == (lead, support)


# A school's unit cells: posts, a parents' board, role labels and names with commas inside.
@pytest.mark.parametrize("cell, lead, support", [
    ("Hiệu trưởng, Phó Hiệu trưởng", ["Hiệu trưởng", "Phó Hiệu trưởng"], []),
    ("Hiệu trưởng; Tổ trưởng các tổ chuyên môn", ["Hiệu trưởng", "Tổ trưởng các tổ chuyên môn"], []),
    ("Giáo viên chủ nhiệm, Ban đại diện cha mẹ học sinh", ["Giáo viên chủ nhiệm", "Ban đại diện cha mẹ học sinh"], []),
    ("Chủ trì: Hiệu trưởng; Phối hợp: Phó Hiệu trưởng, Tổ trưởng các tổ chuyên môn",
     ["Hiệu trưởng"], ["Phó Hiệu trưởng", "Tổ trưởng các tổ chuyên môn"]),
    ("Chủ trì: Phó Hiệu trưởng; Phối hợp: Các trường THPT, trung tâm GDNN-GDTX",
     ["Phó Hiệu trưởng"], ["Các trường THPT", "Các trung tâm GDNN-GDTX"]),
    ("Chủ trì: Giáo viên Thể dục; Phối hợp: Phòng Văn hóa, Khoa học và Thông tin huyện, Trung tâm Văn hóa, "
     "Thông tin và Thể thao huyện", ["Giáo viên Thể dục"],
     ["Phòng Văn hóa, Khoa học và Thông tin huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
    ("Chủ trì: Nhân viên thư viện; Phối hợp: Tổ Ngữ văn - Lịch sử - Địa lí, Liên đội",
     ["Nhân viên thư viện"], ["Tổ Ngữ văn - Lịch sử - Địa lí", "Liên đội"]),
])
def test_a_schools_unit_cells(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A school's plan shortens its bodies and posts: BGH, GVCN, GVBM, TPT Đội, BĐD CMHS.
@pytest.mark.parametrize("cell, lead, support", [
    ("Tổng phụ trách Đội, GVCN", ["Tổng phụ trách Đội", "GVCN"], []),
    ("Các tổ CM, GVCN", ["Các tổ CM", "GVCN"], []),
    ("BGH; TPT Đội", ["BGH", "TPT Đội"], []),
    ("GVCN chủ trì; GVBM, BĐD CMHS phối hợp", ["GVCN"], ["GVBM", "BĐD CMHS"]),
    # negatives: an acronym that is no body stays inside the name it qualifies
    ("Các trường MN, TH, THCS", ["Các trường MN, TH, THCS"], []),
    ("Ban đại diện CMHS", ["Ban đại diện CMHS"], []),
])
def test_a_schools_shortened_units(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    ("Giao GVCN chủ trì, phối hợp với TPT Đội tổ chức sinh hoạt lớp.", ["GVCN"], ["TPT Đội"]),
    ("BGH nhà trường chủ trì, phối hợp với BĐD CMHS tổ chức hội nghị cha mẹ học sinh.", ["BGH nhà trường"],
     ["BĐD CMHS"]),
])
def test_a_schools_shortened_units_in_a_sentence(text, lead, support):
    assert responsible_units(text) == (lead, support)


# "Hội khỏe Phù Đổng" is the schools' sports festival, the object a partner organises, no unit.
@pytest.mark.parametrize("text, lead, support", [
    ("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế tổ chức Hội khỏe Phù Đổng cấp tỉnh.",
     ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]),
    ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao tổ chức Hội "
     "khỏe Phù Đổng cấp xã.", ["Phòng Văn hóa - Xã hội"], ["Trung tâm Văn hóa, Thông tin và Thể thao"]),
    # the noun "tổ chức hội" (the bodies of an association) still reads as a unit
    ("Giao Hội Nông dân xã chủ trì, phối hợp với các tổ chức hội cơ sở thực hiện.", ["Hội Nông dân xã"],
     ["các tổ chức hội cơ sở"]),
])
def test_a_sports_festival_is_no_unit(text, lead, support):
    assert responsible_units(text) == (lead, support)


# The head of a public service unit named by that post, after a school's head: two posts.
@pytest.mark.parametrize("cell, lead", [
    ("Hiệu trưởng các trường THPT, Giám đốc trung tâm GDNN-GDTX",
     ["Hiệu trưởng các trường THPT", "Giám đốc trung tâm GDNN-GDTX"]),
    ("Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX",
     ["Hiệu trưởng các trường THPT", "Giám đốc các trung tâm GDNN-GDTX"]),
    ("Trưởng Trạm Y tế xã, Giám đốc bệnh viện đa khoa huyện",
     ["Trưởng Trạm Y tế xã", "Giám đốc bệnh viện đa khoa huyện"]),
    # negative: "giám đốc" in lower case inside a name stays there
    ("Ban giám đốc trung tâm", ["Ban giám đốc trung tâm"]),
])
def test_the_head_of_a_centre_is_a_post_of_its_own(cell, lead):
    assert split_units(cell) == (lead, [])


# A qualifier printed once after the last of the kinds under one "Các" is every kind's, as a unit named
# alone keeps it ("Các trường học trên địa bàn xã"): each split unit takes it.
@pytest.mark.parametrize("cell, lead", [
    ("Các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh",
     ["Các trường THPT trên địa bàn tỉnh", "Các trung tâm GDNN-GDTX trên địa bàn tỉnh"]),
    ("Các trường tiểu học, trung tâm học tập cộng đồng thuộc huyện",
     ["Các trường tiểu học thuộc huyện", "Các trung tâm học tập cộng đồng thuộc huyện"]),
    ("Các trường THCS và trung tâm học tập cộng đồng có liên quan",
     ["Các trường THCS có liên quan", "Các trung tâm học tập cộng đồng có liên quan"]),
    ("các trường PTDTBT, trạm y tế trực thuộc Sở", ["các trường PTDTBT trực thuộc Sở", "các trạm y tế trực thuộc Sở"]),
    ("Tất cả các trường THPT, trung tâm GDNN-GDTX trên địa bàn thành phố Hải Phòng",
     ["Tất cả các trường THPT trên địa bàn thành phố Hải Phòng",
      "Tất cả các trung tâm GDNN-GDTX trên địa bàn thành phố Hải Phòng"]),
    # negatives: a kind with its own qualifier keeps it; a unit of another kind after the list takes none;
    # one collective keeps its qualifier once
    ("Các trường THPT thuộc Sở, trung tâm GDNN-GDTX trên địa bàn tỉnh",
     ["Các trường THPT thuộc Sở", "Các trung tâm GDNN-GDTX trên địa bàn tỉnh"]),
    ("Các trường THPT, trung tâm GDNN-GDTX và Trung tâm Y tế huyện",
     ["Các trường THPT", "Các trung tâm GDNN-GDTX", "Trung tâm Y tế huyện"]),
    ("Phòng Y tế, Trung tâm Y tế trên địa bàn huyện", ["Phòng Y tế", "Trung tâm Y tế trên địa bàn huyện"]),
    ("Các trường mầm non, tiểu học trên địa bàn huyện", ["Các trường mầm non, tiểu học trên địa bàn huyện"]),
    ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"]),
])
def test_a_qualifier_after_kinds_of_body_is_each_kinds(cell, lead):
    assert split_units(cell) == (lead, [])


def test_a_qualifier_after_kinds_of_body_opening_a_sentence():
    text = "Các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh tổ chức tư vấn tuyển sinh cho học sinh."
    assert leading_units(text) == ["Các trường THPT trên địa bàn tỉnh", "Các trung tâm GDNN-GDTX trên địa bàn tỉnh"]


@pytest.mark.parametrize("text, lead, support", [
    ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường THCS, trung tâm học tập cộng đồng trên địa "
     "bàn xã tổ chức tuyên truyền.", ["Phòng Văn hóa - Xã hội"],
     ["các trường THCS trên địa bàn xã", "các trung tâm học tập cộng đồng trên địa bàn xã"]),
])
def test_a_qualifier_after_kinds_of_body_in_a_sentence(text, lead, support):
    assert responsible_units(text) == (lead, support)


# Schools listed after one "Trường", each by its level and its name ("Trường Mầm non Hoa Sen, Tiểu học
# Kim Đồng"): each a school, "Trường" carried to it as to a sibling place's organ.
@pytest.mark.parametrize("cell, lead, support", [
    ("Trường Mầm non Hoa Sen, Tiểu học Kim Đồng", ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng"], []),
    ("Trường Mầm non Hoa Sen và Tiểu học Kim Đồng", ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng"], []),
    ("Trường Tiểu học Kim Đồng, THCS Lê Quý Đôn và THPT Nguyễn Trãi",
     ["Trường Tiểu học Kim Đồng", "Trường THCS Lê Quý Đôn", "Trường THPT Nguyễn Trãi"], []),
    ("Trường Mẫu giáo Hoa Hồng; Trường THCS Chu Văn An", ["Trường Mẫu giáo Hoa Hồng", "Trường THCS Chu Văn An"], []),
    ("Trường Tiểu học và THCS Kim Đồng, Mầm non Hoa Sen",
     ["Trường Tiểu học và THCS Kim Đồng", "Trường Mầm non Hoa Sen"], []),
    ("Chủ trì: Trường THCS Thiệu Trung; Phối hợp: Trường Mầm non Thiệu Trung, Tiểu học Thiệu Trung",
     ["Trường THCS Thiệu Trung"], ["Trường Mầm non Thiệu Trung", "Trường Tiểu học Thiệu Trung"]),
    ("Truong Mam non Hoa Sen, Tieu hoc Kim Dong", ["Truong Mam non Hoa Sen", "Truong Tieu hoc Kim Dong"], []),  # OCR
    # negatives: one school of several levels, levels of one collective, a school then another body
    ("Trường Mầm non, Tiểu học và THCS Hoa Sen", ["Trường Mầm non, Tiểu học và THCS Hoa Sen"], []),
    ("Trường TH và THCS Hoa Sen", ["Trường TH và THCS Hoa Sen"], []),
    ("Các trường mầm non, tiểu học", ["Các trường mầm non, tiểu học"], []),
    ("Các trường Mầm non, Tiểu học", ["Các trường Mầm non, Tiểu học"], []),
    ("Trường Tiểu học Kim Đồng, Trạm Y tế xã", ["Trường Tiểu học Kim Đồng", "Trạm Y tế xã"], []),
])
def test_schools_listed_after_one_truong(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, lead", [
    ("Trường Mầm non Hoa Sen, Tiểu học Kim Đồng tổ chức ngày hội đọc sách.",
     ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng"]),
    ("Trường THCS Lê Lợi và THPT Nguyễn Du phối hợp tổ chức giải bóng đá học sinh.",
     ["Trường THCS Lê Lợi", "Trường THPT Nguyễn Du"]),
    # negative: an inter-level school in a sentence stays one
    ("Trường Mầm non, Tiểu học và THCS Hoa Sen tổ chức ngày hội đọc sách.",
     ["Trường Mầm non, Tiểu học và THCS Hoa Sen"]),
])
def test_schools_listed_after_one_truong_opening_a_sentence(text, lead):
    assert leading_units(text) == lead


@pytest.mark.parametrize("text, lead, support", [
    ("Giao Trường Mầm non Hoa Sen chủ trì, phối hợp với Trường Tiểu học Kim Đồng, THCS Lê Lợi tổ chức ngày hội.",
     ["Trường Mầm non Hoa Sen"], ["Trường Tiểu học Kim Đồng", "Trường THCS Lê Lợi"]),
    ("Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Trường Tiểu học Kim Đồng và THCS Lê Lợi tổ chức hội thi.",
     ["Phòng Giáo dục và Đào tạo"], ["Trường Tiểu học Kim Đồng", "Trường THCS Lê Lợi"]),
])
def test_schools_listed_after_one_truong_in_a_sentence(text, lead, support):
    assert responsible_units(text) == (lead, support)


# Schools whose names hold a number ("số 2") or the commune they stand in ("xã Hoà Bình"), listed
# after one "Trường": each a school, as with names of capitalised words only.
@pytest.mark.parametrize("cell, lead", [
    ("Trường THCS số 2 Lê Lợi, THPT Nguyễn Du", ["Trường THCS số 2 Lê Lợi", "Trường THPT Nguyễn Du"]),
    ("Trường Tiểu học số 1 xã Hoà Bình, Mầm non Sen Hồng",
     ["Trường Tiểu học số 1 xã Hoà Bình", "Trường Mầm non Sen Hồng"]),
    ("Trường Mầm non Hoa Sen, Tiểu học số 2 Kim Đồng", ["Trường Mầm non Hoa Sen", "Trường Tiểu học số 2 Kim Đồng"]),
    ("Trường Tiểu học số 1 và Tiểu học số 2", ["Trường Tiểu học số 1", "Trường Tiểu học số 2"]),
    ("Trường THCS thị trấn Phong Thổ, THPT số 1 Phong Thổ",
     ["Trường THCS thị trấn Phong Thổ", "Trường THPT số 1 Phong Thổ"]),
    ("Trường PTDTBT THCS xã Nậm Xe, Tiểu học xã Nậm Xe", ["Trường PTDTBT THCS xã Nậm Xe", "Trường Tiểu học xã Nậm Xe"]),
    ("Trường Mầm non 8/3, Tiểu học Kim Đồng", ["Trường Mầm non 8/3", "Trường Tiểu học Kim Đồng"]),
    ("Trường Tiểu học Kim Đồng và Mầm non 19/5", ["Trường Tiểu học Kim Đồng", "Trường Mầm non 19/5"]),
    # negatives: a lower-case word that is no number or place, one school of several levels, a number alone
    ("Trường Mầm non, tiểu học số 2", ["Trường Mầm non, tiểu học số 2"]),
    ("Trường Mầm non, Tiểu học và THCS số 1 Hoa Sen", ["Trường Mầm non, Tiểu học và THCS số 1 Hoa Sen"]),
    ("Trường THCS số 2 Lê Lợi, Trạm Y tế phường", ["Trường THCS số 2 Lê Lợi", "Trạm Y tế phường"]),
    ("Trường THCS Lê Lợi cơ sở 2, THPT Nguyễn Du", ["Trường THCS Lê Lợi cơ sở 2, THPT Nguyễn Du"]),
    ("Trường Mầm non, Tiểu học 2/9", ["Trường Mầm non, Tiểu học 2/9"]),
])
def test_schools_with_a_number_or_a_commune_listed_after_one_truong(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    ("Trường THCS số 2 Lê Lợi và THPT Nguyễn Du tổ chức giải bóng đá học sinh.",
     ["Trường THCS số 2 Lê Lợi", "Trường THPT Nguyễn Du"]),
    ("Trường Tiểu học số 1 xã Hoà Bình, Mầm non Sen Hồng tổ chức ngày hội đọc sách.",
     ["Trường Tiểu học số 1 xã Hoà Bình", "Trường Mầm non Sen Hồng"]),
])
def test_schools_with_a_number_listed_opening_a_sentence(text, lead):
    assert leading_units(text) == lead


# "X chủ trì, phối hợp với Y; Z": the partners after "với" go on past the ";" in a cell, as in a
# sentence, until a label, a bullet (a new entry of the cell) or a role the item states itself.
@pytest.mark.parametrize("cell, lead, support", [
    ("Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã, Trạm Y tế xã; Đoàn Thanh niên xã",
     ["Phòng Văn hóa - Xã hội"], ["Công an xã", "Trạm Y tế xã", "Đoàn Thanh niên xã"]),
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; UBND các xã, phường; các cơ quan, đơn vị liên quan",
     ["Sở Nội vụ"], ["Sở Tài chính", "UBND các xã, phường", "các cơ quan, đơn vị liên quan"]),
    ("Công an tỉnh chủ trì, phối hợp Thuế tỉnh;\nTrung tâm Phục vụ hành chính công tỉnh",
     ["Công an tỉnh"], ["Thuế tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"]),
    ("Phòng Kinh tế phối hợp với Trạm Khuyến nông; Hợp tác xã Nông nghiệp Tân Tiến",
     ["Phòng Kinh tế"], ["Trạm Khuyến nông", "Hợp tác xã Nông nghiệp Tân Tiến"]),
    ("Phòng Kinh tế chủ trì; phối hợp với Công an xã; Trạm Y tế xã", ["Phòng Kinh tế"], ["Công an xã", "Trạm Y tế xã"]),
    # negatives: a role of the item's own, a bullet opening a new entry, a label, no "phối hợp với"
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính; UBND các huyện chủ trì, phối hợp với Phòng Y tế",
     ["Sở Y tế", "UBND các huyện"], ["Sở Tài chính", "Phòng Y tế"]),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính; UBND các xã, phường thực hiện",
     ["Sở Y tế", "UBND các xã, phường"], ["Sở Tài chính"]),
    ("- Sở Y tế chủ trì, phối hợp với Sở Tài chính;\n- UBND các huyện, thành phố",
     ["Sở Y tế", "UBND các huyện, thành phố"], ["Sở Tài chính"]),
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính; Chủ trì: Công an tỉnh", ["Sở Y tế", "Công an tỉnh"], ["Sở Tài chính"]),
    ("Sở Y tế; Sở Tài chính", ["Sở Y tế", "Sở Tài chính"], []),
    ("Chủ trì thực hiện: Công an xã; Trạm Y tế xã", ["Công an xã", "Trạm Y tế xã"], []),
])
def test_partners_after_phoi_hop_voi_go_on_past_a_semicolon_in_a_cell(cell, lead, support):
    assert split_units(cell) == (lead, support)


# The tax offices that replaced the Cục and Chi cục Thuế in 2025 ("Thuế tỉnh X", "Thuế cơ sở 3 tỉnh X")
# and the telecom groups' provincial branches ("Viettel Lâm Đồng", "VNPT Lào Cai") are units.
@pytest.mark.parametrize("cell, lead", [
    ("Thuế tỉnh Lâm Đồng, Thuế cơ sở 3 tỉnh Lâm Đồng", ["Thuế tỉnh Lâm Đồng", "Thuế cơ sở 3 tỉnh Lâm Đồng"]),
    ("Công an tỉnh, Thuế thành phố Hải Phòng", ["Công an tỉnh", "Thuế thành phố Hải Phòng"]),
    ("Viettel Lâm Đồng, VNPT Lâm Đồng", ["Viettel Lâm Đồng", "VNPT Lâm Đồng"]),
    ("Sở Khoa học và Công nghệ; MobiFone tỉnh và Viettel Gia Lai",
     ["Sở Khoa học và Công nghệ", "MobiFone tỉnh", "Viettel Gia Lai"]),
])
def test_tax_offices_and_telecom_branches_are_units(cell, lead):
    assert split_units(cell) == (lead, [])


@pytest.mark.parametrize("text, lead", [
    ("Thuế tỉnh Lâm Đồng là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.", ["Thuế tỉnh Lâm Đồng"]),
    ("Thuế cơ sở 2 tỉnh Phú Thọ tổ chức đối thoại với hộ kinh doanh.", ["Thuế cơ sở 2 tỉnh Phú Thọ"]),
    ("Viettel Lâm Đồng và VNPT Lâm Đồng hỗ trợ lắp đặt máy tính tiền.", ["Viettel Lâm Đồng", "VNPT Lâm Đồng"]),
    # negatives: a tax, a product
    ("Thuế thu nhập cá nhân được kê khai theo tháng.", []),
    ("Thuế giá trị gia tăng của hộ kinh doanh được tính trên doanh thu.", []),
    ("VNPT iOffice được triển khai đến cấp xã.", []),
])
def test_tax_offices_and_telecom_branches_opening_a_sentence(text, lead):
    assert leading_units(text) == lead


# "phối hợp (với) các đơn vị: A; B": the words before the colon only announce the list; its units
# are the partners (one province's commune, another's ward, a district's offices, "gồm", "sau")
@pytest.mark.parametrize("text, lead, support", [
    ("Phòng Kinh tế chủ trì, phối hợp các đơn vị: Công an xã; Trạm Y tế xã.",
     ["Phòng Kinh tế"], ["Công an xã", "Trạm Y tế xã"]),
    ("Tuyên truyền phòng chống ma túy. Giao Công an phường chủ trì, phối hợp với các cơ quan, đơn vị: Đoàn "
     "Thanh niên phường, Hội Liên hiệp Phụ nữ phường thực hiện.",
     ["Công an phường"], ["Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"]),
    ("Phòng Nội vụ chủ trì, phối hợp với các đơn vị sau: Phòng Tư pháp, Phòng Tài chính - Kế hoạch.",
     ["Phòng Nội vụ"], ["Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"]),
    ("Trung tâm Y tế huyện chủ trì, phối hợp các ngành gồm: Phòng Y tế; Phòng Giáo dục và Đào tạo.",
     ["Trung tâm Y tế huyện"], ["Phòng Y tế", "Phòng Giáo dục và Đào tạo"]),
    # negatives: a list that is no units, or no colon: the collective stays as printed
    ("Phòng Kinh tế chủ trì, phối hợp các đơn vị liên quan thực hiện.", ["Phòng Kinh tế"], ["các đơn vị liên quan"]),
    ("Phòng Kinh tế chủ trì, phối hợp các đơn vị: rà soát, tổng hợp số liệu.", ["Phòng Kinh tế"], ["các đơn vị"]),
    ("Công an xã chủ trì, phối hợp với các thôn: Thôn 1, Thôn 2 tuần tra.", ["Công an xã"], ["các thôn"]),
])
def test_partners_listed_after_a_colon(text, lead, support):
    assert responsible_units(text) == (lead, support)


# "X chủ trì; Y phối hợp; Z": once the lead is named, a unit that says it coordinates opens the
# partners, and the units after it that state no role of their own are partners too (a commune's
# cell, a district's, a province's; commas or semicolons).
@pytest.mark.parametrize("cell, lead, support", [
    ("Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; Công an xã",
     ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế", "Công an xã"]),
    ("Công an xã chủ trì; Ban CHQS xã phối hợp; UBND các thôn; Đoàn Thanh niên xã",
     ["Công an xã"], ["Ban CHQS xã", "UBND các thôn", "Đoàn Thanh niên xã"]),
    ("Phòng Tài nguyên và Môi trường chủ trì; Phòng Kinh tế, Hạ tầng và Đô thị phối hợp; UBND các xã, thị trấn",
     ["Phòng Tài nguyên và Môi trường"], ["Phòng Kinh tế, Hạ tầng và Đô thị", "UBND các xã, thị trấn"]),
    ("Sở Y tế chủ trì, Sở Công Thương phối hợp, UBND các huyện, thành phố",
     ["Sở Y tế"], ["Sở Công Thương", "UBND các huyện, thành phố"]),
    ("Trạm Y tế xã (chủ trì), Công an xã (phối hợp), các thôn", ["Trạm Y tế xã"], ["Công an xã", "các thôn"]),
    ("Trạm Y tế xã chủ trì;\nCông an xã, Ban CHQS xã phối hợp;\nCác thôn, tổ dân phố",
     ["Trạm Y tế xã"], ["Công an xã", "Ban CHQS xã", "Các thôn, tổ dân phố"]),
    ("UBND xã; Công an xã phối hợp; các thôn", ["UBND xã"], ["Công an xã", "các thôn"]),
    # bulleted, as a commune's or a district's table prints the same cell: the bare bullets after the
    # partner's are partners of the same cell
    ("- Trạm Y tế chủ trì;\n- Công an xã phối hợp;\n- Các thôn", ["Trạm Y tế"], ["Công an xã", "Các thôn"]),
    ("- Phòng VH-XH chủ trì;\n- Trạm Y tế phối hợp;\n- Công an xã", ["Phòng VH-XH"], ["Trạm Y tế", "Công an xã"]),
    ("- Phòng Tư pháp chủ trì\n- Phòng Nội vụ phối hợp\n- UBND các xã, thị trấn\n- Trung tâm Văn hóa huyện",
     ["Phòng Tư pháp"], ["Phòng Nội vụ", "UBND các xã, thị trấn", "Trung tâm Văn hóa huyện"]),
    ("- Công chức Văn hóa - Xã hội (chủ trì);\n- Trạm Y tế xã (phối hợp);\n- Trường Mầm non xã",
     ["Công chức Văn hóa - Xã hội"], ["Trạm Y tế xã", "Trường Mầm non xã"]),
    # negatives: a later unit that states its own role; no lead named before the partner; a bullet
    # after "phối hợp với Y", which opens a new entry; a label
    ("Trạm Y tế chủ trì; Công an xã phối hợp; Phòng Kinh tế chủ trì", ["Trạm Y tế", "Phòng Kinh tế"], ["Công an xã"]),
    ("Trạm Y tế chủ trì; Công an xã phối hợp; Phòng Kinh tế (chủ trì)", ["Trạm Y tế", "Phòng Kinh tế"], ["Công an xã"]),
    ("Công an xã phối hợp; UBND xã", ["UBND xã"], ["Công an xã"]),
    ("- Trạm Y tế chủ trì;\n- Công an xã phối hợp;\n- Phòng Kinh tế chủ trì", ["Trạm Y tế", "Phòng Kinh tế"], ["Công an xã"]),
    ("- Công an xã phối hợp;\n- UBND xã", ["UBND xã"], ["Công an xã"]),
    ("- Phòng Nông nghiệp chủ trì, phối hợp với UBND các xã;\n- Trạm Khuyến nông",
     ["Phòng Nông nghiệp", "Trạm Khuyến nông"], ["UBND các xã"]),
    ("Phòng Kinh tế chủ trì; Phòng Y tế phối hợp; Chủ trì: Công an xã", ["Phòng Kinh tế", "Công an xã"], ["Phòng Y tế"]),
    ("Phòng Kinh tế; Phòng Y tế; Công an xã", ["Phòng Kinh tế", "Phòng Y tế", "Công an xã"], []),
])
def test_units_after_a_stated_partner_are_partners(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A unit in a cell may go on with what it does ("Công an xã tuần tra"): the verb is no word of its name
# when the name closed with its level; a body named by its work keeps the work ("Tổ rà soát thôn").
@pytest.mark.parametrize("cell, lead, support", [
    ("Phòng Kinh tế chủ trì; Trạm Y tế phối hợp; Công an xã tuần tra", ["Phòng Kinh tế"], ["Trạm Y tế", "Công an xã"]),
    ("Công an phường tuần tra, kiểm soát", ["Công an phường"], []),
    ("UBND thị trấn chủ trì; Hội LHPN thị trấn phối hợp; Đoàn Thanh niên thị trấn ra quân",
     ["UBND thị trấn"], ["Hội LHPN thị trấn", "Đoàn Thanh niên thị trấn"]),
    ("Sở Y tế chủ trì; Công an tỉnh xử lý vi phạm", ["Sở Y tế", "Công an tỉnh"], []),
    # negatives: names that run on past a verb-like word
    ("Hội đồng tự đánh giá; Phó Hiệu trưởng", ["Hội đồng tự đánh giá", "Phó Hiệu trưởng"], []),
    ("Trưởng các thôn; Tổ rà soát thôn phối hợp", ["Trưởng các thôn"], ["Tổ rà soát thôn"]),
    ("Sở Tài chính chủ trì; Sở Nội vụ, các sở quản lý ngành phối hợp",
     ["Sở Tài chính"], ["Sở Nội vụ", "các sở quản lý ngành"]),
    ("UBND huyện", ["UBND huyện"], []),
])
def test_a_cell_unit_followed_by_its_work(cell, lead, support):
    assert split_units(cell) == (lead, support)


# The same in a sentence: "…. X chủ trì; Y phối hợp; Z." Z closes the sentence with no verb of its
# own, a partner as Y is; "…; Z tuần tra …" opens Z's own clause.
@pytest.mark.parametrize("text, lead, support", [
    ("Tuyên truyền an toàn thực phẩm. Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; Công an xã.",
     ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế", "Công an xã"]),
    ("Kiểm tra chợ. Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; Công an xã, các thôn.",
     ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế", "Công an xã", "các thôn"]),
    ("Giao Trạm Y tế xã chủ trì; Công an xã phối hợp thực hiện; các thôn.", ["Trạm Y tế xã"], ["Công an xã", "các thôn"]),
    ("Rà soát hộ nghèo. Phòng Lao động - Thương binh và Xã hội chủ trì, Phòng Tài chính - Kế hoạch phối hợp, "
     "UBND các xã, thị trấn.",
     ["Phòng Lao động - Thương binh và Xã hội"], ["Phòng Tài chính - Kế hoạch", "UBND các xã, thị trấn"]),
    # negatives: the next clause has its own verb; a timing closes the sentence
    ("Kiểm tra chợ. Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; Công an xã tuần tra bảo đảm an ninh.",
     ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế"]),
    ("Kiểm tra chợ. Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; hoàn thành trong Quý II/2025.",
     ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế"]),
])
def test_units_closing_a_sentence_after_a_stated_partner_are_partners(text, lead, support):
    assert responsible_units(text) == (lead, support)


# A lower-case label before the units ("Các đơn vị:", "các ban, ngành:", "Các cơ quan, đơn vị gồm:")
# only announces them: the units are those after its colon, whatever role follows them.
@pytest.mark.parametrize("cell, lead, support", [
    ("Các đơn vị: Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ trì", ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], []),
    ("các ban, ngành: Phòng Kinh tế, Công an xã thực hiện", ["Phòng Kinh tế", "Công an xã"], []),
    ("Các cơ quan, đơn vị gồm: Sở Y tế, Sở Công Thương", ["Sở Y tế", "Sở Công Thương"], []),
    ("Đơn vị chủ trì: Phòng Kinh tế; đơn vị phối hợp: các ban, ngành: Công an xã, Trạm Y tế",
     ["Phòng Kinh tế"], ["Công an xã", "Trạm Y tế"]),
    ("Phòng Kinh tế chủ trì; phối hợp các đơn vị: Công an xã, Trạm Y tế", ["Phòng Kinh tế"], ["Công an xã", "Trạm Y tế"]),
    # "Phối hợp" right before the units of a cell's item
    ("Phòng Kinh tế; Phối hợp các cơ quan, đơn vị liên quan", ["Phòng Kinh tế"], ["các cơ quan, đơn vị liên quan"]),
    ("Phòng Kinh tế; phối hợp Công an xã", ["Phòng Kinh tế"], ["Công an xã"]),
    # negatives: no colon, no unit after it, a label of no list
    ("Các cơ quan, đơn vị liên quan", ["Các cơ quan, đơn vị liên quan"], []),
    ("Các đơn vị:", ["Các đơn vị"], []),
    ("Các phòng, ban chuyên môn huyện", ["Các phòng, ban chuyên môn huyện"], []),
])
def test_a_list_label_in_a_cell_names_no_unit(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, units", [
    ("Các đơn vị: Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ trì tổ chức kiểm tra.",
     ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]),
    ("các ban, ngành: Công an xã, Trạm Y tế xã thực hiện theo chức năng.", ["Công an xã", "Trạm Y tế xã"]),
    ("Các cơ quan, đơn vị gồm: Văn phòng HĐND và UBND xã, Công an xã chủ động triển khai.",
     ["Văn phòng HĐND và UBND xã", "Công an xã"]),
    ("Giao các đơn vị: Công an phường, Trạm Y tế phường thực hiện.", ["Công an phường", "Trạm Y tế phường"]),
    # a long paragraph (its first tokens are read first)
    ("Các cơ quan, đơn vị gồm: Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thông huyện "
     "chủ trì tổ chức tuyên truyền sâu rộng trên hệ thống truyền thanh, cổng thông tin điện tử và các nền tảng "
     "mạng xã hội về mục đích, ý nghĩa của Kế hoạch, hoàn thành trong Quý II năm 2025.",
     ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"]),
    # negatives: what follows the colon is no unit, or nothing does
    ("Các đơn vị: Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch.", ["Các đơn vị"]),
    ("Các phòng, ban chuyên môn: Chủ động tham mưu UBND huyện.", ["Các phòng, ban chuyên môn"]),
])
def test_a_list_label_opening_an_item_names_no_unit(text, units):
    assert leading_units(text) == units


# A body and the one it hands the work to ("UBND xã (giao Công chức Văn hóa - Xã hội tham mưu)",
# "Công chức Địa chính - Xây dựng tham mưu UBND xã"): both answer for it, in the order printed.
@pytest.mark.parametrize("cell, lead, support", [
    ("UBND xã (giao Công chức Văn hóa - Xã hội tham mưu)", ["UBND xã", "Công chức Văn hóa - Xã hội"], []),
    ("UBND phường (Văn phòng HĐND và UBND phường tham mưu)", ["UBND phường", "Văn phòng HĐND và UBND phường"], []),
    ("UBND huyện (giao cho Phòng Nội vụ thực hiện)", ["UBND huyện", "Phòng Nội vụ"], []),
    ("Công chức Địa chính - Xây dựng tham mưu UBND xã", ["Công chức Địa chính - Xây dựng", "UBND xã"], []),
    ("Công chức Tư pháp - Hộ tịch tham mưu cho UBND xã; Công an xã phối hợp",
     ["Công chức Tư pháp - Hộ tịch", "UBND xã"], ["Công an xã"]),
    # negatives: "Tham mưu" in a name; a bracket that names a part of the unit
    ("Phòng Tham mưu Công an tỉnh", ["Phòng Tham mưu Công an tỉnh"], []),
    ("Ban Tham mưu Ban CHQS huyện", ["Ban Tham mưu Ban CHQS huyện"], []),
    ("Sở Công Thương (Chi cục Quản lý thị trường)", ["Sở Công Thương (Chi cục Quản lý thị trường)"], []),
    ("Các cơ quan tham mưu, giúp việc Huyện ủy", ["Các cơ quan tham mưu, giúp việc Huyện ủy"], []),
    # a bracket of no unit is a note on how: the unit before it, with the role its word gives
    ("UBND xã (theo Kế hoạch thực hiện)", ["UBND xã"], []),
    ("Các đơn vị liên quan (theo chức năng, nhiệm vụ phối hợp)", [], ["Các đơn vị liên quan"]),
])
def test_a_body_and_the_one_it_hands_the_work_to_both_lead(cell, lead, support):
    assert split_units(cell) == (lead, support)


# "X chủ trì; Y theo địa bàn phụ trách phối hợp": how Y share the duty out stands between them and
# their role word, and does not hide it.
@pytest.mark.parametrize("text, lead, support", [
    ("Ban Chỉ đạo xã chủ trì; các thành viên Ban Chỉ đạo theo địa bàn phụ trách phối hợp thực hiện.",
     ["Ban Chỉ đạo xã"], ["các thành viên Ban Chỉ đạo"]),
    ("Kiểm tra vệ sinh môi trường. Phòng Y tế chủ trì; các ngành theo chức năng, nhiệm vụ phối hợp thực hiện.",
     ["Phòng Y tế"], ["các ngành"]),
    ("Giao Phòng Nội vụ chủ trì; các phòng, ban theo chức năng phối hợp.", ["Phòng Nội vụ"], ["các phòng, ban"]),
    # negative: the qualified units do work of their own, not named as partners
    ("Giao Phòng Nội vụ chủ trì; các phòng, ban theo chức năng tổ chức thực hiện tại đơn vị.", ["Phòng Nội vụ"], []),
])
def test_how_partners_share_the_duty_does_not_hide_their_role(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, doer", [
    ("Thôn Đông tổ chức ra quân dọn vệ sinh;", True),
    ("Trường THCS Văn Môn thực hiện diễn tập phương án chữa cháy;", True),
    ("Công an xã tuần tra các tuyến đường.", True),
    # a place or a body named, and nothing done
    ("Trường Mầm non Tân Hòa, thôn Đông;", False),
    ("Chợ Tân Hòa.", False),
    ("Cơ sở tái chế nhôm Nguyễn Văn Hưng, thôn Mẫn Xá;", False),
    ("Công ty TNHH Minh Phát, Khu công nghiệp Yên Phong;", False),
    ("Kiểm tra hồ sơ pháp lý của cơ sở.", False),
])
def test_names_a_doer(text, doer):
    assert names_a_doer(text) is doer


# A school plan's "Người thực hiện" cell lists its posts and teams in lower case after the first:
# its subject and office teams ("tổ chuyên môn", "tổ văn phòng") and the teachers of its classes
# or a kindergarten's groups and classes ("giáo viên lớp 5 tuổi", "giáo viên các nhóm, lớp", whose
# comma is the unit's own). Staff nouns alone still make one collective.
@pytest.mark.parametrize("cell, units", [
    ("Hiệu trưởng, giáo viên các nhóm, lớp", ["Hiệu trưởng", "giáo viên các nhóm, lớp"]),
    ("Phó Hiệu trưởng, tổ chuyên môn", ["Phó Hiệu trưởng", "tổ chuyên môn"]),
    ("Nhân viên y tế, giáo viên lớp 5 tuổi", ["Nhân viên y tế", "giáo viên lớp 5 tuổi"]),
    ("Tổ chuyên môn, tổ văn phòng", ["Tổ chuyên môn", "tổ văn phòng"]),
    ("Hiệu trưởng, giáo viên các lớp", ["Hiệu trưởng", "giáo viên các lớp"]),
    # negatives: one collective of staff; a post's own qualifier
    ("cán bộ, giáo viên, nhân viên nhà trường", ["cán bộ, giáo viên, nhân viên nhà trường"]),
    ("Phó Hiệu trưởng phụ trách chuyên môn", ["Phó Hiệu trưởng phụ trách chuyên môn"]),
])
def test_a_schools_posts_and_teams_in_one_cell(cell, units):
    assert split_units(cell)[0] == units


@pytest.mark.parametrize("text, units", [
    ("Tổ chuyên môn, tổ văn phòng xây dựng kế hoạch tổ theo tháng", ["Tổ chuyên môn", "tổ văn phòng"]),
    ("Tổ chuyên môn Toán - Tin xây dựng kế hoạch bồi dưỡng", ["Tổ chuyên môn Toán - Tin"]),
    ("Giáo viên lớp 5 tuổi tổ chức đánh giá trẻ cuối năm", ["Giáo viên lớp 5 tuổi"]),
    ("Tổ chức hội nghị viên chức đầu năm học", []),
])
def test_a_schools_teams_lead_a_sentence(text, units):
    assert leading_units(text) == units


# "cùng" joins units; "cung" of "cung cấp", "cung ứng" is a verb's syllable, which ends the unit
# before it as any predicate does ("cung" before a unit is "cùng" without its mark, and joins).
@pytest.mark.parametrize("text, units", [
    ("Công an xã cung cấp danh sách công dân nam đủ 17 tuổi trên địa bàn xã.", ["Công an xã"]),
    ("Trạm Y tế xã cung ứng đủ thuốc, vật tư phục vụ sơ tuyển.", ["Trạm Y tế xã"]),
    ("Phòng Kinh tế cung cấp số liệu cho Chi cục Thống kê.", ["Phòng Kinh tế"]),
    ("Công an xã cùng Ban Chỉ huy Quân sự xã tuần tra ban đêm.", ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
    ("Cong an xa cung Ban Chi huy Quan su xa tuan tra ban dem.", ["Cong an xa", "Ban Chi huy Quan su xa"]),
    ("Hội Nông dân xã cũng tham gia vận động hội viên.", ["Hội Nông dân xã"]),
    ("Cong an xa cung cap danh sach cong dan.", ["Cong an xa"]),
])
def test_cung_of_a_verb_joins_no_units(text, units):
    assert leading_units(text) == units


# "X thực hiện, phối hợp (với) Y": the doer says its role by "thực hiện" and names its partners after the
# comma, as "X chủ trì, phối hợp với Y" does (a commune's, a district's, a province's item; addressed by
# "Giao" or not). The doer's "thực hiện" must close its clause: with an object it is a verb of the task.
@pytest.mark.parametrize("text, lead, support", [
    ("Tổ chức tuần tra, kiểm soát địa bàn dịp Tết. Công an xã thực hiện, phối hợp với Ban CHQS xã.",
     ["Công an xã"], ["Ban CHQS xã"]),
    ("Kiểm tra các cơ sở kinh doanh; Phòng Y tế huyện thực hiện, phối hợp với Công an huyện và Đội Quản lý thị "
     "trường số 3.", ["Phòng Y tế huyện"], ["Công an huyện", "Đội Quản lý thị trường số 3"]),
    ("Rà soát hồ sơ. Sở Công Thương thực hiện, phối hợp chặt chẽ với Sở Y tế; hoàn thành trong Quý III/2025.",
     ["Sở Công Thương"], ["Sở Y tế"]),
    ("Cập nhật dữ liệu dân cư. Giao Văn phòng HĐND và UBND phường thực hiện, phối hợp Công chức Tư pháp - Hộ tịch.",
     ["Văn phòng HĐND và UBND phường"], ["Công chức Tư pháp - Hộ tịch"]),
    ("Giao Công an xã thực hiện, phối hợp với Ban CHQS xã và các thôn tuần tra vào dịp Tết.",
     ["Công an xã"], ["Ban CHQS xã", "các thôn"]),
    ("Trạm Y tế phường tổ chức thực hiện, phối hợp với Hội Chữ thập đỏ phường.", ["Trạm Y tế phường"],
     ["Hội Chữ thập đỏ phường"]),
    # negatives: the doer's verb has an object; no unit does it; no unit after "phối hợp với"
    ("Trạm Y tế xã thực hiện tiêm chủng, phối hợp với Công an xã.", [], []),
    ("Người dân thực hiện, phối hợp với Công an xã.", [], []),
    ("Các hộ gia đình thực hiện nếp sống văn minh, phối hợp với chính quyền.", [], []),
    # … a doer named with no partner after "phối hợp với" still carries the task out
    ("Công an xã thực hiện, phối hợp với gia đình học sinh.", ["Công an xã"], []),
])
def test_a_doer_naming_its_partners_after_thuc_hien(text, lead, support):
    assert responsible_units(text) == (lead, support)


# "X chủ trì[, phối hợp với Y]; Z tổ chức thực hiện": Z carries the task out, a second unit in charge, in a
# sentence as in a cell ("Sở Y tế chủ trì, phối hợp với Sở Tài chính; UBND các xã, phường thực hiện"),
# whichever verb of doing closes its clause ("tổ chức thực hiện", "triển khai thực hiện").
@pytest.mark.parametrize("text, lead, support", [
    ("Ra quân dọn vệ sinh. Đoàn Thanh niên xã chủ trì; các thôn tổ chức thực hiện.",
     ["Đoàn Thanh niên xã", "các thôn"], []),
    ("Ra quân dọn vệ sinh. Giao Đoàn Thanh niên chủ trì, phối hợp Hội Phụ nữ; các thôn tổ chức thực hiện.",
     ["Đoàn Thanh niên", "các thôn"], ["Hội Phụ nữ"]),
    ("Phát triển sản phẩm OCOP. Phòng Kinh tế chủ trì, phối hợp với Phòng Tài chính - Kế hoạch; UBND các xã, "
     "thị trấn triển khai thực hiện.", ["Phòng Kinh tế", "UBND các xã, thị trấn"], ["Phòng Tài chính - Kế hoạch"]),
    ("Tuyên truyền Luật. Ban Tuyên giáo chủ trì; Hội Nông dân các xã triển khai thực hiện; hoàn thành trong tháng "
     "5/2025.", ["Ban Tuyên giáo", "Hội Nông dân các xã"], []),
    ("Kiểm tra chợ. Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; các thôn tổ chức thực hiện.",
     ["Phòng Văn hóa - Xã hội", "các thôn"], ["Trạm Y tế"]),
    ("Học tập Nghị quyết. Đảng ủy xã lãnh đạo, chỉ đạo; các chi bộ tổ chức thực hiện.", ["Đảng ủy xã", "các chi bộ"], []),
    # negatives: the clause after ";" goes on with its own work; a unit closing the list with no verb is a partner
    ("Ra quân. Đoàn Thanh niên xã chủ trì; các thôn tổ chức ra quân dọn vệ sinh.", ["Đoàn Thanh niên xã"], []),
    ("Ra quân. Giao Đoàn Thanh niên chủ trì, phối hợp Hội Phụ nữ; các thôn.", ["Đoàn Thanh niên"], ["Hội Phụ nữ", "các thôn"]),
    ("Học tập Nghị quyết. Đảng ủy xã lãnh đạo, chỉ đạo; các chi bộ tổ chức học tập.", ["Đảng ủy xã"], []),
])
def test_a_second_doer_after_a_semicolon(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("cell, lead, support", [
    ("Đoàn Thanh niên chủ trì; các thôn tổ chức thực hiện", ["Đoàn Thanh niên", "các thôn"], []),
    ("UBND xã chỉ đạo; các thôn, tổ dân phố triển khai thực hiện", ["UBND xã", "các thôn, tổ dân phố"], []),
    ("Các trường học tổ chức thực hiện", ["Các trường học"], []),
    # negatives: "Tổ chức" of a name; a body named by its work
    ("Ban Tổ chức thực hiện", ["Ban Tổ chức"], []),
    ("Phòng Kinh tế; Ban Tổ chức Huyện ủy thực hiện", ["Phòng Kinh tế", "Ban Tổ chức Huyện ủy"], []),
])
def test_a_cell_unit_closed_by_a_verb_of_doing(cell, lead, support):
    assert split_units(cell) == (lead, support)


# How units share a duty out ("theo địa bàn phụ trách", "theo chức năng, nhiệm vụ") is no part of their
# name: a cell reads them as a sentence does ("Các thành viên BCĐ theo địa bàn phụ trách kiểm tra …" →
# "Các thành viên BCĐ"), as the gold writes "Các ban, cơ quan tham mưu, giúp việc Huyện ủy".
@pytest.mark.parametrize("cell, lead, support", [
    ("Các thành viên BCĐ theo địa bàn phụ trách", ["Các thành viên BCĐ"], []),
    ("Các thành viên Ban Chỉ đạo theo địa bàn được phân công phụ trách", ["Các thành viên Ban Chỉ đạo"], []),
    ("Phòng Y tế chủ trì; các ngành theo chức năng, nhiệm vụ phối hợp", ["Phòng Y tế"], ["các ngành"]),
    ("Các thành viên BCĐ theo địa bàn phụ trách phối hợp", [], ["Các thành viên BCĐ"]),
    ("Các phòng, ban chuyên môn theo chức năng, nhiệm vụ được giao", ["Các phòng, ban chuyên môn"], []),
    ("Thành viên Ban Chỉ huy theo lĩnh vực phụ trách; UBND các thôn", ["Thành viên Ban Chỉ huy", "UBND các thôn"], []),
    # negatives: a name that holds "theo" ("Ban theo dõi", "theo dõi" is a verb); a subset named by a clause
    ("Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã", ["Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã"], []),
    ("Các đồng chí Ủy viên Ủy ban Kiểm tra Huyện ủy được phân công phụ trách địa bàn",
     ["Các đồng chí Ủy viên Ủy ban Kiểm tra Huyện ủy được phân công phụ trách địa bàn"], []),
])
def test_a_cell_reads_how_units_share_the_duty_as_a_sentence_does(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, units", [
    ("Các thành viên BCĐ theo địa bàn phụ trách thường xuyên kiểm tra, đôn đốc.", ["Các thành viên BCĐ"]),
    ("Các thành viên Ban Chỉ đạo theo địa bàn phụ trách", ["Các thành viên Ban Chỉ đạo"]),
])
def test_how_units_share_the_duty_opening_an_item(text, units):
    assert leading_units(text) == units


# "…, do X thực hiện", "Nhiệm vụ này do X thực hiện": the passive names the doer after the work it does,
# as "X thực hiện" names it before (a commune's, a district's, a province's item; in brackets too).
@pytest.mark.parametrize("text, lead, support", [
    ("Kiện toàn Ban Chỉ đạo xã. Nhiệm vụ này do Văn phòng HĐND và UBND xã thực hiện, hoàn thành trước ngày "
     "31/01/2026.", ["Văn phòng HĐND và UBND xã"], []),
    ("Đăng tải thông tin trên Trang thông tin điện tử xã, do Văn phòng HĐND và UBND xã thực hiện trong quý II/2026.",
     ["Văn phòng HĐND và UBND xã"], []),
    ("Rà soát hồ sơ đất đai tồn đọng, do Phòng Tài nguyên và Môi trường huyện thực hiện, phối hợp với UBND các xã.",
     ["Phòng Tài nguyên và Môi trường huyện"], ["UBND các xã"]),
    ("Tổng hợp số liệu thống kê. Việc này do Sở Tài chính phụ trách; thời gian: tháng 6/2025.", ["Sở Tài chính"], []),
    ("Nội dung này do Phòng Kinh tế chủ trì, phối hợp với Trạm Y tế xã thực hiện.", ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Tập huấn cho cán bộ thôn (do Trung tâm Y tế huyện thực hiện).", ["Trung tâm Y tế huyện"], []),
    ("Kiểm tra hành chính các cơ sở lưu trú, do các thôn, tổ dân phố đảm nhiệm.", ["các thôn, tổ dân phố"], []),
    # negatives: a conference chaired by a body (an object's attribute); "Do" opening a cause; no unit
    ("Tổ chức hội nghị sơ kết do UBND huyện chủ trì.", [], []),
    ("Tham dự hội nghị tập huấn, do UBND huyện chủ trì.", [], []),
    ("Do Công an xã thực hiện chưa quyết liệt, cần tăng cường tuần tra.", [], []),
    ("Tổ chức tập huấn, do điều kiện thực hiện còn khó khăn.", [], []),
    ("Cấp phát tài liệu do Trung ương phát hành cho các chi bộ.", [], []),
])
def test_a_doer_named_after_do(text, lead, support):
    assert responsible_units(text) == (lead, support)


# The lead's role said another way: "X là cơ quan chủ trì, phối hợp với Y", "X làm đầu mối, phối hợp với
# Y", "Giao X làm đầu mối, …"; and partners after "phối hợp cùng (với)" as after "phối hợp với".
@pytest.mark.parametrize("text, lead, support", [
    ("Lập dự toán kinh phí. Phòng Kinh tế là cơ quan chủ trì, phối hợp với Trạm Y tế xã thực hiện.",
     ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Sở Y tế là đơn vị chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí.",
     ["Sở Y tế"], ["Sở Tài chính"]),
    ("Trạm Y tế xã làm đầu mối, phối hợp với Công an xã kiểm tra các cơ sở.", ["Trạm Y tế xã"], ["Công an xã"]),
    ("Giao Phòng Văn hóa và Thông tin huyện là đầu mối, phối hợp với Trung tâm Văn hóa huyện tổ chức hội thi.",
     ["Phòng Văn hóa và Thông tin huyện"], ["Trung tâm Văn hóa huyện"]),
    ("Giao Phòng Kinh tế chủ trì, phối hợp cùng Trạm Y tế xã thực hiện.", ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Công an phường chủ trì, phối hợp cùng với Ban Chỉ huy Quân sự phường tuần tra.", ["Công an phường"],
     ["Ban Chỉ huy Quân sự phường"]),
    ("Công an xã thực hiện, phối hợp cùng Ban CHQS xã; hoàn thành trong tháng 3/2026.", ["Công an xã"], ["Ban CHQS xã"]),
    ("Công an xã thực hiện, phối hợp với Ban CHQS xã; các ấp tổ chức thực hiện.", ["Công an xã", "các ấp"],
     ["Ban CHQS xã"]),
    # negatives: a definition of what the unit is; "cùng" of doing together; no unit after it
    ("Hội Nông dân xã là tổ chức chính trị - xã hội của giai cấp nông dân.", [], []),
    ("Giao Phòng Kinh tế chủ trì, phối hợp cùng thực hiện.", ["Phòng Kinh tế"], []),
    ("Trạm Y tế xã là đầu mối thông tin về dịch bệnh.", [], []),
])
def test_the_leads_role_said_another_way(text, lead, support):
    assert responsible_units(text) == (lead, support)


# The subject's partners when something stands between it and "phối hợp": how the units share the duty
# ("căn cứ chức năng, nhiệm vụ", "theo chức năng") and a manner ("chủ động", "tích cực"); and "phối hợp"
# right before a named unit, without "với" ("Phòng Văn hóa - Xã hội phối hợp Trạm Y tế xã tổ chức …").
@pytest.mark.parametrize("text, support", [
    ("Các ban, ngành, đoàn thể xã căn cứ chức năng, nhiệm vụ chủ động phối hợp với Trạm Y tế xã triển khai Kế hoạch.",
     ["Trạm Y tế xã"]),
    ("Các phòng, ban chuyên môn theo chức năng, nhiệm vụ được giao tích cực phối hợp với Phòng Nội vụ rà soát.",
     ["Phòng Nội vụ"]),
    ("Các trường học chủ động phối hợp với Trạm Y tế phường tổ chức khám sức khỏe cho học sinh.", ["Trạm Y tế phường"]),
    ("Phòng Văn hóa - Xã hội phối hợp Trạm Y tế xã tổ chức tập huấn.", ["Trạm Y tế xã"]),
    ("Các chi hội phối hợp Công an xã, Ban CHQS xã nắm tình hình.", ["Công an xã", "Ban CHQS xã"]),
    # negatives: the subject itself coordinates; "phối hợp" with no unit after it
    ("UBND các xã phối hợp thực hiện.", []),
    ("Các ban, ngành căn cứ chức năng, nhiệm vụ chủ động phối hợp tổ chức thực hiện.", []),
    ("Các trường học chủ động phối hợp chặt chẽ với gia đình học sinh.", []),
])
def test_the_subjects_partners_past_a_qualifier(text, support):
    assert subject_partners(text) == support


@pytest.mark.parametrize("cell, lead, support", [
    ("Các ban, ngành căn cứ chức năng, nhiệm vụ phối hợp", [], ["Các ban, ngành"]),
    ("Phòng Y tế chủ trì; các phòng, ban căn cứ chức năng, nhiệm vụ được giao phối hợp thực hiện",
     ["Phòng Y tế"], ["các phòng, ban"]),
])
def test_a_cell_reads_a_share_by_can_cu_as_a_sentence_does(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, lead, support", [
    # a unit named for a purpose runs on through the verb after "do"
    ("Sơn kẻ lại vạch đi bộ. Nhiệm vụ này do Ban Quản lý dự án các công trình xây dựng thành phố thực hiện; hoàn "
     "thành trong quý III/2025.", ["Ban Quản lý dự án các công trình xây dựng thành phố"], []),
    ("Lắp đặt camera giám sát, do Ban Chỉ đạo chuyển đổi số xã thực hiện.", ["Ban Chỉ đạo chuyển đổi số xã"], []),
    # "X chủ trì <its work>; Y phối hợp thực hiện": the later clause names the partners, as a cell's does
    ("Phòng Nông nghiệp và Môi trường chủ trì hướng dẫn, kiểm tra việc thu gom rác thải; các đơn vị thu gom rác "
     "thải trên địa bàn phối hợp thực hiện; thực hiện trong năm 2025.",
     ["Phòng Nông nghiệp và Môi trường"], ["các đơn vị thu gom rác thải trên địa bàn"]),
    ("Sở Y tế chủ trì tổ chức giám sát dịch bệnh; Sở Tài chính, Sở Nội vụ phối hợp.", ["Sở Y tế"],
     ["Sở Tài chính", "Sở Nội vụ"]),
    # negatives: the later clause's units do work of their own; the partner clause of another sentence
    ("Sở Y tế chủ trì tổ chức giám sát dịch bệnh; Sở Tài chính phối hợp với Sở Nội vụ bố trí kinh phí.", ["Sở Y tế"], []),
    ("Sở Y tế chủ trì tổ chức giám sát dịch bệnh. Tổ chức tập huấn; Sở Tài chính phối hợp.", ["Sở Y tế"], []),
])
def test_a_doer_purpose_named_and_partners_in_a_later_clause(text, lead, support):
    assert responsible_units(text) == (lead, support)


def test_units_opening_an_item_end_before_thu_hoi():
    assert leading_units("Đề nghị Điện lực Điện Biên Phủ và các doanh nghiệp viễn thông trên địa bàn thu hồi cáp treo "
                         "không sử dụng.") == ["Điện lực Điện Biên Phủ", "các doanh nghiệp viễn thông trên địa bàn"]


# "Giao trách nhiệm cho X …", "Giao nhiệm vụ cho X …": the duty handed over by name, as "Giao X …".
@pytest.mark.parametrize("text, lead, support", [
    ("Giao trách nhiệm cho Phòng Y tế chủ trì, theo dõi việc thực hiện.", ["Phòng Y tế"], []),
    ("Kiểm tra an toàn thực phẩm. Giao trách nhiệm cho Trạm Y tế xã chủ trì, phối hợp với Công an xã thực hiện.",
     ["Trạm Y tế xã"], ["Công an xã"]),
    ("Giao trách nhiệm Văn phòng HĐND và UBND xã thực hiện; hoàn thành trước ngày 30/6/2026.",
     ["Văn phòng HĐND và UBND xã"], []),
    ("Giao nhiệm vụ cho Ban Chỉ huy Quân sự xã chủ trì huấn luyện dân quân.", ["Ban Chỉ huy Quân sự xã"], []),
    # negative: a duty handed to no unit
    ("Giao trách nhiệm cho người đứng đầu cơ quan nếu để xảy ra sai phạm.", [], []),
])
def test_a_duty_handed_over_by_name(text, lead, support):
    assert responsible_units(text) == (lead, support)


# A cell says who leads and who partners in the words a sentence uses, and reads as the sentence does:
# "phối hợp cùng (với) Y", "X phối hợp Y" (a unit right after it), "X là cơ quan chủ trì, …", "X làm đầu mối,
# …", and an address word before the units ("Giao X chủ trì; …", "Đề nghị Ủy ban MTTQ …", "Do X thực hiện").
@pytest.mark.parametrize("cell, lead, support", [
    ("Trạm Y tế xã thực hiện, phối hợp cùng Công an xã", ["Trạm Y tế xã"], ["Công an xã"]),
    ("Phòng Kinh tế chủ trì, phối hợp cùng Trạm Y tế xã", ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Sở Y tế chủ trì, phối hợp cùng với Sở Tài chính, Sở Nội vụ", ["Sở Y tế"], ["Sở Tài chính", "Sở Nội vụ"]),
    ("Phòng Văn hóa - Xã hội phối hợp Trạm Y tế xã", ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế xã"]),
    ("Công an huyện phối hợp Đội Quản lý thị trường số 3, UBND các xã",
     ["Công an huyện"], ["Đội Quản lý thị trường số 3", "UBND các xã"]),
    ("Phòng Kinh tế là cơ quan chủ trì, phối hợp với Trạm Y tế xã", ["Phòng Kinh tế"], ["Trạm Y tế xã"]),
    ("Trạm Y tế xã làm đầu mối, phối hợp với Công an xã", ["Trạm Y tế xã"], ["Công an xã"]),
    ("Giao Trạm Y tế xã chủ trì; Công an xã phối hợp", ["Trạm Y tế xã"], ["Công an xã"]),
    ("Giao cho Phòng Nội vụ", ["Phòng Nội vụ"], []),
    ("Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể"], []),
    ("Do Văn phòng HĐND và UBND xã thực hiện", ["Văn phòng HĐND và UBND xã"], []),
    # negatives: "phối hợp" of a name, or with no unit after it; "Giao" and "Do" words of no address
    ("Các thành viên Hội đồng phối hợp", ["Các thành viên Hội đồng phối hợp"], []),
    ("UBND các xã phối hợp thực hiện", [], ["UBND các xã"]),
    ("Phòng Kinh tế chủ trì, phối hợp cùng thực hiện", ["Phòng Kinh tế"], []),
    ("Trung tâm Giao dịch việc làm", ["Trung tâm Giao dịch việc làm"], []),
    ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện", ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện"], []),
])
def test_a_cell_says_the_roles_as_a_sentence_does(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("cell, lead, support", [
    ("Phòng Kinh tế; phối hợp cùng Công an xã, Trạm Y tế xã", ["Phòng Kinh tế"], ["Công an xã", "Trạm Y tế xã"]),
    ("Sở Y tế;\nPhối hợp cùng với: Sở Tài chính", ["Sở Y tế"], ["Sở Tài chính"]),
    # negative: the item's own "phối hợp" with no partner after it
    ("Phòng Kinh tế; Công an xã phối hợp", ["Phòng Kinh tế"], ["Công an xã"]),
])
def test_a_cell_item_opening_phoi_hop_cung(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A body named for its work ("Ban Tổ chức", "Ban Tham mưu") keeps its capitalised word when the verb of
# doing after it is read off; a lower-case verb before "thực hiện" goes with it.
@pytest.mark.parametrize("text, lead", [
    ("Tuyên truyền. Giao Ban Tổ chức thực hiện.", ["Ban Tổ chức"]),
    ("Chuẩn bị hội trường, do Ban Tổ chức thực hiện.", ["Ban Tổ chức"]),
    ("Huấn luyện dân quân. Giao Ban Tham mưu thực hiện.", ["Ban Tham mưu"]),
    ("Tuyên truyền. Giao Ban Chỉ đạo xã tổ chức thực hiện.", ["Ban Chỉ đạo xã"]),
    ("Cắm mốc giới. Giao Ban Quản lý dự án xã triển khai thực hiện.", ["Ban Quản lý dự án xã"]),
])
def test_a_body_named_for_its_work_keeps_its_name_before_thuc_hien(text, lead):
    assert responsible_units(text) == (lead, [])


# A clause that only names who carries the task out ("…; các thôn tổ chức thực hiện.", "…. Đoàn Thanh niên
# xã thực hiện.", "…; Đài Truyền thanh xã phụ trách."): its units lead, as after "Giao" or "chủ trì".
@pytest.mark.parametrize("text, lead, support", [
    ("Tăng cường tuần tra, kiểm soát; các thôn tổ chức thực hiện.", ["các thôn"], []),
    ("Tổ chức ra quân dọn vệ sinh vào ngày 26/3/2025. Đoàn Thanh niên xã thực hiện.", ["Đoàn Thanh niên xã"], []),
    ("Tổ chức ra quân dọn vệ sinh; Đoàn Thanh niên xã thực hiện; hoàn thành trước ngày 30/3/2025.",
     ["Đoàn Thanh niên xã"], []),
    ("Rà soát hộ nghèo; Công chức Lao động - Thương binh và Xã hội tham mưu thực hiện.",
     ["Công chức Lao động - Thương binh và Xã hội"], []),
    ("Đưa tin về kết quả thực hiện; Đài Truyền thanh xã phụ trách.", ["Đài Truyền thanh xã"], []),
    ("Lập danh sách hộ nghèo. Các thôn triển khai thực hiện, báo cáo về UBND xã trước ngày 15/4/2025.", ["Các thôn"], []),
    ("Kiểm tra các cơ sở. Sở Y tế thực hiện; Sở Công Thương, Công an tỉnh phối hợp.", ["Sở Y tế"],
     ["Sở Công Thương", "Công an tỉnh"]),
    ("Sơn kẻ vạch đi bộ; Ban Quản lý dự án thành phố thực hiện.", ["Ban Quản lý dự án thành phố"], []),
    # negatives: the verb has an object; no unit; a unit that is the object of the clause
    ("Tăng cường tuần tra; các thôn tổ chức thực hiện nếp sống văn minh.", [], []),
    ("Tuyên truyền; người dân thực hiện.", [], []),
    ("Báo cáo UBND huyện; UBND huyện thực hiện kiểm tra.", [], []),
    ("Tổ chức hội nghị; hội nghị do UBND huyện chủ trì.", [], []),
])
def test_a_clause_naming_only_who_carries_the_task_out(text, lead, support):
    assert responsible_units(text) == (lead, support)


# Session 18, helper 9: the telecoms group's unit in a province ("Viễn thông Điện Biên") is a unit
@pytest.mark.parametrize("text, lead, support", [
    ("Văn phòng Tỉnh ủy chủ trì, phối hợp với Viễn thông Điện Biên bảo đảm đường truyền trực tuyến.",
     ["Văn phòng Tỉnh ủy"], ["Viễn thông Điện Biên"]),
    ("Viễn thông Nghệ An chủ trì, phối hợp với Sở Khoa học và Công nghệ triển khai thực hiện.",
     ["Viễn thông Nghệ An"], ["Sở Khoa học và Công nghệ"]),
    # negatives: the common noun in small letters is no unit
    ("Sở Khoa học và Công nghệ chủ trì phát triển hạ tầng viễn thông.", ["Sở Khoa học và Công nghệ"], []),
    ("Phòng Kinh tế chủ trì, phối hợp với Công an xã kiểm tra hạ tầng viễn thông thụ động.",
     ["Phòng Kinh tế"], ["Công an xã"]),
])
def test_a_provinces_telecoms_unit(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---------------------------------------------------------------- every clause that names its lead
@pytest.mark.parametrize("text, lead, support", [
    # one item whose clauses (its bullets, joined) each name the unit in charge of their part: all lead
    ("Tuyên truyền về phòng, chống bạo lực gia đình: Công chức Văn hóa - Xã hội chủ trì tuyên truyền trên loa "
     "truyền thanh xã; Đoàn Thanh niên xã chủ trì tổ chức diễn đàn thanh niên.",
     ["Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã"], []),
    ("Kiểm tra an toàn thực phẩm: Trạm Y tế xã chủ trì kiểm tra các bếp ăn tập thể; Công an xã chủ trì, phối hợp "
     "với Công chức Địa chính - Xây dựng kiểm tra các cơ sở giết mổ.",
     ["Trạm Y tế xã", "Công an xã"], ["Công chức Địa chính - Xây dựng"]),
    ("Giao Trạm Y tế xã chủ trì khám sàng lọc cho người cao tuổi; giao Hội Người cao tuổi xã chủ trì, phối hợp với "
     "Đoàn Thanh niên xã tổ chức thăm hỏi.",
     ["Trạm Y tế xã", "Hội Người cao tuổi xã"], ["Đoàn Thanh niên xã"]),
    ("Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức liên hoan. "
     "Phòng Giáo dục và Đào tạo chủ trì tổ chức hội thi trong các trường học.",
     ["Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo"], ["Trung tâm Văn hóa - Thể thao huyện"]),
    # a unit that leads one part and supports another leads the task
    ("Công an phường chủ trì tuần tra; Đoàn Thanh niên phường chủ trì, phối hợp với Công an phường tuyên truyền.",
     ["Công an phường", "Đoàn Thanh niên phường"], []),
    # a later "chủ trì" that closes an object ("hội nghị do … chủ trì") names no lead
    ("Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức tuần tra; dự hội nghị sơ kết do UBND huyện chủ trì.",
     ["Công an xã"], ["Đoàn Thanh niên xã"]),
    ("Trạm Y tế xã chủ trì khám sàng lọc; tham dự hội nghị do Trung tâm Y tế huyện chủ trì.", ["Trạm Y tế xã"], []),
])
def test_every_clause_naming_its_lead_adds_a_lead(text, lead, support):
    assert responsible_units(text) == (lead, support)


# "Phối hợp với X …" with nobody named in charge: the issuer's own work, X no support of anybody named
# (the gold of the samples and the composed plans writes none)
@pytest.mark.parametrize("text", [
    "Phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức tọa đàm về kỹ năng phòng, chống bạo lực gia đình.",
    "Phối hợp với Trung tâm Y tế huyện tổ chức tiêm chủng; hoàn thành trước ngày 30/6/2025.",
    "Tổ chức Đại hội thi đua; phối hợp với các thành viên Khối thi đua thực hiện tốt các hoạt động của khối.",
])
def test_phoi_hop_with_nobody_in_charge_names_no_units(text):
    assert responsible_units(text) == ([], [])


# ---------------------------------------------------------------- a post named by the field it has
@pytest.mark.parametrize("text, units", [
    ("Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chỉ đạo triển khai Kế hoạch.",
     ["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội"]),
    ("Phó Chủ tịch UBND phường phụ trách khối kinh tế chịu trách nhiệm chỉ đạo chung.",
     ["Phó Chủ tịch UBND phường phụ trách khối kinh tế"]),
    ("Phó Giám đốc Sở phụ trách lĩnh vực y tế dự phòng chỉ đạo các đơn vị triển khai.",
     ["Phó Giám đốc Sở phụ trách lĩnh vực y tế dự phòng"]),
    ("Phó Hiệu trưởng phụ trách bán trú tham mưu xây dựng thực đơn.", ["Phó Hiệu trưởng phụ trách bán trú"]),
    # "phụ trách" as the post's own verb: what it is in charge of follows, no other verb
    ("Phó Chủ tịch UBND xã phụ trách chung, chỉ đạo các bộ phận.", ["Phó Chủ tịch UBND xã"]),
    ("Phó Chủ tịch UBND xã phụ trách công tác tuyên truyền.", ["Phó Chủ tịch UBND xã"]),
    ("Phó Chủ tịch UBND xã phụ trách việc kiểm tra, đôn đốc các thôn.", ["Phó Chủ tịch UBND xã"]),
    # a body is not named by a field: "phụ trách" is its verb
    ("Phòng Nội vụ phụ trách việc tổng hợp, báo cáo.", ["Phòng Nội vụ"]),
])
def test_a_post_named_by_the_field_in_its_charge(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("text, lead, support", [
    ("Phó Hiệu trưởng phụ trách chuyên môn chủ trì, phối hợp với Tổ chuyên môn tổ chức thao giảng.",
     ["Phó Hiệu trưởng phụ trách chuyên môn"], ["Tổ chuyên môn"]),
    ("Giao đồng chí Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội chủ trì, phối hợp với Công an phường "
     "thực hiện.", ["Phó Chủ tịch UBND phường phụ trách khối văn hóa - xã hội"], ["Công an phường"]),
    ("Tổ chức gặp mặt các gia đình văn hóa tiêu biểu. Đồng chí Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chủ "
     "trì; Công chức Văn hóa - Xã hội phối hợp thực hiện.",
     ["Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội"], ["Công chức Văn hóa - Xã hội"]),
])
def test_a_post_named_by_its_field_leads_by_chu_tri(text, lead, support):
    assert responsible_units(text) == (lead, support)


# ---------------------------------------------------------------- a commune servant named by the field alone
@pytest.mark.parametrize("text, lead, support", [
    ("Văn hóa - Xã hội chủ trì tuyên truyền trên hệ thống loa truyền thanh xã.", ["Văn hóa - Xã hội"], []),
    ("Tư pháp - Hộ tịch chủ trì, phối hợp với Công an xã tuyên truyền Luật Hôn nhân và gia đình.",
     ["Tư pháp - Hộ tịch"], ["Công an xã"]),
    ("Rà soát hộ nghèo. Công an xã chủ trì; Văn hóa - Xã hội, Tư pháp - Hộ tịch phối hợp.",
     ["Công an xã"], ["Văn hóa - Xã hội", "Tư pháp - Hộ tịch"]),
    ("Kiểm tra trật tự xây dựng: Địa chính - Xây dựng chủ trì lập biên bản; Tài chính - Kế toán chủ trì thu phí.",
     ["Địa chính - Xây dựng", "Tài chính - Kế toán"], []),
])
def test_a_field_pair_before_its_role_names_the_servant(text, lead, support):
    assert responsible_units(text) == (lead, support)


# the same pair as a heading, a topic or a field of work names nobody
@pytest.mark.parametrize("text", [
    "Văn hóa - Xã hội",
    "Văn hóa - Xã hội: tiếp tục phát triển sự nghiệp giáo dục, y tế.",
    "Lĩnh vực Văn hóa - Xã hội phối hợp tốt với các đoàn thể.",
    "Văn hóa - Xã hội, Kinh tế phối hợp chặt chẽ.",
    "Tư pháp - Hộ tịch được kiện toàn.",
])
def test_a_field_pair_that_does_not_act_is_no_unit(text):
    assert leading_units(text) == []
    assert responsible_units(text) == ([], [])


# ---------------------------------------------------------------- the verbs a task opens with end a unit's name
@pytest.mark.parametrize("subject", [
    "Văn phòng HĐND - UBND", "Các doanh nghiệp viễn thông", "Các cơ quan, đơn vị", "Công chức văn hóa - xã hội",
    "Bộ phận một cửa xã", "Trung tâm Y tế huyện",
])
@pytest.mark.parametrize("verb", [
    "nâng cấp", "phủ sóng", "số hóa", "số hoá", "lắp đặt", "sửa chữa", "dọn dẹp", "thu gom", "cải tạo", "chấm điểm",
    "mua sắm", "tuyên dương", "ký kết", "nghiệm thu", "xác minh", "đối thoại", "huy động", "kết nối", "tích hợp",
    "chuẩn hóa", "làm sạch", "bàn giao", "thi công", "xét nghiệm",
])
def test_a_task_verb_ends_the_unit_before_it(subject, verb):
    assert leading_units(f"{subject} {verb} hệ thống dữ liệu theo quy định.") == [subject]


@pytest.mark.parametrize("sentence, units", [
    ("Viễn thông Phú Yên, Viettel Phú Yên phủ sóng di động 4G đến các khu vực lõm sóng.",
     ["Viễn thông Phú Yên", "Viettel Phú Yên"]),
    ("Bộ phận Một cửa số hóa hồ sơ thủ tục hành chính lĩnh vực hộ tịch.", ["Bộ phận Một cửa"]),
    ("Ban Chỉ đạo chuyển đổi số xã số hóa hồ sơ lưu trữ.", ["Ban Chỉ đạo chuyển đổi số xã"]),
    ("Các hội, đoàn thể biểu dương hòa giải viên tiêu biểu.", ["Các hội, đoàn thể"]),
    ("Tổ công nghệ số cộng đồng các thôn, buôn huy động đoàn viên đến từng hộ gia đình.",
     ["Tổ công nghệ số cộng đồng các thôn, buôn"]),
    ("Các hợp tác xã dịch vụ nông nghiệp nạo vét kênh mương nội đồng.", ["Các hợp tác xã dịch vụ nông nghiệp"]),
])
def test_task_verbs_in_plans(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a verb the unit's own name holds in lower case stays in it
    ("Cơ quan Cảnh sát điều tra Công an huyện tiếp nhận tin báo tội phạm.", ["Cơ quan Cảnh sát điều tra Công an huyện"]),
    ("Trung tâm Xúc tiến đầu tư tỉnh tổ chức hội nghị.", ["Trung tâm Xúc tiến đầu tư tỉnh"]),
    ("Hội đồng nghiệm thu cấp xã họp xét hồ sơ.", ["Hội đồng nghiệm thu cấp xã"]),
    ("Trường Mầm non xã Ea Bá số 2 tổ chức lễ bế giảng.", ["Trường Mầm non xã Ea Bá số 2"]),
    # after "các …", a task verb followed by the clause's role word says which units are meant
    ("Các đơn vị thu gom rác thải trên địa bàn phối hợp thực hiện.", ["Các đơn vị thu gom rác thải trên địa bàn"]),
    ("Các cơ sở thu gom phế liệu chịu trách nhiệm phân loại tại nguồn.", ["Các cơ sở thu gom phế liệu"]),
])
def test_task_verbs_that_a_name_keeps(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # "lưu trữ" after "văn thư" is the records office's name
    ("Chi cục văn thư lưu trữ tỉnh chủ trì.", ["Chi cục văn thư lưu trữ tỉnh"]),
    ("Bộ phận văn thư, lưu trữ của UBND xã chủ trì.", ["Bộ phận văn thư, lưu trữ của UBND xã"]),
    ("Bộ phận văn thư lưu trữ của UBND phường số hóa hồ sơ.", ["Bộ phận văn thư lưu trữ của UBND phường"]),
    # "ứng dụng" after "và" is a centre's second field
    ("Trung tâm Thông tin và ứng dụng khoa học công nghệ thực hiện.",
     ["Trung tâm Thông tin và ứng dụng khoa học công nghệ"]),
    ("Trung tâm Nghiên cứu và ứng dụng công nghệ sinh học chủ trì.", ["Trung tâm Nghiên cứu và ứng dụng công nghệ sinh học"]),
    ("Trung tâm Giống và kết nối thị trường nông sản chủ trì.", ["Trung tâm Giống và kết nối thị trường nông sản"]),
    # after "các …", the doer's verb the clause ends on tells that the task verb names the kind
    ("Các đơn vị thu gom rác thải thực hiện.", ["Các đơn vị thu gom rác thải"]),
    ("Các cơ sở tiêm chủng thực hiện đúng quy trình.", ["Các cơ sở tiêm chủng"]),
    ("Các cơ sở tiêm chủng trên địa bàn báo cáo kết quả về Trạm Y tế.", ["Các cơ sở tiêm chủng trên địa bàn"]),
    ("Các doanh nghiệp vận chuyển hành khách triển khai.", ["Các doanh nghiệp vận chuyển hành khách"]),
])
def test_task_verbs_inside_lower_case_unit_names(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # the same verbs as the predicate
    ("UBND xã lưu trữ hồ sơ theo quy định.", ["UBND xã"]),
    ("Văn phòng UBND huyện lưu trữ tài liệu điện tử.", ["Văn phòng UBND huyện"]),
    ("Phòng Văn hóa và Thông tin ứng dụng phần mềm quản lý.", ["Phòng Văn hóa và Thông tin"]),
    ("Trạm Y tế xã tiêm chủng cho trẻ em và thực hiện báo cáo.", ["Trạm Y tế xã"]),
    ("UBND xã và Công an xã thăm hỏi gia đình chính sách.", ["UBND xã", "Công an xã"]),
    # a second predicate after "và" is no sign of a kind
    ("Các cơ quan, đơn vị nâng cấp hệ thống mạng và thực hiện sao lưu dữ liệu.", ["Các cơ quan, đơn vị"]),
    ("Các xã thu gom rác thải, thực hiện phân loại tại nguồn.", ["Các xã"]),
])
def test_task_verbs_stay_predicates_outside_names(sentence, units):
    assert leading_units(sentence) == units


def test_a_task_verb_capitalised_is_a_word_of_the_name():
    # only the lower-case verb is the predicate: "Kết nối", "Số hóa" open a capitalised name
    assert leading_units("Trung tâm Kết nối cung cầu lao động tỉnh tổ chức phiên giao dịch việc làm.") == [
        "Trung tâm Kết nối cung cầu lao động tỉnh"]


# ---------------------------------------------------------------- a post's fields listed after one head
@pytest.mark.parametrize("sentence, units", [
    ("Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch chủ trì tuyên truyền.",
     ["Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch"]),
    ("Công chức Văn hóa - Xã hội và Tư pháp - Hộ tịch tuyên truyền pháp luật.",
     ["Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch"]),
    ("Công chức VH-XH, TP-HT phối hợp thực hiện.", ["Công chức VH-XH", "Công chức TP-HT"]),
    ("Cán bộ Tư pháp - Hộ tịch, Văn hóa - Xã hội phối hợp với Công an xã tuyên truyền.",
     ["Cán bộ Tư pháp - Hộ tịch", "Cán bộ Văn hóa - Xã hội"]),
    ("Công chức Văn phòng - Thống kê, Tài chính - Kế toán, Địa chính - Xây dựng tham mưu UBND xã.",
     ["Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế toán", "Công chức Địa chính - Xây dựng"]),
    ("Công chức Văn hóa - Xã hội xã, Tư pháp - Hộ tịch xã rà soát hồ sơ.",
     ["Công chức Văn hóa - Xã hội xã", "Công chức Tư pháp - Hộ tịch xã"]),
])
def test_servant_fields_share_their_head(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # one post: the fields a single field name holds ("… - Xây dựng và Môi trường", "Thương binh và Xã hội")
    ("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường chủ trì kiểm tra.",
     ["Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"]),
    ("Công chức Lao động - Thương binh và Xã hội rà soát hộ nghèo.", ["Công chức Lao động - Thương binh và Xã hội"]),
    # the field names of no head: each pair is the servant by itself, and no "Công chức" is made up
    ("Văn hóa - Xã hội, Tư pháp - Hộ tịch phối hợp thực hiện.", ["Văn hóa - Xã hội", "Tư pháp - Hộ tịch"]),
    # a unit of another kind after the comma is its own unit
    ("Công chức Văn hóa - Xã hội, Công an xã tuyên truyền.", ["Công chức Văn hóa - Xã hội", "Công an xã"]),
    # a department's fields are one name, not posts
    ("Phòng Văn hóa - Xã hội, Tư pháp huyện hướng dẫn.", ["Phòng Văn hóa - Xã hội, Tư pháp huyện"]),
])
def test_servant_fields_that_stay_one_unit(sentence, units):
    assert leading_units(sentence) == units


def test_servant_fields_in_a_cell():
    assert split_units("Công chức Tư pháp - Hộ tịch, Văn phòng - Thống kê") == (
        ["Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê"], [])


# ---------------------------------------------------------------- personnel verbs; a board closed by its Party committee
@pytest.mark.parametrize("sentence, units", [
    ("Phòng Nội vụ thẩm tra hồ sơ đề nghị khen thưởng.", ["Phòng Nội vụ"]),
    ("Sở Giáo dục và Đào tạo điều động giáo viên về các điểm trường.", ["Sở Giáo dục và Đào tạo"]),
    ("Ủy ban Kiểm tra Đảng ủy thẩm tra, đề xuất việc xét tặng Huy hiệu Đảng.", ["Ủy ban Kiểm tra Đảng ủy"]),
    ("Phòng Nội vụ luân chuyển, bổ nhiệm cán bộ theo phân cấp.", ["Phòng Nội vụ"]),
    ("Chi đoàn thôn Nam Điền kết nạp đoàn viên mới.", ["Chi đoàn thôn Nam Điền"]),
    # a board named for its purpose ends on the Party committee it serves, its level word after it or not
    ("Ban Tổ chức Huyện ủy thẩm tra hồ sơ nhân sự.", ["Ban Tổ chức Huyện ủy"]),
    ("Ban Tổ chức Tỉnh ủy tập huấn cho cán bộ làm công tác tổ chức.", ["Ban Tổ chức Tỉnh ủy"]),
    ("Ban Tổ chức Đảng ủy xã thu nhận hồ sơ đề nghị kết nạp đảng viên.", ["Ban Tổ chức Đảng ủy xã"]),
])
def test_personnel_verbs_end_the_unit_before_them(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a board named for the verb keeps it in its name slot
    ("Tổ thẩm tra hồ sơ xã họp xét từng trường hợp.", ["Tổ thẩm tra hồ sơ xã"]),
    ("Hội đồng thẩm tra của xã tổ chức họp.", ["Hội đồng thẩm tra của xã"]),
    # a purpose-named board not closed by a committee: its weak verb stays in the name, as before
    ("Ban Tổ chức hội thi tuyên truyền pháp luật.", ["Ban Tổ chức hội thi tuyên truyền pháp luật"]),
    # capitalised, the verb is a word of the name
    ("Trung tâm Điều động cứu hộ tỉnh tổ chức diễn tập.", ["Trung tâm Điều động cứu hộ tỉnh"]),
])
def test_personnel_verbs_a_name_keeps(sentence, units):
    assert leading_units(sentence) == units


# A court's specialised benches lead and support its tasks ("Tòa Hình sự", "các Tòa chuyên trách",
# Luật Tổ chức Tòa án nhân dân 2024); a building or an editorial office is none.
@pytest.mark.parametrize("sentence, lead, support", [
    ("Các Tòa chuyên trách căn cứ Kế hoạch triển khai thực hiện.", ["Các Tòa chuyên trách"], []),
    ("Tòa Hình sự chủ trì tổ chức phiên tòa xét xử lưu động.", ["Tòa Hình sự"], []),
    ("Tòa Hành chính chủ trì, phối hợp Tòa Dân sự thực hiện.", ["Tòa Hành chính"], ["Tòa Dân sự"]),
    ("Các Tòa án nhân dân khu vực phối hợp tổ chức.", ["Các Tòa án nhân dân khu vực"], []),
    # negatives
    ("Các tòa nhà chung cư phải trang bị bình chữa cháy.", [], []),
    ("Các tòa soạn báo đưa tin về hội nghị.", [], []),
    ("Tòa soạn Báo Cao Bằng đăng tải tin bài.", [], []),
])
def test_a_courts_benches_are_units(sentence, lead, support):
    assert leading_units(sentence) == lead
    got_lead, got_support = responsible_units(sentence)
    assert got_support == support


# ---------------------------------------------------------------- names cut by verbs (h1)
# After an organisation's kind the proper name runs as one name up to the sentence's own verb or
# role: "và" joins two words of one field, the second in lower case ("Ứng dụng và chuyển giao"),
# and the verb after it takes an object ("tư vấn xây dựng").
@pytest.mark.parametrize("sentence, units", [
    ("Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh chủ trì, phối hợp với các xã thực hiện.",
     ["Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh"]),
    ("Trung tâm Ứng dụng và chuyển giao công nghệ thực hiện.", ["Trung tâm Ứng dụng và chuyển giao công nghệ"]),
    ("Trung tâm Kiểm định và tư vấn xây dựng tỉnh Sơn La chủ trì thực hiện.",
     ["Trung tâm Kiểm định và tư vấn xây dựng tỉnh Sơn La"]),
    ("Trung tâm Kiểm định và tư vấn xây dựng kiểm tra chất lượng công trình.",
     ["Trung tâm Kiểm định và tư vấn xây dựng"]),
    ("Trung tâm Quy hoạch và thiết kế xây dựng tỉnh Kon Tum phối hợp thực hiện.",
     ["Trung tâm Quy hoạch và thiết kế xây dựng tỉnh Kon Tum"]),
    ("Trung tâm Phát triển quỹ đất tỉnh Gia Lai chủ trì, phối hợp với UBND các xã.",
     ["Trung tâm Phát triển quỹ đất tỉnh Gia Lai"]),
    ("Trung tâm Dịch vụ tổng hợp phường Vĩnh Hải hướng dẫn người dân.", ["Trung tâm Dịch vụ tổng hợp phường Vĩnh Hải"]),
    ("Ban Quản lý dự án đầu tư xây dựng khu vực Ninh Hòa tổ chức thi công.",
     ["Ban Quản lý dự án đầu tư xây dựng khu vực Ninh Hòa"]),
])
def test_h1_a_field_joined_by_va_keeps_its_verbs(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # the sentence's own predicate after "và" + a level word or a head
    ("Phòng Kinh tế và Hạ tầng giao nhiệm vụ cho các xã.", ["Phòng Kinh tế và Hạ tầng"]),
    ("Trung tâm Văn hóa và Thể thao huyện giao các câu lạc bộ tổ chức hội thi.", ["Trung tâm Văn hóa và Thể thao huyện"]),
    ("Phòng Văn hóa và Thông tin xây dựng kế hoạch.", ["Phòng Văn hóa và Thông tin"]),
    ("UBND xã và Công an xã chủ trì.", ["UBND xã", "Công an xã"]),
    ("Trung tâm Y tế huyện chủ trì, phối hợp với các xã.", ["Trung tâm Y tế huyện"]),
])
def test_h1_predicates_after_va_still_end_the_name(sentence, units):
    assert leading_units(sentence) == units


# A cooperative named by its service in lower case: the service's task verb is a word of its name.
@pytest.mark.parametrize("sentence, units", [
    ("Hợp tác xã dịch vụ thu gom rác thải Tân Phú thực hiện thu gom rác hằng ngày.",
     ["Hợp tác xã dịch vụ thu gom rác thải Tân Phú"]),
    ("Hợp tác xã dịch vụ thu gom rác thải thực hiện thu gom rác hằng ngày.", ["Hợp tác xã dịch vụ thu gom rác thải"]),
    ("Hợp tác xã dịch vụ vận chuyển hành khách Thuận Thành phối hợp thực hiện.",
     ["Hợp tác xã dịch vụ vận chuyển hành khách Thuận Thành"]),
    ("Hợp tác xã dịch vụ nông nghiệp chủ trì, phối hợp với UBND xã.", ["Hợp tác xã dịch vụ nông nghiệp"]),
    ("Hợp tác xã dịch vụ thu gom rác thải Mỹ Hòa thu gom rác đúng lịch.", ["Hợp tác xã dịch vụ thu gom rác thải Mỹ Hòa"]),
    # what it does, not its name
    ("Hợp tác xã vận hành trạm bơm Đồng Lạc tiêu úng.", ["Hợp tác xã"]),
    ("Hợp tác xã thu gom rác thải trên địa bàn.", ["Hợp tác xã"]),
])
def test_h1_a_cooperatives_service_names_it(sentence, units):
    assert leading_units(sentence) == units


# A team (Tổ, Đội, Nhóm) named for its work is a unit; its name ends where the sentence's verb,
# a run of verbs or its own verb said again, begins.
@pytest.mark.parametrize("sentence, units", [
    ("Tổ phun thuốc diệt muỗi thực hiện phun hóa chất tại các thôn.", ["Tổ phun thuốc diệt muỗi"]),
    ("Tổ phun thuốc phun hóa chất tại các ấp có ca bệnh.", ["Tổ phun thuốc"]),
    ("Tổ phun thuốc diệt muỗi xã Ea Tu chủ trì, phối hợp với Trạm Y tế xã.", ["Tổ phun thuốc diệt muỗi xã Ea Tu"]),
    ("Đội thu gom rác thải thôn 3 thực hiện thu gom rác hằng ngày.", ["Đội thu gom rác thải thôn 3"]),
    ("Nhóm hỗ trợ kỹ thuật số cộng đồng chủ trì, phối hợp với Đoàn Thanh niên xã.", ["Nhóm hỗ trợ kỹ thuật số cộng đồng"]),
    ("Đội tuần tra kiểm soát bờ biển tiến hành tuần tra.", ["Đội tuần tra kiểm soát bờ biển"]),
    ("Đội kiểm tra liên ngành tiến hành kiểm tra các cơ sở.", ["Đội kiểm tra liên ngành"]),
    ("Tổ công tác 1093 rà soát hồ sơ.", ["Tổ công tác 1093"]),
    ("Tổ công tác thực hiện rà soát hồ sơ tại các thôn.", ["Tổ công tác"]),
    ("Tổ kiểm tra liên ngành thực hiện kiểm tra các cơ sở kinh doanh.", ["Tổ kiểm tra liên ngành"]),
    # a name of two verbs or a verb with its object stays whole
    ("Ban Chỉ đạo triển khai thực hiện Đề án 06 huyện chủ trì.", ["Ban Chỉ đạo triển khai thực hiện Đề án 06 huyện"]),
    ("Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh chủ trì.",
     ["Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia tỉnh"]),
])
def test_h1_a_team_named_for_its_work_is_a_unit(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence", [
    "Tổ chức tuyên truyền phòng, chống dịch bệnh.",
    "Đội ngũ cán bộ thực hiện nhiệm vụ.",
    "Đội mũ bảo hiểm khi tham gia giao thông.",
    "Nhóm trẻ tổ chức hoạt động ngoài trời.",
    "Nhóm giải pháp về tuyên truyền.",
    "Tổ quốc ghi công.",
])
def test_h1_team_words_before_no_work_are_no_unit(sentence):
    assert leading_units(sentence) == []


def test_h1_a_team_word_after_a_post_stays_the_organisation():
    assert leading_units("Tổng phụ trách Đội xây dựng kế hoạch hoạt động của Liên đội.") == ["Tổng phụ trách Đội"]


def test_h1_a_team_named_for_its_work_in_a_cell():
    assert is_unit("Tổ phun thuốc diệt muỗi")
    assert split_units("Tổ phun thuốc diệt muỗi xã; Trạm Y tế xã") == (["Tổ phun thuốc diệt muỗi xã", "Trạm Y tế xã"], [])


# A unit and a colon before a count or its object heads a list of outputs, not a task's lead.
@pytest.mark.parametrize("sentence", [
    "UBND các xã: 50 bản tin",
    "UBND các xã: 50 bản tin.",
    "Đài Truyền thanh xã: 48 bản tin; Ban nhân dân các ấp: 24 buổi họp dân.",
    "Phòng Văn hóa - Xã hội: 100% hộ gia đình được tuyên truyền.",
    "UBND các phường: mỗi phường 02 buổi tuyên truyền.",
    "Các trường học: ít nhất 01 buổi ngoại khóa.",
])
def test_h1_a_unit_heading_a_count_leads_nothing(sentence):
    assert leading_units(sentence) == []


@pytest.mark.parametrize("sentence, units", [
    ("Phòng Nội vụ: chủ trì, phối hợp với các đơn vị.", ["Phòng Nội vụ"]),
    ("Công an xã: Nắm chắc tình hình an ninh trật tự.", ["Công an xã"]),
    ("UBND các xã, thị trấn:", ["UBND các xã, thị trấn"]),
    ("Khoa Dược: cung ứng đủ thuốc, vật tư tiêu hao.", ["Khoa Dược"]),
    ("Phòng Y tế: 1) Chủ trì kiểm tra an toàn thực phẩm.", ["Phòng Y tế"]),
])
def test_h1_a_unit_before_its_deed_after_a_colon_still_leads(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, units", [
    # a verb right after "và" is the second field of a name whose first opens capitalised after its head
    ("Trung tâm Bảo tồn và phát huy giá trị di tích tỉnh Thừa Thiên Huế chủ trì.",
     ["Trung tâm Bảo tồn và phát huy giá trị di tích tỉnh Thừa Thiên Huế"]),
    ("Trung tâm Giám định và bảo đảm chất lượng thực hiện.", ["Trung tâm Giám định và bảo đảm chất lượng"]),
    ("Trung tâm Lưu trữ và số hóa tài liệu tỉnh Bắc Kạn thực hiện.", ["Trung tâm Lưu trữ và số hóa tài liệu tỉnh Bắc Kạn"]),
    # a capitalised second field as before
    ("Trung tâm Văn hóa và Thể thao tỉnh Điện Biên chủ trì.", ["Trung tâm Văn hóa và Thể thao tỉnh Điện Biên"]),
])
def test_h1_a_verb_after_va_opens_a_second_field(sentence, units):
    assert leading_units(sentence) == units


@pytest.mark.parametrize("sentence, lead, support", [
    ("Tổ phun thuốc diệt muỗi xã Đắk Ơ chủ trì, phối hợp với Trạm Y tế xã thực hiện.",
     ["Tổ phun thuốc diệt muỗi xã Đắk Ơ"], ["Trạm Y tế xã"]),
    ("Trạm Y tế xã chủ trì, phối hợp với Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh thực hiện.",
     ["Trạm Y tế xã"], ["Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh"]),
    ("Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã dịch vụ thu gom rác thải Hòa Bình thực hiện.",
     ["Phòng Kinh tế"], ["Hợp tác xã dịch vụ thu gom rác thải Hòa Bình"]),
    ("Trung tâm Kiểm định và tư vấn xây dựng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng thị xã thực hiện.",
     ["Trung tâm Kiểm định và tư vấn xây dựng"], ["Ban Quản lý dự án đầu tư xây dựng thị xã"]),
])
def test_h1_names_with_verbs_lead_and_support(sentence, lead, support):
    assert responsible_units(sentence) == (lead, support)


def test_h1_names_with_verbs_in_a_cell():
    assert split_units("Hợp tác xã dịch vụ thu gom rác thải Tân Phú; Trung tâm Ứng dụng và chuyển giao công nghệ") == (
        ["Hợp tác xã dịch vụ thu gom rác thải Tân Phú", "Trung tâm Ứng dụng và chuyển giao công nghệ"], [])


# Task 7 (new plan layouts): the Party's group in a body outside the Party ("Đảng đoàn") and its board in
# a State body ("Ban cán sự đảng") are units, named with the body they sit in.
@pytest.mark.parametrize("sentence, units", [
    ("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam huyện lãnh đạo Mặt trận và các đoàn thể thực hiện.",
     ["Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    ("Đảng đoàn Hội đồng nhân dân tỉnh chỉ đạo giám sát việc thực hiện.", ["Đảng đoàn Hội đồng nhân dân tỉnh"]),
    ("Đảng đoàn Hội Nông dân tỉnh chỉ đạo các cấp hội triển khai.", ["Đảng đoàn Hội Nông dân tỉnh"]),
    ("Ban cán sự đảng UBND tỉnh lãnh đạo các sở, ngành xây dựng kế hoạch.", ["Ban cán sự đảng UBND tỉnh"]),
])
def test_task7_party_groups_in_bodies_are_units(sentence, units):
    assert leading_units(sentence) == units


# Task 7: "sẵn sàng" is the verb after a unit ("Khoa Truyền nhiễm sẵn sàng giường bệnh"), except in the
# militia's standing force's name ("Lực lượng sẵn sàng chiến đấu").
@pytest.mark.parametrize("sentence, units", [
    ("Khoa Truyền nhiễm sẵn sàng giường bệnh, phương tiện cách ly khi có ca bệnh nghi ngờ.", ["Khoa Truyền nhiễm"]),
    ("Ban Chỉ huy Quân sự xã sẵn sàng lực lượng, phương tiện ứng cứu khi có sự cố.", ["Ban Chỉ huy Quân sự xã"]),
    ("Trung tâm Y tế huyện Hoài Ân sẵn sàng các đội cơ động chống dịch.", ["Trung tâm Y tế huyện Hoài Ân"]),
    ("Lực lượng sẵn sàng chiến đấu của xã tham gia diễn tập.", ["Lực lượng sẵn sàng chiến đấu của xã"]),
])
def test_task7_standing_ready_ends_a_units_name(sentence, units):
    assert leading_units(sentence) == units


# Mend 13 (review finding 4): "và" joins a second field only to an open head's first field (a centre,
# an institute); after a name whole with its place or a compound field, or before people and forces,
# what follows "và" is another doer or the sentence's second predicate.
@pytest.mark.parametrize("text, expected", [
    ("Công an xã Tân Lập và dân quân tuần tra ban đêm", ["Công an xã Tân Lập", "dân quân"]),
    ("Công an phường Hòa Khánh và dân quân tuần tra địa bàn", ["Công an phường Hòa Khánh", "dân quân"]),
    ("Trung tâm Khuyến nông và dân quân tuần tra", ["Trung tâm Khuyến nông", "dân quân"]),
    ("Phòng Tài chính - Kế hoạch và chuyển giao vốn cho các xã", ["Phòng Tài chính - Kế hoạch"]),
    ("UBND xã Tà Xùa và chuyển giao kỹ thuật cho hộ dân", ["UBND xã Tà Xùa"]),
    ("Phòng Nông nghiệp và chuyển giao giống mới cho hộ dân", ["Phòng Nông nghiệp"]),
    ("Sở Y tế và kiểm tra cơ sở khám chữa bệnh", ["Sở Y tế"]),
    ("Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh chủ trì", ["Trung tâm Ứng dụng và chuyển giao công nghệ tỉnh"]),
    ("Trung tâm Kiểm định và tư vấn xây dựng chủ trì thực hiện", ["Trung tâm Kiểm định và tư vấn xây dựng"]),
    ("Trung tâm Bảo tồn và phát huy giá trị di tích chủ trì", ["Trung tâm Bảo tồn và phát huy giá trị di tích"]),
])
def test_mend13_second_member_only_in_an_open_name(text, expected):
    assert [u.removesuffix(" và") for u in leading_units(text)] == expected


# Mend 13 (review finding 5): a colon after the units opens a count only with a number and the noun it
# counts; item numbers, dates, frequencies and a "mỗi xã" followed by its verb keep the lead.
@pytest.mark.parametrize("text, lead", [
    ("Phòng Nội vụ: 1- Chủ trì tham mưu tổ chức hội nghị", ["Phòng Nội vụ"]),
    ("UBND các xã, thị trấn: 30/6/2025 hoàn thành rà soát hộ nghèo", ["UBND các xã, thị trấn"]),
    ("Phòng Văn hóa và Thông tin: 2 lần/tháng đưa tin về hoạt động", ["Phòng Văn hóa và Thông tin"]),
    ("UBND các xã: mỗi xã tổ chức 01 hội nghị", ["UBND các xã"]),
    ("UBND các xã: ba tháng một lần báo cáo kết quả", ["UBND các xã"]),
    ("Trạm Y tế xã: 1 lần/quý kiểm tra vệ sinh", ["Trạm Y tế xã"]),
    ("UBND các phường: 15/10/2025 nộp báo cáo", ["UBND các phường"]),
    ("UBND các xã: 50 bản tin", []),
    ("Các trường: mỗi trường 02 buổi", []),
    ("UBND các xã: 03 lớp tập huấn", []),
    ("Trạm Y tế: ít nhất hai đợt", []),
    ("UBND các xã: mỗi xã một bản tin", []),
    ("Đoàn Thanh niên: 02 đội hình tình nguyện", []),
])
def test_mend13_colon_count_needs_a_counted_noun(text, lead):
    assert leading_units(text) == lead


# Task 1 (units' ends and second doers): a unit's name never ends on a joining word ("và", "với", "cùng",
# ","), however the reading stops after it (a verb phrase after "và", a cell's last word, a partner list).
@pytest.mark.parametrize("text", [
    "Phòng Tài chính - Kế hoạch và triển khai thực hiện các nội dung được giao.",
    "Phòng Tài chính - Kế hoạch và hướng dẫn các xã thực hiện quyết toán.",
    "Phòng Kinh tế - Hạ tầng và đôn đốc các phường hoàn thành chỉ tiêu.",
    "Sở Lao động - Thương binh và Xã hội và tổng hợp kết quả báo cáo UBND tỉnh Bạc Liêu.",
    "Văn phòng HĐND và UBND huyện Mường Tè và theo dõi, đôn đốc các đơn vị.",
    "Phòng Văn hóa, Khoa học và Thông tin và phối hợp tuyên truyền trên Cổng thông tin điện tử huyện.",
])
def test_t1units_no_unit_ends_on_a_joining_word(text):
    found = leading_units(text) + [u for side in responsible_units(text) for u in side]
    found += [u for side in split_units(text.split(" và ")[0] + " và") for u in side]
    assert found
    for u in found:
        assert not re.search(r"(?:\s(?:và|với|cùng)|,)$", u), u


@pytest.mark.parametrize("text, lead, support", [
    # the partner list stops before a department's second verb after "và": a department's fields are capitalised
    ("Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ và hướng dẫn các xã thực hiện.",
     ["Phòng Tài chính - Kế hoạch"], ["Phòng Nội vụ"]),
    ("Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và hướng dẫn các huyện lập dự toán.",
     ["Sở Tài chính"], ["Sở Nội vụ"]),
    ("Phòng Tư pháp chủ trì, phối hợp với Phòng Nông nghiệp và Môi trường và kiểm tra việc thực hiện.",
     ["Phòng Tư pháp"], ["Phòng Nông nghiệp và Môi trường"]),
    # a centre's second field after "và" is still its name's
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với Trung tâm Ứng dụng và chuyển giao công nghệ thực hiện.",
     ["Sở Khoa học và Công nghệ"], ["Trung tâm Ứng dụng và chuyển giao công nghệ"]),
])
def test_t1units_department_partner_stops_before_second_verb(text, lead, support):
    assert responsible_units(text) == (lead, support)


# Two doers joined by "và", ",", "cùng (với)" or "với", the second a force, the people or a kind of unit
# printed as a common noun: two units, each with its own words.
@pytest.mark.parametrize("text, units", [
    ("Tổ công tác và dân quân tuần tra địa bàn thường xuyên.", ["Tổ công tác", "dân quân"]),
    ("Tổ công tác liên ngành và dân quân các xã tuần tra, canh gác 24/24 giờ.",
     ["Tổ công tác liên ngành", "dân quân các xã"]),
    ("Tổ công tác và công an viên tuần tra địa bàn.", ["Tổ công tác", "công an viên"]),
    ("Công an xã và dân quân tuần tra, kiểm soát các tuyến đường.", ["Công an xã", "dân quân"]),
    ("Công an xã Phong Thạnh, dân quân và công an viên tuần tra ban đêm.",
     ["Công an xã Phong Thạnh", "dân quân", "công an viên"]),
    ("Ban Chỉ huy Quân sự phường Đông Hải và dân quân thường trực tuần tra.",
     ["Ban Chỉ huy Quân sự phường Đông Hải", "dân quân thường trực"]),
    ("Trưởng ấp và tổ tự quản vận động các hộ dân ký cam kết.", ["Trưởng ấp", "tổ tự quản"]),
    ("Trưởng khóm và tổ hòa giải nắm tình hình mâu thuẫn trong khu dân cư.", ["Trưởng khóm", "tổ hòa giải"]),
    ("Công an thị trấn, đội dân phòng kiểm tra an toàn phòng cháy.", ["Công an thị trấn", "đội dân phòng"]),
    ("UBND xã Nậm Cuổi và trạm y tế tuyên truyền phòng chống dịch.", ["UBND xã Nậm Cuổi", "trạm y tế"]),
    ("Hạt Kiểm lâm huyện cùng với lực lượng bảo vệ rừng chuyên trách kiểm tra thực bì.",
     ["Hạt Kiểm lâm huyện", "lực lượng bảo vệ rừng chuyên trách"]),
    ("UBND các xã, thị trấn với dân quân thường trực tổ chức trực chòi canh lửa.",
     ["UBND các xã, thị trấn", "dân quân thường trực"]),
    ("Công an phường và lực lượng bảo vệ dân phố tuần tra.", ["Công an phường", "lực lượng bảo vệ dân phố"]),
    ("Nhà trường và phụ huynh học sinh phối hợp quản lý học sinh trong hè.", ["Nhà trường", "phụ huynh học sinh"]),
    ("Trạm Y tế xã và bà con nhân dân thực hiện diệt lăng quăng.", ["Trạm Y tế xã", "bà con nhân dân"]),
])
def test_t1units_second_doer_is_a_unit_of_its_own(text, units):
    assert leading_units(text) == units


# … but a list one collective names stays whole: staff nouns, a "lực lượng" and the forces it gathers,
# the places after a determiner, the kinds of one "các".
@pytest.mark.parametrize("text, units", [
    ("Cán bộ, công chức và người lao động thực hiện nghiêm quy chế.", ["Cán bộ, công chức và người lao động"]),
    ("Lực lượng công an, dân quân tuần tra bảo đảm an ninh.", ["Lực lượng công an, dân quân"]),
    ("Các lực lượng dân quân, tự vệ và công an viên ra quân.", ["Các lực lượng dân quân, tự vệ và công an viên"]),
    ("Trưởng các thôn, tổ dân phố phổ biến Kế hoạch đến từng hộ dân.", ["Trưởng các thôn, tổ dân phố"]),
    ("Ban Công tác Mặt trận các ấp, khu phố vận động Nhân dân.", ["Ban Công tác Mặt trận các ấp, khu phố"]),
    ("Các tổ chức đảng, đảng viên được kiểm tra, giám sát chuẩn bị báo cáo, hồ sơ",
     ["Các tổ chức đảng, đảng viên được kiểm tra, giám sát"]),
    ("Các sở, ban ngành tỉnh thực hiện chế độ báo cáo.", ["Các sở, ban ngành tỉnh"]),
    ("Phòng Y tế phối hợp với Trung tâm Y tế thực hiện.", ["Phòng Y tế"]),
])
def test_t1units_collective_lists_stay_whole(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("cell, lead, support", [
    ("Tổ công tác và dân quân", ["Tổ công tác", "dân quân"], []),
    ("Công an huyện và dân quân các xã", ["Công an huyện", "dân quân các xã"], []),
    ("Ban CHQS xã, dân quân, công an viên", ["Ban CHQS xã", "dân quân", "công an viên"], []),
    ("Trưởng ấp, tổ an ninh trật tự", ["Trưởng ấp", "tổ an ninh trật tự"], []),
    ("Phòng Tài chính - Kế hoạch và", ["Phòng Tài chính - Kế hoạch"], []),
    ("Trung tâm Y tế (TTYT) huyện; Phòng Y tế", ["Trung tâm Y tế (TTYT) huyện", "Phòng Y tế"], []),
    ("Công an xã (Trưởng Công an xã)", ["Công an xã (Trưởng Công an xã)"], []),
    ("Phòng Văn hóa, Khoa học và Thông tin", ["Phòng Văn hóa, Khoa học và Thông tin"], []),
    ("Phòng Nội vụ\nPhòng Tư pháp\nUBND các xã, thị trấn", ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các xã, thị trấn"], []),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện; Hội Nông dân huyện; Hội Liên hiệp Phụ nữ huyện",
     ["Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện", "Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"], []),
    ("Chủ trì: Phòng Kinh tế\nPhối hợp: Trạm Khuyến nông; tổ hợp tác trồng lúa",
     ["Phòng Kinh tế"], ["Trạm Khuyến nông", "tổ hợp tác trồng lúa"]),
])
def test_t1units_cells_name_each_doer(cell, lead, support):
    assert split_units(cell) == (lead, support)


# A unit whose colon, directly or after a verb of taking part or of a result, opens a count heads a list
# of outputs: no lead, whether the line is read as prose or as a cell (a role or action verb there leads:
# see test_mend12_role_verb_before_a_count_leads).
@pytest.mark.parametrize("text", [
    "Các hợp tác xã tham gia: 12 lượt",
    "Các hợp tác xã tham gia: 12 lượt ra quân phát dọn thực bì.",
    "Đài Truyền thanh các xã, thị trấn: 60 bản tin;",
    "Các trường học đạt: 100% học sinh được tuyên truyền",
    "Hội Nông dân xã tổ chức được: 03 lớp tập huấn",
])
def test_t1units_count_heading_leads_nothing(text):
    assert leading_units(text) == []
    assert split_units(text) == ([], [])


@pytest.mark.parametrize("text, units", [
    # a verb with its own object before the colon keeps the lead: the colon opens what it does
    ("Phòng Nội vụ: chủ trì tổ chức hội nghị.", ["Phòng Nội vụ"]),
    ("Khoa Dược: cung ứng thuốc đầy đủ.", ["Khoa Dược"]),
    ("Trạm Y tế xã tổ chức: 2 lần/tháng truyền thông về sốt xuất huyết", ["Trạm Y tế xã"]),
    ("UBND các xã thực hiện: 30/6/2025 hoàn thành rà soát", ["UBND các xã"]),
])
def test_t1units_colon_without_count_keeps_the_lead(text, units):
    assert leading_units(text) == units


# Units after "Giao", "Đề nghị", "Phân công" at a sentence's start, and names with commas or a
# bracketed acronym, are read whole.
@pytest.mark.parametrize("text, units", [
    ("Giao Hạt Kiểm lâm huyện là cơ quan thường trực, theo dõi, tổng hợp.", ["Hạt Kiểm lâm huyện"]),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"]),
    ("Phân công Phòng Nội vụ và Phòng Tư pháp theo dõi.", ["Phòng Nội vụ", "Phòng Tư pháp"]),
    ("Phòng Văn hóa, Khoa học và Thông tin, Trung tâm Văn hóa - Thể thao huyện tuyên truyền.",
     ["Phòng Văn hóa, Khoa học và Thông tin", "Trung tâm Văn hóa - Thể thao huyện"]),
    ("Trung tâm Y tế (TTYT) huyện Si Ma Cai chủ trì tổ chức tiêm chủng.", ["Trung tâm Y tế (TTYT) huyện Si Ma Cai"]),
    ("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện và phát sóng các tin bài.",
     ["Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"]),
])
def test_t1units_addressed_and_punctuated_names(text, units):
    assert leading_units(text) == units


# Red team (v21 task 7): after a unit closed by its level word, a capitalised field printed with that
# same level word ("Y tế xã", "Quân sự phường", "Biên phòng tỉnh") is the next unit; a level alone,
# another level, or no level word before the comma keeps one name.
@pytest.mark.parametrize("text, units", [
    ("Công an xã, Y tế xã", ["Công an xã", "Y tế xã"]),
    ("Công an phường, Quân sự phường, Văn hóa phường", ["Công an phường", "Quân sự phường", "Văn hóa phường"]),
    ("Công an thị trấn, Quân sự thị trấn và Y tế thị trấn", ["Công an thị trấn", "Quân sự thị trấn", "Y tế thị trấn"]),
    ("Bộ Chỉ huy Quân sự tỉnh, Biên phòng tỉnh", ["Bộ Chỉ huy Quân sự tỉnh", "Biên phòng tỉnh"]),
    ("Văn hóa xã, Địa chính xã", ["Văn hóa xã", "Địa chính xã"]),
    ("Công an xã, Văn hóa - Xã hội xã", ["Công an xã", "Văn hóa - Xã hội xã"]),
    ("UBND các xã, phường", ["UBND các xã, phường"]),
    ("UBND các xã, Thị trấn", ["UBND các xã, Thị trấn"]),
    ("Phòng Văn hóa, Thông tin huyện", ["Phòng Văn hóa, Thông tin huyện"]),
    ("Công an huyện, Y tế xã", ["Công an huyện, Y tế xã"]),
])
def test_redteam7_a_field_named_with_the_same_level_is_the_next_unit(text, units):
    lead, support = split_units(text)
    assert lead == units and support == []


@pytest.mark.parametrize("text, lead, support", [
    ("Công an xã chủ trì, phối hợp với Quân sự xã, Y tế xã tổ chức tuần tra.", ["Công an xã"],
     ["Quân sự xã", "Y tế xã"]),
    ("Chủ trì: Trạm Chăn nuôi và Thú y khu vực; phối hợp: Công an xã, Y tế xã.",
     ["Trạm Chăn nuôi và Thú y khu vực"], ["Công an xã", "Y tế xã"]),
])
def test_redteam7_field_units_in_a_sentence_and_a_labelled_cell(text, lead, support):
    got = responsible_units(text) if "chủ trì," in text else split_units(text)
    assert (list(got[0]), list(got[1])) == (lead, support)


# Red team (v21 task 7): a school's or a commune's post printed in lower case ("giáo viên chủ nhiệm",
# "trưởng thôn", "tổ trưởng") opens the partners' clause after the lead's "chủ trì" as a capitalised
# unit does; staff nouns alone ("Cán bộ, giáo viên") stay one collective.
@pytest.mark.parametrize("text, lead, support", [
    ("Giao Tổng phụ trách Đội chủ trì, giáo viên chủ nhiệm phối hợp.", ["Tổng phụ trách Đội"], ["giáo viên chủ nhiệm"]),
    ("Tổ Thể dục - Nghệ thuật chủ trì, giáo viên chủ nhiệm phối hợp thực hiện.", ["Tổ Thể dục - Nghệ thuật"],
     ["giáo viên chủ nhiệm"]),
    ("Công an xã Tà Xùa chủ trì, trưởng bản phối hợp.", ["Công an xã Tà Xùa"], ["trưởng bản"]),
    ("Tổ chuyên môn Toán - Tin chủ trì; tổ trưởng phối hợp.", ["Tổ chuyên môn Toán - Tin"], ["tổ trưởng"]),
    ("Ban Giám hiệu chủ trì, giáo viên chủ nhiệm, giáo viên bộ môn phối hợp.", ["Ban Giám hiệu"],
     ["giáo viên chủ nhiệm", "giáo viên bộ môn"]),
    ("Trạm Y tế phường Đông Sơn thực hiện, y tế thôn bản phối hợp.", ["Trạm Y tế phường Đông Sơn"], ["y tế thôn bản"]),
    ("Cán bộ, giáo viên chủ trì, nhân viên phối hợp.", ["Cán bộ, giáo viên"], []),
])
def test_redteam7_a_lower_case_post_opens_the_partners_clause(text, lead, support):
    assert responsible_units(text) == (lead, support)


# Red team (v21 task 7): a place whose first syllable is a verb ("Cần Thơ", "Cần Giờ", "Cần Đước") closing
# a body's name after a field in lower case is part of that name, not the sentence's predicate.
@pytest.mark.parametrize("text, partners", [
    ("Phòng Kinh tế phối hợp với Công ty Cổ phần Cấp thoát nước Cần Thơ rà soát các trụ nước.",
     ["Công ty Cổ phần Cấp thoát nước Cần Thơ"]),
    ("Phòng Kinh tế phối hợp với Công ty Điện lực Cần Thơ rà soát lưới điện.", ["Công ty Điện lực Cần Thơ"]),
    ("Phòng Văn hóa phối hợp với Ban Quản lý rừng phòng hộ Cần Giờ kiểm tra.", ["Ban Quản lý rừng phòng hộ Cần Giờ"]),
    ("Công an xã phối hợp với Ngân hàng Chính sách xã hội Cần Đước tuyên truyền.",
     ["Ngân hàng Chính sách xã hội Cần Đước"]),
])
def test_redteam7_a_place_opening_with_a_verb_ends_a_name(text, partners):
    assert subject_partners(text) == partners


def test_redteam7_a_capitalised_verb_after_a_unit_is_still_its_predicate():
    assert leading_units("Các trường học Phải bảo đảm an toàn cho học sinh.") == ["Các trường học"]
    assert responsible_units("Giao Công ty Điện lực Cần Thơ chủ trì, phối hợp với UBND các phường thực hiện.") == (
        ["Công ty Điện lực Cần Thơ"], ["UBND các phường"])


# A "với" after a unit that no second doer follows opens a phrase of its role or its means ("với vai
# trò", "với chức năng"): the name ends before it; "với từng/mỗi …" spreads the work, it joins no doer.
@pytest.mark.parametrize("text, units", [
    ("UBND xã với vai trò là cơ quan thường trực tổ chức thực hiện.", ["UBND xã"]),
    ("Công an xã với chức năng nhiệm vụ được giao tăng cường tuần tra.", ["Công an xã"]),
    ("Hội Nông dân xã với vai trò nòng cốt vận động hội viên tham gia.", ["Hội Nông dân xã"]),
    ("Đoàn Thanh niên phường với tinh thần xung kích ra quân dọn vệ sinh.", ["Đoàn Thanh niên phường"]),
    # a second doer still joins
    ("UBND các xã với dân quân tự vệ tổ chức tuần tra.", ["UBND các xã", "dân quân tự vệ"]),
])
def test_mend12_voi_joins_only_a_next_doer(text, units):
    assert leading_units(text) == units


@pytest.mark.parametrize("text", [
    "Tổ công tác liên ngành tương ứng với từng địa bàn kiểm tra.",
    "Tổ kiểm tra liên ngành tương ứng với từng cơ sở kinh doanh lập biên bản.",
    "Đội xung kích phường tương ứng với mỗi khu phố ra quân dọn vệ sinh.",
])
def test_mend12_voi_before_a_distributive_joins_no_unit(text):
    units = leading_units(text)
    assert len(units) == 1 and units[0].startswith(("Tổ công tác liên ngành", "Tổ kiểm tra liên ngành", "Đội xung kích"))


# A role or an action verb before the colon says what the units do, and the count after it is that
# task's object: they lead it, as responsible_units reads; a verb of taking part or of a result
# ("tham gia", "đạt") says what is counted.
@pytest.mark.parametrize("text, units", [
    ("Công an xã thực hiện: 03 đợt ra quân tấn công trấn áp tội phạm.", ["Công an xã"]),
    ("Phòng Văn hóa chủ trì: 02 hội nghị.", ["Phòng Văn hóa"]),
    ("Trạm Y tế phường tổ chức: 04 buổi truyền thông.", ["Trạm Y tế phường"]),
    ("UBND các xã thực hiện: 50 bản tin", ["UBND các xã"]),
    ("Các chi hội phụ nữ ấp vận động: mỗi ấp 02 hộ", ["Các chi hội phụ nữ ấp"]),
    ("Các hợp tác xã tham gia: 12 lượt.", []),
    ("Các trường học đạt: 100% học sinh được tuyên truyền.", []),
    ("Hội Nông dân xã tổ chức được: 03 lớp tập huấn", []),
    ("UBND các xã: 50 bản tin.", []),
])
def test_mend12_role_verb_before_a_count_leads(text, units):
    assert leading_units(text) == units
    assert split_units(text) == (units, [])   # the same read as a cell


def test_mend12_role_verb_before_a_count_readers_agree():
    text = "Phòng Văn hóa chủ trì: 02 hội nghị."
    assert leading_units(text) == responsible_units(text)[0] == ["Phòng Văn hóa"]


# A capitalised verb before a capitalised paper ("Lập Biên bản") is a verb and its object, not a place;
# a place's two syllables stay in the name.
@pytest.mark.parametrize("text, units", [
    ("Công an xã Lập Biên bản xử lý vi phạm.", ["Công an xã"]),
    ("Đội Quản lý thị trường số 3 Lập Danh sách các cơ sở kinh doanh.", ["Đội Quản lý thị trường số 3"]),
    ("Công ty Điện lực Cần Thơ thực hiện kiểm tra.", ["Công ty Điện lực Cần Thơ"]),
    ("UBND xã Giao Thủy tổ chức thực hiện.", ["UBND xã Giao Thủy"]),
    ("UBND xã Cần Kiệm tổ chức thực hiện.", ["UBND xã Cần Kiệm"]),
])
def test_mend12_capitalised_verb_and_paper_is_no_place(text, units):
    assert leading_units(text) == units


# The Party's cells and committees with "bộ" printed once ("Các chi, đảng bộ trực thuộc") are one unit, as
# "Các chi bộ, đảng bộ trực thuộc" is, in an assignment's opening and in a unit cell.
@pytest.mark.parametrize("text, units", [
    ("Các chi, đảng bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.", ["Các chi, đảng bộ trực thuộc"]),
    ("Các chi, đảng bộ cơ sở tổ chức học tập chuyên đề năm 2025.", ["Các chi, đảng bộ cơ sở"]),
    ("Các chi bộ, đảng bộ trực thuộc xây dựng kế hoạch.", ["Các chi bộ, đảng bộ trực thuộc"]),
])
def test_redteam3_cells_and_committees_printed_once(text, units):
    assert leading_units(text) == units


def test_redteam3_cells_and_committees_in_a_unit_cell():
    assert split_units("Ban Tuyên giáo Huyện ủy; các chi, đảng bộ trực thuộc") == (
        ["Ban Tuyên giáo Huyện ủy", "các chi, đảng bộ trực thuộc"], [])


# A unit's name ends before a phrase qualifying it: where, for whom or over what it acts ("tương ứng với
# từng địa bàn", "theo từng cụm", "thuộc phạm vi quản lý", "có liên quan đến …"). "(có) liên quan" closing
# a name stays, as do "thuộc <body>" and a board's field after "về".
@pytest.mark.parametrize("text, heading, units", [
    ("Tổ công tác liên ngành tương ứng với từng địa bàn kiểm tra tổ chức kiểm tra việc chấp hành quy định.",
     False, ["Tổ công tác liên ngành"]),
    ("Tổ công tác liên ngành tương ứng với từng địa bàn kiểm tra", True, ["Tổ công tác liên ngành"]),
    ("Đoàn kiểm tra liên ngành tương ứng từng cụm xã chủ trì kiểm tra.", False, ["Đoàn kiểm tra liên ngành"]),
    ("Các Tổ công tác theo từng cụm dân cư tổ chức tuyên truyền.", False, ["Các Tổ công tác"]),
    ("Tổ kiểm tra tại từng thôn, bản phối hợp thực hiện.", False, ["Tổ kiểm tra"]),
    ("Các cơ quan, đơn vị thuộc phạm vi quản lý của Sở Y tế tổ chức triển khai.", False, ["Các cơ quan, đơn vị"]),
    ("Các đơn vị có liên quan đến công tác bầu cử phối hợp thực hiện.", False, ["Các đơn vị có liên quan"]),
    ("Các doanh nghiệp có liên quan tới hoạt động vận tải hành khách chủ động rà soát.", False,
     ["Các doanh nghiệp có liên quan"]),
    # not cut: a bare "có liên quan", "thuộc" a body, a board's field after "về"
    ("Các cơ quan, đơn vị có liên quan phối hợp thực hiện.", False, ["Các cơ quan, đơn vị có liên quan"]),
    ("Các phòng, đơn vị thuộc Sở triển khai thực hiện.", False, ["Các phòng, đơn vị thuộc Sở"]),
    ("Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện chủ trì kiểm tra.", False,
     ["Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện"]),
    ("Ban Chỉ đạo về phòng, chống tội phạm, tệ nạn xã hội thị xã chỉ đạo thực hiện.", False,
     ["Ban Chỉ đạo về phòng, chống tội phạm, tệ nạn xã hội thị xã"]),
    ("Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã triển khai.", False,
     ["Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã"]),
])
def test_t5_a_qualifying_phrase_ends_a_units_name(text, heading, units):
    assert leading_units(text, heading) == units


# A count-free list of things after a colon ("Tài liệu tuyên truyền: tờ rơi, pa nô, khẩu hiệu") names no
# doer, wherever it stands; a unit with its duty after the colon ("Công an xã: chủ trì …") still leads.
@pytest.mark.parametrize("text, units", [
    ("Tài liệu tuyên truyền: tờ rơi, pa nô, khẩu hiệu.", []),
    ("Sản phẩm: báo cáo, video clip, bộ ảnh tư liệu.", []),
    ("Ấn phẩm: Bản tin, tờ gấp, sổ tay hỏi đáp.", []),
    ("Sản phẩm: Cổng thông tin điện tử huyện, Trang thông tin điện tử các xã.", []),
    ("Phương tiện: xe loa lưu động, pa nô, áp phích.", []),
    ("Công an xã: chủ trì phối hợp các ban, ngành rà soát.", ["Công an xã"]),
    ("Phòng Văn hóa - Thông tin: hướng dẫn, kiểm tra việc treo băng rôn.", ["Phòng Văn hóa - Thông tin"]),
])
def test_t5_an_object_list_after_a_colon_is_no_doer(text, units):
    assert leading_units(text) == units
    assert names_a_doer(text) == bool(units)


# A team named for the hazard it works against ("Tổ phòng, chống dịch", "Đội phòng chống cháy rừng") is a
# unit, as "Tổ công tác phòng, chống dịch" is; a qualifier after it ends its name as for any unit.
@pytest.mark.parametrize("text, heading, units", [
    ("Tổ phòng, chống dịch xã chủ trì giám sát ca bệnh.", False, ["Tổ phòng, chống dịch xã"]),
    ("Tổ phòng chống dịch cộng đồng thôn 2 tuyên truyền, vận động.", False, ["Tổ phòng chống dịch cộng đồng thôn 2"]),
    ("Đội phòng, chống cháy rừng xã Phước Sơn tuần tra, canh gác.", False, ["Đội phòng, chống cháy rừng xã Phước Sơn"]),
    ("Tổ phòng, chống dịch tương ứng với từng thôn, buôn", True, ["Tổ phòng, chống dịch"]),
    ("Các Tổ phòng, chống dịch thôn, buôn phối hợp thực hiện.", False, ["Các Tổ phòng, chống dịch thôn, buôn"]),
])
def test_t5_a_team_against_a_hazard_is_a_unit(text, heading, units):
    assert leading_units(text, heading) == units


@pytest.mark.parametrize("sentence, units", [
    # awkward inputs (h2): "thống kê" used as a verb, told by what is counted, ends the unit's name
    ("Trưởng các thôn thống kê thiệt hại do rét đậm, rét hại gây ra, báo cáo Uỷ ban nhân dân xã.", ["Trưởng các thôn"]),
    ("UBND các xã, thị trấn thống kê số hộ nuôi chó, mèo trên địa bàn.", ["UBND các xã, thị trấn"]),
    ("Trưởng ban nhân dân các ấp thống kê, báo cáo diện tích lúa bị nhiễm mặn.", ["Trưởng ban nhân dân các ấp"]),
    ("Hội Nông dân xã thống kê danh sách hội viên vay vốn.", ["Hội Nông dân xã"]),
    # the noun in a name stays
    ("Chi cục Thống kê huyện cung cấp số liệu về dân số.", ["Chi cục Thống kê huyện"]),
    ("Công chức Văn phòng - Thống kê xã tổng hợp kết quả.", ["Công chức Văn phòng - Thống kê xã"]),
])
def test_awkward_counting_ends_a_units_name(sentence, units):
    assert leading_units(sentence) == units


# mend1: a fire-fighting or rescue team is named for that work as a team against a hazard is ("Đội phòng cháy
# chữa cháy cơ sở", "Tổ phòng cháy, chữa cháy liên gia", "Đội cứu nạn, cứu hộ xã"); its abbreviations are capitals.
@pytest.mark.parametrize("text, units", [
    ("Đội phòng cháy chữa cháy cơ sở tổ chức diễn tập.", ["Đội phòng cháy chữa cháy cơ sở"]),
    ("Đội phòng cháy và chữa cháy xã Tân Hòa tổ chức diễn tập.", ["Đội phòng cháy và chữa cháy xã Tân Hòa"]),
    ("Tổ phòng cháy chữa cháy thôn tuần tra.", ["Tổ phòng cháy chữa cháy thôn"]),
    ("Tổ phòng cháy, chữa cháy liên gia số 5 kiểm tra.", ["Tổ phòng cháy, chữa cháy liên gia số 5"]),
    ("Đội cứu nạn, cứu hộ xã ứng trực.", ["Đội cứu nạn, cứu hộ xã"]),
    ("Đội cứu hộ cứu nạn phường Hòa Hải tham gia diễn tập.", ["Đội cứu hộ cứu nạn phường Hòa Hải"]),
    ("Đội phòng cháy chữa cháy rừng xã Hương Sơn tuần tra.", ["Đội phòng cháy chữa cháy rừng xã Hương Sơn"]),
    ("Đội PCCC và CNCH huyện hướng dẫn nghiệp vụ.", ["Đội PCCC và CNCH huyện"]),
    ("Tổ PCCC thôn Bản Lầu kiểm tra bình chữa cháy.", ["Tổ PCCC thôn Bản Lầu"]),
])
def test_mend1_a_fire_or_rescue_team_is_a_unit(text, units):
    assert leading_units(text) == units


# h6: a body named for coordinating ("Hội đồng phối hợp …", "Ban phối hợp liên ngành …", "Tổ phối hợp liên
# ngành …") keeps "phối hợp" and the name after it: the role word is the one after the whole name.
@pytest.mark.parametrize("text, lead, support", [
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện chủ trì, phối hợp với Phòng Tư pháp tổ chức Ngày "
     "Pháp luật.", ["Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện"], ["Phòng Tư pháp"]),
    ("Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật thành phố chủ trì tổ chức hội nghị.",
     ["Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật thành phố"], []),
    ("Giao Ban phối hợp liên ngành về vệ sinh an toàn thực phẩm xã chủ trì, phối hợp với Trạm Y tế xã kiểm tra.",
     ["Ban phối hợp liên ngành về vệ sinh an toàn thực phẩm xã"], ["Trạm Y tế xã"]),
    ("Tổ phối hợp liên ngành phòng, chống ma túy thị trấn chủ trì, phối hợp Công an thị trấn rà soát.",
     ["Tổ phối hợp liên ngành phòng, chống ma túy thị trấn"], ["Công an thị trấn"]),
    ("Tổ công tác phối hợp liên ngành phường chủ trì kiểm tra các cơ sở kinh doanh.",
     ["Tổ công tác phối hợp liên ngành phường"], []),
    ("Phòng Tư pháp chủ trì, phối hợp với Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức.",
     ["Phòng Tư pháp"], ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]),
    ("Công an xã chủ trì, phối hợp với Tổ phối hợp liên ngành phòng, chống ma túy xã và các thôn tổ chức.",
     ["Công an xã"], ["Tổ phối hợp liên ngành phòng, chống ma túy xã", "các thôn"]),
])
def test_h6_a_body_named_for_coordinating_stays_whole(text, lead, support):
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, want", [
    # "phối hợp" after a body's own name, or before its partner, is the role word
    ("Ban Tuyên giáo phối hợp với Hội Nông dân xã tổ chức.", ["Ban Tuyên giáo"]),
    ("Hội đồng thi đua, khen thưởng huyện chủ trì xét chọn.", ["Hội đồng thi đua, khen thưởng huyện"]),
    ("Hội Cựu chiến binh xã phối hợp thực hiện.", ["Hội Cựu chiến binh xã"]),
    ("Ban Chỉ đạo phối hợp liên ngành xã chủ trì.", ["Ban Chỉ đạo phối hợp liên ngành xã"]),
])
def test_h6_phoi_hop_after_a_named_body_is_its_role(text, want):
    assert leading_units(text) == want


@pytest.mark.parametrize("text, lead, support", [
    # "giao X phối hợp với|cùng Y …": the one given the work leads, Y is its partner
    ("Rà soát các điểm sạt lở; giao Ban Chỉ huy Quân sự xã phối hợp với Công an xã thực hiện trước ngày 30/5/2025.",
     ["Ban Chỉ huy Quân sự xã"], ["Công an xã"]),
    ("Kiểm tra an toàn thực phẩm; giao cho Trạm Y tế phường phối hợp với Công an phường thực hiện.",
     ["Trạm Y tế phường"], ["Công an phường"]),
    ("Giao Phòng Văn hóa và Thông tin phối hợp chặt chẽ với Trung tâm Văn hóa - Thể thao huyện tổ chức giải.",
     ["Phòng Văn hóa và Thông tin"], ["Trung tâm Văn hóa - Thể thao huyện"]),
    ("Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với UBND các huyện, thành phố thực hiện.",
     ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["UBND các huyện, thành phố"]),
    ("Giao Trường Tiểu học Hòa Bình phối hợp cùng Hội Cha mẹ học sinh tổ chức lớp học bơi.",
     ["Trường Tiểu học Hòa Bình"], ["Hội Cha mẹ học sinh"]),
    # the readings of "phối hợp" as a role stay
    ("Giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã thực hiện.", ["Công an xã"],
     ["Ban Chỉ huy Quân sự xã"]),
    ("Giao Trường Trung học cơ sở Nà Hang phối hợp thực hiện.", ["Trường Trung học cơ sở Nà Hang"], []),
])
def test_h8_giao_x_phoi_hop_voi_y_leads_x(text, lead, support):
    assert responsible_units(text) == (lead, support)



# ---------------------------------------------------------------- h5: societies' unions, programme verbs
@pytest.mark.parametrize("cell, lead, support", [
    ("Ban Tổ chức Hội thi, Liên hiệp hội tỉnh", ["Ban Tổ chức Hội thi", "Liên hiệp hội tỉnh"], []),
    ("Sở Khoa học và Công nghệ, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang",
     ["Sở Khoa học và Công nghệ", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang"], []),
    ("Tỉnh đoàn chủ trì, phối hợp Đoàn Khối các cơ quan tỉnh", ["Tỉnh đoàn"], ["Đoàn Khối các cơ quan tỉnh"]),
    ("Huyện đoàn; Liên minh Hợp tác xã tỉnh phối hợp", ["Huyện đoàn"], ["Liên minh Hợp tác xã tỉnh"]),
])
def test_h5_union_of_societies_heads_a_unit(cell, lead, support):
    assert split_units(cell) == (lead, support)


@pytest.mark.parametrize("text, doer", [
    ("Hiệu trưởng phát biểu chúc mừng các thầy cô", "Hiệu trưởng"),
    ("Chủ tịch UBND xã đánh trống khai giảng", "Chủ tịch UBND xã"),
    ("Bí thư Đoàn trường đọc thư chúc mừng của Trung ương Đoàn", "Bí thư Đoàn trường"),
])
def test_h5_programme_verbs_end_the_doer(text, doer):
    from extractors.units import leading_units
    assert leading_units(text)[:1] == [doer]


@pytest.mark.parametrize("text, lead", [
    # the doer's clause closed by a time after its verb
    ("Tuyên truyền pháp luật về phòng cháy, chữa cháy; Công an xã thực hiện thường xuyên trong năm.", ["Công an xã"]),
    ("Kiểm tra các cơ sở kinh doanh thực phẩm; Phòng Kinh tế thực hiện trong quý III/2025.", ["Phòng Kinh tế"]),
    ("Rà soát hồ sơ đất đai; Văn phòng HĐND và UBND huyện thực hiện trước ngày 30/6/2026.",
     ["Văn phòng HĐND và UBND huyện"]),
    ("Tổ chức hội thi tìm hiểu pháp luật; Đoàn Thanh niên thực hiện hằng năm.", ["Đoàn Thanh niên"]),
    ("Tổng kết mô hình; Hội Nông dân xã thực hiện từ tháng 5 đến tháng 9/2025.", ["Hội Nông dân xã"]),
    # ... not when the verb goes on to its object or a place: the sentence's own work
    ("Các thôn tổ chức thực hiện trong tháng 3 việc ra quân dọn vệ sinh môi trường.", []),
    ("Tập huấn nghiệp vụ; các trường thực hiện trong các lớp học.", []),
    ("Ủy ban nhân dân xã thực hiện trong năm 2025 các nội dung sau:", []),
])
def test_s25_doer_clause_closed_by_a_time(text, lead):
    assert responsible_units(text)[0] == lead


# v26h4: a commune's village animal-health workers are tasked as a unit in a livestock-epidemic plan
@pytest.mark.parametrize("text", ["Thú y viên các thôn, bản", "Thú y viên cơ sở", "Thú y viên xã Trọng Hóa"])
def test_v26h4_village_vet_workers_are_a_unit(text):
    assert is_unit(text)


# h3 (v26): an office or a standing committee named bare, then its verb of work: the verb is what it does,
# not its name ("Văn phòng thực hiện …" was read as a unit "Văn phòng thực hiện")
@pytest.mark.parametrize("sentence, want", [
    ("Văn phòng thực hiện định kỳ hằng tháng việc rà soát thủ tục hành chính.", ["Văn phòng"]),
    ("Văn phòng tổng hợp, báo cáo kết quả về UBND huyện trước ngày 20/12/2025.", ["Văn phòng"]),
    ("Văn phòng xây dựng kế hoạch kiểm tra công vụ quý III.", ["Văn phòng"]),
    ("Thường trực tổ chức giao ban định kỳ với các chi hội.", ["Thường trực"]),
    # a name the office carries keeps its words; a team's head may still be named for its work
    ("Văn phòng đăng ký đất đai thực hiện cấp giấy chứng nhận.", ["Văn phòng đăng ký đất đai"]),
    ("Văn phòng HĐND và UBND xã thực hiện niêm yết công khai.", ["Văn phòng HĐND và UBND xã"]),
    ("Tổ kiểm tra liên ngành thực hiện kiểm tra các cơ sở kinh doanh.", ["Tổ kiểm tra liên ngành"]),
])
def test_h3f_bare_office_then_its_verb(sentence, want):
    assert leading_units(sentence) == want


# a long chain of numbers after the doer's time is read in one pass (the tail's numbers were split into
# pieces every way, 2x the time per number: forty of them would not finish)
def test_m11_doer_time_tail_over_a_long_chain_of_numbers():
    chain = "-".join(str(2000 + k) for k in range(40))
    assert responsible_units(f"Rà soát hồ sơ; Phòng Kinh tế thực hiện trong năm {chain} đợt kiểm tra.")[0] == []
    assert responsible_units(f"Rà soát hồ sơ; Phòng Kinh tế thực hiện trong năm {chain}.")[0] == ["Phòng Kinh tế"]
    dates = " ".join(f"{k % 28 + 1}/{k % 12 + 1}/2025" for k in range(40))
    assert responsible_units(f"Tiêm phòng; Trạm Thú y thực hiện trước ngày {dates} cho đàn gia súc.")[0] == []


# a number with a dot inside ("tháng 10.2025") is one token of the time: what follows it decides
@pytest.mark.parametrize("text, lead", [
    ("Tiêm phòng; Phòng Y tế thực hiện trong tháng 10.2025 việc tiêm phòng cho đàn gia súc.", []),
    ("Tiêm phòng dại cho chó, mèo; Trạm Thú y huyện thực hiện trong tháng 10.2025.", ["Trạm Thú y huyện"]),
    ("Kiểm tra an toàn thực phẩm; Phòng Kinh tế thực hiện trong quý IV/2025 các cơ sở sản xuất.", []),
    ("Tổng kết công tác; Hội Phụ nữ xã thực hiện trong giai đoạn 2021 - 2025 các phong trào thi đua.", []),
    ("Sơ kết mô hình; Hội Cựu chiến binh xã thực hiện trong năm 2024 - 2025.", ["Hội Cựu chiến binh xã"]),
])
def test_m11_doer_time_tail_numbers_read_whole(text, lead):
    assert responsible_units(text)[0] == lead


# the time word closes the clause right before its punctuation too ("thực hiện thường xuyên.")
@pytest.mark.parametrize("text, lead", [
    ("Tuyên truyền; Công an xã thực hiện thường xuyên.", ["Công an xã"]),
    ("Tuyên truyền phòng chống ma túy; Đoàn Thanh niên xã thực hiện thường xuyên, liên tục.", ["Đoàn Thanh niên xã"]),
    ("Kiểm tra hồ sơ; Văn phòng - Thống kê xã thực hiện định kỳ;", ["Văn phòng - Thống kê xã"]),
    ("Vệ sinh môi trường; các thôn thực hiện thường xuyên việc thu gom rác thải.", []),
])
def test_m11_doer_time_word_before_its_punctuation(text, lead):
    assert responsible_units(text)[0] == lead


# ---- m13 (rv3 #11): a doer's time after its verb may range over time words ("từ tháng 3 – tháng 5/2025")
@pytest.mark.parametrize("text, lead", [
    ("Tuyên truyền; Công an xã thực hiện từ tháng 3 – tháng 5/2025.", ["Công an xã"]),
    ("Ra quân dọn vệ sinh; Đoàn Thanh niên xã thực hiện từ quý II - quý III/2025.", ["Đoàn Thanh niên xã"]),
    ("Rà soát hộ nghèo; Công chức Lao động - Thương binh và Xã hội thực hiện từ tháng 9 - tháng 11/2025;",
     ["Công chức Lao động - Thương binh và Xã hội"]),
])
def test_m13_doer_clause_with_a_range_of_time_words(text, lead):
    assert responsible_units(text)[0] == lead


def test_h2memo_word_fold_and_key_without_their_memos_read_as_before():
    """A token's fold and key (asked once a token, no memo of their own): the same-length fold of the
    word, and the key that tells tone placement and case apart from other letters, over varied words."""
    from extractors.units import _fold, _key, _word_fold

    words = ["Uỷ", "Ủy", "hoà", "hòa", "ĐẮK", "Đắk", "Lắk", "Thuỷ", "thủy", "Gia", "UBND", "Ninh", "Thuận",
             "Ea", "H'Leo", "Phước", "ngày", "15/3"]
    for w in words:
        assert _word_fold(w) == _fold(w) and len(_word_fold(w)) == len(w)
    assert _key("Uỷ") == _key("Ủy") and _key("hoà") == _key("Hòa") and _key("ĐẮK") == _key("đắk")
    assert _key("Lắk") != _key("Lak") and _key("Thuận") != _key("Thuần")
    assert _word_fold("Đắk Lắk") == "dak lak"


# ---- v28 h5: a hospital's general departments, "tổng hợp" their name's last words, not a verb
@pytest.mark.parametrize("text, lead, support", [
    ("Triển khai bảng kiểm an toàn phẫu thuật. Khoa Ngoại tổng hợp chủ trì, phối hợp với Khoa Gây mê hồi sức thực "
     "hiện; trong Quý II/2025.", ["Khoa Ngoại tổng hợp"], ["Khoa Gây mê hồi sức"]),
    ("Rà soát phác đồ điều trị. Khoa Nội tổng hợp chủ trì, phối hợp với Khoa Dược thực hiện.",
     ["Khoa Nội tổng hợp"], ["Khoa Dược"]),
    ("Rà soát hồ sơ bệnh án. Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Khoa Nội tổng hợp thực hiện.",
     ["Phòng Kế hoạch tổng hợp"], ["Khoa Nội tổng hợp"]),
])
def test_v28h5_hospital_general_departments(text, lead, support):
    from extractors.units import responsible_units
    assert responsible_units(text) == (lead, support)


# ---- h6 (v28): the doer printed after the duty (units.duty_doers)
@pytest.mark.parametrize("text, lead, support", [
    ("Khăn quàng đeo cho đại biểu: BCH Liên đội.", ["BCH Liên đội"], []),
    ("Âm thanh, loa đài, phông chữ: Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"], []),
    ("Tổ chức lễ ra quân hưởng ứng Tháng hành động: BCH Liên đội + Tổng phụ trách Đội", ["BCH Liên đội", "Tổng phụ trách Đội"], []),
    ("Kịch bản: BCH Liên đội + Tổng phụ trách Đội lên kịch bản, tập dượt.", ["BCH Liên đội", "Tổng phụ trách Đội"], []),
    ("Lập danh sách đại biểu: Liên đội trưởng tổng hợp.", ["Liên đội trưởng"], []),
    ("Trang trí khánh tiết (Đoàn TN, Văn phòng)", ["Đoàn TN", "Văn phòng"], []),
    ("Viết tin bài trên trang thông tin điện tử (Công chức Văn hóa - Xã hội; Đài truyền thanh xã)",
     ["Công chức Văn hóa - Xã hội", "Đài truyền thanh xã"], []),
    ("Rà soát hộ cận nghèo trên địa bàn – Giao: Công chức Văn hóa - Xã hội", ["Công chức Văn hóa - Xã hội"], []),
    ("Dọn vệ sinh nghĩa trang liệt sĩ - Giao: Đoàn Thanh niên xã, phối hợp: Hội Cựu chiến binh",
     ["Đoàn Thanh niên xã"], ["Hội Cựu chiến binh"]),
    ("Trang trí hội trường, cắm hoa (Đoàn Thanh niên phường, Hội Liên hiệp Phụ nữ phường).",
     ["Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"], []),
])
def test_h6v28_duty_then_doer(text, lead, support):
    from extractors.units import duty_doers
    assert duty_doers(text) == (lead, support)


@pytest.mark.parametrize("text", [
    "Thành phần: Đoàn viên, thanh niên",            # who takes part: context
    "Địa điểm: Hội trường UBND xã",
    "Thời gian: 8 giờ ngày 2/9",
    "Hình thức: trực tuyến",
    "Đại biểu khách mời: Đại diện Ban Thường trực Hội đồng Đội huyện",
    "Công an xã: Rà soát đối tượng",                # the unit heads its duty: read the other way
    "Chào cờ (Khánh)",                               # a person's name is no unit
    "Họp giao ban (Giấy mời riêng)",
    "Tổ chức cho học sinh rước đèn (cả ngày)",
    "Tuyên truyền trên loa (theo Kế hoạch)",
    "Mục tiêu: Đạt 100% số hộ",
])
def test_h6v28_duty_then_doer_not_a_doer(text):
    from extractors.units import duty_doers
    assert duty_doers(text) == ([], [])


# ---- m16 (rv6 #5): "nội/ngoại tổng hợp" is a hospital department's name only after "Khoa"
@pytest.mark.parametrize("text, lead, support", [
    # (the reviewer's inputs)
    ("Công an xã chủ trì, phối hợp với Ban Đối ngoại tổng hợp tình hình.", ["Công an xã"], ["Ban Đối ngoại"]),
    ("Giao Ban Đối ngoại chủ trì, phối hợp với các cơ quan liên quan; Ban Đối ngoại tổng hợp, báo cáo kết quả.",
     ["Ban Đối ngoại"], None),
    # (other wordings)
    ("Văn phòng UBND tỉnh chủ trì, phối hợp với Phòng Đối ngoại tổng hợp ý kiến các sở, ngành.",
     ["Văn phòng UBND tỉnh"], ["Phòng Đối ngoại"]),
    ("Công an huyện chủ trì, phối hợp với Ủy ban Đối ngoại tổng hợp tình hình người nước ngoài.", ["Công an huyện"],
     ["Ủy ban Đối ngoại"]),
])
def test_m16_general_department_only_after_khoa(text, lead, support):
    from extractors.units import responsible_units
    got = responsible_units(text)
    assert got[0] == lead and all("tổng hợp" not in u for u in got[0] + got[1])
    assert support is None or got[1] == support


# ---- review of h6 (v28), rv h1 (v29): the units a duty reaches are no doers of it
@pytest.mark.parametrize("text", [
    "Kiểm tra an toàn phòng cháy tại các cơ sở: Trường Mầm non Sơn Ca, Trường Tiểu học Quang Trung",
    "Bồi dưỡng nghiệp vụ cho các đối tượng: Công chức Địa chính - Xây dựng, Trưởng bản",
    "Khen thưởng các tập thể tiêu biểu: Chi đoàn Bệnh viện, Chi hội Nông dân thôn 4",
    "Thăm, chúc Tết các đơn vị đóng quân trên địa bàn phường: Đồn Biên phòng Cửa khẩu, Hải đội 2",
    "Gửi giấy mời đến: Thường trực Đảng ủy, HĐND, UBND phường",
    "Báo cáo kết quả gửi về: Sở Văn hóa, Thể thao và Du lịch",
    "Mời dự lễ khai giảng: Thường trực Thị ủy, Phòng Giáo dục và Đào tạo",
    "Tập huấn kỹ năng cho cán bộ các đoàn thể (Hội Cựu chiến binh, Hội Nông dân, Đoàn Thanh niên)",
])
def test_rv_h1v29_duty_objects_are_no_doers(text):
    from extractors.units import duty_doers
    assert duty_doers(text) == ([], [])


@pytest.mark.parametrize("text, lead", [
    ("Tổng hợp báo cáo của các đơn vị: Văn phòng Sở", ["Văn phòng Sở"]),          # whose reports: no object list
    ("Tập huấn cho các trường. Phụ trách: Phòng Giáo dục và Đào tạo", ["Phòng Giáo dục và Đào tạo"]),
    ("Đón tiếp khách mời: Văn phòng HĐND và UBND phường", ["Văn phòng HĐND và UBND phường"]),
    ("Hoa tặng cho đại biểu: Chi đoàn khoa Nội", ["Chi đoàn khoa Nội"]),
])
def test_rv_h1v29_duty_doers_still_read(text, lead):
    from extractors.units import duty_doers
    assert duty_doers(text)[0] == lead


@pytest.mark.parametrize("text", [
    "Xã Thanh Sơn: Nhà văn hóa thôn 4, Trạm Y tế xã",     # a place, then where in it: venues
    "Phường Hòa Cường Bắc: Nhà văn hóa tổ dân phố 12",
    "Khu phố 3: Trường Mầm non Sao Mai",
    "Thôn Đồng Tâm: Điểm trường Tiểu học Kim Đồng",
])
def test_rv_h1v29_place_heading_no_duty(text):
    from extractors.units import duty_doers
    assert duty_doers(text) == ([], [])


@pytest.mark.parametrize("text, lead", [
    ("Tổ chức Lễ phát động Tết trồng cây (Nhà văn hóa bản Nà Lừa)", []),     # where it is held
    ("Giải bóng chuyền hơi người cao tuổi: Nhà thi đấu thị xã", []),
    ("Hội diễn văn nghệ quần chúng (Trung tâm Văn hóa - Thể thao quận)", ["Trung tâm Văn hóa - Thể thao quận"]),
])
def test_rv_h1v29_venue_no_doer(text, lead):
    from extractors.units import duty_doers
    assert duty_doers(text)[0] == lead


@pytest.mark.parametrize("text, lead", [
    ("Mỗi lớp chuẩn bị 02 tiết mục múa: Giáo viên chủ nhiệm", ["Giáo viên chủ nhiệm"]),   # "mỗi" (each), no "mời"
    ("Mới thành lập câu lạc bộ dân vũ: Chi hội Phụ nữ tổ 7", ["Chi hội Phụ nữ tổ 7"]),
    ("Mời dự lễ tuyên dương: Thường trực Đảng ủy phường", []),
])
def test_rv_h1v29_invitation_told_by_its_tone_marks(text, lead):
    from extractors.units import duty_doers
    assert duty_doers(text)[0] == lead


# ---- v29 h5: a school's Youth Union ("Đoàn trường"), its labour board ("Ban lao động nhà trường"), and
# its Pioneer units and their leader printed in lower case after another body in a cell
@pytest.mark.parametrize("text, lead, support", [
    ("Đoàn trường chủ trì, phối hợp với Liên đội tổ chức ra quân dọn vệ sinh khuôn viên.", ["Đoàn trường"], ["Liên đội"]),
    ("Giao Đoàn trường THPT Nguyễn Du chủ trì, phối hợp với Công đoàn trường thực hiện.",
     ["Đoàn trường THPT Nguyễn Du"], ["Công đoàn trường"]),
    ("Ban lao động nhà trường chủ trì, phối hợp với giáo viên chủ nhiệm phân công khu vực cho các lớp.",
     ["Ban lao động nhà trường"], ["giáo viên chủ nhiệm"]),
    ("Tổ văn phòng chủ trì, phối hợp Ban lao động nhà trường chuẩn bị dụng cụ trồng cây.",
     ["Tổ văn phòng"], ["Ban lao động nhà trường"]),
])
def test_v29h5_school_youth_union_and_labour_board(text, lead, support):
    from extractors.units import responsible_units
    assert responsible_units(text) == (lead, support)


@pytest.mark.parametrize("text, unit", [
    ("Đoàn trường tổ chức cho đoàn viên trồng cây xanh quanh sân trường.", "Đoàn trường"),
    ("BCH Đoàn trường THCS Tân Phú xây dựng kế hoạch hoạt động tháng 3.", "BCH Đoàn trường THCS Tân Phú"),
    ("Ban lao động nhà trường phân công các lớp lao động theo khu vực.", "Ban lao động nhà trường"),
])
def test_v29h5_school_bodies_lead_the_sentence(text, unit):
    from extractors.units import is_unit, leading_units
    assert leading_units(text) == [unit] and is_unit(unit)


@pytest.mark.parametrize("cell, units", [
    ("đoàn trường, liên đội", ["đoàn trường", "liên đội"]),
    ("Đoàn trường, liên đội", ["Đoàn trường", "liên đội"]),
    ("giáo viên chủ nhiệm, tổng phụ trách đội", ["giáo viên chủ nhiệm", "tổng phụ trách đội"]),
    ("ban giám hiệu, đoàn trường, chi đội", ["ban giám hiệu", "đoàn trường", "chi đội"]),
    ("Chi đoàn giáo viên, Ban lao động nhà trường", ["Chi đoàn giáo viên", "Ban lao động nhà trường"]),
])
def test_v29h5_lower_case_school_bodies_split_in_a_cell(cell, units):
    from extractors.units import split_units
    assert split_units(cell) == (units, [])


@pytest.mark.parametrize("text", [
    "Đoàn kết, thống nhất trong toàn trường",        # unity, not a Union
    "Lao động vệ sinh sân trường vào chiều thứ Sáu",   # the work, not the board
    "Ban hành nội quy lao động của nhà trường",        # a verb
])
def test_v29h5_not_school_bodies(text):
    from extractors.units import is_unit, leading_units
    assert not is_unit(text) and leading_units(text) == []


def test_v29h5_teachers_union_stays_one_name():
    from extractors.units import split_units
    assert split_units("Công đoàn trường, Đoàn trường") == (["Công đoàn trường", "Đoàn trường"], [])
    assert split_units("Công đoàn trường") == (["Công đoàn trường"], [])


# ---- v29 h5: a labelled doer after the duty, in lower case; no label, or a value that is no unit, names none
@pytest.mark.parametrize("text, lead", [
    ("Họp cha mẹ học sinh; Người thực hiện: giáo viên chủ nhiệm.", ["giáo viên chủ nhiệm"]),
    ("Trồng cây đầu xuân; Người phụ trách: đoàn trường, liên đội", ["đoàn trường", "liên đội"]),
    ("Rà soát hộ nghèo; Cán bộ phụ trách: công chức lao động - thương binh và xã hội", ["công chức lao động - thương binh và xã hội"]),
])
def test_v29h5_labelled_lower_case_doer(text, lead):
    from extractors.units import duty_doers
    assert duty_doers(text) == (lead, [])


@pytest.mark.parametrize("text", [
    "Họp cha mẹ học sinh: giáo viên chủ nhiệm",                     # no role label before the colon
    "Thi vẽ tranh; Người thực hiện: tất cả học sinh trong trường",   # pupils, no unit
    "Kiểm tra hồ sơ; Người thực hiện: theo phân công của Hiệu trưởng",
])
def test_v29h5_no_labelled_lower_case_doer(text):
    from extractors.units import duty_doers
    assert duty_doers(text) == ([], [])


# ---- v29 h5: a subject's teacher ("giáo viên Mĩ thuật") is a post, in a list after another body too; the
# teachers at large are not split off a staff list
@pytest.mark.parametrize("cell, units", [
    ("Tổng phụ trách Đội, giáo viên Mĩ thuật", ["Tổng phụ trách Đội", "giáo viên Mĩ thuật"]),
    ("Giáo viên Tiếng Anh, giáo viên Tin học", ["Giáo viên Tiếng Anh", "giáo viên Tin học"]),
    ("cán bộ, giáo viên, nhân viên", ["cán bộ, giáo viên, nhân viên"]),
])
def test_v29h5_subject_teacher(cell, units):
    from extractors.units import split_units
    assert split_units(cell) == (units, [])


def test_v29h5_subject_teacher_leads_and_closes_a_duty():
    from extractors.units import duty_doers, leading_units
    assert leading_units("Giáo viên Thể dục hướng dẫn học sinh khởi động.") == ["Giáo viên Thể dục"]
    assert duty_doers("Tổ chức hội thi vẽ tranh (Tổng phụ trách Đội, giáo viên Mĩ thuật).") == (
        ["Tổng phụ trách Đội", "giáo viên Mĩ thuật"], [])


# ---- v29 h5: "sớm" before the verb it hurries belongs to the predicate, not to the unit's name
@pytest.mark.parametrize("text, unit", [
    ("BCĐ các ngày lễ lớn sớm thành lập các tiểu ban phục vụ.", "BCĐ các ngày lễ lớn"),
    ("Ban Chỉ đạo phòng, chống dịch xã sớm kiện toàn các tổ công tác.", "Ban Chỉ đạo phòng, chống dịch xã"),
    ("Phòng Tài chính - Kế hoạch sớm tổng hợp nhu cầu kinh phí của các đơn vị.", "Phòng Tài chính - Kế hoạch"),
    ("Trung tâm Can thiệp sớm và Giáo dục hòa nhập tổ chức khám sàng lọc cho trẻ.",
     "Trung tâm Can thiệp sớm và Giáo dục hòa nhập"),   # "sớm" a word of the name
])
def test_v29h5_soon_before_the_verb(text, unit):
    from extractors.units import leading_units
    assert leading_units(text) == [unit]


# --- v29 h9: the address word before a duty's doers is a whole word ------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Do Văn phòng HĐND - UBND phường", "Văn phòng HĐND - UBND phường"),
    ("giao cho: Phòng Văn hóa - Thông tin huyện", "Phòng Văn hóa - Thông tin huyện"),
    ("Doanh nghiệp tư nhân Minh Phát", "Doanh nghiệp tư nhân Minh Phát"),   # no "do" it opens with
    ("Giaolưu văn nghệ các chi đoàn", "Giaolưu văn nghệ các chi đoàn"),
])
def test_h9v29_doer_address_is_a_whole_word(text, want):
    from extractors.units import _DOER_ADDRESS
    assert _DOER_ADDRESS.sub("", text) == want


# ---- v30 h5: "X phối hợp <post in lower case>" in a doer's value: the post after "phối hợp" supports, as a
# capitalised unit there does; a verb after "phối hợp" is the duty, no partner
@pytest.mark.parametrize("value, want", [
    ("Tổng phụ trách Đội phối hợp giáo viên chủ nhiệm", (["Tổng phụ trách Đội"], ["giáo viên chủ nhiệm"])),
    ("Phó Hiệu trưởng phối hợp tổ trưởng chuyên môn", (["Phó Hiệu trưởng"], ["tổ trưởng chuyên môn"])),
    ("Trạm Y tế xã phối hợp cộng tác viên dân số", (["Trạm Y tế xã"], ["cộng tác viên dân số"])),
    ("Chi hội trưởng, phối hợp tổ trưởng tổ dân phố", (["Chi hội trưởng"], ["tổ trưởng tổ dân phố"])),
    ("Phòng Văn hóa - Xã hội phối hợp tổ chức hội thi", (["Phòng Văn hóa - Xã hội phối hợp tổ chức hội thi"], [])),
    ("Công an phường phối hợp kiểm tra", (["Công an phường phối hợp kiểm tra"], [])),
])
def test_h5v30_lower_case_post_after_phoi_hop_supports(value, want):
    from extractors.units import split_units
    assert split_units(value) == want


# ---- v30 h5: a school's or an office's bare posts "Kế toán", "Thủ quỹ", "Văn thư" lead a duty and open a list's
# next unit in lower case, as "Nhân viên kế toán" does; a body whose name ends in "Kế toán" stays whole
@pytest.mark.parametrize("text, want", [
    ("Kế toán: bảo đảm kinh phí tổ chức Hội thi.", ["Kế toán"]),
    ("Văn thư cập nhật hồ sơ chuyên đề.", ["Văn thư"]),
    ("Thủ quỹ, kế toán phối hợp kiểm kê tài sản cuối năm.", ["Thủ quỹ", "kế toán"]),
    ("Hiệu trưởng, văn thư nhà trường cập nhật phần mềm quản lý.", ["Hiệu trưởng", "văn thư nhà trường"]),
    ("Phòng Tài chính - Kế toán tham mưu bố trí kinh phí.", ["Phòng Tài chính - Kế toán"]),
])
def test_h5v30_bare_office_posts_lead(text, want):
    from extractors.units import leading_units
    assert leading_units(text) == want


# ---- v30 h9: a subject's teacher is named up to the subject (a closed list), then the predicate, whatever
# verb it is ("tập", "dạy", "chấm"); which of them a lower-case "khối"/"lớp"/"các"/"trường" says; a teacher
# named by a person's name is a person, no unit, as a person after an honorific is in a closing bracket
@pytest.mark.parametrize("text, units", [
    ("Giáo viên Âm nhạc tập hát cho đội văn nghệ của trường.", ["Giáo viên Âm nhạc"]),
    ("Giáo viên Ngữ văn chấm bài kiểm tra giữa kỳ.", ["Giáo viên Ngữ văn"]),
    ("Giáo viên Địa lý dạy bù tiết nghỉ lễ.", ["Giáo viên Địa lý"]),
    ("Giáo viên Hóa học, giáo viên Vật lí dạy tăng tiết cho lớp 12.", ["Giáo viên Hóa học", "giáo viên Vật lí"]),
    ("Giáo viên Giáo dục thể chất tập luyện đội tuyển điền kinh.", ["Giáo viên Giáo dục thể chất"]),
    ("Giáo viên Toán khối 9 ôn luyện cho học sinh thi vào lớp 10.", ["Giáo viên Toán khối 9"]),
    ("Giáo viên Tiếng Anh các lớp 3, 4, 5 dạy tiết làm quen với người nước ngoài.",
     ["Giáo viên Tiếng Anh các lớp 3, 4, 5"]),
])
def test_v30h9_subject_teacher_ends_at_the_subject(text, units):
    from extractors.units import leading_units
    assert leading_units(text) == units


@pytest.mark.parametrize("text", [
    "Giáo viên Phạm Thị Hoa bồi dưỡng học sinh giỏi môn Sinh học.",   # a person
    "Giáo viên sử dụng hiệu quả thiết bị dạy học được cấp.",          # the teachers at large, a verb
    "Giáo viên Sinh hoạt chuyên môn theo nghiên cứu bài học.",         # no subject ("Sinh hoạt")
])
def test_v30h9_no_subject_teacher(text):
    from extractors.units import leading_units
    assert leading_units(text) == []


@pytest.mark.parametrize("text, lead", [
    ("Bồi dưỡng đội tuyển học sinh giỏi cấp huyện (Giáo viên Đỗ Văn Khánh).", []),
    ("Dạy bù tiết Công nghệ (giáo viên Hoàng Thị Mai).", []),
    ("Tổ chức ngày hội đọc sách (Nhân viên thư viện, giáo viên Ngữ văn).", ["Nhân viên thư viện", "giáo viên Ngữ văn"]),
    ("Trang trí hội trường đón Tết (Giáo viên Mỹ thuật).", ["Giáo viên Mỹ thuật"]),
])
def test_v30h9_teacher_in_a_closing_bracket(text, lead):
    from extractors.units import duty_doers
    assert duty_doers(text) == (lead, [])


# --- v30 h7: units fold a character as the unit list does (extractors.admin.fold_char) ------------------------
@pytest.mark.parametrize("a, b", [
    ("한국", "할각"),          # Hangul syllables: the same first consonants, other words
    ("சௌ", "சொ"),            # a Tamil vowel sign made of two pieces
])
def test_v30h7_a_letter_of_several_pieces_keeps_its_fold(a, b):
    """A character whose decomposition holds several letters folds to itself in lower case, not to its
    first piece: two other words stay two, and the fold keeps the text's length."""
    from extractors.units import _fold
    assert _fold(a) != _fold(b) and len(_fold(a)) == len(a)
    assert _fold("Ủy ban Nhân dân xã Đồng Tâm") == "uy ban nhan dan xa dong tam"
