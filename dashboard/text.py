"""Data text -> Streamlit markdown that can only ever show as text.

Streamlit markdown understands links, images, raw HTML (dropped, but still markdown), colour
directives (`:red[...]`), icons and emoji shortcodes (`:x:`), and LaTeX (`$...$`). CommonMark
lets a backslash escape any ASCII punctuation, so escaping every punctuation character leaves
no way for a data string to start any of those. Highlighting is then added around escaped
text with our own directives.

Escapes do not stop one thing: Streamlit's GFM autolinking runs on the parsed text, after
escapes are gone, so a bare "https://...", "www.x.com" or "a@b.org" would still become a link.
An invisible WORD JOINER (U+2060) is put where those patterns need an ASCII character (after
"@", between ":" and "//", between "www" and ".") so they never match; the text looks the same.
"""
from __future__ import annotations

import re
import string

# Every ASCII punctuation character: the set CommonMark's backslash escape covers.
_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
# Runs of 2+ spaces or tabs would not start a code block once we break lines ourselves, but
# a leading run would (4 spaces = indented code). Collapse them.
_SPACES = re.compile(r"[ \t\u00a0]+")
SENTENCE_STYLE = ":orange-background"
# Where GFM's autolink patterns (https?://, www., user@host) are cut by a WORD JOINER.
_AUTOLINK_SPOTS = re.compile(r"(?<=:)(?=//)|(?<=[wW]{3})(?=\.)|(?<=@)")
WORD_JOINER = "\u2060"


def md_escape(text: object) -> str:
    """Escape `text` so Streamlit markdown shows it literally (one paragraph per blank line).

    Single spaces at either end are kept, so escaped fragments can be joined.
    """
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = re.split(r"\n[ \t]*\n\s*", value)
    return "\n\n".join(_escape_paragraph(p) for p in paragraphs)


def md_inline(text: object) -> str:
    """Escape `text` for use inside one line (newlines become spaces)."""
    if text is None:
        return ""
    return _escape_line(re.sub(r"\s+", " ", str(text)))


def _escape_paragraph(paragraph: str) -> str:
    # Two trailing spaces = a hard line break, so the article keeps its line structure.
    return "  \n".join(_escape_line(line) for line in paragraph.split("\n"))


def _escape_line(line: str) -> str:
    # One space at most in a row: a run of 4 at a line start would open a code block.
    return _PUNCTUATION.sub(r"\\\1", _no_autolink(_SPACES.sub(" ", line)))


def _no_autolink(line: str) -> str:
    return _AUTOLINK_SPOTS.sub(WORD_JOINER, line)


def segments_markdown(segments: list[tuple[str, str]]) -> str:
    """Markdown of (text, kind) segments: the sentence highlighted, its trigger in bold.

    kind is "text", "sentence" or "trigger"; sentence and trigger segments that touch form one
    highlighted run. Highlighted runs are kept on one line (a directive cannot span paragraphs).
    """
    out: list[str] = []
    run: list[str] = []
    for text, kind in segments:
        if kind == "text":
            if run:
                out.append(_highlight(run))
                run = []
            out.append(md_escape(text) if text.strip() else _whitespace(text))
        else:
            run.append(_bold(text) if kind == "trigger" else md_inline(text))
    if run:
        out.append(_highlight(run))
    return "".join(out)


def _whitespace(text: str) -> str:
    return "\n\n" if "\n\n" in text.replace("\r", "") else (" " if text else "")


def _bold(text: str) -> str:
    core = md_inline(text)
    if not core:
        return ""
    # Emphasis only opens/closes next to non-space characters: keep spaces outside the markers.
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}**{core}**{tail}"


def _highlight(parts: list[str]) -> str:
    body = "".join(parts).strip()
    return f"{SENTENCE_STYLE}[{body}]" if body else ""
