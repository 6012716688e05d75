"""The dashboard's query layer: filtered events -> small frames and plain values.

No Streamlit here: every page calls these with the events frame of the store (see
`extraction.store.read_tables`) and the current `Filters`, and only draws what comes back.
Everything is vectorised so 1M events stay well inside a 300 ms re-render.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from extraction.query import Filters, apply_filters

from .labels import is_country

PERIODS = ("day", "week", "month")
STACKS = ("class", "quad")
ROLES = ("either", "source", "target")
LANES = ("dyad", "country", "class")
# Above this many events the timeline asks for narrower filters instead of drawing a cloud.
TIMELINE_LIMIT = 3000
# Rows the events table (and so its downloads) holds at most: newest first.
TABLE_LIMIT = 5000
# Low-cardinality text columns kept as categoricals: isin/groupby on codes, not strings.
CATEGORY_COLUMNS = (
    "event_type", "cameo_code", "source_country", "target_country", "language", "outlet",
    "plover_type", "plover_mode", "date_precision",
)
TABLE_COLUMNS = (
    "event_date", "event_type", "dyad", "source_actor", "target_actor", "trigger", "sentence",
    "outlet", "confidence", "event_id",
)
REPORT_COLUMNS = ("event_date", "outlet", "title", "sentence", "url", "event_id")


@dataclass(frozen=True)
class Headline:
    events: int
    clusters: int
    countries: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class Options:
    """What the sidebar widgets offer, taken from the whole store."""

    countries: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()  # ordered by quad class, then name
    quad_of_type: tuple[tuple[str, int], ...] = ()
    actors: tuple[str, ...] = ()  # most frequent first
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    first: dt.date | None = None
    last: dt.date | None = None


def prepare(events: pd.DataFrame) -> pd.DataFrame:
    """The store's events frame in the dtypes the queries are fast on (done once per load)."""
    out = events.copy()
    out["event_date"] = pd.to_datetime(out["event_date"], errors="coerce")
    for column in CATEGORY_COLUMNS:
        if column in out.columns:
            out[column] = out[column].astype("category")
    return out


def filtered(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass `filters` (the shared rule of `extraction.query`)."""
    return apply_filters(events, filters)


def options(events: pd.DataFrame, actor_limit: int = 500) -> Options:
    if events.empty:
        return Options()
    quads = (
        events.groupby("event_type", observed=True)["quad_class"]
        .agg(lambda s: int(s.mode().iloc[0]) if s.notna().any() else 0)
    )
    ordered = sorted(quads.items(), key=lambda item: (item[1], str(item[0])))
    actors = pd.concat([events["source_actor"], events["target_actor"]]).dropna()
    first, last = _date_span(events)
    return Options(
        countries=tuple(sorted(_codes(events))),
        event_types=tuple(str(k) for k, _ in ordered),
        quad_of_type=tuple((str(k), int(v)) for k, v in ordered),
        actors=tuple(str(a) for a in actors[actors != ""].value_counts().index[:actor_limit]),
        languages=_distinct(events, "language"),
        outlets=_distinct(events, "outlet"),
        first=first,
        last=last,
    )


def headline(events: pd.DataFrame) -> Headline:
    first, last = _date_span(events)
    clusters = events["cluster_id"].dropna().nunique() if "cluster_id" in events else 0
    countries = sum(1 for code in _codes(events) if is_country(code))
    return Headline(len(events), int(clusters), countries, first, last)


def period_start(dates: pd.Series, period: str) -> np.ndarray:
    """First day of each date's day, week (Monday) or month, as datetime64[D]."""
    days = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    if period == "month":
        return days.astype("datetime64[M]").astype("datetime64[D]")
    if period == "week":
        # 1970-01-01 was a Thursday: (days + 3) % 7 is the weekday with Monday = 0.
        offset = (days.astype("int64") + 3) % 7
        return days - offset.astype("timedelta64[D]")
    return days


def counts_by_period(events: pd.DataFrame, period: str = "week", stack: str = "class") -> pd.DataFrame:
    """Event counts per period and group: columns period, group, count (undated left out)."""
    dated = events[events["event_date"].notna()]
    if dated.empty:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "group": [], "count": []})
    group_col = "quad_class" if stack == "quad" else "event_type"
    frame = pd.DataFrame({
        "period": period_start(dated["event_date"], period),
        "group": dated[group_col].to_numpy(),
    })
    counts = frame.groupby(["period", "group"], observed=True, sort=True).size()
    out = counts.rename("count").reset_index()
    out["period"] = pd.to_datetime(out["period"])
    return out


def counts_by_country(events: pd.DataFrame, role: str = "either") -> pd.DataFrame:
    """Events per country code in `role`; "either" counts an event once per country."""
    source = _value_counts(events, "source_country")
    target = _value_counts(events, "target_country")
    if role == "source":
        counts = source
    elif role == "target":
        counts = target
    else:
        same = events["source_country"].astype(object) == events["target_country"].astype(object)
        self_dyads = _value_counts(events[same.fillna(False).astype(bool)], "source_country")
        counts = source.add(target, fill_value=0).sub(self_dyads, fill_value=0)
    counts = counts[counts > 0].astype("int64").sort_values(ascending=False, kind="stable")
    return pd.DataFrame({"country": counts.index.astype(str), "count": counts.to_numpy()})


def top_dyads(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` most frequent source -> target pairs: columns source, target, count."""
    pairs = events[["source_country", "target_country"]].dropna()
    if pairs.empty:
        return pd.DataFrame({"source": [], "target": [], "count": []})
    counts = pairs.groupby(["source_country", "target_country"], observed=True).size()
    counts = counts[counts > 0].sort_values(ascending=False, kind="stable").head(n)
    out = counts.rename("count").reset_index()
    return out.rename(columns={"source_country": "source", "target_country": "target"}).astype(
        {"source": str, "target": str}
    )


def timeline_points(events: pd.DataFrame, lane: str = "dyad") -> pd.DataFrame:
    """One row per dated event with its lane key (dyad, acting country or class)."""
    dated = events[events["event_date"].notna()]
    columns = [
        "event_id", "event_date", "quad_class", "event_type", "source_country", "target_country",
        "source_actor", "target_actor", "sentence",
    ]
    out = dated[[c for c in columns if c in dated.columns]].copy()
    out["lane"] = _lane(dated, lane)
    return out.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


def _lane(events: pd.DataFrame, lane: str) -> pd.Series:
    source = events["source_country"].astype(object).fillna("?")
    if lane == "class":
        return events["event_type"].astype(object).fillna("?")
    if lane == "country":
        # The acting country; an event with none falls in its target's lane.
        return events["source_country"].astype(object).fillna(
            events["target_country"].astype(object)).fillna("?")
    target = events["target_country"].astype(object).fillna("–")
    return source + " → " + target


def events_table(events: pd.DataFrame, limit: int = TABLE_LIMIT) -> pd.DataFrame:
    """The newest `limit` events in display columns; the downloads are exactly these rows."""
    newest = _newest(events, limit)
    source = newest["source_country"].astype(object).fillna("")
    target = newest["target_country"].astype(object).fillna("")
    table = pd.DataFrame(index=newest.index)
    for column in TABLE_COLUMNS:
        if column == "dyad":
            table[column] = (source + " → " + target).str.strip(" →")
        elif column in newest.columns:
            table[column] = newest[column].astype(object) if column in CATEGORY_COLUMNS else newest[column]
        else:
            table[column] = None
    table["event_date"] = pd.to_datetime(table["event_date"]).dt.date
    return table.reset_index(drop=True)


def _newest(events: pd.DataFrame, limit: int) -> pd.DataFrame:
    # argpartition picks the newest `limit` in O(n); only those few are sorted.
    if events.empty:
        return events
    dates = events["event_date"].to_numpy(dtype="datetime64[ns]").astype("int64")
    dates = np.where(np.isnat(events["event_date"].to_numpy(dtype="datetime64[ns]")),
                     np.iinfo("int64").min, dates)
    if len(events) > limit:
        keep = np.argpartition(-dates, limit - 1)[:limit]
    else:
        keep = np.arange(len(events))
    picked = events.iloc[keep]
    return picked.sort_values(["event_date", "event_id"], ascending=[False, True],
                              na_position="last", kind="stable")


def event_record(events: pd.DataFrame, event_id: str) -> dict | None:
    """Every stored field of one event, or None when it is not (or no longer) there."""
    if not event_id or "event_id" not in events:
        return None
    rows = events[events["event_id"] == event_id]
    if rows.empty:
        return None
    record = rows.iloc[0].to_dict()
    return {k: _plain(v) for k, v in record.items()}


def cluster_reports(events: pd.DataFrame, cluster_id: object, exclude: str | None = None) -> pd.DataFrame:
    """The other events of a cluster (other reports of the same happening), oldest first."""
    if not isinstance(cluster_id, str) or not cluster_id:
        return pd.DataFrame(columns=list(REPORT_COLUMNS))
    rows = events[(events["cluster_id"] == cluster_id) & (events["event_id"] != exclude)]
    out = rows.reindex(columns=list(REPORT_COLUMNS)).copy()
    out["outlet"] = out["outlet"].astype(object)
    out["event_date"] = pd.to_datetime(out["event_date"]).dt.date
    return out.sort_values(["event_date", "event_id"], na_position="last").reset_index(drop=True)


def event_segments(
    text: object, sentence: object, start: object, end: object, spans: object, trigger: object,
) -> list[tuple[str, str]]:
    """The article as (text, kind) pieces: kind "text", "sentence" or "trigger".

    Offsets come from the store (document offsets). If they do not match the stored text the
    sentence is located by search, and with no article the sentence is shown alone, so the
    evidence is always shown and never misplaced.
    """
    sentence = sentence if isinstance(sentence, str) else ""
    text = text if isinstance(text, str) and text else ""
    s, e = _sentence_bounds(text, sentence, start, end)
    if s is None:
        text, s, e = sentence, 0, len(sentence)
    # Stored spans are document offsets; shift them by however far the sentence really is
    # from where the store said it starts (zero when the offsets are right).
    shift = (_int(start) if _int(start) is not None else s) - s
    triggers = _trigger_bounds(text, s, e, spans, shift, trigger)
    pieces = [(text[:s], "text")]
    cursor = s
    for t_start, t_end in triggers:
        pieces += [(text[cursor:t_start], "sentence"), (text[t_start:t_end], "trigger")]
        cursor = t_end
    pieces += [(text[cursor:e], "sentence"), (text[e:], "text")]
    return [(piece, kind) for piece, kind in pieces if piece]


def _sentence_bounds(text: str, sentence: str, start: object, end: object) -> tuple[int | None, int]:
    if not text:
        return None, 0
    s, e = _int(start), _int(end)
    if s is not None and e is not None and 0 <= s < e <= len(text):
        if not sentence or text[s:e] == sentence:
            return s, e
    found = text.find(sentence) if sentence else -1
    if found >= 0:
        return found, found + len(sentence)
    return None, 0


def _trigger_bounds(
    text: str, s: int, e: int, spans: object, offset: int, trigger: object,
) -> list[tuple[int, int]]:
    bounds = []
    for span in _spans(spans):
        a, b = span[0] - offset, span[1] - offset
        if s <= a < b <= e:
            bounds.append((a, b))
    if not bounds and isinstance(trigger, str) and trigger.strip():
        found = text.lower().find(trigger.lower(), s, e)
        if found >= 0:
            bounds.append((found, found + len(trigger)))
    bounds.sort()
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _spans(value: object) -> list[tuple[int, int]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    out = []
    for item in value if isinstance(value, (list, tuple)) else []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            a, b = _int(item[0]), _int(item[1])
            if a is not None and b is not None:
                out.append((a, b))
    return out


def _int(value: object) -> int | None:
    try:
        if value is None or pd.isna(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def _plain(value: object) -> object:
    """numpy / pandas scalars -> plain Python (dates as dates, missing as None)."""
    if isinstance(value, pd.Timestamp):
        return value.date()
    if value is None or (not isinstance(value, (list, tuple, dict, str)) and pd.isna(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _date_span(events: pd.DataFrame) -> tuple[dt.date | None, dt.date | None]:
    dates = pd.to_datetime(events["event_date"], errors="coerce") if len(events) else None
    if dates is None or dates.notna().sum() == 0:
        return None, None
    return dates.min().date(), dates.max().date()


def _codes(events: pd.DataFrame) -> set[str]:
    codes: set[str] = set()
    for column in ("source_country", "target_country"):
        codes.update(str(c) for c in _value_counts(events, column).index)
    return codes


def _value_counts(events: pd.DataFrame, column: str) -> pd.Series:
    values = events[column]
    counts = values.value_counts(dropna=True)
    counts = counts[counts > 0]
    counts.index = counts.index.astype(str)
    return counts[counts.index != ""]


def _distinct(events: pd.DataFrame, column: str) -> tuple[str, ...]:
    if column not in events:
        return ()
    return tuple(sorted(str(v) for v in _value_counts(events, column).index))
