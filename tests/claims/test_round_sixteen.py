"""Faults any breach's coverage can trip (issue 9, round sixteen), one test each, on sentences of
our own about an invented incident (the Centre hospitalier de Morvanne; Bricofrance, a retailer)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

INCIDENT = IncidentContext(organizations=("Centre hospitalier de Morvanne", "Bricofrance"),
                           keywords=("Morvanne", "Bricofrance"), since=dt.date(2025, 3, 1))


def slot(text: str, name: str, lang: str = "fr") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, dt.date(2025, 6, 20), INCIDENT) if c[0] == name}


def test_denying_a_second_attack_takes_the_first_as_given():
    text = "Contrairement à une rumeur, le centre hospitalier de Morvanne n'a pas subi de seconde attaque, précise la direction."
    assert slot(text, "organization") == {("Centre hospitalier de Morvanne", "asserted")}


def test_denying_the_attack_itself_still_denies():
    # guard: with no "seconde", the denial stands
    text = "Le centre hospitalier de Morvanne n'a pas subi d'attaque, précise la direction."
    assert slot(text, "organization") == {("Centre hospitalier de Morvanne", "denied")}


def test_attackers_who_did_not_break_into_its_servers_deny_it():
    text = "D'après un chercheur, les pirates n'ont pas percé les serveurs de Bricofrance."
    assert ("Bricofrance", "denied") in slot(text, "organization")


def test_a_flaw_not_patched_is_still_the_way_in():
    text = "D'après le quotidien, la faille de la plateforme de Bricofrance n'aurait pas été comblée aussi vite que promis."
    assert ("vulnerability", "asserted") in slot(text, "attack_vector")


def test_no_flaw_found_still_denies_the_way_in():
    # guard: no remedy named, the flaw itself is denied
    text = "Bricofrance assure qu'aucune faille n'a été exploitée sur sa plateforme."
    assert ("vulnerability", "denied") in slot(text, "attack_vector")
