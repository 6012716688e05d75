"""Events: the filtered events as a table a page at a time, its downloads, and the chosen
event's detail."""
import streamlit as st

from dashboard import cache, components, context

view = context.get_view()
t = view.t
st.title(t("events.title"))

total = cache.options(view.db_path, view.version).total
# Keys follow the filters: a row or page number from another filter set must not be reused.
keys = abs(hash(view.filters))
page_key = f"ev_page_{keys}"
shown = cache.table(view.db_path, view.version, view.filters, st.session_state.get(page_key, 1))
matched = shown.matched
components.stop_if_nothing(view, matched, total, key="ev_clear")

if shown.pages > 1:
    st.session_state[page_key] = shown.page  # a page past the last (a store rebuilt under it)
    st.caption(t("events.paged", first=f"{shown.first:,}", last=f"{shown.last:,}",
                 n=f"{matched:,}"))
    st.columns([1, 4])[0].number_input(t("events.page", pages=f"{shown.pages:,}"), min_value=1,
                                       max_value=shown.pages, key=page_key)
else:
    st.caption(t("events.count", n=f"{matched:,}"))

components.events_grid(shown.table, f"ev_table_{keys}_{shown.page}", t)

components.downloads(view, matched)

event_id = context.selected_event()
if event_id:
    st.divider()
    components.event_detail(view, event_id)
else:
    st.caption(t("events.select_hint"))
