"""Triggers that are no event of their own, read before a trigger becomes a draft: a name
("Liberation Army"), a slogan, a likening, a word that points back to an event already coded,
a meeting still planned or met on the sidelines, the purpose of another act, the content of a
demand, a directive, an accusation or a rejection; with the readings of a sentence these
tests share with the event rules (what an actor ordered its own agents to do, talks held for
a purpose, two verbs joined by "and")."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import takewhile

from .actors import Actor
from .clauses import (MEANS_CHARS, TALKS, Draft, Sentence, apposed_state_noun, ends_as,
                      marker_between, means_of_response, relative_word_before, starting_from,
                      trig_end, trigger_in, without_adverbs)
from .modality import SCOPE_WORDS
from .noun_phrase import after_preposition, marker_right_after
from .parties import (DATE_WORDS, MEDIATE, PLACE_AFTER_PARTICIPLE, QUOTE_CLOSE, QUOTE_OPEN, RELEASE,
                      apposed_act_comma, backing_set_off, copula_head, is_passive, is_possessive,
                      relative_openers, strike_relative_subject, support_verb)
from .text import last_words, says, spaced

# Words between a relative clause's head and its verb: the relative word, an auxiliary and the
# rest of the head's noun phrase ("kapal tanker mereka yang ditangkap", "its tanker that was
# seized"); four is the longest such phrase in the tune split's relative passives.
HEAD_REACH = 4
STATE_FORCES = ("military", "police")
# Words from an order verb to the order's "to": "directed its Chiefs of Defence Staff to" has
# six; "ordered its troops to" two.
ORDER_REACH = 7
# "untuk segera mengambil langkah": a purpose word governs a verb this close; further away
# only through a list ("untuk menghentikan ..., serta membuka"). Farther words are part of a
# title ("Utusan Khusus untuk Urusan Perdamaian ... bertemu").
PURPOSE_REACH = 3
# A figure as written before a counted noun: "10", "2.5", "1,200".
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# Quote marks glued to a word ("“decided") are not part of it.
QUOTES = "\"'“”‘’"
# Quoted runs up to this many words are slogans or titles; checked on the PETR-2 "Free Tibet"
# banner and dev-set placards ("Stop Bombing Gaza").
SLOGAN_WORDS = 5
# "yang disusun Inggris dan menyerukan": a verb joined by "and" within this many words of a
# relative word still belongs to its clause.
RELATIVE_REACH = 6
# "resembled an illegal and systematic attack": a likening word, an article and up to three
# describing words before the act it names.
LIKENING_REACH = 4
# A speech tag this many characters after a quote's end belongs to it ('," ujar Menteri Luar
# Negeri' puts the verb first; ',” the ministry said' a subject of up to ~20 characters).
SPEECH_TAG_REACH = 30
# Verbal acts that a call or meeting "to ..." carries out (praise, protest, appeal, refusal).
SAID_IN_TALKS = ("support", "condemn", "appeal", "reject")
# Words between an event noun and a passive appeal that asks for it ("boikot produk Prancis
# telah diserukan" is three; more was another clause in the dev set).
CALLED_FOR_REACH = 4
# Triggers looked back over for a verb whose object stands before a relative word, and
# gapped triggers whose second part a later word may lie in: the nearest few (a run-on page
# must not make these scans quadratic; a verb and its object, or a head and its second part,
# are never more than a couple of triggers apart).
VERB_OBJECT_LOOKBACK = 3
# Words from a verb of agreeing to the talks agreed on: "sepakat melanjutkan dialog pertahanan"
# is one, "agreed on Tuesday to resume their defence talks" five.
AGREED_TALKS_REACH = 5
# Words from a talks noun to the modal of its predicate: "The meeting between Prime Minister
# Anwar Ibrahim and President Prabowo Subianto is scheduled" has 10, the longest pair of
# titled names the probe rounds met.
PLANNED_REACH = 10
# A demand governs a "that" clause this far on: "put forward demands during the talks,
# including that Kyiv withdraw" is five words.
DIRECTIVE_REACH = 6
# What a rejection verb governs: "rejected a fresh offer from Afghanistan for direct talks"
# puts the talks eight words on.
REJECTED_REACH = 8
ACCUSE = "112"  # an accusation's content is alleged, not told as fact
# Words from an occasion word to the joint operation it names: "in the same joint operation".
FRAME_WORDS = 3
# Words from an event noun to the modal verb it is the subject of: "perang terbuka antara
# Rusia dan NATO yang dipimpin AS akan" has eight between.
HYPOTHETICAL_REACH = 8
# Words from a released thing to the passive verb: "assistance to the region is released" has
# four between (a place phrase and the auxiliary).
RELEASED_SUBJECT_REACH = 5
# Words between an accusation noun and the verb it alleges: a preposition ("charges of").
ALLEGED_NOUN_REACH = 1
# Suspending, breaking off: what is stopped ("suspended talks") is not also an event.
STOPPING = ("160", "164", "165")
# An appeal's object noun stands this close ("called for an immediate ceasefire").
APPEAL_CONTENT_REACH = 3
# ... or goes on its list: "calling for urgent and extended humanitarian pauses in the Gaza Strip
# and the unconditional release" puts the second noun eleven words on; "and" stands within
# 20 characters before it ("and the unconditional").
APPEAL_LIST_REACH = 12
LIST_JOIN_CHARS = 20
# Words from "between"/"antara" to the signing verb of a relative clause: two states' names and
# "and", a relative word, an auxiliary ("antara Republik Indonesia dan Australia yang telah").
SIGNED_REACH = 8
# Words from a party to a relative clause's verb: the relative word and one auxiliary
# ("tim polisi Turki yang menyelidiki", "that was captured").
PARTY_RELATIVE_REACH = 2
# Words before a relative word that hold an act noun and its party: "tindakan berbahaya China
# yang" has three before "yang", the relative word included.
ACT_NOUN_REACH = 4
# Words from "sidelines of" to the meeting noun it names, the phrase's own words included: "on
# the sidelines of the annual G20 summit" ends four words before "summit".
SIDELINES_REACH = 6
# Nouns of these classes that are the subject of a modal predicate are planned: talks ("the
# meeting is scheduled for Saturday") and drills ("the exercises are about to begin").
SCHEDULED_NOUNS = TALKS + ("mobilize",)
# Words from a verb of use to the purpose word: "used his Liberation Day address to" has four.
USE_REACH = 6
# Classes of acts done in words, which a party may use an occasion to do.
WORDED = ("condemn", "appeal", "reject", "threaten", "support")


def _start(m) -> int:
    return m.start


def planned_talks(s: Sentence, ctx, trig) -> bool:
    """"The meeting between Prabowo and Xi is scheduled for Saturday", "Perundingan ... akan
    digelar pekan depan", "Latihan perang ... dijadwalkan berlangsung": talks or drills that are
    the subject of a modal predicate are planned, not held.
    The noun opens the sentence's clauses (no verb before it) and a modal word follows it before
    any verb does."""
    if trig.form != "nouns" or ctx.event_type_of(trig.key) not in SCHEDULED_NOUNS or \
            any(t.form != "nouns" for t in takewhile(lambda t: t.start < trig.start, s.triggers)):
        return False
    end = trig_end(trig)
    verb = next((t.start for t in starting_from(s.triggers, end)), s.end)
    # ("told Zelensky in a phone call that France would send": the modal of another clause)
    after = takewhile(lambda m: m.start < verb, starting_from(s.markers, end))
    return any(m.kind == "modal" and "," not in s.text[end:m.start]
               and s.words_between(end, m.start) <= PLANNED_REACH
               and not marker_between(s, end, m.start, ("complement", "relative", "clause_break"))
               for m in after)


def agreed_talks(s: Sentence, ctx, trig) -> bool:
    """"Jepang dan Korea Selatan sepakat melanjutkan dialog pertahanan": talks that two sides
    agree to hold are a plan (the agreement is the event), not a meeting; not "agreed at talks
    in Geneva", the occasion of the agreement."""
    if trig.form != "nouns" or ctx.event_type_of(trig.key) not in TALKS:
        return False
    if after_preposition(s, ctx, trig):
        return False
    return any(t.form == "verbs" and ctx.event_type_of(t.key) == "agree" and t.end <= trig.start
               and s.words_between(t.end, trig.start) <= AGREED_TALKS_REACH
               and not marker_between(s, t.end, trig.start, ("clause_break",))
               for t in s.triggers)


def sidelines(s: Sentence, ctx, trig) -> bool:
    """"bertemu Retno di sela pertemuan para menlu G20", "met on the sidelines of the G20
    summit": a meeting noun a few words after "sidelines of" is the occasion of the meeting told,
    not one of its own."""
    if trig.form != "nouns" or ctx.event_type_of(trig.key) not in TALKS:
        return False
    before = spaced(last_words(s.folded, s.start, trig.start, SIDELINES_REACH))
    return says(before, ctx.words.get("sidelines", ()))


def proper_name(s: Sentence, ctx, trig) -> bool:
    """"A Dutch court fined Shell": a one-word English trigger written with a capital inside a
    sentence whose other words are lower case is a name, not the act. Indonesian capitalises
    its titles and day names the same way, so only a language that marks names this way
    (not head-initial Indonesian) reads it."""
    word = s.text[trig.start:trig.end]
    if ctx.head_initial or " " in word or not word[:1].isupper() or trig.start == s.start:
        return False
    before = s.text[max(s.start, trig.start - 3):trig.start].rstrip()
    return not before.endswith(("\"", "\u201c", "(", ":", "'")) and not _title_case(s)


def _title_case(s: Sentence) -> bool:
    """A headline-style line ("Russia Strikes Kyiv Overnight"): most words capitalised."""
    words = s.text[s.start:s.end].split()
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _serial_after_pledge(s: Sentence, ctx, trig) -> bool:
    """A verb right after an agreeing or promising verb, with no infinitive word between (the
    Indonesian serial verb: "setuju menghibahkan", "berjanji mengirim")."""
    prev = next((t for t in reversed(s.triggers) if t.end <= trig.start), None)
    if prev is None or prev.form != "verbs" or ctx.event_type_of(prev.key) != "agree":
        return False
    return not without_adverbs(s.folded[prev.end:trig.start], ctx)


def likened(s, trig) -> bool:
    """"said it resembled an illegal attack", "amounts to genocide", "menyerupai serangan",
    "what it described as Israeli aggression": an act named to characterise another is a
    verdict on it, not an act of its own."""
    if any(m.kind == "likening" and m.end <= trig.start and
           s.words_between(m.end, trig.start) <= LIKENING_REACH for m in s.markers):
        return True
    return any(m.kind == "verdict" and m.start <= trig.start and trig.end <= m.end
               for m in s.markers) and \
        any(m.kind == "judging" and m.end <= trig.start for m in s.markers)


def in_slogan(s, trig) -> bool:
    """A trigger inside a short quotation ("Free Tibet", "Stop Bombing Gaza") is a slogan or a
    title, not an act. Longer quotations are speech and are read as usual."""
    text = s.text
    opens = [text.rfind(q, s.start, trig.start) for q in QUOTE_OPEN]
    start = max(opens)
    if start < 0:
        return False
    close = min([i for i in (text.find(q, trig.end, s.end) for q in QUOTE_CLOSE) if i >= 0],
                default=-1)
    if close >= 0 and text[start + 1:close].strip() == text[trig.start:trig.end]:
        return False  # "It said it 'rejects' the comment": only the verb is quoted
    if any(a.country and 0 <= start - a.end <= 2 for a in s.actors):
        return False  # 'India "decided to expel" the envoy': a quoted verb after its subject
    if text[start + 1:start + 2].islower() and trig.start > start + 1:
        # 'the three governments "strongly condemned"': a quoted verb phrase; a slogan opens
        # capitalised or with its verb ("free Ukraine")
        return False
    return close >= 0 and len(text[start:close].split()) <= SLOGAN_WORDS and \
        not any(q in text[start + 1:trig.start] for q in QUOTE_CLOSE) and \
        not _speech_tag_after(s, close)


def _speech_tag_after(s, close) -> bool:
    """'"We back Libya," he said': a short quote with a speech tag right after it is speech."""
    return any(m.kind == "speech" and close < m.start <= close + SPEECH_TAG_REACH
               for m in s.markers)


def anaphoric(s, ctx, trig) -> bool:
    """"uji coba itu", "this attack": a reference to an event already told, not a new one."""
    if trig.form != "nouns":
        return False
    after = s.folded[trig_end(trig):trig_end(trig) + 15].split()
    before = s.folded[max(s.start, trig.start - 15):trig.start].split()
    return (bool(after) and after[0].strip(",.") in ctx.words.get("anaphor_after", ())) or \
        (bool(before) and before[-1] in ctx.words.get("anaphor_before", ()))


def appealed_act(s, ctx, trig) -> bool:
    """"mendesak militer Myanmar membebaskan ...", "urged Russia release": a verb right after
    an appeal's addressee is what the appeal asks for, not an act; so is a noun its verb
    carries there ("mendesak Jerman mengirim lebih banyak senjata")."""
    start = trig.start
    if trig.form == "nouns":
        start = support_verb(s, ctx, trig, s.start)
        if start is None:
            return False
    for t in reversed(s.triggers):
        if t.end > start:
            continue
        if joined_by_and(s, ctx, t, trig) and t.form != "nouns":
            return appealed_act(s, ctx, t)  # "... menarik pasukannya dan menghentikan dukungannya"
        if ctx.event_type_of(t.key) != "appeal":
            return False
        gap = list(s.folded[t.end:start])
        covered = False
        for a in s.actors:
            if t.end <= a.start and a.end <= start:
                gap[a.start - t.end:a.end - t.end] = " " * (a.end - a.start)
                covered = True
        rest = [w for w in "".join(gap).split() if w not in ctx.words.get("determiner", ())]
        # "mendesak dunia menjatuhkan sanksi": an addressee that is no party (but "called on
        # the world to press the UAE" presses the UAE through others: an appeal of its own);
        # "menuntut kedua negara pemohon itu mencabut": the pair told before
        return (covered and not rest) or (" ".join(rest) in ctx.words.get("addressee", ()) and
                                          ctx.event_type_of(trig.key) != "appeal") or \
            _told_pair(ctx, rest)
    return False


def _told_pair(ctx, words) -> bool:
    """Whether the words name parties told before ("the two Nordic states", "kedua negara
    pemohon itu"), a demonstrative after them aside."""
    phrase = " ".join(w.strip(",") for w in words)
    for end in ctx.words.get("anaphor_after", ()):
        phrase = phrase.removesuffix(f" {end}")
    told = set(ctx.words.get("both_parties", ())) | set(ctx.words.get("group_anaphor", ()))
    return phrase in told


def called_for_after(s, ctx, trig) -> bool:
    """"a boycott of French goods has been called for", "aksi boikot ... telah diserukan": a
    noun that a passive appeal asks for is no act."""
    if trig.form != "nouns":
        return False
    aux = ctx.words.get("passive_aux", ())
    for t in s.triggers:
        if t.start < trig.end or ctx.event_type_of(t.key) != "appeal":
            continue
        gap = s.folded[trig.end:t.start].split()
        return len(gap) <= CALLED_FOR_REACH and \
            (t.form == "passive" or any(w in aux for w in gap))
    return False


def joined_by_and(s, ctx, earlier, later) -> bool:
    """Whether only a coordination word (and what the earlier verb governs) joins two verbs;
    an adverb may stand after it ("and also warned")."""
    adverbs = ctx.words.get("adverb", ())
    words = [w for w in s.folded[trig_end(earlier):later.start].split() if w not in adverbs]
    return bool(words) and words[-1].strip(",") in ctx.words.get("coordination", ()) and \
        s.words_between(trig_end(earlier), later.start) <= SCOPE_WORDS + 4


def directive_content(s, ctx, trig) -> bool:
    """"demanding that Russia withdraw": what is demanded has not happened; "tuduhan bahwa
    Moskow memasok senjata": what is alleged is not told as fact."""
    for m in s.markers:
        if m.kind == "complement" and m.end <= trig.start and \
                s.words_between(m.end, trig.start) <= 5:
            # (not across a speech tag: '"We urge Peru to act," she said, recalling that she
            # had signed': the complement is the tag's)
            if _statement_before(s, ctx, m.start):
                continue  # "criticised an ASEAN statement that condemned": the statement's act
            head = [t for t in s.triggers if t.end <= m.start
                    and s.words_between(t.end, m.start) <= DIRECTIVE_REACH
                    and not marker_between(s, t.end, m.start, ("speech",))]
            if any(ctx.event_type_of(t.key) in ("appeal", "threaten", "condemn") for t in head):
                return True
    return False


def content_of_trigger(s, ctx, trig, left) -> bool:
    """"menawarkan bantuan", "offered aid": a noun carried by a verb that is itself an event is
    that event's content (the offer), not a second event; so is what an appeal asks for
    ("mendorong gencatan senjata", "called for a ceasefire") or what a mediator brokers
    ("mediating a ceasefire between")."""
    if trig.form != "nouns":
        return False
    if any(t is not trig and (ctx.event_type_of(t.key) == "appeal" or t.key.startswith(MEDIATE))
           and t.end <= trig.start and (s.words_between(t.end, trig.start) <= APPEAL_CONTENT_REACH
                                        or _listed_after(s, t, trig))
           for t in s.triggers):
        return True
    support = support_verb(s, ctx, trig, left)
    return support is not None and not _on_an_occasion(s, ctx, trig) and \
        any(t.form != "nouns" and t.start <= support < t.end for t in s.triggers)


def _listed_after(s, t, trig) -> bool:
    """"calling for humanitarian pauses in Gaza and the unconditional release of all hostages":
    a noun that goes on the list an appeal asks for, with no clause or other event between."""
    joined = max(t.end, trig.start - LIST_JOIN_CHARS)
    return s.words_between(t.end, trig.start) <= APPEAL_LIST_REACH and \
        marker_between(s, joined, trig.start, ("coordination",)) and \
        not marker_between(s, t.end, trig.start, ("clause_break", "relative", "speech")) and \
        not any(t.end <= x.start < trig.start for x in s.triggers if x is not trig)


def _on_an_occasion(s, ctx, trig) -> bool:
    """"menyerahkan keris ... dalam kunjungan kenegaraannya": a noun after an occasion word is
    when the act took place, not what the act handed over."""
    before = last_words(s.folded, s.start, trig.start, 1)
    return bool(before) and before[-1] in ctx.words.get("occasion", ())


def released_aid(s, ctx, trig, left) -> bool:
    """"before developmental assistance to the region is released", "dana bantuan dicairkan":
    aid that is released is aid delivered, not people or property given back (084)."""
    if not trig.key.startswith(RELEASE) or not is_passive(s, ctx, trig, left):
        return False
    subject = next((t for t in reversed(s.triggers) if t.end <= trig.start), None)
    return subject is not None and subject.form == "nouns" and left <= subject.start and \
        ctx.event_type_of(subject.key) == "aid" and \
        s.words_between(subject.end, trig.start) <= RELEASED_SUBJECT_REACH


def receiving_noun(s, ctx, trig) -> bool:
    """"received weapons from", "received assurances from": the noun is the event, "received"
    only its frame (it is a visit only with people after it: "received ministers")."""
    if trig.form == "nouns" or not trigger_in(s, ctx, trig, "receive"):
        return False
    return any(t.form == "nouns" and t.start >= trig.end and s.words_between(trig.end, t.start) <= 2
               for t in s.triggers)


def rejected_or_alleged(s, ctx, trig, left) -> bool:
    """"rejected a US offer to host a summit", "suspended talks with Japan": what is rejected
    or stopped did not happen; "menuduh Ukraina menyerang", "accused Rwanda of making": what is
    alleged is not told as fact."""
    for t in s.triggers:
        if _alleged_by_noun(s, ctx, t, trig):
            return True  # "ditangkap atas tuduhan membunuh", "on charges of killing"
        if t.form != "nouns" and left <= t.start and t.end <= trig.start and \
                (ctx.event_type_of(t.key) == "reject"
                 or t.key.startswith((ACCUSE, *STOPPING))) and \
                s.words_between(t.end, trig.start) <= REJECTED_REACH and \
                (not marker_between(s, t.end, trig.start, ("coordination",))
                 or _listed_gerund(s, ctx, trig) or _governed_by_gerund(s, ctx, t.end, trig)) and \
                not _verb_after_comma(s, t.end, trig):
            return True
    return False


def _alleged_by_noun(s, ctx, t, trig) -> bool:
    """Whether an accusation noun stands right before the verb, with at most a preposition
    between ("atas tuduhan membunuh", "on charges of killing"; not "rejected the accusations
    and threatened")."""
    if t.form != "nouns" or not t.key.startswith(ACCUSE) or trig.form != "verbs" or \
            not t.end <= trig.start:
        return False
    gap = s.folded[t.end:trig.start].split()
    return len(gap) <= ALLEGED_NOUN_REACH and \
        all(w in ctx.words.get("preposition", ()) for w in gap)


def _listed_gerund(s, ctx, trig) -> bool:
    """"accused the vessel of ignoring warnings and deliberately ramming": a gerund after "and"
    goes on listing what is alleged; a finite verb there ("and rammed") is the main clause's."""
    return trig.form == "verbs" and ends_as(ctx, "gerund", s.folded[trig.start:trig.end].split()[0])


def _governed_by_gerund(s, ctx, start, trig) -> bool:
    """"accused Rwanda of sending troops and weapons": a noun that a gerund after a preposition
    governs, past "and", is still what is alleged."""
    words = s.folded[start:trig.start].split()
    preps = ctx.words.get("preposition", ())
    return trig.form == "nouns" and any(words[i - 1] in preps and ends_as(ctx, "gerund", w)
                                        for i, w in enumerate(words) if i > 0)


def _verb_after_comma(s, pos, trig) -> bool:
    """"ruled out sending troops, hailed the arrival": a verb right after a comma is the main
    clause's again, not the refused or alleged content."""
    gap = s.text[pos:trig.start]
    return trig.form == "verbs" and "," in gap and not gap[gap.rindex(",") + 1:].strip()


def purpose(s, ctx, trig, left) -> bool:
    """"untuk mendukung", "to support", "yang melarang": an infinitive is the content of another
    event and a relative clause describes something; neither is a new event. An infinitive
    reaches over a list ("untuk menghentikan ... serta membuka") until a new party appears;
    what a state orders its own envoy or forces to do is its act."""
    pos = trig.start
    if ordered_to_own(s, ctx, trig):
        return False
    if trig.form == "nouns":
        support = support_verb(s, ctx, trig, left)
        if support is None:
            return False
        words = [w for w in s.folded[max(s.start, support - 30):support].split()
                 if w not in ctx.words.get("adverb", ())]
        # "promised to continue military aid": the aid is the promise's content; but
        # "continued to send arms" is the act itself, and "is ready to contribute troops" a
        # stated intention that the intent rule reads.
        stated = ctx.words.get("intent", frozenset()) | ctx.words.get("modal", frozenset())
        return bool(words) and words[-1] in ctx.words.get("purpose", ()) and \
            not (len(words) > 1 and (words[-2] in ctx.words.get("aspect", ())
                                     or " ".join(words[-2:]) in stated))
    before = [w.strip(QUOTES) for w in s.folded[max(s.start, pos - 30):pos].split()]
    if before and before[-1] in ctx.words.get("relative", ()) and \
            _statement_before(s, ctx, s.folded.rfind(" ", s.start, pos - 1)):
        return False  # "a statement that condemned", "pernyataan yang mendesak": its act
    if _decided_measure(ctx, trig, before):
        return False  # "decided to suspend Mali's membership": the measure is taken
    if before and before[-1] in ctx.words.get("purpose", ()) and \
            ctx.event_type_of(trig.key) in WORDED and _put_to_use(s, ctx, pos):
        return False  # "used his address to criticise Japan": the act itself
    if before and before[-1] in ctx.words.get("relative", ()) and copula_head(s, ctx, trig):
        return False  # "Bahrain was the first country that expelled": what Bahrain did
    if ctx.event_type_of(trig.key) == "attack" and strike_relative_subject(s, ctx, trig):
        return False  # "an air strike that killed three soldiers": what the strike did
    if trigger_in(s, ctx, trig, "projectile"):
        return False  # "a rocket fired from Lebanon landed in": the trigger opens with its noun
    if before and (before[-1] in ctx.words.get("determiner", ()) or before[-1].endswith("'s")):
        return True  # "the occupied West Bank", "Jordan's visiting King": adjectives
    if before and before[-1] in ctx.words.get("preposition", ()) and \
            not means_of_response(ctx, s.folded[max(s.start, pos - MEANS_CHARS):pos].split()):
        # "bans on travel to Canada": a noun, not a verb (but "responded by expelling four
        # diplomats": the means is the act)
        return True
    if len(before) > 1 and before[-1] in ctx.words.get("purpose", ()) and \
            before[-2] in ctx.words.get("aspect", ()):
        return False  # "continued to fire": the act itself
    before = [w for w in before if w not in ctx.words.get("adverb", ())]
    bare = [w for w in before if w not in ctx.words.get("passive_aux", ())]
    if bare and bare[-1] in ctx.words.get("relative", ()):
        # "yang melarang", "that was captured by": a relative clause describes something; but
        # after a party ("tim polisi Turki yang menyelidiki") it tells what that party does,
        # and a seizure or strike with its doer named ("kapal tanker mereka yang ditangkap
        # Inggris") is that doer's act.
        return not (_party_before(s, pos, reach=_relative_reach(ctx)) or
                    _state_noun_head(s, ctx, bare[-1], pos) or
                    _verbs_object_before(s, ctx, pos) or
                    _act_of_party(s, ctx, pos) or _set_off_party(s, ctx, pos) or
                    _forceful_act_by(s, ctx, trig) or _ranked(s, ctx, pos) or
                    _signing_described(s, ctx, trig, pos) or _mediated_by(s, ctx, trig) or
                    apposed_act_comma(s, ctx, trig) is not None)
    if bare and bare[-1] in ctx.words.get("coordination", ()) and \
            _in_relative_of_a_thing(s, ctx, left, pos):
        return True  # "rancangan resolusi yang disusun Inggris dan menyerukan ...": the draft's
    if talks_held_for(s, ctx, trig) is not None:
        return False
    if _serial_after_pledge(s, ctx, trig):
        return True  # "Jepang setuju menghibahkan kapal": what was agreed, not yet done
    finite = ctx.words.get("finite_aux", ())
    if before and (before[-1] in finite or " ".join(before[-2:]) in finite):
        return False  # "China's request to send ships ... was rejected": a finite verb
    for m in s.markers:
        if m.kind != "purpose" or not left <= m.start < m.end <= pos or _numeral_next(s, m.end):
            continue
        if _ranked(s, ctx, m.start):
            continue  # "the first Asian leader to visit Kyiv": a record of what was done
        if _caused_to(s, ctx, m.start):
            continue  # "prompting Iraq to recall its ambassador": what was caused was done
        listing = bool(before) and before[-1] in ctx.words.get("coordination", ())
        if "," in s.text[m.end:pos] and not listing:
            continue  # ", accusing Moscow": a comma closes the infinitive, unless a list goes on
        if listing and ends_as(ctx, "participle", s.folded[trig.start:trig.end].split()[0]):
            continue  # "summoned ... to complain about ... and urged Moscow": a finite verb
        between = [a for a in s.actors if a.country and m.end <= a.start < pos]
        near = not between and s.words_between(m.end, pos) <= PURPOSE_REACH
        # A list goes on past parties whose state is only guessed ("untuk menghentikan serangan
        # terhadap warga sipil ..., serta membuka akses"); a named party starts a new clause.
        listed = bool(before) and before[-1] in ctx.words.get("coordination", ()) and \
            all(a.kind == "home" for a in between)
        if near or listed:
            return True
    return False


def _put_to_use(s, ctx, pos) -> bool:
    """"Moon used his Liberation Day address to criticise", "memanfaatkan pidatonya untuk
    mengkritik": a party that used an occasion to say something said it; the verb of use follows
    the party itself ("drones used to attack" are no party's). (Material acts are left out:
    "police used tear gas to disperse" tells its act with its own trigger.)"""
    use = next((m for m in reversed(s.markers) if m.kind == "used_for" and m.end <= pos
                and s.words_between(m.end, pos) <= USE_REACH), None)
    return use is not None and \
        any(a.country and a.end <= use.start and s.words_between(a.end, use.start) == 0
            for a in s.actors)


def _state_noun_head(s, ctx, relative: str, pos) -> bool:
    """"di Ukraina, negara yang diserbu Rusia": the clause tells what befell the party."""
    rel = s.folded.rfind(relative, s.start, pos)
    return any(a.country and a.end <= rel and apposed_state_noun(s, ctx, a.end, rel)
               for a in s.actors)


def _statement_before(s, ctx, rel) -> bool:
    """Whether a statement or stance stands right before the relative word at `rel`, past its
    owner ("pernyataan ASEAN yang mengutuk", "sikap Indonesia yang mengecam", "Indonesia's
    stance, which condemned", "an ASEAN statement that condemned"). (A resolution past its
    owner is left out: "resolusi Dewan Keamanan PBB yang melarang Pyongyang ..." tells what
    standing law forbids.)"""
    rel = _before_day(s, rel)  # ("a joint statement on Monday that condemned")
    owner = next((a for a in reversed(s.actors) if a.end <= rel
                  and not s.text[a.end:rel].strip(" ,")), None)
    stop = owner.start if owner is not None and ctx.head_initial else rel
    words = [w.strip(",") for w in s.folded[max(s.start, stop - 30):stop].split()]
    nouns = ctx.words.get("statement_noun", ())
    noun = next((" ".join(words[-n:]) for n in (2, 1) if " ".join(words[-n:]) in nouns), None)
    if noun is None:
        return False
    return stop == rel or noun not in ctx.words.get("voted_text", ())


def _before_day(s, pos) -> int:
    """Where a day told right before `pos` starts, with its "on"/"pada" ("on Monday", "pada
    Senin (13/5)"); `pos` when none is."""
    day = next((m for m in reversed(s.markers) if m.kind in DATE_WORDS and m.end <= pos), None)
    if day is None or s.text[day.end:pos].strip(" ,()/0123456789"):
        return pos
    lead = next((m for m in s.markers if m.kind == "target_mark" and m.end <= day.start
                 and not s.text[m.end:day.start].strip()), None)
    return lead.start if lead is not None else day.start


def _caused_to(s, ctx, pos) -> bool:
    """Whether a verb of causing and its party stand right before the infinitive word at `pos`
    ("prompting Iraq to", "forcing Kenya to")."""
    party = next((a for a in reversed(s.actors) if a.end <= pos and a.country), None)
    if party is None or s.words_between(party.end, pos) > 0:
        return False
    words = last_words(s.folded, s.start, party.start, 1)
    return bool(words) and words[-1] in ctx.words.get("causing", ())


def talks_held_for(s, ctx, trig) -> Draft | None:
    """The call or meeting of this sentence held "to" carry out `trig`, a verbal act ("phoned
    Abiy Ahmed to congratulate him", "menelepon Lavrov untuk menyampaikan protes"): what one
    says there is said, not only meant."""
    if ctx.event_type_of(trig.key) not in SAID_IN_TALKS:
        return None
    talks = next((d for d in _sentence_drafts_before(s, ctx, trig.start)
                  if ctx.event_type_of(d.code) in TALKS and d.sources), None)
    if talks is None or not any(m.kind == "purpose" and talks.trigger.start < m.start < trig.start
                                for m in s.markers):
        return None
    return talks


def _sentence_drafts_before(s, ctx, pos):
    """This sentence's drafts so far, nearest first (never a scan of the whole article)."""
    for d in reversed(ctx.previous):
        if d.trigger.start < s.start:
            return
        if d.trigger.start < pos:
            yield d


def _ranked(s, ctx, pos) -> bool:
    """"the first Asian leader to visit", "negara kedua ... yang mengirimkan": an ordinal just
    before the infinitive or relative clause makes it a record of what was done."""
    words = [w.strip(",") for w in s.folded[max(s.start, pos - 40):pos].split()[-4:]]
    return any(w in ctx.words.get("ordinal", ()) for w in words)


def _forceful_act_by(s, ctx, trig) -> bool:
    """"kapal tanker mereka yang ditangkap Inggris", "its tanker that was seized by Iran": a
    coercive or violent passive whose doer follows at once (with or without "by"/"oleh"),
    hung on a party with a state (not "semua sandera yang ditahan Hamas", whose state the
    sentence does not say)."""
    if ctx.event_type_of(trig.key) not in ("coerce", "attack") or trig.form == "nouns" or \
            not _party_before(s, trig.start, any_party=True, reach=HEAD_REACH):
        return False
    end = trig_end(trig)
    doer, by = _doer_after(s, ctx, trig)
    if doer is not None and doer.locative and ctx.event_type_of(trig.key) == "coerce":
        # "jurnalis Australia yang ditahan selama tiga pekan di Myanmar": held by that state
        return s.words_between(end, doer.start) <= PLACE_AFTER_PARTICIPLE
    return doer is not None and s.words_between(end, doer.start) <= by and \
        (trig.form == "passive" or by == 1)


def _mediated_by(s, ctx, trig) -> bool:
    """"lewat kesepakatan yang dimediasi Uni Emirat Arab": a relative clause naming who
    mediated tells the mediation."""
    if not trig.key.startswith(MEDIATE) or trig.form != "passive":
        return False
    doer, by = _doer_after(s, ctx, trig)
    return doer is not None and s.words_between(trig_end(trig), doer.start) <= by


def _doer_after(s, ctx, trig) -> tuple[Actor | None, int]:
    """The first party with a state after a passive trigger, and 1 when "by"/"oleh" opens the
    words after the trigger (else 0): how many words may stand before that doer."""
    end = trig_end(trig)
    words = s.folded[end:end + 12].split()
    by = 1 if words and words[0] in ctx.words.get("agent", ()) else 0
    return next((a for a in s.actors if a.start >= end and a.country), None), by


def _signing_described(s, ctx, trig, pos) -> bool:
    """"kesepakatan antara Indonesia dan Australia yang ditandatangani pada Kamis": a relative
    clause saying that an agreement between two states was signed tells the signing."""
    if ctx.event_type_of(trig.key) != "agree" or \
            not (trig.form == "passive" or is_passive(s, ctx, trig, s.start)):
        return False
    between = next((m for m in reversed(s.markers) if m.kind == "between" and m.end <= pos), None)
    if between is not None and s.words_between(between.end, pos) <= SIGNED_REACH and \
            len({a.country for a in s.actors if a.country and between.end <= a.start < pos}) >= 2:
        return True
    # ("perjanjian ... yang diteken Indonesia dan Australia tahun lalu", "a pact signed by
    # Indonesia and Australia": the signers right after the verb)
    end = trig_end(trig)
    signers = {a.country for a in s.actors if a.country and not a.locative and a.start >= end
               and s.words_between(end, a.start) <= SIGNED_REACH}
    return len(signers) >= 2


def _relative_reach(ctx) -> int:
    """Words from a party to the verb of a relative clause on it: the relative word and an
    auxiliary, and in a language that puts a thing's head noun after its owner the noun too
    ("a Chinese coast guard ship that had entered", not "kapal penjaga pantai China yang")."""
    return PARTY_RELATIVE_REACH + (0 if ctx.head_initial else 1)


def _party_before(s, pos, any_party=False, reach=PARTY_RELATIVE_REACH) -> bool:
    """Whether a person or titled body with a state stands right before the relative word (and
    an auxiliary) that precedes `pos`. A bare state or organisation there mostly modifies a
    thing ("resolusi Dewan Keamanan PBB yang melarang"), unless `any_party`."""
    return any(a.country and (any_party or a.role or a.name) and not a.locative and a.end <= pos
               and s.words_between(a.end, pos) <= reach for a in s.actors)


def _set_off_party(s, ctx, pos) -> bool:
    """"Qatar, yang menengahi perundingan", "Egypt, which brokered the truce": a relative clause
    set off by a comma right after a party tells what that party does."""
    rel = relative_word_before(s, ctx, pos)  # (past adverbs: "Israel, yang saat ini mengepung")
    if rel < 0:
        return False
    before = s.text[s.start:rel].rstrip()
    comma = s.start + len(before) - 1
    return before.endswith(",") and any(a.country and not a.locative and a.end == comma
                                        for a in s.actors)


def _act_of_party(s, ctx, pos) -> bool:
    """"tindakan berbahaya China yang menyemprotkan meriam air": a party and a noun for its act
    ("tindakan", "move") in the few words before the relative word; the clause tells that act."""
    words = last_words(s.folded, s.start, pos, ACT_NOUN_REACH)
    return any(w in ctx.words.get("act_noun", ()) for w in words) and \
        _party_before(s, pos, any_party=True, reach=ACT_NOUN_REACH)


def _verbs_object_before(s, ctx, pos) -> bool:
    """Whether the party right before the relative word is a verb's own object ("mengecam
    Amerika Serikat yang telah menyerang", "condemned the United States, which attacked"):
    then the clause tells what that party did. A state after a noun ("resolusi Dewan Keamanan
    yang melarang") only says whose thing it is."""
    at = bisect_right(s.actors, pos, key=lambda a: a.end) - 1
    party = s.actors[at] if at >= 0 else None
    if party is None or not party.country or party.locative or s.words_between(party.end, pos) > 2:
        return False
    upto = bisect_right(s.triggers, party.start, key=_start)
    before = s.triggers[max(0, upto - VERB_OBJECT_LOOKBACK):upto]
    determiners = ctx.words.get("determiner", ())
    return any(t.form != "nouns" and t.end <= party.start and
               all(w in determiners for w in s.folded[t.end:party.start].split()) for t in before)


def _in_relative_of_a_thing(s, ctx, left, pos) -> bool:
    """Whether `pos` follows "and" inside a relative clause on a thing, not a party ("a draft
    that Britain wrote and called for ..."): a relative word within a few words before, with no
    comma between, and a party of the relative clause's own before "and" (an adjective clause,
    "provokasi yang tidak rasional dan mengerahkan", hands back to the main verb)."""
    rels = [m for m in relative_openers(s, ctx, left, pos) if m.end <= pos]
    rel = rels[-1] if rels else None
    return rel is not None and "," not in s.text[rel.end:pos] and \
        s.words_between(rel.end, pos) <= RELATIVE_REACH and not _party_before(s, rel.start) \
        and any(a.country and rel.end <= a.start and a.end <= pos for a in s.actors)


def _decided_measure(ctx, trig, before) -> bool:
    """"agreed on Monday to suspend", "voted to impose", "sepakat menangguhkan" (a serial verb
    right after the decision): a sanction a party decides on."""
    if ctx.event_type_of(trig.key) != "sanction" or not before:
        return False
    if before[-1] in ctx.words.get("decide", ()):
        return True
    return before[-1] in ctx.words.get("purpose", ()) and \
        not ctx.words.get("decide", frozenset()).isdisjoint(before[-5:-1])


def _numeral_next(s, pos) -> bool:
    """"up to 100 ethnic Albanians", "hingga 4.000 tentara": a number after "to" is a quantity."""
    nxt = s.text[pos:pos + 12].split()
    return bool(nxt) and nxt[0][:1].isdigit()


def ordered_to_own(s, ctx, trig) -> bool:
    """"Thailand ordered its defence attache to issue a warning": `trig` is what a state orders
    its own envoy or forces to do (within a few words after the order's "to"), its own act."""
    purpose = next((m for m in reversed(s.markers) if m.kind == "purpose" and m.end <= trig.start
                    and s.words_between(m.end, trig.start) <= 3), None)
    return purpose is not None and own_agent_order_before(s, ctx, purpose.start)


def own_agent_order_before(s, ctx, pos) -> bool:
    """Whether an order verb and an owned object ("its", "-nya") stand in the words before
    `pos` ("ordered its troops", "memerintahkan atase pertahanannya")."""
    words = s.folded[max(s.start, pos - 60):pos].split()[-ORDER_REACH:]
    verbs = [i for i, w in enumerate(words) if w in ctx.words.get("order_verb", ())]
    if not verbs:
        return False
    if any(is_possessive(ctx, w) for w in words[verbs[-1] + 1:]):
        return True
    # "told police to expel France's ambassador": forces named with no state of their own
    return any(a.role in STATE_FORCES and a.country is None and a.end <= pos
               and s.words_between(a.end, pos) == 0 for a in s.actors)


def counted_participle(s, ctx, trig) -> bool:
    """"freed 10 jailed U.S. citizens", "two detained Americans": a participle after a number
    describes the people counted; it is neither an event nor a bound for the verb's object.
    After a figure ("2.5 billion pounds", "500 strikes") any verb form is a counted noun."""
    before = s.folded[max(s.start, trig.start - 12):trig.start].split()
    if not before or trig.form != "verbs" or _clause_follows(s, ctx, trig):
        return False
    if (FIGURE.fullmatch(before[-1]) and not _month_before(s, trig.start)) or \
            before[-1] in ctx.words.get("number_word", ()):
        return True
    word = s.folded[trig.start:trig.end].split()[0]
    # "the detained crew", "a blockade of \"sanctioned oil vessels\"": an attribute too
    glued_quote = s.text[trig.start - 1] in QUOTE_OPEN
    counted = before[-1] in ctx.words.get("quantity", ()) or \
        before[-1] in ctx.words.get("article", ())
    return (counted or glued_quote) and ends_as(ctx, "participle", word)


def _clause_follows(s, ctx, trig) -> bool:
    """"The three agreed to keep up", "the two said that": a verb takes an infinitive or a
    complement; a participle describing the counted people does not."""
    after = s.folded[trig_end(trig):trig_end(trig) + 12].split()[:1]
    words = ctx.words.get("purpose", frozenset()) | ctx.words.get("complement", frozenset())
    return bool(after) and after[0] in words


def _month_before(s, pos) -> bool:
    """"the October 7 attack": the figure is a day of a month, not a count."""
    return any(m.kind == "month" and s.words_between(m.end, pos) == 1 for m in s.markers
               if m.end <= pos)


def inquiry_topic(s, ctx, trig) -> bool:
    """"launched an inquiry into abuses in Sudan", "penyelidikan atas dugaan kejahatan perang":
    what an inquiry looks into is its subject matter, not an event the investigator did."""
    inquiry = [t for t in s.triggers if t.end <= trig.start
               and s.words_between(t.end, trig.start) <= 3
               and ctx.event_type_of(t.key) == "investigate"]
    if not inquiry:
        return False
    between = s.folded[trig_end(inquiry[-1]):trig.start].split()
    return any(w in ctx.words.get("inquiry_topic", ()) for w in between)


def backing_epithet(s, ctx, trig) -> bool:
    """"The Houthis, backed by Iran, fired ...", "rebels, who are backed by Iran,", "Pasukan AS,
    yang didukung Australia, menyerang": a passive of backing set off right after a party
    describes it, as "Iran-backed" does (C24); it tells no act of support."""
    party = next((a for a in reversed(s.actors) if a.end <= trig.start), None)
    return party is not None and backing_set_off(s, ctx, party.end, trig) and \
        is_passive(s, ctx, trig, s.start)


def joint_frame(s, ctx, trig) -> bool:
    """"Pesawat dari Inggris, AS, Belanda dan Yordania juga menjatuhkan muatan bantuan dalam
    operasi gabungan yang sama": a joint operation of three or more states named as the occasion
    of another act told before it frames that act; the participants are not paired (C35)."""
    if trig.form != "nouns" or ctx.event_type_of(trig.key) != "military_cooperation":
        return False
    # ("in the same joint operation": an article and an adjective may stand between)
    frames = ctx.words.get("occasion", frozenset()) | ctx.words.get("locative", frozenset())
    if frames.isdisjoint(last_words(s.folded, s.start, trig.start, FRAME_WORDS)):
        return False
    # ("in a joint operation with the Royal Jordanian Air Force", "kerja sama militer antara
    # Korut dan Rusia": an operation with sides of its own is told as cooperation; so is one of
    # two states, whose pair C35 does not split)
    if marker_right_after(s, trig_end(trig), "comitative") or \
            marker_right_after(s, trig_end(trig), "between") or \
            len({a.country for a in s.actors if a.end <= trig.start and a.country}) < 3:
        return False
    return any(t.end <= trig.start and ctx.event_type_of(t.key) != "military_cooperation"
               for t in s.triggers)


def hypothetical_subject(s, ctx, trig, left) -> bool:
    """"Perang terbuka antara Rusia dan NATO akan membawa dunia ...", "an open war between
    Russia and NATO would bring ...": an event noun that is the subject of a modal verb is
    what could happen, not what did."""
    if trig.form != "nouns" or support_verb(s, ctx, trig, left) is not None:
        return False
    if any(t.form != "nouns" and t.end <= trig.start and s.words_between(t.end, trig.start) <= 2
           and not marker_between(s, t.end, trig.start, ("complement",)) for t in s.triggers):
        return False  # "warned of a war that would ...": the verb's object
    # (the noun's clause ends at the next verb, a complement word or a comma: "told Zelensky in
    # a phone call that France would send ...")
    end = trig_end(trig)
    comma = s.folded.find(",", end, s.end)
    stop = min([t.start for t in s.triggers if t.start >= end and t.form != "nouns"]
               + [m.start for m in s.markers if m.kind == "complement" and m.start >= end]
               + [comma if comma >= 0 else s.end])
    modal = next((m for m in s.markers if m.kind == "modal" and end <= m.start < stop
                  and s.words_between(end, m.start) <= HYPOTHETICAL_REACH), None)
    # ("Serangan Israel akan terus berlanjut": what goes on is told as happening)
    return modal is not None and \
        not set(s.folded[modal.end:modal.end + 20].split()[:1]) & ctx.words.get("aspect", set())

