"""Server entry point: `streamlit run dashboard/server.py` from the repository root.

The Streamlit app (`app.py`, its pages and sidebar) plus the one route Streamlit has no widget
for: downloads streamed from the store (`download.py`).
"""
from __future__ import annotations

import sys
from pathlib import Path

# As in app.py: `import dashboard` and `import extraction` need the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st  # noqa: E402
from starlette.routing import Route  # noqa: E402

from dashboard.download import ROUTE, events_download  # noqa: E402

app = st.App(str(Path(__file__).with_name("app.py")), routes=[Route(ROUTE, events_download)])
