"""Compute a cluster's verdict and its reason, as data, exactly as the contract's table says; pure.

confirmed     an official source states the same slot, value and polarity
contradicted  an official source states the opposite polarity, or another value of a
              single-valued slot (victim_count, accounts_compromised, attack_date)
disputed      no official word, and the other side is held by at least two independent
              sources, or by at least a quarter of the independent sources on the question
unverified    no official word and no dispute

Sources are counted as independent outlets (`Statement.outlet`: the outlet a relayed claim
repeats, not the relaying one), so a syndicated or relayed copy is not a second voice. A
lone source against at least three (`LONE`, `BROAD`) is an outlier: it does not make the
majority disputed, and its own cluster carries `outlier` (and the reason code `outlier`)
instead of a dispute, so editors look at it. When official statements disagree, the most
recent prevails and the reason lists the earlier ones (`earlier`).

Hedged official statements ("selon", conditionals) still count as official word; the reason
says so. Numbers are the same value within a relative tolerance (wider when either sentence
words the figure as an estimate), because "une dizaine" and "about 10" and "12" are not a
disagreement an editor would flag.

The reason is a dict (`reason["code"]` one of REASON_CODES, with the ids of the claims and
sources behind it) that claims.grouping.reasons says in French or English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from claims.extraction import cues
from claims.extraction.profile import load_profile

CONFIRMED, CONTRADICTED, DISPUTED, UNVERIFIED = "confirmed", "contradicted", "disputed", "unverified"
VERDICTS = (CONFIRMED, CONTRADICTED, DISPUTED, UNVERIFIED)
ASSERTED, DENIED = "asserted", "denied"
REASON_CODES = ("official_agrees", "official_denies", "official_other_value", "sources_disagree",
                "no_official_word", "outlier", "editor")

# Which slots are single-valued and numeric is the profile's metadata (profile.toml).
SINGLE_VALUED = load_profile(cues.DEFAULT_PROFILE).single_valued
NUMERIC_SLOTS = load_profile(cues.DEFAULT_PROFILE).numeric
TOLERANCE = 0.10         # |a - b| / max(a, b) at or under this: the same figure
APPROX_TOLERANCE = 0.25  # ... when either sentence says "about", "une dizaine", "more than"
DISPUTE_SOURCES = 2      # the other side holds at least this many independent sources: disputed
DISPUTE_SHARE = 0.25     # ... or at least this share of the independent sources on the question
LONE, BROAD = 1, 3       # one source against at least three: an outlier, not a dispute
REASON_CLAIMS = 12       # claim and source ids kept in a reason (the cluster page lists them all)


@dataclass(frozen=True)
class Statement:
    """One claim as the verdict rules see it: what it says, who said it (and whose text it relays), when."""

    claim_id: int
    slot: str | None
    value: str | None
    polarity: str
    hedged: bool
    official: bool
    source: str
    published: str | None = None
    text: str = ""
    source_id: int | None = None
    origin_id: int | None = None     # the independent outlet: the one relayed, else source_id
    origin: str | None = None        # its name
    article_id: int | None = None

    @property
    def outlet(self) -> object:
        """What counts as one independent source."""
        if self.origin_id is not None:
            return self.origin_id
        return self.source_id if self.source_id is not None else self.source


@dataclass(frozen=True)
class Verdict:
    """A computed verdict with its reason as data."""

    verdict: str
    reason: dict = field(default_factory=dict)
    official_claim_ids: tuple[int, ...] = ()
    hedged: bool = False            # every official statement behind it is hedged
    first_confirmed: str | None = None
    outlier: bool = False

    @property
    def code(self) -> str:
        return self.reason.get("code", "")


@lru_cache(maxsize=65536)
def instant(value: str | None) -> str:
    """A sortable UTC form of a stored date or date-time ("" when unknown); a bare date sorts
    before the times of its day. Stored values mix offsets ("+02:00" from pages, UTC from feeds)."""
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return parsed.date().isoformat()
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except OverflowError:  # a stored date at the calendar's edge: its own clock reading sorts it
            parsed = parsed.replace(tzinfo=None)
    return parsed.isoformat(timespec="seconds")


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
    confirming, contradicting, side, against = [], [], [], []
    for s in same_slot:
        matches = _agrees(slot, value, s, approximate)
        if matches and s.polarity == polarity:
            (confirming if s.official else side).append(s)
        elif matches or (slot in SINGLE_VALUED and polarity == ASSERTED and s.polarity == ASSERTED):
            # Opposite polarity of the same value, or another value of a single-valued slot.
            (contradicting if s.official else against).append(s)
    return decide(confirming, contradicting, side, against, polarity=polarity)


def text_verdict(members: Sequence[Statement], negation_linked: Sequence[Statement]) -> Verdict:
    """A free-text cluster's verdict: official members confirm; an official statement that the
    guard kept apart only for its negation contradicts; unofficial ones on both sides count as
    for a slot cluster.

    Embeddings cannot tell a claim from its denial, so contradiction between free-text
    claims is only ever read from that explicit denied/asserted pair, never from similarity.
    """
    polarity = members[0].polarity if members else ASSERTED
    return decide([s for s in members if s.official], [s for s in negation_linked if s.official],
                  [s for s in members if not s.official], [s for s in negation_linked if not s.official],
                  polarity=polarity)


def decide(confirming: Sequence[Statement], contradicting: Sequence[Statement], side: Sequence[Statement],
           against: Sequence[Statement], *, polarity: str = ASSERTED) -> Verdict:
    """The rules of the table, given the official statements for and against the cluster and the
    unofficial ones on its side and against it."""
    n_for, n_against = _outlets(side), _outlets(against)
    counts = {"for": len(n_for), "against": len(n_against)}
    if confirming or contradicting:
        latest = max([*confirming, *contradicting], key=lambda s: (instant(s.published), s.claim_id))
        if latest in confirming:
            return _official(CONFIRMED, "official_agrees", confirming, contradicting, counts)
        code = "official_denies" if latest.polarity != polarity else "official_other_value"
        return _official(CONTRADICTED, code, contradicting, confirming, counts)
    reason = {**counts, "claim_ids": _ids(against), "source_ids": _source_ids(against),
              "values": _values(against)}
    if not n_against:
        return Verdict(UNVERIFIED, {"code": "no_official_word", **reason})
    if len(n_for) <= LONE and len(n_against) >= BROAD:
        return Verdict(UNVERIFIED, {"code": "outlier", **reason}, outlier=True)
    if len(n_against) <= LONE and len(n_for) >= BROAD:
        return Verdict(UNVERIFIED, {"code": "no_official_word", **reason})
    total = len(n_for | n_against)
    if len(n_against) >= DISPUTE_SOURCES or len(n_against) >= DISPUTE_SHARE * total:
        return Verdict(DISPUTED, {"code": "sources_disagree", **reason})
    return Verdict(UNVERIFIED, {"code": "no_official_word", **reason})


def _official(verdict: str, code: str, basis: Sequence[Statement], earlier: Sequence[Statement],
              counts: dict) -> Verdict:
    """A verdict resting on official statements; `earlier`: official statements that said otherwise before."""
    hedged = all(s.hedged for s in basis)
    reason = {"code": code, **counts, "claim_ids": _ids(basis), "source_ids": _source_ids(basis),
              "official": _per_source(basis, latest_first=verdict == CONTRADICTED), "hedged": hedged}
    if earlier:
        reason["earlier"] = _per_source(earlier, latest_first=False)
    first = min((s.published for s in basis if s.published), key=instant, default=None)
    return Verdict(verdict, reason, _ids(basis, limit=None), hedged, first if verdict == CONFIRMED else None)


def _per_source(statements: Sequence[Statement], *, latest_first: bool, limit: int = 3) -> list[dict]:
    """One statement per official source (its first, or its latest), in time order (or latest first)."""
    def when(s: Statement) -> tuple:
        return instant(s.published), s.claim_id

    ordered = sorted(statements, key=when, reverse=latest_first)
    chosen: dict[object, Statement] = {}
    for s in sorted(ordered, key=lambda s: s.hedged):  # stable: a source's firm wording before its hedged one
        chosen.setdefault(s.outlet, s)
    return [_said(s) for s in sorted(chosen.values(), key=when, reverse=latest_first)[:limit]]


def _said(s: Statement) -> dict:
    """An official statement as a reason quotes it: who, when, what."""
    return {"claim_id": s.claim_id, "source_id": s.source_id, "source": s.source, "published": s.published,
            "value": s.value, "polarity": s.polarity, "hedged": s.hedged, "text": s.text}


def _outlets(statements: Sequence[Statement]) -> set:
    return {s.outlet for s in statements}


def _ids(statements: Sequence[Statement], limit: int | None = REASON_CLAIMS) -> tuple[int, ...]:
    ids = sorted({s.claim_id for s in statements if s.claim_id})
    return tuple(ids if limit is None else ids[:limit])


def _source_ids(statements: Sequence[Statement]) -> list:
    return sorted({s.outlet for s in statements if isinstance(s.outlet, int)})[:REASON_CLAIMS]


def _values(statements: Sequence[Statement]) -> list:
    """The other side's values with how many independent sources hold each, most held first."""
    held: dict[tuple, set] = {}
    for s in statements:
        held.setdefault((s.value, s.polarity), set()).add(s.outlet)
    ranked = sorted(held.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
    return [{"value": v, "polarity": p, "sources": len(o)} for (v, p), o in ranked[:6]]
