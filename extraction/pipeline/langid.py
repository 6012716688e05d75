"""Which lexicon reads an article: the declared language, else lingua's guess (id or en)."""
from __future__ import annotations

import functools
import re

from ..lang import load_lexicon, supported_codes

# Enough text for a confident guess; lingua's cost grows with length (measured 0.35 ms / 1 KB).
SAMPLE_CHARS = 1500
# Lone UTF-16 surrogates: lingua hands text to Rust as UTF-8, which cannot encode them.
_SURROGATES = re.compile("[\ud800-\udfff]")


@functools.cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder
    # Only the languages we have lexicons for: with Malay in the set, short Indonesian texts
    # came out Malay (STACK_NOTES), and Malay goes through the Indonesian lexicon anyway.
    return LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.ENGLISH).build()


def detect(text: str, declared: str | None = None) -> str:
    """The lexicon code for an article: `declared` if we support it, else the detected one."""
    if declared and declared.lower() in supported_codes():
        return load_lexicon(declared.lower()).code
    sample = text[:SAMPLE_CHARS]
    try:
        sample.encode("utf-8")
    except UnicodeEncodeError:
        sample = _SURROGATES.sub("\ufffd", sample)
    guess = _detector().detect_language_of(sample)
    if guess is not None and guess.iso_code_639_1.name.lower() == "id":
        return "id"
    return "en"
