"""Actors in a sentence: countries, organisations, titled people and institutions.

Entity matches are joined into actor phrases ("Menteri Luar Negeri Korea Selatan (Korsel) Cho
Tae-yul", "Iran's foreign ministry spokesman Esmaeil Baghaei"); a title followed by capitalised
words names a person; people seen earlier in the article are found again by any part of
their name ("Blinken", "Cho"); a bare title ("Menlu") means the first person with that title.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, islice

from rapidfuzz import fuzz

from .codes import ORGANISATIONS
from .matcher import Match, load_people
from .text import fold, padded, spaced

PLACE_KINDS = ("countries", "demonyms", "capitals", "bodies", "groups", "territories", "org",
               "coalition")
BLOCK_KINDS = ("nonactor", "agency")
PERSON_ROLES = ("head_of_state", "head_of_government", "supreme_leader", "deputy",
                "foreign_minister", "defence_minister", "minister", "ambassador", "spokesperson",
                "secretary_general", "military_commander", "leader", "official", "judge")
# Offices one person holds for a state at a time: a bare title later in the story ("the
# minister") stands for the holder named without a name ("Japan's foreign minister"). Leaders,
# officials, spokespeople and commanders are many.
SINGLE_HOLDER_ROLES = ("head_of_state", "head_of_government", "supreme_leader", "foreign_minister",
                       "defence_minister", "minister", "ambassador", "secretary_general")
# A bare title and the offices it may stand for ("the minister" for a foreign minister).
NARROWER_ROLES = {"minister": ("foreign_minister", "defence_minister")}
NAME_PARTICLES = {"bin", "binti", "al", "el", "de", "van", "von", "der", "da", "dos", "la",
                  "le", "du", "ibn", "abu", "jr", "jr."}
# Institutions whose name may carry a portfolio before the state ("Kementerian Kesehatan
# Thailand", "Ministry of Unification"): their country still belongs to them.
INSTITUTIONS = ("government", "foreign_ministry", "defence_ministry", "military", "police",
                "coast_guard", "parliament", "court")
# A person name after a title has at most four words ("Mohammed bin Salman Al Saud" is five
# with the particle, which does not count); longer runs are headlines, not names.
MAX_NAME_WORDS = 4
# The Security Council, whose members speak as the Council (see _membership).
COUNCIL = "UNSC"
# "sides of the divided Mediterranean island of Cyprus" is seven words from the owning party;
# the PLOVER and dev sentences have none longer.
GENITIVE_REACH = 8
# Characters after a city that the name of a text fits in ("Communique", 10).
NAMED_TEXT_CHARS = 16
# Characters before a party that a "border with" phrase fits in (the longest, "di sepanjang
# perbatasannya dengan ", is 36).
BORDER_CHARS = 40
# Characters before a state read for a maker ("manufactured in", the longest, is 15).
MAKER_CHARS = 20
# A place name the lexicons lack has at most this many words ("Rio de Janeiro" is three).
NAMED_PLACE_WORDS = 4
# A name set off before its office: two to four capitalised words (a particle may stand
# between), a comma and at most an article ("Eylon Levy, an official ..."), at most this many
# characters before the office.
APPOSITION = re.compile(r"(?:^|(?<=[\s\"“(]))"
                        r"(?P<name>[A-Z][\w'’.-]+(?: (?:[a-z]{1,3} )?[A-Z][\w'’.-]+){1,3}),"
                        r"\s+(?:(?:a|an|the|sang)\s+)?$")
APPOSITION_REACH = 80
# A one-word name after a title is a known office holder's misspelt name when it is this long
# and this close to one word of exactly one holder's name ("Sugino" ~ "Sugiono": 92). 90 lets
# a letter be missing or extra in a name of six letters or more, but no letter be swapped in
# a short one ("Lavrow" ~ "Lavrov" is 83: left unknown).
MISSPELT_MIN_LETTERS = 5
MISSPELT_RATIO = 90
# A headline: at least this many words, nearly all capitalised (a sentence of names and titles
# has lower-case verbs and particles between them; the corpus's title-case headlines have
# none or one).
TITLE_MIN_WORDS = 5
TITLE_SHARE = 0.85
# Where an apposed name may begin: the sentence's start or right after these.
CLAUSE_OPENERS = ",;:\"“”("
# The two halves of a divided pair of states, by compass word (lexicon keys compass_north,
# compass_south): the half that word names, given either half mentioned in the story.
SPLIT_STATES = {"compass_north": {"PRK": "PRK", "KOR": "PRK"},
                "compass_south": {"PRK": "KOR", "KOR": "KOR", "SDN": "SSD", "SSD": "SSD"}}
# How many of the story's latest parties are searched for one half of a divided pair: a story
# of the two Koreas names one within its last few sentences; 200 is far more than any article
# of the corpus needs, and bounds the work on an unbroken 10 MB text.
COMPASS_LOOKBACK = 200
# How far back from a state its list's bracket may open: "(Brasil, Rusia, India, China, dan
# Afrika Selatan" is 44 characters; room for a list of ten members.
MEMBER_LIST_CHARS = 120
# Words the apposition may run on after its last party ("'s office"), before its closing comma.
APPOSITION_TAIL_WORDS = 3
# Words between a title and the institution it works at ("of West Europe Department at"): the
# longest such gap on the real-news tuning splits was five words.
WORKPLACE_GAP = 6
# Offices whose holder is a person a name may stand before.
APPOSED_ROLES = ("official", "spokesperson", "ambassador", "minister", "foreign_minister",
                 "defence_minister", "head_of_state", "head_of_government", "supreme_leader",
                 "deputy", "military_commander", "leader", "judge")
# An English possessive the tokenizer leaves on a name ("Duterte's").
POSSESSIVE_ENDINGS = ("'s", "’s")
# After an owner's "'s": one describing word and a place noun of up to three words ("own
# exclusive economic zone"), read from the characters that follow.
PLACE_NOUN_WORDS = 3
OWNED_PLACE_CHARS = 60


@dataclass(eq=False)
class Actor:
    start: int
    end: int
    country: str | None
    name: str | None = None
    role: str | None = None
    kind: str = "state"  # "state", "person", "institution", "crowd", "home" (state guessed),
    #                      "owned" (state of the party that owns it: "its aircraft"),
    #                      "border" (a place named by its state's demonym: "the Thai border")
    locative: bool = False  # after "di", "in": a venue
    oblique: str = ""  # the preposition kind before it ("source_from", ...): not a subject
    posting: str | None = None  # an envoy's host state ("ambassador to Bamako")


@dataclass
class PeopleIndex:
    """People met so far in one article: full name and each name part -> (name, country, role)."""

    by_part: dict = field(default_factory=dict)
    by_role: dict = field(default_factory=dict)
    ambiguous: set = field(default_factory=set)

    def add(self, name: str, country: str | None, role: str | None) -> None:
        if not country:
            return
        for part in {name, *(p for p in name.replace("-", " ").split() if _name_part(p))}:
            known = self.by_part.get(part)
            if known and known[1] != country:
                self.ambiguous.add(part)
            self.by_part.setdefault(part, (name, country, role))
        known = self.by_role.get(role)
        if role in PERSON_ROLES and (known is None or known[:2] == (None, country)):
            self.by_role[role] = (name, country, role)  # a name fills its office's blank

    def add_office(self, country: str, role: str) -> None:
        """"Japan's foreign minister", no name given: "the minister" later stands for them."""
        if role in SINGLE_HOLDER_ROLES:
            self.by_role.setdefault(role, (None, country, role))

    def lookup(self, words: str):
        return None if words in self.ambiguous else self.by_part.get(words)


def _name_part(word: str) -> bool:
    return len(word) >= 3 and word[0].isupper() and word.lower() not in NAME_PARTICLES


def find_actors(text: str, start: int, end: int, entities: list[Match], tokens,
                people: PeopleIndex, gazetteer: dict, lex_markers: dict,
                locatives: set[int], obliques: dict[int, str],
                opener_comma: int = -1) -> list[Actor]:
    """Actor phrases in text[start:end], left to right. `opener_comma` closes a phrase that
    opens the sentence (clauses.opening_comma): the state after it is no apposed place."""
    facilities = lex_markers.get("facility", ())
    # (most sentences hold no maker word: skip the per-entity test for them)
    sentence = text[start:end].lower()
    makers = any(w in sentence for w in lex_markers.get("maker", ()))
    bracketed = "(" in sentence
    atoms = [m for m in entities if start <= m.start < end and m.kind not in BLOCK_KINDS
             and not _inside_proper_name(text, start, m, facilities)
             and not _names_a_text(text, m, lex_markers)
             and not _ethnic(text, m, lex_markers)
             and not _demonym_before(text, m, lex_markers, "demonym_thing")
             and not _destination(text, m, lex_markers) and not _membership(text, m, lex_markers)
             and not (bracketed and _member_list(text, m, lex_markers))
             and not (makers and _made_in(text, m, lex_markers))]
    atoms = atoms + _known_names(text, start, end, atoms, tokens, people)
    era = tuple(lex_markers.get("era_suffix", ()))
    if era:
        width = max(map(len, era))
        atoms = [m for m in atoms if not text[m.end:m.end + width].lower().startswith(era)]
    atoms = sorted(atoms + _titled_names(text, end, atoms, tokens,
                                         lex_markers.get("office_unit", ())),
                   key=lambda m: m.start)
    atoms = sorted(atoms + _apposed_names(text, start, end, atoms, tokens, lex_markers),
                   key=lambda m: m.start)
    phrases = _chains(text, _national_bodies(text, atoms, lex_markers.get("national_body", ())),
                      lex_markers)
    out = []
    for phrase in phrases:
        a = _actor(text, phrase, people, gazetteer, lex_markers.get("posting", ()))
        if a is not None:
            opens_main = opener_comma >= 0 and text.rfind(",", start, a.start) == opener_comma
            before = _before_article(text, tokens, tokens.index_at(a.start) - 1,
                                     (*lex_markers.get("article", ()),
                                      *lex_markers.get("party_attribute", ()),
                                      *lex_markers.get("list_opener", ())))
            if before >= 0 and tokens.ends[before] <= start:
                before = -1  # "... di bagian timur. RD Kongo menuduh": the last sentence's word
            elif before > 0 and before - 1 in locatives and \
                    not text[tokens.ends[before]:a.start].strip() and \
                    text[tokens.starts[before]:tokens.ends[before]].lower() in \
                    lex_markers.get("owned_place", ()):
                before -= 1  # "di dekat perbatasan Suriah": the state's place is the venue
            # "in Israeli tank shelling": a demonym is no place, unless its state's settlements
            # follow ("in several Chinese cities"); "over Russia's invasion": the preposition
            # governs the noun the party owns
            settled = _demonym_before(text, phrase[-1], lex_markers, "demonym_settlement")
            a.locative = (before in locatives and (phrase[0].kind != "demonyms" or settled)
                          and not _resident(text, tokens, before, lex_markers)
                          and not (owns_next(text, a)
                                   and not _owns_a_place(text, a, lex_markers))) or \
                (_apposed_place(text, tokens, out, before, locatives, a) and not opens_main)
            if _demonym_before(text, phrase[-1], lex_markers, "demonym_place") or \
                    _bordered(text, a, lex_markers):
                a.kind, a.locative = "border", True
            a.oblique = obliques.get(before, "")
            if a.oblique == "genitive" and not _owned(out, a, tokens):
                a.oblique = ""  # "a group of Moroccan diplomats": the head of the phrase
            if a.oblique == "route" and (a.role or a.name):
                a.oblique = ""  # "melalui Menteri Luar Negerinya Antony Blinken": the agent
            if out and out[-1].locative and not opens_main and \
                    _joined_places(text, out, a, lex_markers):
                a.locative = True  # "in Singapore and Australia": both are venues
            out.append(a)
    return _workplaces(text, _apposition_states(text, out), lex_markers.get("workplace", ()))


def _national_bodies(text, atoms: list[Match], names) -> list[Match]:
    """"Russia's Security Council", "Dewan Keamanan Rusia": an organisation's short name right
    next to a state is that state's own body of the same name, a part of its government."""
    if not names:
        return atoms
    out = list(atoms)
    for i, m in enumerate(atoms):
        if m.kind != "org" or fold(text[m.start:m.end]) not in names:
            continue
        before = i > 0 and atoms[i - 1].kind in PLACE_KINDS and \
            _glued(text, atoms[i - 1].end, m.start)
        after = i + 1 < len(atoms) and atoms[i + 1].kind in PLACE_KINDS and \
            _glued(text, m.end, atoms[i + 1].start)
        if before or after:
            out[i] = Match(m.start, m.end, "role", "government")
    return out


def _closes_apposition(text, pos) -> bool:
    """A comma within a few words ("... prime minister's office, said")."""
    comma = text.find(",", pos, pos + APPOSITION_REACH)
    return comma >= 0 and len(text[pos:comma].split()) <= APPOSITION_TAIL_WORDS


def _apposition_states(text, actors: list[Actor]) -> list[Actor]:
    """"Eylon Levy, an official in the Israeli prime minister's office, said": a named person
    whose office states no country takes the state of the party inside the same apposition,
    which is part of that description, not a party of its own."""
    out = []
    for a in actors:
        last = out[-1] if out else None
        if last is not None and last.name and not last.country and a.country and \
                "," in text[last.start:last.end] and "," not in text[last.end:a.start] and \
                _closes_apposition(text, a.end):
            last.country, last.end = a.country, a.end
            continue
        out.append(a)
    return out


def _workplaces(text, actors: list[Actor], workplace) -> list[Actor]:
    """"The director general of West Europe Department at Iran's Foreign Ministry", "pejabat di
    Kementerian Luar Negeri Iran": a title with no state works at the state institution named
    right after it, which is no venue and no party of its own."""
    out = []
    for a in actors:
        last = out[-1] if out else None
        gap = text[last.end:a.start].lower().split() if last is not None else []
        if last is not None and not last.country and last.kind in ("institution", "person") and \
                a.country and a.kind == "institution" and gap and gap[-1] in workplace and \
                len(gap) <= WORKPLACE_GAP and "," not in text[last.end:a.start]:
            last.country, last.end = a.country, a.end
            continue
        out.append(a)
    return out


def compass_sides(text, start, end, actors: list[Actor], mentioned: list[Actor],
                  markers) -> list[Actor]:
    """"The South condemned the launch", "the North is entirely responsible": in a story of a
    divided pair of states (the two Koreas, the two Sudans), the capitalised compass word names
    the one that lies that way. Not before another capitalised word ("the South China Sea")."""
    low = text[start:end].lower()
    out = list(actors)
    for kind, sides in SPLIT_STATES.items():
        phrases = [p for p in markers.get(kind, ()) if p.lower() in low]
        if not phrases:
            continue
        # (the story's latest parties only: a scan of all of them per sentence is quadratic)
        seen = chain(reversed(actors), islice(reversed(mentioned), COMPASS_LOOKBACK))
        country = next((sides[a.country] for a in seen if a.country in sides), None)
        for phrase in phrases if country else ():
            at = low.find(phrase.lower())
            while at >= 0:
                a0, a1 = start + at, start + at + len(phrase)
                if _compass_word(text, a0, a1) and \
                        not any(x.start < a1 and a0 < x.end for x in out):
                    out.append(Actor(a0, a1, country, kind="state"))
                at = low.find(phrase.lower(), at + len(phrase))
    return sorted(out, key=lambda a: a.start)


def _compass_word(text, a0, a1) -> bool:
    """A capitalised last word, standing alone: not "in the north", not "the North Atlantic"."""
    last = text[a0:a1].split()[-1]
    after = text[a1:a1 + 30].split()
    nxt = after[0] if after else ""
    return last[:1].isupper() and not text[a1:a1 + 1].isalnum() and \
        not (a0 > 0 and text[a0 - 1].isalnum()) and not nxt[:1].isupper()


def _joined_places(text, out: list[Actor], b: Actor, markers) -> bool:
    """Whether `b` is one more place of a list with the venue before it ("in Singapore and
    Australia", "di Jakarta, Bandung, dan Surabaya"); a comma and "and" after a single place
    join a new clause ("... di dekat perbatasan Suriah, dan Ankara memanggil ...")."""
    a = out[-1]
    raw = text[a.end:b.start]
    gap = raw.strip(" ,").lower()
    if "," in raw and gap and not (len(out) >= 2 and text[out[-2].end:a.start].strip() == ","):
        return False
    return not (b.role or b.name) and (gap == "" or gap in markers.get("coordination", ()))


def _resident(text, tokens, i, markers) -> bool:
    """"companies in Iran", "otoritas di Sudan": after such a noun, "in"/"di" (token `i`) says
    whose they are, not where something happens."""
    return i > 0 and text[tokens.starts[i - 1]:tokens.ends[i - 1]].lower() in \
        markers.get("resident_party", ())


def _owns_a_place(text, a, lex_markers) -> bool:
    """Whether the noun the party owns is a place ("in Indonesia's exclusive economic zone", "in
    China's own waters"): then the owner is where it happened after all."""
    words = [w.strip(",.;:") for w in
             text[a.end:a.end + OWNED_PLACE_CHARS].lower().split()[1:PLACE_NOUN_WORDS + 2]]
    places = tuple(f"{p} " for p in lex_markers.get("owned_place", ()))
    return bool(places) and any(f"{' '.join(words[i:])} ".startswith(places) for i in (0, 1))


def owns_next(text, a) -> bool:
    """Whether the party owns the noun right after it: "Pakistan's decision", "Israel’s"."""
    return text.startswith(POSSESSIVE_ENDINGS, a.end)


def _before_article(text, tokens, i, articles) -> int:
    """The token before a party, past an article or an attribute ("in the Gaza Strip", "with
    the US", "with visiting Palestinian President Mahmoud Abbas")."""
    if i >= 0 and articles and text[tokens.starts[i]:tokens.ends[i]].lower() in articles:
        return i - 1
    return i


def _apposed_place(text, tokens, earlier: list[Actor], i, locatives, a: Actor) -> bool:
    """A state named after a place, behind a comma, is where things happen, not a party: the
    place is a known one ("di Washington, AS") or one the lexicons lack, itself after
    "di"/"in" ("di Rio de Janeiro, Brasil")."""
    if a.role or a.name or i < 0 or text[tokens.ends[i]:a.start].strip() != ",":
        return False
    if earlier and earlier[-1].end > tokens.starts[i]:
        # a found party before the comma: a place only if it is one ("perusahaan di Iran, Uni
        # Emirat Arab": Iran is no venue, so the UAE is listed, not apposed), and one in that
        # state ("mendarat di Tokyo, Korea Utara kembali menembakkan": a new clause's subject)
        return earlier[-1].locative and earlier[-1].country == a.country
    j = i
    while j >= 0 and i - j < NAMED_PLACE_WORDS and \
            _name_word(text[tokens.starts[j]:tokens.ends[j]]):
        j -= 1
    return j < i and j in locatives


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in NAME_PARTICLES or _particle_joined(word)


def _particle_joined(word: str) -> bool:
    """"al-Mahdi", "el-Sisi": a particle hyphened to a capitalised name is part of a name."""
    head, _, tail = word.partition("-")
    return head.lower() in NAME_PARTICLES and tail[:1].isupper()


def _owned(earlier: list[Actor], a: Actor, tokens) -> bool:
    """"the Turkish and Greek sides of the island of Cyprus": a party after "of" belongs to
    the party phrase just before it."""
    return bool(earlier) and tokens.between(earlier[-1].end, a.start) <= GENITIVE_REACH


def _demonym_before(text, m, markers, kind) -> bool:
    """Whether a demonym comes before a word of the list `kind`: "demonym_thing" ("the Russian
    language": it describes a thing), "demonym_place" ("the Thai border": a place of its state)."""
    if m.kind != "demonyms":
        return False
    after = spaced(text[m.end:m.end + 30].lower().split()[:3])
    if any(after.startswith((f" {w} ", f" {w},", f" {w}.")) for w in
           markers.get("demonym_force", ())):
        return False  # "Indian border guards": a force, not the border
    return any(after.startswith((f" {w} ", f" {w},", f" {w}.")) for w in markers.get(kind, ()))


def _bordered(text, a, markers) -> bool:
    """"a town on the border with Cameroon", "di perbatasan dengan Kamerun": the state a place
    borders, as "the Cameroonian border" is."""
    before = f" {text[max(0, a.start - BORDER_CHARS):a.start].lower().strip()}"
    return before.endswith(_as_last_words(tuple(markers.get("border_with", ()))))


def _member_list(text, m, markers) -> bool:
    """"KTT BRICS (Brasil, Rusia, India, China, dan Afrika Selatan)": the members a bracket
    lists after the acronym of a gathering's group gloss the acronym; they are no parties of
    the sentence (a summit is not met pair by pair). "the AUKUS (Australia, UK, US) pact" keeps
    its members."""
    opening = text.rfind("(", max(0, m.start - MEMBER_LIST_CHARS), m.start)
    if opening < 0 or ")" in text[opening:m.start]:
        return False
    closing = text.find(")", m.end)
    if closing < 0 or "," not in text[opening:closing]:
        return False
    before = text[max(0, opening - 40):opening].split()[-3:]
    if not before or not before[-1].isupper():
        return False
    after = text[closing + 1:closing + 40].split()[:2]
    gathering = set(markers.get("gathering", ()))
    return not gathering.isdisjoint(w.strip(",.;:()").lower() for w in before[:-1] + after)


def _membership(text, m, markers) -> bool:
    """"Lithuania, a NATO and European Union member", "anggota NATO", "NATO membership": an
    organisation named as what a state belongs to is no party of the sentence's act."""
    if m.kind != "org":
        return False
    after = text[m.end:m.end + 60].lower().replace(",", " , ").split()[:5]
    words = text[max(0, m.start - 50):m.start].lower().split()[-5:]
    nouns = markers.get("org_member_after", ())
    # "a NATO member", "a NATO and European Union member" (the noun follows the last listed
    # name); without the article "Security Council members condemned" is the Council acting
    counts = [i for i, w in enumerate(words) if w in markers.get("quantity", ())]
    counted = bool(counts) and counts[-1] >= len(words) - 4 and \
        not any("," in w for w in words[counts[-1]:])
    if counted and after and (after[0] in nouns or " ".join(after[:2]) in nouns):
        return True
    if counted and after and after[0] in markers.get("coordination", ()) and \
            any(w in nouns for w in after[1:5]) and "," not in after[1:4]:
        return True
    heads = markers.get("org_member_before", ())
    before = spaced(words[-3:])
    if m.key == COUNCIL and before.endswith(padded(markers.get("council_members", ()))):
        return False
    if before.endswith(padded(heads)):
        return True
    # "anggota NATO dan Uni Eropa": the second of the listed names
    listed = spaced(words[:-2])
    return len(words) > 2 and words[-1] in markers.get("coordination", ()) and \
        "," not in "".join(words[-3:]) and listed.endswith(padded(heads))


def opposed_parties(text: str, start: int, end: int, entities: list[Match], people: PeopleIndex,
                    gazetteer: dict, prefixes) -> list[Actor]:
    """"anti-French protests", "demonstrasi anti-Israel", "anti-Modi protests": the states that a
    prefix of opposition glues to a name, which `find_actors` leaves out as parties."""
    out = []
    for m in entities:
        if start <= m.start < end and m.start > 0 and text[m.start - 1] == "-" and \
                any(text[max(0, m.start - len(p)):m.start].lower() == p for p in prefixes):
            a = _actor(text, [m], people, gazetteer)
            if a is not None and a.country:
                out.append(a)
    return out


def _destination(text, m, markers) -> bool:
    """"a Gaza-bound boat", "Iran-backed rebels", "US-made missiles", "pro-Palestinian
    activists": a place glued to a word that makes it where something goes, who backs or made
    it, or what someone stands for, not a party."""
    # Both need a hyphen against the name: most entities are checked with two lookups.
    if text[m.end:m.end + 1] == "-":
        after = text[m.end:m.end + 12].lower()
        if any(after.startswith(w) for w in markers.get("destination_suffix", ())):
            return True
    if text[m.start - 1:m.start] == "-" and m.start > 0:
        before = text[max(0, m.start - 6):m.start].lower()
        return any(before.endswith(w) and _word_start(before, w)
                   for w in markers.get("stance_prefix", ()))
    return False


def _made_in(text, m, markers) -> bool:
    """"drones made in Iran", "drone buatan Iran": the state that made a thing, not a party."""
    makers = markers.get("maker", ())
    if not makers or m.kind not in ("countries", "demonyms", "capitals"):
        return False
    before = " " + text[max(0, m.start - MAKER_CHARS):m.start].lower().rstrip()
    return before.endswith(_spaced_before(tuple(makers)))


@functools.cache
def _spaced_before(words: tuple) -> tuple[str, ...]:
    return tuple(" " + w for w in words)


def _word_start(before: str, prefix: str) -> bool:
    """Whether the prefix begins a word ("pro-" in " pro-", not in "repro-")."""
    head = before[:len(before) - len(prefix)]
    return not head or not head[-1].isalpha()


def _ethnic(text, m, markers) -> bool:
    """"ethnic Albanians", "etnis Rohingya", "bahasa Inggris": a people or a language, not the
    state of that name; also the second of a pair ("bahasa Mandarin dan Inggris")."""
    if m.kind not in ("demonyms", "countries"):
        return False
    before = text[max(0, m.start - 12):m.start].lower().split()
    ethnic = markers.get("ethnic", ())
    if not before or before[-1] in ethnic:
        return bool(before)
    if before[-1] not in markers.get("coordination", ()):
        return False
    before = text[max(0, m.start - 40):m.start].lower().split()
    return len(before) >= 3 and before[-3] in ethnic


def _inside_proper_name(text, start, m, facilities) -> bool:
    """"Rumah Sakit Indonesia", "Bank Indonesia": a country after the name of a kind of place
    or firm (the lexicon's `facility` words) names that place, not the state. "Angkatan
    Pertahanan Australia" stays the state's."""
    if m.kind not in ("countries", "capitals", "territories") or not facilities:
        return False
    before = " " + " ".join(text[max(start, m.start - 40):m.start].lower().split()[-3:])
    return before.endswith(_as_last_words(tuple(facilities)))


def _names_a_text(text, m, markers) -> bool:
    """"the Jeddah Declaration", "the Minsk agreements": a city before the name of a text (the
    lexicon's `named_text` words, capitalised as written) names the text, not its state."""
    if m.kind not in ("capitals", "territories"):
        return False
    after = text[m.end:m.end + NAMED_TEXT_CHARS].split()[:1]
    return bool(after) and after[0].strip(",.;:'\"") in markers.get("named_text", ())


@functools.cache
def _as_last_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """Endings that match only whole words: " bank", not "bank" at the end of "tebank"."""
    return tuple(" " + w for w in words)


def _known_names(text, start, end, atoms, tokens, people: PeopleIndex) -> list[Match]:
    """Capitalised words that name a person already met in this article."""
    if not people.by_part:
        return []
    covered = set()
    for m in atoms:
        covered.update(range(m.start, m.end))
    # The tokens that start in [start, end).
    i, stop = bisect_left(tokens.starts, start), bisect_left(tokens.starts, end)
    out = []
    while i < stop:
        s = tokens.starts[i]
        if not text[s].isupper() or s in covered:
            i += 1
            continue
        hit = _longest_known(text, tokens, i, end, people)
        if hit:
            j, person, stop_at = hit
            out.append(Match(s, stop_at, "person", person[0]))
            i = j + 1
        else:
            i += 1
    return out


def _longest_known(text, tokens, i, end, people):
    for j in range(min(i + 2, len(tokens.starts) - 1), i - 1, -1):
        if tokens.ends[j] > end:
            continue
        words = text[tokens.starts[i]:tokens.ends[j]]
        # "Duterte's campaign": the tokenizer keeps the possessive on the name
        bare = words[:-2] if words.endswith(POSSESSIVE_ENDINGS) else words
        person = people.lookup(bare)
        if person:
            return j, person, tokens.starts[i] + len(bare)
    return None


def _titled_names(text, end, atoms, tokens, office_units=()) -> list[Match]:
    """An unknown capitalised name right after a title chain ("Menlu Jepang Yoko Kamikawa"),
    unless it names an office ("Kepala Biro Hubungan Masyarakat")."""
    out = []
    taken = {(m.start, m.end) for m in atoms}
    for k, m in enumerate(atoms):
        # Only a person's title names a person: "Kementerian Unifikasi" is a ministry's name.
        if m.kind != "role" or m.key not in PERSON_ROLES:
            continue
        if any(w.lower() in office_units for w in text[m.start:m.end].split()):
            continue  # "Partai Konservatif": a party's name, not a person's
        pos = _skip_attached(text, atoms, k)
        if any(a.start == pos for a in atoms if a.kind == "person"):
            continue
        name = _name_at(text, pos, end, tokens, atoms) or _apposed_after(text, pos, end, tokens,
                                                                           atoms)
        if name:
            name = _past_portfolio(text, name, end, tokens, atoms)
        if name and any(w.lower() in office_units for w in text[name[0]:name[1]].split()):
            continue
        if name and (name[0], name[1]) not in taken:
            known = _misspelt_holder(text[name[0]:name[1]], m.key)
            out.append(Match(name[0], name[1], "person", known) if known else
                       Match(name[0], name[1], "newname", text[name[0]:name[1]]))
            taken.add(name)
    return out


def _misspelt_holder(word: str, role: str) -> str | None:
    """"Menlu Sugino": one unknown word after a title that is, but for a letter, the surname
    of exactly one person of the gazetteer who held that office (Sugiono)."""
    if " " in word or len(word) < MISSPELT_MIN_LETTERS:
        return None
    folded = word.lower()
    hits = {name for token, name in _holder_tokens().get(role, ())
            if fuzz.ratio(folded, token) >= MISSPELT_RATIO}
    return hits.pop() if len(hits) == 1 else None


@functools.cache
def _holder_tokens() -> dict[str, tuple]:
    """Office -> (surname, person) for every gazetteer person who held it (the last word of
    the name: a first name alone says too little, "Nicolas" is not Sarkozy)."""
    table: dict[str, set] = {}
    for person in load_people():
        roles = {person.get("role")} | {o["role"] for o in person.get("offices", ())}
        surname = person["name"].lower().split()[-1]
        if len(surname) >= MISSPELT_MIN_LETTERS:
            for role in roles:
                table.setdefault(role, set()).add((surname, person["name"]))
    return {role: tuple(sorted(pairs)) for role, pairs in table.items()}


def _past_portfolio(text, name, end, tokens, atoms):
    """"Menteri Informasi Ethiopia Yamene Gebremeskel", "Kepala Bidang Politik Kedutaan Besar
    Meksiko Roberto Canseco": capitalised words between a bare title and the state or office
    glued after them are part of the office; the name follows, if any."""
    k = next((k for k, a in enumerate(atoms) if a.start > name[0] and a.kind != "person"
              and (a.kind in PLACE_KINDS or a.kind == "role") and _glued(text, name[1], a.start)),
             None)
    if k is None:
        return name
    return _name_at(text, _skip_attached(text, atoms, k), end, tokens, atoms)


def _apposed_after(text, pos, end, tokens, atoms):
    """"Juru Bicara Kemlu, Teuku Faizasyah, mengatakan": the name set off by commas right after
    its title."""
    rest = text[pos:pos + 3]
    if not rest.lstrip().startswith(","):
        return None
    name = _name_at(text, text.index(",", pos) + 1, end, tokens, atoms)
    if name is None or not text[name[1]:name[1] + 2].lstrip().startswith(","):
        return None
    return name


def _apposed_names(text, start, end, atoms, tokens, lex_markers) -> list[Match]:
    """An unknown name with its office set off by commas after it ("Mikhail Ulyanov, Russia's
    envoy to the IAEA, said"): the name of the person the office describes."""
    out, skip = [], None
    for k, m in enumerate(atoms):
        if m.kind not in PLACE_KINDS and not (m.kind == "role" and m.key in APPOSED_ROLES):
            continue
        if m.kind in PLACE_KINDS and not (k + 1 < len(atoms) and atoms[k + 1].kind == "role"
                                          and _glued(text, m.end, atoms[k + 1].start)):
            continue  # "Russia's envoy": a state only where a title follows it
        lead = APPOSITION.search(text, max(start, m.start - APPOSITION_REACH), m.start)
        if lead is None:
            continue
        words = lead.group("name").split()
        opener = text[start:lead.start("name")].rstrip()
        if opener and opener[-1] not in CLAUSE_OPENERS:
            continue  # "a Memorandum on Cessation of Hostilities, the ...": inside a phrase
        if skip is None:  # built for the few sentences that get this far
            # (and "Pada Selasa, Menteri Luar Negeri Sugiono": a phrase of time, no name)
            skip = {w.lower() for kind in ("preposition", "locative", "article", "determiner",
                                           "occasion", "target_mark")
                    for w in lex_markers.get(kind, ())}
        # ("Earlier on Wednesday, the ...": a lower-case word inside a name is a particle)
        if not 2 <= len(words) <= MAX_NAME_WORDS or words[0].lower() in skip or \
                any(w.islower() and w not in NAME_PARTICLES for w in words) or \
                any(a.start < m.start and a.end > lead.start("name") for a in atoms[:k]):
            continue
        if _title_case(text[start:end]):
            return []  # a headline: its first words are no name
        out.append(Match(lead.start("name"), lead.end("name"), "appname", lead.group("name")))
    return out


def _title_case(sentence: str) -> bool:
    """A headline ("Bawa Misi Perdamaian, Menlu RI Temui Raja Arab Saudi"): capitalised words
    before a comma there are its first words, not a name."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) >= TITLE_MIN_WORDS and \
        sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def _skip_attached(text, atoms, k) -> int:
    """Offset after a title and the places/titles glued to it."""
    pos = atoms[k].end
    for m in atoms[k + 1:]:
        if m.kind in ("person", "newname") or not _glued(text, pos, m.start):
            break
        pos = m.end
    return _skip_parenthesis(text, pos)


def _skip_parenthesis(text, pos) -> int:
    rest = text[pos:pos + 40]
    stripped = rest.lstrip()
    if stripped.startswith("("):
        close = stripped.find(")")
        if 0 < close < 35:
            return pos + (len(rest) - len(stripped)) + close + 1
    return pos


def _name_at(text, pos, end, tokens, atoms):
    while pos < end and text[pos].isalnum():
        pos += 1  # a clitic glued to the title ("Menteri Luar Negerinya Antony Blinken")
    i = tokens.index_at(pos)
    if i < 0 or tokens.starts[i] < pos:
        i += 1
    words = []
    while i < len(tokens.starts) and tokens.starts[i] < end and len(words) < MAX_NAME_WORDS + 1:
        s, e = tokens.starts[i], tokens.ends[i]
        gap = text[(tokens.ends[words[-1]] if words else pos):s]
        if gap.strip() not in ("", ".") or any(a.start <= s < a.end for a in atoms):
            break
        word = text[s:e]
        if not (word[0].isupper() or _particle_joined(word)
                or (words and word.lower() in NAME_PARTICLES)):
            break
        words.append(i)
        i += 1
    while words and text[tokens.starts[words[-1]]:tokens.ends[words[-1]]].lower() in NAME_PARTICLES:
        words.pop()
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    return tokens.starts[words[0]], tokens.ends[words[-1]]


def _glued(text, a_end, b_start) -> bool:
    """Two atoms belong to one phrase when only space, "'s" or a short parenthesis separate them."""
    while a_end < b_start and text[a_end].isalnum():
        a_end += 1  # a clitic on the first word ("Luar Negerinya")
    gap = text[a_end:b_start].strip()
    if gap in ("", "'s", "’s", "'", "’", ")"):
        return True
    return gap.startswith("(") and gap.endswith(")") and len(gap) <= 40


def _chains(text, atoms, markers) -> list[list[Match]]:
    if len(atoms) < 2:
        return [list(atoms)] if atoms else []  # most sentences: no pair to join, no word sets needed
    chains, current = [], []
    gaps = {kind: frozenset(markers.get(kind, ()))
            for kind in ("posting", "title_glue", "owner_of", "seated_in", "member_at", "clitic",
                         "possessive", "channel")}
    for m in atoms:
        if current and _joins(text, current, m, gaps):
            current.append(m)
        else:
            if current:
                chains.append(current)
            current = [m]
    if current:
        chains.append(current)
    return chains


def _joins(text, chain, m, gaps) -> bool:
    """Whether `m` belongs to the phrase `chain` builds; `gaps` holds the lexicon's words that
    may stand between them, by kind."""
    last = chain[-1]
    if m.kind == "newname" and text[last.end:m.start].strip() == ",":
        return True  # "Juru Bicara Kemlu, Teuku Faizasyah,": the title's holder
    if last.kind == "appname":
        return True  # the name's office, found after it by _apposed_names
    if text[last.end:m.start].strip() == "(" and text[m.end:m.end + 1] == ")":
        return True  # "Korea Selatan (Korsel)": the short form repeats the same party
    if last.kind == "person" and m.kind in PLACE_KINDS and \
            text[last.end:m.start].strip() in POSSESSIVE_ENDINGS:
        return False  # "Zelensky's White House meeting": the person's visit to another's seat
    if _glued(text, last.end, m.start):
        # Two states side by side are two actors ("Rusia Korea"), not one phrase; a body and a
        # state are the state's body ("Kemenlu Rusia").
        # "KBRI Kuala Lumpur", "KJRI Jeddah": a body and a capital or city are the body where
        # it sits.
        return not (last.kind in PLACE_KINDS and m.kind in PLACE_KINDS and not _has_role(chain)
                    and not (len(chain) == 1 and last.kind == "bodies"
                             and m.kind in ("countries", "capitals", "territories")))
    raw_gap = text[last.end:m.start].strip()
    if last.kind == "role" and m.kind in PLACE_KINDS and last.key in INSTITUTIONS and \
            _portfolio(raw_gap):
        return True  # "Kementerian Unifikasi Korsel": the ministry's portfolio in between
    gap = raw_gap.lower()
    if gap in gaps["seated_in"] and m.kind in ("countries", "capitals") and _has_role(chain) \
            and not _has_place(chain) and not _has_person(chain) and \
            not any(a.key == ARMED_GROUP for a in chain if a.kind == "role") and \
            not _owned_people(text, chain, gaps["possessive"]):
        # "A court in Guyana", "pengadilan di Jakarta": the institution's state; "gunmen in
        # Nigeria" are only where they struck; "its citizens in China" are its own, living there.
        return True
    if gap in gaps["member_at"] and m.kind == "org" and _has_role(chain) and \
            not _has_place(chain) and not _has_person(chain):
        return True  # "judges at the ICC", "pejabat di PBB": the organisation's own people
    if gap in gaps["title_glue"] and m.kind == "role" and last.kind == "role":
        return True  # "Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia"
    if gap.strip(", ") in gaps["channel"] and m.kind == "role" and m.key in INSTITUTIONS and \
            _has_role(chain) and _has_place(chain):
        return True  # "Pemerintah Jepang melalui Kementerian Luar Negeri": one body, its channel
    if gap in gaps["posting"] and m.kind in PLACE_KINDS and \
            any(a.kind == "role" and a.key == "ambassador" for a in chain):
        # "Duta Besar AS untuk PBB": the posting, not the actor's state ("fighter jets to Saudi
        # Arabia" are sent there, not Saudi jets)
        return True
    # "Menteri Luar Negeri dari Jepang", "troops from Indonesia", "ministers from the Georgian
    # government", "mitranya dari Rusia": the person's or body's state.
    return _past_clitic(text, last.end, gap, gaps["clitic"]) in gaps["owner_of"] and \
        m.kind in PLACE_KINDS and \
        (_has_person(chain) or _has_role(chain)) and not _has_place(chain)


def _owned_people(text: str, chain, possessive) -> bool:
    """"its citizens", "their nationals": people a possessive says are someone's own."""
    if not any(m.kind == "role" and m.key == "people" for m in chain):
        return False
    before = text[max(0, chain[0].start - 12):chain[0].start].split()
    return bool(before) and before[-1].lower() in possessive


def _past_clitic(text: str, end: int, gap: str, clitics) -> str:
    """The gap after one of the language's clitics glued to the title ("mitra|nya dari")."""
    head, _, rest = gap.partition(" ")
    glued = end < len(text) and text[end].isalpha()
    return rest if glued and head in clitics else gap


def _portfolio(gap: str) -> bool:
    words = gap.split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def _has_role(chain) -> bool:
    return any(m.kind == "role" for m in chain)


def _has_person(chain) -> bool:
    return any(m.kind in ("person", "newname", "appname") for m in chain)


def _has_place(chain) -> bool:
    return any(m.kind in PLACE_KINDS for m in chain)


def _actor(text, chain, people: PeopleIndex, gazetteer: dict, posting_words=()) -> Actor | None:
    place = _owner(text, [m for m in chain if m.kind in PLACE_KINDS])
    role = next((m.key for m in chain if m.kind == "role"), None)
    posted = _posting_only(text, chain, place, posting_words) if role == "ambassador" else None
    if posted:
        place = None  # "its ambassador to Spain": whose envoy is told elsewhere
    # A known person before an unknown name: "Abbas Araqchi", "Anthony Blinken" are the
    # gazetteer's Araghchi and Blinken, whatever the spelling of the first name.
    sender = next((m for m in chain if m.kind == "person"), None)
    person = _title_holder(chain, sender or next(
        (m for m in chain if m.kind in ("newname", "appname")), None))
    country = place.key if place else None
    name = None
    if person is not None:
        name, known_country, known_role = _person_facts(person, people, gazetteer)
        # ("Erdogan's spokesman Ibrahim Kalin": a holder the gazetteer lacks serves the
        # sender's state)
        country = country or known_country or (
            _person_facts(sender, people, gazetteer)[1] if sender not in (None, person) else None)
        role = role or known_role
        people.add(name, country, role)
    elif role in PERSON_ROLES and place:
        people.add_office(place.key, role)
    elif role in PERSON_ROLES and not place:
        # "the minister" after "Foreign Minister Retno Marsudi": a bare title names the
        # person met with that office, or with a narrower office of its kind
        earlier = people.by_role.get(role) or next(
            (people.by_role[r] for r in NARROWER_ROLES.get(role, ()) if r in people.by_role), None)
        if earlier:
            name, country, role = earlier
    start, end = chain[0].start, chain[-1].end
    kind = "person" if name else ("institution" if role else "state")
    if role == "people" and not country:
        kind = "crowd"
    if country is None and kind not in ("crowd",) and not name:
        return Actor(start, end, None, None, role, kind, posting=posted) if role else None
    return Actor(start, end, country, name, role, kind,
                 posting=posted or _posting(chain, country, role))


def _posting_only(text, chain, place, posting_words) -> str | None:
    """The state an envoy's phrase names only as its posting ("ambassador to Spain", "dubes
    untuk Spanyol"): not whose envoy it is."""
    title = next(m for m in chain if m.kind == "role")
    if place is None or place.start < title.end or \
            text[title.end:place.start].strip().lower() not in posting_words:
        return None
    return place.key


def _title_holder(chain, person):
    """The name that holds the phrase's first title. "utusan Presiden AS Donald Trump", "envoy
    of President X": the name holds the sender's office, not the envoy's (no name); "Trump
    envoy Steve Witkoff": a sender named before the title, its holder after it."""
    roles = [m for m in chain if m.kind == "role"]
    if person is None or not roles:
        return person
    if roles[0].key == "ambassador" and roles[0].end <= person.start and \
            any(r.key != "ambassador" and r.start < person.start for r in roles[1:]):
        return None
    if person.end <= roles[0].start:
        return next((m for m in chain if m.kind in ("person", "newname")
                     and m.start >= roles[0].end), person)
    return person


def _posting(chain, country, role) -> str | None:
    """"French ambassador to Bamako", "Duta Besar Prancis untuk Mali": the other state an
    envoy's phrase names after the title."""
    title = next((m.end for m in chain if m.kind == "role"), None)
    if role != "ambassador" or title is None:
        return None
    return next((m.key for m in chain if m.kind in PLACE_KINDS and m.start >= title
                 and m.key != country), None)


def _owner(text, places: list[Match]) -> Match | None:
    """The place that owns the phrase: the first, except that a body named with a state right
    after it belongs to that state ("Ketua DPR AS" is the US House, not Indonesia's DPR; "KBRI
    Kuala Lumpur" and "KJRI Johor Baru" are still Indonesia's, in a capital or a city)."""
    if not places:
        return None
    first = places[0]
    if first.kind == "bodies" and len(places) > 1 and \
            places[1].kind not in ("capitals", "territories") and \
            not text[first.end:places[1].start].strip():
        return places[1]
    return first


def _person_facts(m: Match, people: PeopleIndex, gazetteer: dict):
    if m.kind == "person":
        # the article's own title for them first ("Perdana Menteri Belanda Mark Rutte ...
        # Rutte"), then the gazetteer's party
        known = people.lookup(m.key) or gazetteer.get(m.key)
        if known:
            return m.key, known[1], known[2]
        return m.key, None, None
    known = people.lookup(m.key)
    return (known if known else (m.key, None, None))


# "the bloc", "aliansi tersebut": the organisation a story named last (see home_countries).
BLOC = "bloc"
# Parties that belong to the state the sentence is about when the text names none of their
# own ("rebels", "police", "opposition groups"). Soldiers, diplomats and ministers act
# abroad too often for that guess.
HOME_ROLES = ("people", "leader", "armed_group", "police", "government", "parliament", "court",
              "judge")
# Institutions that a definite bare title refers back to across sentences ("The ministry").
# Not forces ("the military", "the navy"): in a story of two states they as often belong to
# the other side.
STORY_ROLES = ("government", "foreign_ministry", "defence_ministry", "spokesperson")
PEOPLE = "people"
ARMED_GROUP = "armed_group"
NAMED_OFFICES = ("foreign_ministry", "defence_ministry", "spokesperson")
MINISTRIES = ("foreign_ministry", "defence_ministry")
CABINET_ROLES = ("head_of_government", "foreign_minister", "defence_minister", "minister",
                 "spokesperson")


def venue_home(text: str, start: int, fronted: int, actors: list[Actor], openers) -> None:
    """"In Beijing, the foreign ministry said ...", "Di Beijing, Kementerian Luar Negeri ...": a
    sentence opened by the place it was said in (one state, no party) gives a body of its main
    clause that names no state the place's state, as a dateline does."""
    words = text[start:fronted].split() if fronted > start else []
    if not words or words[0].lower() not in openers:
        return
    opening = [a for a in actors if a.end <= fronted and a.country]
    states = {a.country for a in opening}
    if len(states) != 1 or not all(a.locative for a in opening):
        return
    for a in actors:
        if a.start > fronted and a.country is None and not a.name and a.role in STORY_ROLES:
            a.country, a.kind = next(iter(states)), "home"


def home_countries(text: str, start: int, actors: list[Actor], possessive=(),
                   definite=(), story_state: str | None = None,
                   story_org: str | None = None, head_initial: bool = False,
                   earlier: list[Actor] = (), coordination=(),
                   press_home: str | None = None, home_bodies=()) -> None:
    """A state-less party takes its owner's state ("Israel said its aircraft struck"); an
    institution told as known ("The ministry accused ...", "kementerian itu") is the one the
    story is about: the state of the last one `earlier` named with the same word ("The
    Taliban's Foreign Ministry ... The ministry"), else `story_state`, the state the story's
    last sentence was about; so does a minister the gazetteer lacks, told by title and full
    name with no state; a bare ministry is `press_home`'s where the language's press names its
    own state's so ("Kementerian Luar Negeri"), and so is a bare body of `home_bodies`
    ("Pemerintah juga meminta Swedia ..."); else a party takes the only state the sentence
    names ("insurgents", "demonstrators"): most such sentences are domestic. With two states
    named and no owner, nothing is guessed."""
    _owned_titles(text, start, actors, possessive, head_initial)
    if story_org:
        for a in actors:
            # "the bloc", "aliansi tersebut": the organisation the story named last
            if a.country is None and a.role == BLOC and _definite(text, start, a, definite):
                a.country, a.kind = story_org, "home"
    if story_state:
        for a in actors:
            if a.country is None and a.role in STORY_ROLES and not a.name and \
                    _definite(text, start, a, definite):
                a.country, a.kind = _named_before(text, a, earlier) or story_state, "home"
            elif a.country is None and _full_name(a) and a.role in CABINET_ROLES and \
                    not _portfolio_goes_on(text, a, coordination):
                # "Defence Minister Yassin Ibrahim Yassin accused Abu Dhabi": a minister the
                # gazetteer lacks, told with no state, serves the state the story is about
                a.country, a.kind = story_state, "home"
    if press_home:
        for a in actors:
            if a.country is None and not a.name and \
                    (a.role in MINISTRIES or (text[a.start:a.end].lower() in home_bodies
                                              and not _foreign_government(
                                                  chain(earlier, (b for b in actors
                                                                  if b.end <= a.start)),
                                                  press_home))):
                # "Kementerian Luar Negeri memanggil ...": the press's own state's, unless the
                # story named this ministry with its state before (or the sentence did, as in
                # "Sekretaris Kabinet Jepang ..., juru bicara utama pemerintah")
                a.country, a.kind = _named_before(text, a, earlier) or press_home, "home"
    for a in actors:
        if a.country is None and a.role == PEOPLE and _definite(text, start, a, definite):
            # "ketujuh nelayan itu", "the fishermen": the people the story named before
            a.country = _people_before(text, a, earlier)
            a.kind = "home" if a.country else a.kind
    for a in actors:
        if a.country is None and a.role == ARMED_GROUP and _definite(text, start, a, definite):
            # "the militia", "milisi itu": the armed group the story named before
            a.country = next((e.country for e in reversed(earlier)
                              if e.country and e.role == ARMED_GROUP), None)
            a.kind = "home" if a.country else a.kind
    home = only_state(actors)
    if home is None:
        return
    for a in actors:
        # (a group told as known and not found before is none of the sentence's states:
        # "Milisi itu menyerang Israel")
        if a.country is None and _may_be_home(a) and not _named_modifier(text, start, a.start) \
                and not (a.role == ARMED_GROUP and _definite(text, start, a, definite)):
            a.country, a.kind = home, "home"


def _full_name(a: Actor) -> bool:
    """A given name and a surname, as a person the gazetteer lacks is introduced ("Amadou
    Saley"); one word after a title is as often a body ("Konferensi Tingkat Menteri OKI")."""
    return bool(a.name) and len(a.name.split()) >= 2 and not a.name.isupper()


def _portfolio_goes_on(text: str, a: Actor, coordination) -> bool:
    """"Menteri Kelautan dan Perikanan Edhy Prabowo": a capitalised word joined on by "dan"
    after the name says the "name" was the start of a portfolio."""
    words = text[a.end:a.end + 40].split()[:2]
    return len(words) == 2 and words[0].lower() in coordination and words[1][:1].isupper()


def _foreign_government(earlier: Iterable[Actor], home: str) -> bool:
    """Whether the story has named another state's government: then a bare "pemerintah" may
    be that one."""
    return any(e.role == "government" and e.country and e.country != home for e in earlier)


def _named_before(text: str, a: Actor, earlier: list[Actor]) -> str | None:
    """The state of the last ministry or spokesperson named earlier whose words hold this bare
    title's ("the ministry"). "The government" is left to the acting state: both states of a
    story have one."""
    title = text[a.start:a.end].lower()
    return next((e.country for e in reversed(earlier) if e.country and e.role in NAMED_OFFICES
                 and title in text[e.start:e.end].lower()), None)


def _people_before(text: str, a: Actor, earlier: list[Actor]) -> str | None:
    """The state of the last people named earlier with this party's head word ("tujuh nelayan
    asal Langkat, Sumatera Utara" for "nelayan itu")."""
    head = text[a.start:a.end].lower().split()[-1]
    return next((e.country for e in reversed(earlier) if e.country and e.role == PEOPLE
                 and head in text[e.start:e.end].lower().split()), None)


def _definite(text: str, start: int, a: Actor, definite) -> bool:
    """"the ministry", "kementerian itu", "kementerian tersebut": a definite bare title."""
    after = text[a.end:a.end + 12].split()
    return _word_before(text, start, a.start).lower() in definite or \
        bool(after) and after[0].strip(",.").lower() in definite


def posting_state(a: Actor) -> tuple[Actor, ...]:
    """The state an envoy is posted to, as a party of its own ("its ambassador to Niger"), if
    any."""
    return (Actor(a.start, a.end, a.posting, kind="state"),) if a.posting else ()


def only_state(actors: list[Actor]) -> str | None:
    """The one state (not organisation) the actors name, if exactly one."""
    states = {a.country for a in actors if a.country and a.country not in ORGANISATIONS}
    return states.pop() if len(states) == 1 else None


def _may_be_home(a: Actor) -> bool:
    """A crowd, group or institution with no name, or a titled person the gazetteer lacks."""
    return (a.role in HOME_ROLES and not a.name) or bool(a.name and a.role)


def _owned_titles(text, start, actors, possessive, head_initial=False) -> None:
    """"its aircraft", "warga negaranya", "kapal tanker mereka": a title whose owner is marked
    by a possessive word before it (after it, within its noun phrase, where heads come first),
    or by a possessive clitic on it, takes the state of the party before it."""
    for i, a in enumerate(actors):
        if a.country is None and a.role and not a.name and \
                (_word_before(text, start, a.start).lower() in possessive
                 or _own_clitic(text, a, possessive)
                 or head_initial and _owner_word_after(text, a, possessive)):
            owner = next((b for b in reversed(actors[:i]) if b.country), None)
            if owner is not None:
                a.country, a.kind = owner.country, "owned"


def _owner_word_after(text: str, a: Actor, possessive) -> bool:
    """"kapal tanker mereka": the possessive within the next two words, before any comma."""
    words = text[a.end:a.end + 30].split(",")[0].split()[:2]
    return any(w.lower() in possessive for w in words)


def _own_clitic(text: str, a: Actor, possessive) -> bool:
    """"warga negaranya": a possessive clitic ("-nya") glued to the phrase's last word."""
    return any(c.startswith("-") and text[a.end:a.end + len(c) - 1].lower() == c[1:]
               for c in possessive)


def _named_modifier(text: str, start: int, pos: int) -> bool:
    """"Muslim hackers", "al-Qaeda leaders": a name before the head says whose they are."""
    return any(c.isupper() for c in _word_before(text, start, pos))


def _word_before(text: str, start: int, pos: int) -> str:
    """The last word of text[start:pos], or ""."""
    words = text[start:pos].rsplit(None, 1)
    return words[-1] if words else ""
