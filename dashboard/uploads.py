"""Uploaded files and pasted text -> ingest inputs, and each document's outcome afterwards.

No Streamlit here: the Add articles page hands over what the widgets hold and draws the
outcome table this returns.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd

from extraction.model import Article
from extraction.readers import Limits, ReadError, articles_from_bytes
from extraction.store.rows import article_doc_id, error_doc_id

OUTCOME_COLUMNS = ("document", "status", "n_events", "reason")


def collect_inputs(
    files: list[tuple[str, bytes]], pasted: str | None, *, title: str | None = None,
    published: dt.date | None = None, outlet: str | None = None, limits: Limits = Limits(),
) -> list[tuple[str, Article | ReadError]]:
    """(label, input) pairs: every record of every file, then the pasted text if any.

    The publication date and outlet fill in what a file's records do not say themselves.
    """
    day = published.isoformat() if published else None
    outlet = (outlet or "").strip() or None
    inputs: list[tuple[str, Article | ReadError]] = []
    for name, data in files:
        items = articles_from_bytes(name, data, limits, default_published=day)
        for item in items:
            label = _label(name, item) if len(items) > 1 else name
            inputs.append((label, _with_outlet(item, outlet)))
    if pasted and pasted.strip():
        article = Article(text=pasted.strip(), title=(title or "").strip() or None,
                          source=outlet, published=day)
        inputs.append((article.title or "pasted text", article))
    return inputs


def _with_outlet(item: Article | ReadError, outlet: str | None) -> Article | ReadError:
    if isinstance(item, Article) and outlet and not item.source:
        return dataclasses.replace(item, source=outlet)
    return item


def _label(name: str, item: Article | ReadError) -> str:
    if isinstance(item, ReadError):
        return f"{name} [{item.record}]" if item.record else name
    return f"{name}: {item.title}" if item.title else (f"{name} [{item.id}]" if item.id else name)


def doc_id(item: Article | ReadError) -> str:
    """The store's document id for this input (the same rule ingest uses)."""
    if isinstance(item, Article):
        return article_doc_id(item)
    return error_doc_id(item.path, item.record)


def stored_ids(inputs: list[tuple[str, Article | ReadError]], lookup) -> set[str]:
    """Document ids of `inputs` already in the store (`lookup(doc_id)` -> row dict or None)."""
    return {key for key in (doc_id(item) for _, item in inputs) if lookup(key) is not None}


def outcomes(
    inputs: list[tuple[str, Article | ReadError]], lookup, known_before: set[str],
) -> pd.DataFrame:
    """One row per input: label, outcome (events / no_events / error / skipped), events, reason.

    `lookup(doc_id)` returns the stored document row (a dict) or None.
    """
    rows = []
    for label, item in inputs:
        key = doc_id(item)
        row = lookup(key) or {}
        if key in known_before:
            status = "skipped"
        else:
            status = str(row.get("status") or "error")
        reason = row.get("reason") or getattr(item, "reason", None) or ""
        rows.append((label, status, int(row.get("n_events") or 0), reason))
    return pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS))
