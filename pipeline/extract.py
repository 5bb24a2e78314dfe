"""One plan in, one Plan out: read → normalize → segment → extract, timing each stage.

`extract(path)` is the Python API researchers call on one plan; the batch calls `extract_bytes`
for every input. Extractors are pure functions of the Document; I/O stays here and in the writer.
"""
from __future__ import annotations

import hashlib
import operator
import re
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from models.records import Assignment, Campaign, Header, Recipient, Reference, Section, Task
from models.schemas import TABLES
from pipeline.document import Document
from pipeline.errors import PlanError
from pipeline.version import __version__

PLAN_TYPES = {"Kế hoạch", "Chương trình", "Kế hoạch liên tịch", "Chương trình hành động", "Phương án", "Lịch công tác",
              "Lịch làm việc"}
# A Quyết định whose trích yếu issues or approves a plan ("Về việc ban hành Kế hoạch …", "Phê duyệt Phương án
# …") carries that plan after it ("Ban hành kèm theo Quyết định số …"): its tasks and duties are the plan's.
ISSUES_A_PLAN = re.compile(r"(?:ban\s+hành|phê\s+duyệt)\s+(?:kế\s+hoạch|chương\s+trình|phương\s+án)(?!\w)", re.IGNORECASE)


@dataclass
class Plan:
    """Everything read out of one plan, each record with its span in `document.text`."""
    doc_id: str
    source_path: str
    document: Document
    header: Header
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    source_paths: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """The plan's rows of every output table, with SCHEMA column names."""
        return {name: [dict(zip(TABLES[name].names, t)) for t in tuples]
                for name, tuples in self.row_tuples().items()}

    def row_tuples(self) -> dict[str, list[tuple]]:
        """The plan's rows as tuples in each table's column order: what the batch stores and writes
        (no dict per row; rows() names the values for the API)."""
        doc_id = self.doc_id
        d = self.document
        extra = {"doc_id": doc_id, "source_path": self.source_path, "source_format": d.source_format,
                 "ocr": d.ocr, "ocr_confidence": d.ocr_confidence, "pages": d.pages, "text": d.text,
                 "pipeline_version": __version__, "source_paths": self.source_paths or [self.source_path],
                 "n_tasks": len(self.tasks)}
        header = self.header
        doc = tuple(extra[n] if n in extra else getattr(header, n) for n in TABLES["documents"].names)
        out = {"documents": [doc]}
        for name, records in (("sections", self.sections), ("tasks", self.tasks),
                              ("assignments", self.assignments), ("references", self.references),
                              ("campaigns", self.campaigns), ("recipients", self.recipients)):
            get = _GETTERS[name]
            out[name] = [(doc_id, *get(r)) for r in records]
        return out

    def frames(self) -> dict[str, "Any"]:
        """pandas DataFrames with the SCHEMA columns, one per table."""
        from pipeline.writer import to_arrow

        return {name: to_arrow(name, rows).to_pandas() for name, rows in self.rows().items()}


# Every table but documents is doc_id, then its record's fields in column order (models/schemas.py).
_GETTERS = {name: operator.attrgetter(*TABLES[name].names[1:])
            for name in ("sections", "tasks", "assignments", "references", "campaigns", "recipients")}
assert all(TABLES[name].names[0] == "doc_id" for name in _GETTERS)


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def cells_apart(doc: Document) -> str:
    """doc.text with the space between two cells of a table row made a tab (offsets unchanged):
    a reader of running text then stops at a cell's edge ("… của Chính phủ | Văn phòng Sở | …")."""
    gaps = [c.end for ln in doc.lines if ln.cells and len(ln.cells) > 1 for c in ln.cells[:-1]]
    if not gaps:
        return doc.text
    text, pieces, last = doc.text, [], 0
    for g in gaps:
        # empty cells end where the cell before them ends: that one space is made a tab only once
        if g >= last and text[g:g + 1] == " ":
            pieces.append(text[last:g])
            pieces.append("\t")
            last = g + 1
    pieces.append(text[last:])
    return "".join(pieces)


def document_rows(doc: Document, tables: list) -> list[tuple[int, int, dict[str, str]]]:
    """The rows of the tables that list documents (extractors.tables.document_columns), each as
    (start, end) of its symbol cell and its date, title and issuer cells' text, whether the table
    has cells or came flattened (extractors.tables.flat_document_rows)."""
    from extractors.tables import document_columns, flat_document_rows

    out = []
    for t in tables:
        cols = None if t.is_task_table or not t.header else document_columns(t.header)
        if cols is None:
            continue
        if not doc.lines[t.lines[0]].is_row:
            # flattened: one cell fragment a line, read the same cells from its lines
            out.extend(flat_document_rows([doc.lines[i] for i in t.lines], t.header))
            continue
        for i in t.lines:
            cells = doc.lines[i].cells or []
            if len(cells) != len(t.header):
                continue    # (a merged or group row: its cells do not fall under the header's)
            sym = cells[cols["symbol"]]
            out.append((sym.start, sym.end, {role: doc.text[cells[k].start:cells[k].end]
                                             for role, k in cols.items() if role != "symbol"}))
    return out


# A part that lists the grounds the plan is drawn up on ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "A. CĂN CỨ PHÁP
# LÝ", "1. Cơ sở pháp lý", "I. CĂN CỨ KẾ HOẠCH", "A. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG KẾ HOẠCH"), as schools' and
# health plans open: its documents are the plan's basis (folded heading).
BASIS_HEADING = re.compile(r"(?:(?:su\s+can\s+thiet|muc\s+dich)\s*(?:,|va)\s*)?(?:cac\s+|nhung\s+)?(?:can\s+cu|co\s+so)"
                           r"(?:\s+(?:phap\s+ly|xay\s+dung|de\s+xay\s+dung|ban\s+hanh|lap|de\s+lap)"
                           r"(?:\s+(?:ke\s+hoach|chuong\s+trinh|phuong\s+an))?"
                           r"|\s+(?:ke\s+hoach|chuong\s+trinh|phuong\s+an)|\s*$)")


def _basis_end(nodes, text_end: int) -> int | None:
    """Where the preamble's grounds end: the first part (level 1), or, where the plan opens on a
    part of its grounds (BASIS_HEADING), the next part after it that is no such part."""
    from extractors.admin import fold_nfc

    parts = [n.section for n in nodes if n.section.level == 1]
    if not parts:
        return None
    first = min(parts, key=lambda sec: sec.char_start)
    if not BASIS_HEADING.match(fold_nfc(first.heading or "").strip()):
        return first.char_start
    # (the items numbered under that part, "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "1. Quyết định số …", are its
    # grounds one by one: the next part ends them)
    return min((n.section.char_start for n in nodes if n.section.char_start > first.char_start
                and n.section.level <= first.level
                and not BASIS_HEADING.match(fold_nfc(n.section.heading or "").strip())), default=text_end)


def analyze(doc: Document) -> dict[str, Any]:
    """Run every extractor over a normalized Document; returns the records and stage timings."""
    from extractors.assignments import extract_assignments
    from extractors.campaigns import extract_campaigns
    from extractors.closing import extract_recipients, extract_signer
    from extractors.header import extract_header, plan_time, plan_year
    from extractors.references import (complete_from_document_rows, complete_from_rows, extract_references,
                                       header_number_line)
    from extractors.sections import PART_INITIALS, build_outline, match_heading
    from extractors.tables import find_tables, schedules_work
    from extractors.tasks import extract_tasks, is_work_calendar

    from pipeline.normalize import prefold

    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    prefold([ln.text for ln in doc.lines])  # the extractors fold these lines: all at once
    stops = {ln.index for ln in doc.lines
             if ln.text[:1] in PART_INITIALS and not ln.is_row  # (no other line can be a part)
             and (h := match_heading(ln.text, False)) is not None and h[0] == 1}
    tables = find_tables(doc, stops)
    table_lines = {i for t in tables for i in t.lines}
    nodes = build_outline(doc, table_lines)
    seconds["segment"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    header = extract_header(doc)
    header.signing_authority, header.signer_title, header.signer_name = extract_signer(doc)
    recipients = extract_recipients(doc)
    # the time the trích yếu sets the tasks in (a yearless date's year, a multi-year period's end,
    # a week across a year end, a Tết plan's lunar year); plan_year itself is set once the tasks
    # are read, in SCHEMA's order (header.plan_year), and the assignments take it
    when = plan_time(header.title, header.issued_year, header.issued_date)
    first_part = _basis_end(nodes, len(doc.text))
    context = {"province": header.province, "district": header.district,
               "admin_level": header.admin_level, "locality": header.locality,
               "issued_year": header.issued_year}
    references = extract_references(cells_apart(doc), basis_end=first_part, own_symbol=header.symbol,
                                    context=context)
    cut_rows = [(r.char_start, r.char_end, r.content) for t in tables if t.is_task_table for r in t.rows if r.joined]
    if cut_rows:
        complete_from_rows(references, cut_rows, context)
    listed = document_rows(doc, tables)
    if listed:
        complete_from_document_rows(references, listed, context)
    campaigns = extract_campaigns(doc.text, header_number_line(doc.text, header.symbol) or 0)
    is_plan = header.doc_type in PLAN_TYPES or (
        (header.doc_type is None or (header.doc_type == "Quyết định" and ISSUES_A_PLAN.search(header.title or "")))
        and any(n.kind == "content" for n in nodes if n.section.level == 1)) or (
        header.doc_type is None and any(schedules_work(t) for t in tables)) or (
        header.doc_type is None and is_work_calendar(doc))
    tasks = extract_tasks(doc, nodes, tables, when) if is_plan else []
    header.plan_year = plan_year(header.title, [t.deadline.year for t in tasks if t.deadline], header.issued_year)
    assignments = extract_assignments(doc, nodes, replace(when, year=header.plan_year)) if is_plan else []
    seconds["extract"] = time.perf_counter() - t0
    return {"header": header, "sections": [n.section for n in nodes], "tasks": tasks,
            "assignments": assignments, "references": references, "campaigns": campaigns,
            "recipients": recipients, "seconds": seconds}


def extract_bytes(data: bytes, source_path: str, doc_id: str | None = None) -> Plan:
    """The batch's per-input function: bytes and their relative path to a Plan (or PlanError).
    doc_id: doc_id_of(data), where the caller has it already (hashing a plan twice is a cost)."""
    from pipeline.ingest import read_document
    from pipeline.normalize import normalize

    doc_id = doc_id or doc_id_of(data)
    t0 = time.perf_counter()
    raw = read_document(data, Path(source_path))
    t1 = time.perf_counter()
    doc = normalize(raw)
    t2 = time.perf_counter()
    if not doc.text.strip():
        raise PlanError("empty_text", "no text could be read from the file (blank pages or an empty document); "
                        "check the file opens and shows the plan", stage="ingest")
    try:
        parts = analyze(doc)
    except PlanError:
        raise
    except Exception as exc:  # an extractor bug must not lose the document silently
        raise PlanError("extract_failed", f"extraction failed ({type(exc).__name__}: {exc}); "
                        "report this file to the kehoach developers", stage="extract") from exc
    seconds = {"ingest": t1 - t0, "normalize": t2 - t1, **parts.pop("seconds")}
    return Plan(doc_id=doc_id, source_path=source_path, document=doc, seconds=seconds, **parts)


def extract(path: str | Path) -> Plan:
    """Read and extract one plan file: the entry point for notebooks and scripts."""
    p = Path(path)
    return extract_bytes(p.read_bytes(), p.name)
