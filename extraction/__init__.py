"""Geopolitical event extraction: news articles (Indonesian, English) to coded, dated events."""

# Bumped whenever extraction output can change for the same input; stored with each document so
# `ingest --reprocess` knows what to redo.
EXTRACTOR_VERSION = "0.2.0"
