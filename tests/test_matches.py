"""A text or actor filter's matches, handed from one read connection to another (matches.py)."""
from __future__ import annotations

import numpy as np
import pytest

from dashboard import queries
from extraction.store import matches
from extraction.store.query import Filters
from extraction.store.read import reading


@pytest.mark.parametrize("filters", [
    Filters(text="TARIFFS"), Filters(actors=("retno",)), Filters(text="ed the Unit", actors=("o",)),
    Filters(text="no sentence says this"),
])
def test_matches_restored_tables_answer_as_the_lookup(dash_store, filters):
    with reading(dash_store) as con:
        want = set(queries.events_table(con, filters)["event_id"])
        shared = matches.saved(con, limit=1000)
    assert {name for name, _, _ in shared} == ({"search_hits"} if filters.text else set()) | (
        {"actor_hits"} if filters.actors else set())
    with reading(dash_store) as con:
        matches.restore(con, shared)
        assert set(queries.events_table(con, filters)["event_id"]) == want


def test_matches_a_restored_table_is_used_as_it_is(dash_store):
    # The next connection does not look the text up again: it keeps what it was handed.
    with reading(dash_store) as con:
        queries.matched(con, Filters(text="TARIFFS"))
        (name, key, numbers), = matches.saved(con, limit=1000)
    assert len(numbers)
    with reading(dash_store) as con:
        matches.restore(con, ((name, key, np.asarray([], dtype=np.int64)),))
        assert queries.matched(con, Filters(text="TARIFFS")) == 0
        assert queries.matched(con, Filters(text="tariffs")) > 0  # another key: looked up


def test_matches_sets_over_the_limit_are_not_handed_over(dash_store):
    with reading(dash_store) as con:
        queries.matched(con, Filters(text="e"))
        assert matches.saved(con, limit=0) == ()
