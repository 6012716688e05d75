"""Events: the filtered events as a table, its downloads, and the chosen event's detail."""
import streamlit as st

from dashboard import cache, components, context

view = context.get_view()
t = view.t
st.title(t("events.title"))

total = cache.options(view.db_path, view.version).total
matched, table = cache.table(view.db_path, view.version, view.filters)
components.stop_if_nothing(view, matched, total, key="ev_clear")

if matched > len(table):
    st.caption(t("events.capped", n=f"{matched:,}", limit=f"{len(table):,}"))
else:
    st.caption(t("events.count", n=f"{matched:,}"))

# The key follows the filters: a row number from another filter set must not pick an event.
components.events_grid(table, f"ev_table_{abs(hash(view.filters))}", t)

components.downloads(view, matched)

event_id = context.selected_event()
if event_id:
    st.divider()
    components.event_detail(view, event_id)
else:
    st.caption(t("events.select_hint"))
