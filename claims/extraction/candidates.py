"""Propose the claims a sentence may make, wider than the rules keep, each with what a judge weighs.

The rules (claims.extraction.slots and the modules it calls) keep a claim only where a cue
says so, and drop the rest: an organisation that speaks, a region outside a sentence about
the attack, a date with no attack word, a statement in a recap. What they keep and what
they drop are both candidates here: every mention of a slot value in the sentence, the
rules' own claims, and a free-text claim for the sentence, each marked with whether the
rules keep it and described by named features (claims.extraction.features). A learned
judge (claims.extraction.judge) then decides which to keep. Pure: text in, candidates out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claims.extraction.cues import negation_spans
from claims.extraction.dates import find_dates
from claims.extraction.filters import in_period
from claims.extraction.lexicon import Folded, find_mentions
from claims.extraction.model import ASSERTED, DENIED, Mention, Value, Vocabulary
from claims.extraction.polarity import Clause, clause_at
from claims.extraction.slots import org_denied

# Words that end a date range; the date after them is the range's end, not a date of its own.
_RANGE_JOIN = ("a", "au", "to", "and", "et", "until", "jusqu au")


@dataclass
class Candidate:
    """One claim a sentence may make: slot, value, polarity and hedging as the rules read the
    clause it sits in, where it sits, whether the rules keep it, and how it came about
    (`origin`: "rule", or the kind of mention the rules left out)."""

    slot: str | None
    value: Value
    polarity: str
    hedged: bool
    start: int
    end: int
    rule: bool
    origin: str = "rule"
    features: list[str] = field(default_factory=list)


def _polarity(clause: Clause) -> str:
    return DENIED if clause.negated else ASSERTED


def _range_end(low: str, previous_end: int | None, start: int) -> bool:
    if previous_end is None:
        return False
    gap = low[previous_end:start].strip()
    for article in ("le ", "the "):
        if gap.endswith(article.strip()) and gap != article.strip():
            gap = gap[: -len(article.strip())].strip()
    return gap in _RANGE_JOIN or gap in ("-", "–")


def raw_mentions(f: Folded, v: Vocabulary, published: dt.date | None,
                 anaphors: list[Mention]) -> list[tuple[str, Value, int, int, str]]:
    """Every mention of a value of the named slots, every role noun, every date: (slot, value,
    start, end, origin), whatever the rules make of them."""
    out = [("organization", m.value, m.start, m.end, "name") for m in find_mentions("organization", v, f)]
    out += [("organization", m.value, m.start, m.end, "role_noun") for m in anaphors]
    out += [("region", m.value, m.start, m.end, "mention") for m in find_mentions("region", v, f)]
    out += [("data_category", m.value, m.start, m.end, "mention") for m in find_mentions("data_category", v, f)]
    previous_end = None
    for d in find_dates(f.low, v.dates, published):
        if not _range_end(f.low, previous_end, d.start) and not in_period(f, v, d.start):
            out.append(("attack_date", d.iso, d.start, d.end, "date"))
        previous_end = d.end
    return out


def propose(
    f: Folded,
    v: Vocabulary,
    clauses: list[Clause],
    attributed: bool,
    kept: list[tuple[str, Value, str, bool, int]],
    relaxed: list[tuple[str, Value, str, bool, int]],
    raw: list[tuple[str, Value, int, int, str]],
) -> list[Candidate]:
    """The sentence's candidates: what the rules keep (`kept`), what they would keep were the
    sentence not set aside (`relaxed`: a recap, advice), then the raw mentions they do not
    keep, one per slot value and polarity, the first mention standing for the others."""
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for slot, value, polarity, hedged, pos in kept:
        seen.add((slot, value, polarity))
        seen.add((slot, value))
        out.append(Candidate(slot, value, polarity, hedged, pos, _end_at(f, pos), True))
    for slot, value, polarity, hedged, pos in relaxed:
        if (slot, value, polarity) in seen or (slot, value) in seen:
            continue
        seen.add((slot, value, polarity))
        out.append(Candidate(slot, value, polarity, hedged, pos, _end_at(f, pos), False, "relaxed"))
    negations = None
    for slot, value, start, end, origin in raw:
        if (slot, value) in seen:
            continue
        clause = clause_at(clauses, start)
        polarity = _polarity(clause)
        if slot == "organization" and clause.negated:
            negations = negations if negations is not None else negation_spans(f, v.cues)
            if not org_denied(f, v, start, clause, negations):
                polarity = ASSERTED
        seen.add((slot, value))
        out.append(Candidate(slot, value, polarity, attributed or clause.hedged, start, end, False, origin))
    return out


def _end_at(f: Folded, pos: int) -> int:
    """The end of the word at pos (the rules record where a claim's mention starts)."""
    rest = f.low[pos:]
    stripped = rest.lstrip()
    word = len(stripped) - len(stripped.lstrip("abcdefghijklmnopqrstuvwxyz0123456789")) if stripped else 0
    return min(len(f.low), pos + (len(rest) - len(stripped)) + max(word, 1))
