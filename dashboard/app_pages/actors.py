"""Actors: the most active actors of the current filters; one actor's timeline and events."""
import streamlit as st

from dashboard import cache, charts, components, context, labels, queries, sidebar
from dashboard.text import md_inline

view = context.get_view()
t = view.t
st.title(t("actors.title"))

total = cache.options(view.db_path, view.version).total
data = cache.actors(view.db_path, view.version, view.filters, st.session_state.get(context.ACTOR_KEY))
components.stop_if_nothing(view, data.matched, total, key="ac_clear")
if data.table.empty:
    st.info(t("actors.none"), icon=":material/person_off:")
    st.stop()

numbers = {"n": f"{data.total:,}", "events": f"{data.matched:,}", "limit": f"{len(data.table):,}"}
st.caption(t("actors.capped", **numbers) if data.total > len(data.table) else t("actors.count", **numbers))

names = data.table["actor"].tolist()
context.keep_actor(names)
# The key follows the filters: a row number from another filter set must not pick an actor.
key = f"ac_table_{abs(hash(view.filters))}"
st.dataframe(
    labels.actor_rows(data.table, t), key=key, hide_index=True, width="stretch",
    selection_mode="single-row", on_select=lambda: context.select_actor(
        components.picked_row(st.session_state.get(key), data.table, "actor")),
    column_config={**{name: t(f"columns.{name}") for name in data.table.columns},
                   "roles": st.column_config.TextColumn(t("columns.roles"), width="medium"),
                   "top_classes": st.column_config.TextColumn(t("columns.top_classes"), width="large")},
)

actor = st.selectbox(t("actors.pick"), names, key=context.ACTOR_KEY)
row = labels.actor_rows(data.table[data.table["actor"] == actor], t).iloc[0]
st.subheader(md_inline(actor))
st.caption(md_inline(" · ".join(part for part in (row["roles"], row["country"]) if part)))
st.caption(t("actors.summary", events=row["events"], source=row["as_source"],
             target=row["as_target"], inferred=row["inferred"]))
st.button(t("actors.filter"), help=t("actors.filter_help"), on_click=sidebar.filter_actor,
          args=(actor,), key="ac_filter", icon=":material/filter_alt:")

# The actor shown with the table came with it; asking `cache.actor` for it would unpickle
# the whole cached table once more and pickle the actor's views again (~2.5-3.5 ms at 10M
# events: one country, an actor substring).
detail = (data.shown[1] if data.shown is not None and data.shown[0] == actor
          else cache.actor(view.db_path, view.version, view.filters, actor))
st.markdown(f"**{t('actors.timeline')}**")
components.undated_note(t, detail.undated)
if detail.points is None:
    st.caption(t("actors.too_many", n=f"{detail.matched:,}", limit=f"{queries.ACTOR_TIMELINE_LIMIT:,}"))
    components.chart(charts.counts_timeline(detail.counts, "class", t), key="ac_counts")
else:
    st.caption(t("actors.hint"))
    chart_key = "ac_chart"
    components.chart(
        charts.event_markers(detail.points, "side", t), key=chart_key, selection_mode="points",
        on_select=lambda: context.select_event(components.picked_event(st.session_state.get(chart_key))),
    )

st.markdown(f"**{t('actors.events')}**")
if detail.matched > len(detail.table):
    st.caption(t("actors.events_capped", n=f"{detail.matched:,}", limit=f"{len(detail.table):,}"))
components.events_grid(detail.table, f"ac_events_{abs(hash((view.filters, actor)))}", t)

event_id = context.selected_event()
if event_id:
    st.divider()
    components.event_detail(view, event_id)
