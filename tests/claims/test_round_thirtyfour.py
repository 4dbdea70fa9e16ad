"""Faults any breach's coverage can trip (issue 9, round thirty-four), one test each, on sentences of our
own about invented incidents: the Ville de Corvenne, the Marlow Children's Hospital, the Fenmore Public
Library and the CCI Vallée d'Orbe."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))
MARLOW = IncidentContext(organizations=("Marlow Children's Hospital",), keywords=("Marlow",),
                         since=dt.date(2025, 11, 1))
LIBRARY = IncidentContext(organizations=("Fenmore Public Library",), keywords=("Fenmore",), since=dt.date(2025, 11, 1))
CHAMBER = IncidentContext(organizations=("CCI Vallée d'Orbe",), keywords=("CCI", "Orbe"), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = TOWN) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_title_with_its_full_stop_before_an_apposed_speaker_keeps_the_speaker():
    text = ("“We simply could not keep up, and then we were cut off,” Dr. Helen Vasquez, chief information officer "
            "of Marlow Children's Hospital, told a security forum this week.")
    assert slot(text, "quote", "en", MARLOW) == {("Helen Vasquez", "asserted")}


def test_a_capitalised_office_of_two_words_is_no_part_of_the_name():
    text = ("“It will be weeks, maybe months, before everything is back,” Chief Librarian Ada Quinn told the "
            "Fenmore Public Library's trustees on Thursday.")
    assert slot(text, "quote", "en", LIBRARY) == {("Ada Quinn", "asserted")}


def test_a_countdown_is_no_account():
    text = ("Le groupe a ajouté la Ville de Corvenne à la liste de ses victimes ; un compte à rebours y promet la "
            "mise en ligne des données exfiltrées.")
    assert slot(text, "attack_vector") == set()
    assert slot(text, "accounts_compromised") == set()


def test_a_day_after_the_article_is_no_attack_date():
    text = ("Un compte à rebours promet la mise en ligne des données exfiltrées à la Ville de Corvenne le 6 janvier "
            "2026 à midi.")
    assert slot(text, "attack_date") == set()


def test_a_weekday_and_day_without_a_month_take_the_month_named_before():
    text = ("L'attaque contre la Ville de Corvenne date du dimanche 14 décembre, et non du lundi 15, jour où la "
            "mairie l'a rendue publique.")
    assert slot(text, "attack_date") == {("2025-12-14", "asserted"), ("2025-12-15", "denied")}


def test_a_relative_clause_with_its_own_attack_word_dates_the_attack_not_the_claim():
    text = ("Le groupe qui revendique l'attaque dont la Ville de Corvenne a été victime le 14 décembre se fait "
            "appeler Medusa.")
    assert ("2025-12-14", "asserted") in slot(text, "attack_date")


def test_elsewhere_opening_a_sentence_turns_to_another_incident():
    text = ("Elsewhere, the Medusa gang says it took the private details of at least 500,000 clients of an "
            "auction house.")
    assert slot(text, "victim_count", "en", LIBRARY) == set()


def test_still_unable_to_say_denies_nothing_it_names():
    text = ("C'est au tour de la Ville de Corvenne d'être frappée par un rançongiciel ; installée dans les "
            "Hauts-de-France, la commune ne sait toujours pas dire ce que les pirates ont emporté.")
    assert slot(text, "region") == {("Hauts-de-France", "asserted")}


def test_care_going_on_without_interruption_is_no_impact_on_care():
    text = ("Marlow Children's Hospital took down its patient portal, but it insists that no medical records have "
            "been compromised and that patient care has gone on without interruption.")
    assert slot(text, "care_impact", "en", MARLOW) == {("care", "denied")}


def test_a_chamber_of_commerce_spelled_out_and_called_the_chamber_is_the_configured_cci():
    spelled = ("Dans la nuit du 12 au 13 décembre, la chambre de commerce et d'industrie Vallée d'Orbe a subi une "
               "offensive informatique contre tout son réseau.")
    assert ("CCI Vallée d'Orbe", "asserted") in slot(spelled, "organization", incident=CHAMBER)
    called = ("Sur l'attaque subie par la CCI Vallée d'Orbe, rien n'a filtré. La chambre juge « difficile à ce "
              "stade » d'en dire plus tant que dure l'enquête.")
    assert slot(called, "quote", incident=CHAMBER) == {("CCI Vallée d'Orbe", "asserted")}


def test_care_teams_back_on_paper_are_care_disrupted():
    text = ("La Ville de Corvenne, qui gère deux Ehpad, a été frappée dimanche par une cyberattaque ; les équipes "
            "soignantes sont repassées aux procédures manuelles, sur papier.")
    assert ("care", "asserted") in slot(text, "care_impact")


VELLANE = IncidentContext(organizations=("Vellane",), keywords=("Vellane",), since=dt.date(2025, 11, 1))


def test_the_kind_the_press_puts_before_a_name_keeps_the_attack_on_it():
    french = "Le gang a publié mardi une demande de rançon visant la marque de cosmétiques Vellane."
    english = "Police are investigating an attack on the French cosmetics maker Vellane."
    assert ("Vellane", "asserted") in slot(french, "organization", incident=VELLANE)
    assert ("Vellane", "asserted") in slot(english, "organization", "en", VELLANE)

