"""The kinds of document a plan names ("Kế hoạch", "Nghị định", "Kết luận", …), in one list.

Each reader takes the subset it needs: references reads every kind before a số hiệu; the header's
issuing sentence ("UBND xã ban hành Kế hoạch …") only the kinds a body issues in its own name;
dates only those whose number a date may follow as the document's own ("Kế hoạch số 35/KH-UBND vào
ngày …"). A kind named by one reader and missing from this list is a kind the others cannot read.
"""
from __future__ import annotations

from extractors.admin import fold_nfc

__all__ = ["KIND_WORDS", "alternation", "folded"]

# The words that name a document's kind as printed before its số hiệu → its canonical kind.
KIND_WORDS: dict[str, str] = {
    "kế hoạch": "Kế hoạch", "nghị định": "Nghị định", "nghị quyết": "Nghị quyết",
    "quyết định": "Quyết định", "chỉ thị": "Chỉ thị", "chương trình": "Chương trình",
    "thông tư": "Thông tư", "hướng dẫn": "Hướng dẫn", "công văn": "Công văn",
    "văn bản hợp nhất": "Văn bản hợp nhất", "văn bản chỉ đạo": "Công văn", "văn bản": "Công văn",
    "thông báo": "Thông báo",
    "kết luận": "Kết luận", "quy định": "Quy định", "quy chế": "Quy chế", "đề án": "Đề án",
    "bộ luật": "Bộ luật", "luật": "Luật", "pháp lệnh": "Pháp lệnh", "báo cáo": "Báo cáo",
    "tờ trình": "Tờ trình", "công điện": "Công điện", "phương án": "Phương án",
    "thông tri": "Thông tri", "điều lệ": "Điều lệ", "sắc lệnh": "Sắc lệnh", "lệnh": "Lệnh",
    "lịch công tác": "Lịch công tác",
}


def folded(word: str) -> str:
    """A kind's words as the folded text prints them (extractors.admin's fold: "quyết định" -> "quyet dinh")."""
    return fold_nfc(word)


def alternation(kinds: tuple[str, ...], space: str = " ") -> str:
    """The folded kinds as a regex alternation in their order, words joined by `space` (" " for a text
    whose spaces are one, r"\\s+" for one the line breaks run through). Each must be in KIND_WORDS."""
    for kind in kinds:
        if kind not in KIND_WORDS:
            raise ValueError(f"not a document kind: {kind!r}")
    return "|".join(space.join(folded(kind).split()) for kind in kinds)
