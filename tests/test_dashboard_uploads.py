"""Add-articles inputs: files and pasted text to ingest inputs, and each one's outcome."""
from __future__ import annotations

import datetime as dt

from dashboard import uploads
from extraction.model import Article
from extraction.readers import ReadError


def test_dashboard_uploads_files_and_paste_become_inputs_with_defaults():
    inputs = uploads.collect_inputs(
        [("a.txt", b"Jakarta hosted talks."), ("bad.json", b"{oops"),
         ("rows.jsonl", b'{"text": "One.", "source": "own.example"}\n{"text": "Two."}\n')],
        "  Pasted article text.  ", title="Pasted", published=dt.date(2024, 4, 15),
        outlet=" paste.example ")
    labels = [label for label, _ in inputs]
    items = [item for _, item in inputs]
    assert labels[0] == "a.txt" and labels[-1] == "Pasted"
    assert labels[2].startswith("rows.jsonl [") and labels[2] != labels[3]  # one per record
    assert isinstance(items[1], ReadError) and labels[1] == "bad.json"
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.source for a in articles] == ["paste.example", "own.example", "paste.example", "paste.example"]
    assert all(a.published == "2024-04-15" for a in articles)
    assert items[-1].text == "Pasted article text." and items[-1].title == "Pasted"


def test_dashboard_uploads_nothing_in_nothing_out():
    assert uploads.collect_inputs([], "   ") == []


def test_dashboard_uploads_outcomes_read_the_store_rows():
    article = Article(text="x")
    error = ReadError("bad.json", None, "malformed JSON")
    stored = {uploads.doc_id(article): {"status": "no_events", "n_events": 0, "reason": ""},
              uploads.doc_id(error): {"status": "error", "n_events": 0, "reason": "malformed JSON"}}
    inputs = [("pasted", article), ("bad.json", error)]
    table = uploads.outcomes(inputs, stored.get, known_before=set())
    assert table.to_dict("records") == [
        {"document": "pasted", "status": "no_events", "n_events": 0, "reason": ""},
        {"document": "bad.json", "status": "error", "n_events": 0, "reason": "malformed JSON"},
    ]
    again = uploads.outcomes(inputs, stored.get, known_before=uploads.stored_ids(inputs, stored.get))
    assert list(again["status"]) == ["skipped", "skipped"]
