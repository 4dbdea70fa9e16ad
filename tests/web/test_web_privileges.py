"""Adding a page never alters a source; only admins decide what is official; every such change is audited by name."""

from dataclasses import replace

import pytest

from tests.web.helpers import wait_for_job


@pytest.fixture
def private_ok(app):
    app.config["CRAWL_SETTINGS"] = replace(app.config["CRAWL_SETTINGS"], allow_private_addresses=True,
                                           respect_robots=False, per_host_interval=0.0)


def sources(factory):
    return factory.db.execute("SELECT id, name, url, kind, official, official_set_by FROM sources ORDER BY id").fetchall()


def added(app, post, form) -> dict:
    response = post("/editor/add", {"reason": "hors flux", **form})
    assert response.status_code == 302, response.status_code
    return wait_for_job(app, int(response.headers["Location"].rsplit("/", 1)[1]))


@pytest.mark.parametrize("form", [
    {"source": "La Vigie du Nord", "official": "1"},       # an existing outlet, made official
    {"source": "ARS Bretagne", "official": "1"},           # a new official source
    {"source": "ARS Normandie"},                           # a page slipped under an official source
])
def test_an_editor_cannot_make_or_feed_an_official_source(client, incident, login, post, factory, private_ok,
                                                          local_site, form):
    login("editor")
    before = sources(factory)
    response = post("/editor/add", {"url": f"{local_site}/communique.html", "reason": "hors flux", **form})
    assert response.status_code == 403
    assert sources(factory) == before, "refused: no source changed or created"
    assert factory.db.execute("SELECT count(*) FROM add_jobs").fetchone()[0] == 0


def test_a_queued_add_is_checked_again_when_it_runs(app, client, incident, login, post, factory, private_ok,
                                                    local_site):
    """The role is read again by the worker: an admin demoted before the job ran cannot make a source official."""
    login("admin")
    app.extensions["recoupe_worker"].stop()
    response = post("/editor/add", {"url": f"{local_site}/communique.html", "reason": "r", "source": "ARS Bretagne",
                                    "official": "1"})
    with factory.db.transaction():
        factory.db.execute("UPDATE users SET role = 'editor' WHERE name = 'adam'")
    from claims.editing import adding
    from web.editor_adding import make_add
    job = adding.run_job(factory.db, int(response.headers["Location"].rsplit("/", 1)[1]), make_add(app.config))
    assert job["outcome"] == "refused" and "admin" in job["detail"]
    assert factory.db.execute("SELECT count(*) FROM sources WHERE name = 'ARS Bretagne'").fetchone()[0] == 0


def test_adding_a_page_to_an_existing_source_leaves_the_source_as_it_was(app, client, incident, login, post, factory,
                                                                         private_ok, local_site):
    login("editor")
    before = sources(factory)
    job = added(app, post, {"url": f"{local_site}/communique.html", "source": "La Vigie du Nord"})
    assert job["outcome"] in ("added", "off_topic"), job
    assert sources(factory) == before
    (source,) = factory.db.execute("SELECT s.name FROM articles a JOIN sources s ON s.id = a.source_id "
                                   "WHERE a.url LIKE '%communique.html'").fetchone()
    assert source == "La Vigie du Nord"
    assert factory.db.execute("SELECT editor FROM audit_log WHERE action = 'add_url'").fetchall() == [("edith",)]


def test_an_admin_creating_an_official_source_is_audited_under_their_name(app, client, incident, login, post, factory,
                                                                          private_ok, local_site):
    login("admin")
    job = added(app, post, {"url": f"{local_site}/communique.html", "source": "ARS Bretagne", "official": "1"})
    assert job["outcome"] in ("added", "off_topic"), job
    (official, set_by), = factory.db.execute("SELECT official, official_set_by FROM sources "
                                             "WHERE name = 'ARS Bretagne'").fetchall()
    assert (official, set_by) == (1, "adam")
    audit = factory.db.execute("SELECT editor, action, old, new FROM audit_log ORDER BY id").fetchall()
    assert ("adam", "official", "false", "true") in audit and ("adam", "add_source", None, "ARS Bretagne") in audit
    assert all(editor == "adam" for editor, *_ in audit)


def test_the_official_checkbox_is_offered_to_admins_only(client, incident, login, post):
    login("editor")
    assert b'name="official"' not in client.get("/editor/add").data
    post("/logout")
    login("admin")
    assert b'name="official"' in client.get("/editor/add").data
