"""Event filters shared by the dashboard and `python -m extraction export`, compiled to SQL.

The same `Filters` value drives both, so an export always holds exactly what the dashboard
shows. A filter becomes a DuckDB condition on the `events` table (or on its narrow coded copy,
`event_keys`, keys.py) whose every value is a bound parameter: the SQL text depends only on
which fields are set and how many values they hold, never on what the values say. User text is
matched literally (`contains`), never as a pattern.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from . import keys, matches, search

COUNTRY_ROLES = ("source", "target", "either")


@dataclass(frozen=True)
class Filters:
    """What to keep. Empty tuples / None mean "no constraint" on that field.

    `actors`: case-insensitive literal substrings of source_actor or target_actor.
    `outlets`: document source (the `outlet` column of the events table).
    `text`: case-insensitive literal substring of the event sentence (search.py).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    countries: tuple[str, ...] = ()
    country_role: str = "either"
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    text: str | None = None

    def __post_init__(self) -> None:
        if self.country_role not in COUNTRY_ROLES:
            raise ValueError(f"country_role must be one of {COUNTRY_ROLES}, not {self.country_role!r}")
        # Accept lists from callers (CLI, widgets) but store tuples so the value stays hashable
        # (the dashboard uses it as a cache key).
        for name in ("countries", "event_types", "actors", "languages", "outlets"):
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(v for v in (value or ()) if v not in (None, "")))

    def is_empty(self) -> bool:
        """True when the filters keep every event."""
        return self == Filters(country_role=self.country_role)


def where_sql(filters: Filters, con: duckdb.DuckDBPyConnection | None = None,
              coded: bool = False) -> tuple[str, list]:
    """(condition, parameters) keeping the events that pass `filters`, for `WHERE`.

    With `con` (a connection to a store with its word index and actor spellings) the text
    filter looks its words up first and the actor filter matches among the distinct spellings
    (actors.py); without, both check every event's own text. `coded` (with `con`): the
    condition is on `event_keys` (keys.py), each country, class, language and outlet asked
    for bound as its code.
    """
    parts: list[str] = []
    params: list = []

    def add(sql: str, *values) -> None:
        parts.append(sql)
        params.extend(values)

    def values_of(kind: str, values: tuple[str, ...]) -> list:
        return keys.codes(con, kind, values) if coded else list(values)

    if filters.date_from is not None:
        add("event_date >= ?", filters.date_from)
    if filters.date_to is not None:  # inclusive; an undated event is in no range
        add("event_date <= ?", filters.date_to)
    if filters.countries:
        countries = values_of("country", filters.countries)
        marks = _marks(filters.countries)
        source, target = f"source_country IN ({marks})", f"target_country IN ({marks})"
        if filters.country_role == "source":
            add(source, *countries)
        elif filters.country_role == "target":
            add(target, *countries)
        else:
            add(f"({source} OR {target})", *countries, *countries)
    for column, kind, values in (("event_type", "class", filters.event_types),
                                 ("language", "language", filters.languages),
                                 ("outlet", "outlet", filters.outlets)):
        if values:
            add(f"{column} IN ({_marks(values)})", *values_of(kind, values))
    if filters.actors:
        sql, values = _actors_sql(filters.actors, con)
        add(sql, *values)
    if filters.text:
        sql, values = _text_sql(filters.text, con)
        add(sql, *values)
    return (" AND ".join(parts) or "TRUE"), params


def _marks(values: tuple) -> str:
    return ", ".join("?" for _ in values)


def _actors_sql(actors: tuple[str, ...], con: duckdb.DuckDBPyConnection | None) -> tuple[str, list]:
    if con is None:
        one = "contains(lower(source_actor), lower(?)) OR contains(lower(target_actor), lower(?))"
        return ("(" + " OR ".join(f"({one})" for _ in actors) + ")",
                [a for actor in actors for a in (actor, actor)])
    # The same test on each distinct spelling once; the events are then found by number (at
    # 10M events ~0.15 s, against ~0.4 s testing every event's names), once per connection.
    return f"event_no IN (SELECT event_no FROM {_actor_hits(actors, con)})", []


def _actor_hits(actors: tuple[str, ...], con: duckdb.DuckDBPyConnection) -> str:
    """The temporary table of `con` with the events whose actor holds one of `actors`."""
    spelled = ("(SELECT actor_no FROM actor_spellings WHERE "
               + " OR ".join("contains(lower(spelling), lower(?))" for _ in actors) + ")")
    sql = (f"SELECT event_no FROM events WHERE source_actor_no IN {spelled} "
           f"UNION ALL SELECT event_no FROM events WHERE target_actor_no IN {spelled}")
    return matches.table(con, "actor_hits", actors, lambda: (sql, [*actors, *actors]))


def _text_sql(text: str, con: duckdb.DuckDBPyConnection | None) -> tuple[str, list]:
    if con is None:
        return "contains(lower(sentence), lower(?))", [text]
    # The matching events are worked out once per connection (search.py) and joined here.
    return f"event_no IN (SELECT event_no FROM {search.hits(con, text)})", []
