"""Recognise sentences that make no claim about the incident.

Advice and reminders ("un établissement ne vous demandera jamais vos coordonnées
bancaires"), questions, general statements about the sector, recaps of other or earlier
incidents, the article speaking of itself ("nous répondons à vos questions sur..."),
related-article lists and page furniture all mention the incident's words
without stating anything about it. Reading them as claims produces false verdicts, so
each sentence gets a reason to be skipped, or None.
"""

from __future__ import annotations

import datetime as dt
import re

from claims.extraction.dates import bare_months, find_dates, month_years_at
from claims.extraction.lexicon import Folded, find_mentions
from claims.extraction.model import Profile, Sentence, Vocabulary

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# A dated event this long before publication belongs to another incident.
RECAP_AGE = dt.timedelta(days=60)
# How far into a sentence "après"/"after" may open a series ("Moins de vingt-quatre heures après Boulanger").
OPENING_LEAD = 30
# A related-articles header alone on its line has at most this many words.
HEADER_WORDS = 6


def _imperative(f: Folded, v: Vocabulary) -> bool:
    endings, exceptions = v.imperative["endings"], v.imperative["exceptions"]
    first = re.match(r"\W*([a-z]+)", f.low)
    return bool(endings and first and first.group(1).endswith(endings) and first.group(1) not in exceptions)


def is_question(sentence: Sentence) -> bool:
    """A question asks; it does not state ("Vos données ont-elles été volées ?")."""
    return sentence.text.rstrip(" »\"”)").endswith("?")


def is_recap(f: Folded, profile: Profile, lang: str, published: dt.date | None) -> bool:
    """recap() for callers that hold a profile and a language."""
    return recap(f, profile.vocabulary(lang), published)


# Words a period's opening may take before its year: "entre juin 2018", "since early 2019".
PERIOD_GAP = 3


def in_period(f: Folded, v: Vocabulary, pos: int) -> bool:
    """Whether a date at pos opens or closes a period ("patients prélevés entre juin 2018 et
    février 2019", "records going back to 2005") rather than dating an event."""
    for _s, e in v.cues.period_start.spans(f):
        gap = f.low[e:pos]
        if e <= pos and len(gap.split()) <= PERIOD_GAP and not re.search(r"[,;:.()]", gap):
            return True
    return False


def _event_years(f: Folded, v: Vocabulary) -> list[int]:
    """Years that date an event: not those that open a period ("patients admitted since 2019")."""
    years = []
    opened = None  # where the last year that opens a period ends
    for m in re.finditer(r"(?<![\w,.])((?:19|20)\d{2})(?![\w,.]\d)", f.low):
        # "entre juin 2018 et février 2019": the range's second end closes the period
        if in_period(f, v, m.start()) or (opened is not None and _RANGE_END.fullmatch(f.low[opened:m.start()])):
            opened = m.end()
        else:
            years.append(int(m.group(1)))
            opened = None
    return years


# What lies between a period's first year and its last ("2018 et février 2019", "2005 to 2019").
_RANGE_END = re.compile(r"\s*(?:et|a|au|and|to|until|jusqu en|-|–)\s+(?:[a-z]+\s+){0,2}")


def _names_incident(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence names an organisation the incident's config.toml names: a general
    remark in passing ("depuis plusieurs années") does not make it a general statement."""
    incident = v.profile.incident
    return bool(incident and incident.organizations and any(
        m.value in incident.organizations for m in find_mentions("organization", v, f)))


def recap(f: Folded, v: Vocabulary, published: dt.date | None) -> bool:
    """About another or an earlier incident: recap cues, or a year or month well before publication."""
    if v.cues.recap.search(f):
        return True
    if published is None:
        return False
    since = v.profile.incident.since if v.profile.incident is not None else None
    # a year in a quotation is a figure of speech ("It feels like we are working in 1995")
    if _QUOTED.search(f.text):
        f = Folded(_QUOTED.sub(lambda m: " " * len(m.group()), f.text))
    opening = _series_opening(f, v)
    if opening:
        f = Folded(" " * opening + f.text[opening:])
    if any(year < (since or published).year for year in _event_years(f, v)):
        return True
    # a month that opens or closes a period ("entre juin 2018 et février 2019") dates no event;
    # the second end of the range sits after the first, so a period's words cover both
    named = month_years_at(f.low, v.dates)
    opened = [pos for _m, pos in named if in_period(f, v, pos)]
    months = [m for m, pos in named if not opened or pos < min(opened)]
    months += bare_months(f.low, v.dates, published)
    if since is not None:
        # The newsroom said when its incident began: what happened before belongs to another.
        if any(first.replace(day=28) < since for first in months):
            return True
        return any(dt.date.fromisoformat(d.iso) < since for d in find_dates(f.low, v.dates, published))
    return any(published - first > RECAP_AGE for first in months)


def _series_opening(f: Folded, v: Vocabulary) -> int:
    """Where a series' opening phrase ends ("Après Brest en mars, la Bretagne voit un deuxième CHU
    visé", "Après Free et SFR à l'automne 2024, puis Orange fin juillet, c'est au tour de
    Bouygues Telecom"), or 0: the sentence opens with "après"/"after", and after the comma that
    closes the opening, its main clause names the newest of the series. The opening's dates are
    the earlier victims'."""
    lead = len(f.low) - len(f.low.lstrip(" «\"“"))
    starts = [e for s, e in v.cues.aftermath.spans(f) if s - lead <= OPENING_LEAD]
    series = [s for s, _e in v.cues.series.spans(f) if starts and s > starts[0]]
    if not series:
        return 0
    comma = f.low.rfind(",", starts[0], series[0])
    if comma < 0 or re.search(r"[;:.]", f.low[starts[0]:comma]) or \
            v.cues.attack_noun.search(Folded(f.text[starts[0]:comma])):
        return 0  # "Après l'attaque de mars 2023, ...": the attack itself is dated
    return comma + 1


def skip_reason(
    sentence: Sentence, f: Folded, v: Vocabulary, published: dt.date | None
) -> str | None:
    """Why this sentence states no claim about the incident, or None when it may."""
    if is_question(sentence):
        return "question"
    if sentence.kind == "line" and (
        v.cues.furniture.search(f) or len(sentence.text.split()) <= 3
    ):
        return "furniture"
    lead = len(f.low) - len(f.low.lstrip(" \t«\"•-*|–—"))
    if any(start == lead for start, _e in v.cues.furniture_lead.spans(f)):
        return "furniture"  # "Photo : ...", "Publié le ...", "Encadré – ..." inside a paragraph
    if recap(f, v, published):
        return "recap"
    if v.cues.meta.search(f):
        return "meta"
    if v.cues.general.search(f) and not _names_incident(f, v):
        return "general"
    if v.cues.advice.search(f) or _imperative(f, v):
        return "advice"
    return None


def related_header(f: Folded, v: Vocabulary) -> str | None:
    """"header" for a related-articles header alone on its line, "item" when a link follows it."""
    spans = v.cues.related.spans(f)
    lead = len(f.low) - len(f.low.lstrip(" \t«\"•-*"))
    if not any(start == lead for start, _end in spans):
        return None
    return "header" if len(f.low.split()) <= HEADER_WORDS and not re.search(r"[.!?]$", f.low.strip()) and ":" not in f.low.strip()[:-1] else "item"
