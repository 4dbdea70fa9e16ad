"""Faults any breach's coverage can trip (issue 9, round eighteen), one test each, on sentences of
our own about invented incidents (the Clinique du Val-d'Orsanne; the City of Harwick)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

FR = IncidentContext(organizations=("Clinique du Val-d'Orsanne",), keywords=("Val-d'Orsanne",),
                     since=dt.date(2025, 3, 1))
EN = IncidentContext(organizations=("City of Harwick",), keywords=("Harwick",), since=dt.date(2025, 3, 1))


def slot(text: str, name: str, lang: str = "fr") -> set[tuple]:
    incident = FR if lang == "fr" else EN
    return {(c[1], c[2]) for c in claims_of(text, lang, dt.date(2025, 6, 20), incident) if c[0] == name}


def test_the_day_an_attack_began_stays_asserted_when_the_sentence_then_denies_something():
    text = ("On Monday, in the city's first media call since the attack began on 25 May, Harwick's city manager "
            "said the city did not believe anyone's personal data had been accessed.")
    assert slot(text, "attack_date", "en") == {("2025-05-25", "asserted")}


def test_the_day_of_the_attack_a_time_phrase_takes_as_given_is_asserted():
    text = ("La clinique du Val-d'Orsanne n'avait pas encore fixé de date de reprise pour ses consultations, "
            "à l'arrêt depuis la cyberattaque du samedi 14 juin.")
    assert ("2025-06-14", "asserted") in slot(text, "attack_date")


def test_an_attack_said_not_to_have_happened_that_day_is_still_denied():
    # guard: the negation bears on the attack on that day
    text = "The City of Harwick said no attack took place on 25 May."
    assert ("2025-05-25", "asserted") not in slot(text, "attack_date", "en")


def test_a_weak_password_with_no_second_factor_is_still_the_way_in():
    text = ("Specialists think the intruders simply signed in to an internet-facing machine of the City of Harwick "
            "with a stolen password, with no second factor to stop them.")
    assert ("impersonation", "asserted") in slot(text, "attack_vector", "en")


def test_consultations_cancelled_outright_are_care_disrupted():
    text = ("À la clinique du Val-d'Orsanne, consultations, imagerie et hôpital de jour ont été supprimés à cause "
            "de l'attaque informatique du week-end.")
    assert slot(text, "care_impact") == {("care", "asserted")}


def test_a_city_battling_an_attack_is_the_one_hit():
    text = "The City of Harwick is battling a cyber attack that began on Sunday."
    assert slot(text, "organization", "en") == {("City of Harwick", "asserted")}
