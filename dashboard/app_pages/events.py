"""Events: the filtered events as a table a page at a time, its downloads, and the chosen
event's detail."""
import streamlit as st

from dashboard import cache, components, context, queries

view = context.get_view()
t = view.t
st.title(t("events.title"))

total = cache.options(view.db_path, view.version).total
# Keys follow the filters: a row or page number from another filter set must not be reused.
keys = abs(hash(view.filters))
page_key = f"ev_page_{keys}"
page = int(st.session_state.get(page_key, 1))
matched, table = cache.table(view.db_path, view.version, view.filters, page - 1)
components.stop_if_nothing(view, matched, total, key="ev_clear")

pages = queries.page_count(matched, queries.PAGE_ROWS)
if page > pages:  # fewer events than when this page was picked (a store rebuilt under it)
    st.session_state[page_key] = page = pages
    matched, table = cache.table(view.db_path, view.version, view.filters, page - 1)
if pages > 1:
    first = (page - 1) * queries.PAGE_ROWS + 1
    st.caption(t("events.paged", first=f"{first:,}", last=f"{first + len(table) - 1:,}",
                 n=f"{matched:,}"))
    st.columns([1, 4])[0].number_input(t("events.page", pages=f"{pages:,}"), min_value=1,
                                       max_value=pages, key=page_key)
else:
    st.caption(t("events.count", n=f"{matched:,}"))

components.events_grid(table, f"ev_table_{keys}_{page}", t)

components.downloads(view, matched)

event_id = context.selected_event()
if event_id:
    st.divider()
    components.event_detail(view, event_id)
else:
    st.caption(t("events.select_hint"))
