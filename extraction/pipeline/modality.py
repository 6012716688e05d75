"""Whether a trigger is told as done: the negation, modal, intent and refusal words that
govern it ("did not", "akan", "is ready to", "refused to") and the code they turn it into (a
plan to visit is 036, a refusal 12x, a threat 13x), or None when nothing is done."""
from __future__ import annotations

from .clauses import TALKS, Sentence, ends_as, inside_quote, relative_opening, trigger_in
from .dates import SAME_KINDS
from .matcher import Match
from .parties import HOSTED, VISIT, owner_before, support_verb
from .text import says, spaced

# How many words before a trigger a negation or modal word still governs it. Four reaches
# "did not immediately condemn" and "tidak ada perjanjian yang ditandatangani" but not the
# previous clause; measured on the dev set's negated traps.
SCOPE_WORDS = 4
# How far a modal reaches a second verb joined by "and" ("must cede power in a week and
# immediately release"): a clause's worth of words, as events.REFINE_WORDS.
COORDINATED_SCOPE = 14
BLOCKERS = ("negation", "modal", "intent", "disputed", "denial")
THREAT_CODE = "130"
# Words from a fronted "if" to the main clause's verb: a condition and the main clause's
# subject. A read set's has 23 ("if Kyiv cleared its ports of mines and let exports go
# through ports ..., Moscow would guarantee"); 25 leaves room for a longer subject, and no
# prediction of the sets changes between 25 and 40.
CONDITION_REACH = 25
ACCESS = "086"
# An intention to do these is coded as the matching CAMEO 03x ("will visit" -> 036); None
# keeps the trigger's own 03x code.
INTENT_CODES = {"meet": "036", "phone_call": "036", "aid": "033", "yield": "035",
                "support": "032", "military_cooperation": "0312", "agree": None,
                # "said it would suspend aid", "will expel ten diplomats": a state announcing a
                # measure of its own has decided it.
                "sanction": None, "coerce": None}
# Measures a state decides: "will expel" announces one, a wish ("wants to destroy") does not.
DECIDED_CLASSES = ("sanction", "coerce")
REFUSAL_CODES = {"aid": "121", "support": "121", "military_cooperation": "121", "meet": "125",
                 "phone_call": "125", "yield": "124", "agree": "120"}
# A dated intention of these classes is a schedule ("will meet on Friday"), not a pledge.
SCHEDULED = TALKS
# Visits and hostings: a trip told ahead is a plan, not an intent to meet (real-news gold: four of
# four such trips uncoded).
TRIPS = (VISIT, HOSTED)
DATE_KINDS = ("weekday", "month", "reldate", *SAME_KINDS)


def blocking(s: Sentence, ctx, trig: Match, left: int) -> list[Match]:
    """The negation and modal words that govern the trigger, or the verb that carries an event
    noun ("will provide nearly 25,000 tons of emergency food aid")."""
    pos = trig.start
    if trig.start2 >= 0 and (denied := _denied_noun(s, trig.end - 1, trig, trig.start2)):
        return denied  # "offered no new aid", "sent no troops"
    if trig.form == "nouns":
        support = support_verb(s, ctx, trig, left)
        if support is None and _possessed_fact(s, ctx, trig):
            return []
        pos = trig.start if support is None else support
        if support is not None and (denied := _denied_noun(s, support, trig)):
            return denied
    relative = ctx.words.get("relative", frozenset())
    # "that" opens relative and complement clauses alike; a modal reaches into the latter
    opens_relative = relative - ctx.words.get("complement", frozenset())
    return [m for m in s.markers if m.kind in BLOCKERS and m.end <= pos
            and (m.start >= left or _disputed_content(s, m, left))
            and (s.words_between(m.end, pos) <= SCOPE_WORDS or _shared_modal(s, ctx, m, pos))
            and not (_relative_before(s, ctx, relative, m.start)
                     and s.words_between(m.end, pos) > 0)
            and not _relative_between(s, opens_relative, m.end, pos)
            and not _in_closed_relative(s, relative, m, pos)
            and not (m.kind == "denial" and _coordinated_after(s, ctx, m.end, pos))
            and not (m.kind == "modal" and _past_verb_after_and(s, ctx, m, pos))
            and not (m.kind == "modal" and _modal_predicate(s, ctx, m))
            and not _quote_closes_between(s, m, pos)
            and not _ended_state(s, ctx, trig, m)
            and not (m.kind in ("modal", "intent") and _continuing(s, ctx, m.end, pos))]


def _denied_noun(s, verb, trig, noun=None) -> list[Match]:
    """"He gave no pledge to supply Russia", "offered no new aid": a negation between the verb
    and its event noun denies the event (a word may stand between: "no new")."""
    noun = trig.start if noun is None else noun
    return [m for m in s.markers if m.kind == "negation" and verb < m.start
            and m.end <= noun and s.words_between(m.end, noun) <= 1]


def _disputed_content(s, m, left) -> bool:
    """"membantah laporan bahwa negara itu sepakat": a report's content opens a clause of its
    own right after the disputing words, and they still govern it."""
    return m.kind == "disputed" and m.end <= left and s.words_between(m.end, left) <= 1


def _possessed_fact(s, ctx, trig) -> bool:
    """"an effort to settle disputes including China's ban on Japanese seafood": a standing
    state (a ban, a war) with its owner before it ("China's", "its") and no verb to carry it is
    a fact the clause names, whatever mood the clause is in (not a visit: "preparations for the
    leader's visit"). Indonesian puts the owner after the noun."""
    return trigger_in(s, ctx, trig, "standing") and owner_before(s, ctx, trig)


def _continuing(s, ctx, a, b) -> bool:
    """"will continue to support", "akan terus mendukung": a future that goes on with what is
    done now is no plan."""
    return says(spaced(s.folded[a:b].split()), ctx.words.get("ongoing", ()))


def _ended_state(s, ctx, trig, m) -> bool:
    """"a US plan to end Russia's war against Ukraine": what a plan would end is a fact."""
    if trig.form != "nouns" or \
            s.folded[trig.start:trig.end].split()[0] not in ctx.words.get("standing", ()):
        return False
    return says(spaced(s.folded[m.end:trig.start].split()),
                ctx.words.get("ending_verb", ()))


def _quote_closes_between(s, m, pos) -> bool:
    """'saying Brazil "will not accept being abused" and pledging to match': a modal inside a
    quote does not reach past the quote's end."""
    return inside_quote(s, m.start) and '"' in s.folded[m.end:pos]


def _past_verb_after_and(s, ctx, m, pos) -> bool:
    """"would sign a new accord ..., and thanked North Korea": a modal takes a bare verb, so a
    past form after "and" is a verb of its own (not after "will be": "be detained and
    deported")."""
    if not _coordinated_after(s, ctx, m.end, pos):
        return False
    verb = s.folded[pos:pos + 30].split()[:1]
    aux = s.folded[m.end:m.end + 10].split()[:1]
    return bool(verb) and ends_as(ctx, "participle", verb[0]) and \
        not (aux and aux[0] in ctx.words.get("passive_aux", ()))


def _modal_predicate(s, ctx, m) -> bool:
    """"menyatakan sangat khawatir dan meminta DK PBB bersidang": a modal word that "and" or
    a comma closes right after it is the predicate itself (a worry), and governs no later verb."""
    after = s.folded[m.end:m.end + 12]
    first = after.split()[:1]
    return after.lstrip().startswith(",") or \
        bool(first) and first[0] in ctx.words.get("coordination", ())


def _in_closed_relative(s, relative, m, pos) -> bool:
    """"Ethiopia, yang menyebut bendungan itu perlu ..., menolak": a modal inside a relative
    clause that a comma closes before the verb is that clause's."""
    return "," in s.text[m.end:pos] and relative_opening(s, relative, m.start, s.start) >= 0


def _shared_modal(s, ctx, m, pos) -> bool:
    """"must cede power in a week and immediately release ...": an auxiliary (one word: "must",
    "will", "akan") governs the verb that "and" joins to the verb it governs, however long the
    first one's object, and the members of a set it governs ("is scheduled to attend several
    meetings, including a summit with ...")."""
    phrase = s.folded[m.start:m.end]
    # (or a threat's "to": "threatened to take the same step and withdraw"; a plan's "to"
    # does not reach: "scheduled to give a speech and meet with")
    threat_to = phrase.endswith(" to") and any(
        t.start == m.start and ctx.event_type_of(t.key) == "threaten" for t in s.triggers)
    if m.kind != "modal" or (" " in phrase and not threat_to) or \
            s.words_between(m.end, pos) > COORDINATED_SCOPE:
        return False
    near = s.folded[max(m.end, pos - 25):pos]
    return any(w in ctx.words.get("coordination", ()) for w in near.split()[-2:]) or \
        says(spaced(near.split()[-2:]), ctx.words.get("exemplifying", ()))


def _coordinated_after(s, ctx, a, b) -> bool:
    """"denied targeting civilians and blamed Kyiv": a denial is a verb of its own, so it does
    not reach a second verb joined by "and" (a modal does: "will meet and sign")."""
    return any(w in ctx.words.get("coordination", ()) for w in s.folded[a:b].split())


def _relative_between(s, relative, a, b) -> bool:
    """"pembebasan segera 14 warga yang ditahan": a modal before a relative clause does not
    reach into it."""
    return any(w in relative for w in s.folded[a:b].split())


def _relative_before(s, ctx, relative, pos) -> bool:
    """"yang diduga menjalankan ... dideportasi": a modal inside a relative clause governs that
    clause's own verb, not the main verb after it; a negation may stand between ("yang tidak
    mau disebut namanya mengatakan Rusia menyerang")."""
    words = s.folded[max(s.start, pos - 25):pos].split()
    while words and words[-1] in ctx.words.get("negation", ()):
        words.pop()
    return bool(words) and words[-1] in relative


def _threatened(s, ctx, blocker) -> bool:
    """A threat verb right before the modal ("threatened to", "mengancam akan")."""
    return any(ctx.event_type_of(t.key) == "threaten" and t.start < blocker.start
               and s.words_between(min(t.end, blocker.start), blocker.start) <= 3
               for t in s.triggers)  # "mengancam akan" may hold the modal itself


def _fronted_condition(s, ctx, trig) -> bool:
    """"If Russia invades, the US will impose sanctions", "said that if Kyiv cleared its ports,
    Moscow would guarantee ...": a condition clause before the comma governs the main clause's
    modal."""
    opens = ctx.words.get("condition_open", ())
    return any(m.kind == "modal" and m.end <= trig.start and s.folded[m.start:m.end] in opens
               and "," in s.text[m.end:trig.start]
               and s.words_between(m.end, trig.start) <= CONDITION_REACH for m in s.markers)


def refusal_code(s: Sentence, ctx, trig: Match, blockers) -> str | None:
    """"would not provide support", "tidak akan membantu": refusing to cooperate is a rejection
    (CAMEO 12x); a plain denial or a "did not condemn" stays no event."""
    etype = ctx.event_type_of(trig.key)
    if etype not in REFUSAL_CODES:
        return None
    kinds = {m.kind for m in blockers}
    intent = ctx.words.get("intent", ())
    will = any(s.folded[m.start:m.end] in intent for m in blockers)
    # "did not allow the ombudsman to observe": withholding access is itself a refusal
    return REFUSAL_CODES[etype] if "negation" in kinds and (will or trig.key == ACCESS) else None


def intent_code(s: Sentence, ctx, trig: Match, left: int, right: int, blockers) -> str | None:
    """"Portugal will support Turkey", "Norway is willing to send material": an actor's own
    stated intention to cooperate is an event (CAMEO 03x). A dated meeting ("will meet at the
    White House on Friday") is a schedule, not a pledge; a dated release or withdrawal ("would
    free 150 prisoners by the end of August") is still a pledge. A condition or a denial is
    no event."""
    etype = ctx.event_type_of(trig.key)
    if etype not in INTENT_CODES or not blockers:
        return None
    if etype in ("sanction", "coerce", "yield") and _threatened(s, ctx, blockers[0]):
        # "mengancam akan mengenakan tarif", "mengancam akan menarik diri dari ICC": the threat
        # is the event
        return None
    if _fronted_condition(s, ctx, trig):
        # a pledge under a condition is none (convention C11); a measure held over one is a
        # threat
        return THREAT_CODE if etype in DECIDED_CLASSES else None
    intent = ctx.words.get("intent", ())
    wish = ctx.words.get("wish", ()) if etype not in DECIDED_CLASSES else ()
    if any(s.folded[m.start:m.end] not in intent and s.folded[m.start:m.end] not in wish
           for m in blockers):
        return None
    if any(m.kind == "condition" and trig.end <= m.start for m in s.markers):
        return THREAT_CODE  # "will withdraw its force from Chad unless ...": a threat
    if etype in DECIDED_CLASSES and all(s.folded[m.start:m.end] in ctx.words.get("readiness", ())
                                for m in blockers):
        return THREAT_CODE  # "is ready to shut its border": held over, not yet decided
    # (the date of the clause the modal stands in: "responded on Sunday, saying his
    # administration would meet Trump" is a pledge, "will meet on Friday" a schedule)
    own = max(left, s.text.rfind(",", left, blockers[0].start) + 1)
    if etype in SCHEDULED and any((m.kind in DATE_KINDS or m.kind == "future_time")
                                  and own <= m.start < right for m in s.markers):
        return None
    if trig.key.startswith(TRIPS) and all(
            s.folded[m.start:m.end] in ctx.words.get("future_modal", ()) or
            s.folded[m.start:m.end] in ctx.words.get("wish", ()) for m in blockers):
        # "Wang Yi akan mengunjungi Kamboja", "MBZ ingin berkunjung": a trip told ahead is an
        # itinerary, dated or not (convention C11); "ready to host talks" is an offer
        return None
    if trig.form == "nouns" and _ordered(s, ctx, trig, left):
        return trig.key  # "would order the lifting of sanctions": the decision is announced
    return INTENT_CODES[etype] or trig.key


def _ordered(s, ctx, trig, left) -> bool:
    """Whether the verb that carries the event noun orders it ("order", "memerintahkan")."""
    verb = support_verb(s, ctx, trig, left)
    first = s.folded[verb:trig.start].split()[:1] if verb is not None else []
    return bool(first) and first[0] in ctx.words.get("order_verb", ())
