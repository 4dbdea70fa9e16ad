"""Read the profile's slot claims out of one sentence that may state something.

Each slot has its own small rule, all driven by the profile's lexicons and cues:
regions need the sentence to speak of the incident; data categories need a word saying
the data was taken or reached ("dérobées", "accessed"), so "les données de santé sont
hébergées..." is no claim; counts (claims.extraction.counts) need a noun saying what they
count; dates need an attack word and must not be an announcement's date; care
(claims.extraction.care) needs a care word with a disruption or continuity word; a clause
listing possibilities states nothing but a risk; phishing is a risk near risk words ("pourraient", "could") and an attack vector
otherwise. An organisation that only speaks ("selon l'ARS", "the agency said") is no
claim; with the incident's organisations configured, a mention counts only where the
sentence presents it as attacked (claims.extraction.targets) or it reports the attack on
itself; and a region named only in a speaker's name ("a indiqué l'ARS Normandie") is one
only where the sentence speaks of the region ("les patients de la région"), with that
phrase's polarity (claims.extraction.roles). Polarity and hedging come from the clause each mention
sits in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from claims.extraction.dates import DAY_RANGE_END, find_dates
from claims.extraction.filters import period_opener, roll_dated
from claims.extraction.cues import negation_spans, spared_spans
from claims.extraction.lexicon import PHRASE_BREAK, Folded, elided_mentions, find_mentions, just_before, led_by
from claims.extraction.model import ASSERTED, DENIED, Mention, Value, Vocabulary
from claims.extraction.care import care_claims, clinical_tools_down
from claims.extraction.counts import count_claims
from claims.extraction.profile import OTHER_BODIES
from claims.extraction.polarity import (Clause, clause_at, in_clause as _in_clause, leading_answer, opens_no_evidence,
                                        overlaps as _overlaps)
from claims.extraction.rebuttal import rebutted
from claims.extraction.roles import AFFILIATION, DEFINITE_AFTER_VERB, PARTNER, SELF, SPEAKER, AgencyName, agency_names, org_role
from claims.extraction.targets import (attack_anchor, attacks_named_on, coordinated, described_as_hit, its_own_attack,
                                       own_attacks, right_before)

# A relative pronoun and an auxiliary right before a verb ("qui a paralysé", "that crippled").
_RELATIVE_LEAD = re.compile(r"\b(?:qui|that|which)\s+(?:(?:a|avait|ont|avaient|has|had|have)\s+)?$")
# Words between a verb and the attack noun it takes as its object ("claimed the ransomware attack").
OBJECT_WORDS = 4
# A verb between them makes the noun no object ("a confirmé mardi avoir été attaqué le matin même").
_VERB_BETWEEN = re.compile(r"\b(?:avoir|etre|ete|been|be|being|had|has|have|was|were|is|are|ont|est|sont|that|que|qu)\b")
# Words between an attack noun in a time phrase and the date it carries ("since the attack began on").
DATE_GOVERNED_WORDS = 3

# How far before a date an announcement verb makes it the announcement's date.
ANNOUNCE_WINDOW = 24

# Slots whose value a sentence may assert in one clause and deny in another (care
# disrupted in one service, running in another): both claims are kept.
BOTH_POLARITIES = frozenset({"care_impact", "data_category"})

Found = tuple[str, Value, int]  # slot, value, offset (for polarity lookup)

# Data a sentence says was never held where the intruders were ("No credit card details are kept in our customer
# database", "card and bank account numbers are not kept on its network at all"): read, and denied by its negation.
_NOT_HELD = re.compile(r"\b(?:no|not|never|aucune?|pas|jamais)\b[^.;:]{0,60}?\b(?:kept|stored|held|conserve\w*|stocke\w*)\s+"
                       r"(?:in|on|at|dans|sur)\b")


# An organisation keeping data, in the present ("the clinic keeps highly personal files on those it treats").
_KEEPS = re.compile(r"\b(?:keeps|conserve|conservent)\b")
_NOT_BEFORE = re.compile(r"\b(?:never|not|no\s+longer|ne|n)\s+$")


def _after_colon_of(spans: list[tuple[int, int]], f: Folded, clauses: list[Clause], clause: Clause) -> bool:
    """Whether one of spans is in the clause a colon closes right before this one ("the haul is a gift to social
    engineers: names, dates of birth …": the list after the colon says what the haul holds)."""
    before = f.low[:clause.start].rstrip()
    return bool(clause.start) and before.endswith(":") and _in_clause(spans, clause_at(clauses, len(before) - 1))


def _kept_before(kept: list[tuple[int, int]], clause: Clause, pos: int) -> bool:
    """Whether a word of keeping comes before pos in its clause."""
    return any(clause.start <= s and e <= pos for s, e in kept)


# What stands between a verb of resetting and the log-in it resets: a determiner ("changer un mot de passe",
# "change their passwords").
_RESET_OBJECT = re.compile(r"\s+(?:un|une|le|la|les|l|leur|leurs|son|sa|ses|votre|vos|tous\s+les|a|the|their|your|its|all)\s+")


# A regional station's name before a region ("invitée de BFM Normandie", "France 3 Hauts-de-France",
# "ici Normandie"): the newsroom, not a region hit.
_BROADCASTER = re.compile(r"\b(?:BFM|BFMTV|France\s+3|France\s+Bleu|ici|Radio|TV|Télé)\s*-?\s*$")


# "a bloqué l'accès aux sites extérieurs", "blocked access to": access shut off, not gained
# (or narrowed, as a remedy: "il a restreint l'accès à ces informations", "restricted access to the files")
_BLOCKED = re.compile(r"\b(?:bloque|bloquee|coupe|coupee|ferme|fermee|restreint|restreinte|limite|limitee|suspendu|"
                      r"suspendue|blocked|cut off|shut off|restricted|limited|suspended)\s+(?:l\s+|l'|the\s+)?$")


# A password the attackers worked out or came by, which is a way in and a log-in they held alike.
_GUESSED = re.compile(r"\b(?:guess|guessed|guessing|fallen into|fell into|devine|deviner|force|forcer)\b")


# A sentence opening on the attack as a definite subject with what it struck ("The ransomware that hit MTU's …",
# « L'attaque qui a frappé … »).
_THE_ATTACK_THAT_HIT = re.compile(r"\s*(?:the|l|la|le)\s+(?:[a-z]+\s+){0,2}?(?:ransomware|attack|cyberattack|cyber\s+attack|"
                                  r"breach|hack|intrusion|attaque|cyberattaque|rancongiciel|piratage)\s+"
                                  r"(?:that|which|qui)\s+(?:a\s+|had\s+)?(?:hit|struck|targeted|crippled|frappe|touche|"
                                  r"vise|paralyse)\b")
# What a reason is given for, right before the organisation it is about ("part of the reason PhilHealth was breached",
# « la raison pour laquelle la mairie a été piratée », "explain why the council was hit").
_REASON_FOR = re.compile(r"\b(?:the\s+reason(?:\s+(?:why|that))?|explains?\s+why|explained\s+why|"
                         r"la\s+raison\s+pour\s+laquelle|explique(?:r|nt)?\s+pourquoi)\s+(?:(?:the|la|le|l|les)\s+)?$")


# "aucune autre", "no other" right before a mention, or before a noun whose complement it is ("aucun autre
# établissement de Bourgogne-Franche-Comté", "no other part of the network"): what is named is not what is denied.
_OTHER_THAN_NAMED = re.compile(r"\b(?:aucune|aucun|no|pas d)\s+(?:autres?|other)\s+"
                               r"(?:\w+\s+(?:de|du|des|d|en|in|of|at)\s+(?:(?:la|le|les|l|the)\s+)?)?$")


def _taken_adjective(f: Folded, taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a data mention is qualified by a word of taking right against it ("the stolen card
    details", "les données bancaires dérobées"): the noun phrase presupposes the theft, so a
    negation of its clause ("no evidence that ... have been used") is about something else."""
    # a determiner before the word of taking makes it an adjective ("the stolen", not "they stole")
    before = any(e <= start and f.low[e:start].strip() == ""
                 and re.search(r"\b(?:the|these|those|its|their)\s+$", f.low[:s]) for s, e in taken)
    # after the noun, a French past participle ("les données volées"), never a verb ("they stole")
    after = any(s >= end and f.low[end:s].strip() == "" and f.low[s:e].endswith(("e", "s"))
                for s, e in taken)
    return before or after


def _vectors_and_risks(f: Folded, v: Vocabulary, clauses: list[Clause]) -> list[tuple[Found, int]]:
    """Attack vectors and risks, each with its end offset.

    Where one phrase names both ("hameçonnage", "usurpation d'identité"), the longer
    term decides ("usurpation d'identité des patients" is a risk), then the context
    ("pourraient", "risque" make a risk; "par", "via", "obtenu" a vector).
    """
    vectors = find_mentions("attack_vector", v, f)
    risks = find_mentions("risk", v, f)
    risk_cues = v.cues.risk_context.spans(f)
    vector_cues = v.cues.vector_context.spans(f)
    agents = v.cues.risk_agent.spans(f)
    out: list[tuple[Found, int]] = []
    for m in vectors:
        clash = [r for r in risks if r.start < m.end and m.start < r.end]
        # "through a phishing email", "par un courriel piégé": how they got in, whatever the length.
        introduced = led_by(f, vector_cues, m.start)
        # "the phishing attack on UnityPoint Health", "after a phishing scheme gave outsiders access": the
        # attack named by its means
        introduced = introduced or bool(_ATTACK_AFTER.match(f.low, m.end))
        clause = clause_at(clauses, m.start)
        # "fraudsters have been posing as the utility by phone, text and fake websites": what
        # scammers do to the victims is the risk they face, not how the attackers got in
        if _in_clause(agents, clause) and (clash or m.value == "phishing"):
            if not clash:
                out.append((("risk", m.value, m.start), m.end))
            continue
        # "the stolen details could be put to work impersonating politicians": what the data may be used for is a
        # risk to the people in it, not how the attackers got in
        if m.value == "impersonation" and not clash and _PUT_TO_USE.search(f.low, max(clause.start, m.start - 60), m.start):
            continue
        # ("criminals might use the leaked details for spear-phishing e-mails": the phishing the data may serve is the
        # risk its own word names, kept below, whatever longer word of a way in holds it)
        if m.value == "phishing" and clash and _PUT_TO_USE.search(f.low, max(clause.start, m.start - 60), m.start):
            continue
        if clash:
            longest = max(clash, key=lambda r: r.end - r.start)
            # (a risk word the words of a way in follow does not undo it: "susceptibles d'avoir été compromis à la
            # suite d'une campagne d'hameçonnage"; "could be put to use in … phishing attacks" stays a risk)
            if introduced and not any(
                    clause.start <= rs < clause.end and (
                        rs >= m.end or just_before(f.low, re_, m.start, RISK_NEAR_VECTOR)
                        or not any(re_ < vs and ve <= m.start for vs, ve in vector_cues))
                    for rs, re_ in risk_cues):
                pass
            elif longest.end - longest.start > m.end - m.start or (
                longest.end - longest.start == m.end - m.start
                and (_in_clause(risk_cues, clause) or not _in_clause(vector_cues, clause))
            ):
                continue  # the risk reading wins; the risk mention is kept below
            risks = [r for r in risks if r not in clash]
        out.append((("attack_vector", m.value, m.start), m.end))
    # "got into BA's network in June with the login of an employee of Swissport": getting in with
    # someone's login is impersonation (D9, D27), however the sentence words the login
    if not any(m.value == "impersonation" for m in vectors):
        at = _entry_with_login(f, v, vectors)
        at = at if at is not None else _login_used(f, v)
        if at is not None:
            out.append((("attack_vector", "impersonation", at), at + 1))
    # "des escrocs pourraient envoyer de faux SMS": who acts is no risk of its own where the
    # sentence names what they would do; alone ("a goldmine for fraudsters") it is the risk.
    named = [r for r in risks if not any(s <= r.start and r.end <= e for s, e in agents)]
    # (thieves of identity are their own deed: "could now be singled out by identity thieves, and the airline has
    # told customers to treat unexpected calls with suspicion" names both risks, each in its clause)
    named_in = {clause_at(clauses, r.start) for r in named}
    out.extend((("risk", r.value, r.start), r.end) for r in risks if r in named or not named or (
        r.value == "identity_theft" and clause_at(clauses, r.start) not in named_in))
    return out


# What data may be put to, right before a way in it names ("could be used to impersonate", « pourraient servir à
# usurper »), with at most two words between.
_PUT_TO_USE = re.compile(r"\b(?:could|can|may|might|would)\s+(?:also\s+)?be\s+(?:used|put\s+to\s+(?:work|use)|exploited|misused)"
                         r"\s+(?:to|for|in)?\s*(?:[a-z]+\s+){0,2}$|"
                         # (said of who would use it: "criminals might use the leaked details for")
                         r"\b(?:could|can|may|might|would)\s+(?:also\s+)?(?:use|exploit|misuse)\s+(?:the\s+|this\s+|that\s+|such\s+)?"
                         r"(?:leaked\s+|stolen\s+|exposed\s+|compromised\s+)?(?:details|data|information|records)\s+(?:to|for|in)\s*"
                         r"(?:[a-z]+\s+){0,2}$|"
                         r"\bpourrai(?:en)?t\s+(?:aussi\s+)?(?:servir|etre\s+(?:utilisee?s?|exploitee?s?))\s+(?:a|pour)\s+(?:[a-z]+\s+){0,2}$")
# Words between a risk word and a way in it still makes a risk ("pourraient servir à des campagnes d'").
RISK_NEAR_VECTOR = 6
# An attack noun right after a way in ("phishing attack", "phishing scheme", "ransomware incident").
# (or the relative that says whom it hit: « l'hameçonnage qui a visé le ministère », "the phishing that hit the firm")
_ATTACK_AFTER = re.compile(r"\s+(?:attack|attacks|scheme|schemes|campaign|breach|breaches|incident|intrusion|hack|"
                           r"(?:qui|that|which)\s+(?:a|avait|aurait|had|has)?\s*(?:vise|frappe|touche|cible|hit|targeted|struck))\b")
# Words from an entry verb to its means ("got into BA's network in June 2018 with"), and from the
# means to the login noun ("with the login", "through an old virtual private network account").
ENTRY_MEANS_WORDS = 8
MEANS_LOGIN_WORDS = 5
# A preposition between the means and the login noun makes the noun a complement of another way in.
_PREPOSITIONS = re.compile(r"\b(?:in|on|of|at|for|from|into|dans|sur|de|du|des|d|pour)\b")


def _entry_with_login(f: Folded, v: Vocabulary, vectors: list[Mention]) -> int | None:
    """Where a clause says the attackers got in with a login (an entry verb, its means, a login
    noun: "logged in through an old VPN account", "se sont introduits avec les identifiants d'un
    agent"), or None. Not where another way in is named between them ("through a flaw in the
    account portal")."""
    entries = v.cues.entry.spans(f)
    if not entries:
        return None
    means = v.cues.entry_means.spans(f)
    logins = v.cues.login_noun.spans(f)
    low = f.low
    for s, e in entries:
        for ms, me in means:
            if ms < e or len(low[e:ms].split()) > ENTRY_MEANS_WORDS or re.search(r"[;:.]", low[e:ms]):
                continue
            for ls, _le in logins:
                if ls < me or len(low[me:ls].split()) > MEANS_LOGIN_WORDS or re.search(r"[,;:.]", low[me:ls]):
                    continue
                if any(me <= m.start < ls for m in vectors) or _PREPOSITIONS.search(low[me:ls]):
                    continue  # "through a flaw in the account portal": the flaw is the way in
                return s
    return None


# Words from the attackers to the verb of using, and from that verb to the login noun ("les pirates se
# sont servis de l'identifiant", "the attacker had most likely bought a contractor's corporate password"; six to the
# login: "a hacker used a university staff member's username and password").
ATTACKER_USE_WORDS = 4
USE_LOGIN_WORDS = 6


# Access to a place, not someone's login: « s'est procuré un accès à la plateforme », "obtained access to the portal".
_ACCESS_TO = re.compile(r"(?<=acces)\s+(?:a|au|aux)\b|(?<=access)\s+to\b")


def _login_used(f: Folded, v: Vocabulary) -> int | None:
    """Where the attackers are said to have used or bought someone's login ("les pirates se sont
    servis de l'identifiant et du mot de passe d'un prestataire", "an attacker who had most likely
    bought a contractor's corporate password"), or None: using another's login is how they got in
    (D9, D27), where taking logins is data stolen (credentials), which this does not read."""
    low = f.low
    attackers = [e for _s, e in v.cues.attacker.spans(f)]
    logins = v.cues.login_noun.spans(f)
    if not attackers or not logins:
        return None
    for s, e in v.cues.login_use.spans(f):
        if not any(a <= s and len(low[a:s].split()) <= ATTACKER_USE_WORDS and not re.search(r"[,;:.]", low[a:s])
                   for a in attackers):
            continue
        if any(ls >= e and len(low[e:ls].split()) <= USE_LOGIN_WORDS and not re.search(r"[,;:.]", low[e:ls])
               and not _ACCESS_TO.match(low, le) for ls, le in logins):
            return s
    return None


# What is carried out that is no attack: a court order, a search, a raid, an audit, a test.
_CARRIED_OUT_OTHER = re.compile(r"\b(?:order|orders|search|searches|raid|raids|audit|audits|test|tests|review|inspection)"
                                r"\s+(?:was\s+|were\s+|had\s+been\s+)?$")


# After data named, words saying the text leaves them unsaid ("bank details are not mentioned", « les coordonnées
# bancaires ne sont pas mentionnées »): neither taken nor spared.
_UNSAID = re.compile(r"\s+(?:(?:are|is|were|was)\s+(?:not|never)|(?:ne|n)\s+(?:sont|est|etaient|etait)\s+pas)\s+mention(?:ne|e)")


def _attack_dates(f: Folded, v: Vocabulary, published: dt.date | None,
                  clauses: list[Clause]) -> tuple[list[Found], list[tuple[int, int]]]:
    """Dates of the intrusion itself. A date must sit in a clause with an attack word, nearer
    to it than to a word dating something else (announcement, notification, reopening, a
    leak-site post, an interview); "ce mardi" is the day of writing; a range ("dans la nuit
    de samedi à dimanche", "from 6 February to 5 March") gives its first day."""
    mentions = find_dates(f.low, v.dates, published)
    spans = [(d.start, d.end) for d in mentions]
    # ("had his hardware impounded under an Anton Piller order carried out on Tuesday": what was carried out is the
    # order, no attack)
    attack = [(s, e) for s, e in v.cues.attack_event.spans(f)
              if not (f.low[s:e] == "carried out" and _CARRIED_OUT_OTHER.search(f.low, max(0, s - 30), s))]
    if not attack:
        return [], spans
    others = v.cues.announce.spans(f) + v.cues.not_attack_date.spans(f)
    # ("Le 10 mars, les pirates avaient commencé à divulguer des documents": « piraté* » reads the attackers
    # themselves, who are no event; what the verb after them says they did dates the sentence)
    # (nor "les clients visés ont reçu le courriel": a participle naming the people hit, then what befell them after)
    # (nor what a verb of finding has for its object: "had picked up unauthorised activity on its portal over the
    # weekend of 29 and 30 March", « a détecté une intrusion lundi »: the day is the finding's, D21)
    # (nor a verb of beginning before a day and another deed: « La clinique a commencé mercredi à écrire aux
    # patients » begins the letters, not the attack)
    attack = [(s, e) for s, e in attack
              if not (_FOUND_BEFORE.search(f.low, max(0, s - 40), s) and not _DATED_AFTER.match(f.low, e))
              and not ((_PEOPLE_NOUN.fullmatch(f.low, s, e) or _PEOPLE_HIT.search(f.low, 0, s))
                       and any(e <= os and len(f.low[e:os].split()) <= PEOPLE_VERB_WORDS for os, _oe in others))
              and not (_BEGINNING.fullmatch(f.low, s, e)
                       and any(e <= os and len(f.low[e:os].split()) <= BEGUN_DEED_WORDS for os, _oe in others))]
    if not attack:
        return [], spans
    # "L'attaque qui a paralysé le réseau le 18 décembre": a verb in a relative clause on the attack noun
    # tells what the attack did, and its date is the attack's
    nouns = [e for _s, e in v.cues.attack_noun.spans(f)]
    others = [(s, e) for s, e in others
              if not ((m := _RELATIVE_LEAD.search(f.low, 0, s)) and any(just_before(f.low, n, m.start(), 1) for n in nouns))]
    out: list[Found] = []
    owned_dates: set[int] = set()  # where the dates found that an attack noun right after them owns start
    noun_starts = {s for s, _e in v.cues.attack_noun.spans(f)}
    previous_end = None
    for d in mentions:
        if previous_end is not None and DAY_RANGE_END.fullmatch(f.low[previous_end:d.start]):
            previous_end = d.end
            continue  # the end of a range
        previous_end = d.end
        if any(f.text.startswith(mark, d.end) for mark in v.dates.get("pointing_back", ())):
            continue  # "ce week-end-là": a time named elsewhere, not one publication dates
        clause = clause_at(clauses, d.start)
        # ("the Nov. 13 ransomware attack": a clause cut at the abbreviation's dot inside the date goes on to the
        # clause the date ends in)
        if clause.end < d.end:
            clause = dataclasses.replace(clause, end=clause_at(clauses, d.end - 1).end)
        # (not "said the theft took place last Friday": the attack named between is what it dates)
        if any(d.start - ANNOUNCE_WINDOW <= e <= d.start and not any(e <= s and ae <= d.start for s, ae in attack)
               for _s, e in v.cues.announce.spans(f)):
            continue
        # ("offline since early Saturday, when a cyberattack hit its servers": the day is the
        # attack's, even a period's first, where the clause right after it says the attack came then)
        when = _WHEN_AFTER.match(f.low, d.end)
        # ("C'est le lundi 17 octobre, en début d'après-midi, que l'autorité a été frappée": a cleft puts the day
        # first and the attack in its "que" clause, past the aside that the clauses cut off)
        cleft = None
        if when is None and _CLEFT_OPEN.search(f.low, 0, d.start):
            cleft = _CLEFT_THAT.match(f.low, d.end)
        # ("L'attaque remonte à l'été : du 10 au 22 août, les intrus ont …": the attack said to date from a time,
        # then a colon that opens on the days themselves)
        dated_by = _ATTACK_DATED_THEN.search(f.low, 0, d.start)
        struck_then = (when is not None and any(when.end() <= s and len(f.low[when.end():s].split()) <= WHEN_WORDS
                                                for s, _e in attack)) or \
            (dated_by is not None and any(just_before(f.low, e, dated_by.start(), DATED_WORDS) for e in nouns)) or \
            (cleft is not None and any(cleft.end() <= s and len(f.low[cleft.end():s].split()) <= CLEFT_WORDS
                                       and not re.search(r"[;:.]", f.low[cleft.end():s]) for s, _e in attack))
        here = [(s, e) for s, e in attack if clause.start <= s < clause.end]  # the attack words of its clause
        if not struck_then and not here:
            continue
        # ("Depuis le piratage de la banque, Abdoulaye a dû se déplacer vendredi en agence", "Since the attack,
        # staff have worked on paper": the attack a sentence opens on after "depuis"/"since" is when the rest began,
        # so a day past that phrase's comma is a later one)
        if here and all(_SINCE_OPENING.fullmatch(f.low, 0, s) and "," in f.low[e:d.start] for s, e in here):
            continue
        # ("By 10 a.m. on Tuesday the district could at least list what the attack had spared", "restored by 31
        # December": a day something was done by is when a state was reached, not when the attack came)
        if _BY_DAY.search(f.low, max(0, d.start - 40), d.start):
            continue
        # ("By our motoring correspondent | 21 March 2023, 09:14 | Ferrari …": a date and time a pipe closes is the
        # page's stamp)
        if _STAMPED.match(f.low, d.end):
            continue
        # ("VILNIUS, Wednesday — A gang that broke into …": the weekday of a dateline is the day the report was
        # filed from the city in capitals before it)
        if _DATELINE_CITY.fullmatch(f.text, 0, d.start) and _DATELINE_DASH.match(f.text, d.end):
            continue
        # a day after the article's own is no intrusion it reports: a leak site's deadline ("un compte à
        # rebours promet la mise en ligne des données exfiltrées le 6 septembre"), a hearing to come
        if published is not None and d.iso > published.isoformat():
            continue
        # The verb before the date says what it dates: "a été frappé dans la nuit de samedi",
        # but "notified the ICO on 20 June", "a rouvert ses urgences ce mardi".
        # (not an attack named as what the other verb was about: "was notified of the breach only on 10 July")
        before_attack = [e for _s, e in attack if clause.start <= _s and e <= d.start
                         and not any(oe <= _s and _ABOUT.fullmatch(f.low, oe, _s) for _os, oe in others)]
        # a verb that reports ("said that", "a annoncé que") dates nothing in what it reports
        # ("n'a été détectée que le 1er juin": a "que" right before the date restricts it, reports nothing)
        before_other = [e for _s, e in others if clause.start <= _s and e <= d.start
                        and (not re.search(r"\b(?:that|que|qu)\b", f.low[e:d.start])
                             or re.fullmatch(r"\s+que\s+(?:le\s+|la\s+|l\s+|en\s+|ce\s+|dans\s+)?", f.low[e:d.start]))]
        # "over the March 8 breach", "after the 3 May attack": a date the attack noun right after it owns
        owned = d.end + 1 in noun_starts
        if before_other and (not before_attack or max(before_other) > max(before_attack)) and not owned:
            continue
        if roll_dated(f.low, d.start):
            continue  # "people on its staff on 4 September 2018": who was on the staff that day
        opener = period_opener(f, v, d.start)
        # ("describes a breach …, lasting from January 5": what lasted is the attack, whatever governs its noun)
        lasting = opener is not None and _LASTING.search(f.low, 0, opener)
        if before_attack and not lasting and _governed(f, v, clause, attack, others, d.start, d.end):
            continue
        # (and it is the attack's period when the attack is named before it: "a breach of its systems from outside,
        # lasting from January 5 to March 21")
        lasted = lasting and any(e <= opener for _s, e in attack)
        if opener is not None and not lasted and not struck_then and not _period_of_attack(f, attack, opener, d.start, d.end):
            continue  # "people who paid for bookings between 21 April and 28 July may have had...": the bookings' time
        if not before_attack and not before_other:
            # "Le 3 septembre, l'opérateur a détecté un incident", "Since 23 June we have been able
            # to say that intruders got in": a date before its verb dates the first one that follows
            after = sorted([(s, True) for s, _e in attack if s >= d.end] + [(s, False) for s, _e in others if s >= d.end])
            if after and not after[0][1]:
                continue
        out.append(("attack_date", d.iso, d.start))
        if owned:
            owned_dates.add(d.start)
    # "a coupé vendredi ses systèmes après une cyberattaque lancée jeudi soir", "Frappée lundi par une
    # cyberattaque, la ville n'avait retrouvé ce mardi que son standard": where a date follows an attack
    # word closely, the others the sentence keeps date what was done about it
    # (an attack noun or a word of being hit: "began mailing them letters the same day" anchors nothing)
    anchors = v.cues.attack_noun.spans(f) + v.cues.hit.spans(f)
    # (so do the dates an attack noun right after them owns: "recovering what the July 9 cyberattack has cost",
    # not "vote on Monday night")
    anchored = [found for found in out if found[2] in owned_dates or any(
        e <= found[2] and len(f.low[e:found[2]].split()) <= ANCHOR_WORDS and not re.search(r"[,;:.()]", f.low[e:found[2]])
        for _s, e in anchors)]
    if anchored:
        out = anchored
    return out, spans


# Words between a date and the words saying it is not the intrusion's ("Vendredi 26 avril, jour où les
# experts ont entamé leur diagnostic, reste étranger à l'intrusion").
DISOWNED_WORDS = 20


# What opens a clause that looks back at the date before it ("; that was not the day of the attack").
_LOOKS_BACK = re.compile(r"\s*(?:that|this|it|ce|cela|celle-ci)\s")


# The words of date_wrongly that are only a negation, which disown a date only beside an attack.
_BARE_NEGATIONS = frozenset({"pas", "non", "not"})


def _disowned_dates(f: Folded, v: Vocabulary, published: dt.date | None) -> dict[int, str]:
    """Dates the sentence says are not the intrusion's (LABELLING.md D12: attack_date denied), by
    where they start: the nearest date before such words, with no other date or full stop between."""
    cues = v.cues.date_disowned.spans(f)
    wrongly = v.cues.date_wrongly.spans(f)
    if not cues and not wrongly:
        return {}
    mentions = find_dates(f.low, v.dates, published)
    out = {}
    # "que certains articles datent, à tort, du 28 janvier": the wrong date named right after the word
    # (a bare "pas" / "not" before a day disowns it only where the sentence speaks of the attack: « si on ne s'en
    # sert pas aujourd'hui, on s'en servira plus tard » says nothing of when anyone got in)
    if any(f.low[s:e] in _BARE_NEGATIONS for s, e in wrongly) and not (
            v.cues.attack_event.spans(f) or v.cues.hit.spans(f) or v.cues.attack_noun.spans(f)):
        wrongly = [(s, e) for s, e in wrongly if f.low[s:e] not in _BARE_NEGATIONS]
    for d in mentions:
        if any(_WRONG_LEAD.fullmatch(f.low, e, d.start) for _s, e in wrongly):
            out[d.start] = d.iso
    for i, d in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(f.low)
        if any(d.end <= s < limit and _one_statement(f.low, d.end, s) for s, _e in cues):
            out[d.start] = d.iso
    return out


def _corrected_dates(f: Folded, v: Vocabulary, published: dt.date | None, disowned: dict[int, str],
                     dates: list[Found]) -> list[Found]:
    """The date a correction puts in place of a disowned one ("Le vol n'a pas été commis le 6 juin, …, mais
    dans la nuit précédente"; "not on the Monday it went public but the day before"): the clause after "mais" /
    "but" borrows the attack word of the one it corrects, so its date is the attack's."""
    if not disowned or not (v.cues.attack_event.spans(f) or v.cues.hit.spans(f) or v.cues.compromise.spans(f)):
        return []
    mentions = find_dates(f.low, v.dates, published)
    taken = {pos for _slot, _iso, pos in dates}
    out: list[Found] = []
    for before, after in zip(mentions, mentions[1:]):
        if before.start in disowned and after.start not in disowned and after.start not in taken \
                and _CORRECTION.search(f.low, before.end, after.start):
            out.append(("attack_date", after.iso, after.start))
    return out


# What turns from a disowned date to the right one: "mais" / "but" opening the last clause before it.
_CORRECTION = re.compile(r",\s*(?:mais|but)\b[^,;:.]{0,30}$")


# Between a word saying a date is wrong and the date: a comma, and "du", "le", "to", "on", "as".
_WRONG_LEAD = re.compile(r"\s*,?\s*(?:(?:du|le|au|to|on|as|at|it\s+to|it\s+on)\s+)?")


def _one_statement(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] stays within what is said of the date: a few words, no full stop, and past a
    semicolon only into a clause that looks back at it ("; that was not the day of the attack")."""
    between = low[start:end]
    return (len(between.split()) <= DISOWNED_WORDS and not re.search(r"[:.!?]", between)
            and all(_LOOKS_BACK.match(low, start + m.end()) for m in re.finditer(";", between)))


# How many words may part an attack word from the date it is given ("une cyberattaque lancée jeudi
# soir", "hit early on Sunday").
ANCHOR_WORDS = 3


# Words between the attack and the period it lasted ("were in its network from 9 April to 20 May").
PERIOD_ATTACK_WORDS = 8
# Words between the date and an attack named right after it ("depuis lundi d'une cyberattaque").
PERIOD_ATTACK_AFTER = 2


# "by" before a day, with a time of day between ("By 10 a.m. on Tuesday", "by Friday", "by 31 December", « d'ici
# lundi »).
_BY_DAY = re.compile(r"\b(?:by|d\s+ici)\s+(?:(?:about|around|vers)\s+)?(?:\d{1,2}(?:[.:h]\s*\d{2})?\s*(?:[ap]\.?\s*m\.?)?\s+"
                     r"(?:(?:on|le)\s+)?)?(?:(?:the\s+)?(?:end\s+of|early|late)\s+)?$")
# A verb of beginning among the attack words ("the attack began", « l'intrusion a commencé »), and how many words (its
# day) may part it from another deed it begins.
_BEGINNING = re.compile(r"commenc\w*|began|begun|begins?|start\w*")
BEGUN_DEED_WORDS = 3
# A dateline's city, in capitals (with its agency in brackets: "PARIS (AFP),"), then the dash that closes it.
_DATELINE_CITY = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]*(?:\s*\([A-Za-z .]+\))?\s*,\s*")
_DATELINE_DASH = re.compile(r"\s*[—–-]")
# A time of day, then the pipe that closes a page's stamp, right after a date (", 09:14 |", " à 18 h 05 |").
_STAMPED = re.compile(r"\s*,?\s*(?:(?:a|at)\s+)?(?:\d{1,2}\s*[:h.]\s*\d{2}\s*(?:[ap]\.?\s*m\.?\s*)?)?\|")
# ", when", ", lorsque", ", quand" right after a date, and how many words may stand before the attack word.
_WHEN_AFTER = re.compile(r"\s*,\s*(?:when|lorsque|lorsqu|quand)\b")
WHEN_WORDS = 4
# A verb dating what comes before it, then a colon opening on the date ("remonte a l ete : du ", "dates back to the
# summer: from ").
DATED_WORDS = 5  # words between the attack noun and the verb dating it ("the intrusion at Brackwater Utilities dates")
_ATTACK_DATED_THEN = re.compile(r"\b(?:remonte|remontait|remonterait|remonteraient|remontent|date|datait|daterait|"
                                r"dates\s+back|dated\s+back|goes\s+back|went\s+back)\b[^.;:]{0,30}:\s*"
                                r"(?:du|le|des|entre|from|on|between)?\s*$")
# Between a verb dating something else and the attack it is about ("notified of the", « informée de la »).
_ABOUT = re.compile(r"\s+(?:of|about|de|du|des|d|sur)\s+(?:the|its|their|this|that|a|an|la|le|les|l|cette|ce|son|sa|ses)?\s*")
# The attackers named by a noun an attack cue also reads (« les pirates »), and the words from it to the verb
# that says what they did.
_PEOPLE_NOUN = re.compile(r"pirates?|hackers?")
PEOPLE_VERB_WORDS = 3
# A verb of finding right before what it found, with at most two words between ("picked up unauthorised activity",
# "detected an intrusion", « a repéré une intrusion »).
# (or of learning of it, or of confirming one already known: "confirmed the breach of its platform on 14 October"
# dates the confirmation, where "confirmed a cyberattack on Monday" may date the attack)
_FOUND_BEFORE = re.compile(r"\b(?:picked\s+up|spotted|noticed|detected|discovered|identified|(?:learned|learnt|told|aware)\s+of|"
                           r"repere|reperee|detecte|detectee|decouvert|decouverte|constate|identifie)\s+(?:[a-z]+\s+){0,2}$"
                           r"|\b(?:confirmed|confirme|confirmee)\s+(?:the|its|l|la|le|sa|son)\s+(?:[a-z]+\s+)?$")
# A sentence opening on "depuis"/"since" and the article of the attack noun after it ("Depuis le piratage de …,").
_SINCE_OPENING = re.compile(r"\W*(?:depuis|since|ever\s+since)\s+(?:(?:le|la|l|les|the|this|that|its|cette|cet|son|sa)\s+)?")
# What dates the attack noun a verb of finding has for object ("a confirmé une attaque survenue pendant la nuit",
# "detected an intrusion that began on Saturday"): a participle of happening or a relative clause of its own.
_DATED_AFTER = re.compile(r"\s+(?:survenue?s?|intervenue?s?|qui|that|which|dont)\b")
# The people an attack participle right after them qualifies ("les clients visés", "the customers targeted").
_PEOPLE_HIT = re.compile(r"\b(?:clients?|clientes?|usagers?|patients?|personnes?|abonnes?|adherents?|customers?|users?|"
                         r"members?|people|employes?|salaries?|agents?|locataires?)\s+$")
# Words from a cleft's "que" to the attack it dates (its subject may carry an aside: "que l'autorité, dirigée par X, a été frappée").
CLEFT_WORDS = 18
# The opening of a cleft right before a date ("C'est le", "c'était dans la nuit du", "It was on"), and the aside
# then the "que"/"that" its clause opens with after the date.
_CLEFT_OPEN = re.compile(r"(?:^|[.;:!?]\s*)(?:c\s+est|c\s+etait|it\s+was|it\s+is)\s+(?:[a-z]+\s+){0,4}$")
_CLEFT_THAT = re.compile(r"\s*(?:,[^,;:.]{1,60},)?\s*(?:que|qu|that|when)\b")
# A verb of lasting right before a period ("lasting from", "qui a duré du").
# (so is what the attack "dates from": "The break-in at the university actually dates from Tuesday 6 June")
_LASTING = re.compile(r"\b(?:lasting|lasted|which\s+lasted|that\s+lasted|durant|qui\s+a\s+dure|dates|dated|date)\s+$")


def _period_of_attack(f: Folded, attack: list[tuple[int, int]], opener: int, date: int, date_end: int) -> bool:
    """Whether the period a date opens (at `opener`) is the attack's own ("the intruders were in
    the network from 9 April", "since a cyberattack on Tuesday", "est victime depuis lundi 28 mars
    d'une cyberattaque"), not that of what the victims did ("people who went to its clinics between
    1 May 2015 and 4 July 2018", "paid for bookings between 21 April and 28 July")."""
    low = f.low
    return any(opener <= s and e <= date for s, e in attack) or any(
        e <= opener and len(low[e:opener].split()) <= PERIOD_ATTACK_WORDS
        and not PHRASE_BREAK.search(low, e, opener) for _s, e in attack) or any(
        date_end <= s and len(low[date_end:s].split()) <= PERIOD_ATTACK_AFTER
        and not PHRASE_BREAK.search(low, date_end, s) for s, _e in attack)


def _governed(f: Folded, v: Vocabulary, clause: Clause, attack: list[tuple[int, int]],
              others: list[tuple[int, int]], date: int, date_end: int) -> bool:
    """Whether the attack word nearest before a date is a noun that another verb governs: "detected
    the intrusion on 12 September", "a détecté l'intrusion le 12 septembre", "learned of the breach on
    Monday" date the detection. "The attack of 9 September", "l'attaque du 9 septembre" date the
    attack whatever governs them, and an attack verb between the two speaks for itself."""
    start, end = max(((s, e) for s, e in attack if clause.start <= s and e <= date), key=lambda span: span[1])
    if not any(s < end and start < e for s, e in v.cues.attack_noun.spans(f)):
        return False
    # ("Findings show its server system came under attack on 12 November": the noun after "came under" is the verb
    # of being hit, which dates itself)
    if _CAME_UNDER.search(f.low, max(0, start - 40), start):
        return False
    if re.fullmatch(r"\s+(?:[a-z]+\s+)?(?:of|du|de|d)\s+(?:the\s+|le\s+)?", f.low[end:date]):
        # the noun's own date ("l'attaque informatique de samedi matin"), not "found the breach
        # of its systems on 17 July"
        return False
    verbs = [s for s, e in attack if not any(ns < e and s < ne for ns, ne in v.cues.attack_noun.spans(f))]
    # a reporting verb governs a clause, not a noun: "said ransomware had encrypted its servers on Sunday";
    # but one whose object is the attack noun itself dates the saying ("LockBit, which claimed the
    # attack on Jan. 7", "confirmed the breach on Monday")
    # (the date right after the noun: "says the attack ran from 6 February" reports a clause)
    # (unless a verb follows the date, the noun then the subject of what is reported: "says a cyber security incident
    # on Wednesday left its internal server locked")
    owned_date = just_before(f.low, end, date, 1) and not _VERB_AFTER_DATE.match(f.low, date_end)
    speech = [(s, e) for s, e in v.cues.reporting.spans(f) + v.cues.announce.spans(f)
              if not (owned_date and just_before(f.low, e, start, OBJECT_WORDS)
                      and not _VERB_BETWEEN.search(f.low, e, start))]
    # "shut down its network on Christmas Eve after a cyber attack on 23 December": what follows
    # the attack is not done to it
    after = [a for a, _e in v.cues.aftermath.spans(f)]
    # "revendique l'attaque dont l'organisme a été victime le 25 avril": a relative clause with an attack
    # word of its own between the verb and the date dates the attack, not the claim
    relative = [m.end() for m in _RELATIVE_PRONOUN.finditer(f.low, clause.start, date)
                if any(m.end() <= s and e <= date for s, e in attack + v.cues.hit.spans(f))]
    return any(clause.start <= s and e <= start and not any(e <= a < start for a in verbs + after)
               and not any(e <= r for r in relative)
               and (s, e) not in speech for s, e in others)


_RELATIVE_PRONOUN = re.compile(r"\b(?:dont|which|whose)\b")
# After a date, a verb whose subject the attack noun before the date is.
_VERB_AFTER_DATE = re.compile(r"\s+(?:left|hit|knocked|forced|took|brought|crippled|disrupted|shut|encrypted|paralysed|"
                              r"paralyzed|affected|compromised|exposed|caused|led|locked|disabled|crashed|has|had|was|"
                              r"were)\b")
# Being hit said with an attack noun ("came under attack", "was under a cyberattack", "fell victim to a breach").
_CAME_UNDER = re.compile(r"\b(?:came|come|comes|coming|was|were|been|is|are|fell|fall|falls|falling)\s+"
                         r"(?:under|victim\s+to)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+)?$")


# What joins an attack noun to the means it used ("attaque au rançongiciel", "attack using ransomware").
_BY_MEANS = re.compile(r"\s+(?:au|a\s+la|par|par\s+un|par\s+une|by|with|using|via)\s+")
# The variety of a named thing ("the strain of", "quel type de", "la souche de").
_KIND_OF = re.compile(r"\b(?:the|which|what|its|quel|quelle|la|le)\s+(?:strain|type|kind|variant|family|version|souche|variante|famille|"
                      r"sorte)\s+(?:of|de|d)\s+$")
# A phrase opening a sentence or clause on what its attack was unlike, up to its comma ("Unlike the ransomware
# that …,", « Contrairement à un rançongiciel classique, »; not « contrairement à ce qu'affirme le gang »).
_UNLIKE_OTHER = re.compile(r"(?:^|[.;:!?]\s*)[\W_]*(?:unlike|contrairement\s+(?:a|au|aux)\b(?!\s+ce\s+qu)|"
                           r"a\s+la\s+difference\s+d)\b[^,;:.]*")
# Encryption warded off: what stopped it, up to the encryption it stopped.
_ENCRYPTION_WARDED = re.compile(r"\b(?:kept|keeping|stopped|stopping|prevented|preventing)\b[^,;:.]{0,60}?\bfrom\s+being\s+encrypted\b|"
                                r"\bbefore\s+(?:anything|any\s+\w+|they|it)\s+could\s+be\s+encrypted\b")
# A remedy or a defence denied after a way in ("la faille n'aurait pas été comblée", "the flaw had not
# been patched", "signed in with a weak password, with no second factor to stop them"): the way in is
# asserted, its fix or its guard denied.
_REMEDY_DENIED = re.compile(r"\b(?:ne|n|not|never|pas|jamais|no|without|sans|aucune?)\b[^,;:.]{0,30}?\b(?:combl\w*|corrig\w*|"
                            r"patch\w*|fixed|closed|repar\w*|resolved|resolu\w*|second factor|two factor|multi factor|"
                            r"mfa|2fa|double authentification|deux facteurs|multifacteur)|"
                            # (or the guard named first: "accounts where multi-factor authentication was not switched on")
                            r"\b(?:second factor|two factor|multi factor|mfa|2fa|double authentification|multifacteur)\b"
                            r"[^,;:.]{0,30}?\b(?:ne|n|not|never|pas|jamais)\b")


# A day in the possessive, with at most one word after it, before the attack it dates ("Monday's
# cyberattack", "last Friday's ransomware attack").
_DAY_OWNING = re.compile(r"(?:last\s+)?[a-z]+\s+s\s+")
_ONE_WORD = re.compile(r"[a-z-]+\s+")


# What would or could be done: the mood of a precaution's effect.
_WOULD = re.compile(r"\b(?:pourrai(?:t|ent)|pourra|pourront|could|would|can|cannot)\b")
# Data put to use, before the risk it was (not) used for ("has been used for identity theft or fraud",
# "aient été utilisées à des fins d'escroquerie"): what a denial then bears on is past misuse.
_PAST_MISUSE = re.compile(r"\b(?:used|misused|exploited|utilisee?s?|exploitee?s?)\s+(?:for|in|to\s+commit|"
                          r"a\s+des\s+fins\s+d\w*|pour|dans)\b|"
                          # "is not aware of any fraud or identity theft tied to the incident": none known so far
                          r"\baware\s+of\s+any\b[^,;:.]*$|"
                          # "it has seen no unauthorised transactions on their accounts", « n'a constaté aucune
                          # opération frauduleuse »: none seen so far
                          r"\b(?:seen|detected|observed|noticed|spotted|recorded|constatee?s?|observee?s?|detectee?s?|"
                          r"relevee?s?|remarquee?s?)\s+(?:no|any|aucune?)\b|"
                          # « aucun citoyen n'aurait été victime d'une arnaque », 'no customer has fallen victim to fraud':
                          # nobody harmed so far
                          r"\bvictims?\s+(?:of|to)\b|\bvictimes?\s+(?:d|de|du|des)\b")


# A definite article right before ("the ransomware attack", "l'attaque", "cette").
_DEFINITE = re.compile(r"\b(?:the|this|that|la|le|l|cette|ce)\s+$")
# A participle and its agent's article right before a way in ("paralysés par le", "crippled by the").
_PARTICIPLE_BY_THE = re.compile(r"\b[a-z]+(?:e|es|s|ed)\s+(?:par\s+(?:le|la|l|ce|cette)|by\s+(?:the|this|that))\s+$")
# A way in whose noun a relative clause then describes ("a ransomware event that … had caused no harm to medical
# treatment", « un rançongiciel qui n'a touché aucun serveur de soins »), up to the relative pronoun.
_DESCRIBED_BY_RELATIVE = re.compile(r"[a-z-]+(?:\s+[a-z-]+){0,2}\s*,?\s+(?:that|which|qui)\b")


def _negated_in_its_relative_only(f: Folded, pos: int, clause: Clause, negations: list[tuple[int, int]]) -> bool:
    """Whether the way in named at `pos` opens a relative clause that holds every negation of its clause."""
    relative = _DESCRIBED_BY_RELATIVE.match(f.low, pos)
    return relative is not None and all(s >= relative.end() for s, _e in negations if clause.start <= s < clause.end)


# A way in said to be behind the attack ("ransomware behind the attack", "le rançongiciel à l'origine de l'attaque").
_BEHIND_ATTACK = re.compile(r"[a-z-]+\s+(?:behind|used\s+in|a\s+l\s+origine\s+de|derriere)\s+(?:the|this|that|l|la|cette)\s+"
                            r"(?:attack|cyberattack|breach|intrusion|incident|attaque|cyberattaque)\b")
# (with the strain's name between: "the Ryuk ransomware behind the attack")
_DEFINITE_NAMED = re.compile(r"\b(?:the|this|that|la|le|l['’]|cette|ce)\s*[A-Z][\w-]+\s+$")


# An infinitive told not to be done ("à ne pas répondre", "de ne jamais cliquer", "not to click").
# (or an infinitive or an imperative of advice, negated before its object: « n'ouvrir aucune pièce jointe venue de
# courriels douteux », « ne cliquez sur aucun lien »)
_ADVISED_NOT = re.compile(r"\b(?:a|de|d)\s+ne\s+(?:pas|jamais|rien)\b|\b(?:not|never)\s+to\b|"
                          r"\bne?\s+(?:jamais\s+|pas\s+)?(?:ouvr|cliqu|repond|communiqu|transmett|donn|telecharg)"
                          r"(?:ir|er|re|ez)\b")


# "et non des serveurs de", "and not from": a place set against the one a sentence names, up to the organisation.
_AND_NOT_FROM = re.compile(r"\b(?:et|and)\s+non\s+(?:pas\s+)?(?:de|du|des|d|dans|sur|chez)\s+(?:(?:la|le|les|l|ses|leurs?)\s+)?"
                           r"(?:(?:serveurs?|systemes?|reseaux?|fichiers?|bases?|plateformes?|logiciels?)\s+(?:de|du|des|d)\s+"
                           r"(?:(?:la|le|les|l)\s+)?)?$|\band\s+not\s+(?:from|at|in|on)\s+(?:the\s+)?$")


def _org_denied(f: Folded, v: Vocabulary, pos: int, clause: Clause,
                negations: list[tuple[int, int]]) -> bool:
    """An organisation is denied only as the one not hit ("l'ARS ... ne pas avoir été touchée").

    Organisations are also speakers ("les ARS affirment qu'aucune donnée..."), and a
    negation elsewhere in their clause says nothing about whether they were targeted.
    """
    # ("C'est de là, et non des serveurs de l'ANCFCC, que sortiraient les fichiers", "from the portal and not from
    # Halden's servers": the place set against another, and so denied)
    if _AND_NOT_FROM.search(f.low, max(0, pos - 60), pos):
        return True
    hit_words = v.cues.incident.spans(f) + v.cues.hit.spans(f)
    # "l'attaque n'a pas visé le conseil régional lui-même": a negation, a hit word, then the organisation.
    before = [e for s, e in negations if clause.start <= s and e <= pos]
    # (not "has denied any part in the attack on Sony": the attack there is a noun the denial
    # presupposes, after a preposition; nor "n'a fuité lors du piratage de l'application d'Air
    # Canada": the organisation is the presupposed attack's, whatever the verb denies)
    presupposed = before and any(max(before) <= s and e <= pos and _GOVERNED_NOUN.search(f.low[:s])
                                 for s, e in v.cues.attack_noun.spans(f))
    # (nor "the breach of its systems had not affected the running of the business": the attack on it, said through
    # a pronoun before the negation, is given, and what the negation denies is its effect)
    presupposed = presupposed or (before and any(e <= min(before) for e in own_attacks(f, v)))
    if before and not presupposed and not re.search(r"[,;:]", f.low[max(before):pos]) and any(
            max(before) <= s and e <= pos and not _GOVERNED_NOUN.search(f.low[:s]) and not _RELATIVE_HIT.search(f.low[:s])
            and not DEFINITE_AFTER_VERB.search(f.low, max(before), s)
            for s, e in hit_words):
        return True
    # "No Harrods system was compromised", "aucun serveur de l'AP-HP n'a été touché": a negation
    # that determines the organisation's noun phrase, then what was (not) done to it.
    if before and just_before(f.low, max(before), pos, 3) and \
            any(pos < s < clause.end for s, _e in hit_words):
        return True
    # ("Rien n'indique que les serveurs de Transdev aient été piratés": an absence of evidence opening the clause bears
    # on the word of being hit said of its systems, as a negation after them would)
    # (its systems the subject right after the frame: not "que l'attaque contre les serveurs de X ait touché des données")
    if before and any(pos < s < clause.end for s, _e in v.cues.hit.spans(f)) and any(
            just_before(f.low, e, pos, 2)
            and opens_no_evidence(f.low, s - len(_SUBJECT_ARTICLE.search(f.low, 0, s).group()))
            for s, e in v.cues.systems.spans(f)):
        return True
    # (not a negation that only qualifies a phrase: "described the assault as one on its network, with
    # no link to any leak", "attaquée sans qu'aucune donnée ne fuie")
    # (nor a cleft whose negation a "mais" or "but" answers: "au MCN, ce ne sont pas des pirates mais une employée
    # qui a fait sortir …" denies who did it, in favour of another, not that it happened there)
    # (a subject cut from its verb by who says it reaches that verb's clause: "RENAPER's database, the Interior
    # Ministry says, suffered no breach or leak of any kind"; not by another aside, "UKG Pro, housed separately, is
    # not known to be affected" spares a product)
    reach = clause.predicate_end if clause.predicate_end and _said_aside(f, v, clause.end) else clause.end
    after = [s for s, e in negations if pos < s < reach and not _WITH_NO.search(f.low, 0, e)
             and not (_CLEFT_BEFORE.search(f.low, 0, s) and _ANSWERED_BY_BUT.match(f.low, e))]
    # "La cyberattaque a épargné le réseau informatique de la Ville", "X's network was spared": a word of
    # sparing said of it or of its systems denies that it was hit, as a negation would (not of its data:
    # "les données de X ont été épargnées" spares the data)
    # (its systems named right before it, or nothing between: "the attack spared the council", « le réseau de
    # la Ville … a été épargné »; not a sparing said of something else later in the clause)
    spared = spared_spans(f, v.cues)
    systems = [s for s, e in v.cues.systems.spans(f) if just_before(f.low, e, pos, 3)]
    if not _DATA_OF.search(f.low, 0, pos) and (
            (systems and any(just_before(f.low, pos, s, SPARED_SYSTEMS_GAP) for s, _e in spared))
            or any(clause.start <= s and _SPARED_OBJECT.fullmatch(f.low, e, min(systems or [pos])) for s, e in spared)):
        return True
    # "Govia Thameslink Railway was left untouched by the attack", « la Ville est restée épargnée »: a word of sparing
    # said of the organisation itself, its subject, with nothing but the verb between
    end = next((m.end for m in find_mentions("organization", v, f) if m.start == pos), None)
    if end is not None and any(clause.start <= s < clause.end and _SPARED_PREDICATE.fullmatch(f.low, end, s)
                               for s, _e in spared):
        return True
    if not after:
        return False
    # "data on SEPTA Key fare cards had not been compromised": what is denied is its data, named
    # with the organisation as their complement, not an attack on it
    if _DATA_OF.search(f.low, 0, pos):
        return False
    # "l'attaque contre la FFR n'aurait débouché sur aucun paiement": the attack on it, named before the
    # negation, is given; what is denied is what came of it
    # (an attack named as such: "les systèmes d'information de l'Assurance maladie ne sont pas concernés"
    # denies that they were reached)
    if any(right_before(f.low, e, pos, 3) for _s, e in attacks_named_on(f, v)):
        return False
    # "Orpea n'est pas revenu sur l'attaque dont il a été la cible": its own attack, said through a pronoun, is
    # given; the negation bears on what it said of it
    if its_own_attack(f, v):
        return False
    # (or data said, in the passive, not to have been taken there: "at Western Health there is no sign
    # that anything was taken"; not "in exchange for not publishing the files they took")
    taken = [s for s, _e in v.cues.taken.spans(f) if _PASSIVE_BEFORE.search(f.low, max(0, s - 12), s)]
    # ("n'a pas subi de seconde attaque", "has not suffered a new breach": denying another attack
    # takes the first as given)
    incident = [s for s, _e in v.cues.incident.spans(f) if not _ANOTHER_BEFORE.search(f.low, max(0, s - 12), s)]
    return any(min(after) < s < reach for s in incident + taken)


# The article or possessive opening a subject, with the space before it ("que| les |serveurs").
_SUBJECT_ARTICLE = re.compile(r"\s*(?:(?:les|le|la|l|ses|son|sa|leurs|leur|des|du|the|its|their|any)\s+)?$")


# A short aside set off by commas, with its words apart (", the Interior Ministry says,").
_SHORT_ASIDE = re.compile(r"\s*,([^,;:.]{2,80}),")


def _said_aside(f: Folded, v: Vocabulary, at: int) -> bool:
    """Whether an aside set off by commas opens at `at` and holds a verb of saying: who says it, between a subject and
    its verb (", the Interior Ministry says,", « , affirme la direction, »)."""
    aside = _SHORT_ASIDE.match(f.low, at)
    return aside is not None and any(aside.start(1) <= s < aside.end(1)
                                     for s, _e in v.cues.reporting.spans(f) + v.cues.speaking.spans(f))


# The verb between an organisation and a word of sparing said of it ("was left", "has so far remained", « est restée »),
# in the conditional too (« serait restée », "would have been"), past an apposition that names it again and the
# pronoun taking it up (« ParkMobile, sa marque américaine, elle serait restée en dehors »).
_SPARED_PREDICATE = re.compile(r"(?:\s*,[^,;:.()]{1,80},(?:\s+(?:elle|il|elles|ils|it))?|\s*,\s+(?:elle|il|elles|ils))?"
                               r"(?:\s+(?:was|were|is|are|has|have|had|been|being|remained|remains|stayed|stays|left|"
                               r"would|also|still|so|far|largely|entirely|completely|fully|totally|itself|a|ont|est|sont|"
                               r"ete|etait|reste|restee|restes|restees|demeure|demeuree|serait|seraient|aurait|auraient|"
                               r"aussi|egalement|totalement|entierement|elle\s+meme|lui\s+meme))+\s+")
# What may stand between a word of sparing and what it spares, its object: an article ("a épargné le
# réseau", "spared the council"), not a preposition ("restées à l'abri chez X" spares something at X).
_SPARED_OBJECT = re.compile(r"\s+(?:(?:le|la|les|l|the)\s+)?")
# Words between the organisation whose systems are named before it and the word that spares them ("[le réseau
# informatique de la] Ville d'Yverdon-les-Bains a été épargné").
SPARED_SYSTEMS_GAP = 8


# Falling short of a risk, up to it: "not enough on their own to enable", « ne suffisent pas à eux seuls pour ».
_NOT_ENOUGH_TO = re.compile(r"\b(?:not\s+enough|not\s+sufficient|insufficient|pas\s+suffisante?s?|ne\s+suffi\w*\s+pas)"
                            r"(?:\s+(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|a\s+eux\s+seuls|a\s+elles\s+seules|"
                            r"a\s+lui\s+seul|a\s+elle\s+seule))?\s+(?:to|pour|a)\s+(?:[a-z]+\s+){0,4}(?:or\s+|ou\s+)?$")


# Nothing but an article ("the ransomware attack on [the] University of Manchester", « l'attaque contre [la] Ville »).
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:the|la|le|les|l)\s+)?")


# A relative clause on people, still open before the organisation ("shoppers who checked out through the").
_PEOPLE_WHO = re.compile(r"\bwho\b[^,;:]*$")


# A cleft before its negation ("ce ne sont pas", "ce n'est pas", "it was not"), and the "mais" or "but" that answers
# it within a few words ("des pirates mais une employée", "hackers but an employee").
_CLEFT_BEFORE = re.compile(r"\b(?:ce\s+(?:ne|n)\s+(?:est|sont|etait|etaient|fut|furent)|it\s+(?:was|is)|this\s+(?:was|is))\s+$")
_ANSWERED_BY_BUT = re.compile(r"(?:\s+[a-z-]+){1,6}\s*,?\s+(?:mais|but)\b")


# A negation that bears on who did it ("was not the work of outside hackers", « n'était pas l'œuvre de pirates », « n'est
# pas le fait d'un employé »): the deed is given, only its author is denied.
_NOT_THE_WORK_OF = re.compile(r"\s+(?:the\s+work|l\s+(?:œ|oe)uvre|le\s+fait)\s+(?:of|de|d|des|du)\b")


def _author_denied_at(f: Folded, clause: Clause, negations: list[tuple[int, int]]) -> int | None:
    """Where a clause's negations start when every one of them bears on who did it ("was not the work of outside
    hackers"), else None."""
    own = [(s, e) for s, e in negations if clause.start <= s < clause.end]
    if own and all(_NOT_THE_WORK_OF.match(f.low, e) for _s, e in own):
        return min(s for s, _e in own)
    return None


# A negation opening a phrase that qualifies another ("with no link", "without", "sans").
_WITH_NO = re.compile(r"(?:\bwith\s+(?:no|nothing)|\bwithout|\bsans)$")
# Data named with the organisation as their complement, right before it ("data on", "les données de la").
# (not a noun's complement itself: "les systèmes d'information de l'Assurance maladie" are its systems)
_DATA_OF = re.compile(r"(?<!\bd )\b(?:data|information|records|files|details|donnees|informations|fichiers|dossiers)\s+"
                      r"(?:on|of|from|held\s+by|de|du|des|d)\s+(?:(?:the|la|le|les|l)\s+)?$")


# What makes an attack another one than the incident's ("seconde", "nouvelle", "another", "fresh").
_ANOTHER_BEFORE = re.compile(r"\b(?:seconde?|deuxieme|nouvelle|nouvel|autre|second|new|another|further|fresh)\s+$")


# The passive's auxiliary right before a participle ("was taken", "ont été copiées").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|ete|etre|sont|soit|soient)\s+$")


# An attack noun inside a prepositional phrase ("any part in the attack on", "aucun rôle dans l'attaque
# contre"): what a negation of the sentence's verb presupposes.
# So is the attack a time phrase takes as given ("ne répondait plus après la cyberattaque contre le
# département", "has been down since the attack on"), and one a relative clause tells of ("depuis
# l'attaque qui a visé le département").
# ("aucune information bancaire n'a fuité lors du piratage de l'application d'Air Canada", "nothing
# was lost during the attack on")
_GOVERNED_NOUN = re.compile(r"(?:\b(?:in|of|for|behind|dans|de|derriere|pour|apres|after|since|following|depuis|suite a|"
                            r"during|pendant|durant|lors\s+de|au\s+cours\s+de)\s+(?:the|l|la|le|this|that|cette|cet)|"
                            r"\b(?:lors|au\s+cours)\s+du)\s+$")
_RELATIVE_HIT = re.compile(r"\b(?:qui|which|that)\s+(?:(?:a|avait|ont|avaient|has|had)\s+)?(?:(?:ete|been)\s+)?$")

# Between an organisation and the region that places it: ", en", ", in", ", qui regroupe en", "in".
# (past the town it is in: "l'Hôpital privé de la Loire, à Saint-Étienne, en Auvergne-Rhône-Alpes")
_PLACING = re.compile(r"\s*,?\s*(?:(?:a|in|at)\s+[a-z][a-z' -]{1,30},\s*)?(?:(?:qui|which|that)\s+\w+\s+)?"
                      r"(?:en|in|dans|au|based in|situé en|située en)\s+(?:la\s+|le\s+|l\s+|les\s+|the\s+)?")


# Where a suspect was arrested or charged, up to the region that places it ("a été interpellé mardi à Rennes, en
# Bretagne", "was arrested at his home in Brittany"): the arrest's place, not where the attack hit.
_ARRESTED_IN = re.compile(r"\b(?:interpelle|arrete|arrested|detained|apprehended|garde\s+a\s+vue)(?:e|s|es)?\b"
                          r"(?:[\s,]+[\w'-]+){0,8}?[\s,]+(?:en|in|dans)\s+(?:la\s+|le\s+|l\s+|les\s+|the\s+)?$")


def _places(f: Folded, start: int, end: int, region: Mention) -> bool:
    """Whether the region places the organisation at [start, end): an adjective on it ("l'hôpital
    francilien") or an apposition right after it ("L'hôpital Nord-Ouest, qui regroupe en
    Auvergne-Rhône-Alpes les sites...", "the hospital group in Occitanie")."""
    return start <= region.start < end + 2 or (region.start >= end and bool(_PLACING.fullmatch(f.low[end:region.start])))


# A role noun set after what it says, as the inverted speaker of its sentence ("…, the carmaker told customers",
# "…, said the company", « …, a précisé la société »).
_SAYS_BEFORE = re.compile(r",\s*(?:(?:said|says|told|added|adds|a\s+[a-z]+|ont\s+[a-z]+|indique|precise|ajoute|explique)\s+)?$")
_SAYS_AFTER = re.compile(r"\s*(?:[,;:.]|$|(?:said|says|told|tells|added|adds|explained|stressed|insisted)\b)")


def _organisations_and_regions(
    f: Folded, v: Vocabulary, about_incident: bool, anaphors: Sequence[Mention] = ()
) -> tuple[list[Found], list[Found], list[tuple[str, Value, int, bool]]]:
    """Organisations that are not mere speakers, regions that were hit, and self-reports.

    A region carried by a speaker's name ("l'ARS Hauts-de-France n'a pas confirmé...")
    counts only where the sentence speaks of the region itself ("patients de la région",
    "leurs territoires"), and takes that phrase's place for polarity.
    """
    orgs = find_mentions("organization", v, f)
    # "le conseil régional du Grand Est" names an organisation; its region is part of the name.
    # an adjective after a capitalised word is part of a name: "Le Courrier normand", not the region
    regions = [r for r in find_mentions("region", v, f) if not any(o.start <= r.start and r.end <= o.end for o in orgs)
               and not (f.text[r.start:r.end].islower() and re.search(r"\w\s+[A-ZÀ-ÝĀ-Ž][a-zà-ÿ]+\s+$", f.text[:r.start]))
               and not _BROADCASTER.search(f.text, 0, r.start)]
    names = agency_names(f, orgs, regions)
    if not about_incident:
        # D16: a region placing the incident's organisation is a claim in any sentence ("Le centre
        # hospitalier d'Arles, en Provence-Alpes-Côte d'Azur, compte restaurer...", "l'hôpital francilien")
        incident = v.profile.incident
        placed = [(m.start, m.end) for m in orgs if incident and m.value in incident.organizations]
        placed += [(a.start, a.end) for a in anaphors]
        regions = [r for r in regions if any(_places(f, s, e, r) for s, e in placed)]
    org_claims: list[Found] = []
    self_reports: list[tuple[str, Value, int, bool]] = []
    speaking_names = []
    # With the incident's organisations configured, a mention is a claim only where the sentence
    # presents it as attacked (LABELLING.md); the older sets, with none configured, count every
    # mention that does not speak, sign or partner (docs/claims.md, "Organisations").
    targets_only = bool(v.profile.incident and v.profile.incident.organizations)
    spans = tuple((n.org.start, n.end) for n in names)
    roles = [org_role(f, v, name) for name in names]
    # "British Airways, the BBC and Boots have all confirmed that their staff were caught up":
    # a list that reports on itself reports for each of its members
    groups = [coordinated(f.low, n.org.start, n.end, list(spans)) for n in names]
    for i, (role, _spared) in enumerate(roles):
        if role is None:
            roles[i] = next((r for r, g in zip(roles, groups) if r[0] == SELF and g == groups[i]), roles[i])
    for name, (role, spared) in zip(names, roles):
        if role in (SPEAKER, AFFILIATION, PARTNER):
            speaking_names.append(name)
            if role in (SPEAKER, AFFILIATION) and targets_only and described_as_hit(f, v, name.org.start, name.end):
                org_claims.append(("organization", name.org.value, name.org.start))
        elif role == SELF:
            self_reports.append(("organization", name.org.value, name.org.start, spared))
        elif not targets_only:
            org_claims.append(("organization", name.org.value, name.org.start))
        elif (anchor := attack_anchor(f, v, name.org.start, name.end, spans)) is not None:
            org_claims.append(("organization", name.org.value, anchor))
    # A role noun standing for an organisation ("l'établissement", "the trust") is a claim only
    # where the sentence presents it as attacked ("the trust was hit", "l'attaque contre
    # l'hôpital"): "the hospital says no data was taken" is the hospital speaking.
    # One set after its words, in a sentence that names no organisation, that reports the attack on its own systems
    # reports of itself, as its name would ("A hacker had got into its IT systems, the company said").
    for m in anaphors:
        role, spared = org_role(f, v, AgencyName(m, m.start, m.end, ()))
        if role == SELF and not names and _SAYS_BEFORE.search(f.low, 0, m.start) and _SAYS_AFTER.match(f.low, m.end):
            self_reports.append(("organization", m.value, m.start, spared))
        elif role not in (SPEAKER, AFFILIATION, PARTNER) and (anchor := attack_anchor(f, v, m.start, m.end, spans)) is not None:
            org_claims.append(("organization", m.value, anchor))
    in_speaker = {(r.start, r.end) for name in speaking_names for r in name.regions}
    scope = [s for s, _e in v.cues.region_scope.spans(f)
             if not any(n.start <= s < n.end for n in names)]
    # "une cyberattaque touchant le GRADeS régional": the region's own organisation was hit.
    regional = v.cues.regional.spans(f)
    for name in names:
        if name not in speaking_names and any(
            (s >= name.end and not f.low[name.end:s].strip()) or (e <= name.start and not f.low[e:name.start].strip())
            for s, e in regional
        ):
            scope.append(name.start)
    scope.sort()
    # D12: a region only in the name of a body the incident does not name as attacked
    # ("orchestrée par l'agence régionale de santé de Nouvelle-Aquitaine") places nothing
    bodies = [Mention("organization", value, s, e) for value, s, e in v.terms[OTHER_BODIES].find(f) if value] \
        if OTHER_BODIES in v.terms else []
    foreign = {(r.start, r.end) for name in agency_names(f, bodies, regions) for r in name.regions}
    region_claims: list[Found] = []
    for region in regions:
        if (region.start, region.end) in foreign or _ARRESTED_IN.search(f.low, 0, region.start):
            continue
        if (region.start, region.end) not in in_speaker:
            region_claims.append(("region", region.value, region.start))
        elif scope:
            region_claims.append(("region", region.value, scope[0]))
    return org_claims, region_claims, self_reports


def _negation_elsewhere(f: Folded, slot: str, pos: int, clause: Clause, only_risk: bool) -> bool:
    """Whether the clause's negation bears on something other than the claim at ``pos``.

    Advice warns of the risk it names, whatever it tells readers not to do, and so does advice
    reported ("La ville appelle les habitants à ne pas répondre aux courriels suspects", "told
    customers not to click on links"): the negation is the advice's. A remedy or a guard denied
    ("the flaw had not been patched", "with no second factor") still names how they got in."""
    if slot == "risk":
        return only_risk or bool(_ADVISED_NOT.search(f.low, clause.start, pos))
    if slot == "attack_vector":
        return bool(_REMEDY_DENIED.search(f.low, pos, clause.end))
    return False


# "its own systems", « ses propres serveurs »: what the organisation runs itself, as against a provider's.
_OWN_SYSTEMS = re.compile(r"\b(?:its|their|our)\s+own\b|\b(?:ses|leurs|nos)\s+propres\b|\b(?:son|sa|leur|notre)\s+propre\b")


def slot_claims(
    f: Folded,
    v: Vocabulary,
    clauses: list[Clause],
    attributed: bool,
    published: dt.date | None,
    only_risk: bool = False,
    context: Folded | None = None,
    anaphors: Sequence[Mention] = (),
) -> list[tuple[str, Value, str, bool]]:
    """(slot, value, polarity, hedged) for one sentence, one per slot value and polarity.

    `context` is a question the sentence answers ("Quelles données ont été volées ?
    Nom, prénom, âge."): its incident and compromise words count for the answer.
    """

    def said(name: str) -> bool:
        return getattr(v.cues, name).search(f) or bool(context and getattr(v.cues, name).search(context))

    negations = negation_spans(f, v.cues)
    vectors_risks = _vectors_and_risks(f, v, clauses)
    found: list[Found] = [x for x, _end in vectors_risks]
    risk_ends = {pos: end for (slot, _v, pos), end in vectors_risks if slot == "risk"}
    denied_by_rule: list[tuple[str, Value, int, bool]] = []
    # "kept any of its files or systems from being encrypted", "before anything could be encrypted":
    # the encryption warded off is denied, whatever else the clause asserts
    # "Unlike the ransomware that halted Colonial Pipeline's fuel deliveries in May, the intrusion at the MTA came
    # with no ransom", "Unlike a phishing email that someone clicks on, this went straight at MTU's network": the
    # way in a sentence sets its attack against is one it did not take (a phishing named there is no risk either)
    for pattern, ways_in in ((_ENCRYPTION_WARDED, lambda x: x[0] == "attack_vector"),
                             (_UNLIKE_OTHER, lambda x: x[0] == "attack_vector" or x[:2] == ("risk", "phishing"))):
        stretches = [m.span() for m in pattern.finditer(f.low)]
        ruled_out = [x for x in found if ways_in(x) and any(s <= x[2] < e for s, e in stretches)]
        denied_by_rule += [("attack_vector", value, pos, True) for _slot, value, pos in ruled_out]
        found = [x for x in found if x not in ruled_out]
    presupposed: set[int] = set()
    agent_given: set[int] = set()
    if not only_risk:
        # a region is a claim in a sentence about the incident: its attack, its data or its care
        about = said("incident") or said("compromise") or said("care_disrupted") or said("care_strong")
        orgs, regions, self_reports = _organisations_and_regions(f, v, about, anaphors)
        found += regions + orgs
        denied_by_rule += self_reports
        if said("compromise") or v.cues.spared.search(f) or _NOT_HELD.search(f.low):
            # "credential hijacking" names how they got in and "identity theft" a risk, not data
            # that was taken ("en usurpant les identifiants" does say the credentials were taken).
            # (a password guessed or fallen into their hands was the attackers' too: "a password was guessed")
            vector_starts = {pos for (slot, _v, pos), end in vectors_risks if slot == "attack_vector"
                             and not _GUESSED.search(f.low, pos, end)}
            risk_spans = [(pos, end) for (slot, _v, pos), end in vectors_risks if slot == "risk"]
            vector_spans = [(pos, end) for (slot, _v, pos), end in vectors_risks if slot == "attack_vector"]
            # A sentence saying what data lets criminals do ("associé au nom, un IBAN permet de
            # signer de faux mandats") names data that was taken only where its clause says so
            # ("les IBAN dérobés suffisent à certains escrocs").
            enabling = v.cues.enables.search(f)
            compromise = v.cues.compromise.spans(f)
            # D9: passwords leaked elsewhere and replayed ("credential stuffing", "réutilisés")
            # say how they got in, not what was taken here
            replayed = v.cues.credentials_elsewhere.search(f)
            # "the software the labs used to enter patient records", "une plateforme de dossiers
            # patients": what a tool holds or serves for, not what was taken from it
            use = v.cues.data_use.spans(f)
            # "it had reset and revalidated every user's credentials": log-ins renewed as a precaution
            # in a clause that says nothing was taken ("password-reset codes" are data listed; accounts
            # "taken over" and access "blocked" are no taking)
            renewed = [(s, e) for s, e in v.cues.credentials_reset.spans(f)
                       if not re.match(r"[\s-]*(?:codes?|tokens?|links?)\b", f.low[e:])]
            # "staff unable to open patient notes": records out of use are care (D26), not data taken
            tools_down, _words = clinical_tools_down(f, v)
            # "lab results, now compiled by hand, take longer to reach doctors": records named in a
            # clause about care slowed down, where nothing is said to be taken, are care too
            slowed = v.cues.care_strong.spans(f) + v.cues.care_unavailable.spans(f)
            taken_words = v.cues.taken.spans(f) + v.cues.compromise.spans(f)
            # (nor a use a tool or a password is put to: "tout mot de passe identique utilisé pour d'autres comptes")
            took = [(s, e) for s, e in taken_words
                    if not re.match(r"\s+over\b", f.low[e:]) and not _BLOCKED.search(f.low, 0, s)
                    and not any(us <= s < ue for us, ue in use)]
            # ("the ABC noted that the clinic keeps highly personal files on those it treats, from home addresses to
            # medical histories": what an organisation keeps, in a clause that says nothing was taken, is no data
            # taken)
            # (not one it never keeps: "because the group never keeps full payment card numbers" denies them)
            kept = [m.span() for m in _KEEPS.finditer(f.low) if not _NOT_BEFORE.search(f.low, 0, m.start())]
            data_mentions = [m for m in find_mentions("data_category", v, f) + elided_mentions("data_category", v, f)
                             if not _overlaps((m.start, m.end), tools_down)
                             and not ((_in_clause(slowed, clause_at(clauses, m.start))
                                       or _kept_before(kept, clause_at(clauses, m.start), m.start))
                                      and not _in_clause(taken_words, clause_at(clauses, m.start)))]
            # "no evidence that the stolen card details have been used", "aucune réutilisation des
            # données bancaires volées": the taking is presupposed, what is denied is the use.
            taken = v.cues.taken.spans(f)
            # "aucune autre donnée médicale n'est concernée", "no other medical data": the category
            # is among what was taken; only the rest is denied
            presupposed |= {m.start for m in data_mentions
                            if _taken_adjective(f, taken, m.start, m.end) or _OTHER_THAN_NAMED.search(f.low[:m.start])}
            found += [("data_category", m.value, m.start) for m in data_mentions
                      if m.start not in vector_starts and not _overlaps((m.start, m.end), risk_spans)
                      and (m.value == "credentials" or not _overlaps((m.start, m.end), vector_spans))
                      and (not enabling or _in_clause(compromise, clause_at(clauses, m.start))
                           or _after_colon_of(compromise, f, clauses, clause_at(clauses, m.start)))
                      and not (replayed and m.value == "credentials") and not led_by(f, use, m.start)
                      and not _UNSAID.match(f.low, m.end)
                      and not (m.value == "credentials" and _in_clause(renewed, clause_at(clauses, m.start))
                               and not _in_clause(took, clause_at(clauses, m.start)))
                      # ("must now choose longer passwords": the password the phrase makes harder is no data
                      # taken, whatever the clause says was hit)
                      and not (m.value == "credentials" and any(s <= m.start < e for s, e in renewed))
                      # (nor the one a reset verb takes for its object: « changer un mot de passe ne sert à rien »)
                      and not (m.value == "credentials" and any(_RESET_OBJECT.fullmatch(f.low, e, m.start)
                                                                for _s, e in renewed))]
        if context is not None and leading_answer(f, v):
            # "Vos données médicales ont-elles été volées ? Non : ...", "Aux numéros de carte ?
            # Pas davantage." denies what the question asks.
            denied_by_rule += [("data_category", m.value, 0, True) for m in find_mentions("data_category", v, context)]
        dates, date_spans = _attack_dates(f, v, published, clauses)
        # D12: "Vendredi 26 avril [...] reste étranger à l'intrusion", "le 13 mars, et non celle de l'attaque"
        disowned = _disowned_dates(f, v, published)
        dates = [d for d in dates if d[2] not in disowned]
        dates += _corrected_dates(f, v, published, disowned, dates)
        denied_by_rule += [("attack_date", iso, pos, True) for pos, iso in disowned.items()]
        # "since the attack began on 25 February", "à l'arrêt depuis la cyberattaque de samedi dernier":
        # the attack a time phrase takes as given dates it whatever the sentence then denies
        attack_words = v.cues.attack_event.spans(f)
        presupposed |= {pos for _slot, _iso, pos in dates
                        if any(e <= pos and len(f.low[e:pos].split()) <= DATE_GOVERNED_WORDS
                               and _GOVERNED_NOUN.search(f.low, 0, s) for s, e in attack_words)}
        # "nothing to do with Monday's cyberattack": a day owning the attack dates it, whatever is denied
        presupposed |= {pos for _slot, _iso, pos in dates
                        if (owner := _DAY_OWNING.match(f.low, pos)) and any(
                            s == owner.end() or _ONE_WORD.fullmatch(f.low, owner.end(), s) for s, _e in attack_words)}
        found += dates
        # "Not everyone accepts that the ransomware attack on the TTC caused no disruption": a way in
        # named in a definite phrase of the attack is given, whatever the sentence then denies
        attack_nouns = v.cues.attack_noun.spans(f)
        # (or the one "behind" it: "the Ryuk ransomware behind the attack was probably delivered through …")
        presupposed |= {pos for slot, _value, pos in found if slot == "attack_vector"
                        and (_DEFINITE.search(f.low, 0, pos) or _DEFINITE_NAMED.search(f.text, 0, pos))
                        and (_BEHIND_ATTACK.match(f.low, pos) or any(
                            pos < s <= pos + 30 and not re.search(r"[,;:.]", f.low[pos:s]) and len(f.low[pos:s].split()) <= 2
                            for s, _e in attack_nouns))}
        # "Depuis l'attaque au rançongiciel, Picoty ne peut plus…", "the attack with ransomware": the way in
        # an attack noun with its article names is given too
        presupposed |= {pos for slot, _value, pos in found if slot == "attack_vector" and any(
            _DEFINITE.search(f.low, 0, s) and (s < pos < e or _BY_MEANS.fullmatch(f.low, e, pos)) for s, e in attack_nouns)}
        # "les serveurs paralysés par le rançongiciel", "the systems crippled by the ransomware": the agent of a
        # participle, with its article, is the attack the sentence takes as given, whatever it then denies
        # (given, not vouched for: a hedge on the clause still doubts it)
        agent_given = {pos for slot, _value, pos in found if slot == "attack_vector"
                       and _PARTICIPLE_BY_THE.search(f.low, max(0, pos - 40), pos)}
        # "a ransomware event that, for now, had caused no harm to medical treatment": a negation inside the
        # relative clause says what the attack did not do, not that there was none (given as the agent is)
        agent_given |= {pos for slot, _value, pos in found if slot == "attack_vector"
                        and _negated_in_its_relative_only(f, pos, clause_at(clauses, pos), negations)}
        # "she would not name the strain of ransomware": what is kept back is which one, not that there was one
        presupposed |= {pos for slot, _value, pos in found if slot == "attack_vector" and _KIND_OF.search(f.low, 0, pos)}
        # "acknowledging that the attack on PGCPS could end with users' information disclosed": the
        # organisation a definite phrase of the attack names is not what the modal doubts
        attacks_on = [(s, e) for s, e in attacks_named_on(f, v) if _DEFINITE.search(f.low, 0, s)]
        presupposed |= {pos for slot, _value, pos in found if slot == "organization"
                        and any(e <= pos and _ARTICLE_ONLY.fullmatch(f.low, e, pos) for _s, e in attacks_on)}
        # "no other EnergyAustralia system was touched", « aucun autre établissement de Bourgogne-Franche-Comté
        # n'a été touché »: the others are spared, not the organisation or region they are set against
        presupposed |= {pos for slot, _value, pos in found if slot in ("organization", "region")
                        and _OTHER_THAN_NAMED.search(f.low, max(0, pos - 60), pos)}
        # "The ransomware that hit MTU's Cork campuses over the weekend of 4 February may have been spreading for
        # weeks": the attack a definite subject names, with whom it hit and when, is given; the modal doubts what is
        # said of it after
        that_hit = _THE_ATTACK_THAT_HIT.match(f.low)
        if that_hit:
            doubt = min((s for s, _e in v.cues.hedge.spans(f) if s >= that_hit.end()), default=None)
            if doubt is not None:
                presupposed |= {pos for _slot, _value, pos in found if pos < doubt}
        # "Out-of-date antivirus software may be part of the reason PhilHealth was breached": the breach a reason is
        # given for is taken as given; the modal doubts the reason
        presupposed |= {pos for slot, _value, pos in found if slot == "organization"
                        and _REASON_FOR.search(f.low, max(0, pos - 40), pos)}
        found += count_claims(f, v, date_spans, clauses)
        denied_by_rule += care_claims(f, v, clauses)
    else:
        found = [x for x in found if x[0] == "risk"]
    claims: dict[tuple[str, Value], tuple[str, bool]] = {}
    both: dict[tuple[str, Value, str], bool] = {}
    rejected: dict[tuple[str, Value], tuple[str, bool]] = {}

    def add(slot: str, value: Value, polarity: str, hedged: bool) -> None:
        if slot in BOTH_POLARITIES:
            both.setdefault((slot, value, polarity), hedged)
            return
        previous = claims.get((slot, value))
        # Named twice with both polarities ("la Corse ... selon l'ARS de Corse"): the denial wins;
        # a risk one clause rules out and another names stays a risk ("Un IBAN seul ne permet
        # pas de vider un compte, mais ... il permet de signer de faux mandats").
        wins = ASSERTED if slot == "risk" else DENIED
        # ("up to 3.9 million of its patients were in files copied from the vendor's network, although none of
        # its own systems were touched": its own systems spared deny nothing of its people's data taken, D10)
        if slot == "organization" and value in own_spared:
            wins = ASSERTED
        if previous is None or (previous[0] != wins and polarity == wins):
            claims[(slot, value)] = (polarity, hedged)

    risk_agents = v.cues.risk_agent.spans(f)  # who would misuse the data: "fraudster", « escroc »
    # organisations denied only as to their own systems ("none of its own systems were touched"): named in a
    # clause that says so, or denied by a rule in a sentence one of whose clauses does
    own_negated = [c for c in clauses if c.negated and _OWN_SYSTEMS.search(f.low, c.start, c.end)]
    own_spared: set[Value] = set()
    if own_negated:
        own_spared = {value for slot, value, pos in found if slot == "organization" and clause_at(clauses, pos) in own_negated}
        own_spared |= {value for slot, value, _pos, negated in denied_by_rule if slot == "organization" and negated}
    for slot, value, pos in found:
        clause = clause_at(clauses, pos)
        if clause.hypothetical and slot != "risk":
            continue  # "whether through a phishing email or a stolen password": a possibility states nothing
        # "shoppers who checked out through the Macy's mobile app were not affected": the organisation inside a
        # relative clause on people is where they did something; what is denied is that they were hit, and
        # the organisation is neither
        if slot == "organization" and clause.negated and _PEOPLE_WHO.search(f.low, clause.start, pos) and any(
                pos < s < clause.end for s, _e in negations):
            continue
        if slot == "organization" and clause.negated and not _org_denied(f, v, pos, clause, negations):
            clause = dataclasses.replace(clause, negated=False)
        # A risk is a possibility by nature: "pourraient", "could" do not hedge it; who warns
        # of it may ("experts say ... could let criminals", LABELLING.md D2).
        # What a definite phrase of the attack takes as given ("the Ryuk ransomware behind the attack was
        # probably delivered through a phishing e-mail") is not what the hedge doubts either.
        hedged = attributed or (clause.sourced if slot == "risk" or pos in presupposed else clause.hedged)
        negated = clause.negated and pos not in presupposed | agent_given \
            and not _negation_elsewhere(f, slot, pos, clause, only_risk)
        # ("The hack that hit Network Rail's station wi-fi on Wednesday was not the work of outside hackers": the hack,
        # its target and its day are given; only a way in named as its author is denied)
        if negated and (author := _author_denied_at(f, clause, negations)) is not None \
                and not (slot == "attack_vector" and pos > author):
            negated = False
        # ("report any charge they did not make": the negation is the risk's own words, not a denial of it)
        if slot == "risk" and negated and all(pos <= s < risk_ends.get(pos, pos) for s, _e in negations
                                              if clause.start <= s < clause.end):
            negated = False
        # "the details that were stolen are not enough on their own to enable identity or financial fraud": a risk
        # the data is said to fall short of is denied, though "not enough" denies nothing else (not_negation)
        if slot == "risk" and not negated and _NOT_ENOUGH_TO.search(f.low, max(clause.start, pos - 120), pos):
            negated = True
        if slot == "risk" and negated and _PAST_MISUSE.search(f.low, clause.start, pos):
            continue  # "nothing to suggest any of it has been used for identity theft": past misuse denied, no risk (D22)
        # (« de cette façon, aucun fraudeur ne pourrait ouvrir une carte de crédit à leur nom », "no fraudster could":
        # what a precaution would stop names the risk it stops; the negation bears on who would do it, not on a
        # misuse that did not happen, "no scammer has used the data")
        if slot == "risk" and negated and _WOULD.search(f.low, clause.start, clause.end) and all(
                any(e <= a and not f.low[e:a].strip() for a, _ae in risk_agents)
                for _s, e in negations if clause.start <= _s < clause.end):
            negated = False
        add(slot, value, DENIED if negated else ASSERTED, hedged)
    for slot, value, pos, negated in denied_by_rule:
        clause = clause_at(clauses, pos)
        if clause.hypothetical:
            continue
        add(slot, value, DENIED if negated else ASSERTED, attributed or clause.hedged)
    # "..., a claim the group dismissed as unfounded": what the claim asserts, the one who
    # rejects it denies (both are said; LABELLING.md D3 hedges the claim where its makers are
    # attackers or unnamed, and the rejection is a denial in its speaker's voice).
    taken_back = rebutted(f, v, clauses) if not only_risk else []
    for slot, value, pos in found if taken_back else ():
        clause = clause_at(clauses, pos)
        if slot in ("quote", "risk") or clause.hypothetical or clause.negated \
                or not any(s <= pos < e for s, e in taken_back):
            continue
        if slot in BOTH_POLARITIES:
            both.setdefault((slot, value, DENIED), False)
        elif claims.get((slot, value), (DENIED,))[0] == ASSERTED:
            rejected.setdefault((slot, value), (DENIED, False))
    return [(slot, value, pol, hedged) for (slot, value), (pol, hedged) in (*claims.items(), *rejected.items())] + [
        (slot, value, pol, hedged) for (slot, value, pol), hedged in both.items()]
