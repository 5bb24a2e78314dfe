"""Compliance audit of an output folder: rules from a YAML file, findings with their evidence.

    from pipeline.audit import run_audit
    result = run_audit("data/processed")                 # writes findings.parquet, audit.xlsx, audit.html
    result.findings                                      # a DataFrame, one row per finding
    run_audit("out", rules="my-rules.yaml", as_of=datetime.date(2025, 9, 1), write=False)

Modules: rules.py (the rules file), checks.py (one function per check), similarity.py (parent /
child task matching), report.py (Excel and HTML).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.audit.checks import CHECKS, DATE_CHECKS, Context, Finding, PlanView, plan_date
from pipeline.audit.rules import DEFAULT_RULES, RuleSet, RulesError, load_rules

__all__ = ["run_audit", "audit_tables", "load_rules", "AuditResult", "RulesError", "DEFAULT_RULES",
           "FINDING_COLUMNS", "read_findings"]

FINDING_COLUMNS = ["doc_id", "finding_id", "rule", "rule_title", "rule_group", "severity", "message",
                   "evidence", "char_start", "char_end", "evidence_doc_id", "details", "legal_source"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class AuditResult:
    findings: Any                      # pandas DataFrame, FINDING_COLUMNS
    links: Any                         # DataFrame: child doc_id → parent_doc_id, coverage
    coverage: Any                      # DataFrame: one row per parent task of a linked child
    rules: RuleSet
    tables: dict[str, Any]
    audited: list[str] = field(default_factory=list)     # doc_ids checked
    skipped: list[str] = field(default_factory=list)     # doc_ids not plans
    as_of: dt.date | None = None
    written: dict[str, Path] = field(default_factory=dict)


def table_records(df) -> list[dict[str, Any]]:
    if df is None or len(df) == 0:
        return []
    from pipeline.audit.checks import is_missing  # noqa: PLC0415

    return [{k: (None if is_missing(v) else v) for k, v in r.items()}
            for r in df.to_dict("records")]


def build_plans(tables: dict[str, Any], as_of: dt.date | None = None) -> dict[str, PlanView]:
    grouped: dict[str, dict[str, list]] = {}
    for name in ("sections", "tasks", "assignments", "references", "campaigns", "recipients"):
        for row in table_records(tables.get(name)):
            grouped.setdefault(row["doc_id"], {}).setdefault(name, []).append(row)
    plans = {}
    for doc in table_records(tables.get("documents")):
        g = grouped.get(doc["doc_id"], {})
        key = {"sections": "section_id", "tasks": "task_id", "assignments": "assignment_id",
               "references": "ref_id", "campaigns": "campaign_id", "recipients": "recipient_id"}
        parts = {n: sorted(g.get(n, []), key=lambda r, k=k: r[k]) for n, k in key.items()}
        plans[doc["doc_id"]] = PlanView(doc=doc, date=plan_date(doc, as_of), **parts)
    return plans


def is_plan(plan: PlanView, plan_types: list[str]) -> bool:
    t = plan.get("doc_type")
    if t:
        return t in plan_types if plan_types else True
    return bool(plan.tasks) or any(s["kind"] == "content" for s in plan.sections)


def audit_tables(tables: dict[str, Any], rules: RuleSet | str | Path | None = None,
                 as_of: dt.date | None = None) -> AuditResult:
    """Run every enabled rule over the plans of `tables` (as read_tables returns them)."""
    import pandas as pd  # noqa: PLC0415

    ruleset = rules if isinstance(rules, RuleSet) else load_rules(rules)
    plans = build_plans(tables, as_of)
    ctx = Context(plans=plans, as_of=as_of)
    enabled = ruleset.enabled()
    audited = [d for d, p in plans.items() if is_plan(p, ruleset.plan_types)]
    skipped = [d for d in plans if d not in audited]

    coverage_rules = [r for r in enabled if r.check == "parent_coverage"]
    from pipeline.audit.checks import link_parents  # noqa: PLC0415

    ctx.plans = {d: plans[d] for d in audited}      # only plans link to plans …
    link_parents(ctx)
    ctx.plans = plans                                 # … but every document stays readable
    if ctx.links and coverage_rules:
        from pipeline.audit.similarity import TaskSimilarity, load_pairs  # noqa: PLC0415

        cov = coverage_rules[0].params
        background = [t for a, b, _ in load_pairs() for t in (a, b)]
        background += [t.get("text") or "" for d in audited for t in plans[d].tasks]
        ctx.similarity = TaskSimilarity(background, year_conflict_factor=float(cov.get("year_conflict_factor", 0.0)))

    rows: list[dict[str, Any]] = []
    order = {r.id: i for i, r in enumerate(ruleset.rules)}
    for doc_id in audited:
        plan = plans[doc_id]
        found: list[tuple[Any, Finding]] = []
        skipped_rules: list[str] = []
        for rule in enabled:
            if rule.check == "date_unknown":
                continue
            if plan.date is None and rule.check in DATE_CHECKS:
                skipped_rules.append(rule.title)
                continue
            if plan.date is not None and not rule.applies_on(plan.date.day):
                continue
            found += [(rule, f) for f in CHECKS[rule.check](rule, plan, ctx)]
        for rule in enabled:
            if rule.check == "date_unknown":
                found += [(rule, f) for f in CHECKS["date_unknown"](rule, plan, ctx, skipped=skipped_rules)]
        found.sort(key=lambda rf: (order[rf[0].id], rf[1].char_start if rf[1].char_start is not None else -1))
        for i, (rule, f) in enumerate(found):
            rows.append({
                "doc_id": doc_id, "finding_id": i, "rule": rule.id, "rule_title": rule.title,
                "rule_group": rule.group, "severity": f.severity, "message": f.message,
                "evidence": f.evidence, "char_start": f.char_start, "char_end": f.char_end,
                "evidence_doc_id": f.evidence_doc_id or doc_id,
                "details": json.dumps(f.details, ensure_ascii=False, default=str, sort_keys=True),
                "legal_source": f.legal_source or rule.legal_source,
            })
    findings = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    findings["finding_id"] = findings["finding_id"].astype("int32")
    for c in ("char_start", "char_end"):
        findings[c] = findings[c].astype("Int32")

    link_rows, cov_rows = [], []
    for child, link in ctx.links.items():
        rows_ = link.get("coverage") or []
        cov_rows += rows_
        n = len(rows_)
        link_rows.append({"doc_id": child, "parent_doc_id": link["parent_doc_id"], "via": link.get("mention"),
                          "parent_symbol": link.get("symbol"), "parent_issuer": link.get("parent_issuer"),
                          "parent_tasks": n, "covered_tasks": sum(r["covered"] for r in rows_),
                          "coverage": (sum(r["covered"] for r in rows_) / n) if n else None,
                          "threshold": link.get("threshold")})
    links = pd.DataFrame(link_rows, columns=["doc_id", "parent_doc_id", "via", "parent_symbol", "parent_issuer",
                                             "parent_tasks", "covered_tasks", "coverage", "threshold"])
    coverage = pd.DataFrame(cov_rows, columns=["child_doc_id", "parent_doc_id", "parent_task_id", "parent_label",
                                               "parent_text", "child_task_id", "child_label", "child_text",
                                               "score", "covered"])
    return AuditResult(findings, links, coverage, ruleset, tables, audited, skipped, as_of)


def read_findings(out_dir: str | Path):
    import pandas as pd  # noqa: PLC0415

    return pd.read_parquet(Path(out_dir) / "findings.parquet")


def run_audit(out_dir: str | Path, rules: str | Path | RuleSet | None = None, as_of: dt.date | None = None,
              write: bool = True) -> AuditResult:
    """Audit the output folder of `kehoach run`; writes findings.parquet, plan_links.parquet,
    coverage.parquet, audit.xlsx and audit.html into it unless write=False."""
    from pipeline.writer import read_tables  # noqa: PLC0415

    out = Path(out_dir)
    tables = read_tables(out)
    if "documents" not in tables:
        raise FileNotFoundError(f"{out}: không có documents.parquet — hãy chạy `kehoach run … -o {out}` trước")
    result = audit_tables(tables, rules, as_of)
    if write:
        from pipeline.audit.report import write_html, write_xlsx  # noqa: PLC0415

        result.written["findings"] = _write_parquet(result.findings, out / "findings.parquet")
        result.written["plan_links"] = _write_parquet(result.links, out / "plan_links.parquet")
        result.written["coverage"] = _write_parquet(result.coverage, out / "coverage.parquet")
        result.written["xlsx"] = write_xlsx(result, out / "audit.xlsx")
        result.written["html"] = write_html(result, out / "audit.html")
    return result


def _write_parquet(df, path: Path) -> Path:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    from pipeline.writer import write_atomic  # noqa: PLC0415

    table = pa.Table.from_pandas(df, preserve_index=False)
    write_atomic(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
    return path
