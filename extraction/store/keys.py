"""A narrow copy of the events' filter and actor columns, text values as integer codes.

The Actors page counts every filtered event by actor, then gathers the listed actors' rows
with their role, country and class: two passes over the 10M events of a large store per
filter change. Those passes read the events' text columns (countries, class, language,
outlet, roles), each block a dictionary of strings to unpack, beside the numbers they need.
`event_keys` holds one row per event with only what the passes read, every text value as a
small integer (`value_codes`: one code per kind and value, 0 for none, NULL and '' alike),
in the events' own order. On the 10M benchmark store (86 MB against 3.4 GB) the gathering
pass took 86-239 instead of 112-544 ms on a store just opened, four filters (docs/store.md,
"A narrow coded copy of the filter columns"; docs/dashboard_at_scale.md, "Round 9").

The copy is written in the same transaction as the events it copies (`add` after each
insert, `forget` before each delete: the writer is the only code that changes these columns),
so it always holds exactly the stored events. A value keeps its code for good, like an actor
spelling its number.
"""
from __future__ import annotations

import duckdb

# (kind of value, column): the columns the copy holds as codes, under their names in
# `events`. A kind shared by two columns (a country, a role) has one code per value.
CODED = (
    ("country", "source_country"),
    ("country", "target_country"),
    ("class", "event_type"),
    ("language", "language"),
    ("outlet", "outlet"),
    ("role", "source_role"),
    ("role", "target_role"),
)
# Columns copied as they are.
PLAIN = ("event_no", "event_date", "source_actor_no", "target_actor_no", "same_actor",
         "source_actor_inferred", "target_actor_inferred")

# New values of one kind among the chosen events get the next codes, in value order (the same
# batch codes its values the same way on every run). {values}: that kind's values, a SELECT.
_ADD_CODES_SQL = """
INSERT INTO value_codes (kind, value, code)
SELECT $kind, value, (SELECT coalesce(max(code), 0) FROM value_codes WHERE kind = $kind)
                     + row_number() OVER (ORDER BY value)
FROM (SELECT DISTINCT value FROM ({values})) n
WHERE value IS NOT NULL AND value <> ''
  AND NOT EXISTS (SELECT 1 FROM value_codes c WHERE c.kind = $kind AND c.value = n.value)
"""


def add(con: duckdb.DuckDBPyConnection, first: int) -> None:
    """Copy the events numbered `first` and up (those just inserted) into `event_keys`, coding
    their new values first."""
    chosen = f"(SELECT * FROM events WHERE event_no >= {int(first)})"
    for kind in dict.fromkeys(kind for kind, _ in CODED):
        values = " UNION ".join(f"SELECT {column} AS value FROM {chosen}"
                                for k, column in CODED if k == kind)
        con.execute(_ADD_CODES_SQL.format(values=values), {"kind": kind})
    joins = " ".join(
        f"LEFT JOIN value_codes c{i} ON c{i}.kind = '{kind}' AND c{i}.value = e.{column}"
        for i, (kind, column) in enumerate(CODED))
    coded = ", ".join(f"coalesce(c{i}.code, 0) AS {column}" for i, (_, column) in enumerate(CODED))
    plain = ", ".join(f"e.{column}" for column in PLAIN)
    # Every name here is one of this module's own; `first` is an integer.
    con.execute(f"INSERT INTO event_keys BY NAME SELECT {plain}, {coded} FROM {chosen} e {joins} "
                "ORDER BY e.event_no")


def forget(con: duckdb.DuckDBPyConnection, doc_ids: str) -> None:
    """Drop the copies of the events of the documents in `doc_ids` (a table of our own with
    a doc_id column), before the events themselves are deleted."""
    con.execute(f"DELETE FROM event_keys WHERE event_no IN "
                f"(SELECT event_no FROM events WHERE doc_id IN (SELECT doc_id FROM {doc_ids}))")


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Copy every stored event (a store written before the copy existed, once)."""
    con.execute("DELETE FROM event_keys")
    add(con, 0)


def codes(con: duckdb.DuckDBPyConnection, kind: str, values: tuple[str, ...]) -> list[int]:
    """The code of each of `values` of `kind`, in their order; -1 (no event's) for a value no
    event has. The values are bound parameters, matched exactly."""
    marks = ", ".join("?" for _ in values)
    found = dict(con.execute(
        f"SELECT value, code FROM value_codes WHERE kind = ? AND value IN ({marks})",
        [kind, *values]).fetchall())
    return [found.get(value, -1) for value in values]
