"""The per-article pipeline: one Article in, its coded and dated events out.

Small steps called in order by `run.extract`: `text` (folding, paragraphs, sentences,
captions), `langid`, `matcher` (one Aho-Corasick pass over the lexicons), `actors`,
`clauses`, `parties` (who acted on whom), `events` (which triggers are events), `dates`,
`geo` (places and countries) and `codes` (the CAMEO table).

May import: `extraction.model`, `extraction.lang`, the data files in `extraction/data/`,
and its own modules. Never the store, the commands or the dashboard.
"""
