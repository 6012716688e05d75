"""Property-based fuzzing of everything that meets untrusted input: the readers (every format,
random bytes and mutated valid files), `extract` on random Unicode, dates against extreme
publication dates, and CSV/JSONL export round trips.

CI runs these with a fixed seed and a bounded number of examples (profile "ci" in
tests/conftest.py); `HYPOTHESIS_PROFILE=fuzz-long .venv/bin/python -m pytest -m fuzz` runs 20x
as many fresh examples.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.model import Article, Event
from extraction.readers import ReadError, articles_from_bytes, iter_inputs
from extraction.store.export import FORMULA_TRIGGERS, safe_csv, unguard, write_jsonl

pytestmark = pytest.mark.fuzz

FORMATS = (".txt", ".md", ".html", ".json", ".jsonl", ".csv")


def examples(share: int) -> settings:
    """Settings asking for `share` % of the active profile's examples (at least one)."""
    return settings(max_examples=max(1, share * settings.default.max_examples // 100))


# ---------------------------------------------------------------- strategies

_NEWS = "Indonesia condemned Israel on Monday (31/10). Presiden Joko Widodo bertemu Anwar Ibrahim."
VALID_FILES = {
    ".txt": _NEWS.encode(),
    ".md": ("# Judul\n\n" + _NEWS).encode(),
    ".html": f"<html><body><article><p>{_NEWS}</p><p>{_NEWS}</p></article></body></html>".encode(),
    ".json": json.dumps([{"id": "a", "text": _NEWS, "published": "2024-01-02"},
                         {"text": _NEWS, "lang": "id"}]).encode(),
    ".jsonl": (json.dumps({"text": _NEWS, "published": "2024-01-02"}) + "\n" +
               json.dumps({"text": "Japan met China yesterday.", "source": "x"}) + "\n").encode(),
    ".csv": f'id,text,published\na,"{_NEWS}",2024-01-02\nb,Japan met China.,\n'.encode(),
}
# Characters that break naive text handling: lone surrogates, NUL and other controls,
# direction marks, line and paragraph separators, BOM, combining marks.
HOSTILE_CHARS = st.sampled_from(["\ud800", "\udfff", "\x00", "\x07", "\x1b", "\x85", "\u200e",
                                 "\u200f", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff",
                                 "\u0301", "\ufffd", "\r", "\n", "\t"])
WORDS = st.sampled_from(["Indonesia", "condemned", "Israel", "met", "Malaysia", "yesterday",
                         "tomorrow", "on", "Monday", "mengecam", "kemarin", "Senin", "lalu",
                         "(31/10)", "2024-06-21", "Dec.", "29", "the", "day", "before", "U.S.",
                         "President", "Joko", "Widodo", ".", "!", "?", '"', "(", ")", "-", "—"])


def _long_token(draw) -> str:
    return draw(st.sampled_from("x.!a-")) * draw(st.integers(1000, 10_000))


@st.composite
def hostile_text(draw) -> str:
    """Random Unicode mixed with lexicon words, hostile characters and up to 10k-char tokens."""
    parts = draw(st.lists(st.one_of(
        WORDS, HOSTILE_CHARS, st.text(max_size=20),
        st.text(st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn"]), max_size=5),
        st.builds(lambda n, c: c * n, st.integers(1000, 10_000), st.sampled_from("x.!a-")),
    ), max_size=40))
    return " ".join(parts)


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """`data` after a few random edits: flipped, inserted, deleted, duplicated or cut bytes."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, len(out)))
        if kind == "flip" and at < len(out):
            out[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            out[at:at] = draw(st.sampled_from([b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b'"', b"\n",
                                               b",", b"{", b"\\ud800", b"<", b"\r"]))
        elif kind == "delete":
            del out[at:at + draw(st.integers(1, 8))]
        elif kind == "duplicate":
            out[at:at] = out[max(0, at - 16):at]
        else:
            del out[at:]
    return bytes(out)


def assert_storable(items) -> None:
    """Readers' promise: only Articles and ReadErrors, every string storable as UTF-8."""
    assert items
    for item in items:
        assert isinstance(item, (Article, ReadError))
        for value in vars(item).values():
            if isinstance(value, str):
                value.encode("utf-8")
                assert "\x00" not in value


# ---------------------------------------------------------------- readers


@examples(300)
@given(st.sampled_from(FORMATS), st.binary(max_size=2000))
def test_fuzz_readers_random_bytes_in_every_format(suffix, data):
    assert_storable(articles_from_bytes("x" + suffix, data))


@examples(300)
@given(st.data())
def test_fuzz_readers_mutated_valid_files(data):
    suffix = data.draw(st.sampled_from(FORMATS))
    assert_storable(articles_from_bytes("x" + suffix, data.draw(mutated(VALID_FILES[suffix]))))


@examples(100)
@given(st.sampled_from([".jsonl", ".csv", ".json", ".txt"]), st.data())
def test_fuzz_readers_files_on_disk_streamed_or_not(suffix, data):
    payload = data.draw(st.one_of(st.binary(max_size=1500), mutated(VALID_FILES[suffix])))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("in" + suffix)
        path.write_bytes(payload)
        on_disk = list(iter_inputs([path]))
    assert_storable(on_disk)
    in_memory = articles_from_bytes(path.name, payload)
    # Streaming a JSON Lines file decodes line by line; the records it yields are the same.
    if suffix != ".jsonl":
        assert [getattr(i, "text", None) for i in on_disk] == \
            [getattr(i, "text", None) for i in in_memory]


# ---------------------------------------------------------------- extraction


def assert_events_sane(article: Article, events: list[Event]) -> None:
    for event in events:
        assert isinstance(event, Event)
        assert 0 <= event.sentence_start <= event.sentence_end <= len(article.text)
        for start, end in event.trigger_spans:
            assert 0 <= start <= end <= len(article.text)
        if event.event_date:
            dt.date.fromisoformat(event.event_date[:10])


@examples(150)
@given(hostile_text(), st.sampled_from([None, "en", "id"]),
       st.one_of(st.none(), st.dates().map(dt.date.isoformat)))
def test_fuzz_extract_random_unicode(text, lang, published):
    from extraction.pipeline.run import extract

    article = Article(text=text, id="fuzz", lang=lang, published=published)
    assert_events_sane(article, extract(article))


@examples(150)
@given(st.lists(WORDS, min_size=3, max_size=25).map(" ".join),
       st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)])
       | st.dates(),
       st.sampled_from(["en", "id"]))
def test_fuzz_dates_extreme_publication_dates(text, published, lang):
    from extraction.pipeline.run import extract

    article = Article(text=text, lang=lang, published=published.isoformat())
    assert_events_sane(article, extract(article))


# ---------------------------------------------------------------- export round trips

# What the store can hold: readers and store rows turn NUL and lone surrogates into U+FFFD.
STORED_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
                      max_size=30) | st.sampled_from(["=1+1", "+x", "-2", "@a", "'quoted", "\ttab",
                                                      "\rcr", 'q"q', "a,b", "x\ny", "\u2028"])


@st.composite
def event_frames(draw) -> pd.DataFrame:
    n = draw(st.integers(1, 5))
    return pd.DataFrame({
        "sentence": draw(st.lists(STORED_TEXT, min_size=n, max_size=n)),
        "source_actor": draw(st.lists(st.none() | STORED_TEXT, min_size=n, max_size=n)),
        "goldstein": draw(st.lists(st.floats(-10, 10, allow_nan=False), min_size=n, max_size=n)),
        "title": draw(st.lists(STORED_TEXT, min_size=n, max_size=n)),
    })


@examples(150)
@given(event_frames())
def test_fuzz_export_csv_round_trips_and_runs_no_formula(df):
    rows = list(csv.reader(io.StringIO(safe_csv(df), newline="")))
    assert [unguard(c) for c in rows[0]] == list(df.columns)
    for i, row in enumerate(rows[1:]):
        for name, cell in zip(df.columns, row):
            value = df[name].iloc[i]
            if name == "goldstein":
                assert float(cell) == value
                continue
            assert not cell.startswith(FORMULA_TRIGGERS)  # a spreadsheet runs nothing
            # CSV has no null: a missing value reads back as an empty cell.
            assert unguard(cell) == ("" if pd.isna(value) else value)


@examples(150)
@given(event_frames())
def test_fuzz_export_jsonl_round_trips(df):
    out = io.StringIO()
    write_jsonl(df, out)
    assert "\x00" not in out.getvalue()
    back = [json.loads(line) for line in out.getvalue().split("\n") if line]
    assert [r["text"] for r in back] == df["sentence"].tolist()
    assert [r["source_actor"] for r in back] == \
        [None if pd.isna(v) else v for v in df["source_actor"].tolist()]
    assert [r["goldstein"] for r in back] == df["goldstein"].tolist()


def test_fuzz_profile_is_seeded_in_ci():
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
        assert settings.default.derandomize
