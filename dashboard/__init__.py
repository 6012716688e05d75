"""The Streamlit dashboard over the event store (`streamlit run dashboard/app.py`).

Pure modules (no Streamlit import): `filters` (Filters <-> URL), `queries` (aggregates),
`charts` (Plotly figures), `text` (escaped, highlighted markdown), `labels`, `i18n`.
Streamlit lives only in `app.py`, `cache.py`, `widgets.py` and `pages/`.
"""
