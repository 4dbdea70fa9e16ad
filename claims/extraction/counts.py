"""Counts in a sentence: people whose data or care the attack affected, and accounts used.

A figure is a count only with a noun saying what it counts (the head of a compound: "40
patient accounts" are accounts), and not where it is money, size or time, a customer base
or a yearly activity, an owner's size ("the group's 70,000 staff"), people counted for
something else or spared (a negated clause), a bound ("fewer than 100"), a part of the victims
(LABELLING.md D5: a group, a place the sentence opens on) or a figure the sentence
says was replaced (D6). All cue words are the profile's data (cues_<lang>.toml: count_*).
"""

from __future__ import annotations

import re

from claims.extraction.dates import DAY_RANGE_END, month_year_spans
from claims.extraction.lexicon import Folded, find_mentions, just_before
from claims.extraction.model import Value, Vocabulary
from claims.extraction.numbers import find_numbers
from claims.extraction.polarity import CONTRAST, Clause, clause_at, in_clause, overlaps

# How far after a number its noun may sit, in characters ("1,4 million de patients").
COUNT_WINDOW = 32
# Words between an accounts noun and the verb saying they were reset (« comptes en ligne ont néanmoins été réinitialisés »).
RESET_WORDS = 5
# How many words may part "the figure" from its number ("put the figure at more than 750,000",
# "puts the number of people affected at about 5.6 million").
FIGURE_GAP = 6

# Words between a first figure's marker and the figure: "first put the number of people affected
# at 43 million" (before), "the roughly 330,000 it first reported" (after).
SUPERSEDED_BEFORE = 8
SUPERSEDED_AFTER = 3

Found = tuple[str, Value, int]  # slot, value, offset
HOLDER = "holder"  # a noun of people who hold accounts ("staff"), read as accounts or victims by the sentence

# How many words an additive adverb may sit after its figure ("12,000 patients were also exposed").
ALSO_GAP = 4

# How many words a group qualifier may sit after its figure ("one million users of Ashkenazi
# Jewish descent").
GROUP_GAP = 6


# A dash or a colon after a count, with no sentence break: what follows breaks the count down.
_BREAKDOWN = re.compile(r"\s[\u2014\u2013]\s|:\s")

# A volume of data right before a part cue: the figure after it counts a share of the files, not
# of the victims ("quelque 32 gigaoctets, dont 64 comptes de messagerie").
_AFTER_VOLUME = re.compile(r"\d\s*(?:gigaoctets|go|gb|gigabytes|teraoctets|to|tb|terabytes|megaoctets|mo|mb|megabytes)\b"
                           r"\s*,?\s*(?:dont|including|among them|of which|parmi lesquels)\s+$")

_RELATIVE_DONT = re.compile(r"dont\b")
# Between a figure and the whole it is drawn from: "of the group's", "of its", "des", "sur les", « de ses ».
_OF_WHOLE = re.compile(r"\s+(?:(?:of|out of|des|sur)\s+(?:(?:the|les|ses|leurs|its|their)\s+)?|de\s+(?:ses|leurs|ces|nos)\s+)"
                       r"(?:[a-z]+\s+s\s+)?")
# A sentence opening on the whole a share is taken from ("Sur les près de 10 000 clients titulaires d'un compte,
# seule une petite part est touchée", "Of the 14,000 accounts opened on the portal, ..."): with nothing said to
# have befallen them before the comma, the figure is a base, not a count (LABELLING.md D35).
_WHOLE_OPENING = re.compile(r"^\W*(?:sur|of|out\s+of)\s+(?:the|les|ses|its)\s+(?:(?:pres\s+de|quelque|environ|some|about|"
                            r"nearly|around|roughly)\s+)?$")
# The whole set after the share it is drawn from, past a comma ("quelque 23 400 élèves sont concernés, sur les 60 000
# voyageurs réguliers du réseau", "12,000 members were affected, out of the 90,000 it counts"): a base, not a count.
_WHOLE_AFTER = re.compile(r",\s*(?:sur|out\s+of)\s+(?:the|les|ses|its|their|leurs)\s+(?:(?:pres\s+de|quelque|environ|some|"
                          r"about|nearly|around|roughly)\s+)?$")
# What joins two groups' figures in a list ("about 2,500 current staff, a number of former employees, 17 current
# students and 50 former students"): a comma or "and" within a few words.
_LIST_JOIN = re.compile(r"(?:,|\s(?:and|et|plus)\s)")
LIST_GAP = 8
# A verb between a figure's noun and a part marker: the part marker speaks of others ("are among those whose").
_COPULA = re.compile(r"\b(?:are|were|is|was|sont|etaient|est|font|figurent)\b")
_RATIO = re.compile(r"\s+[a-z]+\s+(?:sur|in)\s+(?:deux|trois|quatre|cinq|six|dix|two|three|four|five|ten|\d+)\b")
# A place's size: "une commune littorale de 23 000 habitants", "a town of 12,000 inhabitants" (the figure
# after a place and "de"/"of", its noun the people who live there; "les données de 50 000 habitants" count).
_POPULATION_BEFORE = re.compile(r"\b(?:commune|ville|village|bourg|cite|agglomeration|metropole|municipalite|departement|"
                                r"region|pays|town|city|county|borough|island|country|municipality)(?:\s+[a-z]+){0,2}\s+"
                                r"(?:de|d|of)\s+(?:(?:quelque|some|about|around|environ|pres\s+de|near(?:ly)?|more\s+than|"
                                r"over|almost|roughly|plus\s+de)\s+)?$")
# (or a size opening on the figure itself, the place after it: « Forte de 11 000 habitants, la commune », "Home to
# 40,000 residents, the town")
_POPULATION_FRAME = re.compile(r"(?:\b(?:forte?s?|peuplee?s?)\s+de|\bhome\s+to)\s+(?:(?:quelque|some|about|around|"
                               r"environ|pres\s+de|near(?:ly)?|more\s+than|over|almost|roughly|plus\s+de)\s+)?$")
# (after "a county of", people are its population: "the county of more than a million people")
_POPULATION_AFTER = re.compile(r"\s*(?:habitants|inhabitants|ames|souls|people|residents|personnes)\b")
# money ("Rs 5,000 crore" too), or the minutes of a time ("vers 19 h 45")
_MONEY_BEFORE = re.compile(r"(?:[€£$₹]|\bRs\.?|\bINR|\b\d{1,2}\s*h)\s*$")
# Money, sizes and times after a figure, with the French "de" ("23 millions d'euros", "3 millions de dollars").
_MONEY_AFTER = re.compile(r"\s*(?:(?:de|d['’])\s*)?"
                          r"(?:[€£$%]|euros?\b|dollars?\b|livres?\b|pounds?\b|rupees?\b|gigaoctets?\b|go\b|gb\b|to\b|tb\b|mb\b|mo\b|"
                          r"t[eé]raoctets?\b|m[eé]gaoctets?\b|terabytes?\b|gigabytes?\b|megabytes?\b|"
                          r"octets?\b|bytes?\b|pour cent\b|per cent\b|percent\b|bitcoins?\b|"
                          # other currencies the press names after a figure: « 88,549 yens par jeton », "2,400 rand each"
                          r"yens?\b|yuans?\b|wons?\b|rands?\b|francs?\b|roubles?\b|rubles?\b|reais\b|pesos?\b|"
                          r"dinars?\b|dirhams?\b|shekels?\b|couronnes?\b|kronor\b|kroner\b|zlotys?\b|riyals?\b|"
                          r"ringgits?\b|bahts?\b|"
                          # times and durations: "après 18 heures", "for 24 hours", "trois semaines"
                          r"h\b|heures?\b|hours?\b|a\.?m\b|p\.?m\b|minutes?\b|jours?\b|days?\b|semaines?\b|weeks?\b|"
                          r"mois\b|months?\b|ans\b|années?\b|years?\b)", re.IGNORECASE)


# What joins the two ends of a range of figures ("12 et 14", "16 à 18", "3m to 5m", "10-12").
_RANGE_JOIN = re.compile(r"\s*(?:et|à|a|to|and|-|–|—)\s*(?:[€£$]\s*)?", re.IGNORECASE)


def _predicate(f: Folded, clauses: list[Clause], clause: Clause, end: int,
               asides: list[tuple[int, int]]) -> list[Clause]:
    """The clause a figure sits in and, where its noun phrase ends that clause ("six patients, dont
    trois nourrissons, ont été transférés"), the clause that carries its verb, past asides that
    open with a part marker."""
    scope = [clause]
    if len(f.low[end:clause.end].split()) > 3:
        return scope
    for later in (c for c in clauses if c.start >= clause.end):
        lead = later.start + len(f.low[later.start:later.end]) - len(f.low[later.start:later.end].lstrip(" ,;"))
        if _RELATIVE_OPENING.match(f.low, lead) or not f.low[later.start:later.end].strip(" ,;"):
            continue  # "10 million customers, who placed orders between 2018 and 2020, may have been accessed"
        if not any(s == lead for s, _e in asides):
            scope.append(later)
            break
    return scope


# The figure a count corrects, set after it as a contrast ("about 6 million customers, not 14 million, were in the
# set", « 6 millions de clients, et non 14 millions, ont été touchés »): the figure named is denied, not the verb
# after it that the count before it is the subject of.
_CORRECTED = re.compile(rf"\s*,?\s*{CONTRAST}\s+(?:(?:about|some|around|environ|"
                        r"quelque|pres de|plus de)\s+)?\d[\d.,\s]*?(?:\s*(?:millions?|milliards?|billions?|m)\b)?\s*,")


# A comparison between two figures ("far more than the 4.3 million borrowers it serves", "plus que les"):
# what is said after the second is said of it.
_COMPARED = re.compile(r"\b(?:than|que|compared\s+(?:with|to)|contre)\b")

# A relative clause that qualifies the figure's noun, before the verb it is the subject of.
_RELATIVE_OPENING = re.compile(r"(?:who|which|qui|lesquels|lesquelles)\b")


def _framed(f: Folded, v: Vocabulary) -> int | None:
    """Where a sentence opening on a place ends ("In Oregon, ...", "En Bretagne, ..."): the figures
    after it count that place's part (LABELLING.md D5); None when the sentence opens otherwise."""
    months = {w.lower() for w in v.dates.get("months", [])} | {w.lower() for w in v.dates.get("weekdays", [])}
    for s, e in v.cues.count_frame.spans(f):
        if f.low[:s].strip():
            break
        m = re.match(r"\s+((?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*\s*)+),", f.text[e:])
        if m and not any(w.lower() in months for w in m.group(1).split()):
            return e + m.end()
    return None


# A year after a preposition of time ("in 2018 with the login of...", "depuis 2019"); with a month
# ("June 2018") claims.extraction.dates finds it. ("of", "des", "de" are left out: "the data of
# 2000 patients", "les dossiers des 2000 patients".)
_YEAR_AFTER = re.compile(r"\b(?:in|since|until|by|early|late|mid|en|depuis|jusqu en|fin|debut|mi)\s+((?:19|20)\d{2})\b")


def _year_spans(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """Where a sentence names a year ("in June 2018", "depuis 2019"): a figure there counts nothing,
    whatever noun follows it ("in June 2018 with the login of an employee")."""
    return month_year_spans(f.low, v.dates) + [m.span(1) for m in _YEAR_AFTER.finditer(f.low)]


# "in what" and the one who named the event, right before "called" ("in what its chief executive called").
_WHAT_CALLED = re.compile(r"\b(?:in|of|as)\s+what\s+(?:[a-z]+\s+){0,4}$")
# Before "called", what makes it no call: the name something goes by ("the online retailer often called South Korea's
# Amazon") or a meeting someone convened ("told reporters at a briefing called at short notice").
_NOT_A_CALL = re.compile(r"\b(?:often|sometimes|also|widely|commonly|once|affectionately|fondly)\s+$|"
                         r"\b(?:briefing|meeting|(?:press |news )?conference|hearing|session|summit|vote|election|"
                         r"strike|debate)s?\s+(?:hastily\s+|urgently\s+|quickly\s+)?$")


def _superseded(out: list, at: int, kinds: tuple[str, ...]) -> list:
    """The counts without those of a kind that a figure of the same kind at or after `at` supersedes (D6): what the
    sentence sets after a standing or revising word replaces what it gave before it."""
    later = {slot for slot, _v, start in out if start >= at and slot in kinds}
    return [c for c in out if c[0] not in later or c[2] >= at]


# Both times of the people counted, before their noun ("current and former", « anciens et actuels »).
_TENSES = re.compile(r"\b(?:current\s+and\s+former|former\s+and\s+current|past\s+and\s+present|present\s+and\s+past|"
                     r"anciens\s+et\s+actuels|actuels\s+et\s+anciens|anciennes\s+et\s+actuelles|"
                     r"actuelles\s+et\s+anciennes)\b")


# Between an account noun and the figure of the people holding the accounts ("the credentials of six existing
# members", « les identifiants de quatre agents »).
# (a login, not an account: "the accounts of 87 million users" were the users' data taken, who count as victims)
_LOGIN_NOUN = re.compile(r"(?:credential|login|identifiant)")
_OF_HOLDERS = re.compile(r"\s+(?:of|de|d|des)\s+(?:(?:the|its|their|les|ses|leurs)\s+)?")
# Boxes of things, not mailboxes: « quatre boîtes d'archives », « des boîtes de partitions » (« quatre boîtes de
# l'équipe » were the team's mailboxes).
_BOXES_OF_THINGS = re.compile(r"\s+d(?:e)?\s+(?!(?:l|la|le|les|leur|leurs|ses|son|sa|nos|vos)\b)[a-z]")
# A countdown ("un compte à rebours", "les comptes à rebours") counts no account.
_COUNTDOWN = re.compile(r"\s+a\s+rebours\b")
# A verb moving money right before an account, or its holders: the account is where money went or what customers
# have, not a login used (« crédite un compte de 50 millions », « clients titulaires d'un compte utilisateur »).
_NOT_A_LOGIN = re.compile(r"\b(?:credite|credit|credited|credits|debite|debited|approvisionne|alimente|vide|emptied|"
                          r"drained|vire\s+sur|transfere\s+sur|transferred\s+to|paid\s+into|"
                          r"(?:titulaires?|detenteurs?|detentrices?|possesseurs?)(?:\s+d)?)\s+$")
# Words stressing that one account was used ("a single account", "un seul compte"): a count (D39).
_SINGLE = re.compile(r"\b(?:single|seul|seule|only one)\b")
# How many words may stand between a total's marker and its figure ("soit environ 117 000").
TOTAL_GAP = 2
# A figure followed by "more" ("4,200 more people", "a further 2,000 more"): an addition to a count.
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)")
# People, then their care put off ("4,871 patients had their care disrupted", "1,000 patients saw their appointments or
# treatment disrupted", « 300 patients ont vu leur opération reportée »).
_CARE_OF_THEM = re.compile(r"\s+(?:[a-z-]+\s+){0,5}?(?:had|have|saw|see|ont\s+vu|avaient\s+vu|voient)\s+(?:their|leurs?)\s+"
                           r"(?:[a-z-]+\s+){0,2}?(?:care|appointments?|treatments?|operations?|surgery|surgeries|procedures?|"
                           r"soins|rendez\s+vous|interventions?|consultations?|examens?)"
                           r"(?:\s+(?:or|and|ou|et)\s+[a-z-]+)?\s+(?:disrupted|postponed|cancell?ed|delayed|rescheduled|"
                           r"reporte\w*|annule\w*|deprogramme\w*|decale\w*|perturbe\w*)\b")
# A group set apart at a clause's opening, then who they are ("; pour les 6 140 familles qui règlent la cantine par
# prélèvement, l'IBAN s'y trouve aussi", "and, for the 900 members who paid by card, …").
_FOR_THOSE = re.compile(r"(?:^|[;,:]|\bet|\band)\s*(?:pour|for)\s+(?:les|the)\s+(?:quelque\s+|some\s+)?$")
_WHO_AFTER = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:qui|who|that)\b")
# A figure whose people then speak ("Two members have said", « deux clientes ont raconté »): witnesses, not the victims.
_SPEAKERS_AFTER = re.compile(r"\s+(?:(?!(?:were|was|are|is|been|being|get|got|ete|sont|etaient|seront)\b)[a-z-]+\s+){1,2}(?:(?:have|had|has|ont|avaient)\s+)?(?:said|told|described|recounted|"
                             r"spoke|dit|raconte|racontent|temoigne|temoignent|explique|expliquent|confie|confient)\b")
# A part marker naming an owner ("of its", "of their", « de ses », « de leurs »): whose, rather than which part, where
# what follows is accounts or the owner is the organisation followed.
_OWNER_PARTS = ("of its", "of their", "de ses", "de leurs")
# A mailing sent as a precaution ("is writing to some two million customers as a precaution").
_PRECAUTION = re.compile(r"\b(?:as\s+a\s+precaution|precautionary|par\s+precaution|a\s+titre\s+preventif)\b")


# A preposition before a name makes it the place or owner of another noun, not the subject that "its" refers to.
_OWNED_BY = re.compile(r"\b(?:of|among|from|at|with|for|de|d|du|des|chez|parmi|pour|avec)\s+(?:the\s+|l\s+|la\s+|le\s+)?$")


def _followed_owner(f: Folded, v: Vocabulary, pos: int) -> bool:
    """Whether the organisation named last before `pos` is the one the incident follows: its config names a single
    organisation (with several, a vendor and its clients, each one's people are a part of the whole, D5)."""
    incident = v.profile.incident
    if incident is None or len(incident.organizations) != 1:
        return False
    before = [m for m in find_mentions("organization", v, f) if m.end <= pos]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    # a name after a preposition places or owns another noun ("a charity among Kestrel Games' clients said 2,600 of
    # its donors", « une association cliente de Kestrel »): it is not the owner "its" stands for
    return last.value in incident.organizations and not _OWNED_BY.search(f.low, 0, last.start)


# A word that may stand inside an English compound between its first noun and its head ("employee email accounts",
# "patient portal records"): a lower-case word that is no function word.
_COMPOUND_WORD = re.compile(r"(?!(?:whose|and|or|with|of|at|in|on|who|that|which|had|have|has|were|was|are|is|from|for|to|"
                            r"by|the|a|an|their|its|whom|also|now|may|could|would|been)$)[a-z-]{2,}")


def count_claims(f: Folded, v: Vocabulary, date_spans: list[tuple[int, int]], clauses: list[Clause]) -> list[Found]:
    """Counts of people and accounts. A figure needs a noun saying what it counts (the head of
    a compound: "40 patient accounts" are accounts), and is no count where it is money, size
    or time ("£2.31 million", "61 gigaoctets", "après 18 heures"), a customer base or a yearly
    activity ("treats 600,000 patients a year"), people counted for something else ("arrested
    four people"), or a figure the sentence says was replaced ("first put at 43 million")."""
    # ("un compte à rebours" is a countdown, no account)
    one_account = [(s, e) for s, e in v.cues.count_one_account.spans(f) if not _COUNTDOWN.match(f.low[e:])]
    digits = find_numbers(f.low, f.cased, v.numbers)
    if not digits and not one_account:
        return []  # no figure: no count (most sentences)
    victims = v.cues.count_victims.spans(f)
    # "80,000 bank account numbers", "numéros de compte": data records, not accounts taken over
    accounts = [(s, e) for s, e in v.cues.count_accounts.spans(f)
                if not re.match(r"\s+(?:numbers?|details|ids?)\b", f.low[e:]) and not _COUNTDOWN.match(f.low[e:]) and not re.search(r"\bnumeros?\s+de\s+$", f.low[:s])
                and not (f.low[s:e] == "boites" and _BOXES_OF_THINGS.match(f.low, e))]
    # ("a hacker calling himself GnosticPlayers" names someone; it counts no one called; nor does "in what its chief
    # executive called a very sophisticated external attack", which names the attack)
    not_victims = [(s, e) for s, e in v.cues.count_not_victims.spans(f)
                   if not re.match(r"\s+(?:himself|herself|itself|themselves)\b", f.low[e:])
                   and not _WHAT_CALLED.search(f.low, max(0, s - 50), s)
                   and not (f.low[s:e] == "called" and _NOT_A_CALL.search(f.low, max(0, s - 30), s))]
    superseded = v.cues.count_superseded.spans(f)
    # a part marker that is itself the counted noun ("9.7 million Australians") marks no part; one that holds it
    # after a partitive does ("53 of the people whose bundles were posted")
    parts = [p for p in v.cues.count_part.spans(f) if not any(p[0] == s and e <= p[1] + 2 for s, e in victims)]
    # an owner's part is counted whole where it holds accounts ("160,000 of its user accounts", "15,363 of its
    # customers' accounts") or where the owner is the organisation followed ("Benesse said details on 7.6 million of
    # its customers had been copied"); a vendor's client counting its people ("2,600 of its donors", "Northwell says
    # 3,891,565 of its patients were in files copied from PJ&A") still gives a part (D5)
    parts = [(ps, pe) for ps, pe in parts
             if not (f.low[ps:pe] in _OWNER_PARTS and (any(just_before(f.low, pe, s, 2) for s, _e in accounts)
                                                       or _followed_owner(f, v, ps)))]
    things = v.cues.count_things.spans(f)
    ahead = v.cues.count_notified_ahead.spans(f)
    notified = v.cues.count_notified.spans(f) + ahead
    compromise = v.cues.compromise.spans(f)
    victims_said = [(s, e) for s, e in victims if f.low[s:e].startswith("victim")]
    # "a dozen doctors" count accounts in a sentence about accounts or someone impersonated
    # ("usurpé l'identité d'une dizaine de professionnels"), and nobody hit otherwise
    holders = v.cues.count_holders.spans(f)
    # (and are victims where their data was taken: "2,000 staff had their payroll details stolen")
    held = bool(holders) and bool(accounts or any(m.value == "impersonation" for m in find_mentions("attack_vector", v, f)))
    nouns = sorted([(s, e, "victim_count") for s, e in victims] + [(s, e, "accounts_compromised") for s, e in accounts]
                   + [(s, e, "accounts_compromised" if held else HOLDER) for s, e in holders])
    years = _year_spans(f, v)
    money = [n for n in digits if _MONEY_BEFORE.search(f.text[:n.start]) or _MONEY_AFTER.match(f.text[n.end:])]
    # "entre 12 et 14 millions d'euros", "£3m to £5m": the first end of a range of money is money too
    money += [n for n, m in zip(digits, digits[1:]) if m in money and _RANGE_JOIN.fullmatch(f.text[n.end:m.start])]
    # ("Forever 21's systems": a figure inside an organisation's name counts nothing)
    names = [(m.start, m.end) for m in find_mentions("organization", v, f)]
    # ("inside its network between September 20 and 22": a range's second day, after its first, is a date too)
    numbers = [n for n in digits
               if not overlaps((n.start, n.end), date_spans + years + names) and f.text[n.end:n.end + 1] not in "-\u2011"
               and n not in money and not (n.value <= 31 and any(DAY_RANGE_END.fullmatch(f.low, e, n.start) for _s, e in date_spans))]
    owners = v.cues.count_owner.spans(f)
    asides = v.cues.count_part.spans(f)
    back = v.cues.count_back.spans(f)
    bounds = v.cues.count_bound.spans(f)
    denials = v.cues.negation.spans(f)  # "pas moins de", "not less than": no bound
    groups = v.cues.count_group.spans(f)
    also = v.cues.count_also.spans(f)
    framed = _framed(f, v)
    # what befell the people counted: a count's predicate must say it ("were affected", "data of")
    events = v.cues.hit.spans(f) + compromise + v.cues.incident.spans(f) + v.cues.taken.spans(f) \
        + v.cues.count_figure.spans(f) + v.cues.count_event.spans(f) + victims_said
    # "48,000 of the group's 3 million patients", "48 000 des 3 millions d'adhérents": the second
    # figure is the whole they are drawn from, and its noun says what the first counts
    drawn = {a.start: b for a, b in zip(numbers, numbers[1:]) if _OF_WHOLE.fullmatch(f.low[a.end:b.start])}
    wholes = {b.start for b in drawn.values()}
    out: list[Found] = []
    bare = []
    base = False  # a figure before was a base ("treats 310,000 patients a year"): "N of them" counts the victims in it
    for n in numbers:
        clause = clause_at(clauses, n.start)
        if clause.negated:
            # (but a figure set against the count just before it is that count corrected: "6 million customers, not
            # 14 million, were in the set" denies 14 million)
            if (m := _CORRECTED.match(f.low, clause.start)) and n.end <= m.end() and out \
                    and out[-1][0] in ("victim_count", "accounts_compromised") and out[-1][2] < clause.start:
                out.append((out[-1][0], n.value, n.start))
            continue  # "the 130 patients on the wards were not affected" counts people spared, not victims
        if n.value == 1 and not f.low[n.start].isdigit():
            continue  # "one nurse said", "one employee's login": a person named, not a count
        if _WHOLE_OPENING.match(f.low, 0, n.start) and (comma := f.low.find(",", n.end)) > 0 \
                and not any(n.end <= s < comma for s, _e in events):
            base = True
            continue  # "Sur les 14 000 comptes ouverts sur le portail, ...": the whole a share is drawn from
        if any(m.end <= n.start for m in numbers) and _WHOLE_AFTER.search(f.low, 0, n.start):
            base = True
            continue
        sized = _POPULATION_BEFORE.search(f.low, 0, n.start) or _POPULATION_FRAME.search(f.low, 0, n.start)
        if n.start in wholes or (sized and _POPULATION_AFTER.match(f.low, n.end)):
            base = True
            continue
        # (a cue with another figure between: "14.7 million people ..., far more than the 4.3 million
        # borrowers it serves today" serves the second figure only)
        own = [(s, e) for s, e in not_victims
               if not any(n.end <= m.start < s and _COMPARED.search(f.low, n.end, m.start) for m in numbers)]
        if any(in_clause(own, c) for c in _predicate(f, clauses, clause, n.end, asides)):
            base = True
            continue
        if any(just_before(f.low, e, n.start, 0) and not any(ne <= s and not f.low[ne:s].strip() for _ns, ne in denials)
               for s, e in bounds):
            continue  # "fewer than 100 customers": a bound, not a count
        if any(just_before(f.low, e, n.start, 2) for _s, e in owners) and not in_clause(compromise, clause):
            base = True
            continue  # "the group's 70,000 staff", "ses 20 millions d'abonnés": a size, not people hit
        if any(n.end < s and len(f.low[n.end:s].split()) <= GROUP_GAP and not re.search(r"[,;:.()]", f.low[n.end:s])
               for s, _e in groups):
            continue  # D5: "one million users of Ashkenazi descent", one group of the victims
        if framed is not None and n.start > framed:
            continue  # D5: "In Oregon, ... 3.5 million people": one place's part
        if len(numbers) > 1 and any(
                (e <= n.start and len(f.low[e:n.start].split()) <= SUPERSEDED_BEFORE) or
                (n.end <= s and len(f.low[n.end:s].split()) <= SUPERSEDED_AFTER and not re.search(r"[,;:.()]", f.low[n.end:s])
                 # "revised up to 48,000 from an initial estimate of 30,000": the cue names the other figure
                 and not any(e <= m.start and len(f.low[e:m.start].split()) <= 2 for m in numbers))
                for s, e in superseded):
            continue  # D6: "first put the number at 43 million", "the roughly 330,000 it first reported"
        if in_clause(notified, clause) and not in_clause(compromise, clause) and (
                in_clause(ahead, clause) or _PRECAUTION.search(f.low, clause.start, clause.end)):
            # "About 110 million customers will be notified", "is writing to some two million customers
            # as a precaution": a mailing to come or a precaution, not the victims; letters going out
            # to those hit now ("is mailing letters to roughly 3.7 million people") count them (D18)
            continue
        # (past "other": "about 165 other organisations had customer data taken", « 12 autres entreprises »)
        first = re.match(r"\s*(?:(?:de|d|des|of)\s+)?(?:(?:other|autres)\s+)?", f.low[n.end:])
        if any(s == n.end + first.end() for s, _e in things):
            continue  # "140 organisations victimes", "two French hospitals": things, not people
        if _RATIO.match(f.low, n.end) or re.search(r"\bone\s+in\s*$", f.low[:n.end]):
            continue  # "un Français sur deux", "one in five customers": a share, not a count
        if base and victims and any(n.end <= s and not f.low[n.end:s].strip() for s, _e in back):
            out.append(("victim_count", n.value, n.start))
            continue  # "treats 310,000 patients a year, but the files concern 48,000 of them": the victims in a base
        # D5: "7.6 million of them", "a further 6.1 million records", "the 5.5 million people
        # who had opted into...", "eight of its clients": a part of the victims
        # "dont" marks the figure after it as a part ("… dont 300 000 en Normandie"), never the one
        # before it: that is the whole ("1,4 million de patients dont 300 000 Normands", and the
        # relative "whose" in "1,4 million de patients dont les données…").
        if n.start not in drawn and not _AFTER_VOLUME.search(f.low, 0, n.start) and any(
                e <= n.start and len(f.low[e:n.start].split()) <= 3
                or n.end <= s and len(f.low[n.end:s].split()) <= 3 and not _RELATIVE_DONT.match(f.low, s)
                and not _COPULA.search(f.low[n.end:s])  # "48,000 patients are among those whose ...": the whole
                for s, e in parts if not re.search(r"[,;:.()]", f.low[min(e, n.end):max(s, n.start)])):
            continue
        if any(slot == "victim_count" and pos < n.start and _BREAKDOWN.search(f.low, pos, n.start) for slot, _v, pos in out):
            continue  # D5: "some 350,000 people — 134,000 customers in Japan, 14,000 members ...": its parts
        if _MORE_AFTER.match(f.low, n.end):
            continue  # D5: "would contact about 4,200 more people": a group beyond those counted before
        if _CARE_OF_THEM.match(f.low, n.end):
            continue  # D26: "4,871 patients had their care disrupted": people whose care suffered, not whose data was taken
        if _FOR_THOSE.search(f.low, max(0, n.start - 30), n.start) and _WHO_AFTER.match(f.low, n.end):
            continue  # D5: « et, pour les 9 100 foyers qui paient par prélèvement, leur RIB »: those one item concerns
        if _SPEAKERS_AFTER.match(f.low, n.end):
            continue  # "Two members have said, in interviews with the ABC, that …": people who speak, not a count
        if any((not f.low[:s].strip() and e <= n.start) or (n.end <= s and in_clause([(s, e)], clause)
                                                             and len(f.low[n.end:s].split()) <= ALSO_GAP)
               for s, e in also):
            continue  # D5: "the bank details of 12,000 patients were also exposed", "In addition, 12,000 ..."
        if any(not f.low[:s].strip() and e <= n.start and f.low[e:n.start].count(",") == 1
               and not re.search(r"[;:.()]", f.low[e:n.start]) for s, e in parts):
            continue  # D5: "Those whose passports were taken, about 2.8 million people, ...": the part opens the sentence
        if any(_OF_HOLDERS.fullmatch(f.low, e, n.start) and _LOGIN_NOUN.match(f.low, s) for s, e in accounts):
            out.append(("accounts_compromised", n.value, n.start))
            continue  # "signed in with the credentials of six existing members": their accounts, whoever holds them
        end = drawn[n.start].end if n.start in drawn else n.end
        # ("as many as 4 million current and former federal employees": the pair of times counts as one word)
        near = [(s, e, slot) for s, e, slot in nouns if 0 < s - end <= COUNT_WINDOW
                and not re.search(r"[,;:.()]", f.low[end:s]) and len(_TENSES.sub("then", f.low[end:s]).split()) <= 3]
        if near:
            s0, e0, slot = near[0]
            for s1, e1, slot1 in near[1:]:
                # (French puts the head first: « 37,8 millions de comptes clients » are accounts)
                # (one modifier may come between: "2,200 employee email accounts" are accounts; "whose" may not)
                gap = f.low[e0:s1].split()
                if len(gap) > 1 or (gap and not _COMPOUND_WORD.fullmatch(gap[0])) or v.lang == "fr":
                    break
                slot, e0 = slot1, e1  # "patient accounts": the last noun of a compound is what is counted
            if any(s == e0 + len(f.low[e0:]) - len(f.low[e0:].lstrip()) for s, _e in things):
                continue  # "24 million subscriber contracts" count contracts
            # ("par précaution, les 6 200 comptes en ligne ont été réinitialisés", "all 6,200 accounts were reset as a
            # precaution": accounts renewed are no accounts broken into, where nothing in the clause says they were)
            if slot == "accounts_compromised" and any(just_before(f.low, e0, s2, RESET_WORDS)
                                                      for s2, _e2 in v.cues.credentials_reset.spans(f)) \
                    and not in_clause(compromise + v.cues.taken.spans(f), clause):
                continue
            if slot == HOLDER:
                if not any(in_clause(compromise + v.cues.taken.spans(f), c) for c in _predicate(f, clauses, clause, n.end, asides)):
                    continue  # "400 staff have been working overtime since the attack"
                slot = "victim_count"
            verb = clause
            if slot == "victim_count":
                befell = [c for c in _predicate(f, clauses, clause, n.end, asides) if in_clause(events, c)]
                if not befell:
                    continue  # "has 300,000 patients on its books": nothing befell them
                verb = befell[0]
            # Polarity and hedge are those of the clause that says what befell them ("the data of
            # 10 million customers, who ordered online, may have been accessed")
            same_state = (verb.negated, verb.hedged) == (clause.negated, clause.hedged)
            # (a contrast denies the figure it names, not the verb after it: "6 million customers, not 14 million,
            # were affected")
            if verb.negated and not clause.negated and verb.hedged == clause.hedged \
                    and (corrected := _CORRECTED.match(f.low, verb.start)) \
                    and not any(corrected.end() <= s < verb.end for s, _e in denials):
                same_state = True
            out.append((slot, n.value, n.start if same_state else verb.start))
        else:
            bare.append(n)
    # "en usurpant le compte légitime d'un professionnel", "used one employee's login": one
    # account, where the sentence says how they got in
    # (not where the sentence says what data lets criminals do: "un IBAN seul ne permet pas de vider un compte")
    if "accounts_compromised" not in {slot for slot, _v, _p in out} and not v.cues.enables.search(f):
        ways_in = v.cues.vector_context.spans(f) + v.cues.compromise.spans(f) + v.cues.hit.spans(f)
        # (the account named by its login: "the username and password of a single staff member were hacked")
        logins = accounts + [(m.start, m.end) for m in find_mentions("data_category", v, f) if m.value == "credentials"]
        for s, e in one_account:
            if _NOT_A_LOGIN.search(f.low, 0, s):
                continue  # « crédite un compte de 50 millions », « titulaires d'un compte »: no way in
            if in_clause(ways_in, clause_at(clauses, s)) and in_clause(logins, clause_at(clauses, s)):
                # one account as the way in is how they got in: impersonation (LABELLING.md D9); it is
                # a count only where the text stresses there was one (D39: "a single account")
                if _SINGLE.search(f.low[s:e]):
                    out.append(("accounts_compromised", 1, s))
                out.append(("attack_vector", "impersonation", s))
                break
    # D5: a total makes the figures it adds up parts, whether it follows them ("105 000 étudiants et
    # 12 000 personnels, soit 117 000 personnes") or comes first ("Au total, près de 20 000
    # personnes, 8 000 élèves actuels et 12 000 anciens")
    total_cues = v.cues.count_total.spans(f)
    totals = [n.start for n in numbers if any(
        e <= n.start and len(re.findall(r"\w+", f.low[e:n.start])) <= TOTAL_GAP for _s, e in total_cues) or any(
        n.end <= s and len(f.low[n.end:s].split()) <= TOTAL_GAP + 1 and not re.search(r"[,;:.()]", f.low[n.end:s])
        for s, _e in total_cues if not f.low[s:].startswith("soit"))]
    total = next((t for t in reversed(totals) if any(start == t for _slot, _v, start in out)), None)
    if total is not None:
        # (of the total's own kind: « quatre comptes au total, celui du prestataire et trois comptes d'agents »)
        kind = next(slot for slot, _v, start in out if start == total)
        out = [c for c in out if c[0] != kind or c[2] == total]
    # D6: "Last summer it told regulators that 7,864 people had been affected; it now says the breach
    # reached 478,188", "the true figure is about 106,000": a figure the sentence sets a standing one
    # after is superseded, whatever first gave it
    for _s, e in v.cues.count_current.spans(f):
        out = _superseded(out, e, ("victim_count",))
    # "1,4 million patients ..., while another outlet put the figure at 750,000", "puts the
    # number of people affected at about 5.6 million": a figure for what the sentence counts.
    counted = {slot for slot, _v, _p in out}
    figures = v.cues.count_figure.spans(f)
    slot = next(iter(counted)) if len(counted) == 1 else ("victim_count" if not counted and victims else None)
    # ("put the number of compromised customer accounts at roughly 38 million": the noun the figure is put
    # for, the head of its compound, says what it counts)
    if not counted and bare:
        heads = [noun for noun in nouns if noun[1] <= bare[0].start]
        if heads and heads[-1][2] == "accounts_compromised":
            slot = "accounts_compromised"
    revised = v.cues.count_revised.spans(f)
    if slot:
        for n in bare:
            before = f.low[:n.start]
            if any(e <= n.start and len(f.low[e:n.start].split()) <= FIGURE_GAP
                   and not re.search(r"[,;:.()]", f.low[e:n.start]) for _s, e in figures) \
                    or (re.search(r"\b(?:at|to|a)\s+(?:\S+\s+){0,2}$", before) and any(
                        e <= n.start and not re.search(r"[;:.]", f.low[e:n.start]) for _s, e in figures)) \
                    or any(e <= n.start and len(f.low[e:n.start].split()) <= FIGURE_GAP for _s, e in revised):
                # "puts the number of people whose data was taken ... at roughly 190 million",
                # "before revising it, once duplicates were removed, to 36.8 million"
                out.append((slot, n.value, n.start))
    # D6: the figure a revision gives ("nine days later it raised the number to 33.7 million") supersedes the one
    # it revises, of the same kind, before it
    for _s, e in revised:
        out = _superseded(out, e, ("victim_count", "accounts_compromised"))
    counts = sorted((start, value) for slot, value, start in out if slot == "victim_count")
    parts: set[int] = set()
    # D5: groups counted one by one with no total ("about 2,500 current staff, a number of former employees, 17
    # current students and 50 former students"): three figures or more in one list are its parts, none the whole
    if total is None and len(counts) >= 3 and all(
            _LIST_JOIN.search(f.low, a, b) and len(f.low[a:b].split()) <= LIST_GAP and not re.search(r"[;:.()]", f.low[a:b])
            for (a, _va), (b, _vb) in zip(counts, counts[1:])):
        parts = {start for start, _v in counts}
    return [c for c in out if c[0] != "victim_count" or c[2] not in parts]
