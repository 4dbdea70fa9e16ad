"""Constructions read wrong on real-style passages (issue 9, round eleven), one test each, on
sentences of our own about an invented incident (Northmarch Retail, a chain of food shops; the
clinique du Val de Sèvre)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext

INCIDENT = IncidentContext(organizations=("Northmarch Retail", "Clinique du Val de Sèvre"),
                           keywords=("Northmarch", "Val de Sèvre"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    claims = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=INCIDENT)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return {c[1:3] for c in found(text, lang) if c[0] == "organization"}


def counts(text: str, lang: str = "en") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "victim_count"}


# Taken to court over the breach: presented as the one breached, as a fine presents it (D19, D30).

def test_staff_suing_the_organisation_over_the_leak_present_it_as_breached():
    text = ("About 3,000 former staff are suing Northmarch Retail in what lawyers call the largest data-leak "
            "group claim the county has seen.")
    assert ("Northmarch Retail", "asserted") in organisations(text)


def test_class_actions_filed_against_the_organisation_over_the_breach():
    assert ("Northmarch Retail", "asserted") in organisations(
        "Two class actions were filed against Northmarch Retail over the breach on Monday, one in each state.")


def test_a_court_finding_the_organisation_liable_for_the_leak():
    assert ("Northmarch Retail", "asserted") in organisations(
        "The judge ruled that Northmarch Retail was vicariously liable for the payroll leak by its auditor.")


def test_french_patients_taking_the_clinic_to_court_after_the_leak():
    text = ("Une centaine de patients ont décidé de poursuivre en justice la Clinique du Val de Sèvre après la "
            "fuite de leurs dossiers.")
    assert ("Clinique du Val de Sèvre", "asserted") in organisations(text, "fr")


def test_a_lawsuit_with_no_breach_in_the_sentence_presents_nothing():
    # a dispute over rent is not the breach
    assert not organisations("A landlord in Leeds is suing Northmarch Retail over unpaid rent on two shops.")


# The taking before the people whose data it took (D10): "downloaded the details of X users".

def test_data_taken_from_the_organisations_users_named_after_the_taking():
    text = ("A hacker told reporters he had downloaded the details of about two million Northmarch Retail "
            "customers before the chain noticed.")
    assert ("Northmarch Retail", "asserted") in organisations(text)


def test_customers_named_before_any_taking_are_not_enough():
    # the customers are counted, nothing is said to be taken from them
    assert not organisations("Northmarch Retail customers can still shop online and in stores, the chain said.")


# Figures that count sources, a population or those an organisation looks after are no victims.

def test_people_familiar_with_the_investigation_are_sources_not_victims():
    text = ("The intrusion at Northmarch Retail appears to be the work of a known gang, two people familiar with "
            "the investigation said.")
    assert 2 not in counts(text)


def test_the_population_of_a_place_is_no_victim_count():
    text = ("Dans ce département de 400 000 habitants, la Clinique du Val de Sèvre a été visée par une "
            "cyberattaque ; l'ampleur de la fuite reste inconnue.")
    assert 400000 not in counts(text, "fr")


def test_the_people_a_trust_looks_after_are_no_victim_count():
    text = ("A ransomware gang said it had broken into Northmarch Retail's pharmacy arm, which looks after about "
            "1.5 million people, and threatened to publish its files.")
    assert 1500000 not in counts(text)


def test_a_count_of_people_hit_still_counts():
    assert 12000 in counts("The details of 12,000 Northmarch Retail customers were stolen in the attack.")
