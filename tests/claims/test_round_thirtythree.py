"""Faults any breach's coverage can trip (issue 9, round thirty-three), one test each, on sentences of our
own about invented incidents: the Ville de Corvenne, the Tarrow supply-chain attack and its customers, the
Kestrel Transit agency."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))
TARROW = IncidentContext(organizations=("Tarrow", "Fenwick's", "Halmart"), keywords=("Tarrow",),
                         since=dt.date(2025, 11, 1))
KESTREL = IncidentContext(organizations=("Kestrel Transit",), keywords=("Kestrel",), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = TOWN) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_the_verb_of_a_relative_clause_on_the_attack_dates_the_attack():
    text = "L'attaque qui a paralysé le réseau de la Ville de Corvenne le 18 décembre venait de Russie."
    assert ("2025-12-18", "asserted") in slot(text, "attack_date")


def test_and_even_a_subject_of_its_own_keeps_its_negation_to_itself():
    text = ("Le rançongiciel avait chiffré toutes les données de la Ville de Corvenne, et même le téléphone ne "
            "répondait plus.")
    assert slot(text, "attack_vector") == {("ransomware", "asserted")}


def test_a_date_named_with_not_or_pas_right_before_it_is_denied():
    english = "Ransomware struck Kestrel Transit on December 19 — not on December 23, the Monday it went public."
    french = ("Ce n'est pas le mercredi 17 décembre que la Ville de Corvenne, dans les Hauts-de-France, a été "
              "attaquée, mais la veille au soir.")
    assert ("2025-12-23", "denied") in slot(english, "attack_date", "en", KESTREL)
    assert ("2025-12-17", "denied") in slot(french, "attack_date")


def test_a_negated_cleft_denies_only_what_it_sets_apart():
    text = ("Ce n'est pas le mercredi 17 décembre que la Ville de Corvenne, dans les Hauts-de-France, a été "
            "attaquée, mais la veille au soir.")
    assert slot(text, "region") == {("Hauts-de-France", "asserted")}
    assert ("Ville de Corvenne", "asserted") in slot(text, "organization")
    believed = "It is not believed that any banking details were stolen from Kestrel Transit."
    assert ("banking", "denied") in slot(believed, "data_category", "en", KESTREL)


def test_an_acting_office_before_a_name_is_no_part_of_the_name():
    text = ("Asked whether the state would pay after the Kestrel Transit attack, acting Premier Ben Carrow said only "
            "that it had “a range of choices”.")
    assert slot(text, "quote", "en", KESTREL) == {("Ben Carrow", "asserted")}


def test_staff_a_plan_would_make_redundant_are_no_victims():
    text = ("While hackers were inside Kestrel Transit's systems, the agency was circulating a plan to make 12 IT "
            "staff redundant.")
    assert slot(text, "victim_count", "en", KESTREL) == set()


def test_a_refusal_to_give_in_to_blackmail_names_no_fraud():
    text = "« On nous réclame 150 000 euros après la cyberattaque contre la Ville de Corvenne, et nous ne céderons pas à ce chantage. »"
    assert slot(text, "risk") == set()


def test_when_patients_were_told_not_when_anyone_broke_in():
    text = "December 22 is when Kestrel Transit riders were told of the breach, not when anyone broke in."
    assert ("2025-12-22", "denied") in slot(text, "attack_date", "en", KESTREL)


def test_a_spokesperson_speaks_for_the_subject_of_the_sentence_before():
    text = ("Halmart, one of the retailers hit by the Tarrow ransomware attack, has admitted that fresh food has been "
            "missing from shelves. “We've fallen back on a backup process,” a spokesperson said.")
    assert slot(text, "quote", "en", TARROW) == {("Halmart", "asserted")}


def test_a_possessive_s_names_no_kind():
    # "Fenwick's" folds to "fenwick s": its "s" is no noun a spokesperson's empty role could match
    text = ("Tarrow was hit by ransomware last month. “Our engineers are restoring systems,” a spokesperson said.")
    assert slot(text, "quote", "en", TARROW) == {("Tarrow", "asserted")}
