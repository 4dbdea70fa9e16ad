"""Faults any breach's coverage can trip (issue 9, round thirteen), one test each, on sentences of
our own about an invented incident (Corveline Logistics, a carrier; the Clinique du Val d'Orbe and
its appointment portal, Orbeline)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Corveline Logistics", "Clinique du Val d'Orbe", "Orbeline"),
                           keywords=("Corveline", "Orbeline"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return organisations_of(found(text, lang))


# A title and the organisation it belongs to make one noun phrase: a verb or "that" between them
# begins what the title's holder says.

def test_an_organisation_after_told_that_is_not_the_spokesman_s_employer():
    text = "A spokesman for the regulator told Reuters that Corveline Logistics had been hit with ransomware."
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_a_spokesman_for_the_organisation_still_speaks_for_it():
    text = "A spokesman for Corveline Logistics said the company was reviewing its suppliers."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


def test_french_title_then_que_before_the_organisation():
    text = ("Le porte-parole du parquet a indiqué que la Clinique du Val d'Orbe avait été victime d'une "
            "intrusion informatique.")
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


# A name with the organisation it belongs to ("le service X de l'Y"): what the sentence says after
# the whole name, past an apposition, is said of the first one too.

def test_a_service_of_an_organisation_past_a_long_apposition_is_hit():
    text = ("Le service Orbeline de la Clinique du Val d'Orbe, par lequel les patients prennent rendez-vous "
            "et reçoivent leurs comptes rendus d'examens, a été victime d'un vol de données personnelles, a fait "
            "savoir lundi la direction.")
    orgs = organisations(text, "fr")
    assert ("Orbeline", "asserted") in orgs and ("Clinique du Val d'Orbe", "asserted") in orgs


def test_a_service_of_an_organisation_said_to_run_normally_is_not_hit():
    text = "Le portail Orbeline de la Clinique du Val d'Orbe, par lequel les patients prennent rendez-vous, fonctionne normalement."
    assert ("Orbeline", "asserted") not in organisations(text, "fr")


# A date inside an aside (relative clause, apposition, concession, an opening participle) places
# what the aside tells, not the sentence's news: the sentence is no recap of an earlier incident.

def test_an_apposition_dating_the_malware_leaves_the_news():
    text = ("Corveline Logistics has been hit by Brimstone, a strain of ransomware first seen in January 2024, "
            "the company said on Monday.")
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_a_relative_clause_dating_the_company_s_history_leaves_the_news():
    text = ("La Clinique du Val d'Orbe, qui a fêté en 2019 ses cinquante ans et compte 300 lits, a été victime "
            "d'une cyberattaque dans la nuit de dimanche.")
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


def test_an_opening_participle_with_a_founding_year_leaves_the_news():
    text = "Créée en 1972, la Clinique du Val d'Orbe a été victime d'une cyberattaque dans la nuit de dimanche."
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


def test_a_dated_main_clause_stays_a_recap():
    text = "In January 2021, Corveline Logistics was hit by ransomware, which disrupted deliveries for a week."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


def test_an_earlier_attack_in_the_aside_gives_the_organisation_nothing():
    text = "Corveline Logistics, which had been hit by ransomware in 2021, said on Monday it was reviewing its suppliers."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


# Those an institution brings together are no victims.

def test_the_students_a_school_brings_together_are_no_victim_count():
    text = ("Le campus réunit une école d'ingénieurs et une école de commerce, soit quelque 8 000 étudiants ; "
            "la Clinique du Val d'Orbe qui le jouxte a été victime d'une cyberattaque samedi.")
    assert not any(c[0] == "victim_count" for c in found(text, "fr"))
