"""The crawl run end to end: a real server on 127.0.0.1, real feeds and pages, a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from aggregator.config import CrawlSettings, SourceSettings
from aggregator.crawl import run_crawl
from aggregator.store import connect, open_store
from claims.migrations import all_migrations

ROOT = Path(__file__).resolve().parents[2]
CRAWL = Path("crawl")  # under tests/data/

FAST = CrawlSettings(per_host_interval=0.0, timeout=2.0, max_bytes=200_000, concurrency=4)


@pytest.fixture
def db(tmp_path):
    return open_store(tmp_path / "recoupe.db", all_migrations())


def feeds(server, *names_paths, official=False):
    return [SourceSettings(name=name, url=server.url(path), official=official) for name, path in names_paths]


def rows(db, sql, params=()):
    return [tuple(r) for r in db.execute(sql, params).fetchall()]


def test_first_crawl_stores_articles_once_with_every_outlet(http_server, db):
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"), ("Echo", "/crawl/feed.atom"))
    report = run_crawl(db, sources=sources, settings=FAST)

    assert report.ok, report.summary()
    c = report.counts
    assert (c["articles_new"], c["articles_syndicated"], c["pages_skipped"]) == (2, 1, 1)
    # The feed's tracking parameters are gone from the stored address.
    outlet_urls = sorted(u for (u,) in rows(db, "SELECT url FROM article_outlets"))
    assert http_server.url("/crawl/article-1.html") in outlet_urls
    assert not any("utm_" in u for u in outlet_urls)
    # The wire copy is kept once, with both outlets that carried it (whichever landed first).
    outlets = rows(db, "SELECT group_concat(s.name, '+') FROM article_outlets o JOIN sources s ON s.id = o.source_id "
                       "GROUP BY o.article_id HAVING count(*) > 1")
    assert sorted(outlets[0][0].split("+")) == ["Courrier", "Echo"] and len(outlets) == 1
    # Metadata: the page's own date where it has one, the feed's where it has none.
    (published,) = rows(db, "SELECT published FROM articles WHERE url LIKE '%article-2.html'")[0]
    assert published.startswith("2025-09-10")
    title, language, text = rows(db, "SELECT a.title, a.language, a.text FROM articles a JOIN article_outlets o "
                                     "ON o.article_id = a.id WHERE o.url LIKE '%article-1.html'")[0]
    assert language == "fr" and "dizaine de comptes" in text
    assert "Lire aussi" not in text and "Mentions légales" not in text, "page furniture is not article text"
    # The PDF is not an article: skipped with its reason, not an error.
    (state, error) = rows(db, "SELECT state, error FROM entries WHERE url LIKE '%report.pdf'")[0]
    assert state == "skipped" and "application/pdf" in error


def test_second_crawl_fetches_nothing_unchanged(http_server, db):
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"), ("Echo", "/crawl/feed.atom"))
    run_crawl(db, sources=sources, settings=FAST)
    before = len(http_server.requests)
    versions = rows(db, "SELECT id, version FROM articles ORDER BY id")

    report = run_crawl(db, sources=sources, settings=FAST)

    c = report.counts
    assert report.ok
    assert c["feeds_unchanged"] == 2 and c["pages_fetched"] == 0 and c["articles_new"] == 0
    again = http_server.requests[before:]
    # Every request of the second run was conditional, and none got a body.
    assert again and all("if-none-match" in seen.headers for seen in again if seen.path != "/robots.txt")
    assert rows(db, "SELECT id, version FROM articles ORDER BY id") == versions


def test_silent_edit_is_stored_as_a_new_version(http_server, db):
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"))
    run_crawl(db, sources=sources, settings=FAST)
    http_server.route("/crawl/article-1.html", body=CRAWL / "article-1-edited.html", etag='"v2"')
    # An hour later the page is due for its first re-check (tests/aggregator/test_recheck.py).
    with db.transaction():
        db.execute("UPDATE entries SET recheck_at = discovered_at")

    report = run_crawl(db, sources=sources, settings=FAST)

    assert report.counts["articles_updated"] == 1
    versions = rows(db, "SELECT v.version, v.text FROM article_versions v JOIN articles a ON a.id = v.article_id "
                        "WHERE a.url LIKE '%article-1.html' ORDER BY v.version")
    assert [v for v, _ in versions] == [1, 2]
    assert "dizaine" in versions[0][1] and "onze comptes ont été concernés" in versions[1][1]
    assert rows(db, "SELECT version FROM articles WHERE url LIKE '%article-1.html'") == [(2,)]


def test_rate_limited_feed_waits_as_asked_and_others_go_on(http_server, db):
    http_server.route("/crawl/feed.atom", status=429, headers={"Retry-After": "600"})
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"), ("Echo", "/crawl/feed.atom"))

    report = run_crawl(db, sources=sources, settings=FAST)

    assert not report.ok and report.counts["articles_new"] == 2
    (next_poll, failures, status) = rows(db, "SELECT next_poll_after, failures, last_status FROM feed_state "
                                             "JOIN sources s ON s.id = source_id WHERE s.name = 'Echo'")[0]
    wait = dt.datetime.fromisoformat(next_poll) - dt.datetime.now(dt.timezone.utc)
    assert failures == 1 and status == 429 and wait > dt.timedelta(seconds=590)
    (kind, message) = rows(db, "SELECT kind, message FROM run_errors")[0]
    assert kind == "RateLimited" and "429" in message

    hits = http_server.hits("/crawl/feed.atom")
    second = run_crawl(db, sources=sources, settings=FAST)
    assert second.counts["feeds_waiting"] == 1
    assert http_server.hits("/crawl/feed.atom") == hits, "a backing-off feed is not asked again"


@pytest.mark.parametrize(
    "reply, kind",
    [
        (dict(body=CRAWL / "not-a-feed.html"), "FeedError"),
        (dict(status=500, body="oops"), "HTTPStatusError"),
        (dict(delay=3.0, body=CRAWL / "feed.rss"), "Timeout"),
        (dict(body=b"<rss>" + b"x" * 300_000, content_type="application/rss+xml"), "TooLarge"),
    ],
    ids=["not-a-feed", "server-error", "timeout", "too-large"],
)
def test_a_failing_feed_is_recorded_and_not_fatal(http_server, db, reply, kind):
    http_server.route("/crawl/feed.atom", **reply)
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"), ("Echo", "/crawl/feed.atom"))

    report = run_crawl(db, sources=sources, settings=FAST)

    assert report.status == "errors" and report.counts["articles_new"] == 2
    assert [k for (k,) in rows(db, "SELECT kind FROM run_errors")] == [kind]
    assert rows(db, "SELECT status, error_count FROM crawl_runs") == [("errors", 1)]


def test_malformed_feed_keeps_what_is_readable(http_server, db):
    sources = feeds(http_server, ("Broken", "/crawl/malformed.rss"))

    report = run_crawl(db, sources=sources, settings=FAST)

    assert report.counts["articles_new"] == 2, "both readable items were fetched"
    (message,) = rows(db, "SELECT message FROM run_errors")[0]
    assert "malformed" in message and "2 entries kept" in message


@pytest.mark.parametrize(
    "setup, state",
    [
        (lambda s: s.robots("User-agent: *\nDisallow: /crawl/article-2.html\n"), "skipped"),
        (lambda s: s.redirect("/crawl/article-2.html", "/crawl/article-2.html?again=1") or
         s.redirect("/crawl/article-2.html?again=1", "/crawl/article-2.html"), "pending"),
        (lambda s: s.route("/crawl/article-2.html", body=b"\0" * 5_000_000, gzip=True), "pending"),
        (lambda s: s.route("/crawl/article-2.html", body=CRAWL / "short.html"), "skipped"),
    ],
    ids=["robots", "redirect-loop", "gzip-bomb", "no-article-text"],
)
def test_bad_pages_are_recorded_and_the_rest_is_stored(http_server, db, setup, state):
    setup(http_server)
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"))

    report = run_crawl(db, sources=sources, settings=FAST)

    assert report.counts["articles_new"] == 1
    (got, error) = rows(db, "SELECT state, error FROM entries WHERE url LIKE '%article-2.html'")[0]
    assert got == state and error


def test_page_sources_and_official_flag(http_server, db):
    sources = [SourceSettings(name="ARS", url=http_server.url("/crawl/article-2.html"), kind="page", official=True)]
    report = run_crawl(db, sources=sources, settings=FAST)
    assert report.counts["articles_new"] == 1
    assert rows(db, "SELECT s.official, s.kind FROM articles a JOIN sources s ON s.id = a.source_id") == [(1, "page")]


def test_official_copy_of_an_outlets_text_makes_the_article_official(http_server, db):
    outlet = feeds(http_server, ("Courrier", "/crawl/feed.rss"))
    run_crawl(db, sources=outlet, settings=FAST)
    official = [SourceSettings(name="ARS", url=http_server.url("/crawl/wire-copy.html"), kind="page", official=True)]
    run_crawl(db, sources=outlet + official, settings=FAST)
    # The official copy becomes the article's main copy, with its own text; the outlet's stays an outlet.
    (article_id, name, url, text), = rows(db, "SELECT a.id, s.name, a.url, a.text FROM articles a "
                                              "JOIN sources s ON s.id = a.source_id JOIN article_outlets o "
                                              "ON o.article_id = a.id WHERE o.url LIKE '%article-1.html'")
    assert name == "ARS" and url.endswith("/crawl/wire-copy.html")
    (official_text,) = rows(db, "SELECT text FROM article_versions WHERE article_id = ? ORDER BY version DESC "
                                "LIMIT 1", [article_id])[0]
    assert text == official_text


# --- whole-process behaviour: the command line, a kill, two runs at once ----------------------


def write_config(tmp_path: Path, server, *, feed="/crawl/feed.rss", extra="") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[incident]
id = "t"
title = "Test"
since = 2025-09-01

[[source]]
name = "Courrier"
url = "{server.url(feed)}"

[crawl]
per_host_interval = 0.0
timeout = 5
{extra}
""",
        encoding="utf-8",
    )
    return path


def recoupe(*args, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "recoupe.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def slow_pages(server, delay: float) -> None:
    for name in ("article-1.html", "article-2.html"):
        server.route(f"/crawl/{name}", body=CRAWL / name, delay=delay)


def wait_for_request(server, path: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not server.hits(path):
        assert time.monotonic() < deadline, f"no request for {path}"
        time.sleep(0.05)


def _count(path: Path, table: str) -> int:
    try:
        db = connect(path, readonly=True)
    except Exception:
        return 0
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except Exception:
        return 0
    finally:
        db.close()


def test_second_concurrent_crawl_exits_at_once(http_server, tmp_path):
    slow_pages(http_server, 3.0)
    config = write_config(tmp_path, http_server)
    first = recoupe("--config", str(config), "crawl")
    try:
        wait_for_request(http_server, "/crawl/article-1.html")
        started = time.monotonic()
        second = recoupe("--config", str(config), "crawl")
        out, err = second.communicate(timeout=30)
        assert second.returncode == 1
        assert "another recoupe process" in err and "pid" in err
        assert time.monotonic() - started < 10, "the second run does not wait for the first"
    finally:
        first.communicate(timeout=60)
    assert first.returncode == 0


def test_killed_crawl_leaves_a_consistent_database_and_the_next_run_finishes(http_server, tmp_path):
    http_server.route("/crawl/article-1.html", body=CRAWL / "article-1.html")
    http_server.route("/crawl/article-2.html", body=CRAWL / "article-2.html", delay=30)
    config = write_config(tmp_path, http_server, extra="concurrency = 1")
    first = recoupe("--config", str(config), "crawl")
    wait_for_request(http_server, "/crawl/article-2.html")
    deadline = time.monotonic() + 30
    while _count(tmp_path / "recoupe.db", "articles") < 1:  # article-1 is stored; article-2 hangs
        assert time.monotonic() < deadline, "the first page was never stored"
        time.sleep(0.1)
    workers = psutil.Process(first.pid).children(recursive=True)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)
    # The first crawl of a database warms an extraction pool: it must die with the crawl.
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"orphaned processes: {[' '.join(p.cmdline())[:80] for p in alive]}"

    db = connect(tmp_path / "recoupe.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1, "the finished page was committed"
    assert db.execute("SELECT state FROM entries WHERE url LIKE '%article-2.html'").fetchone()[0] == "pending"
    db.close()

    http_server.route("/crawl/article-2.html", body=CRAWL / "article-2.html")
    second = recoupe("--config", str(config), "crawl")
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    db = connect(tmp_path / "recoupe.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    statuses = [r[0] for r in db.execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "ok"]
    assert "crawl #2 ok" in out


def test_crawl_prints_a_summary_and_logs_structured_lines(http_server, tmp_path):
    config = write_config(tmp_path, http_server)
    proc = recoupe("--config", str(config), "crawl")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "2 new articles" in out
    assert any(line.startswith("ts=") and "level=info" in line for line in err.splitlines())


def test_add_fetches_one_page_and_guards_private_addresses(http_server, tmp_path):
    config = write_config(tmp_path, http_server)
    url = http_server.url("/crawl/article-2.html")
    proc = recoupe("--config", str(config), "add", url, "--official", "--source", "ARS Normandie")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, "127.0.0.1 is refused unless the config allows private addresses"
    assert "private" in err.lower() or "loopback" in err.lower()

    config = write_config(tmp_path, http_server, extra="allow_private_addresses = true")
    proc = recoupe("--config", str(config), "add", url, "--official", "--source", "ARS Normandie")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    db = connect(tmp_path / "recoupe.db")
    assert rows(db, "SELECT s.name, s.official FROM articles a JOIN sources s ON s.id = a.source_id") == [
        ("ARS Normandie", 1)]


def test_schedule_runs_crawls_at_the_interval(http_server, tmp_path):
    config = write_config(tmp_path, http_server)
    proc = recoupe("--config", str(config), "schedule", "--every", "1s", "--max-runs", "2")
    out, err = proc.communicate(timeout=90)
    assert proc.returncode == 0, err
    assert out.count("crawl #") == 2
    db = connect(tmp_path / "recoupe.db")
    counts = [json.loads(c) for (c,) in db.execute("SELECT counts FROM crawl_runs ORDER BY id")]
    assert counts[0]["articles_new"] == 2 and counts[1].get("pages_fetched", 0) == 0


def test_bad_duration_is_a_usage_error():
    proc = recoupe("schedule", "--every", "soon")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "duration" in err


def test_robots_txt_is_asked_once_a_day_whatever_the_number_of_runs(http_server, db):
    """RFC 9309 allows a day's caching: a cron every 30 minutes asks each site once a day, not 48 times."""
    http_server.robots("User-agent: *\nDisallow: /crawl/article-2.html\n")
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"))
    first = run_crawl(db, sources=sources, settings=FAST)
    second = run_crawl(db, sources=sources, settings=FAST)
    assert first.ok and second.ok
    assert len(http_server.seen("/robots.txt")) == 1
    assert not http_server.seen("/crawl/article-2.html")  # the remembered rules are still obeyed
    # A day later (by the database's clock) the site is asked again, and its new rules apply.
    http_server.robots("User-agent: *\nDisallow: /\n")
    with db.transaction():
        db.execute("UPDATE robots_answers SET fetched_at = fetched_at - 86401")
        db.execute("UPDATE entries SET recheck_at = discovered_at")  # every page due for a re-check
    before = len(http_server.seen("/crawl/article-1.html"))
    run_crawl(db, sources=sources, settings=FAST)
    assert len(http_server.seen("/robots.txt")) == 2
    assert len(http_server.seen("/crawl/article-1.html")) == before  # now forbidden: not asked


def test_a_robots_txt_that_could_not_be_read_is_asked_again_next_run(http_server, db):
    http_server.route("/robots.txt", status=503)
    sources = feeds(http_server, ("Courrier", "/crawl/feed.rss"))
    run_crawl(db, sources=sources, settings=FAST)
    assert db.execute("SELECT count(*) FROM robots_answers").fetchone()[0] == 0
    http_server.robots("User-agent: *\nDisallow: /crawl/\n")
    run_crawl(db, sources=sources, settings=FAST)
    assert len(http_server.seen("/robots.txt")) >= 2
    (body,) = db.execute("SELECT body FROM robots_answers").fetchone()
    assert "Disallow: /crawl/" in body
