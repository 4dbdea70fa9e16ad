"""Faults any breach's coverage can trip (issue 9, round fifty-one: dev50's French misses left from round
forty-nine), one test each, on sentences of our own about invented incidents: the Corbelle cosmetics plant and
the Valmy hospital."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

CORBELLE = IncidentContext(organizations=("Corbelle Cosmétiques",), keywords=("Corbelle",),
                           since=dt.date(2025, 3, 1))
VALMY = IncidentContext(organizations=("Centre hospitalier de Valmy",), keywords=("Valmy",),
                        since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def fr(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def test_a_speaker_s_organisation_where_the_attack_happened_is_the_one_hit():
    text = ("« Les données de nos patients n'ont subi aucune altération », rassure le directeur adjoint du centre "
            "hospitalier de Valmy, où un rançongiciel a été détecté lundi sur des serveurs administratifs.")
    assert ("Centre hospitalier de Valmy", "asserted", False) in fr(text, "organization", VALMY)


def test_so_many_days_before_the_article_dates_the_attack():
    text = "Les serveurs centraux de Corbelle Cosmétiques ont été piratés il y a cinq jours."
    assert fr(text, "attack_date", CORBELLE) == {("2025-03-15", "asserted", False)}
    text = "Hackers broke into Corbelle Cosmétiques' network five days ago."
    assert en(text, "attack_date", CORBELLE) == {("2025-03-15", "asserted", False)}


def test_a_statement_a_short_question_follows_is_still_stated():
    assert fr("Corbelle Cosmétiques a bien été attaquée, mais par qui ?", "organization", CORBELLE) == {
        ("Corbelle Cosmétiques", "asserted", False)}
    # a question that asks whether states nothing
    assert fr("Corbelle Cosmétiques a-t-elle été attaquée ?", "organization", CORBELLE) == set()


def test_how_they_got_in_among_what_was_not_said_takes_the_attack_as_given():
    text = ("Le centre hospitalier de Valmy n'a précisé ni le montant réclamé par les pirates, ni la manière dont ils "
            "se sont introduits dans son réseau.")
    assert fr(text, "organization", VALMY) == {("Centre hospitalier de Valmy", "asserted", False)}
