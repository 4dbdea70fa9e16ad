"""Faults any breach's coverage can trip (issue 9, round thirty-six), one test each, on sentences of our
own about invented incidents: the Ville de Corvenne, the Kestrel Transit agency, the Vellane group, the
Laiteries du Mont-Vert cooperative and the Marlow family health team."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))
KESTREL = IncidentContext(organizations=("Kestrel Transit",), keywords=("Kestrel",), since=dt.date(2025, 11, 1))
VELLANE = IncidentContext(organizations=("Vellane",), keywords=("Vellane",), since=dt.date(2025, 11, 1))
DAIRY = IncidentContext(organizations=("Laiteries du Mont-Vert",), keywords=("Mont-Vert",), since=dt.date(2025, 11, 1))
MARLOW = IncidentContext(organizations=("Marlow Family Health Team",), keywords=("Marlow",), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = TOWN) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_part_after_a_colon_that_opens_on_another_incident_goes_on_to_this_one():
    text = ("Deux communes bretonnes frappées en un mois : après Betton, visée dans la nuit du 30 au 31 octobre, c'est "
            "la Ville de Corvenne qui a vu ses serveurs attaqués le jeudi 11 décembre.")
    assert slot(text, "organization") == {("Ville de Corvenne", "asserted")}
    assert slot(text, "attack_date") == {("2025-12-11", "asserted")}
    assert slot(text, "region") == {("Bretagne", "asserted")}


def test_no_idea_who_is_behind_it_denies_nothing():
    text = "Police say they still have no idea who is behind last week's attack on the Marlow Family Health Team's clinics."
    assert slot(text, "organization", "en", MARLOW) == {("Marlow Family Health Team", "asserted")}


def test_a_time_clause_keeps_its_own_state():
    text = ("The new backup system still had not been installed when hackers broke into the network of Kestrel Transit "
            "in late November.")
    assert slot(text, "organization", "en", KESTREL) == {("Kestrel Transit", "asserted")}


def test_losing_nothing_thanks_to_a_backup_denies_no_attack():
    text = ("Une sauvegarde a permis à la Ville de Corvenne de ne rien perdre de ses fichiers, même si deux serveurs "
            "visés ont bel et bien été chiffrés.")
    assert slot(text, "organization") == {("Ville de Corvenne", "asserted")}


def test_the_cooperative_stands_for_the_cooperative_named_before():
    text = ("Les Laiteries du Mont-Vert ont porté plainte. Les serveurs de la coopérative ont été piratés au début du "
            "mois.")
    assert slot(text, "organization", incident=DAIRY) == {("Laiteries du Mont-Vert", "asserted")}


def test_the_second_company_to_fall_to_hackers_was_hit():
    text = ("Dans les Hauts-de-France, Vellane est la seconde entreprise d'envergure à tomber sous les coups de pirates "
            "depuis novembre.")
    assert slot(text, "organization", incident=VELLANE) == {("Vellane", "asserted")}


def test_when_an_inquiry_concluded_or_a_reader_learned_dates_no_attack():
    concluded = ("Only on December 11 did the forensic experts Kestrel Transit had hired conclude that data had been "
                 "copied out.")
    learned = "Une patiente, qui n'a appris la fuite de données de la Ville de Corvenne que ce vendredi, s'inquiète."
    assert slot(concluded, "attack_date", "en", KESTREL) == set()
    assert slot(learned, "attack_date") == set()


def test_the_newsroom_written_to_is_no_speaker():
    text = ("Neither payment details nor passwords were taken, spokesperson Alison Reyes said. “We are truly sorry this "
            "happened,” she wrote in an email to The Canadian Press.")
    assert slot(text, "quote", "en", VELLANE) == {("Alison Reyes", "asserted")}


def test_a_french_closing_guillemet_after_its_space_ends_the_sentence():
    text = ("Le directeur, Paul Marchal, a tranché : « Il n'était pas question de payer la moindre rançon. » Selon lui, "
            "les données volées à la Ville de Corvenne n'avaient rien de sensible.")
    assert slot(text, "quote") == {("Paul Marchal", "asserted")}


def test_the_police_unit_a_complaint_goes_to_names_no_risk():
    text = ("A complaint about the attack on the Marlow Family Health Team was lodged on December 8 and has been passed "
            "to the force's fraud unit.")
    assert slot(text, "risk", "en", MARLOW) == set()
