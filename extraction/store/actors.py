"""Numbers for actor names: each stored spelling once, and the events point at it.

The Actors page groups millions of events by actor and the actor filter matches a substring
of the names; on small integers both are several times cheaper than on the names themselves
(benchmarks/bench_dashboard.py at 10M events: grouping the source actors ~0.3 s by name,
~0.1 s by number), and a substring is looked up among the few thousand distinct spellings
instead of in every event.

`actor_spellings` holds every distinct spelling exactly as stored (case and spaces kept) with
its number; `events.source_actor_no` and `target_actor_no` point at it, and
`events.same_actor` says whether both sides name one actor: the same name but for case and
surrounding spaces (`dashboard.queries.actor_key`), not blank. Numbers are given in the same
transaction as the events that bring a new spelling. A spelling no event uses any more (its
document was reprocessed) keeps its number and counts nothing.
"""
from __future__ import annotations

import duckdb

# Both sides name one actor: DuckDB's `trim` (spaces only) and `lower`, as `actor_key`.
SAME_ACTOR_SQL = ("coalesce(lower(trim({side}source_actor)) = lower(trim({side}target_actor)) "
                  "AND trim({side}source_actor) <> '', FALSE)")

# New spellings of the rows in {rows} get the next numbers (in name order: the same batch
# numbers its names the same way on every run).
_ADD_SQL = """
INSERT INTO actor_spellings (spelling, actor_no)
SELECT spelling, (SELECT coalesce(max(actor_no), 0) FROM actor_spellings)
                 + row_number() OVER (ORDER BY spelling)
FROM (SELECT source_actor AS spelling FROM {rows} UNION SELECT target_actor FROM {rows}) n
WHERE spelling IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM actor_spellings s WHERE s.spelling = n.spelling)
"""


def add_spellings(con: duckdb.DuckDBPyConnection, rows: str) -> None:
    """Number the spellings of `rows` (a table or view with source_actor and target_actor)
    that have no number yet. `rows` is one of our own table names, never user input."""
    con.execute(_ADD_SQL.format(rows=rows))


def numbered_sql(rows: str) -> str:
    """SELECT of `rows` (event rows) with their actor numbers and same_actor filled in."""
    return (f"SELECT r.* REPLACE (s.actor_no AS source_actor_no, t.actor_no AS target_actor_no, "
            f"{SAME_ACTOR_SQL.format(side='r.')} AS same_actor) FROM {rows} r "
            "LEFT JOIN actor_spellings s ON s.spelling = r.source_actor "
            "LEFT JOIN actor_spellings t ON t.spelling = r.target_actor")


def number_events(con: duckdb.DuckDBPyConnection) -> None:
    """Give every stored event its actor numbers (a store of an older schema, once)."""
    add_spellings(con, "events")
    for side in ("source", "target"):
        # `side` is one of our own two names.
        con.execute(f"UPDATE events SET {side}_actor_no = s.actor_no FROM actor_spellings s "
                    f"WHERE s.spelling = events.{side}_actor")
    con.execute(f"UPDATE events SET same_actor = {SAME_ACTOR_SQL.format(side='')}")
