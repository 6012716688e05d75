"""The source and target parties of a verb trigger. The source is the subject before the verb
in its clause, or the speaker of the quote or statement it stands in, or the subject a shared
or reduced clause carries over; the target is the object after it; a passive swaps them
("was seized by Iran", "ditangkap oleh"). The readings both kinds of trigger share (groups,
subjects, objects, speakers) are in `parties`."""
from __future__ import annotations

from bisect import bisect_right

from .actors import Actor
from .anaphora import (act_told_before, anaphoric_object, both_parties, last_aimed_at, latest,
                       latest_holder, meeting_sides, pair_in_trigger, pair_object,
                       repeated_act_doer, sides_in_the_state, story_pair)
from .codes import ORGANISATIONS
from .clauses import (BREAK_KINDS, MEANS_CHARS, SYMMETRIC, apposed_state_noun, ends_as,
                      inside_quote, iter_groups, marker_between, means_of_response, one_per_state,
                      opening_pronoun, party_after, relative_opening, relative_word_before,
                      trig_end, trigger_in)
from .matcher import Match
from .noun_phrase import hyphen_pair
from .venues import (genitive_owner, holding_place, named_venue_state, place_after, place_before,
                     posted_in, unknown_agent, warring_parties)
from .parties import (APPOSED_JUDGING, AT_MEETING, DATE_WORDS, DIPLOMATIC_PROTEST, EXPEL, HOSTED,
                      JUDGING, MEDIATE, PLACE_AFTER_PARTICIPLE, PLACE_TARGET, RELEASE,
                      after_marker, apposed_act_comma, apposed_backer, clitic_on_head, copula_head,
                      first_group, gap_object, implicit_subject, is_passive, is_possessive,
                      left_group, main_subject_after, opening_subject, owns_next, pair_after,
                      pronoun_before, protested_embassy, receive_frame, reduced_participle,
                      relative_before_subject, relative_openers, speaker_before, speaker_of,
                      strike_relative_subject, subject_before, tag_before, verb_object,
                      words_before_verb)
from .text import last_words, padded, says, spaced

EXTRADITE = "063"
# Words of a pledge's content read for "the two countries": "to further strengthen the
# bilateral ties of the two countries" is nine.
PAIR_CONTENT_REACH = 10
# Words read back from a verb for the "and" or comma that joins it to the verb before: four, the
# twenty characters this read before, whole words ("dan sudah berkali-kali mengecam").
SHARED_SUBJECT_WORDS = 4
# Words after an appeal read for what it asks: "for an immediate end to the fighting" is six.
CALM_REACH = 8
ABDUCTION = "181"
# CAMEO 0874, withdrawing forces: troops "were pulled out" by their own state.
TROOP_WITHDRAWAL = "0874"
# CAMEO 054, establishing or restoring diplomatic relations.
RELATIONS = "054"
# CAMEO 192, occupying territory.
OCCUPY = "192"
# What a release undoes: a seizure, an arrest (17x) or a kidnapping (181).
HOLDING = ("171", "172", "173", "181")
# Who may deport people: a state's own organs, not its people or firms.
EXPELLING_ROLES = ("police", "government", "military", "coast_guard")
# Words from a hosting passive to its venue: a ceremony's words between ("disambut dengan
# upacara kenegaraan di Istana Negara Malaysia").
HOST_VENUE_REACH = 6
# "the release of two Indonesian citizens who have been held by Myanmar authorities": the
# holder's agent stands up to a clause's worth of words after the release noun.
HOLDER_REACH = 12
# Who may report an arrest it made: a state's police, government, ministries, forces, courts.
AUTHORITY_ROLES = ("police", "government", "foreign_ministry", "defence_ministry", "military",
                   "court", "judge", "spokesperson")
# Characters before a verb in which the subject of a relative clause is looked for ("Ethiopia,
# which says its project is needed to generate electricity, has rejected": 68); twice the
# longest such clause the probe rounds met.
RELATIVE_SUBJECT_CHARS = 200
# Words a participle's patient may run past its state ("the Philippine supply vessels blocked
# by"): a demonym's noun and one modifier before it, two.
PATIENT_WORDS = 2


def _subject_before_relative(s, ctx, trig) -> list[Actor] | None:
    """"Ethiopia, which says its project is needed ..., has rejected Egypt's call": a verb right
    after the comma that closes a relative clause has the party before that clause as subject."""
    # (looked for within a window: a sentence can be a whole run-on page)
    start = max(s.start, trig.start - RELATIVE_SUBJECT_CHARS)
    close = s.text.rfind(",", start, trig.start)
    if close < 0 or any(w.strip("'\"") not in ctx.words.get("verb_group", ())
                        for w in s.folded[close + 1:trig.start].split()):
        return None
    opening = relative_opening(s, ctx.words.get("relative", ()), close, start)
    if opening < 0:
        return None
    at = bisect_right(s.actors, opening, key=lambda a: a.end) - 1
    party = s.actors[at] if at >= 0 and s.actors[at].country else None
    return [party] if party and not s.text[party.end:opening].strip() else None


def verb_parties(s, ctx, trig, left, right, verbs, etype):
    """(sources, targets, confidence) of a verb trigger."""
    sides = after_marker(s, ctx, trig_end(trig), right, "between", reach=2) \
        if etype == "yield" else None
    if sides and len({a.country for a in sides}) >= 2:
        # "mengumumkan gencatan senjata antara Pakistan dan India": the announcer is no side;
        # each side yields to the other
        return sides, list(sides), 0.8
    fronted = _fronted_mediation(s, ctx, trig) if trig.key.startswith(MEDIATE) else None
    if fronted:
        return fronted[0], fronted[1], 0.75
    passive = is_passive(s, ctx, trig, left)
    we = not passive and _we_before(s, ctx, trig) and _quote_speaker(s, ctx, trig, left)
    shared = None if we else (_with_doer(s, ctx, trig) or _shared_subject(s, ctx, trig, left, verbs))
    subject = we or shared or _governed_relative_head(s, ctx, trig, passive) or \
        (not passive and copula_head(s, ctx, trig)) or \
        (not passive and pronoun_before(s, ctx, trig) and
         implicit_subject(s, ctx, trig, left)) or \
        _gerund_subject(s, ctx, trig) or \
        _with_pronoun(s, ctx, left_group(s, ctx, trig.start, left)) or \
        (strike_relative_subject(s, ctx, trig) if etype == "attack" and not passive else None) or \
        _subject_before_relative(s, ctx, trig) or _projectile_owner(s, ctx, trig)
    if etype == "attack" and subject:
        subject = _strikers(s, ctx, subject, trig)
    after = trig_end(trig)
    if receive_frame(s, ctx, trig, left):
        giver = after_marker(s, ctx, after, right, "source_from") or \
            after_marker(s, ctx, after, right, "agent")  # "triggered strong protest by Nepal"
        if giver:
            return giver, subject or [], 0.8
    reduced = None if passive else _reduced_relative(s, ctx, trig, left, verbs)
    if reduced:
        agent = after_marker(s, ctx, after, right, "agent")
        if agent is None and etype == "coerce":
            # "fishermen detained in Thailand", "journalists detained for three weeks in Myanmar"
            agent = place_after(s, after, right, reach=PLACE_AFTER_PARTICIPLE)
        return (agent or []), reduced, 0.7
    if passive:
        agent = after_marker(s, ctx, after, right, "agent") or _clitic_agent(s, ctx, trig)
        if agent and reduced_participle(s, ctx, trig, left) and \
                not (subject and s.words_between(subject[-1].end, trig.start) <= PATIENT_WORDS):
            # "joined the hunt for the schoolgirls abducted by Boko Haram": the participle's
            # patient is the noun before it, not the clause's subject
            return agent, [], 0.7
        sides = None if agent or not (etype == "agree" or trig.key == RELATIONS) else \
            after_marker(s, ctx, left, trig.start, "between", reach=12)
        if sides and len({a.country for a in sides}) >= 2:
            # "the pact between France and Indonesia was signed", "relations between Colombia
            # and Venezuela were restored"
            return sides, [], 0.75
        if trig.key == RELATIONS:
            return None, None, 0.0  # "akses ke Gaza dipulihkan": restored, but not relations
        if agent is None and (etype == "mobilize" or trig.key == TROOP_WITHDRAWAL) and \
                subject and all(a.role == "military" for a in subject):
            # "North Korean troops were deployed to Russia", "Pasukan Israel ditarik dari
            # Lebanon": a state's forces are sent, or pulled out, by it
            return subject, first_group(s, ctx, after, right, etype) or [], 0.7
        if agent is None and subject and all(a.role == "ambassador" for a in subject) and \
                trigger_in(s, ctx, trig, "recall_passive"):
            # "Ethiopia's ambassador to Somalia was recalled", "was withdrawn from Kyiv": by his
            # own state, from his posting
            posting = posted_in(s, subject[-1], trig, ctx.words.get("possessive", ())) or \
                after_marker(s, ctx, after, right, "source_from", reach=2) or \
                _left_place(s, ctx, trig, after)
            return subject, posting or [], 0.75
        if agent is None and trig.key.startswith(EXPEL):
            # "Indonesian workers were deported from Malaysia": by the state they leave, or
            # whose authorities or places the sentence names after it ("... setelah ditahan di
            # depot imigrasi Malaysia"; not their own, where they are sent)
            agent = after_marker(s, ctx, after, right, "source_from") or \
                _expelling_state(s, trig, subject or [])
        if agent is None and trig.form == "passive":
            # "hit by an Israeli drone": the agent stands in the gapped trigger's gap; "bought
            # 42 jets from France": the seller after "from"
            agent = gap_object(s, ctx, trig, etype) or \
                _unplaced(_bare_agent(s, ctx, after, right, etype)) or \
                after_marker(s, ctx, after, right, "source_from", reach=2)
        if agent is None and etype in SYMMETRIC:
            pair = pair_after(s, ctx, after, right, "agent")
            if pair:
                return pair, [], 0.7  # "the deal signed by the two countries"
        if agent is None and subject and all(a.role == "ambassador" for a in subject):
            posting = posted_in(s, subject[-1], trig, ctx.words.get("possessive", ()))
            # "The French ambassador to Bamako was summoned": by the state of the posting; "was
            # called in" with no posting named, in a story datelined in another state: by it
            agent = posting or \
                (_dateline_summoner(ctx, subject) if trig.key == DIPLOMATIC_PROTEST else None) or \
                _other_state_speaker(s, ctx, trig, subject)
        if agent is None and trig.key.startswith(HOSTED):
            # "disambut dengan upacara kenegaraan di Istana Negara Malaysia": the host is the
            # state of the venue
            agent = place_after(s, after, s.end, reach=HOST_VENUE_REACH) or \
                named_venue_state(s, after, HOST_VENUE_REACH)
        if agent is None and etype == "coerce":
            # "ditangkap saat memancing di perairan Natuna": held by the state they are held in
            agent = place_after(s, after, s.end, reach=None) or \
                _reporting_authority(s, ctx, trig, subject or [])
        abducted = trig.key.startswith(RELEASE) and _abducted(s, ctx, trig)
        if abducted and agent and all(a.role in ("military", "police") for a in agent):
            return [], [], 0.0  # "disandera Abu Sayyaf, dibebaskan oleh militer": a rescue
        if not any(a.country for a in agent or ()) and trig.key.startswith(RELEASE) and \
                not abducted:
            # "released by the military government": a holder with no state named is the
            # state they were held in (not where kidnappers held them)
            agent = holding_place(s, trig, subject or []) or agent
        if not any(a.country for a in agent or ()) and trig.key.startswith(RELEASE):
            held = latest_holder(ctx, subject or [], HOLDING)
            if held:
                agent, subject = held.sources, subject or held.targets
        if trig.key.startswith(MEDIATE):
            # "The deal between Armenia and Azerbaijan was brokered by Washington": both sides;
            # "Iran dan Arab Saudi sepakat ... setelah perundingan yang difasilitasi pemerintah
            # China": the story's two sides
            subject = after_marker(s, ctx, left, trig.start, "between", reach=12) or subject or \
                (agent and story_pair(s, ctx, trig.start, {a.country for a in agent}))
        if not subject and etype == "meet":
            subject = meeting_sides(ctx)  # "The talks, hosted by Turkey, ...": both sides
        if not subject:
            subject = _relative_head(s, ctx, trig)  # "14 warga yang ditahan pasukan Israel"
        if not subject:
            subject = genitive_owner(s, left, trig)  # "jet tempur milik Ukraina ditembak jatuh"
        if not subject and agent and trig.key == OCCUPY:
            # "Krimea dicaplok Rusia dari Ukraina": land is taken from the party after "from"
            subject = after_marker(s, ctx, after, right, "source_from")
        if not subject and (etype in PLACE_TARGET or etype == "condemn"):
            # "Kota Kiryat Shmona di Israel utara dihantam roket": the state the place is in;
            # "The coup in Niger was condemned by the AU": what happened there
            subject = place_before(s, left, trig, agent or [])
        if agent is None and etype == "coerce" and subject:
            agent = _releaser(s, ctx, trig, subject)
        if agent is None and (etype in ("sanction", "threaten") or trig.key.startswith(EXPEL)):
            agent = _announcer(s, ctx, trig, subject or [])
        if not agent and subject:
            agent = repeated_act_doer(s, ctx, trig, subject) or agent
        if etype in APPOSED_JUDGING:  # "..., langkah yang dikecam China"
            subject = _apposed_act_doers(s, ctx, trig, agent or []) or subject
        if not subject and trig.key.startswith(HOSTED):
            return [], [], 0.0  # "The declaration was welcomed by Turkey and the EU": no guest
        return (agent or []), subject or [], 0.75
    right = _complement_end(s, ctx, after, right, etype)
    mediated = None
    # "The Netherlands and Denmark pledged to send F-16s to Ukraine": each pledges to the third
    two_sided = bool(subject) and len({a.country for a in subject}) >= 2 and \
        not trigger_in(s, ctx, trig, "pledge_verb")
    if two_sided and etype in SYMMETRIC + ("mobilize",):
        right = _before_relative_on_a_thing(s, ctx, after, right)
    if trig.key.startswith(MEDIATE):
        mediated = after_marker(s, ctx, after, right, "between")
    if trig.key.startswith(MEDIATE) and not (mediated and len({a.country for a in mediated}) >= 2):
        # "Qatar, yang menengahi perundingan bersama Turki": the story's two sides, whom no
        # phrase names here (a co-mediator after "bersama" mediates too)
        mediated = story_pair(s, ctx, trig.start, {a.country for a in subject or []})
    if mediated and len({a.country for a in mediated}) >= 2:
        # "menjadi penengah dalam perundingan antara Israel dan Hamas": the mediators' guests
        obj = mediated
    elif trigger_in(s, ctx, trig, "topic_verb"):
        # "A and B discussed Gaza": the object is the topic; the other side follows "with",
        # unless both sides are the subject ("membahas upaya Stockholm bergabung dengan NATO")
        # ("membahas insiden itu bersama otoritas Israel": "bersama" marks the other side too)
        obj = [] if two_sided else after_marker(s, ctx, after, right, "comitative") or \
            after_marker(s, ctx, after, right, "joint_with") or []
    elif two_sided and etype == "agree":
        # "sepakat menerima pengamat Indonesia": one agrees *with* a partner; a party after
        # the verb belongs to what was agreed
        obj = after_marker(s, ctx, after, right, "comitative") or []
    elif two_sided and etype in SYMMETRIC:
        # "A and B visited C": a direct object is the other side; "Kedua pemimpin membahas
        # ...": a later object is only the topic.
        # "A, B and C arrived in Kyiv": each visits the place, not the others; "held talks
        # mediated by Iraq": a passive's doer is no side.
        obj = [a for a in first_group(s, ctx, after, right, etype, strict=True, code=trig.key)
               or [] if a.oblique != "agent"]
        if not obj and trigger_in(s, ctx, trig, "receive_guest"):
            return [], [], 0.0  # "mendesak Hamas dan Israel menerima usulan": no guest, no host
    elif trigger_in(s, ctx, trig, "receive_guest"):
        # "received Blinken in Cairo" hosts a guest; "received military aid from" hosts no one
        obj = first_group(s, ctx, after, right, etype, strict=True) or []
    else:
        # "menelepon kedua pemimpin": a pair word, not the state a bare title was given;
        # "Belarus, which it accuses of pushing migrants to the EU": the clause's head, whatever
        # party follows the verb
        obj = _object_relative_head(s, ctx, trig) or \
            pair_object(s, ctx, after, right, subject or []) or \
            gap_object(s, ctx, trig, etype, subject or ()) or \
            _pronoun_first(s, ctx, after, right, subject or []) or \
            _clitic_before_content(s, ctx, trig, etype, subject or []) or \
            verb_object(s, ctx, after, right, etype, verbs, trig, shared or subject) or \
            _speakers_own(s, ctx, trig, after, right, subject)
    if not obj:
        # "mengakui Palestina": the object is the trigger's own last word
        obj = [a for a in s.actors if trig.start < a.start and a.end == trig_end(trig)
               and a.country][:1]
    if etype == "appeal" and _own_people_addressed(s, trig, subject or []):
        obj = []  # "mengimbau WNI menunda perjalanan ke Lebanon": advice to its own citizens
    if trig.key.startswith(EXTRADITE) or \
            (trig.key.startswith(RELEASE) and trigger_in(s, ctx, trig, "sent_to")):
        # "extradited a Russian national to the United States": to the state that asked;
        # "memulangkan lima terpidana ke Australia": to the state that takes them
        obj = after_marker(s, ctx, after, right, "target_mark", reach=8) or obj
    if etype == "appeal" and trigger_in(s, ctx, trig, "appeal_for"):
        release = next((t for t in s.triggers if t.form == "nouns" and t.key.startswith(RELEASE)
                        and t.start >= after and s.words_between(after, t.start) <= 2), None)
        if release is not None:
            obj = _holder(s, ctx, trig_end(release), right, subject or []) or \
                _last_captor(ctx, subject or [])
    if etype in ("appeal", "meet") and not obj:
        obj = warring_parties(s, after, right) or \
            sides_in_the_state(s, ctx, after, right, {a.country for a in subject or ()}) or []
        # (also "hosted talks between ...")
    if etype == "appeal" and not obj:
        obj = _asked_clause_subject(s, after) or _calm_addressees(s, ctx, trig, subject or [])
    if etype == "reject" and not obj:
        # "rejected a fresh offer from Afghanistan", "dismissed an appeal from President X".
        obj = after_marker(s, ctx, after, right, "source_from") or []
    if etype == "threaten" and not obj:
        obj = _condition_party(s, ctx, after, subject or [])
    if etype == "agree" and not obj:
        obj = _pair_in_content(s, ctx, after, right, subject or [])
    if etype == "protest" and not obj:
        # "berunjuk rasa membela Palestina di depan Kedutaan Besar AS": past the verb of the
        # cause the crowd stands up for
        obj = protested_embassy(s, after)
    if not obj:
        obj = _object_relative_head(s, ctx, trig) or \
            anaphoric_object(s, ctx, after, right, subject or []) or \
            _apposed_act_doers(s, ctx, trig, subject or []) or \
            pair_in_trigger(s, ctx, trig, after, subject or []) or \
            _answered(s, ctx, trig, subject or []) or []
    if not obj and etype in ("attack", "coerce"):
        obj = _clitic_antecedent(s, ctx, trig, subject or [])
    if shared and etype in SYMMETRIC + ("threaten",) and not obj:
        # "spoke by phone with Cho ... and agreed to ...": the same two sides agreed; "urged
        # Russia to accept a ceasefire, threatening sanctions": the same party is threatened
        earlier = [d for d in ctx.previous if s.start <= d.trigger.start < trig.start
                   and (d.symmetric or etype == "threaten")]
        obj = list(earlier[-1].targets) if earlier else []
    if not obj and etype in AT_MEETING and subject:
        # "Dalam pertemuan itu Jokowi menyampaikan apresiasinya", "During the talks, Rubio
        # pressed for ...": said at the meeting told before, to its other side
        obj = _at_told_meeting(s, ctx, trig, subject)
    conf = 0.9 if subject else 0.6
    if subject is None and obj:
        subject = _fronted_clause_subject(s, ctx, trig)
    if subject is None:
        subject = _quote_speaker(s, ctx, trig, left)
    if subject is None:
        subject = implicit_subject(s, ctx, trig, left)
    if subject is None:
        subject = both_parties(s, ctx, left, trig.start) or []
    return subject, obj, conf


def _at_told_meeting(s, ctx, trig, subject) -> list[Actor]:
    """The other side of the meeting told before, when the sentence opens with an occasion word
    and that meeting ("Dalam pertemuan itu", "During the talks") and names no party before the
    trigger but the subject."""
    words = s.folded[s.start:trig.start].split()
    if len(words) < 3 or words[0] not in ctx.words.get("occasion", ()):
        return []
    opening = " ".join(w.strip(",") for w in words[1:3])
    if opening not in ctx.words.get("meeting_anaphor", ()):
        return []
    own = {a.country for a in subject}
    return [a for a in meeting_sides(ctx) if a.country and a.country not in own][:1]


def _fronted_clause_subject(s, ctx, trig) -> list[Actor] | None:
    """"Sambil mendesak AS menahan diri, China juga memperingatkan ...", "While urging restraint,
    China warned ...", "Condemning the launch, Kishida said ...", "Kecam Israel, Indonesia ...":
    a clause fronted by "while"/"sambil", or opened by its own verb, has the main clause's
    subject, the party right after its comma."""
    opening = s.folded[s.start:trig.start].split()
    fronted = not opening or \
        (len(opening) == 1 and opening[0].strip(",") in ctx.words.get("fronting", ()))
    if not fronted or trig.form == "nouns":
        return None
    comma = s.text.find(",", trig.end, s.end)
    if comma < 0:
        return None
    after = [a for a in s.actors if a.start > comma and a.country and not a.locative]
    if not after or s.words_between(comma, after[0].start) > 2:
        return None
    return next(iter_groups(s, after, ctx.words.get("coordination", set())))


def _quote_speaker(s, ctx, trig, left) -> list[Actor] | None:
    """"“We condemn ...,” said Retno", "Pak told the conference: “My delegation condemns":
    a speaker's first person inside a quote is the speaker's state."""
    words = [w.strip("'\":") for w in s.folded[max(left, trig.start - 40):trig.start].split()[-3:]]
    if not (_first_person(ctx, words) or _quote_opens_first_person(s, ctx, trig, left)):
        return None
    return speaker_of(s, ctx, trig)


def _we_before(s, ctx, trig) -> bool:
    """'"... Ukraine's sovereignty, and we condemn it," said Abe': a first person right before
    the verb is its subject, whatever party the quote named before."""
    return _word_before_verb(s, ctx, trig) in ctx.words.get("first_person", ())


def _first_person(ctx, words: list[str]) -> bool:
    before = spaced(words)
    return says(before, ctx.words.get("first_person", ()))


def _quote_opens_first_person(s, ctx, trig, left) -> bool:
    """"“I am in regular contact with Tehran and urge Iran ...”": the quote's subject is its
    first words when no party stands before the verb as a subject (the caller found none)."""
    if not inside_quote(s, trig.start):
        return False  # the verb is outside any quote
    before = s.folded[max(left, s.start):trig.start]
    return _first_person(ctx, [w.strip(",") for w in before[before.rfind('"') + 1:].split()[:2]])


def _speakers_own(s, ctx, trig, after, right, subject) -> list[Actor] | None:
    """"The Philippines said Chinese vessels rammed its supply boat", "Filipina mengatakan
    kapal China menabrak kapal pemasoknya": in reported speech, a thing "its" owns, done to by
    another state's subject, is the speaker's."""
    words = [w.strip(",.") for w in s.folded[after:right].split()[:4]]
    if words and words[0] in ctx.words.get("target_mark", ()):
        words = words[1:]
    if not any(is_possessive(ctx, w) for w in words[:3]):
        return None
    tag = tag_before(s, trig)
    if not subject or tag is None or marker_between(s, tag.end, trig.start, ("clause_break",)):
        return None  # ("Moskow menyebut ..., sementara Zelensky menyambut warganya": another clause)
    return _other_state_speaker(s, ctx, trig, subject)


def _clitic_antecedent(s, ctx, trig, subject) -> list[Actor]:
    """"menghadang kapal-kapal Filipina dan menyemprotnya dengan meriam air": a verb after
    "dan" whose clitic is its object acts on the last other party named before it."""
    if not clitic_on_head(s, ctx, trig) or \
            not set(last_words(s.folded, s.start, trig.start, 1)) & \
            set(ctx.words.get("coordination", ())):
        return []
    return _last_other_party(s, trig, subject)


def _clitic_before_content(s, ctx, trig, etype, subject) -> list[Actor] | None:
    """"menangguhkan hubungan dengan Israel dan menuduhnya melakukan kejahatan perang di Gaza":
    a judgement whose clitic is followed by the content's verb judges the party the clitic
    stands for, not a place in the content."""
    if etype not in JUDGING or not clitic_on_head(s, ctx, trig):
        return None
    nxt = s.folded[trig.start:s.end].split()[1:2]  # the word after "menuduhnya"
    if not nxt or not nxt[0].startswith(tuple(ctx.words.get("active_prefix", ()))):
        return None
    return _last_other_party(s, trig, subject) or None


def _last_other_party(s, trig, subject) -> list[Actor]:
    own = {a.country for a in subject}
    return [a for a in s.actors if a.end <= trig.start and a.country and a.country not in own
            and not a.locative][-1:]


def _gerund_subject(s, ctx, trig) -> list[Actor] | None:
    """"protested over Sri Lanka hosting Chinese ships", "over Colombo playing host to ...": a
    gerund right after a party has that party for its subject, though a preposition governs
    it."""
    head = s.folded[trig.start:trig.end].split()[0]
    if trig.form != "verbs" or not ends_as(ctx, "gerund", head):
        return None
    party = next((a for a in reversed(s.actors) if a.end <= trig.start), None)
    if party is None or not party.country or \
            s.text[party.end:trig.start].strip():
        return None
    return [party]


def _pronoun_first(s, ctx, after, right, subject) -> list[Actor] | None:
    """"broke off ties with Israel, accusing it of committing crimes in Gaza": a pronoun right
    after the verb is its object, whatever place the clause names after it."""
    head = s.folded[after:right].split()[:1]
    pronouns = {*ctx.words.get("him", ()), *ctx.words.get("it_object", ())}
    if not head or head[0].strip(",.;:") not in pronouns:
        return None
    return anaphoric_object(s, ctx, after, right, subject)


def _other_state_speaker(s, ctx, trig, others) -> list[Actor] | None:
    """"Pakistan's envoy was summoned, India's foreign ministry said": the speaker of the
    sentence's speech tag, when it names a state and none of `others`' (the envoys', whom that
    state summoned)."""
    speaker = speaker_of(s, ctx, trig)
    own = {a.country for a in others}
    if not speaker or any(a.country is None or a.country in own for a in speaker):
        return None
    return speaker


def _dateline_summoner(ctx, envoys) -> list[Actor] | None:
    """The state of the story's dateline, when it is not the summoned envoys' own."""
    home = ctx.dateline_country
    if not home or home in {a.country for a in envoys}:
        return None
    return [Actor(envoys[-1].start, envoys[-1].end, home, kind="state")]


def _reduced_relative(s, ctx, trig, left, verbs) -> list[Actor] | None:
    """"called for the release of three Malaysians detained in Thailand": a past participle
    right after a party, with a main verb before both, is a passive without "was"; the party
    before it is its target. A language whose participles have no ending of their own (the
    Indonesian passive is a prefix, a trigger form of its own) has none of these."""
    if trig.form != "verbs" or trigger_in(s, ctx, trig, "answering"):
        return None  # "South Korea returned fire on Tuesday": the verb has its object
    word = s.folded[trig.start:trig.end].split()[0]
    if not ends_as(ctx, "participle", word) or not _participle_tail(s, ctx, trig_end(trig)):
        return None
    # Two nouns may stand between ("Chinese telecom workers kidnapped in Nigeria").
    before = [a for a in s.actors if left <= a.start and a.end <= trig.start and a.country
              and s.words_between(a.end, trig.start) <= 2]
    if not before or marker_between(s, before[-1].end, trig.start, ("relative",)) or \
            relative_before_subject(s, ctx, trig.start)[1] >= 0 or \
            apposed_backer(s, ctx, before[-1], trig.start):
        # ("China, which he accused of", "the pact that Indonesia and Australia signed": a
        # clause with a subject of its own)
        return None
    # (a verb before a comma is a fronted clause's: "After condemning the attack, Egypt recalled")
    # People arrest no one: "Fifty Nigerians detained in Ghana are awaiting deportation" has its
    # main verb outside the lexicon.
    if not (any(left <= v.start and v.end <= before[-1].start
                and "," not in s.text[v.end:before[-1].start] for v in verbs)
            or _passive_verb_after(s, ctx, trig, verbs)
            or (_people(s, ctx, before[-1]) and ctx.event_type_of(trig.key) == "coerce")):
        return None
    return [before[-1]]


def _people(s, ctx, a) -> bool:
    """"Chinese nationals", "Fifty-four Nigerians", "54 Indonesians": people, not their state."""
    before = s.folded[max(s.start, a.start - 16):a.start].split()[-1:]
    counts = ctx.words.get("count_word", ())
    return a.role == "people" or bool(before) and (
        before[0].replace(",", "").isdigit() or all(w in counts for w in before[0].split("-")))


def _passive_verb_after(s, ctx, trig, verbs) -> bool:
    """"Two Australian journalists detained in Myanmar were released": the sentence's main verb
    ("were released") comes after the participle, which therefore only describes its subject;
    no party or clause of its own stands between them ("warned that Hezbollah would be")."""
    aux = ctx.words.get("passive_aux", ())
    for v in verbs:
        words = s.folded[trig_end(trig):v.start].split()
        if v.start <= trig.end or not words or words[-1] not in aux:
            continue
        own = any(a.country and not a.locative and trig.end <= a.start < v.start for a in s.actors)
        clause = marker_between(s, trig.end, v.start,
                                ("complement", "speech", "modal", "relative", "clause_break"))
        return not (own or clause)
    return False


def _participle_tail(s, ctx, pos) -> bool:
    """What may follow a participle used as an adjective: a preposition ("detained in", "held
    by"), a date, a comma or the end; not an object or a clause ("alleged that France")."""
    rest = s.folded[pos:s.end]
    nxt = rest.split(None, 1)[0] if rest.strip() else ""
    if not nxt or not nxt[0].isalnum():
        return True
    preps = ctx.words.get("preposition", frozenset()) | ctx.words.get("locative", frozenset())
    return nxt in preps or any(m.kind in DATE_WORDS and m.start >= pos
                               and s.words_between(pos, m.start) == 0 for m in s.markers)


def _reporting_authority(s, ctx, trig, held) -> list[Actor] | None:
    """"Malaysian police said two women have been arrested", "KUALA LUMPUR - Two women were
    arrested": with no agent and no place, the state whose authorities report the arrest, else
    the dateline's, holds them."""
    own = {a.country for a in held}
    tag = next((m for m in s.markers if m.kind == "speech" and m.end <= trig.start), None)
    speaker = left_group(s, ctx, tag.start, s.start) if tag else None
    if speaker and all(a.role in AUTHORITY_ROLES for a in speaker) and \
            not own & {a.country for a in speaker}:
        return speaker
    if ctx.dateline_country and ctx.dateline_country not in own and \
            not any(a.country for a in s.actors if a.end <= trig.start and a not in held):
        return [Actor(trig.start, trig.start, ctx.dateline_country, kind="home")]
    return None


def _releaser(s, ctx, trig, held) -> list[Actor] | None:
    """"Thailand membebaskan 18 tentara Kamboja yang ditahan sejak Juli": people freed earlier
    in the sentence were held by the state that frees them."""
    own = {a.country for a in held}
    freed = next((d for d in reversed(ctx.previous) if d.code.startswith(RELEASE)
                  and s.start <= d.trigger.start < trig.start
                  and own & {a.country for a in d.targets}), None)
    return list(freed.sources) if freed else None


def _announcer(s, ctx, trig, target) -> list[Actor] | None:
    """"Canada's foreign minister announced that a senior Indian diplomat was being expelled":
    a state announces its own measures; the speaker's state takes them when no one else is
    named. So it threatens: "Russia said Moldova's decision would not go unanswered"."""
    own = {a.country for a in target}
    tag = tag_before(s, trig)
    speaker = left_group(s, ctx, tag.start, s.start) if tag else None
    if speaker and not own & {a.country for a in speaker} and \
            not any(a.country for a in s.actors if tag.end <= a.start < trig.start
                    and a not in target):
        return speaker
    return None


def _abducted(s, ctx, trig) -> bool:
    """Whether the sentence tells before the trigger that the people were kidnapped."""
    return any(t.key.startswith(ABDUCTION) and t.end <= trig.start for t in s.triggers)


def _relative_head(s, ctx, trig) -> list[Actor]:
    """The party a relative clause hangs on: right before "yang"/"who" that opens the clause
    (adverbs may stand between it and the verb: "yang telah datang", "who has visited", "yang
    saat ini mengepung")."""
    rel = relative_word_before(s, ctx, trig.start)
    if rel < 0:
        return []
    head = [a for a in s.actors if a.end <= rel and a.country and
            (s.words_between(a.end, rel) == 0 or apposed_state_noun(s, ctx, a.end, rel))]
    return head[-1:]


def _object_relative_head(s, ctx, trig) -> list[Actor]:
    """"relations with Thailand, which it accuses of ...", "China, which Tokyo accuses of": a
    relative clause with a subject of its own (a pronoun or a party) acts on the party it
    hangs on. ("told China that it attacked": a word that also opens what was said is read
    so.)"""
    word, rel = relative_before_subject(s, ctx, trig.start)
    if rel < 0 or word in ctx.words.get("complement", ()):
        return []
    head = [a for a in s.actors if a.end <= rel and a.country
            and not s.text[a.end:rel].strip(" ,")]
    return head[-1:]


def _strikers(s, ctx, subject, trig) -> list[Actor]:
    """"US-British air strikes hit radar sites": the two states of a compound before the strike
    noun that is the subject strike together (not before fighting: see `_joint_strike`)."""
    pair = hyphen_pair(s, subject[-1:]) if subject[-1] in s.actors else None
    if not pair or pair[1] is not subject[-1]:
        return subject
    words = set(s.folded[pair[1].end:trig_end(trig)].split())  # (the noun may open the trigger)
    strikes = set(ctx.reference_classes.get("attack", ())) - \
        set(ctx.words.get("mutual_fighting", ()))
    return pair if words & strikes else subject


def _clitic_agent(s, ctx, trig) -> list[Actor] | None:
    """"Belarus, yang dituduhnya mendorong migran": a passive with the agent glued to it as a
    clitic is done by the sentence's subject."""
    end = trig_end(trig)
    glued = next((c for c in ctx.words.get("agent_clitic", ())
                  if s.folded.startswith(c, end)), None)
    if glued is None or s.text[end + len(glued):end + len(glued) + 1].isalnum():
        return None
    subject = next((a for a in s.actors if a.start < trig.start and a.country
                    and not a.locative and not a.oblique), None)
    return [subject] if subject else None


def _governed_relative_head(s, ctx, trig, passive) -> list[Actor]:
    """"disambut oleh Erdogan yang mendorong", "welcomed by Erdogan, who urged": the head of a
    relative clause acts in it even when a preposition governs it in the clause before; in a
    passive one it undergoes the act ("dengan Belarus, yang dituduh Polandia mendorong")."""
    if passive:
        return _relative_head(s, ctx, trig)
    # "kepada Presiden Joko Widodo yang telah datang ke Ukraina": the head whatever its
    # preposition
    return [a for a in _relative_head(s, ctx, trig) if a.oblique]


def _holder(s, ctx, pos, right, appealer) -> list[Actor]:
    """Who holds the people whose release is asked for: the agent of their detention ("held by
    Somali pirates", "ditahan pasukan Israel"), else the state they are held in ("detained in
    Belarus"), else their own state when it is not the appealer's ("the release of Niger's
    President Bazoum"). An agent with no state ("unidentified gunmen") holds them for no state."""
    own = {a.country for a in appealer}
    agents = [m for m in s.markers if m.kind == "agent" and pos <= m.start < right
              and s.words_between(pos, m.start) <= HOLDER_REACH]
    passives = [t for t in s.triggers if t.form == "passive" and pos <= t.start < right
                and s.words_between(pos, t.start) <= HOLDER_REACH]
    if agents or passives:
        start = agents[0].end if agents else trig_end(passives[0])
        after = [a for a in s.actors if start <= a.start < right
                 and s.words_between(start, a.start) <= 3]
        found = next(iter_groups(s, after, ctx.words.get("coordination", set())), [])
        holders = [a for a in found if a.country and a.country not in own]
        if holders or unknown_agent(s, ctx, start, right):
            return holders  # "kidnapped by unidentified gunmen": held for no state
    place = next((a for a in s.actors if pos <= a.start < right and a.locative and a.country), None)
    if place:
        return [place]
    held = [a for a in s.actors if pos <= a.start < right and a.country and a.country not in own]
    return held[:1]


def _last_captor(ctx, appealer) -> list[Actor]:
    """"condemned the detention of UN staff by the Houthis and demanded their release": with no
    holder after the release, the doers of the story's latest seizure hold the people."""
    held = latest_holder(ctx, [], HOLDING)
    own = {a.country for a in appealer}
    return [a for a in held.sources if a.country and a.country not in own] if held else []


def _fronted_mediation(s, ctx, trig) -> tuple[list[Actor], list[Actor]] | None:
    """"Diperantarai China, Arab Saudi dan Iran sepakat rujuk", "Brokered by Qatar, the two
    sides ...": a mediation that opens the sentence names its mediator before the comma and
    the sides it mediated between after it."""
    if s.text[s.start:trig.start].strip(" \"'"):
        return None
    comma = s.text.find(",", trig_end(trig), s.end)
    if comma < 0:
        return None
    mediators = [a for a in s.actors if trig_end(trig) <= a.start and a.end <= comma and a.country]
    after = [a for a in s.actors if a.start > comma and a.country and not a.locative]
    if not mediators or not after:
        return None
    sides = next(iter_groups(s, after, ctx.words.get("coordination", set())))
    own = {a.country for a in mediators}
    sides = [a for a in sides if a.country not in own]
    return (mediators, sides) if len({a.country for a in sides}) >= 2 else None


def _condition_party(s, ctx, pos, subject) -> list[Actor]:
    """"mengancam akan melancarkan serangan jika Amerika Serikat ...", "If Russia goes on, we
    stand ready to ...": a threat with no object is aimed at the party its condition names
    (a condition after the threat first)."""
    own = {a.country for a in subject}
    for m in sorted(s.markers, key=lambda m: (m.start < pos, m.start)):
        if m.kind == "if_clause":
            after = [a for a in s.actors if a.start >= m.end and a.country and a.country not in own
                     and not a.locative]
            if after and s.words_between(m.end, after[0].start) <= 2:
                return next(iter_groups(s, after, ctx.words.get("coordination", set())))
            return []
    return []


def _shared_subject(s, ctx, trig, left, verbs) -> list[Actor] | None:
    """"Bakamla seized a vessel and detained its crew": a verb joined to an earlier verb by
    "and" shares that verb's subject, not the nearest party (the first verb's object). A
    participle clause (", accusing Moscow of", ", dengan menuduh") shares the subject of the
    verb or speech tag before it."""
    # ("setelah sebelumnya menemui", "having earlier met": a time word is read past too)
    skipped = set(ctx.words.get("adverb", ())) | set(ctx.words.get("time_shift", ()))
    words = [w for w in last_words(s.folded, s.start, trig.start, SHARED_SUBJECT_WORDS)
             if w not in skipped]
    # ("answered Trump's trade measures by imposing tariffs": the means of a response, past
    # what it answers)
    wide = s.folded[max(s.start, trig.start - MEANS_CHARS):trig.start].split()
    means = means_of_response(ctx, wide)
    if _participle_clause(s, ctx, trig, words) or means:
        found = subject_before(s, ctx, trig, verbs) or main_subject_after(s, ctx, trig, verbs)
        if found is None and (words[-1] in ctx.words.get("temporal_clause", ()) or
                              not ctx.head_initial or means):
            # with no event verb around it, the clause goes with the sentence's opening
            # subject ("saat berkunjung ke ...", "struck back at the tariffs imposed by
            # Washington, announcing a duty": China announces); an Indonesian verb after a
            # comma may be the main verb after an apposition ("Menlu Myanmar ..., Wunna
            # Maung Lwin, menolak")
            found = opening_subject(s, ctx, trig) or opening_pronoun(s, ctx)
        return found
    if words and words[-1].endswith(","):
        return _comma_joined(s, ctx, trig)
    if trig.form == "passive" and \
            set(last_words(s.folded, s.start, trig.start, 1)) & set(ctx.words.get("then_word", ())):
        return _passive_goes_on(s, ctx, trig, verbs)
    if not words or (words[-1] not in ctx.words.get("coordination", ()) and
                     words[-1] not in ctx.words.get("contrast", ())):
        return None
    earlier = [v for v in verbs if left <= v.start < trig.start]
    if not earlier or _owner_only(s, left_group(s, ctx, earlier[0].start, left)):
        # ("said Pakistan's decision to expel ... was unacceptable and urged": an owner is no
        # subject)
        return _speaker_goes_on(s, ctx, trig, left) or _opening_subject_goes_on(s, ctx, trig)
    back = _back_to_speaker(s, ctx, earlier[0], trig)
    if back:
        return back
    # ("France said it condemned Russia and offered help": the pronoun's state)
    return left_group(s, ctx, earlier[0].start, left) or \
        (pronoun_before(s, ctx, earlier[0]) and implicit_subject(s, ctx, earlier[0], left)) or \
        _quote_speaker(s, ctx, earlier[0], left)


def _passive_goes_on(s, ctx, trig, verbs) -> list[Actor] | None:
    """"Dua warga Kanada ditangkap lalu dipenjara oleh otoritas China": a passive joined to the
    one before by "then" has the same patients."""
    before = [v for v in verbs if v.end <= trig.start and v.form == "passive"
              and s.words_between(v.end, trig.start) <= 1]
    return left_group(s, ctx, before[-1].start, s.start) if before else None


def _comma_joined(s, ctx, trig) -> list[Actor] | None:
    """"Scholz rings Putin, presses him to ...": a verb joined to the one before by a comma
    alone, as headlines and lead sentences join them, shares the sentence's opening subject,
    not the first verb's object. Only for one comma after a verb and its object: two commas
    set off an apposition or an aside ("Lavrov, speaking in Moscow, urged")."""
    if trig.form != "verbs":
        return None
    subject = opening_subject(s, ctx, trig)
    if not subject:
        return None
    between = s.folded[subject[-1].end:trig.start]
    stops = set(ctx.words.get("relative", ())) | set(ctx.words.get("clause_break", ()))
    words = between.replace(",", " ").split()
    if words and words[-1] in ctx.words.get("then_word", ()):
        words = words[:-1]  # "..., lalu menarik duta besar": the next act of the same subject
    if between.count(",") != 1 or len(words) < 2 or any(w in stops for w in words) or \
            any(m.kind == "speech" and subject[-1].end <= m.start < trig.start
                for m in s.markers):
        return None
    return subject


def _owner_only(s, group) -> bool:
    """Whether every party of the group owns the noun after it ("Pakistan's decision")."""
    return bool(group) and all(owns_next(s.text, a) for a in group)


def _back_to_speaker(s, ctx, earlier, trig) -> list[Actor] | None:
    """"Putin said Moscow and Pyongyang would sign an accord ..., and thanked North Korea": after
    a comma, "and" with a past verb goes back to the speaker, not on with the reported clause."""
    if "," not in s.text[earlier.end:trig.start] or \
            not ends_as(ctx, "participle", s.folded[trig.start:trig.end].split()[0]):
        return None
    return speaker_before(s, ctx, earlier)


def _opening_subject_goes_on(s, ctx, trig) -> list[Actor] | None:
    """"Beijing regards Lai as a separatist and staged drills around the island": a past verb
    after "and" with no event verb before it goes on with the sentence's opening subject, not
    with the first verb's object."""
    start = s.fronted + 1 if 0 <= s.fronted < trig.start else s.start
    # (a break right before the verb is its own "but": "did not join the sanctions but
    # condemned the invasion", "tetapi mengecam", goes on with the opening subject)
    contrast = any(w in ctx.words.get("contrast", ())
                   for w in last_words(s.folded, s.start, trig.start, 1))
    # (a language with no past ending, as Indonesian, has every verb finite)
    finite = ends_as(ctx, "participle", s.folded[trig.start:trig.end].split()[0]) or \
        (trig.form == "verbs" and not ctx.words.get("participle_suffix"))
    if not (contrast or finite) or \
            any(m.kind in BREAK_KINDS and start <= m.start < trig.start and
                s.text[m.end:trig.start].strip() for m in s.markers):
        return None  # ("two days after the military dissolved ... and detained": its own clause)
    return opening_subject(s, ctx, trig, start)


def _speaker_goes_on(s, ctx, trig, left) -> list[Actor] | None:
    """"Japan said the move was regrettable and lodged a protest": a verb joined by "and" to a
    reported clause that names no other party but an owner and the speaker's own people ("said
    Pakistan's decision to expel Afghan nationals was unacceptable and urged Islamabad") goes
    on with the speaker's acts."""
    tag = next((m for m in reversed(s.markers) if m.kind == "speech" and m.end <= left), None)
    speaker = left_group(s, ctx, tag.start, s.start) if tag else None
    own = {a.country for a in speaker or ()}
    if not speaker or any(a.country and left <= a.start < trig.start and a.country not in own
                          and not owns_next(s.text, a) for a in s.actors):
        return None
    return speaker


def _participle_clause(s, ctx, trig, words) -> bool:
    """", accusing ...", ", menuduh ...", "dengan menuduh ...": a verb that opens a clause of
    manner after the main clause."""
    if words and words[-1] in ctx.words.get("manner", ()) or means_of_response(ctx, words):
        return True
    if words and words[-1] in ctx.words.get("temporal_clause", ()) and trig.form == "verbs":
        return ctx.head_initial or ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])
    after_comma = s.text[max(s.start, trig.start - 3):trig.start].rstrip().endswith(",")
    if not after_comma:
        return False
    return ctx.head_initial or ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])


def _before_relative_on_a_thing(s, ctx, after, right) -> int:
    """"A dan B menggelar latihan militer ... yang membuat Beijing marah": what two sides do
    together is between them; a relative clause on its object (a thing, no party) is about
    the thing, and its parties are not a third side. (One doer's object may sit in such a
    clause: "menolak sanksi yang dikenakan Washington".)"""
    rels = relative_openers(s, ctx, after, right)
    if not rels or any(a.country and after <= a.start < rels[0].start for a in s.actors):
        return right
    return rels[0].start


def _complement_end(s, ctx, after, right, etype) -> int:
    """"mengancam bahwa AS dan Inggris akan ...": the complement's subject is the target."""
    if etype not in ("threaten", "condemn", "appeal") or right >= s.end:
        return right
    gap = s.folded[after:right].split()
    nxt = s.folded[right:right + 12].split()
    if len(gap) <= 1 and nxt and nxt[0] in ctx.words.get("complement", ()):
        later = [m.start for m in s.markers if m.kind in BREAK_KINDS and m.start > right + 1]
        return min(later + [s.end])
    return right


def _word_before_verb(s, ctx, trig) -> str:
    """The word before the verb, past auxiliaries and -ly adverbs ("it would temporarily
    halt"); quotes around the verb ("it 'rejects'") are no words."""
    words = words_before_verb(s, ctx, trig)
    return words[-1] if words else ""


def _with_pronoun(s, ctx, group: list[Actor] | None) -> list[Actor] | None:
    """"Manele said he and Albanese held talks", "ia dan Albanese": a pronoun listed before a
    party is the speaker, one more side of the group."""
    if not group:
        return group
    words = s.folded[max(s.start, group[0].start - 20):group[0].start].split()[-3:]
    if len(words) < 2 or words[-1] not in ctx.words.get("coordination", ()):
        return group
    if words[-2] in ctx.words.get("singular_pronoun", ()):
        named = words[-2]
    else:  # "his country and Indonesia": the speaker's state
        named = next((w for w in (" ".join(words[-3:-1]), words[-2])
                      if w in ctx.words.get("speaker_state", ())), None)
    if named is None:
        return group
    at = s.folded.rfind(named, s.start, group[0].start)
    speaker = speaker_before(s, ctx, Match(at, at + len(named), "marker", named))
    return one_per_state((speaker or []) + group)


def _with_doer(s, ctx, trig) -> list[Actor] | None:
    """"with Zelenskyy expressing gratitude", "with Thailand accusing Cambodia": the party
    "with" introduces does the -ing verb right after it."""
    if not (ctx.head_initial or ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])):
        return None  # ("dengan Armenia menuduh Azerbaijan": any verb form in Indonesian)
    doer = next((a for a in reversed(s.actors) if a.end <= trig.start), None)
    if doer is not None and doer.country and doer.oblique == "comitative" and \
            not s.text[doer.end:trig.start].strip():
        return [doer]  # (not "ties with Bolivia, accusing it": a comma ends the "with" phrase)
    return None


def _projectile_owner(s, ctx, trig) -> list[Actor] | None:
    """"shells fired by Myanmar forces landed in ...", "drone Rusia jatuh di ...": a projectile
    that came down somewhere is the state's named in its own phrase, between it and where it
    fell."""
    if trig.start2 < 0 or not trigger_in(s, ctx, trig, "projectile"):
        return None
    owners = [a for a in s.actors if trig.end <= a.start < trig.start2 and a.country]
    return next(iter_groups(s, owners, ctx.words.get("coordination", set())), None) \
        if owners else None


def _answered(s, ctx, trig, subject) -> list[Actor] | None:
    """"the South Korean navy returned fire", "membalas tembakan": fire is returned to whoever
    attacked the subject's state last."""
    if not trigger_in(s, ctx, trig, "answering"):
        return None
    return last_aimed_at(ctx, {a.country for a in subject}, "attack") or None


def _asked_clause_subject(s, after) -> list[Actor]:
    """"memohon agar Saudi segera memberikan ...": an appeal made of the clause right after it
    (which "agar" opens as a clause of its own) is aimed at that clause's subject."""
    mark = next((m for m in s.markers if m.kind == "purpose" and m.start >= after), None)
    if mark is None or s.words_between(after, mark.start) > 0:
        return []
    return [a for a in s.actors if a.start >= mark.end and a.country and not a.locative
            and s.words_between(mark.end, a.start) == 0][:1]


def _expelling_state(s, trig, expelled) -> list[Actor] | None:
    """The first other state the sentence names after the expulsion, as a place, an authority
    or a bare state ("held at Malaysian immigration depots"), not by its people."""
    own = {a.country for a in expelled}
    return next(([a] for a in s.actors if a.start >= trig_end(trig) and a.country
                 and a.country not in own and a.country not in ORGANISATIONS
                 and (a.locative or a.role in EXPELLING_ROLES or a.role is None)), None)


def _own_people_addressed(s, trig, subject: list[Actor]) -> bool:
    """Whether the party right after an appeal verb is the appealer's own citizens (not an
    office or person of its own, whom a domestic appeal may address)."""
    own = {a.country for a in subject if a.country}
    first = next((a for a in s.actors if a.start >= trig_end(trig)), None)
    return bool(own) and first is not None and first.country in own and \
        first.role in (None, "people") and first.kind != "person" and \
        s.words_between(trig_end(trig), first.start) <= 1


def _apposed_act_doers(s, ctx, trig, judges) -> list[Actor] | None:
    """"Tokyo and Washington agreed to deepen ties, a move China condemned", "..., langkah yang
    dikecam China": an act told before the comma, named again by a noun after it, is judged
    as its doers' doing."""
    comma = apposed_act_comma(s, ctx, trig)
    told = act_told_before(s, ctx, comma) if comma is not None else None
    if told is None:
        return None
    own = {a.country for a in judges}
    return [a for a in told.sources if a.country not in own] or None


def _unplaced(group) -> list[Actor] | None:
    """A passive's doer right after it is no place where it happened ("diserang di Beijing")."""
    if not group:
        return None
    return [a for a in group if not a.locative] or None


def _calm_addressees(s, ctx, trig, subject) -> list[Actor] | None:
    """"called for an end to the fighting", "urged restraint", "menyerukan penghentian
    pertempuran": a third party's appeal for calm that names no addressee is aimed at the two
    sides of the story's latest fighting."""
    words = [w.strip(",.;:'\"") for w in s.folded[trig_end(trig):s.end].split()[:CALM_REACH]]
    calm = next((i for i in range(len(words))
                 if spaced(words[i:]).startswith(padded(ctx.words.get("calm", ())))), None)
    # ("urged all parties to show restraint": an addressee with no state, convention C9)
    if calm is None or says(spaced(words[:calm]), ctx.words.get("all_sides", ())):
        return None
    fight = latest(ctx, "attack")
    if fight is None:
        return None
    sides = one_per_state(list(fight.sources) + list(fight.targets))
    # (a side's own call for calm is aimed at its enemy only in words the rules do not read)
    if {a.country for a in subject} & {a.country for a in sides}:
        return None
    return sides or None


def _pair_in_content(s, ctx, after, right, subject) -> list[Actor] | None:
    """"pledged to strengthen the two countries' ties", "berjanji memperkuat hubungan kedua
    negara": a pledge about both sides' ties is made to the story's other side."""
    words = spaced(w.strip(",.;:'\"’")
                   for w in s.folded[after:right].split()[:PAIR_CONTENT_REACH])
    # (a pair word of its own, "the two countries", not a bare "both": "both communities")
    pair_words = tuple(p for p in ctx.words.get("both_parties", ()) if len(p.split()) > 1)
    if not says(words, pair_words):
        return None
    own = {a.country for a in subject}
    pair = story_pair(s, ctx, after, set()) or []
    others = [a for a in pair if a.country not in own]
    return others if own & {a.country for a in pair} and others else None


def _left_place(s, ctx, trig, after) -> list[Actor]:
    """"was withdrawn from Kyiv": the state named right after a trigger ending in "from"."""
    if s.folded[trig.start:after].split()[-1] not in ctx.words.get("source_from", ()):
        return []
    return party_after(s, after, 0) or []


def _bare_agent(s, ctx, after, right, etype) -> list[Actor] | None:
    """"ditembak tentara Israel": the party right after a passive with no "oleh"; not the object
    of an active verb in between ("AS dituding menyokong Israel": Israel is who is backed)."""
    group = first_group(s, ctx, after, right, etype, strict=True)
    prefixes = tuple(ctx.words.get("active_prefix", ()))
    if group and prefixes and any(w.startswith(prefixes) and w.islower()
                                  for w in s.text[after:group[0].start].split()):
        return None
    return group
