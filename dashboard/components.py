"""Pieces of page shared by several pages: empty states and the event detail.

Data strings are shown only as escaped markdown (`text.md_escape`), in data frames, or as
widget values; never as HTML.
"""
from __future__ import annotations

from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from extraction.pipeline.codes import load_codes
from extraction.store.ingest import StoreBusy

from . import cache, context, download, sidebar
from .charts import PLOTLY_CONFIG
from .context import View
from .filters import to_params
from .labels import actor_label, class_label, country_label, quad_label, with_actor_labels
from .text import md_inline, segments_markdown

ADD_PAGE = "app_pages/add_articles.py"
LONG_ARTICLE_CHARS = 1200


def empty_store(t) -> None:
    st.info(t("empty.store"), icon=":material/inbox:")
    st.markdown(t("empty.store_hint"))
    st.page_link(ADD_PAGE, label=t("empty.go_add"), icon=":material/note_add:")


def no_match(t, key: str) -> None:
    st.warning(t("empty.no_match"), icon=":material/search_off:")
    st.caption(t("empty.no_match_hint"))
    st.button(t("filters.clear"), on_click=sidebar.clear_filters, key=key)


def stop_if_nothing(view: View, matched: int, total: int, key: str) -> None:
    """Explain an empty store or a filter that matches nothing, then end the page there."""
    if total == 0:
        empty_store(view.t)
        st.stop()
    if matched == 0:
        no_match(view.t, key)
        st.stop()


def chart(figure, key: str, **kwargs):
    """A Plotly chart drawn with the locally served world map (no internet needed)."""
    return st.plotly_chart(figure, key=key, config=PLOTLY_CONFIG, width="stretch", **kwargs)


def events_grid(table: pd.DataFrame, key: str, t) -> None:
    """A `queries.events_table` frame as a selectable grid (actors labelled with role and
    whether inferred); selecting a row opens that event's detail."""
    shown = with_actor_labels(table, t)
    st.dataframe(
        shown, key=key, hide_index=True, width="stretch", selection_mode="single-row",
        on_select=lambda: context.select_event(picked_row(st.session_state.get(key), shown)),
        column_config={
            **{name: t(f"columns.{name}") for name in shown.columns},
            "sentence": st.column_config.TextColumn(t("columns.sentence"), width="large"),
            "confidence": st.column_config.NumberColumn(t("columns.confidence"), format="%.2f"),
            "reported_by": st.column_config.NumberColumn(
                t("columns.reported_by"), format="%d", help=t("events.reported_by_help")),
        },
    )


def downloads(view: View, matched: int) -> None:
    """Links that download every matched event (not only the table's rows), streamed from the
    store by `download.py`; the browser shows the progress of the file as it arrives."""
    params = to_params(view.filters)
    *buttons, note = st.columns([1, 1, 1, 2])
    for column, name in zip(buttons, ("csv", "jsonl", "parquet")):
        column.link_button(view.t(f"events.{name}"), download.link(f"events.{name}", params),
                           icon=":material/download:")
    note.caption(view.t("events.download_note", n=f"{matched:,}"))


def event_detail(view: View, event_id: str) -> None:
    """Everything about one event: its article with the evidence, its fields, its cluster."""
    t = view.t
    head, close = st.columns([5, 1])
    head.subheader(t("detail.title"))
    close.button(t("detail.close"), on_click=context.select_event, args=(None,), key=f"close-{event_id}")
    try:
        info = cache.detail(view.db_path, view.version, event_id)
    except StoreBusy:  # an ingest holds the file longer than a read waits
        st.warning(t("app.store_busy"))
        return
    if info is None:
        st.info(t("detail.missing"))
        return
    record, document = info["record"], info["document"]
    if document.get("title"):
        st.markdown(f"**{md_inline(document['title'])}**")
    st.caption(md_inline(" · ".join(str(v) for v in (
        record.get("outlet") or document.get("source"), record.get("event_date"),
        class_label(record.get("event_type"), t),
    ) if v)))
    _link(document.get("url") or record.get("url"), t)
    st.markdown(f"**{t('detail.article')}**")
    if not info["has_text"]:
        st.caption(t("detail.no_text"))
    # A long article scrolls in its own box; a short one is shown whole.
    long_text = sum(len(piece) for piece, _ in info["segments"]) > LONG_ARTICLE_CHARS
    with st.container(height=360 if long_text else "content", border=True):
        st.markdown(segments_markdown(info["segments"]))
    st.markdown(f"**{t('detail.fields')}**")
    fields = _fields(record, t)
    # Tall enough for every field without an inner scrollbar (35 px a row, plus the header).
    st.dataframe(fields, hide_index=True, width="stretch", height=35 * (len(fields) + 1) + 3,
                 column_config={"field": t("columns.field"), "value": t("columns.value")})
    st.markdown(f"**{t('detail.cluster')}**")
    _reports(info["reports"], t)


def _link(url: object, t) -> None:
    if not isinstance(url, str) or not url.strip():
        st.caption(t("detail.no_url"))
        return
    # Only web addresses become links: a javascript: or data: URL is shown as text.
    if urlparse(url.strip()).scheme in ("http", "https"):
        st.link_button(t("detail.open_url"), url.strip(), icon=":material/open_in_new:")
        st.text(url.strip())
    else:
        st.caption(t("detail.url_not_web"))
        st.text(url)


# Shown inside the actor's row ("Retno Marsudi · Foreign minister (inferred)"), not alone.
_FOLDED = ("sentence", "source_role", "target_role", "source_actor_inferred", "target_actor_inferred")


def _fields(record: dict, t) -> pd.DataFrame:
    rows = []
    for name, value in record.items():
        if name in _FOLDED:
            continue
        if name in ("source_actor", "target_actor"):
            side = name.split("_")[0]
            value = actor_label(value, record.get(f"{side}_role"), record.get(f"{side}_actor_inferred"), t)
        rows.append((name, _describe(name, value, t)))
    return pd.DataFrame(rows, columns=["field", "value"]).astype(str)


def _describe(name: str, value: object, t) -> str:
    if value is None:
        return ""
    if name in ("source_country", "target_country"):
        return country_label(value, t)
    if name == "quad_class":
        return f"{value} · {quad_label(value, t)}"
    if name == "event_type":
        return f"{value} · {class_label(value, t)}"
    if name == "cameo_code":
        codes = load_codes()
        return f"{value} · {codes.get(value).label}" if value in codes else str(value)
    return str(value)


def _reports(reports: pd.DataFrame, t) -> None:
    if reports.empty:
        st.caption(t("detail.no_cluster"))
        return
    st.dataframe(reports, hide_index=True, width="stretch", column_config={
        name: t(f"columns.{name}") for name in reports.columns})


def picked_event(state) -> str | None:
    """The event id of the first point selected on a chart (customdata[0] is the id)."""
    try:
        points = state["selection"]["points"]
        data = points[0]["customdata"]
    except (KeyError, IndexError, TypeError):
        return None
    return str(data[0]) if isinstance(data, (list, tuple)) and data else None


def picked_row(state, table: pd.DataFrame, column: str = "event_id") -> str | None:
    """The `column` value (an event id) of the row selected in a table."""
    try:
        row = state["selection"]["rows"][0]
        return str(table[column].iloc[row])
    except (KeyError, IndexError, TypeError):
        return None


def undated_note(t, undated: int) -> None:
    """Say how many of the matched events a timeline leaves out for want of a date."""
    if undated > 0:
        st.caption(t("app.undated", n=f"{undated:,}"))
