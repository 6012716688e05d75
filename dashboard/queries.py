"""The dashboard's query layer: (store connection, filters) -> small frames and plain values.

No Streamlit here. Every function runs SQL in DuckDB on the store (a read-only connection the
caller opens, `extraction.store.read.reading`) and returns only what a page draws: counts,
one page of rows, a few thousand timeline points. Filters become SQL with bound parameters
(`extraction.store.query.where_sql`); nothing the user typed is ever part of the SQL text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd

from extraction.pipeline.codes import load_codes
from extraction.store import matches
from extraction.store.clusters import cluster_id_sql
from extraction.store.query import Filters, where_sql
from extraction.store.schema import INTERNAL_EVENT_COLUMNS

from . import actor_scan
from .labels import is_country

PERIODS = ("day", "week", "month")
STACKS = ("class", "quad")
ROLES = ("either", "source", "target")
LANES = ("dyad", "country", "class")
# Above this many events the timeline asks for narrower filters instead of drawing a cloud.
TIMELINE_LIMIT = 3000
# Lanes the timeline draws at most; the rest share one "other" lane.
MAX_LANES = 40
OTHER_LANE = "…"
# Rows of one page of the events table, newest first; the page picks which (the downloads hold
# every matched event). The rows of a narrow filter lie all over the file, and a fresh
# connection reads every block holding one: on the 10M benchmark store (country + two classes,
# quiet machine) reading 5,000 such rows took 0.30-0.34 s, 1,000 0.16 s; 1,000 is more than
# a reader scrolls.
PAGE_ROWS = 1000
# One actor's own timeline on the Actors page draws a marker per event up to this many, and
# counts per week above it. Lower than TIMELINE_LIMIT for the same reason as
# ACTOR_TABLE_LIMIT: an actor's events lie all over the file, and on the 10M benchmark store
# drawing 1,198 of them read their rows in ~0.5 s (117 in ~0.07 s), where the weekly counts
# take ~0.1 s.
ACTOR_TIMELINE_LIMIT = 1000
# Rows of one actor's own table on the Actors page: its newest events. An actor's events lie
# all over the file, and a fresh connection reads every block that holds one of them: on the
# 10M benchmark store 4,144 such rows took ~0.48 s, 1,000 ~0.15 s and 200 ~0.07 s. Round 10
# (docs/dashboard_at_scale.md) went from 1,000 to 200: the page's filter change took 15-35 ms
# less with the store held and 15-100 ms less just opened (a country, three months, language
# + outlet; one country's most active actor has its newest 1,000 events in 252 of the 300
# vectors of 2,048 rows of the file's last five row groups, every column of which is read).
# 200 rows are still more than a reader scrolls; "filter by this actor" lists all of them on
# the Events page, 1,000 a page.
ACTOR_TABLE_LIMIT = 200
# The actor columns come with their role and inferred flag: `labels.with_actor_labels` folds
# the three into one display label ("Retno Marsudi · Foreign minister (inferred)").
# `reported_by`: the outlets whose articles report the same event (its cluster's num_sources),
# empty until the ingest that wrote the event has clustered it.
TABLE_COLUMNS = (
    "event_date", "event_type", "dyad", "reported_by", "source_actor", "target_actor", "trigger",
    "sentence", "outlet", "confidence", "event_id", "source_role", "source_actor_inferred",
    "target_role", "target_actor_inferred",
)
POINT_COLUMNS = (
    "event_id", "event_date", "quad_class", "event_type", "source_country", "target_country",
    "source_actor", "target_actor", "sentence",
)
# Actors the Actors page lists at most (most active first); the sidebar offers ACTOR_OPTIONS.
ACTOR_LIMIT = 200
ACTOR_OPTIONS = 500
# Classes, roles shown per actor.
TOP_CLASSES = 3
TOP_ROLES = 2
SIDES = ("source", "target")
REPORT_COLUMNS = ("event_date", "outlet", "title", "sentence", "url", "event_id")


@dataclass(frozen=True)
class Headline:
    events: int
    clusters: int
    countries: int
    first: dt.date | None
    last: dt.date | None
    undated: int = 0


@dataclass(frozen=True)
class Options:
    """What the sidebar widgets offer, taken from the whole store."""

    countries: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()  # ordered by quad class, then name
    quad_of_type: tuple[tuple[str, int], ...] = ()
    actors: tuple[str, ...] = ()  # most frequent first
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    first: dt.date | None = None
    last: dt.date | None = None
    total: int = 0  # events in the store
    # `actor_counts_with_numbers` of every event, the `actors` above with their counts: the
    # Actors page's unfiltered view starts from them instead of counting the store again
    # (~0.2-0.4 s at 10M events). Not part of what makes two Options equal.
    actor_counts: pd.DataFrame | None = field(default=None, compare=False, repr=False)


Con = duckdb.DuckDBPyConnection


def _with(con: Con, filters: Filters, extra: tuple[str, list] | None = None,
          shared: tuple[str, ...] = (), coded: bool = False) -> tuple[str, list]:
    """`WITH f AS (...)`: the events that pass `filters` (and our own `extra` condition).

    NOT MATERIALIZED: a query that reads `f` twice (a country on either side) scans the table
    twice rather than copying every matched row first. With `shared` (our own column names),
    `f` holds only those columns and is MATERIALIZED: DuckDB then scans the table once and
    streams the rows to each part of the query that reads `f` (the Overview's counts and its
    cluster bitmap: ~20-40 % less than two scans on the 10M benchmark store with a filter).
    `coded`: `f` is the events' rows of `event_keys` (extraction/store/keys.py), the text
    columns as codes, for the Actors page's counts and listed rows.
    """
    table = "event_keys" if coded else "events"
    where, params = where_sql(filters, con, coded=coded)
    if extra is not None:
        where, params = f"({where}) AND ({extra[0]})", [*params, *extra[1]]
    if shared:
        columns = ", ".join(shared)
        return f"WITH f AS MATERIALIZED (SELECT {columns} FROM {table} WHERE {where}) ", params
    return f"WITH f AS NOT MATERIALIZED (SELECT * FROM {table} WHERE {where}) ", params


def _frame(con: Con, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).fetch_df()


# ---------------------------------------------------------------- options and overview


def options(con: Con, actor_limit: int = ACTOR_OPTIONS) -> Options:
    total, first, last = con.execute(
        "SELECT count(*), min(event_date), max(event_date) FROM events").fetchall()[0]
    if not total:
        return Options()
    types = con.execute(
        "SELECT event_type, min(quad_class) FROM events WHERE event_type <> '' GROUP BY 1").fetchall()
    ordered = sorted(((t, _quad_of(t, q)) for t, q in types), key=lambda item: (item[1], item[0]))
    actors = actor_counts_with_numbers(con, Filters(), limit=actor_limit)
    return Options(
        countries=tuple(sorted(counts_by_country(con, Filters(), "either")["country"])),
        event_types=tuple(t for t, _ in ordered),
        quad_of_type=tuple(ordered),
        actors=tuple(actors["actor"]),
        languages=_distinct(con, "language"),
        outlets=_distinct(con, "outlet"),
        first=first,
        last=last,
        total=int(total),
        actor_counts=actors,
    )


def _distinct(con: Con, column: str) -> tuple[str, ...]:
    # `column` is one of this module's own names, never user input.
    rows = con.execute(f"SELECT DISTINCT {column} FROM events WHERE {column} <> '' ORDER BY 1")
    return tuple(r[0] for r in rows.fetchall())


def _quad_of(event_type: str, stored: object) -> int:
    # The code table says which quad class a class belongs to; the data only for unknown classes.
    try:
        codes = load_codes()
        return int(codes.get(codes.default_code(event_type)).quad_class)
    except KeyError:
        return int(stored) if stored is not None else 0


def headline(con: Con, filters: Filters, countries: pd.DataFrame | None = None) -> Headline:
    """Counts of the filtered events. `countries`: their `counts_by_country(..., "either")`,
    when the caller has it already."""
    with_sql, params = _with(con, filters)
    events, first, last, undated = con.execute(
        with_sql + "SELECT count(*), min(event_date), max(event_date), "
        "count(*) FILTER (WHERE event_date IS NULL) FROM f", params).fetchall()[0]
    clusters = _clusters(con, filters, with_sql, params)
    if countries is None:
        countries = counts_by_country(con, filters, "either")
    n_countries = sum(1 for code in countries["country"] if is_country(code))
    return Headline(int(events), clusters, n_countries, first, last, int(undated))


def _clusters(con: Con, filters: Filters, with_sql: str, params: list) -> int:
    """Clusters among the filtered events."""
    if filters.is_empty():  # every event: the clusters table holds each cluster once
        sql, values = "SELECT count(*) FROM clusters", []
    else:
        # One bit per cluster number (the event_no of its first mention, so at most one bit
        # per event): exact, and at 10M events ~0.1 s where counting distinct cluster ids
        # took 6-8 s and even an estimate (HyperLogLog) ~0.3 s.
        sql, values = with_sql + "SELECT bit_count(bitstring_agg(cluster_no)) FROM f", params
    return int(con.execute(sql, values).fetchall()[0][0] or 0)


def counts_by_period(con: Con, filters: Filters, period: str = "week", stack: str = "class",
                     extra: tuple[str, list] | None = None) -> pd.DataFrame:
    """Event counts per period and group: columns period, group, count (undated left out).

    Weeks start on Monday (DuckDB's `date_trunc('week')` is the ISO week)."""
    return matched_by_period(con, filters, period, stack, extra)[1]


def matched_by_period(con: Con, filters: Filters, period: str = "week", stack: str = "class",
                      extra: tuple[str, list] | None = None) -> tuple[int, pd.DataFrame]:
    """(how many events pass `filters`, undated included; their `counts_by_period`), from one
    scan: the Actors page needs both for an actor and saves the scan `matched` would make."""
    if period not in PERIODS or stack not in STACKS:
        raise ValueError(f"period {period!r} / stack {stack!r}")
    group = "coalesce(quad_class, 0)" if stack == "quad" else "coalesce(event_type, '')"
    with_sql, params = _with(con, filters, extra)
    # `period` is checked against PERIODS above and `group` is our own SQL. The empty grouping
    # set (GROUPING() = 3) counts every event, the dated ones per period and group.
    out = _frame(con, with_sql + f"SELECT GROUPING(p, g) AS level, p AS period, g AS \"group\", "
                 f"count(*) AS count FROM (SELECT date_trunc('{period}', event_date)::DATE AS p, "
                 f"{group} AS g FROM f) GROUP BY GROUPING SETS ((p, g), ()) ORDER BY 2, 3", params)
    total = int(out.loc[out["level"] == 3, "count"].sum())
    out = out[(out["level"] == 0) & out["period"].notna()].drop(columns=["level"])
    out["period"] = pd.to_datetime(out["period"])
    out["count"] = out["count"].astype("int64")
    return total, out.reset_index(drop=True)


def counts_by_country(con: Con, filters: Filters, role: str = "either") -> pd.DataFrame:
    """Events per country code in `role` ("either" counts an event once per country),
    most first: columns country, count. Organisation codes (UN, EU…) included."""
    with_sql, params = _with(con, filters)
    source = "SELECT source_country AS country FROM f"
    target = "SELECT target_country AS country FROM f"
    if role == "source":
        codes = source
    elif role == "target":
        codes = target
    else:  # the target too, unless it is the source again (one count per event and country)
        codes = f"{source} UNION ALL {target} WHERE target_country IS DISTINCT FROM source_country"
    out = _frame(con, with_sql + f"SELECT country, count(*) AS count FROM ({codes}) "
                 "WHERE country <> '' GROUP BY 1 ORDER BY 2 DESC, 1", params)
    out["count"] = out["count"].astype("int64")
    return out


def organisations(counts: pd.DataFrame) -> pd.DataFrame:
    """Rows of a `counts_by_country` frame whose code is not a country (UN, EU…): no map shape."""
    return counts[~counts["country"].map(is_country).astype(bool)].reset_index(drop=True)


def top_dyads(con: Con, filters: Filters, n: int = 10) -> pd.DataFrame:
    """The `n` most frequent source -> target pairs: columns source, target, count."""
    with_sql, params = _with(con, filters)
    out = _frame(con, with_sql + "SELECT source_country AS source, target_country AS target, "
                 "count(*) AS count FROM f WHERE source_country <> '' AND target_country <> '' "
                 "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", [*params, n])
    out["count"] = out["count"].astype("int64")
    return out


@dataclass(frozen=True)
class OverviewCounts:
    headline: Headline
    periods: pd.DataFrame  # as counts_by_period
    countries: pd.DataFrame  # as counts_by_country for the role asked
    dyads: pd.DataFrame  # as top_dyads


def overview(con: Con, filters: Filters, period: str = "week", stack: str = "class",
             role: str = "either", n_dyads: int = 10) -> OverviewCounts:
    """Everything the Overview draws, from one scan of the filtered events.

    One GROUPING SETS query counts per (day, group) and per (source, target) pair; the periods
    and totals come from the day counts, the per-country counts of every role and the top
    dyads from the pair counts (a few thousand rows each). At 10M events this is one pass over
    the table instead of five, and grouping days rather than each row's week or month took
    the unfiltered pass from ~0.29 s to ~0.2 s (a date is a small integer to group; the
    truncation then runs on a few thousand days).
    """
    if period not in PERIODS or stack not in STACKS:
        raise ValueError(f"period {period!r} / stack {stack!r}")
    group = "coalesce(quad_class, 0)" if stack == "quad" else "coalesce(event_type, '')"
    with_sql, params = _with(con, filters, shared=(
        "event_date", "event_type", "quad_class", "source_country", "target_country", "cluster_no"))
    # The clusters among the filtered events in the same scan (all events: the clusters table
    # holds each cluster once). See _clusters for the bitmap.
    clusters = ("(SELECT count(*) FROM clusters)" if filters.is_empty()
                else "(SELECT bit_count(bitstring_agg(cluster_no)) FROM f)")
    # `period` is checked against PERIODS above, `group` and `clusters` are our own SQL.
    rows = _frame(con, with_sql + f""",
        counted AS (
            SELECT GROUPING(event_date, g, source_country, target_country) AS level,
                   event_date, g, source_country, target_country, count(*) AS n
            FROM (SELECT event_date, {group} AS g, source_country, target_country FROM f)
            GROUP BY GROUPING SETS ((event_date, g), (source_country, target_country)))
        SELECT level, date_trunc('{period}', event_date)::DATE AS p, g,
               nullif(source_country, '') AS s, nullif(target_country, '') AS t, sum(n) AS n,
               min(event_date) AS first, max(event_date) AS last,
               coalesce(sum(n) FILTER (WHERE event_date IS NULL), 0) AS undated,
               NULL::BIGINT AS clusters
        FROM counted GROUP BY 1, 2, 3, 4, 5
        UNION ALL
        SELECT -1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {clusters}""", params)
    # GROUPING() has one bit per column, the first column highest: 3 = (day, g), 12 = (s, t).
    days = rows[rows["level"] == 3]
    total = pd.DataFrame({"n": [days["n"].sum()], "first": [days["first"].min()],
                          "last": [days["last"].max()], "undated": [days["undated"].sum()]})
    by_period = rows[(rows["level"] == 3) & rows["p"].notna()]
    pairs = rows[rows["level"] == 12][["s", "t", "n"]]
    periods = pd.DataFrame({"period": pd.to_datetime(by_period["p"]), "group": by_period["g"],
                            "count": by_period["n"].astype("int64")})
    periods = periods.sort_values(["period", "group"]).reset_index(drop=True)
    source = pairs.dropna(subset=["s"]).groupby("s")["n"].sum()
    target = pairs.dropna(subset=["t"]).groupby("t")["n"].sum()
    same = pairs[pairs["s"] == pairs["t"]].set_index("s")["n"]
    either = source.add(target, fill_value=0).sub(same, fill_value=0)
    countries = {r: _ranked_countries(c) for r, c in (("source", source), ("target", target),
                                                       ("either", either))}
    both = pairs.dropna(subset=["s", "t"]).sort_values(["n", "s", "t"], ascending=[False, True, True])
    dyads = pd.DataFrame({"source": both["s"], "target": both["t"],
                          "count": both["n"].astype("int64")}).head(n_dyads).reset_index(drop=True)
    events = int(total["n"].sum()) if len(total) else 0
    first = total["first"].iloc[0] if events else None
    last = total["last"].iloc[0] if events else None
    found = rows.loc[rows["level"] == -1, "clusters"]
    head = Headline(
        events, int(found.fillna(0).iloc[0]), sum(1 for code in countries["either"]["country"] if is_country(code)),
        _date(first), _date(last), int(total["undated"].sum()) if events else 0)
    return OverviewCounts(head, periods, countries[role], dyads)


def _ranked_countries(counts: pd.Series) -> pd.DataFrame:
    out = pd.DataFrame({"country": counts.index.astype(object), "count": counts.to_numpy().astype("int64")})
    out = out[out["count"] > 0]
    return out.sort_values(["count", "country"], ascending=[False, True]).reset_index(drop=True)


def _date(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def matched(con: Con, filters: Filters, extra: tuple[str, list] | None = None) -> int:
    """How many events pass `filters`."""
    with_sql, params = _with(con, filters, extra)
    return int(con.execute(with_sql + "SELECT count(*) FROM f", params).fetchall()[0][0])


# ---------------------------------------------------------------- timeline and table


def timeline_points(con: Con, filters: Filters, lane: str = "dyad", max_lanes: int = MAX_LANES,
                    actor: str | None = None) -> pd.DataFrame:
    """One row per dated event with its lane key (dyad, acting country or class), oldest first.

    Past `max_lanes` lanes, the least busy ones share one lane, OTHER_LANE, so the chart stays
    readable instead of growing thousands of pixels tall. With `actor`, only that actor's
    events, and lane "side" is the side it is on. Callers check `matched` first: this returns
    every matched dated event.
    """
    if actor is None:
        with_sql, params = _with(con, filters)
        side, side_params = "", []
    else:
        with_sql, params = _with(con, filters, actor_condition(con, actor))
        side = ", CASE WHEN lower(trim(source_actor)) = ? THEN 'source' ELSE 'target' END AS side"
        side_params = [actor_key(actor)]
    # As in `events_table`: the events are found on the filter columns first, then only their
    # rows' columns are read (the sentence among them). Read in one query, a timeline of 117
    # points with a country, class and actor filter took ~0.5 s on the 10M benchmark store.
    con.execute("CREATE OR REPLACE TEMP TABLE point_rows AS " + with_sql +
                f"SELECT event_no{side} FROM f WHERE event_date IS NOT NULL", [*params, *side_params])
    return _points(con, lane, max_lanes)


# The actor names of the rows a table or timeline shows (events `e`) come from their spellings
# (`actor_spellings`, joined as `sa` and `ta`), each stored once, not from the events' own name
# columns: rows that lie all over the file open every block of those columns, each with a
# dictionary of thousands of names to unpack. On the 10M benchmark store, 1,000 rows picked at
# random read in ~60 ms instead of ~100 ms with the store held, ~250 instead of ~300 ms just
# opened.
_NAMES_SQL = ("LEFT JOIN actor_spellings sa ON sa.actor_no = e.source_actor_no "
              "LEFT JOIN actor_spellings ta ON ta.actor_no = e.target_actor_no")


def _shown_columns(columns) -> str:
    """SELECT list of these event columns of `e`, the actor names through `_NAMES_SQL`."""
    named = {"source_actor": "sa.spelling AS source_actor", "target_actor": "ta.spelling AS target_actor"}
    return ", ".join(named.get(c, f"e.{c}") for c in columns)


def _points(con: Con, lane: str, max_lanes: int) -> pd.DataFrame:
    """`timeline_points` of the events in the temporary table `point_rows` (with the side of
    an actor's own timeline, when it has that column)."""
    out = _frame(con, f"SELECT {_shown_columns(POINT_COLUMNS)}, point_rows.* EXCLUDE (event_no) "
                 f"FROM events e JOIN point_rows USING (event_no) {_NAMES_SQL} "
                 "ORDER BY e.event_date, e.event_id", [])
    return _in_lanes(out, lane, max_lanes)


def _in_lanes(out: pd.DataFrame, lane: str, max_lanes: int) -> pd.DataFrame:
    """The timeline points of `out` (POINT_COLUMNS, and side when it has that column, in the
    order `_points` reads them), each with its lane."""
    out["event_date"] = pd.to_datetime(out["event_date"])
    lanes = _lane(out, lane)
    busiest = lanes.value_counts(sort=True)
    if len(busiest) > max_lanes:
        keep = set(busiest.index[: max_lanes - 1])
        lanes = lanes.where(lanes.isin(keep), OTHER_LANE)
    out["lane"] = lanes
    return out.drop(columns=["side"], errors="ignore")


def _lane(events: pd.DataFrame, lane: str) -> pd.Series:
    if lane == "side":  # an actor's own timeline (`actor_points`): as source or as target
        return events["side"].astype(object)
    source = events["source_country"].astype(object).fillna("?")
    if lane == "class":
        return events["event_type"].astype(object).fillna("?")
    if lane == "country":
        # The acting country; an event with none falls in its target's lane.
        return events["source_country"].astype(object).fillna(
            events["target_country"].astype(object)).fillna("?")
    target = events["target_country"].astype(object).fillna("–")
    return source + " → " + target


def events_table(con: Con, filters: Filters, limit: int = PAGE_ROWS,
                 extra: tuple[str, list] | None = None, offset: int = 0) -> pd.DataFrame:
    """The newest `limit` events in display columns (undated last; ties in insertion order),
    after skipping the `offset` newest."""
    with_sql, params = _with(con, filters, extra)
    # Two steps: the newest rows are picked on (date, number) alone, then only those rows'
    # columns are read. Sorting whole rows read every sentence: ~4 s at 10M events, ~0.3 s so.
    # (A temporary table, not a subquery: joined to it, DuckDB reads only those rows' columns;
    # the subquery form took ~0.7 s at 10M events, this ~0.1 s.)
    con.execute("CREATE OR REPLACE TEMP TABLE newest_rows AS " + with_sql +
                "SELECT event_no FROM f ORDER BY event_date DESC NULLS LAST, event_no LIMIT ? OFFSET ?",
                [*params, limit, offset])
    return _newest_table(con)


def page_count(matched: int, rows: int) -> int:
    """Pages of `rows` events that `matched` events fill (one page when there are none)."""
    return max(1, -(-matched // rows))


@dataclass(frozen=True)
class TablePage:
    """One page of the events table: `table` holds events `first` to `first + len(table) - 1`
    (from 1, newest first) of `matched`; `page` of `pages`, from 1."""

    matched: int
    page: int
    pages: int
    first: int
    table: pd.DataFrame

    @property
    def last(self) -> int:
        return self.first + len(self.table) - 1


def table_page(con: Con, filters: Filters, page: int, rows: int) -> TablePage:
    """Page `page` (from 1) of `rows` events; a page past the last (fewer events than when it
    was picked) is the last."""
    found = matched(con, filters)
    pages = page_count(found, rows)
    page = min(max(page, 1), pages)
    offset = (page - 1) * rows
    return TablePage(found, page, pages, offset + 1,
                     events_table(con, filters, rows, offset=offset))


def _newest_table(con: Con) -> pd.DataFrame:
    """`events_table` of the events in the temporary table `newest_rows`."""
    columns = _shown_columns(c for c in TABLE_COLUMNS if c not in ("dyad", "reported_by"))
    # The clusters table is looked up for these rows only (by number: it is stored in that order).
    rows = _frame(con, f"SELECT {columns}, c.num_sources AS reported_by, e.source_country, "
                  "e.target_country FROM events e JOIN newest_rows USING (event_no) "
                  f"LEFT JOIN clusters c ON c.cluster_no = e.cluster_no {_NAMES_SQL} "
                  "ORDER BY e.event_date DESC NULLS LAST, e.event_no", [])
    return _table_rows(rows)


def _table_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The `events_table` frame of `rows` (read, and ordered, as `_newest_table` reads them)."""
    source = rows["source_country"].astype(object).fillna("")
    target = rows["target_country"].astype(object).fillna("")
    rows["dyad"] = (source + " → " + target).str.strip(" →")
    rows["event_date"] = [d.date() if isinstance(d, pd.Timestamp) else None
                          for d in pd.to_datetime(rows["event_date"])]
    return rows[list(TABLE_COLUMNS)].reset_index(drop=True)


# ---------------------------------------------------------------- actors
# An actor is a name in source_actor or target_actor (a person, as the extractor names them).
# The sidebar's actor filter and the Actors page use the same names, normalised by `actor_key`
# and ordered by `actor_counts`, so the filter offers exactly the actors the page lists.

# Rows of some actors' events: one per (event, actor), with the side the actor is on (a
# target whose event names the same actor as source, `same_actor`, is left out: such an event
# counts once for the actor). Read from `event_keys`, so role, country and class are codes
# (`value_codes`). Parameters: the filters', then the spelling numbers twice.
_LISTED_SQL = """
SELECT source_actor_no AS actor_no, source_role AS role, source_country AS country, event_type,
       source_actor_inferred AS inferred, event_no, event_date, 'source' AS side
FROM f WHERE source_actor_no IN (SELECT unnest(?::INTEGER[]))
UNION ALL
SELECT target_actor_no, target_role, target_country, event_type, target_actor_inferred, event_no,
       event_date, 'target'
FROM f WHERE target_actor_no IN (SELECT unnest(?::INTEGER[])) AND NOT same_actor
"""
# The columns of `event_keys` that _LISTED_SQL reads.
_LISTED_COLUMNS = ("source_actor_no", "target_actor_no", "same_actor", "source_role", "target_role",
                   "source_country", "target_country", "event_type", "source_actor_inferred",
                   "target_actor_inferred", "event_no", "event_date")
# The listed rows are gathered from one scan whose matched rows are copied (MATERIALIZED) when
# at most this share of the store's events pass the filters, else from two scans (one per
# side) that copy nothing. On the 10M benchmark store, the store just opened: 575,756 matched
# 101 against 125 ms, 1,210,280 134 against 127, 3,399,092 199 against 129 (the copy grows
# with the matched rows, a scan with the store).
MATERIALIZE_SHARE = 0.1

# What the listed actors do: each tally is counted per spelling number and code, only the
# counts are keyed and decoded (the tally kinds are the kinds of `value_codes`, code 0 none),
# and only the first few of each (key, kind) are returned (`?`: how many). `{rows}`: the
# listed rows, a temporary table or a CTE. Grouping by all five columns at once took ~0.5 s at
# 10M events, keying every row before counting ~5 s; returning every tally (~15,000 rows with
# one country's filter) cost ~0.1 s more in Python than the ranking in SQL.
_COUNTED_SQL = """
counted AS (
    SELECT actor_no, 'role' AS kind, role AS code, count(*) AS n FROM {rows}
    WHERE role <> 0 GROUP BY 1, 3
    UNION ALL SELECT actor_no, 'country', country, count(*) FROM {rows}
    WHERE country <> 0 GROUP BY 1, 3
    UNION ALL SELECT actor_no, 'class', event_type, count(*) FROM {rows}
    WHERE event_type <> 0 GROUP BY 1, 3
    UNION ALL SELECT actor_no, 'inferred', 0, count(*) FROM {rows} WHERE inferred GROUP BY 1
)
SELECT lower(trim(s.spelling)) AS key, kind, value, sum(n) AS n
FROM counted JOIN actor_spellings s USING (actor_no)
LEFT JOIN (SELECT kind AS coded, value, code FROM value_codes) v
     ON v.coded = counted.kind AND v.code = counted.code GROUP BY 1, 2, 3
QUALIFY row_number() OVER (PARTITION BY key, kind ORDER BY sum(n) DESC, value) <= ?
"""
# The tallies of rows kept in `listed_rows`, and of rows counted as they stream by (after the
# filters' WITH).
_KEPT_TALLIES_SQL = "WITH " + _COUNTED_SQL.format(rows="listed_rows")
_STREAMED_TALLIES_SQL = ", listed AS (" + _LISTED_SQL + "), " + _COUNTED_SQL.format(rows="listed")
# The listed actors' rows are copied into `listed_rows` when there are at most this many: the
# tallies and the shown actor's views then read the copy. Above it the tallies are counted as
# the rows stream by and only the shown actor's rows are copied. On the 10M benchmark store,
# copying all of them was 15-110 ms faster with 1,186-258,162 rows (the benchmark's filters) and
# 270 ms slower with the 3.09M rows of no filter; the two cross near 600,000.
KEEP_LISTED_ROWS = 500_000

# Counts per actor without touching each row's name: one pass over the events groups them by
# the number of the stored spelling on each side (actors.py; GROUPING SETS, so both sides are
# counted in the same scan), and only the few tens of thousands of spellings found are keyed
# (trimmed, lower-cased). Events naming one actor on both sides (`same_actor`, counted with
# the source side) count once for it. Each key's display name (its most used spelling) is
# worked out for the `limit` keys listed only. Measured on the 1M benchmark store: ~50 ms
# (unfiltered ~110 ms), where grouping each side apart and naming every key took ~2x as long;
# keying the spellings, not the rows, is what keeps this flat as the store grows.
_ACTORS_SQL = """,
sides AS (
    SELECT GROUPING(source_actor_no, target_actor_no) AS g, source_actor_no, target_actor_no,
           count(*) AS n, count(*) FILTER (WHERE same_actor) AS same
    FROM f GROUP BY GROUPING SETS ((source_actor_no), (target_actor_no), ())
),
per_no AS (
    -- GROUPING() is 1 for the source set, 2 for the target set, 3 for all events.
    SELECT CASE g WHEN 1 THEN source_actor_no ELSE target_actor_no END AS actor_no,
           coalesce(sum(n) FILTER (WHERE g = 1), 0) AS as_source,
           coalesce(sum(n) FILTER (WHERE g = 2), 0) AS as_target,
           coalesce(sum(same) FILTER (WHERE g = 1), 0) AS twice
    FROM sides WHERE g < 3 GROUP BY 1
),
keyed AS MATERIALIZED (
    SELECT lower(trim(spelling)) AS key, trim(spelling) AS name, actor_no, as_source, as_target,
           twice
    FROM per_no JOIN actor_spellings USING (actor_no) WHERE trim(spelling) <> ''
),
totals AS (
    SELECT key, sum(as_source) AS as_source, sum(as_target) AS as_target,
           sum(as_source + as_target - twice) AS events, list(actor_no) AS numbers
    FROM keyed GROUP BY 1
),
top AS MATERIALIZED (
    SELECT *, count(*) OVER () AS actors FROM totals ORDER BY events DESC, key LIMIT ?
),
uses AS (SELECT key, name, sum(as_source + as_target) AS uses FROM keyed
         WHERE key IN (SELECT key FROM top) GROUP BY 1, 2),
names AS (SELECT key, arg_min(name, (-uses, name)) AS actor FROM uses GROUP BY 1)
SELECT actor, events, as_source, as_target, numbers, actors,
       (SELECT n FROM sides WHERE g = 3) AS matched
FROM top JOIN names USING (key)
ORDER BY events DESC, key
"""


def actor_key(name: object) -> str:
    """The form every spelling of one actor shares: trimmed and lower-cased ("" for none).

    The actor filter matches case-insensitively, so names that differ only in case or in
    surrounding spaces are one actor to it, and so to the Actors page. (DuckDB's `lower` and
    `trim`, as the queries use: `str.lower`, not `casefold`; only spaces are trimmed.)
    """
    return name.strip(" ").lower() if isinstance(name, str) else ""


def actor_counts(con: Con, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """Actors with events, most active first: columns actor, events, as_source, as_target.

    `events` counts an event once even when the actor is on both sides; ties go by name. An
    actor's name is its most used spelling (on a tie the first in sort order)."""
    return actor_counts_with_numbers(con, filters, limit).drop(columns=["numbers", "actors", "matched"])


def actor_counts_with_numbers(con: Con, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """`actor_counts` with the numbers of each actor's stored spellings (column `numbers`), how
    many actors the filtered events name in all, however many are listed (`actors`), and how
    many events pass the filters (`matched`, counted in the same scan); both the same on every
    row, and no row when no event names an actor."""
    with_sql, params = _with(con, filters, coded=True)
    # An actor key is its name lower-cased (the spellings' `trim` leaves no outer space), so
    # ordering by key is ordering by (lower(actor), actor): one row per key.
    out = _frame(con, with_sql + _ACTORS_SQL, [*params, limit])
    for column in ("events", "as_source", "as_target", "actors", "matched"):
        out[column] = out[column].astype("int64")
    return out


def actors_table(con: Con, filters: Filters, limit: int = ACTOR_LIMIT,
                 counts: pd.DataFrame | None = None, shown: list[int] | None = None,
                 keep_rows: int = KEEP_LISTED_ROWS) -> pd.DataFrame:
    """The `limit` most active actors of the filtered events, with what they do.

    Columns: actor, roles (role codes, most frequent first), country (the actor's most frequent
    country code on its side, "" if none), events, as_source, as_target, inferred (events whose
    actor was inferred rather than named in the sentence), top_classes ((event_type, count)
    pairs, most frequent first). Each (event, actor) counts once. `counts`: this filter's
    `actor_counts_with_numbers`, when the caller has them already. `shown`: the spelling
    numbers of a listed actor whose rows are left in `listed_rows` (`gather_listed`) for
    `listed_by_period`, `listed_points` and `listed_table`; up to `keep_rows` listed rows,
    every listed actor's rows are.
    """
    top = (actor_counts_with_numbers(con, filters, limit) if counts is None else counts).head(limit)
    keys = [actor_key(a) for a in top["actor"]]
    columns = ["actor", "roles", "country", "events", "as_source", "as_target", "inferred", "top_classes"]
    if not keys:
        return pd.DataFrame({c: [] for c in columns})
    numbers = sorted({int(n) for found in top["numbers"] for n in found})
    ranks = max(TOP_ROLES, TOP_CLASSES, 1)
    matched = int(top["matched"].iloc[0])
    if int(top["events"].sum()) <= keep_rows:
        gather_listed(con, filters, numbers, matched)
        tallies = _frame(con, _KEPT_TALLIES_SQL, [ranks])
    else:
        with_sql, params = _with(con, filters, coded=True)
        tallies = _frame(con, with_sql + _STREAMED_TALLIES_SQL, [*params, numbers, numbers, ranks])
        if shown:
            gather_listed(con, filters, shown, matched)
    ranked: dict[tuple[str, str], list[tuple[str, int]]] = {}
    tallies = tallies.sort_values(["n", "value"], ascending=[False, True])
    for key, kind, value, n in zip(*(tallies[c].tolist() for c in ("key", "kind", "value", "n"))):
        ranked.setdefault((key, kind), []).append((value, int(n)))
    return pd.DataFrame({
        "actor": top["actor"],
        "roles": [tuple(v for v, _ in ranked.get((k, "role"), [])[:TOP_ROLES]) for k in keys],
        "country": [next((v for v, _ in ranked.get((k, "country"), [])), "") for k in keys],
        "events": top["events"], "as_source": top["as_source"], "as_target": top["as_target"],
        "inferred": np.asarray([sum(n for _, n in ranked.get((k, "inferred"), [])) for k in keys],
                               dtype="int64"),
        "top_classes": [tuple(ranked.get((k, "class"), [])[:TOP_CLASSES]) for k in keys],
    })


@dataclass(frozen=True)
class ListedActors:
    """The Actors page's list for a filter set and the listed actor it shows."""

    matched: int  # events that pass the filters
    actors: int  # actors named in them, however many are listed
    table: pd.DataFrame  # as `actors_table`
    # (name, spelling numbers, events) of the actor shown, whose rows are left in the
    # connection's `listed_rows`; None when no event names an actor.
    shown: tuple[str, list[int], int] | None = None


def listed_actors(con: Con, filters: Filters, chosen: str | None = None,
                  counts: pd.DataFrame | None = None, names: actor_scan.Spellings | None = None,
                  limit: int = ACTOR_LIMIT) -> ListedActors:
    """The `limit` most active actors of the filtered events with what they do (`actors_table`),
    and the one the page shows: `chosen` while it is listed, else the most active. Its rows
    are left in `listed_rows` for `listed_by_period`, `listed_points` and `listed_table`.

    With a filter, the events that pass it are read once and counted in numpy (actor_scan.py)
    unless more than `actor_scan.SCAN_ROWS` do; else the counts and the tallies are two passes
    in SQL. `counts`: every event's `actor_counts_with_numbers`, when the caller has them and
    the filters keep every event. `names`: the store's spellings (`actor_scan.spellings`) as
    the caller last read them; read again if the store has newer ones.
    """
    rows = None if filters.is_empty() else actor_scan.scan(con, filters)
    if rows is not None:
        if names is None or not names.covers(rows):
            names = actor_scan.spellings(con)
        counts = actor_scan.counted(rows, names, limit)
    elif counts is None:
        counts = actor_counts_with_numbers(con, filters, limit)
    counts = counts.head(limit)
    if counts.empty:  # no event names an actor: the count of events is still to be had
        found = rows.matched if rows is not None else matched(con, filters)
        return ListedActors(found, 0, actors_table(con, filters, counts=counts))
    picked = counts[counts["actor"] == chosen].head(1)
    row = (counts if picked.empty else picked).iloc[0]
    numbers = [int(n) for n in row["numbers"]]
    if rows is None:
        table = actors_table(con, filters, limit, counts=counts, shown=numbers)
    else:
        table = actor_scan.tallied(con, rows, names, counts, TOP_ROLES, TOP_CLASSES)
        actor_scan.keep_listed(con, rows, numbers)
    return ListedActors(int(counts["matched"].iloc[0]), int(counts["actors"].iloc[0]), table,
                        (row["actor"], numbers, int(row["events"])))


def gather_listed(con: Con, filters: Filters, numbers: list[int], matched: int) -> None:
    """Keep the filtered events of the actors whose spellings have these `numbers` in the
    connection's temporary table `listed_rows`, for `listed_by_period`, `listed_points` and
    `listed_table` (one scan for the three; each scanned the events before). `matched`: how
    many events pass the filters (few are copied once, MATERIALIZE_SHARE)."""
    total = con.execute("SELECT count(*) FROM event_keys").fetchall()[0][0]
    few = matched <= MATERIALIZE_SHARE * total
    with_sql, params = _with(con, filters, shared=_LISTED_COLUMNS if few else (), coded=True)
    con.execute("CREATE OR REPLACE TEMP TABLE listed_rows AS " + with_sql + _LISTED_SQL,
                [*params, numbers, numbers])


def listed_by_period(con: Con, numbers: list[int]) -> pd.DataFrame:
    """`counts_by_period` per week and class of the events of the listed actor whose spellings
    have these `numbers`, after `gather_listed` on this connection (from its listed rows)."""
    out = _frame(con, "SELECT date_trunc('week', event_date)::DATE AS period, "
                 "coalesce(v.value, '') AS \"group\", count(*) AS count FROM listed_rows l "
                 "LEFT JOIN value_codes v ON v.kind = 'class' AND v.code = l.event_type "
                 "WHERE actor_no IN (SELECT unnest(?::INTEGER[])) AND event_date IS NOT NULL "
                 "GROUP BY 1, 2 ORDER BY 1, 2", [numbers])
    out["period"] = pd.to_datetime(out["period"])
    out["count"] = out["count"].astype("int64")
    return out


def listed_points(con: Con, numbers: list[int]) -> pd.DataFrame:
    """`actor_points` of the listed actor whose spellings have these `numbers`, after
    `gather_listed` on this connection."""
    con.execute("CREATE OR REPLACE TEMP TABLE point_rows AS SELECT event_no, side FROM listed_rows "
                "WHERE actor_no IN (SELECT unnest(?::INTEGER[])) AND event_date IS NOT NULL", [numbers])
    return _points(con, "side", len(SIDES))


def listed_few(con: Con, numbers: list[int],
               limit: int = ACTOR_TABLE_LIMIT) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(`listed_points`, `listed_table` of `limit` rows) of a listed actor with no more events
    than its timeline draws, after `gather_listed` on this connection. The table's events are
    among the points', which lie all over the file, so their rows are read once (into
    `few_rows`): on the 10M benchmark store, with the store held, 15-137 ms where reading them
    twice took 19-293 ms (2-999 events)."""
    con.execute("CREATE OR REPLACE TEMP TABLE point_rows AS SELECT event_no, side FROM listed_rows "
                "WHERE actor_no IN (SELECT unnest(?::INTEGER[]))", [numbers])
    columns = dict.fromkeys(c for c in (*POINT_COLUMNS, *TABLE_COLUMNS, "event_no")
                            if c not in ("dyad", "reported_by"))
    con.execute(f"CREATE OR REPLACE TEMP TABLE few_rows AS SELECT {_shown_columns(columns)}, "
                "c.num_sources AS reported_by, point_rows.side FROM events e "
                "JOIN point_rows USING (event_no) "
                f"LEFT JOIN clusters c ON c.cluster_no = e.cluster_no {_NAMES_SQL}")
    # The orders and columns of `_points` and `_newest_table`.
    points = _frame(con, f"SELECT {', '.join(POINT_COLUMNS)}, side FROM few_rows "
                    "WHERE event_date IS NOT NULL ORDER BY event_date, event_id", [])
    table = _frame(con, "SELECT * EXCLUDE (side) FROM few_rows "
                   "ORDER BY event_date DESC NULLS LAST, event_no LIMIT ?", [limit])
    return _in_lanes(points, "side", len(SIDES)), _table_rows(table)


def listed_table(con: Con, numbers: list[int], limit: int = ACTOR_TABLE_LIMIT) -> pd.DataFrame:
    """`events_table` of the listed actor whose spellings have these `numbers` (its newest
    `limit` events), after `gather_listed` on this connection."""
    con.execute("CREATE OR REPLACE TEMP TABLE newest_rows AS SELECT event_no FROM listed_rows "
                "WHERE actor_no IN (SELECT unnest(?::INTEGER[])) "
                "ORDER BY event_date DESC NULLS LAST, event_no LIMIT ?", [numbers, limit])
    return _newest_table(con)


def actor_condition(con: Con, actor: str) -> tuple[str, list]:
    """Our own SQL condition (with its parameters) for events whose source or target actor
    is `actor` (by `actor_key`): matched among the spellings, and the events found once per
    connection (`matches.table`) for the page's several queries about the actor."""
    key = actor_key(actor)
    spelled = "(SELECT actor_no FROM actor_spellings WHERE lower(trim(spelling)) = ?)"
    sql = (f"SELECT event_no FROM events WHERE source_actor_no IN {spelled} "
           f"UNION ALL SELECT event_no FROM events WHERE target_actor_no IN {spelled}")
    name = matches.table(con, "actor_rows", key, lambda: (sql, [key, key]))
    return f"event_no IN (SELECT event_no FROM {name})", []


def actor_points(con: Con, filters: Filters, actor: str) -> pd.DataFrame:
    """Timeline points of `actor`'s dated events in two lanes: as source, as target."""
    return timeline_points(con, filters, "side", max_lanes=len(SIDES), actor=actor)


# ---------------------------------------------------------------- one event


def event_record(con: Con, event_id: str) -> dict | None:
    """Every stored field of one event (with its article's outlet, published, title), or None
    when it is not (or no longer) there."""
    if not event_id:
        return None
    rows = con.execute(f"SELECT e.*, {cluster_id_sql('e.')} AS cluster_id, d.published, d.title "
                       "FROM events e LEFT JOIN documents d USING (doc_id) WHERE e.event_id = ?",
                       [event_id])
    columns = [c[0] for c in rows.description]
    found = rows.fetchall()
    if not found:
        return None
    return {k: v for k, v in zip(columns, found[0]) if k not in INTERNAL_EVENT_COLUMNS}


def cluster_reports(con: Con, cluster_id: object, exclude: str | None = None) -> pd.DataFrame:
    """The other events of a cluster (other reports of the same happening), oldest first."""
    if not isinstance(cluster_id, str) or not cluster_id:
        return pd.DataFrame(columns=list(REPORT_COLUMNS))
    # Found by the cluster's number: its events sit near its anchor, where the zone maps of
    # cluster_no point (an id's hash is spread at random).
    out = _frame(con, "SELECT e.event_date, e.outlet, d.title, e.sentence, e.url, e.event_id "
                 "FROM events e LEFT JOIN documents d USING (doc_id) "
                 "WHERE e.cluster_no = (SELECT cluster_no FROM clusters WHERE cluster_id = ?) "
                 "AND e.event_id IS DISTINCT FROM ? "
                 "ORDER BY e.event_date NULLS LAST, e.event_id", [cluster_id, exclude])
    out["event_date"] = [d.date() if isinstance(d, pd.Timestamp) else None
                         for d in pd.to_datetime(out["event_date"])]
    return out.reset_index(drop=True)
