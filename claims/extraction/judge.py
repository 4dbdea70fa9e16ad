"""Decide which candidate claims to keep, with a small logistic model stored as data in the profile.

The rules propose (claims.extraction.candidates); the judge weighs each candidate's named
features (claims.extraction.features) with the weights of `judge.json` in the profile's
folder, and keeps those whose probability reaches their slot group's threshold. The
weights are fitted by `python -m claims.extraction.train` on the dev part of the
real-style set only; the file records its version, the feature groups it was trained
with and how it was measured. Scoring is a sum of weights over the features present: no
numpy, no scikit-learn at run time, and the judge is read once with the profile.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claims.extraction.candidates import Candidate
from claims.extraction.features import slot_group
from claims.extraction.model import ASSERTED, Claim, Sentence
from claims.extraction.slots import BOTH_POLARITIES

JUDGE_FILE = "judge.json"


class JudgeError(ValueError):
    """A judge file that cannot be read or lacks what scoring needs."""


@dataclass(frozen=True, eq=False)
class Judge:
    """A logistic model over candidate features: weights by feature name, a threshold per slot group."""

    version: str
    groups: frozenset[str]
    weights: dict = field(repr=False)
    thresholds: dict = field(repr=False)
    threshold: float = 0.5
    # the slot groups it decides; the rules decide the others (all when empty)
    slots: frozenset[str] = frozenset()

    def score(self, candidate: Candidate) -> float | None:
        """The candidate's probability, or None where the rules decide its slot group."""
        if self.slots and slot_group(candidate.slot) not in self.slots:
            return None
        return self.probability(candidate.features)

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that a candidate with these features is a claim the text makes."""
        weights = self.weights
        z = sum(weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, candidate: Candidate) -> tuple[bool, float]:
        """Whether the candidate is kept (its probability reaches its slot group's threshold, or
        the rules keep it where they decide), and how likely it is."""
        p = self.score(candidate)
        if p is None:
            return candidate.rule, 1.0 if candidate.rule else 0.0
        return p >= self.thresholds.get(slot_group(candidate.slot), self.threshold), p

    def to_json(self, **extra) -> str:
        """The judge as the profile stores it (weights rounded, features sorted)."""
        data = {"version": self.version, "groups": sorted(self.groups), "slots": sorted(self.slots),
                "threshold": self.threshold,
                "thresholds": dict(sorted(self.thresholds.items())), **extra,
                "weights": {k: round(w, 4) for k, w in sorted(self.weights.items()) if abs(w) >= 1e-4}}
        return json.dumps(data, ensure_ascii=False, indent=0)


def load_judge(path: Path) -> Judge | None:
    """The judge stored at path, or None when the profile has none."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Judge(version=str(data["version"]), groups=frozenset(data["groups"]),
                     weights={str(k): float(w) for k, w in data["weights"].items()},
                     thresholds={str(k): float(t) for k, t in data.get("thresholds", {}).items()},
                     threshold=float(data.get("threshold", 0.5)), slots=frozenset(data.get("slots", ())))
    except (ValueError, KeyError, TypeError) as exc:
        raise JudgeError(f"{path}: {exc}") from None


@dataclass
class Reading:
    """One sentence as the rules read it: the claims they keep, and the candidates a judge weighs
    (its slot candidates, its quotations, and a free-text candidate when it may state a fact)."""

    sentence: Sentence
    claims: list[Claim]
    candidates: list[Candidate] = field(default_factory=list)
    free: Candidate | None = None


def _claim(sentence: Sentence, c: Candidate) -> Claim:
    return Claim(c.slot, c.value, c.polarity, c.hedged, sentence.text, sentence.start, sentence.end)


def decide(reading: Reading, judge: Judge) -> list[Claim]:
    """The claims the judge keeps from one sentence: candidates at or above their threshold, one
    polarity per slot value (the likelier) except where a sentence often says both, and the
    free-text candidate only when no other claim is kept."""
    best: dict[tuple, tuple[float, Candidate]] = {}
    for c in reading.candidates:
        keep, p = judge.keeps(c)
        if not keep:
            continue
        key = (c.slot, c.value, c.polarity) if c.slot in BOTH_POLARITIES else (c.slot, c.value)
        if key not in best or p > best[key][0]:
            best[key] = (p, c)
    kept = [c for _p, c in best.values()]
    kept.sort(key=lambda c: (c.slot != "quote", c.start))
    if not kept and reading.free is not None and judge.keeps(reading.free)[0]:
        kept = [reading.free]
    return [_claim(reading.sentence, c) for c in kept]


def free_candidate(sentence: Sentence, polarity: str | None, hedged: bool, rule: bool) -> Candidate:
    """The sentence itself as a free-text candidate."""
    return Candidate(None, None, polarity or ASSERTED, hedged, 0, len(sentence.text), rule, "free")
