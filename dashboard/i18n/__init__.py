"""Interface strings in English and Indonesian, from `en.toml` and `id.toml` (same keys).

Nested TOML tables flatten to dotted keys: `[overview] title = ...` is `overview.title`.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"
_DIR = Path(__file__).parent


def load(lang: str) -> dict[str, str]:
    """Flat key -> string table of `lang` (unknown languages fall back to English)."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    with open(_DIR / f"{lang}.toml", "rb") as handle:
        return flatten(tomllib.load(handle))


def flatten(table: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


class Translator:
    """`t("overview.title")` or `t("events.count", n=3)`; a missing key shows as itself, never raises."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self.strings = load(self.lang)

    def __call__(self, key: str, **values: object) -> str:
        text = self.strings.get(key, key)
        if not values:
            return text
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text

    def get(self, key: str, default: str) -> str:
        return self.strings.get(key, default)
