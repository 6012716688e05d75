"""The read path: the read host's connections and the held store, let go for any writer."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest

from extraction.store.ingest import ingest
from extraction.store.conn import WRITER_GAP_S, lock_path, writer_lock, writer_active
from extraction.store.read import HeldStore, reading
from tests.store_fakes import fake_article, fake_extract

ROOT = Path(__file__).resolve().parents[1]


def _article(i: int):
    return fake_article(i, "EVENT meet USA IDN 2024-04-10")


def _store(tmp_path: Path, n: int = 3) -> Path:
    db = tmp_path / "e.duckdb"
    ingest([_article(i) for i in range(n)], db, extractor=fake_extract)
    return db


def _table_bytes_after_reading_every_event(db: Path) -> int:
    """Bytes of table blocks in memory as a read connection starts, after another one has
    read every event."""
    with reading(db) as con:
        con.execute("SELECT * FROM events").fetchall()
    with reading(db) as con:
        return int(con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() "
                               "WHERE tag = 'BASE_TABLE'").fetchall()[0][0])


def _read_events(db: Path) -> int:
    with reading(db) as con:
        return int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])


def test_read_held_store_keeps_what_a_query_read_for_the_next(tmp_path):
    db = _store(tmp_path)
    fresh = _table_bytes_after_reading_every_event(db)  # each connection starts from the file
    held = HeldStore(db)
    assert held.hold()
    assert _table_bytes_after_reading_every_event(db) > fresh
    held.release()


def test_read_held_store_lets_go_for_an_ingest_in_this_process(tmp_path):
    db = _store(tmp_path)
    held = HeldStore(db, poll_s=0.02)
    assert held.hold()
    start = time.monotonic()
    summary = ingest([_article(9)], db, extractor=fake_extract)
    assert summary.documents == 1
    assert time.monotonic() - start < 10
    assert not held.held
    assert _read_events(db) == 4
    assert held.hold()  # the writer is gone: held again
    held.release()


def test_read_held_store_lets_go_for_an_ingest_in_another_process(tmp_path):
    db = _store(tmp_path)
    held = HeldStore(db, poll_s=0.02)
    assert held.hold()
    script = textwrap.dedent(f"""
        from extraction.store.ingest import ingest
        from tests.store_fakes import fake_article, fake_extract
        article = fake_article(7, "EVENT meet USA IDN 2024-04-10")
        print(ingest([article], {str(db)!r}, extractor=fake_extract).documents)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert not held.held
    assert _read_events(db) == 4


def test_read_held_store_is_not_taken_while_a_writer_runs(tmp_path):
    db = _store(tmp_path)
    with writer_lock(db):
        assert writer_active(db)
        assert not HeldStore(db).hold()
    assert not writer_active(db)


def test_read_held_store_lets_go_when_idle(tmp_path):
    db = _store(tmp_path)
    held = HeldStore(db, poll_s=0.02, idle_s=0.05)
    assert held.hold()
    deadline = time.monotonic() + 5
    while held.held and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not held.held


def test_read_writer_active_ignores_the_pid_a_killed_writer_left(tmp_path):
    db = tmp_path / "e.duckdb"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock_path(db).write_text(str(gone.pid), encoding="utf-8")
    assert not writer_active(db)
    lock_path(db).write_text(str(os.getpid()), encoding="utf-8")
    assert writer_active(db)


def test_read_regression_a_writer_waits_for_a_read_connection_of_its_own_process(tmp_path):
    # DuckDB refuses a writing connection while this process has the file open read-only
    # ("different configuration"); the writer used to fail at once instead of waiting.
    db = _store(tmp_path)
    done = []
    with reading(db):
        writer = threading.Thread(target=lambda: done.append(
            ingest([_article(5)], db, extractor=fake_extract).documents))
        writer.start()
        time.sleep(0.3)
        assert not done  # still waiting for the reader
    writer.join(timeout=30)
    assert done == [1]


def test_read_store_is_let_go_when_its_last_connection_closes(tmp_path):
    db = _store(tmp_path)
    with reading(db) as first:
        with reading(db) as second:
            assert second.execute("SELECT count(*) FROM events").fetchall() == [(3,)]
        with pytest.raises(duckdb.Error):  # still attached for `first`
            duckdb.connect(str(db)).close()
        assert first.execute("SELECT count(*) FROM events").fetchall() == [(3,)]
    duckdb.connect(str(db)).close()  # free for a writer at once


def test_read_connections_keep_their_own_temporary_tables(tmp_path):
    db = _store(tmp_path)
    with reading(db) as first, reading(db) as second:
        first.execute("CREATE TEMP TABLE mine AS SELECT 1 AS x")
        with pytest.raises(duckdb.CatalogException):
            second.execute("SELECT * FROM mine")


def test_read_two_stores_at_once_each_read_their_own(tmp_path):
    small = _store(tmp_path / "a", 2)
    large = _store(tmp_path / "b", 5)
    with reading(small) as a, reading(large) as b:
        assert a.execute("SELECT count(*) FROM documents").fetchall() == [(2,)]
        assert b.execute("SELECT count(*) FROM documents").fetchall() == [(5,)]


def test_read_leaves_an_announced_writer_a_gap_between_two_reads(tmp_path):
    db = _store(tmp_path)
    with writer_lock(db):  # this process announces itself as the writer
        with reading(db):
            pass
        start = time.monotonic()
        with reading(db):
            pass
        assert time.monotonic() - start >= WRITER_GAP_S * 0.9
