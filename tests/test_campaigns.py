"""extractors.campaigns: a Vietnamese line in, the expected campaign names out."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors.campaigns import campaign_key, extract_campaigns  # noqa: E402
from sample_plans import PLANS, read_plan  # noqa: E402

SHARED = ROOT.parent / "shared"


def names(text):
    return [c.name for c in extract_campaigns(text)]


CASES = [
    ("a movement after 'phong trào thi đua'",
     "Phát động phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021-2025.",
     ["Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"]),
    ("a quoted list after 'phát động:' continues the cue",
     "các phong trào thi đua do tỉnh phát động: “Đồng Tháp chung sức xây dựng nông thôn mới”; "
     "“Doanh nghiệp Đồng Tháp hội nhập và phát triển”; “Dân vận khéo”.",
     ["Đồng Tháp chung sức xây dựng nông thôn mới", "Doanh nghiệp Đồng Tháp hội nhập và phát triển", "Dân vận khéo"]),
    ("each item with its own cue",
     "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, phong trào “Ngày thứ Bảy tình nguyện” và",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Ngày thứ Bảy tình nguyện"]),
    ("upper-case cue", "II. PHONG TRÀO “TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC”", ["TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"]),
    ("spaces inside the quotes are normalized",
     "tổng kết phong trào “  Người tốt  -  Việc tốt ”", ["Người tốt - Việc tốt"]),
    ("straight quotes after 'cuộc vận động'",
     'hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" năm 2025',
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    ("guillemets after 'Cuộc thi' (elections topic)",
     "Cuộc thi «Tìm hiểu Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân» dành cho cử tri",
     ["Tìm hiểu Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"]),
    ("'chủ đề' as cue",
     "Đại hội Thi đua yêu nước với chủ đề “Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc”.",
     ["Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc"]),
    ("cue a few words before, across a comma",
     "phong trào thi đua thúc đẩy xây dựng đô thị văn minh, “Sáng - xanh - sạch - đẹp”...",
     ["Sáng - xanh - sạch - đẹp"]),
    ("Hội thi and chiến dịch (health, youth)",
     "Chiến dịch “Mùa hè xanh” năm 2025 và Hội thi “Tuyên truyền viên dân số giỏi” cấp huyện",
     ["Mùa hè xanh", "Tuyên truyền viên dân số giỏi"]),
    ("a bulleted list on new lines",
     "Thành phố phát động:\n- “Xanh hóa khu công nghiệp”;\n- “Nói không với rác thải nhựa”.",
     ["Xanh hóa khu công nghiệp", "Nói không với rác thải nhựa"]),
    ("a cue on the line above the quote", "Tổng kết Phong trào thi đua\n“Dân vận khéo” giai đoạn 2021-2025",
     ["Dân vận khéo"]),
    ("the list ends where other words come in",
     "phong trào “Xây dựng trường học thân thiện” gắn với công tác “Đền ơn đáp nghĩa”",
     ["Xây dựng trường học thân thiện"]),
    ("'chủ đề' after a movement cue in the clause",
     "Phát động Tháng hành động vì an toàn thực phẩm, đợt thi đua cao điểm với chủ đề “Thực phẩm sạch cho mọi nhà”",
     ["Thực phẩm sạch cho mọi nhà"]),
    ("'chủ đề' of a youth month", "Tháng Thanh niên năm 2025 với chủ đề “Tuổi trẻ Tam Nông tiên phong chuyển đổi số”",
     ["Tuổi trẻ Tam Nông tiên phong chuyển đổi số"]),
    ("a ceremony that launches a movement with a theme",
     "Tổ chức Lễ phát động phong trào thi đua với chủ đề “Lao động sáng tạo, năng suất, hiệu quả”",
     ["Lao động sáng tạo, năng suất, hiệu quả"]),
    # negatives
    ("'chủ đề' of a show",
     "8h35 - 8h50 Biểu diễn tiết mục văn nghệ chủ đề “Khúc khải hoàn mùa xuân”", []),
    ("'chủ đề' of an exhibition",
     "Tổ chức triển lãm ảnh với chủ đề “Đất nước trọn niềm vui” tại Nhà văn hóa huyện", []),
    ("'chủ đề' of a talk", "Tổ chức tọa đàm với chủ đề “Thanh niên với chuyển đổi số” cho đoàn viên", []),
    ("'công tác' is not a cue", "quan tâm làm tốt công tác “Đền ơn đáp nghĩa” và trợ giúp xã hội", []),
    ("a quote after 'gương điển hình tiên tiến,'",
     "biểu dương gương điển hình tiên tiến, “Người tốt, việc tốt” trên địa bàn", []),
    ("another head noun between the cue and the quote",
     "tuyên truyền về phong trào thi đua và danh hiệu “Gia đình văn hóa” năm 2025", []),
    ("a slogan is not a movement", "phong trào thi đua với khẩu hiệu “Mỗi người dân là một chiến sĩ”", []),
    ("the cue is in the previous sentence",
     "Đẩy mạnh các phong trào thi đua. Nhân dân gọi đó là “ngày hội lớn” của xã", []),
    ("a steering committee's name", "theo đề xuất của Ban chỉ đạo “Toàn dân đoàn kết xây dựng đời sống văn hóa”", []),
    ("too far from the cue",
     "phong trào thi đua được các cơ quan, đơn vị trên địa bàn toàn huyện hưởng ứng rất tích cực trong năm qua "
     "nhất là “tổ tự quản”", []),
    ("empty and digit-only quotes", "phong trào “ ” và thi đua “2025”", []),
    ("an award title after 'danh hiệu thi đua'",
     "xét tặng danh hiệu thi đua “Chiến sĩ thi đua cơ sở”, “Lao động tiên tiến” cho cá nhân", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_campaign_cases(text, expected):
    assert names(text) == expected


def test_spans_ids_and_keys():
    text = "phong trào “ Người tốt - Việc tốt ”; “Dân vận khéo”"
    got = extract_campaigns(text)
    assert [(c.campaign_id, c.char_start, c.char_end) for c in got] == [(0, 13, 33), (1, 38, 50)]
    assert [text[c.char_start:c.char_end] for c in got] == ["Người tốt - Việc tốt", "Dân vận khéo"]
    assert [c.name_key for c in got] == ["người tốt việc tốt", "dân vận khéo"]


@pytest.mark.parametrize("a,b", [
    ("Người tốt, việc tốt", "Người tốt - Việc tốt"),
    ("Vì người nghèo - Không để ai bị bỏ lại phía sau", "vì người nghèo - không để ai bị bỏ lại phía sau"),
    ("Xanh – sạch – đẹp", "xanh, sạch, đẹp"),
    ("Chung tay xoá nhà tạm", "Chung tay xóa nhà tạm"),
    ("giai đoạn 2023-2030", "giai đoạn 2023 - 2030"),
    ("Toàn dân  bảo vệ\nan ninh Tổ quốc", "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"),
])
def test_campaign_key_groups_variants(a, b):
    assert campaign_key(a) == campaign_key(b)


def test_campaign_key_value():
    assert campaign_key("“Sáng - xanh - sạch - đẹp”") == "sáng xanh sạch đẹp"
    assert campaign_key("Lai Châu chung sức Xây dựng nông thôn mới") != campaign_key("Lai Châu chung tay")


# --- properties ----------------------------------------------------------------------------------

FRAGMENTS = ["phong trào ", "Phong trào thi đua ", "“", "”", '"', "«", "»", "cuộc vận động ", "chủ đề ",
             "Người tốt - việc tốt", "công tác ", "; ", ", ", ". ", "\n", "- ", " và ", "Dân vận khéo"]
TEXTS = st.one_of(st.text(max_size=200),
                  st.lists(st.sampled_from(FRAGMENTS + list("aĐ0 -:.,;")), max_size=40).map("".join))


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_property_spans_and_names(text):
    got = extract_campaigns(text)
    for i, c in enumerate(got):
        assert c.campaign_id == i
        assert 0 <= c.char_start < c.char_end <= len(text)
        assert c.name == " ".join(text[c.char_start:c.char_end].split())
        assert c.name and c.name == c.name.strip()
        assert c.name_key == campaign_key(c.name)
    assert [c.char_start for c in got] == sorted(c.char_start for c in got)


# --- the five real plans ---------------------------------------------------------------------------

@pytest.mark.skipif(not PLANS, reason="shared/sample-plans not available")
@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_real_plans_match_gold(plan):
    gold = json.loads((SHARED / "gold" / f"{plan.stem}.json").read_text(encoding="utf-8"))["campaigns"]
    found = {c.name_key for c in extract_campaigns(read_plan(plan))}
    wanted = {campaign_key(name) for name in gold}
    assert wanted <= found, "missed"
    assert found <= wanted, "extra"


# Quotes as typists and converters leave them: single quotes, straight or curly, and straight
# quotes doubled by a spreadsheet export.
@pytest.mark.parametrize("text, names", [
    ("Đẩy mạnh phong trào 'Xanh - Sạch - Đẹp' tại các thôn.", ["Xanh - Sạch - Đẹp"]),
    ("Phát động phong trào ‘Ngày Chủ nhật xanh’ tại các khu dân cư.", ["Ngày Chủ nhật xanh"]),
    ("Tổ chức cuộc thi 'Tìm hiểu pháp luật' và phong trào 'Xanh - Sạch - Đẹp'.",
     ["Tìm hiểu pháp luật", "Xanh - Sạch - Đẹp"]),
    ('Tiếp tục thực hiện Cuộc vận động ""Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"".',
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    # an apostrophe inside a Tây Nguyên name opens no quote
    ("Đẩy mạnh phong trào thi đua ở huyện Đắk R'Lấp và xã Ea H'leo trong năm 2025.", []),
    ("Phong trào thi đua tại xã Ia H'Drai 'Vì người nghèo' được phát động.", ["Vì người nghèo"]),
])
def test_campaigns_in_single_or_doubled_quotes(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# A provincial plan names several movements in one sentence, in curly and straight quotes alike.
@pytest.mark.parametrize("text, names", [
    ("Gắn phong trào “Bình dân học vụ số” với phong trào thi đua \"Cả nước chung tay xóa nhà tạm, nhà dột nát\", "
     "cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và phong trào \"Ngày Chủ nhật xanh\".",
     ["Bình dân học vụ số", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
      "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày Chủ nhật xanh"]),
    ('Tỉnh đoàn phát động đợt thi đua "Tuổi trẻ Lào Cai chung tay xóa nhà tạm" trong Tháng Thanh niên.',
     ["Tuổi trẻ Lào Cai chung tay xóa nhà tạm"]),
    ("Đề nghị Mặt trận Tổ quốc lồng ghép với Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\".",
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    # a message or a motto the movement spreads is not the movement
    ("Đẩy mạnh phong trào với thông điệp “Mỗi người dân là một công dân số” trên các nền tảng số.", []),
    ('Thi đua thực hiện phương châm "4 tại chỗ" trong phòng, chống thiên tai.', []),
    ("Triển khai phong trào “Bình dân học vụ số”, lan tỏa thông điệp \"Học tập suốt đời\".", ["Bình dân học vụ số"]),
    # a quoted title with no cue in its clause
    ("Biên soạn tài liệu “Sổ tay kỹ năng số cơ bản” bằng tiếng các dân tộc Tày, Dao, Mông.", []),
    ('Việc tuyên truyền dùng thông điệp "Mỗi người dân là một công dân số" trên các nền tảng số.', []),
])
def test_movements_of_a_provincial_plan_and_the_quotes_that_are_not(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# Quote marks mixed by autocorrect or a paste, or one mark printed for both ends: each name closes
# where it ends, and the next name's marks are its own.
@pytest.mark.parametrize("text, names", [
    ("Hưởng ứng phong trào “Ngày Chủ nhật xanh\" tại các khu dân cư.", ["Ngày Chủ nhật xanh"]),
    ("Hưởng ứng phong trào \"Ngày Chủ nhật xanh” tại các khu dân cư.", ["Ngày Chủ nhật xanh"]),
    ("Thực hiện phong trào “Bình dân học vụ số“ trên địa bàn.", ["Bình dân học vụ số"]),
    ("Thực hiện phong trào ”Bình dân học vụ số” trên địa bàn.", ["Bình dân học vụ số"]),
    ("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa\" gắn với cuộc vận động \"Toàn dân đoàn kết xây "
     "dựng nông thôn mới, đô thị văn minh\".",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ("phong trào \"Xanh - Sạch - Đẹp” và cuộc thi \"Tìm hiểu pháp luật\".", ["Xanh - Sạch - Đẹp", "Tìm hiểu pháp luật"]),
    # negatives: an opening mark left unclosed before a word, and a mixed pair with no cue
    ("phong trào “A và “Người tốt, việc tốt” năm 2025.", []),
    ("Tổ chức Ngày hội “Bình dân học vụ số\" cấp tỉnh.", []),
])
def test_campaigns_in_mixed_quote_marks(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# A mass organisation's plan: movements listed under one cue in every quote style, and the slogans,
# messages, programmes, models and ceremony themes around them that are not movements.
@pytest.mark.parametrize("text, names", [
    ("vận động hội viên tham gia các phong trào: “Ngày Chủ nhật xanh”; \"Tuyến đường hoa phụ nữ\"; «Nhà sạch, vườn đẹp».",
     ["Ngày Chủ nhật xanh", "Tuyến đường hoa phụ nữ", "Nhà sạch, vườn đẹp"]),
    ("Phát động phong trào ‘Phụ nữ Lục Ngạn khởi nghiệp’ gắn với hỗ trợ hội viên phát triển kinh tế.",
     ["Phụ nữ Lục Ngạn khởi nghiệp"]),
    ("Hội Nông dân xã phát động phong trào thi đua 'Nông dân sản xuất, kinh doanh giỏi' và «Nông dân thi đua "
     "xây dựng nông thôn mới».", ["Nông dân sản xuất, kinh doanh giỏi", "Nông dân thi đua xây dựng nông thôn mới"]),
    ("Hội Cựu chiến binh huyện phát động phong trào “Cựu chiến binh gương mẫu”, thực hiện khẩu hiệu ‘Mỗi hội viên "
     "một việc làm tốt’.", ["Cựu chiến binh gương mẫu"]),
    # a ceremony's theme, however long the ceremony's name, is not a movement
    ("tổ chức Lễ mít tinh kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam với chủ đề “Phụ nữ Lục Ngạn đoàn kết, "
     "sáng tạo, hội nhập”.", []),
    ("Tổ chức mít tinh kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025) với chủ đề "
     "“Tuổi trẻ Cao Bằng tiên phong”.", []),
    ("Duy trì Chương trình “Mẹ đỡ đầu” và mô hình “Địa chỉ tin cậy” tại cộng đồng.", []),
    ("Thi đua thực hiện tốt phương châm “Hội hướng về cơ sở” trong toàn huyện.", []),
    # a spirit, goal, resolve or call the movement spreads
    ("Đẩy mạnh phong trào thi đua với tinh thần “Nói ít, làm nhiều” trong hội viên.", []),
    ("Phong trào thi đua hướng tới mục tiêu “Không có hộ nghèo trong hội viên” năm 2025.", []),
    ("Thực hiện phong trào thi đua theo lời kêu gọi ‘Mỗi phụ nữ một việc làm tốt’.", []),
    ("Ra quân chiến dịch với slogan «Sống xanh vì tương lai» tại các thôn.", []),
    ('Thi đua với quyết tâm "Đã nói là làm, đã cam kết là thực hiện" trong Đoàn viên.', []),
    # ... but not a movement whose own name holds such a word
    ("Hưởng ứng phong trào “Phát huy tinh thần tự lực, tự cường” của Hội Nông dân tỉnh.",
     ["Phát huy tinh thần tự lực, tự cường"]),
    # the theme of a movement launched at the ceremony stays one
    ("Tổ chức Lễ mít tinh kỷ niệm Ngày Quốc tế Phụ nữ và phát động đợt thi đua với chủ đề “Phụ nữ thi đua "
     "lao động sáng tạo”.", ["Phụ nữ thi đua lao động sáng tạo"]),
])
def test_a_mass_organisation_s_movements_and_what_is_not_one(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


@pytest.mark.parametrize("text, expected", [
    # a name a line break cuts (a PDF's or a typist's wrap), in curly or straight quotes, in the title or a task
    ("Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới,\nđô thị văn minh” năm 2025;",
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ('hưởng ứng phong trào thi đua "Cả nước chung tay vì người nghèo – Không để\nai bị bỏ lại phía sau" của tỉnh',
     ["Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"]),
    ("- Tổ chức Hội thi “Tuyên truyền viên giỏi về Đại hội Đảng bộ\n   các cấp” cho báo cáo viên cơ sở",
     ["Tuyên truyền viên giỏi về Đại hội Đảng bộ các cấp"]),
    ("Phát động phong trào thi đua “Dân vận khéo” và “Xây dựng xã\nnông thôn mới kiểu mẫu”.",
     ["Dân vận khéo", "Xây dựng xã nông thôn mới kiểu mẫu"]),
    # negatives: no cue before it; the next line opens with a bullet or a number, not the name's words;
    # a mark on the next line opens another quote, not this one's end
    ("Giáo dục truyền thống “Uống nước nhớ nguồn\ncủa dân tộc” cho thế hệ trẻ", []),
    ("Đẩy mạnh phong trào “Xanh - Sạch\n- Đẹp” tại khu dân cư", []),
    ("Hưởng ứng phong trào thi đua “Cả nước chung tay\n2. Tổ chức Hội thi “Dân vận khéo”", ["Dân vận khéo"]),
])
def test_a_name_wrapped_to_the_next_line(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document cited between the cue and the quote: the quote is its trích yếu or what it is about
    ("Thi đua thực hiện Công văn số 512/UBND-NV ngày 05/3/2025 của UBND huyện về “Ngày hội Đại đoàn kết toàn dân tộc”", []),
    ("Phong trào thi đua thực hiện Kết luận số 01-KL/TW về “Học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh”", []),
    ("thi đua triển khai Hướng dẫn số 06-HD/BTGDVTW “Tuyên truyền đại hội đảng bộ các cấp”", []),
    ("phong trào thi đua thực hiện Thông tư số 01/2024/TT-BNV “Hướng dẫn công tác thi đua”", []),
    ("cuộc thi tìm hiểu Luật “Phòng, chống ma túy”", []),
    # positives: the same words as a contest's own topic, or no document between
    ("Hưởng ứng Cuộc thi tìm hiểu pháp luật “Chung tay vì an toàn giao thông” năm 2025",
     ["Chung tay vì an toàn giao thông"]),
    ("Thực hiện Kế hoạch số 12/KH-UBND, phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo”",
     ["Lao động giỏi, lao động sáng tạo"]),
    ("xét tặng danh hiệu “Tập thể lao động xuất sắc” trong phong trào thi đua “Bình dân học vụ số”",
     ["Bình dân học vụ số"]),
])
def test_a_document_cited_between_the_cue_and_the_quote(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the theme a body gives its year (or school year) is no movement's
    ("Tuyên truyền chủ đề năm 2025 “Năm tăng cường kỷ luật, kỷ cương” đến cán bộ, đảng viên", []),
    ("Quán triệt Chủ đề năm 2025 của Tỉnh ủy: “Tăng tốc, bứt phá, về đích”", []),
    ("Thực hiện chủ đề của năm “Năm chuyển đổi số”", []),
    ("Triển khai chủ đề năm học 2025-2026 “Kỷ cương, trách nhiệm, sáng tạo”", []),
    # ... but a movement's theme, its year printed before or after "chủ đề", is the movement's name
    ("Phát động phong trào thi đua năm 2025 với chủ đề “Đoàn kết, sáng tạo, về đích”", ["Đoàn kết, sáng tạo, về đích"]),
    ("Phát động phong trào thi đua với chủ đề năm 2025 “Đoàn kết, sáng tạo, về đích”", ["Đoàn kết, sáng tạo, về đích"]),
    ("Phát động cuộc thi viết năm 2025 với chủ đề “Tuổi trẻ sáng tạo”", ["Tuổi trẻ sáng tạo"]),
])
def test_a_years_theme_is_no_movement(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the head noun right after the quote names it a movement
    ("“Dân vận khéo” là phong trào thi đua do Ban Dân vận Tỉnh ủy phát động từ năm 2009.", ["Dân vận khéo"]),
    ("“Ngày Chủ nhật xanh” – phong trào do Đoàn Thanh niên phát động, thu hút đông đảo đoàn viên tham gia.",
     ["Ngày Chủ nhật xanh"]),
    ("Các chi hội tiếp tục hưởng ứng “Xuân yêu thương” (cuộc vận động) của Hội Chữ thập đỏ huyện.", ["Xuân yêu thương"]),
    ("“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” là cuộc vận động lớn của Mặt trận.",
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ("\"Tuổi trẻ sáng tạo\" - hội thi dành cho đoàn viên khối trường học", ["Tuổi trẻ sáng tạo"]),
    # negatives: the head further on, a verb or theme after the quote, another head naming the quote,
    # or the head naming the next quote
    ("“Tết vì người nghèo” là dịp để các tổ chức tham gia phong trào chung.", []),
    ("“Ngày hội Đại đoàn kết” được tổ chức tại các khu dân cư.", []),
    ("Triển khai mô hình “Dân vận khéo” là phong trào của xã.", []),
    ("Treo khẩu hiệu “Đời đời nhớ ơn các anh hùng liệt sĩ” - phong trào đền ơn đáp nghĩa được duy trì.", []),
    ("“Sống xanh” – phong trào “Ngày thứ Bảy tình nguyện” được triển khai ở các chi đoàn.",
     ["Ngày thứ Bảy tình nguyện"]),
    ("“Vì người nghèo” thi đua sôi nổi", []),
])
def test_a_movement_named_by_the_head_after_its_quote(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two single quotes typed for a double one, curled by autocorrect: one mark around the name
    ("Phong trào thi đua ‘‘Chung sức xây dựng nông thôn mới’’ giai đoạn 2021 - 2025.", ["Chung sức xây dựng nông thôn mới"]),
    ("Các phong trào: ‘‘Ngày thứ 7 tình nguyện’’, ‘‘Ngày Chủ nhật xanh’’ được duy trì.",
     ["Ngày thứ 7 tình nguyện", "Ngày Chủ nhật xanh"]),
    ("Hưởng ứng Cuộc vận động ‘‘Người Việt Nam ưu tiên dùng hàng Việt Nam’’ trong hội viên.",
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    # negatives: no cue in the clause, or another head between the cue and the quote
    ("Xã được công nhận ‘‘xã đạt chuẩn nông thôn mới nâng cao’’ năm 2024.", []),
    ("Trong phong trào thi đua, nhân rộng mô hình ‘‘Camera an ninh’’ ở các xóm.", []),
])
def test_a_name_in_doubled_curly_single_quotes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # movements as plans of several levels print them: after "Cuộc vận động", "phong trào thi đua", a name with its
    # own dash, one movement joined to another by "gắn với", straight quotes, a name a line break cuts
    ("Tiếp tục thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trên địa bàn xã.",
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    ("Đẩy mạnh phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021 – 2025.",
     ["Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"]),
    ("Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông "
     "thôn mới, đô thị văn minh”.",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ('Thực hiện phong trào "Toàn dân bảo vệ an ninh Tổ quốc" ở khu dân cư.', ["Toàn dân bảo vệ an ninh Tổ quốc"]),
    ("Hưởng ứng phong trào thi đua \"Doanh nghiệp Việt Nam\nthịnh vượng\" do Phòng Thương mại phát động.",
     ["Doanh nghiệp Việt Nam thịnh vượng"]),
    ("Phát động đợt thi đua cao điểm “90 ngày đêm hoàn thành nông thôn mới” từ tháng 9 đến tháng 12.",
     ["90 ngày đêm hoàn thành nông thôn mới"]),
    # negatives: a title, a model or a day named in quotes without a movement's cue
    ("Nhân rộng mô hình “Dân vận khéo” trong các chi hội.", []),
    ("Tuyên truyền về “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” (19/8).", []),
    ("Duy trì chuyên mục “Đức Châu chuyển đổi số” trên trang thông tin điện tử xã.", []),
])
def test_movements_as_plans_of_several_levels_print_them(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted name that opens with a campaign's own head noun names a campaign, whatever verb stands before
    # it ("tổ chức", "hưởng ứng", "phát động"): the cue is inside the quotes
    ("Tổ chức “Tháng hành động vì an toàn thực phẩm” năm 2025 trên địa bàn xã.",
     ["Tháng hành động vì an toàn thực phẩm"]),
    ("Phát động “Tháng hành động vì trẻ em” năm 2026 tại các thôn, tổ dân phố.", ["Tháng hành động vì trẻ em"]),
    ('Hưởng ứng "Tháng hành động quốc gia phòng, chống bạo lực gia đình" (tháng 6/2025).',
     ["Tháng hành động quốc gia phòng, chống bạo lực gia đình"]),
    ("Các chi đoàn ra quân «Chiến dịch Mùa hè xanh» năm 2025.", ["Chiến dịch Mùa hè xanh"]),
    ("Tổ chức “Cuộc thi tìm hiểu pháp luật trực tuyến tỉnh Quảng Trị năm 2025” đến cán bộ, nhân dân.",
     ["Cuộc thi tìm hiểu pháp luật trực tuyến tỉnh Quảng Trị năm 2025"]),
    ("Hội Chữ thập đỏ triển khai “Tháng cao điểm vận động hiến máu tình nguyện” dịp Tết.",
     ["Tháng cao điểm vận động hiến máu tình nguyện"]),
    # negatives: another head right before the quote names the quote as its own (a steering committee, a plan,
    # a model); a campaign's head deep inside a quoted title does not count
    ("Kiện toàn Ban Chỉ đạo “Tháng hành động vì an toàn thực phẩm” của xã.", []),
    ("Triển khai Kế hoạch “Tháng hành động vì môi trường năm 2025” của UBND huyện.", []),
    ("Phát hành cuốn sổ tay “Hỏi đáp về Tháng hành động vì trẻ em” cho các trường học.", []),
    ("Tổ chức “Ngày hội đọc sách” tại thư viện xã.", []),
])
def test_a_quoted_name_that_opens_with_a_campaign_s_head(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a race, a tournament, a sports meet, a festival of shows is an event, not a movement or a contest of
    # emulation: its quoted name is none, even after a movement's cue or in a list of movements
    ("Hưởng ứng phong trào thi đua, tổ chức “Giải chạy việt dã truyền thống” cấp xã.", []),
    ("Tổ chức Lễ phát động “Tháng hành động vì môi trường” và “Giải chạy vì hòa bình” tại sân vận động huyện.",
     ["Tháng hành động vì môi trường"]),
    ('Phát động "Giải Việt dã Báo Hà Nội mới - Vì hòa bình" và "Giải bóng đá thanh niên xã".', []),
    ("Phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, “Hội thao người cao tuổi”, "
     "“Khỏe để lập nghiệp”.",
     ["Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại", "Khỏe để lập nghiệp"]),
    ("Phát động phong trào thi đua, tổ chức “Liên hoan văn nghệ quần chúng mừng Đảng, mừng Xuân”.", []),
    # ... but a movement whose name opens with a word an event's name also opens with stays one
    ("Phát động phong trào “Giải phóng mặt bằng nhanh, gọn, đúng luật” trong toàn xã.",
     ["Giải phóng mặt bằng nhanh, gọn, đúng luật"]),
    ("Phát động phong trào “Giải quyết dứt điểm đơn thư tồn đọng”.", ["Giải quyết dứt điểm đơn thư tồn đọng"]),
])
def test_a_race_or_a_festival_in_quotes_is_an_event_not_a_campaign(text, expected):
    assert names(text) == expected


# A war's campaign remembered is no movement, its own head noun notwithstanding (review, session 18)
@pytest.mark.parametrize("text, names", [
    ("Tổ chức các hoạt động kỷ niệm 70 năm chiến thắng “Chiến dịch Điện Biên Phủ” (07/5/1954 - 07/5/2024).", []),
    ("Tuyên truyền kỷ niệm “Chiến dịch Hồ Chí Minh” lịch sử.", []),
    # the movement's own head still counts elsewhere
    ("Hưởng ứng “Chiến dịch làm cho thế giới sạch hơn” năm 2025.", ["Chiến dịch làm cho thế giới sạch hơn"]),
])
def test_a_remembered_battle_is_no_campaign(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# Task 7 (new plan layouts): the theme of a children's festival, a camp, a fair or a gala ("Tết Trung thu
# … với chủ đề “…”") is the event's, not a movement's; a movement's theme still counts.
@pytest.mark.parametrize("text, expected", [
    ("Tổ chức Tết Trung thu cho học sinh với chủ đề “Đêm hội trăng rằm”.", []),
    ("Tổ chức Tết Thiếu nhi 1/6 với chủ đề “Vui khỏe cùng em”.", []),
    ("Tổ chức hội trại truyền thống với chủ đề “Tuổi trẻ Cà Mau tiến bước lên Đoàn”.", []),
    ("Tổ chức ngày hội đọc sách với chủ đề “Sách - Chìa khóa tri thức”.", []),
    ("Liên hoan các nhóm nòng cốt với chủ đề “Gia đình hạnh phúc”.", []),
    # a movement's theme: the movement cue after the festival word, or a New Year's Tết in a movement
    ("Tổ chức Tết Trung thu, phát động phong trào thi đua với chủ đề “Học tốt, chăm ngoan”.",
     ["Học tốt, chăm ngoan"]),
    ("Phát động thi đua mừng Đảng, mừng Xuân, đón Tết với chủ đề “Xuân an toàn, Tết nghĩa tình”.",
     ["Xuân an toàn, Tết nghĩa tình"]),
    ("Tháng Thanh niên năm 2026 với chủ đề “Tuổi trẻ Sơn Tịnh xung kích chuyển đổi số”.",
     ["Tuổi trẻ Sơn Tịnh xung kích chuyển đổi số"]),
])
def test_task7_a_festivals_theme_is_no_campaign(text, expected):
    assert [c.name for c in extract_campaigns(text)] == expected


# A name in guillemets that a line break cuts is read across it, as one in curly or straight quotes is; a
# line that opens with a bullet or a number is no rest of it.
@pytest.mark.parametrize("text, expected", [
    ("Hưởng ứng phong trào «Xanh - Sạch - Đẹp\nvà an toàn» tại các khu dân cư.", ["Xanh - Sạch - Đẹp và an toàn"]),
    ("gắn với phong trào thi đua «Đảng viên gương mẫu,\nChi bộ trong sạch, vững mạnh» và phong trào “Dân vận khéo”.",
     ["Đảng viên gương mẫu, Chi bộ trong sạch, vững mạnh", "Dân vận khéo"]),
    ("Thực hiện cuộc vận động «Toàn dân đoàn kết xây dựng nông thôn mới,\n2. Tổ chức hội nghị", []),
    ("các phong trào do tỉnh phát động: «Ngày thứ Bảy tình nguyện»;\n- «Thắp sáng đường quê».",
     ["Ngày thứ Bảy tình nguyện", "Thắp sáng đường quê"]),
])
def test_redteam3_a_name_in_guillemets_wraps(text, expected):
    assert [c.name for c in extract_campaigns(text)] == expected


# t5real: a portal's title above the plan's own "Số:" line quotes the movement too: only the plan's mentions count
def test_t5real_campaign_quoted_above_the_header_is_the_pages():
    text = ('Kế hoạch 52/KH-UBND năm 2022 thực hiện phong trào thi đua \\"Cả nước chung tay vì người nghèo\\" tỉnh Gia Lai\n'
            "Số hiệu: 52/KH-UBND Loại văn bản: Kế hoạch\n"
            "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 52/KH-UBND\nGia Lai, ngày 04 tháng 3 năm 2022\n"
            "KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO THI ĐUA “CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO”\n")
    from extractors.references import header_number_line
    start = header_number_line(text)
    names = [c.name for c in extract_campaigns(text, start)]
    assert names == ["CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO"]
    assert len(extract_campaigns(text)) == 2


# h9 (review 23, finding 1): a draft's blank number and a basis line's "Số:" cut nothing off: the plan's campaign counts
@pytest.mark.parametrize("text, names", [
    ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố:    /KH-UBND\nKẾ HOẠCH\nTổ chức Tháng hành động\n"
     "Căn cứ Kế hoạch số 112/KH-UBND của UBND huyện Tân Sơn về hưởng ứng Cuộc vận động “Người Việt Nam ưu tiên "
     "dùng hàng Việt Nam”;\nThực hiện Công văn Số: 56/UBND-VX ngày 25/3/2025 của UBND huyện Tân Sơn;\n",
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    ("HUYỆN ĐOÀN CHƯ PĂH\nKẾ HOẠCH\nTriển khai phong trào “Thanh niên tình nguyện” năm 2025\nI. NỘI DUNG\n"
     "Các chi đoàn thực hiện theo:\nSố: 15/QĐ-HĐTN ngày 2/4/2025.\n", ["Thanh niên tình nguyện"]),
    # the plan's own number under a portal's title quoting the movement: that title is the page's
    ("Kế hoạch 9/KH-UBND thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”\nỦY BAN NHÂN DÂN\n"
     "Số: 9/KH-UBND\nKẾ HOẠCH\nThực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”\n",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
])
def test_h9_campaigns_below_a_cited_number_line(text, names):
    from extractors.references import header_number_line
    assert [c.name for c in extract_campaigns(text, header_number_line(text) or 0)] == names


# ---- v28 h5: a fund's quoted name is no movement, even after "phát động"
@pytest.mark.parametrize("text, names", [
    ("2. Phát động đợt vận động ủng hộ Quỹ “Vì người nghèo” xã năm 2026.", []),
    ("Phát động ủng hộ Quỹ “Đền ơn đáp nghĩa” và phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
     "minh” trên địa bàn phường.", ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ("Hưởng ứng phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.",
     ["Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"]),
])
def test_v28h5_fund_is_no_campaign(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# ---- m16 (rv6 #6): land, time or wages ("quỹ đất", "quỹ thời gian") are no fund that hides a movement
@pytest.mark.parametrize("text, names", [
    # (the reviewer's input)
    ("Phát động phong trào thi đua sử dụng hiệu quả quỹ đất “Dân vận khéo” trong xây dựng nông thôn mới.",
     ["Dân vận khéo"]),
    # (other wordings)
    ("Hưởng ứng phong trào sắp xếp hợp lý quỹ thời gian “Mỗi ngày một việc tốt” trong đoàn viên, thanh niên.",
     ["Mỗi ngày một việc tốt"]),
    ("Phát động phong trào thi đua khai thác hợp lý quỹ đất công ích “Vì an sinh xã hội” tại các thôn, bản.",
     ["Vì an sinh xã hội"]),
    # (a fund still hides its quote)
    ("Vận động cán bộ, công chức ủng hộ quỹ “Vì biển, đảo Việt Nam” năm 2025.", []),
])
def test_m16_land_or_time_is_no_fund(text, names):
    assert [c.name for c in extract_campaigns(text)] == names


# ---- v29 h4: the theme of an event or a conference is no movement's name
@pytest.mark.parametrize("text, names", [
    ("Ngày 10/10/2024 tổ chức chuỗi sự kiện Ngày Chuyển đổi số với chủ đề “Dữ liệu số – động lực phát triển”; "
     "phát động cuộc thi “Tìm hiểu chuyển đổi số” trong đoàn viên.", ["Tìm hiểu chuyển đổi số"]),
    ("Tổ chức Hội nghị sơ kết 6 tháng với chủ đề “Đoàn kết – Đổi mới – Hiệu quả” tại hội trường xã Ea Tu.", []),
    ("Bệnh viện tổ chức sự kiện hiến máu với chủ đề “Giọt hồng yêu thương” vào tháng 6/2025.", []),
    # (a movement cue after the conference names the quote a movement's all the same)
    ("Hội nghị phát động phong trào thi đua với chủ đề “Sáng tạo vì người bệnh” năm 2025.", ["Sáng tạo vì người bệnh"]),
])
def test_v29h4_event_or_conference_theme_is_no_movement(text, names):
    assert [c.name for c in extract_campaigns(text)] == names
