"""The clustering rule's array pass (extraction/store/anchors.py) on small hand-made segments.
test_store.py checks that a store's incremental recluster equals a full one; these pin the
pieces it is made of."""
import numpy as np
import pytest

from extraction.store.anchors import NO_ROW, Segments, anchor_pass, restart_rows, settled

NEVER = 10 ** 9  # a last changed day no mention lies after: the pass never meets old clusters
WINDOW = 1


def segments(*days_per_segment, old=None) -> Segments:
    """Segments of the given day lists, rows numbered (event_no) from 0 in order; `old`: each
    row's cluster_no before (None for a new mention)."""
    sizes = [len(days) for days in days_per_segment]
    end = np.cumsum(sizes)
    day = np.array([d for days in days_per_segment for d in days], np.int64)
    old = [NO_ROW if o is None else o for o in (old or [None] * len(day))]
    return Segments(day=day, event_no=np.arange(len(day)), old=np.array(old, np.int64),
                    start=end - sizes, end=end)


@pytest.mark.parametrize("days, anchors", [
    # Anchored on the first date, not chained: a daily series makes a cluster every other day.
    ([[1, 2, 3, 4, 5]], [0, 0, 2, 2, 4]),
    ([[1, 1, 3, 9]], [0, 0, 2, 3]),
    # A group's segments never share a cluster, whatever their days.
    ([[1, 2], [2, 3], [3]], [0, 0, 2, 2, 4]),
    # An empty segment (all its mentions deleted) is no trouble.
    ([[], [5, 6]], [0, 0]),
])
def test_anchors_pass_anchors_each_segment_on_its_first_date(days, anchors):
    seg = segments(*days)
    done = anchor_pass(seg, seg.start, np.full(len(days), NEVER), WINDOW)
    assert done.anchor.tolist() == anchors
    assert not done.met.any()


def test_anchors_pass_starts_where_asked():
    seg = segments([1, 2, 3, 4])
    done = anchor_pass(seg, np.array([1]), np.array([NEVER]), WINDOW)
    assert done.anchor.tolist() == [NO_ROW, 1, 1, 3]
    assert done.last_anchor.tolist() == [3]


def test_anchors_pass_stops_where_it_meets_the_old_clusters():
    # Old clusters [2 3] [5]; a new mention on day 1 makes [1 2] [3] and then [5] opens a
    # cluster in both passes: from there on nothing changes, so the pass ends before it.
    seg = segments([1, 2, 3, 5], old=[None, 1, 1, 3])
    done = anchor_pass(seg, seg.start, np.array([1]), WINDOW)
    assert done.anchor.tolist() == [0, 0, 2, NO_ROW]
    assert done.met.tolist() == [True]
    assert done.last_anchor.tolist() == [2]


@pytest.mark.parametrize("first_changed, restart", [
    (5, 2),   # the cluster [4 5] began a day before: its anchor can take the change
    (3, 2),   # [1 2] began two days before: it cannot, so the pass restarts at the change
    (2, 0),   # [1 2] began a day before
    (0, 0),   # nothing before the change
])
def test_anchors_restart_at_an_anchor_that_can_take_the_change(first_changed, restart):
    seg = segments([1, 2, 4, 5], old=[0, 0, 2, 2])
    assert restart_rows(seg, np.array([first_changed]), WINDOW).tolist() == [restart]


@pytest.mark.parametrize("last_anchor, read_to, expected", [
    # Old clusters [1 2] [4 5]: the old pass's last anchor is day 4.
    (NO_ROW, 8, True),
    (2, 8, True),
    (2, 4, False),  # the new pass's last anchor (day 4) could still take a mention of day 5
    (3, 5, False),
    (0, 4, False),  # the new pass is done, but the old one's anchor of day 4 could take day 5
    (0, 5, True),
])
def test_anchors_settled_when_both_passes_open_the_next_cluster(last_anchor, read_to, expected):
    seg = segments([1, 2, 4, 5], old=[0, 0, 2, 2])
    found = settled(seg, np.array([last_anchor]), np.array([read_to]), WINDOW)
    assert found.tolist() == [expected]
