"""Faults any breach's coverage can trip (issue 9, round thirty-nine), one test each, on sentences of our
own about invented incidents: the Fenmore County Council and the Marlow health system."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, slot_of

COUNCIL = IncidentContext(organizations=("Fenmore County Council",), keywords=("Fenmore",), since=dt.date(2024, 11, 1))
MARLOW = IncidentContext(organizations=("Marlow Health",), keywords=("Marlow",), since=dt.date(2024, 11, 1))
PUBLISHED = dt.date(2025, 8, 12)


def slot(text: str, name: str, incident: IncidentContext = COUNCIL) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident, hedging=False)


def test_a_day_without_its_year_after_an_earlier_one_runs_into_the_next_year():
    text = ("Marlow Health said on Tuesday that an unauthorized party had been inside its IT network from December 18, "
            "2024, until the intrusion was caught on June 17.")
    assert slot(text, "attack_date", MARLOW) == {("2024-12-18", "asserted")}


def test_files_locked_by_malware_that_demanded_a_ransom_are_ransomware():
    text = ("Fenmore County Council's computers are switched off after malware that demanded a £1m ransom got into its "
            "systems and locked files.")
    assert ("ransomware", "asserted") in slot(text, "attack_vector")


def test_an_email_attachment_posing_as_an_invoice_is_phishing():
    text = ("The attack on Fenmore County Council started with an email whose attachment posed as an invoice; the "
            "employee who opened it took it to be genuine.")
    assert slot(text, "attack_vector") == {("phishing", "asserted")}


TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 1, 1))


def test_the_agency_told_is_no_part_of_the_speaker_and_no_equivalent_denies_nothing():
    text = ("« Nous estimons à 5 000 environ le nombre de personnes concernées », a indiqué Paul Marchal à l'AFP. Avec "
            "plus de 200 000 Franciliens, la Ville de Corvenne, ainsi touchée, n'a pas d'équivalent en France.")
    got = {(c[0], c[1], c[2]) for c in claims_of(text, "fr", PUBLISHED, TOWN)}
    assert ("quote", "Paul Marchal", "asserted") in got
    assert ("region", "Île-de-France", "denied") not in got
