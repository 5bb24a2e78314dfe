"""The audit's rules: a YAML file staff can edit (pipeline/rules/default.yaml by default).

    rules = load_rules()                      # the shipped file
    rules = load_rules("my-rules.yaml")       # a staff member's copy
    rules.enabled()                           # the rules to run, in file order

A rule names the check that implements it (`check`), its severity, its legal source, the dates it
applies between (compared with the plan's date) and its messages, keyed by case. Errors in the file
are reported with the rule's id and what to fix, in Vietnamese, as RulesError.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules" / "default.yaml"
SEVERITIES = ("error", "warning", "info")
SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}


class RulesError(ValueError):
    """The rules file cannot be used; the message says what to fix."""


@dataclass
class Source:
    key: str
    title: str
    effective_from: dt.date | None = None
    verified: bool = False
    checked: str = ""


@dataclass
class Rule:
    id: str
    title: str
    group: str
    check: str
    severity: str
    messages: dict[str, str]
    source: Source | None = None
    source_detail: str = ""
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    params: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    def applies_on(self, day: dt.date | None) -> bool:
        """Is the rule in force for a plan dated `day`? (An unknown date: yes.)"""
        if day is None:
            return True
        if self.effective_from and day < self.effective_from:
            return False
        if self.effective_to and day > self.effective_to:
            return False
        return True

    @property
    def legal_source(self) -> str:
        parts = [self.source_detail or (self.source.title if self.source else "")]
        if self.source and not self.source.verified:
            parts.append("(ngày hiệu lực cần xác minh)")
        return " ".join(p for p in parts if p)

    def message(self, case: str, **values: Any) -> str:
        template = self.messages.get(case)
        if template is None:
            template = next(iter(self.messages.values()), self.title)
        return " ".join(template.format_map(_Blank(values)).split())


class _Blank(dict):
    def __missing__(self, key: str) -> str:  # a placeholder the code does not fill
        return "…"


@dataclass
class RuleSet:
    path: Path
    version: int
    plan_types: list[str]
    sources: dict[str, Source]
    rules: list[Rule]

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def __getitem__(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RulesError(f"{where}: ngày “{value}” không đúng dạng YYYY-MM-DD") from None


def load_rules(path: str | Path | None = None) -> RuleSet:
    import yaml  # noqa: PLC0415

    from pipeline.audit.checks import CHECKS  # noqa: PLC0415 - the names a rule may use

    p = Path(path) if path else DEFAULT_RULES
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RulesError(f"không đọc được tệp quy tắc {p}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"tệp quy tắc {p} sai cú pháp YAML: {exc}") from None
    except ValueError as exc:   # a date YAML itself cannot build, e.g. 2025-13-01
        raise RulesError(f"tệp quy tắc {p} có ngày không hợp lệ (dùng YYYY-MM-DD): {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulesError(f"tệp quy tắc {p} phải có mục `rules:` là một danh sách")

    sources: dict[str, Source] = {}
    for key, s in (data.get("sources") or {}).items():
        s = s or {}
        sources[key] = Source(key, str(s.get("title", key)), _date(s.get("effective_from"), f"sources.{key}"),
                              bool(s.get("verified", False)), str(s.get("checked", "")).strip())

    rules: list[Rule] = []
    seen: set[str] = set()
    for i, r in enumerate(data["rules"]):
        where = f"rules[{i}]"
        if not isinstance(r, dict) or not r.get("id"):
            raise RulesError(f"{where}: mỗi quy tắc cần có `id`")
        rid = str(r["id"])
        where = f"quy tắc {rid}"
        if rid in seen:
            raise RulesError(f"{where}: `id` bị trùng")
        seen.add(rid)
        check = r.get("check")
        if check not in CHECKS:
            raise RulesError(f"{where}: `check: {check}` không có; dùng một trong: {', '.join(sorted(CHECKS))}")
        severity = r.get("severity", "warning")
        if severity not in SEVERITIES:
            raise RulesError(f"{where}: `severity` phải là error, warning hoặc info (đang là “{severity}”)")
        messages = r.get("messages") or {}
        if isinstance(messages, str):
            messages = {"default": messages}
        src = r.get("source")
        if src is not None and src not in sources:
            raise RulesError(f"{where}: nguồn `{src}` không có trong mục `sources`")
        rules.append(Rule(
            id=rid, title=str(r.get("title", rid)), group=str(r.get("group", "")), check=check,
            severity=severity, messages={str(k): str(v) for k, v in messages.items()},
            source=sources.get(src) if src else None, source_detail=str(r.get("source_detail", "")),
            effective_from=_date(r.get("effective_from"), where), effective_to=_date(r.get("effective_to"), where),
            params=dict(r.get("params") or {}), enabled=bool(r.get("enabled", True)),
        ))
    for rule in rules:   # checks that name sources inside their params (superseded) see them all
        if rule.params.get("families"):
            rule.params.setdefault("_sources", sources)
        for fam in rule.params.get("families") or []:
            for ver in fam.get("versions") or []:
                if ver.get("source") and ver["source"] not in sources:
                    raise RulesError(f"quy tắc {rule.id}: nguồn `{ver['source']}` của “{ver.get('label')}” "
                                     "không có trong mục `sources`")
                ver["effective_from"] = _date(ver.get("effective_from"), f"quy tắc {rule.id}, {ver.get('label')}")
    plan_types = [str(t) for t in data.get("plan_types") or []]
    return RuleSet(p, int(data.get("version", 1)), plan_types, sources, rules)
