"""`python -m extraction`: the project's command line. (Minimal; the lead merges the rest.)"""
from __future__ import annotations

import typer

from .cli_store import register

app = typer.Typer(no_args_is_help=True, add_completion=False)
register(app)

if __name__ == "__main__":
    app()
