"""Make the composed Word plans of red team D (offices' real ways of saving Word files):

    ha-giang-hoang-su-phi-thong-nguyen-phong-chong-sat-lo-dat-2025   .docx, header in a borderless
        2x2 table, saved with its review in it: the number and the date in the header changed
        (w:del / w:ins), an item deleted, comments on a sentence and at a point
    kon-tum-sa-thay-phong-chong-ma-tuy-2025   .docx, documents cited in Word footnotes; a task table
        whose "Đơn vị chủ trì" cells list several units split by ";" or line breaks, a "Ghi chú" column
    tay-ninh-tan-chau-thi-tran-phong-chong-duoi-nuoc-tre-em-2025   .docx whose header block (issuer,
        motto, Số, place and date) is typed in the FIRST PAGE's Word header (a letterhead template),
        not in the body
    lang-son-cao-loc-van-hoa-the-thao-du-lich-2025   .docx, a long plan (8+ pages) by field, two
        appendices after the signature (Phụ lục I tasks by month, Phụ lục II costs)
    bac-giang-son-dong-van-son-tiem-chung-mo-rong-2025   legacy Word 97 .doc (LibreOffice)
    khanh-hoa-van-ninh-giao-nhiem-vu-cai-cach-hanh-chinh-2025   .docx, a Chủ tịch's "giao nhiệm
        vụ": numbered prose items each opened by the unit, closed by "Thời gian hoàn thành: …"

    python tests/composed_sources/office_word_plans.py   (writes data/raw/<stem>.docx|.doc)
"""
from __future__ import annotations

import copy
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render_docx import render_doc, render_docx  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX = ["ha-giang-hoang-su-phi-thong-nguyen-phong-chong-sat-lo-dat-2025",
        "kon-tum-sa-thay-phong-chong-ma-tuy-2025",
        "lang-son-cao-loc-van-hoa-the-thao-du-lich-2025",
        "khanh-hoa-van-ninh-giao-nhiem-vu-cai-cach-hanh-chinh-2025"]
PAGE_HEADER = ["tay-ninh-tan-chau-thi-tran-phong-chong-duoi-nuoc-tre-em-2025"]
DOC = ["bac-giang-son-dong-van-son-tiem-chung-mo-rong-2025"]


def header_in_page_header(src_docx: Path, out_docx: Path) -> None:
    """Move the body's first table (the header block) into the first page's Word header, as a
    letterhead template holds it; the body then starts at the document type."""
    import docx

    document = docx.Document(str(src_docx))
    body = document.element.body
    table = body.find(f"{W}tbl")
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    header.is_linked_to_previous = False
    hdr = header._element
    hdr.insert(0, copy.deepcopy(table))
    body.remove(table)
    document.save(str(out_docx))


def main() -> None:
    raw = ROOT / "data" / "raw"
    for stem in DOCX:
        text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
        render_docx(text, raw / f"{stem}.docx", word_layout=True)
    for stem in PAGE_HEADER:
        text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "plain.docx"
            render_docx(text, plain, word_layout=True)
            header_in_page_header(plain, raw / f"{stem}.docx")
    for stem in DOC:
        text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            plain = Path(tmp) / "plain.docx"
            render_docx(text, plain)
            render_doc(plain, raw / f"{stem}.doc")


if __name__ == "__main__":
    main()
