"""Constructions read wrong on real-style passages (issue 9, round eleven), one test each, on
sentences of our own about an invented incident (Northmarch Retail, a chain of food shops; the
clinique du Val de Sèvre)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Northmarch Retail", "Clinique du Val de Sèvre"),
                           keywords=("Northmarch", "Val de Sèvre"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return organisations_of(found(text, lang))


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
    text = ("Dans ce département de 1,2 million d'habitants, la Clinique du Val de Sèvre a été visée par une "
            "cyberattaque ; l'ampleur de la fuite reste inconnue.")
    assert 1200000 not in counts(text, "fr")
    # people of the place whose data was taken are counted
    assert 50000 in counts("Les données de 50 000 habitants de la commune ont été volées lors de la cyberattaque "
                           "contre la Clinique du Val de Sèvre.", "fr")


def test_the_people_a_trust_looks_after_are_no_victim_count():
    text = ("A ransomware gang said it had broken into Northmarch Retail's pharmacy arm, which looks after about "
            "1.5 million people, and threatened to publish its files.")
    assert 1500000 not in counts(text)


def test_a_count_of_people_hit_still_counts():
    assert 12000 in counts("The details of 12,000 Northmarch Retail customers were stolen in the attack.")


# Speakers: an adverb or an object pronoun between the subject and its verb is not part of the name;
# the press office named at the head of the speaker speaks for the organisation (D7 a).

def test_an_adverb_after_the_subject_is_not_part_of_the_speaker():
    got = found("Northmarch Retail now says that “some customer data has been affected” by the intrusion.")
    assert ("quote", "Northmarch Retail", "asserted", False) in got


def test_a_french_object_pronoun_is_not_part_of_the_speaker():
    got = found("Anne Vidal le résume ainsi : « Nous travaillons sans informatique depuis la cyberattaque. »", "fr")
    assert ("quote", "Anne Vidal", "asserted", False) in got


def test_the_press_office_speaks_for_the_clinic_but_its_director_keeps_her_title():
    text = "« Les blocs opératoires fonctionnent normalement », assure la communication de la Clinique du Val de Sèvre."
    assert ("quote", "Clinique du Val de Sèvre", "asserted", False) in found(text, "fr")
    text = "« Les patients doivent rester vigilants », insiste la directrice de la communication de la clinique."
    assert ("quote", "Clinique du Val de Sèvre", "asserted", False) not in found(text, "fr")


# Words of taking the rules did not know: "carried off", "gave the intruders access to",
# "se sont emparés de"; and the denial "did not give the intruders".

def test_what_the_intruders_carried_off_was_the_data():
    got = found("What the intruders carried off was the data of 41,000 people: names, postal addresses and "
                "dates of birth.")
    assert {("data_category", "identity", "asserted", False), ("data_category", "contact", "asserted", False)} <= got
    assert ("victim_count", 41000, "asserted", False) in got


def test_an_attack_that_gave_the_intruders_access_to_payroll_records():
    got = found("Northmarch Retail told staff the attack gave the intruders access to its payroll records, among "
                "them bank account details and national insurance numbers.")
    assert {("data_category", "banking", "asserted", False),
            ("data_category", "social_security_number", "asserted", False)} <= got
    assert ("Northmarch Retail", "asserted") in organisations(
        "Northmarch Retail told staff the attack gave the intruders access to its payroll records.")


def test_getting_in_did_not_give_the_intruders_the_data_denies_it():
    got = found("Getting into the accounts did not give the intruders anyone's payment card number or date of "
                "birth, Northmarch Retail says.")
    assert {("data_category", "banking", "denied", False), ("data_category", "identity", "denied", False)} <= got


def test_french_hackers_who_seized_customer_data_of_three_listed_brands():
    incident = IncidentContext(organizations=("Maison Arles", "Verdane", "Colbeau"), keywords=("Arles",),
                               since=dt.date(2025, 3, 1))
    claims = extract_claims("Des pirates se sont emparés de données de clients de Maison Arles, de Verdane et de "
                            "Colbeau, dont leurs noms.", profile=load_profile(), language="fr",
                            published=dt.date(2025, 6, 20), incident=incident)
    assert {c.value for c in claims if c.slot == "organization" and c.polarity == "asserted"} == {
        "Maison Arles", "Verdane", "Colbeau"}


# Taken from it, the taking first; children counted as people hit.

def test_data_of_children_stolen_from_the_organisation():
    got = found("Hackers say they have stolen the names and home addresses of about 8,000 children from "
                "Northmarch Retail's nursery arm.")
    assert ("victim_count", 8000, "asserted", True) in got or ("victim_count", 8000, "asserted", False) in got
    text = "Hackers have stolen the names of about 8,000 children from Northmarch Retail, which runs 18 nurseries."
    assert ("Northmarch Retail", "asserted") in organisations(text)


def test_an_organisation_after_from_with_no_taking_is_not_attacked():
    assert not organisations("Shoppers moved from Northmarch Retail to its rivals over the summer.")


# A second complement of an absence of evidence shares its denial (D4).

def test_nothing_suggests_a_or_that_b_denies_both():
    got = found("Nothing suggests the attackers reached the payroll system, or that they took card numbers, "
                "Northmarch Retail said.")
    assert ("data_category", "banking", "denied", True) in got


def test_a_plain_or_that_clause_after_an_assertion_is_not_denied():
    got = found("The gang took card numbers, or that is what Northmarch Retail told its bank.")
    assert ("data_category", "banking", "denied", True) not in got and \
        ("data_category", "banking", "denied", False) not in got


# "Pas systématiquement", "not always": sometimes, which denies nothing.

def test_not_always_in_the_records_denies_nothing():
    got = found("Pour une partie des patients, l'adresse postale a pu fuiter, cette information ne figurant pas "
                "systématiquement dans les fiches de la Clinique du Val de Sèvre.", "fr")
    assert not any(c[0] == "data_category" and c[2] == "denied" for c in got)
    assert any(c[:3] == ("data_category", "contact", "asserted") for c in got)


# Its systems, named by a possessive later in the sentence (D32: "its systems" ties the breach to it).

def test_an_open_question_on_how_they_got_into_its_network_presupposes_the_attack():
    # "has not said how the attackers got into its network": what is unknown is how, not whether
    text = ("Northmarch Retail, which employs about 30,000 people, has not said how the attackers got into its "
            "network or when they did so.")
    assert ("Northmarch Retail", "asserted") in organisations(text)


def test_its_systems_unhurt_or_owned_by_another_present_nothing():
    # a denial is for the clause's polarity to read, not an assertion
    assert ("Northmarch Retail", "asserted") not in organisations(
        "Northmarch Retail said none of its servers had been compromised.")
    # "its Northmarch Retail account": the name is what someone else owns
    assert not organisations("A supplier said suspicious activity on its Northmarch Retail account came by the "
                             "same route, and that none of its other systems had been reached.")
