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
import functools
import re

from claims.extraction.dates import YEAR, bare_months_at, find_dates, month_years_at, years_mentioned
from claims.extraction.lexicon import Folded, find_mentions, fold
from claims.extraction.model import Profile, Sentence, Vocabulary
from claims.extraction.targets import predicate_hits

_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# A dated event this long before publication belongs to another incident.
RECAP_AGE = dt.timedelta(days=60)
# A related-articles header alone on its line has at most this many words.
HEADER_WORDS = 6


def _imperative(f: Folded, v: Vocabulary) -> bool:
    endings, exceptions = v.imperative["endings"], v.imperative["exceptions"]
    first = re.match(r"\W*([a-z]+)", f.low)
    return bool(endings and first and first.group(1).endswith(endings) and first.group(1) not in exceptions)


def is_question(sentence: Sentence) -> bool:
    """A question asks; it does not state ("Vos données ont-elles été volées ?"). A statement that
    a short question of who, how or why only follows ("Elysée Cosmétiques a bien été attaquée,
    mais par qui ?") states what comes before it."""
    text = sentence.text.rstrip(" »\"”)")
    return text.endswith("?") and not _STATED_THEN_ASKED.search(text)


# A statement, then ", mais par qui ?", ", but by whom?": the question asks about what was stated.
_STATED_THEN_ASKED = re.compile(r"\w.{10,},\s*(?:mais|but)\s+(?:par\s+qui|qui|comment|pourquoi|how|why|who|by\s+whom)"
                                r"\b[^,;:.!?]{0,30}\?$", re.IGNORECASE)


def is_recap(f: Folded, profile: Profile, lang: str, published: dt.date | None) -> bool:
    """recap() for callers that hold a profile and a language."""
    return recap(f, profile.vocabulary(lang), published)


# Words a period's opening may take before its year: "entre juin 2018", "since early 2019".
PERIOD_GAP = 3


def period_opener(f: Folded, v: Vocabulary, pos: int) -> int | None:
    """Where the word that makes a date at pos open a period starts ("entre", "since", "going
    back to"), the nearest one; None when the date opens none."""
    starts = [s for s, e in v.cues.period_start.spans(f)
              # (a pipe parts a page's furniture from its text: "FROM THE ARCHIVE | February 2020: ...")
              if e <= pos and len(f.low[e:pos].split()) <= PERIOD_GAP and not re.search(r"[,;:.()|]", f.low[e:pos])]
    return starts[-1] if starts else None


def in_period(f: Folded, v: Vocabulary, pos: int) -> bool:
    """Whether a date at pos opens or closes a period ("patients prélevés entre juin 2018 et
    février 2019", "records going back to 2005") rather than dating an event."""
    return period_opener(f, v, pos) is not None


# A flaw's own dating, right before its year ("répertoriée en", "patched in").
_FLAW_DATED = re.compile(r"\b(?:repertoriee?s?|referencee?s?|corrigee?s?|publiee?s?\s+par\s+[a-z]+|catalogued|patched|"
                         r"fixed|disclosed|published\s+by\s+[a-z]+)\s+(?:in|en|au\s+debut\s+de|early\s+in)\s+$")


def _event_years(f: Folded, v: Vocabulary) -> list[int]:
    """Years that date an event: not those that open a period ("patients admitted since 2019")."""
    years = []
    opened = None  # where the last year that opens a period ends
    attacks = [s for s, _e in v.cues.attack_noun.spans(f)]
    named = _keyword_spans(f, v)
    people = [e for _s, e in v.cues.count_victims.spans(f)]
    for m in YEAR.finditer(f.low):
        if any(s <= m.start() and m.end() <= e for s, e in named):
            continue  # "le Bologna FC 1909", a name the newsroom follows: no year of any event
        if any(e < m.start() and _PEOPLE_WHO.fullmatch(f.low, e, m.start()) for e in people):
            continue  # "its donors, people who gave in 2020 and 2021": when they gave, not when anything was hit
        if _DOCUMENT_DATED.search(f.low, 0, m.start()) or (_ARTICLE_BEFORE.search(f.low, 0, m.start())
                                                             and _DOCUMENT_AFTER.match(f.low, m.end())):
            continue  # "a 2014 spreadsheet listing employees", « un fichier datant de 2014 »: the document's year
        if roll_dated(f.low, m.start()):
            continue  # "people on its staff on 4 September 2018": who was on a roll that day, not an event
        if _FLAW_DATED.search(f.low, 0, m.start()):
            continue  # "une faille répertoriée en 2021", "a flaw patched in 2022": the flaw's history, not the attack's
        if _YEAR_ATTRIBUTE.search(f.low, 0, m.start()) and not any(
                m.end() < s and len(f.low[m.end():s].split()) <= 2 for s in attacks):
            continue  # "1.5% of its 2017 worldwide turnover", "the court's 2023 ruling": no event of that year
        # "entre juin 2018 et février 2019": the range's second end closes the period
        # (the period may open on a whole date: "purchases made between 6 June 2017 and 30 July 2018")
        day_month = _DAY_MONTH.search(f.low, 0, m.start())
        if in_period(f, v, m.start()) or (day_month is not None and in_period(f, v, day_month.start())) or (
                opened is not None and _RANGE_END.fullmatch(f.low[opened:m.start()])):
            opened = m.end()
        else:
            years.append(int(m.group(1)))
            opened = None
    return years


# Who was on a roll on a given day, right before the day or its year ("people on its staff on 4 September 2018",
# "students enrolled as of", « les agents en poste au 4 septembre 2018 »): a state on that day, no event of it.
_ROLL_DATED = re.compile(r"\b(?:on\s+(?:its|their|the)\s+(?:staff|payroll|books|rolls)|employed|enrolled|en\s+poste|"
                         r"inscrits?|inscrites?)\s+(?:on|as\s+of|at|au|le)\s+(?:\d{1,2}(?:er)?\s+(?:[a-z]+\s+)?)?$")


def roll_dated(low: str, pos: int) -> bool:
    """Whether the date at pos says who was on a roll that day ("people on its staff on 4 September 2018"): it dates
    no event, neither an earlier incident nor the attack."""
    return _ROLL_DATED.search(low, 0, pos) is not None


def _keyword_spans(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """Where the incident's keywords that hold a year stand ("Bologna FC 1909")."""
    incident = v.profile.incident
    if incident is None:
        return []
    return [(m.start(), m.end()) for pattern in _year_keywords(incident.keywords) for m in pattern.finditer(f.low)]


@functools.lru_cache(maxsize=16)
def _year_keywords(keywords: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The incident's keywords that hold a year, folded and compiled once per incident (every
    sentence of every article asks)."""
    return tuple(re.compile(rf"(?<!\w){re.escape(fold(k))}(?!\w)") for k in keywords if YEAR.search(fold(k)))


# A possessive right before a year that qualifies the noun after it ("its 2017 turnover", "the
# Supreme Court's 2023 ruling").
_YEAR_ATTRIBUTE = re.compile(r"\b(?:its|their|his|her|s)\s+$")
# A document a year dates, the year before it ("a 2014 spreadsheet") or after it (« un tableur datant de 2014 »).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|one)\s+$")
_DOCUMENT_AFTER = re.compile(r"\s+(?:spreadsheets?|files?|lists?|databases?|documents?|reports?|archives?|backups?|"
                             r"rosters?|exports?|records?)\b")
_DOCUMENT_DATED = re.compile(r"\b(?:tableurs?|fichiers?|listes?|bases?|documents?|rapports?|archives?|sauvegardes?|"
                             r"exports?)\s+(?:datant\s+)?(?:de|d)\s+$")
# A relative clause on the people whose records were taken, up to the year it gives them: "people who gave in ",
# « des clients qui avaient commandé en »
_PEOPLE_WHO = re.compile(r"\s*,?\s*(?:who|qui|having|ayant)\s+(?:[a-z0-9]+\s+){1,4}")
# What lies between a period's first year and its last ("2018 et février 2019", "2005 to 2019").
_RANGE_END = re.compile(r"\s*(?:et|a|au|and|to|until|jusqu en|-|–)\s+(?:[a-z0-9]+\s+){0,2}")
# A day and a month written before a year ("6 june 2017", "1er mars 2019").
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\s+[a-z]+\s+$")


def _general(f: Folded, v: Vocabulary) -> bool:
    """Whether a cue of a general remark ("se multiplient", "increasingly") makes the sentence one:
    not inside a relative clause describing a noun of the sentence ("aux arnaques à la livraison, qui
    se multiplient depuis l'automne"), nor when the sentence dates it from this incident ("Depuis
    l'annonce, les tentatives d'escroquerie se multiplient")."""
    if any(_SINCE.search(f.low, 0, s) for s, _e in v.cues.attack_noun.spans(f) + v.cues.announce.spans(f)):
        return False
    return any(not _RELATIVE_OPENING.search(f.low, 0, s) for s, _e in v.cues.general.spans(f))


# A relative pronoun one word or less before: the cue sits in a relative clause ("qui se multiplient").
_RELATIVE_OPENING = re.compile(r"\b(?:qui|which|that)\s+(?:[a-z]+\s+)?$")

# Right before an attack or an announcement, a time phrase counting from it: "depuis l'annonce", "since the breach".
_SINCE = re.compile(r"\b(?:depuis|since)\s+(?:l|la|le|the|this|cette|cet)\s+$")


def names_incident(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence names an organisation the incident's config.toml names: a general
    remark in passing ("depuis plusieurs années") does not make it a general statement."""
    incident = v.profile.incident
    return bool(incident and incident.organizations and any(
        m.value in incident.organizations for m in find_mentions("organization", v, f)))


# A recap cue in the pluperfect ("had been hit", "avait subi", "s'était fait pirater").
_PLUPERFECT = re.compile(r"(?:had|avait|avaient|s etait|s etaient)\b")
# What keeps it a recap in reported speech: "avait déjà", "had itself been", "qui rappelle que".
_EARLIER = re.compile(r"\b(?:deja|itself|lui aussi|elle aussi|eux aussi|elles aussi|likewise)\b")
_RECALLING = re.compile(r"(?:rappel|recall|remind)")


def _backshifted(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Whether a pluperfect recap cue is only reported speech put in the past: "easyJet told the
    stock market that card details had also been accessed", "Advanced confirmed that it had been
    hit that morning", "a annoncé que ses serveurs avaient subi une intrusion". After a verb of
    saying in the same statement (no colon, semicolon or full stop between) the tense follows the
    verb, so it places nothing before this incident; alone it does ("the hospital had been hit in
    2021")."""
    if not _PLUPERFECT.match(f.low, start) or _EARLIER.search(f.low, start, end):
        return False
    statement = max(f.low.rfind(mark, 0, start) for mark in (";", ":", ". "))
    # (or of finding out: "Jamie Hussey soon realised the software had been hit by ransomware")
    found_out = v.cues.detection.spans(f) + [m.span() for m in _FOUND_OUT.finditer(f.low)]
    return any(statement < s and e <= start and not _RECALLING.match(f.low, s)
               for s, e in v.cues.reporting.spans(f) + v.cues.announce.spans(f) + found_out)


# Verbs of finding out, after which a pluperfect is the time of what was found ("realised ... had been hit").
_FOUND_OUT = re.compile(r"\b(?:realised|realized|discovered|learned|learnt|found|noticed|determined|established|"
                        # (the gerund too: "took its systems offline after finding that part of its business had been hit")
                        r"finding|discovering|learning|detecting|noticing|avoir\s+decouvert|avoir\s+constate|avoir\s+appris|"
                        # (or of telling in a letter: "emailed customers on Tuesday night to say it had suffered a breach")
                        r"to\s+say|to\s+tell|emailed|e\s+mailed|wrote\s+to|"
                        r"s\s+est\s+apercue?|ont\s+compris|a\s+compris|a\s+decouvert|ont\s+decouvert)\b")


# A relative clause on people right before a recap cue: it tells the past of those it
# describes ("des personnes qui avaient, par le passé, sollicité son assistance", "customers who
# had in the past ordered online"), not an earlier incident.
_RELATIVE_BEFORE = re.compile(r"\b(?:personnes|clients|clientes|patients|patientes|usagers|utilisateurs|abonnes|membres|"
                              r"consommateurs|salaries|people|customers|users|subscribers|members|employees|staff)\s+"
                              r"(?:qui|who)\s+(?:[a-z]+[\s,]+){0,2}$")


# Last year's figures, not last year's incident: "sales 1% to 3% below last year's rather than", "last year's
# results" (an attack of last year is still a recap: "last year's attack").
_FIGURES_OF = re.compile(r"\s+s\s*(?:[,;:.)]|$|(?:levels?|figures?|results?|sales|revenues?|profits?|earnings|totals?|"
                         r"rather|and|or|but)\b)")


# A length of time after a recap cue makes it a period that runs up to now ("anyone who applied
# in the past 15 years", "au cours des dix dernières années"), not an earlier incident.
_DURATION = re.compile(r"\s+(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|decades?|ans|annees|mois|semaines)\b")


def _incident_last_year(f: Folded, v: Vocabulary, published: dt.date | None) -> set[int]:
    """Where "last year", "l'an dernier" and the like start, when the incident the newsroom follows
    itself began the year before publication or earlier: a story a year on ("L.A. Unified
    acknowledged ... after last year's ransomware attack on its network") recalls this incident."""
    since = v.profile.incident.since if v.profile.incident is not None else None
    if since is None or published is None or since.year >= published.year:
        return set()
    return {s for s, _e in v.cues.recap_last_year.spans(f)}


# A recap's word that only says the event came earlier ("avait déjà", "had already"), not when.
_ALREADY = re.compile(r"\b(?:deja|already)\b")


def _this_incident_recalled(f: Folded, v: Vocabulary, published: dt.date | None) -> bool:
    """Whether a sentence with a recap's words recalls the incident the newsroom follows: it names
    its organisation and dates what it recalls on or after the day the incident began ("Ce
    rançongiciel avait déjà paralysé le groupe Altran fin janvier", in a March story about the next
    victim). Without a date, or with one before, it may be an earlier attack on the same body."""
    incident = v.profile.incident
    if incident is None or incident.since is None or published is None:
        return False
    if not any(m.value in incident.organizations for m in find_mentions("organization", v, f)):
        return False
    days = [dt.date.fromisoformat(d.iso) for d in find_dates(f.low, v.dates, published)]
    # a month counts from its last days: "fin janvier" may well be after the 20th
    months = [first.replace(day=28) for first, _pos in bare_months_at(f.low, v.dates, published)]
    months += [first.replace(day=28) for first, _pos in month_years_at(f.low, v.dates)]
    stated = days + months
    return bool(stated) and all(day >= incident.since for day in stated) \
        and not any(year < incident.since.year for year in years_mentioned(f.low))


# What closes an opening that turns to another incident: a comma or a colon, after at most a place.
_OPENING_END = re.compile(r"(?:\s+(?:in|a|en|dans)\s+[a-z]+(?:\s+[a-z]+){0,2})?\s*[,:]")
# A heading's few words up to its colon ("Also [in the Panhandle]:", "Elsewhere [in the auto parts aisle]:").
_HEADING_END = re.compile(r"(?:\s+[a-z0-9]+){0,6}\s*:")


def recap(f: Folded, v: Vocabulary, published: dt.date | None) -> bool:
    """About another or an earlier incident: recap cues, or a year or month well before publication."""
    ours = _incident_last_year(f, v, published)
    cues = [(start, end) for start, end in v.cues.recap.spans(f)
            if not _backshifted(f, v, start, end) and not _DURATION.match(f.low, end) and start not in ours
            and not _FIGURES_OF.match(f.low, end)
            and not _RELATIVE_BEFORE.search(f.low, 0, start)]
    # ("avait déjà paralysé Altran fin janvier": "déjà" recalls this incident when the sentence dates it so)
    if cues and not (all(_ALREADY.search(f.low, s, e) for s, e in cues) and _this_incident_recalled(f, v, published)):
        return True
    # "Elsewhere, the RansomHub gang says…": another incident (or with where, and a colon: "Elsewhere in North Florida:
    # Jax Spine & Pain Centers says"; or a heading a colon closes within a few words: "Also this week: Cardiovascular
    # Associates has begun …", "Not to be confused with the Quantum ransomware crew: Quantum Radiology … was hit")
    lead = len(f.low) - len(f.low.lstrip())
    if any(s == lead and end.match(f.low, e) for cue, end in ((v.cues.recap_opening, _OPENING_END),
                                                             (v.cues.recap_heading, _HEADING_END))
           for s, e in cue.spans(f)):
        return True
    if published is None:
        return False
    since = v.profile.incident.since if v.profile.incident is not None else None
    # a year in a quotation is a figure of speech ("It feels like we are working in 1995")
    if _QUOTED.search(f.text):
        f = Folded(_QUOTED.sub(lambda m: " " * len(m.group()), f.text))
    if any(year < (since or published).year for year in _event_years(f, v)):
        return True
    # a month that opens or closes a period ("entre juin 2018 et février 2019") dates no event;
    # the second end of the range sits after the first, so a period's words cover both
    named = month_years_at(f.low, v.dates)
    opened = [pos for _m, pos in named if in_period(f, v, pos)]
    months = [m for m, pos in named if (not opened or pos < min(opened)) and not roll_dated(f.low, pos)]
    # "a fix had been available since January": a bare month that opens a period dates no event either
    # (nor a month still to come that a bare month's year was guessed back for: "compte restaurer son informatique
    # d'ici à fin septembre", written in August)
    months += [m for m, pos in bare_months_at(f.low, v.dates, published) if not in_period(f, v, pos)
               and not (m.year == published.year - 1 and _AHEAD.search(f.low, max(0, pos - 30), pos))]
    if since is not None:
        # The newsroom said when its incident began: what happened before belongs to another.
        if any(first.replace(day=28) < since for first in months):
            return True
        # a day that opens a period ("patients seen between 1 May 2015 and 4 July 2018") dates no event;
        # a day and month with no year after publication ("pas de retour à la normale avant le 20
        # mai") is as likely to come as to be last year's: it says nothing of another incident
        # (nor does the day that closes it: "between 6 June 2017 and 30 July 2018")
        dates = find_dates(f.low, v.dates, published)
        closing = {b.start for a, b in zip(dates, dates[1:])
                   if in_period(f, v, a.start) and _RANGE_END.fullmatch(f.low[a.end:b.start])}
        return any(dt.date.fromisoformat(d.iso) < since and not in_period(f, v, d.start) and d.start not in closing
                   and not roll_dated(f.low, d.start)
                   and not _year_guessed_back(f.low, d, published)
                   and not (_STARTING.search(f.low, max(0, d.start - 30), d.start) and _WILL.search(f.low))
                   for d in dates)
    return any(published - first > RECAP_AGE for first in months)


# What sets a month ahead: "d'ici à fin septembre", « avant la fin octobre », "by the end of September", "until May".
_AHEAD = re.compile(r"\b(?:d\s+ici\s+(?:a\s+|la\s+)?|avant\s+|jusqu\s+(?:a|en)\s+|by\s+|until\s+|before\s+)"
                    r"(?:(?:la|le|l|the)\s+)?(?:(?:fin|debut|mi|end\s+of|beginning\s+of|middle\s+of)\s+|mi-)?$")


# What a day to come starts ("will hand vouchers …, starting on January 15", « seront versés à partir du 15 janvier »),
# in a sentence that speaks of the future: a start ahead, not an earlier incident's day.
_STARTING = re.compile(r"\b(?:starting|beginning|effective|as\s+of|a\s+partir\s+du|des\s+le)\s+(?:on\s+|from\s+)?$")
_WILL = re.compile(r"\b(?:will|shall|sera|seront|va|vont)\b")


def _year_guessed_back(low: str, d, published: dt.date) -> bool:
    """Whether a date's year was not written and was taken as last year's because the day and
    month come after publication."""
    return dt.date.fromisoformat(d.iso).year == published.year - 1 and not re.search(r"\d{4}", low[d.start:d.end])


# Where a sentence's parts end: a colon or a semicolon ends a statement, a comma only the
# adverbial a recap opens with.
_PART = re.compile(r"[:;]")
_SEGMENT = re.compile(r",")
_NAME = re.compile(r"\b[A-ZÀ-ÝĀ-Ž][\w'’-]+")


def _segments(low: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds = [start] + [m.end() for m in pattern.finditer(low, start, end)] + [end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if low[a:b].strip(" ,;:")]


def _masked(f: Folded, spans: list[tuple[int, int]]) -> Folded:
    text = f.text
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + " " * (b - a) + text[b:]
    return Folded(text)


# Where a sentence's statement and the advice after it part: a semicolon, or a comma and a
# conjunction opening another clause ("..., and it tells anyone affected to be wary of fake calls"; "No credit card
# data had been touched, she added, while Boots urged customers to choose a fresh password").
# (or "and" right before a verb of telling someone what to do: "took its e-mail system offline and told clients to be
# wary of any message", « a coupé sa messagerie et invite ses clients à se méfier »)
_ADVICE_BOUND = re.compile(r";|,\s*(?:and|but|et|mais|while|whilst|tandis\s+que|alors\s+que)\b|"
                           r"\s(?:and|et)\s+(?=(?:told|asked|urged|advised|warned|tells|asks|urges|advises|warns|"
                           r"a\s+demande|demande|a\s+invite|invite|a\s+appele|appelle|a\s+recommande|recommande|"
                           r"a\s+conseille|conseille)\b)")
# A quotation's end, its speaker, then the comma before a relative pronoun (« « Raccrochez », insiste la déléguée, qui
# rappelle qu'aucun IBAN ne figurait dans les fichiers »): where the speaker of quoted advice may go on to state
# something, if the relative's verb is one of saying.
_QUOTE_THEN_RELATIVE = re.compile(r"[»”\"][^«“\"]{0,140},\s*(?=(?P<pronoun>(?:qui|who)\s+))")


def _advice_bounds(f: Folded, v: Vocabulary) -> list[int]:
    """Where a sentence's statement and its advice may part: the marks of `_ADVICE_BOUND`, and the comma before a
    relative clause in which the speaker of quoted advice states something with a verb the profile reports with."""
    reporting = {s for s, _e in v.cues.reporting.spans(f)}
    bounds = [m.end() for m in _ADVICE_BOUND.finditer(f.low)]
    bounds += [m.end() for m in _QUOTE_THEN_RELATIVE.finditer(f.low) if m.end() + len(m.group("pronoun")) in reporting]
    return sorted(set(bounds))


def advice_mask(f: Folded, v: Vocabulary) -> tuple[Folded, bool] | None:
    """The sentence without the clauses that give advice after it has stated something of the
    data ("No credit card details were stolen, the company said; it is nonetheless asking every
    user to change their password"), and whether that advice names a risk ("..., and it tells
    anyone who may be affected to be wary of fake calls"), which the caller then reads from the
    whole sentence taken as advice; None when there is nothing to mask."""
    bounds = [0] + _advice_bounds(f, v) + [len(f.low)]
    if len(bounds) < 3:
        return None
    pieces = {(a, b): Folded(f.text[a:b]) for a, b in zip(bounds, bounds[1:])}
    advising = [span for span, piece in pieces.items() if v.cues.advice.search(piece) or _imperative(piece, v)]
    stating = [span for span in pieces if span not in advising]
    # only advice that follows what the sentence states, about data, or that comes before a statement
    # its speaker goes on to make ("Elle demande à ses utilisateurs de se méfier …, et précise que
    # les mots de passe sont restés à l'abri")
    # (or after a semicolon, which closes the advice: « … de se méfier des appels ; aucun indice ne laisse penser que
    # des données de paiement aient été emportées, ajoute l'entreprise »)
    reported = all(_reports_next(pieces[span], v) or f.low[:span[0]].rstrip().endswith(";")
                   for span in stating if span[0] > min(a for a, _b in advising)) if advising and stating else False
    if not advising or not stating or (max(a for a, _b in stating) > min(a for a, _b in advising) and not reported) \
            or not any(find_mentions("data_category", v, pieces[span]) for span in stating):
        return None
    return _masked(f, advising), any(find_mentions("risk", v, pieces[span]) for span in advising)


def _reports_next(piece: Folded, v: Vocabulary) -> bool:
    """Whether a piece of sentence opens on a verb of saying, its conjunction aside ("et précise
    que", "and added that"): what follows is a statement of its own."""
    lead = len(piece.low) - len(piece.low.lstrip())
    return any(s <= lead + 12 and len(piece.low[:s].split()) <= 2 for s, _e in v.cues.reporting.spans(piece))


# A participle of history followed by its date ("bought in 2021", « rachetée en 2019 »).
_HISTORY_DATE = re.compile(r"\s+(?:in|en)\s+(?:\d{4}|[a-z]+\s+\d{4})\b")


# Where an aside ends: the next comma, semicolon or colon.
_ASIDE_BOUND = re.compile(r"[,;:]")


def _dated_asides(f: Folded, v: Vocabulary, published: dt.date | None) -> list[tuple[int, int]]:
    """The asides a date of their own makes recaps: a relative clause, an apposition or a
    concession after a comma ("Norsk Hydro had been hit with LockerGoga, a strain of ransomware
    first seen in January, ...", "Lactalis, qui ... a franchi en 2019 le cap des 20 milliards
    d'euros, assure que ses activités se poursuivent"), or a participle opening the sentence
    ("Créé en 1995, le pôle ... a été victime"). The date places what the aside tells (the
    strain, the company's history), not the sentence's news."""
    low = f.low
    leads = {s for s, _e in v.cues.aside_lead.spans(f) + v.cues.aside_participle.spans(f)}
    openers = {s for s, _e in v.cues.aside_participle.spans(f)}
    # (a participle of the company's history dated inside an apposition: "Blue Yonder, the supply-chain software
    # maker Panasonic bought in 2021, says ...")
    history = [s for s, e in v.cues.aside_participle.spans(f) if _HISTORY_DATE.match(low, e)]
    out = []
    for start, end in _segments(low, 0, len(low), _ASIDE_BOUND):
        at = start + len(low[start:end]) - len(low[start:end].lstrip(" «\"“"))
        dated_history = start > 0 and any(start < h < end for h in history)
        if (at in openers if start == 0 else at in leads or dated_history) and recap(Folded(f.text[start:end]), v, published):
            out.append((start, end))
    return out


def recap_mask(f: Folded, v: Vocabulary, published: dt.date | None) -> Folded | None:
    """The sentence without the parts that recall another or an earlier incident, when it also
    speaks of this one; None when the sentence is a recap as a whole.

    The press sets this incident against others inside one sentence, in two shapes. An opening
    adverbial: "Après Armentières en février, c'est au tour de Cannes", "After Corbeil-Essonnes
    in August, a second hospital...", "Après Free et SFR à l'automne 2024, puis Orange fin
    juillet, c'est au tour de..." (the opening run of comma segments that are recaps is set
    aside). A part after a colon or a semicolon, behind a head that names this incident's
    organisation: "Le CHSF n'est pas le premier hôpital frappé : en 2021, les données de 1,4
    million de patients avaient fuité". Reading such a sentence whole as a recap loses what it
    says of this incident; reading it whole as news gives the other incident's figures to this
    one. A head that is itself a recap, or that names nothing of this incident ("Credential
    stuffing is hardly new: in November 2022...", "Des pirates qui chiffrent... : c'est le
    principe du rançongiciel"), leaves the sentence a recap. Blanked parts keep every offset.
    Called for a sentence recap() has marked (extract_claims already asked it)."""
    low = f.low
    asides = _dated_asides(f, v, published)
    if asides:
        rest = _masked(f, asides)
        if not recap(rest, v, published) and names_incident(rest, v):
            return rest
    parts = _segments(low, 0, len(low), _PART)
    head_start, head_end = parts[0]
    masked = _opening_recaps(f, v, published, head_start, head_end)
    if masked:
        head_start = masked[-1][1]
    # a closing comparison ("..., contrairement à celle qui avait paralysé Dax début 2021",
    # "..., unlike the attack on Dax in 2021") recalls the other incident after this one's news
    compare = next((s for s, _e in v.cues.recap_compare.spans(f)
                    if head_start < s < head_end and re.search(r",\s*$", low[head_start:s])), None)
    if compare is not None and recap(Folded(f.text[compare:head_end]), v, published) and \
            not recap(Folded(f.text[head_start:compare]), v, published) and \
            names_incident(Folded(f.text[head_start:compare]), v):
        masked.append((compare, head_end))
        head_end = compare
    head = Folded(f.text[head_start:head_end])
    if recap(head, v, published):
        return None
    if not (masked or names_incident(head, v)):
        # "Deux communes bretonnes frappées en un mois : après Betton, visée fin août, c'est la Ville de
        # Morlaix qui…": a head that sets the scene, then a part after the colon that opens on the other
        # incident and goes on to this one
        for start, end in parts[1:]:
            opening = _opening_recaps(f, v, published, start, end)
            rest = Folded(f.text[opening[-1][1]:end]) if opening else None
            if rest is not None and not recap(rest, v, published) and names_incident(rest, v):
                return _masked(f, opening + [(s, e) for s, e in parts[1:] if s != start
                                             and recap(Folded(f.text[s:e]), v, published)])
        return None
    for start, end in parts[1:]:
        if recap(Folded(f.text[start:end]), v, published):
            masked.append((start, end))
    return _masked(f, masked) if masked else None


def _opening_recaps(f: Folded, v: Vocabulary, published: dt.date | None, start: int, end: int) -> list[tuple[int, int]]:
    """The opening run of comma segments of f[start:end] that recall another incident, when the part opens on
    a recap lead naming it ("Après Brest en mars, c'est au tour de…"); one that only dates ("Comme en 2021, des
    données avaient fuité") dates the whole part, and gives none."""
    low = f.low
    opening = len(low[start:end]) - len(low[start:end].lstrip(" «\"“"))
    lead = next((e for s, e in v.cues.recap_lead.spans(f) if s == start + opening), None)
    comma = low.find(",", start, end)
    if lead is None or comma <= lead or not _NAME.search(f.text, lead, comma):
        return []
    # the shortest run of opening segments that recalls it, with something left that does not ("après Betton,
    # visée dans la nuit du 30 au 31 août, c'est la Ville de Morlaix qui…": the date comes in the second segment)
    segments = _segments(low, start, end, _SEGMENT)
    for k in range(1, len(segments)):
        if recap(Folded(f.text[segments[0][0]:segments[k - 1][1]]), v, published) and \
                not recap(Folded(f.text[segments[k][0]:end]), v, published):
            return segments[:k]
    return []


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
    if any(start == lead for start, _e in v.cues.furniture_lead.spans(f)) and not predicate_hits(f, v):
        # "Photo : ...", "Publié le ...", "Encadré – ..." inside a paragraph; but a sentence that says
        # something was taken or hit is no caption ("Credit card numbers were not taken")
        return "furniture"
    if recap(f, v, published):
        return "recap"
    # (an explainer's "Ce que l'on sait", not a speaker's « D'après ce que nous savons aujourd'hui » inside a quotation)
    quoted = [m.span() for m in _QUOTED.finditer(f.text)]
    # (nor the heading of a sentence that goes on, after its colon, to tell the attack: « Ce que l'on sait, à ce stade :
    # le rançongiciel a frappé le Service officiel de la curatelle de Saxon le 22 avril »)
    if any(not any(qs <= s < qe for qs, qe in quoted) and not _tells_after_colon(f, v, e) for s, e in v.cues.meta.spans(f)):
        return "meta"
    if _general(f, v) and not names_incident(f, v):
        return "general"
    if (v.cues.advice.search(f) or _imperative(f, v)) and not _reported_before_advice(f, v):
        return "advice"
    return None


def _tells_after_colon(f: Folded, v: Vocabulary, end: int) -> bool:
    """Whether a heading ending at `end` is closed by a colon after which the sentence says something was hit (by
    attackers, or the incident's organisation named: "What we know so far: ransomware hit the society on Monday")."""
    colon = re.match(r"[^:;.]{0,30}:", f.low[end:])
    if colon is None:
        return False
    rest = Folded(f.text[end + colon.end():])
    return bool(predicate_hits(rest, v)) or (bool(v.cues.hit.search(rest)) and names_incident(rest, v))


def _reported_before_advice(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence first reports what was hit or taken, in a clause of its own, and only then
    gives advice ("says a cyberattack reached about 4,500 of its accounts, and that every user will have
    to reset their password"): the report is read; the advice clause still gives no claim of its own."""
    advice = v.cues.advice.spans(f)
    if not advice:
        return False
    first = min(s for s, _e in advice)
    said = [s for s, _e in v.cues.taken.spans(f) + v.cues.compromise.spans(f) if s < first] + predicate_hits(f, v, 0, first)
    return any(_NEXT_STATEMENT.search(f.low, h, first) for h in said)


# What opens a second statement after a first: ", and that", "; ".
_NEXT_STATEMENT = re.compile(r",\s+(?:and|et)\s+(?:that|que|qu)\b|;")


def related_header(f: Folded, v: Vocabulary) -> str | None:
    """"header" for a related-articles header alone on its line, "item" when a link follows it."""
    spans = v.cues.related.spans(f)
    lead = len(f.low) - len(f.low.lstrip(" \t«\"•-*"))
    if not any(start == lead for start, _end in spans):
        return None
    return "header" if len(f.low.split()) <= HEADER_WORDS and not re.search(r"[.!?]$", f.low.strip()) and ":" not in f.low.strip()[:-1] else "item"
