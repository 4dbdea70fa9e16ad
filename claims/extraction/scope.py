"""Judge whether an article is about the incident followed, by what it tells: who was attacked, what happened when.

Sharing words is not enough: a hospital's ransomware attack in October speaks of "données de
santé", "patients" and "ARS" too, and recalls the GRADeS breach in its last paragraph. So the
article's own subject is read from its headline and first paragraph (its lead): does the lead
name the incident's organisations and regions (taken from the incident's description through
the profile's lexicons, so "Normandy" counts for "Normandie"), does it name another kind of
victim or another region, an earlier year; does the body name the incident at all, and does
the article tell of a breach at all. With the embedding similarity of the lead to the
description (when the pipeline gives it), these signals are weighed by a logistic model
whose weights are calibrated on labelled articles (the profile's scope.toml). Hard limits
stay hard: an article published before the incident window, or whose headline dates it to
an earlier year, is out. The reason is written for an editor reading why.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import tomllib
from dataclasses import dataclass

from claims.extraction.dates import find_dates, years_mentioned
from aggregator.language import guess_language
from claims.extraction.model import DEFAULT_LANGUAGE
from claims.extraction.lexicon import Folded, compile_term, find_mentions, fold
from claims.extraction.model import Profile
from claims.extraction.profile import PROFILES_DIR

# The lead: the headline and the first paragraph, cut at this many characters.
LEAD_CHARS = 600
# Semantic similarity is centred and scaled before weighing: (s - SEMANTIC_CENTRE) * SEMANTIC_SCALE.
SEMANTIC_CENTRE, SEMANTIC_SCALE = 0.85, 10.0
# ... and clipped: articles of the incident's domain score 0.80-0.95 with the default model, and a
# similarity far outside says more about the model than the article, so it alone does not decide.
SEMANTIC_RANGE = (-1.0, 1.5)
KEYWORDS_NAME = 0.5  # a lead with this share of the keyword score names the incident by itself
_MIN_DESCRIPTION_WORD = 5
# The signals the weights apply to (see `signals`); MEASURES are what they are made of, kept for the reason.
SIGNALS = ("semantic", "lead_names_incident", "body_names_incident", "lead_other_subject", "only_this_breach",
           "no_breach")
MEASURES = ("lead_regions", "lead_organisations", "lead_keywords", "body_regions",
            "body_organisations", "body_keywords", "body_facts", "lead_victim", "lead_other_region", "lead_old_year")
FACT_SLOTS = ("attack_vector", "data_category")  # what was done and what was taken, as the lexicons name it


@dataclass(frozen=True)
class Scope:
    """Whether an article belongs to the incident, how relevant it is (0-1), and why."""

    in_incident: bool
    relevance: float
    reason: str


@dataclass(frozen=True)
class Anchors:
    """What names the incident, read from its description: regions, organisations, content words."""

    regions: frozenset[str]
    organisations: frozenset[str]
    words: frozenset[str]
    facts: frozenset[tuple[str, str]]       # (slot, value): the attack vector and the data the description names
    keywords: tuple


@functools.lru_cache(maxsize=16)
def anchors(description: str, profile: Profile, keywords: tuple[str, ...] = ()) -> Anchors:
    folded = Folded(description)
    return Anchors(frozenset(m.value for m in find_mentions("region", profile, folded)),
                   frozenset(m.value for m in find_mentions("organization", profile, folded)),
                   frozenset(w for w in re.findall(r"[a-z]+", fold(description)) if len(w) >= _MIN_DESCRIPTION_WORD),
                   _facts(profile, folded), tuple(compile_term(k) for k in keywords))


def _facts(profile: Profile, folded: Folded) -> frozenset[tuple[str, str]]:
    return frozenset((slot, m.value) for slot in FACT_SLOTS if slot in profile.terms
                     for m in find_mentions(slot, profile, folded))


def _share(found: set | frozenset, wanted: set | frozenset) -> float:
    return len(found & wanted) / max(1, len(wanted))


def _keywords(folded: Folded, patterns: tuple) -> float:
    """Half the incident's keywords (at least two) is already a clear match."""
    hits = sum(1 for pattern, cased in patterns if pattern.search(folded.cased if cased else folded.low))
    return min(1.0, hits / max(2, len(patterns) / 2)) if patterns else 0.0


@functools.lru_cache(maxsize=8)
def vocabulary(profile_name: str) -> dict:
    """The profile's scope.toml: breach and victim words (one pattern each) and the weights."""
    data = tomllib.loads((PROFILES_DIR / profile_name / "scope.toml").read_text(encoding="utf-8"))
    out = {"weights": data["weights"], "weights_without_model": data["weights_without_model"]}
    for name in ("breach", "victim"):
        words = [w for lang in data[name].values() for w in lang]
        out[name] = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(fold(w).replace("*", "")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
            for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    return out


LEAD_MIN = 150  # a first paragraph shorter than this (a kicker, a dateline) takes the next one too


def lead_of(title: str, text: str) -> str:
    """The headline and the first paragraph (at most LEAD_CHARS); extracted text often repeats the headline."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip() and p.strip() != title.strip()]
    lead = ""
    for paragraph in paragraphs:
        lead = f"{lead} {paragraph}".strip()
        if len(lead) >= LEAD_MIN:
            break
    return f"{title}\n{lead[:LEAD_CHARS]}"


def signals(title: str, text: str, profile: Profile, description: str, since: dt.date,
            semantic: float | None, keywords: tuple[str, ...] = ()) -> dict[str, float]:
    """The signals the weights apply to, each 0-1 (semantic: centred and scaled), with the measures behind them.

    lead_names_incident  the lead names the incident's regions, organisations or keywords
    body_names_incident  how many of regions, organisations, keywords and what was done/taken the article names
    lead_other_subject   the lead is about another kind of victim or another region, and not the incident
    only_this_breach     the article tells of a breach, and its lead names no other victim, region or earlier year
    no_breach            it never tells of an attack or a leak
    """
    m = measures(title, text, profile, description, since, keywords)
    anchor = anchors(description, profile, tuple(keywords))
    # The lead names the incident by its regions, by several of its keywords, or by its organisations when it
    # names no other region ("l'ARS Grand Est" is another agency's incident).
    names = max(m["lead_regions"], m["lead_keywords"] if m["lead_keywords"] >= KEYWORDS_NAME else 0.0,
                0.0 if m["lead_other_region"] else min(1.0, 2 * m["lead_organisations"]))
    # The body names the incident by whatever the incident can be named by: an incident whose description
    # gives no region or organisation is judged on the rest, not held to what it lacks.
    body = [m[name] for name, have in (("body_regions", anchor.regions), ("body_organisations", anchor.organisations),
                                       ("body_facts", anchor.facts), ("body_keywords", anchor.keywords)) if have]
    # Another victim or region in a lead that also names the incident is part of its story ("la Bretagne
    # aussi touchée ?"); in a lead that does not, it is the article's own subject.
    other = max(m["lead_victim"], m["lead_other_region"]) * (1 - names)
    return {
        **m,
        "semantic": 0.0 if semantic is None else min(SEMANTIC_RANGE[1], max(SEMANTIC_RANGE[0],
                                                                            (semantic - SEMANTIC_CENTRE) * SEMANTIC_SCALE)),
        "lead_names_incident": names,
        "body_names_incident": sum(body) / len(body) if body else 0.0,
        "lead_other_subject": other,
        "only_this_breach": float(not m["no_breach"] and not other and not m["lead_old_year"]),
        "no_breach": m["no_breach"],
    }


def measures(title: str, text: str, profile: Profile, description: str, since: dt.date,
             keywords: tuple[str, ...] = ()) -> dict[str, float]:
    """What the lead and the body say of the incident and of anything else (each 0-1)."""
    vocab, anchor = vocabulary(profile.name), anchors(description, profile, tuple(keywords))
    lead = lead_of(title, text)
    lead_folded, body_folded = Folded(lead), Folded(text)
    regions = {m.value for m in find_mentions("region", profile, lead_folded)}
    organisations = {m.value for m in find_mentions("organization", profile, lead_folded)}
    body_regions = {m.value for m in find_mentions("region", profile, body_folded)}
    body_organisations = {m.value for m in find_mentions("organization", profile, body_folded)}
    breach = vocab["breach"].search(lead_folded.low) or vocab["breach"].search(body_folded.low)
    return {
        "lead_regions": float(bool(regions & anchor.regions)),
        "lead_organisations": len(organisations & anchor.organisations) / max(1, len(anchor.organisations)),
        "lead_keywords": _keywords(lead_folded, anchor.keywords),
        "body_regions": float(bool(body_regions & anchor.regions)),
        "body_organisations": len(body_organisations & anchor.organisations) / max(1, len(anchor.organisations)),
        "body_keywords": _keywords(body_folded, anchor.keywords),
        "body_facts": _share(_facts(profile, body_folded), anchor.facts),
        "lead_victim": min(2, len(vocab["victim"].findall(lead_folded.low))) / 2,
        "lead_other_region": float(bool(regions - anchor.regions)),
        "lead_old_year": float(any(y < since.year for y in years_mentioned(lead_folded.low))),
        "no_breach": float(not breach),
    }


def probability(found: dict[str, float], weights: dict[str, float]) -> float:
    score = weights["bias"] + sum(weights[name] * found[name] for name in SIGNALS)
    return 1 / (1 + math.exp(-score))


def _hard_limit(title: str, lang: str, profile: Profile, since: dt.date, published: dt.date | None) -> str | None:
    """Why the article cannot be about the incident whatever it says, or None."""
    if published is not None and published < since:
        return f"published {published.isoformat()}, before the incident window opens on {since.isoformat()}"
    low = fold(title)
    old = sorted({y for y in years_mentioned(low) if y < since.year})
    current = [y for y in years_mentioned(low) if y >= since.year] + [
        d for d in find_dates(low, _dates(profile, lang), published) if d.iso >= since.isoformat()]
    if old and not current:
        return f"its headline is about {', '.join(map(str, old))}, before the incident"
    return None


def _dates(profile: Profile, lang: str) -> dict:
    return profile.vocabulary(lang if lang in profile.vocabularies else DEFAULT_LANGUAGE).dates


_SAID = {
    "lead_regions": "its lead names the incident's regions",
    "lead_organisations": "its lead names the incident's organisations",
    "lead_keywords": "its lead has the incident's keywords",
    "body_regions": "names the incident's regions",
    "body_organisations": "names the incident's organisations",
    "body_facts": "tells how the incident happened or what was taken",
    "lead_victim": "its lead is about another kind of victim",
    "lead_other_region": "its lead names another region",
    "lead_old_year": "its lead names an earlier year",
    "no_breach": "it never tells of an attack or a leak",
}


def _why(found: dict[str, float], semantic: float | None) -> str:
    """What the article says of the incident and of anything else, in words."""
    parts = [said for name, said in _SAID.items() if found.get(name)]
    if semantic is not None:
        parts.append(f"similarity {semantic:.2f}")
    return "; ".join(parts) or "no signal"


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
    """Whether the article is about the incident, with a relevance (the model's probability) and a reason.

    `keywords` are the incident's candidate words; the content signals also read the description's
    organisations, regions, attack vector, data and words, which name the incident more precisely.
    """
    lang = guess_language(title + "\n" + text) or DEFAULT_LANGUAGE
    vocab = vocabulary(profile.name)
    weights = vocab["weights"] if semantic is not None else vocab["weights_without_model"]
    found = signals(title, text, profile, description, since, semantic, tuple(keywords))
    relevance = round(probability(found, weights), 3)
    limit = _hard_limit(title, lang, profile, since, published)
    if limit:
        return Scope(False, relevance, f"About another incident: {limit}.")
    why = _why(found, semantic)
    if relevance < weights["threshold"]:
        return Scope(False, relevance, f"Not about the incident: relevance {relevance:.2f} below "
                                       f"{weights['threshold']} ({why}).")
    return Scope(True, relevance, f"About the incident: relevance {relevance:.2f} ({why}).")
