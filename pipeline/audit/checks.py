"""The checks behind the rules: one function per `check:` name of the rules file.

Each check reads one plan (a `PlanView` over the output tables) and returns `Finding`s, each with
the evidence that shows the fault: a span of `documents.text` (`char_start`, `char_end`) where
there is one — the task, the citation, the line that is incomplete — or, for something missing,
the place it should have been. Checks never parse what the extractors already read; they only
locate header lines again to quote them.

Dates: a plan's date is its issue date; when only the month or the year is printed, the first day
of that month or year (the earliest it can be, so nobody is faulted for a date they may not have);
otherwise `--as-of`. Checks that need a date (DATE_CHECKS) are skipped for a plan without one and
the skip is itself reported (`date_unknown`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from extractors import levels
from extractors.admin import fold_char
from extractors.closing import NOI_NHAN_ANYWHERE, recipients_caption_end
from pipeline.audit.rules import Rule
from pipeline.normalize import VI_UPPER

# =============================================================================================
# Records
# =============================================================================================


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    evidence: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    evidence_doc_id: str | None = None      # where the offsets point; the plan itself when None
    details: dict[str, Any] = field(default_factory=dict)
    legal_source: str | None = None         # overrides the rule's source for this finding


@dataclass
class PlanDate:
    day: dt.date
    text: str            # "ngày 13/01/2025", "tháng 02/2025 (chưa ghi ngày)"
    basis: str           # issued_date | month | year | as_of


@dataclass
class PlanView:
    """One plan's rows of every table, as plain dicts, with its text."""
    doc: dict[str, Any]
    sections: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    assignments: list[dict[str, Any]]
    references: list[dict[str, Any]]
    campaigns: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    date: PlanDate | None = None

    @property
    def doc_id(self) -> str:
        return self.doc["doc_id"]

    @property
    def text(self) -> str:
        return self.doc.get("text") or ""

    def get(self, key: str) -> Any:
        v = self.doc.get(key)
        return None if is_missing(v) else v


@dataclass
class Context:
    """What checks may look at beyond one plan: every plan, the links to parent plans."""
    plans: dict[str, PlanView]
    as_of: dt.date | None = None
    links: dict[str, dict[str, Any]] = field(default_factory=dict)   # child doc_id -> link
    similarity: Any = None


def is_missing(v: Any) -> bool:
    """None, NaN, NaT or pandas' NA (arrays and lists are never missing)."""
    if v is None:
        return True
    if isinstance(v, (str, bytes, list, tuple, dict)) or hasattr(v, "__array__") and getattr(v, "ndim", 0):
        return False
    try:
        import pandas as pd  # noqa: PLC0415

        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


# =============================================================================================
# Text helpers
# =============================================================================================


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d; one character for one character (offsets stay valid)."""
    return "".join(map(fold_char, text))


def line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def short(text: str | None, n: int = 160) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "…"


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "…"


def as_date(v: Any) -> dt.date | None:
    if is_missing(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if hasattr(v, "date"):
        return v.date()
    return dt.date.fromisoformat(str(v)[:10])


def as_list(v: Any) -> list:
    if v is None:
        return []
    try:
        return [x for x in v if not is_missing(x)]
    except TypeError:
        return []


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def plan_date(doc: dict[str, Any], as_of: dt.date | None) -> PlanDate | None:
    d = as_date(doc.get("issued_date"))
    if d:
        return PlanDate(d, f"ngày {fmt_date(d)}", "issued_date")
    y, m = doc.get("issued_year"), doc.get("issued_month")
    if not is_missing(y) and not is_missing(m):
        return PlanDate(dt.date(int(y), int(m), 1), f"tháng {int(m):02d}/{int(y)} (chưa ghi ngày)", "month")
    if not is_missing(y):
        return PlanDate(dt.date(int(y), 1, 1), f"năm {int(y)} (chưa ghi ngày, tháng)", "year")
    if as_of:
        return PlanDate(as_of, f"ngày {fmt_date(as_of)} (ngày --as-of, vì kế hoạch không ghi ngày)", "as_of")
    return None


def body_start(plan: PlanView) -> int:
    """Where the body starts: the first Roman-numbered part (after the title and Căn cứ)."""
    starts = [int(s["char_start"]) for s in plan.sections if int(s["level"]) == 1]
    return min(starts) if starts else 0


def header_end(plan: PlanView) -> int:
    """Roughly where the header block (số, địa danh ngày, tên loại, trích yếu) ends."""
    b = body_start(plan)
    return b if b else min(len(plan.text), 1500)


# Lines of the header, matched on folded text.
SO_LINE = re.compile(r"(?m)^[ \t*_#|]*so[ \t]*(?::|(?=[ \t]*[\d/.…]))[^\n]{0,60}$")
DATE_LINE = re.compile(r"(?m)^[^\n]{0,60}?\bngay\b[^\n]{0,25}\bthang\b[^\n]{0,25}\bnam\b[^\n]{0,12}$")
DOC_TYPE_LINE = re.compile(r"(?m)^[ \t*_#]*(?:du thao\s+)?(?:ke hoach|chuong trinh|phuong an)[ \t*_]*$")


def find_line(plan: PlanView, pattern: re.Pattern, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    f = fold(plan.text)
    m = pattern.search(f, start, len(f) if end is None else end)
    if not m:
        return None
    s, e = m.span()
    # trim markup and spaces so the quote is the printed line
    while s < e and plan.text[s] in " \t*_#|":
        s += 1
    while e > s and plan.text[e - 1] in " \t*_#|":
        e -= 1
    return s, e


def find_recipients_caption(plan: PlanView) -> tuple[int, int] | None:
    """The "Nơi nhận" caption after the body starts, as the closing reader reads one
    (extractors.closing.recipients_caption_end: not "Nơi nhận hồ sơ: …" in a task)."""
    text, f = plan.text, fold(plan.text)
    for m in NOI_NHAN_ANYWHERE.finditer(f, body_start(plan)):
        s, e = line_at(text, m.start())
        end = recipients_caption_end(text[s:e])
        if end is None or f[s:m.start()].strip(" *-"):
            continue
        s, e = m.start(), s + end
        while e > s and text[e - 1] in " \t*_#|":
            e -= 1
        return s, e
    return None


def ev(plan: PlanView, span: tuple[int, int] | None) -> dict[str, Any]:
    if not span:
        return {}
    s, e = span
    return {"evidence": plan.text[s:e], "char_start": s, "char_end": e}


def task_label(task: dict[str, Any], plan: PlanView) -> str:
    """"3 " — or, when the number repeats in the plan, "1 (quý II) " / "1 (PHỤ LỤC 1) " /
    "1 (mục II) " — or "": to sit before a verb in a message."""
    label = (task.get("label") or "").strip()
    if not label:
        return ""
    if sum(1 for t in plan.tasks if (t.get("label") or "").strip() == label) == 1:
        return f"{label} "
    q = task.get("quarter")
    if not is_missing(q):
        return f"{label} (quý {ROMAN.get(int(q), q)}) "
    top = _top_section(plan, task.get("section_id"))
    if top is None:
        return f"{label} "
    where = top["marker"] if top["kind"] == "appendix" else f"mục {top['marker']}"
    return f"{label} ({where}) "


def _top_section(plan: PlanView, section_id: Any) -> dict[str, Any] | None:
    by_id = {int(s["section_id"]): s for s in plan.sections}
    s = by_id.get(int(section_id)) if not is_missing(section_id) else None
    while s is not None and not is_missing(s.get("parent_id")):
        s = by_id.get(int(s["parent_id"]))
    return s


def task_ev(task: dict[str, Any], plan: PlanView) -> dict[str, Any]:
    s, e = task.get("char_start"), task.get("char_end")
    if is_missing(s) or is_missing(e):
        return {"evidence": task.get("text")}
    return {"evidence": plan.text[int(s):int(e)], "char_start": int(s), "char_end": int(e)}


def content_heading(plan: PlanView) -> tuple[int, int] | None:
    for s in plan.sections:
        if s["kind"] == "content":
            st = int(s["char_start"])
            return line_at(plan.text, st)
    return None


# =============================================================================================
# Format (Nghị định 30/2020/NĐ-CP)
# =============================================================================================


DRAFT = re.compile(r"(?<![a-z])du thao(?![a-z])")
DRAFT_NOTE = " (Văn bản đang là dự thảo: bổ sung khi ký ban hành.)"


def is_draft(plan: PlanView) -> bool:
    """The header says "DỰ THẢO": a blank number or day is expected until it is signed."""
    return bool(DRAFT.search(fold(plan.text[:header_end(plan)])))


def _draft(rule: Rule, plan: PlanView, message: str) -> tuple[str, str]:
    return ("info", message + DRAFT_NOTE) if is_draft(plan) else (rule.severity, message)


def check_symbol(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    symbol = plan.get("symbol")
    span = find_line(plan, SO_LINE, 0, header_end(plan))
    if not symbol:
        if span is None:  # point at the issuer lines where the number belongs
            span = line_at(plan.text, len(plan.text) - len(plan.text.lstrip()))
        return [Finding(rule.id, rule.severity, rule.message("missing"), **ev(plan, span))]
    if plan.get("number") is None and symbol.startswith("/"):
        sev, msg = _draft(rule, plan, rule.message("unnumbered", symbol=symbol))
        return [Finding(rule.id, sev, msg, **ev(plan, span), details={"symbol": symbol, "draft": is_draft(plan)})]
    return []


def _date_span(plan: PlanView) -> tuple[int, int] | None:
    """The "Địa danh, ngày … tháng … năm …" part of its line (a table row may hold "Số: …" too)."""
    span = find_line(plan, DATE_LINE, 0, header_end(plan))
    if span is None:
        return None
    s, e = span
    f = fold(plan.text)
    start = f.find("ngay", s, e)
    place = plan.get("place")
    if place:
        p = f.rfind(fold(place), s, start if start >= 0 else e)
        if p >= 0:
            start = p
    if start < 0:
        return span
    return start, e


def check_place_date(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    span = _date_span(plan)
    values = {"locality": plan.get("locality") or "Địa danh"}
    if span is None and plan.get("issued_date") is None:
        return [Finding(rule.id, rule.severity, rule.message("missing_date", **values),
                        **ev(plan, find_line(plan, DOC_TYPE_LINE, 0, header_end(plan))))]
    out: list[Finding] = []
    if not plan.get("place"):
        out.append(Finding(rule.id, rule.severity, rule.message("missing_place", **values), **ev(plan, span),
                           details={"case": "missing_place"}))
    if plan.get("issued_date") is None:
        missing = [w for w, k in (("ngày", None), ("tháng", "issued_month"), ("năm", "issued_year"))
                   if k is None or plan.get(k) is None]
        printed = plan.text[span[0]:span[1]].strip() if span else ""
        sev, msg = _draft(rule, plan, rule.message("incomplete_date", printed=printed, missing=", ".join(missing)))
        out.append(Finding(rule.id, sev, msg, **ev(plan, span),
                           details={"case": "incomplete_date", "missing": missing, "draft": is_draft(plan)}))
    return out


def check_title(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    if plan.get("title"):
        return []
    return [Finding(rule.id, rule.severity, rule.message("missing"),
                    **ev(plan, find_line(plan, DOC_TYPE_LINE, 0, header_end(plan))))]


def _closing_span(plan: PlanView) -> tuple[int, int] | None:
    text = plan.text
    nn = find_recipients_caption(plan)
    if nn:
        return nn
    tail = text.rstrip()
    if not tail:
        return None
    return line_at(text, len(tail) - 1)


def check_signer(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    title, name = plan.get("signer_title"), plan.get("signer_name")
    if title and name:
        return []
    text = plan.text
    if title and not name:
        pos = fold(text).rfind(fold(title))
        span = line_at(text, pos) if pos >= 0 else _closing_span(plan)
        return [Finding(rule.id, rule.severity, rule.message("missing_name", signer_title=title), **ev(plan, span))]
    if name and not title:
        pos = text.rfind(name)
        span = (pos, pos + len(name)) if pos >= 0 else _closing_span(plan)
        return [Finding(rule.id, rule.severity, rule.message("missing_title", signer_name=name), **ev(plan, span))]
    return [Finding(rule.id, rule.severity, rule.message("missing_both"), **ev(plan, _closing_span(plan)))]


def check_recipients(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    items = [str(r.get("recipient") or "") for r in plan.recipients]
    if not items:
        return [Finding(rule.id, rule.severity, rule.message("missing"), **ev(plan, _closing_span(plan)))]
    if not any(fold(i).lstrip(" -+*•").startswith("luu") for i in items):
        return [Finding(rule.id, rule.severity, rule.message("no_archive"),
                        **ev(plan, find_recipients_caption(plan)), details={"recipients": items})]
    return []


# =============================================================================================
# Structure
# =============================================================================================


def check_structure(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    kinds = set(rule.params.get("kinds") or [])
    if any(s["kind"] in kinds for s in plan.sections):
        return []
    tops = [f"{s['marker']}. {s['heading']}" for s in plan.sections if int(s["level"]) == 1]
    parts = "; ".join(tops) if tops else "không nhận ra phần nào đánh số La Mã"
    return [Finding(rule.id, rule.severity, rule.message("missing", parts=parts),
                    evidence=parts, details={"parts": tops})]


# =============================================================================================
# Legal basis in force on the plan's date
# =============================================================================================

YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _norm_symbol(s: str | None) -> str:
    if not s:
        return ""
    from extractors.references import normalize_symbol  # noqa: PLC0415

    return normalize_symbol(s).upper()


def _version_of(ref: dict[str, Any], families: list[dict[str, Any]]) -> tuple[int, int] | None:
    """(family index, version index) of the document a reference names, or None."""
    sym = _norm_symbol(ref.get("symbol"))
    for fi, fam in enumerate(families):
        for vi, ver in enumerate(fam.get("versions") or []):
            if sym and sym in {_norm_symbol(s) for s in ver.get("symbols") or []}:
                return fi, vi
    if ref.get("kind") not in ("Luật", "Bộ luật") or sym:
        return None
    title = fold(" ".join(str(ref.get(k) or "") for k in ("title", "mention")))
    years = set()
    if not is_missing(ref.get("year")):
        years.add(int(ref["year"]))
    years |= {int(y) for y in YEAR_IN.findall(str(ref.get("title") or ""))}
    if not years:
        return None   # "Luật Thi đua, khen thưởng" without a year: cannot tell which
    for fi, fam in enumerate(families):
        for vi, ver in enumerate(fam.get("versions") or []):
            lt = ver.get("law_title")
            if lt and fold(lt) in title and years & {int(y) for y in ver.get("law_years") or []}:
                return fi, vi
    return None


def _in_force(versions: list[dict[str, Any]], day: dt.date) -> int:
    """Index of the version in force on `day` (the latest that had taken effect)."""
    current = 0
    for vi, ver in enumerate(versions):
        start = ver.get("effective_from")
        start = start if isinstance(start, dt.date) else (dt.date.fromisoformat(str(start)) if start else None)
        if start is None or start <= day:
            current = vi
    return current


def check_superseded(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    if plan.date is None:
        return []
    families = rule.params.get("families") or []
    rule_sources = rule.params.get("_sources") or {}
    found: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for ref in plan.references:
        if ref.get("relation") == "self":
            continue
        fv = _version_of(ref, families)
        if fv:
            found.setdefault(fv, []).append(ref)
    out = []
    for (fi, vi), refs in sorted(found.items()):
        versions = families[fi]["versions"]
        cur = _in_force(versions, plan.date.day)
        if vi >= cur:
            continue
        refs.sort(key=lambda r: (r.get("relation") != "basis", int(r.get("char_start") or 0)))
        first = refs[0]
        start = versions[cur].get("effective_from")
        case = "basis" if first.get("relation") == "basis" else "cited"
        cited = first.get("mention") or versions[vi]["label"]
        if not YEAR_IN.search(cited) and not is_missing(first.get("year")):
            cited = f"{cited} năm {int(first['year'])}"
        msg = rule.message(case, plan_date_text=plan.date.text, cited=cited,
                           current=versions[cur]["label"],
                           current_from=fmt_date(start if isinstance(start, dt.date) else as_date(start)))
        s, e = int(first["char_start"]), int(first["char_end"])
        src = rule_sources.get(versions[cur].get("source"))
        legal = f"{src.title} — hiệu lực từ {fmt_date(as_date(start))}" if src else versions[cur]["label"]
        if src is not None and not src.verified:
            legal += " (ngày hiệu lực cần xác minh)"
        out.append(Finding(rule.id, rule.severity, msg, plan.text[s:e], s, e, legal_source=legal, details={
            "family": families[fi]["name"], "cited_version": versions[vi]["label"],
            "current_version": versions[cur]["label"], "plan_date": plan.date.day.isoformat(),
            "plan_date_basis": plan.date.basis, "mentions": len(refs)}))
    return out


# =============================================================================================
# Parent plan
# =============================================================================================

# (a "thành phố" plan is a provincial city's unless plan_rank finds a central city's name)
LEVEL_RANK = {lv.printed: lv.lowest_rank for lv in levels.LEXICON}
CENTRAL_CITIES = ("ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue")
CENTRAL_BODIES = re.compile(r"\b(?:chinh phu|thu tuong|quoc hoi|bo chinh tri|ban bi thu|trung uong|bo [a-z]|"
                            r"ban thi dua|hoi dong thi dua[ -]*khen thuong trung uong|uy ban trung uong)\b")
ISSUER_LEVEL = re.compile(rf"\b({levels.alternation(folded=True)}|tp|thu do)\b(?:\s+([a-z ]+))?")
# The district levels that never name a province (folded): "thành phố" may be a central city
_DISTRICT_ONLY = tuple(levels.fold_level(lv) for lv in levels.DISTRICT_ONLY_LEVELS)
# The commune levels the legacy list has (a special zone has no former unit to point to)
_LEGACY_COMMUNE_LEVELS = tuple(lv for lv in levels.COMMUNE_LEVELS if lv not in levels.TWO_LEVEL_ONLY)
PARTY_AT = re.compile(r"\b(dang uy|huyen uy|tinh uy|thanh uy|quan uy|thi uy)\b")


def plan_rank(doc: dict[str, Any]) -> float | None:
    level = doc.get("admin_level")
    if is_missing(level):
        return None
    if level == "thành phố" and fold(str(doc.get("locality") or "")) in CENTRAL_CITIES:
        return 3
    return LEVEL_RANK.get(str(level))


def issuer_rank(issuer: str | None) -> float | None:
    """3 province, 2 district, 1 commune, 4 central; +0.5 for the Party committee of a level."""
    if not issuer:
        return None
    f = fold(issuer)
    if CENTRAL_BODIES.search(f):
        return 4
    party = PARTY_AT.search(f)
    if party:
        word = party.group(1)
        base = {"dang uy": None, "huyen uy": 2, "quan uy": 2, "thi uy": 2, "tinh uy": 3, "thanh uy": 3}[word]
        if base:
            return base + 0.5
    m = ISSUER_LEVEL.search(f)
    if not m:
        return None
    word, name = m.group(1), (m.group(2) or "").strip()
    if word in ("tinh", "thu do"):
        r = 3
    elif word in ("thanh pho", "tp"):
        r = 3 if any(name.startswith(c) for c in CENTRAL_CITIES) or not name else 2
    elif word in _DISTRICT_ONLY:
        r = 2
    else:
        r = 1
    return r + (0.5 if party else 0)


def _province_label(province: str | None) -> str:
    if not province:
        return "cấp tỉnh"
    return ("thành phố " if fold(province) in CENTRAL_CITIES else "tỉnh ") + province


def _district_label(province: str | None, district: str | None) -> str:
    if not district:
        return "cấp huyện"
    try:
        from extractors.admin import lookup  # noqa: PLC0415

        u = lookup(province, district)
    except Exception:
        u = None
    return f"{u.type.lower()} {district}" if u is not None else f"cấp huyện ({district})"


def superior_text(plan: PlanView) -> str:
    district, province = plan.get("district"), plan.get("province")
    rank = plan_rank(plan.doc)
    post = plan.date is not None and plan.date.day >= dt.date(2025, 7, 1)
    if rank == 1:
        if post:
            return f"UBND {_province_label(province)}"
        return f"UBND {_district_label(province, district)} hoặc UBND {_province_label(province)}"
    if rank == 2:
        return f"UBND {_province_label(province)}"
    if rank == 3:
        return "Chính phủ, Thủ tướng Chính phủ hoặc bộ, ngành Trung ương"
    return "cơ quan cấp trên"


def superior_refs(plan: PlanView, kinds: Iterable[str]) -> list[dict[str, Any]]:
    kinds = set(kinds)
    own = plan_rank(plan.doc)
    out = []
    for ref in plan.references:
        if ref.get("relation") != "basis" or ref.get("kind") not in kinds:
            continue
        r = issuer_rank(ref.get("issuer"))
        if r is None or own is None or r > own:
            out.append(ref)
    return out


def check_parent_cited(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    kinds = rule.params.get("kinds") or ["Kế hoạch", "Chương trình"]
    if superior_refs(plan, kinds) or plan.doc_id in ctx.links:
        return []
    end = body_start(plan)
    title = plan.get("title")
    pos = plan.text.find(title) if title else -1
    start = pos + len(title) if pos >= 0 else 0
    pre = plan.text[start:end].strip() if end > start else ""
    span = None
    if pre:   # the Căn cứ / Thực hiện lines, at most ~300 characters of them
        s = plan.text.find(pre[:40], start)
        if s >= 0:
            e = s + len(pre)
            if e - s > 300:
                nl = plan.text.rfind("\n", s, s + 300)
                e = nl if nl > s else s + 300
            span = (s, e)
    return [Finding(rule.id, rule.severity, rule.message("missing", superior=superior_text(plan)),
                    **ev(plan, span))]


def _issuer_compatible(a: str | None, b: str | None) -> bool:
    from extractors.admin import fold_key  # noqa: PLC0415

    ka, kb = fold_key(a), fold_key(b)
    return bool(ka and kb and (ka == kb or ka in kb or kb in ka))


def link_parents(ctx: Context, kinds: Iterable[str] = ("Kế hoạch", "Chương trình", "Chương trình hành động")) -> None:
    """Link each plan to the plan it cites as basis when that plan is in the corpus: same số hiệu
    and, where both are known, the same date and a compatible issuer — at least one of the two
    confirmed — and exactly one candidate (never a guess)."""
    kinds = set(kinds)
    by_symbol: dict[str, list[PlanView]] = {}
    for p in ctx.plans.values():
        sym = _norm_symbol(p.get("symbol"))
        if sym and not sym.startswith("/"):
            by_symbol.setdefault(sym, []).append(p)
    for child in ctx.plans.values():
        for ref in child.references:
            if ref.get("relation") != "basis" or ref.get("kind") not in kinds:
                continue
            cands = []
            for cand in by_symbol.get(_norm_symbol(ref.get("symbol")), []):
                if cand.doc_id == child.doc_id:
                    continue
                rd, cd = as_date(ref.get("issued_date")), as_date(cand.get("issued_date"))
                date_ok = None if rd is None or cd is None else rd == cd
                iss_ok = None if not ref.get("issuer") or not cand.get("issuer") else \
                    _issuer_compatible(ref.get("issuer"), cand.get("issuer"))
                if False in (date_ok, iss_ok) or (date_ok is None and iss_ok is None):
                    continue
                cands.append(cand)
            if len(cands) == 1:
                parent = cands[0]
                ctx.links[child.doc_id] = {"parent_doc_id": parent.doc_id, "ref_id": int(ref["ref_id"]),
                                           "mention": ref.get("mention"), "symbol": parent.get("symbol"),
                                           "parent_issuer": parent.get("issuer"), "parent_date": parent.get("issued_date")}
                break


def coverage(child: PlanView, parent: PlanView, sim, threshold: float) -> list[dict[str, Any]]:
    """For each task of the parent: the child's most similar task, its score, covered or not."""
    child_texts = [t.get("text") or "" for t in child.tasks]
    rows = []
    for pt in parent.tasks:
        idx, score = sim.best_match(pt.get("text") or "", child_texts)
        best = child.tasks[idx] if idx is not None else None
        rows.append({"child_doc_id": child.doc_id, "parent_doc_id": parent.doc_id,
                     "parent_task_id": int(pt["task_id"]), "parent_label": pt.get("label") or "",
                     "parent_text": pt.get("text") or "",
                     "child_task_id": int(best["task_id"]) if best is not None else None,
                     "child_label": (best.get("label") or "") if best is not None else None,
                     "child_text": best.get("text") if best is not None else None,
                     "score": float(score), "covered": bool(best is not None and score >= threshold)})
    return rows


def check_parent_coverage(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    link = ctx.links.get(plan.doc_id)
    if not link:
        return []
    parent = ctx.plans[link["parent_doc_id"]]
    threshold = float(rule.params.get("threshold", 0.42))
    rows = coverage(plan, parent, ctx.similarity, threshold)
    link["coverage"] = rows
    link["threshold"] = threshold
    pd_ = as_date(parent.get("issued_date"))
    parent_plan = " ".join(x for x in (
        f"Kế hoạch số {parent.get('symbol')}" if parent.get("symbol") else "kế hoạch",
        f"ngày {fmt_date(pd_)}" if pd_ else "", f"của {parent.get('issuer')}" if parent.get("issuer") else "") if x)
    out = []
    for row in rows:
        if row["covered"]:
            continue
        pt = next(t for t in parent.tasks if int(t["task_id"]) == row["parent_task_id"])
        e = task_ev(pt, parent)
        out.append(Finding(rule.id, rule.severity, rule.message(
            "uncovered", parent_label=task_label(pt, parent), parent_plan=parent_plan,
            parent_task=short(pt.get("text"))), evidence_doc_id=parent.doc_id, **e,
            details={"parent_doc_id": parent.doc_id, "parent_task_id": row["parent_task_id"],
                     "best_child_task_id": row["child_task_id"], "best_child_text": short(row["child_text"]),
                     "score": round(row["score"], 3), "threshold": threshold}))
    return out


# =============================================================================================
# Tasks
# =============================================================================================


def _per_task(rule: Rule, plan: PlanView, ok: Callable[[dict[str, Any]], bool]) -> list[Finding]:
    if not plan.tasks:
        return []
    bad = [t for t in plan.tasks if not ok(t)]
    if not bad:
        return []
    if len(bad) == len(plan.tasks) and len(bad) > 1:
        return [Finding(rule.id, rule.severity, rule.message("all", n=len(bad)),
                        **ev(plan, content_heading(plan)), details={"tasks": len(bad)})]
    return [Finding(rule.id, rule.severity, rule.message("task", label=task_label(t, plan), task=short(t.get("text"))),
                    **task_ev(t, plan), details={"task_id": int(t["task_id"])}) for t in bad]


def check_task_unit(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    return _per_task(rule, plan, lambda t: bool(as_list(t.get("lead_units"))))


def check_task_timing(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    return _per_task(rule, plan, lambda t: not is_missing(t.get("quarter")) or as_date(t.get("deadline")) is not None
                     or bool(str(t.get("timing_text") or "").strip()))


def check_deadline_in_year(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    year = plan.get("plan_year")
    if year is None:
        return []
    out = []
    for t in plan.tasks:
        d = as_date(t.get("deadline"))
        if d and d.year != int(year):
            out.append(Finding(rule.id, rule.severity, rule.message(
                "outside", deadline=fmt_date(d), label=task_label(t, plan), plan_year=int(year), task=short(t.get("text"))),
                **task_ev(t, plan), details={"task_id": int(t["task_id"]), "deadline": d.isoformat()}))
    return out


def check_quarters(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    """A plan "uses quarters" when its tasks carry a quarter (grouped under Quý headings or timed
    "Quý II/2026") in at least `min_quarters_used` quarters; then every quarter still ahead when
    the plan was issued must hold a task, counting tasks timed by a deadline in that quarter."""
    year = plan.get("plan_year")
    if year is None:
        return []
    year = int(year)
    explicit = {int(t["quarter"]) for t in plan.tasks if not is_missing(t.get("quarter"))}
    if len(explicit) < int(rule.params.get("min_quarters_used", 2)):
        return []
    used = set(explicit)
    for t in plan.tasks:
        d = as_date(t.get("deadline"))
        if d and d.year == year:
            used.add((d.month - 1) // 3 + 1)
    first = 1
    if rule.params.get("from_issue_quarter", True) and plan.date and plan.date.basis in ("issued_date", "month") \
            and plan.date.day.year == year:
        days_left = int(rule.params.get("min_days_left_in_quarter", 30))
        first = next((q for q in range(1, 5)
                      if _quarter_end(year, q) - plan.date.day >= dt.timedelta(days=days_left)), 5)
    out = []
    for q in range(first, 5):
        if q not in used:
            name = f"quý {ROMAN[q]}"
            out.append(Finding(rule.id, rule.severity, rule.message("empty", quarter_name=name, plan_year=year),
                               **ev(plan, content_heading(plan)), details={"quarter": q, "quarters_used": sorted(used)}))
    return out


def _quarter_end(year: int, q: int) -> dt.date:
    return dt.date(year, 3 * q, 30 if q in (2, 3) else 31)


def check_deadline_before_issue(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    if plan.date is None or plan.date.basis == "as_of":
        return []
    day = plan.date.day
    out = []
    for t in plan.tasks:
        d = as_date(t.get("deadline"))
        if d and d < day:
            out.append(Finding(rule.id, rule.severity, rule.message(
                "early", deadline=fmt_date(d), label=task_label(t, plan), plan_date=plan.date.text.replace("ngày ", ""),
                task=short(t.get("text"))), **task_ev(t, plan),
                details={"task_id": int(t["task_id"]), "deadline": d.isoformat(), "plan_date": day.isoformat()}))
    return out


# =============================================================================================
# After the 2025 reform: no district level
# =============================================================================================

_PHONG = (r"noi vu|tu phap|tai chinh(?:[ \t]*-[ \t]*|[ \t]+)ke hoach|tai chinh|kinh te(?:[ \t]*(?:-|va|&)[ \t]*"
          r"ha tang(?:[ \t]+va[ \t]+do thi)?)?|y te|van hoa(?:[ \t]*(?:,|-|va|&)[ \t]*(?:the thao|thong tin|"
          r"khoa hoc|xa hoi))*(?:[ \t]+va[ \t]+(?:thong tin|the thao|du lich))?|giao duc(?:[ \t]+va[ \t]+dao tao)?|"
          r"gd[ \t]*(?:&|va)[ \t]*dt|lao dong(?:[ \t]*-[ \t]*thuong binh[ \t]+va[ \t]+xa hoi)?|"
          r"tai nguyen[ \t]+va[ \t]+moi truong|tn[ \t]*(?:&|va)[ \t]*mt|nong nghiep(?:[ \t]+va[ \t]+(?:phat trien "
          r"nong thon|moi truong))?|quan ly do thi|dan toc|thanh tra|vh[ \t]*(?:&|va)[ \t]*tt|tc[ \t]*-[ \t]*kh|nv")
DISTRICT_BODY = re.compile(
    r"(?<![a-z])(?P<body>ubnd|uy ban nhan dan|u ban nhan dan|hdnd|hoi dong nhan dan|"
    r"hd[ \t]*tdkt|hoi dong[ \t]+(?:thi dua[ \t]*[-,]?[ \t]*khen thuong|tdkt)|"
    rf"phong[ \t]+(?:{_PHONG})|"
    r"trung tam[ \t]+(?:van hoa|y te|chinh tri|giao duc nghe nghiep|phat trien quy dat|dich vu nong nghiep)"
    r"[a-z ,&-]{0,50}?|cong an|ban chi huy quan su|van phong[ \t]+(?:hdnd[ \t]*(?:va|&)[ \t]*ubnd|ubnd))"
    rf"[ \t]+(?P<level>{levels.alternation(levels.DISTRICT_ONLY_LEVELS, folded=True)})(?![a-z])"
    r"|(?<![a-z])(?P<party>huyen uy|quan uy|thi uy)(?![a-z])"
    r"|(?<![a-z])(?P<cap>cap huyen)(?![a-z])")
BODY_KEYS = {"uy ban nhan dan": "ubnd", "u ban nhan dan": "ubnd", "hoi dong nhan dan": "hdnd"}
_UPPER = VI_UPPER
NAME_AFTER = re.compile(rf"[ \t]+[{_UPPER}][\w']*(?:[ \t]+[{_UPPER}][\w']*){{0,3}}")
CLAUSE_END = re.compile(r"[;\n]|\.(?=\s)")


def _excluded_spans(plan: PlanView) -> list[tuple[int, int]]:
    """The preamble (Căn cứ …) and each cited document's clause ("… của UBND huyện X về …"):
    naming an old district body as the author of a document cited is history, not an assignment."""
    spans = [(0, body_start(plan))] if body_start(plan) else []
    text = plan.text
    for ref in plan.references:
        s, e = ref.get("char_start"), ref.get("char_end")
        if is_missing(s) or is_missing(e):
            continue
        m = CLAUSE_END.search(text, int(e), min(len(text), int(e) + 250))
        spans.append((int(s), m.start() if m else min(len(text), int(e) + 250)))
    return spans


@lru_cache(maxsize=256)
def _new_unit_hint(province: str | None, district: str | None, ward: str | None, level: str | None) -> str:
    if not province:
        return ""
    try:
        from extractors.admin import new_unit  # noqa: PLC0415

        nu = new_unit(province, district, ward) if ward else new_unit(province)
    except Exception:  # the converter's data or network: never let it stop the audit
        return ""
    if not nu:
        return ""
    if ward and nu.get("ward"):
        return (f" (địa bàn {level or ''} {ward} cũ nay thuộc {str(nu.get('ward_type') or '').lower()} "
                f"{nu['ward']}, {nu['province']})").replace("  ", " ")
    name = district or ward
    return f" (địa bàn {level or ''} {name} cũ nay thuộc {nu['province']})".replace("  ", " ") if name else ""


def check_district_bodies(rule: Rule, plan: PlanView, ctx: Context) -> list[Finding]:
    if plan.date is None:
        return []
    text, f = plan.text, fold(plan.text)
    level = plan.get("admin_level")
    hint = ""
    if plan.get("province"):
        if level in _LEGACY_COMMUNE_LEVELS:
            hint = _new_unit_hint(plan.get("province"), plan.get("district"), plan.get("locality"), level)
        elif level in levels.DISTRICT_LEVELS:
            hint = _new_unit_hint(plan.get("province"), plan.get("locality"), None, level)
    out: list[Finding] = []
    rank = plan_rank(plan.doc)
    if rank == 2:
        issuer = plan.get("issuer") or f"{level} {plan.get('locality')}"
        out.append(Finding(rule.id, rule.severity, rule.message(
            "issuer", issuer=issuer, plan_date_text=plan.date.text, new_unit_hint=hint),
            **ev(plan, find_line(plan, DOC_TYPE_LINE, 0, header_end(plan))), details={"case": "issuer"}))
    excluded = _excluded_spans(plan)
    seen: dict[str, Finding] = {}
    for m in DISTRICT_BODY.finditer(f):
        s, e = m.span()
        if any(a <= s < b for a, b in excluded):
            continue
        if m.group("body"):
            body = " ".join(m.group("body").split())
            key = f"{BODY_KEYS.get(body, body)} {m.group('level')}"
            nm = NAME_AFTER.match(text, e)
            if nm:
                e = nm.end()
        else:
            key = m.group("party") or m.group("cap")
        if key in seen:
            seen[key].details["mentions"] += 1
            continue
        mention = text[s:e]
        seen[key] = Finding(rule.id, rule.severity, rule.message(
            "body", mention=mention, plan_date_text=plan.date.text, new_unit_hint=hint),
            mention, s, e, details={"case": "body", "key": key, "mentions": 1})
    return out + list(seen.values())


# =============================================================================================
# Limits of the run
# =============================================================================================

DATE_CHECKS = {"superseded", "deadline_before_issue", "district_bodies"}


def check_date_unknown(rule: Rule, plan: PlanView, ctx: Context, skipped: list[str] | None = None) -> list[Finding]:
    if plan.date is not None or not skipped:
        return []
    span = _date_span(plan) or find_line(plan, DOC_TYPE_LINE, 0, header_end(plan))
    return [Finding(rule.id, rule.severity, rule.message("unknown", skipped="; ".join(skipped)), **ev(plan, span),
                    details={"skipped_rules": skipped})]


CHECKS: dict[str, Callable[..., list[Finding]]] = {
    "symbol": check_symbol,
    "place_date": check_place_date,
    "title": check_title,
    "signer": check_signer,
    "recipients": check_recipients,
    "structure": check_structure,
    "superseded": check_superseded,
    "parent_cited": check_parent_cited,
    "parent_coverage": check_parent_coverage,
    "task_unit": check_task_unit,
    "task_timing": check_task_timing,
    "deadline_in_year": check_deadline_in_year,
    "quarters": check_quarters,
    "deadline_before_issue": check_deadline_before_issue,
    "district_bodies": check_district_bodies,
    "date_unknown": check_date_unknown,
}
