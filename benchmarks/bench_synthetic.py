"""Synthetic articles and a deterministic extractor for timing the real ingest path.

Each article's id seeds its events, so a run is repeatable; the extractor costs almost nothing,
so what is timed is the store's side of an ingest (batching, commits, word index, clusters).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

from extraction.model import Article, Event
from extraction.pipeline.codes import load_codes
from synthetic_store import COUNTRIES, DAYS, EVENTS_PER_DOC, FIRST_DAY, HEAD_WORDS, OUTLETS


def synthetic_extract(article: Article) -> list[Event]:
    """Deterministic events for a synthetic article (its id seeds everything)."""
    rng = random.Random(article.id)
    codes = load_codes()
    types = codes.event_types()
    events = []
    for _ in range(EVENTS_PER_DOC):
        kind = rng.choice(types)
        code = codes.get(codes.default_code(kind))
        src, tgt = rng.sample(COUNTRIES, 2)
        trigger = kind.replace("_", " ")
        words = rng.choices(HEAD_WORDS, k=rng.randrange(8, 40))
        sentence = f"{src} officials {trigger} {tgt} over " + " ".join(words) + "."
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        start = max(article.text.find(sentence), 0)
        events.append(Event(
            article_id=article.id, event_date=day.isoformat(), date_precision="day",
            event_type=kind, cameo_code=code.code, plover_type=code.plover_type,
            plover_mode=code.plover_mode, quad_class=code.quad_class, goldstein=code.goldstein,
            source_country=src, source_actor=f"Minister {rng.randrange(1500)}", target_country=tgt,
            target_actor=f"Envoy {rng.randrange(1500)}", location=None, language=article.lang,
            trigger=trigger, sentence=sentence, confidence=round(rng.random(), 3),
            url=article.url, trigger_spans=((start, start + 3),),
            sentence_start=start, sentence_end=start + len(sentence),
        ))
    return events


def news_extract(article: Article) -> list[Event]:
    """`synthetic_extract`, each event dated as news reports it: on its article's publication
    day or a few days before (the lags synthetic_store gives its events)."""
    rng = random.Random(f"{article.id} lag")
    published = dt.date.fromisoformat(article.published)
    return [dataclasses.replace(event, event_date=(published - dt.timedelta(days=_lag(rng))).isoformat())
            for event in synthetic_extract(article)]


def _lag(rng: random.Random) -> int:
    """Days between an event and its report: 60 % the same day, 30 % the next, else 2-7."""
    draw = rng.random()
    return 0 if draw < 0.6 else 1 if draw < 0.9 else rng.randrange(2, 8)


def synthetic_articles(n_docs: int, prefix: str = "doc", first_day: dt.date = FIRST_DAY,
                       days: int = DAYS):
    """`n_docs` articles published over `days` days from `first_day`, in turn."""
    for i in range(n_docs):
        rng = random.Random(f"{prefix}-{i}")
        outlet = OUTLETS[i % len(OUTLETS)]
        yield Article(
            text=f"Synthetic article {prefix} {i}. " + " ".join(rng.choices(HEAD_WORDS, k=40)),
            id=f"{prefix}-{i}", title=f"Story {i}", url=f"https://{outlet}/{prefix}/{i}",
            source=outlet, published=(first_day + dt.timedelta(days=i % days)).isoformat(),
            lang="id" if i % 3 else "en",
        )
