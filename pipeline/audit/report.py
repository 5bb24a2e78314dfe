"""The audit for people: audit.xlsx (what staff filter and sort) and audit.html (a static report).

audit.xlsx
    Tổng hợp      one row per plan, one column per rule: how many findings (autofilter, frozen header)
    Phát hiện     one row per finding: plan, severity, rule, message, the evidence quoted (autofilter)
    Bao quát      for plans linked to their parent plan: each parent task, its best match, covered
    Quy tắc       the rules that ran, with their legal source and dates
audit.html
    a summary per province and district, then one section per plan with its findings, each with
    the evidence quoted in its context from documents.text (the parent plan's text for coverage).
"""
from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from extractors.levels import DISTRICT_ONLY_LEVELS
from pipeline.audit.checks import is_missing

SEVERITY_LABEL = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}
SHEET_SUMMARY, SHEET_FINDINGS, SHEET_COVERAGE, SHEET_RULES = "Tổng hợp", "Phát hiện", "Bao quát", "Quy tắc"


def _doc_rows(result) -> dict[str, dict[str, Any]]:
    from pipeline.audit import table_records  # noqa: PLC0415

    return {d["doc_id"]: d for d in table_records(result.tables.get("documents"))}


def _date_text(v: Any) -> str:
    if is_missing(v):
        return ""
    if isinstance(v, (dt.date, dt.datetime)) or hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v)


def _s(v: Any) -> str:
    return "" if is_missing(v) else str(v)


def district_of(doc: dict[str, Any]) -> str:
    """The district a plan belongs to for the summary: its district, or itself when it is one."""
    if _s(doc.get("district")):
        return _s(doc["district"])
    if doc.get("admin_level") in DISTRICT_ONLY_LEVELS or (
            doc.get("admin_level") == "thành phố" and _s(doc.get("locality")) != _s(doc.get("province"))):
        return _s(doc.get("locality"))
    return ""


def plan_label(doc: dict[str, Any]) -> str:
    issuer = _s(doc.get("issuer")) or _s(doc.get("source_path"))
    sym = _s(doc.get("symbol"))
    date = _date_text(doc.get("issued_date"))
    bits = [issuer]
    if sym:
        bits.append(f"số {sym}")
    if date:
        bits.append(f"ngày {date}")
    return ", ".join(bits)


# =============================================================================================
# Excel
# =============================================================================================


def write_xlsx(result, path: Path) -> Path:
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.formatting.rule import CellIsRule  # noqa: PLC0415
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    docs = _doc_rows(result)
    rules = result.rules.enabled()
    findings = result.findings
    bold = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")
    sev_fill = {"error": PatternFill("solid", fgColor="F8CBAD"), "warning": PatternFill("solid", fgColor="FFE699"),
                "info": PatternFill("solid", fgColor="DDEBF7")}

    def header(ws, names: list[str], widths: list[int]) -> None:
        ws.append(names)
        for i, w in enumerate(widths, 1):
            c = ws.cell(row=1, column=i)
            c.font, c.fill, c.alignment = bold, head_fill, Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A2"
        ws.row_dimensions[1].height = 45

    wb = Workbook()
    # ---- plans × rules
    ws = wb.active
    ws.title = SHEET_SUMMARY
    counts: dict[str, Counter] = defaultdict(Counter)
    sev_counts: dict[str, Counter] = defaultdict(Counter)
    for row in findings.itertuples():
        counts[row.doc_id][row.rule] += 1
        sev_counts[row.doc_id][row.severity] += 1
    fixed = ["Tệp", "Cơ quan ban hành", "Tỉnh/thành phố", "Huyện (cũ)", "Số, ký hiệu", "Ngày ban hành",
             "Lỗi", "Cảnh báo", "Thông tin"]
    header(ws, fixed + [f"{r.title} ({r.id})" for r in rules], [34, 34, 16, 16, 16, 14, 8, 10, 10] + [14] * len(rules))
    for doc_id in sorted(result.audited, key=lambda d: _s(docs[d].get("source_path"))):
        d = docs[doc_id]
        ws.append([_s(d.get("source_path")), _s(d.get("issuer")), _s(d.get("province")), district_of(d),
                   _s(d.get("symbol")), _date_text(d.get("issued_date")),
                   sev_counts[doc_id]["error"], sev_counts[doc_id]["warning"], sev_counts[doc_id]["info"]]
                  + [counts[doc_id][r.id] for r in rules])
    last = ws.max_row
    if last > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{last}"
        rng = f"G2:{get_column_letter(ws.max_column)}{last}"
        ws.conditional_formatting.add(rng, CellIsRule(operator="greaterThan", formula=["0"], fill=sev_fill["warning"]))
    else:
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}1"

    # ---- findings, one row per finding
    ws = wb.create_sheet(SHEET_FINDINGS)
    header(ws, ["STT", "Tệp", "Cơ quan ban hành", "Tỉnh/thành phố", "Huyện (cũ)", "Mức độ", "Nhóm", "Quy tắc",
                "Mã quy tắc", "Nội dung phát hiện", "Trích dẫn", "Vị trí (ký tự)", "Căn cứ"],
           [6, 30, 30, 14, 14, 11, 20, 28, 26, 80, 60, 14, 40])
    for i, row in enumerate(findings.itertuples(), 1):
        d = docs[row.doc_id]
        where = ""
        if _s(row.char_start) != "":
            where = f"{int(row.char_start)}–{int(row.char_end)}"
            if row.evidence_doc_id != row.doc_id:
                where += " (KH cấp trên)"
        ws.append([i, _s(d.get("source_path")), _s(d.get("issuer")), _s(d.get("province")), district_of(d),
                   SEVERITY_LABEL.get(row.severity, row.severity), row.rule_group, row.rule_title, row.rule,
                   row.message, _s(row.evidence)[:1000], where, row.legal_source])
        for c in ws[ws.max_row]:
            c.alignment = wrap
        ws.cell(row=ws.max_row, column=6).fill = sev_fill.get(row.severity, PatternFill())
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"

    # ---- coverage of parent plans
    if len(result.coverage):
        ws = wb.create_sheet(SHEET_COVERAGE)
        header(ws, ["Kế hoạch cấp dưới", "Kế hoạch cấp trên", "STT NV cấp trên", "Nhiệm vụ cấp trên",
                    "Nhiệm vụ tương ứng gần nhất (cấp dưới)", "Độ giống", "Đã có tương ứng"],
               [34, 34, 10, 60, 60, 10, 12])
        for row in result.coverage.itertuples():
            ws.append([plan_label(docs[row.child_doc_id]), plan_label(docs[row.parent_doc_id]), row.parent_label,
                       row.parent_text, _s(row.child_text), round(float(row.score), 3), "Có" if row.covered else "Chưa"])
            for c in ws[ws.max_row]:
                c.alignment = wrap
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"

    # ---- the rules
    ws = wb.create_sheet(SHEET_RULES)
    header(ws, ["Mã quy tắc", "Tên", "Nhóm", "Mức độ", "Căn cứ", "Văn bản nguồn", "Áp dụng từ", "Áp dụng đến",
                "Đã đối chiếu nguồn", "Ghi chú đối chiếu"], [28, 36, 22, 10, 44, 50, 12, 12, 10, 60])
    for r in result.rules.rules:
        ws.append([r.id, r.title + ("" if r.enabled else " (đã tắt)"), r.group, SEVERITY_LABEL[r.severity],
                   r.source_detail, r.source.title if r.source else "", _date_text(r.effective_from),
                   _date_text(r.effective_to), ("có" if r.source.verified else "cần xác minh") if r.source else "",
                   r.source.checked if r.source else ""])
        for c in ws[ws.max_row]:
            c.alignment = wrap
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{ws.max_row}"

    tmp = path.with_name(f".{path.name}.tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path


# =============================================================================================
# HTML
# =============================================================================================

CSS = """
body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;margin:24px auto;max-width:1100px;color:#1b1b1b;
line-height:1.45;padding:0 16px}
h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:36px;border-bottom:2px solid #1f4e79;padding-bottom:4px}
h3{font-size:17px;margin:28px 0 6px}.meta{color:#555;font-size:14px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
th,td{border:1px solid #c9d3df;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#1f4e79;color:#fff}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#eef3f8}
.sev{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:bold;white-space:nowrap}
.sev-error{background:#f8cbad;color:#7a1f00}.sev-warning{background:#ffe699;color:#5c4700}
.sev-info{background:#ddebf7;color:#1f4e79}
.finding{border-left:4px solid #c9d3df;margin:10px 0;padding:6px 12px;background:#fafbfc}
.finding.error{border-color:#c0504d}.finding.warning{border-color:#d9a300}.finding.info{border-color:#5b9bd5}
.rule{color:#555;font-size:13px}.msg{margin:4px 0}
blockquote{margin:6px 0;padding:6px 10px;background:#fff;border:1px dashed #c9d3df;font-size:13.5px;
white-space:pre-wrap;word-wrap:break-word}
mark{background:#ffeb3b;padding:0 1px}.src{color:#666;font-size:12px}.clean{color:#2e7d32;font-weight:bold}
nav ul{columns:2;font-size:14px}
"""


def _context(text: str, s: int, e: int, width: int = 160, lines: int = 2) -> str:
    """The evidence marked in its context: `lines` lines each side, at most `width` characters."""
    start = text.rfind("\n", 0, s) + 1
    for _ in range(lines):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    for _ in range(lines):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    a, b = max(start, s - width), min(end, e + width)
    return ("…" if a > 0 else "") + html.escape(text[a:s]) + "<mark>" + html.escape(text[s:e]) + "</mark>" + \
        html.escape(text[e:b]) + ("…" if b < len(text) else "")


def _sev_badge(sev: str) -> str:
    return f'<span class="sev sev-{sev}">{SEVERITY_LABEL.get(sev, sev)}</span>'


def write_html(result, path: Path) -> Path:
    docs = _doc_rows(result)
    findings = result.findings
    by_doc: dict[str, list] = defaultdict(list)
    for row in findings.itertuples():
        by_doc[row.doc_id].append(row)
    sev = {d: Counter(r.severity for r in rows) for d, rows in by_doc.items()}
    audited = sorted(result.audited, key=lambda d: (_s(docs[d].get("province")), district_of(docs[d]),
                                                    _s(docs[d].get("source_path"))))
    links = {r.doc_id: r for r in result.links.itertuples()} if len(result.links) else {}
    esc = html.escape
    out: list[str] = []
    w = out.append
    w('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>Báo cáo kiểm tra kế hoạch</title>")
    w(f"<style>{CSS}</style></head><body>")
    w("<h1>Báo cáo kiểm tra kế hoạch</h1>")
    n_err = int((findings.severity == "error").sum())
    n_warn = int((findings.severity == "warning").sum())
    n_info = int((findings.severity == "info").sum())
    when = dt.datetime.now().strftime("%d/%m/%Y %H:%M")
    w(f'<p class="meta">Lập lúc {when}. Đã kiểm tra {len(result.audited)} kế hoạch theo {len(result.rules.enabled())} '
      f'quy tắc (tệp {esc(result.rules.path.name)}): {n_err} lỗi, {n_warn} cảnh báo, {n_info} thông tin.'
      + (f" Ngày dùng cho kế hoạch không ghi ngày: {result.as_of:%d/%m/%Y}." if result.as_of else "") + "</p>")
    if result.skipped:
        names = ", ".join(esc(_s(docs[d].get("source_path"))) for d in result.skipped)
        w(f'<p class="meta">Không kiểm tra (không phải kế hoạch): {names}.</p>')

    # ---- summary per province and district
    w('<h2 id="tong-hop">Tổng hợp theo tỉnh và huyện</h2>')
    w("<table><thead><tr><th>Tỉnh/thành phố</th><th>Huyện (cũ)</th><th>Số kế hoạch</th><th>Có lỗi</th>"
      "<th>Lỗi</th><th>Cảnh báo</th><th>Thông tin</th></tr></thead><tbody>")
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for d in audited:
        groups[_s(docs[d].get("province")) or "(không rõ)"][district_of(docs[d]) or "—"].append(d)

    def row(prov: str, dist: str, ds: list[str], cls: str = "") -> None:
        c = Counter()
        for d in ds:
            c.update(sev.get(d, Counter()))
        plans_err = sum(1 for d in ds if sev.get(d, Counter())["error"])
        w(f'<tr class="{cls}"><td>{esc(prov)}</td><td>{esc(dist)}</td><td class=n>{len(ds)}</td>'
          f"<td class=n>{plans_err}</td><td class=n>{c['error']}</td><td class=n>{c['warning']}</td>"
          f"<td class=n>{c['info']}</td></tr>")

    for prov, dists in sorted(groups.items()):
        for dist, ds in sorted(dists.items()):
            row(prov, dist, ds)
        if len(dists) > 1:
            row(prov, "Cộng tỉnh", [d for ds in dists.values() for d in ds], "total")
    row("Tất cả", "", audited, "total")
    w("</tbody></table>")

    # ---- rules × counts
    w('<h2 id="quy-tac">Số phát hiện theo quy tắc</h2><table><thead><tr><th>Quy tắc</th><th>Mức độ</th>'
      "<th>Số phát hiện</th><th>Số kế hoạch</th><th>Căn cứ</th></tr></thead><tbody>")
    for r in result.rules.enabled():
        sub = findings[findings.rule == r.id]
        w(f"<tr><td>{esc(r.title)}<br><span class=src>{esc(r.id)}</span></td><td>{_sev_badge(r.severity)}</td>"
          f"<td class=n>{len(sub)}</td><td class=n>{sub.doc_id.nunique()}</td><td class=src>{esc(r.legal_source)}</td></tr>")
    w("</tbody></table>")

    # ---- table of contents
    w('<h2 id="ke-hoach">Từng kế hoạch</h2><nav><ul>')
    for i, d in enumerate(audited):
        c = sev.get(d, Counter())
        w(f'<li><a href="#kh-{i}">{esc(plan_label(docs[d]))}</a> — {c["error"]} lỗi, {c["warning"]} cảnh báo</li>')
    w("</ul></nav>")

    # ---- one section per plan
    for i, d in enumerate(audited):
        doc = docs[d]
        w(f'<section id="kh-{i}"><h3>{esc(plan_label(doc))}</h3>')
        title = _s(doc.get("title"))
        w(f'<p class="meta">Tệp {esc(_s(doc.get("source_path")))}'
          + (f" · {esc(title)}" if title else "")
          + (f" · {esc(_s(doc.get('province')))}" if _s(doc.get("province")) else "")
          + (f" · huyện (cũ) {esc(district_of(doc))}" if district_of(doc) else "") + "</p>")
        if d in links:
            lk = links[d]
            parent = docs.get(lk.parent_doc_id, {})
            cov = "" if lk.parent_tasks == 0 or _s(lk.coverage) == "" else \
                f": {int(lk.covered_tasks)}/{int(lk.parent_tasks)} nhiệm vụ của cấp trên có nhiệm vụ tương ứng"
            w(f'<p class="meta">Kế hoạch cấp trên trong bộ dữ liệu: {esc(plan_label(parent))}{cov}.</p>')
        rows = by_doc.get(d, [])
        if not rows:
            w('<p class="clean">Không có phát hiện nào.</p></section>')
            continue
        text = _s(doc.get("text"))
        for r in rows:
            w(f'<div class="finding {r.severity}"><div>{_sev_badge(r.severity)} '
              f'<span class="rule">{esc(r.rule_title)} · {esc(r.rule)}</span></div>')
            w(f'<p class="msg">{esc(r.message)}</p>')
            if _s(r.char_start) != "":
                src_text = text if r.evidence_doc_id == d else _s(docs.get(r.evidence_doc_id, {}).get("text"))
                where = "" if r.evidence_doc_id == d else \
                    f'<div class="src">Trích từ kế hoạch cấp trên: {esc(plan_label(docs[r.evidence_doc_id]))}</div>'
                w(f"{where}<blockquote>{_context(src_text, int(r.char_start), int(r.char_end))}</blockquote>")
            elif _s(r.evidence):
                w(f"<blockquote>{esc(_s(r.evidence))}</blockquote>")
            w(f'<div class="src">Căn cứ: {esc(r.legal_source)}</div></div>')
        w("</section>")
    w("</body></html>")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("\n".join(out), encoding="utf-8")
    tmp.replace(path)
    return path


__all__ = ["write_xlsx", "write_html", "SHEET_SUMMARY", "SHEET_FINDINGS", "SHEET_COVERAGE", "SHEET_RULES",
           "SEVERITY_LABEL", "district_of", "plan_label"]
