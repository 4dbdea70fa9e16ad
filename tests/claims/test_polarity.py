"""Negation with its scope, and hedging."""

from __future__ import annotations

import pytest

from tests.claims.helpers import claims_of, slots_of

MEDICAL_DENIED = ("data_category", "medical", "denied")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Aucune donnée médicale n'a été dérobée.", "fr"),
        ("Les données médicales n'ont pas été consultées.", "fr"),
        ("Les dossiers médicaux ont été épargnés par les pirates.", "fr"),
        ("No medical data was accessed.", "en"),
        ("Health records were not affected by the breach.", "en"),
        ("Medical records were unaffected by the leak.", "en"),
    ],
)
def test_a_denial_is_a_denied_claim(text, lang):
    assert slots_of(text, lang) == {MEDICAL_DENIED}


def test_negation_stops_at_mais():
    found = slots_of("Les noms et prénoms ont été dérobés, mais pas les dossiers médicaux.")
    assert found == {("data_category", "identity", "asserted"), MEDICAL_DENIED}


def test_sans_opens_a_denied_clause():
    found = slots_of("Les données d'identité ont été dérobées, sans que les données médicales soient touchées.")
    assert found == {("data_category", "identity", "asserted"), MEDICAL_DENIED}


def test_ni_ni_denies_both():
    found = slots_of("Ni les données médicales ni les coordonnées bancaires n'ont été compromises.")
    assert found == {MEDICAL_DENIED, ("data_category", "banking", "denied")}


def test_negation_in_a_relative_clause_stays_there():
    found = slots_of("Les pirates, qui n'ont pas été identifiés, ont dérobé les noms et prénoms de patients.")
    assert found == {("data_category", "identity", "asserted")}


def test_ne_que_restricts_and_does_not_deny():
    found = slots_of("Les pirates n'ont eu accès qu'aux données d'identité, et non aux dossiers médicaux.")
    assert found == {("data_category", "identity", "asserted"), MEDICAL_DENIED}


def test_not_only_is_no_negation():
    assert slots_of("Not only names but also phone numbers were stolen.", "en") == {
        ("data_category", "identity", "asserted"),
        ("data_category", "contact", "asserted"),
    }


def test_negating_another_predicate_does_not_deny_the_theft():
    found = slots_of("Les données n'étaient pas chiffrées, ce qui a permis aux pirates de récupérer noms et prénoms.")
    assert found == {("data_category", "identity", "asserted")}


def test_the_french_conditional_hedges():
    assert claims_of("Les données de santé ne seraient pas concernées.") == {("data_category", "medical", "denied", True)}
    assert claims_of("Plus d'un million de personnes seraient concernées par la fuite.") == {
        ("victim_count", 1_000_000, "asserted", True)
    }


def test_an_imperfect_is_not_a_conditional():
    found = claims_of("Les numéros de téléphone figuraient parmi les données consultées.")
    assert found == {("data_category", "contact", "asserted", False)}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Selon l'agence, les noms des patients ont été dérobés.", "fr"),
        ("D'après nos informations, les noms des patients ont été dérobés.", "fr"),
        ("À ce stade, les noms des patients semblent avoir été dérobés.", "fr"),
        ("According to the agency, patients' names were stolen.", "en"),
        ("Patients' names were reportedly stolen.", "en"),
        ("Patients' names appear to have been stolen.", "en"),
    ],
)
def test_attribution_and_appearance_hedge(text, lang):
    assert ("data_category", "identity", "asserted", True) in claims_of(text, lang)


def test_a_reporting_verb_does_not_hedge():
    assert claims_of("Aucune coordonnée bancaire n'a été dérobée, a indiqué l'agence.") == {
        ("data_category", "banking", "denied", False)
    }


def test_il_n_est_pas_exclu_hedges_an_assertion():
    assert claims_of("Il n'est pas exclu que des adresses postales aient été consultées.") == {
        ("data_category", "contact", "asserted", True)
    }


def test_conditional_hedges_its_clause_only():
    found = claims_of("Les noms ont été volés, mais les données médicales auraient été épargnées.")
    assert found == {("data_category", "identity", "asserted", False), ("data_category", "medical", "denied", True)}


def test_a_speaking_organisation_is_not_denied_by_what_it_denies():
    # It is no organisation claim at all: speaking says nothing about being hit (claims/extraction/roles.py).
    found = slots_of("Le GRADeS précise que le NIR n'a pas été dérobé.")
    assert found == {("data_category", "social_security_number", "denied")}


def test_not_confirmed_is_no_denial():
    assert claims_of("Le vol de données bancaires n'a pas été confirmé.") == {("data_category", "banking", "asserted", True)}


def test_negation_after_though_stays_in_its_clause():
    found = claims_of("The accounts seem to have been taken over through phishing, though the operator has not said how.", "en")
    assert ("attack_vector", "phishing", "asserted", True) in found
    assert not any(c[2] == "denied" for c in found)


def test_a_colon_ends_a_clause():
    found = slots_of("Les identifiants des soignants ont été dérobés : aucun dossier médical n'a été ouvert.")
    assert found == {("data_category", "credentials", "asserted"), MEDICAL_DENIED}


def test_a_full_stop_inside_a_quotation_ends_a_clause():
    found = slots_of("« Ce qui a fuité, ce sont des noms. Pas de diagnostics », précise Anne Roy.")
    assert found == {("quote", "Anne Roy", "asserted"), ("data_category", "identity", "asserted"), MEDICAL_DENIED}


@pytest.mark.parametrize(
    "text, lang, denied, asserted",
    [
        ("Vos dossiers médicaux ont-ils été volés ? Non : seuls les noms ont été consultés.", "fr", "medical", "identity"),
        ("Were bank details taken? No, say the officials: only email addresses were stolen.", "en", "banking", "contact"),
    ],
)
def test_a_no_answers_the_question_and_denies_nothing_after_it(text, lang, denied, asserted):
    assert slots_of(text, lang) == {("data_category", denied, "denied"), ("data_category", asserted, "asserted")}


def test_the_month_of_may_hedges_nothing():
    got = claims_of("Hackers copied patients' medical records between 2 April and 18 May, the hospital said.", "en")
    assert ("data_category", "medical", "asserted", False) in got
    assert ("data_category", "medical", "asserted", True) in claims_of(
        "Hackers may have copied patients' medical records, the hospital said.", "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        # "nothing more than" restricts, it denies nothing
        ("For most customers the stolen report held nothing more than a full name and an email address.", "en"),
        ("Pour la plupart des clients, le fichier volé ne contenait rien de plus que le nom et l'adresse électronique.",
         "fr"),
    ],
)
def test_nothing_more_than_asserts_what_it_names(text, lang):
    from tests.claims.helpers import slots_of
    found = slots_of(text, lang)
    assert ("data_category", "identity", "asserted") in found and ("data_category", "contact", "asserted") in found
