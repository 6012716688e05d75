"""The shape of the phrase around an event noun: the verb that carries it ("launched
strikes"), the words before and after it ("a ninety-minute meeting", "its ban"), and whether
another event noun or a date stands in between. Word-level tests that
parties.py reads; they know nothing of who acted."""
from __future__ import annotations

from itertools import takewhile

from .actors import Actor
from .clauses import (RESPONSE_MEANS_REACH, TALKS, in_compound, listed_or_owned, marker_between,
                      no_verb_between, starting_from, trig_end)

# The words between a response word and the act it answers ("in retaliation for the Oct. 7
# attack"): an article, a date of up to two words, a modifier (tune: 3 at most).
RESPONSE_REACH = 4
# A support verb carries a noun up to this many words on ("announced $717 million in new U.S.
# assistance" is six, "gave the Ivory Coast 5.1 million dollars of aid" eight).
SUPPORT_REACH = 8
# Words between a protest noun and the verb of taking place after it: "Protests were held",
# "Unjuk rasa besar-besaran berlangsung" (one each); two leaves room for an adverb.
HELD_REACH = 2
# Words from a response's means word to the act it names: "with waves of air raids" is two,
# "with a wave of" three.
MEANS_REACH = 3
HYPHENS = ("-", "–", "—")
# The possessive after a party that precedes an event's modifier ("Israel's latest strikes"),
# longest first.
POSSESSIVE_S = ("'s", "’s", "'", "’")
# "a credit line of 750 million US dollars from India": an amount of up to five words.
AMOUNT_WORDS = 5
# Words that may describe an event noun between its possessive owner and it ("Modi's three-day
# state visit"): a count, a length, an ordinal and a kind. Three was set by hand to fit "first
# three-day state" and not tuned; no scored set moved with it.
OWNED_MODIFIER_WORDS = 3
NOUN_MODIFIER_KINDS = ("event_modifier", "date_first", "quantity", "count_word", "modifier_suffix",
                       "show_of_force")
# Classes whose noun a verb of ending still carries: a visit, talks or a drill that was
# "wrapped up" took place; an "ended" ban or war is the lifting, another event.
COMPLETED_KINDS = ("meet", "mobilize", "military_cooperation")
# A verb of ending carries only a near noun: "wrapped up a two-day state visit" is four words on.
COMPLETION_REACH = 4


def answered_act(s, trig) -> bool:
    """Whether a response word stands just before the event noun ("in retaliation for the
    Oct. 7 attack", "sebagai balasan atas serangan")."""
    return any(m.kind == "response" and m.end <= trig.start and
               s.words_between(m.end, trig.start) <= RESPONSE_REACH for m in s.markers)


def later_verbs_agent(s, trig, party) -> bool:
    return party.oblique == "agent" and any(
        t.form != "nouns" and trig_end(trig) <= t.start < party.start for t in s.triggers)


def aimed_at(s, trig, party) -> bool:
    """Whether a target or place word stands right before the party ("launch toward Japan",
    "deployment to Poland", "latihan di dekat Taiwan")."""
    # ("discussed the missile launches at a meeting in Tokyo": a place after another event
    # noun is that event's)
    if any(trig_end(trig) <= t.start < party.start and t.form == "nouns" for t in s.triggers):
        return False
    return any(m.kind in ("target_mark", "locative") and trig_end(trig) <= m.start
               and m.end <= party.start and s.words_between(m.end, party.start) <= 2
               for m in s.markers)


def sides_before(s, ctx, trig) -> list[Actor] | None:
    """"Japan and the Philippines agreed ..., after a meeting of their ministers": the two sides
    of the sentence's earlier two-way event, past a comma."""
    earlier = [d for d in ctx.previous if s.start <= d.trigger.start < trig.start and d.symmetric]
    return list(earlier[-1].sources) if earlier else None


def word_before_noun(s, ctx, trig) -> str:
    """The word before an event noun's phrase (past articles, numbers, possessives and
    modifiers such as "working", "ninety-minute"), or ""."""
    skip = set(ctx.words.get("quantity", ())) | set(ctx.words.get("determiner", ())) | \
        set(ctx.words.get("possessive", ())) | set(ctx.words.get("ordinal", ())) | \
        set(ctx.words.get("event_modifier", ()))
    suffixes = tuple(ctx.words.get("modifier_suffix", ()))
    words = [w for w in s.folded[max(s.start, trig.start - 40):trig.start].split()
             if w not in skip and not (suffixes and w.endswith(suffixes))]
    return words[-1] if words else ""


def possessed(s, ctx, trig) -> bool:
    """"his visit", "kunjungannya": an event noun with a possessive pronoun (a word before it,
    or a clitic the match stopped short of)."""
    owners = ctx.words.get("possessive", ())
    before = s.folded[max(s.start, trig.start - 8):trig.start].split()[-1:]
    # a head-initial language names the owner after the noun ("pertemuan mereka")
    after = s.folded[trig_end(trig):trig_end(trig) + 10].split()[:1] if ctx.head_initial else []
    return bool(before) and before[0] in owners or \
        bool(after) and after[0].strip(",.") in owners or \
        any(s.folded.startswith(c, trig_end(trig)) for c in ctx.words.get("possessive_clitic", ()))


def own_clause_end(s, trig, right) -> int:
    """Where a two-way noun's own clause ends: its other side is not in a clause the noun
    introduces ("at their joint news conference that the pact with Australia ...")."""
    after = starting_from(s.markers, trig_end(trig))
    return next((m.start for m in takewhile(lambda m: m.start < right, after)
                 if m.kind in ("complement", "relative", "clause_break")), right)


def own_last_word(s, ctx, trig, kind) -> int:
    """Where to look for a marker after a trigger: from its start when the trigger's own last
    word is that marker ("call with", "call from"), else from its end."""
    last = s.folded[trig.start:trig_end(trig)].rsplit(None, 1)[-1]
    return trig.start if last in ctx.words.get(kind, ()) else trig_end(trig)


def demonstrative_after(s, ctx, end) -> bool:
    """"peluncuran rudal itu dan menilainya melanggar resolusi DK PBB": a demonstrative right
    after an event noun closes its phrase, and the noun points back to an act told before."""
    first = s.folded[end:end + 12].split()[:1]
    return bool(first) and first[0].strip(",.") in ctx.words.get("anaphor_after", ())


def noun_between(s, ctx, trig, a, b) -> bool:
    """Whether an event noun of another class stands between: the parties after it are its own
    ("gencatan senjata hasil mediasi Presiden AS": the mediator's; not "penandatanganan nota
    kesepahaman antara ...", one signing)."""
    etype = ctx.event_type_of(trig.key)
    return any(t.form == "nouns" and a <= t.start < b and ctx.event_type_of(t.key) != etype
               for t in s.triggers)


def giver_inside(s, ctx, pos, right) -> list[Actor] | None:
    """"menerima bantuan dua kapal dari Jepang": the giver inside a phrase that names what was
    given ("kapal dari Jepang" is one actor)."""
    fro = ctx.words.get("source_from", ())
    return next(([a] for a in s.actors if pos <= a.start < right and a.country
                 and any(w in fro for w in s.folded[a.start:a.end].split()[1:])), None)


def patient_noun(s, ctx, trig) -> bool:
    words = s.folded[trig.start:trig.end]
    return any(words == p or words.startswith(p + " ") for p in ctx.words.get("patient_noun", ()))


def hyphen_pair(s, nearest) -> list[Actor] | None:
    """The two states of a hyphen compound ("Israel-Hamas", "Rusia-Ukraina") that holds the
    party next to an event noun."""
    if not nearest:
        return None
    i = s.actors.index(nearest[0])
    for a, b in ((s.actors[i - 1], s.actors[i]) if i > 0 else (None, None),
                 (s.actors[i], s.actors[i + 1]) if i + 1 < len(s.actors) else (None, None)):
        if a and b and s.text[a.end:b.start] in HYPHENS and a.country and b.country and \
                a.country != b.country:
            return [a, b]
    return None


def modifier_between(s, a, b) -> bool:
    """"Israeli tank shelling", "US drone strikes", "Israel's latest strikes": one content word
    between party (with its possessive) and noun, not a verb ("Pyongyang criticised joint
    drills"). After a possessive, a few words that only describe the noun may stand there
    ("Putin's first visit", "Modi's three-day state visit")."""
    owned = next((len(p) for p in POSSESSIVE_S if s.text.startswith(p, a)), 0)
    a += owned
    kinds = NOUN_MODIFIER_KINDS if owned else ("event_modifier",)
    words = s.words_between(a, b)
    return (words == 1 or (owned and 0 < words <= OWNED_MODIFIER_WORDS)) and \
        not any(a <= m.start < b and m.kind not in kinds for m in s.markers) and \
        not any(a <= t.start < b for t in s.triggers)


def day_between(s, a, b) -> bool:
    """"Hamas' October 7 attack", "Russia's February 2022 invasion": only a possessive and a
    day stand between the party and the noun."""
    words = s.text[a:b].replace("’", "'").replace("'s", " ").replace("'", " ").split()
    covered = [m for m in s.markers if m.kind in ("month", "weekday") and a <= m.start < b]
    return 0 < len(words) <= 3 and bool(covered) and \
        all(w.isdigit() or any(w in s.text[m.start:m.end] for m in covered) for w in words)


def amount_then_from(s, pos) -> bool:
    """Whether "from"/"dari" follows the aid noun, straight away or after its amount ("of 750
    million dollars"), with no verb between."""
    mark = next((m for m in s.markers if m.kind == "source_from" and m.start >= pos), None)
    return mark is not None and s.words_between(pos, mark.start) <= AMOUNT_WORDS and \
        no_verb_between(s, pos, mark.start) and \
        (s.words_between(pos, mark.start) == 0 or any(c.isdigit() for c in s.text[pos:mark.start]))


def marker_right_after(s, pos, kind) -> bool:
    return any(m.kind == kind and m.start >= pos and s.words_between(pos, m.start) == 0
               for m in s.markers)


def topic_of_talks(s, ctx, trig) -> bool:
    talks = [t for t in s.triggers if t.end <= trig.start and s.words_between(t.end, trig.start) <= 8
             and ctx.event_type_of(t.key) in TALKS]
    if not talks or marker_between(s, talks[-1].end, trig.start, ("support",)):
        return False  # "at their summit ... on Tuesday renewed their call for": its own verb
    between = s.folded[talks[-1].end:trig.start].split()
    return any(w in ctx.words.get("topic", ()) for w in between)


def after_preposition(s, ctx, trig) -> bool:
    """Whether a place, target or occasion word stands before the event noun's phrase ("at a
    meeting", "during the call", "dalam pertemuan"), or a means word before a call ("melalui
    percakapan telepon"): the noun is a circumstance, not an act the words before it carry.
    (Talks as a means, "menyelesaikan sengketa melalui dialog", are what is urged, not held.)"""
    preps = set(ctx.words.get("locative", ())) | set(ctx.words.get("target_mark", ())) | \
        set(ctx.words.get("occasion", ()))
    if ctx.event_type_of(trig.key) == "phone_call":
        preps |= set(ctx.words.get("route", ()))
    return word_before_noun(s, ctx, trig) in preps


def object_of_verb(s, trig) -> bool:
    return any(t.form != "nouns" and t.end <= trig.start and s.words_between(t.end, trig.start) <= 3
               for t in s.triggers)


def _response_means(s, left, trig):
    """"hit back on Saturday night with waves of air raids", "membalas pada Senin dengan
    gelombang serangan udara": a response verb carries the act its means word names, past a
    date or what it answers."""
    means = next((m for m in reversed(s.markers) if m.kind == "means" and left <= m.start
                  and m.end <= trig.start and s.words_between(m.end, trig.start) <= MEANS_REACH),
                 None)
    if means is None:
        return None
    return next((m for m in reversed(s.markers) if m.kind == "response_verb" and left <= m.start
                 and m.end <= means.start
                 and s.words_between(m.end, means.start) <= RESPONSE_MEANS_REACH), None)


def _feeling_between(s, ctx, start, end) -> bool:
    """A feeling noun between ("voiced concern over", "menyatakan keprihatinannya atas": with its
    possessive clitic too)."""
    feelings = ctx.words.get("feeling_noun", ())
    return any(listed_or_owned(ctx, w, feelings) for w in s.folded[start:end].split())


def _held_after(s, ctx, trig):
    """"Unjuk rasa berlangsung di beberapa kota", "Protests were held in Seoul": a protest noun
    that a verb of taking place follows carries itself."""
    if ctx.event_type_of(trig.key) != "protest":
        return None
    return next((m for m in s.markers if m.kind == "held" and m.start >= trig_end(trig)
                 and s.words_between(trig_end(trig), m.start) <= HELD_REACH), None)


def support_verb(s, ctx, trig, left) -> int | None:
    """Offset of the nearest verb that carries the event noun ("launched strikes"), if any."""
    found = None
    ended = ctx.event_type_of(trig.key) in COMPLETED_KINDS
    for m in s.markers:
        reach = COMPLETION_REACH if m.kind == "completion" else SUPPORT_REACH
        if (m.kind == "support" or (ended and m.kind == "completion")) and left <= m.start \
                and m.end <= trig.start and s.words_between(m.end, trig.start) <= reach:
            found = m
    found = found or _response_means(s, left, trig) or _held_after(s, ctx, trig)
    if found is not None and _feeling_between(s, ctx, found.end, trig.start):
        return None  # "voiced concern over China's drills": the verb carries the concern
    if found is None or any(found.end <= t.start < trig.start and not in_compound(s, t)
                            for t in s.triggers) or \
            any(t.start <= found.start and found.end < t.end <= trig.start for t in s.triggers) or \
            marker_between(s, found.end, trig.start, ("purpose", "obligation", "complement",
                                                        "modal", "agent")):
        # "announced it will withdraw its peacekeeping force": withdraw's object; "menyalurkan
        # bantuan ... dalam percakapan telepon": the verb carries the nearer noun; "use its
        # influence ... to help end the war", "menyatakan Israel harus menghentikan serangan":
        # the noun belongs to the infinitive or the obliged verb; "confirmed that the Czech
        # side had notified the expulsion": to the clause's own subject; "membenarkan ...
        # disebabkan oleh bombardemen udara Israel": to the passive it is the agent of.
        return None
    return found.start
