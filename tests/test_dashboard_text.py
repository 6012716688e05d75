"""Data text shown as Streamlit markdown can only ever be text."""
from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.text import WORD_JOINER, md_escape, md_inline, segments_markdown

HOSTILE = [
    "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "![i](http://x/y.png)",
    ":red[alarm] :material/warning: :smile:", "$x^2$ and $$y$$", "**bold** _it_ `code`",
    "# heading\n- item\n1. one\n> quote", "<https://auto.link>", "&lt;b&gt; &amp;", "a | b\n--|--",
]


def unescaped_punctuation(markdown: str) -> list[str]:
    """Punctuation characters not preceded by a backslash (escapes themselves skipped)."""
    bare, i = [], 0
    while i < len(markdown):
        if markdown[i] == "\\":
            i += 2
            continue
        if markdown[i] in string.punctuation:
            bare.append(markdown[i])
        i += 1
    return bare


@given(st.sampled_from(HOSTILE) | st.text(max_size=80))
def test_dashboard_text_every_punctuation_mark_is_escaped(text):
    assert unescaped_punctuation(md_escape(text)) == []
    assert unescaped_punctuation(md_inline(text)) == []


def test_dashboard_text_escaping_keeps_the_words_and_paragraphs():
    assert md_escape("a <b> c") == "a \\<b\\> c"
    assert md_escape("one\n\ntwo\nthree") == "one\n\ntwo  \nthree"
    assert md_escape("    indented") == " indented"  # never an indented code block
    assert md_inline("multi\nline") == "multi line"


def test_dashboard_text_segments_highlight_sentence_and_trigger_only():
    md = segments_markdown([("Intro. ", "text"), ("China ", "sentence"), ("condemned", "trigger"),
                            (" <img src=x>.", "sentence"), ("\n\nNext.", "text")])
    assert md == "Intro\\. :orange-background[China **condemned** \\<img src\\=x\\>\\.]\n\nNext\\."


def test_dashboard_text_hostile_trigger_cannot_break_out():
    md = segments_markdown([("]** [x](javascript:1) :red[", "trigger")])
    assert md.startswith(":orange-background[**") and md.endswith("**]")
    assert unescaped_punctuation(md[len(":orange-background[**"):-3]) == []


def test_dashboard_text_no_html_rendering_anywhere_in_the_dashboard():
    from pathlib import Path

    source = "\n".join(p.read_text() for p in (Path(__file__).resolve().parents[1] / "dashboard").rglob("*.py"))
    assert "unsafe_allow_html" not in source
    assert "st.html" not in source and "components.v1" not in source


# GFM's autolink-literal patterns as Streamlit's markdown renderer applies them to the text
# left after escapes are resolved (the escapes themselves do not stop them).
GFM_AUTOLINKS = (
    re.compile(r"(https?://|www(?=\.))([-.\w]+)([^ \t\r\n]*)", re.IGNORECASE | re.ASCII),
    re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)", re.ASCII),
)


def rendered_text(markdown: str) -> str:
    """The text a markdown renderer sees once backslash escapes are resolved."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize("text", [
    "Read https://evil.example/phish now", "HTTP://EXAMPLE.COM", "see www.kompas.com today",
    "WWW.Example.org", "write to humas@kemlu.go.id", "a.b+c@mail.example.co.id",
    "mailto:x@y.org", "http://[::1]/ and ftp://x.y",
])
def test_dashboard_text_bare_urls_and_emails_are_never_autolinked(text):
    for shown in (md_escape(text), md_inline(text),
                  segments_markdown([(text, "sentence")]), segments_markdown([(text, "trigger")])):
        assert not any(p.search(rendered_text(shown)) for p in GFM_AUTOLINKS), shown
        # What a reader sees is the same text (the joiner is invisible).
        assert rendered_text(md_escape(text)).replace(WORD_JOINER, "") == text
