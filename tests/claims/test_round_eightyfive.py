"""Round eighty-five (issue 9): what dev88 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


AIRLINE = incident("Air Lorvaine", keywords=("Air Lorvaine",))


def test_data_that_fled_leaked():
    # « des noms, dates de naissance et coordonnées avaient fui chez un prestataire » : « fuir » said of data is « fuiter »
    # (rules cyberattack-613)
    fled = ("Air Lorvaine a prévenu ses voyageurs que des noms, dates de naissance et coordonnées avaient fui chez "
            "un prestataire informatique.")
    assert fr(fled, "data_category", AIRLINE) == {("identity", "asserted", False), ("contact", "asserted", False)}
    # people who fled are no data
    people = "Des passagers d'Air Lorvaine ont fui le terminal après l'alerte, sans bagages."
    assert fr(people, "data_category", AIRLINE) == set()
