"""The response cache: exact (a write shows on the next request), per language, and only for anonymous readers."""

from __future__ import annotations

import pytest

from aggregator.store import now
from claims import editorial
from claims.migrations import VISIBLE_TABLES
from web.cache import HEADER, Entry, ResponseCache

READER_PAGES = ("/", "/claims", "/claims?verdict=confirmed", "/sources", "/timeline", "/feed.atom", "/api/clusters",
                "/api/articles", "/search?q=ARS")


def version(factory) -> int:
    return factory.db.execute("SELECT sum(version) FROM data_version").fetchone()[0]


def test_a_page_asked_twice_is_served_from_the_cache_with_every_header(client, incident):
    first = client.get("/claims")
    second = client.get("/claims")
    assert first.headers[HEADER] == "miss" and second.headers[HEADER] == "hit"
    assert second.get_data() == first.get_data()
    for name in ("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                 "X-Frame-Options"):
        assert second.headers[name] == first.headers[name]
    assert "Set-Cookie" not in second.headers
    api = client.get("/api/clusters")
    assert client.get("/api/clusters").headers[HEADER] == "hit" and api.is_json


def test_an_editors_verdict_shows_on_the_next_request(client, incident, factory):
    cluster = incident.clusters["hdf"]
    client.get(f"/claims/{cluster}")
    assert client.get(f"/claims/{cluster}").headers[HEADER] == "hit"
    editorial.set_verdict(factory.db, cluster, "confirmed", "L'ARS l'a confirmé par téléphone.", "edith")
    page = client.get(f"/claims/{cluster}")
    assert page.headers[HEADER] == "miss"
    assert "badge-confirmed" in page.get_data(as_text=True)
    assert client.get(f"/api/clusters/{cluster}").get_json()["cluster"]["verdict"] == "confirmed"


def test_an_editors_verdict_through_the_site_reaches_anonymous_readers(app, incident, login, post):
    reader = app.test_client()
    cluster = incident.clusters["hdf"]
    reader.get(f"/claims/{cluster}")
    login("editor")
    post(f"/editor/clusters/{cluster}/verdict", {"verdict": "contradicted", "reason": "Démenti par l'ARS."})
    assert "badge-contradicted" not in reader.get(f"/claims/{cluster}").get_data(as_text=True)  # a draft
    post(f"/editor/clusters/{cluster}/publish", {"reason": ""})
    assert "badge-contradicted" in reader.get(f"/claims/{cluster}").get_data(as_text=True)


def test_a_crawl_write_shows_on_the_next_request(client, incident, factory):
    before = client.get("/api/articles").get_json()["total"]
    assert client.get("/api/articles").headers[HEADER] == "hit"
    factory.article(incident.sources["ars"], "Nouveau communiqué de l'ARS", ["Une phrase."],
                    published="2025-09-20T10:00:00+00:00")
    response = client.get("/api/articles")
    assert response.headers[HEADER] == "miss" and response.get_json()["total"] == before + 1


@pytest.mark.parametrize("table", VISIBLE_TABLES)
def test_every_write_to_a_visible_table_changes_the_data_version(incident, factory, table):
    editorial.set_verdict(factory.db, incident.clusters["hdf"], "confirmed", "Confirmé par l'ARS.", "edith")
    insert, where, *setup = FRESH_ROWS[table]
    with factory.db.transaction():
        for statement in setup:
            factory.db.execute(statement)
    start = version(factory)
    with factory.db.transaction():
        key = factory.db.execute(insert).fetchone()[0]
    inserted = version(factory)
    assert inserted > start
    with factory.db.transaction():
        factory.db.execute(f"UPDATE {table} SET {where} = {where} WHERE {where} = ?", [key])
    updated = version(factory)
    assert updated > inserted
    with factory.db.transaction():
        factory.db.execute(f"DELETE FROM {table} WHERE {where} = ?", [key])
    assert version(factory) > updated


# A row of each visible table that nothing refers to, and the column that finds it again.
FRESH_ROWS = {
    "sources": ("INSERT INTO sources (name, url) VALUES ('fresh', 'http://fresh/') RETURNING id", "id"),
    "articles": ("INSERT INTO articles (url, source_id, text, text_hash, fingerprint, first_seen, updated_at) "
                 "SELECT 'http://fresh/a', min(id), 't', 'h', '0', 'x', 'x' FROM sources RETURNING id", "id"),
    "article_outlets": ("INSERT INTO article_outlets (article_id, source_id, url, first_seen) SELECT id, source_id, "
                        "'http://fresh/o', first_seen FROM articles ORDER BY id LIMIT 1 RETURNING url", "url"),
    "article_scope": ("INSERT INTO article_scope (article_id, article_version, extractor_version, in_incident, "
                      "relevance, reason, processed_at) SELECT max(a.id), 1, 't', 1, 1.0, 't', 'x' FROM articles a "
                      "WHERE a.id NOT IN (SELECT article_id FROM article_scope) RETURNING article_id",
                      "article_id", "DELETE FROM article_scope WHERE article_id = (SELECT max(article_id) FROM article_scope)"),
    "claims": ("INSERT INTO claims (key, article_id, polarity, hedged, text, start, \"end\", extractor_version, "
               "created_at) SELECT 'fresh', min(id), 'asserted', 0, 't', 0, 1, 't', 'x' FROM articles RETURNING id",
               "id"),
    "clusters": ("INSERT INTO clusters (key, polarity, label, updated_at) VALUES ('fresh', 'asserted', 'l', 'x') "
                 "RETURNING id", "id"),
    "editor_verdicts": ("INSERT INTO editor_verdicts (cluster_id, verdict, reason, editor, at) SELECT min(id), "
                        "'confirmed', 'r', 'e', 'x' FROM clusters WHERE id NOT IN (SELECT cluster_id FROM "
                        "editor_verdicts) RETURNING cluster_id", "cluster_id"),
    "audit_log": ("INSERT INTO audit_log (at, editor, action, target) VALUES ('x', 'e', 'a', 't') RETURNING id", "id"),
    "crawl_runs": ("INSERT INTO crawl_runs (started_at) VALUES ('x') RETURNING id", "id"),
}


def test_editors_and_readers_never_share_a_page(app, client, incident, login):
    cluster = incident.clusters["hdf"]
    reader = app.test_client()
    reader.get(f"/claims/{cluster}")
    login("editor")
    mine = client.get(f"/claims/{cluster}")
    assert HEADER not in mine.headers and "/editor/" in mine.get_data(as_text=True)
    client.get("/")  # an editor's overview is never stored ...
    fresh = app.test_client().get("/")
    assert fresh.headers[HEADER] == "miss"  # ... so the first reader after an editor renders it again
    for path in (f"/claims/{cluster}", "/"):
        body = app.test_client().get(path).get_data(as_text=True)
        assert "edith" not in body and "/logout" not in body and "/editor/" not in body


def test_languages_do_not_mix(client, incident):
    english = client.get("/claims", headers={"Accept-Language": "en"})
    french = client.get("/claims", headers={"Accept-Language": "fr"})
    assert french.headers[HEADER] == "miss"
    assert 'lang="en"' in english.get_data(as_text=True) and 'lang="fr"' in french.get_data(as_text=True)
    again = client.get("/claims", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert again.headers[HEADER] == "hit" and 'lang="en"' in again.get_data(as_text=True)


def test_no_session_token_or_cookie_is_ever_stored(app, client, incident, login):
    client.get("/login")  # an anonymous session with a CSRF token
    with client.session_transaction() as session:
        token = session["csrf"]
    for path in READER_PAGES + (f"/claims/{incident.clusters['hdf']}",):
        client.get(path)
        client.get(path, headers={"Accept-Language": "en"})
    login("editor")
    for path in READER_PAGES:
        client.get(path)
    cache = app.extensions["recoupe_cache"]
    assert len(cache) >= len(READER_PAGES)
    for entry in cache._entries.values():
        assert token.encode() not in entry.body and b"csrf_token" not in entry.body
        assert b"edith" not in entry.body
        assert not any(name.lower() in ("set-cookie", "vary") for name, _ in entry.headers)


def test_errors_posts_and_editor_pages_are_not_cached(client, incident, login):
    assert client.get("/claims/999999").status_code == 404
    assert HEADER not in client.get("/claims/999999").headers
    assert HEADER not in client.get("/login").headers
    assert HEADER not in client.get("/healthz").headers
    login("editor")
    assert HEADER not in client.get("/editor/").headers


def test_the_cache_is_bounded_in_entries_and_bytes():
    cache = ResponseCache(max_entries=2, max_bytes=800)
    for k in range(3):
        cache.put((k,), Entry(b"x" * 10, (), "text/html"))
    assert cache.get((0,)) is None and cache.get((2,)) is not None and len(cache) == 2
    cache.put(("big",), Entry(b"x" * 101, (), "text/html"))  # over an eighth of the bytes: never stored
    assert cache.get(("big",)) is None
    for k in range(10):
        cache.put(("m", k), Entry(b"x" * 90, (), "text/html"))
    assert cache.size_bytes <= 800 and len(cache) <= 2
