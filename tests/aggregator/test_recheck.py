"""Polite re-checks: a page is asked again on a ladder of ages that thins out, not on every run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aggregator.config import CrawlSettings, SourceSettings
from aggregator.crawl import run_crawl
from aggregator.recheck import RecheckPolicy, parse_time, stamp
from aggregator.settings import InvalidSetting
from aggregator.store import open_store
from claims.migrations import all_migrations

DATA = Path(__file__).resolve().parent.parent / "data"
FAST = CrawlSettings(per_host_interval=0.0, timeout=2.0, max_bytes=200_000, concurrency=4)
T0 = dt.datetime(2025, 9, 10, 8, 0, tzinfo=dt.timezone.utc)
H = dt.timedelta(hours=1)


def test_the_ladder_thins_out_and_stops_at_the_horizon():
    policy = RecheckPolicy(hours=(1, 6, 24, 48), horizon_days=2)
    seen = dict(changed_at=T0, discovered_at=T0)
    assert policy.next_check(**seen, step=0, now=T0) == (0, T0 + H)
    assert policy.next_check(**seen, step=1, now=T0 + H) == (1, T0 + 6 * H)
    assert policy.next_check(**seen, step=3, now=T0 + 24 * H) == (3, T0 + 48 * H)
    # Past the last rung nothing is due: the next would fall after the two days of the horizon.
    assert policy.next_check(**seen, step=4, now=T0 + 48 * H)[1] is None
    # A run that comes late skips the rungs it missed instead of asking once per run to catch up.
    assert policy.next_check(**seen, step=1, now=T0 + 30 * H) == (3, T0 + 48 * H)


def test_past_the_last_rung_its_interval_repeats_within_a_longer_horizon():
    policy = RecheckPolicy(hours=(1, 6, 24, 48), horizon_days=7)
    seen = dict(changed_at=T0, discovered_at=T0)
    assert policy.next_check(**seen, step=4, now=T0 + 48 * H) == (4, T0 + 96 * H)
    assert policy.next_check(**seen, step=5, now=T0 + 96 * H) == (5, T0 + 144 * H)
    assert policy.next_check(**seen, step=6, now=T0 + 144 * H)[1] is None  # 192 h is past 7 days


def test_a_change_late_in_life_is_still_bounded_by_the_first_sighting():
    policy = RecheckPolicy(hours=(1, 6, 24, 48), horizon_days=2)
    late = T0 + 40 * H
    assert policy.next_check(changed_at=late, discovered_at=T0, step=0, now=late) == (0, late + H)
    assert policy.next_check(changed_at=late, discovered_at=T0, step=1, now=late + H) == (1, late + 6 * H)
    assert policy.next_check(changed_at=late, discovered_at=T0, step=2, now=late + 6 * H)[1] is None


def test_no_ladder_means_only_what_feeds_announce():
    assert RecheckPolicy(hours=(), horizon_days=2).next_check(changed_at=T0, discovered_at=T0, step=0,
                                                              now=T0)[1] is None


@pytest.mark.parametrize("hours", [(6.0, 1.0), (0.0, 1.0), (1.0, 1.0)])
def test_a_ladder_must_climb(hours):
    with pytest.raises(InvalidSetting, match="recheck_hours"):
        CrawlSettings(recheck_hours=hours)


@pytest.fixture
def db(store_target):
    """A fresh store per test, once per engine: the schedule lives in the store's columns."""
    store = open_store(store_target, all_migrations())
    yield store
    store.close()


def later(db, hours: float) -> None:
    """Move the database's clock: every time the queue stored is `hours` further in the past."""
    shift = dt.timedelta(hours=hours)
    with db.transaction():
        for row in db.execute("SELECT id, discovered_at, fetched_at, changed_at, recheck_at FROM entries").fetchall():
            moved = [stamp(parse_time(v) - shift) if v else None for v in row[1:]]
            db.execute("UPDATE entries SET discovered_at = ?, fetched_at = ?, changed_at = ?, recheck_at = ? "
                       "WHERE id = ?", [*moved, row[0]])


def page_requests(server, since: int) -> list:
    return [seen for seen in server.requests[since:] if seen.path.startswith("/crawl/article")]


def schedule(db, like: str) -> tuple[int, dt.datetime | None, dt.datetime | None]:
    step, due, changed = db.execute("SELECT recheck_step, recheck_at, changed_at FROM entries WHERE url LIKE ?",
                                    [like]).fetchone()
    return step, parse_time(due), parse_time(changed)


def test_pages_are_asked_again_only_when_due_and_less_often_each_time(http_server, db):
    sources = [SourceSettings(name="Courrier", url=http_server.url("/crawl/feed.rss"))]
    run_crawl(db, sources=sources, settings=FAST)
    step, due, changed = schedule(db, "%article-2.html")
    assert step == 0 and due - changed == H

    before = len(http_server.requests)
    report = run_crawl(db, sources=sources, settings=FAST)
    assert page_requests(http_server, before) == [], "a run right after the first asks no page again"
    assert report.counts["pages_rechecked"] == 0

    later(db, 1.5)
    before = len(http_server.requests)
    report = run_crawl(db, sources=sources, settings=FAST)
    asked = page_requests(http_server, before)
    assert sorted(s.path for s in asked) == ["/crawl/article-1.html", "/crawl/article-2.html"]
    assert all(s.headers.get("if-none-match") for s in asked), "a re-check is a conditional GET"
    assert report.counts["pages_unchanged"] == 2
    step, due, changed = schedule(db, "%article-2.html")
    assert step == 1 and due - changed == 6 * H, "an unchanged answer moves the page up the ladder"

    later(db, 3)
    before = len(http_server.requests)
    run_crawl(db, sources=sources, settings=FAST)
    assert page_requests(http_server, before) == [], "not due before six hours"

    later(db, 60)
    before = len(http_server.requests)
    run_crawl(db, sources=sources, settings=FAST)
    assert len(page_requests(http_server, before)) == 2, "a run after a long pause asks an overdue rung once"
    assert schedule(db, "%article-2.html")[1] is None, "and then nothing: the page is past its horizon"
    before = len(http_server.requests)
    run_crawl(db, sources=sources, settings=FAST)
    assert page_requests(http_server, before) == [], "past the horizon a page is only fetched when its feed says so"


def test_a_change_found_restarts_the_ladder(http_server, db):
    sources = [SourceSettings(name="Courrier", url=http_server.url("/crawl/feed.rss"))]
    http_server.route("/crawl/article-1.html", body=Path("crawl/article-1.html"), etag='"v1"')
    run_crawl(db, sources=sources, settings=FAST)
    later(db, 1.5)
    run_crawl(db, sources=sources, settings=FAST)
    assert schedule(db, "%article-1.html")[0] == 1

    later(db, 7)
    http_server.route("/crawl/article-1.html", body=Path("crawl/article-1-edited.html"), etag='"v2"')
    report = run_crawl(db, sources=sources, settings=FAST)
    assert report.counts["articles_updated"] == 1
    step, due, changed = schedule(db, "%article-1.html")
    assert step == 0 and due - changed == H
    assert abs(changed - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)


def test_a_feed_announcing_a_change_queues_the_page_at_once(http_server, db):
    sources = [SourceSettings(name="Courrier", url=http_server.url("/crawl/feed.rss"))]
    run_crawl(db, sources=sources, settings=FAST)
    feed = (DATA / "crawl/feed.rss").read_text(encoding="utf-8")
    http_server.route("/crawl/feed.rss", body=feed.replace("Wed, 10 Sep 2025 07:00:00 GMT",
                                                           "Wed, 10 Sep 2025 09:30:00 GMT")
                      .replace("{{base}}", http_server.url("")), content_type="application/rss+xml")
    before = len(http_server.requests)
    run_crawl(db, sources=sources, settings=FAST)
    assert [s.path for s in page_requests(http_server, before)] == ["/crawl/article-2.html"]
