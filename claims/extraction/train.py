"""Fit the judge on the real-style dev part and measure it leaving one incident out.

    python -m claims.extraction.train [--loio] [--write] [--groups=base,cue_clause,...] [--l2=1.0]

Reads tests/claims/realstyle/dev only (the held-out part is never opened here): each
passage's candidates (claims.extraction.candidates) with their features, labelled by
whether the passage's expected claims hold that slot, value and polarity. `--loio` fits
one judge per breach on the other breaches and scores the breach left out, then prints
the aggregate report beside the rules' own: the figure that says whether the judge
generalises to a breach it never saw. `--write` fits on all of dev and stores the judge in
the profile (claims/profiles/<name>/judge.json). Training needs numpy; running the judge
does not.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.extraction.evaluate import FREE, Example, Report, _normalise_value, format_report, load_examples, score
from claims.extraction.extract import read_article
from claims.extraction.features import GROUPS, slot_group
from claims.extraction.judge import JUDGE_FILE, Judge, Reading, decide
from claims.extraction.profile import PROFILES_DIR, load_profile

DEV = Path("tests/claims/realstyle/dev")
# The feature groups the stored judge uses, chosen by leave-one-incident-out (docs/claims.md).
DEFAULT_GROUPS = ("base", "cue_clause", "cue_window", "slot", "position")
L2 = 1.0
STEPS = 400
RATE = 0.05


@dataclass
class Passage:
    """A dev passage read once: its readings (candidates with features) and the keys it expects."""

    example: Example
    readings: list[Reading]
    expected: frozenset[tuple]


def _key(slot, value, polarity) -> tuple:
    return (FREE, None, "asserted") if slot is None else (slot, _normalise_value(slot, value), polarity)


def read_passages(examples: list[Example], groups: frozenset[str], profile=None) -> list[Passage]:
    """Each example's readings with every candidate described by `groups`."""
    profile = profile or load_profile()
    out = []
    for ex in examples:
        readings = read_article(ex.text, profile=profile, language=ex.lang, published=ex.published,
                                incident=ex.incident, judged=groups)
        out.append(Passage(ex, readings, frozenset(w[:3] for w in ex.expected)))
    return out


def rows(passages: list[Passage]) -> tuple[list[list[str]], np.ndarray, np.ndarray]:
    """Every candidate's features, its label, and the index of its passage."""
    features, labels, owner = [], [], []
    for i, p in enumerate(passages):
        for r in p.readings:
            for c in r.candidates + ([r.free] if r.free is not None else []):
                features.append(c.features)
                labels.append(_key(c.slot, c.value, c.polarity) in p.expected)
                owner.append(i)
    return features, np.array(labels, dtype=float), np.array(owner)


def fit(features: list[list[str]], labels: np.ndarray, l2: float = L2, steps: int = STEPS,
        rate: float = RATE) -> dict[str, float]:
    """L2-regularised logistic regression over binary features, by full-batch Adam."""
    names = sorted({n for row in features for n in row})
    index = {n: i for i, n in enumerate(names)}
    cols = np.array([index[n] for row in features for n in row], dtype=np.int64)
    lengths = np.array([len(row) for row in features])
    rows_of = np.repeat(np.arange(len(features)), lengths)
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    s = np.zeros_like(w)
    n = len(features)
    for step in range(1, steps + 1):
        z = np.bincount(rows_of, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(cols, weights=(p - labels)[rows_of], minlength=len(names)) / n + l2 * w / n
        m = 0.9 * m + 0.1 * grad
        s = 0.999 * s + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
    return {name: float(w[i]) for i, name in enumerate(names)}


def judge_of(weights: dict[str, float], groups: frozenset[str], threshold: float = 0.5,
             version: str = "dev", slots: frozenset[str] = frozenset()) -> Judge:
    return Judge(version=version, groups=groups, weights=weights, thresholds={}, threshold=threshold, slots=slots)


def predictions(passages: list[Passage], judge: Judge | None) -> dict[str, set[tuple]]:
    """Each passage's predicted (slot, value, polarity, hedged), by the judge or (None) the rules."""
    out = {}
    for p in passages:
        claims = [c for r in p.readings for c in (decide(r, judge) if judge else r.claims)]
        out[p.example.id] = {(FREE, None, "asserted", False) if c.slot is None else
                             (c.slot, _normalise_value(c.slot, c.value), c.polarity, c.hedged) for c in claims}
    return out


def report_of(passages: list[Passage], predicted: dict[str, set[tuple]]) -> Report:
    return score([p.example for p in passages], load_profile(), lambda ex, _p: predicted[ex.id])


def fold_weights(passages: list[Passage], groups: frozenset[str], l2: float = L2) -> dict[str, dict[str, float]]:
    """For each breach, the weights fitted on the passages of the other breaches."""
    features, labels, owner = rows(passages)
    out = {}
    for breach in sorted({p.example.breach for p in passages}):
        held = {i for i, p in enumerate(passages) if p.example.breach == breach}
        train = [k for k in range(len(features)) if owner[k] not in held]
        out[breach] = fit([features[k] for k in train], labels[train], l2=l2)
    return out


def loio(passages: list[Passage], groups: frozenset[str], folds: dict[str, dict[str, float]],
         threshold: float = 0.5, slots: frozenset[str] = frozenset()) -> dict[str, set]:
    """Predictions for every passage by the judge fitted without its breach."""
    predicted: dict[str, set] = {}
    for breach, weights in folds.items():
        judge = judge_of(weights, groups, threshold, slots=slots)
        predicted.update(predictions([p for p in passages if p.example.breach == breach], judge))
    return predicted


def _summary(name: str, report: Report) -> str:
    o = report.overall
    return (f"{name}: P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f} (tp {o.tp} fp {o.fp} fn {o.fn}); "
            f"polarity errors {report.polarity_errors}, hedging {report.hedging_errors}, "
            f"traps {report.traps_clean}/{report.traps_total}")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = dict(a[2:].split("=", 1) for a in args if a.startswith("--") and "=" in a)
    groups = frozenset(options.get("groups", ",".join(DEFAULT_GROUPS)).split(","))
    unknown = groups - set(GROUPS)
    if unknown:
        print(f"unknown feature group(s): {', '.join(sorted(unknown))}; known: {', '.join(GROUPS)}", file=sys.stderr)
        return 2
    l2 = float(options.get("l2", L2))
    threshold = float(options.get("threshold", 0.5))
    passages = read_passages(load_examples(DEV), groups)
    features, labels, _owner = rows(passages)
    print(f"{len(passages)} passages, {len(features)} candidates ({int(labels.sum())} right), "
          f"{len({p.example.breach for p in passages})} breaches; groups {','.join(sorted(groups))}; l2 {l2}")
    print(_summary("rules (dev = LOIO)", report_of(passages, predictions(passages, None))))
    weights = fit(features, labels, l2=l2)
    judge = judge_of(weights, groups, threshold)
    print(_summary("judge fitted on all dev, scored on dev", report_of(passages, predictions(passages, judge))))
    if "--loio" in args:
        folds = fold_weights(passages, groups, l2)
        for t in sorted({threshold, *(float(x) for x in options.get("sweep", "").split(",") if x)}):
            report = report_of(passages, loio(passages, groups, folds, t))
            print(_summary(f"judge, leave one incident out, threshold {t}", report))
        if "--report" in args:
            print(format_report(report, "leave one incident out"))
        if "--per-slot" in args:
            for group in sorted({slot_group(s) for s in load_profile().slots} | {"free"}):
                for t in (0.4, 0.5, 0.6):
                    report = report_of(passages, loio(passages, groups, folds, t, frozenset({group})))
                    print(_summary(f"judge on {group} only, threshold {t}", report))
    if "--write" in args:
        path = PROFILES_DIR / load_profile().name / JUDGE_FILE
        stamp = dt.date.today().isoformat()
        path.write_text(judge_of(weights, groups, threshold, version=f"judge-{stamp}").to_json(
            trained_on=str(DEV), passages=len(passages), candidates=len(features)) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
