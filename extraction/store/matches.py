"""Event numbers that match a text or actor filter, worked out once per read connection.

A dashboard page runs several queries with the same filters on one connection (a count, a
page of rows, the counts per period...). Finding the events whose sentence holds a text, or
whose actor's name holds a substring, is the costly part of those filters, so it is done once:
the matching `event_no`s go into a temporary table of the connection, and each query keeps the
events in it (at 10M events an actor substring took ~130 ms per query tested on the actor
numbers, ~60 ms per query joined to its matches after ~160 ms once).
"""
from __future__ import annotations

from typing import Callable

import duckdb


def table(con: duckdb.DuckDBPyConnection, name: str, key: object,
          select: Callable[[], tuple[str, list]]) -> str:
    """The temporary table `name` holding the `event_no`s of the SELECT that `select()` gives
    (SQL, parameters); made again only when `key` (what the filter asked for) differs from the
    one it was made for. `name` and the SQL are our own; the filter's values travel as
    parameters."""
    known = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = ?",
                        [f"{name}_key"]).fetchall()[0][0]
    if known and con.execute(f"SELECT k FROM {name}_key").fetchall() == [(repr(key),)]:
        return name
    sql, params = select()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}", params)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name}_key AS SELECT ?::VARCHAR AS k", [repr(key)])
    return name
