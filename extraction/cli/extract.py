"""CLI commands over the extractor: `extract` (files -> events), `evaluate` (gold -> scores),
`bench` (throughput against dateparser's search_dates)."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..model import EVENT_COLUMNS, EVIDENCE_COLUMNS


def extract_command(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .md .html .json .jsonl .csv")],
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none")] = None,
    lang: Annotated[str, typer.Option("--lang", help="auto | id | en (ms reads as id)")] = "auto",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Output .csv or .jsonl (default: JSONL on stdout)")] = None,
    evidence: Annotated[bool, typer.Option("--evidence", help="Add roles, trigger offsets and sentence offsets")] = False,
    domestic: Annotated[bool, typer.Option("--domestic", help="Keep domestic events too (both parties of one state)")] = False,
    max_file_mb: Annotated[float, typer.Option("--max-file-mb", help="Refuse files larger than this")] = 20.0,
    max_text_chars: Annotated[int, typer.Option("--max-text-chars", help="Refuse documents whose decoded text is longer")] = 1_000_000,
    doc_timeout: Annotated[float, typer.Option("--doc-timeout", min=0, help="Seconds one document may take before it is reported as an error (0 = no limit)")] = 60.0,
) -> None:
    """Extract coded, dated events from news articles; one row per dyad.

    Exit status 1 if any input or document failed (each is printed); the rest is still written.
    """
    from rich.console import Console

    from ..pipeline.run import extract
    from ..readers import Limits, ReadError, iter_inputs
    from ..store.workers import time_budget

    err = Console(stderr=True)
    limits = Limits(max_file_bytes=int(max_file_mb * 1024 * 1024), max_text_chars=max_text_chars)
    try:
        items = iter_inputs([str(p) for p in inputs], limits=limits, default_published=published,
                            default_lang=None if lang == "auto" else lang)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    failed = 0
    with _writer(output, evidence) as write:
        for item in items:
            if isinstance(item, ReadError):
                failed += 0 if item.skipped else 1
                where = f"{item.path} ({item.record})" if item.record else item.path
                _complain(err, "skipped" if item.skipped else "error", where, item.reason)
                continue
            try:
                with time_budget(doc_timeout or None):
                    events = extract(item, domestic=domestic)
            except Exception as exc:  # one document's failure must not end the batch
                failed += 1
                _complain(err, "error", f"article {item.id}" if item.id else "article",
                          f"{type(exc).__name__}: {exc}")
                continue
            for event in events:
                write(event.row(evidence))
    raise typer.Exit(1 if failed else 0)


def _complain(err, kind: str, where: str, reason: str) -> None:
    err.print(f"{kind}: {where}: {reason}", style="red" if kind == "error" else "yellow",
              markup=False, highlight=False, soft_wrap=True)


class _writer:
    """Context manager yielding a row writer: CSV or JSONL by the output's extension."""

    def __init__(self, output: Path | None, evidence: bool):
        self.output, self.evidence = output, evidence

    def __enter__(self):
        from ..store.export import neutralise

        self.fh = open(self.output, "w", encoding="utf-8", newline="") if self.output else sys.stdout
        columns = EVENT_COLUMNS + (EVIDENCE_COLUMNS if self.evidence else ())
        if self.output and self.output.suffix.lower() == ".csv":
            writer = csv.DictWriter(self.fh, fieldnames=columns, lineterminator="\r\n")
            writer.writeheader()
            return lambda row: writer.writerow({k: _csv_cell(v, neutralise) for k, v in row.items()})
        return lambda row: self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def __exit__(self, *exc):
        if self.output:
            self.fh.close()
        return False


def _csv_cell(value, neutralise):
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, list):
        return json.dumps(value)
    return value


def evaluate_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files: article .jsonl, PLOVER .txt, PETR-2 .xml")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    split: Annotated[Optional[str], typer.Option("--split", help="Only articles of this split (tune | test)")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every missed and every false dyad")] = False,
) -> None:
    """Precision, recall and F1 of the extractor against gold events (overall, per language, per class)."""
    from ..evaluate import evaluate_file
    from ..pipeline.run import extract
    from .reporting import print_errors, print_report, report_dict

    reports = [evaluate_file(p, extract, split) for p in gold]
    if as_json:
        print(json.dumps([report_dict(r) for r in reports], indent=1))
        return
    for r in reports:
        if errors:
            print_errors(r)
        print_report(r)


def bench_command(
    corpus: Annotated[Optional[list[Path]], typer.Argument(help="Article files (default: seeds/)")] = None,
    articles: Annotated[int, typer.Option("--articles", help="Replicate the corpus up to this many articles")] = 1000,
) -> None:
    """Articles/second and peak memory of extraction, against dateparser's search_dates alone."""
    from .bench import run_bench

    run_bench([str(p) for p in corpus or [Path("seeds")]], articles)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("evaluate")(evaluate_command)
    app.command("bench")(bench_command)
