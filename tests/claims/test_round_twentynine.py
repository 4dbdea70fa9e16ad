"""Faults any breach's coverage can trip (issue 9, round twenty-nine), one test each, on sentences of our
own about an invented incident (the Groupe Lorvanne)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

GROUP = IncidentContext(organizations=("Groupe Lorvanne",), keywords=("Lorvanne",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, lang: str = "fr") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, GROUP) if c[0] == name}


def test_a_negation_on_what_the_organisation_said_of_its_own_attack():
    text = ("Présentant mardi ses ventes, le Groupe Lorvanne n'est pas revenu sur l'attaque informatique dont il a été "
            "la cible en mai.")
    assert slot(text, "organization") == {("Groupe Lorvanne", "asserted")}


def test_an_undecided_statement_denies_nothing():
    text = ("Le communiqué du Groupe Lorvanne ne tranche pas entre rançongiciel et cheval de Troie après la "
            "cyberattaque.")
    assert ("ransomware", "denied") not in slot(text, "attack_vector")


def test_a_deadline_is_no_attack_date():
    text = ("Le 24 juin n'est que l'échéance fixée par les pirates ; l'attaque contre le Groupe Lorvanne remonte, "
            "elle, au 24 mai.")
    assert ("2025-06-24", "denied") in slot(text, "attack_date")
