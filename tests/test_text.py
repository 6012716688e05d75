"""extraction.pipeline.text: line labels (story, photo caption, credit or teaser), sentences."""
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.lang import load_lexicon
from extraction.model import Article
from extraction.pipeline.run import extract
from extraction.pipeline.text import (LAST_WORDS_WINDOW, MAX_SENTENCE, SPACED_END, fold,
                                      last_words, padded, paragraphs, says, sentences)


@pytest.mark.parametrize("line, kind", [
    ("Menlu Retno Marsudi bertemu Menlu Jepang di Tokyo pada Senin.", "story"),
    ("(Reporting by a staff writer)", "credit"),
    ("Baca juga: Menlu bertemu mitranya", "credit"),
    ("Israel dan Hamas disebut telah sepakat untuk menghentikan pertem...", "credit"),
    ("Apa arti kesepakatan itu bagi kedua pihak\u2026", "credit"),
])
def test_text_line_kind(line, kind):
    paras = paragraphs(line, load_lexicon("id"))
    assert [p.kind for p in paras] == [kind]


# The sentence-end pattern before issue 11: same matches, but quadratic on runs of marks.
OLD_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\"')” ’aA1\n\t", max_size=60))
def test_text_sentence_end_matches_what_the_old_pattern_matched(text):
    assert [m.span() for m in re.finditer(SPACED_END, text)] == \
        [m.span() for m in OLD_SENTENCE_END.finditer(text)]


@pytest.mark.parametrize("run", [".", "!", "?", "!?", ".)"])
def test_text_sentence_splitter_is_linear_on_64kb_of_punctuation(run):
    # Regression: 64 KB of "." or "!" took ~50 s in the sentence splitter.
    text = "Indonesia condemned Israel. " + run * (65536 // len(run))
    started = time.perf_counter()
    spans = sentences(text, 0, len(text), frozenset())
    assert time.perf_counter() - started < 1.0
    assert spans[0] == (0, 27) and all(e - s <= MAX_SENTENCE for s, e in spans)


@pytest.mark.parametrize("text, first", [
    ("Iran held drills amid a U.S. pressure campaign against the Islamic Republic.In the first "
     "phase, the Guards fired missiles.",
     "Iran held drills amid a U.S. pressure campaign against the Islamic Republic."),
    ("Harga gas naik di Venezuela.Maduro juga menyebut AS selalu mengganggu.",
     "Harga gas naik di Venezuela."),
])
def test_text_a_stop_glued_to_the_next_sentence_still_ends_one(text, first):
    """Regression: pages that lose the space after a stop ("Republic.In") merged two sentences,
    and the second took the first one's parties."""
    start, end = sentences(text, 0, len(text), frozenset({"Mr"}))[0]
    assert text[start:end] == first


WRAPPED = ("By A Reporter\n"
           "NAIROBI, March 3 Kenya recalled its high commissioner to\n"
           "Uganda on Monday after Ugandan troops crossed the border near\n"
           "the town of Busia, the foreign ministry said in a statement.\n"
           "The ministry said the troops had entered Kenyan territory twice\n"
           "this year and that Nairobi would raise the matter with the\n"
           "East African Community at its next summit in Arusha.\n"
           "Uganda's government did not respond to a request for comment\n"
           "on the incident, which local officials described as minor.\n")


def test_text_a_hard_wrapped_text_joins_its_lines_into_paragraphs():
    """Regression: wire copy wrapped at a fixed width split each sentence at every line break,
    so "recalled its high commissioner to" lost the state on the next line."""
    paras = paragraphs(WRAPPED, load_lexicon("en"))
    assert [WRAPPED[p.start:p.end].split("\n")[0][:20] for p in paras] == \
        ["By A Reporter", "NAIROBI, March 3 Ken", "The ministry said th", "Uganda's government "]


@pytest.mark.parametrize("lang, text", [
    ("id", "Kedua menteri bertemu di Hanoi pada Senin.\n\nEditor: Seseorang\n\nArtikel Terkait\n"
           "Thailand Dituding Serang Pos Perbatasan Kamboja\n"
           "Malaysia Minta Myanmar Bebaskan Tahanan\n"),
    ("en", "The two ministers met in Hanoi on Monday.\n\nRelated stories:\n"
           "Thailand accused of shelling Cambodian border post\n"
           "Malaysia urges Myanmar to free detainees\n"),
])
def test_text_headlines_listed_under_a_related_heading_are_not_story(lang, text):
    """Regression: the headlines an Indonesian page lists under "Artikel Terkait" after the
    story were read as its own sentences (a related story's accusation and appeal were coded)."""
    paras = paragraphs(text, load_lexicon(lang))
    assert [p.kind for p in paras][-3:] == ["credit", "credit", "credit"]
    assert [p.kind for p in paras][0] == "story"


def test_text_a_related_heading_lists_only_up_to_a_sentence():
    text = "Related\nAnother story's headline\nThe ministry said talks would resume.\n"
    paras = paragraphs(text, load_lexicon("en"))
    assert [p.kind for p in paras] == ["credit", "credit", "story"]


def test_text_short_lines_without_stops_are_not_a_wrapped_text():
    text = "Headline without a stop\nSubhead here\n\nA body sentence that ends.\nAnother one.\n"
    paras = paragraphs(text, load_lexicon("en"))
    assert len(paras) == 4


def test_text_a_hard_wrapped_recall_keeps_the_state_on_the_next_line():
    events = extract(Article(WRAPPED, "w", published="2025-03-04", lang="en"))
    assert ("161", "KEN", "UGA") in {(e.cameo_code, e.source_country, e.target_country)
                                     for e in events}


@pytest.mark.parametrize("phrases", [frozenset({"each other", "both sides"}), ["each other", "both sides"]])
def test_text_says_finds_whole_phrases_in_a_padded_string(phrases):
    assert says(" they accused each other of ", phrases)
    assert not says(" they accused each otherwise ", phrases)  # a phrase is whole words
    assert sorted(padded(phrases)) == [" both sides ", " each other "]  # lists are not cached


@pytest.mark.parametrize("text", [
    "the two leaders met",  # fewer words than asked
    "a b c d e f g",
    "x" * (LAST_WORDS_WINDOW + 40) + " long words here",  # the window holds fewer than four
    ("word " * 60).strip(),
    "   leading and trailing spaces   ",
])
def test_text_last_words_are_those_of_the_whole_span(text):
    # The window is only a shortcut: the words must be those a split of the whole span gives.
    for left in (0, 3):
        assert last_words(text, left, len(text), 4) == text[left:].rsplit(None, 4)[-4:]


def test_text_a_closing_mark_after_the_full_stop_closes_the_quote():
    """'an "aggressor state."' ends its quote: the next sentence is not joined to it."""
    text = 'Sudan branded the UAE an "aggressor state." The minister spoke later.'
    assert len(sentences(text, 0, len(text), frozenset())) == 2


def test_text_the_sentences_of_one_quote_are_one_span():
    text = '"We condemn the strikes. They are unacceptable," the minister said. Talks went on.'
    spans = sentences(text, 0, len(text), frozenset())
    assert [text[a:b] for a, b in spans][0].endswith("the minister said.") and len(spans) == 2


@pytest.mark.parametrize("text, folded", [
    ("Perú and Panamá", "peru and panama"),
    ("Türkiye’s “démarche”", "turkiye's \"demarche\""),
    ("plain text", "plain text"),
])
def test_text_fold_strips_accents_and_keeps_length(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)
