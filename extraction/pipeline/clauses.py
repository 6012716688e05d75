"""Sentence geometry shared by role finding and the event rules: the sentence record, an
event under construction, clause bounds, and groups of coordinated parties."""
from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import dataclass, field

from .actors import Actor
from .matcher import Match
from .text import last_words, says, spaced

SYMMETRIC = ("phone_call", "meet", "agree", "military_cooperation")
# Classes of talks: what is said there is said to the other side; what they are about is
# no party.
TALKS = ("meet", "phone_call")
DOMESTIC_OK = ("coerce", "attack", "yield", "investigate", "protest", "mobilize")
# Same-country dyads are kept where domestic events are usual (police vs protesters), and
# for any class when the target is one of these domestic parties ("threatened to ban
# Ugandan opposition candidates").
DOMESTIC_ROLES = ("people", "parliament", "court", "judge", "leader", "armed_group")
# "a day after" is a date phrase and a subordinator at once: it ends a clause too.
BREAK_KINDS = ("clause_break", "date_clause_offset")
# Classes of hostile acts: what a pledge turns into a threat, what a bare protest answers.
HOSTILE_ACTS = ("coerce", "attack", "sanction", "mobilize", "threaten")
# Words from a response verb to its means word: what it answers ("protested against the new
# road by summoning"), as in the consistency pair p258.
RESPONSE_MEANS_REACH = 5
# Characters before a verb in which a response verb and its means word are looked for: the
# verb, an object of up to four words and "by" ("protested against the new road by").
MEANS_CHARS = 60
# Words that may open a sentence before its pronoun subject: "Hal itu ia sampaikan" is three.
OPENING_PRONOUN_WORDS = 3
QUOTE_OPENERS = "\"“'‘"
# Words of a measure of time before an opening phrase's first word ("Beberapa jam sebelum",
# "a few hours before"): three covers every such lead in the tune sets.
OPENER_LEAD = 3
# Characters before a verb read for the relative word that opens its clause, past adverbs:
# "yang hingga saat ini masih " has 27; the readers' earlier reach of 25 held one-word adverbs
# only.
RELATIVE_WORD_CHARS = 40


@dataclass
class Draft:
    """An event under construction; the pipeline fills in date and codes."""

    code: str
    trigger: Match
    sources: list[Actor]
    targets: list[Actor]
    symmetric: bool
    confidence: float
    notes: set = field(default_factory=set)


@dataclass
class Sentence:
    start: int
    end: int
    actors: list[Actor]
    triggers: list[Match]
    markers: list[Match]
    tokens: object
    text: str
    folded: str
    list_fillers: frozenset = frozenset()  # words that may stand inside "A and B" besides "and"
    fronted: int = -1  # the comma closing an opening phrase of time or occasion (opening_comma)
    time_phrases: frozenset = frozenset()  # "then", "saat itu": see _before_a_date
    # States named only after "anti-" ("anti-French protests"): no party, but whom a protest
    # right beside them is against
    opposed: list = field(default_factory=list)

    def words_between(self, a: int, b: int) -> int:
        return self.tokens.between(a, b)


@dataclass
class Context:
    """What role finding needs beyond the sentence: word lists and earlier events."""

    event_type_of: object  # code -> event type
    words: dict  # marker type -> set of folded phrases
    dateline_country: str | None
    head_initial: bool = False
    refine: dict = field(default_factory=dict)  # code -> ((specific code, (cue, ...)), ...)
    reference_classes: dict = field(default_factory=dict)  # event type -> folded nouns
    previous: list[Draft] = field(default_factory=list)
    # The subject of the latest sentence that named one: what "it" and "he" refer back to.
    last_subject: list[Actor] = field(default_factory=list)
    # Parties with a state named in the story so far, latest last: what "the two countries"
    # refers back to when no earlier event joined exactly two sides.
    mentioned: list[Actor] = field(default_factory=list)
    # States the story named as places so far ("Fighting flared in Myanmar"), latest last.
    places: list[Actor] = field(default_factory=list)
    # Where the paragraph being read starts: how far back a party counts as made plain (C9).
    paragraph: int = 0


def clause_bounds(s: Sentence, pos: int, end_pos: int) -> tuple[int, int]:
    """Clause around [pos, end_pos): from the last clause break before to the next after."""
    left, right = s.start, s.end
    for m in s.markers:
        if m.kind in BREAK_KINDS and not _before_a_date(s, m):
            if m.end <= pos:
                left = max(left, m.end)
            elif m.start >= end_pos:
                right = min(right, m.start)
    if 0 <= s.fronted < pos:
        left = max(left, s.fronted + 1)
    elif s.fronted >= end_pos:
        right = min(right, s.fronted)  # "Menyusul serangan balasan Iran, Kemlu RI ...": the
        # opening phrase's own event ends at its comma
    for ch in ";:":
        cut = s.text.rfind(ch, max(s.start, pos - 400), pos)
        if cut >= 0:
            left = max(left, cut + 1)
    for ch in ";:":
        stop = s.text.find(ch, end_pos, s.end)
        if stop >= 0:
            right = min(right, stop)
    comma = s.text.rfind(",", end_pos, right)
    if comma >= 0 and _attribution(s, comma, right):
        right = comma  # "..., the U.S. Central Command said": the speaker is not the object
    return left, _before_reaction(s, end_pos, _before_speech_tag(s, end_pos, right))


def _before_a_date(s: Sentence, m) -> bool:
    """"anchored at the shoal since April was rammed", "hingga Senin", "sejak saat itu": a
    clause word right before a month, a weekday, a year, a time word or a number is a
    preposition, not a new clause."""
    nxt = [w.strip(",.").lower() for w in s.text[m.end:m.end + 16].split()[:2]]
    if nxt and nxt[0].isdigit() and len(nxt[0]) == 4:
        return True
    if nxt and nxt[0].replace(".", "").replace(",", "").isdigit():
        return True  # "tarif hingga 15 persen": a measure's bound, "up to", not "until"
    if nxt and (nxt[0] in s.time_phrases or " ".join(nxt) in s.time_phrases):
        return True
    return any(x.kind in ("month", "weekday") and m.end < x.start <= m.end + 2 for x in s.markers)


def starting_from(items: list, pos: int):
    """The matches of `items` (in text order) that start at or after `pos`, found by bisection
    and read in place: a run-on page must not make each look-up a copy of the sentence."""
    first = bisect_left(items, pos, key=lambda m: m.start)
    return (items[i] for i in range(first, len(items)))


def free_parties(actors):
    """The parties with a state that are no venue and that no preposition governs: those that
    can be a clause's subject."""
    return (a for a in actors if a.country and not (a.locative or a.oblique))


def relative_opening(s: Sentence, relative, pos: int, start: int) -> int:
    """The comma nearest before `pos` (within text[start:pos]) when a relative word follows it
    (", which says ...", ", yang menyebut ..."): where a relative clause set off by commas
    opens; -1 if that comma opens none."""
    comma = s.text.rfind(",", start, pos)
    first = s.folded[comma + 1:pos].split()[:1] if comma >= 0 else []
    return comma if first and first[0] in relative else -1


def opening_comma(text: str, start: int, end: int, openers, leads=frozenset()) -> int:
    """"After talks in Paris, France expelled ...", "Usai bertemu Jokowi, Albanese ...",
    "Dalam pertemuan di Jakarta, Indonesia ...": the comma that closes a phrase of time or
    occasion opening the sentence; its parties are not the main clause's. A measure of time
    may lead the phrase ("Beberapa jam sebelum ...", "Two days after ..."). -1 if none."""
    words = [w.lower().strip(",") for w in text[start:start + 60].split()[:OPENER_LEAD + 1]]
    first = next((w for w in words if w not in leads and not w.isdigit()), None)
    if first is None or first not in openers:
        return -1
    return text.find(",", start, end)


def _before_reaction(s: Sentence, end_pos: int, right: int) -> int:
    """"launched missiles on Wednesday, prompting condemnation from Japan": the clause ends
    at the comma before what the act drew, whose party is no object of the act."""
    for m in s.markers:
        if m.kind == "receive" and end_pos <= m.start < right:
            comma = s.text.rfind(",", end_pos, m.start)
            if comma >= 0 and not s.text[comma + 1:m.start].strip():
                return comma
    return right


def _before_speech_tag(s: Sentence, pos: int, right: int) -> int:
    """"..., demikian pernyataan Kemlu RI di platform X, Sabtu": a comma right before a speech
    word ends the clause, however long the tag after it."""
    for m in s.markers:
        if m.kind == "speech" and pos < m.start < right:
            comma = s.text.rfind(",", pos, m.start)
            if comma >= 0 and not s.text[comma + 1:m.start].strip():
                return comma
    return right


def _attribution(s: Sentence, comma: int, right: int) -> bool:
    speech = any(m.kind == "speech" and m.start >= comma for m in s.markers if m.start <= right + 12)
    return speech and s.words_between(comma, right) <= 8


def groups(s: Sentence, actors: list[Actor], coordination: set) -> list[list[Actor]]:
    """Actors joined by "and" / "dan" / commas, as groups in text order."""
    return list(iter_groups(s, actors, coordination))


def iter_groups(s: Sentence, actors, coordination: set, reverse: bool = False):
    """The groups of `groups`, one at a time, each in reading order; the groups right to left
    when `reverse` (then `actors` come right to left too)."""
    if reverse:
        # Grouping reads left to right ("A dan B, dan C mendukungnya" splits before C).
        yield from reversed(list(iter_groups(s, list(actors)[::-1], coordination)))
        return
    run: list[Actor] = []
    joints: list[str] = []
    for a in actors:
        if run:
            joint = _coordinated(s, run[-1], a, coordination)
            # A list has one "and": a second one after a comma ("serangan ke Lebanon dan
            # Suriah, dan AS mendukungnya") joins clauses, not parties.
            if joint and not (joint == "comma_and" and "and" in joints):
                run.append(a)
                joints.append(joint)
                continue
            yield from _split(s, run, joints)
        run, joints = [a], []
    if run:
        yield from _split(s, run, joints)


def _split(s: Sentence, run: list[Actor], joints: list[str]):
    """A run of joined actors in reading order: one group, or, when only commas join it, one
    group per actor. A comma joins a list only when "and" closes it ("A, B and C", "A, B, C
    and others"); "Cho, Blinken said" is two parties in two roles."""
    closed = any(m.kind == "list_end" and 0 <= m.start - run[-1].end <= 2 for m in s.markers)
    if not joints or not set(joints) <= {"comma"} or closed:
        yield run
    else:
        yield from ([a] for a in run)


def _coordinated(s: Sentence, a: Actor, b: Actor, coordination: set) -> str | None:
    raw = s.folded[a.end:b.start].replace(")", " ")
    if raw.strip() == "":
        return "word"
    if raw.strip() == ",":
        return "comma"
    # "Penny Wong and her Chinese counterpart": a possessive before the second party
    words = [w for w in raw.strip(" ,").split() if w not in s.list_fillers and not w.isdigit()]
    gap = " ".join(words)
    if gap == "":
        return "word"
    if len(words) == 2 and words[0] in coordination and words[1] == _word_before(s, a):
        gap = words[0]  # "to the Amir of Qatar and to the Sultan of Oman": one preposition, twice
    if gap not in coordination:
        return None
    return "comma_and" if "," in raw else "and"


def _word_before(s: Sentence, a: Actor) -> str:
    """The word before a party, past articles and possessives ("with the", "kepada")."""
    return next((w for w in reversed(last_words(s.folded, s.start, a.start, 3))
                 if w not in s.list_fillers), "")


def one_per_state(actors) -> list[Actor]:
    """The first party of each state, in order; parties with no state are left out."""
    first: dict = {}
    for a in actors:
        if a.country:
            first.setdefault(a.country, a)
    return list(first.values())


def trig_end(t: Match) -> int:
    return t.end2 if t.end2 > 0 else t.end


def trigger_in(s: Sentence, ctx: Context, trig: Match, kind: str) -> bool:
    """Whether the trigger's own words are a phrase of the word list `kind` ("pledged" in
    pledge_verb, "was recalled" in recall_passive)."""
    return s.folded[trig.start:trig.end] in ctx.words.get(kind, ())


def domestic_party(actor: Actor) -> bool:
    """A party inside the source's own state that can be acted on: opposition, courts, people."""
    return actor.role in DOMESTIC_ROLES


def in_compound(s: Sentence, trig: Match) -> bool:
    """"its long-threatened invasion", "a UN-brokered deal": half of a hyphenated adjective."""
    return trig.start > 1 and s.text[trig.start - 1] == "-" and s.text[trig.start - 2].isalnum()


def counted_times(ctx, words: list[str]) -> set[int]:
    """The places in `words` of the unit of a count of times ("tiga kali", "three times"), which
    stands where an adverb does and counts acts over the years."""
    counts = ctx.words.get("count_word", frozenset()) | ctx.words.get("quantity", frozenset())
    units = ctx.words.get("frequency_unit", ())
    return {i for i in range(1, len(words)) if words[i].strip(",.") in units
            and (words[i - 1] in counts or words[i - 1].isdigit())}


def listed_or_owned(ctx, word: str, listed) -> bool:
    """Whether `word` is in `listed`, bare or with a possessive clitic ("keprihatinannya",
    "kelimanya")."""
    return word in listed or any(word.endswith(c) and word[:-len(c)] in listed
                                 for c in ctx.words.get("possessive_clitic", ()))


def ends_as(ctx, form, word) -> bool:
    """Whether `word` has one of the language's endings of `form` (adverb: "temporarily";
    participle: "detained"; gerund: "accusing"); a language may list none."""
    return any(word.endswith(end) for end in ctx.words.get(f"{form}_suffix", ()))


def opens_with_pronoun(s: Sentence, ctx) -> bool:
    """Whether the sentence's subject is a pronoun within its first words ("He met ...", "Hal
    itu ia sampaikan ..."), outside a quote (whose pronoun is the speaker's)."""
    words = s.folded[s.start:s.end].split()[:OPENING_PRONOUN_WORDS]
    return bool(words) and words[0][0] not in QUOTE_OPENERS and \
        bool(set(words) & set(ctx.words.get("pronoun", ())))


def opening_pronoun(s: Sentence, ctx) -> list | None:
    """"He said so while meeting ...", "Hal itu ia ungkapkan saat bertemu ...": a main clause
    whose subject is a pronoun lends the pronoun's party, the story's last subject, to the
    clause after it."""
    return (list(ctx.last_subject) or None) if opens_with_pronoun(s, ctx) else None


def means_of_response(ctx, words: list[str]) -> bool:
    """Whether `words` (those before a verb) end in a means word after a response verb and
    what it answers ("responded by", "protested against the new road by", "menanggapi
    dengan"): what follows is the response's act."""
    return len(words) > 1 and words[-1] in ctx.words.get("means", ()) and \
        says(spaced(words[-RESPONSE_MEANS_REACH - 1:-1]), ctx.words.get("response_verb", ()))


def relative_word_before(s: Sentence, ctx, pos: int) -> int:
    """Where the relative word ("yang", "which") that opens the clause of the verb at `pos`
    starts, adverbs and auxiliaries between them skipped ("yang telah datang", "yang saat ini
    mengepung", "which currently blockades", "which has been mediating"); -1 if none stands
    there."""
    auxiliaries = ctx.words.get("passive_aux", frozenset()) | ctx.words.get("perfect_aux",
                                                                             frozenset())
    words = [w for w in without_adverbs(s.folded[max(s.start, pos - RELATIVE_WORD_CHARS):pos],
                                        ctx) if w not in auxiliaries]
    if not words or words[-1] not in ctx.words.get("relative", ()):
        return -1
    return s.folded.rfind(words[-1], s.start, pos)


def without_adverbs(text: str, ctx) -> list[str]:
    """The words of `text` once its adverbs, single words or phrases ("untuk pertama
    kalinya"), are taken out."""
    adverbs = ctx.words.get("adverb", frozenset())
    padded_text = spaced(text.split())
    for phrase in longest_first(adverbs):
        padded_text = padded_text.replace(f" {phrase} ", " ")
    return [w for w in padded_text.split() if w not in adverbs]


@functools.cache
def longest_first(phrases: frozenset) -> tuple[str, ...]:
    """The phrases of several words, longest first (so "untuk pertama kalinya" goes before
    any shorter phrase inside it)."""
    return tuple(sorted((p for p in phrases if " " in p), key=len, reverse=True))


def apposed_state_noun(s: Sentence, ctx: Context, end: int, rel: int) -> bool:
    """"Ukraina, negara yang diserbu Rusia": a word for a state set off after a party (ending at
    `end`) names the party again, so a relative clause at `rel` hangs on the party (a place
    included)."""
    between = s.folded[end:rel]
    words = [w for w in between.replace(",", " ").split()
             if w not in ctx.words.get("determiner", ())]
    return between.lstrip().startswith(",") and len(words) == 1 and \
        words[0] in ctx.words.get("state_noun", ())


def party_after(s, pos, reach: int) -> list[Actor] | None:
    """The first party with a state within `reach` words after `pos` (", said Retno")."""
    after = next((a for a in s.actors if a.start >= pos and a.country), None)
    return [after] if after and s.words_between(pos, after.start) <= reach else None


def marker_between(s, a, b, kinds) -> bool:
    return any(m.kind in kinds and a <= m.start and m.end <= b for m in s.markers)


def no_verb_between(s, a, b) -> bool:
    return not any(t.form != "nouns" and a <= t.start < b for t in s.triggers)


def inside_quote(s, pos: int) -> bool:
    """Whether `pos` stands inside a quotation (the folded text writes every quote mark '"')."""
    return s.folded[s.start:pos].count('"') % 2 == 1
