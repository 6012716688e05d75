"""The source and target parties of an event noun: from inside its noun phrase ("serangan
Israel ke Gaza", "Russian strikes on Kyiv"), from the verb that supports it ("launched
strikes", "held talks with"), from the occasion it names ("the two ministers' meeting"), or,
for thanks, from the aid thanked for. The readings both kinds of trigger share are in
`parties`."""
from __future__ import annotations

from .actors import Actor
from .anaphora import (act_told_before, adversary, both_parties, event_reference, last_words_say,
                       latest_targets, state_anaphor_object, story_pair)
from .codes import ORGANISATIONS
from .clauses import (HOSTILE_ACTS, SYMMETRIC, ends_as, groups, marker_between, one_per_state,
                      opening_pronoun, relative_word_before, trig_end, trigger_in)
from .matcher import Match
from .noun_phrase import (after_preposition, aimed_at, answered_act, giver_inside,
                          later_verbs_agent, marker_right_after, object_of_verb, own_clause_end,
                          own_last_word, possessed, sides_before, support_verb, topic_of_talks,
                          word_before_noun)
from .parties import (JUDGING, MEDIATE, RELEASE, VISIT, acts_as_mediator, after_marker,
                      implicit_subject, left_group, main_subject_after, noun_np, owner_before,
                      pair_after, pronoun_before, receive_frame, speaker_before, subject_before,
                      verb_object)
from .text import says, spaced

# A two-way noun's first side stands at most this many words before it ("Blinken's call
# with", "Putin dan Kim menggelar pertemuan"); further back it is another phrase's subject.
SYMMETRIC_NOUN_REACH = 2
# Characters before a fighting noun in which "after" is looked for: "after more than a week of
# deadly fighting", "setelah lebih dari sepekan pertempuran".
FIGHTING_LEAD_CHARS = 40
# Classes whose event noun needs a verb that carries it ("sent aid"): "aid", "weapons" alone
# are topics, not acts.
NEEDS_SUPPORT = ("aid", "support", "agree", "sanction")
# ... except a recognition that names who recognised whom ("pengakuan PBB terhadap kedaulatan
# Indonesia", "the UN's recognition of Indonesia"): it is a deed, not a stance.
RECOGNITION = "054"
# "mengapresiasi bantuan kemanusiaan dari Indonesia": the verb of thanks stands within three
# words of the aid noun it is for; "berterima kasih kepada Amerika Serikat (AS) atas bantuan
# militernya": with the thanked party and "atas/for" between, within eight.
THANKS_REACH = 3
THANKED_REACH = 8
# "Kecaman serupa juga disampaikan pemerintah Inggris": noun, two describing words, the voicing
# verb and a title stand within five words of the first voice.
VOICED_REACH = 5
# Words a clause may put before its subject: a dateline ("CANBERRA —") or an opening adverb.
OPENING_WORDS = 3
# Words from a two-way noun to its partner when the noun's owner stands between them
# ("Pertemuan bilateral Prabowo dengan Presiden Mesir": 2, "Marape's meeting with Jokowi": 0);
# further on, "with" belongs to another noun ("US mediation in the final status talks with the
# Palestinians": 7).
OWNER_PARTNER_REACH = 3


def _pronoun_owner(s, ctx, trig) -> list[Actor] | None:
    """"sanctions on Russia over its invasion of Ukraine", "mengecam Israel atas serangannya ke
    Gaza": a one-way act owned by a possessive pronoun is the act of the nearest party before
    the pronoun in its sentence, else of the story's last subject."""
    before = [a for a in s.actors if a.end <= trig.start and a.country and not a.locative]
    if before:
        return groups(s, before, ctx.words.get("coordination", set()))[-1]
    return list(ctx.last_subject) or None


def _thing_relative(s, ctx, pos) -> bool:
    """"the war in Gaza that started with Hamas's assault on Israel": a relative clause on a
    thing, whose verb has no party for a subject (not "Iran, which launched strikes"), so the
    doer the noun names is the doer (a plane "yang membawa bantuan" still carries its
    sender's aid)."""
    at = relative_word_before(s, ctx, pos)
    return at >= 0 and not any(0 <= at - a.end <= 2 and not a.locative for a in s.actors)


def _support_marker(s, start):
    """The support verb's marker that `support_verb` found at `start`."""
    return next(m for m in s.markers if m.start == start
                and m.kind in ("support", "response_verb", "completion", "held"))


def noun_parties(s, ctx, trig, left, right, verbs):
    """(sources, targets, confidence) of an event noun; (None, None, 0) when it is no event."""
    etype = ctx.event_type_of(trig.key)
    if receive_frame(s, ctx, trig, left):
        giver = after_marker(s, ctx, own_last_word(s, ctx, trig, "source_from"), right,
                              "source_from") or \
            after_marker(s, ctx, trig_end(trig), right, "agent") or \
            giver_inside(s, ctx, trig_end(trig), right)  # "strong protest by Nepal"
        receiver = left_group(s, ctx, trig.start, left) or \
            event_reference(s, ctx, left, trig.start)  # "The launch drew condemnation from X"
        if giver and {a.country for a in receiver or ()} <= {a.country for a in giver}:
            # "China detained two Japanese, drawing a protest from Tokyo": the act's doer
            # draws it, not the act's object
            told = act_told_before(s, ctx, trig.start)
            receiver = list(told.sources) if told else receiver
        if giver and receiver:
            return giver, receiver, 0.8
    voiced = _voiced_by(s, ctx, trig, right)
    if voiced:
        return voiced
    if topic_of_talks(s, ctx, trig):
        return None, None, 0.0  # "negotiations on an Israeli troop pullback": what was discussed
    inner_src, inner_tgt = noun_np(s, ctx, trig, right)
    if inner_src is None and etype == "attack":
        sides = _fighting_sides(s, ctx, trig) or _fighting_pair(s, ctx, trig, left, right)
        if sides:
            return sides, list(sides), 0.7
    if etype in SYMMETRIC and not (inner_src and len({a.country for a in inner_src}) >= 2):
        partner = _comitative_partner(s, ctx, trig, right)
        if partner:
            return _symmetric_noun(s, ctx, trig, left, right, partner, inner_src)
        if etype == "meet" and inner_src and \
                all(a.country in ORGANISATIONS for a in inner_src):
            return None, None, 0.0  # "the G7 meeting", "pertemuan Dewan Keamanan": its own
        pair = pair_after(s, ctx, trig_end(trig), right, "between") if etype == "meet" else None
        if pair:
            return pair, [], 0.7  # "talks between the two countries", "perundingan kedua negara"
    support = support_verb(s, ctx, trig, left)
    owner = None
    back_from = _back_from_visit(s, ctx, trig)
    if etype in SYMMETRIC and not inner_src and support is None and \
            (after_preposition(s, ctx, trig) or back_from):
        subject = (left_group(s, ctx, trig.start, left) if back_from else
                   _acting_group(s, ctx, trig, left)) or sides_before(s, ctx, trig) or \
            main_subject_after(s, ctx, trig, verbs)
        if subject and len({a.country for a in subject}) >= 2 and trig.key != VISIT:
            # "Maduro and Ali agreed at a meeting in ...", "Setelah negosiasi berhari-hari,
            # Rusia dan Ukraina sepakat ...": the two sides of the clause (not "Spain and
            # Portugal arrived in Rabat for a visit": co-travellers visit no one together)
            return subject, [], 0.7
        pair = _occasion_pair(s, ctx, trig, verbs) if etype == "phone_call" else None
        if pair:
            return pair, [], 0.65  # "Erdogan told Putin in a phone call"
        if possessed(s, ctx, trig) or back_from or (trig.key == VISIT and trig.start < s.fronted) \
                or _visit_as_occasion(s, ctx, trig):
            # ("Dalam lawatan ke Brasilia ..., Menlu Argentina ...": a visit in the opening
            # phrase is the main clause subject's)
            # "membahas ... dalam kunjungannya ke Malaysia", "During his visit to Malaysia,
            # Prabowo ...": the subject's own visit
            # ("... put out a joint statement following their meeting": the sentence's subject
            # across the clause break)
            # ("He flew in straight from a two-day trip to Japan": the pronoun's party)
            owner = subject or main_subject_after(s, ctx, trig, verbs) or \
                left_group(s, ctx, trig.start, s.start) or opening_pronoun(s, ctx)
    if owner is None and not inner_src and support is None and etype not in SYMMETRIC and \
            possessed(s, ctx, trig):
        owner = _pronoun_owner(s, ctx, trig)
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
    subject = left_group(s, ctx, support, left) \
        if support is not None and not (inner_src and _thing_relative(s, ctx, support)) else None
    if subject is None and support is not None and not inner_src:
        # "said it would give Myanmar 100 million yuan in humanitarian assistance": the
        # pronoun before the carrying verb
        verb = _support_marker(s, support)
        subject = implicit_subject(s, ctx, verb, left) if pronoun_before(s, ctx, verb) else None
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
    if etype in SYMMETRIC and src is inner_src and not inner_tgt and \
            len({a.country for a in src}) >= 2:
        return src, [], conf  # "Pertemuan antara A dan B itu digelar di ..., Bali": its sides
    if etype in SYMMETRIC:
        right = own_clause_end(s, trig, right)
    tgt = inner_tgt or verb_object(s, ctx, trig_end(trig), right, etype, verbs, trig, src) or \
        state_anaphor_object(s, ctx, trig_end(trig), right, {a.country for a in src}) or []
    emptied = bool(tgt) and all(a in src for a in tgt)  # ("the attack by Hamas": its doer)
    tgt = [a for a in tgt if a not in src]
    if etype == "mobilize" and tgt and not aimed_at(s, trig, tgt[0]):
        tgt = []  # "the missile launch ... clearly violates Security Council resolutions"
    if etype == "protest" and support is not None and support > trig.start:
        # "Unjuk rasa digelar di Jakarta ... untuk memprotes pernyataan presiden Prancis": the
        # place after the verb of taking place is where the crowd stands, not whom it protests
        tgt = [a for a in tgt if not a.locative] or \
            [a for a in s.actors if a.start > support and a.country and not a.locative][:1]
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
        # side of the story's latest hostile event of the doer (not the state that helps hunt
        # it down; nor a body that voices concern about it: "the UN was very concerned about
        # the Iranian attack")
        own = {a.country for a in src}
        tgt = next(([a] for a in s.actors if a.country and a.country not in own
                    and a.country not in ORGANISATIONS
                    and not a.locative and a.oblique != "agent"), None) or \
            adversary(ctx, src, HOSTILE_ACTS + ("condemn",)) or []
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
    voices = after_marker(s, ctx, trig_end(trig), right, "voiced_by")
    if not voices or s.words_between(trig_end(trig), voices[0].start) > VOICED_REACH:
        return None
    aimed = latest_targets(ctx, etype, {a.country for a in voices})
    # with no such event told, the voices' list is still no dyad of its own
    return (voices, aimed, 0.7) if aimed else (None, None, 0.0)


def _visit_as_occasion(s, ctx, trig) -> bool:
    """"defended the stance during a visit to Moscow", "dalam kunjungan ke Moskow": the visit
    an act took place in is the subject's own, after the verb as before it."""
    return trig.key == VISIT and word_before_noun(s, ctx, trig) in ctx.words.get("occasion", ())


def _back_from_visit(s, ctx, trig) -> bool:
    """"returned home from a visit to Turkey", "pulang dari kunjungan kerja ke Turki": the visit
    one comes back from, or arrives after ("flew to Tianjin after a trip to Japan", "setelah
    lawatan ke Jepang"), is the subject's own."""
    return trig.key == VISIT and word_before_noun(s, ctx, trig) in (
        set(ctx.words.get("source_from", ())) | set(ctx.words.get("after_word", ())))


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


def _occasion_pair(s, ctx, trig, verbs) -> list[Actor] | None:
    """A call told as the occasion of the sentence ("in a phone call", "during the call")
    joins the two states named around it: the last two before it ("Erdogan told Putin in a
    call"), else the first two after it, up to the next verb ("During the call, Retno and
    Lavrov ..."). Meetings are not read this way: "dalam lawatan ..." mostly describes."""
    def states(actors):
        return one_per_state(a for a in actors if not a.locative)

    subject = states(subject_before(s, ctx, trig, verbs) or [])
    if len(subject) >= 2:
        return subject[:2]  # "Erdogan and Kristersson discussed NATO during a call"
    # ("Erdogan, Putin talk grain corridor for Ukraine in phone call": whom a thing is for talks
    # to no one)
    before = states(reversed([a for a in s.actors if a.end <= trig.start
                              and a.oblique != "beneficiary"]))
    if len(before) >= 2:
        return before[:2][::-1]
    stop = min([v.start for v in verbs if v.start > trig.end] + [s.end])
    after = states([a for a in s.actors if trig_end(trig) <= a.start < stop])
    return after[:2] if len(after) >= 2 else None


def _comitative_partner(s, ctx, trig, right) -> list[Actor] | None:
    """"panggilan telepon dengan Menlu Korsel": the other side of a two-way event noun. The
    "with" may be the trigger's own last word ("a call with")."""
    end = own_clause_end(s, trig, right)
    partner = after_marker(s, ctx, own_last_word(s, ctx, trig, "comitative"), end, "comitative")
    if partner is None and own_last_word(s, ctx, trig, "joint_with") == trig.start:
        # "latihan gabungan bersama AS": "bersama" is also "and", so it marks a partner only
        # as the drill's own last word
        partner = after_marker(s, ctx, trig.start, end, "joint_with")
    if partner and acts_as_mediator(s, partner[-1]):
        return None  # "negotiations in Doha with Qatar and Turkey acting as mediators"
    return partner


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
    if not first and support is not None:
        # "He held joint drills with China": a pronoun before the carrying verb
        verb = _support_marker(s, support)
        first = implicit_subject(s, ctx, verb, left) if pronoun_before(s, ctx, verb) else None
    if first and support is None and \
            s.words_between(first[-1].end, trig.start) > SYMMETRIC_NOUN_REACH:
        if not after_preposition(s, ctx, trig):
            return None, None, 0.0  # a two-way noun deep in another phrase: a topic
        # "Retno discussed aid to Gaza during a telephone conversation with Safadi": the
        # occasion of the main clause, whose subject is the first side.
        first = subject_before(s, ctx, trig, [t for t in s.triggers if t.form != "nouns"]) \
            or first  # "Sheinbaum said that following a call with Trump, ...
    if not first:
        # "After a phone call with Biden, Kishida said ...": the subject of the main clause
        stop = s.end if after_preposition(s, ctx, trig) else right
        partners = {p.country for p in partner}
        after = [a for a in s.actors if a.start > partner[-1].end and a.start < stop and a.country
                 and not (a.locative or a.oblique) and a.country not in partners]
        first = after[:1] or speaker_before(s, ctx, trig) or _pronoun_in_clause(s, ctx, trig)
    return (first or []), partner, 0.75


def _pronoun_in_clause(s, ctx, trig) -> list[Actor] | None:
    """"Hal itu ia sampaikan dalam pertemuan dengan Lavrov", "He said so in a meeting with
    Lavrov": a pronoun subject before the occasion stands for the story's last subject."""
    words = set(s.folded[s.start:trig.start].split())
    if ctx.last_subject and words & set(ctx.words.get("pronoun", ())) and \
            after_preposition(s, ctx, trig):  # (not "expected ... for talks with": a plan)
        return list(ctx.last_subject)
    return None


def _fighting_sides(s, ctx, trig) -> list[Actor] | None:
    """"Kyrgyzstan and Tajikistan agreed a ceasefire after border fighting", "after a fourth
    day of shelling along their border": fighting that names no side of its own, told in a
    phrase of time, is between the story's two sides, when the sentence names those two states
    and no other."""
    before = s.folded[max(s.start, trig.start - FIGHTING_LEAD_CHARS):trig.start].split()
    if not _mutual_fighting(s, ctx, trig) or \
            not set(before).intersection(ctx.words.get("temporal_clause", ())):
        return None  # (only in a phrase of time, "after border fighting": not "aimed at
        # fighting terrorism")
    pair = story_pair(s, ctx, trig.start, set())
    named = {a.country for a in s.actors if a.country and a.country not in ORGANISATIONS}
    return pair if pair and named == {a.country for a in pair} else None


def _mutual_fighting(s, ctx, trig) -> bool:
    """Whether the trigger names fighting of two sides ("clashes", "baku tembak")."""
    return says(spaced(s.folded[trig.start:trig.end].split()), ctx.words.get("mutual_fighting", ()))


def _fighting_pair(s, ctx, trig, left, right) -> list[Actor] | None:
    """"A Cambodian soldier died in an exchange of fire with Thai troops", "Thai and Cambodian
    troops were involved in a brief firefight": mutual fighting is between the clause's subject
    and the party it was had with, or between the two states of its subject."""
    # ("a pact aimed at fighting terrorism": a gerund is an aim, not a fight)
    if not _mutual_fighting(s, ctx, trig) or \
            ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0]):
        return None
    subject = left_group(s, ctx, trig.start, left) or []
    partner = after_marker(s, ctx, trig_end(trig), right, "comitative", reach=2) or []
    sides = {a.country: a for a in subject + partner
             if a.country and a.country not in ORGANISATIONS and not a.locative}
    return list(sides.values()) if len(sides) == 2 else None


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
