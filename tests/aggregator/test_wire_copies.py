"""Wire copy: each outlet's copy updates only its own record, and which copy is the main one never depends on fetch order."""

from __future__ import annotations

from pathlib import Path

import pytest

from aggregator.config import CrawlSettings, SourceSettings
from aggregator.crawl import run_crawl
from aggregator.store import open_store
from claims.migrations import all_migrations

CRAWL = Path("crawl")
SETTINGS = CrawlSettings(per_host_interval=0.0, timeout=3.0, respect_robots=False, concurrency=4)


def feed(base: str, path: str) -> str:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title><item><title>x</title>'
            f"<link>{base}{path}</link><guid>{base}{path}</guid></item></channel></rss>")


def serve_wire_story(server, *, delays: dict[str, float], official_copy: bool = False) -> list[SourceSettings]:
    """Three outlets carry one wire story, served without validators (so every run re-fetches it)."""
    pages = {"/courrier/a.html": CRAWL / "article-1.html", "/echo/b.html": CRAWL / "wire-copy.html"}
    if official_copy:
        pages["/ars/c.html"] = CRAWL / "wire-copy.html"
    sources = []
    for path, body in pages.items():
        outlet = path.split("/")[1]
        server.route(f"/{outlet}/feed.xml", body=feed(server.base, path), content_type="application/rss+xml")
        server.route(path, body=body, delay=delays.get(outlet, 0.0))
        sources.append(SourceSettings(name=outlet, url=server.url(f"/{outlet}/feed.xml"), official=outlet == "ars"))
    return sources


def recheck_due(db) -> None:
    """Make every page due for its re-check, as it is an hour after it was stored (aggregator.recheck)."""
    with db.transaction():
        db.execute("UPDATE entries SET recheck_at = discovered_at")


def state(db) -> tuple:
    return tuple(db.execute("SELECT a.url, s.name, a.title, a.text, a.version, "
                            "(SELECT count(*) FROM article_outlets o WHERE o.article_id = a.id) "
                            "FROM articles a JOIN sources s ON s.id = a.source_id").fetchall())


def test_refetched_copies_never_overwrite_the_main_article(http_server, tmp_path):
    db = open_store(tmp_path / "r.db", all_migrations())
    sources = serve_wire_story(http_server, delays={"echo": 0.3})
    run_crawl(db, sources=sources, settings=SETTINGS)
    first = state(db)
    assert len(first) == 1 and first[0][0].endswith("/courrier/a.html") and first[0][5] == 2
    versions = db.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    for _ in range(3):  # no ETag, no Last-Modified: each re-check re-fetches both copies in full
        recheck_due(db)
        report = run_crawl(db, sources=sources, settings=SETTINGS)
        assert report.counts["pages_fetched"] == 2 and report.counts["articles_updated"] == 0
    assert state(db) == first
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] == versions
    titles = dict(db.execute("SELECT url, title FROM article_outlets").fetchall())
    assert any("ce que l'on sait" in t for t in titles.values()), "the copy's own row keeps its own title"


def test_a_copy_rewritten_into_its_own_story_leaves_the_wire_article(http_server, tmp_path):
    db = open_store(tmp_path / "r.db", all_migrations())
    sources = serve_wire_story(http_server, delays={"echo": 0.3})
    run_crawl(db, sources=sources, settings=SETTINGS)
    (before,) = state(db)
    http_server.route("/echo/b.html", body=CRAWL / "article-2.html")
    recheck_due(db)
    run_crawl(db, sources=sources, settings=SETTINGS)
    rows = state(db)
    assert len(rows) == 2
    main = [r for r in rows if r[0].endswith("/courrier/a.html")][0]
    assert main[:5] == before[:5] and main[5] == 1, "the wire article is untouched, minus the outlet that left"


@pytest.mark.parametrize("official_copy", [False, True])
def test_the_main_copy_does_not_depend_on_fetch_order(http_server, tmp_path, official_copy):
    outcomes = set()
    orders = [{"echo": 0.6}, {"courrier": 0.6}, {"ars": 0.6, "echo": 0.3}, {"courrier": 0.3, "echo": 0.6}]
    for i, delays in enumerate(orders):
        db = open_store(tmp_path / f"r{i}.db", all_migrations())
        sources = serve_wire_story(http_server, delays=delays, official_copy=official_copy)
        report = run_crawl(db, sources=sources, settings=SETTINGS)
        assert report.counts["articles_new"] == 1, report.summary()
        (url, source, title, text, _version, outlets), = state(db)
        outcomes.add((url.rsplit("/", 2)[-2], source, title, text))
        assert outlets == (3 if official_copy else 2)
        db.close()
    assert len(outcomes) == 1, outcomes
    (outlet, source, _title, _text), = outcomes
    # Official first; otherwise the earliest published copy (article-1 says 10:00, the copy 11:30).
    assert (outlet, source) == (("ars", "ars") if official_copy else ("courrier", "courrier"))
