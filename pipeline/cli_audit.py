"""`kehoach audit` and `kehoach compare`: typer command functions, registered by pipeline/cli.py.

    from pipeline import cli_audit
    app.command()(cli_audit.audit)
    app.command()(cli_audit.compare)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

err = Console(stderr=True)


def _out_dir(out: Path) -> None:
    if not (out / "documents.parquet").exists():
        err.print(f"[red]không có dữ liệu[/red]: {out} chưa có documents.parquet — hãy chạy "
                  f"`kehoach run <thư mục kế hoạch> -o {out}` trước.")
        raise typer.Exit(2)


def audit(out: Path = typer.Argument(..., file_okay=False, help="Output folder of `kehoach run` (has documents.parquet)."),
          rules: Optional[Path] = typer.Option(None, "--rules", dir_okay=False,
                                               help="Rules file (YAML); default: the shipped pipeline/rules/default.yaml."),
          as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                              help="Date to use for plans that print no issue date "
                                                   "(otherwise their date-dependent checks are skipped)."),
          ) -> None:
    """Check every plan in OUT against the rules; write findings.parquet, audit.xlsx and audit.html."""
    from pipeline.audit import RulesError, run_audit

    _out_dir(out)
    day = None
    if as_of:
        try:
            day = dt.date.fromisoformat(as_of)
        except ValueError:
            err.print(f"[red]--as-of[/red]: “{as_of}” không phải ngày dạng YYYY-MM-DD.")
            raise typer.Exit(2)
    try:
        result = run_audit(out, rules=rules, as_of=day)
    except RulesError as exc:
        err.print(f"[red]tệp quy tắc[/red]: {exc}")
        raise typer.Exit(2)
    f = result.findings
    by = f["severity"].value_counts()
    plans_with = f.loc[f["severity"] == "error", "doc_id"].nunique()
    typer.echo(f"{len(result.audited)} kế hoạch đã kiểm tra, {len(f)} phát hiện: {int(by.get('error', 0))} lỗi, "
               f"{int(by.get('warning', 0))} cảnh báo, {int(by.get('info', 0))} thông tin "
               f"({plans_with} kế hoạch có lỗi).")
    if len(result.links):
        typer.echo(f"{len(result.links)} kế hoạch được đối chiếu với kế hoạch cấp trên có trong dữ liệu.")
    typer.echo(f"→ {result.written['findings']}, {result.written['xlsx']}, {result.written['html']}")


def compare(out: Path = typer.Argument(..., file_okay=False, help="Output folder of `kehoach run`."),
            top: int = typer.Option(10, "--top", min=1, help="Campaigns and documents to show."),
            ) -> None:
    """Compare the plans in OUT: write comparison.parquet and print tasks per quarter, shares,
    campaign adoption by commune and the most cited documents."""
    from pipeline.compare import print_summary, run_compare

    _out_dir(out)
    result = run_compare(out)
    print_summary(result, Console(width=200), top=top)
    typer.echo(f"→ {result.written['comparison']}")


__all__ = ["audit", "compare"]
