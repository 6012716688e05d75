"""Evaluation reports as rich tables or plain dicts."""
from __future__ import annotations

from ..evaluate import Report


def report_dict(r: Report) -> dict:
    p, rec, f = r.prf(r.total)
    return {
        "file": r.name, "precision": p, "recall": rec, "f1": f, "counts": dict(r.total),
        "languages": {k: dict(zip(("precision", "recall", "f1"), r.prf(v))) for k, v in r.by_lang.items()},
        "classes": {k: dict(zip(("precision", "recall", "f1"), r.prf(v)), gold=v["tp"] + v["fn"])
                    for k, v in sorted(r.by_class.items())},
        "exact_cameo_on_matches": r.share("code"), "exact_date_on_matches": r.share("date"),
        "date_within_precision_on_matches": r.share("near"), "actor_on_matches": r.share("actor"),
        "source_actor_named_on_matches": r.share("named"),
        "negatives": r.negatives, "negatives_with_events": r.negatives_with_events,
        "missing_texts": r.missing,
    }


def print_report(r: Report) -> None:
    from rich.console import Console
    from rich.table import Table

    d = report_dict(r)
    table = Table(title=f"{r.name}: P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}")
    for col in ("scope", "precision", "recall", "F1", "gold"):
        table.add_column(col, justify="left" if col == "scope" else "right")
    for lang, v in sorted(r.by_lang.items()):
        p, rec, f = r.prf(v)
        table.add_row(f"lang {lang}", f"{p:.3f}", f"{rec:.3f}", f"{f:.3f}", str(v["tp"] + v["fn"]))
    for cls, v in sorted(r.by_class.items()):
        p, rec, f = r.prf(v)
        table.add_row(f"class {cls}", f"{p:.2f}", f"{rec:.2f}", f"{f:.2f}", str(v["tp"] + v["fn"]))
    console = Console()
    console.print(table)
    code, date = d["exact_cameo_on_matches"], d["exact_date_on_matches"]
    console.print(f"exact CAMEO on matches: {_pct(code)}; exact date on matches: {_pct(date)} "
                  f"(within its precision {_pct(d['date_within_precision_on_matches'])}); "
                  f"right source actor on matches that name one: {_pct(d['actor_on_matches'])} "
                  f"(one named: {_pct(d['source_actor_named_on_matches'])}); "
                  f"negatives with events: {r.negatives_with_events} of {r.negatives}")
    if r.missing:
        console.print(f"[bold]{len(r.missing)} articles not scored, their texts are missing[/bold] "
                      "(re-create them as tests/data/real_news/README.md says):", highlight=False)
        for line in r.missing:
            console.print(f"  {line}", highlight=False, markup=False)


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def print_errors(r: Report) -> None:
    """Every missed gold dyad and every false prediction, by article, with its evidence."""
    from rich.console import Console

    console, last = Console(), None
    for article, kind, d in r.errors:
        if article != last:
            console.print(f"[bold]{article}[/bold]", highlight=False)
            last = article
        console.print(f"  {kind:6} {d.cls} {d.src}->{d.tgt} {d.code or ''} {d.date or ''}  "
                      f"{d.evidence}", highlight=False, markup=False, soft_wrap=True)
