"""The sidebar shared by every page: language switch and filters, kept in step with the URL.

On a session's first run the widgets are filled from the URL (a bookmarked or shared view);
after that the widgets lead and the URL is rewritten to match them, so the address bar always
holds the current view.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from extraction.store.query import Filters

from . import context
from .filters import from_params, to_params
from .i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator
from .labels import class_label, country_label, quad_label
from .queries import Options

LANG_KEY = "ui_lang"
LANG_NAMES = {"en": "English", "id": "Bahasa Indonesia"}
UI_PARAM = "ui"
EVENT_PARAM = "event"
# Widget key per list filter (Filters field -> session state key).
LIST_WIDGETS = {
    "countries": "f_countries", "event_types": "f_types", "actors": "f_actors",
    "languages": "f_languages", "outlets": "f_outlets",
}
DATES_KEY, ROLE_KEY, TEXT_KEY = "f_dates", "f_role", "f_text"
URL_LOADED_FLAG = "_filters_from_url"
_URL_DATES = "_url_dates"
_BOUNDS = "_date_bounds"
ROLES = ("either", "source", "target")


def url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def load_url_once() -> None:
    """Fill the widgets from the URL on the session's first run (or when told to re-read it)."""
    if st.session_state.get(URL_LOADED_FLAG):
        return
    params = url_params()
    filters = from_params(params)
    for field, key in LIST_WIDGETS.items():
        st.session_state[key] = list(getattr(filters, field))
    # Resolved against the store's date span when the date widget is drawn.
    st.session_state[_URL_DATES] = (filters.date_from, filters.date_to)
    st.session_state.pop(DATES_KEY, None)
    st.session_state[ROLE_KEY] = filters.country_role
    st.session_state[TEXT_KEY] = filters.text or ""
    ui = (params.get(UI_PARAM) or [DEFAULT_LANGUAGE])[-1]
    st.session_state[LANG_KEY] = ui if ui in LANGUAGES else DEFAULT_LANGUAGE
    context.select_event((params.get(EVENT_PARAM) or [None])[-1])
    st.session_state[URL_LOADED_FLAG] = True


def language() -> Translator:
    st.sidebar.segmented_control(
        ":material/translate:", LANGUAGES, key=LANG_KEY, format_func=LANG_NAMES.get, label_visibility="collapsed",
    )
    return Translator(st.session_state.get(LANG_KEY) or DEFAULT_LANGUAGE)


def clear_filters() -> None:
    """Callback: every filter back to "no constraint"."""
    for key in LIST_WIDGETS.values():
        st.session_state[key] = []
    st.session_state[DATES_KEY] = ()
    st.session_state.pop(_URL_DATES, None)
    st.session_state[ROLE_KEY] = "either"
    st.session_state[TEXT_KEY] = ""


def filter_actor(name: str) -> None:
    """Callback: the actor filter holds just this name (the Actors page's button)."""
    st.session_state[LIST_WIDGETS["actors"]] = [name]


def filters(options: Options, t: Translator) -> Filters:
    """Draw the filter widgets and return what they say."""
    bar = st.sidebar
    bar.header(t("filters.header"))
    dates = _dates(bar, options, t)
    choose = t("filters.choose")
    _multiselect(bar, "countries", options.countries, t("filters.countries"),
                 lambda code: country_label(code, t), placeholder=choose)
    bar.segmented_control(
        t("filters.role"), ROLES, key=ROLE_KEY,
        format_func=lambda role: t(f"filters.role_{role}"),
    )
    quads = dict(options.quad_of_type)
    _multiselect(bar, "event_types", options.event_types, t("filters.event_types"),
                 lambda kind: f"{quad_label(quads.get(kind), t)} › {class_label(kind, t)}",
                 placeholder=choose)
    _multiselect(bar, "actors", options.actors, t("filters.actors"), str,
                 help=t("filters.actors_help"), accept_new_options=True,
                 placeholder=t("filters.choose_or_type"))
    _multiselect(bar, "languages", options.languages, t("filters.languages"), str,
                 placeholder=choose)
    _multiselect(bar, "outlets", options.outlets, t("filters.outlets"), str, placeholder=choose)
    bar.text_input(t("filters.text"), key=TEXT_KEY, help=t("filters.text_help"))
    current = Filters(
        date_from=dates[0], date_to=dates[1],
        **{field: tuple(st.session_state.get(key) or ()) for field, key in LIST_WIDGETS.items()},
        country_role=st.session_state.get(ROLE_KEY) or "either",
        text=(st.session_state.get(TEXT_KEY) or "").strip() or None,
    )
    if not current.is_empty():
        bar.button(t("filters.clear"), on_click=clear_filters, key="clear_sidebar",
                   width="stretch")
    return current


def _dates(bar, options: Options, t: Translator) -> tuple[dt.date | None, dt.date | None]:
    if options.first is None:  # no dated event: nothing to pick, keep what the URL said
        return st.session_state.get(_URL_DATES) or (None, None)
    if _URL_DATES in st.session_state:
        start, end = st.session_state.pop(_URL_DATES)
        st.session_state[DATES_KEY] = (start or options.first, end or options.last)
    _follow_store_bounds(options)
    chosen = [d for d in st.session_state.get(DATES_KEY) or () if isinstance(d, dt.date)]
    if not chosen:
        st.session_state[DATES_KEY] = (options.first, options.last)
    picked = bar.date_input(
        t("filters.dates"), key=DATES_KEY, format="YYYY-MM-DD",
        min_value=min([options.first, *chosen]), max_value=max([options.last, *chosen]),
    )
    picked = tuple(picked or ())
    # The store's own bounds mean "no constraint": the URL stays short and a bookmark keeps
    # showing new events at either end.
    start = picked[0] if picked and picked[0] != options.first else None
    end = picked[1] if len(picked) > 1 and picked[1] != options.last else None
    return start, end


def _follow_store_bounds(options: Options) -> None:
    """When the store's date span changes, move the ends the user left at the old span.

    Otherwise events added after the page was opened (a later date) would fall outside the
    range the widget still holds, and new events would not show up.
    """
    bounds = (options.first, options.last)
    old = st.session_state.get(_BOUNDS)
    st.session_state[_BOUNDS] = bounds
    chosen = tuple(st.session_state.get(DATES_KEY) or ())
    if not old or old == bounds or not chosen:
        return
    start = options.first if chosen[0] == old[0] else chosen[0]
    end = (options.last if chosen[1] == old[1] else chosen[1]) if len(chosen) > 1 else None
    st.session_state[DATES_KEY] = (start, end) if end else (start,)


def _multiselect(bar, field: str, offered: tuple[str, ...], label: str, fmt, *, placeholder: str,
                 **kwargs) -> None:
    key = LIST_WIDGETS[field]
    chosen = [v for v in st.session_state.get(key) or () if isinstance(v, str)]
    # What the URL asked for stays offered even if the store has none of it now.
    choices = list(dict.fromkeys([*offered, *chosen]))
    bar.multiselect(label, choices, key=key, format_func=fmt, placeholder=placeholder, **kwargs)


def sync_url(current: Filters, t: Translator) -> None:
    """Rewrite the URL to hold the current view (only when it differs, to avoid churn)."""
    wanted: dict[str, list[str]] = {
        key: [value] if isinstance(value, str) else list(value)
        for key, value in to_params(current).items()
    }
    if t.lang != DEFAULT_LANGUAGE:
        wanted[UI_PARAM] = [t.lang]
    event = context.selected_event()
    if event:
        wanted[EVENT_PARAM] = [event]
    if url_params() != wanted:
        st.query_params.from_dict(wanted)
