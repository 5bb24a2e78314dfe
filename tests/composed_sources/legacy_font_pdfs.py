"""Make the composed plans that come as a PDF printed from a Word file typed in a legacy font, the
font's name kept on every character of the text layer, from their Markdown twins here (tests/
render_legacy_pdf.py).

    thu-dau-mot-phu-hoa-hoat-dong-he-thieu-nhi-2017   a 2017 ward plan typed in VNI-Times (a base
                                                      letter, then its mark: "Keá hoaïch") from
                                                      header to signer, its task table too, over
                                                      two pages

    python tests/composed_sources/legacy_font_pdfs.py [OUT_DIR]   (default data/raw)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render_legacy_pdf import render_legacy_pdf  # noqa: E402

PLANS = {"thu-dau-mot-phu-hoa-hoat-dong-he-thieu-nhi-2017": "vni"}


def main(out: Path) -> None:
    for stem, encoding in PLANS.items():
        text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
        print(render_legacy_pdf(text, out / f"{stem}.pdf", fmt="md", encoding=encoding))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "raw")
