"""Fault injection: `ingest --workers 2` killed with SIGKILL at seeded random moments, then run
again, must leave the store a clean ingest would (documents, events, clusters) and no process
of the killed runs behind."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pandas as pd
import pytest
from store_fakes import write_news_corpus

from extraction.store import ingest as store
from extraction.store.workers import is_alive

# The kill points: seconds after the worker processes are up, drawn from a fixed seed so a
# failure can be replayed; each lands in extraction or in a batch commit. The corpus is large
# enough (~2,000 documents/s at most on 2 cores) that no killed run can finish first.
SEED = 11
KILLS = 3
KILL_DELAY_S = (0.1, 1.0)
DOCS = 3000
# The ingest, the forkserver, the resource tracker and the 2 workers.
PROCESSES_WHEN_RUNNING = 5
# How long the killed run's workers may take to notice (the watchdog polls every second).
ORPHAN_GRACE_S = 10.0
TOKEN_VAR = "EXTRACTION_FAULT_TEST_TOKEN"


def ingest(folder: Path, db: Path, token: str, *extra) -> subprocess.Popen:
    # Output to a file, not a pipe: a leftover process holding a pipe open would turn the
    # orphan check below into an unexplained hang.
    env = dict(os.environ, **{TOKEN_VAR: token})
    with open(folder.parent / f"ingest-{token}.log", "w") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "extraction", "ingest", str(folder), "--db", str(db), *extra],
            env=env, stdout=log, stderr=subprocess.STDOUT)


def output(folder: Path, token: str) -> str:
    return (folder.parent / f"ingest-{token}.log").read_text()


def processes_with(token: str) -> list[int]:
    """Live processes started under `token` (children inherit the environment)."""
    needle = f"{TOKEN_VAR}={token}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes() and is_alive(int(entry.name)):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def wait_for_workers(proc: subprocess.Popen, token: str) -> None:
    deadline = time.monotonic() + 60
    while len(processes_with(token)) < PROCESSES_WHEN_RUNNING:
        assert proc.poll() is None, "the ingest ended before its workers were seen"
        assert time.monotonic() < deadline, "no worker processes after 60 s"
        time.sleep(0.02)


def wait_for_no_processes(token: str) -> list[int]:
    deadline = time.monotonic() + ORPHAN_GRACE_S
    while (left := processes_with(token)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def frames(db: Path):
    tables = store.read_tables(db)
    return tables.documents.drop(columns=["ingested_at"]), tables.events, tables.clusters


@pytest.mark.slow
def test_faults_sigkill_at_random_points_then_rerun_equals_clean_ingest(tmp_path):
    folder = tmp_path / "in"
    write_news_corpus(folder, DOCS, per_file=100)
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    rng = random.Random(SEED)
    for _ in range(KILLS):
        token = uuid.uuid4().hex
        proc = ingest(folder, killed, token, "--workers", "2", "--commit-every", "20")
        wait_for_workers(proc, token)
        time.sleep(rng.uniform(*KILL_DELAY_S))
        assert proc.poll() is None, "the run finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert wait_for_no_processes(token) == [], "workers outlived the killed ingest"
    token = uuid.uuid4().hex
    rerun = ingest(folder, killed, token, "--workers", "2")
    assert rerun.wait(timeout=300) == 0, output(folder, token)
    token = uuid.uuid4().hex
    assert ingest(folder, clean, token).wait(timeout=300) == 0, output(folder, token)
    assert wait_for_no_processes(token) == []
    for after_kills, uninterrupted in zip(frames(killed), frames(clean)):
        pd.testing.assert_frame_equal(after_kills, uninterrupted)
    assert len(store.read_tables(clean).documents) == DOCS
