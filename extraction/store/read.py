"""Read-only connections for queries that run in the store (the dashboard's read path).

A query gets a read-only connection to the store, runs its SQL and lets it go. Read-only
connections come from the process's read host (conn.ReadHost), which attaches the file while
one is open and detaches it when none is. Between queries a `HeldStore` keeps the store
attached: its buffer pool then still holds the blocks the last query read, instead of
reading them from the file again. It lets go as soon as a writer announces itself
(conn.writer_active), so an ingest in another process gets the file within
`HeldStore.POLL_S` and the queries go back to attaching it each time. A missing or not yet
initialised store reads as an empty one, so every query runs unchanged and finds nothing.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from typing import Iterator

import duckdb

from . import schema
from .conn import READ_HOST, StoreBusy, connection, writer_active
from .ingest import resolve_db_path, store_version


@contextlib.contextmanager
def reading(db_path: str | os.PathLike | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the store for a few queries; closed on exit."""
    path = resolve_db_path(db_path)
    if path.exists():
        with connection(path, read_only=True) as con:
            if _current(con):
                yield con
                return
    with _empty() as con:
        yield con


def _current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the file holds a store of this schema (not a file still being created)."""
    try:
        found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    except duckdb.CatalogException:
        return False
    if found and found[0][0] != schema.SCHEMA_VERSION:
        raise RuntimeError(
            f"the store has schema {found[0][0]}, this version reads {schema.SCHEMA_VERSION}: "
            "run an ingest (python -m extraction ingest) once to upgrade it in place")
    return bool(found)


@contextlib.contextmanager
def _empty() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    try:
        for ddl in schema.DDL:
            con.execute(ddl)
        yield con
    finally:
        con.close()


class HeldStore:
    """Keeps one store attached read-only between queries while no writer wants it.

    `hold()` before a batch of queries attaches it (or keeps it); a watcher thread lets it go
    when a writer announces itself, when the file changes under it, or after `idle_s` without
    a `hold()`. Queries with `reading` meanwhile share its buffer pool. Holding is an
    optimisation only: whenever the store is not held, `reading` attaches the file as before.
    """

    # How often the watcher looks for a writer: the longest a starting ingest waits for the
    # file (its connect retries meanwhile), on top of any query still running. A look is a
    # stat and a read of the small lock file.
    POLL_S = 0.1
    # Held this long without a query, the store is let go: its blocks (up to READ_CONFIG's
    # memory_limit) go back to the system while nobody looks. Ten minutes is longer than an
    # analyst's pause between two filter changes.
    IDLE_S = 600.0

    def __init__(self, db_path: str | os.PathLike | None = None, *, poll_s: float = POLL_S,
                 idle_s: float = IDLE_S) -> None:
        self.path = resolve_db_path(db_path)
        self.poll_s, self.idle_s = poll_s, idle_s
        self._lock = threading.Lock()
        self._held = False
        self._version = ""
        self._used = 0.0

    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> bool:
        """Attach the store for the queries to come unless a writer is at work (or there is
        no store file); True when it is held."""
        with self._lock:
            self._used = time.monotonic()
            if self._held:
                return True
            if not self.path.exists() or writer_active(self.path):
                return False
            version = store_version(self.path)
            try:
                READ_HOST.take(self.path, timeout_s=0)
            except (StoreBusy, duckdb.Error):
                return False  # a writer between its lock and its pid, or not a store
            self._held, self._version = True, version
        threading.Thread(target=self._watch, name="held-store", daemon=True).start()
        return True

    def release(self) -> None:
        """Let the store go now (queries still running keep it attached until they end)."""
        with self._lock:
            self._let_go()

    def _let_go(self) -> None:
        if self._held:
            READ_HOST.drop(self.path)
            self._held = False

    def _watch(self) -> None:
        while True:
            time.sleep(self.poll_s)
            with self._lock:
                if not self._held:
                    return
                if self._should_let_go():
                    self._let_go()
                    return

    def _should_let_go(self) -> bool:
        return (writer_active(self.path) or store_version(self.path) != self._version
                or time.monotonic() - self._used > self.idle_s)
