"""`python -m extraction`: extract, evaluate, bench, ingest, export."""
from __future__ import annotations

import typer

from . import cli_extract, cli_store

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Geopolitical event extraction from news articles (Indonesian, English).")
cli_extract.register(app)
cli_store.register(app)

if __name__ == "__main__":
    app()
