"""The JSON API returns the export's objects with the contract's fields, and /healthz reports the last crawl."""

CLUSTER_FIELDS = {"id", "slot", "value", "polarity", "label", "verdict", "verdict_by", "reason", "outlier",
                  "sources", "claim_ids",
                  "official_claim_ids", "first_seen"}
ARTICLE_FIELDS = {"id", "url", "title", "source_id", "published", "language", "official", "in_incident", "relevance",
                  "in_incident_by"}
CLAIM_FIELDS = {"id", "article_id", "slot", "value", "polarity", "hedged", "text", "start", "end", "cluster_id",
                "status"}


def test_clusters_have_the_export_fields_and_numeric_values(client, incident):
    data = client.get("/api/clusters").get_json()
    assert data["incident"] == "ehealth-2025-09"
    by_id = {c["id"]: c for c in data["clusters"]}
    assert len(by_id) == len(incident.clusters)
    assert all(set(c) == CLUSTER_FIELDS for c in by_id.values())
    big = by_id[incident.clusters["count_1_4m"]]
    assert big["value"] == 1400000 and big["verdict"] == "contradicted"
    confirmed = by_id[incident.clusters["count_750k"]]
    assert confirmed["official_claim_ids"] == [incident.claims["ars_count"]]
    assert len(confirmed["claim_ids"]) == 3


def test_cluster_filter_and_one_cluster_with_its_claims(client, incident):
    disputed = client.get("/api/clusters?verdict=disputed").get_json()["clusters"]
    assert {c["id"] for c in disputed} == {incident.clusters["ssn"], incident.clusters["no_ssn"]}
    assert client.get("/api/clusters?verdict=nope").status_code == 400
    one = client.get(f"/api/clusters/{incident.clusters['count_1_4m']}").get_json()
    assert one["cluster"]["id"] == incident.clusters["count_1_4m"]
    assert [set(c) for c in one["claims"]] == [CLAIM_FIELDS]
    assert one["claims"][0]["hedged"] is True
    missing = client.get("/api/clusters/9999")
    assert missing.status_code == 404 and missing.get_json() == {"error": "not found"}


def test_articles_page_through(client, incident):
    data = client.get("/api/articles?limit=2").get_json()
    assert len(data["articles"]) == 2 and all(set(a) == ARTICLE_FIELDS for a in data["articles"])
    rest = client.get("/api/articles?limit=100&offset=2").get_json()["articles"]
    assert len(rest) == 3
    assert [a["in_incident"] for a in rest].count(False) == 1
    assert data["total"] == 5
    assert client.get("/api/articles?limit=x").status_code == 400


def test_healthz_reports_the_last_crawl(client, incident):
    data = client.get("/healthz").get_json()
    assert data["status"] == "ok" and data["last_crawl"]


def test_healthz_fails_when_the_database_does_not_answer(client, db_path, engine, request):
    if engine == "postgresql":
        request.getfixturevalue("postgres_server").drop(db_path)
    else:
        for path in db_path.parent.glob(db_path.name + "*"):
            path.unlink()
    assert client.get("/healthz").status_code == 503


def test_clusters_page_through_with_the_same_objects(client, incident):
    every = client.get("/api/clusters?limit=1000").get_json()
    assert every["total"] == len(incident.clusters) == len(every["clusters"])
    pages = [client.get(f"/api/clusters?limit=4&offset={o}").get_json() for o in range(0, 12, 4)]
    assert [c for p in pages for c in p["clusters"]] == every["clusters"]
    assert pages[1]["limit"] == 4 and pages[1]["offset"] == 4 and pages[1]["total"] == every["total"]
    assert client.get("/api/clusters?offset=-3").get_json()["offset"] == 0
    assert client.get("/api/clusters?limit=nope").status_code == 400


def test_one_clusters_claims_page_through(client, incident):
    cluster_id = incident.clusters["count_750k"]
    whole = client.get(f"/api/clusters/{cluster_id}").get_json()
    assert whole["total"] == 3 == len(whole["claims"]) == len(whole["cluster"]["claim_ids"])
    parts = [client.get(f"/api/clusters/{cluster_id}?limit=2&offset={o}").get_json()["claims"] for o in (0, 2)]
    assert parts[0] + parts[1] == whole["claims"] and len(parts[1]) == 1
    assert [c["id"] for c in whole["claims"]] == whole["cluster"]["claim_ids"]
