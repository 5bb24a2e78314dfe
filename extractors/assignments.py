"""Assignments: who answers for what, one row per numbered item of the organization part.

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


def extract_assignments(doc: Document, nodes: list[Node], when: PlanTime = PlanTime()) -> list[Assignment]:
    """One Assignment per top numbered item of every organization part; when: as in extract_tasks."""
    out: list[Assignment] = []
    for root in nodes:
        if root.section.level != 1 or root.kind != "organization":
            continue
        items = [c for c in root.children if c.section.level >= 2]
        if not items:
            continue
        top = min(c.section.level for c in items)
        items = [c for c in items if c.section.level == top]
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
