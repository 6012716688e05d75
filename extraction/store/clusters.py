"""Cross-article deduplication: group event mentions that report the same real-world event.

Two mentions belong together when they have the same event class, the same dyad (either order
for symmetric classes) and dates within WINDOW_DAYS of the cluster's first date. Grouping is
anchored on the first date, not chained, so a daily series of attacks does not collapse into
one cluster. The date is the event date, or the article's publication date when the extractor
found none. Mentions with neither date nor any country stay alone.

Cost is one sorted scan: SQL sorts, a linear Python pass assigns anchors, SQL aggregates;
nothing is pairwise. `recluster` does that for the whole store (about 3 s at 1M mentions on a
2-CPU machine, benchmarks/bench_ingest.py --scale-events); `recluster_touched` only for the
part an ingest's changes can reach (see there), with the same result (~0.9 s at 1M mentions and
~6 s at 10M after 2,000 new documents, benchmarks/bench_dashboard.py --ingest-docs).
"""
from __future__ import annotations

import dataclasses

import duckdb
import pyarrow as pa

# Classes whose dyad has no direction: A calls B is the same event as B calls A.
SYMMETRIC_CLASSES = ("phone_call", "meet", "agree", "military_cooperation")
# Reports of one event are dated up to a day apart (time zones, "yesterday", late reports).
WINDOW_DAYS = 1
# Stands for "no day" in a group's earliest changed day: later than every real day number, so a
# group whose changed mentions all lack a date recomputes only its undated (alone) mentions.
_NO_DAY = 2**31 - 1 - WINDOW_DAYS

# Every mention with its group key (class, k1, k2) and day number. `alone` marks mentions that
# must not be merged with anything. Events are filtered before the join with documents, so a
# query for a few groups does not join the whole store.
_MENTIONS_SQL = """
WITH ev AS (
    SELECT e.event_id, e.event_no, e.doc_id, e.cluster_id, e.event_type, e.event_date, e.cameo_code,
           e.source_country, e.target_country,
           e.source_country IS NULL AND e.target_country IS NULL AS no_dyad,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN least(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.source_country, '') END AS k1,
           CASE WHEN list_contains($symmetric, e.event_type)
                THEN greatest(coalesce(e.source_country, ''), coalesce(e.target_country, ''))
                ELSE coalesce(e.target_country, '') END AS k2
    FROM events e
), m AS (
    SELECT ev.*, d.published, d.source,
           (coalesce(ev.event_date, d.published) - DATE '1970-01-01')::INTEGER AS day_number
    FROM ev JOIN documents d USING (doc_id)
    WHERE {where}
)
SELECT event_id, event_no, doc_id, cluster_id, event_type, k1, k2, day_number,
       no_dyad OR day_number IS NULL AS alone,
       cameo_code, source_country, target_country, event_date, published, source
FROM m
"""
_ORDER = " ORDER BY event_type, k1, k2, day_number NULLS LAST, event_id"

# All mentions in cluster order. (Group boundaries are found in Python: a SQL window for them
# doubled this query's time at 1M events.)
_ORDERED_SQL = ("SELECT event_id, event_no, event_type, k1, k2, day_number, alone FROM ("
                + _MENTIONS_SQL.format(where="true") + ")" + _ORDER)

# The mentions of some documents (table touched_docs), or those numbered from $first on (the
# rows just inserted: found through the last row groups alone, where a search by document read
# every event's id, ~0.2 s a batch at 10M events): their groups, days and clusters.
_TOUCHED_SQL = "SELECT cluster_id, event_type, k1, k2, day_number FROM ({mentions})"
_TOUCHED_DOCS_SQL = _TOUCHED_SQL.format(
    mentions=_MENTIONS_SQL.format(where="ev.doc_id IN (SELECT doc_id FROM touched_docs)"))
_TOUCHED_NEW_SQL = _TOUCHED_SQL.format(mentions=_MENTIONS_SQL.format(where="ev.event_no >= $first"))

# The mentions of the touched groups (table touched_groups) that the steps below need: from
# 2 x WINDOW_DAYS before the first changed day on (see _RESTART_SQL), and the undated.
_GROUP_MENTIONS_SQL = (
    "CREATE OR REPLACE TEMP TABLE group_mentions AS "
    + _MENTIONS_SQL.format(
        where="(ev.event_type, ev.k1, ev.k2) IN (SELECT (event_type, k1, k2) FROM touched_groups)")
    + """ JOIN touched_groups t USING (event_type, k1, k2)
    WHERE day_number IS NULL OR day_number >= t.first_day - 2 * $window"""
)

# Where each touched group's anchor pass must restart. Mentions before the group's first
# changed day keep their clusters (the pass over a prefix does not depend on what follows), so
# the pass restarts at the anchor of the last cluster before that day when that anchor can
# still take the changed mentions (it is at most WINDOW_DAYS earlier), else at the changed day
# itself. The anchor of a cluster is its first mention in cluster order. Only mentions from
# 2 x WINDOW_DAYS before the changed day are needed: a last mention before that restarts at
# the changed day, and a later one's anchor is at most WINDOW_DAYS before it.
_RESTART_SQL = """
WITH last_before AS (
    SELECT t.event_type, t.k1, t.k2, t.first_day,
           arg_max(g.cluster_id, (g.day_number, g.event_id)) AS cluster_id
    FROM touched_groups t JOIN group_mentions g USING (event_type, k1, k2)
    WHERE g.day_number < t.first_day
    GROUP BY ALL
), anchor AS (
    SELECT g.cluster_id, arg_min((g.day_number, g.event_id), (g.day_number, g.event_id)) AS a
    FROM group_mentions g SEMI JOIN last_before USING (cluster_id)
    GROUP BY g.cluster_id
)
SELECT t.event_type, t.k1, t.k2,
       CASE WHEN a.a[1] >= t.first_day - $window THEN a.a[1] ELSE t.first_day END AS start_day,
       CASE WHEN a.a[1] >= t.first_day - $window THEN a.a[2] ELSE '' END AS start_id
FROM touched_groups t
LEFT JOIN last_before l USING (event_type, k1, k2)
LEFT JOIN anchor a USING (cluster_id)
"""

# The touched groups' mentions from their restart on, in cluster order.
_TAIL_SQL = """
SELECT g.* FROM group_mentions g JOIN restarts r USING (event_type, k1, k2)
WHERE g.day_number > r.start_day OR (g.day_number = r.start_day AND g.event_id >= r.start_id)
   OR g.day_number IS NULL
""" + _ORDER

_ASSIGN_SQL = """
UPDATE events SET cluster_id = a.cluster_id, cluster_no = a.anchor_no
FROM (SELECT event_id, 'c' || left(md5(anchor), 16) AS cluster_id, anchor_no FROM cluster_anchor) a
WHERE events.event_id = a.event_id AND (events.cluster_id IS DISTINCT FROM a.cluster_id
                                        OR events.cluster_no IS DISTINCT FROM a.anchor_no)
"""

# A store of an older schema: each event's cluster_no is the number of the anchor its cluster
# id was made from (the mention whose own id hashes to it); a cluster id not made that way
# (written by other code) is numbered by its lowest event_no, so it still has one number.
_NUMBER_SQL = """
UPDATE events SET cluster_no = c.anchor_no
FROM (SELECT cluster_id,
             coalesce(min(event_no) FILTER (WHERE cluster_id = 'c' || left(md5(event_id), 16)),
                      min(event_no)) AS anchor_no
      FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id) c
WHERE events.cluster_id = c.cluster_id
"""

# One clusters row per cluster of the mentions in {mentions} (with their documents' published
# and source). The first report of a cluster is the mention from the earliest published article
# (then the earliest dated, then the lowest id, so the choice is deterministic).
_CLUSTER_ROWS_SQL = """
WITH c AS (
    SELECT m.cluster_id,
           arg_min({{'event_id': m.event_id, 'doc_id': m.doc_id, 'event_type': m.event_type,
                    'cameo_code': m.cameo_code, 'source_country': m.source_country,
                    'target_country': m.target_country}},
                   (coalesce(m.published, DATE '9999-12-31'),
                    coalesce(m.event_date, DATE '9999-12-31'), m.event_id)) AS f,
           min(m.event_date) AS first_date,
           max(m.event_date) AS last_date,
           count(DISTINCT m.doc_id)::INTEGER AS num_articles,
           -- An article of unknown outlet counts as its own source: it cannot be shown to
           -- repeat another outlet.
           count(DISTINCT coalesce(m.source, m.doc_id))::INTEGER AS num_sources,
           count(*)::INTEGER AS num_mentions
    FROM {mentions} m
    GROUP BY m.cluster_id
)
SELECT cluster_id, f.event_type, f.cameo_code, f.source_country, f.target_country, first_date,
       last_date, num_articles, num_sources, num_mentions, f.doc_id AS first_doc_id,
       f.event_id AS first_event_id
FROM c
ORDER BY cluster_id
"""
_CLUSTERS_SQL = "CREATE OR REPLACE TABLE clusters AS " + _CLUSTER_ROWS_SQL.format(
    mentions="(SELECT e.*, d.published, d.source FROM events e JOIN documents d USING (doc_id))")

# The clusters whose mentions changed: the old and the new cluster of every mention from the
# restarts on (table tail_old) whose cluster changed (new mentions had none), and the clusters
# of deleted mentions (table gone_clusters: a cluster may have lost all of them). A cluster
# reaching into that range starts at or after the restart, so all its mentions are in it: their
# new rows are aggregated from tail_old alone, without another scan of the store.
_STALE_CLUSTERS_SQL = """
CREATE OR REPLACE TEMP TABLE stale_clusters AS
WITH moved AS (
    SELECT t.cluster_id AS old_id, 'c' || left(md5(a.anchor), 16) AS new_id
    FROM tail_old t JOIN cluster_anchor a USING (event_id)
    WHERE t.cluster_id IS DISTINCT FROM 'c' || left(md5(a.anchor), 16)
)
SELECT old_id AS cluster_id FROM moved WHERE old_id IS NOT NULL
UNION SELECT new_id FROM moved
UNION SELECT cluster_id FROM gone_clusters
"""
_REPLACE_CLUSTERS_SQL = (
    "DELETE FROM clusters WHERE cluster_id IN (SELECT cluster_id FROM stale_clusters);\n"
    "INSERT INTO clusters BY NAME "
    + _CLUSTER_ROWS_SQL.format(mentions="""(
        SELECT * FROM (SELECT t.* REPLACE ('c' || left(md5(a.anchor), 16) AS cluster_id)
                       FROM tail_old t JOIN cluster_anchor a USING (event_id))
        WHERE cluster_id IN (SELECT cluster_id FROM stale_clusters))""")
)


def _anchors(ordered: pa.Table) -> tuple[list[str], list[int]]:
    """For each mention (in cluster order), the event_id and event_no of its cluster's first
    mention."""
    columns = [ordered.column(name).to_pylist()
               for name in ("event_id", "event_no", "event_type", "k1", "k2", "day_number", "alone")]
    anchors: list[str] = []
    numbers: list[int] = []
    group, anchor_id, anchor_no, anchor_day = None, None, None, None
    for event_id, event_no, event_type, k1, k2, day, alone in zip(*columns):
        key = (event_type, k1, k2)
        if alone or key != group or anchor_day is None or day - anchor_day > WINDOW_DAYS:
            anchor_id, anchor_no, anchor_day = event_id, event_no, (None if alone else day)
        group = key
        anchors.append(anchor_id)
        numbers.append(anchor_no)
    return anchors, numbers


def _params() -> dict:
    return {"symmetric": list(SYMMETRIC_CLASSES)}


def _assign(con: duckdb.DuckDBPyConnection, ordered: pa.Table) -> pa.Table:
    """Set events.cluster_id and cluster_no from the anchor pass over `ordered`; returns
    event_id -> anchor (and its number)."""
    anchors, numbers = _anchors(ordered)
    cluster_anchor = pa.table({
        "event_id": ordered.column("event_id"),
        "anchor": pa.array(anchors, pa.string()),
        "anchor_no": pa.array(numbers, pa.int64()),
    })
    con.register("cluster_anchor", cluster_anchor)
    try:
        con.execute(_ASSIGN_SQL)
    finally:
        con.unregister("cluster_anchor")
    return cluster_anchor


def recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute events.cluster_id and the clusters table (call inside a transaction)."""
    _assign(con, con.sql(_ORDERED_SQL, params=_params()).to_arrow_table())
    con.execute(_CLUSTERS_SQL)


def number_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Fill events.cluster_no in a store of an older schema, from its cluster ids (once)."""
    con.execute(_NUMBER_SQL)


@dataclasses.dataclass
class Touched:
    """What a writer's changes since the last recluster can reach: per group (class, k1, k2)
    the earliest day of a changed mention (undated: _NO_DAY), and the clusters of deleted ones.

    `note` the documents to delete before deleting them, `note_new` the inserted events after
    inserting them.
    """
    groups: dict[tuple, int] = dataclasses.field(default_factory=dict)
    clusters: set[str] = dataclasses.field(default_factory=set)

    def note(self, con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
        con.register("touched_docs", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
        try:
            self._add(con.execute(_TOUCHED_DOCS_SQL, _params()).fetchall())
        finally:
            con.unregister("touched_docs")

    def note_new(self, con: duckdb.DuckDBPyConnection, first: int) -> None:
        """Note the events numbered from `first` on (the batch just inserted)."""
        self._add(con.execute(_TOUCHED_NEW_SQL, {**_params(), "first": first}).fetchall())

    def _add(self, rows: list[tuple]) -> None:
        for cluster_id, kind, k1, k2, day in rows:
            day = _NO_DAY if day is None else day
            self.groups[kind, k1, k2] = min(day, self.groups.get((kind, k1, k2), day))
            if cluster_id is not None:
                self.clusters.add(cluster_id)


def recluster_touched(con: duckdb.DuckDBPyConnection, touched: Touched) -> None:
    """Recompute what the changes in `touched` can reach, with the result of a full recluster,
    provided the clusters were right before those changes (call inside a transaction).

    Per touched group, the anchor pass restarts at the last anchor before the first changed day
    (see _RESTART_SQL) and runs to the group's end; only the clusters whose mentions changed are
    aggregated again.
    """
    if not touched.groups:
        return
    keys = list(touched.groups)
    con.register("touched_groups", pa.table({
        "event_type": [k[0] for k in keys], "k1": [k[1] for k in keys], "k2": [k[2] for k in keys],
        "first_day": pa.array(list(touched.groups.values()), pa.int32()),
    }))
    con.register("gone_clusters", pa.table({"cluster_id": pa.array(sorted(touched.clusters),
                                                                   pa.string())}))
    try:
        con.execute(_GROUP_MENTIONS_SQL, {**_params(), "window": WINDOW_DAYS})
        restarts = con.sql(_RESTART_SQL, params={"window": WINDOW_DAYS}).to_arrow_table()
        con.register("restarts", restarts)
        tail_old = con.sql(_TAIL_SQL).to_arrow_table()
        con.register("tail_old", tail_old)
        cluster_anchor = _assign(con, tail_old)
        con.register("cluster_anchor", cluster_anchor)
        con.execute(_STALE_CLUSTERS_SQL)
        con.execute(_REPLACE_CLUSTERS_SQL)
    finally:
        for name in ("touched_groups", "gone_clusters", "restarts", "tail_old", "cluster_anchor"):
            con.unregister(name)
        con.execute("DROP TABLE IF EXISTS group_mentions; DROP TABLE IF EXISTS stale_clusters")
