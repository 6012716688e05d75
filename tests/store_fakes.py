"""Deterministic stand-in extractors for store/scale/export tests (importable by workers).

An article's text is read as lines; each line "EVENT <class> <SRC> <TGT> <YYYY-MM-DD>" becomes
one event. "BOOM" makes the extractor raise; "CRASH" kills the worker process outright;
"SLOW" makes it take half a minute (for the per-document time budget).
"""
from __future__ import annotations

import os
import time

from extraction.model import Article, Event

# CAMEO root, PLOVER category, quad class and Goldstein score per fake class.
_CODES = {
    "phone_call": ("040", "CONSULT", 1, 1.0),
    "meet": ("043", "CONSULT", 1, 2.8),
    "condemn": ("122", "ACCUSE", 3, -2.0),
    "attack": ("190", "ASSAULT", 4, -10.0),
}


def fake_extract(article: Article) -> list[Event]:
    if "CRASH" in article.text:
        os._exit(13)
    if "BOOM" in article.text:
        raise ValueError("extractor exploded on purpose")
    if "SLOW" in article.text:
        time.sleep(30)
    events = []
    for line in article.text.splitlines():
        parts = line.split()
        if len(parts) != 5 or parts[0] != "EVENT":
            continue
        _, kind, src, tgt, date = parts
        cameo, plover, quad, goldstein = _CODES[kind]
        events.append(Event(
            article_id=article.id, event_date=date, date_precision="day", date_basis="stated",
            event_type=kind,
            cameo_code=cameo, plover_type=plover, plover_mode="", quad_class=quad,
            goldstein=goldstein, source_country=None if src == "-" else src,
            source_actor=f"{src} government", target_country=None if tgt == "-" else tgt,
            target_actor=f"{tgt} government", location=None, language=article.lang or "en",
            trigger=kind, sentence=line, confidence=0.5, url=article.url,
            source_role="government", target_role="government", trigger_spans=((0, 5),),
            sentence_start=0, sentence_end=len(line),
        ))
    return events


def fake_extract_v2(article: Article) -> list[Event]:
    """A "new extractor version": every event is found twice."""
    return fake_extract(article) * 2


def fake_article(i: int, *lines: str, source: str = "outlet.example", published: str = "2024-04-15",
                 lang: str = "en") -> Article:
    body = "\n".join((f"Article number {i}.",) + lines)
    return Article(text=body, id=f"art-{i}", title=f"Title {i}", url=f"https://{source}/{i}",
                   source=source, published=published, lang=lang)


# Sentence templates for corpora run through the real engine: ordinary diplomatic news in both
# languages, so any working extractor finds events in most documents.
_TEMPLATES = (
    ("en", "Indonesian Foreign Minister Retno Marsudi met Japanese Foreign Minister Yoko Kamikawa "
           "in Jakarta on Monday, April 15, 2024. (Report {n}.)"),
    ("id", "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor pada "
           "Senin (15/4/2024). (Laporan {n}.)"),
    ("en", "China condemned the United States over new tariffs on Tuesday, April 16, 2024. "
           "(Report {n}.)"),
    ("id", "Pemerintah Indonesia mengecam serangan Israel terhadap Gaza pada Rabu (17/4/2024). "
           "(Laporan {n}.)"),
    ("en", "The weather in Jakarta was sunny and nothing of note happened. (Report {n}.)"),
)


def write_news_corpus(folder, n_docs: int, per_file: int = 100) -> int:
    """Write `n_docs` distinct articles as JSONL files under `folder`; returns n_docs."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n_docs, per_file):
        lines = []
        for n in range(start, min(n_docs, start + per_file)):
            lang, template = _TEMPLATES[n % len(_TEMPLATES)]
            lines.append(json.dumps({
                "id": f"news-{n}", "text": template.format(n=n), "lang": lang,
                "source": f"outlet{n % 7}.example", "published": f"2024-04-{15 + n % 3}",
                "title": f"Story {n}",
            }))
        (folder / f"batch-{start // per_file:04d}.jsonl").write_text("\n".join(lines) + "\n")
    return n_docs


def write_mixed_corpus(folder) -> None:
    """Good, empty, binary, oversize, wrongly encoded and malformed inputs, one of each kind.

    Together they hold 19 input documents: 8 readable articles and 11 that cannot be read.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "good.txt": b"Indonesian Foreign Minister Retno Marsudi met her Japanese counterpart in "
                    b"Tokyo on Monday.",
        "good_id.md": b"# Berita\n\nPresiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim.",
        "empty.txt": b"",
        "binary.txt": b"PK\x03\x04\x00\x00binary\x00stuff",
        # cp1252 bytes (e-acute, curly quotes) that are not valid UTF-8.
        "cp1252.txt": b"Menteri Luar Negeri bertemu d\xe9l\xe9gasi Prancis \x93kemarin\x94.",
        "bad.json": b'{"text": "unterminated',
        "list.json": b'[{"text": "China condemned the US."}, 5, {"title": "no text"}]',
        "feed.jsonl": b'{"text": "Russia attacked Ukraine on Monday.", "id": "j1"}\n{broken\n'
                      b'{"text": "Japan met Korea.", "id": "j3"}\n',
        "notext.csv": b"title,body_text\nx,y\n",
        "rows.csv": b'id,text,published\nc1,"China, they said, condemned the US.",2024-04-15\n'
                    b'c2,,2024-04-15\nc3,"Bad ""quote"" here",2024-13-45\n',
        "page.html": b'<html lang="en"><head><title>Talks</title></head><body><article>'
                     b"<h1>Talks</h1><p>Indonesian President Joko Widodo met Chinese President Xi "
                     b"Jinping in Beijing on Tuesday to discuss trade and investment between the "
                     b"two countries, officials said.</p><p>The two leaders agreed to deepen "
                     b"cooperation.</p></article></body></html>",
        "notes.pdf": b"%PDF-1.4",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "oversize.txt", "wb") as handle:  # sparse: 21 MB on paper, no disk used
        handle.truncate(21 * 1024 * 1024)


def write_unclustered_store(db, articles) -> None:
    """Store `articles` (with fake_extract's events) as a run killed before it reclustered."""
    import datetime as dt

    import extraction
    from extraction.store.conn import writer_lock
    from extraction.store.rows import article_doc_id, document_row, event_rows
    from extraction.store.writer import BatchWriter, prepare

    with writer_lock(db):
        prepare(db)
        writer = BatchWriter(db)
        for article in articles:
            doc_id, events = article_doc_id(article), fake_extract(article)
            doc = document_row(doc_id, article, path=None, status="events", reason=None,
                               version=extraction.EXTRACTOR_VERSION, events=events,
                               now=dt.datetime(2024, 1, 3))
            writer.add(doc, event_rows(doc_id, events), replaces=False)
        writer.flush()
