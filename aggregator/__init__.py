"""Feeds, fetching, extraction and storage of articles: knows nothing of claims or the web."""

__version__ = "0.1.0"
