"""The ingest's input chunks: sizes, caps, a slow source, a failing source."""
from __future__ import annotations

import threading

import pytest

from extraction.store.chunks import chunks


def one_char(_item) -> int:
    return 1


@pytest.mark.parametrize("n, size, max_chars, sizes", [
    (0, 3, 100, []),
    (7, 3, 100, [3, 3, 1]),
    (7, 10, 2, [2, 2, 2, 1]),  # the characters close a chunk before its size does
    (6, 3, 100, [3, 3]),
])
def test_chunks_sizes_follow_the_caps(n, size, max_chars, sizes):
    got = list(chunks(range(n), size, max_chars, 5.0, one_char))
    assert [len(c) for c in got] == sizes
    assert [x for c in got for x in c] == list(range(n))  # every item, in order


def test_chunks_hand_on_what_came_before_a_slow_source_pauses():
    resume = threading.Event()

    def source():
        yield from (1, 2, 3)
        resume.wait(10)  # a gated pipe: nothing more until it opens
        yield 4

    got = chunks(source(), 1000, 10**9, 0.05, one_char)
    assert next(got) == [1, 2, 3]  # not held back until the chunk is full
    resume.set()
    assert list(got) == [[4]]


def test_chunks_raise_the_source_error_after_its_items():
    def source():
        yield from ("a", "b")
        raise OSError("disk gone")

    got = chunks(source(), 10, 10**9, 5.0, one_char)
    assert next(got) == ["a", "b"]
    with pytest.raises(OSError, match="disk gone"):
        next(got)


def test_chunks_let_the_reading_thread_end_when_the_consumer_stops():
    got = chunks(iter(range(10**6)), 2, 10**9, 5.0, one_char)
    assert next(got) == [0, 1]
    got.close()
    for thread in threading.enumerate():
        if thread.name == "input-pull":
            thread.join(timeout=5)
            assert not thread.is_alive()
