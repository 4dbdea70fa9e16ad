"""Faults any breach's coverage can trip (issue 9, round thirty-seven), one test each, on sentences of our
own about invented incidents: the Fenmore Energy group and the Marlow Medical Center."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

FENMORE = IncidentContext(organizations=("Fenmore Energy",), keywords=("Fenmore",), since=dt.date(2025, 11, 1))
MARLOW = IncidentContext(organizations=("Marlow Medical Center",), keywords=("Marlow",), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, incident: IncidentContext = FENMORE) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, "en", PUBLISHED, incident) if c[0] == name}


def test_where_a_speaker_is_based_is_no_part_of_its_name():
    text = ("Calgary-based Fenmore Energy confirmed late Sunday that it had suffered a “cyber security incident” at its "
            "fuel stations.")
    assert slot(text, "quote") == {("Fenmore Energy", "asserted")}


def test_a_clause_with_a_modal_verb_is_no_speaker():
    text = ("Ian L. Orton, chief executive of a security firm, said the card and app failures could be only the “tip of "
            "the iceberg”: as early as Friday, he said, he was hearing that Marlow staff could not log in.")
    assert not any(value and "could be" in value for value, _p in slot(text, "quote", MARLOW))


def test_a_speaker_of_eight_words_before_the_verb():
    text = ("The hospital “cannot take patients arriving by ambulance for now”, county public safety communications "
            "officer Chuck Hale explained by email.")
    assert slot(text, "quote", MARLOW) == {("Chuck Hale", "asserted")}


def test_the_day_a_gang_made_good_on_its_threat_dates_no_attack():
    text = ("The gang that broke into Fenmore Energy's network made good on its threat on Thursday, posting what it "
            "called the company's full data.")
    assert slot(text, "attack_date") == set()


def test_procedures_on_hold_are_care_disrupted():
    text = ("Marlow Medical Center said on Friday that all elective procedures were on hold until its systems are back "
            "after the cyberattack.")
    assert ("care", "asserted") in slot(text, "care_impact", MARLOW)


def test_a_cloud_access_key_is_a_credential():
    text = "The intruder got into Marlow Medical Center using a compromised Amazon Web Services key."
    assert ("credentials", "asserted") in slot(text, "data_category", MARLOW)


def test_unusual_emails_to_treat_with_caution_are_a_phishing_risk():
    text = ("Fenmore Energy members whose details were taken are urged to treat unusual emails and messages with "
            "caution.")
    assert ("phishing", "asserted") in slot(text, "risk")


TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))


def french(text: str, name: str) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, "fr", PUBLISHED, TOWN) if c[0] == name}


def test_an_indefinite_spokesperson_the_sentence_opens_on_speaks_for_the_organisation():
    text = ("Contacté, un porte-parole de la Ville de Corvenne confirme qu'une rançon a été réclamée : « Tout ce que nous "
            "pouvons confirmer, c'est qu'un rançongiciel a été utilisé », déclare-t-il.")
    assert french(text, "quote") == {("Ville de Corvenne", "asserted")}


def test_an_unnamed_person_the_sentence_opens_on_keeps_her_complement():
    text = ("Une patiente de Marlenne, l'une des communes servies par la Ville de Corvenne, a vu ses démarches "
            "bloquées par la cyberattaque dimanche. « Tout allait au ralenti », raconte-t-elle.")
    assert french(text, "quote") == {("patiente de Marlenne", "asserted")}


def test_a_press_conference_called_on_a_day_dates_no_attack():
    text = ("« Nous pensons avoir échappé au pire », a lancé le maire de Corvenne lors d'un point de presse convoqué en "
            "urgence jeudi, au lendemain de la cyberattaque contre la Ville de Corvenne.")
    assert ("2025-12-25", "asserted") not in french(text, "attack_date")
