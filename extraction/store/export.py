"""Write filtered events as CSV (spreadsheet-safe), JSONL (PLOVER-like names) or Parquet.

CSV cells that are strings and start with a formula trigger get a leading single quote, so a
spreadsheet shows them as text instead of running them; numbers are written as plain numerals
and stay numbers (a negative Goldstein score is a number, not a formula). A string that itself
starts with a quote gets one too, so dropping one leading quote (`unguard`) always gives the
value back. No export holds a raw NUL: in CSV it becomes U+FFFD, JSON escapes it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
from pathlib import Path
from typing import IO, Iterable, Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..model import EVENT_COLUMNS, EVIDENCE_COLUMNS
from . import schema
from .clusters import cluster_id_sql

FORMATS = ("csv", "jsonl", "parquet")
# First characters that make a spreadsheet cell a formula or a DDE/injection vector
# (OWASP "CSV injection" list, plus CR and NUL which some importers strip before parsing).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
# Starts that get the guard quote: the triggers, and the quote itself (so it is reversible).
GUARDED_STARTS = FORMULA_TRIGGERS + ("'",)
EXCEL_BOM = "\ufeff"

# Columns of an export, in order: identity, then the extractor's own columns, then the
# article's publisher and date.
EXPORT_COLUMNS = ("event_id", "cluster_id", "doc_id") + EVENT_COLUMNS + ("outlet", "published", "title")

# JSONL field -> store column. Names follow PLOVER (event_type/mode are the PLOVER category and
# mode; our coarse class goes in event_class); the rest keep the store's meaning.
JSONL_FIELDS = (
    ("id", "event_id"), ("date", "event_date"), ("date_precision", "date_precision"),
    ("event_type", "plover_type"), ("mode", "plover_mode"), ("event_class", "event_type"),
    ("cameo", "cameo_code"), ("quad_class", "quad_class"), ("goldstein", "goldstein"),
    ("source", "source_country"), ("source_actor", "source_actor"),
    ("target", "target_country"), ("target_actor", "target_actor"),
    ("location", "location"), ("language", "language"), ("text", "sentence"),
    ("trigger", "trigger"), ("confidence", "confidence"), ("url", "url"),
    ("date_basis", "date_basis"), ("source_actor_inferred", "source_actor_inferred"),
    ("target_actor_inferred", "target_actor_inferred"),
    ("publisher", "outlet"), ("published", "published"), ("title", "title"),
    ("article_id", "article_id"), ("doc_id", "doc_id"), ("cluster_id", "cluster_id"),
)
JSONL_EVIDENCE_FIELDS = tuple((name, name) for name in EVIDENCE_COLUMNS)


def export_columns(evidence: bool = False) -> tuple[str, ...]:
    return EXPORT_COLUMNS + (EVIDENCE_COLUMNS if evidence else ())


# ---------------------------------------------------------------- CSV


def neutralise(text: str) -> str:
    """Prefix a quote to a string a spreadsheet would treat as a formula (or that starts with a
    quote); a NUL, which many importers take for the end of the file, becomes U+FFFD."""
    text = text.replace("\0", "\ufffd")
    return "'" + text if text.startswith(GUARDED_STARTS) else text


def unguard(cell: str) -> str:
    """A CSV cell's value as stored: `neutralise` undone (its one leading quote dropped)."""
    return cell[1:] if cell.startswith("'") else cell


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def _date_only(series: pd.Series) -> bool:
    """Datetime columns whose every value is at midnight are dates (event_date, published)."""
    if not pd.api.types.is_datetime64_any_dtype(series.dtype):
        return False
    values = series.dropna()
    return bool((values == values.dt.normalize()).all())


def _date_texts(series: pd.Series) -> pa.Array:
    """A `_date_only` column as ISO dates ("2024-04-15"; null where missing), converted whole."""
    return pa.array(series).cast(pa.date32()).cast(pa.string())


def _cell(value: object, date_only: bool) -> str:
    """Text of one CSV cell (before quoting)."""
    if isinstance(value, np.generic):
        value = value.item()
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)  # shortest round-tripping numeral; never neutralised
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if date_only else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return neutralise(str(value))


def _column_cells(series: pd.Series, date_only: bool) -> list[str]:
    """One column's cells as `_cell` gives them, the export's text, number and flag columns
    converted whole (a 1M-event CSV took 67 s converting cell by cell)."""
    dtype = series.dtype
    if isinstance(dtype, pd.StringDtype):
        text = series.fillna("").str.replace("\0", "\ufffd", regex=False)
        return text.where(~text.str.startswith(GUARDED_STARTS), "'" + text).tolist()
    if date_only:
        return _date_texts(series).fill_null("").to_pylist()
    if dtype == np.bool_:
        return ["true" if v else "false" for v in series.tolist()]
    if dtype.kind in "iu" and isinstance(dtype, np.dtype):
        return [repr(v) for v in series.tolist()]
    if dtype.kind == "f" and isinstance(dtype, np.dtype):
        return ["" if v != v else repr(v) for v in series.tolist()]
    return [_cell(v, date_only) for v in series.tolist()]


def csv_text(df: pd.DataFrame, header: bool = True) -> str:
    """RFC 4180 records (CRLF-terminated) of `df`, header first unless asked not to, formula
    triggers neutralised."""
    out = io.StringIO()
    # RFC 4180, as Python's csv module writes it: fields holding a quote, comma, CR or LF are
    # quoted, quotes doubled, records end in CRLF.
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow([neutralise(str(c)) for c in df.columns])
    writer.writerows(zip(*(_column_cells(df[c], _date_only(df[c])) for c in df.columns)))
    return out.getvalue()


def safe_csv(df: pd.DataFrame, excel: bool = False) -> str:
    """The whole CSV as text; `excel` adds a UTF-8 BOM so Excel detects the encoding."""
    return (EXCEL_BOM if excel else "") + csv_text(df)


# ---------------------------------------------------------------- JSONL


def _json_value(value: object, date_only: bool) -> object:
    if isinstance(value, np.generic):
        value = value.item()
    if _is_missing(value):
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if date_only else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _json_column(series: pd.Series, date_only: bool) -> list:
    """One column's values as `_json_value` gives them, the export's text, number and flag
    columns converted whole (cell by cell, a 1M-event JSONL took ~46 s)."""
    dtype = series.dtype
    if isinstance(dtype, pd.StringDtype) or (isinstance(dtype, np.dtype) and dtype.kind in "fiub"):
        return series.astype(object).where(series.notna(), None).tolist()
    if date_only:
        return _date_texts(series).to_pylist()
    return [_json_value(v, date_only) for v in series.tolist()]


def jsonl_records(df: pd.DataFrame, evidence: bool = False) -> Iterator[dict]:
    """One PLOVER-like dict per event (columns missing from `df` are left out)."""
    fields = [(name, col) for name, col in JSONL_FIELDS + (JSONL_EVIDENCE_FIELDS if evidence else ())
              if col in df.columns]
    names = [name for name, _ in fields]
    columns = []
    for _, col in fields:
        values = _json_column(df[col], _date_only(df[col]))
        if col == "trigger_spans":
            values = [json.loads(v) if isinstance(v, str) else v for v in values]
        columns.append(values)
    for row in zip(*columns):
        yield dict(zip(names, row))


def write_jsonl(df: pd.DataFrame, out: IO[str], evidence: bool = False) -> None:
    for record in jsonl_records(df, evidence):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- Parquet


def parquet_table(df: pd.DataFrame) -> pa.Table:
    """Typed Arrow table: dates as date32, integers and floats as such, spans as lists."""
    fields = []
    for name in df.columns:
        if name == "trigger_spans":
            fields.append(pa.field(name, pa.list_(pa.list_(pa.int32()))))
        elif name in schema.EVENT_FRAME_ARROW.names:
            fields.append(schema.EVENT_FRAME_ARROW.field(name))
        else:
            fields.append(pa.field(name, pa.string()))
    data = df.copy()
    if "trigger_spans" in data.columns:
        data["trigger_spans"] = [json.loads(v) if isinstance(v, str) else None for v in data["trigger_spans"]]
    columns = []
    for f in fields:
        values = data[f.name]
        if pa.types.is_date32(f.type):
            values = pd.to_datetime(values).dt.date.astype(object).where(values.notna(), None)
        columns.append(pa.array(values.tolist(), type=f.type, from_pandas=True))
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))


def write_parquet(df: pd.DataFrame, out: str | os.PathLike | IO[bytes]) -> None:
    pq.write_table(parquet_table(df), out)


# ---------------------------------------------------------------- streamed from the store

# Rows fetched from DuckDB per step of a streamed export: big enough that the per-batch cost
# (an Arrow-to-pandas conversion) is small, small enough that a batch of rows with long
# sentences stays a few MB in memory.
STREAM_BATCH_ROWS = 20_000
# Orders an export can come in: the CLI's stable order (by id), the dashboard table's
# (newest first, undated last).
ORDERS = {"id": "e.event_id", "newest": "e.event_date DESC NULLS LAST, e.event_no"}

def filtered_sql(con, filters, *, order: str = "id", evidence: bool = False) -> tuple[str, list]:
    """SELECT of the export columns of the events that pass `filters`, in `order`."""
    from .query import where_sql

    where, params = where_sql(filters, con)
    columns = ", ".join(_column(c) for c in export_columns(evidence))
    # The filter runs on the events table alone (its column names are unambiguous there); the
    # document's fields are joined to the rows that pass. `order` is one of ORDERS' keys.
    return (f"SELECT {columns} FROM (SELECT * FROM events WHERE {where}) e "
            f"LEFT JOIN documents d ON d.doc_id = e.doc_id ORDER BY {ORDERS[order]}"), params


def _column(name: str) -> str:
    """SQL of one export column: the document's, the cluster id printed from its number, or
    the event's own."""
    if name in schema.EVENT_DOC_COLUMNS:
        return f"d.{name}"
    return f"{cluster_id_sql('e.')} AS cluster_id" if name == "cluster_id" else f"e.{name}"


def text_chunks(batches: Iterable[pa.RecordBatch], fmt: str, *, excel: bool = False,
                evidence: bool = False) -> Iterator[str]:
    """CSV or JSONL text of Arrow batches of export columns, one chunk per batch (a CSV's
    header comes first even when there is no row)."""
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"text format must be csv or jsonl, not {fmt!r}")
    if fmt == "csv":
        header = schema.empty_frame(schema.EVENT_FRAME_ARROW).loc[:, list(export_columns(evidence))]
        yield (EXCEL_BOM if excel else "") + csv_text(header)
    for batch in batches:
        frame = schema.to_frame(pa.Table.from_batches([batch]), _stream_schema(batch.schema))
        if fmt == "csv":
            yield csv_text(frame, header=False)
        else:
            out = io.StringIO()
            write_jsonl(frame, out, evidence=evidence)
            yield out.getvalue()


def stream(con, filters, fmt: str, out: IO, *, order: str = "id", excel: bool = False,
           evidence: bool = False, progress=None, batch_rows: int = STREAM_BATCH_ROWS) -> int:
    """Write the events that pass `filters` to `out` batch by batch, never all in memory.

    `out` is a text stream for CSV and JSONL, a binary one for Parquet. `progress(done, total)`
    is called after each batch. Returns the number of events written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    sql, params = filtered_sql(con, filters, order=order, evidence=evidence)
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]
    counted = _Counted(con.sql(sql, params=params).to_arrow_reader(batch_rows), total, progress)
    if fmt == "parquet":
        for chunk in parquet_chunks(counted, evidence=evidence):
            out.write(chunk)
    else:
        for chunk in text_chunks(counted, fmt, excel=excel, evidence=evidence):
            out.write(chunk)
    return counted.done


def parquet_chunks(batches: Iterable[pa.RecordBatch], *, evidence: bool = False) -> Iterator[bytes]:
    """Typed Parquet (`parquet_table`) of Arrow batches of export columns, as the bytes the
    writer produces: one chunk per batch (a row group), the footer last. With no batch, an
    empty typed file."""
    sink = _Handed()
    writer = None
    for batch in batches:
        frame = schema.to_frame(pa.Table.from_batches([batch]), _stream_schema(batch.schema))
        table = parquet_table(frame)
        writer = writer or pq.ParquetWriter(sink, table.schema)
        writer.write_table(table)
        yield sink.take()
    if writer is None:
        write_parquet(schema.empty_frame(schema.EVENT_FRAME_ARROW).loc[
            :, list(export_columns(evidence))], sink)
    else:
        writer.close()
    yield sink.take()


class _Handed:
    """A write-only file that hands over what was written since the last `take`, so that a
    Parquet file can be sent while it is written (a download never holds it whole)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.written = 0
        self.closed = False

    def write(self, data) -> int:
        self.parts.append(bytes(data))
        self.written += len(data)
        return len(data)

    def tell(self) -> int:
        return self.written

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True

    def take(self) -> bytes:
        out, self.parts = b"".join(self.parts), []
        return out


class _Counted:
    """Arrow batches passed through, counting rows and reporting progress after each."""

    def __init__(self, batches, total: int, progress) -> None:
        self.batches, self.total, self.progress, self.done = batches, total, progress, 0

    def __iter__(self):
        for batch in self.batches:
            yield batch
            self.done += batch.num_rows
            if self.progress is not None:
                self.progress(self.done, self.total)


def _stream_schema(batch_schema: pa.Schema) -> pa.Schema:
    return pa.schema([schema.EVENT_FRAME_ARROW.field(name) for name in batch_schema.names])


def write_filtered(db_path, filters, fmt: str, out: str | os.PathLike, *, excel: bool = False,
                   evidence: bool = False) -> int:
    """`stream` the store's filtered events to a file, or to stdout for "-"; events written."""
    from .read import reading

    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if fmt == "parquet" and str(out) == "-":
        raise ValueError("parquet needs a file: give -o PATH")
    with reading(db_path) as con:
        if str(out) == "-":
            import sys

            return stream(con, filters, fmt, sys.stdout, excel=excel, evidence=evidence)
        if fmt == "parquet":
            with open(Path(out), "wb") as handle:
                return stream(con, filters, fmt, handle, evidence=evidence)
        # newline="" so the CRLF record separators are written as-is on every platform.
        with open(Path(out), "w", encoding="utf-8", newline="") as handle:
            return stream(con, filters, fmt, handle, excel=excel, evidence=evidence)
