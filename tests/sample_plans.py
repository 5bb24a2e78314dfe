"""The five real plans of ../shared as the extractor tests read them: no pipeline in between."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLANS = sorted((SHARED / "sample-plans").glob("*")) if (SHARED / "sample-plans").is_dir() else []


def read_plan(path: Path) -> str:
    """As simple as it gets: NFC, markdown emphasis / headings and HTML tags stripped, lines joined
    (so an extractor is tested on the text alone, not on what the readers and normalize make of it)."""
    raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    raw = re.sub(r"<[^>]+>", " ", raw).replace("*", "")
    raw = re.sub(r"(?m)^[ \t]*#+[ \t]*", "", raw)
    return " ".join(raw.split())
