"""Cached queries of the store for the pages: where the query layer meets Streamlit.

Nothing of the store is held in memory by us: each function opens the store read-only for
its few queries (`extraction.store.read.reading`), lets DuckDB answer them, and closes it
again. Between page runs the server keeps the file open read-only while no ingest runs
(`held_store`), so those connections find the blocks the last page read in DuckDB's buffer
pool; an ingest makes it let go at once. The small results are cached per (store version,
filters, choices) with `st.cache_data`; a new store version is a new key, so a page after an
ingest shows the new batches. Nothing here draws.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from extraction.store import matches
from extraction.store.ingest import read_document, refresh_stale_clusters
from extraction.store.query import Filters
from extraction.store.read import HeldStore, reading

from . import actor_scan, evidence, queries


@dataclass(frozen=True)
class Overview:
    headline: queries.Headline
    periods: pd.DataFrame
    countries: pd.DataFrame
    dyads: pd.DataFrame
    undated: int


@dataclass(frozen=True)
class Actor:
    """One actor's events under the current filters."""

    matched: int
    points: pd.DataFrame | None  # its timeline, or None above `queries.ACTOR_TIMELINE_LIMIT`
    counts: pd.DataFrame  # events per week and class (drawn instead of too many points)
    table: pd.DataFrame  # `queries.events_table` of its newest `queries.ACTOR_TABLE_LIMIT` events
    undated: int = 0  # of `matched`, the events with no date (on no timeline)


@dataclass(frozen=True)
class Actors:
    matched: int  # events that pass the filters
    total: int  # actors named in them
    table: pd.DataFrame  # the most active `queries.ACTOR_LIMIT` (`queries.actors_table`)
    shared: tuple = ()  # the text and actor filters' matches (`matches.saved`) for `actor`
    # (name, events) of the listed actor the page shows, read with the table on its connection
    # (the text and actor filters' matches found once for both).
    shown: tuple[str, Actor] | None = None


# A text or actor filter's matching event numbers are handed from the Actors page's first
# connection to its second (the chosen actor) when there are at most this many: two common
# words took ~0.6 s to look up on each at 10M events. (The other pages read on the connection
# that looked them up, whose blocks are then warm: handing them to a fresh connection made
# the Timeline's and Events page's text views slower.) 500,000 numbers are 4 MB in a cached
# result, 128 MB if all 32 entries of `actors` held that many; the benchmark's actor
# substring matches ~400,000 events at 10M, its texts up to ~33,000.
SHARED_MATCHES = 500_000


@st.cache_resource(max_entries=1, show_spinner=False, on_release=HeldStore.release)
def held_store(db_path: str) -> HeldStore:
    """The store the server serves, kept open between page runs (`HeldStore`); one at a time,
    let go when the server is pointed at another."""
    return HeldStore(db_path)


@st.cache_resource(max_entries=1, show_spinner=False)
def repair_clusters(db_path: str, version: str) -> bool:
    """Recluster a store an ingest left with stale clusters (killed mid-run), or upgrade an
    older store's schema; once per version. True if it did, so the caller reads the new version.
    """
    return refresh_stale_clusters(db_path)


@st.cache_data(max_entries=4, show_spinner=False)
def options(db_path: str, version: str) -> queries.Options:
    with reading(db_path) as con:
        return queries.options(con)


@st.cache_data(max_entries=32, show_spinner=False)
def overview(db_path: str, version: str, filters: Filters, period: str, stack: str, role: str) -> Overview:
    with reading(db_path) as con:
        counts = queries.overview(con, filters, period, stack, role)
    return Overview(headline=counts.headline, periods=counts.periods, countries=counts.countries,
                    dyads=counts.dyads, undated=counts.headline.undated)


@dataclass(frozen=True)
class Timeline:
    matched: int  # events that pass the filters
    points: pd.DataFrame | None  # one per dated event, or None when too many to draw
    undated: int = 0  # of `matched`, the events with no date (drawn nowhere)


@st.cache_data(max_entries=32, show_spinner=False)
def timeline(db_path: str, version: str, filters: Filters, lane: str) -> Timeline:
    """The matched events' points in lanes, unless there are too many to draw."""
    with reading(db_path) as con:
        matched = queries.matched(con, filters)
        if matched > queries.TIMELINE_LIMIT:
            return Timeline(matched, None)
        points = queries.timeline_points(con, filters, lane)  # the dated ones
        return Timeline(matched, points, matched - len(points))


@st.cache_data(max_entries=32, show_spinner=False)
def table(db_path: str, version: str, filters: Filters, page: int = 1) -> queries.TablePage:
    """Page `page` of the matched events' table: `queries.PAGE_ROWS` rows, newest first."""
    with reading(db_path) as con:
        return queries.table_page(con, filters, page, queries.PAGE_ROWS)


@st.cache_data(max_entries=32, show_spinner=False)
def actors(db_path: str, version: str, filters: Filters, _chosen: str | None = None) -> Actors:
    """The Actors page's table, with the events of the actor it will show: `_chosen` (the
    page's choice so far) while it is listed, else the most active, as `context.keep_actor`
    decides. `_chosen` is not part of the cache key: picking another actor reuses the table,
    and `actor` then reads that actor's events itself."""
    # Every event's actor counts come with the options (worked out for the sidebar's list).
    unfiltered = options(db_path, version).actor_counts if filters.is_empty() else None
    names = None if filters.is_empty() else actor_spellings(db_path, version)
    with reading(db_path) as con:
        found = queries.listed_actors(con, filters, _chosen, unfiltered, names)
        if found.shown is None:
            return Actors(found.matched, 0, found.table)
        name, numbers, events = found.shown
        return Actors(found.matched, found.actors, found.table, matches.saved(con, SHARED_MATCHES),
                      (name, _listed_actor(con, numbers, events)))


@st.cache_resource(max_entries=1, show_spinner=False)
def actor_spellings(db_path: str, version: str) -> actor_scan.Spellings:
    """The store's actor spellings ranked for the Actors page's counts, once per store version
    (~35 ms at 10M events; read only, never changed by a caller)."""
    with reading(db_path) as con:
        return actor_scan.spellings(con)


def _listed_actor(con, numbers: list[int], events: int) -> Actor:
    """The events (`events` of them, the undated among them) of the listed actor whose
    spellings have these `numbers`, from the rows `queries.actors_table` left for it."""
    weekly = queries.listed_by_period(con, numbers)
    if events <= queries.ACTOR_TIMELINE_LIMIT:  # drawn one by one: its rows read once for both
        points, table = queries.listed_few(con, numbers, queries.ACTOR_TABLE_LIMIT)
        return _actor_view(events, weekly, lambda: points, table)
    return _actor_view(events, weekly, lambda: queries.listed_points(con, numbers),
                       queries.listed_table(con, numbers, queries.ACTOR_TABLE_LIMIT))


def _actor_view(matched: int, weekly: pd.DataFrame, points, table: pd.DataFrame) -> Actor:
    """An actor's events drawn one marker each when few, else as weekly counts (`points` is
    read only then)."""
    few = matched <= queries.ACTOR_TIMELINE_LIMIT
    return Actor(matched=matched, points=points() if few else None,
                 counts=weekly if not few else weekly.iloc[:0], table=table,
                 undated=matched - int(weekly["count"].sum()))  # the weekly counts are of dated events


@st.cache_data(max_entries=32, show_spinner=False)
def actor(db_path: str, version: str, filters: Filters, name: str) -> Actor:
    listed = actors(db_path, version, filters)  # cached: the page has just asked
    if listed.shown is not None and listed.shown[0] == name:
        return listed.shown[1]
    shared = listed.shared
    with reading(db_path) as con:
        matches.restore(con, shared)
        mine = queries.actor_condition(con, name)
        matched, weekly = queries.matched_by_period(con, filters, "week", "class", extra=mine)
        return _actor_view(matched, weekly, lambda: queries.actor_points(con, filters, name),
                           queries.events_table(con, filters, queries.ACTOR_TABLE_LIMIT,
                                                extra=mine))


@st.cache_data(max_entries=64, show_spinner=False)
def detail(db_path: str, version: str, event_id: str) -> dict | None:
    """An event's fields, its article's (text, kind) segments and its cluster's other reports."""
    with reading(db_path) as con:
        record = queries.event_record(con, event_id)
        if record is None:
            return None
        reports = queries.cluster_reports(con, record.get("cluster_id"), event_id)
    document = read_document(db_path, record["doc_id"]) or {}
    return {
        "record": record,
        "document": {k: document.get(k) for k in ("title", "url", "source", "published", "path")},
        "has_text": bool(document.get("text")),
        "segments": evidence.segments(
            document.get("text"), record.get("sentence"), record.get("sentence_start"),
            record.get("sentence_end"), record.get("trigger_spans"), record.get("trigger"),
        ),
        "reports": reports,
    }


# Per-filter caches (the benchmark clears these to time cold filter changes).
RESULT_CACHES = (overview, timeline, table, actors, actor, detail)
