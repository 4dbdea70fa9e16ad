"""Tell an organisation that was hit from one that only speaks about the attack.

Agencies are named in most sentences of the coverage, but mostly as sources: "selon
l'ARS", "l'ARS assure qu'aucune donnée...", "a indiqué l'ARS", "the agency said",
"directrice générale de l'ARS Normandie", "a GRADeS spokesperson". Such a mention says
nothing about whether the organisation was targeted, so it makes no `organization`
claim, and a negation in what it says ("l'ARS assure qu'aucune donnée n'a été touchée")
never reaches it. The one exception is an organisation speaking of itself ("le GRADeS a
confirmé avoir été visé", "l'ARS indique ne pas avoir été touchée", "La Poste a reconnu
l'incident", "Environ 210 000 patients sont concernés, a annoncé le GHCB"): what it reports
must say it was hit or that data was taken, not only which data there is. Whether a
sentence otherwise presents an organisation as the one attacked is claims.extraction.targets.

An agency's name often carries regions ("l'ARS Hauts-de-France", "les agences régionales
de santé (ARS) Hauts-de-France, Normandie et Pays de la Loire", "the Normandy regional
health agency"); `agency_names` finds those regions so that the caller can tell a region
that was hit from one that only names a speaker. All cue words are the profile's data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.cues import negation_spans, spared_spans
from claims.extraction.lexicon import Folded, find_mentions, fold
from claims.extraction.model import Mention, Vocabulary
from claims.extraction.polarity import QUOTED, possibility_scopes
from claims.extraction.targets import attacks_named_on, clause_end, in_stolen_files, negated_between, predicate_hits, right_before
from claims.extraction.targets import word_count as _words

SPEAKER = "speaker"  # the organisation says or announces something
AFFILIATION = "affiliation"  # the organisation employs a speaker or signs a document
SELF = "self"  # the organisation speaks of itself being hit or spared
PARTNER = "partner"  # the organisation works on the response with others
# Words allowed between an organisation and its verb ("l'ARS n'a pas confirmé").
SUBJECT_GAP = 4
# Another subject coordinated after the organisation, up to the plural auxiliary they share (" et l'université de
# Californie à Los Angeles| ont confirmé", " and the city's school board| have confirmed").
_AND_ANOTHER = re.compile(r"^\s*(?:et|and)\s+(?:(?:l|la|le|les|the|its|son|sa|ses)\s+)?[a-z]+(?:\s+[a-z]+){0,7}?"
                          r"(?=\s+(?:ont|have)\s+$)")
# Words allowed between a verb and the organisation after it ("a confirmé mercredi l'ARS").
INVERTED_GAP = 3
# Words allowed between a title and the organisation ("directeur de la santé publique à l'ARS").
TITLE_GAP = 6
# Words after a speaking verb within which a self-report names the hit ("avoir été visé").
SELF_WINDOW = 8
# Words between an organisation's own systems and the word of the attack on them ("a breach of our own systems").
OWN_SYSTEMS_GAP = 6
# An apposition skipped between an organisation and its verb (", opérateurs e-santé des ARS,").
APPOSITION_WORDS = 8
# The same for an organisation the incident names, whose description may be long ("France
# Travail, the national employment agency formerly known as Pôle emploi, said").
LISTED_APPOSITION_WORDS = 15

_ACRONYM = re.compile(r"\s*\(\s*[a-z]{2,8}\s*\)")
_FIRST_REGION = re.compile(r"(?:\s+(?:de\s+la|de|du|des|d|of|for)\s+|\s+|\s*,\s*)$")
_NEXT_REGION = re.compile(r"(?:\s*,\s*|\s+(?:et|and)\s+)(?:(?:de\s+la|de|du|des|d|la|le|les)\s+)?$")
# "X a reconnu que", "X confirmed on Monday that"; for an organisation the incident names, also
# past an aside ("a confirmé dimanche, dans un mail à ses abonnés, qu'une cyberattaque").
_THAT = re.compile(r"\s*(?:\S+\s+){0,3}?(?:que|qu|that)\b")
_THAT_ASIDE = re.compile(r"\s*(?:[^\s,]+\s*){0,3}?(?:,[^,;.]{0,100},\s*)?\b(?:que|qu|that)\b")
# After a verb of saying, a comma and a conjunction open another clause: ", and the details...".
_NEW_CLAUSE = re.compile(r"\s*,?\s*(?:and|but|et|mais|while|tandis)\b")
_PASSIVE = re.compile(r"\b(?:ete|est|sont|etait|been|was|were|is|are|be)\b")
# "a annoncé mercredi soir avoir été victime", "confirmed on Monday that it had been hit":
# up to four words (a time, or a date written out: "a annoncé lundi 10 octobre 2022 avoir subi")
# may part the verb from what it reports.
# (or to be among those hit: « a confirmé figurer parmi les victimes », « compter parmi les cibles »)
_SELF_FR = re.compile(r"(?:\s+[a-z0-9]+){0,4}?\s+(?:ne\s+pas\s+|ne\s+|n\s+)?(?:avoir|etre|figurer|compter)\b")
_SELF_EN = re.compile(r"(?:\s+[a-z0-9]+){0,4}?\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have|was|were|is|are)\b")


@dataclass(frozen=True)
class AgencyName:
    """An organisation's mention with the regions its name carries."""

    org: Mention
    start: int
    end: int
    regions: tuple[Mention, ...]


def agency_names(f: Folded, orgs: list[Mention], regions: list[Mention]) -> list[AgencyName]:
    """Each organisation mention, extended over an acronym and the regions that follow or precede it."""
    low = f.low
    names = []
    for org in orgs:
        end = org.end
        m = _ACRONYM.match(low, end)
        if m:
            end = m.end()
        carried = []
        for region in regions:
            if region.start < end:
                continue
            gap = low[end:region.start]
            pattern = _NEXT_REGION if carried else _FIRST_REGION
            if not pattern.fullmatch(gap) and not (not carried and gap == ""):
                break
            carried.append(region)
            end = region.end
        start = org.start
        # "the Normandy regional health agency", "Normandy's regional health agency"
        before = [r for r in regions if r.end <= org.start and re.fullmatch(r"(?:\s+s)?\s+", low[r.end:org.start])]
        if before:
            carried.insert(0, before[-1])
            start = before[-1].start
        if names and names[-1].start <= org.start < names[-1].end:
            continue  # "(ARS)" after "agences régionales de santé" is the same name
        names.append(AgencyName(org, start, end, tuple(carried)))
    return names


# The subject after its verb, closing the clause: « a chiffré mercredi sa direction. », "said its chief executive,".
_INVERTED_SUBJECT = re.compile(r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|ce|"
                               r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|on))*"
                               r"\s+(?:sa|son|ses|leur|leurs|le|la|les|l|its|their|the)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s*(?:[,;:.]|$)")


def _official_report(f: Folded, v: Vocabulary, title_end: int, verbs: list[tuple[int, int]]) -> bool | None:
    """What an organisation's own official, named through it ("Manage My Health's chief executive, Vino Ramayah, has
    confirmed that someone gained unauthorised access to the patient portal"), says of the attack on it, as the
    organisation saying it would (`_self_report`): None where the official's verb reports no attack."""
    low = f.low
    # (the title's other words, then the official's name set off by commas: "chief executive, Vino Ramayah,")
    after = title_end + len(re.match(r"(?:\s+[a-z]+){0,2}(?:\s*,[^,;:.()]{1,40},)?", low[title_end:]).group())
    verb = next(((vs, ve) for vs, ve in sorted(verbs) if vs >= after), None)
    if verb is None or re.search(r"[,;:.()]", low[after:verb[0]]) or _words(low[after:verb[0]]) > SUBJECT_GAP:
        return None
    return _reported_attack(f, v, verb[1], True)


def _reported_attack(f: Folded, v: Vocabulary, verb_end: int, listed: bool) -> bool | None:
    """What the verb of saying ending at `verb_end` reports of the attack on its speaker's organisation: whether it
    says it was spared, by `_self_report` or else `_own_attack`; None where it reports neither."""
    spared = _self_report(f, v, verb_end)
    return spared if spared is not None else _own_attack(f, v, verb_end, listed)


def _self_report(f: Folded, v: Vocabulary, verb_end: int) -> bool | None:
    """After "a confirmé"/"indique": None, or whether the organisation says it was spared (True) or hit (False)."""
    pattern = _SELF_FR if v.lang == "fr" else _SELF_EN
    m = pattern.match(f.low, verb_end)
    if not m:
        return None
    window_end = verb_end + len(" ".join(f.low[verb_end:].split()[:SELF_WINDOW])) + 1
    hits = sorted((s, e) for s, e in v.cues.hit.spans(f) + v.cues.suffered.spans(f) if verb_end < s < window_end)
    first_hit = hits[0][0] if hits else window_end
    # a word of sparing said of itself, with no negation before it ("MTN Nigeria says it has escaped the attack",
    # "said it was unaffected", « affirme être restée épargnée »), says it was spared, as a negated hit would
    spared = next((s for s, _e in spared_spans(f, v.cues) if verb_end < s <= first_hit and s < window_end), None)
    negations = [s for s, _e in negation_spans(f, v.cues) if s >= verb_end]
    if spared is not None and not any(s < spared for s in negations):
        return True
    if not hits:
        return _found_attack(f, v, verb_end, window_end)
    return any(s < first_hit for s in negations)


# Its own people opening what it says ("its donors", "information about their customers", « ses clients »).
_SELF_PEOPLE = re.compile(r"\s+(?:that\s+|que\s+|qu\s+)?(?:(?:details|information|data|records|les\s+donnees|des\s+donnees)\s+"
                          r"(?:about|on|of|de)\s+)?(?:its|their|ses|leurs)\s+")


# Words between the verb of finding and the attack it found ("avoir détecté la veille, jeudi 30
# janvier, une « attaque virale »").
FOUND_ATTACK_GAP = 8


def _found_attack(f: Folded, v: Vocabulary, verb_end: int, window_end: int) -> bool | None:
    """"a reconnu avoir détecté une attaque", "said it had discovered a breach": the organisation
    reports finding the attack on itself, which is saying it was hit; "indique n'avoir constaté
    aucune intrusion" says it was spared. None where it reports no finding of an attack."""
    low = f.low
    attacks = [s for s, _e in v.cues.attack_noun.spans(f)]
    for s, e in v.cues.detection.spans(f):
        found = next((a for a in sorted(attacks) if e <= a and _words(low[e:a]) <= FOUND_ATTACK_GAP
                      and not re.search(r"[;.]", low[e:a])), None)
        if verb_end <= s < window_end and found is not None:
            # a negation before the finding or between it and the attack ("n'avoir constaté aucune intrusion")
            return any(verb_end <= n <= s or e <= n < found for n, _ne in negation_spans(f, v.cues))
    return None


def _denies_attack(f: Folded, v: Vocabulary, verb_start: int, verb_end: int) -> bool:
    """Whether the verb an organisation reports with is a denial bearing right on the attack, which
    turns round what it reports ("Temu denied it had been breached", « dément avoir été piraté »,
    « conteste toute intrusion »); not a denial of something else it then speaks of ("conteste
    l'ampleur décrite : ..."). The negations after the verb are read by _self_report and _own_attack."""
    if not any(s == verb_start and e == verb_end for s, e in negation_spans(f, v.cues)):
        return False
    low = f.low
    hits = v.cues.hit.spans(f) + v.cues.incident.spans(f) + v.cues.attack_noun.spans(f) + v.cues.taken.spans(f)
    first = min((s for s, _e in hits if s >= verb_end), default=None)
    return first is not None and not re.search(r"[,;:.]", low[verb_end:first]) and _words(low[verb_end:first]) <= DENIED_GAP


# Words between a verb of denial and the attack it denies ("denied it had been breached").
DENIED_GAP = 4
# Words between care and the word of being hit it is the subject of ("care was never affected").
CARE_SUBJECT_WORDS = 3


def _own_attack(f: Folded, v: Vocabulary, verb_end: int, listed: bool) -> bool | None:
    """After "X a reconnu que" / "X confirmed that": whether X speaks of the attack on itself
    ("des fichiers avaient été subtilisés sur ses serveurs", "its staff had been hit");
    None when it does not, else whether it says it was spared. An organisation the incident
    names as attacked that reports the breach ("Free confirmed that hackers had accessed...")
    speaks of itself even without "its"."""
    m = re.match(_THAT_ASIDE if listed else _THAT, fold(f.text[verb_end:]))
    if not m and not listed:
        return None
    rest = Folded(f.text[verb_end + (m.end() if m else 0):])
    # without "that"/"que", what it reports is its object ("a chiffré à 300 000 le nombre de
    # patients dont des informations ont été dérobées"), and must say data was taken
    # (or any attack at all, which it disputes or admits: « Temu conteste toute intrusion », read by
    # org_role against its verb)
    any_attack = _ANY.match(rest.low)
    disputed = any_attack is not None and any(s == any_attack.end() for s, _e in v.cues.attack_noun.spans(rest))
    if not m and v.lang != "en" and not disputed and not predicate_hits(rest, v, 0, clause_end(rest.low, 0)):
        return None
    # "..., Medibank said, and the details that were stolen...": another clause, not what it said
    if not m and _NEW_CLAUSE.match(rest.low):
        return None
    if not listed and not v.cues.self_reference.search(rest):
        return None
    # "n'a précisé ni le montant, ni la manière dont ils se sont introduits dans son réseau": what
    # it has not said is an open question, neither a report of the attack nor a denial of it
    said_hit = predicate_hits(rest, v)
    open_questions = possibility_scopes(rest, v)
    if open_questions and all(any(a <= s < b for a, b in open_questions) for s in said_hit):
        return None
    hits = v.cues.hit.spans(rest) + _compromise(rest, v) + v.cues.incident.spans(rest)
    if listed:
        # what it reports must say it was hit or data was taken ("hackers had taken", "a été
        # victime", "the breach"), not only which data there is ("2.1 million customers had a
        # number exposed", "a data set released online holds")
        hits += v.cues.taken.spans(rest)
        # (or that someone got in: "Dis-Chem Pharmacies says an unauthorised person got into a customer database")
        # (the victims a colon then counts are a statement of their own: « a révélé qu'un intrus avait copié le fichier
        # de ses abonnements : quelque 23 400 élèves sont concernés » reports its own breach first)
        if not (said_hit or v.cues.attack_noun.search(rest) or v.cues.entry.search(rest)) \
                or counts_victims(Folded(re.split(r"\s*[:;]\s", rest.text, maxsplit=1)[0]), v):
            return None
    if not hits:
        return None
    first = min(s for s, _e in hits)
    # ("stressed that care was never affected": what was not touched is care, said of its patients, not the
    # organisation reporting on itself)
    if any(e <= first and _words(rest.low[e:first]) <= CARE_SUBJECT_WORDS for _s, e in v.cues.care.spans(rest)):
        return None
    # ("said only that neither its operations nor its clients' systems had been affected": what was not touched is
    # its business, which says nothing of whether it was breached; said touched, it is what the attack cost, D37)
    negated = any(s < first for s, _e in negation_spans(rest, v.cues))
    if negated and any(m.end() <= first and _words(rest.low[m.end():first]) <= CARE_SUBJECT_WORDS + 4
                       for m in _OPERATIONS.finditer(rest.low)):
        return None
    # (nor is one more of its systems the whole of it: « qu'aucun autre de ses systèmes n'a été touché »: one was)
    if negated and any(e <= first and _words(rest.low[e:first]) <= CARE_SUBJECT_WORDS + 2
                       and _NOT_ALL_ITS_OWN.search(rest.low, max(0, s - 40), s) for s, e in v.cues.systems.spans(rest)):
        return None
    # It says it was spared only where the negation bears on being hit ("its own systems were
    # not breached"), not on some data ("SFR assure que les mots de passe n'ont pas fuité").
    if not any(s == first for s, _e in v.cues.hit.spans(rest)) or find_mentions("data_category", v, rest):
        return False
    return any(s < first for s, _e in negation_spans(rest, v.cues))


# An organisation's business, as what an attack did or did not touch ("its operations", « son activité »), and the
# money it holds for its customers ("its customers' funds were never touched", « l'argent des clients »).
_OPERATIONS = re.compile(r"\b(?:operations|business|activities|activites|activite|fonctionnement|production|"
                         r"funds|money|deposits|savings|fonds|argent|depots|avoirs)\b")


# A short subject, then the comma opening an aside right before the organisation ("Ticket sales, the").
_INCISE_BEFORE = re.compile(r"(?:^|[.;:!?]\s*)\s*(?:[\w'-]+\s+){0,3}[\w'-]+\s*,\s*(?:the\s+|l\s+|la\s+|le\s+|les\s+)?$")


# A free relative of what was done, right before the verb ("what was", « ce qui a été »).
_WHAT_WAS = re.compile(r"\b(?:what\s+(?:was|were|had\s+been|has\s+been|have\s+been)|"
                       r"ce\s+qui\s+(?:a|avait)\s+ete)\s+$")


# Data leaving the systems, a word of compromise that is the data's own (« ont quitté ses serveurs », "left its network").
_LEFT = re.compile(r"(?:quitte|sorti|left|leave)")


# "any" before a noun, right after the verb (« conteste toute intrusion »).
_ANY = re.compile(r"\s*(?:toute|tout|toutes|tous|aucune|aucun)\s+")


def _compromise(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """Words of being compromised, but not where they say only where something is kept (« ce type
    d'informations ne se trouve jamais sur ses systèmes »: « trouve » is not "found by the intruders")."""
    kept = v.cues.listed_in.spans(f)
    return [(s, e) for s, e in v.cues.compromise.spans(f) if not any(ks <= s < ke for ks, ke in kept)]


# What goes on from one of its systems to the next in a list ("nor its customer database", « ni ses serveurs »).
_LISTED_OWN = re.compile(r"\b(?:nor|or|and|ni|ou|et)\s+(?:its|their|our|ses|son|sa|leurs|leur|nos|notre)\b")


def _own_systems(f: Folded, v: Vocabulary) -> bool | None:
    """"its systems", "ses serveurs", "our network" reached: None when the sentence does not
    speak of the attack on the speaker's own systems, else whether it says they were spared
    ("Nothing we have found points to a breach of our own systems"). A possibility ("declined
    to say whether the intruders were inside its network") says neither."""
    low = f.low
    owners = [e for s, e in v.cues.self_reference.spans(f)]
    scopes = possibility_scopes(f, v)
    # "its other systems" were not reached: some system was, so that says nothing of the whole
    # (nor are its clients' systems its own: "neither its operations nor its clients' systems had been affected")
    own = [s for s, _e in v.cues.systems.spans(f) if any(o <= s and _words(low[o:s]) <= 2 for o in owners)
           and not any(ps <= s < pe for ps, pe in scopes) and not _NOT_ITS_OWN.search(low, max(0, s - 40), s)]
    hits = v.cues.hit.spans(f) + _compromise(f, v) + v.cues.attack_on.spans(f) + v.cues.incident.spans(f) + \
        v.cues.taken.spans(f) + v.cues.attack_noun.spans(f)
    if not own or not hits:
        return None
    # the word of the attack nearest to the systems (within a few words), and a negation on it
    # or between them ("Nothing we have found points to a breach of our own systems")
    # (not a hit word said of care in the clause before: "insists patient care has not been affected
    # and that its portal is running normally" denies nothing of the portal)
    # (nor one said in the clause before, of care or of data: "no evidence that anyone's information has been
    # misused and that its systems are secure again")
    # (the first of its systems named, or, where no word of the attack is near it, the next of a list that
    # goes on from it: "neither its information systems nor its customer database had been breached")
    listed = own[:1]
    for o in own[1:]:
        if _words(low[listed[-1]:o]) <= OWN_SYSTEMS_GAP and _LISTED_OWN.search(low, listed[-1], o):
            listed.append(o)
    for system in listed:
        close = [h for h in hits if _words(low[min(h[1], system):max(h[0], system)]) <= OWN_SYSTEMS_GAP
                 and not (h[1] <= system and _NEXT_REPORTED.search(low, h[1], system))]
        if close:
            break
    else:
        return None
    near = min(close, key=lambda h: abs(h[0] - system))
    first, last = min(near[0], system), max(near[1], system)
    window = max((m.end() for m in re.finditer(r"[,;:.«“\"]", f.text[:first])), default=0)
    # (a negation of another verb's gerund denies that verb only: "in exchange for not publishing
    # the files they took from its servers"; so does one of a verb whose object takes the breach as
    # given: "does not believe that any of the material taken from its systems concerns children")
    spared = any(window <= s < last and not _GERUND.match(low, e) and not _LOCKED_OUT.match(low, e)
                 and not any(e <= h and DEFINITE_AFTER_VERB.search(low, e, h) for h, _he in close)
                 for s, e in negation_spans(f, v.cues))
    # "nothing suggests that anyone's personal data was taken out of our systems": the denial bears on
    # the data taken, not on the systems being reached
    # (so does a denial of the data's leaving them, a word of compromise: « rien ne permettrait d'affirmer que des
    # données personnelles ont quitté ses serveurs » denies the data leaving, not the attack on the school)
    # (the pronoun "it" is no IT system: "Amtrak says it has no grounds to think the intruders ever reached its own
    # systems")
    taken_data = [m.start for m in find_mentions("data_category", v, f)] + \
        [s for s, e in v.cues.systems.spans(f) if f.text[s:e] != "it"]
    leaving = spared and near in v.cues.compromise.spans(f) and _LEFT.match(low, near[0])
    if (near in v.cues.taken.spans(f) or leaving) and any(window <= s < near[0] and s not in own for s in taken_data):
        # (though what was taken, named as such, was taken: "was not among what was taken from its systems")
        return False if _WHAT_WAS.search(low, 0, near[0]) else None
    # systems of one kind spared are not all of them (« aucune trace d'accès à nos systèmes de relation client,
    # financiers … »): some other may have been reached, so that denies nothing of the whole
    if spared and any(s == system and _SYSTEMS_OF_A_KIND.match(low, e) for s, e in v.cues.systems.spans(f)):
        return None
    return spared


# A kind after systems, with no article (« systèmes de relation client », « serveurs de messagerie »): some of them,
# not all (« systèmes d'information », the French for IT systems, are all of them).
_SYSTEMS_OF_A_KIND = re.compile(r"\s+(?:de|d)\s+(?!(?:l|la|le|les|ses|son|sa|leurs?|notre|nos|votre|vos|cette|ce|ces|"
                                r"information|informations|informatique|gestion\s+informatique)\b)[a-z]")


# One more of its systems than the one hit, right before them ("another of our systems", « un autre de nos
# systèmes »): what an organisation reporting on itself says of it is not said of the whole. Where the sentence
# speaks of its systems at all, "its other systems" are not the whole either.
_ANOTHER_ONE = r"\b(?:another\s+of|autre\s+de)\s+(?:its|our|their|ses|nos|leurs)\s+$"
# Whose systems they are, right before them, when not the speaker's ("its clients' systems", « les systèmes de ses clients »).
_OTHERS_OWN = re.compile(r"\b(?:clients?|customers?|partners?|suppliers?|users?)\s+(?:s\s+)?$")
# Systems that are not the whole of its own, read once before each: what an organisation says of itself
# (_own_attack), and, where the sentence speaks of its systems at all, "its other systems" too (_own_systems).
_NOT_ALL_ITS_OWN = re.compile(_OTHERS_OWN.pattern + "|" + _ANOTHER_ONE)
_NOT_ITS_OWN = re.compile(_OTHERS_OWN.pattern + "|" + _ANOTHER_ONE + r"|\b(?:other|autres?)\s+$")
# What befell a website or a helpline named after its organisation, in the passive: it was hit, it said nothing.
_SYSTEM_HIT = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:hacked|defaced|broken\s+into|"
                         r"breached|compromised|hijacked|taken\s+over|attacked|hit|targeted|knocked\s+out)\b")
# Before "with" / « avec », what makes the name after it an example or one more of a list, no partner.
_EXAMPLE_WITH = re.compile(r"\b(?:opens|opened|open|begins|began|starts|started|ends|ended|as|along|together|"
                           r"preuve|exemple|comme|ainsi\s+qu|de\s+meme\s+qu|cas)\s+$")


# A second thing reported after a first ("... and that its portal"): another clause.
# (or a clause of time: "patient care has not been affected while technicians bring its servers back")
_NEXT_REPORTED = re.compile(r"\b(?:(?:and|et)\s+(?:that|que|qu)|while|whilst|tandis\s+que|pendant\s+que)\b")


# Staff unable to get into their own machines ("could not get into their computers", "ne pouvaient plus
# accéder à leurs postes"): an outage the attack caused, no denial that it reached them.
_LOCKED_OUT = re.compile(r"\s+(?:(?:be\s+)?able\s+to\s+)?(?:get\s+into|get\s+onto|log\s+(?:in|into|on)|access|open|use|"
                         r"acceder|utiliser|se\s+connecter|"
                         # (« n'a plus accès à ses fichiers clients », "had no access to its systems")
                         r"acces\s+(?:a|au|aux)|access\s+to)\b")


# A definite noun phrase holding the hit word, object of another verb the negation bears on ("ne pas
# exploiter les données volées à Rolle", "Rien ne permet de lui attribuer la fuite de données d'Adidas",
# "does not believe that any of the material taken from its systems concerns children"): the
# phrase takes the breach as given; the negation denies the other verb. (After "that", "que", the
# definite phrase is the subject of the hit verb: "Nothing shows that the intruders reached our records".)
DEFINITE_AFTER_VERB = re.compile(r"(?:\b(?!(?:that|que|whether|when|lorsque|quand|"
                                 # (a word of evidence or belief opens a clause whose subject the definite is: "no
                                 # evidence the intruders reached its own systems", "nothing indicates the hackers got in")
                                 r"evidence|sign|signs|indication|indicates|indicated|suggests|suggested|shows|showed|"
                                 r"proof|think|believe)\b)[a-z]{3,}\s+|\b(?:any|all|none|some)\s+of\s+)"
                                 r"(?:the|la|le|les|l|ces|cette|this|these|those)\s+"
                                 r"(?:[a-z]+\s+){0,2}$")


# A gerund right after a negation ("not publishing"): the negation bears on it.
_GERUND = re.compile(r"\s+[a-z]+ing\b")

# A relative pronoun right before the verb that struck (past an auxiliary or an adverb: "who had first hit").
_RELATIVE_BEFORE = re.compile(r"\b(?:that|who|which|qui)\s+(?:(?:has|had|have|a|avait|ont|avaient)\s+)?(?:[a-z]+ly\s+)?$")
# What cannot stand between a title and the organisation it belongs to: the start of a clause.
_TITLE_BROKEN = re.compile(r"\b(?:that|who|which|que|qu|qui)\b")


# An apposition that is a noun phrase (", le syndicat mixte qui assure …,"), and a relative pronoun inside it.
_NOUN_FIRST = re.compile(r"\s*(?:le|la|les|l|un|une|the|a|an)\s")
_RELATIVE_IN = re.compile(r"\b(?:qui|dont|which|who|whose|that)\b")
# "Chez X, on …": a sentence opening on the place, then the people there as "on".
_CHEZ_BEFORE = re.compile(r"(?:^|[.;:!?]\s*)chez\s+(?:l\s+|le\s+|la\s+|les\s+)?$")
_ON_AFTER = re.compile(r"\s*,\s*on\s+")
# A preposition opening what follows an apposition (", …, to the leak site"): the name before it is an object.
_PREPOSITION_FIRST = re.compile(r"\s*(?:to|onto|into|on|at|from|for|with|sur|dans|pour|avec|chez)\s")


# A negation cue that is a participle (« écartée », « démenti », "dismissed"), and "par" / "by" then an article.
_DENYING_PARTICIPLE = re.compile(r".*\w{3}(?:e|ee|es|ees|i|ie|is|ies|ed)")
_BY_AGENT = re.compile(r"\s+(?:par|by)\s+(?:(?:l|la|le|les|the)\s+)?")


def org_role(f: Folded, v: Vocabulary, name: AgencyName) -> tuple[str | None, bool]:
    """The organisation's role in the sentence (SPEAKER, AFFILIATION, SELF or None) and, for SELF, whether it is denied."""
    low = f.low
    # What the incident's own organisations report is read more closely (claims.extraction.targets);
    # the first sets, with none configured, keep their older reading.
    listed = v.profile.incident is not None and name.org.value in v.profile.incident.organizations
    verbs = v.cues.reporting.spans(f) + v.cues.speaking.spans(f) + (v.cues.admission.spans(f) if listed else [])
    # (« Picard s'ajoute à la liste des enseignes piratées »: a reflexive "ajoute" is being added, not saying)
    verbs = [(s, e) for s, e in verbs if v.lang != "fr" or not re.search(r"(?:^|\s)s\s$", low[max(0, s - 3):s])]
    incident = v.cues.incident.spans(f)
    segment_start = max((m.end() for m in re.finditer(r"[,;:.()]", low[:name.org.start])), default=0)
    # "selon l'ARS", "according to a joint statement from the GRADeS"
    if any(segment_start <= s < name.org.start for s, _e in v.cues.source.spans(f)):
        return SPEAKER, False
    # « Une piste écartée par Nvidia », "a theory dismissed by the council": the agent of a participle of denying
    # is who denies, not what is denied
    if any(segment_start <= s and _DENYING_PARTICIPLE.fullmatch(low, s, e) and _BY_AGENT.fullmatch(low, e, name.org.start)
           for s, e in negation_spans(f, v.cues)):
        return SPEAKER, False
    # "posing as their insurer", "se faire passer pour Bouygues Telecom", "a report from the
    # British Library": named for what others do in its name or with it, not as the one hit
    if any(e <= name.org.start and _words(low[e:name.org.start]) <= 2 and not re.search(r"[,;:.()]", low[e:name.org.start])
           for _s, e in v.cues.org_not_target.spans(f)):
        return PARTNER, False
    # "working with Synnovis", "en lien avec l'ARS": a partner in the response, not the one hit
    # (not "with" that opens on an example: "the report opens with Redcar and Cleveland Borough Council, struck by",
    # « la preuve avec Vulcania, … attaqué », "as with", "along with")
    if any(e <= name.org.start and _words(low[e:name.org.start]) <= 2 and not re.search(r"[,;:.()]", low[e:name.org.start])
           and not (low[_s:e] in ("with", "avec") and _EXAMPLE_WITH.search(low, 0, _s))
           for _s, e in v.cues.partner.spans(f)):
        return PARTNER, False
    # "a Change Healthcare spokesperson said ..., confirming that the criminals who broke into
    # its systems": the organisation the incident names speaks of the attack on itself
    own = _own_systems(f, v) if listed else None
    if own is not None:
        return SELF, own
    # "directrice générale de l'ARS Normandie", "un courrier de l'ARS", "a GRADeS spokesperson"
    for s, e in v.cues.affiliation.spans(f):
        # the title and its organisation make one noun phrase: a verb or a "that" between them starts
        # what the speaker says ("a spokesman for the authority told Reuters that Norsk Hydro had been hit")
        if e <= name.org.start and not re.search(r"[,;:.()]", low[e:name.org.start]) \
                and _words(low[e:name.org.start]) <= TITLE_GAP and not _TITLE_BROKEN.search(low, e, name.org.start) \
                and not any(e <= vs < name.org.start for vs, _ve in verbs) \
                and not (low[s:e] in ("operator", "operators", "operateur", "operateurs") and not low[e:name.org.start].strip()):
            # ("state-run telecom operator BSNL had been breached": an operator right before the name is the
            # organisation's kind, not one of its staff)
            return AFFILIATION, False
        # ("hackers got into Orsanne's website": its website as what was reached, not as who speaks)
        if name.end <= s and _words(low[name.end:s]) <= 1 and not re.search(r"[,;:.()]", low[name.end:s]) \
                and not any(right_before(low, ae, name.org.start, 1) for _as, ae in v.cues.attack_on.spans(f)):
            # ("Vietnam Airlines' website was broken into the same afternoon": the website hit, no voice)
            if _SYSTEM_HIT.match(low, e):
                return None, False
            spared = _official_report(f, v, e, verbs) if listed else None
            return (SELF, spared) if spared is not None else (AFFILIATION, False)
    # "l'attaque contre Pharmascience rappelle la fragilité de la chaîne": what an attack noun governs is
    # not the subject of the verb after it
    if any(right_before(low, e, name.org.start, 1) for _s, e in attacks_named_on(f, v)):
        return None, False
    # "A gang that broke into the servers of Grozio Chirurgija has published …": what a relative clause on the
    # attackers struck is its object; the verb after it is the attackers'
    if any(right_before(low, e, name.org.start, 3) and _RELATIVE_BEFORE.search(low, max(0, s - 24), s)
           for s, e in v.cues.attack_on.spans(f) if e <= name.org.start):
        return None, False
    # "l'ARS assure", "les ARS n'évoquent", "the agency there has not commented"
    after = name.end
    if listed:
        after += len(re.match(r"\s*\)?", low[after:]).group())  # "du Grand Est (AROC) a reconnu"
    # (« Chez Transdev, on dément avoir été attaqué »: the "on" after "chez X," is the organisation's people, and
    # what they say the organisation says)
    chez = _ON_AFTER.match(low, after) if _CHEZ_BEFORE.search(low, 0, name.start) else None
    if chez:
        after = chez.end()
    # (a figure's thousands separator is no comma of the apposition's: ", home to roughly 30,000 students,")
    apposition = re.match(r"\s*,((?:[^,;:.]|(?<=\d)[,.](?=\d))*),", low[after:])
    # (", selon le quotidien Público, qui précise": what follows a source is the source's, not the organisation's)
    if apposition and any(after <= s < after + apposition.end() for s, _e in v.cues.source.spans(f)):
        apposition = None
    apposition_words = LISTED_APPOSITION_WORDS if listed else APPOSITION_WORDS
    apposition_end = after + apposition.end() if apposition else after
    # ("Gers Mobilités, le syndicat mixte qui assure le ramassage scolaire, a reconnu lundi qu'un intrus …": a verb
    # inside an apposition that is a noun phrase is the apposition's, and the name's own verb comes after it)
    noun_apposition = apposition is not None and bool(_NOUN_FIRST.match(apposition.group(1)))
    # the subject reaches its verb past a short apposition, or a longer one that is a noun phrase with its relative
    # clause ("le syndicat mixte qui assure chaque jour le ramassage scolaire de quelque 21 000 élèves du département")
    passable = apposition is not None and (_words(apposition.group(1)) <= apposition_words
                                           or (noun_apposition and bool(_RELATIVE_IN.search(apposition.group(1)))))
    for verb_start, verb_end in sorted(verbs):
        if verb_start < after or (noun_apposition and verb_start < apposition_end):
            continue
        gap = low[apposition_end:verb_start] if passable and verb_start >= apposition_end else low[after:verb_start]
        # ("Siemens Energy et l'université de Californie à Los Angeles ont confirmé figurer parmi les victimes": a
        # subject coordinated with another, not named in the config, reaches the verb they share)
        gap = _AND_ANOTHER.sub("", gap, count=1)
        if re.search(r"[,;:.()]", gap) or _words(gap) > SUBJECT_GAP or _PASSIVE.search(gap):
            break
        # ("… au CHI des Trois-Vallées, entre serveurs à remplacer et renforts extérieurs, a chiffré mercredi sa
        # direction": a verb whose subject follows it, after an aside, is not the organisation's)
        if gap != low[after:verb_start] and _INVERTED_SUBJECT.match(low, verb_end):
            break
        # ("ticket sales, the FAI pointed out, go through a third-party platform and were not touched": a
        # verb closing an aside set inside a short subject and its verb has no complement after it; what
        # it reports is the clause around it)
        opening = _INCISE_BEFORE.search(low, 0, name.start)
        closing = opening is not None and re.match(r"\s*,", low[verb_end:]) and not _THAT_ASIDE.match(low, verb_end)
        spared = None if closing else _reported_attack(f, v, verb_end, listed)
        # "Canteen has confirmed that information about its donors was among the stolen files": its own people
        # in the files taken is its own breach (D10), which it says
        if spared is None and not closing and _SELF_PEOPLE.match(low, verb_end) and in_stolen_files(f, v):
            spared = False
        if spared is not None:
            return SELF, spared != _denies_attack(f, v, verb_start, verb_end)
        # "La Poste a reconnu l'incident", "SFR a confirmé vendredi une fuite de données";
        # ", M&S has confirmed," after what it confirms
        stating = v.cues.reporting.spans(f) + v.cues.admission.spans(f)
        if listed and ((any(right_before(low, verb_end, s, INVERTED_GAP) and not negated_between(f, v, verb_start, s)
                            for s, _e in v.cues.attack_noun.spans(f)) and (verb_start, verb_end) in stating) or
                       (re.match(r"\s*(?:[,;:.]|$)", low[verb_end:]) and not negated_between(f, v, after, verb_start)
                        and _reported_hit(f, v, name.start, verb_end))):
            return SELF, False
        return SPEAKER, False
    # "a indiqué l'ARS.", "said the agency", "annoncée par trois ARS"
    tail = low[name.end:]
    # (not a verb's object set off by an apposition before its preposition: "added Mediclinic, the South African
    # private hospital group, to the leak site it runs")
    if apposition and _PREPOSITION_FIRST.match(low, apposition_end):
        return None, False
    if re.match(r"\s*(?:[,;:.)]|$)", tail):
        for _s, verb_end in verbs:
            gap = low[verb_end:name.start]
            if verb_end <= name.start and _words(gap) <= INVERTED_GAP and not re.search(r"[,;:.()]", gap) \
                    and not any(verb_end <= s < name.start for s, _e in incident):
                # "Les dossiers de 3 000 patients ont été copiés, a reconnu le GHCB"; but "Environ
                # 210 000 patients sont concernés, a annoncé le GHCB" announces the victims (D18)
                reported = listed and _reported_hit(f, v, verb_end) and \
                    not counts_victims(Folded(f.text[:name.start]), v)
                return (SELF, False) if reported else (SPEAKER, False)
    return None, False



def employers(f: Folded, v: Vocabulary) -> list[str]:
    """The incident's organisations that employ a speaker of the sentence, named outside its
    quotations ("Allianz Life spokesman Brett Weinberg said", "A.P. Moller-Maersk chief
    executive Søren Skou said"): a quotation in the first person that tells of the attack speaks
    for them, as a spokesperson named only by the organisation does (D7)."""
    incident = v.profile.incident
    if incident is None or not incident.organizations:
        return []
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(f.text)]
    orgs = [m for m in find_mentions("organization", v, f) if m.value in incident.organizations
            and not any(s <= m.start < e for s, e in quoted)]
    return [name.org.value for name in agency_names(f, orgs, []) if org_role(f, v, name)[0] == AFFILIATION]

# Words before the people that may count them ("about 100 million people").
VICTIMS_GAP = 4
# Between the people counted and the word saying they were hit: "were", "could be", "sont", nothing.
_BE = re.compile(r"(?:\s+(?:were|was|are|is|be|been|have|has|had|could|may|might|would|will|sont|ont|ete|etaient|"
                 r"seraient|seront|serait|pourraient|etre|en tout|au total|in all))*\s+")
# What counts them, a few words before: a figure, or "the number of".
_COUNTED = re.compile(r"\d|\b(?:number|nombre|millions?|milliers|thousands|hundreds|centaines)\b")


def counts_victims(f: Folded, v: Vocabulary) -> bool:
    """Whether what is reported announces the victims (LABELLING.md D18): people said to be hit
    ("about 100 million people were caught up", "Environ 210 000 patients sont concernés", "the
    number of people affected"). An organisation announcing them is a reporter, not the one it
    presents as attacked."""
    people = [e for s, e in v.cues.count_victims.spans(f) if _COUNTED.search(" ".join(f.low[:s].split()[-VICTIMS_GAP:]))]
    hits = v.cues.hit.spans(f) + v.cues.taken.spans(f)
    return any(e <= s and _BE.fullmatch(f.low[e:s]) for s, _e in hits for e in people)


def _reported_hit(f: Folded, v: Vocabulary, before: int, after: int | None = None) -> bool:
    """Whether what is reported around a speaker's tail ("…, a annoncé le GHCB", "…, M&S has
    confirmed", "Personal data, the British Library now accepts, was stolen", "Free
    apologised: « … your data was compromised »") says it was hit or data was taken, with no
    negation in it ("no sign that banking data was taken, Medibank said" speaks of data, not
    of the organisation)."""
    start = max((m.end() for m in re.finditer(r"[«“\"]", f.text[:before])), default=0)
    # ", M&S has confirmed, was stolen" goes on with the clause; ", Medibank said, and the details
    # that were stolen..." opens another one, which is not what it said
    goes_on = after is not None and not _NEW_CLAUSE.match(f.low[after:])
    spans = [(start, before)] + ([(after, clause_end(f.low, after))] if goes_on else [])
    return any(predicate_hits(f, v, s, e) and not negated_between(f, v, s, e) for s, e in spans)
