"""Turn ingest inputs into store rows: document ids, document rows, event rows.

Ids are content hashes so that re-ingesting the same input maps onto the same row (idempotence)
however the file is named or wherever it sits.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..model import EVENT_COLUMNS, EVIDENCE_COLUMNS, Article, Event
from ..readers import clean_text

# Field separator inside hashed strings: a control character no reader leaves in text, so
# ("ab", "c") and ("a", "bc") never hash alike.
_SEP = "\x1f"


def _sha256(*parts: object) -> str:
    joined = _SEP.join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()


def article_doc_id(article: Article) -> str:
    """Document id of an article: sha256 of its text, publication date and outlet."""
    return _sha256(article.text, article.published, article.source)


def error_doc_id(path: object, record: object, identity: object = None) -> str:
    """Document id of an unreadable input, stable across runs so a re-ingest adds nothing.

    `identity` (the content hash or resolved path the reader found) stands for the path when
    given, so the same file reached by two paths is one document.
    """
    return _sha256("error", identity if identity else path, record)


def _storable(row: dict) -> dict:
    # Readers already replace NUL and lone surrogates; this keeps any other producer of
    # Articles (the API, a future reader) from failing a whole batch in Arrow on one character.
    return {k: clean_text(v) if isinstance(v, str) else v for k, v in row.items()}


def parse_date(value: object) -> dt.date | None:
    """ISO date, datetime or year-month string -> date; anything else -> None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 7:  # "2024-04": month precision, stored as its first day
            return dt.date.fromisoformat(text + "-01")
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def document_row(
    doc_id: str, article: Article | None, *, path: str | None, status: str, reason: str | None,
    version: str, events: list[Event], now: dt.datetime,
) -> dict:
    """One `documents` row. `article` is None for inputs that could not be read."""
    language = None
    if article is not None:
        language = article.lang or (events[0].language if events else None)
    return _storable({
        "doc_id": doc_id,
        "article_id": article.id if article else None,
        "path": path,
        "title": article.title if article else None,
        "url": article.url if article else None,
        "source": article.source if article else None,
        "published": parse_date(article.published) if article else None,
        "language": language,
        "status": status,
        "reason": reason,
        "extractor_version": version,
        "ingested_at": now,
        "n_events": len(events),
        "text": article.text if article else None,
    })


def event_rows(doc_id: str, events: list[Event]) -> list[dict]:
    """`events` rows of one document; ids are `<doc_id>:<index in extraction order>`."""
    rows = []
    for index, event in enumerate(events):
        row = {"event_id": f"{doc_id}:{index}", "doc_id": doc_id}
        for name in EVENT_COLUMNS + EVIDENCE_COLUMNS:
            row[name] = getattr(event, name)
        row["event_date"] = parse_date(event.event_date)
        row["trigger_spans"] = json.dumps([list(span) for span in event.trigger_spans])
        rows.append(_storable(row))
    return rows


def article_from_row(row: dict) -> Article:
    """Rebuild the stored article of a document row (for `--reprocess`)."""
    published = row.get("published")
    return Article(
        text=row["text"], id=row.get("article_id") or "", title=row.get("title"),
        url=row.get("url"), source=row.get("source"),
        published=published.isoformat() if published else None, lang=row.get("language"),
    )
