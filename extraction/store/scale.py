"""Run extraction over many articles: in-process, on local worker processes, or on Dask.

Only extraction is spread out; results come back to the caller (the single store writer).
One article's failure becomes that article's error, never the batch's.
"""
from __future__ import annotations

import itertools
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, NamedTuple

from ..model import Article, Event
from .workers import DOC_TIMEOUT_S, die_with_parent, time_budget

Extractor = Callable[[Article], list[Event]]

# Articles per task. Large enough that task overhead (pickling, scheduling: ~1 ms locally,
# a few ms on Dask) is small against extraction time, small enough that work stays balanced
# and a crash loses little. Chosen with benchmarks/bench_ingest.py.
LOCAL_CHUNK = 16
DASK_CHUNK = 64
# A scheduler that does not answer within this is reported as unreachable (a live one on a
# LAN answers in milliseconds; the margin covers a busy scheduler).
DASK_CONNECT_TIMEOUT_S = 30
# Tasks in flight per worker: keeps every worker busy while bounding memory for huge corpora.
INFLIGHT_PER_WORKER = 4
# After a worker death, suspects are re-run alone; this many deaths in a row means the workers
# themselves are broken (import error, no memory), not an article, and the ingest stops.
MAX_CONSECUTIVE_DEATHS = 3


class Extracted(NamedTuple):
    """The outcome of one article: its events, or the reason extraction failed."""

    article: Article
    events: list[Event]
    error: str | None


def _default_extractor() -> Extractor:
    from ..pipeline.run import extract  # imported on use: loading the engine is not free

    return extract


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def extract_chunk(chunk: list[Article], extractor: Extractor | None = None,
                  timeout_s: float | None = DOC_TIMEOUT_S) -> tuple[str, list]:
    """Extract each article of `chunk`; runs wherever the chunk was sent.

    Returns the extractor version of the process that ran it, and (events, error) per article.
    An article that takes longer than `timeout_s` gets an error (where signals can interrupt).
    """
    from .. import EXTRACTOR_VERSION

    extract = extractor or _default_extractor()
    out: list[tuple[list[Event], str | None]] = []
    for article in chunk:
        try:
            with time_budget(timeout_s):
                events = list(extract(article))
            out.append((events, None))
        except Exception as exc:  # one bad article must not sink the chunk
            out.append(([], _describe(exc)))
    return EXTRACTOR_VERSION, out


def _pair(chunk: list[Article], result: tuple[str, list]) -> Iterator[Extracted]:
    version, outcomes = result
    # Workers installed from another checkout would store output under the wrong version (and
    # make `--reprocess` skip it): refuse rather than mix.
    from .. import EXTRACTOR_VERSION

    if version != EXTRACTOR_VERSION:
        raise RuntimeError(f"a worker runs extractor version {version}, this ingest writes "
                           f"{EXTRACTOR_VERSION}: install the same version on every worker")
    for article, (events, error) in zip(chunk, outcomes):
        yield Extracted(article, events, error)


def _failed(chunk: list[Article], exc: BaseException) -> Iterator[Extracted]:
    reason = f"extraction worker failed: {_describe(exc)}"
    for article in chunk:
        yield Extracted(article, [], reason)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_many(
    articles: Iterable[Article], workers: int = 1, dask_scheduler: str | None = None,
    extractor: Extractor | None = None, chunk_size: int | None = None,
    timeout_s: float | None = DOC_TIMEOUT_S,
) -> Iterator[Extracted]:
    """Yield one Extracted per article, in completion order (not input order) when parallel.

    `extractor` must be a module-level function when work leaves the process (it is pickled by
    name); the default is `extraction.pipeline.run.extract`. `timeout_s` is the per-document
    time budget (not enforced on Dask, whose tasks run on threads).
    """
    if dask_scheduler:
        yield from _on_dask(articles, dask_scheduler, extractor, chunk_size or DASK_CHUNK)
    elif workers > 1:
        yield from _on_processes(articles, workers, extractor, chunk_size or LOCAL_CHUNK,
                                 timeout_s)
    else:
        for chunk in _chunks(articles, chunk_size or LOCAL_CHUNK):
            yield from _pair(chunk, extract_chunk(chunk, extractor, timeout_s))


def _on_processes(articles, workers: int, extractor, chunk_size: int,
                  timeout_s: float | None) -> Iterator[Extracted]:
    runner = _LocalRunner(workers, extractor, timeout_s)
    try:
        for chunk in _chunks(articles, chunk_size):
            yield from runner.submit(chunk)
        yield from runner.drain()
    finally:
        runner.close()


class _LocalRunner:
    """A process pool with bounded work in flight that survives a worker dying."""

    def __init__(self, workers: int, extractor, timeout_s: float | None = DOC_TIMEOUT_S):
        import multiprocessing

        # forkserver, not fork: the parent has threads (DuckDB, progress display) and forking
        # a threaded process can deadlock the child.
        self.context = multiprocessing.get_context("forkserver")
        self.workers = workers
        self.extractor = extractor
        self.timeout_s = timeout_s
        self.limit = workers * INFLIGHT_PER_WORKER
        self.pending: dict = {}
        self.suspects: list[Article] = []
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # Workers die with this process: a `kill -9` of the ingest must not leave them running.
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context,
                                   initializer=die_with_parent, initargs=(os.getpid(),))

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, chunk: list[Article]) -> Iterator[Extracted]:
        while len(self.pending) >= self.limit:
            yield from self._collect()
        if self.suspects:  # the pool is broken: settle the crash before adding work
            yield from self.drain()
        try:
            future = self.pool.submit(extract_chunk, chunk, self.extractor, self.timeout_s)
        except BrokenProcessPool:  # broken by a death we have not collected yet
            self.suspects.extend(chunk)
            yield from self.drain()
        else:
            self.pending[future] = chunk

    def drain(self) -> Iterator[Extracted]:
        while self.pending or self.suspects:
            if self.pending:
                yield from self._collect()
            else:
                yield from self._quarantine()

    def _collect(self) -> Iterator[Extracted]:
        done, _ = wait(list(self.pending), return_when=FIRST_COMPLETED)
        for future in done:
            chunk = self.pending.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (OOM, crash in native code) and took every chunk in flight
                # with it; which article killed it is not known yet.
                self.suspects.extend(chunk)
            except Exception as exc:  # e.g. an unpicklable result: report, never drop
                yield from _failed(chunk, exc)
            else:
                yield from _pair(chunk, results)

    def _quarantine(self) -> Iterator[Extracted]:
        """Re-run the articles caught in a crash one at a time, so only the culprit fails."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()
        suspects, self.suspects = self.suspects, []
        deaths = 0
        for article in suspects:
            try:
                results = self.pool.submit(extract_chunk, [article], self.extractor,
                                           self.timeout_s).result()
            except BrokenProcessPool as exc:
                deaths += 1
                if deaths >= MAX_CONSECUTIVE_DEATHS:
                    # Not one bad article: workers cannot run at all. Recording every document
                    # as failed would make a re-run skip them, so stop the ingest instead.
                    raise RuntimeError(f"extraction worker processes keep dying ({exc}); "
                                       "try --workers 1 to see the underlying error") from exc
                yield from _failed([article], exc)
                self.pool.shutdown(wait=True, cancel_futures=True)
                self.pool = self._new_pool()
            else:
                deaths = 0
                yield from _pair([article], results)


def _on_dask(articles, address: str, extractor, chunk_size: int) -> Iterator[Extracted]:
    from distributed import Client, as_completed  # optional dependency, only for --dask-scheduler

    try:
        client = Client(address, set_as_default=False, timeout=DASK_CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        raise RuntimeError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        limit = max(1, sum(client.nthreads().values())) * INFLIGHT_PER_WORKER
        pending: dict = {}
        completed = as_completed(loop=client.loop)
        for chunk in _chunks(articles, chunk_size):
            future = client.submit(extract_chunk, chunk, extractor, pure=False)
            pending[future] = chunk
            completed.add(future)
            while len(pending) >= limit:
                yield from _dask_result(pending, next(completed))
        for future in completed:
            yield from _dask_result(pending, future)


def _dask_result(pending: dict, future) -> Iterator[Extracted]:
    chunk = pending.pop(future)
    try:
        results = future.result()
    except Exception as exc:  # e.g. KilledWorker: report the chunk's articles as errors
        yield from _failed(chunk, exc)
    else:
        yield from _pair(chunk, results)
    finally:
        future.release()
