"""Compute a cluster's verdict from official statements, exactly as the contract's table says; pure.

confirmed     an official source states the same slot, value and polarity
contradicted  an official source states the opposite polarity, or another value of a
              single-valued slot (victim_count, accounts_compromised, attack_date)
disputed      no official word, and other sources state both polarities or incompatible values
unverified    no official word and no dispute

Hedged official statements ("selon", conditionals) still count as official word; the
verdict says so in its note and `hedged` flag. Numbers are the same value within a
relative tolerance (wider when either sentence words the figure as an estimate), because
"une dizaine" and "about 10" and "12" are not a disagreement an editor would flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from claims.extraction import cues
from claims.extraction.profile import load_profile

CONFIRMED, CONTRADICTED, DISPUTED, UNVERIFIED = "confirmed", "contradicted", "disputed", "unverified"
VERDICTS = (CONFIRMED, CONTRADICTED, DISPUTED, UNVERIFIED)
ASSERTED, DENIED = "asserted", "denied"

# Which slots are single-valued and numeric is the profile's metadata (profile.toml).
SINGLE_VALUED = load_profile(cues.DEFAULT_PROFILE).single_valued
NUMERIC_SLOTS = load_profile(cues.DEFAULT_PROFILE).numeric
TOLERANCE = 0.10         # |a - b| / max(a, b) at or under this: the same figure
APPROX_TOLERANCE = 0.25  # ... when either sentence says "about", "une dizaine", "more than"


@dataclass(frozen=True)
class Statement:
    """One claim as the verdict rules see it: what it says, who said it, when, how firmly."""

    claim_id: int
    slot: str | None
    value: str | None
    polarity: str
    hedged: bool
    official: bool
    source: str
    published: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Verdict:
    """A computed verdict with the words that justify it."""

    verdict: str
    note: str
    official_claim_ids: tuple[int, ...] = ()
    hedged: bool = False            # every official statement behind it is hedged
    first_confirmed: str | None = None


def same_value(slot: str | None, a: str | None, b: str | None, *, approx: bool = False) -> bool:
    """Whether two values of a slot are the same fact (numbers within tolerance)."""
    if a == b:
        return True
    if slot in NUMERIC_SLOTS and a is not None and b is not None:
        try:
            x, y = float(a), float(b)
        except ValueError:
            return False
        if max(abs(x), abs(y)) == 0:
            return True
        return abs(x - y) / max(abs(x), abs(y)) <= (APPROX_TOLERANCE if approx else TOLERANCE)
    return False


def _agrees(slot: str | None, value: str | None, s: Statement, approximate: bool) -> bool:
    if value == s.value or slot not in NUMERIC_SLOTS:
        return value == s.value  # only figures compare loosely: no need to read the wording
    return same_value(slot, value, s.value, approx=approximate or worded_as_estimate(s.text))


@lru_cache(maxsize=65536)
def worded_as_estimate(text: str) -> bool:
    """cues.approximate, remembered: a slot's verdicts read the same official sentences once per cluster."""
    return cues.approximate(text)


def slot_verdict(slot: str, value: str | None, polarity: str, same_slot: Iterable[Statement],
                 *, approximate: bool = False) -> Verdict:
    """The verdict of the cluster (slot, value, polarity), given every in-incident statement of that slot.

    `approximate`: the cluster's own figure was worded as an estimate, so numbers compare loosely.
    """
    confirming, contradicting, opposing = [], [], []
    for s in same_slot:
        matches = _agrees(slot, value, s, approximate)
        if matches and s.polarity == polarity:
            if s.official:
                confirming.append(s)
        elif matches or (slot in SINGLE_VALUED and polarity == ASSERTED and s.polarity == ASSERTED):
            # Opposite polarity of the same value, or another value of a single-valued slot.
            (contradicting if s.official else opposing).append(s)
    return _decide(confirming, contradicting, opposing, what=f"{slot} = {value} ({polarity})")


def text_verdict(members: Sequence[Statement], negation_linked: Sequence[Statement]) -> Verdict:
    """A free-text cluster's verdict: official members confirm; an official statement that the
    guard kept apart only for its negation contradicts; an unofficial one disputes.

    Embeddings cannot tell a claim from its denial, so contradiction between free-text
    claims is only ever read from that explicit denied/asserted pair, never from similarity.
    """
    confirming = [s for s in members if s.official]
    contradicting = [s for s in negation_linked if s.official]
    opposing = [s for s in negation_linked if not s.official]
    return _decide(confirming, contradicting, opposing, what="this statement")


def _decide(confirming: list[Statement], contradicting: list[Statement], opposing: list[Statement],
            *, what: str) -> Verdict:
    if confirming and contradicting:
        # Officials changed their word (a correction): the latest statement decides.
        latest = max(confirming + contradicting, key=lambda s: (s.published or "", s.claim_id))
        if latest in confirming:
            return _confirmed(confirming, what, extra=f"; an earlier official statement said otherwise "
                              f"({_who(contradicting)})")
        return _contradicted(contradicting, what, extra=f"; it replaces an earlier official statement "
                             f"({_who(confirming)})")
    if confirming:
        return _confirmed(confirming, what)
    if contradicting:
        return _contradicted(contradicting, what)
    if opposing:
        return Verdict(DISPUTED, f"disputed: no official word on {what}; other sources say otherwise: "
                       f"{_said(opposing)}")
    return Verdict(UNVERIFIED, f"unverified: no official source states {what} or its opposite")


def _confirmed(official: list[Statement], what: str, extra: str = "") -> Verdict:
    hedged = all(s.hedged for s in official)
    first = min((s.published for s in official if s.published), default=None)
    note = f"confirmed: {_who(official)} state{'s' if len(_sources(official)) == 1 else ''} {what}"
    if hedged:
        note += " (hedged: the official wording is conditional or attributed)"
    return Verdict(CONFIRMED, note + extra, _ids(official), hedged, first)


def _contradicted(official: list[Statement], what: str, extra: str = "") -> Verdict:
    hedged = all(s.hedged for s in official)
    note = f"contradicted: official word differs from {what}: {_said(official)}"
    if hedged:
        note += " (hedged: the official wording is conditional or attributed)"
    return Verdict(CONTRADICTED, note + extra, _ids(official), hedged)


def _sources(statements: Sequence[Statement]) -> list[str]:
    return sorted({s.source for s in statements})


def _who(statements: Sequence[Statement]) -> str:
    return ", ".join(_sources(statements))


def _said(statements: Sequence[Statement]) -> str:
    parts = sorted({f"{s.source} says {s.value if s.value is not None else repr(s.text[:80])} ({s.polarity})"
                    for s in statements})
    return "; ".join(parts[:6]) + (f"; and {len(parts) - 6} more" if len(parts) > 6 else "")


def _ids(statements: Sequence[Statement]) -> tuple[int, ...]:
    return tuple(sorted({s.claim_id for s in statements}))
