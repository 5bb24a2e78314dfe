"""Render a plan's text into the word-processor files plans arrive as: .docx (python-docx), .doc and
.odt (LibreOffice).

    render_docx(text, out_path, fmt="md")   a .docx: real Word tables for the plan's table rows
                                            (header row bold, a group row such as "QUÝ I" merged
                                            across the table), headings numbered by Word's
                                            AUTOMATIC numbering ("I." upperRoman, "1." decimal,
                                            "a)" lowerLetter, defined in numbering.xml) with the
                                            printed marker removed from the paragraph's text, the
                                            header block in a borderless two-column table, and a
                                            page header/footer that is not part of the plan;
                                            a table cell whose whole text is "^^" is merged with
                                            the cell above it (Word's vMerge: "Phòng X" in charge
                                            of rows 1–4 printed once), as Markdown has no rowspan;
                                            a cell whose whole text is "<<" is merged with the cell
                                            to its left (Word's gridSpan: "Thời gian thực hiện năm
                                            2025" over the twelve month columns), as Markdown has no
                                            colspan; rows under the first whose first cell is "^^"
                                            are more header rows (bold, like the first);
                                            word_layout=True lays it out as a typist would (A4,
                                            Times New Roman 13, "Số:" level with the date, column
                                            widths by content, header rows repeated on each page,
                                            the type and title and an appendix caption centred,
                                            "Nơi nhận" beside the signer in a borderless table);
                                            Markdown footnotes ("…tỉnh[^1]" and a line "[^1]: Kế
                                            hoạch số …") become Word footnotes (footnotes.xml), the
                                            mark a footnoteReference; landscape_appendix=True puts
                                            the appendices in a landscape section;
                                            a plan saved with its review still in it is written in
                                            CriticMarkup: "{++x++}" inserted (w:ins), "{--x--}"
                                            deleted (w:del, w:delText), "{<-x<-}" moved away and
                                            "{->x->}" moved here (w:moveFrom / w:moveTo with their
                                            range marks), "{==x==}{>>note<<}" a comment on x and
                                            "{>>note<<}" one at a point (comments.xml); a paragraph
                                            or table row made only of one kind of change has its
                                            paragraph mark / row marked the same way (a numbered
                                            paragraph deleted or moved away keeps its numPr, as
                                            Word saves it, without taking a number);
                                            bullets=True makes "- " / "+ " lines Word's bullet
                                            list (the dash printed by numbering.xml, not typed)
    render_doc(docx_path, out_path)         the .docx converted to Word 97-2003 .doc by LibreOffice
                                            (raises RuntimeError when soffice is not installed)
    render_odt(docx_path, out_path)         the .docx converted to OpenDocument text (.odt), likewise
    render_html(docx_path, out_path)        the .docx saved as a web page (.html) by LibreOffice, likewise

As a script: python tests/render_docx.py PLAN.txt|md OUT.docx [OUT.doc|OUT.odt]
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.ingest.text import read_text  # noqa: E402
from pipeline.normalize import normalize  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

ROMAN_HEAD = re.compile(r"^([IVXLC]{1,6})\.\s+(\S.*)$")
DECIMAL_HEAD = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
LETTER_HEAD = re.compile(r"^([a-z])\)\s+(\S.*)$")
DOC_TYPE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|BÁO CÁO|HƯỚNG DẪN|THÔNG BÁO)( LIÊN TỊCH)?$")
MOTTO = re.compile(r"C[ỘO]NG\s+H\w*\s+X[ÃA]\s+H[ỘO]I|Độc lập\s*[-–—]\s*Tự do", re.I)
# A Party body's header (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" stands right where a
# government's motto does, and a "*" under the issuer's name on the left.
PARTY_MOTTO = re.compile(r"^ĐẢNG CỘNG SẢN VIỆT NAM$")
PARTY_STAR = re.compile(r"^\*$")
NUMBER = re.compile(r"^Số\s*:")
MERGED_ABOVE = "^^"  # a cell of the .md twin that Word merges with the cell above (vMerge)
MERGED_LEFT = "<<"   # a cell of the .md twin that Word merges with the cell to its left (gridSpan)
APPENDIX = re.compile(r"^Phụ lục\b", re.I)
SIGNING = re.compile(r"^(?:TM|KT|TL|TUQ)\.\s")
RECIPIENTS = re.compile(r"^Nơi (?:nhận|gửi)\s*:?$")   # ("Nơi gửi" in some units' plans)
PLACE_DATE = re.compile(r",\s*ngày\b.*\btháng\b", re.I)
PAGE_HEADER_TEXT = "Trang đầu trang - không thuộc kế hoạch"
PAGE_FOOTER_TEXT = "Chân trang số hiệu tệp - không thuộc kế hoạch"
FOOTNOTE_DEF = re.compile(r"^\[\^(\w+)\]:\s*(.+?)\s*$", re.M)
FOOTNOTE_REF = re.compile(r"\[\^(\w+)\]")
# a footnote mark while the twin is normalized (which drops Markdown's "[^n]" marks), two
# private-use characters around its name
FOOTNOTE_HELD = re.compile("\ue000(\\w+)\ue001")
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# a reviewer's changes and comments in the twin (CriticMarkup, plus "{<-…<-}" / "{->…->}" for a move)
TRACKED = re.compile(r"\{\+\+(?P<ins>.*?)\+\+\}|\{--(?P<del>.*?)--\}|\{<-(?P<moveFrom>.*?)<-\}"
                     r"|\{->(?P<moveTo>.*?)->\}|\{==(?P<noted>.*?)==\}\{>>(?P<note>.*?)<<\}|\{>>(?P<point>.*?)<<\}")
CHANGE_KINDS = ("ins", "del", "moveFrom", "moveTo")
REVIEWER = "Phạm Thị Thu - Văn phòng"
REVIEWED_AT = "2025-03-12T08:30:00Z"

LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]
BULLET_HEAD = re.compile(r"^([-+])\s+(\S.*)$")
BULLETS = "-+"   # Word's bullet list of a plan: "-" its first level, "+" its second


def roman_value(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total


def _el(tag: str, **attrs):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


class _Lists:
    """Automatic numbering: one abstractNum (3 levels) per list; a list restarts (a new abstractNum
    starting at the printed value) when the printed marker is not what Word would print next."""

    def __init__(self, document) -> None:
        self.numbering = document.part.numbering_part.element
        self.num_id: int | None = None
        self.bullet_id: int | None = None
        self.counters: list[int | None] = [None, None, None]
        self.starts = [1, 1, 1]
        ids = [int(n.get(f"{{{W_NS}}}abstractNumId")) for n in self.numbering.findall(f"{{{W_NS}}}abstractNum")]
        nids = [int(n.get(f"{{{W_NS}}}numId")) for n in self.numbering.findall(f"{{{W_NS}}}num")]
        self.next_abstract = max(ids, default=0) + 100
        self.next_num = max(nids, default=0) + 100

    def _register(self, an, aid: int) -> int:
        """Add a list definition and a list using it to the numbering part; the list's id."""
        nums = self.numbering.findall(f"{{{W_NS}}}num")
        if nums:   # abstractNum elements must precede num elements
            nums[0].addprevious(an)
        else:
            self.numbering.append(an)
        nid = self.next_num
        self.next_num += 1
        num = _el("w:num", numId=nid)
        num.append(_el("w:abstractNumId", val=aid))
        self.numbering.append(num)
        return nid

    def _new_list(self, level: int, start: int) -> None:
        starts = [1, 1, 1]
        starts[level] = start
        aid = self.next_abstract
        self.next_abstract += 1
        an = _el("w:abstractNum", abstractNumId=aid)
        an.append(_el("w:multiLevelType", val="multilevel"))
        for ilvl, (fmt, text) in enumerate(LEVELS):
            lvl = _el("w:lvl", ilvl=ilvl)
            lvl.append(_el("w:start", val=starts[ilvl]))
            lvl.append(_el("w:numFmt", val=fmt))
            lvl.append(_el("w:lvlText", val=text))
            lvl.append(_el("w:suff", val="space"))
            lvl.append(_el("w:lvlJc", val="left"))
            ppr = _el("w:pPr")
            ppr.append(_el("w:ind", left=0, firstLine=567 if ilvl else 0))
            lvl.append(ppr)
            an.append(lvl)
        self.num_id = self._register(an, aid)
        self.counters = [None, None, None]
        self.starts = starts

    def bullet(self, paragraph, level: int) -> None:
        """A bullet paragraph: one bullet list ("-" then "+") for the whole plan, as a typist's
        "Bullets" button gives it; it does not break the numbered list around it."""
        if self.bullet_id is None:
            aid = self.next_abstract
            self.next_abstract += 1
            an = _el("w:abstractNum", abstractNumId=aid)
            an.append(_el("w:multiLevelType", val="hybridMultilevel"))
            for ilvl, char in enumerate(BULLETS):
                lvl = _el("w:lvl", ilvl=ilvl)
                lvl.append(_el("w:start", val=1))
                lvl.append(_el("w:numFmt", val="bullet"))
                lvl.append(_el("w:lvlText", val=char))
                lvl.append(_el("w:lvlJc", val="left"))
                ppr = _el("w:pPr")
                ppr.append(_el("w:ind", left=0, firstLine=567))
                lvl.append(ppr)
                an.append(lvl)
            self.bullet_id = self._register(an, aid)
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val=level))
        numpr.append(_el("w:numId", val=self.bullet_id))
        paragraph._p.get_or_add_pPr().append(numpr)

    def number(self, paragraph, level: int, value: int, counted: bool = True) -> None:
        """Number `paragraph`; one not counted (deleted or moved away with its mark) stays in the
        list without taking the value, as Word shows the list once the change is accepted."""
        predicted = self.starts[level] if self.counters[level] is None else self.counters[level] + 1
        if self.num_id is None or (counted and predicted != value):
            self._new_list(level, value)
        if counted:
            self.counters[level] = value
            for deeper in range(level + 1, 3):
                self.counters[deeper] = None
        ppr = paragraph._p.get_or_add_pPr()
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val=level))
        numpr.append(_el("w:numId", val=self.num_id))
        ppr.append(numpr)


def _heading(text: str) -> tuple[int, int, str] | None:
    """(level, value, text without marker) when Word's numbering can print the line's marker."""
    m = ROMAN_HEAD.match(text)
    if m:
        return 0, roman_value(m.group(1)), m.group(2)
    m = DECIMAL_HEAD.match(text)
    if m and int(m.group(1)) > 0:
        return 1, int(m.group(1)), m.group(2)
    m = LETTER_HEAD.match(text)
    if m:
        return 2, ord(m.group(1)) - ord("a") + 1, m.group(2)
    return None


class _Footnotes:
    """word/footnotes.xml, made on the first footnote: the two separators Word requires, then one
    w:footnote per note, its number printed by w:footnoteRef."""

    def __init__(self, document, notes: dict[str, str]) -> None:
        self.document, self.notes, self.part, self.ids = document, notes, None, {}

    def _ensure(self):
        if self.part is None:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT
            from docx.opc.packuri import PackURI
            from docx.opc.part import XmlPart
            from docx.oxml import parse_xml

            xml = (f'<w:footnotes xmlns:w="{W_NS}">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:footnote></w:footnotes>')
            main = self.document.part
            self.part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, parse_xml(xml), main.package)
            main.relate_to(self.part, RT.FOOTNOTES)
        return self.part

    def reference(self, paragraph, key: str) -> None:
        """A superscript footnoteReference run for note `key` in `paragraph`."""
        part = self._ensure()
        if key not in self.ids:
            fid = self.ids[key] = len(self.ids) + 1
            note = _el("w:footnote", id=fid)
            p = _el("w:p")
            r = _el("w:r")
            rpr = _el("w:rPr")
            rpr.append(_el("w:vertAlign", val="superscript"))
            r.append(rpr)
            r.append(_el("w:footnoteRef"))
            p.append(r)
            r = _el("w:r")
            t = _el("w:t")
            t.text = " " + self.notes.get(key, "")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
            p.append(r)
            note.append(p)
            part.element.append(note)
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rpr.append(_el("w:vertAlign", val="superscript"))
        run._r.append(_el("w:footnoteReference", id=self.ids[key]))


class _Review:
    """Tracked changes and comments: revision ids, and the names pairing a move's two ends."""

    def __init__(self, document) -> None:
        self.document, self.next_id, self.moves = document, 1, {"moveFrom": 0, "moveTo": 0}

    def attrs(self) -> dict:
        rid, self.next_id = self.next_id, self.next_id + 1
        return {"id": rid, "author": REVIEWER, "date": REVIEWED_AT}

    def wrap(self, run, kind: str) -> None:
        """Put `run` inside a w:ins / w:del / w:moveFrom / w:moveTo; removed text becomes w:delText."""
        from docx.oxml.ns import qn

        r = run._r
        if kind in ("del", "moveFrom"):
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")
        wrapper = _el(f"w:{kind}", **self.attrs())
        r.addprevious(wrapper)
        wrapper.append(r)
        if kind in ("moveFrom", "moveTo"):   # the range marks naming the move, around the wrapper
            self.moves[kind] += 1
            name = f"move{self.moves[kind]}"
            start = _el(f"w:{kind}RangeStart", name=name, **self.attrs())
            wrapper.addprevious(start)
            wrapper.addnext(_el(f"w:{kind}RangeEnd", id=start.get(f"{{{W_NS}}}id")))

    def comment(self, run, text: str) -> None:
        """A comment on `run` (comments.xml), dated like the changes so the file is reproducible."""
        from docx.oxml.ns import qn

        self.document.add_comment(run, text, author=REVIEWER, initials="PTT")._element.set(qn("w:date"), REVIEWED_AT)

    def mark(self, paragraph, kind: str) -> None:
        """The paragraph mark itself inserted, deleted or moved (pPr/rPr/w:ins …)."""
        ppr = paragraph._p.get_or_add_pPr()
        rpr = _el("w:rPr")
        rpr.append(_el(f"w:{kind}", **self.attrs()))
        ppr.append(rpr)

    def row(self, row, kind: str) -> None:
        """A table row inserted or deleted as a whole (trPr/w:ins, trPr/w:del)."""
        if kind in ("ins", "del"):
            row._tr.get_or_add_trPr().append(_el(f"w:{kind}", **self.attrs()))


def _whole_change(text: str) -> tuple[str, str] | None:
    """(kind, inner text) when the whole text is one insertion, deletion or move."""
    m = TRACKED.fullmatch(text.strip())
    if m is None:
        return None
    for kind in CHANGE_KINDS:
        if m.group(kind) is not None:
            return kind, m.group(kind)
    return None


def _add_tracked(p, text: str, bold: bool, notes: _Footnotes, review: _Review | None) -> None:
    """The paragraph's text as runs with its tracked changes and comments."""
    pos = 0
    for m in TRACKED.finditer(text):
        if m.start() > pos:
            _add_text(p, text[pos:m.start()], bold, notes)
        kind = next((k for k in CHANGE_KINDS if m.group(k) is not None), None)
        if kind:
            run = p.add_run(m.group(kind))
            run.bold = bold
            review.wrap(run, kind)
        elif m.group("noted") is not None:
            run = p.add_run(m.group("noted"))
            run.bold = bold
            review.comment(run, m.group("note"))
        else:   # a comment at a point: anchored on an empty run
            review.comment(p.add_run(""), m.group("point"))
        pos = m.end()
    if pos < len(text) or not pos:
        _add_text(p, text[pos:], bold, notes)


def _add_text(p, text: str, bold: bool, notes: _Footnotes) -> None:
    """The paragraph's text as runs, each "[^n]" a footnote reference."""
    pos = 0
    for m in FOOTNOTE_HELD.finditer(text):
        if m.start() > pos:
            p.add_run(text[pos:m.start()]).bold = bold
        notes.reference(p, m.group(1))
        pos = m.end()
    if pos < len(text) or not pos:
        p.add_run(text[pos:]).bold = bold


def _borderless(table) -> None:
    tblpr = table._tbl.tblPr
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="nil"))
    tblpr.append(borders)


def _header_block(document, lines, two_rows: bool = False, typist: frozenset[str] = frozenset(),
                  review: _Review | None = None) -> int:
    """The lines before the document type (issuer, motto, Số:, place and date) as a borderless
    two-column table, as Word plans lay them out; returns how many lines it took. With two_rows,
    "Số:" and the place and date get a row of their own under issuer | motto, so they stand level
    (the template of Nghị định 30/2020/NĐ-CP). With review, a line's tracked changes (a number or
    date corrected in review) are Word's w:ins / w:del in its cell."""
    left: list[str] = []
    right: list[str] = []
    end = 0
    for i, ln in enumerate(lines[:10]):
        t = ln.text
        if ln.is_row or DOC_TYPE.match(t):
            break
        if MOTTO.search(t) or PARTY_MOTTO.match(t) or PLACE_DATE.search(t):
            right.append(t)
        elif NUMBER.match(t) or (t.isupper() and len(t) < 70) or (left and PARTY_STAR.match(t)):
            left.append(t)
        else:
            break
        end = i + 1
    if not (left or right):
        return 0
    rows = [(left, right)]
    if two_rows:
        lower = ([t for t in left if NUMBER.match(t)], [t for t in right if PLACE_DATE.search(t)])
        rows = [([t for t in left if t not in lower[0]], [t for t in right if t not in lower[1]]), lower]
        if "inline" in typist and lower[0] and lower[1]:   # "Số: …⇥⇥⇥Place, ngày …" typed on one line
            rows = rows[:1]
            inline = f"{lower[0][0]}\t\t\t{lower[1][0]}"
        else:
            inline = None
    table = document.add_table(rows=len(rows), cols=2)
    _borderless(table)
    for row, texts_pair in zip(table.rows, rows):
        for cell, texts in zip(row.cells, texts_pair):
            for i, t in enumerate(texts or [""]):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                if review is not None and TRACKED.search(t):
                    _add_tracked(para, t, False, _Footnotes(document, {}), review)
                else:
                    para.text = t
    if two_rows:
        _widths(table, [5.5, 8.5] if "narrow" in typist else [6.5, 10.0])
        if inline:
            document.add_paragraph(inline)
    return end


def _closing_block(document, lines, k: int) -> int:
    """"Nơi nhận:" and its list beside the signer (authority, title, a gap for the signature and
    seal, the name) in a borderless two-column table, as Word plans close; returns the next line."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    left, right = [lines[k].text], []
    k += 1
    while k < len(lines) and lines[k].text.startswith("-"):
        left.append(lines[k].text)
        k += 1
    while k < len(lines) and not lines[k].is_row and not APPENDIX.match(lines[k].text) and len(right) < 5:
        right.append(lines[k].text)
        k += 1
    table = document.add_table(rows=1, cols=2)
    _borderless(table)
    left_cell, right_cell = table.rows[0].cells
    for i, t in enumerate(left):
        p = left_cell.paragraphs[0] if i == 0 else left_cell.add_paragraph()
        run = p.add_run(t)
        run.bold, run.italic = i == 0, i == 0
        run.font.size = Pt(12 if i == 0 else 11)
    for i, t in enumerate(right):
        if i == len(right) - 1:
            for _ in range(3):   # the signature and the seal
                right_cell.add_paragraph()
        p = right_cell.paragraphs[0] if i == 0 else right_cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    _widths(table, [8.0, 8.5])
    return k


def _widths(table, widths_cm: list[float]) -> None:
    """Column widths as Word stores them: on the grid and on every cell (LibreOffice reads either)."""
    from docx.shared import Cm

    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def _column_widths(texts: list[list[str]], ncols: int, total_cm: float = 16.5) -> list[float]:
    """Widths a typist would give: a narrow STT/TT column, the rest by how much text they hold."""
    first_is_number = bool(texts) and texts[0][:1] and texts[0][0].strip(" .").upper() in ("TT", "STT")
    weights = []
    for j in range(ncols):
        lengths = [len(r[j]) for r in texts[1:] if j < len(r) and r[j] not in (MERGED_ABOVE, MERGED_LEFT)]
        weights.append(max(8.0, sum(lengths) / max(1, len(lengths))) ** 0.7)
    fixed = 1.4 if first_is_number else 0.0
    if first_is_number:
        weights[0] = 0.0
    rest = total_cm - fixed
    widths = [rest * w / sum(weights) for w in weights]
    if first_is_number:
        widths[0] = fixed
    widest = max(range(ncols), key=widths.__getitem__)
    # room for "Thường xuyên", "Quý III/2025" unbroken, where the page has it: a table of eight or
    # nine columns cannot give each 2.8 cm of 16.5, so the floor shrinks to an even share
    floor = min(2.8, 0.9 * rest / max(1, ncols - int(first_is_number)))
    for j in range(int(first_is_number), ncols):
        if widths[j] < floor:
            widths[widest] -= floor - widths[j]
            widths[j] = floor
    return widths


def _add_table(document, doc, rows, repeat_header: bool = False, review: _Review | None = None) -> None:
    texts = [doc.cell_texts(r) for r in rows]
    ncols = max(len(t) for t in texts)
    table = document.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    header_rows = 1
    while header_rows < len(texts) and texts[header_rows][:1] == [MERGED_ABOVE]:
        header_rows += 1   # a header of two rows: "STT" merged down beside the month columns
    for i, cells in enumerate(texts):
        cells = cells + [""] * (ncols - len(cells))
        row = table.add_row()
        group = (i > 0 and ncols > 1 and cells[0] and not any(cells[1:])
                 and not re.fullmatch(r"[\d.]+", cells[0]))
        if group:  # "QUÝ I": one cell across the table
            merged = row.cells[0].merge(row.cells[-1])
            merged.paragraphs[0].text = ""
            merged.paragraphs[0].add_run(cells[0]).bold = True
            continue
        changes = {_whole_change(c)[0] if _whole_change(c) else None for c in cells if c}
        if review and len(changes) == 1 and changes <= {"ins", "del"}:   # a row added or removed whole
            review.row(row, changes.pop())
        for j, c in enumerate(cells):
            if (c == MERGED_ABOVE and i > 0) or (c == MERGED_LEFT and j > 0):
                continue   # left empty: merged with the cell above once the rows are laid out
            if review and TRACKED.search(c):
                para = row.cells[j].paragraphs[0]
                whole = _whole_change(c)
                _add_tracked(para, c, i < header_rows, _Footnotes(document, {}), review)
                if whole:
                    review.mark(para, whole[0])
                continue
            run = row.cells[j].paragraphs[0].add_run(c)
            if i < header_rows:
                run.bold = True
        if repeat_header and i < header_rows:   # Word repeats the header row at the top of each page
            row._tr.get_or_add_trPr().append(_el("w:tblHeader"))
        j = 1
        while j < ncols:   # a run of "<<" cells: one cell spanning them and the cell before
            if cells[j] == MERGED_LEFT:
                end = j
                while end + 1 < ncols and cells[end + 1] == MERGED_LEFT:
                    end += 1
                row.cells[j - 1].merge(row.cells[end])
                j = end + 1
            else:
                j += 1
    if repeat_header:
        _widths(table, _column_widths(texts, ncols))
    for j in range(ncols):
        top = None
        for i, cells in enumerate(texts):
            if i > 0 and j < len(cells) and cells[j] == MERGED_ABOVE and top is not None:
                table.cell(top, j).merge(table.cell(i, j))
            else:
                top = i


def render_docx(text: str, out_path: Path | str, fmt: str = "md", *, word_layout: bool = False,
                typist: frozenset[str] | set[str] = frozenset(), landscape_appendix: bool = False,
                bullets: bool = False, page_number: str | None = None, page_number_in: str = "header",
                running_text: bool = True) -> Path:
    """Lay a plan's text out as a Word document (see the module's docstring). word_layout lays it
    out as a typist of Nghị định 30/2020/NĐ-CP would: A4, Times New Roman 13, "Số:" level with the
    place and date in a second row of the header table, the plan's tables with a narrow STT column,
    the others as wide as their text needs, and their header row repeated on every page.

    typist (with word_layout) departs from the template as real typists do: "left" sets the type
    and title flush left (an appendix caption stays centred), "tabs" pushes them right with tab stops instead of centring them,
    "narrow" makes the header table narrower than the page, "inline" types "Số: …" and the place
    and date on one line parted by tabs, under a header table of one row.

    landscape_appendix starts the first appendix ("PHỤ LỤC") on a landscape page of its own
    section, as a wide task table is printed; footnotes are written as the module says.

    bullets makes a line opening "- " ("+ ") a paragraph of Word's bullet list at its first (second)
    level, the dash (plus) printed by the list's definition and gone from the paragraph's text.

    page_number prints the page's number in the page header (page_number_in="footer": the footer),
    centred in a paragraph of its own, as Word's PAGE and NUMPAGES fields in a pattern ("{page}",
    "- {page} -", "Trang {page}/{pages}"); not on the first page (Nghị định 30/2020/NĐ-CP numbers the
    pages from the second). running_text=False leaves out the header's and footer's running text."""
    import docx

    notes = {m.group(1): m.group(2) for m in FOOTNOTE_DEF.finditer(text)}
    text = FOOTNOTE_DEF.sub("", text)
    text = FOOTNOTE_REF.sub(lambda m: f"\ue000{m.group(1)}\ue001", text)
    doc = normalize(read_text(text.encode("utf-8"), fmt))
    document = docx.Document()
    footnotes = _Footnotes(document, notes)
    section = document.sections[0]
    if running_text:
        section.header.paragraphs[0].text = PAGE_HEADER_TEXT
        section.footer.paragraphs[0].text = PAGE_FOOTER_TEXT
    if page_number:
        _page_number(section, page_number, page_number_in)
    lists = _Lists(document)
    review = _Review(document)
    lines = doc.lines
    if word_layout:
        from docx.shared import Cm, Pt

        document.styles["Normal"].font.name = "Times New Roman"
        document.styles["Normal"].font.size = Pt(13)
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(2)
    typist = frozenset(typist)
    k = _header_block(document, lines, word_layout, typist, review)
    centred = signer = caption = turned = False
    while k < len(lines):
        ln = lines[k]
        if ln.is_row:
            run = [ln]
            while (k + len(run) < len(lines) and lines[k + len(run)].is_row
                   and lines[k + len(run)].table_id == ln.table_id):
                run.append(lines[k + len(run)])
            _add_table(document, doc, run, word_layout, review)
            k += len(run)
            continue
        if word_layout and RECIPIENTS.match(ln.text):
            k = _closing_block(document, lines, k)
            continue
        whole = _whole_change(ln.text)   # a paragraph inserted, deleted or moved with its mark
        body = whole[1] if whole else ln.text
        head = _heading(body)
        p = document.add_paragraph()
        if word_layout:   # the document type and its title, an appendix's caption centred; the signer to the right
            prev = lines[k - 1].text if k else ""
            caption = bool(APPENDIX.match(ln.text) or (caption and not prev.startswith("(")))
            centred = bool(caption or DOC_TYPE.match(ln.text) or (DOC_TYPE.match(prev) and head is None))
            signer = not centred and bool(SIGNING.match(ln.text) or (signer and not ln.text.startswith("-")))
            if centred and not caption and typist & {"left", "tabs"}:
                if "tabs" in typist:
                    p.add_run("\t\t" if DOC_TYPE.match(ln.text) else "\t")
                p.add_run(ln.text).bold = True
                k += 1
                continue
            if centred or signer:
                from docx.enum.text import WD_ALIGN_PARAGRAPH
                from docx.shared import Cm

                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if signer:
                    p.paragraph_format.left_indent = Cm(8)
                head = None
            if APPENDIX.match(ln.text) and not landscape_appendix:
                p.paragraph_format.page_break_before = True
        if landscape_appendix and APPENDIX.match(ln.text) and not turned:
            _landscape_section(document, p)
            turned = True
        dash = BULLET_HEAD.match(body) if bullets and head is None and not whole else None
        if dash:
            lists.bullet(p, BULLETS.index(dash.group(1)))
            text, bold = dash.group(2), ln.bold
        elif head is not None:
            level, value, rest = head
            lists.number(p, level, value, counted=not whole or whole[0] not in ("del", "moveFrom"))
            text, bold = rest, ln.bold or level == 0
        else:
            text, bold = body, ln.bold or centred or signer
        if whole:
            run = p.add_run(text)
            run.bold = bold
            review.wrap(run, whole[0])
            review.mark(p, whole[0])
        else:
            _add_tracked(p, text, bold, footnotes, review)
        k += 1
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out_path))
    return out_path


PAGE_FIELD = re.compile(r"\{(page|pages)\}")


def _page_number(section, pattern: str, where: str) -> None:
    """The page number as Word prints it: PAGE (NUMPAGES) fields in a centred paragraph of the header
    or footer, from the second page on (a different, empty, first-page header and footer)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    part = section.header if where == "header" else section.footer
    p = part.paragraphs[0] if not part.paragraphs[0].text else part.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pos = 0
    for m in PAGE_FIELD.finditer(pattern):
        if m.start() > pos:
            p.add_run(pattern[pos:m.start()])
        field = _el("w:fldSimple", instr=" PAGE " if m.group(1) == "page" else " NUMPAGES ")
        run = _el("w:r")
        text = _el("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        p._p.append(field)
        pos = m.end()
    if pos < len(pattern):
        p.add_run(pattern[pos:])
    section.different_first_page_header_footer = True


def _landscape_section(document, p) -> None:
    """End the portrait section before paragraph `p` and make the rest landscape (A4 turned)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    p._p.getparent().remove(p._p)
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    width, height = section.page_width, section.page_height
    if width < height:
        section.page_width, section.page_height = height, width
    document.element.body.insert(len(document.element.body) - 1, p._p)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_doc(docx_path: Path | str, out_path: Path | str, timeout: float = 180) -> Path:
    """Convert a .docx to Word 97-2003 .doc with LibreOffice (headless, private profile)."""
    return _convert(docx_path, out_path, "doc", "doc:MS Word 97", timeout)


def render_odt(docx_path: Path | str, out_path: Path | str, timeout: float = 180) -> Path:
    """Convert a .docx to OpenDocument text (.odt) with LibreOffice, as a LibreOffice user saves it."""
    return _convert(docx_path, out_path, "odt", "odt:writer8", timeout)


def render_html(docx_path: Path | str, out_path: Path | str, xhtml: bool = False, timeout: float = 180) -> Path:
    """Save a .docx as a web page with LibreOffice: its HTML export keeps Word's automatic numbering
    only as <ol type="I" start="2"> and <li>, merged cells as rowspan/colspan; xhtml=True its XHTML
    export instead, which prints each list label in a span glued to the text ("I.MỤC ĐÍCH")."""
    return _convert(docx_path, out_path, "html", "html:XHTML Writer File:UTF8" if xhtml else "html", timeout)


def render_fodt(docx_path: Path | str, out_path: Path | str, timeout: float = 180) -> Path:
    """Convert a .docx to flat OpenDocument text (.fodt: one XML file) with LibreOffice, as
    `soffice --headless --convert-to fodt` writes it."""
    return _convert(docx_path, out_path, "fodt", "fodt", timeout)


def render_txt(docx_path: Path | str, out_path: Path | str, timeout: float = 180) -> Path:
    """Save a .docx as plain text with LibreOffice ("Text (encoded)", UTF-8), as a user copies a plan
    out of Word: each table cell a line of its own (the STT alone, an empty cell an empty line, a
    merged group row one line), numbered headings indented with their numbers."""
    return _convert(docx_path, out_path, "txt", "txt:Text (encoded):UTF8", timeout)


def _convert(docx_path: Path | str, out_path: Path | str, suffix: str, target: str, timeout: float) -> Path:
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    docx_path, out_path = Path(docx_path), Path(out_path)
    with tempfile.TemporaryDirectory(prefix=f"kehoach-render-{suffix}-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "in.docx"
        shutil.copyfile(docx_path, src)
        profile = (tmp_path / "profile").as_uri()
        subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                        "--convert-to", target, "--outdir", str(tmp_path / "out"), str(src)],
                       check=True, capture_output=True, timeout=timeout)
        produced = tmp_path / "out" / f"in.{suffix}"
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not write the .{suffix}")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, out_path)
    return out_path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (2, 3):
        print(__doc__)
        return 2
    plan = Path(args[0])
    fmt = "md" if plan.suffix.lower() in (".md", ".markdown") else "txt"
    out = render_docx(plan.read_text(encoding="utf-8"), args[1], fmt)
    print(out)
    if len(args) == 3:
        print((render_odt if args[2].lower().endswith(".odt") else render_doc)(out, args[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
