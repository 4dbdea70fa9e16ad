"""Slot rules: enumerations, regions, organisations, counts, vectors against risks, care."""

from __future__ import annotations

import pytest

from tests.claims.helpers import claims_of, slots_of


def test_an_enumeration_gives_one_claim_per_category():
    found = slots_of(
        "Les pirates ont dérobé les nom, prénom et âge de patients et, dans certains cas, "
        "leur téléphone ou leur adresse e-mail."
    )
    assert found == {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")}


def test_a_bulleted_list_reads_with_its_lead():
    found = slots_of("Les données concernées sont :\n- nom et prénom ;\n- date de naissance ;\n- numéro de téléphone.")
    assert found == {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")}


def test_longest_term_wins():
    assert slots_of("Les coordonnées bancaires des patients ont été dérobées.") == {("data_category", "banking", "asserted")}


def test_data_named_without_a_theft_word_is_no_claim():
    assert slots_of("Les données de santé sont hébergées sur des serveurs certifiés.") == set()


@pytest.mark.parametrize(
    "text, lang, region",
    [
        ("Les patients des Pays-de-la-Loire sont concernés.", "fr", "Pays de la Loire"),
        ("La Normandie est touchée par la fuite.", "fr", "Normandie"),
        ("Normandy was hit by the breach.", "en", "Normandie"),
        ("Les Franciliens sont concernés par l'attaque.", "fr", "Île-de-France"),
        ("Les patients de La Réunion sont touchés.", "fr", "La Réunion"),
    ],
)
def test_region_variants(text, lang, region):
    assert ("region", region, "asserted") in slots_of(text, lang)


def test_a_common_word_is_no_region():
    assert not any(c[0] == "region" for c in slots_of("Une réunion de crise a suivi la cyberattaque."))


def test_counts_need_a_noun_and_know_victims_from_accounts():
    assert slots_of("Les données de 1,4 million de patients ont été consultées.") == {("victim_count", 1_400_000, "asserted")}
    assert ("accounts_compromised", 10, "asserted") in slots_of(
        "Les attaquants ont usurpé l'identité d'une dizaine de professionnels de santé."
    )
    assert not any(c[0] in ("victim_count", "accounts_compromised") for c in slots_of("L'attaque a eu lieu en 2025."))


def test_phishing_is_a_risk_or_a_vector_by_its_context():
    assert slots_of("Ces informations pourraient être utilisées pour des tentatives d'hameçonnage.") == {
        ("risk", "phishing", "asserted")
    }
    assert slots_of("Les attaquants ont obtenu leurs accès grâce à une campagne d'hameçonnage.") == {
        ("attack_vector", "phishing", "asserted")
    }


def test_a_risk_is_not_hedged_by_its_own_could():
    assert claims_of("Patients could be targeted by phishing campaigns.", "en") == {("risk", "phishing", "asserted", False)}


@pytest.mark.parametrize(
    "text, lang, polarity",
    [
        ("La prise en charge des patients n'est pas affectée.", "fr", "denied"),
        ("L'activité des établissements se poursuit normalement.", "fr", "denied"),
        ("Plusieurs opérations ont dû être déprogrammées après la cyberattaque.", "fr", "asserted"),
        ("Patient care was unaffected.", "en", "denied"),
        ("Appointments were cancelled at several hospitals.", "en", "asserted"),
    ],
)
def test_care_impact(text, lang, polarity):
    assert slots_of(text, lang) == {("care_impact", "care", polarity)}


def test_free_text_keeps_check_worthy_sentences_without_slot():
    assert claims_of("Une plainte a été déposée et la CNIL a été notifiée de l'incident.") == {(None, None, "asserted", False)}
    assert claims_of("Le temps était clément ce jour-là.") == set()
