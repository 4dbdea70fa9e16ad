"""The exports have the contract's shape exactly: JSON object, schema.org ClaimReview, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import given, strategies as st

from claims.grouping.cluster import assign_pending
from claims.views.export import CSV_COLUMNS, export_claimreview, export_csv, export_json
from claims.grouping.refresh import refresh_clusters
from tests.claims.seed import INCIDENT, add_article, add_claim

CONTRACT = {
    "sources": {"id", "name", "url", "official"},
    "articles": {"id", "url", "title", "source_id", "published", "language", "official", "in_incident",
                 "relevance", "in_incident_by"},
    "claims": {"id", "article_id", "slot", "value", "polarity", "hedged", "text", "start", "end", "cluster_id",
               "status"},
    "clusters": {"id", "slot", "value", "polarity", "label", "verdict", "verdict_by", "reason", "outlier",
                 "sources", "claim_ids", "official_claim_ids", "first_seen"},
}


def seeded(db):
    ars = add_article(db, "ARS", "communiqué", official=True, published="2025-09-09")
    press = add_article(db, "Gazette", "article", published="2025-09-10")
    other = add_article(db, "Gazette", "hors sujet", published="2025-09-03")
    ids = {
        "official10": add_claim(db, ars, "accounts_compromised", 10, text="Une dizaine de comptes."),
        "press50": add_claim(db, press, "accounts_compromised", 50, hedged=True, text="Une cinquantaine."),
        "press10": add_claim(db, press, "accounts_compromised", 10, text="Dix comptes."),
        "elsewhere": add_claim(db, other, "victim_count", 750000, in_incident=False, text="750 000 patients."),
    }
    assign_pending(db, embed=None, model=None, threshold=0.9)
    refresh_clusters(db)
    return ids


def test_json_export_has_the_contracts_shape(db):
    ids = seeded(db)
    data = json.loads(json.dumps(export_json(db, INCIDENT)))
    assert set(data) == {"incident", *CONTRACT}
    assert data["incident"]["id"] == "ehealth-2025-09" and data["incident"]["title"] == INCIDENT.title
    for name, keys in CONTRACT.items():
        assert data[name], name
        for item in data[name]:
            assert set(item) == keys, name
    claims = {c["id"]: c for c in data["claims"]}
    assert claims[ids["press50"]]["value"] == 50 and claims[ids["press50"]]["hedged"] is True
    assert claims[ids["elsewhere"]]["cluster_id"] is None  # kept, but in no cluster
    clusters = {c["value"]: c for c in data["clusters"]}
    assert set(clusters) == {10, 50}
    assert clusters[10]["claim_ids"] == sorted([ids["official10"], ids["press10"]])
    assert clusters[10]["official_claim_ids"] == [ids["official10"]]
    assert clusters[50]["verdict"] == "contradicted" and clusters[50]["official_claim_ids"] == [ids["official10"]]
    assert clusters[10]["first_seen"] == "2025-09-09" and clusters[10]["verdict_by"] == "computed"
    assert clusters[10]["sources"] == 2 and clusters[10]["outlier"] is False
    assert clusters[50]["reason"]["code"] == "official_other_value"
    assert clusters[50]["reason"]["claim_ids"] == [ids["official10"]] and clusters[50]["reason"]["source_ids"]
    articles = {a["source_id"]: a for a in data["articles"]}
    assert any(a["official"] for a in articles.values())
    assert {a["in_incident"] for a in data["articles"]} == {True, False}


def test_json_ids_are_stable_across_refreshes(db):
    seeded(db)
    before = export_json(db, INCIDENT)
    refresh_clusters(db, everything=True)
    assert export_json(db, INCIDENT) == before


def test_claimreview_has_schema_org_required_fields(db):
    seeded(db)
    reviews = export_claimreview(db, INCIDENT, base_url="https://recoupe.example")
    assert len(reviews) == 2  # confirmed and contradicted; unverified clusters are not reviews
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["url"].startswith("https://recoupe.example/claims/")
        assert review["claimReviewed"]
        dt.date.fromisoformat(review["datePublished"])
        assert review["author"]["@type"] in ("Organization", "Person") and review["author"]["name"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] in ("Confirmé", "Contredit")
        assert review["inLanguage"] == "fr"
        assert rating["ratingExplanation"].startswith(("Confirmé par ARS", "Contredit : le chiffre officiel est 10"))
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]
        assert all(a["@type"] == "CreativeWork" and a["url"] for a in item["appearance"])


def test_an_editors_verdict_makes_a_review_signed_by_the_editor(db):
    seeded(db)
    cluster = db.execute("SELECT id FROM clusters WHERE verdict = 'contradicted'").fetchone()[0]
    with db.transaction():
        db.execute("INSERT INTO editor_verdicts VALUES (?, 'unverified', 'awaiting the CNIL', 'alice', "
                   "'2025-09-12T10:00:00+00:00')", [cluster])
    refresh_clusters(db)
    review = next(r for r in export_claimreview(db, INCIDENT) if r["url"].endswith(f"/{cluster}"))
    assert review["author"] == {"@type": "Person", "name": "alice"}
    assert review["datePublished"] == "2025-09-12"
    assert review["reviewRating"]["alternateName"] == "Non confirmé"
    assert review["reviewRating"]["ratingExplanation"] == "Verdict de la rédaction (alice) : awaiting the CNIL"


def test_a_claimreview_speaks_the_language_of_the_claim(db):
    ars = add_article(db, "ARS", "communiqué", official=True, published="2025-09-09T17:00:00+02:00")
    post = add_article(db, "The Channel Post", "news", published="2025-09-10T08:10:00+00:00")
    with db.transaction():
        db.execute("UPDATE articles SET language = 'en' WHERE id = ?", [post])
    add_claim(db, ars, "attack_date", "2025-09-04", text="Le 4 septembre, des connexions inhabituelles...")
    add_claim(db, post, "attack_date", "2025-09-06", text="The intrusion was detected on 6 September.")
    assign_pending(db, embed=None, model=None, threshold=0.9)
    refresh_clusters(db)
    review = next(r for r in export_claimreview(db, INCIDENT) if r["claimReviewed"].startswith("The intrusion"))
    assert review["inLanguage"] == "en" and review["reviewRating"]["alternateName"] == "Contradicted"
    assert review["reviewRating"]["ratingExplanation"] == (
        "Contradicted: the official date is 4 September 2025 (ARS, statement of 9 September)")


def test_csv_has_one_row_per_claim(db):
    ids = seeded(db)
    rows = list(csv.DictReader(io.StringIO(export_csv(db))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [int(r["claim_id"]) for r in rows] == sorted(ids.values())
    fifty = next(r for r in rows if r["value"] == "50")
    assert fifty["verdict"] == "contradicted" and fifty["hedged"] == "1" and fifty["official"] == "0"


def test_per_id_and_paged_objects_are_the_full_exports(db):
    """The API reads one cluster, a verdict or a page at a time; each object must be the full export's."""
    from claims.views.export import article_objects, claim_objects, cluster_count, cluster_objects

    seeded(db)
    full = export_json(db, INCIDENT)
    clusters = {c["id"]: c for c in full["clusters"]}
    for cluster_id, expected in clusters.items():
        assert cluster_objects(db, cluster_ids=[cluster_id]) == [expected]
        assert claim_objects(db, cluster_id=cluster_id) == [c for c in full["claims"] if c["cluster_id"] == cluster_id]
    assert cluster_objects(db, cluster_ids=[999_999]) == []
    for verdict in ("confirmed", "contradicted", "unverified"):
        assert cluster_objects(db, verdict=verdict) == [c for c in full["clusters"] if c["verdict"] == verdict]
        assert cluster_count(db, verdict=verdict) == len(cluster_objects(db, verdict=verdict))
    pages = [cluster_objects(db, limit=1, offset=i) for i in range(len(clusters) + 1)]
    assert [c for page in pages for c in page] == full["clusters"] and pages[-1] == []
    assert cluster_count(db) == len(full["clusters"])
    assert article_objects(db, limit=2, offset=1) == full["articles"][1:3]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_run_are_prefixed(db, start):
    ids = seeded(db)
    payload = f'{start}HYPERLINK("http://evil.example","clic")'
    with db.transaction():
        db.execute("UPDATE claims SET text = ? WHERE id = ?", [payload, min(ids.values())])
        db.execute("UPDATE sources SET name = ? WHERE id = (SELECT min(id) FROM sources)", [start + "cmd|' /C calc'!A0"])
    rows = list(csv.reader(io.StringIO(export_csv(db), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + payload in cells
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in cells)
    assert not any(cell.startswith("-") for cell in cells), "no negative numbers here: every '-' is text"


@given(st.text(max_size=30))
def test_spreadsheet_cell_never_starts_a_formula(text):
    from claims.views.export import spreadsheet_cell

    cell = spreadsheet_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (text, "'" + text)
