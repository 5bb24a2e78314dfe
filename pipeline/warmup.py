"""Imported once by the batch's fork server (pipeline.executors): loads the extractors, their
data (administrative units, date grammar, Vietnamese normalization) and compiled patterns by
extracting one small plan, so that every worker forked from the server starts warm and shares
those pages with the others instead of spending seconds loading its own copy."""
from __future__ import annotations

import gc

SAMPLE = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 12/KH-UBND
Tân Lập, ngày 13 tháng 01 năm 2025
KẾ HOẠCH
Phòng, chống dịch bệnh năm 2025
Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo vệ sức khỏe nhân dân.
II. NỘI DUNG
1. Tổ chức phun hóa chất trước ngày 15/3/2025; Trạm Y tế xã chủ trì.
2. Tuyên truyền phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trong quý II/2025.
III. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã: chủ trì, phối hợp các thôn triển khai.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def warm() -> None:
    try:
        from pipeline.extract import extract_bytes

        extract_bytes(SAMPLE.encode("utf-8"), "warmup.txt")
    except Exception:  # a warm-up never stops the batch
        pass
    try:  # tables the sample plan does not reach, loaded on their first use otherwise: in every
        # fresh worker (~90 ms and ~7 MB each, counted as growth towards Limits.recycle_mb)
        from extractors import admin, references, units

        admin.preload()
        units.preload()
        references.preload()
    except Exception:
        pass
    try:  # the word list a mangled (legacy-encoded) file is repaired and an OCR page judged by:
        # ~0.4 s and a transient ~15 MB to build, which every fresh worker meeting such a file
        # would pay again, its peak memory jumping with it; built here once, its ~3 MB are shared
        from pipeline.executors import trim_heap
        from pipeline.ingest import encodings

        encodings.lexicon_words()
        encodings.lexicon_syllables()
        trim_heap()  # (what the build freed goes back to the system, not into every worker)
    except Exception:
        pass
    try:  # the readers of other formats: import only
        import pipeline.ingest.docx  # noqa: F401
        import pipeline.ingest.image  # noqa: F401
        import pipeline.ingest.ocr  # noqa: F401
        import pipeline.ingest.pdf  # noqa: F401
    except Exception:
        pass


warm()
# The warm-up's own garbage collected and its pages given back first: otherwise what the collector had
# not yet reached when the warm-up ended (it runs by allocation counts, so that moves with any change
# to what a plan allocates) stays frozen below, or at least resident, in the server and every worker
# forked from it (up to ~9 MB more, seen when a memo stopped copying its results).
gc.collect()
try:
    from pipeline.executors import trim_heap

    trim_heap()
except Exception:
    pass
# What the server holds now is shared by every worker forked from it: out of the collector's
# sight, a worker's collections neither walk it nor copy its pages by touching them.
gc.freeze()
