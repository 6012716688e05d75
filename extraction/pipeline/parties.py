"""Who acted on whom: the readings of word order that the parties of verbs (`verb_parties`)
and of event nouns (`noun_parties`) share.

A verb's source is the nearest actor group before it in its clause and its target the first
actor group after it; an event noun takes its parties from inside its noun phrase ("serangan
Israel ke Gaza", "Russian strikes on Kyiv") or from a support verb ("launched strikes"); a
passive verb swaps them; references to earlier events ("the strikes", "langkah tersebut")
take that event's parties (anaphora.py). This module holds what both read: actor groups left
and right of a position, subjects, objects, speakers of quotes and statement tags. The lexicon
supplies the words; the rules are the same for every language.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import takewhile

from .actors import Actor, owns_next, posting_state
from .anaphora import (both_parties, event_reference, group_anaphor, last_words_say, latest,
                       meeting_anaphor, names_both_parties, owners_pair, pair_object,
                       reference_before)
from .clauses import (BREAK_KINDS, DOMESTIC_OK, SYMMETRIC, TALKS, domestic_party, ends_as,
                      free_parties, groups, inside_quote, iter_groups, marker_between,
                      no_verb_between, party_after, trig_end, trigger_in, without_adverbs)
from .noun_phrase import (amount_then_from, day_between, demonstrative_after, hyphen_pair,
                          marker_right_after, modifier_between, noun_between, patient_noun,
                          support_verb)
from .venues import PLACE_REACH, hit_place, place_after
from .text import last_words, padded, spaced

# Acts that the two sides of a meeting do to each other there ("During the meeting, Rubio
# pressed Young"; with no party after them, "Dalam pertemuan itu Jokowi menyampaikan
# apresiasinya"); a condemnation or an attack may aim at a third party.
AT_MEETING = ("appeal", "support", "agree", "reject")
# Quote marks as written: straight, curly, and the doubled ticks of some plain-text feeds.
QUOTE_OPEN, QUOTE_CLOSE = ('"', "“", "``"), ('"', "”", "''")
# Classes whose target may be a place ("strikes on villages in southern Lebanon").
PLACE_TARGET = ("attack", "mobilize", "coerce", "protest", "investigate")
# Roles of the forces a deployment is made of ("the deployment of Russian troops").
FORCE_ROLES = ("military", "armed_group")
# An event noun's own party sits within this many words after it ("serangan ratusan drone dan
# rudal Iran"); further away it belongs to something else.
NOUN_REACH = 6
# Words from a trigger's own agent word to its doer: "visit by the Japanese prime minister"
# (an article and a nationality word before the title); three, as after_marker allows.
DOER_GAP = 3
# Words from a protest to the embassy it stands at: "berunjuk rasa membela Palestina di depan
# gedung Kedutaan Besar AS" has five, "rallied in support of Palestine in front of the US
# Embassy" seven; eight, so that a second clause's embassy stays out.
EMBASSY_PROTEST_REACH = 8
# Verbs that judge an act already told ("condemned the strikes"): their object noun points
# back to that act's doers. An appeal for aid ("menyerukan bantuan") points back to nothing.
JUDGING = ("condemn", "reject", "support", "protest", "threaten")
# The judgements such an apposed noun carries ("a move Beijing condemned", "langkah yang
# disambut baik"); a refusal there is of what the noun names ("accusations Doha rejected").
APPOSED_JUDGING = ("condemn", "support", "protest")
# Characters before such a judgement read for its comma and noun: the noun, an article, the
# relative word and a short subject ("langkah yang dikecam", ", a move that Beijing condemned").
APPOSED_ACT_CHARS = 40
# Characters read before a relative clause's subject for the relative word and an article
# ("which the", "yang").
RELATIVE_LEAD_CHARS = 30
MEDIATE = "045"
EMBASSY = "embassy"
DIPLOMATIC_PROTEST = "114"  # summoning an envoy, a protest note
# Suing and verdicts name who is judged, never a place ("sentenced ... for laundering bribes
# through purchases in Singapore").
COURT_CODES = ("115", "116")
RELEASE = "084"
EXPEL = "174"
HOSTED = "043"
VISIT = "042"
# Words between a detention participle and the place it happened in ("detained for three
# weeks in Myanmar"): a duration phrase and "in"; two missed that on the consistency set.
PLACE_AFTER_PARTICIPLE = 5
# A date phrase set off by commas has at most this many words ("Kamis (10/4/2025)", "on
# Thursday, 10 April 2025").
DATE_PHRASE_WORDS = 5
DATE_WORDS = ("weekday", "month", "reldate")
# A visit's, an asylum request's or a peacekeeping force's target is the place it goes to; an
# envoy recalled or an embassy closed is aimed at the state it sits in ("duta besarnya di
# Australia").
PLACE_CODES = ("042", "0234", "074", "161")
RECALL = "161"
# Classes whose target may sit in an infinitive after the trigger ("refused to deploy in X",
# "withdrew its refusal to accept flights from the US").
REACH_THROUGH = ("threaten", "reject", "agree", "attack", "yield")
# Classes whose act faces the state a border is named after ("troops sent to the Thai border",
# "closed a crossing on its border with Russia").
BORDER_FACING = ("mobilize", "sanction")
# Words from a fronted clause's comma to the main clause's subject: a title of up to three words
# ("Indonesian Foreign Minister Retno"), as in the table cases of tests/test_rules_table.py.
MAIN_SUBJECT_REACH = 3
# "talks in the Democratic Republic of Congo's capital, Kinshasa, between ...": a venue of up to
# twelve words may stand between talks and their sides.
VENUE_REACH = 12
# Words between a copula and the relative word of its clause ("merupakan salah satu negara
# pertama yang": four; "were among the first countries that": five).
COPULA_REACH = 6
# "fired artillery shells that killed": the weapon words between a strike and the relative
# word; three covers "missiles", "artillery shells", "a barrage of rockets".
STRIKE_HEAD_WORDS = 3


# Words before a sentence's first party for it still to be the sentence's subject: "Hal
# tersebut disampaikan Marape" has 3, the most the probe rounds met ("Pada Senin, Marape": 2).
OPENING_SUBJECT_WORDS = 3
# Words of the longest state anaphor ("negara di Afrika Barat itu", "the West African nation"
# with an adjective: five).
STATE_ANAPHOR_WORDS = 5
# "said on Monday that", "told reporters in Ankara that": words between a speech verb and the
# "that" of its reported clause (4 covers a day or an audience with a place).
REPORTED_THAT_REACH = 4


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
    return speaker_of(s, ctx, trig)


def speaker_before_tag(s, quoted, tag) -> list[Actor] | None:
    """'"This is unfriendly," the Indonesian foreign minister said', '"... phoned me," Sharaa
    told Turkish TV': the party between the quote (`quoted` is a match inside it) and its
    speech verb, after the quote closes, is the speaker; the one after the verb its audience."""
    speaker = next((a for a in reversed(s.actors) if quoted.end <= a.start and a.end <= tag.start
                    and a.country), None)
    closed = speaker is not None and any(q in s.text[quoted.end:speaker.start]
                                         for q in QUOTE_CLOSE)
    return [speaker] if closed else None


def tag_before(s, trig):
    """The last speech tag before the trigger, if any."""
    return next((m for m in reversed(s.markers) if m.kind == "speech" and m.end <= trig.start),
                None)


def speaker_of(s, ctx, trig) -> list[Actor] | None:
    """The party of the speech tag before the trigger, else of the one after it."""
    earlier = tag_before(s, trig)
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


def pair_after(s, ctx, after, right, lead) -> list[Actor] | None:
    """The story's two sides, when a pair word follows `lead` (or stands first) after a two-way
    noun or a passive ("talks between the two countries", "perundingan kedua negara", "the
    deal signed by the two countries", "disepakati kedua negara")."""
    pair = pair_object(s, ctx, after, right, [], lead, them=False)
    return pair if pair and len({a.country for a in pair}) >= 2 else None


def opening_subject(s, ctx, trig, start: int | None = None) -> list[Actor] | None:
    """The party group that opens the sentence (or the clause from `start`), before the trigger
    ("Marape menyampaikan hal itu kepada Jokowi saat berkunjung ke ...": the main clause's verb
    is no trigger)."""
    start = s.start if start is None else start
    if start == s.start and 0 <= s.fronted < trig.start:
        start = s.fronted + 1  # "At a press conference, Qatar's prime minister ...": past it
    actors = [a for a in free_parties(takewhile(lambda a: a.start < trig.start, s.actors))
              if a.start >= start]
    if not actors or s.words_between(start, actors[0].start) > OPENING_SUBJECT_WORDS:
        return None
    return next(iter_groups(s, actors, ctx.words.get("coordination", set())))


def subject_before(s, ctx, trig, verbs) -> list[Actor] | None:
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


def main_subject_after(s, ctx, trig, verbs) -> list[Actor] | None:
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


def gap_object(s, ctx, trig, etype, subject=()) -> list[Actor]:
    """"engaged Filipino peacekeepers in a firefight": a gapped trigger's object sits in its gap;
    not the subject's own envoy ("recalled the French ambassador in Algiers": Algeria)."""
    if trig.start2 < 0 or trigger_in(s, ctx, trig, "projectile"):
        return []  # ("drone Rusia jatuh di": a projectile's gap names its owner)
    if _marked_after_tail(s, ctx, trig):
        return []  # "laid the blame for Saturday's attack on Iran": the party after "on"
    # ("marched in Rabat to protest against ...": a bare place in the gap is where, not whom;
    # "gathered at the US embassy" names a body)
    group = [a for a in first_group(s, ctx, trig.end, trig.start2, etype) or []
             if not a.locative or a.role]
    if group and group[-1].end >= trig.start2:
        # "expelled the Mexican ambassador and two Spanish diplomats": a list whose first party
        # holds the second part runs on after it
        longer = [a for a in first_group(s, ctx, trig.end, s.end, etype) or []
                  if not a.locative or a.role]
        group = longer if longer[:len(group)] == group else group
    own = {a.country for a in subject}
    if group and own and all(a.country in own and a.role and not domestic_party(a) for a in group):
        return []
    noun = None if group or etype not in JUDGING else next(
        (t for t in s.triggers if t.form == "nouns" and trig.end <= t.start < trig.start2), None)
    # "called the strikes an act of war": the act judged stands in the gap ("menyebut
    # pengusiran itu tidak dapat diterima": an expulsion coded as a sanction, pointed back to)
    return group or (noun and (noun_np(s, ctx, noun, trig.start2)[0] or
                               _judged_act(ctx, noun, subject))) or \
        (etype in JUDGING and event_reference(s, ctx, trig.end, trig.start2, own)) or []


def _marked_after_tail(s, ctx, trig) -> bool:
    """Whether a gapped trigger's second part ends in a word that lays an act on a party
    ("on", "terhadap"; the lexicon's `laid_on`) and a state follows right after: the object
    is named there, not in the gap ("melarang Maduro masuk ke Brasil" keeps its gap)."""
    tail = s.folded[trig.start2:trig.end2].split()
    if not tail or tail[-1] not in ctx.words.get("laid_on", ()):
        return False
    return any(a.country and a.start >= trig.end2 and s.words_between(trig.end2, a.start) <= 1
               for a in s.actors)


def _judged_act(ctx, noun, subject) -> list[Actor] | None:
    """Whom a judgement of an earlier act named by `noun` is aimed at: its doer ("condemned the
    strikes on Ukrainian cities"), or, when the judge did it, whom it was done to ("Israel
    refused to stop the attacks": on Gaza)."""
    last = latest(ctx, ctx.event_type_of(noun.key))
    own = {a.country for a in subject or ()}
    if last and own and own >= {a.country for a in last.sources}:
        return list(last.targets)
    return list(last.sources) if last else None


def pronoun_before(s, ctx, trig) -> bool:
    """Whether a personal pronoun ("he has spoken", "it would halt") or a state told as known
    ("The kingdom recalled", "Negara itu menarik") is the verb's subject."""
    words = words_before_verb(s, ctx, trig)
    if words and words[-1] in ctx.words.get("pronoun", ()):
        return True
    if names_both_parties(s, ctx, s.start, trig.start) or \
            last_words_say(s, ctx, s.start, trig.start, "group_anaphor", past_adverbs=True):
        return False  # "kedua negara tersebut": both sides, read by the pair rule
    # ("said that his country would shut ...": the speaker's state)
    tail = spaced(words[-STATE_ANAPHOR_WORDS:])
    return (tail.endswith(padded(ctx.words.get("state_anaphor", ()))) and
            not _anaphor_owns(s, ctx, trig)) or \
        tail.endswith(padded(ctx.words.get("speaker_state", ())))


def _anaphor_owns(s, ctx, trig) -> bool:
    """"angkatan laut negara itu mencegat": in a language that puts the owner after the thing,
    a state anaphor right after a body named without its state owns that body and is not the
    subject itself."""
    if not ctx.head_initial:
        return False
    body = next((a for a in reversed(s.actors) if a.end <= trig.start), None)
    if body is None or not body.role or body.country:
        return False
    words = spaced(s.folded[body.end:trig.start].split())
    return words.startswith(padded(ctx.words.get("state_anaphor", ())))


def words_before_verb(s, ctx, trig) -> list[str]:
    words = [w.strip("'\"") for w in s.folded[max(s.start, trig.start - 40):trig.start].split()]
    words = [w for w in words if w]
    group = ctx.words.get("verb_group", ())
    while words and (words[-1] in group or ends_as(ctx, "adverb", words[-1])):
        words.pop()
    return words


def pronoun_person(s, ctx, trig) -> list[Actor] | None:
    """"He said ...": the last person with a state named up to the trigger, when a personal
    pronoun is its subject."""
    if not pronoun_before(s, ctx, trig):
        return None
    named = ctx.mentioned + [a for a in s.actors if a.end <= trig.start]
    return next(([a] for a in reversed(named) if a.name and a.country), None)


def implicit_subject(s, ctx, trig, left) -> list[Actor] | None:
    """No subject in the clause: a pronoun ("he had urged") stands for the last person named;
    a participle ("agreeing to", "after holding talks") shares the main clause's subject."""
    pronoun = pronoun_before(s, ctx, trig)
    gerund = ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])
    if not (pronoun or gerund):
        return None
    before = [a for a in s.actors if a.end <= trig.start and a.country
              and not (a.locative or a.oblique)]
    gs = groups(s, before, ctx.words.get("coordination", set()))
    if pronoun:
        speaker = speaker_before(s, ctx, trig) or _statement_author(s, ctx, trig) or \
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
                  and not a.locative and owns_next(s.text, a)
                  and s.words_between(a.end, complement.start) <= 1), None)
    return [owner] if owner else None


def _main_subject(s, ctx, trig, people) -> Actor | None:
    """The person who opens the sentence as its subject, when a clause break ("after", "when")
    stands between the last person named and the pronoun's verb."""
    first = people[0]
    words = words_before_verb(s, ctx, trig)
    if not words or words[-1] not in ctx.words.get("singular_pronoun", ()) or \
            s.text[first.end:first.end + 2] in ("'s", "’s"):
        return None  # "they" may be several; "Putin's remarks came after ..." is no subject
    opens = not any(t.start < first.start for t in s.triggers) and \
        s.words_between(s.start, first.start) <= MAIN_SUBJECT_REACH
    broken = any(m.kind in BREAK_KINDS and people[-1].end <= m.start < trig.start
                 for m in s.markers)  # ("a day after he ordered": a dated break)
    return first if opens and broken and first is not people[-1] else None


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
    # (a person stands for the other side of talks only: "He had promised that the measures
    # would not harm Russian consumers" after Russia's ban on Western food is still Putin)
    person = any(a.name for a in referent)
    other = next((list(d.targets) for d in reversed(ctx.previous)
                  if d.targets and {a.country for a in d.sources} == own
                  and (not person or ctx.event_type_of(d.code) in TALKS)), None)
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


def _adverb(ctx, word: str) -> bool:
    return word in ctx.words.get("adverb", ()) or ends_as(ctx, "adverb", word)


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
    if aux_before(s, ctx, trig, left):
        return True
    # "rockets fired by Hezbollah", "a resolution drafted by the US": a participle whose agent
    # follows at once.
    # ("protested by summoning the ambassador": "by" and a gerund say how, not by whom; "attacked
    # the decision by Manila": after a gapped trigger's noun, "by" names the noun's maker, but
    # not when nothing stands in the gap: "seafarers held hostage by the Houthis")
    if trig.start2 >= 0 and s.words_between(trig.end, trig.start2) > 0:
        return False
    nxt = s.folded[trig_end(trig):trig_end(trig) + 24].split()
    return bool(nxt) and nxt[0] in ctx.words.get("agent", ()) and \
        ends_as(ctx, "participle", words[-1]) and \
        not (len(nxt) > 1 and ends_as(ctx, "gerund", nxt[1]))


def aux_before(s, ctx, trig, left) -> bool:
    """Whether "was", "were", "been" (an adverb may stand between) comes right before the verb."""
    aux = ctx.words.get("passive_aux", set())
    before = s.folded[max(left, trig.start - 30):trig.start].split()
    return bool(before) and (before[-1] in aux or (len(before) > 1 and before[-2] in aux
                                                   and _adverb(ctx, before[-1])))


def reduced_participle(s, ctx, trig, left) -> bool:
    """An English passive with no auxiliary ("schoolgirls abducted by Boko Haram"): a participle
    that describes the noun right before it (not one joined to an earlier verb: "were arrested,
    then jailed by")."""
    before = s.folded[max(left, trig.start - 12):trig.start].split()[-1:]
    joiners = set(ctx.words.get("then_word", ())) | set(ctx.words.get("coordination", ()))
    return trig.form != "passive" and not aux_before(s, ctx, trig, left) and \
        not (before and before[0] in joiners)


def receive_frame(s, ctx, trig, left) -> bool:
    words = [w for w in s.folded[max(left, trig.start - 25):trig.start].split()
             if w not in ctx.words.get("adverb", ()) and w not in ctx.words.get("quantity", ())]
    receive = ctx.words.get("receive", set())
    # One describing word may stand between ("drew swift condemnation from").
    return bool(words) and (words[-1] in receive or (len(words) > 1 and words[-2] in receive))


def left_group(s, ctx, pos, left) -> list[Actor] | None:
    """The subject: the nearest coordinated group of parties before `pos` in the clause."""
    both = both_parties(s, ctx, left, pos) or owners_pair(s, ctx, left, pos) or \
        group_anaphor(s, ctx, left, pos) or meeting_anaphor(s, ctx, left, pos)
    if both:
        return both
    # Groups are formed over every party (so "ke Lebanon dan Suriah, dan AS" keeps Suriah with
    # Lebanon), then parties after a preposition or inside a relative clause are dropped.
    rels = relative_openers(s, ctx, left, pos)
    causes = _cause_phrases(s, left, pos)
    cands = [a for a in reversed(s.actors) if left <= a.start and a.end <= pos
             and not (rels and _inside_subject_relative(s, ctx, rels, a, pos))
             and not apposed_backer(s, ctx, a, pos)
             and not any(c0 <= a.start < c1 for c0, c1 in causes)
             and not _named_as(s, ctx, a, left)]
    for g in iter_groups(s, cands, ctx.words.get("coordination", set()), reverse=True):
        governed = _governed_list(s, ctx, g)
        subjects = [a for a in g if a.country and not a.locative and not governed
                    and (not a.oblique or _owner_of_stateless(s, a))
                    and not _in_relative(s, ctx, a)]
        if subjects:
            return subjects
    return None


def _named_as(s, ctx, a, left) -> bool:
    """"Sudan menyatakan UEA sebagai agresor dan akan memutus ...": a party named "as" something
    after another party is what the first one names, not a subject."""
    after = s.folded[a.end:a.end + 12].split()[:1]
    return bool(after) and after[0] in ctx.words.get("named_as", ()) and \
        any(b.country and left <= b.start and b.end <= a.start for b in s.actors)


def _governed_list(s, ctx, group) -> bool:
    """"ties to Moscow and Kyiv": a preposition before a list joined by "and" alone governs the
    whole list. Not so for a list with commas ("in the resort of Sharm el-Sheikh, Trump and
    Sisi"), nor one a participle or a relative clause goes on from ("with Qatar and Turkiye
    acting as mediators", "oleh Prabowo dan Retno, yang bertemu ...")."""
    if len(group) < 2 or not group[0].oblique or _owner_of_stateless(s, group[0]) or \
            "," in s.text[group[0].end:group[-1].start]:
        return False
    after = s.folded[group[-1].end:].replace(",", " ").split()[:1]
    return not (after and (ends_as(ctx, "gerund", after[0]) or
                           after[0] in ctx.words.get("relative", ())))


def _cause_phrases(s, left, pos) -> list[tuple[int, int]]:
    """The spans of phrases of cause before `pos`, each up to its comma ("berkat perundingan
    panjang dengan mediasi Amerika Serikat, India dan Pakistan setuju"): their parties made the
    act possible and are no part of the subject after the comma."""
    spans = []
    for m in s.markers:
        if m.kind == "cause_mark" and left <= m.start < pos:
            comma = s.text.find(",", m.end, pos)
            if comma >= 0:
                spans.append((m.start, comma))
    return spans


def apposed_backer(s, ctx, party, pos) -> bool:
    """"US forces, backed by Australia and Canada, struck ...", "rebels, who are backed by Iran,
    fired": the backer in a phrase of support set off by commas between the subject and its
    verb is not the subject."""
    backing = next((t for t in reversed(s.triggers) if t.start < party.start
                    and s.folded[t.start:t.end].split()[0] in ctx.words.get("backing", ())), None)
    if backing is None or "," not in s.folded[party.end:pos]:
        return False
    opening = s.folded.rfind(",", s.start, backing.start)
    if opening < 0 or not backing_set_off(s, ctx, opening, backing):
        return False
    first = next(a for a in s.actors if a.start >= trig_end(backing))
    gap = s.folded[trig_end(backing):first.start].split()
    return not gap or gap[-1] in ctx.words.get("agent", ())


def backing_set_off(s, ctx, pos, trig) -> bool:
    """Whether s.folded[pos:trig.start] sets a word of backing off as a description: a comma or
    a relative word first, then only relative words and auxiliaries ("Houthi rebels, who are
    backed", "Pasukan AS, yang didukung")."""
    if s.folded[trig.start:trig.end].split()[0] not in ctx.words.get("backing", ()):
        return False
    opens = {","} | ctx.words.get("relative", frozenset())
    between = s.folded[pos:trig.start].replace(",", " , ").split()
    return bool(between) and between[0] in opens and \
        all(w in opens or w in ctx.words.get("passive_aux", ()) for w in between)


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


def _inside_subject_relative(s, ctx, rels, actor, pos) -> bool:
    """"Massa yang berdemo mengecam Presiden Prancis ... telah tiba", "The minister, who met Wang
    Yi, condemned": a party inside a relative clause on the subject is not the subject; the
    clause runs from "yang"/"who" to the main verb. (In "China, which Japan condemned" the
    party is the clause's own subject, right before the verb at `pos`.) A speech verb closes
    the clause: "Seorang pejabat yang enggan disebut namanya mengatakan Rusia menyerang" tells
    what the official said."""
    own = relative_before_subject(s, ctx, pos)[1]
    return any(m.end <= actor.start and "," not in s.text[m.end:actor.start] and m.start != own
               and not marker_between(s, m.end, actor.start, ("speech",))
               for m in rels) and not _verb_between(s, actor.end, pos)


def relative_before_subject(s, ctx, pos) -> tuple[str, int]:
    """The relative word and where it starts when the verb at `pos` has a subject between it
    and the word: a pronoun ("which it") or a party group ("which Tokyo", "which the Japanese
    government", "that Indonesia and Australia"); ("", -1) when not."""
    before = [a for a in s.actors if a.end <= pos and a.country]
    group = groups(s, before, ctx.words.get("coordination", set()))[-1] if before else []
    subject = group if group and not s.text[group[-1].end:pos].strip() else None
    stop = subject[0].start if subject else pos
    words = s.folded[max(s.start, stop - RELATIVE_LEAD_CHARS):stop].split()
    if subject is None:
        if not words or words[-1] not in ctx.words.get("pronoun", ()):
            return "", -1
        words.pop()
    while words and words[-1] in ctx.words.get("article", ()):
        words.pop()
    if not words or words[-1] not in ctx.words.get("relative", ()):
        return "", -1
    return words[-1], s.folded.rfind(" " + words[-1] + " ", s.start, stop) + 1


def _verb_between(s, a, b) -> bool:
    return any(t.form != "nouns" and a <= t.start < b for t in s.triggers)


def _in_relative(s, ctx, actor) -> bool:
    """"rancangan resolusi yang disusun Amerika Serikat": an actor inside a relative clause (not
    after a sentence's first word, "That afternoon Trump ...", nor after a phrase of time,
    "Earlier that day London ...")."""
    before = s.folded[max(s.start, actor.start - 25):actor.start]
    words = before.split(",")[-1].split()[-2:]
    return len(words) == 2 and words[0] in ctx.words.get("relative", ()) and \
        words[1] not in ctx.words.get("article", ()) and \
        " ".join(words) not in ctx.words.get("time_phrase", ()) and \
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


def after_marker(s, ctx, pos, right, kind, reach=6) -> list[Actor] | None:
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


def first_group(s, ctx, pos, right, etype, strict=False, code="") -> list[Actor] | None:
    # An actor may start inside the trigger ("memanggil duta besar Tiongkok"); a party
    # without a state ("military posts") cannot be coded and is passed over.
    # "withdraw its troops from Lebanon": a party's own forces are what it acts with.
    # "captured a stronghold on the Thai border": a border lies on both sides; only a force
    # sent toward it, or a crossing closed on it, faces the state it is named after
    # ("swapped 300 prisoners thanks to UAE mediation": who made it possible is no object)
    right = _before_cause(s, pos, right)
    after = [a for a in map(_posting_of_own_envoy, s.actors) if a.end > pos and a.start < right
             and a.country and a.oblique != "route" and a.kind != "owned"
             and (a.kind != "border" or etype in BORDER_FACING)]
    if etype in SYMMETRIC + ("aid",):
        # "sepakat ... tantangan dari DPRK": a topic, not the partner; "mengevakuasi WNI dari
        # Sudan": aid goes to whoever is carried away, not to where they leave from.
        # "spoke to reporters about China's claims": what is talked about is no partner
        after = [a for a in after if a.oblique != "source_from"
                 and not (a.oblique == "topic" and etype in TALKS)]
    plain = [a for a in after if not a.locative or (a.kind == "border" and etype == "sanction")]
    embassy = protested_embassy(s, pos, right) if etype == "protest" else None
    if embassy:
        return embassy
    near = after[0] if after and after[0].locative and \
        s.words_between(pos, after[0].start) <= 5 else None
    if near and code == RECALL and not _right_after_locative(s, ctx, pos, near):
        near = None  # "recalls envoy over Gaza flotilla deaths": the place is no posting
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


def _posting_of_own_envoy(a: Actor) -> Actor:
    """"recalled its ambassador to Niger": a party's own envoy stands for where it is posted."""
    return posting_state(a)[0] if a.kind == "owned" and a.posting else a


def _before_cause(s, pos, right) -> int:
    """Where a phrase of cause ("thanks to", "berkat") after `pos` cuts the span off."""
    return min([m.start for m in s.markers if m.kind == "cause_mark" and pos <= m.start < right]
               + [right])


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
    # ("vowed to keep attacking", "akan terus menyerang": going on with the act is the act)
    words = [w for w in words if w not in ctx.words.get("aspect", ())]
    if ctx.head_initial and not without_adverbs(s.folded[pos:verb_start], ctx):
        return True  # "setuju menghibahkan": a serial verb needs no infinitive word
    if not words:  # "mengancam akan mengenakan": the trigger ends with the modal itself
        words = s.folded[max(s.start, pos - 12):pos].split()[-1:]
    return 0 < len(words) <= 2 and (words[0] in ctx.words.get("purpose", ())
                                    or words[0] in ctx.words.get("modal", ()))


def verb_object(s, ctx, pos, right, etype, verbs, trig, subject=None) -> list[Actor]:
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
        seller = after_marker(s, ctx, trig_end(bought[0]), right, "source_from", reach=2) or \
            gap_object(s, ctx, bought[0], "aid")
        if seller:
            return seller
    # (a verb inside the trigger's own gap or second part is the trigger's: "marched ... to
    # protest", "shells fired by Myanmar forces landed in")
    later = sorted(v.start for v in verbs if v.start > trig.start and v not in bought
                   and not (trig.start2 >= 0 and trig.start < v.start < trig.end2))
    if later and etype in REACH_THROUGH and infinitive_next(s, ctx, pos, later[0]):
        later = later[1:]  # "threatened to ban voting in X": the target is the ban's object
    if etype == "reject":
        later = []  # "would not provide support to Israel": the refused act's party is the target
    shared = _coordinated_verb(s, ctx, pos, verbs, later)
    if shared is not None:
        # "condemned and rejected the resolution": both verbs take the second one's object
        pos, later = trig_end(shared), later[1:]
    stop = _before_cause(s, pos, min(later + [right]))  # ("berkat mediasi UEA": no object)
    if etype not in JUDGING and _clitic_object(s, ctx, trig):
        # "Pyongyang menembakkannya ..., pola ... tanpa melintasi kepulauan Jepang": the clitic
        # is the object; a party still follows a target word ("menembakkannya ke Jepang").
        # (A judgement names its object's owner after it: "mengecamnya sebagai provokasi AS".)
        return after_marker(s, ctx, pos, stop, "target_mark", reach=2) or []
    comma = s.text.find(",", pos, stop)
    if comma >= 0 and not s.text[pos:comma].strip() and trig.form != "nouns":
        stop = comma  # "Rusia Makin Gencar Menyerang, AS Janji ...": no object after the comma
    nouns = [t for t in s.triggers if t.form == "nouns" and pos <= t.start < stop]
    actors = [a for a in s.actors if a.end > pos and a.start < stop]  # may start in the trigger
    first_actor = next((a for a in actors if not a.locative), None)
    if nouns and (first_actor is None or nouns[0].start < first_actor.start):
        inner, _ = noun_np(s, ctx, nouns[0], stop)
        if inner:
            return inner
        judged = _judged_act(ctx, nouns[0], subject) \
            if s.words_between(pos, nouns[0].start) <= 3 and etype in JUDGING \
            and not (etype == "threaten" and _carried(s, trig, nouns[0])) else None
        if judged:
            return judged
        if demonstrative_after(s, ctx, trig_end(nouns[0])) and etype in JUDGING:
            return []  # an act told before that the story does not hold: no party after it
    if first_actor is None or reference_before(s, ctx, pos, first_actor.start):
        own = {a.country for a in (subject or left_group(s, ctx, trig.start, s.start) or [])}
        ref = event_reference(s, ctx, pos, stop, own)
        if ref is not None:
            return ref
    group = _first_new_group(s, ctx, pos, stop, etype, trig, subject)
    return group + _partner_in_relative(s, ctx, pos, group, stop) if etype in JUDGING else group


def _carried(s, trig, noun) -> bool:
    """"stand ready to impose further sanctions": a verb carrying the noun makes it the act
    threatened, not an earlier act judged."""
    return any(m.kind == "support" and trig.start <= m.start and m.end <= noun.start
               for m in s.markers)


def _partner_in_relative(s, ctx, pos, group, stop) -> list[Actor]:
    """"denounced the exercises that South Korea has been staging with the United States": the
    partner of the object's act in a relative clause on the judged noun is judged with it."""
    if not group or not any(m.kind == "relative" and pos <= m.start < group[0].start
                            for m in s.markers):
        return []
    partner = after_marker(s, ctx, group[-1].end, stop, "comitative", reach=4)
    return [a for a in partner or () if "," not in s.text[group[-1].end:a.start]]


def _clitic_object(s, ctx, trig) -> bool:
    """Whether a one-word verb carries its object as a clitic ("menembakkannya"; in "memutus
    hubungan diplomatiknya" the clitic owns the noun)."""
    one_word = trig.form == "verbs" and trig.start2 < 0 and " " not in s.folded[trig.start:trig.end]
    return one_word and clitic_on_head(s, ctx, trig)


def clitic_on_head(s, ctx, trig) -> bool:
    """Whether the trigger's first word, as written, carries a clitic: one glued on after the
    match ("menuduh" in "menuduhnya"), or one the lexicon lists inside a longer trigger
    ("menyemprotnya dengan meriam air"); not a root that ends so ("bertanya")."""
    first = s.folded[trig.start:trig.end].split()
    token = s.folded[trig.start:s.end].split()[0].strip(",.;:'\"")
    clitics = ctx.words.get("possessive_clitic", ())
    if token != first[0]:
        return token.startswith(first[0]) and token[len(first[0]):] in clitics
    return len(first) > 1 and any(token.endswith(c) for c in clitics)


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
        group = first_group(s, ctx, pos, stop, etype, code=trig.key)
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


def _joint_strike(s, ctx, trig) -> bool:
    """"US-UK strikes", "serangan udara AS-Inggris": a strike is one side's act, so the two
    states of a compound before or after it strike together; fighting, a war or a blockade
    ("the Israel-Hamas war") is between them."""
    return ctx.event_type_of(trig.key) == "attack" and \
        not trigger_in(s, ctx, trig, "mutual_fighting") and not trigger_in(s, ctx, trig, "standing")


def owner_before(s, ctx, trig) -> bool:
    """"China's ban", "its tariffs", "larangan Korea Selatan atas ...": the noun's owner
    written right before it, or right after it where heads come first."""
    if ctx.head_initial:
        end = trig_end(trig)
        return any(a.start >= end and a.country and not a.locative and
                   s.words_between(end, a.start) == 0 for a in s.actors)
    before = last_words(s.folded, s.start, trig.start, 1)
    return bool(before) and (before[0].endswith(("'s", "s'")) or is_possessive(ctx, before[0]))


def speaker_before(s, ctx, trig) -> list[Actor] | None:
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
    return opening_subject(s, ctx, trig, tag.end)


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


def _visited_seat(s, ctx, trig, place):
    """"Lula's Moscow visit", "Wang Yi's Beijing talks": a place between an owner's "'s" and a
    visit or meeting noun is where the owner went, not who acted: (owner, place) or None."""
    if ctx.event_type_of(trig.key) != "meet" or place.role or place.name or not place.country:
        return None
    owner = next((a for a in reversed(s.actors) if a.end <= place.start and owns_next(s.text, a)
                  and s.words_between(a.end, place.start) == 0), None)
    if owner is None or owner.country in (None, place.country):
        return None
    return [owner], [place]


def acts_as_mediator(s, party) -> bool:
    """Whether a mediation trigger follows the party at once ("Turkey served as mediator",
    "with Qatar and Turkey acting as mediators" for the last of a group)."""
    return any(t.key.startswith(MEDIATE) and t.start >= party.end
               and s.words_between(party.end, t.start) <= 1 for t in s.triggers)


def _discord_before(s, ctx, end, pos) -> bool:
    """Whether a noun of strained relations stands between an event noun's end and the pair
    at `pos`, whose "between" is then that noun's."""
    return not set(ctx.words.get("discord_noun", ())).isdisjoint(
        w.strip(",.;:'\"") for w in s.folded[end:pos].split())


def noun_np(s, ctx, trig, right):
    """Parties written inside the noun phrase: "antara A dan B", "serangan Israel ke Gaza",
    "Israeli strikes on Gaza", "Russia's attack on Ukraine"."""
    end = trig_end(trig)
    coord = ctx.words.get("coordination", set())
    # ("drills between Russia and Belarus": a trigger may end in the word itself)
    last = max(trig.start, s.folded.rfind(" ", trig.start, end) + 1)
    between = after_marker(s, ctx, last, right, "between") or \
        _between_past_venue(s, ctx, end, right)
    if between and len(between) == 1:
        more = after_marker(s, ctx, between[-1].end, right, "comitative")
        between = between + (more or [])
    if between and ctx.event_type_of(trig.key) not in SYMMETRIC and \
            _discord_before(s, ctx, end, between[0].start):
        between = None  # "The expulsion caps months of tension between the DRC and Rwanda"
    if between and len({a.country for a in between}) >= 2:
        if trig.key.startswith(MEDIATE):
            return None, between  # "mediation between A and B": the mediator is the subject
        if ctx.event_type_of(trig.key) in SYMMETRIC:
            return between, []
        return between, list(between)  # "fighting between A and B": each side acts on the other
    by = _noun_agent(s, ctx, trig, end, right) or _relative_doer(s, ctx, end, right)
    if by:
        return by
    owners = after_marker(s, ctx, end, right, "genitive", reach=1) \
        if ctx.event_type_of(trig.key) in SYMMETRIC else None
    if owners and len({a.country for a in owners}) >= 2:
        return owners, []  # "the joint naval exercise of South Korea, the US and Japan"
    # (not across the comma that closes an opening phrase: "Menurut Kementerian Kesehatan
    # Gaza, serangan Israel ...")
    before = [a for a in s.actors if a.start < trig.start and not a.locative
              and not a.end <= s.fronted < trig.start
              and (trig.start - a.end <= 3 or
                   (not ctx.head_initial and (modifier_between(s, a.end, trig.start) or
                                              day_between(s, a.end, trig.start))))]
    # ("peringatan kepada negara-negara lain, seperti Amerika Serikat": a noun that ends in a
    # target word has its target after it, not its doer)
    closed = demonstrative_after(s, ctx, end) or \
        s.folded[trig.start:end].split()[-1] in ctx.words.get("target_mark", ())
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
        doer = after_marker(s, ctx, held[-1].end, right, "agent", reach=2)
        return (doer, held) if doer else (None, None)
    elif before and (went := _visited_seat(s, ctx, trig, before[-1])):
        return went
    elif before:
        src = groups(s, before, coord)[-1]
    elif near_after and no_verb_between(s, end, near_after[0].start) and \
            not (ctx.event_type_of(trig.key) == "coerce" and near_after[0].role == "people"):
        # ("penahanan enam warga negara Meksiko": the people after an arrest noun are held)
        src = next(iter_groups(s, near_after, coord))
    elif forces := _forces_of(s, ctx, trig, right):
        src = forces
    elif marker_right_after(s, end, "agent"):
        src = after_marker(s, ctx, end, right, "agent")  # "joint drills by the US and Japan"
    elif s.folded[trig.start:end].split()[-1] in ctx.words.get("agent", ()):
        src = _doers_right_after(s, ctx, end, right)  # "a visit by Kishida to Kyiv"
    elif ctx.event_type_of(trig.key) == "aid" and amount_then_from(s, end):
        # "humanitarian aid from Japan", "a credit line of 750 million dollars from India"
        src = after_marker(s, ctx, end, right, "source_from")
    if src is None:
        return None, None
    tgt_pos = max(a.end for a in src) if src[0].start > trig.start else end
    tgt = after_marker(s, ctx, tgt_pos, right, "target_mark")
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
        tgt = [a for a in (first_group(s, ctx, tgt_pos, right, etype) or []) if a not in src]
    return src, tgt


def _forces_of(s, ctx, trig, right) -> list[Actor] | None:
    """The forces a deployment noun is made of, who are its doer: "the deployment of Russian
    troops", "a build-up of Russian forces near Ukraine's border" (in the trigger's gap)."""
    if ctx.head_initial or ctx.event_type_of(trig.key) != "mobilize":
        return None
    if trig.start2 >= 0:
        group = [a for a in s.actors if trig.end <= a.start < trig.start2]
    else:
        group = after_marker(s, ctx, trig.end, right, "genitive", reach=0) or []
    if group and all(a.country and a.role in FORCE_ROLES for a in group):
        return group
    return None


def protested_embassy(s, pos: int, right: int | None = None) -> list[Actor]:
    """"rallied in support of Palestine outside the US embassy", "memadati depan kantor
    Kedutaan Besar Myanmar" (the trigger holds the place word): the embassy a protest stands
    at, whose state is protested against whoever the crowd stands up for."""
    embassy = next((a for a in s.actors if pos < a.end and a.start < (right or s.end)
                    and a.country and a.role == EMBASSY), None)
    if embassy is None or s.words_between(pos, embassy.start) > EMBASSY_PROTEST_REACH:
        return []
    return [embassy]


def _doers_right_after(s, ctx, end, right) -> list[Actor] | None:
    """The party a trigger ending in its own agent word ("visit by") names next."""
    doers = [a for a in s.actors if end <= a.start < right and a.country and not a.locative]
    if not doers or s.words_between(end, doers[0].start) > DOER_GAP:
        return None
    return next(iter_groups(s, doers, ctx.words.get("coordination", set())))


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
    return after_marker(s, ctx, mark.start, right, "between")


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
        tgt = [a for a in after_marker(s, ctx, src[-1].end, right, "target_mark") or ()
               if a.country and a not in src]
    # ("Yemen's Houthis": the doer's name runs on past its owner)
    doer_end = max((a.end for a in s.actors if src[-1].end <= a.start < right
                    and s.words_between(src[-1].end, a.start) <= 1
                    and a.country == src[-1].country), default=src[-1].end)
    if not tgt and marker_right_after(s, doer_end, "genitive"):
        # "the seizure by Iran of a British-flagged tanker": what the doer acted on follows
        tgt = [a for a in after_marker(s, ctx, doer_end, right, "genitive") or ()
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
    tgt = [a for a in after_marker(s, ctx, verb.end, right, "target_mark") or ()
           if a.country and a not in src]
    return src, tgt


def apposed_act_comma(s, ctx, trig) -> int | None:
    """", a move China condemned", ", langkah yang dikecam China": the comma before the trigger
    whose next words open with a noun naming an act again (an article aside), else None."""
    if ctx.event_type_of(trig.key) not in APPOSED_JUDGING:
        return None
    start = max(s.start, trig.start - APPOSED_ACT_CHARS)
    comma = s.folded.rfind(",", start, trig.start)
    words = s.folded[comma + 1:trig.start].split()[:2] if comma >= 0 else []
    if words and (words[0] in ctx.words.get("article", ()) or
                  words[0] in ctx.words.get("determiner", ())):
        words = words[1:]
    return comma if words and words[0] in ctx.words.get("event_reference", ()) else None
