"""Exports: spreadsheet-safe RFC 4180 CSV, PLOVER-like JSONL, typed Parquet, CLI filters."""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import math

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from store_fakes import fake_article, fake_extract
from typer.testing import CliRunner

from extraction.cli.store import register
from extraction.store import ingest as store
from extraction.store.query import Filters
from extraction.store.export import FORMULA_TRIGGERS, jsonl_records, safe_csv, unguard, write_filtered


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# ---------------------------------------------------------------- property: no formula survives

cell_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "\x00x", "'=already", "=", "a,b", 'q"q', "x\ny"])
numbers = st.floats(allow_nan=True, allow_infinity=False, width=64)


@st.composite
def frames(draw) -> pd.DataFrame:
    n = draw(st.integers(0, 6))
    names = draw(st.lists(cell_text, min_size=1, max_size=3, unique=True))
    names = [name for name in names if name not in ("goldstein", "quad_class")]
    data = {name: draw(st.lists(st.none() | cell_text, min_size=n, max_size=n)) for name in names}
    data["goldstein"] = draw(st.lists(numbers, min_size=n, max_size=n))
    data["quad_class"] = draw(st.lists(st.integers(-4, 4), min_size=n, max_size=n))
    return pd.DataFrame({k: pd.Series(v, dtype=object) if k in names else v for k, v in data.items()})


@settings(max_examples=300, deadline=None)
@given(frames(), st.booleans())
def test_export_csv_no_string_cell_starts_with_a_formula_trigger(df, excel):
    text = safe_csv(df, excel=excel)
    assert text.startswith("\ufeff") == excel
    rows = parse_csv(text.removeprefix("\ufeff"))
    assert len(rows) == len(df) + 1
    header, body = rows[0], rows[1:]
    assert len(header) == len(df.columns)
    for name, cell in zip(df.columns, header):
        assert not cell.startswith(FORMULA_TRIGGERS)
        assert unguard(cell) == name.replace("\0", "\ufffd")
    for i, row in enumerate(body):
        for name, cell in zip(df.columns, row):
            value = df[name].iloc[i]
            if name == "goldstein":  # numbers stay numbers, negative ones included
                assert cell == "" if math.isnan(value) else float(cell) == value
            elif name == "quad_class":
                assert int(cell) == value
            else:
                assert not cell.startswith(FORMULA_TRIGGERS)
                if value is None:
                    assert cell == ""
                else:  # nothing lost: the original is the cell minus the added quote
                    assert unguard(cell) == value.replace("\0", "\ufffd")


def test_export_csv_is_rfc4180():
    df = pd.DataFrame({"a": ['say "hi"', "x,y", "line\nbreak", "plain"], "n": [1.5, -2.0, 0.0, 3.0]})
    assert safe_csv(df) == ('a,n\r\n"say ""hi""",1.5\r\n"x,y",-2.0\r\n"line\nbreak",0.0\r\n'
                            "plain,3.0\r\n")


# ---------------------------------------------------------------- a small real store


@pytest.fixture
def small_store(tmp_path):
    db = tmp_path / "e.duckdb"
    evil = dataclasses.replace(
        fake_article(1, "EVENT condemn CHN USA 2024-04-15", source="@news.example"),
        title='=HYPERLINK("http://evil.example","click")')
    call = fake_article(2, "EVENT phone_call IDN JPN 2024-04-15", "EVENT phone_call JPN IDN 2024-04-16",
                        source="kompas.com", published="2024-04-16", lang="id")
    store.ingest([evil, call], db, extractor=fake_extract)
    return db


CALL = "efe0b1982e890f755cfcbd3fb0ecd4ec111f917caed48e075600953515bad184"
CONDEMN = "ff18e09a4e1ba8bf16007764b71d44d467a239aa3ebd13b49f4bbc00228a225e"
GOLDEN_CSV = (
    "event_id,cluster_id,doc_id,article_id,event_date,date_precision,event_type,cameo_code,"
    "plover_type,plover_mode,quad_class,goldstein,source_country,source_actor,target_country,"
    "target_actor,location,language,trigger,sentence,confidence,url,date_basis,"
    "source_actor_inferred,target_actor_inferred,outlet,published,title\r\n"
    f"{CALL}:0,c00aac5d9c896e9dd,{CALL},art-2,2024-04-15,day,phone_call,040,CONSULT,,1,1.0,"
    "IDN,IDN government,JPN,JPN government,,id,phone_call,EVENT phone_call IDN JPN 2024-04-15,"
    "0.5,https://kompas.com/2,stated,false,false,kompas.com,2024-04-16,Title 2\r\n"
    f"{CALL}:1,c00aac5d9c896e9dd,{CALL},art-2,2024-04-16,day,phone_call,040,CONSULT,,1,1.0,"
    "JPN,JPN government,IDN,IDN government,,id,phone_call,EVENT phone_call JPN IDN 2024-04-16,"
    "0.5,https://kompas.com/2,stated,false,false,kompas.com,2024-04-16,Title 2\r\n"
    f"{CONDEMN}:0,c450f6067b70678fe,{CONDEMN},art-1,2024-04-15,day,condemn,122,ACCUSE,,3,-2.0,"
    "CHN,CHN government,USA,USA government,,en,condemn,EVENT condemn CHN USA 2024-04-15,"
    "0.5,https://@news.example/1,stated,false,false,'@news.example,2024-04-15,"
    '"\'=HYPERLINK(""http://evil.example"",""click"")"\r\n'
)


def cli(*args) -> str:
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_export_csv_golden(small_store, tmp_path):
    out = tmp_path / "out.csv"
    cli("export", "--db", small_store, "--format", "csv", "-o", out)
    assert out.read_bytes().decode("utf-8") == GOLDEN_CSV
    cli("export", "--db", small_store, "--format", "csv", "--excel", "-o", out)
    assert out.read_bytes() == b"\xef\xbb\xbf" + GOLDEN_CSV.encode("utf-8")


@pytest.mark.parametrize("args,expected", [
    (["--country", "USA", "--country-role", "target"], {f"{CONDEMN}:0"}),
    (["--country", "USA", "--country-role", "source"], set()),
    (["--type", "phone_call", "--from", "2024-04-16"], {f"{CALL}:1"}),
    (["--actor", "jpn GOVERN", "--lang", "id"], {f"{CALL}:0", f"{CALL}:1"}),
    (["--outlet", "@news.example"], {f"{CONDEMN}:0"}),
    (["--text", "JPN IDN", "--to", "2024-04-16"], {f"{CALL}:1"}),
])
def test_export_cli_filters_match_dashboard_filters(small_store, tmp_path, args, expected):
    out = tmp_path / "out.jsonl"
    cli("export", "--db", small_store, "--format", "jsonl", "-o", out, *args)
    assert {json.loads(line)["id"] for line in out.read_text().splitlines()} == expected


def test_export_jsonl_uses_plover_like_names(small_store, tmp_path):
    out = tmp_path / "out.jsonl"
    cli("export", "--db", small_store, "-f", "jsonl", "--evidence", "-o", out, "--type", "condemn")
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == f"{CONDEMN}:0"
    assert record["date"] == "2024-04-15" and record["published"] == "2024-04-15"
    assert (record["event_type"], record["event_class"], record["cameo"]) == ("ACCUSE", "condemn", "122")
    assert (record["source"], record["target"], record["goldstein"], record["quad_class"]) == (
        "CHN", "USA", -2.0, 3)
    assert record["text"] == "EVENT condemn CHN USA 2024-04-15"
    assert record["publisher"] == "@news.example" and record["location"] is None
    assert record["trigger_spans"] == [[0, 5]]


def test_export_parquet_columns_are_typed(small_store, tmp_path):
    out = tmp_path / "out.parquet"
    cli("export", "--db", small_store, "-f", "parquet", "--evidence", "-o", out)
    table = pq.read_table(out)
    assert table.num_rows == 3
    types = {f.name: f.type for f in table.schema}
    assert types["event_date"] == pa.date32() and types["published"] == pa.date32()
    assert types["goldstein"] == pa.float64() and types["quad_class"] == pa.int32()
    assert types["trigger_spans"] == pa.list_(pa.list_(pa.int32()))
    assert sorted(table.column("goldstein").to_pylist()) == [-2.0, 1.0, 1.0]


def test_export_empty_store_writes_header_only(tmp_path):
    out = tmp_path / "out.csv"
    cli("export", "--db", tmp_path / "absent.duckdb", "-o", out)
    assert out.read_text().startswith("event_id,cluster_id,doc_id,")
    assert len(parse_csv(out.read_text())) == 1


def test_export_jsonl_records_skip_missing_columns():
    df = pd.DataFrame({"event_id": ["a:0"], "goldstein": [-1.5], "event_date": pd.to_datetime(["2024-01-02"])})
    assert list(jsonl_records(df)) == [{"id": "a:0", "date": "2024-01-02", "goldstein": -1.5}]


def test_export_rejects_unknown_format(tmp_path):
    with pytest.raises(ValueError):
        write_filtered(tmp_path / "none.duckdb", Filters(), "xlsx", tmp_path / "x")


@pytest.mark.parametrize("value, cell", [
    ("x\x00y", "x\ufffdy"), ("\x00=1", "\ufffd=1"), ("'quoted", "''quoted"), ("=1", "'=1"),
])
def test_export_csv_never_writes_a_raw_nul_and_the_guard_is_reversible(value, cell):
    text = safe_csv(pd.DataFrame({"a": [value]}))
    assert "\x00" not in text
    assert parse_csv(text)[1] == [cell]
    assert unguard(cell) == value.replace("\x00", "\ufffd")


def test_export_parquet_chunks_leave_as_each_batch_is_written(small_store):
    """A download sends each row group as it is written (never the whole file at the end), and
    the chunks make the file the command line writes."""
    from extraction.store.export import filtered_sql, parquet_chunks, stream
    from extraction.store.read import reading

    with reading(small_store) as con:
        sql, params = filtered_sql(con, Filters())
        batches = list(con.sql(sql, params=params).to_arrow_reader(2))
    chunks = list(parquet_chunks(batches))
    assert len(batches) >= 2 and len(chunks) == len(batches) + 1
    assert all(chunks[:-1]) and chunks[0].startswith(b"PAR1")
    streamed = pq.read_table(io.BytesIO(b"".join(chunks)))
    written = io.BytesIO()
    with reading(small_store) as con:
        stream(con, Filters(), "parquet", written)
    assert streamed.equals(pq.read_table(io.BytesIO(written.getvalue())))


def test_export_parquet_chunks_of_no_batch_are_an_empty_typed_file():
    from extraction.store.export import export_columns, parquet_chunks

    empty = pq.read_table(io.BytesIO(b"".join(parquet_chunks([]))))
    assert empty.num_rows == 0 and empty.column_names == list(export_columns())
    assert pa.types.is_date32(empty.schema.field("event_date").type)


def _odd_export_frame(rows: int = 40) -> pd.DataFrame:
    """Export columns of every type holding formula triggers, quotes, separators, NULs and
    missing values, as a streamed export batch has them."""
    from extraction.store import schema
    from extraction.store.export import export_columns

    nasty = ["=1+1", "+x", "-2", "@c", "\tx", "\rx", "\0x", "'q", "a,b", 'q"q', "x\ny", "", " ", None]
    target = pa.schema([schema.EVENT_FRAME_ARROW.field(c) for c in export_columns(evidence=True)])

    def values(field):
        kind = field.type
        pool = (["[[0, 4]]", "[[1, 2], [5, 9]]", None] if field.name == "trigger_spans"
                else nasty if pa.types.is_string(kind)
                else [0.0, -0.0, 1.5, None, 1e300] if pa.types.is_floating(kind)
                else [0, -3, 2**31 - 1] if pa.types.is_integer(kind)
                else [True, False] if pa.types.is_boolean(kind)
                else [dt.datetime(2024, 1, 2), None])
        return [pool[(i * 7 + len(field.name)) % len(pool)] for i in range(rows)]

    table = pa.Table.from_arrays([pa.array(values(f), f.type) for f in target], schema=target)
    return schema.to_frame(table, target)


DATE_COLUMNS = {"event_date": True, "published": True}


def test_export_csv_columns_converted_whole_equal_cell_by_cell():
    """The CSV converts the export's text, date, number and flag columns whole; each cell must
    still be what `_cell` makes of it, quoted as RFC 4180 says."""
    from extraction.store.export import _cell, csv_text

    frame = _odd_export_frame()

    def quoted(cell):
        return '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in '",\r\n') else cell

    rows = zip(*([_cell(v, DATE_COLUMNS.get(c, False)) for v in frame[c].tolist()]
                 for c in frame.columns))
    assert csv_text(frame, header=False) == "".join(",".join(map(quoted, r)) + "\r\n" for r in rows)


def test_export_jsonl_columns_converted_whole_equal_value_by_value():
    from extraction.store.export import JSONL_EVIDENCE_FIELDS, JSONL_FIELDS, _json_value

    frame = _odd_export_frame()
    records = list(jsonl_records(frame, evidence=True))
    for name, column in JSONL_FIELDS + JSONL_EVIDENCE_FIELDS:
        if column not in frame.columns:
            continue
        one_by_one = [_json_value(v, DATE_COLUMNS.get(column, False)) for v in frame[column].tolist()]
        if column == "trigger_spans":
            one_by_one = [json.loads(v) if isinstance(v, str) else v for v in one_by_one]
        assert [r[name] for r in records] == one_by_one, name
