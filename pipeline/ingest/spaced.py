"""Plain text laid out with spaces, as `pdftotext -layout` (and a typist aligning by hand) writes a
page: a task table's columns side by side, parted by runs of spaces, each long cell wrapped onto
the following lines within its own column, and pages parted by form feeds, with their numbers and
running headers and footers.

Read line by line, such a table is a jumble of its columns ("Tuyên truyền Luật …   Trung tâm
Phòng Tài chính Quý II/2025"), so its rows are rebuilt with cells, as the PDF reader rebuilds a
table printed without rules:

1. the header: a line of three or more runs parted by two or more spaces, two of them names of a
   task table's columns; a header whose names wrap goes on over the short lines just under it;
2. each column's left edge: where the body lines' runs most often start, at or left of the
   header's name (a name is centred over its column, the cells are set flush left); a run that
   starts within EDGE_SLACK characters of an edge belongs to that column (the converter rounds
   positions to whole characters), and a run that reaches the next edge, where the converter left
   a single space between two columns, is cut before the word starting nearest that edge, a
   unit's head word ("Phòng", "UBND", "Liên minh") before another;
3. a row opens at a line with a number in the STT column; the lines under it until the next
   number are its wrapped cells, across a page break too (the header repeated at the top of the
   next page is dropped): one row, however the pages cut it. A group heading set across the
   columns ("I. CÔNG TÁC CHỈ ĐẠO") is a row of its own when a row follows it;
4. the table ends at an empty line that is no page break (unless a numbered row follows it), at
   a line of one run across the columns (prose, or a heading no row follows), or at a heading
   ("III. KINH PHÍ …") outside the STT column.

A cell's wrapped lines are joined with a space (character counts only approximate the printed
widths, so where a line wrapped cannot be told from where its author ended it), except before an
item of its own ("- Phòng Tư pháp") after a line that ended a clause or stopped well short.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from pipeline.document import PAGE_NUMBER, RawLine
from pipeline.memo import memo
from pipeline.normalize import MARKER_START, ends_clause

RUN = re.compile(r"\S+(?: \S+)*")         # a run of words parted by single spaces
WORD = re.compile(r"\S+")
PAGE_BREAK = "\f"    # the line that stands for a page break among the lines
EDGE_SLACK = 2       # characters a cell may start left of its column's edge
CUT_REACH = 6        # how far from an edge the converter may have set a cell's first word
HEAD_BONUS = 3       # characters of distance a unit's head word makes up for
MIN_HEADER_RUNS = 3
MIN_COLUMN = 2       # the narrowest column (characters), an STT column's
# What an STT cell holds: a number, a Roman numeral, a letter, or a round ("Đợt 1").
LABEL = re.compile(r"^(?:(?:Đợt|Bước|Giai đoạn)\s+)?(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-ZĐ]|[a-zđ])[.)]?$")
# A group heading set across the columns: its number, then its name.
GROUP = re.compile(r"^((?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]?)\s+(\S.*)$")
HEADING = re.compile(r"^(?:[IVXLC]{1,6}[.:\-–]\s|PHỤ LỤC\b|Phụ lục\b)")


def _runs(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the line's runs of words parted by two or more spaces."""
    return [(m.start(), m.end(), m.group()) for m in RUN.finditer(line)]


def _opens_unit(text: str) -> bool:
    """Does the text open with a unit's head ("Phòng", "UBND", "Trung tâm", "Liên minh")?"""
    if not _HEADS:
        from extractors.units import UNIT_HEADS

        for h in sorted({h for h in UNIT_HEADS if h[:1].isupper()}, key=len, reverse=True):
            _HEADS.setdefault(h.split(" ", 1)[0], []).append(h)
    heads = _HEADS.get(text.split(" ", 1)[0])
    return heads is not None and any(text.startswith(h) and text[len(h):len(h) + 1] in ("", " ") for h in heads)


_HEADS: dict[str, list[str]] = {}   # the heads by their first word


def _is_header(line: str) -> tuple[tuple[int, int, str], ...] | None:
    if "  " not in line.strip() or len(line) > 400 or "|" in line or "\t" in line:
        return None   # (no gap between words: the cheap test that settles most lines; a pipe or
        # a tab makes a row of the text reader's own)
    return _header_runs(line)


@memo(4096)   # (a table's header recurs: on each page of a plan, in every plan made from one template)
def _header_runs(line: str) -> tuple[tuple[int, int, str], ...] | None:
    """_is_header of a line the cheap tests left open (a tuple: the memo shares it)."""
    runs = _runs(line)
    if len(runs) < MIN_HEADER_RUNS - 1 or len(runs) > 12 or any(e - s >= 60 for s, e, _ in runs):
        return None   # (a column's name is short: prose with a double space is settled unfolded)
    from extractors.tables import is_header_row  # (the table extractor knows the column names)

    if not is_header_row([r[2] for r in runs]):
        return None
    runs = [part for run in runs for part in _names_in(run)]
    return tuple(runs) if len(runs) >= MIN_HEADER_RUNS else None


def _names_in(run: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A header's run as the column names it holds: two names the converter set one space apart,
    or with none between them, are two runs when each half is a column's name by itself."""
    start, end, text = run
    from extractors.tables import is_header_row

    # a name opens at a capital after a space, or right after the name before it where the
    # converter left no space at all ("Đơn vị chủ trìĐơn vị phối")
    for k in range(1, len(text)):
        if not (text[k].isupper() and (text[k - 1] == " " or text[k - 1].islower())):
            continue
        left, right = text[:k].rstrip(), text[k:]
        if is_header_row([left, right]):
            return [(start, start + len(left), left)] + _names_in((start + k, end, right))
    return [run]


def _pages(text: str) -> list[str]:
    """The lines of a text whose pages a form feed parts, each page break a PAGE_BREAK line, without
    the page numbers and the running headers and footers (a text in the first or last line of
    (nearly) every page that is no table's header)."""
    pages = [page.split("\n") for page in text.split("\f")]
    for lines in pages:
        for pick in (_first, _last):
            k = pick(lines)
            if k is not None and PAGE_NUMBER.match(lines[k]):
                lines[k] = ""
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({lines[k].strip() for k in (_first(lines), _last(lines))
                     if k is not None and not _is_header(lines[k])})
    n = sum(1 for lines in pages if _first(lines) is not None)
    running = {t for t, c in seen.items() if c >= max(2, n - 1)}
    out: list[str] = []
    for p, lines in enumerate(pages):
        if p:
            out.append(PAGE_BREAK)
        ends = {_first(lines), _last(lines)}
        out.extend("" if k in ends and line.strip() in running else line for k, line in enumerate(lines))
    return out


def _first(lines: list[str]) -> int | None:
    return next((k for k, ln in enumerate(lines) if ln.strip()), None)


def _last(lines: list[str]) -> int | None:
    return next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)


class _Table:
    def __init__(self, header: Sequence[tuple[int, int, str]], edges: list[int]) -> None:
        self.header = header
        self.edges = edges
        self.keys = _key_columns(header)

    def crossed(self, start: int, end: int) -> int:
        """How many column edges a run from start to end reaches over."""
        return sum(1 for e in self.edges[1:] if start < e - EDGE_SLACK and end >= e)

    def columns(self, line: str) -> list[list[str]] | None:
        """The line's text per column; None when a run reaches an edge with no word near it."""
        cols: list[list[str]] = [[] for _ in self.edges]
        for start, end, text in _runs(line):
            pieces = self._cut(start, end, text)
            if pieces is None:
                return None
            for col, piece in pieces:
                cols[col].append(piece)
        return cols

    def _column_of(self, pos: int) -> int:
        col = 0
        for k, edge in enumerate(self.edges):
            if pos >= edge - EDGE_SLACK:
                col = k
        return col

    def _cut(self, start: int, end: int, text: str) -> list[tuple[int, str]] | None:
        col = self._column_of(start)
        if col + 1 < len(self.edges) and end >= self.edges[col + 1] and start - self.edges[col] > CUT_REACH \
                and start >= self.edges[col + 1] - CUT_REACH:
            col += 1   # a run that opens just short of the next edge, far from its own: set too far left
        words = [(start + m.start(), m.group()) for m in WORD.finditer(text)]
        out: list[tuple[int, str]] = []
        while True:
            nxt = col + 1
            # (a run that ends at the next edge ran into it: the converter keeps one space)
            if nxt >= len(self.edges) or words[-1][0] + len(words[-1][1]) < self.edges[nxt]:
                out.append((col, " ".join(w for _, w in words)))
                return out
            edge = self.edges[nxt]
            cands = [(abs(p - edge) - (HEAD_BONUS if _opens_unit(text[p - start:]) else 0), i)
                     for i, (p, _) in enumerate(words) if i > 0 and edge - CUT_REACH <= p <= edge + CUT_REACH - 2]
            if not cands:
                return None
            cut = min(cands)[1]
            out.append((col, " ".join(w for _, w in words[:cut])))
            words, col = words[cut:], nxt


def _edges(header: Sequence[tuple[int, int, str]], body: list[str],
           before: tuple[Sequence[tuple[int, int, str]], list[int]] | None = None) -> list[int]:
    """Each column's left edge. The first: its name's, or where a body line starts left of it.
    The others: where the body's runs (after two or more spaces) most often start, between the
    edge before and EDGE_SLACK past the column's name (centred over its column, the name may stand
    right of where its cells begin, even right of where the name before it ends). Where no run
    starts there (the converter set the column one space after the one before, everywhere): on a
    page after the first (`before`: the header and edges of the page before), its edge there,
    moved as its name moved; else the place from the edge before on where most lines start a word
    and fewest run a word across (a cell's lines start at its edge, the words of the column to its
    left stop short of it)."""
    # (the header's names wrapped under it leave the first column empty, and their ends, "hợp",
    # "hoàn thành", stand where no cell starts: the lines from the first that fills it are counted)
    lead = next((k for k, ln in enumerate(body) if ln.strip() and len(ln) - len(ln.lstrip()) < header[1][0] - EDGE_SLACK), 0)
    body = body[lead:]
    runs = Counter(s for line in body for s, _, _ in _runs(line))
    starts: Counter[int] = Counter()
    across: Counter[int] = Counter()
    first = [len(ln) - len(ln.lstrip()) for ln in body if ln.strip()]
    edges = [min([header[0][0]] + [p for p in first if p < header[1][0] - EDGE_SLACK])]
    for k, (start, _, _) in enumerate(header[1:], 1):
        hi = start + EDGE_SLACK
        window = [(n, p) for p, n in runs.items() if edges[-1] + MIN_COLUMN < p <= hi]
        if window:
            edges.append(max(window)[1])
            continue
        if before is not None and len(before[0]) == len(header):
            edges.append(max(before[1][k] + start - before[0][k][0], edges[-1] + MIN_COLUMN))
            continue
        if not starts:   # (counted once, when first needed)
            for line in body:
                for m in WORD.finditer(line):
                    starts[m.start()] += 1
                    across.update(range(m.start() + 1, m.end()))
        # (of places scored alike, the leftmost: a word further right is a later word of a cell)
        scored = [(starts[p] - across[p], -p) for p in range(edges[-1] + MIN_COLUMN, hi + 1) if starts[p]]
        best = max(scored, default=None)
        edges.append(-best[1] if best and best[0] > 0 else max(start, edges[-1] + MIN_COLUMN))
    return edges


def _joined(parts: list[str], width: int) -> str:
    """A cell's wrapped lines as one text: "Phòng Tài chính" then "- Kế hoạch;" is one name wrapped
    at its dash, "- Phòng Nội vụ;" then "- Phòng Tư pháp" two items."""
    out = parts[0]
    for prev, part in zip(parts, parts[1:]):
        if MARKER_START.match(part) and (ends_clause(prev) or len(prev) < width // 2):
            out += "\n" + part
        else:
            out += " " + part
    return out


def split_layout(text: str) -> list[str | list[RawLine]] | None:
    """The text in parts: prose (str, for the ordinary text reader) and each space-aligned task
    table as its rows with cells; page numbers and running headers and footers beside form feeds
    are dropped. None when the text has neither a form feed nor such a table (it is read as it is)."""
    lines = _pages(text) if "\f" in text else text.split("\n")
    heads = [i for i, ln in enumerate(lines) if "  " in ln and _is_header(ln)]  # (see _is_header)
    if not heads and "\f" not in text:
        return None
    out: list[str | list[RawLine]] = []
    i = 0
    for h in heads:
        if h < i:
            continue
        got = _read_table(lines, h)
        if got is None:
            continue
        rows, end = got
        if h > i:
            out.append("\n".join(lines[i:h]))
        out.append([RawLine(" ".join(c.replace("\n", " ") for c in cells if c), cells=cells, table_id=0,
                            paragraphs=True) for cells in rows])
        i = end
    if not out and "\f" not in text:
        return None
    if i < len(lines):
        out.append("\n".join(lines[i:]))
    return out


def _opens_numbered(line: str, header: Sequence[tuple[int, int, str]]) -> bool:
    """Does the line open with an STT cell ("3", "II", "1.2") left of the header's second name?"""
    runs = _runs(line)
    return len(runs) >= 2 and runs[0][0] < header[1][0] - EDGE_SLACK and LABEL.match(runs[0][2]) is not None


def _key(runs: list[tuple[int, int, str]]) -> str:
    """A header's words without spaces: the same header however the converter spaced it."""
    return "".join(r[2] for r in runs).replace(" ", "")


def _period_group(text: str) -> bool:
    """A group row's text that names only a period: "Quý I", "THÁNG 3 VÀ THÁNG 4", "Giai đoạn 2026 -
    2027", "Ngày 14/3/2026" (a row under it is due in it)."""
    from extractors.tables import day_group, month_group, quarter_of_group, year_group

    return any(f(text) for f in (quarter_of_group, month_group, year_group, day_group))


def _key_columns(header: Sequence[tuple[int, int, str]]) -> range:
    """The columns left of the content column of a table with no STT column, whose cells name each
    row ("Tháng | Nội dung công việc | Người thực hiện", "Thứ, ngày | Buổi | Thời gian | Nội dung"):
    a row opens where one of them opens a cell. Empty when the first column is an STT column, or the
    content comes first."""
    from extractors.tables import COL_CONTENT, COL_LABEL
    from pipeline.normalize import fold

    names = [fold(r[2]) for r in header]
    if COL_LABEL.search(names[0]):
        return range(0)
    content = next((k for k, n in enumerate(names) if COL_CONTENT.search(n)), 0)
    return range(content)


# What a key cell's line ends with when its next line goes on with it: "Tháng" over "9/2024", "7h30 -
# 11h00 ngày" over "14/3/2026", "Từ ngày 14/3 đến" over "ngày 15/3/2026".
DANGLING = re.compile(r"(?:(?<!\w)(?:[Nn]gày|[Tt]háng|THÁNG|[Qq]uý|QUÝ|đến|từ|và)|[-–,])$")


def _opens_cell(piece: str, above: list[str]) -> bool:
    """Does a key cell's line open a cell, rather than go on with the one above it (a small letter or
    a bracket first, "(13/01)" under "Thứ Hai"; or the line above left it unfinished)?"""
    return not (piece[:1].islower() or piece[:1] == "(" or (above and DANGLING.search(above[-1])))


def _table_like(table: _Table, line: str) -> bool:
    """A line that goes on with the table after a gap: two or more runs that keep to its columns."""
    if len(_runs(line)) < 2:
        return False
    cols = table.columns(line)
    label = " ".join(cols[0]) if cols else ""
    if cols is not None and label and table.keys:
        # a key opening a cell ("Tháng 10", "7h30 ngày 9/3"), each run at a column's edge: a
        # paragraph whose words a justified line spaced twice ("Kinh phí  thực hiện") is none
        return _opens_cell(label, []) and all(
            any(abs(start - e) <= EDGE_SLACK for e in table.edges) for start, _, _ in _runs(line))
    return cols is not None and (not label or LABEL.match(label) is not None)


GROUP_DEPTH = 3   # group rows that may stand one under another ("I. CHÍNH QUYỀN SỐ", "1. Thể chế số")


def _group_line(line: str) -> bool:
    """A line of one run that reads as a group row: a number and a name, or a period alone."""
    text = line.strip()
    return len(_runs(text)) == 1 and (GROUP.match(text) is not None or _period_group(text))


def _row_follows(table: _Table, lines: list[str], j: int) -> bool:
    """Does a row of the table follow the group row lines[j], maybe under more group rows?"""
    k = j + 1
    for _ in range(GROUP_DEPTH):
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines):
            return False
        if _table_like(table, lines[k]):
            return True
        if not _group_line(lines[k]):
            return False
        k += 1
    return False


def _read_table(lines: list[str], h: int) -> tuple[list[list[str]], int] | None:
    """The rows of the table whose header is lines[h] (the header first), and the index of the
    line after the table; None when fewer than two numbered rows keep to its columns."""
    header = _is_header(lines[h])
    assert header is not None
    end = h + 1
    while end < len(lines):
        if lines[end].strip():
            end += 1
            continue
        # (rows parted by an empty line, as a typist spaces them: the columns are measured over
        # them all, not over the first row alone, which may be a group row printing one column)
        k = end + 1
        while k < len(lines) and not lines[k].strip() and lines[k] != PAGE_BREAK:
            k += 1
        if k - end > 2 or k >= len(lines) or not _opens_numbered(lines[k], header):
            break
        end = k
    table = _Table(header, _edges(header, [ln for ln in lines[h + 1:end] if ln.strip()]))
    head_cells: list[list[str]] = [[r[2]] for r in header]
    head_more: list[list[str]] = []   # the runs of the header's wrapped lines
    j = h + 1
    keys = table.keys
    # the header's names wrapped onto the lines under it: short runs, none in the STT column (a
    # first column of keys may wrap its name too: "Thứ," over "ngày", the words going on in small letters)
    while j < len(lines) and lines[j].strip():
        cols = table.columns(lines[j])
        if cols is None or sum(len(" ".join(c)) for c in cols) > 40 or \
                cols[0] and not (keys and all(p[:1].islower() for c in cols for p in c)):
            break
        for k, c in enumerate(cols):
            head_cells[k].extend(c)
        head_more.append([r[2] for r in _runs(lines[j])])
        j += 1
    names = _key(header)
    rows: list[list[list[str]]] = []
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            k, paged = j, False
            while k < len(lines) and not lines[k].strip():
                paged = paged or lines[k] == PAGE_BREAK
                k += 1
            if k < len(lines) and _key(_runs(lines[k])) == names and len(_is_header(lines[k]) or ()) == len(header):
                # the header repeated at the top of the next page, where the converter may have
                # set the columns a few characters off: their edges are measured again
                j = k + 1
                for more in head_more:
                    if j < len(lines) and [r[2] for r in _runs(lines[j])] == more:
                        j += 1
                stop = j
                while stop < len(lines) and lines[stop].strip():
                    stop += 1
                again = _is_header(lines[k]) or header
                table.edges = _edges(again, lines[j:stop], (table.header, table.edges))
                table.header = again
                continue
            cols = table.columns(lines[k]) if k < len(lines) else None
            if k < len(lines) and _table_like(table, lines[k]) and (paged or (cols and cols[0])):
                j = k
                continue
            if k < len(lines) and _group_line(lines[k]) and _row_follows(table, lines, k):
                j = k   # (a group row after the empty line, its rows under it)
                continue
            break
        runs = _runs(line)
        if len(runs) == 1 and not keys and runs[0][0] < table.edges[1] - EDGE_SLACK and _period_group(runs[0][2]):
            # a group row naming a period alone ("Quý I", "THÁNG 3 VÀ THÁNG 4"), in the STT column or
            # from it across: the period of the rows under it, if any follows
            if not _row_follows(table, lines, j):
                break
            rows.append([[runs[0][2]]] + [[] for _ in table.edges[1:]])
            j += 1
            continue
        crossed = table.crossed(runs[0][0], runs[0][1]) if len(runs) == 1 else 0
        if crossed >= 2 and rows and runs[0][0] >= table.edges[1] - EDGE_SLACK and runs[0][1] < table.edges[-1] \
                and table.columns(line) is not None:
            crossed = 0   # (the wrapped lines of a row's cells the converter set one space apart, short
            # of the last column: prose and headings run across it)
        if crossed >= 2 or (crossed and runs[0][0] < table.edges[1] - EDGE_SLACK):
            # one run across the columns (from the STT column on, or over two edges): a group
            # heading when a row follows it, else prose
            m = GROUP.match(line.strip())
            if m is None or not _row_follows(table, lines, j):
                break
            rows.append([[m.group(1)], [m.group(2)]] + [[] for _ in table.edges[2:]])
            j += 1
            continue
        cols = table.columns(line)
        if cols is None:
            break
        label = " ".join(cols[0])
        if keys:
            opens = any(cols[k] and _opens_cell(" ".join(cols[k]), rows[-1][k] if rows else []) for k in keys)
        elif label and not LABEL.match(label):
            break
        else:
            opens = bool(label)
        if not label and HEADING.match(line.strip()):
            break
        if opens or not rows:
            rows.append([[] for _ in table.edges])
        for k, c in enumerate(cols):
            if c:
                rows[-1][k].append(" ".join(c))
        j += 1
    if len(rows) < 2:
        return None
    # a column's width: its longest line (the printed width, as the converter counted it)
    widths = [max((len(p) for r in rows for p in r[k]), default=1) for k in range(len(table.edges))]
    cells = [[" ".join(c) for c in head_cells]]
    for row in rows:
        cells.append([_joined(parts, w) if parts else "" for parts, w in zip(row, widths)])
    return cells, j
