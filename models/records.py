"""Record types: one dataclass per output row, each carrying its span in documents.text.

Extractors return these; the writer turns them into Arrow tables using models.schemas.
Nobody downstream parses text again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any


@dataclass
class Header:
    """The documents-row fields read from the plan itself (format of Nghị định 30/2020/NĐ-CP)."""
    doc_type: str | None = None
    symbol: str | None = None
    number: int | None = None
    issuer: str | None = None
    admin_level: str | None = None
    locality: str | None = None
    district: str | None = None
    province: str | None = None
    province_code: str | None = None
    district_code: str | None = None
    ward_code: str | None = None
    place: str | None = None
    issued_date: dt.date | None = None
    issued_year: int | None = None
    issued_month: int | None = None
    title: str | None = None
    plan_year: int | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signing_authority: str | None = None


@dataclass
class Section:
    section_id: int
    level: int
    marker: str
    heading: str
    kind: str
    parent_id: int | None = None
    page: int | None = None
    char_start: int = 0
    char_end: int = 0


@dataclass
class Task:
    task_id: int
    section_id: int | None
    origin: str  # "table" | "list"
    label: str
    text: str
    quarter: int | None = None
    deadline: dt.date | None = None
    timing_text: str | None = None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    page: int | None = None
    char_start: int = 0
    char_end: int = 0


@dataclass
class Assignment:
    assignment_id: int
    section_id: int | None
    units: list[str]
    text: str
    deadline: dt.date | None = None
    timing_text: str | None = None
    char_start: int = 0
    char_end: int = 0


@dataclass
class Reference:
    ref_id: int
    kind: str | None
    symbol: str | None
    title: str | None
    year: int | None
    issued_date: dt.date | None
    issuer: str | None
    relation: str  # basis | self | cited
    mention: str
    char_start: int
    char_end: int


@dataclass
class Campaign:
    campaign_id: int
    name: str
    name_key: str
    char_start: int
    char_end: int


@dataclass
class Recipient:
    recipient_id: int
    recipient: str


@dataclass
class ErrorRecord:
    source_path: str
    doc_id: str | None
    stage: str
    error: str
    message: str


@lru_cache(maxsize=None)
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def as_row(record: Any, **extra: Any) -> dict[str, Any]:
    # Records hold only scalars and flat lists of scalars, so a shallow copy (lists copied) is
    # what dataclasses.asdict's recursive deep copy would give, at a fraction of its cost.
    row = {}
    for name in _names(type(record)):
        value = getattr(record, name)
        row[name] = list(value) if isinstance(value, list) else value
    row.update(extra)
    return row


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]
