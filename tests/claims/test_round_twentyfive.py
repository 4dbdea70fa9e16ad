"""Faults any breach's coverage can trip (issue 9, round twenty-five), one test each, on sentences of our
own about invented incidents (the Centre de santé Lorvanne; Harwick Hotels; the Marlow County schools)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

CENTRE = IncidentContext(organizations=("Centre de santé Lorvanne",), keywords=("Lorvanne",), since=dt.date(2025, 1, 1))
HOTELS = IncidentContext(organizations=("Harwick Hotels",), keywords=("Harwick Hotels",), since=dt.date(2025, 1, 1))
SCHOOLS = IncidentContext(organizations=("Marlow County Public Schools",), keywords=("Marlow County Public Schools",),
                          since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_an_attack_said_to_strike_the_organisation_through_a_pronoun():
    text = ("Malgré la cyberattaque qui l'a visé en mai, le Centre de santé Lorvanne assure que les soins "
            "continuent d'être offerts.")
    assert ("Centre de santé Lorvanne", "asserted") in slot(text, "organization", CENTRE, "fr")
    text = ("Le Centre de santé Lorvanne n'a pas précisé la nature des renseignements emportés lors de la "
            "cyberattaque qu'il a subie.")
    assert ("Centre de santé Lorvanne", "asserted") in slot(text, "organization", CENTRE, "fr")


def test_an_attack_whose_verb_names_what_it_struck():
    text = "The November ransomware attack will end up costing Marlow County Public Schools at least $7.7 million."
    assert ("Marlow County Public Schools", "asserted") in slot(text, "organization", SCHOOLS)
    text = ("Les familles ont été prévenues de l'attaque par rançongiciel qu'a subie le Centre de santé Lorvanne la "
            "semaine dernière.")
    assert ("Centre de santé Lorvanne", "asserted") in slot(text, "organization", CENTRE, "fr")


def test_a_quoted_attack_on_the_speakers_own_systems():
    text = ("Harwick Hotels confirmed late Wednesday that the outage was the work of hackers. “We have been handling a "
            "cyberattack on our systems since Friday,” the company said.")
    assert ("Harwick Hotels", "asserted") in slot(text, "organization", HOTELS)
    # an attempt, not an attack: "trying to get into our servers"
    text = ("Harwick Hotels confirmed late Wednesday that the outage was the work of hackers. “A malicious third party "
            "is trying to get into our servers,” the company said.")
    assert ("Harwick Hotels", "asserted") not in slot(text, "organization", HOTELS)


def test_a_coordinated_clause_keeps_its_negation_to_itself():
    text = ("Selon nos confrères, l'intrusion au Centre de santé Lorvanne remonterait au 12 juin et les pirates ne se "
            "seraient pas encore manifestés.")
    assert ("2025-06-12", "asserted") in slot(text, "attack_date", CENTRE, "fr")
    # two nouns sharing one negated verb stay denied together
    text = ("Les mots de passe et les coordonnées bancaires ne sont pas compromis, assure le Centre de santé "
            "Lorvanne après la cyberattaque.")
    assert ("credentials", "denied") in slot(text, "data_category", CENTRE, "fr")


def test_guests_clinical_information_and_residents_looked_after():
    text = "The cyberattack on Harwick Hotels exposed the personal data of some 3.5 million guests, the chain said."
    assert 3500000 in {value for value, _p in slot(text, "victim_count", HOTELS)}
    text = ("Des fichiers renfermant des renseignements cliniques sur certains usagers auraient été piratés lors de la "
            "cyberattaque contre le Centre de santé Lorvanne.")
    assert ("medical", "asserted") in slot(text, "data_category", CENTRE, "fr")
    text = ("Après la cyberattaque, la direction remet sur pied un serveur chiffré par les pirates, tandis que les "
            "résidents continuent d'être accompagnés comme à l'ordinaire.")
    assert ("care", "denied") in slot(text, "care_impact", CENTRE, "fr")


def test_speakers_with_an_initial_after_and_or_named_by_their_kind():
    text = ("Peter K. Dorne, spokesman for Harwick Hotels, acknowledged Wednesday that the attack had slowed staff. "
            "“We are deciding case by case what has to happen now,” he said.")
    assert slot(text, "quote", HOTELS) == {("Peter K. Dorne", "asserted")}
    text = ("Sources told reporters that Harwick Hotels had been hit by ransomware, and Jane Mott, director of research "
            "at Corvel Security, agreed: “Everything so far points strongly to an encryption attack.”")
    assert slot(text, "quote", HOTELS) == {("Jane Mott", "asserted")}
    text = ("« Nous comprenons l'inquiétude qu'un tel incident peut faire naître », reconnaît le centre de santé "
            "dans sa déclaration sur la cyberattaque.")
    assert slot(text, "quote", CENTRE, "fr") == {("Centre de santé Lorvanne", "asserted")}
