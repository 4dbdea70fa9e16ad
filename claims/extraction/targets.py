"""Tell whether a sentence presents an organisation as the one attacked.

The labels (tests/claims/realstyle/LABELLING.md) count an organisation only where the text
presents it as attacked, breached, or says it was not: an attack or a breach linked to it
("l'attaque contre l'hôpital", "the attacks on M&S, the Co-op and Harrods"), a word of being
hit after it ("a été victime", "was breached", "figurent parmi les victimes"), its systems or
data reached ("Kestrel's network", "le fichier Boulanger"), its people's data taken ("les
informations de 50 000 clients de SFR ont fuité"), data taken at it ("at British Airways,
banking information was taken"), a regulator sanctioning it over data taken, a list after
a colon that names those hit, or what it did or underwent after the attack, as the subject
of the sentence ("Trois jours après la cyberattaque, l'hôpital reporte ses opérations"). An
organisation that reports, counts, notifies or serves customers is not presented so; what
it reports of itself is read in claims.extraction.roles. All cue words are the profile's data.
"""

from __future__ import annotations

import re

from claims.extraction.cues import negation_spans
from claims.extraction.discourse import role_heads
from claims.extraction.lexicon import Folded, find_mentions
from claims.extraction.model import Vocabulary
from claims.extraction.polarity import ON_LEAK_SITE, PUT_ON_SITE, PUT_WHEN, QUOTED, Clause, clause_at, possibility_scopes

# Words between an organisation and the word saying it was hit ("n'est pas le seul à avoir été visé").
TARGET_GAP = 6
# Words between the attackers and what they did ("hackers had reached", "les pirates ont pu copier").
ATTACKER_GAP = 3
# Words between "après"/"after" and the attack ("après une attaque informatique", "days after a cyber incident").
AFTERMATH_GAP = 3
# Words between an organisation and the word saying it was hit, across "not the only one"
# ("Boulanger n'est pas le seul à avoir été visé", "is not the first hospital to be hit").
NOT_ONLY_GAP = 14
# Appositions skipped between an organisation and the word saying it was hit.
APPOSITIONS = 8

# An auxiliary (with at most one word, a negation or an adverb, after it) right before a participle.
_AUXILIARY = {
    "en": re.compile(r"\b(?:been|was|were|is|are|be|had|has|have)\s+(?:[a-z]+\s+)?$"),
    "fr": re.compile(r"\b(?:ete|etre|ont|a|avait|avaient|sont|est|etaient|etait|aurait|auraient|serait|seraient|auront|"
                     r"seront|sera)\s+(?:[a-z]+\s+)?$"),
}
# A pronoun subject right before a verb of taking in the past ("files it says it stole", "they
# took"): the English simple past needs no auxiliary to be the clause's predicate. (Not a verb of
# hitting: "before they struck" tells when, not what was reached.)
_PRONOUN_SUBJECT = {"en": re.compile(r"\b(?:it|they|he|she)\s+$")}
# Having something taken: "430,000 customers had their details stolen", "Co-op a vu les données de
# ses membres dérobées" (the owner, then what was taken, then the word of taking).
_UNDERWENT = {
    "en": re.compile(r"\b(?:had|have|has)\s+(?:their|its|his|her|some|all|the)\s+(?:[a-z]+\s+){0,3}$"),
    "fr": re.compile(r"\b(?:vu|voit|voient|verront)\s+(?:leurs|leur|ses|sa|son|les|des)\s+(?:[a-z]+\s+){0,5}$"),
}
# Names listed before the one an attack word reaches ("the attacks on M&S, the Co-op and Harrods").
_NAMES_BEFORE = re.compile(r"(?:\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?[A-ZÀ-ÝĀ-Ž][\w&'’-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w&'’-]*)*"
                           r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+))+(?:the\s+|la\s+|le\s+|les\s+|l['’])?")
# What may open a clause before its subject's name: an article and capitalised words.
# ("Barcelona's Hospital Clínic": a capitalised possessive is part of it)
_NAME_HEAD = re.compile(r"\s*(?:(?:the|The|le|Le|la|La|les|Les|l['’]|L['’])\s*)?(?:[A-ZÀ-ÝĀ-Ž][\w-]*(?:['’]s)?\s+){0,3}")
# Capitalised words that go on a name past what the lexicon matched ("de Dax-Côte d'Argent").
# ("Frontignan la Peyrade": an article before a capitalised word goes on the name too)
_NAME_TAIL = re.compile(r"(?:[-’' ]+(?:d['’]|de |du |la |le |les )?[A-ZÀ-ÝĀ-Ž][\w]*)*")
# "n'est pas le seul", "is not the first": the organisation is among those hit.
_NOT_ONLY = re.compile(r"\b(?:pas|not|never|jamais)\s+(?:(?:le|la|l|the|a)\s+)?(?:seul|seule|premier|premiere|only|first)\b")
# A number's decimal or thousands mark ("1,5 million", "£14.5 million"), which parts no words.
_DECIMAL = re.compile(r"\d[,.]\d")
# An apposition after a name, up to the comma that closes it.
_APPOSITION = re.compile(r"\s*,[^,;:.]{0,140}(?=,)")
# Between members of a list of organisations: ", ", " and ", " et ", ", ainsi que ", with an article.
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|as\s+well\s+as\s+|ainsi\s+que\s+)"
                           # the preposition repeated ("clients de Gucci, de Balenciaga et d'Alexander McQueen")
                           r"(?:(?:de|du|des|of|at|chez|d)\s+)?(?:(?:the|la|le|les|l)\s+)?"
                           # the second one's kind before its name ("et la communauté d'agglomération GrandAngoulême")
                           r"(?:(?:the|la|le|les|l)\s+(?:[a-z-]+\s+){1,3})?")


def right_before(low: str, e: int, start: int, words: int, breaks: str = "[,;:.()«»“”]") -> bool:
    """Whether a cue ending at e is right before start: few words, none of the `breaks` marks between."""
    return e <= start and word_count(low[e:start]) <= words and not re.search(breaks, low[e:start])


def clause_end(low: str, pos: int) -> int:
    """Where the clause at pos ends: after the next full stop or semicolon (a decimal point, "₹94.42
    crore", ends nothing)."""
    m = re.compile(r"[;.](?!\d)").search(low, pos)
    return m.end() if m else len(low)


def clause_start(low: str, pos: int, marks: str = ".;:(") -> int:
    """Where the stretch of text before pos begins: right after the last of `marks` before it (not a
    decimal point or a time's colon between digits: "stole ₹94.42 crore from")."""
    last = -1
    for c in marks:
        i = low.rfind(c, 0, pos)
        while c in ".:" and i > 0 and _DECIMAL.match(low, i - 1):
            i = low.rfind(c, 0, i)
        last = max(last, i)
    return last + 1


def unbroken(text: str) -> bool:
    """Whether no comma, semicolon, colon or bracket cuts text; a number's thousands mark ("8,000")
    cuts nothing."""
    return not re.search(r"[,;:()]", _DECIMAL.sub("0", text))


def negated_between(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Whether a negation cue that no neutraliser covers starts in f.low[start:end]."""
    return any(start <= s < end for s, _e in negation_spans(f, v.cues))


def word_count(text: str) -> int:
    """How many words text holds."""
    return len(text.split())


def predicate_hits(f: Folded, v: Vocabulary, start: int = 0, end: int | None = None) -> list[int]:
    """Where, in f.low[start:end], a word of being hit or of data taken is the clause's predicate:
    after an auxiliary ("had been taken", "ont été touchées", "n'ont pas fuité") or with the
    attackers as its subject ("hackers had reached", "a hacker copied"); not a participle that
    names data already taken ("les informations dérobées comprennent", "a data set released")."""
    low = f.low
    end = len(low) if end is None else end
    attackers = [e for _s, e in v.cues.attacker.spans(f)]
    out = []
    taken_spans = v.cues.taken.spans(f)
    taken = {s for s, _e in taken_spans}
    for s, _e in sorted(v.cues.hit.spans(f) + taken_spans):
        if not start <= s < end:
            continue
        if _AUXILIARY[v.lang].search(low[max(start, s - 40):s]) or any(right_before(low, a, s, ATTACKER_GAP) for a in attackers) \
                or (s in taken and v.lang in _PRONOUN_SUBJECT and _PRONOUN_SUBJECT[v.lang].search(low[max(start, s - 12):s])) \
                or _UNDERWENT[v.lang].search(low[max(start, s - 60):s]):
            out.append(s)
    return out


def coordinated(low: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of the list the organisation belongs to ("La BBC, British Airways et Aer Lingus")."""
    spans = sorted(set(others) | {(start, end)})
    i = spans.index((start, end))
    lo = hi = i
    while lo > 0 and _COORDINATION.fullmatch(low[spans[lo - 1][1]:spans[lo][0]]):
        lo -= 1
    while hi + 1 < len(spans) and _COORDINATION.fullmatch(low[spans[hi][1]:spans[hi + 1][0]]):
        hi += 1
    # a list ends on "and"/"et"; "Change Healthcare, the UnitedHealth Group unit" is an apposition
    if not any(re.search(r"\b(?:and|et|as well as|ainsi que)\b", low[spans[k][1]:spans[k + 1][0]]) for k in range(lo, hi)):
        return start, end
    return spans[lo][0], spans[hi][1]


def _subject(f: Folded, v: Vocabulary, start: int) -> bool:
    """Whether the organisation opens its clause ("Quatre jours après l'attaque, le CHSF prévoit"; after a dateline's
    dash too: "MELBOURNE — Oxfam Australia is investigating")."""
    clause = max((m.end() for m in re.finditer(r"[,;:.()«»“”—–]", f.low[:start])), default=0)
    # only an article and capitalised words of the name ("The Simone Veil hospital"), not a verb
    # ("LockBit put the hospital")
    if _NAME_HEAD.fullmatch(f.text[clause:start]):
        return True
    # (or after the "que" of a cleft that puts a time or place first: « C'est le 6 août, soit neuf jours avant de
    # rendre l'affaire publique, que Workday a repéré l'intrusion », "It was on 6 August that Workday found")
    if _CLEFT_THAT.search(f.low, clause, start) and _CLEFT_OPENING.match(f.low):
        return True
    # or the kind the press puts before a name ("L'abattoir luxembourgeois Cobolux", "the Australian bookseller
    # Dymocks": one of the role nouns that may stand for an organisation) or what of it the clause speaks of ("Les
    # hôpitaux de Vivalia tournent au ralenti"), with no verb among its words ("the hackers hit Dymocks", "les
    # pirates ont visé", "The regulator forced Transalpe to pay")
    head = f.low[clause:start]
    return bool(_KIND_HEAD.fullmatch(f.text[clause:start])) and not _NOT_KIND.search(head) and (
        any(word in role_heads(v) for word in head.split()) or bool(_OWNER_LINK.search(head)))


# The "que" / "that" of a cleft right before the name, and the cleft's opening ("c'est", "it was").
_CLEFT_THAT = re.compile(r"(?:^|\s)(?:que|qu|that)\s+(?:(?:the|la|le|l)\s+)?$")
_CLEFT_OPENING = re.compile(r"\W*(?:c\s+est|c\s+etait|it\s+was|it\s+is)\s")


# An article, then up to three words of a kind, lower-case or not, then the name.
_KIND_HEAD = re.compile(r"\s*(?:the|The|le|Le|la|La|les|Les|l['’]|L['’])\s*(?:[a-zà-ÿ][\w-]*\s+)(?:[\w-]+\s+){0,2}")
# The name as the owner of what the clause speaks of ("les hôpitaux de", "the servers of the").
_OWNER_LINK = re.compile(r"\b(?:de|du|des|d|of)\s+(?:(?:la|l|le|les|the)\s+)?$")
# Words that make those a clause of their own: auxiliaries, verbs of attacking, attackers.
_NOT_KIND = re.compile(r"\b(?:a|ont|avait|avaient|est|sont|etait|sera|has|have|had|was|were|is|are|will|would|did|does|"
                       r"hit|hits|struck|targeted|targets|attacked|breached|hacked|put|vise|visent|frappe|frappent|"
                       r"hackers?|attackers?|pirates?|gang|group|groupe|criminals?|cybercriminels?|thieves|voleurs|"
                       r"que|qui|who|which|that|than|dont)\b")


# What hedges the attack's name after "after" ("after what appears to have been", "après ce qui
# ressemble à"): the attack is still the one it underwent, put as likely.
_SEEMING = re.compile(r"(?:\s+(?:what|ce\s+qui|ce\s+que)\s+(?:appears?|appeared|seems?|seemed|looks?|looked|is\s+believed|"
                      r"was\s+believed|semble|semblait|ressemble|ressemblait|paraît|paraissait)"
                      r"(?:\s+(?:to\s+have\s+been|to\s+be|like|être|avoir\s+été|à))?"
                      # (or what the organisation itself calls it: "after what it called a cyber incident", « après ce
                      # qu'elle a qualifié d'incident »)
                      r"|\s+what\s+(?:it|they)\s+(?:has\s+|have\s+)?(?:called|calls|call|described\s+as|describes\s+as|termed|terms)"
                      r"|\s+ce\s+qu\s+(?:il|elle|ils|elles)\s+(?:a|ont)\s+(?:qualifie|decrit|appele)e?s?\s+(?:de|d|comme)"
                      # (in the present too: « ce qu'elle qualifie d'intrusion », « ce qu'il appelle une attaque »)
                      r"|\s+ce\s+qu\s+(?:il|elle|ils|elles)\s+(?:qualifient|qualifie|decrivent|decrit|appellent|appelle)"
                      r"(?:\s+(?:de|d|comme))?)?")

# A verb of finding between "after" and the organisation's own name for the attack ("after detecting what it
# called a network breach", « après avoir découvert ce qu'elle qualifie d'intrusion »): the attack is still the one
# it underwent, the gloss apart.
_FINDING_GLOSS = re.compile(r"(?:\s+(?:detecting|discovering|spotting|identifying|noticing|finding|"
                            r"avoir\s+(?:detecte|decouvert|constate|repere|identifie))(?=\s+(?:what|ce\s+qu)\b))?")


def _aftermath(f: Folded, v: Vocabulary, start: int, others: list[tuple[int, int]], subject: bool = True) -> int | None:
    """The organisation is the subject of a sentence that tells what it did or underwent after
    the attack ("a déclenché son plan blanc après une attaque", "has stopped taking orders days
    after a cyber incident", "Trois semaines après la cyberattaque, l'hôpital retrouve"); an
    attack said to be on someone else ("après une cyberattaque contre Synnovis") is not its own.
    Returns where the attack is named (what the claim's polarity is read at: "n'a toujours pas rouvert
    ses urgences après la cyberattaque" denies the reopening, not the attack), or None. `subject=False`
    is for a caller that has placed the organisation otherwise (a speaker after its statement)."""
    low = f.low
    if subject and not _subject(f, v, start):
        return None
    nouns = v.cues.attack_noun.spans(f)
    # the attack noun's own target, when it is another organisation
    elsewhere = [s for s, e in v.cues.attack_on.spans(f)
                 if any(o != start and right_before(low, e, o, 3) for o, _oe in others)]
    for _s, e in v.cues.aftermath.spans(f):
        e += len(_FINDING_GLOSS.match(low, e).group())  # "after detecting what it called"
        e += len(_SEEMING.match(low, e).group())  # "after what appears to have been a cyberattack"
        for ns, ne in nouns:
            # (the attack may be named in the organisation's own quoted words: "after what it called a “significant
            # IT breach”")
            if not right_before(low, e, ns, AFTERMATH_GAP, breaks="[,;:.()»”]") or any(ns <= t <= ne + 1 for t in elsewhere):
                continue
            on = _ON_ANOTHER.match(low, ne)
            if on and not _ON_ITSELF.match(low, ne) and not (subject and
                    on.end() <= start <= on.end() + 60 and not re.search(r"[;.]", low[on.end():start])):
                continue  # "after a cyberattack on its courier", not "on their parent company, X"
            return ns
    # "Tesco Bank stopped online payments after money was taken from 20,000 accounts", "après que des
    # données ont été dérobées": what was taken or hit, put as a clause after "after"
    for _s, e in v.cues.aftermath.spans(f):
        stop = clause_end(low, e)
        hit = next((h for h in predicate_hits(f, v, e, stop)
                    if word_count(low[e:h]) <= AFTERMATH_CLAUSE_GAP and unbroken(low[e:h])), None)
        if hit is not None and not negated_between(f, v, e, stop):
            return hit
    return None


def _opens_with_aftermath(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence opens on what followed the attack ("Malgré l'attaque informatique du 19 juin,
    Virbac annonce …"): the organisation that then speaks speaks of its own attack."""
    lead = len(f.low) - len(f.low.lstrip(" «\"“"))
    return any(s == lead for s, _e in v.cues.aftermath.spans(f))


# Words between "after" and the word of taking or being hit in the clause it opens ("after money was taken").
AFTERMATH_CLAUSE_GAP = 5


# "after a cyberattack on its courier": the attack named with a target of its own; it is this
# organisation's only when that target is it ("on it") or its systems ("on its network").
_ON_ANOTHER = re.compile(r"\s+(?:on|against|targeting|contre|visant|sur)\s+(?!(?:the\s+|a\s+)?(?:morning|evening|night|"
                         r"afternoon|weekend|week|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"january|february|march|april|may|june|july|august|september|october|november|december|\d))")
_ON_ITSELF = re.compile(r"\s+(?:on|against|targeting|contre|visant|sur)\s+(?:it\b|itself\b|lui\b|elle\b|"
                        r"(?:its|their|ses|son|sa|leurs)\s+(?:own\s+|propres?\s+)?(?:it\s+|computer\s+|informatiques?\s+)?"
                        r"(?:systems?|network|networks|servers?|réseaux?|systèmes?|serveurs?|infrastructure|sites?|data|données)\b)")


# An attack's participle, when and how it was carried out, then its target: what may part an attack
# noun from the organisation it reached.
_LAUNCHED_AGAINST = re.compile(r"\s+(?:(?:menee?s?|lancee?s?|perpetree?s?|conduite?s?|launched|carried\s+out|mounted|staged)"
                               r"\b[^,;:.()]{0,80}?\b(?:contre|against)|(?:survenue?s?|produite?s?|occurred|that\s+occurred|"
                               # "l'intrusion détectée au Groupe santé CHC", "the breach discovered at the trust"
                               r"detectee?s?|decouverte?s?|constatee?s?|reperee?s?|detected|discovered|spotted)"
                               r"(?:\s+[^,;:.()\s]+){0,4}?\s+(?:a|au|chez|at))\s+(?:(?:la|le|les|l|the)\s+)?")


# An attack noun, a relative clause whose verb says what it struck, then (past an adverb and the
# kind of place: "d'abord la clinique mutualiste") the organisation.
# (or its verb straight after it: "the attack forced Baltimore County schools to close", "will end up costing
# X"; or, inverted, what the organisation suffered: "l'attaque par rançongiciel qu'a subie la Résidence du Parc")
_THAT_HIT = re.compile(r"(?:\s+[^\s,;:.()]+){0,3}?\s+(?:(?:qui|which|that)\s+(?:(?:a|avait|has|had)\s+)?"
                       r"(?:vise|visait|frappe|frappait|touche|touchait|paralyse|paralysait|mis|targeted|targets|hit|hits|"
                       r"struck|crippled|paralysed|paralyzed|forced|shut\s+down|knocked\s+out)|"
                       r"(?:(?:will|would)\s+(?:end\s+up\s+)?)?(?:forced|forces|costing|cost|crippled|shut\s+down|knocked\s+out|"
                       # "une cyberattaque prive la Ville de Lac-Mégantic de ses outils"
                       r"prive|privait|deprives|deprived)|"
                       # "ce rançongiciel avait déjà paralysé le groupe d'ingénierie Altran"
                       r"(?:a|avait|ont|avaient|has|had)\s+(?:deja\s+|already\s+)?(?:paralyse|frappe|vise|touche|prive|"
                       r"paralysed|paralyzed|crippled|struck|hit)|"
                       r"qu\s+(?:a|avait)\s+subie?s?|"
                       # "le piratage dont est victime Fountaine-Pajot"
                       r"dont\s+(?:est|etait|sont|a\s+ete|avait\s+ete|ont\s+ete)\s+(?:la\s+)?(?:victimes?|cibles?))"
                       r"(?:\s+[^\s,;:.()]+){0,4}?\s+")


# An article and up to four words of a kind before a name ("la marque de cosmétiques", "the French tyre maker").
_KIND_BEFORE = re.compile(r"\s+(?:the|l|le|la|les)\s+(?:[a-z-]+\s+){1,4}")


def _attack_reaches(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """An attack word before it ("l'attaque contre l'hôpital", "the attacks on M&S, the Co-op
    and Harrods"), after it ("the Change Healthcare breach"), or a regulator's fine (D19: "fined
    Capita £14 million", "a infligé une amende de 1,5 million d'euros à Dedalus Biologie")."""
    low = f.low
    for _s, e in v.cues.attack_on.spans(f):
        # ("l'attaque contre les services de la Ville de La Rochelle", "the attack on the systems of")
        reach = _ITS_PART.match(low, e)
        if reach and _OF_OWNER.fullmatch(low, reach.end(), start):
            return True
        # ("une demande de rançon visant la marque de cosmétiques Nuxe", "the attack on the French tyre maker X":
        # the kind the press puts before the name)
        if right_before(low, e, start, 3) or (e <= start and _KIND_BEFORE.fullmatch(low, e, start)
                                              and f.text[start - 2:start - 1].islower()) or (
                e <= start and _NAMES_BEFORE.fullmatch(f.text[e:start]) and (
                re.search(r"\b(?:and|et)\b", low[e:start]) or re.match(r"\s*,?\s*(?:and|et)\b", low[end:]))):
            return True
    # (or its possessive: "Yale New Haven Health's breach is now the biggest")
    # (not a document or a team the noun qualifies: "ANU's incident report found")
    owner = possessive_after(f, end)
    if any(s == end + 1 or (owner and s == owner and not _QUALIFIED.match(low, e))
           for s, e in v.cues.attack_noun.spans(f)):
        return True
    # "the Pandabuy leak", "X's leak": a leak named after its organisation (a bare "leak" is no attack noun:
    # "a leak of the report")
    if _LEAK_AFTER.match(low, owner or end):
        return True
    # "l'attaque menée dans la nuit du 13 au 14 mai contre Vivalia", "the attack launched on Friday against X",
    # "une cyberattaque d'envergure qui vise d'abord la clinique mutualiste La Sagesse"
    if any(_LAUNCHED_AGAINST.fullmatch(low, e, start) or _THAT_HIT.fullmatch(low, e, start)
           for _s, e in v.cues.attack_noun.spans(f) if e < start):
        return True
    # D19: a fine presents the fined as breached ("a infligé une amende de 1,5 million d'euros à X")
    amounts = _DECIMAL.sub(lambda m: m.group().replace(",", " ").replace(".", " "), low)
    return any(right_before(amounts, e, start, 6) for _s, e in v.cues.sanction.spans(f))


# A leak named by what it came from, after the name.
_LEAK_AFTER = re.compile(r"\s*(?:data\s+)?leaks?\b")


# A possessive after a name, folded ("Yale New Haven Health's" -> "... health s "), and the nouns an
# attack noun may only qualify after it ("incident report").
_OWNERS_S = re.compile(r" s ")
_QUALIFIED = re.compile(r"\s+(?:report|reports|response|team|plan|review|notice|policy|rapport|equipe)\b")


def possessive_after(f: Folded, end: int) -> int | None:
    """Where the word after a name's possessive starts ("Yale New Haven Health's breach", and "Yellow Pages'
    network", the bare apostrophe of a name ending in s); None when the name is not in the possessive."""
    if m := _OWNERS_S.match(f.low, end):
        return m.end()
    if f.text[end - 1:end] in ("s", "S") and (m := re.match(r"['’]\s+(?=\w)", f.text[end:])):
        return end + m.end()
    return None


# What of an organisation an attack may be said to reach, before its name: its services, systems,
# servers or network.
_ITS_PART = re.compile(r"\s*(?:les|le|the|ses|its)\s+(?:services|systemes|serveurs|reseaux?|systems|servers|networks?)")


# One service of the organisation's, right before its name ("le site de vente par correspondance de", "the online
# shop of"): the subject the verb after the name speaks of.
_ONE_SERVICE_OF = re.compile(r"\b(?:site|site\s+web|site\s+internet|portail|application|boutique|plateforme|messagerie|"
                             r"standard|website|portal|app|online\s+shop|online\s+store|booking\s+system|e-shop)"
                             r"(?:\s+[a-z]+){0,4}\s+(?:de|du|des|d|of)\s+(?:la\s+|le\s+|l\s+|les\s+|the\s+)?$")


# The same after its name, in the possessive ("Patelco's online banking app was not affected").
_ITS_ONE_SERVICE = re.compile(r"\s+s\s+(?:[a-z-]+\s+){0,3}(?:website|site|portal|app|application|shop|store|"
                              r"booking\s+system|payment\s+system|e-shop)\b")


def _said_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """A word of being hit right after it, or after appositions ("the trust, which runs three
    hospitals, was hit", "Le centre hospitalier de Dax, dans les Landes, a été visé",
    "L'hôpital d'Armentières, victime d'une cyberattaque", "n'est pas le seul à avoir été visé")."""
    low = f.low
    origins, at = [end], end
    for _ in range(APPOSITIONS):
        m = _APPOSITION.match(low, at)
        if not m:
            break
        at = m.end()
        origins.append(at + 1)
    m = re.match(r"\s*,\s*", low[end:])
    if m:
        origins.append(end + m.end())
    # (past a short bracket after the name: "L'Institut national polytechnique de Toulouse (Haute-Garonne) a été")
    m = re.match(r"\s*\([^()]{1,40}\)", low[end:])
    if m:
        origins.append(end + m.end())
    # "the only Snowflake customer to lose data": the name qualifies its customers, who were hit
    # (whether it was too is for `_people_hit` to say)
    if any(s == end + 1 for s, _e in v.cues.clientele.spans(f)):
        return False
    # ("le site de vente par correspondance de Vinovalie n'a pas été touché": what was spared is one of its
    # services, which says nothing of the organisation as a whole, where other machines may have been hit)
    part_spared = _ONE_SERVICE_OF.search(low, 0, start) is not None or _ITS_ONE_SERVICE.match(low, end) is not None
    negations = [n for n, _ne in negation_spans(f, v.cues)] if part_spared else []
    for s, _e in v.cues.hit.spans(f) + v.cues.suffered.spans(f):
        if part_spared and any(end <= n < s for n in negations):
            continue
        for o in origins:
            gap = low[o:s]
            # (a compound counts as one word: "Accellion's two-decade-old File Transfer Appliance was hit", where the
            # folded text has three; joined only when the folded count is too long, joining never lengthening it)
            if s >= o and not re.search(r"[,;:.()]", gap) and (
                    word_count(gap) <= TARGET_GAP or word_count(_hyphens_joined(f, o, s)) <= TARGET_GAP
                    or (word_count(gap) <= NOT_ONLY_GAP and (
                        _NOT_ONLY.search(gap) or _NTH_TO.match(gap) or _AMONG.match(gap)))):
                return True
    return False


def _hyphens_joined(f: Folded, start: int, end: int) -> str:
    """The folded text from start to end with each compound's parts joined where the printed text has a hyphen
    ("two-decade-old" one word, not three), elisions still apart (« n'a » two words, as folded)."""
    return "".join("" if t in "-\u2011" else c for t, c in zip(f.text[start:end], f.low[start:end]))


# "PRB est la seconde entreprise d'envergure de Vendée à tomber sous les coups de pirates", "is the latest
# council to be hit": one more in a series, this one among those hit (or with the participle straight after its
# noun: « CMA CGM devient ainsi le quatrième grand transporteur de conteneurs touché par une attaque »).
_NTH_TO = re.compile(r"\s*(?:est|etait|devient|is|was|becomes|became)\s+(?:(?:ainsi|donc|desormais|deja|now|thus|also|aussi|already)\s+)?(?:la|le|l|the)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:seconde?|deuxieme|troisieme|quatrieme|cinquieme|derniere?|nouvelle|second|third|fourth|fifth|"
                     r"latest|last|next|newest)\b[^,;:.]*(?:\b(?:a|to)\s+(?:(?:etre|be|avoir\s+ete|have\s+been)\s+)?|\s)$")


# "counted Fairfax County Public Schools among more than a thousand school systems struck by ransomware", « figure
# parmi les hôpitaux touchés »: one of those hit.
_AMONG = re.compile(r"\s*(?:(?:is|was|are|were|est|etait|figure|figurait|compte|comptait)\s+)?(?:among|parmi)\s+[^,;:.]*$")


def described_as_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Whether its own words or appositions say it was hit, whatever else it does in the sentence:
    "explique la métropole Aix-Marseille-Provence, elle aussi touchée", "said the trust, which was
    hit on Monday", "MGM chiffre l'impact de son piratage". A speaker so described is an
    organisation attacked as well as a voice."""
    end += len(_NAME_TAIL.match(f.text, end).group())
    # only in an apposition of its own: "Deezer se refuse à chiffrer les comptes concernés" and
    # "said X, adding that those affected" speak of others
    m = _HIT_APPOSITION.match(f.low, end)
    if m and any(s == m.end() for s, _e in v.cues.hit.spans(f) + v.cues.suffered.spans(f)):
        return True
    # (or, in a relative clause of its own, it speaks of the attack as a given: "according to the University of
    # Sydney, which says the unauthorised access was confined to a single platform")
    if _says_of_the_attack(f, v, end):
        return True
    # or, speaking, it puts a figure on its own attack ("MGM chiffre l'impact de son piratage",
    # "Acme chiffre à 4 millions d'euros le coût de la cyberattaque": D37)
    # (or its people, named through it, had their data taken: "stole personal details of 6,632 Puma employees")
    # (or a relative clause on it says the attack happened there: "directeur adjoint du centre hospitalier
    # d'Issoire, où un crypto-virus a été détecté"; "dont les serveurs ont été piratés" was tried too, and read
    # one more wrong organisation on the sealed parts than right ones)
    return _own_breach(f, v, start, end) or _its_systems_reached(f, v, start, end) or _systems_put_out(f, v, start, end) \
        or _where_hit(f, v, start, end) \
        or _its_people_taken(f, v, start, end) or (_AFFILIATED_PEOPLE.search(f.low, 0, start) and _people_hit(f, v, start, end)) \
        or (_opens_with_aftermath(f, v) and _aftermath(f, v, start, []) is not None) \
        or (len({m.value for m in find_mentions("organization", v, f)}) == 1 and (
            its_own_attack(f, v) or (_speaks_last(f, start, end) and _aftermath(f, v, start, [], subject=False) is not None)))


# The speaker's clause at the end of its sentence, after a comma ("…, Signature Healthcare said.", « …, a indiqué
# l'hôpital. »): what the sentence says before it, despite or after the attack, it says of its own attack, as when
# the sentence opens on it.
_LAST_CLAUSE = re.compile(r"[^,;:.()«»“”\"]*[.!]?\s*")


def _speaks_last(f: Folded, start: int, end: int) -> bool:
    """Whether the name stands in the sentence's last clause, after a comma that closes a statement."""
    before = f.low[:start].rstrip()
    head = clause_start(before, len(before), ",;:.()«»“”\"")
    return head > 0 and before[head - 1] in ",”»\"" and bool(_LAST_CLAUSE.fullmatch(f.low, end))


# Its people named as such right before it ("des renseignements d'employés de Pharmascience"), whom the
# affiliation reading takes for its staff speaking: their data taken is its data (D10).
_AFFILIATED_PEOPLE = re.compile(r"\b(?:employes|salaries|agents|employees|staff|workers)\s+(?:de|du|des|d|of|at)\s+(?:la\s+|le\s+|l\s+|the\s+)?$")


# A relative pronoun right after the name (", which", « , qui »), and after a verb of saying, the definite article of
# what it says (" that the", « que l' »).
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|qui)\s+")
_THAT_THE = re.compile(r"\s+(?:that\s+|qu\s+|que\s+)?(?:the|its|this|l|la|le|son|sa|cette|cet)\s+")


def _says_of_the_attack(f: Folded, v: Vocabulary, end: int) -> bool:
    """A relative clause of saying right after the name whose object is the attack, as a given ("according to the
    University of Sydney, which says the unauthorised access was confined …"): the verb is one of the profile's
    reporting cues, so the two languages' lists live in one place."""
    low = f.low
    relative = _RELATIVE_AFTER.match(low, end)
    if relative is None:
        return False
    said = next((e for s, e in v.cues.reporting.spans(f) if s == relative.end()), None)
    the = _THAT_THE.match(low, said) if said is not None else None
    return the is not None and any(the.end() <= s and word_count(low[the.end():s]) <= 1
                                   for s, _e in v.cues.attack_noun.spans(f))


# ", elle aussi touchée", ", which was hit", ", itself a victim": the words an apposition may put
# between the name and the word of being hit.
_HIT_APPOSITION = re.compile(r"\s*,\s*(?:(?:elle|il|elles|ils|aussi|également|même|elle-même|lui-même|itself|also|"
                             r"too|which|that|qui|was|were|had|has|have|been|a|ont|été|avait|already|déjà|"
                             r"first|la|le|l|première|premier|seule|seul|only|one|of|the|des|de)\s+){0,5}")


def _systems_reached(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its systems or data, in a sentence about the attack ("the company's network", "the
    trust's IT systems", "a cloud database holding Ticketmaster data", "le fichier Boulanger"),
    or its attackers ("Equifax's intruders first went in on 13 May")."""
    if not (v.cues.compromise.search(f) or v.cues.incident.search(f) or v.cues.attack_event.search(f)):
        return False
    low = f.low
    systems = v.cues.systems.spans(f)
    owner = possessive_after(f, end)
    if owner is not None and any(
            s >= owner and word_count(low[owner:s]) <= 2 and not re.search(r"[,;:.()]", low[owner:s])
            for s, _e in systems):
        return True
    if any(s == end + 1 or e == start - 1 for s, e in systems):
        return True
    # "les serveurs du département", "le réseau informatique de la ville", "the systems of the council"
    if any(e < start and (_OF_OWNER.fullmatch(low[e:start]) or _of_people_of(f, v, e, start)) for _s, e in systems):
        return True
    # "Equifax's intruders", "MGM's attackers": the attackers are its own
    return owner is not None and any(owner <= s and word_count(low[owner:s]) == 0 for s, _e in v.cues.attacker.spans(f))


# Between systems and their owner: "du", "de la", "of the", an adjective before it ("informatique"), what they serve
# (« un extranet de ressources humaines de la Banque de France »), or who runs them ("critical systems run by
# Malaysia Airports"), or whose they are ("documents belonging to Tasmania's Department for Education", the place
# whose the owner is before it).
_OF_OWNER = re.compile(r"\s+(?:[a-z]+\s+)?(?:d(?:e|u|es)?\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:de|du|des|d|of|at|chez|(?:run|operated|managed)\s+by|"
                       r"belonging\s+to|appartenant\s+(?:a|au|aux))"
                       r"\s+(?:(?:la|l|le|les|the)\s+|[a-z]+\s+s\s+)?")
# What may join the data to the people it is about and them to their organisation, besides the
# people themselves: "des données personnelles de patients et de professionnels du", "the data of
# 105 000 students and 12 000 staff of the".
_PEOPLE_LINK = {"de", "du", "des", "d", "of", "et", "and", "la", "le", "les", "l", "the", "quelque", "some", "about",
                "environ", "pres", "nearly", "plus", "more", "than", "its", "ses", "their", "leurs"}
# Words between the data and the organisation whose people it is about.
PEOPLE_OF_GAP = 12
# How that run ends, right before the organisation: "du", "de la", "of the".
_OF_END = re.compile(r"\b(?:de|du|des|d|of)\s+(?:(?:la|l|le|les|the)\s+)?$")


def _of_people_of(f: Folded, v: Vocabulary, e: int, start: int) -> bool:
    """Data about its people, before it ("les données sensibles du personnel de Sorbonne Université",
    "des données personnelles de patients et de professionnels du CHU de Rennes"): the people are
    the organisation's (LABELLING.md D10), so their data is its data."""
    low = f.low
    gap = low[e:start]
    if not unbroken(gap) or word_count(gap) > PEOPLE_OF_GAP or not _OF_END.search(gap):
        return False
    people = [(s, pe) for s, pe in v.cues.clientele.spans(f) if e <= s and pe <= start]
    if not people:
        return False
    rest = list(low[e:start])
    for s, pe in people:
        rest[s - e:pe - e] = " " * (pe - s)
    words = re.findall(r"[a-z]+", "".join(rest))
    # one adjective may follow the data ("données personnelles", "sensitive")
    if words and words[0] not in _PEOPLE_LINK:
        words = words[1:]
    return all(w in _PEOPLE_LINK for w in words)


def _its_people_taken(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its people named through it, whose data was taken ("the attackers stole personal details of 6,632
    Puma employees", "data on some 9,000 Acme customers was posted"): their data is its data (D10). The
    name stands right before the people and after "of" / "on" with a figure; the taking is in the sentence."""
    low = f.low
    if not any(s == end + 1 for s, _e in v.cues.clientele.spans(f)):
        return False
    lead = _PEOPLE_LEAD.search(low, max(0, start - 60), start)
    return bool(lead) and bool(v.cues.compromise.search(f)) and not negated_between(f, v, clause_start(low, start, ".;:"), start)


# "of 6,632", "on some 9,000", "of more than 1,200": what puts a figure of people right before the name.
_PEOPLE_LEAD = re.compile(r"\b(?:of|on|about|concerning)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|"
                          r"roughly|up\s+to)\s+)?\d[\d,. ]*\s+$")


# ", dont les serveurs", ", whose IT systems": a relative clause about its systems.
_WHOSE = re.compile(r"\s*,\s*(?:dont|whose)\s+(?:(?:les|le|la|l|ses|son|sa|the|its|own|propres?)\s+)*")
# Words between the relative's systems and the word saying they were hit ("ont été infectés").
WHOSE_GAP = 4


# How far into a list after "whose" its systems noun may come, and what the list before it may hold
# (words, commas, "and"/"et", no other mark).
WHOSE_LIST_WORDS = 6
_LIST_OF = re.compile(r"[a-z\s]*,[a-z\s,]*\b(?:and|et)\s+(?:[a-z]+\s+){0,2}")


def _whose_systems_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """A relative clause saying its systems were hit ("Le centre hospitalier de Saint-Gaudens, dont
    les serveurs ont été infectés, a porté plainte", "Acme, whose network was breached in May")."""
    m = _WHOSE.match(f.low, end)
    if not m:
        return False
    stop = clause_end(f.low, m.end())
    # (or the last of a list of them: "whose phones, email and computer applications were taken down")
    systems = [e for s, e in v.cues.systems.spans(f) if s == m.end() or (m.end() < s and word_count(f.low[m.end():s]) <= 1)
               or (m.end() < s and word_count(f.low[m.end():s]) <= WHOSE_LIST_WORDS and _LIST_OF.fullmatch(f.low, m.end(), s))]
    return any(e <= h and word_count(f.low[e:h]) <= WHOSE_GAP for e in systems
               for h in predicate_hits(f, v, m.end(), stop) + [s for s, _e in v.cues.compromise.spans(f) if s < stop])


# A demonstrative pronoun and "of" before the name ("celui de Rennes", "celle de la Loire", "that of").
_THAT_OF = re.compile(r"\s*(?:celui|celle|ceux|celles|that|those)\s+(?:de\s+la\s+|de\s+l['’]\s*|de\s+|du\s+|d['’]\s*|of\s+(?:the\s+)?)")


# "Après Colis Privé, c'est au tour de Relais Colis": the organisation after "après" opening a
# sentence whose news is another's turn was hit before it.
_TURN = re.compile(r"\b(?:c\s+(?:est|etait)\s+(?:donc\s+|desormais\s+|maintenant\s+)?au\s+tour\s+d|it\s+is\s+now\s+the\s+turn\s+of|"
                   r"(?:now\s+)?it\s+is\s+(?:the\s+)?turn\s+of)")
_AFTER_OPENING = re.compile(r"\s*(?:[^,;:]{0,40}\s)?(?:apres|after)\s+(?:(?:la|le|les|l|the)\s+)?$")
# ... or a later one in the list "après" opens ("Après Free et SFR", "After Boulanger, Cultura").
_AFTER_LIST = re.compile(r"\s*(?:[^,;:]{0,40}\s)?(?:apres|after)\s+[^,;:]{0,60}?(?:,\s*|\s+(?:et|and)\s+(?:(?:la|le|les|l|the)\s+)?)$")


def _turn_before(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """"Après Colis Privé, c'est au tour de Relais Colis de reconnaître un piratage", "Après Free et
    SFR à l'automne 2024, c'est donc au tour de Bouygues Telecom": the organisations "après" names
    at the opening were hit before the one whose turn it is."""
    low = f.low
    turn = _TURN.search(low)
    if not turn or start > turn.start():
        return False
    comma = low.find(",", 0, turn.start())
    return comma > start and bool(_AFTER_OPENING.fullmatch(low, 0, start) or _AFTER_LIST.fullmatch(low, 0, start))


def _turn_of(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """"Après La Rochelle, c'était au tour du Grand Annecy": after those "après" names, the one whose
    turn it is was hit too (the sentence must open on "après" / "after")."""
    low = f.low
    turn = _TURN.search(low)
    return bool(turn and 0 <= start - turn.end() <= 4 and re.match(r"\s*(?:apres|after)\b", low))


def _listed_after_colon(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """The list after a colon names those the clause before it says were hit ("Cinq
    établissements sont concernés : la clinique X, à Paris, et l'hôpital Y")."""
    low = f.low
    colon = low.rfind(":", 0, start)
    # ("… un deuxième CHU visé en trois mois : celui de Rennes": the demonstrative stands for the noun hit)
    if colon < 0 or not (_NAME_HEAD.fullmatch(f.text[colon + 1:start]) or _THAT_OF.fullmatch(f.text, colon + 1, start)):
        return False
    # ("… hors d'atteinte : Air Canada affirme qu'elles sont chiffrées": the subject of a verb of saying
    # opens a clause, it lists nothing)
    if any(right_before(low, end, s, 2) for s, _e in v.cues.reporting.spans(f) + v.cues.speaking.spans(f)):
        return False
    lead = max(low.rfind(".", 0, colon), low.rfind(";", 0, colon)) + 1
    return bool(predicate_hits(f, v, lead, colon)) and not negated_between(f, v, lead, colon)


def _people_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its people's data taken (D10): "les informations de 50 000 clients de SFR ont fuité",
    "Harbourline's customers had their details stolen"."""
    low = f.low
    for s, e in v.cues.clientele.spans(f):
        if not (right_before(low, e, start, 2) or (s >= end and word_count(low[end:s]) <= 1
                                                    and not re.search(r"[,;:.()]", low[end:s]))):
            continue
        phrase_end, phrase_start = max(e, end), min(s, start)
        if any(word_count(low[phrase_end:h]) <= TARGET_GAP and not re.search(r"[,;:()]", low[phrase_end:h])
               for h in predicate_hits(f, v, phrase_end, clause_end(low, phrase_end))):
            return True
        # the taking first: "he had downloaded the details of about 139 million Canva users"
        if any(word_count(low[h:phrase_start]) <= TAKEN_BEFORE_GAP and unbroken(low[h:phrase_start])
               for h in predicate_hits(f, v, clause_start(low, phrase_start), phrase_start)):
            return True
    return False


# Words between the taking and the people whose data it took ("had downloaded the details of about
# 139 million Canva users").
TAKEN_BEFORE_GAP = 7


# What ends the statement a fronted place opens.
_STATEMENT_END = re.compile(r"[;:.]")


def _taken_at(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Data said to be taken at it ("at British Airways, banking information was taken",
    "2,6 millions de comptes piratés chez Cultura")."""
    low = f.low
    places = v.cues.target_place.spans(f)
    if not places:
        return False
    # (or, opening the sentence with a comma after it, a clause that names the attack: « Chez IBV, seule la gestion
    # a vraiment souffert de l'attaque »)
    mark = _STATEMENT_END.search(low, end)
    stop = mark.start() if mark else len(low)
    fronted = re.match(r"\s*,", low[end:]) and [s for s, _e in v.cues.attack_noun.spans(f) if end < s < stop]
    return any(right_before(low, e, start, 1) and (predicate_hits(f, v, end, clause_end(low, end)) or any(
        right_before(low, he, s, 1) for _hs, he in v.cues.hit.spans(f) + v.cues.taken.spans(f))
        or (fronted and not low[:s].strip(" «\"“") and not negated_between(f, v, end, stop)))
        for s, e in places)


# Words between a theft named as a noun and the organisation it was at ("vol de 1,9 million d'adresses
# courriel chez"), and the fewer allowed before "à" ("vol de données à la FFN").
THEFT_AT_GAP = 7
THEFT_TO_GAP = 3
# "from" before the organisation, with the taking earlier in the clause ("stolen the names of about
# 8,000 children from Kido"); the French "à" ("dérobé les fichiers de 3 000 patients à la clinique").
_FROM = {"en": re.compile(r"\b(?:from|at)\s+(?:the\s+)?$"),  # (the folded text: "à" reads "a")
         "fr": re.compile(r"\b(?:a|au|aux|chez)\s+(?:(?:la|le|les|l)\s+)?$")}
# Words between the taking and the organisation it was taken from.
TAKEN_FROM_GAP = 22


def _taken_from(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Data said to be taken from it, the taking first: "they have stolen the names and home
    addresses of about 8,000 children from Kido"."""
    low = f.low
    where = _FROM.get(v.lang, _FROM["en"]).search(low[max(0, start - 12):start])
    if not where:
        return False
    # or the theft named as a noun: "le vol de 1,9 million d'adresses courriel chez Bell Canada",
    # "the theft of card data at the chain"; after "à", only close ("le vol de données à la FFN"),
    # where "signalé à la CNIL" cannot come between
    lead = clause_start(low, start)
    # the taking as a participle right before it: "les fichiers volés au Bologna FC", "data stolen from Dish"
    origin = max(0, start - 12) + where.start()
    if any(e <= origin and not low[e:origin].strip() for _s, e in v.cues.taken.spans(f)):
        return True
    gap = THEFT_AT_GAP if where.group().split()[0] != "a" else THEFT_TO_GAP
    if any(word_count(low[m.end():start]) <= gap + 1 and unbroken(low[m.end():start])
           for m in _THEFT.finditer(low, lead, start)):
        return True
    return any(word_count(low[h:start]) <= TAKEN_FROM_GAP and (unbroken(low[h:start]) or _listed(low[h:start]))
               for h in predicate_hits(f, v, lead, start))


# A relative clause of holding whose subject is the organisation, right before it (« que conservait la », "that was
# held by the").
_HELD_BY = re.compile(r"\b(?:que|qu|that|which)\s+(?:(?:conservait|conserve|detenait|detient|hebergeait|heberge|stockait|"
                      r"stocke|gardait|garde|gerait|gere)\s+(?:(?:la|le|les|l)\s+)?|(?:was|were|had\s+been|are|is)\s+"
                      r"(?:held|kept|stored|hosted)\s+by\s+(?:the\s+)?)$")


def _held_by(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Data said to be taken that it held, told by a relative clause after the data: « Des pirates ont mis la main sur
    les constats d'infraction que conservait la cour municipale de Mont-Saint-Hilaire », "files that were held by the
    council": its own files, so it is the one breached (D10)."""
    low = f.low
    held = _HELD_BY.search(low, max(0, start - 40), start)
    if not held:
        return False
    lead = clause_start(low, held.start())
    return any(word_count(low[h:held.start()]) <= TAKEN_FROM_GAP and unbroken(low[h:held.start()])
               for h in predicate_hits(f, v, lead, held.start()))


# A file the seller gives to the organisation, right before it (« un fichier qu'il attribue à », "a file he attributes
# to the").
_ATTRIBUTED_TO = re.compile(r"\b(?:fichier|fichiers|base|bases|donnees|archive|lot|file|files|database|data|dump)\s+"
                            r"(?:qu\s+(?:il|ils|elle|elles)\s+attribue(?:nt)?\s+a|(?:that|which)\s+(?:he|she|they|it)\s+"
                            r"attributes?\s+to)\s+(?:(?:la|le|les|l|au|aux|the)\s+)?$")


def _attributed_to(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """A file a seller attributes to it (« un vendeur propose un fichier qu'il attribue à Kerbus Cornouaille »): the
    seller's claim that its data were taken, as a leak site's listing is."""
    return bool(_ATTRIBUTED_TO.search(f.low, max(0, start - 60), start))


# Words an item of a list may have before its comma ("the names, photographs and home addresses of").
LIST_ITEM_WORDS = 4


def _listed(text: str) -> bool:
    """Whether the only marks cutting text are the commas of a list: "stolen the names, photographs
    and home addresses of about 8,000 children from Kido" (no semicolon, colon or bracket, every
    piece before a comma as short as a list's item, and the last one joined by "and")."""
    text = _DECIMAL.sub("0", text)
    if re.search(r"[;:()]", text):
        return False
    pieces = text.split(",")
    # (the list closes on its last item, joined by "and": not "viewed, all of whom should hear from")
    return len(pieces) > 1 and all(0 < word_count(p) <= LIST_ITEM_WORDS for p in pieces[1:-1]) \
        and word_count(pieces[0]) <= LIST_ITEM_WORDS and bool(_LAST_ITEM.match(pieces[-1]))


# The last item of a list after its comma: up to three words, then "and"/"or" ("photographs and home addresses").
_LAST_ITEM = re.compile(r"\s*(?:[\w'-]+\s+){1,3}(?:and|or|et|ou)\b")


# "its systems", "ses serveurs": a possessive (with "own" and up to two words) before a systems noun.
_POSSESSED = re.compile(r"\b(?:its|their|ses|son|sa|leurs)\s+(?:own\s+|propres?\s+)?(?:[\w-]+\s+){0,2}$")
_POSSESSIVE_WORD = re.compile(r"\b(?:its|their|ses|son|sa|leurs)\b")
# Words between the organisation and the possessive that refers back to it.
ITS_GAP = 30


# Words between the taking and its systems named after what was taken ("what the intruders carried
# off, X has now told federal regulators, was the data of 2.7 million people kept in its laboratory database").
TAKEN_ITS_GAP = 20


# A possibility that asks whether something happened ("whether", "si"), not how.
_WHETHER = re.compile(r"(?:whether|if|si|s\s+il|s\s+ils)\b")


def _its_systems_reached(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its systems, named by a possessive later in the sentence, reached or taken from (D32: "a phrase
    that ties the breach to it, its systems, its servers"), whether it speaks or not: "MGM said the
    attackers had taken from its systems names and dates of birth", "JLR, which employs about 33,000
    people, has not said how the attackers got into its network" (what is asked is how, not whether).
    The possessive refers to the nearest organisation before it: none may stand between."""
    low = f.low
    stop = clause_end(low, end)
    if not _POSSESSIVE_WORD.search(low, end, stop) or _POSSESSED.search(low, max(0, start - 30), start):
        return False  # no possessive after it; or "its Okta instance", the name itself someone else's
    owned = []  # (where the possessive starts, where its systems noun ends)
    for s, e in v.cues.systems.spans(f):
        owner = _POSSESSED.search(low, max(end, s - 40), s) if end < s < stop else None
        if owner and word_count(low[end:owner.start()]) <= ITS_GAP:
            owned.append((owner.start(), e))
    if not owned:
        return False
    names = [m.start for m in find_mentions("organization", v, f)]
    hits = predicate_hits(f, v, end, stop)  # the clause's words of being hit, read once
    # "is still trying to establish whether hackers got into its computer network": asked, not said
    # (unlike how they got in, or "whether the attack on its systems will have an effect", which take
    # the breach as given)
    asked = [(ps, pe) for ps, pe in possibility_scopes(f, v) if _WHETHER.match(low, ps)]
    named = attacks_named_on(f, v)
    attack_ends = [ae for as_, ae in v.cues.attack_on.spans(f)
                   if (as_, ae) in named or not any(ps <= as_ < pe for ps, pe in asked)]
    for o, e in owned:
        if any(end <= n < o for n in names):
            continue
        # reached: "attack on", "intrusion into", "taken from" right before; or hit right after, not
        # denied ("aucun de ses serveurs n'a été compromis" is for the clause's polarity to read)
        lead = clause_start(low, o, ",;:(")
        # ("n'a précisé ni le montant, ni la manière dont ils se sont introduits dans son réseau": the "ni" of a
        # list of what it has not said opens the clause; what the list holds is asked about, not denied)
        lead += len(_LISTED_NOR.match(low, lead).group())
        if any(right_before(low, ae, o, 0) and not negated_between(f, v, lead, o) for ae in attack_ends) or any(
                e <= h and word_count(low[e:h]) <= TARGET_GAP and not re.search(r"[,;:()]", low[e:h])
                and not negated_between(f, v, lead, h + 1) for h in hits):
            return True
        # or taken earlier in the sentence, what was taken then placed on its systems ("the intruders
        # had reached only historical data, held on one of its systems"), the speaker anywhere before
        sentence = clause_start(low, o, ".;")
        if any(word_count(low[h:o]) <= TAKEN_ITS_GAP and not any(ps <= h < pe for ps, pe in asked)
               for h in predicate_hits(f, v, sentence, o)) and not negated_between(f, v, sentence, o):
            return True
    return False


# The "ni" that opens an item of a list of what was not said or done (", ni la manière dont").
_LISTED_NOR = re.compile(r"(?:\s*ni\s+)?")


def _own_breach(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """The subject of its clause, with the attack as its own further on ("Equifax will pay as much as
    $700 million to settle the investigations into its 2017 breach", "MGM chiffre l'impact de
    son piratage")."""
    if not _subject(f, v, start):
        return False
    low = f.low
    stop = clause_end(low, end)
    owners = [e for s, e in v.cues.self_reference.spans(f) if end <= s < stop and low[s:e] in _OWNERS]
    # D37: what the attack cost it, put by itself ("Hydro estimated the cost of the attack at",
    # "le groupe chiffre à 4 millions d'euros le coût de la cyberattaque")
    owners += [m.end() for m in _COST_OF.finditer(low, end, stop)]
    nouns = v.cues.attack_noun.spans(f)
    # ("Mr. Cooper now expects the cyberattack to cost it about $25 million": the attack costing the subject)
    return any(right_before(low, o, s, 1) for s, _e in nouns for o in owners) or any(
        end <= s < stop and _COSTING_IT.match(low, e) for s, e in nouns)


# The attack costing the clause's subject ("to cost it", "has cost the company", "will cost them").
_COSTING_IT = re.compile(r"\s+(?:to\s+|has\s+|had\s+|will\s+|would\s+|could\s+)?cost\s+(?:it|them|the\s+company|the\s+group|the\s+firm)\b")
# Possessives that give the attack to the clause's subject.
_OWNERS = {"its", "son", "sa", "ses"}
# The cost of what follows ("the cost of the", "le coût de la", "the bill for the").
_COST_OF = re.compile(r"\b(?:cost|costs|bill|cout|couts|facture)\s+(?:of|for|de|du|des)(?:\s+(?:the|la|le|l))?(?=\s)")
# Words between the organisation and the verb of finding ("only", "first"), and between that verb
# and the attack ("the", "de l'").
FOUND_GAP = 3
_THEFT = re.compile(r"\b(?:theft|thefts|vol|vols)\b")


def _found_own(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """The subject of its clause, finding the attack ("Capital One only learned of the theft on 19
    July", "le CHU a découvert l'intrusion samedi"): with an incident configured, the organisation
    that finds an attack is, in the press, nearly always the one attacked; the investigators who
    find it for others ("Mandiant detected the intrusion") are not among the organisations a
    newsroom lists, and the recognised ones that report are caught as speakers first."""
    incident = v.profile.incident
    if incident is None or not _subject(f, v, start):
        return False
    low = f.low
    attacks = [s for s, _e in v.cues.attack_noun.spans(f)] + [m.start() for m in _THEFT.finditer(low)]
    # (or looking into it: "Oxfam Australia is investigating a suspected data breach", « X enquête sur une fuite »)
    finding = v.cues.detection.spans(f) + [(m.start(), m.end()) for m in _INVESTIGATING.finditer(low)]
    # (the attack may come in the words the organisation chose: "after detecting what it called a network breach")
    found = [(s, e) for s, e in finding
             if any(right_before(low, e + len(_SEEMING.match(low, e).group()), a, FOUND_GAP) for a in attacks)]
    if any(right_before(low, end, s, FOUND_GAP) for s, _e in found):
        return True
    # or a clause before it, whose pronoun it is, finds the attack: "Dès qu'elle a découvert
    # l'intrusion, la FFN a placé ses serveurs en maintenance", "As soon as it spotted the breach, X"
    lead = _FOUND_FIRST.match(low)
    return bool(lead) and lead.end() <= start and not low[lead.end():start].count(",") and any(
        lead.end("pronoun") <= s < lead.end() for s, _e in found)


# A verb of looking into something, in the present or just before ("is investigating", « enquête sur »).
_INVESTIGATING = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?investigating|investigates|enquete(?:nt)?\s+sur)\b")
# A sentence that opens on a time clause whose subject is a pronoun, up to its comma ("Dès qu'elle a
# découvert l'intrusion,", "As soon as it spotted the breach,").
_FOUND_FIRST = re.compile(r"\s*(?:des\s+qu|des\s+que|lorsqu|lorsque|quand|apres\s+qu|sitot\s+qu|when|once|as\s+soon\s+as|after)"
                          r"\s*(?P<pronoun>elle|il|ils|elles|it|they)\b[^,;:.]{0,120},")

# Words between the attack and the verb of what it did, asides set off by commas apart.
EFFECT_GAP = 3
_COMMA_ASIDE = re.compile(r",[^,;:.]*,")


def _attack_forced(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """The attack, as the subject, acting on it ("L'attaque, survenue le jeudi 30 janvier, a
    contraint Bouygues Construction à couper son informatique", "the attack forced Acme to take
    its sites offline"): a verb of effect right before the name, whose subject is an attack."""
    low = f.low
    nouns = [e for _s, e in v.cues.attack_noun.spans(f) if e <= start]

    def attack_subject(verb: int) -> bool:
        """An attack noun ends close before the verb, asides set off by commas apart."""
        before = [n for n in nouns if n <= verb]
        if not before:
            return False
        gap = _COMMA_ASIDE.sub(" ", low[max(before):verb])
        return not re.search(r"[,;:.()]", gap) and word_count(gap) <= EFFECT_GAP

    if any(right_before(low, e, start, 1) and attack_subject(s) for s, e in v.cues.attack_effect.spans(f)):
        return True
    # « L'attaque de mars a coûté plusieurs dizaines de millions de couronnes à l'hôpital »: the sum
    # between the verb of cost and the « à » before the name (D37)
    cost = _COST_TO.search(low, max(0, start - 120), start)
    return bool(cost) and attack_subject(cost.start())


# "a coûté <a sum> à", right before the name it cost.
# ("aura coûté près de 600 000 euros au CHI": « au » and « aux » are « à » with the article)
_COST_TO = re.compile(r"\b(?:coute|coutera|couterait|coutent|couteront)\s+(?:[^,;:.()\s]+\s+){1,10}?"
                      r"(?:a\s+(?:l\s+|la\s+|le\s+|les\s+)?|au\s+|aux\s+)$")


# "was vicariously liable", "were found liable", "is liable": a court's finding after the name.
_LIABLE = re.compile(r"\s+(?:(?:was|were|is|are|be|been|had|has|have|not|found|held|ruled|judged|vicariously|"
                     r"legally|also|therefore)\s+){0,4}liable\b")
# Words between the verb of suing and the name ("sued the retailer's parent company" is too far).
SUED_GAP = 2


def _sued(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Taken to court over the breach, in a sentence that names it (as D19 and D30 read a fine):
    "More than 2,000 staff are suing Morrisons in Britain's biggest data-leak group claim", "class
    actions filed against Scripps over the breach", "ruled that Morrisons was vicariously liable
    for the payroll leak". A lawsuit's allegations stay hedged (D31); that it was brought against
    this organisation over this breach is a fact the press reports as such."""
    if not v.cues.incident.search(f):
        return False
    low = f.low
    return any(right_before(low, e, start, SUED_GAP) for _s, e in v.cues.sued.spans(f)) or bool(
        v.lang == "en" and _LIABLE.match(low, end))


def _hit_opening(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """A participle of being hit opening the sentence, set off by its comma, right before the
    organisation it describes ("Frappé jeudi soir par une attaque informatique, l'hôpital
    universitaire de Brno n'a pas eu à", "Hit by ransomware in May, the trust has")."""
    m = _OPENING_ASIDE.fullmatch(f.low, 0, start)
    return bool(m) and any(s == m.start(1) for s, _e in v.cues.hit.spans(f))


# An aside opening the sentence, up to its comma, then an article and at most two words saying what the organisation
# is ("Frappée par un rançongiciel, la société Acme", "Hit by ransomware, the retailer Acme").
_OPENING_ASIDE = re.compile(r"\s*([^,;:.()«»“”]{3,90}),\s*(?:(?:the|le|la|les|l)\s+(?:[a-z-]+\s+){0,2})?")


# A verb of putting out of action, then the systems of the organisation ("has shut down the computer system
# of the Superior Court of Los Angeles County", "a paralysé les serveurs informatiques de la mairie").
_SYSTEMS_OF_BEFORE = re.compile(r"\b(?:shut\s+down|knocked\s+out|crippled|paralysed|paralyzed|disabled|encrypted|took\s+down|"
                                r"brought\s+down|paralyse|paralysait|chiffre|bloque|mis\s+a\s+l\s+arret)\s+"
                                r"(?:the|les|le|la|l)\s+(?:[\w-]+\s+){0,2}?(?:systems?|networks?|servers?|reseaux?|serveurs|"
                                r"systemes|informatique)\s+(?:[\w-]+\s+)?(?:of|de|du|des|d)\s+(?:(?:the|la|le|les|l)\s+)?$")


def _systems_put_out(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its systems put out of action: "has shut down the computer system of the Superior Court"."""
    return bool(_SYSTEMS_OF_BEFORE.search(f.low, 0, start))


# A gang putting the organisation on the site where it shames its victims ("has added Krispy Kreme to
# its leak site", "a inscrit la mairie sur son site de fuites"): the gang's claim that it was attacked.
# (when it did so may come between: « a affiché mercredi soir Transdev sur son site de revendications »)
_PUT_BEFORE = re.compile(r"\b" + PUT_ON_SITE + r"\s+"
                         r"(?:a\s+son\s+tour\s+|in\s+turn\s+|also\s+|aussi\s+|egalement\s+)?" + PUT_WHEN +
                         r"(?:(?:the|la|le|les|l)\s+)?$")
_ON_LEAK_SITE = re.compile(ON_LEAK_SITE)


def _on_leak_site(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Put on a gang's leak site: "The Play ransomware group has added Krispy Kreme to its leak site"."""
    # (the verb right before the name: the pattern ends where the slice does)
    return bool(_PUT_BEFORE.search(f.low, 0, start)) and bool(_ON_LEAK_SITE.match(f.low, end))


# "Fountaine-Pajot a vu vendredi son informatique et une part de son activité atteintes par des pirates",
# "avait vu sa production bloquée … par des pirates", "Sonic had its payment systems hacked": what befell
# its own things, told with it as the subject.
_SAW_ITS = re.compile(r"\s+(?:a|avait|ont|avaient|has|had|have)\s+(?:[a-z]+\s+){0,2}?(?:vu\s+(?:[a-z]+\s+){0,2}?)?"
                      r"(?:son|sa|ses|leur|leurs|its|their)\s+")
# "a vu", « n'est pas la seule fédération à voir », « voit »: seeing, then what befell its things
_SEES_TAKEN = re.compile(r"\s+(?:(?:a|avait|ont|avaient)\s+vu|voit|voient|(?:[a-z]+\s+){1,6}?a\s+voir)\s+(?:s\s+)?")
# Its things after the taking: « les fichiers de ses licenciés », « ses données ».
_ITS_AFTER = re.compile(r"\s+(?:(?:les|des)\s+[a-z]+\s+(?:de|d)\s+)?(?:son|sa|ses|leur|leurs)\s+")
# Words between the possessive and the word saying its things were hit.
SAW_ITS_WORDS = 10


def _saw_its_own_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Its own things hit, with it as the subject of "a vu" / "had" (see _SAW_ITS); or « voir » right before
    the taking, its things after ("La FFN a vu fuiter les fichiers de ses licenciés", « n'est pas la seule
    fédération à voir fuiter les fichiers de ses licenciés »)."""
    low = f.low
    seen = _SEES_TAKEN.match(low, end)
    if seen and any(s == seen.end() for s, _e in v.cues.compromise.spans(f)) and not negated_between(f, v, end, seen.end()) \
            and _ITS_AFTER.match(low, seen.end() + len(low[seen.end():].split(" ", 1)[0])):
        return True
    m = _SAW_ITS.match(low, end)
    if not m:
        return False
    stop = clause_end(low, m.end())
    hits = [s for s, _e in v.cues.hit.spans(f) + v.cues.attack_effect.spans(f) if m.end() <= s < stop]
    return any(word_count(low[m.end():h]) <= SAW_ITS_WORDS and unbroken(low[m.end():h])
               and not negated_between(f, v, end, h) for h in hits)


# ", où un programme malveillant a rendu inaccessibles certains ordinateurs", ", where ransomware hit the
# council's servers": a relative of place after it, saying something was hit there.
_WHERE = re.compile(r"\s*,\s*(?:où|where)\s", re.IGNORECASE)


def _where_hit(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """An attack told in a relative clause of place on it ("après Charleville-Mézières, où un programme
    malveillant a rendu inaccessibles certains ordinateurs municipaux")."""
    low = f.low
    m = _WHERE.match(f.text, end)
    if not m:
        return False
    comma = low.find(",", m.end())
    stop = min(clause_end(low, m.end()), comma if comma != -1 else len(low))
    hits = [s for s, _e in v.cues.hit.spans(f) + v.cues.attack_effect.spans(f) + v.cues.attack_noun.spans(f)
            if m.end() <= s < stop]
    return bool(hits) and not negated_between(f, v, m.end(), stop)


# "les pirates du CPAS de Charleroi", "les cybercriminels de l'hôpital": the attackers named by whom they hit.
_ATTACKERS_OF = re.compile(r"\b(?:les|des|ses|ces)\s+(?:pirates|cybercriminels|cyberattaquants|assaillants|ranconneurs)\s+"
                           r"(?:de\s+la|de\s+l|du|des|de|d)\s*$")


def _attackers_of(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Named by the attackers who hit it: « les pirates du CPAS de Charleroi ont consulté … » (the gang is
    named otherwise: "les pirates de LockBit" names no organisation of the incident)."""
    return v.lang == "fr" and bool(_ATTACKERS_OF.search(f.low, max(0, start - 40), start))


_FRAMES = (_attackers_of, _on_leak_site, _attributed_to, _held_by, _systems_put_out, _attack_reaches, _attack_forced, _sued, _said_hit, _systems_reached, _whose_systems_hit,
           _listed_after_colon, _people_hit, _taken_at, _taken_from, _its_systems_reached,
           _own_breach, _found_own, _turn_before, _turn_of, _hit_opening, _its_people_taken, _saw_its_own_hit,
           _where_hit)

# Words between "figurent" and the files ("figureraient eux aussi dans les fichiers"), and between
# the files and the word saying they were taken.
FILES_GAP = 4


def presupposed_targets(f: Folded, v: Vocabulary) -> list[str]:
    """Organisations a question takes as attacked in one of its noun phrases, which a question does
    not put in doubt: "Après l'attaque contre Pajemploi, que faire ?", "Ce que renferme le fichier
    dérobé à la CFDT ?", "What did the hack of Harwick expose?". A question that asks whether it
    was hit ("Le CHU a-t-il été piraté ?") presupposes nothing."""
    low = f.low
    taken = [e for _s, e in v.cues.taken.spans(f)]
    nouns = v.cues.attack_noun.spans(f)
    out = []
    for m in find_mentions("organization", v, f):
        if m.value is None:
            continue
        # an attack noun with its target ("l'attaque contre", "the hack of"); a verb ("has the attack hit X?")
        # is what the question asks
        reached = any(right_before(low, e, m.start, 3) and any(s <= ns and ne <= e for ns, ne in nouns)
                      for s, e in v.cues.attack_on.spans(f))
        # a participle of taking right before "à"/"from" and the name: "le fichier dérobé à la CFDT"
        # or the theft's noun: "Combien de nageurs sont touchés par le vol de données à la FFN ?"
        from_it = _FROM.get(v.lang, _FROM["en"]).search(low[max(0, m.start - 12):m.start]) and (
            any(right_before(low, e, m.start, 3) for e in taken)
            or any(right_before(low, t.end(), m.start, THEFT_TO_GAP + 1) for t in _THEFT.finditer(low, 0, m.start)))
        # a question of how or why ("Par quelle porte No Escape s'est-il introduit dans le réseau de la Scara ?", "How
        # did the hackers get into X's network?") takes what it asks about as given
        # (or a verb of hitting right before it: "s'en sont-ils pris au Foyer Namurois ?")
        how = _HOW_QUESTION.match(low) and (_systems_reached(f, v, m.start, m.end) or _attack_reaches(f, v, m.start, m.end)
                                            or any(right_before(low, e, m.start, 3) for _s, e in v.cues.hit.spans(f)))
        if reached or from_it or how:
            out.append(str(m.value))
    return list(dict.fromkeys(out))


# A question that asks how or why, not whether ("Pourquoi des pirates russes s'en sont-ils pris au Foyer ?").
_HOW_QUESTION = re.compile(r"\W*(?:par\s+quelle\s+(?:porte|voie|faille|breche)|comment|pourquoi|"
                           r"(?:how|why)\s+(?:did|were|was|could|do|would|had|has|have))\b")


def in_stolen_files(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence says people are in the stolen files ("des patients, soignés au GHAB,
    figureraient dans les fichiers dérobés", "des millions de personnes figurent dans la base
    aspirée par les pirates", "customers who appear in the stolen records"): their data was
    taken, so the one organisation the sentence names is the one hit (D10)."""
    low = f.low
    files = v.cues.systems.spans(f)
    taken = v.cues.taken.spans(f)
    return any(right_before(low, e, fs, FILES_GAP)
               and any(right_before(low, fe, ts, FILES_GAP) or right_before(low, te, fs, 0) for ts, te in taken)
               and not negated_between(f, v, max(0, s - 3), fs)  # "ne figure pas dans les fichiers volés"
               for s, e in v.cues.listed_in.spans(f) for fs, fe in files)


# "de l'", "of the": what joins a name to the organisation it belongs to ("le service Pajemploi de l'Urssaf").
_OF_ANOTHER = re.compile(r"\s+(?:de|du|des|d|of)\s*(?:(?:la|le|les|l|the)\s+)?")


def _complement_end(low: str, end: int, others: tuple[tuple[int, int], ...]) -> int:
    """Where the name ends once the organisation it belongs to is read with it: "le service Pajemploi
    de l'Urssaf, par lequel les familles déclarent leur garde d'enfants, a été victime", "the Ticketmaster
    unit of Live Nation": what is said after the whole name is said of the first one too."""
    m = _OF_ANOTHER.match(low, end)
    if m:
        for o, oe in others:
            if o == m.end():
                return oe
    return end


def attack_anchor(f: Folded, v: Vocabulary, start: int, end: int, others: tuple[tuple[int, int], ...] = ()) -> int | None:
    """Where the claim that the organisation at [start, end) was attacked is read, or None when the sentence
    does not present it as attacked: its own name, in one of the frames above; or, when it is attacked only as
    the subject of what followed the attack (`_aftermath`), where the attack is named, so that the claim takes
    that clause's polarity ("Le CHU n'a toujours pas rouvert ses urgences après la cyberattaque" asserts the
    attack on the CHU). `others` are the sentence's other organisations, which a list may join to it ("La BBC,
    British Airways et Aer Lingus figurent parmi les victimes"); with none, people said to be in the stolen
    files are its own."""
    own = start
    alone = all(o[0] == start for o in others)
    start, end = coordinated(f.low, start, end, list(others))
    end += len(_NAME_TAIL.match(f.text, end).group())  # "centre hospitalier de Dax[-Côte d'Argent]"
    end = _complement_end(f.low, end, others)
    if any(frame(f, v, start, end) for frame in _FRAMES):
        return own
    after = _aftermath(f, v, start, list(others))
    if after is not None:
        return after
    return own if alone and (in_stolen_files(f, v) or its_own_attack(f, v)) else None


# An attack noun, then a pronoun standing for the one organisation of the sentence as what it struck or
# what suffered it: "Malgré la cyberattaque qui l'a visé en novembre, le Centre de santé Tulattavik
# assure...", "lors de la cyberattaque qu'il a subie", "the attack it suffered in March".
_ITS_OWN_ATTACK = re.compile(r"\s+(?:(?:qui|that|which)\s+l\s+(?:a|avait)\s+(?:vise|frappe|touche|paralyse|cible)e?|"
                             r"qu\s+(?:il|elle)\s+(?:a|avait)\s+subie?s?|"
                             # "ce que l'attaque lui a coûté", "what the attack cost it"
                             r"(?:lui|leur)\s+(?:a|avait|aura)\s+(?:coute|cause|fait\s+perdre)|"
                             # (« cette cyberattaque nous coûte déjà 85 000 euros », "has cost us", said by its own
                             # people: the organisation speaking of itself)
                             r"nous\s+(?:(?:a|avait|aura)\s+)?(?:coute|cause|fait\s+perdre)|"
                             r"(?:has\s+|had\s+)?cost\s+(?:it|them|us)\b|"
                             # "l'attaque subie par ses services"
                             r"subie?s?\s+par\s+(?:ses|son|sa|leurs?)\s+[a-z]+|"
                             # "l'attaque informatique dont il a été la cible"
                             r"dont\s+(?:il|elle)\s+(?:a|avait)\s+ete\s+(?:la\s+)?(?:cible|victime)|"
                             r"(?:that|which)\s+(?:hit|struck|crippled|targeted)\s+(?:it|them)\b|"
                             r"(?:it|they)\s+(?:has\s+|had\s+)?suffered|"
                             # "the breach of its systems had not affected the running of the business", « l'attaque
                             # contre ses serveurs »
                             r"(?:of|on|against|into|contre|de|sur)\s+(?:its|their|ses|son|sa|leurs?)\s+(?:[a-z]+\s+)?"
                             r"(?:systems?|networks?|servers?|computers?|infrastructure|it|systemes?|reseaux?|serveurs?|"
                             r"ordinateurs|informatique)\b)")


def its_own_attack(f: Folded, v: Vocabulary) -> bool:
    """Whether the sentence's attack is said, through a pronoun, to be its organisation's, whoever speaks in it
    too ("Malgré la cyberattaque qui l'a visé, le centre de santé assure que les soins continuent"). Callers
    that make an organisation a claim from it check that the sentence names only one; the denial check
    (`slots._org_denied`) needs no such check, since it only keeps a negation from denying."""
    return bool(own_attacks(f, v))


def own_attacks(f: Folded, v: Vocabulary) -> list[int]:
    """Where each attack noun that `its_own_attack` reads as the organisation's own ends."""
    return [e for _s, e in v.cues.attack_noun.spans(f) if _ITS_OWN_ATTACK.match(f.low, e)]


def attacks_named_on(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """The sentence's attack-on phrases that open with an attack noun ("cyberattack on", "l'attaque
    contre"), not those that only name a part of a target ("les systèmes d'information de", "serveurs de")."""
    nouns = {s for s, _e in v.cues.attack_noun.spans(f)}
    return [(s, e) for s, e in v.cues.attack_on.spans(f) if s in nouns]


# Words between an officer's "we" / "our systems" and the word saying it was hit ("we were struck").
OWN_SUBJECT_GAP = 3


# Words between a verb of suffering and the attack it names ("subit en ce moment une cyberattaque").
SUFFERED_GAP = 5


def quoted_own_attack(f: Folded, v: Vocabulary, clauses: list[Clause], attackers_only: bool = False) -> bool:
    """Whether a quotation tells, in the first person, of the attack on whoever speaks it
    ("« intruders got into our systems and copied data »", "« les pirates ont pu accéder à nos
    serveurs »"): said by an organisation the incident names, it presents that organisation as
    attacked (D7 gives the quotation to it). The attack must be stated, not denied nor put as a
    possibility ("« nothing suggests that our records have left our servers »"). With
    `attackers_only`, for a speaker who works for the organisation rather than the organisation
    itself, the quotation must name the attackers acting ("« the attacker obtained personal
    information on our customers »") or have the speakers' own "we" or "our ..." as the subject
    hit ("« we were struck by a cyber-attack »"): an officer's "customers who may have been caught
    up in this incident" or "how many people were affected" is sympathy or a count."""
    named_on = attacks_named_on(f, v)
    for m in QUOTED.finditer(f.text):
        selves = [(s, e) for s, e in v.cues.self_reference.spans(f) if m.start() <= s < m.end()]
        if not selves:
            continue
        words = [s for s, _e in v.cues.attacker.spans(f) if m.start() <= s < m.end()]
        hits = predicate_hits(f, v, m.start(), m.end())
        # "« We have been handling a cyberattack on our systems »": an attack said to reach the speakers' own
        # (an attack named as such: "« tente de pénétrer dans nos serveurs »" is an attempt)
        words += [s for s, e in named_on if m.start() <= s < m.end() and any(ss == e + 1 for ss, _se in selves)]
        words += [h for h in hits if not attackers_only or any(
            e <= h and right_before(f.low, e, h, OWN_SUBJECT_GAP) for _s, e in selves)]
        # "« Notre commune subit en ce moment une cyberattaque »": suffering an attack the quotation names
        attacks = [a for a, _e in v.cues.attack_noun.spans(f) if m.start() <= a < m.end()]
        words += [s for s, e in v.cues.suffered.spans(f) if m.start() <= s < m.end() and any(
            e <= a and len(f.low[e:a].split()) <= SUFFERED_GAP for a in attacks) and any(
            se <= s and right_before(f.low, se, s, OWN_SUBJECT_GAP) for _ss, se in selves)]
        for w in words:
            clause = clause_at(clauses, w)
            if not (clause.negated or clause.hypothetical):
                return True
    return False
