"""Fuzzed documents through `python -m extraction ingest`: count tracebacks and inputs the
store does not account for (both must be 0).

    python benchmarks/fuzz_ingest.py                    # 10,000 documents, seed 11
    python benchmarks/fuzz_ingest.py --docs 2000 --seed 3 --workers 2

Writes files of every supported format (and some unsupported or binary ones) into a temporary
folder, from a seeded generator: hostile Unicode (lone surrogates through JSON escapes, NUL and
other controls, direction marks, 10,000-character tokens), lexicon words, extreme or garbage
publication dates, wrong field types, and byte-level mutations of valid files. Then one ingest
runs over the folder into a fresh store, and every input the readers produce is looked up: an
article by its document id, an unreadable record by its error id, a skipped input in the
printed warnings.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

from extraction.model import Article  # noqa: E402
from extraction.readers import iter_inputs  # noqa: E402
from extraction.store import ingest as store  # noqa: E402
from extraction.store.rows import article_doc_id, error_doc_id  # noqa: E402

WORDS = ("Indonesia", "condemned", "Israel", "met", "Malaysia", "yesterday", "tomorrow", "on",
         "Monday", "mengecam", "kemarin", "Senin", "lalu", "(31/10)", "2024-06-21", "Dec.", "29",
         "the", "day", "before", "U.S.", "President", "Joko", "Widodo", "attacked", "Russia",
         "Ukraine", "bertemu", "Presiden", ".", "!", "?", '"', "(", ")", "-", "—", "\n")
HOSTILE = ("\ud800", "\udfff", "\x00", "\x07", "\x1b", "\x85", "\u200e", "\u200f", "\u202e",
           "\u2066", "\u2028", "\u2029", "\ufeff", "\u0301", "\r", "\t", "https://x.example",
           "a@b.org", "<script>", "=1+1", "'", ",", ";")
PUBLISHED = ("0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "yesterday", "", None, 7,
             "2024-06-21T08:15:00+07:00", "0000-00-00", "2024-13-01")
RECORDS_PER_FILE = (1, 40)


def hostile_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 60)):
        roll = rng.random()
        if roll < 0.6:
            parts.append(rng.choice(WORDS))
        elif roll < 0.8:
            parts.append(rng.choice(HOSTILE))
        elif roll < 0.97:
            parts.append("".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(1, 8))))
        else:
            parts.append(rng.choice("x.!a-") * rng.randint(1000, 10_000))
    return " ".join(parts)


def record(rng: random.Random, n: int) -> dict:
    rec: dict = {"text": hostile_text(rng)}
    if rng.random() < 0.5:
        rec["published"] = rng.choice(PUBLISHED)
    if rng.random() < 0.3:
        rec["id"] = rng.choice([f"doc-{n}", n, None, hostile_text(rng)[:20]])
    if rng.random() < 0.3:
        rec["lang"] = rng.choice(["id", "en", "ms", "xx", 5, ""])
    if rng.random() < 0.05:
        rec["text"] = rng.choice([None, 12, ["a"], "", {"x": 1}])
    return rec


def jsonl_bytes(records: list[dict]) -> bytes:
    # ensure_ascii: lone surrogates travel as "\ud800" escapes, as in real broken exports.
    return "".join(json.dumps(r) + "\n" for r in records).encode("ascii")


def csv_bytes(records: list[dict]) -> bytes:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", "text", "published", "lang"], extrasaction="ignore")
    writer.writeheader()
    for r in records:
        writer.writerow({k: str(v).encode("utf-8", "replace").decode() for k, v in r.items()})
    return out.getvalue().encode("utf-8")


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        at = rng.randint(0, len(out))
        kind = rng.random()
        if kind < 0.4 and at < len(out):
            out[at] = rng.randint(0, 255)
        elif kind < 0.7:
            out[at:at] = rng.choice([b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b'"', b"\n", b"{"])
        elif kind < 0.9:
            del out[at:at + rng.randint(1, 20)]
        else:
            del out[at:]
    return bytes(out)


def one_file(rng: random.Random, first: int) -> tuple[str, bytes, int]:
    """(extension, bytes, records written) of one fuzzed file."""
    count = rng.randint(*RECORDS_PER_FILE)
    records = [record(rng, first + i) for i in range(count)]
    kind = rng.choices(["jsonl", "json", "csv", "txt", "html", "binary", "other"],
                       weights=[30, 15, 20, 15, 8, 6, 6])[0]
    if kind == "jsonl":
        data = jsonl_bytes(records)
    elif kind == "json":
        data = json.dumps(records).encode("ascii")
    elif kind == "csv":
        data = csv_bytes(records)
    else:
        count = 1
        text = hostile_text(rng).encode("utf-8", "surrogatepass")
        data = {"txt": text, "html": b"<html><body><article><p>" + text + b"</p></article></html>",
                "binary": bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000))),
                "other": text}[kind]
        kind = {"binary": rng.choice(["txt", "json", "csv"]), "other": rng.choice(["pdf", "xml", ""])
                }.get(kind, kind)
    if rng.random() < 0.25:
        data = mutate(rng, data)
    return kind, data, count


def write_corpus(folder: Path, docs: int, seed: int) -> tuple[int, int]:
    """Fuzzed files under `folder` holding at least `docs` documents: (files, documents)."""
    rng = random.Random(seed)
    written, files = 0, 0
    while written < docs:
        ext, data, count = one_file(rng, written)
        (folder / f"f{files:05d}{'.' + ext if ext else ''}").write_bytes(data)
        written += count
        files += 1
    return files, written


def account(folder: Path, db: Path, printed: str) -> dict:
    """Every input the readers produce, looked up in the store or the printed warnings."""
    stored = set(store.read_tables(db).documents.doc_id)
    counts = {"inputs": 0, "articles": 0, "errors": 0, "skipped": 0, "unaccounted": 0}
    for item in iter_inputs([folder]):
        counts["inputs"] += 1
        if isinstance(item, Article):
            counts["articles"] += 1
            found = article_doc_id(item) in stored
        elif item.skipped:
            counts["skipped"] += 1
            found = item.path in printed
        else:
            counts["errors"] += 1
            found = error_doc_id(item.path, item.record, item.identity) in stored
        counts["unaccounted"] += 0 if found else 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "in", Path(tmp) / "fuzz.duckdb"
        folder.mkdir()
        files, written = write_corpus(folder, args.docs, args.seed)
        started = time.monotonic()
        run = subprocess.run([sys.executable, "-m", "extraction", "ingest", str(folder), "--db",
                              str(db), "--workers", str(args.workers)],
                             capture_output=True, text=True, cwd=ROOT)
        elapsed = time.monotonic() - started
        counts = account(folder, db, run.stderr)
        statuses = store.read_tables(db).documents.status.value_counts().to_dict()
    tracebacks = (run.stdout + run.stderr).count("Traceback")
    print(f"written:              {written:,} documents in {files:,} files (seed {args.seed})")
    print(f"inputs read:          {counts['inputs']:,} ({counts['articles']:,} articles, "
          f"{counts['errors']:,} unreadable, {counts['skipped']:,} skipped)")
    print(f"store documents:      {statuses}")
    print(f"ingest:               exit {run.returncode}, {elapsed:.1f} s")
    print(f"tracebacks:           {tracebacks}")
    print(f"unaccounted inputs:   {counts['unaccounted']}")
    ok = tracebacks == 0 and counts["unaccounted"] == 0 and run.returncode in (0, 3)
    if not ok:
        print(run.stderr[-4000:], file=sys.stderr)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
