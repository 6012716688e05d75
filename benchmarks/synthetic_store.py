"""A synthetic store of N events written directly in SQL, for the dashboard benchmark.

The real ingest writes ~45k events/s here, so 10M events would take an hour; generating the
same tables in DuckDB takes a few minutes. The layout is the store's own (`schema.DDL` through
`writer.prepare`, the word index through `search.index_events`), so the dashboard reads it as
it reads an ingested store. Distributions are skewed the way news is: a few countries, classes,
outlets and actors carry most events, recent days more than old ones, sentence lengths from 8
to 60 words over a Zipf-like vocabulary.

Rows are in the order a store that follows the news gets them: documents by publication day
(LATE_SHARE of them published earlier than their neighbours: late reports and backfilled
archives), each event dated on its report's day or a few days before. Where rows lie matters to the pages: the Events page
reads the newest few thousand rows, cheap when they are near each other and ~0.5 s more at
10M events when every one sits elsewhere in the file (the order of the generator before
this one, which dated each event at random; README, "Dashboard").
"""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pyarrow as pa

from extraction.pipeline.codes import load_codes
from extraction.store import actors, keys, search
from extraction.store.clusters import day_events, number_groups, recluster
from extraction.store.conn import connection
from extraction.store.writer import prepare

COUNTRIES = (
    "USA CHN RUS UKR IDN ISR PSE IRN IND JPN KOR PRK GBR FRA DEU TUR SAU AUS MYS SGP PHL THA VNM "
    "ITA ESP NLD BEL POL IRQ EGY ZAF NGA KEN BRA ARG MEX CAN CHL COL PER VEN CUB PAK AFG BGD LKA "
    "MMR KHM LAO NZL SWE NOR FIN DNK GRC QAT ARE JOR SYR LBN"
).split() + ["UN", "EU", "ASEAN", "NATO"]
OUTLETS = tuple(f"outlet{i}.example" for i in range(40))
FIRST_DAY = dt.date(2022, 1, 1)
DAYS = 3 * 365
EVENTS_PER_DOC = 10
# Words of news about states first (the most frequent), then made-up words for the long tail.
HEAD_WORDS = ("the of and to in on talks trade security border minister officials agreement "
              "sanctions navy aid port summit visit election troops envoy crisis region ministry "
              "statement").split()
# Distinct words of the sentences: a few tens of thousands, as in a year of one country's
# news; enough that a rare word is in ~0.3 % of sentences and a part of a word matches a few.
VOCABULARY = 30_000
# Events indexed per index_events call: the words of 1M sentences fit in memory comfortably.
INDEX_CHUNK = 1_000_000
# Documents stored out of publication order (a late report, an archive ingested after newer
# news), published on any earlier day; a guess at a store fed daily and topped up now and then.
LATE_SHARE = 0.05

# Skew exponents: value index = floor(random()^k * n); a larger k puts more weight on the head.
_EVENTS_SQL = """
INSERT INTO events BY NAME
WITH ordered AS (
    -- The day a document is stored on, in document order: floor(x^0.6 * days) for x evenly
    -- spread puts more reports on recent days.
    SELECT doc_no, floor(pow(doc_no / $n_docs, 0.6) * $days)::INT AS day
    FROM range(0, $n_docs) r(doc_no)
), docs AS (
    -- Its publication day: that day, or for a late one any earlier day (a document cannot be
    -- stored before it is published).
    SELECT doc_no, CASE WHEN random() < $late THEN floor(random() * (day + 1))::INT
                        ELSE day END AS pub_day
    FROM ordered
), base AS (
    SELECT i AS event_no, pub_day,
           -- Days before publication: most events are reported the same day or the next.
           CASE WHEN random() < 0.6 THEN 0 WHEN random() < 0.75 THEN 1
                ELSE 2 + floor(random() * 6)::INT END AS lag,
           floor(pow(random(), 2.5) * $n_countries)::INT AS s_idx,
           floor(pow(random(), 2.0) * $n_countries)::INT AS t_idx,
           floor(pow(random(), 1.6) * $n_types)::INT AS k_idx,
           random() AS r_date, random() AS r_target, random() AS r_actor,
           8 + floor(pow(random(), 2) * 52)::INT AS n_words
    FROM range(1, $n + 1) r(i) JOIN docs ON docs.doc_no = (i - 1) // $per_doc
)
SELECT 'doc-' || ((event_no - 1) // $per_doc) || ':' || ((event_no - 1) % $per_doc) AS event_id,
       'doc-' || ((event_no - 1) // $per_doc) AS doc_id,
       'doc-' || ((event_no - 1) // $per_doc) AS article_id,
       CASE WHEN r_date < 0.02 THEN NULL ELSE $first + greatest(pub_day - lag, 0) END AS event_date,
       'day' AS date_precision, c.event_type, c.code AS cameo_code, c.plover_type, c.plover_mode,
       c.quad_class, c.goldstein,
       $countries[s_idx + 1] AS source_country,
       'Minister ' || floor(pow(random(), 3) * 20000)::INT AS source_actor,
       CASE WHEN r_target < 0.1 THEN NULL
            WHEN t_idx = s_idx THEN $countries[(t_idx + 1) % $n_countries + 1]
            ELSE $countries[t_idx + 1] END AS target_country,
       CASE WHEN r_actor < 0.2 THEN NULL
            ELSE 'Envoy ' || floor(pow(random(), 3) * 20000)::INT END AS target_actor,
       CASE WHEN event_no % 3 = 0 THEN 'en' ELSE 'id' END AS language,
       replace(c.event_type, '_', ' ') AS trigger,
       $countries[s_idx + 1] || ' officials ' || replace(c.event_type, '_', ' ') || ' '
           || array_to_string(list_transform(range(n_words),
                  lambda x: $vocab[1 + floor(pow(random(), 4) * $n_vocab)::INT]), ' ') || '.' AS sentence,
       round(random(), 3) AS confidence,
       'https://' || $outlets[1 + floor(pow(random(), 1.5) * 40)::INT] || '/' || event_no AS url,
       'stated' AS date_basis, random() < 0.05 AS source_actor_inferred,
       random() < 0.05 AS target_actor_inferred,
       'foreign_minister' AS source_role, NULL AS target_role,
       '[[0, 3]]' AS trigger_spans, 0 AS sentence_start, 40 AS sentence_end,
       $outlets[1 + (((event_no - 1) // $per_doc) * 7919 % 40)::INT] AS outlet,
       event_no
FROM base JOIN codes c ON c.k = base.k_idx
"""

_DOCUMENTS_SQL = """
INSERT INTO documents BY NAME
SELECT doc_id, doc_id AS article_id, NULL AS path, 'Story ' || doc_id AS title,
       min(url) AS url, any_value(outlet) AS source, max(event_date) AS published,
       any_value(language) AS language, 'events' AS status, NULL AS reason,
       'synthetic' AS extractor_version, now()::TIMESTAMP AS ingested_at,
       count(*)::INT AS n_events, string_agg(sentence, ' ') AS text
FROM events GROUP BY doc_id
"""

def _codes_table() -> pa.Table:
    codes = load_codes()
    rows = []
    for k, kind in enumerate(codes.event_types()):
        code = codes.get(codes.default_code(kind))
        rows.append({"k": k, "event_type": kind, "code": code.code, "plover_type": code.plover_type,
                     "plover_mode": code.plover_mode, "quad_class": code.quad_class,
                     "goldstein": code.goldstein})
    return pa.Table.from_pylist(rows)


def _vocabulary() -> list[str]:
    made_up = [f"kata{i}" for i in range(VOCABULARY - len(HEAD_WORDS))]
    return list(HEAD_WORDS) + made_up


def build(db: Path, n_events: int, log=print) -> float:
    """Write a fresh synthetic store of `n_events` events at `db`; seconds taken."""
    started = time.perf_counter()
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    prepare(db)
    codes = _codes_table()
    vocab = _vocabulary()
    with connection(db, read_only=False) as con:
        con.execute("SET enable_progress_bar = false")
        con.register("codes", codes)
        con.execute(_EVENTS_SQL, {
            "n": n_events, "per_doc": EVENTS_PER_DOC, "countries": COUNTRIES,
            "n_countries": len(COUNTRIES), "n_types": codes.num_rows, "first": FIRST_DAY,
            "days": DAYS, "vocab": vocab, "n_vocab": len(vocab), "outlets": list(OUTLETS),
            "n_docs": -(-n_events // EVENTS_PER_DOC), "late": LATE_SHARE,
        })
        log(f"  events: {time.perf_counter() - started:.0f} s")
        con.execute(_DOCUMENTS_SQL)
        actors.number_events(con)
        number_groups(con)
        day_events(con)
        keys.fill(con)
        # The store's own clustering, so that an ingest into it finds the clusters it keeps.
        recluster(con)
        log(f"  documents, numbers, clusters: {time.perf_counter() - started:.0f} s")
        for first in range(1, n_events + 1, INDEX_CHUNK):
            search.index_events(con, first, first + INDEX_CHUNK)
        con.execute("UPDATE meta SET value = '1' WHERE key IN ('changes', 'clustered_at')")
        con.execute("CHECKPOINT")
        log(f"  word index: {time.perf_counter() - started:.0f} s")
    return time.perf_counter() - started

