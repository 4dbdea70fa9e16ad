"""Extraction on real saved pages: main text without furniture, leads kept, dates only when stated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aggregator.extract import ExtractionError, extract_page, safe_extract, with_feed_fallbacks
from aggregator.feeds import FeedEntry

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample" / "site"


def page(rel: str) -> str:
    return (SAMPLE / rel).read_text(encoding="utf-8")


def test_lead_paragraph_is_kept_with_the_body():
    got = extract_page(page("channelpost/news/french-health-data-breach-what-we-know.html"), url="http://x/p1")
    assert got.text.startswith("Hackers who posed as doctors and nurses")
    assert "Medical records were also accessed" in got.text
    assert "Related articles" not in got.text and "newsletter" not in got.text.lower()
    assert got.language == "en" and got.site_name == "The Channel Post"


def test_no_guessed_date_when_the_page_states_none_so_the_feed_date_is_used():
    got = extract_page(page("channelpost/news/french-health-data-breach-what-we-know.html"), url="http://x/p1")
    assert got.published is None, "a copyright year is not a publication date"
    entry = FeedEntry("http://x/p1", None, "Feed title", None, "2025-09-10T06:10:00+00:00", None)
    merged = with_feed_fallbacks(got, entry)
    assert merged.published == "2025-09-10T06:10:00+00:00"
    assert merged.title == got.title, "the page's own title wins when it has one"


def test_every_sample_page_yields_text():
    pages = [p for p in SAMPLE.rglob("*.html") if "private" not in p.parts and p.name != "index.html"]
    assert len(pages) >= 20
    for path in pages:
        got = extract_page(path.read_bytes().decode("utf-8", "replace"), url=f"http://x/{path.name}")
        assert len(got.text) > 300, path


@pytest.mark.parametrize("html", ["", "<html><body><p>Trop court.</p></body></html>", "\x00\x01<<<>>>" * 1000])
def test_pages_without_article_text_are_an_error_not_a_crash(html):
    with pytest.raises(ExtractionError):
        extract_page(html, url="http://x/empty")
    assert isinstance(safe_extract(html, "http://x/empty"), ExtractionError)


def test_deeply_nested_hostile_markup_does_not_crash():
    html = "<html><body>" + "<div>" * 5000 + "<p>" + "texte " * 100 + "</p>" + "</div>" * 5000 + "</body></html>"
    result = safe_extract(html, "http://x/deep")
    assert not isinstance(result, Exception) or isinstance(result, ExtractionError)


def test_lead_outside_an_article_element_is_kept_too():
    html = (SAMPLE / "echo-estuaire/actu/cyberattaque-patients-pays-de-la-loire-4512.html").read_bytes().decode("cp1252")
    got = extract_page(html, url="http://x/e1")
    assert got.text.startswith("Des patients des Pays-de-la-Loire font partie")
    assert "Voir aussi" not in got.text


def test_the_time_of_day_the_page_states_is_kept_in_utc():
    vigie = extract_page(page("lavigie/2025/09/09/cyberattaque-donnees-patients-trois-regions.html"), url="http://x/l1")
    assert vigie.published == "2025-09-09T16:20:00+00:00"  # article:published_time 18:20+02:00
    courrier = extract_page(page("courrier-normand/actualites/sante/2025/09/10/cyberattaque-ce-que-lon-sait.html"),
                            url="http://x/c2")
    assert courrier.published == "2025-09-10T09:30:00+00:00"  # JSON-LD datePublished


def test_a_day_without_time_takes_the_feed_entry_time_of_that_day_only():
    got = extract_page(page("ars-paysdelaloire/espace-presse/incident-cybersecurite-grades.html"), url="http://x/o3")
    assert got.published == "2025-09-10T08:00:00+00:00"  # DC.date gives the day, <time> the hour
    got = replace(got, published="2025-09-10")
    same_day = FeedEntry("http://x/e1", None, None, None, "2025-09-10T15:00:00+00:00", None)
    other_day = FeedEntry("http://x/e1", None, None, None, "2025-09-12T15:00:00+00:00", None)
    assert with_feed_fallbacks(got, same_day).published == "2025-09-10T15:00:00+00:00"
    assert with_feed_fallbacks(got, other_day).published == "2025-09-10"
