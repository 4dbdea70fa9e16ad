"""Whether two similar free-text claims may be one claim: same polarity, same figures and months, no other names.

Embeddings place a sentence near its denial, "une dizaine" near "une cinquantaine" and "1er
octobre" near "1 November", so a join also needs the guard's consent. Each side is read in
every language of the profile at once, because a French claim is compared with an English
one: the polarity is the extractor's clause polarity (the same reading as slot claims, so one
negation vocabulary), figures are read in digits and in words ("une dizaine", "about ten"),
months by name, and names are compared after the profile's lexicons have put regions and
organisations under one name ("Normandy" and "Normandie", "the regional health agency" and
"ARS").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claims.extraction import cues
from claims.extraction.lexicon import Folded, find_mentions, fold, load_profile
from claims.extraction.model import Profile
from claims.extraction.numbers import find_numbers

ENTITY_SLOTS = ("region", "organization")  # lexicon slots whose variants name one entity


@dataclass(frozen=True)
class Signature:
    """What the guard compares: polarity, figures, months and names of a sentence."""

    negated: bool
    numbers: frozenset[str]
    names: frozenset[str]
    months: frozenset[int] = frozenset()
    entities: frozenset[str] = frozenset()   # names any language writes the same: lexicon entities, acronyms

    @classmethod
    def of(cls, text: str, polarity: str | None = None, profile: Profile | None = None) -> "Signature":
        """`polarity` is the claim's (the extractor's clause reading); without it the sentence is read whole
        with the same cues (claims.extraction.cues.negated)."""
        profile = profile or default_profile()
        names = entity_names(text, profile)
        negated = polarity == "denied" if polarity is not None else cues.negated(text, profile.name)
        return cls(negated, figures(text, profile), names, months(text, profile),
                   frozenset(n for n in names if n in _known(text, profile) or _ACRONYM.search(_original(n, text))))


@functools.lru_cache(maxsize=1)
def default_profile() -> Profile:
    return load_profile()


def guard(a: Signature, b: Signature, *, across_languages: bool = False) -> str | None:
    """Why two similar sentences must not be one claim, or None when they may.

    Each kind of detail conflicts when each sentence has one the other lacks (one side giving
    more detail is just a fuller wording): figures ("une dizaine" against "une cinquantaine"),
    months, names. Across languages only names written alike (known entities, acronyms) are
    compared: "France's" or "England" have no counterpart word to match.
    """
    if a.negated != b.negated:
        return "negation"
    if _differ(a.numbers, b.numbers) or _differ(a.months, b.months):
        return "numbers"
    if _differ(a.entities, b.entities) if across_languages else _differ(a.names, b.names):
        return "names"
    return None


def _differ(a: frozenset, b: frozenset) -> bool:
    return bool(a and b and not (a <= b or b <= a))


_ACRONYM = re.compile(r"[A-Z].*[A-Z]")


def _original(folded_name: str, text: str) -> str:
    """The capitalised word of `text` a folded name came from (for telling acronyms)."""
    for word in re.findall(r"[\w\-]+", text):
        if fold(word).strip() == folded_name:
            return word
    return folded_name


def _known(text: str, profile: Profile) -> set[str]:
    folded = Folded(text)
    return {fold(str(m.value)).strip() for slot in ENTITY_SLOTS if slot in profile.terms
            for m in find_mentions(slot, profile, folded)}


@functools.lru_cache(maxsize=16384)
def figures(text: str, profile: Profile) -> frozenset[str]:
    """The figures a sentence gives: every number in digits, and numbers of ten or more in words ("une
    dizaine", "a cinquantaine"), read in each of the profile's languages. Small numbers in words ("three
    agencies", "two-factor") say little about the claim and are too common to compare."""
    folded = Folded(text)
    found = set()
    for lang in profile.vocabularies:
        for n in find_numbers(folded.low, folded.cased, profile.vocabulary(lang).numbers):
            written = text[n.start:n.end]
            if any(ch.isdigit() for ch in written) or n.value >= 10:
                found.add(str(int(n.value)) if float(n.value).is_integer() else str(n.value))
    return frozenset(found)


@functools.lru_cache(maxsize=16384)
def months(text: str, profile: Profile) -> frozenset[int]:
    """The months a sentence names ("1er octobre", "until the end of December"); an English "may"
    counts only next to a figure."""
    low = Folded(text).low
    return frozenset(month for pattern, month in _month_patterns(profile) if pattern.search(low))


@functools.lru_cache(maxsize=8)
def _month_patterns(profile: Profile) -> tuple[tuple[re.Pattern[str], int], ...]:
    out = []
    for lang in profile.vocabularies:
        for i, name in enumerate(profile.vocabulary(lang).dates.get("months", [])):
            word = re.escape(Folded(name).low)
            if word == "may":
                out.append((re.compile(r"(?:\d\s+may|may\s+\d)(?!\w)"), i + 1))
            else:
                out.append((re.compile(rf"(?<!\w){word}(?!\w)"), i + 1))
    return tuple(out)


@functools.lru_cache(maxsize=16384)
def entity_names(text: str, profile: Profile) -> frozenset[str]:
    """cues.names, with every region or organisation the lexicons know under its one name."""
    folded = Folded(text)
    known, blanked = set(), list(text)
    for slot in ENTITY_SLOTS:
        if slot not in profile.terms:
            continue
        for m in find_mentions(slot, profile, folded):
            known.add(fold(str(m.value)).strip())
            blanked[m.start:m.end] = " " * (m.end - m.start)
    return frozenset(cues.names("".join(blanked)) | known)
