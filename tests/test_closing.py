"""The closing: a composed Nơi nhận + signer block in, (authority, title, name) and recipients out."""
import json
from pathlib import Path

import pytest

from extractors.closing import extract_recipients, extract_signer, is_title_line, recipients_caption_end
from pipeline.document import Document, Line
from pipeline.ingest.text import read_text
from pipeline.normalize import normalize, normalize_text

BODY = ("III. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao Văn phòng theo dõi, đôn đốc thực hiện Kế hoạch này.\n"
        "Trên đây là Kế hoạch của UBND xã, đề nghị các đơn vị triển khai thực hiện./.\n")

# (name, closing text after BODY, (authority, title, name), recipients)
CASES = [
    ("one column after the other", """Nơi nhận:
- UBND huyện (b/c);
- Phòng Nội vụ;
- Lưu: VT, NV.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Sùng Lử Páo""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Sùng Lử Páo"),
     ["UBND huyện (b/c)", "Phòng Nội vụ", "Lưu: VT, NV"]),

    ("KT. under TM.: the innermost authority", """Nơi nhận:
- UBND thị xã;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Quang Sáng""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Sáng"), ["UBND thị xã", "Lưu: VP"]),

    ("no authority line", """Nơi nhận:
- UBND huyện;
- Lưu: VT.
CHỦ TỊCH
Đàm Thị Phượng""", (None, "CHỦ TỊCH", "Đàm Thị Phượng"), ["UBND huyện", "Lưu: VT"]),

    ("everything on one line each", """Nơi nhận: - UBND huyện; - Phòng Nội vụ; - Lưu: VT.
TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"),
     ["UBND huyện", "Phòng Nội vụ", "Lưu: VT"]),

    ("columns interleaved row by row", """Nơi nhận: TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c); KT. CHỦ TỊCH
- Phòng Nội vụ; PHÓ CHỦ TỊCH
- Các ban, ngành, đoàn thể xã;
- Lưu: VT. Hoàng Văn Bình""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Bình"),
     ["UBND huyện (b/c)", "Phòng Nội vụ", "Các ban, ngành, đoàn thể xã", "Lưu: VT"]),

    ("title run on after Lưu, (Đã ký)", """Nơi nhận:
- Như trên;
- Thường trực Đảng ủy;
- Lưu: VT. CHỦ TỊCH
(Đã ký)
Lò Văn Pấng""", (None, "CHỦ TỊCH", "Lò Văn Pấng"), ["Như trên", "Thường trực Đảng ủy", "Lưu: VT"]),

    ("one table row, a cell per column, [daky]",
     "Nơi nhận: - Sở Nội vụ; - UBND các huyện, thành phố; - Lưu: VT, NV.\t"
     "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH [daky] Trần Thị Hạnh",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Hạnh"), ["Sở Nội vụ", "UBND các huyện, thành phố", "Lưu: VT, NV"]),

    ("MTTQ, placeholder for the signature", """Nơi nhận:
- Ban Thường trực Ủy ban MTTQ Việt Nam huyện (b/c);
- Đảng ủy xã (b/c);
- Lưu: VP.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(ký, ghi rõ họ tên)
Phạm Thị Lan""", ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Phạm Thị Lan"),
     ["Ban Thường trực Ủy ban MTTQ Việt Nam huyện (b/c)", "Đảng ủy xã (b/c)", "Lưu: VP"]),

    ("Party: T/M, comma-ended items", """Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M ĐẢNG ỦY
BÍ THƯ
Giàng A Sình""", ("TM. ĐẢNG ỦY", "BÍ THƯ", "Giàng A Sình"),
     ["Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"]),

    ("TL. then KT.", """Nơi nhận:
- Như trên;
- Lưu: VT, KGVX.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Ngô Đức Minh""", ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Ngô Đức Minh"), ["Như trên", "Lưu: VT, KGVX"]),

    ("no Nơi nhận: after the last ./.", """TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vi Văn Thành""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vi Văn Thành"), []),

    ("name in capitals", """Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
NGUYỄN VĂN HÙNG""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"), ["UBND huyện", "Lưu: VT"]),

    ("items without bullets", """Nơi nhận:
UBND huyện;
Phòng Nội vụ huyện;
Lưu: VT.
CHỦ TỊCH
Lê Thị Mai""", (None, "CHỦ TỊCH", "Lê Thị Mai"), ["UBND huyện", "Phòng Nội vụ huyện", "Lưu: VT"]),

    ("an appendix after the signer is not read", """Nơi nhận:
- UBND huyện;
- Lưu: VT.
GIÁM ĐỐC
Đỗ Minh Tuấn
PHỤ LỤC
Danh mục nhiệm vụ
TRƯỞNG BAN
Nguyễn Văn Sai""", (None, "GIÁM ĐỐC", "Đỗ Minh Tuấn"), ["UBND huyện", "Lưu: VT"]),

    ("Ban Chỉ đạo", """Nơi nhận:
- Thành viên BCĐ;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Quách Văn Lợi""", ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Quách Văn Lợi"), ["Thành viên BCĐ", "Lưu: VT"]),

    ("Party: the authority printed a line above Nơi nhận", """T/M BAN THƯỜNG VỤ
Nơi nhận: PHÓ BÍ THƯ
- Thường trực Tỉnh ủy (để b/c),
- Các tổ chức cơ sở đảng trực thuộc,
- Lưu Văn phòng Huyện ủy. Trần Đình Lương""", ("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Đình Lương"),
     ["Thường trực Tỉnh ủy (để b/c)", "Các tổ chức cơ sở đảng trực thuộc", "Lưu Văn phòng Huyện ủy"]),

    ("two authority lines above Nơi nhận", """TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
Nơi nhận: PHÓ CHỦ TỊCH
- Sở Nội vụ tỉnh Sơn La;
- Lưu: VT.
Lò Thị Hương""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Thị Hương"), ["Sở Nội vụ tỉnh Sơn La", "Lưu: VT"]),

    ("a department: KT. GIÁM ĐỐC above Nơi nhận", """KT. GIÁM ĐỐC
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, VP.
PHÓ GIÁM ĐỐC
Võ Thị Thanh Hà""", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Thị Thanh Hà"), ["UBND tỉnh (b/c)", "Lưu: VT, VP"]),

    ("a caps heading above Nơi nhận is not the signer's", """V. CHẾ ĐỘ BÁO CÁO
Nơi nhận:
- UBND huyện;
- Lưu: VT.
CHỦ TỊCH
Hà Văn Tùng""", (None, "CHỦ TỊCH", "Hà Văn Tùng"), ["UBND huyện", "Lưu: VT"]),

    ("unsigned draft", """Nơi nhận:
- UBND huyện ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None), ["UBND huyện", "Lưu: VT"]),

    # --- the signer block printed wholly above "Nơi nhận:" ------------------------------------
    ("a joint plan's two blocks side by side above Nơi nhận: the right-hand one, the lead's",
     """TM. BAN THƯỜNG TRỰC TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Thị Lan Trương Văn Dũng
Nơi nhận:
- Thường trực Huyện ủy (b/c);
- UBND, UBMTTQ VN các xã;
- Lưu: VT UBND, VT MTTQ.""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Văn Dũng"),
     ["Thường trực Huyện ủy (b/c)", "UBND, UBMTTQ VN các xã", "Lưu: VT UBND, VT MTTQ"]),

    ("two blocks side by side, titles on one row without a marker between them",
     """TM. BAN THƯỜNG TRỰC TM. ỦY BAN NHÂN DÂN
PHÓ CHỦ TỊCH CHỦ TỊCH
Nguyễn Văn Hà Lê Văn Nam
Nơi nhận:
- Như trên;
- Lưu: VT.""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Nam"), ["Như trên", "Lưu: VT"]),

    ("one block above Nơi nhận, a placeholder under the title", """TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Lò Văn Mạnh
Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Mạnh"), ["Sở Nội vụ", "Lưu: VT"]),

    ("a Party committee's block above Nơi nhận", """T/M BAN CHẤP HÀNH
BÍ THƯ
Nguyễn Văn Thành
Nơi nhận:
- Huyện ủy (b/c);
- Các chi bộ;
- Lưu VP.""", ("TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn Thành"), ["Huyện ủy (b/c)", "Các chi bộ", "Lưu VP"]),

    ("short body lines above Nơi nhận without a marker are not a signer", """4. Trưởng các thôn
thực hiện.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH THƯỜNG TRỰC
Vàng A Dơ""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Vàng A Dơ"), ["UBND huyện", "Lưu: VT"]),

    # --- "Trương" is a surname, "Trường"/"Trưởng" are not ---------------------------------------
    ("a signer named Trương; schools and heads stay recipients", """Nơi nhận:
- Trường THCS Kim Đồng;
- Trưởng Công an xã;
- Lưu: VT.
CHỦ TỊCH
TRƯƠNG THỊ MAI""", (None, "CHỦ TỊCH", "Trương Thị Mai"), ["Trường THCS Kim Đồng", "Trưởng Công an xã", "Lưu: VT"]),
    # --- "Đặng" and "Tống" are surnames, "Đảng" and "Tổng" are not ------------------------------
    ("a department's deputy named Đặng; the Party's bodies stay recipients", """Nơi nhận:
- Đảng ủy Sở;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đặng Văn Thành""", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Văn Thành"), ["Đảng ủy Sở", "Lưu: VT, QLCN"]),
    ("a commune chairman named Đặng, in capitals", """Nơi nhận:
- Đảng ủy xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
ĐẶNG THỊ HỒNG NHUNG""", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Thị Hồng Nhung"), ["Đảng ủy xã", "Lưu: VT"]),
    ("a district deputy named Tống; the general office stays a recipient", """Nơi nhận:
- Tổng công ty Điện lực miền Bắc;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Tống Văn Bằng""", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tống Văn Bằng"), ["Tổng công ty Điện lực miền Bắc", "Lưu: VT"]),
]


@pytest.mark.parametrize("name, closing, signer, recipients", CASES, ids=[c[0] for c in CASES])
def test_closing(name, closing, signer, recipients):
    doc = normalize_text(BODY + closing)
    assert extract_signer(doc) == signer
    got = extract_recipients(doc)
    assert [r.recipient for r in got] == recipients
    assert [r.recipient_id for r in got] == list(range(len(recipients)))


def _doc_of(lines: list[str]) -> Document:
    """A Document laid out line for line, as a PDF reader gives it (no lines rejoined)."""
    out, pos = [], 0
    for i, t in enumerate(lines):
        out.append(Line(index=i, text=t, start=pos, end=pos + len(t)))
        pos += len(t) + 1
    return Document(text="\n".join(lines), lines=out)


# Layouts a PDF reader leaves: (lines after the body, signer, recipients)
PDF_CASES = [
    ("name wrapped, columns interleaved", [
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như Điều 3; CHỦ TỊCH", "- UBND thành phố Cần Thơ (b/c);",
        "- CT, các PCT UBND quận; Nguyễn Thành", "Trung", "- Lưu: VT, QLĐT."],
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thành Trung"),
     ["Như Điều 3", "UBND thành phố Cần Thơ (b/c)", "CT, các PCT UBND quận", "Lưu: VT, QLĐT"]),
    ("item wrapped, name printed before its block, OCR lost a tone mark", [
        "Nơi nhận:", "- BTT UB MTTQ VN thành phố (b/c);", "- UBND huyện Chi Lăng, Văn Quan, Hữu",
        "Lũng, Bắc Sơn, TP Lạng Sơn;", "- Lưu: VT.", "H'Nga Byă", "TM. BAN THƯỜNG TRỰC", "CHU TỊCH", "(Đã ký)"],
     ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "H'Nga Byă"),
     ["BTT UB MTTQ VN thành phố (b/c)", "UBND huyện Chi Lăng, Văn Quan, Hữu Lũng, Bắc Sơn, TP Lạng Sơn",
      "Lưu: VT"]),
]


@pytest.mark.parametrize("name, lines, signer, recipients", PDF_CASES, ids=[c[0] for c in PDF_CASES])
def test_closing_pdf_layouts(name, lines, signer, recipients):
    doc = _doc_of(BODY.splitlines() + lines)
    assert extract_signer(doc) == signer
    assert [r.recipient for r in extract_recipients(doc)] == recipients


def test_signer_cell_reflowed():
    text = BODY + ("| Nơi nhận: - Bộ Tài chính (b/c); - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN KT.<br>"
                   "CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Quang Huy |\n|---|---|\n")
    doc = normalize_text(text, "md")
    assert extract_signer(doc) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Quang Huy")
    assert [r.recipient for r in extract_recipients(doc)] == ["Bộ Tài chính (b/c)", "Lưu: VT, KT"]


def test_closing_in_a_markdown_table():
    text = BODY + ("| **Nơi nhận:**<br>- UBND thị xã;<br>- Đảng ủy xã;<br>- Lưu: VP. | **TM. ỦY BAN NHÂN DÂN**<br>"
                   "**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>*(Đã ký)*<br><br>**Vũ Quang Sáng** |\n|---|---|\n")
    doc = normalize_text(text, "md")
    assert extract_signer(doc) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Quang Sáng")
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND thị xã", "Đảng ủy xã", "Lưu: VP"]


def test_a_task_about_receiving_files_is_not_the_list():
    text = ("II. NỘI DUNG\n1. Tiếp nhận hồ sơ khen thưởng.\n- Nơi nhận hồ sơ: Bộ phận một cửa UBND xã.\n"
            + BODY + "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Tám")
    doc = normalize_text(text)
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND huyện", "Lưu: VT"]
    assert extract_signer(doc) == (None, "CHỦ TỊCH", "Lê Văn Tám")


def test_no_closing():
    doc = normalize_text("Một đoạn văn bản không có phần kết.\nKhông có người ký.")
    assert extract_signer(doc) == (None, None, None)
    assert extract_recipients(doc) == []


# ------------------------------------------------------------------------------ the real plans
SAMPLES = Path("/work/shared/sample-plans")
GOLD = Path("/work/shared/gold")
PLANS = sorted(p for p in SAMPLES.glob("*") if (GOLD / f"{p.stem}.json").exists()) if SAMPLES.exists() else []


@pytest.mark.skipif(not PLANS, reason="sample plans not available")
@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_real_plan_closing(path):
    doc = normalize(read_text(path.read_bytes(), path.suffix.lstrip(".")))
    gold = json.loads((GOLD / f"{path.stem}.json").read_text())
    g = gold["document"]
    assert extract_signer(doc) == (g["signing_authority"], g["signer_title"], g["signer_name"])
    assert [r.recipient for r in extract_recipients(doc)] == gold["recipients"]


@pytest.mark.parametrize("line, name", [
    ("Đinh Thị Thanh Tâm Trương Công Vĩnh", "Trương Công Vĩnh"),
    ("Nguyễn Văn Hà Lê Văn Nam", "Lê Văn Nam"),            # "Hà" is a surname too: the even cut wins
    ("HOÀNG VĂN THỤ NÔNG THỊ HẰNG", "Nông Thị Hằng"),
    ("Lê Văn Lương Hà Nội", None),                           # two-word halves are no names side by side
    ("Nguyễn Văn An", None),
    ("Phòng Văn hóa Xã hội Nguyễn Văn Bình", None),
])
def test_the_right_hand_of_two_names_side_by_side(line, name):
    from extractors.closing import _last_of_two_names

    assert _last_of_two_names(line) == name


# A scan's seal and handwritten signature come out of OCR as short specks between the block's lines.
@pytest.mark.parametrize("block, signer", [
    ("TM. ỦY BAN NHÂN DÂN :\nKT. CHỦ TỊCH\nSH\nPHO CHU TỊCH\n:\nLê Văn Dũng",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Dũng")),
    ("KT. GIÁM ĐỐC\nẸ\nPHÓ GIÁM ĐỐC\nNguyễn Thị Lan", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan")),
    ("TM. BAN THƯỜNG VỤ\nWw\nPHÓ BÍ THƯ\nHồ Văn Tâm", ("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hồ Văn Tâm")),
    # a short word that is the block's own stays in it
    ("TM. ỦY BAN NHÂN DÂN\nXÃ\nCHỦ TỊCH\nĐỗ Minh Hải", ("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Đỗ Minh Hải")),
])
def test_ocr_specks_inside_a_signer_block(block, signer):
    text = "KẾ HOẠCH\nPhòng chống thiên tai\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n" + block
    assert extract_signer(normalize_text(text)) == signer


# What OCR reads off a colour scan's seal ring and signature strokes (lines as the scans gave them):
# no recipient, and a speck that looks like a name ("TÁ L") is not the signer's name.
@pytest.mark.parametrize("closing, signer, recipients", [
    ("Nơi nhận:\n- Ban Chỉ đạo 389 quốc gia (b/c);\n- Lưu: VT, BCĐ389.\nTM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n"
     "PHÓ CHỦ TỊCH UBND TỈNH 77 /J „PÚ /\nẢÁ.\n: TÁ L\nNông Văn Thắng",
     ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nông Văn Thắng"), ["Ban Chỉ đạo 389 quốc gia (b/c)", "Lưu: VT, BCĐ389"]),
    ("Nơi nhận:\n- UBND huyện Bù Đăng (b/c);\n- UBMTTQVN xã và các đoàn thể;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
     "2 7 \\z L 1 ///V l\n/ (.#\n- Các thôn, bon; 1/2.W 0155 :\nĐiểu Hà",
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Điểu Hà"),
     ["UBND huyện Bù Đăng (b/c)", "UBMTTQVN xã và các đoàn thể", "Các thôn, bon"]),
    # not specks: initials, numbers and codes of real recipients
    ("Nơi nhận:\n- UBND các xã A, B, C;\n- UBND các phường 1, 2, 3;\n- Văn phòng Điều phối NTM\n(b/c);\n"
     "- Lưu: VT.\nCHỦ TỊCH\nY Thị Hiền",
     (None, "CHỦ TỊCH", "Y Thị Hiền"),
     ["UBND các xã A, B, C", "UBND các phường 1, 2, 3", "Văn phòng Điều phối NTM (b/c)", "Lưu: VT"]),
])
def test_what_ocr_reads_off_a_seal_is_no_recipient_and_no_name(closing, signer, recipients):
    doc = _doc_of((BODY + closing).split("\n"))
    assert extract_signer(doc) == signer
    assert [r.recipient for r in extract_recipients(doc)] == recipients


# ---------------------------------------------------------------- heads titled by their organ, ranks
@pytest.mark.parametrize("block, signer", [
    ("KT. TRƯỞNG CÔNG AN HUYỆN\nPHÓ TRƯỞNG CÔNG AN HUYỆN\nThượng tá Nguyễn Văn Hùng",
     ("KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN", "Nguyễn Văn Hùng")),
    ("KT. TRƯỞNG CÔNG AN THÀNH PHỐ\nPHÓ TRƯỞNG CÔNG AN THÀNH PHỐ\nTHƯỢNG TÁ LÒ VĂN PHONG",
     ("KT. TRƯỞNG CÔNG AN THÀNH PHỐ", "PHÓ TRƯỞNG CÔNG AN THÀNH PHỐ", "Lò Văn Phong")),
    ("KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\nĐại úy Hà Văn An", ("KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Hà Văn An")),
    ("KT. TRƯỞNG ĐỒN\nPHÓ TRƯỞNG ĐỒN\nThiếu tá Vàng A Dơ", ("KT. TRƯỞNG ĐỒN", "PHÓ TRƯỞNG ĐỒN", "Vàng A Dơ")),
    ("TRƯỞNG CÔNG AN XÃ\nTrung úy Đinh Văn Tuấn", (None, "TRƯỞNG CÔNG AN XÃ", "Đinh Văn Tuấn")),
    # not changed: a deputy whose title does not repeat the head's, a surname that is a rank word
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Tá", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Tá")),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nTạ Thị Mai", ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Tạ Thị Mai")),
])
def test_head_titled_by_organ_and_rank_before_name(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Công an tỉnh (b/c);\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# A steering committee's head signs as its head; the office he holds in the People's Committee
# is printed under it, and is not the title he signs with.
@pytest.mark.parametrize("block, signer", [
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\nNông Văn Thắng",
     ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nông Văn Thắng")),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nGIÁM ĐỐC SỞ CÔNG THƯƠNG\nLê Thị Hoa",
     ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lê Thị Hoa")),
    ("TM. HỘI ĐỒNG\nCHỦ TỊCH\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nĐinh Văn Tú",
     ("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Đinh Văn Tú")),
    # the office is named by the words after a title that is its kind: "TRƯỞNG PHÒNG Y TẾ"
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nTRƯỞNG PHÒNG Y TẾ\nNguyễn Thị Hồng Vân",
     ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hồng Vân")),
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nTRƯỞNG BAN DÂN VẬN HUYỆN ỦY\nLê Văn Tám", ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Văn Tám")),
    ("TM. HỘI ĐỒNG\nCHỦ TỊCH\nTRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nHà Thị Thu", ("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Hà Thị Thu")),
])
def test_the_signers_office_elsewhere_is_not_the_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


@pytest.mark.parametrize("block, signer", [
    # a title of two lines, and two blocks side by side read row by row: the last title signs
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nVàng A Dơ", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Vàng A Dơ")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH UBND XÃ\nHà Văn Lâm", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH UBND XÃ", "Hà Văn Lâm")),
])
def test_a_title_naming_its_body_alone_is_the_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


@pytest.mark.parametrize("block, signer", [
    # an office's short name after its head's title reads like a person's ("Y Tế", "Tư Pháp"): it is the office
    ("TRƯỞNG PHÒNG Y TẾ\nĐinh Văn Lực", (None, "TRƯỞNG PHÒNG Y TẾ", "Đinh Văn Lực")),
    ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG TƯ PHÁP\nTrần Thị Lan", ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG TƯ PHÁP", "Trần Thị Lan")),
    ("TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nLò Văn Hải", (None, "TRƯỞNG PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Lò Văn Hải")),
    # not changed: a head's name of three words printed in capitals under the title
    ("TRƯỞNG PHÒNG\nNGUYỄN VĂN AN", (None, "TRƯỞNG PHÒNG", "Nguyễn Văn An")),
    ("KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nTạ Thị Mai", ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Tạ Thị Mai")),
])
def test_an_office_named_after_its_heads_title_is_no_name(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# ---------------------------------------------------------------- names that open with a one-letter word
# Tây Nguyên names open with "Y" or "A" ("Y Thị Hiền", "A Pớt"): the capital letter must not be read
# as the last word of the title above it.
@pytest.mark.parametrize("block, signer", [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nY Thị Hiền", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Y Thị Hiền")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nA Pớt", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "A Pớt")),
    ("TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nY Ngọc Kbuôr", ("TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Y Ngọc Kbuôr")),
    # not changed: a title that goes on over a line break in capitals
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nĐinh Văn Lực", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Đinh Văn Lực")),
])
def test_a_name_opening_with_a_one_letter_word(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# A text layout with two columns puts the signer's name level with a recipient; a rank before it
# ("Đại úy", "Thiếu tá") is no part of the name and no reason to drop it.
@pytest.mark.parametrize("closing, signer", [
    ("Nơi nhận:                                    CHỈ HUY TRƯỞNG\n- Ban CHQS huyện Đông Anh (để b/c);\n"
     "- Các thôn đội;                              Đại úy Nguyễn Văn Thắng\n- Lưu: VT, BCHQS.",
     (None, "CHỈ HUY TRƯỞNG", "Nguyễn Văn Thắng")),
    ("Nơi nhận:                                    KT. CHỈ HUY TRƯỞNG\n- Bộ CHQS tỉnh Nghệ An (b/c);"
     "           PHÓ CHỈ HUY TRƯỞNG\n- Lưu: VT, TM.                               Thiếu tá Lê Văn Bình",
     ("KT. CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "Lê Văn Bình")),
    ("Nơi nhận:                                    TRƯỞNG CÔNG AN XÃ\n- Công an huyện Krông Pắc (b/c);\n"
     "- Lưu: CAX.                                  THƯỢNG ÚY Y THUẬN BYĂ",
     (None, "TRƯỞNG CÔNG AN XÃ", "Y Thuận Byă")),
    # a rank before words that are no name gives no name
    ("Nơi nhận:                                    CHỈ HUY TRƯỞNG\n- Ban CHQS huyện (b/c);\n"
     "- Lưu: VT.                                   Đại úy quân y",
     (None, "CHỈ HUY TRƯỞNG", None)),
])
def test_rank_and_name_level_with_a_recipient(closing, signer):
    assert extract_signer(normalize_text(BODY + closing)) == signer


# A slash may stand for the authority's dot, with or without a space after it.
@pytest.mark.parametrize("block, signer", [
    ("TM/ĐẢNG ỦY\nPHÓ BÍ THƯ\nHuỳnh Tấn Phước", ("TM. ĐẢNG ỦY", "PHÓ BÍ THƯ", "Huỳnh Tấn Phước")),
    ("TM/ BAN THƯỜNG VỤ\nBÍ THƯ\nLò Văn Pọm", ("TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Pọm")),
    ("TM. ỦY BAN NHÂN DÂN\nKT/CHỦ TỊCH\nPHÓ CHỦ TỊCH\nThạch Sô Phol", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thạch Sô Phol")),
    # not changed: the printed forms read before
    ("T/M ĐẢNG ỦY\nBÍ THƯ\nHà Văn Khánh", ("TM. ĐẢNG ỦY", "BÍ THƯ", "Hà Văn Khánh")),
    ("K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Duy Tùng", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Duy Tùng")),
])
def test_an_authority_with_a_slash_for_its_dot(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Lưu Văn phòng Đảng ủy.\n" + block)
    assert extract_signer(doc) == signer


# Heads of bodies beyond the local government's sign with their own titles: a ministry's department head
# for the minister (the department's name after the title is no person's), an army command's commander
# and political commissar, a general department's head, an editor-in-chief.
@pytest.mark.parametrize("block, signer", [
    ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ GIÁO DỤC MẦM NON\nNguyễn Bá Minh",
     ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ GIÁO DỤC MẦM NON", "Nguyễn Bá Minh")),
    ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nVŨ THỊ HẠNH", ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Vũ Thị Hạnh")),
    ("KT. VỤ TRƯỞNG\nPHÓ VỤ TRƯỞNG\nVõ Thành Nam", ("KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "Võ Thành Nam")),
    ("TƯ LỆNH\nThiếu tướng Lê Đức Thái", (None, "TƯ LỆNH", "Lê Đức Thái")),
    ("KT. TƯ LỆNH\nPHÓ TƯ LỆNH\nThiếu tướng Nguyễn Anh Tuấn", ("KT. TƯ LỆNH", "PHÓ TƯ LỆNH", "Nguyễn Anh Tuấn")),
    ("TM. ĐẢNG ỦY\nCHÍNH ỦY\nĐại tá Hồ Thanh Sơn", ("TM. ĐẢNG ỦY", "CHÍNH ỦY", "Hồ Thanh Sơn")),
    ("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nĐặng Ngọc Minh", ("KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "Đặng Ngọc Minh")),
    ("TỔNG BIÊN TẬP\nNguyễn Văn Hòa", (None, "TỔNG BIÊN TẬP", "Nguyễn Văn Hòa")),
    # not changed: a command signing as a body ("BỘ TƯ LỆNH" is no title), a name opening with "Vũ" under a title
    ("TM. BỘ TƯ LỆNH\nTƯ LỆNH\nThiếu tướng Lê Đức Thái", ("TM. BỘ TƯ LỆNH", "TƯ LỆNH", "Lê Đức Thái")),
    ("GIÁM ĐỐC\nVŨ VĂN HÙNG", (None, "GIÁM ĐỐC", "Vũ Văn Hùng")),
    ("KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nLê Thị Hoa", ("KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "Lê Thị Hoa")),
])
def test_heads_of_ministries_commands_and_courts_sign_with_their_titles(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# An acting head ("Q." quyền) signs in the office's own name: no title of their own follows it.
# "Q." is part of that title (Nghị định 30/2020/NĐ-CP writes it before the head's office), no
# authority: the authority is the "TM." printed over it, none when none is.
@pytest.mark.parametrize("block, signer", [
    ("Q. CHỦ TỊCH\nLê Văn Cường", (None, "Q. CHỦ TỊCH", "Lê Văn Cường")),
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nLê Văn Cường", ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Lê Văn Cường")),
    ("TM. UBND\nQ. CHỦ TỊCH\nLê Văn Cường", ("TM. UBND", "Q. CHỦ TỊCH", "Lê Văn Cường")),
    ("TM. ĐẢNG ỦY\nQ. BÍ THƯ\nHà Thị Lan", ("TM. ĐẢNG ỦY", "Q. BÍ THƯ", "Hà Thị Lan")),
    ("Q. GIÁM ĐỐC\n(Đã ký)\nNguyễn Thị Thu Hà", (None, "Q. GIÁM ĐỐC", "Nguyễn Thị Thu Hà")),
    ("Q.HIỆU TRƯỞNG\nĐào Văn Nam", (None, "Q. HIỆU TRƯỞNG", "Đào Văn Nam")),
    # not changed: a deputy signing for the head has a title of their own
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Cường", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Cường")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Cường", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường")),
])
def test_an_acting_head_signs_with_the_office_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


@pytest.mark.parametrize("stamp", [
    "Văn bản này được ký số bởi:\nKý bởi: Ủy ban nhân dân xã Vĩnh Hậu\nEmail: vinhhau@baclieu.gov.vn\n"
    "Cơ quan: Tỉnh Bạc Liêu\nThời gian ký: 15.01.2025 08:30:12 +07:00\n",
    "Người ký: Sở Nông nghiệp và Môi trường\nCơ quan: Tỉnh Kon Tum\nNgày ký: 03-04-2025 10:11:12 +07:00\n",
])
def test_a_signature_stamp_in_the_signer_block_is_neither_signer_nor_recipient(stamp):
    text = ("Nơi nhận:\n- UBND huyện Hòa Bình (b/c);\n- Các ngành, đoàn thể xã;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n" + stamp + "Nguyễn Thanh Hải\n")
    doc = normalize_text("KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\n" + text)
    assert extract_signer(doc) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Hải")
    assert [r.recipient for r in extract_recipients(doc)] == [
        "UBND huyện Hòa Bình (b/c)", "Các ngành, đoàn thể xã", "Lưu: VT"]


@pytest.mark.parametrize("block, signer", [
    # the office held in a special zone ("đặc khu"), named by the zone's level word alone as "XÃ" is
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nCHỦ TỊCH ĐẶC KHU\nLê Văn Phong", ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Văn Phong")),
    ("TM. HỘI ĐỒNG\nCHỦ TỊCH\nPHÓ BÍ THƯ ĐẢNG ỦY ĐẶC KHU\nTrần Thị Mai", ("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Trần Thị Mai")),
])
def test_the_signers_office_in_a_special_zone_is_not_the_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# The archive line's codes name the office and the drafting section ("Lưu: VT, TM." — TM is a military
# command's Ban Tham mưu): its "TM." is no authority of the title on the next line.
@pytest.mark.parametrize("archive, block, signer", [
    ("- Lưu: VT, TM.", "CHỈ HUY TRƯỞNG\nThượng tá Lê Văn Thành", (None, "CHỈ HUY TRƯỞNG", "Lê Văn Thành")),
    ("- Lưu VT, TM", "TRƯỞNG BAN\nNguyễn Văn An", (None, "TRƯỞNG BAN", "Nguyễn Văn An")),
    ("- Lưu: TM, VT.", "GIÁM ĐỐC\nTrần Thị Hoa", (None, "GIÁM ĐỐC", "Trần Thị Hoa")),
    # not changed: an authority of its own after the codes, on the same line or the next
    ("- Lưu: VT, TM.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tám", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tám")),
    ("- Lưu: VT. TM. BAN CHỈ HUY", "CHỈ HUY TRƯỞNG\nLê Văn Tám", ("TM. BAN CHỈ HUY", "CHỈ HUY TRƯỞNG", "Lê Văn Tám")),
])
def test_the_archive_lines_codes_are_no_authority(archive, block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Bộ CHQS tỉnh (b/c);\n" + archive + "\n" + block)
    assert extract_signer(doc) == signer


@pytest.mark.parametrize("ocr, title", [(True, "CHỦ TỊCH"), (False, "CHỦ TỊCH GSÀ")])
def test_a_signature_read_on_after_a_scan_s_title_is_not_the_title(ocr, title):
    """A greyscale scan's signature under "CHỦ TỊCH" reads "GSÀ", which the capitals run carries on
    into the title; no Vietnamese syllable is spelled so. Typed text is left as printed."""
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Thanh Sơn (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                   "GSÀ", "Đinh Văn Thắng"])
    doc.ocr = ocr
    assert extract_signer(doc) == ("TM. ỦY BAN NHÂN DÂN", title, "Đinh Văn Thắng")


@pytest.mark.parametrize("title", ["PHÓ CHỦ TỊCH UBND XÃ", "PHÓ CHỦ TỊCH HĐND HUYỆN", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"])
def test_a_scan_s_title_of_syllables_and_abbreviations_is_kept(title):
    doc = _doc_of(["Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", title, "Nguyễn Văn An"])
    doc.ocr = True
    assert extract_signer(doc)[1] == title


# What a greyscale scan read off the seal and the signature between the title and the name (the
# lines of two scans of the Đà Bắc plan): capitals alone on their lines, which the capitals run
# carried on into the title ("PHÓ CHỦ TỊCH ẢNG XS"). A word the block prints stays.
@pytest.mark.parametrize("lines, signer", [
    (["KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ẢNG", "XS", "h", "@-kxz==s#W", "Xa Văn Tuấn"],
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Xa Văn Tuấn")),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "NƯÀNU", "XS", "X", "s.-kcz", "Xa Văn Tuấn"],
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Xa Văn Tuấn")),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "MU", "Lò Văn Hùng"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hùng")),
    # a word of the block alone on its line stays
    (["TM. ỦY BAN NHÂN DÂN", "XÃ", "CHỦ TỊCH", "Đỗ Minh Hải"], ("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Đỗ Minh Hải")),
    (["KT. CHỦ TỊCH", "PHÓ", "CHỦ TỊCH", "Đỗ Minh Hải"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Minh Hải")),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "UBND", "Đỗ Minh Hải"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH UBND", "Đỗ Minh Hải")),
])
def test_seal_letters_on_lines_of_their_own_are_no_part_of_a_scan_s_title(lines, signer):
    doc = _doc_of(["Nơi nhận:", "- Sở Tư pháp tỉnh Hòa Bình (b/c);", "- Lưu: VT, TP.", *lines])
    doc.ocr = True
    assert extract_signer(doc) == signer


def test_typed_capitals_alone_on_a_line_are_left_to_the_title():
    doc = _doc_of(["Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "XS", "Xa Văn Tuấn"])
    assert extract_signer(doc) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH XS", "Xa Văn Tuấn")


# "Xa" (Thái, Tày, Mường) folds as "xã" does; its printed form, without a tone mark, is a surname.
@pytest.mark.parametrize("name, signer_name", [
    ("Xa Văn Tuấn", "Xa Văn Tuấn"),
    ("Xa Thị Hạnh", "Xa Thị Hạnh"),
    ("XA VĂN TUẤN", "Xa Văn Tuấn"),
    ("Xã Tân Lập", None),   # a commune under the title is no name
])
def test_the_surname_xa_is_told_from_the_word_xa(name, signer_name):
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND huyện Đà Bắc (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
                         + name)
    assert extract_signer(doc)[2] == signer_name


# Degrees and honours printed before the signer's name, with or without their dots ("PGS.TS.",
# "PGS. TS.", "PGS.TS", "BS.CKII", "NGƯT. TS."), are neither the name nor part of the title above it.
@pytest.mark.parametrize("block, signer", [
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS.TS. Lê Văn Khánh", ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Khánh")),
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS. TS. Lê Văn Khánh", ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Khánh")),
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS.TS Lê Văn Khánh", ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Khánh")),
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nNGƯT. TS. Lê Văn Khánh", ("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lê Văn Khánh")),
    ("Q. HIỆU TRƯỞNG\n(Đã ký)\nGS.TSKH. Đào Văn Nam", (None, "Q. HIỆU TRƯỞNG", "Đào Văn Nam")),
    ("GIÁM ĐỐC\nBS.CKII Hồ Sỹ Nam", (None, "GIÁM ĐỐC", "Hồ Sỹ Nam")),
    ("HIỆU TRƯỞNG\nTHS. NGUYỄN VĂN AN", (None, "HIỆU TRƯỞNG", "Nguyễn Văn An")),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nThS. Hoàng Thị Thu Hà", ("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Thị Thu Hà")),
    # negatives: a name of its own, capitals after a title on its line stay the title's
    ("GIÁM ĐỐC\nDương Thị Hoa", (None, "GIÁM ĐỐC", "Dương Thị Hoa")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC CN\nLê Thị Hoa", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC CN", "Lê Thị Hoa")),
])
def test_degrees_before_the_name_are_neither_name_nor_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# A narrow signer column wraps a name after its surname, or after its second word.
@pytest.mark.parametrize("name, signer_name", [
    ("Ngô\nÁnh Dương", "Ngô Ánh Dương"),
    ("Hà\nVăn Tuấn", "Hà Văn Tuấn"),
    ("Trương\nThị Mỹ Hạnh", "Trương Thị Mỹ Hạnh"),
    ("Nguyễn Văn\nÁnh", "Nguyễn Văn Ánh"),
    ("Lan\nNguyễn Thị Hoa", "Nguyễn Thị Hoa"),   # a word that is no surname is no part of the name
    ("Xã\nTân Lập", "!Xã"),                      # nor the word "xã" (a surname "Xa" is printed without a mark)
    ("Ban\nTuyên giáo", "!Ban"),
])
def test_a_signers_name_wrapped_after_its_surname(name, signer_name):
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND huyện Đà Bắc (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
                         + name)
    got = extract_signer(doc)[2]
    if signer_name.startswith("!"):
        assert not (got or "").startswith(signer_name[1:])
    else:
        assert got == signer_name


@pytest.mark.parametrize("name", ["Nguyễn Văn\nÁnh", "Lê Thị\nẢnh Tuyết", "Nguyễn Thị Ánh\nTuyết", "Ứng Văn\nÚt",
                                  "Ngô\nÁnh Dương"])
def test_a_signers_name_wrapped_in_a_vntime_text_file(name):
    """The plan as a TCVN3 (.VnTime) text file: the name's toned capitals, stored in small letters,
    come back on its own line and on the line it wrapped to, and the name is read whole."""
    from pipeline.ingest.encodings import encode_tcvn3

    text = (BODY + "Nơi nhận:\n- UBND huyện Đà Bắc (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n" + name + "\n")
    doc = normalize(read_text(encode_tcvn3(text), "txt"))
    assert extract_signer(doc) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name.replace("\n", " "))


@pytest.mark.parametrize("closing, signer", [
    # two columns read row by row: "KT. TRƯỞNG THUẾ TỈNH" level with "Nơi nhận:", the deputy's title a
    # row below, so the head's office is not repeated under "PHÓ" on the same run
    ("Nơi nhận: KT. TRƯỞNG THUẾ TỈNH\n- Như trên; PHÓ TRƯỞNG THUẾ TỈNH\n- Cục Thuế (b/c);\n- Lưu: VT, TTHT. Nguyễn Văn An",
     ("KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Nguyễn Văn An")),
    ("Nơi nhận: KT. TRƯỞNG THUẾ CƠ SỞ\n- Như trên; PHÓ TRƯỞNG THUẾ CƠ SỞ\n- Lưu: VT.\nLê Thị Hoa",
     ("KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG THUẾ CƠ SỞ", "Lê Thị Hoa")),
    ("Nơi nhận: KT. TRƯỞNG THỐNG KÊ TỈNH\n- Cục Thống kê (b/c); PHÓ TRƯỞNG THỐNG KÊ TỈNH\n- Lưu: VT.\nĐỗ Minh Tuấn",
     ("KT. TRƯỞNG THỐNG KÊ TỈNH", "PHÓ TRƯỞNG THỐNG KÊ TỈNH", "Đỗ Minh Tuấn")),
    ("Nơi nhận: KT. TRƯỞNG CÔNG AN XÃ\n- Như trên; PHÓ TRƯỞNG CÔNG AN XÃ\n- Lưu: VT.\nHà Văn Sơn",
     ("KT. TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ", "Hà Văn Sơn")),
    # a name run on after the office on the same run is no part of it
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG THUẾ TỈNH PHÓ TRƯỞNG THUẾ TỈNH NGUYỄN VĂN AN",
     ("KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Nguyễn Văn An")),
    # one column: as before
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nKT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n(Đã ký)\nNguyễn Văn An",
     ("KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "Nguyễn Văn An")),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\nLê Thị Hoa", (None, "CHI CỤC TRƯỞNG", "Lê Thị Hoa")),
    # negatives: a title complete in itself ends where it ends ("TRƯỞNG BAN", "CHỦ TỊCH"), the next
    # title is the deputy's
    ("Nơi nhận: KT. TRƯỞNG BAN\n- Như trên; PHÓ TRƯỞNG BAN\n- Lưu: VT.\nLò Văn Pấng",
     ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Lò Văn Pấng")),
    ("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT.\nLò Văn Pấng",
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Pấng")),
])
def test_a_heads_office_after_truong_is_part_of_the_authority(closing, signer):
    assert extract_signer(normalize_text(BODY + closing)) == signer


# "TRƯỜNG" (a school) folds as the title word "TRƯỞNG" does; after "TM." it is the body's name going
# on ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG"), the title comes after it.
@pytest.mark.parametrize("block, signer", [
    ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG\nBÍ THƯ\nNguyễn Văn An", ("TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG", "BÍ THƯ", "Nguyễn Văn An")),
    ("TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG THPT NGUYỄN DU\nPHÓ BÍ THƯ\nLê Thị Hoa",
     ("TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG THPT NGUYỄN DU", "PHÓ BÍ THƯ", "Lê Thị Hoa")),
    ("TM. HỘI ĐỒNG TRƯỜNG\nCHỦ TỊCH\nTrần Văn Bình", ("TM. HỘI ĐỒNG TRƯỜNG", "CHỦ TỊCH", "Trần Văn Bình")),
    ("T/M BCH CHI ĐOÀN\nBÍ THƯ\n(Đã ký)\nNguyễn Thị Thu Hà", ("TM. BCH CHI ĐOÀN", "BÍ THƯ", "Nguyễn Thị Thu Hà")),
    # negatives: the titles "TRƯỞNG BAN", "TỔ TRƯỞNG" after "TM." stay titles
    ("TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nLê Văn Tám", ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Lê Văn Tám")),
    ("TM. TỔ CÔNG TÁC\nTỔ TRƯỞNG\nLê Văn Tám", ("TM. TỔ CÔNG TÁC", "TỔ TRƯỞNG", "Lê Văn Tám")),
])
def test_a_schools_name_after_tm_is_no_title(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Huyện đoàn (b/c);\n- Lưu: VP.\n" + block)
    assert extract_signer(doc) == signer


# A short plan with no "Nơi nhận" and no "./." is read from its last lines; its own "KẾ HOẠCH" line
# among them is no appendix that ends the closing before the signer.
@pytest.mark.parametrize("block, signer", [
    ("BÍ THƯ\nNguyễn Văn An", (None, "BÍ THƯ", "Nguyễn Văn An")),
    ("T/M BAN CHẤP HÀNH\nBÍ THƯ\nNguyễn Văn An", ("TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Văn An")),
    ("HIỆU TRƯỞNG\nTrần Thị Bình", (None, "HIỆU TRƯỞNG", "Trần Thị Bình")),
])
def test_a_short_plans_own_type_line_does_not_end_its_closing(block, signer):
    head = ("CHI ĐOÀN THÔN 3\nSố: 05-KH/CĐ\nngày 03 tháng 3 năm 2025\nKẾ HOẠCH\nRa quân năm 2025\nI. MỤC ĐÍCH\n"
            "1. Làm tốt công tác.\nII. TỔ CHỨC THỰC HIỆN\nĐoàn viên thực hiện nghiêm túc kế hoạch này.\n")
    assert extract_signer(normalize_text(head + block, "txt")) == signer
    # negative: an appendix after the signer still ends the closing
    doc = normalize_text(head + block + "\nPHỤ LỤC\nDANH SÁCH ĐOÀN VIÊN\nTRƯỞNG THÔN\nLê Văn Tám", "txt")
    assert extract_signer(doc)[1:] == signer[1:]


# A signer block of the title alone printed over the "Nơi nhận:" caption ("BÍ THƯ" / the name) is the
# signer's, as one opened by "TM." is; a caption line with no title over it still gives none.
@pytest.mark.parametrize("closing, signer", [
    ("BÍ THƯ\nNguyễn Văn An\nNơi nhận:\n- Huyện đoàn;\n- Lưu VP.", (None, "BÍ THƯ", "Nguyễn Văn An")),
    ("HIỆU TRƯỞNG\n\nTrần Thị Bình\n\nNơi nhận:\n- Phòng GD&ĐT;\n- Lưu VT.", (None, "HIỆU TRƯỞNG", "Trần Thị Bình")),
    ("PHÓ GIÁM ĐỐC\n(Đã ký)\nLê Văn Tám\nNơi nhận:\n- Như trên;\n- Lưu VT.", (None, "PHÓ GIÁM ĐỐC", "Lê Văn Tám")),
    # negatives: the block after the list, a body line in capitals over the caption
    ("Nơi nhận:\n- Huyện đoàn;\n- Lưu VP.\nBÍ THƯ\nNguyễn Văn An", (None, "BÍ THƯ", "Nguyễn Văn An")),
    ("ĐỀ NGHỊ CÁC ĐƠN VỊ THỰC HIỆN\nNơi nhận:\n- Huyện đoàn;\n- Lưu VP.", (None, None, None)),
])
def test_a_title_alone_over_the_caption_is_the_signers(closing, signer):
    doc = normalize_text(BODY + "Trên đây là Kế hoạch thực hiện./.\n" + closing)
    assert extract_signer(doc) == signer


# A head named by the unit before "trưởng" ("ĐỘI TRƯỞNG", "ĐỒN TRƯỞNG", "TRẠM TRƯỞNG", "HẠT TRƯỞNG") holds one
# title, its deputy "PHÓ …" the same; "TRƯỞNG" after another word is not read alone.
@pytest.mark.parametrize("block, signer", [
    ("ĐỘI TRƯỞNG\nNguyễn Văn An", (None, "ĐỘI TRƯỞNG", "Nguyễn Văn An")),
    ("KT. ĐỘI TRƯỞNG\nPHÓ ĐỘI TRƯỞNG\nLê Văn Bình", ("KT. ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG", "Lê Văn Bình")),
    ("ĐỒN TRƯỞNG\nThiếu tá Vàng A Dơ", (None, "ĐỒN TRƯỞNG", "Vàng A Dơ")),
    ("TRẠM TRƯỞNG\nLò Văn Hải", (None, "TRẠM TRƯỞNG", "Lò Văn Hải")),
    ("KT. HẠT TRƯỞNG\nPHÓ HẠT TRƯỞNG\nHà Văn Phúc", ("KT. HẠT TRƯỞNG", "PHÓ HẠT TRƯỞNG", "Hà Văn Phúc")),
    # not changed: the titles that open with "trưởng" and the military's head
    ("KT. TRƯỞNG TRẠM\nPHÓ TRƯỞNG TRẠM\nNguyễn Thị Hoa", ("KT. TRƯỞNG TRẠM", "PHÓ TRƯỞNG TRẠM", "Nguyễn Thị Hoa")),
    ("CHỈ HUY TRƯỞNG\nNguyễn Văn Thắng", (None, "CHỈ HUY TRƯỞNG", "Nguyễn Văn Thắng")),
    ("TỔ TRƯỞNG\nĐinh Thị Lan", (None, "TỔ TRƯỞNG", "Đinh Thị Lan")),
])
def test_a_head_named_by_the_unit_before_truong(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Công an huyện (b/c);\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# The title alone right over the "Nơi nhận:" caption (the right column's first line level with the left's
# last), its name printed after the list: the block is the title and that name.
@pytest.mark.parametrize("closing, signer, recipients", [
    ("ĐỘI TRƯỞNG\nNơi nhận:\n- Công an huyện (b/c);\n- Lưu: VT.\nNguyễn Văn An",
     (None, "ĐỘI TRƯỞNG", "Nguyễn Văn An"), ["Công an huyện (b/c)", "Lưu: VT"]),
    ("CHỦ TỊCH\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n(Đã ký)\nHoàng Văn Bình",
     (None, "CHỦ TỊCH", "Hoàng Văn Bình"), ["UBND huyện", "Lưu: VT"]),
    ("TRƯỞNG CÔNG AN XÃ\nNơi nhận:\n- Công an huyện Krông Pắc;\n- Lưu: CAX.\nThượng úy Y Thuận Byă",
     (None, "TRƯỞNG CÔNG AN XÃ", "Y Thuận Byă"), ["Công an huyện Krông Pắc", "Lưu: CAX"]),
    ("HIỆU TRƯỞNG\nNơi nhận:\n- Phòng GD&ĐT;\n- Lưu: VT.\nTrần Thị Mai",
     (None, "HIỆU TRƯỞNG", "Trần Thị Mai"), ["Phòng GD&ĐT", "Lưu: VT"]),
    # negatives: a school's name or a heading over the caption is no title
    ("TRƯỜNG THCS LÊ LỢI\nNơi nhận:\n- Phòng GD&ĐT;\n- Lưu: VT.\nTrần Thị Mai",
     (None, None, None), ["Phòng GD&ĐT", "Lưu: VT"]),
    ("TỔ CHỨC THỰC HIỆN\nNơi nhận:\n- Phòng GD&ĐT;\n- Lưu: VT.\nTrần Thị Mai",
     (None, None, None), ["Phòng GD&ĐT", "Lưu: VT"]),
])
def test_a_title_over_the_caption_and_its_name_after_the_list(closing, signer, recipients):
    doc = normalize_text(BODY + closing)
    assert extract_signer(doc) == signer
    assert [r.recipient for r in extract_recipients(doc)] == recipients


# The office a head's title names ("TRƯỞNG TRẠM Y TẾ", "TRƯỞNG PHÒNG Y TẾ HUYỆN"): its unit's level word closing
# it is part of the office, not the end of a person's name read as "Y Tế Huyện".
@pytest.mark.parametrize("block, signer", [
    ("TRƯỞNG TRẠM Y TẾ\nNguyễn Thị Hoa", (None, "TRƯỞNG TRẠM Y TẾ", "Nguyễn Thị Hoa")),
    ("TRƯỞNG TRẠM Y TẾ XÃ\nNguyễn Thị Hoa", (None, "TRƯỞNG TRẠM Y TẾ XÃ", "Nguyễn Thị Hoa")),
    ("KT. TRƯỞNG TRẠM Y TẾ\nPHÓ TRƯỞNG TRẠM Y TẾ\nLê Văn Đức",
     ("KT. TRƯỞNG TRẠM Y TẾ", "PHÓ TRƯỞNG TRẠM Y TẾ", "Lê Văn Đức")),
    ("TRƯỞNG PHÒNG Y TẾ HUYỆN\nĐinh Văn Lực", (None, "TRƯỞNG PHÒNG Y TẾ HUYỆN", "Đinh Văn Lực")),
    ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG TƯ PHÁP THỊ XÃ\nTrần Thị Lan",
     ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG TƯ PHÁP THỊ XÃ", "Trần Thị Lan")),
    # not changed: a name in capitals after the title, on its line or the next
    ("TRƯỞNG TRẠM\nNGUYỄN VĂN AN", (None, "TRƯỞNG TRẠM", "Nguyễn Văn An")),
    ("TRƯỞNG PHÒNG NGUYỄN VĂN AN", (None, "TRƯỞNG PHÒNG", "Nguyễn Văn An")),
])
def test_an_office_closed_by_its_units_level_word_is_no_name(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# The office a title goes on with, named by a unit's noun ("ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "GIÁM ĐỐC
# TRUNG TÂM Y TẾ", "CHỦ TỊCH HỘI NÔNG DÂN"): words that read like a name ("Lý Thị Trường", "Y Tế", "Lâm Mường Lát")
# are the office's; a name in capitals is one on a line of its own or after the office's number.
@pytest.mark.parametrize("block, signer", [
    ("ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3\nNguyễn Văn An", (None, "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "Nguyễn Văn An")),
    ("KT. ĐỘI TRƯỞNG\nPHÓ ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 12\nLê Văn Bình",
     ("KT. ĐỘI TRƯỞNG", "PHÓ ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 12", "Lê Văn Bình")),
    ("ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3\nNGUYỄN VĂN AN", (None, "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "Nguyễn Văn An")),
    ("ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3 NGUYỄN VĂN AN",
     (None, "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "Nguyễn Văn An")),
    ("ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG\nTrần Thị Mai", (None, "ĐỘI TRƯỞNG ĐỘI QUẢN LÝ THỊ TRƯỜNG", "Trần Thị Mai")),
    ("HẠT TRƯỞNG HẠT KIỂM LÂM MƯỜNG LÁT\nHà Văn Phúc", (None, "HẠT TRƯỞNG HẠT KIỂM LÂM MƯỜNG LÁT", "Hà Văn Phúc")),
    ("ĐỘI TRƯỞNG ĐỘI KIỂM LÂM CƠ ĐỘNG\nLò Văn Hải", (None, "ĐỘI TRƯỞNG ĐỘI KIỂM LÂM CƠ ĐỘNG", "Lò Văn Hải")),
    ("GIÁM ĐỐC TRUNG TÂM Y TẾ\nĐinh Thị Lan", (None, "GIÁM ĐỐC TRUNG TÂM Y TẾ", "Đinh Thị Lan")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC TRUNG TÂM Y TẾ KHU VỰC LÂM THAO\nĐinh Thị Lan",
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC TRUNG TÂM Y TẾ KHU VỰC LÂM THAO", "Đinh Thị Lan")),
    ("CHỦ TỊCH HỘI NÔNG DÂN\nVi Văn Thành", (None, "CHỦ TỊCH HỘI NÔNG DÂN", "Vi Văn Thành")),
    ("GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nPhan Văn Đức",
     (None, "GIÁM ĐỐC BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "Phan Văn Đức")),
    ("TRƯỞNG CÔNG AN PHƯỜNG 5\nĐại úy Lê Minh Tâm", (None, "TRƯỞNG CÔNG AN PHƯỜNG 5", "Lê Minh Tâm")),
    ("ĐỘI TRƯỞNG ĐỘI 2\nLò Văn Hải", (None, "ĐỘI TRƯỞNG ĐỘI 2", "Lò Văn Hải")),
    # negatives: a name after a bare title or a rank, on its line or the next, is read as before; a
    # standing deputy's "THƯỜNG TRỰC" is no name either way
    ("PHÓ CHỦ TỊCH THƯỜNG TRỰC\nNGUYỄN VĂN AN", (None, "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Nguyễn Văn An")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH UBND XÃ\nHOÀNG VĂN BÌNH", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH UBND XÃ", "Hoàng Văn Bình")),
    ("GIÁM ĐỐC NGUYỄN VĂN AN", (None, "GIÁM ĐỐC", "Nguyễn Văn An")),
    ("CHỦ TỊCH\nNguyễn Văn An\n3", (None, "CHỦ TỊCH", "Nguyễn Văn An")),
])
def test_an_office_named_by_a_units_noun_after_the_title_is_no_name(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# How commune and district offices type the list: notes "(để b/c)", "(t/h)", copies "(10 bản)",
# "+" or "•" for the dash, no bullets at all, all on one line, columns tab-separated.
RECIPIENT_VARIANTS = [
    ("notes and copies", "Nơi nhận:\n- UBND huyện Bảo Lâm (để b/c);\n- Như Mục III;\n- Các thôn (10 bản);\n"
     "- Lưu: VT, VP.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương",
     ["UBND huyện Bảo Lâm (để b/c)", "Như Mục III", "Các thôn (10 bản)", "Lưu: VT, VP"]),
    ("plus bullets, t/h", "Nơi nhận:\n+ UBND huyện (để b/c);\n+ Các thôn, bản (t/h);\n+ Lưu VT.\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương", ["UBND huyện (để b/c)", "Các thôn, bản (t/h)", "Lưu VT"]),
    ("round bullets", "Nơi nhận:\n• Sở Nông nghiệp và Môi trường (b/c);\n• Đảng ủy xã;\n• Lưu: VT.\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương", ["Sở Nông nghiệp và Môi trường (b/c)", "Đảng ủy xã", "Lưu: VT"]),
    ("no bullets", "Nơi nhận:\nUBND huyện (b/c);\nĐảng ủy xã;\nCác thôn, bản;\nLưu: VT.\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương", ["UBND huyện (b/c)", "Đảng ủy xã", "Các thôn, bản", "Lưu: VT"]),
    ("one line, no bullets", "Nơi nhận: UBND huyện; Phòng Nông nghiệp và PTNT huyện; Đảng ủy xã; Lưu: VT.\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương",
     ["UBND huyện", "Phòng Nông nghiệp và PTNT huyện", "Đảng ủy xã", "Lưu: VT"]),
    ("tab-separated columns", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- UBND huyện (để b/c);\tKT. CHỦ TỊCH\n"
     "- Các thôn (10 bản);\tPHÓ CHỦ TỊCH\n- Lưu: VT, VP.\tMa Văn Khương",
     ["UBND huyện (để b/c)", "Các thôn (10 bản)", "Lưu: VT, VP"]),
    ("spelled-out notes, an office's copies", "Nơi nhận:\n- UBND huyện (để báo cáo);\n"
     "- Các thành viên BCĐ xã (để thực hiện);\n- Lưu: VT, VP (02 bản).\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương",
     ["UBND huyện (để báo cáo)", "Các thành viên BCĐ xã (để thực hiện)", "Lưu: VT, VP (02 bản)"]),
]


@pytest.mark.parametrize("name, closing, recipients", RECIPIENT_VARIANTS, ids=[c[0] for c in RECIPIENT_VARIANTS])
def test_recipient_list_variants(name, closing, recipients):
    doc = normalize_text(BODY + closing)
    assert [r.recipient for r in extract_recipients(doc)] == recipients
    assert extract_signer(doc)[2] == "Ma Văn Khương"


def test_recipients_interleaved_with_the_signer_in_a_pdf_line_order():
    # the two columns of the closing read row by row, the name level with the last item
    doc = _doc_of(BODY.splitlines() + [
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND huyện Bảo Lâm (để b/c); KT. CHỦ TỊCH", "- Như Mục III; PHÓ CHỦ TỊCH",
        "- Các thôn (10 bản);", "- Lưu: VT, VP. Ma Văn Khương", "PHỤ LỤC I", "DANH MỤC NHIỆM VỤ"])
    assert extract_signer(doc) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Ma Văn Khương")
    assert [r.recipient for r in extract_recipients(doc)] == [
        "UBND huyện Bảo Lâm (để b/c)", "Như Mục III", "Các thôn (10 bản)", "Lưu: VT, VP"]


def test_kinh_gui_at_the_top_is_no_recipients_list():
    # "Kính gửi:" addresses a công văn; the Nơi nhận list is what SCHEMA's recipients are
    doc = normalize_text("Kính gửi: Các thôn, bản trên địa bàn xã\n" + BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                         "CHỦ TỊCH\nMa Văn Khương")
    assert [r.recipient for r in extract_recipients(doc)] == ["Như trên", "Lưu: VT"]


# Session 18, helper 9: "thừa lệnh" a collective body ("T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG", Hướng dẫn
# 36-HD/VPTW), its chief of office signing: the body is the authority, as after "TM.", the title under it
@pytest.mark.parametrize("block, signer", [
    ("TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(Đã ký)\nTẩn Thị Mai", ("TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Tẩn Thị Mai")),
    ("T/L BAN THƯỜNG VỤ\nPHÓ CHÁNH VĂN PHÒNG\nLò Văn Pán", ("TL. BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG", "Lò Văn Pán")),
    ("TL. BAN CHẤP HÀNH\nCHÁNH VĂN PHÒNG\nGiàng A Sính", ("TL. BAN CHẤP HÀNH", "CHÁNH VĂN PHÒNG", "Giàng A Sính")),
    ("TUQ. ỦY BAN NHÂN DÂN\nCHÁNH VĂN PHÒNG\nVàng Seo Chứ", ("TUQ. ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG", "Vàng Seo Chứ")),
    # not changed: a title after the marker
    ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Thị Mai", ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Thị Mai")),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSùng A Lử", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Sùng A Lử")),
])
def test_thua_lenh_a_collective_body(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu VP.\n" + block)
    assert extract_signer(doc) == signer


# A Party list marks its items with ",": an item wrapped after one of its own commas keeps it
@pytest.mark.parametrize("lines, recipients", [
    ("- Ban Tuyên giáo Trung ương (b/c),\n- Các huyện ủy, thị ủy, thành ủy,\n  đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.",
     ["Ban Tuyên giáo Trung ương (b/c)", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
      "Lưu Văn phòng Tỉnh ủy"]),
    ("- Như trên;\n- Các phòng, ban,\nngành huyện;\n- Lưu: VT.", ["Như trên", "Các phòng, ban, ngành huyện", "Lưu: VT"]),
    # negatives: a line wrapped with no comma joins with a space; a next item opens with a bullet
    ("- UBND các huyện Chi Lăng, Văn Quan, Hữu\nLũng, Bắc Sơn;\n- Lưu: VT.", ["UBND các huyện Chi Lăng, Văn Quan, Hữu Lũng, Bắc Sơn", "Lưu: VT"]),
    ("- Các đồng chí Tỉnh ủy viên,\n- Lưu Văn phòng Tỉnh ủy.", ["Các đồng chí Tỉnh ủy viên", "Lưu Văn phòng Tỉnh ủy"]),
])
def test_a_recipient_wrapped_after_its_own_comma_keeps_it(lines, recipients):
    doc = normalize_text(BODY + "Nơi nhận:\n" + lines + "\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLò Văn Cương")
    assert [r.recipient for r in extract_recipients(doc)] == recipients


# Some offices caption the list "Nơi gửi:" (or print "NƠI NHẬN", "Nơi nhận :"): the same list and the
# signer after it. A task's field "- Nơi gửi: …", or "Nơi gửi" before words in small letters, is no caption.
@pytest.mark.parametrize("closing, recipients", [
    ("Nơi gửi:\n- UBND huyện Hàm Yên (b/c);\n- Các thôn;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nMa Văn Khương",
     ["UBND huyện Hàm Yên (b/c)", "Các thôn", "Lưu: VT"]),
    ("NƠI GỬI:\n- Sở Y tế (b/c);\n- Lưu: VT, KHNV.\nGIÁM ĐỐC\nMa Văn Khương", ["Sở Y tế (b/c)", "Lưu: VT, KHNV"]),
    ("Nơi gửi: - Huyện đoàn;\n- Lưu VP.\nT/M BAN CHẤP HÀNH\nBÍ THƯ\nMa Văn Khương", ["Huyện đoàn", "Lưu VP"]),
    ("NƠI NHẬN:\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nMa Văn Khương", ["UBND huyện", "Lưu: VT"]),
    ("Nơi nhận :\n- UBND huyện;\n- Lưu: VT.\nCHỦ TỊCH\nMa Văn Khương", ["UBND huyện", "Lưu: VT"]),
])
def test_noi_gui_captions_the_recipients(closing, recipients):
    doc = normalize_text(BODY + closing)
    assert [r.recipient for r in extract_recipients(doc)] == recipients
    assert extract_signer(doc)[2] == "Ma Văn Khương"


@pytest.mark.parametrize("body_line", [
    "- Nơi gửi: Phòng Nội vụ huyện trước ngày 15/12/2025.",   # a task's field, bulleted
    "Nơi gửi báo cáo: Văn phòng HĐND và UBND xã.",           # words in small letters after it
    "Nơi gửi hồ sơ tại Bộ phận một cửa của xã.",
])
def test_noi_gui_in_the_body_is_no_caption(body_line):
    doc = normalize_text(BODY.replace("1. Giao", body_line + "\n1. Giao") + "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n"
                         "CHỦ TỊCH\nMa Văn Khương")
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND huyện", "Lưu: VT"]
    # … and with no Nơi nhận at all, still none
    doc = normalize_text(BODY.replace("1. Giao", body_line + "\n1. Giao") + "CHỦ TỊCH\nMa Văn Khương")
    assert extract_recipients(doc) == []


# A note that the plan has appendices ("(Kèm theo Phụ lục)", "(Có phụ lục kèm theo)") printed between the
# list and the signer does not end the closing, nor joins the last recipient; an appendix caption naming
# its plan ("(Kèm theo Kế hoạch số …)") still opens the appendix.
@pytest.mark.parametrize("note", [
    "(Kèm theo Phụ lục)", "(Kèm theo 02 Phụ lục)", "(Kèm theo các phụ lục I, II)", "Kèm theo Danh sách",
    "(Có phụ lục kèm theo)", "(Có 03 biểu mẫu kèm theo)",
])
@pytest.mark.parametrize("where", ["after the list", "inside the list"])
def test_a_note_of_the_appendices_keeps_the_signer(note, where):
    if where == "after the list":
        closing = f"Nơi nhận:\n- Như trên;\n- UBND huyện;\n- Lưu: VT.\n{note}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hải"
    else:
        closing = f"Nơi nhận:\n- Như trên;\n- UBND huyện\n{note}\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hải"
    doc = normalize_text(BODY + closing)
    assert extract_signer(doc) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hải")
    assert [r.recipient for r in extract_recipients(doc)] == ["Như trên", "UBND huyện", "Lưu: VT"]


def test_an_appendix_caption_after_the_signer_still_ends_the_closing():
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hải\n"
                         "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND xã)\nTRƯỞNG THÔN\nĐinh Văn Tám")
    assert extract_signer(doc) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hải")
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND huyện", "Lưu: VT"]


# The uplands' surnames whose folded form is an everyday word ("Lù" as "lũ", "Chảo" as "chào",
# "Đèo" as "đèo") open a name printed level with the last recipient, as "Lò" or "Vàng" do.
@pytest.mark.parametrize("closing, signer", [
    ("                                          TM. BAN CHẤP HÀNH ĐOÀN XÃ\nNơi nhận:"
     "                                          BÍ THƯ\n- Huyện đoàn (b/c);\n"
     "- Lưu VP.                                        Lù Văn Sáng",
     ("TM. BAN CHẤP HÀNH ĐOÀN XÃ", "BÍ THƯ", "Lù Văn Sáng")),
    ("Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN\n- Như trên;"
     "                                   CHỦ TỊCH\n- Lưu: VT.                                   Chảo Láo Lở",
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Chảo Láo Lở")),
    ("Nơi nhận:                                    KT. CHỦ TỊCH\n- Như trên;"
     "                                   PHÓ CHỦ TỊCH\n- Lưu: VT.                                   Đèo Văn Thủy",
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đèo Văn Thủy")),
])
def test_an_upland_surname_that_folds_to_a_word(closing, signer):
    assert extract_signer(normalize_text(BODY + closing)) == signer


# The same words as the everyday words they fold to are no name: "Lũ quét", "Chào mừng".
@pytest.mark.parametrize("closing, signer", [
    ("Nơi nhận:                                    CHỦ TỊCH\n- Như trên;\n"
     "- Lưu: VT.                                   Lũ Quét Sạt Lở",
     (None, "CHỦ TỊCH", None)),
    ("Nơi nhận:                                    CHỦ TỊCH\n- Như trên;\n"
     "- Lưu: VT.                                   Chào Mừng Đại Hội",
     (None, "CHỦ TỊCH", None)),
])
def test_everyday_words_folding_like_an_upland_surname_are_no_name(closing, signer):
    assert extract_signer(normalize_text(BODY + closing)) == signer


# A rank printed before the signer's name, level with the last recipient: neither is the recipient's.
@pytest.mark.parametrize("closing, name, last", [
    ("Nơi nhận:                                    ĐỒN TRƯỞNG\n- Bộ Chỉ huy BĐBP tỉnh (b/c);\n"
     "- Lưu VT.                                   Thiếu tá Nguyễn Văn Long", "Nguyễn Văn Long", "Lưu VT"),
    ("Nơi nhận:                                    CHỈ HUY TRƯỞNG\n- Ban CHQS huyện (b/c);\n"
     "- Lưu: VT, TM.                               Đại úy Lò Văn An", "Lò Văn An", "Lưu: VT, TM"),
    ("Nơi nhận:                                    TRƯỞNG CÔNG AN XÃ\n- Công an huyện (b/c);\n"
     "- Lưu: CAX.                                  Thượng úy Hầu A Sử", "Hầu A Sử", "Lưu: CAX"),
])
def test_a_rank_before_the_name_is_not_left_on_the_last_recipient(closing, name, last):
    doc = normalize_text(BODY + closing)
    assert extract_signer(doc)[2] == name
    assert extract_recipients(doc)[-1].recipient == last


# A recipient that merely ends on a rank's words keeps them when no name follows.
def test_a_recipient_ending_on_rank_words_without_a_signer_name_keeps_them():
    doc = normalize_text(BODY + "Nơi nhận:                                    CHỦ TỊCH\n"
                                "- Học viện Lục quân (đào tạo sĩ quan cấp úy, thiếu tá);\n- Lưu: VT.\n")
    assert [r.recipient for r in extract_recipients(doc)] == [
        "Học viện Lục quân (đào tạo sĩ quan cấp úy, thiếu tá)", "Lưu: VT"]


# A head named by their unit before "trưởng" signs alone over the recipients' caption as "BÍ THƯ" does:
# the block stands above "Nơi nhận:" (a web page's or a Markdown copy's order).
@pytest.mark.parametrize("title, name", [
    ("ĐỒN TRƯỞNG", "Thào Seo Lử"), ("PHÓ CHỈ HUY TRƯỞNG", "Lò Văn An"), ("ĐỘI TRƯỞNG", "Hà Văn Bình"),
    ("HẠT TRƯỞNG", "Vàng A Chứ"),
])
def test_a_unit_head_signing_alone_above_the_recipients(title, name):
    doc = normalize_text(BODY + f"{title}\n(Đã ký)\n{name}\nNơi nhận:\n- UBND xã (b/c);\n- Lưu VT.\n")
    assert extract_signer(doc) == (None, title, name)
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND xã (b/c)", "Lưu VT"]


# A line in capitals over the caption that only contains such a title is no signer block.
def test_a_heading_naming_a_unit_head_above_the_recipients_is_no_signer():
    doc = normalize_text(BODY + "TRÁCH NHIỆM CỦA ĐỒN TRƯỞNG\nNơi nhận:\n- UBND xã (b/c);\n- Lưu VT.\n")
    assert extract_signer(doc)[1] != "TRÁCH NHIỆM CỦA ĐỒN TRƯỞNG"


@pytest.mark.parametrize("line, end", [
    ("Nơi nhận:", 9), ("Nơi nhận: - UBND huyện;", 10), ("NƠI NHẬN", 8), ("- Nơi nhận:", 11), ("N0i nh4n:", 9),
    ("Nơi nhận UBND huyện", 9), ("Nơi gửi:", 8), ("Nơi gửi: - Sở Y tế;", 9), ("Nơi gửi: KT. CHỦ TỊCH", 9),
])
def test_recipients_caption_end(line, end):
    assert recipients_caption_end(line) == end
    assert not line[end:].startswith(" ")   # (the list starts at its first printed character)


@pytest.mark.parametrize("line", [
    "Nơi nhận hồ sơ: Bộ phận một cửa.", "Nơi nhận báo cáo là Văn phòng", "- Nơi gửi: Phòng Nội vụ huyện.",
    "Nơi gửi hồ sơ tại xã", "Nơi gửi: Phòng Nội vụ huyện trước ngày 15/12", "Các nơi nhận:", "Tới nơi nhận:",
])
def test_not_recipients_caption(line):
    assert recipients_caption_end(line) is None


@pytest.mark.parametrize("line", ["CHỦ TỊCH", "PHÓ CHỦ TỊCH", "ĐỘI TRƯỞNG", "GIÁM ĐỐC", "BÍ THƯ"])
def test_is_title_line(line):
    assert is_title_line(line)


# a school's name, a heading, a sentence, a line with figures, a title with words after it
@pytest.mark.parametrize("line", ["TRƯỜNG THCS KIM ĐỒNG", "III. TỔ CHỨC THỰC HIỆN", "Chủ tịch UBND xã chỉ đạo",
                                  "CHỦ TỊCH 2025", "TỔ CHỨC THỰC HIỆN", ""])
def test_not_title_line(line):
    assert not is_title_line(line)


# An address printed before the signer's name ("Đồng chí", "Đ/c") is no part of it, wherever the
# layout puts the name; the list beside it keeps its items.
@pytest.mark.parametrize("block, signer", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐ/c Phạm Thị Ngọc Hân", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Ngọc Hân")),
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nĐồng chí Nguyễn Văn Tâm", ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Nguyễn Văn Tâm")),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐ/C Lò Văn Pọm", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Pọm")),
    ("TRƯỞNG BAN\nđồng chí Hà Văn Khánh", (None, "TRƯỞNG BAN", "Hà Văn Khánh")),
    ("CHỦ TỊCH\nĐ/c. Y Ngọc Niê", (None, "CHỦ TỊCH", "Y Ngọc Niê")),
    ("TM. ỦY BAN NHÂN DÂN\nQ.CHỦ TỊCH\n(Đã ký)\nĐ/c: Trần Văn Bé", ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Trần Văn Bé")),
    # in capitals, read on with the title's run
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nĐỒNG CHÍ TRẦN VĂN BÉ", ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Trần Văn Bé")),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỒNG CHÍ TRẦN VĂN BÉ", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bé")),
    ("GIÁM ĐỐC\nĐ/C LÊ THỊ HOA", (None, "GIÁM ĐỐC", "Lê Thị Hoa")),
    # not changed: no address, a rank, a name that opens with the same letters
    ("CHỦ TỊCH\nĐồng Văn Chí", (None, "CHỦ TỊCH", "Đồng Văn Chí")),
    ("CHỦ TỊCH\nĐỖ CHÍ THANH", (None, "CHỦ TỊCH", "Đỗ Chí Thanh")),
    ("CHỈ HUY TRƯỞNG\nThiếu tá Đỗ Văn Hùng", (None, "CHỈ HUY TRƯỞNG", "Đỗ Văn Hùng")),
])
def test_an_address_before_the_signers_name_is_dropped(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND huyện (b/c)", "Lưu: VT"]


def test_an_address_before_a_name_level_with_the_list():
    closing = ("Nơi gửi:                                   KT. GIÁM ĐỐC\n"
               "- Sở Y tế (để b/c);                        PHÓ GIÁM ĐỐC\n"
               "- Lưu: VT, KSBT.                           Đ/c Phạm Thị Ngọc Hân\n")
    doc = normalize_text(BODY + closing)
    assert extract_signer(doc) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Thị Ngọc Hân")
    assert [r.recipient for r in extract_recipients(doc)] == ["Sở Y tế (để b/c)", "Lưu: VT, KSBT"]


_SENT_TO_PLAN = """**UBND XÃ HIỆP HƯNG**

Số: 41/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hiệp Hưng, ngày 07 tháng 4 năm 2025*

**KẾ HOẠCH**

**Phòng, chống sinh vật gây hại lúa vụ Hè Thu năm 2025**

**I. MỤC ĐÍCH, YÊU CẦU**

Chủ động phòng trừ sinh vật gây hại trên lúa.

**II. TỔ CHỨC THỰC HIỆN**

**1.** Công chức Địa chính - Nông nghiệp xã theo dõi, tổng hợp, báo cáo kết quả.

Nơi gửi:
- UBND huyện (b/c);
- Đảng ủy, HĐND xã (b/c);
- Trưởng các ấp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
Q. CHỦ TỊCH
Đồng chí Nguyễn Văn Tâm
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf", "rtf"])
def test_noi_gui_beside_the_signer_in_a_table_or_columns(fmt, tmp_path):
    """"Nơi gửi" (a unit's word for Nơi nhận) heading the list in the cell beside the signer's, as
    Word, a PDF and Word's RTF lay a closing out: the list and the signer read apart."""
    from pipeline.extract import extract
    if fmt == "docx":
        from render_docx import render_docx
        path = render_docx(_SENT_TO_PLAN, tmp_path / "p.docx", fmt="md", word_layout=True)
    elif fmt == "pdf":
        from render import render_pdf
        path = render_pdf(_SENT_TO_PLAN, tmp_path / "p.pdf", fmt="md")
    else:
        from render_rtf import render_rtf
        lines = _SENT_TO_PLAN.replace("**", "").split("\n")
        k = lines.index("Nơi gửi:")
        left, right = lines[k:k + 5], lines[k + 5:k + 8]
        block = [f"{a} || {right[i] if i < len(right) else ''}" for i, a in enumerate(left)]
        path = render_rtf("\n".join(lines[:k] + block), tmp_path / "p.rtf")
    rows = extract(str(path)).rows()
    doc = rows["documents"][0]
    assert (doc["signing_authority"], doc["signer_title"], doc["signer_name"]) == (
        "TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Nguyễn Văn Tâm")
    assert [r["recipient"] for r in rows["recipients"]] == [
        "UBND huyện (b/c)", "Đảng ủy, HĐND xã (b/c)", "Trưởng các ấp", "Lưu: VT"]


# An acting head's title spelled out ("QUYỀN CHỦ TỊCH") or abbreviated ("Q. CHỦ TỊCH"), the deputy's and the
# office's titles under "KT." / "TL." / "TUQ.", and a signer whose surname is a word of its own ("Đồng", "Lò",
# "Hà", "Cao", "Bạch", "Cầm"): the whole name, in capitals or not, level with a recipient or on its own line.
UNSEEN_SIGNERS = [
    ("TM. ỦY BAN NHÂN DÂN\nQUYỀN CHỦ TỊCH\n(Đã ký)\nĐồng Văn Hùng", ("TM. ỦY BAN NHÂN DÂN", "QUYỀN CHỦ TỊCH", "Đồng Văn Hùng")),
    ("TM. BAN CHẤP HÀNH\nQUYỀN CHỦ TỊCH\nLÒ VĂN PÓ", ("TM. BAN CHẤP HÀNH", "QUYỀN CHỦ TỊCH", "Lò Văn Pó")),
    ("QUYỀN GIÁM ĐỐC\nBạch Thị Mai", (None, "QUYỀN GIÁM ĐỐC", "Bạch Thị Mai")),
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nĐỒNG VĂN HÙNG", ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Đồng Văn Hùng")),
    ("Q. CHỦ TỊCH\nHà Thị Lan", (None, "Q. CHỦ TỊCH", "Hà Thị Lan")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nCAO VĂN TUẤN", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Cao Văn Tuấn")),
    ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nĐồng Thị Thu", ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đồng Thị Thu")),
    ("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nCầm Văn Đức", ("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Cầm Văn Đức")),
    ("CHỦ TỊCH\nĐỒNG XUÂN THỊNH", (None, "CHỦ TỊCH", "Đồng Xuân Thịnh")),
    ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH ĐỒNG VĂN HÙNG", ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đồng Văn Hùng")),
    ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\nBẠCH VĂN LONG", ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Bạch Văn Long")),
]


@pytest.mark.parametrize("block, signer", UNSEEN_SIGNERS)
def test_unseen_issuers_acting_titles_and_word_surnames(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


@pytest.mark.parametrize("closing, signer", [
    # the block beside the list, its lines level with the recipients' (two columns read row by row)
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND huyện; Q. CHỦ TỊCH\n- Lưu: VT. Lò Văn Pó",
     ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Lò Văn Pó")),
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND huyện; QUYỀN CHỦ TỊCH\n- Lưu: VT. Bạch Thị Mai",
     ("TM. ỦY BAN NHÂN DÂN", "QUYỀN CHỦ TỊCH", "Bạch Thị Mai")),
    ("Nơi nhận: TUQ. CHỦ TỊCH\n- UBND huyện; CHÁNH VĂN PHÒNG\n- Lưu: VT. Cao Văn Tuấn",
     ("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Cao Văn Tuấn")),
    # the block printed above the list
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nĐỒNG VĂN HÙNG\nNơi nhận:\n- UBND huyện;\n- Lưu: VT.",
     ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Đồng Văn Hùng")),
])
def test_unseen_issuers_acting_title_beside_the_list(closing, signer):
    assert extract_signer(normalize_text(BODY + closing)) == signer


@pytest.mark.parametrize("block, signer", [
    # "QUYỀN" opens no title in a recipient's words, and a title that names a body ("CHỦ TỊCH HỘI ĐỒNG") stays whole
    ("CHỦ TỊCH HỘI ĐỒNG\nNguyễn Văn An", (None, "CHỦ TỊCH HỘI ĐỒNG", "Nguyễn Văn An")),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Đông", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Đông")),
])
def test_unseen_issuers_titles_that_stay_as_they_were(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Người được ủy quyền;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer
    assert [r.recipient for r in extract_recipients(doc)] == ["Người được ủy quyền", "Lưu: VT"]


def test_mend12_is_person_name_alone():
    from extractors.closing import is_person_name

    for name in ("Nguyễn Văn An", "Lò Thị Xuân", "ĐINH QUANG HẢI", "Ông Trần Bình", "Đ/c Hà Văn Tư",
                 "Bà Mai Thị Thu Trang", "Ksor H'Bia", "Đồng Văn Hùng"):
        assert is_person_name(name), name
    for other in ("Chủ tịch UBND xã", "Trưởng ban", "Thôn Phú Mỹ", "Trạm Y tế xã", "Kiểm tra giám sát",
                  "Phòng Y Tế", "Nguyễn Văn An 0905 123 456"):
        assert not is_person_name(other), other


# Red team (v21 task 7): a hospital's signer chains degrees in mixed case ("Ths.Bs", "Ts.Bs.", "Ds.CKI",
# "Bs."): none is part of the name; a name that only opens with those letters keeps them.
@pytest.mark.parametrize("block, signer", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nThs.Bs Hoàng Minh Đức", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Minh Đức")),
    ("GIÁM ĐỐC\nTs.Bs. Nguyễn Văn Hùng", (None, "GIÁM ĐỐC", "Nguyễn Văn Hùng")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nDs.CKI Trần Thị Lan", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Lan")),
    ("TRƯỞNG TRẠM\nBs. Lò Thị Xuân", (None, "TRƯỞNG TRẠM", "Lò Thị Xuân")),
    ("GIÁM ĐỐC\nTsering Lama", (None, "GIÁM ĐỐC", "Tsering Lama")),
])
def test_redteam7_mixed_case_degrees_before_a_signers_name(block, signer):
    doc = normalize_text(BODY + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block)
    assert extract_signer(doc) == signer


# ---- the authority before a signer's title (TM., KT., TL., TUQ., Q.) stands before a capital
# (VI_UPPER), not the range À-Ỹ, which holds small letters too
from extractors.closing import AUTHORITY  # noqa: E402


@pytest.mark.parametrize("text", ["TM ủy ban nhân dân xã", "KT. ấp trưởng", "TL ơn", "Q ưu tiên", "T/M ủy ban",
                                  "TUQ. ổn định"])
def test_t4caps_no_authority_before_a_small_accented_letter(text):
    assert AUTHORITY.search(text) is None


@pytest.mark.parametrize("text, mark", [
    ("TM. ỦY BAN NHÂN DÂN", "TM"), ("KT. CHỦ TỊCH", "KT"), ("TM/ĐẢNG ỦY", "TM"), ("TL. ỦY BAN NHÂN DÂN", "TL"),
    ("TM. ẤP ĐỘI", "TM"), ("Q. CHỦ TỊCH", "Q"), ("TUQ. CHỦ TỊCH", "TUQ"), ("KT. ƯỚC", "KT"),
])
def test_t4caps_an_authority_before_a_capital_of_every_kind(text, mark):
    m = AUTHORITY.search(text)
    assert m is not None and m["mk"] == mark


# The usual titles as printed, which the run-on splitter cuts a signer's block by, fold to closing's own
from extractors.closing import PRINTED_TITLES, UNIT_HEAD_TITLES, TITLE  # noqa: E402
from pipeline.normalize import fold as _t4caps_fold  # noqa: E402


def test_t4caps_every_printed_title_is_a_title_closing_reads():
    for title in (*PRINTED_TITLES, *UNIT_HEAD_TITLES):
        assert title.isupper()
        assert TITLE.fullmatch(_t4caps_fold(title)) is not None, title


@pytest.mark.parametrize("lines, signer", [
    # awkward inputs (h2): a scan's speck or a signature's stroke read as a quote or a bar glued to
    # the title's first word, the signature's scribble read as short junk lines under it
    (["Nơi nhận:", "- Phòng Nông nghiệp và PTNT huyện (b/c);", "- Lưu: VT.", "KT. CHỦ TỊCH", "'PHÓ CHỦ TỊCH",
      "J4 ch Vi 1,", "D425", "Thạch Sô Phal"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thạch Sô Phal")),
    (["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "‘CHỦ TỊCH", "Lò Văn Pọm"],
     ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Pọm")),
    (["Nơi nhận:", "- Như trên;", "- Lưu: VP.", "TM. BAN CHỈ ĐẠO", "|PHÓ TRƯỞNG BAN", "Hà Thị Lan"],
     ("TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "Hà Thị Lan")),
    (["Nơi nhận:", "- Sở Y tế (b/c);", "- Lưu: VT.", "KT. GIÁM ĐỐC", "`PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng"],
     ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng")),
])
def test_awkward_a_speck_glued_to_a_scanned_signers_title(lines, signer):
    assert extract_signer(_doc_of(BODY.splitlines() + lines)) == signer


@pytest.mark.parametrize("bullet", ["—~ ", "~ ", "-~ ", "~- "])
def test_awkward_a_scanned_recipients_dash_read_with_a_tilde(bullet):
    """awkward inputs (h2): a bullet's dash read with a stroke of toner beside it as "~" is a bullet."""
    lines = ["Nơi nhận:", "- Phòng Nông nghiệp và PTNT huyện (b/c);", "- Các ban, ngành, đoàn thể xã;",
             f"{bullet}Trưởng các ấp;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Thạch Sô Phal"]
    doc = _doc_of(BODY.splitlines() + lines)
    assert [r.recipient for r in extract_recipients(doc)] == [
        "Phòng Nông nghiệp và PTNT huyện (b/c)", "Các ban, ngành, đoàn thể xã", "Trưởng các ấp", "Lưu: VT"]


# ---------------------------------------------------------------- h3: scans' signer blocks and specks
# What OCR leaves of a block a seal is stamped over: the "KT." line's start lost under the ring
# ("Ủ TỊCH", "ƯỞNG BAN"), between the body's line and the deputy's title.
@pytest.mark.parametrize("lines, signer", [
    (["TM. ỦY BAN NHÂN DÂN", "Ủ TỊCH", "“v:", "4 PHÓ CHỦ TỊCH là", "Châu Văn Sáu"],
     ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Châu Văn Sáu")),
    (["TM. BAN CHỈ ĐẠO", "ƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Thị Mai"],
     ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Hoàng Thị Mai")),
    (["TM. BAN THƯỜNG VỤ", "' THƯ", "PHÓ BÍ THƯ", "Lục Văn Bảo"], ("KT. BÍ THƯ", "PHÓ BÍ THƯ", "Lục Văn Bảo")),
    # no line left between them: the deputy signs under "TM." as printed
    (["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Đinh Văn Lâm"], ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Đinh Văn Lâm")),
    # a line between that is no title's end
    (["TM. ỦY BAN NHÂN DÂN", "XS", "PHÓ CHỦ TỊCH", "Đinh Văn Lâm"], ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Đinh Văn Lâm")),
])
def test_h3scan_a_deputy_s_marker_a_seal_hid(lines, signer):
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Bảo Lạc (b/c);", "- Lưu: VT.", *lines])
    doc.ocr = True
    assert extract_signer(doc) == signer


def test_h3scan_typed_deputy_under_tm_is_left_as_printed():
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Bảo Lạc (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "Ủ TỊCH",
                   "PHÓ CHỦ TỊCH", "Đinh Văn Lâm"])
    assert extract_signer(doc)[0].startswith("TM. ")   # (a scan's leftover is not read into typed text)


# The body's line as a fax or a seal leaves it: a mark read on at its end ("/S"), a letter misread
# ("ỞY" for "ỦY"): the usual body, as printed.
@pytest.mark.parametrize("body, want", [
    ("TM. ỞY BAN NHÂN DÂN /S", "TM. ỦY BAN NHÂN DÂN"),
    ("TM. ỦY BAN NHÂN DẪN", "TM. ỦY BAN NHÂN DÂN"),
    ("TM. HỘI ĐỒNG NHÂN DÂN '.", "TM. HỘI ĐỒNG NHÂN DÂN"),
    ("TM. BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ"),
    ("TM. ỦY BAN NHÂN DÂN XÃ", "TM. ỦY BAN NHÂN DÂN XÃ"),
    ("TM. ĐẢNG ỦY", "TM. ĐẢNG ỦY"),
])
def test_h3scan_the_body_a_scan_s_authority_signs_for(body, want):
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Tam Đường (b/c);", "- Lưu: VT.", body, "CHỦ TỊCH", "Lò Văn Pền"])
    doc.ocr = True
    assert extract_signer(doc) == (want, "CHỦ TỊCH", "Lò Văn Pền")


# A speck beside the list read as letters alone ("Ệ ị", "Ả ẹ", "ỏ"): no recipient. Capitals standing
# for places next to a word stay ("xã A, B").
@pytest.mark.parametrize("speck", ["Ệ ị", "Ả ẹ", "ỏ", "- ị Ế", "Ơ ` ạ"])
def test_h3scan_letters_alone_are_no_recipient(speck):
    doc = _doc_of((BODY + f"Nơi nhận: TM. ỦY BAN NHÂN DÂN\n{speck}\n- UBND huyện Lục Yên (b/c);\n- UBND các xã A, B;\n"
                   "- Lưu: VT.\nCHỦ TỊCH\nHoàng Văn Sơn").split("\n"))
    doc.ocr = True
    assert [r.recipient for r in extract_recipients(doc)] == ["UBND huyện Lục Yên (b/c)", "UBND các xã A, B", "Lưu: VT"]


# A seal ring's letter read on after a scan's title ("PHÓ CHỦ TỊCH N" over "N ` LỆ"): no title ends
# in a letter alone; one inside a title stays ("TRƯỞNG PHÒNG Y TẾ").
@pytest.mark.parametrize("lines, title", [
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "N ` LỆ", "4 »", "Phạm Văn Thịnh"], "PHÓ CHỦ TỊCH"),
    (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ư ; Ơ", "Trần Thị Hoa"], "PHÓ GIÁM ĐỐC"),
    (["TRƯỞNG PHÒNG Y TẾ", "Vi Văn Sự"], "TRƯỞNG PHÒNG Y TẾ"),
])
def test_h3scan_a_letter_read_on_after_a_scan_s_title(lines, title):
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Hà Quảng (b/c);", "- Lưu: VT.", *lines])
    doc.ocr = True
    assert extract_signer(doc)[1] == title


# ---- h10 (review mends): marks closing the body's line stripped in one pass, however long their run ----
@pytest.mark.parametrize("body, want", [
    # (a run of two-character marks took the old pattern twice as long for each one more: 30 of them, hours)
    ("TM. ỦY BAN NHÂN DÂN" + " --" * 30 + " XÃ", "TM. ỦY BAN NHÂN DÂN"),
    ("TM. ỦY BAN NHÂN DÂN" + " ." * 2500, "TM. ỦY BAN NHÂN DÂN"),
    ("TM. BAN CHẤP HÀNH ., /S", "TM. BAN CHẤP HÀNH"),
    ("TM. HỘI ĐỒNG NHÂN DÂN" + " -." * 40, "TM. HỘI ĐỒNG NHÂN DÂN"),
])
def test_h10_long_run_of_marks_after_the_body(body, want):
    doc = _doc_of(["Nơi nhận:", "- UBND huyện Mèo Vạc (b/c);", "- Lưu: VT.", body, "CHỦ TỊCH", "Sùng Mí Chá"])
    doc.ocr = True
    assert extract_signer(doc)[0] == want


# ---- v25h4 (third sample of real plans): a short text with no "Nơi nhận" and no "./." (a page's excerpt
# of a decision) signs after its preamble: the capitals line over "Căn cứ …" is the decision's authority ----
@pytest.mark.parametrize("authority", [
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",
    "BỘ TRƯỞNG BỘ TƯ PHÁP",
    "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
])
def test_v25h4_decision_authority_over_its_preamble_is_no_signer(authority):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 19/QĐ-UBND\nAn Giang, ngày 6 tháng 8 năm 2021\nQUYẾT ĐỊNH\n"
            f"Phê duyệt Kế hoạch chuyển đổi cơ cấu cây trồng\n{authority}\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ;\n"
            "Theo đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 190/TTr-SNN ngày 10/8/2021.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch chuyển đổi cơ cấu cây trồng giai đoạn 2021 - 2025")
    assert extract_signer(normalize_text(text, "txt")) == (None, None, None)


def test_v25h4_signer_after_a_ground_in_the_closing_lines_is_still_read():
    text = ("KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2024\nI. NỘI DUNG\n1. Trưng bày sách tại nhà văn hóa xã.\n"
            "II. TỔ CHỨC THỰC HIỆN\nCăn cứ nội dung Kế hoạch, các đơn vị triển khai thực hiện\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hoa")
    assert extract_signer(normalize_text(text, "txt")) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa")


# ---- t7scan: a scan's seal leaves a speck read as a letter beside the signer's name ("N Đỗ Văn Hùng")
# and a mark of up to three characters after the signing body ("TM. ỦY BAN NHÂN DÂN /“S"): neither is
# the block's ----
@pytest.mark.parametrize("lines, signer", [
    (["TM. ỞY BAN NHÂN DÂN", "/“S CHỦ TỊCH", "N Đỗ Văn Hùng"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Hùng")),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hoa K"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu Hoa")),
    (["TM. BAN CHẤP HÀNH", "BÍ THƯ", "V Nguyễn Minh Tâm"], ("TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nguyễn Minh Tâm")),
    # (Tây Nguyên names open with Y: no speck)
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Y Thịnh Niê"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Y Thịnh Niê")),
    (["TM. ỦY BAN NHÂN DÂN ~.”", "CHỦ TỊCH", "Hà Văn Sơn"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Sơn")),
])
def test_t7scan_seal_specks_beside_the_signer_block(lines, signer):
    doc = _doc_of(BODY.splitlines() + ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."] + lines)
    doc.ocr = True
    assert extract_signer(doc) == signer


def test_t7scan_a_speck_with_no_name_left_is_no_name():
    doc = _doc_of(BODY.splitlines() + ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "N Văn"])
    doc.ocr = True
    assert extract_signer(doc)[2] is None


# ---- t7scan: under a grey seal a scan loses the deputy's "KT." (the head's title left alone over the
# deputy's, or a quote mark read for it) and reads the seal's star before the name ----
@pytest.mark.parametrize("lines, signer", [
    (["“CHỦ TỊCH", "PHÓ CHỦ TỊCH", "* Võ Thị Thu Hà"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thị Thu Hà")),
    (["CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Công Sứ"], ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Công Sứ")),
    (["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "★ Lương Thị Mai"], ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lương Thị Mai")),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "* Lê Văn Tám"], ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Tám")),
])
def test_t7scan_lost_deputy_marker_and_seal_star(lines, signer):
    doc = _doc_of(BODY.splitlines() + ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT."] + lines)
    doc.ocr = True
    assert extract_signer(doc) == signer


def test_t7scan_typed_head_over_deputy_is_left_as_printed():
    # (in typed text nothing was lost: the two titles are what the author printed)
    doc = _doc_of(BODY.splitlines() + ["Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Công Sứ"])
    assert extract_signer(doc)[0] is None


# ---- t7scan: the deputy marker's line garbled by the seal and read on into the deputy's title ----
@pytest.mark.parametrize("line, signer", [
    ("ZZ Ủ TỊCH 4 PHÓ CHỦ TỊCH", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Châu Văn Sáu")),
    ("Ủ TỊCH — PHÓ CHỦ TỊCH", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Châu Văn Sáu")),
    # (the head's full title before the deputy's is the body's chair signing too: left as read)
    ("PHÓ CHỦ TỊCH", ("TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Châu Văn Sáu")),
])
def test_t7scan_lost_deputy_marker_read_on_into_the_title(line, signer):
    doc = _doc_of(BODY.splitlines() + ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND huyện (b/c);", "- Lưu: VT.",
                                       line, "Châu Văn Sáu"])
    doc.ocr = True
    assert extract_signer(doc) == signer


# ---- v26h2: an appendix heading in capitals right under the signer's title ---------------------------
@pytest.mark.parametrize("heading", [
    "PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH TRÀ VINH NĂM 2017",
    "BẢO VỆ, PHÁT TRIỂN RỪNG HUYỆN LẮK GIAI ĐOẠN 2021 - 2025",
])
def test_v26h2_signer_title_not_run_into_a_heading(heading):
    text = ("Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n"
            "| CHỦ TỊCH |\n" + heading + "\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND)")
    _, title, _ = extract_signer(normalize_text(text))
    assert title == "CHỦ TỊCH"


# ---- m11: a short name with a figure after the signing body ("P.5", "Q.1", "F.3") is the body's own, no seal's mark
@pytest.mark.parametrize("body, want", [
    ("TM. ỦY BAN NHÂN DÂN P.5", "TM. ỦY BAN NHÂN DÂN P.5"),
    ("TM. ỦY BAN NHÂN DÂN Q.1", "TM. ỦY BAN NHÂN DÂN Q.1"),
    ("TM. BAN CHỈ HUY QUÂN SỰ F.3", "TM. BAN CHỈ HUY QUÂN SỰ F.3"),
    ("TM. ĐẢNG ỦY P.9", "TM. ĐẢNG ỦY P.9"),
    # (kept: a seal's mark after it)
    ("TM. ỦY BAN NHÂN DÂN /S", "TM. ỦY BAN NHÂN DÂN"),
    ("TM. ỦY BAN NHÂN DÂN .,", "TM. ỦY BAN NHÂN DÂN"),
])
@pytest.mark.parametrize("ocr", [True, False])
def test_m11_short_name_with_a_figure_after_the_body_is_kept(body, want, ocr):
    doc = _doc_of(["Nơi nhận:", "- UBND quận Gò Vấp (b/c);", "- Lưu: VT.", body, "CHỦ TỊCH", "Trần Văn Bình"])
    doc.ocr = ocr
    assert extract_signer(doc) == (want, "CHỦ TỊCH", "Trần Văn Bình")


# h3cpu: a run of capitals goes on over a number after a unit's noun ("… SỐ 3", "CÔNG AN PHƯỜNG 5"); the
# word before the number is folded only when a number comes
@pytest.mark.parametrize("text, runs", [
    ("ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", [(0, 27)]),
    ("CÔNG AN PHƯỜNG 5", [(0, 16)]),
    ("TRẠM 2, ĐỘI 4", [(0, 6), (8, 13)]),
    ("CHỦ TỊCH 3", [(0, 8)]),
    ("ĐỘI\n3", [(0, 3)]),
    ("Phường 3 CÔNG AN", [(9, 16)]),
])
def test_h3cpu_caps_runs_number_after_a_unit_noun(text, runs):
    from extractors.closing import _caps_runs

    assert _caps_runs(text) == runs


# ---- h4 (v27): a page run into one line, the archive item's last code glued to the signer's title

@pytest.mark.parametrize("line, last", [
    ("Nơi nhận: - Như điều 3; - Các khoa phòng; - Lưu VT, QLCL GIÁM ĐỐC Nguyễn Thanh Bình QUY CHẾ Tổ chức hoạt động",
     "Lưu VT, QLCL"),
    ("Nơi nhận: - Như Điều 3; - Lưu: VT, KHTH HIỆU TRƯỞNG Trần Minh Hoà Phụ lục kèm theo", "Lưu: VT, KHTH"),
    ("Nơi nhận: - Như trên; - Lưu: VT, TCHC, ĐD KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lò Văn Sinh", "Lưu: VT, TCHC, ĐD"),
])
def test_h4v27_archive_codes_glued_to_the_signers_title_end_the_list(line, last):
    doc = normalize_text(BODY + line + "\n")
    got = [r.recipient for r in extract_recipients(doc)]
    assert got[-1] == last


# ---- h7: a flattened table's cell border left after the last recipient ("- Lưu: VT, TH. |")
@pytest.mark.parametrize("last, expected", [
    ("- Lưu: VT, VHKHTT. |", "Lưu: VT, VHKHTT"),
    ("- Lưu: VT |", "Lưu: VT"),
    ("- Lưu VP Đảng ủy.|", "Lưu VP Đảng ủy"),
])
def test_h7_cell_border_after_the_last_recipient_is_cut(last, expected):
    text = ("Trên đây là Kế hoạch của Ủy ban nhân dân xã Mỹ Sơn./.\nNơi nhận:\n- UBND huyện (b/c);\n"
            "- Các ban, ngành xã;\n" + last + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Văn Quý\n")
    items = [r.recipient for r in extract_recipients(normalize_text(text, "txt"))]
    assert items == ["UBND huyện (b/c)", "Các ban, ngành xã", expected]


# ---- h3 (v28): an ASCII token is told in capitals by isupper() alone, the others by all_caps
@pytest.mark.parametrize("text, runs", [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", ["KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]),
    ("CHỦ TỊCH\nY Thị Hiền", ["CHỦ TỊCH", "Y"]),   # (a name opening with "Y" ends the title's run)
    ("PGS. TS. NGUYỄN VĂN A", ["NGUYỄN VĂN A"]),     # (degrees before the name are no title)
    ("TM. UBND XA BINH AN\nCHU TICH", ["TM. UBND XA BINH AN\nCHU TICH"]),
    ("- Lưu: VT, VP.", ["VT", "VP."]),
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH 2025 abc", ["TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"]),
    ("Ubnd xã, Ab", []),
])
def test_h3_caps_runs_ascii_and_vietnamese_tokens(text, runs):
    from extractors.closing import _caps_runs
    assert [text[a:b] for a, b in _caps_runs(text)] == runs


# ---- v29 h5: the author of a school's Pioneer plan signs beside the principal's approval; of two names on
# one line, the right-hand one is cut where it goes on with a middle name, not with a second surname
@pytest.mark.parametrize("closing, title, name", [
    ("DUYỆT CỦA BAN GIÁM HIỆU          TỔNG PHỤ TRÁCH ĐỘI\nPhan Thị Thu Hà                  Lê Văn Quang",
     "TỔNG PHỤ TRÁCH ĐỘI", "Lê Văn Quang"),
    ("DUYỆT BGH     TỔNG PHỤ TRÁCH ĐỘI\nTrần Minh Đức      Nguyễn Thị Hằng", "TỔNG PHỤ TRÁCH ĐỘI", "Nguyễn Thị Hằng"),
])
def test_v29h5_pioneer_leader_signs_beside_the_approval(closing, title, name):
    text = ("TRƯỜNG TIỂU HỌC AN BÌNH\nAn Bình, ngày 02 tháng 12 năm 2024\nKẾ HOẠCH\nHoạt động Liên đội tháng 12\n"
            f"I. NỘI DUNG\n- Kiểm tra nề nếp các chi đội.\n{closing}\n")
    assert extract_signer(normalize_text(text, "txt"))[1:] == (title, name)


@pytest.mark.parametrize("line, right", [
    ("Phan Thị Thu Hà Lê Văn Quang", "Lê Văn Quang"),
    ("Võ Thị Kim Anh Đỗ Minh Tuấn", "Đỗ Minh Tuấn"),
    ("Lê Thừa Triều Hồ Viết Cảm", "Hồ Viết Cảm"),
    ("Lê Văn Lương Hà Nội", None),
])
def test_v29h5_right_hand_name_of_two(line, right):
    from extractors.closing import _last_of_two_names
    assert _last_of_two_names(line) == right


# ---- v30 h2: the approval beside the author's title is one pattern for the body's end and the signer: "DUYỆT CỦA
# LÃNH ĐẠO NHÀ TRƯỜNG" ended the body but stayed in the signature's run, whose title became the school's name
@pytest.mark.parametrize("closing, title, name", [
    ("DUYỆT CỦA LÃNH ĐẠO NHÀ TRƯỜNG        TỔNG PHỤ TRÁCH ĐỘI\nHồ Thị Mỹ Linh                 Đặng Quốc Bảo",
     "TỔNG PHỤ TRÁCH ĐỘI", "Đặng Quốc Bảo"),
    ("DUYỆT CỦA LÃNH ĐẠO ĐƠN VỊ      NGƯỜI LẬP KẾ HOẠCH\nNông Văn Thái            Triệu Thị Mai",
     "NGƯỜI LẬP KẾ HOẠCH", "Triệu Thị Mai"),
])
def test_v30h2_approval_of_the_school_leadership_beside_the_signer(closing, title, name):
    text = ("TRƯỜNG THCS TRẦN PHÚ\nBảo Lạc, ngày 28 tháng 10 năm 2025\nKẾ HOẠCH\nHoạt động Liên đội tháng 11\n"
            f"I. NỘI DUNG\n- Phát động thi đua chào mừng ngày 20/11.\n{closing}\n")
    assert extract_signer(normalize_text(text, "txt"))[1:] == (title, name)


# ---- v30 h4: a law portal's copy that stops before the signature names the signer in its box of fields
@pytest.mark.parametrize("box, name", [
    ("Số hiệu: 204/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Bến Tre Người ký: Trần Ngọc Tam\n"
     "Ngày ban hành: 12/02/2019 Ngày hiệu lực: Đã biết", "Trần Ngọc Tam"),
    ("Số hiệu 57/KH-UBND\nNgày ban hành 03/04/2024\nLoại văn bản Kế hoạch\nCơ quan ban hành Tỉnh Kon Tum\n"
     "Người ký Lữ Ngọc Cư\nLĩnh vực Văn hóa - Xã hội", "Lữ Ngọc Cư"),
    ("Số hiệu: | 31/KH-UBND | Người ký: | Hồ Văn Mười |\nNgày ban hành: | 08/5/2022 |", "Hồ Văn Mười"),
    # (a digital signature's stamp names no box's fields; a body is no person)
    ("Người ký: Nguyễn Văn Hòa\nThời gian ký: 14.03.2025 09:12:40 +07:00", None),
    ("Số hiệu: 12/KH-SYT Loại văn bản: Kế hoạch\nNơi ban hành: Sở Y tế Người ký: Sở Y Tế Tỉnh Gia Lai", None),
])
def test_v30h4_signer_in_a_portals_box(box, name):
    text = (f"{box}\nỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 204/KH-UBND\nBến Tre, ngày 12 tháng 02 năm 2019\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2019\nI. MỤC ĐÍCH\n1. Chủ động phòng bệnh.\n")
    assert extract_signer(normalize_text(text, "txt"))[2] == name


def test_v30h4_signature_block_wins_over_the_box():
    text = ("Số hiệu: 19/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Cà Mau Người ký: Lâm Văn Bi\n"
            "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 19/KH-UBND\nCà Mau, ngày 05 tháng 3 năm 2020\nKẾ HOẠCH\n"
            "Phòng, chống hạn mặn năm 2020\nI. MỤC ĐÍCH\n1. Chủ động ứng phó.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Sử\n")
    assert extract_signer(normalize_text(text, "txt")) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Sử")


# ---- v30 h4: a decision's signer block over the trích yếu of the plan it carries, both in capitals: the
# authority ends with its line, the long line under it is the plan's title
@pytest.mark.parametrize("block, auth", [
    ("| TM. ỦY BAN NHÂN DÂN |\nTRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN "
     "2021 - 2025 TRÊN ĐỊA BÀN HUYỆN\n(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 04/3/2022)",
     "TM. ỦY BAN NHÂN DÂN"),
    ("TM. BAN THƯỜNG VỤ\nPHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ TRONG CÁN BỘ, ĐẢNG VIÊN VÀ NHÂN DÂN TRÊN ĐỊA BÀN TỈNH\n"
     "(Kèm theo Quyết định số 12-QĐ/TU ngày 20/01/2023)", "TM. BAN THƯỜNG VỤ"),
])
def test_v30h4_authority_stops_before_a_long_caps_line(block, auth):
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA\nSố: 77/QĐ-UBND\nĐức Hòa, ngày 04 tháng 3 năm 2022\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Kế hoạch\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
            f"Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n{block}\nI. MỤC ĐÍCH\n1. Nâng thu nhập.\n")
    assert extract_signer(normalize_text(text, "txt"))[0] == auth


def test_v30h4_reflowed_block_still_one_run():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nKẾ HOẠCH\nTrồng cây năm 2025\nI. NỘI DUNG\n1. Trồng cây.\nNơi nhận:\n"
            "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN KT.\nCHỦ TỊCH PHÓ CHỦ TỊCH\nNguyễn Văn Lực\n")
    assert extract_signer(normalize_text(text, "txt")) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Lực")


def test_v30h4_title_stops_before_a_trich_yeu_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 91/QĐ-UBND\nGia Lai, ngày 04 tháng 3 năm 2020\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Quy chế\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n| CHỦ TỊCH |\n"
            "VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ HỖ TRỢ NÔNG DÂN, TỈNH GIA LAI\n(Ban hành kèm theo Quyết định số 91/QĐ-UBND)\n"
            "Điều 1. Phạm vi điều chỉnh\n")
    assert extract_signer(normalize_text(text, "txt"))[1] == "CHỦ TỊCH"


# ---- v30 h9: the approval printed with the approver first ("HIỆU TRƯỞNG DUYỆT", "BGH DUYỆT") beside the
# author's title is cut off the author's title as "DUYỆT CỦA …" is; in capitals only
@pytest.mark.parametrize("closing, title, name", [
    ("HIỆU TRƯỞNG DUYỆT          TỔNG PHỤ TRÁCH ĐỘI\nĐinh Thị Ngọc Bích              Vũ Đức Thắng",
     "TỔNG PHỤ TRÁCH ĐỘI", "Vũ Đức Thắng"),
    ("BAN GIÁM HIỆU DUYỆT     TỔ TRƯỞNG CHUYÊN MÔN\nHà Văn Sơn      Lương Thị Thảo",
     "TỔ TRƯỞNG CHUYÊN MÔN", "Lương Thị Thảo"),
    ("BGH DUYỆT        NGƯỜI LẬP KẾ HOẠCH\nMai Xuân Trường        Cao Thị Yến", "NGƯỜI LẬP KẾ HOẠCH", "Cao Thị Yến"),
    ("PHÓ HIỆU TRƯỞNG DUYỆT      BÍ THƯ CHI ĐOÀN\nTạ Quang Vinh      Kiều Thị Nga", "BÍ THƯ CHI ĐOÀN", "Kiều Thị Nga"),
])
def test_v30h9_approver_first_beside_the_author(closing, title, name):
    text = ("TRƯỜNG THCS HƯNG THỊNH\nHưng Thịnh, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nHoạt động tháng 3\n"
            f"I. NỘI DUNG\n- Ra quân vệ sinh khuôn viên trường.\n{closing}\n")
    assert extract_signer(normalize_text(text, "txt"))[1:] == (title, name)


@pytest.mark.parametrize("line, end", [
    ("HIỆU TRƯỞNG DUYỆT TỔNG PHỤ TRÁCH ĐỘI", 18),
    ("BGH DUYỆT", 9),
    ("DUYỆT CỦA BAN GIÁM HIỆU TỔ TRƯỞNG", 24),
    ("Hiệu trưởng duyệt kế hoạch của các tổ chuyên môn", None),   # a task, in small letters
    ("Ban giám hiệu duyệt đề kiểm tra học kỳ", None),
    ("HIỆU TRƯỞNG", None),
])
def test_v30h9_approval_end(line, end):
    from extractors.closing import _f, approval_end
    assert approval_end(line, _f(line)) == end
