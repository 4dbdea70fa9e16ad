"""Turn a fetched HTML page into an article's text and metadata with trafilatura, filling gaps from the feed."""

from __future__ import annotations

import html as htmllib
import logging
import re
from dataclasses import dataclass, replace

import lxml.etree
import lxml.html
import trafilatura

from aggregator.dedup import fingerprint
from aggregator.feeds import FeedEntry
from aggregator.language import declared_language, guess_language

log = logging.getLogger(__name__)

# A page with less main text than this is navigation, a paywall stub or an error page.
MIN_TEXT_CHARS = 200

# Class names outlets give the lead paragraph (chapô, standfirst). trafilatura often takes
# the body container alone and drops the lead, which carries the story's main claims.
LEAD_CLASSES = ("chapo", "chapeau", "chapô", "standfirst", "lead", "lede", "intro", "article-lead",
                "article__lead", "article-intro", "summary", "excerpt", "deck", "kicker-text")
_LEAD_XPATH = "|".join(
    f"//*[self::p or self::div][contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
    "[not(ancestor::aside or ancestor::nav or ancestor::footer or ancestor::header)]"
    for name in LEAD_CLASSES
)

# Only dates the page states (meta tags, <time>); htmldate's wider guesses pick up
# copyright years and the like, and the feed's date is better than a guess.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


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
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        deduplicate=False, date_extraction_params=DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    lead = _lead(html)
    if lead and lead not in text:
        text = f"{lead}\n{text}" if text else lead
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractionError(f"{url}: no article text found ({len(text)} characters of main text)")
    language = guess_language(text) or declared_language(html)
    return Extracted(
        text=text,
        title=_strip(doc.title),
        author=_strip(doc.author),
        published=_strip(doc.date),
        site_name=_strip(doc.sitename),
        language=language,
        fingerprint=fingerprint(text),
    )


def _lead(html: str) -> str | None:
    """The article's lead paragraph, when the page marks one by a usual class name."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for node in tree.xpath(_LEAD_XPATH):
        text = " ".join(node.text_content().split())
        if len(text) >= 40:
            return text
    return None


def with_feed_fallbacks(page: Extracted, entry: FeedEntry | None) -> Extracted:
    """Use the feed's title and date where the page has none: many outlets omit dates in HTML."""
    if entry is None:
        return page
    return replace(
        page,
        title=page.title or entry.title,
        published=page.published or entry.published,
    )


def text_from_summary(entry: FeedEntry) -> str | None:
    """The feed summary as plain text: the stored text of last resort when the page has none."""
    if not entry.summary:
        return None
    plain = htmllib.unescape(re.sub(r"<[^>]+>", " ", entry.summary))
    plain = " ".join(plain.split())
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
    value = " ".join(value.split())
    return value or None
