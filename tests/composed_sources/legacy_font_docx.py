"""Make the composed plans that come as a .docx typed in the legacy Vietnamese fonts and edited
later, from their Markdown twins here: the plan laid out by tests/render_docx.py, then retyped in
.VnTime by tests/render_legacy_docx.py.

    ung-hoa-hoa-phu-pho-cap-mam-non-5-tuoi-2013   a 2013 commune plan whose font is the document's
                                                  default (.VnTime), typed by a typist who kept to
                                                  it (toned capitals in small letters: "huyện ứng
                                                  Hòa"; only lines in capitals in .VnTimeH), then
                                                  edited: the date, the commune's name and a
                                                  sentence retyped in Times New Roman, a phrase of
                                                  a task typed with a Unicode keyboard into its
                                                  .VnTime run
    tien-giang-phu-tan-han-han-xam-nhap-man-2025  a 2025 commune plan typed in VNI-Times, its
                                                  header retyped in Unicode, then every font set
                                                  to Times New Roman without converting the text
                                                  (it shows "Keá hoaïch"), its task table too

    python tests/composed_sources/legacy_font_docx.py [STEM ...]
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from render_docx import render_docx  # noqa: E402
from render_legacy_docx import fonts_swapped, legacy_docx  # noqa: E402


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


PLANS = {
    "ung-hoa-hoa-phu-pho-cap-mam-non-5-tuoi-2013": dict(
        how="default", capitals_font=_in_capitals,
        unicode_spans=re.compile(r"Báo cáo kết quả về Phòng Giáo dục[^.]*\.|Hòa Phú|18 tháng 3"),
        keyboard_spans=re.compile(r"hỗ trợ tiền ăn trưa")),
    "tien-giang-phu-tan-han-han-xam-nhap-man-2025": dict(
        how="run", encoding="vni",
        keep_unicode=lambda t: bool(re.match(r"ỦY BAN|XÃ PHÚ TÂN|Số:|CỘNG HÒA|Độc lập|Phú Tân, ngày", t))),
}
# plans whose legacy fonts were then renamed Times New Roman, the text left unconverted
FONTS_SWAPPED = {"tien-giang-phu-tan-han-han-xam-nhap-man-2025"}


def make(stem: str) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = render_docx((HERE / f"{stem}.md").read_text(encoding="utf-8"), Path(tmp) / "u.docx", fmt="md")
        out = ROOT / "data" / "raw" / f"{stem}.docx"
        if stem not in FONTS_SWAPPED:
            return legacy_docx(src, out, **PLANS[stem])
        return fonts_swapped(legacy_docx(src, Path(tmp) / "legacy.docx", **PLANS[stem]), out)


if __name__ == "__main__":
    for stem in sys.argv[1:] or PLANS:
        print(make(stem))
