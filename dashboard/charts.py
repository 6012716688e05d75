"""Chart builders: small aggregated frames -> Plotly figures. No Streamlit here.

Data strings reach Plotly's pseudo-HTML labels (hover text, tick labels), so every one goes
through `plain()` first: it escapes &, < and > so no data string is ever read as markup.
Figures only ever get aggregates or at most `queries.TIMELINE_LIMIT` points (an actor's own
timeline at most `queries.ACTOR_TIMELINE_LIMIT`).
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .i18n import Translator
from .labels import class_label, country_name, is_country, quad_label
from .queries import OTHER_LANE, SIDES

# Quad classes: cooperation in greens, conflict in warm colours (verbal lighter than material).
QUAD_COLOURS = {1: "#74c476", 2: "#1b7f3b", 3: "#f39c4a", 4: "#b51d1d", 0: "#9e9e9e"}
# Event classes in shades of their quad class's colour family, so a stacked chart reads as
# cooperation (greens, blues) versus conflict (oranges, reds) at a glance.
CLASS_COLOURS = {
    "statement": "#c7e9c0", "appeal": "#a1d99b", "agree": "#74c476", "phone_call": "#41ab5d",
    "meet": "#238b45", "support": "#006d2c",
    "military_cooperation": "#6baed6", "aid": "#3182bd", "yield": "#08519c",
    "investigate": "#fdd0a2", "condemn": "#fdae6b", "reject": "#fd8d3c", "threaten": "#e6550d",
    "protest": "#fcbba1", "mobilize": "#fc9272", "sanction": "#fb6a4a", "coerce": "#de2d26",
    "attack": "#a50f15",
}
# Served by Streamlit static serving (dashboard/static/): plotly.js asks for
# <topojsonURL>world_110m.json, so the map needs no internet.
TOPOJSON_URL = "/app/static/"
PLOTLY_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False}
# A marker's hover shows its sentence in lines of at most this many characters, this many lines.
_HOVER_WIDTH = 70
_HOVER_LINES = 8
# The narrowest time axis a marker chart shows.
MIN_SPAN = pd.Timedelta(days=30)
# A lane chart is LANE_PX per lane plus CHROME_PX for its axes and margins, at least MIN_PX.
LANE_PX, CHROME_PX, MIN_PX = 26, 120, 300
# Markers of one day in one lane stand MARKER_PITCH_PX apart (10-px markers with a 2-px gap:
# each can be hovered and clicked), or closer when there are many, all within LANE_SPREAD of
# their lane's height (0.75 leaves a gap to the next lane's).
MARKER_PITCH_PX = 12
LANE_SPREAD = 0.75
# Day numbers (days since 1970) stay below this until the year 2243: lane * DAY_KEYS + day is
# one number per (lane, day).
DAY_KEYS = 100_000


def plain(value: object) -> str:
    """A data value as text Plotly shows literally (its labels understand a few HTML tags)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrapped(value: object) -> str:
    return "<br>".join(plain(line) for line in _lines(str(value or "")))


def _lines(text: str) -> list[str]:
    """The first _HOVER_LINES lines of `text` filled word by word to _HOVER_WIDTH characters,
    as `textwrap.wrap` fills them (a word longer than a line fills the rest of the line and
    goes on), without its rule of breaking at hyphens. textwrap took ~60 % of the time to
    build a timeline of 1,600 markers (~0.15 s)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > _HOVER_WIDTH >= len(word):
            lines.append(line)
            line = word
            continue
        line = f"{line} {word}" if line else word
        while len(line) > _HOVER_WIDTH:
            lines.append(line[:_HOVER_WIDTH].rstrip())
            line = line[_HOVER_WIDTH:].lstrip()
        if len(lines) >= _HOVER_LINES:
            break
    return (lines + ([line] if line else []) or [""])[:_HOVER_LINES]


def _layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(height=height, margin=dict(l=10, r=10, t=30, b=10), legend_title_text="")
    return fig


def counts_timeline(counts: pd.DataFrame, stack: str, t: Translator) -> go.Figure:
    """Stacked bars of event counts per period (columns period, group, count)."""
    # One split, not a comparison of the whole column per group: with ~20 classes the
    # comparisons took about a quarter of the Actors page's render (pandas' Arrow strings).
    by_group = {group: rows for group, rows in counts.groupby("group", observed=True, sort=False)}
    bars = []
    for group in _ordered_groups(counts, stack):
        rows = by_group[group]
        name = quad_label(group, t) if stack == "quad" else class_label(group, t)
        colour = QUAD_COLOURS.get(_quad(group)) if stack == "quad" else CLASS_COLOURS.get(group)
        # Plain dicts of arrays, checked once by the Figure: adding 20 bars of three years'
        # weeks one by one took ~17-21 ms of a page's render, this ~9-11 ms (the same figure).
        bars.append(dict(type="bar", x=rows["period"].to_numpy(), y=rows["count"].to_numpy(),
                         name=plain(name), marker=dict(color=colour),
                         hovertemplate="%{x|%Y-%m-%d}: %{y}<extra>" + plain(name) + "</extra>"))
    fig = go.Figure(data=bars)
    fig.update_layout(barmode="stack", xaxis_title=None, yaxis_title=t("chart.events"))
    _whole_numbers(fig.layout.yaxis, _peak(counts))
    return _layout(fig, 360)


def _peak(counts: pd.DataFrame) -> int:
    if counts.empty:
        return 0
    return int(counts.groupby("period")["count"].sum().max())


def _whole_numbers(axis, peak: int) -> None:
    # Counts are whole: below 10, one tick per event instead of Plotly's 0.5 steps.
    axis.rangemode = "tozero"
    if peak < 10:
        axis.dtick = 1
    axis.tickformat = ",d"


def _ordered_groups(counts: pd.DataFrame, stack: str) -> list:
    if stack == "quad":
        return sorted(counts["group"].dropna().unique(), key=_quad)
    totals = counts.groupby("group", observed=True)["count"].sum()
    return list(totals.sort_values(ascending=False, kind="stable").index)


def _quad(value: object) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def country_map(counts: pd.DataFrame, t: Translator) -> go.Figure:
    """Choropleth of counts per ISO3 country; organisation codes (UN, EU…) are left out."""
    countries = counts[counts["country"].map(is_country).astype(bool)]
    names = [plain(country_name(code, t)) for code in countries["country"]]
    fig = go.Figure(go.Choropleth(
        locations=countries["country"], z=countries["count"], locationmode="ISO-3",
        text=names, colorscale="Blues", marker_line_color="#ffffff", marker_line_width=0.5,
        colorbar=dict(title_text=t("chart.events"), tickformat=",d", thickness=14, len=0.7,
                      dtick=1 if len(countries) and countries["count"].max() < 10 else None),
        hovertemplate="%{text} (%{location}): %{z}<extra></extra>",
    ))
    fig.update_geos(
        projection_type="natural earth", fitbounds=False, showcountries=True,
        countrycolor="#cccccc", showframe=False, showcoastlines=False,
        showland=True, landcolor="#eeeeee",
    )
    return _layout(fig, 460)


def dyads_bar(dyads: pd.DataFrame, t: Translator) -> go.Figure:
    """Horizontal bars of the top source -> target pairs, largest on top."""
    labels = [plain(f"{s} → {g}") for s, g in zip(dyads["source"], dyads["target"])]
    names = [
        plain(f"{country_name(s, t)} → {country_name(g, t)}")
        for s, g in zip(dyads["source"], dyads["target"])
    ]
    fig = go.Figure(go.Bar(
        x=dyads["count"][::-1], y=labels[::-1], orientation="h", text=names[::-1],
        marker_color="#4a6fa5", hovertemplate="%{text}: %{x}<extra></extra>",
        textposition="none",
    ))
    fig.update_layout(xaxis_title=t("chart.events"), yaxis_title=None)
    _whole_numbers(fig.layout.xaxis, int(dyads["count"].max()) if len(dyads) else 0)
    return _layout(fig, max(220, 28 * len(labels) + 60))


def event_markers(points: pd.DataFrame, lane: str, t: Translator) -> go.Figure:
    """One marker per event on a time axis, in lanes, coloured by quad class.

    customdata[0] is the event id, so a selected point leads back to its event. Lane "side"
    is an actor's own timeline (`queries.actor_points`): as source above, as target below.
    """
    fig = go.Figure()
    lanes = _lane_labels(points, lane, t)
    order = _lane_order(lanes, lane, t)
    height = max(MIN_PX, LANE_PX * len(order) + CHROME_PX)
    heights = _stacked(points["event_date"], lanes, order, (height - CHROME_PX) / max(len(order), 1))
    for quad in sorted(points["quad_class"].dropna().unique(), key=_quad):
        rows = points[points["quad_class"] == quad]
        fig.add_scatter(
            x=rows["event_date"], y=heights.loc[rows.index], mode="markers",
            name=plain(quad_label(quad, t)),
            marker=dict(color=QUAD_COLOURS.get(_quad(quad), "#9e9e9e"), size=10,
                        line=dict(width=0.5, color="#333333")),
            customdata=list(zip(rows["event_id"], _hover(rows, t))),
            hovertemplate="%{customdata[1]}<extra></extra>",
        )
    # Lanes are numbered from the bottom, the first lane on top; the labels sit at the numbers.
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(order)))[::-1], ticktext=order,
                     range=[-0.5, len(order) - 0.5], zeroline=False, title=None)
    # With many lanes the dates go on top, where they are seen without scrolling.
    fig.update_xaxes(title=None, side="top" if len(order) > 12 else "bottom")
    # Events on one or a few days: a month around them, not an axis in milliseconds.
    dates = pd.to_datetime(points["event_date"]) if len(points) else None
    if dates is not None and dates.max() - dates.min() < MIN_SPAN:
        middle = dates.min() + (dates.max() - dates.min()) / 2
        fig.update_xaxes(range=[middle - MIN_SPAN / 2, middle + MIN_SPAN / 2])
    fig.update_layout(clickmode="event+select", dragmode="pan")
    return _layout(fig, height)


def _lane_order(lanes: pd.Series, lane: str, t: Translator) -> list[str]:
    """The lanes top down: as source above as target, else by name with the shared lane last."""
    present = set(lanes)
    if lane == "side":
        return [label for label in (_lane_label(side, lane, t) for side in SIDES) if label in present]
    other = _lane_label(OTHER_LANE, lane, t)
    return sorted(present - {other}) + ([other] if other in present else [])


def _stacked(dates: pd.Series, lanes: pd.Series, order: list[str], lane_px: float) -> pd.Series:
    """Each marker's height: its lane's number (the first lane highest), spread when several
    events share a day in one lane, so that none hides another and each can be clicked.
    `lane_px`: how tall a lane is drawn."""
    base = lanes.map({label: len(order) - 1 - i for i, label in enumerate(order)})
    # One integer per (lane, day): grouping on it is several times faster than on the pair.
    days = pd.to_datetime(dates).to_numpy().astype("datetime64[D]").astype("int64")
    same = base.groupby(base.to_numpy() * DAY_KEYS + days)
    rank, count = same.cumcount(), same.transform("size")
    step = (LANE_SPREAD / (count - 1).clip(lower=1)).clip(upper=MARKER_PITCH_PX / lane_px)
    return base + (rank - (count - 1) / 2) * step


def _lane_labels(points: pd.DataFrame, lane: str, t: Translator) -> pd.Series:
    return points["lane"].map(lambda value: _lane_label(value, lane, t))


def _lane_label(value: object, lane: str, t: Translator) -> str:
    if value == OTHER_LANE:
        return plain(t("timeline.other"))
    if lane == "side":
        return plain(t(f"actors.as_{value}"))
    return plain(class_label(value, t) if lane == "class" else value)


def _hover(rows: pd.DataFrame, t: Translator) -> list[str]:
    out = []
    for row in rows.itertuples(index=False):
        date = pd.Timestamp(row.event_date).date().isoformat()
        source = _text(row.source_actor) or _text(row.source_country) or "?"
        target = _text(row.target_actor) or _text(row.target_country) or "?"
        out.append(
            f"<b>{date}</b> · {plain(class_label(row.event_type, t))}<br>"
            f"{plain(source)} → {plain(target)}<br>{_wrapped(_text(row.sentence))}"
        )
    return out


def _text(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)
