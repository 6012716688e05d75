"""The dashboard's query layer (SQL in DuckDB), checked against plain pandas on the same events."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import actor_scan, evidence, queries
from extraction.store import actors, keys, schema
from extraction.store.query import Filters, where_sql
from extraction.store.read import reading


def frame_store(frame: pd.DataFrame) -> duckdb.DuckDBPyConnection:
    """An in-memory store with the store's tables, its events table holding `frame`."""
    con = duckdb.connect()
    for ddl in schema.DDL:
        con.execute(ddl)
    rows = frame.assign(doc_id="d", event_no=range(1, len(frame) + 1))
    if "cluster_id" not in rows:
        rows = rows.assign(cluster_id=None)
    con.register("frame", rows)
    con.execute("INSERT INTO events BY NAME SELECT * EXCLUDE (cluster_id) FROM frame")
    actors.number_events(con)
    keys.fill(con)
    # Each cluster once, numbered by its first event and named after it, and its events
    # pointing at it, as the store's recluster leaves them.
    con.execute("INSERT INTO clusters (cluster_id, cluster_no) SELECT cluster_id, min(event_no) "
                "FROM frame WHERE cluster_id IS NOT NULL GROUP BY 1")
    con.execute("UPDATE events SET cluster_no = c.cluster_no, cluster_hash = md5_number_upper("
                "c.cluster_id) FROM frame f JOIN clusters c USING (cluster_id) "
                "WHERE events.event_no = f.event_no")
    con.unregister("frame")
    return con


def filtered(con, filters: Filters) -> pd.DataFrame:
    where, params = where_sql(filters, con)
    return con.execute(f"SELECT * FROM events WHERE {where}", params).fetch_df()

CODES = ["IDN", "JPN", "USA", "UN", None]
TYPES = ["meet", "condemn", "attack", None]


@st.composite
def event_frames(draw) -> pd.DataFrame:
    n = draw(st.integers(0, 40))
    rows = st.tuples(
        st.none() | st.dates(dt.date(2023, 12, 1), dt.date(2024, 3, 31)),
        st.sampled_from(TYPES), st.sampled_from([1, 2, 3, 4]),
        st.sampled_from(CODES), st.sampled_from(CODES), st.sampled_from(["c1", "c2", "c3", None]),
    )
    data = draw(st.lists(rows, min_size=n, max_size=n))
    frame = pd.DataFrame(data, columns=["event_date", "event_type", "quad_class",
                                        "source_country", "target_country", "cluster_id"])
    frame["event_id"] = [f"e{i}" for i in range(n)]
    frame["event_date"] = pd.to_datetime(frame["event_date"])
    return frame


def naive_period_counts(frame: pd.DataFrame, period: str, stack: str) -> dict:
    dated = frame[frame["event_date"].notna()]
    freq = {"day": "D", "week": "W-MON", "month": "M"}[period]
    starts = dated["event_date"].dt.to_period(freq).dt.start_time
    if period == "week":  # to_period("W-MON") ends weeks on Monday; we start them on Monday
        starts = dated["event_date"] - pd.to_timedelta(dated["event_date"].dt.day_of_week, unit="D")
    group = dated["quad_class"] if stack == "quad" else dated["event_type"].fillna("")
    counts = pd.DataFrame({"p": starts.dt.normalize(), "g": group}).value_counts()
    return {(p, g): int(c) for (p, g), c in counts.items()}


@settings(max_examples=30, deadline=None)
@given(event_frames(), st.sampled_from(queries.PERIODS), st.sampled_from(queries.STACKS))
def test_dashboard_queries_period_counts_match_pandas(frame, period, stack):
    got = queries.counts_by_period(frame_store(frame), Filters(), period, stack)
    assert {(p, g): c for p, g, c in got.itertuples(index=False)} == naive_period_counts(frame, period, stack)


@settings(max_examples=30, deadline=None)
@given(event_frames(), st.sampled_from(queries.ROLES))
def test_dashboard_queries_country_counts_match_pandas(frame, role):
    con = frame_store(frame)
    got = dict(queries.counts_by_country(con, Filters(), role).itertuples(index=False))
    expected = {}
    for code in {c for c in CODES if c}:
        src, tgt = frame["source_country"] == code, frame["target_country"] == code
        hits = {"source": src, "target": tgt, "either": src | tgt}[role].sum()
        if hits:
            expected[code] = int(hits)
    assert got == expected
    assert list(queries.counts_by_country(con, Filters(), role)["count"]) == sorted(got.values(), reverse=True)


@settings(max_examples=30, deadline=None)
@given(event_frames())
def test_dashboard_queries_top_dyads_match_pandas(frame):
    got = queries.top_dyads(frame_store(frame), Filters(), n=50)
    pairs = frame.dropna(subset=["source_country", "target_country"])
    expected = pairs.groupby(["source_country", "target_country"]).size().to_dict()
    assert {(s, t): c for s, t, c in got.itertuples(index=False)} == expected


@settings(max_examples=30, deadline=None)
@given(event_frames())
def test_dashboard_queries_headline_matches_pandas(frame):
    head = queries.headline(frame_store(frame), Filters())
    assert head.events == len(frame)
    assert head.clusters == frame["cluster_id"].dropna().nunique()
    countries = set(frame["source_country"].dropna()) | set(frame["target_country"].dropna())
    assert head.countries == len(countries - {"UN"})  # organisations are not countries
    dates = frame["event_date"].dropna()
    assert head.first == (dates.min().date() if len(dates) else None)
    assert head.undated == int(frame["event_date"].isna().sum())


@settings(max_examples=30, deadline=None)
@given(event_frames(), st.sampled_from(queries.PERIODS), st.sampled_from(queries.STACKS),
       st.sampled_from(queries.ROLES))
def test_dashboard_queries_one_scan_overview_equals_the_single_queries(frame, period, stack, role):
    con = frame_store(frame)
    got = queries.overview(con, Filters(), period, stack, role, n_dyads=50)
    pd.testing.assert_frame_equal(got.periods, queries.counts_by_period(con, Filters(), period, stack),
                                  check_dtype=False)
    pd.testing.assert_frame_equal(got.countries, queries.counts_by_country(con, Filters(), role),
                                  check_dtype=False)
    pd.testing.assert_frame_equal(got.dyads, queries.top_dyads(con, Filters(), n=50), check_dtype=False)
    assert got.headline == queries.headline(con, Filters())


@pytest.mark.parametrize("period,starts", [
    ("week", ["2024-04-08", "2024-04-15", "2024-04-15", "2024-04-22"]),
    ("month", ["2024-04-01"] * 4),
])
def test_dashboard_queries_weeks_start_on_monday(period, starts):
    frame = pd.DataFrame({"event_id": [f"e{i}" for i in range(4)], "event_type": ["meet"] * 4,
                          "event_date": pd.to_datetime(["2024-04-14", "2024-04-15", "2024-04-21", "2024-04-22"])})
    got = queries.counts_by_period(frame_store(frame), Filters(), period, "class")
    assert {str(p.date()): c for p, _, c in got.itertuples(index=False)} == {
        s: starts.count(s) for s in starts}


@pytest.mark.parametrize("filters", [
    Filters(), Filters(countries=("IDN",)), Filters(countries=("JPN",), country_role="target"),
    Filters(event_types=("phone_call", "attack")), Filters(languages=("en",)),
    Filters(outlets=("kompas.com",)), Filters(actors=("retno",)), Filters(text="TARIFFS"),
    Filters(text="ed the Unit"), Filters(text="u"), Filters(text="."), Filters(text="  "),
    Filters(date_from=dt.date(2024, 5, 1)), Filters(date_to=dt.date(2024, 4, 15)),
])
def test_dashboard_queries_word_index_finds_what_a_scan_finds(dash_store, filters):
    # The text filter through the word index (a connection given) keeps exactly the events a
    # plain substring scan of every sentence keeps.
    with reading(dash_store) as con:
        indexed = set(filtered(con, filters)["event_id"])
        where, params = where_sql(filters)  # no connection: every sentence is checked
        scanned = set(con.execute(f"SELECT event_id FROM events WHERE {where}", params).fetch_df()["event_id"])
        assert indexed == scanned
        assert queries.matched(con, filters) == len(indexed)


def test_dashboard_queries_options_come_from_the_store(dash_con):
    opts = queries.options(dash_con)
    assert opts.total == 7
    assert set(opts.countries) == {"IDN", "JPN", "CHN", "USA", "RUS", "UKR", "PSE", "KOR", "UN"}
    quads = [q for _, q in opts.quad_of_type]
    assert quads == sorted(quads) and dict(opts.quad_of_type)["attack"] == 4
    assert opts.actors[0] in ("Retno Marsudi", "Yoko Kamikawa")  # the most frequent first
    assert opts.languages == ("en", "id")
    assert (opts.first, opts.last) == (dt.date(2024, 4, 15), dt.date(2024, 6, 1))
    assert queries.options(frame_store(pd.DataFrame({"event_id": []}))) == queries.Options()


def test_dashboard_queries_organisations_are_listed_apart(dash_con):
    counts = queries.counts_by_country(dash_con, Filters(), "either")
    assert list(queries.organisations(counts)["country"]) == ["UN"]


def test_dashboard_queries_timeline_points_and_lanes(dash_con):
    points = queries.timeline_points(dash_con, Filters(), "dyad")
    assert len(points) == 6  # the undated event has no place on a time axis
    assert points["event_date"].is_monotonic_increasing
    assert set(points["lane"]) == {"IDN → JPN", "CHN → USA", "RUS → UKR", "IDN → PSE", "USA → UN"}
    assert set(queries.timeline_points(dash_con, Filters(), "country")["lane"]) == {"IDN", "CHN", "RUS", "USA"}
    assert "attack" in set(queries.timeline_points(dash_con, Filters(), "class")["lane"])


def test_dashboard_queries_events_table_is_newest_first_and_capped(dash_con):
    table = queries.events_table(dash_con, Filters())
    assert list(table.columns) == list(queries.TABLE_COLUMNS)
    dated = table["event_date"].dropna().tolist()
    assert dated == sorted(dated, reverse=True) and pd.isna(table["event_date"].iloc[-1])
    assert table.loc[0, "dyad"] == "USA → UN"
    top2 = queries.events_table(dash_con, Filters(), limit=2)
    assert list(top2["event_id"]) == list(table["event_id"][:2])
    next2 = queries.events_table(dash_con, Filters(), limit=2, offset=2)
    assert list(next2["event_id"]) == list(table["event_id"][2:4])


@pytest.mark.parametrize("matched, rows, pages", [(0, 1000, 1), (1, 1000, 1), (1000, 1000, 1),
                                                   (1001, 1000, 2), (7, 2, 4)])
def test_dashboard_queries_page_count_holds_every_matched_event(matched, rows, pages):
    assert queries.page_count(matched, rows) == pages


@pytest.mark.parametrize("asked, page, first", [(1, 1, 1), (3, 3, 5), (9, 4, 7), (0, 1, 1)])
def test_dashboard_queries_table_page_is_clamped_to_the_pages_there_are(dash_con, asked, page,
                                                                         first):
    whole = queries.events_table(dash_con, Filters())
    shown = queries.table_page(dash_con, Filters(), asked, 2)
    assert (shown.matched, shown.pages, shown.page, shown.first) == (len(whole), 4, page, first)
    assert list(shown.table["event_id"]) == list(whole["event_id"][first - 1:first + 1])
    assert shown.last == first + len(shown.table) - 1


def test_dashboard_queries_cluster_reports_list_the_other_article(dash_con):
    calls = queries.events_table(dash_con, Filters(event_types=("phone_call",)))
    call = queries.event_record(dash_con, calls["event_id"][0])
    reports = queries.cluster_reports(dash_con, call["cluster_id"], call["event_id"])
    assert len(reports) == 1 and reports.loc[0, "event_id"] != call["event_id"]
    assert reports.loc[0, "title"].startswith("Story ")
    assert queries.cluster_reports(dash_con, None).empty


TEXT = "Intro line.\nChina condemned the United States on Tuesday. Later text."
SENTENCE = "China condemned the United States on Tuesday."


def test_dashboard_queries_segments_use_the_stored_offsets():
    start = TEXT.index(SENTENCE)
    trigger = TEXT.index("condemned")
    segments = evidence.segments(TEXT, SENTENCE, start, start + len(SENTENCE),
                                      f"[[{trigger}, {trigger + 9}]]", "condemned")
    assert "".join(s for s, _ in segments) == TEXT
    assert [k for _, k in segments] == ["text", "sentence", "trigger", "sentence", "text"]
    assert [s for s, k in segments if k == "trigger"] == ["condemned"]


def test_dashboard_queries_segments_survive_wrong_offsets_and_missing_text():
    # Offsets that point elsewhere: the sentence is found by search, the trigger moved with it.
    wrong = evidence.segments(TEXT, SENTENCE, 0, len(SENTENCE), "[[6, 15]]", "condemned")
    assert [s for s, k in wrong if k == "trigger"] == ["condemned"]
    assert "".join(s for s, k in wrong if k != "text") == SENTENCE
    # No article text: the sentence alone, trigger found by its word.
    alone = evidence.segments(None, SENTENCE, 120, 165, "not json", "condemned")
    assert "".join(s for s, _ in alone) == SENTENCE
    assert [s for s, k in alone if k == "trigger"] == ["condemned"]
    # Nothing at all: nothing to show, no error.
    assert evidence.segments(None, None, None, None, None, None) == []


def test_dashboard_queries_event_record_is_plain_python(dash_con):
    event_id = queries.events_table(dash_con, Filters())["event_id"][0]
    record = queries.event_record(dash_con, event_id)
    assert isinstance(record["event_date"], (dt.date, type(None)))
    assert isinstance(record["quad_class"], int)
    assert record["outlet"] == "evil.example" and record["title"] == "Story a5"
    assert "event_no" not in record  # internal numbering is no field of the event
    assert queries.event_record(dash_con, "no-such-id") is None


def test_dashboard_queries_pure_modules_do_not_import_streamlit():
    import subprocess
    import sys

    code = ("import sys; import dashboard.queries, dashboard.charts, dashboard.filters, "
            "dashboard.evidence, dashboard.text, dashboard.uploads, dashboard.labels; "
            "print('streamlit' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=__import__("pathlib").Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "False"


def test_dashboard_queries_timeline_lanes_are_capped(dash_con):
    points = queries.timeline_points(dash_con, Filters(), "dyad", max_lanes=3)
    assert points["lane"].nunique() == 3 and queries.OTHER_LANE in set(points["lane"])
    assert (points["lane"] == "IDN → JPN").sum() == 2  # the busiest lane keeps its name
    assert len(points) == 6  # no event dropped, only grouped


# ---------------------------------------------------------------- actors

SPELLINGS = ["Retno Marsudi", "retno marsudi ", "Yoko Kamikawa", "Cho Tae-yul", "", None]
ROLE_CODES = ["foreign_minister", "head_of_state", None]


@st.composite
def actor_frames(draw) -> pd.DataFrame:
    frame = draw(event_frames())
    n = len(frame)
    for side in ("source", "target"):
        frame[f"{side}_actor"] = draw(st.lists(st.sampled_from(SPELLINGS), min_size=n, max_size=n))
        frame[f"{side}_role"] = draw(st.lists(st.sampled_from(ROLE_CODES), min_size=n, max_size=n))
        frame[f"{side}_actor_inferred"] = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    return frame


def naive_actors(frame: pd.DataFrame) -> dict:
    """Per actor key: the counts and tallies actors_table reports, row by row in Python."""
    from collections import Counter

    out: dict = {}
    for row in frame.to_dict("records"):
        keys = {side: queries.actor_key(row[f"{side}_actor"]) for side in ("source", "target")}
        sides = ["source"] + (["target"] if keys["target"] != keys["source"] else [])
        for side in sides:
            if not keys[side]:
                continue
            a = out.setdefault(keys[side], {"events": 0, "as_source": 0, "as_target": 0, "inferred": 0,
                                            "roles": Counter(), "country": Counter(), "classes": Counter()})
            a["events"] += 1
            a["inferred"] += bool(row[f"{side}_actor_inferred"])
            for tally, value in (("roles", row[f"{side}_role"]), ("country", row[f"{side}_country"]),
                                 ("classes", row["event_type"])):
                if isinstance(value, str) and value:  # pandas reads a missing text as NaN
                    a[tally][value] += 1
        for side in ("source", "target"):
            if keys[side]:
                out[keys[side]][f"as_{side}"] += 1
    return out


def ranked(counter, k: int) -> list:
    return [(name, n) for name, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
            if n > 0][:k]


# Filters on what the numbers stand for (actors, clusters) and beside them; actor substrings
# include SQL metacharacters and spaces.
ACTOR_NEEDLES = ["retno", "RETNO M", "kamikawa", "o", " ", "%", "_", "'; DROP TABLE events; --"]


@st.composite
def number_filters(draw) -> Filters:
    return Filters(
        actors=tuple(draw(st.lists(st.sampled_from(ACTOR_NEEDLES), max_size=2))),
        countries=tuple(draw(st.lists(st.sampled_from([c for c in CODES if c]), max_size=2))),
        country_role=draw(st.sampled_from(queries.ROLES)),
        event_types=tuple(draw(st.lists(st.sampled_from([t for t in TYPES if t]), max_size=2))),
        date_from=draw(st.none() | st.dates(dt.date(2023, 12, 1), dt.date(2024, 3, 31))),
    )


def plain_rows(con, frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of `frame` that pass `filters` tested on the names and ids themselves."""
    where, params = where_sql(filters)  # no connection: no numbers, no index
    kept = set(con.execute(f"SELECT event_id FROM events WHERE {where}", params).fetch_df()["event_id"])
    return frame[frame["event_id"].isin(kept)]


@settings(max_examples=25, deadline=None)
@given(actor_frames(), number_filters())
def test_dashboard_queries_numbers_answer_as_the_names(frame, filters):
    # The actor filter matched among the numbered spellings, and clusters counted by number,
    # keep and count exactly what the names and cluster ids themselves give.
    con = frame_store(frame)
    plain = plain_rows(con, frame, filters)
    assert set(filtered(con, filters)["event_id"]) == set(plain["event_id"])
    assert queries.matched(con, filters) == len(plain)
    assert queries.matched_by_period(con, filters)[0] == len(plain)  # undated included
    if not filters.is_empty():  # (all events: the clusters table's count, checked elsewhere)
        assert queries.headline(con, filters).clusters == plain["cluster_id"].nunique()
        assert queries.overview(con, filters).headline.clusters == plain["cluster_id"].nunique()


@settings(max_examples=30, deadline=None)
@given(actor_frames(), number_filters())
def test_dashboard_queries_actors_table_matches_python(frame, filters):
    con = frame_store(frame)
    table = queries.actors_table(con, filters)
    # Tallied from a copy of the listed rows (few) or as they stream by (many): the same.
    pd.testing.assert_frame_equal(queries.actors_table(con, filters, keep_rows=0), table)
    plain = plain_rows(con, frame, filters)
    want = naive_actors(plain)
    assert len(table) == len(want) == len(queries.actor_counts(con, filters))
    # Listing a few: the totals still count every actor and every matched event.
    few = queries.actor_counts_with_numbers(con, filters, limit=1)
    assert list(few["actors"]) == [len(want)][:len(few)] and list(few["matched"]) == [len(plain)][:len(few)]
    assert list(table["events"]) == sorted(table["events"], reverse=True)  # most active first
    for row in table.to_dict("records"):
        a = want[queries.actor_key(row["actor"])]
        assert row["actor"] == row["actor"].strip()
        assert (row["events"], row["as_source"], row["as_target"], row["inferred"]) == (
            a["events"], a["as_source"], a["as_target"], a["inferred"])
        assert list(row["roles"]) == [r for r, _ in ranked(a["roles"], queries.TOP_ROLES)]
        assert row["country"] == next((c for c, _ in ranked(a["country"], 1)), "")
        assert list(row["top_classes"]) == ranked(a["classes"], queries.TOP_CLASSES)


@settings(max_examples=30, deadline=None)
@given(actor_frames(), number_filters())
def test_dashboard_queries_listed_actor_equals_its_own_queries(frame, filters):
    # A listed actor's weekly counts, points and table read from the rows actors_table left
    # for it (every listed actor's, or its own when the rows are many) equal what the actor's
    # own queries (its condition joined) find.
    con = frame_store(frame)
    counts = queries.actor_counts_with_numbers(con, filters)
    for row, keep_rows in itertools.product(counts.head(3).to_dict("records"),
                                            (queries.KEEP_LISTED_ROWS, 0)):
        numbers = [int(n) for n in row["numbers"]]
        queries.actors_table(con, filters, counts=counts, shown=numbers, keep_rows=keep_rows)
        listed = (queries.listed_by_period(con, numbers), queries.listed_points(con, numbers),
                  queries.listed_table(con, numbers, limit=5))
        if row["events"] <= queries.ACTOR_TIMELINE_LIMIT:  # read once, as when the page shows it
            for limit in (queries.ACTOR_TABLE_LIMIT, 5):  # the table's newest `limit` of them
                both = (listed[1], queries.listed_table(con, numbers, limit))
                for got, want in zip(queries.listed_few(con, numbers, limit), both):
                    pd.testing.assert_frame_equal(got, want)
        mine = queries.actor_condition(con, row["actor"])
        matched, weekly = queries.matched_by_period(con, filters, "week", "class", extra=mine)
        assert matched == row["events"]
        for got, want in zip(listed, (weekly, queries.actor_points(con, filters, row["actor"]),
                                      queries.events_table(con, filters, 5, extra=mine))):
            # (An empty frame's text columns may be typed apart; their values are none.)
            pd.testing.assert_frame_equal(got, want, check_dtype=not want.empty)


@settings(max_examples=40, deadline=None)
@given(actor_frames(), number_filters(), st.sampled_from([None, *SPELLINGS[:4]]))
def test_dashboard_queries_one_scan_lists_what_the_sql_passes_list(frame, filters, chosen):
    # The Actors page's list counted in numpy from one scan (actor_scan.py) is the SQL passes'
    # list: the same counts, tallies, actor shown and rows left for it, the chosen actor kept
    # while listed. The SQL path is checked against plain Python above.
    con = frame_store(frame)
    for limit in (queries.ACTOR_LIMIT, 2):
        assert _listed_views(con, filters, chosen, limit, scan=True) == \
            _listed_views(con, filters, chosen, limit, scan=False)
    # Spellings read before are used while they cover the rows, read again when they do not.
    names = actor_scan.spellings(con)
    assert _listed_views(con, filters, chosen, 5, scan=True, names=names) == \
        _listed_views(con, filters, chosen, 5, scan=True, names=dataclasses.replace(
            names, key=names.key[:1], name_rank=names.name_rank[:1], names=names.names[:1]))


def _listed_views(con, filters: Filters, chosen, limit: int, scan: bool, names=None) -> tuple:
    """What `queries.listed_actors` gives for `filters`, from one scan or from the SQL passes
    (`actor_scan.SCAN_ROWS` past or below every store), as plain values."""
    saved, actor_scan.SCAN_ROWS = actor_scan.SCAN_ROWS, (10**9 if scan else -1)
    try:
        if filters.is_empty():  # the SQL path, as the page takes it
            filters = dataclasses.replace(filters, date_from=dt.date(1900, 1, 1))
        found = queries.listed_actors(con, filters, chosen, names=names, limit=limit)
        rows = (con.execute("SELECT * FROM listed_rows WHERE actor_no IN (SELECT unnest(?::INTEGER[])) "
                            "ORDER BY ALL", [found.shown[1]]).fetchall() if found.shown else [])
    finally:
        actor_scan.SCAN_ROWS = saved
    return found.matched, found.actors, found.table.to_dict("records"), found.shown, rows


def test_dashboard_queries_one_scan_is_left_for_many_rows(dash_con):
    # More rows than SCAN_ROWS: the scan gives up and the SQL passes list the actors.
    assert actor_scan.scan(dash_con, Filters(countries=("IDN",)), cap=0) is None
    assert actor_scan.scan(dash_con, Filters(countries=("IDN",))).matched == queries.matched(
        dash_con, Filters(countries=("IDN",)))


@pytest.mark.parametrize("filters", [
    Filters(text="TARIFFS"), Filters(text="ed the Unit"), Filters(actors=("retno",)),
    Filters(text="a", countries=("IDN",)), Filters(text="zzzz-none"), Filters(languages=("en",)),
])
def test_dashboard_queries_one_scan_lists_text_matches_as_the_sql_passes(dash_store, filters):
    # The same with a text filter, through the store's word index.
    views = []
    for scan in (True, False):
        with reading(dash_store) as con:
            views.append(_listed_views(con, filters, None, queries.ACTOR_LIMIT, scan))
    assert views[0] == views[1]


def test_dashboard_queries_actor_spellings_are_one_actor():
    frame = pd.DataFrame({
        "event_id": ["e1", "e2", "e3", "e4"], "event_type": ["meet"] * 4,
        "event_date": pd.to_datetime(["2024-01-01"] * 4),
        "source_actor": ["Retno Marsudi", " retno marsudi", "RETNO MARSUDI", "Retno Marsudi"],
        "target_actor": ["Yoko Kamikawa", None, "", "retno marsudi"],
        "source_country": ["IDN"] * 4, "target_country": ["JPN", None, None, "IDN"],
    })
    con = frame_store(frame)
    counts = queries.actor_counts(con, Filters())
    assert list(counts["actor"]) == ["Retno Marsudi", "Yoko Kamikawa"]  # the most used spelling
    assert list(counts["events"]) == [4, 1]  # e4 (Retno on both sides) counts once
    assert (counts["as_source"][0], counts["as_target"][0]) == (4, 1)
    mine = queries.events_table(con, Filters(), extra=queries.actor_condition(con, "RETNO marsudi "))
    assert set(mine["event_id"]) == {"e1", "e2", "e3", "e4"}


@settings(max_examples=30, deadline=None)
@given(actor_frames())
def test_dashboard_queries_rows_show_the_actor_names_as_stored(frame):
    # The table and the timeline read the names through their spelling numbers: each row
    # shows exactly the name its event holds (case, spaces, blank and none kept).
    con = frame_store(frame)
    stored = frame.set_index("event_id")[["source_actor", "target_actor"]]
    for rows in (queries.events_table(con, Filters(), limit=len(frame)),
                 queries.timeline_points(con, Filters())):
        for side in ("source_actor", "target_actor"):
            want = [None if pd.isna(v) else v for v in stored.loc[list(rows["event_id"]), side]]
            assert [None if pd.isna(v) else v for v in rows[side]] == want


def test_dashboard_queries_actors_table_on_the_store(dash_con):
    table = queries.actors_table(dash_con, Filters()).set_index("actor")
    assert table.index[0] == "Yoko Kamikawa"  # 3 events, the most active
    kamikawa = table.loc["Yoko Kamikawa"]
    assert (kamikawa["events"], kamikawa["as_source"], kamikawa["as_target"], kamikawa["inferred"]) == (3, 1, 2, 1)
    assert kamikawa["roles"] == ("foreign_minister",) and kamikawa["country"] == "JPN"
    assert kamikawa["top_classes"] == (("phone_call", 2), ("agree", 1))
    assert table.loc["Cho Tae-yul", "inferred"] == 1 and table.loc["Cho Tae-yul", "country"] == "KOR"
    assert table.loc["Chinese government", "roles"] == ()  # no role: nothing made up
    assert len(queries.actors_table(dash_con, Filters(), limit=2)) == 2


@pytest.mark.parametrize("filters", [
    Filters(), Filters(countries=("JPN",)), Filters(event_types=("phone_call",)),
    Filters(date_from=dt.date(2024, 5, 1)), Filters(actors=("kamikawa",)),
])
def test_dashboard_queries_actors_agree_with_the_actor_filter(dash_con, filters):
    # Every listed actor, put in the sidebar's actor filter, keeps exactly the events the
    # Actors page counts for it; the sidebar offers the same names in the same order.
    table = queries.actors_table(dash_con, filters)
    assert len(table)
    for name, count in zip(table["actor"], table["events"]):
        chosen = (set(filtered(dash_con, Filters(actors=(name,)))["event_id"])
                  & set(filtered(dash_con, filters)["event_id"]))
        mine = queries.events_table(dash_con, filters, extra=queries.actor_condition(dash_con, name))
        assert chosen == set(mine["event_id"])
        assert len(chosen) == count, name
    if filters.is_empty():
        assert queries.options(dash_con).actors == tuple(table["actor"])


def test_dashboard_queries_actor_points_lanes_by_side(dash_con):
    points = queries.actor_points(dash_con, Filters(), "yoko kamikawa")
    assert list(points["lane"]) == ["target", "target"]  # the agreement as source has no date
    assert set(queries.actor_points(dash_con, Filters(), "Retno Marsudi")["lane"]) == {"source"}
    assert queries.actor_points(dash_con, Filters(), "nobody").empty


def test_dashboard_queries_events_table_says_how_many_outlets_report_each_event(tmp_path):
    from extraction.store.ingest import ingest
    from store_fakes import fake_article, fake_extract

    call = "EVENT phone_call IDN JPN 2024-04-15"
    articles = [fake_article(1, call, source="kompas.com"),
                fake_article(2, call, source="kompas.com"),  # the same outlet again
                fake_article(3, call, source="reuters.com"),
                fake_article(4, "EVENT condemn CHN USA 2024-04-16", source="reuters.com")]
    ingest(articles, tmp_path / "s.duckdb", extractor=fake_extract)
    with reading(tmp_path / "s.duckdb") as con:
        table = queries.events_table(con, Filters())
    by_class = table.groupby("event_type")["reported_by"].agg(list).to_dict()
    assert by_class == {"phone_call": [2, 2, 2], "condemn": [1]}
