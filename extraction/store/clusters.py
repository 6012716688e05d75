"""Cross-article deduplication: group event mentions that report the same real-world event.

Two mentions belong together when they have the same event class, the same dyad (either order
for symmetric classes) and dates within WINDOW_DAYS of the cluster's first date. Grouping is
anchored on the first date, not chained, so a daily series of attacks does not collapse into
one cluster. The date is the event date, or the article's publication date when the extractor
found none. Mentions with neither date nor any country stay alone. A cluster is named after
its first mention in cluster order, its anchor: `cluster_id` is "c" and the first 16 hex
digits of the md5 of the anchor's event_id, and `cluster_no` is the anchor's event_no. Each
event stores its cluster's id as the number those digits are (`cluster_hash`; readers print
it with `cluster_id_sql`), not as text: the mentions whose anchor moves lie all over the file,
and rewriting a text column there cost an ingest seconds (see `_ASSIGN_SQL`).

Cost is one sorted scan: SQL sorts, an array pass assigns anchors (anchors.py), SQL
aggregates; nothing is pairwise. `recluster` does that for the whole store (2.4 s at 1M
mentions on a 2-CPU machine, the 1M benchmark store); `redo_touched` only around the mentions
an ingest changed (see there), with the same result.
"""
from __future__ import annotations

import dataclasses

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .anchors import NO_ROW, Segments, anchor_pass, restart_rows, settled

# Classes whose dyad has no direction: A calls B is the same event as B calls A.
SYMMETRIC_CLASSES = ("phone_call", "meet", "agree", "military_cooperation")
# Reports of one event are dated up to a day apart (time zones, "yesterday", late reports).
WINDOW_DAYS = 1
# Days past a changed mention the incremental pass reads before it must have met the old
# clusters again (else it reads on to the group's end). At least WINDOW_DAYS: a deleted
# mention's old cluster ends within that. 2,000 synthetic documents into the 1M benchmark store
# make ~20,000 stretches, of which 237 read on with 1 day, 20 with 2, 3 with 3 and none with 5;
# each day more reads more rows of every stretch, so 3.
READ_AHEAD_DAYS = 3

_SYMMETRIC = ", ".join(f"'{kind}'" for kind in SYMMETRIC_CLASSES)  # our own constant names
# The group key of a mention (class, k1, k2): the dyad in a fixed order for symmetric classes.
# {e} is a table prefix.
_K1 = (f"CASE WHEN {{e}}event_type IN ({_SYMMETRIC}) "
       "THEN least(coalesce({e}source_country, ''), coalesce({e}target_country, '')) "
       "ELSE coalesce({e}source_country, '') END")
_K2 = (f"CASE WHEN {{e}}event_type IN ({_SYMMETRIC}) "
       "THEN greatest(coalesce({e}source_country, ''), coalesce({e}target_country, '')) "
       "ELSE coalesce({e}target_country, '') END")
# A number for the group, kept on each event (events.cluster_group) so that the mentions of a
# few groups are found by one integer column instead of computing every event's key. md5, not
# DuckDB's `hash`, so it never changes with the DuckDB version; two groups sharing a number
# would only make the incremental pass read more rows (it compares the keys themselves).
GROUP_SQL = f"md5_number_upper(concat_ws('|', {{e}}event_type, {_K1}, {_K2}))"
# The day a mention is grouped by, kept on each event (events.cluster_day): its date, or its
# article's publication day. Rows lie roughly in day order, so a stretch of days is found
# through the column's zone maps instead of reading every event's group.
CLUSTER_DAY_SQL = "coalesce(event_date, doc_published)"

# Every mention with its group key (class, k1, k2) and day number. `alone` marks mentions that
# must not be merged with anything. The article's publication day and outlet are read from the
# event's own copies: joining the documents cost ~0.15 s a query on the 10M benchmark store.
_MENTIONS_SQL = f"""
WITH m AS (
    SELECT e.event_id, e.event_no, e.doc_id, e.cluster_no, e.cluster_group,
           e.event_type, e.event_date, e.cameo_code, e.source_country, e.target_country,
           e.source_country IS NULL AND e.target_country IS NULL AS no_dyad,
           {_K1.format(e='e.')} AS k1, {_K2.format(e='e.')} AS k2,
           e.doc_published AS published, e.outlet AS source,
           (e.cluster_day - DATE '1970-01-01')::INTEGER AS day_number
    FROM events e
    WHERE {{where}}
)
SELECT event_id, event_no, doc_id, cluster_no, cluster_group, event_type, k1, k2,
       day_number, no_dyad OR day_number IS NULL AS alone,
       cameo_code, source_country, target_country, event_date, published, source
FROM m
"""
_ORDER = " ORDER BY event_type, k1, k2, day_number NULLS LAST, event_id"

# All mentions in cluster order. (Group boundaries are found in Python: a SQL window for them
# doubled this query's time at 1M events.)
_ORDERED_SQL = ("SELECT event_id, event_no, cluster_no, event_type, k1, k2, day_number, alone FROM ("
                + _MENTIONS_SQL.format(where="true") + ")" + _ORDER)

# The mentions of some documents (table touched_docs), or those numbered from $first on (the
# rows just inserted: found through the last row groups, where a search by document read every
# event's id, ~0.2 s a batch at 10M events).
_TOUCHED_COLUMNS = "SELECT cluster_no, cluster_group, event_type, k1, k2, day_number, alone, event_no"
_TOUCHED_DOCS_SQL = f"{_TOUCHED_COLUMNS} FROM (" + _MENTIONS_SQL.format(
    where="e.doc_id IN (SELECT doc_id FROM touched_docs)") + ")"
_TOUCHED_NEW_SQL = f"{_TOUCHED_COLUMNS} FROM (" + _MENTIONS_SQL.format(where="e.event_no >= $first") + ")"

# The stretches to recompute (table stretches: stretch, cluster_group, event_type, k1, k2, and
# lo and hi as day numbers) and the new mentions that stay alone (table alone_new):
# first the event numbers, from the group and day columns alone (at 10M events reading every
# column of the touched groups took seconds), then those mentions in full, in cluster order.
# $lo and $hi, the first and last day of all stretches, let the scan skip the row groups whose
# days lie outside (a join condition alone does not).
_STRETCH_ROWS_SQL = """
CREATE OR REPLACE TEMP TABLE stretch_rows AS
SELECT e.event_no, s.stretch FROM events e JOIN stretches s ON e.cluster_group = s.cluster_group
WHERE e.cluster_day BETWEEN DATE '1970-01-01' + $lo AND DATE '1970-01-01' + $hi
  AND e.cluster_day BETWEEN DATE '1970-01-01' + s.lo AND DATE '1970-01-01' + s.hi
UNION ALL SELECT event_no, NULL FROM alone_new
"""
_STRETCH_MENTIONS_SQL = ("SELECT m.*, r.stretch FROM ("
                         + _MENTIONS_SQL.format(where="e.event_no IN (SELECT event_no FROM stretch_rows)")
                         + """) m JOIN stretch_rows r USING (event_no)
LEFT JOIN stretches s USING (stretch)
WHERE r.stretch IS NULL  -- a new mention that stays alone
   OR (m.event_type, m.k1, m.k2) = (s.event_type, s.k1, s.k2) AND NOT m.alone
      AND m.day_number BETWEEN s.lo AND s.hi
ORDER BY r.stretch NULLS FIRST, m.day_number, m.event_id""")
# The rest of a group whose pass did not meet its old clusters within its stretch (table
# rest_groups: cluster_group, event_type, k1, k2, after); $after, the earliest `after`, skips
# the row groups of earlier days.
_REST_SQL = ("SELECT m.*, g.segment FROM (" + _MENTIONS_SQL.format(
    where="e.cluster_group IN (SELECT cluster_group FROM rest_groups) "
          "AND e.cluster_day > DATE '1970-01-01' + $after") + """) m
JOIN rest_groups g USING (event_type, k1, k2)
WHERE NOT m.alone AND m.day_number > g.after
ORDER BY g.segment, m.day_number, m.event_id""")

# The cluster id of the anchor's event_id {anchor}, as a number (`cluster_hash`).
_HASH_SQL = "('0x' || left(md5({anchor}), 16))::UBIGINT"

# Every event's cluster from table cluster_anchor (event_no, anchor, anchor_no). The full pass
# hands in every event, so only those whose cluster differs are written; the incremental one
# hands in only those. Numbers, not text: on a copy of the 10M benchmark store, updating
# 24,500 events (4,500 spread over the file, 20,000 at its end) took 1.0-1.45 s and its commit
# 2.0-3.7 s with the text cluster id (its blocks rewritten wherever one value changed, then
# checkpointed), 0.10-0.12 s and 0.31-0.34 s with the id as a number.
_ASSIGN_SQL = f"""
UPDATE events SET cluster_no = a.anchor_no, cluster_hash = a.cluster_hash
FROM (SELECT event_no, anchor_no, {_HASH_SQL.format(anchor='anchor')} AS cluster_hash
      FROM cluster_anchor) a
WHERE events.event_no = a.event_no{{changed}}
"""
_CHANGED = (" AND (events.cluster_no IS DISTINCT FROM a.anchor_no"
            " OR events.cluster_hash IS DISTINCT FROM a.cluster_hash)")

# A store of schema 3 (cluster ids on the events, no numbers): each event's cluster_no is the
# number of the anchor its cluster id was made from (the mention whose own id hashes to it);
# a cluster id not made that way (written by other code) is numbered by its lowest event_no,
# so it still has one number.
_NUMBER_SQL = """
UPDATE events SET cluster_no = c.anchor_no
FROM (SELECT cluster_id,
             coalesce(min(event_no) FILTER (WHERE cluster_id = 'c' || left(md5(event_id), 16)),
                      min(event_no)) AS anchor_no
      FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id) c
WHERE events.cluster_id = c.cluster_id;
UPDATE clusters SET cluster_no = n.cluster_no
FROM (SELECT DISTINCT cluster_id, cluster_no FROM events) n WHERE clusters.cluster_id = n.cluster_id;
"""
_GROUPS_SQL = f"UPDATE events SET cluster_group = {GROUP_SQL.format(e='')}"
# A store of schema 4 (each event's cluster id as text): the ids as numbers, from the anchors
# (every event's cluster_no); a cluster id not made from its anchor (written by other code) is
# renamed after it, so the clusters table and the events agree.
_HASH_FROM_ANCHORS_SQL = f"""
UPDATE events SET cluster_hash = {_HASH_SQL.format(anchor='a.event_id')}
FROM events a WHERE a.event_no = events.cluster_no;
UPDATE clusters SET cluster_id = n.cluster_id
FROM (SELECT event_no, 'c' || left(md5(event_id), 16) AS cluster_id FROM events) n
WHERE n.event_no = clusters.cluster_no AND clusters.cluster_id IS DISTINCT FROM n.cluster_id;
"""

# One clusters row per cluster of the mentions in {mentions} (with their documents' published
# and source, and their cluster_no). The first report of a cluster is the mention from the
# earliest published article (then the earliest dated, then the lowest id, so the choice is
# deterministic). The id hashes the anchor's event_id: the anchor is the mention whose own
# number is the cluster's.
# Rows come in cluster_no order: the events table looks clusters up by number for the rows it
# shows, and in that order DuckDB skips the row groups that cannot hold them (the 100 newest
# events' clusters on the 10M benchmark store: ~4 ms against ~35 ms in cluster_id order, which
# is random). An incremental pass appends its clusters after the rest, so the order holds up
# to the next full pass but for those rows.
_CLUSTER_ROWS_SQL = """
WITH c AS (
    SELECT 'c' || left(md5(any_value(m.event_id) FILTER (WHERE m.event_no = m.cluster_no)), 16)
               AS cluster_id,
           m.cluster_no,
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
    GROUP BY m.cluster_no
)
SELECT cluster_id, f.event_type, f.cameo_code, f.source_country, f.target_country, first_date,
       last_date, num_articles, num_sources, num_mentions, f.doc_id AS first_doc_id,
       f.event_id AS first_event_id, cluster_no
FROM c
ORDER BY cluster_no
"""
_CLUSTERS_SQL = "CREATE OR REPLACE TABLE clusters AS " + _CLUSTER_ROWS_SQL.format(
    mentions="(SELECT *, doc_published AS published, outlet AS source FROM events)")

# The clusters whose mentions changed (table stale_clusters: their numbers) go, and those that
# still have mentions come back, aggregated from the recomputed mentions (table redone: a stale
# cluster lies wholly inside the stretch that was recomputed, see `redo_touched`).
_REPLACE_CLUSTERS_SQL = (
    "DELETE FROM clusters WHERE cluster_no IN (SELECT cluster_no FROM stale_clusters);\n"
    "INSERT INTO clusters BY NAME " + _CLUSTER_ROWS_SQL.format(
        mentions="(SELECT * FROM redone WHERE cluster_no IN (SELECT cluster_no FROM stale_clusters))")
)
# What `redone` holds of each recomputed mention, beside its new anchor: its fields for the
# clusters table, and its cluster_no before.
_REDONE_COLUMNS = ("event_id", "event_no", "doc_id", "event_type", "cameo_code", "source_country",
                   "target_country", "event_date", "published", "source", "cluster_no")


def _codes(column: pa.ChunkedArray) -> np.ndarray:
    """A number per distinct value of `column` (-1 for null), to compare neighbours."""
    return pc.dictionary_encode(column.combine_chunks()).indices.fill_null(-1).to_numpy()


def _full_segments(ordered: pa.Table) -> Segments:
    """All mentions in cluster order, cut into groups; a mention that stays alone is a
    segment of its own and ends its group's run."""
    n = ordered.num_rows
    alone = ordered["alone"].to_numpy()
    same_group = np.ones(max(n - 1, 0), bool)  # as the mention before
    for name in ("event_type", "k1", "k2"):
        codes = _codes(ordered[name])
        same_group &= codes[1:] == codes[:-1]
    opens = np.ones(n, bool)
    opens[1:] = ~same_group | alone[1:] | alone[:-1]
    start = np.flatnonzero(opens)
    return _segments(ordered, start, np.append(start[1:], n))


def _column(table: pa.Table, name: str) -> np.ndarray:
    return table[name].to_numpy().astype(np.int64)


def _numbered_segments(rows: pa.Table, column: str, count: int) -> Segments:
    """`rows` cut into `count` segments by `column`, which numbers them in order from 0."""
    number, ids = _column(rows, column), np.arange(count)
    return _segments(rows, np.searchsorted(number, ids), np.searchsorted(number, ids, "right"))


def _segments(rows: pa.Table, start: np.ndarray, end: np.ndarray) -> Segments:
    return Segments(day=rows["day_number"].fill_null(0).to_numpy().astype(np.int64),
                    event_no=rows["event_no"].to_numpy().astype(np.int64),
                    old=rows["cluster_no"].fill_null(NO_ROW).to_numpy().astype(np.int64),
                    start=start.astype(np.int64), end=end.astype(np.int64))


def _anchor_table(rows: pa.Table, anchors: np.ndarray, columns=_REDONE_COLUMNS) -> pa.Table:
    """The `columns` of the rows whose anchor is known (`anchors`: row index of each row's
    anchor, NO_ROW for none), with their anchor's event_id (`anchor`) and number
    (`anchor_no`)."""
    keep = np.flatnonzero(anchors != NO_ROW)
    at = pa.array(anchors[keep])
    return rows.select(list(columns)).take(pa.array(keep)).append_column(
        "anchor", rows["event_id"].take(at)).append_column("anchor_no", rows["event_no"].take(at))


def _assign(con: duckdb.DuckDBPyConnection, anchored: pa.Table, *, moved: bool) -> None:
    """Set events.cluster_no and cluster_hash of the events in `anchored` (event_no, anchor,
    anchor_no) to those of their anchors; `moved`: all of them differ (else only those that
    do are written)."""
    con.register("cluster_anchor", anchored.select(["event_no", "anchor", "anchor_no"]))
    try:
        con.execute(_ASSIGN_SQL.format(changed="" if moved else _CHANGED))
    finally:
        con.unregister("cluster_anchor")


def recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the events' clusters and the clusters table (call inside a transaction)."""
    ordered = con.sql(_ORDERED_SQL).to_arrow_table()
    if ordered.num_rows:
        segments = _full_segments(ordered)
        never = np.full(len(segments.start), np.iinfo(np.int64).max)  # no old clusters to meet
        anchors = anchor_pass(segments, segments.start, never, WINDOW_DAYS).anchor
        _assign(con, _anchor_table(ordered, anchors, ("event_no",)), moved=False)
    con.execute(_CLUSTERS_SQL)


def number_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Fill events.cluster_no and clusters.cluster_no in a store of schema 3 from the cluster
    ids its events still hold (once, before the upgrade drops them)."""
    con.execute(_NUMBER_SQL)


def hash_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Fill events.cluster_hash in a store of schema 4 from its cluster numbers (once, before
    the upgrade drops the text ids)."""
    con.execute(_HASH_FROM_ANCHORS_SQL)


def day_events(con: duckdb.DuckDBPyConnection) -> None:
    """Fill events.doc_published and cluster_day for every event (a store written without
    them)."""
    con.execute("UPDATE events SET doc_published = d.published FROM documents d "
                "WHERE events.doc_id = d.doc_id")
    con.execute(f"UPDATE events SET cluster_day = {CLUSTER_DAY_SQL}")


def cluster_id_sql(prefix: str = "") -> str:
    """SQL of an event's cluster id (NULL before its first recluster), from its row in the
    events table aliased `prefix` ("e." or "")."""
    return f"format('c{{:016x}}', {prefix}cluster_hash)"


def number_groups(con: duckdb.DuckDBPyConnection) -> None:
    """Fill events.cluster_group for every event (a store written without it)."""
    con.execute(_GROUPS_SQL)


@dataclasses.dataclass
class Touched:
    """What a writer's changes since the last recluster can reach: per group (class, k1, k2)
    its number and the days of its changed mentions that can join others; the new mentions
    that stay alone (their event_no); and the clusters of deleted mentions (cluster_no).

    `note` the documents to delete before deleting them, `note_new` the inserted events after
    inserting them.
    """
    days: dict[tuple, set[int]] = dataclasses.field(default_factory=dict)
    groups: dict[tuple, int] = dataclasses.field(default_factory=dict)
    alone: set[int] = dataclasses.field(default_factory=set)
    gone: set[int] = dataclasses.field(default_factory=set)

    def note(self, con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
        con.register("touched_docs", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
        try:
            self._add(con.execute(_TOUCHED_DOCS_SQL).fetchall(), deleted=True)
        finally:
            con.unregister("touched_docs")

    def note_new(self, con: duckdb.DuckDBPyConnection, first: int) -> None:
        """Note the events numbered from `first` on (the batch just inserted)."""
        self._add(con.execute(_TOUCHED_NEW_SQL, {"first": first}).fetchall(), deleted=False)

    def _add(self, rows: list[tuple], deleted: bool) -> None:
        for cluster_no, number, kind, k1, k2, day, alone, event_no in rows:
            if deleted and cluster_no is not None:
                self.gone.add(cluster_no)
            if not alone:
                self.days.setdefault((kind, k1, k2), set()).add(day)
                self.groups[kind, k1, k2] = number
            elif not deleted:
                self.alone.add(event_no)


def _stretches(touched: Touched) -> pa.Table:
    """Per group, the day ranges to read: READ_AHEAD_DAYS past each changed day and
    2 x WINDOW_DAYS before it (enough to find where the old pass must restart, see
    `anchors.restart_rows`), overlapping ranges merged. `key` numbers the group."""
    keys = list(touched.days)
    sizes = [len(touched.days[key]) for key in keys]
    key = np.repeat(np.arange(len(keys)), sizes)
    day = np.fromiter((d for k in keys for d in touched.days[k]), np.int64, sum(sizes))
    order = np.lexsort((day, key))
    key, day = key[order], day[order]
    # A changed day opens a stretch unless its range touches the one of the day before it.
    opens = np.ones(len(day), bool)
    opens[1:] = (key[1:] != key[:-1]) | (day[1:] - 2 * WINDOW_DAYS > day[:-1] + READ_AHEAD_DAYS + 1)
    closes = np.ones(len(day), bool)
    closes[:-1] = opens[1:]
    first, last = np.flatnonzero(opens), np.flatnonzero(closes)
    groups = [keys[k] for k in key[first]]
    return pa.table({
        "stretch": pa.array(np.arange(len(first)), pa.int64()),
        "key": pa.array(key[first], pa.int64()),
        "cluster_group": pa.array([touched.groups[g] for g in groups], pa.uint64()),
        **{name: pa.array([g[i] for g in groups], pa.string())
           for i, name in enumerate(("event_type", "k1", "k2"))},
        "lo": pa.array(day[first] - 2 * WINDOW_DAYS, pa.int32()),
        "hi": pa.array(day[last] + READ_AHEAD_DAYS, pa.int32()),
        "first": pa.array(day[first], pa.int32()),
        "last": pa.array(day[last], pa.int32()),
    })


def redo_touched(con: duckdb.DuckDBPyConnection, touched: Touched) -> pa.Table | None:
    """What the changes in `touched` can reach, recomputed with the result of a full
    recluster provided the clusters were right before those changes: the mentions read again,
    with their new anchors (`_anchor_table`), for `apply_redone` to write (None: nothing to
    do). It only reads, so a read-only connection will do: the writer works it out without
    holding the file.

    Per touched group only stretches around the changed days are read (`_stretches`); in each
    the anchor pass restarts before the first change (`anchors.restart_rows`) and stops where
    it meets the old clusters again (`anchors.anchor_pass`) or at the stretch's end when the
    next mention starts a cluster in both (`anchors.settled`). A group where neither holds is
    read on from there to its end (`_pass_rest`), over its later stretches.
    """
    if not touched.days and not touched.alone and not touched.gone:
        return None
    stretches = _stretches(touched)
    con.register("stretches", stretches)
    con.register("alone_new", pa.table({"event_no": pa.array(sorted(touched.alone), pa.int64())}))
    try:
        con.execute(_STRETCH_ROWS_SQL, {"lo": pc.min(stretches["lo"]).as_py(),
                                        "hi": pc.max(stretches["hi"]).as_py()})
        rows = con.sql(_STRETCH_MENTIONS_SQL).to_arrow_table()
    finally:
        con.unregister("stretches")
        con.unregister("alone_new")
        con.execute("DROP TABLE IF EXISTS stretch_rows")
    # New mentions that stay alone (no stretch, first in the order) are their own anchors.
    alone = rows["stretch"].null_count
    redone = [_anchor_table(rows.slice(0, alone), np.arange(alone))]
    rows = rows.slice(alone)
    ids = np.arange(stretches.num_rows)
    segments = _numbered_segments(rows, "stretch", stretches.num_rows)
    first = restart_rows(segments, _column(stretches, "first"), WINDOW_DAYS)
    done = anchor_pass(segments, first, _column(stretches, "last"), WINDOW_DAYS)
    unmet = ~done.met & ~settled(segments, done.last_anchor, _column(stretches, "hi"), WINDOW_DAYS)
    # The first unmet stretch of a group is read on to the group's end, over its later ones.
    key = _column(stretches, "key")
    first_unmet = np.full(len(touched.days), len(ids))
    np.minimum.at(first_unmet, key[unmet], ids[unmet])
    later = (ids > first_unmet[key])[segments.row_segment]
    redone.append(_anchor_table(rows, np.where(later, NO_ROW, done.anchor)))
    read_on = np.flatnonzero(ids == first_unmet[key])
    if len(read_on):
        redone.append(_pass_rest(con, stretches.take(read_on), rows, done.last_anchor[read_on],
                                 _last_changed(key, _column(stretches, "last"))[key[read_on]]))
    return pa.concat_tables(redone)


def _last_changed(key: np.ndarray, last: np.ndarray) -> np.ndarray:
    """The last changed day of each group, from its stretches' (`key`, `last`)."""
    out = np.full(key.max() + 1, np.iinfo(np.int64).min)
    np.maximum.at(out, key, last)
    return out


def _pass_rest(con: duckdb.DuckDBPyConnection, unmet: pa.Table, rows: pa.Table,
               carried: np.ndarray, last_changed: np.ndarray) -> pa.Table:
    """Continue the pass of each group whose stretch `unmet` (a `_stretches` row) did not meet
    its old clusters: from its anchor there (`carried`, a row of `rows`, NO_ROW for none) over
    the mentions past the stretch, up to where it meets the old clusters after the group's
    last changed day, or to the group's end."""
    con.register("rest_groups", pa.table({
        "cluster_group": unmet["cluster_group"], "event_type": unmet["event_type"],
        "k1": unmet["k1"], "k2": unmet["k2"], "after": unmet["hi"],
        "segment": pa.array(np.arange(unmet.num_rows), pa.int64()),
    }))
    try:
        rest = con.sql(_REST_SQL, params={"after": pc.min(unmet["hi"]).as_py()}).to_arrow_table()
    finally:
        con.unregister("rest_groups")
    # Each group's pass starts at its carried anchor, put first: it is dated on or before the
    # stretch's end, the rest after it.
    has_anchor = np.flatnonzero(carried != NO_ROW)
    head = rows.take(pa.array(carried[has_anchor])).select(rest.column_names[:-1])
    head = head.append_column("segment", pa.array(has_anchor, pa.int64()))
    both = pa.concat_tables([head, rest.cast(head.schema)])
    order = np.argsort(_column(both, "segment"), kind="stable")
    both = both.take(pa.array(order))
    segments = _numbered_segments(both, "segment", unmet.num_rows)
    anchors = anchor_pass(segments, segments.start, last_changed, WINDOW_DAYS).anchor
    anchors[order < len(head)] = NO_ROW  # the carried anchors were redone with their stretch
    return _anchor_table(both, anchors)


def apply_redone(con: duckdb.DuckDBPyConnection, redone: pa.Table, gone: set[int]) -> None:
    """Write the recomputed clusters: the events whose cluster changed, and the clusters table
    rows of every cluster that lost or gained mentions (`gone`: those of deleted mentions)."""
    moved = redone.filter(pc.fill_null(pc.not_equal(redone["anchor_no"], redone["cluster_no"]), True))
    _assign(con, moved, moved=True)
    stale = np.unique(np.concatenate([
        moved["cluster_no"].drop_null().to_numpy(), moved["anchor_no"].to_numpy(),
        np.fromiter(gone, np.int64, len(gone))]).astype(np.int64))
    con.register("stale_clusters", pa.table({"cluster_no": pa.array(stale, pa.int64())}))
    con.register("redone", redone.drop_columns(["cluster_no"]).rename_columns(
        {"anchor_no": "cluster_no"}))
    try:
        con.execute(_REPLACE_CLUSTERS_SQL)
    finally:
        con.unregister("stale_clusters")
        con.unregister("redone")
