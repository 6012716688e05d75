"""Chart builders: aggregates in, Plotly figures out; offline map; data never read as markup."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pandas as pd
import pytest

from extraction.store.query import Filters
from dashboard import charts, queries
from dashboard.i18n import Translator

ROOT = Path(__file__).resolve().parents[1]
t = Translator("en")


def test_dashboard_charts_map_is_iso3_natural_earth_without_organisations():
    counts = pd.DataFrame({"country": ["IDN", "UN", "EU", "JPN"], "count": [5, 4, 3, 1]})
    fig = charts.country_map(counts, t)
    trace = fig.data[0]
    assert list(trace.locations) == ["IDN", "JPN"] and list(trace.z) == [5, 1]
    assert trace.locationmode == "ISO-3"
    assert fig.layout.geo.projection.type == "natural earth"
    assert fig.layout.geo.fitbounds is False


def test_dashboard_charts_world_file_is_served_locally():
    assert charts.PLOTLY_CONFIG["topojsonURL"] == "/app/static/"
    world = json.loads((ROOT / "dashboard" / "static" / "world_110m.json").read_text())
    ids = {g.get("id") for g in world["objects"]["countries"]["geometries"]}
    assert {"IDN", "JPN", "USA", "UKR"} <= ids  # keyed by ISO-3, as locationmode expects
    assert "MIT" in (ROOT / "dashboard" / "static" / "world_110m.LICENSE.md").read_text()


def test_dashboard_charts_streamlit_config_serves_static_and_stays_safe():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableStaticServing"] is True
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["maxUploadSize"] == 20
    assert config["browser"]["gatherUsageStats"] is False


def test_dashboard_charts_timeline_counts_stack_by_class_or_quad(dash_con):
    by_class = charts.counts_timeline(queries.counts_by_period(dash_con, Filters(), "week", "class"), "class", t)
    assert by_class.layout.barmode == "stack"
    assert {trace.name for trace in by_class.data} == {"Phone call", "Condemn", "Attack", "Aid", "Threaten"}
    by_quad = charts.counts_timeline(queries.counts_by_period(dash_con, Filters(), "month", "quad"), "quad", t)
    assert [trace.name for trace in by_quad.data] == [
        "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"]
    assert sum(sum(trace.y) for trace in by_quad.data) == 6  # every dated event, once


def test_dashboard_charts_markers_carry_event_ids_and_escape_data(dash_con):
    points = queries.timeline_points(dash_con, Filters(), "dyad")
    fig = charts.event_markers(points, "dyad", t)
    ids = {row[0] for trace in fig.data for row in trace.customdata}
    assert ids == set(points["event_id"])
    hovers = " ".join(row[1] for trace in fig.data for row in trace.customdata)
    assert "<img" not in hovers and "&lt;img src=x onerror=alert(1)&gt;" in hovers
    assert all(trace.marker.color == charts.QUAD_COLOURS[int(q)] for trace, q in
               zip(fig.data, sorted(points["quad_class"].unique())))


def test_dashboard_charts_plain_escapes_plotly_markup():
    assert charts.plain('<a href="javascript:x">&</a>') == '&lt;a href="javascript:x"&gt;&amp;&lt;/a&gt;'
    assert charts.plain(None) == "" and charts.plain(float("nan")) == ""


def test_dashboard_charts_dyads_and_empty_inputs_draw(dash_con):
    dyads = pd.DataFrame({"source": ["IDN", "<b>X"], "target": ["JPN", "USA"], "count": [3, 1]})
    fig = charts.dyads_bar(dyads, t)
    assert list(fig.data[0].y) == ["&lt;b&gt;X → USA", "IDN → JPN"]  # largest on top
    empty = queries.counts_by_period(dash_con, Filters(text="no sentence says this"))
    assert charts.counts_timeline(empty, "class", t).data == ()
    assert len(charts.country_map(pd.DataFrame({"country": [], "count": []}), t).data) == 1


def test_dashboard_charts_timeline_figure_stays_small_at_the_limit():
    n = queries.TIMELINE_LIMIT
    points = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "event_date": pd.date_range("2024-01-01", periods=n, freq="h"),
        "quad_class": [i % 4 + 1 for i in range(n)], "event_type": "meet", "source_country": "IDN",
        "target_country": "JPN", "source_actor": "A", "target_actor": "B", "sentence": "x" * 150,
        "lane": [f"L{i % 30}" for i in range(n)],
    })
    assert len(charts.event_markers(points, "dyad", t).to_json()) < 3_000_000


def test_dashboard_charts_actor_timeline_lanes_by_side_in_both_languages(dash_con):
    from conftest import XSS_ACTOR

    points = queries.actor_points(dash_con, Filters(), "Retno Marsudi")
    fig = charts.event_markers(points, "side", t)
    assert set(_marker_lanes(fig)) == {"As source"}
    assert {row[0] for trace in fig.data for row in trace.customdata} == set(points["event_id"])
    assert all(trace.marker.color == charts.QUAD_COLOURS[1] for trace in fig.data)  # phone calls
    both = pd.concat([points, queries.actor_points(dash_con, Filters(), "Yoko Kamikawa")], ignore_index=True)
    indonesian = charts.event_markers(both, "side", Translator("id"))
    assert _lanes_top_down(indonesian) == ["Sebagai pelaku", "Sebagai sasaran"]
    hostile = charts.event_markers(queries.actor_points(dash_con, Filters(), XSS_ACTOR), "side", t)
    assert "javascript" in hostile.data[0].customdata[0][1] and "<img" not in hostile.data[0].customdata[0][1]


def test_dashboard_charts_regression_events_of_one_day_in_one_lane_hid_each_other():
    # Three reports of one dyad on one day were drawn on one spot: one marker to see and click.
    points = pd.DataFrame({
        "event_id": ["a", "b", "c", "d", "e"], "quad_class": [4, 4, 3, 4, 1],
        "event_date": pd.to_datetime(["2024-05-02"] * 3 + ["2024-05-09", "2024-05-02"]),
        "event_type": "attack", "source_country": "RUS", "target_country": "UKR",
        "source_actor": None, "target_actor": None, "sentence": "s",
        "lane": ["RUS → UKR"] * 4 + ["CHN → PHL"],
    })
    fig = charts.event_markers(points, "dyad", t)
    spots = [(x, y) for trace in fig.data for x, y in zip(trace.x, trace.y)]
    assert len(set(spots)) == 5  # every event has a spot of its own
    assert sorted(_marker_lanes(fig)) == ["CHN → PHL"] + ["RUS → UKR"] * 4
    assert _lanes_top_down(fig) == ["CHN → PHL", "RUS → UKR"]


def _marker_lanes(fig) -> list[str]:
    """The lane of each marker: the label of the lane whose middle is nearest (within half a
    lane) to its height."""
    ticks = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext))
    lanes = []
    for y in (y for trace in fig.data for y in trace.y):
        middle = round(y)
        assert abs(y - middle) < 0.5
        lanes.append(ticks[middle])
    return lanes


def _lanes_top_down(fig) -> list[str]:
    ticks = sorted(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext), reverse=True)
    return [label for _, label in ticks]


def test_dashboard_charts_markers_on_one_day_get_a_readable_axis(dash_con):
    points = queries.actor_points(dash_con, Filters(), "Retno Marsudi")  # two calls on one day
    start, end = (pd.Timestamp(x) for x in charts.event_markers(points, "side", t).layout.xaxis.range)
    assert end - start == charts.MIN_SPAN and start < points["event_date"].min() < end
    wide = queries.timeline_points(dash_con, Filters(), "dyad")
    assert charts.event_markers(wide, "dyad", t).layout.xaxis.range is None  # months apart: Plotly's own


@pytest.mark.parametrize("text, lines", [
    ("", [""]),
    ("   ", [""]),
    ("Two ministers spoke by phone.", ["Two ministers spoke by phone."]),
    # words fill a line up to the width, spaces between them collapsed to one
    ("a" * 34 + "   " + "b" * 35 + " c", ["a" * 34 + " " + "b" * 35, "c"]),
    # a word longer than a line fills the rest of the line and goes on
    ("one " + "x" * 150 + " two", ["one " + "x" * 66, "x" * 70, "x" * 14 + " two"]),
    # at most eight lines of a long sentence
    (" ".join(["w" * 69] * 12), ["w" * 69] * 8),
])
def test_dashboard_charts_hover_sentence_fills_lines_to_the_width(text, lines):
    assert charts._lines(text) == lines
    assert all(len(line) <= 70 for line in lines)
