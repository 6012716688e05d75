"""Guards around extraction: a per-document time budget, and worker processes that die with
the ingest that started them.

The budget uses SIGALRM, so it applies where extraction runs on a process's main thread: an
in-process ingest, `extract`, and local `--workers` processes. Dask runs tasks on worker
threads, where no signal can interrupt them; there the budget does not apply.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import threading
import time
from typing import Iterator

# Seconds one document may take before it is recorded as an error. A 1,000,000-character
# document (the default text limit) takes about 3 s on this project's 2-core machine, so 60 s
# only stops pathological input, never slow news.
DOC_TIMEOUT_S = 60.0
# How often a worker checks that the ingest that started it is still alive.
PARENT_POLL_S = 1.0
# prctl(2) option: the signal the kernel sends a process when its parent dies.
_PR_SET_PDEATHSIG = 1


class DocumentTimeout(Exception):
    """One document took longer than its time budget."""


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the body if it runs longer than `seconds` (None or 0: no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(f"extraction took longer than the {seconds:g} s budget per document")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def die_with_parent(parent_pid: int) -> None:
    """Process-pool initializer: end this worker when the ingest process `parent_pid` ends.

    The watchdog thread does it, within PARENT_POLL_S. It cannot rely on the kernel alone: a
    worker's direct parent is the forkserver, which waits for its workers (they hold its
    liveness pipe) before it exits. The parent-death signal (PR_SET_PDEATHSIG) still ends the
    worker at once should the forkserver die first.
    """
    _kill_me_when_parent_dies()
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watchdog", daemon=True).start()


def _kill_me_when_parent_dies() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watchdog alone keeps the promise
        pass


def _watch(parent_pid: int) -> None:
    while is_alive(parent_pid):
        time.sleep(PARENT_POLL_S)
    os._exit(1)  # no cleanup: the parent that would collect our results is gone


def is_alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, killed but not yet reaped, counts as dead)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            state = handle.read().rsplit(b")", 1)[-1].split()[0]
        return state not in (b"Z", b"X")
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc: ask the kernel directly
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
