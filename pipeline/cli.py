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
    """kehoach: plans in (txt, md, html, pdf, scans, docx, doc, odt, fodt, rtf), tables out."""


@app.command()
def run(inputs: list[Path] = typer.Argument(..., help="Plan files or folders (searched recursively)."),
        out: Path = typer.Option(Path("data/processed"), "-o", "--out", help="Output folder for the tables."),
        workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0 = every core); with "
                                    "--executor ray, tasks at once (0 = every CPU of the cluster)."),
        force: bool = typer.Option(False, "--force", help="Extract every file again instead of reusing "
                                   "earlier results."),
        cache: Optional[Path] = typer.Option(None, "--cache", help="Folder of earlier results "
                                             "(default OUT/.kehoach-cache)."),
        partition_by: str = typer.Option("", "--partition-by", help="Write each table as a folder of Parquet "
                                          "files split by these documents columns, e.g. province,plan_year."),
        executor: str = typer.Option("local", "--executor", help="local (worker processes), ray, or inline "
                                     "(this process, no limits: for debugging)."),
        address: Optional[str] = typer.Option(None, "--address", help="Ray cluster to use (auto, "
                                              "ray://HEAD:10001, HEAD:6379); default: a local Ray instance."),
        timeout: float = typer.Option(600, "--timeout", help="Seconds one document may take (0 = no limit)."),
        max_pages: int = typer.Option(2000, "--max-pages", help="Pages one document may have (0 = no limit)."),
        max_file_mb: float = typer.Option(512, "--max-file-mb", help="Megabytes one file may have (0 = no limit)."),
        max_memory_mb: int = typer.Option(4096, "--max-memory-mb", help="Memory (address space, MB) one worker "
                                          "may use (0 = no limit)."),
        recycle_mb: float = typer.Option(4, "--recycle-mb", help="A worker whose memory grew by more than "
                                         "this many MB since it started is replaced by a fresh one (0 = never; "
                                         "12 runs typed plans ~35 % faster for ~8 MB more a worker)."),
        ) -> None:
    """Extract every plan under INPUTS and write all tables plus manifest.json to OUT."""
    import time

    from pipeline.batch import Limits, OutputBusy, run_batch

    if executor not in ("local", "ray", "inline"):
        raise typer.BadParameter("choose local, ray or inline", param_hint="--executor")
    limits = Limits(timeout_s=timeout or None, max_pages=max_pages or None, max_file_mb=max_file_mb or None,
                    max_memory_mb=max_memory_mb or None, recycle_mb=recycle_mb or None)
    show = sys.stderr.isatty()
    progress = Progress(TextColumn("[bold]plans"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[pages]} pages OCR'd"),
                        TextColumn("{task.fields[reused]} reused"), TextColumn("{task.fields[errors]} errors"),
                        TimeRemainingColumn(), console=err, disable=not show)
    errors = reused = 0
    first: list[float] = []  # when the first plan was extracted in this run, and how many were done then
    with progress:
        task = progress.add_task("plans", total=None, errors=0, reused=0, pages=0, rate="")

        def tick(done: int, total: int, info: dict) -> None:
            nonlocal errors, reused
            if not info.get("heartbeat"):
                errors += bool(info.get("error"))
                reused += bool(info.get("cached"))
                if not info.get("cached") and not first:
                    first.extend([time.monotonic(), done - 1])
            rate = ""
            if first and time.monotonic() - first[0] > 0.5:
                rate = f"{(done - first[1]) / (time.monotonic() - first[0]):.1f} plans/s"
            progress.update(task, completed=done, total=total, errors=errors, reused=reused,
                            pages=info.get("pages_ocr", progress.tasks[0].fields["pages"]), rate=rate)

        try:
            result = run_batch(inputs, out, workers=workers or None, on_progress=tick, force=force,
                               cache_dir=cache, partition_by=[c for c in partition_by.split(",") if c.strip()],
                               executor=executor, address=address, limits=limits)
        except OutputBusy as exc:
            err.print(f"[red]output busy[/red]: {exc}")
            raise typer.Exit(1)
        except ValueError as exc:
            raise typer.BadParameter(str(exc))
    m = result.manifest
    typer.echo(f"{result.documents} plans read, {result.tasks} tasks found, {result.errors} errors "
               f"({result.inputs} inputs; {m['plans_extracted']} extracted, {m['plans_reused']} reused) → {out}")


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


from pipeline import cli_audit  # noqa: E402  (the audit and comparison commands live there)

app.command("audit")(cli_audit.audit)
app.command("compare")(cli_audit.compare)

if __name__ == "__main__":
    app()
