"""Where an event's evidence sits in its article: (text, kind) pieces to highlight.

No Streamlit here; `text.segments_markdown` turns the pieces into escaped markdown.
"""
from __future__ import annotations

import json

import pandas as pd


def segments(
    text: object, sentence: object, start: object, end: object, spans: object, trigger: object,
) -> list[tuple[str, str]]:
    """The article as (text, kind) pieces: kind "text", "sentence" or "trigger".

    Offsets come from the store (document offsets). If they do not match the stored text the
    sentence is located by search, and with no article the sentence is shown alone, so the
    evidence is always shown and never misplaced.
    """
    sentence = sentence if isinstance(sentence, str) else ""
    text = text if isinstance(text, str) and text else ""
    s, e = _sentence_bounds(text, sentence, start, end)
    if s is None:
        text, s, e = sentence, 0, len(sentence)
    # Stored spans are document offsets; shift them by however far the sentence really is
    # from where the store said it starts (zero when the offsets are right).
    shift = (_int(start) if _int(start) is not None else s) - s
    triggers = _trigger_bounds(text, s, e, spans, shift, trigger)
    pieces = [(text[:s], "text")]
    cursor = s
    for t_start, t_end in triggers:
        pieces += [(text[cursor:t_start], "sentence"), (text[t_start:t_end], "trigger")]
        cursor = t_end
    pieces += [(text[cursor:e], "sentence"), (text[e:], "text")]
    return [(piece, kind) for piece, kind in pieces if piece]


def _sentence_bounds(text: str, sentence: str, start: object, end: object) -> tuple[int | None, int]:
    if not text:
        return None, 0
    s, e = _int(start), _int(end)
    if s is not None and e is not None and 0 <= s < e <= len(text):
        if not sentence or text[s:e] == sentence:
            return s, e
    found = text.find(sentence) if sentence else -1
    if found >= 0:
        return found, found + len(sentence)
    return None, 0


def _trigger_bounds(
    text: str, s: int, e: int, spans: object, offset: int, trigger: object,
) -> list[tuple[int, int]]:
    bounds = []
    for span in _spans(spans):
        a, b = span[0] - offset, span[1] - offset
        if s <= a < b <= e:
            bounds.append((a, b))
    if not bounds and isinstance(trigger, str) and trigger.strip():
        found = text.lower().find(trigger.lower(), s, e)
        if found >= 0:
            bounds.append((found, found + len(trigger)))
    bounds.sort()
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _spans(value: object) -> list[tuple[int, int]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    out = []
    for item in value if isinstance(value, (list, tuple)) else []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            a, b = _int(item[0]), _int(item[1])
            if a is not None and b is not None:
                out.append((a, b))
    return out


def _int(value: object) -> int | None:
    try:
        if value is None or pd.isna(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None
