"""Short read-only connections for queries that run in the store (the dashboard's read path).

A query opens the store read-only, runs its SQL and closes it again, so an ingest in another
process gets the file between two queries (DuckDB lets no other process open a file that one
has open for writing). Opening costs a few milliseconds even at 10M events: the file's
metadata is read, the data pages come from the OS cache. A missing or not yet initialised store
reads as an empty one, so every query runs unchanged and finds nothing.
"""
from __future__ import annotations

import contextlib
import os
from typing import Iterator

import duckdb

from . import schema
from .conn import connection
from .ingest import resolve_db_path

# DuckDB's own buffer cap per read connection. A dashboard query aggregates or returns small
# results, but DuckDB keeps the blocks it read up to this cap, and the server's peak memory
# follows it: at 10M events the benchmark's server peaked at ~1.5 GB with 1 GB (the issue
# allows 1.5 GB) and ~1.1-1.2 GB a page with 768 MB, no slower (DuckDB spills to disk past it
# rather than failing).
READ_MEMORY_LIMIT = "768MB"
# Key bits up to which DuckDB groups integers in a plain array instead of a hash table (its
# default is 12: 4,096 values). The Actors page groups tens of thousands of actor spelling
# numbers; at 17 bits (131,072 numbers) that grouping went from ~0.2 s to ~0.1 s on the 10M
# benchmark store (two sides, 40,000 spellings), and 20 bits was no faster. A store with more
# spellings than that falls back to the hash table, as before.
READ_PERFECT_HASH_BITS = 17


@contextlib.contextmanager
def reading(db_path: str | os.PathLike | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the store for a few queries; closed on exit."""
    path = resolve_db_path(db_path)
    if path.exists():
        config = {"memory_limit": READ_MEMORY_LIMIT, "perfect_ht_threshold": READ_PERFECT_HASH_BITS}
        with connection(path, read_only=True, config=config) as con:
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
