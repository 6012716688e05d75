"""Text layout: case folding that keeps offsets, tokens, paragraphs, sentences, captions.

Every later step works on character offsets into the article text, so nothing here changes
the text's length: folding maps one character to one character.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ..lang import Lexicon

# Possessive quantifiers: a word never gives characters back (the joiners are not word
# characters), so these are the same matches as with plain ones, found without backtracking.
WORD = re.compile(r"\w++(?:['’\-]\w++)*+")
# Sentence ends: ., ! or ? (with closing quotes) followed by space. Checked against
# abbreviations afterwards, because a regex cannot know "U.S." from "Iraq.".
# A match may start only at the first mark of a run, and the marks are taken possessively:
# otherwise 64 KB of "!" with no space after them is tried from every position, backtracking
# through the rest of the run each time (quadratic: ~50 s). The matches are the same.
SPACED_TAIL = r"[\"'”’)]*+\s+"
SPACED_END = rf"(?<![.!?])[.!?]++{SPACED_TAIL}"
# Or a stop glued to the next sentence's first word ("the Islamic Republic.In the first phase"):
# pages lose the space between paragraphs. Both branches start at a stop, so the scan stays as
# cheap as with the first alone.
GLUED_TAIL = r"(?<=[a-z][.!?])(?=[A-Z][a-z])"
SENTENCE_END = re.compile(rf"(?<![.!?])[.!?]++(?:{SPACED_TAIL}|{GLUED_TAIL})")
DASHES = (" – ", " — ", " - ", " -- ", "– ", "— ")
# Longest span the engine treats as one sentence. Longer runs (no punctuation, e.g. a 10 MB
# line) are cut here so per-sentence work stays bounded; 600 chars is ~3x a long news sentence.
MAX_SENTENCE = 600
# Sentences of one quote read as one, at most: a speech tag after the third sentence of a quote
# is rare in the gold sets' articles, and a quote left open longer is a stray quote mark.
QUOTE_SENTENCES = 3
QUOTE_MARKS = ('"', "\u201c")
# A dateline ("WASHINGTON/BRUSSELS, Feb 23 (Reuters) -") sits in the first ~90 characters.
DATELINE_REACH = 90
# A city and a colon open some outlets' stories ("New Delhi: Beijing on Wednesday ...",
# "Jakarta: Bentrokan ..."); a place name of two words at most (a speaker's name before a quote,
# "Retno: ...", is none).
COLON_DATELINE = re.compile(r"[A-Z][\w'.]*(?: [A-Z][\w'.]*)?: ")
# An outlet's site name in a dateline ("Liputan6.com, Jakarta -", "Indonesiainside.id, New
# Delhi -"): one capitalised word, whatever the case of its domain.
SITE_NAME = re.compile(r"\b\w+(?:\.(?:com|co|id|net|org|news))+\b")
# A page's own date stamp before its text ("date 2026-01-14", trafilatura's "date: 2024-05-10"):
# metadata, not a date the story states.
DATE_STAMP = re.compile(r"\s*date:?[ \t]+\d{4}-\d{2}(?:-\d{2})?(?:\s+|\Z)")


def plain(name: str) -> str:
    """A name lower-cased without its diacritics ("Nicolás" -> "nicolas"), to compare spellings."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


# Accented Latin letters fold to their base letter, one character for one, so that a name
# spelled either way ("Perú", "Peru"; "Panamá") matches the same lexicon entry.
ACCENTED = "áàâäãåéèêëíìîïóòôöõúùûüñçýÿÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝ"
# (most texts have none: one search skips the 54 replacements)
ANY_ACCENTED = re.compile(f"[{ACCENTED}]")
PUNCTUATION_PAIRS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"),
                     ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "))
ACCENT_PAIRS = tuple((c, plain(c)) for c in ACCENTED)
ALL_PAIRS = PUNCTUATION_PAIRS + ACCENT_PAIRS
FOLD_MAP = str.maketrans(dict(ALL_PAIRS))


def fold(text: str) -> str:
    """Lower-case, strip accents and normalise punctuation without changing the length of the
    text."""
    if text.isascii():
        return text.lower()  # none of the pairs, and lower() keeps the length
    # One str.replace per character: on an article, over ten times faster than str.translate
    # with a mapping (no replacement is itself replaced later, so the order does not matter).
    folded = text
    for old, new in ALL_PAIRS if ANY_ACCENTED.search(text) else PUNCTUATION_PAIRS:
        folded = folded.replace(old, new)
    folded = folded.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c) == 1 else o for c, o in
                   ((ch.translate(FOLD_MAP).lower(), ch) for ch in text))


@dataclass(frozen=True)
class Tokens:
    """Word tokens of a text as parallel offset lists (fast bisect from offset to index)."""

    starts: list[int]
    ends: list[int]

    def index_at(self, offset: int) -> int:
        """Index of the token that contains or precedes `offset`."""
        return bisect_right(self.starts, offset) - 1

    def between(self, start: int, end: int) -> int:
        """Number of tokens whose start lies in [start, end)."""
        return bisect_right(self.starts, end - 1) - bisect_right(self.starts, start - 1)


def tokenize(text: str) -> Tokens:
    starts, ends = [], []
    for m in WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(starts, ends)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "story", "caption" or "credit"


# Wire copy hard-wrapped at a fixed width (Reuters' plain-text feed, 55-70 columns): a line of
# this many characters that ends without a sentence's end goes on in the next line. Over half
# of such lines marks a wrapped text: 0.55-0.82 of the lines of the four wrapped texts of the
# real-news tuning splits, at most 0.40 of any other.
WRAPPED_LINE = (40, 90)
WRAPPED_SHARE = 0.5
LINE_END = re.compile(r"[.!?:\"\u201d\u2019')\]]$")


def paragraphs(text: str, lex: Lexicon) -> list[Paragraph]:
    """Split on line breaks and label each line: story text, photo caption, or credit line.
    In a hard-wrapped text a paragraph runs on until a line ends a sentence."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lines = [(a, b) for a, b in lines if text[a:b].strip()]
    if _hard_wrapped([text[a:b].strip() for a, b in lines]):
        lines = _rejoin(text, lines)
    starts = tuple(lex.text.get("line_starts", ()))  # str.startswith takes them all at once
    credits = lex.text.get("caption_credits", ())
    kinds = [_line_kind(text[a:b].strip(), starts, credits) for a, b in lines]
    _mark_headline_lists([text[a:b].strip() for a, b in lines], kinds,
                         tuple(lex.text.get("list_headings", ())))
    return [Paragraph(a, b, kind) for (a, b), kind in zip(lines, kinds)]


def _mark_headline_lists(lines: list[str], kinds: list[str], headings: tuple) -> None:
    """"Artikel Terkait", "Related stories": the lines after such a heading that end no
    sentence are other stories' headlines, up to the first line that does."""
    listing = False
    for i, line in enumerate(lines):
        if line.rstrip(":").strip() in headings:
            listing, kinds[i] = True, "credit"
        elif listing and not LINE_END.search(line):
            kinds[i] = "credit"
        else:
            listing = False


def _hard_wrapped(lines: list[str]) -> bool:
    low, high = WRAPPED_LINE
    cut = [x for x in lines if low <= len(x) <= high and not LINE_END.search(x)]
    return len(lines) >= 5 and len(cut) >= WRAPPED_SHARE * len(lines)


def _rejoin(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive lines joined until one ends a sentence or is short (a byline, a headline);
    a blank line also ends a paragraph."""
    out, last = [], ""
    for a, b in lines:
        if out and out[-1][1] + 1 == a and len(last) >= WRAPPED_LINE[0] and \
                not LINE_END.search(last):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        last = text[a:b].strip()
    return out


# How a teaser of another story ends: cut off mid-sentence.
ELLIPSES = ("...", "\u2026")
# A line with this many bullets is a list of other headlines ("Off the wire" boxes).
HEADLINE_BULLETS = 2


def _line_kind(line: str, starts: tuple, credits) -> str:
    if line.startswith(starts) or line.count("•") >= HEADLINE_BULLETS:
        return "credit"
    if any(map(line.__contains__, credits)):
        return "caption"
    if line.startswith("(") and line.endswith(")") and len(line) < 80:
        return "credit"  # "(AFP/REUTERS)", "(Reporting by ...)"
    if line.endswith(ELLIPSES):
        return "credit"  # a teaser cut short, linking to another story
    return "story"


# "... in southern Lebanon on April 6, 2025. [AFP] An Israeli strike ...": a photo caption run
# into the story ends with its credit in square brackets.
BRACKET_CREDIT = re.compile(r"\s*\[[A-Z][\w /.&-]{0,24}\]")


def credited_caption(text: str, end: int) -> bool:
    """Whether the sentence ending at `end` is a caption: a bracketed credit follows it."""
    return BRACKET_CREDIT.match(text, end) is not None


def dateline_end(text: str, para: Paragraph, places=frozenset()) -> int:
    """Offset just past a leading date stamp and dateline ("Jakarta (ANTARA) -", or a place of
    `places`, spans of place names, before a colon), or the paragraph start."""
    stamp = DATE_STAMP.match(text, para.start, para.end)
    start = stamp.end() if stamp else para.start
    head = text[start:min(start + DATELINE_REACH, para.end)]
    colon = COLON_DATELINE.match(head)
    if colon and (start, start + colon.end() - 2) in places:
        return start + colon.end()
    cut = min((head.find(d) for d in DASHES if head.find(d) > 0), default=-1)
    if cut <= 0 or not _looks_like_dateline(head[:cut]):
        return start
    dash = next(d for d in DASHES if head.find(d) == cut)
    return start + cut + len(dash)


def _looks_like_dateline(prefix: str) -> bool:
    outside = SITE_NAME.sub("Site", re.sub(r"\([^)]*\)", " ", prefix))
    words = WORD.findall(outside)
    return 0 < len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() for w in words)


def sentences(text: str, start: int, end: int, abbreviations: frozenset) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end), never longer than MAX_SENTENCE characters."""
    spans, begin = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, begin, m.start(), abbreviations):
            continue
        nxt = m.end()
        if nxt < end and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"“'‘(["):
            continue
        spans.append((begin, m.start() + 1))
        begin = nxt
    if begin < end and text[begin:end].strip():
        spans.append((begin, end))
    quoted = any(q in text[start:end] for q in QUOTE_MARKS)
    return [piece for s, e in (_whole_quotes(text, spans) if quoted else spans)
            for piece in _cap(text, s, e)]


def _whole_quotes(text: str, spans: list) -> list[tuple[int, int]]:
    """Sentences of one quote joined into one span when its speech tag follows the last of them
    ('"We condemn the strikes. They are unacceptable," Kamikawa said'): every sentence of the
    quote is the speaker's. A quote left open past QUOTE_SENTENCES stays split."""
    out, i = [], 0
    while i < len(spans):
        start, end = spans[i]
        j = i
        while _open_quote(text, start, end) and j + 1 < len(spans) and j - i + 1 < QUOTE_SENTENCES \
                and spans[j + 1][1] - start <= MAX_SENTENCE:
            j += 1
            end = spans[j][1]
        if j > i and _open_quote(text, start, end):
            out += spans[i:j + 1]  # never closed within reach: as split
        else:
            out.append((start, end))
        i = j + 1
    return out


def _open_quote(text: str, start: int, end: int) -> bool:
    """Whether a quote opened in text[start:end] is still open at its end (a closing mark right
    after the full stop, 'an "aggressor state."', closes it)."""
    while end < len(text) and text[end] in "\"\u201d":
        end += 1
    return text.count('"', start, end) % 2 == 1 or \
        text.count("\u201c", start, end) > text.count("\u201d", start, end)


def _is_abbreviation(text: str, begin: int, dot: int, abbreviations: frozenset) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > begin and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    return word in abbreviations or (len(word) == 1 and word.isupper())


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def outside_spans(items, spans) -> list:
    """The items (anything with .start/.end) not inside any span, in one sweep. Both lists
    must be sorted by start; spans are (start, end) pairs."""
    if not spans:
        return list(items)
    out, j, last, reach = [], 0, len(spans), -1
    for item in items:
        while j < last and spans[j][0] <= item.start:
            if spans[j][1] > reach:  # max() without the call: this runs for every function word
                reach = spans[j][1]
            j += 1
        if item.end > reach:
            out.append(item)
    return out


def padded(phrases) -> tuple[str, ...]:
    """Phrases with a space either side, to find them as whole words in a padded string."""
    try:
        return _padded(phrases)  # the lexicon's word sets: built once per set
    except TypeError:  # a list: built each time
        return tuple(f" {p} " for p in phrases)


@functools.cache
def _padded(phrases: frozenset | tuple) -> tuple[str, ...]:
    return tuple(f" {p} " for p in phrases)


def spaced(words) -> str:
    """The words joined by single spaces with a space either side, the form `says` reads."""
    return " " + " ".join(words) + " "


def says(padded_text: str, phrases) -> bool:
    """Whether a padded string (" word word ") holds one of the phrases as whole words."""
    return any(map(padded_text.__contains__, padded(phrases)))


# Characters read back for a few last words; when they hold fewer words than asked, the whole
# span is read (the result is the same either way: this only saves copying a long span).
LAST_WORDS_WINDOW = 120


def last_words(text: str, left: int, pos: int, n: int) -> list[str]:
    """The last `n` words of text[left:pos], without copying a long span."""
    start = max(left, pos - LAST_WORDS_WINDOW)
    words = text[start:pos].rsplit(None, n)
    # n splits give n + 1 parts, the last n whole; fewer parts mean the window held fewer words
    return words[-n:] if len(words) > n or start == left else text[left:pos].rsplit(None, n)[-n:]
