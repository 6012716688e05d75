"""Inputs in chunks for one store lookup each, without holding back a slow input source.

An ingest asks the store which of a chunk's documents it holds with one query. A source that
stops for a while (a gated pipe, a crawler's stream) must not keep the inputs already read
waiting for the chunk to fill: a thread pulls the inputs, and a chunk is handed on as soon as
the source has been silent for `wait_s`.
"""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator


# Inputs read ahead of the chunk being filled. Only a few: the queue is there to notice a silent
# source, and its items are held in memory besides the chunk (an input may be a 1M-character
# text, so 1,000 queued inputs could be a gigabyte).
READ_AHEAD = 16


@dataclass(frozen=True)
class _Failed:
    error: BaseException


_END = object()


def chunks(items: Iterable, size: int, max_chars: int, wait_s: float,
           chars: Callable[[object], int]) -> Iterator[list]:
    """`items` in lists of at most `size` (fewer once `chars` of them reach `max_chars`, or
    once no item came for `wait_s` seconds). An exception of the source is raised here, after
    the items it gave before it."""
    pulled: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()
    threading.Thread(target=_pull, args=(items, pulled, stop), name="input-pull", daemon=True).start()
    chunk, total = [], 0
    try:
        while True:
            try:
                item = pulled.get(timeout=wait_s if chunk else None)
            except queue.Empty:  # the source is slow: hand on what has come
                yield chunk
                chunk, total = [], 0
                continue
            if item is _END or isinstance(item, _Failed):
                if chunk:
                    yield chunk
                if isinstance(item, _Failed):
                    raise item.error
                return
            chunk.append(item)
            total += chars(item)
            if len(chunk) >= size or total >= max_chars:
                yield chunk
                chunk, total = [], 0
    finally:
        stop.set()  # the consumer stopped early: let the thread end at its next item


def _pull(items: Iterable, pulled: queue.Queue, stop: threading.Event) -> None:
    try:
        for item in items:
            if not _put(pulled, item, stop):
                return
        _put(pulled, _END, stop)
    except BaseException as exc:  # raised again in the consumer's thread
        _put(pulled, _Failed(exc), stop)


def _put(pulled: queue.Queue, item: object, stop: threading.Event) -> bool:
    """Queue `item` unless the consumer has stopped (then False)."""
    while not stop.is_set():
        try:
            pulled.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False
