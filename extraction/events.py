"""Events of a sentence: which triggers are acts that happened, with which code.

Negated, planned, hypothetical and quoted-slogan triggers are dropped; an actor's own stated
intention is coded as CAMEO 03x and a refusal to cooperate as 12x; a cue word refines the
code; parties come from `parties`; "X said Y must ..." is a demand and "a response to A" names
the target of an earlier show of force.
"""
from __future__ import annotations

from .actors import Actor
from .clauses import DOMESTIC_OK, SYMMETRIC, Context, Draft, Sentence, clause_bounds, groups, trig_end
from .matcher import Match
from .parties import infinitive_next, left_group, noun_parties, support_verb, verb_parties

# How many words before a trigger a negation or modal word still governs it. Four reaches
# "did not immediately condemn" and "tidak ada perjanjian yang ditandatangani" but not the
# previous clause; measured on the dev set's negated traps.
SCOPE_WORDS = 4
# "untuk segera mengambil langkah": a purpose word governs a verb this close; further away
# only through a list ("untuk menghentikan ..., serta membuka"). Farther words are part of a
# title ("Utusan Khusus untuk Urusan Perdamaian ... bertemu").
PURPOSE_REACH = 3
MOBILIZE_JOINT = ("150", "062")  # one side drills alone; two or more drill together
QUOTE_OPEN, QUOTE_CLOSE = ('"', "“", "``"), ('"', "”", "''")
# Quoted runs up to this many words are slogans or titles; checked on the PETR-2 "Free Tibet"
# banner and dev-set placards ("Stop Bombing Gaza").
SLOGAN_WORDS = 5
DEMAND_CODE = "100"
# The party a "must" binds stands at most this far before it ("the Sudanese government and the
# rebels in Darfur must": five words).
OBLIGATION_REACH = 5
# How far after a trigger a refinement cue counts: a clause's worth of words.
REFINE_WORDS = 14
HOME_CODES = ("081", "082", "083", "084")
THREAT_CODE = "130"
HOSTILE = ("coerce", "attack", "sanction", "mobilize", "threaten")
SHOW_OF_FORCE = "150"
# An intention to do these is coded as the matching CAMEO 03x ("will visit" -> 036); None
# keeps the trigger's own 03x code.
INTENT_CODES = {"meet": "036", "phone_call": "036", "aid": "033", "yield": "035",
                "support": "032", "military_cooperation": "0312", "agree": None}
REFUSAL_CODES = {"aid": "121", "support": "121", "military_cooperation": "121", "meet": "125",
                 "phone_call": "125", "yield": "124", "agree": "120"}
DATE_KINDS = ("weekday", "month", "reldate", "date_future", "same_day")
# Classes that may stand without a target: a missile test, a ceasefire, a street protest.
# An attack with no named target ("the war", "killing 39") was noise in every gold set.
TARGETLESS = ("mobilize", "yield", "protest", "investigate")
# Same-country dyads are kept where domestic events are usual (police vs protesters), and
# for any class when the target is one of these domestic parties ("threatened to ban
# Ugandan opposition candidates").
DOMESTIC_ROLES = ("people", "parliament", "court", "leader")


def blocking(s: Sentence, trig: Match, left: int) -> list[Match]:
    """The negation and modal words that govern the trigger."""
    return [m for m in s.markers if m.kind in ("negation", "modal") and m.end <= trig.start
            and m.start >= left and s.words_between(m.end, trig.start) <= SCOPE_WORDS]


def refusal_code(s: Sentence, ctx, trig: Match, blockers) -> str | None:
    """"would not provide support", "tidak akan membantu": refusing to cooperate is a rejection
    (CAMEO 12x); a plain denial or a "did not condemn" stays no event."""
    etype = ctx.event_type_of(trig.key)
    if etype not in REFUSAL_CODES:
        return None
    kinds = {m.kind for m in blockers}
    intent = ctx.words.get("intent", ())
    will = any(m.kind == "modal" and s.folded[m.start:m.end] in intent for m in blockers)
    return REFUSAL_CODES[etype] if "negation" in kinds and will else None


def intent_code(s: Sentence, ctx, trig: Match, left: int, right: int, blockers) -> str | None:
    """"Portugal will support Turkey", "Norway is willing to send material": an actor's own
    stated intention to cooperate is an event (CAMEO 03x). A scheduled or dated plan ("are
    scheduled to meet on Friday"), a condition or a denial is not."""
    etype = ctx.event_type_of(trig.key)
    if etype not in INTENT_CODES or not blockers:
        return None
    intent = ctx.words.get("intent", ())
    if any(m.kind != "modal" or s.folded[m.start:m.end] not in intent for m in blockers):
        return None
    if any(m.kind in DATE_KINDS and left <= m.start < right for m in s.markers):
        return None
    return INTENT_CODES[etype] or trig.key


def sentence_drafts(s: Sentence, ctx: Context) -> list[Draft]:
    """Events of one sentence, with parties resolved."""
    drafts = []
    verbs = [t for t in s.triggers if t.form != "nouns"]
    for trig in s.triggers:
        if _inside_actor(s, trig) or _anaphoric(s, ctx, trig) or _in_slogan(s, trig):
            continue
        left, right = clause_bounds(s, trig.start, trig_end(trig))
        if _purpose(s, ctx, trig, left) or _directive_content(s, ctx, trig):
            continue
        blockers = blocking(s, trig, left)
        code = trig.key
        if blockers:
            code = intent_code(s, ctx, trig, left, right, blockers) or \
                refusal_code(s, ctx, trig, blockers)
        if code is None:
            continue
        draft = _draft(s, ctx, trig, left, right, verbs)
        if draft is not None and code != trig.key:
            draft.code, draft.confidence = code, draft.confidence - 0.1
        if draft is not None and ctx.event_type_of(draft.code) == "agree":
            hostile = _hostile_pledge(s, ctx, trig, verbs)
            if hostile:
                draft.code, draft.symmetric = hostile, False
        if draft is not None:
            drafts.append(draft)
            ctx.previous.append(draft)
    _apply_response(s, ctx, drafts)
    drafts += _obligations(s, ctx, drafts)
    return drafts


def _obligations(s, ctx, drafts) -> list[Draft]:
    """"France said Iraq must cooperate", "Rusia menyatakan Sudan harus mengembalikan": a
    speaker telling another party what it must do is a demand (CAMEO 100)."""
    out = []
    for m in s.markers:
        if m.kind != "obligation":
            continue
        target = [a for a in s.actors if a.end <= m.start and a.country and not a.locative
                  and s.words_between(a.end, m.start) <= OBLIGATION_REACH]
        speech = [x for x in s.markers if x.kind == "speech" and x.end <= (target[0].start if target else 0)]
        if not target or not speech:
            continue
        speaker = left_group(s, ctx, speech[-1].start, s.start)
        if not speaker or {a.country for a in speaker} & {target[-1].country}:
            continue
        trig = Match(m.start, m.end, "trigger", DEMAND_CODE, "verbs")
        draft = Draft(DEMAND_CODE, trig, speaker, [target[-1]], False, 0.6)
        out.append(draft)
        ctx.previous.append(draft)
    return out


def _in_slogan(s, trig) -> bool:
    """A trigger inside a short quotation ("Free Tibet", "Stop Bombing Gaza") is a slogan or a
    title, not an act. Longer quotations are speech and are read as usual."""
    text = s.text
    opens = [text.rfind(q, s.start, trig.start) for q in QUOTE_OPEN]
    start = max(opens)
    if start < 0:
        return False
    close = min([i for i in (text.find(q, trig.end, s.end) for q in QUOTE_CLOSE) if i >= 0],
                default=-1)
    return close >= 0 and len(text[start:close].split()) <= SLOGAN_WORDS and \
        not any(q in text[start + 1:trig.start] for q in QUOTE_CLOSE)


def _hostile_pledge(s, ctx, trig, verbs) -> str | None:
    """"pledged to expel", "vowed to strike": promising a hostile act is a threat (CAMEO 130)."""
    nxt = next((v for v in verbs if v.start > trig.end), None)
    if nxt is None or not infinitive_next(s, ctx, trig.end, nxt.start):
        return None
    return THREAT_CODE if ctx.event_type_of(nxt.key) in HOSTILE else None


def _anaphoric(s, ctx, trig) -> bool:
    """"uji coba itu", "this attack": a reference to an event already told, not a new one."""
    if trig.form != "nouns":
        return False
    after = s.folded[trig_end(trig):trig_end(trig) + 15].split()
    before = s.folded[max(s.start, trig.start - 15):trig.start].split()
    return (bool(after) and after[0].strip(",.") in ctx.words.get("anaphor_after", ())) or \
        (bool(before) and before[-1] in ctx.words.get("anaphor_before", ()))


def _directive_content(s, ctx, trig) -> bool:
    """"demanding that Russia withdraw": what is demanded has not happened."""
    for m in s.markers:
        if m.kind == "complement" and m.end <= trig.start and s.words_between(m.end, trig.start) <= 5:
            head = [t for t in s.triggers if t.end <= m.start and s.words_between(t.end, m.start) <= 2]
            if head and ctx.event_type_of(head[-1].key) in ("appeal", "threaten"):
                return True
    return False


def _purpose(s, ctx, trig, left) -> bool:
    """"untuk mendukung", "to support", "yang melarang": an infinitive is the content of another
    event and a relative clause describes something; neither is a new event. An infinitive
    reaches over a list ("untuk menghentikan ... serta membuka") until a new party appears."""
    pos = trig.start
    if trig.form == "nouns":
        support = support_verb(s, ctx, trig, left)
        if support is None:
            return False
        words = [w for w in s.folded[max(s.start, support - 30):support].split()
                 if w not in ctx.words.get("adverb", ())]
        # "promised to continue military aid": the aid is the promise's content; but
        # "continued to send arms" is the act itself.
        return bool(words) and words[-1] in ctx.words.get("purpose", ()) and \
            not (len(words) > 1 and words[-2] in ctx.words.get("aspect", ()))
    before = s.folded[max(s.start, pos - 30):pos].split()
    if before and (before[-1] in ctx.words.get("determiner", ()) or before[-1].endswith("'s")):
        return True  # "the occupied West Bank", "Jordan's visiting King": adjectives
    if before and before[-1] in ctx.words.get("preposition", ()):
        return True  # "bans on travel to Canada": a noun, not a verb
    if len(before) > 1 and before[-1] in ctx.words.get("purpose", ()) and \
            before[-2] in ctx.words.get("aspect", ()):
        return False  # "continued to fire": the act itself
    before = [w for w in before if w not in ctx.words.get("adverb", ())]
    bare = [w for w in before if w not in ctx.words.get("passive_aux", ())]
    if bare and bare[-1] in ctx.words.get("relative", ()):
        return True  # "yang melarang", "that was captured by": a relative clause
    for m in s.markers:
        if m.kind == "purpose" and left <= m.start and m.end <= pos and \
                not any(a.country and m.end <= a.start < pos for a in s.actors) and \
                not _numeral_next(s, m.end):
            near = s.words_between(m.end, pos) <= PURPOSE_REACH
            listed = bool(before) and before[-1] in ctx.words.get("coordination", ())
            if near or listed:
                return True
    return False


def _numeral_next(s, pos) -> bool:
    """"up to 100 ethnic Albanians", "hingga 4.000 tentara": a number after "to" is a quantity."""
    nxt = s.text[pos:pos + 12].split()
    return bool(nxt) and nxt[0][:1].isdigit()


def _inside_actor(s: Sentence, t: Match) -> bool:
    return any(a.start <= t.start and t.end <= a.end for a in s.actors)


def _draft(s, ctx, trig, left, right, verbs) -> Draft | None:
    etype = ctx.event_type_of(trig.key)
    if trig.form == "nouns":
        src, tgt, conf = noun_parties(s, ctx, trig, left, right, verbs)
    else:
        src, tgt, conf = verb_parties(s, ctx, trig, left, right, verbs, etype)
    if src is None:
        return None
    code = trig.key
    symmetric = etype in SYMMETRIC
    if code == MOBILIZE_JOINT[0] and _joint(src, tgt, s, trig, ctx):
        code, symmetric = MOBILIZE_JOINT[1], True
    if etype == "protest":
        src = _crowd_source(s, ctx, src)
    if not tgt and src and src[0].country and (etype == "protest" or code.startswith(HOME_CODES)):
        # A street protest, a lifted curfew, an accepted demand with no foreign party is
        # between a state and its own people or government; a riot in another state's jail
        # is aimed at that state.
        abroad = next((a for a in s.actors if a.locative and a.country and not a.role
                       and a.country != src[0].country), None)
        home = abroad or src[0]
        tgt = [Actor(home.start, home.end, home.country, None, "government", "institution")]
    src = [a for a in src if a.country]
    tgt = [a for a in tgt if a.country]
    if etype not in DOMESTIC_OK:
        own = {x.country for x in src}
        tgt = [a for a in tgt if a.country not in own or _domestic_party(a)]
    if not src:
        return None
    if symmetric and len({a.country for a in src + tgt}) < 2:
        return None
    if not tgt and not symmetric and len({a.country for a in src}) >= 2 and \
            _mentions(s, ctx, "reciprocal", trig, before=2):
        tgt = list(src)  # "Pakistan and Afghanistan exchanged fire": each on the other
    if etype == "attack" and not tgt and _mentions(s, ctx, "show_of_force", trig):
        code, etype = SHOW_OF_FORCE, "mobilize"  # missiles fired into the sea: a test
    if not symmetric and not tgt and etype not in TARGETLESS:
        return None
    return Draft(refine(s, ctx, code, trig, left, right), trig, src, tgt, symmetric, conf)


def refine(s, ctx, code, trig, left, right) -> str:
    """The more specific CAMEO code a cue word asks for ("urged ... to send air defence" ->
    023, "serangan ... rudal" -> 195). Attack cues may stand before the trigger ("Israeli
    tank shelling"), others follow it within REFINE_WORDS words."""
    options = ctx.refine.get(code)
    if not options:
        return code
    start = left if ctx.event_type_of(code) == "attack" else trig.start
    end = right
    nxt = next((t for t in s.triggers if t.start > trig.end and t.form == "nouns"
                and ctx.event_type_of(t.key) in ("meet", "phone_call")), None)
    if nxt is not None and s.words_between(trig.end, nxt.start) > 3:
        end = min(end, nxt.start)  # "sepakat ... dalam pertemuan": the meeting is another event
    window = " " + " ".join(s.folded[start:end].split()[:REFINE_WORDS]) + " "
    for specific, cues in options:
        if any(f" {cue} " in window for cue in cues):
            return specific
    return code


def _mentions(s, ctx, kind, trig, before=0) -> bool:
    head = s.folded[s.start:trig.start].split()[-before:] if before else []
    words = set(head + s.folded[trig.start:s.end].split()[:8])
    return bool(words & set(ctx.words.get(kind, ())))


def _domestic_party(actor: Actor) -> bool:
    """A party inside the source's own state that can be acted on: opposition, courts, people."""
    return actor.role in DOMESTIC_ROLES


def _joint(src, tgt, s, trig, ctx) -> bool:
    if len({a.country for a in src if a.country}) >= 2:
        return True
    if not tgt:
        return False
    gap = s.folded[trig_end(trig):tgt[0].start].split()
    return any(w in ctx.words.get("comitative", ()) for w in gap)


def _crowd_source(s, ctx, src):
    if any(a.country for a in src):
        return src
    place = next((a for a in s.actors if a.locative and a.country and not a.role), None)
    country = place.country if place else ctx.dateline_country
    if not country:
        return src
    base = place or Actor(s.start, s.start, country)
    return [Actor(base.start, base.end, country, None, "people", "crowd")]


def _apply_response(s, ctx, drafts):
    """"X said the test was a response to A and B": A and B are the test's targets."""
    resp = next((m for m in s.markers if m.kind == "response"), None)
    if resp is None:
        return
    after = [a for a in s.actors if a.start >= resp.end and not a.locative]
    if not after:
        return
    targets = groups(s, after, ctx.words.get("coordination", set()))[0]
    for d in reversed(ctx.previous):
        if ctx.event_type_of(d.code) in ("mobilize", "attack") and not d.targets:
            d.targets = [a for a in targets if a.country not in {x.country for x in d.sources}]
            d.notes.add("response")
            return
