"""Shared helpers for the claim tests: extract and reduce claims to comparable tuples."""

from __future__ import annotations

import datetime as dt

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext

PUBLISHED = dt.date(2025, 9, 10)  # a Wednesday


def claims_of(text: str, lang: str = "fr", published: dt.date | None = PUBLISHED, incident=None) -> set[tuple]:
    """(slot, value, polarity, hedged) of every claim extracted from text, for `incident` (an
    IncidentContext: what a newsroom's config says) when one is given."""
    found = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=incident)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in found}


def slot_of(text: str, name: str, lang: str, published: dt.date | None, incident, hedging: bool = True) -> set[tuple]:
    """(value, polarity, hedged) of the claims of one slot, or (value, polarity) with `hedging` off:
    what the round tests compare for the one slot each of them is about."""
    return {c[1:4] if hedging else c[1:3] for c in claims_of(text, lang, published, incident) if c[0] == name}


def organisations_of(claims: set[tuple]) -> set[tuple]:
    """(organisation, polarity) of the organisation claims among claims_of's tuples."""
    return {c[1:3] for c in claims if c[0] == "organization"}


def scored(folder) -> tuple[list, object]:
    """The labelled passages of a folder and the evaluation report of the extractor on them."""
    from claims.extraction.evaluate import load_examples, score

    examples = load_examples(folder)
    return examples, score(examples, load_profile())


def slots_of(text: str, lang: str = "fr") -> set[tuple]:
    """(slot, value, polarity) of every claim, hedging left aside."""
    return {c[:3] for c in claims_of(text, lang)}


# The publication day and the incident start the round tests date their invented incidents by.
ROUND_PUBLISHED = dt.date(2025, 3, 20)
ROUND_SINCE = dt.date(2025, 1, 1)


def round_incident(*organizations: str, keywords: tuple[str, ...] = ()) -> IncidentContext:
    """An invented incident as a newsroom's config.toml would give it: its organisations, its keywords
    (the organisations themselves unless told), beginning on ROUND_SINCE."""
    return IncidentContext(organizations=organizations, keywords=keywords or organizations, since=ROUND_SINCE)


def en(text: str, name: str, where: IncidentContext) -> set[tuple]:
    """slot_of for an English sentence published on ROUND_PUBLISHED about `where`."""
    return slot_of(text, name, "en", ROUND_PUBLISHED, where)


def fr(text: str, name: str, where: IncidentContext) -> set[tuple]:
    """slot_of for a French sentence published on ROUND_PUBLISHED about `where`."""
    return slot_of(text, name, "fr", ROUND_PUBLISHED, where)
