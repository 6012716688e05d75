"""Streamed downloads of the filtered events: an HTTP route served beside the Streamlit app.

Streamlit's download button holds the whole file in the server's memory, which a download of
millions of events cannot afford. This route answers `GET download/events.csv?<filters>` (or
`.jsonl`, `.parquet`) with the filters of the page's URL (`filters.from_params`, the same parsing as the
sidebar) and streams the file batch by batch; the browser shows its progress as it arrives.

The rows are first copied to a temporary Parquet file in one query (seconds even for millions
of rows), so the store is held read-only only that long and an ingest is not kept waiting for
a slow download; the file is then read back a batch at a time and deleted at the end.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator
from urllib.parse import urlencode

import pyarrow.parquet as pq
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse

from extraction.store import export
from extraction.store.ingest import resolve_db_path
from extraction.store.query import Filters
from extraction.store.read import reading

from .filters import from_params

ROUTE = "/download/{name}"
FILES = {"events.csv": ("csv", "text/csv; charset=utf-8"),
         "events.jsonl": ("jsonl", "application/jsonl; charset=utf-8"),
         "events.parquet": ("parquet", "application/vnd.apache.parquet")}


def link(name: str, params: dict) -> str:
    """The relative address of a download of `name` with these URL filter parameters."""
    return f"download/{name}?" + urlencode(params, doseq=True)


def snapshot(db_path: str | os.PathLike, filters: Filters, folder: Path) -> Path:
    """Copy the export columns of the filtered events (table order) to a Parquet file in
    `folder`; the store is open only for this copy."""
    target = folder / "events.parquet"
    with reading(db_path) as con:
        sql, params = export.filtered_sql(con, filters, order="newest")
        # The target is a path this module made, not user input; quotes are still doubled.
        quoted = str(target).replace("'", "''")
        con.execute(f"COPY ({sql}) TO '{quoted}' (FORMAT parquet)", params)
    return target


def chunks(db_path: str | os.PathLike, filters: Filters, fmt: str) -> Iterator[bytes]:
    """The file's bytes, one chunk per batch of rows."""
    folder = Path(tempfile.mkdtemp(prefix="events-download-"))
    try:
        source = pq.ParquetFile(snapshot(db_path, filters, folder))
        batches = source.iter_batches(batch_size=export.STREAM_BATCH_ROWS)
        if fmt == "parquet":  # typed as the command line's export, sent as it is written
            yield from export.parquet_chunks(batches)
            return
        for text in export.text_chunks(batches, fmt):
            yield text.encode("utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def events_download(request: Request) -> Response:
    name = request.path_params.get("name", "")
    if name not in FILES:
        return PlainTextResponse("not found", status_code=404)
    fmt, media_type = FILES[name]
    params = {key: request.query_params.getlist(key) for key in request.query_params.keys()}
    filters = from_params(params)
    return StreamingResponse(
        chunks(resolve_db_path(), filters, fmt), media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
