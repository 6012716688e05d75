"""Scoring against gold events, as the evaluation guidelines define it.

Three gold formats: article JSONL (`events` per article), PLOVER's gold standard records (a
JSON array), and PETRARCH-2's validation XML. An article record without `text` (the real-news
corpus, whose texts are third-party writing kept out of the repository) takes its text from
`texts/<id>.txt` beside the gold file, checked against the record's `sha256`.

A predicted dyad matches a gold dyad when the coarse class and the (source, target) pair
agree, in either order for two-way classes; each gold dyad matches one prediction at most;
repeated predictions of a class and pair count once.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from .model import Article, Event
from .pipeline.codes import ORGANISATIONS, load_codes
from .pipeline.matcher import load_people
from .pipeline.text import plain

OLD_CODES = {"JAP": "JPN", "ITL": "ITA"}
ANY, ANY_ORG = "*", "ORG*"
PLOVER_CLASSES = {
    "AGREE": "agree", "SUPPORT": "support", "AID": "aid", "CONCEDE": "yield", "RETREAT": "yield",
    "INVESTIGATE": "investigate", "DEMAND": "appeal", "REQUEST": "appeal",
    "DISAPPROVE": "condemn", "ACCUSE": "condemn", "REJECT": "reject", "THREATEN": "threaten",
    "PROTEST": "protest", "MOBILIZE": "mobilize", "SANCTION": "sanction", "COERCE": "coerce",
    "ASSAULT": "attack", "FIGHT": "attack",
}
# The PETR-2 file is not well-formed XML (a self-closing <Sentence/> is followed by a stray
# </Sentence>), so records are read with fixed patterns rather than an XML parser.
PETR_RECORD = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)<Text>(.*?)</Text>", re.S)
PETR_ATTR = re.compile(r'(\w+)="([^"]*)"')
PETR_CODING = re.compile(r"<EventCoding([^>]*)/>")


# Two spellings of one name: the variants met in the real-news gold score 89-97
# ("Araqchi"/"Araghchi", "Anthony"/"Antony Blinken"), the closest two different people met
# 87 ("Kim Jong-un"/"Kim Jong-nam").
SAME_NAME_RATIO = 88


@dataclass(frozen=True)
class Dyad:
    cls: str
    src: str | None
    tgt: str | None
    code: str | None = None
    date: str | None = None
    evidence: str = field(default="", compare=False)  # trigger (and sentence) for error lists
    precision: str | None = field(default=None, compare=False)  # of a predicted date
    # the people named for each side (gold names only the source's, GUIDELINES C21)
    source_actor: str | None = field(default=None, compare=False)
    target_actor: str | None = field(default=None, compare=False)


@dataclass
class GoldArticle:
    id: str
    text: str
    lang: str
    published: str | None
    dyads: list[Dyad]
    negative: bool = False
    split: str | None = None
    # PLOVER's and PETR-2's records code domestic events (a government and its own
    # opposition, police and protesters); the project's gold leaves them out.
    domestic: bool = False


def event_class(code: str | None) -> str | None:
    """The coarse class a CAMEO code scores under; None for statements and unknown codes."""
    code = (code or "").strip()
    if len(code) < 2 or not code[:2].isdigit() or code.startswith("01"):
        return None
    table = load_codes()
    for length in (len(code), 3, 2):
        try:
            return table.event_type_of(code[:length])
        except KeyError:
            continue
    return None


def party(code) -> str | None:
    code = str(code or "").strip().upper()
    if not code or code in ("NONE", "NULL", "NAN"):
        return None
    if code.startswith("---"):
        return ANY
    if code.startswith("IGO"):
        return ANY_ORG
    if code in ORGANISATIONS:
        return code
    return OLD_CODES.get(code[:3], code[:3])


def _same_party(gold: str | None, pred: str | None) -> bool:
    if gold == ANY:
        return True
    if gold == ANY_ORG:
        return pred in ORGANISATIONS
    return gold == pred


def symmetric(cls: str) -> bool:
    return load_codes().is_symmetric(cls)


def dedupe(dyads: list[Dyad]) -> list[Dyad]:
    seen, out = set(), []
    for d in dyads:
        pair = (d.src, d.tgt)
        key = (d.cls, tuple(sorted(map(str, pair))) if symmetric(d.cls) else pair)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def matches(gold: Dyad, pred: Dyad) -> bool:
    if gold.cls != pred.cls:
        return False
    if _same_party(gold.src, pred.src) and _same_party(gold.tgt, pred.tgt):
        return True
    return symmetric(gold.cls) and _same_party(gold.src, pred.tgt) and _same_party(gold.tgt, pred.src)


# ------------------------------------------------------------------------------ gold files

def load_gold(path: str | Path, missing: list[str] | None = None) -> list[GoldArticle]:
    """The gold articles of `path`. Records whose text cannot be found are left out and
    described in `missing` (when given) as "<id>: <reason>"."""
    path = Path(path)
    if path.suffix == ".xml":
        return _petr(path.read_text(encoding="utf-8"))
    if path.suffix == ".jsonl":
        return _article_jsonl(path, [] if missing is None else missing)
    return _plover(json.loads(path.read_text(encoding="utf-8")))


def _article_jsonl(path: Path, missing: list[str]) -> list[GoldArticle]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        text = r.get("text")
        if text is None:
            text, problem = stored_text(path.parent / "texts" / f"{r['id']}.txt", r.get("sha256"))
            if problem:
                missing.append(f"{r['id']}: {problem}")
                continue
        dyads = record_dyads(r)
        out.append(GoldArticle(r["id"], text, r.get("lang") or "en", r.get("published"),
                               dyads, negative=bool(r.get("negative")) and not dyads,
                               split=r.get("split")))
    return out


def record_dyads(r: dict) -> list[Dyad]:
    """The gold dyads of one article record (GUIDELINES' `events`), repeats counted once."""
    return dedupe([Dyad(cls, party(e.get("source")), party(e.get("target")), e.get("cameo"),
                        e.get("date"), e.get("trigger") or "",
                        source_actor=e.get("actor") or None)
                   for e in r.get("events", []) if (cls := event_class(e.get("cameo")))])


def stored_text(path: Path, sha256: str | None) -> tuple[str | None, str | None]:
    """A re-created corpus text and None, or None and why it cannot be used."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, f"no text at {path}"
    if sha256 and hashlib.sha256(raw).hexdigest() != sha256:
        return None, f"{path.name} differs from the recorded sha256 (not the same excerpt)"
    return raw.decode("utf-8"), None


def _petr(raw: str) -> list[GoldArticle]:
    out = []
    for attrs, codings, text in PETR_RECORD.findall(raw):
        a = dict(PETR_ATTR.findall(attrs))
        dyads = []
        for c in PETR_CODING.findall(codings):
            ca = dict(PETR_ATTR.findall(c))
            if cls := event_class(ca.get("eventcode")):
                dyads.append(Dyad(cls, party(ca.get("sourcecode")), party(ca.get("targetcode")),
                                  ca.get("eventcode")))
        d = a.get("date", "")
        published = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None
        out.append(GoldArticle(a["id"], " ".join(text.split()), "en", published, dedupe(dyads),
                               negative='noevents="True"' in codings, domestic=True))
    return out


def _plover(records: list) -> list[GoldArticle]:
    out, seen = [], set()
    for r in records[1:]:  # the first record documents the file
        cls = _plover_class(r)
        srcs = [party(x.get("code")) for x in r["source"]] if isinstance(r.get("source"), list) else []
        tgts = [party(x.get("code")) for x in r["target"]] if isinstance(r.get("target"), list) else []
        rid = r["id"] if r["id"] not in seen else f'{r["id"]}-{len(out)}'
        seen.add(rid)
        out.append(GoldArticle(rid, r["text"], "en", None, dedupe(_plover_dyads(cls, srcs, tgts)),
                               domestic=True))
    return out


def _plover_class(r: dict) -> str | None:
    event = r.get("event")
    if event == "CONSULT":
        return "phone_call" if r.get("mode") == "phone" else "meet"
    if event == "COOPERATE":
        return "military_cooperation" if "milit" in str(r.get("context", "")).lower() else "support"
    return PLOVER_CLASSES.get(event)


def _plover_dyads(cls, srcs, tgts) -> list[Dyad]:
    if not cls:
        return []
    if tgts:
        return [Dyad(cls, s, t) for s in srcs for t in tgts]
    if len(srcs) >= 2:
        return [Dyad(cls, a, b) for i, a in enumerate(srcs) for b in srcs[i + 1:]]
    return [Dyad(cls, s, None) for s in srcs]


# ------------------------------------------------------------------------------ scoring

@dataclass
class Report:
    name: str
    total: Counter = field(default_factory=Counter)
    by_lang: dict = field(default_factory=lambda: defaultdict(Counter))
    by_class: dict = field(default_factory=lambda: defaultdict(Counter))
    negatives: int = 0
    negatives_with_events: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[tuple[str, str, Dyad]] = field(default_factory=list)  # (article, kind, dyad)

    @staticmethod
    def prf(c: Counter) -> tuple[float, float, float]:
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf(self.total)[2]

    def share(self, what: str) -> float | None:
        n = self.total[what + "_n"]
        return self.total[what + "_ok"] / n if n else None


def predicted_dyads(events: list[Event]) -> list[Dyad]:
    return dedupe([Dyad(cls, party(e.source_country), party(e.target_country), e.cameo_code,
                        e.event_date, f"{e.trigger} | {e.sentence}", e.date_precision,
                        e.source_actor, e.target_actor)
                   for e in events if (cls := event_class(e.cameo_code))])


def score_article(report: Report, gold: GoldArticle, preds: list[Dyad]) -> None:
    buckets = (report.total, report.by_lang[gold.lang])
    if gold.negative:
        report.negatives += 1
        report.negatives_with_events += bool(preds)
    used = set()
    for g in gold.dyads:
        hit = next((i for i, p in enumerate(preds) if i not in used and matches(g, p)), None)
        counters = buckets + (report.by_class[g.cls],)
        if hit is None:
            _add(counters, fn=1)
            report.errors.append((gold.id, "missed", g))
            continue
        used.add(hit)
        p = preds[hit]
        _add(counters, tp=1, code_n=int(bool(g.code)), code_ok=int(bool(g.code) and p.code == g.code),
             date_n=int(bool(g.date)), date_ok=int(bool(g.date) and p.date == g.date),
             near_n=int(bool(g.date)), near_ok=int(bool(g.date) and within(p, g.date)),
             actor_n=int(bool(g.source_actor)), actor_ok=int(bool(g.source_actor) and same_person(g, p)),
             named_n=int(bool(g.source_actor)), named_ok=int(bool(g.source_actor) and bool(actor_for(g, p))))
    for i, p in enumerate(preds):
        if i not in used:
            _add(buckets + (report.by_class[p.cls],), fp=1)
            report.errors.append((gold.id, "false", p))


def within(p: Dyad, gold_date: str) -> bool:
    """Whether the predicted date holds the gold date at the precision it claims (the same
    day; the same month for "month"; within six days for "week")."""
    if not p.date:
        return False
    if p.precision == "month":
        return p.date[:7] == gold_date[:7]
    if p.precision == "week":
        return abs((date.fromisoformat(p.date) - date.fromisoformat(gold_date)).days) <= 6
    return p.date == gold_date


def actor_for(g: Dyad, p: Dyad) -> str | None:
    """The person the prediction names for the gold's source side: its source's, or its
    target's when a two-sided class matched in the other order."""
    if _same_party(g.src, p.src) and _same_party(g.tgt, p.tgt):
        return p.source_actor
    return p.target_actor


def same_person(g: Dyad, p: Dyad) -> bool:
    """Whether the person the prediction names for the gold's source side is the gold's actor,
    the gazetteer's aliases and transliterations included ("Zelenskyy" is "Volodymyr Zelensky",
    "Abbas Araqchi" is "Abbas Araghchi")."""
    predicted = actor_for(g, p)
    return bool(g.source_actor and predicted) and \
        fuzz.ratio(person_key(g.source_actor), person_key(predicted)) >= SAME_NAME_RATIO


def person_key(name: str) -> str:
    folded = _fold_name(name)
    return _alias_keys().get(folded, folded)


def _fold_name(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain(name)).split())


@functools.cache
def _alias_keys() -> dict:
    keys = {}
    for person in load_people():
        canon = _fold_name(person["name"])
        for alias in (person["name"], *person.get("aliases", ())):
            keys.setdefault(_fold_name(alias), canon)
    return keys


def _add(counters, **counts) -> None:
    for c in counters:
        c.update(counts)


def evaluate_file(path: str | Path, extract, split: str | None = None) -> Report:
    """Run `extract` (Article, domestic=bool -> list[Event]) over a gold file and score it,
    with domestic events when the gold codes them; with `split`, only that split's articles."""
    report = Report(Path(path).name + (f" [{split}]" if split else ""))
    for g in load_gold(path, report.missing):
        if split and g.split != split:
            continue
        article = Article(g.text, g.id, published=g.published, lang=g.lang)
        events = extract(article, domestic=g.domestic)
        score_article(report, g, predicted_dyads(events))
    return report
