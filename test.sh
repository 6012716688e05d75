#!/usr/bin/env bash
# One command on a fresh machine: install (Python packages, and Debian's Chromium for the
# real-browser test), then run every test, the heavy marked ones included.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install --quiet -r requirements-dev.txt
exec .venv/bin/python -m pytest -q "$@"
