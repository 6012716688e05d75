"""Date expressions in a sentence, resolved against the publication date.

Reads only lexicon keys (month and weekday numbers, relative-day offsets, past/future words),
so it serves every language; day/month order comes from the lexicon's `date_order`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

# "(31/10)", "(14/7/2023)", "31/10/2024", "2024-06-21": fixed patterns, never built from input.
SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A year on its own ("in 2012", "pada 1975"): the 20th and 21st centuries, where news lives.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# How far an undated day/month may lie from the publication date. Chosen so that "(31/10)"
# published on 1 Nov resolves to the day before, a story written in early January about
# "Dec. 29" lands in the previous year, and a forecast "hingga Minggu (2/2)" stays ahead.
MAX_PAST_DAYS, MAX_FUTURE_DAYS = 300, 60
# Day shifts of offset phrases relative to an anchor date (see the lexicons' [dates.words]);
# a clause's offset ("two days after") carries its own shift ([dates.clause_offsets]).
OFFSETS = {"next_day": 1, "previous_day": -1}
OFFSET_KINDS = tuple("date_" + k for k in OFFSETS)
CLAUSE_OFFSET = "clause_offset"
# Function-word kinds that are date words, besides the lexicon's "date_*" classes.
# Words that date an event by one told before: the latest day written ("on the same day"),
# or the latest event's day ("at the same meeting").
SAME_KINDS = ("same_day", "same_occasion")
WORD_KINDS = frozenset({"month", "weekday", "reldate", *SAME_KINDS})


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    value: date | None
    precision: str  # "day", "month" or "unknown"
    kind: str  # "absolute", "relative", "vague", "same_day", CLAUSE_OFFSET or a key of OFFSETS
    shift: int = 0  # an offset's days from its anchor (next_day, previous_day, CLAUSE_OFFSET)


# Characters from "first" to "since": "first visit to Pyongyang since" has 21, "pertama kalinya
# bertemu langsung sejak" 25; 60 leaves room for a longer place name.
FIRST_SINCE_CHARS = 60
# Characters between a weekday and the word that ends a range begun at it ("from Tuesday to
# Thursday", "mulai Selasa hingga"): a space, or a comma and a space.
RANGE_GAP = 2
# Marker lists whose words end such a range: "until", "hingga" (deadline), "to" (target_mark),
# "and" (coordination), "through" (route).
RANGE_ENDS = ("deadline", "target_mark", "coordination", "route")


def find_dates(text: str, start: int, end: int, markers, published: date | None,
               date_order: str) -> list[DateExpr]:
    """Every date expression in text[start:end], resolved where the text allows."""
    words = [m for m in markers if start <= m.start < end
             and (m.kind in WORD_KINDS or m.kind.startswith("date_"))
             and not _reduplicated(text, m.start, m.end)]
    names = [m for m in markers if start <= m.start < end and m.kind == "named_by_day"]
    found = [d for d in _numeric(text, start, end, published, date_order)
             if not any(0 <= m.start - d.end <= 1 or 0 <= d.start - m.end <= 1 for m in names)]
    found += _worded(text, words, published, found)
    # ("kunjungan pertamanya ke Pyongyang sejak Juli 2000": the date of the last time before a
    # "first since" dates no event; "berlaku sejak 24 Juni" still dates a ceasefire's start)
    firsts = [m.end for m in words if m.kind == "date_first"]
    since = [m.end for m in words if m.kind == "date_since" and
             any(0 <= m.start - e <= FIRST_SINCE_CHARS for e in firsts)]
    found = [d for d in found if not any(0 <= d.start - e <= 1 for e in since)]
    found = [_starting_day(d, markers, published) for d in found]
    return sorted(found, key=lambda d: d.start)


def _starting_day(d: DateExpr, markers, published: date | None) -> DateExpr:
    """"will suspend flights to Qatar from Tuesday", "mulai Selasa": a bare weekday a measure
    starts on is the next such day, not the last; a range that goes on from it ("from Tuesday
    to Thursday") is told of days gone by."""
    if d.kind != "relative" or not d.value or not published or d.value >= published or \
            not any(m.kind == "weekday" and d.start <= m.start < d.end for m in markers):
        return d
    lead = any(m.kind == "takes_effect" and 0 <= d.start - m.end <= 1 for m in markers)
    ranged = any(m.kind in RANGE_ENDS and 0 <= m.start - d.end <= RANGE_GAP for m in markers)
    if not lead or ranged:
        return d
    return replace(d, value=d.value + timedelta(days=7))


def _reduplicated(text: str, start: int, end: int) -> bool:
    """The second half of a doubled word ("berminggu-minggu", weeks on end) is no day name."""
    if start < 2 or text[start - 1] != "-":
        return False
    word = text[start:end].lower()
    return text[max(0, start - 1 - len(word)):start - 1].lower() == word


def names_a_year(text: str, start: int, end: int, months=(), published: date | None = None,
                 determiners=()) -> bool:
    """Whether text[start:end] names a past year: a sentence about another time ("China seized
    the shoal in 2012") does not take the story's day. A year that is part of a name ("Pilpres
    2024", "Vision 2030") or of a span ("Rencana Aksi 2025-2029") dates nothing, nor does one
    after the publication's ("invited Putin to visit in 2026": a plan), nor one a determiner
    puts before a noun ("breaching a 1922 treaty": the treaty's year); `months` are the
    (start, end) spans of month names, which a year after them completes ("March 2012")."""
    return any(not _named_year(text, start, m, months)
               and not (published and int(m[0]) > published.year)
               and not _attributive(text, start, m, determiners)
               for m in YEAR.finditer(text, start, end))


def _attributive(text: str, start: int, year, determiners) -> bool:
    before = text[start:year.start()].split()[-1:]
    after = text[year.end():year.end() + 30].split()[:1]
    return bool(before and after) and before[0].lower() in determiners and after[0][:1].islower()


def _named_year(text: str, start: int, year, months) -> bool:
    if text.startswith("-", year.end()) and YEAR.match(text, year.end() + 1) or \
            text.startswith("-", year.start() - 1) and \
            text[year.start() - 2:year.start() - 1].isdigit():
        return True  # a span of years
    head = text[start:year.start()].rstrip()
    if not head[-1:].isalpha():
        return False  # the sentence's first word, or a comma or bracket before it
    word_start = start + len(head) - len(head.split()[-1])
    if word_start == start or any(a <= word_start < b for a, b in months):
        return False  # "In 2012, ...", "since March 2012"
    return text[word_start].isupper()


def _numeric(text, start, end, published, date_order) -> list[DateExpr]:
    out = []
    # Most sentences have neither pattern's separator: skip the regex scans there.
    isos = ISO.finditer(text, start, end) if text.find("-", start, end) >= 0 else ()
    slashed = SLASHED.finditer(text, start, end) if text.find("/", start, end) >= 0 else ()
    for m in isos:
        out.append(_day(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3])))
    for m in slashed:
        a, b = int(m[1]), int(m[2])
        day, month = (b, a) if date_order == "MDY" and a <= 12 else (a, b)
        value = _resolve_day(day, month, _full_year(m[3]), published)
        out.append(DateExpr(m.start(), m.end(), value, "day" if value else "unknown", "absolute"))
    return out


def _full_year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _day(start, end, y, m, d) -> DateExpr:
    value = _safe_date(y, m, d)
    return DateExpr(start, end, value, "day" if value else "unknown", "absolute")


def shift(day: date, days: int) -> date | None:
    """`day` moved by `days`, or None past the calendar's ends (year 1, year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _safe_date(y, m, d) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, TypeError):
        return None


def _resolve_day(day, month, year, published, weekday=None) -> date | None:
    if year:
        return _safe_date(year, month, day)
    if not published:
        return None
    candidates = [c for y in (published.year - 1, published.year, published.year + 1)
                  if (c := _safe_date(y, month, day))
                  and -MAX_FUTURE_DAYS <= (published - c).days <= MAX_PAST_DAYS]
    if weekday is not None:
        candidates = [c for c in candidates if c.weekday() == weekday] or candidates
    return min(candidates, key=lambda c: abs((published - c).days), default=None)


def _worded(text, words, published, numeric) -> list[DateExpr]:
    out, used = [], set()
    for i, m in enumerate(words):
        if i in used:
            continue
        expr, consumed = _read_expression(text, words, i, published, numeric)
        if expr:
            out.append(expr)
            used.update(consumed)
    return _drop_covered(out, numeric)


def _drop_covered(worded, numeric):
    # A weekday just before "(31/10)" was merged into the numeric date: keep one.
    merged = []
    for w in worded:
        hit = next((n for n in numeric if 0 <= n.start - w.end <= 3), None)
        if hit is None:
            merged.append(w)
    return merged


def _read_expression(text, words, i, published, numeric):
    m = words[i]
    if m.kind == "month":
        return _month_expression(text, m, published), {i}
    if m.kind == "weekday":
        return _weekday_expression(text, words, i, published, numeric)
    if m.kind == "reldate":
        value = shift(published, int(m.form or m.key)) if published else None
        return DateExpr(m.start, m.end, value, "day" if value else "unknown", "relative"), {i}
    if m.kind in ("date_vague",):
        return DateExpr(m.start, m.end, None, "unknown", "vague"), {i}
    if m.kind in OFFSET_KINDS:
        kind = m.kind[5:]
        return DateExpr(m.start, m.end, None, "unknown", kind, OFFSETS[kind]), {i}
    if m.kind == "date_" + CLAUSE_OFFSET:
        return DateExpr(m.start, m.end, None, "unknown", CLAUSE_OFFSET, int(m.form or m.key)), {i}
    if m.kind in SAME_KINDS:
        return DateExpr(m.start, m.end, None, "unknown", m.kind), {i}
    if m.kind == "date_days_ago":
        return _days_ago(text, m, published), {i}
    return None, {i}


def _month_expression(text, m, published) -> DateExpr:
    month = int(m.key)
    before = text[max(0, m.start - 6):m.start]
    after = text[m.end:m.end + 12]
    # "8-9 Desember", "8–9 December": a span of days is dated by its first day
    day_before = re.search(r"(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?\s*$", before)
    day_after = re.match(r"\.?\s*(\d{1,2})(?!\d)", after)
    year_m = re.match(r"\.?\s*(?:\d{1,2}\s*,?\s*)?(\d{4})\b", after)
    year = int(year_m[1]) if year_m else None
    start, end = m.start, m.end + (year_m.end() if year_m else 0)
    day = int(day_before[1]) if day_before else (int(day_after[1]) if day_after else None)
    if day_before:
        start = m.start - len(day_before[0])
    elif day_after:
        end = max(end, m.end + day_after.end())
    if day is None:
        value = _safe_date(year, month, 1) if year else None
        return DateExpr(start, end, value, "month" if value else "unknown", "absolute")
    value = _resolve_day(day, month, year, published)
    return DateExpr(start, end, value, "day" if value else "unknown", "absolute")


def _weekday_expression(text, words, i, published, numeric):
    m = words[i]
    weekday = int(m.key)
    consumed = {i}
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(words) and _adjacent(text, words[j], m)]
    direction = 0
    for j in near:
        step = {"date_past": -1, "date_future": 1}.get(words[j].kind)
        if step:
            direction = step
            consumed.add(j)
    # "Sabtu malam, 22 Juni 2019", "Saturday night (22/6)": a part of the day stands between
    after = i + 1
    if after < len(words) and words[after].kind == "date_day_part" and _adjacent(text, m, words[after]):
        consumed.add(after)
        after += 1
    tail = max(words[j].end for j in consumed if j >= i)
    nxt = next((n for n in numeric if 0 <= n.start - tail <= 3), None)
    if nxt is not None:
        return _weekday_with_number(text, m, nxt, published, weekday), consumed
    following = next((words[j] for j in (after,) if j < len(words) and words[j].kind == "month"
                      and words[j].start - tail <= 6), None)
    if following is not None:
        return None, consumed  # "Kamis, 24 Agustus 2023": the month expression carries it
    value = _weekday_date(weekday, published, direction)
    start = min([m.start] + [words[j].start for j in consumed])
    end = max([m.end] + [words[j].end for j in consumed])
    return DateExpr(start, end, value, "day" if value else "unknown", "relative"), consumed


def _weekday_with_number(text, m, numeric, published, weekday) -> DateExpr:
    raw = SLASHED.match(text, numeric.start)
    value = numeric.value
    if raw and not raw[3] and published:
        value = _resolve_day(int(raw[1]), int(raw[2]), None, published, weekday) or value
    return DateExpr(m.start, numeric.end, value, numeric.precision, "absolute")


def _adjacent(text, a, b) -> bool:
    gap = text[min(a.end, b.end):max(a.start, b.start)]
    return len(gap) <= 2 and not gap.strip(" ,")


def _weekday_date(weekday: int, published: date | None, direction: int) -> date | None:
    if not published:
        return None
    if direction > 0:
        return shift(published, (weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return shift(published, -back)


def _days_ago(text, m, published) -> DateExpr:
    before = re.search(r"(\d{1,3})\s*$", text[max(0, m.start - 5):m.start])
    if not (before and published):
        return DateExpr(m.start, m.end, None, "unknown", "vague")
    value = shift(published, -int(before[1]))
    return DateExpr(m.start - len(before[0]), m.end, value, "day" if value else "unknown",
                    "relative")
