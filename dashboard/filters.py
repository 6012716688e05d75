"""Filters <-> URL query parameters, both ways, as pure functions.

The sidebar's filters live in the URL so a view can be bookmarked and shared. Parsing is
forgiving: a hand-edited or stale URL never raises, it just drops what it cannot read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from extraction.store.query import COUNTRY_ROLES, Filters

# Filter field -> URL key. Short keys keep shared links readable.
LIST_KEYS = {
    "countries": "country",
    "event_types": "type",
    "actors": "actor",
    "languages": "lang",
    "outlets": "outlet",
}
DATE_KEYS = {"date_from": "from", "date_to": "to"}
ROLE_KEY = "role"
TEXT_KEY = "q"


def to_params(filters: Filters) -> dict[str, str | list[str]]:
    """URL parameters of `filters`; fields without a constraint are left out."""
    params: dict[str, str | list[str]] = {}
    for field, key in DATE_KEYS.items():
        value = getattr(filters, field)
        if value is not None:
            params[key] = value.isoformat()
    for field, key in LIST_KEYS.items():
        values = getattr(filters, field)
        if values:
            params[key] = list(values)
    if filters.country_role != "either":
        params[ROLE_KEY] = filters.country_role
    if filters.text:
        params[TEXT_KEY] = filters.text
    return params


def from_params(params: Mapping[str, str | list[str]]) -> Filters:
    """Filters from URL parameters (a value may be a string or a list of strings)."""
    lists = {field: _unique(_all(params, key)) for field, key in LIST_KEYS.items()}
    dates = {field: _date(_last(params, key)) for field, key in DATE_KEYS.items()}
    if dates["date_from"] and dates["date_to"] and dates["date_from"] > dates["date_to"]:
        dates["date_from"], dates["date_to"] = dates["date_to"], dates["date_from"]
    role = _last(params, ROLE_KEY)
    text = (_last(params, TEXT_KEY) or "").strip()
    return Filters(
        **dates, **lists,
        country_role=role if role in COUNTRY_ROLES else "either",
        text=text or None,
    )


def _all(params: Mapping[str, str | list[str]], key: str) -> list[str]:
    value = params.get(key)
    if value is None:
        return []
    values = [value] if isinstance(value, str) else list(value)
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _last(params: Mapping[str, str | list[str]], key: str) -> str | None:
    values = _all(params, key)
    return values[-1] if values else None


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
