"""The clustering rule's anchor pass (clusters.py) as array code.

Mentions come as arrays in cluster order, cut into segments (runs of one group, or one mention
that stays alone). In a segment the first mention of the pass is an anchor, and the next anchor
is the first mention more than WINDOW_DAYS after the last one; every mention belongs to the last
anchor at or before it. The anchors are found for all segments at once, one anchor per segment
a step, so Python runs as many steps as the longest segment has clusters, not one per mention.
At the 10M benchmark store's backfill this replaced a per-mention Python loop and its rows as
dicts (~6 s of ~9 s of the recluster, docs/dashboard_at_scale.md "Round 15").
"""
from __future__ import annotations

import dataclasses
import functools

import numpy as np

# Days are shifted by this before being packed beside a segment number into one int64 sort key:
# day numbers (days since 1970, DuckDB INTEGER) then fit the key's low 32 bits.
_DAY_SHIFT = 1 << 31
_SEGMENT_BITS = 32
NO_ROW = -1


@dataclasses.dataclass
class Segments:
    """`day`, `event_no` (each mention once) and `old` (its cluster_no before, NO_ROW for none)
    in cluster order; segment i is rows start[i] up to end[i], in day order, and the segments
    follow each other without a gap."""
    day: np.ndarray
    event_no: np.ndarray
    old: np.ndarray
    start: np.ndarray
    end: np.ndarray

    @functools.cached_property
    def row_segment(self) -> np.ndarray:
        """The segment of each row."""
        return np.repeat(np.arange(len(self.start)), self.end - self.start)

    @functools.cached_property
    def day_keys(self) -> np.ndarray:
        """Each row's segment and day in one number, in the rows' order."""
        return (self.row_segment << _SEGMENT_BITS) | (self.day + _DAY_SHIFT)


@dataclasses.dataclass
class Pass:
    """What `anchor_pass` found: each row's anchor (row index, NO_ROW outside the pass), and per
    segment whether the pass met the old clusters and the last anchor it set (NO_ROW: none)."""
    anchor: np.ndarray
    met: np.ndarray
    last_anchor: np.ndarray


def anchor_pass(seg: Segments, first: np.ndarray, last_changed: np.ndarray,
                window_days: int) -> Pass:
    """The pass over each segment from row `first[i]` to its end. After day `last_changed[i]`
    the first mention that opens a cluster and was an anchor before is where the new clusters
    meet the old ones: the pass ends before it (its rows and those after keep their clusters).
    """
    keys = seg.day_keys
    following = np.minimum(np.searchsorted(keys, keys + window_days, side="right"),
                           seg.end[seg.row_segment])
    is_anchor = np.zeros(len(keys), bool)
    stop = seg.end.copy()
    met = np.zeros(len(seg.end), bool)
    last_anchor = np.full(len(seg.end), NO_ROW, np.int64)
    active = np.flatnonzero(first < seg.end)
    row = first[active]
    while len(active):
        meets = (seg.day[row] > last_changed[active]) & (seg.old[row] == seg.event_no[row])
        met[active[meets]], stop[active[meets]] = True, row[meets]
        active, row = active[~meets], row[~meets]
        is_anchor[row] = True
        last_anchor[active] = row
        row = following[row]
        goes_on = row < seg.end[active]
        active, row = active[goes_on], row[goes_on]
    return Pass(_anchor_of_rows(is_anchor, first, stop), met, last_anchor)


def _anchor_of_rows(is_anchor: np.ndarray, first: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """Each row's anchor: the last anchor at or before it, for rows from first[i] up to stop[i]
    (each such run opens with an anchor, so a running maximum never reaches into another)."""
    inside = np.zeros(len(is_anchor) + 1, np.int64)
    runs = first < stop
    np.add.at(inside, first[runs], 1)
    np.add.at(inside, stop[runs], -1)
    inside = np.cumsum(inside[:-1]) > 0
    latest = np.maximum.accumulate(np.where(is_anchor, np.arange(len(is_anchor)), NO_ROW))
    return np.where(inside, latest, NO_ROW)


def find_in_segment(seg: Segments, numbers: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """The row of event number numbers[i] if it lies in segment segments[i] (else NO_ROW)."""
    if not len(seg.day):
        return np.full(len(numbers), NO_ROW, np.int64)
    order = np.argsort(seg.event_no)
    row = order[np.minimum(np.searchsorted(seg.event_no[order], numbers), len(order) - 1)]
    found = (numbers != NO_ROW) & (seg.event_no[row] == numbers)
    found &= seg.row_segment[row] == segments
    return np.where(found, row, NO_ROW)


def _at(values: np.ndarray, rows: np.ndarray, missing: int) -> np.ndarray:
    """values[rows], with `missing` where a row is NO_ROW."""
    out = np.full(len(rows), missing, values.dtype)
    there = rows != NO_ROW
    out[there] = values[rows[there]]
    return out


def restart_rows(seg: Segments, first_changed: np.ndarray, window_days: int) -> np.ndarray:
    """Where each segment's pass restarts for changes from day first_changed[i] on.

    The pass over mentions before that day does not depend on what follows, so it restarts at
    the anchor of the last cluster that began before it when that anchor can still take a
    changed mention (it is at most `window_days` before the day), else at the day itself.
    """
    segments = np.arange(len(seg.start))
    at_day = np.searchsorted(seg.day_keys, (segments << _SEGMENT_BITS) | (first_changed + _DAY_SHIFT))
    last_before = np.where(at_day > seg.start, at_day - 1, NO_ROW)
    anchor = find_in_segment(seg, _at(seg.old, last_before, NO_ROW), segments)
    usable = (anchor != NO_ROW) & (anchor < at_day)
    usable &= _at(seg.day, anchor, 0) >= first_changed - window_days
    return np.where(usable, anchor, at_day)


def settled(seg: Segments, last_anchor: np.ndarray, read_to: np.ndarray,
            window_days: int) -> np.ndarray:
    """Per segment: past day read_to[i], does the next mention of its group open a cluster in
    the old pass and in the new one alike (both passes' last anchors are more than
    `window_days` before it), so that from there on they are the same? The old pass's last
    mention is the last old one of the segment, or a deleted one, whose anchor lies before its
    changed day, or one before the segment."""
    limit = read_to - window_days
    new_ok = (last_anchor == NO_ROW) | (_at(seg.day, last_anchor, 0) <= limit)
    has_old = np.flatnonzero(seg.old != NO_ROW)
    last_old = np.full(len(seg.start), NO_ROW, np.int64)
    np.maximum.at(last_old, seg.row_segment[has_old], has_old)
    anchor = find_in_segment(seg, _at(seg.old, last_old, NO_ROW), np.arange(len(seg.start)))
    old_ok = (anchor == NO_ROW) | (_at(seg.day, anchor, 0) <= limit)
    return new_ok & old_ok
