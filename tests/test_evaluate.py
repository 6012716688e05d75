"""The evaluation gate: extraction quality on the gold sets may not drop below these floors.

Floors are the figures measured when they were last raised, rounded down to two decimals
(trafilatura's eval-gate practice). Raise them when the extractor improves; never lower them
to let a change through. The issue's targets are noted beside each floor.
"""
from pathlib import Path

import pytest

from extraction.evaluate import Dyad, evaluate_file, matches, party, same_person, within
from extraction.pipeline.run import extract

EVAL = Path(__file__).parent / "data" / "eval"
# file -> (overall F1 floor, {language: F1 floor}); targets: dev 0.80 overall / 0.75 per
# language, PLOVER 0.60, PETR-2 0.60. PLOVER and PETR-2 are scored with domestic events, which
# their rules code (extract(..., domestic=True)); the project's own gold leaves them out.
FLOORS = {
    "seed_gold.jsonl": (1.0, {}),
    "dev_articles.jsonl": (0.95, {"id": 0.98, "en": 0.92}),
    "PLOVER_GSR_CAMEO.txt": (0.63, {}),
    "PETR2_GSR_validation.xml": (0.63, {}),
}
DEV_DATE_FLOOR = 0.93  # target 0.85: share of matched events with the exact gold date
# Share of matched events whose gold names an actor that name that person (0.90 measured).
DEV_ACTOR_FLOOR = 0.90
PETR_NEGATIVES_MAX = 1  # the target is at most 2 of its 12 no-event sentences


@pytest.fixture(scope="module")
def reports():
    return {name: evaluate_file(EVAL / name, extract) for name in FLOORS}


@pytest.mark.parametrize("name", FLOORS)
def test_evaluate_overall_f1_floor(reports, name):
    assert reports[name].f1 >= FLOORS[name][0]


@pytest.mark.parametrize("name, lang", [(n, l) for n, (_, langs) in FLOORS.items() for l in langs])
def test_evaluate_language_f1_floor(reports, name, lang):
    assert reports[name].prf(reports[name].by_lang[lang])[2] >= FLOORS[name][1][lang]


def test_evaluate_dev_exact_date_floor(reports):
    assert reports["dev_articles.jsonl"].share("date") >= DEV_DATE_FLOOR


def test_evaluate_dev_actor_floor(reports):
    assert reports["dev_articles.jsonl"].share("actor") >= DEV_ACTOR_FLOOR


def test_evaluate_petr_negatives_stay_quiet(reports):
    assert reports["PETR2_GSR_validation.xml"].negatives_with_events <= PETR_NEGATIVES_MAX


@pytest.mark.parametrize("raw, expected", [("JAP", "JPN"), ("ITL", "ITA"), ("USAGOV", "USA"),
                                           ("---", "*"), ("IGOUNO", "ORG*"), ("NATO", "NATO")])
def test_evaluate_party_codes_normalise(raw, expected):
    assert party(raw) == expected


def test_evaluate_symmetric_classes_match_either_way():
    assert matches(Dyad("meet", "USA", "KOR"), Dyad("meet", "KOR", "USA"))
    assert not matches(Dyad("condemn", "USA", "KOR"), Dyad("condemn", "KOR", "USA"))


def test_evaluate_org_wildcard_matches_any_organisation():
    assert matches(Dyad("agree", "ORG*", "UKR"), Dyad("agree", "EU", "UKR"))
    assert not matches(Dyad("agree", "ORG*", "UKR"), Dyad("agree", "USA", "UKR"))


def _corpus_record(ident, text=None, **extra):
    import hashlib
    rec = {"id": ident, "lang": "en", "published": "2025-02-04", "split": "tune",
           "events": [{"cameo": "111", "source": "FRA", "target": "IRN"}], **extra}
    if text is not None:
        rec["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return rec


def test_evaluate_corpus_texts_are_read_beside_the_gold_and_missing_ones_named(tmp_path):
    import json
    text = "France condemned Iran on Monday over the detention of two of its citizens."
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "texts" / "a3.txt").write_text(text + " Edited.", encoding="utf-8")
    records = [_corpus_record("a1", text), _corpus_record("a2", text), _corpus_record("a3", text),
               _corpus_record("a4", split="test")]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    report = evaluate_file(tmp_path / "gold.jsonl", lambda article, domestic: [], split="tune")
    assert report.total["fn"] == 1  # only a1 is scored: a2 has no text, a3 another text
    assert [m.split(":")[0] for m in report.missing] == ["a2", "a3", "a4"]  # a4: no text either
    assert "sha256" in report.missing[1]


@pytest.mark.parametrize("gold, predicted, same", [
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
    ("Nicolas Maduro", "Nicolás Maduro", True),
    ("Retno Marsudi", "Wang Yi", False),
    ("Abbas Araqchi", "Abbas Araghchi", True),
    ("Kim Jong-un", "Kim Jong-nam", False),
])
def test_evaluate_actor_names_compared_through_aliases(gold, predicted, same):
    g = Dyad("condemn", "X", "Y", source_actor=gold)
    p = Dyad("condemn", "X", "Y", source_actor=predicted)
    assert same_person(g, p) is same


@pytest.mark.parametrize("precision, predicted, ok", [
    ("day", "2024-05-07", True), ("day", "2024-05-08", False),
    ("month", "2024-05-01", True), ("week", "2024-05-10", True), ("week", "2024-05-20", False),
])
def test_evaluate_date_within_its_stated_precision(precision, predicted, ok):
    assert within(Dyad("condemn", "X", "Y", date=predicted, precision=precision), "2024-05-07") is ok
