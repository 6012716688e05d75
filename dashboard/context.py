"""What every page needs from the app shell: the store, its version, the filters, the language.

`app.py` builds one `View` per script run and keeps it in `st.session_state` (per browser
session, never module-global); pages read it back. The selected event lives there too, so a
choice on the Timeline page opens the same event on the Events page; and the actor chosen
on the Actors page (the key of its actor picker).
"""
from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from extraction.store.query import Filters

from .i18n import Translator

_VIEW_KEY = "view"
EVENT_KEY = "selected_event"
ACTOR_KEY = "ac_actor"


@dataclass(frozen=True)
class View:
    db_path: str
    version: str
    filters: Filters
    t: Translator

    @property
    def lang(self) -> str:
        return self.t.lang


def set_view(view: View) -> None:
    st.session_state[_VIEW_KEY] = view


def get_view() -> View:
    return st.session_state[_VIEW_KEY]


def selected_event() -> str | None:
    return st.session_state.get(EVENT_KEY) or None


def select_event(event_id: str | None) -> None:
    st.session_state[EVENT_KEY] = event_id or None


def select_actor(name: str | None) -> None:
    if name:
        st.session_state[ACTOR_KEY] = name


def keep_actor(names: list[str]) -> None:
    """The chosen actor stays chosen while it is listed; otherwise the most active is."""
    if names and st.session_state.get(ACTOR_KEY) not in names:
        st.session_state[ACTOR_KEY] = names[0]
