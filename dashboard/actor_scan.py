"""The Actors page's counts and tallies from one scan of the filtered events (query layer).

For a filter change the page lists the most active actors of the filtered events, with how
many actors and events there are in all, and for each listed actor its roles, country,
classes and inferred mentions; then it shows one of them. Asked of DuckDB, that was two
passes over the narrow coded copy of the events (`event_keys`, extraction/store/keys.py): one
counted every actor, the next gathered the listed actors' rows for the tallies, each reading
its columns over the whole store, and each statement's small steps around the passes (keying
~40,000 spellings, ranking, decoding) cost ~30-40 ms of its own on the 10M benchmark store
however few rows passed. Here one scan hands the filtered rows to numpy once (`scan`), and
the counts, the tallies and the shown actor's rows are worked out from those arrays
(docs/dashboard_at_scale.md, "Round 12"). The results are the SQL path's, row for row
(tests/test_dashboard_queries.py checks both against a count in plain Python).

Actor names are never compared in Python: each spelling's actor key (`lower(trim(spelling))`)
and display name (`trim(spelling)`) are ranked by DuckDB (`spellings`), once per store
version, so ties break in DuckDB's order as the SQL path's do.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from extraction.store.query import Filters, where_sql

# More events than this pass the filters: the scan gives up and the caller takes the SQL path
# (`scan` returns None). On the 10M benchmark store (date ranges from 3 to 14 months, store
# held, best of 3 under load ~1.5), the scan and numpy took 136 against 139 ms for the SQL
# passes with 720,274 events, 172 against 178 with 1,243,021, 230 against 226 with 1,801,644
# and 422 against 377 with 2,708,765; held in numpy a row takes ~40 bytes, and the Arrow batches
# as many again while they are converted.
SCAN_ROWS = 1_500_000
# Rows per Arrow batch as the scan streams in: how far past SCAN_ROWS a scan that gives up
# reads. Fetching 575,756 rows of the 10M benchmark store took the same time in batches of
# 100,000 or 1,000,000 rows as in one table.
SCAN_BATCH = 250_000

# The columns of `event_keys` the scan reads, under short names; no actor is 0.
_SCAN_SQL = """
SELECT coalesce(source_actor_no, 0) AS s, coalesce(target_actor_no, 0) AS t, same_actor AS same,
       source_role AS sr, target_role AS tr, source_country AS sc, target_country AS tc,
       event_type AS c, coalesce(source_actor_inferred, FALSE) AS si,
       coalesce(target_actor_inferred, FALSE) AS ti, event_no, event_date
FROM event_keys WHERE {where}
"""
# Every spelling with a non-blank name, ranked by its actor key and by its display name.
_SPELLINGS_SQL = """
SELECT actor_no, dense_rank() OVER (ORDER BY lower(trim(spelling))) AS key,
       dense_rank() OVER (ORDER BY trim(spelling)) AS name_rank, trim(spelling) AS name
FROM actor_spellings WHERE trim(spelling) <> ''
"""
# The tally kinds of `value_codes` and which of the scan's columns hold each on either side.
_TALLIED = (("role", "sr", "tr"), ("country", "sc", "tc"), ("class", "c", "c"))


@dataclass(frozen=True)
class Spellings:
    """Every stored actor spelling, as arrays indexed by its number (`actor_spellings`)."""

    key: np.ndarray  # its actor key's rank in DuckDB's order, from 1; 0 for a blank one or none
    name_rank: np.ndarray  # its display name's rank (trim(spelling)), from 1
    names: np.ndarray  # its display name (objects; "" for none)
    by_key: np.ndarray  # the spelling numbers in key order ...
    key_starts: np.ndarray  # ... those of key k being by_key[key_starts[k]:key_starts[k + 1]]

    def covers(self, rows: Rows) -> bool:
        """True when every actor number of `rows` has its spelling here (a batch committed
        after these were read may bring new ones)."""
        return rows.most_actor_no < len(self.key)


def spellings(con: duckdb.DuckDBPyConnection) -> Spellings:
    """The store's spellings, ranked (~35 ms on the 10M benchmark store's 40,000)."""
    found = con.execute(_SPELLINGS_SQL).fetchnumpy()
    size = int(con.execute("SELECT coalesce(max(actor_no), 0) + 1 FROM actor_spellings")
               .fetchall()[0][0])
    key = np.zeros(size, np.int64)
    name_rank = np.zeros(size, np.int64)
    names = np.full(size, "", dtype=object)
    numbers = np.asarray(found["actor_no"], np.int64)
    key[numbers] = found["key"]
    name_rank[numbers] = found["name_rank"]
    names[numbers] = found["name"]
    by_key = np.argsort(key, kind="stable")
    key_starts = np.searchsorted(key[by_key], np.arange(int(key.max(initial=0)) + 2))
    return Spellings(key, name_rank, names, by_key, key_starts)


@dataclass(frozen=True)
class Rows:
    """The rows of `event_keys` that pass the filters: numpy arrays under `_SCAN_SQL`'s names,
    the dates as Arrow (they may be none)."""

    columns: dict[str, np.ndarray]
    dates: pa.ChunkedArray

    @property
    def matched(self) -> int:
        return len(self.columns["s"])

    @property
    def most_actor_no(self) -> int:
        return int(max(self.columns["s"].max(initial=0), self.columns["t"].max(initial=0)))


def scan(con: duckdb.DuckDBPyConnection, filters: Filters, cap: int = SCAN_ROWS) -> Rows | None:
    """The filtered events' coded rows, or None when more than `cap` pass the filters."""
    where, params = where_sql(filters, con, coded=True)
    # A relation streams its rows (`execute` would hold them all before the first batch).
    reader = con.sql(_SCAN_SQL.format(where=where), params=params).to_arrow_reader(SCAN_BATCH)
    batches, read = [], 0
    for batch in reader:
        read += batch.num_rows
        if read > cap:
            return None
        batches.append(batch)
    table = pa.Table.from_batches(batches, schema=reader.schema)
    columns = {name: table.column(name).to_numpy() for name in table.column_names
               if name != "event_date"}
    return Rows(columns, table.column("event_date"))


def counted(rows: Rows, names: Spellings, limit: int) -> pd.DataFrame:
    """`queries.actor_counts_with_numbers` of the scanned rows, the `limit` most active."""
    s, t, same = rows.columns["s"], rows.columns["t"], rows.columns["same"]
    size, keys = len(names.key), int(names.key.max(initial=0)) + 1
    # Per spelling number, then per key (key 0, blank names and none, is no actor).
    as_source_no = np.bincount(s, minlength=size)
    used = as_source_no + np.bincount(t, minlength=size)
    per_key = [np.bincount(names.key, weights=w, minlength=keys).astype(np.int64)
               for w in (as_source_no, used, np.bincount(s[same], minlength=size))]
    as_source, both, twice = per_key
    both[0] = 0
    present = np.flatnonzero(both)
    events = both - twice
    # Most events first, ties by key (its rank is the key's order).
    top = present[np.lexsort((present, -events[present]))][:limit]
    named = [_named(names, used, int(k)) for k in top]
    return pd.DataFrame({
        "actor": pd.Series([name for name, _ in named], dtype="str"),
        "events": events[top], "as_source": as_source[top], "as_target": both[top] - as_source[top],
        "numbers": pd.Series([numbers for _, numbers in named], dtype=object),
        "actors": np.full(len(top), len(present), np.int64),
        "matched": np.full(len(top), rows.matched, np.int64),
    })


def _named(names: Spellings, used: np.ndarray, key: int) -> tuple[str, list[int]]:
    """(display name, spelling numbers) of the actor `key`: of its spellings those the rows
    use; the name is the most used display name, on a tie the first in DuckDB's order."""
    numbers = np.sort(names.by_key[names.key_starts[key]:names.key_starts[key + 1]])
    numbers = numbers[used[numbers] > 0]
    uses: dict[int, int] = {}
    for no in numbers:  # spellings that differ only in outer spaces share a display name
        rank = int(names.name_rank[no])
        uses[rank] = uses.get(rank, 0) + int(used[no])
    best = min(uses, key=lambda rank: (-uses[rank], rank))
    name = names.names[numbers[names.name_rank[numbers] == best][0]]
    return name, [int(no) for no in numbers]


def tallied(con: duckdb.DuckDBPyConnection, rows: Rows, names: Spellings, counts: pd.DataFrame,
            roles: int, classes: int) -> pd.DataFrame:
    """`queries.actors_table` of the actors in `counts` (as `counted` gives them): each one's
    `roles` most frequent roles, most frequent country, `classes` most frequent classes (with
    their counts) and inferred mentions, on the side it is on; each (event, actor) once."""
    listed = len(counts)
    place = np.full(len(names.key_starts), -1, np.int64)  # per key: its place in the list
    for i, numbers in enumerate(counts["numbers"]):
        place[names.key[numbers]] = i
    sides = _listed_sides(rows, place[names.key])
    values = _values(con)

    def both(source: str, target: str) -> np.ndarray:
        return np.concatenate([rows.columns[source][sides.rows[0]],
                               rows.columns[target][sides.rows[1]]])

    slots = np.concatenate(sides.places)
    inferred = np.bincount(slots[both("si", "ti")], minlength=listed)
    kept = {"role": roles, "country": 1, "class": classes}
    ranked = {kind: _ranked(slots, both(source, target), listed, values.get(kind, {}), kept[kind])
              for kind, source, target in _TALLIED}
    return pd.DataFrame({
        "actor": counts["actor"],
        "roles": [tuple(v for v, _ in found) for found in ranked["role"]],
        "country": [next((v for v, _ in found), "") for found in ranked["country"]],
        "events": counts["events"], "as_source": counts["as_source"],
        "as_target": counts["as_target"],
        "inferred": inferred.astype("int64"),
        "top_classes": [tuple(found) for found in ranked["class"]],
    })


@dataclass(frozen=True)
class _Sides:
    rows: tuple[np.ndarray, np.ndarray]  # the rows whose source / target is a listed actor
    places: tuple[np.ndarray, np.ndarray]  # that actor's place in the list, for each of them


def _listed_sides(rows: Rows, place_of_no: np.ndarray) -> _Sides:
    """The rows of listed actors on each side (`place_of_no`: each spelling number's place in
    the list, -1 if not listed); an event naming one actor on both sides counts once, as its
    source (`same_actor`)."""
    source = place_of_no[rows.columns["s"]]
    target = place_of_no[rows.columns["t"]]
    target[rows.columns["same"]] = -1
    found = (np.flatnonzero(source >= 0), np.flatnonzero(target >= 0))
    return _Sides(found, (source[found[0]], target[found[1]]))


def _values(con: duckdb.DuckDBPyConnection) -> dict[str, dict[int, str]]:
    """Each kind's codes and values (`value_codes`)."""
    out: dict[str, dict[int, str]] = {}
    for kind, code, value in con.execute("SELECT kind, code, value FROM value_codes").fetchall():
        out.setdefault(kind, {})[code] = value
    return out


def _ranked(slots: np.ndarray, codes: np.ndarray, listed: int, values: dict[int, str],
            first: int) -> list[list[tuple[str, int]]]:
    """Per listed actor, its `first` (value, count) pairs, most first and on a tie by value;
    code 0 (none) left out."""
    kept = codes > 0
    width = int(codes.max(initial=0)) + 1
    grid = np.bincount(slots[kept] * width + codes[kept],
                       minlength=listed * width).reshape(listed, width)
    # Each code's value's place in value order, so that one sort orders every actor's pairs.
    by_value = sorted(range(width), key=lambda code: (code not in values, values.get(code, "")))
    value_rank = np.empty(width, np.int64)
    value_rank[by_value] = np.arange(width)
    order = np.lexsort((np.broadcast_to(value_rank, grid.shape), -grid), axis=1)[:, :first]
    return [[(values[int(code)], int(n))
             for code, n in zip(codes_in_order, counts[codes_in_order]) if n]
            for counts, codes_in_order in zip(grid, order)]


def keep_listed(con: duckdb.DuckDBPyConnection, rows: Rows, numbers: list[int]) -> None:
    """Leave the rows of the listed actor whose spellings have these `numbers` in the
    connection's temporary table `listed_rows`, as `queries.gather_listed` does."""
    wanted = np.asarray(numbers, np.int64)
    source = np.flatnonzero(np.isin(rows.columns["s"], wanted))
    target = np.flatnonzero(np.isin(rows.columns["t"], wanted) & ~rows.columns["same"])
    both = np.concatenate([source, target])
    column = rows.columns

    def sides(source_column: str, target_column: str) -> pa.Array:
        return pa.array(np.concatenate([column[source_column][source],
                                        column[target_column][target]]))

    listed = pa.table({
        "actor_no": sides("s", "t"), "role": sides("sr", "tr"), "country": sides("sc", "tc"),
        "event_type": pa.array(column["c"][both]), "inferred": sides("si", "ti"),
        "event_no": pa.array(column["event_no"][both]),
        "event_date": rows.dates.take(pa.array(both, pa.int64())),
        "is_target": pa.array(np.arange(len(both)) >= len(source)),
    })
    con.register("scanned_listed", listed)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE listed_rows AS SELECT * EXCLUDE (is_target), "
                    "CASE WHEN is_target THEN 'target' ELSE 'source' END AS side "
                    "FROM scanned_listed")
    finally:
        con.unregister("scanned_listed")
