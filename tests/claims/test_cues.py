"""The clustering guard and the extractor read negation with one vocabulary (the profile's cue files)."""

from __future__ import annotations

from claims.extraction import cues
from claims.grouping.cluster import Signature, guard
from tests.claims.helpers import slots_of


def test_a_hedge_with_sans_is_no_negation_for_either():
    official = "Les pirates ont sans doute revendu les données des patients sur un forum."
    press = "Les pirates ont revendu les données des patients sur un forum."
    assert not cues.negated(official)
    assert guard(Signature.of(official), Signature.of(press)) is None
    assert not any(c[2] == "denied" for c in slots_of(official))


def test_a_denial_is_a_negation_for_both():
    text = "Les pirates n'ont pas revendu les données des patients."
    assert cues.negated(text)
    assert guard(Signature.of(text), Signature.of("Les pirates ont revendu les données des patients.")) == "negation"


def test_words_of_sparing_negate_in_english_too():
    assert cues.negated("Clinical records were spared by the hackers.")


def test_estimates_are_read_in_both_languages():
    assert cues.approximate("une dizaine de comptes") and cues.approximate("about 10 accounts")
    assert not cues.approximate("10 comptes")
