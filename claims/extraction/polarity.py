"""Decide, for each place in a sentence, whether it is denied and whether it is hedged.

A sentence is cut into clauses first, because negation and the conditional reach only
their own clause: "les noms ont été volés, mais pas les dossiers médicaux" asserts one
category and denies the other. Clauses end at ';' and ':', at a full stop inside a
quotation kept whole (« Des noms. Pas de diagnostics »), at contrast words ("mais",
"but", "though"), at "sans"/"without", at an attribution ("selon l'ARS"), before a comma
that opens a negation (", aucune donnée"), around a comma-bounded relative clause (", qui
n'ont pas été identifiés,") or reporting tail (", précise l'ARS"), and after an answer
that opens the sentence ("Non : ...", "No, say the authorities: ..."): that "no" answers
the question before it and denies nothing in the rest of the sentence.

A clause is negated when it holds a negation cue that no neutraliser covers ("il n'est
pas exclu", "non seulement", "not only"). A clause is hedged by a hedge cue or, in
French, a verb in the conditional; an attribution ("selon", "according to") hedges the
whole sentence. All cue words are the profile's data (cues_<lang>.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.cues import negation_spans
from claims.extraction.lexicon import Folded
from claims.extraction.model import Vocabulary


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence sharing one polarity and one hedging state."""

    start: int
    end: int
    negated: bool
    hedged: bool


def _next_comma(low: str, pos: int) -> int:
    comma = low.find(",", pos + 1)
    return comma if comma != -1 else len(low)


def clause_breaks(f: Folded, v: Vocabulary) -> list[int]:
    """Offsets where a new clause starts."""
    low = f.low
    breaks = {m.end() for m in re.finditer(r"[;:]", low)}
    # A quotation is one sentence, but each of its own sentences is a clause.
    breaks |= {m.end() for m in re.finditer(r"[.!?…]+(?=\s+\S)", low)}
    answer = leading_answer(f, v)
    if answer:
        breaks.add(answer)
    for start, _end in v.cues.clause_break.spans(f):
        breaks.add(start)
    for start, end in v.cues.source.spans(f):
        breaks.add(start)
        comma = low.find(",", end)
        if comma != -1:
            breaks.add(comma + 1)  # "Selon l'ARS, <claim>": the claim is its own clause
    negation_starts = {s for s, _ in v.cues.negation.spans(f)}
    relative_starts = {s for s, _ in v.cues.relative.spans(f)}
    reporting = v.cues.reporting.spans(f)
    for _start, end in reporting:
        # "Le GRADeS précise que <claim>": what is reported is a clause of its own.
        m = re.match(r"\s+(?:que|qu|that)\b", low[end:])
        if m:
            breaks.add(end + m.end())
    for comma in (m.start() for m in re.finditer(",", low)):
        after = comma + 1 + (len(low[comma + 1:]) - len(low[comma + 1:].lstrip()))
        nxt = _next_comma(low, comma)
        segment_words = len(low[comma + 1:nxt].split())
        if after in negation_starts:
            breaks.add(comma)
        elif after in relative_starts or (
            segment_words <= 8 and any(comma < s < nxt for s, _ in reporting)
        ):
            breaks.add(comma)
            breaks.add(nxt)
    return sorted(b for b in breaks if 0 < b < len(low))


def leading_answer(f: Folded, v: Vocabulary) -> int | None:
    """Where a leading "Non :" / "No," ends, when the sentence opens with an answer; else None."""
    lead = len(f.low) - len(f.low.lstrip(" \t«\"“-–—"))
    for start, end in v.cues.answer_no.spans(f):
        m = re.match(r"\s*[,:;.!]", f.low[end:])
        if start == lead and m:
            return end + m.end()
    return None


def _conditional(low: str, start: int, end: int, v: Vocabulary) -> bool:
    endings, exceptions = v.conditional["endings"], v.conditional["exceptions"]
    if not endings:
        return False
    for word in re.findall(r"[a-z]+", low[start:end]):
        if len(word) > 5 and word.endswith(endings) and word not in exceptions:
            return True
    return False


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in spans)


def analyse(f: Folded, v: Vocabulary) -> tuple[list[Clause], bool]:
    """The sentence's clauses and whether an attribution hedges all of it."""
    negations = negation_spans(f, v.cues)
    hedges = v.cues.hedge.spans(f)
    attributed = v.cues.attribution.search(f)
    bounds = [0, *clause_breaks(f, v), len(f.low)]
    clauses = []
    for start, end in zip(bounds, bounds[1:]):
        if end <= start:
            continue
        clauses.append(
            Clause(
                start,
                end,
                negated=_inside(negations, start, end),
                hedged=_inside(hedges, start, end) or _conditional(f.low, start, end, v),
            )
        )
    return clauses, attributed


def clause_at(clauses: list[Clause], pos: int) -> Clause:
    """The clause containing offset pos."""
    for clause in clauses:
        if clause.start <= pos < clause.end:
            return clause
    return clauses[-1]
