"""Faults any breach's coverage can trip (issue 9, round forty-nine), one test each, on sentences of our
own about invented incidents: the Brenner second-hand chain, the Millbrook clinic and the Tollan toymaker."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

BRENNER = IncidentContext(organizations=("Brenner",), keywords=("Brenner",), since=dt.date(2025, 3, 1))
MILLBROOK = IncidentContext(organizations=("Millbrook Clinic",), keywords=("Millbrook",), since=dt.date(2025, 3, 1))
TOLLAN = IncidentContext(organizations=("Tollan",), keywords=("Tollan",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def test_a_pluperfect_in_a_letter_to_customers_is_this_breach():
    text = ("Second-hand chain Brenner emailed customers on Tuesday night to say it had suffered an online security "
            "breach in which the names and phone numbers of up to two million users may have been compromised.")
    assert en(text, "data_category", BRENNER) == {("identity", "asserted", True), ("contact", "asserted", True)}
    assert en(text, "victim_count", BRENNER) == {(2000000, "asserted", True)}


def test_criminals_who_walk_off_with_names_took_them():
    text = ("The plaintiffs argue that Millbrook Clinic's negligence let criminals walk off with their names, Social "
            "Security numbers and lab results.")
    assert {c[0] for c in en(text, "data_category", MILLBROOK)} == {"identity", "social_security_number", "medical"}


def test_expect_phishing_emails_is_a_risk_not_the_way_in():
    text = "Expect phishing emails and even fake phone calls using your Brenner details, a consultancy warns."
    assert {c[0] for c in en(text, "risk", BRENNER)} == {"phishing"}
    assert en(text, "attack_vector", BRENNER) == set()


def test_the_day_classes_resumed_dates_no_attack():
    text = "Remote teaching resumed on Monday after last week's ransomware attack on Tollan's school network."
    assert en(text, "attack_date", TOLLAN) == set()


def test_the_day_lawsuits_were_merged_dates_no_attack():
    text = "Six class actions over the Millbrook Clinic breach were merged on March 7 in the county's circuit court."
    assert en(text, "attack_date", MILLBROOK) == set()


def test_card_details_never_kept_where_the_intruders_were_are_denied():
    text = ("Tollan found out about the intrusion only on March 14. “No credit card details are kept in our customer "
            "database at all,” the company said.")
    assert en(text, "data_category", TOLLAN) == {("banking", "denied", False)}


def test_a_hospital_configured_by_its_full_kind_is_found_as_the_press_writes_it():
    incident = IncidentContext(organizations=("Centre hospitalier de Valmy",), keywords=(),
                               since=dt.date(2025, 3, 1))
    text = "À Valmy, le centre hospitalier Jean-Moulin de Valmy a été frappé par un rançongiciel."
    assert ("Centre hospitalier de Valmy", "asserted", False) in slot_of(text, "organization", "fr", PUBLISHED, incident)
