"""The CAMEO code table: what each event code means for this project.

`extraction/data/cameo.toml` is the only place a code's label, coarse event type, PLOVER
mapping, quad class and Goldstein weight are written down. This module loads that file,
checks it against the annotation guidelines' root mapping, and answers look-ups. Steps that
assign or report codes ask `load_codes()` rather than keeping their own tables.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

TABLE_PATH = Path(__file__).parent.parent / "data" / "cameo.toml"

# The coarse classes in the order reports list them; "statement" is kept but never scored.
EVENT_TYPES = (
    "appeal", "agree", "phone_call", "meet", "support", "military_cooperation", "aid", "yield",
    "investigate", "condemn", "reject", "threaten", "protest", "mobilize", "sanction", "coerce",
    "attack", "statement",
)

_ROOT_TYPES = {
    "01": "statement", "02": "appeal", "03": "agree", "04": "meet", "05": "support",
    "06": "support", "07": "aid", "08": "yield", "09": "investigate", "10": "appeal",
    "11": "condemn", "12": "reject", "13": "threaten", "14": "protest", "15": "mobilize",
    "16": "sanction", "17": "coerce", "18": "attack", "19": "attack", "20": "attack",
}
# 3-digit codes whose class differs from their root's; 4-digit codes follow their parent.
_BRANCH_TYPES = {"041": "phone_call", "057": "agree", "062": "military_cooperation"}

_CODE_RE = re.compile(r"\d{2,4}")
_FIELDS = ("label", "event_type", "plover_type", "plover_mode", "quad_class", "goldstein")


# Organisations that stand as parties beside ISO 3166 countries (the guidelines' list).
ORGANISATIONS = frozenset({"UN", "UNSC", "EU", "NATO", "ASEAN", "AU", "ECOWAS", "IAEA", "G7",
                           "G20", "OPEC", "ICC", "WHO"})


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    event_type: str
    plover_type: str
    plover_mode: str
    quad_class: int
    goldstein: float


def guideline_event_type(code: str) -> str:
    """The event type the annotation guidelines give a code, from its digits alone."""
    return _BRANCH_TYPES.get(code[:3], _ROOT_TYPES[code[:2]])


def guideline_quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


class CodeTable:
    """Read-only view of the loaded table."""

    def __init__(self, codes: dict[str, CameoCode], defaults: dict[str, str],
                 symmetric: frozenset[str]):
        self._codes = codes
        self._defaults = defaults
        self._symmetric = symmetric

    def get(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r} (not in {TABLE_PATH.name})") from None

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def event_type_of(self, code: str) -> str:
        return self.get(code).event_type

    def default_code(self, event_type: str) -> str:
        try:
            return self._defaults[event_type]
        except KeyError:
            raise KeyError(f"unknown event type {event_type!r}") from None

    def is_symmetric(self, event_type: str) -> bool:
        return event_type in self._symmetric

    def event_types(self) -> list[str]:
        return list(EVENT_TYPES)

    def codes(self) -> list[CameoCode]:
        return list(self._codes.values())


@functools.cache
def load_codes() -> CodeTable:
    """The project's code table, read and checked once per process."""
    return load_codes_from(TABLE_PATH)


def load_codes_from(path: Path | str) -> CodeTable:
    """Read and validate a code table file; raises ValueError naming the first bad entry."""
    with open(path, "rb") as f:
        raw = tomllib.load(f)
    codes = {code: _parse_code(code, entry) for code, entry in raw.get("codes", {}).items()}
    defaults = _parse_defaults(raw.get("classes", {}), codes)
    symmetric = frozenset(raw.get("symmetric", []))
    unknown = symmetric - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"symmetric lists unknown event types {sorted(unknown)}")
    return CodeTable(codes, defaults, symmetric)


def _parse_code(code: str, entry: dict) -> CameoCode:
    if not _CODE_RE.fullmatch(code) or code[:2] not in _ROOT_TYPES:
        raise ValueError(f"CAMEO code {code!r}: not a 2-4 digit code under roots 01-20")
    missing = [name for name in _FIELDS if name not in entry]
    if missing:
        raise ValueError(f"CAMEO code {code!r}: missing {', '.join(missing)}")
    item = CameoCode(code=code, **{name: entry[name] for name in _FIELDS})
    if item.event_type not in EVENT_TYPES:
        raise ValueError(f"CAMEO code {code!r}: unknown event_type {item.event_type!r}")
    if item.event_type != guideline_event_type(code):
        raise ValueError(f"CAMEO code {code!r}: event_type {item.event_type!r}, guidelines say "
                         f"{guideline_event_type(code)!r}")
    if item.quad_class != guideline_quad_class(code):
        raise ValueError(f"CAMEO code {code!r}: quad_class {item.quad_class}, root says "
                         f"{guideline_quad_class(code)}")
    if isinstance(item.goldstein, bool) or not isinstance(item.goldstein, (int, float)) \
            or not -10 <= item.goldstein <= 10:
        raise ValueError(f"CAMEO code {code!r}: goldstein {item.goldstein!r} outside [-10, 10]")
    return item


def _parse_defaults(classes: dict, codes: dict[str, CameoCode]) -> dict[str, str]:
    missing = [t for t in EVENT_TYPES if t not in classes]
    if missing:
        raise ValueError(f"[classes] has no default code for {', '.join(missing)}")
    for event_type, code in classes.items():
        if code not in codes or codes[code].event_type != event_type:
            raise ValueError(f"[classes] default {code!r} for {event_type!r} is not a code of "
                             "that type")
    return dict(classes)
