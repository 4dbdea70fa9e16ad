"""Readers' pages through Flask's test client: every route answers, shows the verdicts, and escapes what it shows."""

import xml.etree.ElementTree as ET

import pytest


ATOM = "{http://www.w3.org/2005/Atom}"
READER_PAGES = ["/", "/claims", "/claims?verdict=confirmed", "/sources", "/timeline", "/timeline?show=confirmed",
                "/search", "/search?q=patients", "/feed.atom", "/login"]


@pytest.mark.parametrize("url", READER_PAGES)
def test_every_reader_page_answers_on_an_empty_database(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", READER_PAGES)
def test_every_reader_page_answers_with_an_incident(client, incident, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "Content-Security-Policy" in response.headers


def test_pages_are_french_by_default_and_english_on_request(client, incident):
    assert "Contredit" in client.get("/").get_data(as_text=True)
    assert '<html lang="fr">' in client.get("/").get_data(as_text=True)
    english = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert "Contradicted" in english and '<html lang="en">' in english
    german = client.get("/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert "Contredit" in german


def test_overview_counts_every_verdict(client, incident):
    html = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    for heading in ("Confirmed by official sources", "Contradicted by official sources", "Disputed between sources",
                    "Not confirmed by anyone official yet"):
        assert heading in html
    assert "People affected: 1,400,000" in html
    assert "13 statements from 5 articles by 5 sources" in html


def test_claims_group_by_slot_with_badges_in_words_and_symbols(client, incident):
    html = client.get("/claims", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert html.index("People affected") < html.index("Data stolen") < html.index("Other statements")
    assert "✗</span> Contradicted" in html and "✓</span> Confirmed" in html
    filtered = client.get("/claims?verdict=disputed", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "social security numbers" in filtered and "1\u202f400\u202f000" not in filtered
    assert client.get("/claims?verdict=bogus").status_code == 404


def test_cluster_puts_the_official_statement_beside_the_media_claim(client, incident):
    html = client.get(f"/claims/{incident.clusters['count_1_4m']}", headers={"Accept-Language": "en"}).get_data(
        as_text=True)
    official = html.index("The official word")
    media = html.index("What the media say")
    assert official < html.index("750 000 patients (nom, prénom, âge)") < media
    assert media < html.index("1,4 million de patients seraient")
    assert "hedged: reported as unconfirmed" in html
    assert f"/articles/{incident.articles['vigie']}#claim-{incident.claims['vigie_count']}" in html


def test_unknown_and_merged_clusters(client, incident, factory):
    assert client.get("/claims/9999").status_code == 404
    with factory.db.transaction():
        factory.db.execute("UPDATE clusters SET merged_into = ? WHERE id = ?",
                           [incident.clusters["count_750k"], incident.clusters["count_1_4m"]])
    response = client.get(f"/claims/{incident.clusters['count_1_4m']}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/claims/{incident.clusters['count_750k']}")


def test_sources_matrix_shows_who_agrees_with_the_official_word(client, incident):
    html = client.get("/sources", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert html.index("ARS Normandie") < html.index("France Matin")  # official sources first
    row = html[html.index("La Vigie du Nord</th>"):]
    row = row[:row.index("</tr>")]
    assert "verdict-contradicted" in row and "1,400,000" in row


def test_timeline_tells_confirmed_facts_and_keeps_the_rest_behind_a_filter(client, incident):
    confirmed = client.get("/timeline", headers={"Accept-Language": "en"}).get_data(as_text=True)
    everything = client.get("/timeline?show=all", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Hauts-de-France" in everything and "Hauts-de-France" not in confirmed
    assert "1,400,000" in everything and "1,400,000" not in confirmed  # contradicted: behind the filter
    assert "750,000" in confirmed and confirmed.count("People affected: 750,000") == 1  # each fact once
    assert everything.index("1,400,000") < everything.index("750,000")  # reported first, on the 9th
    assert "18:00" in everything  # the time of day the source gave, in Paris time
    assert "Confirmed by an official source" in confirmed


def test_atom_feed_is_valid_xml_with_confirmed_facts(client, incident):
    response = client.get("/feed.atom")
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert all(e.findtext(f"{ATOM}updated").count("T") == 1 for e in entries)


def test_article_marks_its_claims_and_links_to_verdicts(client, incident):
    html = client.get(f"/articles/{incident.articles['vigie']}").get_data(as_text=True)
    assert f'id="claim-{incident.claims["vigie_count"]}"' in html
    assert "claim-mark verdict-contradicted hedged" in html
    assert f'href="/claims/{incident.clusters["count_1_4m"]}"' in html
    assert client.get("/articles/9999").status_code == 404


def test_search_finds_articles_and_claims_without_accents(client, incident):
    html = client.get("/search?q=securite sociale", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "<mark>sécurité</mark>" in html
    assert "Numéros de sécurité sociale dans la nature" in html
    # FTS syntax typed by a reader is taken as words, never as an error
    assert client.get('/search?q="unbalanced AND (').status_code == 200


def test_search_follows_new_articles_through_triggers(client, incident, factory):
    source = incident.sources["matin"]
    factory.article(source, "Un article tout neuf", ["Le mot zygomorphe apparaît ici."], published="2025-09-12")
    assert "Un article tout neuf" in client.get("/search?q=zygomorphe").get_data(as_text=True)


def test_crawled_markup_is_escaped_everywhere(client, factory):
    payload = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    source = factory.source(f"Outlet {payload}")
    article = factory.article(source, f"Title {payload}", [f"Une phrase {payload} sur les patients."],
                              published="2025-09-10", url="javascript:alert(3)")
    cluster = factory.cluster(None, None, "asserted", f"Label {payload}", verdict="unverified")
    factory.claim(article, 0, cluster, slot=None, value=None)
    factory.recount()
    for url in ("/", "/claims", f"/claims/{cluster}", f"/articles/{article[0]}", "/sources", "/timeline",
                "/search?q=patients", "/feed.atom"):
        body = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in body and "<img src=x" not in body, url
        assert 'href="javascript:' not in body, url
    assert "&lt;script&gt;" in client.get(f"/articles/{article[0]}").get_data(as_text=True)


def test_long_lists_are_paged(client, incident, monkeypatch):
    """On a large store /claims shows each slot's first clusters with a link to the rest, pages of them, and
    cluster pages and the timeline page too."""
    from claims.views import reading

    monkeypatch.setattr(reading, "SLOT_PREVIEW", 2)
    monkeypatch.setattr(reading, "PAGE_SIZE", 1)
    monkeypatch.setattr(reading, "TIMELINE_SIZE", 2)
    html = client.get("/claims").get_data(as_text=True)
    assert "/claims?slot=data_category" in html and html.count('class="card ') == 2 + 2 + 2 + 1
    first = client.get("/claims?slot=data_category").get_data(as_text=True)
    assert first.count('class="card ') == 1 and "page=2" in first and "Page 1 sur 4" in first
    last = client.get("/claims?slot=data_category&page=4").get_data(as_text=True)
    assert last.count('class="card ') == 1 and 'rel="next"' not in last
    assert client.get("/claims?slot=data_category&page=5").status_code == 404
    assert client.get("/claims?slot=nope").status_code == 404
    assert client.get("/claims?slot=text").status_code == 200
    cluster = client.get(f"/claims/{incident.clusters['count_750k']}?page=2").get_data(as_text=True)
    assert cluster.count('<figure class="claim') == 1 and "(2)" in cluster
    timeline = client.get("/timeline").get_data(as_text=True)
    assert timeline.count('class="event ') == 2 and 'rel="next"' in timeline
