"""Readers: every input file ends as Articles or ReadErrors, never an exception or silence."""
import codecs
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.model import Article
from extraction.readers import (
    Limits,
    ReadError,
    articles_from_bytes,
    iter_inputs,
    read_text_bytes,
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<title>Menlu RI kecam serangan di perbatasan | Kabar Nusantara</title>
<meta property="og:title" content="Menlu RI kecam serangan di perbatasan">
<meta property="og:site_name" content="Kabar Nusantara">
<meta property="article:published_time" content="2024-06-22T08:15:00+07:00">
<link rel="canonical" href="https://kabar.example/2024/06/menlu-kecam">
</head>
<body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a> <a href="/dunia">Dunia</a></nav>
<article>
<h1>Menlu RI kecam serangan di perbatasan</h1>
<p>Jakarta - Menteri Luar Negeri Indonesia pada Sabtu mengecam serangan bersenjata di wilayah
perbatasan yang menewaskan tiga warga sipil, dan meminta semua pihak menahan diri.</p>
<p>Dalam pernyataan resmi, kementerian menyatakan bahwa pemerintah akan memanggil duta besar
negara tetangga untuk meminta penjelasan atas insiden tersebut.</p>
<p>Juru bicara kementerian mengatakan Indonesia siap bekerja sama dengan ASEAN untuk menyelidiki
kejadian itu secara menyeluruh dan transparan.</p>
<p>Serangan itu terjadi pada Jumat malam dan merupakan yang ketiga dalam sebulan terakhir,
menurut aparat keamanan setempat.</p>
</article>
<footer>Hak cipta 2024 Kabar Nusantara. Seluruh hak dilindungi.</footer>
</body>
</html>
"""


def read(tmp_path, name, content, **kwargs):
    """Write one file (str as UTF-8, or bytes) and read it back as a list."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return list(iter_inputs([path], **kwargs))


def only_error(items):
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


@pytest.mark.parametrize("name", ["note.txt", "note.md", "NOTE.TXT"])
def test_readers_plain_file_is_one_article_with_text_as_is(tmp_path, name):
    text = "# Judul\n\nPresiden bertemu PM Malaysia di Jakarta.\n"
    [article] = read(tmp_path, name, text)
    assert article == Article(text=text, id=name.rsplit(".", 1)[0])


@pytest.mark.parametrize("payload, ids", [
    ({"id": 7, "text": "Satu."}, ["7"]),
    ({"text": "Satu."}, ["feed"]),
    ([{"text": "Satu."}, {"id": " b ", "text": "Dua."}], ["feed:1", "b"]),
    ({"articles": [{"text": "Satu."}, {"text": "Dua."}]}, ["feed:1", "feed:2"]),
])
def test_readers_json_object_list_or_articles(tmp_path, payload, ids):
    items = read(tmp_path, "feed.json", json.dumps(payload))
    assert [a.id for a in items] == ids
    assert all(isinstance(a, Article) for a in items)


def test_readers_json_fields_normalised(tmp_path):
    record = {"id": "x1", "content": "Teks.", "title": "  Judul  ", "url": " https://a.example/1 ",
              "source": "Antara", "published_at": "2024-06-22T10:00:00Z", "lang": "IND"}
    [article] = read(tmp_path, "one.json", json.dumps(record))
    assert article == Article(text="Teks.", id="x1", title="Judul", url="https://a.example/1",
                              source="Antara", published="2024-06-22", lang="id")


def test_readers_jsonl_skips_blank_lines_and_numbers_by_line(tmp_path):
    content = '{"text": "Satu."}\n\n   \n{"text": "Dua.", "lang": "en"}\n'
    items = read(tmp_path, "wire.jsonl", content)
    assert [(a.id, a.text, a.lang) for a in items] == [("wire:1", "Satu.", None),
                                                       ("wire:4", "Dua.", "en")]


def test_readers_jsonl_bad_line_does_not_stop_the_rest(tmp_path):
    content = '{"text": "Satu."}\n{"text": "Dua." "x"}\n[1, 2]\n{"title": "no text"}\n{"text": "Lima."}\n'
    items = read(tmp_path, "wire.jsonl", content)
    assert [a.text for a in items if isinstance(a, Article)] == ["Satu.", "Lima."]
    errors = [(e.record, e.reason) for e in items if isinstance(e, ReadError)]
    assert errors == [
        ("line 2", "not valid JSON at line 2: Expecting ',' delimiter"),
        ("line 3", "record is a list, not an object"),
        ("line 4", "record has no 'text' field"),
    ]


def test_readers_malformed_json_is_one_error(tmp_path):
    error = only_error(read(tmp_path, "bad.json", '{"text": "a",\n "title": }'))
    assert error.record is None
    assert error.reason.startswith("not valid JSON at line 2: ")


def test_readers_json_list_item_not_object(tmp_path):
    items = read(tmp_path, "feed.json", '[{"text": "Satu."}, "dua", {"text": ""}]')
    assert isinstance(items[0], Article)
    assert [(e.record, e.reason) for e in items[1:]] == [
        ("item 2", "record is a string, not an object"), ("item 3", "text is empty")]


def test_readers_csv_with_aliases(tmp_path):
    content = "ID,Content,Date,Lang\n1,Presiden berkunjung.,2024-06-22,ms\n2,Menlu bertemu.,,en_US\n"
    items = read(tmp_path, "export.csv", content)
    assert [(a.id, a.text, a.published, a.lang) for a in items] == [
        ("1", "Presiden berkunjung.", "2024-06-22", "id"), ("2", "Menlu bertemu.", None, "en")]


def test_readers_csv_quoted_multiline_cell(tmp_path):
    content = ('title,text\r\n"Kunjungan","Paragraf satu, dengan koma.\r\n\r\nParagraf ""dua""."\r\n'
               'Kedua,Teks kedua.\r\n')
    items = read(tmp_path, "export.csv", content)
    assert [(a.id, a.title, a.text) for a in items] == [
        ("export:1", "Kunjungan", 'Paragraf satu, dengan koma.\r\n\r\nParagraf "dua".'),
        ("export:2", "Kedua", "Teks kedua."),
    ]


def test_readers_csv_stray_quote_is_reported_not_merged(tmp_path):
    items = read(tmp_path, "export.csv", 'text\nSatu.\n"Dua" kata\nTiga.\n"tanpa penutup\nEmpat.\n')
    assert [getattr(i, "text", None) for i in items] == ["Satu.", None, "Tiga.", None]
    assert [(e.record, e.reason.split(":")[0]) for e in items if isinstance(e, ReadError)] == [
        ("row 2", "not valid CSV near line 3"), ("row 4", "not valid CSV near line 6")]


def test_readers_csv_semicolon_separated(tmp_path):
    items = read(tmp_path, "excel.csv", "text;published\nSatu, dua.;2024-01-05\n")
    assert [(a.text, a.published) for a in items] == [("Satu, dua.", "2024-01-05")]


def test_readers_csv_missing_text_column(tmp_path):
    error = only_error(read(tmp_path, "export.csv", "id,title\n1,Judul\n"))
    assert error.record is None
    assert "no 'text' column" in error.reason and "id, title" in error.reason


def test_readers_csv_bad_row_does_not_stop_the_rest(tmp_path):
    items = read(tmp_path, "export.csv", "text,published\nSatu.,2024-06-22\n,2024-06-23\nTiga.,\n")
    assert [getattr(i, "text", None) for i in items] == ["Satu.", None, "Tiga."]
    assert items[1] == ReadError(str(tmp_path / "export.csv"), "row 2", "text is empty")


def test_readers_html_page_metadata(tmp_path):
    [article] = read(tmp_path, "menlu.html", HTML_PAGE)
    assert isinstance(article, Article)
    assert article.title == "Menlu RI kecam serangan di perbatasan"
    assert article.published == "2024-06-22"
    assert article.url == "https://kabar.example/2024/06/menlu-kecam"
    assert article.source == "Kabar Nusantara"
    assert article.lang == "id"
    assert article.id == "menlu"
    assert "memanggil duta besar" in article.text
    assert "Beranda" not in article.text  # navigation is not the article


def test_readers_html_without_article_text(tmp_path):
    # A page rendered by JavaScript: the HTML file itself holds no article.
    page = '<html><head><title>Kabar</title><script src="app.js"></script></head><body></body></html>'
    error = only_error(read(tmp_path, "blank.htm", page))
    assert error.reason == "no article text found in HTML"


def test_readers_folder_recursive_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("not news")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "Thumbs.db").write_bytes(b"\x00\x01")
    (tmp_path / "z.txt").write_text("Zulu.")
    (tmp_path / "a.txt").write_text("Alfa.")
    (tmp_path / "b" / "deep" / "c.jsonl").write_text('{"text": "Charlie."}\n')
    (tmp_path / "b" / "notes.docx").write_bytes(b"PK")
    items = list(iter_inputs([tmp_path]))
    assert [getattr(i, "text", None) for i in items] == ["Alfa.", "Zulu.", None, "Charlie."]
    assert items[2].path == str(tmp_path / "b" / "notes.docx")
    assert items[2].reason.startswith("unsupported file type .docx")


def test_readers_symlinked_folder_reported_not_followed(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Alfa.")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    items = list(iter_inputs([tmp_path / "news"]))
    assert items[0] == ReadError(str(tmp_path / "news" / "loop"), None,
                                 "symlinked folder, not followed")
    assert items[1].text == "Alfa."


def test_readers_empty_folder(tmp_path):
    assert only_error(list(iter_inputs([tmp_path]))).reason == "folder has no input files"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Menteri’s visit".encode("utf-8"),
    codecs.BOM_UTF16_LE + "Menteri’s visit".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Menteri’s visit".encode("utf-16-be"),
    "Menteri’s visit".encode("cp1252"),
    "Menteri’s visit".encode("utf-8"),
], ids=["utf8-bom", "utf16-le", "utf16-be", "cp1252", "utf8"])
def test_readers_encodings(tmp_path, data):
    [article] = read(tmp_path, "enc.txt", data)
    assert article.text == "Menteri’s visit"


def test_readers_latin1_is_the_last_resort():
    # 0x81 is undefined in cp1252, so only latin-1 can decode this.
    assert read_text_bytes("Señor".encode("latin-1") + b"\x81") == "Señor\x81"


def test_readers_utf8_bom_in_jsonl_and_csv(tmp_path):
    assert read(tmp_path, "a.jsonl", codecs.BOM_UTF8 + b'{"text": "x"}')[0].text == "x"
    assert read(tmp_path, "a.csv", codecs.BOM_UTF8 + b"text\ny\n")[0].text == "y"


@pytest.mark.parametrize("name", ["photo.txt", "photo.json"])
def test_readers_binary_file(tmp_path, name):
    error = only_error(read(tmp_path, name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert error.reason == "binary file (NUL bytes), not text"


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "text is empty"), ("blank.md", "text is empty"),
    ("empty.json", "file is empty"), ("empty.jsonl", "file is empty"),
    ("empty.csv", "file is empty"),
])
def test_readers_empty_file(tmp_path, name, reason):
    assert only_error(read(tmp_path, name, "" if "empty" in name else "  \n")).reason == reason


@pytest.mark.parametrize("name, content", [("x.json", "[]"), ("x.csv", "text,title\n")])
def test_readers_file_without_records(tmp_path, name, content):
    assert only_error(read(tmp_path, name, content)).reason == "file has no records"


def test_readers_oversize_file(tmp_path):
    error = only_error(read(tmp_path, "big.txt", "x" * 3000, limits=Limits(max_file_bytes=2048)))
    assert error.reason == "file is 3,000 bytes, over the limit of 2,048 bytes (2 KB)"


def test_readers_oversize_message_gives_exact_sizes():
    # Regression: "20.0 MB, over the 20 MB limit" (sizes rounded until they contradicted).
    error = only_error(articles_from_bytes("big.txt", b"x" * (20 * 1024 * 1024 + 1)))
    assert error.reason == "file is 20,971,521 bytes, over the limit of 20,971,520 bytes (20 MB)"


def test_readers_text_length_limit(tmp_path):
    content = json.dumps([{"text": "x" * 2_100}, {"text": "short"}])
    items = read(tmp_path, "x.json", content, limits=Limits(max_text_chars=1_000))
    assert items[0] == ReadError(str(tmp_path / "x.json"), "item 1",
                                 "text is 2,100 characters, over the 1,000 limit")
    assert items[1].text == "short"


@pytest.mark.parametrize("name", ["data.xml", "report.pdf", "README"])
def test_readers_unsupported_extension(tmp_path, name):
    error = only_error(read(tmp_path, name, "<x/>"))
    assert error.reason.startswith("unsupported file type ")
    assert ("(no extension)" in error.reason) == ("." not in name)


def test_readers_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    items = list(iter_inputs([missing, str(missing)]))
    assert items == [ReadError(str(missing), None, "no such file or folder")] * 2


def test_readers_default_published_and_lang_only_when_missing(tmp_path):
    content = ('{"text": "a", "published": "2024-01-02", "lang": "en"}\n'
               '{"text": "b", "published": ""}\n')
    items = read(tmp_path, "x.jsonl", content, default_published="2030-12-31", default_lang="id")
    assert [(a.published, a.lang) for a in items] == [("2024-01-02", "en"), ("2030-12-31", "id")]


def test_readers_invalid_default_published_raises_at_once():
    with pytest.raises(ValueError, match="published is not a date"):
        iter_inputs([], default_published="kemarin")


@pytest.mark.parametrize("value, expected", [
    ("2024-06-22", "2024-06-22"), ("2024-06-22T10:00:00Z", "2024-06-22"),
    ("2024-06-22 10:00", "2024-06-22"), ("2024-06-22T23:30:00-05:00", "2024-06-22"),
])
def test_readers_published_iso_forms(value, expected):
    [article] = articles_from_bytes("x.json", json.dumps({"text": "a", "published": value}).encode())
    assert article.published == expected


@pytest.mark.parametrize("value", ["22/06/2024", "June 22, 2024", "2024-13-01", "kemarin"])
def test_readers_bad_published_is_an_error_not_silence(value):
    [error] = articles_from_bytes("x.jsonl", json.dumps({"text": "a", "published": value}).encode())
    assert error.record == "line 1"
    assert error.reason.startswith(f"published is not a date: {value!r}")


@pytest.mark.parametrize("value, expected", [
    ("ID", "id"), ("ms", "id"), ("in", "id"), ("eng", "en"), ("en-GB", "en"), ("", None),
    (" fr ", "fr"),
])
def test_readers_lang_normalised(value, expected):
    [article] = articles_from_bytes("x.json", json.dumps({"text": "a", "lang": value}).encode())
    assert article.lang == expected


@pytest.mark.parametrize("record, reason", [
    ({"text": ["a"]}, "text is a list, not a string"),
    ({"text": "a", "title": {"x": 1}}, "title is an object, not a string"),
    ({"text": "a", "id": True}, "id is true/false, not a string"),
])
def test_readers_wrong_field_types(record, reason):
    [error] = articles_from_bytes("x.json", json.dumps(record).encode())
    assert error == ReadError("x.json", None, reason)


def test_readers_articles_from_bytes_uses_name_extension():
    items = articles_from_bytes(r"C:\fakepath\upload.csv", b"text\nSatu.\nDua.\n")
    assert [a.id for a in items] == ["upload:1", "upload:2"]
    assert articles_from_bytes("upload.doc", b"x")[0].reason.startswith("unsupported file type .doc")


JSONISH_LINES = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.fixed_dictionaries({}, optional={
            "text": st.one_of(st.text(max_size=30), st.integers(), st.none()),
            "published": st.one_of(st.text(max_size=12), st.none()),
            "lang": st.text(max_size=6), "id": st.one_of(st.integers(), st.text(max_size=5)),
        }).map(json.dumps),
    ),
    max_size=6,
).map(lambda lines: "\n".join(lines).encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), JSONISH_LINES))
def test_readers_any_bytes_never_raise(data):
    items = articles_from_bytes("x.jsonl", data)
    assert isinstance(items, list) and items
    assert all(isinstance(i, (Article, ReadError)) for i in items)


# ---------------------------------------------------------------- hostile inputs (issue 11)


@pytest.mark.parametrize("name, payload", [
    ("s.json", b'{"text": "Indonesia \\ud800 mengecam Israel.", "title": "t\\udfff"}'),
    ("s.jsonl", b'{"text": "Indonesia \\udc80 mengecam Israel.", "lang": "i\\ud800d"}\n'),
    ("s.json", b'{"text": "NUL \\u0000 inside", "id": "a\\u0000b"}'),
])
def test_readers_lone_surrogates_and_nul_become_replacement_characters(tmp_path, name, payload):
    [article] = read(tmp_path, name, payload)
    for value in (article.text, article.title, article.id, article.lang):
        if value:
            value.encode("utf-8")  # storable: no lone surrogate left
            assert "\x00" not in value
    assert "\ufffd" in article.text
    assert len(article.text) == len(json.loads(payload)["text"])  # offsets stay true


def test_readers_non_utf8_file_name_is_read_and_shown_with_replacement(tmp_path):
    path = tmp_path.joinpath(os.fsdecode(b"berita-\xff\xfe.txt"))
    path.write_text("Indonesia mengecam Israel.")
    [article] = list(iter_inputs([tmp_path]))
    assert article.text == "Indonesia mengecam Israel."
    article.id.encode("utf-8")
    error = only_error(list(iter_inputs([tmp_path.joinpath(os.fsdecode(b"x\xff.pdf"))])))
    error.path.encode("utf-8")


@pytest.mark.parametrize("make, kind", [
    (lambda p: os.mkfifo(p), "named pipe"),
    (lambda p: p.symlink_to("/dev/zero"), "character device"),
    (lambda p: p.symlink_to("/dev/null"), "character device"),
])
def test_readers_non_regular_files_are_skipped_not_read(tmp_path, make, kind):
    # Regression: a FIFO in the input folder hung ingest for ever; a link to /dev/zero ate memory.
    make(tmp_path / "odd.txt")
    (tmp_path / "good.txt").write_text("Alfa.")
    items = list(iter_inputs([tmp_path]))
    assert items[0].text == "Alfa."
    assert items[1].skipped and items[1].reason == f"skipped: {kind}, not a regular file"


def test_readers_unix_socket_is_skipped(tmp_path):
    import socket

    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "feed.jsonl"))
        error = only_error(list(iter_inputs([tmp_path])))
    assert error.skipped and error.reason == "skipped: socket, not a regular file"


def test_readers_symlink_to_a_regular_file_is_followed_within_limits(tmp_path):
    (tmp_path / "real.txt").write_text("Alfa " * 100)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_path(tmp_path / "in")[0].text.startswith("Alfa")
    error = only_error(read_path(tmp_path / "in", limits=Limits(max_file_bytes=100)))
    assert error.reason == "file is 500 bytes, over the limit of 100 bytes (100 bytes)"


def test_readers_size_limit_applies_while_reading_not_only_to_stat(tmp_path):
    # /proc files report size 0 and can be any length: the limit must hold while reading.
    (tmp_path / "maps.txt").symlink_to("/proc/self/maps")
    error = only_error(read_path(tmp_path / "maps.txt", limits=Limits(max_file_bytes=64)))
    assert error.reason == "file grew past the limit of 64 bytes (64 bytes) while being read"


def read_path(path, **kwargs):
    return list(iter_inputs([path], **kwargs))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.csv"])
def test_readers_utf16_without_bom_is_detected(tmp_path, encoding, name):
    content = {"a.txt": "Menteri’s visit to Jakarta.",
               "a.jsonl": '{"text": "Menteri’s visit to Jakarta."}\n',
               "a.csv": "text\n\"Menteri’s visit to Jakarta.\"\n"}[name]
    [article] = read(tmp_path, name, content.encode(encoding))
    assert article.text == "Menteri’s visit to Jakarta."


def test_readers_broken_utf16_without_bom_names_the_encoding(tmp_path):
    data = "Menteri visit".encode("utf-16-le") + b"\x00\xdc"  # a lone low surrogate
    error = only_error(read(tmp_path, "a.txt", data))
    assert error.reason.startswith("looks like UTF-16-LE text without a byte-order mark, but")


@pytest.mark.parametrize("name, payload, texts", [
    ("a.csv", b"id,text\n1,Alfa\x00 one\n2,Bravo\n", ["Alfa one", "Bravo"]),
    ("a.jsonl", b'{"text": "Alfa"}\n{"text": "Bra\x00vo"}\n{"text": "Charlie"}\n',
     ["Alfa", "Bravo", "Charlie"]),
    ("a.json", b'[{"text": "Alfa"}, {"text": "Bravo\x00"}]', ["Alfa", "Bravo"]),
])
def test_readers_one_raw_nul_byte_costs_nothing(tmp_path, name, payload, texts):
    # Regression: one NUL byte made the whole file "binary".
    assert [a.text for a in read(tmp_path, name, payload)] == texts


def test_readers_same_file_by_two_paths_has_one_error_identity(tmp_path):
    (tmp_path / "bad.json").write_bytes(b'{"text": broken')
    (tmp_path / "alias.json").symlink_to(tmp_path / "bad.json")
    (tmp_path / "big.txt").write_bytes(b"x" * 200)
    (tmp_path / "big-link.txt").symlink_to(tmp_path / "big.txt")
    items = read_path(tmp_path, limits=Limits(max_file_bytes=100))
    by_name = {os.path.basename(e.path): e.identity for e in items}
    assert by_name["bad.json"] == by_name["alias.json"] and by_name["bad.json"]
    assert by_name["big.txt"] == by_name["big-link.txt"] and by_name["big.txt"]


def test_readers_jsonl_is_streamed_with_the_same_records_as_a_whole_read(tmp_path):
    lines = [json.dumps({"text": f"Record {n} ’"}) for n in range(50)] + ["", "{bad", "7"]
    data = codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8")
    streamed = read(tmp_path, "feed.jsonl", data)
    whole = articles_from_bytes("feed.jsonl", data)  # uploads are parsed from bytes in memory
    assert [(type(i), getattr(i, "text", None), getattr(i, "record", None)) for i in streamed] == \
        [(type(i), getattr(i, "text", None), getattr(i, "record", None)) for i in whole]
    assert streamed[0].text == "Record 0 ’"
