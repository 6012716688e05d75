"""Overview: headline figures, events over time, a map of countries, the top dyads."""
import streamlit as st

from dashboard import cache, charts, components, context, labels, queries

view = context.get_view()
t = view.t
st.title(t("overview.title"))

period_col, stack_col, role_col = st.columns(3)
period = period_col.segmented_control(
    t("overview.period"), queries.PERIODS, default="week", key="ov_period",
    format_func=lambda p: t(f"overview.period_{p}")) or "week"
stack = stack_col.segmented_control(
    t("overview.stack"), queries.STACKS, default="class", key="ov_stack",
    format_func=lambda s: t(f"overview.stack_{s}")) or "class"
role = role_col.segmented_control(
    t("overview.map_role"), queries.ROLES, default="either", key="ov_role",
    format_func=lambda r: t(f"filters.role_{r}")) or "either"

total = cache.options(view.db_path, view.version).total
data = cache.overview(view.db_path, view.version, view.filters, period, stack, role)
components.stop_if_nothing(view, data.headline.events, total, key="ov_clear")

head = data.headline
cols = st.columns([1, 1, 1, 3])
cols[0].metric(t("overview.events"), f"{head.events:,}")
cols[1].metric(t("overview.clusters"), f"{head.clusters:,}")
cols[2].metric(t("overview.countries"), f"{head.countries:,}")
cols[3].metric(t("overview.span"), f"{head.first} → {head.last}" if head.first else t("overview.no_dates"))

st.subheader(t("overview.timeline"))
components.chart(charts.counts_timeline(data.periods, stack, t), key="ov_timeline")
components.undated_note(t, data.undated)

map_col, dyad_col = st.columns([3, 2])
with map_col:
    st.subheader(t("overview.map"))
    components.chart(charts.country_map(data.countries, t), key="ov_map")
    orgs = queries.organisations(data.countries)
    if not orgs.empty:
        st.caption(t("overview.map_orgs"))
        st.dataframe(orgs.assign(name=orgs["country"].map(lambda c: labels.country_name(c, t))),
                     hide_index=True, width="stretch", column_config={
                         "country": t("columns.code"), "count": t("chart.events"),
                         "name": t("columns.name")})
with dyad_col:
    st.subheader(t("overview.dyads"))
    components.chart(charts.dyads_bar(data.dyads, t), key="ov_dyads")
