"""Several web processes on one store: each keeps its own page cache, and each cache stays exact.

An operator runs two or more `recoupe serve` processes (or hosts) on the same PostgreSQL
store (docs/scaling.md). Each process caches pages in its own memory; what keeps them
exact is the data version, which lives in the store. Two apps built here stand for two
processes: nothing is shared between them but the database.
"""

from __future__ import annotations

import contextlib

from web import create_app
from web.cache import HEADER
from web.db import close_all


@contextlib.contextmanager
def second_process(db_path):
    """Another app on the same store, standing for another server process; stopped and closed after."""
    other = create_app(test_config={"DATABASE": str(db_path), "TESTING": True, "LOGIN_DELAY_BASE": 0.3,
                                    "INCIDENT_ID": "ehealth-2025-09", "INCIDENT_TITLE": "Fuite de données"})
    try:
        yield other
    finally:
        other.extensions["recoupe_worker"].stop()
        close_all(other)


def test_a_verdict_published_through_one_process_shows_on_the_other(app, db_path, incident, login, post):
    with second_process(db_path) as other:
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


def test_a_crawl_write_shows_on_every_process(app, client, db_path, incident, factory):
    with second_process(db_path) as other:
        readers = [client, other.test_client()]
        before = [r.get("/api/articles").get_json()["total"] for r in readers]
        assert all(r.get("/api/articles").headers[HEADER] == "hit" for r in readers)
        factory.article(incident.sources["ars"], "Nouveau communiqué", ["Une phrase."],
                        published="2025-09-20T10:00:00+00:00")
        assert [r.get("/api/articles").get_json()["total"] for r in readers] == [n + 1 for n in before]


def test_a_guesser_slowed_by_one_process_is_slowed_by_every_other(app, client, db_path, users, login):
    """Failed logins live in the store: a second process (or a restarted one) refuses the guesser too."""
    with second_process(db_path) as other:  # started first: the tests' penalty lasts only 0.3 s
        elsewhere = other.test_client()
        elsewhere.get("/login")
        with elsewhere.session_transaction() as session:
            token = session["csrf"]
        assert login("edith", "bad password 1").status_code == 401
        response = elsewhere.post("/login", data={"name": "edith", "password": "correct horse battery",
                                                  "csrf_token": token})
        assert response.status_code == 429, "the other process let the guesser try at once"


def test_a_second_process_never_takes_over_a_running_add_but_finishes_an_orphaned_one(app, db_path, incident, factory):
    """A job marked running while its process holds the writer lock stays its own; once that process is gone, it is redone."""
    import time

    from aggregator.store import writer_lock

    with factory.db.transaction():
        job = factory.db.execute("INSERT INTO add_jobs (url, reason, editor, state, created_at, updated_at) VALUES "
                                 "('http://127.0.0.1:9/gone', 'r', 'edith', 'fetching', 'x', 'x') RETURNING id"
                                 ).fetchone()[0]
    app.extensions["recoupe_worker"].stop()
    state = lambda: factory.db.execute("SELECT state FROM add_jobs WHERE id = ?", [job]).fetchone()[0]  # noqa: E731
    with second_process(db_path) as other:
        with writer_lock(str(db_path)):  # the first process, alive, running its job
            other.extensions["recoupe_worker"].start()
            time.sleep(3)  # the other's worker tries the lock every 2 s meanwhile
            assert state() == "fetching"
        deadline = time.monotonic() + 60  # the first process died: its job is redone, and ends
        while state() != "done" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert state() == "done"
