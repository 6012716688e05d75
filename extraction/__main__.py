"""`python -m extraction`: extract, evaluate, bench, ingest, export."""
from __future__ import annotations

import typer

from .cli import extract as extract_commands
from .cli import store as store_commands

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Geopolitical event extraction from news articles (Indonesian, English).")
extract_commands.register(app)
store_commands.register(app)

if __name__ == "__main__":
    app()
