"""Faults any breach's coverage can trip (issue 9, round twenty-six), one test each, on sentences of our
own about invented incidents (the Harwick Health Network; the Lorvanne county court; the CPAS de Marlieu)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

NETWORK = IncidentContext(organizations=("Harwick Health Network",), keywords=("Harwick",), since=dt.date(2025, 1, 1))
COURT = IncidentContext(organizations=("Superior Court of Lorvanne County",), keywords=("Lorvanne",),
                        since=dt.date(2025, 1, 1))
CPAS = IncidentContext(organizations=("CPAS de Marlieu",), keywords=("Marlieu",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_quotation_closed_by_its_full_stop_ends_the_sentence():
    # the next sentence's subject is not the quotation's speaker
    text = ("Practices are still seeing patients after the cyberattack, Harwick chief executive Dana Moor said, "
            "“though people may find it slower than usual to get through.” The network says its backups were "
            "switched on promptly.")
    assert slot(text, "quote", NETWORK) == {("Dana Moor", "asserted")}


def test_the_person_a_pronoun_stands_for_is_named_outside_quotations_and_newsrooms():
    text = ("In an email on Tuesday, chief executive Ken Bray said the network had been hit by a cyberattack: “Until "
            "this is resolved, Harwick Online Booking is out of reach for patients,” he wrote.")
    assert slot(text, "quote", NETWORK) == {("Ken Bray", "asserted")}
    text = ("Harwick chief executive Dana Moor told RNZ's Midday Report the stolen data had been posted online after "
            "the cyberattack. “The dark web isn't my field,” she said.")
    assert slot(text, "quote", NETWORK) == {("Dana Moor", "asserted")}
    text = ("Judge Randolph M. Kerr was still continuing matters after the attack on the Superior Court of Lorvanne "
            "County. “Full capacity is months away,” he said.")
    assert slot(text, "quote", COURT) == {("Randolph M. Kerr", "asserted")}


def test_a_subject_stressed_by_a_pronoun_is_the_subject():
    text = ("Un pirate prétend avoir siphonné 3 millions de dossiers du CPAS de Marlieu. L'établissement, lui, ne parle "
            "que de « quelques milliers d'usagers ».")
    assert ("CPAS de Marlieu", "asserted") in slot(text, "quote", CPAS, "fr")


def test_systems_put_out_of_action_name_their_owner():
    text = ("A ransomware attack that began early Friday has shut down the computer system of the Superior Court of "
            "Lorvanne County, the largest court in the state, court officials said.")
    assert ("Superior Court of Lorvanne County", "asserted") in slot(text, "organization", COURT)


def test_health_notes_nhi_numbers_and_pathologies():
    text = ("Harwick insists patients' private health notes are safe after the cyberattack, though names and NHI "
            "numbers may have been reached.")
    assert slot(text, "data_category", NETWORK) >= {("medical", "denied"), ("social_security_number", "asserted")}
    text = ("Les pirates ont déversé sur le darknet des fichiers volés au CPAS de Marlieu, avec les noms des usagers "
            "et, pour certains, leurs pathologies.")
    assert ("medical", "asserted") in slot(text, "data_category", CPAS, "fr")


def test_a_negation_of_what_came_of_the_attack_does_not_deny_it():
    text = "L'attaque contre le CPAS de Marlieu n'aurait débouché sur aucun paiement de rançon, selon l'institution."
    assert ("CPAS de Marlieu", "asserted") in slot(text, "organization", CPAS, "fr")
    text = ("« Rien n'a été emporté, tout a été chiffré », raconte le directeur du CPAS de Marlieu après la "
            "cyberattaque.")
    assert ("ransomware", "asserted") in slot(text, "attack_vector", CPAS, "fr")
