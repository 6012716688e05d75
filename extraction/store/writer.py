"""The store's single writer: schema setup and batched, transactional, short-lived commits.

Rows are buffered and committed in batches; each commit opens the database, writes documents
with their events in one transaction, and closes it again so readers in other processes get a
turn. A background timer commits a waiting batch even while the input or the extractor stalls,
so a reader sees progress and a crash loses at most about BATCH_SECONDS of work.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import pyarrow as pa

from . import actors, keys, schema, search
from .clusters import (CLUSTER_DAY_SQL, GROUP_SQL, Touched, apply_redone, day_events,
                       hash_clusters, number_clusters, number_groups, recluster, redo_touched)
from .conn import connection

# A batch is committed after this many documents or this many seconds, whichever comes first.
# Each commit opens and closes the file (~30 ms measured), so 1 s keeps that overhead ~3 % while
# readers get a window every second and a crash loses at most one second of work.
BATCH_DOCS = 500
BATCH_SECONDS = 1.0
# The file stays closed at least this long between two commits, so a reader retrying every
# <= 50 ms (store_conn) always finds a window even when extraction outpaces `batch_docs`;
# without it, small fast batches starved a polling reader for a whole run (seen in tests).
MIN_GAP_SECONDS = 0.25
# Clusters are recomputed at the end of an ingest and at most this often during it, so a
# dashboard watching a long ingest sees clusters lag by at most this much. Only stretches
# around the new rows are recomputed, but at 10M events that still took ~3-5 s with its
# commit for 2,000 documents dated over three years (benchmarks/bench_dashboard.py
# --ingest-docs; ~1.2 s since round 15's array pass), so this bounds its share of a long
# ingest to under a tenth.
CLUSTER_REFRESH_SECONDS = 60.0


def prepare(db_path: Path) -> bool:
    """Create or check the schema. True when the clusters are stale (rows were committed after
    the last recluster: a run that died before its end)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with connection(db_path, read_only=False) as con:
        con.execute("BEGIN TRANSACTION")
        for ddl in schema.DDL:
            con.execute(ddl)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', $v), ('changes', '0'), "
            "('clustered_at', '0') ON CONFLICT DO NOTHING",
            {"v": schema.SCHEMA_VERSION},
        )
        found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if found[0][0] in schema.UPGRADES:
            found = [(_upgrade(con, found[0][0]),)]
        con.execute("COMMIT")
        if found[0][0] != schema.SCHEMA_VERSION:
            raise RuntimeError(
                f"{db_path} has store schema {found[0][0]}, this version writes "
                f"{schema.SCHEMA_VERSION}; ingest into a new file"
            )
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        return meta["changes"] != meta["clustered_at"]


def _upgrade(con: duckdb.DuckDBPyConnection, version: str) -> str:
    """Bring a store of an older schema up to this one in place."""
    indexed = int(version) >= 3  # stores before 3 have no word index yet
    while version in schema.UPGRADES:
        statements, version = schema.UPGRADES[version]
        for sql in statements:
            con.execute(sql)
        if version == "4":  # the numbers 4 added, from the cluster ids that 5 drops
            actors.number_events(con)
            number_clusters(con)
            number_groups(con)
        if version == "5":
            hash_clusters(con)
            con.execute("ALTER TABLE events DROP COLUMN cluster_id")
        if version == "6":
            search.chunk_postings(con)
        if version == "8":
            day_events(con)
        if version == "9":
            keys.fill(con)
    if not indexed:
        search.index_events(con, 0)
    con.execute("UPDATE meta SET value = $v WHERE key = 'schema_version'", {"v": version})
    return version


class BatchWriter:
    """Buffers document and event rows; commits them in batches. Use as a context manager.

    Thread-safe: `add` runs in the ingest loop, the timer thread commits idle batches.
    """

    def __init__(self, db_path: Path, batch_docs: int = BATCH_DOCS,
                 batch_seconds: float = BATCH_SECONDS, clusters_stale: bool = False):
        self.db_path = db_path
        self.batch_docs = batch_docs
        self.batch_seconds = batch_seconds
        self._docs: list[dict] = []
        self._events: list[dict] = []
        self._replaced: list[str] = []
        self._last_flush = time.monotonic()
        self._last_cluster = time.monotonic()
        self._unclustered = clusters_stale  # rows written since clusters were last recomputed
        # Clusters left stale by an earlier run are recomputed in full: which groups that run
        # touched is not known. Else only what this writer's rows touch.
        self._full_recluster = clusters_stale
        self._touched = Touched()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._failure: BaseException | None = None
        self._timer = threading.Thread(target=self._tick, name="store-flush", daemon=True)

    def __enter__(self) -> "BatchWriter":
        self._timer.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._stop.set()
        self._timer.join()
        if exc_type is None:
            self._raise_failure()
            self.flush(cluster=True)
        elif self._failure is None:
            # Interrupted (Ctrl-C, a failing input source): the buffered documents are complete,
            # so keep them; the next run skips them and recomputes the clusters.
            try:
                self.flush()
            except Exception:  # the original error is the one worth reporting
                pass

    def add(self, doc: dict, events: list[dict], replaces: bool) -> None:
        """Queue one document and its events (`replaces`: delete the stored version first)."""
        self._raise_failure()
        with self._lock:
            self._docs.append(doc)
            # The document's outlet and publication day travel on each of its events (schema.py).
            self._events.extend({**event, "outlet": doc.get("source"),
                                 "doc_published": doc.get("published")} for event in events)
            if replaces:
                self._replaced.append(doc["doc_id"])
            since = time.monotonic() - self._last_flush
            if since >= self.batch_seconds or (
                len(self._docs) >= self.batch_docs and since >= MIN_GAP_SECONDS
            ):
                self._flush_locked(cluster=False)

    def flush(self, *, cluster: bool = False) -> None:
        """Commit what is buffered now (and recompute clusters if asked or due)."""
        with self._lock:
            self._flush_locked(cluster)

    def _tick(self) -> None:
        # Checks 4x per period, so an idle batch waits at most 1.25 x BATCH_SECONDS.
        while not self._stop.wait(self.batch_seconds / 4):
            try:
                with self._lock:
                    if self._docs and time.monotonic() - self._last_flush >= self.batch_seconds:
                        self._flush_locked(cluster=False)
            except BaseException as exc:  # surfaced by the next add(), in the ingest thread
                self._failure = exc
                return

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _flush_locked(self, cluster: bool) -> None:
        due = cluster or time.monotonic() - self._last_cluster >= CLUSTER_REFRESH_SECONDS
        cluster = due and (self._unclustered or bool(self._docs))
        if not self._docs and not cluster:
            return
        if self._docs:
            with connection(self.db_path, read_only=False) as con:
                con.execute("BEGIN TRANSACTION")
                # A document and its events land in the same transaction: a crash leaves both
                # or neither.
                self._write(con)
                con.execute("COMMIT")
            self._unclustered = True
            self._docs, self._events, self._replaced = [], [], []
        if cluster:
            self._recluster()
        self._last_flush = time.monotonic()

    def _recluster(self) -> None:
        # The new anchors are worked out over a read-only connection, which dashboards can
        # share; only their update holds the file (the writer's lock file keeps any other
        # writer out in between). The final recluster of a 20,000-document backfill into the
        # 10M benchmark store took ~9 s, mostly reading and the anchor pass: a dashboard
        # beside it waited up to 8.4 s for the file before, 2.8 s after
        # (docs/dashboard_at_scale.md, "Round 14"; the pass is now ~3 s, "Round 15").
        redone = None
        if not self._full_recluster:
            with connection(self.db_path, read_only=True) as con:
                redone = redo_touched(con, self._touched)
        with connection(self.db_path, read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            if self._full_recluster:
                recluster(con)
            elif redone is not None:
                apply_redone(con, redone, self._touched.gone)
            _bump_changes(con)
            con.execute("UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'changes') "
                        "WHERE key = 'clustered_at'")
            con.execute("COMMIT")
        self._last_cluster = time.monotonic()
        self._unclustered = False
        self._full_recluster, self._touched = False, Touched()

    def _write(self, con: duckdb.DuckDBPyConnection) -> None:
        if self._replaced:
            self._touched.note(con, self._replaced)
            con.register("replaced_ids", pa.table({"doc_id": pa.array(self._replaced, pa.string())}))
            keys.forget(con, "replaced_ids")
            con.execute("DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM replaced_ids)")
            con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM replaced_ids)")
            con.unregister("replaced_ids")
        docs = pa.Table.from_pylist(self._docs, schema.DOCUMENT_ARROW)
        _insert(con, "documents", docs)
        if self._events:
            # Numbers are never reused, even after a reprocessed document's events are deleted:
            # the word index may still hold the old numbers (search.py), and a reused one
            # would match a new sentence on the old one's words.
            first = con.execute(
                "SELECT coalesce((SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'last_event_no'), "
                "(SELECT max(event_no) FROM events), 0) + 1").fetchall()[0][0]
            rows = [{**event, "event_no": first + i} for i, event in enumerate(self._events)]
            _insert_events(con, pa.Table.from_pylist(rows, schema.EVENT_ARROW))
            keys.add(con, first)
            con.execute("INSERT INTO meta VALUES ('last_event_no', $n) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        {"n": str(first + len(rows) - 1)})
            search.index_events(con, first)
            self._touched.note_new(con, first)
        _bump_changes(con)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    con.register("incoming_rows", rows)
    try:
        # `table` is one of our own table names, never user input.
        # By name: a store upgraded in place has its newer columns at the end.
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming_rows")
    finally:
        con.unregister("incoming_rows")


def _insert_events(con: duckdb.DuckDBPyConnection, rows: pa.Table) -> None:
    con.register("incoming_rows", rows)
    try:
        actors.add_spellings(con, "incoming_rows")
        con.execute(f"INSERT INTO events BY NAME SELECT * REPLACE ({GROUP_SQL.format(e='')} "
                    f"AS cluster_group, {CLUSTER_DAY_SQL} AS cluster_day) "
                    f"FROM ({actors.numbered_sql('incoming_rows')})")
    finally:
        con.unregister("incoming_rows")


def _bump_changes(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'changes'"
    )
