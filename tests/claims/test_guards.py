"""What the claims stage hands to extraction: bounded, offset-preserving, and never a crash on any figure."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings, strategies as st

from claims import guards
from claims.extraction.extract import extract_claims
from claims.extraction.profile import load_profile

PROFILE = load_profile("cyberattack")
FIGURES = st.one_of(st.integers(min_value=0, max_value=10**400).map(str),
                    st.lists(st.integers(0, 999), min_size=1, max_size=40).map(lambda g: " ".join(f"{n:03d}" for n in g)),
                    st.floats(allow_nan=True, allow_infinity=True).map(repr))


@given(st.text(max_size=3000))
def test_bounded_text_keeps_every_offset(text):
    kept, cut = guards.bounded_text(text)
    assert len(kept) == min(len(text), guards.MAX_ARTICLE_CHARS)
    assert all(a == b or (a == " " and b != "\n") for a, b in zip(kept, text))
    assert cut >= len(text) - len(kept)


@given(FIGURES, st.sampled_from(["fr", "en"]))
@settings(max_examples=60, deadline=None)
def test_any_figure_in_an_article_is_analysed_without_error(figure, language):
    text = (f"Les données de {figure} patients ont été dérobées, selon l'ARS Normandie. "
            f"About {figure} patients were affected by the breach, the agency said.")
    kept, _ = guards.bounded_text(text)
    assert not re.search(r"\d(?:[ .,']?\d){%d,}" % guards.MAX_DIGITS, kept)
    extract_claims(kept, profile=PROFILE, language=language, published=dt.date(2025, 9, 10))


@given(st.integers(min_value=guards.MAX_SENTENCE_CHARS + 1, max_value=guards.MAX_SENTENCE_CHARS * 3))
@settings(max_examples=10, deadline=None)
def test_over_long_sentences_are_blanked(length):
    sentence = ("mot " * length)[:length]
    kept, cut = guards.bounded_text("Une phrase courte. " + sentence + ". Une autre phrase courte.")
    assert cut >= length and kept.startswith("Une phrase courte. ") and kept.endswith("Une autre phrase courte.")
