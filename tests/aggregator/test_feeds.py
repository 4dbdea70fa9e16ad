"""Feed parsing: RSS and Atom, relative links, dates in UTC, broken feeds keep what is readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from aggregator.feeds import FeedError, parse_feed

DATA = Path(__file__).resolve().parents[1] / "data" / "crawl"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes().replace(b"{{base}}", b"http://127.0.0.1:9")


def test_rss_entries_with_dates_in_utc():
    feed = parse_feed(load("feed.rss"), url="http://127.0.0.1:9/crawl/feed.rss", content_type="application/rss+xml")
    assert feed.problem is None and feed.title == "Le Courrier du Nord"
    first = feed.entries[0]
    assert first.guid.endswith("courrier-1") and first.published == "2025-09-09T08:00:00+00:00"
    assert first.link.endswith("article-1.html?utm_source=rss&utm_medium=feed")


def test_atom_links_and_ids():
    feed = parse_feed(load("feed.atom"), url="http://127.0.0.1:9/crawl/feed.atom")
    assert [e.guid for e in feed.entries] == ["urn:echo:1", "urn:echo:2"]
    assert feed.entries[0].updated == "2025-09-09T09:30:00+00:00"


def test_relative_links_resolve_against_the_feed_address():
    body = b'<rss version="2.0"><channel><title>t</title><item><title>a</title><link>/x/a.html</link></item></channel></rss>'
    feed = parse_feed(body, url="https://news.example/feeds/main.xml")
    assert feed.entries[0].link == "https://news.example/x/a.html"


def test_malformed_feed_keeps_readable_entries_and_says_what_is_wrong():
    feed = parse_feed(load("malformed.rss"), url="http://127.0.0.1:9/m.rss")
    assert len(feed.entries) == 2 and feed.problem


@pytest.mark.parametrize("body", [b"", b"<html><body>hello</body></html>", b"\xff\xfe garbage", b"{\"json\": true}"])
def test_documents_that_are_not_feeds_raise(body):
    with pytest.raises(FeedError, match="not an RSS or Atom feed|no entry could be read"):
        parse_feed(body, url="http://x/f")
