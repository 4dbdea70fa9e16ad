"""Browser tests in Debian's Chromium: a reader browsing the incident, an editor overriding a verdict readers then see."""

import os
import re
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.web.conftest import sample_config
from web.users import create_user

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


def test_reader_browses_the_incident_with_the_keyboard_and_a_phone(live_server, page, incident):
    page.goto(live_server + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().startswith("Fuite de données")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Aller au contenu"
    page.get_by_role("link", name="Affirmations", exact=True).click()
    page.get_by_role("link", name=re.compile("Personnes concernées.*1.400.000")).first.click()
    assert page.get_by_role("heading", name="La parole officielle").is_visible()
    assert page.locator(".badge-contradicted").first.inner_text().strip() == "✗ Contredit"
    page.get_by_role("link", name="Lire dans l'article").last.click()
    # (count() does not wait: the article page must have loaded before its marks are counted)
    page.wait_for_url(re.compile(r"/articles/\d+"))
    page.locator("mark.claim-mark").first.wait_for()
    assert page.locator("mark.claim-mark").count() == 3
    page.get_by_role("link", name="Qui dit quoi").click()
    page.locator("table.matrix tbody tr").first.wait_for()
    assert page.locator("table.matrix tbody tr").count() == 4
    page.get_by_role("link", name="Chronologie").click()
    page.get_by_role("link", name="Faits confirmés", exact=True).click()
    assert "Hauts-de-France" not in page.locator("main").inner_text()
    page.fill("#q", "sécurité sociale")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("main mark").count() > 0
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the overview scrolls sideways on a phone ({width}px)"
    assert page.dialogs == [] and page.console_errors == []


def test_editor_overrides_a_verdict_that_readers_then_see(live_server, page, browser, incident, factory):
    create_user(factory.db, "edith", "correct horse battery")
    cluster = incident.clusters["hdf"]
    page.goto(live_server + "/login")
    page.get_by_label("Nom").fill("edith")
    page.get_by_label("Mot de passe").fill("correct horse battery")
    page.get_by_role("button", name="Se connecter").click()
    assert page.get_by_role("heading", name="À relire").is_visible()
    page.goto(f"{live_server}/editor/clusters/{cluster}")
    page.get_by_role("radio", name="Confirmé", exact=True).check()
    page.get_by_label("Motif (montré aux lecteurs une fois publié)").fill(
        "Confirmé par l'ARS Hauts-de-France le 11 septembre.")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    assert "brouillon" in page.locator(".flashes").inner_text()
    page.get_by_role("button", name="Publier").click()
    assert "Verdict publié" in page.locator(".flashes").inner_text()
    reader = browser.new_context(locale="fr-FR").new_page()  # another visitor, not signed in
    reader.goto(f"{live_server}/claims/{cluster}")
    assert reader.locator(".badge-confirmed").first.inner_text().startswith("✓ Confirmé")
    assert "Confirmé par l'ARS Hauts-de-France le 11 septembre." in reader.locator(".note-editor").inner_text()
    reader.goto(f"{live_server}/claims?verdict=confirmed")
    assert "Hauts-de-France" in reader.locator("main").inner_text()
    reader.context.close()
    page.goto(live_server + "/editor/audit")
    assert "edith" in page.locator("ol.audit").inner_text()


# --- end to end on the bundled sample incident ------------------------------------------


@pytest.fixture(scope="module")
def sample_app(tmp_path_factory):
    """The sample corpus served locally, crawled by the real crawler, analysed by the real pipeline (once per module)."""
    from aggregator.crawl import run_crawl
    from claims.pipeline import run_pipeline
    from web import create_app

    server, _base, config = sample_config(tmp_path_factory.mktemp("sample-web"))
    app = create_app(config)
    from aggregator.store import connect
    db = connect(config.database_path)

    def work():
        run_crawl(db, sources=config.sources, settings=config.crawl)
        return run_pipeline(db, incident=config.incident, settings=config.claims)

    with ThreadPoolExecutor(1) as pool:
        report = pool.submit(work).result()
    assert report.ok, report.errors
    create_user(db, "edith", "correct horse battery")
    yield app
    db.close()
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def live_sample(sample_app):
    from tests.web.conftest import served

    with served(sample_app) as url:
        yield url


@pytest.mark.slow
def test_sample_incident_end_to_end_with_screenshots(live_sample, browser, tmp_path):
    """Every main page of the crawled sample, in French on a desktop and on a phone; screenshots for the README.

    Set RECOUPE_SCREENSHOTS=docs/screenshots to refresh the committed ones.
    """
    out = Path(os.environ.get("RECOUPE_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(live_sample + "/")
    counts = [int(t) for t in page.locator(".tile-count").all_inner_texts()]
    assert sum(counts) > 5 and counts[0] > 0, counts  # something confirmed, several clusters
    page.screenshot(path=str(out / "overview.png"), full_page=True)
    page.goto(live_sample + "/claims")
    page.screenshot(path=str(out / "claims.png"), full_page=True)
    contradicted = page.locator(".card.verdict-contradicted .card-title a")
    target = contradicted.first if contradicted.count() else page.locator(".card-title a").first
    target.click()
    assert page.get_by_role("heading", name="La parole officielle").is_visible()
    page.screenshot(path=str(out / "cluster.png"), full_page=True)
    page.locator("figure.claim a").first.click()
    page.locator("mark.claim-mark").first.wait_for()
    assert page.locator("mark.claim-mark").count() > 0
    page.screenshot(path=str(out / "article.png"), full_page=True)
    for name, url in (("sources", "/sources"), ("timeline", "/timeline")):
        page.goto(live_sample + url)
        assert page.locator("main h1").is_visible()
        page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    page.goto(live_sample + "/login")
    page.get_by_label("Nom").fill("edith")
    page.get_by_label("Mot de passe").fill("correct horse battery")
    page.get_by_role("button", name="Se connecter").click()
    page.screenshot(path=str(out / "editor-queue.png"), full_page=True)
    phone = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844}, is_mobile=True,
                                device_scale_factor=2)
    mobile = phone.new_page()
    for name, url in (("phone-overview", "/"), ("phone-claims", "/claims")):
        mobile.goto(live_sample + url)
        assert mobile.evaluate("document.documentElement.scrollWidth") <= 390, url
        mobile.screenshot(path=str(out / f"{name}.png"), full_page=True)
    # the first claim the list shows: on a phone, each comma of its source list stays on the line of the name before it
    mobile.goto(live_sample + "/claims")
    mobile.locator("a[href*='/claims/']").first.click()
    lonely = mobile.evaluate("""() => {
        const line = document.querySelector('.verdict-line');
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let n, lonely = 0;
        while ((n = walker.nextNode())) {
            if (n.textContent.trim() !== ',' || !n.previousSibling) continue;
            const range = document.createRange(); range.selectNodeContents(n);
            const comma = range.getBoundingClientRect(), name = n.previousSibling.getBoundingClientRect();
            if (comma.top >= name.bottom - 1) lonely += 1;
        }
        return lonely;
    }""")
    assert lonely == 0, f"{lonely} commas of the source list wrapped onto a line of their own"
    mobile.screenshot(path=str(out / "phone-claim.png"), full_page=True)
    phone.close()
    context.close()
    assert errors == []


# --- reasons in the reader's language ----------------------------------------------------

REASON_SELECTORS = ".card-why, .why, .event-why, .search-why, .dispute-summary"


def phrase_fragments(lang: str) -> set[str]:
    """The fixed words of every reason phrase in `lang` (claims/grouping/reasons.toml), without placeholders."""
    phrases = tomllib.loads((ROOT / "claims" / "grouping" / "reasons.toml").read_text(encoding="utf-8"))
    other = "en" if lang == "fr" else "fr"
    mine = set()
    for key, template in phrases[lang].items():
        if key.startswith("date_format"):
            continue
        for part in re.split(r"\{[a-z]+\}", template):
            part = part.strip(" ,;:()«»“”")
            if len(part) >= 6 and not any(part in t for t in phrases[other].values()):
                mine.add(part)
    return mine


@pytest.mark.slow
def test_no_reason_appears_in_the_other_language(live_sample, browser, tmp_path):
    """Every verdict's reason, on every page that shows one, is in the page's language, French or English."""
    out = Path(os.environ.get("RECOUPE_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    fragments = {"fr": phrase_fragments("fr"), "en": phrase_fragments("en")}
    for locale, lang in (("fr-FR", "fr"), ("en-GB", "en")):
        other = "en" if lang == "fr" else "fr"
        context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(live_sample + "/")
        assert page.locator("html").get_attribute("lang") == lang
        dispute = page.locator(".card.dispute .card-title a").first.get_attribute("href")
        contradicted = page.locator(".card.verdict-contradicted .card-title a").first.get_attribute("href")
        if lang == "en":
            page.screenshot(path=str(out / "overview-en.png"), full_page=True)
        seen = []
        for url in ("/", "/claims", "/claims?verdict=disputed", dispute, contradicted, "/timeline?show=all",
                    "/search?q=Bretagne", "/search?q=rançongiciel"):
            page.goto(live_sample + url)
            texts = page.locator(REASON_SELECTORS).all_inner_texts()
            assert texts, url
            for text in texts:
                wrong = [f for f in fragments[other] if f in text]
                assert not wrong, f"{url} ({lang}): {text!r} has {wrong}"
            seen += texts
            if url == dispute:
                page.screenshot(path=str(out / f"cluster-dispute-{lang}.png"), full_page=True)
            if url == contradicted and lang == "en":
                page.screenshot(path=str(out / "cluster-en.png"), full_page=True)
        said = " ".join(seen)
        assert sum(f in said for f in fragments[lang]) >= 5, "the reasons speak the page's language"
        feed = page.request.get(live_sample + "/feed.atom", headers={"Accept-Language": locale}).text()
        assert not [f for f in fragments[other] if f in feed]
        context.close()


@pytest.mark.slow
def test_the_sample_overview_shows_each_dispute_once_and_no_agreed_fact_as_disputed(live_sample, browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(live_sample + "/")
    titles = page.locator("#h-disputed ~ .card .card-title").all_inner_texts()
    assert len(titles) == 3, titles
    assert any(t.startswith("Bretagne touchée\u202f?") and "2 sources oui, 1 non" in t for t in titles), titles
    assert any("750\u202f000 ou 1\u202f400\u202f000" in t and "aucun chiffre officiel" in t for t in titles), titles
    panel = page.locator("section[aria-labelledby='h-disputed']").inner_text()
    for agreed in ("Normandie", "hameçonnage", "fraude", "perturbation des soins"):
        assert agreed not in panel
    context.close()
