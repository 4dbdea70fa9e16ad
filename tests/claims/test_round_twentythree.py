"""Faults any breach's coverage can trip (issue 9, round twenty-three), one test each, on sentences of our
own about invented incidents (the Harwick Royal Infirmary; the Lorvanne Lottery)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

HOSPITAL = IncidentContext(organizations=("Harwick Royal Infirmary",), keywords=("Harwick Royal Infirmary",),
                           since=dt.date(2025, 1, 1))
LOTTERY = IncidentContext(organizations=("Lorvanne Lottery",), keywords=("Lorvanne Lottery",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext = HOSPITAL) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, "en", PUBLISHED, incident) if c[0] == name}


def test_a_date_a_later_clause_looks_back_at_and_disowns():
    text = ("Trackers file the case under 14 June, the day the gang posted the files it had stolen from the Harwick "
            "Royal Infirmary; that was not the day of the attack, which came in February.")
    assert ("2025-06-14", "denied") in slot(text, "attack_date")
    text = ("The attack on the Lorvanne Lottery dates from 2 May; 5 May, when the lottery went public, was not the "
            "day of the break-in.")
    assert ("2025-05-05", "denied") in slot(text, "attack_date", LOTTERY)


def test_its_statement_and_an_acronym_office_before_a_name():
    text = ("The Lorvanne Lottery was hit by a cyberattack. “Our games' integrity is what matters most to us,” its "
            "statement says.")
    assert slot(text, "quote", LOTTERY) == {("Lorvanne Lottery", "asserted")}
    text = ("“Members should expect a difficult few days,” Lorvanne president and CEO Erin Dale wrote to "
            "players after the cyberattack.")
    assert slot(text, "quote", LOTTERY) == {("Erin Dale", "asserted")}
