"""The event store: ingest into DuckDB, clusters, filters as queries, exports, scale-out.

`ingest` (the single writer: documents, events, clusters, idempotent), `conn` (connections
and the writer lock), `rows` (articles and events as table rows), `schema`, `writer` (batch
writes), `clusters` (cross-article deduplication), `query` (the one description of a filter),
`export` (CSV, JSONL, Parquet) and `scale` (extraction spread over local processes or Dask).

May import: `extraction.pipeline`, `extraction.model`, `extraction.readers`, the package
root (`EXTRACTOR_VERSION`) and its own modules. Never the commands or the dashboard.
"""
