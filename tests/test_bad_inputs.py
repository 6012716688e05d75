"""The bad-input corpus (tests/data/bad_inputs/ plus big and special files made at test time)
goes through `ingest` in one run: no traceback, a time bound, every input accounted for."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest
from bad_inputs import CORPUS, SMALL, write_generated

from extraction.model import Article
from extraction.readers import ReadError, iter_inputs
from extraction.store import ingest as store
from extraction.store.rows import article_doc_id, error_doc_id

# Measured at ~3 s on the project's 2-core machine; the bound leaves room for a busy CI box
# while still catching a hang (a FIFO) or a quadratic splitter (~50 s per 64 KB of "!").
TIME_BOUND_S = 60


def test_bad_inputs_corpus_is_what_the_module_writes():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(SMALL)
    for name, data in SMALL.items():
        assert (CORPUS / name).read_bytes() == data, name


@pytest.mark.slow
def test_bad_inputs_whole_folder_ingested_every_input_accounted_for(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(CORPUS, folder)
    sockets = write_generated(folder)
    db = tmp_path / "fresh.duckdb"
    try:
        started = time.monotonic()
        run = subprocess.run([sys.executable, "-m", "extraction", "ingest", str(folder), "--db", str(db)],
                             capture_output=True, text=True, timeout=TIME_BOUND_S * 2)
        elapsed = time.monotonic() - started
        expected = list(iter_inputs([folder]))
    finally:
        for server in sockets:
            server.close()
    assert "Traceback" not in run.stderr + run.stdout
    assert elapsed < TIME_BOUND_S
    assert run.returncode == 3, run.stderr  # some documents are errors, and it says so

    stored = set(store.read_tables(db).documents.doc_id)
    printed = " ".join(run.stderr.split())
    files = {item.path.split(" [")[0] for item in expected}
    assert len(files) == len(SMALL) + 9  # every file gave at least one input
    for item in expected:
        if isinstance(item, Article):
            assert article_doc_id(item) in stored, item.path
        elif item.skipped:
            assert f"skipped: {item.path}: {item.reason}" in printed
        else:
            assert error_doc_id(item.path, item.record, item.identity) in stored, item
            where = item.path if item.record is None else f"{item.path} [{item.record}]"
            assert f"error: {where}: {item.reason}" in printed
    assert {i.reason for i in expected if isinstance(i, ReadError) and i.skipped} == {
        "skipped: named pipe, not a regular file", "skipped: socket, not a regular file",
        "skipped: character device, not a regular file"}
