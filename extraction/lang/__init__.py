"""Per-language lexicons: load `<code>.toml`, expand its shorthand, check it, cache it.

A lexicon translates surface words to canonical keys (CAMEO codes, role names, marker types,
ISO codes). The engine reads only canonical keys, so adding a language means adding a file.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

LANG_DIR = Path(__file__).parent
GAP = "..."
TRIGGER_FORMS = ("verbs", "nouns", "passive")
PLACE_SECTIONS = ("countries", "demonyms", "capitals", "bodies", "groups", "territories")


@dataclass(frozen=True)
class Lexicon:
    """One language's words, already expanded (no braces left)."""

    code: str
    name: str
    also: tuple[str, ...]
    date_order: str
    clitics: tuple[str, ...]
    head_initial: bool  # modifiers follow the noun ("Rumah Sakit Indonesia")
    press_home: str | None  # whose ministries this language's press names bare (ISO3), if any
    triggers: dict  # CAMEO code -> {"verbs"|"nouns"|"passive": [phrase, ...]}
    non_events: tuple[str, ...]  # phrases around a trigger word that name no event
    refine: dict  # default code -> specific code -> [cue, ...]
    references: dict  # event type -> nouns that refer back to an event of that type
    markers: dict  # marker type -> [phrase, ...]
    roles: dict  # role -> [title, ...]
    months: dict  # word -> month number
    weekdays: dict  # word -> 0 (Monday) .. 6
    relative_days: dict  # phrase -> day offset
    clause_offsets: dict  # phrase -> day shift of the clause it opens from the sentence's date
    date_words: dict  # word class -> [phrase, ...]
    places: dict  # section -> ISO3 -> [alias, ...]
    shared_names: dict  # "countries"|"demonyms" -> "ISO3 ISO3" -> [alias, ...] (see geo)
    organisations: dict  # org code -> [name, ...]
    coalitions: dict  # group code (extraction/data/coalitions.toml) -> [name, ...]
    non_actor_places: tuple[str, ...]
    news_agencies: tuple[str, ...]
    text: dict  # caption_credits, line_starts, abbreviations


def expand(phrase: str) -> list[str]:
    """Expand one "{a,b}" group per word, left to right: "condemn{,s}" -> condemn, condemns."""
    start = phrase.find("{")
    if start < 0:
        return [" ".join(phrase.split())]
    end = phrase.index("}", start)
    head, tail = phrase[:start], phrase[end + 1:]
    return [p for alt in phrase[start + 1:end].split(",") for p in expand(head + alt + tail)]


def expand_all(phrases) -> list[str]:
    return [p for phrase in phrases for p in expand(phrase)]


def _number_keyed(table: dict) -> dict:
    return {word: int(key) for key, words in table.items() for word in expand_all(words)}


def bare_root(word: str, rules) -> str | None:
    """The prefixless form of a verb by the first rule whose prefix it starts with and whose
    next letter the rule allows ("menyerang" -> "serang" by ["meny", "s", ""]), or None."""
    low = word.lower()
    for prefix, replacement, next_letters in rules:
        rest = low[len(prefix):]
        if low.startswith(prefix) and rest and (not next_letters or rest[0] in next_letters):
            return replacement + rest
    return None


def _bare_forms(phrases, rules, listed_roots: dict) -> list[str]:
    """Each phrase with its first word's bare root, where one is known."""
    out = []
    for phrase in phrases:
        first, _, tail = phrase.partition(" ")
        root = listed_roots.get(first.lower()) or bare_root(first, rules)
        if root:
            out.append(f"{root} {tail}".strip())
    return out


def _add_bare_roots(triggers: dict, markers: dict, meta: dict, listed_roots: dict) -> None:
    """Headlines drop a verb's prefix ("Kanada Depak Diplomat India"): each verb phrase of the
    triggers, and of the marker lists `meta` names in bare_root_markers, also matches with its
    first word's bare root (by the bare_roots rules, or `listed_roots` where no rule can tell:
    "mengusir" -> "usir"), unless that phrase is listed already or is a lone root that is
    mostly another word (bare_root_words: "hukum" is law before it punishes)."""
    rules = meta.get("bare_roots", [])
    if not rules:
        return
    other_words = set(meta.get("bare_root_words", []))
    listed = {p.lower() for forms in triggers.values() for phrases in forms.values()
              for p in phrases} | other_words
    for forms in triggers.values():
        for bare in _bare_forms(list(forms["verbs"]), rules, listed_roots):
            if bare.lower() not in listed:
                forms["verbs"].append(bare)
                listed.add(bare.lower())
    for kind in meta.get("bare_root_markers", []):
        words = set(markers[kind]) | other_words
        markers[kind] += [w for w in dict.fromkeys(_bare_forms(markers[kind], rules, listed_roots))
                          if w not in words]


def parse_lexicon(raw: dict) -> Lexicon:
    """Build a Lexicon from a parsed TOML document."""
    meta, dates = raw["meta"], raw["dates"]
    triggers = {code: {form: expand_all(entry.get(form, [])) for form in TRIGGER_FORMS}
                for code, entry in raw["triggers"].items()}
    markers = {k: expand_all(v) for k, v in raw["markers"].items()}
    _add_bare_roots(triggers, markers, meta, raw.get("bare_root_forms", {}))
    return Lexicon(
        code=meta["code"], name=meta["name"], also=tuple(meta.get("also", [])),
        date_order=meta.get("date_order", "DMY"), clitics=tuple(meta.get("clitics", [])),
        head_initial=bool(meta.get("head_initial", False)),
        press_home=meta.get("press_home"),
        triggers=triggers,
        non_events=tuple(expand_all(raw.get("non_events", {}).get("list", []))),
        refine={k: {c: expand_all(w) for c, w in v.items()} for k, v in raw.get("refine", {}).items()},
        references={k: expand_all(v) for k, v in raw.get("references", {}).items()},
        markers=markers,
        roles={k: expand_all(v) for k, v in raw["roles"].items()},
        months=_number_keyed(dates["months"]),
        weekdays=_number_keyed(dates["weekdays"]),
        relative_days=_number_keyed(dates["relative_days"]),
        clause_offsets=_number_keyed(dates["clause_offsets"]),
        date_words={k: expand_all(v) for k, v in dates["words"].items()},
        places={s: {code: list(v) for code, v in raw.get(s, {}).items()} for s in PLACE_SECTIONS},
        shared_names={k: {codes: list(v) for codes, v in table.items()}
                      for k, table in raw.get("shared_names", {}).items()},
        organisations={k: list(v) for k, v in raw.get("organisations", {}).items()},
        coalitions={k: list(v) for k, v in raw.get("coalitions", {}).items()},
        non_actor_places=tuple(raw.get("non_actor_places", {}).get("list", [])),
        news_agencies=tuple(raw.get("news_agencies", {}).get("list", [])),
        text={k: list(v) for k, v in raw.get("text", {}).items()},
    )


@functools.cache
def available_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.toml")))


@functools.cache
def load_lexicon(code: str) -> Lexicon:
    """The lexicon for a language code or one of its aliases ("ms" -> Indonesian)."""
    for name in available_languages():
        lex = load_lexicon_from(LANG_DIR / f"{name}.toml")
        if code in (lex.code, *lex.also):
            return lex
    raise KeyError(f"no lexicon for language {code!r}; have {', '.join(available_languages())}")


def load_lexicon_from(path: Path) -> Lexicon:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    return parse_lexicon(raw)


@functools.cache
def supported_codes() -> frozenset[str]:
    """Every language code a lexicon answers to (its own and its aliases)."""
    codes = set()
    for name in available_languages():
        lex = load_lexicon(name)
        codes.update((lex.code, *lex.also))
    return frozenset(codes)
