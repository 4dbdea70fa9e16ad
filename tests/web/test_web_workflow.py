"""The review workflow end to end in Chromium, on the crawled sample: an editor in French, a second one in English.

Log in, reject a claim, correct another, put an article in the incident, assign, note,
publish with a second editor, undo a merge; after each step and after a re-crawl that
silently edits an article, an anonymous reader sees exactly what was published.
Set RECOUPE_SCREENSHOTS=docs/screenshots to refresh the editor pages' screenshots.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.web.conftest import sample_config
from web.users import create_user

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PASSWORD = "correct horse battery"


@pytest.fixture
def newsroom(tmp_path):
    """The sample served locally, crawled and analysed for real, with publishing that needs a second editor."""
    from aggregator.crawl import run_crawl
    from aggregator.store import connect
    from claims.pipeline import run_pipeline
    from web import create_app

    server, base, config = sample_config(tmp_path, crawl={"allow_private_addresses": True, "per_host_interval": 0.0},
                                         editors={"second_editor": True})
    app = create_app(config)

    def crawl():
        db = connect(config.database_path)
        try:
            run_crawl(db, sources=config.sources, settings=config.crawl)
            report = run_pipeline(db, incident=config.incident, settings=config.claims)
        finally:
            db.close()
        assert report.ok, report.errors

    with ThreadPoolExecutor(1) as pool:  # Playwright keeps an event loop in the main thread
        pool.submit(crawl).result()
    db = connect(config.database_path)
    create_user(db, "edith", PASSWORD)
    create_user(db, "adam", PASSWORD, role="admin")
    yield app, db, server, base, crawl
    app.extensions["recoupe_worker"].stop()
    db.close()
    server.shutdown()
    server.server_close()


def one(db, sql, *params):
    return db.execute(sql, params).fetchone()


def sign_in(page, url, name, *, labels=("Nom", "Mot de passe", "Se connecter")):
    page.goto(url + "/login")
    page.get_by_label(labels[0]).fill(name)
    page.get_by_label(labels[1]).fill(PASSWORD)
    page.get_by_role("button", name=labels[2]).click()


def api(reader, url):
    reader.goto(url)
    return json.loads(reader.locator("body").inner_text())


def flash(page) -> str:
    return page.locator(".flashes").inner_text()


def test_a_newsroom_reviews_publishes_and_readers_see_only_what_was_published(newsroom, browser, serve_app,
                                                                             tmp_path):
    app, db, sample, sample_base, crawl = newsroom
    shots = Path(os.environ.get("RECOUPE_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    article = one(db, "SELECT id FROM articles WHERE url LIKE '%cyberattaque-ce-que-lon-sait%'")[0]
    rejected = one(db, "SELECT id, cluster_id FROM claims WHERE article_id = ? AND slot = 'care_impact'", article)
    corrected = one(db, "SELECT id FROM claims WHERE article_id = ? AND slot = 'attack_vector'", article)[0]
    off_topic = one(db, "SELECT min(article_id) FROM article_scope WHERE in_incident = 0")[0]
    disputed = one(db, "SELECT id, label FROM clusters WHERE verdict = 'disputed' AND claim_count > 0 "
                       "AND merged_into IS NULL ORDER BY source_count DESC, id")
    region = [r[0] for r in db.execute("SELECT id FROM clusters WHERE slot = 'region' AND polarity = 'asserted' "
                                       "AND claim_count > 0 AND merged_into IS NULL ORDER BY id LIMIT 2")]
    with serve_app(app) as site:
        editor = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}).new_page()
        editor.set_default_timeout(15000)
        reader = browser.new_context(locale="fr-FR").new_page()
        sign_in(editor, site, "edith")
        assert editor.get_by_role("heading", name="À relire").is_visible()
        editor.screenshot(path=str(shots / "editor-queue.png"), full_page=True)

        # 1. Reject a claim: it leaves its cluster and the reader's article no longer marks it.
        reader.goto(f"{site}/articles/{article}")
        assert reader.locator(f"#claim-{rejected[0]}").count() == 1
        editor.goto(f"{site}/editor/articles/{article}")
        box = editor.locator(f"#claim-{rejected[0]}")
        box.locator("summary").click()
        box.locator(f"#reject-{rejected[0]}").fill("Les reports de rendez-vous concernent un autre incident.")
        box.get_by_role("button", name="Rejeter").click()
        assert "Affirmation rejetée" in flash(editor)
        reader.goto(f"{site}/articles/{article}")
        assert reader.locator(f"#claim-{rejected[0]}").count() == 0
        left = api(reader, f"{site}/api/clusters/{rejected[1]}")  # gone, or without the claim
        assert "cluster" not in left or rejected[0] not in left["cluster"]["claim_ids"]

        # 2. Correct another: it moves to the cluster of its corrected value; the extracted one is kept.
        editor.goto(f"{site}/editor/articles/{article}")
        box = editor.locator(f"#claim-{corrected}")
        box.locator("summary").click()
        box.locator(f"#slot-{corrected}").select_option("attack_vector")
        box.locator(f"#value-{corrected}").fill("phishing")
        box.locator(f"#correct-reason-{corrected}").fill("Les faux soignants ont hameçonné les comptes.")
        box.get_by_role("button", name="Corriger").click()
        assert "Affirmation corrigée" in flash(editor)
        assert "extraite comme" in editor.locator(f"#claim-{corrected}").inner_text()
        editor.screenshot(path=str(shots / "editor-article.png"), full_page=True)
        phishing = one(db, "SELECT cluster_id FROM claims WHERE id = ?", corrected)[0]
        assert one(db, "SELECT key FROM clusters WHERE id = ?", phishing)[0] == "attack_vector|phishing|asserted"
        reader_claims = [c for c in api(reader, f"{site}/api/clusters/{phishing}")["claims"] if c["id"] == corrected]
        assert reader_claims and reader_claims[0]["status"] == "corrected"

        # 3. Put an off-topic article in the incident: its claims join clusters at once.
        assert one(db, "SELECT count(*) FROM claims WHERE article_id = ? AND cluster_id IS NOT NULL", off_topic)[0] == 0
        editor.goto(f"{site}/editor/articles/{off_topic}")
        editor.check("input[name=in_incident][value='1']")
        editor.fill("#reason-relevance", "La CNIL sanctionne le même opérateur : utile au contexte.")
        editor.get_by_role("button", name="Enregistrer").click()
        assert "fait désormais partie de l'incident" in flash(editor)
        articles = api(reader, f"{site}/api/articles?limit=1000")["articles"]
        mine = next(a for a in articles if a["id"] == off_topic)
        assert mine["in_incident"] is True and mine["in_incident_by"] == "La rédaction"
        assert one(db, "SELECT count(*) FROM claims WHERE article_id = ? AND cluster_id IS NOT NULL", off_topic)[0] > 0

        # 4. Assign and note: editors see them, readers never.
        editor.goto(f"{site}/editor/clusters/{disputed[0]}")
        editor.select_option("#assignee", "adam")
        editor.get_by_role("button", name="Confier").click()
        assert "Confié à adam" in flash(editor)
        editor.fill("#note-text", "NOTE : rappeler l'ARS Bretagne avant publication")
        editor.get_by_role("button", name="Ajouter la note").click()
        assert "rappeler l'ARS Bretagne" in editor.locator("main").inner_text()
        reader.goto(f"{site}/claims/{disputed[0]}")
        page_text = reader.locator("body").inner_text()
        assert "rappeler l'ARS" not in page_text and "adam" not in page_text and "edith" not in page_text

        # 5. Publish with a second editor: a request first, invisible to readers; the other editor approves.
        editor.get_by_role("radio", name="Confirmé", exact=True).check()
        editor.fill("#reason-verdict", "L'ARS Bretagne a confirmé par écrit le 12 septembre.")
        editor.get_by_role("button", name="Enregistrer le brouillon").click()
        editor.locator("#publish").click()
        assert "Publication demandée" in flash(editor)
        editor.screenshot(path=str(shots / "editor-cluster.png"), full_page=True)
        assert editor.locator("#approve").count() == 0  # nobody approves their own request
        reader.goto(f"{site}/claims/{disputed[0]}")
        # The cluster's own verdict (related clusters below it have theirs).
        assert reader.locator(".verdict-line .badge-confirmed").count() == 0
        assert "12 septembre" not in reader.locator("main").inner_text()
        second = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900}).new_page()
        second.set_default_timeout(15000)
        sign_in(second, site, "adam", labels=("Name", "Password", "Sign in"))
        second.goto(f"{site}/editor/?mine=1")
        assert disputed[0] in [int(h.rsplit("/", 1)[1]) for h in
                               second.locator("table.list a").evaluate_all("els => els.map(e => e.href)")]
        second.goto(f"{site}/editor/clusters/{disputed[0]}")
        assert "asked to publish this verdict" in second.locator("main").inner_text()
        second.locator("#approve").click()
        assert "Verdict published." in flash(second)
        reader.goto(f"{site}/claims/{disputed[0]}")
        assert reader.locator(".verdict-line .badge-confirmed").first.is_visible()
        note = reader.locator(".note-editor").inner_text()
        assert "Publié par La rédaction" in note and "12 septembre" in note
        reader.goto(site + "/")
        assert "L'ARS Bretagne a confirmé par écrit" in reader.locator("main").inner_text()
        assert "edith" not in reader.locator("body").inner_text()
        second.goto(f"{site}/editor/?status=published")
        assert "1 cluster" in second.locator("caption").inner_text()

        # 6. Merge two clusters, then undo: the reader's page of the merged one comes back.
        source, target = region
        editor.goto(f"{site}/editor/clusters/{source}")
        editor.fill("#target", str(target))
        editor.fill("#reason-merge", "essai de fusion")
        editor.get_by_role("button", name="Fusionner").click()
        assert "Groupes fusionnés" in flash(editor)
        reader.goto(f"{site}/claims/{source}")
        assert reader.url.endswith(f"/claims/{target}")
        undo = editor.locator("form.inline-form").filter(has=editor.locator("input[name=cluster]")).first
        undo.locator("input[name=reason]").fill("ce ne sont pas les mêmes régions")
        undo.get_by_role("button", name="Annuler").click()
        assert "Annulé" in flash(editor)
        reader.goto(f"{site}/claims/{source}")
        assert reader.url.endswith(f"/claims/{source}")

        # 7. A re-crawl in which the sample silently edits the article: every decision holds.
        sample.updated = True
        with ThreadPoolExecutor(1) as pool:
            pool.submit(crawl).result()
        assert one(db, "SELECT version FROM articles WHERE id = ?", article)[0] == 2
        now_rejected = one(db, "SELECT id, cluster_id FROM claims WHERE article_id = ? AND slot = 'care_impact'", article)
        assert one(db, "SELECT status FROM claims WHERE id = ?", now_rejected[0])[0] == "rejected"
        assert now_rejected[1] is None
        reader.goto(f"{site}/articles/{article}")
        assert reader.locator(f"#claim-{now_rejected[0]}").count() == 0
        row = one(db, "SELECT c.status, c.value, x.match FROM claim_corrections x JOIN claims c ON c.id = x.claim_id "
                      "WHERE x.action = 'correct'")
        assert row == ("corrected", "phishing", "sentence_changed")
        editor.goto(f"{site}/editor/articles/{article}")
        assert "la phrase a changé depuis" in editor.locator("main").inner_text()
        assert "Modifications depuis la première lecture" in editor.locator("main").inner_text()
        assert editor.locator(".diff ins").count() > 0 and editor.locator(".diff del").count() > 0
        reader.goto(f"{site}/claims/{disputed[0]}")
        assert "Publié par La rédaction" in reader.locator(".note-editor").inner_text()
        articles = api(reader, f"{site}/api/articles?limit=1000")["articles"]
        assert next(a for a in articles if a["id"] == off_topic)["in_incident"] is True

        # The editors' logs, in words and in both languages.
        editor.goto(f"{site}/editor/audit")
        log = editor.locator("ol.audit").inner_text()
        assert "Les reports de rendez-vous concernent un autre incident" in log
        for words in ("a rejeté une affirmation", "a corrigé une affirmation", "a tranché la pertinence",
                      "a demandé une publication", "a fusionné des groupes", "a annulé une fusion"):
            assert words in log, words
        editor.screenshot(path=str(shots / "editor-audit.png"), full_page=True)
        second.goto(f"{site}/editor/audit?action=publish")
        assert "Published a verdict" in second.locator("ol.audit").inner_text()
        editor.goto(f"{site}/editor/runs")
        assert "Collecte" in editor.locator("main").inner_text() and "pages récupérées" in editor.locator("main").inner_text()
        editor.screenshot(path=str(shots / "editor-runs.png"), full_page=True)

        # Adding a page that is not there: the form follows the background job and says why, in words.
        editor.goto(f"{site}/editor/add")
        editor.fill("#url", f"{sample_base}/absent/communique.html")
        editor.fill("#reason", "communiqué annoncé par téléphone")
        editor.get_by_role("button", name="Récupérer et ajouter").click()
        editor.wait_for_selector("#outcome[data-state=done]", timeout=60000)
        assert "introuvable" in editor.locator("#outcome").inner_text()
        editor.screenshot(path=str(shots / "editor-add.png"), full_page=True)
        second.context.close()
        editor.context.close()
        reader.context.close()
