"""Experiment (issue 9, round six): a verifier that reads the text around each candidate claim.

Candidates are every claim the rules keep plus the slot mentions they drop (organisations,
regions, data categories, vectors, risks, dates, figures), each labelled by the passage's
expected claims as claims.extraction.evaluate matches them (slot, value, polarity). Each is
described by frozen multilingual-e5-small embeddings of what the passage says around it,
its slot, whether the rules keep it, its polarity and hedging; a logistic regression judges
it. Measured on the real-style dev part only, leaving one breach out (fr2_x and en2_x are
one breach), in three modes: veto (drop rule claims below t), add (add dropped mentions at
or above t), both. Never reads the held-out parts.

    .venv/bin/python -m benchmarks.text_verifier [--cache /tmp/tv_cache.npz]

Not part of the product: docs/claims.md ("A verifier that reads the text") gives the figures.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.extraction.dates import find_dates
from claims.extraction.evaluate import FREE, _normalise_value, _predicted, load_examples, score
from claims.extraction.extract import extract_claims
from claims.extraction.lexicon import Folded, find_mentions
from claims.extraction.model import ASSERTED, DENIED
from claims.extraction.numbers import find_numbers
from claims.extraction.polarity import analyse, clause_at
from claims.extraction.profile import for_incident, load_profile
from claims.extraction.sentences import split_sentences

DEV = Path("tests/claims/realstyle/dev")
LEXICON_SLOTS = ("organization", "region", "data_category", "attack_vector", "risk")
SLOTS = ("region", "organization", "data_category", "victim_count", "accounts_compromised", "attack_vector",
         "attack_date", "care_impact", "risk", "quote", FREE)
WINDOW = 160  # characters either side of a mention


@dataclass
class Candidate:
    passage: int        # index in the example list
    key: tuple          # (slot, normalised value, polarity)
    hedged: bool
    rule: bool          # the rules keep it
    label: bool         # the passage expects it
    claim_text: str     # "slot: value"
    window: str         # the text around the mention, the mention marked
    sentence: str


def breach_of(path: Path) -> str:
    return re.sub(r"^(?:fr|en)\d*_", "", path.stem)


def _window(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    return f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}".strip()


def _mentions(f: Folded, prof, v, published):
    out = [(slot, m.value, m.start, m.end) for slot in LEXICON_SLOTS for m in find_mentions(slot, prof, f)]
    out += [("attack_date", d.iso, d.start, d.end) for d in find_dates(f.low, v.dates, published)]
    out += [("victim_count", n.value, n.start, n.end) for n in find_numbers(f.low, f.cased, v.numbers)
            if n.value >= 10 and not 1900 <= n.value < 2100]
    return out


def candidates(examples) -> list[Candidate]:
    profile = load_profile()
    out: list[Candidate] = []
    for index, ex in enumerate(examples):
        want = {w[:3] for w in ex.expected}
        prof = for_incident(profile, ex.incident)
        lang = ex.lang if ex.lang in prof.vocabularies else "fr"
        v = prof.vocabulary(lang)
        claims = extract_claims(ex.text, profile=profile, language=ex.lang, published=ex.published,
                                incident=ex.incident)
        # every mention in every sentence, with the clause the rules read it in
        found = []
        for s in split_sentences(ex.text):
            f = Folded(s.text)
            clauses, attributed = analyse(f, v)
            for slot, value, start, end in _mentions(f, prof, v, ex.published):
                clause = clause_at(clauses, start) if clauses else None
                pol = DENIED if clause is not None and clause.negated else ASSERTED
                hedged = attributed or bool(clause is not None and clause.hedged)
                found.append((slot, _normalise_value(slot, value), pol, hedged, s, start, end))
        seen_rule: set[tuple] = set()
        for c in claims:
            key = _predicted(c)
            if key[:3] in seen_rule:
                continue
            seen_rule.add(key[:3])
            at = next(((s, a, b) for slot, val, _p, _h, s, a, b in found
                       if (slot, val) == key[:2] and s.start == c.start), None)
            window = _window(c.text, at[1], at[2]) if at else c.text
            out.append(Candidate(index, key[:3], key[3], True, key[:3] in want, f"{key[0]}: {key[1]}", window, c.text))
        rule_pairs = {k[:2] for k in seen_rule}
        seen_drop: set[tuple] = set()
        for slot, val, pol, hedged, s, a, b in found:
            if (slot, val) in rule_pairs or (slot, val) in seen_drop:
                continue
            seen_drop.add((slot, val))
            key = (slot, val, pol)
            out.append(Candidate(index, key, hedged, False, key in want, f"{slot}: {val}", _window(s.text, a, b),
                                 s.text))
    return out


def embed(texts: list[str], cache: Path) -> np.ndarray:
    """e5 vectors of texts ("query: " prefix), cached by text in an .npz under /tmp."""
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        data = np.load(cache, allow_pickle=True)
        known = dict(zip(data["texts"].tolist(), data["vectors"]))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        from claims.embedding.encoder import Embedder
        embedder = Embedder(engine="sentence-transformers")
        print(f"embedding {len(todo)} texts", file=sys.stderr)
        for i in range(0, len(todo), 256):
            chunk = todo[i:i + 256]
            known.update(zip(chunk, embedder.encode(chunk)))
        np.savez(cache, texts=np.array(list(known), dtype=object), vectors=np.stack(list(known.values())))
    return np.stack([known[t] for t in texts])


def features(cands: list[Candidate], cache: Path, parts: str) -> np.ndarray:
    cols = []
    if "c" in parts:
        cols.append(embed([f"{c.claim_text} | {c.window}" for c in cands], cache))
    if "w" in parts:
        cols.append(embed([c.window for c in cands], cache))
    if "s" in parts:
        cols.append(embed([c.sentence for c in cands], cache))
    if "x" in parts:  # similarity of the bare claim to its window
        a = embed([c.claim_text for c in cands], cache)
        b = embed([c.window for c in cands], cache)
        cols.append((a * b).sum(1, keepdims=True) * 5)
    slot = np.array([[c.key[0] == s for s in SLOTS] for c in cands], dtype=np.float32)
    meta = np.array([[c.rule, c.key[2] == DENIED, c.hedged] for c in cands], dtype=np.float32)
    cols += [slot, meta, slot * meta[:, :1]]
    return np.hstack(cols)


def lobo(x: np.ndarray, y: np.ndarray, groups: np.ndarray, rule: np.ndarray, c_reg: float) -> np.ndarray:
    """Each candidate's probability from a judge fitted on the other breaches: one judge for the
    rules' claims (veto), one for the dropped mentions (add), features standardised on the fold."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    p = np.zeros(len(y))
    for g in np.unique(groups):
        test = groups == g
        for side in (rule, ~rule):
            train, held = ~test & side, test & side
            if not held.any():
                continue
            model = make_pipeline(StandardScaler(), LogisticRegression(C=c_reg, max_iter=3000))
            model.fit(x[train], y[train])
            p[held] = model.predict_proba(x[held])[:, 1]
    return p


def auc(y: np.ndarray, p: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score
    return roc_auc_score(y, p) if 0 < y.sum() < len(y) else float("nan")


def predicted_sets(examples, cands, p, mode: str, t_veto: float, t_add: float):
    rules = {i: set() for i in range(len(examples))}
    for c, pc in zip(cands, p):
        keep = c.rule and not (mode in ("veto", "both") and pc < t_veto)
        add = not c.rule and mode in ("add", "both") and pc >= t_add
        if keep or add:
            rules[c.passage].add(c.key + (c.hedged,))
    return rules


def report_row(name: str, examples, sets) -> str:
    profile = load_profile()
    by_id = {id(ex): sets[i] for i, ex in enumerate(examples)}
    r = score(examples, profile, lambda ex, _p: by_id[id(ex)])
    o = r.overall
    return (f"| {name} | {o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} | {r.polarity_errors} of {r.polarity_total} | "
            f"{r.traps_clean} of {r.traps_total} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/tv_cache.npz", type=Path)
    ap.add_argument("--parts", default="cws")
    ap.add_argument("--regs", default="0.01,0.1,1")
    args = ap.parse_args(argv)
    examples, groups_of = [], []
    for path in sorted(DEV.glob("*.jsonl")):
        got = load_examples_file(path)
        examples += got
        groups_of += [breach_of(path)] * len(got)
    cands = candidates(examples)
    y = np.array([c.label for c in cands], dtype=int)
    groups = np.array([groups_of[c.passage] for c in cands])
    rule = np.array([c.rule for c in cands])
    print(f"{len(examples)} passages, {len(set(groups_of))} breaches, {len(cands)} candidates "
          f"({rule.sum()} rule, {y[rule].mean():.2f} right; {(~rule).sum()} dropped, {y[~rule].mean():.2f} right)")
    x = features(cands, args.cache, args.parts)
    print("| reading | P | R | F1 | polarity errors | traps clean |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    print(report_row("the rules alone", examples, predicted_sets(examples, cands, np.ones(len(cands)), "veto", 0, 1)))
    for c_reg in [float(c) for c in args.regs.split(",")]:
        p = lobo(x, y, groups, rule, c_reg)
        print(f"<!-- C {c_reg}: AUC rule claims {auc(y[rule], p[rule]):.3f}, dropped {auc(y[~rule], p[~rule]):.3f} -->")
        for t in (0.2, 0.3, 0.4, 0.5):
            print(report_row(f"C {c_reg} veto p < {t}", examples, predicted_sets(examples, cands, p, "veto", t, 1)))
        for t in (0.5, 0.6, 0.7, 0.8):
            print(report_row(f"C {c_reg} add p >= {t}", examples, predicted_sets(examples, cands, p, "add", 0, t)))
        for tv, ta in ((0.3, 0.7), (0.4, 0.6), (0.2, 0.8)):
            print(report_row(f"C {c_reg} both {tv} / {ta}", examples, predicted_sets(examples, cands, p, "both", tv, ta)))
        sys.stdout.flush()
    return 0


def load_examples_file(path: Path):
    """One file's examples (load_examples reads a folder)."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / path.name).symlink_to(path.resolve())
        return load_examples(tmp)


if __name__ == "__main__":
    raise SystemExit(main())
