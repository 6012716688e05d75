"""Ingest throughput: documents/s into a fresh store for 1, 2 and N local workers and for a
local Dask cluster; optionally the store's costs at scale (recluster, snapshot read).

    python benchmarks/bench_ingest.py                      # 3,000 documents, N = cpu count
    python benchmarks/bench_ingest.py --docs 20000 --no-dask
    python benchmarks/bench_ingest.py --scale-events 1000000   # + recluster/read at 1M events
    python benchmarks/bench_ingest.py --rss-jsonl-mb 50 --no-throughput   # peak RSS, 50 MB JSONL

The corpus replicates the seed articles (`seeds/`, and `/work/shared/seeds/` when present):
each copy gets a distinct id and outlet, so its text and extraction work are the real ones but
its document id is new. Every run writes a new store through `extraction.store.ingest.ingest`, the
same path as `python -m extraction ingest`.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from extraction.model import Article, Event  # noqa: E402
from extraction.readers import ReadError, iter_inputs  # noqa: E402
from extraction.store import ingest as store  # noqa: E402

SEED_DIRS = (ROOT / "seeds", Path("/work/shared/seeds"))


def seed_articles() -> list[Article]:
    paths = [str(p) for p in SEED_DIRS if p.is_dir()]
    # The same seed may sit in both folders: keep one copy of each text.
    unique = {a.text: a for a in iter_inputs(paths) if not isinstance(a, ReadError)}
    articles = list(unique.values())
    if not articles:
        raise SystemExit("no seed articles found under " + ", ".join(map(str, SEED_DIRS)))
    return articles


def corpus(n: int) -> list[Article]:
    """`n` documents: seed articles replicated, each copy with its own id and outlet."""
    base = seed_articles()
    out = []
    for i in range(n):
        seed = base[i % len(base)]
        copy = i // len(base)
        out.append(dataclasses.replace(seed, id=f"{seed.id}#{copy}",
                                       source=f"{seed.source or 'outlet'} #{copy}"))
    return out


def timed_ingest(articles: list[Article], folder: Path, name: str, **kwargs) -> dict:
    db = folder / f"{name}.duckdb"
    started = time.perf_counter()
    summary = store.ingest(articles, db, **kwargs)
    elapsed = time.perf_counter() - started
    return {"run": name, "docs": summary.documents, "events": summary.events_added,
            "seconds": elapsed, "docs_per_s": summary.documents / elapsed}


def run_ingest(n_docs: int, workers_max: int, dask: bool) -> list[dict]:
    articles = corpus(n_docs)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for workers in sorted({1, 2, workers_max}):
            rows.append(timed_ingest(articles, folder, f"workers={workers}", workers=workers))
        if dask:
            from distributed import LocalCluster

            with LocalCluster(n_workers=workers_max, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=None) as cluster:
                rows.append(timed_ingest(articles, folder, f"dask ({workers_max} workers)",
                                         dask_scheduler=cluster.scheduler_address))
    return rows


# ---------------------------------------------------------------- store at scale

_KINDS = (("phone_call", "040"), ("meet", "043"), ("condemn", "122"), ("attack", "190"))
_COUNTRIES = ("IDN", "USA", "CHN", "JPN", "RUS", "UKR", "MYS", "SGP", "AUS", "KOR", "PRK", "ISR")


def synthetic_extract(article: Article) -> list[Event]:
    """Ten deterministic events per article, spread over classes, dyads and a year of days."""
    seed = int(article.id)
    events = []
    for k in range(10):
        h = (seed * 7919 + k * 104729) % 1_000_003
        kind, cameo = _KINDS[h % len(_KINDS)]
        src = _COUNTRIES[h % len(_COUNTRIES)]
        tgt = _COUNTRIES[(h // 13) % len(_COUNTRIES)]
        day = 1 + (h // 7) % 28
        month = 1 + (h // 211) % 12
        events.append(Event(
            article_id=article.id, event_date=f"2024-{month:02d}-{day:02d}", date_precision="day",
            event_type=kind, cameo_code=cameo, plover_type="", plover_mode="", quad_class=1,
            goldstein=1.0, source_country=src, source_actor=None, target_country=tgt,
            target_actor=None, location=None, language="en", trigger=kind,
            sentence=f"Sentence {k} of article {seed}.", confidence=0.5,
        ))
    return events


def run_scale(n_events: int) -> list[dict]:
    """Build a store of `n_events` (10 per document), then time recluster and a snapshot."""
    from extraction.store.clusters import recluster
    from extraction.store.conn import connection

    articles = [Article(text=f"synthetic article {i}", id=str(i), source=f"s{i % 50}",
                        published="2024-06-01") for i in range(n_events // 10)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.duckdb"
        started = time.perf_counter()
        store.ingest(articles, db, extractor=synthetic_extract, batch_docs=20_000)
        rows.append({"step": f"ingest {n_events:,} events (incl. final recluster)",
                     "seconds": time.perf_counter() - started})
        with connection(db, read_only=False) as con:
            started = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            recluster(con)
            con.execute("COMMIT")
            rows.append({"step": "recluster", "seconds": time.perf_counter() - started})
        started = time.perf_counter()
        tables = store.read_tables(db)
        rows.append({"step": f"read_tables ({len(tables.events):,} events, "
                             f"{len(tables.clusters):,} clusters)",
                     "seconds": time.perf_counter() - started})
        started = time.perf_counter()
        store.ingest(articles[:1000], db, extractor=synthetic_extract)
        rows.append({"step": "re-ingest 1,000 stored docs (0 rows added)",
                     "seconds": time.perf_counter() - started})
    return rows


# ---------------------------------------------------------------- memory


def write_jsonl(path: Path, megabytes: float) -> int:
    """A JSONL file of seed articles (distinct ids and outlets) of about `megabytes`; returns
    the number of records."""
    base = seed_articles()
    target, written, n = megabytes * 1024 * 1024, 0, 0
    with open(path, "w", encoding="utf-8") as handle:
        while written < target:
            seed = base[n % len(base)]
            line = json.dumps({"id": f"{seed.id}#{n}", "text": seed.text, "title": seed.title,
                               "source": f"{seed.source or 'outlet'} #{n}",
                               "published": seed.published, "lang": seed.lang},
                              ensure_ascii=False) + "\n"
            written += handle.write(line)  # characters; the seeds are nearly all ASCII
            n += 1
    return n


def run_rss(megabytes: float, code: Path) -> dict:
    """Peak RSS of `python -m extraction ingest` (from the checkout `code`) on one JSONL file."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.jsonl"
        records = write_jsonl(source, megabytes)
        size = source.stat().st_size
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "extraction", "ingest", str(source), "--db",
             str(Path(tmp) / "rss.duckdb"), "--max-file-mb", str(megabytes * 2)],
            cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not the max of all
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        if proc.returncode not in (0, 3):
            raise SystemExit(proc.stderr.read().decode(errors="replace")[-2000:])
    return {"file_mb": size / 1024 / 1024, "records": records, "seconds": elapsed,
            "peak_rss_mb": usage.ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="N")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-throughput", action="store_true", help="skip the docs/s runs")
    parser.add_argument("--rss-jsonl-mb", type=float, default=0,
                        help="also measure the peak RSS of ingesting one JSONL file this large")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="checkout whose `python -m extraction` the RSS run uses")
    parser.add_argument("--scale-events", type=int, default=0,
                        help="also time recluster/read on a store of this many events")
    args = parser.parse_args()
    from rich.console import Console
    from rich.table import Table

    if not args.no_throughput:
        table = Table(title=f"ingest throughput, {args.docs:,} documents, {os.cpu_count()} CPUs")
        for col in ("run", "docs", "events", "seconds", "docs/s"):
            table.add_column(col, justify="left" if col == "run" else "right")
        for row in run_ingest(args.docs, args.workers, not args.no_dask):
            table.add_row(row["run"], f"{row['docs']:,}", f"{row['events']:,}",
                          f"{row['seconds']:.2f}", f"{row['docs_per_s']:,.0f}")
        Console().print(table)
    if args.rss_jsonl_mb:
        row = run_rss(args.rss_jsonl_mb, args.code.resolve())
        print(f"ingest of one {row['file_mb']:.1f} MB JSONL file ({row['records']:,} records, "
              f"code in {args.code}): peak RSS {row['peak_rss_mb']:,.0f} MB, "
              f"{row['seconds']:.1f} s")
    if args.scale_events:
        scale = Table(title="store at scale")
        scale.add_column("step")
        scale.add_column("seconds", justify="right")
        for row in run_scale(args.scale_events):
            scale.add_row(row["step"], f"{row['seconds']:.2f}")
        Console().print(scale)


if __name__ == "__main__":
    main()
