"""What servers and feeds state is bounded where it enters: delays, dates, item counts, time spent per request."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import httpx
import pytest
from hypothesis import given, settings, strategies as st

from aggregator import bounds
from aggregator.config import CrawlSettings, SourceSettings
from aggregator.crawl import run_crawl
from aggregator.feeds import parse_feed
from aggregator.fetch import Fetcher, FetchPolicy, RateLimited, Timeout, _retry_after_seconds
from aggregator.robots import parse_robots
from aggregator.store import open_store
from claims.migrations import all_migrations

FAST = CrawlSettings(per_host_interval=0.0, timeout=2.0, max_bytes=200_000, concurrency=4, respect_robots=False)


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "recoupe.db", all_migrations())


def rss(base: str, items: list[tuple[str, str]]) -> str:
    body = "".join(f"<item><title>t{i}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
                   f"<pubDate>{date}</pubDate></item>" for i, (path, date) in enumerate(items))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{body}</channel></rss>'


# --- delays -------------------------------------------------------------------------------------


@given(st.one_of(st.text(max_size=40), st.integers(min_value=0, max_value=10**400).map(str)))
def test_retry_after_is_never_longer_than_a_day_nor_negative(header):
    seconds = _retry_after_seconds(header)
    assert seconds is None or 0 <= seconds <= bounds.MAX_RETRY_AFTER_S


@pytest.mark.parametrize("header", ["999999999999", "9" * 400, "Fri, 31 Dec 9999 23:59:59 GMT"])
def test_a_huge_retry_after_backs_the_feed_off_and_later_crawls_go_on(http_server, db, header):
    http_server.route("/feed.xml", status=429, headers={"Retry-After": header})
    http_server.route("/other.xml", body=rss(http_server.base, []), content_type="application/rss+xml")
    sources = [SourceSettings(name="Slow down", url=http_server.url("/feed.xml")),
               SourceSettings(name="Other", url=http_server.url("/other.xml"))]
    first = run_crawl(db, sources=sources, settings=FAST)
    assert first.counts["feeds_failed"] == 1 and first.counts["feeds_polled"] == 2
    (next_poll,) = db.execute("SELECT next_poll_after FROM feed_state WHERE source_id = "
                              "(SELECT id FROM sources WHERE name = 'Slow down')").fetchone()
    wait = dt.datetime.fromisoformat(next_poll) - dt.datetime.now(dt.timezone.utc)
    assert dt.timedelta(hours=23) < wait <= dt.timedelta(hours=24, minutes=1)
    second = run_crawl(db, sources=sources, settings=FAST)
    assert second.counts["feeds_waiting"] == 1 and second.status == "ok"


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
                                  "Sat, 01 Jan 2100 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT"])
def test_feed_dates_out_of_any_plausible_range_are_dropped(date):
    parsed = parse_feed(rss("http://x.example", [("/a", date), ("/b", "Wed, 10 Sep 2025 08:00:00 GMT")]).encode(),
                        url="http://x.example/feed")
    assert [e.published for e in parsed.entries] == [None, "2025-09-10T08:00:00+00:00"]


@given(st.text(max_size=40))
def test_plausible_date_never_raises_and_keeps_only_what_it_can_vouch_for(text):
    kept = bounds.plausible_date(text)
    if kept is not None:
        parsed = dt.datetime.fromisoformat(kept) if "T" in kept or " " in kept.strip() else None
        assert kept == text.strip()
        if parsed is not None and parsed.tzinfo is not None:
            assert bounds.EARLIEST_DATE <= parsed <= dt.datetime.now(dt.timezone.utc) + bounds.FUTURE_SLACK


@given(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                    timezones=st.just(dt.timezone.utc)))
def test_plausible_date_keeps_dates_in_range_and_drops_the_rest(when):
    now = dt.datetime(2025, 9, 15, tzinfo=dt.timezone.utc)
    kept = bounds.plausible_date(when.isoformat(), now=now)
    assert (kept is not None) == (bounds.EARLIEST_DATE <= when <= now + bounds.FUTURE_SLACK)


# --- how many and how long ----------------------------------------------------------------------


def test_a_feed_of_thousands_of_items_is_taken_a_capped_number_per_run(http_server, db):
    items = [(f"/p/{i}.html", "Wed, 10 Sep 2025 08:00:00 GMT") for i in range(3000)]
    http_server.route("/big.xml", body=rss(http_server.base, items), content_type="application/rss+xml")
    for i in range(3000):
        http_server.route(f"/p/{i}.html", status=404)
    settings = CrawlSettings(per_host_interval=0.0, timeout=2.0, max_new_per_feed=50, concurrency=8,
                             respect_robots=False)
    first = run_crawl(db, sources=[SourceSettings(name="Big", url=http_server.url("/big.xml"))], settings=settings)
    assert first.counts["entries_queued"] == 50
    assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 50
    assert db.execute("SELECT min(url) LIKE '%/p/0.html' FROM entries").fetchone()[0] == 1, "the feed's first items"
    second = run_crawl(db, sources=[SourceSettings(name="Big", url=http_server.url("/big.xml"))], settings=settings)
    assert second.counts["entries_queued"] == 50 and db.execute("SELECT count(*) FROM entries").fetchone()[0] == 100


async def _fetch(policy: FetchPolicy, url: str):
    async with httpx.AsyncClient() as client:
        return await Fetcher(client, policy).fetch(url)


def test_a_slow_drip_server_is_abandoned_at_the_deadline(http_server):
    import asyncio

    http_server.route("/drip", body=itertools.repeat(b"x"), chunk_delay=0.2, content_length=False)
    policy = FetchPolicy(timeout=1.0, deadline=1.5, respect_robots=False)
    started = time.monotonic()
    with pytest.raises(Timeout, match="deadline"):
        asyncio.run(_fetch(policy, http_server.url("/drip")))
    assert time.monotonic() - started < 5


def test_a_dripping_feed_holds_back_no_other_source(http_server, db):
    http_server.route("/drip.xml", body=itertools.repeat(b" "), chunk_delay=0.2, content_length=False,
                      content_type="application/rss+xml")
    http_server.route("/good.xml", body=rss(http_server.base, [("/crawl/article-2.html", "Wed, 10 Sep 2025 "
                                                                 "08:00:00 GMT")]), content_type="application/rss+xml")
    settings = CrawlSettings(per_host_interval=0.0, timeout=1.0, deadline=6.0, respect_robots=False)
    sources = [SourceSettings(name="Drip", url=http_server.url("/drip.xml")),
               SourceSettings(name="Good", url=http_server.url("/good.xml"))]
    report = run_crawl(db, sources=sources, settings=settings)
    assert report.counts["articles_new"] == 1 and report.counts["feeds_failed"] == 1
    page_at = http_server.seen("/crawl/article-2.html")[0].at
    feed_at = http_server.seen("/drip.xml")[0].at
    assert page_at - feed_at < 5.0, "the good feed's page was fetched while the other feed still dripped"
    (message,) = db.execute("SELECT message FROM run_errors").fetchone()
    assert "deadline" in message


# --- robots.txt -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path, allowed", [("/news/a.html", True), ("/news/a.html?page=2", False),
                                           ("/print/a.pdf", False), ("/print/a.pdf.html", True)])
def test_robots_wildcards_are_obeyed(path, allowed):
    rules = parse_robots("User-agent: *\nDisallow: /*?\nDisallow: /*.pdf$\n")
    assert rules.can_fetch("https://x.example" + path, "recoupe/0.1") is allowed


def test_rate_limited_error_carries_the_clamped_delay(http_server):
    import asyncio

    http_server.route("/a", status=503, headers={"Retry-After": "99999999999999999999"})
    with pytest.raises(RateLimited) as caught:
        asyncio.run(_fetch(FetchPolicy(respect_robots=False), http_server.url("/a")))
    assert caught.value.retry_after == bounds.MAX_RETRY_AFTER_S


@settings(max_examples=50)
@given(st.integers(min_value=-10**6, max_value=10**20))
def test_record_poll_accepts_any_retry_after(seconds):
    from aggregator.sources import FeedState, record_poll
    from aggregator.store import SQLiteStore as Database

    db = Database(memory=True)
    db.execute("CREATE TABLE feed_state (source_id INTEGER PRIMARY KEY, etag, last_modified, last_polled, "
               "last_status, last_error, failures, next_poll_after)")
    record_poll(db, 1, FeedState(None, None, 0, None), status=429, error="x", retry_after=float(seconds))


def test_a_huge_single_line_page_is_stored_cut_to_a_bounded_length():
    from aggregator.extract import MAX_TEXT_CHARS, MAX_TITLE_CHARS, extract_page

    html = ("<!doctype html><html><head><title>" + "titre " * 5000 + "</title></head><body><article><p>"
            + "patients " * 544_000 + "</p></article></body></html>")
    page = extract_page(html, url="http://x.example/huge.html")
    assert len(page.text) == MAX_TEXT_CHARS and len(page.title) <= MAX_TITLE_CHARS
