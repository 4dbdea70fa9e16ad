"""Round sixty-eight (issue 9): what dev67's French half showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a land registry, a school-bus authority, a water utility)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


REGISTRY = incident("Office foncier de Valmont", "Portail Notarius", keywords=("Office foncier de Valmont", "Portail Notarius"))
BUSES = incident("Transports scolaires du Trégor", keywords=("Transports scolaires du Trégor",))
WATER = incident("Brackwater Utilities", keywords=("Brackwater Utilities",))


def test_a_place_set_against_another_is_denied():
    # « C'est de là, et non des serveurs de l'Office, que sortiraient les fichiers », "from a contractor's servers and
    # not from X": the organisation set against the place named is the one not hit (rules cyberattack-330)
    cleft = ("C'est du Portail Notarius, et non des serveurs de l'Office foncier de Valmont, que sortiraient les "
             "fichiers diffusés par les pirates.")
    assert ("Office foncier de Valmont", "denied", True) in fr(cleft, "organization", REGISTRY)
    english = "The hackers stole the files from a contractor's servers and not from Brackwater Utilities."
    assert en(english, "organization", WATER) == {("Brackwater Utilities", "denied", False)}
