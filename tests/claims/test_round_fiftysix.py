"""Round fifty-six (issue 9): what dev55's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (the Harwick constabulary's card supplier, the Alder Trust)."""

from __future__ import annotations

from tests.claims.helpers import en, round_incident as incident


HARWICK = incident("Harwick Police", keywords=("Harwick Police", "ransomware"))
ALDER = incident("Corvane Dialling", "Alder Hill Foundation", keywords=("Corvane Dialling", "LockBit", "donors"))


def test_a_speaker_whose_surname_has_a_capital_inside_keeps_it_and_loses_the_rank_before_it():
    text = ("Assistant Chief Constable Colin McFarlane said the force was aware of a ransomware attack on a supplier. "
            "“We take the security of our data extremely seriously,” he said.")
    assert en(text, "quote", HARWICK) == {("Colin McFarlane", "asserted", False)}
    irish = ("Superintendent Aoife O'Neil said staff details had been taken from the supplier. “We have told every "
             "officer affected,” she said.")
    assert en(irish, "quote", HARWICK) == {("Aoife O'Neil", "asserted", False)}


def test_the_foundation_that_speaks_is_the_one_named_before():
    text = ("The Alder Hill Foundation put the number of its donors affected at 1,700. “We had no idea our "
            "supporters' details were still being held,” the foundation said.")
    assert ("Alder Hill Foundation", "asserted", False) in en(text, "quote", ALDER)
