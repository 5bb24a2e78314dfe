"""Assignments: who answers for what, one row per numbered item of the organization part (or per
bullet, when the part numbers no item but gives each unit it addresses a bullet).

The units are read off the start of the item and of each paragraph under it ("Đối với Trung tâm
… và các đơn vị … xây dựng …"); the plan's closing sentences ("Trên đây là Kế hoạch…",
"Căn cứ Kế hoạch này, …") that follow the last item are not part of it.
"""
from __future__ import annotations

import re
from itertools import chain

from extractors.dates import PlanTime
from extractors.sections import Node
from extractors.units import duty_doers, leading_units
from models.records import Assignment
from pipeline.document import Document
from pipeline.normalize import fold

# ---------------------------------------------------------------- patterns
BULLET = re.compile(r"^\s*[-+•–*·●▪]\s*")
CLOSING_SENTENCE = re.compile(
    r"^(?:tren day la|can cu (?:noi dung )?(?:ke hoach|van ban) nay|"
    r"(?:trong )?qua trinh(?: to chuc)? (?:thuc hien|trien khai)|nhan duoc ke hoach|yeu cau (?:thu truong|cac)|"
    r"(?:(?:ubnd|uy ban nhan dan|ban chi dao|ban thuong vu|thuong truc)(?: [a-z]+){0,4} )?"
    r"(?:de nghi|yeu cau) cac .{0,60}nghiem tuc)")
# A note under the last item explaining a mark of the plan ("(*) Chỉ tiêu do UBND huyện giao.",
# printed in italics as "* Chỉ tiêu …"): it explains the mark wherever it stands, no duty of the item.
NOTE_LINE = re.compile(r"^\s*(?:\((\*{1,3})\)|(\*{1,3})\s)\s*\S")


def _is_note(doc: Document, line: str) -> bool:
    """Is the line a note on a mark: opened by "(*)", or by a bare "*" (also a bullet) when the
    plan prints that mark elsewhere, glued to a word or in parentheses ("cao(*)", "chỉ tiêu*")?"""
    if "*" not in line[:6]:
        return False
    m = NOTE_LINE.match(line)
    if not m:
        return False
    if m.group(1):
        return True
    stars = re.escape(m.group(2))
    return re.search(rf"\({stars}\)|\w{stars}(?!\*)", doc.text) is not None


def _paragraphs(doc: Document, node: Node, last_item: bool) -> list[tuple[str, bool]]:
    """The item's lines, each with whether it is a table row."""
    out = []
    for i in node.body:
        if last_item and _is_note(doc, doc.lines[i].text):
            break
        text = BULLET.sub("", doc.lines[i].text)
        if last_item and CLOSING_SENTENCE.match(fold(text)):
            break
        out.append((text, doc.lines[i].is_row))
    return out


def _is_heading(doc: Document, item: Node) -> bool:
    """Is the item's title a heading over its paragraphs (a line of its own, ended by no sentence
    mark: "3. Các cơ quan, đơn vị được phân công theo dõi, giúp đỡ xã"), not the first sentence of
    its text, nor a sentence the layout wrapped onto the next line?"""
    line = doc.lines[item.line].text.strip().rstrip("*_ ")
    title = item.title.strip().rstrip(" :*_")
    return bool(item.body) and bool(title) and not line.endswith((".", ";", "…")) and \
        line.rstrip(" :*_").endswith(title)


def _bullet_assignments(doc: Document, part: Node, when: PlanTime, first_id: int) -> list[Assignment]:
    """The assignments of an organization part that numbers no item but gives each unit a bullet ("-
    Văn phòng HĐND và UBND xã: theo dõi …" / "- Đề nghị Ủy ban MTTQ Việt Nam xã …"): each bullet is an
    item, its wrapped lines joined. None unless at least two bullets of one mark stand and each opens
    with the units it addresses; the plan's closing sentence after them ends the run."""
    runs: list[list] = []   # [text, start, end]
    mark = None
    for i in part.body:
        ln = doc.lines[i]
        text = ln.text.strip()
        bullet = BULLET.match(text)
        if bullet is not None and (mark is None or bullet.group().strip()[:1] == mark):
            mark = bullet.group().strip()[:1]
            runs.append([BULLET.sub("", text).strip(), ln.start, ln.end])
        elif runs:
            if CLOSING_SENTENCE.match(fold(text)) or _is_note(doc, text) or ln.is_row:
                break
            runs[-1][0] += " " + BULLET.sub("", text).strip()
            runs[-1][2] = ln.end
    if len(runs) < 2:
        return []
    said = [leading_units(text) for text, _, _ in runs]
    if not all(said):
        return []
    out = []
    for (text, start, end), units in zip(runs, said):
        timing = when.find(text)
        out.append(Assignment(assignment_id=first_id + len(out), section_id=part.section.section_id, units=units,
                              text=text, deadline=timing.deadline if timing else None,
                              timing_text=timing.text if timing else None, char_start=start, char_end=end))
    return out


def _groups_units(doc: Document, item: Node) -> bool:
    """Is a top item only the heading of a group of items, each addressing units of its own ("1. Trách
    nhiệm của các sở, ngành" / "1.1. Sở Y tế: chủ trì …" / "1.2. Sở Công Thương: …")? Each sub-item is
    then an item of the part; an item whose sub-items are its own duties ("1. Công an xã" / "a) Bố trí
    lực lượng …") stays one."""
    if not item.children or any(doc.lines[i].text.strip() for i in item.body) or not _is_heading_line(doc, item):
        return False
    return all(kid.section.level == item.children[0].section.level and leading_units(kid.title)
               for kid in item.children)


def _is_heading_line(doc: Document, item: Node) -> bool:
    """Is the item's line a heading: no sentence mark ends it?"""
    return not doc.lines[item.line].text.strip().rstrip("*_ ").endswith((".", ";", "…"))


def extract_assignments(doc: Document, nodes: list[Node], when: PlanTime = PlanTime()) -> list[Assignment]:
    """One Assignment per top numbered item of every organization part, or per item of a group such an
    item only heads (_groups_units); when: as in extract_tasks."""
    out: list[Assignment] = []
    for root in nodes:
        if root.section.level != 1 or root.kind != "organization":
            continue
        items = [c for c in root.children if c.section.level >= 2]
        if not items:
            out.extend(_bullet_assignments(doc, root, when, len(out)))
            continue
        top = min(c.section.level for c in items)
        items = [c for c in items if c.section.level == top]
        items = list(chain.from_iterable(c.children if _groups_units(doc, c) else [c] for c in items))
        for k, item in enumerate(items):
            paras = _paragraphs(doc, item, last_item=(k == len(items) - 1))
            units: list[str] = []
            # a table under the item (a contact list, the members of a Ban Chỉ đạo) names units in
            # its cells, but none is addressed: only the item's paragraphs open with whom it tasks
            pieces = [(item.title, _is_heading(doc, item))] + [(p, False) for p, row in paras if not row]
            titled = 0  # how many of the units the item's title names
            for n, (piece, heading) in enumerate(pieces):
                # a line that opens with its duty names its doer after it ("- Khăn quàng cho đại biểu: BCH
                # Liên đội.", "… – Giao: Công chức Văn hóa - Xã hội"; duty_doers)
                said = leading_units(piece, heading) or ([] if heading else [*chain.from_iterable(duty_doers(piece))])
                for u in said:
                    key = fold(u)
                    # a paragraph that calls the heading's body by the start of its name ("1. Ban
                    # Chỉ đạo Tổng điều tra huyện" – "Ban Chỉ đạo (thành phần …) chỉ đạo …") names no
                    # other unit
                    if n and any(fold(x).startswith(key + " ") for x in units[:titled]):
                        continue
                    if key not in {fold(x) for x in units}:
                        units.append(u)
                if not n:
                    titled = len(units)
            texts = [item.title] + [p for p, _ in paras]
            end = doc.lines[item.line].end
            for child in item.walk():
                if child is not item:
                    texts.append(child.title)
                    texts.extend(BULLET.sub("", doc.lines[i].text) for i in child.body)
                last = max([child.line] + child.body)
                end = max(end, doc.lines[last].end)
            text = " ".join(t.strip() for t in texts if t.strip())
            timing = when.find(text)
            out.append(Assignment(assignment_id=len(out), section_id=item.section.section_id, units=units,
                                  text=text, deadline=timing.deadline if timing else None,
                                  timing_text=timing.text if timing else None,
                                  char_start=doc.lines[item.line].start, char_end=end))
    return out
