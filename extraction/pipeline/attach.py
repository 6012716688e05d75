"""Actors attached to events: for each side, the person the story names for that state.

An event keeps the person its own sentence names. Otherwise an office the sentence names with
no person ("Presiden AS", "Japan's prime minister") is resolved to its holder on the event's
date through the gazetteer's terms of office, and a state with no person or office in the
sentence takes the person the story last named for it (the speaker of the story's statement,
"the minister" named two sentences before). Both are inferences and marked as such.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .actors import Actor
from .offices import holder, load_offices
from .text import plain

# Event types whose target is a state's people, forces or ground, not its officials: the
# story's person for that state (often the speaker who reports the arrest) is not the target.
PEOPLE_TARGETED = ("attack", "coerce")
# Roles whose holder the gazetteer dates (see extraction/data/people/README.md).
OFFICE_ROLES = ("head_of_state", "head_of_government", "supreme_leader", "foreign_minister",
                "defence_minister", "secretary_general")


def attach_actors(events: list[Event], named: list[Actor], roles: dict,
                  dated: bool = True) -> list[Event]:
    """`named`: every person with a state the article names, in text order; `roles`: the
    gazetteer's role of each known name; `dated`: whether the article has a publication day
    (without one, relative days stay empty and an undated event is no background)."""
    if not events:
        return events
    by_state: dict[str, list[Actor]] = {}
    for a in named:
        by_state.setdefault(a.country, []).append(a)
    out = []
    for e in events:
        background = dated and e.date_precision != "day"
        changes = {**_attached(e, "source", by_state, roles, background),
                   **_attached(e, "target", by_state, roles, background)}
        out.append(replace(e, **changes) if changes else e)
    return out


def _attached(e: Event, side: str, named: dict, roles: dict, background: bool) -> dict:
    """The fields that name the side's actor, when the event's sentence named none."""
    country, actor = getattr(e, f"{side}_country"), getattr(e, f"{side}_actor")
    if not country:
        return {}
    role = getattr(e, f"{side}_role")
    if actor:
        full = _full_name(actor, country, role, e.event_date, roles)
        return {f"{side}_actor": full} if full else {}
    name, inferred = _office_holder(country, role, e.event_date), True
    if name is None:
        if side == "target" and e.event_type in PEOPLE_TARGETED:
            return {}
        person = _story_person(named.get(country, ()), e)
        if person is None:
            return {}
        # the speaker of the sentence's own quote is named, not inferred
        inferred = not e.sentence_start <= person.start < e.sentence_end
        if inferred and background:
            return {}  # "in 2019", or no day of its own: another sentence's people are not its
        name = _full_name(person.name, country, person.role, e.event_date, roles) or person.name
    return {f"{side}_actor": name, f"{side}_role": roles.get(name, role),
            f"{side}_actor_inferred": inferred}


def _full_name(name, country, role, day, roles) -> str | None:
    """"Venezuelan President Nicolas said": a one-word name the gazetteer does not know, under
    an office, is the office's holder on the day when the holder's name holds that word."""
    if " " in name.strip() or name in roles:
        return None
    full = _office_holder(country, role, day)
    return full if full and plain(name) in plain(full).split() else None


def _office_holder(country: str, role: str | None, day: str | None) -> str | None:
    if role not in OFFICE_ROLES or not day:
        return None
    return holder(load_offices(), country, role, day)


def _story_person(named: list[Actor], e: Event) -> Actor | None:
    """Of the people named for the side's state (in text order), the last one named up to the
    end of the event's sentence, else the first one named after it."""
    before = [a for a in named if a.start < e.sentence_end]
    return before[-1] if before else (named[0] if named else None)
