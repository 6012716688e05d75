"""Timeline: each event a marker on a time axis, in lanes; choosing one opens its detail."""
import streamlit as st

from dashboard import cache, charts, components, context, queries

view = context.get_view()
t = view.t
st.title(t("timeline.title"))

lane = st.segmented_control(
    t("timeline.lanes"), queries.LANES, default="dyad", key="tl_lane",
    format_func=lambda name: t(f"timeline.lane_{name}")) or "dyad"

total = cache.options(view.db_path, view.version).total
data = cache.timeline(view.db_path, view.version, view.filters, lane)
components.stop_if_nothing(view, data.matched, total, key="tl_clear")

if data.points is None:
    st.info(t("timeline.too_many", n=f"{data.matched:,}", limit=f"{queries.TIMELINE_LIMIT:,}"),
            icon=":material/zoom_in:")
else:
    st.caption(t("timeline.hint"))
    components.undated_note(t, data.undated)
    key = f"tl_chart_{lane}"
    components.chart(
        charts.event_markers(data.points, lane, t), key=key, on_select=lambda: context.select_event(
            components.picked_event(st.session_state.get(key))), selection_mode="points",
    )

event_id = context.selected_event()
if event_id:
    st.divider()
    components.event_detail(view, event_id)
