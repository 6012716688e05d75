"""Filters <-> URL query parameters: exact round trips, and forgiving parsing."""
from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.filters import from_params, to_params
from extraction.store.query import Filters

words = st.text(min_size=1, max_size=12).map(str.strip).filter(bool)
word_lists = st.lists(words, max_size=3, unique=True).map(tuple)
dates = st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))


@st.composite
def filters(draw) -> Filters:
    start, end = draw(dates), draw(dates)
    if start and end and start > end:
        start, end = end, start
    return Filters(
        date_from=start, date_to=end, countries=draw(word_lists),
        country_role=draw(st.sampled_from(["either", "source", "target"])),
        event_types=draw(word_lists), actors=draw(word_lists), languages=draw(word_lists),
        outlets=draw(word_lists), text=draw(st.none() | words),
    )


@settings(max_examples=200, deadline=None)
@given(filters())
def test_dashboard_filters_round_trip_through_a_real_query_string(original):
    # What a browser does: encode into the address, then parse it back.
    query = urlencode(to_params(original), doseq=True)
    assert from_params(parse_qs(query)) == original


def test_dashboard_filters_empty_filters_make_an_empty_url():
    assert to_params(Filters()) == {}
    assert from_params({}) == Filters()


def test_dashboard_filters_url_keys_are_short_and_lists_repeat():
    f = Filters(countries=("IDN", "JPN"), country_role="target", date_from=dt.date(2024, 4, 1),
                event_types=("condemn",), text="nuclear talks")
    assert to_params(f) == {"from": "2024-04-01", "country": ["IDN", "JPN"], "type": ["condemn"],
                            "role": "target", "q": "nuclear talks"}


def test_dashboard_filters_bad_values_are_dropped_not_raised():
    f = from_params({"from": "yesterday", "to": "2024-13-45", "role": "both",
                     "country": ["", "  ", "IDN", "IDN"], "q": "   ", "unknown": "x"})
    assert f == Filters(countries=("IDN",))


def test_dashboard_filters_reversed_dates_are_swapped_and_last_value_wins():
    f = from_params({"from": ["2020-01-01", "2024-05-01"], "to": "2024-01-01"})
    assert (f.date_from, f.date_to) == (dt.date(2024, 1, 1), dt.date(2024, 5, 1))


def test_dashboard_filters_markup_in_the_url_stays_plain_text():
    f = from_params({"q": "<script>alert(1)</script>", "actor": "[x](javascript:1)"})
    assert f.text == "<script>alert(1)</script>" and f.actors == ("[x](javascript:1)",)
