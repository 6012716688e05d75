"""Filters shared by the dashboard and the export command."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from extraction.store.query import Filters, apply_filters


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["a:0", "a:1", "b:0", "c:0"],
        "event_date": pd.to_datetime(["2024-04-15", "2024-04-20", None, "2024-05-01"]),
        "event_type": ["phone_call", "condemn", "meet", "phone_call"],
        "source_country": ["IDN", "USA", "JPN", "CHN"],
        "target_country": ["JPN", "RUS", "IDN", None],
        "source_actor": ["Retno Marsudi", "Joe Biden", "Yoko Kamikawa", None],
        "target_actor": ["Yoko Kamikawa", None, "Retno (.*) Marsudi", "Wang Yi"],
        "language": ["id", "en", "en", "id"],
        "outlet": ["kompas.com", "reuters.com", "reuters.com", None],
        "sentence": ["Retno menelepon Kamikawa.", "Biden condemned Russia.", "They met.", "x"],
    })


def test_query_empty_filters_keep_everything(events):
    assert Filters().is_empty()
    assert list(apply_filters(events, Filters()).event_id) == list(events.event_id)


def test_query_date_range_is_inclusive_and_drops_undated(events):
    out = apply_filters(events, Filters(date_from=dt.date(2024, 4, 15), date_to=dt.date(2024, 4, 20)))
    assert list(out.event_id) == ["a:0", "a:1"]


def test_query_date_filter_accepts_string_dates(events):
    as_text = events.assign(event_date=["2024-04-15", "2024-04-20", None, "2024-05-01"])
    out = apply_filters(as_text, Filters(date_from=dt.date(2024, 4, 16)))
    assert list(out.event_id) == ["a:1", "c:0"]


@pytest.mark.parametrize("role,expected", [
    ("source", ["b:0"]), ("target", ["a:0"]), ("either", ["a:0", "b:0"]),
])
def test_query_country_roles(events, role, expected):
    out = apply_filters(events, Filters(countries=("JPN",), country_role=role))
    assert list(out.event_id) == expected


def test_query_bad_country_role_is_rejected():
    with pytest.raises(ValueError):
        Filters(country_role="both")


def test_query_actor_match_is_literal_and_case_insensitive(events):
    assert list(apply_filters(events, Filters(actors=("kamikawa",))).event_id) == ["a:0", "b:0"]
    # A regex-looking input is matched literally, never compiled.
    assert list(apply_filters(events, Filters(actors=("(.*)",))).event_id) == ["b:0"]
    assert apply_filters(events, Filters(actors=("[",))).empty


def test_query_types_languages_outlets_text(events):
    f = Filters(event_types=("phone_call",), languages=("id",), outlets=("kompas.com",))
    assert list(apply_filters(events, f).event_id) == ["a:0"]
    assert list(apply_filters(events, Filters(text="RUSSIA")).event_id) == ["a:1"]


def test_query_filters_are_hashable_and_accept_lists(events):
    f = Filters(countries=["JPN"], event_types="meet")
    assert hash(f) == hash(Filters(countries=("JPN",), event_types=("meet",)))
    assert list(apply_filters(events, f).event_id) == ["b:0"]


def test_query_missing_columns_do_not_crash():
    out = apply_filters(pd.DataFrame({"event_id": ["x"]}), Filters(outlets=("a",), actors=("b",)))
    assert out.empty
