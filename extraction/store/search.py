"""Free-text search on event sentences through a word index kept in the store itself.

Semantics (the same as before the index existed): the text filter keeps events whose sentence
contains the query as a case-insensitive literal substring (both sides lower-cased); nothing
in the query is a pattern. The index only narrows the rows that are checked:

- `terms` lists each distinct word once. A word is a maximal run of letters and digits of the
  lower-cased sentence (any script); everything else separates words.
- `term_events` holds, per word and per commit, the numbers (`events.event_no`) of the events
  whose sentence has that word, and how many there are (`n`), in rows of at most
  `POSTING_CHUNK` numbers (a common word's list is split over several rows).

A query is split the same way. Each of its words lies inside one word of any sentence that
contains the query, so:

- a one-word query (nothing but letters and digits) is answered by the postings of the index
  words that contain it, with no sentence read;
- a longer query takes the events posted under every one of its words (leaving out words so
  common that they narrow nothing) and checks only those with the substring test;
- a query with no letter or digit (say `%` or `'`) has no word to look up: every sentence is
  checked (~2.5 s at 10M events).

The matching event numbers are worked out once per read connection and kept in a temporary
table (matches.py), so the several queries of one page share them.

The index is built in the same transaction as the events it points at, so it is never ahead of
or behind the table. Postings of deleted events (a reprocessed document) stay behind: the text
filter is a condition on the events table, where those numbers no longer exist, and the writer
never gives a number out twice.

Why not DuckDB's `fts` extension: it is not in the `duckdb` wheel (it is downloaded on first
use, which this project does not allow at run time; the pip-packaged builds found are for an
older DuckDB), and it matches stemmed whole words (BM25), not substrings.
"""
from __future__ import annotations

import duckdb

from . import matches

# Separators between words: anything that is not a letter or digit in any script. A fixed
# pattern; user text is never put into a regular expression.
SPLIT_PATTERN = r"[^\p{L}\p{N}]+"
# A word of a several-word query posted for more events than this (a word in most sentences,
# such as "the") is left out of the candidate intersection: it would cost more to intersect
# than it removes. If every word is that common, every sentence is checked. 2M: at 10M events
# a set of 2M candidates is intersected and joined in ~0.3 s on 2 cores, a scan takes ~2.5 s
# (benchmarks/bench_dashboard.py).
MAX_CANDIDATES = 2_000_000
# A query word found inside more distinct words than this (a letter or two) narrows little and
# would make the lookup's list of word ids very long; it is treated like a common word. 5,000
# is ~15 % of the 30k-word vocabulary of the benchmark store.
MAX_TERMS = 5_000
# Numbers per `term_events` row at most. DuckDB reads a list column by whole vectors of 2,048
# rows, so a word's list is read together with its neighbours' lists, and with one list per
# word and commit those neighbours are the lists of "the", "of"... (a million numbers each at
# 10M events). Split into rows of at most this many, a vector holds at most ~0.5M numbers: on
# the 10M benchmark store the 609,022 numbers of "navy" were read in 114-167 ms as one list per
# commit, 66 ms in rows of 2,048 and 16-17 ms in rows of 256 (fresh connections, the same
# store rewritten each way; 1.2M rows in all instead of 0.3M).
POSTING_CHUNK = 256
# Rows of an old store's index split per statement when it is upgraded (`chunk_postings`):
# the split sorts every number of the slice, so one statement over the whole index of the 10M
# benchmark store (265M numbers) peaked at 8.6 GB of memory. A third of one 1M-event commit's
# rows (~9M numbers) per statement took it to 2.5 GB (48 s in all, against 41 s at once).
CHUNKING_SLICE = 10_000


def words(con: duckdb.DuckDBPyConnection, text: str) -> tuple[str, list[str]]:
    """`text` lower-cased and its index words (split by DuckDB, as sentences are)."""
    lowered, found = con.execute(
        "SELECT lower($t), regexp_split_to_array(lower($t), $p)", {"t": text, "p": SPLIT_PATTERN}
    ).fetchall()[0]
    return lowered, [w for w in dict.fromkeys(found or ()) if w]


def index_events(con: duckdb.DuckDBPyConnection, first: int, end: int | None = None) -> None:
    """Add the words of events numbered `first` up to (not including) `end` to the index."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE new_words AS "
        "SELECT DISTINCT event_no, unnest(regexp_split_to_array(lower(sentence), $p)) AS term "
        "FROM events WHERE event_no >= $first AND event_no < $end AND sentence IS NOT NULL",
        {"p": SPLIT_PATTERN, "first": first, "end": end if end is not None else 2**62},
    )
    con.execute(
        "INSERT INTO terms SELECT term, (SELECT coalesce(max(term_id), 0) FROM terms) "
        "+ row_number() OVER (ORDER BY term) "
        "FROM (SELECT DISTINCT term FROM new_words WHERE term <> '') n "
        "WHERE NOT EXISTS (SELECT 1 FROM terms t WHERE t.term = n.term)"
    )
    # In word order: a query word inside several words ("ata2917" in "kata2917", "kata29170",
    # ...) finds words numbered side by side, whose lists DuckDB then reads from one place
    # rather than from all over the table (at 1M events: 13 ms against 69 ms).
    con.execute(
        "INSERT INTO term_events " + _CHUNKED_SQL.format(
            postings="SELECT t.term_id, n.event_no, 0 AS list_no FROM new_words n JOIN terms t USING (term)"),
        {"chunk": POSTING_CHUNK})
    con.execute("DROP TABLE new_words")


# Postings (term_id, event_no, list_no: which list they came from) as rows of at most $chunk
# numbers per (list_no, term_id), in that order. Numbering every posting costs an ingest
# ~10-30 ms per commit of 500 documents (5,000 events); slicing whole lists with `list_slice`
# instead was no cheaper there and copies a list once per slice (splitting the 10M store's
# index that way went past 19 GB of memory).
_CHUNKED_SQL = """
SELECT term_id, list(event_no ORDER BY event_no), count(*)::INTEGER
FROM (SELECT term_id, event_no, list_no,
             (row_number() OVER (PARTITION BY list_no, term_id ORDER BY event_no) - 1) // $chunk AS part
      FROM ({postings}))
GROUP BY list_no, term_id, part ORDER BY list_no, term_id, part
"""


def chunk_postings(con: duckdb.DuckDBPyConnection) -> None:
    """Split the index's lists into rows of at most `POSTING_CHUNK` numbers, keeping their
    order (a store of schema 5 and before held one list per word and commit). Inside the
    caller's transaction: the split rows are appended a slice of old rows at a time, then the
    old rows deleted."""
    last = con.execute("SELECT max(rowid) FROM term_events").fetchall()[0][0]
    if last is None:
        return
    for start in range(0, last + 1, CHUNKING_SLICE):
        # Rows appended in this transaction have row ids above every committed one, so the
        # slices and the delete below see only the old rows.
        con.execute("INSERT INTO term_events " + _CHUNKED_SQL.format(
            postings="SELECT term_id, unnest(event_nos) AS event_no, rowid AS list_no "
                     "FROM term_events WHERE rowid >= $start AND rowid < $end"),
            {"chunk": POSTING_CHUNK, "start": start, "end": start + CHUNKING_SLICE})
    con.execute("DELETE FROM term_events WHERE rowid <= $last", {"last": last})


def hits(con: duckdb.DuckDBPyConnection, text: str) -> str:
    """The name of a temporary table of this connection listing the `event_no` of every event
    whose sentence contains `text`. Worked out once per connection and text: a page's several
    queries share it."""
    return matches.table(con, "search_hits", text, lambda: _hits_sql(con, text))


def _hits_sql(con: duckdb.DuckDBPyConnection, text: str) -> tuple[str, list]:
    lowered, query_words = words(con, text)
    scan = ("SELECT event_no FROM events WHERE contains(lower(sentence), ?)", [lowered])
    if not query_words:  # nothing to look up (only spaces or punctuation): every row is checked
        return scan
    found = con.execute(
        "SELECT w.i, t.term_id FROM (SELECT unnest($words) AS word, generate_subscripts($words, 1) AS i) w "
        "JOIN terms t ON contains(t.term, w.word)", {"words": query_words}).fetchall()
    ids: dict[int, list[int]] = {i: [] for i in range(1, len(query_words) + 1)}
    for i, term_id in found:
        ids[i].append(term_id)
    if not all(ids.values()):  # a word no sentence holds: nothing matches
        return "SELECT NULL::BIGINT AS event_no WHERE FALSE", []
    ids = {i: terms for i, terms in ids.items() if len(terms) <= MAX_TERMS}
    if not ids:  # only very short words: nothing to narrow with
        return scan
    every = sorted({t for terms in ids.values() for t in terms})
    # The term ids go in as parameters of a constant IN list, which DuckDB checks inside the
    # scan of term_events; a subquery there made it read every posting list (1.6 s at 10M).
    # The lengths are read from `n`: `len(event_nos)` read the lists themselves (~0.5 s at 10M).
    sizes = dict(con.execute(
        f"SELECT term_id, sum(n) FROM term_events WHERE term_id IN ({_marks(every)}) "
        "GROUP BY 1", every).fetchall())
    postings = {i: sum(sizes.get(t, 0) for t in terms) for i, terms in ids.items()}
    if query_words == [lowered] and 1 in ids:
        # The query is one word: a sentence has it as a substring exactly when one of its
        # words does, so the postings are the answer, however many.
        return _postings_sql(ids[1])
    # Several words (or punctuation): events that have every word are the candidates, and
    # the substring test decides. Words in most sentences narrow nothing and are left out.
    narrowing = sorted((i for i in ids if postings[i] <= MAX_CANDIDATES), key=postings.get)
    if not narrowing:
        return scan
    parts = [_postings_sql(ids[i]) for i in narrowing]
    candidates = " INTERSECT ".join(f"({sql})" for sql, _ in parts)
    params = [p for _, values in parts for p in values]
    # The substring test runs on the candidates only: it sits in the join with the one-row
    # needle, so the optimiser cannot push it down to a scan of every sentence.
    return (f"SELECT c.event_no FROM ({candidates}) c JOIN events s ON s.event_no = c.event_no "
            "JOIN (SELECT ?::VARCHAR AS needle) q ON contains(lower(s.sentence), q.needle)",
            [*params, lowered])


def _postings_sql(term_ids: list[int]) -> tuple[str, list]:
    # Duplicates (a sentence with two words that hold the query's word) are harmless: the
    # result is used as a set.
    return (f"SELECT unnest(event_nos) AS event_no FROM term_events "
            f"WHERE term_id IN ({_marks(term_ids)})"), term_ids


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)
