"""The dashboard's query layer: filtered events -> small frames and plain values.

No Streamlit here: every page calls these with the events frame of the store (see
`extraction.store.ingest.read_tables`) and the current `Filters`, and only draws what comes back.
Everything is vectorised so 1M events stay well inside a 300 ms re-render.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from extraction.pipeline.codes import load_codes
from extraction.store.query import Filters, apply_filters

from .labels import is_country

PERIODS = ("day", "week", "month")
STACKS = ("class", "quad")
ROLES = ("either", "source", "target")
LANES = ("dyad", "country", "class")
# Above this many events the timeline asks for narrower filters instead of drawing a cloud.
TIMELINE_LIMIT = 3000
# Lanes the timeline draws at most; the rest share one "other" lane.
MAX_LANES = 40
OTHER_LANE = "…"
# Rows the events table (and so its downloads) holds at most: newest first.
TABLE_LIMIT = 5000
# The columns filters and aggregates need. The bulk frame is cut down to these once per load:
# a filter's row selection then copies 14 columns, not 30 (that copy dominates at 1M rows).
QUERY_COLUMNS = (
    "event_id", "cluster_id", "event_date", "event_type", "quad_class", "source_country",
    "target_country", "source_actor", "target_actor", "language", "outlet", "trigger",
    "sentence", "confidence", "source_role", "target_role", "source_actor_inferred",
    "target_actor_inferred",
)
# Text columns with few distinct values kept as categoricals: filters and counts then work on
# small integer codes instead of strings.
CATEGORY_COLUMNS = (
    "cluster_id", "event_type", "source_actor", "target_actor", "language", "outlet", "trigger",
    "source_role", "target_role",
)
INFERRED_COLUMNS = ("source_actor_inferred", "target_actor_inferred")
# The actor columns come with their role and inferred flag: `labels.with_actor_labels` folds
# the three into one display label ("Retno Marsudi · Foreign minister (inferred)").
TABLE_COLUMNS = (
    "event_date", "event_type", "dyad", "source_actor", "target_actor", "trigger", "sentence",
    "outlet", "confidence", "event_id", "source_role", "source_actor_inferred", "target_role",
    "target_actor_inferred",
)
# Actors the Actors page lists at most (most active first); the sidebar offers ACTOR_OPTIONS.
ACTOR_LIMIT = 200
ACTOR_OPTIONS = 500
# Classes, roles shown per actor.
TOP_CLASSES = 3
TOP_ROLES = 2
SIDES = ("source", "target")
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
    total: int = 0  # events in the store


def prepare(events: pd.DataFrame) -> pd.DataFrame:
    """The store's events frame cut and typed for fast queries (done once per store load)."""
    # No .copy(): under copy-on-write the untouched columns (sentence, ids) share memory
    # with the store frame, and the retyped ones below never write back into it.
    out = events.loc[:, [c for c in QUERY_COLUMNS if c in events.columns]]
    out["event_date"] = pd.to_datetime(out["event_date"], errors="coerce")
    for column in CATEGORY_COLUMNS:
        if column in out.columns:
            out[column] = out[column].astype("category")
    for column in INFERRED_COLUMNS:  # a schema-1 store reads them empty: not inferred
        if column in out.columns:
            out[column] = out[column].astype("boolean").fillna(False).astype(bool)
    # One category list for both country columns, so their codes can be counted together.
    countries = pd.Index(sorted(set(_nonblank(out["source_country"])) | set(_nonblank(out["target_country"]))))
    for column in ("source_country", "target_country"):
        out[column] = pd.Categorical(out[column].astype(object), categories=countries)
    return out


def _nonblank(values: pd.Series) -> list[str]:
    return [str(v) for v in pd.unique(values.dropna()) if str(v) != ""]


def filtered(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass `filters` (the shared rule of `extraction.query`)."""
    return apply_filters(events, filters)


def options(events: pd.DataFrame, actor_limit: int = ACTOR_OPTIONS) -> Options:
    if events.empty:
        return Options()
    ordered = sorted(((t, _quad_of(t, events)) for t in _distinct(events, "event_type")),
                     key=lambda item: (item[1], item[0]))
    # The same names, normalised and ordered the same way, as the Actors page lists.
    actors = actor_counts(events)["actor"]
    first, last = _date_span(events)
    return Options(
        countries=tuple(sorted(counts_by_country(events, "either")["country"])),
        event_types=tuple(t for t, _ in ordered),
        quad_of_type=tuple(ordered),
        actors=tuple(actors[:actor_limit]),
        languages=_distinct(events, "language"),
        outlets=_distinct(events, "outlet"),
        first=first,
        last=last,
        total=len(events),
    )


def _quad_of(event_type: str, events: pd.DataFrame) -> int:
    # The code table says which quad class a class belongs to; the data only for unknown classes.
    try:
        codes = load_codes()
        return int(codes.get(codes.default_code(event_type)).quad_class)
    except KeyError:
        quads = events.loc[events["event_type"] == event_type, "quad_class"].dropna()
        return int(quads.iloc[0]) if len(quads) else 0


def headline(events: pd.DataFrame) -> Headline:
    first, last = _date_span(events)
    clusters = 0
    if "cluster_id" in events:
        codes = _codes(events["cluster_id"])
        clusters = int(np.count_nonzero(np.bincount(codes[codes >= 0]))) if len(codes) else 0
    countries = sum(1 for code in counts_by_country(events, "either")["country"] if is_country(code))
    return Headline(len(events), clusters, countries, first, last)


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
    """Event counts per period and group: columns period, group, count (undated left out).

    Counted with one bincount over (period, group) integer keys: no groupby on 1M rows.
    """
    dated = events["event_date"].notna().to_numpy()
    if not dated.any():
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), "group": [], "count": []})
    days = period_start(events["event_date"][dated], period).astype("int64")
    if stack == "quad":
        codes, groups = _factorize(events["quad_class"].fillna(0).astype("int64")[dated])
    else:
        codes, groups = _factorize(events["event_type"][dated], missing="")
    first = days.min()
    width = len(groups)
    counts = np.bincount((days - first) * width + codes, minlength=(days.max() - first + 1) * width)
    hits = np.flatnonzero(counts)
    return pd.DataFrame({
        "period": pd.to_datetime((hits // width + first).astype("datetime64[D]")),
        "group": np.asarray(groups, dtype=object)[hits % width],
        "count": counts[hits].astype("int64"),
    })


def counts_by_country(events: pd.DataFrame, role: str = "either") -> pd.DataFrame:
    """Events per country code in `role` ("either" counts an event once per country),
    most first: columns country, count. Organisation codes (UN, EU…) included."""
    source, target, names = _country_codes(events)
    size = len(names)
    if role == "source":
        counts = _bincount(source, size)
    elif role == "target":
        counts = _bincount(target, size)
    else:
        same = source[source == target]
        counts = _bincount(source, size) + _bincount(target, size) - _bincount(same, size)
    order = np.argsort(-counts, kind="stable")
    order = order[counts[order] > 0]
    return pd.DataFrame({"country": np.asarray(names, dtype=object)[order],
                         "count": counts[order].astype("int64")})


def organisations(counts: pd.DataFrame) -> pd.DataFrame:
    """Rows of a `counts_by_country` frame whose code is not a country (UN, EU…): no map shape."""
    return counts[~counts["country"].map(is_country).astype(bool)].reset_index(drop=True)


def top_dyads(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` most frequent source -> target pairs: columns source, target, count."""
    source, target, names = _country_codes(events)
    both = (source >= 0) & (target >= 0)
    size = len(names)
    counts = _bincount(source[both] * size + target[both], size * size)
    order = np.argsort(-counts, kind="stable")[:n]
    order = order[counts[order] > 0]
    names = np.asarray(names, dtype=object)
    return pd.DataFrame({
        "source": names[order // size] if size else [], "target": names[order % size] if size else [],
        "count": counts[order].astype("int64"),
    })


def timeline_points(events: pd.DataFrame, lane: str = "dyad", max_lanes: int = MAX_LANES) -> pd.DataFrame:
    """One row per dated event with its lane key (dyad, acting country or class).

    Past `max_lanes` lanes, the least busy ones share one lane, OTHER_LANE, so the chart stays
    readable instead of growing thousands of pixels tall.
    """
    dated = events[events["event_date"].notna()]
    columns = [
        "event_id", "event_date", "quad_class", "event_type", "source_country", "target_country",
        "source_actor", "target_actor", "sentence",
    ]
    out = dated[[c for c in columns if c in dated.columns]].copy()
    lanes = _lane(dated, lane)
    busiest = lanes.value_counts(sort=True)
    if len(busiest) > max_lanes:
        keep = set(busiest.index[: max_lanes - 1])
        lanes = lanes.where(lanes.isin(keep), OTHER_LANE)
    out["lane"] = lanes
    return out.sort_values(["event_date", "event_id"], kind="stable").reset_index(drop=True)


def _lane(events: pd.DataFrame, lane: str) -> pd.Series:
    if lane == "side":  # an actor's own timeline (`actor_points`): as source or as target
        return events["side"].astype(object)
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
    if len(events) > limit:
        raw = events["event_date"].to_numpy(dtype="datetime64[ns]")
        stamps = np.where(np.isnat(raw), np.iinfo("int64").min, raw.astype("int64"))
        keep = np.argpartition(stamps, len(stamps) - limit)[len(stamps) - limit:]
        events = events.iloc[keep]
    return events.sort_values(["event_date", "event_id"], ascending=[False, True],
                              na_position="last", kind="stable")


# ---------------------------------------------------------------- actors
# An actor is a name in source_actor or target_actor (a person, as the extractor names them).
# The sidebar's actor filter and the Actors page use the same names, normalised by `actor_key`
# and ordered by `actor_counts`, so the filter offers exactly the actors the page lists.


def actor_key(name: object) -> str:
    """The form every spelling of one actor shares: trimmed and case-folded ("" for none).

    The actor filter matches case-insensitively, so names that differ only in case or in
    surrounding spaces are one actor to it, and so to the Actors page.
    """
    return name.strip().casefold() if isinstance(name, str) else ""


def actor_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Every actor with events, most active first: columns actor, events, as_source, as_target.

    `events` counts an event once even when the actor is on both sides; ties go by name.
    """
    source, target, names = _actor_codes(events)
    as_source, as_target, total = _actor_totals(source, target, len(names))
    order = _most_active(total, names)
    return pd.DataFrame({
        "actor": np.asarray(names, dtype=object)[order] if len(order) else [],
        "events": total[order].astype("int64"), "as_source": as_source[order].astype("int64"),
        "as_target": as_target[order].astype("int64"),
    })


def actors_table(events: pd.DataFrame, limit: int = ACTOR_LIMIT) -> pd.DataFrame:
    """The `limit` most active actors of `events`, with what they do.

    Columns: actor, roles (role codes, most frequent first), country (the actor's most frequent
    country code on its side, "" if none), events, as_source, as_target, inferred (events whose
    actor was inferred rather than named in the sentence), top_classes ((event_type, count)
    pairs, most frequent first). Counted with bincounts over integer codes: no groupby.
    """
    source, target, names = _actor_codes(events)
    as_source, as_target, total = _actor_totals(source, target, len(names))
    top = _most_active(total, names)[:limit]
    rank = np.full(len(names), -1, dtype="int64")
    rank[top] = np.arange(len(top))
    # Each (event, actor side) once: an actor on both sides of an event counts it once.
    pos = {"source": _take(rank, source), "target": np.where(source == target, -1, _take(rank, target))}
    s_role, t_role, role_names = _pair_codes(_column(events, "source_role"), _column(events, "target_role"))
    s_country, t_country, country_names = _country_codes(events)
    class_codes, class_names = _factorize(_column(events, "event_type"))
    n = len(top)
    role_rank, country_rank, class_rank = (_name_rank(role_names), _name_rank(country_names),
                                           _name_rank(class_names))
    roles = _per_actor(pos, {"source": s_role, "target": t_role}, n, len(role_names))
    countries = _per_actor(pos, {"source": s_country, "target": t_country}, n, len(country_names))
    classes = _per_actor(pos, {"source": class_codes, "target": class_codes}, n, len(class_names))
    inferred = sum(
        _bincount(np.where(_flags(events, f"{side}_actor_inferred"), pos[side], -1), n) for side in SIDES)
    return pd.DataFrame({
        "actor": np.asarray(names, dtype=object)[top] if n else [],
        "roles": [tuple(role_names[i] for i, _ in _top(row, TOP_ROLES, role_rank)) for row in roles],
        "country": [next((country_names[i] for i, _ in _top(row, 1, country_rank)), "")
                    for row in countries],
        "events": total[top].astype("int64"), "as_source": as_source[top].astype("int64"),
        "as_target": as_target[top].astype("int64"), "inferred": np.asarray(inferred, dtype="int64"),
        "top_classes": [tuple((class_names[i], c) for i, c in _top(row, TOP_CLASSES, class_rank))
                        for row in classes],
    })


def actor_events(events: pd.DataFrame, actor: str) -> pd.DataFrame:
    """The events whose source or target actor is `actor` (by `actor_key`), with a column
    `side`: "source", or "target" when the actor is only the target."""
    key = actor_key(actor)
    hits = {side: _name_mask(_column(events, f"{side}_actor"), key) for side in SIDES}
    rows = events[hits["source"] | hits["target"]]
    return rows.assign(side=np.where(hits["source"][hits["source"] | hits["target"]], "source", "target"))


def actor_points(events: pd.DataFrame, actor: str) -> pd.DataFrame:
    """Timeline points of `actor`'s dated events in two lanes: as source, as target."""
    return timeline_points(actor_events(events, actor), "side", max_lanes=len(SIDES))


def _actor_codes(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Per event, the index of its source and target actor (-1 for none) in one list of
    actors: names with one `actor_key` are one actor, shown in their most used spelling
    (trimmed; on a tie the first in sort order), which the actor filter matches in all of them."""
    source, target, spellings = _pair_codes(_column(events, "source_actor"), _column(events, "target_actor"))
    keys = [actor_key(name) for name in spellings]
    actor_of, distinct = pd.factorize(pd.Series([k or None for k in keys], dtype=object))
    uses = _bincount(source, len(spellings)) + _bincount(target, len(spellings))
    best: dict[int, tuple[int, str]] = {}
    for i, actor in enumerate(actor_of):
        candidate = (-int(uses[i]), spellings[i].strip())
        if actor >= 0 and (actor not in best or candidate < best[actor]):
            best[actor] = candidate
    names = [best[a][1] for a in range(len(distinct))]
    actor_of = np.asarray(actor_of, dtype="int64")
    return _take(actor_of, source), _take(actor_of, target), names


def _actor_totals(source: np.ndarray, target: np.ndarray, size: int) -> tuple[np.ndarray, ...]:
    as_source, as_target = _bincount(source, size), _bincount(target, size)
    both = _bincount(np.where(source == target, source, -1), size)
    return as_source, as_target, as_source + as_target - both


def _most_active(total: np.ndarray, names: list[str]) -> np.ndarray:
    """Indexes of actors with events, most events first, then by name."""
    if not len(names):
        return np.zeros(0, dtype="int64")
    order = np.lexsort((np.asarray([n.casefold() for n in names], dtype=object), -total))
    return order[total[order] > 0]


def _per_actor(pos: dict, codes: dict, n: int, width: int) -> np.ndarray:
    """(n, width) counts of each code per actor rank, over both sides."""
    counts = np.zeros(n * width, dtype="int64")
    for side in SIDES:
        keep = (pos[side] >= 0) & (codes[side] >= 0)
        counts += _bincount(pos[side][keep] * width + codes[side][keep], n * width)
    return counts.reshape(n, width)


def _top(row: np.ndarray, k: int, rank: np.ndarray) -> list[tuple[int, int]]:
    """(index, count) of the k largest counts of `row`, largest first, ties by name `rank`."""
    order = np.lexsort((rank, -row))[:k]
    return [(int(i), int(row[i])) for i in order if row[i] > 0]


def _name_rank(names: list) -> np.ndarray:
    """Each name's place in alphabetical order (a sort key that does not depend on the
    order the names were found in)."""
    return np.argsort(np.argsort(np.asarray([str(n) for n in names], dtype=object), kind="stable"))


def _take(mapping: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """mapping[codes], with -1 staying -1."""
    out = np.full(len(codes), -1, dtype="int64")
    ok = codes >= 0
    out[ok] = mapping[codes[ok]]
    return out


def _pair_codes(a: pd.Series, b: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Codes of two text columns over one shared list of their values ("" counts as none)."""
    a_codes, a_names = _factorize(a)
    b_codes, b_names = _factorize(b)
    names = list(dict.fromkeys(str(n) for n in [*a_names, *b_names] if str(n) != ""))
    index = {name: i for i, name in enumerate(names)}
    a_map = np.asarray([index.get(str(n), -1) for n in a_names], dtype="int64")
    b_map = np.asarray([index.get(str(n), -1) for n in b_names], dtype="int64")
    return _take(a_map, a_codes), _take(b_map, b_codes), names


def _name_mask(values: pd.Series, key: str) -> np.ndarray:
    codes, names = _factorize(values)
    hit = np.asarray([actor_key(n) == key and key != "" for n in names] + [False], dtype=bool)
    return hit[codes]  # code -1 (missing) reads the appended False


def _flags(events: pd.DataFrame, column: str) -> np.ndarray:
    if column not in events:
        return np.zeros(len(events), dtype=bool)
    return events[column].astype("boolean").fillna(False).to_numpy(dtype=bool)


def _column(events: pd.DataFrame, name: str) -> pd.Series:
    if name in events.columns:
        return events[name]
    return pd.Series(None, index=events.index, dtype=object)


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


def _codes(values: pd.Series) -> np.ndarray:
    """Integer codes of `values` (-1 for missing) without listing the distinct values."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        return np.asarray(values.cat.codes.to_numpy(), dtype="int64")
    return np.asarray(pd.factorize(values.to_numpy(dtype=object))[0], dtype="int64")


def _factorize(values: pd.Series, missing: object = None) -> tuple[np.ndarray, list]:
    """Integer codes (-1 for missing, or a `missing` group) and the values they stand for.

    Lists the distinct values: for columns with few of them (not ids)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = values.cat.codes.to_numpy(), list(values.cat.categories)
    else:
        codes, uniques = pd.factorize(values.to_numpy(dtype=object))
        uniques = list(uniques)
    codes = np.asarray(codes, dtype="int64")
    if missing is not None and (codes < 0).any():
        codes = np.where(codes < 0, len(uniques), codes)
        uniques.append(missing)
    return codes, uniques


def _country_codes(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, list]:
    """Codes of source and target countries over one shared list of names ("" = missing)."""
    source, target = events["source_country"], events["target_country"]
    if (isinstance(source.dtype, pd.CategoricalDtype) and isinstance(target.dtype, pd.CategoricalDtype)
            and source.cat.categories.equals(target.cat.categories)):
        s_codes, names = _factorize(source)
        t_codes = np.asarray(target.cat.codes.to_numpy(), dtype="int64")
    else:
        both = pd.concat([source.astype(object), target.astype(object)], ignore_index=True)
        codes, names = _factorize(both)
        s_codes, t_codes = codes[: len(source)], codes[len(source):]
    blank = [i for i, name in enumerate(names) if name == "" or not isinstance(name, str)]
    for i in blank:
        s_codes = np.where(s_codes == i, -1, s_codes)
        t_codes = np.where(t_codes == i, -1, t_codes)
    return s_codes, t_codes, [str(n) for n in names]


def _bincount(codes: np.ndarray, size: int) -> np.ndarray:
    codes = codes[codes >= 0]
    return np.bincount(codes, minlength=size)[:size] if size else np.zeros(0, dtype="int64")


def _counts(values: pd.Series) -> pd.Series:
    codes, uniques = _factorize(values)
    counts = _bincount(codes, len(uniques))
    out = pd.Series(counts, index=[str(u) for u in uniques], dtype="int64")
    return out[(out > 0) & (out.index != "")]


def _distinct(events: pd.DataFrame, column: str) -> tuple[str, ...]:
    if column not in events:
        return ()
    return tuple(sorted(_counts(events[column]).index))
