"""Groups of states named as one party: each event with a group is one with each member."""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import replace
from pathlib import Path

MEMBERS_PATH = Path(__file__).parent.parent / "data" / "coalitions.toml"
ISO3 = re.compile(r"[A-Z]{3}")


@functools.cache
def load_members() -> dict[str, tuple[str, ...]]:
    """Each group's member states, read and checked once per process."""
    with open(MEMBERS_PATH, "rb") as f:
        members = tomllib.load(f)["members"]
    for group, states in members.items():
        if not states or not all(ISO3.fullmatch(s) for s in states):
            raise ValueError(f"coalition {group!r} lists no states or a code that is no ISO3")
    return {group: tuple(states) for group, states in members.items()}


def each_member(pairs: list) -> list:
    """The (source, target) pairs with every group replaced by each member state: "Iran and the
    P5+1" is Iran with each of the six, and no member with another."""
    members = load_members()
    if not any(a is not None and a.country in members for pair in pairs for a in pair):
        return pairs
    out = []
    for src, tgt in pairs:
        for state in _states(src, members):
            out += [(state, t) for t in _states(tgt, members)
                    if t is None or t.country != state.country]
    return out


def _states(actor, members) -> list:
    if actor is None or actor.country not in members:
        return [actor]
    return [replace(actor, country=state) for state in members[actor.country]]
