"""Issue 9, second round: reading what the press words differently, with our own examples.

Context beyond the sentence (role nouns and pronouns resolved against the passage),
possibilities that state nothing, the labelling decisions D1-D17 of
tests/claims/realstyle/LABELLING.md, and vocabulary from the language rather than from one
breach's wording. Each test is a behaviour an editor would notice on the overview.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.lexicon import Folded, TermSet
from claims.extraction.model import IncidentContext

PUBLISHED = dt.date(2025, 3, 20)  # a Thursday
VIERZON = IncidentContext(organizations=("CH Vierzon",), keywords=("Vierzon",), since=dt.date(2025, 3, 1))
TELCO = IncidentContext(organizations=("Orbital Telecom",), keywords=("Orbital",), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "fr", incident: IncidentContext = VIERZON) -> set[tuple]:
    claims = extract_claims(text, profile=load_profile(), language=lang, published=PUBLISHED, incident=incident)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


def slots(text: str, lang: str = "fr", incident: IncidentContext = VIERZON) -> set[tuple]:
    return {c[:3] for c in found(text, lang, incident)}


# Context beyond the sentence.

def test_a_role_noun_speaking_is_the_organisation_it_stands_for():
    text = ("Le centre hospitalier de Vierzon a été visé par un rançongiciel. « Nous avons tout coupé dans la nuit », "
            "tranche l'établissement.")
    assert ("quote", "CH Vierzon", "asserted") in slots(text)


def test_a_role_noun_presented_as_attacked_is_a_claim_but_one_that_speaks_is_not():
    named = "Orbital Telecom compte trois millions d'abonnés. "
    attacked = "Le réseau de l'opérateur a été piraté dans la nuit de lundi."
    speaking = "L'opérateur assure que les mots de passe n'ont pas été consultés."
    assert ("organization", "Orbital Telecom", "asserted") in slots(named + attacked, incident=TELCO)
    assert not [c for c in slots(named + speaking, incident=TELCO) if c[0] == "organization"]


def test_a_role_noun_stands_for_no_organisation_the_text_has_not_named():
    """LABELLING.md D32: "l'opérateur" in a text that never names Orbital Telecom may be another
    operator; the incident's configuration alone does not make it this one."""
    attacked = "Le réseau de l'opérateur a été piraté dans la nuit de lundi."
    assert not [c for c in slots(attacked, incident=TELCO) if c[0] == "organization"]


def test_a_pronoun_speaker_is_the_speaker_described_before():
    text = ("A nurse at the Vierzon hospital, who asked not to be named, described the night. "
            "“We wrote every prescription by hand,” she said.")
    assert ("quote", "nurse at the Vierzon hospital", "asserted") in slots(text, "en")


def test_it_said_is_the_organisation():
    text = "Orbital Telecom was hit on Monday. “Our engineers cut the link within the hour,” it said."
    assert ("quote", "Orbital Telecom", "asserted") in slots(text, "en", TELCO)


def test_a_possessive_office_is_the_organisations():
    text = "« Aucune donnée de santé n'a quitté nos serveurs », affirme son directeur."
    assert ("quote", "directeur de CH Vierzon", "asserted") in slots(text)


def test_a_back_reference_reads_the_sentence_before():
    text = "Hackers stole files from the insurer's servers. Those details are names, dates of birth and policy numbers."
    got = slots(text, "en")
    assert {("data_category", "identity", "asserted"), ("data_category", "insurance", "asserted")} <= got


# Possibilities state nothing but a risk.

def test_a_list_of_possibilities_gives_no_vector():
    text = ("Whether through a phishing email, a stolen password or an unpatched server, the hospital has not said "
            "how the intruders got in.")
    assert not [c for c in slots(text, "en") if c[0] in ("attack_vector", "data_category")]


def test_a_condition_gives_no_data_claim_but_keeps_the_risk():
    got = slots("Au cas où des coordonnées bancaires auraient fuité, les patients pourraient être visés par des "
                "tentatives d'hameçonnage.")
    assert ("risk", "phishing", "asserted") in got
    assert not [c for c in got if c[0] == "data_category"]


# LABELLING.md decisions.

def test_d1_a_service_running_beside_a_disruption_is_no_denial():
    got = slots("Les urgences restent ouvertes, mais les consultations non urgentes sont reportées.")
    assert ("care_impact", "care", "asserted") in got and ("care_impact", "care", "denied") not in got


def test_d2_an_unnamed_source_hedges_and_a_named_one_does_not():
    assert ("data_category", "medical", "asserted", True) in found(
        "Des dossiers médicaux ont été copiés, affirme une source proche du dossier.")
    assert ("data_category", "medical", "asserted", False) in found(
        "Des dossiers médicaux ont été copiés, affirme le directeur du centre hospitalier de Vierzon.")


def test_d3_the_attackers_claim_is_hedged():
    assert ("victim_count", 120000, "asserted", True) in found(
        "The gang claims to hold the records of 120,000 patients.", "en")


def test_d4_absence_of_evidence_hedges_a_time_marker_does_not():
    assert ("data_category", "medical", "denied", True) in found(
        "Nothing suggests that medical records have left the hospital's servers.", "en")
    assert ("data_category", "banking", "denied", False) in found(
        "À ce stade, aucune coordonnée bancaire n'a été dérobée.")


def test_d5_d6_parts_and_replaced_figures_give_no_count():
    got = slots("The hospital first put the number of people affected at 40,000 before revising it, after a full "
                "review, to 52,000.", "en")
    assert ("victim_count", 52000, "asserted") in got and ("victim_count", 40000, "asserted") not in got
    assert not [c for c in slots("Some 9,000 of them are children, and a further 3,000 records were copied.", "en")
                if c[0] == "victim_count"]


def test_d8_a_fake_adviser_call_is_phishing_and_fake_mandates_are_fraud():
    got = slots("Les escrocs pourraient appeler en se faisant passer pour un conseiller bancaire, puis signer de faux "
                "mandats de prélèvement.")
    assert {("risk", "phishing", "asserted"), ("risk", "fraud", "asserted")} <= got


def test_d9_replayed_passwords_are_a_vector_not_data_taken():
    got = slots("The attackers logged in with passwords reused from other sites, a technique known as credential "
                "stuffing.", "en")
    assert ("attack_vector", "impersonation", "asserted") in got
    assert ("data_category", "credentials", "asserted") not in got


def test_d12_a_region_in_a_bodys_name_places_nothing_a_demonym_does():
    assert not [c for c in slots("L'ARS Centre-Val de Loire a déclenché une cellule de crise après la cyberattaque.")
                if c[0] == "region"]
    assert ("region", "Bretagne", "asserted") in slots("Des patients bretons figurent dans les fichiers dérobés.")
    assert not [c for c in slots("Des rendez-vous ont été reprogrammés, selon des soignants interrogés par Le Courrier "
                                 "normand.") if c[0] == "region"]  # an adjective in a newspaper's name


def test_d14_a_ransom_note_is_ransomware():
    assert ("attack_vector", "ransomware", "asserted") in slots(
        "A ransom note appeared on every screen of the hospital on Sunday.", "en")


# Vocabulary from the language.

@pytest.mark.parametrize("text, lang, category", [
    ("Les pirates ont dérobé les RIB de milliers d'adhérents.", "fr", "banking"),
    ("Hackers took policyholders' insurance details and member numbers.", "en", "insurance"),
    ("Les résultats d'analyses biologiques de 3 000 patients ont fuité.", "fr", "medical"),
    ("The stolen files include PPS numbers.", "en", "social_security_number"),
    ("Des adresses électroniques et des numéros de portable ont été exposés.", "fr", "contact"),
    ("The intruders copied discharge summaries and medical histories.", "en", "medical"),
])
def test_data_categories_in_their_common_wordings(text, lang, category):
    assert ("data_category", category, "asserted") in slots(text, lang)


def test_a_phrase_holding_a_term_but_naming_no_data_is_blocked():
    assert not [c for c in slots("Joint par téléphone, le directeur a confirmé la fuite au nom de l'hôpital.")
                if c[0] == "data_category"]
    assert not [c for c in slots("The hospital can only be reached by telephone since the breach.", "en")
                if c[0] == "data_category"]


def test_a_configured_name_is_read_in_short():
    incident = IncidentContext(organizations=("Kestrel Health",))
    assert ("organization", "Kestrel Health", "asserted") in slots(
        "Intruders were inside Kestrel's network for three weeks.", "en", incident)


def test_a_term_list_is_not_scanned_where_none_of_its_words_is():
    terms = TermSet([("x", "l'opérateur"), ("y", "ne ... pas")])
    assert not terms.find(Folded("Le serveur est tombé."))
    assert [v for v, _s, _e in terms.find(Folded("L'opérateur ne répond pas."))] == ["x", "y"]
