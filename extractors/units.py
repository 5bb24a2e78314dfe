"""Units: the administrative units and bodies a plan assigns work to.

    is_unit("Đài Truyền thanh xã")                  -> True
    is_unit("Ban hành Kế hoạch công tác …")          -> False   ("Ban hành" is a verb)
    split_units("- UBND huyện; - Các đơn vị, ban ngành liên quan phối hợp.")
                                                     -> (["UBND huyện"], ["Các đơn vị, ban ngành liên quan"])
    leading_units("Giao Phòng Nội vụ theo dõi, đôn đốc …")   -> ["Phòng Nội vụ"]
    responsible_units("Rà soát …. Giao Công an xã chủ trì, phối hợp Đoàn Thanh niên thực hiện.")
                                                     -> (["Công an xã"], ["Đoàn Thanh niên"])
    canonical_unit("Uỷ ban nhân dân huyện")           -> "ubnd huyện"

No NER: underthesea tags almost none of these as organisations. A unit is recognised by its head
word ("Phòng", "Ủy ban nhân dân", "Trung tâm", "các cơ quan" …) and ends where the sentence's
predicate begins ("chủ trì", "phối hợp", "căn cứ", a capitalised "Tổ chức" …). A list of units is
split on ";", bullets, and on ", " / " và " only where a new unit head follows, so the commas
inside "Các cơ quan, đơn vị liên quan" or "Trung tâm Văn hoá, Thể thao và Truyền thông" stay.

Words are compared by their letters and the set of their marks, so tone placement (Uỷ/Ủy, hoà/hòa)
and case do not matter while Phòng ≠ Phong (trào) and Sở ≠ Sơ (kết). Text stripped of all
diacritics (OCR, ASCII sources: "Phong Noi vu") is compared without them, and there a head of
two words may also be one OCR error off. Returned names keep the printed spelling: they are
slices of the input after markup removal and whitespace folding.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from operator import attrgetter
from functools import lru_cache
from typing import Iterator

from extractors.admin import fold_char
from extractors.doc_kinds import KIND_WORDS
from extractors.levels import BELOW_PROVINCE, HAMLET_PLACE_NOUNS, LEVELS_BOTTOM_UP
from extractors.textscan import CharMap, find_all
from pipeline.memo import memo

__all__ = ["preload", "UNIT_HEADS", "is_unit", "split_units", "has_role_label", "leading_units", "responsible_units",
           "partner_units", "subject_partners", "canonical_unit", "names_a_doer", "unshared", "duty_doers",
           "labelled_units"]

# ---------------------------------------------------------------- word lists (printed forms)
# Heads that begin a unit name wherever they stand.
STRONG_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Hội đồng", "Văn phòng", "Ủy ban", "Mặt trận Tổ quốc",
    "Mặt trận", "Công chức", "Cán bộ", "Trung tâm", "Công an", "Chi cục", "Tổng cục", "Bệnh viện",
    "Liên đoàn Lao động", "Liên đoàn", "Công đoàn", "Huyện đoàn", "Tỉnh đoàn", "Thành đoàn",
    "Quận đoàn", "Thị đoàn", "Xã đoàn", "Phường đoàn", "Đoàn Thanh niên", "Bộ phận", "Bộ đội",
    "Bộ Chỉ huy", "Ban Chỉ huy",
    # the union of a province's scientific and friendship societies ("Liên hiệp các Hội Khoa học và
    # Kỹ thuật tỉnh", "Liên hiệp hội Quảng Nam"), the Youth Union and the Party committee of a
    # province's agencies ("Đoàn Khối các cơ quan tỉnh", "Đoàn khối doanh nghiệp TW")
    "Liên hiệp các Hội", "Liên hiệp hội", "Liên minh Hợp tác xã", "Đoàn Khối", "Đoàn khối",
    "Tổ dân phố", "Khu phố", "Khu dân cư", "Thường trực", "Thành viên", "Ủy viên", "Bí thư",
    "Phó Bí thư", "Kho bạc", "Chi nhánh", "Bưu điện", "Ngân hàng", "Điện lực", "Cổng thông tin",
    "Trang thông tin", "Tạp chí", "Tòa án", "Công ty", "Hợp tác xã", "Bảo hiểm xã hội", "Đảng ủy",
    "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Cấp ủy", "Chi bộ", "Chi hội",
    # a Party organisation of a body, a force or a place, and a branch's committee: "Đảng bộ cơ
    # quan UBND huyện", "Đảng bộ Quân sự huyện", "Chi ủy chi bộ thôn Nà Làng"
    "Đảng bộ", "Chi ủy",
    # the Party's group in a body that is not of the Party (the Front, a Hội, a People's Council) and
    # the Party's board in a State body: "Đảng đoàn Ủy ban MTTQ Việt Nam huyện", "Ban cán sự đảng UBND tỉnh"
    "Đảng đoàn", "Ban cán sự đảng",
    "Chi đoàn", "Thủ trưởng", "Người đứng đầu", "Tổ trưởng", "Trưởng thôn", "Trưởng bản",
    "Cơ quan", "Lực lượng", "Quân sự", "Nhà trường", "Nhà văn hóa", "Thư viện", "Bảo tàng",
    "Đồn Biên phòng", "Hải quan", "Kiểm lâm", "Học viện", "Tổ bầu cử", "Ban bầu cử",
    "Ủy ban bầu cử", "Câu lạc bộ",
    # the union of a province's cooperatives ("Liên minh Hợp tác xã tỉnh"); not "Liên minh" at large
    # ("Liên minh châu Âu")
    "Liên minh Hợp tác xã", "Liên minh HTX",
    # a school's own bodies and heads: its principal, its Pioneer units, their leader
    "Hiệu trưởng", "Liên đội", "Chi đội", "Tổng phụ trách",
    # the staff a school's plan tasks by post: its form teachers, its health worker
    "Giáo viên chủ nhiệm", "Nhân viên y tế",
    # a school's other posts (its subject teachers, librarian, equipment, clerical and accounts staff)
    # and a commune health station's village health workers and population collaborators; not
    # "Giáo viên", "Nhân viên" at large
    "Giáo viên bộ môn", "Nhân viên thư viện", "Nhân viên thiết bị", "Nhân viên văn thư", "Nhân viên kế toán",
    # … and the same posts named bare, as a school's or an office's plan also prints them ("- Kế toán:
    # bảo đảm kinh phí", "Văn thư, thủ quỹ")
    "Kế toán", "Thủ quỹ", "Văn thư",
    "Y tế thôn bản", "Cộng tác viên dân số", "Cộng tác viên y tế",
    # a commune's village animal-health workers, whom a plan against livestock epidemics tasks
    # ("Thú y viên các thôn", "thú y viên cơ sở")
    "Thú y viên",
    # a school's subject and office teams, and the teachers of its classes or (a kindergarten's)
    # groups and classes: "Tổ chuyên môn", "giáo viên lớp 5 tuổi", "giáo viên các nhóm, lớp"
    "Tổ chuyên môn", "Tổ văn phòng", "Giáo viên lớp", "Giáo viên các lớp", "Giáo viên các nhóm",
    # a province's newspaper merged with its radio and television station (2025)
    "Báo và Phát thanh, Truyền hình",
)
# Heads that are a whole name by themselves: the word after them may already be the predicate
# ("UBND tổ chức …"), whereas after an open head ("Sở", "Ban", "Trung tâm") it names the unit.
COMPLETE_HEADS: tuple[str, ...] = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc", "Mặt trận", "Công an", "Huyện đoàn",
    "Tỉnh đoàn", "Thành đoàn", "Quận đoàn", "Thị đoàn", "Xã đoàn", "Phường đoàn", "Đoàn Thanh niên",
    "Bộ đội", "Tổ dân phố",
    "Khu phố", "Khu dân cư", "Bí thư", "Phó Bí thư", "Bưu điện", "Điện lực", "Bảo hiểm xã hội",
    "Đảng ủy", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Cấp ủy", "Chi bộ",
    "Đảng bộ", "Chi ủy", "Thủ trưởng", "Người đứng đầu", "Tổ trưởng", "Trưởng thôn", "Trưởng bản", "Quân sự",
    "Nhà trường", "Hải quan", "Kiểm lâm", "Tổ bầu cử", "Ban bầu cử", "Ủy ban bầu cử", "Hợp tác xã",
    "Công đoàn", "Liên đoàn Lao động", "Hiệu trưởng", "Giáo viên chủ nhiệm", "Nhân viên y tế",
    "Giáo viên bộ môn", "Nhân viên thư viện", "Nhân viên thiết bị", "Nhân viên văn thư", "Nhân viên kế toán",
    "Kế toán", "Thủ quỹ", "Văn thư",
    "Y tế thôn bản", "Cộng tác viên dân số", "Cộng tác viên y tế", "Tổ chuyên môn", "Tổ văn phòng",
    "Thú y viên",
    # a school's Pioneer union: its name is whole ("Liên đội tổ chức …"), a school's or a place's after it
    "Liên đội",
)
# The fields of a commune's civil servants (Nghị định 33/2023/NĐ-CP), by which a plan may name the
# servant alone: "Văn hóa - Xã hội chủ trì …", "Tư pháp - Hộ tịch phối hợp …". A unit only right before
# one of FIELD_ROLE_WORDS: as a heading ("2. Văn hóa - Xã hội") or a topic the pair is a field of work.
FIELD_PAIRS: tuple[str, ...] = (
    "Văn hóa - Xã hội", "Tư pháp - Hộ tịch", "Địa chính - Xây dựng", "Tài chính - Kế toán",
    "Địa chính - Nông nghiệp", "Địa chính - Xây dựng - Đô thị và Môi trường",
    "Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Lao động - Thương binh và Xã hội",
)
FIELD_ROLE_WORDS: tuple[str, ...] = ("chủ trì", "phối hợp", "tham mưu")
# The same fields as a post's name may list them after one "Công chức" ("Công chức Văn hóa - Xã hội, Tư
# pháp - Hộ tịch", "Công chức VH-XH, TP-HT"): each field is a post of its own (Nghị định 33/2023/NĐ-CP
# gives each its servant), so each is a unit that takes the shared head. Also the office's field and the
# merged commune's (2025), and the shortenings plans print.
SERVANT_FIELDS: tuple[str, ...] = FIELD_PAIRS + (
    "Văn phòng - Thống kê", "Nông nghiệp - Môi trường",
    "VH-XH", "TP-HT", "ĐC-XD", "ĐC-NN", "TC-KT", "VP-TK", "LĐ-TB&XH", "LĐ-TBXH", "NN-MT",
)
SERVANT_HEADS: tuple[str, ...] = ("Công chức", "Cán bộ")
# Heads whose name never opens on a verb of work: a weak predicate right after the bare head is what
# the unit does ("Văn phòng thực hiện định kỳ hằng tháng …", "Thường trực tổng hợp, báo cáo …"), where
# after a team's head it may name the team ("Tổ kiểm tra", "Ban tổ chức").
VERBLESS_NAME_HEADS: tuple[str, ...] = ("Văn phòng", "Thường trực")
# Heads named for a purpose: their name runs on through verbs ("Ban Chỉ đạo xây dựng nông thôn
# mới huyện chủ trì …"), so only the strong predicates end it.
PURPOSE_HEADS: tuple[str, ...] = (
    "Ban Chỉ đạo", "Ban Tổ chức", "Ban Quản lý", "Ban Vận động", "Ban Biên tập", "Ban Giám sát",
    "Tổ công tác", "Tổ giúp việc", "Tổ kiểm tra", "Tổ biên tập", "Đoàn công tác", "Đoàn kiểm tra",
    "Đoàn giám sát", "Đoàn khảo sát", "Đội công tác", "Đội kiểm tra", "BCĐ", "BQL", "BQLDA",
)
# Bodies other than a PURPOSE_HEADS one that may be named for their work in lower-case words ("Hội đồng
# phối hợp phổ biến, giáo dục pháp luật tỉnh", "Hội đồng thi đua, khen thưởng huyện", "Ban vì sự tiến bộ
# của phụ nữ"): an issuer's name runs on through their commas (references), and so does a unit's.
FIELD_NAMED_HEADS: tuple[str, ...] = ("Hội đồng", "Ban", "Tiểu ban", "Ủy ban", "Uỷ ban", "Hội")
# Bodies named for coordinating ("Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện", "Ban phối hợp
# liên ngành …", "Tổ phối hợp liên ngành phòng, chống ma túy xã", "Tổ công tác phối hợp liên ngành"):
# "phối hợp" right after the bare head is the name's first word, not the role word, where the name's
# own words follow it (not "với", "cùng", a capitalised partner); the name then runs as a purpose's.
COORDINATION_WORD = "phối hợp"
_COORDINATION_HEADS: tuple[str, ...] = FIELD_NAMED_HEADS + ("Tổ", "Đội", "Nhóm") + PURPOSE_HEADS
_COORDINATION_NOT_NAME: tuple[str, ...] = ("với", "cùng", "chặt chẽ", "và", "để", "trong", "tốt", "thực hiện",
                                           "tổ chức", "triển khai", "kiểm tra", "tuyên truyền")
# Teams named for the work they do ("Tổ phun thuốc diệt muỗi", "Đội thu gom rác thải", "Nhóm hỗ trợ
# kỹ thuật"): the word is a head before a lower-case verb of work (ACTIVITY_VERBS), whose name then runs
# as a PURPOSE_HEADS one's does; not before other words ("Tổ chức", "Tổ quốc", "Đội ngũ", "Nhóm trẻ").
ACTIVITY_HEADS: tuple[str, ...] = ("Tổ", "Đội", "Nhóm")
# A team against a hazard, or of rescue, is named for that work: "Đội phòng, chống cháy rừng", "Tổ phòng, chống
# dịch thôn 3", "Đội phòng cháy chữa cháy cơ sở", "Tổ phòng cháy, chữa cháy liên gia", "Đội cứu nạn, cứu hộ xã"
# (the abbreviations, "Đội PCCC và CNCH", are capitals a head takes anyway).
_HAZARD_TEAMS = ("phòng, chống", "phòng chống", "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ")
# Single words that are a unit head only before a capitalised name, a number, a locality or one
# of the listed lower-case continuations: "Phòng Nội vụ", "Tổ 3", "Ban chỉ đạo", but not
# "Phòng, chống", "Tổ chức", "Hội nghị", "Báo cáo", "Đội ngũ", "Trường hợp".
CAPITAL_HEADS: dict[str, tuple[str, ...]] = {
    # the national telecoms group's unit in a province ("Viễn thông Điện Biên"), not the field in a
    # department's name ("Phòng Bưu chính, Viễn thông")
    "Viễn thông": (),
    "Phòng": ("nội vụ", "tư pháp", "tài chính", "kinh tế", "y tế", "văn hóa", "giáo dục", "lao động",
              "tài nguyên", "nông nghiệp", "quản lý", "cảnh sát", "dân tộc", "thanh tra",
              "giao dịch"),   # a bank's office: "Phòng giao dịch Ngân hàng Chính sách xã hội huyện"
    "Ban": ("chỉ đạo", "chỉ huy", "quản lý", "tổ chức", "thường vụ", "thường trực", "chấp hành",
            "công tác", "biên tập", "giám sát", "thanh tra", "điều hành", "đại diện", "dân vận",
            "tuyên giáo", "kinh tế", "pháp chế", "văn hóa", "dân tộc", "vận động", "tiếp công dân",
            "bảo vệ", "kiểm tra", "nữ công", "nội chính", "dân số", "ngành",
            "nhân dân",    # a hamlet's elected body in the South: "Ban nhân dân ấp", "Ban nhân dân các khóm"
            "quản trị", "kiểm soát",
            # a school's board of principals and a contest's jury, in lower case as often as not
            "giám hiệu", "giám khảo",
            # a school's labour board, which runs its cleaning and planting days: "Ban lao động nhà trường"
            "lao động"),   # a cooperative's boards: "Ban quản trị, Ban kiểm soát HTX"
    "Sở": (), "Bộ": ("chỉ huy", "tư lệnh"), "Cục": ("thuế", "thống kê", "hải quan", "quản lý"),
    "Vụ": (),   # a ministry's department: "Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"
    "Hội": ("nông dân", "phụ nữ", "liên hiệp", "cựu chiến binh", "người cao tuổi", "chữ thập đỏ",
            "khuyến học", "cựu thanh niên", "sinh viên", "doanh nghiệp", "doanh nhân", "luật gia",
            "đông y", "nạn nhân", "người mù", "bảo trợ", "làm vườn", "nhà báo", "cựu giáo chức"),
    # an association of businesses or of a trade ("Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Du lịch
    # Khánh Hòa"); not a generic "hiệp hội ngành hàng"
    "Hiệp hội": ("doanh nghiệp", "doanh nhân", "du lịch"),
    # a school's own Youth Union, as its plans name it: "Đoàn trường", "BCH Đoàn trường THPT Lê Lợi"
    "Đoàn": ("thanh niên", "đại biểu", "liên ngành", "thanh tra", "trường"),
    "Đội": ("thuế", "quản lý", "dân phòng", "xung kích", "thanh niên", "cảnh sát", "trật tự",
            "phản ứng nhanh", "tuyên truyền", "văn nghệ", "tình nguyện", "số", *_HAZARD_TEAMS),
    "Tổ": ("dân phố", "tự quản", "hòa giải", "an ninh", "liên gia", "chuyên viên", "thư ký",
           "phối hợp", "tuyên truyền", "bảo vệ", "nhân dân", "quản lý", "xung kích", "giám sát",
           "điều hành", "thường trực", "chuyên môn", "khảo sát", "số",
           "hợp tác",     # a cooperative group (Luật Hợp tác xã 2023): "Tổ hợp tác trồng lúa ấp Tân Thành"
           "công nghệ số",    # a hamlet's digital team (Quyết định 1907/QĐ-BTTTT): "Tổ công nghệ số cộng đồng"
           *_HAZARD_TEAMS),
    "Trạm": ("y tế", "khuyến nông", "thú y", "bảo vệ thực vật", "trồng trọt", "kiểm lâm"),
    "Hạt": ("kiểm lâm", "quản lý"),
    "Trường": ("mầm non", "tiểu học", "trung học", "phổ thông", "chính trị", "cao đẳng", "đại học",
               "dân tộc", "mẫu giáo", "trung cấp", "bồi dưỡng", "quân sự"),
    "Đài": ("truyền thanh", "phát thanh", "truyền hình", "khí tượng", "thông tin"),
    "Báo": (), "Quỹ": (), "Viện": ("kiểm sát", "nghiên cứu"),
    # a state company's works unit: "Xí nghiệp Thủy lợi Kỳ Anh", "Xí nghiệp Khai thác công trình thủy lợi"
    "Xí nghiệp": ("khai thác", "thủy lợi", "thuỷ lợi", "quản lý"),
    "Khoa": (),   # a hospital's department: "Khoa Dược", "Khoa Kiểm soát nhiễm khuẩn"
    "Khối": ("thi đua", "dân vận", "đảng", "chính quyền", "mặt trận", "cơ quan", "giáo dục"),
    "Cụm": ("thi đua",), "Thôn": (), "Bản": (), "Ấp": (), "Xóm": (), "Buôn": (),
    "Thanh tra": (), "Lãnh đạo": (), "Trưởng": ("ban", "phòng", "thôn", "bản", "khu", "công an",
                                             "cụm", "khối", "đoàn", "tổ", "các",
                                             "khóm", "xóm", "buôn"),   # the hamlets of the South, North, Highlands
    "Phó": (), "Chủ tịch": (), "Chỉ huy trưởng": (),
    # also the head of a public service unit, acting by that post: "Giám đốc trung tâm GDNN-GDTX"
    "Giám đốc": ("sở", "các sở", "hợp tác xã", "các hợp tác xã", "trung tâm", "các trung tâm", "bệnh viện",
                 "các bệnh viện"),
    # the head of a cooperative or of a Party inspection committee, acting by that post: "Chủ nhiệm Hợp
    # tác xã nông nghiệp Tân Tiến", "Chủ nhiệm các hợp tác xã"; not "chủ nhiệm đề tài"
    "Chủ nhiệm": ("hợp tác xã", "các hợp tác xã", "ủy ban kiểm tra"),
    # công đoàn, as a trade-union plan shortens it before the level it names: "CĐ ngành Giáo dục",
    # "CĐ cơ sở", "CĐ Giáo dục tỉnh" (in a name, "CĐ" is a college: "Trường CĐ Y tế", not a head there)
    "CĐ": ("ngành", "cơ sở", "trường", "cơ quan"),
    # the tax offices that replaced the Cục and Chi cục Thuế (2025): "Thuế tỉnh Lâm Đồng", "Thuế
    # thành phố Hà Nội", "Thuế cơ sở 3 tỉnh Lâm Đồng"; not a tax ("Thuế thu nhập cá nhân")
    "Thuế": ("cơ sở",),
    # a court's specialised benches (Luật Tổ chức Tòa án nhân dân 2024, Điều 63): "Tòa Hình sự", "các Tòa
    # chuyên trách"; not a building or an editorial office ("tòa nhà", "Tòa soạn báo")
    "Tòa": ("án", "hình sự", "dân sự", "hành chính", "kinh tế", "lao động", "gia đình", "chuyên trách"),
    # the telecom groups' provincial branches a digital plan tasks: "Viettel Lâm Đồng", "VNPT Lào
    # Cai", "MobiFone tỉnh"; not their products ("VNPT iOffice")
    "Viettel": (), "VNPT": (), "MobiFone": (),
}
# A school's teacher of one subject, the subject capitalised after the post ("Giáo viên Mĩ thuật", "giáo
# viên Tiếng Anh"): the post's name ends with the subject, which closes it as "chủ nhiệm" does; a teacher
# named by a person's name ("Giáo viên Nguyễn Thị Lan") is a person, no unit (as "Đ/c Nguyễn Thị Lan").
# Not the teachers at large ("giáo viên", "giáo viên các lớp" are read apart). The subjects of the 2018
# curriculum, each as schools print it (both spellings of i/y), and the one-word names teachers use (not
# "Sinh", "Sử", which open "Sinh hoạt", "Sử dụng").
SUBJECT_TEACHER = "Giáo viên"
SCHOOL_SUBJECTS: tuple[str, ...] = (
    "Toán", "Ngữ văn", "Văn", "Tiếng Việt", "Tiếng Anh", "Anh văn", "Ngoại ngữ", "Tiếng Pháp", "Tiếng Trung",
    "Tiếng Nhật", "Tiếng Hàn", "Tiếng Nga", "Tin học", "Âm nhạc", "Mĩ thuật", "Mỹ thuật", "Thể dục",
    "Giáo dục thể chất", "GDTC", "Giáo dục công dân", "GDCD", "Giáo dục kinh tế và pháp luật",
    "Giáo dục quốc phòng và an ninh", "Giáo dục quốc phòng", "GDQP", "GDQP-AN", "Lịch sử và Địa lí",
    "Lịch sử và Địa lý", "Lịch sử", "Địa lí", "Địa lý", "Địa", "Vật lí", "Vật lý", "Lí", "Lý",
    "Hóa học", "Hóa", "Sinh học", "Công nghệ", "Kĩ thuật", "Kỹ thuật", "Khoa học tự nhiên", "KHTN",
    "Khoa học", "Tự nhiên và Xã hội", "Đạo đức", "Hoạt động trải nghiệm", "HĐTN",
)
# The level words that close a unit's name ("Đoàn Thanh niên xã"); not "thôn", "bản", "tổ", "khu",
# "ấp", which also open words and names ("tổ chức", "khu công nghiệp").
LEVEL_WORDS: tuple[str, ...] = LEVELS_BOTTOM_UP
# Continuations every capital head accepts: a locality word ("Thanh tra huyện", "Chủ tịch xã").
LOCALITY_WORDS: tuple[str, ...] = LEVEL_WORDS + ("thôn", "bản", "tổ", "khu", "ấp")
# Abbreviations, matched in their printed capitals ("UBND", not "ubnd").
ABBREVIATION_HEADS: tuple[str, ...] = (
    "UBND", "HĐND", "UBMTTQ", "UBMTTQVN", "MTTQ", "MTTQVN", "TTYT", "TTVH", "BCH", "BCHQS", "CHQS",
    "BTV", "BTT", "BHXH", "KBNN", "VKSND", "TAND", "LĐLĐ", "ĐTN", "HLHPN", "HND", "HCCB", "CCB",
    "HTX", "TDP", "UBKT", "CLB",
    # công đoàn cơ sở: how every trade-union plan addresses its grassroots unions ("các CĐCS"); the
    # education union above them ("CĐGD huyện", "CĐGD tỉnh")
    "CĐCS", "CĐGD",
    # a school's own bodies and posts as its plans shorten them: Ban Giám hiệu, giáo viên chủ nhiệm,
    # giáo viên bộ môn, Tổng phụ trách (Đội), Ban đại diện (cha mẹ học sinh)
    "BGH", "GVCN", "GVBM", "TPT", "BĐD",
)
# Short abbreviations that need a name or a dot after them: "UB. MTTQ", "TT. Huyện ủy", "HĐ TĐKT".
# A post abbreviated before its body (Phó Chủ tịch, Phó Bí thư: "PCT UBND xã", "PBT Đảng ủy") likewise.
SHORT_ABBREVIATION_HEADS: tuple[str, ...] = ("UB", "TT", "HĐ", "VP", "PCT", "PBT")
# Words that, after "các/những/mỗi/từng", name units even in lower case: "các cơ quan, đơn vị".
DETERMINERS: tuple[str, ...] = ("tất cả các", "toàn thể các", "các", "những", "mỗi", "từng", "toàn thể")
DETERMINED_NOUNS: tuple[str, ...] = (
    "cơ quan", "đơn vị", "ban", "ngành", "đoàn thể", "tổ chức", "hội", "đoàn", "sở", "phòng",
    *LEVELS_BOTTOM_UP, "thôn", "bản", "ấp", "xóm",
    "buôn", "làng", "tổ", "khu phố", "khu dân cư", "địa bàn", "trường", "nhà trường", "cụm", "khối",
    "bộ phận", "địa phương", "doanh nghiệp", "thành viên", "ủy viên", "đồng chí", "cán bộ",
    "công chức", "viên chức", "trưởng", "phó", "tổ trưởng", "chi bộ", "đảng bộ", "chi ủy", "chi hội", "chi đoàn",
    "đảng viên",   # a cell's members, whom its plan addresses: "Các đảng viên trong Chi bộ gương mẫu …"
    "hợp tác xã", "cơ sở", "lực lượng", "cấp", "chủ đầu tư", "trạm", "đội", "trung tâm",
    "chủ rừng",  # forest owners (Luật Lâm nghiệp): "Các chủ rừng chủ động bố trí lực lượng"
    "bệnh viện", "công ty", "xí nghiệp", "lãnh đạo", "thủ trưởng", "người đứng đầu", "chủ tịch", "bí thư",
    "giám đốc", "hộ gia đình", "cơ sở giáo dục", "sở, ngành", "phòng, ban",
    "chi, đảng bộ",   # the Party's cells and committees, "bộ" printed once: "Các chi, đảng bộ trực thuộc"
    "khoa",   # a hospital's departments: "các khoa, phòng", "các khoa lâm sàng"
    "hộ",     # households by what they do: "Các hộ nuôi tôm ấp Tân Hưng", "các hộ kinh doanh"
)
# Words a determined noun opens that name no unit: "các khoa học" (sciences), not "các khoa, phòng";
# "các tòa nhà" (buildings), not "các Tòa chuyên trách".
NOT_DETERMINED: tuple[str, ...] = ("khoa học", "tòa nhà", "tòa soạn", "tòa tháp")
# Two-word openings that are verbs or common nouns, never a unit ("Ban hành", "Phong trào").
# Compared without diacritics, so they also guard text stripped of them.
NOT_UNITS: tuple[str, ...] = (
    "ban hanh", "ban giao", "ban dau", "ban ngay", "ban dem", "ban bo", "to chuc", "to quoc", "to tien",
    "hoi nghi", "hoi thao", "hoi thi", "hoi dien", "hoi cho", "hoi trai", "hoi giang", "hoi nhap",
    "hoi y", "hoi hop", "hoi dam", "hoi tu", "hoi sach", "hoi lang", "hoi xuan", "hoi bao",
    "hoi khoe",  # the schools' sports festival, "Hội khỏe Phù Đổng"
    "doan ket", "bao cao", "bao chi", "bao dam", "phong chong", "phong ngua", "phong trao",
    "phong tranh", "phong hop", "phong lam viec", "truong hop", "doi ngu", "doi moi", "dai hoi",
    "so ket", "bo sung", "bo tri", "bo luat", "chu tich ho chi minh", "van phong pham",
    "truong thanh", "luc luong lao dong", "khoa hoc",
    # a crop season or a case, not a ministry's Vụ: "Vụ Đông Xuân", "Vụ Hè Thu", "Vụ việc"
    "vu dong", "vu xuan", "vu he", "vu thu", "vu mua", "vu chiem", "vu lua", "vu viec", "vu an",
    # unity, not the commune's or ward's Youth Union: "Xã đoàn kết, thống nhất …"
    "xa doan ket", "phuong doan ket",
    # the verb, not a unit's number after its level word: "Trung tâm Y tế huyện số hóa hồ sơ …"
    "so hoa",
)
# Predicates: a unit phrase ends before them. Compared like all words (case-insensitive).
PREDICATES: tuple[str, ...] = (
    "chủ trì", "phối hợp", "phối", "chịu trách nhiệm", "có trách nhiệm", "có nhiệm vụ", "là", "làm",
    "căn cứ", "chủ động", "tham mưu", "theo dõi", "đôn đốc", "bố trí", "cân đối", "tăng cường",
    "đảm bảo", "bảo đảm", "đẩy mạnh", "nâng cao", "tập trung", "tích cực", "thường xuyên",
    "kịp thời", "định kỳ", "hằng năm", "hàng năm", "tiếp tục", "khẩn trương", "nghiêm túc", "giao",
    "đề nghị", "yêu cầu", "đề xuất", "phát động", "ban hành", "báo cáo", "thẩm định", "rà soát",
    "nghiên cứu", "quan tâm", "phụ trách", "giúp", "cử", "lựa chọn", "bình xét", "hoàn thành",
    "gửi", "nắm", "duy trì", "phát huy", "tiếp nhận", "hỗ trợ", "lập", "trình", "phê duyệt",
    "đăng ký", "cung cấp", "trên cơ sở", "theo", "tùy", "tuỳ", "trong phạm vi", "được", "cần",
    "phải", "sẽ", "đã", "đang", "tiến hành", "sử dụng", "bổ sung", "cập nhật", "xem xét",
    "đưa tin", "phản ánh", "chuẩn bị", "nhằm", "để", "căn cứ vào", "dựa trên", "trực tiếp",
    "chỉ đạo", "hướng dẫn", "lãnh đạo", "kiểm soát", "thông báo", "niêm yết", "tiếp tục", "đưa",
    "phân công",
    "gương mẫu",   # members setting the example: "Các đảng viên trong Chi bộ gương mẫu thực hiện …"
    # setting up or overhauling a body, which the sentence then names: "UBND các xã kiện toàn Ban
    # Chỉ đạo cấp xã", "Công an huyện thành lập Tổ công tác", "củng cố Tổ an ninh"
    "kiện toàn", "thành lập", "củng cố",
    # the Party's first step on a resolution or plan: "Các chi bộ trực thuộc quán triệt, triển khai …"
    "quán triệt",
    # taking a duty on: "…, do các thôn đảm nhiệm", "Tổ công tác đảm nhận việc …"
    "đảm nhiệm", "đảm nhận",
    # standing ready: "Khoa Truyền nhiễm sẵn sàng giường bệnh …", "Lực lượng xung kích sẵn sàng ứng cứu …"
    "sẵn sàng",
    # "soon" before the verb it hurries: "BCĐ các ngày lễ lớn sớm thành lập các tiểu ban"; not "sớm" alone,
    # a word of a name ("Trung tâm Can thiệp sớm")
    "sớm thành lập", "sớm hoàn thành", "sớm triển khai", "sớm ban hành", "sớm tổng hợp", "sớm báo cáo",
    "sớm xây dựng", "sớm kiện toàn",
    # giving a ceremony's part (ACTION_VERBS): after a body named for its purpose too, whose name they
    # never continue ("Ban Tổ chức phát biểu khai mạc", "Ban Chỉ đạo phát biểu chỉ đạo hội nghị")
    "phát biểu", "đọc thư", "đọc diễn văn", "đánh trống",
)
# The reflexive "tự" before a verb ("Các trường tự kiểm tra, đánh giá …", "UBND các xã tự rà soát"):
# the predicate of units a determiner named ("các"). Not after a head of a name, where "tự" may close a
# word of it ("Đội Cảnh sát giao thông - Trật tự tổ chức …").
REFLEXIVE_PREDICATES: tuple[str, ...] = ("tự kiểm tra", "tự đánh giá", "tự rà soát", "tự chịu trách nhiệm",
                                         "tự tổ chức", "tự xây dựng")
# Predicates that open another adverbial phrase ("…, tùy điều kiện cụ thể các cơ quan …") rather
# than the main clause's verb.
ADVERBIAL_OPENERS: tuple[str, ...] = ("tùy", "tuỳ", "theo", "trên cơ sở", "căn cứ", "căn cứ vào",
                                      "dựa trên", "trong phạm vi", "để", "nhằm")
# Weaker predicates: they do not end the name of a PURPOSE_HEADS unit.
WEAK_PREDICATES: tuple[str, ...] = (
    "tổ chức", "xây dựng", "triển khai", "thực hiện", "kiểm tra", "giám sát", "tuyên truyền",
    "quản lý", "vận động", "tổng hợp", "đánh giá", "phổ biến",
    # the police's verbs: "phối hợp với Đội Cảnh sát giao thông - Trật tự đấu tranh, xử lý …"
    "đấu tranh", "tuần tra", "truy quét", "ngăn chặn",
    # taking part: "các đoàn thể huyện tham gia giám sát"
    "tham gia",
    # finishing papers: "Bộ phận văn phòng hoàn thiện hồ sơ …"
    "hoàn thiện",
)
# Verbs that end a name as the weak predicates do, though only in lower case: capitalised, they
# may be a word of the name ("Trường Đại học Mở", "Đội Thanh tra"). The newsroom's, the police's
# and the trainer's verbs: "Báo Hà Giang mở chuyên mục", "Sở Tư pháp biên soạn tài liệu".
LOWER_PREDICATES: tuple[str, ...] = (
    "mở", "đăng", "đăng tải", "phát sóng", "phát hành", "phát hiện", "viết", "biên soạn",
    "dàn dựng", "lồng ghép", "xử lý", "thanh tra", "ra quân", "triệt phá", "bắt giữ", "họp",
    "tập huấn", "huấn luyện", "giải ngân", "chi trả",
    # taking back what was put up or handed out: "các doanh nghiệp viễn thông trên địa bàn thu hồi cáp treo …"
    "thu hồi",
    # "… và các đoàn thể xã giới thiệu điển hình tiêu biểu" (capitalised: "Trung tâm Giới thiệu việc làm")
    "giới thiệu",
    # running a plant: "Hợp tác xã vận hành trạm bơm Đồng Lạc tiêu úng …" ("Ban Quản lý vận hành" keeps it)
    "vận hành",
    # making public: "Ban quản lý các hợp tác xã công khai tài chính", "UBND xã công khai danh sách"
    "công khai",
    # repairing after a disaster: "phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị khắc phục sự cố"
    # (a purpose-named "Ban Chỉ đạo … và khắc phục hậu quả thiên tai" keeps it, as weak predicates)
    "khắc phục",
    # informing, the noun's verb use, told by what follows it: "Trưởng ban nhân dân các ấp thông tin
    # kịp thời …", "Đài Truyền thanh thông tin đến nhân dân …" ("Sở Thông tin và Truyền thông",
    # "cổng thông tin điện tử" keep the noun)
    "thông tin kịp thời", "thông tin đến", "thông tin cho",
    # counting, the verb told by what is counted: "Trưởng các thôn thống kê thiệt hại …", "UBND các xã
    # thống kê số hộ …" ("Chi cục Thống kê huyện", "Công chức Văn phòng - thống kê xã" keep the noun)
    "thống kê thiệt hại", "thống kê số", "thống kê danh sách", "thống kê diện tích", "thống kê tổng đàn",
    "thống kê các", "thống kê đầy đủ", "thống kê nhu cầu", "thống kê tình hình", "thống kê ,",
)
# The verbs a plan's tasks open with ("Nâng cấp hạ tầng …", "Số hóa hồ sơ …", "Lắp đặt camera …"), drawn
# from the first words of the tasks of the composed plans and the samples: a unit that does the task
# ends before them, in lower case, as before LOWER_PREDICATES ("Văn phòng HĐND - UBND nâng cấp …",
# "Các doanh nghiệp viễn thông phủ sóng …"). Left out: verbs that also close a unit's own name in lower
# case ("Cơ quan Cảnh sát điều tra", "Trung tâm Xúc tiến đầu tư", "Hội đồng thi đua khen thưởng",
# "Tổ hợp tác trồng lúa", "Bộ phận tiếp nhận và trả kết quả giải quyết TTHC", "Trung tâm Ứng dụng và
# chuyển giao công nghệ"), and "cấp", "trực" alone ("Công an cấp xã", "trực thuộc").
ACTION_VERBS: tuple[str, ...] = (
    # building and maintaining
    "nâng cấp", "lắp đặt", "sửa chữa", "cải tạo", "tu sửa", "tu bổ", "bảo trì", "bảo dưỡng", "nạo vét",
    "chỉnh trang", "trang bị", "trang trí", "mua sắm", "bàn giao", "tháo dỡ", "thay thế",
    "phủ sóng", "kéo cáp", "ngầm hóa", "ngầm hoá", "cứng hóa", "cứng hoá", "bê tông hóa", "bê tông hoá",
    # records and data
    "số hóa", "số hoá", "chuẩn hóa", "chuẩn hoá", "làm sạch", "kết nối", "tích hợp", "chia sẻ", "đồng bộ",
    "thu thập", "nhập liệu", "đối chiếu", "kiểm kê", "kiểm đếm", "xác minh", "lưu trữ", "công bố",
    "rà soát lại", "ứng dụng", "vận chuyển", "cấp phát", "cấp giấy", "cấp thẻ", "cấp đổi", "cấp mới",
    # the field: cleaning, health, the land
    "thu gom", "dọn dẹp", "phát quang", "tổng vệ sinh", "phun", "tiêm phòng", "tiêm chủng", "tiêm vắc xin",
    "lấy mẫu", "xét nghiệm", "khám sàng lọc", "khám sức khỏe", "tầm soát", "khoanh vùng", "tiêu hủy",
    "tiêu huỷ", "diễn tập", "trực ban", "trực gác", "thả cá", "treo",
    # being on duty, told by what follows "trực": "dân quân trực sẵn sàng …", "cộng tác viên trực cấp cứu …"
    "trực cấp cứu", "trực sẵn sàng", "trực chiến", "trực 24/24", "trực đêm", "trực Tết",
    # people and events
    "huy động", "hưởng ứng", "tham dự", "thăm hỏi", "thăm", "tặng quà", "trao", "tuyên dương", "biểu dương",
    "chấm điểm", "bình chọn", "xét chọn", "ký kết", "ký cam kết", "đối thoại", "tiếp xúc", "sơ kết",
    "tổng kết", "nhân rộng", "thí điểm", "ôn tập", "sưu tầm", "biểu diễn", "đón tiếp", "khảo sát",
    "thi công", "nghiệm thu", "in ấn",
    # a ceremony's programme, each part said with who gives it: "Hiệu trưởng phát biểu chúc mừng",
    # "Ban giám hiệu đọc thư chúc mừng của Bộ", "Chủ tịch UBND xã đánh trống khai giảng"
    "phát biểu", "đọc thư", "đọc diễn văn", "đánh trống", "dâng hương",
    # personnel work and the review of papers before a decision: "Phòng Nội vụ thẩm tra hồ sơ …", "Sở Giáo
    # dục và Đào tạo điều động giáo viên …" (a board named for it keeps the verb in its name slot: "Tổ
    # thẩm tra", "Hội đồng thẩm tra hồ sơ xã")
    "thẩm tra", "bổ nhiệm", "miễn nhiệm", "điều động", "luân chuyển", "kết nạp",
)
LOWER_PREDICATES = LOWER_PREDICATES + ACTION_VERBS
# The verbs of work an ACTIVITY_HEADS team is named for: the task verbs and the field verbs of
# inspection and outreach; not the general ones ("xây dựng", "tổ chức", "thực hiện"), after which the
# word is an organisation acting ("Tổng phụ trách Đội | xây dựng kế hoạch …").
ACTIVITY_VERBS: tuple[str, ...] = ACTION_VERBS + (
    "kiểm tra", "giám sát", "tuần tra", "truy quét", "vận động", "tuyên truyền", "xử lý", "thanh tra")
# Verbs that may open a name in lower case right after an open head: "Hội đồng thẩm định giá".
NAME_VERBS: tuple[str, ...] = ("thẩm định", "tiếp nhận", "kiểm soát", "hỗ trợ", "đăng ký", "chỉ đạo",
                               "hướng dẫn", "điều phối", "xét duyệt", "bảo đảm", "đảm bảo")
_TEAM_VERBS = NAME_VERBS + ACTIVITY_VERBS   # (one tuple: _match_any finds its lexicon by identity)
# Names and terms that hold a predicate word: "Giáo dục thường xuyên", "An toàn giao thông",
# the Party's "các ban, cơ quan tham mưu, giúp việc Tỉnh ủy".
NAME_TERMS: tuple[str, ...] = (
    "giáo dục thường xuyên", "giao thông", "giao dịch", "làm việc", "việc làm", "trật tự xây dựng",
    "đầu tư xây dựng", "quản lý đô thị", "quản lý thị trường", "quản lý dự án", "phát triển quỹ đất",
    # a forest owner's stations and teams, named for the work as a kind ("các trạm quản lý bảo vệ
    # rừng"); after a name the words are its verb ("Hạt Kiểm lâm quản lý bảo vệ rừng …")
    "trạm quản lý bảo vệ rừng", "tổ quản lý bảo vệ rừng", "đội quản lý bảo vệ rừng",
    "hỗ trợ nông dân", "trợ giúp pháp lý", "tham mưu, giúp việc", "tham mưu giúp việc",
    # police and army branches: "Đội Cảnh sát quản lý hành chính về trật tự xã hội", "Đội Hậu cần",
    # "Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"
    "cảnh sát quản lý", "hậu cần", "hỗ trợ tư pháp",
    # the militia's and police's standing force ("Lực lượng sẵn sàng chiến đấu"); "sẵn sàng" is
    # otherwise the verb: "Khoa Truyền nhiễm sẵn sàng giường bệnh …", "Đội PCCC sẵn sàng ứng cứu …"
    "sẵn sàng chiến đấu",
    # a person named by the field in their charge: "Công chức phụ trách lĩnh vực môi trường"
    "công chức phụ trách", "cán bộ phụ trách", "viên chức phụ trách",
    # words that open with a level word or close a proper name, printed in lower case: "Ngân hàng
    # Chính sách xã hội huyện", "Hội Cựu Thanh niên xung phong", "Nhà Thanh Thiếu niên"
    "xã hội", "xã viên", "thanh niên", "thiếu niên", "nhi đồng",
    # a special economic zone, a common noun that opens with the level word "đặc khu"
    "đặc khu kinh tế",
    # a hospital's departments: "Phòng Kế hoạch tổng hợp", "Khoa Hồi sức tích cực - Chống độc", "Khoa Nội tổng
    # hợp", "Khoa Ngoại tổng hợp" (the department's word with them: "Ban Đối ngoại tổng hợp tình hình" is the verb)
    "phòng kế hoạch tổng hợp", "hồi sức tích cực", "khoa nội tổng hợp", "khoa ngoại tổng hợp",
    # the public service centre every commune and ward has had since July 2025: "Trung tâm Dịch vụ
    # tổng hợp xã hướng dẫn …"
    "dịch vụ tổng hợp",
    # works and programmes, whose last word is the verb "trình" (submit): "Phòng Quản lý nước và công
    # trình", "Ban Quản lý công trình công cộng", "Ban Điều phối chương trình"
    "công trình", "chương trình",
    # a compound verb whose second syllable is the predicate "giao" (hand over): "Trung tâm Ứng dụng
    # và chuyển giao công nghệ", "Tổ giám sát chuyển giao công nghệ"
    "chuyển giao",
)
# Verbs that, after "được", say which of the units a determiner named are meant ("UBND các xã
# được giám sát", "các đơn vị được kiểm tra"): a qualifier of the name, not its predicate.
QUALIFIER_VERBS: tuple[str, ...] = ("giám sát", "kiểm tra", "khảo sát", "thanh tra", "lựa chọn", "chọn")
# Verbs by which "được" names the units a task was handed to ("Các cơ quan, đơn vị được phân công
# theo dõi, giúp đỡ xã", "các sở, ngành được giao chủ trì …"): a relative clause of the name, whose
# own verbs are not the sentence's predicate.
ASSIGNED_VERBS: tuple[str, ...] = ("phân công", "giao", "cử", "phân cấp", "ủy quyền", "chỉ định")
# Common nouns that, like a determiner's, name units by the clause after them ("Thành viên Ban Chỉ
# đạo được phân công phụ trách địa bàn …", "Cơ quan được giao chủ trì …").
CLAUSE_NAMED_HEADS: tuple[str, ...] = ("thành viên", "ủy viên", "cơ quan", "cán bộ", "công chức")
# Predicates that open the main clause after such a relative clause ("… được giao nhiệm vụ tại Phụ
# lục có trách nhiệm …"): without one, "được giao …" is the sentence's own passive predicate
# ("Các xã được giao chỉ tiêu giảm nghèo."), unless the text is a heading that only names units.
MAIN_PREDICATES: tuple[str, ...] = (
    "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "chủ động", "khẩn trương", "căn cứ",
    "nghiêm túc", "tiếp tục", "phải", "cần")
# Lower-case words that may still follow a unit's place name: "Công an xã Hố Nai 3 huyện Trảng Bom",
# "HĐND huyện Đức Trọng khóa XII", "Trường Mầm non xã Ea Kao số 2".
AFTER_PLACE_WORDS: tuple[str, ...] = LOCALITY_WORDS + DETERMINERS + ("khóa", "nhiệm kỳ", "số", "chi nhánh")
# Lower-case words that say which unit of a level is meant: "Công an xã chính quy", "UBND xã sở tại".
AFTER_LEVEL_WORDS: tuple[str, ...] = AFTER_PLACE_WORDS + (
    "chính quy", "bán chuyên trách", "sở tại", "liên quan", "có liên quan", "biên giới", "ven biển", "điểm")
# "tổ chức" is a noun, not the verb, before these: "các tổ chức chính trị - xã hội".
ORGANIZATION_NOUN_NEXT: tuple[str, ...] = ("chính trị", "đoàn thể", "xã hội", "thành viên", "đơn vị",
                                           "hội", "cơ sở", "đảng", "công đoàn", "tôn giáo")
# Words by which a body hands a task on: "Giao Phòng Nội vụ …", "Đảng ủy giao Ban Xây dựng Đảng …".
GIVING_WORDS: tuple[str, ...] = ("giao nhiệm vụ cho", "giao trách nhiệm cho", "giao trách nhiệm", "giao cho", "giao")
# Openings that address the units named next: "Giao Phòng Nội vụ …", "Đề nghị Ủy ban MTTQ …".
ADDRESS_WORDS: tuple[str, ...] = GIVING_WORDS + (
    "kính đề nghị", "đề nghị", "yêu cầu", "riêng đối với",
    "đối với", "riêng", "trách nhiệm của", "nhiệm vụ của", "phân công",
)
# Openings of an introductory clause; the subject comes after it ("Căn cứ …, các cơ quan …").
CLAUSE_WORDS: tuple[str, ...] = (
    "căn cứ", "trên cơ sở", "dựa trên", "dựa vào", "thực hiện", "theo", "tùy theo", "tùy", "tuỳ",
    "để", "nhằm", "trong quá trình", "sau khi", "hằng năm", "hàng năm", "định kỳ", "khi",
    "trong thời gian",
)
# Words after which a unit is an object, not the subject: "… của Ủy ban nhân dân huyện, …".
OBJECT_WORDS: tuple[str, ...] = (
    "của", "với", "cho", "tại", "đến", "từ", "về", "qua", "theo", "bởi", "do", "giữa", "trên",
    "dưới", "thuộc", "trong", "gửi", "tới", "và", "hoặc", "số",
)
# Role labels and markers inside a unit cell.
LABEL = re.compile(  # matched on fold()ed text: "Đơn vị chủ trì:", "Phối hợp thực hiện:"
    r"(?:(?:don vi|co quan|bo phan|dv)\s+)?(?P<role>chu tri|phoi hop|thuc hien|phu trach|tham muu)"
    r"(?:\s+thuc hien)?\s*:")
LABEL_NOUNS = ("don vi", "co quan", "bo phan", "dv")  # a label's noun alone is no unit
LABEL_BARE = re.compile(  # the same label printed without its colon: "Đơn vị chủ trì Phòng Y tế"
    r"(?:don vi|co quan|bo phan)\s+(?P<role>chu tri|phoi hop|thuc hien)(?:\s+thuc hien)?\s+")
LABEL_SPLIT = re.compile(r"(?:^|(?<=[\s;,.\-+•(]))" + LABEL.pattern)
# (a "Ban Tham mưu" / "Phòng Tham mưu" is the staff office of a military command or a police force;
# a "Hội đồng phối hợp" is a council's name, "Hội đồng phối hợp phổ biến, giáo dục pháp luật"
# cut short in a cell: "Các thành viên Hội đồng phối hợp" names no role)
ROLE_SUFFIX = re.compile(  # "… phối hợp.", "… (phối hợp)", "… chủ trì thực hiện", "… tổ chức thực hiện"
    r"(?<![^\s,(\-–])(?<!hoi dong )\(?(?:(?:(?<!ban )to chuc|trien khai)\s+(?=thuc hien))?"
    r"(?P<role>chu tri|phoi hop|thuc hien|(?<!ban )(?<!phong )tham muu)"
    r"(?:\s+cung)?(?:\s+thuc hien)?\s*\)?[\s.;,:]*$")   # ("… phối hợp cùng thực hiện": together)
ROLE_PREFIX = re.compile(r"^\s*(?P<role>phoi hop|chu tri)(?:\s+thuc hien)?"
                         r"(?:\s+(?:cung\s+voi|voi|cung(?!\s+thuc hien))\b|\s*[:\-–])\s*")
# "Phối hợp" right before the units, as an item of a cell prints it: "Phối hợp Công an xã", "phối
# hợp các cơ quan, đơn vị liên quan", "phối hợp các đơn vị: Công an xã, Trạm Y tế xã".
ROLE_PREFIX_BARE = re.compile(r"^\s*phoi hop\s+")
ROLE_WORD = re.compile(r"(?<![\w(])(?:chu tri|phoi hop)\b")
# A role word printed where a unit's name should stand ("Phối hợp thực hiện", "(Chủ trì)", "Cùng phối hợp"):
# a role with no unit to hold it, not a unit (folded, its punctuation stripped: _role_alone).
ROLE_ALONE = re.compile(r"(?:cung\s+)?(?:phoi hop|chu tri)(?:\s+(?:cung\s+)?thuc hien)?")
ROLE_ALONE_CHARS = 32   # (longer text holds more than the role word: not tried)
# What LABEL_SPLIT, ROLE_SUFFIX and ROLE_WORD cannot match without (they are tried at every position).
ROLE_GATE = re.compile(r"chu tri|phoi hop|thuc hien|tham muu|phu trach")
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # below " ", except the line break
INLINE_SUPPORT = re.compile(  # after "X": "chủ trì, phối hợp với Y" / "phối hợp với Y"
    r"(?:chu tri(?:\s+thuc hien)?\s*[,;]?\s*(?:va\s+)?)?phoi hop(?:\s+thuc hien)?"
    r"(?P<with>\s+(?:cung\s+voi|voi|cung)\b)?\s*[:,]?\s*")
AFTER_LEAD = re.compile(r"(?:chu tri)(?:\s+(?:thuc hien|trien khai|tham muu))?[\s,;:]*")
BULLET = re.compile(r"^\s*(?:[-+•–—*·●▪]\s*)+")
INLINE_BULLET = re.compile(r"(?:^|\s)[-+•–—]\s+(?=\S)")
HTML_BREAK = re.compile(r"<br\s*/?>|</?li\b[^<>]*>|</p>", re.I)
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,400}>")
MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|^\s{0,3}#{1,6}\s*", re.M)
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")  # SPACES but " "
ITEM_MARKER = re.compile(r"^\s*(?:[IVXLC]{1,6}\.|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\(?[a-zđ]\)|\(\d{1,3}\))\s+")
TOKEN = re.compile(r"[^\W_]+(?:[&/'’][^\W_]+)*|\S")
TRAILING_PUNCT = " \t\n;.,:-–—+•"

# Public: every head word or phrase, as printed ("Các cơ quan" for the nouns after a determiner).
UNIT_HEADS: tuple[str, ...] = (STRONG_HEADS + PURPOSE_HEADS + tuple(CAPITAL_HEADS) + (SUBJECT_TEACHER,)
                               + ABBREVIATION_HEADS + SHORT_ABBREVIATION_HEADS
                               + tuple("Các " + n for n in DETERMINED_NOUNS))

_CAPITAL_HEAD_WORDS = tuple(CAPITAL_HEADS)
_AFTER_DETERMINER = DETERMINED_NOUNS + STRONG_HEADS + PURPOSE_HEADS + _CAPITAL_HEAD_WORDS
MAX_UNIT_WORDS = 24  # a "unit" longer than this, outside parentheses, is a sentence misread
# Phrases that qualify a unit already named: where, for whom or over what it acts ("Tổ công tác liên ngành
# tương ứng với từng địa bàn kiểm tra", "Các cơ quan, đơn vị thuộc phạm vi quản lý của Sở", "Các đơn vị
# có liên quan đến công tác bầu cử"); the name ends before them. Not "thuộc" alone, which names the
# body a unit belongs to ("Các phòng, đơn vị thuộc Sở"), nor "về", which may open a board's field ("Ban
# Chỉ đạo liên ngành về an toàn thực phẩm huyện").
NAME_QUALIFIERS: tuple[str, ...] = ("tương ứng", "thuộc phạm vi", "trong phạm vi", "theo từng", "tại từng",
                                    "ở từng", "trên từng")
# "(có) liên quan" closing a name stays in it ("Các cơ quan, đơn vị có liên quan"); what it relates to,
# after "đến", "tới" or "với", is no part of the name (folded).
_RELATED = ("lien", "quan")
_RELATED_TO = frozenset(("den", "toi", "voi"))


# ---------------------------------------------------------------- words
_FOLD_MAP = CharMap(fold_char)


@memo(4096)  # (a plan's lines, asked again within it; at 16384 it held ~1.8 MB more of other plans' lines to
# save ~0.05 misses a plan over 2,000 bench plans)
def _fold(text: str) -> str:
    """Same-length fold: offsets into it are offsets into `text`."""
    return text.translate(_FOLD_MAP)


# _word_fold and _key are asked once for each new token (_tok keeps a token's by its text) and for
# each new phrase (_phrase is memoized): no memo of their own, which would only hold a second copy
# of what the tokens hold (over 2,000 bench plans they were asked ~0.5 times a plan, 4 and 16 % of
# it again), and a word's fold is not put in _fold's memo, which is for lines.
def _word_fold(word: str) -> str:
    return word.translate(_FOLD_MAP)


def _key(word: str) -> str:
    """Letters plus the set of marks: insensitive to case and tone placement (Uỷ = Ủy, hoà = hòa)."""
    low = unicodedata.normalize("NFD", word.lower())
    marks = sorted(filter(unicodedata.combining, low))   # (asked for every new word: no Python step a character)
    return _word_fold(word) + "|" + "".join(marks) + "đ" * word.lower().count("đ")


class _Tok:
    """One token, shared by every occurrence of its text (tokens are read by the thousand, and
    what they carry depends on their text alone), so never changed once made; where a token
    stands is kept by its _Toks."""

    __slots__ = ("text", "key", "fold", "word", "ascii", "cap", "abbr", "stripped", "alpha", "cls")

    def __init__(self, text: str, stripped: bool = False) -> None:
        word = text[0].isalnum()
        letters = list(filter(str.isalpha, text))   # (a token is made for every new word: C-level loops)
        self.text = text
        self.key = _key(text)
        self.fold = _word_fold(text)
        self.word = word          # letters or digits, not punctuation
        self.ascii = text.isascii()
        self.cap = word and (text[0].isupper() or text[0].isdigit())  # a capital or a digit first
        self.abbr = len(letters) >= 2 and all(map(str.isupper, letters))  # UBND, TĐKT
        self.stripped = stripped  # in a run of words without diacritics (OCR / ASCII text)
        self.alpha = bool(letters)
        # for _tokens: "n" no word, "a" a plain-ASCII word with a letter, "d" another plain-ASCII
        # word (a number), "v" a word with other characters
        self.cls = "n" if not word else ("a" if letters else "d") if self.ascii else "v"

    def __repr__(self) -> str:
        return (f"_Tok({self.text!r}, key={self.key!r}, fold={self.fold!r}, word={self.word}, "
                f"ascii={self.ascii}, cap={self.cap}, abbr={self.abbr}, stripped={self.stripped})")


_TOK: dict[str, _Tok] = {}           # text -> its token
_TOK_STRIPPED: dict[str, _Tok] = {}  # text -> its token in a run stripped of diacritics


def _tok(text: str) -> _Tok:
    if len(_TOK) > 100_000:
        _TOK.clear()
        _TOK_STRIPPED.clear()
    tok = _TOK[text] = _Tok(text)
    return tok


class _Toks(list):
    """The tokens of a text, with their offsets in it found when first asked (only _slice does,
    for tokens near the start: they are found that far)."""

    __slots__ = ("text", "_spans", "_more_spans", "heads")  # heads: _head_at's answers, by (index, lower_ok)

    def span(self, i: int) -> tuple[int, int]:
        if self._spans is None:
            self._spans = []
            self._more_spans = _token_spans(self.text)
        while len(self._spans) <= i:
            self._spans.extend(next(self._more_spans))
        return self._spans[i]


def _token_spans(text: str) -> Iterator[list[tuple[int, int]]]:
    """[m.span() for m in TOKEN.finditer(text)], chunk by chunk as _token_strings reads them."""
    end = 0
    for chunk in text.split():
        start = text.find(chunk, end)  # (only white space stands between two chunks)
        end = start + len(chunk)
        if chunk.isalnum():
            yield [(start, end)]
        else:
            yield [(start + m.start(), start + m.end()) for m in TOKEN.finditer(chunk)]


def _tokens(text: str, strings: list[str] | None = None) -> _Toks:
    """The tokens of text (or of its first token strings, when given)."""
    get = _TOK.get
    out = _Toks([get(t) or _tok(t) for t in (_token_strings(text) if strings is None else strings)])
    out.text = text
    out._spans = None
    out.heads = {}
    # a word counts as stripped of diacritics when it and its neighbouring words are plain ASCII:
    # looked for among the plain-ASCII words with a letter only (classes as one string, see _Tok)
    cls = "".join(map(_CLS, out))
    n = len(cls)
    i = cls.find("a")
    while i != -1:
        j = i - 1
        while j >= 0 and cls[j] == "n":
            j -= 1
        k = i + 1
        while k < n and cls[k] == "n":
            k += 1
        if (j < 0 or cls[j] != "v") and (k >= n or cls[k] != "v"):
            t = out[i].text
            out[i] = _TOK_STRIPPED.get(t) or _TOK_STRIPPED.setdefault(t, _Tok(t, stripped=True))
        i = cls.find("a", i + 1)
    return out


_CLS = attrgetter("cls")


def _token_strings(text: str, limit: int | None = None) -> list[str]:
    """TOKEN.findall(text) (its first `limit` tokens). No token spans white space, so the text's
    space-separated chunks are tokenized one by one, and a chunk of letters and digits only is
    one token: the regex engine, which tests each character's class the slow way, only sees
    the chunks holding punctuation."""
    if limit is None:
        # (the whole text, asked most: the loop below without its limit test, methods bound once)
        out: list[str] = []
        add, more, findall = out.append, out.extend, TOKEN.findall
        for chunk in text.split():
            if chunk.isalnum():
                add(chunk)
            else:
                more(findall(chunk))
        return out
    out = []
    # (each chunk holds a token at least: `limit` chunks are enough)
    for chunk in text.split(None, limit)[:limit]:
        if chunk.isalnum():  # (what [^\W_] matches, all through)
            out.append(chunk)
        else:
            out.extend(TOKEN.findall(chunk))
        if limit is not None and len(out) >= limit:
            return out[:limit]
    return out


@dataclass(frozen=True)
class _Word:
    text: str
    key: str
    fold: str
    abbr: bool


@memo(4096)
def _phrase(text: str) -> tuple[_Word, ...]:
    return tuple(_Word(t, _key(t), _word_fold(t), len(t) >= 2 and t.isupper())
                 for t in TOKEN.findall(text))


def _word_eq(tok: _Tok, w: _Word) -> bool:
    if w.abbr:
        return tok.text == w.text or (tok.stripped and tok.abbr and tok.fold == w.fold)
    return tok.key == w.key or (tok.stripped and tok.fold == w.fold)


def _match(toks: list[_Tok], i: int, phrase: str) -> int | None:
    """End index when the words of `phrase` stand at toks[i:], else None."""
    words = _phrase(phrase)
    if i + len(words) > len(toks):
        return None
    for k, w in enumerate(words):
        if not _word_eq(toks[i + k], w):
            return None
    return i + len(words)


class _Lexicon:
    """Phrases indexed by their first word, for matching at a token."""

    def __init__(self, phrases: tuple[str, ...]):
        self.by_key: dict[str, list[str]] = {}
        self.by_fold: dict[str, list[str]] = {}
        for p in phrases:
            words = _phrase(p)
            if words:
                self.by_key.setdefault(words[0].key, []).append(p)
                self.by_fold.setdefault(words[0].fold, []).append(p)

    def longest(self, toks: list[_Tok], i: int) -> tuple[int, str] | None:
        """(end, phrase) of the longest phrase standing at toks[i:]."""
        if i >= len(toks):
            return None
        t = toks[i]
        cands = self.by_key.get(t.key, [])
        if t.stripped or t.abbr:
            cands = cands + self.by_fold.get(t.fold, [])
        best = None
        for p in cands:
            e = _match(toks, i, p)
            if e is not None and (best is None or e > best[0]):
                best = (e, p)
        return best


@lru_cache(maxsize=256)
def _lexicon(phrases: tuple[str, ...]) -> _Lexicon:
    return _Lexicon(phrases)


_LEXICON_BY_ID: dict[int, tuple[tuple[str, ...], _Lexicon]] = {}


def _lexicon_of(phrases: tuple[str, ...]) -> _Lexicon:
    """_lexicon(phrases) without hashing the whole tuple on every call: the word lists are
    module constants, found by identity (the entry keeps the tuple alive, so its id stays its own)."""
    hit = _LEXICON_BY_ID.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    lex = _lexicon(phrases)
    if len(_LEXICON_BY_ID) > 1024:
        _LEXICON_BY_ID.clear()
    _LEXICON_BY_ID[id(phrases)] = (phrases, lex)
    return lex


def _match_any(toks: list[_Tok], i: int, phrases: tuple[str, ...]) -> int | None:
    """End index of the longest of `phrases` standing at toks[i:], else None.
    (_Lexicon.longest, inlined: it is asked dozens of times per token, mostly for nothing.)"""
    hit = _LEXICON_BY_ID.get(id(phrases))
    lex = hit[1] if hit is not None and hit[0] is phrases else _lexicon_of(phrases)
    if i >= len(toks):
        return None
    t = toks[i]
    cands = lex.by_key.get(t.key)
    if t.stripped or t.abbr:
        more = lex.by_fold.get(t.fold)
        if more:
            cands = (cands or []) + more
    if not cands:
        return None
    best = None
    for p in cands:
        e = _match(toks, i, p)
        if e is not None and (best is None or e > best):
            best = e
    return best


def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance of at most one."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _ocr_shapes(text: str) -> str:
    """Letters OCR confuses, unified: "rn" read for "m", "0" for "o"."""
    return text.replace("rn", "m").replace("0", "o")


@lru_cache(maxsize=1)
def _fuzzy_targets() -> tuple[tuple[int, str], ...]:
    """(word count, folded form) of the heads of two or more words that OCR may damage."""
    out = []
    for head in STRONG_HEADS + PURPOSE_HEADS:
        words = _phrase(head)
        target = " ".join(w.fold for w in words)
        if len(words) >= 2 and len(target) >= 7:
            out.append((len(words), _ocr_shapes(target)))
    return tuple(out)


def preload() -> None:
    """Build now the fuzzy-match targets (the unit names an OCR slip is compared with), which are
    otherwise built on the first damaged name: a batch's fork server calls this once."""
    _fuzzy_targets()


def _fuzzy_head(toks: list[_Tok], i: int) -> int | None:
    """A two-word head one OCR error off, in text stripped of diacritics ("Trung tarn")."""
    if not toks[i].stripped:
        return None
    for n, target in _fuzzy_targets():
        seg = toks[i:i + n]
        if len(seg) == n and all(t.word and t.stripped for t in seg) and \
                _edit1(_ocr_shapes(" ".join(t.fold for t in seg)), target):
            return i + n
    return None


# ---------------------------------------------------------------- heads
@dataclass(frozen=True)
class _Head:
    start: int
    end: int          # token index after the head
    purpose: bool     # a PURPOSE_HEADS unit: weak predicates do not end it
    determined: bool  # opened by các/những/mỗi/từng
    open: bool = True  # the next word names the unit ("Sở Xây dựng"), not so after "UBND"


def _folded_opening(toks: list[_Tok], i: int, n: int = 4) -> str:
    return " ".join(t.fold for t in toks[i:i + n] if t.word)


def _is_not_unit(toks: list[_Tok], i: int) -> bool:
    return _blocked_opening(_folded_opening(toks, i))


@memo(8192)  # (over 5,000 bench plans no more misses than at 65,536, which a real corpus's new
# openings, ~0.5 a plan, would fill to ~4 MB)
def _blocked_opening(opening: str) -> bool:
    """Does the opening read one of NOT_UNITS, whole or followed by more words? (The opening's
    words hold no spaces, so that is one of its first words, joined, being in NOT_UNITS.)"""
    words = opening.split(" ")
    return any(" ".join(words[:k]) in _NOT_UNITS for k in range(1, len(words) + 1))


_NOT_UNITS = frozenset(NOT_UNITS)


def _capital_ok(toks: list[_Tok], e: int, continuations: tuple[str, ...]) -> bool:
    """Does a capital head at toks[:e] go on with a name?"""
    if e >= len(toks):
        return False
    t = toks[e]
    if t.word and (t.cap or t.abbr):
        return True
    # a locality word, but not one opening a verb or noun: "Hội xã", not "Hội tổ chức hội thi"
    return _match_any(toks, e, continuations) is not None or _goes_on_after(toks, e, LOCALITY_WORDS)


def _head_at(toks: list[_Tok], i: int, *, lower_ok: bool = False) -> _Head | None:
    """The unit head that starts at toks[i], if one does (asked again and again while reading:
    the answers are kept with the tokens)."""
    heads = getattr(toks, "heads", None)
    if heads is None:
        return _find_head(toks, i, lower_ok)
    key = (i, lower_ok)
    if key in heads:
        return heads[key]
    head = heads[key] = _find_head(toks, i, lower_ok)
    return head


def _find_head(toks: list[_Tok], i: int, lower_ok: bool) -> _Head | None:
    if i >= len(toks) or not toks[i].word:
        return None
    if not toks[i].stripped and toks[i].key not in _HEAD_FIRST_KEYS:
        return None  # no head (nor determiner) begins with this word: most words, asked often
    # các / những … + a noun that names units
    d = _match_any(toks, i, DETERMINERS)
    if d is not None and d < len(toks):
        e = _match_any(toks, d, _AFTER_DETERMINER)
        if e is not None and _match_any(toks, d, NOT_DETERMINED) is not None:
            return None
        if e is None:
            e = _match_any(toks, d, ABBREVIATION_HEADS)
        if e is not None:
            return _Head(i, e, _match_any(toks, d, PURPOSE_HEADS) is not None, True)
        return None
    first = toks[i]
    if not (first.cap or lower_ok or first.stripped):
        return None
    if _is_not_unit(toks, i):
        return None
    e = _coordination_name(toks, i)
    if e is not None:
        return _Head(i, e, True, False)
    e = _match_any(toks, i, PURPOSE_HEADS)
    if e is not None:
        return _Head(i, e, True, False)
    e = _match_any(toks, i, ABBREVIATION_HEADS)
    if e is not None:
        return _Head(i, e, False, False, open=False)
    e = _match_any(toks, i, STRONG_HEADS)
    if e is None:
        e = _fuzzy_head(toks, i)
    if e is not None:
        complete = _match_any(toks, i, COMPLETE_HEADS)
        return _Head(i, e, False, False, open=complete is None or complete < e)
    if first.cap and (e := _match_any(toks, i, FIELD_PAIRS)) is not None and _field_acts(toks, e):
        return _Head(i, e, False, False, open=False)
    for abbr in SHORT_ABBREVIATION_HEADS:
        e = _match(toks, i, abbr)
        if e is not None and e < len(toks):
            nxt = toks[e]
            if (nxt.text == "." and e + 1 < len(toks) and toks[e + 1].cap) or nxt.abbr or (
                    _head_at(toks, e) is not None):  # not "TT Nội dung" (STT of a table header)
                return _Head(i, e, False, False, open=False)
    e = _match_any(toks, i, ACTIVITY_HEADS)
    if e is not None and e < len(toks) and not toks[e].cap and (v := _match_any(toks, e, _TEAM_VERBS)) is not None:
        return _Head(i, v, True, False)   # "Tổ phun | thuốc …": a team named for its work, the verb its head's
    hit = _lexicon_of(_CAPITAL_HEAD_WORDS).longest(toks, i)
    if hit is not None and _capital_ok(toks, hit[0], CAPITAL_HEADS[hit[1]]):
        return _Head(i, hit[0], False, False)
    if (e := _subject_teacher_end(toks, i)) is not None:
        return _Head(i, e, False, False, open=False)
    return None


def _subject_teacher_end(toks: list[_Tok], i: int) -> int | None:
    """Where a subject's teacher named at toks[i] ends, after the subject (SCHOOL_SUBJECTS, capitalised);
    None when no subject follows "giáo viên" (a person's name, the teachers at large)."""
    e = _match(toks, i, SUBJECT_TEACHER)
    if e is None or e >= len(toks) or not toks[e].cap:
        return None
    return _match_any(toks, e, SCHOOL_SUBJECTS)


def _coordination_name(toks: list[_Tok], i: int) -> int | None:
    """The end of "<head> phối hợp" when a body named for coordinating opens at toks[i] (see
    COORDINATION_WORD), else None."""
    e = _match_any(toks, i, _COORDINATION_HEADS)
    if e is None or e >= len(toks) or toks[e].cap or (v := _match(toks, e, COORDINATION_WORD)) is None:
        return None
    if v >= len(toks) or not toks[v].word or toks[v].cap or _match_any(toks, v, _COORDINATION_NOT_NAME) is not None:
        return None
    return v


def _field_acts(toks: list[_Tok], e: int) -> bool:
    """Does a role word follow the field pair ending at toks[e], directly or after more pairs listed
    with it ("Văn hóa - Xã hội, Tư pháp - Hộ tịch phối hợp")?"""
    for _ in range(4):
        if _match_any(toks, e, FIELD_ROLE_WORDS) is not None:
            return True
        if e >= len(toks) or not (toks[e].text == "," or toks[e].fold == "va"):
            return False
        e = _match_any(toks, e + 1, FIELD_PAIRS) if e + 1 < len(toks) and toks[e + 1].cap else None
        if e is None:
            return False
    return False


# The first words of everything _find_head matches at a word's place. A word matches another by
# its key unless it stands in text stripped of diacritics (see _word_eq), so a word not stripped
# whose key is not here begins no head.
_HEAD_FIRST_KEYS = frozenset(
    _phrase(p)[0].key for p in (DETERMINERS + PURPOSE_HEADS + ABBREVIATION_HEADS + STRONG_HEADS
                                + SHORT_ABBREVIATION_HEADS + _CAPITAL_HEAD_WORDS + FIELD_PAIRS + ACTIVITY_HEADS + FIELD_NAMED_HEADS))

_PREDICATE_FIRST_KEYS = frozenset(_phrase(p)[0].key for p in PREDICATES + WEAK_PREDICATES + LOWER_PREDICATES)


# ---------------------------------------------------------------- predicates
def _predicate_at(toks: list[_Tok], j: int, head: _Head, name_slot: bool) -> bool:
    """Does the sentence's predicate begin at toks[j] (so the unit phrase ends before it)?

    `name_slot`: toks[j] is the first word after an open head, where a capitalised word, a weak
    predicate or one of NAME_VERBS names the unit ("Sở Xây dựng", "Ban Tổ chức")."""
    t = toks[j]
    if t.text == ":" or _verb_term_after_name(toks, j, head):
        return True
    if not t.word or (not t.stripped and t.key not in _PREDICATE_FIRST_KEYS):
        return False  # (no predicate, strong or weak, begins with this word: see _HEAD_FIRST_KEYS)
    if _in_name_term(toks, j) or _passive_qualifier(toks, j):
        return False
    strong_end = _match_any(toks, j, PREDICATES)
    strong = strong_end is not None
    weak = not strong and (_match_any(toks, j, WEAK_PREDICATES) is not None or (
        not t.cap and _match_any(toks, j, LOWER_PREDICATES) is not None))
    repeat = ((strong or weak) and not t.cap and any(toks[j - n].fold == t.fold for n in (1, 2, 3) if j >= n)
              and _repeats_name(toks, j, strong_end or _match_any(toks, j, _WEAK_OR_LOWER)))
    # "Tổ công tác | thực hiện rà soát …", "Tổ kiểm tra liên ngành | thực hiện kiểm tra …": a verb that
    # opens a run of verbs is the sentence's, after a purpose's name as after any
    runs = weak and head.purpose and not t.cap and (_verb_run(toks, j, name_slot) or _repeats_team_verb(toks, j, head))
    repeat = repeat or runs
    if not strong and not (weak and (not head.purpose or repeat or _places_named(toks, head.end, j)
                                     or _owner_committee_ends(toks, head.end, j))):
        return False
    if not strong and (_kind_by_deed(toks, j, head) or _verb_in_name(toks, j, head) or _task_in_field(toks, j, head)):
        return False
    if strong and not t.cap and (_second_member_goes_on(toks, j, head) or _second_field_verb(toks, j, head)):
        return False   # "Trung tâm Ứng dụng và chuyển giao …": "giao" is a syllable of the name's word
    nameable = t.cap or not strong or _match_any(toks, j, NAME_VERBS) is not None
    if name_slot and weak and not t.cap and _match_any(toks, head.start, VERBLESS_NAME_HEADS) == head.end:
        return True    # "Văn phòng | thực hiện định kỳ …", "Thường trực | tổng hợp …"
    if name_slot and nameable and not repeat:
        return False
    if name_slot and head.purpose and strong and _named_for_task_to_level(toks, strong_end):
        return False  # "Ban Chỉ đạo rà soát hộ nghèo xã": the committee's name, not what it does
    prev = toks[j - 1] if j > 0 else None
    for k in range(max(0, j - 3), j):  # inside or right after a nested head: "thành viên Ban Chỉ đạo"
        nested = _head_at(toks, k)
        if nested is not None and nested.open and not nested.determined and (
                nested.end > j or (nested.end == j and nameable and not repeat
                                   and not _owner_named_bare(toks, k, j))):
            return False
    if prev is not None and prev.text in "-–—&/":
        return False  # a part of a compound name: "Công chức Địa chính - Xây dựng"
    if prev is not None and t.cap and (prev.text == "," or prev.fold == "va"):
        return False  # "Phòng Kinh tế, Hạ tầng và Xây dựng"
    if (prev is not None and t.cap and prev.cap and prev.alpha and strong
            and strong_end == j + 1):
        return False  # a syllable of a place name: "UBND xã Tân Lập", "thôn Hòa Giao"
    if (prev is not None and prev.word and t.cap and strong and strong_end == j + 1 and j + 1 < len(toks)
            and toks[j + 1].cap and toks[j + 1].alpha and not toks[j + 1].abbr
            and _match_any(toks, j + 1, OBJECT_NOUNS) is None):
        # … and the first syllable of one after a field: "Công ty Điện lực Cần Thơ"; not a verb whose
        # object was capitalised too ("Công an xã Lập Biên bản xử lý …"): no place is named so
        return False
    if _match(toks, j, "tổ chức") is not None:  # the noun, not the verb, in these places
        after = j + 2
        if _match_any(toks, after, ORGANIZATION_NOUN_NEXT) is not None and not _is_not_unit(toks, after):
            return False  # "và tổ chức chính trị - xã hội", but "tổ chức hội nghị" is the verb
        if prev is not None and _match_any(toks, j - 1, DETERMINERS) == j:
            return False  # "các tổ chức"
        if prev is not None and prev.text == "," and (
                after >= len(toks) or not toks[after].word or toks[after].fold == "va"):
            return False  # "các cơ quan, tổ chức, đơn vị"
    return True


def _repeats_team_verb(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Does the verb at toks[j] repeat the verb a team is named for ("Tổ phun thuốc | phun hóa chất
    …")? As with _repeats_name, a name does not say its verb twice."""
    v = _match_any(toks, head.start, ACTIVITY_HEADS)
    if v is None or j <= head.end or toks[v].cap or _match_any(toks, v, _TEAM_VERBS) != head.end:
        return False
    return j + head.end - v <= len(toks) and all(toks[v + i].fold == toks[j + i].fold for i in range(head.end - v))


def _verb_run(toks: list[_Tok], j: int, name_slot: bool) -> bool:
    """Does the weak verb at toks[j] (a purpose's name reads on through such verbs) open a run of
    verbs, the sentence's own ("thực hiện | rà soát hồ sơ", "tiến hành | kiểm tra")? A name's
    verb takes a noun ("Ban Chỉ đạo thực hiện Chương trình …"). In the name slot, right after the
    head, two verbs may still name the body ("Ban Chỉ đạo triển khai thực hiện Đề án 06"): there
    only a strong or task verb after it tells the run."""
    e = _match_any(toks, j, WEAK_PREDICATES)
    if e is None or e >= len(toks) or not toks[e].word or toks[e].cap:
        return False
    if _match_any(toks, e, PREDICATES) is not None and _match_any(toks, e, ADVERBIAL_OPENERS) is None:
        return True
    if _match_any(toks, e, ACTION_VERBS) is not None:
        return True
    return not name_slot and _match_any(toks, e, _WEAK_OR_LOWER) is not None


# The role or the doer's verb a clause ends on after its subject ("Các đơn vị thu gom rác thải |
# thực hiện."), which tells that a task verb before it named the kind of unit, not its deed.
_ROLE_AHEAD: tuple[str, ...] = ("chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện",
                                "triển khai", "báo cáo", "đảm nhận", "đảm nhiệm", "phụ trách")


def _verb_in_name(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Is the lower-case task verb at toks[j] a word of the unit's name, by the words before it? The
    records office's "lưu trữ" after "văn thư" ("Bộ phận văn thư, lưu trữ", "Chi cục văn thư lưu trữ
    tỉnh"; "UBND xã lưu trữ hồ sơ" keeps the verb), and a centre's second field after a capitalised
    first and "và" ("Trung tâm Thông tin và ứng dụng khoa học công nghệ", "Trung tâm Giống và kết
    nối thị trường"): a predicate does not follow "và" with nothing of its own before it, unless the
    name before "và" is whole (_open_field_before)."""
    if toks[j].cap:
        return False
    if _match(toks, j, "lưu trữ") is not None:
        return any(j >= n and _match(toks, j - n, before) == j for n, before in ((2, "văn thư"), (3, "văn thư ,")))
    if j >= 2 and toks[j - 1].fold == "va":
        return _open_field_before(toks, j - 1, head) and _match_any(toks, j, ACTION_VERBS) is not None
    return _second_member_goes_on(toks, j, head)


def _capitalised_field_before(toks: list[_Tok], v: int) -> bool:
    """Does a field of a name that opens capitalised stand right before the "và" at toks[v] ("Trung
    tâm Thông tin | và", "Trung tâm Kiểm định | và")? (It may end in lower case: "Thông tin và …".)"""
    if v < 1 or not toks[v - 1].alpha:
        return False
    first = range(max(0, v - 3), v)
    return any(toks[k].cap for k in first) and all(toks[k].word for k in first)


def _open_field_before(toks: list[_Tok], v: int, head: _Head) -> bool:
    """Is the capitalised field before the "và" at toks[v] the first of a name an open head is still
    giving, a centre's, an institute's or a board's ("Trung tâm Ứng dụng | và chuyển giao …", "Trung
    tâm Kiểm định | và tư vấn …")? A name whole with its place or its compound field ("Công an xã Tân
    Lập | và dân quân tuần tra …", "Phòng Tài chính - Kế hoạch | và chuyển giao vốn …") takes no
    second field: what follows "và" is another doer or the sentence's second predicate. Nor does a
    department's: its fields are the State's, each capitalised ("Phòng Nông nghiệp | và chuyển giao …")."""
    if not _capitalised_field_before(toks, v) or not head.open or head.determined or not head.end < v <= head.end + 3:
        return False
    if _match_any(toks, head.start, _DEPARTMENT_HEADS) is not None:
        return False
    return (toks[head.end].cap and not toks[head.end].abbr and all(toks[k].alpha for k in range(head.end, v))
            and not any(_match_any(toks, k, LOCALITY_WORDS) is not None for k in range(head.start, v)))


_DEPARTMENT_HEADS: tuple[str, ...] = ("phòng", "sở")


# Name terms that are verbs ("Trung tâm Ứng dụng và chuyển giao công nghệ", "Tổ giám sát chuyển giao
# công nghệ"): right after "và" that follows a whole name they are the sentence's predicate.
_VERB_TERMS: tuple[str, ...] = ("chuyển giao",)


def _verb_term_after_name(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Does one of _VERB_TERMS open at toks[j] right after "và" and a name that is whole
    (_open_field_before), so that it is the predicate rather than the name's second field?"""
    return (j >= 2 and toks[j - 1].fold == "va" and not toks[j].cap and _match_any(toks, j, _VERB_TERMS) is not None
            and head.end < j and not _open_field_before(toks, j - 1, head))


def _second_field_verb(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Is the verb at toks[j], right after "và", the second of the two fields that name a body right
    after its open head ("Trung tâm Bảo tồn và phát huy giá trị di tích", "Trung tâm Giám định và
    bảo đảm chất lượng")? The first opens capitalised in the head's name slot; a role word there is the
    sentence's ("Trạm Y tế và phối hợp …")."""
    v = j - 1
    if v < 1 or toks[v].fold != "va" or not head.open or head.determined or head.end >= v:
        return False
    if _match_any(toks, head.start, _DEPARTMENT_HEADS) is not None:
        return False  # a department's fields are the State's, each capitalised ("Phòng Nội vụ | và hướng dẫn …")
    return (v - head.end <= 2 and toks[head.end].cap and not toks[head.end].abbr
            and all(toks[k].alpha for k in range(head.end, v))
            and _match_any(toks, j, FIELD_ROLE_WORDS) is None and _match_any(toks, j, ADVERBIAL_OPENERS) is None)


def _second_member_goes_on(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Is the predicate at toks[j] a word of the lower-case member that "và" joins to a capitalised
    field, or that member's object? "và" inside a name joins two nouns or verbs of one field, each
    a word of one or two syllables: the member's second syllable ("Trung tâm Ứng dụng và chuyển
    giao công nghệ": not "giao" the verb), and a verb right after the member of two, what it
    takes ("Trung tâm Kiểm định và tư vấn xây dựng"), are the name's. A predicate the sentence
    opens comes after the member's noun or a level word ("… và tư vấn xây dựng tỉnh | chủ trì"). Only
    after an open head's first field (_open_field_before); a member that is people or a force ("Tổ
    công tác và dân quân | tuần tra") is a second doer."""
    for n in (1, 2):
        v = j - 1 - n
        if v < 1 or toks[v].fold != "va" or not _open_field_before(toks, v, head):
            continue
        if _match_any(toks, v + 1, _DOER_MEMBERS) is not None:
            return False
        member = range(v + 1, j)
        if not all(toks[k].alpha and not toks[k].cap and not toks[k].abbr for k in member):
            return False
        if any(_match_any(toks, k, LOCALITY_WORDS) is not None or _head_at(toks, k, lower_ok=True) is not None
               or _match_any(toks, k, PREDICATES) is not None for k in member):
            return False   # "… và xã | chủ trì", "… và các đơn vị": no member of the field
        if n == 1:   # the member's second syllable: a one-syllable predicate read inside a word
            return (_match_any(toks, j, PREDICATES) or _match_any(toks, j, _WEAK_OR_LOWER)) == j + 1
        return _match_any(toks, j, PREDICATES) is None    # a weak or task verb: the member's object
    return False


def _kind_by_deed(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Does the task verb toks[j] (one of ACTION_VERBS), right after a determined noun, say which
    units of the kind are meant, the clause's role word still to come ("các đơn vị thu gom rác thải
    trên địa bàn phối hợp …")? Without that role word it is the predicate ("Các cơ quan, đơn vị
    nâng cấp hệ thống …")."""
    if not head.determined or j != head.end or _match_any(toks, j, ACTION_VERBS) is None:
        return False
    for k in range(j + 1, min(j + 12, len(toks))):
        if toks[k].text in ",;.:" or toks[k].fold == "va":
            return False   # ("… nâng cấp hệ thống và thực hiện …": a second predicate of the units)
        if _match_any(toks, k, _ROLE_AHEAD) is not None:
            return True
    return False


_WEAK_OR_LOWER = WEAK_PREDICATES + LOWER_PREDICATES   # (one tuple: _match_any finds its lexicon by identity)


def _repeats_name(toks: list[_Tok], j: int, end: int) -> bool:
    """Does the verb toks[j:end], in lower case, repeat the words that end the name before it ("Ban
    Chỉ đạo | chỉ đạo các thành viên …", "Ban Tổ chức | tổ chức …")? A name does not say its own words
    twice: the repeat is what the body does."""
    n = end - j if end else 0
    return (n > 0 and not toks[j].cap and j >= n and toks[j - n].cap
            and all(toks[j - n + i].fold == toks[j + i].fold for i in range(n)))


# What a body named for its purpose serves, after a determiner: places, and the cooperatives a board
# manages as a commune's places are ("Ban quản lý các hợp tác xã | công khai tài chính")
_SERVED_WORDS: tuple[str, ...] = LOCALITY_WORDS + ("hợp tác xã", "HTX")


def _owner_named_bare(toks: list[_Tok], k: int, j: int) -> bool:
    """Is the nested head at toks[k] the bare word for the body that owns the unit ("Các phòng
    chuyên môn của Trung tâm | xây dựng …", "các khoa thuộc Trung tâm | tổ chức …")? Such a body
    is the plan's own and named already: a lower-case verb after it is the predicate, not its name."""
    return (k > 0 and toks[k - 1].fold in ("cua", "thuoc") and not toks[j].cap
            and _match_any(toks, j, NAME_VERBS) is None)   # ("của Trung tâm kiểm soát bệnh tật")


def _places_named(toks: list[_Tok], s: int, j: int) -> bool:
    """Do the words from toks[s] to toks[j] name the places a body serves by a determiner and a
    locality word ("Ban Chỉ đạo các xã, thị trấn | triển khai …", "Tổ công tác các thôn")? That ends the name of a body named
    for its purpose, which a weak predicate after it no longer carries on."""
    return any((d := _match_any(toks, k, DETERMINERS)) is not None and _goes_on_after(toks, d, _SERVED_WORDS)
               for k in range(s, j))


# The Party committees whose boards are named after them: "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Đảng ủy xã"
_PARTY_COMMITTEES: tuple[str, ...] = ("Đảng ủy", "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy")


def _owner_committee_ends(toks: list[_Tok], s: int, j: int) -> bool:
    """Does the name of a body named for its purpose end right before toks[j] on the Party committee it
    serves, capitalised, its level word after it or not ("Ban Tổ chức Huyện ủy | thẩm tra …", "Ban Tổ
    chức Đảng ủy xã | bổ nhiệm …")? The committee closes the name as the places it serves do
    (_places_named)."""
    for k in range(max(s, j - 3), j - 1):
        end = _match_any(toks, k, _PARTY_COMMITTEES) if toks[k].cap else None
        if end is not None and (end == j or end + 1 == j and _match_any(toks, end, LEVEL_WORDS) == j):
            return True
    return False


def _named_for_task_to_level(toks: list[_Tok], k: int) -> bool:
    """Do the words from toks[k] on, after a purpose head and the verb before k, end the body's
    name at an administrative level word ("Ban Chỉ đạo rà soát | hộ nghèo xã", "Tổ công tác
    lập | hồ sơ địa chính phường")? A committee is named for its task and its level; a sentence whose verb
    follows the head goes on to an object ("rà soát các hồ sơ", "rà soát hộ nghèo") instead.
    At most four plain lower-case words come between, no determiner, no punctuation."""
    for i in range(k, min(k + 5, len(toks))):
        t = toks[i]
        if not t.word or t.cap or _match_any(toks, i, DETERMINERS) is not None:
            return False
        end = _match_any(toks, i, LEVEL_WORDS)
        if end is not None:
            return end >= len(toks) or not toks[end].word or toks[end].cap \
                or _match_any(toks, end, PREDICATES + WEAK_PREDICATES) is not None
    return False


def _past_last_name_part(toks: list[_Tok], j: int, start: int, head: _Head) -> bool:
    """Has the unit's name ended before the lower-case word toks[j]? A place name after its level
    word ends it ("Công an xã Hố Nai 3 | tuần tra"): a place is capitalised throughout, so only a
    locality word, a determiner or a capitalised word goes on. (A field of a name is not: "Phòng
    Nông nghiệp và Phát triển nông thôn", "Đội Cảnh sát giao thông - Trật tự".) So does a proper
    name of two words or more after the head ("Báo Nghệ An | mở", "Trường THCS Nguyễn Du | lồng
    ghép", "Sở Công Thương | triệt phá"), where a field capitalises its first word only, and
    the level word that ends one unit's name ("Đoàn Thanh niên xã | ra quân", "Hội đồng thẩm
    định giá tỉnh | họp"): no lower-case word but those goes on after either."""
    t = toks[j]
    if not t.word or t.cap or t.stripped or t.abbr or j - 1 <= start:
        return False
    if toks[start].fold == "giao" and (e := _subject_teacher_end(toks, start)) is not None and j >= e:
        # "Giáo viên Âm nhạc | tập văn nghệ", "Giáo viên Toán khối 9 | ôn tập"
        return not _goes_on_after(toks, j, _AFTER_SUBJECT_WORDS)
    if not toks[j - 1].cap:
        return _past_level_word(toks, j, start, head)
    b = j - 1
    while b > start and toks[b].cap and toks[b].word and j - b <= 6:
        b -= 1
    if b <= start or toks[b].cap:
        return _past_proper_name(toks, j, head)
    # a head ending in a level word ("Hợp tác xã | Gốm sứ Bát Tràng") is followed by its name, not a place
    placed = any(_match_any(toks, k, LOCALITY_WORDS) == b + 1 for k in (b - 1, b) if k > start) \
        and not _ends_head_of_words(toks, head, start, b + 1)
    if not placed:
        return _past_proper_name(toks, j, head)
    return not _goes_on_after(toks, j, AFTER_PLACE_WORDS)


# Lower-case words that say which of a subject's teachers are meant: "Giáo viên Toán khối 9", "giáo viên
# Tiếng Anh các lớp 3, 4", "Giáo viên Tin học trường THCS Tân Phú".
_AFTER_SUBJECT_WORDS: tuple[str, ...] = DETERMINERS + ("khối", "lớp", "trường", "nhà trường")


def _goes_on_after(toks: list[_Tok], j: int, words: tuple[str, ...]) -> bool:
    """Does one of `words` stand at toks[j], not as the first word of a verb or noun ("tổ chức")?"""
    return _match_any(toks, j, words) is not None and not _is_not_unit(toks, j)


def _past_proper_name(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Does a proper name of two or more capitalised words, after the head, stand before toks[j]
    (a lower-case word no head or name term carries on)?"""
    b = j - 1
    while b >= head.end and toks[b].cap and toks[b].word and not toks[b].abbr and j - b <= 6:
        b -= 1
    if sum(toks[k].alpha for k in range(b + 1, j)) < 2 or (b >= head.end and toks[b].cap and not toks[b].abbr):
        return False
    if _goes_on_after(toks, j, AFTER_PLACE_WORDS) or _term_across(toks, j) or _listed_name_end(toks, head) > j:
        return False
    # a head inside the run that takes in this word: "Ban Xây dựng Đảng Đảng ủy", "Ban Chỉ đạo";
    # or a body nested in the unit, named by its field, whose name goes on in lower case after
    # its capitalised first word ("Lãnh đạo Phòng Văn hóa và Thông tin", "Ban Thường vụ Hội Nông
    # dân xã") or through the words its head lists ("Ban Thường vụ Hội Cựu chiến binh xã")
    return not any((h := _head_at(toks, k, lower_ok=True)) is not None and (
        h.end > j or h.end == j - 1 or _listed_name_end(toks, h) > j) for k in range(b + 1, j))


def _listed_name_end(toks: list[_Tok], head: _Head) -> int:
    """Where the lower-case name a capital head lists for itself ends ("Hội" + "cựu chiến binh",
    "Trường" + "trung học"), read case-blind; 0 when the head is no capital head or lists none."""
    hit = _lexicon_of(_CAPITAL_HEAD_WORDS).longest(toks, head.start)
    if hit is None or hit[0] != head.end:
        return 0
    return _match_any(toks, head.end, CAPITAL_HEADS[hit[1]]) or 0


def _past_level_word(toks: list[_Tok], j: int, start: int, head: _Head) -> bool:
    """Does one unit's name end with a level word right before toks[j]? Not after a determiner
    ("UBND các xã biên giới", "UBND các huyện, thị xã, thành phố có khu công nghiệp": which of
    them) nor where the level word begins a word ("xã hội", "huyện ủy")."""
    if head.determined or not any(_match_any(toks, k, LEVEL_WORDS) == j for k in (j - 2, j - 1) if k > start):
        return False
    if _ends_head_of_words(toks, head, start, j) and _field_then_name(toks, j):
        return False    # the head's own last word ("Hợp tác xã | dịch vụ nông nghiệp Thanh Hà"), no place's level
    if _goes_on_after(toks, j, AFTER_LEVEL_WORDS) or _term_across(toks, j):
        return False
    if any(_match_any(toks, k, DETERMINERS) is not None for k in range(start, j)):
        return False
    return not any((h := _head_at(toks, k, lower_ok=True)) is not None and h.end > j for k in (j - 2, j - 1))


def _ends_head_of_words(toks: list[_Tok], head: _Head, start: int, j: int) -> bool:
    """Does a head of two words or more end right before toks[j]: the unit's own ("Hợp tác xã") or
    one nested in it ("Giám đốc Hợp tác xã", "Chủ nhiệm Hợp tác xã")?"""
    if head.end == j:
        return head.start < j - 1
    return any((h := _head_at(toks, k)) is not None and h.end == j for k in range(max(start + 1, j - 4), j - 1))


def _field_then_name(toks: list[_Tok], j: int) -> bool:
    """Do a few lower-case words of a field from toks[j] on lead to a capitalised proper name
    ("dịch vụ nông nghiệp Thanh Hà"), no predicate among them ("tổ chức sản xuất", "vận hành …")?
    A field that opens with a noun may name the service by its task verb ("dịch vụ thu gom rác thải
    Tân Phú"), and may end, unnamed, where the clause's role begins ("Hợp tác xã dịch vụ thu gom
    rác thải | thực hiện …")."""
    for k in range(j, min(j + 8, len(toks))):
        t = toks[k]
        if not t.word:
            return False
        if t.cap:
            return k > j
        if k > j and _match_any(toks, k, _ROLE_AHEAD) is not None:
            return True
        if (_match_any(toks, k, PREDICATES) is not None or _match_any(toks, k, WEAK_PREDICATES) is not None
                or (k == j or _match_any(toks, k, ACTION_VERBS) is None)
                and _match_any(toks, k, LOWER_PREDICATES) is not None):
            return False
    return False


def _task_in_field(toks: list[_Tok], j: int, head: _Head) -> bool:
    """Is the task verb at toks[j] a word of the lower-case field that names a body after a head
    ending in a level word ("Hợp tác xã dịch vụ thu gom rác thải Tân Phú")? Only after a noun of
    the field: "Hợp tác xã | vận hành trạm bơm …" is what it does."""
    if head.determined or j <= head.end or _match_any(toks, j, ACTION_VERBS) is None:
        return False
    if not all(toks[k].alpha and not toks[k].cap for k in range(head.end, j)):
        return False
    if any(_match_any(toks, k, DETERMINERS) is not None for k in range(head.end, j)):
        return False  # a field names no "các": "cộng tác viên dân số các xóm | trực cấp cứu …"
    return _ends_head_of_words(toks, head, head.start, head.end) and _field_then_name(toks, head.end)


def _term_across(toks: list[_Tok], j: int) -> bool:
    """Does one of the NAME_TERMS begin before toks[j] and take it in ("xã hội", "Thanh niên")?"""
    return any((_match_any(toks, k, NAME_TERMS) or 0) > j for k in range(max(0, j - 3), j))


def _passive_qualifier(toks: list[_Tok], j: int) -> bool:
    """Is toks[j] "được" + a QUALIFIER_VERBS verb (or that verb) after a determiner's noun? The
    verbs may come in a run ("được kiểm tra, giám sát", "được kiểm tra và giám sát"), and the
    determiner may govern a list ("Các tổ chức đảng, đảng viên được kiểm tra")."""
    i = j if toks[j].fold == "duoc" else j - 1
    # a verb of the run after the first: back over "kiểm tra ," / "kiểm tra và" to its "được"
    while 3 <= i < j and (toks[i].text == "," or toks[i].fold == "va"):
        prev = next((k for k in (i - 2, i - 1) if _match_any(toks, k, QUALIFIER_VERBS) == i), None)
        if prev is None or _match_any(toks, j, QUALIFIER_VERBS) is None:
            return False
        i = prev - 1
    if i < 1 or toks[i].fold != "duoc" or _match_any(toks, i + 1, QUALIFIER_VERBS) is None:
        return False
    return any(_match_any(toks, k, DETERMINERS) is not None for k in range(max(0, i - 10), i))


_CHARGE_REACH = 8  # words of the field a post is named by: "phụ trách khối văn hóa - xã hội"


def _post_charge_end(toks: list[_Tok], j: int, start: int) -> int | None:
    """Where the predicate begins after "phụ trách <field>" at toks[j] when a post reads on through
    it ("Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội chỉ đạo …", "Phó Hiệu trưởng phụ trách
    chuyên môn chủ trì …"): the field tells which holder of the post is meant, as a cell of who acts
    prints it. None when "phụ trách" is the post's own verb: what it is in charge of ends the
    clause ("… phụ trách chung.", "… phụ trách công tác tuyên truyền."), a comma follows, or a verb
    of the work comes first ("… phụ trách việc kiểm tra, đôn đốc …"); and after a body ("Phòng Nội vụ")."""
    m = _match(toks, j, "phụ trách")
    if m is None or m >= len(toks) or not toks[m].word or _in_name_term(toks, j):
        return None
    if not opens_with_post(" ".join(t.text for t in toks[start:start + 4])):
        return None
    for k in range(m, min(len(toks), m + _CHARGE_REACH + 1)):
        t = toks[k]
        if not t.word:
            if t.text in DASHES:
                continue
            return None
        strong = _match_any(toks, k, PREDICATES)
        if k > m and strong is not None and _match(toks, k, "phụ trách") is None \
                and _match_any(toks, k, ADVERBIAL_OPENERS) != strong:
            return k
        if strong is not None or _match_any(toks, k, _WEAK_OR_LOWER) is not None:
            return None
    return None


def _in_name_term(toks: list[_Tok], j: int) -> bool:
    """Is toks[j] inside one of the NAME_TERMS ("Giáo dục thường xuyên")?"""
    by_key, by_fold = _NAME_TERMS_LEX.by_key, _NAME_TERMS_LEX.by_fold
    for k in range(max(0, j - 3), j + 1):
        t = toks[k]
        # (_match_any finds nothing where no term's first word stands: ruled out here, cheaply)
        if (t.key in by_key or ((t.stripped or t.abbr) and t.fold in by_fold)) and (
                _match_any(toks, k, NAME_TERMS) or 0) > j:
            return True
    return False


_NAME_TERMS_LEX = _lexicon_of(NAME_TERMS)


def _item_marker_at(toks: list[_Tok], j: int) -> bool:
    """"a)" / "2)" opening the next item inside a run-on text ("… thị trấn a) Tham mưu …")."""
    if j + 1 >= len(toks):
        return False
    t = toks[j]
    return t.word and len(t.text) <= 2 and toks[j + 1].text == ")" and (j == 0 or toks[j - 1].text != "(")


def _abbreviation_dot(toks: list[_Tok], j: int) -> bool:
    """The dot of "UB. MTTQ", "TT. HĐND", "TP. Hà Nội" does not end the sentence."""
    prev = toks[j - 1] if j > 0 else None
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return bool(prev and nxt and prev.word and prev.text.isupper() and len(prev.text) <= 3
                and prev.text.isalpha() and nxt.word and nxt.cap)


# ---------------------------------------------------------------- reading a list of units
@dataclass
class _Reading:
    units: list[tuple[int, ...]]  # token ranges; (start, end, prefix start, prefix end) when a
    ended_by_predicate: bool      # sibling place carries the organ printed before the first one


# "cùng" joins units ("Công an xã cùng Ban Chỉ huy Quân sự xã"); "củng" (củng cố), "cũng" (also)
# and the verbs "cung cấp", "cung ứng" ("Công an xã cung cấp danh sách …") fold the same and join
# nothing ("cung" alone before a unit is "cùng" typed without its mark).
_NOT_CUNG = frozenset(_key(w) for w in ("củng", "cũng", "cúng", "cụng"))
_CUNG_VERB_NEXT = frozenset(_key(w) for w in ("cấp", "ứng", "cap", "ung"))


def _list_start(toks: list[_Tok], k: int) -> _Head | None:
    """A new unit after a separator: determiner-led or a capitalised head."""
    while k < len(toks) and toks[k].text in "-+•–":
        k += 1
    head = _head_at(toks, k)
    if head is None:
        return None
    if head.determined or toks[k].cap or toks[k].stripped:
        return head
    return None


# A commune's (district's, province's) plan names its bodies by their field and level alone once the
# first is named: "Công an xã, Y tế xã", "Quân sự phường, Văn hóa phường", "Bộ Chỉ huy Quân sự tỉnh,
# Biên phòng tỉnh". The unit before must close on a level word after a capitalised word, and the one
# after run from a capital to that same level word and end there (at a separator, or where the
# sentence goes on in lower case: "…, Y tế xã tổ chức tuần tra"); "UBND các xã, phường" (a level
# alone) and "Phòng Văn hóa, Thông tin huyện" (no level word before the comma) stay one name.
FIELD_UNIT_WORDS = 5   # words of a field before its level word ("Văn hóa - Xã hội xã": 4)


def _field_unit(toks: list[_Tok], start: int, j: int, k: int) -> _Head | None:
    """The head of the next unit when toks[k], after the separator at j, opens a field named with the
    level word that closes the unit start..j (see FIELD_UNIT_WORDS), else None."""
    n = len(toks)
    if k >= n or not toks[k].cap or toks[k].abbr or toks[j - 1].fold not in _CLOSING_LEVELS:
        return None
    level = next((m for m in range(max(start + 1, j - 3), j) if _match_any(toks, m, LEVEL_WORDS) == j), None)
    if level is None or not any(t.cap for t in toks[start:level]):
        return None
    size = j - level
    words, e = 0, k
    while e < n and words <= FIELD_UNIT_WORDS:
        if e > k and e + size <= n and not toks[e].cap \
                and all(toks[e + x].key == toks[level + x].key for x in range(size)):
            after = e + size
            if after == n or toks[after].text in ",;.)" or (toks[after].word and not toks[after].cap):
                return _Head(k, k + 1, False, False, False)
            return None
        if not (toks[e].word or toks[e].text in DASHES) \
                or (not toks[e].cap and _match_any(toks, e, LEVEL_WORDS) is not None):
            return None
        words += toks[e].word
        e += 1
    return None


def _repeated_noun(toks: list[_Tok], cur: _Head, k: int) -> _Head | None:
    """The noun a determiner opened, printed again in lower case after a separator, opens the next
    unit: "Các tổ chuyên môn, tổ văn phòng", "các trường tiểu học và trường THCS". Another noun
    continues the one name ("các cơ quan, đơn vị", "các xã, phường")."""
    d = _match_any(toks, cur.start, DETERMINERS)
    if d is None or d >= cur.end:
        return None
    n = cur.end - d
    if k + n >= len(toks) or not toks[k + n].word:
        return None   # the noun alone names nothing new
    if all(toks[k + x].key == toks[d + x].key for x in range(n)):
        return _Head(k, k + n, cur.purpose, True)
    return None


# The level words that name a kind of school ("các trường tiểu học"): like an acronym ("các trường
# THPT"), they make the noun before them one kind of body, not a category.
SCHOOL_LEVELS: tuple[str, ...] = ("mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông",
                                  "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "phổ thông")


def _next_kind(toks: list[_Tok], cur: _Head, start: int, k: int, listed: bool = False) -> _Head | None:
    """The next kind of body in a list under one determiner, printed in lower case after a comma or
    "và": "Các trường THPT, trung tâm GDNN-GDTX" names two groups of units, "Các trường tiểu học và
    trung tâm học tập cộng đồng" too. Only when the kind before is a noun named by an acronym or a school
    level and the noun after the comma is a head that a word of its own names: the categories of
    "Các cơ quan, đơn vị liên quan", "Các cấp ủy, tổ chức đảng", "Các phòng chuyên môn, trạm bảo
    vệ rừng" overlap and share their words, one collective; "Các trường mầm non, tiểu học" lists
    levels of one noun. `listed`: cur is itself a kind read off such a list, whose next kinds are
    read apart whatever names them ("…, trung tâm học tập cộng đồng, trạm y tế")."""
    if k + 1 >= len(toks) or not toks[k].word or toks[k].cap or cur.start != start:
        return None
    named = cur.end < k - 1 and (listed or toks[cur.end].abbr or _match_any(toks, cur.end, SCHOOL_LEVELS) is not None)
    if not named:
        return None
    head = _head_at(toks, k, lower_ok=True)
    if head is None or head.determined or head.end >= len(toks) or not toks[head.end].word:
        return None
    return head


def _relative_clause_end(toks: list[_Tok], j: int, start: int, whole: bool) -> int | None:
    """Where the name ends when toks[j] opens a relative clause "được <ASSIGNED_VERBS> …" of units a
    determiner or a common noun named: before the main clause's predicate, or at the text's end
    (a final ":" kept out) when `whole` (the text is a heading). None when it is no such clause."""
    if toks[j].fold != "duoc" or (v := _match_any(toks, j + 1, ASSIGNED_VERBS)) is None:
        return None
    if _match_any(toks, start, CLAUSE_NAMED_HEADS) is None and not any(
            _match_any(toks, k, DETERMINERS) is not None for k in range(start, j)):
        return None
    n, words = len(toks), 0
    for k in range(v, n):
        t = toks[k]
        if t.text in ".;:\u2026" and not _abbreviation_dot(toks, k):
            return k if whole and t.text == ":" and k == n - 1 else None
        if t.word:
            if _match_any(toks, k, MAIN_PREDICATES) is not None:
                return k if k > v else None
            words += 1
            if words > MAX_UNIT_WORDS:
                return None
    return n if whole else None


# Level words a sibling place is named by: "UBND xã Ea Siên, xã Cư Bao", "Công an phường An Lạc và
# phường Thiện An" (not "thành phố"/"tỉnh": "UBND huyện X, tỉnh Y" locates, it lists nothing).
_SIBLING_LEVELS: tuple[str, ...] = BELOW_PROVINCE
_SIBLING_FIRST = frozenset(_phrase(w)[0].fold for w in _SIBLING_LEVELS)


def _sibling_place(toks: list[_Tok], start: int, j: int, k: int,
                   carried: tuple[int, int] | None) -> tuple[int, int] | None:
    """The organ (token range) that a place after a separator at j shares with the unit start..j:
    "UBND xã Ea Siên, xã Cư Bao" names two communes' People's Committees, the second printed
    with its level word and name only. The unit must name a place of that level by a capitalised
    name after an organ, and the place after the separator too; "UBND các xã, phường" (no
    name) and "Phòng Kinh tế thị xã, phường An Lạc" (another level) are no such list."""
    e = _match_any(toks, k, _SIBLING_LEVELS)
    if e is None or e >= len(toks) or not toks[e].cap or toks[e].abbr:
        return None
    n = e - k
    # (a third place and on: the unit is itself a sibling, its organ the one carried)
    for p in ((start,) if carried is not None else range(start + 1, j - n)):
        if all(toks[p + x].key == toks[k + x].key for x in range(n)) and toks[p + n].cap:
            return carried or (start, p)
    return None


# A school's level as its name prints it ("Trường Mầm non Hoa Sen", "Trường THCS Lê Lợi"): after a
# comma or "và", a level with a capitalised name is the next school of a list that printed "Trường"
# once ("Trường Mầm non Hoa Sen, Tiểu học Kim Đồng").
_NAMED_LEVELS: tuple[str, ...] = SCHOOL_LEVELS + ("mẫu giáo",)
_LEVEL_ACRONYMS = frozenset(("MN", "MG", "TH", "THCS", "THPT", "PTDTBT", "PTDTNT", "PTCS", "TH&THCS", "TH-THCS"))
_LEVEL_FIRST = frozenset(_phrase(w)[0].fold for w in _NAMED_LEVELS) | frozenset(a.lower() for a in _LEVEL_ACRONYMS)
_TRUONG = _key("Trường")


def _one_level_end(toks: list[_Tok], i: int) -> int | None:
    if toks[i].text in _LEVEL_ACRONYMS:
        return i + 1
    return _match_any(toks, i, _NAMED_LEVELS)


def _level_end(toks: list[_Tok], i: int) -> int | None:
    """Where a school's levels (phrases of _NAMED_LEVELS or acronyms, joined by "," or "và": an
    inter-level school, "Tiểu học và THCS") starting at toks[i] end."""
    e = _one_level_end(toks, i)
    while e is not None and e + 1 < len(toks) and (toks[e].text == "," or toks[e].fold == "va") \
            and (f := _one_level_end(toks, e + 1)) is not None:
        e = f
    return e


def _school_number_end(toks: list[_Tok], i: int) -> int | None:
    """Where a school's number ends: "số 2" ("Trường THCS số 2 Lê Lợi", "Trường Tiểu học số 1")."""
    if i + 1 < len(toks) and toks[i].fold == "so" and toks[i + 1].word and toks[i + 1].text.isdigit():
        return i + 2
    return None


def _school_name_word(tok: _Tok) -> bool:
    """A word of a school's name: capitalised, or the date it is named for ("Mầm non 8/3")."""
    return (tok.cap and tok.alpha) or (tok.word and "/" in tok.text and tok.text.replace("/", "").isdigit())


def _school_name_end(toks: list[_Tok], i: int, end: int) -> bool:
    """Do toks[i:end] name a school after its level: capitalised words or a date ("Mầm non 8/3"),
    which a number may open ("số 2 Lê Lợi", "số 1") and the commune it stands in may close, printed
    with its lower-case level word ("số 1 xã Hoà Bình"). Another lower-case word ("Trường Mầm non,
    tiểu học") names no school."""
    if i >= end:
        return False
    k = _school_number_end(toks, i) or i
    while k < end:
        if _school_name_word(toks[k]):
            k += 1
            continue
        e = _match_any(toks, k, _SIBLING_LEVELS) if toks[k].fold in _SIBLING_FIRST else None
        if e is None or e >= end or not toks[e].cap:
            return False
        k = e
    return True


def _school_name_opens(toks: list[_Tok], i: int) -> bool:
    """Does a school's name (see _school_name_end) open at toks[i], after its level?"""
    if i >= len(toks):
        return False
    if _school_name_word(toks[i]) or _school_number_end(toks, i) is not None:
        return True
    e = _match_any(toks, i, _SIBLING_LEVELS) if toks[i].fold in _SIBLING_FIRST else None
    return e is not None and e < len(toks) and toks[e].cap and toks[e].alpha   # "Tiểu học xã Nậm Xe"


def _sibling_school(toks: list[_Tok], start: int, j: int, k: int,
                    carried: tuple[int, int] | None) -> tuple[int, int] | None:
    """The "Trường" a school named by its level and name at toks[k] (after the separator at j)
    shares with the school start..j. The school before must be named by a level and a name too
    (capitalised words, a number "số 2", its commune "xã Hoà Bình": _school_name_end): "Trường
    Mầm non, Tiểu học và THCS Hoa Sen" is one school of three levels, "Các trường mầm non, tiểu
    học" one collective."""
    e = _level_end(toks, k) if toks[k].cap else None
    if e is None or not _school_name_opens(toks, e) or _level_end(toks, e) is not None:
        return None
    p = start if carried is not None else start + 1
    if carried is None and toks[start].key != _TRUONG and not (toks[start].stripped and toks[start].fold == "truong"):
        return None
    le = _level_end(toks, p) if p < j else None
    if le is None or le >= j or not _school_name_end(toks, le, j):
        return None
    return carried or (start, start + 1)


def _sibling_field(toks: list[_Tok], start: int, j: int, k: int, carried: tuple[int, int] | None
                   ) -> tuple[tuple[int, int], int] | None:
    """(the shared head, the field's end) when toks[k] opens one of SERVANT_FIELDS and the unit
    start..j is a servant named by a field as well, whole ("Công chức Văn hóa - Xã hội | , Tư pháp -
    Hộ tịch"), its level word after it or not. Not a field that goes on in lower case ("Công chức
    Văn hóa - Xã hội phụ trách văn hóa, thông tin" is one post)."""
    e = _match_any(toks, k, SERVANT_FIELDS)
    if e is None:
        return None
    if carried is None:
        h = _match_any(toks, start, SERVANT_HEADS)
        if h is None or toks[start].stripped:
            return None
        head, p = (start, h), h
    else:
        head, p = carried, start
    pe = _match_any(toks, p, SERVANT_FIELDS)
    if pe is None:
        return None
    if pe < j:
        pe = _match_any(toks, pe, LEVEL_WORDS) or pe
    return (head, e) if pe == j else None


# Heads that open the next unit of a list though printed in lower case, as a school's or a commune's
# plan prints the posts and grassroots bodies after the first ("Các tổ chuyên môn, giáo viên chủ
# nhiệm", "Trạm Y tế, y tế thôn bản, cộng tác viên dân số", "Trưởng thôn, bí thư chi bộ"). Not
# "cán bộ", "công chức", "cơ quan" …, which also go on with one name ("các sở, cơ quan").
LOWER_LIST_HEADS: tuple[str, ...] = (
    "giáo viên chủ nhiệm", "giáo viên bộ môn", "nhân viên y tế", "nhân viên thư viện", "nhân viên thiết bị",
    "nhân viên văn thư", "nhân viên kế toán", "kế toán", "thủ quỹ", "văn thư", "y tế thôn bản", "cộng tác viên dân số",
    "cộng tác viên y tế", "tổ trưởng", "trưởng thôn", "trưởng bản", "trưởng ấp", "trưởng khóm", "trưởng xóm", "trưởng buôn",
    "trưởng khu phố", "bí thư", "phó bí thư", "bộ phận",
    # a school's teams and the teachers of its classes ("Phó Hiệu trưởng, tổ chuyên môn", "Hiệu
    # trưởng, giáo viên các nhóm, lớp", "Nhân viên y tế, giáo viên lớp 5 tuổi")
    "tổ chuyên môn", "tổ văn phòng", "giáo viên lớp", "giáo viên các lớp", "giáo viên các nhóm",
    # a school's Pioneer units and their leader, as its cells print them after another body ("đoàn
    # trường, liên đội", "giáo viên chủ nhiệm, tổng phụ trách đội")
    "liên đội", "chi đội", "tổng phụ trách")
# Staff nouns a list joins into one collective: "cán bộ, giáo viên, nhân viên nhà trường".
STAFF_NOUNS: tuple[str, ...] = ("cán bộ", "công chức", "viên chức", "giáo viên", "nhân viên", "người lao động",
                                "đảng viên", "hội viên", "đoàn viên")


def _lower_list_head(toks: list[_Tok], start: int, k: int) -> _Head | None:
    """The head of one of LOWER_LIST_HEADS in lower case at toks[k], after a separator, when the
    unit before it (from `start`) is more than staff nouns that the list joins into one body."""
    if k < len(toks) and not toks[k].cap and (e := _subject_teacher_end(toks, k)) is not None \
            and not _only_staff(toks, start, k):
        return _Head(k, e, False, False, open=False)   # "…, giáo viên Mĩ thuật": a subject's teacher
    if k >= len(toks) or not toks[k].word or toks[k].cap or _match_any(toks, k, LOWER_LIST_HEADS) is None:
        return None
    if _only_staff(toks, start, k):
        return None  # "cán bộ, giáo viên, nhân viên": one collective
    head = _head_at(toks, k, lower_ok=True)
    return head if head is not None and not head.determined else None


# The people as a doer joined after a body ("Trạm Y tế xã và bà con nhân dân thực hiện …", "Chi hội
# Nông dân các ấp và Nhân dân duy trì …"): a unit of its own, which no head word opens. Only after a
# separator: at a text's start, or after a verb, the words are an object ("vận động Nhân dân …").
PEOPLE_NOUNS: tuple[str, ...] = ("nhân dân", "người dân", "bà con", "bà con nhân dân", "bà con nông dân",
                                 "quần chúng nhân dân", "hộ dân", "hộ gia đình")
# The people, staff and forces "và" joins as doers, never as a second field of a body's name ("… và dân
# quân", "… và nhân dân", "… và giáo viên"): see _second_member_goes_on.
_FORCE_MEMBERS: tuple[str, ...] = (
    "dân quân", "tự vệ", "công an", "bộ đội", "cộng tác viên", "tình nguyện viên", "phụ huynh", "học sinh",
    "sinh viên", "đội viên", "nhà thầu", "lực lượng")
_DOER_MEMBERS: tuple[str, ...] = PEOPLE_NOUNS + STAFF_NOUNS + _FORCE_MEMBERS
# The members a separator opens a unit of its own with ("Tổ công tác và dân quân"); staff nouns are left to
# the list they close ("Các tổ chức đảng, đảng viên …", "Lãnh đạo, cán bộ và nhân viên").
_SEPARATE_DOERS: tuple[str, ...] = PEOPLE_NOUNS + _FORCE_MEMBERS


def _people_head(toks: list[_Tok], start: int, j: int, k: int) -> _Head | None:
    """The people or a force (_SEPARATE_DOERS) at toks[k], after the separator at j, when the unit
    before it (from `start`) is more than staff nouns: "Tổ công tác và dân quân | tuần tra", "Công an
    xã, công an viên" are two doers, "cán bộ, đảng viên và Nhân dân" one collective (see
    _lower_list_head)."""
    e = _match_any(toks, k, _SEPARATE_DOERS) if k < len(toks) and toks[k].word else None
    if e is None or _only_staff(toks, start, j) or (
            _match_any(toks, k, PEOPLE_NOUNS) is None and _forces_listed(toks, start, j)):
        return None
    return _Head(k, e, False, True)


def _kind_head(toks: list[_Tok], start: int, j: int, k: int) -> _Head | None:
    """A kind of unit printed as a common noun at toks[k], after the separator at j that closes a
    unit (from `start`) of another kind: one of CAPITAL_HEADS in lower case with a continuation of
    its own ("Trưởng ấp và tổ tự quản", "Công an xã, đội dân phòng", "UBND xã và trạm y tế"). Not a
    post ("trưởng ban", "phó …": the list of one person's offices, see _one_post_each), a head whose
    name only a capital gives ("sở", "thôn"), nor a place a determiner before lists ("Trưởng các
    thôn, tổ dân phố": the places of one post)."""
    if k >= len(toks) or not toks[k].word or toks[k].cap or toks[k].stripped:
        return None
    if _match_any(toks, k, _CLOSING_PLACES) is not None or any(
            _match_any(toks, p, DETERMINERS) is not None for p in range(start, j)):
        return None
    hit = _lexicon_of(_CAPITAL_HEAD_WORDS).longest(toks, k)
    if hit is None or hit[1] in _POST_HEAD_WORDS or _is_not_unit(toks, k):
        return None
    continuations = CAPITAL_HEADS[hit[1]]
    if not continuations or _match_any(toks, hit[0], continuations) is None:
        return None
    return _Head(k, hit[0], False, False)


# The papers a verb makes or hands over ("lập biên bản", "giao kế hoạch", "trình hồ sơ"): a capitalised
# one after a capitalised verb is that verb's object, not the second syllable of a place's name.
OBJECT_NOUNS: tuple[str, ...] = tuple(KIND_WORDS) + (
    "biên bản", "danh sách", "hồ sơ", "tờ khai", "giấy phép", "giấy chứng nhận", "sổ sách", "dự toán")


_POST_HEAD_WORDS = frozenset(("Trưởng", "Phó", "Chủ tịch", "Giám đốc", "Chủ nhiệm", "Chỉ huy trưởng", "Lãnh đạo"))


def _joins_doer(toks: list[_Tok], j: int) -> bool:
    """Is the "với" at toks[j] a joining word between two doers ("UBND các xã với dân quân"), not the
    "with" of a role or a verb before it ("phối hợp với", "cùng với", "làm việc với"), nor of a
    purpose's name ("Ban Chỉ đạo … gắn với …", "… đối với …")? A verb of the sentence would have
    ended the reading before it."""
    prev = toks[j - 1] if j > 0 else None
    return prev is not None and prev.word and prev.fold not in _NOT_JOINING_BEFORE_VOI


# "với từng/mỗi …" distributes a doer's work over places or people ("với từng địa bàn"); it joins none.
_DISTRIBUTIVES: tuple[str, ...] = ("từng", "mỗi")

_NOT_JOINING_BEFORE_VOI = frozenset(("hop", "cung", "viec", "chuc", "gan", "doi", "so", "he", "kem", "song"))


def _forces_listed(toks: list[_Tok], start: int, k: int) -> bool:
    """Is the unit from `start` to toks[k] "lực lượng" and the forces it gathers ("Lực lượng công an,
    dân quân", "các lực lượng dân quân, tự vệ")? One collective: the members after it are its own."""
    p = _match_any(toks, start, DETERMINERS) or start
    p = _match(toks, p, "lực lượng")
    if p is None:
        return False
    while p < k and (toks[p].text == "," or (e := _match_any(toks, p, _DOER_MEMBERS)) is not None):
        p = p + 1 if toks[p].text == "," else e
    return p >= k


def _only_staff(toks: list[_Tok], start: int, k: int) -> bool:
    """Are the words from `start` to toks[k] staff nouns and commas only ("cán bộ, giáo viên,")?"""
    p = _match_any(toks, start, DETERMINERS) or start
    while p < k and (toks[p].text == "," or (e := _match_any(toks, p, STAFF_NOUNS)) is not None):
        p = p + 1 if toks[p].text == "," else e
    return p >= k


# Roles a plan's table names its units by ("Cơ quan chuẩn bị", "Đơn vị chủ trì"), which then address
# them as "Các cơ quan chuẩn bị …", "Các đơn vị phối hợp …".
ROLE_NAMES: tuple[str, ...] = ("chuẩn bị", "chủ trì", "phối hợp")


def _role_named_end(toks: list[_Tok], j: int) -> int | None:
    """Where a role word right after a determined noun ends, when the main clause's predicate
    follows it ("Các cơ quan chuẩn bị chủ động xây dựng …", "Các đơn vị phối hợp có trách nhiệm
    …"): the role names the units. Otherwise (None) the role word is the predicate ("Các cơ quan
    chuẩn bị nội dung …", "Các đơn vị phối hợp chặt chẽ …")."""
    e = _match_any(toks, j, ROLE_NAMES)
    if e is None or e >= len(toks) or _match_any(toks, e, MAIN_PREDICATES) is None:
        return None
    return e


def _joined_council(toks: list[_Tok], j: int) -> bool:
    """"Văn phòng HĐND và UBND", "Hội đồng nhân dân và Ủy ban nhân dân", "HĐND - UBND": one
    office, not two."""
    if j == 0 or (toks[j].fold != "va" and toks[j].text not in DASHES):
        return False
    council = toks[j - 1].fold == "hdnd" or (j >= 3 and _match(toks, j - 3, "Hội đồng nhân dân") == j)
    return council and _match_any(toks, j + 1, ("UBND", "Ủy ban nhân dân")) is not None


DASHES = "-–—"


def _closed_by_level(toks: list[_Tok], lo: int, j: int) -> bool:
    """Does the name end at j with a level word ("… xã"), or a level word and up to four
    capitalised words of its place ("… huyện Ninh Phước")? The level is looked for from `lo` on."""
    m = j
    while m > lo and j - m < 4 and toks[m - 1].cap and toks[m - 1].word and not toks[m - 1].abbr:
        m -= 1
    return any(_match_any(toks, k, LEVEL_WORDS) == e for e in {m, j} for k in (e - 2, e - 1) if k >= lo)


def _dashed_body(toks: list[_Tok], start: int, cur: _Head, j: int) -> _Head | None:
    """The head of a second body after a dash that follows a body named by its head alone, or with
    its level ("Đảng ủy - UBND xã", "Đảng ủy xã - UBND xã", "UBND - UBMTTQ xã": two bodies, as with
    a comma), or a named body closed by its level and place ("Ban Chỉ huy Quân sự xã - Công an xã",
    "Hội Nông dân xã Phước Hà - Hội Cựu chiến binh xã"): a name does not go on past its level. A
    dash inside a name joins its words ("Văn phòng HĐND - UBND huyện", "Phòng Văn hóa - Thông tin",
    "Phòng Lao động - Thương binh và Xã hội", "UBND tỉnh Bà Rịa - Vũng Tàu"): there the head is
    open with no level before the dash, or what follows the dash is no head."""
    if cur.determined or start != cur.start or _joined_council(toks, j):
        return None
    if cur.open or j != cur.end and _match_any(toks, cur.end, LEVEL_WORDS) != j:
        if not _closed_by_level(toks, cur.end + cur.open, j):
            return None
    nxt = _list_start(toks, j + 1)
    return nxt if nxt is not None and not nxt.determined else None


# The words that close a whole unit's name with its place: a level ("Công an xã"), or a hamlet's
# kind after a post or a determiner ("Trưởng các khu dân cư", "Chi hội các thôn"); not "tổ", "khu",
# which open other words ("tổ chức", "khu công nghiệp").
_CLOSING_PLACES: tuple[str, ...] = LEVEL_WORDS + HAMLET_PLACE_NOUNS


# Heads whose last word is a hamlet's kind, so the capitalised words after them name the hamlet
# ("Trưởng thôn Đồng Tâm", "Tổ dân phố Đông Sơn") and the whole unit ends there, unlike the "xã"
# that is a word of "Hợp tác xã".
_HAMLET_HEADS: tuple[str, ...] = ("Trưởng thôn", "Trưởng bản", "Tổ dân phố", "Khu phố", "Khu dân cư")


def _glued_head(toks: list[_Tok], start: int, j: int) -> _Head | None:
    """The head of a second unit printed or read (a scan's lost ";" or ",") right after a whole
    one: "Công an xã Trạm Y tế xã", "UBND xã Tân Lập Hội Nông dân xã". A unit is whole once its
    lower-case level word, and the place name after it, if any, are read; a place name never opens
    with a head that carries its own fixed words ("Trạm Y tế", "Công an", "Ban Chỉ huy", "Hội
    Nông dân", an abbreviation), while one that opens with a bare head word does ("xã Trạm
    Hành", "xã Đoàn Kết", "huyện Trạm Tấu"): only the former splits."""
    b = j
    while b - 1 > start and j - b < 4 and toks[b - 1].cap and toks[b - 1].word and not toks[b - 1].abbr:
        b -= 1
    if not any(not toks[k].cap and _match_any(toks, k, _CLOSING_PLACES) == b for k in (b - 3, b - 2, b - 1)
               if k > start) and _match_any(toks, start, _HAMLET_HEADS) != b:
        return None  # (a hamlet's own head opening the unit closes it too: "Tổ dân phố Đông Sơn")
    if any((h := _head_at(toks, k)) is not None and h.end == b and not h.determined
           and _match_any(toks, k, _HAMLET_HEADS) != b for k in range(max(start, b - 4), b - 1)):
        return None  # a head's own word ("Hợp tác xã Nông nghiệp …"), no level of a place
    h = _head_at(toks, j)
    if h is None or h.determined or h.start != j:
        return None
    if toks[j].abbr:
        return h if _match_any(toks, j, ABBREVIATION_HEADS) is not None else None
    if h.end - j >= 2 and h.end in (_match_any(toks, j, STRONG_HEADS), _match_any(toks, j, PURPOSE_HEADS)):
        return h
    return h if _listed_name_end(toks, h) > h.end else None


# What a list of kinds under one "Các" is qualified by, printed once after the last kind ("Các trường
# THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh"): where they are, whom they belong to.
_SHARED_TAILS: tuple[str, ...] = ("trên địa bàn", "thuộc", "trực thuộc", "có liên quan", "liên quan")
_TAIL_FIRST = frozenset(_phrase(w)[0].fold for w in _SHARED_TAILS)


def _share_tail(toks: list[_Tok], units: list[tuple[int, ...]], first: int, last: int) -> None:
    """Each kind of the list units[first..last] takes the qualifier the last one closes with, as a
    unit named alone keeps it ("Các trường học trên địa bàn xã"): "Các trường THPT, trung tâm
    GDNN-GDTX trên địa bàn tỉnh" → "Các trường THPT trên địa bàn tỉnh", "Các trung tâm GDNN-GDTX trên
    địa bàn tỉnh". A kind with a qualifier of its own keeps its own."""
    if last <= first:
        return
    s, e = units[last][0], units[last][1]
    tail = next((k for k in range(s + 2, e) if toks[k].fold in _TAIL_FIRST
                 and _match_any(toks, k, _SHARED_TAILS) is not None), None)
    if tail is None:
        return
    for i in range(first, last):
        u = units[i]
        if any(toks[k].fold in _TAIL_FIRST and _match_any(toks, k, _SHARED_TAILS) is not None
               for k in range(u[0] + 1, u[1])):
            continue
        prefix = u[2:4] if len(u) >= 4 else (-1, -1)
        units[i] = (u[0], u[1]) + tuple(prefix) + (tail, e)


# The words that join a unit to the next doer or to a second predicate, never the last of a name (folded).
_JOINING_FOLDS = frozenset(("va", "voi", "cung"))


def _read(toks: list[_Tok], head: _Head, *, stop_at_predicates: bool, whole: bool = False) -> _Reading:
    """Units from `head` on, separated by ";", ", <head>", " và <head>"; ends at a predicate.
    `whole`: the text is a heading naming units, a relative clause of one runs to its end."""
    units: list[tuple[int, int]] = []
    start, cur = head.start, head
    # the first word after a head names it ("Ban Tổ chức", "Sở Xây dựng"), unless the head is a
    # common noun after "các": "các tổ dân phố xây dựng …"
    name_slot = head.end if head.open and not head.determined else -1
    words = 0
    j = head.end
    n = len(toks)

    carried: tuple[int, int] | None = None  # the organ a sibling place (see _sibling_place) shares
    determiner: tuple[int, int] | None = None  # the "Các" a next kind of body (see _next_kind) shares

    kinds: list[list[int]] = []  # the units of each list of kinds under one "Các", first and last index

    def close(end: int) -> None:
        # (a name never ends on a joining word: "Phòng Tài chính - Kế hoạch và | triển khai …")
        while end > start and (toks[end - 1].text in ",;:-–—+•(" or toks[end - 1].fold in _JOINING_FOLDS):
            end -= 1
        if end > start:
            prefix = carried or determiner
            units.append((start, end) if prefix is None else (start, end) + prefix)
            if determiner is not None and kinds:
                kinds[-1][1] = len(units) - 1

    def done(ended_by_predicate: bool) -> _Reading:
        for first, last in kinds:
            _share_tail(toks, units, first, last)
        return _Reading(units, ended_by_predicate)

    def next_unit(at: int, nxt: _Head) -> int:
        """Close the unit read so far at `at`, open the next at its head; where to read on."""
        nonlocal carried, determiner, start, cur, words, name_slot
        close(at)
        carried = determiner = None
        start, cur, words = nxt.start, nxt, 0
        name_slot = nxt.end if nxt.open and not nxt.determined else -1
        return nxt.end

    while j < n:
        t = toks[j]
        if t.text == "(":
            depth, k = 0, j
            while k < n:
                depth += toks[k].text == "("
                depth -= toks[k].text == ")"
                k += 1
                if depth == 0:
                    break
            j = k
            continue
        if t.text == ")":
            close(j)
            return done(False)
        if t.text in ";,.\u2026" or (t.word and (t.fold == "va" or t.fold == "cung" and t.key not in _NOT_CUNG
                                                  and not (j + 1 < n and toks[j + 1].key in _CUNG_VERB_NEXT)
                                                  or t.fold == "voi" and _joins_doer(toks, j))):
            if t.text == "." and _abbreviation_dot(toks, j):
                j += 1
                continue
            k = j + 1
            if t.fold == "cung" and k < n and toks[k].fold == "voi":
                k += 1
            nxt = _list_start(toks, k) if not _joined_council(toks, j) else None
            if nxt is None and cur.determined and t.text != ".":
                nxt = _repeated_noun(toks, cur, k)
            if nxt is None and t.text != ".":
                nxt = _lower_list_head(toks, start, k) or _people_head(toks, start, j, k)
            if nxt is None and t.text != "." and not cur.determined:
                nxt = _kind_head(toks, start, j, k)
            if nxt is None and cur.determined and (t.text == "," or t.word):
                kind = _next_kind(toks, cur, start, k, determiner is not None)
                if kind is not None:  # "Các trường THPT, trung tâm GDNN-GDTX": the next kind takes "Các"
                    shared = determiner or (cur.start, _match_any(toks, cur.start, DETERMINERS) or cur.start + 1)
                    first = determiner is None
                    # (determined as well: a third kind may follow, "…, trường cao đẳng")
                    j = next_unit(j, _Head(kind.start, kind.end, kind.purpose, True, kind.open))
                    if first and units:
                        kinds.append([len(units) - 1, len(units) - 1])
                    determiner = shared
                    continue
            if (t.text == "," or t.fold == "va") and k < n and toks[k].cap and (
                    field := _sibling_field(toks, start, j, k, carried)) is not None:
                close(j)    # "Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch": the next field takes "Công chức"
                carried, determiner = field[0], None
                start, words, name_slot = k, 0, -1
                j = field[1]
                continue
            if nxt is None and (t.text == "," or t.word) and k < n and toks[k].fold in _LEVEL_FIRST:
                school = _sibling_school(toks, start, j, k, carried)
                if school is not None:  # "Trường Mầm non Hoa Sen, Tiểu học Kim Đồng": the next takes "Trường"
                    close(j)
                    carried = school
                    start, words = k, 0
                    j = k + 1
                    continue
            if nxt is None and (t.text == "," or t.word) and k < n and toks[k].fold in _SIBLING_FIRST:
                organ = _sibling_place(toks, start, j, k, carried)
                if organ is not None:
                    close(j)
                    carried = organ
                    start, words = k, 0
                    j = k + 1
                    continue
            if nxt is None and (t.text == "," or t.fold == "va"):
                nxt = _field_unit(toks, start, j, k)
            if nxt is not None and t.fold == "voi" and _match_any(toks, k, _DISTRIBUTIVES) is not None:
                nxt = None  # "… tương ứng với từng địa bàn": each place it works in, not a second doer
            if nxt is not None:
                j = next_unit(j, nxt)
                continue
            if t.text in ";.\u2026":
                close(j)
                return done(False)
            if not t.word or t.fold != "voi":
                j += 1
                continue
            # "UBND xã với vai trò là …", "Công an xã với chức năng …": no doer joins; read "với" as any
            # word (after a level word it ends the name; in a purpose's name it may be one of its words:
            # "Ban Chỉ đạo ứng phó với biến đổi khí hậu")
        if t.text in DASHES and (nxt := _dashed_body(toks, start, cur, j)) is not None:
            j = next_unit(j, nxt)
            continue
        if t.text == ":":
            close(j)
            return done(stop_at_predicates)
        if t.cap and j - start >= 2 and (nxt := _glued_head(toks, start, j)) is not None:
            j = next_unit(j, nxt)
            continue
        if stop_at_predicates:
            if cur.determined and j == cur.end and (e := _role_named_end(toks, j)) is not None:
                j = e       # "Các cơ quan chuẩn bị | chủ động …": units named by their role
                continue
            if t.fold == "tu" and _match_any(toks, j, REFLEXIVE_PREDICATES) is not None and any(
                    _match_any(toks, k, DETERMINERS) is not None for k in range(start, j)):
                close(j)
                return done(True)
            if t.fold == "duoc" and (e := _relative_clause_end(toks, j, start, whole)) is not None:
                close(e)
                return done(e < n)
            if t.fold == "phu" and (e := _post_charge_end(toks, j, start)) is not None:
                j = e       # "Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội | chỉ đạo …"
                continue
            if (_item_marker_at(toks, j) or _predicate_at(toks, j, cur, j == name_slot)
                    or _past_last_name_part(toks, j, start, cur)):
                close(j)
                return done(True)
        if t.word:
            words += 1
            if stop_at_predicates and words > MAX_UNIT_WORDS:
                return done(False)  # ran past any sensible name: drop it
        j += 1
    close(n)
    return done(False)


# ---------------------------------------------------------------- cleaning
def _clean(text: str) -> str:
    """NFC, markup removed, spaces folded; line breaks kept."""
    text = unicodedata.normalize("NFC", text or "")
    if "<" in text:  # (each pattern needs its character: plain text skips the scan)
        text = HTML_BREAK.sub("\n", text)
        text = HTML_TAG.sub(" ", text)
    if "*" in text or "_" in text or "#" in text:
        text = MD_EMPHASIS.sub("", text)
    text = CONTROL.sub(" ", text)
    return "\n".join(_spaces(ln).strip() for ln in text.split("\n"))


def _spaces(text: str) -> str:
    """SPACES.sub(" ", text), skipped when every run of spaces is already one plain space."""
    if "  " in text or ODD_SPACE.search(text):
        return SPACES.sub(" ", text)
    return text


def _one_line(text: str) -> str:
    return _spaces(_clean(text).replace("\n", " ")).strip()


# A closing parenthesis that sends the reader to an appendix or an attached list ("Tổ giúp việc
# (danh sách tại Phụ lục II)", "Tổ kiểm tra liên ngành (có danh sách kèm theo)"): where the members
# are listed, not part of the unit's name.
POINTER_PAREN = re.compile(r"\s*\((?=[^()]*\b(?:phụ lục|kèm theo)\b)[^()]*\)$", re.I)


# A joining word left at a unit's end by a cut further on ("Phòng Tài chính - Kế hoạch và"): no name ends so.
TRAILING_JOINER = re.compile(r"(?:[\s,;]+(?:và|với|cùng)\b)+[\s,;]*$", re.I)


def _tidy(unit: str) -> str:
    unit = BULLET.sub("", unit)
    unit = _spaces(unit).strip(TRAILING_PUNCT)
    if unit.endswith(("và", "với", "cùng", "Và", "Với", "Cùng")):
        unit = TRAILING_JOINER.sub("", unit).rstrip(TRAILING_PUNCT)
    if unit.count("(") < unit.count(")") and unit.endswith(")"):
        unit = unit[:-1].rstrip(TRAILING_PUNCT)
    if unit.endswith(")"):
        unit = POINTER_PAREN.sub("", unit)
        if unit.endswith(")") and (m := CLOSING_PAREN.search(unit)) is not None and m.start() > 0 \
                and _names_person_only(m["inner"]):
            unit = unit[:m.start()].rstrip(TRAILING_PUNCT)
    return unit


def _qualified_end(toks: list[_Tok], start: int, end: int) -> int:
    """Where a unit's name read over toks[start:end] ends: before a phrase qualifying it (NAME_QUALIFIERS,
    "liên quan đến …") outside brackets, else at end."""
    depth = 0
    for k in range(start + 2, end):
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth or not t.word:
            continue
        if _match_any(toks, k, NAME_QUALIFIERS) is not None or (
                t.fold in _RELATED_TO and (toks[k - 2].fold, toks[k - 1].fold) == _RELATED):
            return k
    return end


def _slice(text: str, toks: list[_Tok], span: tuple[int, ...]) -> str:
    unit = _tidy(text[toks.span(span[0])[0]:toks.span(_qualified_end(toks, span[0], span[1]) - 1)[1]])
    if len(span) >= 4 and span[2] >= 0:  # a sibling place: its organ, printed once before the first place, leads it
        unit = _tidy(text[toks.span(span[2])[0]:toks.span(span[3] - 1)[1]]) + " " + unit
    if len(span) == 6:  # a kind of body: the qualifier printed once after the last kind (see _share_tail)
        unit += " " + _tidy(text[toks.span(span[4])[0]:toks.span(span[5] - 1)[1]])
    return unit


# ---------------------------------------------------------------- public API
@memo(8192)  # (cells and headings recur within a plan and across plans)
def is_unit(text: str) -> bool:
    """Does `text` begin with the name of a unit (after any bullet or item number)?

    "UBND huyện", "Văn phòng - thống kê", "Các cơ quan, đơn vị, ban, ngành, tổ dân phố." → True;
    "Ban hành Kế hoạch …", "Tổ chức Hội nghị …", "Hội nghị …" → False. A column label such as
    "Đơn vị chủ trì" or "Bộ phận tham mưu thực hiện" is not a unit."""
    line = ITEM_MARKER.sub("", BULLET.sub("", _one_line(text)))
    toks = _tokens(line)
    head = _head_at(toks, 0)
    if head is None:
        return False
    # a bare head followed by a role word is a column label: "Cơ quan chủ trì"
    return not (head.end < len(toks) and _match_any(
        toks, head.end, ("chủ trì", "phối hợp", "thực hiện", "tham mưu", "phụ trách")) is not None)


def leading_units(sentence: str, heading: bool = False) -> list[str]:
    """The units an item of the organization part addresses, read off the start of its text.

    "Giao Phòng Nội vụ theo dõi, đôn đốc …" → ["Phòng Nội vụ"]; "Căn cứ kế hoạch …, tùy điều kiện
    cụ thể các cơ quan, ban, ngành, đoàn thể huyện và Ủy ban nhân dân các xã, thị trấn chủ động …"
    → both units; "Tăng cường thời lượng …" → []. `heading`: the text is an item's heading, which
    may name its units by a whole relative clause ("Các đơn vị được phân công giúp đỡ xã")."""
    return list(_leading_units(sentence, heading))  # a fresh list: the caller may keep or change it


@memo(8192)  # (item titles and paragraphs recur within a plan and across plans)
def _leading_units(sentence: str, heading: bool = False) -> tuple[str, ...]:
    return tuple(_read_leading_units(sentence, heading))


# An item addressed to a person by name ("Đ/c Trần Văn Bình - Phó Chủ tịch UBND xã: phụ trách chung",
# "Bà Nguyễn Thị Diễm (Chủ tịch Hội LHPN xã) vận động …"): the post they act by is the unit, as in a
# cell of who acts; the name only says who holds the post now.
# A word of a person's name; in the Central Highlands' names a syllable may carry an apostrophe ("Ksor
# H'Nga", "Y Blúp Ê'ban").
NAME_PART = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
# The words a person is addressed by before the name (matched without case).
PERSON_TITLE = r"(?:đ/c|đồng chí|ông|bà)"
PERSON_OPENING = re.compile(PERSON_TITLE + r"\s+(?P<name>(?:" + NAME_PART + r"\s+){0,4}?" + NAME_PART + r")\s*"
                            r"(?:[-–,]\s*(?=[^\W\d_])|\((?P<post>[^()]{3,160})\)\s*)", re.I)
HONORIFIC_POST = re.compile(r"(?:đ/c|đồng chí)\s+", re.I)
# The words a post opens with ("Phó Chủ tịch UBND xã", "PCT UBND xã", "Trưởng thôn 3", "Công chức Văn
# hóa - Xã hội", "Chỉ huy trưởng Ban CHQS xã", "Trạm trưởng Trạm Y tế"): what may follow a person's name
# as the post they hold; a body ("Trạm Y tế xã") or a sentence there is no post of theirs.
POST_OPENING = re.compile(
    r"(?:(?:phó|quyền)\s+)?(?:chủ\s+tịch|bí\s+thư|trưởng|giám\s+đốc|chủ\s+nhiệm|chánh|chỉ\s+huy|"
    r"chính\s+trị\s+viên|công\s+chức|cán\s+bộ|viên\s+chức|chuyên\s+viên|nhân\s+viên|[uủ]y\s+viên|"
    r"thành\s+viên|kế\s+toán|văn\s+thư|thủ\s+quỹ|giáo\s+viên|bác\s+sĩ|y\s+sĩ|điều\s+dưỡng|"
    r"cộng\s+tác\s+viên|thư\s+ký|tổng\s+phụ\s+trách|đại\s+biểu|hiệu\s+(?:trưởng|phó)|"
    r"(?:tổ|trạm|đội|thôn|xã\s+đội|khoa)\s+(?:trưởng|phó)|phó|thủ\s+trưởng|người\s+đứng\s+đầu|thường\s+trực)(?!\w)"
    r"|(?:PCT|CT|PBT|BT|UV|TV|CHT|CHP|CC|CB|GĐ|PGĐ)(?![\w/])", re.I)


def opens_with_post(text: str, pos: int = 0) -> bool:
    """Does `text` at `pos` open with a capitalised post (not a body, not a sentence)?"""
    return text[pos:pos + 1].isupper() and POST_OPENING.match(text, pos) is not None


def post_not_name(words: str) -> bool:
    """Are the capitalised words after an honorific a post ("PCT UBND xã", "Phó Chủ tịch"), not a
    person's name? "Phó" alone is also a surname ("Đ/c Phó Đức Phương")."""
    m = POST_OPENING.match(words) if words[:1].isupper() else None
    return m is not None and m.group().casefold() != "phó"


_PERSON_FIRST = frozenset("ĐđÔôBb")
# A line that names a person acting: an honorific, then two capitalised words of a name or a post
# ("Đ/c Lê Văn Tâm", "Ông Trần Văn Bình, Trưởng thôn 3", "Đ/c PCT UBND xã"); not "Bà Rịa - Vũng
# Tàu", "Bà con nông dân", "Ông bà".
PERSON_LINE = re.compile(r"\s*" + PERSON_TITLE + r"\s+(?=" + NAME_PART + r"\s+" + NAME_PART + r"(?:\s|[-–,(:;.]|$))",
                         re.I)


# An honorific printed as a label, a colon before the name ("Đ/c: Nguyễn Văn A", "Ông: Trần Văn Bình"),
# as a form's field prints it: the same person as "Đ/c Nguyễn Văn A".
HONORIFIC_COLON = re.compile(r"(?<!\w)(" + PERSON_TITLE + r")[ \t]*:[ \t]*(?=[^\W\d_])", re.I)


def honorific_without_colon(text: str) -> str:
    """`text` with a colon between an honorific and a capitalised name dropped ("Đ/c: Nguyễn Văn A")."""
    if ":" not in text:
        return text
    return HONORIFIC_COLON.sub(lambda m: m[1] + " " if text[m.end()].isupper() else m.group(), text)


def names_person(text: str) -> bool:
    """Does `text` open with a person acting, by name or by post, after an honorific?"""
    text = honorific_without_colon(text)
    m = PERSON_LINE.match(text) if text.lstrip()[:1] in _PERSON_FIRST else None
    if m is None:
        return False
    words = text[m.end():].split(None, 2)[:2]
    return all(w[:1].isupper() for w in words) or opens_with_post(text, m.end())


PERSON_ALONE_LINE = re.compile(r"\s*" + PERSON_TITLE + r"\s+(?P<name>(?:" + NAME_PART + r"\s+){1,4}" + NAME_PART
                               + r")\s*$", re.I)


def person_alone(line: str) -> bool:
    """Is the line a person named with no post after the name ("Đ/c Lê Văn Tâm")?"""
    line = honorific_without_colon(line)
    m = PERSON_ALONE_LINE.match(line) if line.lstrip()[:1] in _PERSON_FIRST else None
    return m is not None and all(w[:1].isupper() for w in m["name"].split())


# A closing bracket after a unit's name, which may say who in it answers for the task.
CLOSING_PAREN = re.compile(r"\s*\((?P<inner>[^()]{3,160})\)$")
# A post then the name of its holder, after a mark or after the post's closing "trưởng"/"phó" ("Chi
# hội trưởng: Trần Văn Út", "Trạm trưởng Lê Văn Tâm", "Chủ tịch Hội - Nguyễn Văn Bảy"), or the name
# then the post ("Lê Văn Tâm, Trạm trưởng"): a place's name after its level ("Chủ tịch UBND xã Tân
# Lập") follows neither.
_NAME_RUN = r"(?P<name>(?:" + NAME_PART + r"\s+){1,4}" + NAME_PART + r")"
POST_THEN_NAME = re.compile(r"(?P<post>.{2,80}?)(?:\s*[:,\-–]\s*|(?<=trưởng)\s+|(?<=phó)\s+)" + _NAME_RUN + r"$")
NAME_THEN_POST = re.compile(_NAME_RUN + r"\s*[,\-–]\s*(?P<post>\S.*)$")


def _names_person_only(inner: str) -> bool:
    """Does a bracket after a unit name a person who acts for it ("Đ/c Lê Văn Tâm", "ông Trần Văn Út,
    Chi hội trưởng", "đồng chí Phó Chủ tịch Hội phụ trách", "Trạm trưởng Lê Văn Tâm") rather than a
    body ("Cơ quan Thường trực", "Sở Công Thương")? The person is no part of the unit's name."""
    inner = inner.strip()
    if names_person(inner):
        return True
    m = POST_THEN_NAME.match(inner)
    if m is not None and opens_with_post(m["post"]) and _capitalised(m["name"]) and not is_unit(m["name"]):
        return True
    m = NAME_THEN_POST.match(inner)
    return (m is not None and _capitalised(m["name"]) and not is_unit(m["name"])
            and POST_OPENING.match(m["post"]) is not None)


def _capitalised(words: str) -> bool:
    return all(w[:1].isupper() for w in words.split())


def _person_to_post(text: str) -> str:
    """The text with a person's name and honorific at its start replaced by the post they hold. A
    name of one word ("Đ/c Hùng - PCT UBND xã") is a name only before a post's words."""
    m = PERSON_OPENING.match(text) if text[:1] in _PERSON_FIRST else None
    if m is not None:
        post_at = (m["post"].strip(), 0) if m["post"] else (text, m.end())
        if post_not_name(m["name"]) or (" " not in m["name"] and not opens_with_post(*post_at)):
            m = None   # a post after the honorific ("Đồng chí PCT UBND xã"), or one word before no post
    if m is None or not all(w[0].isupper() for w in m["name"].split()):
        # "Đồng chí Chủ tịch UBND xã chỉ đạo …": the honorific only addresses the post
        h = HONORIFIC_POST.match(text) if text[:1] in _PERSON_FIRST else None
        return text[h.end():] if h and text[h.end():h.end() + 1].isupper() else text
    rest = text[m.end():]
    if m["post"] is None:
        return rest if rest[:1].isupper() else text
    post = m["post"].strip()
    return f"{post} {rest}" if post[:1].isupper() else text


# A person addressed with no post ("Ông Trần Văn Bình phụ trách …", "Đồng chí Lò Văn Minh: chịu
# trách nhiệm …"): named by the name alone, as in a cell of who acts (tasks._posts).
PERSON_HONORIFIC = re.compile(PERSON_TITLE + r"\s+", re.I)
NAME_WORD = re.compile(NAME_PART + r"\s*")
_ANY_PREDICATES = PREDICATES + WEAK_PREDICATES + LOWER_PREDICATES


def _persons_alone(text: str) -> list[str]:
    """The names of the persons the text opens by, printed with no post, when the predicate follows
    them (after a colon or not): each two to five capitalised words after its honorific, two or
    more joined by "," or "và" ("Ông Nguyễn Văn An và bà Trần Thị Bình phụ trách …"). A unit of
    another kind may follow them, after "và" or after "," and a word in lower case ("Ông Phạm Văn
    Lực và các hộ gia đình thực hiện …"); a capitalised word after "," is their post instead."""
    h = PERSON_HONORIFIC.match(text) if text[:1] in _PERSON_FIRST else None
    if h is None:
        return []
    pos, words = h.end(), []
    while len(words) < 6 and (w := NAME_WORD.match(text, pos)) is not None and w.group()[0].isupper():
        words.append(w.group().strip())
        pos = w.end()
    if not 2 <= len(words) <= 5:
        return []
    name = " ".join(words)
    if (j := PERSON_JOINER.match(text, pos)) is not None:
        rest = text[j.end():]
        if "," in j.group() and rest[:1].isupper() and PERSON_HONORIFIC.match(rest) is None:
            return []   # "Ông Trần Văn Bình, Trưởng thôn 3 …": the post follows (_person_to_post)
        others = _leading_units(rest)
        return [name, *others] if others else []
    toks = _tokens(text[pos:pos + 80].lstrip(" :"))  # (a predicate is a few words at most)
    if not toks or toks[0].cap or _match_any(toks, 0, _ANY_PREDICATES) is None:
        return []
    return [name]


PERSON_JOINER = re.compile(r"\s*(?:,|;|\bvà\b)\s*(?=\S)", re.I)


def _read_leading_units(sentence: str, heading: bool = False) -> list[str]:
    text = honorific_without_colon(ITEM_MARKER.sub("", BULLET.sub("", _one_line(sentence))))
    if names := _persons_alone(text):
        return names
    named = text
    text = _person_to_post(text)
    # Most paragraphs name no unit, which the first few tokens tell: read those first.
    strings = _token_strings(text, _PREFIX_TOKENS + 1)
    prefix = _prefix_tokens(text, strings)
    if prefix is not None:
        opened = _opening(prefix)  # (what _opening reads of all the tokens, see _prefix_tokens)
        if opened is None:
            return []
        toks = _tokens(text)
        if opened[1] is not None and opened[1].start > (opened[0] or 0):
            opened = _opening(toks)  # (past a list label it read beyond the prefix's trusted tokens)
    else:
        toks = _tokens(text, strings)  # (a short text: these are all its tokens)
        opened = _opening(toks)
        if opened is None:
            return []
    addressed, head = opened
    if head is not None:
        reading = _read(toks, head, stop_at_predicates=True, whole=heading)
        if reading.ended_by_predicate and reading.units and (
                _defines(toks, reading.units[-1][1]) or _heads_a_count(toks, reading.units[-1][1])):
            return []
        spans = reading.units
        if text is not named and len(spans) > 1:
            spans = _one_post_each(text, toks, spans)
        units = [_slice(text, toks, s) for s in spans]
        if any(_JOINED_PERSON.search(u) for u in units):
            units = _persons_after_units(text, units)
        return _dedupe(units)
    return _subject_after_clause(text, toks)


def _heads_a_count(toks: list[_Tok], end: int) -> bool:
    """Does a colon after the units ending at toks[end], or after a short verb of theirs ("Các hợp tác
    xã tham gia: 12 lượt"), open a count ("UBND các xã: 50 bản tin",
    "Các trường: mỗi trường 02 buổi", "Trạm Y tế: ít nhất hai đợt"), not what they do ("Phòng Nội vụ:
    chủ trì …", "Công an xã: Nắm chắc tình hình …")? The units then head a list of outputs or targets:
    they lead no task. A count is a number and the noun it counts, first after the colon or after a
    distributive "mỗi xã"; not an item's number ("1) Chủ trì", "1. Rà soát", "1- Chủ trì"), a date
    ("30/6/2025 hoàn thành …"), a frequency ("2 lần/tháng đưa tin", "ba tháng một lần báo cáo") or a
    "mỗi xã" the verb follows ("mỗi xã tổ chức 01 hội nghị"). (Only a count tells it: a lower-case
    word there may be a verb no lexicon holds, "Khoa Dược: cung ứng …".)"""
    k = end
    while k < len(toks) and toks[k].text == ")":
        k += 1
    # a verb of taking part or of a result may say what the count is of before the colon ("Các hợp tác
    # xã tham gia: 12 lượt", "Các trường đạt: 100%"); a role or an action verb there says what the
    # units do, and the count is its object ("Công an xã thực hiện: 03 đợt ra quân", "Phòng Văn hóa
    # chủ trì: 02 hội nghị"): they lead that task
    if (e := _match_any(toks, k, _COUNTED_VERBS)) is not None:
        k = e
    if k + 1 >= len(toks) or toks[k].text != ":":
        return False
    return _counts(toks, k + 1)


def _does_a_count(toks: list[_Tok], end: int) -> bool:
    """Does a short verb of the units ending at toks[end] other than those of _heads_a_count stand
    before a colon that opens a count ("Công an xã thực hiện: 03 đợt ra quân")? The units lead that task."""
    k = end
    while k < len(toks) and toks[k].text == ")":
        k += 1
    if (k >= len(toks) or _match_any(toks, k, _COUNTED_VERBS) is not None
            or _match_any(toks, k, _ANY_PREDICATES) is None):
        return False
    verb = k
    while k < len(toks) and k - verb < _COUNTED_VERB_WORDS and toks[k].alpha and not toks[k].cap:
        k += 1
    return k + 1 < len(toks) and toks[k].text == ":" and _counts(toks, k + 1)


def _counts(toks: list[_Tok], i: int) -> bool:
    """Does a count of outputs or targets open at toks[i] (see _heads_a_count)?"""
    if (e := _match_any(toks, i, _COUNT_QUANTIFIERS)) is not None:
        i = e
    elif _match(toks, i, "mỗi") is not None:
        # "mỗi xã | 01 …", "mỗi trường học | 02 …": the unit of the distribution, then the number
        i = next((m for m in (i + 2, i + 3) if m < len(toks) and _number_end(toks, m) is not None
                  and all(toks[x].alpha for x in range(i + 1, m))), None)
        if i is None:
            return False
    n = _number_end(toks, i)
    if n is not None and n < len(toks) and toks[n].text == "%":
        return True   # a share to reach: "100% hộ gia đình được tuyên truyền"
    if n is None or n >= len(toks) or not toks[n].word or toks[n].text[0].isdigit():
        return False
    noun = toks[n].fold.split("/")[0]
    return "/" not in toks[n].text and noun not in _PERIOD_NOUNS


def _number_end(toks: list[_Tok], i: int) -> int | None:
    """The index after a number at toks[i], in digits or a word ("50", "02", "hai"), that is not an
    item's number ("1)", "1.", "1-") nor a part of a decimal or a range."""
    if i >= len(toks):
        return None
    if toks[i].text.isdigit():
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        return None if nxt in (")", ".", "-", "–", "/", ":", ",") else i + 1
    return _match_any(toks, i, _NUMBER_WORDS)


_COUNTED_VERB_WORDS = 3   # words of a role or action verb before a count's colon ("tổ chức thực hiện")
# Verbs of taking part or of a result, between units and the colon of their count (see _heads_a_count).
_COUNTED_VERBS: tuple[str, ...] = (
    "tham gia", "tham dự", "đạt", "đạt được", "có", "hoàn thành", "thực hiện được", "tổ chức được",
    "được", "phấn đấu đạt", "phấn đấu")
# Words that open a count in lower case after a unit's colon ("UBND các xã: mỗi xã một bản tin").
# (not "năm", "trên": a year or a place may open what the units do, "UBND xã: năm 2025 hoàn thành …")
_NUMBER_WORDS: tuple[str, ...] = ("một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
_COUNT_QUANTIFIERS: tuple[str, ...] = ("ít nhất", "tối thiểu")
# Nouns of time after a number: a frequency or a period ("2 lần/tháng", "ba tháng một lần"), not a count
# of outputs (folded, as toks[].fold).
_PERIOD_NOUNS = frozenset({"lan", "ngay", "tuan", "thang", "quy", "nam", "gio", "phut"})


def names_a_doer(text: str) -> bool:
    """Does the text open with units that a verb follows ("Thôn Đông tổ chức ra quân …"), a
    sentence of who does what, rather than only naming a place or a body ("Trường Mầm non Tân
    Hòa, thôn Đông", "Chợ Tân Hòa")?"""
    toks = _tokens(ITEM_MARKER.sub("", BULLET.sub("", _one_line(text))))
    opened = _opening(toks)
    if opened is None or opened[1] is None:
        return False
    reading = _read(toks, opened[1], stop_at_predicates=True)
    return bool(reading.units) and reading.ended_by_predicate


def _one_post_each(text: str, toks: _Toks, spans: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """The units of an item addressed to a person, each post after the first they hold dropped: "Đ/c
    Nguyễn Văn Hùng, PCT UBND xã, Trưởng Ban Chỉ đạo: …" is one person acting, by the office that
    comes first (the ones after it are the roles this plan gives them). A post after "và" is another
    person's ("Đ/c Hà Thị Lan - PCT UBND xã và Trưởng Công an xã")."""
    kept = [spans[0]]
    for s in spans[1:]:
        start = toks.span(s[0])[0]
        between = text[toks.span(kept[-1][1] - 1)[1]:start]
        if between.strip() in (",", "-", "–") and opens_with_post(text, start):
            continue
        kept.append(s)
    return kept


# A person joined after a unit of another kind ("Các hộ gia đình và ông Phạm Văn Lực thực hiện"): the
# reader of bodies runs on over the name, which is a unit of its own.
_JOINED_PERSON = re.compile(r"(?:,|\svà)\s+(?=" + PERSON_TITLE + r"\s+[^\W\d_])", re.I)


def _persons_after_units(text: str, units: list[str]) -> list[str]:
    """`units` with a unit that runs on over "và ông <Name>" cut before it, and the persons named
    from there on read as an item addressed to them ("các hộ gia đình", "Phạm Văn Lực")."""
    out: list[str] = []
    for u in units:
        m = _JOINED_PERSON.search(u)
        persons = _read_leading_units(text[text.find(u) + m.end():]) if m is not None and u in text else []
        if not persons and m is not None:
            persons = _name_closing(u[m.end():])
        if not persons:
            out.append(u)
            continue
        return out + [_tidy(u[:m.start()]), *persons]
    return out


# What a sentence says a body is, after "là": "CĐCS là tổ chức cơ sở của Công đoàn Việt Nam", "Chi hội
# là nơi trực tiếp …", "Công đoàn là thành viên của hệ thống chính trị". Not the posts a plan gives a
# body ("là cơ quan thường trực, theo dõi …", "là đầu mối tham mưu …"), which say what it does.
DEFINING_NOUNS: tuple[str, ...] = ("tổ chức", "nơi", "hạt nhân", "cầu nối", "tế bào", "chỗ dựa", "thành viên",
                                   "người đại diện", "một tổ chức", "một bộ phận", "bộ phận cấu thành")
# Words by which the rest of such a sentence gives the body work after all ("…, có trách nhiệm …").
DUTY_WORDS: tuple[str, ...] = ("trách nhiệm", "nhiệm vụ", "chủ trì", "tham mưu", "theo dõi", "đôn đốc", "tổng hợp",
                               "báo cáo", "phối hợp", "hướng dẫn", "triển khai", "thực hiện", "giao")


_LA = _key("là")


def _defines(toks: list[_Tok], p: int) -> bool:
    """Does the sentence, whose units end at toks[p], say what they are ("… là tổ chức …") and give
    them no work in the rest of the sentence? A definition names no doer."""
    # "la" is "là" only in text stripped of its diacritics
    is_la = toks[p].key == _LA or (toks[p].stripped and toks[p].fold == "la") if p < len(toks) else False
    if not is_la or _match_any(toks, p + 1, DEFINING_NOUNS) is None \
            or _match(toks, p + 1, "tổ chức thực hiện") is not None:
        return False
    for k in range(p + 1, len(toks)):
        if toks[k].text in ".;" and not _abbreviation_dot(toks, k):
            break
        if k > p + 1 and _match_any(toks, k, DUTY_WORDS) is not None:
            return False
    return True


def _name_closing(rest: str) -> list[str]:
    """[the name] when `rest`, where the reading of a unit ended, is an honorific and a person's name
    alone ("ông Lê Văn Hai"): the reading ended after it, so what follows is the predicate, whatever
    verb it opens with ("… và ông Lê Văn Hai đến dự hội nghị")."""
    m = PERSON_ALONE_LINE.match(rest)
    return [m["name"]] if m is not None and _capitalised(m["name"]) else []


def _opening(toks: _Toks) -> tuple[int | None, _Head | None] | None:
    """How leading_units goes on: (end of an address word, the unit head after it) when a head
    follows, (None, None) when an opening clause does, None when the text names no unit.
    Reads at most _PREFIX_TRUSTED tokens: an address word (4 words at most), then a head (a
    determiner, a head of up to five words and the words checked after it, or a two-letter
    abbreviation and the head after that), or an opening clause (3 words at most); past a list
    label ("các cơ quan, đơn vị gồm:", 11 tokens at most) it reads further, and the head it then
    returns starts after its address word's end."""
    if not toks:
        return None
    i = 0
    addressed = _match_any(toks, 0, ADDRESS_WORDS)
    if addressed is not None:
        i = addressed
    head = _head_at(toks, i, lower_ok=addressed is not None)
    if head is not None:
        if head.determined and (j := _past_list_label(toks, i)) != i:
            # "Các đơn vị: Phòng Kinh tế, Trạm Y tế xã chủ trì …": the label only announces the
            # units named after its colon (one after which no unit follows is the unit itself)
            listed = _head_at(toks, j)
            if listed is not None:
                return addressed, listed
        return addressed, head
    if addressed is None and _match_any(toks, 0, CLAUSE_WORDS) is not None:
        return None, None
    return None


_PREFIX_TOKENS = 32    # the tokens read first
_PREFIX_TRUSTED = 16   # what _opening may read (it reads fewer than 14), plus a margin (a list label aside)


def _prefix_tokens(text: str, strings: list[str]) -> _Toks | None:
    """The first _PREFIX_TOKENS tokens of a longer text (`strings`: its first _PREFIX_TOKENS + 1
    token strings), when _opening reads the same there as in all its tokens: each token it may
    read has its neighbouring words in the prefix (their being plain ASCII marks a text stripped
    of diacritics). None otherwise."""
    if len(strings) <= _PREFIX_TOKENS:
        return None  # a short text: all its tokens are read anyway
    toks = _tokens(text, strings[:_PREFIX_TOKENS])
    if not any(t.word for t in toks[_PREFIX_TRUSTED:]):
        return None
    return toks


def _subject_after_clause(text: str, toks: list[_Tok]) -> list[str]:
    """The subject after an opening clause: "Căn cứ …, [tùy …] các cơ quan … chủ động …".

    A candidate follows a comma by at most five words (none of them "của", "với" …) or the
    "này" closing "Căn cứ Kế hoạch này", and its list must end at a predicate."""
    last_comma = None
    for p, t in enumerate(toks):
        if t.text in ".;" and not _abbreviation_dot(toks, p):
            break
        if t.text == ",":
            last_comma = p
            continue
        if not t.word or p == 0:
            continue
        if (last_comma == p - 1 and _match_any(toks, p, PREDICATES) is not None
                and _match_any(toks, p, ADVERBIAL_OPENERS) is None):
            # the main clause began with its verb ("…, chủ động xây dựng …"): it names no unit,
            # and a list of nouns further on is an object, not the subject
            break
        between = [q for q in range(last_comma + 1, p) if toks[q].word] if last_comma is not None else None
        after_comma = between is not None and len(between) <= 5 and not any(
            _match_any(toks, q, OBJECT_WORDS) is not None for q in between)
        if not (after_comma or toks[p - 1].fold == "nay"):
            continue
        head = _head_at(toks, p, lower_ok=True)
        if head is None:
            continue
        reading = _read(toks, head, stop_at_predicates=True)
        if reading.ended_by_predicate and reading.units:
            return _dedupe([_slice(text, toks, s) for s in reading.units])
    return []


# Where a clause of an item may open with the units in charge: the item's start, after a
# sentence or clause mark, inside an opening parenthesis ("… (Phòng Y tế chủ trì; …)"), or after a
# year that closed a wrapped line whose full stop was lost when the lines were joined ("…, Quý IV/2025
# Phòng Kinh tế chủ trì"): a capital right after a year opens the next sentence.
# (the Latin capitals with Vietnamese marks among them: Latin-1, Extended-A/B and Extended Additional)
_CAPITALS = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
                            if unicodedata.category(c) == "Lu")
CLAUSE_START = re.compile(rf"(?:^|(?<=[.;:])\s+|(?<=\d{{4}})\s+(?=[{_CAPITALS}])|\(\s*)(?=\S)")
# What follows the units in charge when no "chủ trì" is printed: "Giao X thực hiện; …".
DOING_WORDS: tuple[str, ...] = ("tổ chức thực hiện", "triển khai thực hiện", "tham mưu thực hiện",
                                "thực hiện", "phụ trách")
# Words between "chủ trì" and the support list: "chủ trì tham mưu, phối hợp với …".
LEAD_TAIL_WORDS: tuple[str, ...] = ("thực hiện", "triển khai", "tham mưu")
# The verb a unit named for a purpose reads on into at the end of its clause (folded).
DOING_TAIL = re.compile(r"\s+(?P<verb>(?:to chuc|trien khai|tham muu|huong dan)\s+)?thuc hien$")


def responsible_units(text: str) -> tuple[list[str], list[str]]:
    """(lead, support) named by the clause of a task that says who does it, else ([], []).

    The clause opens with its units ("Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện
    ủy thực hiện") or addresses them ("Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp Công an
    xã …", "Giao Phòng Y tế thực hiện."); "chủ trì" (or "là cơ quan chủ trì", "làm đầu mối") must
    follow the units, or a verb of doing that ends the clause ("…; các thôn tổ chức thực hiện.", "X
    thực hiện, phối hợp với Y"). The passive names them after the work ("…, do X thực hiện", "Nhiệm
    vụ này do X thực hiện"); a unit named inside a sentence ("… hội nghị do UBND huyện chủ trì") is
    an object, not the one in charge."""
    lead, support = _responsible_units(text)
    if not lead and text.rstrip(" .;")[-1:] == ")":
        lead, support = _bracketed_doer(text)
    return list(lead), list(support)


# A task that closes with who does it in brackets: "… hoàn thành trước ngày 20/12/2025 (Văn phòng
# thực hiện).", "(Ban Tuyên giáo chủ trì)"; the brackets hold only the units and the role word.
_CLOSING_DOER = re.compile(r"\(([^()]{2,160}?)\s+(?:thực hiện|chủ trì|phụ trách|triển khai)\s*\)\s*[.;]?\s*$", re.I)


def _bracketed_doer(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    m = _CLOSING_DOER.search(text)
    if m is None:
        return (), ()
    inner = m.group(1).strip()
    lead, support = _split_units(inner)
    if not lead or not all(is_unit(u) for u in lead + support):
        return (), ()   # "(theo Kế hoạch thực hiện)": no unit
    return lead, support


# A role in brackets after its unit ("Phòng Văn hóa và Thông tin (chủ trì), Trung tâm Văn hóa - Thể
# thao huyện (phối hợp) thực hiện") says what the bare word after it says.
_BRACKETED_ROLE = re.compile(r"\s*\(\s*(chủ trì|phối hợp)\s*\)", re.I)


# The honorific before a post that leads ("Đồng chí Phó Chủ tịch UBND xã … chủ trì", "Giao đồng chí Phó
# Chủ tịch … chủ trì"): the post is the unit, as in leading_units; not "các đồng chí" (the members), nor
# in brackets, where the post only says who in the unit before them sees to it ("Ban Thường vụ Hội (đồng
# chí Phó Chủ tịch Hội phụ trách) chủ trì").
_HONORED_POST = re.compile(r"(?<!các )(?<!những )(?<![\w(])(?<!\( )(?:đồng chí|đ/c)\s+(?=[^\W\d_])", re.I)


@memo(4096)
def _responsible_units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = _one_line(text)
    low = text.lower()
    if "chủ trì" not in low and "chu tri" not in low and "giao" not in low and "chỉ đạo" not in low \
            and "lãnh đạo" not in low and "đề nghị" not in low and "yêu cầu" not in low and "đầu mối" not in low \
            and ("phối hợp" not in low or "thực hiện" not in low) \
            and (" do " not in low and "(do " not in low or _DONE_BY.search(text) is None):
        # (most items name nobody: none of these words is printed; checked before folding; " do " is
        # mostly "tự do", "lý do", "do đó") — but a clause may name only who carries the task out
        # ("…; các thôn tổ chức thực hiện."): its verb closes a clause
        if _DOER_END_PRINTED.search(low) is None:
            return (), ()
        return _doer_clause(text, _fold(text)) or ((), ())
    if "(" in text and ("chủ trì" in low or "phối hợp" in low):
        text = _BRACKETED_ROLE.sub(lambda m: " " + m.group(1), text)
    if "đồng chí" in low or "đ/c" in low:
        text = _HONORED_POST.sub(lambda m: "" if post_not_name(text[m.end():m.end() + 40]) else m.group(), text)
    folded = _fold(text)
    chu_tri = find_all(folded, ("chu tri", "dau moi"))
    got = _first_clause_units(text, folded, chu_tri, False, every=len(chu_tri) > 1)
    if got is None and ("giao" in low or any(w in folded for w in _LOOSE_GATE)):
        # no clause with "chủ trì" or "Giao … thực hiện": one whose units lead and direct ("Đảng ủy xã
        # lãnh đạo, chỉ đạo", "Các chi bộ lãnh đạo, chỉ đạo chặt chẽ việc …"), or that hands the
        # units a duty by any verb ("Giao Văn phòng tham mưu …", "Đảng ủy giao X theo dõi, đôn đốc …").
        # ("giao" is looked for unfolded: folded, every "giáo dục" would be a cue)
        cues = find_all(folded, ("lanh dao", "chi dao")) + find_all(text.lower(), ("giao",))
        got = _first_clause_units(text, folded, cues, True)
    if got is None and "phối hợp" in low and "thực hiện" in low:
        # "Trạm Y tế xã thực hiện, Công an xã phối hợp.": the doer and its partner, each with its role
        got = _first_clause_units(text, folded, find_all(folded, ("thuc hien",)), False)
    if got is None and "do " in low:
        got = _done_by(text)
    if got is None and ("thực hiện" in low or "phụ trách" in low):
        got = _doer_clause(text, folded)
    return got if got is not None else ((), ())


# A verb of doing that closes its clause ("… tổ chức thực hiện.", "… phụ trách;"), folded: where a clause
# may name only who carries the task out.
# When the doer carries the task out, said after the verb to close the clause ("…; Công an xã thực hiện
# thường xuyên.", "…; Phòng Kinh tế thực hiện trong quý III/2025."): a time, never an object of the verb
# ("… thực hiện trong các trường học" names where) (folded)
_DOER_TIME = (r"(?:thuong xuyen|lien tuc|dinh ky|kip thoi|hang (?:nam|quy|thang|tuan|ngay)"
              r"|(?:trong|truoc|tu|den|vao|cuoi|dau|giua|ngay)\s+(?:ngay|thang|quy|nam|tuan|dip|thoi gian|suot|het)(?![a-z])"
              r"|(?:trong\s+)?(?:quy|thang|nam)\s+(?:[ivx]+(?![a-z])|\d)"
              r"|(?:truoc|tu|den)\s+\d{1,2}\s*/)")
# ... running to the clause's end in words of time only ("trong quý III/2025", "thường xuyên trong năm"):
# "thực hiện trong tháng 3 việc ra quân" goes on to its object, the task's own work
_DOER_NUMBER = r"\d++(?:[/.\-]\d++)*+"   # "2025", "III/2025", "30/6/2025", "10.2025": read whole, never in pieces
_DOER_TIME_TAIL = re.compile(r"\s*" + _DOER_TIME + r"(?>\d*(?:[/.\-]\d+)*)"
                             r"(?:\s+(?:[ivx]+|" + _DOER_NUMBER + r"|nam|thang|quy|tuan|ngay|trong|den|het|va"
                             r"|hang|moi|dau|cuoi|giua|truoc|sau|tu|thuong|xuyen|lien|tuc|dinh|ky|kip|thoi|gian|dip|tet"
                             r"|hoc|tiep|theo|nay|toi|ke)(?![a-z\d])|/" + _DOER_NUMBER
                             + r"|\s*[\-–]\s*(?:" + _DOER_NUMBER    # (a range, of numbers or of time words:
                             + r"|(?:nam|thang|quy|tuan|ngay)(?![a-z\d]))"   # "từ tháng 3 – tháng 5/2025")
                             + r")*+\s*(?:[.;,]|$)")
_DOER_END = re.compile(r"(?:(?:to chuc|trien khai|tham muu)\s+)?(?:thuc hien|phu trach)\s*(?:[.;,]|$|(?=" + _DOER_TIME + "))")
# (its gate, on the printed words: a time after the verb is checked on the folded text)
_DOER_END_PRINTED = re.compile(r"(?:thực hiện|phụ trách)\s*(?:[.;,]|$|(?=(?:thường xuyên|liên tục|định kỳ|kịp thời|hằng|hàng"
                               r"|trong|trước|từ|đến|vào|cuối|đầu|giữa|ngay|quý|tháng|năm)(?![^\W\d_])))")
_DOER_REACH = 160  # characters from a clause's start to its verb: more than a list of units


def _doer_clause(text: str, folded: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(lead, support) of a clause that only names who carries the task out: "…; các thôn tổ chức thực
    hiện.", "…. Đoàn Thanh niên xã thực hiện, Công an xã phối hợp.", "…; Sở Y tế thực hiện; Sở Công Thương
    phối hợp."; None when no clause does (a verb with an object after it is the task's own work)."""
    ends = [m.start() for m in _DOER_END.finditer(folded)]
    if not ends:
        return None
    for m in CLAUSE_START.finditer(text):
        s = m.end()
        if not any(s < i <= s + _DOER_REACH for i in ends) or _after_abbreviation(text[:m.start()]):
            continue
        clause = text[s:]
        toks = _tokens(clause)
        opened = _opening(toks)
        if opened is None or opened[1] is None or opened[0] is not None:
            continue  # no unit opens it, or it is addressed (read above)
        r = _read(toks, opened[1], stop_at_predicates=True)
        if not r.units:
            continue
        lead = [_slice(clause, toks, u) for u in r.units]
        if not r.ended_by_predicate:
            # a unit named for a purpose runs on through its verb: "…; Ban Quản lý dự án thực hiện."
            done = _doing_tail(lead[-1]) if _clause_ends(toks, r.units[-1][1]) else None
            if done is not None:
                return tuple(_dedupe(lead[:-1] + [done])), ()
            continue
        d = _match_any(toks, r.units[-1][1], DOING_WORDS)
        if d is not None and d < len(toks) and toks[d].text not in ".;,":
            tail = _DOER_TIME_TAIL.match(_fold(clause), toks.span(d)[0])
            if tail is not None:   # "… thực hiện trong quý III/2025.": the time closes the doer's clause
                return tuple(_dedupe(lead)), ()
        if d is None or not (d == len(toks) or toks[d].text in ".;,"):
            continue  # (a bracket closed inside the sentence, "Rà soát (Văn phòng thực hiện) các hồ sơ", is a note)
        partners, doers = _partner_clause(clause, toks, d)
        if not partners and d < len(toks) and toks[d].text == "," and _list_start(toks, d + 1) is not None:
            continue  # "X thực hiện, Y phối hợp kiểm tra …": Y's own clause goes on, not a doer's note
        if not partners:
            # "X thực hiện; Y phối hợp.": a later clause of the sentence names the partners
            end = next((q for q in range(d, len(toks)) if toks[q].text == "." and not _abbreviation_dot(toks, q)),
                       len(toks))
            partners = list(_clause_partners(clause[toks.span(d)[0]:toks.span(end - 1)[1]])) if end > d else []
        return tuple(_dedupe(lead + doers)), tuple(_dedupe(partners))
    return None


# "…, do X thực hiện", "(do X thực hiện)", "Nhiệm vụ này do X thực hiện": the doer named after the work.
# ("do" right after a noun, "hội nghị do UBND huyện chủ trì", names who chairs the thing, not the doer;
# "Do" opening a sentence gives a cause.)
_DONE_BY = re.compile(r"(?:(?P<mark>[,(])\s*|\b(?:nhiệm vụ|việc|nội dung|công việc|hoạt động)\s+(?:này|trên|nói trên)\s+)"
                      r"do\s+(?=\S)", re.I)
DONE_BY_WORDS: tuple[str, ...] = DOING_WORDS + ("đảm nhiệm", "đảm nhận", "triển khai")


def _done_by(text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(lead, support) of a passive "do X thực hiện[, phối hợp với Y]" (see _DONE_BY), else None; "do X
    chủ trì" only after "Nhiệm vụ này": after a comma or in brackets it names who chairs the event."""
    for m in _DONE_BY.finditer(text):
        rest = text[m.end():]
        toks = _tokens(rest)
        head = _head_at(toks, 0, lower_ok=True)
        if head is None:
            continue
        r = _read(toks, head, stop_at_predicates=True)
        if r.units and not r.ended_by_predicate and _clause_ends(toks, r.units[-1][1]) \
                and (done := _doing_tail(_slice(rest, toks, r.units[-1]))) is not None:
            # a unit named for a purpose runs on through its verb: "do Ban Quản lý dự án … thực hiện;"
            return tuple(_dedupe([_slice(rest, toks, s) for s in r.units[:-1]] + [done])), ()
        if not r.units or not r.ended_by_predicate:
            continue
        p = r.units[-1][1]
        if _match(toks, p, "chủ trì") is not None:
            got = None if m.group("mark") else _clause_units(rest)
            if got is not None:
                return got
            continue
        d = _match_any(toks, p, DONE_BY_WORDS)
        if d is not None:
            partners, doers = _partner_clause(rest, toks, d)
            return tuple(_dedupe([_slice(rest, toks, s) for s in r.units] + doers)), tuple(_dedupe(partners))
    return None


_LOOSE_GATE = ("lanh dao", "chi dao", "de nghi", "yeu cau")  # (folded: how the second reading may open)


def _first_clause_units(text: str, folded: str, cues: list[int], leading: bool, every: bool = False
                        ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The (lead, support) of the first clause that names who does the work; `every`: of each such
    clause that has a cue of its own after the first, joined — an item whose bullets or clauses each
    say who leads their part ("- Công chức Văn hóa - Xã hội chủ trì …; - Đoàn Thanh niên xã chủ trì
    …") is led by all of them, in order (a unit that leads one part and supports another leads)."""
    found: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    for m in CLAUSE_START.finditer(text):
        s = m.end()
        # a clause names who does it only when it is addressed ("Giao …") or its units are followed
        # by "chủ trì": the others are not worth reading (a long item has dozens of clauses)
        # (in the second reading, `leading`, an addressed clause is read again: any verb may follow)
        cued = any(s < i <= s + _LEAD_REACH for i in cues)
        if not cued and (found is not None or not folded.startswith(_ADDRESS_FOLDED, s)):
            continue
        if _after_abbreviation(text[:m.start()]):
            continue  # "TT. HĐND huyện …": the dot of an abbreviation opens no clause
        got = _clause_units(text[s:], leading)
        if got is None:
            continue
        if not every:
            return got
        if found is None:
            found = got
            continue
        lead = _dedupe(list(found[0] + got[0]))
        leads = {_fold(u) for u in lead}
        found = tuple(lead), tuple(u for u in _dedupe(list(found[1] + got[1])) if _fold(u) not in leads)
    return found


_ADDRESS_FOLDED = tuple(_fold(w) for w in ADDRESS_WORDS)
_LEAD_REACH = 300  # characters from a clause's start to its "chủ trì": more than any list of units


def _after_abbreviation(before: str) -> bool:
    """Does `before` end with the dot of a short abbreviation ("TT.", "UB.", "TP.")?"""
    if not before.endswith("."):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1].isalpha() and words[-1].isupper() and len(words[-1]) <= 3


def _clause_units(clause: str, leading: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    toks = _tokens(clause)
    opened = _opening(toks)
    if opened is None or opened[1] is None:
        return None
    addressed, head = opened
    reading = _read(toks, head, stop_at_predicates=True)
    if not reading.units:
        return None
    if addressed is None:
        turned = _subject_addressing(toks, reading)
        if turned is not None:
            addressed, head = turned
            reading = _read(toks, head, stop_at_predicates=True)
            if not reading.units:
                return None
    lead = [_slice(clause, toks, s) for s in reading.units]
    p = reading.units[-1][1]
    if not reading.ended_by_predicate:
        # a unit named for a purpose runs on through "thực hiện": "Giao Ban Chỉ đạo xã thực hiện."
        done = _doing_tail(lead[-1])
        if addressed is None or done is None or not _clause_ends(toks, p):
            return None
        return tuple(_dedupe(lead[:-1] + [done])), ()
    while p < len(toks) and toks[p].text == ",":
        p += 1
    e = _match(toks, p, "chủ trì") or _lead_role_end(toks, p)
    if e is None:
        done = _match_any(toks, p, DOING_WORDS) if addressed is not None else None
        if done is not None and _clause_ends(toks, done):
            partners, doers = _partner_clause(clause, toks, done)
            return tuple(_dedupe(lead + doers)), tuple(_dedupe(partners))
        if (d := _match_any(toks, p, DOING_WORDS)) is not None:
            partners, doers = _partner_clause(clause, toks, d)
            if partners:
                return tuple(_dedupe(lead + doers)), tuple(_dedupe(partners))
        if addressed is not None and (partners := _addressed_partners(clause, toks, p)):
            # "…; giao X phối hợp với Y thực hiện trước ngày …": the one given the work leads, Y is its partner
            return tuple(_dedupe(lead)), tuple(_dedupe(partners))
        if not leading:
            return None
        if addressed is None and (led := _leading_ends(toks, p)) is not None and (
                _clause_ends(toks, led) or _directs_work(toks, led)):
            # "Đảng ủy xã lãnh đạo, chỉ đạo; các chi bộ tổ chức thực hiện": the ones who carry it out lead too
            doers = _doers_closing(clause, toks, led) if led < len(toks) and toks[led].text == ";" else []
            return tuple(_dedupe(lead + doers)), _sentence_partners(clause, toks, led)
        # (a sentence's own opening, capitalised: "…; giao Văn phòng theo dõi" inside one is a side remark)
        if addressed is not None and toks[0].cap and _imperative(toks, addressed) \
                and _match_any(toks, p, PREDICATES + WEAK_PREDICATES) \
                and ((led := _leading_ends(toks, p)) is None or _clause_ends(toks, led) or _directs_work(toks, led)):
            # "Giao Văn phòng Đảng ủy tham mưu …", "Đề nghị Ủy ban MTTQ xã tuyên truyền, vận động …"
            return tuple(_dedupe(lead)), _sentence_partners(clause, toks, p)
        return None
    k = e
    while k < len(toks) and toks[k].text == ",":
        k += 1
    # "chủ trì, tham mưu, phối hợp với Y": the comma does not end the lead's part
    k = _match_any(toks, k, LEAD_TAIL_WORDS) or e
    while k < len(toks) and (toks[k].text in ",;" or toks[k].fold == "va"):
        k += 1
    support: list[str] = []
    f = _match(toks, k, "phối hợp")
    if f is not None:  # "X chủ trì, phối hợp (với) Y"
        f = _match(toks, f, "thực hiện") or f
        f = _with_end(toks, f) or f
        while f < len(toks) and toks[f].text in ":,":
            f += 1
        support, doers = _partners_and_doers(clause, toks, f)
        lead = lead + doers
    elif k > e and toks[k - 1].text in ",;":  # "X chủ trì; Y, Z phối hợp" (Y may be a post in lower case)
        nxt = _list_start(toks, k) or _lower_list_head(toks, 0, k)
        if nxt is not None:
            r = _read(toks, nxt, stop_at_predicates=True)
            q = r.units[-1][1] if r.units else k
            while q < len(toks) and toks[q].text == ",":
                q += 1
            q = _match_any(toks, q, SHARE_QUALIFIERS) or q
            while q < len(toks) and toks[q].text == ",":
                q += 1
            if r.ended_by_predicate and (g := _match(toks, q, "phối hợp")) is not None:
                support = [_slice(clause, toks, s) for s in r.units]
                g = _match(toks, g, "thực hiện") or g
                support += _units_closing(clause, toks, g)
                # "X chủ trì; Y phối hợp; Z tổ chức thực hiện": Z carries it out, as Z after "X chủ trì;" does
                lead = lead + _doers_closing(clause, toks, g)
            elif r.ended_by_predicate and (d := _match_any(toks, q, DOING_WORDS)) is not None and _clause_ends(toks, d):
                # "X chủ trì, Y thực hiện": Y carries it out, a second unit in charge, not a partner
                lead = lead + [_slice(clause, toks, s) for s in r.units]
    if f is None and not support:
        support = _later_partners(clause, toks, k)
        if not support and ";" in clause:
            # "X chủ trì hướng dẫn, kiểm tra …; Y phối hợp thực hiện": a later clause whose units say they
            # coordinate, as in a cell ("X chủ trì; Y phối hợp")
            end = next((q for q in range(k, len(toks)) if toks[q].text == "." and not _abbreviation_dot(toks, q)),
                       len(toks))
            if end > k:
                support = list(_clause_partners(clause[toks.span(k)[0]:toks.span(end - 1)[1]]))
    return tuple(_dedupe(lead)), tuple(_dedupe([u for u in support if u]))


def _addressed_partners(clause: str, toks: _Toks, p: int) -> list[str]:
    """The partners of an addressed unit when "phối hợp (chặt chẽ) với|cùng Y" follows it at toks[p] and
    Y's list ends at a predicate ("Giao Công an xã phối hợp với Đoàn Thanh niên rà soát …"); [] otherwise
    (a bare "phối hợp" there makes the addressed unit a partner of nobody named: "Giao X phối hợp thực hiện")."""
    f = _match(toks, p, "phối hợp")
    w = _with_end(toks, f) if f is not None else None
    if w is None:
        return []
    head = _head_at(toks, w, lower_ok=True)
    if head is None:
        return []
    r = _read(toks, head, stop_at_predicates=True)
    if not r.units:
        return []
    units = [_slice(clause, toks, s) for s in r.units]
    if not r.ended_by_predicate:
        if not _clause_ends(toks, r.units[-1][1]):
            return []
        units[-1] = _doing_tail(units[-1]) or units[-1]
    return [u for u in units if u]


# The lead's role said by what it is ("X là cơ quan chủ trì, …", "X làm đầu mối, phối hợp với Y …"); a
# bare "đầu mối" must close its clause ("Trạm Y tế là đầu mối thông tin …" says what it is for).
LEAD_ROLES: tuple[str, ...] = ("là cơ quan chủ trì", "là đơn vị chủ trì", "là cơ quan đầu mối", "là đơn vị đầu mối",
                               "giữ vai trò chủ trì")
FOCAL_ROLES: tuple[str, ...] = ("là đầu mối", "làm đầu mối")


def _lead_role_end(toks: list[_Tok], p: int) -> int | None:
    """End of a LEAD_ROLES phrase at toks[p], or of a FOCAL_ROLES one that closes its clause; else None."""
    e = _match_any(toks, p, LEAD_ROLES)
    if e is None and (e := _match_any(toks, p, FOCAL_ROLES)) is not None and not _clause_ends(toks, e):
        return None
    return e


# How units named together share a duty out, between them and their role word: "các thành viên Ban
# Chỉ đạo theo địa bàn phụ trách phối hợp thực hiện", "các ngành theo chức năng, nhiệm vụ phối hợp".
SHARE_QUALIFIERS: tuple[str, ...] = (
    "theo địa bàn được phân công phụ trách", "theo địa bàn được phân công", "theo địa bàn phụ trách",
    "theo lĩnh vực phụ trách", "theo lĩnh vực được phân công", "theo chức năng, nhiệm vụ được giao",
    "theo chức năng, nhiệm vụ", "theo chức năng nhiệm vụ", "theo chức năng", "theo nhiệm vụ được giao",
    "theo phân công",
    "căn cứ chức năng, nhiệm vụ được giao", "căn cứ chức năng, nhiệm vụ", "căn cứ chức năng nhiệm vụ",
    "căn cứ vào chức năng, nhiệm vụ được giao", "căn cứ vào chức năng, nhiệm vụ")
_SHARE_FOLDED = frozenset(_fold(q) for q in SHARE_QUALIFIERS)


# What joins "phối hợp" to its partners: "với", "cùng", "cùng với", after "chặt chẽ" or not.
_WITH_WORDS: tuple[str, ...] = ("cùng với", "với", "cùng")


def _with_end(toks: list[_Tok], f: int) -> int | None:
    """End of "[chặt chẽ ]với|cùng[ với]" after "phối hợp" ending at toks[f], else None."""
    return _match_any(toks, _match(toks, f, "chặt chẽ") or f, _WITH_WORDS)


def _partner_clause(clause: str, toks: _Toks, k: int) -> tuple[list[str], list[str]]:
    """(partners, doers) after "X thực hiện": the units of a clause "Y phối hợp[ thực hiện]" that
    follows a comma at toks[k] and ends the sentence, the doer's partners; or of "phối hợp (chặt chẽ)
    (với) Y" there, its subject the doer's ("X thực hiện, phối hợp với Y"), with the units of a last
    "; Z tổ chức thực hiện" its doers (see _partners_and_doers). ([], []) when the next clause is
    anything else ("…, Y kiểm tra …", "…, Y phối hợp tổ chức hội nghị" names Y's own work; "…, phối
    hợp với gia đình")."""
    if k >= len(toks) or toks[k].text != ",":
        return [], []
    if (f := _match(toks, k + 1, "phối hợp")) is not None:
        return _partners_and_doers(clause, toks, _with_end(toks, f) or f)
    # (a school's or a commune's posts printed in lower case open it too: "Tổng phụ trách Đội chủ
    # trì, giáo viên chủ nhiệm phối hợp", "…, trưởng thôn phối hợp"; the clause must still end there)
    if (nxt := _list_start(toks, k + 1) or _lower_list_head(toks, 0, k + 1)) is None:
        return [], []
    r = _read(toks, nxt, stop_at_predicates=True)
    if not r.units or not r.ended_by_predicate:
        return [], []
    g = _match(toks, r.units[-1][1], "phối hợp")
    if g is None:
        return [], []
    g = _match(toks, g, "thực hiện") or g
    if g < len(toks) and not (toks[g].text in ".;" and not _abbreviation_dot(toks, g)):
        return [], []
    return [_slice(clause, toks, s) for s in r.units], []


def _doers_closing(clause: str, toks: _Toks, k: int) -> list[str]:
    """The units after toks[k] = "," or ";" when a verb of doing ends their clause: "X chủ trì; Z tổ chức
    thực hiện." names Z a second unit in charge; "…; Z tổ chức ra quân …" opens Z's own work, and none."""
    if k >= len(toks) or toks[k].text not in ",;" or (nxt := _list_start(toks, k + 1)) is None:
        return []
    r = _read(toks, nxt, stop_at_predicates=True)
    if not r.units or not r.ended_by_predicate:
        return []
    d = _match_any(toks, r.units[-1][1], DOING_WORDS)
    if d is None or not _clause_ends(toks, d):
        return []
    return [_slice(clause, toks, s) for s in r.units]


def _partners_and_doers(clause: str, toks: _Toks, f: int) -> tuple[list[str], list[str]]:
    """(partners, doers) named from toks[f] on after "chủ trì, phối hợp (với)": the partners' list goes
    on past ";" ("…, phối hợp với Y; Z."), but units after the last ";" whose verb of doing closes the
    clause ("…, phối hợp với Y; Z tổ chức thực hiện.") carry the task out: they lead, as in a cell."""
    f = _past_list_label(toks, f)
    head = _head_at(toks, f, lower_ok=True)
    if head is None:
        return [], []
    r = _read(toks, head, stop_at_predicates=True)
    units = [_slice(clause, toks, s) for s in r.units]
    if units and not r.ended_by_predicate:
        units[-1] = _doing_tail(units[-1]) or units[-1]
        return [u for u in units if u], []
    cut = 0
    if len(r.units) > 1 and (d := _match_any(toks, r.units[-1][1], DOING_WORDS)) is not None and _clause_ends(toks, d):
        cut = next((i for i in range(len(r.units) - 1, 0, -1)
                    if any(toks[q].text == ";" for q in range(r.units[i - 1][1], r.units[i][0]))), 0)
    return [u for u in units[:cut or len(units)] if u], [u for u in units[cut:] if u] if cut else []


def _units_closing(clause: str, toks: _Toks, k: int) -> list[str]:
    """The units after toks[k] = "," or ";" when nothing but they end the sentence: "X chủ trì; Y
    phối hợp; Z." names Z a partner as Y is; "…; Z kiểm tra …" opens Z's own clause, and names none."""
    if k >= len(toks) or toks[k].text not in ",;":
        return []
    nxt = _list_start(toks, k + 1)
    if nxt is None:
        return []
    r = _read(toks, nxt, stop_at_predicates=True)
    if not r.units or r.ended_by_predicate:
        return []
    end = r.units[-1][1]
    if end < len(toks) and not (toks[end].text in ".;)" and not _abbreviation_dot(toks, end)):
        return []
    return [_slice(clause, toks, s) for s in r.units]


def _later_partners(clause: str, toks: _Toks, k: int) -> list[str]:
    """The partners of a lead whose own work comes first: "X chủ trì tham mưu tổng hợp kết quả,
    phối hợp với Y theo dõi …" — a comma, then "phối hợp (chặt chẽ) (với)" and a unit, before the
    sentence or clause ends. Only a unit right after "phối hợp" counts: "…, phối hợp tổ chức hội
    nghị" or "…, phối hợp với gia đình" names no partner."""
    for q in range(k, len(toks) - 2):
        t = toks[q].text
        if t == ";" or (t == "." and not _abbreviation_dot(toks, q)):
            return []
        if t != ",":
            continue
        f = _match(toks, q + 1, "phối hợp")
        if f is None:
            continue
        return _partners_at(clause, toks, _with_end(toks, f) or _match(toks, f, "chặt chẽ") or f)
    return []


# "phối hợp (với)" opening a task's text or one of its clauses, its subject left unsaid (folded):
# "Chủ trì, phối hợp với Y …", "Phối hợp với Y …", "…; phối hợp với Y vận động …".
def _partner_opening(breaks: str) -> re.Pattern:
    return re.compile(rf"(?:^|[{breaks}]\s+|^chu tri\s*(?:,|va)\s*)phoi hop(?: chat che)?(?: voi| cung(?: voi)?)?\s+")


_PARTNER = _partner_opening(";:.")
# …and after a comma, where the subject is the item's heading unit: "Kiểm tra việc thực hiện … tại
# các chi bộ, phối hợp với Văn phòng Đảng ủy thực hiện" (only a unit right after "với" counts)
_PARTNER_CLAUSE = _partner_opening(";:.,")


def partner_units(text: str) -> list[str]:
    """The units a task's text names to work with where "phối hợp (với)" opens it or one of its
    clauses with no subject of its own: the subject is the item's unit, printed elsewhere (the
    heading it sits under, "1. Công an tỉnh: a) Chủ trì, phối hợp với Cục Hải quan tỉnh …"), so
    these are its support. [] when none."""
    return list(_partner_units(text, _PARTNER_CLAUSE))


@memo(4096)
def _partner_units(text: str, opening: re.Pattern = _PARTNER) -> tuple[str, ...]:
    low = text.lower()
    if "phối hợp" not in low and "phoi hop" not in low:
        return ()  # (checked before folding: most items print no such clause)
    text = _one_line(text)
    out: list[str] = []
    for m in opening.finditer(_fold(text)):
        rest = text[m.end():]
        out.extend(u for u in _partners_at(rest, _tokens(rest), 0) if u)
    return tuple(_dedupe(out))


def subject_partners(text: str) -> list[str]:
    """The units a task's text names to work with right after the units it opens with, its
    subject: "Các chi hội phối hợp với Công an xã nắm tình hình …" → ["Công an xã"]. A subject
    followed by "phối hợp" without "với" is a partner itself ("UBND các xã phối hợp thực hiện"),
    and names none: [] then, as when the text opens with no unit. A later clause after ";" whose own
    units are the subject of "phối hợp" ("…; Công an xã phối hợp thực hiện.") names them."""
    return list(_subject_partners(text))


# "phối hợp" right before a capitalised unit: "… phối hợp Trạm Y tế xã tổ chức …" (its partner, no "với")
_BARE_PARTNER = re.compile(rf"phối hợp\s+(?:cùng\s+)?[{_CAPITALS}]")


@memo(4096)
def _subject_partners(text: str) -> tuple[str, ...]:
    low = text.lower()
    if "phối hợp với" not in low and "phoi hop voi" not in low and _BARE_PARTNER.search(text) is None:
        if "phối hợp" in low and ";" in text:
            return _clause_partners(text)
        return ()  # (checked before reading: most items print no such clause)
    text = ITEM_MARKER.sub("", BULLET.sub("", _one_line(text)))
    toks = _tokens(text)
    opened = _opening(toks)
    if opened is None or opened[1] is None:
        return ()
    reading = _read(toks, opened[1], stop_at_predicates=True)
    if not reading.units or not reading.ended_by_predicate:
        return ()
    p = reading.units[-1][1]
    while p < len(toks) and toks[p].text == ",":
        p += 1
    # how the subject shares the duty, and a manner, before its verb: "Các ban, ngành căn cứ chức năng,
    # nhiệm vụ chủ động phối hợp với Y …"
    p = _match_any(toks, p, SHARE_QUALIFIERS) or p
    p = _match_any(toks, p, PARTNER_MANNERS) or p
    f = _match(toks, p, "phối hợp")
    w = _with_end(toks, f) if f is not None else None
    if w is None and f is not None and f < len(toks) and toks[f].cap and _head_at(toks, f) is not None:
        w = f  # "X phối hợp Trạm Y tế xã tổ chức …": the unit right after it, without "với"
    if w is None:
        # a later clause of the same subject: "X bổ sung sách …; phối hợp với Y tổ chức …"
        return _partner_units(text)
    return tuple(_dedupe([u for u in _partners_at(text, toks, w) if u]))


# How a subject works with its partners, between it and "phối hợp": "Các trường chủ động phối hợp với …".
PARTNER_MANNERS: tuple[str, ...] = ("chủ động", "tích cực", "thường xuyên", "tiếp tục")


def _clause_partners(text: str) -> tuple[str, ...]:
    """The units of a later clause that are themselves the subject of "phối hợp" (no "với" after
    it): "UBND xã chỉ đạo …; Văn phòng HĐND và UBND xã phối hợp thực hiện trong năm 2026." The
    item's subject leads; a clause naming other units as the ones who coordinate names its support.
    Only clauses after ";" are read: a comma inside a sentence joins objects, not subjects."""
    text = _one_line(text)
    out: list[str] = []
    for part in text.split(";")[1:]:
        part = part.strip()
        if "phối hợp" not in part.lower():
            continue
        toks = _tokens(part)
        opened = _opening(toks)
        if opened is None or opened[1] is None or opened[0] is not None:
            continue  # no unit opens the clause, or it is addressed ("Giao X …"), not a subject
        reading = _read(toks, opened[1], stop_at_predicates=True)
        if not reading.units or not reading.ended_by_predicate:
            continue
        p = reading.units[-1][1]
        while p < len(toks) and toks[p].text == ",":
            p += 1
        f = _match(toks, p, "phối hợp")
        if f is None or _match(toks, f, "với") is not None or _match(toks, f, "chặt chẽ") is not None:
            continue  # "Y phối hợp với Z": Y works with Z, the clause is not about partners of the item
        out.extend(u for u in (_slice(part, toks, s) for s in reading.units) if u)
    return tuple(_dedupe(out))


def _partners_at(text: str, toks: list[_Tok], i: int) -> list[str]:
    """The units named from toks[i] on after "phối hợp (với)", the last one without the "thực
    hiện" a purpose-named unit runs on into."""
    i = _past_list_label(toks, i)
    head = _head_at(toks, i, lower_ok=True)
    if head is None:
        return []
    r = _read(toks, head, stop_at_predicates=True)
    units = [_slice(text, toks, s) for s in r.units]
    if units and not r.ended_by_predicate:
        units[-1] = _doing_tail(units[-1]) or units[-1]
    return units


# The words that only announce a list of partners printed after a colon: "phối hợp các đơn vị:
# Công an xã; Trạm Y tế xã", "phối hợp với các cơ quan, đơn vị sau: …", "… các ngành gồm: …".
_LIST_LABEL_WORDS = frozenset(_word_fold(w) for w in (
    "các", "những", "cơ", "quan", "đơn", "vị", "ngành", "tổ", "chức", "ban", "phòng", "bộ", "phận",
    "đoàn", "thể", "liên", "sau", "gồm", "như", "có", "là", "và", ","))


def _past_list_label(toks: list[_Tok], i: int) -> int:
    """The token after the colon when toks[i] opens a lowercase label of the list that follows
    ("các đơn vị:", "các cơ quan, đơn vị liên quan gồm:"): the label names no unit, the list does.
    i itself otherwise."""
    if i >= len(toks) or toks[i].fold not in ("cac", "nhung"):
        return i
    for j in range(i + 1, min(i + 10, len(toks))):
        t = toks[j]
        if t.text == ":":
            return j + 1 if j + 1 < len(toks) and toks[j + 1].cap else i
        if t.cap or t.fold not in _LIST_LABEL_WORDS:
            return i
    return i


def _subject_addressing(toks: list[_Tok], reading: _Reading) -> tuple[int, _Head] | None:
    """(end of "giao", the head after it) when the clause opens with one body that hands the task
    on ("Đảng ủy giao X chủ trì", "UBND huyện giao cho X thực hiện"): that body is not in charge,
    the units it addresses are. None otherwise."""
    if len(reading.units) != 1 or not reading.ended_by_predicate:
        return None
    a = _match_any(toks, reading.units[0][1], GIVING_WORDS)
    if a is None:
        return None
    head = _head_at(toks, a, lower_ok=True)
    return (a, head) if head is not None else None


def _doing_tail(unit: str) -> str | None:
    """The unit without the "thực hiện" that its reading ran on into, None without one."""
    m = DOING_TAIL.search(_fold(unit))
    if m is None or m.start() == 0:
        return None
    if m.group("verb") and unit[m.start("verb")].isupper():
        return _tidy(unit[:m.end("verb")])  # "Ban Tổ chức thực hiện": the capitalised word names the body
    return _tidy(unit[:m.start()])


# How a Party committee's (or a government's) plan says which body is in charge of a task: "Đảng ủy
# xã lãnh đạo, chỉ đạo;", "Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo thực hiện.", "UBND huyện chỉ đạo
# thực hiện." The clause must end there: "UBND huyện chỉ đạo các xã …" names who is directed next.
LEADING_WORDS: tuple[str, ...] = ("lãnh đạo", "chỉ đạo")


# How much leading ("Các chi bộ tăng cường lãnh đạo, chỉ đạo …"), before the verb.
LEADING_DEGREES: tuple[str, ...] = ("tăng cường", "tập trung", "trực tiếp", "tiếp tục")


def _leading_ends(toks: list[_Tok], p: int) -> int | None:
    """End of "[tăng cường ]lãnh đạo[, (và) chỉ đạo][ thực hiện]" at toks[p], else None."""
    p = _match_any(toks, p, LEADING_DEGREES) or p
    e = _match_any(toks, p, LEADING_WORDS)
    if e is None:
        return None
    k = e
    while k < len(toks) and (toks[k].text == "," or toks[k].fold == "va"):
        k += 1
    if k > e:
        e = _match_any(toks, k, LEADING_WORDS) or e
    return _match_any(toks, e, DOING_WORDS) or e


# Manners of leading that may stand between "lãnh đạo, chỉ đạo" and the work it directs.
LEADING_MANNERS: tuple[str, ...] = ("chặt chẽ", "quyết liệt", "sâu sát", "sát sao", "toàn diện", "kịp thời",
                                    "thường xuyên", "triệt để", "thống nhất", "có hiệu quả", "hiệu quả", "tốt")


def _directs_work(toks: list[_Tok], k: int) -> bool:
    """Does "lãnh đạo, chỉ đạo" ending at toks[k] go on with the work it directs ("… chặt chẽ việc
    học tập, quán triệt")? Not when a unit follows: "UBND huyện chỉ đạo các xã …" names the ones
    directed, who do the work."""
    manner = False
    while (e := _match_any(toks, k, LEADING_MANNERS)) is not None:
        k, manner = e, True
    if manner and _clause_ends(toks, k):
        return True  # "… lãnh đạo, chỉ đạo chặt chẽ, hoàn thành …"
    return k < len(toks) and toks[k].word and _head_at(toks, k, lower_ok=True) is None


# Openings that hand the units named next a duty, whatever verb follows ("Giao X tham mưu …",
# "Đề nghị X tuyên truyền …"); "Đối với X", "Trách nhiệm của X" only name whom a part concerns.
IMPERATIVE_WORDS: tuple[str, ...] = GIVING_WORDS + ("kính đề nghị", "đề nghị", "yêu cầu")


def _imperative(toks: list[_Tok], addressed: int) -> bool:
    """Is the address word ending at toks[addressed] one that hands a duty (IMPERATIVE_WORDS)?"""
    return any(_match_any(toks, i, IMPERATIVE_WORDS) == addressed for i in range(max(0, addressed - 3), addressed))


def _sentence_partners(clause: str, toks: _Toks, p: int) -> tuple[str, ...]:
    """The partners named in the rest of the sentence after a lead read without "chủ trì": a clause
    "…; Y phối hợp thực hiện" or "…; phối hợp với Y …"."""
    end = next((q for q in range(p, len(toks)) if toks[q].text == "." and not _abbreviation_dot(toks, q)), len(toks))
    rest = clause[toks.span(p)[0]:toks.span(end - 1)[1]] if end > p else ""
    if "phối hợp" not in rest.lower():
        return ()
    # "Giao X tham mưu …, phối hợp với Y …": the partner after the lead's own work, as after "chủ trì"
    return tuple(_dedupe([*_clause_partners(rest), *_partner_units(rest)])) or tuple(
        _dedupe([u for u in _later_partners(clause, toks, p) if u]))


def _clause_ends(toks: list[_Tok], j: int) -> bool:
    return j >= len(toks) or toks[j].text in ".;,)"


def split_units(text: str) -> tuple[list[str], list[str]]:
    """A unit cell or a "Đơn vị chủ trì/phối hợp" value → (lead_units, support_units), in order.

    Items are separated by ";" and bullets, and within an item by ", " / " và " before a new
    unit head. "Phối hợp:" / "Đơn vị phối hợp:" labels (for what follows), a trailing "phối hợp"
    or "(phối hợp)", and "X chủ trì, phối hợp với Y" send units to support_units."""
    lead, support = _split_units(text)
    return list(lead), list(support)  # fresh lists: the caller may keep or change them


def has_role_label(text: str) -> bool:
    """Does a unit cell label its units' roles ("Chủ trì: X", "Đơn vị phối hợp: Y")?"""
    folded = _fold(text)
    return ROLE_GATE.search(folded) is not None and LABEL_SPLIT.search(folded) is not None


@memo(8192)  # (unit cells recur within a plan and across plans)
def _split_units(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lead: list[str] = []
    support: list[str] = []
    role = "lead"
    partners = False  # did the item before end on "phối hợp với <units>"?
    told = False  # … or on a unit that said "phối hợp" itself, after the lead ("X chủ trì; Y phối hợp")?
    last_role = "lead"
    for item, entry in _items(text):
        folded = _fold(item)
        label = LABEL.match(folded)
        if label is None:
            label = LABEL_BARE.match(folded)
            label = label if label and _starts_unit(item[label.end():]) else None
        if label:  # "Đơn vị phối hợp: …" holds for the items after it too
            role = _role(label.group("role"))
            item, folded = item[label.end():], folded[label.end():]
        item_role = role
        prefix = ROLE_PREFIX.match(folded)
        if prefix is None and folded[:1] in " p" and (bare := ROLE_PREFIX_BARE.match(folded)) \
                and _starts_unit(item[bare.end():]):
            prefix = bare
        if prefix and prefix.end() < len(item):  # "Phối hợp với UBND các xã"
            item_role = _role(prefix.groupdict().get("role") or "phoi hop")
            item, folded = item[prefix.end():], folded[prefix.end():]
        if folded[:1] in "gdk" and (address := CELL_ADDRESS.match(folded)) is not None \
                and _starts_unit(item[address.end():]):
            # "Giao X chủ trì; …", "Đề nghị Ủy ban MTTQ …", "Do X thực hiện": the address is no word of a unit
            item, folded = item[address.end():], folded[address.end():]
        if ":" in item and folded.lstrip().startswith(("cac ", "nhung ")):
            # "Các đơn vị: Phòng Kinh tế, Trạm Y tế chủ trì": the label announces the units after it
            toks = _tokens(item)
            j = _past_list_label(toks, 0)
            if j:
                cut = toks.span(j)[0]
                item, folded = item[cut:], folded[cut:]
        # "X chủ trì, phối hợp với Y; Z": the list after "với" goes on past the ";" (as a sentence's
        # does, see _partner_units) until a label, a bullet or a role of the item's own
        # "- X chủ trì;\n- Y phối hợp;\n- Z": after units that said their roles, a bare bullet of the same
        # cell is one more partner, as after a ";" (below); after "phối hợp với Y" a bullet opens a new entry
        continued = (partners and not (label or prefix or entry)) or (told and not (label or prefix))
        if continued:
            item_role = "support"
        parts = _inline_roles(item, folded, item_role)
        # (an item opening "Phối hợp với Y" names partners as the end of "X chủ trì, phối hợp với Y" does)
        partners = parts[-1][1] == "support" and (len(parts) > 1 or (prefix is not None and item_role == "support"))
        roles = set()
        # "X chủ trì; Y phối hợp; Z", "X chủ trì, Y phối hợp, Z": once the lead is named, a unit
        # that says it coordinates opens the partners, and the units printed after it with no role
        # of their own are partners too (as after "X chủ trì, phối hợp với Y; Z" above)
        said_support = False
        parts = [(p, r) for part, r in parts for p in _handed_on(part)]
        for part, part_role in parts:
            if _role_alone(part):
                continue
            part, own_role = _strip_role(part, part_role)
            said_support = said_support or (own_role == "support" != part_role and bool(lead))
            for unit in _persons_in_cell(_split_item(part)):
                unit, unit_role = _strip_role(unit, own_role)
                if unit_role == "support" != own_role and lead:
                    said_support = True
                elif said_support and unit_role == own_role == "lead" and not label:
                    unit_role = "support"
                unit = _unshared(unit)
                if any(c.isalpha() for c in unit) and _fold(unit) not in LABEL_NOUNS:
                    (support if unit_role == "support" else lead).append(unit)
                    roles.add(unit_role)
                    last_role = unit_role
        told = (said_support or (told and continued)) and last_role == "support" and roles == {"support"} \
            if roles else told
        partners = partners or (continued and roles == {"support"}) or (said_support and last_role == "support")
    return tuple(_dedupe(lead)), tuple(_dedupe(support))


# Words addressing the units a cell's item names next (folded): "Giao (cho) X", "Đề nghị X", "Do X thực hiện".
CELL_ADDRESS = re.compile(r"\s*(?:giao(?:\s+(?:nhiem vu|trach nhiem))?(?:\s+cho)?|(?:kinh\s+)?de nghi|do)\s+")


def unshared(text: str) -> str:
    """The units named without how they share the duty out after them: "Các ban, ngành căn cứ chức năng,
    nhiệm vụ" → "Các ban, ngành"; the text itself when it ends with no such words."""
    return _unshared(text.rstrip())


def _unshared(unit: str) -> str:
    """The unit without how it shares the duty out, closing a cell's unit as a sentence's reading stops
    before it: "Các thành viên BCĐ theo địa bàn phụ trách" → "Các thành viên BCĐ" (SHARE_QUALIFIERS)."""
    if " theo " not in unit and " căn cứ " not in unit:
        return unit
    folded = _fold(unit)
    for word in (" theo ", " can cu "):
        i = folded.find(word)
        while i > 0:
            if folded[i + 1:].rstrip(TRAILING_PUNCT) in _SHARE_FOLDED:
                return _tidy(unit[:i])
            i = folded.find(word, i + 1)
    return unit


# A body that hands a cell's work to the one who prepares it: "UBND xã (giao Công chức Văn hóa - Xã
# hội tham mưu)", "UBND xã (Văn phòng tham mưu)", and the other way round, "Công chức Địa chính - Xây
# dựng tham mưu UBND xã". Both answer for the work, in the order printed. (Lower-case "tham mưu" only:
# capitalised, it is a word of a name, "Phòng Tham mưu Công an tỉnh".)
_HANDED_IN_BRACKETS = re.compile(r"\s*\(\s*(?:giao(?:\s+cho)?\s+)?(?P<inner>[^()]+?)\s+(?:tham mưu|thực hiện|phụ trách)"
                                 r"(?:\s+thực hiện)?\s*\)\s*[.;,]?\s*$")
_ADVISING = re.compile(r"\s+tham mưu(?:\s+cho)?\s+(?=\S)")


def _handed_on(part: str) -> list[str]:
    """The part as the units it names, a body and the one it hands the work to read apart (see
    _HANDED_IN_BRACKETS); [part] when it names no such pair."""
    if "tham mưu" not in part and "thực hiện)" not in part and "phụ trách)" not in part:
        return [part]
    m = _HANDED_IN_BRACKETS.search(part) if part.rstrip(" .;,").endswith(")") else None
    if m is not None:
        pair = [part[:m.start()], m.group("inner")]
    else:
        m = _ADVISING.search(part)
        if m is None:
            return [part]
        pair = [part[:m.start()], part[m.end():]]
    return pair if all(is_unit(u) and len(u) <= 120 for u in pair) else [part]


_PERSON_TITLE_WORDS = ("ông", "bà", "đ/c", "đồng chí")  # a cheap gate for PERSON_TITLE


def _persons_in_cell(units: list[str]) -> list[str]:
    """`units` with a person joined to a unit ("Các hộ gia đình và ông Nguyễn Văn A") read apart, as
    a sentence reads them (_persons_after_units): only an honorific and a name ending the unit."""
    out: list[str] = []
    for u in units:
        low = u.lower()
        m = _JOINED_PERSON.search(u) if any(w in low for w in _PERSON_TITLE_WORDS) else None
        persons = _name_closing(u[m.end():]) if m is not None else []
        out.extend([_tidy(u[:m.start()]), *persons] if persons else [u])
    return out


def _role(word: str) -> str:
    return "support" if word == "phoi hop" else "lead"


def _role_alone(text: str) -> bool:
    """Is the text a role word printed alone where a unit's name should stand (ROLE_ALONE)?"""
    return len(text) <= ROLE_ALONE_CHARS and ROLE_ALONE.fullmatch(_fold(text).strip(TRAILING_PUNCT + "() ")) is not None


def _strip_role(text: str, role: str) -> tuple[str, str]:
    """"Các đơn vị liên quan phối hợp." → ("Các đơn vị liên quan", "support")."""
    folded = _fold(text)
    m = ROLE_SUFFIX.search(folded) if ROLE_GATE.search(folded) else None
    if m and text[:m.start()].strip(TRAILING_PUNCT + "("):
        kept = text[:m.start()]
        if "(" in kept and kept.count("(") > kept.count(")") and kept[:kept.rfind("(")].strip(TRAILING_PUNCT):
            # "UBND xã (theo Kế hoạch thực hiện)": a note on how, in brackets the role word closed
            # (a unit in them is read by _handed_on first)
            kept = kept[:kept.rfind("(")]
        return _tidy(kept), _role(m.group("role"))
    return text, role


# The lead's role said by what it is, closing the units before "chủ trì" / "phối hợp" (folded): "X là
# cơ quan chủ trì, …", "X làm đầu mối, phối hợp với Y": LEAD_ROLES and FOCAL_ROLES less their "chủ trì".
_CELL_LEAD_PHRASES = sorted({_fold(p).removesuffix(" chu tri") for p in LEAD_ROLES + FOCAL_ROLES}, key=len, reverse=True)
CELL_LEAD_ROLE = re.compile(r"\s+(?:" + "|".join(p.replace(" ", r"\s+") for p in _CELL_LEAD_PHRASES) + r")[\s,;]*$")


def _inline_roles(item: str, folded: str, role: str) -> list[tuple[str, str]]:
    """"X chủ trì, phối hợp với Y và Z" → [(X, lead), (Y và Z, support)]; "X phối hợp Y" (a capitalised
    unit right after it, no "với") → [(X, role), (Y, support)]."""
    for m in (ROLE_WORD.finditer(folded) if ROLE_GATE.search(folded) else ()):
        before = item[:m.start()]
        if not before.strip(TRAILING_PUNCT):
            continue
        if (cut := CELL_LEAD_ROLE.search(folded, 0, m.start())) is not None:
            before = before[:cut.start()]
        s = INLINE_SUPPORT.match(folded, m.start())
        if s and s.group("with") and "c" in s.group("with") and not _starts_unit(item[s.end():]):
            s = None  # "phối hợp cùng thực hiện": done together, no partner named
        if m.group() == "chu tri":
            if s:
                return [(before, "lead"), (item[s.end():], "support")]
            # "X chủ trì; Y, Z phối hợp" printed without the semicolon
            rest = item[AFTER_LEAD.match(folded, m.start()).end():]
            return [(before, "lead")] + ([(rest, role)] if _starts_unit(rest) else [])
        if s and s.group("with"):
            return [(before, role), (item[s.end():], "support")]
        if s and s.end() < len(item) and not folded.endswith("hoi dong ", 0, m.start()) \
                and (_starts_unit(item[s.end():]) if item[s.end()].isupper() else bool(_labelled_doers(item[s.end():])[0])):
            # (a school's or a union's partners are posts in lower case: "Tổng phụ trách Đội phối hợp
            # giáo viên chủ nhiệm", "Trạm Y tế phối hợp cộng tác viên dân số")
            return [(before, role), (item[s.end():], "support")]
        return [(item, role)]  # a trailing "phối hợp" is read off each part
    return [(item, role)]


def _items(text: str) -> list[tuple[str, bool]]:
    """Bullet/semicolon items of a unit cell, broken lines rejoined, role labels split off; each
    with whether a bullet opened it (a new entry of the cell, not the ";" list of the one before)."""
    lines: list[str] = []
    dashed = False  # does the cell list its units with bullets?
    for line in _clean(text).split("\n"):
        if not line:
            continue
        if not lines:
            dashed = BULLET.match(line) is not None
        if lines and not BULLET.match(line) and not _ends_item(lines[-1]) and not (
                _starts_unit(line) and not _dangling(lines[-1])):
            lines[-1] += " " + line  # a broken line: "… tổ dân" / "phố liên quan"
        elif lines and not dashed and _wrapped_at_dash(lines[-1], line):
            lines[-1] += " " + line  # "Báo Bà Rịa" / "- Vũng Tàu;": the name's own dash began the line
        else:
            lines.append(line)
    out: list[str] = []
    for line in lines:
        for piece in _split_outside_parens(line, ";"):
            # role labels inside one line: "Chủ trì: Phòng Y tế. Phối hợp: Trung tâm Y tế"
            fp = _fold(piece)
            # (not before a count: "UBND các xã thực hiện: 50 bản tin" is a heading, see _split_item)
            cuts = [m.start() for m in LABEL_SPLIT.finditer(fp) if m.start() > 0
                    and not _counts(_tokens(piece[m.end():]), 0)] if ":" in fp else []
            bounds = [0] + cuts + [len(piece)]
            for a, b in zip(bounds, bounds[1:]):
                entry = BULLET.match(piece[a:b]) is not None
                out.extend((seg, entry) for seg in _split_inline_bullets(piece[a:b]))
    return [(p, entry) for p, entry in ((BULLET.sub("", o).strip(" ;,"), entry) for o, entry in out)
            if p.strip(TRAILING_PUNCT)]


def _split_outside_parens(text: str, sep: str) -> list[str]:
    if len(sep) == 1 and "(" not in text:  # no parenthesis ever opens: a plain split
        return text.split(sep)
    parts, depth, last = [], 0, 0
    for k, c in enumerate(text):
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c == sep and depth == 0:
            parts.append(text[last:k])
            last = k + 1
    parts.append(text[last:])
    return parts


def _split_inline_bullets(seg: str) -> list[str]:
    """"- UBND huyện - Phòng Nội vụ" on one line; never "Văn phòng - thống kê"."""
    if not BULLET.match(seg):
        return [seg]
    body = BULLET.sub("", seg)
    pieces, last = [], 0
    for m in INLINE_BULLET.finditer(body):
        if m.start() > 0 and _starts_unit(body[m.end():]):
            pieces.append(body[last:m.start()])
            last = m.end()
    pieces.append(body[last:])
    return pieces


def _ends_item(line: str) -> bool:
    return line.rstrip().endswith((";", "."))


NAME_DASH = re.compile(r"^[-–]\s+")


def _wrapped_at_dash(prev: str, line: str) -> bool:
    """Is `line` ("- Vũng Tàu;", "- Thương binh và Xã hội") the rest of a name that a narrow cell
    wrapped before the dash inside it, rather than the next item? Only in a cell whose units are
    not bulleted, after a line that ends no item, and when what follows the dash is no unit."""
    m = NAME_DASH.match(line)
    return (m is not None and not prev.rstrip().endswith((";", ".", ",", ":"))
            and not _starts_unit(line[m.end():]))


def _dangling(line: str) -> bool:
    """A line that cannot end a unit name: "… Thể thao và", "Văn phòng"."""
    toks = _tokens(line)
    if not toks:
        return True
    last = toks[-1]
    if last.text in ",-–&(" or last.fold in ("va", "cac", "cua", "thuoc"):
        return True
    head = _head_at(toks, 0)
    return head is not None and head.end == len(toks)


def _starts_unit(line: str) -> bool:
    return _list_start(_tokens(BULLET.sub("", line)), 0) is not None


# The last words of a unit named with its level ("Công an xã", "UBND huyện", "Trạm Y tế phường") (folded).
_CLOSING_LEVELS = frozenset(("xa", "phuong", "tran", "huyen", "quan", "tinh", "pho"))


def _split_item(item: str) -> list[str]:
    """One item → its units: split at ", <head>" / " và <head>", never at other commas."""
    toks = _tokens(item)
    if not toks:
        return []
    head = _head_at(toks, 0, lower_ok=True) or _Head(0, 1, False, False)
    reading = _read(toks, head, stop_at_predicates=False)
    if ":" in item and reading.units and reading.units[-1][1] < len(toks):
        named = _read(toks, head, stop_at_predicates=True).units
        if named and _heads_a_count(toks, named[-1][1]):
            return []  # "UBND các xã: 50 bản tin", "Các hợp tác xã tham gia: 12 lượt": a count's heading
        if named and _does_a_count(toks, named[-1][1]):
            return [u for u in (_slice(item, toks, s) for s in named) if u]  # "Công an xã thực hiện: 03 đợt"
    if len(reading.units) == 1 and reading.units[0][1] == len(toks) and len(toks) > head.end + 1:
        # "Công an xã tuần tra", "Đoàn Thanh niên ra quân": a cell's unit may go on with what it does;
        # a role word is read off by _strip_role, and names a body by its work ("Hội đồng phối hợp …")
        # Only a unit closed by its level ("… xã", "… huyện"): "Tổ rà soát thôn", "Hội đồng tự đánh giá",
        # "các sở quản lý ngành" are names.
        done = _read(toks, head, stop_at_predicates=True).units
        cut = done[0][1] if len(done) == 1 else len(toks)
        if cut < len(toks) and not toks[cut].cap and toks[cut - 1].fold in _CLOSING_LEVELS \
                and (_match_any(toks, cut, PREDICATES) or _match_any(toks, cut, _WEAK_OR_LOWER)) \
                and ROLE_GATE.match(_fold(item[toks.span(cut)[0]:])) is None:
            return [u for u in (_slice(item, toks, done[0]),) if u]
    return [u for u in (_slice(item, toks, s) for s in reading.units) if u]


def _dedupe(units: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for u in units:
        k = " ".join(_fold(u).split())
        if u and k not in seen:
            seen.add(k)
            out.append(u)
    return out


# ---------------------------------------------------------------- canonical form
CANONICAL_RULES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"\s*[-\u2010-\u2015\u2212]\s*", " - "),
    (r"\s*/\s*", "/"),
    (r"\s+([,.;:)])", r"\1"),
    (r"\(\s+", "("),
    (r"\b(?:ủy ban|ub)\.?\s*(?:mặt trận tổ quốc|mttq)(?:\s*(?:việt nam|vn)\b)?|\bubmttq(?:vn)?\b"
     r"(?:\s*(?:việt nam|vn)\b)?|\b(?:mặt trận tổ quốc|mttq)(?:\s*(?:việt nam|vn)\b)?|\bmttqvn\b",
     "UBMTTQ Việt Nam"),
    (r"\bủy ban nhân dân\b", "UBND"),
    (r"\bhội đồng nhân dân\b", "HĐND"),
    (r"\bthi đua\s*[-,]?\s*khen thưởng\b", "TĐKT"),
    (r"\bhđ\s+(?=tđkt\b)", "Hội đồng "),
    (r"\bgiáo dục và đào tạo\b|\bgd\s*(?:&|và|-)\s*đt\b|\bgdđt\b", "GD&ĐT"),
    (r"\bban chỉ huy quân sự\b|\bbch\s*quân sự\b|\bbchqs\b|\bban chqs\b", "Ban CHQS"),
    (r"\bhội liên hiệp phụ nữ\b|\bhlhpn\b", "Hội LHPN"),
    (r"\bcựu chiến binh\b", "CCB"),
    (r"\bđoàn thanh niên cộng sản hồ chí minh\b|\bđoàn tncs hồ chí minh\b|\bđoàn tn\b|\bđtn\b",
     "Đoàn Thanh niên"),
    (r"\s*\((?:để\s+)?(?:b/c|báo cáo|biết|t/h|thực hiện|chủ trì|phối hợp)\)\s*$", ""),
))


@memo(16384)
def canonical_unit(name: str) -> str:
    """Comparison key for grouping units across plans; not for printing.

    NFC, tone placement normalised, "Ủy ban nhân dân" → "UBND", the forms of the Ủy ban MTTQ →
    "UBMTTQ Việt Nam", "Hội đồng TĐKT" for its spellings, dashes and spaces unified, case-folded:
    canonical_unit("UB. MTTQ Việt Nam phường") == canonical_unit("Ủy ban Mặt trận Tổ quốc Việt Nam phường")."""
    from pipeline.normalize import canon  # underthesea's text_normalize; imported late (~0.7 s)

    text = _tidy(_one_line(name))
    text = canon(text) if text else text
    for pattern, repl in CANONICAL_RULES:
        text = pattern.sub(repl, text)
    return SPACES.sub(" ", text).strip(TRAILING_PUNCT).casefold()


# ------------------------------------------------------------ the doer printed after the duty
# A duty followed by who does it, as short plans print their preparations: "- Khăn quàng cho đại biểu:
# BCH Liên đội.", "- Âm thanh, loa đài: Văn phòng HĐND và UBND xã", "- Trang trí khánh tiết (Đoàn TN,
# Văn phòng)", "… – Giao: Công chức Văn hóa - Xã hội", "- Kịch bản: BCH Liên đội + Tổng phụ trách lên
# kịch bản, tập luyện". The doer closes the line: after its last colon, or alone in closing brackets.
# A label that says who or when rather than what is done is context, not a duty ("Thành phần: Đoàn
# viên, thanh niên", "Địa điểm: Hội trường UBND xã") (folded).
_CONTEXT_LABEL = re.compile(
    r"^(?:doi tuong|thanh phan|dai bieu|khach moi|so luong|pham vi|thoi gian|thoi diem|dia diem|chu de|tieu chi"
    r"|hinh thuc|kinh phi|trang phuc|luu y|ghi chu|muc dich|yeu cau|ket qua|san pham|noi dung chinh|ban giam khao"
    r"|co cau|giai thuong|tong so|gom|bao gom|chu tri|phoi hop|don vi|co quan|bo phan|trach nhiem)\b")
# (whole words: "Doanh nghiệp …", "Giaolưu" typed without its space, keep their letters)
_DOER_ADDRESS = re.compile(r"^(?:giao(?:\s+cho)?|do|phan cong)(?!\w)\s*:?\s*", re.I)
_DOER_SUPPORT = re.compile(r"[,;]?\s*(?:đơn vị\s+)?phối hợp(?:\s+(?:với|cùng))?\s*:?\s*", re.I)
_PARTNER_LABEL = re.compile(r"[,;.]\s*(?:đơn vị\s+)?phối hợp\s*:\s*", re.I)
_DOER_JOINER = re.compile(r"\s*\+\s*|\s*;\s*")
_CLOSING_BRACKETS = re.compile(r"\(([^()]{2,120})\)\s*[.;]?\s*$")
_DUTY_WORD = re.compile(r"[a-zà-ỹđ]{2,}")
# A list the colon opens that a role or a word of listing announces ("…; chủ trì, phối hợp các đơn vị: Công an
# xã; Trạm Y tế xã …", "Thành viên gồm: …", "… như sau:"): partners or members, not who does the duty (folded).
_ROLE_BEFORE_LIST = re.compile(r"\b(?:phoi hop|chu tri|gom|bao gom|nhu sau|sau day|cu the)\b[^.;:]{0,40}$")
# A duty that names whom or where its work reaches, the list after it saying which ("Kiểm tra … tại các cơ sở:
# Trường Mầm non …", "Tập huấn cho các đối tượng: …", "Khen thưởng các tập thể có thành tích: …", "Gửi giấy
# mời đến: …", "Mời dự khai mạc: …"): those are its objects, not its doers. A duty closing on the label of
# its doer ("… Phụ trách: X") is none (folded).
_OBJECTS_BEFORE_LIST = re.compile(
    r"(?:\b(?:den|toi|ve|cho|tai|voi)$"
    r"|(?<!\bcua )\b(?:cac|nhung|mot so)\s+(?:co so|don vi|co quan|tap the|ca nhan|doan the|to chuc|truong|xa"
    r"|phuong|thon|ban nganh|nganh|dia phuong|doi tuong|chi doan|chi hoi|chi bo|hoi|ho|gia dinh)\b[^.;:]{0,60}$)")
_DOER_LABEL_END = re.compile(r"\b(?:phu trach|thuc hien|trach nhiem|giao(?: cho)?)$")


# The words of a place's level or a hamlet's noun (folded), longest first: "Xã Minh Hòa", "Khu phố 3", "Thôn Đông"
_PLACE_NOUNS = tuple(sorted({_fold(w) for w in LEVELS_BOTTOM_UP + HAMLET_PLACE_NOUNS}, key=len, reverse=True))


def _names_a_place(duty: str) -> bool:
    """Is the duty a place's name alone ("Xã Minh Hòa", "Khu phố 3", "Thôn Đồng Tâm"): where the work is
    done, the units after it ("Nhà văn hóa khu 3", "Trạm Y tế xã") its venues, not its doers?"""
    words = duty.strip(" -–—+•*").split()
    folded = _fold(" ".join(words))
    noun = next((n for n in _PLACE_NOUNS if folded.startswith(n + " ")), None)
    if noun is None:
        return False
    name = words[len(noun.split()):]
    return bool(name) and all(w[:1].isupper() or w[:1].isdigit() for w in name)


def _lists_objects(duty: str) -> bool:
    """Does the duty announce the units after it as whom or where it reaches (_OBJECTS_BEFORE_LIST)?"""
    folded = _fold(duty).strip(" -–—+•*").rstrip(" .,;")
    return _DOER_LABEL_END.search(folded) is None and (_OBJECTS_BEFORE_LIST.search(folded) is not None
                                                       or _INVITES.match(duty.strip(" -–—+•*")) is not None)


# Whom the duty invites ("Mời dự khai mạc: …", "Kính mời: …"), told by its tone marks: folded, "mỗi" (each)
# and "mới" (new) read the same
_INVITES = re.compile(r"(?:[Kk]ính\s+)?[Mm]ời(?!\w)")


def _last_colon(text: str) -> int:
    """Where the last colon outside brackets and hours ("8:30") stands, else -1."""
    depth, at = 0, -1
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == ":" and not depth and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):
            at = i
    return at


def _whole_units(part: str) -> list[str] | None:
    """The units `part` is made of, joined by ",", "+", ";" or "và" — None when anything else is in it."""
    part = part.strip().rstrip(" .;,")
    if not part:
        return None
    units: list[str] = []
    for piece in _DOER_JOINER.split(part):
        piece = piece.strip()
        commas = [c.strip() for c in piece.split(",")]
        # units listed by commas, each a unit of its own ("Chi đoàn giáo viên, Ban lao động nhà trường"),
        # else the piece read whole (a name may hold a comma: "Ban Chỉ đạo phòng, chống dịch")
        if len(commas) > 1 and all(c and _whole_units(c) for c in commas):
            units.extend(u for c in commas for u in _whole_units(c) if u not in units)
            continue
        got = leading_units(piece) if piece else []
        # every word of the piece is read as its units (", " and "và" are read by leading_units)
        if not got or _fold(" ".join(got)).replace(",", " ").split()[-1:] != _fold(piece).replace(",", " ").split()[-1:]:
            return None
        units.extend(u for u in got if u not in units)
    return units


def _acting_units(part: str) -> list[str] | None:
    """The units `part` opens with when a lower-case verb goes on after them ("BCH Liên đội + Tổng phụ
    trách lên kịch bản, …", "Liên đội trưởng tổng hợp."), else None: the words before the first verb
    must all be units (a post's charge reads on over a verb it does not know, "Tổng phụ trách tập
    luyện …", so the verb is looked for first)."""
    for m in _DOER_VERB.finditer(part):
        # (the first verb whose words before it are all units: "phụ trách" is also a word of "Tổng phụ trách")
        if m.start() > 0 and (units := _whole_units(part[:m.start()])):
            return units
    return None


# A lower-case verb that a doer's units go on into: the predicates units end before, and the steps of
# drawing up a programme ("lên kịch bản", "tập luyện").
_DOER_VERB = re.compile(r"(?<=\s)(?:" + "|".join(sorted(
    {re.escape(v) for v in PREDICATES + WEAK_PREDICATES + LOWER_PREDICATES + ("lên", "tập luyện", "dẫn", "chuẩn bị")
     if v[:1].islower() and v not in ("là", "theo", "để", "nhằm", "được", "phối")}, key=len, reverse=True))
    + r")(?!\w)")


def duty_doers(text: str) -> tuple[list[str], list[str]]:
    """(lead, support) printed after the duty that closes on them (see _CONTEXT_LABEL above), else
    ([], []). "- Khăn quàng cho đại biểu: BCH Liên đội." → (["BCH Liên đội"], []); "Dọn vệ sinh nghĩa
    trang – Giao: Đoàn Thanh niên xã, phối hợp: Hội Cựu chiến binh" → (["Đoàn Thanh niên xã"], ["Hội Cựu
    chiến binh"]); "Trang trí khánh tiết (Đoàn TN, Văn phòng)" → (["Đoàn TN", "Văn phòng"], [])."""
    lead, support = _duty_doers(_one_line(text))
    if any(_VENUE.match(_fold(u)) for u in lead):
        return [], []   # (where it is held: "Tổ chức Lễ mít tinh (Nhà văn hóa thôn Đông)")
    return list(lead), list(support)


# A building a duty is held in, named like a unit ("Nhà văn hóa thôn Đông", "Nhà thi đấu huyện"): its venue,
# no doer (folded)
_VENUE = re.compile(r"(?:nha (?:van hoa|thi dau|truyen thong|sinh hoat cong dong|rong)|hoi truong|san van dong"
                    r"|quang truong|tru so)\b")


@memo(4096)
def _duty_doers(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = text.strip()
    folded = _fold(text)
    if _CONTEXT_LABEL.match(folded):
        return (), ()
    # "…: Đoàn trường, phối hợp: Liên đội": the partners after their label, the lead before it
    partners = _PARTNER_LABEL.search(text)
    if partners is not None:
        support = _whole_units(text[partners.end():])
        lead = _duty_doers(text[:partners.start()])[0] if support is not None else ()
        return (lead, tuple(support)) if lead else ((), ())
    # "… – Giao: X, phối hợp: Y": the address, then the partners
    giao = re.search(r"(?:^|[\s.;,(–—-])giao(?:\s+cho)?\s*:\s*", text, re.I)
    if giao is not None and _DUTY_WORD.search(text[:giao.start()]):
        tail = text[giao.end():].rstrip(" .;)")
        parts = _DOER_SUPPORT.split(tail, maxsplit=1)
        lead = _acting_units(parts[0]) or _whole_units(parts[0])
        support = _whole_units(parts[1]) if len(parts) > 1 else []
        if lead and support is not None:
            return tuple(lead), tuple(support)
        return (), ()
    m = _CLOSING_BRACKETS.search(text)
    if m is not None and _DUTY_WORD.search(text[:m.start()]) and not _lists_objects(text[:m.start()]):
        inner = _DOER_ADDRESS.sub("", m.group(1).strip())
        parts = _DOER_SUPPORT.split(inner, maxsplit=1)
        lead = _whole_units(parts[0])
        support = _whole_units(parts[1]) if len(parts) > 1 else []
        if lead and support is not None:
            return tuple(lead), tuple(support)
    at = _last_colon(text)
    if at < 0:
        return (), ()
    duty, tail = text[:at].strip(), _DOER_ADDRESS.sub("", text[at + 1:].strip())
    # the duty is work said in words ("Khăn quàng cho đại biểu"), not a unit heading its duties
    # ("Công an xã: Rà soát …" reads the other way) nor a bare label
    if not _DUTY_WORD.search(duty) or len(duty.split()) < 2 or leading_units(duty) \
            or _ROLE_BEFORE_LIST.search(_fold(duty)) or _lists_objects(duty) or _names_a_place(duty):
        return (), ()
    # (a verb first: a post's charge may read on over it, "Tổng phụ trách Đội lên kịch bản")
    lead = _acting_units(tail) or _whole_units(tail)
    if not lead and _ROLE_LABEL_END.search(_fold(duty)):
        # "Họp phụ huynh; Người thực hiện: giáo viên chủ nhiệm": after a label that names the doer's
        # role, the value is read as a unit cell is, in lower case too
        return _labelled_doers(tail)
    return (tuple(lead), ()) if lead else ((), ())


# A label closing the duty that names the role of who does it: "Người thực hiện", "Phụ trách", "Bộ phận
# thực hiện", "Đơn vị chủ trì" (folded; see _duty_doers).
_ROLE_LABEL_END = re.compile(r"(?:^|[\s;,.(])(?:(?:nguoi|can bo|bo phan|don vi|co quan)\s+)?"
                             r"(?:thuc hien|phu trach|chu tri|chiu trach nhiem)\s*$")


def labelled_units(value: str) -> tuple[list[str], list[str]]:
    """(lead, support) of a doer's value printed after its label ("Người thực hiện: giáo viên chủ nhiệm"),
    read as a unit cell is, in any case, when it opens on a unit's head; else ([], [])."""
    lead, support = _labelled_doers(value)
    return list(lead), list(support)


def _labelled_doers(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lead, support) of a labelled doer's value read as a unit cell (split_units), when it opens on
    a unit's head in any case ("giáo viên chủ nhiệm", "tổ chuyên môn, liên đội"), else nothing."""
    value = value.strip().rstrip(" .;,")
    toks = _tokens(value)
    # (a deputy's post is the post's head after "phó": "phó hiệu trưởng", "Phó chủ tịch UBND xã")
    first = 1 if len(toks) > 1 and toks[0].fold == "pho" else 0
    if not toks or _head_at(toks, first, lower_ok=True) is None or len(toks) > MAX_UNIT_WORDS:
        return (), ()
    lead, support = _split_units(value)
    return (lead, support) if lead else ((), ())
