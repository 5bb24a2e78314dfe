"""What the Word and web-page readers both ask of a table drawn without borders: does it only lay
out a plan's header block (issuer | national motto, "Số:" | place and date) or its signature
block (Nơi nhận | signer)? Such a table is read as prose, column by column, as the PDF reader
reads the same page."""
from __future__ import annotations

import re

# What those blocks print: the motto, the number, the place and date, Nơi nhận, a signing title.
LAYOUT_CUES = re.compile(r"C[ỘO]NG\s+H[ÒOÀ]A|Độc lập\s*[-–—]|^Số\s*:|,\s*ngày\b.*\btháng\b|Nơi nhận|"
                         r"^(?:TM|KT|Q|TL|TUQ)\.\s|^CHỦ TỊCH|^PHÓ CHỦ TỊCH|^GIÁM ĐỐC", re.I | re.M)
LAYOUT_MAX_COLS = 3  # issuer | motto, Nơi nhận | signer (a joint plan: two issuers and the motto)
LAYOUT_MAX_ROWS = 6


def is_layout_grid(rows: list[list[str]]) -> bool:
    """The cell texts of a borderless table: a few rows of two or three columns holding a cue of
    the header or signature block."""
    if not rows or len(rows) > LAYOUT_MAX_ROWS or max(len(r) for r in rows) > LAYOUT_MAX_COLS:
        return False
    return LAYOUT_CUES.search("\n".join(c for r in rows for c in r)) is not None
