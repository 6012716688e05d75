"""Add articles: upload files or paste text; they go through the same ingest as the CLI."""
import streamlit as st

from dashboard import context, uploads
from dashboard.text import md_inline
from extraction.store.ingest import StoreBusy, ingest, read_document

OUTCOMES_KEY = "add_outcomes"
view = context.get_view()
t = view.t
st.title(t("add.title"))
st.caption(t("add.intro"))

with st.form("add_form", clear_on_submit=True):
    files = st.file_uploader(t("add.files"), accept_multiple_files=True, key="add_files")
    pasted_title = st.text_input(t("add.paste_title"), key="add_title")
    pasted = st.text_area(t("add.paste"), height=200, key="add_text")
    date_col, outlet_col = st.columns(2)
    published = date_col.date_input(t("add.published"), value=None, key="add_published",
                                    format="YYYY-MM-DD")
    outlet = outlet_col.text_input(t("add.outlet"), key="add_outlet")
    submitted = st.form_submit_button(t("add.submit"), type="primary")

if submitted:
    inputs = uploads.collect_inputs(
        [(f.name, f.getvalue()) for f in files or []], pasted, title=pasted_title,
        published=published, outlet=outlet)
    if not inputs:
        st.warning(t("add.nothing"))
    else:
        lookup = lambda doc_id: read_document(view.db_path, doc_id)  # noqa: E731
        before = uploads.stored_ids(inputs, lookup)
        with st.status(t("add.running"), expanded=True) as status:
            bar = st.progress(0.0)

            def on_progress(done, total, events):
                total = total or len(inputs)
                bar.progress(min(done / total, 1.0),
                             text=t("add.progress", done=done, total=total, events=events))

            try:
                summary = ingest([item for _, item in inputs], view.db_path, progress=on_progress)
            except StoreBusy:
                status.update(state="error")
                st.error(t("add.busy"))
                st.stop()
            except Exception as exc:  # shown to the user, not as a traceback
                status.update(state="error")
                st.error(t("add.failed", error=md_inline(exc)))
                st.stop()
            status.update(label=t("add.done", docs=summary.documents + summary.skipped,
                                  events=summary.events_added), state="complete")
        st.session_state[OUTCOMES_KEY] = (
            t("add.done", docs=summary.documents + summary.skipped, events=summary.events_added),
            uploads.outcomes(inputs, lookup, before),
        )
        # Rerun so the sidebar, counts and charts already include the new events.
        st.rerun()

if OUTCOMES_KEY in st.session_state:
    message, table = st.session_state[OUTCOMES_KEY]
    st.success(message)
    st.subheader(t("add.outcomes"))
    shown = table.assign(status=table["status"].map(lambda s: t(f"add.status_{s}")))
    st.dataframe(shown, hide_index=True, width="stretch", column_config={
        name: t(f"columns.{name}") for name in shown.columns})
