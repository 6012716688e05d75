"""Dashboard entry point: `streamlit run dashboard/app.py` from the repository root.

Builds the shared view (store, version, language, filters from the sidebar and the URL) and
hands over to the page the user chose. Store path: $EVENTS_DB, else data/events.duckdb.
"""
from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root that
# `import extraction` and `import dashboard` need.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402

from dashboard import cache, context, sidebar  # noqa: E402
from dashboard.text import md_inline  # noqa: E402
from extraction.store.ingest import StoreBusy, resolve_db_path, store_version  # noqa: E402

# The page scripts sit in app_pages/, not pages/: a folder named pages/ beside the entry script
# puts a fresh Streamlit process in its legacy multipage mode, which runs a deep-linked page
# (a bookmark of /events?country=IDN) without this script, so without sidebar or filters.
PAGES = (
    ("app_pages/overview.py", "nav.overview", ":material/dashboard:"),
    ("app_pages/timeline.py", "nav.timeline", ":material/timeline:"),
    ("app_pages/events.py", "nav.events", ":material/table_rows:"),
    ("app_pages/actors.py", "nav.actors", ":material/groups:"),
    ("app_pages/add_articles.py", "nav.add", ":material/note_add:"),
)
# The browser tab's icon.
PAGE_ICON = "🌐"


def main() -> None:
    # An emoji, not a ":material/...:" name: Streamlit turns an emoji into an inline SVG
    # favicon, but fetches a Material icon from fonts.gstatic.com (a request off the machine).
    st.set_page_config(page_title="Geopolitical events", page_icon=PAGE_ICON, layout="wide")
    sidebar.load_url_once()
    t = sidebar.language()
    db_path = str(resolve_db_path())
    version = store_version(db_path)
    if cache.repair_clusters(db_path, version):  # an ingest was killed before reclustering
        version = store_version(db_path)
    cache.held_store(db_path).hold()
    try:
        options = cache.options(db_path, version)
    except StoreBusy:
        st.warning(t("app.store_busy"))
        st.stop()
    except Exception as exc:  # a damaged or foreign file: say so instead of a traceback
        st.error(t("app.store_error", error=md_inline(exc)))
        st.stop()
    filters = sidebar.filters(options, t)
    context.set_view(context.View(db_path, version, filters, t))
    sidebar.sync_url(filters, t)
    pages = [
        st.Page(path, title=t(key), icon=icon, default=(i == 0))
        for i, (path, key, icon) in enumerate(PAGES)
    ]
    st.navigation(pages).run()


main()
