"""Turn a fetched HTML page into an article's text and metadata with trafilatura, filling gaps from the feed."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import json
import logging
import re
from dataclasses import dataclass, replace

from aggregator.bounds import plausible_date
from aggregator.dedup import fingerprint
from aggregator.feeds import FeedEntry
from aggregator.language import declared_language, guess_language

log = logging.getLogger(__name__)

# A page with less main text than this is navigation, a paywall stub or an error page.
MIN_TEXT_CHARS = 200
# Longer main text is cut here: news articles run 2,000-20,000 characters, and every later
# step (full-text search snippets above all, whose cost grows with the square of a page's
# matches) must stay bounded whatever a page holds (a 4.9 MB single line, for one).
MAX_TEXT_CHARS = 60_000
MAX_TITLE_CHARS = 500

# Class names outlets give the lead paragraph (chapô, standfirst). trafilatura often takes
# the body container alone and drops the lead, which carries the story's main claims.
LEAD_CLASSES = ("chapo", "chapeau", "chapô", "standfirst", "lead", "lede", "intro", "article-lead",
                "article__lead", "article-intro", "summary", "excerpt", "deck", "kicker-text")
_LEAD_SET = frozenset(LEAD_CLASSES)
_NOT_ARTICLE = frozenset({"aside", "nav", "footer", "header"})

# Only dates the page states (meta tags, <time>); htmldate's wider guesses pick up
# copyright years and the like, and the feed's date is better than a guess.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# htmldate keeps the day only; the time of day is read from the page's own markup when it
# gives the same day, else from the feed entry when its time falls within this many hours of
# the page's day (a feed's UTC time may sit on the day before or after the local date).
FEED_TIME_HOURS = 14
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


class ExtractionError(Exception):
    """The page has no main text worth storing."""


@dataclass(frozen=True)
class Extracted:
    """What the page says about itself; any field may be None where the page is silent."""

    text: str
    title: str | None
    author: str | None
    published: str | None  # ISO date or datetime
    site_name: str | None
    language: str | None
    # SimHash of `text`, computed where the text is extracted: in the worker processes on
    # big runs, which takes ~4 ms a page off the crawler's own (single) core.
    fingerprint: int | None = None


def extract_page(html: str, *, url: str) -> Extracted:
    """Extract main text and metadata; raise ExtractionError when there is no article body.

    Comments are excluded: reader comments are not the outlet's claims.
    """
    # Imported here, not at the top: a scheduled run that finds nothing new never loads it.
    import trafilatura
    from trafilatura.utils import load_html

    # Parsed once: the lead is read first, then trafilatura works on the same tree.
    tree = load_html(html)
    if tree is None:
        raise ExtractionError(f"{url}: not parseable as HTML")
    lead = _lead(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, date_extraction_params=DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if lead and lead not in text:
        text = f"{lead}\n{text}" if text else lead
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractionError(f"{url}: no article text found ({len(text)} characters of main text)")
    if len(text) > MAX_TEXT_CHARS:
        log.info("%s: main text cut from %d to %d characters", url, len(text), MAX_TEXT_CHARS)
        text = text[:MAX_TEXT_CHARS]
    language = guess_language(text) or declared_language(html)
    return Extracted(
        text=text,
        title=_strip(getattr(doc, "title", None)),
        author=_strip(getattr(doc, "author", None)),
        published=plausible_date(_with_time(_strip(getattr(doc, "date", None)), tree)),
        site_name=_strip(getattr(doc, "sitename", None)),
        language=language,
        fingerprint=fingerprint(text),
    )


def _lead(tree) -> str | None:
    """The article's lead paragraph, when the page marks one by a usual class name (one walk of the tree)."""
    for node in tree.iter("p", "div"):
        classes = node.get("class")
        if not classes or not _LEAD_SET.intersection(classes.split()):
            continue
        if any(parent.tag in _NOT_ARTICLE for parent in node.iterancestors()):
            continue
        text = " ".join(node.text_content().split())
        if len(text) >= 40:
            return text
    return None


def _utc(value: str) -> str | None:
    """An ISO time stamp as stored everywhere (UTC, seconds, offset); None when unreadable. A stamp
    without offset is taken as UTC."""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    try:
        return parsed.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    except OverflowError:  # year 1 or 9999 with an offset: not a date worth keeping
        return None


def _page_stamps(tree) -> list[str]:
    """Publication time stamps the page states, in the order they are trusted: meta, JSON-LD, <time>."""
    found = [m.get("content", "") for m in tree.iter("meta")
             if (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
             in ("article:published_time", "datepublished", "dc.date", "dcterms.created", "date")]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                    found.append(item["datePublished"])
    found += [t.get("datetime", "") for t in tree.iter("time")]
    return [m.group() for m in map(_STAMP.fullmatch, (f.strip() for f in found)) if m]


def _with_time(day: str | None, tree) -> str | None:
    """The page's date with its time of day (in UTC) when the page's markup states one for that day."""
    if not day or len(day) != 10:
        return day
    for stamp in _page_stamps(tree):
        if stamp[:10] == day:
            return _utc(stamp) or day
    return day


def with_feed_fallbacks(page: Extracted, entry: FeedEntry | None) -> Extracted:
    """Use the feed's title and date where the page has none: many outlets omit dates in HTML. A page
    that gives its day but no time takes the feed entry's time when it falls on that day."""
    if entry is None:
        return page
    published = page.published or entry.published
    if page.published and len(page.published) == 10 and entry.published:
        try:
            noon = dt.datetime.fromisoformat(page.published).replace(hour=12, tzinfo=dt.timezone.utc)
            feed = dt.datetime.fromisoformat(entry.published)
            if abs((feed - noon).total_seconds()) <= FEED_TIME_HOURS * 3600:
                published = entry.published
        except ValueError:
            pass
    return replace(page, title=page.title or entry.title, published=published)


def text_from_summary(entry: FeedEntry) -> str | None:
    """The feed summary as plain text: the stored text of last resort when the page has none."""
    if not entry.summary:
        return None
    plain = htmllib.unescape(re.sub(r"<[^>]+>", " ", entry.summary[:MAX_TEXT_CHARS * 2]))
    plain = " ".join(plain.split())[:MAX_TEXT_CHARS]
    return plain or None


def warm_up() -> None:
    """Run one tiny extraction so a fresh worker process has trafilatura and lxml loaded."""
    safe_extract("<html><body><article><p>" + "mot " * 60 + "</p></article></body></html>", "http://warm.up/")


def safe_extract(html: str, url: str) -> Extracted | ExtractionError:
    """extract_page that returns its error instead of raising: it runs in worker processes."""
    try:
        return extract_page(html, url=url)
    except ExtractionError as exc:
        return exc
    except Exception as exc:  # trafilatura/lxml on hostile markup: record, never crash the run
        log.warning("extraction of %s failed: %s", url, exc)
        return ExtractionError(f"{url}: extraction failed ({type(exc).__name__}: {exc})")


def _strip(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value[:MAX_TITLE_CHARS * 4].split())[:MAX_TITLE_CHARS]
    return value or None
