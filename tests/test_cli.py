"""The commands' promises on bad input: every failure printed with its reason, the batch goes
on, and the exit status says whether anything failed."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from extraction.__main__ import app


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_cli_extract_max_file_mb_sets_the_limit_with_exact_sizes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Indonesia condemned Israel on Monday. " * 400)  # 15,200 bytes
    refused = invoke("extract", path, "--max-file-mb", "0.01")
    assert refused.exit_code == 1
    assert "file is 15,200 bytes, over the limit of 10,485 bytes" in one_line(refused.output)
    assert invoke("extract", path, "--max-file-mb", "1", "--published", "2024-01-02").exit_code == 0


def test_cli_extract_goes_on_after_a_document_that_fails(tmp_path, monkeypatch):
    # Regression: an OverflowError in one document made `extract` abandon the rest of its input.
    import extraction.pipeline.run as run

    real = run.extract

    def fragile(article, **kwargs):
        if "BOOM" in article.text:
            raise OverflowError("date value out of range")
        return real(article, **kwargs)

    monkeypatch.setattr(run, "extract", fragile)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": i, "text": t, "published": "2024-01-02"}) for i, t in (
        ("a", "Indonesia condemned Israel on Monday."), ("b", "BOOM"),
        ("c", "Japan condemned China on Monday."))) + "\n")
    result = invoke("extract", feed)
    assert result.exit_code == 1
    assert "error: article b: OverflowError: date value out of range" in one_line(result.output)
    ids = [json.loads(line)["article_id"] for line in result.output.splitlines() if line.startswith("{")]
    assert ids == ["a", "c"]


def test_cli_ingest_prints_each_failure_and_exits_3(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Indonesia condemned Israel on Monday.")
    (folder / "bad.json").write_text('{"text": ')
    (folder / "feed.jsonl").write_text('{"text": "Japan met China."}\n[1]\n')
    os.mkfifo(folder / "pipe.txt")
    result = invoke("ingest", folder, "--db", tmp_path / "e.duckdb")
    out = one_line(result.output)
    assert result.exit_code == 3, out
    assert f"error: {folder / 'bad.json'}: not valid JSON at line 1" in out
    assert f"error: {folder / 'feed.jsonl'} [line 2]: record is a list, not an object" in out
    assert f"skipped: {folder / 'pipe.txt'}: skipped: named pipe, not a regular file" in out
    assert "2 document(s) failed (exit status 3)" in out


@pytest.mark.parametrize("strict, code", [(False, 0), (True, 3)])
def test_cli_ingest_skipped_inputs_fail_only_with_strict(tmp_path, strict, code):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Indonesia condemned Israel on Monday.")
    os.mkfifo(folder / "pipe.txt")
    flags = ["--strict"] if strict else []
    result = invoke("ingest", folder, "--db", tmp_path / "e.duckdb", *flags)
    assert result.exit_code == code, result.output
