"""Cross-commune comparison of an output folder: one row per plan, campaign adoption, top citations.

    from pipeline.compare import run_compare
    result = run_compare("data/processed")        # writes comparison.parquet (+ two companion tables)
    result.plans            # one row per plan: tasks per quarter, shares, references, findings …
    result.adoption         # campaign × plan, long form (campaign_adoption.parquet)
    result.top_references   # the most cited documents (top_references.parquet)
    adoption_matrix(result.adoption)              # the same as a campaign × commune table

A task's quarter is its own (grouped under a Quý heading or timed "Quý II/2026") or else the
quarter of its deadline when that falls in the plan year; `tasks_no_quarter` counts the rest.
Findings come from OUT/findings.parquet when `kehoach audit` has run, otherwise from an audit
run in memory with the default rules. Coordinates (`lat`, `lon`) are the official unit list's
(vietnamadminunits, the pre-2025 unit the issuer resolved to); `new_ward`/`new_province` are the
two-level units it became.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

PLAN_COLUMNS = [
    "doc_id", "source_path", "issuer", "admin_level", "locality", "district", "province", "ward_code",
    "label", "plan_year", "issued_date", "title", "n_tasks", "tasks_q1", "tasks_q2", "tasks_q3", "tasks_q4",
    "tasks_no_quarter", "share_with_unit", "share_with_deadline", "share_with_timing", "n_assignments",
    "n_references", "n_basis_references", "n_campaigns", "n_campaign_mentions", "findings_error",
    "findings_warning", "findings_info", "parent_doc_id", "parent_coverage", "lat", "lon", "new_ward",
    "new_province",
]


@dataclass
class CompareResult:
    plans: Any
    adoption: Any
    top_references: Any
    findings_source: str = ""
    written: dict[str, Path] = field(default_factory=dict)


def _quarter(task: dict[str, Any], plan_year: int | None) -> int | None:
    from pipeline.audit.checks import is_missing, as_date  # noqa: PLC0415

    if not is_missing(task.get("quarter")):
        return int(task["quarter"])
    d = as_date(task.get("deadline"))
    if d and plan_year and d.year == int(plan_year):
        return (d.month - 1) // 3 + 1
    return None


def place_label(doc: dict[str, Any]) -> str:
    """"xã Dương Quang", "huyện Bình Gia"; the file name when the issuer is unknown."""
    level, loc = doc.get("admin_level"), doc.get("locality")
    if level and loc:
        return f"{level} {loc}"
    return str(doc.get("issuer") or doc.get("source_path"))


@lru_cache(maxsize=512)
def official_unit(level: str | None, province: str | None, district: str | None,
                  locality: str | None) -> dict[str, Any]:
    """Coordinates from the official unit list, and the two-level unit the place became."""
    from extractors.admin import TWO_LEVEL_ONLY, lookup, new_unit  # noqa: PLC0415
    from extractors.levels import COMMUNE_LEVELS, DISTRICT_LEVELS  # noqa: PLC0415

    out: dict[str, Any] = {"lat": None, "lon": None, "new_ward": None, "new_province": None}
    if not province:
        return out
    if level in TWO_LEVEL_ONLY:   # a special zone exists only in the two-level list: it is its own new unit
        out.update(new_ward=locality, new_province=province)
        return out
    try:
        if level in COMMUNE_LEVELS:
            u, nu = lookup(province, district, locality), new_unit(province, district, locality)
        elif level in DISTRICT_LEVELS and locality and locality != province:
            u, nu = lookup(province, locality), new_unit(province, locality)
        else:
            u, nu = lookup(province), new_unit(province)
    except Exception:  # the converter must never stop a comparison
        return out
    if u is not None:
        out.update(lat=u.lat, lon=u.lon)
    if nu:
        out.update(new_ward=nu.get("ward"), new_province=nu.get("province"))
    return out


def compare_tables(tables: dict[str, Any], findings=None, links=None) -> CompareResult:
    import pandas as pd  # noqa: PLC0415

    from pipeline.audit import table_records, build_plans  # noqa: PLC0415

    plans = build_plans(tables)
    sev: dict[str, dict[str, int]] = {}
    if findings is not None and len(findings):
        for (doc_id, s), n in findings.groupby(["doc_id", "severity"]).size().items():
            sev.setdefault(doc_id, {})[s] = int(n)
    parent = {}
    if links is not None and len(links):
        parent = {r["doc_id"]: r for r in table_records(links)}

    rows = []
    for doc_id, p in plans.items():
        d = p.doc
        year = p.get("plan_year")
        n = len(p.tasks)
        quarters = [_quarter(t, year) for t in p.tasks]
        with_unit = sum(1 for t in p.tasks if len(t.get("lead_units") if t.get("lead_units") is not None else []) > 0)
        with_deadline = sum(1 for t in p.tasks if t.get("deadline") is not None)
        with_timing = sum(1 for t, q in zip(p.tasks, quarters)
                          if q is not None or t.get("deadline") is not None or str(t.get("timing_text") or "").strip())
        unit = official_unit(p.get("admin_level"), p.get("province"), p.get("district"), p.get("locality"))
        link = parent.get(doc_id, {})
        rows.append({
            "doc_id": doc_id, "source_path": d.get("source_path"), "issuer": p.get("issuer"),
            "admin_level": p.get("admin_level"), "locality": p.get("locality"), "district": p.get("district"),
            "province": p.get("province"), "ward_code": p.get("ward_code"), "label": place_label(d),
            "plan_year": year, "issued_date": p.get("issued_date"), "title": p.get("title"), "n_tasks": n,
            **{f"tasks_q{q}": sum(1 for x in quarters if x == q) for q in range(1, 5)},
            "tasks_no_quarter": sum(1 for x in quarters if x is None),
            "share_with_unit": with_unit / n if n else None,
            "share_with_deadline": with_deadline / n if n else None,
            "share_with_timing": with_timing / n if n else None,
            "n_assignments": len(p.assignments),
            "n_references": len(p.references),
            "n_basis_references": sum(1 for r in p.references if r.get("relation") == "basis"),
            "n_campaigns": len({c.get("name_key") for c in p.campaigns}),
            "n_campaign_mentions": len(p.campaigns),
            "findings_error": sev.get(doc_id, {}).get("error", 0),
            "findings_warning": sev.get(doc_id, {}).get("warning", 0),
            "findings_info": sev.get(doc_id, {}).get("info", 0),
            "parent_doc_id": link.get("parent_doc_id"), "parent_coverage": link.get("coverage"),
            **unit,
        })
    df = pd.DataFrame(rows, columns=PLAN_COLUMNS)
    if len(df):
        df = df.sort_values(["province", "district", "label", "source_path"], na_position="last").reset_index(drop=True)
    for c in ("n_tasks", "tasks_q1", "tasks_q2", "tasks_q3", "tasks_q4", "tasks_no_quarter", "n_assignments",
              "n_references", "n_basis_references", "n_campaigns", "n_campaign_mentions", "findings_error",
              "findings_warning", "findings_info"):
        df[c] = df[c].astype("int32")
    for c in ("share_with_unit", "share_with_deadline", "share_with_timing", "parent_coverage", "lat", "lon"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    df["plan_year"] = pd.to_numeric(df["plan_year"], errors="coerce").astype("Int16")
    df["issued_date"] = pd.to_datetime(df["issued_date"], errors="coerce").dt.date

    return CompareResult(df, campaign_adoption(tables, df), top_references(tables))


def campaign_adoption(tables: dict[str, Any], plans_df) -> Any:
    """Long form: one row per (campaign, plan) that names it, with how often."""
    import pandas as pd  # noqa: PLC0415

    cols = ["name_key", "campaign", "doc_id", "label", "province", "mentions"]
    camp = tables.get("campaigns")
    if camp is None or not len(camp):
        return pd.DataFrame(columns=cols)
    names = (camp.groupby(["name_key", "name"]).size().reset_index(name="n")
             .sort_values(["name_key", "n", "name"], ascending=[True, False, True])
             .drop_duplicates("name_key").set_index("name_key")["name"])
    g = camp.groupby(["name_key", "doc_id"]).size().reset_index(name="mentions")
    g["campaign"] = g["name_key"].map(names)
    g = g.merge(plans_df[["doc_id", "label", "province"]], on="doc_id", how="left")
    g["mentions"] = g["mentions"].astype("int32")
    return g[cols].sort_values(["name_key", "label"]).reset_index(drop=True)


def adoption_matrix(adoption, top: int | None = None, columns=None):
    """Campaign × commune: mentions of each campaign in each plan (0 = not named). `columns`
    (e.g. comparison's `label`) keeps the places that name no campaign as columns of zeros."""
    import pandas as pd  # noqa: PLC0415

    if not len(adoption):
        return pd.DataFrame(columns=list(dict.fromkeys(columns)) if columns is not None else [])
    m = adoption.pivot_table(index="campaign", columns="label", values="mentions", aggfunc="sum", fill_value=0)
    if columns is not None:
        m = m.reindex(columns=list(dict.fromkeys(columns)), fill_value=0)
    m = m.loc[(m > 0).sum(axis=1).sort_values(ascending=False, kind="stable").index]
    m.columns.name = None
    return m.head(top) if top else m


def top_references(tables: dict[str, Any], top: int | None = None):
    """The documents cited by the most plans (self-references left out)."""
    import pandas as pd  # noqa: PLC0415

    cols = ["document", "kind", "symbol", "plans", "plans_as_basis", "mentions", "issuer"]
    refs = tables.get("references")
    if refs is None or not len(refs):
        return pd.DataFrame(columns=cols)
    r = refs[refs["relation"] != "self"].copy()
    keys, names = [], []
    for s, k, t, y in zip(r["symbol"], r["kind"], r["title"], r["year"]):
        s = s if isinstance(s, str) and s else None
        t = t if isinstance(t, str) and t else ""
        y = None if y is None or y != y else int(y)
        if k in ("Luật", "Bộ luật", "Hiến pháp") and t:
            # a law is one document whether cited by name, by year or by số hiệu
            keys.append(f"{k} {t}|{y or ''}")
            names.append(f"{k} {t}" + (f" năm {y}" if y else "") + (f" ({s})" if s else ""))
        else:
            keys.append(s or f"{k} {t}".strip())
            names.append(f"{k} {s}" if s else f"{k} {t}".strip())
    r["key"], r["document"] = keys, names
    r["has_symbol"] = r["symbol"].notna()
    r = r.sort_values(["key", "has_symbol"], ascending=[True, False])
    g = r.groupby("key").agg(document=("document", "first"), kind=("kind", "first"), symbol=("symbol", "first"),
                             plans=("doc_id", "nunique"), mentions=("doc_id", "size"),
                             issuer=("issuer", lambda s: s.dropna().mode().iloc[0] if s.notna().any() else None))
    basis = r[r["relation"] == "basis"].groupby("key")["doc_id"].nunique()
    g["plans_as_basis"] = basis.reindex(g.index).fillna(0).astype("int32")
    g = g.sort_values(["plans", "mentions", "document"], ascending=[False, False, True]).reset_index(drop=True)
    g["plans"] = g["plans"].astype("int32")
    g["mentions"] = g["mentions"].astype("int32")
    g = g[cols]
    return g.head(top) if top else g


def run_compare(out_dir: str | Path, write: bool = True) -> CompareResult:
    import pandas as pd  # noqa: PLC0415

    from pipeline.writer import read_tables  # noqa: PLC0415

    out = Path(out_dir)
    tables = read_tables(out)
    if "documents" not in tables:
        raise FileNotFoundError(f"{out}: không có documents.parquet — hãy chạy `kehoach run … -o {out}` trước")
    fpath, lpath = out / "findings.parquet", out / "plan_links.parquet"
    if fpath.exists():
        findings = pd.read_parquet(fpath)
        links = pd.read_parquet(lpath) if lpath.exists() else None
        source = "findings.parquet"
    else:
        from pipeline.audit import audit_tables  # noqa: PLC0415

        audit = audit_tables(tables)
        findings, links, source = audit.findings, audit.links, "kiểm tra chạy trong bộ nhớ (quy tắc mặc định)"
    result = compare_tables(tables, findings, links)
    result.findings_source = source
    if write:
        from pipeline.audit import _write_parquet  # noqa: PLC0415

        result.written["comparison"] = _write_parquet(result.plans, out / "comparison.parquet")
        result.written["campaign_adoption"] = _write_parquet(result.adoption, out / "campaign_adoption.parquet")
        result.written["top_references"] = _write_parquet(result.top_references, out / "top_references.parquet")
    return result


def print_summary(result: CompareResult, console=None, top: int = 10) -> None:
    """The comparison as three tables on the terminal (rich)."""
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    console = console or Console()
    df = result.plans

    def pct(v) -> str:
        return "—" if v is None or v != v else f"{v:.0%}"

    t = Table(title=f"So sánh {len(df)} kế hoạch", title_justify="left")
    for col, j in (("Kế hoạch", "left"), ("Tỉnh", "left"), ("Năm", "right"), ("NV", "right"), ("Q1", "right"),
                   ("Q2", "right"), ("Q3", "right"), ("Q4", "right"), ("Không quý", "right"), ("Có đơn vị", "right"),
                   ("Có hạn", "right"), ("Trích dẫn", "right"), ("Phong trào", "right"), ("Lỗi", "right"),
                   ("Cảnh báo", "right"), ("Thông tin", "right")):
        t.add_column(col, justify=j)
    for r in df.itertuples():
        t.add_row(str(r.label), str(r.province or ""), "" if _na(r.plan_year) else str(r.plan_year), str(r.n_tasks),
                  str(r.tasks_q1), str(r.tasks_q2), str(r.tasks_q3), str(r.tasks_q4), str(r.tasks_no_quarter),
                  pct(r.share_with_unit), pct(r.share_with_deadline), str(r.n_references), str(r.n_campaigns),
                  str(r.findings_error), str(r.findings_warning), str(r.findings_info))
    console.print(t)
    console.print(f"Phát hiện lấy từ: {result.findings_source}")

    m = adoption_matrix(result.adoption, top, columns=df["label"])
    if len(m):
        # columns numbered so that many communes fit a terminal; the legend names them
        t = Table(title=f"Phong trào × địa phương ({min(top, len(m))} phong trào được nêu nhiều nhất; "
                        "✓ = kế hoạch có nêu)", title_justify="left")
        t.add_column("Phong trào", no_wrap=True, max_width=60)
        for i, _ in enumerate(m.columns, 1):
            t.add_column(str(i), justify="center")
        t.add_column("Số KH", justify="right")
        for name, values in m.iterrows():
            t.add_row(str(name)[:60], *["✓" if v else "·" for v in values], str(int((values > 0).sum())))
        console.print(t)
        console.print("   " + "; ".join(f"{i} = {c}" for i, c in enumerate(m.columns, 1)))
    else:
        console.print("Không có phong trào thi đua nào được nêu tên.")

    refs = result.top_references.head(top)
    if len(refs):
        t = Table(title="Văn bản được trích dẫn nhiều nhất", title_justify="left")
        for col, j in (("Văn bản", "left"), ("Cơ quan ban hành", "left"), ("Số KH", "right"),
                       ("Làm căn cứ", "right"), ("Lần nêu", "right")):
            t.add_column(col, justify=j)
        for r in refs.itertuples():
            t.add_row(str(r.document), str(r.issuer or ""), str(r.plans), str(r.plans_as_basis), str(r.mentions))
        console.print(t)


def _na(v) -> bool:
    from pipeline.audit.checks import is_missing  # noqa: PLC0415

    return is_missing(v)


__all__ = ["run_compare", "compare_tables", "campaign_adoption", "adoption_matrix", "top_references",
           "print_summary", "CompareResult", "PLAN_COLUMNS", "official_unit", "place_label"]

