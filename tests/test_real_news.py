"""The real-news gold corpus: well formed and as large as issue 9 asks, and the extractor's
floors on its `tune` split (scored only where the texts have been re-created: they are
third-party writing and not in the repository)."""
import functools

import pytest
from real_news import CORPUS, GOLD, REGIONS, counts, problems, records

from extraction.evaluate import evaluate_file
from extraction.pipeline.run import extract

# Floors on the tune split, measured when last raised and rounded down (tests/test_evaluate.py's
# rule). The test split is scored twice only: at the start of issue 9 and at its end.
TUNE_FLOORS = {"overall": 0.69, "id": 0.69, "en": 0.68}
TUNE_PRECISION_FLOOR = 0.83
# Share of the tune split's negative articles that may produce an event: 0 of 24 now, the
# issue's target is 10%.
TUNE_NEGATIVE_SHARE_MAX = 0.10
# Issue 10's figures on the tune split, same rule: exact date on matches whose gold has a date
# (0.47 at its start, 0.854 in the sixth session, 0.848 in the seventh, 0.842 now: Mali's summons
# of the French ambassador, newly matched, has no day of its own; target 0.85) and the right source
# actor on matches whose gold names one (0.53 before actors were attached to every event, 0.939
# now; target 0.80). The date floor went down from 0.85 in the seventh session for one reason
# only: a threat newly matched (ECOWAS's "will take all necessary measures") carries the
# report's day, as the other events of its sentence already did; no matched event changed date.
TUNE_DATE_FLOOR = 0.84
TUNE_ACTOR_FLOOR = 0.93
# The blind samples tuned on since their one blind score (README of the corpus: fresh 0.426,
# fresh2 0.582, fresh3 0.460, fresh4 0.553, fresh5 0.508, fresh6 0.497, fresh7 0.549, fresh8
# 0.539, fresh9 0.505, fresh10 0.504), same rule: F1 0.711, 0.712, 0.681, 0.672, 0.578, 0.602,
# 0.615, 0.583, 0.566 and 0.504 (not tuned on yet) at the ninth session's end.
TUNED_SAMPLE_FLOORS = {"fresh": 0.71, "fresh2": 0.71, "fresh3": 0.67, "fresh4": 0.67,
                       "fresh5": 0.57, "fresh6": 0.59, "fresh7": 0.60, "fresh8": 0.57,
                       "fresh9": 0.55, "fresh10": 0.49}


@functools.cache
def _records():
    return tuple(records())


def test_real_news_records_are_well_formed():
    bad = {r["id"]: p for r in _records() if (p := problems(r))}
    assert not bad, bad


def test_real_news_ids_and_urls_are_unique():
    recs = _records()
    assert len({r["id"] for r in recs}) == len(recs)
    assert len({r["url"] for r in recs}) == len(recs)


def test_real_news_corpus_is_as_large_as_the_issue_asks():
    c = counts(list(_records()))
    assert sum(c["lang"].values()) >= 160 and c["lang"]["id"] >= 80 and c["lang"]["en"] >= 80
    assert len(c["outlet"]) >= 50
    assert sum(c["negative"].values()) >= 25
    assert all(c["region"][r] > 0 for r in REGIONS), c["region"]
    assert c["split"]["test id"] + c["split"]["test en"] >= 50
    small = {k: v for k, v in c["class"].items() if v < 5}
    assert len(c["class"]) == 17 and not small, small


def test_real_news_gold_holds_no_article_text():
    assert not list(CORPUS.glob("*.txt")), "texts belong in the git-ignored texts/ folder"


@functools.cache
def _tune_report():
    return evaluate_file(GOLD, extract, split="tune")


def test_real_news_tune_floors():
    report = _tune_report()
    if report.missing:
        pytest.skip(f"{len(report.missing)} corpus texts are not re-created here "
                    "(tests/data/real_news/README.md says how)")
    assert report.f1 >= TUNE_FLOORS["overall"]
    for lang in ("id", "en"):
        assert report.prf(report.by_lang[lang])[2] >= TUNE_FLOORS[lang], lang
    assert report.prf(report.total)[0] >= TUNE_PRECISION_FLOOR
    assert report.negatives_with_events <= TUNE_NEGATIVE_SHARE_MAX * report.negatives


def test_real_news_tune_date_and_actor_floors():
    report = _tune_report()
    if report.missing:
        pytest.skip(f"{len(report.missing)} corpus texts are not re-created here")
    assert report.share("date") >= TUNE_DATE_FLOOR
    assert report.share("actor") >= TUNE_ACTOR_FLOOR


@pytest.mark.parametrize("split", sorted(TUNED_SAMPLE_FLOORS))
def test_real_news_tuned_sample_floors(split):
    report = evaluate_file(GOLD, extract, split=split)
    if report.missing:
        pytest.skip(f"{len(report.missing)} corpus texts are not re-created here")
    assert report.f1 >= TUNED_SAMPLE_FLOORS[split]
