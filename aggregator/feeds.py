"""Parse RSS and Atom bytes into plain entries; keep what is readable from a broken feed."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from aggregator import bounds

log = logging.getLogger(__name__)


class FeedError(Exception):
    """The document is not a feed at all, or nothing in it could be read."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, as the feed describes it (the page itself is fetched later)."""

    link: str
    guid: str | None
    title: str | None
    summary: str | None
    published: str | None  # ISO 8601, UTC
    updated: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None  # set when the feed was malformed but partly readable


# feedparser flags these, but the entries are fine: a mislabelled Content-Type or a declared
# encoding that differs from the header is the web's daily noise, not a broken feed.
BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed fetched from `url`; relative links are resolved against it.

    feedparser is lenient: on malformed XML it sets `bozo` and still returns the entries
    it recovered. We keep those (a feed with one bad character should not lose the day's
    news) and report the problem; only a document with no entries and no feed structure
    is an error.
    """
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    problem = None
    if parsed.bozo and not isinstance(parsed.bozo_exception, BENIGN):
        problem = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    version = parsed.get("version") or ""
    if not parsed.entries and not version:
        raise FeedError(f"{url}: not an RSS or Atom feed ({problem or 'no feed elements found'})")
    entries = []
    for item in parsed.entries:
        link = _entry_link(item, url)
        if not link:
            log.debug("feed %s: entry without a link skipped (%s)", url, item.get("title"))
            continue
        entries.append(
            FeedEntry(
                link=link,
                guid=item.get("id") or None,
                title=_clean(item.get("title")),
                summary=_clean(item.get("summary")),
                published=_iso(item.get("published_parsed")),
                updated=_iso(item.get("updated_parsed")),
            )
        )
    if problem and not entries:
        raise FeedError(f"{url}: the feed is malformed and no entry could be read ({problem})")
    if problem:
        log.warning("feed %s is malformed; kept %d readable entries (%s)", url, len(entries), problem)
    return ParsedFeed(title=_clean(parsed.feed.get("title")), entries=tuple(entries), problem=problem)


def _entry_link(item: dict, base: str) -> str | None:
    link = item.get("link")
    if not link:
        for candidate in item.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:
        return None
    absolute = urljoin(base, link.strip())
    return absolute if absolute.startswith(("http://", "https://")) else None


def _iso(struct) -> str | None:
    """feedparser gives UTC struct_time; store ISO 8601 with offset like every other timestamp."""
    if not struct:
        return None
    try:
        stamp = calendar.timegm(struct)
        iso = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return bounds.plausible_date(iso)


# Feed titles and summaries are stored and shown: bounded like a page's (aggregator.extract).
MAX_FIELD_CHARS = 20_000


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value[:MAX_FIELD_CHARS].split())
    return value or None
