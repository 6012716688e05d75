"""Cross-article deduplication: group event mentions that report the same real-world event.

Two mentions belong together when they have the same event class, the same dyad (either order
for symmetric classes) and dates within WINDOW_DAYS of the cluster's first date. Grouping is
anchored on the first date, not chained, so a daily series of attacks does not collapse into
one cluster. The date is the event date, or the article's publication date when the extractor
found none. Mentions with neither date nor any country stay alone.

Cost is one sorted scan: SQL sorts, a linear Python pass assigns anchors, SQL aggregates;
nothing is pairwise. Measured at 1M mentions (benchmarks/bench_ingest.py --scale-events):
about 3 s in all on a 2-CPU machine.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

# Classes whose dyad has no direction: A calls B is the same event as B calls A.
SYMMETRIC_CLASSES = ("phone_call", "meet", "agree", "military_cooperation")
# Reports of one event are dated up to a day apart (time zones, "yesterday", late reports).
WINDOW_DAYS = 1

# Mentions in cluster order with the fields the anchor pass needs. `alone` marks mentions that
# must not be merged with anything. (Group boundaries are found in Python: a SQL window for
# them doubled this query's time at 1M events.)
_ORDERED_SQL = """
WITH m AS (
    SELECT e.event_id, e.event_type,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN least(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.source_country, '') END AS k1,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN greatest(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.target_country, '') END AS k2,
           (coalesce(e.event_date, d.published) - DATE '1970-01-01')::INTEGER AS day_number,
           e.source_country IS NULL AND e.target_country IS NULL AS no_dyad
    FROM events e JOIN documents d USING (doc_id)
)
SELECT event_id, event_type, k1, k2, day_number, no_dyad OR day_number IS NULL AS alone
FROM m
ORDER BY event_type, k1, k2, day_number NULLS LAST, event_id
"""

_ASSIGN_SQL = """
UPDATE events SET cluster_id = a.cluster_id
FROM (SELECT event_id, 'c' || left(md5(anchor), 16) AS cluster_id FROM cluster_anchor) a
WHERE events.event_id = a.event_id AND events.cluster_id IS DISTINCT FROM a.cluster_id
"""

# The first report of a cluster is the mention from the earliest published article (then the
# earliest dated, then the lowest id, so the choice is deterministic).
_CLUSTERS_SQL = """
CREATE OR REPLACE TABLE clusters AS
WITH c AS (
    SELECT e.cluster_id,
           arg_min({'event_id': e.event_id, 'doc_id': e.doc_id, 'event_type': e.event_type,
                    'cameo_code': e.cameo_code, 'source_country': e.source_country,
                    'target_country': e.target_country},
                   (coalesce(d.published, DATE '9999-12-31'),
                    coalesce(e.event_date, DATE '9999-12-31'), e.event_id)) AS f,
           min(e.event_date) AS first_date,
           max(e.event_date) AS last_date,
           count(DISTINCT e.doc_id)::INTEGER AS num_articles,
           -- An article of unknown outlet counts as its own source: it cannot be shown to
           -- repeat another outlet.
           count(DISTINCT coalesce(d.source, d.doc_id))::INTEGER AS num_sources,
           count(*)::INTEGER AS num_mentions
    FROM events e JOIN documents d USING (doc_id)
    GROUP BY e.cluster_id
)
SELECT cluster_id, f.event_type, f.cameo_code, f.source_country, f.target_country, first_date,
       last_date, num_articles, num_sources, num_mentions, f.doc_id AS first_doc_id,
       f.event_id AS first_event_id
FROM c
ORDER BY cluster_id
"""


def _anchors(ordered: pa.Table) -> list[str]:
    """For each mention (in cluster order), the event_id of its cluster's first mention."""
    columns = [ordered.column(name).to_pylist()
               for name in ("event_id", "event_type", "k1", "k2", "day_number", "alone")]
    anchors: list[str] = []
    group, anchor_id, anchor_day = None, None, None
    for event_id, event_type, k1, k2, day, alone in zip(*columns):
        key = (event_type, k1, k2)
        if alone or key != group or anchor_day is None or day - anchor_day > WINDOW_DAYS:
            anchor_id, anchor_day = event_id, (None if alone else day)
        group = key
        anchors.append(anchor_id)
    return anchors


def recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute events.cluster_id and the clusters table (call inside a transaction)."""
    ordered = con.sql(_ORDERED_SQL, params={"symmetric": list(SYMMETRIC_CLASSES)}).to_arrow_table()
    cluster_anchor = pa.table({  # noqa: F841 - read by DuckDB through the replacement scan
        "event_id": ordered.column("event_id"),
        "anchor": pa.array(_anchors(ordered), pa.string()),
    })
    con.register("cluster_anchor", cluster_anchor)
    try:
        con.execute(_ASSIGN_SQL)
    finally:
        con.unregister("cluster_anchor")
    con.execute(_CLUSTERS_SQL)
