"""Administrative units: (level, name, text) in, the official unit out — or nothing when unsure."""
import time

import pytest

from extractors.admin import fold_key, names_area, new_unit, resolve_unit

# (level, locality, text, expected fields; None = resolve_unit returns None)
CASES = [
    # unique nationwide at its level: resolved without context
    ("phường", "Vĩnh Tuy", None,
     dict(province="Hà Nội", district="Hai Bà Trưng", province_code="01", district_code="007",
          ward_code="00283", resolved=True)),
    ("huyện", "Tam Đường", None,
     dict(province="Lai Châu", district=None, province_code="12", district_code="106", ward_code=None)),
    # three communes are called Dương Quang: nothing in the text, nothing chosen
    ("xã", "Dương Quang", None, None),
    # … the district named in the text decides
    ("xã", "Dương Quang", "Thực hiện Kế hoạch của UBND thị xã Mỹ Hào",
     dict(province="Hưng Yên", district="Mỹ Hào", province_code="33", district_code="328", ward_code="12112")),
    # … or the province
    ("xã", "Dương Quang", "Đại hội Đảng bộ tỉnh Bắc Kạn", dict(province="Bắc Kạn", ward_code="01849")),
    # … "Thủ đô" means Hà Nội
    ("xã", "Dương Quang", "xây dựng Thủ đô văn hiến", dict(province="Hà Nội", district="Gia Lâm")),
    # two provinces named, both fit one Dương Quang each: unresolved, nothing stated outright
    ("xã", "Dương Quang", "tỉnh Hưng Yên và tỉnh Bắc Kạn", None),
    # the only xã Vĩnh Tuy is in Kiên Giang, but the text is about Hà Nội: not that one
    ("xã", "Vĩnh Tuy", "UBND thành phố Hà Nội",
     dict(province="Hà Nội", district=None, province_code=None, ward_code=None, resolved=False)),
    # unknown unit: what the text says outright is kept, without codes
    ("xã", "Tân Hưng Lợi", "UBND huyện Đông Anh, thành phố Hà Nội",
     dict(province="Hà Nội", district="Đông Anh", ward_code=None, resolved=False)),
    # former district names (Phục Hòa merged into Quảng Hòa) and tone variants (Hoà / Hòa)
    ("huyện", "Phục Hòa", "tỉnh Cao Bằng", dict(name="Quảng Hòa", district_code="049", province="Cao Bằng")),
    ("huyện", "Quảng Hoà", "Cao Bằng", dict(name="Quảng Hòa", district_code="049")),
    # a district printed with an old level word ("huyện Mỹ Hào" is a thị xã now)
    ("huyện", "Mỹ Hào", "tỉnh Hưng Yên", dict(district_code="328", province="Hưng Yên")),
    # province-level and district-level cities
    ("thành phố", "Hà Nội", None, dict(province="Hà Nội", province_code="01", district_code=None)),
    ("thành phố", "Lạng Sơn", None, dict(province="Lạng Sơn", district=None, district_code="178")),
    ("tỉnh", "Lai Châu", None, dict(province="Lai Châu", province_code="12")),
    ("tỉnh", "Atlantis", None, None),
    ("thị trấn", "Tà Lùng", "huyện Quảng Hòa, tỉnh Cao Bằng",
     dict(province="Cao Bằng", district="Quảng Hòa", ward_code="01627")),
    # two units of one name in one province, told apart by their level word ("Cao Lãnh (Huyện)" and
    # "Cao Lãnh (Thành phố)" in the data): the name comes out as printed, without the bracket
    ("huyện", "Cao Lãnh", "tỉnh Đồng Tháp", dict(name="Cao Lãnh", district_code="873", province="Đồng Tháp")),
    ("thành phố", "Cao Lãnh", "tỉnh Đồng Tháp", dict(name="Cao Lãnh", district_code="866")),
    ("thị xã", "Kỳ Anh", "tỉnh Hà Tĩnh", dict(district_code="449")),
    ("huyện", "Kỳ Anh", "tỉnh Hà Tĩnh", dict(district_code="447")),
    ("xã", "Mỹ Hiệp", "UBND huyện Cao Lãnh, tỉnh Đồng Tháp",
     dict(district="Cao Lãnh", district_code="873", ward_code="30112")),
    ("xã", "Kỳ Tân", "Thực hiện Kế hoạch của UBND huyện Kỳ Anh", dict(district="Kỳ Anh", ward_code="18814")),
    ("thị trấn", "Mỹ An", "huyện Tháp Mười", dict(name="Mỹ An", district="Tháp Mười", ward_code="30037")),
    ("xã", "Mỹ An", "huyện Tháp Mười", dict(name="Mỹ An", district="Tháp Mười", ward_code="30064")),
    ("thị xã", "Cao Lãnh", None, None),   # no thị xã of that name: the city and the district are no match
    # the Party committee or Youth Union of a district names it ("Huyện ủy X", "HUYỆN ĐOÀN X"), also
    # where an upper-case header runs on into the next column
    ("xã", "Phú Cường", "HUYỆN ĐOÀN TAM NÔNG ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ PHÚ CƯỜNG",
     dict(province="Đồng Tháp", district="Tam Nông", ward_code="30025")),
    ("xã", "Phú Cường", "Thực hiện Chỉ thị của Ban Thường vụ Huyện ủy Tam Nông",
     dict(province="Đồng Tháp", district="Tam Nông", ward_code="30025")),
    ("xã", "Sơn Phú", "HUYỆN ỦY HƯƠNG SƠN ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ SƠN PHÚ",
     dict(province="Hà Tĩnh", district="Hương Sơn", ward_code="18217")),
    # "Đoan Hùng" is a district's name, not the Youth Union: it is read whole
    ("xã", "Phú Lâm", "UBND HUYỆN ĐOAN HÙNG", dict(district="Đoan Hùng", province="Phú Thọ", ward_code="07987")),
]


@pytest.mark.parametrize("level, locality, text, expected", CASES,
                         ids=[f"{c[0]} {c[1]} | {c[2]}" for c in CASES])
def test_resolve_unit(level, locality, text, expected):
    _check_resolved(level, locality, text, expected)


def _check_resolved(level: str, locality: str, text: str | None, expected: dict | None) -> None:
    """resolve_unit finds no unit (expected None) or one whose fields are the expected ones."""
    m = resolve_unit(level, locality, text)
    if expected is None:
        assert m is None
    else:
        assert m is not None
        assert {k: getattr(m, k) for k in expected} == expected


def test_coordinates_when_resolved():
    m = resolve_unit("phường", "Vĩnh Tuy")
    assert m.lat == pytest.approx(21.0, abs=0.1) and m.lon == pytest.approx(105.87, abs=0.1)


def test_resolves_inside_a_plan_sized_text():
    # a plan-sized text (~20k characters) naming places as plans do, many times over; speed is
    # measured by the benchmarks, not here
    text = " ".join(
        f"{i}. Phối hợp với UBND huyện Văn Lâm, thị xã Mỹ Hào và các xã, phường thuộc tỉnh Hưng Yên "
        f"triển khai nội dung số {i}; báo cáo Sở Nội vụ, Ban Thi đua - Khen thưởng tỉnh trước ngày 15/{i % 12 + 1}/2025."
        for i in range(110))
    for i in range(3):
        m = resolve_unit("xã", "Dương Quang", text + str(i))
        assert (m.district, m.province) == ("Mỹ Hào", "Hưng Yên")


def test_fold_key():
    assert fold_key("Quảng Hoà") == fold_key("QUẢNG HÒA") == "quanghoa"


def test_new_unit_after_2025():
    assert new_unit("Hưng Yên", "Mỹ Hào", "Dương Quang") == {
        "province": "Hưng Yên", "province_code": "33", "ward": "Thượng Hồng", "ward_type": "Phường",
        "ward_code": "12127", "lat": 20.9348, "lon": 106.128}
    assert new_unit("Hà Nội", "Hai Bà Trưng", "Vĩnh Tuy")["ward_code"] == "00283"
    assert new_unit("Lai Châu", "Tam Đường")["ward"] is None
    assert new_unit("Atlantis", None, "X") is None


# Under the two-level system (from July 2025) communes were merged and often renamed: a legacy
# commune of the same name is another unit unless the text also names that commune's district.
TWO_LEVEL_CASES = [
    ("phường", "Văn Miếu - Quốc Tử Giám", "THÀNH PHỐ HÀ NỘI\nỦY BAN NHÂN DÂN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM",
     dict(province="Hà Nội", district=None, province_code=None, district_code=None, ward_code=None,
          resolved=False)),
    ("xã", "Phùng Nguyên", "ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY XÃ PHÙNG NGUYÊN",
     dict(province="Phú Thọ", district=None, ward_code=None, resolved=False)),
    ("phường", "Vĩnh Tuy", "UBND thành phố Hà Nội", dict(province="Hà Nội", ward_code=None, resolved=False)),
    # the district named beside it: the text itself says it is that legacy commune
    ("xã", "Ea Kao", "xã Ea Kao, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
     dict(province="Đắk Lắk", district="Buôn Ma Thuột", ward_code="24169", resolved=True)),
    # the towns were abolished: a new commune named after the town it absorbed is not that town,
    # though the text names the town's former district
    ("xã", "Thanh Ba", "ỦY BAN NHÂN DÂN XÃ THANH BA\nTỈNH PHÚ THỌ\nxã Thanh Ba (thành lập trên cơ sở "
     "sắp xếp thị trấn Thanh Ba và các xã Vân Lĩnh, Hanh Cù, Đồng Xuân thuộc huyện Thanh Ba cũ)",
     dict(province="Phú Thọ", district=None, province_code=None, district_code=None, ward_code=None,
          resolved=False)),
    ("xã", "Hạ Hòa", "ỦY BAN NHÂN DÂN XÃ HẠ HÒA\nTỈNH PHÚ THỌ\ntrên địa bàn huyện Hạ Hòa cũ",
     dict(province="Phú Thọ", district=None, ward_code=None, resolved=False)),
    # a district the text names is a former one: no commune has a district above it any more
    ("xã", "Sơn Dương", "UBND XÃ SƠN DƯƠNG\nTỈNH TUYÊN QUANG\nthị trấn Sơn Dương thuộc huyện Sơn Dương (cũ)",
     dict(province="Tuyên Quang", district=None, resolved=False)),
    ("xã", "Tam Dương Bắc", "xã Tam Dương Bắc (huyện Tam Dương cũ), tỉnh Phú Thọ",
     dict(province="Phú Thọ", district=None, resolved=False)),
    # districts and provinces are not communes: unchanged
    ("huyện", "Tam Đường", None, dict(province="Lai Châu", district_code="106", resolved=True)),
    ("tỉnh", "Lai Châu", None, dict(province="Lai Châu", province_code="12")),
]


@pytest.mark.parametrize("level, locality, text, expected", TWO_LEVEL_CASES,
                         ids=[f"{c[0]} {c[1]}" for c in TWO_LEVEL_CASES])
def test_resolve_unit_under_the_two_level_system(level, locality, text, expected):
    m = resolve_unit(level, locality, text, two_level=True)
    assert m is not None
    assert {k: getattr(m, k) for k in expected} == expected


@pytest.mark.parametrize("text, ward_code", [
    # a new commune named after a legacy one of its province: a district the text names only as a
    # former one ("cũ") does not make it that legacy commune
    ("UBND TỈNH PHÚ THỌ\nUBND XÃ PHÙNG NGUYÊN\ntrên cơ sở sắp xếp các xã Phùng Nguyên, Sơn Vi thuộc huyện Lâm Thao cũ",
     None),
    ("UBND XÃ PHÙNG NGUYÊN\nđịa bàn huyện Lâm Thao (cũ)", None),
    ("ĐẢNG ỦY XÃ PHÙNG NGUYÊN\nhuyện Lâm Thao, tỉnh Phú Thọ cũ", None),
    ("UBND XÃ PHÙNG NGUYÊN\nHUYỆN LÂM THAO CŨ", None),
    # negatives: the district named as it is, once at least, still decides ("của" is no "cũ")
    ("UBND XÃ PHÙNG NGUYÊN\nhuyện Lâm Thao, tỉnh Phú Thọ", "08521"),
    ("UBND XÃ PHÙNG NGUYÊN\nhuyện Lâm Thao cũ; Kế hoạch của UBND huyện Lâm Thao", "08521"),
    ("UBND XÃ PHÙNG NGUYÊN\nKế hoạch của huyện Lâm Thao của năm 2025", "08521"),
])
def test_a_district_named_as_a_former_one_is_no_evidence_after_the_reform(text, ward_code):
    m = resolve_unit("xã", "Phùng Nguyên", text, two_level=True)
    assert m is not None and m.province == "Phú Thọ"
    assert m.ward_code == ward_code and (m.district is None) == (ward_code is None)


@pytest.mark.parametrize("level, locality, text, ward_code", [
    ("phường", "Văn Miếu - Quốc Tử Giám", "THÀNH PHỐ HÀ NỘI\nỦY BAN NHÂN DÂN PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM", "00181"),
    ("xã", "Phùng Nguyên", "ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY XÃ PHÙNG NGUYÊN", "08521"),
])
def test_the_same_names_resolve_before_the_reform(level, locality, text, ward_code):
    assert resolve_unit(level, locality, text).ward_code == ward_code


@pytest.mark.parametrize("level, locality, text, district, ward_code", [
    # a town printed with another level word is still found by its district before the reform
    ("xã", "Thanh Ba", "huyện Thanh Ba, tỉnh Phú Thọ", "Thanh Ba", "08152"),
    ("xã", "Hạ Hòa", "UBND HUYỆN HẠ HÒA\nUBND XÃ HẠ HÒA\ntỉnh Phú Thọ", "Hạ Hòa", "08053"),
    # … and a district the text names is still reported
    ("xã", "Tam Dương Bắc", "xã Tam Dương Bắc, huyện Tam Dương, tỉnh Phú Thọ", "Tam Dương", None),
])
def test_legacy_towns_and_districts_hold_before_the_reform(level, locality, text, district, ward_code):
    m = resolve_unit(level, locality, text)
    assert (m.district, m.ward_code) == (district, ward_code)


@pytest.mark.parametrize("ward, text, district, code", [
    ("Phường 5", "UBND Quận 3\nUBND Phường 5", "Quận 3", "27151"),
    ("Phường 1", "ỦY BAN NHÂN DÂN QUẬN 10\nPHƯỜNG 1", "Quận 10", "27184"),
])
def test_a_ward_of_a_numbered_district_is_found_by_its_district(ward, text, district, code):
    m = resolve_unit("phường", ward, text)
    assert m is not None and m.district == district and m.ward_code == code


# Merged communes and wards were often renamed, or took a name another province's former commune
# had: after the reform the current (two-level) list says where a commune or ward lies. Its codes
# are not the legacy ones the output asks for, so they stay None.
CURRENT_LIST_CASES = [
    # a new ward of a merged city: the text names the city's former parts, not its province
    ("phường", "Hội An", "ỦY BAN NHÂN DÂN\nPHƯỜNG HỘI AN\n(thành lập trên cơ sở sắp xếp các phường Minh An, "
     "Cẩm Phô thuộc thành phố Hội An, tỉnh Quảng Nam cũ)", "Đà Nẵng"),
    ("phường", "Thủ Dầu Một", "UBND PHƯỜNG THỦ DẦU MỘT\nthành phố Thủ Dầu Một, tỉnh Bình Dương cũ",
     "Hồ Chí Minh"),
    ("phường", "Thuận Hóa", "ỦY BAN NHÂN DÂN PHƯỜNG THUẬN HÓA", "Huế"),
    # a new commune named after a former district, in a province merged into another
    ("xã", "Lục Yên", "ĐẢNG ỦY XÃ LỤC YÊN\nthị trấn Yên Thế thuộc huyện Lục Yên, tỉnh Yên Bái cũ", "Lào Cai"),
    ("xã", "Bắc Mê", "ĐẢNG ỦY XÃ BẮC MÊ\nhuyện Bắc Mê, tỉnh Hà Giang (cũ)", "Tuyên Quang"),
    # the level tells namesakes apart: the commune Hội An is An Giang's (a former town there)
    ("xã", "Hội An", "ỦY BAN NHÂN DÂN XÃ HỘI AN", "An Giang"),
    # namesakes in several provinces: the one the text names
    ("xã", "Tân Phú", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nTỈNH ĐỒNG NAI", "Đồng Nai"),
    # namesakes told apart by their marks only, nothing else in the text: the one printed exactly
    ("xã", "Đắk Song", "ỦY BAN NHÂN DÂN\nXÃ ĐẮK SONG", "Lâm Đồng"),
    ("xã", "Đăk Song", "ỦY BAN NHÂN DÂN\nXÃ ĐĂK SONG", "Gia Lai"),
    ("xã", "Thạnh Mỹ", "UBND XÃ THẠNH MỸ", "Đà Nẵng"),
    ("xã", "Sơn Hạ", "ĐẢNG ỦY XÃ SƠN HẠ", "Quảng Ngãi"),
]


@pytest.mark.parametrize("level, locality, text, province", CURRENT_LIST_CASES,
                         ids=[f"{c[0]} {c[1]}" for c in CURRENT_LIST_CASES])
def test_a_commune_after_the_reform_lies_where_the_current_list_says(level, locality, text, province):
    m = resolve_unit(level, locality, text, two_level=True)
    assert m is not None
    assert (m.province, m.district, m.province_code, m.district_code, m.ward_code) == (
        province, None, None, None, None)


@pytest.mark.parametrize("level, locality, text, two_level, province", [
    # namesakes and nothing in the text to choose: unknown
    ("xã", "Tân Phú", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", True, None),
    # printed exactly as one namesake, but in a text naming another's province; or printed with
    # neither's marks
    ("xã", "Đắk Song", "UBND XÃ ĐẮK SONG\nTỈNH GIA LAI\nThực hiện Kế hoạch của UBND tỉnh Lâm Đồng", True, None),
    ("xã", "Dak Song", "UBND XA DAK SONG", True, None),
    ("xã", "Hòa Bình", "UBND XÃ HÒA BÌNH", True, None),
    # before the reform the current list does not apply: no legacy ward is named Hội An
    ("phường", "Hội An", "ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", False, None),
    # a province merged away is a former one after the reform, yet stated outright before it
    ("xã", "Tân Lạc Mới", "UBND XÃ TÂN LẠC MỚI\ntỉnh Yên Bái cũ", True, None),
    ("xã", "Tân Lạc Mới", "UBND XÃ TÂN LẠC MỚI\ntỉnh Yên Bái", False, "Yên Bái"),
    # a province of today that the text states outright is kept
    ("xã", "Tân Lạc Mới", "UBND XÃ TÂN LẠC MỚI\nTỈNH LÀO CAI", True, "Lào Cai"),
])
def test_the_current_list_and_former_provinces_decide_nothing_else(level, locality, text, two_level, province):
    m = resolve_unit(level, locality, text, two_level=two_level)
    assert (m.province if m else None) == province


@pytest.mark.parametrize("locality, text, province", [
    ("Phú Quốc", "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC\nTỈNH AN GIANG", "An Giang"),
    ("Côn Đảo", "ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO", "Hồ Chí Minh"),
    ("Vân Đồn", "ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY ĐẶC KHU VÂN ĐỒN", "Quảng Ninh"),
    ("Lý Sơn", "HĐND ĐẶC KHU LÝ SƠN", "Quảng Ngãi"),
    ("Bạch Long Vĩ", "UBND đặc khu Bạch Long Vĩ", "Hải Phòng"),
    # names the legacy list gives other units: the town Cô Tô, the commune Thổ Châu (Kiên Giang),
    # the towns Trường Sa and Cát Hải; a special zone is none of them, whatever the plan's date
    ("Cô Tô", "UBND ĐẶC KHU CÔ TÔ\nTỈNH QUẢNG NINH", "Quảng Ninh"),
    ("Thổ Châu", "UBND ĐẶC KHU THỔ CHÂU\nthành phố Phú Quốc, tỉnh Kiên Giang cũ", "An Giang"),
    ("Trường Sa", "UBND ĐẶC KHU TRƯỜNG SA\nTỈNH KHÁNH HÒA", "Khánh Hòa"),
    ("Cát Hải", "UBND ĐẶC KHU CÁT HẢI\nhuyện Cát Hải", "Hải Phòng"),
])
@pytest.mark.parametrize("two_level", [True, False])
def test_a_special_zone_is_found_in_the_current_list_only(locality, text, province, two_level):
    m = resolve_unit("đặc khu", locality, text, two_level=two_level)
    assert m is not None
    assert (m.level, m.name, m.province, m.district, m.province_code, m.district_code, m.ward_code) == (
        "đặc khu", locality, province, None, None, None, None)


@pytest.mark.parametrize("level, locality, text, ward_code", [
    # the legacy units of those names are still found as what they were
    ("thị trấn", "Cô Tô", "UBND THỊ TRẤN CÔ TÔ\nHUYỆN CÔ TÔ, TỈNH QUẢNG NINH", "07192"),
    ("xã", "Thổ Châu", "UBND XÃ THỔ CHÂU\nTHÀNH PHỐ PHÚ QUỐC, TỈNH KIÊN GIANG", "31105"),
])
def test_legacy_namesakes_of_special_zones_keep_their_codes(level, locality, text, ward_code):
    assert resolve_unit(level, locality, text).ward_code == ward_code


@pytest.mark.parametrize("level, locality, text, within, expected", [
    # a unique namesake elsewhere is another unit when the document puts its commune in a district:
    # the only xã Vĩnh Tuy is Kiên Giang's, the only xã Phú Thượng Thái Nguyên's
    ("xã", "Vĩnh Tuy", "UBND HUYỆN YÊN THÀNH\nUBND XÃ VĨNH TUY", "YÊN THÀNH",
     dict(district="Yên Thành", province="Nghệ An", ward_code=None, resolved=False)),
    ("xã", "Phú Thượng", "UBND HUYỆN YÊN THẾ\nỦY BAN NHÂN DÂN XÃ PHÚ THƯỢNG", "YÊN THẾ",
     dict(district="Yên Thế", province="Bắc Giang", ward_code=None, resolved=False)),
    # a misspelled commune: the district's official name and its province, not its printed capitals
    ("xã", "Đông Sơnn", "UBND HUYỆN ĐÔ LƯƠNG\nUBND XÃ ĐÔNG SƠNN", "ĐÔ LƯƠNG",
     dict(district="Đô Lương", province="Nghệ An", ward_code=None)),
    # the place a commune dates its plan at, when that is its district or province
    ("xã", "Vĩnh Tuy", "UBND XÃ VĨNH TUY\nYên Thành, ngày 10 tháng 3 năm 2025", "Yên Thành",
     dict(district="Yên Thành", province="Nghệ An", resolved=False)),
    ("xã", "Vĩnh Tuy", "UBND XÃ VĨNH TUY\nHà Tĩnh, ngày 10 tháng 3 năm 2025", "Hà Tĩnh",
     dict(province="Hà Tĩnh", ward_code=None, resolved=False)),
    # the commune is there: resolved as before, its namesakes elsewhere left out ("Châu Thành" is
    # the name of many districts: any of them may hold it)
    ("xã", "Kim Liên", "UBND HUYỆN NAM ĐÀN\nUBND XÃ KIM LIÊN", "NAM ĐÀN",
     dict(district="Nam Đàn", province="Nghệ An", ward_code="17971", resolved=True)),
    ("xã", "Đông Sơn", "UBND HUYỆN ĐÔ LƯƠNG\nUBND XÃ ĐÔNG SƠN", "ĐÔ LƯƠNG",
     dict(district="Đô Lương", ward_code="17653", resolved=True)),
    ("xã", "Hòa Phong", "UBND HUYỆN HÒA VANG\nUBND XÃ HOÀ PHONG", "Hòa Vang",
     dict(district="Hòa Vang", province="Đà Nẵng", ward_code="20320")),
    # negatives: a name that is no district or province puts nothing in the way ("Cửa Đại" is a ward)
    ("xã", "Dương Quang", "UBND XÃ DƯƠNG QUANG\nthị xã Mỹ Hào", "Cửa Đại",
     dict(district="Mỹ Hào", ward_code="12112")),
    # … nor does the area above a district
    ("huyện", "Tam Đường", "UBND HUYỆN TAM ĐƯỜNG", "Hà Tĩnh", dict(province="Lai Châu", district_code="106")),
])
def test_the_area_the_document_puts_a_commune_in_rules_out_namesakes(level, locality, text, within, expected):
    m = resolve_unit(level, locality, text, within=within)
    assert m is not None
    assert {k: getattr(m, k) for k in expected} == expected


@pytest.mark.parametrize("name, area", [
    ("Yên Thành", True), ("YÊN THÀNH", True), ("Nghệ An", True), ("Thủy Nguyên", True), ("Thuỷ Nguyên", True),
    ("Kon Plông", True), ("Kon Plong", True),
    ("Cửa Đại", False), ("Kim Liên", False), ("Thể thao", False), ("", False), (None, False),
])
def test_names_area(name, area):
    assert names_area(name) is area


@pytest.mark.parametrize("text, within, province, name", [
    # under the two-level system the area above a commune is a province of the current list: the
    # only current xã Phúc Lợi is Lào Cai's, not the one a Tây Ninh header names
    ("UBND TỈNH TÂY NINH\nUBND XÃ PHÚC LỢI", "TÂY NINH", "Tây Ninh", None),
    ("UBND TỈNH LÀO CAI\nUBND XÃ PHÚC LỢI", "LÀO CAI", "Lào Cai", "Phúc Lợi"),
    # a province merged away in 2025 says nothing of where the commune lies now
    ("UBND TỈNH YÊN BÁI\nUBND XÃ PHÚC LỢI", "YÊN BÁI", "Lào Cai", "Phúc Lợi"),
])
def test_the_area_above_a_commune_in_the_two_level_system(text, within, province, name):
    m = resolve_unit("xã", "Phúc Lợi", text, two_level=True, within=within)
    assert (m.province, m.name, m.ward_code) == (province, name, None)


@pytest.mark.parametrize("text, within, province", [
    # namesakes told apart by marks only (xã Đông Sơn is Quảng Ngãi's, xã Đồng Sơn Đồng Tháp's):
    # the exact spelling decides only where the document puts the commune under no other area
    ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG SƠN", None, "Quảng Ngãi"),
    ("HỘI CHỮ THẬP ĐỎ HUYỆN ÂN THI\nBAN CHẤP HÀNH HỘI CTĐ XÃ ĐÔNG SƠN", "ÂN THI", "Hưng Yên"),
    ("UBND HUYỆN DUY XUYÊN\nỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "DUY XUYÊN", "Quảng Nam"),
])
def test_an_exact_spelling_decides_only_under_no_other_area(text, within, province):
    m = resolve_unit("xã", "Đông Sơn", text, two_level=True, within=within)
    assert (m.province, m.ward_code) == (province, None)


@pytest.mark.parametrize("locality, text, province", [
    # namesakes of the current list, the text naming only the former province or district the
    # commune was formed from (the package's 2025 converter table)
    ("Kim Sơn", "UBND XÃ KIM SƠN\ntrên địa bàn tỉnh Bình Định cũ", "Gia Lai"),
    ("Quảng Ninh", "ĐẢNG ỦY XÃ QUẢNG NINH\nhuyện Quảng Ninh, tỉnh Quảng Bình (cũ)", "Quảng Trị"),
    ("Ninh Giang", "UBND XÃ NINH GIANG\nthị trấn Ninh Giang thuộc huyện Ninh Giang cũ", "Hải Phòng"),
    ("Cẩm Giàng", "UBND XÃ CẨM GIÀNG\ntỉnh Bắc Kạn (cũ)", "Thái Nguyên"),
    # the namesakes left all lie in one province: that province, whichever unit it is
    ("Cẩm Giàng", "UBND XÃ CẨM GIÀNG\nthực hiện Kế hoạch của UBND huyện Cẩm Giàng", "Hải Phòng"),
    ("Ba To", "UBND XA BA TO", "Quảng Ngãi"),
    # negatives: nothing former named, or a former province neither namesake was formed from
    ("Cẩm Giàng", "UBND XÃ CẨM GIÀNG", None),
    ("Kim Sơn", "UBND XÃ KIM SƠN\ntỉnh Hà Giang cũ", None),
])
def test_namesakes_told_apart_by_the_former_units_a_text_names(locality, text, province):
    m = resolve_unit("xã", locality, text, two_level=True)
    assert (m.province if m else None) == province
    assert m is None or (m.district, m.ward_code) == (None, None)


@pytest.mark.parametrize("text, province", [
    # a district the text names as a former one is no other area…
    ("ỦY BAN NHÂN DÂN XÃ ĐẮK SONG\nthị trấn Đức An thuộc huyện Đắk Song cũ", "Lâm Đồng"),
    # …one it names as it is puts the commune there, under none of the namesakes
    ("BAN CHẤP HÀNH HỘI CTĐ XÃ ĐẮK SONG\nThực hiện Kế hoạch của Hội Chữ thập đỏ huyện Krông Nô", None),
])
def test_an_exact_spelling_and_the_districts_a_text_names(text, province):
    m = resolve_unit("xã", "Đắk Song", text, two_level=True)
    assert (m.province if m else None) == province


@pytest.mark.parametrize("level, locality, text, expected", [
    # a district raised since under its name, printed with the level it had: the same unit, with or
    # without its province in the text
    ("huyện", "Thuỷ Nguyên", None, dict(name="Thủy Nguyên", province="Hải Phòng", district_code="311")),
    ("huyện", "Thủy Nguyên", "UBND HUYỆN THUỶ NGUYÊN\nKế hoạch công tác năm 2025",
     dict(name="Thủy Nguyên", province="Hải Phòng", district_code="311")),
    ("huyện", "Mỹ Hào", "Kế hoạch công tác năm 2025", dict(name="Mỹ Hào", province="Hưng Yên", district_code="328")),
    ("thị xã", "Hà Đông", None, dict(province="Hà Nội", district_code="268")),   # a quận now
    ("huyện", "Từ Sơn", None, dict(province="Bắc Ninh", district_code="261")),
    # negatives: a level above the unit's ("thành phố Mỹ Hào", "quận Thủy Nguyên") is no former one;
    # a name a huyện shares with a thành phố leaves "thị xã" undecided; another province named
    # with its level word rules the unit out
    ("thành phố", "Mỹ Hào", None, None),
    ("quận", "Thủy Nguyên", None, None),
    ("thị xã", "Cao Lãnh", None, None),
    ("huyện", "Mỹ Hào", "tỉnh Hải Dương", dict(name=None, province="Hải Dương", district_code=None)),
])
def test_a_district_raised_since_is_found_under_its_former_level(level, locality, text, expected):
    _check_resolved(level, locality, text, expected)


# A syllable whose rhyme is only i or y is spelled either way ("Quí"/"Quý", "Kì"/"Kỳ", "Lí"/"Lý"): a
# southern commune's own documents keep the spelling the official list may not ("xã Mỹ Quí" of
# Tháp Mười is the legacy list's "Mỹ Quý"). The unit is found; its name keeps the printed spelling
# for the header to decide.
@pytest.mark.parametrize("level, locality, text, name, code", [
    ("xã", "Mỹ Quí", "CÔNG AN HUYỆN THÁP MƯỜI\nCÔNG AN XÃ MỸ QUÍ\nThực hiện Kế hoạch của Công an tỉnh Đồng Tháp",
     "Mỹ Quý", "30055"),
    ("phường", "Mỹ Quí", "UBND thành phố Long Xuyên\nUBND phường Mỹ Quí, tỉnh An Giang", "Mỹ Quý", "30298"),
    ("huyện", "Kì Sơn", "UBND HUYỆN KÌ SƠN\ntỉnh Nghệ An", "Kỳ Sơn", "417"),
    ("huyện", "Lí Nhân", "Huyện ủy Lí Nhân, tỉnh Hà Nam", "Lý Nhân", "353"),
])
def test_a_name_spelled_with_the_other_i_or_y_is_found(level, locality, text, name, code):
    m = resolve_unit(level, locality, text)
    assert m is not None and m.resolved and m.name == name
    assert (m.ward_code if level in ("xã", "phường") else m.district_code) == code


def test_the_other_i_or_y_only_where_the_printed_name_is_not_listed():
    # two units spelled apart ("An Qui" of Bến Tre, "An Quý" of Thái Bình): each its own
    assert resolve_unit("xã", "An Qui", "huyện Thạnh Phú, tỉnh Bến Tre").province == "Bến Tre"
    assert resolve_unit("xã", "An Quý", "huyện Quỳnh Phụ, tỉnh Thái Bình").province == "Thái Bình"
    # a rhyme "uy" has no i spelling; a name listed in neither spelling stays unresolved
    from extractors.admin import iy_key
    assert iy_key("Lệ Thủy") == "lethuy" and iy_key("Tuy Phong") == "tuyphong"
    assert iy_key("Mỹ Quý") == iy_key("Mĩ Quí") == "miqui"
    m = resolve_unit("xã", "Mĩ Lợi Xê", "tỉnh Đồng Tháp")
    assert m is None or not m.resolved


def test_the_other_i_or_y_under_the_two_level_system():
    m = resolve_unit("xã", "Lí Nhân", "ĐẢNG ỦY XÃ LÍ NHÂN", two_level=True)
    assert (m.name, m.province, m.ward_code) == ("Lý Nhân", "Ninh Bình", None)


# --- names_listed: a level word's next words, as many as a name may run to, named by the official list
@pytest.mark.parametrize("levels_, words, least, expected", [
    (("xã",), ["Tân", "Hội"], 2, True),                    # "UBND XÃ TÂN HỘI": HỘI ends the place
    (("xã", "phường"), ["Hội", "Hợp"], 2, True),           # a ward, asked among the commune levels
    (("xã",), ["Tân", "Hội", "Đông"], 3, True),            # the longer name the list holds
    (("xã",), ["bằng", "thành", "huyện"], 1, True),        # in small letters: "xã bằng thành …"
    (("tỉnh",), ["cao", "bằng"], 2, True),
    (("huyện", "tỉnh"), ["bằng", "nhiều", "hình"], 1, False),  # "… tỉnh bằng nhiều hình thức"
    (("xã",), ["Tân"], 1, False),
    (("xã",), ["Tân", "Hội"], 3, False),                   # fewer words than asked for
])
def test_fold_names_listed(levels_, words, least, expected):
    from extractors.admin import names_listed

    assert names_listed(levels_, words, least=least) is expected


# a province printed by its name before a rename ("tỉnh Thừa Thiên Huế", now Thành phố Huế, code 46) is the
# same unit; a name that was never a province's stays unresolved
@pytest.mark.parametrize("level, name, text, code", [
    ("tỉnh", "Thừa Thiên Huế", None, "46"),
    ("tỉnh", "Thừa Thiên - Huế", None, "46"),
    ("xã", "Phú Thuận", "UBND xã Phú Thuận, huyện Phú Vang, tỉnh Thừa Thiên Huế", "46"),
    ("tỉnh", "Thừa Thiên", None, None),
])
def test_v26_former_province_name(level, name, text, code):
    m = resolve_unit(level, name, text)
    assert (m.province_code if m else None) == code


# --- m15 (rv5 #1): a province named only as a place the plan goes to or acts in ("tham quan … tại tỉnh
# Nghệ An") is no evidence against the one unit the issuer's name fits
M15_P6X = 'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 301/KH-UBND\nĐức Thọ, ngày 26 tháng 12 năm 2023\n\nKẾ HOẠCH\nTuyên truyền phổ biến, giáo dục pháp luật năm 2024\n\nCăn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;\nCăn cứ Quyết định số 3850/QĐ-UBND ngày 15/12/2023 của UBND tỉnh;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao ý thức chấp hành pháp luật của cán bộ và Nhân dân.\n\nII. NỘI DUNG VÀ LỊCH THỰC HIỆN\nThời gian\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\nTháng 1\tTuyên truyền Luật Đất đai năm 2024\tPhòng Tài nguyên và Môi trường\tUBND các xã, thị trấn\nTháng 2\tTuyên truyền phòng, chống pháo nổ dịp Tết Nguyên đán\tCông an huyện\tĐoàn Thanh niên huyện\nTháng 3\tTham quan mô hình điểm về pháp luật tại tỉnh Nghệ An\tPhòng Nông nghiệp và Phát triển nông thôn\tHội Nông dân huyện\nTháng 4\tTuyên truyền Luật An toàn giao thông đường bộ\tCông an huyện\tTrung tâm Văn hóa - Truyền thông huyện\nTháng 5\tTuyên truyền về bầu cử và phòng chống tham nhũng\tThanh tra huyện\tPhòng Tư pháp\nTháng 6\tTháng hành động vì trẻ em\tPhòng Lao động - Thương binh và Xã hội\tHội Liên hiệp Phụ nữ huyện\nTháng 7\tTuyên truyền Luật Cư trú\tCông an huyện\tUBND các xã, thị trấn\nTháng 8\tTuyên truyền Luật Thực hiện dân chủ ở cơ sở\tPhòng Nội vụ\tỦy ban MTTQ Việt Nam huyện\nTháng 9\tTuyên truyền Luật Giáo dục\tPhòng Giáo dục và Đào tạo\tCác trường học\nTháng 10\tTuyên truyền bình đẳng giới\tPhòng Lao động - Thương binh và Xã hội\tHội Liên hiệp Phụ nữ huyện\nTháng 11\tHưởng ứng Ngày Pháp luật Việt Nam 09/11\tPhòng Tư pháp\tCác cơ quan, đơn vị\nTháng 12\tSơ kết, tổng kết công tác năm 2024\tPhòng Tư pháp\tVăn phòng HĐND và UBND huyện\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n2. Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ Kế hoạch, triển khai thực hiện.\n\nNơi nhận:\n- UBND tỉnh;\n- Sở Tư pháp;\n- Các cơ quan, đơn vị;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Tiến Dũng\n'


def test_m15_place_phrase_province_reviewer_plan():
    from pipeline.extract import extract_bytes

    d = extract_bytes(M15_P6X.encode(), "duc-tho.txt").rows()["documents"][0]
    assert (d["province"], d["province_code"], d["district_code"]) == ("Hà Tĩnh", "42", "440")


@pytest.mark.parametrize("level, name, text, province, code", [
    ("huyện", "Krông Năng", "Tổ chức đoàn học tập kinh nghiệm tại tỉnh Quảng Nam.\nCăn cứ Kế hoạch của UBND tỉnh;",
     "Đắk Lắk", "650"),
    ("xã", "Thạch Ngọc", "Đưa hội viên đi tham quan mô hình ở tỉnh Quảng Bình", "Hà Tĩnh", "18625"),
    ("thị xã", "Ba Đồn", "Đưa đoàn viên về tỉnh Thanh Hóa dự trại hè; đến Tỉnh Nghệ An thăm quê Bác", "Quảng Bình", "458"),
])
def test_m15_place_phrase_province_varied(level, name, text, province, code):
    m = resolve_unit(level, name, text)
    assert m.resolved and m.province == province and code in (m.district_code, m.ward_code)


def test_m15_issuer_province_still_vetoes():
    # the province of a body the plan cites, not a place it goes to: the namesake is not this one
    m = resolve_unit("thị xã", "Ba Đồn", "Căn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh Thanh Hóa; tổ chức tại tỉnh Thanh Hóa")
    assert not m.resolved and m.province == "Thanh Hóa"


def test_m15_capital_named_outright_still_vetoes():
    # "Thủ đô" names Hà Nội as any province's name does: outright it speaks against Quảng Bình's Ba Đồn,
    # as the place a delegation goes to it does not
    assert not resolve_unit("thị xã", "Ba Đồn", "Tuyên truyền xây dựng Thủ đô văn minh, hiện đại").resolved
    assert resolve_unit("thị xã", "Ba Đồn", "Đưa đoàn viên về Thủ đô dự lễ").district_code == "458"


# --- v29 h2: a province after "thiên tai" (a disaster's "tai", folded as "tại" is) is named by a body or a fund
# of that province, no place the plan goes to: it still speaks against a namesake elsewhere
@pytest.mark.parametrize("level, name, text", [
    ("thị xã", "Ba Đồn", "Căn cứ Kế hoạch của Ban Chỉ huy phòng, chống thiên tai tỉnh Thanh Hóa; tổ chức diễn tập."),
    ("huyện", "Krông Năng", "Trích Quỹ phòng, chống thiên tai tỉnh Quảng Nam để hỗ trợ các hộ bị thiệt hại."),
    ("xã", "Thạch Ngọc", "Báo cáo về Văn phòng thường trực Ban Chỉ huy PCTT và phòng chống thiên tai Tỉnh Quảng Bình."),
])
def test_v29h2_disaster_before_a_province_is_no_place_phrase(level, name, text):
    assert not resolve_unit(level, name, text).resolved
    # (the place phrase itself still is one, in capitals too)
    place = text.split("thiên tai")[1].split(" ", 1)[1].split(";")[0].rstrip(".")
    assert resolve_unit(level, name, f"TỔ CHỨC ĐOÀN ĐI HỌC TẬP TẠI {place.upper()}").resolved
