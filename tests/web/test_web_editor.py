"""Editors' pages end to end through the test client: each decision lands, is audited and shows to readers."""

import pytest

from tests.web.helpers import wait_for_job


@pytest.fixture
def editor(login):
    login("editor")


def test_queue_lists_contradicted_and_disputed_first(client, incident, editor):
    html = client.get("/editor/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    first_confirmed = html.index("Confirmed</span>")
    for marker in ("Contradicted</span>", "Disputed</span>"):
        assert html.index(marker) < first_confirmed
    assert html.index("Not confirmed</span>") < first_confirmed


def test_verdict_is_a_draft_until_published_then_signed_for_readers(app, client, incident, editor, post):
    cluster = incident.clusters["hdf"]
    reader = app.test_client()
    response = post(f"/editor/clusters/{cluster}/verdict",
                    {"verdict": "confirmed", "reason": "L'ARS Hauts-de-France l'a confirmé par téléphone."})
    assert response.status_code == 302
    page = client.get(f"/claims/{cluster}", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "badge-unverified" in page and "par téléphone" not in page
    post(f"/editor/clusters/{cluster}/publish", {"reason": ""})
    page = reader.get(f"/claims/{cluster}", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Published by La rédaction" in page and "confirmé par téléphone" in page
    assert "badge-confirmed" in page and "edith" not in page
    audit = client.get("/editor/audit", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Published a verdict" in audit and "edith" in audit
    post(f"/editor/clusters/{cluster}/withdraw", {"reason": "erreur"})
    assert "badge-unverified" in client.get(f"/claims/{cluster}").get_data(as_text=True)


def test_verdict_needs_a_reason_and_a_known_verdict(client, incident, editor, post):
    cluster = incident.clusters["hdf"]
    post(f"/editor/clusters/{cluster}/verdict", {"verdict": "confirmed", "reason": "  "})
    assert "give a reason" in client.get(f"/editor/clusters/{cluster}").get_data(as_text=True)
    post(f"/editor/clusters/{cluster}/verdict", {"verdict": "true!", "reason": "x"})
    assert "badge-unverified" in client.get(f"/claims/{cluster}").get_data(as_text=True)


def test_merge_then_split_from_the_editor_page(client, incident, editor, post, factory):
    source, target = incident.clusters["no_ssn"], incident.clusters["no_medical"]
    response = post(f"/editor/clusters/{source}/merge", {"target": str(target), "reason": "same statement"})
    assert response.headers["Location"].endswith(f"/editor/clusters/{target}")
    assert client.get(f"/claims/{source}").status_code == 302
    moved = incident.claims["channel_no_ssn"]
    response = post(f"/editor/clusters/{target}/split", {"claim": [str(moved)], "reason": "not the same"})
    new_id = int(response.headers["Location"].rsplit("/", 1)[1])
    assert factory.db.execute("SELECT cluster_id, pinned_cluster FROM claims WHERE id = ?", [moved]).fetchone() \
        == (new_id, 1)
    assert client.get(f"/claims/{new_id}").status_code == 200


def test_merge_waits_for_a_running_crawl_on_either_engine(client, incident, editor, post, factory, db_path):
    """A crawl holds the store's writer lock (a lock file, or PostgreSQL's advisory lock): a merge is refused, nothing moves."""
    from aggregator.store import writer_lock

    source, target = incident.clusters["no_ssn"], incident.clusters["no_medical"]
    before = factory.db.execute("SELECT id, cluster_id FROM claims ORDER BY id").fetchall()
    with writer_lock(str(db_path)):
        post(f"/editor/clusters/{source}/merge", {"target": str(target), "reason": "same statement"})
        assert "A crawl is running" in client.get(f"/editor/clusters/{source}").get_data(as_text=True)
    assert factory.db.execute("SELECT id, cluster_id FROM claims ORDER BY id").fetchall() == before
    post(f"/editor/clusters/{source}/merge", {"target": str(target), "reason": "same statement"})
    assert client.get(f"/claims/{source}").status_code == 302


def test_editor_cluster_page_offers_every_form(client, incident, editor):
    html = client.get(f"/editor/clusters/{incident.clusters['count_750k']}").get_data(as_text=True)
    assert html.count('name="csrf_token"') >= 4  # verdict, merge, split, sign out
    assert client.get("/editor/clusters/9999").status_code == 404


def test_runs_page_shows_errors_in_words(client, incident, editor, factory):
    factory.crawl_run("errors", ("http://x.example/feed: timed out after 20 s",))
    html = client.get("/editor/runs").get_data(as_text=True)
    assert "timed out after 20 s" in html


@pytest.mark.parametrize("url", ["http://127.0.0.1/admin", "http://localhost:8080/", "http://10.0.0.7/x",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "file:///etc/passwd",
                                 "javascript:alert(1)", "ftp://example.org/"])
def test_added_urls_cannot_reach_the_local_network(client, incident, editor, post, factory, url):
    response = post("/editor/add", {"url": url, "reason": "test"})
    assert response.status_code == 422
    assert factory.db.execute("SELECT count(*) FROM crawl_runs WHERE kind = 'add'").fetchone()[0] == 0


def test_added_url_is_fetched_and_stored_when_private_addresses_are_allowed(app, client, incident, login, post,
                                                                          local_site):
    from dataclasses import replace

    app.config["CRAWL_SETTINGS"] = replace(app.config["CRAWL_SETTINGS"], allow_private_addresses=True,
                                           respect_robots=False, per_host_interval=0.0)
    login("admin")  # a new official source: only admins create one
    form = {"url": f"{local_site}/communique.html", "reason": "communiqué hors flux", "official": "1",
            "source": "ARS Bretagne"}
    response = post("/editor/add", form)
    assert response.status_code == 302 and "/editor/add/" in response.headers["Location"]
    job = int(response.headers["Location"].rsplit("/", 1)[1])
    outcome = wait_for_job(app, job)
    assert outcome["outcome"] in ("added", "off_topic"), outcome
    article = client.get(f"/articles/{outcome['article_id']}").get_data(as_text=True)
    assert "ARS Bretagne" in article
    assert "Added a page" in client.get("/editor/audit", headers={"Accept-Language": "en"}).get_data(as_text=True)
