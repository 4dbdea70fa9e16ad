"""Claims rejected in apposition: ", a claim the group dismissed as unfounded".

The press often reports a claim and, in the same sentence, who rejects it ("..., an
allegation the network calls far-fetched", "..., ce que la direction dément"). Both are
said: the claim as its makers put it, and its denial by whoever rejects it. These
functions find the apposition (the profile's `rebuttal_noun` then `rebuttal_verb` cues)
and the stretch it takes back; claims.extraction.polarity makes the apposition a clause of
its own and claims.extraction.slots adds the denials.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claims.extraction.lexicon import Folded
from claims.extraction.model import Vocabulary

if TYPE_CHECKING:
    from claims.extraction.polarity import Clause

# Words between a rejected claim's noun and the verb that rejects it ("a claim the group dismissed").
REBUTTAL_GAP = 5


def rebuttals(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """(comma, noun) of each apposition that rejects the claim before it: ", a claim the group
    dismissed as unfounded", ", an allegation the network calls far-fetched", ", ce que le
    groupe dément". Not one whose rejection is itself denied ("neither confirmed nor disputed")."""
    verbs = v.cues.rebuttal_verb.spans(f)
    if not verbs:
        return []
    low = f.low
    negations = v.cues.negation.spans(f)
    out = []
    for start, end in v.cues.rebuttal_noun.spans(f):
        comma = re.search(r",\s*$", low[:start])
        if not comma:
            continue
        verb = next((s for s, _e in verbs if s >= end and len(low[end:s].split()) <= REBUTTAL_GAP
                     and not re.search(r"[,;:.()]", low[end:s])), None)
        if verb is not None and not any(end <= s < verb for s, _e in negations):
            out.append((comma.start(), start))
    return out


_RELATIVE_START = re.compile(r"[\s,]*(?:that|which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles)\b")


def rebutted(f: Folded, v: Vocabulary, clauses: list[Clause]) -> list[tuple[int, int]]:
    """The stretches a rejected apposition takes back: the clause before its comma, with the
    clause a relative there hangs on ("the data was pulled through an exposed API that
    required no authentication, an account the chief executive disputes")."""
    out = []
    for comma, _noun in rebuttals(f, v):
        i = next((k for k, c in enumerate(clauses) if c.start < comma <= c.end), None)
        if i is None:
            continue
        while i > 0 and _RELATIVE_START.match(f.low, clauses[i].start):
            i -= 1
        out.append((clauses[i].start, comma))
    return out
