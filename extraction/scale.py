"""Run extraction over many articles: in-process, on local worker processes, or on Dask.

Only extraction is spread out; results come back to the caller (the single store writer).
One article's failure becomes that article's error, never the batch's.
"""
from __future__ import annotations

import itertools
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, NamedTuple

from .model import Article, Event

Extractor = Callable[[Article], list[Event]]

# Articles per task. Large enough that task overhead (pickling, scheduling: ~1 ms locally,
# a few ms on Dask) is small against extraction time, small enough that work stays balanced
# and a crash loses little. Chosen with benchmarks/bench_ingest.py.
LOCAL_CHUNK = 16
DASK_CHUNK = 64
# Tasks in flight per worker: keeps every worker busy while bounding memory for huge corpora.
INFLIGHT_PER_WORKER = 4
# Times an article is retried after a worker process died under it: a bystander of another
# article's crash succeeds on retry; an article that kills every worker it meets ends as error.
MAX_CRASH_RETRIES = 2


class Extracted(NamedTuple):
    """The outcome of one article: its events, or the reason extraction failed."""

    article: Article
    events: list[Event]
    error: str | None


def _default_extractor() -> Extractor:
    from .pipeline import extract  # imported on use: loading the engine is not free

    return extract


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def extract_chunk(chunk: list[Article], extractor: Extractor | None = None) -> list[tuple[list[Event], str | None]]:
    """Extract each article of `chunk`; runs wherever the chunk was sent."""
    extract = extractor or _default_extractor()
    out: list[tuple[list[Event], str | None]] = []
    for article in chunk:
        try:
            out.append((list(extract(article)), None))
        except Exception as exc:  # one bad article must not sink the chunk
            out.append(([], _describe(exc)))
    return out


def _pair(chunk: list[Article], results) -> Iterator[Extracted]:
    for article, (events, error) in zip(chunk, results):
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
) -> Iterator[Extracted]:
    """Yield one Extracted per article, in completion order (not input order) when parallel.

    `extractor` must be a module-level function when work leaves the process (it is pickled by
    name); the default is `extraction.pipeline.extract`.
    """
    if dask_scheduler:
        yield from _on_dask(articles, dask_scheduler, extractor, chunk_size or DASK_CHUNK)
    elif workers > 1:
        yield from _on_processes(articles, workers, extractor, chunk_size or LOCAL_CHUNK)
    else:
        for chunk in _chunks(articles, chunk_size or LOCAL_CHUNK):
            yield from _pair(chunk, extract_chunk(chunk, extractor))


def _on_processes(articles, workers: int, extractor, chunk_size: int) -> Iterator[Extracted]:
    import multiprocessing

    # forkserver, not fork: the parent has threads (DuckDB, progress display) and forking a
    # threaded process can deadlock the child.
    context = multiprocessing.get_context("forkserver")
    limit = workers * INFLIGHT_PER_WORKER
    pending: dict = {}
    retry: list[tuple[list[Article], int]] = []  # (chunk, crashes so far)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        for chunk in _chunks(articles, chunk_size):
            retry.append((chunk, 0))
            while retry or len(pending) >= limit:
                if retry and len(pending) < limit:
                    pool = _submit(pool, retry.pop(), pending, extractor, workers, context)
                else:
                    yield from _collect(pending, retry)
        while pending or retry:
            while retry:
                pool = _submit(pool, retry.pop(), pending, extractor, workers, context)
            yield from _collect(pending, retry)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool, task, pending: dict, extractor, workers: int, context):
    """Submit `task` (chunk, crashes); replace the pool if a dead worker broke it. Returns the pool."""
    try:
        pending[pool.submit(extract_chunk, task[0], extractor)] = task
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        pending[pool.submit(extract_chunk, task[0], extractor)] = task
    return pool


def _collect(pending: dict, retry: list) -> Iterator[Extracted]:
    done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
    for future in done:
        chunk, crashes = pending.pop(future)
        try:
            results = future.result()
        except BrokenProcessPool as exc:
            # A worker died (OOM, crash in native code) and took every in-flight chunk with it.
            # Retry the articles one by one, a bounded number of times, so that in the end only
            # the article that kills its worker is reported as an error.
            if crashes < MAX_CRASH_RETRIES:
                retry.extend(([article], crashes + 1) for article in chunk)
            else:
                yield from _failed(chunk, exc)
        except Exception as exc:  # e.g. an unpicklable result: report, never drop
            yield from _failed(chunk, exc)
        else:
            yield from _pair(chunk, results)


def _on_dask(articles, address: str, extractor, chunk_size: int) -> Iterator[Extracted]:
    from distributed import Client, as_completed  # optional dependency, only for --dask-scheduler

    with Client(address, set_as_default=False) as client:
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
