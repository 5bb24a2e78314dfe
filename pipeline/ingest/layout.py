"""What the Word and web-page readers both ask of a table drawn without borders: does it only lay
out a plan's header block (issuer | national motto, "Số:" | place and date) or its signature
block (Nơi nhận | signer)? Such a table is read as prose, column by column, as the PDF reader
reads the same page."""
from __future__ import annotations

import re

from pipeline.document import PART_HEADING

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


# What a plan's body opens its parts with, as a paragraph of its own: a Roman part ("II. NỘI
# DUNG", read as the PDF and OCR readers read one: PART_HEADING), the preamble ("Căn cứ …"), the
# type name over the title, the closing ("Nơi nhận").
BODY_CUE = re.compile(r"^(?:Căn cứ\s|(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH)$|Nơi nhận)")


def opens_body_part(text: str) -> bool:
    """Does a paragraph open one of the plan's parts (see BODY_CUE)?"""
    return BODY_CUE.match(text) is not None or PART_HEADING.match(text) is not None


def frame_rows(rows: list[tuple[bool, bool, list[str]]]) -> set[int]:
    """The rows of a table that hold a plan's body typed inside it rather than a row of cells,
    given for each row (one cell across the whole grid, that cell holds a table, its paragraphs):
    such a cell holding a table of its own (the task table pasted into a frame), or several
    paragraphs one of which opens a part of the plan (a Roman part, "Căn cứ", the type name). A
    table of one column with such a row is a form or a frame as a whole: all its rows are read as
    the body. A one-cell table of several paragraphs is a frame (a table of one cell is no list).
    A real table of one column (a list of tasks, one a row) holds neither. Word's reader and the
    web-page reader both ask it."""
    found: set[int] = set()
    one_column = True
    for k, (whole, holds_table, paras) in enumerate(rows):
        if not whole:
            one_column = False
        elif holds_table:
            found.add(k)
        elif len(paras) >= 2 and (len(rows) == 1 or any(opens_body_part(t) for t in paras)):
            found.add(k)
    if found and one_column:
        return set(range(len(rows)))
    return found


PAGE_COLUMN_CUES = 2  # parts of a plan a cell must open to be the page's column that holds it


def page_columns(cells: list[tuple[str, list[str]]]) -> bool:
    """Does a row of cells, given for each cell (the text of the tables it holds, its
    paragraphs), lay out a whole page (an old portal's table: menu | the post | sidebar) rather
    than a row of data? One of its cells holds the plan: tables of its own, the header's or the
    signature's cue (the motto, "Số:", Nơi nhận, a signing title) in them or in its paragraphs,
    and paragraphs opening several of the plan's parts (the type name, "Căn cứ", Roman parts).
    A task table's cell, even one holding a table, holds no header or signature block."""
    if len(cells) < 2:
        return False
    for tables, paras in cells:
        if not tables or len(paras) <= PAGE_COLUMN_CUES:
            continue
        if sum(1 for t in paras if opens_body_part(t)) >= PAGE_COLUMN_CUES and (
                LAYOUT_CUES.search(tables) or any(LAYOUT_CUES.search(t) for t in paras)):
            return True
    return False
