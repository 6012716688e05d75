"""Events a sentence implies beside its triggers' own: a meeting held on an occasion, a call by
phone, a drill a state hosts, a guest's visit, an obligation or a penalty a party lays on
another, the accusation behind a measure, a court's verdict, a measure answered in kind, the
mediation of a truce announced by a third state."""
from __future__ import annotations

from .actors import Actor
from .codes import ORGANISATIONS
from .clauses import (SYMMETRIC, Draft, clause_bounds, one_per_state, party_after, trig_end,
                      trigger_in)
from .matcher import Match
from .noun_phrase import demonstrative_after
from .modality import SCOPE_WORDS, THREAT_CODE
from .anaphora import adversary, event_reference
from .parties import (AT_MEETING, MEDIATE, QUOTE_CLOSE, left_group, owns_next, pronoun_person,
                      speaker_before_tag, speaker_of)

MOBILIZE_JOINT = ("150", "062")  # one side drills alone; two or more drill together
DEMAND_CODE = "100"
# What a speaker puts on the party before it: "must" is a demand, "will pay a heavy price" a
# threat.
BOUND_CODES = {"obligation": DEMAND_CODE, "penalty": THREAT_CODE}
# An act done "by phone" is also a call between its two sides.
PHONE_CALL = "041"
# CAMEO 0871: a ceasefire.
CEASEFIRE = "0871"
# Words that may stand between a negation and the verdict it denies: "tidak menjadi ancaman
# bagi" has one; two leaves room for an adverb ("was not really a threat to").
NEGATED_VERDICT_WORDS = 2
# Drills, held alone or with other states.
DRILL_CLASSES = ("military_cooperation", "mobilize")
# Characters either side of a drill noun read for "multilateral": "latihan angkatan laut
# multilateral" puts it two words on, "The multinational naval exercise" one word before.
MULTILATERAL_WINDOW = 30
# Characters before "took part" an "also" stands in ("juga ambil bagian", "also took part").
ECHO_CHARS = 12
# Acts whose stated reason carries an accusation of the side they hit (the corpus codes it so
# for broken ties, recalls and expulsions; an arrest "on suspicion of" a crime it does not).
REASONED_ACTS = frozenset({"sanction"})
# Words between a reason ("over", "in protest at") and the misdeed it names ("over the
# nation's alleged ...": three).
MISDEED_REACH = 3
# Characters before a return in kind that its first person stands in ("requires us to take": 17).
FIRST_PERSON_CHARS = 25
CONDEMN_CODE = "111"
ACCUSE_CODE = "112"
# CAMEO 036: an invitation to meet.
INVITE = "036"
# Words between "at the invitation of" and the host: a title of up to three ("Prime Minister").
INVITER_REACH = 3
# Words before the meeting noun that an opening phrase is the occasion of: "After two days of
# negotiations" has four, the most in the table cases of the tune sets. Further in, the noun
# belongs to something else the phrase names ("In a communique issued after the meeting, the
# bloc gave the junta ...": six; "Dalam pernyataan yang dirilis usai pertemuan itu": five).
OCCASION_NOUN_WORDS = 4
# Words from a verb of joining to the act joined in: "joined the United States in imposing"
# has four; six leaves room for a title ("joined French President Emmanuel Macron in").
JOINED_REACH = 6
# Acts done in words: "followed suit" never copies one.
SPOKEN = ("condemn", "appeal", "reject", "threaten", "statement")
# The party a "must" binds stands at most this far before it ("the Sudanese government and the
# rebels in Darfur must": five words).
OBLIGATION_REACH = 5
# Punctuation glued to a word, stripped before cue words are compared ("a ceasefire.").
PUNCTUATION = ".,;:!?\"'()"
# Words after a suspending verb up to the pact's noun: "the Indus Waters Treaty" takes four.
PACT_REACH = 5
# Words between a speech tag and the speaker it names (", said Kenya's foreign ministry").
SPEAKER_REACH = 3


def pact_partner(s, ctx, trig, src) -> list[Actor]:
    """"a day after New Delhi suspended the 1960 pact", "halting the 1998 agreement, citing
    Tokyo's ...": a pact suspended with no partner beside it is with the other state the
    sentence names, else with the story's other side."""
    words = [w.strip(",.;:'\"") for w in s.folded[trig.start:s.end].split()[:PACT_REACH + 1]]
    if not set(words) & set(ctx.words.get("pact_noun", ())):
        return []
    own = {a.country for a in src}
    other = [a for a in s.actors if a.country and a.country not in own and not a.locative]
    return other[:1] or adversary(ctx, src) or []


def visitor(s, ctx, trig, guest) -> Draft | None:
    """"alongside visiting Somali President Hassan Sheikh Mohamud": the person so described
    visits the state of the clause's subject."""
    # (the sentence's, past a speech verb: "Sisi told a news conference alongside visiting ...")
    host = [a for a in left_group(s, ctx, trig.start, s.start) or []
            if a.country != guest.country]
    if not host:
        return None
    draft = Draft(trig.key, trig, [guest], host, True, 0.6)
    ctx.previous.append(draft)
    return draft


def occasion_meeting(s, ctx, drafts) -> list[Draft]:
    """"During a bilateral meeting in Kingston, Rubio pressed Young ...", "Dalam pertemuan itu,
    Rubio menyampaikan penghargaan kepada Sugiono": a meeting named in the opening phrase with no
    party of its own was held by the two sides of the main clause's act."""
    if s.fronted < 0 or any(a.country and not a.locative and a.start < s.fronted for a in s.actors):
        return []
    noun = next((t for t in s.triggers if t.form == "nouns" and t.start < s.fronted
                 and s.words_between(s.start, t.start) <= OCCASION_NOUN_WORDS
                 and ctx.event_type_of(t.key) == "meet"
                 and not trigger_in(s, ctx, t, "gathering")), None)
    if noun is None or any(d.trigger.start < s.fronted for d in drafts):
        return []
    # ("After negotiations in Geneva, Bessent said Washington and Beijing had agreed": the
    # two sides may both be the act's subject)
    main = next((d for d in drafts if d.trigger.start > s.fronted and d.sources
                 and (d.targets or len({a.country for a in d.sources}) >= 2)
                 and ctx.event_type_of(d.code) in AT_MEETING), None)
    if main is None:
        return []
    sources, targets = (main.sources, main.targets) if main.targets else \
        (main.sources[:1], main.sources[1:])
    draft = Draft(noun.key, noun, list(sources), list(targets), True, 0.6)
    ctx.previous.append(draft)
    return [draft]


def hosted_exercise(s, ctx, drafts) -> list[Draft]:
    """"Latihan angkatan laut multilateral yang diikuti 39 negara, termasuk Turki, dimulai di
    Bali": a multinational drill told with no doer is held by the state it takes place in, with
    each state named as taking part (real-news convention: host to each participant)."""
    if any(ctx.event_type_of(d.code) in DRILL_CLASSES for d in drafts):
        return []
    words = ctx.words.get("multilateral", ())
    noun = next((t for t in s.triggers if t.form == "nouns"
                 and ctx.event_type_of(t.key) in DRILL_CLASSES
                 and any(w.strip(PUNCTUATION) in words
                         for w in s.folded[max(s.start, t.start - MULTILATERAL_WINDOW):
                                           trig_end(t) + MULTILATERAL_WINDOW].split())),
                None)
    host = next((a for a in s.actors if a.locative and a.country
                 and a.country not in ORGANISATIONS), None)
    if noun is None or host is None:
        return []
    return _drill_guests(s, ctx, noun, host)


def took_part(s, ctx, drafts) -> list[Draft]:
    """"Australia, Japan and Singapore also took part", "Negara-negara sekutu seperti Australia
    ... juga ambil bagian": states said to take part, with no act of their own, join the story's
    latest drill, each with its host (its first doer; real-news convention C35)."""
    mark = next((m for m in s.markers if m.kind == "take_part"), None)
    if mark is None or drafts:
        return []
    # (the drill is told, or taking part "also": not "took part in the talks")
    before = s.folded[max(s.start, mark.start - ECHO_CHARS):mark.start].split()
    if not set(before) & set(ctx.words.get("echo", ())) and not any(
            ctx.event_type_of(t.key) in DRILL_CLASSES for t in s.triggers):
        return []
    drill = next((d for d in reversed(ctx.previous)
                  if ctx.event_type_of(d.code) in DRILL_CLASSES and d.sources), None)
    if drill is None:
        return []
    trig = Match(mark.start, mark.end, "trigger", MOBILIZE_JOINT[1], "verbs")
    return _drill_guests(s, ctx, trig, drill.sources[0])


def _drill_guests(s, ctx, trig, host) -> list[Draft]:
    """A joint drill (062) of the host with each other state the sentence names as a party."""
    guests = one_per_state([a for a in s.actors if a.country and not a.locative
                            and a.country not in ORGANISATIONS and a.country != host.country])
    joined = [Draft(MOBILIZE_JOINT[1], trig, [host], [g], True, 0.55) for g in guests]
    ctx.previous.extend(joined)
    return joined


def call_by_phone(s, ctx, drafts) -> list[Draft]:
    """"Trump lewat telepon memperingatkan kedua pemimpin", "urged Xi by phone to": an act said
    to be done over the telephone is also a call between its two sides (one call per pair)."""
    if not any(m.kind == "by_phone" for m in s.markers) or \
            any(ctx.event_type_of(d.code) == "phone_call" for d in drafts):
        return []
    spoken = next((d for d in drafts if d.sources and d.targets and
                   ctx.event_type_of(d.code) in AT_MEETING + ("threaten", "condemn")), None)
    if spoken is None:
        return []
    calls = [Draft(PHONE_CALL, spoken.trigger, list(spoken.sources), [tgt], True, 0.6)
             for tgt in one_per_state(spoken.targets)]
    ctx.previous.extend(calls)
    return calls


def _inverted_condition(s, m) -> bool:
    """"to defend the Philippines should Filipino forces be attacked": a modal with a party
    right after it opens a condition, not an obligation."""
    return any(a.start >= m.end and s.words_between(m.end, a.start) == 0 for a in s.actors)


def obligations(s, ctx, drafts) -> list[Draft]:
    """"France said Iraq must cooperate", "Rusia menyatakan Sudan harus mengembalikan": a
    speaker telling another party what it must do is a demand (CAMEO 100); "Pakistan said
    Kabul would pay a heavy price" is a threat (130)."""
    out = []
    for m in s.markers:
        if m.kind not in BOUND_CODES or _inverted_condition(s, m):
            continue
        # ("Semua negara, terutama yang dekat dengan Israel, harus ...": a party after a
        # preposition is not the one bound)
        bound = [a for a in s.actors if a.end <= m.start and a.country and not a.locative
                 and not a.oblique and s.words_between(a.end, m.start) <= OBLIGATION_REACH]
        if not bound:
            continue
        target = bound[-1]
        speech = [x for x in s.markers if x.kind == "speech" and x.end <= target.start]
        speaker = left_group(s, ctx, speech[-1].start, s.start) if speech else \
            _quote_speaker(s, m)
        if not speaker or target.country in {a.country for a in speaker}:
            continue
        code = BOUND_CODES[m.kind]
        trig = Match(m.start, m.end, "trigger", code, "verbs")
        draft = Draft(code, trig, speaker, [target], False, 0.6)
        out.append(draft)
        ctx.previous.append(draft)
    return out


def _quote_speaker(s, inside) -> list[Actor] | None:
    """'"Israel must allow aid in," EU foreign policy chief Kaja Kallas said': the speaker of
    the quote the marker stands in, named after it closes."""
    tag = next((x for x in s.markers if x.kind == "speech" and x.start >= inside.end), None)
    if tag is None or not any(q in s.text[inside.end:tag.start] for q in QUOTE_CLOSE):
        return None
    return _tag_speaker(s, inside, tag)


def _tag_speaker(s, quoted, tag) -> list[Actor] | None:
    """'"...," the minister said, warning Seoul': the speaker before the speech tag, else after
    it."""
    return speaker_before_tag(s, quoted, tag) or party_after(s, tag.end, SPEAKER_REACH)


def accused_as_reason(s, ctx, drafts) -> list[Draft]:
    """"meminta tiga diplomat Prancis meninggalkan negara itu, dengan tuduhan ...": an
    accusation given as the reason, after a comma, is the doer's against the same side."""
    mark = next((m for m in s.markers if m.kind == "reason_accusation"
                 and _after_comma(s, m.start)), None)
    if mark is None:
        return []
    earlier = [d for d in drafts if d.trigger.end <= mark.start and d.targets]
    if not earlier:
        return []
    return [_accusation(ctx, earlier[0], Match(mark.start, mark.end, "trigger", ACCUSE_CODE,
                                               "verbs"), 0.6)]


def misdeed_as_reason(s, ctx, drafts) -> list[Draft]:
    """"recalled their envoys from Doha in protest at Qatar's interference", "expelled two
    diplomats over alleged spying": a sanction whose reason names a misdeed (an allegation or
    a damning word) is also the doer's accusation against the same side (112)."""
    act = next((d for d in drafts if d.targets and d.sources and
                ctx.event_type_of(d.code) in REASONED_ACTS), None)
    if act is None or any(ctx.event_type_of(d.code) == "condemn" for d in drafts):
        return []
    # ("..., Aung San Suu Kyi yang ditahan atas tuduhan ...": a reason after another act's
    # words is that act's)
    stop = min([t.start for t in s.triggers if t.start >= trig_end(act.trigger)] + [s.end])
    for opener in (m for m in s.markers if m.kind == "reason_for"
                   and trig_end(act.trigger) <= m.start < stop):
        misdeed = next((m for m in s.markers if m.kind in ("allegation", "verdict")
                        and m.start >= opener.end
                        and s.words_between(opener.end, m.start) <= MISDEED_REACH), None)
        if misdeed is not None:
            trig = Match(opener.start, misdeed.end, "trigger", ACCUSE_CODE, "nouns")
            return [_accusation(ctx, act, trig, 0.55)]
    return []


def _accusation(ctx, act: Draft, trig: Match, confidence: float) -> Draft:
    """The accusation an act's stated reason makes, between the act's own sides."""
    draft = Draft(ACCUSE_CODE, trig, list(act.sources), list(act.targets), False, confidence)
    ctx.previous.append(draft)
    return draft


def brokered_truces(s, ctx, drafts) -> list[Draft]:
    """"Egypt has announced a cease-fire deal meant to end a week of fighting between Israel and
    Hamas": a truce one state announces between two others is also its mediation with each."""
    out = []
    for d in drafts:
        sides = {a.country for a in d.sources + d.targets}
        if not d.code.startswith(CEASEFIRE) or len(sides) < 2:
            continue
        left, _ = clause_bounds(s, d.trigger.start, trig_end(d.trigger))
        subject = left_group(s, ctx, d.trigger.start, left) or []
        states = {a.country for a in subject if a.country not in ORGANISATIONS}
        if len(states) == 1 and not states & sides:
            out.append(Draft(MEDIATE, d.trigger, subject, one_per_state(d.sources + d.targets),
                             False, d.confidence - 0.1))
    return out


def verdicts(s, ctx, drafts) -> list[Draft]:
    """"Kenya said ransacking the embassy was a violation of international law", "Moskow
    menyebutnya provokasi": a speaker's damning verdict on another party is a condemnation
    (CAMEO 111), when the sentence has no word of condemnation (a condemnation the rules
    turned down stays turned down)."""
    verdict = next((m for m in s.markers if m.kind == "verdict"), None)
    if verdict is None or any(ctx.event_type_of(x.code if isinstance(x, Draft) else x.key) ==
                              "condemn" for x in drafts + s.triggers):
        return []
    if any(m.kind == "negation" and m.end <= verdict.start and
           s.words_between(m.end, verdict.start) <= NEGATED_VERDICT_WORDS for m in s.markers):
        return []  # "said his revolution was not a threat to Colombia": a verdict denied
    tags = [m for m in s.markers if m.kind in ("speech", "judging")]
    tag = next(iter(tags), None)
    if tag is None:
        return []
    # ("Trump says he will impose ..., and Trudeau called the new tariffs unjustified": a judging
    # word with its judge right before it, nearest before the verdict, outranks the first tag)
    near = next((m for m in reversed(tags) if m.end <= verdict.start), None)
    if near is not None and near is not tag and _judge_before(s, ctx, near):
        tag = near
    # The verdict is the speaker's: after "X said", or inside the words before ", said X";
    # "comments by Obrador calling her government unconstitutional": the party right before
    # a judging word judges, even after "by".
    if verdict.start > tag.end:
        # "He said Vilnius' decision was illegal": a pronoun speaks for the last person named;
        # "..., saying Addis Ababa had meddled": a participle speaks for the sentence's doer
        speaker = _judge_before(s, ctx, tag) or _participle_speaker(s, ctx, drafts, tag) or \
            left_group(s, ctx, tag.start, s.start) or pronoun_person(s, ctx, tag)
    elif tag.kind == "speech":
        # '"...," the minister said, warning Seoul': the speaker before the tag, else after it
        speaker = _tag_speaker(s, verdict, tag)
    else:
        speaker = None
    if not speaker:
        return []
    own = {a.country for a in speaker}
    # "told al-Sharaa that Israel's occupation ... was unacceptable": the owner of the act
    # judged, not whom the speaker told
    owner = next(([a] for a in s.actors if a.country and a.country not in own
                  and not a.locative and tag.end <= a.start and a.end <= verdict.start
                  and owns_next(s.text, a)), None)
    referred = None if owner or verdict.start <= tag.end else \
        event_reference(s, ctx, tag.end, verdict.start)
    if referred and {a.country for a in referred} <= own:
        return []  # "anggota Kongres AS menilai operasi itu melanggar hukum": their own state's
    # (not past the verdict's clause: "menilai operasi itu melanggar hukum, sementara ...
    # Maduro akan diadili" judges no one named after the comma)
    comma = s.text.find(",", verdict.end, s.end)
    end = s.end if comma < 0 else comma
    target = owner or next(([a] for a in s.actors if a.country and a.country not in own
                            and not a.locative and min(tag.end, verdict.start) <= a.start < end),
                           None)
    if target is None and (tag.kind == "judging" or _names_no_party(s, verdict)):
        # "Lula ... menyebutnya sebagai bentuk arogansi", '"Ini tidak bersahabat," kata Marty':
        # the verdict is on the latest act another state did
        target = _last_doers(ctx, own)
    if target is None and verdict.start > tag.end:
        # "menyebut pengusiran itu tidak dapat diterima": the act named by a noun that points
        # back to it
        target = event_reference(s, ctx, tag.end, verdict.start, own)
    if target is None and verdict.start > tag.end:
        # "Menyikapi langkah Korea Utara itu, DK PBB menyebut langkah negeri komunis itu
        # sebagai ancaman nyata", "Lavrov rejected Washington's proposal, calling it absurd": the
        # act judged was named before the judging word
        target = next(([a] for a in reversed(s.actors) if a.country and a.country not in own
                       and not a.locative and a.end <= tag.start), None)
    if not target:
        return []
    trig = Match(verdict.start, verdict.end, "trigger", CONDEMN_CODE, "verbs")
    draft = Draft(CONDEMN_CODE, trig, speaker, target, False, 0.55)
    ctx.previous.append(draft)
    return [draft]


def _participle_speaker(s, ctx, drafts, tag) -> list[Actor] | None:
    """The doer of the sentence's first event when the speech tag is a participle after a
    comma ("ordered the ambassador to leave, saying ...")."""
    if not _after_comma(s, tag.start) or \
            s.folded[tag.start:tag.end] not in ctx.words.get("speech_participle", ()):
        return None
    if drafts:
        return list(drafts[0].sources) or None
    # "Milei answered Madrid's move, calling it absurd": the sentence's subject judges, not the
    # owner of the act judged
    return _lead_party(s) if tag.kind == "judging" else None


def _lead_party(s) -> list[Actor] | None:
    """The first party of the sentence that is neither a place nor an owner ("Madrid's")."""
    lead = next((a for a in s.actors if a.country and not a.locative
                 and not owns_next(s.text, a)), None)
    return [lead] if lead else None


def _after_comma(s, pos) -> bool:
    return s.text[max(s.start, pos - 3):pos].strip().endswith(",")


def _names_no_party(s, verdict) -> bool:
    """Whether no party stands before the verdict in its sentence ('"This is unfriendly," the
    minister said'): what it judges was told before."""
    return not any(a.country for a in s.actors if a.end <= verdict.start)


def _judge_before(s, ctx, tag) -> list[Actor] | None:
    """The party right before a judging word, or before "who" and the word."""
    if tag.kind != "judging":
        return None
    judge = next((a for a in reversed(s.actors) if a.end <= tag.start and a.country), None)
    if judge is None:
        return None
    between = [w.strip(",") for w in s.folded[judge.end:tag.start].split()]
    relative = ctx.words.get("relative", ())
    right_before = not between or (len(between) == 1 and between[0] in relative)
    return [judge] if right_before else None


def in_kind(s, ctx) -> list[Draft]:
    """"Colombia adopted a reciprocal measure", "All three hit back with tariffs": the act of
    the latest event, returned by its target (the subject, else all its targets) to its doer."""
    mark = next((m for m in s.markers if m.kind == "in_kind"), None)
    # ("would hit back in kind": the threat told with its own verb, whose parties the return
    # still names)
    threat = mark is not None and _marked_before(s, mark, "modal")
    if mark is None or any((t.end <= mark.start and s.words_between(t.end, mark.start) <= 2
                            or t.start <= mark.start < trig_end(t))
                           and not (threat and t.key == THREAT_CODE) for t in s.triggers):
        # "diancam dengan tindakan balasan", "reserved the right to hit back with": what
        # another event threatens
        return []
    if demonstrative_after(s, ctx, mark.end):
        return []  # "Langkah balasan tersebut diambil setelah ...": the return told before
    if _marked_before(s, mark, "negation"):
        return []  # "tidak akan menempuh langkah balasan serupa": a return ruled out
    subject = left_group(s, ctx, mark.start, s.start) or _speaking_for_us(s, ctx, mark)
    own = {a.country for a in subject or []}
    answered = next((d for d in reversed(ctx.previous) if d.targets and d.sources and
                     (own & {a.country for a in d.targets} if subject else True)), None)
    if answered is None or ctx.event_type_of(answered.code) in SYMMETRIC:
        return []
    sources = subject or answered.targets
    doers = [a for a in answered.sources if a.country not in {x.country for x in sources}]
    if not doers:
        return []
    # ("would hit back in kind": a return still to come is a threat)
    code = THREAT_CODE if threat else answered.code
    trig = Match(mark.start, mark.end, "trigger", code, "verbs")
    draft = Draft(code, trig, list(sources), doers, False, 0.55)
    ctx.previous.append(draft)
    return [draft]


def _speaking_for_us(s, ctx, mark) -> list[Actor] | None:
    """'"... requires us to take retaliatory measures," he said': a first person in the words
    before the mark is the speaker's state."""
    words = {w.strip("'\",") for w in s.folded[max(s.start, mark.start - FIRST_PERSON_CHARS):
                                                 mark.start].split()}
    first = set(ctx.words.get("first_person", ())) | set(ctx.words.get("first_person_object", ()))
    return speaker_of(s, ctx, mark) if words & first else None


def invited_by(s, ctx, drafts) -> list[Draft]:
    """"visited Malaysia at the invitation of Anwar Ibrahim", "atas undangan Perdana Menteri
    Anwar Ibrahim": the host named after the phrase invited the one who came (036)."""
    mark = next((m for m in s.markers if m.kind == "invitation_of"), None)
    if mark is None:
        return []
    host = next((a for a in s.actors if a.start >= mark.end and a.country
                 and s.words_between(mark.end, a.start) <= INVITER_REACH), None)
    # the trip told before the phrase, or after it when the phrase opens the sentence
    trips = [d for d in drafts if ctx.event_type_of(d.code) == "meet" and d.sources]
    before = [d for d in trips if d.trigger.start < mark.start]
    fronted = s.words_between(s.start, mark.start) == 0
    trip = before[-1] if before else (trips[0] if trips and fronted else None)
    if host is None or trip is None:
        return []
    guests = [a for a in trip.sources if a.country != host.country]
    if not guests:
        return []
    draft = Draft(INVITE, Match(mark.start, mark.end, "trigger", INVITE, "nouns"), [host],
                  guests, False, 0.6)
    ctx.previous.append(draft)
    return [draft]


def protest_against(s, ctx, drafts) -> list[Draft]:
    """"Anti-French protests erupted in Niamey", "unjuk rasa anti-Israel di Jakarta": a protest
    glued to a state named after "anti-" is against that state, by the protesters' state (the
    crowd's own, else where it gathered, else the dateline's; C15). A draft of the trigger that
    found no target but its own state takes the state; one that found another is left alone."""
    out = []
    for t in s.triggers:
        # ("menangkap puluhan demonstran anti-Amerika": a crowd named, not its protest told)
        if not s.opposed or ctx.event_type_of(t.key) != "protest" or \
                trigger_in(s, ctx, t, "crowd"):
            continue
        told = next((d for d in drafts if d.trigger.start == t.start), None)
        against = next((o for o in s.opposed if _glued(s, o, t)), None)
        if against is None or told is not None and _aims_abroad(told):
            continue
        source = (told.sources if told else []) or _protesters(s, ctx, t, against)
        if not source:
            continue
        if told is not None:
            told.sources, told.targets = source, [against]
        else:
            trig = Match(t.start, t.end, "trigger", t.key, t.form)
            out.append(Draft(t.key, trig, source, [against], False, 0.6))
    return out


def _glued(s, opposed, trig) -> bool:
    """"anti-French protests" (the state right before the trigger), "unjuk rasa anti-Prancis"
    (right after it, past its own prefix)."""
    if opposed.end <= trig.start:
        return s.words_between(opposed.end, trig.start) == 0
    return trig.end <= opposed.start and s.words_between(trig.end, opposed.start) <= 1


def _aims_abroad(d: Draft) -> bool:
    return bool({a.country for a in d.targets} - {a.country for a in d.sources})


def _protesters(s, ctx, trig, against) -> list[Actor]:
    """The state of a crowd that protests against `against`: a party named before the trigger,
    else the place the sentence names, else the dateline's state."""
    other = [a for a in s.actors if a.country and a.country != against.country]
    crowd = next((a for a in reversed(other) if a.end <= trig.start and not a.locative), None)
    place = next((a for a in other if a.locative), None)
    found = crowd or place
    if found:
        return [found]
    home = ctx.dateline_country
    return [Actor(trig.start, trig.end, home, kind="state")] if home and home != against.country \
        else []


def followed_suit(s, ctx) -> list[Draft]:
    """"Yemen followed suit", "Libya mengikuti langkah tersebut": the latest act, done again by
    the subject to the same targets."""
    mark = next((m for m in s.markers if m.kind == "follow_suit"), None)
    if mark is None or _marked_before(s, mark, "modal"):
        return []
    subject = left_group(s, ctx, mark.start, s.start)
    # (what others follow is a deed, not the words said about it since)
    copied = next((d for d in reversed(ctx.previous) if d.sources and d.targets
                   and ctx.event_type_of(d.code) not in SPOKEN), None)
    if not subject or copied is None:
        return []
    own = {a.country for a in subject}
    targets = [a for a in copied.targets if a.country not in own]
    if not targets or own <= {a.country for a in copied.sources}:
        return []
    trig = Match(mark.start, mark.end, "trigger", copied.code, "verbs")
    draft = Draft(copied.code, trig, list(subject), targets, copied.symmetric, 0.55)
    ctx.previous.append(draft)
    return [draft]


def joined_in(s, ctx, drafts) -> None:
    """"Japan joined South Korea in condemning ...", "Jepang bergabung dengan Korea Selatan
    mengecam ...": the party that joins another in an act does the act too."""
    joins = [m for m in s.markers if m.kind == "join_verb"]
    for d in drafts:
        m = next((m for m in reversed(joins) if m.end <= d.trigger.start), None)
        if m is None or s.words_between(m.end, d.trigger.start) > JOINED_REACH or \
                not any(m.end <= a.start for a in d.sources):
            continue
        joiner = [a for a in s.actors if a.end <= m.start and a.country and not a.locative
                  and not a.oblique]
        if joiner and joiner[-1].country not in {a.country for a in d.sources + d.targets}:
            d.sources.append(joiner[-1])


def _marked_before(s, mark, kind) -> bool:
    """A marker of `kind` in the few words before `mark`, within its clause (a modal: "would
    hit back"; a negation: "tidak akan menempuh langkah balasan")."""
    left, _ = clause_bounds(s, mark.start, mark.end)
    return any(m.kind == kind and left <= m.start and m.end <= mark.start
               and s.words_between(m.end, mark.start) <= SCOPE_WORDS for m in s.markers)


def _last_doers(ctx, own: set) -> list[Actor] | None:
    """The sources of the latest earlier event that another state did: what "it" in "called
    it arrogance" judges."""
    for d in reversed(ctx.previous):
        doers = [a for a in d.sources if a.country and a.country not in own]
        if doers:
            return doers
    return None
