"""Cross-article deduplication: group event mentions that report the same real-world event.

Two mentions belong together when they have the same event class, the same dyad (either order
for symmetric classes) and dates within WINDOW_DAYS of the cluster's first date. Grouping is
anchored on the first date, not chained, so a daily series of attacks does not collapse into
one cluster. The date is the event date, or the article's publication date when the extractor
found none. Mentions with neither date nor any country stay alone.

Cost is one sorted scan: SQL sorts, a linear Python pass assigns anchors (about 0.3 s per
million mentions), SQL aggregates. Nothing is pairwise.
"""
from __future__ import annotations

import duckdb
import pyarrow as pa

# Classes whose dyad has no direction: A calls B is the same event as B calls A.
SYMMETRIC_CLASSES = ("phone_call", "meet", "agree", "military_cooperation")
# Reports of one event are dated up to a day apart (time zones, "yesterday", late reports).
WINDOW_DAYS = 1

# Mentions in cluster order, with the fields the anchor pass needs. `new_group` marks the first
# mention of each (class, dyad); `alone` marks mentions that must not be merged with anything.
_ORDERED_SQL = """
WITH m AS (
    SELECT e.event_id, e.event_type,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN least(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.source_country, '') END AS k1,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN greatest(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.target_country, '') END AS k2,
           coalesce(e.event_date, d.published) AS day,
           e.source_country IS NULL AND e.target_country IS NULL AS no_dyad
    FROM events e JOIN documents d USING (doc_id)
)
SELECT event_id,
       (event_type, k1, k2) IS DISTINCT FROM
           lag((event_type, k1, k2)) OVER (ORDER BY event_type, k1, k2, day NULLS LAST, event_id)
           AS new_group,
       (day - DATE '1970-01-01')::INTEGER AS day_number,
       no_dyad OR day IS NULL AS alone
FROM m
ORDER BY event_type, k1, k2, day NULLS LAST, event_id
"""

_ASSIGN_SQL = """
UPDATE events SET cluster_id = a.cluster_id
FROM (SELECT event_id, 'c' || left(md5(anchor), 16) AS cluster_id FROM cluster_anchor) a
WHERE events.event_id = a.event_id AND events.cluster_id IS DISTINCT FROM a.cluster_id
"""

# The first report of a cluster is the mention from the earliest published article.
_CLUSTERS_SQL = """
CREATE OR REPLACE TABLE clusters AS
WITH m AS (
    SELECT e.cluster_id, e.event_id, e.doc_id, e.event_type, e.cameo_code, e.source_country,
           e.target_country, e.event_date, d.published, coalesce(d.source, d.doc_id) AS outlet,
           row_number() OVER (PARTITION BY e.cluster_id
                              ORDER BY d.published NULLS LAST, e.event_date NULLS LAST,
                                       e.event_id) AS rank
    FROM events e JOIN documents d USING (doc_id)
)
SELECT cluster_id,
       any_value(event_type) FILTER (WHERE rank = 1) AS event_type,
       any_value(cameo_code) FILTER (WHERE rank = 1) AS cameo_code,
       any_value(source_country) FILTER (WHERE rank = 1) AS source_country,
       any_value(target_country) FILTER (WHERE rank = 1) AS target_country,
       min(event_date) AS first_date,
       max(event_date) AS last_date,
       count(DISTINCT doc_id)::INTEGER AS num_articles,
       -- An article of unknown outlet counts as its own source: it cannot be shown to repeat
       -- another outlet.
       count(DISTINCT outlet)::INTEGER AS num_sources,
       count(*)::INTEGER AS num_mentions,
       any_value(doc_id) FILTER (WHERE rank = 1) AS first_doc_id,
       any_value(event_id) FILTER (WHERE rank = 1) AS first_event_id
FROM m
GROUP BY cluster_id
ORDER BY cluster_id
"""


def _anchors(ordered: pa.Table) -> list[str]:
    """For each mention (in cluster order), the event_id of its cluster's first mention."""
    ids = ordered.column("event_id").to_pylist()
    new_group = ordered.column("new_group").to_pylist()
    days = ordered.column("day_number").to_pylist()
    alone = ordered.column("alone").to_pylist()
    anchors: list[str] = []
    anchor_id, anchor_day = None, None
    for event_id, starts_group, day, single in zip(ids, new_group, days, alone):
        if starts_group or single or anchor_day is None or day - anchor_day > WINDOW_DAYS:
            anchor_id, anchor_day = event_id, (None if single else day)
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
