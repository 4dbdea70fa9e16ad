"""Score free-text joining on labelled claim pairs (tests/claims/data/crosslingual): do the two sentences join one cluster?

    python -m tests.claims.crosslingual_eval [dev|heldout] [--errors] [--sweep]

A pair joins when claims.grouping.cluster would put the second sentence in the first one's
cluster: cosine similarity at or above the threshold (`[claims] similarity`, or
`similarity_across_languages` for a French/English pair) and no objection from the guard
(claims.grouping.cluster.guard, with each sentence's polarity as the extractor reads it).
Precision and recall are of "same" pairs joined. `--sweep` lists precision and recall over
thresholds, for calibration; thresholds are calibrated on dev only.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.config import ClaimsSettings
from claims.extraction.extract import statement_polarity
from claims.extraction.lexicon import load_profile
from claims.grouping.cluster import Signature, guard, threshold_for

DATA = Path(__file__).resolve().parent / "data" / "crosslingual"


@dataclass(frozen=True)
class Pair:
    id: str
    a: str
    b: str
    langs: tuple[str, str]
    same: bool
    kind: str
    similarity: float
    objection: str | None     # what the guard says (None: no objection)


@dataclass(frozen=True)
class Scored:
    precision: float
    recall: float
    n: int
    errors: list[Pair]


def load(part: str, embedder) -> list[Pair]:
    rows = [json.loads(line) for line in (DATA / f"{part}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    vectors_a = embedder.encode([r["a"] for r in rows])
    vectors_b = embedder.encode([r["b"] for r in rows])
    profile = load_profile()
    out = []
    for r, va, vb in zip(rows, vectors_a, vectors_b):
        la, lb = r["langs"].split("-")
        sa = Signature.of(r["a"], statement_polarity(r["a"], profile=profile, language=la), profile)
        sb = Signature.of(r["b"], statement_polarity(r["b"], profile=profile, language=lb), profile)
        out.append(Pair(r["id"], r["a"], r["b"], (la, lb), r["same"], r["kind"], float(va @ vb),
                        guard(sa, sb, across_languages=la != lb)))
    return out


def joins(pair: Pair, settings: ClaimsSettings, same_language: float | None = None,
          across: float | None = None) -> bool:
    threshold = threshold_for(settings, pair.langs[0] != pair.langs[1])
    if pair.langs[0] == pair.langs[1] and same_language is not None:
        threshold = same_language
    if pair.langs[0] != pair.langs[1] and across is not None:
        threshold = across
    return pair.similarity >= threshold and pair.objection is None


def score(pairs: list[Pair], settings: ClaimsSettings, **thresholds) -> Scored:
    tp = fp = fn = 0
    errors = []
    for p in pairs:
        joined = joins(p, settings, **thresholds)
        tp += joined and p.same
        fp += joined and not p.same
        fn += not joined and p.same
        if joined != p.same:
            errors.append(p)
    return Scored(tp / max(1, tp + fp), tp / max(1, tp + fn), len(pairs), errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", nargs="?", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--errors", action="store_true", help="list the pairs decided wrongly")
    parser.add_argument("--sweep", action="store_true", help="precision and recall over thresholds")
    args = parser.parse_args(argv)
    from claims.embedding.encoder import Embedder

    settings = ClaimsSettings()
    pairs = load(args.part, Embedder(settings.model))
    result = score(pairs, settings)
    print(f"joining {args.part}: {result.n} pairs, precision {result.precision:.3f}, recall {result.recall:.3f} "
          f"(similarity {settings.similarity}, across languages {settings.similarity_across_languages})")
    if args.sweep:
        for t in np.arange(0.80, 0.95, 0.01):
            same = score(pairs, settings, same_language=float(t), across=float(t))
            cross = score([p for p in pairs if p.langs[0] != p.langs[1]], settings, across=float(t))
            within = score([p for p in pairs if p.langs[0] == p.langs[1]], settings, same_language=float(t))
            print(f"  {t:.2f}: all P {same.precision:.3f} R {same.recall:.3f} | within a language P "
                  f"{within.precision:.3f} R {within.recall:.3f} | across P {cross.precision:.3f} R {cross.recall:.3f}")
    if args.errors:
        for p in result.errors:
            print(f"  {p.id} {p.kind} same={p.same} sim={p.similarity:.3f} guard={p.objection}\n    {p.a}\n    {p.b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
