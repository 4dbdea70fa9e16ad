"""Faults any breach's coverage can trip (issue 9, round twenty-eight), one test each, on sentences of our
own about invented incidents (the Fondation Lorvanne; the Harwick Hutchinson Cancer Center; the Office des
eaux de la Lorvanne)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

FOUNDATION = IncidentContext(organizations=("Fondation Lorvanne",), keywords=("Lorvanne",), since=dt.date(2025, 1, 1))
CENTER = IncidentContext(organizations=("Harwick Hutchinson Cancer Center",),
                         keywords=("Harwick Hutchinson Cancer Center", "Harwick Hutch"), since=dt.date(2025, 1, 1))
OFFICE = IncidentContext(organizations=("Office des eaux de Lorvanne",),
                         keywords=("Office des eaux de la Lorvanne",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_stressed_pronoun_inside_a_negation_keeps_it_whole():
    text = ("Noms et courriels ont fuité lors du piratage de la Fondation Lorvanne ; mots de passe et moyens de "
            "paiement ne sont, eux, pas concernés, précise la fondation.")
    assert slot(text, "data_category", FOUNDATION, "fr") >= {("credentials", "denied"), ("banking", "denied")}


def test_a_non_profit_is_no_negation():
    text = ("La Fondation Lorvanne, organisation à but non lucratif active dans la santé, a été frappée par un "
            "rançongiciel, a fait savoir lundi l'office fédéral.")
    assert ("Fondation Lorvanne", "asserted") in slot(text, "organization", FOUNDATION, "fr")
    assert ("ransomware", "asserted") in slot(text, "attack_vector", FOUNDATION, "fr")
    text = "The Harwick Hutchinson Cancer Center, a non-profit research hospital, was hit by ransomware on Sunday."
    assert ("ransomware", "asserted") in slot(text, "attack_vector", CENTER)


def test_speakers_named_with_gov_or_in_the_possessive():
    text = "“Our people kept the essential services going,” Gov. Dana Reyes said after the ransomware attack."
    assert ("Dana Reyes", "asserted") in slot(text, "quote", CENTER)
    text = ("Nicholas Quint's email arrived at 6:30 a.m. after the Harwick Hutchinson Cancer Center breach. “You "
            "can't expect honour among thieves,” said Quint, who did not pay.")
    assert ("Nicholas Quint", "asserted") in slot(text, "quote", CENTER)


def test_a_keyword_that_shortens_or_articles_the_configured_name():
    text = "Hackers stole files from Harwick Hutch in November, the cancer centre said."
    assert ("Harwick Hutchinson Cancer Center", "asserted") in slot(text, "organization", CENTER)
    text = "Le réseau informatique de l'Office des eaux de la Lorvanne a été la cible d'une cyberattaque jeudi."
    assert ("Office des eaux de Lorvanne", "asserted") in slot(text, "organization", OFFICE, "fr")
