"""The Streamlit dashboard over the event store (`streamlit run dashboard/app.py`).

Pure modules (no Streamlit import): `filters` (Filters <-> URL), `queries` (aggregates),
`charts` (Plotly figures), `evidence` (where an event's sentence and trigger sit), `text`
(escaped, highlighted markdown), `labels`, `uploads`, `i18n`. Streamlit lives only in
`app.py`, `sidebar.py`, `context.py`, `cache.py`, `components.py` and the page scripts in
`app_pages/`.
"""
