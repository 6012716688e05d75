"""Filters shared by the dashboard and the export command, compiled to SQL with bound values."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from extraction.store.query import Filters, where_sql


def apply_filters(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of `events` the compiled filter keeps (run by DuckDB on the frame as `events`)."""
    con = duckdb.connect()
    con.register("frame", events)
    con.execute("CREATE TABLE events AS SELECT * FROM frame")
    where, params = where_sql(filters)
    return con.execute(f"SELECT * FROM events WHERE {where} ORDER BY event_id", params).fetch_df()


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


HOSTILE = ("'; DROP TABLE events; --", "%", "_", "?", "$1", "\\")


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("field", ["text", "actors", "outlets", "countries", "event_types"])
def test_query_sql_metacharacters_are_matched_literally(events, field, value):
    # One row holds the hostile value itself; it must be the only match, and the table stays.
    hostile = events.copy()
    column = {"text": "sentence", "actors": "source_actor", "outlets": "outlet",
              "countries": "source_country", "event_types": "event_type"}[field]
    hostile.loc[1, column] = f"x{value}y" if field in ("text", "actors") else value
    filters = Filters(**{field: value if field == "text" else (value,)})
    benign = Filters(**{field: "plain" if field == "text" else ("plain",)})
    # The value travels as a parameter: the SQL text is the same whatever the value says.
    assert where_sql(filters)[0] == where_sql(benign)[0]
    assert list(apply_filters(hostile, filters).event_id) == ["a:1"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("field", ["outlets", "countries", "event_types", "languages"])
def test_query_coded_filters_keep_the_same_events_literally(events, field, value):
    # On the coded copy (keys.py) a value is looked up as its code, bound too: the same events
    # as on the events themselves, the hostile value only its own row, the SQL text the same.
    from extraction.store import actors, keys, schema

    column = {"outlets": "outlet", "countries": "source_country", "event_types": "event_type",
              "languages": "language"}[field]
    hostile = events.copy()
    hostile.loc[1, column] = value
    con = duckdb.connect()
    for ddl in schema.DDL:
        con.execute(ddl)
    con.register("frame", hostile.assign(doc_id="d", event_no=range(1, len(hostile) + 1)))
    con.execute("INSERT INTO events BY NAME SELECT * FROM frame")
    actors.number_events(con)
    keys.fill(con)
    kept = {}
    for asked in (value, "plain", "IDN"):
        filters = Filters(**{field: (asked,)})
        where, params = where_sql(filters, con, coded=True)
        kept[asked] = [r[0] for r in con.execute(
            f"SELECT event_no FROM event_keys WHERE {where} ORDER BY 1", params).fetchall()]
        plain, plain_params = where_sql(filters, con)
        assert kept[asked] == [r[0] for r in con.execute(
            f"SELECT event_no FROM events WHERE {plain} ORDER BY 1", plain_params).fetchall()]
        assert where == where_sql(Filters(**{field: ("plain",)}), con, coded=True)[0]
    assert kept[value] == [2] and kept["plain"] == []
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(4,)]


