"""Faults any breach's coverage can trip (issue 9, round forty-eight), one test each, on sentences of our
own about invented incidents: the Kestrel health nonprofit, the Rivemont car-sharing company, the Ordre des
comptables de Valbois, the Scierie du Mesnil and the SDIS de la Vézère."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of, slot_of

KESTREL = IncidentContext(organizations=("Kestrel Health", "Kestrel Valley Hospital"), keywords=("Kestrel",),
                          since=dt.date(2025, 3, 1))
RIVEMONT = IncidentContext(organizations=("Rivemont",), keywords=("Rivemont",), since=dt.date(2025, 3, 1))
VALBOIS = IncidentContext(organizations=("Ordre de Valbois",), keywords=("Valbois",), since=dt.date(2025, 3, 1))
MESNIL = IncidentContext(organizations=("Scierie du Mesnil",), keywords=("Mesnil",), since=dt.date(2025, 3, 1))
VEZERE = IncidentContext(organizations=("SDIS de la Vézère",), keywords=("Vézère",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def fr(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


def test_the_nonprofit_quoting_is_the_organisation_not_a_word():
    text = ("Kestrel Health would not say what kind of incident it was dealing with. “As soon as we detected this "
            "incident we opened an investigation,” the nonprofit said in a statement.")
    assert ("nonprofit", "asserted", False) not in en(text, "quote", KESTREL)


def test_a_security_blog_nobody_names_hedges_what_it_lists():
    text = "One security blog says hashed passwords were among the fields of Rivemont's users exposed in the breach."
    assert ("credentials", "asserted", False) not in en(text, "data_category", RIVEMONT)
    assert ("credentials", "asserted", True) in en(text, "data_category", RIVEMONT)


def test_some_reports_hedge_what_they_say():
    text = "Some reports say names and contact details of Rivemont's users were among what the intruders reached."
    assert en(text, "data_category", RIVEMONT) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_card_numbers_unreadable_to_the_attackers_are_spared():
    text = ("Rien n'indique, selon l'Ordre de Valbois, que les clés aient été compromises : numéros de carte et mots "
            "de passe resteraient donc illisibles pour les pirates qui se sont promenés sur son site.")
    got = fr(text, "data_category", VALBOIS)
    assert ("banking", "asserted", True) not in got and ("credentials", "asserted", True) not in got
    assert ("banking", "denied", True) in got


def test_what_the_intruders_could_see_is_what_was_exposed():
    text = ("What sits on the upgrade system, and so what the fraudsters could see at Rivemont: name, address, date of "
            "birth and mobile number.")
    assert {c[0] for c in en(text, "data_category", RIVEMONT)} == {"identity", "contact"}


def test_what_a_pseudo_cleft_says_was_not_touched_is_denied():
    text = ("Selon le bilan de l'Ordre de Valbois, ce que l'intrusion n'a pas touché, ce sont les logiciels, les "
            "données médicales et les fichiers administratifs.")
    assert fr(text, "data_category", VALBOIS) == {("medical", "denied", True)}


def test_at_an_organisation_opening_the_sentence_the_attack_is_its_own():
    text = "Chez la Scierie du Mesnil, seule la gestion a vraiment souffert de l'attaque."
    assert organisations_of(claims_of(text, "fr", PUBLISHED, MESNIL)) == {("Scierie du Mesnil", "asserted")}


def test_a_date_that_is_the_day_the_incident_was_identified_is_disowned():
    text = ("Several outlets reported that hackers struck Rivemont's systems on 9 March, but that is the day the "
            "company says it identified the incident.")
    assert ("2025-03-09", "denied", False) in en(text, "attack_date", RIVEMONT)
