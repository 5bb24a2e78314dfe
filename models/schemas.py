"""The Arrow schema of every output table: the one definition the writer, readers and tests use.

Column names and meanings follow shared/SCHEMA.md; columns may be added, never renamed or dropped.
"""
from __future__ import annotations

import pyarrow as pa

_str = pa.string()
_units = pa.list_(pa.string())

DOCUMENTS = pa.schema([
    ("doc_id", _str),
    ("source_path", _str),
    ("source_format", _str),
    ("ocr", pa.bool_()),
    ("ocr_confidence", pa.float64()),
    ("pages", pa.int32()),
    ("text", pa.large_string()),
    ("doc_type", _str),
    ("symbol", _str),
    ("number", pa.int32()),
    ("issuer", _str),
    ("admin_level", _str),
    ("locality", _str),
    ("district", _str),
    ("province", _str),
    ("province_code", _str),
    ("district_code", _str),
    ("ward_code", _str),
    ("place", _str),
    ("issued_date", pa.date32()),
    ("issued_year", pa.int16()),
    ("issued_month", pa.int8()),
    ("title", _str),
    ("plan_year", pa.int16()),
    ("signer_name", _str),
    ("signer_title", _str),
    ("signing_authority", _str),
    ("pipeline_version", _str),
    # added columns
    ("source_paths", _units),  # every path the same bytes were found under
    ("n_tasks", pa.int32()),
])

SECTIONS = pa.schema([
    ("doc_id", _str),
    ("section_id", pa.int32()),
    ("parent_id", pa.int32()),
    ("level", pa.int8()),
    ("marker", _str),
    ("heading", _str),
    ("kind", _str),
    ("page", pa.int32()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

TASKS = pa.schema([
    ("doc_id", _str),
    ("task_id", pa.int32()),
    ("section_id", pa.int32()),
    ("origin", _str),
    ("label", _str),
    ("text", _str),
    ("quarter", pa.int8()),
    ("deadline", pa.date32()),
    ("timing_text", _str),
    ("lead_units", _units),
    ("support_units", _units),
    ("page", pa.int32()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

ASSIGNMENTS = pa.schema([
    ("doc_id", _str),
    ("assignment_id", pa.int32()),
    ("section_id", pa.int32()),
    ("units", _units),
    ("text", _str),
    ("deadline", pa.date32()),
    ("timing_text", _str),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

REFERENCES = pa.schema([
    ("doc_id", _str),
    ("ref_id", pa.int32()),
    ("kind", _str),
    ("symbol", _str),
    ("title", _str),
    ("year", pa.int16()),
    ("issued_date", pa.date32()),
    ("issuer", _str),
    ("relation", _str),
    ("mention", _str),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

CAMPAIGNS = pa.schema([
    ("doc_id", _str),
    ("campaign_id", pa.int32()),
    ("name", _str),
    ("name_key", _str),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

RECIPIENTS = pa.schema([
    ("doc_id", _str),
    ("recipient_id", pa.int32()),
    ("recipient", _str),
])

ERRORS = pa.schema([
    ("source_path", _str),
    ("doc_id", _str),
    ("stage", _str),
    ("error", _str),
    ("message", _str),
])

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "sections": SECTIONS,
    "tasks": TASKS,
    "assignments": ASSIGNMENTS,
    "references": REFERENCES,
    "campaigns": CAMPAIGNS,
    "recipients": RECIPIENTS,
    "errors": ERRORS,
}
