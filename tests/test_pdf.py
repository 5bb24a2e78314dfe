"""The PDF reader on real PDFs made here: a composed plan rendered with its header, ruled task
table and signature block; NFD and broken text layers; encrypted, truncated and empty files; and
the five sample plans rendered and read back."""
import io
import shutil
import subprocess
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.document import PAGE_NUMBER, PART_HEADING
from pipeline.errors import PlanError
from pipeline.ingest import encodings, pdf, read_document
from pipeline.ingest.text import read_text
from pipeline.normalize import normalize
from make_bad_inputs import pdf_without_pages
from render import parse_plan, register_fonts, render_pdf, render_photo, render_scan

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "sample-plans"

TASKS = [
    ("Tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại các thôn Na Lốc, Sả Hồ, Cốc Phương",
     "Trạm Y tế xã", "Quý I/2025"),
    ("Truyền thông phòng, chống sốt xuất huyết và bệnh tay chân miệng bằng tiếng Kinh, tiếng Mông và "
     "tiếng Nùng trên loa phát thanh của xã", "Đài Truyền thanh xã", "Trước ngày 31/3/2025"),
    ("Khám sức khỏe định kỳ cho người cao tuổi; lập hồ sơ quản lý bệnh tăng huyết áp, đái tháo đường",
     "Trạm Y tế xã", "Tháng 4/2025"),
    ("Kiểm tra vệ sinh an toàn thực phẩm tại chợ phiên Bản Lầu và các bếp ăn tập thể của trường học; "
     "tuyên truyền cho các hộ kinh doanh ăn uống về điều kiện bảo đảm an toàn thực phẩm, nguồn gốc "
     "nguyên liệu, cách bảo quản thực phẩm trong mùa nắng nóng; phối hợp với Đội Quản lý thị trường xử "
     "lý nghiêm các trường hợp vi phạm, công khai kết quả kiểm tra trên loa truyền thanh và tại nhà văn "
     "hóa các thôn", "Công chức Văn hóa - Xã hội", "Quý II/2025"),
    ("Phun thuốc diệt muỗi, xử lý ổ dịch tại các thôn có ca bệnh; hướng dẫn người dân vệ sinh môi "
     "trường, phát quang bụi rậm, khơi thông cống rãnh", "Trạm Y tế xã", "Khi có dịch"),
    ("Tập huấn kỹ năng sơ cứu, cấp cứu ban đầu cho nhân viên y tế thôn bản và cô đỡ thôn bản",
     "Trạm Y tế xã", "Tháng 6/2025"),
    ("Vận động phụ nữ mang thai khám thai định kỳ, sinh con tại cơ sở y tế; giảm tỷ lệ sinh con tại nhà "
     "ở các thôn vùng sâu, vùng xa", "Hội Liên hiệp Phụ nữ xã", "Thường xuyên"),
    ("Rà soát, cấp thẻ bảo hiểm y tế cho hộ nghèo, hộ cận nghèo và người dân tộc thiểu số đang sinh sống "
     "tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn", "Công chức Lao động - Thương binh và Xã hội",
     "Quý III/2025"),
    ("Tổ chức Ngày hội hiến máu tình nguyện tại Trung tâm xã", "Đoàn Thanh niên xã", "Tháng 8/2025"),
    ("Theo dõi, giám sát dinh dưỡng trẻ em dưới năm tuổi; cân, đo trẻ hai đợt trong năm; bổ sung vi chất "
     "dinh dưỡng cho trẻ suy dinh dưỡng thể thấp còi", "Trạm Y tế xã", "Tháng 6 và tháng 12/2025"),
    ("Phối hợp với Trung tâm Y tế huyện khám sàng lọc bệnh lao, bệnh phổi tắc nghẽn mạn tính cho người "
     "dân các thôn giáp biên giới", "Trạm Y tế xã", "Quý IV/2025"),
    ("Tổng kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân có thành tích "
     "xuất sắc", "Ủy ban nhân dân xã", "Trước ngày 15/12/2025"),
]
HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]

PLAN = "\n".join([
    "UBND HUYỆN MƯỜNG KHƯƠNG",
    "ỦY BAN NHÂN DÂN XÃ BẢN LẦU",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 27/KH-UBND",
    "Bản Lầu, ngày 20 tháng 02 năm 2025",
    "",
    "KẾ HOẠCH",
    "Tổ chức các hoạt động chăm sóc sức khỏe ban đầu cho Nhân dân năm 2025",
    "",
    "Căn cứ Kế hoạch số 118/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân huyện Mường Khương về công tác "
    "y tế năm 2025; Ủy ban nhân dân xã Bản Lầu xây dựng Kế hoạch như sau:",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao chất lượng khám, chữa bệnh tại Trạm Y tế xã; tăng cường truyền thông phòng, chống dịch bệnh "
    "trên địa bàn các thôn bản vùng cao, bảo đảm mọi người dân được tiếp cận dịch vụ y tế cơ bản.",
    "2. Yêu cầu",
    "Các ban, ngành, đoàn thể phối hợp chặt chẽ, triển khai đúng tiến độ; huy động sự tham gia của người "
    "dân, già làng, trưởng bản và người có uy tín.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "\t".join(HEADER),
    *("\t".join((str(i), *task)) for i, task in enumerate(TASKS, start=1)),
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trạm Y tế xã chủ trì, phối hợp với các ban, ngành, đoàn thể triển khai thực hiện Kế hoạch; định kỳ "
    "hằng quý báo cáo kết quả về Ủy ban nhân dân xã.",
    "2. Các thôn bản phối hợp tuyên truyền, vận động Nhân dân tham gia đầy đủ các hoạt động./.",
    "",
    "Nơi nhận:",
    "- UBND huyện Mường Khương;",
    "- Trung tâm Y tế huyện;",
    "- Đảng ủy, HĐND xã;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Vàng Seo Phử",
])

SHORT_PLAN = "\n".join([
    "ỦY BAN NHÂN DÂN XÃ BẢN LẦU",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "KẾ HOẠCH",
    "Phòng, chống thiên tai năm 2025",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Chủ động phòng ngừa, ứng phó kịp thời với sạt lở đất, lũ quét trên địa bàn xã; bảo đảm an toàn "
    "tính mạng, tài sản của Nhân dân.",
])


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()))


def flat(cell: str) -> str:
    return " ".join(cell.split())


def page_count(path: Path) -> int:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def draw_pdf(lines: list[str], **canvas_args) -> bytes:
    """A one-page PDF with the lines drawn as they are (no layout, no normalization)."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, **canvas_args)
    c.setFont(font, 13)
    for i, line in enumerate(lines):
        c.drawString(72, 770 - 20 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- the composed plan
@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    path = render_pdf(PLAN, tmp_path_factory.mktemp("composed") / "ban-lau.pdf", fmt="txt")
    return path, read_document(path.read_bytes(), path)  # through the dispatcher, as the pipeline reads it


def test_pages_and_format(composed):
    path, raw = composed
    assert raw.pages == page_count(path) >= 2
    assert raw.source_format == "pdf" and raw.ocr is False and raw.ocr_confidence is None
    assert [ln.page for ln in raw.lines] == sorted(ln.page for ln in raw.lines)


def test_header_columns_do_not_bleed(composed):
    _, raw = composed
    texts = [ln.text for ln in raw.lines if ln.cells is None]
    for expected in ("UBND HUYỆN MƯỜNG KHƯƠNG", "ỦY BAN NHÂN DÂN XÃ BẢN LẦU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 27/KH-UBND", "Bản Lầu, ngày 20 tháng 02 năm 2025"):
        assert expected in texts
    for t in texts:
        if "CỘNG HÒA" in t or "Độc lập" in t:
            assert "UBND" not in t and "ỦY BAN" not in t and "Số:" not in t
    # the issuer column comes before the motto column; the title after both
    assert texts.index("ỦY BAN NHÂN DÂN XÃ BẢN LẦU") < texts.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") \
        < texts.index("KẾ HOẠCH")


def test_signature_block_columns(composed):
    _, raw = composed
    texts = [ln.text for ln in raw.lines if ln.cells is None]
    tail = texts[texts.index("Nơi nhận:"):]
    assert tail == ["Nơi nhận:", "- UBND huyện Mường Khương;", "- Trung tâm Y tế huyện;", "- Đảng ủy, HĐND xã;",
                    "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vàng Seo Phử"]


def test_bold_lines(composed):
    _, raw = composed
    by_text = {ln.text: ln for ln in raw.lines if ln.cells is None}
    assert by_text["KẾ HOẠCH"].bold and by_text["I. MỤC ĐÍCH, YÊU CẦU"].bold and by_text["CHỦ TỊCH"].bold
    assert not by_text["Số: 27/KH-UBND"].bold
    assert not any(ln.bold for ln in raw.lines if ln.text.startswith("Căn cứ"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert rows[0].bold and not rows[1].bold


def test_table_rows_come_back_as_cells(composed):
    _, raw = composed
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in rows}) == 1, "one table, continued across the page break"
    assert all(len(ln.cells) == 4 for ln in rows)
    # the table sits between its heading and the next part, in reading order
    texts = [ln.text for ln in raw.lines]
    first, last = raw.lines.index(rows[0]), raw.lines.index(rows[-1])
    assert texts[first - 1] == "II. NHIỆM VỤ CỤ THỂ" and texts[last + 1] == "III. TỔ CHỨC THỰC HIỆN"
    by_label = {ln.cells[0]: [flat(c) for c in ln.cells] for ln in rows if ln.cells[0].isdigit()}
    assert sorted(by_label, key=int) == [str(i) for i in range(1, len(TASKS) + 1)]
    complete = 0
    for i, (content, unit, timing) in enumerate(TASKS, start=1):
        if by_label[str(i)] == [str(i), content, unit, timing]:
            complete += 1
    assert complete >= len(TASKS) - 1  # all but the row the page break cut


def test_repeated_header_and_split_row(composed):
    _, raw = composed
    rows = [ln for ln in raw.lines if ln.cells is not None]
    headers = [ln for ln in rows if [flat(c) for c in ln.cells] == HEADER]
    table_pages = sorted({ln.page for ln in rows})
    assert len(table_pages) >= 2
    assert [ln.page for ln in headers] == table_pages, "the header row repeats once on every page"
    # the first row after the repeated header continues the last row of the page before
    i = rows.index(headers[1])
    before, after = rows[i - 1], rows[i + 1]
    assert after.cells[0] == "" and before.cells[0].isdigit()
    k = int(before.cells[0])
    joined = [flat(before.cells[j] + " " + after.cells[j]) for j in range(1, 4)]
    assert joined == list(TASKS[k - 1])
    # nothing lost, nothing doubled: the cells hold the source's words exactly once (plus headers)
    got = sum((words(" ".join(ln.cells)) for ln in rows), Counter())
    want = sum((words(" ".join(task)) for task in TASKS), Counter())
    want += Counter({w: n * len(headers) for w, n in words(" ".join(HEADER)).items()})
    want.update(str(i) for i in range(1, len(TASKS) + 1))
    assert got == want


def test_diacritics_intact_and_nfc(composed):
    _, raw = composed
    doc = normalize(raw)
    assert all(unicodedata.is_normalized("NFC", ln.text) for ln in raw.lines)
    assert all(unicodedata.is_normalized("NFC", c) for ln in raw.lines for c in ln.cells or [])
    source = words(parse_plan(PLAN, "txt").text)
    got = words(doc.text)
    assert not (source - got), f"words lost or damaged: {dict(source - got)}"


def test_header_and_signature_of_another_layout():
    """Columns are found from the words' positions, not from where render_pdf puts them: here a
    narrow gap between issuer and motto, a right-aligned date, other margins and sizes."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, top = A4[0], A4[1] - 50

    def centred(x, y, text, style="", size=12):
        c.setFont(font + style, size)
        c.drawCentredString(x, y, text)

    centred(150, top, "UBND TỈNH HÀ GIANG")
    centred(405, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "-Bold", 11.5)
    centred(150, top - 15, "SỞ Y TẾ", "-Bold")
    centred(405, top - 15, "Độc lập - Tự do - Hạnh phúc", "-Bold")
    centred(150, top - 40, "Số: 05/KH-SYT")
    c.setFont(font + "-Italic", 12)
    c.drawRightString(width - 40, top - 40, "Hà Giang, ngày 03 tháng 3 năm 2025")
    centred(width / 2, top - 80, "KẾ HOẠCH", "-Bold", 14)
    c.setFont(font, 12)
    c.drawString(40, top - 110, "Căn cứ Luật Khám bệnh, chữa bệnh năm 2023; Sở Y tế ban hành Kế hoạch như sau:")
    c.setFont(font + "-BoldItalic", 11)
    c.drawString(40, 250, "Nơi nhận:")
    centred(430, 252, "KT. GIÁM ĐỐC", "-Bold")
    c.setFont(font, 10)
    for i, t in enumerate(["- UBND tỉnh (b/c);", "- Các phòng chức năng;", "- Lưu: VT, NVY."]):
        c.drawString(40, 250 - 13 * (i + 1), t)
    centred(430, 236, "PHÓ GIÁM ĐỐC", "-Bold")
    centred(430, 160, "Nguyễn Văn Bình", "-Bold")
    c.showPage()
    c.save()
    raw = pdf.read(buf.getvalue(), Path("other.pdf"))
    assert [ln.text for ln in raw.lines] == [
        "UBND TỈNH HÀ GIANG", "SỞ Y TẾ", "Số: 05/KH-SYT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Giang, ngày 03 tháng 3 năm 2025",
        "KẾ HOẠCH", "Căn cứ Luật Khám bệnh, chữa bệnh năm 2023; Sở Y tế ban hành Kế hoạch như sau:",
        "Nơi nhận:", "- UBND tỉnh (b/c);", "- Các phòng chức năng;", "- Lưu: VT, NVY.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình"]


# ---------------------------------------------------------------- text layers
def test_nfd_text_layer_reads_back_nfc():
    lines = ["Ủy ban nhân dân xã Bản Lầu", "Kế hoạch phòng, chống dịch bệnh năm 2025",
             "Trạm Y tế xã chủ trì thực hiện"]
    data = draw_pdf([unicodedata.normalize("NFD", t) for t in lines])
    raw = pdf.read(data, Path("nfd.pdf"))
    assert [ln.text for ln in raw.lines] == lines


@pytest.mark.parametrize("raw_text, expected", [
    ("Ke\u0302\u0301 hoa\u0323ch", "Kế hoạch"),
    ("Ke \u0302\u0301 hoa \u0323ch", "Kế hoạch"),     # a space wedged before the marks
    ("U\u031b\u0309y ban", "Ửy ban"),
    ("Ủy ban", "Ủy ban"),
])
def test_fix_text_rejoins_combining_marks(raw_text, expected):
    assert pdf.fix_text(raw_text) == expected


@pytest.mark.parametrize("text, garbage", [
    ("Ủy ban nhân dân xã Bản Lầu, ngày 20/02/2025: “Người tốt, việc tốt” – 100%.", False),
    ("Plan for the year 2025 (draft).", False),
    ("(cid:12)(cid:34)(cid:5) (cid:7)y ban", True),
    ("GLYPH<c=3,font=/AAAAAA+Times>GLYPH<c=4,font=/AAAAAA+Times>", True),
    ("Uû ban nh©n d©n x· B¶n LÇu", True),          # TCVN3 bytes read as Latin-1
    ("Vieät Nam ñoäc laäp töï do", True),           # VNI
    ("\x00\x01\x02 \x03\x04", True),
])
def test_garbage_ratio(text, garbage):
    assert (pdf.garbage_ratio(text) > pdf.GARBAGE_RATIO) is garbage


def test_text_layer_without_tounicode_goes_to_ocr():
    data = draw_pdf(["Ủy ban nhân dân xã Bản Lầu tổ chức thực hiện kế hoạch năm 2025"] * 10, pageCompression=0)
    broken = data.replace(b"/ToUnicode", b"/ToUnicodX")  # same length: the xref stays valid
    assert pdf.pages_needing_ocr(data) == {}
    assert pdf.pages_needing_ocr(broken) == {1: "garbage"}


def draw_turned(lines: list[str], up: bool = True, background: bool = False, note: str | None = None) -> bytes:
    """A portrait page with landscape lines drawn turned a quarter (running up or down the page,
    without /Rotate), optionally over a page-sized image (a scan's layer) or with one upright note."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if background:
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(Image.new("L", (60, 85), 250)), 0, 0, *A4)
    if note:
        c.setFont(font, 9)
        c.drawString(280, 20, note)
    c.saveState()
    if up:
        c.translate(A4[0], 0)
        c.rotate(90)
    else:
        c.translate(0, A4[1])
        c.rotate(-90)
    c.setFont(font, 12)
    for i, line in enumerate(lines):
        c.drawString(60, 500 - 18 * i, line)
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


TURNED_LINES = ["Phụ lục: tiến độ thực hiện các nhiệm vụ trọng tâm năm 2025",
                "1. Rà soát, cập nhật dữ liệu dân cư trên địa bàn xã Thụy Lôi",
                "2. Cấp căn cước lưu động cho người cao tuổi tại thôn Bình Lăng"] * 3


@pytest.mark.parametrize("up", [True, False], ids=["up", "down"])
def test_text_running_up_or_down_the_page_is_read_turned(up):
    """A landscape page turned onto a portrait one (no /Rotate) keeps a good text layer: it is read
    turned back, line by line, not sent to OCR."""
    data = draw_turned(TURNED_LINES, up=up)
    assert pdf.pages_needing_ocr(data) == {}
    assert [ln.text for ln in pdf.read(data, Path("p.pdf")).lines] == TURNED_LINES


def test_turned_text_over_a_page_image_still_goes_to_ocr():
    """A scan's turned layer is left to OCR, which reads the page image itself."""
    assert pdf.pages_needing_ocr(draw_turned(TURNED_LINES, background=True)) == {1: "rotated"}


def test_an_upright_page_number_on_a_turned_page_is_dropped():
    """The turned page is read; the upright line across it would come out as a column of letters."""
    data = draw_turned(TURNED_LINES, note="Trang 5")
    assert [ln.text for ln in pdf.read(data, Path("p.pdf")).lines] == TURNED_LINES


def test_a_rotated_margin_note_leaves_the_page_portrait():
    """One stamp printed up the left margin (a signing service's, a file name): the page stays
    portrait, and the note's words do not cut into the body's lines."""
    font = register_fonts()
    body = ["1. Sở Công Thương chủ trì tổ chức thực hiện các đề án khuyến công năm 2025;",
            "2. Phòng Quản lý công nghiệp hướng dẫn, kiểm tra việc thực hiện các đề án;",
            "3. Văn phòng Sở bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định;"] * 4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, 13)
    for i, line in enumerate(body):
        c.drawString(85, 700 - 18 * i, line)
    c.translate(40, 420)
    c.rotate(90)
    c.setFont(font, 8)
    c.drawString(0, 0, "Ký bởi: Sở Công Thương tỉnh Thái Nguyên - Ngày ký: 12.02.2025 09:15:20 +07:00")
    c.showPage()
    c.save()
    data = buf.getvalue()
    assert pdf.pages_needing_ocr(data) == {}
    assert [ln.text for ln in pdf.read(data, Path("p.pdf")).lines] == body


@pytest.fixture(scope="module")
def short_scan(tmp_path_factory):
    d = tmp_path_factory.mktemp("scan")
    text_pdf = render_pdf(SHORT_PLAN, d / "short.pdf", fmt="txt")
    return text_pdf, render_scan(text_pdf, d / "short-scan.pdf", dpi=300, seed=1)


def test_header_without_number_row_splits_at_the_motto(short_scan):
    """No "Số:" | date row to show the column gap: the motto itself marks where the right column starts."""
    text_pdf, _ = short_scan
    raw = pdf.read(text_pdf.read_bytes(), text_pdf)
    assert [ln.text for ln in raw.lines[:3]] == ["ỦY BAN NHÂN DÂN XÃ BẢN LẦU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                 "Độc lập - Tự do - Hạnh phúc"]


def test_scan_has_no_text_layer(short_scan):
    text_pdf, scan = short_scan
    assert page_count(scan) == page_count(text_pdf) == 1
    assert pdf.pages_needing_ocr(scan.read_bytes()) == {1: "empty"}


def test_ocr_pages_are_merged(short_scan, monkeypatch):
    """Page bookkeeping around OCR, with the OCR itself stubbed: a text page and a scanned page."""
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    from pipeline.document import RawLine

    text_pdf, scan = short_scan
    mixed = mixed_pdf(text_pdf, scan)
    calls = []

    def fake(data, page_numbers):
        calls.append(list(page_numbers))
        return [(p, [RawLine("KẾ HOA\u0323CH"), RawLine("a b", cells=["a", "b"], table_id=2000)], 80.0)
                for p in page_numbers]

    monkeypatch.setattr(ocr, "ocr_pdf_pages", fake)
    raw = pdf.read(mixed, Path("mixed.pdf"))
    assert calls == [[2]]
    assert (raw.pages, raw.ocr, raw.ocr_confidence, raw.source_format) == (2, True, 80.0, "pdf")
    page2 = [ln for ln in raw.lines if ln.page == 2]
    assert page2[0].text == "KẾ HOẠCH" and page2[1].cells == ["a", "b"] and page2[1].table_id == 0
    raw = pdf.read(scan.read_bytes(), scan)
    assert (raw.pages, raw.ocr, raw.source_format) == (1, True, "pdf_scanned")


def mixed_pdf(text_pdf: Path, scan: Path) -> bytes:
    """Page 1 with a text layer, page 2 a scanned image of the same page."""
    from reportlab.lib.utils import ImageReader

    doc = pypdfium2.PdfDocument(str(scan))
    try:
        image = doc[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        doc.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    font = register_fonts()
    c.setFont(font, 13)
    for i, line in enumerate(SHORT_PLAN.splitlines()):
        c.drawString(72, 770 - 20 * i, line)
    c.showPage()
    c.drawImage(ImageReader(image), 0, 0, *A4)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_scanned_pdf_is_read_by_ocr(short_scan):
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    try:
        ocr.check_tesseract()
    except Exception as exc:  # noqa: BLE001 - no Tesseract here: nothing to test
        pytest.skip(f"Tesseract unavailable: {exc}")
    _, scan = short_scan
    raw = pdf.read(scan.read_bytes(), scan)
    assert (raw.pages, raw.ocr, raw.source_format) == (1, True, "pdf_scanned")
    assert raw.ocr_confidence is not None and raw.ocr_confidence > 60
    text = normalize(raw).text
    assert "KẾ HOẠCH" in text and "BẢN LẦU" in text and "sạt lở đất" in text


def test_photo_fixture(short_scan, tmp_path):
    from PIL import Image

    text_pdf, _ = short_scan
    photo = render_photo(text_pdf, tmp_path / "photo.jpg")
    with Image.open(photo) as im:
        assert im.format == "JPEG" and im.getexif().get(0x0112) == 1
        assert 1400 < im.width < 2000 and im.height > im.width


# ---------------------------------------------------------------- files that cannot be read
def test_encrypted_pdf():
    with pytest.raises(PlanError) as err:
        pdf.read(draw_pdf(["Kế hoạch mật"], encrypt="mat-khau"), Path("locked.pdf"))
    assert err.value.code == "encrypted_pdf" and "password" in err.value.message


def test_owner_password_only_opens():
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="chu-so-huu", canPrint=1)
    raw = pdf.read(draw_pdf(["Kế hoạch công khai"], encrypt=enc), Path("owner.pdf"))
    assert [ln.text for ln in raw.lines] == ["Kế hoạch công khai"]


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf(cut):
    data = draw_pdf(["Kế hoạch bị cắt cụt"])
    with pytest.raises(PlanError) as err:
        pdf.read(data[:int(len(data) * cut)], Path("cut.pdf"))
    assert err.value.code == "corrupt_pdf"


def test_not_a_pdf_after_the_magic():
    with pytest.raises(PlanError) as err:
        pdf.read(b"%PDF-1.7\n" + bytes(range(256)) * 8, Path("junk.pdf"))
    assert err.value.code == "corrupt_pdf"


def test_pdf_without_pages():
    with pytest.raises(PlanError) as err:
        pdf.read(pdf_without_pages(), Path("empty.pdf"))
    assert err.value.code == "empty_pdf"


# ---------------------------------------------------------------- the sample plans
@pytest.mark.skipif(not SAMPLES.exists(), reason="../shared is not beside the checkout")
@pytest.mark.parametrize("name", ["binh-gia-2025.txt", "duong-quang-2025.md", "ta-lung-2025.txt",
                                  "tam-duong-2025.txt", "vinh-tuy-2025.md"])
def test_sample_plan_round_trip(name, tmp_path):
    src = SAMPLES / name
    fmt = "md" if src.suffix == ".md" else "txt"
    data = src.read_bytes()
    path = render_pdf(data.decode("utf-8"), tmp_path / (src.stem + ".pdf"), fmt=fmt)
    raw = pdf.read(path.read_bytes(), path)
    assert raw.pages == page_count(path)
    want = words(normalize(read_text(data, fmt)).text)
    got = words(normalize(raw).text)
    recall = sum((want & got).values()) / sum(want.values())
    assert recall >= 0.97, f"{name}: {recall:.3f} of the words recovered; missing {list((want - got).items())[:20]}"


# ---------------------------------------------------------------- a PDF from another producer
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pdf_exported_by_libreoffice(tmp_path):
    """A plan laid out as in Word (header and signature in borderless tables, a ruled task table
    that runs onto the next page) and exported by LibreOffice: other fonts, margins, spacing."""
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(13)

    def fill(cell, lines, bold=()):
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line)
            run.bold = i in bold

    head = d.add_table(rows=2, cols=2)
    fill(head.cell(0, 0), ["UBND HUYỆN ĐỒNG VĂN", "ỦY BAN NHÂN DÂN XÃ LŨNG CÚ"], bold=(1,))
    fill(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=(0, 1))
    fill(head.cell(1, 0), ["Số: 12/KH-UBND"])
    fill(head.cell(1, 1), ["Lũng Cú, ngày 05 tháng 3 năm 2025"])
    d.add_paragraph().add_run("KẾ HOẠCH").bold = True
    d.add_paragraph("Căn cứ Kế hoạch số 40/KH-UBND ngày 20/02/2025 của UBND huyện Đồng Văn; Ủy ban nhân dân xã "
                    "Lũng Cú xây dựng Kế hoạch phát triển du lịch cộng đồng như sau:")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["STT", "Nội dung", "Đơn vị thực hiện"]):
        cell.text = text
    tasks = [f"Bồi dưỡng kỹ năng làm du lịch cộng đồng cho các hộ dân thôn Lô Lô Chải, đợt {i}; bảo tồn nghề "
             f"dệt thổ cẩm của đồng bào Mông, Lô Lô" for i in range(1, 19)]
    for i, task in enumerate(tasks, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(i), task, "Công chức Văn hóa - Xã hội"
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- UBND huyện;\n- Lưu: VT."
    fill(sign.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Sùng Mí Chá"], bold=(0, 1, 4))
    for section in d.sections:
        section.left_margin, section.right_margin = Cm(3), Cm(2)
    d.save(tmp_path / "plan.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "plan.docx")],
                   check=True, capture_output=True, timeout=120)
    path = tmp_path / "plan.pdf"
    raw = pdf.read(path.read_bytes(), path)
    texts = [ln.text for ln in raw.lines if ln.cells is None]
    for t in texts:
        assert not (("CỘNG HÒA" in t or "Độc lập" in t) and ("UBND" in t or "ỦY BAN" in t))
        assert not ("Nơi nhận" in t and "ỦY BAN" in t)
    assert "Số: 12/KH-UBND" in texts and "Lũng Cú, ngày 05 tháng 3 năm 2025" in texts
    assert texts[-6:] == ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                          "Sùng Mí Chá"]
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert raw.pages == page_count(path) >= 2 and len({ln.page for ln in rows}) >= 2
    assert len({ln.table_id for ln in rows}) == 1
    # every task comes back once, whole or cut by the page break into a row and its continuation
    contents = []
    for ln in rows[1:]:
        if ln.cells[0]:
            contents.append(flat(ln.cells[1]))
        else:
            contents[-1] = flat(contents[-1] + " " + ln.cells[1])
    assert contents == tasks


# A Word table printed to PDF: a cell's paragraphs begin new lines, its long lines wrap. A line that
# stops short though the next line's first word would have fitted on it ended a paragraph.
PARAGRAPH_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH A
Số: 41/KH-UBND
Châu Thành A, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Cải cách hành chính năm 2025
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chỉ số cải cách hành chính.
II. NỘI DUNG
| STT | Nội dung | Đơn vị thực hiện | Thời gian |
|---|---|---|---|
| 1 | Rà soát thủ tục hành chính nội bộ theo Quyết định số 1085/QĐ-TTg của Thủ tướng Chính phủ | Phòng Nội vụ<br>Phòng Tư pháp<br>UBND các xã, thị trấn | Quý I/2025 |
| 2 | Tập huấn cán bộ, công chức về kỹ năng số cho cán bộ, công chức cấp xã | Trung tâm Chính trị huyện<br>Công an huyện | Tháng 6/2025 |
III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ theo dõi, tổng hợp.
"""


def test_paragraphs_of_a_cell_stay_apart_and_wrapped_lines_join(tmp_path):
    from pipeline.extract import extract_bytes

    path = render_pdf(PARAGRAPH_PLAN, tmp_path / "chau-thanh-a.pdf", fmt="md")
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [(t.text, t.lead_units) for t in plan.tasks] == [
        ("Rà soát thủ tục hành chính nội bộ theo Quyết định số 1085/QĐ-TTg của Thủ tướng Chính phủ",
         ["Phòng Nội vụ", "Phòng Tư pháp", "UBND các xã, thị trấn"]),
        ("Tập huấn cán bộ, công chức về kỹ năng số cho cán bộ, công chức cấp xã",
         ["Trung tâm Chính trị huyện", "Công an huyện"]),
    ]
    assert plan.references[0].issuer == "Thủ tướng Chính phủ"


# ---------------------------------------------------------------- tables printed without rules
# A task table exported from Word with "No borders", or with only a rule under its header row: no
# ruled cells for the table finder, only words that keep to their columns.
UNRULED_PLAN = """ỦY BAN NHÂN DÂN
XÃ AN NINH
Số: 17/KH-UBND
An Ninh, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia cầm năm 2025
Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2025 của UBND huyện Châu Thành, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng, chống dịch cúm gia cầm, không để dịch lây lan rộng.
II. NỘI DUNG
| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tiêm vắc xin cúm gia cầm cho đàn gà, vịt của các hộ chăn nuôi tại các ấp Phú Hòa, Phú Thạnh, An Trạch | Công chức Nông nghiệp xã | Trưởng các ấp | Trước ngày 30/4/2025 |
| 2 | Tuyên truyền trên loa truyền thanh xã về các biện pháp chăn nuôi an toàn sinh học | Đài Truyền thanh xã | Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã | Quý II/2025 |
| 3 | Phun thuốc khử trùng chuồng trại, chợ, điểm buôn bán gia cầm | Thú y viên xã | Đoàn Thanh niên xã | Tháng 5/2025 |
III. TỔ CHỨC THỰC HIỆN
1. Công chức Nông nghiệp xã theo dõi, tổng hợp, báo cáo UBND xã.
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Thạch Sô Phol
"""
UNRULED_ROWS = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
    ["1", "Tiêm vắc xin cúm gia cầm cho đàn gà, vịt của các hộ chăn nuôi tại các ấp Phú Hòa, Phú Thạnh, "
          "An Trạch", "Công chức Nông nghiệp xã", "Trưởng các ấp", "Trước ngày 30/4/2025"],
    ["2", "Tuyên truyền trên loa truyền thanh xã về các biện pháp chăn nuôi an toàn sinh học",
     "Đài Truyền thanh xã", "Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã", "Quý II/2025"],
    ["3", "Phun thuốc khử trùng chuồng trại, chợ, điểm buôn bán gia cầm", "Thú y viên xã", "Đoàn Thanh niên xã",
     "Tháng 5/2025"],
]


@pytest.mark.parametrize("rules", ["none", "header"])
def test_table_without_rules_comes_back_as_rows(rules, tmp_path):
    from pipeline.extract import extract_bytes

    path = render_pdf(UNRULED_PLAN, tmp_path / "an-ninh.pdf", fmt="md", table_rules=rules)
    raw = pdf.read(path.read_bytes(), path)
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert [[flat(c) for c in ln.cells] for ln in rows] == UNRULED_ROWS
    assert len({ln.table_id for ln in rows}) == 1
    # the header and signature blocks around it stay prose, split into their columns
    texts = [ln.text for ln in raw.lines if ln.cells is None]
    assert texts[:4] == ["ỦY BAN NHÂN DÂN", "XÃ AN NINH", "Số: 17/KH-UBND", "An Ninh, ngày 10 tháng 3 năm 2025"]
    assert texts[-6:] == ["Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                          "Thạch Sô Phol"]
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("1", ["Công chức Nông nghiệp xã"], ["Trưởng các ấp"], "Trước ngày 30/4/2025"),
        ("2", ["Đài Truyền thanh xã"], ["Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã"], "Quý II/2025"),
        ("3", ["Thú y viên xã"], ["Đoàn Thanh niên xã"], "Tháng 5/2025"),
    ]


def test_table_without_rules_or_stt_column(tmp_path):
    """No STT column: rows are told apart by the space between them, wider than between lines."""
    plan = UNRULED_PLAN.replace("| STT | Nội dung |", "| Nội dung |").replace("|---|---|", "|---|")
    for n in "123":
        plan = plan.replace(f"\n| {n} | ", "\n| ")
    path = render_pdf(plan, tmp_path / "an-ninh.pdf", fmt="md", table_rules="none")
    raw = pdf.read(path.read_bytes(), path)
    rows = [[flat(c) for c in ln.cells] for ln in raw.lines if ln.cells is not None]
    assert rows == [r[1:] for r in UNRULED_ROWS]


def _draw_runs(pages: list[list[tuple[float, list[tuple[float, str]]]]], size: float = 12) -> bytes:
    """A PDF whose pages hold runs of text drawn at the given (y, [(x, text), …]) positions."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for runs in pages:
        c.setFont(font, size)
        for y, parts in runs:
            for x, text in parts:
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


# columns of a schedule typed with tabs: STT at 60, content at 90, unit at 330, time at 470
TYPED_HEAD = [(60, "TT"), (90, "Nhiệm vụ"), (330, "Cơ quan thực hiện"), (470, "Thời hạn")]


def test_table_without_rules_runs_on_without_a_repeated_header():
    """Word repeats no header row unless told to: lines at the top of the next page that keep to the
    columns of the table the page before ended with are its rows, in the same table."""
    page1 = [(780, [(60, "KẾ HOẠCH")]), (740, TYPED_HEAD)]
    y = 720
    for n in range(1, 4):
        page1 += [(y, [(60, str(n)), (90, f"Kiểm tra an toàn thực phẩm tại chợ Bình"), (330, "Phòng Y tế huyện"),
                       (470, f"Tháng {n}/2025")]),
                  (y - 15, [(90, f"Minh, đợt {n}")])]
        y -= 36
    page2 = [(790, [(90, "và các bếp ăn tập thể"), (330, "và UBND xã")]),
             (770, [(60, "4"), (90, "Tổng kết, đánh giá kết quả"), (330, "Văn phòng HĐND và"),
                    (470, "Tháng 12/2025")]),
             (755, [(330, "UBND huyện")]),
             (720, [(60, "III. TỔ CHỨC THỰC HIỆN: các cơ quan, đơn vị triển khai thực hiện nghiêm túc.")])]
    raw = pdf.read(_draw_runs([page1, page2]), Path("typed.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in rows}) == 1 and {ln.page for ln in rows} == {1, 2}
    assert [ln.cells for ln in rows] == [
        ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"],
        ["1", "Kiểm tra an toàn thực phẩm tại chợ Bình Minh, đợt 1", "Phòng Y tế huyện", "Tháng 1/2025"],
        ["2", "Kiểm tra an toàn thực phẩm tại chợ Bình Minh, đợt 2", "Phòng Y tế huyện", "Tháng 2/2025"],
        ["3", "Kiểm tra an toàn thực phẩm tại chợ Bình Minh, đợt 3", "Phòng Y tế huyện", "Tháng 3/2025"],
        ["", "và các bếp ăn tập thể", "và UBND xã", ""],
        ["4", "Tổng kết, đánh giá kết quả", "Văn phòng HĐND và UBND huyện", "Tháng 12/2025"],
    ]
    assert [ln.text for ln in raw.lines if ln.cells is None] == [
        "KẾ HOẠCH", "III. TỔ CHỨC THỰC HIỆN: các cơ quan, đơn vị triển khai thực hiện nghiêm túc."]


# A work programme's columns whose names wrap below the header line ("Cơ quan⏎chuẩn bị"), the cells'
# padding a wider space under the header than between a cell's lines; Word repeats the header on
# each page, and a row the page break cut goes on under it.
WRAPPED_HEAD = [[(60, "TT"), (90, "Nội dung"), (300, "Cơ quan"), (400, "Cơ quan"), (490, "Thời gian")],
                [(300, "chuẩn bị"), (400, "chủ trì")]]


def _wrapped_head(y: float) -> list:
    return [(y, WRAPPED_HEAD[0]), (y - 15, WRAPPED_HEAD[1])]


@pytest.mark.parametrize("top", [790, 760])
def test_a_repeated_header_whose_names_wrap_opens_the_rest_of_a_table(top):
    page1 = [(780, [(60, "KẾ HOẠCH")])] + _wrapped_head(740)
    y = 700
    for n in range(1, 4):
        page1 += [(y, [(60, str(n)), (90, "Kiểm tra công tác cải cách"), (300, "Phòng Nội vụ"), (400, "UBND huyện"),
                       (490, f"Tháng {n}/2025")]),
                  (y - 15, [(90, f"hành chính, đợt {n}")])]
        y -= 40
    page2 = _wrapped_head(top) + [
        (top - 40, [(90, "tại các xã, thị trấn"), (400, "phụ trách khối")]),
        (top - 65, [(60, "4"), (90, "Tổng kết, đánh giá kết quả"), (300, "Phòng Nội vụ"), (400, "UBND huyện"),
                    (490, "Tháng 12/2025")]),
        (top - 110, [(60, "III. TỔ CHỨC THỰC HIỆN: các cơ quan, đơn vị triển khai thực hiện nghiêm túc.")])]
    raw = pdf.read(_draw_runs([page1, page2]), Path("wrapped.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in rows}) == 1
    head = ["TT", "Nội dung", "Cơ quan chuẩn bị", "Cơ quan chủ trì", "Thời gian"]
    assert [[flat(c) for c in ln.cells] for ln in rows] == [
        head,
        ["1", "Kiểm tra công tác cải cách hành chính, đợt 1", "Phòng Nội vụ", "UBND huyện", "Tháng 1/2025"],
        ["2", "Kiểm tra công tác cải cách hành chính, đợt 2", "Phòng Nội vụ", "UBND huyện", "Tháng 2/2025"],
        ["3", "Kiểm tra công tác cải cách hành chính, đợt 3", "Phòng Nội vụ", "UBND huyện", "Tháng 3/2025"],
        head,   # (the header again: the table reader knows it for a repeat)
        ["", "tại các xã, thị trấn", "", "phụ trách khối", ""],
        ["4", "Tổng kết, đánh giá kết quả", "Phòng Nội vụ", "UBND huyện", "Tháng 12/2025"],
    ]


def test_a_line_under_the_header_as_close_as_the_rows_lines_is_a_row():
    """Without the wider space of a cell's padding under the header, a line below it with words
    in the columns is the table's first row (here one without an STT), not more of the header."""
    runs = [(780, [(60, "KẾ HOẠCH")]), (740, WRAPPED_HEAD[0]),
            (725, [(90, "Rà soát thủ tục hành chính"), (300, "Văn phòng"), (400, "UBND huyện"), (490, "Quý I/2025")]),
            (710, [(60, "1"), (90, "Kiểm tra công tác cải cách"), (300, "Phòng Nội vụ"), (400, "UBND huyện"),
                   (490, "Tháng 5/2025")]),
            (695, [(60, "2"), (90, "Tổng kết, đánh giá kết quả"), (300, "Phòng Nội vụ"), (400, "UBND huyện"),
                   (490, "Tháng 12/2025")])]
    raw = pdf.read(_draw_runs([runs]), Path("tight.pdf"))
    rows = [[flat(c) for c in ln.cells] for ln in raw.lines if ln.cells is not None]
    assert rows[0] == ["TT", "Nội dung", "Cơ quan", "Cơ quan", "Thời gian"]
    assert rows[1] == ["", "Rà soát thủ tục hành chính", "Văn phòng", "UBND huyện", "Quý I/2025"]


@pytest.mark.parametrize("runs", [
    # a prose line naming columns, set with wide gaps, then ordinary prose: no table
    [(740, [(60, "Thời gian"), (200, "Nội dung"), (340, "Đơn vị thực hiện")]),
     (720, [(60, "Các đơn vị căn cứ nội dung Kế hoạch này, chủ động xây dựng kế hoạch chi tiết của")]),
     (705, [(60, "đơn vị mình, gửi về Phòng Nội vụ trước ngày 15/3/2025 để tổng hợp, báo cáo.")])],
    # a justified line with wide gaps between words that name columns, in the middle of a paragraph
    [(740, [(60, "Các đơn vị phân công rõ nội dung, thời gian, đơn vị chủ trì và đơn vị phối hợp cho")]),
     (725, [(60, "từng"), (180, "nội dung"), (300, "đơn vị"), (420, "thời gian")]),
     (710, [(60, "việc; báo cáo kết quả về Văn phòng UBND huyện trước ngày 20 hằng tháng để tổng hợp.")])],
    # a joint plan's signature block in three columns, as a copy prints it ("(Đã ký)")
    [(300, [(60, "TM. BAN THƯỜNG TRỰC"), (230, "TM. BAN CHẤP HÀNH"), (400, "TM. ỦY BAN NHÂN DÂN")]),
     (285, [(80, "CHỦ TỊCH"), (250, "CHỦ TỊCH"), (430, "CHỦ TỊCH")]),
     (270, [(85, "(Đã ký)"), (255, "(Đã ký)"), (435, "(Đã ký)")]),
     (255, [(60, "Nguyễn Văn An"), (230, "Lê Thị Bình"), (400, "Trần Văn Cường")])],
    # the issuer and motto block of a header
    [(790, [(60, "UBND HUYỆN CHÂU THÀNH"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]),
     (775, [(70, "PHÒNG NỘI VỤ"), (320, "Độc lập - Tự do - Hạnh phúc")]),
     (750, [(70, "Số: 09/KH-PNV"), (320, "Châu Thành, ngày 02 tháng 4 năm 2025")])],
], ids=["prose-after-column-names", "justified-line", "three-signatures", "header-block"])
def test_lines_with_wide_gaps_that_are_no_table(runs):
    raw = pdf.read(_draw_runs([runs]), Path("prose.pdf"))
    assert all(ln.cells is None for ln in raw.lines)
    words = [w for _, parts in runs for _, t in parts for w in t.split()]
    assert Counter(" ".join(ln.text for ln in raw.lines).split()) == Counter(words)


LANDSCAPE_PLAN = """**UBND TỈNH HÀ GIANG**
**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**

Số: 52/KH-SVHTTDL

*Hà Giang, ngày 10 tháng 3 năm 2025*

**KẾ HOẠCH**

**Tổ chức Tuần Văn hóa - Du lịch năm 2025**

**A. MỤC ĐÍCH, YÊU CẦU**

- Quảng bá văn hóa các dân tộc tỉnh Hà Giang.

**B. TỔ CHỨC THỰC HIỆN**

**1.** Phòng Quản lý văn hóa theo dõi, đôn đốc.

**Nơi nhận:**

- UBND tỉnh (b/c);
- Lưu: VT.

**GIÁM ĐỐC**

**Nguyễn Văn Minh**

**PHỤ LỤC**
**NHIỆM VỤ TỔ CHỨC TUẦN VĂN HÓA - DU LỊCH NĂM 2025**
*(Kèm theo Kế hoạch số 52/KH-SVHTTDL ngày 10/3/2025 của Sở Văn hóa, Thể thao và Du lịch)*

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |
|---|---|---|---|---|---|
| **A** | **CHUẨN BỊ** | | | | |
| 1 | Xây dựng chương trình nghệ thuật khai mạc Tuần Văn hóa - Du lịch | Nhà hát Ca múa nhạc dân tộc tỉnh | Trung tâm Văn hóa tỉnh | Kịch bản chương trình | Tháng 4/2025 |
| **B** | **TỔ CHỨC** | | | | |
| 2 | Tổ chức triển lãm ảnh “Hà Giang - Cao nguyên đá” tại Quảng trường 26/3 | Trung tâm Văn hóa tỉnh | Hội Văn học Nghệ thuật tỉnh | Triển lãm 120 ảnh | Trước ngày 15/5/2025 |
"""


def test_an_appendix_on_landscape_pages(tmp_path):
    """A department's task table printed on landscape pages after a portrait body: the rows, their
    units and timings are read from the wide pages, and lettered group rows are no tasks."""
    from pipeline.extract import extract_bytes

    path = render_pdf(LANDSCAPE_PLAN, tmp_path / "ha-giang.pdf", fmt="md", landscape_appendix=True)
    doc = pypdfium2.PdfDocument(str(path))
    sizes = [tuple(round(x) for x in doc[i].get_size()) for i in range(len(doc))]
    doc.close()
    assert sizes[0] == (595, 842) and sizes[-1] == (842, 595)
    plan = extract_bytes(path.read_bytes(), "ha-giang.pdf")
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        ("1", ["Nhà hát Ca múa nhạc dân tộc tỉnh"], ["Trung tâm Văn hóa tỉnh"], "Tháng 4/2025"),
        ("2", ["Trung tâm Văn hóa tỉnh"], ["Hội Văn học Nghệ thuật tỉnh"], "Trước ngày 15/5/2025")]
    assert [s.marker for s in plan.sections if s.level == 1] == ["A", "B", "PHỤ LỤC"]


LONG_TABLE_PLAN = LANDSCAPE_PLAN.split("| **A** |")[0] + "".join(
    f"| {n} | Kiểm tra, hướng dẫn các xã tổ chức hoạt động văn hóa, văn nghệ quần chúng, giữ gìn bản sắc "
    f"văn hóa dân tộc Mông, Dao, Tày tại các điểm du lịch cộng đồng đợt {n} | Phòng Quản lý văn hóa | "
    f"Trung tâm Văn hóa tỉnh; UBND các huyện Đồng Văn, Mèo Vạc, Quản Bạ | Tháng {n % 12 + 1}/2025 | "
    f"Báo cáo kết quả kiểm tra |\n" for n in range(1, 13))


@pytest.mark.parametrize("turn", ["rotate90", "rotate270", "up", "down"])
def test_a_turned_landscape_appendix_reads_as_the_landscape_one(tmp_path, turn):
    """The appendix's landscape pages written the usual ways: /Rotate 90 or 270 over turned content
    (the viewer turns it back), or the content turned on a portrait page without /Rotate. Each is
    read from its text layer, lines, rows and cells as from the landscape pages, its table
    running on over two pages with its header repeated."""
    from render import turn_landscape

    flat = render_pdf(LONG_TABLE_PLAN, tmp_path / "flat.pdf", fmt="md", landscape_appendix=True)
    turned = turn_landscape(flat, tmp_path / f"{turn}.pdf", turn)
    doc = pypdfium2.PdfDocument(str(turned))
    boxes = [doc[i].get_mediabox() for i in range(len(doc))]
    assert all(r - l < t - b for l, b, r, t in boxes)  # every page portrait in the file
    doc.close()

    def rows(path: Path) -> list[tuple]:
        raw = pdf.read(path.read_bytes(), path)
        assert not raw.ocr
        return [(ln.page, ln.text, ln.cells, ln.table_id) for ln in raw.lines]

    want = rows(flat)
    assert len({r[0] for r in want if r[2] and r[2][0] == "STT"}) == 2  # the header on both pages
    assert rows(turned) == want


@pytest.mark.parametrize("turns", [["rotate90", "keep"], ["keep", "down"], ["up", "rotate270"], ["keep", "rotate270"]])
def test_an_appendix_whose_landscape_pages_are_written_two_ways_reads_as_one_table(tmp_path, turns):
    """An export that turned only some landscape pages (the first set on a portrait page with /Rotate,
    the next left landscape, or the other way round): the table goes on across the change of page
    shape with one table_id, each row once, as from the landscape pages."""
    from render import turn_landscape

    flat = render_pdf(LONG_TABLE_PLAN, tmp_path / "flat.pdf", fmt="md", landscape_appendix=True)
    mixed = turn_landscape(flat, tmp_path / "mixed.pdf", turns)
    doc = pypdfium2.PdfDocument(str(mixed))
    shapes = [(doc[i].get_rotation(), doc[i].get_width() < doc[i].get_height()) for i in range(len(doc))]
    doc.close()
    assert shapes[-2] != shapes[-1]  # the table's two pages written two ways
    want = pdf.read(flat.read_bytes(), flat).lines
    got = pdf.read(mixed.read_bytes(), mixed).lines
    assert [(ln.page, ln.text, ln.cells, ln.table_id) for ln in got] == \
        [(ln.page, ln.text, ln.cells, ln.table_id) for ln in want]
    labels = [ln.cells[0] for ln in got if ln.cells and ln.cells[0].isdigit()]
    assert labels == [str(n) for n in range(1, 13)]
    assert len({ln.table_id for ln in got if ln.cells and ln.cells[0].isdigit()}) == 1


# ---------------------------------------------------------------- paragraphs by layout
def draw_paragraphs(lines: list[tuple[float, str, bool]], left: float = 85.0, right: float = 530.0) -> bytes:
    """A page of prose lines, each (indent, text, justified): a justified line's words spread to the
    right margin, as a justified paragraph's lines (but its last) are set."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, 13)
    for i, (indent, text, justified) in enumerate(lines):
        y, x = 770 - 17 * i, left + indent
        words = text.split()
        widths = [stringWidth(w, font, 13) for w in words]
        space = stringWidth(" ", font, 13)
        if justified and len(words) > 1:
            space = (right - x - sum(widths)) / (len(words) - 1)
        for w, wd in zip(words, widths):
            c.drawString(x, y, w)
            x += wd + space
    c.showPage()
    c.save()
    return buf.getvalue()


def _paragraphs(lines: list[tuple[float, str, bool]]) -> list[str]:
    return [ln.text for ln in normalize(pdf.read(draw_paragraphs(lines), Path("p.pdf"))).lines]


INDENTED = [
    (28, "2. UBND các xã, thị trấn xây dựng kế hoạch phòng cháy, chữa cháy rừng của", True),
    (0, "địa phương, gửi về UBND huyện (qua Hạt Kiểm lâm huyện) trước ngày 25/02/2025;", True),
    (0, "Chủ tịch UBND xã chịu trách nhiệm trước Chủ tịch UBND huyện nếu để xảy ra", True),
    (0, "cháy rừng trên địa bàn.", False),
    (28, "3. Các chủ rừng chủ động bố trí lực lượng, phương tiện tại chỗ; phối hợp chặt", True),
    (0, "chẽ với chính quyền địa phương trong tổ chức chữa cháy rừng.", False),
]


def test_a_flush_line_under_a_full_line_carries_on_an_indented_paragraph():
    """Where paragraphs open indented, a line at the left margin under one that ran to the right
    margin goes on with that paragraph, even after a ";" (a sentence of the same item)."""
    assert _paragraphs(INDENTED) == [
        "2. UBND các xã, thị trấn xây dựng kế hoạch phòng cháy, chữa cháy rừng của địa phương, gửi về UBND "
        "huyện (qua Hạt Kiểm lâm huyện) trước ngày 25/02/2025; Chủ tịch UBND xã chịu trách nhiệm trước "
        "Chủ tịch UBND huyện nếu để xảy ra cháy rừng trên địa bàn.",
        "3. Các chủ rừng chủ động bố trí lực lượng, phương tiện tại chỗ; phối hợp chặt chẽ với chính quyền "
        "địa phương trong tổ chức chữa cháy rừng."]


@pytest.mark.parametrize("lines, expected", [
    # paragraphs set flush left (no first-line indent): a line after ";" may open the next one
    ([(0, "Đội Cảnh sát giao thông chủ trì tuần tra, kiểm soát trên Quốc lộ 1 đoạn qua xã;", True),
      (0, "Công an các xã tổ chức tuyên truyền trên hệ thống loa truyền thanh của xã.", False)], 2),
    # an indented paragraph after a full line ending ";" opens on its own
    ([(28, "1. Phòng Nội vụ tham mưu kiện toàn Hội đồng Thi đua - Khen thưởng huyện năm", True),
      (0, "2025 và hướng dẫn các cơ quan, đơn vị đăng ký danh hiệu thi đua đúng hạn;", True),
      (28, "Phòng Tài chính - Kế hoạch bố trí kinh phí khen thưởng trong dự toán năm.", False)], 2),
    # the line above stopped short of the right margin: the paragraph ended there
    ([(28, "1. Trạm Y tế xã chủ trì tiêm chủng mở rộng cho trẻ em dưới 5 tuổi trong", True),
      (0, "toàn xã;", False),
      (0, "Công an xã bảo đảm an ninh, trật tự tại các điểm tiêm.", False)], 2),
    # a numbered item at the margin opens an item of its own
    ([(28, "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện", True),
      (0, "nghiêm túc các nội dung của Kế hoạch; báo cáo kết quả về UBND huyện trước", True),
      (0, "3. Phòng Văn hóa và Thông tin tuyên truyền trên Trang thông tin điện tử huyện.", False)], 2),
])
def test_no_carry_on_where_the_layout_does_not_say_so(lines, expected):
    assert len(_paragraphs(lines)) == expected


# The type line and the trích yếu set flush left or pushed in by tabs rather than centred, under a
# header table of any width: the type line sits inside the issuer's (or the motto's) column, yet the
# header block ends above it. (issuer lines, type name, x of the type line, x of the title, the
# centres of the two header columns)
TYPE_LINE_LAYOUTS = [
    (["ỦY BAN NHÂN DÂN", "HUYỆN BẮC QUANG"], "KẾ HOẠCH", 85, 85, (170, 400)),            # flush left
    (["UBND TỈNH ĐIỆN BIÊN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], "KẾ HOẠCH", 157, 121, (170, 400)),  # two tabs, one tab
    (["HUYỆN ỦY MƯỜNG NHÉ", "BAN TUYÊN GIÁO"], "CHƯƠNG TRÌNH", 85, 85, (150, 370)),      # a narrow header table
    (["ỦY BAN NHÂN DÂN", "XÃ PHONG THỔ"], "KẾ HOẠCH LIÊN TỊCH", 330, 85, (170, 400)),    # pushed into the motto's column
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CÀ MAU"], "QUYẾT ĐỊNH", 100, 100, (160, 390)),
]


@pytest.mark.parametrize("issuer, type_name, type_x, title_x, centres", TYPE_LINE_LAYOUTS)
def test_a_type_line_not_centred_is_not_in_a_header_column(issuer, type_name, type_x, title_x, centres):
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    top = A4[1] - 60
    left, right = centres
    rows = [(issuer[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (issuer[1], "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 45/KH-UBND", "Hà Giang, ngày 03 tháng 3 năm 2025")]
    for i, (a, b) in enumerate(rows):
        c.setFont(font + "-Bold", 11.5)
        c.drawCentredString(left, top - 16 * i - (10 if i == 2 else 0), a)
        c.drawCentredString(right, top - 16 * i - (10 if i == 2 else 0), b)
    c.setFont(font + "-Bold", 13)
    c.drawString(type_x, top - 80, type_name)
    c.drawString(title_x, top - 98, "Tuyên truyền pháp luật năm 2025")
    c.setFont(font, 13)
    c.drawString(85, top - 125, "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Ủy ban nhân dân")
    c.drawString(85, top - 141, "ban hành Kế hoạch như sau:")
    c.showPage()
    c.save()
    raw = pdf.read(buf.getvalue(), Path("type-line.pdf"))
    assert [ln.text for ln in raw.lines][:8] == [
        issuer[0], issuer[1], "Số: 45/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hà Giang, ngày 03 tháng 3 năm 2025", type_name, "Tuyên truyền pháp luật năm 2025"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_word_page_header_and_footer_are_dropped_and_keep_a_table_whole(tmp_path):
    """A plan typed in Word (type line pushed in by tabs, "Số:" and the date on one line parted by
    tabs) with a running header and footer, exported by LibreOffice: the header and footer text
    printed on every page is no part of the plan, and the task table runs on across the page
    break as one table, the row the break cut joined again by the table reader."""
    from render_docx import PAGE_FOOTER_TEXT, PAGE_HEADER_TEXT, render_docx

    rows = "\n".join(f"| {i} | Bồi dưỡng kỹ năng làm du lịch cộng đồng cho các hộ dân thôn Lô Lô Chải, đợt {i}; bảo "
                     f"tồn nghề dệt thổ cẩm của đồng bào Mông, Lô Lô và nghề làm giấy bản của đồng bào Dao | "
                     f"Công chức Văn hóa - Xã hội | Quý II/2025 |" for i in range(1, 15))
    plan = ("ỦY BAN NHÂN DÂN\nXÃ LŨNG CÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND\nLũng Cú, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2025\n"
            "I. NHIỆM VỤ\n| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n" + rows +
            "\nII. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội theo dõi, tổng hợp.\n")
    docx_path = render_docx(plan, tmp_path / "plan.docx", "md", word_layout=True, typist={"tabs", "inline"})
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=120)
    path = tmp_path / "plan.pdf"
    raw = pdf.read(path.read_bytes(), path)
    texts = [ln.text for ln in raw.lines]
    assert raw.pages >= 2 and PAGE_HEADER_TEXT not in texts and PAGE_FOOTER_TEXT not in texts
    assert texts[:8] == ["ỦY BAN NHÂN DÂN", "XÃ LŨNG CÚ", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Lũng Cú, ngày 05 tháng 3 năm 2025",
                         "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2025"]
    table = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in table}) == 1 and len({ln.page for ln in table}) >= 2
    first, last = raw.lines.index(table[0]), raw.lines.index(table[-1])
    assert all(ln.cells is not None for ln in raw.lines[first:last + 1])


# A plan whose items run across page breaks: a page number read into the body would join a task.
NUMBERED_PAGES_PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ LƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "Độc lập - Tự do - Hạnh phúc\nSố: 85/KH-UBND\nPhú Lương, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\n"
                       "Phát triển sản phẩm OCOP huyện Phú Lương năm 2025\nI. NHIỆM VỤ\n" + "\n".join(
                           f"{i}. Hỗ trợ {who} sản xuất {product} tại xã {xa} hoàn thiện hồ sơ {i} bộ, nâng hạng "
                           f"sản phẩm {product}, xây dựng nhãn hiệu, truy xuất nguồn gốc và quảng bá sản phẩm trên "
                           f"{i + 2} sàn thương mại điện tử, hoàn thành trong Quý {q}/2025."
                           for i, (xa, q, product, who) in enumerate(
                               [(xa, q, product, who) for who in ("các hợp tác xã", "các tổ hợp tác và hộ",
                                                                  "các doanh nghiệp nhỏ")
                                for (xa, q), product in zip([("Phấn Mễ", "II"), ("Vô Tranh", "II"), ("Tức Tranh", "III"),
                                                             ("Yên Ninh", "III"), ("Yên Trạch", "III"),
                                                             ("Ôn Lương", "IV"), ("Phủ Lý", "IV"), ("Hợp Thành", "IV")],
                                                            ["chè", "miến dong", "gạo nếp vải", "mật ong", "chè xanh",
                                                             "bánh chưng", "măng khô", "nấm hương"])], start=1)) +
                       "\nII. PHÂN CÔNG\n| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n" + "\n".join(
                           f"| {i} | Tổ chức đánh giá, phân hạng sản phẩm OCOP đợt {i} năm 2025 cho các chủ thể trên "
                           f"địa bàn huyện | Phòng Nông nghiệp và Phát triển nông thôn | Tháng {i + 4}/2025 |"
                           for i in range(1, 9)) +
                       "\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp.\n")


def _libreoffice_pdf(tmp_path: Path, **layout) -> Path:
    from render_docx import render_docx

    docx_path = render_docx(NUMBERED_PAGES_PLAN, tmp_path / "plan.docx", "md", word_layout=True, **layout)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=120)
    return tmp_path / "plan.pdf"


def _plan_parts(path: Path) -> tuple:
    from pipeline.extract import extract_bytes

    plan = extract_bytes(path.read_bytes(), path.name)
    return (plan.header.title, [s.heading for s in plan.sections], [(t.text, t.deadline, t.lead_units) for t in plan.tasks],
            [(a.units, a.text) for a in plan.assignments])


@pytest.fixture(scope="module")
def unnumbered_plan(tmp_path_factory):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    return _plan_parts(_libreoffice_pdf(tmp_path_factory.mktemp("unnumbered"), running_text=False))


@pytest.mark.parametrize("pattern, where, running_text", [
    ("{page}", "header", True),           # NĐ 30's number at the top, under a running title
    ("- {page} -", "header", False),
    ("- {page} -", "footer", True),       # over a running footer line
    ("Trang {page}/{pages}", "footer", False),
])
def test_page_numbers_of_a_libreoffice_pdf_join_no_task_section_or_title(unnumbered_plan, tmp_path, pattern,
                                                                         where, running_text):
    """A .docx with Word's page number fields in its header or footer (from page 2, as Nghị định
    30/2020/NĐ-CP numbers them), converted to PDF by LibreOffice: the numbers are printed lines at
    each page's top or bottom, alone or beside a running line; none lands in the plan's text, so its
    title, sections, tasks and assignments are those of the same plan printed without numbers."""
    path = _libreoffice_pdf(tmp_path, page_number=pattern, page_number_in=where, running_text=running_text)
    raw = pdf.read(path.read_bytes(), path)
    assert raw.pages >= 3
    with pdfplumber_open(path.read_bytes()) as doc:  # the numbers are printed, from page 2 on
        printed = [ln for page in doc.pages for ln in page.extract_text().split("\n")
                   if PAGE_NUMBER.match(ln)]
    assert len(printed) == raw.pages - 1
    assert not any(PAGE_NUMBER.match(ln.text) for ln in raw.lines if ln.cells is None)
    assert _plan_parts(path) == unnumbered_plan
    assert len(unnumbered_plan[2]) >= 24


def _ocr_page(number: int, texts: list[str]) -> tuple[pdf._Page, list]:
    from pipeline.document import RawLine

    return pdf._Page(number, [], "empty"), [RawLine(t, page=number) for t in texts]


def test_running_header_and_footer_of_scanned_and_text_pages():
    """A running header or footer is the same text opening or closing (nearly) every page; the
    issuer's lines printed again on an appendix page, or a line two pages of four share, are not."""
    header, footer = "Trang đầu trang - không thuộc kế hoạch", "KH 45 cam sanh.docx"
    pages = [
        ["ỦY BAN NHÂN DÂN", "HUYỆN BẮC QUANG", "KẾ HOẠCH", "Nội dung trang một", "Mục 1", footer],
        [header, "Nội dung trang hai", "Trần Văn Hùng", footer],
        [header, "Nội dung trang ba", "Mục 1", footer],
        [header, "Nội dung trang bốn", "Trần Văn Hùng"],
    ]
    built = [_ocr_page(n, texts) for n, texts in enumerate(pages, start=1)]
    running = pdf._running_texts([p for p, _ in built], {p.number: lines for p, lines in built})
    assert running == {header, footer}   # (the signer's name closes two pages of four: no footer)
    # two pages: on both, but not the issuer an appendix page prints again; one page: none
    two = [_ocr_page(1, ["ỦY BAN NHÂN DÂN", "KẾ HOẠCH", footer]), _ocr_page(2, ["ỦY BAN NHÂN DÂN", "PHỤ LỤC", footer])]
    assert pdf._running_texts([p for p, _ in two], {p.number: lines for p, lines in two}) == {footer}
    assert pdf._running_texts([built[1][0]], {2: built[1][1]}) == set()
    # a text page: only lines in the top or bottom margin count
    from pipeline.document import RawLine

    def text_page(n: int, body_top: float) -> pdf._Page:
        return pdf._Page(n, [(20.0, [RawLine(header, page=n)]), (body_top, [RawLine("Nội dung chung", page=n)]),
                             (820.0, [RawLine(footer, page=n)])], height=842.0)

    assert pdf._running_texts([text_page(1, 300.0), text_page(2, 400.0)], {}) == {header, footer}


# ---------------------------------------------------------------- cells merged down (Word's vMerge in a PDF)
def _fake_table(rows):
    from types import SimpleNamespace

    return SimpleNamespace(rows=[SimpleNamespace(cells=r) for r in rows])


def test_cells_a_merged_cell_covers_are_told_from_cells_merged_across_and_empty_cells():
    """pdfplumber gives a cell merged down once, as tall as its rows, and None in the rows it
    covers; a group row merged across leaves None beside its cell in its own row; an empty cell
    with a rule above it is a cell of its own."""
    cols = [(0, 30), (30, 200), (200, 300), (300, 380)]

    def cell(j, top, bottom):
        return (cols[j][0], top, cols[j][1], bottom)

    table = _fake_table([
        [cell(0, 0, 20), cell(1, 0, 20), cell(2, 0, 20), cell(3, 0, 20)],              # header
        [(0, 20, 380, 35), None, None, None],                                            # "I. LĨNH VỰC Y TẾ"
        [cell(0, 35, 80), cell(1, 35, 80), cell(2, 35, 170), cell(3, 35, 80)],          # units over 3 rows
        [cell(0, 80, 125), cell(1, 80, 125), None, cell(3, 80, 125)],
        [cell(0, 125, 170), cell(1, 125, 170), None, cell(3, 125, 170)],
        [cell(0, 170, 200), cell(1, 170, 200), cell(2, 170, 200), cell(3, 170, 200)],  # its own (empty) cells
        [cell(0, 200, 240), cell(1, 200, 240), (200, 200, 380, 260), None],             # 2 columns x 2 rows
        [cell(0, 240, 260), cell(1, 240, 260), None, None],
    ])
    assert pdf._covered_above(table) == [(), (), (), (2,), (2,), (), (), (2, 3)]


def test_a_merge_open_at_a_page_foot_goes_on_in_the_first_row_of_the_next_page():
    head = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    rest = pdf._Table((0, 0, 500, 300), [head, ["4", "Tiêm chủng mở rộng", "", "", "Hằng tháng"],
                                         ["5", "Tuyên truyền", "", "Đài Truyền thanh", ""]], [True, False, False])
    rest.head = head
    merged = [(), (), (2,)]
    pdf._carry_merges(rest, merged, (2, 3, 4))
    # the repeated header is passed over; the printed timing and the empty row 5 are not touched
    assert merged == [(), (2, 3), (2,)]
    merged = [(), (), ()]
    pdf._carry_merges(rest, merged, ())   # nothing merged at the page's foot: an empty cell stays empty
    assert merged == [(), (), ()]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_cells_merged_down_across_a_page_break_in_a_word_pdf(tmp_path):
    """A Word plan exported to PDF whose "Cơ quan chủ trì" is merged down over rows 1–9, across the
    page break, and whose "Thời gian" is merged over rows 10–12: every row it covers gets its
    unit and timing; the support cells left empty (no support unit) stay empty."""
    from render_docx import render_docx

    rows = []
    for i in range(1, 14):
        lead = "Phòng Văn hóa và Thông tin" if i == 1 else "Công an huyện" if i == 10 else \
            "Phòng Tư pháp" if i > 10 else "^^"
        support = "" if i % 3 == 0 else f"UBND xã số {i}"
        timing = "Quý III/2025" if i == 10 else "^^" if i in (11, 12) else f"Tháng {i if i < 10 else 12}/2025"
        rows.append(f"| {i} | Tuyên truyền, phổ biến pháp luật về phòng, chống bạo lực gia đình tại các thôn, tổ dân "
                    f"phố, đợt {i}, gắn với sinh hoạt của các câu lạc bộ gia đình phát triển bền vững | {lead} | "
                    f"{support} | {timing} |")
    plan = ("ỦY BAN NHÂN DÂN\nHUYỆN LỤC YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 20/KH-UBND\nLục Yên, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhổ biến pháp luật năm 2025\n"
            "I. NHIỆM VỤ\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| I. CÔNG TÁC TUYÊN TRUYỀN | | | | |\n" + "\n".join(rows) +
            "\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Tư pháp theo dõi, tổng hợp.\n")
    docx_path = render_docx(plan, tmp_path / "plan.docx", "md", word_layout=True)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=120)
    path = tmp_path / "plan.pdf"
    raw = pdf.read(path.read_bytes(), path)
    body = [ln for ln in raw.lines if ln.cells is not None and ln.cells[0].strip().isdigit()]
    assert len({ln.page for ln in body[:9]}) >= 2   # the merge runs across the page break
    from pipeline.extract import extract_bytes

    tasks = extract_bytes(path.read_bytes(), "luc-yen.pdf").tasks
    assert len(tasks) == 13
    assert [t.lead_units for t in tasks] == [["Phòng Văn hóa và Thông tin"]] * 9 + [["Công an huyện"]] + \
        [["Phòng Tư pháp"]] * 3
    assert [t.support_units for t in tasks] == [[] if i % 3 == 0 else [f"UBND xã số {i}"] for i in range(1, 14)]
    assert [t.timing_text for t in tasks][9:] == ["Quý III/2025"] * 3 + ["Tháng 12/2025"]


# ---------------------------------------------------------------- footnotes
# Word prints a page's footnotes at its foot, in a smaller font, under a short rule, each opening
# with its superscript number. Read in place they joined the paragraph, task or assignment the page
# ended with; they are read after the body, as the DOCX reader reads footnotes.
def _word(text: str, x0: float, top: float, size: float, rise: float = 0.0) -> dict:
    chars, x = [], x0
    for ch in text:
        chars.append({"text": ch, "size": size, "x0": x, "x1": x + size / 2, "top": top - rise,
                      "bottom": top - rise + size})
        x += size / 2
    return {"text": text, "x0": x0, "x1": x, "top": top, "bottom": top + size, "chars": chars}


def _ln(text: str, top: float, size: float = 13.0, x0: float = 85.0) -> pdf.WordLine:
    words, x = [], x0
    for t in text.split():
        words.append(_word(t, x, top, size))
        x = words[-1]["x1"] + size / 3
    return pdf.WordLine(words, top, top + size)


class _FakePage:
    def __init__(self, rules=(), width=595.0, height=842.0):
        self.lines, self.rects, self.width, self.height = list(rules), [], width, height


BODY = [_ln("2. UBND các xã, thị trấn tổ chức thực hiện", 600), _ln("chỉ tiêu được giao.", 618)]
RULE = {"x0": 85.0, "x1": 227.0, "top": 700.0, "bottom": 700.5}


@pytest.mark.parametrize("foot, rules, notes", [
    # numbers on lines of their own, above each note (no rule)
    ([_ln("1", 708, 8), _ln("Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND huyện Lạc Thủy.", 710, 10),
      _ln("2", 722, 8), _ln("Nghị quyết số 12/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Quảng Trị về", 724, 10),
      _ln("phát triển nông nghiệp.", 736, 10)], [],
     ["Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND huyện Lạc Thủy.",
      "Nghị quyết số 12/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Quảng Trị về phát triển nông nghiệp."]),
    # the number on the note's line, under Word's separator rule
    ([_ln("1 Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.", 710, 10)], [RULE],
     ["Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ."]),
    # a note on a mark, under the rule, unnumbered: one note
    ([_ln("Chỉ tiêu do UBND tỉnh Sóc Trăng giao tại Quyết định số 45/QĐ-UBND.", 710, 10)], [RULE],
     ["Chỉ tiêu do UBND tỉnh Sóc Trăng giao tại Quyết định số 45/QĐ-UBND."]),
    ([_ln("(*) Số liệu do Chi cục Thống kê khu vực cung cấp.", 710, 9)], [],
     ["Số liệu do Chi cục Thống kê khu vực cung cấp."]),
])
def test_a_page_footnote_block_is_taken_from_the_body(foot, rules, notes):
    body, found = pdf._footnotes(BODY + foot, _FakePage(rules))
    assert body == BODY
    assert found == notes


@pytest.mark.parametrize("foot, rules", [
    # small lines without a rule over them nor a number opening them: a small-print list, kept
    ([_ln("- UBND huyện Lạc Thủy (b/c);", 710, 10), _ln("- Lưu: VT.", 722, 10)], []),
    # a rule too far from the block (a table's rule higher up the page)
    ([_ln("Ghi nhận của đơn vị thực hiện.", 710, 10)], [{**RULE, "top": 560.0, "bottom": 560.5}]),
    # a rule as wide as the text: a border, no footnote separator
    ([_ln("Ghi nhận của đơn vị thực hiện.", 710, 10)], [{**RULE, "x1": 560.0}]),
    # the page ends in body text
    ([_ln("3. Công an xã bảo đảm an ninh trật tự.", 710, 13)], [RULE]),
    # a little font at the top half of the page is no page foot
    ([], []),
])
def test_small_print_that_is_no_footnote_block_stays(foot, rules):
    lines = BODY + foot if foot else [_ln("1", 100, 8), _ln("Kế hoạch số 3/KH-UBND.", 102, 10)] + BODY
    body, found = pdf._footnotes(lines, _FakePage(rules))
    assert found == [] and body == lines


def test_a_note_mark_glued_to_a_word_is_dropped_and_body_digits_stay():
    mark = _word("tỉnh1;", 85, 600, 13)
    mark["chars"][4].update(size=8, bottom=600 + 4)   # the raised small "1"
    year = _word("2025", 150, 600, 13)
    line = pdf.WordLine([mark, year], 600, 613)
    lone = _ln("2", 592, 8)                            # a mark the layout set on a line of its own
    body, notes = pdf._footnotes([lone, line, _ln("1 Kế hoạch số 85/KH-UBND.", 710, 10)], _FakePage())
    assert notes == ["Kế hoạch số 85/KH-UBND."]
    assert [" ".join(w["text"] for w in ln.words) for ln in body] == ["tỉnh; 2025"]


FOOTNOTED_PDF = """**ỦY BAN NHÂN DÂN**
**XÃ PHÚ LƯƠNG**
Số: 37/KH-UBND
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Phú Lương, ngày 12 tháng 3 năm 2025*

**KẾ HOẠCH**

**Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025**

Thực hiện chỉ đạo của UBND huyện Lạc Thủy[^1], UBND xã ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai, giảm thiệt hại về người và tài sản.

**II. NHIỆM VỤ**

1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã, phân công nhiệm vụ cho từng thành viên phụ trách các thôn, hoàn thành trước ngày 31/3/2025.

2. Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro, chú trọng các khu dân cư ven sông Bôi và vùng có nguy cơ sạt lở đất, lũ quét, hoàn thành trong tháng 4/2025.

3. Tổ chức tuyên truyền kiến thức phòng, chống thiên tai trên hệ thống loa truyền thanh và tại các buổi sinh hoạt thôn, thực hiện thường xuyên trong năm.

4. Chuẩn bị vật tư, phương tiện, lương thực, thuốc men theo phương châm “bốn tại chỗ”[^2], hoàn thành trước mùa mưa bão, trước ngày 31/5/2025.

5. Kiểm tra, gia cố các công trình thủy lợi, hồ chứa nhỏ, kênh mương nội đồng; khơi thông dòng chảy, trong quý II/2025.

6. Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã có sự tham gia của lực lượng dân quân, công an và các đoàn thể, trong quý III/2025.

7. Tổng hợp thiệt hại, đề xuất hỗ trợ khắc phục hậu quả sau mỗi đợt thiên tai; báo cáo UBND huyện kết quả thực hiện trước ngày 15/12/2025.

**III. TỔ CHỨC THỰC HIỆN**

1. Công chức Địa chính - Nông nghiệp là cơ quan thường trực, theo dõi, tổng hợp, báo cáo.

2. Ban Chỉ huy Quân sự xã, Công an xã chuẩn bị lực lượng, phương tiện sẵn sàng ứng cứu.

**Nơi nhận:**
- UBND huyện Lạc Thủy (b/c);
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Bùi Văn Thắng**

[^1]: Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND huyện Lạc Thủy về phòng, chống thiên tai năm 2025.
[^2]: Chỉ huy tại chỗ, lực lượng tại chỗ, vật tư, phương tiện tại chỗ và hậu cần tại chỗ theo Luật Phòng, chống thiên tai số 33/2013/QH13.
"""


def test_footnotes_at_a_page_foot_join_no_assignment_and_still_cite(tmp_path):
    from pipeline.extract import extract_bytes

    path = render_pdf(FOOTNOTED_PDF, tmp_path / "phu-luong.pdf", fmt="md")
    plan = extract_bytes(path.read_bytes(), path.name)
    assert plan.assignments[-1].text == ("Ban Chỉ huy Quân sự xã, Công an xã chuẩn bị lực lượng, phương tiện "
                                         "sẵn sàng ứng cứu.")
    assert plan.text.splitlines()[-2:] == [
        "Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND huyện Lạc Thủy về phòng, chống thiên tai năm 2025.",
        "Chỉ huy tại chỗ, lực lượng tại chỗ, vật tư, phương tiện tại chỗ và hậu cần tại chỗ theo Luật Phòng, "
        "chống thiên tai số 33/2013/QH13."]
    assert "Thực hiện chỉ đạo của UBND huyện Lạc Thủy, UBND xã ban hành Kế hoạch như sau:" in plan.text
    assert {r.symbol: r.relation for r in plan.references} == {"25/KH-UBND": "cited", "33/2013/QH13": "cited"}
    assert len(plan.tasks) == 7 and not any("Kế hoạch số 25" in t.text for t in plan.tasks)
    assert (plan.header.signer_name, [r.recipient for r in plan.recipients]) == (
        "Bùi Văn Thắng", ["UBND huyện Lạc Thủy (b/c)", "Lưu: VT"])


# ---------------------------------------------------------------- a scan's own text layer
def strip_marks(text: str) -> str:
    """Vietnamese as an OCR model without Vietnamese reads it: no tone or vowel marks."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


LAYER_ROWS = [
    (60, 60, "UBND HUYỆN MƯỜNG TÈ"), (330, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (60, 78, "ỦY BAN NHÂN DÂN XÃ KA LĂNG"), (355, 78, "Độc lập - Tự do - Hạnh phúc"),
    (60, 100, "Số: 12/KH-UBND"), (330, 100, "Ka Lăng, ngày 10 tháng 3 năm 2025"),
    (265, 140, "KẾ HOẠCH"),
    (150, 160, "Phòng, chống sạt lở đất, lũ quét năm 2025"),
    (60, 200, "I. MỤC ĐÍCH, YÊU CẦU"),
    (80, 220, "1. Chủ động phòng ngừa, ứng phó kịp thời với sạt lở đất, lũ quét trên"),
    (60, 240, "địa bàn xã; bảo đảm an toàn tính mạng, tài sản của Nhân dân các bản."),
    (60, 260, "II. NHIỆM VỤ"),
    (80, 280, "1. Rà soát các điểm có nguy cơ sạt lở tại bản Tà Ba, Pa Ủ; cắm biển"),
    (60, 300, "cảnh báo và di dời các hộ dân đến nơi an toàn trước ngày 30/5/2025."),
    (80, 320, "2. Công an xã phối hợp với Ban Chỉ huy Quân sự xã tổ chức trực ban"),
    (60, 340, "24/24 giờ trong mùa mưa lũ, báo cáo kết quả về UBND xã hằng tháng."),
    (60, 400, "Nơi nhận:"), (345, 400, "TM. ỦY BAN NHÂN DÂN"),
    (60, 418, "- UBND huyện Mường Tè;"), (385, 418, "CHỦ TỊCH"),
    (60, 436, "- Lưu: VT."),
    (365, 480, "Lò Văn Hùng"),
]


def layer_pdf(rows=LAYER_ROWS, slant: float = 0.0, turned: bool = False, gap: float = 0.25,
              strip: bool = False, image=True, visible: bool = False) -> bytes:
    """A page as a scanner's OCR leaves it: the page image and over it an invisible text layer, each
    word placed on its own. slant: the scan's skew (tan; > 0, a line's top falls to the right), each
    word set level on its step (Tesseract) or, turned, each word turned by it; gap: the space
    between two words' boxes in font sizes (an OCR box hugs the ink, so ~0.7, not a typeset 0.25)."""
    import math

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    font, size = register_fonts(), 12
    width, height = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if image:
        page = image if isinstance(image, Image.Image) else Image.new("L", (60, 85), 245)
        c.drawImage(ImageReader(page), 0, 0, width, height)
    angle = -math.atan(slant)
    for x, top, line in rows:
        for word in (strip_marks(line) if strip else line).split():
            t = c.beginText()
            t.setTextRenderMode(0 if visible else 3)
            t.setFont(font, size)
            y = height - top - size - slant * x
            if turned:
                t.setTextTransform(math.cos(angle), math.sin(angle), -math.sin(angle), math.cos(angle), x, y)
            else:
                t.setTextOrigin(x, y)
            t.textOut(word)
            c.drawText(t)
            x += c.stringWidth(word, font, size) + gap * size
    c.showPage()
    c.save()
    return buf.getvalue()


def _layer_lines(data: bytes) -> list[str]:
    return [ln.text for ln in pdf.read(data, Path("layer.pdf")).lines]


@pytest.mark.parametrize("text, unmarked", [
    ("Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của "
     "Luật Bảo vệ môi trường; Ủy ban nhân dân xã Nghĩa Đồng xây dựng Kế hoạch tổng vệ sinh môi trường, "
     "phòng chống dịch bệnh năm 2025 như sau", False),
    ("UBND HUYỆN TRẦN VĂN THỜI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM KẾ HOẠCH PHÒNG, CHỐNG SẠT LỞ BỜ BIỂN, "
     "BỜ SÔNG VÀ ỨNG PHÓ VỚI XÂM NHẬP MẶN TRÊN ĐỊA BÀN HUYỆN NĂM 2025; THÀNH LẬP ĐOÀN KIỂM TRA LIÊN NGÀNH", False),
    # the same read by an English model, as a scanner's software may: marks gone or wrong
    ("Can ci? Nghi dinh s6 08/2022/ND-CP ngay 10/01/2022 cia Chinh phu quy dinh chi tiét mOt s6 diéu ctia "
     "Luat Bao vé mdi trudng; Uy ban nhan dan xa Nghia Dong xay dung Ké hoach téng vé sinh mdi truéng, "
     "phong chong dich bénh nam 2025 nhu sau", True),
    (strip_marks("Tổ chức diễn tập phòng cháy, chữa cháy rừng cấp huyện năm 2025 tại xã Hương Trà theo "
                 "phương châm bốn tại chỗ, có sự tham gia của lực lượng kiểm lâm, công an, quân sự và chủ rừng"), True),
    # too few letters to judge: a page with a table of figures, a short appendix title
    ("PHỤ LỤC 2 Bang tong hop 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", False),
])
def test_unmarked_layer(text, unmarked):
    """A page's worth of text (a page holds 1000-1500 letters; 200 are needed to judge)."""
    assert pdf.unmarked_layer(text if text.startswith("PHỤ LỤC") else text + " " + text) is unmarked


def test_a_scans_layer_without_vietnamese_marks_goes_to_ocr():
    """The scanner's OCR ran without Vietnamese: the page image is read again. A good layer over a
    scan is kept (the fast path), and so is a born-digital page typed without marks, which OCR
    would read no better."""
    assert pdf.pages_needing_ocr(layer_pdf(strip=True)) == {1: pdf.UNMARKED}
    assert pdf.pages_needing_ocr(layer_pdf()) == {}
    assert pdf.pages_needing_ocr(layer_pdf(strip=True, image=False)) == {}


def misread(line: str, every: int, digits: bool = True) -> str:
    """A layer line as a poor OCR reads it: the marks lost on every `every`-th word ("Ke hoạch"),
    and (digits) 0 and 1 read as O and l ("2O25", "l2/KH-UBND")."""
    words = [strip_marks(w) if i % every == 0 else w for i, w in enumerate(line.split())]
    line = " ".join(words)
    return line.replace("0", "O").replace("1", "l") if digits else line


@pytest.mark.parametrize("every, digits", [(2, False), (3, True), (4, True)])
def test_a_scans_layer_misread_in_part_goes_to_ocr(every, digits):
    """A layer that kept most marks (too many for unmarked_layer) but lost them on many words or
    read digits as letters: too few of its words are Vietnamese, and the page image is read again.
    Printed over no scan, the same words are the page's own: OCR would read them no better."""
    rows = [(x, top, misread(line, every, digits)) for x, top, line in LAYER_ROWS]
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows)) == {1: pdf.MISREAD}
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows, image=False)) == {}


def test_a_good_scan_layer_with_a_few_slips_is_kept():
    """The fast path stays for a good layer: abbreviations, names and a word in ten without its
    marks are no reason to OCR the page."""
    assert pdf.pages_needing_ocr(layer_pdf()) == {}
    rows = [(x, top, misread(line, 10, digits=False)) for x, top, line in LAYER_ROWS]
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows)) == {}
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows, gap=0.75, slant=0.017)) == {}


def swap_digits(line: str) -> str:
    """A layer line as an OCR that keeps every mark but reads 0 and 1 as O and l ("2O25", "l2/KH-UBND")."""
    return line.replace("0", "O").replace("1", "l")


# A good layer of another plan, dense in real symbols whose letters sit beside digits.
SYMBOL_ROWS = [
    (60, 60, "UBND TỈNH QUẢNG NGÃI"), (330, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (60, 78, "SỞ Y TẾ"), (355, 78, "Độc lập - Tự do - Hạnh phúc"),
    (60, 100, "Số: 1508/KH-SYT"), (330, 100, "Quảng Ngãi, ngày 21 tháng 4 năm 2024"),
    (60, 140, "Căn cứ Nghị định số 117/2020/NĐ-CP ngày 28/9/2020 của Chính phủ; Quyết định"),
    (60, 160, "số 1002/QĐ-TTg ngày 14/7/2023 của Thủ tướng Chính phủ; Kế hoạch số 86/KH-UBND"),
    (60, 180, "ngày 10/01/2024 của UBND tỉnh về phòng, chống dịch COVID-19, cúm A/H5N1 giai đoạn"),
    (60, 200, "2024-2025; Thông tư số 17/2019/TT-BYT ngày 17/7/2019 của Bộ Y tế, Sở Y tế ban hành"),
    (60, 220, "Kế hoạch giám sát dịch bệnh truyền nhiễm năm 2024 như sau: tổ chức giám sát tại 13/13"),
    (60, 240, "huyện, thị xã, thành phố; hoàn thành trước ngày 30/11/2024, báo cáo về Sở trước 15/12."),
]


@pytest.mark.parametrize("rows", [LAYER_ROWS, SYMBOL_ROWS], ids=["sat-lo", "symbols"])
def test_a_scans_layer_that_reads_digits_as_letters_goes_to_ocr(rows):
    """A layer that kept every mark (its words pass) but took the digits 0 and 1 for O and l: too
    many of its numbers are mangled, and its dates, symbols and deadlines would be wrong. The same
    layer with its digits right, real symbols and ranges ("NĐ-CP", "A/H5N1", "2024-2025") among
    them, keeps the fast path; printed over no scan, the words are the page's own."""
    swapped = [(x, top, swap_digits(line)) for x, top, line in rows]
    assert pdf.pages_needing_ocr(layer_pdf(rows=swapped)) == {1: pdf.MISREAD}
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows)) == {}
    assert pdf.pages_needing_ocr(layer_pdf(rows=swapped, image=False)) == {}


def test_digits_read_as_letters_are_told_by_the_numbers_not_the_words():
    """The sat-lo layer with its digits swapped keeps every mark and its words pass: only its numbers
    tell it."""
    text = " ".join(swap_digits(line) for _, _, line in LAYER_ROWS)
    assert not pdf.unmarked_layer(text + " " + text) and encodings.known_share(text)[0] >= pdf.LAYER_MIN_KNOWN
    assert encodings.mangled_numbers(text)[0] > pdf.LAYER_MAX_MANGLED and pdf.misread_layer(text)


def test_a_layer_with_a_single_digit_slip_is_kept():
    """One "2O25" in a page of numbers is a slip, not a reading that mangles numbers."""
    rows = [(x, top, line.replace("2024-2025", "2O24-2025")) for x, top, line in SYMBOL_ROWS]
    assert pdf.pages_needing_ocr(layer_pdf(rows=rows)) == {}


def scanned_image(rows, dpi: int = 150):
    """The page image a layer lies over: its rows printed where the layer places them."""
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    image = Image.new("L", (int(A4[0] * scale), int(A4[1] * scale)), 255)
    serif = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", int(12 * scale))
    for x, top, line in rows:
        ImageDraw.Draw(image).text((x * scale, top * scale), line, fill=0, font=serif)
    return image


def test_a_layer_that_reads_digits_as_letters_is_read_again_by_tesseract():
    _tesseract()
    swapped = [(x, top, swap_digits(line)) for x, top, line in LAYER_ROWS]
    raw = pdf.read(layer_pdf(rows=swapped, image=scanned_image(LAYER_ROWS)), Path("swapped.pdf"))
    text = " ".join(ln.text for ln in raw.lines)
    assert raw.ocr and "12/KH-UBND" in text and "năm 2025" in text
    assert "2O25" not in text and "l2/KH" not in text


def test_a_misread_layer_is_read_when_ocr_is_unavailable(monkeypatch):
    ocr = pytest.importorskip("pipeline.ingest.ocr")

    def unavailable(data, page_numbers):
        raise PlanError("ocr_unavailable", "Tesseract has no Vietnamese model")

    monkeypatch.setattr(ocr, "ocr_pdf_pages", unavailable)
    rows = [(x, top, misread(line, 3, digits=False)) for x, top, line in LAYER_ROWS]
    lines = _layer_lines(layer_pdf(rows=rows))
    assert "So: 12/KH-UBND" in lines and "Lo Văn Hùng" in lines


def test_a_layer_s_il_marker_is_the_part_the_headings_above_it_call_for():
    """A scanner's layer reads a bold "I." whose dot made a foot, and "II." whose second stem did, both
    as "IL.": the parts before it tell which (none: "I."; "I.": "II."). Typed text is read as printed."""
    slips = {"I. MỤC ĐÍCH, YÊU CẦU": "IL. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ": "IL. NHIỆM VỤ"}
    rows = [(x, top, slips.get(line, line)) for x, top, line in LAYER_ROWS]
    assert [ln for ln in _layer_lines(layer_pdf(rows=rows)) if ln.startswith(("I", "II"))][:2] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ"]
    assert "IL. MỤC ĐÍCH, YÊU CẦU" in _layer_lines(layer_pdf(rows=rows, image=False))


def _tesseract():
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    try:
        ocr.check_tesseract()
    except Exception as exc:  # noqa: BLE001 - no Tesseract here: nothing to test
        pytest.skip(f"Tesseract unavailable: {exc}")


def small_page(texts: list[tuple[float, str]], body: list[str] = (), **canvas_args) -> bytes:
    """An A6 page (kept small for OCR): `texts` (top, line) typed, and `body` the lines of a pasted
    scan: an image covering the page between a top and a bottom margin."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.utils import ImageReader

    font, (width, height) = register_fonts(), A6
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A6, **canvas_args)
    if body:
        image = Image.new("L", (int(2 * width), int(2 * (height - 80))), 255)
        serif = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 20)
        for i, line in enumerate(body):
            ImageDraw.Draw(image).text((20, 40 + 40 * i), line, fill=0, font=serif)
        c.drawImage(ImageReader(image), 0, 40, width, height - 80)
    c.setFont(font, 9)
    for top, line in texts:
        c.drawString(20, height - top - 9, line)
    c.showPage()
    c.save()
    return buf.getvalue()


SCANNED_BODY = ["Kế hoạch phòng, chống sạt lở đất năm 2025", "1. Rà soát các điểm có nguy cơ",
                "sạt lở tại bản Tà Ba, Pa Ủ;", "2. Di dời các hộ dân đến nơi an toàn."]


@pytest.mark.parametrize("texts", [
    [(12, "ỦY BAN NHÂN DÂN XÃ KA LĂNG - Kế hoạch số 12/KH-UBND"), (395, "Trang 1/3")],
    [(395, "Ký bởi: Văn phòng UBND xã Ka Lăng, 12.03.2025 09:12:33 +07:00")],
    [(200, "Ký bởi: Ủy ban nhân dân tỉnh Lai Châu"), (212, "Thời gian ký: 12.03.2025 09:12:33")],
])
def test_a_header_footer_or_signature_stamp_over_a_scanned_body_sends_the_page_to_ocr(texts):
    """The text layer holds only a running header and footer (or a digital signature's stamp) and
    the body is a pasted scan: read as it is, the page's plan text is lost."""
    _tesseract()
    page = small_page(texts, body=SCANNED_BODY)
    raw = pdf.read(page, Path("stamped.pdf"))
    assert raw.ocr and "chống sạt lở đất" in " ".join(ln.text for ln in raw.lines)


def test_short_text_over_a_blank_background_image_is_read_as_printed():
    """A short page printed over a page-sized background (a letterhead, a tint): no lines of ink
    besides its own, so its text is the page's and no OCR is run."""
    texts = [(12, "ỦY BAN NHÂN DÂN XÃ KA LĂNG"), (40, "Nơi nhận:"), (52, "- Lưu: VT."), (100, "Lò Văn Hùng")]
    raw = pdf.read(small_page(texts, body=[" "]), Path("short.pdf"))
    assert not raw.ocr and [ln.text for ln in raw.lines] == [t for _, t in texts]


def test_a_short_invisible_layer_over_a_scan_is_kept():
    """A scanner's own layer of a short page (the signature alone) is the page's text: no OCR."""
    raw = pdf.read(layer_pdf(rows=LAYER_ROWS[-6:]), Path("last.pdf"))
    assert not raw.ocr and "Lò Văn Hùng" in [ln.text for ln in raw.lines]


def test_a_page_of_cid_glyphs_is_read_by_ocr_not_as_cid_text():
    """A font without a ToUnicode map: pdfplumber prints "(cid:NN)" for each letter it cannot map."""
    _tesseract()
    data = small_page([(40, "Ủy ban nhân dân xã Bản Lầu"), (60, "tổ chức thực hiện kế hoạch")], pageCompression=0)
    broken = data.replace(b"/ToUnicode", b"/ToUnicodX")  # same length: the xref stays valid
    with pdfplumber_open(broken) as doc:
        assert "(cid:" in doc.pages[0].extract_text()
    raw = pdf.read(broken, Path("cid.pdf"))
    text = " ".join(ln.text for ln in raw.lines)
    assert raw.ocr and "(cid:" not in text and "nhân dân" in text


def unmapped_sign_pdf(lines: list[tuple[float, str, str, str]], private_use: bool = False) -> bytes:
    """A page whose signs (bullets) are drawn in a font without a ToUnicode map, its text in a mapped one:
    each line (x, sign, gap in points, text); the sign "" for a line without one, text after it on
    the same line. pdfplumber reads each sign as "(cid:NN)"; private_use maps "•" and "◦" to Symbol's
    private-use codes instead (U+F0B7, U+F0A7), as Word's own PDF export does. None starts a new page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "SignSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SignSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    font, (width, height) = register_fonts(), A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    k = -1
    for line in lines:
        if line is None:
            c.showPage()
            k = -1
            continue
        x, sign, gap, text = line
        k += 1
        y = height - 60 - 18 * k
        if sign:
            c.setFont("SignSans", 13)
            c.drawString(x, y, sign)
            x += c.stringWidth(sign, "SignSans", 13) + float(gap)
        c.setFont(font, 13)
        head, _, tail = text.partition("|")   # "|": a sign inside the line
        c.drawString(x, y, head)
        if tail:
            x += c.stringWidth(head + " ", font, 13)
            c.setFont("SignSans", 13)
            c.drawString(x, y, "☎")
            c.setFont(font, 13)
            c.drawString(x + c.stringWidth("☎ ", "SignSans", 13), y, tail)
    c.showPage()
    c.save()
    data = buf.getvalue()
    if private_use:  # (same lengths: the xref stays valid)
        return data.replace(b"> <2022>\n", b"> <F0B7>\n").replace(b"> <25E6>\n", b"> <F0A7>\n")
    at = data.index(b"/ToUnicode", data.index(b"+DejaVuSans"))
    return data[:at] + b"/ToUnicodX" + data[at + 10:]  # same length: the xref stays valid


CID_BULLET_PLAN = [
    (60, "", 0, "ỦY BAN NHÂN DÂN"), (60, "", 0, "XÃ EA TÓH"), (60, "", 0, "Số: 21/KH-UBND"),
    (60, "", 0, "Ea Tóh, ngày 12 tháng 3 năm 2025"), (60, "", 0, "KẾ HOẠCH"),
    (60, "", 0, "Tuyên truyền phòng, chống ma túy năm 2025"),
    (60, "", 0, "I. NHIỆM VỤ"),
    (60, "", 0, "1. Công an xã:"),
    (75, "•", 8, "Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn xã."),
    (90, "◦", 4, "Hoàn thành trước ngày 30/4/2025."),
    (75, "•", 8, "Phối hợp Đoàn Thanh niên xã tuyên truyền tại các thôn, buôn."),
    (60, "", 0, "2. Công chức Văn hóa - Xã hội:"),
    (75, "•", 8, "Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động phòng, chống ma túy."),
    (60, "", 0, "II. TỔ CHỨC THỰC HIỆN"),
    (60, "", 0, "Công an xã theo dõi, tổng hợp, báo cáo UBND xã trước ngày 15/12/2025."),
]


@pytest.mark.parametrize("private_use", [False, True], ids=["cid", "private-use"])
def test_unmapped_bullets_are_read_as_the_bullets_a_plan_types(private_use):
    """A few "(cid:NN)" bullets (Word's "•" and "◦" in a font without a ToUnicode map), or the symbol
    font's private-use codes, at the line starts: the outer list's read "-", the inner one's "+"; the
    page is text, not OCR, and no unreadable sign reaches a task."""
    from pipeline.extract import extract_bytes

    data = unmapped_sign_pdf(CID_BULLET_PLAN, private_use)
    with pdfplumber_open(data) as doc:
        printed = doc.pages[0].extract_text()
        signs = printed.count("\uf0b7") + printed.count("\uf0a7") if private_use else printed.count("(cid:")
        assert signs == 4
    raw = pdf.read(data, Path("ea-toh.pdf"))
    texts = [ln.text for ln in raw.lines]
    assert not raw.ocr and not any("(cid:" in t or "\uf0b7" in t or "\uf0a7" in t for t in texts)
    assert "- Rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn xã." in texts
    assert "+ Hoàn thành trước ngày 30/4/2025." in texts
    assert sum(t.startswith("- ") for t in texts) == 3
    plan = extract_bytes(data, "ea-toh.pdf")
    assert not any("(cid:" in t.text or "\uf0b7" in t.text for t in plan.tasks)
    assert any(t.text.startswith("Rà soát, lập danh sách") for t in plan.tasks)


@pytest.mark.parametrize("lines", [
    # a sign inside a line (a phone's sign before its number) is no bullet
    [(60, "", 0, "Đường dây nóng của Công an xã:|0262 3870 113, trực 24/24 giờ.")] * 3,
    # nor a sign standing alone, with no word after it on its line (a tick in a cell)
    [(60, "", 0, "Rà soát danh sách người sử dụng trái phép chất ma túy"), (400, "✓", 0, "")] * 3,
    # nor one glued to the word after it (a letter of unmapped text)
    [(60, "Đ", 0, "ường dây nóng của Công an xã tiếp nhận tin báo về ma túy")] * 3,
])
def test_unmapped_signs_that_are_no_bullets_stay_unread(lines):
    data = unmapped_sign_pdf(lines)
    text = " ".join(ln.text for ln in pdf.read(data, Path("signs.pdf")).lines)
    assert text.count("(cid:") == 3 and "- " not in text.replace(" - ", " ")


def test_an_unmarked_layer_is_read_when_ocr_is_unavailable(monkeypatch):
    ocr = pytest.importorskip("pipeline.ingest.ocr")

    def unavailable(data, page_numbers):
        raise PlanError("ocr_unavailable", "Tesseract has no Vietnamese model")

    monkeypatch.setattr(ocr, "ocr_pdf_pages", unavailable)
    lines = _layer_lines(layer_pdf(strip=True))
    assert "So: 12/KH-UBND" in lines and "Lo Van Hung" in lines
    # a page that has no text at all still needs OCR: the error stands
    doc = pypdfium2.PdfDocument(layer_pdf(strip=True))
    blank = pypdfium2.PdfDocument(layer_pdf(rows=[]))
    doc.import_pages(blank)
    buf = io.BytesIO()
    doc.save(buf)
    with pytest.raises(PlanError) as err:
        pdf.read(buf.getvalue(), Path("two.pdf"))
    assert err.value.code == "ocr_unavailable"


@pytest.mark.parametrize("slant, turned", [(0.017, False), (-0.012, False), (0.017, True), (-0.03, True)])
def test_a_slanted_scan_layer_is_read_line_by_line(slant, turned):
    """On a scan skewed by ~1° a layer line climbs or falls ~8 pt across the page: read by its
    words' tops it fell into pieces out of order. Set level, it reads as the upright layer does."""
    level = _layer_lines(layer_pdf())
    assert "Số: 12/KH-UBND" in level and "Ka Lăng, ngày 10 tháng 3 năm 2025" in level
    assert "1. Rà soát các điểm có nguy cơ sạt lở tại bản Tà Ba, Pa Ủ; cắm biển" in level
    assert _layer_lines(layer_pdf(slant=slant, turned=turned)) == level


def test_layer_slant_of_level_text_is_none():
    with pdfplumber_open(layer_pdf()) as doc:
        assert pdf.layer_slant(doc.pages[0].chars) == 0.0
    with pdfplumber_open(draw_pdf([strip_marks(TASKS[3][0])[:70]] * 5)) as doc:
        assert pdf.layer_slant(doc.pages[0].chars) == 0.0


def test_ink_to_ink_spaces_of_a_scan_layer_part_no_columns():
    """An OCR word box hugs its ink, so the layer's spaces are two to three times a typeset
    space: a body line beside the signature block must not be cut into two columns by them."""
    assert _layer_lines(layer_pdf(gap=0.75)) == _layer_lines(layer_pdf())
    assert _layer_lines(layer_pdf(gap=0.75, slant=0.017)) == _layer_lines(layer_pdf())


def pdfplumber_open(data: bytes):
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def test_the_composed_searchable_scan_asks_for_ocr_without_running_it():
    """data/raw's searchable scan (Tesseract's English layer over a scanned plan): both pages
    are read again by OCR; the mixed PDF's signed page, a colour scan, too, and only it."""
    raw = ROOT / "data" / "raw"
    scan = raw / "tan-ky-nghia-dong-ve-sinh-moi-truong-2025-scan.pdf"
    assert pdf.pages_needing_ocr(scan.read_bytes()) == {1: pdf.UNMARKED, 2: pdf.UNMARKED}
    mixed = raw / "tran-van-thoi-sat-lo-bo-bien-2025.pdf"
    assert pdf.pages_needing_ocr(mixed.read_bytes()) == {2: "empty"}


def ruled_page(cols: int = 4, rows: int = 6):
    """A page image (A4, 150 dpi) with a ruled table in its middle, as a scan of a task table shows it."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(img)
    left, right, top, bottom = 150, 1090, 500, 1300
    for k in range(rows + 1):
        y = top + k * (bottom - top) // rows
        draw.line([(left, y), (right, y)], fill=20, width=3)
    for k in range(cols + 1):
        x = left + k * (right - left) // cols
        draw.line([(x, top), (x, bottom)], fill=20, width=3)
    return img


def test_a_layer_over_a_scanned_ruled_table_is_told(monkeypatch):
    """A scanner's OCR layer keeps a table's words but not its rows: a scanned page showing a
    ruled table is read by OCR, which rebuilds the rows from the rules. A page of prose keeps its
    layer, and a page whose text is printed (a born-digital page over a background image) is
    never looked at."""
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    assert ocr.invisible_text(layer_pdf(), 1) and not ocr.invisible_text(layer_pdf(visible=True), 1)
    assert not ocr.invisible_text(draw_pdf(["Kế hoạch"]), 1)
    assert ocr.ruled_table(layer_pdf(image=ruled_page()), 1)
    assert not ocr.ruled_table(layer_pdf(image=ruled_page(cols=1)), 1)  # a box round a text, no table
    assert not ocr.ruled_table(layer_pdf(), 1)
    calls = []
    monkeypatch.setattr(ocr, "ocr_pdf_pages", lambda data, pages: calls.append(pages) or [])
    pdf.read(layer_pdf(image=ruled_page(), visible=True), Path("printed.pdf"))
    assert calls == []


def test_a_ruled_layer_page_goes_to_ocr_and_falls_back_to_its_layer(monkeypatch):
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    from pipeline.document import RawLine

    data = layer_pdf(image=ruled_page())
    calls = []

    def fake(data, page_numbers):
        calls.append(list(page_numbers))
        return [(p, [RawLine("1\tRà soát", cells=["1", "Rà soát"], table_id=1000)], 90.0) for p in page_numbers]

    monkeypatch.setattr(ocr, "ocr_pdf_pages", fake)
    raw = pdf.read(data, Path("ruled.pdf"))
    assert calls == [[1]] and [ln.cells for ln in raw.lines] == [["1", "Rà soát"]]

    def unavailable(data, page_numbers):
        raise PlanError("ocr_unavailable", "Tesseract has no Vietnamese model")

    monkeypatch.setattr(ocr, "ocr_pdf_pages", unavailable)
    assert "Số: 12/KH-UBND" in _layer_lines(data)


@pytest.mark.parametrize("line, mended", [
    ("_~ Thời gian thực hiện: Quý II/2026.", "Thời gian thực hiện: Quý II/2026."),
    ("- Đơn vị chủ trì: |Công an xã.", "- Đơn vị chủ trì: Công an xã."),
    ("H. NỘI DUNG THỰC HIỆN", "II. NỘI DUNG THỰC HIỆN"),
    ("Hoàn thành trong Quý IH/2025", "Hoàn thành trong Quý III/2025"),
    ("Căn cứ Quyết định số 3869/QĐĐ-BYT ngày 13/12/2022", "Căn cứ Quyết định số 3869/QĐ-BYT ngày 13/12/2022"),
    # printed marks stay: a note's star, quotes, a bullet, a Party header's star
    ("* Ghi chú: chỉ tiêu do UBND huyện giao", "* Ghi chú: chỉ tiêu do UBND huyện giao"),
    ("hưởng ứng phong trào “Ngày Chủ nhật xanh”", "hưởng ứng phong trào “Ngày Chủ nhật xanh”"),
    ("*", "*"),
    ("Hà Nội, ngày 10 tháng 3 năm 2025", "Hà Nội, ngày 10 tháng 3 năm 2025"),
])
def test_mend_layer_line(line, mended):
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    assert ocr.mend_layer_line(line) == mended


def test_only_a_scans_layer_is_mended():
    rows = LAYER_ROWS[:8] + [(60, 200, "_~ Thời gian thực hiện: Quý IH/2025.")]
    assert "Thời gian thực hiện: Quý III/2025." in _layer_lines(layer_pdf(rows=rows))
    # printed text, with or without an image under it, is read as printed
    assert "_~ Thời gian thực hiện: Quý IH/2025." in _layer_lines(layer_pdf(rows=rows, visible=True))
    printed = draw_pdf(["_~ Thời gian thực hiện: Quý IH/2025."])
    assert [ln.text for ln in pdf.read(printed, Path("p.pdf")).lines] == ["_~ Thời gian thực hiện: Quý IH/2025."]


# ---------------------------------------------------------------- legacy Vietnamese fonts in the text layer
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_plan_printed_from_vntime_reads_as_its_unicode_twin(tmp_path, encoding):
    """A plan typed in .VnTime/.VnTimeH (or VNI-Times) and printed to PDF: the text layer holds the
    font's bytes ("KÕ ho¹ch") with the font's name on each character; the header stays Unicode."""
    import pdfplumber
    from render_legacy_pdf import render_legacy_pdf

    keep = re.compile(r"^(ỦY BAN|HUYỆN|CỘNG HÒA|Độc lập)")
    legacy = render_legacy_pdf(PLAN, tmp_path / "legacy.pdf", fmt="txt", encoding=encoding,
                               keep_unicode=lambda t: bool(keep.match(t)))
    with pdfplumber.open(str(legacy)) as doc:
        fonts = {c["fontname"].split("+")[-1] for c in doc.pages[0].chars}
    assert (".VnTime" in fonts and ".VnTimeH,Bold" in fonts) if encoding == "tcvn3" else "VNI-Times" in fonts
    unicode = render_pdf(PLAN, tmp_path / "unicode.pdf", fmt="txt")
    got, want = (read_document(p.read_bytes(), p) for p in (legacy, unicode))
    assert not got.ocr
    # the legacy glyphs are wider or narrower than the Unicode ones: lines wrap and pages break
    # elsewhere, so the words are compared, not the lines
    assert words(" ".join(ln.text for ln in got.lines)) == words(" ".join(ln.text for ln in want.lines))
    assert sum(1 for ln in got.lines if ln.cells) >= 12


@pytest.mark.parametrize("header_in_vntimeh", [True, False])
def test_toned_capitals_typed_in_vntime_come_back(tmp_path, header_in_vntimeh):
    """A typist who never switched to .VnTimeH for a toned capital (headings typed with Caps Lock
    in .VnTime print "Kế HOạCH", "I. MụC ĐíCH"), with or without the header and title in .VnTimeH:
    the capitals come back from the line they stand in, as for a plain-text TCVN3 file."""
    from render_legacy_pdf import render_legacy_pdf

    header = re.compile(r"^(ỦY BAN|HUYỆN|CỘNG HÒA|KẾ HOẠCH)")
    legacy = render_legacy_pdf(PLAN, tmp_path / "legacy.pdf", fmt="txt",
                               capitals_font=lambda t: header_in_vntimeh and bool(header.match(t)))
    unicode = render_pdf(PLAN, tmp_path / "unicode.pdf", fmt="txt")
    got, want = (read_document(p.read_bytes(), p) for p in (legacy, unicode))
    assert words(" ".join(ln.text for ln in got.lines)) == words(" ".join(ln.text for ln in want.lines))


def test_toned_capital_opening_a_name_in_a_vntime_pdf_comes_back(tmp_path):
    """A name's toned capital a .VnTime typist left in small letters mid-sentence ("huyện ứng Hòa",
    "trường THCS ứng Hòa") is a capital again; "Tỉnh ủy Hà Nam" and "ở Hà Nội" keep theirs small."""
    from render_legacy_pdf import render_legacy_pdf

    text = ("Căn cứ Kế hoạch số 38/KH-UBND của UBND huyện Ứng Hòa về phổ cập giáo dục.\n\n"
            "Giao Trường THCS Ứng Hòa chủ trì; báo cáo Ban Thường vụ Tỉnh ủy Hà Nam và các xã ở Hà Nội.\n")
    legacy = render_legacy_pdf(text, tmp_path / "legacy.pdf", fmt="txt", capitals_font=lambda t: False)
    got = " ".join(ln.text for ln in read_document(legacy.read_bytes(), legacy).lines)
    assert "UBND huyện Ứng Hòa về" in got and "Trường THCS Ứng Hòa chủ trì" in got
    assert "Tỉnh ủy Hà Nam" in got and "các xã ở Hà Nội" in got


def test_recased_letters_are_only_those_of_a_small_letters_font():
    """Capitals are put back only on letters a .VnTime font drew; a Unicode letter in the same line
    keeps its case, and a .VnTimeH letter is a capital already."""
    fonts = {"ABCDEF+.VnTime": ("tcvn3", False), "ABCDEF+.VnTimeH": ("tcvn3", True)}

    def chars(text: str, font: str, top: float = 100.0) -> list[dict]:
        return [{"text": ch, "fontname": font, "top": top} for ch in text]

    row = chars("KÕ HO¹CH ", "ABCDEF+.VnTime") + chars("ủ", "TimesNewRomanPSMT")
    after = chars("ñy ban nh©n d©n x·.", "ABCDEF+.VnTime", top=120.0)
    caps = chars("tm. ñy ban", "ABCDEF+.VnTimeH", top=140.0)
    pdf.decode_legacy_chars(row + after + caps, fonts)
    assert "".join(c["text"] for c in row) == "KẾ HOẠCH ủ"
    assert "".join(c["text"] for c in after) == "Ủy ban nhân dân xã."
    assert "".join(c["text"] for c in caps) == "TM. ỦY BAN"


def test_vni_capitals_keep_their_own_marks():
    """VNI has capitals of its own (a capital base, then the capital form of its mark byte): they
    read as capitals, beside small letters and a Unicode run, with no recasing."""
    from pipeline.ingest.encodings import encode_vni

    fonts = {"VNI-Times": ("vni", False), "VNI-Times-Bold": ("vni", False)}
    text = "ỦY BAN NHÂN DÂN HUYỆN ĐÔ LƯƠNG; Kế hoạch ƯỚC TÍNH ủy ban"
    row = [{"text": ch, "fontname": "VNI-Times-Bold", "top": 10.0} for ch in encode_vni(text).decode("latin-1")]
    row += [{"text": ch, "fontname": "TimesNewRomanPSMT", "top": 10.0} for ch in " ủy ban"]
    pdf.decode_legacy_chars(row, fonts)
    assert pdf.fix_text("".join(c["text"] for c in row)) == text + " ủy ban"


def test_legacy_chars_decoded_by_their_font_only():
    fonts = {"ABCDEF+.VnTime": ("tcvn3", False), "ABCDEF+.VnTimeH,Bold": ("tcvn3", True),
             "VNI-Times": ("vni", False)}

    def chars(text: str, font: str) -> list[dict]:
        return [{"text": ch, "fontname": font} for ch in text]

    row = (chars("KÕ ho¹ch ", "ABCDEF+.VnTime") + chars("nhiÖm vô", "ABCDEF+.VnTimeH,Bold")
           + chars(" ©", "TimesNewRomanPSMT") + chars(" Keá hoaïch ñoàng", "VNI-Times") + chars("ö", "VNI-Times"))
    pdf.decode_legacy_chars(row, fonts)
    assert pdf.fix_text("".join(c["text"] for c in row)) == "Kế hoạch NHIỆM VỤ © Kế hoạch đồng" + "ư"


def test_unicode_pdf_has_no_legacy_font(tmp_path):
    import pdfplumber

    path = tmp_path / "u.pdf"
    path.write_bytes(draw_pdf(["Kế hoạch © 2025, ½ kinh phí, 30°C"]))
    with pdfplumber.open(str(path)) as doc:
        assert pdf._legacy_fonts(doc.pages[0]) == {}
    raw = read_document(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == ["Kế hoạch © 2025, ½ kinh phí, 30°C"]


def _page_under_a_running_title(path: Path, note: str, rule: bool) -> Path:
    """A Word/LibreOffice export's page: the running title (10 pt, italic size) in the top margin,
    a ruled task table over the upper half, a paragraph under it, the page's note at its foot
    and "Trang 2/3" in the bottom margin."""
    font = register_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont(font, 10)
    c.drawCentredString(w / 2, h - 40, "Sở Giao thông vận tải tỉnh Vĩnh Phúc - Kế hoạch năm 2025")
    xs, tops = [85, 115, 330, 430, 560], [90 + 30 * k for k in range(12)]
    for x in xs:
        c.line(x, h - tops[0], x, h - tops[-1])
    for t in tops:
        c.line(xs[0], h - t, xs[-1], h - t)
    c.setFont(font, 13)
    for k, t in enumerate(tops[:-1]):
        cells = ["STT", "Nội dung", "Chủ trì", "Thời gian"] if k == 0 else \
            [str(k), f"Kiểm tra tải trọng xe tuyến {300 + k}", "Thanh tra Sở", "Quý II/2025"]
        for x, text in zip(xs, cells):
            c.drawString(x + 3, h - t - 20, text)
    c.drawString(85, h - 470, "Ghi chú: Đơn vị chủ trì báo cáo tiến độ về Văn phòng Sở trước ngày 20")
    c.drawString(85, h - 488, "của tháng cuối quý.")
    if rule:
        c.line(85, h - 740, 227, h - 740)
    c.setFont(font, 10)
    c.drawString(85, h - 758, note)
    c.setFont(font, 13)
    c.drawRightString(560, h - 805, "Trang 2/3")
    c.save()
    return path


@pytest.mark.parametrize("note, rule", [
    ("1 Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh.", False),
    ("Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh.", True),
])
def test_a_footnote_under_a_table_on_a_page_with_a_small_running_title(tmp_path, note, rule):
    """The body's size is read below the top margin: the running title there (10 pt) is no body
    line, and taken for one it made the 10 pt note look as large as the text."""
    data = _page_under_a_running_title(tmp_path / "p.pdf", note, rule).read_bytes()
    lines = [ln.text for ln in pdf.read(data, tmp_path / "p.pdf").lines]
    assert lines[-1] == "Báo cáo gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh."
    assert lines[-2] == "của tháng cuối quý."
    assert not any("Trang 2/3" in t for t in lines)


def test_small_print_under_a_table_without_rule_or_number_stays_in_place(tmp_path):
    data = _page_under_a_running_title(tmp_path / "p.pdf", "- Lưu: VT, VP.", False).read_bytes()
    lines = [ln.text for ln in pdf.read(data, tmp_path / "p.pdf").lines]
    assert lines.index("của tháng cuối quý.") < lines.index("- Lưu: VT, VP.")
    assert lines[-1] == "- Lưu: VT, VP."


@pytest.mark.parametrize("old, new, units", [
    (None, None, ["Văn phòng LĐLĐ huyện", "Ban Nữ công LĐLĐ huyện", "Các CĐCS"]),
    # a sector's union addresses its school unions the same way
    ("3. Các CĐCS căn cứ", "3. CĐCS các trường học căn cứ",
     ["Văn phòng LĐLĐ huyện", "Ban Nữ công LĐLĐ huyện", "CĐCS các trường học"]),
])
def test_a_district_trade_unions_plan_as_a_typed_pdf(tmp_path, old, new, units):
    """A Liên đoàn Lao động huyện's plan ("Số: 25/KH-LĐLĐ", signed TM. BAN THƯỜNG VỤ): its grassroots
    unions, printed "các CĐCS", are a unit wherever they stand, in a table cell as in the
    assignment that opens with them; its movements in quotes are campaigns."""
    from pipeline.extract import extract_bytes

    src = (Path(__file__).resolve().parent / "composed_sources"
           / "thang-binh-ldld-phong-trao-thi-dua-cnvcld-2025.md").read_text(encoding="utf-8")
    if old:
        assert old in src
        src = src.replace(old, new)
    path = render_pdf(src, tmp_path / "ldld.pdf")
    plan = extract_bytes(path.read_bytes(), path.name)
    d = plan.header
    assert (d.symbol, d.issuer, d.signing_authority) == ("25/KH-LĐLĐ", "Liên đoàn Lao động huyện Thăng Bình",
                                                        "TM. BAN THƯỜNG VỤ")
    assert [a.units for a in plan.assignments] == [[u] for u in units]
    assert [t.lead_units for t in plan.tasks][1:3] == [["Các CĐCS"]] * 2
    assert {c.name for c in plan.campaigns} == {"Lao động giỏi, lao động sáng tạo", "Giỏi việc nước, đảm việc nhà",
                                               "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động"}



@pytest.mark.parametrize("private_use", [False, True], ids=["cid", "private-use"])
@pytest.mark.parametrize("outer_first", [False, True], ids=["inner-page-first", "outer-page-first"])
def test_bullet_levels_are_the_documents_not_the_pages(private_use, outer_first):
    """A page whose list holds only the inner bullets ("◦", set further in) reads them "+" when
    another page of the plan shows the outer list ("•"), whichever page comes first; a page of
    outer bullets alone still reads "-"."""
    inner_page = [(60, "", 0, "3. Đoàn Thanh niên xã:"),
                  (90, "◦", 4, "Tổ chức 02 buổi sinh hoạt chuyên đề tại các chi đoàn thôn."),
                  (90, "◦", 4, "Hoàn thành trong Quý III/2025.")]
    outer_page = [(60, "", 0, "1. Công an xã:"),
                  (75, "•", 8, "Rà soát, lập danh sách người sử dụng trái phép chất ma túy."),
                  (75, "•", 8, "Phối hợp Đoàn Thanh niên xã tuyên truyền tại các thôn, buôn.")]
    pages = [outer_page, inner_page] if outer_first else [inner_page, outer_page]
    data = unmapped_sign_pdf(pages[0] + [None] + pages[1], private_use)
    texts = [ln.text for ln in pdf.read(data, Path("bullets.pdf")).lines]
    assert "+ Tổ chức 02 buổi sinh hoạt chuyên đề tại các chi đoàn thôn." in texts
    assert "+ Hoàn thành trong Quý III/2025." in texts
    assert "- Rà soát, lập danh sách người sử dụng trái phép chất ma túy." in texts
    assert sum(t.startswith("- ") for t in texts) == 2
    # one list on its own: its bullets are the outermost
    again = [(60, "", 0, "4. Hội Liên hiệp Phụ nữ xã:"), (90, "◦", 4, "Vận động hội viên không để người thân vi phạm."),
             (90, "◦", 4, "Báo cáo kết quả trước ngày 15/11/2025.")]
    alone = [ln.text for ln in pdf.read(unmapped_sign_pdf(inner_page + [None] + again, private_use),
                                         Path("alone.pdf")).lines]
    assert sum(t.startswith("- ") for t in alone) == 4 and not any(t.startswith("+ ") for t in alone)


# A plan of two pages whose task table runs across the break: what the header or footer prints on
# page 2 lands between the table's rows unless it is dropped.
TWO_PAGE_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ ĐẠI ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 15/KH-UBND\nĐại Đồng, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhòng chống thiên tai năm 2025\n"
                 "I. NHIỆM VỤ\n| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n" + "\n".join(
                     f"| {i} | Kiểm tra, hướng dẫn các hộ dân thôn {thon} gia cố nhà cửa, chặt tỉa cây xanh, khơi "
                     f"thông cống rãnh trước mùa mưa bão năm 2025 | Ban Chỉ huy phòng chống thiên tai và tìm kiếm "
                     f"cứu nạn xã | Tháng {i % 6 + 4}/2025 |" for i, thon in enumerate(
                         ["Đông", "Tây", "Nam", "Bắc", "Trung", "Đồng Tâm", "Thái Bình", "Hòa Bình", "Phú Mỹ",
                          "Tân Lập", "An Phú", "Thuận Hòa", "Quyết Tiến", "Đoàn Kết"], start=1)) +
                 "\nII. TỔ CHỨC THỰC HIỆN\n1. Công chức Địa chính - Xây dựng theo dõi, tổng hợp, báo cáo.\n")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("pattern, where, running_text, kept", [
    ("{page}", "header", True, ["Chân trang số hiệu tệp - không thuộc kế hoạch"]),  # the title over the number
    ("Kế hoạch số 15/KH-UBND\t\tTrang {page}", "header", False, []),  # the number on the title's line
    ("{page}\t\tKế hoạch phòng chống thiên tai", "header", False, []),
    ("Kế hoạch phòng chống thiên tai\t\t{page}", "footer", False, []),
    ("Tệp KH 15 PCTT.docx - Trang {page}/{pages}", "footer", False,  # no tab: no page number's line
     ["Tệp KH 15 PCTT.docx - Trang 2/2"]),
])
def test_running_text_of_a_plan_of_two_pages_numbered_from_the_second(tmp_path, pattern, where, running_text, kept):
    """Nghị định 30/2020/NĐ-CP numbers a plan's pages from the second, so a plan of two pages prints
    its header once: no other page repeats it, yet the page number marks it as the page's header.
    A running title over the number, or holding the page's number a tab away, is dropped; the task
    table reads as one, nothing between its rows. What no page number marks stays (a footer of
    page 2 alone, a title whose number is no part set apart by a tab)."""
    from render_docx import render_docx

    docx_path = render_docx(TWO_PAGE_PLAN, tmp_path / "plan.docx", "md", word_layout=True, page_number=pattern,
                            page_number_in=where, running_text=running_text)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=120)
    path = tmp_path / "plan.pdf"
    raw = pdf.read(path.read_bytes(), path)
    assert raw.pages == 2
    with pdfplumber_open(path.read_bytes()) as doc:   # the header or footer is printed on page 2
        printed = doc.pages[1].extract_text().split("\n")
        assert "hoạch" in " ".join(printed[:2] if where == "header" else printed[-2:]) or kept
    texts = [ln.text for ln in raw.lines]
    assert not any("không thuộc kế hoạch" in t or "Kế hoạch phòng chống" in t or "Kế hoạch số" in t
                   for t in texts if t not in kept)
    assert [t for t in kept if t in texts] == kept
    table = [k for k, ln in enumerate(raw.lines) if ln.cells is not None]
    assert len(table) >= 15 and table == list(range(table[0], table[-1] + 1))
    assert len({raw.lines[k].page for k in table}) == 2
    assert texts[-1] in ("1. Công chức Địa chính - Xây dựng theo dõi, tổng hợp, báo cáo.", *kept)


def _flat_table_pages(head: str, top: float, first_row: int = 1) -> bytes:
    """Three pages: prose, then a table set as prose (its header on one line, each cell a line of
    its own) whose header line is printed again atop page 3, both times in the top margin."""
    body = [(f"{k}. Nội dung mục đích, yêu cầu số {k} của kế hoạch phòng, chống dịch bệnh năm 2025.")
            for k in range(1, 21)]
    first = ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "KẾ HOẠCH", "Phòng, chống dịch bệnh năm 2025", "I. MỤC ĐÍCH"] + body + [
        "II. NHIỆM VỤ CỤ THỂ"]

    def rows(a: int, b: int) -> list[str]:
        return [cell for i in range(a, b) for cell in (str(i), f"Tuyên truyền phòng, chống sốt xuất huyết tại thôn {i}",
                                                      "Trạm Y tế xã", f"Tháng {i}/2025")]

    pages = [first, [head] + rows(first_row, 9), [head] + rows(9, 12) + ["III. TỔ CHỨC THỰC HIỆN",
                                                                         "Trạm Y tế xã theo dõi, tổng hợp, báo cáo."]]
    return _draw_runs([[(842 - top - 20 * i, [(72, text)]) for i, text in enumerate(page)] for page in pages], 13)


@pytest.mark.parametrize("head, first_row", [("STT Nội dung công việc Đơn vị chủ trì Thời gian", 1),
                                             ("TT Nhiệm vụ Đơn vị thực hiện Thời hạn hoàn thành", 1),
                                             ("STT Hoạt động Cơ quan chủ trì Cơ quan phối hợp", 1),
                                             ("STT Nội dung công việc Đơn vị chủ trì Thời gian", 2)])
def test_a_tables_header_line_atop_each_page_is_no_running_text(head, first_row):
    """A table read as prose lines prints its header line atop each page it runs on to, in the top
    margin, as a running header would stand; it is the table's header: kept (the table reader needs
    the first, and drops the repeats itself), and the first row's number under it is no page number,
    even when it is the page's own ("2" on page 2)."""
    raw = pdf.read(_flat_table_pages(head, 60, first_row), Path("flat.pdf"))
    texts = [(ln.page, ln.text) for ln in raw.lines]
    assert (2, head) in texts and (3, head) in texts
    assert texts[texts.index((2, head)) + 1] == (2, str(first_row)) and texts[texts.index((3, head)) + 1] == (3, "9")
    assert sum(t == str(i) for _, t in texts for i in range(first_row, 12)) == 12 - first_row


def test_a_running_title_on_every_page_is_still_dropped():
    """(the negative of the above: a title over each page's body, no table's header, is running text)"""
    title = "Kế hoạch phòng, chống dịch bệnh xã Tân Lập năm 2025"
    runs = [[(842 - 30, [(150, title)])] + [(842 - 60 - 20 * i, [(72, f"Dòng nội dung {p}.{i} của kế hoạch.")])
                                            for i in range(5)] for p in range(3)]
    texts = [ln.text for ln in pdf.read(_draw_runs(runs, 13), Path("title.pdf")).lines]
    assert title not in texts and len(texts) == 15


def _page_texts(raw, page: int) -> list[str]:
    return [ln.text for ln in raw.lines if ln.page == page]


@pytest.mark.parametrize("margin, running", [
    # the number over a running line (the plan's number, a short title, the issuer and title)
    (dict(number="{page}", running="Kế hoạch số 15/KH-UBND"), "Kế hoạch số 15/KH-UBND"),
    (dict(number="- {page} -", running="KH phòng chống thiên tai 2025"), "KH phòng chống thiên tai 2025"),
    (dict(number="{page}", running="UBND xã Đại Đồng - Phòng chống thiên tai năm 2025"),
     "UBND xã Đại Đồng - Phòng chống thiên tai năm 2025"),
    # numbered with an offset (pages 3-4 of a bundle): the running line above the number
    (dict(number="{page}", offset=2, first_page=True, running="Kế hoạch số 15/KH-UBND", running_at="above"),
     "Kế hoạch số 15/KH-UBND"),
    (dict(number="Trang {page}/{pages}", offset=2, total=7, first_page=True, running="Kế hoạch số 15/KH-UBND",
          running_at="above"), "Kế hoạch số 15/KH-UBND"),
    (dict(number="Trang {page}/{pages}", offset=5, total=9, running="Phụ lục hồ sơ kỳ họp - KH 15/KH-UBND",
          running_at="above"), "Phụ lục hồ sơ kỳ họp - KH 15/KH-UBND"),
    # at the foot: a file name under a number with an offset
    (dict(number="- {page} -", where="footer", offset=4, first_page=True, running="Tệp KH15-PCTT.docx"),
     "Tệp KH15-PCTT.docx"),
])
def test_a_running_line_beside_the_page_number_of_a_two_page_plan_is_dropped(tmp_path, margin, running):
    """A plan of two pages prints its header or footer on one page (or both, numbered from a bundle's
    page 3): no other page repeats it, so only the page number marks it. A running line under the
    number down to the wider space before the body, or between the number and the page's edge when
    the number is the page's own, its place in the file or the one after the page before's printed
    number, or a "Trang N/M", is dropped; the task table reads as one, nothing between its rows."""
    path = render_pdf(TWO_PAGE_PLAN, tmp_path / "plan.pdf", margin=margin)
    raw = pdf.read(path.read_bytes(), path)
    assert raw.pages == 2
    with pdfplumber_open(path.read_bytes()) as doc:   # printed on page 2
        assert running in doc.pages[1].extract_text()
    texts = [ln.text for ln in raw.lines]
    assert running not in texts and not any(PAGE_NUMBER.match(t) for t in texts)
    table = [k for k, ln in enumerate(raw.lines) if ln.cells is not None]
    assert len(table) >= 15 and table == list(range(table[0], table[-1] + 1))
    assert texts[-1] == "1. Công chức Địa chính - Xây dựng theo dõi, tổng hợp, báo cáo."
    assert texts[:2] == ["ỦY BAN NHÂN DÂN", "XÃ ĐẠI ĐỒNG"]


def _top_runs(top: list[tuple[int, float, str]], body: list[str], body_top: float = 80, pitch: float = 20):
    """Page 2's runs: lines at (distance from the top, x, text), then the body's lines."""
    return [(842 - d, [(x, t)]) for d, x, t in top] + [(842 - body_top - pitch * i, [(72, t)]) for i, t in enumerate(body)]


ITEMS = [f"{k}. Nội dung nhiệm vụ số {k} của kế hoạch phòng, chống thiên tai năm 2025 của xã." for k in range(1, 30)]
ITEMS_PAGE1 = [(842 - 80 - 20 * i, [(72, t)]) for i, t in enumerate(
    ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "KẾ HOẠCH", "Phòng chống thiên tai năm 2025", "I. NHIỆM VỤ"] + ITEMS[:20])]


@pytest.mark.parametrize("top, body_top, kept", [
    # under the number with the body's own space: a heading or item opening the body
    ([(30, 297, "2"), (45, 72, "III. TỔ CHỨC THỰC HIỆN")], 80, ["III. TỔ CHỨC THỰC HIỆN"]),
    ([(30, 297, "2"), (45, 72, "a) Công an xã chủ trì")], 80, ["a) Công an xã chủ trì"]),
    ([(30, 297, "2"), (50, 72, "Tiếp tục thực hiện các nội dung")], 70, ["Tiếp tục thực hiện các nội dung"]),
    # a full line of the body under the number
    ([(30, 297, "2"), (45, 72, ITEMS[25] + " Thực hiện nghiêm túc.")], 80, [ITEMS[25] + " Thực hiện nghiêm túc."]),
    # a number that is not the page's (no page before printed one): a row's STT may stand there
    ([(30, 200, "Kế hoạch số 45/KH-UBND"), (45, 297, "5")], 80, ["Kế hoạch số 45/KH-UBND"]),
])
def test_lines_under_a_page_number_that_are_the_bodys_stay(top, body_top, kept):
    raw = pdf.read(_draw_runs([ITEMS_PAGE1, _top_runs(top, ITEMS[20:], body_top)]), Path("p.pdf"))
    texts = _page_texts(raw, 2)
    assert texts[:len(kept)] == kept and texts[len(kept):] == ITEMS[20:]


def test_a_running_line_under_the_number_set_apart_from_the_body_is_dropped():
    raw = pdf.read(_draw_runs([ITEMS_PAGE1, _top_runs([(30, 297, "2"), (45, 200, "Kế hoạch số 45/KH-UBND")], ITEMS[20:])]),
                   Path("p.pdf"))
    assert _page_texts(raw, 2) == ITEMS[20:]


def test_page_numbers_with_an_offset_follow_the_first_printed():
    """Page 1 prints "3" (a bundle's page): page 2's "4" is its own number, the running title over it
    goes; with nothing printed on page 1 a "4" is only a number and what is above it stays."""
    title = (30, 200, "Kế hoạch số 45/KH-UBND")
    first = ITEMS_PAGE1 + [(842 - 30, [(297, "3")])]
    raw = pdf.read(_draw_runs([first, _top_runs([title, (45, 297, "4")], ITEMS[20:])]), Path("p.pdf"))
    assert _page_texts(raw, 2) == ITEMS[20:] and "3" not in _page_texts(raw, 1)
    raw = pdf.read(_draw_runs([ITEMS_PAGE1, _top_runs([title, (45, 297, "4")], ITEMS[20:])]), Path("p.pdf"))
    assert _page_texts(raw, 2) == ["Kế hoạch số 45/KH-UBND"] + ITEMS[20:]


def _flat_rows(a: int, b: int) -> list[str]:
    return [cell for i in range(a, b) for cell in (str(i), f"Tuyên truyền phòng, chống sốt xuất huyết tại thôn {i}",
                                                  "Trạm Y tế xã", f"Tháng {i}/2025")]


def _flat_table(rows1: tuple[int, int], rows2: tuple[int, int], top: list[tuple[int, float, str]] = ()) -> bytes:
    first = [(842 - 80 - 18 * i, [(72, t)]) for i, t in enumerate(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "KẾ HOẠCH", "Phòng chống dịch năm 2025", "I. NHIỆM VỤ",
         "STT Nội dung công việc Đơn vị chủ trì Thời gian"] + _flat_rows(*rows1))]
    second = [(842 - d, [(x, t)]) for d, x, t in top] + [(842 - 60 - 18 * i, [(72, t)]) for i, t in enumerate(
        _flat_rows(*rows2) + ["II. TỔ CHỨC THỰC HIỆN", "Trạm Y tế xã theo dõi, tổng hợp."])]
    return _draw_runs([first, second], 13)


@pytest.mark.parametrize("rows1, rows2", [((1, 8), (8, 11)), ((1, 3), (3, 6)), ((4, 10), (10, 12)), ((1, 2), (2, 4))])
def test_an_stt_in_the_top_margin_carrying_on_the_rows_is_kept(rows1, rows2):
    """A table set as prose (each cell a line) runs on to page 2 with no header repeated: the row
    number atop the page, in the margin where a page number stands, is one more than the last row's
    of page 1 and no row of that number follows: the next row's STT, kept (even when it is "2" on
    page 2)."""
    raw = pdf.read(_flat_table(rows1, rows2), Path("flat.pdf"))
    texts = _page_texts(raw, 2)
    assert texts[0] == str(rows2[0]) and texts[:8] == _flat_rows(*rows2)[:8]


@pytest.mark.parametrize("rows1, rows2, top", [
    ((1, 8), (8, 11), [(30, 297, "2")]),       # the page's own number, centred, over row 8: dropped
    ((1, 2), (2, 4), [(30, 297, "2")]),        # "2" after row 1, but row 2 follows it: the page's
    ((1, 2), (2, 4), [(30, 72, "2")]),         # (at the left too)
    ((1, 5), (5, 8), [(30, 72, "9")]),         # no sequence: 9 after row 4
])
def test_a_page_number_over_the_rest_of_a_table_is_still_dropped(rows1, rows2, top):
    raw = pdf.read(_flat_table(rows1, rows2, top), Path("flat.pdf"))
    texts = _page_texts(raw, 2)
    assert texts[:8] == _flat_rows(*rows2)[:8]


def test_the_composed_word_export_with_the_plans_number_over_each_page():
    """A commune of Khánh Hòa after the 2025 merger, exported from Word by LibreOffice: its running
    title names the plan by its own number, its footer prints "Trang N/M"; neither lands in the text,
    and the task table, its header row repeated on each page, reads as one table."""
    path = Path(__file__).resolve().parents[1] / "data" / "raw" / "khanh-hoa-dien-khanh-phong-chong-thien-tai-2026.pdf"
    raw = pdf.read(path.read_bytes(), path)
    texts = [ln.text for ln in raw.lines]
    assert raw.pages == 3 and not any("ngày 20/01/2026 của UBND xã" in t or t.startswith("Trang ") for t in texts)
    table = [k for k, ln in enumerate(raw.lines) if ln.cells is not None]
    assert len({raw.lines[k].table_id for k in table}) == 1 and len({raw.lines[k].page for k in table}) >= 2
    assert table == list(range(table[0], table[-1] + 1))
    assert [raw.lines[k].cells[0] for k in table if raw.lines[k].cells[0].isdigit()][-1] == "10"


# ---------------------------------------------------------------- a running title printed once (two pages)
RUNNING_TITLE = "UBND xã Đại Đồng - Kế hoạch phòng chống thiên tai năm 2025"


def _headed_plan(tmp_path: Path, style: str, footer: str, start: int | None) -> Path:
    """TWO_PAGE_PLAN typed in Word with "different first page": page 2 alone prints the running title
    in its header (style: "italic" 10 pt italic, "small" 10 pt upright, "rule" body size over a
    bottom border, "plain" body size and nothing else) and its number in the footer (footer's
    pattern; start=0: Word counts page 1 as 0, so page 2 prints 1), exported by LibreOffice."""
    import docx
    from docx.shared import Pt
    from render_docx import _el, render_docx

    path = render_docx(TWO_PAGE_PLAN, tmp_path / "plan.docx", "md", word_layout=True, page_number=footer,
                       page_number_in="footer", running_text=False)
    document = docx.Document(str(path))
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.text = ""
    run = head.add_run(RUNNING_TITLE)
    if style in ("italic", "small"):
        run.italic, run.font.size = style == "italic", Pt(10)
    if style == "rule":
        borders = _el("w:pBdr")
        borders.append(_el("w:bottom", val="single", sz="6", space="1", color="000000"))
        head._p.get_or_add_pPr().append(borders)
    if start is not None:
        from docx.oxml.ns import qn

        sect_pr = section._sectPr   # (schema order: pgNumType before cols)
        cols = sect_pr.find(qn("w:cols"))
        number = _el("w:pgNumType", start=str(start))
        cols.addprevious(number) if cols is not None else sect_pr.append(number)
    document.save(str(path))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=120)
    return tmp_path / "plan.pdf"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("style, footer, start, printed", [
    ("italic", "- {page} -", None, "- 2 -"),
    ("rule", "Trang {page}", None, "Trang 2"),
    ("plain", "{page}", 0, "1"),            # numbered from 1 on page 2
    ("small", "- {page} -", 0, "- 1 -"),
    ("italic", "Trang {page}", 0, "Trang 1"),
])
def test_a_running_title_printed_once_over_the_rest_of_a_table_is_dropped(tmp_path, style, footer, start, printed):
    """A plan of two pages prints its running title once, at the top of page 2, its number in the
    footer: no repeat and no page number beside it tell it, but it stands above the body's frame (where
    page 1's text begins), apart from the body, in a smaller or slanted type or in the words of the
    issuer and the title. It is dropped: the task table reads as one, nothing between its rows."""
    path = _headed_plan(tmp_path, style, footer, start)
    raw = pdf.read(path.read_bytes(), path)
    assert raw.pages == 2
    with pdfplumber_open(path.read_bytes()) as doc:
        page2 = doc.pages[1].extract_text().split("\n")
        assert page2[0] == RUNNING_TITLE and page2[-1] == printed
    texts = [ln.text for ln in raw.lines]
    assert RUNNING_TITLE not in texts and not any(PAGE_NUMBER.match(t) for t in texts)
    table = [k for k, ln in enumerate(raw.lines) if ln.cells is not None]
    assert len(table) >= 15 and table == list(range(table[0], table[-1] + 1))
    assert len({raw.lines[k].table_id for k in table}) == 1
    assert texts[-1] == "1. Công chức Địa chính - Xây dựng theo dõi, tổng hợp, báo cáo."


def _sized_runs(pages: list[list[tuple[float, float, str, float]]], rule: float | None = None) -> bytes:
    """A PDF whose pages hold lines drawn at (distance from the top, x, text, size); rule: a rule across
    the text's width this far from the top of every page after the first."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for k, runs in enumerate(pages):
        for d, x, text, size in runs:
            c.setFont(font, size)
            c.drawString(x, 842 - d, text)
        if k and rule is not None:
            c.line(72, 842 - rule, 523, 842 - rule)
        c.showPage()
    c.save()
    return buf.getvalue()


HEADED_PAGE1 = [(80 + 20 * i, 72, t, 13) for i, t in enumerate(
    ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "KẾ HOẠCH", "Phòng chống thiên tai năm 2025", "I. NHIỆM VỤ"] + ITEMS[:20])]


def _page2(top: list[tuple[float, float, str, float]], body: list[str], body_top: float = 80) -> list:
    return top + [(body_top + 20 * i, 72, t, 13) for i, t in enumerate(body)]


@pytest.mark.parametrize("top, body_top, rule", [
    # above the frame (page 1's text begins at 80): small, or in the title's and issuer's words
    ([(40, 150, "Kế hoạch phòng chống thiên tai năm 2025 - UBND xã Tân Lập", 10)], 80, None),
    ([(40, 150, "KH phòng chống thiên tai xã Tân Lập", 13)], 80, None),
    ([(30, 150, "UBND xã Tân Lập - Phòng chống thiên tai năm 2025", 13)], 80, None),
    # inside the frame: over a rule, or the title's words over a wider space
    ([(80, 150, "Phòng chống thiên tai 2025", 10)], 100, 84),
    ([(80, 150, "KH phòng chống thiên tai năm 2025 - xã Tân Lập", 13)], 100, 84),
    ([(80, 150, "UBND xã Tân Lập - Phòng chống thiên tai năm 2025", 13)], 110, None),
])
def test_a_running_title_drawn_over_page_2_is_dropped(top, body_top, rule):
    raw = pdf.read(_sized_runs([HEADED_PAGE1, _page2(top, ITEMS[20:], body_top)], rule), Path("p.pdf"))
    assert _page_texts(raw, 2) == ITEMS[20:]


CARRIED = ["đến toàn thể Nhân dân trên địa bàn xã.", *ITEMS[20:]]


@pytest.mark.parametrize("top, body, body_top", [
    # a heading or item opening page 2, set apart from the body by space
    ([(40, 72, "III. TỔ CHỨC THỰC HIỆN", 13)], ITEMS[20:], 80),
    ([(40, 72, "a) Công an xã chủ trì, phối hợp", 13)], ITEMS[20:], 80),
    # a body sentence opening with the plan's title words, at the body's top, in the body's type
    ([(80, 72, "Kế hoạch phòng chống thiên tai năm 2025 của UBND xã Tân Lập được phổ biến", 13)], CARRIED, 100),
    # a table's header line, a row of a table set without rules, a line carrying on a sentence
    ([(40, 72, "STT Nội dung công việc Đơn vị chủ trì Thời gian", 10)], ITEMS[20:], 80),
    ([(40, 72, "21 Tuyên truyền phòng chống thiên tai Công an xã Tháng 5/2025", 10)], ITEMS[20:], 80),
    ([(40, 72, "phòng chống thiên tai năm 2025 của xã Tân Lập", 10)], ITEMS[20:], 80),
    # a small line that shares the body's space (no wider space, no rule, inside the frame)
    ([(80, 72, "Ghi chú: các thôn gửi báo cáo về UBND xã Tân Lập", 10)], ITEMS[20:], 96),
    # a small note over the body, a wider space under it, but no title's words
    ([(80, 400, "Đơn vị tính: triệu đồng", 10)], ITEMS[20:], 110),
])
def test_lines_atop_page_2_that_are_the_bodys_stay(top, body, body_top):
    raw = pdf.read(_sized_runs([HEADED_PAGE1, _page2(top, body, body_top)]), Path("p.pdf"))
    assert _page_texts(raw, 2) == [top[0][2]] + body


@pytest.mark.parametrize("runs, gone", [
    # page 1 prints no number, page 2 prints 1 (Word's first page counted as 0): the page's own
    # number, so the running line under it, set apart from the body, is the header's
    ([(30, 297, "1", 13), (45, 200, "Kế hoạch số 45/KH-UBND", 13)], ["1", "Kế hoạch số 45/KH-UBND"]),
    ([(30, 297, "- 1 -", 13), (45, 200, "Kế hoạch số 45/KH-UBND", 13)], ["- 1 -", "Kế hoạch số 45/KH-UBND"]),
    # at the foot: the file's name under the number
    ([(800, 297, "1", 13), (815, 72, "Tệp KH45-PCTT.docx", 13)], ["1", "Tệp KH45-PCTT.docx"]),
    ([(800, 297, "2", 13), (815, 72, "Tệp KH45-PCTT.docx", 13)], ["2", "Tệp KH45-PCTT.docx"]),
])
def test_a_plan_numbered_from_1_on_its_second_page(runs, gone):
    raw = pdf.read(_sized_runs([HEADED_PAGE1, _page2(runs, ITEMS[20:])]), Path("p.pdf"))
    texts = _page_texts(raw, 2)
    assert texts == ITEMS[20:] and not set(gone) & set(texts)
    # with a number printed on page 1 ("1"), page 2's "1" is no page's own: the line by it stays
    if "1" in runs[0][2]:
        numbered = HEADED_PAGE1 + [(800, 297, "1", 13)]
        texts = _page_texts(pdf.read(_sized_runs([numbered, _page2(runs, ITEMS[20:])]), Path("p.pdf")), 2)
        assert runs[1][2] in texts


def test_the_composed_two_page_plan_with_its_running_title_on_page_2():
    """A commune's plan of two pages, exported from Word with "different first page": page 2 alone
    prints the running title (10 pt italic) over the rest of the task table, and "- 1 -" in its footer
    (pages counted from 0). Neither lands in the text; the table reads as one, its cut row joined."""
    from pipeline.extract import extract

    path = Path(__file__).resolve().parents[1] / "data" / "raw" / "hoang-hoa-hoang-quy-phong-chong-benh-dai-2025.pdf"
    raw = pdf.read(path.read_bytes(), path)
    texts = [ln.text for ln in raw.lines]
    assert raw.pages == 2 and not any(t.startswith("UBND xã Hoằng Quỳ - Kế hoạch") or t == "- 1 -" for t in texts)
    table = [k for k, ln in enumerate(raw.lines) if ln.cells is not None]
    assert table == list(range(table[0], table[-1] + 1)) and len({raw.lines[k].page for k in table}) == 2
    plan = extract(str(path))
    assert [t.label for t in plan.tasks] == [str(i) for i in range(1, 8)]
    assert plan.tasks[3].text.endswith("xử phạt các chủ nuôi không tiêm phòng")


# ---------------------------------------------------------------- cells printed turned, watermarks
TURNED_HEAD_COLUMNS = [(60, 92), (92, 300), (300, 420), (420, 470), (470, 545)]
TURNED_HEAD_ROWS = [["1", "Rà soát, cập nhật danh sách hộ nghèo", "Công chức LĐTBXH", "Tháng 3", ""],
                    ["2", "Tuyên truyền Luật Phòng cháy", "Công an xã", "Quý II", "Hằng tháng"]]


def _draw_turned_head(head: list[str], turned: list[bool], up: bool = True, mark: str | None = None,
                      margin: str | None = None) -> bytes:
    """A ruled task table whose narrow header cells are printed turned a quarter (running up or down),
    optionally under a watermark drawn slanting across the table and with a note up the margin."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, 13)
    c.drawString(72, 780, "II. NHIỆM VỤ CỤ THỂ")
    top, head_h, row_h = 760, 80, 30
    ys = [top, top - head_h] + [top - head_h - row_h * (i + 1) for i in range(len(TURNED_HEAD_ROWS))]
    left, right = TURNED_HEAD_COLUMNS[0][0], TURNED_HEAD_COLUMNS[-1][1]
    for y in ys:
        c.line(left, y, right, y)
    for x in [a for a, _ in TURNED_HEAD_COLUMNS] + [right]:
        c.line(x, ys[0], x, ys[-1])
    c.setFont(font, 11)
    for (x0, x1), text, turn in zip(TURNED_HEAD_COLUMNS, head, turned):
        if not turn:
            c.drawString(x0 + 3, top - 42, text)
            continue
        c.saveState()
        if up:
            c.translate((x0 + x1) / 2 + 4, top - head_h + 5)
            c.rotate(90)
        else:
            c.translate((x0 + x1) / 2 - 4, top - 5)
            c.rotate(-90)
        c.drawString(0, 0, text)
        c.restoreState()
    for i, row in enumerate(TURNED_HEAD_ROWS):
        for (x0, _), text in zip(TURNED_HEAD_COLUMNS, row):
            c.drawString(x0 + 3, top - head_h - row_h * i - 20, text)
    c.setFont(font, 13)
    c.drawString(72, ys[-1] - 30, "III. TỔ CHỨC THỰC HIỆN")
    if mark:
        c.saveState()
        c.setFont(font, 44)
        c.setFillGray(0.85)
        c.translate(120, 560)
        c.rotate(35)
        c.drawString(0, 0, mark)
        c.restoreState()
    if margin:
        c.saveState()
        c.setFont(font, 8)
        c.translate(30, 300)
        c.rotate(90)
        c.drawString(0, 0, margin)
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("up", [True, False], ids=["up", "down"])
@pytest.mark.parametrize("head, turned", [
    (["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "Ghi chú"], [True, False, False, True, True]),
    (["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Tiến độ", "Phối hợp"], [True, False, False, True, True]),
    (["STT", "Nội dung", "Chủ trì", "Thời hạn", "Ghi chú"], [True, False, True, True, False]),
])
def test_a_header_cell_printed_turned_reads_as_its_words(head, turned, up):
    """Narrow header cells set running up or down (pdfplumber gives their glyphs not upright): each
    reads as its words in order, the table's columns are found by them, and no letter leaks out."""
    from extractors.tables import is_header_row

    lines = pdf.read(_draw_turned_head(head, turned, up=up), Path("p.pdf")).lines
    rows = [ln.cells for ln in lines if ln.cells is not None]
    assert rows[0] == head
    assert is_header_row(rows[0])
    assert rows[1:] == TURNED_HEAD_ROWS
    assert [ln.text for ln in lines if ln.cells is None] == ["II. NHIỆM VỤ CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("mark, margin", [
    ("BẢN DỰ THẢO", None),
    ("TÀI LIỆU MẬT", "Ký bởi: Ủy ban nhân dân xã Tân Lập - 12.03.2025 09:15"),
    (None, "Văn bản được ký số trên hệ thống iOffice"),
])
def test_a_watermark_or_a_margin_note_turned_stays_out_of_the_table_and_the_prose(mark, margin):
    head = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "Ghi chú"]
    lines = pdf.read(_draw_turned_head(head, [True, False, False, True, True], mark=mark, margin=margin),
                     Path("p.pdf")).lines
    assert [ln.cells for ln in lines if ln.cells is not None] == [head, *TURNED_HEAD_ROWS]
    assert [ln.text for ln in lines if ln.cells is None] == ["II. NHIỆM VỤ CỤ THỂ", "III. TỔ CHỨC THỰC HIỆN"]


@pytest.mark.parametrize("angle", [2, -3, 8])
def test_a_slightly_skewed_line_is_no_watermark(angle):
    """Words set a few degrees off level (a scan's layer, a title set askew) are read, not dropped
    (how a skewed line falls into lines is not asked here)."""
    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(font, 13)
    c.saveState()
    c.translate(72, 700)
    c.rotate(angle)
    c.drawString(0, 0, "Ủy ban nhân dân xã Tân Lập")
    c.restoreState()
    c.showPage()
    c.save()
    words = [w for ln in pdf.read(buf.getvalue(), Path("p.pdf")).lines for w in ln.text.split()]
    assert sorted(words) == sorted("Ủy ban nhân dân xã Tân Lập".split())


# ---------------------------------------------------------------- a running title after a scanned page 1
def _first_page_scanned(pages: list[list[tuple[float, float, str, float]]], dpi: int = 250) -> bytes:
    """_sized_runs's PDF with its first page replaced by a scan of it (an image, no text): the signed
    first page scanned back into the typed file, or a page 1 whose text only OCR reads."""
    data = _sized_runs(pages)
    src = pypdfium2.PdfDocument(data)
    image = src[0].render(scale=dpi / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=float(dpi))
    out = pypdfium2.PdfDocument(buf.getvalue())
    out.import_pages(src, list(range(1, len(src))))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("top, body, body_top, kept", [
    # the issuer's and the title's words over a wider space: in the body's type, or smaller
    ([(30, 150, "UBND xã Tân Lập - Phòng chống thiên tai năm 2025", 13)], ITEMS[20:], 80, False),
    ([(40, 150, "Kế hoạch phòng chống thiên tai năm 2025 - UBND xã Tân Lập", 10)], ITEMS[20:], 80, False),
    # the body's: a sentence in the title's words sharing the body's space, a heading, a note
    ([(60, 72, "Kế hoạch phòng chống thiên tai năm 2025 của UBND xã Tân Lập được phổ biến", 13)], CARRIED, 80,
     True),
    ([(40, 72, "III. TỔ CHỨC THỰC HIỆN", 13)], ITEMS[20:], 80, True),
    ([(40, 400, "Đơn vị tính: triệu đồng", 10)], ITEMS[20:], 80, True),
])
def test_a_running_title_on_page_2_after_a_page_1_read_by_ocr(top, body, body_top, kept):
    """Page 1 gives no frame when OCR reads it: the first line of page 2, set apart from the body, is
    held until OCR has read page 1's header; in its words, it is the running title and is dropped."""
    ocr = pytest.importorskip("pipeline.ingest.ocr")
    try:
        ocr.check_tesseract()
    except Exception as exc:  # noqa: BLE001 - no Tesseract here: nothing to test
        pytest.skip(f"Tesseract unavailable: {exc}")
    raw = pdf.read(_first_page_scanned([HEADED_PAGE1, _page2(top, body, body_top)]), Path("p.pdf"))
    assert raw.ocr and raw.source_format == "pdf"
    assert [ln.text for ln in raw.lines if ln.page == 1][:2] == ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"]
    assert _page_texts(raw, 2) == ([top[0][2]] if kept else []) + body


# Group rows merged across a table printed without rules ("QUÝ I", "I. …" / "1. …"): Word draws no
# rule, so such a row crosses every column gap; the table goes on under it.
GROUPED_UNRULED_PLAN = UNRULED_PLAN.replace(
    "|---|---|---|---|---|\n| 1 |",
    "|---|---|---|---|---|\n| I. PHÒNG BỆNH CHỦ ĐỘNG TRÊN ĐÀN GIA CẦM | | | | |\n| 1 |").replace(
    "\n| 3 |", "\n| II. XỬ LÝ Ổ DỊCH | | | | |\n| 3 |")


@pytest.mark.parametrize("rules", ["none", "header"])
def test_group_rows_across_a_table_without_rules_are_rows_of_it(rules, tmp_path):
    from pipeline.extract import extract_bytes

    path = render_pdf(GROUPED_UNRULED_PLAN, tmp_path / "an-ninh.pdf", fmt="md", table_rules=rules)
    raw = pdf.read(path.read_bytes(), path)
    rows = [[flat(c) for c in ln.cells] for ln in raw.lines if ln.cells is not None]
    assert rows == [UNRULED_ROWS[0], ["I. PHÒNG BỆNH CHỦ ĐỘNG TRÊN ĐÀN GIA CẦM", "", "", "", ""], *UNRULED_ROWS[1:3],
                    ["II. XỬ LÝ Ổ DỊCH", "", "", "", ""], UNRULED_ROWS[3]]
    assert len({ln.table_id for ln in raw.lines if ln.cells is not None}) == 1
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [t.label for t in plan.tasks] == ["1", "2", "3"]
    # the part after the table is no group row: a heading, and its item an assignment
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II", "III"]
    assert [a.units for a in plan.assignments] == [["Công chức Nông nghiệp xã"]]


@pytest.mark.parametrize("rules, landscape", [("header", True), ("none", False)])
def test_an_appendix_without_rules_over_pages_with_group_rows(rules, landscape, tmp_path):
    """The Hà Nam plan's appendix printed without rules: group rows "I. …" and "1. …" across the
    table, the header repeated on each page, rows cut by page breaks, and on the last page the
    repeated header over one line, the end of the last row: every row one task, as from the ruled PDF."""
    import json
    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parents[1]
    stem = "ha-nam-chuyen-doi-so-nghi-quyet-57-2025"
    gold = json.loads((root / "tests" / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    source = (root / "tests" / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    path = render_pdf(source, tmp_path / f"{stem}.pdf", fmt="md", table_rules=rules, landscape_appendix=landscape)
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in plan.tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["timing_text"]) for g in gold]
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II", "III", "IV", "V", "PHỤ LỤC"]


def test_a_pdf_printed_from_a_vni_file_in_a_unicode_font_reads_as_its_unicode_twin(tmp_path):
    """A PDF printed from a VNI-Times file whose font was set to a Unicode one, the text unconverted:
    its text layer shows "KEÁ HOAÏCH"; its characters are repaired as the page is read (the header,
    retyped in Unicode, stays). (The printed layouts differ: the lines are compared as sets.)"""
    import pdfplumber

    lines = SHORT_PLAN.split("\n")
    plain = render_pdf(SHORT_PLAN, tmp_path / "u.pdf", fmt="txt")
    bad = render_pdf("\n".join(ln if k < 3 else encodings.encode_vni(ln).decode("cp1252", "replace")
                               for k, ln in enumerate(lines)), tmp_path / "m.pdf", fmt="txt")
    with pdfplumber.open(str(bad)) as doc:
        assert "KEÁ HOAÏCH" in doc.pages[0].extract_text()
    assert "KẾ HOẠCH" in [ln.text for ln in pdf.read(bad.read_bytes(), bad).lines]
    want = normalize(read_document(plain.read_bytes(), plain)).text.split("\n")
    got = normalize(read_document(bad.read_bytes(), bad)).text.split("\n")
    assert sorted(got) == sorted(want)


# A group row whose text wraps in its merged cell: the second line crosses the columns too, but
# opens with no marker of its own, so it is the rest of the row above, not a group row.
_WRAPPED_GROUP = ("I. PHÒNG BỆNH CHỦ ĐỘNG TRÊN ĐÀN GIA CẦM, THỦY CẦM VÀ GIA SÚC TẠI CÁC THÔN, BẢN CỦA XÃ TRONG "
                  "MÙA ĐÔNG XUÂN NĂM 2026")


@pytest.mark.parametrize("rules, second", [
    ("none", None),
    ("header", None),
    ("none", "1. Tiêm phòng định kỳ"),        # a group row of its own right under the wrapped one
    ("header", "QUÝ II NĂM 2025"),
])
def test_a_group_row_wrapped_over_two_lines_is_one_row(rules, second, tmp_path):
    from pipeline.extract import extract_bytes

    rows_in = f"| {_WRAPPED_GROUP} | | | | |\n" + (f"| {second} | | | | |\n" if second else "")
    plan_text = GROUPED_UNRULED_PLAN.replace("| I. PHÒNG BỆNH CHỦ ĐỘNG TRÊN ĐÀN GIA CẦM | | | | |\n", rows_in)
    path = render_pdf(plan_text, tmp_path / "an-ninh.pdf", fmt="md", table_rules=rules)
    raw = pdf.read(path.read_bytes(), path)
    rows = [[flat(c) for c in ln.cells] for ln in raw.lines if ln.cells is not None]
    groups = [r[0] for r in rows if not any(r[1:])]
    assert groups == [_WRAPPED_GROUP] + ([second] if second else []) + ["II. XỬ LÝ Ổ DỊCH"]
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [t.label for t in plan.tasks] == ["1", "2", "3"]
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II", "III"]


# ---------------------------------------------------------------- legacy text in a Unicode font
_HEADER_FIELDS = ("doc_type", "symbol", "issuer", "place", "issued_date", "title", "signer_name", "signer_title",
                  "signing_authority")


@pytest.mark.parametrize("encoding, caps_lock", [("tcvn3", True), ("tcvn3", False), ("vni", True)])
def test_a_pdf_printed_after_a_font_swap_reads_as_its_unicode_twin(tmp_path, encoding, caps_lock):
    """A .VnTime (VNI-Times) file whose whole text, header and all, was set in a Unicode font without
    being converted, then printed: no font name says the text layer is legacy text ("ñy ban nh©n d©n",
    its .VnTimeH lines typed with Caps Lock off in small letters). The characters are repaired before
    the page is read, so it is no garbled layer sent to OCR, its header's two columns are found and
    ordered as in the Unicode twin, and the plan reads the same."""
    import pdfplumber
    from pipeline.extract import extract_bytes
    from render_legacy_pdf import render_legacy_pdf

    bad = render_legacy_pdf(PLAN, tmp_path / "swapped.pdf", fmt="txt", encoding=encoding, font_swapped=True,
                            caps_lock=caps_lock)
    with pdfplumber.open(str(bad)) as doc:
        assert not any(encodings.font_encoding(c["fontname"]) for c in doc.pages[0].chars)
        layer = doc.pages[0].extract_text()
    assert ("ñy ban nh©n d©n x· b¶n lÇu" if not caps_lock else "ñY BAN NH¢N D¢N X· B¶N LÇU" if encoding == "tcvn3"
            else "UÛY BAN NHAÂN DAÂN") in layer
    good = render_pdf(PLAN, tmp_path / "unicode.pdf", fmt="txt")
    raw = read_document(bad.read_bytes(), bad)
    assert not raw.ocr
    texts = [ln.text for ln in raw.lines]
    twin = [ln.text for ln in read_document(good.read_bytes(), good).lines]
    # the header in the twin's order, line by line (the wider VNI glyphs wrap a column's line in two)
    head = texts[:texts.index("KẾ HOẠCH")]
    assert " ".join(head) == " ".join(twin[:twin.index("KẾ HOẠCH")])
    assert ("ỦY BAN NHÂN DÂN XÃ BẢN LẦU" in head) == (encoding == "tcvn3")
    assert words(" ".join(texts)) == words(" ".join(twin))
    got, want = extract_bytes(bad.read_bytes(), bad.name), extract_bytes(good.read_bytes(), good.name)
    # (the VNI layout wraps the issuer's column, "… XÃ BẢN" / "LẦU", which the Unicode one does not)
    fields = [f for f in _HEADER_FIELDS if encoding == "tcvn3" or f != "issuer"]
    assert [getattr(got.header, f) for f in fields] == [getattr(want.header, f) for f in fields]
    assert [(t.text, t.lead_units) for t in got.tasks] == [(t.text, t.lead_units) for t in want.tasks]


def test_tcvn3_e_acute_byte_in_a_unicode_font_is_e_not_d(tmp_path):
    """TCVN3 writes "é" as byte 0xD0, which a Unicode font shows as the Icelandic "Ð" that stands in for
    "Đ" elsewhere: in a mangled line it is "é" ("phÐp" is "phép"), and "§" (0xA7) is the "Đ"."""
    lines = ["Căn cứ Luật Phòng, chống thiên tai; Đội xung kích được phép dùng dây thép chằng chống nhà cửa.",
             "Kế hoạch: khép kín các điểm xung yếu; Đồn Biên phòng Cửa Hội phối hợp kiểm tra tàu thuyền."] * 3
    path = tmp_path / "e.pdf"
    path.write_bytes(draw_pdf([encodings.encode_tcvn3(ln).decode("cp1252") for ln in lines]))
    raw = read_document(path.read_bytes(), path)
    assert not raw.ocr and [ln.text for ln in raw.lines] == lines


def test_utf8_read_as_cp1252_in_a_pdf_layer_is_repaired_before_reading(tmp_path):
    """A UTF-8 text opened as Windows-1252 and printed ("Káº¿ hoáº¡ch"): its lines are UTF-8 again, the
    bytes Windows-1252 has no character for (shown as "�") put back as the letter the word needs
    ("Ä�á»™i" is "Đội", "Má»�i" is "Mọi"); none of the page goes to OCR."""
    lines = ["Căn cứ Kế hoạch số 118/KH-UBND của Ủy ban nhân dân huyện Mường Khương;",
             "Đội Quản lý thị trường phối hợp kiểm tra vệ sinh an toàn thực phẩm tại chợ và các bếp ăn;",
             "Trạm Y tế xã chủ trì tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại các thôn;",
             "Mọi người dân được tiếp cận dịch vụ y tế cơ bản, cấp giấy phép đúng quy định."]
    path = tmp_path / "u8.pdf"
    path.write_bytes(draw_pdf([ln.encode("utf-8").decode("cp1252", "replace") for ln in lines]))
    raw = pdf.read(path.read_bytes(), path)
    assert not raw.ocr and [ln.text for ln in raw.lines] == lines


def test_utf8_read_as_cp1252_whose_line_end_no_break_space_was_not_drawn(tmp_path):
    """"và" ending a line is "vÃ" and a no-break space in Windows-1252; a producer draws no space at a
    line's end, so the layer holds "vÃ": the letter is "à" (0xC3 0xA0), not "Á" (0xC3 0x81)."""
    lines = ["Căn cứ Kế hoạch số 27/KH-UBND của Ủy ban nhân dân tỉnh Hà Giang về tổ chức và",
             "các hoạt động; Đội Quản lý thị trường phối hợp kiểm tra vệ sinh an toàn thực phẩm và",
             "Trạm Y tế xã chủ trì tổ chức tiêm chủng mở rộng cho trẻ em dưới một tuổi tại các thôn;",
             "Ủy ban nhân dân xã mời các đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và"]
    path = tmp_path / "u8.pdf"
    path.write_bytes(draw_pdf([ln.encode("utf-8").decode("cp1252", "replace").rstrip("\xa0") for ln in lines]))
    raw = pdf.read(path.read_bytes(), path)
    assert not raw.ocr and [ln.text for ln in raw.lines] == lines


@pytest.mark.parametrize("lines", [
    ["Kế hoạch © 2025: ½ kinh phí, ¼ đối ứng, ¾ xã hội hóa; ± 5%.", "Đoàn công tác làm việc với ông Müller (Đức)."],
    ["Trao đổi với đối tác Øresund Æble ÅB về máy bơm; nhiệt độ 30°C.", "Ông Søren Ødegård, bà Ñúñez tham dự."],
])
def test_a_unicode_pdf_with_foreign_letters_is_left_alone(tmp_path, lines):
    """Latin-1 signs and foreign names in a Unicode plan are no mangled text: the page reads as drawn."""
    path = tmp_path / "u.pdf"
    path.write_bytes(draw_pdf(lines))
    assert encodings.may_be_mangled("".join(lines))
    assert [ln.text for ln in pdf.read(path.read_bytes(), path).lines] == lines


def _typed_rows(first: int, last: int, y: float) -> tuple[list, float]:
    """Rows of a schedule typed with tabs in the TYPED_HEAD columns, from y down."""
    runs = []
    for n in range(first, last + 1):
        runs += [(y, [(60, str(n)), (90, "Tuần tra, kiểm soát lâm sản trên"), (330, "Tổ Cơ động"),
                      (470, f"Quý {'I' * n}/2025")]),
                 (y - 15, [(90, f"các tuyến đường liên xã, đợt {n}")])]
        y -= 36
    return runs, y


@pytest.mark.parametrize("heading", ["III. TỔ CHỨC THỰC HIỆN", "IV. KINH PHÍ", "PHẦN II. GIẢI PHÁP"])
def test_a_part_heading_short_enough_to_keep_to_the_columns_ends_the_table(heading):
    """A part's heading after a table without rules may be short enough to sit inside the content
    column: the prose under it, crossing the columns, shows it opens the next part, not the last
    row's last line. Under a heading set where the page ends, nothing goes on either."""
    rows, y = _typed_rows(1, 2, 720)
    prose = (60, "1. Tổ Tổng hợp theo dõi, đôn đốc các tổ, trạm thực hiện Kế hoạch; tổng hợp, báo cáo kết quả.")
    page = [(740, TYPED_HEAD)] + rows + [(y - 2, [(90, heading)]), (y - 20, [prose])]
    raw = pdf.read(_draw_runs([page]), Path("typed.pdf"))
    assert [flat(ln.cells[1]) for ln in raw.lines if ln.cells is not None][1:] == [
        "Tuần tra, kiểm soát lâm sản trên các tuyến đường liên xã, đợt 1",
        "Tuần tra, kiểm soát lâm sản trên các tuyến đường liên xã, đợt 2"]
    assert [ln.text for ln in raw.lines if ln.cells is None] == [heading, prose[1]]
    raw = pdf.read(_draw_runs([[(740, TYPED_HEAD)] + rows + [(y - 2, [(90, heading)])]]), Path("typed.pdf"))
    assert [ln.text for ln in raw.lines if ln.cells is None] == [heading]


def test_a_group_row_numbered_as_a_part_inside_the_content_column_stays_in_the_table():
    """The same heading with rows keeping to the columns under it is a line of the table: it goes on."""
    rows, y = _typed_rows(1, 1, 720)
    more, _ = _typed_rows(2, 3, y - 20)
    page = [(740, TYPED_HEAD)] + rows + [(y - 2, [(90, "II. QUÝ II")])] + more
    raw = pdf.read(_draw_runs([page]), Path("typed.pdf"))
    cells = [ln.cells for ln in raw.lines if ln.cells is not None]
    assert [c[0] for c in cells] == ["TT", "1", "2", "3"] and "II. QUÝ II" in cells[1][1]
    assert [ln.text for ln in raw.lines if ln.cells is None] == []


# ---------------------------------------------------------------- unruled_tables on word lines
def _cells_line(cells: list[tuple[str, float]], top: float, size: float = 13.0) -> pdf.WordLine:
    """A WordLine of cells, each its text and the x it starts at."""
    words: list[dict] = []
    for text, x in cells:
        for t in text.split():
            words.append(_word(t, x, top, size))
            x = words[-1]["x1"] + size / 3
    return pdf.WordLine(words, top, top + size)


UNRULED_COLUMNS = (60.0, 100.0, 330.0, 470.0)


def _unruled_page(middle: str) -> list[pdf.WordLine]:
    """A task table without rules (header, two rows), `middle` in its content column, then prose."""
    rows = [("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"), ("1", "Tuyên truyền", "Phòng Y tế", "Quý II"),
            ("2", "Kiểm tra", "UBND các xã", "Quý III")]
    lines = [_cells_line(list(zip(r, UNRULED_COLUMNS)), 100 + 20 * k) for k, r in enumerate(rows)]
    return lines + [_cells_line([(middle, 100.0)], 160),
                    _cells_line([("Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện nghiêm túc.", 60.0)], 180)]


def _words_text(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


@pytest.mark.parametrize("heading", ["II. TỔ CHỨC", "II- TỔ CHỨC", "III: KINH PHÍ", "IV) KINH PHÍ", "PHẦN II. TỔ CHỨC"])
def test_a_part_heading_in_the_content_column_ends_a_table_without_rules(heading):
    tables, rest = pdf.unruled_tables(_unruled_page(heading), None, _words_text)
    assert [t.rows for t in tables] == [[["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                                         ["1", "Tuyên truyền", "Phòng Y tế", "Quý II"],
                                         ["2", "Kiểm tra", "UBND các xã", "Quý III"]]]
    assert [_words_text(ln.words) for ln in rest][0] == heading


# a word with a dash in it, an arabic item, a part in small letters: more of the row's content
@pytest.mark.parametrize("middle", ["X-QUANG PHỔI", "2- KIỂM TRA", "II- Tổ chức thực hiện"])
def test_other_lines_in_the_content_column_go_on_with_the_row(middle):
    tables, rest = pdf.unruled_tables(_unruled_page(middle), None, _words_text)
    assert tables[0].rows[-1] == ["2", f"Kiểm tra {middle}", "UBND các xã", "Quý III"]
    assert len(rest) == 1


@pytest.mark.parametrize("line, num", [
    ("III. TỔ CHỨC THỰC HIỆN", "III"), ("II- NỘI DUNG", "II"), ("IV: KINH PHÍ", "IV"), ("I) MỤC ĐÍCH", "I"),
    ("I.MỤC ĐÍCH", "I"), ("PHẦN II. NHIỆM VỤ", None), ("PHẦN 2: NHIỆM VỤ", None),
])
def test_part_heading(line, num):
    m = PART_HEADING.match(line)
    assert m is not None and m["num"] == num


@pytest.mark.parametrize("line", ["X-QUANG PHỔI", "V-LEAGUE", "II 2025", "IL. NỘI DUNG", "2. NỘI DUNG", "II. nội dung",
                                  "Phần II. Nhiệm vụ"])
def test_not_part_heading(line):
    assert PART_HEADING.match(line) is None


# ------------------------------------------------ a header row alone at the foot of a page
# Word, its header row not set to repeat, leaves it alone at a page's foot when no row fits under it:
# the rows, on the next page, are printed without rules or a header; their columns are the header's.
FOOT_TOP = [(800, [(60, "KẾ HOẠCH")]), (780, [(60, "Kiểm tra an toàn thực phẩm năm 2025")]),
            (760, [(60, "II. NỘI DUNG")]),
            (200, [(60, "Căn cứ tình hình thực tế, UBND huyện xây dựng các nhiệm vụ cụ thể như sau:")])]
FOOT_HEAD = [(60, "TT"), (90, "Nhiệm vụ"), (330, "Cơ quan thực hiện"), (470, "Thời hạn")]
FOOT_END = [(400, [(60, "III. TỔ CHỨC THỰC HIỆN")]), (380, [(60, "1. Phòng Y tế huyện theo dõi, báo cáo.")])]


def _foot_rows(top: float, n: int) -> list:
    runs = []
    for k in range(1, n + 1):
        runs += [(top, [(60, str(k)), (90, "Kiểm tra an toàn thực phẩm tại chợ Bình"), (330, "Phòng Y tế huyện"),
                        (470, f"Tháng {k}/2025")]),
                 (top - 15, [(90, f"Minh, đợt {k}"), (330, "phối hợp UBND xã")])]
        top -= 36
    return runs


@pytest.mark.parametrize("head", [
    [(120, FOOT_HEAD)],
    # the names wrapped in their cells: "Cơ quan thực" / "hiện", "Thời" / "hạn"
    [(134, [(60, "TT"), (90, "Nhiệm vụ"), (330, "Cơ quan thực"), (470, "Thời")]), (120, [(330, "hiện"), (470, "hạn")])],
])
def test_a_header_row_alone_at_a_page_s_foot_heads_the_rows_on_the_next(head):
    from pipeline.extract import extract_bytes

    data = _draw_runs([FOOT_TOP + head, _foot_rows(790, 3) + FOOT_END])
    raw = pdf.read(data, Path("foot.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in rows}) == 1 and [ln.page for ln in rows] == [1, 2, 2, 2]
    assert rows[0].cells == ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"]
    assert rows[1].cells == ["1", "Kiểm tra an toàn thực phẩm tại chợ Bình Minh, đợt 1",
                             "Phòng Y tế huyện phối hợp UBND xã", "Tháng 1/2025"]
    tasks = extract_bytes(data, "foot.pdf").tasks
    assert [(t.label, t.lead_units, t.support_units, t.timing_text) for t in tasks] == [
        (str(k), ["Phòng Y tế huyện"], ["UBND xã"], f"Tháng {k}/2025") for k in (1, 2, 3)]


def test_a_header_alone_at_a_page_s_foot_leaves_the_next_page_s_prose_alone():
    """The next page opens with prose, not rows: the header heads nothing, the prose stays prose."""
    prose = [(790, [(60, "Các nội dung trên được triển khai đồng bộ trên địa bàn huyện, gắn với việc")]),
             (772, [(60, "kiểm tra, giám sát thường xuyên của các cơ quan chức năng.")])]
    raw = pdf.read(_draw_runs([FOOT_TOP + [(120, FOOT_HEAD)], prose + FOOT_END]), Path("foot.pdf"))
    assert [ln.cells for ln in raw.lines if ln.cells is not None] == [["TT", "Nhiệm vụ", "Cơ quan thực hiện",
                                                                         "Thời hạn"]]
    assert [ln.text for ln in raw.lines if ln.page == 2][:2] == [
        "Các nội dung trên được triển khai đồng bộ trên địa bàn huyện, gắn với việc",
        "kiểm tra, giám sát thường xuyên của các cơ quan chức năng."]


def test_a_header_line_with_lines_under_it_on_its_page_is_no_header_alone():
    """At a page's foot, a line of a row's text under the header (a first row printed without its
    STT) is no wrapped name: the header is not taken alone, and with one line under it no table."""
    runs = FOOT_TOP + [(134, FOOT_HEAD), (120, [(90, "Kiểm tra chợ Bình Minh"), (330, "Phòng Y tế")])]
    raw = pdf.read(_draw_runs([runs, FOOT_END]), Path("foot.pdf"))
    assert [ln.cells for ln in raw.lines if ln.cells is not None] == []


def test_a_composed_plan_whose_header_row_ends_page_one():
    """The Bắc Nha Trang plan printed without rules, its header row not repeated: Word left the
    header alone at the foot of page 1. Every task keeps its columns."""
    import json

    from pipeline.extract import extract_bytes

    stem = "khanh-hoa-bac-nha-trang-phong-chong-sot-xuat-huyet-2026"
    root = Path(__file__).resolve().parent
    data = (root.parent / "data" / "raw" / f"{stem}.pdf").read_bytes()
    raw = pdf.read(data, Path(f"{stem}.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert [ln.page for ln in rows[:2]] == [1, 2] and len({ln.table_id for ln in rows}) == 1
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in extract_bytes(data, stem + ".pdf").tasks] \
        == [(g["text"], g["lead_units"], g["support_units"], g["timing_text"]) for g in gold]


# ---------------------------------------------------------------- typed pages and scanned pages in one PDF
MIXED_SOURCE = Path(__file__).resolve().parent / "composed_sources" / \
    "hau-giang-vi-thuy-vi-thang-phong-chong-tac-hai-thuoc-la-2025.md"


@pytest.mark.parametrize("stamp", ["2", "Ký bởi: Ủy ban nhân dân xã Vị Thắng - Ngày ký: 22/04/2025 08:15 - Trang 2"])
def test_a_typed_page_then_a_scanned_page_each_read_by_its_reader_in_order(tmp_path, stamp):
    """Page 1 typed (its text layer), page 2 the signed page scanned back in, its only text a page
    number or a signing service's stamp: page 2 alone goes to OCR, and the pages stay in order."""
    pytest.importorskip("pytesseract")
    from composed_sources.mixed_scans import scan_images, stamped_page
    from render import splice_pages

    typed = render_pdf(MIXED_SOURCE.read_text(encoding="utf-8"), tmp_path / "typed.pdf", fmt="md")
    assert pdf.pages_needing_ocr(typed.read_bytes()) == {}   # (the typed twin: no page wants OCR)
    scan = render_scan(typed, tmp_path / "scan.pdf", dpi=200, skew_deg=0.5, seed=5, pages=[2], grey=True)
    page = stamped_page(scan_images(scan)[0], tmp_path / "page2.pdf", stamp)
    mixed = splice_pages(typed, page, tmp_path / "mixed.pdf", [2])
    raw = read_document(mixed.read_bytes(), mixed)
    assert (raw.source_format, raw.ocr, raw.pages) == ("pdf", True, 2)
    assert [ln.page for ln in raw.lines] == sorted(ln.page for ln in raw.lines)
    texts = [ln.text for ln in raw.lines]
    first = [ln.text for ln in raw.lines if ln.page == 1]
    assert first[0] == "ỦY BAN NHÂN DÂN" and any("NHIỆM VỤ CỤ THỂ" in t for t in first)
    assert any(ln.page == 2 and "Trần Văn Nghĩa" in ln.text for ln in raw.lines)   # (only OCR reads it)
    # the text layer's stamp is not read besides the OCR of the page that prints it
    assert texts.count(stamp) <= 1 and stamp not in first


# ------------------------------------------------------- a task table printed with no header row
HEADLESS_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG AN KHÊ
Số: 09/KH-UBND
An Khê, ngày 4 tháng 3 năm 2026
KẾ HOẠCH
Ra quân làm sạch môi trường, phân loại rác tại nguồn năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao ý thức giữ gìn vệ sinh môi trường của Nhân dân trên địa bàn phường.
II. NHIỆM VỤ CỤ THỂ
| 1 | Tuyên truyền trên hệ thống loa truyền thanh phường về phân loại rác thải sinh hoạt tại nguồn | Đài Truyền thanh phường | Các tổ dân phố | Tháng 3/2026 |
|---|---|---|---|---|
| 2 | Ra quân tổng dọn vệ sinh các tuyến đường, khu dân cư, kênh mương | Đoàn Thanh niên phường | Hội Cựu chiến binh phường; Hội Liên hiệp Phụ nữ phường | Quý II/2026 |
| 3 | Kiểm tra, xử lý các trường hợp đổ rác, xả thải không đúng nơi quy định | Công an phường | Công chức Địa chính - Xây dựng | Trước ngày 30/9/2026 |
III. TỔ CHỨC THỰC HIỆN
1. Công chức Địa chính - Xây dựng theo dõi, tổng hợp, báo cáo UBND phường.
Nơi nhận:
- UBND thị xã (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Thuận
"""
HEADLESS_CELLS = [
    ["1", "Tuyên truyền trên hệ thống loa truyền thanh phường về phân loại rác thải sinh hoạt tại nguồn",
     "Đài Truyền thanh phường", "Các tổ dân phố", "Tháng 3/2026"],
    ["2", "Ra quân tổng dọn vệ sinh các tuyến đường, khu dân cư, kênh mương", "Đoàn Thanh niên phường",
     "Hội Cựu chiến binh phường; Hội Liên hiệp Phụ nữ phường", "Quý II/2026"],
    ["3", "Kiểm tra, xử lý các trường hợp đổ rác, xả thải không đúng nơi quy định", "Công an phường",
     "Công chức Địa chính - Xây dựng", "Trước ngày 30/9/2026"],
]


@pytest.mark.parametrize("rules", ["grid", "none"])
def test_headless_task_table_ruled_or_not_keeps_its_doers_and_times(rules, tmp_path):
    """No "STT | Nội dung | Đơn vị | Thời gian" row anywhere: a ruled table's rows, and lines that keep
    to columns opening with a row number, are a task table whose columns the cells name."""
    from pipeline.extract import extract_bytes

    path = render_pdf(HEADLESS_PLAN, tmp_path / "an-khe.pdf", fmt="md", table_rules=rules)
    raw = pdf.read(path.read_bytes(), path)
    assert [[flat(c) for c in ln.cells] for ln in raw.lines if ln.cells is not None] == HEADLESS_CELLS
    prose = [ln.text for ln in raw.lines if ln.cells is None]
    heads = prose.index("II. NHIỆM VỤ CỤ THỂ")
    assert prose[heads + 1] == "III. TỔ CHỨC THỰC HIỆN"
    plan = extract_bytes(path.read_bytes(), path.name)
    assert [(t.label, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in plan.tasks] == [
        ("1", ["Đài Truyền thanh phường"], ["Các tổ dân phố"], "Tháng 3/2026", None),
        ("2", ["Đoàn Thanh niên phường"], ["Hội Cựu chiến binh phường", "Hội Liên hiệp Phụ nữ phường"],
         "Quý II/2026", 2),
        ("3", ["Công an phường"], ["Công chức Địa chính - Xây dựng"], "Trước ngày 30/9/2026", None),
    ]


def test_headless_typed_table_runs_on_to_the_next_page():
    """A schedule typed with tabs and no header line: its columns are those of its numbered lines (the
    first leaving the time cell empty), and the next page's lines that keep to them are its rows."""
    page1 = [(780, [(60, "II. NHIỆM VỤ CỤ THỂ")])]
    y = 750
    for n, when in ((1, ""), (2, "Tháng 5/2025"), (3, "Quý III/2025")):
        page1 += [(y, [(60, str(n)), (90, "Tập huấn nghiệp vụ phòng cháy, chữa cháy cho"), (330, "Công an xã"),
                       (470, when)]),
                  (y - 15, [(90, f"lực lượng dân phòng thôn {n}")])]
        y -= 36
    page2 = [(790, [(60, "4"), (90, "Diễn tập phương án chữa cháy, cứu nạn tại"), (330, "Văn phòng HĐND và"),
                    (470, "Tháng 11/2025")]),
             (775, [(90, "chợ trung tâm xã"), (330, "UBND xã")]),
             (740, [(60, "III. TỔ CHỨC THỰC HIỆN: các ban, ngành, đoàn thể xã triển khai thực hiện.")])]
    raw = pdf.read(_draw_runs([page1, page2]), Path("typed.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len({ln.table_id for ln in rows}) == 1 and {ln.page for ln in rows} == {1, 2}
    assert [ln.cells for ln in rows] == [
        ["1", "Tập huấn nghiệp vụ phòng cháy, chữa cháy cho lực lượng dân phòng thôn 1", "Công an xã", ""],
        ["2", "Tập huấn nghiệp vụ phòng cháy, chữa cháy cho lực lượng dân phòng thôn 2", "Công an xã",
         "Tháng 5/2025"],
        ["3", "Tập huấn nghiệp vụ phòng cháy, chữa cháy cho lực lượng dân phòng thôn 3", "Công an xã",
         "Quý III/2025"],
        ["4", "Diễn tập phương án chữa cháy, cứu nạn tại chợ trung tâm xã", "Văn phòng HĐND và UBND xã",
         "Tháng 11/2025"],
    ]


def test_headless_numbered_lines_in_columns_that_are_no_schedule_stay_prose():
    """Numbered lines in columns with neither units nor times beside the text (a tally of households, a
    contact list) are no task table: their words stay lines of prose."""
    tally = [(700 - 18 * k, [(60, str(k + 1)), (90, f"Thôn {name}"), (330, hh), (420, people)])
             for k, (name, hh, people) in enumerate([("Phú Mỹ", "215", "1.016"), ("An Lạc", "187", "842"),
                                                       ("Tân Hòa", "240", "1.105")])]
    contacts = [(600 - 18 * k, [(60, str(k + 1)), (90, name), (300, post), (470, phone)])
                for k, (name, post, phone) in enumerate([("Nguyễn Văn An", "Trưởng thôn", "0905 123 456"),
                                                         ("Lê Thị Bích Ngọc", "Chi hội trưởng", "0914 222 333")])]
    raw = pdf.read(_draw_runs([[(780, [(60, "Danh sách các thôn")])] + tally + contacts]), Path("tally.pdf"))
    assert not any(ln.cells is not None for ln in raw.lines)


@pytest.mark.parametrize("members", [
    [("Nguyễn Văn An", "Chủ tịch UBND xã", "Trưởng ban"), ("Lê Thị Hoa", "Phó Chủ tịch UBND xã", "Phó Trưởng ban"),
     ("Trần Văn Bình", "Trưởng Công an xã", "Thành viên"), ("Phạm Thị Lan", "Trưởng Trạm Y tế xã", "Thành viên")],
    [("Đ/c Lò Văn Pấng", "Phó Trưởng Công an thị trấn", "Tổ trưởng"),
     ("Đ/c Hà Thị Xuân", "Công chức Tư pháp - Hộ tịch", "Tổ phó"),
     ("Đ/c Vi Văn Thắng", "Chỉ huy trưởng Ban CHQS", "Tổ viên")],
    [("Ông Quách Văn Lực", "Hiệu trưởng Trường THCS", "Chủ tịch Hội đồng"),
     ("Bà Mai Thị Thu Trang", "Phó Hiệu trưởng", "Phó Chủ tịch Hội đồng"),
     ("Ông Đinh Quang Hải", "Tổ trưởng tổ Toán - Tin", "Ủy viên - Thư ký")],
], ids=["ban-chi-dao", "to-cong-tac", "hoi-dong"])
def test_mend12_unruled_members_list_stays_prose(members):
    """A committee's members printed in columns with no rules ("1  Nguyễn Văn An  Chủ tịch UBND xã
    Trưởng ban") is no task table: the lines stay prose and give no tasks."""
    from pipeline.extract import extract_bytes

    page = [(800, [(60, "ỦY BAN NHÂN DÂN XÃ TÂN LẬP")]), (785, [(60, "Số: 15/KH-UBND")]),
            (770, [(200, "KẾ HOẠCH")]), (755, [(120, "Phòng, chống dịch bệnh năm 2025")]),
            (730, [(60, "I. THÀNH LẬP BAN CHỈ ĐẠO")]), (715, [(60, "Thành phần gồm các ông, bà có tên sau:")])]
    y = 695
    for n, (name, post, role) in enumerate(members, 1):
        page.append((y, [(60, str(n)), (90, name), (260, post), (450, role)]))
        y -= 18
    page += [(y - 10, [(60, "II. NHIỆM VỤ")]),
             (y - 25, [(60, "1. Tuyên truyền phòng chống dịch bệnh. Trạm Y tế xã chủ trì, thời gian: Quý II/2025.")])]
    data = _draw_runs([page])
    raw = pdf.read(data, Path("members.pdf"))
    assert not any(ln.cells is not None for ln in raw.lines)
    plan = extract_bytes(data, "members.pdf")
    posts = {p for _, p, _ in members}
    assert [t.timing_text for t in plan.tasks] == ["Quý II/2025"]
    assert not any(t.text in posts for t in plan.tasks)


# ---------------------------------------------------------------- awkward inputs (h2): a cut row's one-column end
@pytest.mark.parametrize("column, tail, want", [
    (330, "UBND xã", ("Văn phòng HĐND và UBND xã", "Tổng kết, đánh giá kết quả thực hiện", "Tháng 12/2025")),  # a unit's end
    (90, "tại các thôn, bản", ("Văn phòng HĐND xã", "Tổng kết, đánh giá kết quả thực hiện tại các thôn, bản",
                               "Tháng 12/2025")),                                                 # the task's end
    (470, "12/2025", ("Văn phòng HĐND xã", "Tổng kết, đánh giá kết quả thực hiện", "Tháng 12/2025")),      # the timing's end
])
def test_awkward_the_end_of_a_cut_row_in_one_column_under_a_repeated_header_of_a_table_without_rules(
        column, tail, want):
    """A table without rules (columns by position only) whose last row a page break cut: Word repeats
    the header row on the new page and the row's end goes on under it in one column only. The
    repeated header is the table's evidence there; the one-column line is the cut row's end."""
    page1 = [(780, [(60, "KẾ HOẠCH")]), (740, TYPED_HEAD)]
    y = 720
    for n in range(1, 4):
        page1 += [(y, [(60, str(n)), (90, "Kiểm tra an toàn thực phẩm tại chợ Bình"), (330, "Phòng Y tế huyện"),
                       (470, f"Tháng {n}/2025")]),
                  (y - 15, [(90, f"Minh, đợt {n}")])]
        y -= 36
    page1 += [(y, [(60, "4"), (90, "Tổng kết, đánh giá kết quả thực hiện"), (330, "Văn phòng HĐND và" if column == 330 else "Văn phòng HĐND xã"),
                   (470, "Tháng" if column == 470 else "Tháng 12/2025")])]
    page2 = [(790, TYPED_HEAD), (772, [(column, tail)]),
             (720, [(60, "III. TỔ CHỨC THỰC HIỆN: các cơ quan, đơn vị triển khai thực hiện nghiêm túc.")])]
    raw = pdf.read(_draw_runs([page1, page2]), Path("cut.pdf"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert {ln.page for ln in rows} == {1, 2}   # (the repeated header opens the table's rest)
    end = [""] * 4
    end[[60, 90, 330, 470].index(column)] = tail
    assert [flat(c) for c in rows[-1].cells] == end
    assert [ln.text for ln in raw.lines if ln.cells is None] == [
        "KẾ HOẠCH", "III. TỔ CHỨC THỰC HIỆN: các cơ quan, đơn vị triển khai thực hiện nghiêm túc."]
    from pipeline.extract import extract_bytes

    last = extract_bytes(_draw_runs([page1, page2]), "cut.pdf").tasks[-1]
    assert (last.lead_units[0], last.text, last.timing_text) == want


# ---------------------------------------------------------------- merged cells drawn by tests/render.py
MERGED_MARKS_PLAN = """ỦY BAN NHÂN DÂN
XÃ NAM ĐÀ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 14/KH-UBND
Nam Đà, ngày 06 tháng 01 năm 2026
KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2026
I. NHIỆM VỤ
| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Bắt đầu | Hoàn thành |
|---|---|---|---|---|---|
| I. TIÊM PHÒNG | << | << | << | << | << |
| 1 | Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò tại các thôn | Công chức Nông nghiệp - Môi trường | Trưởng các thôn | Quý II/2026 | << |
| 2 | Tiêm phòng bệnh dại cho chó, mèo nuôi trong các hộ gia đình | ^^ | Công an xã | 01/4/2026 | 30/4/2026 |
| 3 | Phun khử trùng chuồng trại, chợ buôn bán gia súc | ^^ | ^^ | Tháng 9/2026 | << |
| II. GIÁM SÁT | << | << | << | << | << |
| 4 | Giám sát, phát hiện sớm gia súc ốm, chết bất thường | Thú y viên xã | Trưởng các thôn | Thường xuyên | << |
II. TỔ CHỨC THỰC HIỆN
1. Công chức Nông nghiệp - Môi trường theo dõi, tổng hợp, báo cáo UBND xã.
"""


def test_mergedcells_render_draws_one_box_and_prints_no_mark(tmp_path):
    """tests/render.py prints a Word table's merged cells as a PDF of it shows them: one box over the
    rows or columns merged, its text once, and no "^^" / "<<" mark of the Markdown source. The reader
    then finds the merges: the lead unit and support unit merged down hold for the rows they cover, a
    time merged across "Bắt đầu | Hoàn thành" is one time, not a start with no end."""
    from pipeline.extract import extract_bytes

    path = render_pdf(MERGED_MARKS_PLAN, tmp_path / "nam-da.pdf", fmt="md")
    raw = pdf.read(path.read_bytes(), path)
    assert not any("^^" in ln.text or "<<" in ln.text for ln in raw.lines)
    rows = {ln.cells[0]: ln for ln in raw.lines if ln.cells is not None and ln.cells[0].strip().isdigit()}
    assert rows["2"].merged_above == (2,) and rows["3"].merged_above == (2, 3)
    assert rows["1"].merged_left == (5,) and rows["2"].merged_left == () and rows["4"].merged_left == (5,)
    tasks = extract_bytes(path.read_bytes(), path.name).tasks
    assert [t.lead_units for t in tasks] == [["Công chức Nông nghiệp - Môi trường"]] * 3 + [["Thú y viên xã"]]
    assert [t.support_units for t in tasks] == [["Trưởng các thôn"], ["Công an xã"], ["Công an xã"],
                                                ["Trưởng các thôn"]]
    assert [t.timing_text for t in tasks] == ["Quý II/2026", "Từ 01/4/2026 đến 30/4/2026", "Tháng 9/2026",
                                              "Thường xuyên"]


def test_mergedcells_a_cell_spanning_columns_marks_the_columns_it_covers():
    """pdfplumber gives a cell merged across columns once, as wide as they are, and None in the columns
    it covers: those are the row's merged_left columns. A cell merged down from a row above covers the
    row from there (merged_above, not across); a table's first column has nothing to its left."""
    cols = [(0, 30), (30, 200), (200, 300), (300, 380), (380, 440)]

    def cell(j, top, bottom, last=None):
        return (cols[j][0], top, cols[last if last is not None else j][1], bottom)

    table = _fake_table([
        [cell(0, 0, 20), cell(1, 0, 20), cell(2, 0, 20), cell(3, 0, 20), cell(4, 0, 20)],
        [cell(0, 20, 35, 4), None, None, None, None],                                   # a group row
        [cell(0, 35, 80), cell(1, 35, 80), cell(2, 35, 120), cell(3, 35, 80, 4), None],  # time over two
        [cell(0, 80, 120), cell(1, 80, 120), None, cell(3, 80, 120), cell(4, 80, 120)],  # unit merged down
    ])
    assert pdf._covered_left(table) == [(), (1, 2, 3, 4), (4,), ()]


def test_mergedcells_an_empty_box_merged_down_atop_a_page_goes_on_from_the_cell_above_the_break():
    """A cell merged down whose first row is the last on its page prints one row's box there, and an
    empty box merged down over the next rows atop the next page: nobody merges empty cells, so that box
    goes on from the cell printed above the break. An empty cell of one row stays empty (it may simply
    be empty), and so does an empty box under an empty cell."""
    head = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    rest = pdf._Table((0, 0, 500, 300), [head, ["2", "Tuyên truyền trên loa truyền thanh", "", "", "Quý I/2026"],
                                         ["3", "Mít tinh hưởng ứng", "", "", "Quý II/2026"],
                                         ["4", "Tổng kết", "Phòng Văn hóa - Xã hội", "", "Tháng 12/2026"]],
                      [True, False, False, False])
    rest.head = head
    last = ["1", "Kiện toàn Ban Chỉ đạo", "Hội Chữ thập đỏ xã", "", "Tháng 1/2026"]
    merged = [(), (), (2, 3), ()]
    pdf._carry_merges(rest, merged, (), last)
    assert merged == [(), (2,), (2, 3), ()]    # the support box under an empty cell stays empty
    merged = [(), (), (), ()]
    pdf._carry_merges(rest, merged, (), last)  # one row's empty cells: nothing carried
    assert merged == [(), (), (), ()]


# h6: a merged cell a page break cuts goes on atop the next page in a box with no rule over it
# (tests/render.py draws it so); the reader reads that open box as the cell above the break, even when it
# spans one row on each page, while an empty box of its own (ruled on top) stays empty.
def _h6_two_page_table(path, head: bool, unit: str, continued: bool = True):
    import render as _render
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    styles = _render._styles(register_fonts())
    cell = lambda t: _render._p(t, styles["cell"])   # noqa: E731
    header = [cell(t) for t in ("STT", "Nội dung", "Chủ trì", "Phối hợp")]
    widths = [30, 250, 120, 90]
    table = _render._plan_table_class()
    first = table(header, [[cell("1"), cell("Kiện toàn Ban Chỉ đạo"), cell("Văn phòng UBND xã"), cell("")],
                           [cell("2"), cell("Tuyên truyền trên loa truyền thanh"), cell(unit), cell("Các thôn")]],
                  widths, [False, False], styles["cell"], "grid", True)
    rest = table(header, [[cell("3"), cell("Mít tinh hưởng ứng ngày phòng, chống ma túy"), cell(""), cell("")],
                          [cell("4"), cell("Tổng kết công tác"), cell("Công chức Văn hóa - Xã hội"), cell("Các thôn")]],
                 widths, [False, False], styles["cell"], "grid", head,
                 [[None, None, _render._CONTINUED if continued else None, None], [None] * 4])
    SimpleDocTemplate(str(path), pagesize=A4).build([first, PageBreak(), rest])
    raw = pdf.read(path.read_bytes(), path)
    return {ln.cells[0]: ln for ln in raw.lines if ln.cells is not None and ln.cells[0].strip().isdigit()}


@pytest.mark.parametrize("head", [True, False])
@pytest.mark.parametrize("unit", ["Công an xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Trạm Y tế thị trấn"])
def test_h6_a_box_continued_with_no_top_rule_is_the_cell_above_the_break(tmp_path, head, unit):
    rows = _h6_two_page_table(tmp_path / "h6.pdf", head, unit)
    assert rows["3"].page == 2 and rows["3"].table_id == rows["2"].table_id
    assert rows["3"].merged_above == (2,)        # the open box: the unit above the break goes on
    assert rows["4"].merged_above == ()


def test_h6_an_empty_ruled_box_atop_a_page_stays_empty(tmp_path):
    rows = _h6_two_page_table(tmp_path / "h6.pdf", True, "Công an xã")
    assert 3 not in rows["3"].merged_above      # the support cell: a box of its own, ruled on top
    rows = _h6_two_page_table(tmp_path / "h6b.pdf", False, "Công an xã", continued=False)
    assert rows["3"].merged_above == ()         # an empty cell of one row, ruled on top: nothing carried


# ---------------------------------------------------------------- fast character path (issue #5)
def _plumber_pages(path):
    import pdfplumber

    from pipeline.ingest.plumber import fast_chars

    own, fast = pdfplumber.open(path), pdfplumber.open(path)
    fast_chars(fast)
    return own, fast


def _same_objects(a, b) -> bool:
    """Equal dicts, keys in the same order, values of the same types (pdfminer's streams and
    literals, which have no equality of their own, by their repr)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_objects(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same_objects(x, y) for x, y in zip(a, b))
    return a == b or repr(a) == repr(b)


def test_fastchars_a_rendered_plan_s_objects_are_pdfplumber_s_own(tmp_path):
    path = render_pdf(PLAN, tmp_path / "dong-van.pdf", fmt="txt", landscape_appendix=True)
    own, fast = _plumber_pages(path)
    with own, fast:
        assert len(own.pages) >= 2
        for a, b in zip(own.pages, fast.pages):
            assert a.chars and _same_objects(a.objects, b.objects)


def test_fastchars_text_in_forms_turned_coloured_and_ruled_keeps_pdfplumber_s_objects(tmp_path):
    font = register_fonts()
    path = tmp_path / "meo-vac.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 13)
    c.setFillColorCMYK(0.1, 0.9, 0.8, 0.05)
    c.drawString(72, 780, "ỦY BAN NHÂN DÂN XÃ MÈO VẠC")
    c.beginForm("head")             # text inside a Form XObject: pdfminer gives it in an LTFigure
    c.setFont(font, 12)
    c.setFillGray(0.3)
    c.drawString(72, 740, "Kế hoạch tổ chức Tết trồng cây năm 2026")
    c.endForm()
    c.doForm("head")
    c.saveState()
    c.translate(40, 400)
    c.rotate(90)                    # a stamp along the margin
    c.drawString(0, 0, "Bản sao điện tử")
    c.restoreState()
    c.setStrokeColorRGB(0.2, 0.2, 0.8)
    c.line(72, 700, 500, 700)
    c.rect(72, 600, 300, 60)
    c.setFillColorRGB(0, 0.4, 0)
    c.drawString(80, 620, "Thời gian: Quý I/2026")
    c.showPage()
    c.setPageSize((842, 595))       # a landscape page after a portrait one
    c.setFont(font, 11)
    c.drawString(60, 500, "Phụ lục: phân công nhiệm vụ")
    c.save()
    own, fast = _plumber_pages(path)
    with own, fast:
        kinds = set()
        for a, b in zip(own.pages, fast.pages):
            assert _same_objects(a.objects, b.objects)
            kinds |= set(a.objects)
            assert [ch["text"] for ch in a.chars] == [ch["text"] for ch in b.chars]
        assert {"char", "line", "rect"} <= kinds


def test_fastchars_the_reader_reads_a_plan_the_same_with_pdfplumber_s_own_walk(tmp_path, monkeypatch):
    path = render_pdf(PLAN, tmp_path / "lung-cu.pdf", fmt="txt")
    fast = read_document(path.read_bytes(), path)
    monkeypatch.setattr(pdf, "fast_chars", lambda doc: None)
    own = read_document(path.read_bytes(), path)
    assert [(ln.text, ln.cells, ln.page, ln.bold) for ln in fast.lines] == \
        [(ln.text, ln.cells, ln.page, ln.bold) for ln in own.lines]


# ---------------------------------------------------------------- h6: the date's year wrapped to the margin

@pytest.mark.parametrize("place, day, year", [("Nghĩa Đồng", "ngày 06 tháng 3 năm", "2025"),
                                             ("Phước Long", "ngày 17 tháng 11 năm", "2024")])
def test_h6_place_date_whose_year_wrapped_under_the_number(tmp_path, place, day, year):
    """Word's "Số:" and place-date in one cell row with a tab: the date runs past the right margin
    and its year wraps to the left margin, under the số hiệu, where a reader of two columns puts it."""
    from pipeline.extract import extract_bytes
    font = register_fonts()
    path = tmp_path / "wrapped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    for k, (left, right) in enumerate([("UBND HUYỆN TÂN KỲ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"),
                                       ("ỦY BAN NHÂN DÂN XÃ", "VIỆT NAM"),
                                       ("", "Độc lập - Tự do - Hạnh phúc")]):
        c.setFont(font + "-Bold", 13)
        c.drawCentredString(160, h - 60 - 16 * k, left)
        c.drawCentredString(400, h - 60 - 16 * k, right)
    c.setFont(font, 13)
    c.drawString(80, h - 130, "Số: 27/KH-UBND")
    c.setFont(font + "-Italic", 13)
    c.drawString(300, h - 130, f"{place}, {day}")
    c.drawString(57, h - 146, year)
    c.setFont(font + "-Bold", 14)
    c.drawCentredString(300, h - 190, "KẾ HOẠCH")
    c.setFont(font, 13)
    c.drawCentredString(300, h - 208, "Tổng vệ sinh môi trường, phòng chống dịch bệnh")
    for k, ln in enumerate(["I. MỤC ĐÍCH, YÊU CẦU", "1. Giữ gìn vệ sinh môi trường, phòng chống dịch bệnh.",
                            "II. TỔ CHỨC THỰC HIỆN", "1. Trạm Y tế xã theo dõi, tổng hợp, báo cáo."]):
        c.drawString(85, h - 250 - 18 * k, ln)
    c.save()
    plan = extract_bytes(path.read_bytes(), path.name)
    y = int(year)
    assert plan.header.issued_date is not None and plan.header.issued_date.year == y
    assert plan.header.place == place
