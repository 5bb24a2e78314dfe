"""Word documents: .docx through python-docx (numbering, tables, merged cells), .doc and OpenDocument
text (.odt) through LibreOffice.

Every file is made here with python-docx (and LibreOffice for .doc and .odt); nothing is mocked.
"""
from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from pipeline.errors import PlanError  # noqa: E402
from pipeline.ingest import doc as doc_reader  # noqa: E402
from pipeline.ingest import docx as docx_reader  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.ingest.text import read_text  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402

from render_docx import (PAGE_FOOTER_TEXT, PAGE_HEADER_TEXT, render_doc, render_docx, render_fodt,  # noqa: E402
                         render_odt, soffice)

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "sample-plans"
if not SAMPLES.exists():
    SAMPLES = Path("/work/shared/sample-plans")

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÀ BẮC
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Bắc, ngày 10 tháng 02 năm 2025
KẾ HOẠCH
Phòng, chống thiên tai năm 2025
Căn cứ Luật Phòng, chống thiên tai năm 2013, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra.
2. Yêu cầu
Bám sát phương châm bốn tại chỗ.
II. NHIỆM VỤ
1. Công tác chuẩn bị
a) Rà soát, cập nhật phương án ứng phó thiên tai.
b) Kiện toàn Ban Chỉ huy phòng, chống thiên tai các xã.
2. Công tác ứng phó
a) Tổ chức trực ban 24/24 giờ trong mùa mưa bão.
STT\tNội dung\tĐơn vị chủ trì\tThời gian
QUÝ I\t\t\t
1\tKiểm tra hồ đập trước mùa mưa\tPhòng Nông nghiệp\tTháng 3/2025
2\tDiễn tập ứng phó lũ quét\tBan Chỉ huy quân sự huyện\tTháng 5/2025
III. TỔ CHỨC THỰC HIỆN
Giao Phòng Nông nghiệp theo dõi, tổng hợp, báo cáo.
"""


def _lines(raw):
    return normalize(raw)


def _prose(doc) -> list[str]:
    return [ln.text for ln in doc.lines if not ln.is_row]


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory) -> Path:
    return render_docx(PLAN, tmp_path_factory.mktemp("docx") / "plan.docx", fmt="txt")


# ---------------------------------------------------------------- numbering


def test_markers_come_from_word_numbering_not_from_the_text(plan_docx):
    d = docx.Document(str(plan_docx))
    texts = [p.text for p in d.paragraphs]
    assert "MỤC ĐÍCH, YÊU CẦU" in texts and "I. MỤC ĐÍCH, YÊU CẦU" not in texts
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 10  # I, 1, 2, II, 1, a, b, 2, a, III
    assert b"upperRoman" in zipfile.ZipFile(plan_docx).read("word/numbering.xml")


def test_automatic_numbering_markers_are_recomputed(plan_docx):
    doc = _lines(docx_reader.read(plan_docx.read_bytes(), plan_docx))
    prose = _prose(doc)
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NHIỆM VỤ", "1. Công tác chuẩn bị",
                 "a) Rà soát, cập nhật phương án ứng phó thiên tai.",
                 "b) Kiện toàn Ban Chỉ huy phòng, chống thiên tai các xã.", "2. Công tác ứng phó",
                 "a) Tổ chức trực ban 24/24 giờ trong mùa mưa bão.", "III. TỔ CHỨC THỰC HIỆN"):
        assert line in prose, (line, prose)
    # the markers sit on the right paragraphs: nothing else got one
    assert "Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra." in prose
    # roman headings are bold, as rendered
    heading = next(ln for ln in doc.lines if ln.text == "II. NHIỆM VỤ")
    assert heading.bold


def test_numbering_formats_levels_restarts_and_overrides(tmp_path):
    """A hand-made numbering.xml: %1.%2. levels, lowerLetter, startOverride, lvlRestart=0, a bullet."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    abstract = parse_xml(f"""<w:abstractNum {ns} w:abstractNumId="90">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
        <w:lvlText w:val="(%4)"/></w:lvl>
      <w:lvl w:ilvl="4"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    </w:abstractNum>""")
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f"""<w:num {ns} w:numId="91"><w:abstractNumId w:val="90"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>"""))

    def para(text, num_id, ilvl):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))

    para("Một", 90, 0)
    para("Một chấm một", 90, 1)
    para("Một chấm hai", 90, 1)
    para("Chữ a", 90, 2)
    para("Chữ b", 90, 2)
    para("Ngoặc một", 90, 3)
    para("Gạch đầu dòng", 90, 4)
    para("Hai", 90, 0)
    para("Hai chấm một", 90, 1)
    para("Ngoặc hai (no restart)", 90, 3)
    para("Năm (a restarted list)", 91, 0)
    d.add_paragraph("Không đánh số")
    path = tmp_path / "levels.docx"
    d.save(str(path))
    prose = _prose(_lines(docx_reader.read(path.read_bytes(), path)))
    assert prose == ["1. Một", "1.1. Một chấm một", "1.2. Một chấm hai", "a) Chữ a", "b) Chữ b", "(1) Ngoặc một",
                     "- Gạch đầu dòng", "2. Hai", "2.1. Hai chấm một", "(2) Ngoặc hai (no restart)",
                     "5. Năm (a restarted list)", "Không đánh số"]


def test_a_number_followed_by_nothing_still_stands_apart_from_a_word(tmp_path):
    """w:suff "nothing": "I." + "MỤC ĐÍCH" reads "I. MỤC ĐÍCH", a space the typist typed is kept,
    a marker ending in a letter or digit ("Điều %1") or a text opening with a digit stays joined."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = [("upperRoman", "%1."), ("decimal", "Điều %2"), ("decimal", "%3."), ("lowerLetter", "%4)")]
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:suff w:val="nothing"/>'
                   f'<w:lvlText w:val="{t}"/></w:lvl>' for i, (f, t) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {ns} w:abstractNumId="96">{lvls}</w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="96"><w:abstractNumId w:val="96"/></w:num>'))
    for text, ilvl in [("MỤC ĐÍCH", 0), (". Phạm vi điều chỉnh", 1), (" Mục đích", 2), ("1. Tiểu mục", 2),
                       ("Tuyên truyền", 3), ("(bổ sung) Kiểm tra", 3)]:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{ilvl}"/><w:numId w:val="96"/></w:numPr>'))
    path = tmp_path / "nothing.docx"
    d.save(str(path))
    prose = _prose(_lines(docx_reader.read(path.read_bytes(), path)))
    assert prose == ["I. MỤC ĐÍCH", "Điều 1. Phạm vi điều chỉnh", "1. Mục đích", "2.1. Tiểu mục", "a) Tuyên truyền",
                     "b) (bổ sung) Kiểm tra"]


def test_a_bullet_in_a_symbol_font_is_read_as_the_sign_it_draws(tmp_path):
    """Word 97 keeps a "+" bullet set in Symbol as U+F02B: read "+"; Symbol's letters (Greek), a
    dingbat font's codes and unknown private-use codes stay a bullet dot, plain signs stay as typed."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = [("\uf02b", "Symbol"), ("\uf02d", "Symbol"), ("\uf03e", None), ("\uf02b", "Wingdings"),
              ("\uf061", "Symbol"), ("\uf0b7", "Symbol"), ("\uf02a", "Webdings"), ("*", "Arial"),
              ("\uf0e1", "Symbol")]
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:numFmt w:val="bullet"/><w:lvlText w:val="{c}"/>'
                   + (f'<w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}"/></w:rPr>' if f else "") + "</w:lvl>"
                   for i, (c, f) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {ns} w:abstractNumId="95">{lvls}</w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="95"><w:abstractNumId w:val="95"/></w:num>'))
    for i in range(len(levels)):
        p = d.add_paragraph(f"Ý {i}")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{i}"/><w:numId w:val="95"/></w:numPr>'))
    path = tmp_path / "bullets.docx"
    d.save(str(path))
    prose = _prose(_lines(docx_reader.read(path.read_bytes(), path)))
    assert prose == ["+ Ý 0", "- Ý 1", "> Ý 2", "• Ý 3", "• Ý 4", "• Ý 5", "• Ý 6", "* Ý 7", "• Ý 8"]


# ---------------------------------------------------------------- tables and body order


def test_tables_come_in_body_order_with_cells(plan_docx):
    doc = _lines(docx_reader.read(plan_docx.read_bytes(), plan_docx))
    texts = [ln.text for ln in doc.lines]
    i_table = next(i for i, ln in enumerate(doc.lines) if ln.is_row)
    assert texts[i_table - 1] == "a) Tổ chức trực ban 24/24 giờ trong mùa mưa bão."
    rows = [doc.cell_texts(ln) for ln in doc.lines if ln.is_row]
    assert rows[0] == ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"]
    assert rows[2] == ["1", "Kiểm tra hồ đập trước mùa mưa", "Phòng Nông nghiệp", "Tháng 3/2025"]
    assert texts[i_table + len(rows)] == "III. TỔ CHỨC THỰC HIỆN"
    assert len({ln.table_id for ln in doc.lines if ln.is_row}) == 1
    # header row bold, the group row merged across the table: its text once
    assert doc.lines[i_table].bold
    assert rows[1] == ["QUÝ I", "", "", ""]


def test_header_block_table_is_read_as_its_columns(plan_docx):
    doc = _lines(docx_reader.read(plan_docx.read_bytes(), plan_docx))
    assert _prose(doc)[:7] == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐÀ BẮC", "Số: 09/KH-UBND",
                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                               "Đà Bắc, ngày 10 tháng 02 năm 2025", "KẾ HOẠCH"]


def test_header_and_footer_text_is_not_read(plan_docx):
    assert PAGE_HEADER_TEXT.encode() in zipfile.ZipFile(plan_docx).read("word/header1.xml") or any(
        PAGE_HEADER_TEXT.encode() in zipfile.ZipFile(plan_docx).read(n)
        for n in zipfile.ZipFile(plan_docx).namelist() if n.startswith("word/header"))
    text = _lines(docx_reader.read(plan_docx.read_bytes(), plan_docx)).text
    assert PAGE_HEADER_TEXT not in text and PAGE_FOOTER_TEXT not in text
    assert "Trang đầu trang" not in text and "Chân trang" not in text


def test_merged_cells_are_not_duplicated(tmp_path):
    d = docx.Document()
    d.add_paragraph("Trước bảng")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["STT", "Nhiệm vụ", "Thời gian"]):
        t.cell(0, j).text = h
    t.cell(1, 0).merge(t.cell(1, 2)).text = "QUÝ II"           # gridSpan across the row
    t.cell(2, 0).text = "1"
    t.cell(3, 0).text = "2"
    t.cell(2, 1).text = "Kiểm tra công tác thi đua"
    t.cell(3, 1).text = "Sơ kết 6 tháng"
    merged = t.cell(2, 2).merge(t.cell(3, 2))                   # vMerge down two rows
    merged.text = "Tháng 6/2025"
    merged.add_paragraph("(hai đợt)")                           # a second paragraph in the cell
    d.add_paragraph("Sau bảng")
    path = tmp_path / "merged.docx"
    d.save(str(path))
    doc = _lines(docx_reader.read(path.read_bytes(), path))
    rows = [doc.cell_texts(ln) for ln in doc.lines if ln.is_row]
    assert rows == [["STT", "Nhiệm vụ", "Thời gian"],
                    ["QUÝ II", "", ""],
                    ["1", "Kiểm tra công tác thi đua", "Tháng 6/2025\n(hai đợt)"],  # its paragraphs kept
                    ["2", "Sơ kết 6 tháng", ""]]
    raw = docx_reader.read(path.read_bytes(), path)
    cell = [ln for ln in raw.lines if ln.cells][2].cells[2]
    assert cell == "Tháng 6/2025\n(hai đợt)"  # the cell's paragraphs joined with a newline
    assert doc.text.count("QUÝ II") == 1 and doc.text.count("Tháng 6/2025") == 1
    assert [ln.text for ln in doc.lines if not ln.is_row] == ["Trước bảng", "Sau bảng"]


def test_bold_paragraph_soft_breaks_and_caps(tmp_path):
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("TOÀN BỘ ĐẬM").bold = True
    p = d.add_paragraph()
    p.add_run("Một phần ").bold = True
    p.add_run("đậm")
    p = d.add_paragraph()
    r = p.add_run("dòng một")
    r.add_break(WD_BREAK.LINE)
    p.add_run("dòng hai")
    p = d.add_paragraph()
    p.add_run("chữ hoa").font.all_caps = True
    path = tmp_path / "fmt.docx"
    d.save(str(path))
    raw = docx_reader.read(path.read_bytes(), path)
    assert [(ln.text, ln.bold) for ln in raw.lines] == [("TOÀN BỘ ĐẬM", True), ("Một phần đậm", False),
                                                        ("dòng một", False), ("dòng hai", False),
                                                        ("CHỮ HOA", False)]
    assert raw.source_format == "docx" and raw.pages is None and not raw.ocr


# ---------------------------------------------------------------- damaged and foreign files


def test_zip_that_is_not_a_word_document_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("data/plan.csv", "STT,Nội dung\n1,Họp\n")
    with pytest.raises(PlanError) as err:
        docx_reader.read(buf.getvalue(), Path("plan.docx"))
    assert err.value.code == "corrupt_docx"
    with pytest.raises(PlanError) as err:  # the dispatcher says it earlier, with its own code
        read_document(buf.getvalue(), Path("plan.docx"))
    assert err.value.code in ("unsupported_format", "corrupt_docx")


def test_word_package_with_broken_xml_is_refused(plan_docx):
    buf = io.BytesIO()
    with zipfile.ZipFile(plan_docx) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut off mid-element
            dst.writestr(item, data)
    with pytest.raises(PlanError) as err:
        read_document(buf.getvalue(), Path("plan.docx"))
    assert err.value.code == "corrupt_docx"
    with pytest.raises(PlanError) as err:
        docx_reader.read(b"PK\x03\x04 not really a zip", Path("plan.docx"))
    assert err.value.code == "corrupt_docx"


# ---------------------------------------------------------------- .doc through LibreOffice


def test_doc_without_libreoffice_is_refused_with_advice(monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(PlanError) as err:
        read_document(ole2, Path("plan.doc"))
    assert err.value.code == "doc_unsupported"
    assert "LibreOffice" in err.value.message and doc_reader.DEBIAN_PACKAGE in err.value.message


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_doc_is_converted_by_libreoffice(plan_docx, tmp_path):
    doc_path = render_doc(plan_docx, tmp_path / "plan.doc")
    data = doc_path.read_bytes()
    assert data.startswith(b"\xd0\xcf\x11\xe0")  # a real Word 97-2003 file
    raw = read_document(data, doc_path)
    assert raw.source_format == "doc"
    doc = normalize(raw)
    prose = _prose(doc)
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. NHIỆM VỤ", "b) Kiện toàn Ban Chỉ huy phòng, chống "
                 "thiên tai các xã.", "III. TỔ CHỨC THỰC HIỆN"):
        assert line in prose, (line, prose)
    rows = [doc.cell_texts(ln) for ln in doc.lines if ln.is_row]
    assert ["1", "Kiểm tra hồ đập trước mùa mưa", "Phòng Nông nghiệp", "Tháng 3/2025"] in rows


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_damaged_doc_is_refused():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000
    with pytest.raises(PlanError) as err:
        read_document(ole2, Path("broken.doc"))
    assert err.value.code in ("corrupt_doc", "doc_timeout")


# ---------------------------------------------------------------- .odt through LibreOffice


@pytest.fixture(scope="module")
def plan_odt(plan_docx, tmp_path_factory) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return render_odt(plan_docx, tmp_path_factory.mktemp("odt") / "plan.odt")


def _rezip(data: bytes, change) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, change(item.filename, src.read(item.filename)))
    return buf.getvalue()


def test_odt_is_converted_by_libreoffice(plan_odt):
    data = plan_odt.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # a real OpenDocument text, as LibreOffice saves it
        assert zf.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    raw = read_document(data, Path("ke-hoach.odt"))
    assert raw.source_format == "odt"
    doc = normalize(raw)
    prose = _prose(doc)
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "b) Kiện toàn Ban Chỉ huy phòng, chống thiên tai các xã.",
                 "III. TỔ CHỨC THỰC HIỆN"):
        assert line in prose, (line, prose)
    rows = [doc.cell_texts(ln) for ln in doc.lines if ln.is_row]
    assert ["1", "Kiểm tra hồ đập trước mùa mưa", "Phòng Nông nghiệp", "Tháng 3/2025"] in rows


def test_odt_is_told_by_its_content_not_its_name(plan_odt):
    from pipeline.extract import extract_bytes

    plan = extract_bytes(plan_odt.read_bytes(), "tai-lieu")  # no extension at all
    assert plan.document.source_format == "odt"
    assert (plan.header.symbol, plan.header.issuer) == ("09/KH-UBND", "UBND huyện Đà Bắc")
    assert [(t.text, t.lead_units) for t in plan.tasks if t.origin == "table"] == [
        ("Kiểm tra hồ đập trước mùa mưa", ["Phòng Nông nghiệp"]),
        ("Diễn tập ứng phó lũ quét", ["Ban Chỉ huy quân sự huyện"])]


def test_odt_without_libreoffice_is_refused_with_advice(monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(PlanError) as err:
        read_document(buf.getvalue(), Path("plan.odt"))
    assert err.value.code == "odt_unsupported"
    assert "OpenDocument" in err.value.message and doc_reader.DEBIAN_PACKAGE in err.value.message


def test_damaged_odt_is_refused(plan_odt):
    data = plan_odt.read_bytes()
    # cut short: its ZIP directory is gone, but its first entry still says what it is, whatever its name
    for name in ("plan.odt", "plan.zip", "plan"):
        with pytest.raises(PlanError) as err:
            read_document(data[: len(data) // 3], Path(name))
        assert err.value.code == "corrupt_odt" and "OpenDocument" in err.value.message, name
    # a whole package whose text part is cut mid-element: LibreOffice cannot load it
    broken = _rezip(data, lambda name, body: body[: len(body) // 2] if name == "content.xml" else body)
    with pytest.raises(PlanError) as err:
        read_document(broken, Path("plan.odt"))
    assert err.value.code in ("corrupt_odt", "odt_timeout") and "LibreOffice" in err.value.message


def test_password_protected_odt_is_refused_without_starting_libreoffice(plan_odt, monkeypatch):
    monkeypatch.setattr(doc_reader, "convert_to_docx", lambda *a, **k: pytest.fail("LibreOffice started"))
    import re

    # each encrypted part's entry in the manifest holds how it was encrypted
    encrypted = rb'\1><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry>'
    locked = _rezip(plan_odt.read_bytes(), lambda name, body: re.sub(
        rb'(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)/>', encrypted, body)
        if name == "META-INF/manifest.xml" else body)
    assert locked != plan_odt.read_bytes()
    with pytest.raises(PlanError) as err:
        read_document(locked, Path("plan.odt"))
    assert err.value.code == "encrypted_document" and "password" in err.value.message


@pytest.mark.parametrize("mimetype, words", [
    ("application/vnd.oasis.opendocument.spreadsheet", "spreadsheet (ODS)"),
    ("application/vnd.oasis.opendocument.presentation", "presentation (ODP)"),
])
def test_other_opendocument_packages_are_still_refused(mimetype, words):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", mimetype)
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(PlanError) as err:
        read_document(buf.getvalue(), Path("plan.odt"))
    assert err.value.code == "unsupported_format" and words in err.value.message


# A flat OpenDocument text (.fodt): the package's parts in one XML file, as LibreOffice writes it with
# --convert-to fodt. Its elements are the .odt's, so it reads as the .odt of the same plan does.
@pytest.fixture(scope="module")
def plan_fodt(plan_docx, tmp_path_factory) -> Path:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return render_fodt(plan_docx, tmp_path_factory.mktemp("fodt") / "plan.fodt")


def test_fodt_reads_as_the_odt_of_the_same_plan(plan_fodt, plan_odt):
    from pipeline.extract import extract_bytes

    data = plan_fodt.read_bytes()
    assert data.startswith(b"<?xml") and b'office:mimetype="application/vnd.oasis.opendocument.text"' in data
    assert read_document(data, Path("ke-hoach.fodt")).source_format == "odt"
    flat = extract_bytes(data, "tai-lieu")   # told by its content, whatever its name
    packed = extract_bytes(plan_odt.read_bytes(), "plan.odt")
    assert flat.document.source_format == "odt"
    assert (flat.header.symbol, flat.header.issuer) == ("09/KH-UBND", "UBND huyện Đà Bắc")
    assert flat.text == packed.text
    assert [(t.text, t.lead_units) for t in flat.tasks] == [(t.text, t.lead_units) for t in packed.tasks]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["fodt", "rtf"])
def test_footnotes_follow_the_body_in_the_fodt_and_rtf_as_in_the_docx(fmt, tmp_path):
    from render_docx import _convert
    from test_pdf import FOOTNOTED_PDF

    from pipeline.extract import extract_bytes

    word = render_docx(FOOTNOTED_PDF, tmp_path / "phu-luong.docx")
    saved = _convert(word, tmp_path / f"phu-luong.{fmt}", fmt, fmt, 180)
    if fmt == "rtf":   # LibreOffice writes each note where its mark stands, "{\\*\\footnote …}"
        assert b"\\footnote" in saved.read_bytes()
    plan = extract_bytes(saved.read_bytes(), saved.name)
    assert plan.text == extract_bytes(word.read_bytes(), word.name).text
    assert plan.text.splitlines()[-3:] == [
        "Bùi Văn Thắng",
        "Kế hoạch số 25/KH-UBND ngày 14/02/2025 của UBND huyện Lạc Thủy về phòng, chống thiên tai năm 2025.",
        "Chỉ huy tại chỗ, lực lượng tại chỗ, vật tư, phương tiện tại chỗ và hậu cần tại chỗ theo Luật Phòng, "
        "chống thiên tai số 33/2013/QH13."]
    assert "Thực hiện chỉ đạo của UBND huyện Lạc Thủy, UBND xã ban hành Kế hoạch như sau:" in plan.text
    assert {r.symbol: r.relation for r in plan.references} == {"25/KH-UBND": "cited", "33/2013/QH13": "cited"}
    assert len(plan.tasks) == 7


FLAT_ODF = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:'
            'xmlns:office:1.0" office:version="1.3" office:mimetype="{}"><office:body/></office:document>')


@pytest.mark.parametrize("mimetype, words", [
    ("application/vnd.oasis.opendocument.spreadsheet", "flat OpenDocument spreadsheet (FODS)"),
    ("application/vnd.oasis.opendocument.presentation", "flat OpenDocument presentation (FODP)"),
    ("application/vnd.oasis.opendocument.graphics", "no text document"),
])
def test_other_flat_opendocument_files_are_refused(mimetype, words):
    with pytest.raises(PlanError) as err:
        read_document(FLAT_ODF.format(mimetype).encode(), Path("plan.fodt"))
    assert err.value.code == "unsupported_format" and words in err.value.message


def test_fodt_without_libreoffice_is_refused_with_advice(monkeypatch):
    monkeypatch.setattr(doc_reader.shutil, "which", lambda name: None)
    with pytest.raises(PlanError) as err:
        read_document(FLAT_ODF.format("application/vnd.oasis.opendocument.text").encode(), Path("plan.xml"))
    assert err.value.code == "odt_unsupported" and "flat OpenDocument text" in err.value.message


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_a_damaged_fodt_is_refused_as_a_damaged_odt(plan_fodt):
    data = plan_fodt.read_bytes()
    with pytest.raises(PlanError) as err:
        read_document(data[: len(data) // 2], Path("plan.fodt"))   # cut mid-element
    assert err.value.code in ("corrupt_odt", "odt_timeout") and ".fodt" in err.value.message


def test_a_batch_reads_an_odt_and_records_a_damaged_one_and_a_spreadsheet(plan_odt, tmp_path):
    import pandas as pd

    from pipeline.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    data = plan_odt.read_bytes()
    (src / "da-bac-2025.odt").write_bytes(data)
    (src / "hong.odt").write_bytes(data[: len(data) // 3])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    (src / "bang-tinh.ods").write_bytes(buf.getvalue())
    result = run_batch(src, tmp_path / "out", workers=1)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert result.errors == 2
    assert docs[["source_path", "source_format", "symbol", "n_tasks"]].values.tolist() == [
        ["da-bac-2025.odt", "odt", "09/KH-UBND", docs.n_tasks.iloc[0]]] and docs.n_tasks.iloc[0] >= 4
    assert sorted(zip(errors.source_path, errors.error)) == [("bang-tinh.ods", "unsupported_format"),
                                                            ("hong.odt", "corrupt_odt")]


# ---------------------------------------------------------------- one plan, four word-processor formats

# Every marker of this plan ("I.", "1.", "a)", "-", "+") is printed by Word's automatic numbering in
# the .docx; LibreOffice carries the list definitions into the .doc, .odt and .rtf it saves.
NUMBERED_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Can Lộc, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện chuyển đổi số trên địa bàn huyện năm 2025
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, công chức và Nhân dân về chuyển đổi số.
- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.
2. Yêu cầu
Các nhiệm vụ phải cụ thể, gắn trách nhiệm người đứng đầu.
II. NHIỆM VỤ TRỌNG TÂM
1. Phát triển hạ tầng số
a) Phòng Văn hóa và Thông tin chủ trì phủ sóng 4G đến 100% thôn, tổ dân phố, hoàn thành trước ngày 30/6/2025.
b) Văn phòng HĐND và UBND huyện nâng cấp mạng nội bộ của cơ quan trong quý III năm 2025.
2. Phát triển chính quyền số
a) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính:
- Văn phòng HĐND và UBND huyện hướng dẫn các xã số hóa hồ sơ thủ tục hành chính, hoàn thành trong tháng 9/2025.
- Ủy ban nhân dân các xã, thị trấn cập nhật dữ liệu hộ tịch lên hệ thống trước ngày 31/10/2025.
b) Phòng Nội vụ triển khai hồ sơ công việc trên môi trường mạng đến 100% cơ quan trong năm 2025.
3. Phát triển kinh tế số, xã hội số
- Phòng Kinh tế và Hạ tầng hỗ trợ hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử trong quý II năm 2025.
+ Tổ chức 02 lớp tập huấn kỹ năng bán hàng trực tuyến.
+ Xây dựng gian hàng cho 15 sản phẩm OCOP của huyện.
- Trung tâm Văn hóa - Truyền thông huyện tuyên truyền về chuyển đổi số hằng tháng.
III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin
Tham mưu Ủy ban nhân dân huyện theo dõi, tổng hợp kết quả, báo cáo trước ngày 15/12/2025.
2. Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn
Căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, triển khai thực hiện.
Nơi nhận:
- UBND tỉnh;
- Sở Khoa học và Công nghệ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_automatic_numbering_gives_the_same_sections_and_tasks_in_docx_doc_odt_and_rtf(tmp_path):
    import shutil
    import subprocess

    from pipeline.extract import extract_bytes

    plan_docx = render_docx(NUMBERED_PLAN, tmp_path / "plan.docx", fmt="txt", bullets=True)
    typed = [p.text for p in docx.Document(str(plan_docx)).paragraphs]
    assert "Nâng cao nhận thức của cán bộ, công chức và Nhân dân về chuyển đổi số." in typed
    assert not any(t.startswith(("I.", "1.", "a)", "- ", "+ ")) for t in typed)   # every marker is numbering's
    files = {"docx": plan_docx, "doc": render_doc(plan_docx, tmp_path / "plan.doc"),
             "odt": render_odt(plan_docx, tmp_path / "plan.odt")}
    # RTF saved from the .docx, and from the .doc (which keeps the "+" bullet in Symbol, U+F02B)
    word97 = shutil.copyfile(files["doc"], tmp_path / "plan97.doc")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([shutil.which("soffice") or shutil.which("libreoffice"), f"-env:UserInstallation={profile}",
                    "--headless", "--norestore", "--convert-to", "rtf", "--outdir", str(tmp_path / "rtf"),
                    str(plan_docx), str(word97)], check=True, capture_output=True, timeout=180)
    files["rtf"] = tmp_path / "rtf" / "plan.rtf"
    files["rtf (from the .doc)"] = tmp_path / "rtf" / "plan97.rtf"

    def outline(plan):
        return ([(s.section_id, s.level, s.marker, s.heading, s.kind, s.parent_id) for s in plan.sections],
                [(t.section_id, t.label, t.text, t.lead_units, t.deadline) for t in plan.tasks])

    typed_plan = extract_bytes(NUMBERED_PLAN.encode("utf-8"), "plan.txt")   # the markers typed as text
    want = outline(typed_plan)
    assert [s.marker for s in typed_plan.sections] == ["I", "1", "2", "II", "1", "a", "b", "2", "a", "b", "3",
                                                      "III", "IV", "1", "2"]
    assert [t.label for t in typed_plan.tasks] == ["a", "b", "a", "b", "3"]
    for fmt, path in files.items():
        plan = extract_bytes(path.read_bytes(), path.name)
        assert plan.document.source_format == fmt.split()[0]
        assert outline(plan) == want, fmt
        lines = [ln.text for ln in plan.document.lines]
        assert "+ Tổ chức 02 lớp tập huấn kỹ năng bán hàng trực tuyến." in lines, fmt   # the bullets' marks too
        assert "- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình." in lines, fmt


# ---------------------------------------------------------------- an .odt written natively

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:xml="http://www.w3.org/XML/1998/namespace"')


def _odt(body: str, automatic: str = "", styles: str = "") -> bytes:
    """An OpenDocument text made by hand: content.xml (its automatic styles and body), styles.xml
    (common styles such as the outline numbering) and the manifest, the mimetype stored first."""
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.2">'
           f'<office:automatic-styles>{automatic}</office:automatic-styles>'
           f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    common = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS} office:version="1.2">'
              f'<office:styles>{styles}</office:styles></office:document-styles>')
    entries = "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="text/xml"/>'
                      for n in ("content.xml", "styles.xml"))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="application/vnd.oasis.opendocument.text"/>{entries}</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, text in (("content.xml", doc), ("styles.xml", common), ("META-INF/manifest.xml", manifest)):
            zf.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _odf_p(text: str) -> str:
    from xml.sax.saxutils import escape

    return f"<text:p>{escape(text)}</text:p>"


def _odf_list(*items: str, attrs: str = "", start: int | None = None) -> str:
    """A text:list of items (each its paragraph and any nested list); start= the first item's
    text:start-value; the outermost list names the list style, nested ones inherit it."""
    out = []
    for i, item in enumerate(items):
        value = f' text:start-value="{start}"' if start is not None and i == 0 else ""
        out.append(f"<text:list-item{value}>{item}</text:list-item>")
    return f"<text:list {attrs}>{''.join(out)}</text:list>"


# the list style a LibreOffice user sets up for a plan: "I." / "1." / "a)" and a "-" bullet below
PLAN_LIST_STYLE = ('<text:list-style style:name="L1">' + "".join(
    f'<text:list-level-style-number text:level="{i}" style:num-format="{fmt}" style:num-suffix="{suffix}">'
    '<style:list-level-properties text:min-label-width="0.6cm"/></text:list-level-style-number>'
    for i, (fmt, suffix) in enumerate([("I", "."), ("1", "."), ("a", ")")], 1))
    + '<text:list-level-style-bullet text:level="4" text:bullet-char="-">'
    '<style:list-level-properties text:min-label-width="0.6cm"/></text:list-level-style-bullet></text:list-style>')

NATIVE_HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN HƯƠNG SƠN", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Hương Sơn, ngày 20 tháng 3 năm 2025", "KẾ HOẠCH",
               "Phòng cháy, chữa cháy rừng năm 2025", "Căn cứ Luật Lâm nghiệp ngày 15/11/2017; Ủy ban nhân dân "
               "huyện ban hành Kế hoạch như sau:"]
NATIVE_TAIL = ["Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Sơn"]
NATIVE_BODY = [   # the plan as LibreOffice prints it
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
    "Bảo đảm chủ động phòng ngừa, hạn chế thấp nhất số vụ cháy rừng.",
    "II. NHIỆM VỤ", "1. Công tác tuyên truyền",
    "a) Hạt Kiểm lâm huyện tổ chức tuyên truyền trên loa truyền thanh các xã trong tháng 4/2025.",
    "b) Ủy ban nhân dân các xã ký cam kết bảo vệ rừng với các hộ nhận khoán trước ngày 30/4/2025.",
    "- Hộ gia đình ven rừng đăng ký phương án chữa cháy tại chỗ.",
    "2. Công tác trực và kiểm tra",
    "Trong mùa khô, chế độ trực được thực hiện như sau:",
    "3. Hạt Kiểm lâm huyện trực 24/24 giờ tại các chòi canh từ tháng 5 đến tháng 8 năm 2025.",
    "III. TỔ CHỨC THỰC HIỆN", "1. Hạt Kiểm lâm huyện",
    "Tham mưu Ủy ban nhân dân huyện tổng hợp kết quả, báo cáo trước ngày 15/12/2025.",
    "2. Ủy ban nhân dân các xã",
    "V. KINH PHÍ THỰC HIỆN", "Kinh phí thực hiện từ nguồn ngân sách huyện năm 2025.",
]


def _native_plan_odt() -> bytes:
    """NATIVE_BODY written as a LibreOffice user keeps it: no marker typed, each heading an item of
    nested lists; lists broken by body text and continued (text:continue-numbering, text:continue-list
    naming the first list's xml:id), and a last list restarted by hand at V (text:start-value)."""
    b = NATIVE_BODY
    body = "".join(_odf_p(t) for t in NATIVE_HEAD)
    strip = [t.split(" ", 1)[1] if t[:1] in "IV123ab-" else t for t in b]
    body += _odf_list(_odf_p(strip[0]) + _odf_list(_odf_p(strip[1]), _odf_p(strip[2])),
                      attrs='text:style-name="L1" xml:id="plan"')
    body += _odf_p(b[3])
    tasks = _odf_list(_odf_p(strip[6]), _odf_p(strip[7]) + _odf_list(_odf_p(strip[8])))
    body += _odf_list(_odf_p(strip[4]) + _odf_list(_odf_p(strip[5]) + tasks, _odf_p(strip[9])),
                      attrs='text:style-name="L1" text:continue-numbering="true"')
    body += _odf_p(b[10])
    # an item of the second level alone in a list that goes on with the numbering before it
    body += _odf_list(_odf_list(_odf_p(strip[11])), attrs='text:style-name="L1" text:continue-numbering="true"')
    body += _odf_list(_odf_p(strip[12]) + _odf_list(_odf_p(strip[13])), attrs='text:style-name="L1" '
                      'text:continue-list="plan"')
    body += _odf_p(b[14])
    body += _odf_list(_odf_list(_odf_p(strip[15])), attrs='text:style-name="L1" text:continue-numbering="true"')
    body += _odf_list(_odf_p(strip[16]), attrs='text:style-name="L1"', start=5)
    body += _odf_p(b[17]) + "".join(_odf_p(t) for t in NATIVE_TAIL)
    return _odt(body, automatic=PLAN_LIST_STYLE)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_native_odt_nested_lists_continued_and_restarted_read_as_printed():
    from pipeline.extract import extract_bytes

    plan = extract_bytes(_native_plan_odt(), "ke-hoach-pccc-rung.odt")
    assert plan.document.source_format == "odt"
    lines = [ln.text for ln in plan.document.lines]
    assert lines == NATIVE_HEAD + NATIVE_BODY + NATIVE_TAIL
    twin = extract_bytes("\n".join(NATIVE_HEAD + NATIVE_BODY + NATIVE_TAIL).encode("utf-8"), "twin.txt")

    def outline(p):
        return ([(s.level, s.marker, s.heading, s.kind, s.parent_id) for s in p.sections],
                [(t.section_id, t.label, t.text, t.lead_units, t.deadline) for t in p.tasks])

    assert outline(plan) == outline(twin)
    assert [s.marker for s in plan.sections][:4] == ["I", "1", "2", "II"]
    assert [t.label for t in plan.tasks] == ["a", "b", "2", "3"]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_native_odt_outline_numbered_headings_without_a_label_gap():
    """Headings numbered by the outline style (text:h, text:outline-style) and a list with a prefix
    and two levels shown ("(1)", "1.1."), labels with no width: LibreOffice saves them "followed by
    nothing", and the marker still stands apart from the heading; an unnumbered text:list-header and
    a text:start-value on the second level."""
    from xml.sax.saxutils import escape

    levels = [("I", "."), ("1", "."), ("a", ")")]
    outline = '<text:outline-style style:name="Outline">' + "".join(
        f'<text:outline-level-style text:level="{i}" style:num-format="{f}" style:num-suffix="{s}">'
        '<style:list-level-properties/></text:outline-level-style>' for i, (f, s) in enumerate(levels, 1))
    outline += "</text:outline-style>" + "".join(
        f'<style:style style:name="Heading_20_{i}" style:display-name="Heading {i}" style:family="paragraph" '
        f'style:default-outline-level="{i}"/>' for i in (1, 2, 3))
    listed = ('<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
              'style:num-prefix="(" style:num-suffix=")" style:num-format="1"><style:list-level-properties/>'
              '</text:list-level-style-number><text:list-level-style-number text:level="2" style:num-suffix="." '
              'style:num-format="1" text:display-levels="2"><style:list-level-properties/>'
              '</text:list-level-style-number></text:list-style>')

    def h(text, level):
        return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(text)}</text:h>'

    body = (_odf_p("KẾ HOẠCH") + h("MỤC ĐÍCH, YÊU CẦU", 1) + h("Mục đích", 2) + _odf_p("Nâng cao ý thức.")
            + h("NHIỆM VỤ", 1) + h("Tuyên truyền", 2) + h("Hạt Kiểm lâm tuyên truyền.", 3)
            + h("Xã tuyên truyền.", 3)
            + '<text:list text:style-name="L2"><text:list-item>' + _odf_p("Một")
            + "<text:list><text:list-item>" + _odf_p("Một chấm một") + "</text:list-item>"
            + '<text:list-item text:start-value="4">' + _odf_p("Bốn") + "</text:list-item></text:list>"
            + "</text:list-item><text:list-header>" + _odf_p("Không số") + "</text:list-header>"
            + "<text:list-item>" + _odf_p("Hai") + "</text:list-item></text:list>")
    raw = read_document(_odt(body, automatic=listed, styles=outline), Path("dan-y.odt"))
    assert [ln.text for ln in normalize(raw).lines] == [
        "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao ý thức.", "II. NHIỆM VỤ", "1. Tuyên truyền",
        "a) Hạt Kiểm lâm tuyên truyền.", "b) Xã tuyên truyền.", "(1) Một", "1.1. Một chấm một", "1.4. Bốn",
        "Không số", "(2) Hai"]


# ---------------------------------------------------------------- the sample plans


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*")) if SAMPLES.exists() else [])
def test_sample_plans_survive_a_trip_through_docx(sample, tmp_path):
    src = SAMPLES / sample
    fmt = "md" if src.suffix in (".md", ".markdown") else "txt"
    path = render_docx(src.read_text(encoding="utf-8"), tmp_path / f"{src.stem}.docx", fmt=fmt)
    expected = normalize(read_text(src.read_bytes(), fmt))
    got = normalize(read_document(path.read_bytes(), path))
    want, have = Counter(expected.text.split()), Counter(got.text.split())
    recall = 1 - sum((want - have).values()) / sum(want.values())
    assert recall >= 0.98, (recall, list((want - have).elements())[:20])
    # every table row of the plan is a row of a Word table
    assert sum(ln.is_row for ln in got.lines) == sum(ln.is_row for ln in expected.lines)


def test_a_word_plan_with_cells_merged_down_and_group_rows_merged_across(tmp_path):
    """The Mỹ Xuyên plan as typed in Word: "Cơ quan chủ trì" merged down over rows 1–5 and 7–9,
    "Cơ quan phối hợp" over rows 1–3, "Thời gian" over rows 7–9 and 11–12, "II. LĨNH VỰC AN TOÀN
    THỰC PHẨM" merged across the table. Each covered row gets the unit and timing printed once; the
    support cell of row 12, merely empty, stays empty; a group row is no task."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "my-xuyen-y-te-dan-so-2025"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True)
    raw = read_document(path.read_bytes(), path)
    assert sum(bool(ln.merged_above) for ln in raw.lines) == 7
    tasks = extract_bytes(path.read_bytes(), path.name).tasks
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["timing_text"]) for g in gold]



def test_a_word_plan_with_a_two_row_header_over_units_and_dates_and_cells_merged_down(tmp_path):
    """The Quỳ Hợp plan as typed in Word: "Đơn vị thực hiện" over "Chủ trì | Phối hợp" and "Thời
    gian" over "Bắt đầu | Kết thúc" (two header rows, repeated on each page), a "Sản phẩm" column
    that names no unit, "Hội Chữ thập đỏ huyện" merged down over rows 1–3 and 8–9, the dates of row
    4 merged down over row 5: every covered row gets the unit or dates printed once, dated by the
    end column; no header row, group row or product is a task."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "quy-hop-bcd-hien-mau-tinh-nguyen-2025"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True)
    body = zipfile.ZipFile(path).read("word/document.xml")
    assert body.count(b"<w:tblHeader/>") == 2     # both header rows repeat on each page
    raw = read_document(path.read_bytes(), path)
    assert sum(bool(ln.merged_above) for ln in raw.lines) >= 6
    tasks = extract_bytes(path.read_bytes(), path.name).tasks
    assert [(t.label, t.text, t.lead_units, t.support_units, t.deadline.isoformat(), t.timing_text) for t in tasks] == [
        (str(k), g["text"], g["lead_units"], g["support_units"], g["deadline"], g["timing_text"])
        for k, g in enumerate(gold, 1)]
    assert not any("đơn vị máu" in " ".join(t.support_units) or "Báo cáo" in t.text[:6] for t in tasks)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("xhtml", [False, True])
def test_a_word_plan_saved_as_a_web_page_keeps_its_numbering_and_merged_cells(tmp_path, xhtml):
    """The Quỳ Hợp plan saved as a web page by LibreOffice: the parts and items Word numbered keep
    their numbers (<ol type="I" start="5">, or a label glued to the text), so the parts, the items
    of Tổ chức thực hiện and the table's merged units and dates read as from the Word file."""
    import json

    from pipeline.extract import extract_bytes
    from render_docx import render_html

    root = Path(__file__).resolve().parent
    stem = "quy-hop-bcd-hien-mau-tinh-nguyen-2025"
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    page = render_html(render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True),
                       tmp_path / f"{stem}.html", xhtml=xhtml)
    plan = extract_bytes(page.read_bytes(), page.name)
    assert [(s.marker, s.kind) for s in plan.sections if s.level == 1] == [
        (s["marker"], s["kind"]) for s in gold["sections"]]
    assert [a.units for a in plan.assignments] == [a["units"] for a in gold["assignments"]]
    assert [(t.text, t.lead_units, t.support_units, t.deadline.isoformat()) for t in plan.tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["deadline"]) for g in gold["tasks"]]


def test_a_word_plan_with_a_nine_column_table_keeps_every_column(tmp_path):
    """A monitoring grid of nine columns laid out by a typist on a portrait page: the columns share
    the 16.5 cm (no column gets a width below zero), and Word's table reads back with nine cells a row."""
    from docx import Document as WordDocument

    head = ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"]
    row = ["1", "Kiểm tra việc thực hiện thủ tục hành chính tại bộ phận một cửa", "Văn phòng UBND",
           "Công an xã", "x", "", "x", "", ""]
    text = ("**ỦY BAN NHÂN DÂN**\n**XÃ AN BÌNH**\nSố: 7/KH-UBND\n\n**KẾ HOẠCH**\n\n**Kiểm tra năm 2025**\n\n"
            "**I. NỘI DUNG**\n\n| " + " | ".join(head) + " |\n|" + "---|" * 9 + "\n| " + " | ".join(row) + " |\n")
    path = render_docx(text, tmp_path / "grid.docx", fmt="md", word_layout=True)
    table = WordDocument(str(path)).tables[-1]
    widths = [c.width for c in table.rows[0].cells]
    assert len(widths) == 9 and all(w and w > 0 for w in widths)
    assert [c.text for c in table.rows[1].cells][:3] == row[:3]


# ---------------------------------------------------------------- footnotes
# Plans cite documents in footnotes ("¹ Kế hoạch số 85/KH-UBND ngày …"), printed at the foot of the
# page: they are the plan's text, read after the body where they join no task, heading or signer.
FOOTNOTED = """**ỦY BAN NHÂN DÂN**
**XÃ BẢO LÂM 1**
Số: 21/KH-UBND
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Bảo Lâm 1, ngày 05 tháng 3 năm 2026*

**KẾ HOẠCH**

**Chuyển đổi số năm 2026**

Thực hiện chỉ đạo của UBND tỉnh Lâm Đồng[^a], UBND xã ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao hiệu quả phục vụ người dân.

**II. NHIỆM VỤ**

1. Số hóa hồ sơ thủ tục hành chính theo quy định[^b], hoàn thành trước ngày 30/6/2026.

2. Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng, trong quý III/2026.

**III. TỔ CHỨC THỰC HIỆN**

1. Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo.

**Nơi nhận:**
- UBND tỉnh Lâm Đồng (b/c);
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**K' Điệp**

[^a]: Kế hoạch số 140/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng về chuyển đổi số năm 2026.
[^b]: Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ.
[^c]: Một ghi chú không được dẫn tới.
"""


def test_footnotes_follow_the_body_without_their_marks(tmp_path):
    path = render_docx(FOOTNOTED, tmp_path / "bao-lam.docx", fmt="md")
    assert b"footnoteReference" in zipfile.ZipFile(path).read("word/document.xml")
    lines = [ln.text for ln in read_document(path.read_bytes(), path).lines]
    assert lines[-2:] == ["Kế hoạch số 140/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng về chuyển đổi số năm 2026.",
                          "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ."]
    assert "Thực hiện chỉ đạo của UBND tỉnh Lâm Đồng, UBND xã ban hành Kế hoạch như sau:" in lines
    assert not any("không được dẫn tới" in t for t in lines)   # a note nothing refers to is not printed
    assert not any(PAGE_HEADER_TEXT in t or PAGE_FOOTER_TEXT in t for t in lines)


def test_documents_cited_in_footnotes_are_references_and_leave_the_closing_alone(tmp_path):
    from pipeline.extract import extract_bytes

    path = render_docx(FOOTNOTED, tmp_path / "bao-lam.docx", fmt="md")
    plan = extract_bytes(path.read_bytes(), path.name)
    refs = {r.symbol: (r.relation, r.issued_date.isoformat() if r.issued_date else None) for r in plan.references}
    assert refs == {"140/KH-UBND": ("cited", "2026-01-20"), "118/2025/NĐ-CP": ("cited", "2025-06-09")}
    assert [t.text for t in plan.tasks] == [
        "Số hóa hồ sơ thủ tục hành chính theo quy định, hoàn thành trước ngày 30/6/2026.",
        "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng, trong quý III/2026."]
    assert (plan.header.signer_name, plan.header.signing_authority) == ("K' Điệp", "TM. ỦY BAN NHÂN DÂN")
    assert [r.recipient for r in plan.recipients] == ["UBND tỉnh Lâm Đồng (b/c)", "Lưu: VT"]


def test_a_word_plan_without_footnotes_reads_as_before(tmp_path):
    plain = FOOTNOTED.split("[^a]:")[0].replace("[^a]", "").replace("[^b]", "")
    path = render_docx(plain, tmp_path / "bao-lam.docx", fmt="md")
    assert "word/footnotes.xml" not in zipfile.ZipFile(path).namelist()
    assert read_document(path.read_bytes(), path).lines[-1].text == "K' Điệp"


# ---------------------------------------------------------------- tracked changes and comments
# A plan saved from Word with its review still in it: the text is Word's with every change
# accepted. Deleted and moved-away text is gone, inserted and moved-here text is in; comments are
# no part of it; a paragraph deleted or moved away with its mark takes no list number, and one
# whose mark alone was deleted runs on into the next.
REVIEWED = """**ỦY BAN NHÂN DÂN**
**XÃ PÚNG LUÔNG**
Số: 17/KH-UBND
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
*Púng Luông, ngày 05 tháng 3 năm 2025*

**KẾ HOẠCH**

**Phòng, chống thiên tai năm 2025**

Thực hiện Kế hoạch số {--12/KH-UBND--}{++27/KH-UBND++} của UBND huyện{>>Xem Công văn số 88/UBND-NN<<}.

**I. MỤC ĐÍCH, YÊU CẦU**

Chủ động ứng phó, {==giảm thiểu thiệt hại==}{>>Bổ sung chỉ tiêu cụ thể<<} do thiên tai gây ra.

{--II. KINH PHÍ--}

{--Kinh phí từ ngân sách xã.--}

**II. NHIỆM VỤ**

| STT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Rà soát các điểm có nguy cơ sạt lở đất | Công chức Địa chính - Xây dựng | Tháng 4/2025 |
| {--2--} | {--Diễn tập phòng, chống lũ quét--} | {--Ban Chỉ huy Quân sự xã--} | {--Quý II/2025--} |
| {++2++} | {++Di dời các hộ ở vùng nguy hiểm++} | {++Công an xã++} | {++Trước ngày 30/6/2025++} |

**III. TỔ CHỨC THỰC HIỆN**

{->1. Ban Chỉ huy phòng, chống thiên tai xã theo dõi, đôn đốc.->}

2. Các thôn tuyên truyền đến từng hộ dân.

{<-3. Ban Chỉ huy phòng, chống thiên tai xã theo dõi, đôn đốc.<-}

3. Công an xã bảo đảm an ninh trật tự.

4. {--Đoàn Thanh niên xã--}

5. Trạm Y tế xã chuẩn bị thuốc men.
"""


def _reviewed_lines(tmp_path, source: str = REVIEWED) -> list[str]:
    path = render_docx(source, tmp_path / "reviewed.docx", fmt="md")
    return [ln.text for ln in normalize(read_document(path.read_bytes(), path)).lines]


def test_a_reviewed_plan_reads_as_with_its_changes_accepted(tmp_path):
    lines = _reviewed_lines(tmp_path)
    text = "\n".join(lines)
    assert "Thực hiện Kế hoạch số 27/KH-UBND của UBND huyện." in lines
    for gone in ("12/KH-UBND", "KINH PHÍ", "Kinh phí từ ngân sách", "Diễn tập", "88/UBND-NN", "Bổ sung chỉ tiêu"):
        assert gone not in text, gone
    assert "Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra." in lines
    # the deleted row is gone, the inserted one is a row of the table
    assert [ln for ln in lines if ln.startswith(("1 ", "2 "))] == [
        "1 Rà soát các điểm có nguy cơ sạt lở đất Công chức Địa chính - Xây dựng Tháng 4/2025",
        "2 Di dời các hộ ở vùng nguy hiểm Công an xã Trước ngày 30/6/2025"]


def test_a_part_deleted_with_its_mark_takes_no_number(tmp_path):
    """"II. KINH PHÍ" deleted whole: the next part is "II." again, as Word numbers it once accepted."""
    lines = _reviewed_lines(tmp_path)
    assert [ln for ln in lines if ln[:4] in ("I. M", "II. ", "III.")] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"]


def test_a_paragraph_moved_away_takes_no_number_and_an_emptied_one_keeps_its_own(tmp_path):
    """The item moved up is numbered where it now stands; where it stood it counts no more. An item
    whose text alone was deleted (its mark kept) is still an empty numbered paragraph in Word: the
    one after it is "5."."""
    lines = _reviewed_lines(tmp_path)
    numbered = [ln for ln in lines if ln[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert numbered == ["1. Ban Chỉ huy phòng, chống thiên tai xã theo dõi, đôn đốc.",
                        "2. Các thôn tuyên truyền đến từng hộ dân.", "3. Công an xã bảo đảm an ninh trật tự.",
                        "5. Trạm Y tế xã chuẩn bị thuốc men."]


def _with_marks(tmp_path, paragraphs: list[tuple[str, str | None]], numbered: bool = False) -> list[str]:
    """A .docx of paragraphs (text, change of its mark: "del", "moveFrom", "ins" or None), optionally
    in one decimal list; the lines read back."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    num_id = None
    if numbered:
        path = render_docx("1. Mở đầu\n2. Tiếp theo", tmp_path / "list.docx", fmt="txt")
        document = docx.Document(str(path))
        body = document.element.body
        first = body.findall(qn("w:p"))[0]
        num_id = first.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
        for p in body.findall(qn("w:p")):
            body.remove(p)
    for i, (text, mark) in enumerate(paragraphs):
        p = document.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        if num_id is not None:
            numpr = OxmlElement("w:numPr")
            for tag, val in (("w:ilvl", "1"), ("w:numId", num_id)):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                numpr.append(el)
            ppr.append(numpr)
        if mark:
            rpr = OxmlElement("w:rPr")
            change = OxmlElement(f"w:{mark}")
            change.set(qn("w:id"), str(i + 1))
            change.set(qn("w:author"), "Reviewer")
            rpr.append(change)
            ppr.append(rpr)
    out = tmp_path / "marks.docx"
    document.save(str(out))
    return [ln.text for ln in docx_reader.read(out.read_bytes(), out).lines]


@pytest.mark.parametrize("mark", ["del", "moveFrom"])
def test_a_deleted_paragraph_mark_runs_the_text_on_into_the_next_paragraph(tmp_path, mark):
    assert _with_marks(tmp_path, [("Tuyên truyền trên loa truyền thanh ", mark), ("và các nhóm Zalo của thôn.", None),
                                  ("Kết thúc.", None)]) == [
        "Tuyên truyền trên loa truyền thanh và các nhóm Zalo của thôn.", "Kết thúc."]


def test_a_numbered_paragraph_joined_by_a_deleted_mark_keeps_the_first_number(tmp_path):
    """The two items merged: one number for both, the next item goes on from it."""
    assert _with_marks(tmp_path, [("Rà soát hộ nghèo ", "del"), ("theo chuẩn mới.", None), ("Tổng hợp, báo cáo.", None)],
                       numbered=True) == ["1. Rà soát hộ nghèo theo chuẩn mới.", "2. Tổng hợp, báo cáo."]


@pytest.mark.parametrize("mark", [None, "ins"])
def test_a_kept_or_inserted_paragraph_mark_keeps_the_paragraphs_apart(tmp_path, mark):
    assert _with_marks(tmp_path, [("Tuyên truyền trên loa.", mark), ("Phát tờ rơi.", None)]) == [
        "Tuyên truyền trên loa.", "Phát tờ rơi."]
    assert _with_marks(tmp_path, [("Rà soát.", mark), ("Báo cáo.", None)], numbered=True) == [
        "1. Rà soát.", "2. Báo cáo."]


def test_a_paragraph_whose_mark_was_deleted_before_a_table_ends_there(tmp_path):
    path = render_docx("Danh sách như sau:\n| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |", tmp_path / "t.docx", fmt="md")
    document = docx.Document(str(path))
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = document.paragraphs[0]._p
    rpr = OxmlElement("w:rPr")
    change = OxmlElement("w:del")
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Reviewer")
    rpr.append(change)
    p.get_or_add_pPr().append(rpr)
    document.save(str(path))
    lines = docx_reader.read(path.read_bytes(), path).lines
    assert [(ln.text, bool(ln.cells)) for ln in lines] == [
        ("Danh sách như sau:", False), ("STT\tNội dung", True), ("1\tRà soát", True)]


# ---------------------------------------------------------------- PDF converted to Word
# ABBYY FineReader, Adobe's "Export to Word" and online converters: text boxes and frames placed
# on the page, a page number and a running title opening each page, every printed line its own
# paragraph, a table cut in two at a page break, signer and Nơi nhận on tab-aligned lines.
from render_converted_docx import SECT, _cell, _frame, _p, _run, _t, _textbox, _write  # noqa: E402


def _converted(tmp_path, parts: list[str]) -> list[str]:
    path = tmp_path / "converted.docx"
    _write(parts, path)
    return [ln.text for ln in normalize(read_document(path.read_bytes(), path)).lines]


def _end_page(text: str) -> str:
    """A paragraph that closes its page's section (the converter's page break)."""
    return f"<w:p><w:pPr>{SECT}</w:pPr>{_run(text)}</w:p>"


def _page_number(n: int) -> str:
    return f"<w:p><w:r><w:lastRenderedPageBreak/>{_t(str(n))}</w:r></w:p>"


def _tbl(rows: list[list[list[str]]]) -> str:
    grid = "".join('<w:gridCol w:w="1800"/>' for _ in rows[0])
    body = "".join("<w:tr>" + "".join(_cell(c, 1800) for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


ISSUER = ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 12/KH-UBND"]
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Lập, ngày 03 tháng 3 năm 2025"]


def test_text_boxes_are_read_where_they_sit_on_the_page(tmp_path):
    """The motto's box written first but placed right of the issuer's: the issuer's lines come
    first, as the PDF reader reads the page; boxes stacked one under the other, top to bottom."""
    lines = _converted(tmp_path, [_p(_textbox(MOTTO, 3400000, "M") + _textbox(ISSUER, 400000, "I")), _p(_run("KẾ HOẠCH"))])
    assert lines[:7] == ISSUER + MOTTO + ["KẾ HOẠCH"]
    lower = _textbox(["Phòng Văn hóa - Thông tin"], 400000, "B").replace("540000", "2540000")
    upper = _textbox(["Trạm Y tế xã"], 3400000, "A")
    assert _converted(tmp_path, [_p(lower + upper)]) == ["Trạm Y tế xã", "Phòng Văn hóa - Thông tin"]


def test_text_boxes_without_a_position_keep_their_order(tmp_path):
    a = _textbox(["Hộp thứ nhất"], 3400000, "A").replace("<wp:positionH", "<wp:positionX").replace("</wp:positionH>", "</wp:positionX>")
    assert _converted(tmp_path, [_p(a + _textbox(["Hộp thứ hai"], 400000, "B"))]) == ["Hộp thứ nhất", "Hộp thứ hai"]


def test_frames_level_with_each_other_are_read_left_to_right(tmp_path):
    """The signer's frame written before Nơi nhận's, level with it and to its right."""
    parts = _frame(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Sinh"], 6300, 9000) + \
        _frame(["Nơi nhận:", "- UBND huyện;", "- Lưu: VT."], 1700, 9100)
    assert _converted(tmp_path, parts) == ["Nơi nhận:", "- UBND huyện;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
                                           "CHỦ TỊCH", "Lò Văn Sinh"]
    # one frame well above the other: top to bottom, whatever their sides
    parts = _frame(["Khung trên bên phải"], 6300, 2000) + _frame(["Khung dưới bên trái"], 1700, 9000)
    assert _converted(tmp_path, parts) == ["Khung trên bên phải", "Khung dưới bên trái"]


def test_page_numbers_and_a_running_title_are_page_furniture(tmp_path):
    running = "UBND xã Tân Lập - Kế hoạch phòng, chống thiên tai năm 2025"
    parts = [_p(_run("Căn cứ tình hình thực tế, UBND xã Tân Lập xây dựng Kế hoạch phòng, chống thiên tai")),
             _end_page("năm 2025 trên địa bàn xã như sau:"),
             _page_number(2), _p(_run(running)), _p(_run("I. MỤC ĐÍCH, YÊU CẦU")),
             _end_page("Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn"),
             _page_number(3), _p(_run(running)), _p(_run("xã, nhất là tại các thôn vùng trũng."))]
    assert _converted(tmp_path, parts) == [
        "Căn cứ tình hình thực tế, UBND xã Tân Lập xây dựng Kế hoạch phòng, chống thiên tai năm 2025 trên địa bàn xã như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn xã, nhất là tại các thôn vùng trũng."]


def test_numbers_and_repeated_lines_away_from_page_breaks_stay(tmp_path):
    """A bare number that no page break touches, and a line that opens only one page, are text."""
    parts = [_p(_run("Số hộ được hỗ trợ:")), _p(_run("12")), _end_page("Kết thúc trang."),
             _p(_run("Ghi chú: số liệu tạm tính")), _p(_run("Nội dung tiếp theo."))]
    assert _converted(tmp_path, parts) == ["Số hộ được hỗ trợ:", "12", "Kết thúc trang.", "Ghi chú: số liệu tạm tính",
                                           "Nội dung tiếp theo."]


HEAD = [["STT"], ["Nội dung công việc"], ["Đơn vị chủ trì"], ["Thời gian"]]


def test_a_row_cut_by_a_page_break_is_one_row(tmp_path):
    """The converter cuts the table in two at the page break: the second table's first row, STT
    empty, is the rest of the last row above (its header, repeated on the new page, is dropped)."""
    first = _tbl([HEAD, [["1"], ["Rà soát, cập nhật phương án", "ứng phó thiên tai"], ["Ban Chỉ huy", "phòng, chống"], ["Quý II/2025"]]])
    rest = _tbl([HEAD, [[], ["tại các thôn vùng trũng"], ["thiên tai xã"], []],
                 [["2"], ["Diễn tập cứu hộ, cứu nạn"], ["Ban Chỉ huy Quân sự xã"], ["Tháng 6/2025"]]])
    path = tmp_path / "cut.docx"
    _write([first, _page_number(2), rest], path)
    raw = read_document(path.read_bytes(), path)
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert len(rows) == 3 and len({ln.table_id for ln in rows}) == 1
    assert rows[1].cells[1].split("\n")[-1] == "tại các thôn vùng trũng"
    doc = normalize(raw)
    assert doc.cell_texts(doc.lines[1])[1:3] == ["Rà soát, cập nhật phương án ứng phó thiên tai tại các thôn vùng trũng",
                                                  "Ban Chỉ huy phòng, chống thiên tai xã"]


def test_tables_not_parted_by_a_page_break_or_with_a_numbered_first_row_stay_apart(tmp_path):
    first = _tbl([HEAD, [["1"], ["Rà soát phương án"], ["Ban Chỉ huy"], ["Quý II/2025"]]])
    unnumbered = _tbl([[[], ["Ghi chú của bảng"], ["Văn phòng"], []]])
    path = tmp_path / "apart.docx"
    _write([first, _p(_run("Bảng 2")), unnumbered], path)     # no page break between
    rows = [ln for ln in read_document(path.read_bytes(), path).lines if ln.cells is not None]
    assert len(rows) == 3 and rows[1].cells[1] == "Rà soát phương án"
    numbered = _tbl([[["2"], ["Diễn tập"], ["Ban Chỉ huy Quân sự xã"], ["Tháng 6/2025"]]])
    _write([first, _page_number(2), numbered], path)           # a page break, but a row of its own
    rows = [ln for ln in read_document(path.read_bytes(), path).lines if ln.cells is not None]
    assert [r.cells[0] for r in rows] == ["STT", "1", "2"] and len({ln.table_id for ln in rows}) == 1


LINE_PARAGRAPHS = ["Ủy ban nhân dân xã Tân Lập xây dựng Kế hoạch phòng, chống thiên tai năm 2025",
                   "trên địa bàn xã, với các nội dung chủ yếu sau đây nhằm chủ động phòng ngừa,",
                   "ứng phó kịp thời, giảm thiểu thiệt hại về người và tài sản do thiên tai gây",
                   "ra; bảo đảm an toàn cho nhân dân trong mùa mưa bão năm 2025."]


def test_when_every_printed_line_is_a_paragraph_cell_lines_are_rejoined(tmp_path):
    """A converted document's cell holds a paragraph per printed line: they rejoin where they
    wrapped ("Văn phòng -" / "Thống kê xã") and stay apart after ";" — as in a PDF's cell."""
    table = _tbl([HEAD, [["1"], ["Kiện toàn Ban Chỉ huy", "phòng, chống thiên tai"], ["Văn phòng -", "Thống kê xã;",
                                                                                        "Trạm Y tế xã"], ["Quý I/2025"]]])
    path = tmp_path / "lines.docx"
    _write([_p(_run(t)) for t in LINE_PARAGRAPHS] + [table], path)
    doc = normalize(read_document(path.read_bytes(), path))
    assert doc.lines[0].text.endswith("mùa mưa bão năm 2025.")
    assert doc.cell_texts(doc.lines[2])[1:3] == ["Kiện toàn Ban Chỉ huy phòng, chống thiên tai",
                                                 "Văn phòng - Thống kê xã;\nTrạm Y tế xã"]


def test_a_typists_cell_paragraphs_stay_apart(tmp_path):
    """In a document typed in Word (paragraphs end sentences), a cell's paragraphs are the author's."""
    table = _tbl([HEAD, [["1"], ["Kiện toàn Ban Chỉ huy"], ["Phòng Nội vụ", "Phòng Tư pháp"], ["Quý I/2025"]]])
    path = tmp_path / "typed.docx"
    _write([_p(_run(" ".join(LINE_PARAGRAPHS)))] + [table], path)
    doc = normalize(read_document(path.read_bytes(), path))
    assert doc.cell_texts(doc.lines[2])[2] == "Phòng Nội vụ\nPhòng Tư pháp"


def _tabbed(left: str, right: str) -> str:
    return _p((_run(left) if left else "") + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>" + (_run(right) if right else ""))


def test_tab_aligned_signature_and_header_blocks_are_read_column_by_column(tmp_path):
    parts = [_tabbed("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             _tabbed("HUYỆN ĐỨC HÒA", "Độc lập - Tự do - Hạnh phúc"),
             _tabbed("Số: 112/KH-UBND", "Đức Hòa, ngày 07 tháng 3 năm 2025"),
             _p(_run("KẾ HOẠCH")),
             _tabbed("Nơi nhận:", "KT. CHỦ TỊCH"), _tabbed("- Sở GD&ĐT;", "PHÓ CHỦ TỊCH"), _tabbed("- Lưu: VT.", ""),
             _tabbed("", "Nguyễn Thị Mỹ Hạnh")]
    assert _converted(tmp_path, parts) == [
        "ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC HÒA", "Số: 112/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Đức Hòa, ngày 07 tháng 3 năm 2025", "KẾ HOẠCH",
        "Nơi nhận:", "- Sở GD&ĐT;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Mỹ Hạnh"]


def test_a_left_line_with_nothing_beside_it_stays_in_its_column(tmp_path):
    """A recipient with nothing beside it gets no tab from the converter: still the left column."""
    parts = [_tabbed("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), _tabbed("- UBND huyện;", "CHỦ TỊCH"), _p(_run("- Đảng ủy xã;")),
             _tabbed("- Lưu: VT.", "Lò Văn Sinh"), _p(_run("KẾ HOẠCH KIỂM TRA"))]
    assert _converted(tmp_path, parts) == ["Nơi nhận:", "- UBND huyện;", "- Đảng ủy xã;", "- Lưu: VT.",
                                           "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Sinh", "KẾ HOẠCH KIỂM TRA"]
    # recipients beside the blank space left for the signature, and under the signer's name
    parts = [_tabbed("Nơi nhận:", "KT. CHỦ TỊCH"), _tabbed("- Sở Y tế;", "PHÓ CHỦ TỊCH"), _p(_run("- TT Huyện ủy;")),
             _p(_run("- CT, các PCT UBND huyện;")), _tabbed("- Phòng Y tế;", "Hà Văn Nam"), _p(_run("- UBND các xã;")),
             _p(_run("- Lưu: VT.")), _p(_run("Phụ lục kèm theo"))]
    assert _converted(tmp_path, parts) == ["Nơi nhận:", "- Sở Y tế;", "- TT Huyện ủy;", "- CT, các PCT UBND huyện;",
                                           "- Phòng Y tế;", "- UBND các xã;", "- Lưu: VT.", "KT. CHỦ TỊCH",
                                           "PHÓ CHỦ TỊCH", "Hà Văn Nam", "Phụ lục kèm theo"]
    # the type name between the header block and a tabbed line below is no part of the block
    parts = [_tabbed("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             _tabbed("Số: 12/KH-UBND", "Tân Lập, ngày 03 tháng 3 năm 2025"), _p(_run("KẾ HOẠCH")),
             _tabbed("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), _tabbed("- Lưu: VT.", "CHỦ TỊCH")]
    assert _converted(tmp_path, parts)[:5] == ["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                               "Tân Lập, ngày 03 tháng 3 năm 2025", "KẾ HOẠCH"]


def test_tabbed_lines_without_a_layout_cue_stay_whole(tmp_path):
    parts = [_tabbed("- Đơn vị chủ trì:", "Phòng Giáo dục và Đào tạo."), _tabbed("- Thời gian:", "Quý II/2025.")]
    assert _converted(tmp_path, parts) == ["- Đơn vị chủ trì: Phòng Giáo dục và Đào tạo.", "- Thời gian: Quý II/2025."]


@pytest.mark.parametrize("stem", ["cam-thuy-cam-binh-dich-benh-truyen-nhiem-2025", "duc-hoa-pho-cap-giao-duc-xoa-mu-chu-2025"])
def test_plans_converted_from_pdf_read_as_their_gold(stem, tmp_path):
    """The composed plans as the two kinds of converter make them: the gold's tasks, signer and
    recipients."""
    import json

    from pipeline.extract import extract_bytes
    from render_converted_docx import render_layout, render_pdf_lines

    root = Path(__file__).resolve().parent
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = tmp_path / f"{stem}.docx"
    if stem.startswith("cam-thuy"):
        render_pdf_lines(src, path, breaks=("không để dịch lớn", "Trên đây là Kế hoạch phòng, chống dịch bệnh truyền"),
                         running="UBND xã Cẩm Bình - Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2025",
                         split_row="4", split_at=2)
    else:
        render_layout(src, path)
    result = extract_bytes(path.read_bytes(), path.name)
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in result.tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["timing_text"]) for g in gold["tasks"]]
    assert [r.recipient for r in result.recipients] == gold["recipients"]
    assert result.header.signer_name == gold["document"]["signer_name"]


# ---------------------------------------------------------------- legacy Vietnamese fonts (.VnTime, VNI-Times)


def _word_chars(text: str, encoding: str = "tcvn3") -> str:
    """Unicode text as Word stores it in a TCVN3 / VNI font (the bytes as Windows-1252 characters)."""
    from pipeline.ingest.encodings import encode_tcvn3, encode_vni
    from render_legacy_docx import as_word_chars

    return as_word_chars((encode_tcvn3 if encoding == "tcvn3" else encode_vni)(text))


def _legacy_run(p, text: str, font: str | None, encoding: str = "tcvn3"):
    run = p.add_run(_word_chars(text, encoding) if font else text)
    if font:
        run.font.name = font   # rFonts ascii/hAnsi
    return run


def _read_lines(d, tmp_path, name: str = "legacy.docx") -> list[str]:
    path = tmp_path / name
    d.save(str(path))
    return [ln.text for ln in docx_reader.read(path.read_bytes(), path).lines]


def test_runs_in_vntime_fonts_are_decoded_beside_unicode_ones(tmp_path):
    d = docx.Document()
    d.add_paragraph().add_run("ỦY BAN NHÂN DÂN XÃ TÂN LẬP")                     # retyped in Unicode
    _legacy_run(d.add_paragraph(), "kế hoạch", ".VnTimeH")                      # capitals font, small letters
    p = d.add_paragraph()
    _legacy_run(p, "Căn cứ Nghị quyết số 15/NQ-HĐND; công chức Địa chính", ".VnTime")
    _legacy_run(p, " và ", None)                                                 # one Unicode run inside
    _legacy_run(p, "Trưởng thôn", ".VnArial")
    p = d.add_paragraph()                                                        # a toned capital set in .VnTimeH
    _legacy_run(p, "Ư", ".VnTimeH")
    _legacy_run(p, "u tiên hộ nghèo ở xã ", ".VnTime")
    _legacy_run(p, "Ả", ".VnTimeH")
    _legacy_run(p, "ng Nưa", ".VnTime")
    assert _read_lines(d, tmp_path) == [
        "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "KẾ HOẠCH",
        "Căn cứ Nghị quyết số 15/NQ-HĐND; công chức Địa chính và Trưởng thôn",
        "Ưu tiên hộ nghèo ở xã Ảng Nưa"]


def test_capitals_lost_in_vntime_are_put_back_by_paragraph():
    """A typist who did not switch to .VnTimeH for a toned capital: the sentence's opening letter
    and "Ủy ban" come back as capitals, the rest stays as typed."""
    from pipeline.ingest.docx import _legacy_line

    line = _legacy_line([("tcvn3", False, _word_chars("ổn định tổ chức; ủy ban nhân dân xã chỉ đạo"))])
    assert line == "Ổn định tổ chức; Ủy ban nhân dân xã chỉ đạo"
    assert _legacy_line(["1. ", ("tcvn3", False, _word_chars("ổn định dân cư"))]) == "1. Ổn định dân cư"


def test_legacy_font_from_paragraph_style_character_style_and_defaults(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    body = d.styles.add_style("VnThuong", WD_STYLE_TYPE.PARAGRAPH)
    body.font.name = ".VnTime"
    caps = d.styles.add_style("VnHoa", WD_STYLE_TYPE.CHARACTER)
    caps.font.name = ".VnTimeH"
    d.add_paragraph(_word_chars("Tổ chức tiêm phòng cúm gia cầm"), style="VnThuong")
    d.add_paragraph().add_run(_word_chars("nội dung thực hiện"), style="VnHoa")
    p = d.add_paragraph(style="VnThuong")                     # the run's own Unicode font wins
    p.add_run("Đài Truyền thanh").font.name = "Times New Roman"
    assert _read_lines(d, tmp_path) == ["Tổ chức tiêm phòng cúm gia cầm", "NỘI DUNG THỰC HIỆN", "Đài Truyền thanh"]

    d = docx.Document()                                       # .VnTime as the document's default font
    rpr = d.styles.element.find(f"{{{docx_reader.W_NS}}}docDefaults").find(f"{{{docx_reader.W_NS}}}rPrDefault")[0]
    for old in rpr.findall(f"{{{docx_reader.W_NS}}}rFonts"):
        rpr.remove(old)
    from docx.oxml import parse_xml

    rpr.insert(0, parse_xml(f'<w:rFonts xmlns:w="{docx_reader.W_NS}" w:ascii=".VnTime" w:hAnsi=".VnTime"/>'))
    d.add_paragraph(_word_chars("Phòng Nông nghiệp và Phát triển nông thôn"))
    d.add_paragraph().add_run("Nơi nhận:").font.name = "Times New Roman"
    d.add_paragraph(_word_chars("Trạm Y tế xã"), style="Heading 1")   # a style with a theme font
    lines = _read_lines(d, tmp_path, "defaults.docx")
    assert lines[:2] == ["Phòng Nông nghiệp và Phát triển nông thôn", "Nơi nhận:"]
    assert lines[2] == _word_chars("Trạm Y tế xã")   # the theme font (Unicode) is not decoded


def test_vni_runs_and_a_mark_split_from_its_vowel(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    word = _word_chars("Kế hoạch", "vni")
    _legacy_run(p, "", "VNI-Times")
    p.runs[0].text = word[:2]             # "Ke" | "á hoaïch": an edit split the run inside the letter
    p.add_run(word[2:]).font.name = "VNI-Times"
    _legacy_run(d.add_paragraph(), "Ủy ban nhân dân huyện Đăk Hà", "VNI-Times", "vni")
    assert _read_lines(d, tmp_path) == ["Kế hoạch", "Ủy ban nhân dân huyện Đăk Hà"]


def test_soft_hyphen_is_tcvn3_u_horn_only_in_a_legacy_font(tmp_path):
    """Word saves byte 0xAD (TCVN3's ư) as w:softHyphen; in a Unicode font it is an optional hyphen."""
    from docx.oxml import parse_xml

    d = docx.Document()
    for font in (".VnTime", "Times New Roman"):
        p = d.add_paragraph()
        r = p.add_run("H")
        r.font.name = font
        r._r.append(parse_xml(f'<w:softHyphen xmlns:w="{docx_reader.W_NS}"/>'))
        t = parse_xml(f'<w:t xmlns:w="{docx_reader.W_NS}">ng</w:t>')
        r._r.append(t)
    assert _read_lines(d, tmp_path) == ["Hưng", "Hng"]


def test_unicode_documents_with_latin1_signs_are_left_alone(tmp_path):
    d = docx.Document()
    d.add_paragraph().add_run("Giá trị © 2025 – ½ kinh phí, nhiệt độ 30°C").font.name = "Times New Roman"
    d.add_paragraph("Vốn ¼ ngân sách huyện")
    assert _read_lines(d, tmp_path) == ["Giá trị © 2025 – ½ kinh phí, nhiệt độ 30°C", "Vốn ¼ ngân sách huyện"]


@pytest.mark.parametrize("how", ["run", "style", "default"])
def test_plan_typed_in_vntime_reads_as_its_unicode_twin(tmp_path, how):
    """A whole plan whose body is in .VnTime/.VnTimeH (fonts on runs, through styles, or as the
    document's default), the header and Nơi nhận in Unicode: the same lines as the Unicode file."""
    import re

    from render_legacy_docx import legacy_docx

    src = render_docx(PLAN, tmp_path / "u.docx", fmt="txt")
    keep = re.compile(r"^(ỦY BAN|HUYỆN|CỘNG HÒA|Độc lập|Số:)")
    out = legacy_docx(src, tmp_path / f"{how}.docx", how=how, keep_unicode=lambda t: bool(keep.match(t)))
    assert b".VnTime" in zipfile.ZipFile(out).read("word/document.xml") + zipfile.ZipFile(out).read("word/styles.xml")
    expect = [(ln.text, ln.cells) for ln in docx_reader.read(src.read_bytes(), src).lines]
    assert [(ln.text, ln.cells) for ln in docx_reader.read(out.read_bytes(), out).lines] == expect


def test_vni_plan_reads_as_its_unicode_twin(tmp_path):
    from render_legacy_docx import legacy_docx

    src = render_docx(PLAN, tmp_path / "u.docx", fmt="txt")
    out = legacy_docx(src, tmp_path / "vni.docx", how="run", encoding="vni")
    expect = [ln.text for ln in docx_reader.read(src.read_bytes(), src).lines]
    assert [ln.text for ln in docx_reader.read(out.read_bytes(), out).lines] == expect


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_legacy_plan_given_a_unicode_font_unconverted_reads_as_its_unicode_twin(tmp_path, encoding):
    """Its text in Times New Roman shows the legacy bytes as Windows-1252 letters: the reader tells
    so over the whole document and repairs every paragraph before any table is judged by its words
    (the header's layout table by "CỘNG HÒA"), so lines and cells come out as the Unicode file's
    (TCVN3's capitals drawn by .VnTimeH are lost with the font: its lines are compared in small letters)."""
    from render_legacy_docx import fonts_swapped, legacy_docx

    src = render_docx(PLAN, tmp_path / "u.docx", fmt="txt")
    out = fonts_swapped(legacy_docx(src, tmp_path / "l.docx", how="run", encoding=encoding), tmp_path / "s.docx")
    assert b"VnTime" not in zipfile.ZipFile(out).read("word/document.xml")
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "ho¹ch" in xml or "hoaïch" in xml
    expect = [(ln.text, ln.cells) for ln in docx_reader.read(src.read_bytes(), src).lines]
    got = [(ln.text, ln.cells) for ln in read_document(out.read_bytes(), out).lines]
    assert any(cells for _, cells in expect)
    if encoding == "tcvn3":
        expect = [(t.lower(), [c.lower() for c in cells] if cells else cells) for t, cells in expect]
        got = [(t.lower(), [c.lower() for c in cells] if cells else cells) for t, cells in got]
    assert got == expect


def test_legacy_plan_given_a_unicode_font_keeps_its_unicode_lines(tmp_path):
    """Negative: a Unicode document whose lines hold a few Latin-1 signs, beside lines of Latin-1
    letters only ("Võ Thành Nhân"), is read as it is."""
    d = docx.Document()
    lines = ["KẾ HOẠCH", "Võ Thành Nhân", "Nhiệt độ 30°C, diện tích 1.500 m², sai số ±5%, ½ số hộ", "Áo ấm ¼ ha ¾ km",
             "Hà Nam, «Tôi là» © 2025 ²³ ×2"]
    for t in lines:
        d.add_paragraph(t)
    path = tmp_path / "u.docx"
    d.save(str(path))
    assert [ln.text for ln in read_document(path.read_bytes(), path).lines] == lines


def _rfonts_run(p, text: str, **slots: str):
    """A run whose rFonts sets only the given slots (ascii, hAnsi, cs, eastAsia, asciiTheme …)."""
    from docx.oxml import parse_xml

    run = p.add_run(text)
    attrs = " ".join(f'w:{k}="{v}"' for k, v in slots.items())
    run._r.get_or_add_rPr().insert(0, parse_xml(f'<w:rFonts xmlns:w="{docx_reader.W_NS}" {attrs}/>'))
    return run


def _vntime_document(where: str):
    """A document whose legacy text takes .VnTime from `where`: "run" (each run's own font), "style"
    (the paragraph style), "default" (the document defaults); (document, paragraph style)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    d = docx.Document()
    style = None
    if where == "style":
        d.styles.add_style("VnThuong", WD_STYLE_TYPE.PARAGRAPH).font.name = ".VnTime"
        style = "VnThuong"
    elif where == "default":
        rpr = d.styles.element.find(f"{{{docx_reader.W_NS}}}docDefaults").find(f"{{{docx_reader.W_NS}}}rPrDefault")[0]
        for old in rpr.findall(f"{{{docx_reader.W_NS}}}rFonts"):
            rpr.remove(old)
        rpr.insert(0, parse_xml(f'<w:rFonts xmlns:w="{docx_reader.W_NS}" w:ascii=".VnTime" w:hAnsi=".VnTime"/>'))
    return d, style


@pytest.mark.parametrize("where", ["run", "style", "default"])
@pytest.mark.parametrize("font", ["Times New Roman", "Arial"])
def test_words_retyped_in_a_unicode_font_inside_vntime_text_are_kept(tmp_path, where, font):
    """An old .VnTime plan edited after 2010: a date, a unit's name, a sentence retyped in a Unicode
    font. Those runs keep their letters ("Giáo", "Hòa Phú", "tháng" are no TCVN3 bytes), whichever
    way the legacy text gets its font; their case is the typist's, not put back."""
    d, style = _vntime_document(where)

    def vntime(p, text: str) -> None:   # legacy bytes, the font its own or none (inherited)
        run = p.add_run(_word_chars(text))
        if where == "run":
            run.font.name = ".VnTime"

    p = d.add_paragraph(style=style)
    vntime(p, "Hòa Phú, ngày ")
    p.add_run("18 tháng 3").font.name = font
    vntime(p, " năm 2013")
    p = d.add_paragraph(style=style)
    vntime(p, "Giao Trường Mầm non ")
    p.add_run("Hòa Phú").font.name = font
    vntime(p, " phối hợp với Phòng ")
    p.add_run("Giáo").font.name = font
    vntime(p, " dục huyện ứng Hòa.")
    p.add_run(" ở các thôn, ủy ban xã Đà Nẵng").font.name = font   # a sentence in small letters as typed
    assert _read_lines(d, tmp_path) == [
        "Hòa Phú, ngày 18 tháng 3 năm 2013",
        "Giao Trường Mầm non Hòa Phú phối hợp với Phòng Giáo dục huyện Ứng Hòa. ở các thôn, ủy ban xã Đà Nẵng"]


def test_a_run_in_a_capitals_font_or_vni_beside_unicode_runs(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    _legacy_run(p, "tm. ủy ban nhân dân xã ", ".VnTimeH")
    p.add_run("Hòa Phú").font.name = "Times New Roman"
    p = d.add_paragraph()
    _legacy_run(p, "Kế hoạch của UBND xã ", "VNI-Times", "vni")
    p.add_run("Hòa Bình").font.name = "Arial"
    _legacy_run(p, " năm 2012", "VNI-Times", "vni")
    assert _read_lines(d, tmp_path) == ["TM. ỦY BAN NHÂN DÂN XÃ Hòa Phú", "Kế hoạch của UBND xã Hòa Bình năm 2012"]


def test_each_font_slot_is_inherited_on_its_own(tmp_path):
    """Word draws a run's non-ASCII letters (all a legacy font's letters) in its hAnsi font: a run
    naming only an ascii font takes hAnsi from its style, a theme font is Unicode, and a run that
    names only the fonts of other scripts (cs, eastAsia) keeps its style's."""
    d, style = _vntime_document("style")
    p = d.add_paragraph(style=style)
    _rfonts_run(p, _word_chars("Phòng Giáo dục"), ascii="Times New Roman")          # hAnsi from the style
    p = d.add_paragraph(style=style)
    _rfonts_run(p, "Phòng Giáo dục Hòa", hAnsi="Times New Roman")                   # its own hAnsi
    p = d.add_paragraph(style=style)
    _rfonts_run(p, "Đà Nẵng, Hòa Vang", asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi")
    p = d.add_paragraph(style=style)
    _rfonts_run(p, _word_chars("Trạm Y tế xã"), cs="Times New Roman", eastAsia="SimSun")
    p = d.add_paragraph()                                                              # Normal: no font anywhere
    _rfonts_run(p, _word_chars("Trạm Y tế"), ascii=".VnTime")                          # its ascii font alone
    assert _read_lines(d, tmp_path) == ["Phòng Giáo dục", "Phòng Giáo dục Hòa", "Đà Nẵng, Hòa Vang",
                                        "Trạm Y tế xã", "Trạm Y tế"]


def test_unicode_typed_into_a_vntime_run_is_kept_and_its_neighbours_decoded(tmp_path):
    """A Unicode keyboard in an old .VnTime paragraph leaves Unicode letters in a run that still
    names .VnTime ("ụ", "Đ" are no byte of it): that run is kept, the legacy runs beside it decoded."""
    d = docx.Document()
    p = d.add_paragraph()
    _legacy_run(p, "Phòng ", ".VnTime")
    p.add_run("Giáo dục và Đào tạo").font.name = ".VnTime"
    _legacy_run(p, " huyện ứng Hòa", ".VnTime")
    assert _read_lines(d, tmp_path) == ["Phòng Giáo dục và Đào tạo huyện Ứng Hòa"]


def test_unicode_documents_with_latin1_letters_are_never_converted(tmp_path):
    """Words whose every letter is in Latin-1 ("Giáo", "Hòa", "Bình") in a Unicode document: in a
    run's font, a style's, the defaults', a theme font, and with a .VnTime style defined but unused."""
    from docx.enum.style import WD_STYLE_TYPE

    text = "Giáo viên trường Hòa Bình, Đà Lạt: Tân Phú, Văn Lâm"
    d = docx.Document()
    d.styles.add_style("VnThuong", WD_STYLE_TYPE.PARAGRAPH).font.name = ".VnTime"   # never used
    d.styles.add_style("Thuong", WD_STYLE_TYPE.PARAGRAPH).font.name = "Arial"
    d.add_paragraph(text)
    d.add_paragraph().add_run(text).font.name = "Times New Roman"
    d.add_paragraph(text, style="Thuong")
    _rfonts_run(d.add_paragraph(), text, asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi")
    d.add_paragraph(text, style="Heading 1")
    assert _read_lines(d, tmp_path) == [text] * 5


MIXED_FONTS_PLAN = Path(__file__).resolve().parent / "composed_sources" / "ung-hoa-hoa-phu-pho-cap-mam-non-5-tuoi-2013.md"


@pytest.mark.parametrize("how, encoding", [("run", "tcvn3"), ("style", "tcvn3"), ("default", "tcvn3"),
                                           ("run", "vni"), ("default", "vni")])
def test_vntime_plan_with_words_retyped_in_unicode_reads_as_its_unicode_twin(tmp_path, how, encoding):
    """The composed 2013 commune plan: typed in .VnTime (or VNI-Times) by a typist who kept to one
    font (toned capitals in small letters, only lines in capitals in .VnTimeH), then edited: the
    date, the commune's name and a sentence retyped in Times New Roman, a phrase of a task typed
    with a Unicode keyboard into its .VnTime run."""
    import re

    from render_legacy_docx import legacy_docx

    src = render_docx(MIXED_FONTS_PLAN.read_text(encoding="utf-8"), tmp_path / "u.docx", fmt="md")

    def in_capitals(text: str) -> bool:
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    spans = re.compile(r"Báo cáo kết quả về Phòng Giáo dục[^.]*\.|Hòa Phú|18 tháng 3")
    out = legacy_docx(src, tmp_path / f"{how}.docx", how=how, encoding=encoding, unicode_spans=spans,
                      capitals_font=in_capitals, keyboard_spans=re.compile("hỗ trợ tiền ăn trưa"))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Times New Roman" in xml and "Hòa Phú" in xml and "18 tháng 3" in xml
    expect = [(ln.text, ln.cells) for ln in docx_reader.read(src.read_bytes(), src).lines]
    assert [(ln.text, ln.cells) for ln in docx_reader.read(out.read_bytes(), out).lines] == expect


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_doc_typed_in_vntime_is_decoded_after_conversion(tmp_path):
    """A Word 97-2003 .doc in .VnTime: LibreOffice's .docx keeps the font names (and writes ư, byte
    0xAD, as w:softHyphen), so the .doc reads as its Unicode twin."""
    from render_legacy_docx import legacy_docx

    src = render_docx(PLAN, tmp_path / "u.docx", fmt="txt")
    legacy = legacy_docx(src, tmp_path / "legacy.docx", how="style")
    doc_path = render_doc(legacy, tmp_path / "legacy.doc")
    raw = read_document(doc_path.read_bytes(), doc_path)
    assert raw.source_format == "doc"
    assert [ln.text for ln in raw.lines] == [ln.text for ln in docx_reader.read(src.read_bytes(), src).lines]


# ---------------------------------------------------------------- plans typed inside layout tables


def _layout_doc(tmp_path, build) -> list:
    """A document made by build(document) → its lines as (text, cells or None)."""
    document = docx.Document()
    build(document)
    path = tmp_path / "layout.docx"
    document.save(path)
    doc = docx_reader.read(path.read_bytes(), path)
    return [(ln.text, ln.cells) for ln in doc.lines]


def _paras(container, texts: list[str], first=None) -> None:
    for k, t in enumerate(texts):
        p = first if (k == 0 and first is not None) else container.add_paragraph()
        p.add_run(t)


def _cell_table(container, rows: list[list[str]]):
    table = container.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for tr, texts in zip(table.rows, rows):
        for cell, t in zip(tr.cells, texts):
            cell.paragraphs[0].add_run(t)
    return table


def test_a_plan_typed_in_a_one_cell_frame_reads_as_prose_with_its_nested_task_table(tmp_path):
    def build(document):
        frame = _cell_table(document, [[""]])
        cell = frame.rows[0].cells[0]
        _paras(cell, ["KẾ HOẠCH", "Bảo đảm trật tự an toàn giao thông năm 2025",
                      "Căn cứ Kế hoạch số 21/KH-UBND ngày 15/01/2025 của UBND huyện Tân Yên;",
                      "I. MỤC ĐÍCH, YÊU CẦU", "- Giảm số vụ tai nạn giao thông.", "II. NHIỆM VỤ"], cell.paragraphs[0])
        _cell_table(cell, [["Nội dung", "Thời gian"], ["Ra quân xử lý lấn chiếm lòng đường", "Quý II/2025"]])
        _paras(cell, ["III. TỔ CHỨC THỰC HIỆN", "1. Công an xã chủ trì theo dõi."])

    lines = _layout_doc(tmp_path, build)
    assert [t for t, c in lines if c is None] == [
        "KẾ HOẠCH", "Bảo đảm trật tự an toàn giao thông năm 2025",
        "Căn cứ Kế hoạch số 21/KH-UBND ngày 15/01/2025 của UBND huyện Tân Yên;", "I. MỤC ĐÍCH, YÊU CẦU",
        "- Giảm số vụ tai nạn giao thông.", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN", "1. Công an xã chủ trì theo dõi."]
    # the nested table is a task table of its own, where it stands in the body
    assert [c for _, c in lines if c is not None] == [["Nội dung", "Thời gian"],
                                                    ["Ra quân xử lý lấn chiếm lòng đường", "Quý II/2025"]]
    assert [t for t, _ in lines].index("Nội dung\tThời gian") == 6


def test_a_form_of_one_column_rows_reads_every_row_as_the_body(tmp_path):
    """One part a row (a district's "form"): each row's paragraphs are prose, the closing row of
    one paragraph too, and the appendix table after the form stays a table."""
    def build(document):
        form = _cell_table(document, [[""], [""], [""], [""]])
        rows = [["CHƯƠNG TRÌNH", "Công tác tư pháp năm 2025"],
                ["Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh Hòa Bình;",
                 "UBND huyện Lạc Sơn ban hành Chương trình như sau:"],
                ["II. NHIỆM VỤ TRỌNG TÂM", "1. Tổ chức phổ biến pháp luật cho đồng bào vùng cao.",
                 "2. Rà soát văn bản quy phạm pháp luật."],
                ["(Có Phụ lục kèm theo)"]]
        for tr, texts in zip(form.rows, rows):
            _paras(tr.cells[0], texts, tr.cells[0].paragraphs[0])
        _cell_table(document, [["STT", "Nhiệm vụ", "Thời gian"], ["1", "Tập huấn hòa giải viên", "Tháng 5/2025"]])

    lines = _layout_doc(tmp_path, build)
    assert [t for t, c in lines if c is None] == [
        "CHƯƠNG TRÌNH", "Công tác tư pháp năm 2025",
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh Hòa Bình;",
        "UBND huyện Lạc Sơn ban hành Chương trình như sau:", "II. NHIỆM VỤ TRỌNG TÂM",
        "1. Tổ chức phổ biến pháp luật cho đồng bào vùng cao.", "2. Rà soát văn bản quy phạm pháp luật.",
        "(Có Phụ lục kèm theo)"]
    assert [c for _, c in lines if c is not None] == [["STT", "Nhiệm vụ", "Thời gian"],
                                                    ["1", "Tập huấn hòa giải viên", "Tháng 5/2025"]]


def test_word_numbering_inside_a_frame_is_counted_once(tmp_path):
    """Automatic numbers of the paragraphs in a frame: 1., 2. (the frame is told by the typed
    text, without advancing the lists' counters)."""
    def build(document):
        frame = _cell_table(document, [[""]])
        cell = frame.rows[0].cells[0]
        _paras(cell, ["III. TỔ CHỨC THỰC HIỆN"], cell.paragraphs[0])
        for t in ("Phòng Tư pháp theo dõi.", "UBND các xã báo cáo kết quả."):
            cell.add_paragraph(t, style="List Number")

    lines = _layout_doc(tmp_path, build)
    assert [t for t, _ in lines] == ["III. TỔ CHỨC THỰC HIỆN", "1. Phòng Tư pháp theo dõi.",
                                     "2. UBND các xã báo cáo kết quả."]


def test_a_header_table_the_body_was_typed_on_in_reads_header_then_body(tmp_path):
    """The header's 2x2 table with a row merged across under it, where the typist went on."""
    def build(document):
        table = document.add_table(rows=3, cols=2)
        _paras(table.rows[0].cells[0], ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN PHONG"], table.rows[0].cells[0].paragraphs[0])
        _paras(table.rows[0].cells[1], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
               table.rows[0].cells[1].paragraphs[0])
        table.rows[1].cells[0].paragraphs[0].add_run("Số: 21/KH-UBND")
        table.rows[1].cells[1].paragraphs[0].add_run("Tân Phong, ngày 03 tháng 4 năm 2025")
        body = table.rows[2].cells[0].merge(table.rows[2].cells[1])
        _paras(body, ["KẾ HOẠCH", "Tổng vệ sinh môi trường năm 2025", "I. MỤC ĐÍCH, YÊU CẦU",
                      "Tạo cảnh quan xanh, sạch, đẹp."], body.paragraphs[0])

    lines = _layout_doc(tmp_path, build)
    assert [t for t, _ in lines] == [
        "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN PHONG", "Số: 21/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Tân Phong, ngày 03 tháng 4 năm 2025", "KẾ HOẠCH",
        "Tổng vệ sinh môi trường năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "Tạo cảnh quan xanh, sạch, đẹp."]
    assert all(c is None for _, c in lines)


def test_real_one_and_two_column_tables_stay_tables(tmp_path):
    """Negatives: a one-column list of tasks (one a row, a cell of two paragraphs among them),
    "Nội dung | Thời gian", and a task table with a group row merged across."""
    def build(document):
        listing = _cell_table(document, [["Nội dung công việc"], ["1. Kiểm tra hồ đập trước mùa mưa"],
                                         ["2. Diễn tập ứng phó lũ quét"], [""]])
        _paras(listing.rows[3].cells[0], ["3. Tập huấn cho lực lượng xung kích", "Thời gian: Quý II/2025"],
               listing.rows[3].cells[0].paragraphs[0])
        document.add_paragraph("Giữa hai bảng")
        _cell_table(document, [["Nội dung", "Thời gian"], ["Tổng kết công tác năm", "Tháng 12/2025"]])
        tasks = _cell_table(document, [["STT", "Nội dung", "Thời gian"], ["", "", ""], ["1", "Trồng cây", "Quý I/2025"]])
        group = tasks.rows[1].cells[0].merge(tasks.rows[1].cells[2])
        _paras(group, ["QUÝ I", "Công tác trồng rừng"], group.paragraphs[0])

    lines = _layout_doc(tmp_path, build)
    assert [t for t, c in lines if c is None] == ["Giữa hai bảng"]
    assert [c for _, c in lines if c is not None] == [
        ["Nội dung công việc"], ["1. Kiểm tra hồ đập trước mùa mưa"], ["2. Diễn tập ứng phó lũ quét"],
        ["3. Tập huấn cho lực lượng xung kích\nThời gian: Quý II/2025"],
        ["Nội dung", "Thời gian"], ["Tổng kết công tác năm", "Tháng 12/2025"],
        ["STT", "Nội dung", "Thời gian"], ["QUÝ I\nCông tác trồng rừng", "", ""], ["1", "Trồng cây", "Quý I/2025"]]


@pytest.mark.parametrize("stem,layout", [("hau-loc-bchqs-phong-chong-thien-tai-2025", "frame"),
                                         ("duc-hoa-pho-cap-giao-duc-xoa-mu-chu-2025", "form"), ("phu-cu-phong-chong-tac-hai-thuoc-la-ruou-bia-2025", "frame"),
                                         ("luong-tai-quang-phu-phan-loai-rac-2025", "form"),
                                         ("krong-nang-phong-chong-ma-tuy-2025", "frame")])
def test_plans_typed_in_layout_tables_read_as_their_gold(stem, layout, tmp_path):
    """Composed plans typed in a frame or a form: the gold's tasks, assignments and signer."""
    import json

    from pipeline.extract import extract_bytes
    from render_table_layout_docx import render_form_docx, render_frame_docx

    root = Path(__file__).resolve().parent
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = tmp_path / f"{stem}.docx"
    (render_frame_docx if layout == "frame" else render_form_docx)(src, path)
    result = extract_bytes(path.read_bytes(), path.name)
    assert [(t.text, t.lead_units, t.support_units, t.timing_text) for t in result.tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["timing_text"]) for g in gold["tasks"]]
    assert [a.units for a in result.assignments] == [g["units"] for g in gold["assignments"]]
    assert [r.recipient for r in result.recipients] == gold["recipients"]
    assert result.header.signer_name == gold["document"]["signer_name"]


# ---------------------------------------------------------------- tables nested in layout cells


def _layout_table(container, columns: list[list[str]]):
    """A borderless table of one row laying out columns of paragraphs (header or signer block)."""
    table = container.add_table(rows=1, cols=len(columns))
    for cell, texts in zip(table.rows[0].cells, columns):
        _paras(cell, texts, cell.paragraphs[0])
    return table


def test_a_small_table_nested_in_the_noi_nhan_cell_comes_out_as_lines(tmp_path):
    """The signer layout table whose Nơi nhận cell lists the recipients in a small grid of its
    own (a district's template): the grid's rows are read in place, each one line, before the
    signer's column."""
    def build(document):
        document.add_paragraph("3. Giao Công an huyện theo dõi, báo cáo.")
        layout = _layout_table(document, [["Nơi nhận:"], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                                                         "PHÓ CHỦ TỊCH", "Hà Văn Tuấn"]])
        left = layout.rows[0].cells[0]
        inner = left.add_table(rows=3, cols=2)
        for tr, texts in zip(inner.rows, [["- UBND tỉnh Thanh Hóa;", "(b/c)"], ["- Các xã, thị trấn;", "(t/h)"],
                                          ["- Lưu: VT.", ""]]):
            for cell, t in zip(tr.cells, texts):
                cell.paragraphs[0].add_run(t)
        left.add_paragraph("(kèm theo Phụ lục)")

    lines = _layout_doc(tmp_path, build)
    assert [t for t, c in lines] == [
        "3. Giao Công an huyện theo dõi, báo cáo.", "Nơi nhận:", "- UBND tỉnh Thanh Hóa; (b/c)",
        "- Các xã, thị trấn; (t/h)", "- Lưu: VT.", "(kèm theo Phụ lục)", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH", "Hà Văn Tuấn"]
    assert all(c is None for _, c in lines)


def test_a_task_table_nested_in_a_layout_cell_stays_a_table(tmp_path):
    """A task table (its header names the columns) pasted into the right cell of the signer
    layout keeps its rows and cells; a nested layout of its own (issuer | motto) reads as prose."""
    def build(document):
        layout = _layout_table(document, [["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN"]])
        right = layout.rows[0].cells[1]
        _cell_table(right, [["Nội dung", "Đơn vị chủ trì", "Thời gian"],
                            ["Kiểm tra cơ sở giết mổ", "Phòng Kinh tế", "Quý III/2025"]])
        _paras(right, ["CHỦ TỊCH", "Nguyễn Thị Lan"])
        header = _layout_table(document, [["UBND HUYỆN CHÂU THÀNH"], []])
        nested = header.rows[0].cells[1].add_table(rows=2, cols=1)
        nested.rows[0].cells[0].paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        nested.rows[1].cells[0].paragraphs[0].add_run("Độc lập - Tự do - Hạnh phúc")

    lines = _layout_doc(tmp_path, build)
    assert [c for _, c in lines if c is not None] == [["Nội dung", "Đơn vị chủ trì", "Thời gian"],
                                                    ["Kiểm tra cơ sở giết mổ", "Phòng Kinh tế", "Quý III/2025"]]
    assert [t for t, c in lines if c is None] == [
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Lan",
        "UBND HUYỆN CHÂU THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert [t for t, _ in lines].index("Nội dung\tĐơn vị chủ trì\tThời gian") == 4


def _vntime_paras(container, texts: list[str], first=None, encoding: str = "tcvn3") -> None:
    font = ".VnTime" if encoding == "tcvn3" else "VNI-Times"
    for k, t in enumerate(texts):
        p = first if (k == 0 and first is not None) else container.add_paragraph()
        _legacy_run(p, t, font, encoding)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_task_table_in_a_legacy_font_nested_in_a_layout_cell_stays_a_table(tmp_path, encoding):
    """The nested table is judged by its words, decoded from the font's bytes first ("Néi dung" is
    "Nội dung" in .VnTime): a task table keeps its rows and cells, a recipients' grid reads as lines."""
    def build(document):
        layout = document.add_table(rows=1, cols=2)
        left, right = layout.rows[0].cells
        _vntime_paras(left, ["Nơi nhận:", "- Như trên;", "- Lưu: VT."], left.paragraphs[0], encoding)
        _vntime_paras(right, ["TM. ỦY BAN NHÂN DÂN"], right.paragraphs[0], encoding)
        inner = right.add_table(rows=2, cols=3)
        inner.style = "Table Grid"
        for tr, texts in zip(inner.rows, [["Nội dung", "Đơn vị chủ trì", "Thời gian"],
                                          ["Kiểm tra cơ sở giết mổ", "Phòng Kinh tế", "Quý III/2025"]]):
            for cell, t in zip(tr.cells, texts):
                _vntime_paras(cell, [t], cell.paragraphs[0], encoding)
        _vntime_paras(right, ["CHỦ TỊCH", "Nguyễn Thị Lan"], None, encoding)
        grid = left.add_table(rows=2, cols=2)
        for tr, texts in zip(grid.rows, [["- UBND tỉnh Thanh Hóa;", "(b/c)"], ["- Các xã, thị trấn;", "(t/h)"]]):
            for cell, t in zip(tr.cells, texts):
                _vntime_paras(cell, [t], cell.paragraphs[0], encoding)

    lines = _layout_doc(tmp_path, build)
    assert [c for _, c in lines if c is not None] == [["Nội dung", "Đơn vị chủ trì", "Thời gian"],
                                                    ["Kiểm tra cơ sở giết mổ", "Phòng Kinh tế", "Quý III/2025"]]
    assert "- UBND tỉnh Thanh Hóa; (b/c)" in [t for t, c in lines if c is None]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_form_typed_in_a_legacy_font_reads_every_row_as_the_body(tmp_path, encoding):
    """A one-column form whose rows open the plan's parts only by words with marks ("KẾ HOẠCH",
    "Căn cứ"), typed in .VnTime / VNI-Times: told a frame by the decoded words, read as prose; a
    one-column table of tasks in the same font stays a table (negative)."""
    def build(document):
        form = _cell_table(document, [[""], [""], [""]])
        rows = [["KẾ HOẠCH", "Phòng, chống thiên tai năm 2025"],
                ["Căn cứ Luật Phòng, chống thiên tai năm 2013;", "UBND xã Cẩm Bình ban hành Kế hoạch như sau:"],
                ["Giao Ban Chỉ huy quân sự xã chủ trì.", "Căn cứ Kế hoạch này, các thôn triển khai."]]
        for tr, texts in zip(form.rows, rows):
            _vntime_paras(tr.cells[0], texts, tr.cells[0].paragraphs[0], encoding)
        tasks = _cell_table(document, [[""], [""]])
        for tr, t in zip(tasks.rows, ["Nạo vét kênh mương trước mùa mưa", "Diễn tập cứu hộ cứu nạn"]):
            _vntime_paras(tr.cells[0], [t], tr.cells[0].paragraphs[0], encoding)

    lines = _layout_doc(tmp_path, build)
    assert [t for t, c in lines if c is None] == [
        "KẾ HOẠCH", "Phòng, chống thiên tai năm 2025", "Căn cứ Luật Phòng, chống thiên tai năm 2013;",
        "UBND xã Cẩm Bình ban hành Kế hoạch như sau:", "Giao Ban Chỉ huy quân sự xã chủ trì.",
        "Căn cứ Kế hoạch này, các thôn triển khai."]
    assert [c for _, c in lines if c is not None] == [["Nạo vét kênh mương trước mùa mưa"],
                                                    ["Diễn tập cứu hộ cứu nạn"]]


def test_a_header_layout_without_nested_tables_reads_as_before(tmp_path):
    """Negative: the header block's columns are read as they were (issuer, number, motto, date)."""
    def build(document):
        _layout_table(document, [["ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC", "Số: 31/KH-UBND"],
                                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                  "Yên Lạc, ngày 4 tháng 4 năm 2025"]])

    assert [t for t, _ in _layout_doc(tmp_path, build)] == [
        "ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC", "Số: 31/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Yên Lạc, ngày 4 tháng 4 năm 2025"]


def test_a_task_table_with_output_target_and_budget_columns_under_lettered_groups(tmp_path):
    """The Rạch Giá plan's appendix in Word (landscape): "Cơ quan thực hiện" merged over "Chủ trì |
    Phối hợp" beside "Sản phẩm đầu ra", "Chỉ tiêu" and "Kinh phí (triệu đồng)"; rows grouped under
    "A." / "I." / a "1." whose parts are "1.1.", "1.2.", and a "B. …" row merged across. The groups
    and the parent row are no tasks; the output, target and budget cells join no text, unit or timing."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "rach-gia-chinh-quyen-so-do-thi-thong-minh-2025"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = [t for t in json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
            if t["lead_units"]]
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True, landscape_appendix=True)
    tasks = [t for t in extract_bytes(path.read_bytes(), path.name).tasks if t.origin == "table"]
    assert [(t.text, t.lead_units, t.support_units, t.timing_text, t.deadline and t.deadline.isoformat())
            for t in tasks] == [(g["text"], g["lead_units"], g["support_units"], g["timing_text"], g["deadline"])
                                for g in gold]
    assert [t.label for t in tasks][:3] == ["1.1", "1.2", "2"]


def test_a_provincial_word_plan_with_its_task_list_in_an_appendix_captioned_in_sentence_case(tmp_path):
    """The Phú Thọ plan (a province merged in July 2025) typed in Word with its appendix caption
    "Phụ lục: Danh mục nhiệm vụ …" in sentence case: the caption opens the appendix, whose table
    under group rows "I. Cải cách thể chế" … holds every task, as the gold reads them."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "phu-tho-cai-cach-hanh-chinh-2026"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    caption = "**Phụ lục: DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026**"
    assert caption in src
    src = src.replace(caption, "**Phụ lục: Danh mục nhiệm vụ cải cách hành chính năm 2026**")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True)
    plan = extract_bytes(path.read_bytes(), path.name)
    appendix = [s for s in plan.sections if s.kind == "appendix"]
    assert [(s.marker, s.heading) for s in appendix] == [("PHỤ LỤC", "Danh mục nhiệm vụ cải cách hành chính năm 2026")]
    assert {t.section_id for t in plan.tasks} == {appendix[0].section_id}
    assert [(t.text, t.lead_units, t.support_units, t.timing_text, t.quarter) for t in plan.tasks] == [
        (g["text"], g["lead_units"], g["support_units"], g["timing_text"], g["quarter"]) for g in gold]


@pytest.mark.parametrize("catalogue", [
    None,   # the plan as composed: chi bộ, model, field, person in charge
    # a catalogue by commune, with what each model has achieved: still no schedule
    "| STT | Địa bàn | Tên mô hình | Kết quả nổi bật |\n|---|---|---|---|\n"
    "| 1 | Thôn An Mô | Mô hình “Tuyến đường hoa, cây xanh kiểu mẫu” | 3,5 km đường hoa do Nhân dân hiến đất, góp công |\n"
    "| 2 | Tổ dân phố 1 | Mô hình “Tổ công nghệ số cộng đồng” | 1.250 người dân được hỗ trợ kích hoạt VNeID |\n",
])
def test_a_party_plans_catalogue_of_models_in_its_appendix_is_no_task_table(tmp_path, catalogue):
    """A Đảng ủy xã's plan for the movement "Dân vận khéo": its tasks are the a), b) items under II.
    NHIỆM VỤ, each naming who leads in prose; the appendix lists the models each chi bộ registered
    (unit, model, field, person in charge), a catalogue and not a schedule: none of its rows is a
    task, and a model's name in quotes ("Mô hình “…”") is no movement."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "mo-duc-dang-uy-dan-van-kheo-2026"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    if catalogue is not None:
        start = src.index("| STT | Chi bộ, đơn vị")
        src = src[:start] + catalogue
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True)
    plan = extract_bytes(path.read_bytes(), path.name)
    content = [s.section_id for s in plan.sections if s.kind == "content"]
    assert [s.kind for s in plan.sections if s.level == 1][-1] == "appendix"
    assert all(t.section_id not in {s.section_id for s in plan.sections if s.kind == "appendix"} for t in plan.tasks)
    assert all(t.origin == "list" for t in plan.tasks) and content
    assert [(t.label, t.lead_units, t.support_units, t.quarter) for t in plan.tasks] == [
        ("ab"[i % 2], g["lead_units"], g["support_units"], g["quarter"]) for i, g in enumerate(gold["tasks"])]
    assert {c.name for c in plan.campaigns} == {"Dân vận khéo"}


def test_a_party_committees_word_plan_with_its_header_beside_the_party_name(tmp_path):
    """The Phú Bình commune Party committee's plan as typed in Word: issuer, "*" and "Số:" on the
    left of the header table, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right; its
    numbered prose names who leads each item in a later sentence ("Các chi bộ trực thuộc lãnh đạo,
    chỉ đạo chặt chẽ việc …", "Giao Văn phòng HĐND và UBND xã tham mưu …", "Đề nghị Ủy ban MTTQ …")."""
    import json

    from docx import Document as WordDocument

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "thai-nguyen-phu-binh-dang-uy-nghi-quyet-72-suc-khoe-2025"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True)
    header = WordDocument(str(path)).tables[0]
    assert [c.text for c in header.rows[0].cells] == ["ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG ỦY XÃ PHÚ BÌNH\n*",
                                                     "ĐẢNG CỘNG SẢN VIỆT NAM"]
    plan = extract_bytes(path.read_bytes(), path.name)
    head = plan.header
    assert (head.issuer, head.symbol, head.province, head.signing_authority) == (
        "Đảng ủy xã Phú Bình", "25-KH/ĐU", "Thái Nguyên", "TM. BAN THƯỜNG VỤ")
    assert [(t.lead_units, t.support_units, t.deadline and t.deadline.isoformat()) for t in plan.tasks] == [
        (g["lead_units"], g["support_units"], g["deadline"]) for g in gold["tasks"]]


def test_a_plan_in_phan_parts_with_bulleted_fields_and_a_lettered_appendix_table(tmp_path):
    """The Văn Yên plan as it was made (its options recorded here): parts "Phần thứ nhất…thứ tư", Roman
    sub-parts inside "Phần thứ hai", "-"/"+" bullets as Word list bullets, fields on a bullet, one
    line or in brackets, and a landscape appendix table grouped under lettered field rows. Every task
    of the gold, from the prose and the table, comes out with its units and deadline."""
    import json

    from pipeline.extract import extract_bytes

    root = Path(__file__).resolve().parent
    stem = "van-yen-que-ocop-2025"
    src = (root / "composed_sources" / f"{stem}.md").read_text(encoding="utf-8")
    gold = json.loads((root / "composed_gold" / f"{stem}.json").read_text(encoding="utf-8"))["tasks"]
    path = render_docx(src, tmp_path / f"{stem}.docx", fmt="md", word_layout=True, bullets=True,
                       landscape_appendix=True)
    tasks = extract_bytes(path.read_bytes(), path.name).tasks
    assert [(t.lead_units, t.support_units, t.deadline and t.deadline.isoformat()) for t in tasks] == [
        (g["lead_units"], g["support_units"], g["deadline"]) for g in gold]


# ------------------------------------------------ one cell merged across "Bắt đầu | Hoàn thành"
# python-docx gives a cell merged across two grid columns (gridSpan) as the same cell twice; the
# reader gives its text once and notes the span (RawLine.merged_left), so a merged "Quý II/2026" is
# one time over both columns, not a start with its end left blank.
SPAN_DOCX_ROWS = [  # (task, unit, start, end or None for a start cell merged across the end column)
    ("Rà soát thủ tục hành chính thuộc thẩm quyền của xã", "Văn phòng HĐND và UBND xã", "Quý II/2026", None),
    ("Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", "Công chức Văn hóa - Xã hội", "Quý II/2026", ""),
    ("Số hóa sổ hộ tịch lưu trữ tại xã", "Công chức Tư pháp - Hộ tịch", "15/5/2026", None),
    ("Lắp đặt mạng wifi miễn phí tại nhà văn hóa các thôn", "Công chức Văn hóa - Xã hội", "15/5/2026", ""),
    ("Tổng kết chuyển đổi số năm 2026", "Văn phòng HĐND và UBND xã", "01/12/2026", "15/12/2026"),
    ("Duy trì trang thông tin điện tử của xã", "Công chức Văn hóa - Xã hội", "Thường xuyên", None),
]


def _span_docx(header: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for ln in ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG VĂN", "Số: 12/KH-UBND", "Đồng Văn, ngày 20 tháng 01 năm 2026",
               "KẾ HOẠCH", "Chuyển đổi số năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Đẩy mạnh chuyển đổi số.",
               "II. NHIỆM VỤ"]:
        d.add_paragraph(ln)
    t = d.add_table(rows=1 + len(SPAN_DOCX_ROWS), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, (text, unit, start, end) in enumerate(SPAN_DOCX_ROWS, 1):
        t.cell(r, 0).text, t.cell(r, 1).text, t.cell(r, 2).text = str(r), text, unit
        if end is None:
            t.cell(r, 3).merge(t.cell(r, 4)).text = start
        else:
            t.cell(r, 3).text, t.cell(r, 4).text = start, end
    for ln in ["III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND và UBND xã theo dõi, báo cáo."]:
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("header", [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"],
    ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Bắt đầu", "Kết thúc"],
])
def test_a_word_cell_merged_across_start_and_end_is_one_time(header):
    import datetime as dt

    import docx

    from pipeline.extract import extract_bytes

    data = _span_docx(header)
    # (python-docx itself shows the merged cell twice: the text does not tell a merge from a copy)
    assert [c.text for c in docx.Document(io.BytesIO(data)).tables[0].rows[1].cells][3:] == ["Quý II/2026"] * 2
    raw = read_document(data, Path("dong-van.docx"))
    rows = [ln for ln in raw.lines if ln.cells is not None]
    assert [ln.merged_left for ln in rows[1:]] == [(4,), (), (4,), (), (), (4,)]
    tasks = extract_bytes(data, "dong-van.docx").tasks
    assert [(t.timing_text, t.deadline, t.quarter) for t in tasks] == [
        ("Quý II/2026", dt.date(2026, 6, 30), 2),
        ("Từ quý II/2026", None, None),            # the start alone: when it begins, no last day
        ("15/5/2026", dt.date(2026, 5, 15), None),
        ("Từ 15/5/2026", None, None),
        ("Từ 01/12/2026 đến 15/12/2026", dt.date(2026, 12, 15), None),
        ("Thường xuyên", None, None),
    ]
    assert [t.lead_units for t in tasks] == [[u] for _, u, _, _ in SPAN_DOCX_ROWS]


def test_a_word_group_row_merged_across_the_table_is_no_time():
    """A group row merged across every column ("QUÝ II") spans the timing columns too: still a group."""
    import docx

    from pipeline.extract import extract_bytes

    d = docx.Document(io.BytesIO(_span_docx(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Bắt đầu", "Hoàn thành"])))
    table = d.tables[0]
    row = table.add_row()
    table._tbl.remove(row._tr)
    table._tbl.insert(table._tbl.index(table.rows[1]._tr), row._tr)
    row.cells[0].merge(row.cells[4]).text = "QUÝ II"
    buf = io.BytesIO()
    d.save(buf)
    tasks = extract_bytes(buf.getvalue(), "dong-van.docx").tasks
    assert len(tasks) == len(SPAN_DOCX_ROWS) and [t.quarter for t in tasks][:4] == [2, 2, 2, 2]


# ---------------------------------------------------------------- scanned pages pasted into Word
# An office forwards a signed plan "in Word": the scanned pages pasted in as pictures, with little
# or no typed text. Page-sized pictures are read by OCR where they stand; small ones (an emblem, a
# logo, a signature) and pictures without print are not.
SCANNED_TOP = """ỦY BAN NHÂN DÂN
XÃ HÒA TÂN TÂY
Số: 19/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Tân Tây, ngày 12 tháng 3 năm 2025

KẾ HOẠCH

Phòng, chống dịch bệnh trên đàn gia súc năm 2025

Căn cứ Luật Thú y số 79/2015/QH13 ngày 19/6/2015;

I. MỤC ĐÍCH, YÊU CẦU

1. Chủ động phòng, chống dịch bệnh, không để dịch lây lan trên địa bàn xã.
"""
SCANNED_BOTTOM = """II. NHIỆM VỤ CỤ THỂ

1. Tiêm phòng vắc xin lở mồm long móng cho đàn trâu, bò, hoàn thành trước ngày 30/4/2025.

2. Phun thuốc khử trùng chuồng trại tại các thôn trong tháng 5/2025.

III. TỔ CHỨC THỰC HIỆN

1. Cán bộ thú y xã theo dõi, báo cáo tình hình dịch bệnh.
"""


def _printed_page(tmp_path, text: str, name: str, dpi: int = 200):
    """A page of text printed by tests/render.py and scanned back as a greyscale image at dpi."""
    from render import _rasterize, render_pdf

    pdf = render_pdf(text, tmp_path / f"{name}.pdf", fmt="txt")
    return _rasterize(pdf, dpi, [0])[0].convert("L")


def _pictures_docx(path, parts: list) -> Path:
    """A Word document of typed paragraphs (str) and pictures ((image, width in cm)), in order."""
    from docx.shared import Cm

    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        img, width = part
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        document.add_picture(buf, width=Cm(width))
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def scanned_pages(tmp_path_factory):
    pytest.importorskip("pytesseract")
    tmp = tmp_path_factory.mktemp("scanned")
    return _printed_page(tmp, SCANNED_TOP, "top"), _printed_page(tmp, SCANNED_BOTTOM, "bottom")


def test_scanned_pages_pasted_into_word_are_read_by_ocr_in_order(scanned_pages, tmp_path):
    from pipeline.extract import extract_bytes

    top, bottom = scanned_pages
    path = _pictures_docx(tmp_path / "scanned.docx", [(top, 16), "Bản chụp trang 2:", (bottom, 16)])
    raw = read_document(path.read_bytes(), path)
    assert raw.ocr and raw.ocr_confidence > 60 and raw.source_format == "docx" and raw.pages is None
    texts = [ln.text for ln in raw.lines]
    at = {key: next(i for i, t in enumerate(texts) if key in t)
          for key in ("XÃ HÒA TÂN TÂY", "Số: 19/KH-UBND", "Bản chụp trang 2:", "NHIỆM VỤ CỤ THỂ", "thú y xã")}
    assert list(at.values()) == sorted(at.values())   # each picture read where it stands
    assert all(ln.page is None for ln in raw.lines)
    plan = extract_bytes(path.read_bytes(), path.name)
    assert (plan.header.symbol, plan.header.issuer) == ("19/KH-UBND", "UBND xã Hòa Tân Tây")
    assert [t.deadline.isoformat() for t in plan.tasks] == ["2025-04-30", "2025-05-31"]
    assert [r.symbol for r in plan.references] == ["79/2015/QH13"]


def test_small_pictures_are_not_read_as_pages(scanned_pages, tmp_path):
    """An emblem or a signature 3 cm wide carries no page: even when it holds print, it is left out
    (no OCR runs), and the typed text is the plan."""
    top, _ = scanned_pages
    path = _pictures_docx(tmp_path / "logo.docx", [(top.resize((300, 424)), 3), "KẾ HOẠCH", (top, 6)])
    raw = read_document(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == ["KẾ HOẠCH"] and not raw.ocr


def test_a_page_sized_picture_without_print_adds_nothing(tmp_path):
    """A photo of the commune's event shown large reads as specks: none of it is kept."""
    pytest.importorskip("pytesseract")
    from PIL import Image, ImageDraw

    photo = Image.new("L", (1400, 1000), 200)
    draw = ImageDraw.Draw(photo)
    for k in range(12):
        draw.ellipse((100 * k, 80 * (k % 5), 100 * k + 260, 80 * (k % 5) + 300), fill=40 + 15 * k)
    path = _pictures_docx(tmp_path / "photo.docx", ["Hình ảnh ra quân làm vệ sinh môi trường", (photo, 15)])
    raw = read_document(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == ["Hình ảnh ra quân làm vệ sinh môi trường"] and not raw.ocr


def test_a_word_file_of_blank_pictures_gives_an_error_row(tmp_path):
    from pipeline.extract import extract_bytes
    from PIL import Image

    pytest.importorskip("pytesseract")
    path = _pictures_docx(tmp_path / "blank.docx", [(Image.new("L", (1300, 1840), 255), 16)])
    with pytest.raises(PlanError) as err:
        extract_bytes(path.read_bytes(), path.name)
    assert err.value.code == "empty_text"


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_scanned_pages_in_an_odt_are_read_as_in_the_docx(scanned_pages, tmp_path):
    _, bottom = scanned_pages
    path = _pictures_docx(tmp_path / "scanned.docx", ["Trang cuối của Kế hoạch:", (bottom, 16)])
    odt = render_odt(path, tmp_path / "scanned.odt")
    raw = read_document(odt.read_bytes(), odt)
    texts = [ln.text for ln in raw.lines]
    assert raw.ocr and raw.source_format == "odt" and texts[0] == "Trang cuối của Kế hoạch:"
    assert any("NHIỆM VỤ CỤ THỂ" in t for t in texts) and any("thú y xã" in t for t in texts)

def _page_per_picture_docx(path, pages: list, break_in_paragraph: bool, title: str | None = None) -> Path:
    """Pictures pasted one a page, each followed by a hard page break: in the picture's own paragraph
    (Ctrl+Enter after it) or in a paragraph of its own; `title` typed at the top of each page."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    document = docx.Document()
    for k, img in enumerate(pages):
        if title:
            document.add_paragraph(title)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        run = document.add_paragraph().add_run()
        run.add_picture(buf, width=Cm(16))
        if k < len(pages) - 1:
            (run if break_in_paragraph else document.add_paragraph().add_run()).add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def _placeholders(path) -> tuple[docx_reader._Reader, list]:
    """The reader and the lines of a Word file as they reach the OCR of its pictures."""
    document = docx.Document(str(path))
    reader = docx_reader._Reader(document)
    reader.read_pictures = True
    lines: list = []
    reader.block(document.element.body, lines)
    return reader, docx_reader._converted_pages(lines, reader.page_starts)


@pytest.mark.parametrize("break_in_paragraph", [True, False])
def test_every_picture_pasted_one_a_page_reaches_the_ocr(tmp_path, break_in_paragraph):
    """The placeholder opening each page is a page, not a running title dropped from every page
    after the first; a typed line opening the pages after a break paragraph still is one."""
    from PIL import Image

    from pipeline.document import RawLine

    pages = [Image.new("L", (620, 877), 255) for _ in range(3)]
    path = _page_per_picture_docx(tmp_path / "pages.docx", pages, break_in_paragraph)
    reader, lines = _placeholders(path)
    assert sum(reader.scan_of(ln) is not None for ln in lines) == 3
    assert reader.scan_of(RawLine(text=docx_reader.PICTURE)) is None   # (only the reader's own lines)
    if break_in_paragraph:
        return
    title = "Kế hoạch phòng, chống dịch bệnh năm 2025 - Bản chụp"
    reader, lines = _placeholders(_page_per_picture_docx(tmp_path / "titled.docx", pages, False, title=title))
    assert [ln.text if reader.scan_of(ln) is None else "PIC" for ln in lines] == [title, "PIC", "PIC", "PIC"]


def test_scanned_pages_each_ending_in_a_page_break_are_all_read(scanned_pages, tmp_path):
    top, bottom = scanned_pages
    path = _page_per_picture_docx(tmp_path / "scans.docx", [top, bottom], break_in_paragraph=True)
    texts = [ln.text for ln in read_document(path.read_bytes(), path).lines]
    assert any("XÃ HÒA TÂN TÂY" in t for t in texts) and any("thú y xã" in t for t in texts)


TYPED_WITH_PHOTO = ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 27/KH-UBND", "KẾ HOẠCH",
                    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
                    "I. MỤC ĐÍCH, YÊU CẦU",
                    "1. Phát huy truyền thống đoàn kết, tăng cường sự đồng thuận của Nhân dân trên địa bàn xã.",
                    "II. NỘI DUNG",
                    "1. Tổ chức Ngày hội tại các ấp, hoàn thành trước ngày 18/11/2025.",
                    "Hình ảnh Ngày hội năm trước:"]


def test_a_typed_plan_with_a_large_picture_is_read_as_typed_without_ocr(scanned_pages, tmp_path):
    """A plan typed in Word with a photo or a scanned page shown large: the typed text is the plan,
    the picture is not read (OCR costs seconds and its reading is thrown away)."""
    from pipeline.extract import extract_bytes

    top, _ = scanned_pages
    path = _pictures_docx(tmp_path / "typed.docx", TYPED_WITH_PHOTO + [(top, 14)])
    raw = read_document(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == TYPED_WITH_PHOTO and not raw.ocr
    assert extract_bytes(path.read_bytes(), path.name).header.symbol == "27/KH-UBND"


def test_typed_letters_without_a_type_line_are_no_typed_plan(tmp_path):
    """A covering note typed above the scanned plan ("Kính gửi …", many letters, no type name) leaves
    the pictures to be read; a short caption is neither."""
    from PIL import Image

    note = ["Kính gửi: Các phòng, ban chuyên môn thuộc Ủy ban nhân dân huyện.",
            "Ủy ban nhân dân xã gửi bản chụp văn bản đã ký để các cơ quan, đơn vị biết, phối hợp thực hiện "
            "và báo cáo kết quả về Văn phòng trước ngày 30 hằng tháng theo quy định.",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh kịp thời "
            "về Ủy ban nhân dân xã (qua công chức Văn phòng - Thống kê) để được hướng dẫn, giải quyết."]
    for typed, expected in ((note, (True, False)), (["Bản chụp trang 2:"], (False, False)),
                            (TYPED_WITH_PHOTO, (True, True))):
        path = _pictures_docx(tmp_path / "note.docx", typed + [(Image.new("L", (620, 877), 255), 16)])
        reader, lines = _placeholders(path)
        assert docx_reader._typed_plan(reader, lines) == expected, typed[0]


def _boxed_picture(path, outside: bool) -> Path:
    """A page-sized picture set inside a text box (the box's own paragraph holds it), and with
    `outside` a second one pasted in the paragraph the box is anchored in."""
    from docx.shared import Cm
    from lxml import etree
    from PIL import Image

    document = docx.Document()
    buf = io.BytesIO()
    Image.new("L", (620, 877), 255).save(buf, "PNG")
    holder = document.add_paragraph()
    inner = holder.add_run()
    inner.add_picture(io.BytesIO(buf.getvalue()), width=Cm(16))
    if outside:
        holder.add_run().add_picture(io.BytesIO(buf.getvalue()), width=Cm(16))
    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ns = {"w": w_ns, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}
    box = etree.fromstring(
        f'<w:r xmlns:w="{ns["w"]}" xmlns:wp="{ns["wp"]}" xmlns:a="{ns["a"]}" xmlns:wps="{ns["wps"]}"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>720000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>720000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="6120000" cy="8640000"/><wp:wrapNone/><wp:docPr id="90" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    box.find(".//w:txbxContent/w:p", ns).append(inner._r)   # (the picture's run moves into the box)
    holder._p.insert(1, box)
    document.save(str(path))
    return path


@pytest.mark.parametrize("outside,expected", [(False, 1), (True, 2)])
def test_a_picture_in_a_text_box_is_read_once(tmp_path, outside, expected):
    path = _boxed_picture(tmp_path / "boxed.docx", outside)
    assert b"txbxContent" in zipfile.ZipFile(path).read("word/document.xml")
    reader, lines = _placeholders(path)
    assert sum(reader.scan_of(ln) is not None for ln in lines) == expected


# ---------------------------------------------------------------- endnotes, and a header in text boxes


def _as_endnotes(path: Path) -> Path:
    """The Word file with its footnotes made endnotes (Word's "Convert to endnotes")."""
    out = path.with_name(path.stem + "-endnotes.docx")
    swaps = [("footnoteReference", "endnoteReference"), ("w:footnotes", "w:endnotes"), ("w:footnote ", "w:endnote "),
             ("w:footnote>", "w:endnote>"), ("footnotes.xml", "endnotes.xml"), ("relationships/footnotes", "relationships/endnotes"),
             ("wordprocessingml.footnotes+xml", "wordprocessingml.endnotes+xml")]
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for a, b in swaps:
                    text = text.replace(a, b)
                data = text.encode("utf-8")
            dst.writestr(item.filename.replace("footnotes.xml", "endnotes.xml"), data)
    return out


def test_documents_cited_in_endnotes_are_references_as_in_footnotes(tmp_path):
    from pipeline.extract import extract_bytes

    path = _as_endnotes(render_docx(FOOTNOTED, tmp_path / "bao-lam.docx", fmt="md"))
    package = zipfile.ZipFile(path)
    assert "word/endnotes.xml" in package.namelist() and b"footnote" not in package.read("word/document.xml")
    lines = [ln.text for ln in read_document(path.read_bytes(), path).lines]
    assert lines[-2:] == ["Kế hoạch số 140/KH-UBND ngày 20/01/2026 của UBND tỉnh Lâm Đồng về chuyển đổi số năm 2026.",
                          "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ."]
    assert not any("không được dẫn tới" in t for t in lines)   # an endnote nothing refers to is not printed
    plan = extract_bytes(path.read_bytes(), path.name)
    refs = {r.symbol: r.relation for r in plan.references}
    assert refs == {"140/KH-UBND": "cited", "118/2025/NĐ-CP": "cited"}
    assert (plan.header.signer_name, [r.recipient for r in plan.recipients]) == (
        "K' Điệp", ["UBND tỉnh Lâm Đồng (b/c)", "Lưu: VT"])


def test_a_header_in_text_boxes_beside_the_motto_gives_issuer_number_and_date(tmp_path):
    """The issuer's name and "Số:" in one text box, the motto with the place and date in another
    written first but placed to its right (tests/composed_sources/text_box_docx.py)."""
    from composed_sources.text_box_docx import boxed_header

    from pipeline.extract import extract_bytes

    plain = render_docx(FOOTNOTED, tmp_path / "plain.docx", fmt="md")
    path = boxed_header(plain, tmp_path / "boxed.docx")
    assert b"txbxContent" in zipfile.ZipFile(path).read("word/document.xml")
    lines = [ln.text for ln in read_document(path.read_bytes(), path).lines]
    assert lines.index("Số: 21/KH-UBND") < lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < lines.index("KẾ HOẠCH")
    assert lines.count("Số: 21/KH-UBND") == 1   # (the VML fallback of each box is not read again)
    boxed, typed = (extract_bytes(p.read_bytes(), p.name).header for p in (path, plain))
    for field in ("symbol", "issuer", "issued_date", "place", "title", "signer_name"):
        assert getattr(boxed, field) == getattr(typed, field) is not None, field


# A number typed raised by hand (a footnote's mark, a unit's power) is read raised: as a plain digit it would
# glue onto the symbol or year before it ("05-CT/TW2", "năm 20211"). A real footnote's reference has no text.
def test_task6_a_run_set_superscript_is_read_raised(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Căn cứ Luật Phòng, chống ma túy năm 2021")
    p.add_run("1").font.superscript = True
    p.add_run(";")
    p = d.add_paragraph("Thực hiện Chỉ thị số 36-CT/TW")
    p.add_run("(2)").font.superscript = True
    p.add_run(" ngày 16/8/2019 của Bộ Chính trị;")
    p = d.add_paragraph("Cải tạo 120 m")
    p.add_run("2").font.superscript = True
    p.add_run(" nhà văn hóa bản Nà Sản; H")
    p.add_run("2").font.subscript = True
    p.add_run("O sạch.")
    path = tmp_path / "raised.docx"
    d.save(str(path))
    raw = docx_reader.read(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == ["Căn cứ Luật Phòng, chống ma túy năm 2021¹;",
                                             "Thực hiện Chỉ thị số 36-CT/TW⁽²⁾ ngày 16/8/2019 của Bộ Chính trị;",
                                             "Cải tạo 120 m² nhà văn hóa bản Nà Sản; H2O sạch."]


# ---------------------------------------------------------------- page pictures in table cells, VML pictures


def _png(img) -> io.BytesIO:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def _cell_pictures_docx(path, before: list[str], rows: list[list], after: list[str] = ()) -> Path:
    """A Word document of typed paragraphs around one table; each cell is a text (str), a picture
    ((image, width in cm)) or a list of those in order, as an office lays scanned pages one a cell."""
    from docx.shared import Cm

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for tr, row in zip(table.rows, rows):
        for cell, content in zip(tr.cells, row):
            parts = content if isinstance(content, list) else [content]
            cell.paragraphs[0].text = ""
            for k, part in enumerate(parts):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                if isinstance(part, str):
                    para.add_run(part)
                else:
                    img, width = part
                    para.add_run().add_picture(_png(img), width=Cm(width))
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _marks(reader, lines) -> list[str]:
    return ["PIC" if reader.scan_of(ln) is not None else ("ROW " if ln.cells is not None else "") + ln.text
            for ln in lines]


def test_cellpic_scanned_pages_one_a_cell_are_read_by_ocr_in_order(scanned_pages, tmp_path):
    """Scans laid out one a cell of a one-column table (a page a row) are read as pasted pages."""
    from pipeline.extract import extract_bytes

    top, bottom = scanned_pages
    path = _cell_pictures_docx(tmp_path / "cells.docx", [], [[(top, 16)], [(bottom, 16)]])
    raw = read_document(path.read_bytes(), path)
    assert raw.ocr and raw.ocr_confidence > 60
    texts = [ln.text for ln in raw.lines]
    at = [next(i for i, t in enumerate(texts) if key in t) for key in ("XÃ HÒA TÂN TÂY", "NHIỆM VỤ CỤ THỂ", "thú y xã")]
    assert at == sorted(at)
    plan = extract_bytes(path.read_bytes(), path.name)
    assert (plan.header.symbol, plan.header.issuer) == ("19/KH-UBND", "UBND xã Hòa Tân Tây")
    assert [t.deadline.isoformat() for t in plan.tasks] == ["2025-04-30", "2025-05-31"]


def test_cellpic_pages_side_by_side_are_read_left_to_right_and_typed_rows_stay_a_table(tmp_path):
    """Two pages a row (a booklet's spread), a caption typed in a cell with its page, typed rows
    above and below staying a table of their own."""
    from PIL import Image

    page = Image.new("L", (620, 877), 255)
    rows = [["STT", "Tài liệu đính kèm"],
            [["Trang 1", (page, 8.5)], ["Trang 2", (page, 8.5)]],
            [[(page, 8.5)], "Trang 3 (bản chụp)"],
            ["1", "Phụ lục kinh phí"]]
    path = _cell_pictures_docx(tmp_path / "spread.docx", ["Bản chụp Kế hoạch số 12/KH-UBND:"], rows, ["Hết."])
    reader, lines = _placeholders(path)
    assert _marks(reader, lines) == ["Bản chụp Kế hoạch số 12/KH-UBND:", "ROW STT\tTài liệu đính kèm",
                                     "Trang 1", "PIC", "Trang 2", "PIC", "PIC", "Trang 3 (bản chụp)",
                                     "ROW 1\tPhụ lục kinh phí", "Hết."]
    tables = [ln.table_id for ln in lines if ln.cells is not None]
    assert len(set(tables)) == 2   # (the rows parted by the pages are two tables)


def test_cellpic_small_pictures_in_cells_leave_the_table_as_typed(tmp_path):
    """A typed table with a logo or a 6 cm photo in a cell: no page, the row stays a row, no OCR."""
    from PIL import Image

    photo = Image.new("L", (900, 600), 128)
    rows = [["TT", "Nội dung", "Hình ảnh"],
            ["1", "Ra quân tổng vệ sinh môi trường tại các thôn", [(photo, 6), "Ảnh minh họa"]],
            ["2", "Trồng cây xanh dọc tuyến đường liên xã", [(photo.resize((300, 300)), 2.5)]]]
    path = _cell_pictures_docx(tmp_path / "typed.docx", ["KẾ HOẠCH"], rows)
    reader, lines = _placeholders(path)
    assert _marks(reader, lines) == ["KẾ HOẠCH", "ROW TT\tNội dung\tHình ảnh",
                                     "ROW 1\tRa quân tổng vệ sinh môi trường tại các thôn\tẢnh minh họa",
                                     "ROW 2\tTrồng cây xanh dọc tuyến đường liên xã\t"]
    raw = read_document(path.read_bytes(), path)
    assert not raw.ocr and [ln.cells for ln in raw.lines if ln.cells][1][2] == "Ảnh minh họa"


def test_cellpic_a_typed_plan_with_a_page_sized_photo_in_a_cell_ocrs_nothing(scanned_pages, tmp_path):
    from pipeline.extract import extract_bytes

    top, _ = scanned_pages
    path = _cell_pictures_docx(tmp_path / "typed.docx", TYPED_WITH_PHOTO, [[(top, 14)]])
    raw = read_document(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == TYPED_WITH_PHOTO and not raw.ocr
    assert extract_bytes(path.read_bytes(), path.name).header.symbol == "27/KH-UBND"


VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def _vml_pict(rid: str, style: str, rel_attr: str = "r:id", group: bool = False) -> str:
    shape = (f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="{style}">'
             f'<v:imagedata {rel_attr}="{rid}" o:title=""/></v:shape>')
    if group:
        shape = (f'<v:group id="_x0000_s1026" style="width:453pt;height:640pt" coordsize="21600,21600">'
                 f'{shape}</v:group>')
    return (f'<w:pict><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" filled="f" stroked="f">'
            f'<v:imagedata o:relid=""/></v:shapetype>{shape}</w:pict>')


def _as_vml(path: Path, styles: list[str], rel_attr: str = "r:id", group: bool = False,
            fallback: bool = False) -> Path:
    """The Word file with its k-th DrawingML picture written as VML shown at styles[k] (older Word,
    or a .doc converted), or with fallback the VML copy kept beside it in mc:AlternateContent."""
    from lxml import etree

    data = zipfile.ZipFile(path).read("word/document.xml")
    root = etree.fromstring(data)
    ns = {"w": docx_reader.W_NS, "a": docx_reader.A_NS}
    for k, drawing in enumerate(root.iter(f"{{{docx_reader.W_NS}}}drawing")):
        rid = drawing.find(".//a:blip", ns).get(f"{{{docx_reader.R_NS}}}embed")
        pict = _vml_pict(rid, styles[k], rel_attr, group)
        if fallback:
            alt = etree.fromstring(f'<mc:AlternateContent {VML_NS}><mc:Choice Requires="wps"/>'
                                   f'<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent>')
            alt[0].append(etree.fromstring(etree.tostring(drawing)))
            drawing.getparent().replace(drawing, alt)
        else:
            drawing.getparent().replace(drawing, etree.fromstring(pict.replace("<w:pict>", f"<w:pict {VML_NS}>", 1)))
    out = path.with_name(path.stem + "-vml.docx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) \
                if item.filename == "word/document.xml" else src.read(item.filename)
            dst.writestr(item.filename, body)
    return out


def test_vml_scanned_pages_are_read_by_ocr_as_drawings_are(scanned_pages, tmp_path):
    """A scan pasted in older Word (w:pict / v:imagedata), in a paragraph and in a table cell."""
    top, bottom = scanned_pages
    plain = _pictures_docx(tmp_path / "vml.docx", [(top, 16), "Bản chụp trang 2:", (bottom, 16)])
    path = _as_vml(plain, ["width:453.6pt;height:641.5pt", "width:6.3in;height:8.9in"])
    assert b"v:imagedata" in zipfile.ZipFile(path).read("word/document.xml")
    assert b"<w:drawing" not in zipfile.ZipFile(path).read("word/document.xml")
    raw = read_document(path.read_bytes(), path)
    texts = [ln.text for ln in raw.lines]
    assert raw.ocr and raw.ocr_confidence > 60
    at = [next(i for i, t in enumerate(texts) if key in t)
          for key in ("XÃ HÒA TÂN TÂY", "Số: 19/KH-UBND", "Bản chụp trang 2:", "NHIỆM VỤ CỤ THỂ", "thú y xã")]
    assert at == sorted(at)
    in_cell = _as_vml(_cell_pictures_docx(tmp_path / "cell.docx", [], [[(bottom, 16)]]), ["width:16cm;height:22.6cm"])
    texts = [ln.text for ln in read_document(in_cell.read_bytes(), in_cell).lines]
    assert any("NHIỆM VỤ CỤ THỂ" in t for t in texts) and any("thú y xã" in t for t in texts)


@pytest.mark.parametrize("style,rel_attr,group,pages", [
    ("width:453.6pt;height:641.5pt", "r:id", False, 1),
    ("width: 160mm; height: 226mm", "r:id", False, 1),
    ("position:absolute;margin-left:0;width:605px;height:855px;z-index:1", "r:id", False, 1),
    ("width:604;height:855", "o:relid", False, 1),     # (a bare number: CSS pixels)
    ("width:2in;height:2in", "r:id", False, 0),        # an emblem
    ("width:8cm;height:10.9cm", "r:id", False, 0),     # under 8 x 11 cm
    ("width:21600;height:21600", "r:id", True, 0),     # inside a group: the group's coordinates
])
def test_vml_pictures_are_pages_by_the_size_they_are_shown_at(tmp_path, style, rel_attr, group, pages):
    from PIL import Image

    plain = _pictures_docx(tmp_path / "one.docx", ["Trang 1:", (Image.new("L", (620, 877), 255), 16)])
    reader, lines = _placeholders(_as_vml(plain, [style], rel_attr, group))
    assert sum(reader.scan_of(ln) is not None for ln in lines) == pages


def test_vml_fallback_of_a_drawn_picture_is_not_read_again(tmp_path):
    from PIL import Image

    plain = _pictures_docx(tmp_path / "alt.docx", [(Image.new("L", (620, 877), 255), 16)])
    path = _as_vml(plain, ["width:453.6pt;height:641.5pt"], fallback=True)
    assert b"mc:Fallback" in zipfile.ZipFile(path).read("word/document.xml")
    reader, lines = _placeholders(path)
    assert sum(reader.scan_of(ln) is not None for ln in lines) == 1


# ---------------------------------------------------------------- a paragraph holding only a picture, at a page break


def _paragraph(xml: str):
    from lxml import etree

    return etree.fromstring(f'<w:p {VML_NS} xmlns:wp="{docx_reader.WP_NS}" xmlns:a="{docx_reader.A_NS}">{xml}</w:p>')


PIC_RUN = ('<w:r><w:drawing><wp:inline><wp:extent cx="5760000" cy="8136000"/><a:graphic><a:graphicData>'
           '<a:blip r:embed="rId9"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
LINE_RUN = '<w:r><w:pict><v:line from="0,0" to="120pt,0"/></w:pict></w:r>'
BREAK_RUN = '<w:r><w:br w:type="page"/></w:r>'


@pytest.mark.parametrize("xml,expected", [
    (PIC_RUN + BREAK_RUN, (False, True)),                   # the scan, then Ctrl+Enter: its page ends
    (BREAK_RUN + PIC_RUN, (True, False)),                   # a new page opens with the scan
    (_vml_pict("rId9", "width:453pt;height:640pt").join(["<w:r>", "</w:r>"]) + BREAK_RUN, (False, True)),
    (PIC_RUN + '<w:r><w:lastRenderedPageBreak/><w:t>Ảnh</w:t></w:r>', (False, False)),   # a caption runs on
    (LINE_RUN + BREAK_RUN, (True, False)),                  # a drawn rule is no content: as before
])
def test_picbreak_a_picture_counts_as_the_paragraphs_content(xml, expected):
    assert docx_reader._break_positions(_paragraph(xml)) == expected


def test_picbreak_pages_each_a_picture_and_a_break_keep_the_page_starts_after_the_pictures(tmp_path):
    """Scans pasted one a page with Ctrl+Enter after each (the break in the picture's paragraph),
    a title typed at the top of every page: each page starts after a picture, so the title
    repeated on every page is a running title, dropped after the first page, as when the break
    has a paragraph of its own; the pictures all reach the OCR."""
    from PIL import Image

    pages = [Image.new("L", (620, 877), 255) for _ in range(3)]
    title = "Kế hoạch phòng, chống dịch bệnh năm 2025 - Bản chụp"
    for own in (True, False):
        path = _page_per_picture_docx(tmp_path / f"titled-{own}.docx", pages, break_in_paragraph=own, title=title)
        reader, lines = _placeholders(path)
        assert _marks(reader, lines) == [title, "PIC", "PIC", "PIC"], own
        document = docx.Document(str(path))
        reader = docx_reader._Reader(document)
        reader.read_pictures = True
        raw: list = []
        reader.block(document.element.body, raw)
        assert [_marks(reader, raw)[s] for s in reader.page_starts] == [title, title], own


def test_cellpic_a_page_pasted_upside_down_is_read_turned(scanned_pages, tmp_path):
    """A sheet scanned head first and pasted so, in a table cell: turned upright before it is read
    (its lines' ink tells it, and OSD names the turn), its header read as the upright page's."""
    from pipeline.extract import extract_bytes

    top, bottom = scanned_pages
    path = _cell_pictures_docx(tmp_path / "turned.docx", [], [[(top.rotate(180), 16)], [(bottom, 16)]])
    raw = read_document(path.read_bytes(), path)
    assert raw.ocr and raw.ocr_confidence > 60
    plan = extract_bytes(path.read_bytes(), path.name)
    assert (plan.header.symbol, plan.header.issuer) == ("19/KH-UBND", "UBND xã Hòa Tân Tây")
    assert [t.deadline.isoformat() for t in plan.tasks] == ["2025-04-30", "2025-05-31"]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_cellpic_pages_in_table_cells_of_a_doc_are_read_as_in_the_docx(tmp_path):
    """The .doc (Word 97-2003, LibreOffice's conversion back to .docx is what is read) keeps the
    pages one a cell: each reaches the OCR, the typed caption where it stands."""
    from PIL import Image

    page = Image.new("L", (620, 877), 255)
    path = _cell_pictures_docx(tmp_path / "cells.docx", ["Bản chụp Kế hoạch:"], [[(page, 16)], [(page, 16)]])
    converted = doc_reader.convert_to_docx(render_doc(path, tmp_path / "cells.doc").read_bytes(), kind="doc")
    document = docx.Document(io.BytesIO(converted))
    reader = docx_reader._Reader(document)
    reader.read_pictures = True
    lines: list = []
    reader.block(document.element.body, lines)
    assert _marks(reader, lines) == ["Bản chụp Kế hoạch:", "PIC", "PIC"]


# ---------------------------------------------------------------- marks raised by a character style

def _refmark_baseline(rpr) -> None:
    """vertAlign baseline written out (python-docx drops the element for superscript = False)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "baseline")
    rpr.append(va)


def _refmark_styled_docx(path: Path) -> Path:
    """Marks typed as text and raised by a character style, as Word's "Footnote Reference" and
    "Endnote Reference" raise them (and a house style based on one), not by the run's own vertAlign."""
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    foot = d.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    foot.font.superscript = True
    end = d.styles.add_style("Endnote Reference", WD_STYLE_TYPE.CHARACTER)
    end.font.superscript = True
    house = d.styles.add_style("Chu thich cuoi trang", WD_STYLE_TYPE.CHARACTER)
    house.base_style = foot   # raised only through the style it is based on
    plain = d.styles.add_style("Ghi chu thuong", WD_STYLE_TYPE.CHARACTER)
    plain.base_style = foot
    _refmark_baseline(plain.element.get_or_add_rPr())   # based on a raised style, set back to the baseline
    p = d.add_paragraph("Căn cứ Luật Đất đai 2024")
    p.add_run("3", style="Footnote Reference")
    p.add_run(";")
    p = d.add_paragraph("Thực hiện Nghị quyết số 57-NQ/TW")
    p.add_run("12", style="Endnote Reference")
    p.add_run(" ngày 22/12/2024 của Bộ Chính trị;")
    p = d.add_paragraph("Căn cứ Kế hoạch số 45/KH-UBND")
    p.add_run("4", style="Chu thich cuoi trang")
    p.add_run(" ngày 10/02/2025 của UBND tỉnh Kon Tum;")
    p = d.add_paragraph("Diện tích 250 m")
    p.add_run("2", style="Ghi chu thuong")
    p.add_run(" tại khu phố 2")
    r = p.add_run("5", style="Footnote Reference")
    _refmark_baseline(r._r.get_or_add_rPr())   # the run's own baseline says more than its style
    d.save(str(path))
    return path


def test_refmark_a_mark_raised_by_a_character_style_is_read_raised(tmp_path):
    path = _refmark_styled_docx(tmp_path / "styled.docx")
    raw = docx_reader.read(path.read_bytes(), path)
    assert [ln.text for ln in raw.lines] == [
        "Căn cứ Luật Đất đai 2024³;",
        "Thực hiện Nghị quyết số 57-NQ/TW¹² ngày 22/12/2024 của Bộ Chính trị;",
        "Căn cứ Kế hoạch số 45/KH-UBND⁴ ngày 10/02/2025 của UBND tỉnh Kon Tum;",
        "Diện tích 250 m2 tại khu phố 25"]


def test_refmark_styled_marks_leave_the_references_whole(tmp_path):
    from pipeline.extract import extract_bytes

    path = _refmark_styled_docx(tmp_path / "styled.docx")
    refs = [(r.kind, r.symbol, r.year, r.issuer) for r in extract_bytes(path.read_bytes(), path.name).references]
    assert refs == [("Luật", None, 2024, "Quốc hội"),
                    ("Nghị quyết", "57-NQ/TW", 2024, "Bộ Chính trị"),
                    ("Kế hoạch", "45/KH-UBND", 2025, "UBND tỉnh Kon Tum")]


# A joint plan's type line ("KẾ HOẠCH LIÊN TỊCH") is the type line of the rendered Word file too: centred
# under the header table, the number and date in it; the two issuers' signers one after the other.
@pytest.mark.parametrize("word_layout", [False, True])
def test_rt1_joint_plan_renders_its_type_line_under_the_header(tmp_path, word_layout):
    from pipeline.extract import extract_bytes
    src = ("**ỦY BAN NHÂN DÂN XÃ CAM LỘ**  \n**BAN CHẤP HÀNH HỘI CỰU CHIẾN BINH XÃ CAM LỘ**\n\n"
           "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n"
           "Số: 05/KHLT-UBND-HCCB\n\n*Cam Lộ, ngày 02 tháng 3 năm 2026*\n\n**KẾ HOẠCH LIÊN TỊCH**\n\n"
           "**Phối hợp bảo vệ an ninh, trật tự ở cơ sở năm 2026**\n\n"
           "Căn cứ Luật Bảo vệ an ninh, trật tự ở cơ sở ngày 28/11/2023;\n\n**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
           "1. Phát huy vai trò của cựu chiến binh.\n\n**II. NỘI DUNG**\n\n"
           "1. Tuyên truyền cho hội viên về bảo vệ an ninh, trật tự; hoàn thành trong quý II/2026.\n\n"
           "**TM. BAN CHẤP HÀNH**  \n**CHỦ TỊCH**\n\n**Lê Văn Hòa**\n\n"
           "**TM. ỦY BAN NHÂN DÂN**  \n**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**\n\n**Trần Thị Thu**\n")
    out = render_docx(src, tmp_path / "cam-lo.docx", "md", word_layout=word_layout)
    h = extract_bytes(out.read_bytes(), "cam-lo.docx").header
    assert (h.symbol, h.issued_date and h.issued_date.isoformat(), h.title, h.issuer) == (
        "05/KHLT-UBND-HCCB", "2026-03-02", "Phối hợp bảo vệ an ninh, trật tự ở cơ sở năm 2026", "UBND xã Cam Lộ")
    assert (h.signer_name, h.signing_authority) == ("Trần Thị Thu", "KT. CHỦ TỊCH")


# ---- red team D: a letterhead template (the header block in the first page's Word header), the
# header's number and date corrected in review

def _rtd_letterhead(tmp_path, plan: str, where: str, running: str | None = None):
    """`plan` rendered, then its header table moved into a Word header: "first" the first page's own
    (titlePg), "default" the section's header on every page; `running` the text left in the default
    header when the letterhead is the first page's."""
    from composed_sources.office_word_plans import header_in_page_header

    plain = render_docx(plan, tmp_path / "plain.docx", "txt", running_text=False)
    out = tmp_path / f"letterhead-{where}.docx"
    if where == "first":
        header_in_page_header(plain, out)
        if running:
            d = docx.Document(str(out))
            d.sections[0].header.is_linked_to_previous = False
            d.sections[0].header.paragraphs[0].text = running
            d.save(str(out))
    else:
        d = docx.Document(str(plain))
        table = d.element.body.find(f"{{{docx_reader.W_NS}}}tbl")
        header = d.sections[0].header
        header.is_linked_to_previous = False
        header._element.insert(0, table)
        d.save(str(out))
    return out


RTD_COMMUNE = """ỦY BAN NHÂN DÂN
XÃ PHÚ LƯƠNG
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lương, ngày 14 tháng 5 năm 2025
KẾ HOẠCH
Phòng, chống dịch bệnh mùa hè năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng bệnh.
II. NỘI DUNG
1. Phun hóa chất diệt muỗi tại các thôn trong tháng 6/2025.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Lộc
"""

RTD_CITY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BẢO LỘC
Số: 208/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lộc, ngày 03 tháng 10 năm 2025
KẾ HOẠCH
Chỉnh trang đô thị năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao mỹ quan đô thị.
II. NHIỆM VỤ
1. Lát lại vỉa hè các tuyến phố trung tâm trong quý II/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Minh Quân
"""


@pytest.mark.parametrize("plan, where, running, want", [
    (RTD_COMMUNE, "first", None, ("31/KH-UBND", "2025-05-14", "UBND xã Phú Lương")),
    (RTD_COMMUNE, "first", "Kế hoạch phòng chống dịch - bản lưu", ("31/KH-UBND", "2025-05-14", "UBND xã Phú Lương")),
    (RTD_CITY, "default", None, ("208/KH-UBND", "2025-10-03", "UBND thành phố Bảo Lộc")),
])
def test_rtd_header_block_in_the_word_page_header_is_read(tmp_path, plan, where, running, want):
    from pipeline.extract import extract_bytes

    path = _rtd_letterhead(tmp_path, plan, where, running)
    raw = docx_reader.read(path.read_bytes(), path)
    assert raw.lines[0].text.startswith("ỦY BAN NHÂN DÂN")
    assert all(running not in ln.text for ln in raw.lines) if running else True
    h = extract_bytes(path.read_bytes(), path.name).header
    assert (h.symbol, h.issued_date and h.issued_date.isoformat(), h.issuer) == want


def test_rtd_a_running_page_header_stays_out_of_a_plan_with_its_own_header_block(tmp_path):
    # the usual page header (a file name, a draft mark) is no part of the plan, and a body that has its
    # header block never takes the Word header's text, even a header that quotes a number
    path = render_docx(RTD_CITY, tmp_path / "own.docx", "txt", running_text=False)
    d = docx.Document(str(path))
    d.sections[0].header.is_linked_to_previous = False
    d.sections[0].header.paragraphs[0].text = "Số: 208/KH-UBND (dự thảo lần 2)"
    d.save(str(path))
    raw = docx_reader.read(path.read_bytes(), path)
    assert sum("208/KH-UBND" in ln.text or any("208/KH-UBND" in c for c in ln.cells or []) for ln in raw.lines) == 1
    plain = render_docx(RTD_CITY.split("KẾ HOẠCH\n", 1)[1], tmp_path / "headless.docx", "txt")
    raw = docx_reader.read(plain.read_bytes(), plain)
    assert all(PAGE_HEADER_TEXT not in ln.text for ln in raw.lines)


def test_rtd_header_number_and_date_corrected_in_review_read_as_accepted(tmp_path):
    from pipeline.extract import extract_bytes

    src = RTD_COMMUNE.replace("Số: 31/KH-UBND", "Số: {--29--}{++31++}/KH-UBND").replace(
        "ngày 14 tháng 5", "ngày {--12--}{++14++} tháng 5")
    path = render_docx(src, tmp_path / "reviewed.docx", "txt", word_layout=True)
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
    assert "<w:delText>29</w:delText>" in xml and "{--" not in xml
    h = extract_bytes(path.read_bytes(), path.name).header
    assert (h.symbol, h.issued_date.isoformat()) == ("31/KH-UBND", "2025-05-14")


# ---------------------------------------------------------------- h6: small capitals, hidden text

def _h6_bytes(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _h6_style(d, name: str, **props):
    """A character style whose run properties are props (small_caps, hidden, all_caps)."""
    from docx.enum.style import WD_STYLE_TYPE
    st = d.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    for k, v in props.items():
        setattr(st.font, k, v)
    return st


@pytest.mark.parametrize("by_style", [False, True])
def test_h6_small_capitals_read_as_capitals(by_style):
    """w:smallCaps draws the lower-case letters it holds as capitals: the type line "kế hoạch" and
    a heading "ii. nhiệm vụ trọng tâm" typed in lower case print "KẾ HOẠCH", "II. NHIỆM VỤ …"."""
    from pipeline.extract import extract_bytes
    d = docx.Document()
    style = _h6_style(d, "Tieu de nho", small_caps=True) if by_style else None

    def small(text: str, bold: bool = True) -> None:
        r = d.add_paragraph().add_run(text, style=style)
        r.bold = bold
        if not by_style:
            r.font.small_caps = True
    for ln in ("ỦY BAN NHÂN DÂN", "PHƯỜNG AN HẢI", "Số: 14/KH-UBND", "An Hải, ngày 09 tháng 01 năm 2026"):
        d.add_paragraph(ln)
    small("kế hoạch")
    d.add_paragraph("Ra quân làm sạch bãi biển năm 2026").runs[0].bold = True
    small("i. mục đích, yêu cầu")
    d.add_paragraph("Nâng cao ý thức giữ gìn cảnh quan bãi biển.")
    small("ii. nhiệm vụ trọng tâm")
    d.add_paragraph("1. Tổ chức ra quân thu gom rác thải ven biển, hoàn thành trước ngày 30/3/2026.")
    raw = read_document(_h6_bytes(d), Path("an-hai.docx"))
    texts = [ln.text for ln in raw.lines]
    assert "KẾ HOẠCH" in texts and "II. NHIỆM VỤ TRỌNG TÂM" in texts
    plan = extract_bytes(_h6_bytes(d), "an-hai.docx")
    assert (plan.header.doc_type, plan.header.title) == ("Kế hoạch", "Ra quân làm sạch bãi biển năm 2026")
    assert [s.marker for s in plan.sections if s.level == 1] == ["I", "II"]


def test_h6_hidden_text_is_not_read():
    """Hidden text (w:vanish) is not printed: a template's instructions, an old wording kept out of
    print, hidden directly or by a character style, a whole paragraph or a few words of one."""
    from pipeline.extract import extract_bytes
    d = docx.Document()
    note = _h6_style(d, "Huong dan mau", hidden=True)
    for ln in ("UBND HUYỆN BÌNH GIA", "ỦY BAN NHÂN DÂN XÃ HOA THÁM", "Số: 08/KH-UBND",
               "Hoa Thám, ngày 20 tháng 02 năm 2025", "KẾ HOẠCH", "Trồng cây xanh đầu xuân năm 2025"):
        d.add_paragraph(ln)
    d.add_paragraph().add_run("Căn cứ Quyết định số 888/QĐ-UBND ngày 01/01/2019 của UBND tỉnh (mẫu);").font.hidden = True
    d.add_paragraph("Căn cứ Kế hoạch số 21/KH-UBND ngày 10/02/2025 của UBND huyện Bình Gia về Tết trồng cây;")
    d.add_paragraph().add_run("(Hướng dẫn: nêu nhiệm vụ, đơn vị chủ trì và thời hạn)", style=note)
    p = d.add_paragraph("1. Trồng 2.000 cây keo tại các thôn")
    p.add_run(" [bản cũ: 1.500 cây]").font.hidden = True
    p.add_run(", hoàn thành trước ngày 15/3/2025.")
    raw = read_document(_h6_bytes(d), Path("hoa-tham.docx"))
    text = "\n".join(ln.text for ln in raw.lines)
    assert "888/QĐ-UBND" not in text and "Hướng dẫn" not in text and "bản cũ" not in text
    assert "1. Trồng 2.000 cây keo tại các thôn, hoàn thành trước ngày 15/3/2025." in text
    plan = extract_bytes(_h6_bytes(d), "hoa-tham.docx")
    assert [r.symbol for r in plan.references] == ["21/KH-UBND"]
