"""Event numbers that match a text or actor filter, worked out once per read connection.

A dashboard page runs several queries with the same filters on one connection (a count, a
page of rows, the counts per period...). Finding the events whose sentence holds a text, or
whose actor's name holds a substring, is the costly part of those filters, so it is done once:
the matching `event_no`s go into a temporary table of the connection, and each query keeps the
events in it (at 10M events an actor substring took ~130 ms per query tested on the actor
numbers, ~60 ms per query joined to its matches after ~160 ms once). A page that opens a
second connection (the Actors page: its table, then the chosen actor) hands the tables over
(`saved`, `restore`) instead of looking the filters up again.
"""
from __future__ import annotations

from typing import Callable

import duckdb
import numpy as np
import pyarrow as pa


def table(con: duckdb.DuckDBPyConnection, name: str, key: object,
          select: Callable[[], tuple[str, list]]) -> str:
    """The temporary table `name` holding the `event_no`s of the SELECT that `select()` gives
    (SQL, parameters); made again only when `key` (what the filter asked for) differs from the
    one it was made for. `name` and the SQL are our own; the filter's values travel as
    parameters."""
    key_table = f"{name}_key"
    known = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = ?",
                        [key_table]).fetchall()[0][0]
    if known and con.execute(f"SELECT k FROM {key_table}").fetchall() == [(repr(key),)]:
        return name
    sql, params = select()
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}", params)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {key_table} AS SELECT ?::VARCHAR AS k", [repr(key)])
    return name


def saved(con: duckdb.DuckDBPyConnection, limit: int) -> tuple[tuple[str, str, np.ndarray], ...]:
    """Every match table of this connection as (name, key, event numbers), to be `restore`d
    on another connection to the same store version; tables of more than `limit` numbers
    are left out (that connection works them out again)."""
    names = [r[0][: -len("_key")] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE temporary AND suffix(table_name, '_key') "
        "ORDER BY 1").fetchall()]
    out = []
    for name in names:  # our own table names, read back from the catalogue
        if con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] <= limit:
            key = con.execute(f"SELECT k FROM {name}_key").fetchall()[0][0]
            numbers = con.execute(f"SELECT event_no FROM {name}").fetchnumpy()["event_no"]
            out.append((name, key, np.asarray(numbers, dtype=np.int64)))
    return tuple(out)


def restore(con: duckdb.DuckDBPyConnection, tables: tuple[tuple[str, str, np.ndarray], ...]) -> None:
    """Make the match tables `saved` from another connection to this store version, so that
    `table` finds them made for the same keys."""
    for name, key, numbers in tables:
        con.register("restored_rows", pa.table({"event_no": pa.array(numbers, pa.int64())}))
        try:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT event_no FROM restored_rows")
        finally:
            con.unregister("restored_rows")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name}_key AS SELECT ?::VARCHAR AS k", [key])
