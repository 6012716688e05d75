"""CLI commands over the store: `ingest` (inputs -> store) and `export` (store -> file).

`register(app)` adds both to the project's typer app (extraction/__main__.py).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

# Exit codes of `ingest` (README, "Reliability"): 0 every input stored; 1 the ingest stopped
# (what was committed is kept, a re-run resumes); 3 the run finished but some documents are
# errors (each printed); 75 another process holds the store (EX_TEMPFAIL: try again later).
EXIT_STOPPED = 1
EXIT_DOCS_FAILED = 3
EXIT_BUSY = 75


def _progress_display(console):
    from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class DocsPerSecond(ProgressColumn):
        def render(self, task) -> Text:
            elapsed = task.elapsed or 0.0
            rate = task.completed / elapsed if elapsed > 0 else 0.0
            return Text(f"{rate:,.1f} docs/s", style="cyan")

    return Progress(
        SpinnerColumn(), TextColumn("[bold]{task.description}"),
        TextColumn("{task.completed:,.0f}{task.fields[of]} docs"), DocsPerSecond(),
        TextColumn("[green]{task.fields[events]:,} events"), TimeElapsedColumn(),
        console=console, transient=False,
    )


def _summary_table(summary, db_path: Path):
    from rich.table import Table

    table = Table(title=f"ingest into {db_path}", show_header=True)
    table.add_column("documents")
    table.add_column("count", justify="right")
    for status, count in summary.by_status.items():
        table.add_row(status, f"{count:,}")
    table.add_row("already stored (skipped)", f"{summary.skipped:,}")
    if summary.reprocessed:
        table.add_row("re-extracted in place", f"{summary.reprocessed:,}")
    table.add_row("events added", f"{summary.events_added:,}")
    table.add_row("elapsed", f"{summary.elapsed_s:,.1f} s ({summary.docs_per_second:,.1f} docs/s)")
    return table


def ingest_command(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (recursive): .txt .md .html .htm .json .jsonl .csv")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="Store file [default: $EVENTS_DB or data/events.duckdb]")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Local extraction processes")] = 1,
    dask_scheduler: Annotated[Optional[str], typer.Option("--dask-scheduler", help="Run extraction on this Dask cluster, e.g. tcp://10.0.0.5:8786")] = None,
    reprocess: Annotated[bool, typer.Option("--reprocess", help="Re-extract stored documents written by another extractor version")] = False,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", help="Refuse files larger than this")] = 20.0,
    max_text_chars: Annotated[int, typer.Option("--max-text-chars", help="Refuse documents whose decoded text is longer")] = 1_000_000,
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language (id/en) for inputs that carry none")] = None,
    commit_every: Annotated[int, typer.Option("--commit-every", min=1, help="Commit after this many documents (or each second)")] = 500,
    doc_timeout: Annotated[float, typer.Option("--doc-timeout", min=0, help="Seconds one document may take before it is recorded as an error (0 = no limit)")] = 60.0,
    strict: Annotated[bool, typer.Option("--strict", help="Also exit 3 when inputs were skipped (pipes, devices), not only when documents failed")] = False,
) -> None:
    """Extract events from INPUT files into the store; every document ends as events, no_events or error.

    Exit status: 0 all stored, 3 some documents are errors (each is printed), 1 the ingest
    stopped early (re-run to resume), 75 another ingest holds the store.
    """
    from rich.console import Console

    from ..readers import Limits, iter_inputs
    from ..store.ingest import StoreBusy, ingest, resolve_db_path

    if not inputs and not reprocess:
        raise typer.BadParameter("give at least one INPUT (or --reprocess alone to redo the store)")
    db_path = resolve_db_path(db)
    limits = Limits(max_file_bytes=_mb_to_bytes(max_file_mb), max_text_chars=max_text_chars)
    items = iter_inputs([str(p) for p in inputs or ()], limits=limits, default_published=published,
                        default_lang=lang)
    console = Console(stderr=True)
    with _progress_display(console) as bar:
        task = bar.add_task("ingesting", total=None, of="", events=0)

        def on_progress(done: int, total: int | None, events: int) -> None:
            bar.update(task, completed=done, total=total, events=events,
                       of=f"/{total:,}" if total else "")

        try:
            summary = ingest(items, db_path, workers=workers, dask_scheduler=dask_scheduler,
                             reprocess=reprocess, progress=on_progress, batch_docs=commit_every,
                             doc_timeout_s=doc_timeout or None)
        except StoreBusy as exc:
            bar.stop()
            console.print(str(exc), style="red", markup=False, highlight=False)
            raise typer.Exit(EXIT_BUSY) from None
        except RuntimeError as exc:  # e.g. unreachable Dask scheduler, broken worker processes
            bar.stop()
            console.print(f"ingest stopped: {exc}", style="red", markup=False, highlight=False)
            console.print("what was committed is kept; run the same command again to resume")
            raise typer.Exit(EXIT_STOPPED) from None
    Console().print(_summary_table(summary, db_path))
    print_problems(console, summary.failures, summary.skipped_inputs)
    if summary.failures or (strict and summary.skipped_inputs):
        raise typer.Exit(EXIT_DOCS_FAILED)


def _mb_to_bytes(mb: float) -> int:
    return int(mb * 1024 * 1024)


def print_problems(console, failures, skipped) -> None:
    """One line per failed document and per skipped input, with its reason."""
    for where, reason in skipped:
        console.print(f"skipped: {where}: {reason}", style="yellow", markup=False, highlight=False,
                      soft_wrap=True)
    for where, reason in failures:
        console.print(f"error: {where}: {reason}", style="red", markup=False, highlight=False,
                      soft_wrap=True)
    if failures:
        console.print(f"{len(failures):,} document(s) failed (exit status {EXIT_DOCS_FAILED})",
                      markup=False, highlight=False)


def _date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{flag} wants YYYY-MM-DD, got {value!r}") from None


def export_command(
    output: Annotated[str, typer.Option("-o", "--output", help="Output file ('-' = stdout for csv/jsonl)")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv | jsonl | parquet")] = "csv",
    db: Annotated[Optional[Path], typer.Option("--db", help="Store file [default: $EVENTS_DB or data/events.duckdb]")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="First event date (YYYY-MM-DD)")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Last event date, inclusive")] = None,
    country: Annotated[Optional[list[str]], typer.Option("--country", help="ISO-3 code; repeat for several")] = None,
    country_role: Annotated[str, typer.Option("--country-role", help="source | target | either")] = "either",
    event_type: Annotated[Optional[list[str]], typer.Option("--type", help="Event class; repeat for several")] = None,
    actor: Annotated[Optional[list[str]], typer.Option("--actor", help="Substring of source/target actor")] = None,
    lang: Annotated[Optional[list[str]], typer.Option("--lang", help="Language code; repeat for several")] = None,
    outlet: Annotated[Optional[list[str]], typer.Option("--outlet", help="Article source outlet")] = None,
    text: Annotated[Optional[str], typer.Option("--text", help="Substring of the event sentence")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV: add a UTF-8 BOM for Excel")] = False,
    evidence: Annotated[bool, typer.Option("--evidence", help="Add evidence columns (roles, trigger spans, offsets)")] = False,
) -> None:
    """Export stored events, filtered like the dashboard, as CSV, JSONL or Parquet."""
    from rich.console import Console

    from ..store.export import FORMATS, write_filtered
    from ..store.ingest import StoreBusy, resolve_db_path
    from ..store.query import COUNTRY_ROLES, Filters

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if country_role not in COUNTRY_ROLES:
        raise typer.BadParameter(f"--country-role must be one of {', '.join(COUNTRY_ROLES)}")
    filters = Filters(
        date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
        countries=tuple(country or ()), country_role=country_role,
        event_types=tuple(event_type or ()), actors=tuple(actor or ()),
        languages=tuple(lang or ()), outlets=tuple(outlet or ()), text=text,
    )
    console = Console(stderr=True)
    db_path = resolve_db_path(db)
    try:
        # Streamed from the store in batches: an export of any size never sits in memory.
        written = write_filtered(db_path, filters, fmt, output, excel=excel, evidence=evidence)
    except StoreBusy as exc:
        console.print(str(exc), style="red", markup=False, highlight=False)
        raise typer.Exit(EXIT_BUSY) from None
    console.print(f"{written:,} events written to {output}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add `ingest` and `export` to the project's CLI."""
    app.command("ingest")(ingest_command)
    app.command("export")(export_command)
