"""End to end on the bundled sample corpus (sample/): trafilatura's text in, claims out.

Checks what sample/README.md says must hold: the advice paragraphs give no denied data
claim, S3 (the 2024 Medilogis breach) and L4 (an off-topic page) are out of the incident,
and none of the decoy figures or regions becomes a claim.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import trafilatura

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.scope import judge_scope

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "sample" / "site"
O1 = "ars-normandie/espace-presse/2025/09/09/incident-cybersecurite-services-e-sante.html"
PAGES_IN = {
    "L1": "lavigie/2025/09/09/cyberattaque-donnees-patients-trois-regions.html",
    "O1": O1,
    "S2": "cyberscope/2025/09/11/fuite-donnees-patients-questions-reponses.html",
    "P1": "channelpost/news/french-health-data-breach-what-we-know.html",
}
# Pages without a date of their own: the pipeline takes the feed's (sample/README.md).
FEED_DATES = {PAGES_IN["P1"]: dt.date(2025, 9, 10)}
PAGES_OUT = {
    "S3": "cyberscope/2025/09/03/cnil-sanction-medilogis-fuite-2024.html",
    "L4": "lavigie/2025/09/10/hopital-saint-aurele-pole-mere-enfant.html",
}


def page(path: str) -> tuple[str, str, dt.date | None]:
    html = (SITE / path).read_bytes()
    meta = trafilatura.extract_metadata(html)
    published = dt.date.fromisoformat(meta.date[:10]) if meta and meta.date else None
    published = FEED_DATES.get(path, published)
    return (meta.title if meta else "") or "", trafilatura.extract(html) or "", published


@pytest.fixture(scope="module")
def incident() -> dict:
    return tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))["incident"]


def scope_of(path: str, incident: dict):
    title, text, published = page(path)
    return judge_scope(
        title=title, text=text, published=published, keywords=incident["keywords"],
        since=incident["since"], description=incident["description"], profile=load_profile(),
    )


@pytest.mark.parametrize("name", sorted(PAGES_IN))
def test_incident_pages_are_in(name, incident):
    assert scope_of(PAGES_IN[name], incident).in_incident


@pytest.mark.parametrize("name", sorted(PAGES_OUT))
def test_other_pages_are_out(name, incident):
    assert not scope_of(PAGES_OUT[name], incident).in_incident


def test_the_official_communique_reads_as_an_editor_would():
    _title, text, published = page(O1)
    found = {(c.slot, c.value, c.polarity) for c in extract_claims(text, profile=load_profile(), published=published)}
    expected = {
        ("data_category", "identity", "asserted"), ("data_category", "contact", "asserted"),
        ("data_category", "medical", "denied"), ("attack_vector", "impersonation", "asserted"),
        ("accounts_compromised", 10, "asserted"), ("attack_date", "2025-09-04", "asserted"),
        ("care_impact", "care", "denied"), ("risk", "phishing", "asserted"),
        ("quote", "Mathilde Ferrand-Oury", "asserted"), ("organization", "GRADeS", "asserted"),
    }
    assert expected <= found
    # The advice ("ne vous demanderont jamais vos coordonnées bancaires...") denies nothing.
    assert not {c for c in found if c[0] == "data_category" and c[1] in ("banking", "social_security_number", "credentials")}


def test_no_decoy_becomes_a_claim():
    for path in sorted(SITE.rglob("*.html")):
        if "private" in path.parts or path.name == "index.html":
            continue
        _title, text, published = page(str(path.relative_to(SITE)))
        for claim in extract_claims(text, profile=load_profile(), published=published):
            assert claim.value not in ("Occitanie", 300_000, 2_000_000, 3_000_000), (path.name, claim.text)
            assert not (claim.slot == "data_category" and claim.value == "banking"), (path.name, claim.text)
