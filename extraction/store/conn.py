"""How processes share the DuckDB store file: one writer lock, short-lived connections.

DuckDB lets only one process open a file for writing, and while it is open no other process
can open it even read-only. So the writer holds an OS lock on a sidecar `<db>.lock` for the
whole ingest (that is what serialises writers), writes its pid there for as long as it runs
(readers that keep the file open watch it and let go, read.py), and opens the database only
for each batch commit; readers attach it read-only to the process's read host (`ReadHost`)
for as long as they use it. Whoever finds the file busy retries with backoff.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import random
import threading
import time
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import duckdb

T = TypeVar("T")

# Waits before giving up on a busy file. A reader holds it for one snapshot (2-3 s at 1M events
# on a 2-CPU machine, benchmarks/bench_ingest.py) and the writer for one batch commit (~0.1-1 s;
# a few seconds when it reclusters 1M events), so these leave wide margins while still ending
# with a clear error if something holds the file for good.
READ_TIMEOUT_S = 30.0
WRITE_TIMEOUT_S = 120.0
# Backoff between attempts: starts short because most holds are brief, and is capped well
# below the writer's minimum gap between commits (store.MIN_GAP_SECONDS = 0.25 s) so a waiting
# reader tries several times in every gap; likewise a waiting writer between dashboard reads.
_FIRST_WAIT_S = 0.005
_MAX_WAIT_S = 0.05

# How long the read host leaves a store it has just detached before attaching it again while a
# writer has announced itself (`writer_active`): a writer retries its connect at least every
# 1.5 x _MAX_WAIT_S, so it finds the file free in every such gap. Without it a reader's next
# attach followed its detach at once, and a 2,000-document ingest into the 10M benchmark store
# with Overview queries in a loop beside it took 38-61 s against 7-16 s when each read started
# a new instance (whose ~15 ms of setup was the gap); docs/dashboard_at_scale.md, "Round 11".
WRITER_GAP_S = 1.5 * _MAX_WAIT_S

# Rows per row group of the tables the writer fills (DuckDB's default: 122,880). Each commit's
# rows form a new row group, and the checkpoint that follows merges it into its neighbours as
# long as they fit in this many rows, rewriting the merged group whole. At the default, that
# rewrite grew with the ingest to most of a big table's last group: into the 10M benchmark
# store, whose word index ends in a group of 118,037 long posting lists, 20,000 news documents
# went in at 63-74 % of an empty store's rate, with closes of up to 3 s. At 32,768 rows:
# 92-96 %; at 16,384: 93-101 %, but a store written that way was 12 % larger on disk than at
# 32,768 and the dashboard's pages no faster (docs/dashboard_at_scale.md, "Round 14"). The
# size is not kept in the file, so every writer sets it; a writer at the default would merge
# the groups again.
WRITE_ROW_GROUP_ROWS = 32_768

# The configuration of the read host (`ReadHost`), the one DuckDB instance that every
# read-only connection of a process belongs to.
# memory_limit: DuckDB keeps the blocks it read up to this cap, and the dashboard server's peak
# memory follows it: at 10M events the benchmark's server peaked at ~1.5 GB with 1 GB (the
# issue allows 1.5 GB) and ~1.1-1.2 GB a page with 768 MB, no slower (DuckDB spills to disk
# past it rather than failing).
# perfect_ht_threshold: key bits up to which DuckDB groups integers in a plain array instead
# of a hash table (its default is 12: 4,096 values). The Actors page groups tens of thousands
# of actor spelling numbers; at 17 bits (131,072 numbers) that grouping went from ~0.2 s to
# ~0.1 s on the 10M benchmark store (two sides, 40,000 spellings), and 20 bits was no faster.
READ_CONFIG = {"memory_limit": "768MB", "perfect_ht_threshold": 17}


class StoreBusy(RuntimeError):
    """The store is being written by another process (or held open too long)."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@contextlib.contextmanager
def writer_lock(db_path: Path) -> Iterator[None]:
    """Hold the single-writer lock of `db_path`, or raise StoreBusy naming the holder's pid."""
    path = lock_path(db_path)
    # "a+" so that opening never truncates the pid the current holder wrote.
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid = handle.read().strip() or "?"
            raise StoreBusy(
                f"another ingest (pid {pid}) is writing {db_path}; wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            # An empty file says no writer is at work (`writer_active`). The lock itself dies
            # with the file handle (also on SIGKILL); the pid a killed writer leaves names a
            # process that no longer runs.
            handle.truncate(0)
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)


def writer_active(db_path: Path) -> bool:
    """True while a writer holds (or is about to open) the store: the lock file names a
    running process. Reads the file only, so it never delays a writer taking the lock."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return False
    if not text.isdigit():
        return False
    try:
        os.kill(int(text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # running, under another user
        return True
    return True


def _is_lock_conflict(exc: Exception) -> bool:
    message = str(exc).lower()
    if isinstance(exc, duckdb.ConnectionException):
        # Another connection of this process holds the file in the other mode (the dashboard
        # server reading while its Add articles page writes): as busy as another process.
        return "different configuration" in message
    if isinstance(exc, duckdb.ResourceInUseException):
        # The same, when the reading side is the process's read host (ReadHost), which
        # attaches the file to its own instance.
        return "file handle conflict" in message
    return "lock" in message and ("conflicting" in message or "could not set" in message)


def retrying(open_once: Callable[[], T], db_path: Path, *, read_only: bool,
             timeout_s: float | None = None) -> T:
    """`open_once()` (which opens `db_path`), again after a short wait while another process
    or connection holds the file in a conflicting mode; StoreBusy after `timeout_s`."""
    if timeout_s is None:
        timeout_s = READ_TIMEOUT_S if read_only else WRITE_TIMEOUT_S
    deadline = time.monotonic() + timeout_s
    wait = _FIRST_WAIT_S
    while True:
        try:
            return open_once()
        except (duckdb.IOException, duckdb.ConnectionException,
                duckdb.ResourceInUseException) as exc:
            if not _is_lock_conflict(exc):
                raise
            if time.monotonic() >= deadline:
                mode = "read" if read_only else "write"
                raise StoreBusy(
                    f"could not open {db_path} to {mode} for {timeout_s:.0f} s: another process "
                    f"keeps it open ({exc})"
                ) from exc
        # Jitter so a writer and several readers do not retry in lockstep.
        time.sleep(wait * (0.5 + random.random()))
        wait = min(wait * 2, _MAX_WAIT_S)


def connect(db_path: Path, *, timeout_s: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the store for writing, retrying while another process holds a conflicting lock."""
    # One instance for every try: setting one up takes ~15 ms (docs/dashboard_at_scale.md,
    # "Round 11"), time in which a reader can take the file again. Spills go beside the file,
    # where DuckDB puts them for a file opened directly (an in-memory instance's default is
    # the working directory).
    con = duckdb.connect(config={"temp_directory": str(db_path) + ".tmp"})
    try:
        retrying(lambda: con.execute(
            f"ATTACH ? AS store (ROW_GROUP_SIZE {WRITE_ROW_GROUP_ROWS})", [str(db_path)]),
            db_path, read_only=False, timeout_s=timeout_s)
        con.execute("USE store")
    except BaseException:
        con.close()
        raise
    return con


class ReadHost:
    """The process's read host: one in-memory DuckDB instance that attaches each store
    read-only while it has users (read connections, a held store) and detaches it, freeing
    the file for a writer, when the last one is done.

    A new instance per read-only open started its worker threads and allocator afresh. The
    host outlives each attachment: on the 10M benchmark store attaching took ~2.5 ms against
    ~15 ms for a new instance, and a first pass over a column of `event_keys` 22 ms with next
    to no page faults against 41 ms and ~6,000 (docs/dashboard_at_scale.md, "Round 11"). The
    blocks themselves are read from the file again after each attachment, and their memory
    goes back to the system when the store is detached, as with an instance closed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._names: dict[Path, str] = {}
        self._users: dict[Path, int] = {}
        self._attached = 0  # attachments so far: each gets a name of its own
        self._detached_at: dict[Path, float] = {}

    def take(self, db_path: Path, timeout_s: float | None = None) -> str:
        """One more user of the store at `db_path`, attached first if it is not (retrying
        while a writer holds the file, StoreBusy after `timeout_s`); its name in the host."""
        path = Path(db_path).resolve()
        self._leave_gap(path)
        return retrying(lambda: self._take_once(path), path, read_only=True, timeout_s=timeout_s)

    def _leave_gap(self, path: Path) -> None:
        """Wait out WRITER_GAP_S after the store's last detaching while a writer wants it."""
        with self._lock:
            since = time.monotonic() - self._detached_at.get(path, float("-inf"))
            attached = path in self._names
        if not attached and since < WRITER_GAP_S and writer_active(path):
            time.sleep(WRITER_GAP_S - since)

    def _take_once(self, path: Path) -> str:
        with self._lock:
            if path not in self._names:
                if self._con is None:
                    self._con = duckdb.connect(":memory:", config=READ_CONFIG)
                name = f"store{self._attached + 1}"
                # The name is ours, never input; the path is bound.
                self._con.execute(f"ATTACH ? AS {name} (READ_ONLY)", [str(path)])
                self._attached += 1
                self._names[path], self._users[path] = name, 0
            self._users[path] += 1
            return self._names[path]

    def drop(self, db_path: Path) -> None:
        """One user less of the store at `db_path`; detached when it has none."""
        path = Path(db_path).resolve()
        with self._lock:
            self._users[path] -= 1
            if not self._users[path]:
                del self._users[path]
                self._con.execute(f"DETACH {self._names.pop(path)}")  # our name, never input
                self._detached_at[path] = time.monotonic()

    @contextlib.contextmanager
    def reading(self, db_path: Path, timeout_s: float | None = None):
        """A connection of its own (its own temporary tables) to the store, attached while
        it is open."""
        name = self.take(db_path, timeout_s)
        try:
            with self._lock:
                con = self._con.cursor()
            try:
                con.execute(f"USE {name}")  # our name, never input
                yield con
            finally:
                con.close()
        finally:
            self.drop(db_path)


READ_HOST = ReadHost()


@contextlib.contextmanager
def connection(db_path: Path, *, read_only: bool, timeout_s: float | None = None):
    """A connection to the store that lets it go on exit, freeing the file for others: for
    writing a new instance, read-only one of the read host's."""
    if read_only:
        with READ_HOST.reading(db_path, timeout_s) as con:
            yield con
        return
    con = connect(db_path, timeout_s=timeout_s)
    try:
        yield con
    finally:
        con.close()
