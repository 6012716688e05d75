"""Indonesian and English say the same thing: the extractor must find the same events in both.

`tests/data/consistency/pairs.jsonl` holds sentence pairs written for the project (an English
passage and its Indonesian translation, modelled on wire-news phrasing), each with the events
a careful annotator codes. Both sides are extracted; their (class, source, target) sets must
agree on most pairs, and both must come near the expected events.
"""
import functools
import json
from pathlib import Path

from extraction.evaluate import (Dyad, GoldArticle, Report, event_class, party, predicted_dyads,
                                 score_article)
from extraction.model import Article
from extraction.pipeline.run import extract

PAIRS_FILE = Path(__file__).parent / "data" / "consistency" / "pairs.jsonl"
# The acceptance: at least 150 pairs, at least 90% of them agreeing.
MIN_PAIRS = 150
AGREEMENT_FLOOR = 0.90
# F1 of each side against the pairs' expected events: measured when last raised, rounded
# down (the same gate rule as tests/test_evaluate.py).
EXPECTED_F1_FLOOR = {"en": 0.93, "id": 0.93}


@functools.cache
def _pairs() -> tuple[dict, ...]:
    lines = PAIRS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def _key(d: Dyad) -> tuple:
    pair = (d.src, d.tgt)
    symmetric = d.cls in ("phone_call", "meet", "agree", "military_cooperation")
    return (d.cls, *(sorted(map(str, pair)) if symmetric else pair))


@functools.cache
def _found(pair_id: str, lang: str) -> frozenset:
    pair = next(p for p in _pairs() if p["pair"] == pair_id)
    events = extract(Article(pair[lang], pair_id, published=pair.get("published"), lang=lang))
    return frozenset(_key(d) for d in predicted_dyads(events))


def _expected(pair: dict) -> list[Dyad]:
    return [Dyad(cls, party(e.get("source")), party(e.get("target")), e.get("cameo"), e.get("date"))
            for e in pair["events"] if (cls := event_class(e.get("cameo")))]


def test_consistency_set_is_large_and_well_formed():
    pairs = _pairs()
    assert len(pairs) >= MIN_PAIRS
    assert len({p["pair"] for p in pairs}) == len(pairs)
    assert all(p["en"].strip() and p["id"].strip() for p in pairs)


def test_consistency_both_languages_find_the_same_events():
    differ = [f'{p["pair"]} ({p["family"]}): en {sorted(_found(p["pair"], "en"))} '
              f'id {sorted(_found(p["pair"], "id"))}'
              for p in _pairs() if _found(p["pair"], "en") != _found(p["pair"], "id")]
    agreement = 1 - len(differ) / len(_pairs())
    assert agreement >= AGREEMENT_FLOOR, f"{agreement:.2f} agree; differing pairs:\n" + "\n".join(differ)


def test_consistency_each_language_finds_the_expected_events():
    for lang, floor in EXPECTED_F1_FLOOR.items():
        report = Report(lang)
        for p in _pairs():
            gold = GoldArticle(p["pair"], p[lang], lang, p.get("published"), _expected(p),
                               negative=not p["events"])
            events = extract(Article(p[lang], p["pair"], published=p.get("published"), lang=lang))
            score_article(report, gold, predicted_dyads(events))
        assert report.f1 >= floor, f"{lang}: F1 {report.f1:.3f} below {floor}"
