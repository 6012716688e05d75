"""What the pipeline extracts from one test sentence, as (CAMEO code, source, target) rows: the
shape the rule tests (tests/test_rules_*.py) compare against."""
from extraction.model import Article
from extraction.pipeline.run import extract


def coded(text, lang="en", published=None, domestic=False):
    article = Article(text, "t", lang=lang, published=published)
    return {(e.cameo_code, e.source_country, e.target_country) for e in extract(article, domestic)}
