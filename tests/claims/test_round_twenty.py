"""Faults any breach's coverage can trip (issue 9, round twenty), one test each, on sentences of our
own about invented incidents (the City of Harwick; the Clinique des Tilleuls; the Grand Lorvanne)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

CITY = IncidentContext(organizations=("City of Harwick",), keywords=("Harwick",), since=dt.date(2025, 3, 1))
CLINIC = IncidentContext(organizations=("Clinique des Tilleuls",), keywords=("Tilleuls",), since=dt.date(2025, 3, 1))
AGGLO = IncidentContext(organizations=("Grand Lorvanne",), keywords=("Grand Lorvanne",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext = CITY, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_data_said_not_taken_out_of_our_systems_does_not_deny_the_attack_on_them():
    text = ("“Nothing we have seen so far suggests that anyone's personal data was taken out of our systems,” the "
            "City of Harwick's mayor wrote, saying the city had switched off its servers once the ransomware got in.")
    assert ("City of Harwick", "denied") not in slot(text, "organization")


def test_staff_unable_to_get_into_their_computers_is_no_denial_of_the_attack():
    text = ("Staff at several City of Harwick agencies found they could not get into their computers, and by late "
            "morning a ransom note had appeared on the screens.")
    assert ("City of Harwick", "denied") not in slot(text, "organization")


def test_a_participle_of_the_attack_set_off_by_commas_is_not_denied_by_the_main_clause():
    text = ("Pour les patients de la clinique des Tilleuls, piratée le 7 juin, l'affaire n'a rien de théorique.")
    assert slot(text, "attack_date", CLINIC, "fr") == {("2025-06-07", "asserted")}


def test_the_way_in_named_in_a_definite_phrase_of_the_attack_is_given():
    text = "Not everyone accepts that the ransomware attack on the City of Harwick caused no significant disruption."
    assert slot(text, "attack_vector") == {("ransomware", "asserted")}
    # guard: an indefinite one denied stays denied
    assert slot("The City of Harwick said it was not a ransomware attack.", "attack_vector") == {("ransomware", "denied")}


def test_the_one_whose_turn_it_was_after_another_was_hit():
    text = ("Après la communauté d'agglomération de La Rochelle la semaine précédente, c'était au tour du Grand "
            "Lorvanne : l'attaque par rançongiciel qu'il a subie serait l'œuvre du groupe Pysa.")
    assert ("Grand Lorvanne", "asserted") in slot(text, "organization", AGGLO, "fr")


def test_identity_thieves_and_insurance_fraudsters_name_both_risks():
    text = ("Analysts point out that the mix of identifiers in the City of Harwick files is exactly what identity "
            "thieves and insurance fraudsters look for.")
    assert slot(text, "risk") == {("identity_theft", "asserted"), ("fraud", "asserted")}


def test_data_put_to_a_fraudulent_use_is_fraud():
    text = ("La police n'exclut pas que les informations dérobées à la clinique des Tilleuls soient exploitées à des "
            "fins commerciales, voire frauduleuses.")
    assert ("fraud", "asserted") in slot(text, "risk", CLINIC, "fr")


def test_calls_from_so_called_bank_employees_are_phishing():
    text = ("Méfiez-vous des appels ou courriels de prétendus employés de banque qui sembleraient en savoir long sur "
            "vous : ils pourraient puiser dans les fichiers volés à la clinique des Tilleuls.")
    assert ("phishing", "asserted") in slot(text, "risk", CLINIC, "fr")


def test_posing_as_the_customers_to_get_money_from_them_is_identity_theft_and_fraud():
    text = ("Le danger, c'est que les données de la clinique des Tilleuls servent à se faire passer pour des clients "
            "et à leur soutirer de l'argent.")
    assert slot(text, "risk", CLINIC, "fr") == {("identity_theft", "asserted"), ("fraud", "asserted")}
