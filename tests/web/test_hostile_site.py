"""The hostile site (tests/data/hostile/) crawled and analysed for real, then every page rendered.

No traceback, no 500, and nothing outside a page's own record changes: the issue's cases and
more of the same kinds, in one crawl.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import logging
import threading
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from aggregator.config import CrawlSettings, SourceSettings
from aggregator.store import connect
from claims import jobs
from claims.views.export import export_csv
from tests.aggregator.conftest import Reply, TestServer
from tests.claims.seed import INCIDENT, SETTINGS

HOSTILE = Path("hostile")  # under tests/data/
SETTINGS_CRAWL = CrawlSettings(per_host_interval=0.0, timeout=2.0, deadline=8.0, max_bytes=5_000_000,
                               max_new_per_feed=100, concurrency=8, extract_workers=2)


def serve_hostile(server: TestServer) -> list[SourceSettings]:
    """Routes for what cannot be a static file; the rest of tests/data/hostile/ is served as it is."""
    server.route("/robots.txt", body=HOSTILE / "robots.txt", content_type="text/plain")
    server.route("/hostile/limited.xml", status=429, headers={"Retry-After": "999999999999"})
    server.route("/hostile/drip.xml", body=itertools.repeat(b" "), chunk_delay=0.2, content_length=False,
                 content_type="application/rss+xml")
    server.route("/hostile/drip.html", body=itertools.repeat(b"<p>"), chunk_delay=0.2, content_length=False)
    items = "".join(f"<item><title>n{i}</title><link>{server.base}/hostile/n/{i}.html</link></item>"
                    for i in range(50_000))
    server.route("/hostile/big.xml", body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>50k</title>'
                 f"{items}</channel></rss>", content_type="application/rss+xml")
    server.route("/hostile/huge.html", body="<!doctype html><html><body><article><p>" + "patients " * 544_000
                 + "</p></article></body></html>")
    server.redirect("/hostile/loop-a", "/hostile/loop-b")
    server.redirect("/hostile/loop-b", "/hostile/loop-a")
    server.route("/hostile/bomb.html", body=gzip.compress(b"\0" * 60_000_000, compresslevel=1),
                 headers={"Content-Encoding": "gzip"})
    server.route("/hostile/report.pdf", body=Path("crawl/report.pdf"), content_type="application/pdf")
    for name in ("wire-a.html", "wire-b.html", "wire-official.html"):  # no ETag, no Last-Modified
        server.route(f"/hostile/{name}", body=HOSTILE / name)
    return [SourceSettings(name="Hostile <b>news</b>", url=server.url("/hostile/feed.rss")),
            SourceSettings(name="Outlet B", url=server.url("/hostile/outlet-b.rss")),
            SourceSettings(name="ARS Hostile", url=server.url("/hostile/wire-official.html"), kind="page",
                           official=True),
            SourceSettings(name="Rate limited", url=server.url("/hostile/limited.xml")),
            SourceSettings(name="Dripping", url=server.url("/hostile/drip.xml")),
            SourceSettings(name="Firehose", url=server.url("/hostile/big.xml"))]


@pytest.fixture
def hostile_server():
    server = TestServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    yield server
    server.stopping.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=2)


def crawl(db_path, sources, embedder):
    db = connect(db_path)
    try:
        return jobs.crawl_and_analyse(db, sources=sources, crawl=SETTINGS_CRAWL, incident=INCIDENT, claims=SETTINGS,
                                      embedder=embedder)
    finally:
        db.close()


def state(db) -> dict:
    tables = {"articles": "id, url, source_id, title, text_hash, version, published",
              "sources": "id, name, url, kind, official, official_set_by",
              "claims": "id, article_id, slot, value, polarity, hedged, start, \"end\", cluster_id",
              "article_scope": "article_id, article_version, in_incident, error",
              "audit_log": "id, editor, action, target"}
    return {t: db.execute(f"SELECT {cols} FROM {t} ORDER BY 1").fetchall() for t, cols in tables.items()}


def test_the_hostile_site_breaks_nothing(app, client, db_path, factory, users, login, hostile_server, caplog):
    from claims.embedding.encoder import Embedder

    sources = serve_hostile(hostile_server)
    embedder = Embedder(SETTINGS.model)
    caplog.set_level(logging.WARNING)
    with ThreadPoolExecutor(1) as pool:  # the browser tests keep an event loop in the main thread
        first = pool.submit(crawl, db_path, sources, embedder).result()
    db = factory.db

    # The crawl finished, reported what the site did wrong in words, and nothing raised.
    assert first.status == "errors", first.summary()
    kinds = {k for (k,) in db.execute("SELECT kind FROM run_errors")}
    messages = [m for (m,) in db.execute("SELECT kind || ': ' || message FROM run_errors")]
    assert {"RateLimited", "Timeout", "TooLarge", "TooManyRedirects"} <= kinds, messages
    assert not kinds & {"OverflowError", "ValueError", "RuntimeError", "ArticleFailed", "OperationalError"}, kinds
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records if r.exc_info]

    urls = {u: i for i, u in db.execute("SELECT id, url FROM articles")}
    names = {u.rsplit("/", 1)[-1] for u in urls}
    entries = db.execute("SELECT url, state, error FROM entries WHERE url NOT LIKE '%/n/%'").fetchall()
    assert {"number.html", "long-sentence.html", "dates-future.html", "dates-past.html", "script.html",
            "formula.html", "control.html", "huge.html", "wire-official.html"} <= names, ([e for e in entries if "huge" in e[0]], [m for m in messages if "huge" in m])
    assert not names & {"draft.html", "query.html", "wire-a.html", "wire-b.html"}, "robots.txt, and wire copies"
    # One wire article, the official copy as its main one, every outlet recorded.
    (outlets,) = db.execute("SELECT count(*) FROM article_outlets o JOIN articles a ON a.id = o.article_id "
                            "WHERE a.url LIKE '%wire-official.html'").fetchone()
    assert outlets == 3
    assert db.execute("SELECT count(*) FROM entries WHERE url LIKE '%/hostile/n/%'").fetchone()[0] == 100
    # Every article analysed, none failed, dates only where plausible.
    assert db.execute("SELECT count(*) FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
                      "WHERE s.article_id IS NULL OR s.error IS NOT NULL").fetchone()[0] == 0
    for (published,) in db.execute("SELECT published FROM articles WHERE published IS NOT NULL"):
        assert "1990" <= published[:4] <= "2100", published
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] > 10

    # A second crawl re-fetches the copies that carry no validators: nothing changes anywhere.
    before = state(db)
    with ThreadPoolExecutor(1) as pool:
        second = pool.submit(crawl, db_path, sources, embedder).result()
    assert second.crawl.counts["articles_updated"] == 0 and second.crawl.counts["articles_new"] == 0
    assert state(db) == before
    assert not [r for r in caplog.records if r.exc_info]

    # Every page renders, for readers and for an admin; nothing crawled runs or breaks a document.
    clusters = [i for (i,) in db.execute("SELECT id FROM clusters")]
    articles = list(urls.values())
    slots = [s for (s,) in db.execute("SELECT DISTINCT slot FROM clusters WHERE slot IS NOT NULL")]
    pages = ["/", "/claims", "/claims?slot=text", "/timeline", "/timeline?show=confirmed", "/sources", "/healthz",
             "/api/clusters", "/api/articles", "/feed.atom", *[f"/claims?slot={s}" for s in slots],
             *[f"/claims/{c}" for c in clusters], *[f"/api/clusters/{c}" for c in clusters],
             *[f"/articles/{a}" for a in articles],
             *[f"/search?q={q}" for q in ("patients", "script", "=HYPERLINK", '"', "\x00", "9" * 400, "NEAR(")]]
    login("admin")
    pages += ["/editor/", "/editor/sources", "/editor/add", "/editor/audit", "/editor/runs",
              *[f"/editor/clusters/{c}" for c in clusters]]
    for url in pages:
        response = client.get(url)
        assert response.status_code in (200, 301), (url, response.status_code)
        if response.mimetype == "application/json":  # data, served as JSON with nosniff: never a page
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            continue
        body = response.get_data(as_text=True)
        assert "<script>window" not in body and "onerror=alert" not in body and 'href="javascript:' not in body, url
    ET.fromstring(client.get("/feed.atom").data)  # well-formed whatever the text carried
    cells = [c for row in csv.reader(io.StringIO(export_csv(db), newline="")) for c in row]
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells)
    assert state(db) == before, "rendering wrote nothing"
