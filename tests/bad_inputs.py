"""The bad-input corpus: hostile and careless files for the "nothing costs a batch" test.

`SMALL` is what `tests/data/bad_inputs/` holds (written by `python tests/bad_inputs.py`, then
committed); `write_generated` adds at test time what cannot or should not be committed: big
files (30 MB, a 10 MB CSV cell, 64 KB of punctuation), a non-UTF-8 file name, a named pipe, a
socket, links to /dev/zero and to a file already in the corpus.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import socket
import sys
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "bad_inputs"

_NEWS = "Indonesia condemned Israel on Monday over the attack on the aid convoy."
_NEWS_ID = "Indonesia mengecam Israel pada Senin atas serangan terhadap konvoi bantuan."


def _jsonl(*records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


# name -> bytes. Each entry is one row of issue 11's table or one kind of careless export.
SMALL: dict[str, bytes] = {
    # Lone surrogates from JSON escapes; their UTF-8-like bytes in a CSV.
    "surrogate.json": b'{"text": "Indonesia condemned Israel \\ud800 on Monday.", "title": "\\udfff"}',
    "surrogate.jsonl": b'{"text": "Japan met China \\udc80 on Monday."}\n{"text": "\\ud83d"}\n',
    "surrogate_bytes.csv": b"id,text\ns1,Indonesia condemned Israel \xed\xa0\x80 on Monday.\n",
    # Publication dates at the ends of the calendar, with relative dates in the text.
    "extreme_dates.jsonl": _jsonl(
        {"id": "d1", "text": "Indonesia condemned Israel yesterday.", "published": "0001-01-01"},
        {"id": "d2", "text": "Indonesia will meet Malaysia tomorrow.", "published": "9999-12-31"},
        {"id": "d3", "text": "Indonesia mengecam Israel kemarin.", "published": "9999-12-31"},
        {"id": "d4", "text": _NEWS, "published": "0000-01-01"},
    ),
    # UTF-16 without a byte-order mark, both byte orders, and one that is broken.
    "utf16le_nobom.txt": _NEWS.encode("utf-16-le"),
    "utf16be_nobom.csv": f"text\n{_NEWS}\n".encode("utf-16-be"),
    "utf16_broken.txt": _NEWS.encode("utf-16-le") + b"\x00\xdc",
    "utf16_bom.jsonl": codecs.BOM_UTF16_LE + _jsonl({"text": _NEWS_ID}).decode().encode("utf-16-le"),
    # One raw NUL byte in a record.
    "nul_in_row.csv": b"id,text\nn1,Indonesia condemned\x00 Israel on Monday.\nn2,Japan met China.\n",
    "nul_in_line.jsonl": b'{"text": "Japan met \x00China."}\n{"text": "Korea met Japan."}\n',
    # Mixed and legacy encodings.
    "mixed_encodings.jsonl": _jsonl({"text": "Menteri’s visit to Jakarta."}) +
    '{"text": "Délégation française à Jakarta."}\n'.encode("cp1252"),
    "cp1252.txt": "Menteri Luar Negeri bertemu délégasi Prancis “kemarin”.".encode("cp1252"),
    "latin1.csv": "text\nSeñor ministro\x81 visitó Yakarta.\n".encode("latin-1"),
    "bom_only.txt": codecs.BOM_UTF8,
    "lying_bom.txt": codecs.BOM_UTF8 + "délégation".encode("cp1252"),
    # Empty, blank and truncated files.
    "empty.txt": b"",
    "blank.json": b"   \n\t\n",
    "truncated.json": b'[{"text": "' + _NEWS.encode() + b'"}, {"text": "cut off',
    "truncated.jsonl": _jsonl({"text": _NEWS}) + b'{"text": "cut',
    "truncated.csv": b'id,text\nt1,"' + _NEWS.encode() + b'\nt2,never closed',
    # Deep nesting, wrong shapes and wrong types.
    "deep_nesting.json": b"[" * 50_000 + b"]" * 50_000,
    "deep_nesting.jsonl": b'{"text": ' + b"[" * 20_000 + b"]" * 20_000 + b"}\n" + _jsonl({"text": _NEWS}),
    "scalar.json": b"42",
    "wrong_types.jsonl": _jsonl({"text": 5}, {"text": None}, {"text": ["a"]}, {"title": "no text"},
                                {"text": _NEWS, "published": "yesterday"},
                                {"text": _NEWS, "lang": 7}, {"text": _NEWS, "id": {"x": 1}}),
    "huge_number.json": b'{"text": "x", "id": ' + b"9" * 5000 + b"}",
    "no_text_column.csv": b"title,body_text\nx,y\n",
    "stray_quote.csv": b'id,text\nq1,"bad "quote" here\nq2,fine\n',
    "ragged.csv": b"id,text,title\nr1\nr2,Japan met China.,t,extra,cells\n",
    # Archives and binaries under text names, and an archive type we do not read.
    "truncated.gz": _gzip(_NEWS.encode())[:20],
    "gzip_named.txt": _gzip(_NEWS.encode() * 5),
    "zip_named.csv": _zip("a.csv", f"text\n{_NEWS}\n".encode()),
    "png_named.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    "random_bytes.jsonl": bytes((i * 151 + 7) % 256 for i in range(3000)),
    # Text that must stay text: markup, links, control and direction characters, long tokens.
    "hostile.html": b"<html><head><title>x</title><script>alert(1)</script></head><body><article>"
                    b"<p>" + _NEWS.encode() + b" <img src=x onerror=alert(1)></p>" * 3 +
                    b"</article></body></html>",
    "not_html.html": b"\x00\x01\x02 not a page",
    "links.txt": f"{_NEWS} Read https://evil.example/phish or www.kompas.com, mail humas@kemlu.go.id."
                 .encode(),
    "rtl_and_controls.txt": ("\u202e\u200f" + _NEWS + "\u200e\x07\x1b[31m\x0b\u2028\ufeff"
                             + _NEWS_ID).encode("utf-8"),
    "long_token.txt": (_NEWS + " " + "x" * 10_000 + " " + _NEWS_ID).encode(),
    "control_chars.jsonl": _jsonl({"text": "Japan\u0001met\u001fChina\u007f \u0085 on Monday."}),
    # Litter that is not a document at all.
    "notes.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    "NO_EXTENSION": b"plain words",
}


def write_small(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in SMALL.items():
        (folder / name).write_bytes(data)


def write_generated(folder: Path) -> list[socket.socket]:
    """Add the test-time files to `folder`; returns the open sockets (close them after)."""
    with open(folder / "oversize_30mb.txt", "wb") as handle:  # sparse: 30 MB, no disk used
        handle.truncate(30 * 1024 * 1024)
    cell = "Indonesia condemned Israel. " * (10 * 1024 * 1024 // 28)
    (folder / "cell_10mb.csv").write_text(f"id,text\nbig,\"{cell}\"\nsmall,{_NEWS}\n")
    (folder / "dots_64kb.txt").write_text(_NEWS + " " + "." * 65536)
    (folder / "bangs_64kb.jsonl").write_text(json.dumps({"text": _NEWS + "!" * 65536}) + "\n")
    folder.joinpath(os.fsdecode(b"berita-\xff\xfe.txt")).write_text(_NEWS_ID)
    os.mkfifo(folder / "pipe.jsonl")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "same_as_links.txt").symlink_to(folder / "links.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "feed.json"))
    return [server]


if __name__ == "__main__":
    write_small(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
