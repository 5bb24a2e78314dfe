"""Make the composed plans that come as a scan, from their Markdown twins in data/raw: the plan laid
out by tests/render.py, its date's day left as dots on the printed form, then scanned as a signed
paper (tests/render.py render_scan): an image-only PDF, each page skewed, grey sensor noise, the day
written in by pen, a red seal over the signer block and a blue signature.

    mo-cay-nam-dinh-thuy-phong-chong-thien-tai-2025   a commune plan over three pages at 250 dpi,
                                                       its task table with a "Quý" column and merged
                                                       group rows ("I. Công tác chuẩn bị")
    tan-uyen-phat-trien-cay-che-2025                  the Word-exported PDF of data/raw scanned as it
                                                       is (word_export_pdfs.py): a ruled appendix table
                                                       on landscape pages, one row cut by a page break
                                                       mid-cell ("Tháng 8 -" | "9/2025"), at 300 dpi
    thanh-son-vo-mieu-phong-chong-benh-dai-2025       a commune plan with no typed twin (printed from its
                                                       source here), scanned in greyscale at 200 dpi and
                                                       kept small as a portal's scan is (JPEG quality 50):
                                                       seal and signature grey like the print; its task
                                                       table's "Đơn vị phối hợp" cells list two units each
    hoa-binh-da-bac-pho-bien-giao-duc-phap-luat-2025  a district plan of two pages with no typed twin, its task
                                                       table grouped by "Quý" rows across it and the units'
                                                       names wrapped in narrow columns; a greyscale scan at
                                                       250 dpi, skewed 1.6°, of a stapled sheet that did
                                                       not lie flat: the paper greys towards one edge
    bo-trach-hung-trach-phong-chay-chua-chay-rung-2025 a commune plan with no typed twin, signed by a deputy
                                                       (KT. CHỦ TỊCH): a colour scan at 200 dpi, as a
                                                       province's office scans a stack of signed plans,
                                                       skewed 1.5°, the red seal over the signer block,
                                                       its pages kept as mild JPEG (quality 60)
    dau-tieng-minh-tan-ngay-chay-olympic-2025          a commune plan of two pages with no typed twin, its
                                                       task table split by the page break; a greyscale
                                                       scan at 300 dpi, skewed 0.7°, seal and signature
                                                       grey like the print (JPEG quality 70)
    ba-be-hat-kiem-lam-bao-ve-rung-2025                the PDF of data/raw scanned as it is: a forest
                                                       rangers' plan whose task table has no rules
                                                       (render.py --table-rules none), its columns
                                                       parted by white space only and its header
                                                       repeated over page 2; greyscale at 250 dpi
    phu-cat-cat-hanh-phong-chong-han-han-2025         a commune plan of two pages with no typed twin: its body
                                                       page put in the feeder upside down, its task table on
                                                       a landscape appendix page fed sideways (the table
                                                       running down the portrait image); a colour scan at 200 dpi
    soc-trang-my-tu-long-hung-thu-gom-bao-bi-thuoc-bvtv-2025
                                                      a commune plan of two pages with no typed twin, its ruled
                                                      task table split by the page break; a greyscale scan at
                                                      200 dpi, skewed 1.1°, the seal grey, kept as JPEG
                                                      quality 55 the way a portal re-saves it

    python tests/composed_sources/scanned_plans.py [STEM…]   (writes data/raw/<stem>-scan.pdf)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from render import render_pdf, render_scan  # noqa: E402

# stem: (the printed date as in the twin, as printed on the form before signing, what the pen fills in), scan options
PLANS = {
    "mo-cay-nam-dinh-thuy-phong-chong-thien-tai-2025": dict(
        date=("ngày 14 tháng 02", "ngày …… tháng 02", {"……": "14"}), dpi=250, skew_deg=1.2, seed=14),
    # (no date option: the printed PDF of data/raw is scanned as it is, its date typed)
    "tan-uyen-phat-trien-cay-che-2025": dict(dpi=300, skew_deg=1.0, seed=3),
    "thanh-son-vo-mieu-phong-chong-benh-dai-2025": dict(dpi=200, skew_deg=0.8, seed=25, grey=True, quality=50),
    "hoa-binh-da-bac-pho-bien-giao-duc-phap-luat-2025": dict(dpi=250, skew_deg=1.6, seed=21, grey=True, quality=40,
                                                          shadow=0.45),
    "bo-trach-hung-trach-phong-chay-chua-chay-rung-2025": dict(dpi=200, skew_deg=1.5, seed=44, quality=60),
    "dau-tieng-minh-tan-ngay-chay-olympic-2025": dict(dpi=300, skew_deg=0.7, seed=9, grey=True, quality=70),
    "ba-be-hat-kiem-lam-bao-ve-rung-2025": dict(dpi=250, skew_deg=0.9, seed=61, grey=True, quality=70),
    "phu-cat-cat-hanh-phong-chong-han-han-2025": dict(dpi=200, skew_deg=1.2, seed=7, quality=60,
                                                       landscape=True, turn={1: 180, 2: -90}),
    "soc-trang-my-tu-long-hung-thu-gom-bao-bi-thuoc-bvtv-2025": dict(dpi=200, skew_deg=1.1, seed=38, grey=True,
                                                                      quality=55),
}


def main() -> None:
    for stem, spec in PLANS.items():
        if sys.argv[1:] and stem not in sys.argv[1:]:
            continue
        if "date" not in spec:
            printed = ROOT / "data" / "raw" / f"{stem}.pdf"
            with tempfile.TemporaryDirectory() as tmp:
                if not printed.exists():  # no typed twin in data/raw: printed from its source here
                    printed = render_pdf((HERE / f"{stem}.md").read_text(encoding="utf-8"), Path(tmp) / f"{stem}.pdf",
                                         fmt="md", landscape_appendix=spec.get("landscape", False))
                render_scan(printed, ROOT / "data" / "raw" / f"{stem}-scan.pdf", dpi=spec["dpi"],
                            skew_deg=spec["skew_deg"], seed=spec["seed"], signed=True, grey=spec.get("grey", False),
                            quality=spec.get("quality", 80), shadow=spec.get("shadow", 0.0), turn=spec.get("turn"))
            print(stem)
            continue
        signed, blank, filled = spec["date"]
        text = (ROOT / "data" / "raw" / f"{stem}.md").read_text(encoding="utf-8")
        assert signed in text, stem
        with tempfile.TemporaryDirectory() as tmp:
            pdf = render_pdf(text.replace(signed, blank, 1), Path(tmp) / f"{stem}.pdf", fmt="md")
            render_scan(pdf, ROOT / "data" / "raw" / f"{stem}-scan.pdf", dpi=spec["dpi"], skew_deg=spec["skew_deg"],
                        seed=spec["seed"], signed=True, filled=filled)
        print(stem)


if __name__ == "__main__":
    main()
