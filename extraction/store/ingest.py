"""The embedded event store (DuckDB): ingest inputs, read snapshots, tell when it changed.

Public API used by the CLI and the dashboard: DEFAULT_DB, resolve_db_path, ingest,
IngestSummary, read_tables, read_document, Tables, store_version, StoreBusy,
refresh_stale_clusters.

Access pattern (see store_conn): one writer at a time, holding `<db>.lock` for the whole
ingest but opening the database only to commit a batch; readers open it read-only for one
snapshot. Either side retries while the other briefly holds the file, so a dashboard stays
usable during a long ingest.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb
import pandas as pd
import pyarrow as pa

from ..model import Article
from . import schema
from .chunks import chunks
from .clusters import cluster_id_sql
from .conn import StoreBusy, connection, writer_lock
from .rows import article_doc_id, article_from_row, document_row, error_doc_id, event_rows
from .scale import Extracted, Extractor, extract_many
from .workers import DOC_TIMEOUT_S
from .writer import BATCH_DOCS, BATCH_SECONDS, BatchWriter, prepare

__all__ = [
    "DEFAULT_DB", "IngestSummary", "StoreBusy", "Tables", "ingest", "read_document",
    "read_tables", "refresh_stale_clusters", "resolve_db_path", "store_version",
]

DEFAULT_DB = "data/events.duckdb"
DB_ENV_VAR = "EVENTS_DB"

ProgressCallback = Callable[[int, "int | None", int], None]

# Inputs whose stored copies are looked up with one query, instead of reading every stored
# document id at the start: on the 10M benchmark store (1M documents) that read took
# 0.56-0.59 s of each ingest and held a set of 1M ids, where one chunk's lookup takes ~0.07 s
# (~70 us an input, against the reading and hashing of the input itself). A chunk is held in
# memory until its lookup, hence the cap on its characters as well.
LOOKUP_INPUTS = 1000
LOOKUP_CHARS = 20_000_000
# A chunk is looked up once the input source has been silent this long, so a slow source does
# not hold back the inputs it gave (reading a file takes well under this).
LOOKUP_WAIT_S = 0.2


def resolve_db_path(path: str | os.PathLike | None = None) -> Path:
    """Store location: the explicit path, else $EVENTS_DB, else DEFAULT_DB."""
    chosen = path if path not in (None, "") else os.environ.get(DB_ENV_VAR) or DEFAULT_DB
    return Path(chosen)


@dataclass
class IngestSummary:
    """What one ingest did. `by_status` counts documents written in this run."""

    by_status: dict[str, int] = field(default_factory=lambda: {s: 0 for s in schema.STATUSES})
    events_added: int = 0
    skipped: int = 0  # already stored with the current extractor version (or repeated input)
    reprocessed: int = 0  # stored documents re-extracted in place
    elapsed_s: float = 0.0
    # (where, reason) of every input of this run that ended as an error, including errors an
    # earlier run recorded for the same input; what the CLI prints and its exit code counts.
    failures: list[tuple[str, str]] = field(default_factory=list)
    # (where, reason) of inputs that are not documents (named pipes, devices): never stored.
    skipped_inputs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(self.by_status.values())

    @property
    def docs_per_second(self) -> float:
        return (self.documents + self.skipped) / self.elapsed_s if self.elapsed_s > 0 else 0.0


@dataclass(frozen=True)
class Tables:
    """A consistent snapshot of the store as pandas DataFrames."""

    documents: pd.DataFrame
    events: pd.DataFrame
    clusters: pd.DataFrame


# ---------------------------------------------------------------- writing


def _current_version() -> str:
    # Read at call time, so a version bump (or a test's monkeypatch) takes effect.
    from .. import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


@dataclass
class _Run:
    """State of one ingest: what is stored, what is in flight, what has been counted."""

    db_path: Path
    # doc_id -> extractor_version of stored documents another version wrote (reprocess only).
    other_version: dict[str, str]
    stored_errors: dict[str, str]  # doc_id -> reason of documents stored as errors
    version: str
    reprocess: bool
    writer: BatchWriter
    summary: IngestSummary
    progress: ProgressCallback | None
    total: int | None
    pending: dict = field(default_factory=dict)  # Article -> (doc_id, path, replaces)
    seen: set = field(default_factory=set)
    done: int = 0

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, self.summary.events_added)

    def to_extract(self, inputs: Iterable) -> Iterator[Article]:
        """Articles that need extraction; read errors and already-stored inputs are settled here."""
        for chunk in chunks(inputs, LOOKUP_INPUTS, LOOKUP_CHARS, LOOKUP_WAIT_S, _chars):
            keyed = [(item, _ids_of(item)) for item in chunk]
            wanted = [i for _, ids in keyed for i in ids]
            known = set(_documents(self.db_path, wanted, "doc_id").column(0).to_pylist())
            for item, ids in keyed:
                if isinstance(item, Article):
                    path = getattr(item, "path", None)
                    article = self._claim(item, ids[0], ids[0] in known, path)
                    if article is not None:
                        yield article
                elif ids:
                    self._read_error(item, *ids, known)
                else:
                    self._skipped_input(item)

    def _claim(self, article: Article, doc_id: str, stored: bool,
               path: str | None) -> Article | None:
        stale = self.reprocess and doc_id in self.other_version
        if doc_id in self.seen or (stored and not stale):
            if doc_id not in self.seen and doc_id in self.stored_errors:
                self._failed(_article_label(article), self.stored_errors[doc_id], before=True)
            self.summary.skipped += 1
            self.tick()
            return None
        self.seen.add(doc_id)
        if not article.id:  # events name their article; give anonymous inputs a stable name
            article = replace(article, id=doc_id[:16])
        self.pending[article] = (doc_id, path, stored)
        return article

    def _failed(self, where: str, reason: str, before: bool = False) -> None:
        self.summary.failures.append((where, f"{reason} (recorded by an earlier run)" if before
                                      else reason))

    def _skipped_input(self, error) -> None:
        reason = str(getattr(error, "reason", error))
        self.summary.skipped_inputs.append((_error_where(error), reason))
        self.tick()

    def _read_error(self, error, doc_id: str, by_path: str, known: set[str]) -> None:
        """An unreadable input (`known`: which of its ids the store holds)."""
        where, reason = _error_where(error), str(getattr(error, "reason", error))
        if by_path in known:  # recorded by a version keyed on the path
            doc_id = by_path
        if doc_id in self.seen or doc_id in known:
            if doc_id not in self.seen:
                self._failed(where, reason, before=True)
            self.summary.skipped += 1
        else:
            self.seen.add(doc_id)
            row = document_row(doc_id, None, path=where, status="error", reason=reason,
                               version=self.version, events=[], now=_now())
            self.writer.add(row, [], replaces=False)
            self.summary.by_status["error"] += 1
            self._failed(where, reason)
        self.tick()

    def stale_articles(self) -> Iterator[Article]:
        """Stored documents extracted by another version and not already redone in this run."""
        stale_ids = [d for d in self.other_version if d not in self.seen]
        # Fetched in slices so a million stored texts never sit in memory at once.
        for start in range(0, len(stale_ids), self.writer.batch_docs):
            batch = stale_ids[start:start + self.writer.batch_docs]
            for row in _documents(self.db_path, batch).to_pylist():
                if row["text"] is None:  # unreadable input: nothing to re-extract
                    continue
                article = article_from_row(row)
                self.seen.add(row["doc_id"])
                self.pending[article] = (row["doc_id"], row["path"], True)
                yield article

    def record(self, outcome: Extracted) -> None:
        doc_id, path, replaces = self.pending.pop(outcome.article)
        events = outcome.events
        if outcome.error is not None:
            status, reason = "error", outcome.error
            self._failed(_article_label(outcome.article, path), reason)
        else:
            status, reason = ("events" if events else "no_events"), None
        doc = document_row(
            doc_id, outcome.article, path=path, status=status, reason=reason, version=self.version,
            events=events, now=_now(),
        )
        self.writer.add(doc, event_rows(doc_id, events), replaces=replaces)
        self.summary.by_status[status] += 1
        self.summary.events_added += len(events)
        self.summary.reprocessed += int(replaces)
        self.tick()


def _error_where(error) -> str:
    path, record = getattr(error, "path", None), getattr(error, "record", None)
    return str(path) if record is None else f"{path} [{record}]"


def _ids_of(item) -> tuple[str, ...]:
    """The document ids an input may be stored under: an article's; an unreadable input's,
    and the one an older version keyed on its path alone; none for an input that is skipped,
    never stored (a named pipe, a device)."""
    if isinstance(item, Article):
        return (article_doc_id(item),)
    if getattr(item, "skipped", False):
        return ()
    path, record = getattr(item, "path", None), getattr(item, "record", None)
    return error_doc_id(path, record, getattr(item, "identity", None)), error_doc_id(path, record)


def _chars(item) -> int:
    return len(item.text or "") if isinstance(item, Article) else 0


def _article_label(article: Article, path: str | None = None) -> str:
    label = f"article {article.id}" if article.id else "article"
    return f"{path}: {label}" if path else label


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _documents(db_path: Path, doc_ids: list[str], columns: str = "*") -> pa.Table:
    """The stored documents among `doc_ids` (`columns`: our own column list)."""
    with connection(db_path, read_only=False) as con:
        con.register("wanted_ids", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
        return con.sql(f"SELECT {columns} FROM documents "
                       "WHERE doc_id IN (SELECT doc_id FROM wanted_ids)").to_arrow_table()


def ingest(
    inputs: Iterable, db_path: str | os.PathLike | None = None, *, workers: int = 1,
    dask_scheduler: str | None = None, reprocess: bool = False,
    progress: ProgressCallback | None = None, extractor: Extractor | None = None,
    batch_docs: int = BATCH_DOCS, batch_seconds: float = BATCH_SECONDS,
    doc_timeout_s: float | None = DOC_TIMEOUT_S,
) -> IngestSummary:
    """Extract and store every input (Article or ReadError); return what happened.

    Inputs already stored are skipped. With `reprocess`, documents stored by another extractor
    version (given again or only in the store) are re-extracted and replaced in place.
    A document whose extraction takes longer than `doc_timeout_s` is stored as an error.
    Raises StoreBusy if another process is ingesting into the same store.
    """
    path = resolve_db_path(db_path)
    started = time.monotonic()
    summary = IngestSummary()
    path.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(path):
        clusters_stale = prepare(path)
        with BatchWriter(path, batch_docs, batch_seconds, clusters_stale) as writer:
            if clusters_stale:  # a killed run's clusters: right from the start, not at the end
                writer.flush(cluster=True)
            _ingest_all(inputs, writer, summary, workers=workers,
                        dask_scheduler=dask_scheduler, reprocess=reprocess, progress=progress,
                        extractor=extractor, doc_timeout_s=doc_timeout_s)
    summary.elapsed_s = time.monotonic() - started
    return summary


def _ingest_all(inputs, writer: BatchWriter, summary: IngestSummary, *,
                workers, dask_scheduler, reprocess, progress, extractor, doc_timeout_s) -> None:
    version = _current_version()
    run = _Run(
        db_path=writer.db_path,
        other_version=_other_versions(writer.db_path, version) if reprocess else {},
        stored_errors=_stored_errors(writer.db_path),
        version=version, reprocess=reprocess, writer=writer, summary=summary,
        progress=progress, total=len(inputs) if hasattr(inputs, "__len__") else None,
    )
    articles: Iterable[Article] = run.to_extract(inputs)
    if reprocess:
        articles = _chain(articles, run.stale_articles)
    for outcome in extract_many(articles, workers, dask_scheduler, extractor,
                                timeout_s=doc_timeout_s):
        run.record(outcome)


def _other_versions(db_path: Path, version: str) -> dict[str, str]:
    with connection(db_path, read_only=False) as con:
        rows = con.execute("SELECT doc_id, extractor_version FROM documents "
                           "WHERE extractor_version IS DISTINCT FROM ?", [version]).fetchall()
    return dict(rows)


def _stored_errors(db_path: Path) -> dict[str, str]:
    with connection(db_path, read_only=False) as con:
        rows = con.execute("SELECT doc_id, reason FROM documents WHERE status = 'error'").fetchall()
    return {doc_id: reason or "" for doc_id, reason in rows}


def refresh_stale_clusters(db_path: str | os.PathLike | None = None) -> bool:
    """Recompute clusters that an ingest killed before its last recluster left stale, and bring
    a store of an older schema up to this one (the dashboard reads only the current schema).

    Does nothing (returns False) when the store is current, when an ingest is running (it
    does both itself) or when the store cannot be written. Returns True if it changed it.
    """
    path = resolve_db_path(db_path)
    try:
        # Read-only first: the writer lock is taken only for a store that needs the work, so
        # a dashboard never makes a starting ingest wait or fail for nothing.
        if not path.exists() or not _needs_upkeep(path, read_only=True):
            return False
        with writer_lock(path):
            if not _needs_upkeep(path, read_only=False):  # another run fixed it meanwhile
                return False
            clusters_stale = prepare(path)  # upgrades an older schema in place
            if clusters_stale:
                BatchWriter(path, clusters_stale=True).flush(cluster=True)
            return True
    except (StoreBusy, OSError, duckdb.Error):  # busy, read-only, or not a store yet
        return False


def _needs_upkeep(path: Path, *, read_only: bool) -> bool:
    with connection(path, read_only=read_only) as con:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    return (meta.get("changes") != meta.get("clustered_at")
            or meta.get("schema_version") != schema.SCHEMA_VERSION)


def _chain(first: Iterable[Article], then: Callable[[], Iterable[Article]]) -> Iterator[Article]:
    # `then` is called only after `first` is exhausted, so it sees every claim `first` made.
    yield from first
    yield from then()


# ---------------------------------------------------------------- reading

_EVENTS_SQL = (
    f"SELECT e.* EXCLUDE ({', '.join(schema.INTERNAL_EVENT_COLUMNS)}), "
    f"{cluster_id_sql('e.')} AS cluster_id, d.published, d.title "
    "FROM events e JOIN documents d USING (doc_id) ORDER BY e.event_id"
)


def _documents_sql(with_text: bool) -> str:
    columns = schema.DOCUMENT_COLUMNS if with_text else schema.DOCUMENT_COLUMNS[:-1]
    return f"SELECT {', '.join(columns)} FROM documents ORDER BY doc_id"


def _empty_tables(with_text: bool) -> Tables:
    docs = schema.empty_frame(schema.DOCUMENT_ARROW)
    return Tables(
        documents=docs if with_text else docs.drop(columns=["text"]),
        events=schema.empty_frame(schema.EVENT_FRAME_ARROW),
        clusters=schema.empty_frame(schema.CLUSTER_ARROW),
    )


def read_tables(db_path: str | os.PathLike | None = None, *, with_text: bool = False) -> Tables:
    """Snapshot documents, events (with outlet, published, title) and clusters.

    Read-only and short: the file is closed before returning. Waits (with backoff) while a
    writer commits. A missing or not yet initialised store reads as empty tables.
    """
    path = resolve_db_path(db_path)
    if not path.exists():
        return _empty_tables(with_text)
    doc_schema = schema.DOCUMENT_ARROW if with_text else schema.DOCUMENT_ARROW.remove(
        schema.DOCUMENT_ARROW.get_field_index("text"))
    with connection(path, read_only=True) as con:
        try:
            con.execute("BEGIN TRANSACTION")  # one snapshot for all three tables
            docs = con.sql(_documents_sql(with_text)).to_arrow_table()
            events = con.sql(_EVENTS_SQL).to_arrow_table()
            clusters = con.sql("SELECT * FROM clusters ORDER BY cluster_id").to_arrow_table()
            con.execute("COMMIT")
        except duckdb.CatalogException:  # file created, schema not committed yet
            return _empty_tables(with_text)
    return Tables(
        documents=schema.to_frame(docs, doc_schema),
        events=schema.to_frame(events, schema.EVENT_FRAME_ARROW),
        clusters=schema.to_frame(clusters, schema.CLUSTER_ARROW),
    )


def read_document(db_path: str | os.PathLike | None, doc_id: str) -> dict | None:
    """One stored document (with its text) as a dict, or None."""
    path = resolve_db_path(db_path)
    if not path.exists():
        return None
    with connection(path, read_only=True) as con:
        try:
            rows = con.sql(
                "SELECT * FROM documents WHERE doc_id = $id", params={"id": doc_id}
            ).to_arrow_table()
        except duckdb.CatalogException:
            return None
    return rows.to_pylist()[0] if rows.num_rows else None


def store_version(db_path: str | os.PathLike | None = None) -> str:
    """A token that changes whenever the store changes; costs two stat calls, takes no lock.

    Every writer commit closes the file (checkpointing it), so size and mtime move with it; the
    WAL is included for a writer that died mid-way.
    """
    path = resolve_db_path(db_path)
    parts = []
    for candidate in (path, path.with_name(path.name + ".wal")):
        try:
            st = candidate.stat()
        except FileNotFoundError:
            parts.append("-")
        else:
            parts.append(f"{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)
