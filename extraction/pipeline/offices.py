"""Terms of office: who held an office (a country's or organisation's role) on a given day.

The people gazetteer (`extraction/data/people/`) gives each person the offices they held, with
dates; this module turns them into terms grouped by office and answers "who was Japan's prime
minister on 2021-06-01?" so that an unnamed office in a text ("Presiden AS", "Japan's prime
minister") can be resolved to its holder on the event's date.

A term runs from `start` (its first day) up to, not including, `end` (the day the office passed
on, usually the successor's first day); no `end` means still in office. So on a handover day
the successor holds the office and two consecutive terms never share a day.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Iterable, Mapping

from .matcher import load_people


@dataclass(frozen=True)
class Term:
    """One person's time in one office."""

    person: str
    country: str
    role: str
    start: date
    end: date | None = None
    acting: bool = False

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


Offices = Mapping[tuple[str, str], tuple[Term, ...]]


def terms_of(people: Iterable[dict]) -> Offices:
    """Every term of `people` (gazetteer entries), by office (country, role), earliest first."""
    by_office: dict[tuple[str, str], list[Term]] = {}
    for person in people:
        for office in person.get("offices", ()):
            term = Term(person["name"], office["country"], office["role"], office["start"],
                        office.get("end"), office.get("acting", False))
            by_office.setdefault((term.country, term.role), []).append(term)
    return MappingProxyType({key: tuple(sorted(terms, key=lambda t: t.start))
                             for key, terms in by_office.items()})


@functools.cache
def load_offices() -> Offices:
    """The gazetteer's terms of office, read once per process."""
    return terms_of(load_people())


def term_on(offices: Offices, country: str, role: str, day: date | str) -> Term | None:
    """The term of the office (country, role) that covers `day` (a date or ISO date string)."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    return next((t for t in offices.get((country, role), ()) if t.covers(day)), None)


def holder(offices: Offices, country: str, role: str, day: date | str) -> str | None:
    """The name of the person who held the office (country, role) on `day`, or None."""
    term = term_on(offices, country, role, day)
    return term.person if term else None
