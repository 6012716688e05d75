"""Event filters shared by the dashboard and `python -m extraction export` (pure pandas).

The same `Filters` value drives both, so an export always holds exactly what the dashboard
shows. User text is only ever matched literally (``regex=False``), never compiled.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

COUNTRY_ROLES = ("source", "target", "either")


@dataclass(frozen=True)
class Filters:
    """What to keep. Empty tuples / None mean "no constraint" on that field.

    `actors`: case-insensitive literal substrings of source_actor or target_actor.
    `outlets`: document source (the `outlet` column of the store's events frame).
    `text`: case-insensitive literal substring of the event sentence.
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


def apply_filters(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows of `events` that pass `filters` (a view-safe copy; index preserved)."""
    mask = pd.Series(True, index=events.index)
    mask &= _date_mask(events, filters)
    mask &= _country_mask(events, filters)
    mask &= _isin_mask(events, "event_type", filters.event_types)
    mask &= _isin_mask(events, "language", filters.languages)
    mask &= _isin_mask(events, "outlet", filters.outlets)
    mask &= _actor_mask(events, filters.actors)
    if filters.text:
        mask &= _contains(events, "sentence", filters.text)
    return events[mask]


def _column(events: pd.DataFrame, name: str) -> pd.Series:
    if name in events.columns:
        return events[name]
    return pd.Series(None, index=events.index, dtype=object)


def _date_mask(events: pd.DataFrame, filters: Filters) -> pd.Series:
    if filters.date_from is None and filters.date_to is None:
        return pd.Series(True, index=events.index)
    dates = pd.to_datetime(_column(events, "event_date"), errors="coerce")
    mask = dates.notna()  # an undated event cannot be inside a date range
    if filters.date_from is not None:
        mask &= dates >= pd.Timestamp(filters.date_from)
    if filters.date_to is not None:
        # date_to is inclusive of the whole day.
        mask &= dates < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)
    return mask.fillna(False).astype(bool)


def _country_mask(events: pd.DataFrame, filters: Filters) -> pd.Series:
    if not filters.countries:
        return pd.Series(True, index=events.index)
    src = _column(events, "source_country").isin(filters.countries)
    tgt = _column(events, "target_country").isin(filters.countries)
    if filters.country_role == "source":
        return src
    if filters.country_role == "target":
        return tgt
    return src | tgt


def _isin_mask(events: pd.DataFrame, column: str, values: tuple[str, ...]) -> pd.Series:
    if not values:
        return pd.Series(True, index=events.index)
    return _column(events, column).isin(values)


def _contains(events: pd.DataFrame, column: str, needle: str) -> pd.Series:
    # Search the string column as it is: converting a million cells to Python objects first
    # cost ~300 ms per filter change at 1M events (benchmarks/bench_dashboard.py).
    values = _column(events, column)
    if not isinstance(values.dtype, (pd.StringDtype, pd.CategoricalDtype)):
        values = values.astype("str")
    return values.str.contains(needle, case=False, regex=False, na=False).astype(bool)


def _actor_mask(events: pd.DataFrame, actors: tuple[str, ...]) -> pd.Series:
    if not actors:
        return pd.Series(True, index=events.index)
    mask = pd.Series(False, index=events.index)
    for actor in actors:
        mask |= _contains(events, "source_actor", actor) | _contains(events, "target_actor", actor)
    return mask
