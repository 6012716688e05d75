"""Country-name aliases taken from pycountry, so the lexicon files only hold what pycountry lacks.

`pycountry_names(lang)` maps alias -> ISO 3166-1 alpha-3 code for "en" (pycountry's English
names) and "id" (pycountry's Indonesian gettext catalogue). Aliases are returned as written;
the matcher lowercases them before matching, except all-caps aliases of at most four letters
("AS", "RI", "US", "PBB"), which it matches case-sensitively. That is the engine's job, not
this module's. The lexicon files (extraction/lang/*_geo.toml) are merged on top of these names.

Names that would make bad aliases are left out: anything shorter than 4 characters, names
that mean two countries, ISO's inverted "Korea, Republic of" forms (rewritten to natural word
order where that is possible, dropped otherwise), and outdated or ambiguous names listed in
`_DROP` (the Indonesian "Timor Timur" for Timor-Leste, bare "Congo", "Jersey").
"""
from __future__ import annotations

import functools
import gettext
import re
from dataclasses import replace

import pycountry

_MIN_LEN = 4
# Lowercased names never returned as aliases.
_DROP = {
    "en": frozenset({
        "congo",     # Republic of the Congo or DR Congo: the press uses it for both
        "jersey",    # "New Jersey", the garment
    }),
    "id": frozenset({
        "congo",
        "jersey",
    }),
}
# Lowercased substrings that disqualify a name.
_DROP_CONTAINING = {
    "en": (),
    "id": ("timor timur",),  # outdated Indonesian name of Timor-Leste
}
_PARENS = re.compile(r"\s*\([^)]*\)")
_EN_OF_TAIL = re.compile(r"^(?:the\s+)?(.*\bof(?:\s+the)?)$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ID_TAIL_STARTS = ("Republik", "Negara")


def _natural_order(name: str, lang: str) -> str | None:
    """Undo ISO's inverted names ("Korea, Republic of"); None when there is no natural form."""
    name = _PARENS.sub("", name).strip()
    if lang == "en":
        name = _LEADING_THE.sub("", name)  # "the State of Eritrea"
    if "," not in name:
        return name
    head, _, tail = name.partition(",")
    head, tail = head.strip(), tail.strip()
    if "," in tail:
        return None
    if lang == "en":
        m = _EN_OF_TAIL.match(tail)
        if m:  # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
            return f"{m.group(1)} {head}"
        if " " not in tail:  # "Virgin Islands, British" -> "British Virgin Islands"
            return f"{tail} {head}"
        return None
    if tail.startswith(_ID_TAIL_STARTS):  # "Iran, Republik Islam" -> "Republik Islam Iran"
        return f"{tail} {head}"
    return None


@functools.cache
def _id_translation() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])


def _raw_names(lang: str) -> list[tuple[str, str]]:
    """(name, alpha_3) pairs before cleaning."""
    out: list[tuple[str, str]] = []
    if lang == "en":
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    out.append((value, c.alpha_3))
        return out
    if lang == "id":
        tr = _id_translation()
        for c in pycountry.countries:
            # The Indonesian form of the short name is kept even when it equals the English one
            # ("Angola", "Iran"); an official name left untranslated is English, so it is skipped.
            out.append((tr.gettext(c.name), c.alpha_3))
            common = getattr(c, "common_name", None)
            if common:
                out.append((tr.gettext(common), c.alpha_3))
            official = getattr(c, "official_name", None)
            if official:
                translated = tr.gettext(official)
                if translated != official:
                    out.append((translated, c.alpha_3))
        return out
    raise ValueError(f"unsupported language: {lang!r}")


@functools.cache
def _pycountry_names(lang: str) -> tuple[tuple[str, str], ...]:
    if lang not in _DROP:
        raise ValueError(f"unsupported language: {lang!r}")
    drop = _DROP[lang]
    drop_containing = _DROP_CONTAINING[lang]
    codes: dict[str, set[str]] = {}
    spelling: dict[str, str] = {}
    for raw, code in _raw_names(lang):
        name = _natural_order(raw, lang)
        if name is None or len(name) < _MIN_LEN:
            continue
        key = name.lower()
        if key in drop or any(s in key for s in drop_containing):
            continue
        codes.setdefault(key, set()).add(code)
        spelling.setdefault(key, name)
    # A name that stands for two countries is no alias at all.
    return tuple(sorted((spelling[k], next(iter(v))) for k, v in codes.items() if len(v) == 1))


def pycountry_names(lang: str) -> dict[str, str]:
    """Alias -> ISO3 from pycountry for "en" or "id" (a fresh dict on every call)."""
    return dict(_pycountry_names(lang))


SHARED_KINDS = ("countries", "demonyms")


def resolve_shared(entities: list) -> list:
    """A name two states share (the lexicon's `shared_names`, keyed "COD COG") means the one
    the article names unambiguously elsewhere ("Kinshasa", "DR Congo"); when it names neither
    or both, the first listed, which is the press's usual reading (wire style writes bare
    "Congo" for the DRC and "Republic of Congo" for the other)."""
    named = {m.key for m in entities if m.kind in SHARED_KINDS + ("capitals",) and " " not in m.key}
    return [_one_state(m, named) if m.kind in SHARED_KINDS and " " in m.key else m
            for m in entities]


def _one_state(m, named: set[str]):
    options = m.key.split()
    hits = [code for code in options if code in named]
    return replace(m, key=hits[0] if len(hits) == 1 else options[0])
