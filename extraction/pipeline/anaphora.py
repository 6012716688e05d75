"""What a clause refers back to: the story's earlier events and the parties they named ("the
strikes", "both sides", "the meeting", "the country", "him"), read from the events told before
in the article (`ctx.previous`) and the states named so far."""
from __future__ import annotations

import functools

from .actors import PERSON_ROLES, Actor, posting_state
from .clauses import HOSTILE_ACTS, Draft, counted_times, groups, trig_end
from .codes import ORGANISATIONS
from .text import last_words, padded, says, spaced
from .venues import warring_mark

# "The nations", "ketiga negara": a group anaphor stands for three or more doers ("the two"
# has its own words, both_parties).
GROUP_SIZE = 3
# Adverbs and auxiliaries read past before an anaphor's last four words ("have also"): two.
ADVERB_ROOM = 2
# Words of an object read for a partner word and a state anaphor after it: a two-word thing
# ("hubungan diplomatik"), the word, and the longest anaphor ("negara Asia Tenggara tersebut").
ANAPHOR_OBJECT_REACH = 8
# Acts a protest that names no one can answer: hostile acts, and hostile words.
HOSTILE_CLASSES = HOSTILE_ACTS + ("condemn", "reject", "protest")
# Words between "all parties" and the state anaphor that says where they are: "terkait di".
SIDES_LEAD_WORDS = 2


def meeting_sides(ctx) -> list[Actor]:
    """Both sides of the latest meeting or call told."""
    last = next((d for d in reversed(ctx.previous)
                 if ctx.event_type_of(d.code) in ("meet", "phone_call")), None)
    return list(last.sources + last.targets) if last else []


def _aimed_at(ctx, own: set, before: int | None = None):
    """The story's events aimed at `own` (told before `before`, if given), latest first."""
    return (d for d in reversed(ctx.previous) if own & {a.country for a in d.targets}
            and (before is None or d.trigger.start < before))


def _other_doers(d: Draft | None, own: set) -> list[Actor]:
    return [a for a in d.sources if a.country and a.country not in own] if d else []


def last_aimed_at(ctx, own: set, etype: str | None = None) -> list[Actor]:
    """The other-state doers of the latest event (of class `etype`, if given) aimed at `own`:
    the ones a response answers."""
    return _other_doers(next((d for d in _aimed_at(ctx, own)
                              if etype is None or ctx.event_type_of(d.code) == etype), None), own)


def last_hostile_doer(s, ctx, own: set, since: int = 0) -> list[Actor]:
    """The other-state doers of the latest event aimed at `own` in an earlier sentence (from
    `since` on), when that event was hostile: what a protest or condemnation that names no one
    answers."""
    d = next(_aimed_at(ctx, own, before=s.start), None)
    return _other_doers(d, own) if d and d.trigger.start >= since and \
        ctx.event_type_of(d.code) in HOSTILE_CLASSES else []


def latest(ctx, etype):
    """The latest event of this class told so far in the article, if any."""
    return next((d for d in reversed(ctx.previous) if ctx.event_type_of(d.code) == etype), None)


def act_told_before(s, ctx, pos) -> Draft | None:
    """The sentence's latest event before `pos` that has a doer."""
    return next((d for d in reversed(ctx.previous)
                 if s.start <= d.trigger.start < pos and d.sources), None)


def repeated_act_doer(s, ctx, trig, done_to: list[Actor]) -> list[Actor] | None:
    """The doers of the story's latest act of the same CAMEO code or verb, when it was done to
    other states than `done_to`: an agentless passive that repeats it ("The day before, the
    envoys of Australia and Canada were likewise summoned", "duta besar Kanada juga dipanggil",
    "a Latvian diplomat was expelled too", whose code the envoy turned into 161)."""
    own = {a.country for a in done_to if a.country}
    verb = s.folded[trig.start:trig.end].split()[-1]
    last = next((d for d in reversed(ctx.previous) if d.sources and (
        d.code == trig.key or s.folded[d.trigger.start:d.trigger.end].split()[-1] == verb)), None)
    if not own or last is None or own & {a.country for a in last.sources + last.targets}:
        return None
    return list(last.sources)


def latest_holder(ctx, freed: list[Actor], holding: tuple[str, ...]) -> Draft | None:
    """The story's latest seizure, arrest or kidnapping (codes starting with one of `holding`)
    of the freed people's state, or of anyone when their state is not named: "The man, who was
    seized on Sunday, was freed the next day", "dua dari mereka sudah dibebaskan"."""
    own = {a.country for a in freed if a.country}
    return next((d for d in reversed(ctx.previous) if d.code.startswith(holding) and d.sources
                 and d.targets and (not own or own & {a.country for a in d.targets})), None)


def reference_before(s, ctx, pos, actor_start) -> bool:
    seg = set(s.folded[pos:actor_start].split())
    return not seg.isdisjoint(ctx.words.get("event_reference", ())) and \
        s.words_between(pos, actor_start) > 4


def event_reference(s, ctx, pos, stop, own=frozenset()) -> list[Actor] | None:
    """"the strikes", "langkah tersebut": the parties that acted in the last event."""
    seg = s.folded[pos:stop].split(",")[0]
    refs = ctx.words.get("event_reference", set())
    words = [w.strip(",.\"'") for w in seg.split() if w not in ctx.words.get("adverb", ())][:4]
    before, after = ctx.words.get("anaphor_before", ()), ctx.words.get("anaphor_after", ())
    own_act = ctx.words.get("new_act_after", ())
    hits = [w for i, w in enumerate(words)
            if w in refs and not (i + 1 < len(words) and words[i + 1] in own_act)
            and ((i > 0 and words[i - 1] in before | {"the"})
                 or (i + 1 < len(words) and words[i + 1] in after))]
    if not hits:
        return None
    # "the launch" points back to the last show of force, "the sanctions" to the last
    # sanction; a word with no class points back to the last event of any kind.
    wanted = {cls for cls, nouns in ctx.reference_classes.items() if hits[0] in nouns}
    candidates = [d for d in reversed(ctx.previous) if not {a.country for a in d.sources} & own]
    typed = [d for d in candidates if ctx.event_type_of(d.code) in wanted]
    chosen = (typed or candidates)[:1]
    if chosen:
        return list(chosen[0].sources)
    # "India told Pakistan the treaty was in abeyance. Pakistan denounced the step": an act
    # the rules did not code is the doing of the party the last sentence was about
    return [a for a in ctx.last_subject if a.country and a.country not in own] or None


def names_both_parties(s, ctx, left, pos) -> bool:
    """Whether the last four words before `pos` say "both sides" ("kedua menlu", "the two
    leaders")."""
    return last_words_say(s, ctx, left, pos, "both_parties")


def last_words_say(s, ctx, left, pos, kind, past_adverbs=False) -> bool:
    """Whether the last four words of s.text[left:pos] hold a phrase of the marker list `kind`;
    with `past_adverbs`, adverbs and auxiliaries right before `pos` aside ("the three Baltic
    states have")."""
    words = last_words(s.folded, left, pos, 4 + ADVERB_ROOM if past_adverbs else 4)
    if past_adverbs:
        words = _without_frequency(ctx, [w for w in words if w not in ctx.words.get("adverb", ())])
    return says(spaced(words[-4:]), ctx.words.get(kind, ()))


def _without_frequency(ctx, words: list[str]) -> list[str]:
    """The words without a count of times ("sudah tiga kali berperang", "have three times
    clashed")."""
    drop = counted_times(ctx, words)
    return [w for i, w in enumerate(words) if i not in drop and i + 1 not in drop]


def both_parties(s, ctx, left, pos) -> list[Actor] | None:
    """"kedua menlu", "the two leaders" just before the verb, adverbs and auxiliaries aside
    ("the two foreign ministers had met"): the two sides of the story."""
    if not last_words_say(s, ctx, left, pos, "both_parties", past_adverbs=True):
        return None
    if any(a.country for a in s.actors if left <= a.start and a.end <= pos) and \
            not latest_pair(ctx, set()):
        return None  # "China and Russia both backed": the clause names its sides
    return story_pair(s, ctx, left, set()) or _pair_named_after(s, pos)


def owners_pair(s, ctx, left, pos) -> list[Actor] | None:
    """"South Korea and Japan condemned ..., after their foreign ministers met": officials
    told as "their" are those of the sentence's first group, when it is two states."""
    if not last_words_say(s, ctx, left, pos, "their_officials", past_adverbs=True):
        return None
    named = [a for a in s.actors if a.end <= pos and a.country and not a.locative
             and not a.oblique]
    first = next(iter(groups(s, named, ctx.words.get("coordination", set()))), None)
    return first if first and len({a.country for a in first}) == 2 else None


def _pair_named_after(s, pos) -> list[Actor] | None:
    """"The two countries signed a pact during a visit by Vietnam's prime minister to
    Canberra": a lead that names the two sides only after the verb."""
    sides = {a.country: a for a in s.actors if a.start >= pos and a.country
             and a.country not in ORGANISATIONS}
    return list(sides.values()) if len(sides) == 2 else None


def meeting_anaphor(s, ctx, left, pos) -> list[Actor] | None:
    """"The meeting produced eight agreements", "pertemuan itu menghasilkan ...": the meeting
    told before, right before the verb, stands for its two sides."""
    adverbs = ctx.words.get("adverb", ())
    words = [w for w in last_words(s.folded, left, pos, 5) if w not in adverbs]
    tail = " ".join(words[-2:])
    if tail not in ctx.words.get("meeting_anaphor", ()):
        return None
    sides = meeting_sides(ctx)
    return sides if len({a.country for a in sides}) == 2 else None


def group_anaphor(s, ctx, left, pos) -> list[Actor] | None:
    """"The nations have also asked Qatar", "ketiga negara itu": the latest group of three or
    more the story told acting or acted on ("summoned the envoys of Britain, France and
    Germany. The three countries ..."), when the clause names no party of its own."""
    if not last_words_say(s, ctx, left, pos, "group_anaphor", past_adverbs=True) or \
            any(a.country for a in s.actors if left <= a.start and a.end <= pos):
        return None
    return next((list(side) for d in reversed(ctx.previous) for side in (d.sources, d.targets)
                 if len({a.country for a in side}) >= GROUP_SIZE), None)


def story_pair(s, ctx, pos, own: set) -> list[Actor] | None:
    """The sides of the latest two-way or mutual event (a ceasefire each way) between exactly
    two sides, else the two states named last before `pos`; none of them in `own`. Two states
    the same sentence names before `pos` come first ("Since Russia invaded Ukraine, the two
    countries have held 60 exchanges")."""
    pair = _sentence_pair(s, pos, own) or latest_pair(ctx, own)
    if pair:
        return pair
    top = most_named(s, ctx, pos, own)[:2]
    return top if len(top) == 2 else None  # "Thailand and Cambodia fought. Both sides ..."


def _sentence_pair(s, pos, own: set) -> list[Actor] | None:
    sides = {a.country: a for a in s.actors if a.end <= pos and a.country and not a.locative
             and a.country not in own}
    if len(sides) > 2:
        # "Before Finland and Sweden can join the alliance, Turkey asked the two Nordic
        # states ...": the two states, not the bloc they join
        sides = {c: a for c, a in sides.items() if c not in ORGANISATIONS}
    return list(sides.values()) if len(sides) == 2 else None


def most_named(s, ctx, pos, own: set) -> list[Actor]:
    """The states named in the story before `pos`, most named first, the later named first on
    a tie; none of them in `own`."""
    named = ctx.mentioned + [a for a in s.actors if a.end <= pos and a.country and not a.locative]
    rank = {a.country: (sum(b.country == a.country for b in named), i)
            for i, a in enumerate(named) if a.country not in own}
    last = {a.country: a for a in named}
    return [last[c] for c in sorted(rank, key=rank.get, reverse=True)]


def latest_pair(ctx, own: set) -> list[Actor] | None:
    for d in reversed(ctx.previous):
        sides = {a.country: a for a in d.sources + d.targets}
        mutual = d.symmetric or {a.country for a in d.sources} == {a.country for a in d.targets}
        if mutual and len(sides) == 2 and not own & set(sides):
            return list(sides.values())
    return None


def pair_object(s, ctx, after, right, subject, lead="target_mark",
                them=True) -> list[Actor] | None:
    """"called both leaders", "urging them": the story's two sides, without the subject's. A
    `lead` word may stand first: a target word ("berterima kasih kepada kedua negara"), or
    "between" after a two-way noun ("talks between the two countries"), "by" after a passive
    ("the deal signed by the two countries"); there "them" is no pair ("pertemuan mereka": the
    subject's own meeting)."""
    words = s.folded[after:right].split()[:4]
    if words and words[0] in ctx.words.get(lead, ()):
        words = words[1:]
    words = words[:3]
    pair_words = tuple(ctx.words.get("both_parties", ())) + \
        (tuple(ctx.words.get("them", ())) if them else ())
    if not words or words[0].strip(",.;:'\"") not in first_words(pair_words):
        return None  # the common case, decided without building the phrase
    head = spaced(w.strip(",.;:'\"") for w in words)
    if head.startswith(padded(ctx.words.get("reciprocal", ()))):
        return None  # "accuse each other": both sides act, found by the reciprocal rule
    if head.startswith(padded(pair_words)):
        own = {a.country for a in subject}
        pair = story_pair(s, ctx, after, own)
        if pair is None and words[0].strip(",.;:'\"") in ctx.words.get("them", ()):
            # "asked three French diplomats to leave, accusing them of": one other state only
            return most_named(s, ctx, after, own)[:1] or None
        return pair
    return None


@functools.cache
def first_words(phrases: tuple) -> frozenset:
    return frozenset(p.split()[0] for p in phrases if p.strip())


def pair_in_trigger(s, ctx, trig, after, subject) -> list[Actor] | None:
    """"called both leaders": the trigger's own words name the story's two sides."""
    words = " " + s.folded[trig.start:trig_end(trig)] + " "
    if says(words, ctx.words.get("both_parties", ())):
        return story_pair(s, ctx, after, {a.country for a in subject})
    return None


def anaphoric_object(s, ctx, after, right, subject) -> list[Actor] | None:
    """An object that refers back: "called both leaders", "urging them" (the story's two
    sides, without the subject's), "congratulated him" (the last person of another state)."""
    head = object_head(s, ctx, after, right)
    own = {a.country for a in subject}
    if head.startswith(padded(ctx.words.get("reciprocal", ()))):
        return None  # "accuse each other": both sides act, found by the reciprocal rule
    pair = pair_object(s, ctx, after, right, subject)
    if pair:
        return pair
    if head.startswith(padded(ctx.words.get("group_anaphor", ()))):
        # "ECOWAS suspended the three countries": the latest group of three or more the story
        # told acting or acted on, without the subject's own
        return next(([a for a in side if a.country not in own] for d in reversed(ctx.previous)
                     for side in (d.sources, d.targets)
                     if len({a.country for a in side} - own) >= GROUP_SIZE), None)
    if head.startswith(padded(ctx.words.get("upheaval", ()))):
        # "condemned the military coup": aimed at the state the story is about, which is not
        # the speaker's ("Nigerian President Tinubu, chairman of ECOWAS, denounced the coup")
        speakers = {a.country for a in s.actors if a.end <= after}
        return most_named(s, ctx, s.start, own | speakers)[:1] or None
    if head.split()[:1] and head.split()[0] in ctx.words.get("him", ()):
        # (a person by name, or by office: "expelled South Africa's ambassador, accusing him")
        named = ctx.mentioned + [a for a in s.actors if a.end <= after]
        return next(([a] for a in reversed(named) if (a.name or a.role in PERSON_ROLES)
                     and a.country and a.country not in own), None)
    named = state_anaphor_object(s, ctx, after, right, own)
    if named:
        return named
    if head.startswith(padded(ctx.words.get("it_object", ()))):
        # "Peru cut ties with Bolivia, accusing it of meddling", "Russia violated Ukraine's
        # sovereignty, and we condemn it": the sentence's first other state, else the last
        # one named before it
        here = [a for a in s.actors if a.end <= after and not a.locative]
        first = next(([a] for a in here if a.country and a.country not in own), None)
        return first or next(([a] for a in reversed(ctx.mentioned)
                              if a.country and a.country not in own), None)
    return None


def object_head(s, ctx, after, right) -> str:
    """The first three words of an object, past a target word ("melancarkan serangan
    (militer) ke negara itu"; not past "him" or "it": "congratulated him on", "urged it to")."""
    words = s.folded[after:right].split()[:5]
    mark = next((i for i, w in enumerate(words[:2]) if w in ctx.words.get("target_mark", ())), None)
    pronouns = set(ctx.words.get("him", ())) | set(ctx.words.get("it_object", ()))
    if mark is not None and not (mark and words[0].strip(",.") in pronouns):
        words = words[mark + 1:]
    return spaced(w.strip(",.;:'\"") for w in words[:3])


def state_anaphor_object(s, ctx, after, right, own: set) -> list[Actor] | None:
    """"memantau situasi di Venezuela setelah AS melancarkan serangan ke negara itu", "air
    strikes on the country": a state named as "the country" is the nearest other state named
    before, a place too; with none in the sentence, the last other state the story named
    ("Qatar protested. Riyadh cut ties with the Gulf state.")."""
    anaphors = padded(ctx.words.get("state_anaphor", ()))
    if not object_head(s, ctx, after, right).startswith(anaphors) and \
            not _marked_anaphor(s, ctx, after, right, anaphors):
        return None
    return _anaphor_state(s, ctx, after, own)


def _anaphor_state(s, ctx, after, own: set) -> list[Actor] | None:
    """The state "the country" stands for: the nearest other one named before `after`, else
    the last other state the story named."""
    # (an envoy's posting is a state named: "its ambassador to Niger ... the country")
    named = [b for a in s.actors if a.end <= after
             for b in (a, *posting_state(a)) if b.country and b.country not in own]
    return named[-1:] or next(([a] for a in reversed(ctx.mentioned) if a.country not in own
                               and a.country not in ORGANISATIONS), None)


def sides_in_the_state(s, ctx, after, right, own: set) -> list[Actor] | None:
    """"urged all parties in the country to end the violence", "mendesak semua pihak terkait
    di negara itu": every side belongs to the state the anaphor stands for (convention C25,
    as `venues.warring_parties` reads it for a state named)."""
    mark = warring_mark(s, after, right)
    if mark is None:
        return None
    words = s.folded[mark.end:right].split()
    anaphors = padded(ctx.words.get("state_anaphor", ()))
    # ("all parties in the country", "semua pihak terkait di negara itu": up to two words first)
    if not any(spaced(words[k:]).startswith(anaphors) for k in range(1, SIDES_LEAD_WORDS + 1)):
        return None
    # ("Fighting flared again in Myanmar. ASEAN urged all parties in the country": the sides
    # may be in a state the story named only as a place)
    return _anaphor_state(s, ctx, mark.start, own) or \
        next(([a] for a in reversed(ctx.places) if a.country not in own), None)


def _marked_anaphor(s, ctx, after, right, anaphors: tuple) -> bool:
    """"suspending relations with the Gulf state", "memutus hubungan diplomatik dengan negara
    itu": the anaphor after the first partner or target word of the object."""
    words = [w.strip(",.;:'\"") for w in s.folded[after:right].split()[:ANAPHOR_OBJECT_REACH]]
    targets, partners = ctx.words.get("target_mark", ()), ctx.words.get("comitative", ())
    i = next((i for i, w in enumerate(words) if w in targets or w in partners), None)
    return i is not None and spaced(words[i + 1:]).startswith(anaphors)


def adversary(ctx, src, classes=()) -> list[Actor] | None:
    """The one other side of the story's latest event (of `classes`, if given) between the
    doer's state and another."""
    own = {a.country for a in src}
    for d in reversed(ctx.previous):
        if classes and ctx.event_type_of(d.code) not in classes:
            continue
        sides = {a.country: a for a in d.sources + d.targets if a.country}
        if own & set(sides) and len(sides) == 2:
            return [a for c, a in sides.items() if c not in own]
    return None


def latest_targets(ctx, etype: str, own: set) -> list[Actor]:
    """The targets of the story's latest act of class `etype` aimed away from `own`: where an
    act that repeats it ("Kecaman serupa ...", "also condemned it") is aimed."""
    echoed = echoed_act(ctx, etype, own)
    return list(echoed.targets) if echoed else []


def echoed_act(ctx, etype: str, own: set) -> Draft | None:
    """The story's latest act of class `etype` aimed away from `own`, which an act that names
    no object of its own may repeat."""
    return next((d for d in reversed(ctx.previous) if ctx.event_type_of(d.code) == etype
                 and d.targets and not own & {a.country for a in d.targets}), None)
