"""Make the composed Word plans whose header block sits in text boxes: the issuer's name and "Số:"
in one box, the national motto with the place and date in another beside it, both anchored in the
first paragraph (wp:anchor, a Word 2010 shape with its VML fallback), the motto's box written
first in the XML but placed right of the issuer's, as a typist who drew the boxes in that order
leaves them. The rest is tests/render_docx.py's Word document of the Markdown source (its notes
Word footnotes).

    kien-giang-giong-rieng-thanh-hung-phong-chong-sot-xuat-huyet-2025   a commune plan, its task
                                                       table in the body and two documents cited only
                                                       in footnotes of the Tổ chức thực hiện part

    python tests/composed_sources/text_box_docx.py   (writes data/raw/<stem>.docx)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render_converted_docx import NS, _textbox  # noqa: E402
from render_docx import render_docx  # noqa: E402

STEMS = ["kien-giang-giong-rieng-thanh-hung-phong-chong-sot-xuat-huyet-2025"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def boxed_header(docx_path: Path, out_path: Path) -> Path:
    """The Word document with its header table replaced by two text boxes in one paragraph."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document(str(docx_path))
    body = document.element.body
    table = body.find(f"{W}tbl")
    columns: list[list[str]] = [[], []]
    for row in table.iter(f"{W}tr"):
        for k, cell in enumerate(row.iter(f"{W}tc")):
            columns[k] += ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in cell.iter(f"{W}p")]
    issuer, motto = ([t for t in col if t.strip()] for col in columns)
    xml = f"<w:p {NS}>{_textbox(motto, 3500000, 'Motto')}{_textbox(issuer, 600000, 'Issuer')}</w:p>"
    table.addprevious(parse_xml(xml))
    body.remove(table)
    document.save(str(out_path))
    return out_path


def main() -> None:
    for stem in STEMS:
        with tempfile.TemporaryDirectory() as tmp:
            md = (HERE / f"{stem}.md").read_text(encoding="utf-8")
            plain = render_docx(md, Path(tmp) / f"{stem}.docx", fmt="md")
            boxed_header(plain, ROOT / "data" / "raw" / f"{stem}.docx")
        print(stem)


if __name__ == "__main__":
    main()
