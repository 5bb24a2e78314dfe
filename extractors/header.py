"""The header of an administrative document (Nghị định 30/2020/NĐ-CP): who issued it, its type,
số hiệu, place and date, and trích yếu.

    extract_header(doc) -> Header(doc_type="Kế hoạch", symbol="14/KH-UBND", number=14,
                                  issuer="UBND phường Vĩnh Tuy", admin_level="phường",
                                  locality="Vĩnh Tuy", district="Hai Bà Trưng", province="Hà Nội",
                                  place="Vĩnh Tuy", issued_date=2025-01-13, title="Công tác …", …)

The header zone is what precedes the type line ("KẾ HOẠCH", "QUYẾT ĐỊNH", …); a header block
that a converter mangled is read cue by cue ("Số:", ", ngày … tháng … năm …", upper-case issuer
lines), on a folded copy so OCR damage and tone variants match. What the header lost is read
from the body where the plan says it: the issuing sentence ("UBND huyện Tam Đường xây dựng Kế
hoạch …"), the appendix caption naming the plan ("Kèm theo Kế hoạch số 14/KH-UBND ngày
13/01/2025"), the closing "Trên đây là Kế hoạch … của UBND …".

Signer fields come from extractors.closing; district, province and codes from extractors.admin.
Pure: no I/O.
"""
from __future__ import annotations

import datetime as dt
import heapq
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from extractors import doc_kinds, levels
from extractors.units import is_unit
from extractors.admin import (FORMER_PROVINCE_NAMES, LEVELS, MUNICIPAL_KEYS, area_names, district_in, district_named,
                              fold_cached, fold_key, fold_nfc, is_listed, names_area, new_unit, resolve_unit)
from extractors.closing import AUTHORITY, all_caps, ends_closing, is_caps as _is_caps, is_title_line
from extractors.dates import PlanTime, opens_lunar_year, safe_date, school_year_span, season_span, year_end_span
from extractors.references import TYPE_CODES as CITED_TYPE_CODES
from extractors.references import (GLUED_SYMBOL_ORG, GLUED_SYMBOL_TYPE, MINISTRY_CODES, find_own_plan_caption,
                                   joint_lead_code, ministry_name, normalize_tone_marks, split_glued_code,
                                   without_kind_said_again)
from models.records import Header
from pipeline.document import Document
from pipeline.normalize import ends_clause
from extractors.textscan import matches_at
from pipeline.memo import memo

__all__ = ["extract_header", "declares_joint", "plan_year", "title_year", "title_last_year", "mend_glued_year"]

# =============================================================================================
# Vocabulary and patterns. Patterns marked (folded) run on `_f(text)`: lower case, no
# diacritics, "đ" -> "d", one character for one character, so spans map back to the print.
# =============================================================================================

# Tên loại văn bản a type line prints (Nghị định 30/2020, Phụ lục III): the kinds of doc_kinds a body
# issues under a type line of its own, and those no plan cites by a số hiệu, which doc_kinds leaves out
# (its readers look for kinds before a number). Folded compact key -> printed name.
_TYPE_LINE_KINDS = ("kế hoạch", "quyết định", "báo cáo", "chương trình", "thông báo", "công văn", "tờ trình",
                    "hướng dẫn", "nghị quyết", "chỉ thị", "quy chế", "quy định", "đề án", "phương án", "kết luận",
                    "công điện", "thông tư", "nghị định", "lệnh", "lịch công tác")
_UNCITED_TYPES = ("Dự án", "Biên bản", "Giấy mời", "Thông cáo", "Hợp đồng", "Lịch làm việc")
DOC_TYPES = {"".join(doc_kinds.folded(k).split()): doc_kinds.KIND_WORDS[k] for k in _TYPE_LINE_KINDS} | {
    "".join(doc_kinds.folded(name).split()): name for name in _UNCITED_TYPES}
# What may follow a type name in the type line and still be its tên loại ("CHƯƠNG TRÌNH HÀNH ĐỘNG",
# "KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP"): the document is of that type (folded compact)
TYPE_QUALIFIERS = ("hanhdong", "lientich", "phoihop")


# The qualifiers by which a type line declares a document issued jointly by two or more bodies
JOINT_QUALIFIERS = ("lientich", "phoihop")


def declares_joint(type_line: str) -> bool:
    """The type line names a joint document: "KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP"."""
    comp = _compact(type_line.strip(" *#_-–.:"))
    return any(comp.startswith(key) and comp[len(key):] in JOINT_QUALIFIERS
               for key in ("kehoach", "chuongtrinh", "phuongan"))


def _qualified_type(comp: str) -> str | None:
    """"chuongtrinhhanhdong" -> "Chương trình": a plan type and one of TYPE_QUALIFIERS."""
    for key in ("kehoach", "chuongtrinh", "phuongan"):
        if comp.startswith(key) and comp[len(key):] in TYPE_QUALIFIERS:
            return DOC_TYPES[key]
    return None


# Type names matched with one edit of OCR damage (long and common; not ones that look like
# place names: "Hợp đồng"/"Hòa Đồng", "Công văn"/"Đồng Văn", "Hướng dẫn"/"Hướng Đạo").
FUZZY_TYPES = ("kehoach", "quyetdinh", "chuongtrinh", "nghiquyet", "thongbao", "totrinh")
# Type codes of a số hiệu ("14/KH-UBND", "21-KH/ĐU", "05/2025/QĐ-UBND"), upper-cased: those of the documents a
# plan cites (extractors.references), and of the papers read here that are rarely cited by their code.
TYPE_CODES = {
    **CITED_TYPE_CODES,
    "QYĐ": "Quy định", "DA": "Dự án", "BB": "Biên bản", "GM": "Giấy mời", "TC": "Thông cáo", "LCT": "Lịch công tác",
    # a joint document's code ("05/KHLT-UBND-MTTQ", "02/CTrPH-HND-UBND") is its type's
    "KHLT": "Kế hoạch", "KHPH": "Kế hoạch", "CTRPH": "Chương trình", "CTRLT": "Chương trình",
}

# Quốc hiệu, tiêu ngữ and rules under them (folded): never part of an issuer.
_MS = r"[\s.,;:*_|]+"   # what a broken layout leaves between the motto's words
NATIONAL_MOTTO = re.compile(
    rf"c\S{{0,2}}ng{_MS}h\S{{0,2}}a{_MS}x\S{{0,2}}?(?:{_MS})?h\S{{0,2}}i{_MS}ch\S{{0,2}}{_MS}ngh\S{{0,3}}{_MS}vi\S{{0,3}}t{_MS}nam"
    rf"|d\S{{0,2}}c{_MS}l\S{{0,2}}p[\s.,;:*_|\-–—]*t\S{{0,2}}{_MS}do[\s.,;:*_|\-–—]*h\S{{0,2}}nh{_MS}ph\S{{0,2}}c"
    rf"|dang{_MS}cong{_MS}san{_MS}viet{_MS}nam"
    # the Youth Union's heading stands where the motto does; after "BAN CHẤP HÀNH" it names the issuer
    rf"|(?<!bch )(?<!hanh )doan{_MS}(?:tncs|thanh{_MS}nien{_MS}cong{_MS}san){_MS}ho{_MS}chi{_MS}minh"
    # … but over a committee printed by its unit alone ("ĐOÀN TNCS HỒ CHÍ MINH / BCH HUYỆN Y") it
    # names whose committee that is ("BCH TỈNH ĐOÀN X" names its own Đoàn: the heading stays one)
    rf"(?!{_MS}(?:bch|ban{_MS}chap{_MS}hanh){_MS}(?:tinh|thanh{_MS}pho|huyen|thi|xa|phuong|dac{_MS}khu){_MS}"
    rf"(?!doan(?![a-z])))")
# Words that are never part of a unit's name (a motto the pattern above missed), and "Hội" alone:
# "XÃ HỘI" is the word society ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "PHÒNG VĂN HÓA - XÃ HỘI"),
# no unit is called "Hội" alone ("Hội An", "Hội Hợp" are).
# ("NGHĨA" alone is the motto's broken tail; in a name it is a place's word: xã Nghĩa Trung,
# huyện Nghĩa Đàn, huyện Tư Nghĩa, thị xã Nghĩa Lộ)
NOT_A_NAME = re.compile(r"chu nghia|viet nam|doc lap|tu do|hanh phuc|cong hoa|\bhoi chu\b|^nghia$|^hoi$")
RULE_LINE = re.compile(r"[-_=*~.…]{3,}")

# "Số:" cue (folded; the original must have a capital S or a colon, so "kế hoạch số 35/…" in
# running text does not count). OCR reads "Số" as "So", "S0", "Sô", "Sổ".
# A portal's box of fields labels it "Số/Ký hiệu", "Số, ký hiệu".
SO_CUE = re.compile(r"(?<![a-z0-9])s[o0]\s*(?:(?:va|[/,])?\s*ky\s*hieu\s*)?(?P<colon>[:;.])?\s*")
# What follows the cue, on the original: a number (or a blank: dots, ellipses, underscores,
# spaces) then the codes, each after "/" or "-" ("14/KH-UBND", "/KH-UBND", "21-KH/ĐU",
# "05/2025/QĐ-UBND", "16/KH-MTTQ-BTT").
_CODE = r"(?:\d{4}|[A-ZĐÐƯƠÂÊÔĂ][A-Za-zĐđÐƯưƠơÂâÊêÔôĂă0-9&]*)"
SYMBOL_BODY = re.compile(
    rf"(?P<num>\d{{1,6}})?[ \t._…\-–]*?(?P<tail>(?:[ \t]*[/\-–—][ \t]*{_CODE})+)")

# A Party số hiệu whose hyphen a converter or typist dropped ("Số 45KH/ĐU"): a type code glued to the number and
# a Party committee's code after the slash, which no administrative số hiệu has.
# (the codes as the references read such a symbol in running text)
SYMBOL_GLUED_PARTY = re.compile(rf"(?P<num>\d{{1,6}})(?P<type>{GLUED_SYMBOL_TYPE})[ \t]*/[ \t]*(?P<org>{GLUED_SYMBOL_ORG})")

# A blank number whose slash OCR dropped: "Số: KH-UBND" is "Số: /KH-UBND".
SYMBOL_SLASH_LOST = re.compile(
    r"(?P<tail>(?:KH|QĐ|QD|CT|CTr|NQ|BC|TB|HD|HĐ|TTr|KL|CV)(?:[ \t]*[\-–][ \t]*[A-ZĐÐ][A-Za-zĐđÐ&]*)+)\b")

# Place and date (folded): "Vĩnh Tuy, ngày 13 tháng 01 năm 2025", "ngày      tháng 02 năm 2025",
# "ngày …. tháng …. năm ….", "Hà Nội, ngày 5/3/2025". OCR variants of the cue words allowed.
_BL = r"[\s._…\-]*"
# (OCR of a faded or broken line slips a mark: "tháng" read "thúng", a speck after "năm" read ":")
PLACE_DATE_LONG = re.compile(
    rf"(?<![a-z])n[gq][a4][yv](?![a-z]){_BL}(?P<d>\d{{1,2}})?{_BL}th[a4u]n[gq](?![a-z])"
    rf"{_BL}(?P<m>\d{{1,2}})?{_BL},?{_BL}n[a4]m(?![a-z]):?{_BL}(?P<y>[12]\d{{3}})?")
PLACE_DATE_NUM = re.compile(
    r"(?<![a-z])n[gq][a4][yv](?![a-z])\s*(?P<d>\d{1,2})\s*(?P<s>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*"
    r"(?P<y>[12]\d{3})(?!\d)")
# A day of the week where the địa danh would stand ("Thứ Sáu, ngày 18/04/2025"): the date strip a
# web page prints above the document, or a calendar's line, never a place (folded).
WEEKDAY = re.compile(r"(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)")

# Where the body begins (folded, at line start): the preamble and the first parts.
BODY_CUE = re.compile(
    r"^(?:can cu|thuc hien|theo de nghi|xet de nghi|trien khai|nham |phat huy|nam 20\d\d la"
    r"|(?:phan\s+)?[ivx]{1,4}\s*[.)\-–:]\s|phan thu|dieu \d|chuong [ivx\d]|muc dich)")
# Lines that end a trích yếu but may open it (folded).
TITLE_STOP = re.compile(
    r"^(?:can cu|thuc hien|theo |xet |trien khai|nham |(?:phan\s+)?[ivx]{1,4}\s*[.)\-–:]\s|phan thu"
    r"|dieu \d|\(?\s*(?:ban hanh )?kem theo|so\s*:|kinh gui|chu tich|uy ban nhan dan|noi nhan"
    # a month's theme, a field under a school's or a Pioneer union's type line ("Chủ điểm tháng 12: UỐNG
    # NƯỚC NHỚ NGUỒN", "CHỦ ĐIỂM: TIẾN BƯỚC LÊN ĐOÀN"), not its trích yếu
    r"|chu diem\b[^:]{0,24}:)")
# Continuation words that start the second line of a wrapped trích yếu (folded).
TITLE_CONTINUES = re.compile(
    r"^(?:nhiem ky|giai doan|nam (?:hoc )?\d|den nam|dinh huong|tam nhin|tren dia ban|cua |va |"
    r"tai |ve |trong |nhan dip|chao mung|\(\s*(?!ban hanh|kem theo))")

# A wrapped trích yếu's line that ends on a word joining it to the next ("… VÀ" / "PHÁT TRIỂN KINH TẾ
# CỦA", "… đối với", a comma, a dash between two names); run on the line in lower case (not folded:
# "NĂM" is "năm", "QUẢNG NAM" is a name that may end a title).
# ("… TRÊN ĐỊA" / "BÀN TỈNH CÀ MAU": the word itself wrapped; "… tiến tới Đại hội đại biểu" / "Đoàn TNCS Hồ Chí
# Minh thành phố X lần thứ XIV": a congress of delegates is named by whose it is)
_TITLE_JOIN_END = re.compile(r"(?:[,\-–]|(?<!\w)(?:và|của|về|cho|tại|trên|trong|với|đối với|năm|giai đoạn|nhiệm kỳ|nhằm|để"
                             r"|(?:trên|tại) địa|đại hội đại biểu))$")

# Issuing bodies in upper-case header lines (folded). Primary organs carry a unit; sub-bodies
# take their parent's. Order matters: longer names first.
PRIMARY_ORGANS = [
    ("mttq", r"uy ban mat tran to quoc viet nam|uy ban mat tran to quoc|u[yv] ban mttq viet nam"
             r"|ub\.?\s*mttq viet nam|ubmttq viet nam|uy ban mttq|ub\.?\s*mttq|ubmttq|mttq viet nam"
             # the Front named without its committee's word, as its papers since 2025 print it ("MẶT TRẬN
             # TỔ QUỐC VIỆT NAM / MẶT TRẬN TỔ QUỐC TỈNH X"): read at a line's start only (_parse_organs)
             r"|mat tran to quoc viet nam|mat tran to quoc"),
    ("ubbc", r"uy ban bau cu"),
    ("ubnd", r"u[yv] ban nhan dan|ubnd|ub nhan dan"),
    ("hdnd", r"hoi dong nhan dan|hdnd"),
    ("danguy", r"dang uy"),
    ("dangbo", r"dang bo"),
    ("capuy", r"(?P<cap>tinh|thanh|huyen|quan|thi) uy"),
    # the Youth Union: "HUYỆN ĐOÀN X", "BCH ĐOÀN XÃ X" (its committee of a commune, ward or town)
    ("capdoan", r"(?P<capd>tinh|thanh|huyen|quan|thi) doan"),
    ("doan", r"doan(?: (?:tncs|thanh nien cong san) ho chi minh)?"
             rf"(?=(?: \|)? (?:{levels.alternation(folded=True)}) )"),
]
SUB_BODIES = [   # "thường trực" and "thường vụ" with room for a misread letter
    ("btt", r"ban th[a-z]{2,4}ng tr[a-z]{1,3}c"),
    ("btv", r"ban th[a-z]{2,4}ng v[a-z]{1,2}"),
    ("tt", r"th[a-z]{2,4}ng tr[a-z]{1,3}c"),
    # ("BCH" before a unit: the committee of the organisation printed above it, "HỘI NÔNG DÂN / BCH
    # XÃ X"; not "QUẬN", whose folded word is also the military's "quân")
    ("bch", r"ban chap hanh|bch(?= (?:(?:tinh |thanh |huyen |quan |thi |chi )?doan|dang bo|cong doan|hoi"
            rf"|{levels.alternation((lv for lv in levels.LEVELS if lv != 'quận'), folded=True)})(?![a-z]))"),
    ("so", r"so(?= [a-z])"),
    # a province's military command ("BỘ CHỈ HUY QUÂN SỰ TỈNH X", "BỘ CHQS TỈNH"): a state body of
    # the province's unit, named by the unit like a district's "Ban Chỉ huy Quân sự"
    ("bochqs", r"bo chi huy quan su|bo chqs"),
    # a ministry ("BỘ Y TẾ", "BỘ NÔNG NGHIỆP / VÀ MÔI TRƯỜNG"); printed "BỘ" only (MINISTRY_WORD),
    # not "BỐ TRẠCH"; not the military's commands ("BỘ CHỈ HUY QUÂN SỰ TỈNH X", "BỘ TƯ LỆNH
    # QUÂN KHU 5"), whose "QUÂN" folds to the level word "quận"
    ("bo", r"bo(?= [a-z])(?! (?:chi huy|tu lenh|doi)(?![a-z]))"),
    ("phong", r"phong(?= [a-z])"),
    # (printed alone, below a Party committee: its office, "Văn phòng Đảng ủy")
    ("vanphong", r"van phong(?= [a-z]| ?\||$)"),
    # a Party cell ("ĐẢNG BỘ XÃ X / CHI BỘ THÔN Y", "ĐẢNG ỦY CƠ QUAN … / CHI BỘ PHÒNG NỘI VỤ"): the
    # grassroots body of the Đảng bộ above it, named by the hamlet, school or office it sits in
    ("chibo", r"chi bo(?= [a-z])"),
    # a Youth Union cell ("ĐOÀN XÃ X / CHI ĐOÀN THÔN 3", "… / CHI ĐOÀN KHỐI CƠ QUAN"): the grassroots
    # body of the Đoàn above it, named by what it sits in as a Party cell is
    ("chidoan", r"chi doan(?= [a-z0-9])"),
    ("bcd", r"ban chi dao"),
    # the Party committee's inspection commission ("ĐẢNG BỘ HUYỆN X / ỦY BAN KIỂM TRA")
    ("ubkt", r"u[yv] ban kiem tra|ubkt"),
    ("bql", r"ban quan ly"),
    ("hoidong", r"hoi dong(?= [a-z])"),
    # (not "BAN HÀNH …", a decision's trích yếu a page printed with no type line above it)
    ("ban", r"ban(?= [a-z])(?! hanh(?![a-z]))"),
    # public service units ("TRUNG TÂM Y TẾ KHU VỰC X", "BỆNH VIỆN ĐA KHOA Y", "TRẠM Y TẾ XÃ") under their Sở
    ("other", r"(?:(?:trung tam|truong|benh vien|hoc vien|vien|cong an|chi cuc|tong cuc|cuc|vu|doan thanh nien|hoi lien hiep phu nu"
              r"|hoi nong dan|hoi cuu chien binh|lien doan lao dong|hoi lhpn|hoi ccb|hoi nd|ldld"
              r"|hoi chu thap do|hoi ctd|hoi khuyen hoc|hoi nguoi cao tuoi|hoi nct|hoi nguoi mu"
              r"|to cong tac|doan kiem tra|cong doan|cong ty|tram"
              # state bodies of a unit outside its People's Committee, named by that unit or by a
              # numbered area ("TÒA ÁN NHÂN DÂN TỈNH X", "TÒA ÁN NHÂN DÂN KHU VỰC 1 - X", "BẢO HIỂM XÃ
              # HỘI TỈNH X", "KHO BẠC NHÀ NƯỚC KHU VỰC X", "THI HÀNH ÁN DÂN SỰ TỈNH X")
              r"|toa an(?= nhan dan)|bao hiem xa hoi|kho bac nha nuoc|thi hanh an(?= dan su)"
              # a trade union shortened as its own papers print it: "CĐ NGÀNH GIÁO DỤC", "CĐCS TRƯỜNG …"
              r"|cd(?= nganh| giao duc| y te| co so)|cdcs"
              # the Youth Union of a school or hospital ("ĐOÀN TRƯỜNG THPT X"), named as its trade union is
              r"|doan(?: (?:tncs|thanh nien cong san) ho chi minh)?(?= (?:truong|benh vien|hoc vien) ))(?= [a-z])"
              # a mass organisation printed alone on its line under the committee of its unit
              # ("ĐẢNG ỦY XÃ X / ĐOÀN THANH NIÊN"): the unit is that committee's
              r"|(?:doan thanh nien|hoi nong dan|hoi cuu chien binh|hoi lien hiep phu nu|hoi lhpn|hoi ccb"
              r"|hoi chu thap do|hoi nguoi cao tuoi|hoi khuyen hoc|hoi nguoi mu"
              r"|doan (?:tncs|thanh nien cong san) ho chi minh)(?= ?\||$)"
              # a military region under the ministry, or its command ("BỘ QUỐC PHÒNG / QUÂN KHU 4",
              # "BỘ TƯ LỆNH QUÂN KHU 5"): numbered, so "QUÂN" is no district's "QUẬN"
              r"|(?:bo tu lenh )?quan khu(?= \d)"
              # the border guard: a province's command, its stations and flotillas ("BỘ CHỈ HUY BỘ ĐỘI
              # BIÊN PHÒNG TỈNH X / ĐỒN BIÊN PHÒNG Y"), named by the province or their own place
              r"|(?:bo chi huy |bo tu lenh )?(?:bo doi bien phong|bdbp)(?= tinh| thanh pho| ?\||$)"
              r"|(?:don|hai doi) bien phong(?= [a-z0-9])"
              # a forest ranger station and a market-control team under their Chi cục ("CHI CỤC KIỂM LÂM
              # / HẠT KIỂM LÂM HUYỆN X", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3"); a cooperative ("HỢP TÁC XÃ …",
              # whose "XÃ" names no commune)
              r"|hat kiem lam|doi (?:quan ly thi truong|qltt)(?= [a-z0-9]| ?\||$)|(?:hop tac xa|htx)(?= [a-z])"
              # a city's, district's or ward's urban order team under its People's Committee ("UBND QUẬN X
              # / ĐỘI QUẢN LÝ TRẬT TỰ ĐÔ THỊ"), a public body of that unit as its departments are
              r"|doi (?:(?:quan ly |kiem tra )?trat tu do thi|kiem tra quy tac do thi|qlttdt)(?= ?\||$)"
              # a unit's inspectorate ("UBND TỈNH X / THANH TRA TỈNH"), the unit's body as its
              # departments are; a province's agency printed alone under its managing body ("SỞ TÀI
              # CHÍNH / KHO BẠC NHÀ NƯỚC"): the agency issues, no words of the department's name
              rf"|thanh tra(?= (?:{levels.alternation(levels.DISTRICT_LEVELS + levels.PROVINCE_LEVELS, folded=True)})"
              r"(?![a-z])| ?\||$)|thanh tra chinh phu"
              # (a department's inspectorate printed under it, "SỞ XÂY DỰNG / THANH TRA SỞ": _inspected_department)
              r"|thanh tra so(?= ?\||$)"
              r"|(?:kho bac nha nuoc|bao hiem xa hoi)(?= ?\||$)"
              # the Front's central committee ("ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM"): a body of
              # no unit, named whole (over a province's committee it is the heading: _nationwide_name)
              r"|u[yv] ban trung uong (?:mat tran to quoc|mttq) viet nam"
              # any other association or union of associations, named by what it gathers ("HỘI LUẬT GIA
              # TỈNH X", "HỘI HỮU NGHỊ VIỆT - LÀO TỈNH Y", "LIÊN HIỆP CÁC HỘI KH&KT TỈNH Z"): a body of its
              # unit as a mass organisation is (not "HỘI NGHỊ", a meeting; the word "XÃ HỘI" a line
              # wrapped is refused in _parse_organs)
              r"|(?:lien hiep cac (?:hoi|to chuc)|(?:chi )?hoi(?! nghi(?![a-z])))(?= [a-z])"
              r")"),
]
# Departments and centres (folded keyword, printed form) named by the work they do, not by a proper
# name as a school or hospital is: "Cục Quản lý khám, chữa bệnh", "Vụ Giáo dục tiểu học", "Trung tâm
# Kiểm soát bệnh tật"; only the word after the keyword is capitalised (and the fields a dash joins,
# "Trung tâm Văn hóa - Thể thao", and the place after "khu vực"). Longer keywords first.
WORK_NAMED = (("tong cuc", "Tổng cục"), ("chi cuc", "Chi cục"), ("cuc", "Cục"), ("vu", "Vụ"),
              ("trung tam", "Trung tâm"), ("vien", "Viện"), ("tram", "Trạm"), ("hat", "Hạt"), ("doi", "Đội"),
              ("hop tac xa", "Hợp tác xã"), ("htx", "Hợp tác xã"))
# The fields a culture centre of a district lists (folded): each one named after "," or "và" opens
# with a capital as after a dash, as the official names print them ("Trung tâm Văn hóa, Thông tin và
# Thể thao", "Trung tâm Văn hóa - Thể thao và Truyền thông").
CENTRE_FIELDS = frozenset({"van hoa", "thong tin", "the thao", "du lich", "truyen thong", "truyen thanh",
                           "truyen hinh", "phat thanh", "nghe thuat", "dien anh", "thu vien", "bao tang"})
AGENCY_FIELDS_NAMED = frozenset({"Tổng cục", "Cục", "Chi cục"})
# (a field listed after a comma opens with a capital only in a list closed by "và"; "phòng, chống"
# and "khám, chữa bệnh" are one field)
PAIRED_WORKS = frozenset({"phong", "kham"})
# a field is one or two words ("Thú y", "Chăn nuôi", "Thủy sản"): "và" after a longer phrase joins
# its objects ("Quản lý chất lượng nông lâm sản và thủy sản"), no fields
FIELD_WORDS_MAX = 2
# Bodies whose name is a common noun, then the work or the place they serve, in small letters
# (Nghị định 30/2020 capitalises only the first word): "Công an xã", "Tổ công tác chuyển đổi số",
# "Đoàn kiểm tra liên ngành 389".
COMMON_NAMED = (("cong an", "Công an"), ("to cong tac", "Tổ công tác"), ("doan kiem tra", "Đoàn kiểm tra"),
                # state bodies of a unit or an area, named as their laws write them
                ("toa an nhan dan", "Tòa án nhân dân"), ("bao hiem xa hoi", "Bảo hiểm xã hội"),
                ("kho bac nha nuoc", "Kho bạc Nhà nước"), ("thi hanh an dan su", "Thi hành án dân sự"),
                ("bo tu lenh quan khu", "Bộ Tư lệnh Quân khu"), ("quan khu", "Quân khu"),
                ("thanh tra chinh phu", "Thanh tra Chính phủ"), ("thanh tra", "Thanh tra"),
                # (the border guard's names as Luật Biên phòng Việt Nam 2020 writes them)
                ("bo chi huy bo doi bien phong", "Bộ Chỉ huy Bộ đội Biên phòng"),
                ("bo tu lenh bo doi bien phong", "Bộ Tư lệnh Bộ đội Biên phòng"),
                ("bo chi huy bdbp", "Bộ Chỉ huy Bộ đội Biên phòng"), ("bo doi bien phong", "Bộ đội Biên phòng"),
                ("bdbp", "Bộ đội Biên phòng"), ("don bien phong", "Đồn Biên phòng"),
                ("hai doi bien phong", "Hải đội Biên phòng"))
# … of them, those named by a place or a number only, every word of it capitalised (a border station
# is named by its commune or border gate: "Đồn Biên phòng Na Cô Sa", "Hải đội Biên phòng 2")
PLACE_NAMED_COMMON = frozenset({"don bien phong", "hai doi bien phong"})
# Schools and hospitals (folded keyword, printed form) are named by a proper name, often after the
# kind of school or hospital they are. Nghị định 30/2020 (Phụ lục II) writes the keyword and the kind
# with a capital on their first word only, and every word of the proper name: "Trường Trung học cơ sở
# Lê Lợi", "Bệnh viện Y học cổ truyền tỉnh Thái Bình", "Bệnh viện Bạch Mai".
INSTITUTION_NAMED = (("benh vien", "Bệnh viện"), ("hoc vien", "Học viện"), ("truong", "Trường"))
INSTITUTION_KINDS = tuple(sorted((
    ("mam non", "Mầm non"), ("mau giao", "Mẫu giáo"), ("tieu hoc", "Tiểu học"), ("trung hoc", "Trung học"),
    ("trung hoc co so", "Trung học cơ sở"), ("trung hoc pho thong", "Trung học phổ thông"),
    ("tieu hoc va trung hoc co so", "Tiểu học và Trung học cơ sở"),
    ("trung hoc co so va trung hoc pho thong", "Trung học cơ sở và Trung học phổ thông"),
    ("pho thong", "Phổ thông"), ("pho thong dan toc noi tru", "Phổ thông Dân tộc nội trú"),
    ("pho thong dan toc ban tru", "Phổ thông Dân tộc bán trú"), ("chinh tri", "Chính trị"),
    ("cao dang", "Cao đẳng"), ("dai hoc", "Đại học"), ("trung cap", "Trung cấp"),
    ("cao dang nghe", "Cao đẳng nghề"), ("trung cap nghe", "Trung cấp nghề"),
    ("giao duc thuong xuyen", "Giáo dục thường xuyên"), ("da khoa", "Đa khoa"),
    ("y hoc co truyen", "Y học cổ truyền"), ("phuc hoi chuc nang", "Phục hồi chức năng"),
    ("lao va benh phoi", "Lao và Bệnh phổi"), ("tam than", "Tâm thần"), ("noi tiet", "Nội tiết"),
    ("da lieu", "Da liễu"), ("ung buou", "Ung bướu"), ("quan y", "Quân y")),
    key=lambda kind: -len(kind[0].split())))
# Schools beyond the general ones (folded kind, or its acronym), often named by the field they train for
TRAINING_KINDS = frozenset({"cao dang", "dai hoc", "trung cap", "cao dang nghe", "trung cap nghe", "cd", "dh"})
# The fields (first two words, folded) such a school is named by: "Cao đẳng Y tế …", "Trung cấp Kinh tế -
# Kỹ thuật …", "Đại học Sư phạm …", "Cao đẳng Nông nghiệp và Phát triển nông thôn …"
SCHOOL_FIELDS = frozenset({
    "y te", "y duoc", "duoc", "kinh te", "ky thuat", "su pham", "nong nghiep", "nong lam", "lam nghiep",
    "cong nghe", "cong nghiep", "du lich", "van hoa", "nghe thuat", "giao thong", "xay dung", "co dien",
    "thuong mai", "tai chinh", "ke toan", "luat", "my thuat", "am nhac", "the duc", "thuy loi", "thuy san",
    "dien luc", "co khi", "dan toc", "ngoai ngu", "y khoa", "bach khoa", "quan ly", "khoa hoc"})
# Disciplines a university's name lists after its first field, each capitalised as its official name
# writes it ("Khoa học Tự nhiên", "Khoa học Xã hội và Nhân văn", "Kinh tế và Quản trị Kinh doanh")
SCHOOL_DISCIPLINES = frozenset({"tu nhien", "xa hoi", "nhan van", "kinh doanh", "thong tin", "truyen thong"})
# Sub-bodies named by the fields they serve ("Sở Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch").
FIELD_NAMED = frozenset({"so", "phong", "bo"})
# Sub-bodies whose name runs on in small letters after the organ word, as plans print them: a
# steering board is named for its work ("Ban Chỉ đạo chuyển đổi số tỉnh …", "Ban Chỉ đạo phòng,
# chống tội phạm, tệ nạn xã hội … huyện …"), not for a field a department is set up for.
RUNNING_NAMED = frozenset({"bcd"})
# Proper nouns an organ's name may hold, capitalised wherever they stand in it (folded words → as
# written): "… bảo vệ an ninh Tổ quốc", "… Mặt trận Tổ quốc Việt Nam".
# ("Ban Xây dựng Đảng": a commune's Party committee's one board since 2025; the Party is a proper name)
# ("Ban Công tác Mặt trận" of a hamlet: the Front, Điều lệ MTTQ Việt Nam, is a proper name too)
PROPER_IN_NAMES = {("to", "quoc"): "Tổ quốc", ("viet", "nam"): "Việt Nam", ("xay", "dung", "dang"): "xây dựng Đảng",
                   ("mat", "tran"): "Mặt trận"}
# Foreign countries an organ's name may hold, a proper name wherever it stands ("Trường Cao đẳng
# Việt Nam - Hàn Quốc", "Trung tâm Hợp tác Việt Nam - Nhật Bản"): lower case, modern tone marks.
COUNTRY_NAMES = frozenset({
    "hàn quốc", "nhật bản", "hoa kỳ", "trung quốc", "thụy điển", "cu ba", "thái lan", "ba lan", "mông cổ",
    "campuchia", "cam-pu-chia", "ấn độ", "hà lan", "phần lan", "đan mạch", "na uy", "triều tiên", "singapore",
    "xinh-ga-po", "hungary", "hung-ga-ri", "australia", "ô-xtrây-li-a", "bồ đào nha", "tây ban nha",
    "liên bang nga", "cộng hòa séc", "cộng hòa liên bang đức", "cộng hòa pháp", "vương quốc anh",
    "ca-na-đa", "canada", "in-đô-nê-xi-a", "indonesia", "ma-lai-xi-a", "malaysia", "phi-líp-pin",
    "philippines", "mi-an-ma", "myanmar", "bun-ga-ri", "bulgaria", "ru-ma-ni", "romania", "a-déc-bai-gian",
    "bê-la-rút", "belarus", "ca-dắc-xtan", "kazakhstan", "niu di-lân", "new zealand", "i-ta-li-a", "italia"})
# A country of one syllable is a common word too ("đức", "nga", "anh", "mỹ"): beside "Việt" (as a
# friendship society, joint school or hospital pairs them: "Hội hữu nghị Việt - Lào", "Bệnh viện
# Hữu nghị Việt Đức", "Trường Cao đẳng Việt - Đức") it is the country.
PAIRED_WITH_VIET = frozenset({"lào", "đức", "nga", "xô", "pháp", "nhật", "hàn", "trung", "mỹ", "anh", "úc", "ý", "bỉ",
                              "séc", "cuba", "triều", "thái", "hung", "ba lan", "cu ba", "nhật bản", "hàn quốc"})
_COUNTRY_SIZES = sorted({len(c.split()) for c in COUNTRY_NAMES | PAIRED_WITH_VIET}, reverse=True)


def country_words(words: list[str]) -> set[int]:
    """The indices of the words that name a foreign country (COUNTRY_NAMES, or PAIRED_WITH_VIET
    beside "Việt" or "Việt Nam", then "Việt" too), to be capitalised in a name re-cased from capitals."""
    if _COUNTRY_FIRST_FOLDED.isdisjoint(_f(" ".join(words)).split()):   # most names hold none
        return set()
    low = [normalize_tone_marks(w.lower()) for w in words]
    out: set[int] = set()
    for i in range(len(low)):
        n = next((n for n in _COUNTRY_SIZES if i + n <= len(low) and " ".join(low[i:i + n]) in _COUNTRIES), 0)
        if not n:
            continue
        if " ".join(low[i:i + n]) in COUNTRY_NAMES:
            out.update(range(i, i + n))
        viet = _viet_beside(low, i, i + n)
        if viet:
            out.update(range(i, i + n))
            out.update(viet)
    return out


def _viet_beside(low: list[str], start: int, end: int) -> range:
    """The words of "Việt" or "Việt Nam" right before low[start:end] or right after it, a dash
    between or none; an empty range when neither is there."""
    k = start - 1 - (start > 0 and low[start - 1] in ("-", "–"))
    if k >= 0 and low[k] == "việt":
        return range(k, k + 1)
    if k > 0 and low[k - 1:k + 1] == ["việt", "nam"]:
        return range(k - 1, k + 1)
    k = end + (end < len(low) and low[end] in ("-", "–"))
    if k < len(low) and low[k] == "việt":
        return range(k, k + (2 if low[k + 1:k + 2] == ["nam"] else 1))
    return range(0)


_COUNTRIES = COUNTRY_NAMES | PAIRED_WITH_VIET
_COUNTRY_FIRST_FOLDED = frozenset(fold_nfc(c.split()[0]) for c in _COUNTRIES)
MINISTRY_WORD = "BỘ"
PRIMARY_NAME = {"mttq": "Ủy ban MTTQ Việt Nam", "ubbc": "Ủy ban bầu cử", "ubnd": "UBND",
                "hdnd": "HĐND", "danguy": "Đảng ủy", "dangbo": "Đảng bộ", "doan": "Đoàn"}
CAP_UY = {"tinh": ("tỉnh", "Tỉnh ủy"), "thanh": ("thành phố", "Thành ủy"), "huyen": ("huyện", "Huyện ủy"),
          "quan": ("quận", "Quận ủy"), "thi": ("thị xã", "Thị ủy")}
CAP_DOAN = {k: (lv, name.replace(" ủy", " đoàn")) for k, (lv, name) in CAP_UY.items()}
# Organs whose level word comes first in their name ("HUYỆN ỦY X", "TỈNH ĐOÀN X"): the group of
# ORGAN_RE holding it and the (level, organ name) it stands for.
CAP_ORGANS = {"p_capuy": ("cap", CAP_UY), "p_capdoan": ("capd", CAP_DOAN)}
SUB_NAME = {"btt": "Ban Thường trực", "btv": "Ban Thường vụ", "tt": "Thường trực",
            "bch": "Ban Chấp hành", "so": "Sở", "bo": "Bộ", "phong": "Phòng", "vanphong": "Văn phòng",
            "bcd": "Ban Chỉ đạo", "bql": "Ban Quản lý", "hoidong": "Hội đồng", "ban": "Ban",
            "ubkt": "Ủy ban Kiểm tra", "bochqs": "Bộ Chỉ huy Quân sự", "chibo": "Chi bộ",
            "chidoan": "Chi đoàn"}
# Bodies of a Party committee: under "ĐẢNG BỘ <unit>" they are named by the committee ("Ủy ban
# Kiểm tra Huyện ủy X", "Ban Tuyên giáo Đảng ủy xã Y"), not by the Đảng bộ (its Ban Chấp hành is).
COMMITTEE_BODIES = frozenset({"ubkt", "ban", "vanphong", "btv", "tt"})
# A unit's military command ("BAN CHỈ HUY QUÂN SỰ", "BAN CHQS") (folded words after "Ban"): a state
# body named by its unit whatever organ is printed above it ("ĐẢNG ỦY XÃ X / BAN CHỈ HUY QUÂN SỰ"
# is "Ban Chỉ huy Quân sự xã X", never a body of the Party committee as "Ban Tuyên giáo" is).
MILITARY_COMMAND = re.compile(r"(?:chi huy quan su|chqs)$")
# A province's defence-area command since 2025 ("BAN CHỈ HUY PHÒNG THỦ KHU VỰC 1 - HOÀNG MAI"), which took
# over its districts' commands (folded words after "Ban"): named as the military names it, "Ban Chỉ huy
# Phòng thủ khu vực" then its number and the place it is named by
DEFENCE_AREA = re.compile(r"chi huy phong thu khu vuc(?= )")


def _defence_area_named(words: str) -> str | None:
    """"Chỉ huy Phòng thủ khu vực 1 - Hoàng Mai" for a defence-area command's words after "Ban"; None
    for other words."""
    if not DEFENCE_AREA.match(" ".join(_f(words).split())):
        return None
    tail = [w if w in _NAME_DASHES or w.isdigit() or _ROMAN_NUMBER.fullmatch(w) else _title_case(w)
            for w in words.split()[6:]]
    return " ".join(["Chỉ huy Phòng thủ khu vực", *tail])


# (The look-behind every organ opens with is written once before them all: a position inside a
# word is refused by it at once, not entered by each of the ~25 alternatives.)
ORGAN_RE = re.compile(
    "(?<![a-z])(?:" + "|".join(f"(?P<p_{k}>(?:{p})(?![a-z]))" for k, p in PRIMARY_ORGANS)
    + "|" + "|".join(f"(?P<s_{k}>(?:{p})(?![a-z]))" for k, p in SUB_BODIES) + ")")
# A unit: level word then its name (folded). ("đặc khu kinh tế", a special economic zone, is no unit.)
UNIT_RE = re.compile(
    rf"(?<![a-z])(?P<lv>{levels.alternation(folded=True, abbreviations=True, guard=True)})(?![a-z])\s*")
# folded level word or abbreviation (with its dot or not) -> the level word
LEVEL_WORD = {w: lv.printed for lv in levels.LEXICON for a in lv.abbreviations for w in (a, a + ".")} | {
    lv.folded: lv.printed for lv in levels.LEXICON}
WARD_LEVELS = levels.COMMUNE_LEVELS

BODY_LINE_MAX = 60  # the longest issuer line kept apart from a post's title ("Ủy ban MTTQ Việt Nam huyện X")
# what a post's or a sentence's words hold and a body's name never does ("UBND huyện X triển khai
# kế hoạch …")
_NOT_IN_A_NAME = re.compile(
    r"(?<![a-z])(?:" + doc_kinds.alternation(("kế hoạch", "báo cáo", "chương trình", "quyết định", "thông báo",
                                               "hướng dẫn", "nghị quyết"))
    + r"|ban hanh|trien khai|tin tuc|trang chu)(?![a-z])")


# a level word closing a line (folded), its unit's name left to the line above
_LEVEL_AT_END = re.compile(rf"(?<![a-z])(?:{levels.alternation(folded=True)})$")


def names_a_body(text: str) -> bool:
    """Is the line the name of an issuing body as a header typed in small letters prints it
    ("Ủy ban nhân dân" / "huyện Yên Lập", "UBND tỉnh Phú Thọ" / "Sở Nội vụ"): an organ's word
    (ORGAN_RE) or a level word, then nothing, a unit, or a capitalised name; an organ and a bare
    level word ("Công an xã"), or a steering board's work and its level word, under the line that
    names the unit. A post's title or a menu's entry ("Phòng chống dịch bệnh", "Ban hành kế hoạch
    …", "Tin tức - Sự kiện") is not one."""
    text = " ".join(text.split())   # (a page source's own line breaks and indents)
    if not text or len(text) > BODY_LINE_MAX or text[-1] in ".:;,!?" or any(c.isdigit() for c in text):
        return False
    ft = _f(text)
    if _NOT_IN_A_NAME.search(ft):
        return False
    organ = ORGAN_RE.match(ft)
    at = organ.end() if organ else 0
    while at < len(text) and text[at] == " ":
        at += 1
    if organ and (at == len(text) or text[at].isupper()):
        return True
    unit = UNIT_RE.match(ft, at)   # "huyện Yên Lập", "UBND tỉnh Phú Thọ"
    if unit is not None and unit.end() < len(text):
        return text[unit.end()].isupper()
    if organ is None:
        return False
    if unit is not None:
        return True   # "Công an xã", "Hội đồng nhân dân huyện": the unit is named on the line above
    if organ["s_chibo"] is not None:
        # a Party cell named by its hamlet, the noun in small letters: "Chi bộ thôn Đồng Lạc", "Chi bộ
        # tổ dân phố Hòa Bình" (not "Chi bộ họp định kỳ …", "Chi bộ thôn họp bàn")
        return _hamlet_named(text[at:].upper()) is not None and (text[at:].split()[-1][:1].isupper()
                                                                 or text[at:].split()[-1][:1].isdigit())
    # a steering board is named by its work, in small letters, and closes on its unit's level word:
    # "Ban Chỉ đạo phòng, chống dịch bệnh xã" (a board's post, "Ban Chỉ đạo xã họp …", does not)
    return organ["s_bcd"] is not None and _LEVEL_AT_END.search(ft) is not None


# The issuing sentence of the body (folded): "UBND phường Vĩnh Tuy ban hành Kế hoạch…",
# "Ủy ban nhân dân (UBND) thị trấn Tà Lùng xây dựng Kế hoạch…", "Ủy ban nhân dân xã ban hành…".
_BODY_ORG = (r"(?P<org>(?:ban thuong truc\s+)?(?:uy ban mat tran to quoc viet nam|uy ban mttq viet nam"
             r"|ub\.?\s*mttq viet nam|uy ban mttq|ub\.?\s*mttq)|(?:thuong truc\s+)?(?:hoi dong nhan dan|hdnd)"
             r"|(?:ban thuong vu\s+)?dang uy|u[yv] ban nhan dan|ubnd|ub nhan dan)(?:\s*\((?:ubnd|hdnd|mttq)\))?")
_BODY_LEVEL = rf"(?P<lv>{levels.alternation(folded=True, abbreviations=('tp',))})"   # ("TX." is not read here)
# the kinds a body issues in its own name (extractors.doc_kinds; folded)
_DOC_WORDS = doc_kinds.alternation(("kế hoạch", "báo cáo", "chương trình", "quyết định", "thông báo", "hướng dẫn",
                                    "nghị quyết", "tờ trình", "đề án", "phương án", "chỉ thị", "quy chế", "kết luận"))
ISSUING_SENTENCE = re.compile(
    rf"(?<![a-z]){_BODY_ORG}\s+{_BODY_LEVEL}(?P<name>(?:\s+[^\s,;:.()]+){{0,5}}?)\s+"
    rf"(?:da\s+|se\s+|tiep tuc\s+)?(?:ban hanh|xay dung|trien khai|thong nhat|de ra|lap|to chuc|thuc hien"
    rf"|bao cao|thong bao)\s+(?:{_DOC_WORDS})(?![a-z])")
# ISSUING_SENTENCE opens with a look-behind, so a search tries it at every position of a long
# text (~2 ms a plan). It can only start where an organ's name does, and those are found fast by
# their first word and, in a look-ahead, the word after it in _BODY_ORG ("thuong" alone, "hoi" of
# "xa hoi", are too common to try): it is tried there only (a gate match is one all-letter word,
# which cannot hide a start that follows a non-letter, so no start is skipped).
_ORGAN_FIRST_WORD = re.compile(r"ban(?= thuong)|thuong(?= truc)|u[yv](?= ban)|ub|hoi(?= dong)|hdnd|dang(?= uy)")


def _issuing_sentences(ft: str):
    """ISSUING_SENTENCE.finditer(ft), found faster."""
    return matches_at(ISSUING_SENTENCE, ft, (c.start() for c in _ORGAN_FIRST_WORD.finditer(ft)))


# An organ named after "của"/"do" is a cited document's issuer ("Kế hoạch số 45/KH-UBND … của Ủy ban
# nhân dân tỉnh X thực hiện Chương trình …"): the verb and type word after it open that document's
# title, not the plan's issuing sentence (folded; matched on the few characters before the organ).
CITED_ISSUER = re.compile(r"(?<![a-z])(?:cua|do)\s*$")


def _own_issuing_sentences(ft: str):
    """The issuing sentences of the folded text that are not a cited document's issuer and title."""
    for m in _issuing_sentences(ft):
        if not CITED_ISSUER.search(ft[max(0, m.start() - 6):m.start()]):
            yield m


# A school's or a mass organisation's committee issuing the plan in its own name, the sentence opening a
# clause ("… của nhà trường. Trường mầm non Vân Từ xây dựng “Kế hoạch phát triển …” như sau:", "…; Ban Chấp
# hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức …"), folded: the body's name, a verb that issues, then the
# type word, in quotes or not, with no number after it (another document carried out). UNIT_SENTENCE_CAPS
# checks the print: the body and type words capitalised, the name closing on a capitalised word.
UNIT_SENTENCE = re.compile(
    r"(?:^|(?<=[\n.;:])[^\S\n]*)(?P<who>(?:truong|ban chap hanh|bch)\s[^\n,;:.()“”\"]{2,80}?)\s+"
    r"(?:da\s+|tiep tuc\s+)?(?:ban hanh|xay dung|trien khai|lap)\s+[“\"]?"
    rf"(?P<doc>{_DOC_WORDS})(?![a-z])(?!\s+so(?![a-z]))", re.MULTILINE)
UNIT_SENTENCE_WORDS = 12


def _unit_sentences(text: str, ft: str, reach: int):
    """The UNIT_SENTENCE matches in ft[:reach] whose print bears them out (UNIT_SENTENCE_CAPS)."""
    if "Trường" not in text[:reach] and "Ban Chấp hành" not in text[:reach] and "BCH" not in text[:reach]:
        return
    for m in UNIT_SENTENCE.finditer(ft, 0, reach):
        who = text[m.start("who"):m.end("who")]
        words = who.split()
        if who[:1].isupper() and text[m.start("doc")].isupper() and len(words) <= UNIT_SENTENCE_WORDS \
                and (words[-1][:1].isupper() or words[-1][:1].isdigit()):
            yield m


def _department_sentence_pattern(body: str, level_words: tuple[str, ...]) -> re.Pattern:
    """A department's own issuing sentence (folded): its body word, its field, the level and name
    of its unit if printed, then a verb that issues the plan, which names itself with a capital
    type word and no number ("Kế hoạch số 12/…" is another document being carried out)."""
    return re.compile(
        rf"{body}\s+(?P<field>[a-z][^\s,;:.()]*(?:,?\s+(?:-\s+)?[^\s,;:.()]+){{0,7}}?)"
        rf"(?:\s+(?P<lv>{levels.alternation(level_words, folded=True)})"
        r"(?P<name>(?:\s+[^\s,;:.()]+){1,4}?))?\s+"
        r"(?:da\s+|se\s+|tiep tuc\s+)?(?:ban hanh|xay dung|trien khai|de ra|lap|thuc hien)\s+"
        rf"(?P<doc>{_DOC_WORDS})(?![a-z])(?!\s+so(?![a-z]))")


# A provincial department's ("Sở Y tế xây dựng Kế hoạch …", "Sở Văn hóa, Thể thao và Du lịch tỉnh X
# ban hành Kế hoạch …"), tried only where the print has "Sở" and a capital after it.
DEPARTMENT_SENTENCE = _department_sentence_pattern("so", levels.PROVINCE_LEVELS)
# A district department's ("Phòng Giáo dục và Đào tạo huyện Yên Thế xây dựng Kế hoạch …", "Phòng Văn
# hóa - Thông tin ban hành Kế hoạch …"). A Phòng that issues a plan in its own name is a district's
# (a Sở's or a hospital's Phòng issues none), so its level is printed or is the district the plan
# names most.
DISTRICT_DEPARTMENT_SENTENCE = _department_sentence_pattern("phong", levels.DISTRICT_LEVELS)
DISTRICT_LEVELS = levels.DISTRICT_LEVELS   # (in this order: the first one the text names is taken)
# What may stand before a department's own sentence: a line's start, a clause's end, or the end of
# the preamble's last cited document ("…năm 2025, Sở Y tế xây dựng …"); not "Giao"/"phối hợp với".
DEPARTMENT_OPENS = frozenset("\n,;.:")


def _department_sentence(text: str, ft: str, word: str = "Sở") -> tuple[int, Issuer] | None:
    """(where it starts, the issuer) of a department's own issuing sentence, its province completed
    from the text as a reader would: the one province it names most, else the centrally-run city.
    word="Phòng": a district department's, its district completed likewise (DISTRICT_DEPARTMENT_SENTENCE)."""
    district = word == "Phòng"
    pattern = DISTRICT_DEPARTMENT_SENTENCE if district else DEPARTMENT_SENTENCE
    pos = text.find(word)
    while pos != -1:
        k = pos - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        m = pattern.match(ft, pos) if k < 0 or text[k] in DEPARTMENT_OPENS else None
        if m is not None and text[m.start("field")].isupper() and text[m.start("doc")].isupper():
            body = word + " " + " ".join(text[m.start("field"):m.end("field")].split())
            if district:
                return pos, _district_department(text, m, body)
            if m["lv"]:
                level = LEVEL_WORD[m["lv"]]
                name = _title_case(" ".join(text[m.start("name"):m.end("name")].split()))
            else:
                level, name = "tỉnh", _dominant_locality(text, "tỉnh")
                if name is None:
                    city = _dominant_locality(text, "thành phố")
                    central = city is not None and fold_key(f"thành phố {city}") in MUNICIPAL_KEYS
                    level, name = ("thành phố", city) if central else (None, None)
            return pos, Issuer(f"{body} {level} {name}" if name else body, level if name else None, name)
        pos = text.find(word, pos + len(word))
    return None


def _district_department(text: str, m: re.Match, body: str) -> Issuer:
    """The issuer of a district department's sentence: its district as printed, else the district
    the plan names most."""
    if m["lv"]:
        level = LEVEL_WORD[m["lv"]]
        name = _title_case(" ".join(text[m.start("name"):m.end("name")].split()))
        return Issuer(f"{body} {level} {name}", level, name)
    for level in DISTRICT_LEVELS:
        name = _dominant_locality(text, level)
        if name is not None:
            return Issuer(f"{body} {level} {name}", level, name)
    return Issuer(body, None, None)


CLOSING_SENTENCE = re.compile(
    rf"tren day la (?:{_DOC_WORDS})(?![a-z])[^\n]{{0,250}}?(?<![a-z])cua\s+{_BODY_ORG}\s+{_BODY_LEVEL}"
    rf"(?P<name>(?:\s+[^\s,;:.()]+){{0,5}})")
# "xã Dương Quang", "huyện Bình Gia": a level word and the capitalised words after it (folded).
LEVEL_PLACE = {  # (the look-behinds follow the level word, so the pattern opens with letters: fast)
    lv: re.compile(rf"{lv}(?<![a-z]{lv}){f'(?<!thi {lv})' if lv in ('xa',) else ''}"
                   rf"(?=\s+(?P<name>[a-z0-9']+(?:\s+[a-z0-9']+){{0,3}}))")
    for lv in levels.folded(levels.TOP_DOWN)
}
FOLD_LEVEL = {lv.printed: lv.folded for lv in levels.LEXICON}

# Years in a trích yếu (folded): periods first, then "năm 2025", then a bare year.
YEAR_PERIOD = re.compile(r"(?<!\d)(?P<a>(?:19|20)\d\d)\s*[-–—]\s*(?P<b>(?:19|20)\d\d)(?!\d)")
# "từ năm 2021 đến năm 2024": a period written out in words (folded)
YEAR_SPAN = re.compile(r"(?<![a-z])tu\s+(?:nam\s+)?(?P<a>(?:19|20)\d\d)\s+den\s+(?:het\s+)?(?:nam\s+)?(?P<b>(?:19|20)\d\d)(?!\d)")
YEAR_HORIZON = re.compile(r"(?:den|toi|tam nhin|dinh huong)(?: nam)?\s+(?:19|20)\d\d")
YEAR_ANY = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")
# The word that makes the span after it a period, not an anniversary's years (folded, at the span's start).
_PERIOD_WORD_BEFORE = re.compile(r"(?<![a-z])(?:giai doan|thoi ky)\s*(?:tu\s+)?(?:nam\s+)?$")
# A law is known by the year it was passed: "Luật Nhà ở năm 2023", "Bộ luật Lao động năm 2019"
# name a law, not the plan's year. Read on the printed title: the capital "Luật" tells it from
# "pháp luật năm 2025", whatever case its name is typed in ("Luật đất đai năm 2024", "Luật giao thông
# đường bộ năm 2008": any letter, but "Luật sư", a lawyer); the name runs on through no preposition
# of place or purpose, after which the year is the plan's again ("Luật Đất đai trên địa bàn xã năm 2025").
LAW_NAMED_BY_YEAR = re.compile(
    r"(?<!\w)(?:Bộ\s+[Ll]uật|Luật)\s+(?!sư(?!\w))(?=[^\W\d_])"
    r"(?:(?!(?:năm|trên|tại|cho|của|đến|trong|giai|và|về|nhằm|để)\b)[^\s;:()]+\s+){1,8}?"
    r"năm\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_DATE_ALTS = r"ngay\s*\d{1,2}\s*(?:/|-|\.|thang)\s*\d{1,2}\s*(?:/|-|\.|nam)\s*\d{4}|\d{1,2}/\d{1,2}/\d{4}"
# A word holding a digit and, after it, a "/" with more after it (a document's số hiệu "12/KH-UBND", a date):
# `\S*\d\S*/\S+` read in one pass (the first digit, the first "/" after it), no backtracking
_NUMBERED_WORD = r"[^\s\d]*+\d[^\s/]*+/\S++"
# (a word tried from its start only: once it fails there it fails at every later offset in it, which
# a search trying each offset in turn would scan again and again)
DATE_IN_TITLE = re.compile(_DATE_ALTS + r"|(?<!\S)" + _NUMBERED_WORD)
# … and right where a date that ran into the word ended ("12/3/2025-15/3/2025")
_DATE_AT = re.compile(_DATE_ALTS + "|" + _NUMBERED_WORD)


def without_dates(folded: str) -> str:
    """The folded trích yếu with its dates and numbered words (số hiệu) each blanked to one space:
    `re.sub(r"<dates>|\\S*\\d\\S*/\\S+", " ", folded)` in linear time (that pattern backtracks
    without end on a long run of figures, "1.0001.000…")."""
    out: list[str] = []
    last = 0
    m = DATE_IN_TITLE.search(folded)
    while m is not None:
        out += (folded[last:m.start()], " ")
        last = m.end()
        if last < len(folded) and not folded[last].isspace() and (nxt := _DATE_AT.match(folded, last)):
            m = nxt
        else:
            m = DATE_IN_TITLE.search(folded, last)
    out.append(folded[last:])
    return "".join(out)

# A preamble opening inside a line that starts with the trích yếu (case-sensitive: capitalised
# cue words are a new sentence; inside a trích yếu they are lower case).
TITLE_RUN_ON = re.compile(r"(?<=\S)\s+(?:Căn cứ|Thực hiện|Triển khai|Phát huy|Nhằm|Theo đề nghị|Xét đề nghị"
                          r"|Năm 20\d\d là|\((?:[Bb]an hành )?[Kk]èm theo)\s")
# A period word after a word of the trích yếu, set capital at the head of a wrapped line.
MID_TITLE_PERIOD = re.compile(r"(?<=[^\W\d_] )(?:Năm(?: học)?|Giai đoạn|Nhiệm kỳ)(?= (?:19|20)\d\d)")
# A Vietnamese syllable (folded): an upper-case word that is not one is an acronym (THCS, UBND).
SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$")
# "V/v triển khai …": the trích yếu of a công văn.
VV_LINE = re.compile(r"^\s*[Vv]\s*/\s*[Vv]\s*[:.]?\s*(.+)$")

TITLE_MAX_LINE = 220   # a longer line after the type line is prose, not a trích yếu
CAPS_TITLE_MAX_LINE = 500   # … unless it is in capitals
TITLE_MAX_LONG = 400   # … unless it reads as one (_long_title): a trích yếu typed as one paragraph
# a sentence's end inside a line (a trích yếu has none: it is one phrase)
_INNER_STOP = re.compile(r"[.;:!?](?=\s)")
# … but "; " between the documents or works a trích yếu lists ("… Nghị quyết số 12/NQ-HĐND …; Quyết định số
# 05/QĐ-UBND …", "… hòa giải ở cơ sở; chuẩn tiếp cận pháp luật …") is none, in a phrase not itself ending on ";"
_INNER_STOP_LISTING = re.compile(r"[.:!?](?=\s)")


# =============================================================================================
# Small helpers
# =============================================================================================
# Folded copy, same length: lower case, no diacritics, đ -> d (NFC, then FOLD_TABLE char for char, lines
# cached): the admin fold itself, as in extractors.closing (a wrapper added a call to each of its many uses)
_f = fold_nfc


def _compact(text: str) -> str:
    return NOT_ALNUM.sub("", _f(text))


NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _segments(doc: Document, lines) -> list[str]:
    """Texts of lines, a table row giving one text per line of each non-empty cell."""
    out = []
    for ln in lines:
        texts = doc.cell_texts(ln) if ln.is_row else [ln.text]
        for t in texts:
            out.extend(p for p in t.split("\n") if p.strip())
    return out


# The pure functions of one line or cell below are cached (maxsize bounded): a header is scanned
# line by line by several of them, and a batch sees the same header lines in many plans.
@memo(4096)
def _title_case(words: str) -> str:
    """'DƯƠNG QUANG' -> 'Dương Quang'; keeps mixed-case words as printed."""
    out = []
    for w in words.split():
        if _is_caps(w) and len(w) > 1 and not re.fullmatch(r"[IVX]+", w):
            w = "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
            w = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), w)
        out.append(w)
    return " ".join(out)


def _printed_form(phrase: str, text: str, capitalised: bool = False, spelled: bool = False,
                  running: bool = False) -> str | None:
    """The phrase as the document prints it in mixed case elsewhere (same letters), if it does;
    `capitalised`: only forms whose first letter is a capital count. `spelled`: a phrase printed
    with its tone marks keeps them: a form spelled otherwise ("Đăk Glei" for "ĐẮK GLEI", "Hòa" for
    "HOÀ") only gives its case, and is taken only when the phrase lost its marks ("KON PLONG").
    `running`: the phrase runs on after an organ word, so a capital that only opens a line or a
    sentence (the trích yếu "Phòng, chống tội phạm …") is the position's, not the name's: such a
    form counts with its first letter small."""
    key = _f(phrase)
    if not key.strip():
        return None
    ft = _folded_doc(text)
    counts: Counter = Counter()
    for start, end in _phrase_spans(key, ft):
        s = text[start:end]
        if running and s[:1].isupper() and _opens_sentence(text, start) and not _is_acronym(s.split()[0]):
            s = s[:1].lower() + s[1:]
        if not _is_caps(s) and (not capitalised or s[:1].isupper()):
            counts[" ".join(s.split())] += 1
    if spelled and counts:
        own = " ".join(unicodedata.normalize("NFC", phrase).lower().split())
        if own != key:   # (marks printed: only the same spelling counts)
            counts = Counter({form: n for form, n in counts.items() if form.lower() == own})
            if not counts:
                return _title_case(phrase) if _is_caps(phrase) else None
    return counts.most_common(1)[0][0] if counts else None


_ALNUM_FOLDED = "abcdefghijklmnopqrstuvwxyz0123456789"


def _phrase_spans(key: str, ft: str) -> list[tuple[int, int]]:
    """The spans where the folded phrase `key` stands in the folded text `ft` as whole words (no
    [a-z0-9] just before or after it), its words apart by any white space: what the regex
    `w1(?<![a-z0-9]w1)\\s+w2…(?![a-z0-9])` finds, left to right and without overlap. Read with
    str.find, not a regex: the names differ from plan to plan, and compiling a pattern for each
    costs ten times the search (a kept pattern per name also held memory)."""
    first, *rest = key.split()
    n, out = len(ft), []
    at = ft.find(first)
    while at != -1:
        end = at + len(first)
        ok = at == 0 or ft[at - 1] not in _ALNUM_FOLDED
        if ok:
            for w in rest:
                j = end
                while j < n and ft[j].isspace():   # (str.isspace is re's \\s)
                    j += 1
                if j == end or not ft.startswith(w, j):
                    ok = False
                    break
                end = j + len(w)
        if ok and (end >= n or ft[end] not in _ALNUM_FOLDED):
            out.append((at, end))
            at = ft.find(first, end)
        else:
            at = ft.find(first, at + 1)
    return out


def _opens_sentence(text: str, at: int) -> bool:
    """Does the text at `at` open a line or a sentence (after blanks, a newline or the text's start,
    a full stop, a colon, or an opening quote)?"""
    before = text[max(0, at - 8):at].rstrip(" \t")
    return not before or before[-1] in "\n.:!?“\"("


# The whole text folded, cached and shared with extractors.admin (one fold per document).
_folded_doc = fold_cached


def _name_words(text: str, start: int, end: int, max_words: int = 4) -> tuple[int, int] | None:
    """The span of the capitalised words (or numbers) opening text[start:end], or None."""
    pos, s, e, n = start, None, None, 0
    for m in re.finditer(r"[^\s,;:.()“”\"]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        w = text[a:b]
        if not (w[0].isupper() or w[0].isdigit()) or n >= max_words:
            break
        if a - pos > 1 and n:  # a gap wider than one space: another phrase
            break
        s = a if s is None else s
        e, pos, n = b, b, n + 1
    return (s, e) if s is not None else None


# =============================================================================================
# Place and date
# =============================================================================================
@dataclass(frozen=True)
class PlaceDate:
    place: str | None
    date: dt.date | None
    year: int | None
    month: int | None
    day: int | None
    start: int          # span of the whole "place, ngày … năm …" in the line
    end: int


# Some units (a school, a health station, a party cell) print the place-date line in the signer's
# column over the title ("Tú Thịnh, ngày 05 tháng 5 năm 2025" / "HIỆU TRƯỞNG") and none in the
# header: a line that is a place-date and nothing else, right over a signer's authority ("TM. …",
# "KT. …") or title line, then dates the plan. Read from the end: the closing is there.
SIGNER_DATE_SLACK = 3   # characters a place-date line may carry after its year (".", a stray mark)


def signer_place_date(doc: Document) -> PlaceDate | None:
    """The place and date printed over the signer's title in the plan's own closing, or None.

    An appendix or form after the plan's signer block ("Phụ lục", "Mẫu số 01", "Biểu mẫu …") may close
    with a signer block of its own ("Tân Phong, ngày 20 tháng 5 năm 2025 / THỦ TRƯỞNG ĐƠN VỊ"): a
    reporting unit's, not the plan's, so the reading stops where one opens."""
    pieces: list[str] = []
    signed = False
    for i, ln in enumerate(doc.lines):
        if signed and not ln.is_row and i > len(doc.lines) // 3 and ends_closing(ln.text):
            break
        for t in (doc.cell_texts(ln) if ln.is_row else [ln.text]):
            for p in t.split("\n"):
                if p := p.strip():
                    pieces.append(p)
                    signed = signed or _signs(p)
    for i in range(len(pieces) - 2, -1, -1):
        t, nxt = pieces[i], pieces[i + 1]
        if len(t) > 80 or not _signs(nxt):
            continue
        pd = _parse_place_date(t)
        if pd is not None and pd.place and pd.start == 0 and len(t) - pd.end <= SIGNER_DATE_SLACK:
            return pd
    return None


def _signs(t: str) -> bool:
    """Is the line a signer's title or authority ("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")?"""
    return is_title_line(t) or (_is_caps(t) and AUTHORITY.match(t) is not None)


@memo(4096)
def _parse_place_date(line: str) -> PlaceDate | None:
    """"Địa danh, ngày … tháng … năm …" in one line: place and whatever part of the date is known.

    The cue is found with the patterns above (a date left wholly blank still gives the place);
    the date parts come from extractors.dates when it is present, else from the same match.
    """
    ft = _f(line)
    # the first date of either form: a header run into one line ("Hà Nội, ngày 04 tháng 12 năm 2021
    # QUYẾT ĐỊNH … Căn cứ … ngày 25/10/2017 …") quotes others of the other form after its own; but where
    # the first is a date quoted in a title run on ("… QUỐC KHÁNH (ngày 2 tháng 9 năm 1945 - …) Số: 85/KH-UBND
    # ngày 05/8/2025"), the next date of either form is the header's (both quoted dates may be of one form:
    # "(ngày 2 tháng 9 năm 1945 - ngày 2 tháng 9 năm 2025) Số: 85/KH-UBND ngày 05 tháng 8 năm 2025")
    found = heapq.merge(PLACE_DATE_NUM.finditer(ft), PLACE_DATE_LONG.finditer(ft), key=lambda x: x.start())
    for m in itertools.islice(found, PLACE_DATES_TRIED):
        if (pd := _place_date_at(line, m)) is not _QUOTED:
            return pd
    return None


_QUOTED = object()   # _place_date_at's answer for a date quoted after something else, no place's
# Dates of a line tried for its place-date: a title's quoted span, then its own (each try reads the line
# before it, so a body line of many cited dates is not read to its end)
PLACE_DATES_TRIED = 4


def _place_date_at(line: str, m: re.Match) -> PlaceDate | None | object:
    """_parse_place_date's reading of one match of its patterns in the line's fold."""
    d = int(m["d"]) if m["d"] else None
    mo = int(m["m"]) if m["m"] else None
    y = int(m["y"]) if m["y"] else None
    try:  # the shared date grammar, when available
        from extractors.dates import parse_date  # noqa: PLC0415

        dm = parse_date(line[m.start():m.end()])
        if dm is not None:
            # (a part its grammar does not read, as a slipped "thúng", is kept from the match)
            d, mo, y = (a if a is not None else b for a, b in ((dm.day, d), (dm.month, mo), (dm.year, y)))
    except ImportError:
        pass
    if mo is not None and not 1 <= mo <= 12:
        mo = None
    if d is not None and not 1 <= d <= 31:
        d = None
    if y is not None and not 1945 <= y <= 2100:
        y = None
    place, start = _place_before(line, m.start())
    if place is not None and (WEEKDAY.fullmatch(_f(place)) or _f(place) in PERIOD_WORDS
                              or POSTED_CUE.fullmatch(_f(place))):
        return None   # ("Thứ Hai, ngày 12/01", "Từ ngày 14/07/2025 đến ngày 20/07/2025": a day or a period, no
        # place; "Đăng ngày 09-03-2022", "Cập nhật ngày …": the day a web page posted its copy)
    if place is None and line[:m.start()].strip(" ,.:;-*_|"):
        # not a "địa danh, ngày …" line: a date quoted after something else ("số 35/KH-UBND ngày …"),
        # unless what precedes is the header's own "Số: …"
        sym = _find_symbol(line[:m.start()])
        if sym is None or line[sym.end:m.start()].strip(" ,.;"):
            return _QUOTED
    return PlaceDate(place, safe_date(y, mo, d) if (y and mo and d) else None, y, mo, d,
                     start, m.end())


# A web page's cue for the day it posted or updated its copy, where a place would stand before "ngày" (folded)
POSTED_CUE = re.compile(r"(?:ngay\s+)?(?:dang|dang tai|dang bai|cap nhat|xuat ban)(?:\s+(?:luc|bai|tin))?")


# Words that open a period's bounds where a place would stand before "ngày" (folded)
PERIOD_WORDS = frozenset({"tu", "den", "truoc", "sau", "trong", "vao"})


# Level words that may open a printed địa danh ("Thị xã Sơn Tây, ngày …"): the two-word ones folded,
# since no name opens with them; the one-word ones as printed, since "Phương", "Quan", "Tịnh" do.
_TWO_WORD_LEVELS = frozenset(lv.folded for lv in levels.LEXICON if " " in lv.printed)
_ONE_WORD_LEVELS = frozenset(lv.printed for lv in levels.LEXICON if " " not in lv.printed)
# A dash between two parts of one name ("Văn Miếu - Quốc Tử Giám"), printed as a word of its own
_NAME_DASHES = ("-", "–")


# Wards numbered in Roman figures (Vị Thanh's "Phường III", Tây Ninh's "Phường IV") are numbered
# units like "Phường 5": the numeral is no capitalised name word, and the level word stays with it.
_ROMAN_NUMBER = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _numbered(word: str) -> bool:
    return word[0].isdigit() or _ROMAN_NUMBER.fullmatch(word) is not None


# A body's short name a cooperative prints before its place's name on the date line
_PLACE_BODY_PREFIX = re.compile(r"(?<!\S)HTX\.?\s+$")


def _place_before(line: str, pos: int) -> tuple[str | None, int]:
    """The địa danh printed right before ', ngày': the capitalised words ending there."""
    head = line[:pos].rstrip()
    head = re.sub(r"[,.]\s*$", "", head).rstrip()
    tokens = head.split(" ")
    words: list[str] = []
    style = None
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if not tok:
            break
        if tok in _NAME_DASHES and words and k > 0 and tokens[k - 1][:1].isupper():
            # a name joined by a spaced dash ("Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm") goes on
            # to its first part; a bullet dash opening the line has no word before it
            words.append(tok)
            continue
        if "/" in tok or ":" in tok or tok.endswith((";", ")")):
            break
        if re.fullmatch(r"(?:TP|Tp|TX|Tx|T\.P)\.?", tok):
            break  # "TP. Hồ Chí Minh": the prefix is not part of the name
        if tok[0].isdigit() or not words and _ROMAN_NUMBER.fullmatch(tok):
            if words:
                break
            words.append(tok)
            continue
        if not tok[0].isupper():
            break
        caps = _is_caps(tok) and len(tok) > 1
        if style is None:
            style = caps
        elif caps != style:
            break
        words.append(tok)
        if sum(w not in _NAME_DASHES for w in words) >= 5:
            break
    while words and words[-1] in _NAME_DASHES:
        words.pop()  # a dash the name before it did not continue
    words.reverse()
    # "Quận 1", "Phường 5": keep the level word of a numbered unit; drop it before a name. Only the
    # level words themselves: "Thanh Hóa", "Phương Liệt", "Quan Sơn", "Tịnh Biên" open like them
    while len(words) > 1 and not _numbered(words[-1]):
        if len(words) > 2 and _f(" ".join(words[:2])) in _TWO_WORD_LEVELS:
            words = words[2:]
        elif words[0].lower() in _ONE_WORD_LEVELS:
            words = words[1:]
        else:
            break
    if not words or all(_numbered(w) for w in words):
        return None, pos
    place = " ".join(words)
    if style:
        place = _title_case(place)
    start = head.rfind(words[0]) if words else pos
    if start > 3 and "HTX" in head and (m := _PLACE_BODY_PREFIX.search(head, 0, start)) is not None:
        start = m.start()   # "HTX Đồng Tiến, ngày …": the cooperative's short name, no issuer line
    return place.strip(" ,."), start


# A year alone on a line of the header ("2025"): the rest of a place-date line that ended in "năm" (see
# _year_wrapped_apart).
LONE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*[.;]?\s*$")


def _year_wrapped_apart(pd: PlaceDate, line: str, zone: list[str]) -> PlaceDate:
    """"Nghĩa Đồng, ngày 06 tháng 3 năm" with its "2025" on a line of its own: a place-date tabbed
    too far right wraps its year to the page's left margin, which a reader of columns puts under the
    số hiệu, so the year may stand anywhere in the header's lines; the one lone year there completes
    the date when the line itself ends on "năm"."""
    if pd.year is not None or pd.day is None or pd.month is None \
            or not re.search(r"n[aă]m\W*$", _f(line[pd.start:pd.end]).rstrip(" .…_")):
        return pd
    years = {m.group(1) for seg in zone if (m := LONE_YEAR.match(seg))}
    if len(years) != 1:
        return pd
    year = int(years.pop())
    return PlaceDate(pd.place, safe_date(year, pd.month, pd.day), year, pd.month, pd.day, pd.start, pd.end)


def _place_across_lines(pd: PlaceDate, line: str, prev: str) -> PlaceDate:
    """"Số: 1520/QĐ-UBND Ninh" / "Kiều, ngày …": a place the layout broke after the số hiệu, or at
    the end of a line of its own."""
    if pd.place is None or line[:pd.start].strip():
        return pd
    sym = _find_symbol(prev)
    # (or on a line of its own: "Khánh" / "Hòa, ngày 17 tháng 08", a narrow column's wrap)
    tail = prev[sym.end:].split() if sym is not None else prev.strip(" |").split()
    # (the level word before a city's name is no part of the địa danh: "Thành phố Hồ Chí" / "Minh, ngày …")
    while len(tail) > 2 and tail[2][:1].isupper() and _f(" ".join(tail[:2])) in _TWO_WORD_LEVELS:
        tail = tail[2:]
    if len(tail) > 1 and re.fullmatch(r"(?:TP|Tp|TX|Tx|T\.P)\.?", tail[0]):
        tail = tail[1:]
    # (a name joined by a dash wraps at any of its words: "Bà Rịa - Vũng" / "Tàu, ngày …")
    words = [w for w in tail if w not in ("-", "–")]
    place = " ".join(tail + [pd.place])
    if sym is None and len(words) > 2 and not (len(words) < len(tail) and names_area(place)):
        return pd
    if not words or len(words) + len(pd.place.split()) > 5 or tail[0] in ("-", "–") or \
            not all(w[0].isupper() and not _is_caps(w) and w.isalpha() for w in words):
        return pd
    # with no số hiệu before it the line above may be the issuer's own ("Thành Đoàn" / "Hà Nội, ngày …",
    # "Huyện Ủy" / "Ba Vì, ngày …"): join it only when the joined name is a listed place or the line
    # names no body
    if sym is None and is_unit(" ".join(tail)) and not (
            names_area(place) or any(is_listed(lv, place) for lv in levels.COMMUNE_LEVELS)):
        return pd
    return PlaceDate(place, pd.date, pd.year, pd.month, pd.day, pd.start, pd.end)


# =============================================================================================
# Type line, symbol
# =============================================================================================
def _ocr_fix(comp: str) -> str:
    """Undo the usual OCR confusions in a compact folded word: 'kehoacii' -> 'kehoach'."""
    for a, b in (("ii", "h"), ("rn", "m"), ("cl", "d"), ("0", "o"), ("1", "i")):
        comp = comp.replace(a, b)
    return comp


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@memo(4096)
def type_of_line(text: str) -> tuple[str, str] | None:
    """(doc_type, rest) when the line is the type line: "KẾ HOẠCH", "K Ế HOẠCH", "KẾ HOẠCII",
    or "KẾ HOẠCH Công tác …" with the trích yếu run on."""
    s = text.strip(" *#_-–.:")
    if not s or not s[0].isalpha():
        return None
    comp = _compact(s)
    if not comp:
        return None
    # the whole line is the type name (or an OCR-damaged one)
    if _is_caps(s) and len(comp) <= 16:
        ocr = _ocr_fix(comp)
        for key, name in DOC_TYPES.items():
            if comp == key or ocr == key:
                return name, ""
        for key in FUZZY_TYPES:   # one letter lost or misread in a long, common type name
            if _within_one_edit(ocr, key):
                return DOC_TYPES[key], ""
        for key, name in DOC_TYPES.items():   # "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH HÀNH ĐỘNG"
            if comp.startswith(key) and key in ("kehoach", "chuongtrinh", "baocao", "huongdan"):
                return name, ""
        if name := _qualified_type(comp):   # "PHƯƠNG ÁN PHỐI HỢP"
            return name, ""
        return None
    if _is_caps(s) and (name := _qualified_type(comp)):
        return name, ""
    # "KẾ HOẠCH Công tác …": an upper-case type name, then a mixed-case trích yếu
    words = s.split()
    for n in (1, 2, 3, 4):
        if len(words) <= n:
            break
        head = " ".join(words[:n])
        if not _is_caps(head):
            break
        name = DOC_TYPES.get(_compact(head)) or _qualified_type(_compact(head))
        if name and not _is_caps(words[n]) and words[n][:1].isalpha():
            return name, " ".join(words[n:])
    return None


# Types whose type line may print the first words of the trích yếu in its own capitals ("KẾ HOẠCH
# TUYÊN TRUYỀN", "CHƯƠNG TRÌNH CÔNG TÁC", "KẾ HOẠCH KIỂM TRA"): those words are the trích yếu's.
SUBJECT_TYPES = ("kehoach", "chuongtrinh", "phuongan", "dean", "lichcongtac", "lichlamviec")
_SUBJECT_WORDS_MAX = 30
ROMAN_WORD = re.compile(r"[IVXLC]+[,.;:]?")


@memo(4096)
def _type_line_subject(text: str) -> tuple[str, str] | None:
    """(doc_type, the trích yếu's words in sentence case) of a capital type line that runs on into
    its trích yếu: "KẾ HOẠCH TUYÊN TRUYỀN" -> ("Kế hoạch", "Tuyên truyền"); a qualifier of the type
    ("LIÊN TỊCH", "HÀNH ĐỘNG") is no part of it. None for a type line with no further words."""
    s = text.strip(" *#_-–.:")
    if not s:
        return None
    words = s.split()
    if not 2 < len(words) <= _SUBJECT_WORDS_MAX:
        return None
    tail: list[str] = []
    if not _is_caps(s):   # "KẾ HOẠCH KIỂM TRA công tác …": the capitals, then the trích yếu as printed
        n = next((k for k, w in enumerate(words) if not _is_caps(w)), len(words))
        if n < 3 or not words[n][:1].isalpha():
            return None
        words, tail = words[:n], words[n:]
        if len(tail) > 1 and tail[1][:1].islower():   # ("KẾ HOẠCH KIỂM TRA Công tác …": no sentence's start)
            tail[0] = tail[0][:1].lower() + tail[0][1:]
    size = 3 if _compact(" ".join(words[:3])) in SUBJECT_TYPES else 2   # ("LỊCH CÔNG TÁC TUẦN": a type of three words)
    key = _compact(" ".join(words[:size]))
    if key not in SUBJECT_TYPES:
        return None
    rest = words[size:]
    if _compact(" ".join(rest[:2])) in TYPE_QUALIFIERS:
        rest = rest[2:]
    if not rest or not rest[0][:1].isalpha():
        return None
    # capitals that are no syllable are an acronym or a Roman number (UBND, THCS, XVI): kept
    out = [w if ROMAN_WORD.fullmatch(w) or not SYLLABLE.match(NOT_ALNUM.sub("", _f(w)) or "-") else w.lower()
           for w in rest]
    first = out[0]
    return DOC_TYPES[key], first[:1].upper() + first[1:] + "".join(" " + w for w in out[1:] + tail)


@dataclass(frozen=True)
class Symbol:
    symbol: str
    number: int | None
    type_code: str | None
    issuer_code: str | None
    start: int
    end: int


@memo(4096)
def _find_symbol(line: str) -> Symbol | None:
    """The số hiệu after a "Số:" cue in one header line: "14/KH-UBND", "/KH-UBND", "21-KH/ĐU"."""
    ft = _f(line)
    for m in SO_CUE.finditer(ft):
        cue_ok = line[m.start()] == "S" or m["colon"] == ":" and line[m.start()] in "sS"
        if not cue_ok:
            continue
        if (g := SYMBOL_GLUED_PARTY.match(line, m.end())) is not None:
            sym = _clean_symbol(g["num"], f"-{g['type']}/{g['org']}")
            if sym is not None:
                return Symbol(*sym, start=m.start(), end=g.end())
        b = SYMBOL_BODY.match(line, m.end())
        if b is None:
            lost = SYMBOL_SLASH_LOST.match(line, m.end()) if m["colon"] else None
            if lost is None:
                continue
            sym = _clean_symbol(None, "/" + lost["tail"])
            if sym is not None:
                return Symbol(*sym, start=m.start(), end=lost.end())
            continue
        sym = _clean_symbol(b["num"], b["tail"])
        if sym is None:
            continue
        if (extra := CODE_AFTER_SPACE.match(line, b.end())) is not None:
            # "Số: 01/KH-THCS CBQ": a school's short name after its level's code, one space between
            return Symbol(f"{sym[0]} {extra['code']}", *sym[1:], start=m.start(), end=extra.end())
        return Symbol(*sym, start=m.start(), end=b.end())
    return None


# A scan's "Số:" that a stamp or the pen of the receiving office's register covers, read as another
# short word before its colon ("tế: 142/KH-UBND"): the colon and a whole số hiệu with its codes after it
# still tell the line.
MISREAD_CUE = re.compile(r"(?:^|(?<=\s))[^\W\d_]{1,3}\s?:\s*(?=\d{1,5}\s?/\s?[A-ZĐ])")


def _symbol_after_misread_cue(seg: str) -> Symbol | None:
    """The số hiệu of a header line whose "Số:" a scan misread (MISREAD_CUE): offsets in seg."""
    for m in MISREAD_CUE.finditer(seg):
        rest = seg[m.end():]
        sym = _find_symbol("Số: " + rest)
        if sym is not None and sym.type_code and sym.issuer_code:
            return Symbol(sym.symbol, sym.number, sym.type_code, sym.issuer_code, start=m.start(),
                          end=m.end() + sym.end - 4)
    return None


BARE_CUE = re.compile(r"s[o0]\s*(?:(?:va|[/,])?\s*ky\s*hieu\s*)?[:;.]?")


def _lone_symbol(line: str) -> Symbol | None:
    """A số hiệu printed alone on its line, its "Số:" cue left on another ("Số:" / "Gia An, ngày …" /
    "82 /KH-THCS DC"): offsets in line."""
    body = line.strip()
    if not body or not (body[0].isdigit() or body[0] == "/") or len(body) > 40:
        return None
    sym = _find_symbol("Số: " + body)
    if sym is None or sym.end != len(body) + 4:
        return None
    at = line.index(body)
    return Symbol(sym.symbol, sym.number, sym.type_code, sym.issuer_code, start=at, end=at + len(body))


# A short code in capitals a space after the last code of a số hiệu, ending its line or its column
# ("Số: 01/KH-THCS CBQ", "82 /KH-THCS DC"): the issuer's short name, part of the số hiệu. Not a word of
# capitals the next column opens with ("… /KH-UBND CỘNG HÒA …": a word follows it a space on).
CODE_AFTER_SPACE = re.compile(r"[ \t](?P<code>[A-ZĐ]{2,5})(?=[ \t]*$|[ \t]{2,}(?![A-ZĐ]{2,}[ \t][A-ZĐ])|\t)")


def _clean_symbol(num: str | None, tail: str) -> tuple[str, int | None, str | None, str | None] | None:
    """Symbol, number, type code and issuer code from the parts SYMBOL_BODY matched."""
    num = num or ""
    tail = re.sub(r"\s+", "", re.sub(r"[–—]", "-", tail)).rstrip("-/.")
    parts = [p for p in re.split(r"[/\-]", tail) if p]
    codes = [p for p in parts if not p.isdigit()]
    if not codes or not any(c[:1].isupper() for c in codes):
        return None
    if len(codes) == 1 and codes[0].upper() not in TYPE_CODES and (glued := split_glued_code(codes[0])):
        # a converter's lost hyphen between the type code and the issuer's ("5556/QĐBYT", "12/KHUBND")
        tail = tail.replace(codes[0], "-".join(glued), 1)
        codes = list(glued)
    symbol = num + tail
    type_code = codes[0].upper() if codes[0].upper() in TYPE_CODES else None
    issuer_code = codes[-1].upper() if len(codes) > 1 or type_code is None else None
    return symbol, (int(num) if num else None), type_code, issuer_code


# =============================================================================================
# Issuer
# =============================================================================================
@dataclass
class Organ:
    kind: str                  # "p_ubnd", "s_so", …
    words: str                 # printed words of the organ's own name after its keyword
    level: str | None          # unit level word, canonical
    name: str | None           # unit name, printed
    cap_level: str | None = None
    branch: bool = False       # its branch in the unit named ("… / CHI NHÁNH HUYỆN X") issues
    dept: str | None = None    # its department printed under it ("… / KHOA DINH DƯỠNG"), which issues


@dataclass
class Issuer:
    issuer: str | None
    level: str | None
    locality: str | None
    parent_level: str | None = None     # a higher unit named in the header ("UBND HUYỆN X")
    parent_name: str | None = None


# a unit, or a school or hospital, right after the Youth Union's full name, one space between on the
# same line (as printed): "ĐOÀN TNCS HỒ CHÍ MINH TRƯỜNG THPT X" is that school's Đoàn, no heading
_DOAN_OF_UNIT = re.compile(
    rf" (?:{levels.alternation().upper()}|TRƯỜNG|BỆNH VIỆN|HỌC VIỆN) \w")


# a unit's Party committee, Front or People's Committee opening a line (folded)
_UNIT_COMMITTEE_LINE = re.compile(
    r"(?:dang uy|dang bo|(?:tinh|thanh|huyen|quan|thi) uy|u[yv] ban nhan dan|ubnd"
    r"|u[yv] ban (?:mat tran to quoc|mttq)|ub\.? ?mttq)(?![a-z])")
_CAP_UY_LINE = re.compile(r"(?:tinh|thanh|huyen|quan|thi) uy(?![a-z])")
# (folded) a Party committee of a school or hospital, named by it and by no unit
_INSTITUTION_COMMITTEE = re.compile(r"dang uy (?:truong|benh vien|hoc vien) ")
# a Youth Union body of its own in a header (folded): "BCH ĐOÀN XÃ X", "HUYỆN ĐOÀN X", "ĐOÀN THANH
# NIÊN", "CHI ĐOÀN"; not the trade union, a delegation, "đoàn kết", "đoàn thể", the Front's presidium
_OTHER_DOAN = re.compile(r"(?<![a-z])(?<!cong )(?<!lien )doan(?![a-z])(?! (?:kiem tra|ket|the|chu tich)(?![a-z]))")


def _doan_under_committee(joined: str, fj: str, a: int, b: int) -> bool:
    """Is the Youth Union's name at fj[a:b], alone on its line right under the Party committee,
    Front or People's Committee of a unit, with no Youth Union body printed elsewhere in the
    header, the issuing Đoàn of that unit ("ĐẢNG ỦY XÃ X / ĐOÀN TNCS HỒ CHÍ MINH") rather than the
    heading a Đoàn's own papers print where the motto stands? Those print their committee under
    it or beside it ("HUYỆN ĐOÀN X / BCH ĐOÀN XÃ Y"), and the heading never opens a line under a
    committee with nothing of the Đoàn's own printed."""
    ls = joined.rfind("\n", 0, a) + 1
    le = joined.find("\n", b)
    le = len(joined) if le < 0 else le
    if joined[ls:a].strip() or joined[b:le].strip(" .*-_~"):
        return False
    prev = [ln for ln in _f(joined[:max(0, ls - 1)]).split("\n") if ln.strip(" .*-_~")][-2:]
    # right under it: the committee's line, or the line its unit's name wrapped onto; a committee of
    # a unit ("ĐẢNG ỦY XÃ X", "HUYỆN ỦY Y") or of a school ("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC Z": the school's
    # Đoàn), not of an agency named by no unit
    if prev and _UNIT_COMMITTEE_LINE.match(prev[-1].strip()):
        committee = prev[-1]
    elif len(prev) == 2 and _UNIT_COMMITTEE_LINE.match(prev[0].strip()) and not ORGAN_RE.search(prev[1]):
        committee = " ".join(prev)
    else:
        return False
    if not (_CAP_UY_LINE.match(committee.strip()) or UNIT_RE.search(committee)
            or _INSTITUTION_COMMITTEE.match(committee.strip() + " ")):
        return False
    # every other Đoàn word is a heading too (both columns printing it), else it is a body of its own
    headings = [(h.start(), h.end()) for h in NATIONAL_MOTTO.finditer(fj) if fj.startswith("doan", h.start())]
    return all(any(s <= d.start() < e for s, e in headings) for d in _OTHER_DOAN.finditer(fj))


_NOT_NEWLINE = re.compile(r"[^\n]")   # (a national motto blanked out, its line breaks kept)


# A "Số:" line's cue and the one token after it, when that token reads as no số hiệu: no body's name
# (… or a "Số" whose number a page left out, its codes parted by spaces: "Số QĐ BVNT Nghệ An, ngày …", never a
# body's "SỞ", which no small letter spells)
_UNREAD_SO_LINE = re.compile(r"\s*(?:[Ss][ốỐ]\s*:\s*\S+|Số(?:\s+[A-ZĐ]{2,8}){1,3}(?!\S))")


# A department and the unit under it run into one line ("SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT", "SỞ GIÁO DỤC VÀ ĐÀO
# TẠO X TRƯỜNG THPT Y"): the unit's first word parts them, as the line between them would. (No department's field
# holds these words, save the environment's "MÔI TRƯỜNG".)
_UNIT_UNDER_DEPARTMENT = re.compile(
    r"(?<=\s)(?<!MÔI\s)(?:BỆNH\s+VIỆN|TRUNG\s+TÂM|TRƯỜNG|CHI\s+CỤC|TRẠM|BAN\s+QUẢN\s+LÝ)\s")
# A union's grassroots unit run into one line with the union above it ("LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON
# II", "CÔNG ĐOÀN GIÁO DỤC TỈNH X CÔNG ĐOÀN TRƯỜNG THPT Y", "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH X CÔNG ĐOÀN BỆNH VIỆN Y"):
# the unit's own name parts them, a union's again after the parent's.
_UNION_UNDER_PARENT = re.compile(r"(?<=\s)(?:CĐCS|CÔNG\s+ĐOÀN|CĐ\s+TRƯỜNG)\s")
_UNION_PARENTS = ("LIÊN ĐOÀN LAO ĐỘNG ", "CÔNG ĐOÀN ")


def _issuer_text(segments: list[str]) -> str:
    """The upper-case issuer lines of a header zone, motto, số and date removed, '|' between lines."""
    lines = []
    for seg in segments:
        s = seg
        cuts = []
        sym = _find_symbol(s) or _lone_symbol(s)
        if sym:
            cuts.append((sym.start, sym.end))
        pd = _parse_place_date(s)
        if not sym and (bad := _UNREAD_SO_LINE.match(s)) is not None and (pd is None or pd.start >= bad.end()):
            cuts.append((bad.start(), bad.end()))   # ("Số: 176KHLT/BVCSTE-MT-…", a số hiệu no regime reads)
        if pd:
            cuts.append((pd.start, len(s)))
        for a, b in sorted(cuts, reverse=True):
            s = s[:a] + " " + s[b:]
        if s.lstrip().startswith("SỞ ") and (unit := _UNIT_UNDER_DEPARTMENT.search(s)) is not None:
            s = s[:unit.start()] + "\n" + s[unit.start():]
        elif s.lstrip().startswith(_UNION_PARENTS) and (unit := _UNION_UNDER_PARENT.search(s)) is not None:
            s = s[:unit.start()] + "\n" + s[unit.start():]
        lines.append(RULE_LINE.sub(" ", s))
    # the motto may be broken over lines ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"): cut it from
    # the lines joined, line breaks counting as spaces
    joined = "\n".join(lines)
    fj = _f(joined).replace("\n", " ")
    for m in reversed(list(NATIONAL_MOTTO.finditer(fj))):
        if fj.startswith("doan", m.start()) and (_DOAN_OF_UNIT.match(joined, m.end())
                                                 or _doan_under_committee(joined, fj, m.start(), m.end())):
            continue   # "ĐOÀN TNCS HỒ CHÍ MINH XÃ X" on one line: the Đoàn of that unit, no heading
        gap = _NOT_NEWLINE.sub(" ", joined[m.start():m.end()])   # (its line breaks kept, as one C pass)
        joined = joined[:m.start()] + gap + joined[m.end():]
    parts = []
    for s in joined.split("\n"):
        if s != s.upper() and "  " not in s.strip() and names_a_body(s):
            # a header typed in small letters (a portal's copy: "UBND huyện X" / "Phòng Y") names
            # its bodies as the capitals would (a line with gaps holds columns side by side, or
            # what is left where the motto, number or date were cut: its capitals are read)
            parts.append(s.strip().upper())
            continue
        # keep the runs of upper-case words
        runs, cur = [], []
        for tok in s.split():
            if all_caps(tok) or (tok in ("-", "&") or tok.isdigit()) and cur:
                cur.append(tok)
            else:
                if cur:
                    runs.append(" ".join(cur))
                cur = []
        if cur:
            runs.append(" ".join(cur))
        parts.extend(r for r in runs if len(_compact(r)) >= 2)
    return " | ".join(parts)


# Level words as a header prints them: a unit's name never holds one, so one in a name's place
# opens the next unit ("XÃ PHÚ LƯƠNG   XÃ PHÚ LƯƠNG", two issuers side by side; "XÃ TÂN LẬP
# HUYỆN ĐAN PHƯỢNG" on one line). Compared as printed: folded, "QUẬN" would cut "QUÁN TOAN".
PRINTED_LEVELS = tuple(lv.upper() for lv in levels.LEVELS_BOTTOM_UP)
PRINTED_LEVEL_WORDS = frozenset(lv.split()[0] for lv in PRINTED_LEVELS)


def _printed_level(word: str, line: str = "") -> bool:
    """Is a word that folds to a level word printed as one? With its marks ("QUẬN", "Xã") it must
    be the level word itself, not "QUẢN", "XA"; text stripped of marks ("QUAN 3") cannot tell. But
    in a line typed with marks an unmarked word is another word: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"
    names the agencies ("cơ quan"), no district."""
    w = " ".join(word.upper().split())
    if w.isascii():
        return line.isascii() or w.rstrip(".") in ("TP", "TX")   # abbreviations have no marks to lose
    return w in PRINTED_LEVELS


def _before_level_word(name: str) -> str:
    """The name up to a level word printed after its first word, or up to a comma or "VÀ": no
    unit's name holds either, so a level word before one is another word ("TỆ NẠN XÃ HỘI VÀ XÂY
    DỰNG PHONG TRÀO", society, leaves the name "HỘI", which NOT_A_NAME refuses)."""
    name = name.split(",", 1)[0]
    words = name.split()
    for k in range(1, len(words)):
        w = words[k].upper()
        if w == "VÀ":
            return " ".join(words[:k])
        if w in PRINTED_LEVEL_WORDS and (w in PRINTED_LEVELS or
                                         " ".join(words[k:k + 2]).upper() in PRINTED_LEVELS):
            return " ".join(words[:k])
    return name


_NUMBERED_AREA = re.compile(r"(?<![a-z])khu vuc (?:\d{1,2}|[ivx]{1,5}) [-–] ")


def _numbered_area_province(words: str) -> tuple[str, str] | None:
    """(level, name) of the province a numbered area's body names after a dash ("TÒA ÁN NHÂN DÂN KHU
    VỰC 7 - ĐẮK LẮK", "VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 2 - HÀ TĨNH", as the 2025 courts and procuracies
    are named): the body is the province's, as one printed under the province's own line is. An
    area named by places ("KHU VỰC NGHỆ AN - HÀ TĨNH") may span two: None."""
    if "-" not in words and "–" not in words:
        return None
    m = _NUMBERED_AREA.search(_f(words))
    tail = words[m.end():].split() if m is not None else []
    if not 1 <= len(tail) <= 4 or not all(_is_caps(w) and w.isalpha() for w in tail):
        return None
    name = _title_case(" ".join(tail))
    level = "thành phố" if fold_key(f"thành phố {name}") in MUNICIPAL_KEYS else "tỉnh"
    found = resolve_unit(level, name)
    if found is None or not found.resolved or found.district is not None or fold_key(found.name) != fold_key(name):
        return None
    return level, found.name


# the Youth Union's name after "Đoàn" (folded) as Điều lệ Đoàn writes it
_DOAN_FULL = {"tncs ho chi minh": "TNCS Hồ Chí Minh", "thanh nien cong san ho chi minh": "Thanh niên Cộng sản Hồ Chí Minh"}


def _province_at_end(line: str) -> tuple[str, str, int] | None:
    """The province (or centrally-run city) whose name, in capitals, ends a department's line ("Y TẾ
    HÀ TĨNH", "GIÁO DỤC VÀ ĐÀO TẠO BÀ RỊA - VŨNG TÀU"): (its level, its name, where it starts)."""
    words = line.split()
    for k in (5, 4, 3, 2):   # ("BÀ RỊA - VŨNG TÀU": five tokens)
        if len(words) <= k or words[-k] in ("-", "–") or not all(
                w in ("-", "–") or _is_caps(w) and w.isalpha() for w in words[-k:]):
            continue
        name = _title_case(" ".join(words[-k:]))
        city = fold_key(f"thành phố {name}") in MUNICIPAL_KEYS
        m = resolve_unit("thành phố" if city else "tỉnh", name)
        if m is not None and m.resolved and m.district is None and fold_key(m.name) == fold_key(name):
            if len(words) > k + 2 and words[-k - 1] in ("-", "–") and _province_at_end(" ".join(words[:-k - 1])):
                # two provinces a dash joins ("CHI CỤC HẢI QUAN KHU VỰC NGHỆ AN - HÀ TĨNH"): a body of an
                # area spanning both, no one province's (see _numbered_area_province)
                return None
            return ("thành phố" if city else "tỉnh", m.name, [t.start() for t in re.finditer(r"\S+", line)][-k])
    return None


# (folded keywords) state bodies a province has one of, named as a Sở is: the province's name after
# the agency's with no level word names the province ("KHO BẠC NHÀ NƯỚC NGHỆ AN", "CỤC THUẾ HÀ TĨNH",
# "BẢO HIỂM XÃ HỘI THANH HÓA"), as their pre-2025 seals and headers print it
PROVINCE_AGENCIES = frozenset({"kho bac nha nuoc", "bao hiem xa hoi", "cuc", "chi cuc"})
# (folded keywords) a province's body's units set up one to a district, printed with the district's name
# and no level word under it ("CHI CỤC KIỂM LÂM NGHỆ AN / HẠT KIỂM LÂM QUỲ CHÂU"): of that district
DISTRICT_UNITS = frozenset({"hat kiem lam"})
# … and so do the mass organisations' provincial committees ("HỘI NÔNG DÂN NGHỆ AN", "LIÊN ĐOÀN LAO ĐỘNG
# THANH HÓA"): the organisation of that province, as "Hội Nông dân tỉnh Nghệ An" (folded keywords of "other")
PROVINCE_MASS_ORGS = frozenset({"hoi lien hiep phu nu", "hoi nong dan", "hoi cuu chien binh", "lien doan lao dong",
                                "hoi chu thap do", "hoi khuyen hoc", "hoi nguoi cao tuoi", "hoi lhpn", "hoi ccb",
                                "hoi nd", "ldld", "hoi ctd", "hoi nct", "hoi nguoi mu"})
PROVINCE_BODIES = PROVINCE_AGENCIES | PROVINCE_MASS_ORGS   # (named with a province, no level word)


def _district_of(line: str, province: str | None) -> tuple[str, str] | None:
    """(level, name) of the district-level unit of `province` that the capitals of `line` name in
    full with no level word ("QUỲNH LƯU" in Nghệ An: huyện Quỳnh Lưu), or None."""
    words = line.split()
    if not province or not 1 <= len(words) <= 5 or not all(
            w in _NAME_DASHES or _is_caps(w) and w.isalpha() for w in words):
        return None
    return district_in(_title_case(" ".join(words)), province)


def _district_at_end(line: str, province: str | None) -> tuple[str, str] | None:
    """(level, name) of the district of `province` whose name, two to four capital words with no
    level word, ends `line` ("TRUNG TÂM Y TẾ YÊN THÀNH"); not an area's ("KHU VỰC YÊN THÀNH", a
    province's unit named by the area it serves)."""
    words = line.split()
    for k in (4, 3, 2):
        if len(words) > k + 1 and _f(" ".join(words[-k - 2:-k])) != "khu vuc" and (
                unit := _district_of(" ".join(words[-k:]), province)) is not None:
            return unit
    return None


def _wrapped_name(level: str, name: str, nxt: str) -> str | None:
    """The unit's name and the next header line's words, when a narrow column wrapped the name there
    ("XÃ BẢN" / "LẦU", a legacy font's wider letters): one or two capitalised words that open no organ
    nor unit, and the name with them is a unit of that level in the official list while the first part
    alone is none. None otherwise."""
    words = nxt.split()
    if not 1 <= len(words) <= 2 or len(name.split()) + len(words) > 4 or not all(
            w.isalpha() and _is_caps(w) for w in words):
        return None
    fn = _f(nxt).strip()
    if ORGAN_RE.match(fn) or UNIT_RE.match(fn):
        return None
    name_t = _title_case(name)
    joined = f"{name_t} {_title_case(nxt.strip())}"
    if is_listed(level, name_t) or not is_listed(level, joined):
        return None
    return f"{name} {nxt.strip()}"


def _beside_a_unit(ft: str, m: re.Match, marks: list) -> bool:
    """A mass organisation printed on the line of a primary organ's unit, after its name ("UBND XÃ TÂN
    THÀNH        HỘI NÔNG DÂN XÃ TÂN THÀNH": a joint header's two columns, their gap lost with the
    spaces): the organisation opens an organ of its own, its own unit named after it."""
    if m.group() not in PROVINCE_MASS_ORGS or not marks or not marks[-1][2].startswith("p_"):
        return False
    between = ft[marks[-1][1]:m.start()]
    if "|" in between:
        return False
    um = UNIT_RE.search(between)
    return um is not None and bool(between[um.end():].strip(" -,.*")) and UNIT_RE.match(ft, m.end() + 1) is not None


def _parse_organs(itext: str) -> list[Organ]:
    ft = _f(itext)
    marks = []
    for m in ORGAN_RE.finditer(ft):
        kind = m.lastgroup
        if marks and "|" not in ft[marks[-1][1]:m.start()] and (
                marks[-1][2] == "s_chibo" or marks[-1][2] in ("p_danguy", "p_dangbo")
                and ft[marks[-1][1]:m.start()].rstrip().endswith(" co quan")):
            # the office a Party cell or an agency's Party committee sits in ("CHI BỘ CƠ QUAN UBND
            # XÃ X", "ĐẢNG ỦY CƠ QUAN UBND HUYỆN Y"): part of its name, no organ of its own
            continue
        # a sub-body opens a segment only at the start of a line (not inside "BAN CHỈ ĐẠO PHÒNG…")
        if kind.startswith("s_") and kind not in ("s_btt", "s_btv", "s_tt"):
            before = ft[:m.start()].rstrip()
            if before and not before.endswith("|") and not _beside_a_unit(ft, m, marks):
                continue
        if kind == "s_hoidong" and itext[m.start():m.end()].split()[-1].upper() == "ĐÔNG":
            kind = "s_other"   # "HỘI ĐÔNG Y", the traditional-medicine association: no council ("HỘI ĐỒNG")
        if kind == "s_tt" and ft[max(0, m.start() - 4):m.start()] == "ban ":
            continue
        if kind == "p_mttq" and ft.startswith("mat", m.start()) and ft[:m.start()].rstrip(" ")[-1:] not in ("", "|"):
            continue   # the Front's name inside another body's ("ỦY BAN TRUNG ƯƠNG MẶT TRẬN …", "BAN CÔNG TÁC …")
        after = ft[m.end():m.end() + 24].split()[:2] if kind == "s_bch" and m.group() == "bch" else None
        if after and after[0] not in ("doan", "dang", "cong", "hoi") and after[1:] != ["doan"]:
            # "BCH" before a unit is the committee of the organisation on the line above it only
            prev = ft[:m.start()].rstrip(" |")
            if not any(prev.endswith(key) for key, _ in MASS_ORG_NAMES):
                continue
        if kind == "s_bo" and itext[m.start():m.end()].upper() != MINISTRY_WORD:
            continue
        if kind == "s_phong" and ft[m.end():m.end() + 6].split()[:1] == ["trao"]:
            continue   # "PHONG TRÀO …" (a movement, folded as "phòng"): the name of the body above goes on
        if kind == "s_phong" and marks and marks[-1][2] == "s_other" and marks[-1][3].group() in CLINICAL_BODIES \
                and "|" not in ft[m.end():]:
            continue   # a hospital's or centre's office on the last line ("… / PHÒNG KẾ HOẠCH TỔNG HỢP"): its department
        if kind == "s_other" and m.group() in ("hoi", "chi hoi") and (
                lv := _LEVEL_AT_END.search(ft[:m.start()].rstrip(" |"))) and _printed_level(
                itext[lv.start():lv.end()], itext[:m.start()]):
            continue   # the unit's name after its level word wrapped ("THÀNH PHỐ / HỘI AN"), or "XÃ / HỘI"
        if kind == "s_other" and m.group() in ("vu", "vien") \
                and itext[m.start():m.end()].upper() not in ("VỤ", "VIỆN"):
            continue   # a name the header wrapped ("HUYỆN / VŨ THƯ"), not a ministry's department
        marks.append((m.start(), m.end(), kind, m))
    organs: list[Organ] = []
    for i, (a, b, kind, m) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(itext)
        rest_f, rest = ft[b:end], itext[b:end]
        dept = None
        if kind == "s_other" and "|" in rest_f and m.group() in CLINICAL_BODIES and (
                dept := _clinical_department(rest, rest_f)) is not None:
            cut = rest_f.rfind("|")
            rest_f, rest = rest_f[:cut], rest[:cut]
        cap_level = None
        if kind in CAP_ORGANS:
            cap_level = m.group(CAP_ORGANS[kind][0])
        level = name = None
        words = rest
        branch = None
        if kind.startswith("s_") and "chi nhanh" in rest_f:
            branch = _branch_line(rest, rest_f)
            if branch is not None:
                words, level, name = branch
        for um in UNIT_RE.finditer(rest_f) if branch is None else ():
            line = rest[rest.rfind("|", 0, um.start()) + 1:].split("|")[0]
            if not _printed_level(rest[um.start("lv"):um.end("lv")], line):
                continue   # "QUẢN LÝ", "QUÂN SỰ" fold to the level word "quan"
            if um.group("lv") == "xa" and rest_f[:um.start()].endswith("hop tac "):
                continue   # "CHI BỘ HỢP TÁC XÃ …": a cooperative, no commune
            if kind == "s_other" and um.start() <= 1 and m.group() == "bao hiem":
                continue   # "BẢO HIỂM XÃ HỘI": social insurance, the word "xã hội", no commune
            raw_name = rest[um.end():]
            # the name stops at the line break unless the level word ended its line
            nm = raw_name.split("|")
            raw_name = _before_level_word(nm[0].strip() or (nm[1].strip() if len(nm) > 1 else ""))
            if len(nm) > 1 and nm[0].strip() and raw_name == nm[0].strip():
                raw_name = _wrapped_name(LEVEL_WORD[um.group("lv")], raw_name, nm[1]) or raw_name
            cand = _title_case(raw_name.strip(" -,.*")) or None
            if cand and NOT_A_NAME.search(_f(cand)):
                continue   # the rest of a broken motto ("XÃ HỘI CHỦ")
            if cand and um.group("lv") == "xa" and _f(cand).startswith("hoi ") and not is_listed("xã", cand):
                continue   # "… VÀ XÃ HỘI HÀ TĨNH": society, then the province; no commune "Hội Hà Tĩnh"
            level, name = LEVEL_WORD[um.group("lv")], cand
            words = rest[:um.start()]
            break
        pre = itext[a:b] if kind == "s_other" else ""
        own = rest.split("|")
        # (a department's name wrapped at a joining word: "SỞ NÔNG NGHIỆP VÀ / MÔI TRƯỜNG GIA LAI",
        # "SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI QUẢNG BÌNH")
        own_line = own[0] + " " + own[1] if kind == "s_so" and len(own) > 1 and (re.search(
            r"(?:\s(?:VÀ|và)|[,\-–])\s*$", own[0]) or re.match(r"\s*(?:VÀ|và)\s", own[1])) else own[0]
        # the nearest body above with a unit: its department or agency, whose units these are
        above = next((o for o in reversed(organs) if o.level and o.name), None)
        if level is None and (kind == "s_so" or pre and (
                m.group() in PROVINCE_BODIES)) and (
                unit := _province_at_end(pre + own_line)) is not None:
            # a department, printed with its province's name and no level word ("SỞ Y TẾ HÀ TĨNH",
            # "KHO BẠC NHÀ NƯỚC NGHỆ AN"): a Sở is a province's, so the name is that province, and
            # a hospital, Chi cục or centre printed under it is that province's as under "SỞ Y TẾ
            # TỈNH HÀ TĨNH"
            level, name, cut = unit
            words = (pre + own_line)[len(pre):cut]
            if _f(words).split()[-2:] == ["khu", "vuc"]:
                words = (pre + own_line)[len(pre):]   # an area named by its province ("… KHU VỰC NGHỆ AN"): its name
        elif level is None and pre and m.group() not in DISTRICT_UNITS and above is not None \
                and above.kind == "s_so" and above.level in levels.PROVINCE_LEVELS \
                and (unit := _district_at_end(own[0], above.name)) is not None:
            # a department's unit named by a district of its province ("SỞ Y TẾ NGHỆ AN / TRUNG TÂM
            # Y TẾ YÊN THÀNH"): that district's, as printed with its level word
            level, name = unit
        elif level is None and pre and (m.group() in PROVINCE_BODIES or m.group() in DISTRICT_UNITS) \
                and (ref := above if m.group() in DISTRICT_UNITS else organs[-1] if organs else None) \
                and (ref.words.startswith(pre) or m.group() in DISTRICT_UNITS) \
                and ref.level in levels.PROVINCE_LEVELS \
                and (unit := _district_of(own[0], ref.name)):
            # its branch in a district, printed under it the same way ("KHO BẠC NHÀ NƯỚC NGHỆ AN / KHO
            # BẠC NHÀ NƯỚC QUỲNH LƯU", "… / CHI CỤC KIỂM LÂM / HẠT KIỂM LÂM QUỲ CHÂU"): the name is a
            # district of that province, its level the list's
            level, name = unit
            words = ""
        if level is None and kind in CAP_ORGANS:
            own = rest.split("|")
            nm = own[0].strip(" -,.*")
            level = CAP_ORGANS[kind][1][cap_level][0]
            if len(own) > 1 and nm:
                # the unit's name wrapped by a narrow column ("HUYỆN ỦY VĨNH" / "LỢI", "BCH HUYỆN ĐOÀN
                # VĨNH" / "LỢI"), as a unit's after its level word is (_wrapped_name)
                nm = _wrapped_name(level, nm, own[1]) or nm
            name = _title_case(nm) or None
            words = ""
        if kind == "s_other":   # "TRƯỜNG THCS …", "TRUNG TÂM …": the keyword is part of the name
            words = itext[a:b] + words
        elif kind == "p_doan" and " " in ft[a:b]:   # the Youth Union's full name: its words after "Đoàn"
            words = _DOAN_FULL.get(" ".join(ft[a:b].split()[1:]), "")
        organs.append(Organ(kind, " ".join(words.replace("|", " ").split()), level, name, cap_level,
                            branch is not None, dept))
    return organs


# The bodies whose departments are "khoa" (a hospital's, a health or disease-control centre's, an
# institute's, a school's faculty), printed on a line of their own under the body's name
CLINICAL_BODIES = frozenset({"benh vien", "trung tam", "vien", "truong"})
CLINICAL_DEPARTMENTS = {"khoa": "Khoa", "phong": "Phòng"}   # (and its offices: "Phòng Kế hoạch tổng hợp")


def _clinical_department(rest: str, rest_f: str) -> str | None:
    """The department or office on the last line under a centre's or hospital's name ("KHOA DINH
    DƯỠNG", "KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC", "PHÒNG KẾ HOẠCH TỔNG HỢP"), named as a department is:
    "Khoa Dinh dưỡng"; None when
    that line is no department ("KHOA HỌC …", a field; "ĐA | KHOA TỈNH", a name wrapped)."""
    cut = rest_f.rfind("|")
    tail_f = rest_f[cut + 1:].split()
    head = CLINICAL_DEPARTMENTS.get(tail_f[0]) if tail_f else None
    if head is None or len(tail_f) < 2 or tail_f[1] in ("hoc", "da", "chong") or tail_f[1] in LEVEL_WORD \
            or rest_f[:cut].rstrip().endswith((" da", "|da")):
        return None
    out = []
    for w in rest[cut + 1:].split()[1:]:
        out.append(w if _is_acronym(w) or not _is_caps(w) else _title_case(w)
                   if not out or out[-1] in _NAME_DASHES else w.lower())
    return f"{head} " + " ".join(out)


def _branch_line(rest: str, rest_f: str) -> tuple[str, str, str] | None:
    """A body's branch printed on the last line under its name ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI [TỈNH X]
    / CHI NHÁNH HUYỆN Y"): (the body's words without the unit its own line names, the branch's level,
    its unit's name), or None. The branch issues: named "Chi nhánh" + the body + the branch's unit."""
    at = rest_f.rfind("|")
    tail_f = rest_f[at + 1:].split()
    if at < 0 or tail_f[:2] != ["chi", "nhanh"]:
        return None
    tail = rest[at + 1:].split()[2:]
    unit = _unit_at(tail, tail_f[2:], 0)
    if unit is None:
        return None
    own = rest[:at]
    um = next((u for u in UNIT_RE.finditer(rest_f[:at]) if _printed_level(own[u.start("lv"):u.end("lv")], own)), None)
    if um is not None:
        own = own[:um.start()]
    elif (province := _province_at_end(own.split("|")[-1])) is not None:
        own = own[:own.rfind("|") + 1 + province[2]]
    return own, unit[0], unit[1]


def _unit_phrase(level: str | None, name: str | None) -> str:
    return f"{level} {name}" if level and name else ""


def _primary_full(o: Organ, text: str = "") -> str | None:
    if o.kind in CAP_ORGANS:
        base = CAP_ORGANS[o.kind][1][o.cap_level][1]
        return f"{base} {o.name}" if o.name else base
    kind = o.kind[2:]
    base = PRIMARY_NAME[kind]
    unit = _unit_phrase(o.level, o.name)
    bloc = o.words.strip(" -,.*") if kind == "danguy" else ""
    if bloc:
        # the committee of a unit's bloc or force ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CÔNG AN
        # HUYỆN"): its words name it, the unit only says whose (the level word alone when unnamed)
        return f"{base} {_sentence_case(bloc, text)} {unit or o.level or ''}".strip()
    return f"{base} {unit}".strip()


def _committee_of(o: Organ, text: str = "") -> str:
    """The Party committee of a Đảng bộ's unit: "Huyện ủy Yên Thế", "Đảng ủy xã Đồng Tâm"; of a
    bloc's or a force's Đảng bộ, the committee its words name ("Đảng ủy Khối doanh nghiệp tỉnh Nghệ
    An", "Đảng ủy Công an tỉnh Hà Tĩnh"), as the committee printed itself would be."""
    if o.words.strip(" -,.*"):
        return _primary_full(Organ("p_danguy", o.words, o.level, o.name, o.cap_level), text)
    if o.level in WARD_LEVELS:
        return f"{PRIMARY_NAME['danguy']} {_unit_phrase(o.level, o.name)}"
    cap = next((name for lv, name in CAP_UY.values() if lv == o.level), None)
    return f"{cap} {o.name}" if cap else _primary_full(o)


def _is_acronym(word: str) -> bool:
    """THCS, GD&ĐT, UBND, KT-XH: upper-case words that are not Vietnamese syllables."""
    parts = [p for p in re.split(r"[-&/]", _f(re.sub(r"[^\w&/\-]", "", word))) if p]
    return bool(parts) and word.isupper() and any(not SYLLABLE.match(p) for p in parts)


# Common nouns of geography a proper name follows in an organ's name ("RỪNG PHÒNG HỘ SÔNG
# CHU", "KHU DI TÍCH KIM LIÊN" is not one): Nghị định 30/2020 writes such a name with a capital on
# every word, the noun included ("Sông Chu", "Núi Thành"), as companies print theirs ("Lâm nghiệp
# Sông Hiếu"). The nouns are matched with their tone marks ("HỘ" is no "HỒ"); the (folded) words
# that make a noun common again ("hồ sơ", "khu kinh tế") are listed after it.
GEO_NOUNS = {"sông": frozenset({"ngoi", "suoi", "nuoc", "bien"}),
             "núi": frozenset({"da", "cao", "lua", "rung"}),
             "hồ": frozenset({"so", "chua", "dieu", "nuoc", "tieu", "boi", "sinh", "dap", "thuy", "ca", "ao", "khu"}),
             "đèo": frozenset(),
             "khu": frozenset({"kinh", "cong", "dan", "vuc", "bao", "du", "di", "rung", "pho", "do", "che", "nong",
                               "sinh", "tai", "xu", "lien", "neo", "vui", "nghia", "dat", "vuon", "tap", "nha",
                               "thuong", "hanh", "quan", "the", "dieu", "ky", "tu", "cach", "an", "tinh", "trung",
                               "dich", "nuoi", "san", "thuy", "lam", "cay", "chan", "giai"})}
# … and the words that end the name: a level word before a unit, or the next field.
_GEO_STOP = frozenset({"va", "cua", "tai", "thuoc"})


def _level_at(folded: list[str], i: int) -> bool:
    """Does a level word ("tỉnh", "thành phố", folded) start at word i, a unit's name after it?"""
    return any(folded[i:i + len(lv)] == lv and i + len(lv) < len(folded) for lv in _FOLDED_LEVELS)


_FOLDED_LEVELS = tuple(lv.folded.split() for lv in levels.LEXICON)


def _geo_name_at(lower: list[str], folded: list[str], i: int) -> bool:
    """Does word i open a geographic proper name (a GEO_NOUNS noun, then a word that is no common one)?"""
    common = GEO_NOUNS.get(lower[i])
    return (common is not None and i + 1 < len(folded) and folded[i + 1] not in common
            and folded[i + 1] not in _GEO_STOP and not _level_at(folded, i + 1) and folded[i + 1].isalpha())


def _with_unit(body: str, level: str, name: str) -> str:
    """A body's name with its unit after it, unless the name already ends with the unit's name
    ("Ban Quản lý Dự án ĐTXD khu vực Nam Đàn" under "UBND HUYỆN NAM ĐÀN", "Trung tâm Y tế Yên
    Thành"): the place printed once is not repeated. A longer proper name that ends with it, its
    words capitalised ("Khu du lịch Núi Ba Vì" of huyện Ba Vì, "khu vực Tây Bắc Nghệ An"), names
    another place, and the unit still follows it."""
    words, tail = body.split(), name.split()
    k = len(words) - len(tail)
    if k > 1 and fold_key(" ".join(words[k:])) == fold_key(name):
        before = words[k - 1]
        if not (before[:1].isupper() and before[1:2].islower()):
            return body
    return f"{body} {level} {name}"


# A hamlet or residential block a board of the commune serves ("BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG"),
# whose name may be one word; such a board is named by the commune, as a Party cell is. Words the
# hamlet nouns (levels.HAMLET_PLACE_NOUNS) make other words with, before or after them ("nông thôn
# mới", "buôn lậu", "văn bản"):
NOT_HAMLET = frozenset({"nông thôn", "văn bản", "cơ bản", "căn bản", "nhật bản", "phiên bản", "buôn bán",
                        "buôn lậu", "buôn người", "bản đồ", "bản sắc", "bản quyền", "bản lĩnh", "bản thân",
                        "bản chất", "bản án", "ấp trứng", "xóm làng"})


def _hamlet_name_at(words: list[str]) -> int | None:
    """Where a hamlet's name ending an organ's words starts: after the last hamlet noun
    (levels.HAMLET_PLACE_NOUNS) with one to four words left, none of them a compound of NOT_HAMLET;
    None when there is none."""
    low = [unicodedata.normalize("NFC", w).lower().rstrip(",") for w in words]
    for i in range(len(low) - 2, 0, -1):
        for h in levels.HAMLET_PLACE_NOUNS:
            n = len(h.split())
            end = i + n
            if " ".join(low[i:end]) != h or not 1 <= len(low) - end <= 4:
                continue
            if f"{low[i - 1]} {low[i]}" in NOT_HAMLET or f"{low[end - 1]} {low[end]}" in NOT_HAMLET:
                continue
            return end
    return None


# Common nouns of places an organ is set up to run, after which (past the qualifiers in
# PLACE_QUALIFIERS) the rest of its name is the place's proper name: "KHU DI TÍCH KIM LIÊN",
# "RỪNG PHÒNG HỘ BẮC DIỄN CHÂU", "KHU KINH TẾ ĐÔNG NAM NGHỆ AN", "CHỢ VINH TÂN" (lower case with
# tone marks, as GEO_NOUNS: "hồ" is no "hộ" of "hộ kinh doanh").
PLACE_NOUNS = frozenset({
    "khu di tích", "di tích", "khu du lịch", "khu danh thắng", "khu bảo tồn", "vườn quốc gia",
    "rừng phòng hộ", "rừng đặc dụng", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",
    "khu đô thị", "quần thể", "bến xe", "bến cảng", "cảng", "chợ", "đền", "chùa", "làng", "hồ", "núi", "đèo", "sông",
    "đảo", "vịnh", "bãi biển", "khu nghỉ dưỡng", "nghĩa trang", "di sản",
})
_PLACE_NOUN_SIZES = tuple(sorted({len(n.split()) for n in PLACE_NOUNS}, reverse=True))
# Words (folded) that qualify the noun rather than name the place ("KHU DI TÍCH LỊCH SỬ KIM LIÊN",
# "CHỢ ĐẦU MỐI NÔNG SẢN"): skipped between the noun and the name, never a name's first words.
PLACE_QUALIFIERS = frozenset({
    "lich su", "van hoa", "quoc gia", "dac biet", "cach mang", "danh thang", "thien nhien",
    "kien truc", "nghe thuat", "khao co", "dau moi", "nong san", "thuy san", "tam linh", "sinh thai",
    "trung tam", "hang khong", "tong hop", "khach", "ca", "cap", "tinh", "huyen", "liet si", "the gioi"})
# Between two qualifiers, a word or sign that joins them: "LỊCH SỬ - VĂN HÓA", "LỊCH SỬ, VĂN HÓA", "LỊCH SỬ VÀ
# DANH THẮNG" (the comma stays on the word before it).
_QUALIFIER_JOINS = frozenset({"va", "-", "–"})
# Common nouns that open a heritage site's name before its proper name ("THÀNH CỔ QUẢNG TRỊ", "ĐỊA ĐẠO
# VỊNH MỐC", "CỐ ĐÔ HOA LƯ"; folded): as the site's name is written (Nghị định 30/2020 capitalises a
# name's first word, then its proper name), only the noun's first word takes a capital: "Thành cổ
# Quảng Trị", "Địa đạo Vịnh Mốc", "Nhà tù Côn Đảo".
SITE_NOUNS = frozenset({"thanh co", "co do", "dia dao", "nha tu", "pho co", "lang co", "do thi co", "hoang thanh",
                        "kinh thanh", "chien khu", "dinh lang", "nha tho ho", "doi bo"})
_SITE_NOUN_SIZES = tuple(sorted({len(n.split()) for n in SITE_NOUNS}, reverse=True))
# Directions that open a place's proper name before a district's or province's ("BẮC DIỄN CHÂU",
# "TÂY NGHỆ AN"), printed with their tone marks ("ĐỒNG" is no direction)
DIRECTIONS = frozenset({"BẮC", "NAM", "ĐÔNG", "TÂY"})


def _after_place_noun(words: list[str], end: int) -> bool:
    """Do words[:end] end with a PLACE_NOUNS noun, then only PLACE_QUALIFIERS, and is words[end]
    no word that makes the noun right before it a common one (GEO_NOUNS: "HỒ SƠ TÀI LIỆU")?"""
    lower = [unicodedata.normalize("NFC", w).lower() for w in words[:end]]
    folded = [w.rstrip(",") for w in _f(" ".join(words[:end])).split()]
    def noun_ends_at(j: int) -> bool:
        return any(j >= size and " ".join(lower[j - size:j]) in PLACE_NOUNS for size in _PLACE_NOUN_SIZES)

    j = len(lower)
    # (a noun may end in a qualifier's words: "VƯỜN QUỐC GIA" is one, before "quốc gia" is skipped)
    while j and not noun_ends_at(j):
        k = j - 1 if j < len(lower) and folded[j - 1] in _QUALIFIER_JOINS else j   # (joins two qualifiers)
        for size in (2, 1):
            if k - size >= 1 and " ".join(folded[k - size:k]) in PLACE_QUALIFIERS:
                j = k - size
                break
        else:
            break
    if j == end and end < len(words) and _f(words[end]) in GEO_NOUNS.get(lower[-1], ()):
        return False
    return noun_ends_at(j)


def _common_words(phrase: str, text: str) -> bool:
    """Are capitals that fold to an area's name common words: printed in small letters in the text
    with tones no official name of that area has ("TỔ CÔNG TÁC RÀ SOÁT VĂN BẢN" over "rà soát văn bản",
    not huyện Văn Bàn)? A place's name is never printed in small letters, so both must hold."""
    low = unicodedata.normalize("NFC", phrase).lower()
    if low not in text:
        return False
    mine = normalize_tone_marks(low)
    return all(normalize_tone_marks(name.lower()) != mine for name in area_names(phrase))


def _place_name_tail(words: list[str], text: str) -> int:
    """Where the place's proper name that ends an organ's name printed in capitals starts
    ("TRUNG TÂM Y TẾ YÊN THÀNH", "BAN QUẢN LÝ DỰ ÁN … KHU VỰC NAM ĐÀN"), len(words) when none
    does: two to four words after others, that name a district or a province, that the text
    prints elsewhere with every word capitalised, or that follow a place's common noun ("KHU DI
    TÍCH KIM LIÊN", see PLACE_NOUNS). A direction before a district's or province's name is part
    of the name ("BẮC DIỄN CHÂU"). One word is too little to tell a name from a field ("THỂ THAO")."""
    n = len(words)
    for k in range(min(4, n - 1), 1, -1):
        tail = words[n - k:]
        if not all(_is_caps(w) and w.replace("'", "").isalpha() and not _is_acronym(w) for w in tail):
            continue
        phrase = " ".join(tail)
        if names_area(phrase) and not _common_words(phrase, text):
            at = n - k
            if at > 1 and unicodedata.normalize("NFC", words[at - 1]) in DIRECTIONS:
                at -= 1
            return at
        printed = _printed_form(phrase, text, capitalised=True)
        if printed and all(w[:1].isupper() for w in printed.split()):
            return n - k
        folded = _f(phrase).split()
        if (_after_place_noun(words, n - k) and " ".join(folded[:2]) not in PLACE_QUALIFIERS
                and folded[0] not in PLACE_QUALIFIERS and not any(w in _GEO_STOP for w in folded)
                and not any(_level_at(folded, i) for i in range(k))):
            return n - k
    at = _hamlet_name_at(words)
    if at is not None and all(_is_caps(w) and w.isalpha() and not _is_acronym(w) for w in words[at:]):
        return at   # a hamlet's name, one word too ("THÔN ĐÔNG", "XÓM BÃI GIỮA")
    return n


def _place_then_and(part: list[str], text: str) -> bool:
    """Does a place's common noun and its proper name end the words before a "VÀ" ("KHU KINH TẾ
    DUNG QUẤT VÀ CÁC KHU CÔNG NGHIỆP …")? Then "VÀ" closes that name as a dash would."""
    at = _place_name_tail(part, text)
    return at < len(part) and _after_place_noun(part, at)


def _place_name_words(words: list[str], text: str, common: set[int] | None = None) -> set[int]:
    """The indices of the words that are a place's proper name ending the organ's name or one of
    the parts a dash joins ("DỰ ÁN NAM ĐÀN - KHU VỰC 2"), by _place_name_tail; a dash that joins a
    place noun's qualifiers ("KHU DI TÍCH LỊCH SỬ - VĂN HÓA KIM LIÊN") parts nothing. Of a site's common
    noun that opens the name or comes right before it (SITE_NOUNS), only the first word (the others,
    common words, are added to `common`). A part that a dash joins to a place's name, in capitals and
    of letters only, is a place's name too: "PHONG NHA - KẺ BÀNG", "HIỀN LƯƠNG - BẾN HẢI"."""
    out: set[int] = set()
    start = 0
    joins = _qualifier_dashes(words)
    for i in range(len(words) + 1):
        if i == len(words) or words[i] in ("-", "–") and i not in joins or words[i] == "VÀ" and _place_then_and(
                words[start:i], text):
            part = words[start:i]
            if start and start - 2 in out and words[start - 1] != "VÀ" and 0 < len(part) <= 4 and all(
                    _is_caps(w) and w.isalpha() and not _is_acronym(w) for w in part) and not _common_part(part, text):
                at = start
            else:
                at = start + _place_name_tail(part, text)
            if at < i:
                out.update(range(at, i))
                first, rest = _site_noun(words, at, start)
                out.update(first)
                out.difference_update(rest)
                if common is not None:
                    common.update(rest)
            start = i + 1
    return out


# Common words that open a part of an organ's name after a dash ("DỰ ÁN NAM ĐÀN - KHU VỰC II"), as
# the type names do ("… - KẾ HOẠCH"): a field of the name, no place's (folded, compact).
_COMMON_PART_OPENERS = ("khuvuc", "chinhanh", "phanhieu", "coso", "vanphong")


def _common_part(part: list[str], text: str) -> bool:
    """Is a capitals part after a dash common words rather than a place's name: a Roman numeral in
    it, a type name or common opener (_COMMON_PART_OPENERS) opening it, or the text printing it, or
    its first two words, elsewhere with a small letter ("kế hoạch", "điểm giao")? A place's name
    ("KẺ BÀNG", "BẾN HẢI") is none."""
    if any(re.fullmatch(r"[IVX]+", w) for w in part):
        return True
    compact = _f("".join(part[:2]))
    if compact in DOC_TYPES or _f(part[0]) in DOC_TYPES or compact in _COMMON_PART_OPENERS:
        return True
    printed = _printed_form(" ".join(part), text)
    if printed is not None:
        return not all(w[:1].isupper() for w in printed.split())
    # not printed whole: its first two words printed in small letters ("tại điểm giao dịch số 2", "các
    # trạm thu phí") open a common noun, as a name the lists above lack would; a place's name keeps
    # its capitals wherever the text prints it ("Kẻ Bàng")
    head = _printed_form(" ".join(part[:2]), text) if len(part) > 2 else None
    return head is not None and head == head.lower()


def _qualifier_dashes(words: list[str]) -> set[int]:
    """The indices of the dashes that join two qualifiers after a place noun ("DI TÍCH LỊCH SỬ - VĂN
    HÓA"): the name runs on across them, and the qualifier after one is no new field."""
    out: set[int] = set()
    for d, w in enumerate(words):
        if w in ("-", "–") and 0 < d < len(words) - 1 and _after_place_noun(words, d):
            after = _f(" ".join(words[d + 1:d + 3])).split()
            if " ".join(after[:2]) in PLACE_QUALIFIERS or after[0].rstrip(",") in PLACE_QUALIFIERS:
                out.add(d)
    return out


def _site_noun(words: list[str], at: int, start: int) -> tuple[list[int], list[int]]:
    """A site's common noun (SITE_NOUNS) that opens the place's name at `at` or ends right before it
    (past `start`, where the part opens): (its first word, the others), else ([], [])."""
    folded = _f(" ".join(words)).split()
    for size in _SITE_NOUN_SIZES:
        if " ".join(folded[at:at + size]) in SITE_NOUNS:
            return [at], list(range(at + 1, at + size))
        if at - size >= start and " ".join(folded[at - size:at]) in SITE_NOUNS:
            return [at - size], list(range(at - size + 1, at))
    return [], []


def _sentence_case(words: str, text: str, proper: bool = False, fields: bool = False,
                   head: str | None = None, running: bool = False) -> str:
    """An organ's own name from upper case: as printed elsewhere in the text when it is, else
    'Sở Nội vụ' style (first word capitalised, acronyms kept); `proper` title-cases every word
    (school and centre names are mostly proper names); `fields` capitalises each field a
    department's name lists, after "và", "," or " - " (Nghị định 30/2020, Phụ lục II: "Sở Lao động -
    Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Phòng Tài chính - Kế hoạch").
    The printed form must open with a capital as the official name does: a body printing "các đơn
    vị y tế" says nothing of how "SỞ Y TẾ" is written; `head` (the body's keyword, "Sở") first
    looks for the whole name printed ("Sở Y tế"), which wins. `running`: the name runs on in small
    letters after its organ word (RUNNING_NAMED), its first word too, as printed in any case."""
    if not words:
        return ""
    if head:
        whole = _printed_form(f"{head} {words}", text, capitalised=True)
        if whole:
            return " ".join(whole.split()[len(head.split()):])
    printed = _printed_form(words, text, capitalised=not running, running=running)
    if printed:
        return printed
    out = []
    folded = _f(words).split()
    lower = unicodedata.normalize("NFC", words).lower().split()
    geo = False   # inside a geographic proper name
    common: set[int] = set()
    place = _place_name_words(words.split(), text, common)
    joins = _qualifier_dashes(words.split()) if "-" in words or "–" in words else set()
    named = {i + k for i in range(len(folded)) for pair, form in PROPER_IN_NAMES.items()
             if tuple(folded[i:i + len(pair)]) == pair for k, c in enumerate(form.split()) if c[:1].isupper()}
    named.update(_numbered_document(folded))
    countries = country_words(words.split())   # ("CAMPUCHIA" reads as no syllable, but is no acronym)
    named.update(countries)
    for i, w in enumerate(words.split()):
        # a dash joins two fields of one name in any body's name ("Hội đồng Thi đua - Khen thưởng",
        # Nghị định 30/2020); a comma or "và" only in a department's list of fields
        opens_field = i > 0 and ((not running and out[-1] in ("-", "–") and i - 1 not in joins)
                                 or fields and (out[-1].endswith(",") or out[-1] == "và"))
        geo = ((geo and folded[i] not in _GEO_STOP and not _level_at(folded, i)
                and not out[-1].endswith(",") and out[-1] not in ("-", "–")) or _geo_name_at(lower, folded, i)
               ) and i not in common   # ("CHIẾN KHU HÒA BÌNH": "khu" of a site's noun opens no name)
        if _is_acronym(w) and i not in countries or not _is_caps(w) or i and re.fullmatch(r"[IVX]+", w):   # ("KHU VỰC II")
            out.append(w)
        elif ((i == 0 and not running and folded[0] not in ("cac", "nhung")) or i in named or opens_field or geo or i in place
              or proper and w.lower() not in ("và", "của", "cho", "về")):
            out.append(_title_case(w))
        else:
            out.append(w.lower())
    return " ".join(out)


# A joint document ("liên tịch": 05/KHLT-UBND-BTTUBMTTQ) prints its issuers side by side, and its
# symbol lists their codes with the lead body's first (Nghị định 30/2020/NĐ-CP;
# references.joint_lead_code reads it): the lead's code → the header organ it names. Codes that
# name no organ of the list leave the header read as usual.
JOINT_LEAD_ORGANS = (("MTTQ", "p_mttq"), ("UBND", "p_ubnd"), ("HĐND", "p_hdnd"))


def _numbered_document(folded: list[str]) -> set[int]:
    """The first word of a document named by its number inside an organ's name ("TỔ CÔNG TÁC TRIỂN
    KHAI ĐỀ ÁN 06", "BAN CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT 57"): "Đề án 06" is that document's proper
    name and keeps its capital, as the plans print it."""
    out: set[int] = set()
    for i in range(len(folded) - 1):
        for size in (2, 1):
            j = i + size
            if j < len(folded) and "".join(folded[i:j]) in DOC_TYPES and folded[j][:1].isdigit():
                out.add(i)
                break
    return out


def _named_by_initials(printed: str, code: str) -> str | None:
    """The words of `printed` a body's code stands for, as its initials ("SYT": "SỞ Y TẾ", "SGDĐT":
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "và" left out), opening it or at a repeat of its first word (two
    departments side by side: "SỞ Y TẾ SỞ GIÁO DỤC VÀ ĐÀO TẠO"); None when none."""
    words = [w for w in re.split(r"[\s,]+", printed) if w]
    for i, first in enumerate(words):
        if i and first.upper() != words[0].upper():
            continue
        initials = ""
        for j in range(i, len(words)):
            if words[j][0].isalpha() and words[j].upper() != "VÀ":   # ("LAO ĐỘNG - THƯƠNG BINH": no dash)
                initials += words[j][0].upper()
            if initials == code:
                return " ".join(words[i:j + 1])
            if not code.startswith(initials):
                break
    return None


def _joint_issuer(organs: list[Organ], lead: str, text: str) -> Issuer | None:
    """The lead organ of a joint header: a primary organ its code names (UBND, HĐND, MTTQ), or a
    department whose initials are the code ("SYT": SỞ Y TẾ). Its unit, when the side-by-side
    columns left it under the other issuer ("ỦY BAN NHÂN DÂN   BAN THƯỜNG TRỰC" / "HUYỆN X   ỦY BAN
    MTTQ VIỆT NAM"), is the one unit the header names."""
    kind = next((kind for code, kind in JOINT_LEAD_ORGANS if code in lead), None)
    named = None
    if kind is not None:
        o = next((o for o in organs if o.kind == kind), None)
    else:
        o = None
        for sub in organs:
            if sub.kind.startswith("s_") and sub.kind not in ("s_other", "s_btt", "s_btv", "s_tt"):
                named = _named_by_initials(f"{SUB_NAME[sub.kind[2:]]} {sub.words}", lead)
                if named:
                    o = sub
                    break
    if o is None:
        return None
    level, name = o.level, o.name
    if not (level and name):
        # one unit printed under both issuers; a scan may misread a tone mark in one copy
        # ("HUYỆN TUYÊN HÓA" / "HUYỆN TUYỂN HÓA"): the form the text repeats most is the printed one
        units: dict[tuple[str, str], list[str]] = {}
        for u in organs:
            if u.level and u.name:
                units.setdefault((u.level, fold_cached(u.name)), []).append(u.name)
        if len(units) != 1:
            return None
        (level, _), names = next(iter(units.items()))
        name = max(names, key=lambda n: text.count(n))
    if kind is None:
        head, rest = named.split(" ", 1) if " " in named else (named, "")
        body = f"{head[:1].upper()}{head[1:].lower()} {_sentence_case(rest, text, fields=True)}".strip()
        return Issuer(f"{body} {level} {name}", level, name)
    issuer = _primary_full(Organ(o.kind, o.words, level, name))
    if lead.startswith("BTT"):   # "BTTUBMTTQ": the Front's standing board
        issuer = f"{SUB_NAME['btt']} {issuer}"
    return Issuer(issuer, level, name)


# The Front's central committee, named whole as a mass organisation's nationwide name is: its
# standing board prints it above itself ("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM / BAN THƯỜNG TRỰC").
CENTRAL_FRONT = (("uy ban trung uong mat tran to quoc viet nam", "Ủy ban Trung ương MTTQ Việt Nam"),
                 ("uy ban trung uong mttq viet nam", "Ủy ban Trung ương MTTQ Việt Nam"))
# Mass organisations print their nationwide name where the motto's side would be and their
# committee under it ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM" / "BAN CHẤP HÀNH TỈNH X"): the committee is
# the organisation's at that unit. Short names as the units' canonical forms write them.
MASS_ORGS = (("hoi lien hiep phu nu", "Hội LHPN"), ("hoi nong dan", "Hội Nông dân"),
             ("hoi cuu chien binh", "Hội Cựu chiến binh"), ("lien doan lao dong", "Liên đoàn Lao động"),
             ("hoi chu thap do", "Hội Chữ thập đỏ"), ("hoi khuyen hoc", "Hội Khuyến học"),
             ("hoi nguoi cao tuoi", "Hội Người cao tuổi"), ("hoi nguoi mu", "Hội Người mù"),
             # (the associations the Party assigns tasks as it does the mass organisations, named as
             # their charters write them)
             ("hoi luat gia", "Hội Luật gia"),
             ("lien hiep cac hoi khoa hoc va ky thuat", "Liên hiệp các Hội Khoa học và Kỹ thuật"),
             ("lien hiep cac to chuc huu nghi", "Liên hiệp các tổ chức hữu nghị"),
             ("hoi nan nhan chat doc da cam/dioxin", "Hội Nạn nhân chất độc da cam/dioxin"),
             ("hoi cuu thanh nien xung phong", "Hội Cựu Thanh niên xung phong"))
# … and the abbreviations a commune's or district's committee prints them by ("BCH HỘI CCB XÃ X").
MASS_ORG_NAMES = MASS_ORGS + (("hoi lhpn", "Hội LHPN"), ("hoi ccb", "Hội Cựu chiến binh"),
                              ("lien hiep cac hoi kh&kt", "Liên hiệp các Hội Khoa học và Kỹ thuật"),
                              ("lien hiep cac hoi khkt", "Liên hiệp các Hội Khoa học và Kỹ thuật"),
                              ("hoi nd", "Hội Nông dân"), ("ldld", "Liên đoàn Lao động"),
                              ("hoi ctd", "Hội Chữ thập đỏ"), ("hoi nct", "Hội Người cao tuổi"),
                              ("doan thanh nien", "Đoàn Thanh niên"), ("doan tncs ho chi minh", "Đoàn"),
                              ("doan thanh nien cong san ho chi minh", "Đoàn")) + CENTRAL_FRONT


def _mass_org_name(words: str) -> str | None:
    """The canonical short name of the mass organisation an organ's words print, in full or
    abbreviated ("HỘI CỰU CHIẾN BINH", "HỘI CCB" → "Hội Cựu chiến binh"), so one body is written one
    way whichever its header uses; None for any other words."""
    f = " ".join(_f(words).split())
    return next((short for key, short in MASS_ORG_NAMES if f == key), None)


# Associations no list above names, by the words that open them (folded → as printed): named as
# Nghị định 30/2020 writes an organisation's name, the head and the first word of what it gathers
# capitalised, and any country it names ("Hội Hữu nghị Việt - Lào", "Hội Nạn nhân chất độc da
# cam/dioxin", "Liên hiệp các Hội Văn học nghệ thuật").
ASSOCIATION_HEADS = (("lien hiep cac hoi", "Liên hiệp các Hội"), ("lien hiep cac to chuc", "Liên hiệp các tổ chức"),
                     ("chi hoi", "Chi hội"), ("hoi", "Hội"))


def _association_named(words: str, text: str) -> str | None:
    """An association's name from its header words before the unit ("HỘI HỮU NGHỊ VIỆT - LÀO" →
    "Hội Hữu nghị Việt - Lào"), as the text prints it where it does; None for other words."""
    hit = _keyword(words, ASSOCIATION_HEADS)
    if hit is None:
        return None
    rest = " ".join(words.split()[len(hit[0].split()):])
    return f"{hit[1]} {_sentence_case(rest, text, head=hit[1])}"


def _mass_org_of_place(words: str) -> str | None:
    """A mass organisation then the place it is of, no level word read ("HỘI NÔNG DÂN YÊN THÀNH",
    "HỘI NÔNG DÂN VIỆT NAM"): its short name, the place's words capitalised; None for other words."""
    f = _f(words)
    if not f.startswith(("hoi ", "lien doan ")):
        return None
    hit = _keyword(words, MASS_ORGS)
    if hit is None:
        return None
    rest = words.split()[len(hit[0].split()):]
    if not all(_is_caps(w) and (w.isalpha() or w in _NAME_DASHES) for w in rest):
        return None
    return " ".join([hit[1], *(_title_case(w) for w in rest)])


def _mass_orgs_named_in(words: str) -> str:
    """A board's name with the mass organisation it serves written as that one's name is ("Ban Đại
    diện hội người cao tuổi" → "… Hội Người cao tuổi"): a proper name, not the words sentence case
    leaves in small letters."""
    f = _f(words)
    if "hoi " not in f and "lien doan " not in f:
        return words
    for key, short in MASS_ORGS:
        at = f.find(key)
        if at > 0 and f[at - 1] == " " and (at + len(key) == len(f) or f[at + len(key)] == " "):
            return words[:at] + short + words[at + len(key):]
    return words


def _nationwide_name(o: Organ) -> bool:
    """Is the organ a mass organisation's nationwide name, no unit named ("HỘI NÔNG DÂN VIỆT NAM")?"""
    return o.kind == "s_other" and not o.level and " ".join(_f(o.words).split()) in _NATIONWIDE


_NATIONWIDE = frozenset(key + " viet nam" for key, _ in MASS_ORGS) | frozenset(key for key, _ in CENTRAL_FRONT)


def _mass_org_of(organs: list[Organ], sub: Organ) -> str | None:
    """The short name of the nationwide organisation printed right above a bare committee."""
    k = next(i for i, o in enumerate(organs) if o is sub)
    if k == 0 or sub.words or organs[k - 1].kind != "s_other":
        return None
    f = _f(organs[k - 1].words) + " "
    return next((short for key, short in MASS_ORG_NAMES if f.startswith(key + " ")), None)


def _keyword(words: str, table: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The (folded keyword, printed form) of `table` that an organ's words open with, or None."""
    f = " ".join(_f(words).split())
    return next(((key, head) for key, head in table if f.startswith(key + " ")), None)


def _work_named(words: str, text: str) -> str | None:
    """A department's or centre's name (see WORK_NAMED) as printed in mixed case in the text, else
    its keyword, the next word capitalised and the rest in lower case; None for other bodies."""
    hit = _keyword(words, WORK_NAMED)
    if hit is None:
        return None
    printed = _printed_form(words, text)
    if printed:
        return printed
    out: list[str] = []
    place = False   # past "khu vực": the rest is the area's proper name
    rest = words.split()[len(hit[0].split()):]
    tail = _place_name_words(rest, text) | country_words(rest)
    if hit[1] == "Hợp tác xã":
        tail |= _commune_name_at_end(rest)
    joins = _qualifier_dashes(rest) if "-" in words or "–" in words else set()
    folded = [w.rstrip(",") for w in _f(" ".join(rest)).split()]
    pairs = [f"{a} {b}" for a, b in zip(folded, folded[1:])]
    fields = bool(pairs) and pairs[0] in CENTRE_FIELDS
    # a Cục's or Chi cục's fields each open with a capital, as a Sở's do ("Chi cục Chăn nuôi và Thú
    # y", "Cục Thủy sản và Kiểm ngư", "Chi cục Chăn nuôi, Thú y và Thủy sản": Nghị định 30/2020)
    agency = hit[1] in AGENCY_FIELDS_NAMED
    field_at = 0   # where the last field opened (a word capitalised)
    for i, w in enumerate(rest):
        if _is_acronym(w) or not _is_caps(w) or i and folded[i - 1] in ("vung", "vuc", "so") and _ROMAN_NUMBER.fullmatch(w):
            out.append(w)   # (a region's Roman number, "VÙNG II", as printed)
        elif (i == 0 or place or i in tail or out[-1] in ("-", "–") and i - 1 not in joins
              or fields and (out[-1].endswith(",") or out[-1] == "và")
              and i < len(pairs) and pairs[i] in CENTRE_FIELDS
              or agency and not place and i - field_at <= FIELD_WORDS_MAX + 1 and (
                  out[-1] == "và" or out[-1].endswith(",") and "va" in folded[i:] and folded[i - 1] not in PAIRED_WORKS)):
            out.append(_title_case(w))
            field_at = i
        else:
            out.append(w.lower())
        place = place or _f(" ".join(out[-2:])) == "khu vuc"
    # "Trung ương" is the centre's proper designation, capitalised wherever it stands
    return re.sub(r"(?<!\w)trung ương(?!\w)", "Trung ương", " ".join([hit[1]] + out))


def _commune_name_at_end(words: list[str]) -> set[int]:
    """The indices of the last two or three capital words when they are a commune's or ward's name
    in the official lists ("… NÔNG NGHIỆP QUANG THÀNH"): a cooperative is named by the place it serves
    after its trade, a proper name however rarely the text prints it."""
    for k in (3, 2):
        tail = words[-k:]
        if len(words) > k and all(_is_caps(w) and w.isalpha() for w in tail) and (
                is_listed("xã", _title_case(" ".join(tail))) or is_listed("phường", _title_case(" ".join(tail)))):
            return set(range(len(words) - k, len(words)))
    return set()


# An enterprise's registered legal form (folded words, printed form), read after "Công ty": the
# company is named by its registered name alone ("Công ty TNHH một thành viên Thủy lợi Nam Hà Tĩnh"),
# never by the unit of the People's Committee that owns it. Longer forms first.
COMPANY_FORMS = (("hai thanh vien tro len", "hai thành viên trở lên"), ("mot thanh vien", "một thành viên"),
                 ("co phan", "cổ phần"), ("hop danh", "hợp danh"), ("tnhh", "TNHH"), ("mtv", "MTV"))


def _company_named(words: str, text: str) -> str | None:
    """A company's name ("CÔNG TY TNHH MTV LÂM NGHIỆP SÔNG HIẾU") as printed in mixed case in the
    text, else "Công ty", its legal form, then its proper name title-cased (or as the text prints
    it); None for other bodies."""
    if _keyword(words, (("cong ty", "Công ty"),)) is None:
        return None
    printed = _printed_form(words, text)
    if printed:
        return printed
    rest = words.split()[2:]
    out = ["Công ty"]
    matched = True
    while matched and rest:
        matched = False
        folded = _f(" ".join(rest)).split()
        for key, form in COMPANY_FORMS:
            n = len(key.split())
            if folded[:n] == key.split():
                out.append(form)
                rest, matched = rest[n:], True
                break
    name = " ".join(rest)
    if name:
        out.append(_printed_form(name, text) or _title_case(name))
    return " ".join(out)


def _common_named(words: str, text: str) -> str | None:
    """A body named by a common noun (COMMON_NAMED) as printed in mixed case in the text, else its
    keyword and the rest in small letters (acronyms, numbers and a place's name as printed or
    title-cased); None for other bodies."""
    f = " ".join(_f(words).split())
    hit = next(((key, head) for key, head in COMMON_NAMED if f == key or f.startswith(key + " ")), None)
    if hit is None:
        return None
    printed = _printed_form(words, text, capitalised=True)
    if printed:
        return printed
    rest = words.split()[len(hit[0].split()):]
    tail = _place_name_words(rest, text) | _numbered_document(_f(" ".join(rest)).split()) | country_words(rest)
    folded = _f(" ".join(rest)).split()
    area: set[int] = set()
    if "khu vuc" in " ".join(folded):
        # an area's number and proper name after "khu vực" ("KHU VỰC 3 - ĐẮK LẮK", "KHU VỰC TÂY NGUYÊN"):
        # a marked word there is a syllable of the name, whatever SYLLABLE makes of "ĐẮK", "KRÔNG"
        at = next((i for i in range(len(folded) - 1) if folded[i:i + 2] == ["khu", "vuc"]), None)
        area = set(range(at + 2, len(rest))) if at is not None and len(folded) == len(rest) else set()
    tail |= area
    if hit[0] in PLACE_NAMED_COMMON:
        # "Đồn Biên phòng Na Cô Sa": the rest is its proper name ("Cửa khẩu Quốc tế Cầu Treo" as the
        # border guard writes a gate's)
        named = " ".join(w if _is_acronym(w) or w.isdigit() else _title_case(w) for w in rest)
        return " ".join([hit[1], re.sub(r"^Cửa Khẩu(?: Quốc Tế)?(?!\w)",
                                        lambda m: m.group().replace("Khẩu", "khẩu").replace("Tế", "tế"), named)]).strip()
    out = [hit[1]]
    for i, w in enumerate(rest):
        named = i in area and w.isalpha() and not w.isascii()
        out.append(w if not named and (_is_acronym(w) or not _is_caps(w))
                   else _title_case(w) if i in tail else w.lower())
    return " ".join(out)


def _union_named(words: str, text: str) -> str | None:
    """A trade union's name: "Công đoàn" then the school, hospital or company it is the union of
    ("CÔNG ĐOÀN TRƯỜNG THCS XUÂN LAI" → "Công đoàn Trường THCS Xuân Lai"), else its branch with
    the first word capitalised ("CÔNG ĐOÀN GIÁO DỤC" → "Công đoàn Giáo dục"); None for other bodies."""
    unions = (("cong doan", "Công đoàn"), ("cdcs", "Công đoàn cơ sở"), ("cd", "Công đoàn"))
    # (printed bare before its unit, "CÔNG ĐOÀN PHƯỜNG X", the words are the keyword alone)
    hit = _keyword(words, unions) or next((u for u in unions if " ".join(_f(words).split()) == u[0]), None)
    if hit is None:
        return None
    rest = " ".join(words.split()[len(hit[0].split()):])
    if not rest:
        return hit[1]
    inner = _institution_named(rest, text) or _company_named(rest, text)
    if inner is None:
        inner = _sentence_case(rest, text)
        # a branch's union: "ngành" stays in small letters, the branch is capitalised ("Công đoàn
        # ngành Giáo dục", as Điều lệ Công đoàn Việt Nam writes it)
        lead = "ngành " if _f(inner).startswith("nganh ") else ""
        inner = lead + inner[len(lead):len(lead) + 1].upper() + inner[len(lead) + 1:]
    return f"{hit[1]} {inner}"


def _institution_named(words: str, text: str) -> str | None:
    """A school's or hospital's name (see INSTITUTION_NAMED) as printed in mixed case in the text,
    else its keyword, its kind, then its proper name title-cased (a level word before a place stays
    lower case: "Bệnh viện Đa khoa huyện Quỳnh Lưu"); None for other bodies."""
    hit = _keyword(words, INSTITUTION_NAMED)
    if hit is None:
        return None
    printed = _printed_form(words, text)
    if printed:
        return printed
    rest = words.split()[len(hit[0].split()):]
    folded = _f(words).split()[len(hit[0].split()):]
    out = [hit[1]]
    kind = next(((key, name) for key, name in INSTITUTION_KINDS if folded[:len(key.split())] == key.split()), None)
    if kind is not None and all(_is_caps(w) for w in rest[:len(kind[0].split())]):
        out.append(kind[1])
        rest, folded = rest[len(kind[0].split()):], folded[len(kind[0].split()):]
    elif kind is None and folded[:1] in (["cd"], ["dh"]) and _is_acronym(rest[0]):   # "TRƯỜNG CĐ Y TẾ …"
        kind = (folded[0], rest[0])
        out.append(rest[0])
        rest, folded = rest[1:], folded[1:]
    if kind is not None and kind[0] in TRAINING_KINDS and (
            " ".join(folded[:2]) in SCHOOL_FIELDS or folded[:1] and folded[0] in SCHOOL_FIELDS):
        # a college or university named by the field it trains for, then its place ("Trường Cao đẳng Y
        # tế An Giang", "Trường Trung cấp Kinh tế - Kỹ thuật Lạng Sơn"): the field is written as a
        # department's is (Nghị định 30/2020, Phụ lục II), only the place's words capitalised
        return _disciplines_capitalised(" ".join(out + [_sentence_case(" ".join(rest), text, fields=True)]))
    i = 0
    while i < len(rest):
        w = rest[i]
        n = next((len(lv.split()) for lv in PRINTED_LEVELS + ("KHU VỰC",)
                  if [x.upper() for x in rest[i:i + len(lv.split())]] == lv.split()), 0)
        if n and i + n < len(rest):   # a level word, or "khu vực", before a place's name
            out.extend(x.lower() for x in rest[i:i + n])
            i += n
            continue
        out.append(w if _is_acronym(w) or not _is_caps(w) else _title_case(w))
        i += 1
    return " ".join(out)


# What a Party cell is named by (Hướng dẫn 36-HD/VPTW prints it under its Đảng bộ): a hamlet or
# residential block, the noun in small letters and its name or number after it ("Chi bộ thôn Đồng
# Lạc", "Chi bộ khu phố 3", "Chi bộ tổ dân phố số 7"); the short nouns only before a number ("KHU
# 5", "TỔ 12"), as "KHU CÔNG NGHIỆP", "TỔ CÔNG TÁC" are no hamlets. Printed forms, longer first.
HAMLET_NOUNS = ("TỔ DÂN PHỐ", "KHU DÂN CƯ", "CỤM DÂN CƯ", "KHU PHỐ", "TIỂU KHU", "THÔN", "XÓM", "BẢN", "ẤP",
                "BUÔN", "LÀNG", "SÓC", "KHÓM", "PLEI", "PHUM")
NUMBERED_HAMLET_NOUNS = ("KHU", "KHỐI", "TỔ")


def _hamlet_named(words: str) -> str | None:
    """A hamlet's or block's name from capitals ("THÔN ĐỒNG LẠC" → "thôn Đồng Lạc", "TỔ DÂN PHỐ SỐ
    7" → "tổ dân phố số 7"); None when the words open with no hamlet's noun."""
    ws = words.split()
    up = [w.upper() for w in ws]
    n = next((len(h.split()) for h in HAMLET_NOUNS if up[:len(h.split())] == h.split() and len(ws) > len(h.split())),
             0)
    if not n and up[:1] and up[0] in NUMBERED_HAMLET_NOUNS and len(ws) > 1 and (
            ws[1][:1].isdigit() or re.fullmatch(r"[IVX]+", ws[1]) or up[1] == "SỐ"):
        n = 1
    if not n:
        return None
    rest = [w if _is_acronym(w) or not _is_caps(w) else "số" if w.upper() == "SỐ" else _title_case(w)
            for w in ws[n:]]
    return " ".join([w.lower() if _is_caps(w) else w for w in ws[:n]] + rest)


def _serves_a_hamlet(words: str) -> bool:
    """Do an organ's words end with a hamlet's noun and its name of one to four words ("BAN CÔNG TÁC
    MẶT TRẬN THÔN ĐÔNG", "BAN PHÁT TRIỂN XÓM 3")?"""
    return _hamlet_name_at(words.split()) is not None


_PARTY_GROUP = re.compile(r"(?:^|\s)[-–]?\s*TỔ\s+ĐẢNG(?=\s|$)", re.IGNORECASE)


def _party_group_split(words: str) -> tuple[str, str | None]:
    """A Party cell's words and, printed after them, those of one of its Party groups ("THÔN ĐỒNG
    LẠC TỔ ĐẢNG SỐ 2" → "THÔN ĐỒNG LẠC", "SỐ 2"); no group: the words and None."""
    m = _PARTY_GROUP.search(words) if "Đ" in words.upper() else None
    if m is None or not words[:m.start()].strip(" -–"):
        return words, None
    return words[:m.start()].strip(" -–"), words[m.end():].strip(" -–")


def _party_group_named(words: str) -> str:
    """A Party group's name ("Tổ Đảng" and its number or hamlet: "Tổ Đảng số 2", "Tổ Đảng xóm 3")."""
    if not words:
        return "Tổ Đảng"
    inner = _hamlet_named(words) or " ".join(
        "số" if w.upper() == "SỐ" else w if w[:1].isdigit() or _is_acronym(w) else _title_case(w)
        for w in words.split())
    return f"Tổ Đảng {inner}"


def _party_cell_named(words: str, text: str, head: str = SUB_NAME["chibo"]) -> str:
    """A Party cell's name ("Chi bộ" and what it sits in) as its text prints it, else from its
    capitals: a hamlet's noun in small letters, a school, office or department as that body is named
    ("Chi bộ Trường THCS Đức Thọ", "Chi bộ Phòng Nội vụ", "Chi bộ Công an xã"), anything else with
    its first word capitalised ("Chi bộ Cơ quan Đảng - Đoàn thể")."""
    if not words:
        return head
    whole = _printed_form(f"{head} {words}", text, capitalised=True)
    if whole:
        return head + whole[len(head):]
    inner = _hamlet_named(words)
    if inner is None and _f(words).startswith("lop ") and len(words.split()) == 2:
        inner = f"lớp {words.split()[1]}"   # a class ("CHI ĐOÀN LỚP 12A1"): a common noun and its code
    if inner is None:
        first = _f(words).split()[0]
        if first in FIELD_NAMED and len(words.split()) > 1:
            inner = f"{_title_case(words.split()[0])} " + _sentence_case(
                " ".join(words.split()[1:]), text, fields=True, head=_title_case(words.split()[0]))
        else:
            # (the Party is a proper name wherever it stands: "Chi bộ Cơ quan Đảng - Đoàn thể")
            inner = (_institution_named(words, text) or _work_named(words, text) or _common_named(words, text)
                     or re.sub(r"(?<!\w)đảng(?!\w)", "Đảng", _sentence_case(words, text)))
    return f"{head} {inner}"


def _disciplines_capitalised(name: str) -> str:
    """A training school's name with each discipline of SCHOOL_DISCIPLINES capitalised."""
    ws = name.split()
    for i in range(1, len(ws) - 1):
        if ws[i].islower() and _f(f"{ws[i]} {ws[i + 1]}") in SCHOOL_DISCIPLINES:
            ws[i] = ws[i][:1].upper() + ws[i][1:]
    return " ".join(ws)


# (folded) a regional or national university printed over its member school ("ĐẠI HỌC THÁI NGUYÊN")
_UNIVERSITY_LINE = re.compile(r"dai hoc (?P<name>[a-z][a-z .\-]*)$")


def _with_university(body: str, itext: str, text: str) -> str:
    """A member school's name with the university it belongs to, as the school prints its own name
    ("ĐẠI HỌC THÁI NGUYÊN / TRƯỜNG ĐẠI HỌC SƯ PHẠM" → "Trường Đại học Sư phạm - Đại học Thái
    Nguyên"); any other body as it is."""
    if not _f(body).startswith("truong dai hoc "):
        return body
    for line in itext.split("|"):
        m = _UNIVERSITY_LINE.match(" ".join(_f(line).split()))
        if m is None:
            continue
        printed = " ".join(line.split()[2:])
        name = _printed_form(printed, text) or re.sub(r"(?<!\w)Quốc Gia(?!\w)", "Quốc gia", _title_case(printed)).replace(
            "Tp. ", "TP. ")
        return f"{body} - Đại học {name}"
    return body


def _school_doan_named(words: str, text: str) -> str | None:
    """The Youth Union of a school or hospital, "Đoàn" then that body as it is named ("ĐOÀN TRƯỜNG
    THPT NGUYỄN DU" → "Đoàn Trường THPT Nguyễn Du"), as its trade union is; None for other words
    (and for "ĐOÀN TRƯỞNG", a delegation's head: the tone tells the school's word from it)."""
    ws = words.split()
    if len(ws) < 3 or _f(ws[0]) != "doan" or ws[1].upper() == "TRƯỞNG":
        return None
    full = next((len(k.split()) for k in _DOAN_FULL if _f(" ".join(ws[1:1 + len(k.split())])) == k), 0)
    if full:   # its full name before the school's ("ĐOÀN TNCS HỒ CHÍ MINH TRƯỜNG THPT X"): still "Đoàn"
        ws = ws[:1] + ws[1 + full:]
    inner = _institution_named(" ".join(ws[1:]), text)
    return f"{PRIMARY_NAME['doan']} {inner}" if inner else None


def _cell_of_doan_named(words: str, text: str) -> str | None:
    """A Youth Union cell's name after its committee's "BCH" ("BCH CHI ĐOÀN THÔN 3" → "Chi đoàn thôn
    3"), as the cell printed alone is named; None for other words."""
    ws = words.split()
    if len(ws) < 3 or " ".join(_f(" ".join(ws[:2])).split()) != "chi doan":
        return None
    return _party_cell_named(" ".join(ws[2:]), text, head=SUB_NAME["chidoan"])


def _doan_of_its_own(organs: list[Organ], sub: Organ, body: str, text: str) -> tuple[str, str | None, str | None] | None:
    """(issuer, level, locality) of a Youth Union or mass organisation's body named by what it sits in
    rather than by a unit: a school's Đoàn or a Đoàn cell's committee ("HUYỆN ĐOÀN X / BCH ĐOÀN TRƯỜNG
    THPT Y" → "Ban Chấp hành Đoàn Trường THPT Y huyện X", as "Công đoàn Trường THCS …" is; under the
    school's own Party committee no unit follows), or a mass organisation printed bare under the Party
    committee of a bloc, an agency or a school ("ĐẢNG ỦY TRƯỜNG THPT Y / ĐOÀN TNCS HỒ CHÍ MINH" →
    "Đoàn Trường THPT Y"; "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH X / ĐOÀN THANH NIÊN" → "Đoàn Thanh niên Khối
    các cơ quan tỉnh X"), never that committee's body nor its unit's. None for any other body."""
    if sub.kind == "s_chidoan" and not sub.level:
        # a class's or a ward's cell under its school's Đoàn ("ĐOÀN TRƯỜNG THPT X / CHI ĐOÀN 12A1"):
        # named by the school as a school's Đoàn is ("Chi đoàn 12A1 Trường THPT X"), then the unit of
        # a Đoàn printed above the school's, if any
        k = next(i for i, o in enumerate(organs) if o is sub)
        above = organs[k - 1] if k else None
        school = _school_doan_named(above.words, text) if above and above.kind in ("s_other", "s_bch") else None
        if school is None:
            return None
        body = f"{body} {school[len(PRIMARY_NAME['doan']) + 1:]}"
        unit = next((o for o in reversed(organs[:k - 1]) if o.level and o.name), None)
        return (_with_unit(body, unit.level, unit.name), unit.level, unit.name) if unit else (body, None, None)
    if sub.level or sub.kind not in ("s_other", "s_bch", "s_btv", "s_btt"):
        return None
    k = next(i for i, o in enumerate(organs) if o is sub)
    if _school_doan_named(sub.words, text) or sub.kind != "s_other" and _cell_of_doan_named(sub.words, text):
        unit = next((o for o in reversed(organs[:k]) if o.level and o.name), None)
        return (_with_unit(body, unit.level, unit.name), unit.level, unit.name) if unit else (body, None, None)
    p = organs[k - 1] if k else None
    if p is None or p.kind != "p_danguy" or not (words := p.words.strip(" -,.*")):
        return None
    if sub.kind == "s_other" and _mass_org_name(sub.words):
        head = body
    elif sub.kind != "s_other" and " ".join(_f(sub.words).split()) in ("doan", "doan truong"):
        head = f"{SUB_NAME[sub.kind[2:]]} {PRIMARY_NAME['doan']}"   # "BCH ĐOÀN TRƯỜNG": the school's above
    else:
        return None
    if (inner := _institution_named(words, text)) is not None:
        return _with_unit(f"{head} {inner}", p.level, p.name) if p.level and p.name else f"{head} {inner}", \
            p.level, p.name
    inner = (_primary_full(p, text) or "")[len(PRIMARY_NAME["danguy"]):].strip()
    return (f"{head} {inner}", p.level, p.name) if inner else None


# the signing block "T/M BAN CHẤP HÀNH" (folded; "TM.", "T.M" as typed)
_SIGNED_FOR_BCH = re.compile(r"(?<![a-z])t\s*[./]?\s*m\s*[.:]?\s+ban chap hanh(?![a-z])")


# =============================================================================================
# Branches of the vertically managed agencies (tax, treasury, social insurance, statistics, the
# central bank and the policy bank), as named since their 2025 reorganisation: the branch prints
# the agency's name again with its unit or area ("CỤC THUẾ / THUẾ TỈNH LÂM ĐỒNG", "KHO BẠC NHÀ NƯỚC /
# KHO BẠC NHÀ NƯỚC KHU VỰC VIII", "BHXH TỈNH X / BẢO HIỂM XÃ HỘI CƠ SỞ Y"), or "CHI NHÁNH" alone under it
# ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH TỈNH X"). No organ word opens such a line, so the organs
# above would otherwise take it as their own unit ("Cục Thuế thuế tỉnh …").
# =============================================================================================
# the acronyms such headers print for the agency's name (folded) -> its words
_AGENCY_ACRONYMS = {"bhxh": "bao hiem xa hoi", "kbnn": "kho bac nha nuoc", "nhnn": "ngan hang nha nuoc",
                    "nhcsxh": "ngan hang chinh sach xa hoi"}
# agencies whose name holds a proper noun past its first word (folded -> as the law names them)
_AGENCY_PRINTED = {"kho bac nha nuoc": "Kho bạc Nhà nước", "ngan hang nha nuoc": "Ngân hàng Nhà nước",
                   "ngan hang chinh sach xa hoi": "Ngân hàng Chính sách xã hội", "bao hiem xa hoi": "Bảo hiểm xã hội"}
# what names a branch after the agency's name: an area ("khu vực VIII"), a base office ("cơ sở 2"),
# a branch ("chi nhánh tỉnh X") (folded word pairs); a unit ("tỉnh X") is read by UNIT_RE
_BRANCH_WORDS = (("khu", "vuc"), ("co", "so"), ("chi", "nhanh"))
# agencies named by their field alone since 2025 ("Thuế tỉnh X", "Thống kê tỉnh Y") (folded)
_FIELD_AGENCIES = ("thue", "thong ke")


def _agency_words(line: str) -> tuple[list[str], list[str]]:
    """A header line's printed and folded words, a leading acronym spelt out in both."""
    printed, folded = line.split(), _f(line).split()
    if folded and folded[0] in _AGENCY_ACRONYMS:
        full = _AGENCY_ACRONYMS[folded[0]].split()
        printed, folded = [w.upper() for w in full] + printed[1:], full + folded[1:]
    return printed, folded


def _unit_at(printed: list[str], folded: list[str], i: int) -> tuple[str, str] | None:
    """(level, name) of a unit that words[i:] open with ("TỈNH LÂM ĐỒNG"), the level word printed as one."""
    rest_f = " ".join(folded[i:])
    um = UNIT_RE.match(rest_f)
    if um is None:
        return None
    rest = " ".join(printed[i:])
    if not _printed_level(rest[um.start("lv"):um.end("lv")], rest):
        return None
    name = _title_case(_before_level_word(rest[um.end():].strip(" -,.*")))
    return (LEVEL_WORD[um.group("lv")], name) if name and not NOT_A_NAME.search(_f(name)) else None


def _branch_tail(printed: list[str], folded: list[str]) -> str:
    """The words naming a branch after its agency's name, as the law writes them: the area, base
    or unit words in small letters ("khu vực VIII", "cơ sở 2 tỉnh X"), "Chi nhánh" capitalised."""
    out, i = [], 0
    while i < len(folded):
        pair = tuple(folded[i:i + 2])
        if pair == ("chi", "nhanh"):
            out += ["Chi", "nhánh"]
            i += 2
        elif pair in _BRANCH_WORDS:
            out += [w.lower() for w in printed[i:i + 2]]
            i += 2
        elif (unit := _unit_at(printed, folded, i)) is not None:
            out += [unit[0], _title_case(unit[1])]
            break
        else:
            out.append(printed[i] if re.fullmatch(r"[IVX]+|\d+", printed[i]) else _title_case(printed[i]))
            i += 1
    return " ".join(out)


def _organ_opens(folded: list[str]) -> bool:
    """Does an organ other than one of these agencies open the (folded) words?"""
    m = ORGAN_RE.match(" ".join(folded))
    return m is not None and m.group() not in _AGENCY_PRINTED


def _agency_end(printed: list[str], folded: list[str]) -> int:
    """Where an agency's name ends in a line's words: at its unit or area, or at "VIỆT NAM"."""
    for i in range(1, len(folded)):
        if folded[i:i + 2] == ["xa", "hoi"]:
            continue   # "society" in the agency's name ("BẢO HIỂM XÃ HỘI"), no commune
        if tuple(folded[i:i + 2]) in _BRANCH_WORDS or folded[i:] == ["viet", "nam"] or _unit_at(printed, folded, i):
            return i
    return len(folded)


def _bank_office(lines: list[str], text: str) -> Issuer | None:
    """A bank's transaction office the last header line names ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / PHÒNG
    GIAO DỊCH HUYỆN X", "NHCSXH TỈNH Y / PGD NHCSXH HUYỆN X"), or None. Its name holds the bank's,
    printed on its own line or on a line above ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện X",
    as the plans that work with it write it): the office line alone would read as a department's."""
    own = lines[-1]
    if len(lines) > 1 and UNIT_RE.match(_f(own)):   # the office's unit wrapped onto its own line
        own = f"{lines[-2]} {own}"
    own_f = _f(own).split()
    n = 3 if own_f[:3] == ["phong", "giao", "dich"] else 1 if own_f[:1] == ["pgd"] else 0
    if not n:
        return None
    rest_p, rest_f = _agency_words(" ".join(own.split()[n:]))
    banks = [k.split() for k in _AGENCY_PRINTED if k.startswith("ngan hang")]
    bank = next((b for b in banks if rest_f[:len(b)] == b), None)
    i = len(bank) if bank else 0
    if bank is None:   # named only above: the bank, or its branch under it ("CHI NHÁNH TỈNH Y")
        above = [_agency_words(s)[1] for s in lines[:-1]]
        bank = next((b for up in above for b in banks if up[:len(b)] == b), None)
        if bank is None:
            return None
    if i == len(rest_f):
        return None
    name = f"Phòng giao dịch {_AGENCY_PRINTED[' '.join(bank)]} {_branch_tail(rest_p[i:], rest_f[i:])}"
    unit = next((u for j in range(i, len(rest_f)) if (u := _unit_at(rest_p, rest_f, j))), None)
    if unit is None:
        # an office of an area ("PHÒNG GIAO DỊCH KHU VỰC X") is of the unit a line above names
        up = [_agency_words(s) for s in lines[:-1]]
        unit = next((u for p, f in up for j in range(len(f)) if (u := _unit_at(p, f, j))), None)
        if unit is None:
            return Issuer(" ".join(name.split()), None, None)
        name = _with_unit(name, *unit)
    level, place = unit
    return Issuer(" ".join(name.split()), level, _printed_form(place, text, spelled=True) or place)


def _agency_branch(itext: str, text: str) -> Issuer | None:
    """The branch of a vertically managed agency the last header line names (see above), or None."""
    lines = [s.strip() for s in itext.split("|") if s.strip()]
    if any("GIAO" in u or "PGD" in u for u in (s.upper() for s in lines[-2:])):
        if (office := _bank_office(lines, text)) is not None:
            return office
    if len(lines) == 1:
        # the branch printed alone, no parent line above it ("THUẾ TỈNH NGHỆ AN", "THỐNG KÊ TỈNH PHÚ
        # THỌ"): only an agency named by its field alone, which no organ word opens, then its unit or area
        own_p, own_f = _agency_words(lines[0])
        n = next((len(w.split()) for w in _FIELD_AGENCIES if own_f[:len(w.split())] == w.split()), 0)
        if not n or not (tuple(own_f[n:n + 2]) in _BRANCH_WORDS or _unit_at(own_p, own_f, n)):
            return None
        return _branch_issuer(own_p, own_f, own_p, own_f, n, n, text)
    if len(lines) < 2:
        return None
    up_p, up_f = _agency_words(lines[-2])
    own_p, own_f = _agency_words(lines[-1])
    if up_f[:2] == ["tong", "cuc"]:   # the agency's department ("CỤC THUẾ"): the agency it runs
        up_p, up_f = up_p[2:], up_f[2:]
    elif up_f[:1] == ["cuc"]:
        up_p, up_f = up_p[1:], up_f[1:]
    # under its ministry the branch is printed alone ("BỘ TÀI CHÍNH / THUẾ TỈNH X")
    # (not a ministry's name wrapped over two lines: "BỘ VĂN HÓA, THỂ THAO / VÀ DU LỊCH")
    ministry = (up_p[:1] == [MINISTRY_WORD] and up_f[1:3] != ["chi", "huy"] and up_f[-1] != "va"
                and not lines[-2].endswith((",", "-", "–")) and own_f[0] != "va")
    if not up_f or not own_f or up_f[0] != own_f[0] and own_f[:2] != ["chi", "nhanh"] and not ministry:
        return None   # (the cheap test: most headers stop here)
    if _organ_opens(own_f) or up_f[:2] == ["mat", "tran"] or (_organ_opens(up_f) and not ministry):
        return None   # a People's Committee, a Party body, the Front, a department or a school reads as usual
    n = _agency_end(up_p, up_f)   # the agency's name: the line up to its unit or area, or "VIỆT NAM"
    if ministry:
        n = k = _agency_end(own_p, own_f)
        up_p, up_f = own_p, own_f
        if k == len(own_f):   # the agency itself under its ministry ("BỘ TÀI CHÍNH / KHO BẠC NHÀ NƯỚC")
            named = _AGENCY_PRINTED.get(" ".join(own_f))
            return Issuer(named, None, None) if named else None
    elif own_f[:2] == ["chi", "nhanh"]:   # "CHI NHÁNH TỈNH X" under its bank
        k = 0
    elif own_f[:n] == up_f[:n] and len(own_f) > n and (
            tuple(own_f[n:n + 2]) in _BRANCH_WORDS or _unit_at(own_p, own_f, n)):
        k = n
    else:
        return None
    return _branch_issuer(up_p, up_f, own_p, own_f, n, k, text)


def _branch_issuer(up_p: list[str], up_f: list[str], own_p: list[str], own_f: list[str], n: int, k: int,
                   text: str) -> Issuer:
    """The branch's issuer: the agency's name (the first n words of its parent line) and the branch's
    words from k on its own line, with the unit it names or, failing that, its parent line's."""
    key = " ".join(up_f[:n])
    agency = _AGENCY_PRINTED.get(key) or _sentence_case(" ".join(up_p[:n]), text)
    issuer = f"{agency} {_branch_tail(own_p[k:], own_f[k:])}"
    unit = next((u for i in range(k, len(own_f)) if (u := _unit_at(own_p, own_f, i))), None)
    if unit is None:
        # a branch named by its area or base only is of the unit its parent line names
        unit = next((u for i in range(n, len(up_f)) if (u := _unit_at(up_p, up_f, i))), None)
        if unit is None:
            return Issuer(issuer, None, None)
        issuer = _with_unit(issuer, *unit)
    level, name = unit
    name = _printed_form(name, text, spelled=True) or name
    return Issuer(" ".join(issuer.split()), level, name)


def _inspected_department(organs: list[Organ], sub: Organ) -> Organ | None:
    """The department printed right above its inspectorate's bare "THANH TRA SỞ" (the Thanh tra Sở
    Xây dựng of Luật Thanh tra 2022: named by its department, of the department's province), or None."""
    if _f(sub.words) != "thanh tra so":
        return None
    k = next(i for i, o in enumerate(organs) if o is sub)
    return organs[k - 1] if k and organs[k - 1].kind == "s_so" else None


_DEPARTMENT_NAME_WORDS = 4
# Two-word fields a department is named by (folded): a district name cut from the department's words
# never takes the second word of one ("… Thương binh và Xã hội", "Quản lý đô thị", "Văn hóa - Xã hội").
_DEPARTMENT_FIELD_PAIRS = frozenset(
    {pair for field in (*(n[3:] for n in MINISTRY_CODES.values() if n.startswith("Bộ ")), *CENTRE_FIELDS,
                        *SCHOOL_FIELDS, *SCHOOL_DISCIPLINES, "xa hoi", "do thi", "ha tang", "quan ly",
                        "ke hoach", "nong thon", "moi truong", "tai nguyen", "kinh te", "dan toc")
     for part in re.split(r"\s*[-–,]\s*", fold_nfc(field).replace(" va ", " - "))
     if len(ws := part.split()) >= 2 for pair in zip(ws, ws[1:])})


def _branch_of_association(o: Organ, parent: Organ) -> None:
    """A hamlet's branch printed as "CHI HỘI THÔN 3" under its commune's association ("HỘI CỰU CHIẾN
    BINH XÃ TÂN LẬP") is that association's branch, named by it as a branch printing its field is
    ("Chi hội Cựu chiến binh thôn 3"; the women's union's is "Chi hội Phụ nữ", as its charter calls it)."""
    words = o.words.split()
    if o.kind != "s_other" or _f(" ".join(words[:2])) != "chi hoi" or _hamlet_named(" ".join(words[2:])) is None:
        return
    pf = " ".join(_f(parent.words).split())
    if parent.kind != "s_other" or not (parent.level and parent.name) or not pf.startswith("hoi "):
        return
    short = _mass_org_name(parent.words)
    if short == "Hội LHPN":
        field = "PHỤ NỮ"
    else:
        field = short[len("Hội "):].upper() if short and short.startswith("Hội ") \
            else " ".join(parent.words.split()[1:]).upper()
    if field:
        o.words = " ".join([*words[:2], field, *words[2:]])


def _district_after_department(o: Organ, text: str) -> None:
    """A district's department printing its district's name with no level word ("PHÒNG GD&ĐT SƠN
    TỊNH", "PHÒNG TƯ PHÁP ĐÔNG HƯNG") is of that district, when the text names it with its level
    ("huyện Sơn Tịnh") and the name is a district in the admin lists: the name is cut from the
    department's words and made the organ's unit. The level word in the text and the lists are what
    tell a place from the last words of a field's name ("PHÒNG TÀI CHÍNH KẾ HOẠCH": no plan writes
    "huyện Kế Hoạch"; "huyện hội" in a body is no district "Hội" of "… Xã hội")."""
    if o.kind != "s_phong" or o.level or o.name:
        return
    words = o.words.split()
    folded = [_f(w) for w in words]
    # compared with the tone marks ("QUẢN LÝ ĐÔ THỊ" is no "quận Lý Đô Thị")
    low = " ".join(text.lower().split())
    for k in range(min(_DEPARTMENT_NAME_WORDS, len(words) - 1), 0, -1):
        name = words[-k:]
        if not all(w[:1].isalpha() for w in name):
            continue
        key = " ".join(name).lower()
        if (folded[-k - 1], folded[-k]) in _DEPARTMENT_FIELD_PAIRS:
            continue   # one word of a two-word field ("XÃ HỘI", "ĐÔ THỊ")
        level = next((lv for lv in levels.DISTRICT_LEVELS
                      if re.search(rf"(?<!\w){re.escape(lv)} {re.escape(key)}(?!\w)", low)
                      and (m := resolve_unit(lv, _title_case(" ".join(name)))) is not None and m.resolved), None)
        if level is not None:
            o.words, o.level, o.name = " ".join(words[:-k]), level, _title_case(" ".join(name))
            return


def _issuer_from_header(segments: list[str], text: str, symbol: str | None = None,
                        place: str | None = None, joint: bool = False) -> Issuer | None:
    itext = _issuer_text(segments)
    if not itext:
        return None
    if (branch := _agency_branch(itext, text)) is not None:
        return branch
    if "quoc hoi" in _f(itext) and (assembly := national_body(
            " | ".join(p for p in itext.split("|") if not any(map(str.isdigit, p))), text)) is not None:
        return assembly   # ("ỦY BAN THƯỜNG VỤ QUỐC HỘI": no "Ban Thường vụ" of a unit; a page's number lines aside)
    organs = _parse_organs(itext)
    if not organs:
        return national_body(itext, text)
    for i, o in enumerate(organs):
        if not any(u.level and u.name for u in organs[:i]):   # a unit above is the department's own
            _district_after_department(o, text)
        elif i:
            _branch_of_association(o, organs[i - 1])
    lead = joint_lead_code(symbol, declared=joint)
    if lead is not None:
        joint = _joint_issuer(organs, lead, text)
        if joint is not None:
            return joint
    bo = None
    for o in organs:
        if o.kind == "p_dangbo" and o.level and o.name:
            bo = o
        elif bo is not None and not o.name and o.kind in ("p_capuy", "p_danguy"):
            # "ĐẢNG BỘ TỈNH X / TỈNH ỦY", "ĐẢNG BỘ XÃ X / ĐẢNG ỦY": the unit is the Đảng bộ's, and so
            # is the agency or bloc it is of ("ĐẢNG BỘ CƠ QUAN UBND HUYỆN Y / ĐẢNG ỦY")
            o.level, o.name = bo.level, bo.name
            if o.kind == "p_danguy" and not o.words.strip(" -,.*"):
                o.words = bo.words
    for o in organs:
        if o.kind in ("p_danguy", "p_dangbo") and o.level and not o.name and o.words.strip(" -,.*"):
            # a bloc's committee prints its level word alone ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"): the
            # unit is the one of that level the header names ("TỈNH ỦY NGHỆ AN" above it), else the
            # place it dates the plan at when that is such a unit (a province's bodies date theirs
            # at the province's name, Nghị định 30/2020)
            named = next((u.name for u in organs if u.level == o.level and u.name), None)
            if named is None and place and (m := resolve_unit(o.level, place)) is not None and m.resolved:
                named = place
            o.name = named
    for o in organs:   # printed mixed-case form of unit names where the text has one
        if o.name:
            o.name = _printed_form(o.name, text, spelled=True) or o.name
    with_unit = [o for o in organs if o.level and o.name]
    # the issuing body: a sub-body if any, else the last primary organ with a unit
    subs = [o for o in organs if o.kind.startswith("s_")]
    # the organisation's nationwide name printed on the motto's side, after its committee ("BCH HỘI
    # NÔNG DÂN HUYỆN X" … "HỘI NÔNG DÂN VIỆT NAM"), is no body of its own
    # (nor over a unit's primary organ: "ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM / ỦY BAN MTTQ VIỆT NAM TỈNH X")
    subs = [o for o in subs if not _nationwide_name(o)] or (
        [] if any(o.kind.startswith("p_") and o.level and o.name for o in organs) else subs)
    prims = [o for o in organs if o.kind.startswith("p_") and o.kind != "p_dangbo"]
    parent_units = [o for o in with_unit]
    issuer = level = locality = None
    unnamed_under = None   # the unit above a unit the header leaves unnamed
    if subs:
        sub = subs[-1]
        sk = sub.kind[2:]
        company = None
        military_ban = sk == "ban" and bool(MILITARY_COMMAND.fullmatch(" ".join(_f(sub.words).split())))
        defence_area = _defence_area_named(sub.words) if sk == "ban" else None
        military = military_ban or sk == "bochqs" or defence_area is not None
        if sk == "chidoan":
            body = _party_cell_named(sub.words, text, head=SUB_NAME[sk])
        elif sk == "chibo":
            cell, group = _party_group_split(sub.words)
            body = _party_cell_named(cell, text)
            if group is not None:
                # a Party group of the cell ("CHI BỘ THÔN Y / TỔ ĐẢNG SỐ 2"): the group, then whose
                body = f"{_party_group_named(group)} {body}"
        elif sk == "other" and (dept := _inspected_department(organs, sub)) is not None:
            body = f"Thanh tra {SUB_NAME['so']} " + _sentence_case(
                dept.words, text, fields=True, head=SUB_NAME["so"])
            if dept.level and dept.name:
                sub.level, sub.name = dept.level, dept.name
        elif sk == "other":   # "Trường THCS Bản Bo": the keyword is part of the printed name
            company = _company_named(sub.words, text)
            body = _mass_org_name(sub.words) or _association_named(sub.words, text) or company or _union_named(
                sub.words, text) or _school_doan_named(sub.words, text) or _work_named(
                sub.words, text) or _institution_named(sub.words, text) or _common_named(
                sub.words, text) or _mass_org_of_place(sub.words) or _sentence_case(sub.words, text, proper=True)
        else:
            named = (_mass_org_name(sub.words) or _school_doan_named(sub.words, text)
                     or _cell_of_doan_named(sub.words, text)) if sk in ("bch", "btv", "btt") else None
            if military_ban:   # its official name (Nghị định 30/2020: the field capitalised), however printed
                named = "Chỉ huy Quân sự"
            named = defence_area or named
            named = named or _mass_orgs_named_in(_sentence_case(sub.words, text, fields=sk in FIELD_NAMED,
                                                                head=SUB_NAME[sk], running=sk in RUNNING_NAMED))
            body = f"{SUB_NAME[sk]} {named}".strip()
            if sk in ("bch", "btv", "btt"):
                org = _mass_org_of(organs, sub)
                body = f"{body} {org}" if org else body
        if sub.dept:
            body = f"{sub.dept} {body}"
        if (own := _doan_of_its_own(organs, sub, body, text)) is not None:
            issuer, level, locality = own
        elif sub.level and sub.name:
            body = f"Chi nhánh {body}" if sub.branch else body
            issuer, level, locality = _with_unit(body, sub.level, sub.name), sub.level, sub.name
        else:
            # its parent: the nearest primary organ with a unit (before or after it)
            # (a Party cell sits in the unit of the Đảng bộ or Đảng ủy right above it, not of a higher
            # committee printed over that: "HUYỆN ỦY X / ĐẢNG BỘ XÃ Y / CHI BỘ THÔN Z" is of xã Y)
            parents = [o for o in prims if o.level and o.name and sk not in ("chibo", "chidoan")] or [
                o for o in organs if o.level and o.name]
            if parents:
                # at equal distance the organ after it: a committee's name runs on ("BCH | ĐOÀN XÃ X");
                # organs are placed by identity, as two "BCH" lines are equal organs
                pos = {id(o): k for k, o in enumerate(organs)}
                at = pos[id(sub)]
                p = min(parents, key=lambda o: (abs(pos[id(o)] - at), pos[id(o)] < at))
                level, locality = p.level, p.name
                # a department's unit ("PHÒNG GD&ĐT HUYỆN X / TRƯỜNG THCS Y") is named by its place only
                if sub.level and sub.level != p.level and LEVELS.index(p.level) < LEVELS.index(sub.level) \
                        and not any(o.level == sub.level and o.name for o in organs):
                    # a lower unit's level word printed bare ("SỞ Y TẾ TỈNH X / BỆNH VIỆN ĐA KHOA
                    # HUYỆN"): a district's unit the header does not name, the word part of its name
                    issuer, level, locality = f"{body} {sub.level}", None, None
                    unnamed_under = p
                elif company:
                    issuer = body
                elif sk in ("chibo", "chidoan") or _serves_a_hamlet(sub.words):
                    # a Party cell, or a hamlet's board ("BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG"): named by
                    # its unit as a school is, never "… Đảng ủy xã X", "… Ủy ban MTTQ Việt Nam xã X"
                    issuer = _with_unit(body, p.level, p.name)
                elif sk in ("other", "bch", "btv", "btt") and (
                        _mass_org_name(sub.words) or sk != "other" and body != SUB_NAME[sk]) and (
                        p.kind in ("p_danguy", "p_dangbo", "p_capuy", "p_mttq", "p_ubnd")):
                    # a mass organisation (Đoàn, Hội) or its committee is of its unit, never a body of
                    # the Party committee, the Front or the People's Committee printed above it
                    # ("ĐẢNG ỦY XÃ X / ĐOÀN THANH NIÊN" is "Đoàn Thanh niên xã X")
                    issuer = _with_unit(body, p.level, p.name)
                elif p.kind == "p_dangbo" and sk in COMMITTEE_BODIES and not military:
                    issuer = f"{body} {_committee_of(p, text)}"
                elif sk == "vanphong" and not sub.words and p.kind.startswith("p_") and [
                        o.kind for o in organs[at + 1:at + 3] if not o.name] == ["p_hdnd", "p_ubnd"]:
                    issuer = _with_unit(f"{body} HĐND và UBND", p.level, p.name)   # ("VĂN PHÒNG HĐND VÀ UBND")
                elif p.kind.startswith("p_") and not military and (sk in ("btt", "btv", "tt", "bch")
                                                                   or sk == "vanphong" and not sub.words
                                                                   or p.kind != "p_ubnd"):
                    # (an office printed bare is its committee's: "Văn phòng UBND tỉnh X")
                    issuer = f"{body} {_primary_full(p, text)}"
                else:
                    issuer = _with_unit(body, p.level, p.name)
            elif prims:
                issuer = f"{body} {_primary_full(prims[-1], text)}"
            else:
                # no unit named: a ministry is a central body, and so are its hospitals, schools
                # and centres ("BỘ Y TẾ / BỆNH VIỆN BẠCH MAI"); a department printed without its
                # place leaves its school named alone ("SỞ GD&ĐT / TRƯỜNG THPT CHU VĂN AN"); a level
                # word it prints bare is part of its name ("BỆNH VIỆN ĐA KHOA HUYỆN"), no unit named
                issuer = _with_university(body, itext, text)
                if sub.level and not sub.name:
                    issuer = f"{issuer} {sub.level}"
                elif (area := _numbered_area_province(sub.words)) is not None:
                    level, locality = area
    else:
        cands = [o for o in prims if o.level and o.name]
        if not cands and organs == [bo] and " ".join(_f(itext).replace("|", " ").split()).endswith(
                " " + " ".join(_f(bo.name).split())):
            # a Đảng bộ printed alone ("ĐẢNG BỘ CƠ QUAN UBND HUYỆN Y"): its committee issues, as under
            # it ("ĐẢNG BỘ XÃ X / ĐẢNG ỦY"); its Ban Chấp hành when that signs ("T/M BAN CHẤP HÀNH").
            # Only when its unit closes the header: a line after it ("HUYỆN Z") is a committee misread
            if _SIGNED_FOR_BCH.search(_f(text)):
                whose = (_primary_full(Organ("p_danguy", bo.words, bo.level, bo.name, bo.cap_level), text)
                         .replace(PRIMARY_NAME["danguy"], PRIMARY_NAME["dangbo"], 1))
                issuer = f"{SUB_NAME['bch']} {whose}"
            else:
                issuer = _committee_of(bo, text)
            level, locality = bo.level, bo.name
        if cands:
            o = cands[-1]
            issuer, level, locality = _primary_full(o, text), o.level, o.name
            if o.kind == "p_doan" and o.words:
                # its full name as printed ("ĐOÀN TNCS HỒ CHÍ MINH XÃ X"): "Đoàn TNCS Hồ Chí Minh xã X"
                issuer = f"{PRIMARY_NAME['doan']} {o.words} {o.level} {o.name}"
    if issuer is None:
        return None
    # a higher unit named in the header: the parent of the issuer's unit
    parent_level = parent_name = None
    for o in parent_units if level else ():
        if o.level != level and LEVELS.index(o.level) < LEVELS.index(level):
            parent_level, parent_name = o.level, o.name
    if unnamed_under is not None:
        parent_level, parent_name = unnamed_under.level, unnamed_under.name
    return Issuer(" ".join(issuer.split()), level, locality, parent_level, parent_name)


def _organ_short(org_f: str) -> str:
    """Canonical short name of an organ as the body prints it (folded input)."""
    o = org_f.replace("(ubnd)", "").replace("(hdnd)", "").replace("(mttq)", "").strip()
    prefix = ""
    if o.startswith("ban thuong truc"):
        prefix, o = "Ban Thường trực ", o[len("ban thuong truc"):].strip()
    elif o.startswith("thuong truc"):
        prefix, o = "Thường trực ", o[len("thuong truc"):].strip()
    elif o.startswith("ban thuong vu"):
        prefix, o = "Ban Thường vụ ", o[len("ban thuong vu"):].strip()
    if "mttq" in o or "mat tran" in o:
        return prefix + "Ủy ban MTTQ Việt Nam"
    if "hoi dong" in o or "hdnd" in o:
        return prefix + "HĐND"
    if "dang uy" in o:
        return prefix + "Đảng ủy"
    return prefix + "UBND"


def _dominant_locality(text: str, level: str, prefer: str | None = None) -> str | None:
    """The name of `level` the text names most ("huyện Bình Gia" ×6); ties go to `prefer`."""
    ft = _folded_doc(text)
    pat = LEVEL_PLACE[FOLD_LEVEL[level]]
    counts: Counter = Counter()
    printed: dict[str, Counter] = {}
    for m in pat.finditer(ft):
        span = _name_words(text, m.start("name"), m.end("name"))
        if span is None:
            continue
        name = text[span[0]:span[1]]
        if len(name.split()) < 2 and not name.isdigit():
            continue   # "xã Tổ chức …": one capitalised word is a sentence, not a place
        key = re.sub(r"[^a-z0-9]", "", _f(name))
        counts[key] += 1
        printed.setdefault(key, Counter())[_title_case(name)] += 1
    if not counts:
        return None
    top = counts.most_common()
    best = [k for k, c in top if c == top[0][1]]
    if len(best) > 1:
        pk = re.sub(r"[^a-z0-9]", "", _f(prefer)) if prefer else None
        if pk in best:
            best = [pk]
        else:
            return None
    return printed[best[0]].most_common(1)[0][0]


# A portal's copy of a two-column header table, read row by row, keeps the committee's first line
# and loses the unit's ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"): a committee named
# by no level or place (folded).
# (The row may run the "Số:" cell on after it: "ỦY BAN NHÂN DÂN Số: 30/KH-UBND | CỘNG HÒA …")
BARE_COMMITTEE = re.compile(r"\s*uy\s+ban\s+nhan\s+dan\s*(?:\||$|s[o0]\s*[:.]\s*\d*\s*/)")
MOTTO_WORDS = re.compile(r"cong\s+hoa|doc\s+lap|chu\s+nghia\s+viet")


def _committee_of_place(place: str, level: str | None) -> Issuer | None:
    """The people's committee of a province or centrally-run city dated at its own name ("Hà Nội,
    ngày …" under a bare "ỦY BAN NHÂN DÂN"): only where the place is such a unit, and of the level
    the body's words give when they give one (a province's "UBND tỉnh ban hành" is no city's)."""
    city = fold_key(f"thành phố {place}") in MUNICIPAL_KEYS
    own = "thành phố" if city else "tỉnh"
    if level is not None and level != own:
        return None
    match = resolve_unit(own, place)
    if match is None or not match.resolved or match.district_code is not None:
        return None
    # (a province dated at the name it bore then, "Thừa Thiên Huế, ngày … 2021", is named so: the index
    # lists it under its new name, a city's, and "UBND tỉnh Huế" never was)
    name = place if city or fold_key(place) in _FORMER_PROVINCE_KEYS else match.province
    return Issuer(f"UBND {own} {name}", own, name)


_FORMER_PROVINCE_KEYS = frozenset(fold_key(former) for former in FORMER_PROVINCE_NAMES)


def _placed_date_after(zone: list[str], k: int) -> PlaceDate | None:
    """The first date printed with its place after zone[k], a date printed bare: a school's or a
    commune's web page prints the day's date above the document it shows ("Ngày 15 tháng 03 năm
    2025", then the plan's own "Hương Vân, ngày 07 tháng 10 năm 2024"); the header's date is the
    one dated at a place. Only a later date with a place wins over a bare one."""
    for j in range(k + 1, len(zone)):
        pd = _parse_place_date(zone[j])
        if pd is not None:
            pd = _place_across_lines(pd, zone[j], zone[j - 1])
            if pd.place is not None:
                return pd
    return None


# The national motto's two lines, folded: in a header copied as plain text the two columns are read
# across, the motto sits between the issuer's lines ("PHÒNG GD & ĐT PHONG ĐIỀN CỘNG HÒA XÃ HỘI CHỦ
# NGHĨA VIỆT NAM TRƯỜNG TH TÂY BẮC SƠN Độc lập – Tự do – Hạnh phúc").
MOTTO_SPAN = re.compile(r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s*viet\s*nam"
                        r"|doc\s+lap\s*[-–—]\s*tu\s+do\s*[-–—]\s*hanh\s+phuc")
# A school under the office or committee above it, both on one line ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH
# PHỐ SẦM SƠN TRƯỜNG TIỂU HỌC QUẢNG HÙNG"), folded: the school's line starts at "TRƯỜNG" and its kind
# (a commune named "Trường Sơn" has none).
SCHOOL_UNDER = re.compile(r"^(?:phong|so|ubnd|uy\s+ban)\s.*?\s(?=truong\s+(?:tieu\s+hoc|th\b|thcs|thpt|th\s*&|mam\s+non"
                          r"|mn\b|mau\s+giao|ptdt|pt\b|trung\s+hoc|dai\s+hoc|cao\s+dang|trung\s+cap))")


def _columns_apart(zone: list[str]) -> list[str]:
    """The header's segments with two columns read across one line set apart again: the motto
    cut out of the line it shares with the issuer's words, and a school's line cut from its
    office's or committee's (SCHOOL_UNDER)."""
    out: list[str] = []
    for seg in zone:
        glued = MOTTO_SPAN.search(_f(seg))
        if glued and glued.group().startswith("cong") and len(glued.group().split()) < 8:
            # (a PDF's text runs the motto's words together: "CHỦ NGHĨAVIỆTNAM")
            seg = seg[:glued.start()] + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" + seg[glued.end():]
        pieces, last = [], 0
        for m in MOTTO_SPAN.finditer(_f(seg)):
            if seg[last:m.start()].strip() and seg[m.end():].strip():   # (only a motto between two columns' words)
                pieces += [seg[last:m.start()], seg[m.start():m.end()]]
                last = m.end()
        pieces.append(seg[last:])
        for piece in pieces:
            if not piece.strip():
                continue
            if _is_caps(piece) and (under := SCHOOL_UNDER.match(_f(piece))):
                out += [piece[:under.end()].strip(), piece[under.end():].strip()]
            else:
                out.append(piece.strip() if len(pieces) > 1 else piece)
    return out


def _joined_committee_word(zone: list[str]) -> list[str]:
    """The header's segments with "ỦY" wrapped alone onto its own line (a narrow header cell:
    "ỦY⏎BAN NHÂN DÂN⏎TỈNH QUẢNG NGÃI") put back before the "BAN …" it opens."""
    out: list[str] = []
    for seg in zone:
        if out and (_f(out[-1]).strip() == "uy" and _f(seg).lstrip().startswith("ban ")
                    or _committee_words_wrapped(out[-1], seg)):
            out[-1] = f"{out[-1].strip()} {seg.strip()}"
        else:
            out.append(seg)
    return out


_COMMITTEE_WORDS = ("uy", "ban", "nhan", "dan")
# the People's Council's name wraps in a narrow cell as the Committee's does ("HỘI⏎ĐỒNG NHÂN DÂN",
# "HỘI ĐỒNG NHÂN⏎DÂN"), and the Front's central committee over its name ("ỦY BAN TRUNG ƯƠNG⏎MẶT TRẬN
# TỔ QUỐC VIỆT NAM")
_WRAPPED_NAMES = (_COMMITTEE_WORDS, ("hoi", "dong", "nhan", "dan"),
                  ("uy", "ban", "trung", "uong", "mat", "tran", "to", "quoc"))


def _committee_words_wrapped(prev: str, seg: str) -> bool:
    """Did a narrow cell wrap a council's or committee's name inside its words ("ỦY BAN NHÂN⏎DÂN",
    "ỦY BAN⏎NHÂN DÂN HUYỆN X", "HỘI⏎ĐỒNG NHÂN DÂN"): prev its first words alone, seg opening on the rest?"""
    head = tuple(_f(prev).split())
    for words in _WRAPPED_NAMES:
        if 1 <= len(head) < len(words) and head == words[:len(head)]:
            rest = words[len(head):]
            if tuple(_f(seg).replace("|", " ").split()[:len(rest)]) == rest:
                return True
    return False


# A national body's header holds no unit ("THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA",
# "ỦY BAN QUỐC GIA⏎VỀ CHUYỂN ĐỔI SỐ"): the Government's head, or a committee named national by its shape
# (folded, the header's line breaks as spaces).
# (and the National Assembly and its Standing Committee: "ỦY BAN THƯỜNG VỤ⏎QUỐC HỘI", "QUỐC HỘI")
_NATIONAL_BODY = re.compile(r"(?P<pm>thu tuong chinh phu)|(?P<gov>chinh phu)"
                            r"|(?P<ubtv>u[yv] ban thuong vu quoc hoi)|(?P<qh>quoc hoi)"
                            r"|(?P<ub>u[yv] ban(?: [a-z]+){0,6} quoc gia(?: ve(?: [a-z]+){1,6})?)")


def national_body(itext: str, text: str) -> Issuer | None:
    """The national body an issuer text names by its shape alone (no unit, no organ of a unit's): the
    Prime Minister, the Government, a national committee; None otherwise."""
    parts = [p.strip() for p in itext.split("|") if p.strip()]
    joined = " ".join(" ".join(parts).split())
    m = _NATIONAL_BODY.fullmatch(_f(joined))
    if m is None:
        return None
    if m["pm"]:
        return Issuer("Thủ tướng Chính phủ", None, None)
    if m["gov"]:
        return Issuer("Chính phủ", None, None)
    if m["ubtv"] or m["qh"]:
        return Issuer("Ủy ban Thường vụ Quốc hội" if m["ubtv"] else "Quốc hội", None, None)
    printed = _printed_form(joined, text, capitalised=True)
    if printed is None:
        words = joined.lower().split()
        words[0] = words[0].capitalize()   # "Ủy ban An toàn giao thông Quốc gia"
        if len(words) > 2:
            words[2] = words[2].capitalize()
        printed = " ".join(words)
    printed = re.sub(r"\bquốc gia\b", "Quốc gia", printed)
    return Issuer(re.sub(r"^Uỷ", "Ủy", printed), None, None)


# a body's heading by its marker: a part's letter or Roman numeral, or an item's number ("A. ", "II. ", "1. "):
# it closes a trích yếu, whether it follows the place and date or wraps from the title's line
_SECTION_OPENS = re.compile(r"(?:[A-ZĐ]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s")
# the longest authority a page ran on to its trích yếu ("BỘ TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI", its dash a word)
AUTHORITY_WORDS_MAX = 11


def _untyped_title(doc: Document, zone: list[str], zone_end: int) -> tuple[str | None, int] | None:
    """The trích yếu of a header whose type line a portal's copy dropped: the lines in capitals right
    after the place and date ("Cần Thơ, ngày 20 tháng 3 năm 2023 |" then "GIÁM SÁT VÀ PHÒNG, CHỐNG
    DỊCH …"), as (title, index of its first segment in zone). Lines wrapped past the zone go on while
    they stay in capitals. (None, index) when the only line there is the decision's authority."""
    k = next((i for i, seg in enumerate(zone) if _parse_place_date(seg)), None)
    if k is None:
        return None
    parts = zone[k + 1:]
    if not parts:
        # the place and date close the zone: a trích yếu in capitals under it opens on a preamble's
        # verb ("THỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP …"), as the body's sentence does; only its capitals,
        # no heading's marker and no motto tell them apart
        first = doc.lines[zone_end].text.strip() if zone_end < len(doc.lines) else ""
        if not (_is_caps(first) and len(first.split()) >= 4 and not _SECTION_OPENS.match(first)
                and not MOTTO_WORDS.search(_f(first))):
            return None
    # the body's first heading in capitals ("A. SỰ CẦN THIẾT …", "I. MỤC ĐÍCH, YÊU CẦU") closes it, as
    # does the first item of its grounds listed under the trích yếu ("- Luật Công nghệ thông tin …")
    opens = next((j for j, p in enumerate(parts) if _SECTION_OPENS.match(p.strip())
                  or j and p.lstrip()[:2] in ("- ", "+ ", "– ")), None)
    if opens is not None:
        parts = parts[:opens]
        if not parts:
            return None
    if not all(_is_caps(p) and len(p.split()) >= 3 and "|" not in p and _find_symbol(p) is None
               and not MOTTO_WORDS.search(_f(p)) for p in parts):
        return None
    after = zone_end   # the line below the last part
    for ln in doc.lines[zone_end:zone_end + 3] if opens is None else ():
        if ln.is_row or not _is_caps(ln.text) or len(ln.text.split()) < 2 or _SECTION_OPENS.match(ln.text.strip()):
            break   # (a part's heading in capitals, "A. SỰ CẦN THIẾT …", opens the body)
        parts.append(ln.text)
        after = ln.index + 1
    # the decision's authority over its "Căn cứ …", no part of the trích yếu; not a title's own last
    # line after one it wraps from ("… BÌNH ĐẲNG GIỚI CỦA" / "HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN AN")
    # (… or the item of its grounds that closed the parts, "- Căn cứ Luật …")
    next_line = (zone[k + 1 + opens] if opens is not None
                 else doc.lines[after].text if after < len(doc.lines) else "").strip().lstrip("-+*•– ")
    if len(parts) > 1 and _f(next_line).startswith("can cu") and SESSION_TAIL.match(" " + _f(parts[-1])) \
            and decision_authority(parts[-2]):
        parts.pop()   # (the council's session under its authority line)
    while len(parts) > 1 and decision_authority(parts[-1]) and _f(next_line).startswith("can cu") \
            and not _TITLE_JOIN_END.search(parts[-2].strip().lower()):
        parts.pop()
    if len(parts) == 1 and decision_authority(parts[0]):
        # a portal's copy that dropped the type line and the trích yếu: only the authority is left, no
        # title, and no part of the issuer's header either
        return None, k + 1
    words = " ".join(parts).split()
    # a page that ran the type line, the trích yếu and the authority into one line ("QUYẾT ĐỊNH VỀ VIỆC
    # PHÊ DUYỆT … BỘ TRƯỞNG BỘ Y TẾ"): the type's words and the authority are no part of it
    if len(words) > 4 and _compact(_f(" ".join(words[:2]))) in DOC_TYPES and _is_caps(" ".join(words[:2])):
        words = words[2:]
    for n in range(min(AUTHORITY_WORDS_MAX, len(words) - 3), 2, -1):
        if decision_authority(" ".join(words[-n:]), headed=True) \
                and not _TITLE_JOIN_END.search(" ".join(words[-n - 2:-n]).lower()):
            words = words[:-n]
            break
    else:
        nxt = next_line if opens is not None \
            else next((ln.text for ln in doc.lines[after:after + 3] if ln.text.strip()), None)
        if nxt is not None and AUTHORITY_THEN.match(_f(nxt.lstrip("-+*•– "))):
            words = _without_authority(" ".join(words)).split()   # the body alone, "ỦY BAN NHÂN DÂN TỈNH"
    return " ".join(words), k + 1


# A decision's authority line (folded, whole): the body or the head of it that decides, printed
# in capitals between the trích yếu and "Căn cứ …" ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "CHỦ TỊCH ỦY
# BAN NHÂN DÂN HUYỆN X", "BỘ TRƯỞNG BỘ TƯ PHÁP", "GIÁM ĐỐC SỞ Y TẾ")
_AUTHORITY_HEAD = re.compile(r"(?:chu tich|bo truong|giam doc|thu truong|truong ban|hieu truong)\s+")


# A national body's authority line (folded, whole), which names no unit: the Supreme Court's or
# Procuracy's head, the Prime Minister, the Government, a national committee or its chair.
NATIONAL_AUTHORITY = re.compile(r"(?:(?P<head>chanh an|vien truong|chu tich|thu tuong) )?(?:toa an nhan dan toi cao"
                                r"|vien kiem sat nhan dan toi cao|chinh phu|u[yv] ban(?: [a-z]+){0,6} quoc gia"
                                r"(?: ve(?: [a-z]+){1,6})?)")
# A council's session under its authority line ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA XVII, KỲ HỌP THỨ 38"), folded:
# the authority's, no part of a trích yếu a copy ran it on to.
SESSION_TAIL = re.compile(r"(?<!\s)\s+khoa\s+[ivxlc]+\s*(?:[-–,]\s*)?ky\s+hop(?:\s+thu)?\s+\S+(?:\s*\([^)]*\))?\s*$")


def decision_authority(line: str, headed: bool = False) -> bool:
    """Is the capitals line a decision's authority line (a body, or its head then the body; headed:
    only the latter)? No such line holds a comma or a figure."""
    if not _is_caps(line) or len(line.split()) > 12 or "," in line or any(c.isdigit() for c in line):
        return False
    f = " ".join(_f(line).split())
    if (national := NATIONAL_AUTHORITY.fullmatch(f)) is not None:
        return not headed or national["head"] is not None
    f = f[m.end():] if (m := _AUTHORITY_HEAD.match(f)) else f
    if headed and m is None:
        return False
    om = ORGAN_RE.match(f)
    if om is None or om.group() == "ban" and UNIT_RE.match(f, om.end() + 1):
        return False   # ("BÀN TỈNH …", a trích yếu's "địa bàn" broken at the line, folds as a "Ban")
    return m is not None or UNIT_RE.search(f, om.end()) is not None


def _issuer_from_body(text: str, place: str | None) -> Issuer | None:
    ft = _folded_doc(text)
    department = _department_sentence(text, ft) if "Sở" in text else None
    if department is None and "Phòng" in text:
        department = _department_sentence(text, ft, "Phòng")
    for pattern in (ISSUING_SENTENCE, CLOSING_SENTENCE):
        for m in (_own_issuing_sentences(ft) if pattern is ISSUING_SENTENCE else pattern.finditer(ft)):
            if department is not None and (pattern is CLOSING_SENTENCE or department[0] < m.start()):
                return department[1]   # the department's sentence comes first: the plan is its
            level = LEVEL_WORD[m.group("lv")]
            org = _organ_short(m.group("org"))
            raw = text[m.start("name"):m.end("name")]
            if pattern is CLOSING_SENTENCE:
                span = _name_words(text, m.start("name"), m.end("name"))
                name = text[span[0]:span[1]] if span else None
            else:
                name = raw.strip()
                if name and not all(w[0].isupper() or w[0].isdigit() for w in name.split()):
                    continue
            if name and len(name.split()) < 2 and not name.isdigit():
                name = None if pattern is CLOSING_SENTENCE else name
            if not name and place and level in levels.PROVINCE_LEVELS \
                    and (own := _committee_of_place(place, level)) is not None:
                return own     # "Ủy ban nhân dân thành phố ban hành …" dated at the city's own name
            if not name:
                name = _dominant_locality(text, level, prefer=place)
                if not name:
                    return Issuer(None, level, None)
            name = _title_case(name)
            return Issuer(f"{org} {level} {name}", level, name)
    if department is not None:
        return department[1]
    for m in _unit_sentences(text, ft, ISSUING_SENTENCE_REACH):
        # (read as the header's line would print it: its capitals give the body's words their case)
        own = _issuer_from_header([text[m.start("who"):m.end("who")].upper()], text)
        if own is not None and own.issuer:
            return own
    return None


# =============================================================================================
# Title and plan year
# =============================================================================================
def _header_after_type(doc: Document, type_idx: int) -> int:
    """How many lines right after the type line are the header's right column (the motto, the place
    and date): a reader that took a type line set flush left for a line of the issuer's column
    gives the motto's column after it. They are header, not trích yếu."""
    n = 0
    for ln in doc.lines[type_idx + 1:type_idx + 6]:
        t = ln.text.strip()
        # (the motto opens such a line: a trích yếu may name the nation in full, "… Quốc khánh nước
        # Cộng hòa xã hội chủ nghĩa Việt Nam")
        motto = NATIONAL_MOTTO.search(_f(t)[:60])
        # the issuer's column may go on there with its "Số: …" line, the type line read from above
        # it (a joint plan's "KẾ HOẠCH LIÊN TỊCH" set in the header's block); only before the motto
        numbered = n == 0 and t[:2] in ("Số", "SỐ") and len(t) < 60 and _find_symbol(t) is not None
        if ln.is_row or not t or not (numbered or motto and motto.start() < 4
                                      or (n and _parse_place_date(t) and len(t) < 80)):
            break
        n += 1
    return n


# A heading in capitals with no number that may follow a trích yếu (folded), and a part's marker
# ("A.", "1.", "1.2)")
_CAPS_HEADINGS = re.compile(r"(?:phan )?(?:mo dau|dat van de|su can thiet|boi canh|tinh hinh)(?![a-z])")
# a trích yếu closed by its year or period ("… NĂM 2025", "GIAI ĐOẠN 2026 - 2030", "(2025-2030)")
_TITLE_CLOSED = re.compile(r"(?:19|20)\d\d\)?$")


def _caps_title_wraps(prev: str, t: str, ft: str) -> bool:
    """Is a capitals line under a capitals trích yếu its wrapped rest ("… TÌM KIẾM" / "CỨU NẠN …", "… XÂY
    DỰNG" / "NÔNG THÔN MỚI …"), a text without bold saying nothing of it? Not after a trích yếu closed by
    its year, nor a heading, numbered or not, nor the motto."""
    return (not _TITLE_CLOSED.search(prev) and not _SECTION_OPENS.match(t) and not _CAPS_HEADINGS.match(ft)
            and not NATIONAL_MOTTO.match(ft) and (not _ends_on_a_place(prev) or _place_rest(t))
            # (a body's name under it is no part of it, unless the line closes on the trích yếu's year:
            # "… HOẠT ĐỘNG" / "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG NĂM 2025"; no header line ends so)
            and (not ORGAN_RE.match(ft) or _TITLE_CLOSED.search(t) is not None
                 # (nor one with a year inside it: "… TRONG CÁC CƠ" / "SỞ GIÁO DỤC MẦM NON … GIAI ĐOẠN 2021 -
                 # 2025 TRÊN", a compound's second word wrapped to a line that reads as a body's name)
                 or _YEAR_INSIDE.search(t) is not None and not decision_authority(t)))


_YEAR_INSIDE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# the rest of a place's name wrapped off a trích yếu's line, up to the year or period closing it
# ("… XÃ BẰNG" / "THÀNH NĂM 2025", "… HUYỆN MƯỜNG" / "NHÉ GIAI ĐOẠN 2026 - 2030")
_PLACE_REST_WORDS = 3
# (it opens where a run of spaces and commas opens: searched from every offset of a long run it would be
# quadratic)
_PERIOD_TAIL = re.compile(r"(?<![\s,])[\s,]*\(?(?:(?:NĂM(?:\s+HỌC)?|GIAI\s+ĐOẠN|NHIỆM\s+KỲ|ĐẾN\s+NĂM)\s+)?"
                          r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\)?$", re.I)


def _place_rest(t: str) -> bool:
    """Is the capitals line t the wrapped rest of a place's name a trích yếu's line broke off: a word
    or few of the name, then at most its parents' names ("BÀNG, THÀNH PHỐ HẢI PHÒNG") and the year or
    period that closes the trích yếu ("THÀNH NĂM 2025")? A body's name ("TỔ GIÚP VIỆC") or a heading's line
    is no such rest."""
    if _TITLE_CLOSED.search(t) is not None and (m := _PERIOD_TAIL.search(t)) is not None:
        t = t[:m.start()]
    name, *parents = t.split(",")
    words = name.split()
    return 0 < len(words) <= _PLACE_REST_WORDS and not is_unit(name) and not any(w[:1].isdigit() for w in words) and all(
        p.strip().upper().startswith(PRINTED_LEVELS) and len(p.split()) <= _PLACE_REST_WORDS + 2 for p in parents)


def _ends_on_a_place(line: str) -> bool:
    """Does a capitals line end on a unit's or hamlet's name ("… CỦA PHƯỜNG HỒNG BÀNG", "… THÔN VÂN"),
    which closes a trích yếu as its year does?"""
    words = line.upper().split()
    for j in range(max(0, len(words) - 5), len(words) - 1):
        if words[j] == "XÃ" and (words[j + 1] == "HỘI" or words[j - 1:j] == ["TÁC"]):
            continue   # society ("KINH TẾ - XÃ HỘI VÙNG …"), a cooperative ("HỢP TÁC XÃ"): no commune
        if words[j] == "THÔN" and words[j - 1:j] == ["NÔNG"]:
            continue   # the countryside ("… NÔNG THÔN MỚI, HƯỚNG"): no hamlet
        if any(words[j:j + len(lv.split())] == lv.split() and j + len(lv.split()) < len(words)
               and words[j + len(lv.split())] not in _NO_PLACE_OPENING
               for lv in PRINTED_LEVELS + HAMLET_NOUNS):
            return True
    return False


# Words no place's name opens with, that go on after a level word naming an organ ("… CỦA UBND THÀNH
# PHỐ VỀ THỰC" / "HIỆN …", "… CỦA UBND TỈNH TRONG" / "…"): the trích yếu's phrase, not a place
# (nor a Party committee's "… TỈNH ỦY VỀ VIỆC TRIỂN" / "KHAI …": "Tỉnh ủy", "Huyện ủy" name no place)
_NO_PLACE_OPENING = frozenset(("VỀ", "CỦA", "VÀ", "VỚI", "TẠI", "TRÊN", "TRONG", "NHẰM", "ĐỂ", "THEO", "ỦY", "UỶ"))


def _listing_goes_on(parts: list[str], t: str) -> bool:
    """Does line t go on with a trích yếu whose line closed on ";" (parts), its next listed document
    or work set on a line of its own ("… sản xuất nông nghiệp;" / "Quyết định số 05/QĐ-UBND …")? A
    trích yếu never ends on ";", so the line after is its rest unless it ends a sentence or the
    whole would be longer than a trích yếu typed as one paragraph, or it is the body's sentence
    ("UBND huyện ban hành Kế hoạch … như sau", whose ":" may be lost)."""
    return not t.endswith((":", ";")) and _INNER_STOP_LISTING.search(t.rstrip(" .")) is None \
        and len(" ".join(parts)) + len(t) <= TITLE_MAX_LONG and not t[:1].isdigit() and not _body_sentence(_f(t))


# "… như sau": the sentence that introduces the plan's body; a trích yếu never says it (folded)
_AS_FOLLOWS = re.compile(r"(?<![a-z])nhu sau(?![a-z])")


def _body_sentence(ft: str) -> bool:
    """Is the folded line a sentence of the body: one that says "như sau", or opens with an issuer and
    its issuing verb ("UBND huyện ban hành kế hoạch …", "Phòng Tư pháp xây dựng Kế hoạch …")?"""
    return _AS_FOLLOWS.search(ft) is not None or next(_own_issuing_sentences(ft), None) is not None \
        or DEPARTMENT_SENTENCE.match(ft) is not None or DISTRICT_DEPARTMENT_SENTENCE.match(ft) is not None


def _long_title(t: str) -> bool:
    """Is a line longer than TITLE_MAX_LINE a trích yếu typed as one paragraph (a text file's line,
    a Word paragraph), up to any preamble sentence run on after it: one phrase, no sentence's end
    inside it, within TITLE_MAX_LONG characters?"""
    cut = TITLE_RUN_ON.search(t)
    head = (t[:cut.start()] if cut else t).rstrip(" .")
    stop = _INNER_STOP if head.endswith(";") else _INNER_STOP_LISTING
    return len(head) <= TITLE_MAX_LONG and stop.search(head) is None


# a line that ends a sentence or opens a list (a trích yếu's wrapped rest never does, unless it closes on its year)
_SENTENCE_END = re.compile(r"[.:;!?]$")
_WRAPPED_REST_MAX = 120   # a trích yếu's wrapped line is one printed line, however wide the page


def _mixed_title_wraps(parts: list[str], t: str, ft: str, blank_before: bool) -> bool:
    """Is t, a line in mixed case opening with a capital, the wrapped rest of the trích yếu in mixed case
    `parts` ("… vui đón Tết" / "Nguyên đán Ất Tỵ năm 2025", "… trên địa bàn" / "Huyện Mường Tè năm 2025",
    "Triển khai thực hiện" / "Nghị quyết số 57-NQ/TW …")? Proper names, a document's name and a period
    open such a line as often as a small word does. It is, where the line above left its phrase open (no
    sentence's end, no year closing it, no empty line after it in a plain text) and t reads as a phrase
    of a title: one printed line, no sentence ended in or after it, no body's name, no sentence of the
    body, no sentence's opening word ("Để …", "Trên cơ sở …"), no other header line; the caller has
    already refused headings, cues, place-date lines."""
    prev = parts[-1]
    if blank_before or _SENTENCE_END.search(prev) or _TITLE_CLOSED.search(prev):
        return False
    if len(t) > _WRAPPED_REST_MAX or len(" ".join(parts)) + len(t) > TITLE_MAX_LONG:
        return False
    if _SENTENCE_END.search(t) and not _TITLE_CLOSED.search(t[:-1].rstrip()) or _INNER_STOP_LISTING.search(t):
        return False
    # (a primary body's name opens a header's line, a department's word a title's: "Phòng cháy chữa cháy
    # …"; the Party's heading, the motto's third form, is printed in capitals only: in mixed case
    # "Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)" is the Party the trích yếu names)
    organ = ORGAN_RE.match(ft)
    return not (ft.startswith(("v/v", "v/ v", "de ", "tren co so", "thoi gian qua", "hien nay"))
                or NATIONAL_MOTTO.match(ft) and not ft.startswith("dang")
                or organ is not None and organ.lastgroup.startswith("p_")
                or _body_sentence(ft) or _SECTION_OPENS.match(t) or _CAPS_HEADINGS.match(ft))


def _vv_title(lines: list, h: Header, fill: bool) -> str | None:
    """The trích yếu printed as "V/v …" on the first such line of lines, the header's date run into it
    taken out (filling h's date where fill), capitalised; None without one."""
    for i, ln in enumerate(lines):
        m = VV_LINE.match(ln.text)
        if m:
            parts, prev = [m.group(1)], ln
            # its wrapped rest, where the lines were kept apart (hard breaks): up to a blank line, the
            # date, the type line, the body, a line in capitals or a clause's end
            for nxt in lines[i + 1:i + 4]:
                t = nxt.text.strip()
                if prev.blank_after or nxt.is_row or not t[:1].isalpha() or _is_caps(t) or len(t) > TITLE_MAX_LINE \
                        or ends_clause(parts[-1]) or type_of_line(t) is not None \
                        or _parse_place_date(t) is not None or TITLE_STOP.match(_f(t)) or BODY_CUE.match(_f(t)):
                    break
                parts.append(t)
                prev = nxt
            t = _date_out_of_vv(" ".join(parts), h, fill=fill).strip(" .;:")
            return t[:1].upper() + t[1:] if t else None
    return None


def _cited_documents_date(t: str, pd: PlaceDate) -> bool:
    """Is the date _parse_place_date read in a trích yếu's line the date of a document it names after its words
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 05-NQ/ĐU NGÀY 20/01/2025 CỦA …", wrapped so the line is short), not the header's
    own "Số: …" line with its place and date?"""
    if pd.place is not None:
        return False
    cue = SO_CUE.search(_f(t[:pd.start]))
    if cue is None:
        return False
    # (or wrapped right before its "SỐ": "… THỰC HIỆN KẾ HOẠCH" / "SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN
    # THƯỜNG VỤ …": a header's "Số" line goes on with no issuer after its date)
    return bool(t[:cue.start()].strip(" ,.:;-*_|")) or (
        ":" not in cue.group() and re.match(r"\s*,?\s*(?:cua|do)\s", _f(t[pd.end:])) is not None)


YEAR_WRAPPED = re.compile(r"(?:19|20)\d{2}\)?")
PERIOD_WRAPPED = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*[”\"»)]*\)?[.;]?")


# Where a body opens inside a trích yếu run on with it, in a header run into one line with its body (a
# sharing site's text layer: "KẾ HOẠCH Phòng, chống thiên tai năm 2015 I. Kết quả công tác …"): a part's
# first marker or a ground, a capital after it
_RUN_ON_BODY = re.compile(r"\s(?:I\s*[.)\-–]|Căn\s+cứ|CĂN\s+CỨ)\s+(?P<c>\w)")
_RUN_ON_MIN = 80   # characters of a trích yếu run on the type line from which a body may be run into it


def _run_on_title(rest: str) -> str:
    """A trích yếu run on the type line, cut where the body it was run into opens (see _RUN_ON_BODY)."""
    if len(rest) < _RUN_ON_MIN:
        return rest
    for m in _RUN_ON_BODY.finditer(rest):
        if m["c"].isupper() and m.start() >= 10 and not _ORDINAL_BEFORE.search(rest, 0, m.start()):
            return rest[:m.start()].rstrip(" ,;")
    return rest


# A Roman "I" the title counts with, no part's marker: "Hội khỏe Phù Đổng lần thứ I - Năm 2019", "Dự án giai đoạn
# I - Xây dựng …", "Đại hội đại biểu khóa I"
_ORDINAL_BEFORE = re.compile(r"(?i:thứ|đoạn|đợt|khóa|khoá|kỳ|chặng)$")


def _title(doc: Document, type_idx: int, rest: str) -> str | None:
    """The trích yếu: the line(s) after the type line, joined when wrapped."""
    rest = _run_on_title(rest) if rest else rest
    parts: list[str] = [rest] if rest else []
    first_bold = None
    first_caps = _is_caps(rest) if rest else None   # (a trích yếu run on the type line may wrap on)
    moved = 0 if rest else _header_after_type(doc, type_idx)
    prev_ln = doc.lines[type_idx]   # (the line holding the trích yếu's last part)
    for ln in doc.lines[type_idx + 1 + moved:type_idx + 6 + moved]:
        t = ln.text.strip()
        if RULE_LINE.match(t):
            if parts:
                break
            t = RULE_LINE.sub("", t, count=1).strip()
        if not t:
            continue
        ft = _f(t)
        # (prose is never set all in capitals: a trích yếu in capitals naming the documents it carries out, their
        # numbers, dates and issuers, may run longer than a line of prose may)
        if ln.is_row or len(t) > TITLE_MAX_LINE and not (len(t) <= CAPS_TITLE_MAX_LINE and _is_caps(t)) \
                and (parts or not _long_title(t)):
            break
        if type_of_line(t) is not None or len(t) < 80 and (pd := _parse_place_date(t)) is not None \
                and not _cited_documents_date(t, pd):
            break
        if not parts:
            if TITLE_STOP.match(ft) and not ft.startswith(("thuc hien", "trien khai", "theo ", "xet ", "nham ")):
                break
            # (an organ after "của" is a quoted document's issuer: "Kết quả thực hiện Kế hoạch số
            # 32/KH-UBND của UBND xã về triển khai Đề án 06" is a trích yếu, not the issuing sentence)
            if next(_own_issuing_sentences(ft), None) is not None or t.endswith(":"):
                break
            parts.append(t)
            prev_ln = ln
            first_bold, first_caps = ln.bold, _is_caps(t)
            if len(t) > TITLE_MAX_LINE:
                break   # a whole paragraph: nothing after it is its wrapped rest
            continue
        # a further line: only a wrapped continuation
        # (prose and a preamble are never set in capitals: under a trích yếu in capitals a line of
        # capitals may run long, the documents it carries out with their numbers and issuers, and open
        # on a preamble's verb: "… CÁC NHIỆM VỤ, GIẢI PHÁP" / "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW …")
        caps_on = first_caps and _is_caps(t)
        preamble_verb = caps_on and ft.startswith(("thuc hien", "trien khai"))
        prev = parts[-1]
        listing = prev.endswith(";") and _listing_goes_on(parts, t)
        if (TITLE_STOP.match(ft) or BODY_CUE.match(ft)) and not preamble_verb or t.endswith(":") \
                or len(t) > 120 and not (caps_on and len(t) <= CAPS_TITLE_MAX_LINE) and not listing:
            break
        if YEAR_WRAPPED.fullmatch(t) and prev.endswith(("-", "–")) or PERIOD_WRAPPED.fullmatch(t) and (
                _TITLE_JOIN_END.search(prev.lower()) or prev.endswith(("-", "–"))):
            # a period's end year wrapped alone ("… MÙA KHÔ NĂM 2019 -" / "2020"), or the whole period
            # with the quote it closes ("… GIAI ĐOẠN" / "2020 - 2025”")
            parts.append(t)
            prev_ln = ln
            continue
        if _is_caps(t) != first_caps:
            break
        if not (TITLE_CONTINUES.match(ft) or t[0].islower() or (first_bold and ln.bold) or listing
                or _TITLE_JOIN_END.search(prev.lower()) or first_caps and _caps_title_wraps(prev, t, ft)
                or not first_caps
                and _mixed_title_wraps(parts, t, ft, doc.source_format == "txt" and prev_ln.blank_after)):
            break
        if prev.endswith(".") or prev.endswith(";") and not listing:
            break
        if not first_caps and t[:1].isupper() and t[1:2].islower() and TITLE_CONTINUES.match(ft):
            t = t[:1].lower() + t[1:]   # ("Năm 2026" set on a line of its own is no sentence's start)
        parts.append(t)
        prev_ln = ln
    if not parts:
        return None
    title = " ".join(" ".join(parts).split())
    if first_caps and (nxt := _line_after(doc, prev_ln)) is not None and AUTHORITY_THEN.match(_f(nxt)):
        title = _without_authority(without_session(title))
    # a preamble sentence the normalizer ran on to the trích yếu: "… năm 2025 Thực hiện Kế hoạch số …"
    cut = TITLE_RUN_ON.search(title)
    if cut:
        title = title[:cut.start()]
    title = title.strip(" .;:-–")
    title = re.sub(r"^(?:V/v|V/V|v/v)\s*[:.]?\s*", "", title)
    if " Năm " in title or " Giai đoạn " in title or " Nhiệm kỳ " in title:
        # a wrapped line's "Năm 2026" the reader ran on is no sentence's start inside one trích yếu
        title = MID_TITLE_PERIOD.sub(lambda m: m.group(0).lower(), title)
    return title[:1].upper() + title[1:] if title else None


# What opens a decision's preamble under its authority line (folded).
AUTHORITY_THEN = re.compile(r"\s*(?:can cu|xet de nghi|theo de nghi|xet to trinh)(?![a-z])")
# How an authority line opens (folded): its head's title or the body ("TỈNH HÀ TĨNH ỦY BAN …" opens no
# authority at "TĨNH ỦY", which folds as a Party committee's name).
AUTHORITY_OPENS = re.compile(r"(?:chu tich|bo truong|giam doc|thu truong|truong ban|u[yv] ban|ubnd|hoi dong|hdnd"
                             r"|chanh an|vien truong|thu tuong|chinh phu"
                             r"|ban (?:thuong vu|chap hanh|chi dao|chi huy)|thuong truc)(?![a-z])")
# The words a trích yếu may close on before a body's name that is its own ("… CỦA ỦY BAN NHÂN DÂN TỈNH",
# "… VỚI HỘI NÔNG DÂN TỈNH"): the name then is the trích yếu's, not an authority run on to it.
_JOINS_A_BODY = frozenset({"cua", "do", "voi", "va", "giua", "cho", "tai", "tren", "ve", "thuoc", "truc"})
# … and the posts and members a trích yếu names of a body before its name ("… CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN
# XÃ", "PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN ỦY BAN NHÂN DÂN HUYỆN", "… CỦA PHÓ CHỦ TỊCH HĐND TỈNH"): the name
# says whose they are (folded). (A deputy, "PHÓ", is told from a street, "THÀNH PHỐ", "TỔ DÂN PHỐ", by its
# accent, which folding drops: _ends_on_a_post.)
_POST_OF_A_BODY = re.compile(r"(?:^|\s)(?:chu tich|thanh vien|uy vien|lanh dao|can bo|cong chuc|vien chuc|nhan vien"
                             r"|giam doc|bi thu|truong ban|truong phong|thu truong|dai bieu|hoi vien|doan vien"
                             r"|dang vien|nguoi dung dau|chanh van phong)$")


def _line_after(doc: Document, ln) -> str | None:
    """The text of the first non-blank line after ln, or None."""
    for nxt in doc.lines[ln.index + 1:ln.index + 4]:
        if nxt.text.strip():
            return nxt.text
    return None


def _ends_on_a_post(words: list[str]) -> bool:
    """Whether the words close on a post or member of a body (_POST_OF_A_BODY), a deputy's "PHÓ" included."""
    return bool(words) and (words[-1].strip(",").lower() == "phó"
                            or _POST_OF_A_BODY.search(_f(" ".join(words[-3:]))) is not None)


def without_session(title: str) -> str:
    """The capitals trích yếu without a council's session line run on to its end, where an authority
    line stands before it ("… HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVII - KỲ HỌP THỨ BA"); else as it is."""
    m = SESSION_TAIL.search(_f(title))
    if m is None:
        return title
    head = title[:m.start()].rstrip()
    return head if _without_authority(head) != head or decision_authority(head) else title


def _without_authority(title: str) -> str:
    """The capitals trích yếu without the decision's authority a copy ran on to its end ("… NĂM 2019, TỈNH HÀ
    TĨNH ỦY BAN NHÂN DÂN TỈNH" over "Căn cứ …"): the longest run of closing words that is one."""
    words = title.split()
    for n in range(min(AUTHORITY_WORDS_MAX, len(words) - 3), 2, -1):
        tail = " ".join(words[-n:])
        if AUTHORITY_OPENS.match(_f(tail)) and decision_authority(tail) \
                and _f(words[-n - 1]).strip(",") not in _JOINS_A_BODY \
                and not _ends_on_a_post(words[:-n]):
            return " ".join(words[:-n]).rstrip(" ,")
    return title


def _with_type_line_subject(doc: Document, type_idx: int, title: str | None) -> str | None:
    """The trích yếu with the words the type line printed after the type name put before it
    ("KẾ HOẠCH TUYÊN TRUYỀN" / "Kỷ niệm 80 năm …" -> "Tuyên truyền kỷ niệm 80 năm …")."""
    line = doc.lines[type_idx].text
    if len(line) < 12:
        return title
    sub = next((s for t in _segments(doc, [doc.lines[type_idx]]) if (s := _type_line_subject(t))), None)
    if sub is None:
        return title
    if not title:
        return sub[1]
    words = title.split()
    if _is_caps(title):   # (a trích yếu all in capitals, as the type line's words were)
        cased = _type_line_subject("KẾ HOẠCH " + title)
        title = cased[1][:1].lower() + cased[1][1:] if cased else title
    elif len(words) > 1 and words[1][:1].islower():   # its capital only opened the sentence
        title = title[:1].lower() + title[1:]
    if _f(title).startswith(_f(sub[1]) + " "):
        # the line under it says the type line's words again with their time ("KẾ HOẠCH NĂM HỌC" /
        # "Năm học 2024 – 2025"): said once
        return title[:1].upper() + title[1:]
    return sub[1] + " " + title


# A trích yếu that closes a period: a conference or congress held at its end, a review of it.
REVIEWING_TITLE = re.compile(r"(?<![a-z])(?:tong ket|so ket|hoi nghi|dai hoi|bieu duong|dien hinh tien tien)(?![a-z])")
# A review of one time that sets out the next ("Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm
# 2026", "Tổng kết năm học 2024 - 2025 và phương hướng, nhiệm vụ năm học 2025 - 2026"), folded: the year
# reviewed (a) and, after a word that looks ahead, a later one (b).
REVIEW_THEN_NEXT = re.compile(
    r"(?<![a-z])(?:tong|so) ket(?![a-z]).*?(?<!\d)(?P<a>(?:19|20)\d\d)(?!\d)"
    r".*?(?<![a-z])(?:trien khai|phuong huong|nhiem vu|ke hoach)(?![a-z]).*?(?<!\d)(?P<b>(?:19|20)\d\d)(?!\d)")


@memo(1024)  # (the header, the plan's year and its last year each ask for it)
def title_year(title: str | None, issued_year: int | None = None) -> int | None:
    """The plan's own year as its trích yếu names it: "… năm 2025" -> 2025, "giai đoạn 2026-2030"
    -> 2026; dates and symbols of other documents quoted in it, and horizons ("đến năm 2030"),
    do not count. None when the trích yếu names no year, or only a period that ended before the
    plan was issued (`issued_year`): that is what a monitoring or a review looks back on
    ("Giám sát … giai đoạn 2021 - 2024" issued in 2025), not the plan's own time; nor a period of
    several years ending in the year of issue that a conference or a review closes ("Hội nghị điển
    hình tiên tiến giai đoạn 2020 - 2025", "Tổng kết … giai đoạn 2021 - 2025" issued in 2025); nor when it
    reviews one time and sets out the next ("Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026")."""
    if not title:
        return None
    reviews = None   # (read once, only when a period ends in the year of issue)

    def looks_back(a: int, b: int) -> bool:  # a plan's short period that ended before its issue
        nonlocal reviews
        if not issued_year or not 0 < b - a <= 10:
            return False
        if b == issued_year and b - a >= 2:
            # (a span of one year, "năm học 2024 - 2025", is a school year or a season)
            if reviews is None:
                reviews = REVIEWING_TITLE.search(_f(title)) is not None
            return reviews
        return b < issued_year

    if "uật" in title:
        title = LAW_NAMED_BY_YEAR.sub(lambda m: " " if not issued_year or int(m["year"]) <= issued_year
                                      else m.group(0), title)
    undated = without_dates(_f(title))
    if issued_year and "tu " in undated:
        span = YEAR_SPAN.search(undated)
        if span and looks_back(int(span["a"]), int(span["b"])):
            return None
        if span and int(span["b"]) < issued_year:
            # a long run of past years ("giám sát … từ năm 2009 đến hết năm 2023" in a plan of 2025) is
            # what a quoted review covers, not the plan's time: the title's other years may still name it
            undated = f"{undated[:span.start()]} {undated[span.end():]}"
    cleaned = YEAR_HORIZON.sub(" ", undated)
    if " ket" in cleaned and (ahead := REVIEW_THEN_NEXT.search(cleaned)) and int(ahead["b"]) > int(ahead["a"]):
        # neither year is the plan's own: the one reviewed is what the conference looks back on, the next one's
        # tasks are what it deploys; the plan runs when the conference is held (its tasks' time)
        return None
    m = YEAR_PERIOD.search(cleaned)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if looks_back(a, b):
            return None
        # an anniversary ends in the year it is kept (or the next, for a plan issued ahead of it); a long span
        # reaching years past that is a strategy's period ("giai đoạn 2018 - 2030"), read as a period is
        # (an anniversary counts the span's years, "70 năm … (1954 - 2024)": kept however early issued; a span
        # printed as a "giai đoạn" or "thời kỳ" is a period all the same, "… giai đoạn 2021 - 2035 (15 năm)")
        anniversary = re.search(rf"(?<!\d){b - a}\s+nam(?![a-z])", cleaned) is not None \
            and _PERIOD_WORD_BEFORE.search(cleaned, 0, m.start()) is None
        ahead = issued_year is not None and b - a > 10 and b > issued_year + 1 and not anniversary
        if issued_year and 2 <= b - a and (b - a <= _PERIOD_MAX_YEARS or ahead) and a < issued_year <= b \
                and CARRIED_OUT.search(cleaned, 0, m.start()):
            # the period of a document the plan carries out, already running when the plan is issued
            # ("Triển khai thực hiện Chiến lược … giai đoạn 2021-2030" issued in 2022): another document's
            # time, as its date would be; the plan's own begins at its issue. (A plan's own period printed
            # late, "Phát triển du lịch giai đoạn 2021 - 2025" issued in 2025, keeps its first year.) A year
            # the trích yếu names as its own beside that period is the plan's ("Thực hiện Chương trình MTQG …
            # giai đoạn 2021-2025 năm 2024")
            own = OWN_YEAR.search(cleaned[:m.start()] + " " + cleaned[m.end():])
            return int(own[1]) if own else issued_year
        # a plan's period is short; a long span is an anniversary (1945-2025): its year is the last
        return a if 0 < b - a <= 10 or ahead else b
    m = OWN_YEAR.search(cleaned) or YEAR_ANY.search(cleaned)
    if m:
        return int(m.group(1) if m.groups() else m.group(0))
    if (own := OWN_PERIOD_IN_TITLE.search(_f(title))) is not None:
        return _period_year(own)
    return None


# The plan's own period printed in its trích yếu with dates ("Lịch làm việc tuần 21 (từ ngày 21/5/2018 đến
# ngày 28/5/2018)"): no quoted document is dated "từ … đến …", so where the trích yếu names no year
# otherwise, the year most of the period's days fall in is the plan's (a week across the new year,
# "tuần 01 (từ ngày 30/12/2024 đến ngày 05/01/2025)", is the new year's) (folded)
OWN_PERIOD_IN_TITLE = re.compile(
    r"(?<![a-z])tu\s+(?:ngay\s+)?(?P<d1>\d{1,2})\s*[/.-]\s*(?P<m1>\d{1,2})\s*[/.-]\s*(?P<y1>(?:19|20)\d\d)"
    r"\s*(?:den|-|–)\s*(?:ngay\s+)?(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})(?:\s*[/.-]\s*(?P<y2>(?:19|20)\d\d))?")


def _period_year(m: re.Match) -> int:
    """The year most days of an OWN_PERIOD_IN_TITLE period fall in (its first year when the dates do not read)."""
    y1 = int(m["y1"])
    start = safe_date(y1, int(m["m1"]), int(m["d1"]))
    end = safe_date(int(m["y2"]) if m["y2"] else y1, int(m["m2"]), int(m["d2"]))
    if start is not None and end is not None and not m["y2"] and end < start:
        end = safe_date(y1 + 1, end.month, end.day)
    if start is None or end is None or end < start:
        return y1
    into_next = (end - dt.date(end.year, 1, 1)).days + 1 if end.year > start.year else 0
    return end.year if into_next > (end - start).days + 1 - into_next else start.year


# "năm 2024" in a trích yếu: a year it names as its own (folded)
OWN_YEAR = re.compile(r"(?<![a-z])nam\s+((?:19|20)\d\d)(?!\d)")


# A trích yếu that carries out another document, named before the period ("Triển khai thực hiện Đề án
# …", "Thực hiện Nghị quyết số 90/NQ-CP … về Quy hoạch … thời kỳ 2021 - 2030") (folded)
CARRIED_OUT = re.compile(r"(?<![a-z])(?:thuc hien|trien khai)\s+(?:thuc hien\s+)?(?:chien luoc|de an|quy hoach"
                         r"|chuong trinh|nghi quyet|ke hoach|chi thi|quyet dinh|du an|ket luan)(?![a-z])")


# "đến năm 2030", "đến hết năm 2028" in a trích yếu: how far the plan reaches (folded)
TITLE_REACH = re.compile(r"(?<![a-z])(?:den|toi)(?:\s+het)?(?:\s+nam)?\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# … unless it is a vision or an orientation beyond the plan's own time ("tầm nhìn đến năm 2045")
VISION_BEFORE = re.compile(r"(?:tam\s+nhin|dinh\s+huong)\s*$")
# How many years a plan's own period may run (a longer span is an anniversary or a vision)
_PERIOD_MAX_YEARS = 10


# The month from which a plan whose title prints no year looks ahead into the next year (PlanTime.ahead: "Tháng 1"
# in a plan of December, of a school's September). Issued before it, the months before its issue are its own year's:
# an annual calendar issued late ("Tháng 1" … "Tháng 12" in a plan of March) is that year's, not Jan-Feb of the next.
AHEAD_FROM_MONTH = 7


def plan_time(title: str | None, issued_year: int | None = None, issued: dt.date | None = None) -> PlanTime:
    """The time a plan's trích yếu sets its tasks in (dates.PlanTime): its year (else the year of
    issue), the last year of its own period, the days it runs over across a year end (or the school
    year it names, once it has begun on the day of issue), and whether its year is the one its Tết
    opens. Read once per plan, for the task and assignment readers."""
    late = issued is not None and issued.month >= AHEAD_FROM_MONTH
    if not title:
        return PlanTime(issued_year, new_year=False, after=issued, issued=issued, ahead=late)
    year = title_year(title, issued_year)
    span = year_end_span(title) or school_year_span(title, issued) or season_span(title)
    return PlanTime(year or issued_year, title_last_year(title, issued_year), span, opens_lunar_year(title),
                    issued, issued, ahead=late and year is None and span is None)


def title_last_year(title: str | None, issued_year: int | None = None) -> int | None:
    """The last year of the plan's own period as its trích yếu names it: "giai đoạn 2026 - 2030",
    "nhiệm kỳ 2025 - 2030" -> 2030; with no period, how far it reaches ("… đến năm 2030" -> 2030).
    A multi-year plan schedules its tasks up to that year, so the timing reader lets them reach
    it. None for a plan of one year ("… năm 2025", even "… năm 2025 … đến năm 2030": its own year
    is named, the horizon is a target), for a period title_year sets aside (a review's), and for
    a vision or orientation ("tầm nhìn đến năm 2045")."""
    if not title:
        return None
    start = title_year(title, issued_year)
    folded = without_dates(_f(title))
    cleaned = YEAR_HORIZON.sub(" ", folded)
    m = YEAR_PERIOD.search(cleaned) or YEAR_SPAN.search(folded)   # ("từ năm 2026 đến năm 2030")
    if m:
        a, b = int(m["a"]), int(m["b"])
        return b if (start == a or start is not None and a < start <= b and start == issued_year) \
            and 0 < b - a <= _PERIOD_MAX_YEARS else None
    if YEAR_ANY.search(cleaned):
        return None
    base = start or issued_year
    for h in TITLE_REACH.finditer(folded):
        y = int(h["y"])
        if VISION_BEFORE.search(folded, 0, h.start()) is None and base and 0 < y - base <= _PERIOD_MAX_YEARS:
            return y
    return None


def plan_year(title: str | None, task_years: list[int] | None, issued_year: int | None) -> int | None:
    """SCHEMA's order: the trích yếu's year, else the year most task deadlines fall in, else the
    year of issue."""
    year = title_year(title, issued_year)
    if year is not None:
        return year
    if task_years:
        counts = Counter(y for y in task_years if y)
        if counts:
            top = counts.most_common()
            best = [y for y, c in top if c == top[0][1]]
            return issued_year if issued_year in best else min(best)
    return issued_year


# =============================================================================================
# Header zone
# =============================================================================================
# A school's or an office's own code for a kind of plan after the số ("35/KHGD-TL": kế hoạch giáo dục,
# "12/KHCM-THCS": kế hoạch chuyên môn): a plan's, though no type code of the list.
PLAN_OWN_CODE = re.compile(r"^\d*/KH[A-ZĐ]{1,3}(?:-|$)")


def _plan_code(symbol: str) -> bool:
    return PLAN_OWN_CODE.match(symbol) is not None


HEADER_REACH = 40   # lines from the top within which a plan's header ends
CHROME_REACH = 120   # lines of a portal's menus and box of fields a copy may print above the plan's own header


def _header_reach(doc: Document) -> int:
    """How far down the header zone may reach: HEADER_REACH lines, or further when a portal's chrome
    pushed the plan's own header (its national motto) past them."""
    limit = min(len(doc.lines), HEADER_REACH)
    for i in range(min(len(doc.lines), CHROME_REACH)):
        ln = doc.lines[i]
        if ln.text.strip() and any(NATIONAL_MOTTO.search(_f(t)) for t in _segments(doc, [ln])):
            # (a motto near the top is the plan's own header's: one further down is an appendix's)
            return limit if i < HEADER_REACH - 12 else min(len(doc.lines), i + 12)
    return limit


def _header_zone(doc: Document) -> tuple[int | None, int, str | None, str]:
    """(index of the type line or None, end of the header zone, doc_type, trích yếu run on)."""
    zone = _header_zone_within(doc, min(len(doc.lines), HEADER_REACH))
    if zone[0] is None and len(doc.lines) > HEADER_REACH - 12 and (reach := _header_reach(doc)) > HEADER_REACH:
        zone = _header_zone_within(doc, reach)
    return zone


def _header_zone_within(doc: Document, limit: int) -> tuple[int | None, int, str | None, str]:
    code = None   # the type code of the số hiệu above, once read ("" for one with none)
    sym_code = ""
    motto_seen = False
    dated = False   # a "địa danh, ngày …" line above: no body's name is printed below it
    right_below_date = False   # … and it is the line right above (a body's name may follow the date where the
    # motto's column was read first: "Đắk Glong, ngày … / BAN CHỈ ĐẠO CÁC / CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA HUYỆN …")
    for i in range(limit):
        ln = doc.lines[i]
        texts = _segments(doc, [ln])
        for t in texts:
            hit = type_of_line(t)
            if hit and (own := _own_type_line_below(doc, i, hit[0])) is not None:
                # the page's title ("KẾ HOẠCH Thông tin, tuyên truyền …", a post's bare "KẾ HOẠCH GIÁO DỤC")
                # above the plan's own header
                return own
            if hit:
                return i, i, hit[0], hit[1]
            # (a số hiệu with no type code is read over by one with it: "Số: 12/UBND" under a stray cue)
            if not code and (sym := _find_symbol(t)) is not None and (code is None or sym.type_code):
                code = sym.type_code or ""
                sym_code = sym.symbol
            # a capital type line running on into its trích yếu ("KẾ HOẠCH TUYÊN TRUYỀN …"), under a
            # số hiệu of its type: above one, such a line is a body's name ("BAN CHỈ ĐẠO CÁC /
            # CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"). No body is named "Lịch công tác …": a schedule's line
            # ("LỊCH CÔNG TÁC TUẦN 03") is its type line under any số hiệu, or none (schedules often have none).
            # Nor is one below the place and date: a plan printed with no số hiệu (a union's, a school's, a
            # chi hội's) has its type line there ("Tân Hòa, ngày 01 tháng 6 năm 2025 / KẾ HOẠCH HOẠT ĐỘNG HỘI").
            if t[:1] in "KCPĐL" and (code or t[:1] == "L" or _plan_code(sym_code) or right_below_date) \
                    and (sub := _type_line_subject(t)) \
                    and (sub[0] in SCHEDULE_TYPES or code and TYPE_CODES[code] == sub[0]
                         or sub[0] == "Kế hoạch" and _plan_code(sym_code) or right_below_date and not code):
                return i, i, sub[0], "" if _is_caps(t) else sub[1]
            # … and a capital "KẾ HOẠCH …" line under no số hiệu at all, as a school's or a Pioneer union's
            # posted plan prints it ("KẾ HOẠCH HOẠT ĐỘNG LIÊN ĐỘI THÁNG 12"): no body's name opens on
            # "Kế hoạch" (a department is "Phòng/Sở Kế hoạch …"), so it is the type line
            # (only under the header's motto or date: a short plan that prints them below such a line
            # is read as it was, its header's lines after the title)
            if t[:1] == "K" and code is None and (motto_seen or dated) and _is_caps(t) \
                    and (sub := _type_line_subject(t)) and sub[0] == "Kế hoạch":
                return _own_type_line_below(doc, i, sub[0]) or (i, i, sub[0], "")
            # (a date with no place before it is a web page's day, over the page's own title line)
            placed = len(t) < 80 and (pd := _parse_place_date(t)) is not None and pd.place is not None
            dated = dated or placed
            if t.strip(" *-_=~"):
                right_below_date = placed
        if not ln.is_row and i > 0 and (BODY_CUE.match(_f(ln.text)) or
                                        len(ln.text) > TITLE_MAX_LINE and not _is_caps(ln.text)) \
                and not _motto_below(doc, i, seen=motto_seen) and not _chrome_above_header(doc, i, seen=motto_seen):
            return None, i, None, ""
        motto_seen = motto_seen or any(NATIONAL_MOTTO.search(_f(t)) for t in texts)
    return None, min(limit, 12), None, ""


# A leaders' work schedule, by either name it is printed under
SCHEDULE_TYPES = ("Lịch công tác", "Lịch làm việc")


PAGE_PROSE_REACH = 16   # lines from a web page's prose (or its box of fields) down to the plan's motto


def _motto_below(doc: Document, i: int, seen: bool) -> bool:
    """Is line i a web page's prose above the plan's own header (its title line, a summary, a
    "Căn cứ …" the page repeats, its box of fields), not the plan's body: no motto above it, then
    the national motto or the Party's a few lines below with a "Số" line beside it?"""
    if seen:
        return False
    end = min(len(doc.lines), i + 1 + PAGE_PROSE_REACH)
    mottos, numbers = [], []
    for j in range(i + 1, end):
        for t in _segments(doc, [doc.lines[j]]):
            if NATIONAL_MOTTO.search(_f(t)):
                mottos.append(j)
            # (a page that ran the header's cells into one line prints the motto and the "Số" together)
            if _find_symbol(t) is not None or BARE_CUE.fullmatch(_f(t).strip()):
                numbers.append(j)
    return any(abs(m - n) <= 4 for m in mottos for n in numbers)


def _chrome_above_header(doc: Document, i: int, seen: bool) -> bool:
    """Is line i a portal's chrome (its title naming the text by its number, a login prompt, its box of
    fields) above the plan's own header, further up than _motto_below reaches: no motto above it, the
    national motto with a "Số" line beside it further down within CHROME_REACH, and no line between that
    opens a body (a ground, a numbered part) or is a type line?"""
    if seen:
        return False
    for j in range(i + 1, min(len(doc.lines), CHROME_REACH)):
        texts = _segments(doc, [doc.lines[j]])
        if any(BODY_CUE.match(_f(t)) or type_of_line(t) for t in texts):
            return False
        if any(NATIONAL_MOTTO.search(_f(t)) for t in texts):
            return _motto_below(doc, max(i, j - PAGE_PROSE_REACH + 1), seen=False)
    return False


PAGE_TITLE_REACH = 25   # lines from a web page's title down to the end of the plan's own header


def _own_type_line_below(doc: Document, i: int, doc_type: str) -> tuple[int, int, str, str] | None:
    """A web page titles its copy of a plan with the type name and the trích yếu on one line, or with a
    bare type name ("KẾ HOẠCH GIÁO DỤC", a post's heading), above the plan's own header: when a national
    motto and a "Số:" line follow line i and then a type line of the same type (maybe running on into
    its trích yếu), that one is the plan's (as _header_zone returns it); else None."""
    motto = numbered = False
    for j in range(i + 1, min(len(doc.lines), i + 1 + PAGE_TITLE_REACH)):
        for t in _segments(doc, [doc.lines[j]]):
            if NATIONAL_MOTTO.search(_f(t)):
                motto = True
            elif _find_symbol(t) is not None or BARE_CUE.fullmatch(_f(t).strip()):
                numbered = True
            elif motto and numbered and (hit := type_of_line(t)) and hit[0] == doc_type:
                return j, j, hit[0], hit[1]
            elif motto and numbered and (sub := _type_line_subject(t)) and sub[0] == doc_type:
                # (the plan's own type line running on into its trích yếu: "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG")
                return j, j, sub[0], "" if _is_caps(t) else sub[1]
    return None


# The labelled fields of the box a legal-document portal prints above its copy of a document
# ("Số hiệu: 125/KH-SYT | Loại văn bản: Kế hoạch | Ngày ban hành: 17/03/2025"), or as a table's row, each
# label in its cell and no colon ("Số hiệu | Số 16/KH-PGD&ĐT | Ngày ban hành | 12/10/2024 |")
PORTAL_SYMBOL = re.compile(r"(?<!\w)Số hiệu\s*(?::\s*\|?|\|)\s*(?:Số\s+)?")
PORTAL_DATE = re.compile(r"(?<!\w)Ngày ban hành\s*(?::\s*\|?|\|)\s*(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*"
                         r"(?P<y>[12]\d{3})(?!\d)")


def _portal_box(doc: Document, upto: int) -> tuple[Symbol | None, dt.date | None]:
    """The số hiệu and date of issue a portal's box names, among the lines before the type line."""
    sym = date = None
    for ln in doc.lines[:upto]:
        # (a box read as a table's row: its cells, each label in one, set apart as the page prints them)
        row = ln.is_row and ("Số hiệu" in ln.text or "Ngày ban hành" in ln.text)
        t = " | ".join(doc.cell_texts(ln)) if row else ln.text
        if sym is None and "Số hiệu" in t:
            for m in PORTAL_SYMBOL.finditer(t):
                b = SYMBOL_BODY.match(t, m.end())
                cleaned = _clean_symbol(b["num"], b["tail"]) if b and b["num"] else None
                if cleaned is not None:
                    at = (ln.start, ln.end) if t is not ln.text else (ln.start + m.start(), ln.start + b.end())
                    sym = Symbol(*cleaned, start=at[0], end=at[1])
                    break
        if date is None and "Ngày ban hành" in t and (m := PORTAL_DATE.search(t)):
            date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return sym, date


# A plan's preamble as the first paragraph of a page that lost the header above it: its grounds, then
# its issuing sentence closing on "như sau:" ("Thực hiện Nghị định số 61/2018/NĐ-CP …, Ủy ban nhân dân
# thành phố ban hành Kế hoạch triển khai như sau:"); a news report names the plan in other words (folded).
PREAMBLE_OPENING = re.compile(r"(?:can cu|thuc hien|de trien khai|nham)\s")
PREAMBLE_CLOSING = re.compile(r"nhu sau\s*:\s*$")
PREAMBLE_REACH = 1200   # characters of a preamble's paragraph


# The short lines a web page prints above the preamble it copies (its breadcrumb, the post's title, the date
# it was posted), read past to the preamble's first line
PREAMBLE_AFTER_LINES = 4
PREAMBLE_AFTER_CHARS = 120


def _preamble_line(ft: str) -> int | None:
    """Where the preamble the document opens with starts (PREAMBLE_OPENING), the text's first line or one
    after a few short lines of a page's chrome; None when no such line opens it."""
    at = 0
    for _ in range(PREAMBLE_AFTER_LINES + 1):
        if PREAMBLE_OPENING.match(ft, at):
            return at
        nl = ft.find("\n", at)
        if nl == -1 or nl - at > PREAMBLE_AFTER_CHARS:
            return None
        at = nl + 1
    return None


def _doc_type_from_body(text: str) -> str | None:
    """The type a header-less document gives itself: "Trên đây là Kế hoạch …", or its issuing
    sentence ("UBND xã … ban hành Kế hoạch") when it also has a Nơi nhận (news prose has none) or
    when it closes the preamble the document opens with (PREAMBLE_OPENING … "như sau:")."""
    ft = _folded_doc(text)
    m = re.search(rf"tren day la ({_DOC_WORDS})(?![a-z])", ft)
    if m is None and re.search(r"(?<![a-z])noi nhan\s*:", ft):
        m = next(_issuing_sentences(ft), None)
    if m is None and (at := _preamble_line(ft)) is not None:
        first = ft[at:at + PREAMBLE_REACH].split("\n")[0]
        if PREAMBLE_CLOSING.search(first):
            m = next(_own_issuing_sentences(first), None) or \
                next(_unit_sentences(text[at:at + len(first)], first, len(first)), None)
    if not m:
        return None
    if m.re is UNIT_SENTENCE:
        return DOC_TYPES.get(m["doc"].replace(" ", ""))
    if m.re is ISSUING_SENTENCE:
        words = re.search(rf"({_DOC_WORDS})(?![a-z])$", m.group(0))
        key = words.group(1).replace(" ", "") if words else None
    else:
        key = m.group(1).replace(" ", "")
    return DOC_TYPES.get(key)


# The type words a web post's title line opens with when the page printed a plan without its header
# ("Lịch làm việc tuần 21 của Thường trực …", "CHƯƠNG TRÌNH LỄ HỘI …", "Kế hoạch tổ chức …"), folded:
# the plan types and a leaders' schedule, whose own lines are its tasks.
POST_TITLE_TYPES = (("lich lam viec", "Lịch làm việc"), ("lich cong tac", "Lịch công tác"),
                    ("chuong trinh", "Chương trình"), ("ke hoach", "Kế hoạch"))
POST_TITLE_MAX_WORDS = 40
POST_BANNER_MAX_WORDS = 12
# A line of a post's body that a plan or a schedule prints: a list item, a numbered part, a day's or an
# hour's heading (folded)
POST_BODY_LINE = re.compile(r"(?:[-+*•–—]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)/]\s|[ivx]+\.\s|ngay\s+\d|thu\s+(?:hai|ba|tu"
                            r"|nam|sau|bay|[2-7](?!\d))|chu\s+nhat|\(?\d{1,2}\s*(?:h|gio)\s*\d{0,2}"
                            r"|(?:sang|chieu|toi)\s*[:(]?$|(?:sang|chieu|toi)\s*[:(])")
# The week's or the period's line under a schedule's title ("Từ ngày 14/07/2025 đến ngày 20/07/2025",
# "Tuần 03 (từ …)"), folded
POST_PERIOD_LINE = re.compile(r"(?:tu\s+ngay|tuan\s+(?:thu\s+)?\d+)[^\n]*\d(?:\s*\))?$")
POST_BODY_MIN = 2   # body lines of that kind a plan's post holds at least
# Portal chrome printed under a post's title: never its issuer
POST_CHROME = re.compile(r"(?:ngay dang|tac gia|nguon|luot xem|cap nhat|chia se|in trang)\s*(?:bai\s*)?:")


POST_OWN_NUMBER = re.compile(r"(?P<sym>\d{1,5}/(?:(?:19|20)\d\d/)?[A-ZĐ][A-ZĐa-z&]*(?:-[A-ZĐ][A-ZĐa-z&]*)*)"
                             r"(?:\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d))?(?:\s+(?:về\s+việc|về|v/v)(?!\w))?\s*[:,-]?\s*")


# A post's title that copies the plan's own line of number, date, issuer and subject ("Số 12/KH-UBND ngày
# 3/2/2025 của UBND xã Tân Lập về …", the type word already read off it): its fields.
_COPY_DATE = r"(?P<d>\d{1,2})\s*(?:/|-|\.|tháng)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|\.|năm)\s*(?P<y>(?:19|20)\d\d))?"
OWN_COPY_LINE = re.compile(r"(?:[Ss]ố\s*:?\s*)?(?P<sym>\d{1,5}/[^\s,;]+)\s+ngày\s+" + _COPY_DATE
                           + r"\s*,?\s+(?:của\s+(?P<iss>[^,;:]{3,80}?)\s+)?(?:về\s+việc|về|[Vv]/[Vv])\s*:?\s+(?P<title>\S.*)")
# The sentence a page opens with to relay a plan it prints below ("Ngày 19/01/2016, Ban ATGT tỉnh X ban hành
# Kế hoạch số 13/KH-BATGT thực hiện …", "Ngày 03/9, UBND tỉnh ban hành Kế hoạch (HỎA TỐC) số 1141/KH-UBND
# về việc …"): an optional date, the issuer, the plan's kind, its number and its subject.
# (the head who signed it, named first: "Ngày 3/7/2023, đồng chí Trần Văn A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh
# vừa ký ban hành Kế hoạch số …": the body is the one the last title heads)
ANNOUNCING = re.compile(
    r"(?:(?<![\w/])[Nn]gày\s+" + _COPY_DATE + r"\s*,\s*)(?:đồng\s+chí\s+[^,.;:()]{3,40},\s*(?:[^,.;:()]{3,60},\s*){0,3})?"
    r"(?P<iss>[^,.;:()]{3,80}?)\s+(?:đã\s+|vừa\s+)?(?:ký\s+)?ban\s+hành\s+"
    r"(?P<kind>Kế\s+hoạch|Chương\s+trình|Phương\s+án|Đề\s+án)(?:\s+(?:liên\s+tịch|hành\s+động))?\s*"
    # (a Party body's or a mass organisation's number has a dash after its figures: "số 27-CTr/TU")
    r"(?:\([^)]{1,20}\)\s*)?(?:số\s*:?\s*)?(?P<sym>\d{1,5}(?:/|-(?=[A-ZĐ]))[^\s,;.]+(?:\.[^\s,;.]+)*)"
    # (the plan's own date after its number, which is its date of issue: "số 45/KH-UBND ngày 04/3/2025")
    r"(?:(?:\s*,)?\s+ngày\s+(?P<d2>\d{1,2})\s*(?:/|-|\.|tháng)\s*(?P<m2>\d{1,2})"
    r"(?:\s*(?:/|-|\.|năm)\s*(?P<y2>(?:19|20)\d\d))?)?"
    # (…and its issuer, named again before its subject: "ngày 04/3/2025 của UBND huyện về triển khai …")
    r"(?:\s+của\s+(?P<by>[^,.;:]{3,80}?)(?=\s+về\s))?\s+(?:về\s+việc\s+|về\s+|V/v\s+)?"
    r"(?P<title>[^.;:“\"]{5,300}?)\s*(?=[.;:]|,?\s+với\s+chủ\s+đề|,?\s+(?:cụ\s+thể\s+)?như\s+sau|$)")
ANNOUNCED_WITHIN = 40   # lines of a page (its chrome first) searched for the announcing sentence
# What opens the plan's own text under the announcing sentence: its first part or item, or the words
# that lead into it ("Theo kế hoạch:", "Nội dung cụ thể như sau:")
_RELAYED_BODY = re.compile(r"\s*(?:(?:[ivx]{1,4}|1|a)\s*[.)/-]\s|theo ke hoach|noi dung|cu the)")   # (folded)


def _place_date(y: int | None, mo: int, d: int) -> PlaceDate:
    """A date read off a sentence (its year maybe left out), no place."""
    return PlaceDate(None, safe_date(y, mo, d) if y else None, y, mo if 1 <= mo <= 12 else None, d, 0, 0)


def _copy_date(m: re.Match) -> PlaceDate:
    """The date of a one-line copy's or announcing sentence's match (year maybe left out), no place."""
    return _place_date(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]))


def _announced_date(m: re.Match) -> PlaceDate:
    """The plan's date of an announcing sentence: its own after its number when printed (the sentence's
    opening date is the day the news reported it), else the sentence's. Its own day printed without a
    year is in the sentence's year, or the year before when it falls after the sentence's day (a plan
    of 30/12 reported on 03/01): a plan is issued before it is reported."""
    if not m["d2"]:
        return _copy_date(m)
    d, mo = int(m["d2"]), int(m["m2"])
    y = int(m["y2"]) if m["y2"] else int(m["y"]) if m["y"] else None
    if not m["y2"] and y is not None and (mo, d) > (int(m["m"]), int(m["d"])):
        y -= 1
    return _place_date(y, mo, d)


POST_TITLE_ABOVE = 6   # non-empty lines above the announcing sentence a post's title may stand on
POST_TITLE_MIN_CHARS = 20   # letters of a post's title that must match the announced plan's subject
# The time a post was put up, run on into its title line ("… năm 2023 11/04/2023 17:00")
# (no space run before it: two optional runs around an optional bracket try every split of a run, cubic in
# a search; the spaces it leaves are stripped with the title's end)
POST_STAMP = re.compile(r"(?:[(|]\s*)?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)|]?$")
# The announcing sentence with no date ahead of its issuer ("Để tổ chức …, Ủy ban nhân dân tỉnh X ban hành
# Kế hoạch số 81/KH-UBND, ngày 10/4/2023 về …"): read only under a post titled by that plan.
ANNOUNCING_UNDATED = re.compile(
    r"(?:(?<![\w/])[Nn]gày\s+" + _COPY_DATE + r"\s*,\s*)?(?:^|(?<=,\s))" + ANNOUNCING.pattern[ANNOUNCING.pattern.index("(?P<iss>"):])


def _announced_title(m: re.Match) -> str:
    """The subject of an announcing sentence's plan (ANNOUNCING's title). Where what stands between the "của" after
    its number and a later "về" names no body alone ("… của UBND huyện triển khai Chỉ thị số 35-CT/TW của Bộ Chính
    trị về tăng cường …"), the subject opens after the body that heads it, and the "về" is the subject's own."""
    by = m["by"]
    if by is None or names_a_body(by):
        return m["title"]
    words = by.split()
    n = next((n for n in range(len(words) - 1, 0, -1) if names_a_body(" ".join(words[:n]))), 0)
    if not n and "của" not in words and not any(c.isdigit() for c in by):
        return m["title"]   # (no body heads it, nor does it cite one: "của ngành y tế tỉnh về …")
    at = m.start("by")
    for w in words[:n]:
        at = m.string.index(w, at) + len(w)
    return m.string[at:m.end("title")].strip()


def _post_titled_so(doc: Document, k: int, m: re.Match) -> str | None:
    """The title of the post the page is when that post is titled by the very plan its sentence at line k
    announces ("Kế hoạch tổ chức Tháng hành động … năm 2022" or "Triển khai Tháng hành động … năm 2023"
    over "…, UBND tỉnh đã ban hành Kế hoạch số 203/KH-UBND về việc tổ chức Tháng hành động … năm 2022."),
    the sentence maybe running on past the subject; None otherwise. Such a post is the plan's page, its
    summary under the sentence; a report that names a plan in passing is headlined by its own news."""
    subject = _compact(" ".join(_announced_title(m).split()))
    kind = _compact(m["kind"])
    for t in [ln.text for ln in doc.lines[:k] if ln.text.strip()][-POST_TITLE_ABOVE:]:
        line = POST_STAMP.sub("", " ".join(t.split())).rstrip(" .:")
        head = _compact(line)
        bare = head[len(kind):] if head.startswith(kind) else head
        if len(bare) >= POST_TITLE_MIN_CHARS and (bare == subject or subject.startswith(bare)):
            return line[len(m["kind"]):].strip() if head.startswith(kind) else line
    return None


def announced_plan(doc: Document):
    """(kind, Symbol, title, date, match, index of the line after) of the plan a page without a header
    relays under the sentence announcing it, when the plan's own text follows that sentence (its line ends
    on ":" or the next line opens a part, an item or "Theo kế hoạch:") or the page is a post titled by that
    plan; None otherwise (a news report that names a plan in passing goes on with its own prose)."""
    for k, ln in enumerate(doc.lines[:ANNOUNCED_WITHIN]):
        if "ban hành" not in ln.text:
            continue
        # (one space a run, whatever the line was given: the pattern's lazy issuer and title each meet a run
        # of spaces, a form's blanks "số 45/KH-UBND      , ngày      ", and would try every split of it)
        t = " ".join(ln.text.split())
        titled = None
        if (m := ANNOUNCING.search(t)) is None:
            if (m := ANNOUNCING_UNDATED.search(t)) is None or not m["d2"] \
                    or (titled := _post_titled_so(doc, k, m)) is None:
                continue
        nxt = next((x.text for x in doc.lines[k + 1:k + 4] if x.text.strip()), "")
        if not (titled or t.endswith(":") or _RELAYED_BODY.match(_f(nxt))
                or (titled := _post_titled_so(doc, k, m))):
            continue
        found = _find_symbol("Số: " + m["sym"])
        if found is None:
            continue
        kind = " ".join(m["kind"].split())
        title = titled or " ".join(_announced_title(m).split())
        title = without_kind_said_again(title, kind)
        return kind, found, title[:1].upper() + title[1:], _announced_date(m), m, k + 1
    return None


# A head who signs for the body, before its name: "Phó Chủ tịch Thường trực UBND huyện …", "Giám đốc Sở Y tế …" (folded)
_SIGNING_HEAD = re.compile(r"(?:pho\s+)?" + _AUTHORITY_HEAD.pattern + r"(?:thuong truc\s+)?")


def _body_headed(signer: str) -> str:
    """The body a head who signed names ("Chủ tịch UBND huyện Krông Pắc", "Phó Giám đốc Sở Y tế" -> the
    committee, the department), or what was given when it names no head."""
    head = _SIGNING_HEAD.match(" ".join(_f(signer).split()))
    return " ".join(signer.split()[len(head.group().split()):]) if head else signer


def _relaying_sentence(doc: Document, type_idx: int, doc_type: str) -> tuple[Symbol, PlaceDate, str] | None:
    """(number, date, issuer as printed) of the sentence above the type line that announces a plan of that
    type by its number ("Ngày 23/8/2017, Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU về …"): a page
    relaying the plan whose own header lost its number; None when no such sentence stands above it."""
    for ln in doc.lines[:type_idx]:
        if "ban hành" not in ln.text:
            continue
        t = " ".join(ln.text.split())
        m = ANNOUNCING.search(t)
        if m is not None and _compact(m["kind"]) == _compact(doc_type) \
                and (found := _find_symbol("Số: " + m["sym"])) is not None:
            return found, _announced_date(m), m["iss"]
    return None


def _post_type(t: str) -> tuple[str, str] | None:
    """(doc_type, title) of a post's title line that opens with one of POST_TITLE_TYPES, the title in
    the case the line prints it."""
    if t.rstrip().endswith((".", ";", "?", "!")):   # (a sentence: a news report's)
        return None
    t = t.strip(" >*#_-–.:")
    words = t.split()
    if not 2 <= len(words) <= POST_TITLE_MAX_WORDS:
        return None
    ft = _f(t)
    for key, name in POST_TITLE_TYPES:
        if not ft.startswith(key + " "):
            continue
        rest = words[len(key.split()):]
        if _compact(" ".join(rest[:2])) in TYPE_QUALIFIERS:
            rest = rest[2:]
        if not rest or not rest[0][:1].isalnum():
            return None
        # (a title in capitals is kept so, as a header's trích yếu in capitals is: its names stay whole)
        return name, rest[0][:1].upper() + rest[0][1:] + "".join(" " + w for w in rest[1:])
    return None


def _post_title(doc: Document) -> tuple[str, str, int] | None:
    """(doc_type, title, index of the line after the title) of a page that printed a plan or a work
    schedule without its header, titled by the post's title line: the page's first line, or the second
    under a short banner in capitals (the event's name). A parenthesised line right under it (the
    week's dates) is the title's. Only a page whose body prints POST_BODY_MIN lines of a plan's kind
    (list items, numbered parts, days, hours) is read so: a news report's headline is no title."""
    lines = [ln for ln in doc.lines[:3] if ln.text.strip()]
    for k, ln in enumerate(lines[:2]):
        if k and not (_is_caps(lines[0].text) and len(lines[0].text.split()) <= POST_BANNER_MAX_WORDS):
            return None
        if ln.is_row or (hit := _post_type(ln.text)) is None:
            continue
        at = doc.lines.index(ln) + 1
        title = hit[1]
        if at < len(doc.lines) and len((nxt := doc.lines[at].text.strip()).split()) <= POST_TITLE_MAX_WORDS and (
                nxt.startswith("(") and nxt.endswith(")") or POST_PERIOD_LINE.match(_f(nxt))):
            title, at = f"{title} {nxt}", at + 1
        body = sum(1 for b in doc.lines[at:at + 60] if b.is_row or POST_BODY_LINE.match(_f(b.text.strip())))
        return (hit[0], title, at) if body >= POST_BODY_MIN and not _news_lead(doc, at) else None
    return None


POST_LEAD_MIN_WORDS = 8   # a sentence of prose under a headline runs to this many words at least


def _news_lead(doc: Document, at: int) -> bool:
    """Does the post's text open, under its title (and a byline or the portal's chrome), with a sentence
    of prose that a news report opens with ("Tối ngày 29/4/2025, tại Quảng trường …, UBND huyện đã tổ
    chức …", "Sau 3 năm triển khai …, huyện đã đạt nhiều kết quả.")? A plan's page goes on with its
    parts, items or times, or a preamble that announces them ("… ban hành Kế hoạch … như sau:")."""
    for ln in doc.lines[at:at + 4]:
        t = ln.text.strip()
        if not t:
            continue
        ft = _f(t)
        if ln.is_row or POST_CHROME.search(ft) or len(t.split()) < POST_LEAD_MIN_WORDS and names_a_body(t):
            continue   # (the byline, the portal's date and author)
        return (t.endswith((".", "!")) and len(t.split()) >= POST_LEAD_MIN_WORDS and "nhu sau" not in ft
                and not POST_BODY_LINE.match(ft) and not POST_PERIOD_LINE.match(ft)
                and not _announces_programme(doc, ln.index))
    return False


# The line a programme's preamble closes on, announcing the items under it ("Thời gian, nội dung chương
# trình cụ thể như sau:", "Chương trình Lễ khai mạc như sau:"; a report's bare "Cụ thể:" lists figures)
# (folded)
ANNOUNCES_ITEMS = re.compile(r".*\bnhu sau\s*:$")


def _announces_programme(doc: Document, i: int) -> bool:
    """Is the prose at line i a programme's preamble (the event's day and place, who holds it), the next
    line announcing the programme's items, rather than a news report's opening?"""
    nxt = next((ln for ln in doc.lines[i + 1:i + 3] if ln.text.strip()), None)
    return nxt is not None and len(nxt.text.split()) <= POST_TITLE_MAX_WORDS \
        and ANNOUNCES_ITEMS.match(_f(nxt.text.strip())) is not None


# A post's title naming whose plan it is, then its period ("của trường MNTH Hoa Hồng năm học 2019 – 2020")
# or what it carries out ("Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57")
POST_TITLE_OF_BODY = re.compile(
    r"[Cc]ủa\s+(?P<iss>(?:[Tt]rường|UBND|Ủy ban|Uỷ ban|[Pp]hòng|Ban|[Hh]ội|Đoàn|Chi bộ|Đảng ủy|Đảng uỷ|Công đoàn)\s.{2,80}?)"
    r"\s+(?P<rest>(?:năm học|năm|tháng|quý|học kỳ|giai đoạn|tuần|thực hiện|triển khai|hưởng ứng)\s+\S.*)$")


def _post_byline(doc: Document, at: int) -> list[str]:
    """The line right under a post's title when it names a body alone ("UBND xã Hưng Tân", "TRƯỜNG
    THCS LÊ LỢI"): the plan's issuer as the page prints it; a portal's chrome ("Ngày đăng bài: … |
    Tác giả: …") names none."""
    if at >= len(doc.lines):
        return []
    t = doc.lines[at].text.strip()
    if doc.lines[at].is_row or POST_CHROME.search(_f(t)) or not names_a_body(t):
        return []
    return [t]


def _date_out_of_vv(vv: str, h: Header, fill: bool) -> str:
    """The V/v text without the header's "Địa danh, ngày … năm …" that a flattened two-column header
    ran into it (the date printed level with one of the V/v rows, the rows then joined: "triển khai
    Kế hoạch Triệu Phong, ngày 02 tháng 4 năm 2025 số 58/KH-UBND …"); fill: the header found no
    place and date elsewhere, so these are its own."""
    if "ng" not in vv:   # (no "ngày" at all: most V/v lines)
        return vv
    fv = _f(vv)
    # the first date with a địa danh before it (a quoted document's "ngày 24/3/2025" has none)
    ends = sorted(m.end() for rx in (PLACE_DATE_LONG, PLACE_DATE_NUM) for m in rx.finditer(fv))
    pd = next((p for e in ends if (p := _parse_place_date(vv[:e])) is not None and p.place), None)
    if pd is None or pd.year is None:
        return vv
    if fill:
        h.place = pd.place
        h.issued_date, h.issued_year, h.issued_month = pd.date, pd.year, pd.month
    return " ".join((vv[:pd.start] + " " + vv[pd.end:]).split())


# =============================================================================================
# API
# =============================================================================================
# (year, month) the two-level local government took effect: districts gone, communes merged and
# renamed, so a commune's name no longer points to the legacy unit of that name (admin.resolve_unit)
TWO_LEVEL_FROM = (2025, 7)


def _respelled(printed: str, official: str | None) -> bool:
    """Is `official` the printed name with other tone marks or vowel marks only (not another
    case, not other words or punctuation: "Văn Miếu - Quốc Tử Giám" keeps its dash)?"""
    return bool(official) and official.lower() != unicodedata.normalize("NFC", printed).lower() \
        and _f(official).split() == _f(printed).split()


def _replace_last(text: str, old: str, new: str) -> str:
    at = text.rfind(old)
    return text if at < 0 else text[:at] + new + text[at + len(old):]


def _area_above(iss: Issuer, place: str | None) -> str | None:
    """The district or province the document puts its issuer's unit in: the higher unit its header
    names, else the place it dates the plan at when that is not the unit itself (a commune may
    date its plans at its district's name)."""
    if iss.parent_name:
        return iss.parent_name
    if place and fold_key(place) != fold_key(iss.locality):
        return place
    return None


# Centrally-run cities whose wards and communes lay under a district until July 2025 (Huế was a
# provincial city, its wards right under it, until 2025): a header printing one of them with no
# district names the two-level city.
_CENTRAL_CITY_NAMES = tuple(sorted(k[len("thanhpho"):] for k in MUNICIPAL_KEYS if k != "thanhphohue"))


def _province_right_above(iss: Issuer, zone: list[str]) -> bool:
    """Does the header print the issuer's commune or ward under its province with no district
    between ("UBND TỈNH PHÚ THỌ / UBND XÃ XUÂN LÃNG", "UBND XÃ THANH BA / TỈNH PHÚ THỌ", "ĐẢNG BỘ
    THÀNH PHỐ HẢI PHÒNG / ĐẢNG ỦY PHƯỜNG KIẾN AN")? Before July 2025 a district stood between them."""
    if iss.level not in WARD_LEVELS:
        return False
    province = False
    for line in _issuer_text(zone).split("|"):
        f = _f(line)
        for um in UNIT_RE.finditer(f):
            if not _printed_level(line[um.start("lv"):um.end("lv")], line):
                continue
            level = LEVEL_WORD[um.group("lv")]
            if level == "thành phố":
                # (the name may run on into the next column: "HẢI PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM")
                level = "tỉnh" if fold_key(line[um.end():]).startswith(_CENTRAL_CITY_NAMES) else "huyện"
            if level == "tỉnh":
                province = True
            elif level in DISTRICT_LEVELS:
                return False
    return province


def _two_level(h: Header, iss: Issuer, zone: list[str], text: str = "") -> bool:
    """Was the plan written under the two-level system: dated from July 2025, or (its month not
    printed: a draft's blank date, a date OCR lost) not dated before 2025 and headed by a commune
    under its province with no district (_province_right_above), or citing a document issued
    from July 2025 on (_cites_from)?"""
    if (h.issued_year or 0, h.issued_month or 0) >= TWO_LEVEL_FROM:
        return True
    return h.issued_month is None and (h.issued_year or TWO_LEVEL_FROM[0]) >= TWO_LEVEL_FROM[0] \
        and (_province_right_above(iss, zone) or _cites_from(text, TWO_LEVEL_FROM))


# A cited document's number and date, folded: "số 05/KH-UBND ngày 05/8/2025", "số 57-NQ/TW, ngày 22
# tháng 12 năm 2024". A deadline ("trước ngày 30/9/2025") has no number before it.
_CITED_DATE = re.compile(r"\bso\s*:?\s*\d[\w./-]*\s*,?\s*ngay\s+(\d{1,2})\s*"
                         r"(?:[/.-]\s*(\d{1,2})\s*[/.-]|thang\s+(\d{1,2})\s+nam)\s*(\d{4})\b")


def _cites_from(text: str, since: tuple[int, int]) -> bool:
    """Does the text cite a document issued in or after (year, month)? A plan whose own date lost
    its month was written after every document it cites."""
    if "ngày" not in text:
        return False
    for m in _CITED_DATE.finditer(fold_cached(text)):
        month = int(m.group(2) or m.group(3))
        if 1 <= month <= 12 and (int(m.group(4)), month) >= since:
            return True
    return False


# A district's department printed without its unit ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" alone) (folded):
# the departments of a district's People's Committee, never a clinic ("Phòng khám") nor a
# province's police or army department
_DISTRICT_DEPARTMENT = re.compile(
    r"phong (?:giao duc|gd|tai chinh|noi vu|tu phap|y te|van hoa|lao dong|nong nghiep|tai nguyen|kinh te"
    r"|quan ly do thi|dan toc)")
# A level word inside an issuer's name (the society of "Xã hội" is none) (folded)
_LEVEL_IN_NAME = re.compile(rf"(?<![a-z])(?:{levels.alternation(folded=True)})(?![a-z])(?! hoi)")
# A health unit of the Sở Y tế named by the area it serves (from 2025 a district's health centre
# became "TRUNG TÂM Y TẾ KHU VỰC X", X the former district) (folded)
_AREA_HEALTH_UNIT = re.compile(r"(?:trung tam y te|benh vien da khoa) khu vuc (?P<name>[^\d]+)$")


def _unit_by_its_place(iss: Issuer, h: Header) -> Issuer | None:
    """The unit of an issuer whose header names none, where its own name or the place it dates the
    plan at names one district-level unit of the official list.

    A district's department: Nghị định 30/2020/NĐ-CP dates a district body's document at the
    district's name ("Tuy An, ngày …"), so the department is that district's; only before the
    two-level system (July 2025), since when communes have departments dated at a commune's name,
    often a former district's. A Sở Y tế's area health centre ("TRUNG TÂM Y TẾ KHU VỰC LONG
    THÀNH"): recorded as the province's, as the Sở's other units are, the province of the former
    district it is named by (or dated at), or the province that became after July 2025.
    """
    fi = _f(iss.issuer)
    if _LEVEL_IN_NAME.search(fi):
        return None
    when = (h.issued_year, h.issued_month or 1) if h.issued_year else None
    if _DISTRICT_DEPARTMENT.match(fi):
        if not h.place or (when is not None and when >= TWO_LEVEL_FROM):
            return None
        unit = district_named(h.place)
        if unit is None:
            return None
        level, name, _ = unit
        return Issuer(_with_unit(iss.issuer, level, name), level, name)
    m = _AREA_HEALTH_UNIT.match(fi)
    if m is None:
        return None
    printed = " ".join(iss.issuer.split()[len(fi[:m.start("name")].split()):])
    unit = district_named(printed) or (district_named(h.place) if h.place else None)
    if unit is None:
        return None
    province = unit[2]
    if when is not None and when >= TWO_LEVEL_FROM and (now := new_unit(province)) is not None:
        province = now["province"]
    level = "thành phố" if fold_key(f"thành phố {province}") in MUNICIPAL_KEYS else "tỉnh"
    return Issuer(iss.issuer, level, province)


def extract_header(doc: Document, task_years: list[int] | None = None) -> Header:
    """The header fields of a document (signer fields are left to extractors.closing).

    task_years: the years of the plan's dated task deadlines, when known; plan_year falls back
    to the most common of them when the trích yếu names no year, then to the year of issue.
    """
    h = Header()
    text = doc.text
    type_idx, zone_end, doc_type, run_on = _header_zone(doc)
    zone = _columns_apart(_joined_committee_word(_segments(doc, doc.lines[:zone_end])))

    # số hiệu
    sym = None
    for seg in zone:
        sym = _find_symbol(seg)
        if sym:
            break
    if sym is None and any(BARE_CUE.fullmatch(_f(seg).strip()) for seg in zone):
        # the cue's line left bare, the number printed on a line of its own below or beside it
        sym = next((found for seg in zone if (found := _lone_symbol(seg))), None)
    if sym is None and doc.ocr:
        sym = next((found for seg in zone if (found := _symbol_after_misread_cue(seg))), None)
    # place and date
    pdate = None
    if type_idx is not None and not run_on and (moved := _header_after_type(doc, type_idx)):
        after = _segments(doc, doc.lines[type_idx + 1:type_idx + 1 + moved])
        zone += after
        if sym is None:
            sym = next((found for seg in after if (found := _find_symbol(seg))), None)
    for k, seg in enumerate(zone):
        pdate = _parse_place_date(seg)
        if pdate:
            pdate = _place_across_lines(pdate, seg, zone[k - 1] if k else "")
            pdate = _year_wrapped_apart(pdate, seg, zone)
            if pdate.place is None and (placed := _placed_date_after(zone, k)) is not None:
                pdate = placed  # a web page's "Ngày 25 tháng 01 năm 2025" above the header: today's date
            break
    relayed = None
    if sym is None and type_idx is not None and doc_type is not None \
            and (relayed := _relaying_sentence(doc, type_idx, doc_type)) is not None:
        # a page that relays the plan under the sentence announcing it, the plan's own header printed with
        # its type line only: the sentence's number, date and issuer are the plan's
        sym = relayed[0]
        if pdate is None or pdate.place is None:
            pdate = relayed[1]
    if pdate is None:
        pdate = signer_place_date(doc)
    # type: the type line, else the symbol's code, else the body's own words
    if doc_type is None and sym is not None:
        if sym.type_code:
            doc_type = TYPE_CODES[sym.type_code]
        elif sym.issuer_code and any(VV_LINE.match(s) for s in zone + [
                ln.text for ln in doc.lines[zone_end:zone_end + 3]]):
            doc_type = "Công văn"
    post = copy = announced = None
    if doc_type is None and sym is None and type_idx is None and (post := _post_title(doc)) is not None \
            and (pdate is None or pdate.place is None) and (announced := announced_plan(doc)) is not None:
        post = None   # (a post titled by the plan it relays under the sentence announcing it: that sentence dates it)
    if post is not None:
        # a web post of a plan without its header: its type and trích yếu are the post's title, its
        # issuer a byline under it, if any; no line of the page's chrome is a header's
        doc_type, h.title = post[0], post[1]
        if (own := POST_OWN_NUMBER.match(h.title)) is not None and (found := _find_symbol("Số: " + own["sym"])):
            # a law site's title names the text by its number and year first ("Kế hoạch 1557/KH-BYT-BGDĐT 2022
            # Tiêm vắc xin …", "Quyết định 2658/QĐ-BTP năm 2020 về …"): its số hiệu, the rest the trích yếu
            sym, rest = found, h.title[own.end():]
            h.title = rest[:1].upper() + rest[1:] if rest else None
            if own["year"] and pdate is None:
                h.issued_year = int(own["year"])   # (the year the site names it by is its year of issue)
        elif (copy := OWN_COPY_LINE.match(h.title)) is not None and (found := _find_symbol("Số: " + copy["sym"])):
            # a page's one-line copy of the plan's number, date, issuer and subject ("Kế hoạch số 12/KH-UBND
            # ngày 3/2/2025 của UBND xã X về …"), no header under it: read them from that line
            sym, h.title = found, copy["title"][:1].upper() + copy["title"][1:]
            pdate = _copy_date(copy)
        zone = _post_byline(doc, post[2])
        if copy is not None and copy["iss"]:
            zone = [copy["iss"]]
        elif h.title and (whose := POST_TITLE_OF_BODY.match(h.title)) is not None:
            # a post titled by whose plan it is and for when ("Kế hoạch của trường MNTH Hoa Hồng năm học
            # 2019 – 2020"): the body is its issuer, the period its trích yếu
            h.title = whose["rest"][:1].upper() + whose["rest"][1:]
            zone = zone or [whose["iss"][:1].upper() + whose["iss"][1:]]
        if pdate is not None and pdate.place is None and copy is None:
            pdate = None
    elif announced is not None or doc_type is None and sym is None and (pdate is None or pdate.place is None) \
            and type_idx is None and (announced := announced_plan(doc)) is not None:
        # a page relaying a plan under the sentence that announces it ("Ngày 19/01/2016, Ban ATGT tỉnh X ban
        # hành Kế hoạch số 13/KH-BATGT thực hiện …, cụ thể như sau:"): its number, date, issuer and subject
        doc_type, sym, h.title, pdate, copy = announced[0], announced[1], announced[2], announced[3], announced[4]
        post = (doc_type, h.title, announced[5])
        zone = [_body_headed(copy["iss"])] if copy["iss"] else []
    if doc_type is None and (sym is not None or pdate is not None or zone):
        doc_type = _doc_type_from_body(text)
    h.doc_type = doc_type
    if doc_type is None and sym is None and pdate is None:
        return h   # not an administrative document

    if sym is not None:
        h.symbol, h.number = sym.symbol, sym.number
    if pdate is not None:
        h.place = pdate.place
        h.issued_date, h.issued_year, h.issued_month = pdate.date, pdate.year, pdate.month

    # the caption naming the plan itself fills a blank number and date
    if doc_type == "Kế hoạch" and (h.number is None or h.issued_date is None):
        cap = find_own_plan_caption(text)
        if cap is not None:
            csym, cdate = cap[0], cap[1]
            csuffix = re.sub(r"^\d+", "", csym)
            same = h.symbol is None or re.sub(r"^\d+", "", h.symbol).upper() == csuffix.upper() \
                or h.symbol.upper() == csym.upper()
            if same and (h.number is None or h.symbol.upper() == csym.upper()):
                if csym[:1].isdigit() or h.symbol is None:
                    h.symbol = csym
                    h.number = int(re.match(r"\d+", csym).group()) if csym[:1].isdigit() else None
                if cdate is not None and h.issued_date is None and (
                        h.issued_year in (None, cdate.year)) and h.issued_month in (None, cdate.month):
                    h.issued_date, h.issued_year, h.issued_month = cdate, cdate.year, cdate.month

    # a portal's box of the document's fields, where the page's copy of the document lost its own
    # header: what the document prints always wins, the box only fills what it leaves blank
    if type_idx and (h.symbol is None or h.issued_date is None):
        box_sym, box_date = _portal_box(doc, type_idx)
        if box_sym is not None and h.symbol is None:
            h.symbol, h.number = box_sym.symbol, box_sym.number
        if box_date is not None and h.issued_date is None and h.issued_year in (None, box_date.year) \
                and h.issued_month in (None, box_date.month):
            h.issued_date, h.issued_year, h.issued_month = box_date, box_date.year, box_date.month

    # trích yếu
    untyped_title = None
    if post is None and type_idx is None and sym is not None and sym.type_code and pdate is not None:
        untyped_title = _untyped_title(doc, zone, zone_end)
        if untyped_title is not None:
            zone = zone[:untyped_title[1]]
            h.title = untyped_title[0]
    if type_idx is not None:
        h.title = _title(doc, type_idx, run_on)
        if not run_on:
            h.title = _with_type_line_subject(doc, type_idx, h.title)
        if not h.title:
            # a plan laid out as a công văn: its trích yếu "V/v …" under the số, the type line bare
            h.title = _vv_title(doc.lines[:type_idx], h, fill=pdate is None)
    elif untyped_title is None and post is None:   # a công văn: "V/v …" under the số
        h.title = _vv_title(doc.lines[:zone_end + 3], h, fill=pdate is None)

    # issuer
    iss = _issuer_from_header(zone, text, h.symbol, h.place,
                              joint=type_idx is not None and declares_joint(doc.lines[type_idx].text))
    authority = None
    if (iss is None or iss.issuer is None) and untyped_title is not None:
        # a header whose body line a portal's copy lost names it again in its authority line
        authority = next((ln.text for ln in doc.lines[:zone_end + 3] if decision_authority(ln.text)), None)
    elif (iss is None or iss.issuer is None) and sym is None and pdate is None and type_idx is not None:
        # a page that printed no header block at all, the type line and trích yếu first: the authority line
        # over the preamble ("ỦY BAN NHÂN DÂN TỈNH ĐĂK NÔNG" / "Căn cứ …") is the only one naming the body
        authority = next((ln.text for ln in doc.lines[type_idx + 1:type_idx + 8] if decision_authority(ln.text)
                          and (nxt := _line_after(doc, ln)) is not None and AUTHORITY_THEN.match(_f(nxt))), None)
    if authority is not None:
        head = _AUTHORITY_HEAD.match(" ".join(_f(authority).split()))
        body = " ".join(authority.split()[len(head.group().split()):] if head else authority.split())
        iss = _issuer_from_header([body], text, h.symbol, h.place) or iss
    if (iss is None or iss.issuer is None) and relayed is not None and relayed[2]:
        iss = _issuer_from_header([relayed[2]], text, h.symbol, h.place) or iss
    if iss is None or iss.issuer is None:
        body = _issuer_from_body(text, h.place)
        if body is not None:
            iss = body
    if (iss is None or iss.issuer is None) and h.place and any(BARE_COMMITTEE.match(_f(seg)) for seg in zone):
        iss = _committee_of_place(h.place, iss.level if iss is not None else None) or iss
    if iss is not None and iss.level is None and iss.parent_level is None and iss.issuer[:1] in "PTB":
        iss = _unit_by_its_place(iss, h) or iss
    if iss is not None and iss.issuer and iss.issuer.startswith("Bộ ") and (ministry := ministry_name(iss.issuer)):
        iss.issuer = ministry   # ("BỘ LAO ĐỘNG – THƯƠNG / BINH VÀ XÃ HỘI": the column's dash lost at its wrap)
    if iss is not None:
        h.issuer, h.admin_level, h.locality = iss.issuer, iss.level, iss.locality
        if not iss.level and iss.parent_level in levels.PROVINCE_LEVELS and iss.parent_name and (
                match := resolve_unit(iss.parent_level, iss.parent_name, text)) is not None and match.resolved:
            # a unit the header leaves unnamed under its province's body: that province's
            h.province, h.province_code = match.province, match.province_code
        two_level = bool(iss.level and iss.locality) and _two_level(h, iss, zone, text)
        if iss.level and iss.locality:
            match = resolve_unit(iss.level, iss.locality, text, two_level=two_level,
                                 within=_area_above(iss, h.place))
            if match is not None and match.resolved and _respelled(iss.locality, match.name):
                # one unit spelled two ways ("Hoà"/"Hòa", "Đăk"/"Đắk"): its official spelling, as
                # its district's and province's names are
                h.issuer = _replace_last(h.issuer, iss.locality, match.name)
                h.locality = match.name
            if match is not None:
                h.province, h.province_code = match.province, match.province_code
                h.district_code, h.ward_code = match.district_code, match.ward_code
                if iss.level in WARD_LEVELS:
                    h.district = match.district and _title_case(match.district)   # (printed in capitals when unresolved)
            if iss.parent_level and iss.parent_name:
                if iss.parent_level == "tỉnh" and h.province is None:
                    h.province = iss.parent_name
                elif iss.parent_level != "tỉnh" and iss.level in WARD_LEVELS and h.district is None \
                        and not (h.province and fold_key(h.province) == fold_key(iss.parent_name)) \
                        and not (two_level and h.issued_year and h.issued_month):
                    # (a commune's plan dated from July 2025 has no district over it: a district's name
                    # above its header is a site's banner or a former unit, "UBND HUYỆN NINH GIANG")
                    # ("UBND THÀNH PHỐ HÀ NỘI" over a ward names a city that is a province, no district)
                    h.district = _title_case(iss.parent_name)
            if iss.level in ("tỉnh",) or (match is not None and match.resolved and iss.level == "thành phố"
                                          and match.district_code is None):
                h.province = h.province or iss.locality

    if (copy is not None or announced is not None) and h.issuer is None:
        h.admin_level = h.locality = None   # ("UBND tỉnh" unnamed: no unit read off the line)
    if h.issuer in CENTRAL_ORGANS_BARE and (organisation := _heading_organisation(zone)):
        h.issuer = f"{h.issuer} {organisation}"
    if h.place and h.locality and _misread_place(h.place, h.locality, text):
        h.place = h.locality
    if h.issuer and h.issuer[:1].islower():
        # (a name in capitals re-cased from a sentence that prints it in lower case: "… của trường THCS X")
        h.issuer = h.issuer[:1].upper() + h.issuer[1:]
    if h.title is None and h.symbol:
        h.title = _title_of_post(doc, h)
    if h.title is None and type_idx is None and h.doc_type and (h.symbol or pdate is not None
                                                                 or _quoted_unit_sentence(text)):
        # (a type line printed bare, its sentence under it, is a plan with no trích yếu: only a copy that
        # lost the type line with the trích yếu is read off the sentence, or one whose sentence quotes the
        # plan's name: "Trường … xây dựng “Kế hoạch phát triển nhà trường giai đoạn 2025-2030” như sau:")
        h.title = _title_of_issuing_sentence(text, h.doc_type)
    if h.title and h.issued_year:
        h.title = mend_glued_year(h.title, h.issued_year)
    h.plan_year = plan_year(h.title, task_years, h.issued_year)
    return h


def _title_of_post(doc: Document, h: Header) -> str | None:
    """The trích yếu of a plan whose header prints none, from the law site's title line over the page
    ("Kế hoạch 70/KH-UBND năm 2026 triển khai …"): the words after the plan's own number and year."""
    first = next((ln for ln in doc.lines[:3] if ln.text.strip()), None)
    if first is None or first.is_row:
        return None
    # (the site's box of fields run on into its title line: "… tỉnh Tuyên Quang Số hiệu: | 49/KH-UBND |")
    t = first.text[:m.start()] if (m := PORTAL_SYMBOL.search(first.text)) else first.text
    words = t.split()
    if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        t = " ".join(words[:len(words) // 2])   # (the title printed twice, heading and breadcrumb, run on)
    if (hit := _post_type(t)) is None or hit[0] != h.doc_type:
        return None
    if (own := POST_OWN_NUMBER.match(hit[1])) is None or own["sym"] != h.symbol:
        return None
    rest = hit[1][own.end():].strip()
    return rest[:1].upper() + rest[1:] if rest else None


# The plan's own issuing sentence names what the plan is of, as its trích yếu does: "Ủy ban nhân dân tỉnh
# ban hành Kế hoạch thực hiện Đề án … trên địa bàn tỉnh (gọi tắt là Đề án), gồm các nội dung chủ yếu như
# sau:", "UBND huyện xây dựng Kế hoạch hành động … như sau:". Its subject runs to the lead-in to the
# plan's content, a colon or the sentence's end, or a line that opens the body's first item.
_SUBJECT_END = re.compile(r"[:;]|\.(?=\s|$)|\n(?=[^\S\n]*(?:[IVX]{1,4}\.|\d{1,2}[.)]|[a-zđ]\)|[-+•*–]))"
                          r"|(?<![\s,])[\s,]*(?:(?:gồm|với|bao\s+gồm)\s+(?:(?:các|những)\s+)?(?:nội\s+dung|mục\s+tiêu|nhiệm\s+vụ)"
                          r"|cụ\s+thể|như\s+sau)(?!\w)", re.IGNORECASE)
# (this one's and _SUBJECT_END's run of spaces or commas tried from its first character only: a search that
# tries every character of a run, each to the run's end, is quadratic in it)
_SHORT_NAME_NOTE = re.compile(r"(?<![^\S\n])[^\S\n]*\((?:sau\s+đây\s+)?(?:gọi|viết)\s+(?:tắt|chung)[^()]*\)", re.IGNORECASE)
# What the kind is followed by where the document the sentence names is not the plan itself titled: another,
# by its number or its issuer ("triển khai Kế hoạch số 12/KH-UBND", "… Kế hoạch của UBND huyện về …"), or
# the plan pointed at ("tổ chức thực hiện Kế hoạch này trên địa bàn", "Kế hoạch nói trên")
_NOT_OWN_SUBJECT = re.compile(r"(?:số|của|do|này|đó|nói\s+trên|trên|theo)(?!\w)", re.IGNORECASE)
ISSUING_SENTENCE_REACH = 3000   # characters of the text's opening (the header and preamble) searched
ISSUED_SUBJECT_CHARS = (10, 300)


QUOTES_OPEN = ("“", '"')
_QUOTE_CLOSE = re.compile(r'[”"]')


def _quoted_unit_sentence(text: str) -> bool:
    """Does a school's or a mass organisation's own issuing sentence quote the plan's name (UNIT_SENTENCE)?"""
    ft = _folded_doc(text)
    return any(text[m.start("doc") - 1:m.start("doc")] in QUOTES_OPEN
               for m in _unit_sentences(text, ft, min(len(ft), ISSUING_SENTENCE_REACH)))


def _title_of_issuing_sentence(text: str, doc_type: str) -> str | None:
    """The trích yếu of a plan whose copy prints none (a portal's copy that dropped its title line, a law
    site's table of the header that lost the lines under the type word), read off the plan's own issuing
    sentence in its preamble: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án … trên địa bàn tỉnh
    (gọi tắt là Đề án), gồm các nội dung …" -> "Thực hiện Đề án … trên địa bàn tỉnh"; None when the
    document issued there is another, cited by its number ("… ban hành Kế hoạch số 12/KH-UBND …")."""
    head = text[:ISSUING_SENTENCE_REACH]
    ft = _folded_doc(text)[:ISSUING_SENTENCE_REACH]
    for m in chain(_own_issuing_sentences(ft), _unit_sentences(text, ft, len(ft))):
        if not _compact(m.group(0)).endswith(_compact(doc_type)):
            continue
        rest = head[m.end():]
        if m.re is UNIT_SENTENCE and head[m.start("doc") - 1:m.start("doc")] in QUOTES_OPEN and \
                (close := _QUOTE_CLOSE.search(rest, 0, ISSUED_SUBJECT_CHARS[1])) is not None:
            rest = rest[:close.start()]   # (the plan's name in quotes: to its closing quote)
        end = _SUBJECT_END.search(rest)
        words = _SHORT_NAME_NOTE.sub("", rest[:end.start() if end else len(rest)]).split()
        if _compact(" ".join(words[:2])) in TYPE_QUALIFIERS:
            words = words[2:]   # ("Kế hoạch hành động thực hiện …": the type's qualifier, no part of the subject)
        subject = " ".join(words).strip(" ,")
        if not ISSUED_SUBJECT_CHARS[0] <= len(subject) <= ISSUED_SUBJECT_CHARS[1] or not subject[:1].isalpha() \
                or _NOT_OWN_SUBJECT.match(subject) or len(words) < 3:
            return None
        return subject[:1].upper() + subject[1:]
    return None


# A year in a trích yếu read with a stray digit glued to it: a bold "2025" in a scan read "20235",
# "20255". Five digits after "năm" are never a year; the year of issue (or the next, a plan made
# in December for the coming year) that one dropped digit gives back is the one printed.
GLUED_YEAR = re.compile(r"(?<![^\W\d_])(?P<lead>năm|NĂM|Năm)(?P<sp>\s+)(?P<digits>(?:19|20)\d{3})(?!\d)")


def mend_glued_year(title: str, issued_year: int) -> str:
    """The trích yếu with a year read with one stray digit glued to it ("năm 20235") given back as
    the year of issue, or the next year, that dropping one digit makes; else as it is."""
    def mend(m: re.Match) -> str:
        digits = m["digits"]
        years = {int(digits[:k] + digits[k + 1:]) for k in range(len(digits))}
        for year in (issued_year, issued_year + 1):
            if year in years:
                return f"{m['lead']}{m['sp']}{year}"
        return m[0]

    return GLUED_YEAR.sub(mend, title)


# A central organ printed on its own where the organisation's heading stands beside it ("BAN CHẤP HÀNH
# TRUNG ƯƠNG" … "ĐOÀN TNCS HỒ CHÍ MINH", "… ĐẢNG CỘNG SẢN VIỆT NAM"): the heading names whose it is.
CENTRAL_ORGANS_BARE = frozenset({"Ban Chấp hành Trung ương", "Ban Bí thư Trung ương", "Ban Thường vụ Trung ương"})
_HEADING_ORGANISATIONS = (
    (re.compile(rf"doan{_MS}(?:tncs|thanh{_MS}nien{_MS}cong{_MS}san){_MS}ho{_MS}chi{_MS}minh"), "Đoàn TNCS Hồ Chí Minh"),
    (re.compile(rf"dang{_MS}cong{_MS}san{_MS}viet{_MS}nam"), "Đảng"),
)


def _heading_organisation(zone: list[str]) -> str | None:
    """The organisation whose heading the header zone prints (the Youth Union's, the Party's), if one."""
    folded = " ".join(_f(seg) for seg in zone)
    found = [name for pattern, name in _HEADING_ORGANISATIONS if pattern.search(folded)]
    return found[0] if len(found) == 1 else None


def _misread_place(place: str, locality: str, text: str) -> bool:
    """Is the date line's place the issuer's unit read with a slipped letter ("Huởng Đụo" for
    "Hướng Đạo" on a fax)? One letter apart, its words as many, and printed nowhere else in the
    document: a place of its own ("Phú Lộc" beside "Phú Lợi") is named again in the text."""
    a, b = _compact(_f(place)), _compact(_f(locality))
    return (a != b and len(place.split()) == len(locality.split()) and _within_one_edit(a, b)
            and text.count(place) == 1)
