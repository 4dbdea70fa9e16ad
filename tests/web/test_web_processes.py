"""Several web processes on one store: each keeps its own page cache, and each cache stays exact.

An operator runs two or more `recoupe serve` processes (or hosts) on the same PostgreSQL
store (docs/scaling.md). Each process caches pages in its own memory; what keeps them
exact is the data version, which lives in the store. Two apps built here stand for two
processes: nothing is shared between them but the database.
"""

from __future__ import annotations

from web import create_app
from web.cache import HEADER


def second_process(db_path):
    return create_app(test_config={"DATABASE": str(db_path), "TESTING": True, "LOGIN_DELAY_BASE": 0.3,
                                   "INCIDENT_ID": "ehealth-2025-09", "INCIDENT_TITLE": "Fuite de données"})


def test_a_verdict_published_through_one_process_shows_on_the_other(app, db_path, incident, login, post):
    other = second_process(db_path)
    try:
        reader = other.test_client()
        cluster = incident.clusters["hdf"]
        reader.get(f"/claims/{cluster}")
        cached = reader.get(f"/claims/{cluster}")
        assert cached.headers[HEADER] == "hit" and "badge-contradicted" not in cached.get_data(as_text=True)
        login("editor")
        post(f"/editor/clusters/{cluster}/verdict", {"verdict": "contradicted", "reason": "Démenti par l'ARS."})
        post(f"/editor/clusters/{cluster}/publish", {"reason": ""})
        page = reader.get(f"/claims/{cluster}")
        assert page.headers[HEADER] == "miss"
        assert "badge-contradicted" in page.get_data(as_text=True)
        assert reader.get(f"/api/clusters/{cluster}").get_json()["cluster"]["verdict"] == "contradicted"
    finally:
        other.extensions["recoupe_worker"].stop()
        from web.db import close_all

        close_all(other)


def test_a_crawl_write_shows_on_every_process(app, client, db_path, incident, factory):
    other = second_process(db_path)
    try:
        readers = [client, other.test_client()]
        before = [r.get("/api/articles").get_json()["total"] for r in readers]
        assert all(r.get("/api/articles").headers[HEADER] == "hit" for r in readers)
        factory.article(incident.sources["ars"], "Nouveau communiqué", ["Une phrase."],
                        published="2025-09-20T10:00:00+00:00")
        assert [r.get("/api/articles").get_json()["total"] for r in readers] == [n + 1 for n in before]
    finally:
        other.extensions["recoupe_worker"].stop()
        from web.db import close_all

        close_all(other)
