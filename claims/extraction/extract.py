"""Turn an article's text into the claims it makes about the incident.

The orchestrator of the pure steps: split into sentences (claims.extraction.sentences), drop those
that state nothing about the incident (claims.extraction.filters), cut each remaining sentence into
clauses with their polarity and hedging (claims.extraction.polarity), read slot claims
(claims.extraction.slots) and quotations (claims.extraction.quotes), and keep check-worthy sentences that fit
no slot as free-text claims. No database, no network: text in, claims out.
"""

from __future__ import annotations

import datetime as dt

from aggregator.language import guess_language
from claims.extraction.model import DEFAULT_LANGUAGE
from claims.extraction.lexicon import PROFILES_DIR, Folded, cue, load_profile, profile_digest
from claims.extraction.filters import is_question, related_header, skip_reason
from claims.extraction.model import ASSERTED, DENIED, Claim, Profile, Sentence
from claims.extraction.numbers import find_numbers
from claims.extraction.polarity import Clause, analyse
from claims.extraction.quotes import find_quotes
from claims.extraction.sentences import split_sentences
from claims.extraction.slots import slot_claims

__all__ = ["EXTRACTOR_VERSION", "extract_claims", "extractor_version", "load_profile"]

# Bump when the rules change meaningfully; the data files' hash is appended.
RULES_VERSION = "cyberattack-2"  # 2: free-text claims take their main clause's polarity
# A free-text claim needs at least this many words: shorter lines are labels, not statements.
FREE_TEXT_MIN_WORDS = 5


def extractor_version(profile: Profile) -> str:
    """The version recorded with each claim: the rules' version and the profile data's hash."""
    return f"{RULES_VERSION}+{profile.name}.{profile.digest}"


EXTRACTOR_VERSION = f"{RULES_VERSION}+cyberattack.{profile_digest(PROFILES_DIR / 'cyberattack')}"


def _claim(sentence: Sentence, slot, value, polarity: str, hedged: bool) -> Claim:
    return Claim(slot, value, polarity, hedged, sentence.text, sentence.start, sentence.end)


def _checkworthy(sentence: Sentence, f: Folded, profile: Profile, lang: str, published) -> bool:
    if sentence.kind == "line" or len(sentence.text.split()) < FREE_TEXT_MIN_WORDS:
        return False
    return (
        cue(profile, lang, "incident").search(f)
        or cue(profile, lang, "checkworthy").search(f)
        or any(n.value >= 2 for n in find_numbers(f.low, f.cased, profile.numbers[lang]))
    )


def sentence_claims(
    sentence: Sentence,
    profile: Profile,
    lang: str,
    published: dt.date | None,
    question: Sentence | None = None,
) -> list[Claim]:
    """The claims of one sentence that has not been set aside as furniture.

    `question` is the question just before it, which the sentence may answer.
    """
    f = Folded(sentence.text)
    context = Folded(question.text) if question is not None else None
    reason = skip_reason(sentence, f, profile, lang, published)
    if reason in ("question", "furniture", "recap", "meta"):
        return []
    speakers = find_quotes(f, profile, lang)
    if reason == "general":
        # A general remark states nothing about the incident, but a quoted one is still a quote.
        return [_claim(sentence, "quote", s, ASSERTED, False) for s in dict.fromkeys(speakers)]
    clauses, attributed = analyse(f, profile, lang)
    # Advice states no fact about the incident; only the risk it warns of is kept.
    found = slot_claims(f, profile, lang, clauses, attributed, published, only_risk=reason == "advice", context=context)
    claims = [_claim(sentence, "quote", s, ASSERTED, False) for s in dict.fromkeys(speakers)]
    claims += [_claim(sentence, slot, value, pol, hedged) for slot, value, pol, hedged in found]
    if not claims and reason is None and _checkworthy(sentence, f, profile, lang, published):
        hedged = attributed or any(c.hedged for c in clauses)
        claims.append(_claim(sentence, None, None, main_polarity(clauses), hedged))
    return claims


def main_polarity(clauses: list[Clause]) -> str:
    """A free-text claim's polarity, read as slot claims read theirs, from its clauses: a sentence with a
    negated clause denies ("Aucune plainte n'a été déposée", "No software flaw was exploited, the group
    insists, since ..."), and one whose negation a neutraliser covers ("il n'est pas exclu que") does not.
    Calibrated on tests/claims/data/crosslingual (docs/claims.md)."""
    return DENIED if any(c.negated for c in clauses) else ASSERTED


def statement_polarity(text: str, *, profile: Profile, language: str) -> str:
    """The polarity a free-text claim made of this sentence gets (for clustering and its calibration)."""
    clauses, _attributed = analyse(Folded(text), profile, language)
    return main_polarity(clauses)


def extract_claims(
    text: str,
    *,
    profile: Profile,
    language: str | None = None,
    published: dt.date | None = None,
) -> list[Claim]:
    """All claims an article's text makes about the incident, in text order.

    `language` is "fr" or "en" (detected when None); `published` anchors relative dates
    ("hier", "last Monday") and tells recaps of earlier years from news.
    """
    lang = language if language in profile.cues else guess_language(text) or DEFAULT_LANGUAGE
    claims: list[Claim] = []
    in_related_block = False
    previous: Sentence | None = None
    for sentence in split_sentences(text):
        f = Folded(sentence.text)
        header = related_header(f, profile, lang)
        if header:
            in_related_block = header == "header"
            continue
        if in_related_block and sentence.kind == "line":
            continue  # the links listed under "À lire aussi"
        in_related_block = False
        question = previous if previous is not None and is_question(previous) else None
        claims.extend(sentence_claims(sentence, profile, lang, published, question))
        previous = sentence
    return claims
