"""The extraction pipeline: Article -> list[Event], as a sequence of plain steps."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from ..lang import Lexicon, load_lexicon
from ..model import Article, Event
from .actors import (BLOC, POSSESSIVE_ENDINGS, Actor, PeopleIndex, compass_sides, find_actors,
                     home_countries, opposed_parties, posting_state, venue_home)
from .clauses import (Context, Draft, Sentence, counted_times, domestic_party, ends_as,
                      free_parties, listed_or_owned, opening_comma, opens_with_pronoun, trig_end,
                      trigger_in)
from .coalitions import each_member
from .codes import ORGANISATIONS, load_codes
from .dates import (CLAUSE_OFFSET, FIRST_SINCE_CHARS, OFFSETS, SAME_KINDS, find_dates,
                    names_a_year, shift)
from .geo import resolve_shared
from .attach import attach_actors
from .events import VISIT, sentence_drafts
from .parties import HOSTED, MEDIATE
from .anaphora import event_reference
from .langid import detect
from .matcher import load_matchers, load_people, match_all
from .text import (credited_caption, dateline_end, fold, outside_spans, paragraphs, says,
                   sentences, spaced, tokenize)

# Where a date stops belonging to the event before it: a relative clause, a speech tag.
DATE_BREAKS = ("relative", "speech")
# Characters read after a comma for the word that may open a clause ("answering", "accusing").
GERUND_WORD_CHARS = 20
# Words after which a later date belongs to what a statement is about ("over", "atas"), unless
# the date follows them at once ("protested over the weekend").
ABOUT_MARKERS = ("reason_for", "response")
# Words that may stand between "in"/"di" and the place it opens: "in eastern", "in several".
LOCATIVE_FILLERS = ("place_modifier", "quantity")
# Prepositions after which an actor is an oblique object, never the subject of a verb.
OBLIQUE_MARKERS = ("source_from", "target_mark", "comitative", "between", "agent", "genitive",
                   "route", "topic", "beneficiary")
# What may stand between a day's name and "lalu" in one date: "Jumat (15/10) lalu".
DATE_GAP = re.compile(r"\s*(?:\([\d/.\s-]*\)\s*)?")
# Clause words that stand as adverbs right after an auxiliary of the perfect ("has since").
ADVERB_AFTER_PERFECT = ("clause_break", "temporal_clause", "fronting")
# What separates the words of a date stamp: its digits (clock, date) and punctuation.
NOT_WORD = re.compile(r"[\W\d_]+")
# CAMEO 04x: consultations (calls, meetings, visits, mediation).
CONSULT = "04"
# Meetings a phone call between the same two sides cannot be: a trip, a hosting, a mediation.
NOT_A_CALL = (VISIT, HOSTED, MEDIATE)
# How firmly a date is known: stated in the event's sentence, inherited from the story's
# anchor, or the publication day of a report.
BASIS_RANK = {"": 0, "published": 1, "story": 2, "stated": 3}
# Words after an event noun within which "itu"/"tersebut" still points it back ("pembicaraan
# sekitar 30 menit itu"): four covers the seed's phrase; one, the earlier reach, missed it.
ANAPHOR_REACH = 4
# An undated lead event takes the first day the story states later only if that day lies at
# most this many days before publication (a lead reports recent news). 14 is the smallest window
# that dated the tune split's such events (an exercise begun 9 days before its report); 3 and 7
# dated fewer, 30 and more no more.
LEAD_WINDOW = 14
# Events news reports on the day they happen (issue 10: statements, calls, condemnations; the
# tune split of the real-news corpus also dated meetings, agreements, sanctions and protests by
# the report); with no day of their own they take the publication day. Attacks, seizures and
# deployments are not: a report often comes days later.
REPORT_DAY = ("condemn", "appeal", "reject", "threaten", "support", "phone_call", "meet", "agree",
              "sanction", "protest")
# Attacks and yieldings take the publication day only when nothing in the story dates them,
# not even a day stated after the lead: on the ten short-passage tune sets (2026-12-05) that
# gave 9 more right days of 1,187 (per set -0.7 to +4.0 points; the dev set unchanged);
# deployments gained nothing and stay undated, as seizures do.
LATE_REPORT_DAY = ("attack", "yield")
# Marker lists whose words make up a verb's auxiliaries ("is willing to", "would not", "it
# had decided to expel").
VERB_GROUP = ("modal", "intent", "passive_aux", "purpose", "negation", "adverb", "decide")
# Marker lists whose words may stand between two coordinated parties besides "and" ("the
# two ministers of A and the B", "Penny Wong and her Chinese counterpart").
LIST_FILLERS = ("quantity", "article", "possessive", "ally")
# Words at a sentence's start read for a noun pointing back to an act: "The Kremlin's decision"
# has three; "Keputusan itu" one.
BACK_REFERENCE_WORDS = 3


@dataclass
class Dated:
    draft: Draft
    date: date | None
    precision: str
    sentence: tuple[int, int]
    location: str | None = None
    basis: str = ""  # "stated", "story", "published" or "" (see BASIS_RANK)
    lead: int = -1  # undated lead event: index of the first day the story states after it


def extract(article: Article, domestic: bool = False) -> list[Event]:
    """Return the coded events of one article (one row per dyad). A dyad between two parties
    of one state (police and protesters, an army and its rebels) is domestic: left out unless
    `domestic` asks for it."""
    if not article.text or not article.text.strip():
        return []
    lang = detect(article.text, article.lang)
    lex = load_lexicon(lang)
    dated, named = _dated_drafts(article, lex)
    return attach_actors(_events(article, lang, dated, domestic), named, _roles(),
                         _published(article) is not None)


@functools.cache
def _roles() -> dict:
    return {p["name"]: p.get("role") for p in load_people()}


@functools.cache
def _actor_markers(lang: str) -> dict:
    """The function words actor finding reads, with the language's clitics ("mitranya")."""
    lex = load_lexicon(lang)
    return {**lex.markers, "clitic": lex.clitics}


@functools.cache
def _gazetteer() -> dict:
    return {p["name"]: (p["name"], p.get("country"), p.get("role")) for p in load_people()}


@functools.cache
def _movers() -> dict:
    """People whose offices belong to another party than their usual one, or to several (Mark
    Rutte: the Netherlands, then NATO), with those offices."""
    return {p["name"]: p["offices"] for p in load_people()
            if len({p.get("country")} | {o["country"] for o in p.get("offices", ())}) > 1}


# Articles of one batch share few publication days; each day's gazetteer is a dict of ~1,200
# names (~70 KB), so 64 days bound the memory and still cover a month of news in any order.
@functools.lru_cache(maxsize=64)
def _gazetteer_on(day: date | None) -> dict:
    """The gazetteer as of `day`: a person who moved between parties stands for the one whose
    office they held that day ("Rutte" in 2023 is the Dutch prime minister); with no day, or
    offices held at once (a monarch of several realms), their usual party."""
    if day is None:
        return _gazetteer()
    moved = {}
    for name, offices in _movers().items():
        held = [o for o in offices if o["start"] <= day and ("end" not in o or day < o["end"])]
        if len({o["country"] for o in held}) == 1:
            moved[name] = (name, held[0]["country"], held[0]["role"])
    return {**_gazetteer(), **moved} if moved else _gazetteer()


@functools.cache
def _word_sets(lang: str) -> dict:
    lex = load_lexicon(lang)
    sets = {k: frozenset(fold(w) for w in v) for k, v in lex.markers.items()}
    # Single words of a verb's auxiliaries ("it is willing to withdraw"): what may stand
    # between a pronoun subject and its verb. A word that closes a noun phrase is none, though
    # a phrase of time holds it ("saat itu"): "Negara itu menarik" keeps its subject's "itu".
    closers = sets.get("definite", frozenset()) | sets.get("anaphor_after", frozenset())
    sets["verb_group"] = frozenset(w for k in VERB_GROUP for p in sets.get(k, ())
                                   for w in p.split()) - closers
    sets["list_filler"] = frozenset().union(*(sets.get(k, ()) for k in LIST_FILLERS))
    # Words that open a phrase of time, occasion, attribution, cause or place before the main clause
    # (opening_comma)
    sets["opener"] = sets.get("temporal_clause", frozenset()) | sets.get("occasion", frozenset()) \
        | sets.get("attribution_opener", frozenset()) | sets.get("cause_opener", frozenset()) \
        | sets.get("place_opener", frozenset())
    sets["opener_lead"] = sets.get("quantity", frozenset()) | sets.get("count_word", frozenset()) \
        | sets.get("time_measure", frozenset())
    # Words a page's date stamp holds besides its date and clock (_page_stamp), with the weekday
    # beside the date ("Minggu, 11 Mei 2025 06:12 WIB")
    sets["stamp"] = frozenset(lex.text.get("stamp_words", ())) | {w.lower() for w in lex.weekdays}
    # Possessive clitics without their hyphen ("-nya" -> "nya"): what a match may stop short of
    sets["possessive_clitic"] = frozenset(w[1:] for w in sets.get("possessive", ())
                                          if w.startswith("-"))
    return sets


@functools.cache
def _reference_classes(lang: str) -> dict:
    lex = load_lexicon(lang)
    return {cls: frozenset(fold(w) for w in words) for cls, words in lex.references.items()}


@functools.cache
def _refinements(lang: str) -> dict:
    lex = load_lexicon(lang)
    return {code: tuple((specific, tuple(fold(c) for c in cues)) for specific, cues in table.items())
            for code, table in lex.refine.items()}


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10]) if article.published else None
    except ValueError:
        return None


def _dated_drafts(article: Article, lex: Lexicon) -> tuple[list[Dated], list]:
    """The article's drafts with their dates, and every person with a state it names."""
    text = article.text
    folded, tokens = fold(text), tokenize(text)
    entities, markers, triggers = match_all(load_matchers(lex.code), text, folded, tokens)
    entities = resolve_shared(entities)
    markers = _glued_breaks_dropped(_date_not_break(_outside(markers, entities), text), text)
    markers = _prepositions_not_break(markers, lex.markers.get("as_phrase", ()))
    markers = _adverbs_not_break(_parentheticals_not_break(markers, text))
    locatives = _locative_ends(_unclaimed(markers, triggers), tokens)
    obliques = {tokens.index_at(x.end - 1): x.kind for x in markers if x.kind in OBLIQUE_MARKERS}
    published = _published(article)
    year_anchor = None if published else _year_anchor(text, markers, lex)
    gazetteer = _gazetteer_on(published or year_anchor)
    people, out, named, last_date = PeopleIndex(), [], [], LastDates(None, None)
    days, back_days = [], []  # back_days: where a sentence that points back to an act dates it
    story = [p for p in paragraphs(text, lex) if p.kind == "story"]
    opening, lead_start = _dateline(text, story, entities)
    ctx = Context(load_codes().event_type_of, _word_sets(lex.code),
                  _dateline_country(story[opening:], entities, lead_start), lex.head_initial,
                  _refinements(lex.code), _reference_classes(lex.code))
    abbreviations = frozenset(lex.text.get("abbreviations", ()))
    within = _Slicer(entities), _Slicer(markers), _Slicer(triggers)
    for n, para in enumerate(story):
        start = lead_start if n == opening else para.start
        ctx.paragraph = para.start
        for ss, se in sentences(text, start, para.end, abbreviations):
            if credited_caption(text, se):
                continue
            s_entities, s_markers, s_triggers = (w.slice(ss, se) for w in within)
            if s_triggers:
                s_entities = [e for e in s_entities if not _title_in_trigger(text, e, s_triggers)]
            fronted = opening_comma(text, ss, se, ctx.words.get("opener", ()),
                                    ctx.words.get("opener_lead", ()))
            actors = find_actors(text, ss, se, s_entities, tokens, people, gazetteer,
                                 _actor_markers(lex.code), locatives, obliques, fronted)
            actors = compass_sides(text, ss, se, actors, ctx.mentioned, lex.markers)
            venue_home(text, ss, fronted, actors, ctx.words.get("place_opener", ()))
            home_countries(text, ss, actors, ctx.words.get("possessive", ()),
                           ctx.words.get("definite", ()), _story_state(ctx),
                           _story_org(ctx) if any(a.role == BLOC for a in actors) else None,
                           lex.head_initial, ctx.mentioned, ctx.words.get("coordination", ()),
                           lex.press_home, ctx.words.get("home_body", ()))
            if s_triggers:
                months = _month_spans(s_markers)
                s_triggers = [t for t in s_triggers if (t.start, t.end) not in months]
            s_markers = outside_spans(s_markers, [(a.start, a.end) for a in actors])
            s = Sentence(ss, se, actors, s_triggers, s_markers, tokens, text, folded,
                         ctx.words.get("list_filler", frozenset()), fronted,
                         ctx.words.get("time_phrase", frozenset()),
                         _opposed(text, folded, ss, se, s_entities, people, gazetteer, ctx))
            drafts = sentence_drafts(s, ctx)
            ctx.last_subject = _sentence_subject(s, drafts) or ctx.last_subject
            # (an envoy's posting is named too: "its ambassador to Niger ... the country")
            ctx.mentioned += [b for a in actors if a.country and not a.locative
                              for b in (a, *posting_state(a))]
            ctx.places += [a for a in actors if a.country and a.locative]
            named += [a for a in actors if a.name and a.country]
            exprs = _sentence_dates(text, ss, se, s_markers, published, year_anchor, lex)
            if not s_triggers and _page_stamp(text, ss, se, exprs, ctx.words["stamp"]):
                exprs = []
            exprs = [e for e in exprs if not _led_by(folded, ss, e, exprs, ctx, "deadline")
                     and not (_ahead(e, published)
                              and _led_by(folded, ss, e, exprs, ctx, "takes_effect"))]
            # ("The ministry said in a statement on Monday": a weekday dates the lead as well)
            stated = len(days)
            days += [e.value for e in exprs if e.value and e.precision == "day"
                     and e.kind in ("absolute", "relative") and _recent(e.value, published)]
            if len(days) > stated and _refers_back(folded, ss, se, ctx):
                back_days.append(stated)
            doers, aimed_at = set(), set()
            # ("The move came a day after Estonia expelled ...": that earlier act is dated, but
            # the story goes on from the move's day)
            opened = [e.end for e in exprs if e.kind == CLAUSE_OFFSET]
            for d in drafts:
                value, precision, basis = _event_date(d, exprs, s, last_date, published, ctx)
                # (a lead that goes on over several sentences is still the lead while only the
                # report has dated it: "Trump menyatakan ... Kesepakatan itu ... ditengahi
                # Washington ... tulis Trump pada Sabtu")
                lead = last_date.event is None or (last_date.basis == "published" and not days)
                out.append(Dated(d, value, precision, (ss, se), _venue(s, d), basis,
                                 len(days) if basis in ("", "published") and lead
                                 and not _background(d, s, ctx, published) else -1))
                if value and precision == "day" and not (
                        last_date.event and any(end <= d.trigger.start for end in opened)):
                    doers |= {a.country for a in d.sources}
                    aimed_at |= {a.country for a in d.targets}
                    last_date = LastDates(value, last_date.expression,
                                          "published" if basis == "published" else "story",
                                          _talks_after(d, basis, last_date),
                                          frozenset(aimed_at - doers))
            written = _last_day(exprs, last_date.expression, published, folded)
            # (only a recent day counts: "... dilantik pada 20 Oktober" in a background
            # sentence is no day the story goes on from)
            after_event = last_date.day_after_event if written == last_date.expression else \
                not doers and _recent(written, published)
            last_date = replace(last_date, expression=written, day_after_event=after_event)
    return _same_sentence_day([_report_day(_lead_day(x, days, back_days), published)
                               for x in out]), named


def _talks_after(d: Draft, basis: str, last: LastDates) -> frozenset:
    """The sides of the talks the story is in after this dated event: its own when it is
    talks; the same talks when the two sides go on acting in them on that day ("Dalam
    pertemuan itu Erdogan memberi selamat kepada Prabowo"); else none."""
    if d.code.startswith(CONSULT):
        return _sides(d)
    return last.talks if basis == "story" and _sides(d) == last.talks else frozenset()


def _page_stamp(text: str, start: int, end: int, exprs, stamp_words: frozenset) -> bool:
    """Whether the sentence is the page's own date stamp ("Minggu, 11 Mei 2025 06:12 WIB"): a
    day and nothing else but the clock and words of the stamp. It dates the page, so the story
    states no day there (an undated lead event took the stamp's day as the story's first). A
    section's name may stand before it behind a bar ("U.S. & World | Jan 12, 2024, 10:15am"),
    and a source or byline after one ("03 Sep, 2024 | AFP", "RABU, 15 JANUARI 2025 | 13:22 WIB |
    LAPORAN: TIM DUNIA")."""
    if not any(e.kind == "absolute" and e.precision == "day" for e in exprs):
        return False
    first = min(e.start for e in exprs)
    bar = text.find("|", max(e.end for e in exprs), end)
    end = end if bar < 0 else bar
    rest, pos = [], text.rfind("|", start, first) + 1 or start
    for e in sorted(exprs, key=lambda e: e.start):
        rest.append(text[pos:max(pos, e.start)])
        pos = max(pos, e.end)
    rest.append(text[pos:end])
    return all(w in stamp_words for w in NOT_WORD.split(" ".join(rest).lower()) if w)


def _unclaimed(markers, triggers) -> list:
    """A locative word that a sanction's phrase spells out ("closed the border with") is the
    trigger's: the party after it is the sanction's target, not a place. (Other phrases keep
    theirs: a protest "di depan" an embassy stands at a place.)"""
    kind = load_codes().event_type_of
    spans = [(t.start, max(t.end, t.end2)) for t in triggers if kind(t.key) == "sanction"]
    return [m for m in markers if m.kind != "locative"
            or not any(a <= m.start and m.end <= b for a, b in spans)]


def _year_anchor(text: str, markers, lex: Lexicon) -> date | None:
    """A page with no date of its own: the latest full date its text states, whose year a
    weekday's day and month may take ("Rabu (10/9)"). None when the text states none."""
    full = [e.value for e in find_dates(text, 0, len(text), markers, None, lex.date_order)
            if e.value and e.kind == "absolute" and e.precision == "day"]
    return max(full, default=None)


def _sentence_dates(text, ss, se, markers, published, year_anchor, lex: Lexicon):
    """The sentence's date expressions, resolved against the publication day. On an undated page
    a weekday with its day and month ("Rabu (10/9)") takes the year of the text's latest full
    date when that year gives the same weekday; anything else without a year stays unresolved
    (a bare weekday says no week: corpus convention C19; "mulai 1 Agustus" may be the future)."""
    exprs = find_dates(text, ss, se, markers, published, lex.date_order)
    if published or year_anchor is None:
        return exprs
    resolved = [e for e in find_dates(text, ss, se, markers, year_anchor, lex.date_order)
                if e.kind == "absolute" and e.value]
    kept = [e for e in resolved if _weekday_agrees(text, e, lex)]
    # "10/9" inside "Rabu (10/9)" is read twice; it is as sure as the weekday around it
    kept += [e for e in resolved if any(k.start <= e.start and e.end <= k.end for k in kept)]
    anchored = {(e.start, e.end): e for e in kept}
    return [anchored.get((e.start, e.end), e) if e.value is None else e for e in exprs]


def _weekday_agrees(text: str, e, lex: Lexicon) -> bool:
    words = text[e.start:e.end].split()
    day = lex.weekdays.get(words[0].strip(",(")) if words else None
    return day is not None and e.value.weekday() == day


def _locative_ends(markers, tokens) -> set[int]:
    """The last token of each "in"/"di" (and of place or counting words right after it: "in
    eastern", "di bagian timur", "in several Chinese cities"), after which a party is a place."""
    ends = {tokens.index_at(x.end - 1) for x in markers if x.kind == "locative"}
    for x in markers:  # (in text order, so that fillers chain: "in several eastern")
        if x.kind in LOCATIVE_FILLERS and tokens.index_at(x.start) - 1 in ends:
            ends.add(tokens.index_at(x.end - 1))
    return ends


def _led_by(folded: str, start: int, e, exprs, ctx: Context, kind: str) -> bool:
    """Whether a word of `kind` leads the date: "ordering they leave before midnight on
    Sunday", "hingga Minggu (2/2)" (a deadline is not the day of the event that sets it). The
    words read are those before the whole date ("Minggu (2/2)" for its number)."""
    head = min((x.start for x in exprs if x.start <= e.start <= x.end + 2), default=e.start)
    words = [w.strip(",.") for w in folded[max(start, head - 40):head].split()]
    fillers = ctx.words.get("deadline_filler", ())
    while words and words[-1] in fillers:
        words.pop()
    return bool(words) and words[-1] in ctx.words.get(kind, ())


def _ahead(e, published) -> bool:
    """"announcing an extra duty on all goods from April 10", "tarif ... mulai 10 April",
    "suspend flights from Tuesday": a day after the report that a measure starts on is not the
    day it was decided (the next day included: "from Tuesday" in Monday's paper)."""
    return bool(e.value and published) and e.value > published


def _same_sentence_day(dated: list[Dated]) -> list[Dated]:
    """"India struck camps ..., prompting a vow of retaliation from Pakistan": an event dated
    only by the report shares the day its sentence's lead event took from the story."""
    lead_days = {x.sentence: x.date for x in dated
                 if x.lead >= 0 and x.date is not None and x.basis == "story"}
    return [replace(x, date=lead_days[x.sentence], precision="day", basis="story")
            if x.basis == "published" and x.sentence in lead_days else x for x in dated]


def _about(d: Draft, e, s: Sentence, ctx) -> bool:
    """"lodged a protest over Friday's shelling", "kecaman atas serangan ... pada Rabu": a day
    behind a reason or a topic word dates what a report-day event is about, not the event."""
    if ctx.event_type_of(d.code) not in REPORT_DAY:
        return False
    possessive = s.text[e.end:e.end + 2] in ("'s", "\u2019s")
    if not possessive and _closing_date(s, e):
        return False  # "... atas semua produk asal Indonesia, Senin (6/5).": the report's day
    # (right after "di", "atas" is a place: "di atas mobil", on top of the cars)
    places = {x.end for x in s.markers if x.kind == "locative"}
    # ("protested over the downing of a drone, the ministry said on Sunday": a speech tag
    # between the reason and the date ends the reason)
    tags = [x.start for x in s.markers if x.kind == "speech"]
    # ("mengenakan tarif atas produk Amerika pada Selasa": goods are no act; the day is the
    # tariff's)
    return any(m.kind in ABOUT_MARKERS and trig_end(d.trigger) <= m.start < e.start
               and not places.intersection((m.start - 1, m.start))
               and not any(m.end <= x < e.start for x in tags)
               and (possessive or s.words_between(m.end, e.start) > 0)
               and not _goods_before(s, ctx, m.end, e.start) for m in s.markers)


def _goods_before(s: Sentence, ctx, start: int, end: int) -> bool:
    """Whether s.text[start:end] names only goods of a state ("produk Amerika", "American
    farm goods") and no act: the target of a measure, not what a report is about."""
    return not any(start <= t.start < end for t in s.triggers) and \
        says(spaced(s.folded[start:end].split()), ctx.words.get("goods", ()))


def _closing_date(s: Sentence, e) -> bool:
    """A date set off by a comma at the very end of the sentence, the wire's way of dating
    the sentence's main act ("..., Senin (6/5).")."""
    return s.text[s.start:e.start].rstrip().endswith(",") and \
        not s.text[e.end:s.end].strip(" .)\"'\u201d")


def _recent(day: date, published: date | None) -> bool:
    return published is None or 0 <= (published - day).days <= LEAD_WINDOW


def _lead_day(item: Dated, days: list, back_days: list) -> Dated:
    """An event in the lead, told before the story gives any day, happened on the first day the
    story states later ("struck camps in Pakistan ... The offensive, conducted on 7 May"), or,
    when a later sentence points back to an act and dates it, on that day ("... they had joined
    protests on January 23. The decision was announced on Friday")."""
    if (item.date is not None and item.basis != "published") or item.lead < 0 or \
            item.lead >= len(days):
        return item
    at = next((i for i in back_days if i >= item.lead), item.lead)
    return replace(item, date=days[at], precision="day", basis="story")


def _refers_back(folded: str, ss: int, se: int, ctx) -> bool:
    """Whether the sentence opens with a noun that points back to an act of any kind ("The
    decision was announced on Friday", "Keputusan itu diumumkan pada Jumat"); a noun of one
    kind ("the strikes") often points to another event of that kind."""
    opening = folded[ss:se].split(None, BACK_REFERENCE_WORDS)[:BACK_REFERENCE_WORDS]
    return any(w.strip(",") in ctx.words.get("act_reference", ()) for w in opening)


def _report_day(item: Dated, published: date | None) -> Dated:
    """An attack or a yielding in the lead that nothing in the story dates happened on the
    report's day (LATE_REPORT_DAY)."""
    if item.date is not None or item.lead < 0 or published is None or \
            load_codes().event_type_of(item.draft.code) not in LATE_REPORT_DAY:
        return item
    return replace(item, date=published, precision="day", basis="published")


def _sentence_subject(s: Sentence, drafts: list) -> list:
    """Who the sentence's first event is done by ("Demonstrators ... in Kinshasa targeted the
    embassies of Rwanda ... They accused": the crowd of Kinshasa), else its first party with a
    state that no preposition governs."""
    doers = [a for a in (drafts[0].sources if drafts else ()) if a.country]
    if doers:
        return doers
    first = next(free_parties(s.actors), None)
    return [first] if first else []


def _story_org(ctx: Context) -> str | None:
    """The organisation (a bloc, an alliance, an agency) the article named last."""
    return next((a.country for a in reversed(ctx.mentioned) if a.country in ORGANISATIONS), None)


def _story_state(ctx: Context) -> str | None:
    """The state the last sentence was about (its first doer: in "Russia ordered ... after
    Chisinau expelled ...", Russia), else the state that acted last in the article, else the
    dateline's."""
    subject = next((a.country for a in ctx.last_subject
                    if a.country and a.country not in ORGANISATIONS), None)
    if subject:
        return subject
    for d in reversed(ctx.previous):
        state = next((a.country for a in d.sources if a.country and a.country not in ORGANISATIONS),
                     None)
        if state:
            return state
    return ctx.dateline_country


def _date_not_break(markers, text) -> list:
    """"Jumat lalu", "7 Oktober lalu", "Jumat (15/10) lalu": after a day or a month, a word that
    is both a clause break and a past-date word ("lalu": then / last) ends the date; the clause
    goes on."""
    day_ends = sorted(m.end for m in markers if m.kind in ("weekday", "month"))
    pasts = {(m.start, m.end) for m in markers if m.kind == "date_past"}
    return [m for m in markers if not (m.kind == "clause_break" and (m.start, m.end) in pasts
                                       and _after_day(day_ends, m.start, text))]


def _prepositions_not_break(markers, words) -> list:
    """"accused Japan of treating the Pacific as a sewer and banned imports": a clause word
    right before an article is a preposition there; the clause goes on."""
    starts = {m.start for m in markers if m.kind in ("quantity", "determiner")}
    return [m for m in markers if not (m.kind == "clause_break" and m.end + 1 in starts
                                       and m.key in words)] if words else markers


def _parentheticals_not_break(markers, text) -> list:
    """"Ankara, however, condemned ...": a clause word set off by commas on both sides is a
    parenthetical adverb; the clause goes on with its subject."""
    return [m for m in markers if not (m.kind == "clause_break"
                                       and text[max(0, m.start - 2):m.start] == ", "
                                       and text[m.end:m.end + 1] == ",")]


def _adverbs_not_break(markers) -> list:
    """"Japan has since condemned the attack": a clause word right after an auxiliary of the
    perfect is an adverb there; the clause goes on with its subject."""
    ends = {m.end for m in markers if m.kind == "perfect_aux"}
    return [m for m in markers if not (m.kind in ADVERB_AFTER_PERFECT and m.start - 1 in ends)]


def _glued_breaks_dropped(markers, text) -> list:
    """"duta besar sementaranya" (its interim ambassador): a clause break carries no clitic, so
    a word it is glued to is another word."""
    return [m for m in markers if not (m.kind == "clause_break" and m.end < len(text)
                                       and text[m.end].isalnum())]


def _after_day(day_ends, pos, text) -> bool:
    i = bisect_left(day_ends, pos + 1) - 1
    return i >= 0 and DATE_GAP.fullmatch(text, day_ends[i], pos) is not None


def _outside(markers, entities) -> list:
    """Function words inside a name ("antara" in "ANTARA", "dan" in a country name) are not
    function words."""
    # Both lists come from the matcher in text order, as outside_spans needs them.
    return outside_spans(markers, [(e.start, e.end) for e in entities])


class _Slicer:
    """Matches (in text order, as the matcher gives them) sliced per sentence by bisection."""

    def __init__(self, matches):
        self.matches = matches
        self.starts = [m.start for m in self.matches]

    def slice(self, start: int, end: int) -> list:
        return self.matches[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def _venue(s: Sentence, d: Draft) -> str | None:
    """Where the event took place: the place after "di"/"in" nearest after the trigger (or
    before it when none follows), as written."""
    places = [a for a in s.actors if a.locative and a.country and not a.role and not a.name]
    after = [a for a in places if a.start >= d.trigger.start]
    chosen = after[0] if after else (places[-1] if places else None)
    return s.text[chosen.start:chosen.end] if chosen else None


def _month_spans(markers) -> set[tuple[int, int]]:
    """"last March", "in May": a month name that is also a verb is the month, not a trigger."""
    return {(m.start, m.end) for m in markers if m.kind == "month"}


def _title_in_trigger(text, entity, triggers) -> bool:
    """"kerja sama militer", "military intelligence to Macedonia": a title word that is part
    of a trigger names no actor. Crowd words stay parties ("disperse demonstrators"), and so
    does an envoy's title that ends the trigger before a name ("mengusir Duta Besar Korea Utara
    Kang Chol": Kang Chol is known by it later; not "recalled its ambassador to Ottawa")."""
    if entity.kind != "role" or entity.key == "people":
        return False
    named = entity.key == "ambassador" and text[entity.end + 1:entity.end + 2].isupper()
    return any(t.start <= entity.start and (entity.end < t.end if named else entity.end <= t.end)
               for t in triggers)


# Kinds of place names a dateline may be.
DATELINE_PLACES = ("countries", "capitals", "territories")
# Story paragraphs a dateline may open: after a headline, a standfirst and a date line (the
# retold sets' pages have at most these three before it).
DATELINE_PARAGRAPHS = 4


def _place_spans(entities) -> frozenset:
    return frozenset((e.start, e.end) for e in entities if e.kind in DATELINE_PLACES)


def _dateline(text, story, entities) -> tuple[int, int]:
    """The story paragraph a dateline opens (the headline and a standfirst may come first:
    "Indonesiainside.id, New Delhi - ..." is the third) and the offset past the dateline."""
    places = _place_spans(entities)
    for n, para in enumerate(story[:DATELINE_PARAGRAPHS]):
        end = dateline_end(text, para, places)
        if end > para.start:
            return n, end
    return 0, (story[0].start if story else 0)


def _dateline_country(story, entities, end: int) -> str | None:
    """The state the dateline names: a country or capital before `end`, where it ends."""
    if not story:
        return None
    hit = next((e for e in entities if story[0].start <= e.start < end
                and e.kind in ("countries", "capitals")), None)
    return hit.key if hit else None


@dataclass(frozen=True)
class LastDates:
    """The latest dated event and the latest past day written in the article so far."""

    event: date | None
    expression: date | None
    basis: str = ""  # the latest dated event's basis: what an inherited date rests on
    talks: frozenset = frozenset()  # the states of the latest dated event, when it was talks
    # the states the latest dated sentence's acts were aimed at, but for those that acted too
    # ("The Netherlands expelled a Hungarian diplomat after Hungary expelled a Dutch one")
    aimed_at: frozenset = frozenset()
    # whether the latest day was written in a sentence after the latest dated event's (a speech
    # tag's day in a sentence with no event of its own)
    day_after_event: bool = False


def _opposed(text, folded, ss, se, entities, people, gazetteer, ctx) -> list[Actor]:
    """The sentence's states named only after "anti-" (actors.opposed_parties)."""
    prefixes = ctx.words.get("against_prefix", ())
    if not any(p in folded[ss:se] for p in prefixes):
        return []  # (the common case: no sentence word carries the prefix)
    return opposed_parties(text, ss, se, entities, people, gazetteer, prefixes)


def _last_day(exprs, last, published, folded):
    """The last day the sentence states, which the story goes on from; a day that owns a noun
    ("on Monday ordered out the diplomats of states that doubted Sunday's election") names
    another event's day, and counts only when the sentence states no other."""
    days = [e for e in exprs if e.value and e.precision == "day"
            and not (published and e.value > published)]
    own = [e for e in days if not folded.startswith(POSSESSIVE_ENDINGS, e.end)]
    return (own or days)[-1].value if days else last


def _participle_clause_at(s: Sentence, ctx, pos: int) -> int:
    """Where a clause opened by a comma and a gerund starts after `pos` (", answering the
    missiles Iran had launched on October 1": its date is its own act's), else the sentence's
    end."""
    at = s.folded.find(", ", pos, s.end)
    while at >= 0:
        word = s.folded[at + 2:at + 2 + GERUND_WORD_CHARS].split()[:1]
        if word and ends_as(ctx, "gerund", word[0].strip(",.")):
            return at
        at = s.folded.find(", ", at + 2, s.end)
    return s.end


def _event_date(d: Draft, exprs, s: Sentence, last: LastDates, published, ctx):
    """The date that belongs to this event, in order of preference: the first date after the
    trigger in its own stretch (before the next trigger, a relative clause or a speech tag);
    the nearest date before it; the last event's date when the sentence continues the story
    ("juga", "during the talks"); a date later in the sentence (a speech tag's date)."""
    t = d.trigger
    right = min([m.start for m in s.markers if m.kind in DATE_BREAKS and m.start >= t.end
                 and not (d.code.startswith(CONSULT) and _held_on(s, m))] +
                [_participle_clause_at(s, ctx, t.end)])
    nxt = min([x.start for x in s.triggers if x.start > t.start] + [s.end])
    limit = min(nxt, right)
    exprs = [e for e in exprs if not _since(d, e, s, ctx)]
    # "summoned the ambassador in response to overnight airstrikes": a date right before the
    # next event's words is that event's
    # ("ordered the advisers to leave, a day after gunmen killed 26": the offset dates the
    # clause it opens)
    after = [e for e in exprs if t.start <= e.start < limit and e.kind != CLAUSE_OFFSET
             and not (nxt < s.end and s.words_between(e.end, nxt) == 0)
             and not _about(d, e, s, ctx)]
    before = [e for e in exprs if e.end <= t.start]
    if before and before[-1].kind in SAME_KINDS and not any(e.precision == "day" for e in after):
        # "Dalam kesempatan yang sama, Anwar memuji ... Ketua ASEAN tahun ini": the occasion
        # dates the praise; the year after it is what the praise is about
        after = []
    if after or before:
        own = _spelled_out(after[0] if after else before[-1], exprs, s, published)
        return (*_resolve(_told_on(own, d, exprs, s, published), exprs, last, published),
                "stated")
    if last.event and _continues(s, ctx) and not _background(d, s, ctx, published):
        # ("Pada 2023, Lula juga menerima ...": "juga" goes on with the story, not its day;
        # "Le Drian said on Friday that ... He also described ...": with the day of the sentence
        # before, when that stated a day and no event)
        if last.day_after_event and last.expression:
            return last.expression, "day", "story"
        return last.event, "day", last.basis
    tagged = _speech_tag_dates(d, exprs, s, ctx)
    if tagged:
        # '"Kami mendesak ...," demikian Kemenlu Kanada ... pada Jumat (3/8/2018)': the
        # statement's own day (a quote that continues the story, "Dalam pembicaraan itu, kedua
        # menlu sepakat ...," kata juru bicara ... Jumat", keeps the story's)
        return (*_resolve(tagged[0], exprs, last, published), "stated")
    if last.event and last.basis == "story" and len(last.talks) > 1 and \
            _sides(d) == last.talks and not _background(d, s, ctx, published):
        # "Blinken and Wang held talks on Tuesday. Wang accused Washington of ...": what the
        # two sides of the talks say to each other next is said in them (an answer to an act,
        # "Manila condemned the attack", stays the report's news)
        return last.event, "day", "story"
    # (a state of affairs told in speech, "a ceasefire in the Israel-Hamas war, the presidency
    # said", takes no day from the story)
    told = _reported_speech(s) and not _standing(d, s, ctx)
    if last.event and told and not _stale(d, last.event, published, ctx):
        return last.event, "day", last.basis
    if last.expression and told and not _stale(d, last.expression, published, ctx):
        # the briefing a speech tag dated ("kata dia ..., Kamis 24 Februari 2022") goes on
        return last.expression, "day", "story"
    later = [e for e in exprs if t.start <= e.start < _tag_end(s, d)
             and e.kind != CLAUSE_OFFSET]
    about = [e for e in later if _about(d, e, s, ctx)]
    further = [e for e in later if e not in about]
    if further:
        return (*_resolve(further[0], exprs, last, published), "stated")
    # (the year in the date of an act the event is about makes no background)
    if not about and _background(d, s, ctx, published):
        return None, "unknown", ""
    if published and ctx.event_type_of(d.code) in REPORT_DAY and \
            not (last.event and (_continues(s, ctx) or _goes_on(d, s, last, ctx, published))):
        # ("Zelenskiy also thanked ...": "also" with no day told before continues nothing)
        if last.event is None and last.expression and _recent(last.expression, published) \
                and opens_with_pronoun(s, ctx) and not _stale(d, last.expression, published, ctx):
            # "Japan's prime minister spoke about trade on Monday. He met ...": the day the
            # story stated, though no event came with it, goes on with its subject
            return last.expression, "day", "story"
        return published, "day", "published"
    if last.event:
        return last.event, "day", last.basis
    return None, "unknown", ""


def _since(d: Draft, e, s: Sentence, ctx) -> bool:
    """"menyebut rangkaian tindakan Israel sejak 7 Oktober sebagai genosida": a statement is
    made on a day, not since one; the day after "since" starts the span it speaks of. (A state
    may begin on it: "gencatan senjata berlaku sejak 24 Juni" keeps its day.) A day in a
    clause that "since" opens before the act is that clause's own act's ("Since Russia invaded
    Ukraine in February 2022, the two countries have carried out 60 exchanges"), and acts
    counted since a day are counted over the span it starts."""
    since = [m for m in s.markers if m.kind == "date_since" and m.end <= e.start]
    if since and e.end <= d.trigger.start and (_counted_times(s, ctx) or any(
            since[0].end <= t.start and t.end <= e.start for t in s.triggers)):
        return True
    # ("has repeatedly condemned Israel since the war broke out on 7 October": after the act,
    # a clause that "since" opens dates its own act)
    if any(d.trigger.end <= m.start and any(m.end <= t.start and t.end <= e.start
                                            for t in s.triggers) for m in since):
        return True
    return ctx.event_type_of(d.code) in REPORT_DAY and any(0 <= e.start - m.end <= 1 for m in since)


def _held_on(s: Sentence, m) -> bool:
    """"perundingan ... yang digelar di Dili pada 19-20 Agustus", "talks that were held on
    Monday": a relative clause that says when a meeting was held dates the meeting."""
    return m.kind == "relative" and any(
        x.kind == "held" and x.start >= m.end and s.words_between(m.end, x.start) <= 1
        for x in s.markers)


def _goes_on(d: Draft, s: Sentence, last: LastDates, ctx, published) -> bool:
    """Whether an undated statement goes on with the day the story stated ("Sudan announced on
    Tuesday ... Defence Minister Yassin accused Abu Dhabi"), not a reaction to that act
    ("threatened a response to the expulsions", "mengecam peluncuran itu"): that is the
    report's news. An answer by the side the act was aimed at goes on with the story's day
    when that day is the report's or the one before ("Kolombia memutus hubungan ..., Rabu (1/5)
    ... Katz membalas", published Thursday), else it is the report's news too (a spokesperson
    calling a suspension three weeks old "unacceptable"). (The retold sets' golds date seven
    such answers of eight by the story, told in speech or not.)"""
    answer = bool(last.aimed_at & {a.country for a in d.sources})
    return last.basis == "story" and \
        not (answer and (published is None or (published - last.event).days > 1)) and \
        event_reference(s, ctx, d.trigger.end, s.end) is None  # (in a gapped trigger's gap too)


def _told_on(e, d: Draft, exprs, s: Sentence, published):
    """A day counted from the report ("overnight", "yesterday") counts from the day its speech
    tag states, when that is not the publication day: "launched drones overnight, the military
    said on Monday" is Sunday night, whenever the article came out."""
    if e.value is None or published is None or not _from_report(e, s):
        return e
    tag = _tag_after(s, d)
    told = next((x for x in exprs if tag is not None and x.start >= tag.end and x.value
                 and not _from_report(x, s) and x.value != published), None)
    if told is None:
        return e
    return replace(e, value=shift(told.value, (e.value - published).days))


def _from_report(e, s: Sentence) -> bool:
    """Whether the date counts days from the report ("yesterday", "semalam")."""
    return any(m.kind == "reldate" and m.start == e.start for m in s.markers)


def _sides(d: Draft) -> frozenset:
    return frozenset(a.country for a in (*d.sources, *d.targets) if a.country)


def _speech_tag_dates(d: Draft, exprs, s: Sentence, ctx) -> list:
    """The dates in the speech tag that follows the trigger, if one does and the event is a
    statement (the tag dates the saying, not the act it reports: "drones that Russia launched
    overnight, it said on Tuesday")."""
    tag = _tag_after(s, d)
    if tag is None or ctx.event_type_of(d.code) not in REPORT_DAY:
        return []
    return [e for e in exprs if tag.end <= e.start < _tag_end(s, d)
            and not _about(d, e, s, ctx)]


def _tag_after(s: Sentence, d: Draft):
    """The first speech tag after the event's trigger, if any."""
    return next((m for m in s.markers if m.kind == "speech" and m.start >= d.trigger.end), None)


def _tag_end(s: Sentence, d: Draft) -> int:
    """Where the speech tag after the trigger stops: '"...," he said, recalling that on 9
    September he had signed' goes on into a clause of its own (the sentence end when there is
    no tag)."""
    tag = _tag_after(s, d)
    if tag is None:
        return s.end
    # ("said after a closed-door meeting on Friday" still dates the saying)
    return min([m.start for m in s.markers if m.kind == "complement" and m.start >= tag.end]
               + [s.end])


def _spelled_out(e, exprs, s: Sentence, published):
    """"pada hari ini, Selasa (07/06/2022)", "today, Tuesday June 7": "today" that a date right
    after it spells out is that date (the report's "today" may be the next day's page). A
    weekday keeps its own reading even when the date after it disagrees."""
    if e.kind != "relative" or e.value is None or e.value != published:
        return e
    nxt = next((x for x in exprs if x.start >= e.end and x.kind == "absolute"), None)
    if nxt is not None and s.words_between(e.end, nxt.start) <= 1:
        return nxt
    return e


def _stale(d: Draft, day: date, published, ctx) -> bool:
    """"France denounced the attacks, Kenya said ...": a statement reported in speech is the
    report's news; a story day more than a day before publication is the past it answers
    (tune split: 2 of 3 such statements dated by the report, none by the older day), and so
    is the day of the act it answers ("The Council approved sanctions on Monday ... North
    Korea's envoy told the conference: 'My delegation condemns'")."""
    return bool(published) and ctx.event_type_of(d.code) in REPORT_DAY and \
        ((published - day).days > 1 or (published > day and _answers(d, ctx)))


def _answers(d: Draft, ctx) -> bool:
    """Whether the event is aimed back, by the side an earlier event of the story was aimed
    at, at that event's doer."""
    src, tgt = {a.country for a in d.sources}, {a.country for a in d.targets}
    return any({a.country for a in x.sources} & tgt and {a.country for a in x.targets} & src
               for x in ctx.previous if x.trigger.start < d.trigger.start)


def _background(d: Draft, s: Sentence, ctx, published: date | None) -> bool:
    months = [(m.start, m.end) for m in s.markers if m.kind == "month"]
    return _shifted(s, ctx) or _standing(d, s, ctx) or _counted_times(s, ctx) or \
        names_a_year(s.text, s.start, s.end, months, published, ctx.words.get("determiner", ()))


def _counted_times(s: Sentence, ctx) -> bool:
    """"The two countries have three times fought a war", "sudah tiga kali berperang": acts
    counted over the years have no day of their own."""
    return bool(counted_times(ctx, s.folded[s.start:s.end].split()))


def _standing(d: Draft, s: Sentence, ctx) -> bool:
    """"the Israel-Hamas war", "konflik Rusia-Ukraina", "the blockade": a state of affairs has
    no day of its own."""
    return d.trigger.form == "nouns" and trigger_in(s, ctx, d.trigger, "standing")


def _shifted(s: Sentence, ctx) -> bool:
    words = spaced(w.strip(",.\"'“”") for w in s.folded[s.start:s.end].split())
    shifts = ctx.words.get("time_shift", ())
    if not says(words, shifts):
        return False
    # ("his first visit to Russia since taking power", "kali kedelapan sejak akhir September":
    # "since" after a count measures the count, not when the clause happened)
    counted = {s.folded[m.start:m.end] for m in s.markers if m.kind == "date_since"
               and _after_count(s, ctx, m.start)}
    return says(words, tuple(p for p in shifts if p not in counted))


def _after_count(s: Sentence, ctx, pos: int) -> bool:
    """Whether an ordinal ("first", "eighth", "kelimanya") stands shortly before `pos`."""
    ordinals = ctx.words.get("ordinal", ())
    words = [w.strip(",.") for w in s.folded[max(s.start, pos - FIRST_SINCE_CHARS):pos].split()]
    return any(listed_or_owned(ctx, w, ordinals) for w in words)


def _reported_speech(s: Sentence) -> bool:
    """"..., a ministry spokesperson said, urging Washington to": a quote or a speech tag with no
    date of its own reports on the story's latest dated event; a vague span ("last year") is a
    date expression and never reaches here."""
    return any(m.kind == "speech" for m in s.markers)


def _continues(s: Sentence, ctx) -> bool:
    """"Retno juga mendesak ...", "Dalam pembicaraan tersebut", "during the talks", "The three
    governments ..."."""
    words = [w.strip(",.\"'“”") for w in s.folded[s.start:s.end].split()]
    present = set(words)
    if not present.isdisjoint(ctx.words.get("continuation", ())):
        return True
    # "The three governments condemned ...", "Kedua menteri ...": the story's own sides
    opening = spaced(words[:4])
    if any(says(opening, ctx.words.get(kind, ())) for kind in ("group_anaphor", "both_parties")):
        return True
    refs = ctx.words.get("event_reference", ())
    if present.isdisjoint(refs):
        return False  # no event noun to point back with
    after, before = ctx.words.get("anaphor_after", ()), ctx.words.get("anaphor_before", ())
    # The earlier event frames this sentence's time only as its occasion ("during the talks",
    # "dalam pertemuan tersebut"), not as what it is about ("condemned the attack").
    frame = set(ctx.words.get("occasion", ())) | set(ctx.words.get("locative", ()))
    # ("Dalam pembicaraan sekitar 30 menit itu": the anaphor may close a short noun phrase)
    return any(w in refs and (any(x in after for x in words[i + 1:i + 1 + ANAPHOR_REACH])
                              or (i > 0 and words[i - 1] in before | {"the"}))
               and frame.intersection(words[max(0, i - 3):i])
               for i, w in enumerate(words))


def _resolve(e, exprs, last: LastDates, published):
    if e.kind in SAME_KINDS:
        # "pada hari yang sama" after a sentence that only states a day (a speech tag's) is
        # that day; else, and "in the same session", the latest event's day
        newer = e.kind == "same_day" and last.day_after_event
        anchor = (last.expression if newer else last.event) or last.expression
        return (anchor, "day") if anchor else (None, "unknown")
    if e.kind in OFFSETS or e.kind == CLAUSE_OFFSET:
        anchor = next((x.value for x in exprs if x is not e and x.value), last.expression)
        value = shift(anchor, e.shift) if anchor else None  # None past year 1 / 9999
        return (value, "day") if value else (None, "unknown")
    if e.value is None or (published and e.value > published):
        return None, "unknown"
    return e.value, e.precision


def _events(article: Article, lang: str, dated: list[Dated], domestic: bool) -> list[Event]:
    codes = load_codes()
    seen, out = {}, []
    dyads = [each_member(_dyads(item.draft)) for item in dated]
    calls = {frozenset((a.country, b.country)) for item, pairs in zip(dated, dyads)
             if codes.get(item.draft.code).event_type == "phone_call" for a, b in pairs if b}
    for item, pairs in zip(dated, dyads):
        d = item.draft
        info = codes.get(d.code)
        for src, tgt in pairs:
            if tgt and tgt.country == src.country and not domestic:
                continue
            if info.event_type == "meet" and tgt and not d.code.startswith(NOT_A_CALL) and \
                    frozenset((src.country, tgt.country)) in calls:
                continue  # the talk between two sides whose call the article reports was the call
            key = (info.event_type, src.country, tgt.country if tgt else None)
            if d.symmetric and tgt:
                key = (info.event_type, *sorted((src.country, tgt.country)))
            if tgt and tgt.country == src.country and src.country in ORGANISATIONS:
                continue  # "the UN urged UN agencies": an organisation acting on itself
            if key in seen:
                _fill_date(out, seen[key], item)
                continue
            seen[key] = len(out)
            out.append(_event(article, lang, item, info, src, tgt))
    return _drop_subsumed(out)


def _fill_date(out: list[Event], index: int, item: Dated) -> None:
    """A repeated dyad takes the later mention's date when it rests on firmer ground (a
    headline dated by publication, a body that states the day)."""
    first = out[index]
    if item.date is not None and item.basis and \
            BASIS_RANK[item.basis] > BASIS_RANK[first.date_basis if first.event_date else ""]:
        out[index] = replace(first, event_date=item.date.isoformat(),
                             date_precision=item.precision, date_basis=item.basis)


def _drop_subsumed(events: list[Event]) -> list[Event]:
    """Rows another row already says: a targetless row when the same source has the same class
    with a target (its date goes to an undated such row)."""
    def aimed(e):  # a protest "at the home government" counts as unaimed here
        return e.target_country and e.target_country != e.source_country

    def key(e):
        return e.event_type, e.source_country

    targeted = {key(e) for e in events if aimed(e)}
    unaimed_dated = {}
    for e in events:
        if not aimed(e) and e.event_date:
            unaimed_dated.setdefault(key(e), e)
    return [_lend_date(e, unaimed_dated.get(key(e))) if aimed(e) else e for e in events
            if aimed(e) or key(e) not in targeted]


def _lend_date(e: Event, dated: Event | None) -> Event:
    if e.event_date or dated is None:
        return e
    return replace(e, event_date=dated.event_date, date_precision=dated.date_precision,
                   date_basis=dated.date_basis)


def _dyads(d: Draft):
    if d.symmetric and not d.targets:  # "A and B met": each pair of the sides
        if d.code.startswith(MEDIATE):
            return []  # "brokered by Qatar and Egypt": co-mediators, the sides not named
        return [(a, b) for i, a in enumerate(d.sources) for b in d.sources[i + 1:]
                if a.country != b.country]
    if d.symmetric:
        # "Thailand and Cambodia held talks with Malaysia": all three took part, so the two
        # sources met each other too; two who visit a third together do not visit each other,
        # nor do the members of a bloc of three or more that meets another ("The US, Britain,
        # China, France, Russia and Germany have been meeting with Iranian diplomats"), nor do
        # co-mediators ("Egypt and Qatar mediated between Hamas and Israel"); a joint exercise
        # of three joins each pair.
        bloc = len({a.country for a in d.sources}) > 2 and d.code.startswith(CONSULT)
        apart = bloc or d.code.startswith(VISIT) or d.code.startswith(MEDIATE)
        among = [(a, b) for i, a in enumerate(d.sources) for b in d.sources[i + 1:]
                 if a.country != b.country] if not apart else []
        return among + [(a, b) for a in d.sources for b in d.targets if a.country != b.country
                        or (a is not b and (domestic_party(a) or domestic_party(b)))]
    if not d.targets:
        return [(a, None) for a in d.sources]
    return [(a, b) for a in d.sources for b in d.targets if a.country != b.country or a is not b]


def _event(article, lang, item: Dated, info, src, tgt) -> Event:
    d, text = item.draft, article.text
    ss, se = item.sentence
    spans = ((d.trigger.start, d.trigger.end),)
    if d.trigger.end2 > 0:
        spans += ((d.trigger.start2, d.trigger.end2),)
    trigger = " … ".join(text[a:b] for a, b in spans)
    return Event(
        article_id=article.id, event_date=item.date.isoformat() if item.date else None,
        date_precision=item.precision if item.date else "unknown",
        date_basis=item.basis if item.date else "",
        event_type=info.event_type, cameo_code=info.code, plover_type=info.plover_type,
        plover_mode=info.plover_mode, quad_class=info.quad_class, goldstein=info.goldstein,
        source_country=src.country, source_actor=src.name, target_country=tgt.country if tgt else None,
        target_actor=tgt.name if tgt else None, location=item.location, language=lang,
        trigger=trigger, sentence=text[ss:se], confidence=round(d.confidence, 2), url=article.url,
        source_role=src.role, target_role=tgt.role if tgt else None, trigger_spans=spans,
        sentence_start=ss, sentence_end=se,
    )
