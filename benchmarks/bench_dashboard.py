"""Dashboard at scale: a synthetic store of N events; what a filter change and a store change cost.

    python benchmarks/bench_dashboard.py                       # 1,000,000 events (store in /tmp)
    python benchmarks/bench_dashboard.py --events 10000000     # 10M (~15 min to build once)
    python benchmarks/bench_dashboard.py --events 1000000 --ingest-docs 3000   # + ingest speed,
                                                                # and queries during an ingest
    python benchmarks/bench_dashboard.py --events 10000000 --skip-pages --ingest-docs 20000 \
        --ingest-runs 3                                         # ingest only, three pairs
    python benchmarks/bench_dashboard.py --skip-pages --ingest-docs 4000 --ingest-kinds articles
                                                                # with the project's extractor

The store is generated in SQL (`synthetic_store.py`: the store's own tables and word index,
skewed distributions) and kept for later runs. The measuring runs in a fresh child process, so
its peak RSS is the dashboard server's share (the query layer, the caches and Streamlit's
script runs under AppTest; no browser) and not the generator's. It reports, per page and
filter change, the server time of a full page re-render with the per-filter caches cleared
(best of `--repeats`), with the store held open between page runs and with it let go first
(`HELD`, `LET_GO`), the time to the first page after a store change (every cache
cleared: the sidebar's options plus the Overview), and the child's peak RSS.
Goal (issue 12): median <= 300 ms, none over 1 s, first page <= 3 s, peak RSS <= 1.5 GB.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction.store.query import Filters  # noqa: E402
from bench_synthetic import news_extract, synthetic_articles, synthetic_extract  # noqa: E402
from synthetic_store import DAYS, FIRST_DAY  # noqa: E402

PAGES = ("app_pages/overview.py", "app_pages/timeline.py", "app_pages/events.py",
         "app_pages/actors.py")
OUTLETS = tuple(f"outlet{i}.example" for i in range(40))

# Filter changes an analyst makes, in order: each is timed as one re-render.
SCENARIOS = (
    ("no filters", Filters()),
    ("one country (either)", Filters(countries=("IDN",))),
    ("two countries as source + types", Filters(countries=("IDN", "CHN"), country_role="source",
                                                event_types=("condemn", "threaten", "attack"))),
    ("date range 3 months", Filters(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 31))),
    ("+ country + 2 types", Filters(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 31),
                                    countries=("IDN",), event_types=("condemn", "attack"))),
    ("language + outlet", Filters(languages=("id",), outlets=OUTLETS[:5])),
    ("actor substring", Filters(actors=("Minister 12",))),
    ("text: two common words", Filters(text="sanctions navy")),
    ("text: a rare word", Filters(text="kata2917")),
    ("text: part of a word", Filters(text="ata2917")),
)

def _synthetic(first_day: dt.date, days: int):
    return lambda n_docs, prefix: list(synthetic_articles(n_docs, prefix, first_day, days))


# The texts of the "articles" batch: the dev set's and the seeds' (ours, in the repo).
REAL_TEXTS = (ROOT / "tests" / "data" / "eval" / "dev_articles.jsonl",
              ROOT / "seeds" / "demo_corpus.jsonl")


def real_articles(n_docs: int, prefix: str) -> list:
    """`n_docs` articles that go round REAL_TEXTS, each a document of its own by a last line."""
    from extraction.readers import iter_inputs

    base = list(iter_inputs(REAL_TEXTS))
    return [dataclasses.replace(base[i % len(base)], id=f"{prefix}-{i}",
                                text=f"{base[i % len(base)].text}\n\nRef {prefix} {i}.")
            for i in range(n_docs)]


# Batches an ingest times: (the batch's articles, extractor; None: the project's own).
# "news": the next days' articles of a store that follows the news, each event dated on or a
# few days before its report (the synthetic store publishes ~900 documents a day, so 2,000
# are two to three days' news). "backfill": an archive spread over the store's three years,
# its events dated anywhere in them, so that every batch reaches clusters all over the file.
# Both are store-bound: ten events a document and no extraction time. "articles": what a
# user's ingest does, the project's extractor on real-looking texts (~3-4 events each).
INGEST_KINDS = {
    "news": (_synthetic(FIRST_DAY + dt.timedelta(days=DAYS), 3), news_extract),
    "backfill": (_synthetic(FIRST_DAY, DAYS), synthetic_extract),
    "articles": (real_articles, None),
}


# Each filter change is timed twice: with the store held open by the server between page runs
# (as while nobody ingests: the blocks the last page read are still in DuckDB's buffer pool)
# and with it let go before the change (as when an ingest has just made it let go).
HELD, LET_GO = "held", "let go"
MODES = (HELD, LET_GO)


@contextlib.contextmanager
def _quiet():
    # Touching session state or caches outside a script run logs a harmless
    # "missing ScriptRunContext" warning each time: noise in a benchmark's output.
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _app(page: str | None = None):
    from streamlit.testing.v1 import AppTest

    with _quiet():
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600)
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def _best_change(at, filters: Filters, repeats: int, mode: str) -> float:
    """The fastest of `repeats` full re-renders of the page in `at` after a change to `filters`
    (in the child process, as `measure`)."""
    from dashboard import cache
    from dashboard.filters import to_params
    from dashboard.sidebar import URL_LOADED_FLAG

    best = float("inf")
    for _ in range(repeats):
        with _quiet():
            for fn in cache.RESULT_CACHES:  # cold every time; the options stay cached
                fn.clear()
            if mode == LET_GO:  # the store reopened, as after an ingest let it go
                cache.held_store.clear()
            at.query_params.clear()
            at.query_params.update(to_params(filters))
            at.session_state[URL_LOADED_FLAG] = False  # make the app re-read the URL
        start = time.perf_counter()
        at.run()
        best = min(best, time.perf_counter() - start)
        assert not at.exception, (filters, at.exception)
    return best


def measure(db: Path, repeats: int, pages_wanted: tuple[str, ...] = (),
            scenarios_wanted: tuple[str, ...] = ()) -> dict:
    """Page timings on `db` (run in the child process); only the pages and filter changes whose
    names contain one of `pages_wanted` / `scenarios_wanted`, when given."""
    import streamlit as st

    from dashboard import cache

    os.environ["EVENTS_DB"] = str(db)
    firsts = []
    for _ in range(repeats):
        with _quiet():
            st.cache_data.clear()  # a new store version: nothing cached for it yet,
            cache.held_store.clear()  # and the store not open yet
        start = time.perf_counter()
        at = _app()
        firsts.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    pages: dict[str, dict[str, list[tuple[str, float]]]] = {mode: {} for mode in MODES}
    for mode in MODES:
        for page in _chosen(PAGES, pages_wanted):
            at = _app(page)
            pages[mode][page] = [(name, _best_change(at, filters, repeats, mode))
                                 for name, filters in _chosen(SCENARIOS, scenarios_wanted,
                                                              name=lambda item: item[0])]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"first_page_s": min(firsts), "pages": pages, "peak_rss_mb": peak_mb}


def _chosen(items, wanted: tuple[str, ...], name=str):
    """The items whose name contains one of `wanted` (all of them when nothing is wanted)."""
    return [item for item in items if not wanted or any(w in name(item) for w in wanted)]


def ingest_speed(db: Path, n_docs: int, runs: int, kinds: tuple[str, ...]) -> dict:
    """Documents/s of the real ingest path into an empty store and into a fresh copy of `db`,
    for each of `kinds` (INGEST_KINDS), `runs` times: {(kind, run): {store: row}}. The two
    stores take turns going first, so what the first ingest of a process pays (imports,
    caches) does not favour one of them; the project's extractor, when a kind uses it, loads
    its lexicons and models before any is timed."""
    from extraction.store.ingest import ingest

    if any(INGEST_KINDS[kind][1] is None for kind in kinds):
        with tempfile.TemporaryDirectory() as tmp:
            ingest(real_articles(100, "warm-up"), Path(tmp) / "warm.duckdb")
    out = {}
    for run in range(runs):
        for kind in kinds:
            make, extractor = INGEST_KINDS[kind]
            with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
                stores = [("empty store", Path(tmp) / "empty.duckdb"), (db.name, Path(tmp) / db.name)]
                _copy(db, stores[1][1])
                for name, target in stores[::-1] if run % 2 else stores:
                    articles = make(n_docs, f"bench-{time.time_ns()}")
                    summary = ingest(articles, target, extractor=extractor)
                    out.setdefault((kind, run), {})[name] = {
                        "docs": summary.documents, "seconds": summary.elapsed_s,
                        "docs_per_s": summary.docs_per_second}
    return out


def _copy(db: Path, to: Path) -> None:
    shutil.copyfile(db, to)
    # Written out before timing, so that the copy's writeback (3.7 GB at 10M events) does not
    # run during the ingest that follows.
    os.sync()


def report_ingest(speeds: dict, db: Path) -> None:
    shares = {}
    for (kind, run), rows in speeds.items():
        empty = rows["empty store"]["docs_per_s"]
        for name, row in rows.items():
            share = row["docs_per_s"] / empty
            print(f"ingest {row['docs']:,} documents ({kind}, run {run + 1}) into {name}: "
                  f"{row['seconds']:.1f} s, {row['docs_per_s']:.0f} docs/s "
                  f"({share:.0%} of the empty store's)", flush=True)
        shares.setdefault(kind, []).append(rows[db.name]["docs_per_s"] / empty)
    for kind, values in shares.items():
        print(f"{kind}: median {statistics.median(values):.0%} of the empty store's rate "
              f"({', '.join(f'{v:.0%}' for v in values)}; goal: at least 80 %)")


def during_ingest(db: Path, n_docs: int) -> dict:
    """Overview queries (one read connection each, as a page does) in a loop while another
    process ingests `n_docs` documents into `db`: how long a page waits for the store."""
    from dashboard import queries
    from extraction.store.read import reading

    code = ("import sys, time; sys.path[:0] = [{root!r}, {bench!r}]\n"
            "from bench_synthetic import synthetic_articles, synthetic_extract\n"
            "from extraction.store.ingest import ingest\n"
            "s = ingest(list(synthetic_articles({n}, prefix='live-' + str(time.time_ns()))), {db!r}, "
            "extractor=synthetic_extract)\n"
            "print(s.documents, s.elapsed_s)").format(root=str(ROOT), bench=str(ROOT / "benchmarks"),
                                                       n=n_docs, db=str(db))
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    waits, seen = [], set()
    while writer.poll() is None:
        start = time.perf_counter()
        with reading(db) as con:
            head = queries.headline(con, Filters())
            queries.counts_by_period(con, Filters())
        waits.append(time.perf_counter() - start)
        seen.add(head.events)
    docs, seconds = writer.stdout.read().split()[-2:]  # the last line: documents, seconds
    return {"docs": int(docs), "seconds": float(seconds), "queries": len(waits),
            "median_s": statistics.median(waits), "max_s": max(waits), "event_counts_seen": len(seen)}


def report(result: dict, n_events: int) -> None:
    print(f"\n{n_events:,} events: first page after a store change "
          f"{result['first_page_s']:.2f} s; peak RSS of the server process "
          f"{result['peak_rss_mb']:,.0f} MB")
    for mode in MODES:
        pages = result["pages"][mode]
        print(f"\nstore {mode}: full server re-render per page after a filter change "
              "(AppTest, best of runs), ms")
        print(f"{'filters':34} " + " ".join(f"{Path(p).stem:>9}" for p in pages))
        names = [name for name, _ in next(iter(pages.values()))]
        for i, name in enumerate(names):
            print(f"{name:34} " + " ".join(f"{pages[p][i][1] * 1e3:9.0f}" for p in pages))
        for page, rows in pages.items():
            times = [t for _, t in rows]
            print(f"{Path(page).stem:>9}: median {statistics.median(times) * 1e3:.0f} ms, "
                  f"max {max(times) * 1e3:.0f} ms")
        every = [t for rows in pages.values() for _, t in rows]
        print(f"all pages: median {statistics.median(every) * 1e3:.0f} ms, "
              f"max {max(every) * 1e3:.0f} ms (goal: median <= 300 ms, max <= 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None,
                        help="store path (default /tmp/bench_dashboard_<N>_ordered.duckdb)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--ingest-docs", type=int, default=0,
                        help="also time the real ingest of this many documents into an empty "
                             "store and into a copy of the benchmark store, and the Overview's "
                             "queries during one into another copy (the store itself is left "
                             "as it is)")
    parser.add_argument("--ingest-runs", type=int, default=1,
                        help="times each ingest pair runs, the stores taking turns to go first")
    parser.add_argument("--ingest-kinds", nargs="+", default=["news", "backfill"],
                        choices=list(INGEST_KINDS), help="which batches to time")
    parser.add_argument("--skip-pages", action="store_true", help="only build (and time ingest)")
    parser.add_argument("--pages", nargs="+", default=[], metavar="NAME",
                        help="only these pages (by part of the name: actors, events...)")
    parser.add_argument("--scenarios", nargs="+", default=[], metavar="TEXT",
                        help="only the filter changes whose name contains one of these")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    # "ordered": rows in the order a store that follows the news has them (synthetic_store.py);
    # a store of the earlier generator (random order) under the old name is not reused.
    db = args.db or Path(f"/tmp/bench_dashboard_{args.events}_ordered.duckdb")

    if args.child:  # the measuring process
        print(json.dumps(measure(db, args.repeats, tuple(args.pages), tuple(args.scenarios))))
        return
    if args.rebuild or not db.exists():
        from synthetic_store import build

        print(f"building {args.events:,} events in {db} ...", flush=True)
        print(f"  built in {build(db, args.events, log=lambda m: print(m, flush=True)):.0f} s", flush=True)
    if not args.skip_pages:
        child = subprocess.run(
            [sys.executable, __file__, "--child", "--db", str(db), "--repeats", str(args.repeats),
             *(["--pages", *args.pages] if args.pages else []),
             *(["--scenarios", *args.scenarios] if args.scenarios else [])],
            capture_output=True, text=True, check=True)
        report(json.loads(child.stdout.strip().splitlines()[-1]), args.events)
    if args.ingest_docs:
        report_ingest(ingest_speed(db, args.ingest_docs, args.ingest_runs,
                                   tuple(args.ingest_kinds)), db)
        with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
            copy = Path(tmp) / db.name
            _copy(db, copy)
            live = during_ingest(copy, args.ingest_docs)
        print(f"during an ingest of {live['docs']:,} documents ({live['seconds']:.1f} s): "
              f"{live['queries']} overview query sets, median {live['median_s'] * 1e3:.0f} ms, "
              f"max {live['max_s'] * 1e3:.0f} ms; {live['event_counts_seen']} different totals seen")


if __name__ == "__main__":
    main()
