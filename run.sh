#!/usr/bin/env bash
# One command on a fresh machine: install, extract the bundled seeds into the event store,
# then start the dashboard on it (http://localhost:8501).
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/pip install --quiet -r requirements.txt
.venv/bin/python -m extraction ingest seeds/
exec .venv/bin/streamlit run dashboard/server.py
