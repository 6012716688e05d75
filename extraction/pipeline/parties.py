"""Who acted on whom: the source and target parties of one trigger, read from word order.

A verb's source is the nearest actor group before it in its clause and its target the first
actor group after it; an event noun takes its parties from inside its noun phrase ("serangan
Israel ke Gaza", "Russian strikes on Kyiv") or from a support verb ("launched strikes"); a
passive verb swaps them; references to earlier events ("the strikes", "langkah tersebut")
take that event's parties (anaphora.py). The lexicon supplies the words; the rules are the
same for every language.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import takewhile

from .actors import Actor
from .anaphora import (adversary, anaphoric_object, both_parties, event_reference, group_anaphor,
                       last_aimed_at, last_words_say, latest, latest_holder, latest_targets,
                       meeting_anaphor, meeting_sides, names_both_parties, pair_in_trigger,
                       pair_object, reference_before, state_anaphor_object, story_pair)
from .codes import ORGANISATIONS
from .clauses import (BREAK_KINDS, DOMESTIC_OK, SYMMETRIC, TALKS, domestic_party, ends_as,
                      free_parties, groups, inside_quote, iter_groups, marker_between,
                      means_of_response, no_verb_between, one_per_state, party_after,
                      relative_opening, trig_end, trigger_in, without_adverbs)
from .matcher import Match
from .noun_phrase import (aimed_at, amount_then_from, answered_act, day_between,
                          demonstrative_after, giver_inside, hyphen_pair, later_verbs_agent,
                          marker_right_after, modifier_between, noun_between, object_of_verb,
                          own_clause_end, own_last_word, patient_noun, possessed,
                          sides_before, support_verb, topic_of_talks, word_before_noun)
from .venues import (PLACE_REACH, genitive_owner, hit_place, holding_place, named_venue_state,
                     place_after, place_before, posted_in, unknown_agent, warring_parties)
from .text import last_words, padded, says, spaced

# Acts that the two sides of a meeting do to each other there ("During the meeting, Rubio
# pressed Young"; with no party after them, "Dalam pertemuan itu Jokowi menyampaikan
# apresiasinya"); a condemnation or an attack may aim at a third party.
AT_MEETING = ("appeal", "support", "agree", "reject")
# Quote marks as written: straight, curly, and the doubled ticks of some plain-text feeds.
QUOTE_OPEN, QUOTE_CLOSE = ('"', "“", "``"), ('"', "”", "''")
# Classes whose target may be a place ("strikes on villages in southern Lebanon").
PLACE_TARGET = ("attack", "mobilize", "coerce", "protest", "investigate")
# An event noun's own party sits within this many words after it ("serangan ratusan drone dan
# rudal Iran"); further away it belongs to something else.
NOUN_REACH = 6
# Verbs that judge an act already told ("condemned the strikes"): their object noun points
# back to that act's doers. An appeal for aid ("menyerukan bantuan") points back to nothing.
JUDGING = ("condemn", "reject", "support", "protest", "threaten")
# A two-way noun's first side stands at most this many words before it ("Blinken's call
# with", "Putin dan Kim menggelar pertemuan"); further back it is another phrase's subject.
SYMMETRIC_NOUN_REACH = 2
MEDIATE = "045"
# An owner's ending right after a party ("Israel's occupation", "Israel’s").
POSSESSIVE_ENDS = ("'s", "\u2019s")
EXTRADITE = "063"
ABDUCTION = "181"
EMBASSY = "embassy"
# Suing and verdicts name who is judged, never a place ("sentenced ... for laundering bribes
# through purchases in Singapore").
COURT_CODES = ("115", "116")
RELEASE = "084"
# What a release undoes: a seizure, an arrest (17x) or a kidnapping (181).
HOLDING = ("171", "172", "173", "181")
EXPEL = "174"
# Characters before a fighting noun in which "after" is looked for: "after more than a week of
# deadly fighting", "setelah lebih dari sepekan pertempuran".
FIGHTING_LEAD_CHARS = 40
# Who may deport people: a state's own organs, not its people or firms.
EXPELLING_ROLES = ("police", "government", "military", "coast_guard")
HOSTED = "043"
VISIT = "042"
# Words from a hosting passive to its venue: a ceremony's words between ("disambut dengan
# upacara kenegaraan di Istana Negara Malaysia").
HOST_VENUE_REACH = 6
# Words between a detention participle and the place it happened in ("detained for three
# weeks in Myanmar"): a duration phrase and "in"; two missed that on the consistency set.
PLACE_AFTER_PARTICIPLE = 5
# A date phrase set off by commas has at most this many words ("Kamis (10/4/2025)", "on
# Thursday, 10 April 2025").
DATE_PHRASE_WORDS = 5
DATE_WORDS = ("weekday", "month", "reldate")
# "the release of two Indonesian citizens who have been held by Myanmar authorities": the
# holder's agent stands up to a clause's worth of words after the release noun.
HOLDER_REACH = 12
# A visit's, an asylum request's or a peacekeeping force's target is the place it goes to; an
# envoy recalled or an embassy closed is aimed at the state it sits in ("duta besarnya di
# Australia").
PLACE_CODES = ("042", "0234", "074", "161")
RECALL = "161"
# Classes whose target may sit in an infinitive after the trigger ("refused to deploy in X").
REACH_THROUGH = ("threaten", "reject", "agree", "attack")
# Classes whose event noun needs a verb that carries it ("sent aid"): "aid", "weapons" alone
# are topics, not acts.
NEEDS_SUPPORT = ("aid", "support", "agree", "sanction")
# Words from a fronted clause's comma to the main clause's subject: a title of up to three words
# ("Indonesian Foreign Minister Retno"), as in the table cases of tests/test_rules_table.py.
MAIN_SUBJECT_REACH = 3
# ... except a recognition that names who recognised whom ("pengakuan PBB terhadap kedaulatan
# Indonesia", "the UN's recognition of Indonesia"): it is a deed, not a stance.
RECOGNITION = "054"
# "talks in the Democratic Republic of Congo's capital, Kinshasa, between ...": a venue of up to
# twelve words may stand between talks and their sides.
VENUE_REACH = 12
# "mengapresiasi bantuan kemanusiaan dari Indonesia": the verb of thanks stands within three
# words of the aid noun it is for; "berterima kasih kepada Amerika Serikat (AS) atas bantuan
# militernya": with the thanked party and "atas/for" between, within eight.
THANKS_REACH = 3
THANKED_REACH = 8
# "Kecaman serupa juga disampaikan pemerintah Inggris": noun, two describing words, the voicing
# verb and a title stand within five words of the first voice.
VOICED_REACH = 5
# Words between a copula and the relative word of its clause ("merupakan salah satu negara
# pertama yang": four; "were among the first countries that": five).
COPULA_REACH = 6
# "fired artillery shells that killed": the weapon words between a strike and the relative
# word; three covers "missiles", "artillery shells", "a barrage of rockets".
STRIKE_HEAD_WORDS = 3
# Who may report an arrest it made: a state's police, government, ministries, forces, courts.
AUTHORITY_ROLES = ("police", "government", "foreign_ministry", "defence_ministry", "military",
                   "court", "judge", "spokesperson")


# Characters before a verb in which the subject of a relative clause is looked for ("Ethiopia,
# which says its project is needed to generate electricity, has rejected": 68); twice the
# longest such clause the probe rounds met.
RELATIVE_SUBJECT_CHARS = 200
# Words before a sentence's first party for it still to be the sentence's subject: "Hal
# tersebut disampaikan Marape" has 3, the most the probe rounds met ("Pada Senin, Marape": 2).
OPENING_SUBJECT_WORDS = 3
# "said on Monday that", "told reporters in Ankara that": words between a speech verb and the
# "that" of its reported clause (4 covers a day or an audience with a place).
REPORTED_THAT_REACH = 4


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
    sides = _after_marker(s, ctx, trig_end(trig), right, "between", reach=2) \
        if etype == "yield" else None
    if sides and len({a.country for a in sides}) >= 2:
        # "mengumumkan gencatan senjata antara Pakistan dan India": the announcer is no side;
        # each side yields to the other
        return sides, list(sides), 0.8
    passive = is_passive(s, ctx, trig, left)
    we = not passive and _we_before(s, ctx, trig) and _quote_speaker(s, ctx, trig, left)
    shared = None if we else (_with_doer(s, ctx, trig) or _shared_subject(s, ctx, trig, left, verbs))
    subject = we or shared or _governed_relative_head(s, ctx, trig, passive) or \
        (not passive and copula_head(s, ctx, trig)) or \
        (not passive and _pronoun_before(s, ctx, trig) and
         _implicit_subject(s, ctx, trig, left)) or \
        _with_pronoun(s, ctx, left_group(s, ctx, trig.start, left)) or \
        (strike_relative_subject(s, ctx, trig) if etype == "attack" and not passive else None) or \
        _subject_before_relative(s, ctx, trig)
    if etype == "attack" and subject:
        subject = _strikers(s, ctx, subject, trig)
    after = trig_end(trig)
    if _receive_frame(s, ctx, trig, left):
        giver = _after_marker(s, ctx, after, right, "source_from") or \
            _after_marker(s, ctx, after, right, "agent")  # "triggered strong protest by Nepal"
        if giver:
            return giver, subject or [], 0.8
    reduced = None if passive else _reduced_relative(s, ctx, trig, left, verbs)
    if reduced:
        agent = _after_marker(s, ctx, after, right, "agent")
        if agent is None and etype == "coerce":
            # "fishermen detained in Thailand", "journalists detained for three weeks in Myanmar"
            agent = place_after(s, after, right, reach=PLACE_AFTER_PARTICIPLE)
        return (agent or []), reduced, 0.7
    if passive:
        agent = _after_marker(s, ctx, after, right, "agent") or _clitic_agent(s, ctx, trig)
        sides = None if agent or etype != "agree" else \
            _after_marker(s, ctx, left, trig.start, "between", reach=12)
        if sides and len({a.country for a in sides}) >= 2:
            return sides, [], 0.75  # "the pact between France and Indonesia was signed"
        if agent is None and etype == "mobilize" and subject and \
                all(a.role == "military" for a in subject):
            # "North Korean troops were deployed to Russia": a state's forces are sent by it
            return subject, _first_group(s, ctx, after, right, etype) or [], 0.7
        if agent is None and trig.key.startswith(EXPEL):
            # "Indonesian workers were deported from Malaysia": by the state they leave, or
            # whose authorities or places the sentence names after it ("... setelah ditahan di
            # depot imigrasi Malaysia"; not their own, where they are sent)
            agent = _after_marker(s, ctx, after, right, "source_from") or \
                _expelling_state(s, trig, subject or [])
        if agent is None and trig.form == "passive":
            # "hit by an Israeli drone": the agent stands in the gapped trigger's gap; "bought
            # 42 jets from France": the seller after "from"
            agent = _gap_object(s, ctx, trig, etype) or \
                _first_group(s, ctx, after, right, etype, strict=True) or \
                _after_marker(s, ctx, after, right, "source_from", reach=2)
        if agent is None and etype in SYMMETRIC:
            pair = _pair_after(s, ctx, after, right, "agent")
            if pair:
                return pair, [], 0.7  # "the deal signed by the two countries"
        if agent is None and subject and all(a.role == "ambassador" for a in subject):
            posting = posted_in(s, subject[-1], trig)
            if trigger_in(s, ctx, trig, "recall_passive"):
                # "Ethiopia's ambassador to Somalia was recalled": by his own state, from there
                return subject, posting or [], 0.75
            # "The French ambassador to Bamako was summoned": by the state of the posting
            agent = posting
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
            subject = _after_marker(s, ctx, left, trig.start, "between", reach=12) or subject or \
                (agent and story_pair(s, ctx, trig.start, {a.country for a in agent}))
        if not subject and etype == "meet":
            subject = meeting_sides(ctx)  # "The talks, hosted by Turkey, ...": both sides
        if not subject:
            subject = _relative_head(s, ctx, trig)  # "14 warga yang ditahan pasukan Israel"
        if not subject:
            subject = genitive_owner(s, left, trig)  # "jet tempur milik Ukraina ditembak jatuh"
        if not subject and (etype in PLACE_TARGET or etype == "condemn"):
            # "Kota Kiryat Shmona di Israel utara dihantam roket": the state the place is in;
            # "The coup in Niger was condemned by the AU": what happened there
            subject = place_before(s, left, trig, agent or [])
        if agent is None and etype == "coerce" and subject:
            agent = _releaser(s, ctx, trig, subject)
        if agent is None and (etype == "sanction" or trig.key.startswith(EXPEL)):
            agent = _announcer(s, ctx, trig, subject or [])
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
        mediated = _after_marker(s, ctx, after, right, "between")
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
        obj = [] if two_sided else _after_marker(s, ctx, after, right, "comitative") or []
    elif two_sided and etype == "agree":
        # "sepakat menerima pengamat Indonesia": one agrees *with* a partner; a party after
        # the verb belongs to what was agreed
        obj = _after_marker(s, ctx, after, right, "comitative") or []
    elif two_sided and etype in SYMMETRIC:
        # "A and B visited C": a direct object is the other side; "Kedua pemimpin membahas
        # ...": a later object is only the topic.
        # "A, B and C arrived in Kyiv": each visits the place, not the others; "held talks
        # mediated by Iraq": a passive's doer is no side.
        obj = [a for a in _first_group(s, ctx, after, right, etype, strict=True, code=trig.key)
               or [] if a.oblique != "agent"]
    elif trigger_in(s, ctx, trig, "receive_guest"):
        # "received Blinken in Cairo" hosts a guest; "received military aid from" hosts no one
        obj = _first_group(s, ctx, after, right, etype, strict=True) or []
    else:
        # "menelepon kedua pemimpin": a pair word, not the state a bare title was given;
        # "Belarus, which it accuses of pushing migrants to the EU": the clause's head, whatever
        # party follows the verb
        obj = _object_relative_head(s, ctx, trig) or \
            pair_object(s, ctx, after, right, subject or []) or \
            _gap_object(s, ctx, trig, etype, subject or ()) or \
            _object(s, ctx, after, right, etype, verbs, trig, shared or subject)
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
        obj = _after_marker(s, ctx, after, right, "target_mark", reach=8) or obj
    if etype == "appeal" and trigger_in(s, ctx, trig, "appeal_for"):
        release = next((t for t in s.triggers if t.form == "nouns" and t.key.startswith(RELEASE)
                        and t.start >= after and s.words_between(after, t.start) <= 2), None)
        if release is not None:
            obj = _holder(s, ctx, trig_end(release), right, subject or [])
    if etype in ("appeal", "meet") and not obj:
        obj = warring_parties(s, ctx, after, right)  # also "hosted talks between ..."
    if etype == "appeal" and not obj:
        obj = _asked_clause_subject(s, after)
    if etype == "reject" and not obj:
        # "rejected a fresh offer from Afghanistan", "dismissed an appeal from President X".
        obj = _after_marker(s, ctx, after, right, "source_from") or []
    if etype == "threaten" and not obj:
        obj = _condition_party(s, ctx, after, subject or [])
    if not obj:
        obj = _object_relative_head(s, ctx, trig) or \
            anaphoric_object(s, ctx, after, right, subject or []) or \
            pair_in_trigger(s, ctx, trig, after, subject or []) or \
            _answered(s, ctx, trig, subject or []) or []
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
        subject = _implicit_subject(s, ctx, trig, left)
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
    return _speaker_of(s, ctx, trig)


def _quoted_me(s, ctx, trig) -> list[Actor] | None:
    """'"President Erdogan phoned me," Sharaa said', "“... menelepon saya,” kata Prabowo": a
    first-person object right after a quoted one-word verb is the speaker (after a longer
    trigger it may be a possessive: "memanggil pulang duta besar kami")."""
    if trig.form != "verbs" or " " in s.folded[trig.start:trig_end(trig)].strip():
        return None
    end = trig_end(trig)
    after = s.folded[end:end + 12].split()[:1]
    if not after or after[0].strip(",.\"'") not in ctx.words.get("first_person_object", ()) or \
            not inside_quote(s, trig.start):
        return None
    return _speaker_of(s, ctx, trig)


def speaker_before_tag(s, quoted, tag) -> list[Actor] | None:
    """'"This is unfriendly," the Indonesian foreign minister said', '"... phoned me," Sharaa
    told Turkish TV': the party between the quote (`quoted` is a match inside it) and its
    speech verb, after the quote closes, is the speaker; the one after the verb its audience."""
    speaker = next((a for a in reversed(s.actors) if quoted.end <= a.start and a.end <= tag.start
                    and a.country), None)
    closed = speaker is not None and any(q in s.text[quoted.end:speaker.start]
                                         for q in QUOTE_CLOSE)
    return [speaker] if closed else None


def _tag_before(s, trig):
    """The last speech tag before the trigger, if any."""
    return next((m for m in reversed(s.markers) if m.kind == "speech" and m.end <= trig.start),
                None)


def _speaker_of(s, ctx, trig) -> list[Actor] | None:
    """The party of the speech tag before the trigger, else of the one after it."""
    earlier = _tag_before(s, trig)
    if earlier is not None:
        return left_group(s, ctx, earlier.start, s.start)
    later = next((m for m in s.markers if m.kind == "speech" and m.start >= trig.end), None)
    if later is None:
        return None
    return speaker_before_tag(s, trig, later) or party_after(s, later.end, 2) or \
        _pronoun_speaker(s, ctx, later) or \
        left_group(s, ctx, later.start, trig.end)


def _pronoun_speaker(s, ctx, tag) -> list[Actor] | None:
    """'"We are recalling our ambassador," she said', '"Kami memanggil pulang ...," ujarnya':
    a speaker told by a pronoun is the subject of the sentence before."""
    near = s.folded[max(s.start, tag.start - 12):min(s.end, tag.end + 12)]
    words = {w.strip(",.\"'") for w in near.split()}
    if (_third_person(ctx) & words or _clitic_tag(s, ctx, tag)) and ctx.last_subject:
        return list(ctx.last_subject)
    return None


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
    if not before:
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


def _support_marker(s, start):
    """The support verb's marker that `support_verb` found at `start`."""
    return next(m for m in s.markers if m.kind == "support" and m.start == start)


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
    named."""
    own = {a.country for a in target}
    tag = _tag_before(s, trig)
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
    (adverbs may stand between it and the verb: "yang telah datang", "who has visited")."""
    words = s.folded[max(s.start, trig.start - 25):trig.start].split()
    adverbs = ctx.words.get("adverb", ())
    while words and words[-1] in adverbs:
        words.pop()
    if not words or words[-1] not in ctx.words.get("relative", ()):
        return []
    rel = s.folded.rfind(words[-1], s.start, trig.start)
    head = [a for a in s.actors if a.end <= rel and a.country and s.words_between(a.end, rel) == 0]
    return head[-1:]


def _object_relative_head(s, ctx, trig) -> list[Actor]:
    """"relations with Thailand, which it accuses of ...": a relative clause with a subject of
    its own ("which it", "whom he") acts on the party it hangs on."""
    words = s.folded[max(s.start, trig.start - 30):trig.start].split()
    if len(words) < 2 or words[-1] not in ctx.words.get("pronoun", ()) or \
            words[-2] not in ctx.words.get("relative", ()):
        return []
    rel = s.folded.rfind(" " + words[-2] + " ", s.start, trig.start) + 1
    head = [a for a in s.actors if a.end <= rel and a.country
            and not s.text[a.end:rel].strip(" ,")]
    return head[-1:]


def strike_relative_subject(s, ctx, trig) -> list[Actor] | None:
    """"Israel carried out an air strike that killed three Lebanese soldiers", "melepaskan
    tembakan artileri yang menewaskan ...": what a strike did in a relative clause on it was
    done by whoever struck."""
    rel = next((m for m in s.markers if m.kind == "relative" and m.end <= trig.start
                and s.words_between(m.end, trig.start) <= 1), None)
    if rel is None:
        return None
    strike = next((t for t in reversed(s.triggers) if t.end <= rel.start
                   and s.words_between(t.end, rel.start) <= STRIKE_HEAD_WORDS
                   and ctx.event_type_of(t.key) in ("attack", "mobilize")), None)
    if strike is None or (strike.form == "nouns" and support_verb(s, ctx, strike, s.start) is None):
        return None  # ("condemned the air strike that killed ...": the strike is not theirs)
    return left_group(s, ctx, strike.start, s.start)


def copula_head(s, ctx, trig) -> list[Actor] | None:
    """"Bahrain, Mesir dan Maladewa juga merupakan negara yang memutus ...", "Bahrain and Egypt
    were among the countries that cut ...": the parties a copula says are the states of the
    relative clause are its subject."""
    starts, ends = s.tokens.starts, s.tokens.ends
    first = bisect_left(starts, s.start)
    i = s.tokens.index_at(trig.start) - 1
    while i >= first and s.folded[starts[i]:ends[i]] in ctx.words.get("adverb", ()):
        i -= 1
    if i < first or s.folded[starts[i]:ends[i]] not in ctx.words.get("relative", ()):
        return None
    copulas, nouns = ctx.words.get("copula", ()), ctx.words.get("state_noun", ())
    j, head = i - 1, set()
    while j >= first and s.folded[starts[j]:ends[j]] not in copulas:
        if i - j > COPULA_REACH:
            return None
        head.add(s.folded[starts[j]:ends[j]])
        j -= 1
    if j < first or not head & set(nouns):
        return None
    return left_group(s, ctx, starts[j], s.start) or None


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
    words = [w for w in s.folded[max(s.start, trig.start - 20):trig.start].split()
             if w not in ctx.words.get("adverb", ())]
    if _participle_clause(s, ctx, trig, words):
        found = _subject_before(s, ctx, trig, verbs) or _main_subject_after(s, ctx, trig, verbs)
        if found is None and (words[-1] in ctx.words.get("temporal_clause", ()) or
                              not ctx.head_initial):
            # with no event verb around it, the clause goes with the sentence's opening
            # subject ("saat berkunjung ke ...", "struck back at the tariffs imposed by
            # Washington, announcing a duty": China announces); an Indonesian verb after a
            # comma may be the main verb after an apposition ("Menlu Myanmar ..., Wunna
            # Maung Lwin, menolak")
            found = _opening_subject(s, ctx, trig)
        return found
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
        (_pronoun_before(s, ctx, earlier[0]) and _implicit_subject(s, ctx, earlier[0], left)) or \
        _quote_speaker(s, ctx, earlier[0], left)


def _owner_only(s, group) -> bool:
    """Whether every party of the group owns the noun after it ("Pakistan's decision")."""
    return bool(group) and all(owns_next(s, a) for a in group)


def owns_next(s, a: Actor) -> bool:
    """Whether the party owns the noun right after it: "Pakistan's decision", "Israel’s"."""
    return s.text[a.end:a.end + 2] in POSSESSIVE_ENDS


def _pair_after(s, ctx, after, right, lead) -> list[Actor] | None:
    """The story's two sides, when a pair word follows `lead` (or stands first) after a two-way
    noun or a passive ("talks between the two countries", "perundingan kedua negara", "the
    deal signed by the two countries", "disepakati kedua negara")."""
    pair = pair_object(s, ctx, after, right, [], lead, them=False)
    return pair if pair and len({a.country for a in pair}) >= 2 else None


def _back_to_speaker(s, ctx, earlier, trig) -> list[Actor] | None:
    """"Putin said Moscow and Pyongyang would sign an accord ..., and thanked North Korea": after
    a comma, "and" with a past verb goes back to the speaker, not on with the reported clause."""
    if "," not in s.text[earlier.end:trig.start] or \
            not ends_as(ctx, "participle", s.folded[trig.start:trig.end].split()[0]):
        return None
    return _speaker_before(s, ctx, earlier)


def _opening_subject_goes_on(s, ctx, trig) -> list[Actor] | None:
    """"Beijing regards Lai as a separatist and staged drills around the island": a past verb
    after "and" with no event verb before it goes on with the sentence's opening subject, not
    with the first verb's object."""
    start = s.fronted + 1 if 0 <= s.fronted < trig.start else s.start
    if not ends_as(ctx, "participle", s.folded[trig.start:trig.end].split()[0]) or \
            any(m.kind in BREAK_KINDS and start <= m.start < trig.start for m in s.markers):
        return None  # ("two days after the military dissolved ... and detained": its own clause)
    return _opening_subject(s, ctx, trig, start)


def _speaker_goes_on(s, ctx, trig, left) -> list[Actor] | None:
    """"Japan said the move was regrettable and lodged a protest": a verb joined by "and" to a
    reported clause that names no other party but an owner and the speaker's own people ("said
    Pakistan's decision to expel Afghan nationals was unacceptable and urged Islamabad") goes
    on with the speaker's acts."""
    tag = next((m for m in reversed(s.markers) if m.kind == "speech" and m.end <= left), None)
    speaker = left_group(s, ctx, tag.start, s.start) if tag else None
    own = {a.country for a in speaker or ()}
    if not speaker or any(a.country and left <= a.start < trig.start and a.country not in own
                          and not owns_next(s, a) for a in s.actors):
        return None
    return speaker


def _opening_subject(s, ctx, trig, start: int | None = None) -> list[Actor] | None:
    """The party group that opens the sentence (or the clause from `start`), before the trigger
    ("Marape menyampaikan hal itu kepada Jokowi saat berkunjung ke ...": the main clause's verb
    is no trigger)."""
    start = s.start if start is None else start
    actors = [a for a in free_parties(takewhile(lambda a: a.start < trig.start, s.actors))
              if a.start >= start]
    if not actors or s.words_between(start, actors[0].start) > OPENING_SUBJECT_WORDS:
        return None
    return next(iter_groups(s, actors, ctx.words.get("coordination", set())))


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


def _subject_before(s, ctx, trig, verbs) -> list[Actor] | None:
    """The subject of the nearest verb, speech tag or carrying verb ("triggered the return of
    UN sanctions, accusing") before the trigger in its sentence (not of an infinitive: "urged
    Serbia to recognise Kosovo, threatening": the EU threatens; nor of a gerund: "accused the
    UAE of supplying arms, pledging")."""
    heads = [v.start for v in verbs if s.start <= v.start < trig.start
             and not _purpose_word_before(s, ctx, v.start)] + \
        [m.start for m in s.markers if m.kind == "speech" and m.start < trig.start] + \
        [m.start for m in s.markers if m.kind == "support" and m.start < trig.start
         and not _purpose_word_before(s, ctx, m.start)
         and not ends_as(ctx, "gerund", s.folded[m.start:m.end].split()[0])]
    if not heads:
        return None
    head = max(heads)
    tag = next((m for m in s.markers if m.kind == "speech" and m.start == head), None)
    return (tag and _speaker_after_tag(s, ctx, trig, tag)) or left_group(s, ctx, head, s.start)


def _main_subject_after(s, ctx, trig, verbs) -> list[Actor] | None:
    """"After accusing Minsk of ..., Poland closed": a clause that opens the sentence takes the
    subject of the main clause after its comma."""
    comma = s.text.find(",", trig_end(trig), s.end)
    if comma < 0 or "," in s.text[s.start:trig.start]:
        return None  # (a clause after a comma is no opening one)
    comma = _past_date_phrase(s, comma)
    heads = [v.start for v in verbs if v.start > comma] + \
        [m.start for m in s.markers if m.kind == "speech" and m.start > comma]
    if heads:
        return left_group(s, ctx, min(heads), comma + 1)
    # a main verb that is no event ("..., Prabowo raised the issue", "..., Mitsotakis and
    # Erdogan went over ..."): the party group that opens it
    opener = party_after(s, comma + 1, MAIN_SUBJECT_REACH)
    if not opener or opener[0].locative:
        return None
    return next(iter_groups(s, [a for a in free_parties(s.actors) if a.start >= opener[0].start],
                            ctx.words.get("coordination", set())))


def _past_date_phrase(s, comma: int) -> int:
    """The comma after a date set off by commas right after `comma` ("di Ankara, Kamis
    (10/4/2025), Presiden Prabowo ..."), else `comma`."""
    nxt = s.text.find(",", comma + 1, s.end)
    if nxt < 0 or any(comma < a.start < nxt for a in s.actors):
        return comma
    dated = any(m.kind in DATE_WORDS and comma < m.start < nxt for m in s.markers)
    return nxt if dated and s.words_between(comma + 1, nxt) <= DATE_PHRASE_WORDS else comma


def _gap_object(s, ctx, trig, etype, subject=()) -> list[Actor]:
    """"engaged Filipino peacekeepers in a firefight": a gapped trigger's object sits in its gap;
    not the subject's own envoy ("recalled the French ambassador in Algiers": Algeria)."""
    if trig.start2 < 0:
        return []
    group = _first_group(s, ctx, trig.end, trig.start2, etype) or []
    own = {a.country for a in subject}
    if group and own and all(a.country in own and a.role and not domestic_party(a) for a in group):
        return []
    noun = None if group or etype not in JUDGING else next(
        (t for t in s.triggers if t.form == "nouns" and trig.end <= t.start < trig.start2), None)
    # "called the strikes an act of war": the act judged stands in the gap ("menyebut
    # pengusiran itu tidak dapat diterima": an expulsion coded as a sanction, pointed back to)
    return group or (noun and (_noun_np(s, ctx, noun, trig.start2)[0] or
                               _judged_act(ctx, noun, subject))) or \
        (etype in JUDGING and event_reference(s, ctx, trig.end, trig.start2, own)) or []


def _judged_act(ctx, noun, subject) -> list[Actor] | None:
    """Whom a judgement of an earlier act named by `noun` is aimed at: its doer ("condemned the
    strikes on Ukrainian cities"), or, when the judge did it, whom it was done to ("Israel
    refused to stop the attacks": on Gaza)."""
    last = latest(ctx, ctx.event_type_of(noun.key))
    own = {a.country for a in subject or ()}
    if last and own and own >= {a.country for a in last.sources}:
        return list(last.targets)
    return list(last.sources) if last else None


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


def _pronoun_before(s, ctx, trig) -> bool:
    """Whether a personal pronoun ("he has spoken", "it would halt") or a state told as known
    ("The kingdom recalled", "Negara itu menarik") is the verb's subject."""
    words = _words_before_verb(s, ctx, trig)
    if words and words[-1] in ctx.words.get("pronoun", ()):
        return True
    if names_both_parties(s, ctx, s.start, trig.start) or \
            last_words_say(s, ctx, s.start, trig.start, "group_anaphor"):
        return False  # "kedua negara tersebut": both sides, read by the pair rule
    # ("said that his country would shut ...": the speaker's state)
    tail = spaced(words[-3:])
    return tail.endswith(padded(ctx.words.get("state_anaphor", ()))) or \
        tail.endswith(padded(ctx.words.get("speaker_state", ())))


def _word_before_verb(s, ctx, trig) -> str:
    """The word before the verb, past auxiliaries and -ly adverbs ("it would temporarily
    halt"); quotes around the verb ("it 'rejects'") are no words."""
    words = _words_before_verb(s, ctx, trig)
    return words[-1] if words else ""


def _words_before_verb(s, ctx, trig) -> list[str]:
    words = [w.strip("'\"") for w in s.folded[max(s.start, trig.start - 40):trig.start].split()]
    words = [w for w in words if w]
    group = ctx.words.get("verb_group", ())
    while words and (words[-1] in group or ends_as(ctx, "adverb", words[-1])):
        words.pop()
    return words


def pronoun_person(s, ctx, trig) -> list[Actor] | None:
    """"He said ...": the last person with a state named up to the trigger, when a personal
    pronoun is its subject."""
    if not _pronoun_before(s, ctx, trig):
        return None
    named = ctx.mentioned + [a for a in s.actors if a.end <= trig.start]
    return next(([a] for a in reversed(named) if a.name and a.country), None)


def _implicit_subject(s, ctx, trig, left) -> list[Actor] | None:
    """No subject in the clause: a pronoun ("he had urged") stands for the last person named;
    a participle ("agreeing to", "after holding talks") shares the main clause's subject."""
    pronoun = _pronoun_before(s, ctx, trig)
    gerund = ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])
    if not (pronoun or gerund):
        return None
    before = [a for a in s.actors if a.end <= trig.start and a.country
              and not (a.locative or a.oblique)]
    gs = groups(s, before, ctx.words.get("coordination", set()))
    if pronoun:
        speaker = _speaker_before(s, ctx, trig) or _statement_author(s, ctx, trig) or \
            _owner_of_telling_noun(s, ctx, trig)
        if speaker:
            return speaker  # "Ali said ... that he has spoken with Guterres"
        people = [a for a in before if a.name]
        if people:
            # "Borrell ... said he had urged"; "Trump hosted Netanyahu, two weeks after he
            # ordered strikes": in a clause that follows the main one, its subject
            return [_main_subject(s, ctx, trig, people) or people[-1]]
        if gs:
            return gs[0]  # "Switzerland said it had expelled"
        if ctx.last_subject:
            # "Argentina's ministry protested. It said ..."
            return _not_its_own_object(s, ctx, trig, list(ctx.last_subject))
        return list(ctx.previous[-1].sources) if ctx.previous else None
    return gs[0] if gs else None


def _owner_of_telling_noun(s, ctx, trig) -> list[Actor] | None:
    """"Russia's announcement that it was expelling": a pronoun in a "that" clause on a noun
    stands for the noun's owner, the party right before it with "'s"."""
    complement = next((m for m in reversed(s.markers) if m.kind == "complement"
                       and m.end <= trig.start), None)
    if complement is None:
        return None
    owner = next((a for a in reversed(s.actors) if a.end <= complement.start and a.country
                  and not a.locative and owns_next(s, a)
                  and s.words_between(a.end, complement.start) <= 1), None)
    return [owner] if owner else None


def _main_subject(s, ctx, trig, people) -> Actor | None:
    """The person who opens the sentence as its subject, when a clause break ("after", "when")
    stands between the last person named and the pronoun's verb."""
    first = people[0]
    words = _words_before_verb(s, ctx, trig)
    if not words or words[-1] not in ctx.words.get("singular_pronoun", ()) or \
            s.text[first.end:first.end + 2] in ("'s", "’s"):
        return None  # "they" may be several; "Putin's remarks came after ..." is no subject
    opens = not any(t.start < first.start for t in s.triggers) and \
        s.words_between(s.start, first.start) <= MAIN_SUBJECT_REACH
    broken = any(m.kind == "clause_break" and people[-1].end <= m.start < trig.start
                 for m in s.markers)
    return first if opens and broken and first is not people[-1] else None


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
    speaker = _speaker_before(s, ctx, Match(at, at + len(named), "marker", named))
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


def _statement_author(s, ctx, trig) -> list[Actor] | None:
    """"A statement by Somalia's foreign ministry said it had ordered ...": the author of the
    statement, written after "by", is what the pronoun stands for."""
    nouns = ctx.words.get("statement_noun", ())
    for a in s.actors:
        if a.end <= trig.start and a.country and a.oblique == "agent":
            words = s.folded[max(s.start, a.start - 24):a.start].split()
            if len(words) >= 2 and words[-2] in nouns:
                return [a]
    return None


def _not_its_own_object(s, ctx, trig, referent: list[Actor]) -> list[Actor]:
    """"Blinken spoke with Lavrov. During the call, he accused Washington": a pronoun whose
    state is the verb's object stands for the other side of the story's last talks."""
    obj = next((a for a in s.actors if a.start >= trig_end(trig) and a.country), None)
    own = {a.country for a in referent}
    if obj is None or own != {obj.country}:
        return referent
    other = next((list(d.targets) for d in reversed(ctx.previous)
                  if d.targets and {a.country for a in d.sources} == own), None)
    return other or referent


def is_possessive(ctx, word: str) -> bool:
    """"its", "their", "mereka", or a word carrying a possessive clitic ("pasukannya")."""
    for p in ctx.words.get("possessive", ()):
        if word == p or (p.startswith("-") and word.endswith(p[1:]) and len(word) > len(p) + 2):
            return True
    return False


def is_passive(s, ctx, trig, left) -> bool:
    """A passive verb: an Indonesian di- form, or an English participle after "was"."""
    return trig.form == "passive" or _english_passive(s, trig, left, ctx)


def _english_passive(s, trig, left, ctx) -> bool:
    aux = ctx.words.get("passive_aux", set())
    if not aux:
        return False
    words = s.folded[trig.start:trig.end].split()
    if ends_as(ctx, "gerund", words[0]):
        return False  # "are mediating": a progressive, not a passive
    if len(words) > 1 and words[-1] in ctx.words.get("purpose", ()):
        return False  # "is opposed to", "is committed to": an adjective, not a passive
    if words[0] in ctx.words.get("feeling", ()):
        return False  # "was disappointed with": a feeling, an adjective
    before = s.folded[max(left, trig.start - 30):trig.start].split()
    if bool(before) and (before[-1] in aux or (len(before) > 1 and before[-2] in aux
                                               and ends_as(ctx, "adverb", before[-1]))):
        return True
    # "rockets fired by Hezbollah", "a resolution drafted by the US": a participle whose agent
    # follows at once.
    # ("protested by summoning the ambassador": "by" and a gerund say how, not by whom)
    nxt = s.folded[trig_end(trig):trig_end(trig) + 24].split()
    return bool(nxt) and nxt[0] in ctx.words.get("agent", ()) and \
        ends_as(ctx, "participle", words[-1]) and \
        not (len(nxt) > 1 and ends_as(ctx, "gerund", nxt[1]))


def _receive_frame(s, ctx, trig, left) -> bool:
    words = [w for w in s.folded[max(left, trig.start - 25):trig.start].split()
             if w not in ctx.words.get("adverb", ()) and w not in ctx.words.get("quantity", ())]
    receive = ctx.words.get("receive", set())
    # One describing word may stand between ("drew swift condemnation from").
    return bool(words) and (words[-1] in receive or (len(words) > 1 and words[-2] in receive))


def left_group(s, ctx, pos, left) -> list[Actor] | None:
    """The subject: the nearest coordinated group of parties before `pos` in the clause."""
    both = both_parties(s, ctx, left, pos) or group_anaphor(s, ctx, left, pos) or \
        meeting_anaphor(s, ctx, left, pos)
    if both:
        return both
    # Groups are formed over every party (so "ke Lebanon dan Suriah, dan AS" keeps Suriah with
    # Lebanon), then parties after a preposition or inside a relative clause are dropped.
    rels = relative_openers(s, ctx, left, pos)
    cands = [a for a in reversed(s.actors) if left <= a.start and a.end <= pos
             and not (rels and _inside_subject_relative(s, rels, a, pos))]
    for g in iter_groups(s, cands, ctx.words.get("coordination", set()), reverse=True):
        subjects = [a for a in g if a.country and not a.locative
                    and (not a.oblique or _owner_of_stateless(s, a))
                    and not _in_relative(s, ctx, a)]
        if subjects:
            return subjects
    return None


def _owner_of_stateless(s, party) -> bool:
    """"Kapal Negara Tanjung Datu milik Bakamla RI mengusir ...": the owner after
    "milik"/"of" of a party with no state (a ship, a unit) acts for it."""
    if party.oblique != "genitive":
        return False
    head = [a for a in s.actors if a.end <= party.start][-1:]
    return bool(head) and head[0].country is None


def relative_openers(s, ctx, left, pos) -> list:
    """The relative words ("yang", "who"; not "that", which also opens complements) in
    s.text[left:pos]."""
    opens = set(ctx.words.get("relative", ())) - set(ctx.words.get("complement", ()))
    # ("a memorandum under which Ankara dropped its veto": after a preposition the clause has a
    # subject of its own)
    preps = ctx.words.get("preposition", frozenset()) | ctx.words.get("locative", frozenset())
    return [m for m in s.markers if m.kind == "relative" and left <= m.start < pos
            and s.folded[m.start:m.end] in opens
            and not set(last_words(s.folded, s.start, m.start, 1)) & preps]


def _inside_subject_relative(s, rels, actor, pos) -> bool:
    """"Massa yang berdemo mengecam Presiden Prancis ... telah tiba", "The minister, who met Wang
    Yi, condemned": a party inside a relative clause on the subject is not the subject; the
    clause runs from "yang"/"who" to the main verb."""
    return any(m.end <= actor.start and "," not in s.text[m.end:actor.start] for m in rels) \
        and not _verb_between(s, actor.end, pos)


def _verb_between(s, a, b) -> bool:
    return any(t.form != "nouns" and a <= t.start < b for t in s.triggers)


def _in_relative(s, ctx, actor) -> bool:
    """"rancangan resolusi yang disusun Amerika Serikat": an actor inside a relative clause (not
    after a sentence's first word: "That afternoon Trump ...")."""
    before = s.folded[max(s.start, actor.start - 25):actor.start]
    words = before.split(",")[-1].split()[-2:]
    return len(words) == 2 and words[0] in ctx.words.get("relative", ()) and \
        bool(s.folded[s.start:actor.start].split()[:-2]) and \
        not _reported_that(s, ctx, words[0], actor.start)


def _reported_that(s, ctx, word, pos) -> bool:
    """"said on Monday that the United States would sell": "that" after a speech verb opens
    the reported clause, whose subject acts."""
    if word not in ctx.words.get("complement", ()):
        return False
    at = s.folded.rfind(word, s.start, pos)
    return any(m.kind == "speech" and m.end <= at
               and s.words_between(m.end, at) <= REPORTED_THAT_REACH for m in s.markers)


def _after_marker(s, ctx, pos, right, kind, reach=6) -> list[Actor] | None:
    for m in s.markers:
        # (an agent never past another verb: "ditahan ... di Myanmar dibebaskan oleh" is the
        # release's)
        if m.kind == kind and pos <= m.start < right and s.words_between(pos, m.start) <= reach \
                and (kind != "agent" or no_verb_between(s, pos, m.start)):
            # A place after the marked party ("by unidentified gunmen in Nigeria") is a venue.
            after = [a for a in s.actors if m.end <= a.start < right and not a.locative]
            if after and s.words_between(m.end, after[0].start) <= 3:
                return next(iter_groups(s, after, ctx.words.get("coordination", set())))
    return None


def _first_group(s, ctx, pos, right, etype, strict=False, code="") -> list[Actor] | None:
    # An actor may start inside the trigger ("memanggil duta besar Tiongkok"); a party
    # without a state ("military posts") cannot be coded and is passed over.
    # "withdraw its troops from Lebanon": a party's own forces are what it acts with.
    # "captured a stronghold on the Thai border": a border lies on both sides; only a force
    # sent toward it faces the state it is named after
    after = [a for a in s.actors if a.end > pos and a.start < right and a.country
             and a.oblique != "route" and a.kind != "owned"
             and (a.kind != "border" or etype == "mobilize")]
    if etype in SYMMETRIC + ("aid",):
        # "sepakat ... tantangan dari DPRK": a topic, not the partner; "mengevakuasi WNI dari
        # Sudan": aid goes to whoever is carried away, not to where they leave from.
        # "spoke to reporters about China's claims": what is talked about is no partner
        after = [a for a in after if a.oblique != "source_from"
                 and not (a.oblique == "topic" and etype in TALKS)]
    plain = [a for a in after if not a.locative]
    # "memadati depan kantor Kedutaan Besar Myanmar": the trigger holds the place word
    venue = after and (after[0].locative or etype == "protest" and after[0].role == EMBASSY
                       and after[0].start >= pos)
    near = after[0] if venue and s.words_between(pos, after[0].start) <= 5 else None
    if near and code == RECALL and not _right_after_locative(s, ctx, pos, near):
        near = None  # "recalls envoy over Gaza flotilla deaths": the place is no posting
    if near and etype == "protest" and near.role == EMBASSY:
        return [near]  # "rallied outside the US embassy": the embassy's state is protested against
    # A protest's venue is where the crowd stands, not whom it protests against.
    if near and (etype in PLACE_TARGET + ("aid",) and etype != "protest" or code in PLACE_CODES or
                 (etype == "condemn" and not code.startswith(COURT_CODES))):
        # "mengecam aksi kekerasan di Myanmar", "strikes on villages in Lebanon", "arrived in
        # Amman on a visit"; "airstrikes across Gaza and Lebanon": each place of the list
        group = next(iter_groups(s, after, ctx.words.get("coordination", set())))
        return [a for a in group if a.locative] if near in group else [near]
    if plain and (not strict or s.words_between(pos, plain[0].start) <= 2):
        group = next(iter_groups(s, plain, ctx.words.get("coordination", set())))
        return _before_partners(s, ctx, group) if etype == "aid" else group
    if etype in PLACE_TARGET + ("condemn", "threaten", "reject") and after and \
            not code.startswith(COURT_CODES):
        return [after[0]]
    return None


def _right_after_locative(s, ctx, pos, place) -> bool:
    """Whether "in"/"di" stands right before the place, a word or two after the trigger
    ("menarik Dubes mereka di Kolombia")."""
    words = s.folded[pos:place.start].split()
    return 1 <= len(words) <= 2 and words[-1] in ctx.words.get("seated_in", ())


def _coordinated_verb(s, ctx, pos, verbs, later):
    """The next verb when only "and" and words of how strongly stand before it ("condemns in
    the strongest terms and categorically rejects", "mengecam keras dan menolak")."""
    if not later:
        return None
    gap = " " + s.folded[pos:later[0]] + " "
    for phrase in ctx.words.get("adverbial", ()):
        gap = gap.replace(f" {phrase} ", " ")
    adverbs = ctx.words.get("adverb", frozenset())
    words = [w for w in gap.split() if w not in adverbs and not ends_as(ctx, "adverb", w)]
    if len(words) != 1 or words[0] not in ctx.words.get("coordination", ()):
        return None
    return next(v for v in verbs if v.start == later[0])


def _purpose_word_before(s, ctx, pos) -> bool:
    words = s.folded[max(s.start, pos - 12):pos].split()
    return bool(words) and words[-1] in ctx.words.get("purpose", ())


def infinitive_next(s, ctx, pos, verb_start) -> bool:
    """Whether the verb at `verb_start` is an infinitive right after `pos` ("threatened to ban",
    "threatened on Monday to impose": a date between does not count)."""
    dates = [m for m in s.markers if m.kind in DATE_WORDS and pos <= m.start < verb_start]
    if dates:
        pos = max(pos, max(m.end for m in dates))
    words = s.folded[pos:verb_start].split()
    if words and words[0] in ctx.words.get("possessive_clitic", ()):
        words = words[1:]  # "komitmennya untuk memulangkan": the noun's owner, then the verb
    if ctx.head_initial and not without_adverbs(s.folded[pos:verb_start], ctx):
        return True  # "setuju menghibahkan": a serial verb needs no infinitive word
    if not words:  # "mengancam akan mengenakan": the trigger ends with the modal itself
        words = s.folded[max(s.start, pos - 12):pos].split()[-1:]
    return 0 < len(words) <= 2 and (words[0] in ctx.words.get("purpose", ())
                                    or words[0] in ctx.words.get("modal", ()))


def _object(s, ctx, pos, right, etype, verbs, trig, subject=None) -> list[Actor]:
    """The first thing after the verb that names a party: an actor group, an embedded event
    ("mengecam serangan AS" -> AS), a quoted "me" (the speaker), or a reference to an earlier
    event ("the strikes")."""
    me = _quoted_me(s, ctx, trig)
    if me:
        return me
    # ("signed a deal to buy jets from France": a purchase told in its purpose clause goes on
    # to name the partner)
    bought = [v for v in verbs if v.start > trig.start and v.form == "passive"
              and _purpose_word_before(s, ctx, v.start)]
    if bought and etype == "agree":
        seller = _after_marker(s, ctx, trig_end(bought[0]), right, "source_from", reach=2) or \
            _gap_object(s, ctx, bought[0], "aid")
        if seller:
            return seller
    later = sorted(v.start for v in verbs if v.start > trig.start and v not in bought)
    if later and etype in REACH_THROUGH and infinitive_next(s, ctx, pos, later[0]):
        later = later[1:]  # "threatened to ban voting in X": the target is the ban's object
    if etype == "reject":
        later = []  # "would not provide support to Israel": the refused act's party is the target
    shared = _coordinated_verb(s, ctx, pos, verbs, later)
    if shared is not None:
        # "condemned and rejected the resolution": both verbs take the second one's object
        pos, later = trig_end(shared), later[1:]
    stop = min(later + [right])
    comma = s.text.find(",", pos, stop)
    if comma >= 0 and not s.text[pos:comma].strip() and trig.form != "nouns":
        stop = comma  # "Rusia Makin Gencar Menyerang, AS Janji ...": no object after the comma
    nouns = [t for t in s.triggers if t.form == "nouns" and pos <= t.start < stop]
    actors = [a for a in s.actors if a.end > pos and a.start < stop]  # may start in the trigger
    first_actor = next((a for a in actors if not a.locative), None)
    if nouns and (first_actor is None or nouns[0].start < first_actor.start):
        inner, _ = _noun_np(s, ctx, nouns[0], stop)
        if inner:
            return inner
        judged = _judged_act(ctx, nouns[0], subject) \
            if s.words_between(pos, nouns[0].start) <= 3 and etype in JUDGING else None
        if judged:
            return judged
        if demonstrative_after(s, ctx, trig_end(nouns[0])) and etype in JUDGING:
            return []  # an act told before that the story does not hold: no party after it
    if first_actor is None or reference_before(s, ctx, pos, first_actor.start):
        own = {a.country for a in (subject or left_group(s, ctx, trig.start, s.start) or [])}
        ref = event_reference(s, ctx, pos, stop, own)
        if ref is not None:
            return ref
    return _first_new_group(s, ctx, pos, stop, etype, trig, subject)


# Phrases of the subject's own state that a measure passes by on its way to the other party:
# "banned flights from Russia to Georgia", "larangan bepergian bagi warga negaranya ke
# Indonesia".
PASSED_BY = ("source_from", "beneficiary")
# The classes of such measures; a protest "blocked the bridge from France to Germany" is about
# a place.
MEASURES = ("coerce", "sanction")


def _first_new_group(s, ctx, pos, stop, etype, trig, subject=None) -> list[Actor]:
    """The first actor group that is not the subject's own state ("dukungan Indonesia terhadap
    ... Tiongkok": Tiongkok)."""
    subject = subject or left_group(s, ctx, trig.start, s.start) or []
    own = {a.country for a in subject if not domestic_party(a)}
    for _ in range(3):
        group = _first_group(s, ctx, pos, stop, etype, code=trig.key)
        if not group:
            return []
        if own and trigger_in(s, ctx, trig, "evacuate") and {a.country for a in group} <= own:
            return []  # "mengevakuasi 538 WNI ke Port Sudan": its own nationals, no aid
        passed_by = etype in MEASURES and \
            all(a.country in own and a.oblique in PASSED_BY for a in group)
        if not passed_by and (etype in DOMESTIC_OK or
                              any(a.country not in own or domestic_party(a) for a in group)):
            return group
        pos = group[-1].end
    return []


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


def _joint_strike(s, ctx, trig) -> bool:
    """"US-UK strikes", "serangan udara AS-Inggris": a strike is one side's act, so the two
    states of a compound before or after it strike together; fighting, a war or a blockade
    ("the Israel-Hamas war") is between them."""
    return ctx.event_type_of(trig.key) == "attack" and \
        not trigger_in(s, ctx, trig, "mutual_fighting") and not trigger_in(s, ctx, trig, "standing")


def noun_parties(s, ctx, trig, left, right, verbs):
    """(sources, targets, confidence) of an event noun; (None, None, 0) when it is no event."""
    etype = ctx.event_type_of(trig.key)
    if _receive_frame(s, ctx, trig, left):
        giver = _after_marker(s, ctx, own_last_word(s, ctx, trig, "source_from"), right,
                              "source_from") or \
            _after_marker(s, ctx, trig_end(trig), right, "agent") or \
            giver_inside(s, ctx, trig_end(trig), right)  # "strong protest by Nepal"
        receiver = left_group(s, ctx, trig.start, left) or \
            event_reference(s, ctx, left, trig.start)  # "The launch drew condemnation from X"
        if giver and receiver:
            return giver, receiver, 0.8
    voiced = _voiced_by(s, ctx, trig, right)
    if voiced:
        return voiced
    if topic_of_talks(s, ctx, trig):
        return None, None, 0.0  # "negotiations on an Israeli troop pullback": what was discussed
    inner_src, inner_tgt = _noun_np(s, ctx, trig, right)
    if inner_src is None and etype == "attack":
        sides = _fighting_sides(s, ctx, trig)
        if sides:
            return sides, list(sides), 0.7
    if etype in SYMMETRIC and not (inner_src and len({a.country for a in inner_src}) >= 2):
        partner = _comitative_partner(s, ctx, trig, right)
        if partner:
            return _symmetric_noun(s, ctx, trig, left, right, partner, inner_src)
        if etype == "meet" and inner_src and \
                all(a.country in ORGANISATIONS for a in inner_src):
            return None, None, 0.0  # "the G7 meeting", "pertemuan Dewan Keamanan": its own
        pair = _pair_after(s, ctx, trig_end(trig), right, "between") if etype == "meet" else None
        if pair:
            return pair, [], 0.7  # "talks between the two countries", "perundingan kedua negara"
    support = support_verb(s, ctx, trig, left)
    owner = None
    back_from = _back_from_visit(s, ctx, trig)
    if etype in SYMMETRIC and not inner_src and support is None and \
            (_after_preposition(s, ctx, trig) or back_from):
        subject = (left_group(s, ctx, trig.start, left) if back_from else
                   _acting_group(s, ctx, trig, left)) or sides_before(s, ctx, trig) or \
            _main_subject_after(s, ctx, trig, verbs)
        if subject and len({a.country for a in subject}) >= 2 and trig.key != VISIT:
            # "Maduro and Ali agreed at a meeting in ...", "Setelah negosiasi berhari-hari,
            # Rusia dan Ukraina sepakat ...": the two sides of the clause (not "Spain and
            # Portugal arrived in Rabat for a visit": co-travellers visit no one together)
            return subject, [], 0.7
        pair = _occasion_pair(s, ctx, trig, verbs) if etype == "phone_call" else None
        if pair:
            return pair, [], 0.65  # "Erdogan told Putin in a phone call"
        if possessed(s, ctx, trig) or back_from or (trig.key == VISIT and trig.start < s.fronted):
            # ("Dalam lawatan ke Brasilia ..., Menlu Argentina ...": a visit in the opening
            # phrase is the main clause subject's)
            # "membahas ... dalam kunjungannya ke Malaysia", "During his visit to Malaysia,
            # Prabowo ...": the subject's own visit
            # ("... put out a joint statement following their meeting": the sentence's subject
            # across the clause break)
            owner = subject or _main_subject_after(s, ctx, trig, verbs) or \
                left_group(s, ctx, trig.start, s.start)
    if not inner_src and support is None:
        thanked = _thanked_giver(s, ctx, trig, left, etype)
        if thanked:
            return thanked  # "thanked the United States for its military aid"
    if inner_src and support is None and object_of_verb(s, trig) and not inner_tgt:
        thanker = _thanked_for_aid(s, ctx, trig, left, etype)
        if thanker:
            return inner_src, thanker, 0.7  # "Ukraina mengapresiasi bantuan ... dari Indonesia"
        if not (etype == "military_cooperation" and len({a.country for a in inner_src}) >= 2):
            return None, None, 0.0  # "mengecam veto Rusia": the veto is what is condemned
        # ("condemned the joint naval exercise of South Korea, the US and Japan": a joint act
        # of several states is told as done)
    given = etype == "aid" and inner_src and inner_tgt and \
        marker_between(s, trig_end(trig), inner_src[0].start, ("source_from",))
    # ("China's ban on Japanese seafood": a measure its owner and target name stands as a
    # background fact, as a war does; not "a new EU sanctions package against Russia": one
    # still to be voted)
    named_measure = etype == "sanction" and inner_src and inner_tgt and \
        owner_before(s, ctx, trig) and \
        not last_words_say(s, ctx, s.start, trig.start, "easing_noun")
    if etype in NEEDS_SUPPORT and support is None and not given and not named_measure and \
            not (trig.key == RECOGNITION and inner_src and inner_tgt):
        return None, None, 0.0
    subject = left_group(s, ctx, support, left) if support is not None else None
    if subject is None and support is not None and not inner_src:
        # "said it would give Myanmar 100 million yuan in humanitarian assistance": the
        # pronoun before the carrying verb
        verb = _support_marker(s, support)
        subject = _implicit_subject(s, ctx, verb, left) if _pronoun_before(s, ctx, verb) else None
    if subject and not (inner_src and len({a.country for a in inner_src}) >= 2):
        src, conf = subject, 0.8  # "Jepang memberikan bantuan ... dolar AS": the giver
    elif inner_src:
        src, conf = inner_src, 0.8
    elif owner:
        src, conf = owner, 0.7
    elif support is not None:
        src, conf = None, 0.75
    else:
        return None, None, 0.0
    if src is None:
        src = both_parties(s, ctx, left, trig.start)
    if src is None and etype == "protest" and support is not None:
        src = []  # "Islamic fundamentalists continued their hunger strike": a crowd
    if src is None:
        return None, None, 0.0
    if inner_tgt and inner_tgt == src:
        return src, inner_tgt, conf  # the same sides both ways: "the Israel-Hamas war"
    if etype in SYMMETRIC:
        right = own_clause_end(s, trig, right)
    tgt = inner_tgt or _object(s, ctx, trig_end(trig), right, etype, verbs, trig) or \
        state_anaphor_object(s, ctx, trig_end(trig), right, {a.country for a in src}) or []
    emptied = bool(tgt) and all(a in src for a in tgt)  # ("the attack by Hamas": its doer)
    tgt = [a for a in tgt if a not in src]
    if etype == "mobilize" and tgt and not aimed_at(s, trig, tgt[0]):
        tgt = []  # "the missile launch ... clearly violates Security Council resolutions"
    if not tgt and support is not None:
        # "gave the Ivory Coast 5.1 million dollars of aid": the receiver sits between the
        # verb and the noun.
        tgt = [a for a in s.actors if support < a.start and a.end <= trig.start
               and a.country and not a.locative] or \
            state_anaphor_object(s, ctx, _support_marker(s, support).end, trig.start,
                                 {a.country for a in src}) or []  # "give the country ..."
    if not tgt and etype == "attack" and inner_src and not _target_written(s, ctx, trig) and \
            not trigger_in(s, ctx, trig, "standing") and \
            (not emptied or answered_act(s, trig)):
        # "supporters of Ukraine since Russia's invasion", "Hamas' October 7 attack", "in
        # retaliation for the attack by Hamas": the other state of the sentence, else the other
        # side of the story's latest event of the doer
        own = {a.country for a in src}
        tgt = next(([a] for a in s.actors if a.country and a.country not in own
                    and not a.locative and a.oblique != "agent"), None) or \
            adversary(ctx, src) or []
    if trig.key.startswith(RELEASE) and inner_src and tgt and \
            all(a.oblique == "source_from" for a in tgt):
        # "pemulangan 288 artefak Indonesia dari Belanda": what is returned is the owner's, and
        # it comes from the returner
        src, tgt = tgt, src
    if not tgt and trig.key.startswith(MEDIATE):
        # "gencatan senjata hasil mediasi Presiden AS Donald Trump": between the story's sides
        tgt = story_pair(s, ctx, trig.start, {a.country for a in src}) or []
    # (never the sources again: "serangan yang dilakukan AS" names the doer after the noun;
    # nor the agent of a later passive verb: "Russia's attack was condemned by Poland")
    return src, [a for a in tgt if a not in src and not later_verbs_agent(s, trig, a)], conf


def _expelling_state(s, trig, expelled) -> list[Actor] | None:
    """The first other state the sentence names after the expulsion, as a place, an authority
    or a bare state ("held at Malaysian immigration depots"), not by its people."""
    own = {a.country for a in expelled}
    return next(([a] for a in s.actors if a.start >= trig_end(trig) and a.country
                 and a.country not in own and a.country not in ORGANISATIONS
                 and (a.locative or a.role in EXPELLING_ROLES or a.role is None)), None)


def _target_written(s, ctx, trig) -> bool:
    """Whether the noun names its target, resolved or not ("war against the militant group")."""
    last = s.folded[trig.start:trig_end(trig)].split()[-1]
    return last in ctx.words.get("target_mark", ()) or marker_right_after(s, trig_end(trig),
                                                                        "target_mark")


def _voiced_by(s, ctx, trig, right):
    """"Kecaman serupa juga disampaikan pemerintah Inggris, Prancis ...", "Similar condemnation
    came from Britain and France": the parties after a voicing verb voice the noun, aimed where
    the story's last event of its class was."""
    etype = ctx.event_type_of(trig.key)
    if etype not in JUDGING + ("appeal",):
        return None  # "persona non grata, demikian disampaikan Kementerian": a report's tag
    voices = _after_marker(s, ctx, trig_end(trig), right, "voiced_by")
    if not voices or s.words_between(trig_end(trig), voices[0].start) > VOICED_REACH:
        return None
    aimed = latest_targets(ctx, etype, {a.country for a in voices})
    # with no such event told, the voices' list is still no dyad of its own
    return (voices, aimed, 0.7) if aimed else (None, None, 0.0)


def _after_preposition(s, ctx, trig) -> bool:
    preps = set(ctx.words.get("locative", ())) | set(ctx.words.get("target_mark", ())) | \
        set(ctx.words.get("occasion", ()))
    return word_before_noun(s, ctx, trig) in preps


def _back_from_visit(s, ctx, trig) -> bool:
    """"returned home from a visit to Turkey", "pulang dari kunjungan kerja ke Turki": the visit
    one comes back from is the subject's own."""
    return trig.key == VISIT and word_before_noun(s, ctx, trig) in ctx.words.get("source_from", ())


# Words a clause may put before its subject: a dateline ("CANBERRA —") or an opening adverb.
OPENING_WORDS = 3


def _acting_group(s, ctx, trig, left) -> list[Actor] | None:
    """The group before a meeting noun when it opens the clause or is the subject of a verb
    between them ("Maduro and Ali agreed at a meeting"), not the object of one ("put the request
    to the envoys of the US, Britain and France during a meeting")."""
    group = left_group(s, ctx, trig.start, left)
    if group and (s.words_between(left, group[0].start) <= OPENING_WORDS or
                  any(t.form != "nouns" and group[-1].end <= t.start < trig.start
                      for t in s.triggers)):
        return group
    return None


def owner_before(s, ctx, trig) -> bool:
    """"China's ban", "its tariffs", "larangan Korea Selatan atas ...": the noun's owner
    written right before it, or right after it where heads come first."""
    if ctx.head_initial:
        end = trig_end(trig)
        return any(a.start >= end and a.country and not a.locative and
                   s.words_between(end, a.start) == 0 for a in s.actors)
    before = last_words(s.folded, s.start, trig.start, 1)
    return bool(before) and (before[0].endswith(("'s", "s'")) or is_possessive(ctx, before[0]))


def _occasion_pair(s, ctx, trig, verbs) -> list[Actor] | None:
    """A call told as the occasion of the sentence ("in a phone call", "during the call")
    joins the two states named around it: the last two before it ("Erdogan told Putin in a
    call"), else the first two after it, up to the next verb ("During the call, Retno and
    Lavrov ..."). Meetings are not read this way: "dalam lawatan ..." mostly describes."""
    def states(actors):
        return one_per_state(a for a in actors if not a.locative)

    subject = states(_subject_before(s, ctx, trig, verbs) or [])
    if len(subject) >= 2:
        return subject[:2]  # "Erdogan and Kristersson discussed NATO during a call"
    before = states(reversed([a for a in s.actors if a.end <= trig.start]))
    if len(before) >= 2:
        return before[:2][::-1]
    stop = min([v.start for v in verbs if v.start > trig.end] + [s.end])
    after = states([a for a in s.actors if trig_end(trig) <= a.start < stop])
    return after[:2] if len(after) >= 2 else None


def _comitative_partner(s, ctx, trig, right) -> list[Actor] | None:
    """"panggilan telepon dengan Menlu Korsel": the other side of a two-way event noun. The
    "with" may be the trigger's own last word ("a call with")."""
    return _after_marker(s, ctx, own_last_word(s, ctx, trig, "comitative"),
                         own_clause_end(s, trig, right), "comitative")


# Words from a two-way noun to its partner when the noun's owner stands between them
# ("Pertemuan bilateral Prabowo dengan Presiden Mesir": 2, "Marape's meeting with Jokowi": 0);
# further on, "with" belongs to another noun ("US mediation in the final status talks with the
# Palestinians": 7).
OWNER_PARTNER_REACH = 3


def _symmetric_noun(s, ctx, trig, left, right, partner, owner=()):
    """The first side is the noun's own owner ("Pertemuan Marape dengan Jokowi", "Marape's
    meeting with Jokowi"), else the clause's subject, before the noun or after the phrase
    ("Dalam panggilan telepon dengan Cho, Blinken menegaskan ...")."""
    support = support_verb(s, ctx, trig, left)
    owner = [a for a in owner or () if a.country not in {p.country for p in partner}]
    if owner and support is None and \
            s.words_between(trig_end(trig), partner[0].start) <= OWNER_PARTNER_REACH:
        return owner, partner, 0.75
    first = left_group(s, ctx, support if support is not None else trig.start, left)
    if first and support is None and s.words_between(first[-1].end, trig.start) > SYMMETRIC_NOUN_REACH:
        if not _after_preposition(s, ctx, trig):
            return None, None, 0.0  # a two-way noun deep in another phrase: a topic
        # "Retno discussed aid to Gaza during a telephone conversation with Safadi": the
        # occasion of the main clause, whose subject is the first side.
        first = _subject_before(s, ctx, trig, [t for t in s.triggers if t.form != "nouns"]) \
            or first  # "Sheinbaum said that following a call with Trump, ...
    if not first:
        # "After a phone call with Biden, Kishida said ...": the subject of the main clause
        stop = s.end if _after_preposition(s, ctx, trig) else right
        after = [a for a in s.actors if a.start > partner[-1].end and a.start < stop and a.country
                 and not (a.locative or a.oblique) and a.country not in {p.country for p in partner}]
        first = after[:1] or _speaker_before(s, ctx, trig) or _pronoun_in_clause(s, ctx, trig)
    return (first or []), partner, 0.75


def _pronoun_in_clause(s, ctx, trig) -> list[Actor] | None:
    """"Hal itu ia sampaikan dalam pertemuan dengan Lavrov", "He said so in a meeting with
    Lavrov": a pronoun subject before the occasion stands for the story's last subject."""
    words = set(s.folded[s.start:trig.start].split())
    if ctx.last_subject and words & set(ctx.words.get("pronoun", ())) and \
            _after_preposition(s, ctx, trig):  # (not "expected ... for talks with": a plan)
        return list(ctx.last_subject)
    return None


def _speaker_before(s, ctx, trig) -> list[Actor] | None:
    """"Sheinbaum said that following a call with Trump, ...": the speaker of the report; "Rusia
    mengutuk aksi militer AS itu dan mengatakan mereka ...": a speech verb joined by "and" to an
    earlier act has that act's doer as speaker."""
    speech = [m for m in s.markers if m.kind == "speech" and m.end <= trig.start]
    if not speech:
        return None
    tag = speech[-1]
    words = s.folded[max(s.start, tag.start - 15):tag.start].split()
    if words and words[-1] in ctx.words.get("coordination", ()):
        earlier = next((d for d in reversed(ctx.previous) if d.trigger.start < tag.start), None)
        if earlier is not None and earlier.trigger.start >= s.start:
            return list(earlier.sources)
    if _pronoun_tag(s, ctx, tag, words):
        # '"We urge Peru ...," she said, recalling that she had signed': the pronoun's
        # person, not a party inside the quote
        return _pronoun_speaker(s, ctx, tag) or left_group(s, ctx, tag.start, s.start)
    return _speaker_after_tag(s, ctx, trig, tag) or left_group(s, ctx, tag.start, s.start)


def _speaker_after_tag(s, ctx, trig, tag) -> list[Actor] | None:
    """"Hal itu disampaikan Ishiba usai pertemuan ...", "..., kata Penny Wong seusai bertemu
    ...": a tag with no party between it and the clause's start (a comma, the sentence's) has
    its speaker after it."""
    start = max(s.start, s.text.rfind(",", s.start, tag.start) + 1)
    if any(a.country and start <= a.start and a.end <= tag.start for a in s.actors):
        return None
    return _opening_subject(s, ctx, trig, tag.end)


def _pronoun_tag(s, ctx, tag, words) -> bool:
    """"she said", "katanya": a speech tag whose speaker is a pronoun or a clitic."""
    return bool(words) and words[-1].strip(",\"'") in _third_person(ctx) or \
        _clitic_tag(s, ctx, tag)


def _third_person(ctx) -> set:
    return set(ctx.words.get("pronoun", ())) - set(ctx.words.get("first_person", ()))


def _clitic_tag(s, ctx, tag) -> bool:
    """"katanya", "ujarnya": a speech verb whose speaker is a clitic glued to it."""
    return any(s.folded[tag.start:tag.end].endswith(c) or s.folded.startswith(c, tag.end)
               for c in ctx.words.get("speaker_clitic", ()))


# Words that end an event noun's own phrase: a party after them is a target, a place, a
# partner ("dialog dengan Israel dan Hamas": whom the subject talks with) or another clause's.
NOT_IN_NOUN_PHRASE = ("target_mark", "locative", "comitative", "clause_break", "relative",
                      "topic")


def _noun_np(s, ctx, trig, right):
    """Parties written inside the noun phrase: "antara A dan B", "serangan Israel ke Gaza",
    "Israeli strikes on Gaza", "Russia's attack on Ukraine"."""
    end = trig_end(trig)
    coord = ctx.words.get("coordination", set())
    between = _after_marker(s, ctx, end, right, "between") or \
        _between_past_venue(s, ctx, end, right)
    if between and len(between) == 1:
        more = _after_marker(s, ctx, between[-1].end, right, "comitative")
        between = between + (more or [])
    if between and len({a.country for a in between}) >= 2:
        if trig.key.startswith(MEDIATE):
            return None, between  # "mediation between A and B": the mediator is the subject
        if ctx.event_type_of(trig.key) in SYMMETRIC:
            return between, []
        return between, list(between)  # "fighting between A and B": each side acts on the other
    by = _noun_agent(s, ctx, trig, end, right) or _relative_doer(s, ctx, end, right)
    if by:
        return by
    owners = _after_marker(s, ctx, end, right, "genitive", reach=1) \
        if ctx.event_type_of(trig.key) in SYMMETRIC else None
    if owners and len({a.country for a in owners}) >= 2:
        return owners, []  # "the joint naval exercise of South Korea, the US and Japan"
    before = [a for a in s.actors if a.start < trig.start and not a.locative
              and (trig.start - a.end <= 3 or
                   (not ctx.head_initial and (modifier_between(s, a.end, trig.start) or
                                              day_between(s, a.end, trig.start))))]
    closed = demonstrative_after(s, ctx, end)
    near_after = [a for a in s.actors if ctx.head_initial and end <= a.start < right
                  and a.country and not a.locative and not closed
                  and s.words_between(end, a.start) <= NOUN_REACH
                  and not marker_between(s, end, a.start, NOT_IN_NOUN_PHRASE)
                  and not noun_between(s, ctx, trig, end, a.start)]
    # ("a ceasefire in the Israel-Hamas war": a compound right before the noun is its sides,
    # whatever preposition the phrase stands after)
    touching = [a for a in s.actors if 0 <= trig.start - a.end <= 1]
    pair = hyphen_pair(s, before[-1:] or touching or near_after[:1])
    src = None
    if pair and _joint_strike(s, ctx, trig):
        src = pair  # "the US-UK strikes on Yemen", "serangan udara AS-Inggris": both strike
    elif pair:
        # "the Israel-Hamas war", "konflik Israel-Hamas", "India-US joint training exercise":
        # each side with the other
        return (pair, []) if ctx.event_type_of(trig.key) in SYMMETRIC else (pair, list(pair))
    elif near_after and not before and patient_noun(s, ctx, trig):
        # "pengusiran diplomat Rusia oleh Jerman": who is expelled follows the noun; the doer
        # only after "oleh"/"by"
        held = next(iter_groups(s, near_after, coord))
        doer = _after_marker(s, ctx, held[-1].end, right, "agent", reach=2)
        return (doer, held) if doer else (None, None)
    elif before:
        src = groups(s, before, coord)[-1]
    elif near_after and no_verb_between(s, end, near_after[0].start) and \
            not (ctx.event_type_of(trig.key) == "coerce" and near_after[0].role == "people"):
        # ("penahanan enam warga negara Meksiko": the people after an arrest noun are held)
        src = next(iter_groups(s, near_after, coord))
    elif marker_right_after(s, end, "agent"):
        src = _after_marker(s, ctx, end, right, "agent")  # "joint drills by the US and Japan"
    elif ctx.event_type_of(trig.key) == "aid" and amount_then_from(s, end):
        # "humanitarian aid from Japan", "a credit line of 750 million dollars from India"
        src = _after_marker(s, ctx, end, right, "source_from")
    if src is None:
        return None, None
    tgt_pos = max(a.end for a in src) if src[0].start > trig.start else end
    tgt = _after_marker(s, ctx, tgt_pos, right, "target_mark")
    if (tgt is not None and not any(a.country for a in tgt)) or \
            (not tgt and marker_right_after(s, tgt_pos, "target_mark")):
        # "serangan terhadap kapal-kapal", "attacks on merchant ships": the target is named
        # and is no state; only the place it was hit in can stand for one.
        place = next((a for a in s.actors if a.start >= tgt_pos and a.start < right
                      and a.country and not a.role and not a.name and a.oblique != "comitative"
                      and s.words_between(tgt_pos, a.start) <= PLACE_REACH), None)
        return src, ([place] if place and ctx.event_type_of(trig.key) in PLACE_TARGET else [])
    if not tgt:
        etype = ctx.event_type_of(trig.key)
        tgt = [a for a in (_first_group(s, ctx, tgt_pos, right, etype) or []) if a not in src]
    return src, tgt


def _fighting_sides(s, ctx, trig) -> list[Actor] | None:
    """"Kyrgyzstan and Tajikistan agreed a ceasefire after border fighting", "after a fourth
    day of shelling along their border": fighting that names no side of its own, told in a
    phrase of time, is between the story's two sides, when the sentence names those two states
    and no other."""
    words = spaced(s.folded[trig.start:trig.end].split())
    before = s.folded[max(s.start, trig.start - FIGHTING_LEAD_CHARS):trig.start].split()
    if not says(words, ctx.words.get("mutual_fighting", ())) or \
            not set(before).intersection(ctx.words.get("temporal_clause", ())):
        return None  # (only in a phrase of time, "after border fighting": not "aimed at
        # fighting terrorism")
    pair = story_pair(s, ctx, trig.start, set())
    named = {a.country for a in s.actors if a.country and a.country not in ORGANISATIONS}
    return pair if pair and named == {a.country for a in pair} else None


def _own_people_addressed(s, trig, subject: list[Actor]) -> bool:
    """Whether the party right after an appeal verb is the appealer's own citizens (not an
    office or person of its own, whom a domestic appeal may address)."""
    own = {a.country for a in subject if a.country}
    first = next((a for a in s.actors if a.start >= trig_end(trig)), None)
    return bool(own) and first is not None and first.country in own and \
        first.role in (None, "people") and first.kind != "person" and \
        s.words_between(trig_end(trig), first.start) <= 1


def _before_partners(s, ctx, group: list[Actor]) -> list[Actor]:
    """"sent aid to Gaza together with Jordan and the UAE": who gives alongside is no receiver;
    the group ends before the first partner word."""
    joins = ctx.words.get("partner_join", ())
    for i in range(1, len(group)):
        if s.folded[group[i - 1].end:group[i].start].strip(" ,") in joins:
            return group[:i]
    return group


def _between_past_venue(s, ctx, end, right) -> list[Actor] | None:
    """"Pembicaraan tiga arah di Republik Demokratik Kongo, ibu kota Kongo, Kinshasa, antara
    Mesir, Ethiopia, dan Sudan": the sides named after the venue of the talks."""
    mark = next((m for m in s.markers if m.kind == "between" and end <= m.start < right), None)
    if mark is None or s.words_between(end, mark.start) > VENUE_REACH:
        return None
    inside = [a for a in s.actors if a.country and end <= a.start < mark.start]
    venues = {a.country for a in inside if a.locative}
    # (the venue may be named twice: "di Republik Demokratik Kongo, ibu kota Kongo, Kinshasa")
    if not venues or any(a.country not in venues for a in inside):
        return None
    for a in inside:
        a.locative = True  # the capital apposed to the venue is the venue too
    return _after_marker(s, ctx, mark.start, right, "between")


def _noun_agent(s, ctx, trig, end, right):
    """"airstrikes conducted by Pakistan in eastern Afghanistan", "penahanan 13 staf PBB oleh
    kelompok Houthi": an event noun whose doer follows an agent phrase. The parties between
    the noun and the phrase, or the place after the doer, are the target."""
    mark = next((m for m in s.markers if m.kind == "noun_agent" and end <= m.start < right
                 and s.words_between(end, m.start) <= NOUN_REACH), None)
    if mark is None or any(end <= t.start < mark.start for t in s.triggers):
        return None  # "misi ... untuk menyelidiki pelanggaran oleh X": X did the other thing
    # The doer right after the phrase, with those coordinated with it ("by the Philippines and
    # Japan").
    doers = [a for a in s.actors if mark.end <= a.start < right and a.country]
    if not doers or s.words_between(mark.end, doers[0].start) > 2:
        return None
    src = next(iter_groups(s, doers, ctx.words.get("coordination", set())))
    tgt = [a for a in s.actors if end <= a.start < mark.start and a.country and a not in src]
    if not tgt and marker_right_after(s, src[-1].end, "target_mark"):
        # "the strikes carried out by Israel on Lebanon", "yang dilancarkan Hamas ke Israel"
        tgt = [a for a in _after_marker(s, ctx, src[-1].end, right, "target_mark") or ()
               if a.country and a not in src]
    if not tgt and ctx.event_type_of(trig.key) in PLACE_TARGET:
        tgt = place_after(s, src[-1].end, right) or hit_place(s, src[-1].end, right) or []
    return src, tgt


def _relative_doer(s, ctx, end, right):
    """"the military strikes that the US and Israel carried out against Iran", "serangan yang
    AS lancarkan ke Yaman": an event noun whose doer is the subject of a relative clause of
    doing; its target follows the verb."""
    rel = next((m for m in s.markers if m.kind == "relative" and end <= m.start < right
                and s.words_between(end, m.start) <= 1), None)
    verb = rel and next((m for m in s.markers if m.kind == "done_verb"
                         and rel.end < m.start < right), None)
    if verb is None:
        return None
    doers = [a for a in s.actors if rel.end <= a.start and a.end <= verb.start and a.country]
    if not doers or s.words_between(doers[-1].end, verb.start) > 1:
        return None
    src = next(iter_groups(s, doers, ctx.words.get("coordination", set()), reverse=True))
    tgt = [a for a in _after_marker(s, ctx, verb.end, right, "target_mark") or ()
           if a.country and a not in src]
    return src, tgt


def _thanked_for_aid(s, ctx, trig, left, etype) -> list[Actor] | None:
    """"thanked India for its assistance", "mengapresiasi bantuan ... dari Indonesia": aid one
    is thanked for was given, to the one who thanks."""
    verb = _thanking_verb(s, ctx, trig, etype, THANKS_REACH)
    return left_group(s, ctx, verb.start, left) if verb else None


def _thanked_giver(s, ctx, trig, left, etype):
    """"thanked the United States for its military aid", "berterima kasih kepada AS atas
    bantuan militernya": the party thanked gave the aid, to the one who thanks."""
    verb = _thanking_verb(s, ctx, trig, etype, THANKED_REACH)
    if verb is None:
        return None
    giver = [a for a in s.actors if verb.end <= a.start and a.end <= trig.start and a.country
             and not a.locative][:1]
    thanker = left_group(s, ctx, verb.start, left)
    if not giver or not thanker or giver[0].country in {a.country for a in thanker}:
        return None
    return giver, thanker, 0.7


def _thanking_verb(s, ctx, trig, etype, reach) -> Match | None:
    """The verb of thanks or praise at most `reach` words before an aid noun."""
    if etype != "aid":
        return None
    return next((t for t in reversed(s.triggers) if t.form != "nouns" and t.end <= trig.start
                 and ctx.event_type_of(t.key) == "support"
                 and s.words_between(t.end, trig.start) <= reach), None)


