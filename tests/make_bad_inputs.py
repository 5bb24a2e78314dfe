#!/usr/bin/env python3
"""Build the corpus of hostile, broken and odd inputs (issue #6) into a folder.

    python tests/make_bad_inputs.py OUT_DIR

Every file is small and made here (nothing downloaded, nothing committed). `build(folder)`
returns the manifest: one entry per input with the outcome the pipeline must give it, either
"documents" (with optional expectations on the row) or the code of its errors row. The manifest
is also written to OUT_DIR/.expected.json (a hidden file, which the batch skips).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import struct
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from pipeline.ingest.encodings import encode_cp1258, encode_tcvn3, encode_vni  # noqa: E402

PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ {xa}\tĐộc lập - Tự do - Hạnh phúc
Số: {so}/KH-UBND\t{xa}, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
{title} năm 2026
Căn cứ Kế hoạch số 15/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân huyện về {title_lower};
Ủy ban nhân dân xã {xa} xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ và nhân dân về {title_lower}.
2. Yêu cầu
- Triển khai đồng bộ, hiệu quả, đúng tiến độ.
II. NỘI DUNG THỰC HIỆN
1. Tổ chức tuyên truyền trên hệ thống loa truyền thanh của xã, hoàn thành trước ngày 15/3/2026.
2. Kiểm tra việc thực hiện tại các thôn trong quý II năm 2026.
3. Sơ kết, đánh giá kết quả thực hiện, báo cáo Ủy ban nhân dân huyện trước ngày 15/12/2026.
III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với các ngành triển khai Kế hoạch này.
2. Trưởng các thôn phối hợp thực hiện.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""

QUYET_DINH = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HÒA\tĐộc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND\tTân Hòa, ngày 10 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phòng, chống dịch bệnh năm 2025
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trạm Y tế xã.
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo phòng, chống dịch bệnh năm 2025 của xã Tân Hòa.
Điều 2. Ban Chỉ đạo có nhiệm vụ chỉ đạo, kiểm tra công tác phòng, chống dịch trên địa bàn xã.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Bình
"""

BAO_CAO = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HÒA\tĐộc lập - Tự do - Hạnh phúc
Số: 45/BC-UBND\tTân Hòa, ngày 20 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác thi đua, khen thưởng năm 2025
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác tuyên truyền được thực hiện thường xuyên trên loa truyền thanh.
2. Đã tổ chức 12 hội nghị, thu hút 1.200 lượt người tham dự.
II. TỒN TẠI, HẠN CHẾ
1. Một số thôn triển khai còn chậm.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
CHỦ TỊCH
Trần Thị Cúc
"""

NEWS = """Hội nghị tổng kết công tác năm 2025 của xã Tân Hòa
Sáng ngày 25/12/2025, Ủy ban nhân dân xã Tân Hòa tổ chức hội nghị tổng kết công tác năm 2025.
Phát biểu tại hội nghị, đồng chí Chủ tịch xã đánh giá cao kết quả đạt được của các thôn.
Hội nghị đã khen thưởng 15 tập thể và 30 cá nhân có thành tích xuất sắc.
"""

# a text in an encoding that is no Vietnamese one (Russian in KOI8-R)
RUSSIAN = "План мероприятий на 2026 год. Провести собрание жителей до 15 марта.\n" * 20


def as_windows_1252(data: bytes) -> str:
    """Bytes read as Windows-1252 the way Windows does it: the five unassigned bytes become the
    C1 control characters of the same value."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


def plan(xa: str, so: int, title: str) -> str:
    return PLAN.format(xa=xa, so=so, title=title, title_lower=title[0].lower() + title[1:])


# ---------------------------------------------------------------- binary builders
def pdf_bytes(lines: list[str], **canvas_args) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from render import register_fonts

    font = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, **canvas_args)
    c.setFont(font, 11)
    y = 800
    for line in lines:
        c.drawString(50, y, line.replace("\t", "    "))
        y -= 16
        if y < 60:
            c.showPage()
            c.setFont(font, 11)
            y = 800
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_without_pages() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def with_broken_startxref(data: bytes) -> bytes:
    """The startxref pointer sent past the end of the file: readers must rebuild the xref."""
    i = data.rindex(b"startxref")
    return data[:i] + b"startxref\n99999999\n%%EOF\n"


def docx_bytes(text: str) -> bytes:
    from render_docx import render_docx

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return render_docx(text, Path(tmp) / "plan.docx", fmt="txt").read_bytes()


def zip_bytes(files: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, body)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    return zip_bytes({
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               'content-types"/>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships/>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook><sheets><sheet name="Kế hoạch" sheetId="1"/></sheets>'
                           '</workbook>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0"?><worksheet><sheetData/></worksheet>',
    })


def compound_file(*stream_names: str) -> bytes:
    """An OLE2 compound file header and a directory sector naming the given streams (enough for
    format detection; not a complete file)."""
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    directory = bytearray()
    for name in ("Root Entry",) + stream_names:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry = raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + b"\x02" + b"\x00" * 61
        directory += entry
    return bytes(header + directory.ljust(512, b"\x00"))


def png_bomb(width: int = 30000, height: int = 30000) -> bytes:
    """A PNG whose header claims width×height pixels (far beyond Pillow's decompression-bomb limit)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + \
        chunk(b"IEND", b"")


def rtf_vntime(text: str) -> bytes:
    """A plan as an old Word would save it in RTF with the TCVN3 fonts: .VnTime for text,
    .VnTimeH for lines in capitals (same codes, drawn as capitals); tab-separated lines as a table."""
    def esc(s: str) -> str:
        out = []
        for b in encode_tcvn3(s):
            ch = chr(b)
            out.append(f"\\'{b:02x}" if b >= 0x80 else "\\" + ch if ch in "\\{}" else ch)
        return "".join(out)

    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 .VnTime;}{\f1\froman\fcharset0 .VnTimeH;}}",
             r"{\info{\title K\'ea ho\'b8ch}}", r"{\header\pard\plain\f0 Trang \chpgn\par}"]
    for line in text.splitlines():
        letters = [c for c in line if c.isalpha()]
        caps = bool(letters) and all(c.isupper() for c in letters)
        if "\t" in line:
            cells = line.split("\t")
            parts.append(r"\trowd" + "".join(f"\\cellx{(i + 1) * 4500}" for i in range(len(cells))))
            parts.append("".join(r"\pard\intbl\plain\f%d %s\cell" % (1 if c.isupper() else 0, esc(c.lower() if c.isupper() else c))
                                 for c in cells) + r"\row")
        else:
            body = esc(line.lower()) if caps else esc(line)
            parts.append(r"\pard\plain\f%d %s\par" % (1 if caps else 0, body))
    parts.append("}")
    return "\n".join(parts).encode("ascii")


def html_cp1258(text: str) -> bytes:
    rows = []
    for line in text.splitlines():
        if "\t" in line:
            rows.append("<table><tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr></table>")
        else:
            rows.append(f"<p>{line}</p>")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            "<title>Kế hoạch</title></head><body>" + "\n".join(rows) + "</body></html>")
    return encode_cp1258(page)


def mht_bytes(text: str) -> bytes:
    import quopri

    body = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/plan.htm\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
            f"{qp}\r\n------=_NextPart_01--\r\n").encode("ascii")


# ---------------------------------------------------------------- the corpus
def build(folder: Path) -> list[dict]:
    """Write the corpus into `folder`; return the manifest (also written to .expected.json)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(6)
    manifest: list[dict] = []

    def add(name: str, data: bytes, expect: str, kind: str, **checks) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        manifest.append({"path": name, "kind": kind, "expect": expect, **checks})

    good = plan("Tân Lập", 7, "Tuyên truyền phòng, chống ma túy")
    pdf = pdf_bytes(good.splitlines())

    # -- empty and binary
    add("empty.txt", b"", "empty_file", "zero-byte file")
    add("blank.txt", b" \r\n\t\n   \n", "empty_text", "only white space")
    add("bom-only.txt", b"\xef\xbb\xbf", "empty_text", "a UTF-8 byte-order mark and nothing else")
    add("garbage.txt", bytes(rng.randrange(256) for _ in range(4096)), "not_text", "random binary bytes named .txt")
    add("high-bytes.txt", bytes(rng.randrange(0x80, 0x100) for _ in range(4096)), "not_text",
        "random high bytes without NUL or control bytes")
    add("russian-koi8.txt", RUSSIAN.encode("koi8-r"), "unknown_encoding", "text in a non-Vietnamese 8-bit encoding")
    # -- wrong, missing and lying extensions
    add("plan-that-is-a-pdf.txt", pdf, "documents", "a PDF named .txt", source_format="pdf", min_tasks=1)
    add("docx-without-extension", docx_bytes(good), "documents", "a DOCX with no extension",
        source_format="docx", min_tasks=1)
    add("not-really.pdf", bytes(rng.randrange(256) for _ in range(2048)), "not_text",
        "binary garbage named .pdf (no PDF header)", message_has="named .pdf")
    add("archive.docx", zip_bytes({"ke-hoach.pdf": pdf, "phu-luc.csv": "STT,Nội dung\n"}), "unsupported_format",
        "a ZIP archive named .docx", message_has="ZIP archive")
    add("spreadsheet.docx", xlsx_bytes(), "unsupported_format", "an XLSX named .docx", message_has="Excel")
    add("bang-theo-doi.xlsx", xlsx_bytes(), "unsupported_format", "an XLSX", message_has="Excel")
    add("workbook.xls", compound_file("Workbook", "SummaryInformation"), "unsupported_format",
        "an Excel 97-2003 workbook", message_has="Excel")
    add("locked.docx", compound_file("EncryptionInfo", "EncryptedPackage"), "encrypted_document",
        "a password-protected DOCX (an OLE2 EncryptedPackage)", message_has="password")
    add("truncated.docx", docx_bytes(good)[:3000], "corrupt_docx", "a DOCX cut short")
    add("ke-hoach.txt.gz", gzip.compress(good.encode("utf-8"), mtime=0), "unsupported_format",
        "a gzip-compressed plan", message_has="gzip")
    add("anh-chup.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200, "unsupported_format",
        "an iPhone HEIC photo", message_has="HEIC")
    # -- PDFs
    add("truncated.pdf", pdf[: len(pdf) // 2], "corrupt_pdf", "a PDF cut in half")
    add("broken-xref.pdf", with_broken_startxref(pdf), "documents", "a PDF whose startxref points nowhere",
        source_format="pdf", min_tasks=1)
    add("encrypted.pdf", pdf_bytes(["Kế hoạch mật"], encrypt="mat-khau"), "encrypted_pdf",
        "a PDF with a user password", message_has="password")
    add("no-pages.pdf", pdf_without_pages(), "empty_pdf", "a PDF with zero pages")
    # -- images
    add("bomb.png", png_bomb(), "image_too_large", "a PNG claiming 30000×30000 pixels (decompression bomb)")
    # -- Word files that are something else
    add("rtf-vntime.doc", rtf_vntime(plan("Bình Minh", 8, "Phòng, chống thiên tai")), "documents",
        "an RTF named .doc, typed in the TCVN3 .VnTime/.VnTimeH fonts", source_format="rtf", min_tasks=1,
        text_has="Ủy ban nhân dân xã Bình Minh")
    add("html-cp1258.doc", html_cp1258(plan("Hòa An", 9, "Bảo vệ môi trường")), "documents",
        "an HTML page named .doc, in Windows-1258 as its meta tag says", source_format="html",
        text_has="Bảo vệ môi trường")
    add("web-archive.doc", mht_bytes(plan("Phú Lộc", 10, "Chuyển đổi số")), "documents",
        "a Word 'single file web page' (MHT) named .doc", source_format="html", text_has="Chuyển đổi số")
    add("van-ban.doc", plan("Tân Phú", 11, "Phát triển văn hóa đọc").encode("utf-8"), "documents",
        "UTF-8 text named .doc", source_format="txt", min_tasks=1)
    # -- encodings
    add("tcvn3.txt", encode_tcvn3(plan("Đông Hưng", 12, "Phòng cháy, chữa cháy")), "documents",
        "a plan in TCVN3 (ABC)", min_tasks=1, text_has="Ủy ban nhân dân xã Đông Hưng")
    add("vni.txt", encode_vni(plan("Quảng Trực", 13, "Xây dựng nông thôn mới")), "documents",
        "a plan in VNI", min_tasks=1, text_has="Xây dựng nông thôn mới")
    add("cp1258.txt", encode_cp1258(plan("Mường Lói", 14, "Giảm nghèo bền vững")), "documents",
        "a plan in Windows-1258 (combining tone marks)", min_tasks=1, text_has="Giảm nghèo bền vững")
    add("tcvn3-saved-as-utf8.txt", encode_tcvn3(plan("Yên Thế", 15, "Phổ cập giáo dục")).decode("latin-1")
        .encode("utf-8"), "documents", "TCVN3 read as Latin-1 and saved as UTF-8 (mojibake)", min_tasks=1,
        text_has="Phổ cập giáo dục")
    add("utf8-read-as-cp1252.txt", as_windows_1252(plan("Ea Tul", 16, "Bảo vệ rừng").encode("utf-8")).encode("utf-8"), "documents", "UTF-8 read as Windows-1252 and saved again (double encoding)",
        text_has="Bảo vệ rừng")
    add("utf8-stray-bytes.txt", plan("Hòa Bình", 25, "Phát triển du lịch").encode("utf-8").replace(
        b"\n1. ", b"\n\x851. ", 1)[:-2] + "ạ".encode("utf-8")[:2], "documents",
        "UTF-8 with a stray Windows-1252 byte and cut in the middle of a letter", min_tasks=1)
    add("utf16-bom.txt", plan("Hải Ninh", 17, "Tiêm chủng mở rộng").encode("utf-16"), "documents",
        "UTF-16 with a byte-order mark", min_tasks=1)
    add("utf16-no-bom.txt", plan("Hải Hà", 18, "Vệ sinh an toàn thực phẩm").encode("utf-16-le"), "documents",
        "UTF-16 without a byte-order mark", min_tasks=1)
    add("nfd.txt", unicodedata.normalize("NFD", plan("Thạch Đà", 19, "Khuyến học")).encode("utf-8"), "documents",
        "decomposed (NFD) Unicode", min_tasks=1, text_has="Thạch Đà")
    mixed = plan("Cẩm Lệ", 20, "Giao thông nông thôn").splitlines()
    eols = ["\r\n", "\n", "\r"]
    add("mixed-line-endings.txt", "".join(ln + eols[i % 3] for i, ln in enumerate(mixed)).encode("utf-8-sig"),
        "documents", "CRLF, LF and CR line endings and a BOM", min_tasks=3)
    long_line = "Nội dung tuyên truyền về phòng, chống dịch bệnh cho nhân dân. " * 17000  # ~1 MB
    add("long-line.txt", (plan("Long Hòa", 21, "Tuyên truyền") + long_line + "\n").encode("utf-8"), "documents",
        "a plan followed by a line of a megabyte")
    # -- documents that are not plans
    add("quyet-dinh.txt", QUYET_DINH.encode("utf-8"), "documents", "a Quyết định", doc_type="Quyết định",
        max_tasks=0)
    add("bao-cao.txt", BAO_CAO.encode("utf-8"), "documents", "a Báo cáo", doc_type="Báo cáo", max_tasks=0)
    add("tin-tuc.md", NEWS.encode("utf-8"), "documents", "a news article", doc_type=None, max_tasks=0)
    # -- names: the same bytes twice, odd characters
    same = plan("Tam Thanh", 22, "Khuyến nông").encode("utf-8")
    add("ban-sao/ke-hoach.txt", same, "documents", "the same bytes under two names (1)", same_as="ke-hoach-goc.txt")
    add("ke-hoach-goc.txt", same, "documents", "the same bytes under two names (2)", same_as="ban-sao/ke-hoach.txt")
    add("Kế hoạch số 5 \"đặc biệt\"; bản 'nháp' 🎉.txt", plan("Nghĩa Đô", 23, "Thi đua").encode("utf-8"),
        "documents", "a name with Vietnamese, spaces, quotes, ';' and an emoji")
    add(unicodedata.normalize("NFD", "Kế hoạch phường Đồng Xuân.txt"), plan("Đồng Xuân", 24, "Văn minh đô thị")
        .encode("utf-8"), "documents", "a name in NFD")
    # -- links (the batch walks links without looping; a dangling one is an unreadable input)
    try:
        os.symlink("khong-ton-tai.txt", folder / "dangling-link.txt")
        manifest.append({"path": "dangling-link.txt", "kind": "a symbolic link to nothing", "expect": "unreadable_file"})
        (folder / "loop").mkdir(exist_ok=True)
        os.symlink("..", folder / "loop" / "back-to-root")
    except (OSError, NotImplementedError):
        pass
    (folder / ".expected.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    manifest = build(Path(argv[0]))
    for entry in manifest:
        print(f"{entry['expect']:<20} {entry['path']}  ({entry['kind']})")
    print(f"{len(manifest)} inputs, {len({e['kind'] for e in manifest})} kinds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
