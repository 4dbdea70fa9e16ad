"""Turn an article's text into the claims it makes about the incident.

The orchestrator of the pure steps: split into sentences (claims.extraction.sentences), drop those
that state nothing about the incident (claims.extraction.filters), cut each remaining sentence into
clauses with their polarity and hedging (claims.extraction.polarity), read slot claims
(claims.extraction.slots) and quotations (claims.extraction.quotes), and keep check-worthy sentences that fit
no slot as free-text claims. No database, no network: text in, claims out.
"""

from __future__ import annotations

import datetime as dt
import functools

from aggregator.language import guess_language
from claims.extraction.dates import find_dates
from claims.extraction.discourse import Discourse
from claims.extraction.filters import in_period, is_question, recap, related_header, skip_reason
from claims.extraction.lexicon import Folded
from claims.extraction.model import (ASSERTED, DEFAULT_LANGUAGE, DENIED, Claim, IncidentContext, Profile, Sentence,
                                     Vocabulary)
from claims.extraction.numbers import find_numbers
from claims.extraction import parse
from claims.extraction.polarity import Clause, analyse
from claims.extraction.profile import PROFILES_DIR, for_incident, load_profile
from claims.extraction.quotes import ORG_PRONOUN, PRONOUN, UNNAMED, find_quotes, named_person, reported_speaker
from claims.extraction.sentences import split_sentences
from claims.extraction.slots import slot_claims
from claims.extraction.candidates import propose, raw_mentions
from claims.extraction.features import SentenceView, candidate_features
from claims.extraction.judge import JUDGE_FILE, Judge, Reading, decide, free_candidate, load_judge

__all__ = ["EXTRACTOR_VERSION", "extract_claims", "extractor_version", "load_profile"]

# A free-text claim needs at least this many words: shorter lines are labels, not statements.
FREE_TEXT_MIN_WORDS = 5
# How a sentence's clauses are read: "cues" (cue words), "parse" (spaCy's dependency parse,
# French only) or "combined"; docs/claims.md gives the measurements behind the choice.
STRUCTURE = "cues"
STRUCTURES = ("cues", "parse", "combined")
# Who decides among the candidates: the profile's learned judge ("model"), or the rules alone.
JUDGEMENT = "model"
JUDGEMENTS = ("model", "rules")


def extractor_version(profile: Profile, incident: IncidentContext | None = None) -> str:
    """The version recorded with each claim: the rules' version and the hash of the data (and incident) used."""
    return for_incident(profile, incident).version


EXTRACTOR_VERSION = extractor_version(load_profile("cyberattack"))


def _claim(sentence: Sentence, slot, value, polarity: str, hedged: bool) -> Claim:
    return Claim(slot, value, polarity, hedged, sentence.text, sentence.start, sentence.end)


def _checkworthy(sentence: Sentence, f: Folded, v: Vocabulary, published: dt.date | None) -> bool:
    if sentence.kind == "line" or len(sentence.text.split()) < FREE_TEXT_MIN_WORDS:
        return False
    # A check-worthy act (complaint, investigation, regulator, sale, ransom), or an incident
    # word with a date or a figure; an incident word alone ("the hospital is working to
    # restore services after the attack") states no fact to check.
    if v.cues.checkworthy.search(f):
        return True
    dates = [d for d in find_dates(f.low, v.dates, published) if not in_period(f, v, d.start)]
    return bool(v.cues.incident.search(f) and (
        dates or any(n.value >= 2 and not 1900 <= n.value < 2100 for n in find_numbers(f.low, f.cased, v.numbers))))


def _speakers(found: list[str | None], person: str | None, discourse: Discourse, v: Vocabulary) -> list[str | None]:
    """Quote values: a pronoun speaker is the person named before (or the speaker quoted
    before), "it" the organisation named before, a role noun the organisation it stands
    for; a quotation nobody is named for has no speaker."""
    out = []
    for speaker in found:
        if speaker == PRONOUN:
            speaker = person
        elif speaker == ORG_PRONOUN:
            speaker = discourse.resolve("")
        elif speaker == UNNAMED:
            speaker = None
        else:
            speaker = discourse.speaker_for(speaker, v)
        out.append(speaker)
    return list(dict.fromkeys(out))


def sentence_claims(
    sentence: Sentence,
    v: Vocabulary,
    published: dt.date | None,
    question: Sentence | None = None,
    discourse: Discourse | None = None,
    doc=None,
    structure: str = STRUCTURE,
    folded: Folded | None = None,
) -> list[Claim]:
    """The claims of one sentence that has not been set aside as furniture.

    `question` is the question just before it, which the sentence may answer; `discourse`
    what the sentences before it named (the organisation a role noun stands for, the
    person a pronoun speaker stands for); `doc` its parse, read as `structure` says.
    """
    return read_sentence(sentence, v, published, question, discourse, doc, structure, folded).claims


def read_sentence(
    sentence: Sentence,
    v: Vocabulary,
    published: dt.date | None,
    question: Sentence | None = None,
    discourse: Discourse | None = None,
    doc=None,
    structure: str = STRUCTURE,
    folded: Folded | None = None,
    judged: frozenset[str] | None = None,
    place: tuple[int, int] = (0, 1),
) -> Reading:
    """sentence_claims() as a Reading; with `judged` (a judge's feature groups), also every
    candidate a judge weighs, described by those features (`place`: the sentence's index
    and the article's sentence count)."""
    discourse = discourse if discourse is not None else Discourse()
    f = folded if folded is not None else Folded(sentence.text)
    context = Folded(question.text) if question is not None else None
    reason = skip_reason(sentence, f, v, published)
    reading = Reading(sentence, [])
    if reason == "furniture" or (reason in ("question", "recap", "meta") and judged is None):
        return reading
    if reason in ("question", "recap", "meta"):
        # set aside by the rules; the judge still weighs what they would say
        clauses, attributed = analyse(f, v)
        relaxed = slot_claims(f, v, clauses, attributed, published, context=context, anaphors=discourse.anaphors(f, v))
        _propose(reading, f, v, clauses, attributed, reason, [], relaxed, published, discourse, judged, place)
        return reading
    speakers = _speakers(find_quotes(f, v), named_person(sentence.text) or discourse.pronoun_speaker(), discourse, v)
    discourse.heard(next((s for s in reversed(speakers) if s), None) or discourse.speaker_for(reported_speaker(f, v), v))
    quotes = [("quote", s, ASSERTED, False, 0) for s in dict.fromkeys(speakers)]
    if reason == "general" and judged is None:
        # A general remark states nothing about the incident, but a quoted one is still a quote.
        reading.claims = [_claim(sentence, "quote", s, ASSERTED, False) for s in dict.fromkeys(speakers)]
        return reading
    clauses, attributed = analyse(f, v)
    if doc is not None and structure != "cues":
        parsed = parse.parse_clauses(f, v, doc)
        clauses = parsed if structure == "parse" else parse.combine(clauses, parsed)
    anaphors = discourse.anaphors(f, v)
    if reason == "general":
        reading.claims = [_claim(sentence, "quote", s, ASSERTED, False) for s in dict.fromkeys(speakers)]
        relaxed = slot_claims(f, v, clauses, attributed, published, context=context, anaphors=anaphors)
        _propose(reading, f, v, clauses, attributed, reason, quotes, relaxed, published, discourse, judged, place)
        return reading
    # Advice states no fact about the incident; only the risk it warns of is kept.
    found = slot_claims(f, v, clauses, attributed, published, only_risk=reason == "advice", context=context,
                        anaphors=anaphors)
    claims = [_claim(sentence, "quote", s, ASSERTED, False) for s in dict.fromkeys(speakers)]
    claims += [_claim(sentence, slot, value, pol, hedged) for slot, value, pol, hedged, _pos in found]
    checkworthy = None
    if not claims and reason is None:
        checkworthy = _checkworthy(sentence, f, v, published)
        if checkworthy:
            hedged = attributed or any(c.hedged for c in clauses)
            claims.append(_claim(sentence, None, None, main_polarity(clauses), hedged))
    reading.claims = claims
    if judged is not None:
        relaxed = slot_claims(f, v, clauses, attributed, published, context=context, anaphors=anaphors) \
            if reason == "advice" else []
        _propose(reading, f, v, clauses, attributed, reason, quotes + found, relaxed, published, discourse, judged,
                 place, checkworthy)
    return reading


def _propose(reading: Reading, f: Folded, v: Vocabulary, clauses: list[Clause], attributed: bool, reason: str | None,
             kept: list, relaxed: list, published: dt.date | None, discourse: Discourse, judged: frozenset[str],
             place: tuple[int, int], checkworthy: bool | None = None) -> None:
    """Fill a reading's candidates and free-text candidate, with their features."""
    sentence = reading.sentence
    raw = raw_mentions(f, v, published, discourse.anaphors(f, v))
    reading.candidates = propose(f, v, clauses, attributed, kept, relaxed, raw)
    view = SentenceView.of(f, v, clauses, reason, place[0], place[1], sentence.kind, published)
    for c in reading.candidates:
        c.features = candidate_features(c, view, judged)
    if sentence.kind != "line" and len(sentence.text.split()) >= FREE_TEXT_MIN_WORDS:
        if checkworthy is None:
            checkworthy = _checkworthy(sentence, f, v, published)
        free = free_candidate(sentence, main_polarity(clauses), attributed or any(c.hedged for c in clauses),
                              rule=any(c.slot is None for c in reading.claims))
        free.features = candidate_features(free, view, judged) + [
            "free|checkworthy" if checkworthy else "free|not_checkworthy",
            f"free|rule_slots:{min(sum(1 for c in reading.claims if c.slot is not None), 2)}",
            f"free|candidates:{min(len(reading.candidates), 3)}"]
        reading.free = free


def main_polarity(clauses: list[Clause]) -> str:
    """A free-text claim's polarity, read as slot claims read theirs, from its clauses: a sentence with a
    negated clause denies ("Aucune plainte n'a été déposée", "No software flaw was exploited, the group
    insists, since ..."), and one whose negation a neutraliser covers ("il n'est pas exclu que") does not.
    Calibrated on tests/claims/data/crosslingual (docs/claims.md, "Cross-lingual joining")."""
    return DENIED if any(c.negated for c in clauses) else ASSERTED


def statement_polarity(text: str, *, profile: Profile, language: str) -> str:
    """The polarity a free-text claim made of this sentence gets (for clustering and its calibration)."""
    lang = language if language in profile.vocabularies else DEFAULT_LANGUAGE
    clauses, _attributed = analyse(Folded(text), profile.vocabulary(lang))
    return main_polarity(clauses)


def extract_claims(
    text: str,
    *,
    profile: Profile,
    language: str | None = None,
    published: dt.date | None = None,
    incident: IncidentContext | None = None,
    structure: str = STRUCTURE,
    judgement: str = JUDGEMENT,
    judge: Judge | None = None,
) -> list[Claim]:
    """All claims an article's text makes about the incident, in text order.

    `language` is "fr" or "en" (detected when None); `published` anchors relative dates
    ("hier", "last Monday") and tells recaps of earlier years from news; `incident` is
    what config.toml says of the incident (its organisations are recognised as such).
    `judgement` is "model" (the profile's judge decides among the rules' candidates, when
    the profile has one) or "rules" (the rules alone); `judge` replaces the profile's.
    """
    if judgement not in JUDGEMENTS:
        raise ValueError(f"judgement must be one of {', '.join(JUDGEMENTS)}")
    if judgement == "model" and judge is None:
        judge = profile_judge(profile.name)
    chosen = judge if judgement == "model" else None
    readings = read_article(text, profile=profile, language=language, published=published, incident=incident,
                            structure=structure, judged=chosen.groups if chosen else None)
    if chosen is None:
        return [c for r in readings for c in r.claims]
    return [c for r in readings for c in decide(r, chosen)]


@functools.lru_cache(maxsize=8)
def profile_judge(name: str) -> Judge | None:
    """The judge stored with a profile (claims/profiles/<name>/judge.json), read once; None without one."""
    return load_judge(PROFILES_DIR / name / JUDGE_FILE)


def read_article(
    text: str,
    *,
    profile: Profile,
    language: str | None = None,
    published: dt.date | None = None,
    incident: IncidentContext | None = None,
    structure: str = STRUCTURE,
    judged: frozenset[str] | None = None,
) -> list[Reading]:
    """Each sentence's reading, in text order: the rules' claims and, with `judged` (a judge's
    feature groups), the candidates a judge weighs. Sentences set aside before reading
    (related-article links, what follows a recap) have none."""
    profile = for_incident(profile, incident)
    lang = language if language in profile.vocabularies else guess_language(text)
    lang = lang if lang in profile.vocabularies else DEFAULT_LANGUAGE
    v = profile.vocabulary(lang)
    sentences = split_sentences(text)
    docs = parse.parse_all([s.text for s in sentences], lang) if structure != "cues" else None
    readings: list[Reading] = []
    in_related_block = False
    previous: Sentence | None = None
    discourse = Discourse.start(incident.organizations if incident else (), profile.org_forms)
    recap_before = False
    for index, sentence in enumerate(sentences):
        f = Folded(sentence.text)
        header = related_header(f, v)
        if header:
            in_related_block = header == "header"
            continue
        if in_related_block and sentence.kind == "line":
            continue  # the links listed under "À lire aussi"
        in_related_block = False
        question = previous if previous is not None and is_question(previous) else None
        if question is None and previous is not None and v.cues.backref.spans(f) and \
                v.cues.backref.spans(f)[0][0] <= len(f.low) - len(f.low.lstrip(" «\"“")):
            # "Those details are names, dates of birth...", "Il s'agit des noms...": the sentence
            # before says what they are (taken, exposed)
            question = previous
        if recap_before and v.cues.recap_follow.search(f):
            previous = sentence
            continue  # "Dans ces deux cas, ..." after a recap speaks of the earlier incident
        recap_before = recap(f, v, published)
        readings.append(read_sentence(sentence, v, published, question, discourse, docs[index] if docs else None,
                                      structure, folded=f, judged=judged, place=(index, len(sentences))))
        discourse.met(named_person(sentence.text))
        discourse.named(f, v)
        previous = sentence
    return readings
