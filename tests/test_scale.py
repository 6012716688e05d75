"""Extraction spread over local processes and over a real (loopback) Dask cluster."""
from __future__ import annotations

import pandas as pd
import pytest
from store_fakes import fake_article, fake_extract

from extraction.model import Article
from extraction.store import ingest as store
from extraction.store.scale import extract_many


def articles(n: int) -> list[Article]:
    out = [fake_article(i, f"EVENT meet IDN SGP 2024-01-{1 + i % 28:02d}") for i in range(n)]
    out[3] = fake_article(3, "BOOM")
    return out


def outcomes(results) -> dict:
    return {r.article.id: ([e.event_date for e in r.events], r.error) for r in results}


def test_scale_processes_match_inline_and_contain_errors():
    inline = outcomes(extract_many(articles(40), workers=1, extractor=fake_extract))
    pooled = outcomes(extract_many(articles(40), workers=2, extractor=fake_extract, chunk_size=3))
    assert pooled == inline and len(inline) == 40
    assert inline["art-3"] == ([], "ValueError: extractor exploded on purpose")
    assert inline["art-5"] == (["2024-01-06"], None)


@pytest.mark.slow
def test_scale_dead_worker_fails_only_its_article():
    batch = articles(20)
    batch[7] = fake_article(7, "CRASH")
    results = outcomes(extract_many(batch, workers=2, extractor=fake_extract, chunk_size=4))
    assert len(results) == 20
    failed = {k for k, (_, error) in results.items() if error}
    assert failed == {"art-3", "art-7"}
    assert "extraction worker failed" in results["art-7"][1]


def test_scale_ingest_with_processes_equals_single_process(tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    store.ingest(articles(30), one, extractor=fake_extract)
    store.ingest(articles(30), two, extractor=fake_extract, workers=2)
    assert_same_store(one, two)


def assert_same_store(a, b) -> None:
    ta, tb = store.read_tables(a), store.read_tables(b)
    pd.testing.assert_frame_equal(ta.documents.drop(columns=["ingested_at"]),
                                  tb.documents.drop(columns=["ingested_at"]))
    pd.testing.assert_frame_equal(ta.events, tb.events)
    pd.testing.assert_frame_equal(ta.clusters, tb.clusters)


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        yield cluster


@pytest.mark.dask
@pytest.mark.slow
def test_scale_dask_cluster_store_equals_single_process(tmp_path, dask_cluster):
    """Real engine, documents partitioned over two worker processes, one writer."""
    from store_fakes import write_news_corpus

    from extraction.readers import iter_inputs

    write_news_corpus(tmp_path / "in", 120, per_file=30)
    single, dask = tmp_path / "single.duckdb", tmp_path / "dask.duckdb"
    store.ingest(iter_inputs([tmp_path / "in"]), single)
    summary = store.ingest(iter_inputs([tmp_path / "in"]), dask,
                           dask_scheduler=dask_cluster.scheduler_address)
    assert summary.documents == 120
    assert_same_store(single, dask)


@pytest.mark.dask
@pytest.mark.slow
def test_scale_dask_contains_extractor_errors(tmp_path, dask_cluster):
    single, dask = tmp_path / "single.duckdb", tmp_path / "dask.duckdb"
    store.ingest(articles(25), single, extractor=fake_extract)
    summary = store.ingest(articles(25), dask, extractor=fake_extract,
                           dask_scheduler=dask_cluster.scheduler_address)
    assert summary.by_status == {"events": 24, "no_events": 0, "error": 1}
    assert_same_store(single, dask)


def test_scale_refuses_workers_with_another_extractor_version(monkeypatch):
    import extraction

    monkeypatch.setattr(extraction, "EXTRACTOR_VERSION", "not-what-workers-run")
    with pytest.raises(RuntimeError, match="install the same version on every worker"):
        list(extract_many(articles(4), workers=2, extractor=fake_extract))
