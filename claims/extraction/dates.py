"""Find dates in a sentence, absolute or relative to the article's publication date.

Absolute: "mardi 9 septembre", "le 3 septembre 2025", "September 4", "4 September 2025",
"04/09/2025", "2025-09-04". A day and month without a year take the publication year,
or the year before when that would put the date well after publication.
Relative (need the publication date): "hier", "yesterday", "lundi dernier", "last Monday",
"en fin de semaine dernière" (the Friday of the previous week), a bare weekday ("jeudi",
"on Thursday": the last such day on or before publication).
Works on folded text; the calendar words come from the profile's dates_<lang>.toml.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from claims.extraction.lexicon import fold

# A day-and-month date more than this far after publication is taken as last year's.
_FUTURE_SLACK = dt.timedelta(days=7)


@dataclass(frozen=True)
class DateMention:
    """A date found in a sentence, as an ISO string, with its span."""

    iso: str
    start: int
    end: int


def _alternatives(words) -> str:
    return _alternation(tuple(words))


@functools.lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(fold(w)) for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=1024)
def _phrase(phrase: str) -> str:
    return re.escape(fold(phrase))


def _month_table(table: dict) -> dict[str, int]:
    return _months(tuple(table["months"]), tuple(table.get("month_abbreviations", {}).items()))


@functools.lru_cache(maxsize=16)
def _months(names: tuple[str, ...], abbreviations: tuple[tuple[str, int], ...]) -> dict[str, int]:
    months = {fold(name): i + 1 for i, name in enumerate(names)}
    months.update({fold(k): v for k, v in abbreviations})
    return months


def _build(year: int | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate - published > _FUTURE_SLACK:
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _last_weekday(published: dt.date, weekday: int, strictly_before: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


# What joins the two ends of a range of dates.
_RANGE_TO = re.compile(r"\s+(?:to|until|till|through|au|jusqu\s+au|-)\s+(?:the\s+|le\s+)?")


def _absolute(low: str, table: dict, published: dt.date | None) -> list[DateMention]:
    months = _month_table(table)
    month_re = _alternatives(months)
    weekday_re = _alternatives(table["weekdays"])
    found = []
    patterns = [
        # a range within one month gives its first day: "du 3 au 10 juin", "from 14 to 25 April
        # 2024", "dans la nuit du 20 au 21 août"
        # ("6-7 September": the hyphen is folded to a space), also with weekdays: "dans la nuit
        # du mercredi 16 au jeudi 17 août"
        (rf"(?:(?:{weekday_re})\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:(?:au|to|and|et|a|-)\s+)?(?:le\s+|the\s+)?"
         rf"(?:(?:{weekday_re})\s+)?\d{{1,2}}(?:er|st|nd|rd|th)?\s+({month_re})\.?(?:\s+(\d{{4}}))?", "dmy"),
        # 9 septembre 2025, mardi 9 septembre, le 1er septembre, 4 September 2025
        # (and "Wednesday, 28 September", its weekday set off by a comma)
        (rf"(?:(?:{weekday_re}),?\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({month_re})\.?(?:\s+(\d{{4}}))?", "dmy"),
        # September 4, Thursday September 4, 2025
        (rf"(?:(?:{weekday_re}),?\s+)?({month_re})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", "mdy"),
        (r"(\d{4})\s(\d{2})\s(\d{2})", "iso"),  # 2025-09-04, hyphens folded to spaces
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", "numeric"),
    ]
    matches = []
    for pattern, order in patterns:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", low):
            if order == "dmy":
                day, month, year = int(m.group(1)), months[m.group(2)], m.group(3)
            elif order == "mdy":
                month, day, year = months[m.group(1)], int(m.group(2)), m.group(3)
            elif order == "iso":
                year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
            else:
                day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            matches.append((m.start(), m.end(), day, month, int(year) if year else None))
    # A date without a year after one with it is in that year ("on 22 June 2018, two months
    # before the code went live on 21 August"): the sentence has set its time, and publication,
    # perhaps years later, would put it in the wrong one.
    # A range's first end without a year takes its second end's ("from 7 April to 28 October 2017", "du
    # 7 avril au 28 octobre 2017"), the year before when it would fall after it ("from December 18 to
    # March 2, 2021").
    ordered = sorted(matches)
    for i, (start, end, day, month, year) in enumerate(ordered[:-1]):
        nxt = ordered[i + 1]
        if year is None and nxt[4] is not None and _RANGE_TO.fullmatch(low, end, nxt[0]):
            ordered[i] = (start, end, day, month, nxt[4] if (month, day) <= (nxt[3], nxt[2]) else nxt[4] - 1)
    stated = None
    last = None
    for start, end, day, month, year in ordered:
        date = _build(year if year is not None else stated, month, day, published)
        # (a day that would fall before the one stated with the year runs on into the next: "from December 18,
        # 2020, until the intrusion was caught on June 17" is June 2021, when that is not after publication)
        if year is None and stated is not None and date and last and date < last:
            later = _build(stated + 1, month, day, published)
            if later and (published is None or later <= published):
                date = later
        if year is not None:
            stated = year
        if date:
            last = date
            found.append(DateMention(date.isoformat(), start, end))
    # "l'attaque date du dimanche 25 avril, et non du lundi 26": a weekday and a day with no month
    # are in the month of the full date named before them, when that month has that weekday then
    names = _relative_patterns(table)[-1]
    for m in re.finditer(rf"(?<!\w)({weekday_re})\s+(\d{{1,2}})(?:er|st|nd|rd|th)?(?!\w)(?!\s*\d)"
                         rf"(?!\s+(?:{month_re})(?!\w))", low):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.end <= m.start()]
        if not before:
            continue
        year, month = (int(x) for x in before[-1].iso.split("-")[:2])
        try:
            date = dt.date(year, month, int(m.group(2)))
        except ValueError:
            continue
        if date.weekday() == names.get(m.group(1)):
            found.append(DateMention(date.isoformat(), m.start(), m.end()))
    return found


def month_day(value: object) -> tuple[int, int]:
    """A named day's "MM-DD" as (month, day); ValueError when it is no day of the year (a leap
    year's, so that "02-29" is one)."""
    month, day = (int(x) for x in str(value).split("-"))
    dt.date(2024, month, day)
    return month, day


_NAMED_PATTERNS: dict[int, tuple] = {}


def _named_patterns(table: dict) -> tuple:
    """A calendar table's named days as one compiled alternation and their (month, day), built once."""
    key = id(table)
    if key not in _NAMED_PATTERNS:
        days = {fold(phrase): month_day(value) for phrase, value in table.get("named_days", {}).items()}
        pattern = re.compile(rf"(?<!\w)({'|'.join(sorted(map(_phrase, days), key=len, reverse=True))})"
                             rf"(?:\s+(\d{{4}}))?(?!\w)") if days else None
        _NAMED_PATTERNS[key] = (pattern, days)
    return _NAMED_PATTERNS[key]


def _named_days(low: str, table: dict, published: dt.date | None) -> list[DateMention]:
    """Days the calendar names ("New Year's Eve", "la Saint-Sylvestre", "Christmas Day"), with a
    year when one follows; without one, the last such day before publication."""
    pattern, days = _named_patterns(table)
    found = []
    for m in pattern.finditer(low) if pattern else ():
        month, day = days[m.group(1)]
        date = _build(int(m.group(2)) if m.group(2) else None, month, day, published)
        if date:
            found.append(DateMention(date.isoformat(), m.start(), m.end()))
    return found


_RELATIVE_PATTERNS: dict[int, tuple] = {}
# An indefinite article or a word of repetition before a weekday ("un lundi", "on a Monday", "chaque vendredi",
# "every Friday"): some such day, or all of them, never the last one before publication.
_ANY_SUCH_DAY = re.compile(r"(?<!\w)(?:un|a|an|chaque|every|each)\s+$")


def _relative_patterns(table: dict) -> tuple:
    """The relative-day, previous-week, weekday and weekday-pair patterns of a calendar table, compiled once."""
    key = id(table)
    if key not in _RELATIVE_PATTERNS:
        def alternation(phrases) -> re.Pattern[str] | None:
            phrases = list(phrases)
            return re.compile(rf"(?<!\w)({'|'.join(sorted(map(_phrase, phrases), key=len, reverse=True))})(?!\w)") \
                if phrases else None
        days = {fold(p): offset for p, offset in table.get("relative_days", {}).items()}
        weeks = {fold(p): weekday for p, weekday in table.get("previous_week", {}).items()}
        before = _alternatives(table.get("last_before", []) + table.get("before_named_before", [])) or "(?!x)x"
        after = _alternatives(table.get("last_after", []) + table.get("before_named_after", [])) or "(?!x)x"
        names = {fold(name): i for i, name in enumerate(table["weekdays"])}
        weekday = re.compile(rf"(?<!\w)(?:(?P<pre>{before})\s+)?(?P<day>{_alternatives(table['weekdays'])})"
                             rf"(?:\s+(?P<post>{after}))?(?!\w)")
        # two weekdays joined as a night's ends ("samedi à dimanche", "Saturday to Sunday"), for `_small_hours`
        pair = re.compile(rf"({_alternatives(table['weekdays'])})\s+(?:au|a|to|and|et|into)\s+"
                          rf"({_alternatives(table['weekdays'])})(?!\w)")
        _RELATIVE_PATTERNS[key] = (alternation(days), days, alternation(weeks), weeks, weekday, pair, names)
    return _RELATIVE_PATTERNS[key]


def _relative(low: str, table: dict, published: dt.date, named: list[DateMention] = ()) -> list[DateMention]:
    """Relative days; `named` are the sentence's full dates, which "le lundi précédent" counts back from."""
    found = []
    anchors = {fold(w) for w in table.get("before_named_after", []) + table.get("before_named_before", [])}
    days_re, days, weeks_re, weeks, weekday_re, _pair, names = _relative_patterns(table)
    if days_re is not None:
        for m in days_re.finditer(low):
            found.append(DateMention((published + dt.timedelta(days=days[m.group(1)])).isoformat(), m.start(), m.end()))
    if weeks_re is not None:
        for m in weeks_re.finditer(low):
            monday = published - dt.timedelta(days=published.weekday() + 7)
            found.append(DateMention((monday + dt.timedelta(days=weeks[m.group(1)])).isoformat(), m.start(), m.end()))
    for m in weekday_re.finditer(low):
        if _ANY_SUCH_DAY.search(low, 0, m.start()):
            continue  # "a frappé un lundi matin d'août", "struck on a Monday in August": which one, it does not say
        strictly = bool(m.group("pre") or m.group("post"))
        anchor = published
        if m.group("pre") in anchors or m.group("post") in anchors:
            earlier = [d for d in named if d.end <= m.start()]
            anchor = dt.date.fromisoformat(earlier[-1].iso) if earlier else published
        date = _last_weekday(anchor, names[m.group("day")], strictly)
        found.append(DateMention(date.isoformat(), m.start(), m.end()))
    found += _night_ranges(low, table, published)
    found += _days_after_month(low, table, published)
    return found


def _days_after_month(low: str, table: dict, published: dt.date) -> list[DateMention]:
    """Days given after the month they fall in ("le premier week-end de novembre, les 4 et 5"): the first
    day, in that month (with the year that follows it, else the last such month on or before publication)."""
    leads = table.get("days_after_month", ())
    if not leads:
        return []
    months = _month_table(table)
    month_re = _alternatives(months)
    found = []
    for m in re.finditer(rf"(?<!\w)(?:{_alternatives(leads)})\s+({month_re})(?:\s+(\d{{4}}))?\s*,\s*(?:les|le|the)\s+"
                         rf"(\d{{1,2}})(?:er)?(?:\s+(?:et|au|and|to)\s+\d{{1,2}}(?:er)?)?(?!\w)(?!\s*(?:{month_re})(?!\w))",
                         low):
        date = _build(int(m.group(2)) if m.group(2) else None, months[m.group(1)], int(m.group(3)), published)
        if date:
            found.append(DateMention(date.isoformat(), m.start(3), m.end()))
    return found


def _night_ranges(low: str, table: dict, published: dt.date) -> list[DateMention]:
    """"dans la nuit du 16 au 17", its month left to the reader: the first day, in the month of the
    last full date the sentence named before it ("Le 18 janvier ... dans la nuit du 16 au 17"), else in
    the last month on or before publication that has the day (a month named after it is the absolute
    pattern's)."""
    leads = table.get("night_range", ())
    if not leads:
        return []
    month_re = _alternatives(_month_table(table))
    found = []
    for m in re.finditer(rf"(?<!\w)(?:{_alternatives(leads)})\s+(?:(?:{_alternatives(table['weekdays'])})\s+)?"
                         rf"(\d{{1,2}})(?:er)?\s+(?:au|a|to)\s+(?:(?:{_alternatives(table['weekdays'])})\s+)?\d{{1,2}}(?:er)?"
                         rf"(?!\w)(?!\s+(?:{month_re})(?!\w))(?!\s*\d)", low):
        day = int(m.group(1))
        named = [d for d in _absolute(low, table, published) if d.end <= m.start()]
        if named:
            year, month = (int(x) for x in named[-1].iso.split("-")[:2])
        else:
            year, month = published.year, published.month
            if day > published.day:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            found.append(DateMention(dt.date(year, month, day).isoformat(), m.start(), m.end()))
        except ValueError:
            continue  # "la nuit du 31 au 1er" read in a month of thirty days: no such night
    return found


# Between the two ends of a range of days: "au", "to", "and", "through", "jusqu'au", a clock time on either side
# ("between 22:58 on 21 August and 21:45 on 5 September", "du 3 juin à 14h30 au 5 juin", "September 20 and 22"):
# what follows is the range's last day, no date (nor count) of its own.
_CLOCK = r"(?:(?:a|at|vers)\s+)?\d{1,2}(?::\d{2}|h\d{0,2})\s*(?:am|pm|gmt|bst|utc)?\s*"
DAY_RANGE_END = re.compile(rf"\s*(?:{_CLOCK})?(?:a|au|to|and|et|-|–|—|until|till|through|jusqu au)\s*(?:{_CLOCK})?"
                           r"(?:on\s+|le\s+|the\s+)?")


# Calendar tables by id, so that a sentence's dates are found once however many rules ask.
_TABLES: dict[int, dict] = {}


def find_dates(low: str, table: dict, published: dt.date | None) -> list[DateMention]:
    """Dates in a folded sentence; absolute ones win over the relative ones they contain."""
    _TABLES.setdefault(id(table), table)
    return list(_dates_of(low, id(table), published))


@functools.lru_cache(maxsize=1024)
def _dates_of(low: str, table_id: int, published: dt.date | None) -> tuple[DateMention, ...]:
    table = _TABLES[table_id]
    chosen: list[DateMention] = []
    candidates = _absolute(low, table, published) + _named_days(low, table, published)
    if published is not None:
        candidates += _relative(low, table, published, candidates)
    # "the Mail on Sunday reported", "le Journal du dimanche": a title, not a day
    titles = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w)(?:{_alternatives(table['not_dates'])})(?!\w)", low)] \
        if table.get("not_dates") else []
    candidates = [d for d in candidates if not any(s < d.end and d.start < e for s, e in titles)]
    # "over the weekend of Jan. 27-28", "le week-end du 27 janvier": the day named after it places the
    # weekend, not the day of writing
    numbered = {d.start for d in candidates if re.search(r"\d", low[d.start:d.end])}
    candidates = [d for d in candidates if not ((of := _OF_DAY.match(low, d.end)) and of.end() in numbered)]
    # Longest first, then keep those that overlap nothing already kept.
    for mention in sorted(candidates, key=lambda d: (-(d.end - d.start), d.start)):
        if not any(c.start < mention.end and mention.start < c.end for c in chosen):
            chosen.append(mention)
    chosen.sort(key=lambda d: d.start)
    # a range gives its first day, its second end written apart too ("entre le vendredi 14 juin au soir et le
    # petit matin du samedi", "between June 1 and the following Monday"): the end is when it stopped (an end with
    # a figure stays a date, so that its figure is never read as a count)
    chosen = [d for i, d in enumerate(chosen)
              if not (i and not re.search(r"\d", low[d.start:d.end]) and _RANGE_OPEN.search(low, 0, chosen[i - 1].start)
                      and _RANGE_CLOSE.fullmatch(low, chosen[i - 1].end, d.start))]
    chosen = [_small_hours(low, table, d) for d in chosen]
    return tuple(sorted(chosen + _same_day(low, table, chosen), key=lambda d: d.start))


# Two consecutive day numbers joined as a range ("samedi 7 au dimanche 8", "7 8" once a hyphen is folded, "nuit du
# 14 au 15" when the night-range reading took its lead in).
_TWO_DAYS = re.compile(r"(?:[a-z]+\s+){0,3}?(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:(?:au|a|to|and|et)\s+)?(?:the\s+|le\s+)?"
                       r"(?:[a-z]+\s+)?(\d{1,2})(?:er|st|nd|rd|th)?(?!\w)")
# A clock time: "2 heures", "2 h 15", "3h", "02:30", "2 a.m.", "1 heure du matin".
_CLOCK_TIME = re.compile(r"(?<![\w:])(\d{1,2})\s*(?:h(?:eures?)?\b|:\d{2}\b|a\.?m\b\.?)(?!\s*(?:p\.?m\b|de l apres))")


# Where a clause ends: a semicolon, or a full stop or colon before a space ("2 a.m." and "02:30" run on).
_CLAUSE_END = re.compile(r";|(?<![ap]\.m)[.:](?=\s|$)")
# What may lead a clause into its clock time ("vers 3 heures", "around 2 a.m.", "at 3:15").
_CLOCK_LEAD = re.compile(r"\s*(?:(?:vers|a|aux alentours de|around|at|about|shortly after|peu apres)\s+)?")


def _small_hours(low: str, table: dict, mention: DateMention) -> DateMention:
    """A night named by its two days ("dans la nuit du samedi 10 au dimanche 11 janvier", "the night of 7-8
    February") is read as its first day, unless a clock time of the small hours (midnight to six) stands
    beside it in the same clause: then the intrusion fell after midnight, on the second day (LABELLING.md
    D12: "vers 3 heures du matin, dans la nuit du samedi 10 au dimanche 11" is the 11th; "vers 23 h" keeps
    the 10th)."""
    words = table.get("night_words")
    if not words:
        return mention
    first = dt.date.fromisoformat(mention.iso)
    following = first + dt.timedelta(days=1)
    two = _TWO_DAYS.match(low, mention.start)
    if two and two.start(2) < mention.end:
        if following.day != int(two.group(2)):
            return mention
        second_at = two.start(1)
    else:
        # a night named by its weekdays alone: "dans la nuit de samedi à dimanche", "overnight from Saturday to Sunday"
        *_, pair, names = _relative_patterns(table)
        two = pair.search(low, mention.start, mention.end + 20)
        if not two or two.start(1) >= mention.end or names[two.group(2)] != (names[two.group(1)] + 1) % 7:
            return mention
        second_at = two.start(1)
    if not re.search(rf"(?<!\w)(?:{_alternatives(words)})\W+(?:\w+\W+){{0,3}}$", low[max(0, mention.start - 40):second_at]):
        return mention
    # the clause around the night: up to the nearest full stop, semicolon or colon on either side, a colon
    # that opens on the clock time excepted ("frappé dans la nuit de samedi à dimanche par un rançongiciel :
    # vers 3 heures, des messages sont apparus")
    left = max([b.end() for b in _CLAUSE_END.finditer(low, 0, mention.start)] + [0])
    end = _CLAUSE_END.search(low, mention.end)
    reach = mention.end + 40
    if end and end.group() == ":" and (opening := _CLOCK_TIME.match(low, _CLOCK_LEAD.match(low, end.end()).end())):
        end, reach = _CLAUSE_END.search(low, end.end()), max(reach, opening.end())
    right = end.start() if end else len(low)
    for clock in _CLOCK_TIME.finditer(low, max(left, mention.start - 60), min(right, reach)):
        if int(clock.group(1)) <= 6:
            return DateMention(following.isoformat(), mention.start, mention.end)
    return mention


# The opening of a range ("entre le", "between") just before its first end, and what joins it to its second end.
_RANGE_OPEN = re.compile(r"(?<!\w)(?:entre|between)\s+(?:le\s+|la\s+|the\s+)?$")
_RANGE_CLOSE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:et|and)\s+(?:(?:le|la|the|du|de|of)\s+|[\w'-]+\s+){0,4}")


# What follows a period that a named day places ("weekend of", "week-end du").
_OF_DAY = re.compile(r"\s+(?:of|du|des)\s+")


# What a day before is the eve of, right after it ("la veille du jour où", "the day before the alert").
_EVE_OF = re.compile(r"\s+(?:du|de|des|d|of|the)\b")


def _same_day(low: str, table: dict, dates: list[DateMention]) -> list[DateMention]:
    """"confirmed on Thursday that it had been hit that morning", "le jour même": the day the
    sentence named last before the phrase, as a date of its own where the phrase stands, so
    that what the phrase dates (here the attack) is read as any dated clause is."""
    out = []
    # ("la veille", "the day before": the day before that one)
    for key, back in (("same_day", 0), ("day_before", 1)):
        phrases = table.get(key, ())
        if not phrases or not dates:
            continue
        for m in re.finditer(rf"(?<!\w)(?:{_alternatives(phrases)})(?!\w)", low):
            before = [d for d in dates if d.end <= m.start()]
            # ("le mardi 10 février, soit la veille du jour où une alerte a signalé", "the day before the alert": the
            # eve of something else, the day already named, not the day before it)
            if back and _EVE_OF.match(low, m.end()):
                continue
            if before and not any(d.start < m.end() and m.start() < d.end for d in dates + out):
                day = dt.date.fromisoformat(before[-1].iso) - dt.timedelta(days=back)
                out.append(DateMention(day.isoformat(), m.start(), m.end()))
    return out


# A year in folded text; the one inside an identifier ("CVE-2023-1234", folded "cve 2023 1234") names no time.
YEAR = re.compile(r"(?<![\w,.])(?<!cve\s)((?:19|20)\d{2})(?!\d)(?![\w,.]\d)(?!\s\d{3,})")


def years_mentioned(low: str) -> list[int]:
    """Four-digit years (1990-2099) named in a sentence; not the year inside an identifier ("CVE-2023-1234")."""
    return [int(m.group(1)) for m in YEAR.finditer(low)]


@functools.lru_cache(maxsize=16)
def _month_patterns(names: tuple[str, ...], abbreviations: tuple[tuple[str, int], ...]) -> tuple:
    """The bare-month and month-year patterns of a calendar table, compiled once."""
    full = {fold(name): i + 1 for i, name in enumerate(names)}
    every = _months(names, abbreviations)
    bare = re.compile(rf"(?<!\w)(?:en|in|depuis|since|from|début|fin|early|late|mid)\s+({_alternatives(full)})"
                      rf"(?!\s+\d)(?!\w)")
    dated = re.compile(rf"(?<!\w)({_alternatives(every)})\s+(\d{{4}})(?!\w)")
    return full, bare, every, dated


def _patterns_of(table: dict) -> tuple:
    return _month_patterns(tuple(table["months"]), tuple(table.get("month_abbreviations", {}).items()))


def bare_months(low: str, table: dict, published: dt.date) -> list[dt.date]:
    """"en février", "in February" (a month with no day and no year): its first day, in the
    year that puts it on or before publication."""
    return [first for first, _start in bare_months_at(low, table, published)]


def bare_months_at(low: str, table: dict, published: dt.date) -> list[tuple[dt.date, int]]:
    """The bare months of `bare_months`, each with where it stands."""
    months, bare, _every, _dated = _patterns_of(table)
    out = []
    for m in bare.finditer(low):
        month = months[m.group(1)]
        year = published.year if month <= published.month else published.year - 1
        out.append((dt.date(year, month, 1), m.start(1)))
    return out


def month_years(low: str, table: dict) -> list[dt.date]:
    """"mars 2025", "March 2025": first days of months named with a year."""
    return [first for first, _start in month_years_at(low, table)]


def month_year_spans(low: str, table: dict) -> list[tuple[int, int]]:
    """Where the year of a month named with it stands ("June 2018", "sept. 2022"): a year, which
    counts nothing."""
    return [m.span(2) for m in _patterns_of(table)[3].finditer(low)]


def month_years_at(low: str, table: dict) -> list[tuple[dt.date, int]]:
    """month_years() with where each one starts."""
    _months_only, _bare, months, dated = _patterns_of(table)
    return [(dt.date(int(m.group(2)), months[m.group(1)], 1), m.start()) for m in dated.finditer(low)]
