"""The DuckDB event store: idempotence, consistency, locking, reprocessing, clustering."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extraction
import extraction.model
from extraction.readers import ReadError, iter_inputs
from extraction.store import ingest as store
from extraction.store.clusters import SYMMETRIC_CLASSES, WINDOW_DAYS, cluster_id_sql, recluster
from extraction.store.conn import WRITE_ROW_GROUP_ROWS, connection, writer_lock
from extraction.store.rows import article_doc_id, document_row, event_rows
from extraction.store.writer import BatchWriter, prepare
from store_fakes import (
    fake_article, fake_extract, fake_extract_v2, write_mixed_corpus, write_news_corpus,
    write_unclustered_store,
)


def corpus():
    return [
        fake_article(1, "EVENT phone_call IDN JPN 2024-04-15"),
        fake_article(2, "EVENT meet USA CHN 2024-04-16", "EVENT condemn CHN USA 2024-04-16"),
        fake_article(3, "Nothing happened here."),
        fake_article(4, "BOOM"),
        ReadError("corpus/broken.json", None, "malformed JSON: Expecting value at line 1"),
        ReadError("corpus/feed.jsonl", "line 7", "record is a number, not an object"),
    ]


def counts(db) -> dict:
    t = store.read_tables(db)
    return {"documents": len(t.documents), "events": len(t.events), "clusters": len(t.clusters)}


def assert_consistent(db) -> None:
    t = store.read_tables(db)
    assert set(t.events.doc_id) <= set(t.documents.doc_id), "events without their document"
    per_doc = t.events.groupby("doc_id").size()
    n_events = t.documents.set_index("doc_id").n_events
    assert (per_doc == n_events[per_doc.index]).all()
    assert t.documents.doc_id.is_unique and t.events.event_id.is_unique


def test_store_every_input_accounted_for(tmp_path):
    db = tmp_path / "e.duckdb"
    summary = store.ingest(corpus(), db, extractor=fake_extract)
    assert summary.by_status == {"events": 2, "no_events": 1, "error": 3}
    assert summary.events_added == 3
    docs = store.read_tables(db).documents.set_index("article_id", drop=False)
    assert docs.loc["art-4", "reason"] == "ValueError: extractor exploded on purpose"
    errors = docs[docs.status == "error"]
    assert set(errors.reason) >= {"malformed JSON: Expecting value at line 1", "record is a number, not an object"}
    assert set(errors.path.dropna()) >= {"corpus/broken.json", "corpus/feed.jsonl [line 7]"}
    assert_consistent(db)


def test_store_reingest_adds_zero_rows(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest(corpus(), db, extractor=fake_extract)
    before = counts(db)
    again = store.ingest(corpus(), db, extractor=fake_extract)
    assert again.documents == 0 and again.events_added == 0
    assert again.skipped == len(corpus())
    assert counts(db) == before


@pytest.mark.parametrize("lookup_inputs", [1, 2, 1000])
def test_store_reingest_finds_stored_inputs_in_every_lookup_chunk(tmp_path, monkeypatch,
                                                                  lookup_inputs):
    monkeypatch.setattr(store, "LOOKUP_INPUTS", lookup_inputs)
    db = tmp_path / "e.duckdb"
    store.ingest(corpus(), db, extractor=fake_extract)
    before = counts(db)
    new = fake_article(99, "EVENT phone_call IDN JPN 2024-04-15")
    again = store.ingest([*corpus(), new, new], db, extractor=fake_extract)
    assert again.documents == 1 and again.skipped == len(corpus()) + 1
    assert counts(db)["documents"] == before["documents"] + 1


def test_store_duplicate_inputs_in_one_run_stored_once(tmp_path):
    db = tmp_path / "e.duckdb"
    article = fake_article(1, "EVENT phone_call IDN JPN 2024-04-15")
    summary = store.ingest([article, article, dataclasses.replace(article, id="other-id")], db,
                           extractor=fake_extract)
    assert summary.documents == 1 and summary.skipped == 2
    assert counts(db)["documents"] == 1


def test_store_batches_commit_during_ingest(tmp_path):
    db = tmp_path / "e.duckdb"
    articles = [fake_article(i, f"EVENT meet IDN MYS 2024-04-{1 + i % 28:02d}") for i in range(50)]
    summary = store.ingest(articles, db, extractor=fake_extract, batch_docs=7)
    assert summary.documents == 50 and counts(db)["events"] == 50
    assert_consistent(db)


def test_store_resumed_ingest_equals_uninterrupted(tmp_path):
    articles = [fake_article(i, f"EVENT condemn RUS UKR 2024-03-{1 + i % 20:02d}") for i in range(40)]
    whole, parts = tmp_path / "whole.duckdb", tmp_path / "parts.duckdb"
    store.ingest(articles, whole, extractor=fake_extract)
    store.ingest(articles[:15], parts, extractor=fake_extract)
    store.ingest(articles, parts, extractor=fake_extract)
    a, b = store.read_tables(whole), store.read_tables(parts)
    pd.testing.assert_frame_equal(a.events, b.events)
    pd.testing.assert_frame_equal(a.clusters, b.clusters)


def test_store_second_writer_gets_store_busy(tmp_path):
    db = tmp_path / "e.duckdb"
    with writer_lock(db):
        with pytest.raises(store.StoreBusy, match=r"another ingest \(pid \d+\) is writing .*e\.duckdb; wait"):
            store.ingest([fake_article(1)], db, extractor=fake_extract)
    assert store.ingest([fake_article(1)], db, extractor=fake_extract).documents == 1


def test_store_writer_keeps_row_groups_small(tmp_path):
    # Each commit's rows are a new row group that the checkpoint merges into its neighbours;
    # at DuckDB's default size that merge rewrote up to 122,880 rows per commit.
    db = tmp_path / "e.duckdb"
    with connection(db, read_only=False) as con:
        con.execute("CREATE TABLE t (i BIGINT)")
    for _ in range(3):
        with connection(db, read_only=False) as con:
            con.execute("INSERT INTO t SELECT range FROM range($n)", {"n": WRITE_ROW_GROUP_ROWS})
    with connection(db, read_only=True) as con:
        sizes = [n for (n,) in con.execute(
            "SELECT sum(count) FROM pragma_storage_info('t') WHERE column_name = 'i' "
            "AND segment_type <> 'VALIDITY' GROUP BY row_group_id").fetchall()]
    assert sum(sizes) == 3 * WRITE_ROW_GROUP_ROWS and max(sizes) == WRITE_ROW_GROUP_ROWS


def test_store_reprocess_reextracts_stale_documents_in_place(tmp_path, monkeypatch):
    db = tmp_path / "e.duckdb"
    store.ingest(corpus(), db, extractor=fake_extract)
    before = store.read_tables(db)
    # Same version: --reprocess has nothing to do.
    assert store.ingest([], db, reprocess=True, extractor=fake_extract_v2).reprocessed == 0
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "99.0")
    # Without --reprocess, a newer extractor leaves stored documents alone.
    assert store.ingest(corpus(), db, extractor=fake_extract_v2).documents == 0
    summary = store.ingest([], db, reprocess=True, extractor=fake_extract_v2)
    after = store.read_tables(db)
    # The three readable articles are redone; the two unreadable inputs have no text to redo.
    assert summary.reprocessed == 4
    assert len(after.documents) == len(before.documents)
    assert len(after.events) == 2 * len(before.events)
    redone = after.documents[after.documents.path.isna()]
    assert set(redone.extractor_version) == {"99.0"}
    assert_consistent(db)
    assert store.ingest(corpus(), db, reprocess=True, extractor=fake_extract_v2).documents == 0


def test_store_reprocess_given_inputs_replaced_once(tmp_path, monkeypatch):
    db = tmp_path / "e.duckdb"
    articles = [fake_article(i, "EVENT meet IDN SGP 2024-01-02") for i in range(3)]
    store.ingest(articles, db, extractor=fake_extract)
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "99.0")
    summary = store.ingest(articles, db, reprocess=True, extractor=fake_extract_v2)
    assert summary.reprocessed == 3 and summary.skipped == 0
    assert counts(db)["events"] == 6


def test_store_absent_file_reads_as_empty_tables(tmp_path):
    tables = store.read_tables(tmp_path / "nothing.duckdb")
    assert tables.documents.empty and tables.events.empty and tables.clusters.empty
    assert {"event_date", "source_country", "outlet", "cluster_id"} <= set(tables.events.columns)
    assert {"num_articles", "num_sources", "first_doc_id"} <= set(tables.clusters.columns)
    assert not (tmp_path / "nothing.duckdb").exists()


def test_store_read_types_match_empty_types(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest(corpus(), db, extractor=fake_extract)
    full, empty = store.read_tables(db), store.read_tables(tmp_path / "none.duckdb")
    for name in ("documents", "events", "clusters"):
        assert dict(getattr(full, name).dtypes) == dict(getattr(empty, name).dtypes), name
    assert str(full.events.event_date.dtype).startswith("datetime64")
    assert full.events.goldstein.min() == -2.0


def test_store_version_changes_when_store_changes(tmp_path):
    db = tmp_path / "e.duckdb"
    absent = store.store_version(db)
    store.ingest([fake_article(1)], db, extractor=fake_extract)
    first = store.store_version(db)
    assert first != absent and first == store.store_version(db)
    store.read_tables(db)
    assert store.store_version(db) == first  # reading changes nothing
    store.ingest([fake_article(2)], db, extractor=fake_extract)
    assert store.store_version(db) != first


def test_store_read_document_has_text(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest([fake_article(1, "EVENT meet IDN SGP 2024-01-02")], db, extractor=fake_extract)
    doc_id = store.read_tables(db).documents.doc_id[0]
    assert "EVENT meet" in store.read_document(db, doc_id)["text"]
    assert store.read_document(db, "nope") is None


def test_store_resolve_db_path(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTS_DB", raising=False)
    assert str(store.resolve_db_path()) == store.DEFAULT_DB
    monkeypatch.setenv("EVENTS_DB", str(tmp_path / "env.duckdb"))
    assert store.resolve_db_path() == tmp_path / "env.duckdb"
    assert store.resolve_db_path(tmp_path / "cli.duckdb") == tmp_path / "cli.duckdb"


def test_store_progress_reports_every_input(tmp_path):
    seen = []
    store.ingest(corpus(), tmp_path / "e.duckdb", extractor=fake_extract,
                 progress=lambda done, total, events: seen.append((done, total, events)))
    assert [d for d, _, _ in seen] == list(range(1, len(corpus()) + 1))
    assert seen[-1] == (len(corpus()), len(corpus()), 3)


# ---------------------------------------------------------------- clusters


def cluster_sizes(db) -> list[tuple]:
    t = store.read_tables(db)
    return sorted(
        (c.event_type, c.first_date.date().isoformat(), c.num_articles, c.num_sources, c.num_mentions)
        for c in t.clusters.itertuples()
    )


def test_store_symmetric_reports_form_one_cluster(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest([
        fake_article(1, "EVENT phone_call IDN JPN 2024-04-15", source="a.example", published="2024-04-16"),
        fake_article(2, "EVENT phone_call JPN IDN 2024-04-16", source="b.example", published="2024-04-15"),
        fake_article(3, "EVENT phone_call IDN JPN 2024-04-15", "EVENT phone_call IDN JPN 2024-04-15",
                     source="a.example", published="2024-04-17"),
    ], db, extractor=fake_extract)
    t = store.read_tables(db)
    assert cluster_sizes(db) == [("phone_call", "2024-04-15", 3, 2, 4)]
    # The first report is the earliest published article's mention; every mention points at
    # the cluster, so each stays traceable to its article.
    first = t.clusters.iloc[0]
    assert t.documents.set_index("doc_id").loc[first.first_doc_id, "article_id"] == "art-2"
    assert first.first_event_id == first.first_doc_id + ":0"
    assert (t.events.cluster_id == first.cluster_id).all()


def test_store_directed_classes_keep_dyad_order(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest([
        fake_article(1, "EVENT condemn CHN USA 2024-04-15"),
        fake_article(2, "EVENT condemn USA CHN 2024-04-15"),
        fake_article(3, "EVENT condemn CHN USA 2024-04-15"),
        fake_article(4, "EVENT meet CHN USA 2024-04-15"),
    ], db, extractor=fake_extract)
    assert cluster_sizes(db) == [
        ("condemn", "2024-04-15", 1, 1, 1), ("condemn", "2024-04-15", 2, 1, 2),
        ("meet", "2024-04-15", 1, 1, 1),
    ]


def test_store_clusters_are_anchored_not_chained(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest(
        [fake_article(d, f"EVENT attack RUS UKR 2024-03-{d:02d}") for d in (1, 2, 3, 4, 5, 9)],
        db, extractor=fake_extract,
    )
    # Daily attacks: each cluster spans at most first date + 1 day.
    assert [(first, n) for _, first, n, _, _ in cluster_sizes(db)] == [
        ("2024-03-01", 2), ("2024-03-03", 2), ("2024-03-05", 1), ("2024-03-09", 1),
    ]


def test_store_events_without_dyad_stay_alone(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest([fake_article(i, "EVENT condemn - - 2024-04-15") for i in range(3)], db,
                 extractor=fake_extract)
    assert [n for _, _, n, _, _ in cluster_sizes(db)] == [1, 1, 1]


def test_store_cluster_ids_survive_later_ingests(tmp_path):
    db = tmp_path / "e.duckdb"
    store.ingest([fake_article(1, "EVENT meet IDN SGP 2024-01-02")], db, extractor=fake_extract)
    before = store.read_tables(db).clusters.cluster_id.tolist()
    store.ingest([fake_article(2, "EVENT meet SGP IDN 2024-01-03")], db, extractor=fake_extract)
    after = store.read_tables(db).clusters
    assert after.cluster_id.tolist() == before and after.num_articles.tolist() == [2]


# ------------------------------------------------ incremental recluster (issue 12)


def write_batches(db, batches) -> None:
    """Commit each batch (doc number -> (published, event lines)) through one BatchWriter, the
    way an ingest does: a doc number already stored is replaced (reprocessing), and every batch
    after the first is committed separately before the writer's one recluster at its end."""
    now = dt.datetime(2024, 1, 3)
    for run in batches:
        stale = prepare(db)
        with connection(db, read_only=True) as con:
            stored = {doc_id for (doc_id,) in con.execute("SELECT doc_id FROM documents").fetchall()}
        with BatchWriter(db, clusters_stale=stale) as writer:
            for batch in run:
                for i, (published, lines) in batch.items():
                    article = fake_article(i, *lines, published=published)
                    doc_id, events = f"doc-{i}", fake_extract(article)
                    doc = document_row(doc_id, article, path=None, status="events", reason=None,
                                       version=extraction.EXTRACTOR_VERSION, events=events,
                                       now=now)
                    writer.add(doc, event_rows(doc_id, events), replaces=doc_id in stored)
                    stored.add(doc_id)
                writer.flush()


def clusters_and_full_recluster(db) -> tuple:
    """(cluster and cluster number of each event, clusters table) as stored, and as a full
    recluster makes them."""
    def snapshot(con):
        return (con.execute(f"SELECT event_id, {cluster_id_sql()}, cluster_no FROM events "
                            "ORDER BY event_id").fetchall(),
                con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall())

    with connection(db, read_only=False) as con:
        stored = snapshot(con)
        con.execute("BEGIN TRANSACTION")
        recluster(con)
        full = snapshot(con)
        con.execute("ROLLBACK")
    assert all(cluster_id and cluster_no for _, cluster_id, cluster_no in stored[0])
    return stored, full


def assert_actor_numbers_name_the_actors(db) -> None:
    """What numbering the store from scratch gives: each event's actor numbers point at its own
    spellings, each spelling has one number, and same_actor says whether both sides are one
    actor (`actor_key`)."""
    from dashboard.queries import actor_key

    with connection(db, read_only=True) as con:
        rows = con.execute(
            "SELECT e.source_actor, s.spelling, e.target_actor, t.spelling, e.same_actor FROM events e "
            "LEFT JOIN actor_spellings s ON s.actor_no = e.source_actor_no "
            "LEFT JOIN actor_spellings t ON t.actor_no = e.target_actor_no").fetchall()
        repeated = con.execute("SELECT count(*) - count(DISTINCT spelling), "
                               "count(*) - count(DISTINCT actor_no) FROM actor_spellings").fetchall()
    assert repeated == [(0, 0)]
    for source, source_spelled, target, target_spelled, same in rows:
        assert (source_spelled, target_spelled) == (source, target)
        assert same == (actor_key(source) != "" and actor_key(source) == actor_key(target))


def assert_keys_copy_the_events(db) -> None:
    """What copying the store from scratch gives (keys.py): one `event_keys` row per event with
    its own columns, each text value through its code (0 for none), one code per kind and value."""
    from extraction.store import keys

    decoded = ", ".join(f"coalesce(c{i}.value, '')" for i in range(len(keys.CODED)))
    joins = " ".join(
        f"LEFT JOIN value_codes c{i} ON c{i}.kind = '{kind}' AND c{i}.code = k.{column}"
        for i, (kind, column) in enumerate(keys.CODED))
    stored = ", ".join(f"coalesce(e.{column}, '')" for _, column in keys.CODED)
    plain = ", ".join(keys.PLAIN)
    with connection(db, read_only=True) as con:
        copied = con.execute(
            f"SELECT {plain}, {decoded} FROM event_keys k {joins} ORDER BY 1").fetchall()
        events = con.execute(f"SELECT {plain}, {stored} FROM events e ORDER BY 1").fetchall()
        repeated = con.execute(
            "SELECT count(*) - count(DISTINCT (kind, value)), "
            "count(*) - count(DISTINCT (kind, code)), min(code) FROM value_codes").fetchall()
    assert copied == events
    assert repeated[0][:2] == (0, 0) and (repeated[0][2] or 1) >= 1


def test_store_incremental_recluster_equals_full_recluster(tmp_path):
    db = tmp_path / "e.duckdb"
    attacks = lambda *days: [f"EVENT attack RUS UKR 2024-03-{d:02d}" for d in days]  # noqa: E731
    runs = [
        # Anchored clusters [1 2] [3] [5 6] [9]; a call and a meeting; no dyad; no date.
        [{1: ("2024-03-01", attacks(1, 2, 3)), 2: ("2024-03-05", attacks(5, 6, 9)),
          3: ("2024-04-15", ["EVENT phone_call IDN JPN 2024-04-15", "EVENT meet USA CHN -"]),
          4: (None, ["EVENT condemn - - 2024-04-15", "EVENT condemn CHN USA -"])}],
        # An earlier attack moves every anchor after it ([0 1] [2 3] [5 6] [9]); one between
        # two clusters ([4 5] [6]); the call reported the other way round a day before; two
        # commits before the recluster.
        [{5: ("2024-03-10", attacks(0))}, {6: ("2024-03-10", attacks(4)),
          7: ("2024-04-16", ["EVENT phone_call JPN IDN 2024-04-14", "EVENT meet CHN USA -"])}],
        # Reprocessed: the early attack is gone again, a cluster's only mention moves away, an
        # undated event gets a date; a new far-off attack.
        [{5: ("2024-03-10", attacks(20)), 3: ("2024-04-15", ["EVENT meet USA CHN 2024-04-16"]),
          8: ("2024-03-30", attacks(30))}],
        # Reprocessed to nothing: the call's first report disappears.
        [{7: ("2024-04-16", [])}],
    ]
    for run in runs:
        write_batches(db, [run])
        stored, full = clusters_and_full_recluster(db)
        assert stored == full
        assert_actor_numbers_name_the_actors(db)
        assert_keys_copy_the_events(db)


def test_store_incremental_recluster_follows_a_shift_to_the_group_end(tmp_path):
    # A daily series is anchored every other day ([1 2] [3 4] ...); a report of the day before
    # its start shifts every anchor after it ([0 1] [2 3] ...), so the pass never meets the old
    # clusters near the change and must read the series to its end.
    db = tmp_path / "e.duckdb"
    series = [f"EVENT attack RUS UKR 2024-03-{d:02d}" for d in range(2, 20)]
    runs = [[{1: ("2024-03-20", series), 2: ("2024-03-20", ["EVENT meet IDN SGP 2024-03-05"])}],
            [{3: ("2024-03-20", ["EVENT attack RUS UKR 2024-03-01"])}],
            [{3: ("2024-03-20", [])}]]  # and back again
    for run, clusters in zip(runs, (9 + 1, 10 + 1, 9 + 1)):  # the series', the meeting's
        write_batches(db, [run])
        stored, full = clusters_and_full_recluster(db)
        assert stored == full
        assert len({cluster for _, cluster, _ in stored[0]}) == clusters


# Histories of ingests: runs of batches of documents (number -> published, event lines).
HISTORIES = st.lists(st.lists(st.dictionaries(
    st.integers(0, 6),
    st.tuples(st.sampled_from(["2024-03-01", "2024-03-04", None]),
              st.lists(st.builds("EVENT {} {} {} {}".format,
                                 st.sampled_from(["attack", "phone_call", "condemn"]),
                                 st.sampled_from(["RUS", "UKR", "-"]),
                                 st.sampled_from(["RUS", "UKR", "-"]),
                                 st.sampled_from([f"2024-03-0{d}" for d in range(1, 8)] + ["-"])),
                       max_size=4)),
    max_size=4), min_size=1, max_size=2), min_size=1, max_size=3)


@settings(max_examples=25, deadline=None)
@given(HISTORIES)
def test_store_incremental_recluster_equals_full_on_any_batches(runs):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "e.duckdb"
        for run in runs:
            write_batches(db, [run])
            stored, full = clusters_and_full_recluster(db)
            assert stored == full
            assert_actor_numbers_name_the_actors(db)
            assert_keys_copy_the_events(db)


def rule_clusters(events: pd.DataFrame) -> dict[str, str]:
    """Each event's cluster id by the clustering rule itself (clusters.py's docstring), in
    plain Python on a snapshot's events: the same class and dyad (either order for symmetric
    classes), anchored on the first mention's day (the event's date, else its article's), a
    new cluster more than WINDOW_DAYS after it; no dyad or no day: alone. The id hashes the
    anchor's event_id, as the store named clusters when it kept the id on every event."""
    mentions = []
    for e in events.itertuples():
        source, target = (c if isinstance(c, str) else "" for c in (e.source_country, e.target_country))
        key = (e.event_type, *(sorted((source, target)) if e.event_type in SYMMETRIC_CLASSES
                               else (source, target)))
        date = e.event_date if pd.notna(e.event_date) else e.published
        day = None if pd.isna(date) else date.toordinal()
        mentions.append((key, day is None, day or 0, e.event_id, not (source or target) or day is None))
    anchors, group, anchor, anchor_day = {}, None, None, None
    for key, _, day, event_id, alone in sorted(mentions):
        if alone or key != group or anchor_day is None or day - anchor_day > WINDOW_DAYS:
            anchor, anchor_day = event_id, None if alone else day
        group = key
        anchors[event_id] = "c" + hashlib.md5(anchor.encode()).hexdigest()[:16]
    return anchors


@settings(max_examples=25, deadline=None)
@given(HISTORIES)
def test_store_clusters_follow_the_rule_after_any_batches(runs):
    # The store keeps each event's anchor number and its cluster id as a number; the ids it
    # reads back (snapshot, and the clusters table with each cluster's size) are those the rule
    # gives.
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "e.duckdb"
        for run in runs:
            write_batches(db, [run])
            t = store.read_tables(db)
            want = rule_clusters(t.events)
            assert dict(zip(t.events.event_id, t.events.cluster_id)) == want
            sizes = pd.Series(list(want.values())).value_counts().to_dict()
            assert dict(zip(t.clusters.cluster_id, t.clusters.num_mentions)) == sizes


# Three differently worded reports (two languages, dyad in both orders) of one phone call.
PHONE_CALL_REPORTS = [
    dict(id="kompas-1", source="kompas.com", published="2024-04-15", lang="id",
         title="Retno dan Kamikawa bertelepon",
         text="Menteri Luar Negeri Indonesia Retno Marsudi melakukan pembicaraan telepon dengan "
              "Menteri Luar Negeri Jepang Yoko Kamikawa pada Senin (15/4/2024)."),
    dict(id="jakpost-1", source="thejakartapost.com", published="2024-04-15", lang="en",
         title="Retno, Kamikawa hold phone call",
         text="Indonesian Foreign Minister Retno Marsudi spoke by telephone with Japanese "
              "Foreign Minister Yoko Kamikawa on Monday, April 15, 2024."),
    dict(id="antara-1", source="antaranews.com", published="2024-04-16", lang="id",
         title="Menlu Jepang telepon Menlu RI",
         text="Menteri Luar Negeri Jepang Yoko Kamikawa menelepon Menteri Luar Negeri Indonesia "
              "Retno Marsudi pada Senin (15/4/2024)."),
]


def test_store_three_reports_of_one_call_make_one_cluster(tmp_path):
    """Real extraction engine: the dedup must hold for what it actually codes."""
    db = tmp_path / "e.duckdb"
    store.ingest([extraction.model.Article(**r) for r in PHONE_CALL_REPORTS], db)
    t = store.read_tables(db)
    c = t.clusters
    dyad = ((c.source_country == "IDN") & (c.target_country == "JPN")) | (
        (c.source_country == "JPN") & (c.target_country == "IDN"))
    calls = c[(c.event_type == "phone_call") & dyad]
    assert len(calls) == 1, t.events[["article_id", "event_type", "source_country", "target_country", "event_date"]]
    call = calls.iloc[0]
    assert (call.num_articles, call.num_sources) == (3, 3)
    assert call.first_date == pd.Timestamp("2024-04-15")
    members = t.events[t.events.cluster_id == call.cluster_id]
    assert set(members.article_id) == {"kompas-1", "jakpost-1", "antara-1"}


# ---------------------------------------------------------------- real processes



def run_cli(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extraction", *map(str, args)],
                          capture_output=True, text=True, timeout=120, **kwargs)


def frames_without_timestamps(db):
    t = store.read_tables(db)
    return t.documents.drop(columns=["ingested_at"]), t.events, t.clusters


@pytest.mark.slow
def test_store_mixed_bad_corpus_every_document_accounted_for(tmp_path):
    write_mixed_corpus(tmp_path / "in")
    db = tmp_path / "e.duckdb"
    first = run_cli("ingest", tmp_path / "in", "--db", db)
    assert first.returncode == 3, first.stderr  # finished, some documents are errors
    docs = store.read_tables(db).documents
    assert len(docs) == 19
    errors = docs[docs.status == "error"]
    assert len(errors) >= 11
    reasons = " | ".join(errors.path.fillna("") + ": " + errors.reason)
    for expected in ("oversize.txt: file is 22,020,096 bytes, over the limit of 20,971,520 bytes",
                     "binary.txt: binary",
                     "empty.txt: text is empty", "bad.json: not valid JSON", "feed.jsonl [line 2]",
                     "notes.pdf: unsupported file type", "notext.csv: CSV has no 'text' column",
                     "rows.csv [row 3]: published is not a date"):
        assert expected in reasons
    assert "error" in first.stdout and "no_events" in first.stdout  # the status summary
    for where, reason in zip(errors.path, errors.reason):  # each failure printed with its reason
        assert f"error: {where}: {reason}" in " ".join(first.stderr.split())
    again = run_cli("ingest", tmp_path / "in", "--db", db)
    # The same failures again (recorded before), still a non-zero exit, nothing added.
    assert again.returncode == 3 and len(store.read_tables(db).documents) == 19
    assert "recorded by an earlier run" in again.stderr


@pytest.mark.slow
def test_store_second_writer_process_gets_clear_message(tmp_path):
    db = tmp_path / "e.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from extraction.store.conn import writer_lock
            with writer_lock(Path({str(db)!r})):
                print("locked", flush=True)
                sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        (tmp_path / "a.txt").write_text("Some news.")
        second = run_cli("ingest", tmp_path / "a.txt", "--db", db)
        assert second.returncode == 75
        assert f"another ingest (pid {holder.pid}) is writing {db}; wait for it to finish" in \
            " ".join(second.stderr.split())
        assert "Traceback" not in second.stderr
    finally:
        holder.communicate("", timeout=30)
    assert run_cli("ingest", tmp_path / "a.txt", "--db", db).returncode == 0


READER_LOOP = """
import sys, time
from extraction.store.ingest import read_tables
db, expected = sys.argv[1], int(sys.argv[2])
last, deadline = -1, time.monotonic() + 90
while time.monotonic() < deadline:
    t = read_tables(db)
    n = len(t.documents)
    assert n >= last, "store went backwards"
    assert set(t.events.doc_id) <= set(t.documents.doc_id), "events without their document"
    if n != last:
        print(n, flush=True)
    last = n
    if n == expected:
        sys.exit(0)
    time.sleep(0.02)  # a dashboard re-reads when the store changes, not in a hot loop
sys.exit(f"saw {last} of {expected} documents")
"""


# An ingest whose input blocks half-way on a FIFO until the test opens it. The gate makes
# "mid-ingest" certain however fast extraction is: the writer has committed the first half
# and cannot finish before the test lets it. (Ingest itself skips FIFOs in a folder, so the
# gate sits outside the corpus and is read here.)
GATED_INGEST = """
import sys
from pathlib import Path
from extraction.readers import articles_from_bytes, iter_inputs
from extraction.store.ingest import ingest

folder, db, gate = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def inputs():
    files = sorted(folder.glob("*.jsonl"))
    yield from iter_inputs(files[:6])  # 150 documents
    with open(gate, "rb") as fifo:  # blocks until the test opens the gate
        yield from articles_from_bytes("gate.jsonl", fifo.read())
    yield from iter_inputs(files[6:])

ingest(inputs(), db, batch_docs=20)
"""


def corpus_with_gate(folder, n_docs: int):
    """A news corpus and, beside it, the FIFO that GATED_INGEST waits on."""
    write_news_corpus(folder, n_docs, per_file=25)
    gate = folder.parent / "gate"
    os.mkfifo(gate)
    return gate


def gated_ingest_cmd(folder, db, gate):
    return [sys.executable, "-c", GATED_INGEST, str(folder), str(db), str(gate)]


def open_gate(gate) -> None:
    """Let the ingest read past the gate (waiting, within limits, for it to get there)."""
    deadline = time.monotonic() + 60
    while True:
        try:  # non-blocking: fails with ENXIO until the ingest opens the FIFO for reading
            fd = os.open(gate, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
    os.set_blocking(fd, True)
    os.write(fd, b'{"id": "gate", "text": "The gate was opened.", "published": "2024-04-15"}\n')
    os.close(fd)


@pytest.mark.slow
def test_store_reader_and_writer_processes_both_keep_working(tmp_path):
    gate = corpus_with_gate(tmp_path / "in", 300)
    db = tmp_path / "e.duckdb"
    writer = subprocess.Popen(gated_ingest_cmd(tmp_path / "in", db, gate),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader = subprocess.Popen([sys.executable, "-c", READER_LOOP, str(db), "301"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = [int(reader.stdout.readline())]
        while not 0 < seen[-1] < 301:  # the reader sees the writer's progress while it runs
            seen.append(int(reader.stdout.readline()))
        open_gate(gate)
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        rest, reader_err = reader.communicate(timeout=120)
        assert reader.returncode == 0, reader_err
    finally:
        for proc in (writer, reader):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert int(rest.split()[-1]) == 301


@pytest.mark.slow
def test_store_sigkill_mid_ingest_then_rerun_completes(tmp_path):
    gate = corpus_with_gate(tmp_path / "in", 300)
    killed, whole = tmp_path / "killed.duckdb", tmp_path / "whole.duckdb"
    proc = subprocess.Popen(gated_ingest_cmd(tmp_path / "in", killed, gate),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        stored, deadline = 0, time.monotonic() + 60
        while stored == 0 and time.monotonic() < deadline:
            time.sleep(0.01)  # kill as soon as the first batch is committed: mid-write likely
            stored = len(store.read_tables(killed).documents)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = store.read_tables(killed)
    assert 0 < len(partial.documents) < 150
    assert set(partial.events.doc_id) <= set(partial.documents.doc_id)
    assert partial.documents.n_events.sum() == len(partial.events)

    os.remove(gate)
    assert run_cli("ingest", tmp_path / "in", "--db", killed).returncode == 0
    assert run_cli("ingest", tmp_path / "in", "--db", whole).returncode == 0
    for a, b in zip(frames_without_timestamps(killed), frames_without_timestamps(whole)):
        pd.testing.assert_frame_equal(a, b)
    assert len(store.read_tables(killed).documents) == 300


def test_store_rerun_after_crash_before_recluster_fixes_clusters(tmp_path):
    db = tmp_path / "e.duckdb"
    articles = [fake_article(i, "EVENT meet IDN SGP 2024-01-02") for i in range(3)]
    now = dt.datetime(2024, 1, 3)
    with writer_lock(db):  # a run that committed its rows and died before its last recluster
        prepare(db)
        writer = BatchWriter(db)
        for a in articles:
            doc_id, events = article_doc_id(a), fake_extract(a)
            doc = document_row(doc_id, a, path=None, status="events", reason=None,
                               version=extraction.EXTRACTOR_VERSION, events=events, now=now)
            writer.add(doc, event_rows(doc_id, events), replaces=False)
        writer.flush()
    assert store.read_tables(db).clusters.empty
    assert store.ingest(articles, db, extractor=fake_extract).skipped == 3
    assert store.read_tables(db).clusters.num_articles.tolist() == [3]


# ---------------------------------------------------------------- hostile inputs (issue 11)


def test_store_lone_surrogates_stored_as_replacement_not_a_lost_batch(tmp_path):
    # Regression: one "\ud800" failed pa.Table.from_pylist and lost the whole batch, every run.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(
        b'{"text": "EVENT meet IDN SGP 2024-01-02\\n\\ud800", "title": "x\\udfff"}\n')
    direct = fake_article(9, "EVENT phone_call IDN JPN 2024-04-15", "\udc80 and \x00")
    db = tmp_path / "e.duckdb"
    summary = store.ingest([*iter_inputs([tmp_path / "in"]), direct, *corpus()[:2]], db,
                           extractor=fake_extract)
    assert summary.by_status["events"] == 4 and not summary.failures
    docs = store.read_tables(db, with_text=True).documents
    assert docs.text.str.contains("\ufffd").sum() == 2
    assert not docs.text.str.contains("\x00").any()


def test_store_same_file_by_two_paths_is_one_error_document(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.json").write_bytes(b'{"text": broken')
    (tmp_path / "in" / "same.json").symlink_to(tmp_path / "in" / "bad.json")
    db = tmp_path / "e.duckdb"
    store.ingest(iter_inputs([tmp_path / "in", tmp_path / "in" / "bad.json"]), db,
                 extractor=fake_extract)
    assert len(store.read_tables(db).documents) == 1


def test_store_skipped_inputs_are_reported_not_stored(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe.jsonl")
    (tmp_path / "in" / "a.txt").write_text("EVENT meet IDN SGP 2024-01-02")
    db = tmp_path / "e.duckdb"
    summary = store.ingest(iter_inputs([tmp_path / "in"]), db, extractor=fake_extract)
    assert summary.skipped_inputs == [(str(tmp_path / "in" / "pipe.jsonl"),
                                       "skipped: named pipe, not a regular file")]
    assert len(store.read_tables(db).documents) == 1 and not summary.failures


def test_store_failures_are_listed_with_their_reasons(tmp_path):
    db = tmp_path / "e.duckdb"
    summary = store.ingest(corpus(), db, extractor=fake_extract)
    assert summary.failures == [
        ("corpus/broken.json", "malformed JSON: Expecting value at line 1"),
        ("corpus/feed.jsonl [line 7]", "record is a number, not an object"),
        ("article art-4", "ValueError: extractor exploded on purpose"),
    ]
    again = store.ingest(corpus(), db, extractor=fake_extract)
    assert sorted(w for w, _ in again.failures) == sorted(w for w, _ in summary.failures)
    assert all(reason.endswith("(recorded by an earlier run)") for _, reason in again.failures)


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_store_document_over_its_time_budget_is_an_error_and_the_batch_goes_on(tmp_path, workers):
    articles = [fake_article(1, "EVENT meet IDN SGP 2024-01-02"), fake_article(2, "SLOW"),
                fake_article(3, "EVENT meet IDN MYS 2024-01-02")]
    db = tmp_path / "e.duckdb"
    started = time.monotonic()
    summary = store.ingest(articles, db, extractor=fake_extract, workers=workers,
                           doc_timeout_s=0.5)
    assert time.monotonic() - started < 20
    assert summary.by_status == {"events": 2, "no_events": 0, "error": 1}
    assert summary.failures == [("article art-2", "DocumentTimeout: extraction took longer "
                                                  "than the 0.5 s budget per document")]


def test_store_stale_clusters_rebuilt_without_an_ingest(tmp_path):
    db = tmp_path / "e.duckdb"
    write_unclustered_store(db, [fake_article(i, "EVENT meet IDN SGP 2024-01-02") for i in range(3)])
    assert store.read_tables(db).clusters.empty
    with writer_lock(db):  # an ingest running: it reclusters itself, nobody else may write
        assert store.refresh_stale_clusters(db) is False
    assert store.refresh_stale_clusters(db) is True
    assert store.read_tables(db).clusters.num_articles.tolist() == [3]
    assert store.refresh_stale_clusters(db) is False  # current now: nothing to do


def test_store_errors_recorded_under_path_ids_are_not_recorded_again(tmp_path):
    # Stores written before errors were keyed by content hold path-keyed error rows.
    db = tmp_path / "e.duckdb"
    (tmp_path / "bad.json").write_bytes(b'{"text": broken')
    [error] = iter_inputs([tmp_path / "bad.json"])
    store.ingest([dataclasses.replace(error, identity=None)], db)
    summary = store.ingest([error], db)
    assert summary.skipped == 1 and len(store.read_tables(db).documents) == 1
    assert summary.failures[0][1].endswith("(recorded by an earlier run)")


def test_store_schema_one_store_is_upgraded_in_place(tmp_path):
    """A store written before events had `date_basis` gains the column and keeps its rows."""
    import duckdb

    db = tmp_path / "old.duckdb"
    store.ingest(corpus()[:2], db, extractor=fake_extract)
    before = counts(db)
    with duckdb.connect(str(db)) as con:
        add_cluster_ids(con)  # as every schema before 5 held them
        con.execute("ALTER TABLE events DROP COLUMN date_basis")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    store.ingest(corpus()[2:4], db, extractor=fake_extract)
    t = store.read_tables(db)
    assert counts(db)["events"] == before["events"] and "date_basis" in t.events.columns
    assert_consistent(db)


def add_cluster_ids(con) -> None:
    """Give each event of the store on `con` its cluster's id as text and drop the number, as
    schema 4 and before stored it."""
    con.execute("ALTER TABLE events ADD COLUMN cluster_id VARCHAR")
    con.execute(f"UPDATE events SET cluster_id = {cluster_id_sql()}")
    con.execute("ALTER TABLE events DROP COLUMN cluster_hash")


def test_store_schema_four_store_keeps_its_cluster_ids_as_numbers(tmp_path):
    """A store whose events held their cluster ids as text (schema 4) reads the same ids after
    the upgrade, and later ingests recluster it as a full pass would."""
    import duckdb

    db = tmp_path / "old.duckdb"
    store.ingest([fake_article(i, "EVENT meet IDN SGP 2024-01-02", "EVENT condemn RUS UKR 2024-01-03")
                  for i in range(3)], db, extractor=fake_extract)
    with duckdb.connect(str(db)) as con:
        add_cluster_ids(con)
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
        old = con.execute("SELECT event_id, cluster_id FROM events ORDER BY 1").fetchall()
    store.ingest([fake_article(9, "EVENT meet IDN SGP 2024-01-01")], db, extractor=fake_extract)
    with connection(db, read_only=True) as con:
        columns = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    events = store.read_tables(db).events.set_index("event_id")["cluster_id"]
    assert "cluster_id" not in columns and "cluster_hash" in columns and len({c for _, c in old}) == 2
    # The new report is a day earlier: it anchors the meeting's cluster from now on; the
    # condemnations keep theirs.
    [new] = set(events.index) - {e for e, _ in old}
    assert events[new] == "c" + hashlib.md5(new.encode()).hexdigest()[:16]
    assert [events[e] for e, _ in old if e.endswith(":0")] == [events[new]] * 3
    assert [events[e] for e, _ in old if e.endswith(":1")] == [c for e, c in old if e.endswith(":1")]
    stored, full = clusters_and_full_recluster(db)
    assert stored == full


def test_store_schema_three_store_gets_its_numbers_in_place(tmp_path):
    """A store written before the actor and cluster numbers gains them, as if written now."""
    import duckdb

    db = tmp_path / "old.duckdb"
    store.ingest([fake_article(i, "EVENT meet IDN SGP 2024-01-02", "EVENT condemn RUS RUS 2024-01-03")
                  for i in range(3)], db, extractor=fake_extract)
    with duckdb.connect(str(db)) as con:
        add_cluster_ids(con)  # schema 3 held each event's cluster id
        for column in ("source_actor_no", "target_actor_no", "same_actor", "cluster_no"):
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
        con.execute("ALTER TABLE term_events DROP COLUMN n")
        con.execute("DROP TABLE actor_spellings")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    store.ingest([fake_article(9, "EVENT meet IDN SGP 2024-01-02")], db, extractor=fake_extract)
    stored, full = clusters_and_full_recluster(db)
    assert stored == full
    assert_actor_numbers_name_the_actors(db)
    with connection(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM term_events WHERE n IS DISTINCT FROM len(event_nos)"
                           ).fetchall() == [(0,)]


def test_store_word_index_forgets_the_words_of_reprocessed_events(tmp_path, monkeypatch):
    from extraction.store.query import Filters, where_sql
    from extraction.store.read import reading

    def say(word):
        def extract(article):
            return [dataclasses.replace(e, sentence=f"{word} said it") for e in fake_extract(article)]
        return extract

    db = tmp_path / "e.duckdb"
    store.ingest([fake_article(1, "EVENT meet IDN SGP 2024-01-02")], db, extractor=say("alphaword"))
    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "99.0")
    store.ingest([], db, reprocess=True, extractor=say("betaword"))
    with reading(db) as con:
        def matching(text):
            where, params = where_sql(Filters(text=text), con)
            return con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]

        # The new event got a new number: the old sentence's words no longer find anything.
        assert (matching("alphaword"), matching("betaword"), matching("said it")) == (0, 1, 1)


def postings(db) -> dict[str, list[int]]:
    """The word index of the store at `db` as word -> sorted event numbers (one list per word)."""
    with connection(db, read_only=True) as con:
        rows = con.execute("SELECT t.term, list_sort(flatten(list(e.event_nos))) FROM term_events e "
                           "JOIN terms t USING (term_id) GROUP BY 1").fetchall()
    return dict(rows)


def test_store_word_index_lists_hold_at_most_a_chunk(tmp_path, monkeypatch):
    from extraction.store import search

    def say(article):
        return [dataclasses.replace(e, sentence=f"common words and rare{article.id.split('-')[1]}")
                for e in fake_extract(article)]

    monkeypatch.setattr(search, "POSTING_CHUNK", 2)
    db = tmp_path / "e.duckdb"
    store.ingest([fake_article(i, "EVENT meet IDN SGP 2024-01-02") for i in range(5)], db, extractor=say)
    with connection(db, read_only=True) as con:
        rows = con.execute("SELECT n, len(event_nos), event_nos = list_sort(event_nos) FROM term_events").fetchall()
        numbers = [n for (n,) in con.execute("SELECT event_no FROM events ORDER BY 1").fetchall()]
    assert rows and all(n == length <= 2 and ordered for n, length, ordered in rows)
    index = postings(db)
    assert index["common"] == index["words"] == numbers and len(index) == 3 + 5


def test_store_schema_five_store_gets_its_word_index_in_chunks(tmp_path, monkeypatch):
    """A store whose word index held one list per word and commit (schema 5) has it split into
    rows of at most POSTING_CHUNK numbers, the same postings, and finds the same texts."""
    import duckdb

    from extraction.store import search
    from extraction.store.query import Filters, where_sql
    from extraction.store.read import reading

    db = tmp_path / "old.duckdb"
    articles = [fake_article(i, "EVENT meet IDN SGP 2024-01-02", "EVENT condemn RUS UKR 2024-01-03")
                for i in range(4)]
    store.ingest(articles, db, extractor=fake_extract)
    before = postings(db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    monkeypatch.setattr(search, "POSTING_CHUNK", 2)
    store.ingest(articles, db, extractor=fake_extract)  # nothing new: only the upgrade
    assert postings(db) == before
    with connection(db, read_only=True) as con:
        assert max(n for (n,) in con.execute("SELECT n FROM term_events").fetchall()) == 2
    with reading(db) as con:
        sentence = con.execute("SELECT sentence FROM events LIMIT 1").fetchall()[0][0]
        where, params = where_sql(Filters(text=sentence[2:12]), con)
        found = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]
        every = con.execute("SELECT count(*) FROM events WHERE contains(lower(sentence), lower(?))",
                            [sentence[2:12]]).fetchall()[0][0]
    assert found == every > 0


def _stored_cluster_numbers(db) -> list[int]:
    """The clusters table's numbers in the order the file holds them."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        con.execute("SET threads = 1")  # a one-thread scan returns rows as stored
        return [n for (n,) in con.execute("SELECT cluster_no FROM clusters").fetchall()]


def test_store_clusters_are_stored_in_number_order(tmp_path):
    """The events table looks clusters up by number; stored in that order, DuckDB skips the
    row groups that cannot hold them."""
    db = tmp_path / "s.duckdb"
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=3 * i) for i in range(40)]  # one cluster each
    articles = [fake_article(i, f"EVENT meet IDN SGP {day}", f"EVENT condemn RUS UKR {day}")
                for i, day in enumerate(days)]
    store.ingest(articles, db, extractor=fake_extract)
    numbers = _stored_cluster_numbers(db)
    assert len(numbers) == 80 and numbers == sorted(numbers)


def test_store_schema_six_store_gets_its_clusters_in_number_order(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    articles = [fake_article(i, f"EVENT attack RUS UKR 2024-03-{i + 1:02d}") for i in range(12)]
    store.ingest(articles, db, extractor=fake_extract)
    before = store.read_tables(db).clusters
    with duckdb.connect(str(db)) as con:  # as a schema-6 store held them: in cluster_id order
        con.execute("CREATE TABLE shuffled AS SELECT * FROM clusters ORDER BY cluster_id DESC")
        con.execute("DROP TABLE clusters")
        con.execute("ALTER TABLE shuffled RENAME TO clusters")
        con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    assert _stored_cluster_numbers(db) != sorted(_stored_cluster_numbers(db))
    store.ingest(articles, db, extractor=fake_extract)  # nothing new: only the upgrade
    assert _stored_cluster_numbers(db) == sorted(_stored_cluster_numbers(db))
    pd.testing.assert_frame_equal(store.read_tables(db).clusters, before)


def test_store_schema_seven_store_gets_each_events_publication_day(tmp_path):
    """A store whose events did not hold their article's publication day (schema 7) gains it and
    the day each event is clustered by; an undated report then still joins the cluster its
    publication day puts it in, as a full recluster would."""
    import duckdb

    db = tmp_path / "old.duckdb"
    store.ingest([fake_article(1, "EVENT meet USA CHN 2024-04-15", published="2024-04-15"),
                  fake_article(2, "EVENT condemn CHN USA -", published="2024-04-16")],
                 db, extractor=fake_extract)
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE events DROP COLUMN doc_published")
        con.execute("ALTER TABLE events DROP COLUMN cluster_day")
        con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    store.ingest([fake_article(3, "EVENT condemn CHN USA 2024-04-17", published="2024-04-17")],
                 db, extractor=fake_extract)
    with connection(db, read_only=True) as con:
        days = con.execute("SELECT d.article_id, e.doc_published = d.published, e.cluster_day "
                           "FROM events e JOIN documents d USING (doc_id) ORDER BY 1").fetchall()
        condemn = con.execute("SELECT count(*), count(DISTINCT cluster_no) FROM events "
                              "WHERE event_type = 'condemn'").fetchall()
    assert days == [("art-1", True, dt.date(2024, 4, 15)), ("art-2", True, dt.date(2024, 4, 16)),
                    ("art-3", True, dt.date(2024, 4, 17))]
    assert condemn == [(2, 1)]
    stored, full = clusters_and_full_recluster(db)
    assert stored == full


def test_store_schema_eight_store_gets_its_coded_copy_of_the_events(tmp_path):
    """A store without the narrow coded copy of its events (schema 8) gets it filled on its next
    ingest, and the new batch's events are copied after it."""
    import duckdb

    db = tmp_path / "old.duckdb"
    store.ingest([fake_article(1, "EVENT meet USA CHN 2024-04-15", published="2024-04-15"),
                  fake_article(2, "EVENT condemn CHN - -", published="2024-04-16")],
                 db, extractor=fake_extract)
    with duckdb.connect(str(db)) as con:
        con.execute("DROP TABLE event_keys")
        con.execute("DROP TABLE value_codes")
        con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    store.ingest([fake_article(3, "EVENT attack RUS UKR 2024-04-17", published="2024-04-17")],
                 db, extractor=fake_extract)
    with connection(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM event_keys").fetchall() == [(3,)]
    assert_keys_copy_the_events(db)


def test_store_regression_an_event_on_the_last_representable_day_broke_the_recluster(tmp_path):
    """The days an incremental recluster reads run three past the last changed one: beyond
    9999-12-31 they are no Python date, so they stay day numbers until DuckDB adds them."""
    db = tmp_path / "far.duckdb"
    store.ingest([fake_article(1, "EVENT attack RUS UKR 9999-12-31")], db, extractor=fake_extract)
    store.ingest([fake_article(2, "EVENT attack RUS UKR 9999-12-30")], db, extractor=fake_extract)
    stored, full = clusters_and_full_recluster(db)
    assert stored == full and len({cluster for _, cluster, _ in stored[0]}) == 1
