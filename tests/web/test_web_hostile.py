"""Crawled text is hostile: pages carrying script and markup payloads are crawled for real, then shown in Chromium, where nothing may run."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from aggregator.config import CrawlSettings, SourceSettings
from aggregator.crawl import run_crawl

PAYLOAD_TITLE = '"><img src=x onerror="window.__pwned=\'title\'"><script>window.__pwned="title2"</script>'
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile &lt;script&gt;window.__pwned="feed"&lt;/script&gt;</title>
<link>{base}/</link><description>x</description>
<item><title>Fuite de données &lt;script&gt;window.__pwned="item"&lt;/script&gt;</title>
<link>{base}/hostile.html</link><guid>{base}/hostile.html</guid><pubDate>Wed, 10 Sep 2025 08:00:00 GMT</pubDate>
<description>&lt;img src=x onerror="window.__pwned='summary'"&gt; Les patients sont concernés.</description></item>
</channel></rss>"""
PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{title}</title><script>window.__pwned = "page";</script></head>
<body><article><h1>Cyberattaque : {title}</h1>
<p>Les données de 750 000 patients ont été dérobées, selon l'agence régionale de santé, qui appelle à la vigilance.
Le texte suivant est une charge : &lt;script&gt;window.__pwned="text"&lt;/script&gt; et
&lt;img src=x onerror="window.__pwned='img'"&gt; ainsi que &lt;a href="javascript:window.__pwned='link'"&gt;clic&lt;/a&gt;.</p>
<p><img src="x" onerror="window.__pwned='real-img'"> Les pirates auraient usurpé des comptes de soignants pour accéder
aux services e-santé du GRADeS. <a href="javascript:window.__pwned='real-link'">Voir le communiqué</a>.</p>
<p>Les autorités rappellent qu'aucun organisme ne demande de coordonnées bancaires par téléphone et invitent les
patients à signaler tout appel suspect. L'enquête se poursuit et de nouvelles informations sont attendues.</p>
<p onmouseover="window.__pwned='attr'">Une cellule d'écoute est ouverte du lundi au vendredi pour les patients inquiets.</p>
</article></body></html>"""
READER_URLS = ["/", "/claims", "/sources", "/timeline", "/search?q=script", "/search?q=patients"]


@pytest.fixture
def hostile(site_pages, local_site, factory):
    """Crawl the hostile feed through the real crawler, then add a cluster whose label and claim carry the payload."""
    site_pages["/feed.xml"] = ("application/rss+xml; charset=utf-8", FEED.format(base=local_site).encode())
    site_pages["/hostile.html"] = ("text/html; charset=utf-8", PAGE.format(title=PAYLOAD_TITLE).encode())
    source = SourceSettings(name='Hostile <script>window.__pwned="source"</script>', url=f"{local_site}/feed.xml")
    settings = CrawlSettings(per_host_interval=0.0, respect_robots=False, extract_workers=1)
    # In a thread of its own: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        report = pool.submit(run_crawl, factory.db, sources=[source], settings=settings).result()
    assert report.counts["articles_new"] == 1, report.summary()
    article_id, text = factory.db.execute("SELECT id, text FROM articles").fetchone()
    assert "<script>" in text or "onerror" in text  # the payload survived extraction as text
    start = text.index("Le texte suivant")
    end = text.index(".", text.index("clic")) + 1
    spans = [(start, end)]
    cluster = factory.cluster(None, None, "asserted", text[start:end], verdict="unverified")
    factory.claim((article_id, spans), 0, cluster, slot=None, value=None, hedged=True)
    factory.recount()
    return {"article": article_id, "cluster": cluster}


def test_hostile_text_is_escaped_in_every_response(client, hostile):
    urls = READER_URLS + [f"/articles/{hostile['article']}", f"/claims/{hostile['cluster']}", "/feed.atom"]
    for url in ("/api/articles", "/api/clusters"):  # data, never rendered by a browser as a page
        response = client.get(url)
        assert response.mimetype == "application/json" and response.headers["X-Content-Type-Options"] == "nosniff"
    for url in urls:
        body = client.get(url).get_data(as_text=True)
        assert "<script>window" not in body and "<img src=x" not in body and "<img src=\"x\"" not in body, url
        assert 'href="javascript:' not in body, url


@pytest.mark.browser
def test_no_hostile_script_runs_in_the_browser(live_server, page, hostile):
    urls = READER_URLS + [f"/articles/{hostile['article']}", f"/claims/{hostile['cluster']}"]
    for url in urls:
        response = page.goto(live_server + url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.mouse.move(300, 400)
        for link in page.locator("main a").all()[:40]:
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith("javascript:"), (url, href)
        assert page.evaluate("typeof window.__pwned") == "undefined", (url, page.evaluate("window.__pwned"))
        assert page.locator("main img").count() == 0, url
    assert page.dialogs == []
    assert "window.__pwned" in page.locator("main").inner_text()  # shown as text, harmless
