"""Plain data that flows through the extractor: articles in, events out."""
from __future__ import annotations

from dataclasses import dataclass, field

# Column order of every event table the project writes (CLI output, exports). Other tools read
# these names, so they only ever grow at the end.
EVENT_COLUMNS = (
    "article_id", "event_date", "date_precision", "event_type", "cameo_code", "plover_type",
    "plover_mode", "quad_class", "goldstein", "source_country", "source_actor", "target_country",
    "target_actor", "location", "language", "trigger", "sentence", "confidence", "url",
    "date_basis", "source_actor_inferred", "target_actor_inferred",
)
# Evidence kept beside the fixed columns (store, dashboard drill-down, `--evidence` output).
EVIDENCE_COLUMNS = (
    "source_role", "target_role", "trigger_spans", "sentence_start", "sentence_end",
)


@dataclass(frozen=True)
class Article:
    """One input document. Only `text` is required; `published` is an ISO date or None."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    lang: str | None = None
    # Where the reader found it ("feed.jsonl [line 3]"), for the store's documents table. Not
    # part of the article's identity: the same text from two files is one document.
    path: str | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Event:
    """One coded dyad: who did what to whom, when, and the words that say so."""

    article_id: str
    event_date: str | None
    date_precision: str  # "day", "month" or "unknown"
    event_type: str  # coarse class, e.g. "condemn"
    cameo_code: str
    plover_type: str
    plover_mode: str
    quad_class: int
    goldstein: float
    source_country: str | None
    source_actor: str | None
    target_country: str | None
    target_actor: str | None
    location: str | None
    language: str
    trigger: str
    sentence: str
    confidence: float
    url: str | None = None
    source_role: str | None = None
    target_role: str | None = None
    trigger_spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    sentence_start: int = 0
    sentence_end: int = 0
    # Where the date comes from: "stated" in the sentence, "story" (the story's anchor),
    # "published" (the report's day) or "" when undated.
    date_basis: str = ""
    # True when the actor is not named in the event's sentence: the holder of the office the
    # sentence names on the event's date, or the person the story names for that state.
    source_actor_inferred: bool = False
    target_actor_inferred: bool = False

    def row(self, evidence: bool = False) -> dict:
        """The event as a flat dict in column order (evidence columns optional)."""
        cols = EVENT_COLUMNS + (EVIDENCE_COLUMNS if evidence else ())
        out = {c: getattr(self, c) for c in cols}
        if evidence:
            out["trigger_spans"] = [list(s) for s in self.trigger_spans]
        return out
