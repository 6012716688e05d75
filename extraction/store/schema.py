"""Table layout of the event store: column names, SQL types, Arrow types, DDL, empty frames.

One place owns the layout so the writer, the readers and the exports agree on it.
"""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

from ..model import EVENT_COLUMNS, EVIDENCE_COLUMNS

# Bumped when a table's layout changes; a store written with another version is refused
# rather than silently misread.
SCHEMA_VERSION = "9"
# Older schema -> (statements that bring it one step up, the version it then is).
UPGRADES = {
    "1": (("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_basis VARCHAR",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor_inferred BOOLEAN",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor_inferred BOOLEAN"), "2"),
    # 3: the outlet copied onto each event (filters need no join), a row number per event
    # for the word index (extraction/store/search.py builds the index after this step).
    "2": (("ALTER TABLE events ADD COLUMN IF NOT EXISTS outlet VARCHAR",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS event_no BIGINT",
           "UPDATE events SET outlet = d.source FROM documents d WHERE events.doc_id = d.doc_id",
           "UPDATE events SET event_no = r.n FROM (SELECT event_id, row_number() OVER "
           "(ORDER BY event_id) AS n FROM events) r WHERE events.event_id = r.event_id"), "3"),
    # 4: numbers for the dashboard's counts (actor spellings, clusters; writer._upgrade fills
    # them after this step) and each posting list's length in the word index.
    "3": (("ALTER TABLE events ADD COLUMN IF NOT EXISTS source_actor_no INTEGER",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS target_actor_no INTEGER",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS same_actor BOOLEAN",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_no BIGINT",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_group UBIGINT",
           "ALTER TABLE clusters ADD COLUMN IF NOT EXISTS cluster_no BIGINT",
           "ALTER TABLE term_events ADD COLUMN IF NOT EXISTS n INTEGER",
           "UPDATE term_events SET n = len(event_nos)"), "4"),
    # 5: an event's cluster id is stored as a number (clusters.py: rewriting the text ids cost
    # an ingest into a 10M store seconds); writer._upgrade fills it before the text goes.
    "4": (("ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_hash UBIGINT",), "5"),
    # 6: the word index's lists split into rows of at most search.POSTING_CHUNK numbers
    # (writer._upgrade rewrites them after this step); no column changes.
    "5": ((), "6"),
    # 7: the clusters table in cluster_no order (clusters._CLUSTER_ROWS_SQL says why).
    "6": (("CREATE TABLE clusters_in_order AS SELECT * FROM clusters ORDER BY cluster_no",
           "DROP TABLE clusters",
           "ALTER TABLE clusters_in_order RENAME TO clusters"), "7"),
    # 8: each event's article publication day and its clustering day on the event itself
    # (clusters.py reads them without joining the documents, and finds a stretch of days
    # through the zone maps of cluster_day); writer._upgrade fills them after this step.
    "7": (("ALTER TABLE events ADD COLUMN IF NOT EXISTS doc_published DATE",
           "ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_day DATE"), "8"),
    # 9: the narrow coded copy of the filter and actor columns (keys.py; its two tables come
    # with DDL, writer._upgrade fills them after this step).
    "8": ((), "9"),
}

STATUSES = ("events", "no_events", "error")

# (name, SQL type, Arrow type). Order is the on-disk column order.
_DOCUMENT_FIELDS = (
    ("doc_id", "VARCHAR PRIMARY KEY", pa.string()),
    ("article_id", "VARCHAR", pa.string()),
    ("path", "VARCHAR", pa.string()),
    ("title", "VARCHAR", pa.string()),
    ("url", "VARCHAR", pa.string()),
    ("source", "VARCHAR", pa.string()),
    ("published", "DATE", pa.date32()),
    ("language", "VARCHAR", pa.string()),
    ("status", "VARCHAR NOT NULL", pa.string()),
    ("reason", "VARCHAR", pa.string()),
    ("extractor_version", "VARCHAR", pa.string()),
    ("ingested_at", "TIMESTAMP", pa.timestamp("us")),
    ("n_events", "INTEGER", pa.int32()),
    ("text", "VARCHAR", pa.string()),
)

# Event columns that are not plain text.
_TYPED_EVENT_COLUMNS = {
    "event_date": ("DATE", pa.date32()),
    "quad_class": ("INTEGER", pa.int32()),
    "goldstein": ("DOUBLE", pa.float64()),
    "confidence": ("DOUBLE", pa.float64()),
    "sentence_start": ("INTEGER", pa.int32()),
    "sentence_end": ("INTEGER", pa.int32()),
    "trigger_spans": ("VARCHAR", pa.string()),  # JSON text: [[start, end], ...]
    "source_actor_inferred": ("BOOLEAN", pa.bool_()),
    "target_actor_inferred": ("BOOLEAN", pa.bool_()),
}

_EVENT_FIELDS = (
    ("event_id", "VARCHAR PRIMARY KEY", pa.string()),
    ("doc_id", "VARCHAR NOT NULL", pa.string()),
) + tuple(
    (name, *_TYPED_EVENT_COLUMNS.get(name, ("VARCHAR", pa.string())))
    for name in EVENT_COLUMNS + EVIDENCE_COLUMNS
) + (
    # The document's source, copied at ingest so every dashboard filter reads one table.
    ("outlet", "VARCHAR", pa.string()),
    # Insertion number, unique and increasing: what the word index points at (search.py).
    ("event_no", "BIGINT", pa.int64()),
    # The numbers of the source and target actor's stored spellings (actors.py), and whether
    # both sides name one actor: the Actors page and the actor filter work on these.
    ("source_actor_no", "INTEGER", pa.int32()),
    ("target_actor_no", "INTEGER", pa.int32()),
    ("same_actor", "BOOLEAN", pa.bool_()),
    # The event_no of the cluster's first mention (clusters.py): one number per cluster, so
    # the clusters among millions of events are counted exactly with a bitmap.
    ("cluster_no", "BIGINT", pa.int64()),
    # The cluster's id as the number its hex digits spell (clusters.cluster_id_sql prints it).
    ("cluster_hash", "UBIGINT", pa.uint64()),
    # A number for the mention's class and dyad (clusters.GROUP_SQL): an ingest finds the
    # mentions near its own through it.
    ("cluster_group", "UBIGINT", pa.uint64()),
    # The article's publication day, copied at ingest like the outlet (a document's id hashes
    # it, so it never changes), and the day the clusters group the event by: its own date, or
    # the publication day when it has none (clusters.py).
    ("doc_published", "DATE", pa.date32()),
    ("cluster_day", "DATE", pa.date32()),
)
# Columns of the events table that number things for the store's own use, not facts about an
# event: left out of snapshots, exports and an event's detail.
INTERNAL_EVENT_COLUMNS = ("event_no", "source_actor_no", "target_actor_no", "same_actor", "cluster_no",
                          "cluster_group", "cluster_hash", "doc_published", "cluster_day")

_CLUSTER_FIELDS = (
    ("cluster_id", "VARCHAR", pa.string()),
    ("event_type", "VARCHAR", pa.string()),
    ("cameo_code", "VARCHAR", pa.string()),
    ("source_country", "VARCHAR", pa.string()),
    ("target_country", "VARCHAR", pa.string()),
    ("first_date", "DATE", pa.date32()),
    ("last_date", "DATE", pa.date32()),
    ("num_articles", "INTEGER", pa.int32()),
    ("num_sources", "INTEGER", pa.int32()),
    ("num_mentions", "INTEGER", pa.int32()),
    ("first_doc_id", "VARCHAR", pa.string()),
    ("first_event_id", "VARCHAR", pa.string()),
)

DOCUMENT_COLUMNS = tuple(f[0] for f in _DOCUMENT_FIELDS)
# Document fields joined onto each event when the store is read (exports use them).
EVENT_DOC_COLUMNS = ("published", "title")

DOCUMENT_ARROW = pa.schema([(n, t) for n, _, t in _DOCUMENT_FIELDS])
EVENT_ARROW = pa.schema([(n, t) for n, _, t in _EVENT_FIELDS])
CLUSTER_ARROW = pa.schema([(n, t) for n, _, t in _CLUSTER_FIELDS])
# A snapshot's events frame: the stored facts (not the internal numbers, which two stores of
# the same content number differently), the cluster's id (printed from its number) and the
# document fields.
EVENT_FRAME_ARROW = pa.schema(
    [f for f in EVENT_ARROW if f.name not in INTERNAL_EVENT_COLUMNS][:2]
    + [("cluster_id", pa.string())]
    + [f for f in EVENT_ARROW if f.name not in INTERNAL_EVENT_COLUMNS][2:]
    + [("published", pa.date32()), ("title", pa.string())]
)


def _create(table: str, fields) -> str:
    cols = ", ".join(f"{name} {sql}" for name, sql, _ in fields)
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


DDL = (
    _create("documents", _DOCUMENT_FIELDS),
    _create("events", _EVENT_FIELDS),
    # cluster_no: its anchor's event_no, as on its events (kept out of snapshots).
    _create("clusters", _CLUSTER_FIELDS + (("cluster_no", "BIGINT", pa.int64()),)),
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    # The word index of event sentences (search.py): each distinct word once, and per word
    # and commit the event numbers whose sentence holds it (rows of at most
    # search.POSTING_CHUNK numbers).
    "CREATE TABLE IF NOT EXISTS terms (term VARCHAR, term_id INTEGER)",
    # `n`: the length of `event_nos`, read without reading the list.
    "CREATE TABLE IF NOT EXISTS term_events (term_id INTEGER, event_nos BIGINT[], n INTEGER)",
    # Each stored spelling of an actor name once, with its number (actors.py).
    "CREATE TABLE IF NOT EXISTS actor_spellings (actor_no INTEGER, spelling VARCHAR)",
    # Each value of a coded kind (country, class, language, outlet, role) once, with its code,
    # and per event its filter and actor columns with those codes for the text (keys.py).
    "CREATE TABLE IF NOT EXISTS value_codes (kind VARCHAR, value VARCHAR, code INTEGER)",
    "CREATE TABLE IF NOT EXISTS event_keys (event_no BIGINT, event_date DATE, "
    "source_country INTEGER, target_country INTEGER, event_type INTEGER, language INTEGER, "
    "outlet INTEGER, source_role INTEGER, target_role INTEGER, source_actor_no INTEGER, "
    "target_actor_no INTEGER, same_actor BOOLEAN, source_actor_inferred BOOLEAN, "
    "target_actor_inferred BOOLEAN)",
)


def to_frame(table: pa.Table, schema: pa.Schema) -> pd.DataFrame:
    """Arrow result -> pandas with fixed dtypes (dates as datetime64, so `.dt` works). A
    column a store of an older schema lacks (not yet upgraded by an ingest) reads as empty."""
    for field in schema:
        if field.name not in table.column_names:
            table = table.append_column(field, pa.nulls(len(table), field.type))
    return table.select(schema.names).cast(schema).to_pandas(date_as_object=False)


def empty_frame(schema: pa.Schema) -> pd.DataFrame:
    """A zero-row DataFrame with the dtypes a populated read would have."""
    return to_frame(schema.empty_table(), schema)
