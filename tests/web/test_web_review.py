"""Every editor write refuses anonymous visitors and forged requests; admin-only ones refuse editors; added pages say what happened."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.web.helpers import wait_for_job

# (path, form) of every write under /editor/, ids filled in from the test incident.
WRITES = [
    ("/editor/clusters/{cluster}/verdict", {"verdict": "confirmed", "reason": "r"}),
    ("/editor/clusters/{cluster}/publish", {"reason": "r"}),
    ("/editor/clusters/{cluster}/withdraw", {"reason": "r"}),
    ("/editor/clusters/{cluster}/status", {"status": "reviewed"}),
    ("/editor/clusters/{cluster}/assign", {"assignee": "edith"}),
    ("/editor/clusters/{cluster}/notes", {"text": "note"}),
    ("/editor/clusters/{cluster}/merge", {"target": "{other}", "reason": "r"}),
    ("/editor/clusters/{cluster}/split", {"claim": "{claim}", "reason": "r"}),
    ("/editor/operations/1/undo", {"reason": "r"}),
    ("/editor/articles/{article}/relevance", {"in_incident": "0", "reason": "r"}),
    ("/editor/claims/{claim}/reject", {"reason": "r"}),
    ("/editor/claims/{claim}/correct", {"slot": "region", "value": "Bretagne", "polarity": "asserted", "reason": "r"}),
    ("/editor/claims/{claim}/restore", {"reason": "r"}),
    ("/editor/add", {"url": "https://example.org/", "reason": "r"}),
    ("/editor/sources/{source}/official", {"official": "1", "reason": "r"}),
]


def fill(text: str, incident) -> str:
    return text.format(cluster=incident.clusters["hdf"], other=incident.clusters["count_1_4m"],
                       claim=incident.claims["matin_count"], article=incident.articles["vigie"],
                       source=incident.sources["vigie"])


def snapshot(factory) -> tuple:
    tables = ("audit_log", "cluster_reviews", "cluster_notes", "claim_corrections", "article_relevance", "add_jobs",
              "editor_verdicts", "cluster_operations")
    return tuple(factory.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables) + (
        ",".join(f"{c}:{s}" for c, s in factory.db.execute("SELECT cluster_id, status FROM claims ORDER BY id")),)


@pytest.mark.parametrize("path,form", WRITES, ids=[w[0].split("/", 2)[2] for w in WRITES])
def test_each_write_refuses_anonymous_and_forged_requests(app, client, incident, factory, login, post, path, form):
    url, data = fill(path, incident), {k: fill(v, incident) for k, v in form.items()}
    before = snapshot(factory)
    anonymous = post(url, data)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    login("editor")
    assert client.post(url, data=data).status_code == 400  # no CSRF token
    assert client.post(url, data={**data, "csrf_token": "forged"}).status_code == 400
    assert snapshot(factory) == before


def test_official_sources_are_for_admins_only(client, incident, factory, login, post):
    login("editor")
    url = f"/editor/sources/{incident.sources['vigie']}/official"
    assert post(url, {"official": "1", "reason": "r"}).status_code == 403
    post("/logout")
    login("admin")
    assert post(url, {"official": "1", "reason": "r"}).status_code == 302
    assert factory.db.execute("SELECT official FROM sources WHERE id = ?", [incident.sources["vigie"]]).fetchone() == (1,)


def test_reader_pages_never_show_notes_drafts_login_names_or_the_audit_log(app, client, incident, login, post):
    login("editor")
    cluster = incident.clusters["hdf"]
    post(f"/editor/clusters/{cluster}/notes", {"text": "NOTE-INTERNE appeler l'ARS"})
    post(f"/editor/clusters/{cluster}/verdict", {"verdict": "confirmed", "reason": "BROUILLON-raison"})
    post(f"/editor/clusters/{cluster}/assign", {"assignee": "adam"})
    post("/editor/add", {"url": "http://127.0.0.1/interdit", "reason": "ESSAI-REFUSE"})
    reader = app.test_client()
    for path in ("/", f"/claims/{cluster}", "/claims", "/timeline", "/sources", f"/api/clusters/{cluster}",
                 "/api/clusters", "/api/articles", "/feed.atom", f"/articles/{incident.articles['vigie']}"):
        page = reader.get(path).get_data(as_text=True)
        for secret in ("NOTE-INTERNE", "BROUILLON", "edith", "adam", "ESSAI-REFUSE", "127.0.0.1/interdit"):
            assert secret not in page, (path, secret)
    post(f"/editor/clusters/{cluster}/publish", {"reason": ""})
    overview = reader.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "BROUILLON-raison" in overview and "La rédaction" in overview and "edith" not in overview


def test_the_queue_filters_and_pages(client, incident, login):
    login("editor")
    html = client.get("/editor/?status=all&verdict=disputed", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "2 clusters" in html
    assert client.get("/editor/?status=nope").status_code == 400
    assert client.get("/editor/?page=x").status_code == 400
    assert "Nothing to review" in client.get("/editor/?status=published",
                                             headers={"Accept-Language": "en"}).get_data(as_text=True)


@pytest.fixture
def adding(app, local_site, site_pages):
    app.config["CRAWL_SETTINGS"] = replace(app.config["CRAWL_SETTINGS"], allow_private_addresses=True,
                                           per_host_interval=0.0, max_bytes=20_000)
    site_pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /prive/\n")
    site_pages["/prive/note.html"] = ("text/html", b"<html><body><p>secret</p></body></html>")
    site_pages["/gros.html"] = ("text/html", b"<html><body>" + b"<p>bla bla bla</p>" * 5000 + b"</body></html>")
    return local_site


@pytest.mark.parametrize("path,outcome,words", [
    ("/absent.html", "not_found", {"fr": "introuvable", "en": "not found"}),
    ("/prive/note.html", "robots", {"fr": "robots.txt", "en": "robots.txt"}),
    ("/gros.html", "too_large", {"fr": "trop volumineuse", "en": "too large"}),
])
def test_a_failed_add_says_why_in_the_editors_language_and_leaves_no_source(app, client, incident, factory, login,
                                                                            post, adding, path, outcome, words):
    login("editor")
    sources = factory.db.execute("SELECT count(*) FROM sources").fetchone()[0]
    response = post("/editor/add", {"url": adding + path, "reason": "essai", "source": "Site local"})
    job = int(response.headers["Location"].rsplit("/", 1)[1])
    assert wait_for_job(app, job)["outcome"] == outcome
    for lang in ("fr", "en"):
        html = client.get(f"/editor/add/{job}", headers={"Accept-Language": lang}).get_data(as_text=True)
        assert words[lang] in html and 'http-equiv="refresh"' not in html
    assert factory.db.execute("SELECT count(*) FROM sources").fetchone()[0] == sources


def test_a_running_add_shows_progress_and_refreshes(app, client, incident, factory, login, post):
    login("editor")
    with factory.db.transaction():
        factory.db.execute("INSERT INTO add_jobs (url, reason, editor, state, created_at, updated_at) "
                           "VALUES ('https://example.org/a', 'r', 'edith', 'fetching', 'x', 'x')")
    app.extensions["recoupe_worker"].stop()  # keep it as it is
    html = client.get("/editor/add/1", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Fetching the page" in html and 'http-equiv="refresh"' in html
