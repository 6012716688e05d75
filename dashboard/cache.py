"""Cached reads of the store for the pages: where the query layer meets Streamlit.

The store is read once per `store_version` and shared by every session as one read-only
object (`st.cache_resource`): `st.cache_data` would pickle a 1M-row frame on every rerun.
Query results are small and cached per (store version, filters, choices) with
`st.cache_data`. Nothing here draws; pages call these and draw what comes back.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from extraction.store import export
from extraction.store.ingest import read_document, read_tables, refresh_stale_clusters
from extraction.store.query import Filters

from . import evidence, queries


@dataclass(frozen=True)
class Loaded:
    """One snapshot of the store: `events` cut for queries, `full` with every column."""

    events: pd.DataFrame
    full: pd.DataFrame
    clusters: pd.DataFrame


@dataclass(frozen=True)
class Overview:
    headline: queries.Headline
    periods: pd.DataFrame
    countries: pd.DataFrame
    dyads: pd.DataFrame
    undated: int


@dataclass(frozen=True)
class Actors:
    matched: int  # events that pass the filters
    total: int  # actors named in them
    table: pd.DataFrame  # the most active `queries.ACTOR_LIMIT` (`queries.actors_table`)


@dataclass(frozen=True)
class Actor:
    """One actor's events under the current filters."""

    matched: int
    points: pd.DataFrame | None  # its timeline, or None when too many events to draw
    counts: pd.DataFrame  # events per week and class (drawn instead of too many points)
    table: pd.DataFrame  # `queries.events_table` of its events


@st.cache_resource(max_entries=1, show_spinner=False)
def repair_clusters(db_path: str, version: str) -> bool:
    """Recluster a store an ingest left with stale clusters (killed mid-run); once per version.

    True if it did, so the caller reads the new store version.
    """
    return refresh_stale_clusters(db_path)


# One snapshot at a time: after an ingest the old one is dropped, not kept beside the new.
@st.cache_resource(max_entries=1, show_spinner=False)
def load(db_path: str, version: str) -> Loaded:
    """The store as of `version` (the version only keys the cache)."""
    tables = read_tables(db_path)
    return Loaded(queries.prepare(tables.events), tables.events, tables.clusters)


@st.cache_data(max_entries=4, show_spinner=False)
def options(db_path: str, version: str) -> queries.Options:
    return queries.options(load(db_path, version).events)


@st.cache_data(max_entries=32, show_spinner=False)
def overview(db_path: str, version: str, filters: Filters, period: str, stack: str, role: str) -> Overview:
    events = queries.filtered(load(db_path, version).events, filters)
    return Overview(
        headline=queries.headline(events),
        periods=queries.counts_by_period(events, period, stack),
        countries=queries.counts_by_country(events, role),
        dyads=queries.top_dyads(events),
        undated=int(events["event_date"].isna().sum()),
    )


@st.cache_data(max_entries=32, show_spinner=False)
def timeline(db_path: str, version: str, filters: Filters, lane: str) -> tuple[int, pd.DataFrame | None]:
    """(events matched, their points), or (matched, None) when too many to draw."""
    events = queries.filtered(load(db_path, version).events, filters)
    if len(events) > queries.TIMELINE_LIMIT:
        return len(events), None
    return len(events), queries.timeline_points(events, lane)


@st.cache_data(max_entries=32, show_spinner=False)
def table(db_path: str, version: str, filters: Filters) -> tuple[int, pd.DataFrame]:
    """(events matched, the table of the newest `queries.TABLE_LIMIT` of them)."""
    events = queries.filtered(load(db_path, version).events, filters)
    return len(events), queries.events_table(events)


@st.cache_data(max_entries=32, show_spinner=False)
def actors(db_path: str, version: str, filters: Filters) -> Actors:
    events = queries.filtered(load(db_path, version).events, filters)
    return Actors(len(events), len(queries.actor_counts(events)), queries.actors_table(events))


@st.cache_data(max_entries=32, show_spinner=False)
def actor(db_path: str, version: str, filters: Filters, name: str) -> Actor:
    events = queries.actor_events(queries.filtered(load(db_path, version).events, filters), name)
    few = len(events) <= queries.TIMELINE_LIMIT
    return Actor(
        matched=len(events),
        points=queries.actor_points(events, name) if few else None,
        counts=queries.counts_by_period(events.iloc[0:0] if few else events, "week", "class"),
        table=queries.events_table(events),
    )


@st.cache_data(max_entries=64, show_spinner=False)
def detail(db_path: str, version: str, event_id: str) -> dict | None:
    """An event's fields, its article's (text, kind) segments and its cluster's other reports."""
    loaded = load(db_path, version)
    record = queries.event_record(loaded.full, event_id)
    if record is None:
        return None
    document = read_document(db_path, record["doc_id"]) or {}
    return {
        "record": record,
        "document": {k: document.get(k) for k in ("title", "url", "source", "published", "path")},
        "has_text": bool(document.get("text")),
        "segments": evidence.segments(
            document.get("text"), record.get("sentence"), record.get("sentence_start"),
            record.get("sentence_end"), record.get("trigger_spans"), record.get("trigger"),
        ),
        "reports": queries.cluster_reports(loaded.full, record.get("cluster_id"), event_id),
    }


def export_rows(loaded: Loaded, event_ids: list[str]) -> pd.DataFrame:
    """Export columns of exactly these events, in this order (the rows the table shows)."""
    rows = loaded.full[loaded.full["event_id"].isin(event_ids)].set_index("event_id", drop=False)
    return export.export_frame(rows.loc[[e for e in event_ids if e in rows.index]]).reset_index(drop=True)


def csv_bytes(loaded: Loaded, event_ids: list[str]) -> bytes:
    return export.safe_csv(export_rows(loaded, event_ids)).encode("utf-8")


def jsonl_bytes(loaded: Loaded, event_ids: list[str]) -> bytes:
    out = io.StringIO()
    export.write_jsonl(export_rows(loaded, event_ids), out)
    return out.getvalue().encode("utf-8")


# Per-filter caches (the benchmark clears these to time cold filter changes).
RESULT_CACHES = (overview, timeline, table, actors, actor, detail)
