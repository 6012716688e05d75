"""The real-news gold corpus (tests/data/real_news/): its records, their checks and its counts.

`python tests/real_news.py` prints the count tables that tests/data/real_news/README.md shows.
"""
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from extraction.evaluate import GoldArticle, Report, event_class, record_dyads  # noqa: E402
from extraction.evaluate import score_article  # noqa: E402
from extraction.pipeline.codes import ORGANISATIONS  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "real_news"
GOLD = CORPUS / "gold.jsonl"
SECOND = CORPUS / "second.jsonl"
FIELDS = ("id", "lang", "published", "source", "url", "query", "chars", "sha256", "split",
          "region", "negative", "events", "countries", "notes")
REGIONS = ("southeast_east_asia", "south_asia", "middle_east", "russia_ukraine_europe", "africa",
           "americas", "none")
EVENT_FIELDS = ("cameo", "source", "target", "date", "actor", "trigger")
# XKX: Kosovo, the one user-assigned code the lexicons allow.
EXTRA_CODES = {"XKX"}


# "fresh": articles annotated after the split, scored once before any tuning on them (README:
# Split).
SPLITS = ("tune", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10")
# The seed of the one split made, before any tuning on the corpus (README: Split).
SPLIT_SEED = 20261203
TEST_SHARE = 1 / 3


def assign_split(recs: list[dict], seed: int = SPLIT_SEED) -> dict[str, str]:
    """id -> "tune" | "test": per language, the ids in sorted order shuffled with `seed`, the
    first third (rounded up) to test. Stratified by language, as issue 9 asks."""
    out = {}
    for lang in sorted({r["lang"] for r in recs}):
        ids = sorted(r["id"] for r in recs if r["lang"] == lang)
        random.Random(f"{seed}-{lang}").shuffle(ids)
        cut = math.ceil(len(ids) * TEST_SHARE)
        out.update({i: ("test" if n < cut else "tune") for n, i in enumerate(ids)})
    return out


def records(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def party_ok(code) -> bool:
    return code in ORGANISATIONS or code in EXTRA_CODES or \
        (isinstance(code, str) and pycountry.countries.get(alpha_3=code) is not None)


def problems(rec: dict) -> list[str]:
    """What is wrong with one record, in words; empty when it is well formed."""
    out = [f"missing field {f}" for f in FIELDS if f not in rec]
    if "text" in rec or "title" in rec:
        out.append("third-party text (text/title) must not be in the record")
    if rec.get("region") not in REGIONS:
        out.append(f"unknown region {rec.get('region')!r}")
    if rec.get("split") not in SPLITS:
        out.append(f"split must be one of {SPLITS}, not {rec.get('split')!r}")
    events = rec.get("events", [])
    if rec.get("negative") and events:
        out.append("a negative article has events")
    for e in events:
        out += [f"event field {f} missing" for f in EVENT_FIELDS if f not in e]
        if event_class(e.get("cameo")) is None:
            out.append(f"cameo {e.get('cameo')!r} scores under no class")
        if not party_ok(e.get("source")) or not (e.get("target") is None or party_ok(e.get("target"))):
            out.append(f"unknown party in {e.get('source')}->{e.get('target')}")
        if e.get("source") == e.get("target"):
            out.append(f"domestic dyad {e.get('source')}->{e.get('target')} (convention C8)")
        if e.get("target") is None and event_class(e.get("cameo")) != "mobilize":
            out.append(f"only mobilize events may lack a target (C10): {e.get('cameo')}")
    parties = sorted({p for e in events for p in (e.get("source"), e.get("target")) if p})
    if rec.get("countries") != parties:
        out.append(f"countries {rec.get('countries')} should be {parties}")
    return out


def outlet(url: str) -> str:
    """The outlet a page belongs to: its registered domain ("news.detik.com" -> "detik.com",
    "internasional.republika.co.id" -> "republika.co.id")."""
    parts = urlparse(url).netloc.lower().split(":")[0].split(".")
    second_level = ("co", "com", "net", "org", "go", "or", "ac")
    keep = 3 if len(parts) >= 3 and parts[-2] in second_level and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def counts(recs: list[dict]) -> dict[str, Counter]:
    """Articles by language, region, split and outlet; gold events by class and language."""
    c = {k: Counter() for k in ("lang", "region", "split", "outlet", "class", "class_lang",
                                "negative")}
    for r in recs:
        c["lang"][r["lang"]] += 1
        c["region"][r["region"]] += 1
        c["split"][f"{r['split']} {r['lang']}"] += 1
        c["outlet"][outlet(r["url"])] += 1
        c["negative"][r["lang"]] += bool(r["negative"])
        for e in r["events"]:
            cls = event_class(e["cameo"])
            c["class"][cls] += 1
            c["class_lang"][f"{cls} {r['lang']}"] += 1
    return c


def markdown(recs: list[dict]) -> str:
    c = counts(recs)
    lines = [f"{len(recs)} articles ({c['lang']['id']} Indonesian, {c['lang']['en']} English) from "
             f"{len(c['outlet'])} outlets; {sum(c['class'].values())} gold events; "
             f"{sum(c['negative'].values())} negative articles ({c['negative']['id']} id, "
             f"{c['negative']['en']} en).", "",
             "| split | id | en |", "| --- | --- | --- |"]
    lines += [f"| {s} | {c['split'][f'{s} id']} | {c['split'][f'{s} en']} |" for s in SPLITS]
    lines += ["", "| region | articles |", "| --- | --- |"]
    lines += [f"| {r} | {c['region'][r]} |" for r in REGIONS]
    lines += ["", "| class | gold events | id | en |", "| --- | --- | --- | --- |"]
    lines += [f"| {k} | {v} | {c['class_lang'][f'{k} id']} | {c['class_lang'][f'{k} en']} |"
              for k, v in sorted(c["class"].items())]
    lines += ["", "Outlets (by the page's domain; articles): " +
              ", ".join(f"{k} ({v})" for k, v in sorted(c["outlet"].items()))]
    return "\n".join(lines)


def agreement(first: list[dict], second: list[dict]) -> Report:
    """The second annotation scored against the first, as predictions against gold: F1 is
    symmetric in the two, so it is the agreement between annotators."""
    by_id = {r["id"]: r for r in first}
    report = Report("agreement")
    for r in second:
        gold = by_id[r["id"]]
        article = GoldArticle(gold["id"], "", gold["lang"], gold["published"], record_dyads(gold),
                              negative=bool(gold["negative"]))
        score_article(report, article, record_dyads(r))
    return report


if __name__ == "__main__":
    if sys.argv[1:] == ["agreement"]:
        rep = agreement(records(), records(SECOND))
        p, r, f = rep.prf(rep.total)
        print(f"agreement on {len({x['id'] for x in records(SECOND)})} articles: F1 {f:.3f} "
              f"(P {p:.3f}, R {r:.3f}); {dict(rep.total)}")
        for lang, c in sorted(rep.by_lang.items()):
            print(f"  {lang}: F1 {rep.prf(c)[2]:.3f}")
        for cls, c in sorted(rep.by_class.items()):
            print(f"  {cls}: F1 {rep.prf(c)[2]:.2f} (first {c['tp'] + c['fn']}, second {c['tp'] + c['fp']})")
    else:
        print(markdown(records()))
