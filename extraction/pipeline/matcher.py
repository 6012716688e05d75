"""Lexicon matching in one Aho-Corasick pass over the text, linear in its length.

Phrase tables per language: entities (places, organisations, titles, people), event
triggers (and the second parts of gapped ones), and function words (markers and date words),
all found in one pass over the text. Each table gets leftmost-longest, whole-word matches;
all-capital aliases of up to four letters, and aliases spelled with accents, must match as
written (the text is folded without accents, so that "Perú" finds "Peru", while "Malé" must
not find the word "male").
"""
from __future__ import annotations

import functools
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from ..lang import GAP, PLACE_SECTIONS, Lexicon, load_lexicon
from . import geo
from .text import ANY_ACCENTED, fold

# The people gazetteer: one TOML file per region of the world (README.md there says how).
PEOPLE_DIR = Path(__file__).parent.parent / "data" / "people"
# Marker lists the engine reads only as sets of words around a position, never as matches:
# finding them in the text would cost time for nothing ("itu" and "the" are very common).
SET_ONLY_KINDS = frozenset({"temporal_clause", "time_phrase", "sent_to", "troop_words",
                            "crew_words", "armed_words", "laid_on",
                            "definite", "first_person", "possessive", "topic_verb", "appeal_for",
                            "unknown_agent", "clash", "decide", "article", "manner", "adverbial",
                            "statement_noun", "occasion", "owner_of", "seated_in", "member_at",
                            "request_noun", "group_anaphor", "number_word", "posting",
                            "title_glue", "channel", "calm", "all_sides", "adverb_suffix",
                            "participle_suffix", "gerund_suffix", "them", "him", "upheaval",
                            "time_shift", "owned_place", "list_opener", "gap_closer", "after_word",
                            "their_officials",
                            "standing", "destination_suffix", "maker", "stance_prefix",
                            "against_prefix",
                            "inquiry_topic", "in_response", "deadline", "copula", "state_noun",
                            "deadline_filler", "exercise", "speech_participle",
                            "interception", "interceptable", "retaliation", "projectile",
                            "then_word", "act_reference", "receive_guest", "national_body",
                            "company", "sport_context", "addressee", "partner_join",
                            "patient_noun", "office_unit", "voted_text", "ordinal",
                            "demonym_force", "org_member_after", "org_member_before", "echo",
                            "speaker_clitic", "state_anaphor", "intrusion_space",
                            "order_verb", "claim_verb", "fronting", "workplace", "recall_passive",
                            "leave_verb", "reciprocal_object", "pledge_verb",
                            "compass_north", "compass_south", "feeling_noun", "discord_noun",
                            "condition_open",
                            "active_prefix"})
# Position of the gapped triggers' second parts among the scanner's tables.
TAILS_TABLE = 2
# The trigger key of a phrase that covers a trigger word but names no event.
NO_EVENT = ""
# A gapped trigger ("impose ... sanctions") allows this many words between its parts; six
# covers "ordered diplomats from Argentina, Chile and Peru to leave" (four missed it, and six
# changed nothing else on the gold sets) without reaching into the next clause.
GAP_WORDS = 6
# Words between a three-part trigger's second and third parts: "told the diplomatic staff of
# Argentina, Chile, Costa Rica, Peru, Panama, Uruguay and the Dominican Republic to leave"
# has twelve (a read set's longest list); two more for a longer name.
THIRD_PART_WORDS = 14


# Not frozen: a frozen dataclass's __init__ costs four times as much, and an article has
# hundreds of matches. Nothing assigns to a match; unsafe_hash keeps it hashable as before.
@dataclass(unsafe_hash=True, slots=True)
class Match:
    start: int
    end: int
    kind: str  # entity: place kinds, "org", "nonactor", "agency", "role", "person";
    #            trigger: "trigger"; marker: marker type or date word type
    key: str  # ISO3 / org code / role / person name / CAMEO code / marker value
    form: str = ""  # trigger form ("verbs", "nouns", "passive"); date number as text
    end2: int = -1  # gapped trigger: start of the second part ...
    start2: int = -1


class Phrases:
    """One table of phrases -> payloads (entities, triggers, ...), keyed by folded phrase."""

    def __init__(self):
        self.entries: dict[str, list] = {}

    def add(self, phrase: str, payload: tuple, exact_case: bool = False) -> None:
        key = fold(phrase.strip())
        if not key:
            return
        exact = phrase if exact_case or _is_short_caps(phrase) or ANY_ACCENTED.search(phrase) \
            else None
        self.entries.setdefault(key, []).append((exact, payload))

    def one_reading_per_code(self) -> "Phrases":
        """pycountry and the lexicon may both name a country: keep one reading per code, the
        lexicon's more specific kind (capital, demonym, ...) before a plain country name."""
        for key, entries in self.entries.items():
            seen, kept = set(), []
            for exact, payload in sorted(entries, key=lambda e: e[1][0] == "countries"):
                if (exact, payload[1]) not in seen:
                    seen.add((exact, payload[1]))
                    kept.append((exact, payload))
            self.entries[key] = kept
        return self


class Scanner:
    """Several phrase tables matched whole-word on folded text in one Aho-Corasick pass.

    The automaton costs about the same per character whatever its size, so one pass over the
    text for all tables is cheaper than one pass per table; a hit then goes to each table
    that holds the phrase.
    """

    def __init__(self, tables: list[Phrases], clitics=(), overlapping=()):
        self._tables = len(tables)
        # Tables whose every match is kept, overlapping ones included: the second parts of
        # gapped triggers only confirm a head, so one must not hide another.
        self._overlapping = frozenset(overlapping)
        self._clitics = tuple(clitics)
        self._clitic_heads = frozenset(c[:1] for c in self._clitics)
        readings: dict[str, list] = {}
        for n, table in enumerate(tables):
            for key, entries in table.entries.items():
                # Most phrases match in any case: keep their payloads ready, so that a hit on
                # them needs no per-reading test.
                anycase = tuple(p for _, p in entries) if all(e is None for e, _ in entries) \
                    else None
                readings.setdefault(key, []).append((n, anycase, tuple(entries)))
        self._auto = ahocorasick.Automaton()
        for key, found in readings.items():
            # A phrase of one table that matches in any case (most of them) keeps that table's
            # number and its payloads, and skips the per-table loop.
            only = found[0][0] if len(found) == 1 and found[0][1] is not None else None
            # Whether the phrase begins and ends with a letter or digit: only then can a hit
            # sit inside a longer word, so only then are its neighbours read.
            self._auto.add_word(key, (len(key), key[0].isalnum(), key[-1].isalnum(), only,
                                      found[0][1] if only is not None else tuple(found)))
        if readings:
            self._auto.make_automaton()
        self._empty = not readings

    def find(self, text: str, folded: str) -> list[list[tuple[int, int, tuple]]]:
        """Per table, all whole-word matches, leftmost-longest, as (start, end, payload)."""
        hits = [[] for _ in range(self._tables)]
        if self._empty:
            return hits
        size = len(folded)
        for last, (length, opens, closes, only, found) in self._auto.iter(folded):
            start, end = last - length + 1, last + 1
            # Whole words only; over half of the hits are short words inside longer ones.
            if opens and start and folded[start - 1].isalnum() and \
                    not _glued_to_figure(text, start):
                continue
            if closes and end < size and folded[end].isalnum() and \
                    not self._clitic_at(folded, end):
                continue
            if only is not None:
                hits[only].append((start, -end, found))
                continue
            for n, anycase, entries in found:
                payloads = anycase if anycase is not None else \
                    [p for exact, p in entries if exact is None or text[start:end] == exact]
                if payloads:
                    hits[n].append((start, -end, payloads))
        return [_all_matches(h) if n in self._overlapping else _leftmost_longest(h)
                for n, h in enumerate(hits)]

    def _clitic_at(self, folded: str, end: int) -> bool:
        """A word may carry a clitic ("negerinya" is "negeri" + "nya")."""
        if folded[end] not in self._clitic_heads:
            return False  # the common case, and always so in a language without clitics
        return any(folded.startswith(c, end) and not _alnum_at(folded, end + len(c))
                   for c in self._clitics)


def _glued_to_figure(text: str, start: int) -> bool:
    """"18 November 2013Indonesia": a page's date stamp run into a capitalised word."""
    return text[start - 1].isdigit() and text[start].isupper()


def _alnum_at(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def _is_short_caps(phrase: str) -> bool:
    letters = "".join(filter(str.isalpha, phrase))  # filter and map: a lexicon has thousands
    return 0 < len(letters) <= 4 and all(map(str.isupper, letters))


def _all_matches(hits: list) -> list:
    """(start, -end, payloads) hits -> every (start, end, payload), in text order."""
    hits.sort()
    return [(start, -neg_end, p) for start, neg_end, payloads in hits for p in payloads]


def _leftmost_longest(hits: list) -> list:
    """(start, -end, payloads) hits -> (start, end, payload) matches, leftmost-longest. A span
    is one phrase, so no two hits tie on (start, -end) and payloads are never compared."""
    hits.sort()
    out, reach = [], -1
    for start, neg_end, payloads in hits:
        if start >= reach:
            reach = -neg_end
            for p in payloads:  # every reading of the span
                out.append((start, reach, p))
    return out


@dataclass(frozen=True)
class Matchers:
    """One language's phrase tables (entities, trigger heads, gapped triggers' second parts,
    function words) in one scanner; `scan` gives each table's matches in that order."""

    scanner: Scanner
    # A word read as a verb, not a noun, after these words when it ends with a gerund suffix
    # and no genitive follows ("after meeting Blinken", not "after meeting of"): the lexicon's
    # temporal_clause, gerund_suffix and genitive lists.
    gerund_openers: frozenset = frozenset()
    gerund_suffixes: tuple = ()
    genitives: frozenset = frozenset()
    # One-word support verbs ("launching attacks", "mounted raids"): the word after one is a noun.
    carriers: frozenset = frozenset()
    # Prepositions that, as a gap's last word, own the second part after it ("a letter he sent
    # to soldiers": no "sent ... soldiers"): the lexicon's gap_closer list.
    gap_closers: frozenset = frozenset()

    def scan(self, text: str, folded: str) -> list[list[tuple[int, int, tuple]]]:
        return self.scanner.find(text, folded)


@functools.cache
def load_people() -> tuple[dict, ...]:
    """Every person of the gazetteer, the files read in name order so the order is stable."""
    people = []
    for path in sorted(PEOPLE_DIR.glob("*.toml")):
        with open(path, "rb") as fh:
            people.extend(tomllib.load(fh).get("person", []))
    return tuple(people)


@functools.cache
def load_matchers(lang: str) -> Matchers:
    """The scanner for one language, built once per process."""
    lex = load_lexicon(lang)
    return Matchers(Scanner([_entities(lex), *_triggers(lex), _markers(lex)], lex.clitics,
                            overlapping=(TAILS_TABLE,)),
                    frozenset(fold(w) for w in lex.markers.get("temporal_clause", ())),
                    tuple(lex.markers.get("gerund_suffix", ())),
                    frozenset(fold(w) for w in lex.markers.get("genitive", ())),
                    frozenset(fold(w) for w in lex.markers.get("support", ()) if " " not in w),
                    frozenset(fold(w) for w in lex.markers.get("gap_closer", ())))


def _title_phrase(name: str) -> bool:
    """Whether a name of several words is written with capitals ("Government of National
    Unity", not "houthi rebels")."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper()


def _entities(lex: Lexicon) -> Phrases:
    table = Phrases()
    for alias, code in geo.pycountry_names(lex.code).items():
        table.add(alias, ("countries", code))
    for section in PLACE_SECTIONS:
        for code, aliases in lex.places.get(section, {}).items():
            for alias in aliases:
                if section == "groups" and _title_phrase(alias):
                    # A group's name of capitalised words is a common phrase in lower case
                    # ("promised a government of national unity"): match it as written, or
                    # in a headline's capitals.
                    for form in {alias, alias.upper()}:
                        table.add(form, (section, code), exact_case=True)
                else:
                    table.add(alias, (section, code))
    for kind, by_codes in lex.shared_names.items():
        for codes, aliases in by_codes.items():
            for alias in aliases:
                table.add(alias, (kind, codes))  # resolved per article: geo.resolve_shared
    for code, names in lex.organisations.items():
        for name in names:
            table.add(name, ("org", code))
    for code, names in lex.coalitions.items():
        for name in names:
            table.add(name, ("coalition", code))
    for name in lex.non_actor_places:
        table.add(name, ("nonactor", name))
    for name in lex.news_agencies:
        # Agency names are proper nouns and some are words ("antara" = between): match them as
        # written, or in the capitals of datelines and credits ("(ANTARA)", "REUTERS/").
        for form in {name, name.upper()}:
            table.add(form, ("agency", name), exact_case=True)
    for role, titles in lex.roles.items():
        for title in titles:
            table.add(title, ("role", role))
    for person in load_people():
        for alias in _spellings(person):
            table.add(alias, ("person", person["name"]))
    return table.one_reading_per_code()


def _spellings(person: dict) -> set[str]:
    """A person's name and aliases, each also with its hyphens as spaces: news writes "El Sisi"
    for "el-Sisi" and "Kim Jong Un" for "Kim Jong-un"."""
    names = {person["name"], *person.get("aliases", ())}
    return names | {n.replace("-", " ") for n in names}


def _triggers(lex: Lexicon) -> tuple[Phrases, Phrases]:
    heads, tails = Phrases(), Phrases()
    entries = [(code, form, phrase) for code, forms in lex.triggers.items()
               for form, phrases in forms.items() for phrase in phrases]
    # A non-event phrase ("earthquake struck", "menduduki kursi") is read like a trigger, so
    # that leftmost-longest matching lets it cover the trigger word inside it; it is then
    # dropped (NO_EVENT).
    entries += [(NO_EVENT, "verbs", phrase) for phrase in lex.non_events]
    plain = {fold(phrase): (code, form) for code, form, phrase in entries if GAP not in phrase}
    gapped: dict[str, list] = {}
    for code, form, phrase in entries:
        # (a three-part trigger is no shorter reading: without its third part it says less)
        if phrase.count(GAP) == 1:
            head, tail = (p.strip() for p in phrase.split(GAP)[:2])
            gapped.setdefault(fold(head), []).append((code, form, fold(tail)))
    for code, form, phrase in entries:
        parts = [p.strip() for p in phrase.split(GAP)]
        # The second and third parts are kept folded, as the text they are compared with.
        tail = fold(parts[1]) if len(parts) > 1 else ""
        third = fold(parts[2]) if len(parts) > 2 else ""
        head = fold(parts[0])
        heads.add(parts[0], ("trigger", code, form, tail,
                             _fallback(head, plain) if tail else None,
                             _shorter_heads(head, gapped) if tail else (), third))
        for part in parts[1:3]:
            tails.add(part, ("tail", fold(part)))
    return heads, tails


def _shorter_heads(head: str, gapped: dict) -> tuple:
    """The gapped triggers whose head is a shorter start of this one ("closed" in "closed its
    ... airspace"), longest first, each (head length, code, form, second part): the scanner
    keeps only the longest head, so they are tried when this one's second part is missing."""
    words = head.split()
    return tuple((len(prefix), code, form, tail)
                 for n in range(len(words) - 1, 0, -1) if (prefix := " ".join(words[:n])) in gapped
                 for code, form, tail in gapped[prefix])


def _fallback(head: str, plain: dict) -> tuple | None:
    """The longest plain trigger a gapped head starts with ("struck" in "struck a ... deal"):
    read instead when the second part does not follow, since the longer head hid it."""
    words = head.split()
    for n in range(len(words) - 1, 0, -1):
        found = plain.get(" ".join(words[:n]))
        if found:
            return (len(" ".join(words[:n])), *found)
    return None


def _markers(lex: Lexicon) -> Phrases:
    words = Phrases()
    for kind, phrases in lex.markers.items():
        if kind in SET_ONLY_KINDS:
            continue
        for phrase in phrases:
            words.add(phrase, (kind, phrase))
    for kind, table in (("month", lex.months), ("weekday", lex.weekdays),
                        ("reldate", lex.relative_days), ("date_clause_offset", lex.clause_offsets)):
        for word, number in table.items():
            words.add(word, (kind, str(number)))
    for kind, phrases in lex.date_words.items():
        for phrase in phrases:
            words.add(phrase, ("date_" + kind, phrase))
    return words


def match_all(m: Matchers, text: str, folded: str, tokens) -> tuple[list[Match], ...]:
    """Entity, function-word and trigger matches, from one pass over the text, each list in
    text order (sorted by start)."""
    entities, heads, tails, markers = m.scan(text, folded)
    return _plain(entities), _plain(markers), _trigger_matches(m, text, heads, tails, tokens)


def match_markers(m: Matchers, text: str, folded: str) -> list[Match]:
    return _plain(m.scan(text, folded)[3])


def _plain(found) -> list[Match]:
    return [Match(s, e, p[0], p[1]) for s, e, p in found]


def _trigger_matches(matchers: Matchers, text: str, heads, tails, tokens) -> list[Match]:
    """Trigger matches; a gapped trigger counts only when its second part follows closely."""
    after = _SecondParts(matchers, text, tails, tokens)
    plain, gapped, fallbacks, shorter = [], {}, {}, {}
    for s, e, (_, code, form, tail, fallback, prefixes, third) in heads:
        if not tail:
            plain.append(Match(s, e, "trigger", code, form))
            continue
        hit = after.hit(e, tail)
        if hit and third and not after.third(hit[1], third):
            hit = None  # ("kept crossing the line" is no "kept ... crossings ... closed")
        if not hit and fallback:
            fallbacks[(s, e)] = Match(s, s + fallback[0], "trigger", fallback[1], fallback[2])
        if not hit and prefixes:
            shorter[(s, e)] = prefixes
        known = gapped.get((s, e))
        # Of two gapped readings, the one whose second part is nearer is the more specific
        # ("fired dozens of rockets at ...": "fired ... rockets", not "fired ... at"), and of
        # two starting at one word the longer ("sent ... tanks into": no transfer).
        if hit and (known is None or (hit[0], -hit[1]) < (known.start2, -known.end2)):
            gapped[(s, e)] = Match(s, e, "trigger", code, form, end2=hit[1], start2=hit[0])
    for (s, e), prefixes in shorter.items():
        reading = None if (s, e) in gapped else _shorter_reading(s, prefixes, after)
        if reading is not None:
            gapped[(reading.start, reading.end)] = reading
            fallbacks.pop((s, e), None)
    # "suspended Mali and imposed heavy sanctions": a second part that a nearer head in the gap
    # also reaches is that head's object; the outer reading goes (its head may keep the
    # shorter trigger it hid).
    spans = sorted(gapped)
    gapped = {span: m for span, m in gapped.items() if not _nested_head(m, gapped, spans)}
    # A head none of whose readings found its second part leaves the shorter trigger it hid.
    held = [m for span, m in fallbacks.items() if span not in gapped]
    if held:  # rare: keep the text order _one_reading needs
        plain = sorted(plain + held, key=lambda m: (m.start, m.end))
    # A head whose second part was found is the more specific reading of that span.
    # A word inside a gapped trigger's second part is that trigger's, unless it names the same
    # kind of act ("lodged a protest": not also a street protest; "discussed ... by phone"
    # keeps "by phone", which still counts if the verb turns out to be a relative clause's).
    tails_used = [(m.start2, m.end2, m.key[:2]) for m in gapped.values()]
    plain = [m for m in plain if (m.start, m.end) not in gapped
             and not any(a <= m.start and m.end <= b and k != m.key[:2] for a, b, k in tails_used)]
    found = _one_reading(matchers, text, plain) + list(gapped.values())
    return sorted((m for m in found if m.key != NO_EVENT), key=lambda m: m.start)


class _SecondParts:
    """The gapped triggers' second parts found in one text, read by where a head ends."""

    def __init__(self, matchers: Matchers, text: str, tails, tokens):
        self.closers, self.text, self.tails, self.tokens = matchers.gap_closers, text, tails, tokens
        self.starts = [t[0] for t in tails]
        # A head word may open many gapped triggers ("delivered ... tanks", "delivered ...
        # howitzers"): the second parts after one head are looked up once, not once per trigger.
        self.windows: dict[int, dict[str, tuple[int, int]]] = {}

    def hit(self, end: int, tail: str) -> tuple[int, int] | None:
        """The span of `tail` within reach after a head ending at `end`, or None; not when the
        gap ends in a preposition that owns it ("a letter he sent to soldiers")."""
        if end not in self.windows:
            self.windows[end] = _tails_after(self.tails, self.starts, end, self.tokens)
        hit = self.windows[end].get(tail)
        last = self.text[end:hit[0]].lower().split()[-1:] if hit else []
        return None if last and last[0] in self.closers else hit

    def third(self, end: int, part: str) -> bool:
        """Whether a third part follows the second, ending at `end`, within THIRD_PART_WORDS
        (the list of states an order names stands between them)."""
        return part in _tails_after(self.tails, self.starts, end, self.tokens, THIRD_PART_WORDS)


def _shorter_reading(start: int, prefixes, after: _SecondParts) -> Match | None:
    """A head whose own second part is missing, read as a shorter gapped head it starts with
    ("closed its border crossings": "closed ... crossings"; the nearest second part of the
    longest such head), if one finds its own."""
    for length in sorted({p[0] for p in prefixes}, reverse=True):
        end = start + length
        hits = [(hit, code, form) for n, code, form, tail in prefixes if n == length
                and (hit := after.hit(end, tail))]
        if hits:
            hit, code, form = min(hits, key=lambda h: (h[0][0], -h[0][1]))
            return Match(start, end, "trigger", code, form, end2=hit[1], start2=hit[0])
    return None


def _nested_head(m: Match, gapped: dict, spans: list) -> bool:
    """Whether another gapped reading starts inside `m`'s gap and reaches `m`'s second part;
    `spans`, gapped's keys in order, lets only the heads that start in the gap be read."""
    i = bisect_left(spans, (m.end, -1))
    while i < len(spans) and spans[i][0] < m.start2:
        o = gapped[spans[i]]
        if o.start2 <= m.start2 < o.end2:
            return True
        i += 1
    return False


DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "new",
                         "fresh", "further", "latest", "any", "no", "more", "recent", "'s", "s",
                         "in", "of", "for", "after", "amid", "during", "with", "against", "by"})


def _one_reading(matchers: Matchers, text: str, matches: list[Match]) -> list[Match]:
    """A word that is a verb and a noun ("attack"): a noun after a determiner, a possessive
    ("Hamas' attack"), a day ("the October 7 attack") or a support verb ("launching attacks"),
    else a verb."""
    out = []
    for m in matches:
        if out and (out[-1].start, out[-1].end) == (m.start, m.end):
            prev = text[max(0, m.start - 30):m.start].replace("’", "'").split()[-2:]
            noun = any(w.lower() in DETERMINERS or w.endswith(("'s", "'")) for w in prev) or \
                bool(prev) and (prev[-1].isdigit() or prev[-1].lower() in matchers.carriers)
            if noun and _gerund_after_time_word(matchers, text, m, prev):
                noun = False
            keep = m if (m.form == "nouns") == noun else out[-1]
            out[-1] = keep
        else:
            out.append(m)
    return out


def _gerund_after_time_word(matchers: Matchers, text: str, m: Match, prev: list[str]) -> bool:
    """"after meeting Blinken" is a verb; "after the meeting" (a determiner) and "after
    meeting of" (the noun's complement) are nouns."""
    if not matchers.gerund_suffixes or not prev or prev[-1].lower() not in matchers.gerund_openers:
        return False
    nxt = text[m.end:m.end + 8].split()
    return text[m.start:m.end].lower().endswith(matchers.gerund_suffixes) and \
        (not nxt or nxt[0].lower() not in matchers.genitives)


def _tails_after(tails, tail_starts, end: int, tokens,
                 reach=GAP_WORDS) -> dict[str, tuple[int, int]]:
    """The second parts that start within `reach` words after `end`: each (folded) with its
    first span."""
    found: dict[str, tuple[int, int]] = {}
    i = bisect_left(tail_starts, end)
    while i < len(tails) and tokens.between(end, tails[i][0]) <= reach:
        s, e, payload = tails[i]
        found.setdefault(payload[1], (s, e))
        i += 1
    return found
