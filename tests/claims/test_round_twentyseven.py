"""Faults any breach's coverage can trip (issue 9, round twenty-seven), one test each, on sentences of our
own about invented incidents (Harwick Auto Parts; the Laboratoire Lorvanne)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

RETAILER = IncidentContext(organizations=("Harwick Auto Parts",), keywords=("Harwick",), since=dt.date(2025, 1, 1))
LAB = IncidentContext(organizations=("Laboratoire Lorvanne",), keywords=("Lorvanne",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_date_said_to_be_only_when_it_was_noticed():
    text = ("Investigators concluded that the intruder got into the Harwick Auto Parts network around May 22; June 2, "
            "the date usually cited, is only when staff noticed.")
    assert ("2025-06-02", "denied") in slot(text, "attack_date", RETAILER)
    text = ("Le 5 juin, souvent cité, n'est que le jour où le Laboratoire Lorvanne a découvert la fuite de sa base de "
            "données ; l'exposition remonte à la fin mai.")
    assert ("2025-06-05", "denied") in slot(text, "attack_date", LAB, "fr")


def test_data_a_lawsuit_says_was_not_kept_safe():
    text = ("The suits allege that Harwick Auto Parts failed to safeguard job seekers' names, dates of birth and Social "
            "Security numbers before the breach.")
    assert {value for value, _p in slot(text, "data_category", RETAILER)} >= {"identity", "social_security_number"}


def test_test_results_are_medical_data():
    text = ("Noms, dates de naissance et résultats des examens se sont retrouvés en libre accès après la fuite au "
            "Laboratoire Lorvanne.")
    assert ("medical", "asserted") in slot(text, "data_category", LAB, "fr")


def test_a_leak_named_after_its_organisation():
    text = "More on the Harwick leak: the data surfaced on a criminal forum on May 31, users say."
    assert ("Harwick Auto Parts", "asserted") in slot(text, "organization", RETAILER)


def test_a_guard_named_before_its_negation_still_lets_the_way_in_stand():
    text = ("The gang signed in to Harwick Auto Parts' cloud account with stolen passwords, on an account where "
            "multi-factor authentication was not switched on.")
    assert ("impersonation", "asserted") in slot(text, "attack_vector", RETAILER)
