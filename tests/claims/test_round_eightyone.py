"""Round eighty-one (issue 9): what dev84 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Baltic science park, a Lyon logistics firm, ...)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


PARK = incident("Tartu Science Park", keywords=("Tartu Science Park",))
FREIGHT = incident("Rhône Fret", keywords=("Rhône Fret",))


def test_a_comma_then_a_new_subject_with_a_negated_verb_denies_only_its_own_clause():
    # "guessing had given the hacker the credentials of administrator accounts, remote access was not protected by a
    # second factor": after a clause with its own verb, a comma then a new subject and a negated verb is a clause of
    # its own (rules cyberattack-574); the negation denied the credentials taken
    splice = ("Repeated guessing had given the intruder the credentials of two administrator accounts at Tartu "
              "Science Park, remote access was not protected by a second factor.")
    assert en(splice, "data_category", PARK) == {("credentials", "asserted", False)}
    spared = ("Les pirates ont dérobé les identifiants de connexion de Rhône Fret, les données de ses clients n'ont "
              "pas été touchées.")
    assert ("credentials", "asserted", False) in fr(spared, "data_category", FREIGHT)
    # a list before the comma has no verb of its own: the whole list is the negated subject
    listed = "Names, home addresses were not among the files taken from Tartu Science Park."
    assert en(listed, "data_category", PARK) == {("identity", "denied", False), ("contact", "denied", False)}
