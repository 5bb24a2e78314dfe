"""Make the composed plans that come as a PDF printed from a .VnTime (TCVN3) Word file after someone
set its whole text in a Unicode font without converting it (Times New Roman over .VnTime and
.VnTimeH): the text layer holds the legacy bytes as Windows-1252 characters ("KÕ ho¹ch") under the
Unicode font's name, so nothing in the PDF says they are legacy text, and the paragraphs the typist
set in .VnTimeH with Caps Lock off (issuer, motto, type, part headings, signing block) print in
small letters ("ñy ban nh©n d©n x· nghi thiÕt"). Made by tests/render_legacy_pdf.py from the
Markdown twins here.

    nghi-loc-nghi-thiet-phong-chong-thien-tai-2015   a 2015 commune plan, header and all mangled

    python tests/composed_sources/font_swapped_pdfs.py [OUT_DIR]   (default data/raw)
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render_legacy_pdf import render_legacy_pdf  # noqa: E402

PLANS = ["nghi-loc-nghi-thiet-phong-chong-thien-tai-2015"]


def main(out: Path) -> None:
    for stem in PLANS:
        text = (HERE / f"{stem}.md").read_text(encoding="utf-8")
        print(render_legacy_pdf(text, out / f"{stem}.pdf", fmt="md", font_swapped=True, caps_lock=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "raw")
