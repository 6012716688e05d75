"""Dashboard at scale: build a store of N synthetic events, time what a filter change costs.

    python benchmarks/bench_dashboard.py            # 1,000,000 events (store kept in /tmp)
    python benchmarks/bench_dashboard.py --events 100000 --db /tmp/small.duckdb

The store is written through the real ingest path (`extraction.store.ingest.ingest`) with a
deterministic synthetic extractor, so its layout is exactly what the dashboard reads. Then it
times (1) the query layer and chart builders per page for a series of filter changes, and
(2) the whole server-side re-render of each page under Streamlit's AppTest (no browser: the
server's share of a filter change). Goal: <= 300 ms per filter change.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from extraction.model import Article, Event  # noqa: E402
from extraction.pipeline.codes import load_codes  # noqa: E402
from extraction.store.query import Filters  # noqa: E402

COUNTRIES = (
    "IDN USA CHN JPN KOR PRK RUS UKR IND AUS MYS SGP PHL THA VNM GBR FRA DEU ITA ESP NLD BEL POL "
    "TUR IRN IRQ SAU ISR PSE EGY ZAF NGA KEN BRA ARG MEX CAN CHL COL PER VEN CUB PAK AFG BGD "
    "LKA MMR KHM LAO NZL SWE NOR FIN DNK GRC QAT ARE JOR SYR LBN"
).split() + ["UN", "EU", "ASEAN", "NATO"]
OUTLETS = tuple(f"outlet{i}.example" for i in range(40))
FIRST_DAY = dt.date(2022, 1, 1)
DAYS = 3 * 365
EVENTS_PER_DOC = 10
WORDS = ("talks trade security border minister officials agreement sanctions navy aid port "
         "summit visit election troops envoy crisis region ministry statement").split()


def synthetic_extract(article: Article) -> list[Event]:
    """Deterministic events for a synthetic article (its id seeds everything)."""
    rng = random.Random(article.id)
    codes = load_codes()
    types = codes.event_types()
    events = []
    for _ in range(EVENTS_PER_DOC):
        kind = rng.choice(types)
        code = codes.get(codes.default_code(kind))
        src, tgt = rng.sample(COUNTRIES, 2)
        trigger = kind.replace("_", " ")
        sentence = f"{src} officials {trigger} {tgt} over " + " ".join(rng.choices(WORDS, k=14)) + "."
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        start = article.text.find(sentence)
        events.append(Event(
            article_id=article.id, event_date=day.isoformat(), date_precision="day",
            event_type=kind, cameo_code=code.code, plover_type=code.plover_type,
            plover_mode=code.plover_mode, quad_class=code.quad_class, goldstein=code.goldstein,
            source_country=src, source_actor=f"Minister {rng.randrange(1500)}", target_country=tgt,
            target_actor=f"Envoy {rng.randrange(1500)}", location=None, language=article.lang,
            trigger=trigger, sentence=sentence, confidence=round(rng.random(), 3),
            url=article.url, trigger_spans=((max(start, 0), max(start, 0) + 3),),
            sentence_start=max(start, 0), sentence_end=max(start, 0) + len(sentence),
        ))
    return events


def synthetic_articles(n_docs: int):
    for i in range(n_docs):
        rng = random.Random(f"doc-{i}")
        yield Article(
            text=f"Synthetic article {i}. " + " ".join(rng.choices(WORDS, k=40)),
            id=f"doc-{i}", title=f"Story {i}", url=f"https://{OUTLETS[i % 40]}/{i}",
            source=OUTLETS[i % len(OUTLETS)], published=(FIRST_DAY + dt.timedelta(days=i % DAYS)).isoformat(),
            lang="id" if i % 3 else "en",
        )


def build_store(db: Path, n_events: int) -> float:
    from extraction.store.ingest import ingest

    started = time.perf_counter()
    ingest(synthetic_articles(n_events // EVENTS_PER_DOC), db, extractor=synthetic_extract,
           batch_docs=5000, batch_seconds=60)
    return time.perf_counter() - started


# Filter changes an analyst makes, in order: each is timed as one re-render.
SCENARIOS = (
    ("no filters", Filters()),
    ("one country (either)", Filters(countries=("IDN",))),
    ("two countries as source", Filters(countries=("IDN", "CHN"), country_role="source")),
    ("+ event types", Filters(countries=("IDN", "CHN"), country_role="source",
                              event_types=("condemn", "threaten", "attack"))),
    ("date range 3 months", Filters(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 31))),
    ("+ country + 2 types", Filters(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 31),
                                    countries=("IDN",), event_types=("condemn", "attack"))),
    ("language + outlet", Filters(languages=("id",), outlets=OUTLETS[:5])),
    ("actor substring", Filters(actors=("Minister 12",))),
    ("text search", Filters(text="sanctions navy")),
)


def time_query_layer(events, repeats: int = 3) -> list[tuple[str, dict[str, float]]]:
    """Best-of-`repeats` ms of the query layer and chart builders behind each page."""
    from dashboard import charts, queries
    from dashboard.i18n import Translator

    t = Translator("en")

    def overview(view):
        queries.headline(view)
        charts.counts_timeline(queries.counts_by_period(view, "week", "class"), "class", t)
        charts.country_map(queries.counts_by_country(view, "either"), t)
        charts.dyads_bar(queries.top_dyads(view), t)

    def timeline(view):
        if len(view) <= queries.TIMELINE_LIMIT:
            charts.event_markers(queries.timeline_points(view, "dyad"), "dyad", t)

    steps = {"overview": overview, "timeline": timeline, "events": queries.events_table}
    rows = []
    for name, filters in SCENARIOS:
        timings = {"filter": _best(lambda: queries.filtered(events, filters), repeats)}
        view = queries.filtered(events, filters)
        timings.update({step: _best(lambda: fn(view), repeats) for step, fn in steps.items()})
        timings["matched"] = len(view)
        rows.append((name, timings))
    return rows


def _best(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def time_pages(db: Path, repeats: int = 3) -> dict[str, list[tuple[str, float]]]:
    """Server time of a full page re-render after each filter change (AppTest, warm cache)."""
    from streamlit.testing.v1 import AppTest

    from dashboard.filters import to_params
    from dashboard.sidebar import URL_LOADED_FLAG

    os.environ["EVENTS_DB"] = str(db)
    out: dict[str, list[tuple[str, float]]] = {}
    start = time.perf_counter()
    with _quiet():
        AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600).run()
    print(f"first page load (store read + prepared, then cached): {time.perf_counter() - start:.1f} s")
    for page in ("app_pages/overview.py", "app_pages/timeline.py", "app_pages/events.py"):
        with _quiet():
            at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600)
        at.run()
        at.switch_page(page).run()
        times = []
        for name, filters in SCENARIOS:
            best = float("inf")
            for _ in range(repeats):
                with _quiet():
                    # Cold every time: clear the per-filter results, keep the loaded store.
                    _clear_result_caches()
                    at.query_params.clear()
                    at.query_params.update(to_params(filters))
                    at.session_state[URL_LOADED_FLAG] = False  # make the app re-read the URL
                start = time.perf_counter()
                at.run()
                best = min(best, time.perf_counter() - start)
            times.append((name, best))
        out[page] = times
    return out


@contextlib.contextmanager
def _quiet():
    # Touching session state or caches outside a script run logs a harmless
    # "missing ScriptRunContext" warning each time: noise in a benchmark's output.
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _clear_result_caches() -> None:
    from dashboard import cache

    for fn in cache.RESULT_CACHES:
        fn.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_dashboard_1m.duckdb"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--skip-pages", action="store_true")
    args = parser.parse_args()

    if args.rebuild or not args.db.exists():
        for stale in (args.db, args.db.with_name(args.db.name + ".wal")):
            stale.unlink(missing_ok=True)
        print(f"building {args.events:,} events in {args.db} ...", flush=True)
        print(f"  ingest: {build_store(args.db, args.events):.1f} s", flush=True)

    from dashboard import queries
    from extraction.store.ingest import read_tables

    start = time.perf_counter()
    tables = read_tables(args.db)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    events = queries.prepare(tables.events)
    prepare_s = time.perf_counter() - start
    print(f"store: {len(events):,} events; read_tables {read_s:.2f} s, prepare {prepare_s:.2f} s "
          "(once per store change, cached)")

    print("\nquery layer + chart builders, ms per filter change (best of 3)")
    print(f"{'filters':28} {'matched':>9} {'filter':>7} {'overview':>9} {'timeline':>9} {'events':>7}")
    for name, t in time_query_layer(events):
        print(f"{name:28} {t['matched']:>9,} {t['filter']*1e3:7.0f} {t['overview']*1e3:9.0f} "
              f"{t['timeline']*1e3:9.0f} {t['events']*1e3:7.0f}")

    if args.skip_pages:
        return
    print("\nfull server re-render per page (AppTest, best of 3), ms")
    results = time_pages(args.db)
    print(f"{'filters':28} " + " ".join(f"{Path(p).stem:>9}" for p in results))
    for i, (name, _) in enumerate(SCENARIOS):
        print(f"{name:28} " + " ".join(f"{results[p][i][1]*1e3:9.0f}" for p in results))
    worst = max(t for rows in results.values() for _, t in rows)
    median = statistics.median(t for rows in results.values() for _, t in rows)
    print(f"\nmedian {median*1e3:.0f} ms, worst {worst*1e3:.0f} ms (goal <= 300 ms)")


if __name__ == "__main__":
    main()
