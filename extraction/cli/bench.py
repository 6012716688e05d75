"""Throughput benchmark: articles/second and peak memory of extraction, and in the same run
the time dateparser's `search_dates` alone needs on the same articles (the reference)."""
from __future__ import annotations

import resource
import time
from dataclasses import replace
from datetime import datetime

from ..model import Article
from ..readers import ReadError, iter_inputs


def corpus(paths: list[str], n: int) -> list[Article]:
    """The articles under `paths`, replicated with distinct ids up to `n`."""
    base = [a for a in iter_inputs(paths) if not isinstance(a, ReadError)]
    if not base:
        raise SystemExit(f"no readable articles under {', '.join(paths)}")
    return [replace(base[i % len(base)], id=f"{base[i % len(base)].id}#{i}") for i in range(n)]


def _timed(fn, articles) -> float:
    start = time.perf_counter()
    for a in articles:
        fn(a)
    return time.perf_counter() - start


def _search_dates(article: Article) -> None:
    from dateparser.search import search_dates

    settings = {"DATE_ORDER": "DMY"}
    if article.published:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(article.published[:10])
    search_dates(article.text, languages=[article.lang or "en"], settings=settings)


def run_bench(paths: list[str], n: int) -> dict:
    from ..pipeline.langid import detect
    from ..pipeline.run import extract

    articles = corpus(paths, n)
    articles = [a if a.lang else replace(a, lang=detect(a.text)) for a in articles]
    # Each side loads its language data outside the timing, as a running service would have.
    langs = sorted({a.lang for a in articles})
    firsts = [next(a for a in articles if a.lang == lang) for lang in langs]
    for a in firsts:
        extract(a)
    ours = _timed(extract, articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for a in firsts:
        _search_dates(a)
    theirs = _timed(_search_dates, articles)
    figures = {"articles": len(articles), "extract_s": ours, "articles_per_s": len(articles) / ours,
               "peak_rss_mb": peak_mb, "search_dates_s": theirs,
               "search_dates_articles_per_s": len(articles) / theirs, "speedup": theirs / ours}
    print(f"articles:                 {len(articles):,}")
    print(f"extract (full pipeline):  {ours:.2f} s = {figures['articles_per_s']:,.0f} articles/s (one core)")
    print(f"peak memory (RSS):        {peak_mb:,.0f} MB")
    print(f"dateparser search_dates:  {theirs:.2f} s = {figures['search_dates_articles_per_s']:,.0f} articles/s")
    print(f"ratio:                    extraction is {figures['speedup']:.1f}x faster than search_dates alone")
    return figures
