"""The `kehoach` command: a thin layer over pipeline.batch and pipeline.extract."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline.version import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Vietnamese local-government plans (Kế hoạch) into comparable Parquet tables.")
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kehoach {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                                help="Show the version and exit.")) -> None:
    """kehoach: plans in (txt, md, html, pdf, scans, docx), tables out."""


@app.command()
def run(inputs: list[Path] = typer.Argument(..., help="Plan files or folders (searched recursively)."),
        out: Path = typer.Option(Path("data/processed"), "-o", "--out", help="Output folder for the tables."),
        workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0 = every core)."),
        ) -> None:
    """Extract every plan under INPUTS and write all tables plus manifest.json to OUT."""
    from pipeline.batch import run_batch

    show = sys.stderr.isatty()
    progress = Progress(TextColumn("[bold]plans"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[errors]} errors"), TimeRemainingColumn(),
                        console=err, disable=not show)
    errors = 0
    with progress:
        task = progress.add_task("plans", total=None, errors=0)

        def tick(done: int, total: int, result: dict) -> None:
            nonlocal errors
            errors += "error" in result
            progress.update(task, completed=done, total=total, errors=errors)

        result = run_batch(inputs, out, workers=workers or None, on_progress=tick)
    typer.echo(f"{result.documents} plans read, {result.tasks} tasks found, {result.errors} errors "
               f"({result.inputs} inputs) → {out}")


@app.command()
def extract(file: Path = typer.Argument(..., exists=True, dir_okay=False, help="One plan file."),
            format: str = typer.Option("table", "--format", "-f", help="json or table.")) -> None:
    """Show what kehoach reads out of one plan."""
    from pipeline.errors import PlanError
    from pipeline.extract import extract as extract_plan

    try:
        plan = extract_plan(file)
    except PlanError as exc:
        err.print(f"[red]{exc.code}[/red]: {exc.message}")
        raise typer.Exit(1)
    rows = plan.rows()
    if format == "json":
        doc = dict(rows["documents"][0])
        doc.pop("text", None)
        payload = {"document": doc, **{k: v for k, v in rows.items() if k != "documents"}}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
        return
    console = Console()
    head = Table(title=str(file), show_header=False)
    for key, value in rows["documents"][0].items():
        if key not in ("text", "source_paths"):
            head.add_row(key, "" if value is None else str(value))
    console.print(head)
    for name, cols in (("sections", ["section_id", "level", "marker", "heading", "kind"]),
                       ("tasks", ["task_id", "label", "text", "quarter", "deadline", "lead_units", "support_units"]),
                       ("assignments", ["assignment_id", "units"]),
                       ("references", ["kind", "symbol", "issued_date", "issuer", "relation"]),
                       ("campaigns", ["name"]), ("recipients", ["recipient"])):
        t = Table(title=f"{name} ({len(rows[name])})")
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows[name]:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
        console.print(t)


if __name__ == "__main__":
    app()
