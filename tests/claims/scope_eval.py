"""Score incident scope on the labelled articles (tests/claims/data/scope): precision and recall of "in the incident".

    python -m tests.claims.scope_eval [dev|heldout] [--no-model] [--errors] [--fit]

The incident is the sample's (config.toml's [incident]); relevance uses the embedding
similarity of the lead to the description, as the pipeline computes it, unless --no-model.
Thresholds are calibrated on dev only; held-out is scored for the report. `--fit` fits the
logistic weights of claims/extraction/scope.py on dev (with and without the model) and prints
them for the profile's scope.toml, with the leave-one-out accuracy on dev.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.extraction.lexicon import load_profile
from claims.extraction.scope import SIGNALS, judge_scope, signals

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data" / "scope"
LEAD_CHARS = 600  # as claims.pipeline


@dataclass(frozen=True)
class Scored:
    precision: float
    recall: float
    n: int
    errors: list[tuple[str, str, bool, str]]   # id, kind, expected, reason


def load(part: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{part}.jsonl").read_text(encoding="utf-8").splitlines() if line]


def incident() -> dict:
    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))["incident"]
    return {"keywords": list(data["keywords"]), "since": data["since"], "description": data["description"]}


def score(part: str, embedder=None) -> Scored:
    rows, inc, profile = load(part), incident(), load_profile()
    semantic = _similarities(rows, embedder)
    tp = fp = fn = 0
    errors = []
    for row, sim in zip(rows, semantic):
        published = dt.date.fromisoformat(row["published"][:10])
        got = judge_scope(title=row["title"], text=row["text"], published=published, profile=profile,
                          semantic=sim, **inc)
        tp += got.in_incident and row["in_incident"]
        fp += got.in_incident and not row["in_incident"]
        fn += not got.in_incident and row["in_incident"]
        if got.in_incident != row["in_incident"]:
            errors.append((row["id"], row["kind"], row["in_incident"], got.reason))
    return Scored(tp / max(1, tp + fp), tp / max(1, tp + fn), len(rows), errors)


def _similarities(rows: list[dict], embedder) -> list[float | None]:
    if embedder is None:
        return [None] * len(rows)
    vectors = embedder.encode([f"{r['title']}\n{r['text'][:LEAD_CHARS]}" for r in rows] + [incident()["description"]])
    return [float(v @ vectors[-1]) for v in vectors[:-1]]


def _logistic(X: np.ndarray, y: np.ndarray, l2: float = 0.3, steps: int = 6000, rate: float = 0.1):
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w -= rate * (X.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * float((p - y).mean())
    return w, b


def _threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The middle of the gap between the most likely article out and the least likely in, when the fit
    separates them; else the probability that makes the fewest errors on dev."""
    top_out, low_in = p[y == 0].max(initial=0.0), p[y == 1].min(initial=1.0)
    if top_out < low_in:
        return float((top_out + low_in) / 2)
    return float(min(sorted(p), key=lambda t: int(((p >= t) != (y == 1)).sum())))


def fit(embedder) -> str:
    """Weights fitted on dev, as scope.toml tables, and how many dev articles leave-one-out gets wrong."""
    rows, inc, profile = load("dev"), incident(), load_profile()
    out = []
    for table, sims in (("weights", _similarities(rows, embedder)), ("weights_without_model", [None] * len(rows))):
        X = np.array([[signals(r["title"], r["text"], profile, inc["description"], inc["since"], s,
                               tuple(inc["keywords"]))[n] for n in SIGNALS] for r, s in zip(rows, sims)])
        y = np.array([float(r["in_incident"]) for r in rows])
        w, b = _logistic(X, y)
        threshold = _threshold(1 / (1 + np.exp(-(X @ w + b))), y)
        wrong = 0
        for i in range(len(y)):
            keep = np.arange(len(y)) != i
            wi, bi = _logistic(X[keep], y[keep])
            cut = _threshold(1 / (1 + np.exp(-(X[keep] @ wi + bi))), y[keep])
            wrong += (1 / (1 + np.exp(-float(X[i] @ wi + bi))) >= cut) != bool(y[i])
        out.append(f"[{table}]  # leave-one-out on dev: {wrong} of {len(y)} wrong\nbias = {b:.2f}\n"
                   + "".join(f"{n} = {v:.2f}\n" for n, v in zip(SIGNALS, w)) + f"threshold = {threshold:.2f}\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--no-model", action="store_true", help="judge without the embedding similarity")
    parser.add_argument("--errors", action="store_true", help="list the articles judged wrongly")
    parser.add_argument("--fit", action="store_true", help="fit the weights on dev and print them")
    args = parser.parse_args(argv)
    embedder = None
    if not args.no_model:
        from claims.config import ClaimsSettings
        from claims.embedding.encoder import Embedder
        embedder = Embedder(ClaimsSettings().model)
    if args.fit:
        print(fit(embedder))
        return 0
    result = score(args.part, embedder)
    print(f"scope {args.part}: {result.n} articles, precision {result.precision:.3f}, recall {result.recall:.3f}, "
          f"{len(result.errors)} wrong")
    if args.errors:
        for error in result.errors:
            print("  ", *error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
