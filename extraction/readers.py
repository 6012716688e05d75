"""Files a newsroom produces (text, Markdown, HTML, JSON, JSON Lines, CSV) → `Article`s.

Every input document ends as either an `Article` or a `ReadError` that says, in one line a user
understands, which file (and which record in it) was not read and why. Nothing is skipped
silently: an unknown file type, an undecodable record or a bad date is reported, and one bad
record in a JSONL or CSV file does not stop the records after it.

Record numbers in `ReadError.record` and in derived ids are 1-based: "line N" is the physical
line of a JSONL file (blank lines count, as in an editor), "row N" is the N-th data row of a CSV
file (the header is not counted), "item N" is the N-th element of a JSON list.

Only regular files are read (symlinks are followed to them): named pipes, sockets and devices
are skipped with a reason (`ReadError.skipped`), and no file is read past the size limit, so a
link to /dev/zero or a FIFO can neither hang nor exhaust a batch. Lone surrogates (from JSON
escapes or undecodable file names) and NUL characters become U+FFFD, one character for one, so
offsets into the text stay true and every string can be stored and exported. JSON Lines files
are parsed a line at a time, so a large feed never sits in memory whole.

Offline and deterministic: no network, and HTML dates come from the page's own metadata only.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable, Iterator

from .model import Article


@dataclass(frozen=True)
class ReadError:
    """A file, or one record of it, that did not become an Article."""

    path: str
    record: str | None  # "line 7", "row 3", "item 2"; None when the whole file failed
    reason: str
    # Not a document at all (a named pipe, a device): reported as a warning, never stored.
    skipped: bool = False
    # What makes two errors the same input: the content hash when the bytes were read, else
    # the resolved path. The same file reached by two paths gives one identity.
    identity: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Limits:
    """Size limits applied before any parsing work is spent on an input."""

    # 20 MB per file is the product requirement. 1,000,000 characters is roughly 500 news
    # articles' worth of text: far above any real article, low enough that one runaway record
    # (a whole database dump pasted into one cell) cannot starve the rest of a batch.
    max_file_bytes: int = 20 * 1024 * 1024
    max_text_chars: int = 1_000_000


# Column/key names some exports use for our fields. Matched after lower-casing and stripping.
FIELD_ALIASES = {"content": "text", "body": "text", "date": "published", "published_at": "published"}
# Language codes other tools write for the languages we handle (Malay is read as Indonesian).
LANG_ALIASES = {"ms": "id", "in": "id", "ind": "id", "eng": "en"}
# Names in a folder that are never newsroom documents (hidden files are skipped as well).
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})

_ARTICLE_FIELDS = ("id", "text", "title", "url", "source", "published", "lang")
_PLAIN_EXTENSIONS = (".txt", ".md")
# A date far in the future, so whether a page's date is accepted never depends on today's date.
_HTML_MAX_DATE = "2099-12-31"
# Characters no store column or export may hold: NUL and lone UTF-16 surrogates.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# Bytes that are control characters in text files (all below 0x20 except tab, LF, FF, CR).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# Binary, not text with a stray NUL: two NULs in a row (file headers, padding), more than this
# share of NULs, or of control bytes. Text editors and exports never produce those.
_BINARY_NUL_SHARE = 0.01
_BINARY_CONTROL_SHARE = 0.05
# Below this many NULs the share is not telling (one stray NUL in a 30-byte record is 3 %).
_FEW_NULS = 8
# UTF-16 of Latin-script text has a zero high byte in most code units; 70 % leaves room for
# punctuation, accents and a few non-Latin words.
_UTF16_ZERO_SHARE = 0.7
# How much of a JSON Lines file is looked at to decide whether it can be streamed line by line.
_SNIFF_BYTES = 64 * 1024
_FILE_KINDS = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"),
               (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


class _BadRecord(Exception):
    """A record that cannot become an Article; the message is the ReadError reason."""


@dataclass(frozen=True)
class _Source:
    """One input file being parsed, with everything a record needs to become an Article."""

    path: str
    stem: str
    limits: Limits
    published: str | None
    lang: str | None

    identity: str | None = None

    def error(self, record: str | None, reason: str, identity: str | None = None) -> ReadError:
        return ReadError(self.path, record, reason, identity=identity or self.identity)


# ---------------------------------------------------------------------------------------------
# Public API


def read_text_bytes(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16 with or without BOM, then cp1252, then
    latin-1. A few stray NUL bytes in otherwise text data are dropped.

    Raises ValueError("binary file (NUL bytes), not text") for data that is not text, and a
    ValueError naming the encoding for UTF-16 without BOM that does not decode.
    """
    # BOMs first: they are unambiguous, and UTF-16 text is full of NUL bytes.
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            data = data[3:]  # a lying BOM: decode the rest like any other bytes
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = "\x00"  # odd length or broken surrogates: not UTF-16 after all
        if "\x00" not in text:
            return text
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        if _looks_binary(data):
            raise ValueError("binary file (NUL bytes), not text")
        data = data.replace(b"\x00", b"")  # a stray NUL (a broken export) costs nothing else
    return _decode_text(data)


def _decode_text(data: bytes) -> str:
    # Strict UTF-8 almost never succeeds by accident on legacy text, so it goes first; cp1252
    # (Windows newsroom exports, curly quotes) before latin-1, which accepts any bytes at all.
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    if b"\x00\x00" in data:
        return True
    nuls = data.count(0)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return (nuls > max(_FEW_NULS, _BINARY_NUL_SHARE * len(data))
            or controls > _BINARY_CONTROL_SHARE * len(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of BOM-less UTF-16 (told by where its zero bytes fall), else None."""
    units = len(data) // 2
    if units == 0:
        return None
    even_zeros, odd_zeros = data[0:units * 2:2].count(0), data[1:units * 2:2].count(0)
    if odd_zeros >= _UTF16_ZERO_SHARE * units and even_zeros < odd_zeros / 4:
        encoding = "utf-16-le"
    elif even_zeros >= _UTF16_ZERO_SHARE * units and odd_zeros < even_zeros / 4:
        encoding = "utf-16-be"
    else:
        return None
    if len(data) % 2:
        raise ValueError(f"looks like {encoding.upper()} text without a byte-order mark, but has "
                         "an odd number of bytes (truncated?)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"looks like {encoding.upper()} text without a byte-order mark, but "
                         f"does not decode as it (byte {exc.start:,}: {exc.reason})") from None


def clean_text(value: str) -> str:
    """`value` with NUL characters and lone surrogates replaced by U+FFFD (same length)."""
    if value.isascii() and "\x00" not in value:
        return value
    return _UNSTORABLE.sub("\ufffd", value)


def articles_from_bytes(
    name: str,
    data: bytes,
    limits: Limits = Limits(),
    *,
    default_published: str | None = None,
    default_lang: str | None = None,
) -> list[Article | ReadError]:
    """Parse an uploaded file's bytes by its name's extension (same rules as `iter_inputs`)."""
    published, lang = _check_defaults(default_published, default_lang)
    return list(_parse_bytes(name, name, data, limits, published, lang))


def iter_inputs(
    paths: Iterable[str | Path],
    limits: Limits = Limits(),
    default_published: str | None = None,
    default_lang: str | None = None,
) -> Iterator[Article | ReadError]:
    """Articles from files and folders (recursive, sorted); each bad input is a ReadError.

    `default_published` / `default_lang` fill records that have none. An invalid
    `default_published` raises ValueError here, at once: it is the caller's error, not the input's.
    """
    published, lang = _check_defaults(default_published, default_lang)
    return _iter_paths(paths, limits, published, lang)


# ---------------------------------------------------------------------------------------------
# Files and folders


def _check_defaults(published: str | None, lang: str | None) -> tuple[str | None, str | None]:
    try:
        return _norm_published(published), _norm_lang(lang)
    except _BadRecord as exc:
        raise ValueError(f"default {exc}") from None


def _iter_paths(paths, limits, published, lang) -> Iterator[Article | ReadError]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, limits, published, lang)
        elif path.exists():
            yield from _read_file(path, limits, published, lang)
        else:
            yield ReadError(clean_text(str(given)), None, "no such file or folder")


def _skipped(name: str) -> bool:
    # Hidden files (.DS_Store, ._resource forks, .git) and OS/Office litter are not documents.
    return name.startswith((".", "~$")) or name.lower() in IGNORED_NAMES


def _read_folder(root: Path, limits, published, lang) -> Iterator[Article | ReadError]:
    problems: list[OSError] = []  # os.walk would otherwise swallow unreadable folders
    found = False
    # Symlinked folders are not followed (a link back up would loop forever), but reported.
    for dirpath, dirnames, filenames in os.walk(root, onerror=problems.append):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not _skipped(d))  # walk order = sorted
        for name in [d for d in dirnames if (here / d).is_symlink()]:
            found = True
            yield ReadError(clean_text(str(here / name)), None, "symlinked folder, not followed")
        for name in sorted(filenames):
            if not _skipped(name):
                found = True
                yield from _read_file(here / name, limits, published, lang)
        found = bool(problems) or found
        yield from _folder_problems(problems, root)
    found = bool(problems) or found
    yield from _folder_problems(problems, root)  # the root itself may be unreadable
    if not found:
        yield ReadError(clean_text(str(root)), None, "folder has no input files")


def _folder_problems(problems: list[OSError], root: Path) -> Iterator[ReadError]:
    while problems:
        exc = problems.pop(0)
        yield ReadError(clean_text(str(exc.filename or root)), None,
                        f"cannot read folder: {exc.strerror}")


def _read_file(path: Path, limits, published, lang) -> Iterator[Article | ReadError]:
    # File names that are not UTF-8 arrive with surrogate escapes: shown and stored as U+FFFD,
    # while the path itself is kept for opening the file.
    label, name = clean_text(str(path)), clean_text(path.name)
    where = _path_identity(path)
    if path.suffix.lower() not in _READERS:
        yield ReadError(label, None, _unsupported(path.suffix), identity=where)
        return
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind:  # checked before opening: opening a FIFO for reading would wait for a writer
            yield ReadError(label, None, f"skipped: {kind}, not a regular file", skipped=True,
                            identity=where)
            return
        # O_NONBLOCK: if the path was swapped for a FIFO since the check, open still returns.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        yield ReadError(label, None, f"cannot read file: {exc.strerror or exc}", identity=where)
        return
    with os.fdopen(fd, "rb") as handle:
        yield from _read_open_file(handle, label, name, where, limits, published, lang)


def _read_open_file(handle, label, name, where, limits, published, lang):
    status = os.fstat(handle.fileno())
    kind = _not_regular(status.st_mode)
    if kind:
        yield ReadError(label, None, f"skipped: {kind}, not a regular file", skipped=True,
                        identity=where)
        return
    # Size from stat first, so an oversize file is refused without reading it.
    if status.st_size > limits.max_file_bytes:
        yield ReadError(label, None, _too_big(status.st_size, limits), identity=where)
        return
    try:
        if name.lower().endswith(".jsonl") and _streamable(handle):
            yield from _stream_jsonl(handle, label, name, where, limits, published, lang)
            return
        # One byte more than the limit tells a file that grew since stat from one that did not.
        data = handle.read(limits.max_file_bytes + 1)
    except OSError as exc:
        yield ReadError(label, None, f"cannot read file: {exc.strerror or exc}", identity=where)
        return
    if len(data) > limits.max_file_bytes:
        yield ReadError(label, None, _grew(limits), identity=where)
        return
    yield from _parse_bytes(label, name, data, limits, published, lang)


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is ("named pipe", ...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _FILE_KINDS if test(mode)), "special file")


def _path_identity(path: Path) -> str:
    try:
        return "path:" + os.path.realpath(path)
    except (OSError, ValueError):
        return "path:" + str(path)


def _content_identity(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _parse_bytes(label, name, data, limits, published, lang) -> Iterator[Article | ReadError]:
    pure = PurePosixPath(name.replace("\\", "/"))  # uploads may carry a Windows path
    suffix = pure.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        yield ReadError(label, None, _unsupported(pure.suffix))
        return
    if len(data) > limits.max_file_bytes:
        yield ReadError(label, None, _too_big(len(data), limits))
        return
    src = _Source(label, pure.stem, limits, published, lang, _content_identity(data))
    try:
        text = read_text_bytes(data)
    except ValueError as exc:
        yield src.error(None, str(exc))
        return
    if suffix not in _PLAIN_EXTENSIONS and not text.strip():
        yield src.error(None, "file is empty")
        return
    produced = False
    for item in reader(text, src):
        produced = True
        yield item
    if not produced:  # e.g. "[]", a CSV with only a header: say so rather than print nothing
        yield src.error(None, "file has no records")


def _unsupported(suffix: str) -> str:
    known = ", ".join(sorted(_READERS))
    what = suffix.lower() if suffix else "(no extension)"
    return f"unsupported file type {what} (expected one of {known})"


def _too_big(size: int, limits: Limits) -> str:
    # Exact bytes: a rounded "20.0 MB, over the 20 MB limit" reads as a contradiction.
    return (f"file is {size:,} bytes, over the limit of {limits.max_file_bytes:,} bytes "
            f"({_human_size(limits.max_file_bytes)})")


def _grew(limits: Limits, after: str = "") -> str:
    return (f"file grew past the limit of {limits.max_file_bytes:,} bytes "
            f"({_human_size(limits.max_file_bytes)}) while being read{after}")


def _human_size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n:,} bytes"


# ---------------------------------------------------------------------------------------------
# Formats: each takes the decoded text and yields Articles / ReadErrors


def _read_plain(text: str, src: _Source) -> Iterator[Article | ReadError]:
    yield _to_article({"text": text}, src, None, src.stem)


def _read_html(text: str, src: _Source) -> Iterator[Article | ReadError]:
    try:
        fields = _html_fields(text)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura failures on hostile markup vary
        yield src.error(None, f"could not parse HTML: {type(exc).__name__}: {exc}")
        return
    if fields is None or not (fields.get("text") or "").strip():
        yield src.error(None, "no article text found in HTML")
        return
    yield _to_article(fields, src, None, src.stem)


def _html_fields(text: str) -> dict[str, Any] | None:
    # Imported here: trafilatura is slow to import and only HTML inputs need it.
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        return None
    lang = tree.get("lang")  # <html lang="id">, read before trafilatura prunes the tree
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        # Metadata only (no guessing from body text or today's date): offline and repeatable.
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": _HTML_MAX_DATE,
            "outputformat": "%Y-%m-%d",
        },
    )
    if doc is None:
        return None
    return {"text": doc.text, "title": doc.title, "url": doc.url, "source": doc.sitename,
            "published": doc.date, "lang": lang}


def _read_json(text: str, src: _Source) -> Iterator[Article | ReadError]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield src.error(None, _json_problem(exc))
        return
    except RecursionError:
        yield src.error(None, "JSON is nested too deeply")
        return
    if isinstance(data, dict) and "articles" in data:
        data = data["articles"]
        if not isinstance(data, list):
            yield src.error(None, f"'articles' is {_kind(data)}, not a list of objects")
            return
    if isinstance(data, dict):
        yield _to_article(data, src, None, src.stem)
    elif isinstance(data, list):
        for n, obj in enumerate(data, 1):
            yield _to_article(obj, src, f"item {n}", f"{src.stem}:{n}")
    else:
        yield src.error(None, f"JSON holds {_kind(data)}, not an object or a list of objects")


def _read_jsonl(text: str, src: _Source) -> Iterator[Article | ReadError]:
    # Split on "\n" only: str.splitlines() would also split on U+2028 etc., which JSON allows
    # raw inside strings.
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            yield _jsonl_record(line, n, src)


def _jsonl_record(line: str, n: int, src: _Source, identity: str | None = None):
    record = f"line {n}"
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return src.error(record, _json_problem(exc, line_no=n), identity)
    except RecursionError:
        return src.error(record, "JSON is nested too deeply", identity)
    item = _to_article(obj, src, record, f"{src.stem}:{n}")
    if isinstance(item, ReadError) and identity:
        item = ReadError(item.path, item.record, item.reason, identity=identity)
    return item


def _streamable(handle) -> bool:
    """Whether a JSON Lines file can be decoded a line at a time (no UTF-16, no binary start)."""
    head = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    return b"\x00" not in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _stream_jsonl(handle, label, name, where, limits, published, lang):
    """Records of a JSON Lines file read line by line: memory stays at one line, not the file."""
    src = _Source(label, PurePosixPath(name).stem, limits, published, lang, where)
    read, n, produced = 0, 0, False
    while raw := handle.readline(limits.max_file_bytes - read + 1):
        read += len(raw)
        n += 1
        if read > limits.max_file_bytes:
            yield src.error(None, _grew(limits, f"; lines from {n} on not read"))
            return
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        # Each line decodes on its own: a stray NUL is dropped, as in a whole file.
        line = _decode_text(raw.replace(b"\x00", b"")).removesuffix("\n")
        if line.strip():
            produced = True
            yield _jsonl_record(line, n, src, _content_identity(raw))
    if not produced:
        yield src.error(None, "file is empty")


def _json_problem(exc: ValueError, line_no: int | None = None) -> str:
    if isinstance(exc, json.JSONDecodeError):
        line = exc.lineno if line_no is None else line_no
        return f"not valid JSON at line {line}: {exc.msg}"
    # e.g. Python's limit on digits in an integer; the advice after ";" is for programmers.
    return f"not valid JSON: {str(exc).split(';')[0]}"


def _read_csv(text: str, src: _Source) -> Iterator[Article | ReadError]:
    # A text cell can be far longer than csv's default 128 KB field limit; no field can be
    # longer than the file, so raising the (process-wide, only ever raised) limit to that is safe.
    csv.field_size_limit(max(csv.field_size_limit(), src.limits.max_file_bytes))
    header_line = text.split("\n", 1)[0].split("\r", 1)[0]
    # strict: a stray or unclosed quote is reported instead of silently merging the rows after it
    # into one cell (which would lose those documents).
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_csv_delimiter(header_line),
                      strict=True)
    try:
        columns = next(rows)
    except csv.Error as exc:
        yield src.error(None, f"not valid CSV in the header: {exc}")
        return
    header = [_field_name(c) for c in columns]
    if "text" not in header:
        aliases = ", ".join(a for a, f in FIELD_ALIASES.items() if f == "text")
        yield src.error(None, f"CSV has no 'text' column (nor {aliases}); "
                              f"its columns are: {', '.join(columns)}")
        return
    yield from _csv_rows(rows, header, src)


def _csv_rows(rows, header: list[str], src: _Source) -> Iterator[Article | ReadError]:
    n = 0
    while True:
        n += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield src.error(f"row {n}", f"not valid CSV near line {rows.line_num}: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            n -= 1  # a blank line between rows is layout, not a document
            continue
        yield _to_article(_merge_cells(header, row), src, f"row {n}", f"{src.stem}:{n}")


def _csv_delimiter(header_line: str) -> str:
    # Excel in comma-decimal locales (Indonesia among them) writes ";"-separated CSV.
    for delimiter in (",", ";", "\t"):
        try:
            names = next(csv.reader([header_line], delimiter=delimiter), [])
        except csv.Error:  # e.g. a stray NUL from UTF-16: the full parse reports it
            continue
        if "text" in {_field_name(n) for n in names}:
            return delimiter
    return ","


def _merge_cells(header: list[str], row: list[str]) -> dict[str, str]:
    # Several columns may map to one field (text + content): the first non-blank one wins.
    out: dict[str, str] = {}
    for name, cell in zip(header, row):
        if not (out.get(name) or "").strip():
            out[name] = cell
    return out


_READERS: dict[str, Callable[[str, _Source], Iterator[Article | ReadError]]] = {
    ".txt": _read_plain, ".md": _read_plain, ".html": _read_html, ".htm": _read_html,
    ".json": _read_json, ".jsonl": _read_jsonl, ".csv": _read_csv,
}


# ---------------------------------------------------------------------------------------------
# One record (dict) → Article


def _to_article(obj: Any, src: _Source, record: str | None, fallback_id: str) -> Article | ReadError:
    if not isinstance(obj, dict):
        return src.error(record, f"record is {_kind(obj)}, not an object")
    fields = _canonical_fields(obj)
    try:
        text = _text(fields, src.limits)
        values = {name: _optional_str(fields, name) for name in _ARTICLE_FIELDS if name != "text"}
        published = _norm_published(values["published"])
        lang = _norm_lang(values["lang"])
    except _BadRecord as exc:
        return src.error(record, str(exc))
    return Article(
        text=text, id=values["id"] or fallback_id, title=values["title"], url=values["url"],
        source=values["source"], published=published or src.published, lang=lang or src.lang,
        path=src.path if record is None else f"{src.path} [{record}]",
    )


def _field_name(name: Any) -> str:
    key = str(name).strip().lower()
    return FIELD_ALIASES.get(key, key)


def _canonical_fields(obj: dict) -> dict[str, Any]:
    # Exact field names first, aliases only fill what is missing or blank.
    out: dict[str, Any] = {}
    exact = [(k, v) for k, v in obj.items() if str(k).strip().lower() in _ARTICLE_FIELDS]
    aliased = [(k, v) for k, v in obj.items() if str(k).strip().lower() in FIELD_ALIASES]
    for key, value in exact + aliased:
        name = _field_name(key)
        if _blank(out.get(name)):
            out[name] = value
    return out


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(fields: dict[str, Any], limits: Limits) -> str:
    if "text" not in fields:
        raise _BadRecord("record has no 'text' field")
    text = fields["text"]
    if text is not None and not isinstance(text, str):
        raise _BadRecord(f"text is {_kind(text)}, not a string")
    if _blank(text):
        raise _BadRecord("text is empty")
    if len(text) > limits.max_text_chars:
        raise _BadRecord(f"text is {len(text):,} characters, over the "
                         f"{limits.max_text_chars:,} limit")
    # As written, but for characters no store can hold (replaced one for one, so offsets into
    # it still match what the user sees).
    return clean_text(text)


def _optional_str(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # ids exported as numbers
    if value is not None and not isinstance(value, str):
        raise _BadRecord(f"{name} is {_kind(value)}, not a string")
    if value is None:
        return None
    return clean_text(value).strip() or None


def _norm_published(value: str | None) -> str | None:
    """ISO date or date-time → "YYYY-MM-DD" (the date as written, time zone not applied)."""
    if value is None or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        shown = value if len(value) <= 60 else value[:57] + "..."
        raise _BadRecord(f"published is not a date: {shown!r} (expected YYYY-MM-DD or an ISO "
                         f"date-time)") from None


def _norm_lang(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    # Keep the primary subtag of "id-ID" / "en_US": regions do not change the extractor.
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return LANG_ALIASES.get(code, code) or None


def _kind(value: Any) -> str:
    """How a JSON user would name this value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
