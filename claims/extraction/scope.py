"""Judge whether an article is about the incident followed, and how relevant it is.

Sharing words is not enough: a 2024 breach of a software vendor speaks of "données de
santé", "patients" and "ARS" too. So relevance (keywords, the incident description's
words, the embedding similarity when the pipeline gives it) is weighed against signs of
another incident: published before the incident window, a headline or lead dated in an
earlier year, most incident sentences being recaps, or no attack word at all. The reason
is written for an editor reading why an article was kept out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claims.extraction.dates import find_dates, years_mentioned
from claims.extraction.filters import is_recap
from aggregator.language import guess_language
from claims.extraction.model import DEFAULT_LANGUAGE
from claims.extraction.lexicon import Folded, compile_term, cue, fold
from claims.extraction.model import Profile
from claims.extraction.sentences import split_sentences

# Below this relevance an article is not about the incident.
THRESHOLD = 0.35
# The lead: the headline and this many characters of text, where an article says what it is about.
LEAD_CHARS = 600
# Weights of keywords, description words and semantic similarity in relevance.
WEIGHTS = {"keywords": 0.45, "description": 0.25, "semantic": 0.30}
# Semantic similarity at or below this counts as 0, at or above the upper bound as 1.
SEMANTIC_RANGE = (0.70, 0.90)
_MIN_DESCRIPTION_WORD = 5


@dataclass(frozen=True)
class Scope:
    """Whether an article belongs to the incident, how relevant it is (0-1), and why."""

    in_incident: bool
    relevance: float
    reason: str


def _keyword_score(folded: Folded, keywords: list[str]) -> tuple[float, list[str]]:
    found = []
    for keyword in keywords:
        pattern, cased = compile_term(keyword)
        if pattern.search(folded.cased if cased else folded.low):
            found.append(keyword)
    if not keywords:
        return 0.0, found
    # Half the keywords (at least two) is already a clear match.
    return min(1.0, len(found) / max(2, len(keywords) / 2)), found


def _description_score(low: str, description: str) -> float:
    words = {w for w in re.findall(r"[a-z]+", fold(description)) if len(w) >= _MIN_DESCRIPTION_WORD}
    if not words:
        return 0.0
    present = set(re.findall(r"[a-z]+", low))
    return min(1.0, len(words & present) / (len(words) / 2))


def _semantic_score(semantic: float) -> float:
    low, high = SEMANTIC_RANGE
    return max(0.0, min(1.0, (semantic - low) / (high - low)))


def _other_incident(
    title: str, text: str, lang: str, profile: Profile, since: dt.date, published: dt.date | None
) -> str | None:
    """Why the article is about another incident, or None."""
    if published is not None and published < since:
        return f"published {published.isoformat()}, before the incident window opens on {since.isoformat()}"
    lead = fold(title + "\n" + text[:LEAD_CHARS])
    old = sorted({y for y in years_mentioned(lead) if y < since.year})
    # Anything dated inside the window ("le 4 septembre", "2025") says the lead is about now.
    current = [y for y in years_mentioned(lead) if y >= since.year] + [
        d for d in find_dates(lead, profile.dates[lang], published) if d.iso >= since.isoformat()
    ]
    title_old = any(y < since.year for y in years_mentioned(fold(title)))
    if old and (title_old or not current):
        return f"its headline and lead are about {', '.join(map(str, old))}, before the incident"
    incident_sentences = recaps = 0
    for sentence in split_sentences(text):
        f = Folded(sentence.text)
        if cue(profile, lang, "attack_event").search(f):
            incident_sentences += 1
            recaps += is_recap(f, profile, lang, published)
    if incident_sentences and recaps / incident_sentences > 0.5:
        return f"{recaps} of its {incident_sentences} sentences about an attack recall another or an earlier incident"
    if incident_sentences == 0 and not cue(profile, lang, "attack_event").search(Folded(title)):
        return "it never speaks of an attack, an intrusion or a leak"
    return None


def judge_scope(
    *,
    title: str,
    text: str,
    published: dt.date | None,
    keywords: list[str],
    since: dt.date,
    description: str,
    profile: Profile,
    semantic: float | None = None,
) -> Scope:
    """Whether the article is about the incident, with a relevance and an editor-readable reason."""
    lang = guess_language(title + "\n" + text) or DEFAULT_LANGUAGE
    folded = Folded(title + "\n" + text)
    keyword_score, found = _keyword_score(folded, keywords)
    parts = {"keywords": keyword_score, "description": _description_score(folded.low, description)}
    if semantic is not None:
        parts["semantic"] = _semantic_score(semantic)
    total_weight = sum(WEIGHTS[name] for name in parts)
    relevance = round(sum(WEIGHTS[name] * score for name, score in parts.items()) / total_weight, 3)
    figures = ", ".join(f"{name} {score:.2f}" for name, score in parts.items())
    other = _other_incident(title, text, lang, profile, since, published)
    if other:
        return Scope(False, relevance, f"About another incident: {other} ({figures}).")
    if relevance < THRESHOLD:
        return Scope(False, relevance, f"Not about the incident: relevance {relevance:.2f} below {THRESHOLD} ({figures}).")
    named = ", ".join(found[:5]) or "no keyword"
    return Scope(True, relevance, f"About the incident: relevance {relevance:.2f} ({figures}); mentions {named}.")
