"""Decide, for each place in a sentence, whether it is denied and whether it is hedged.

A sentence is cut into clauses first, because negation and the conditional reach only
their own clause: "les noms ont été volés, mais pas les dossiers médicaux" asserts one
category and denies the other. Clauses end at ';' and ':', at a full stop inside a
quotation kept whole (« Des noms. Pas de diagnostics »), at contrast words ("mais",
"but", "though"), at "sans"/"without", at an attribution ("selon l'ARS"), before a comma
that opens a negation (", aucune donnée"), around a comma-bounded relative clause (", qui
n'ont pas été identifiés,") or reporting tail (", précise l'ARS"), around a concession
("Même si X, Y") and what "autre que" excepts, and after an answer that opens the
sentence ("Non : ...", "No, say the authorities: ..."): that "no" answers the question
before it and denies nothing in the rest of the sentence.

A clause is negated when it holds a negation cue that no neutraliser covers ("il n'est
pas exclu", "n'est pas la seule", "not only") or a word of sparing ("épargnés",
"untouched"); both together ("n'est pas épargnée") assert (claims.extraction.cues.denies).
A clause is hedged by a hedge cue or, in French, a verb in the conditional; an
attribution ("selon", "according to") hedges the sentence from the statement holding it on
(a statement a ';' or ':' closed before it is the text's own voice, D11). A subject cut from its
verb by an aside, and an enumeration after a colon, take the state of the clause they
belong to (see `analyse`). All cue words are the profile's data (cues_<lang>.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.extraction.cues import denies, negation_spans, spared_spans
from claims.extraction.lexicon import TITLE_DOT, Folded, find_mentions
from claims.extraction.model import Vocabulary
from claims.extraction.rebuttal import rebuttals


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence sharing one polarity and one hedging state.

    `hypothetical` marks a clause that states a possibility, an open question or a
    condition ("whether through a phishing email or a stolen password", "si jamais les
    données étaient publiées"): it asserts and denies nothing.
    """

    start: int
    end: int
    negated: bool
    hedged: bool
    hypothetical: bool = False
    sourced: bool = False  # hedged by who says it (an unnamed source, the attackers, a quoted attribution)
    # A subject cut from its verb by an aside ("Les soins, assurés par des équipes mobilisées,
    # n'ont pas été perturbés"): where the clause holding its verb ends, else None.
    predicate_end: int | None = None


# A closing bracket, then "and" and a verb of saying ("…; health insurance information) and says").
_BRACKET_THEN_SAYS = re.compile(r"\)(?=\s+(?:and|et)\s+(?:says|said|adds|added|states|stated|dit|ajoute|precise)\b)")
# An auxiliary ending the text before a cue ("ont", "have").
_AUXILIARY_END = re.compile(r"\b(?:ont|a|avait|avaient|auraient|aurait|sont|est|have|has|had|would|may|might)\s+$")


def _next_comma(low: str, pos: int) -> int:
    comma = low.find(",", pos + 1)
    return comma if comma != -1 else len(low)


# "rien n'indique que", "aucun élément ne laisse penser que", "nothing suggested that", "no sign
# that": absence of evidence opening the clause, whose negation bears on all that follows (D4).
_NO_EVIDENCE = r"(?:rien|aucun(?:e)?\s+(?:element|indice|signe|indication|preuve)|nothing|no\s+(?:sign|evidence|indication))"
# (past a short aside set off by commas: « Rien, à ce stade, ne permet d'affirmer qu'un rançongiciel soit en cause »)
_NO_EVIDENCE_THAT = re.compile(rf"\b{_NO_EVIDENCE}\b(?:\s*,[^,;:.]{{1,25}},)?[^,;:.]{{0,40}}?\b(?:que|qu|that)\b")


# A clause that opens on an absence of evidence, and one that goes on with a second complement.
_NO_EVIDENCE_OPENS = re.compile(rf"[\W_]*(?:there\s+(?:is|was)\s+)?{_NO_EVIDENCE}\b")
_OR_THAT = re.compile(r"[\s,]*(?:or|nor|ou|ni)\s+(?:that|que|qu)\b")


def no_evidence_before(low: str, start: int, pos: int) -> bool:
    """Whether an absence-of-evidence frame between `start` and `pos` governs what stands at `pos`."""
    return bool(_NO_EVIDENCE_THAT.search(low, start, pos))


def opens_no_evidence(low: str, that_end: int) -> bool:
    """Whether the "que"/"that" ending at `that_end` closes an absence-of-evidence frame ("rien
    n'indique que", "rien ne permet de dire que"), rather than a plain report ("précise que")."""
    return any(m.end() == that_end for m in _NO_EVIDENCE_THAT.finditer(low, 0, that_end))


# What opens a clause of its own after a comma: a determiner, a possessive or a pronoun.
_CLAUSE_OPENER = re.compile(r"\s*(?:the|a|an|their|its|his|her|our|this|these|those|it|they|we|he|she|le|la|les|l|un|une|"
                            r"des|du|ses|son|sa|leurs|leur|ce|cette|ces|il|elle|ils|elles|on|nous)\b")
# A coordination inside an enumeration's last items.
_LISTING = re.compile(r"\b(?:and|et|or|ou)\b")
# A sentence opening on "si" / "s'il" / "if" (quotation marks aside).
_OPENING_IF = re.compile(r"[\s«“\"]*(si|s(?=\s+(?:il|ils)\b)|if)\b")
# How many commas a concession's own subject may hold ("Although the records, e-mail addresses and
# phone numbers, hold no passwords, ...").
CONCESSION_COMMAS = 3
# A short aside opening on a past participle ("collectées par un autre prestataire", "stored by a third party").
_PARTICIPLE_ASIDE = re.compile(r"\s*[a-z]{4,}(?:e|es|ee|ees|ed)\s[^,;:.]{0,60}")


def _concession_end(f: Folded, v: Vocabulary, start: int) -> int:
    """Where a concession opening a sentence ends: at its first comma ("Même si les dossiers
    paraissent épargnés, des noms ont fuité"), unless what it has read so far holds no verb and
    no negation and what follows the comma is no new clause but more of its subject, an
    enumeration ("Although the scraped records, e-mail addresses and phone numbers matched to
    handles, hold no passwords, their circulation could fuel phishing")."""
    low = f.low
    end = _next_comma(low, start)
    negations = [s for s, _e in v.cues.negation.spans(f)]

    def bare_subject(end: int) -> bool:
        """Whether the concession read up to this comma is still only its subject: no verb, no negation."""
        return end < len(low) and not _VERB.search(low[start:end]) and not any(start <= n < end for n in negations)

    def subject_goes_on(end: int, listing: bool) -> bool:
        after = _next_comma(low, end)
        return bare_subject(end) and not _CLAUSE_OPENER.match(low, end + 1) \
            and (not listing or bool(_LISTING.search(low, end + 1, after)))

    # a participle set off by commas inside its subject ("Même si les coordonnées bancaires, collectées par un autre
    # prestataire, sont restées à l'abri, des mots de passe ont été compromis"): past it, up to the verb's comma
    after = _next_comma(low, end)
    if bare_subject(end) and _PARTICIPLE_ASIDE.fullmatch(low, end + 1, after):
        return _next_comma(low, after)
    # the enumeration first ("e-mail addresses and phone numbers"), then up to its verb
    if subject_goes_on(end, listing=True):
        end = _next_comma(low, end)
        for _ in range(CONCESSION_COMMAS - 1):
            if not subject_goes_on(end, listing=False):
                break
            end = _next_comma(low, end)
    return end


# An aside set off by commas right after a concession's opening word (« Même si, selon la direction, »).
_OPENING_ASIDE = re.compile(r"\s*,[^,;:.]{1,40},")


# An aside between spaced dashes, within one sentence ("Names – nothing in the way of bank details – were").
_DASH_ASIDE = re.compile(r"\s[–—-]\s(?:[^–—.;:!?«»“”()]{1,160}?)\s[–—-](?=\s)")


# "et", "and" or "mais" then a subject of its own (an article and up to two words, or a pronoun), right
# before a negation.
_AND_NEW_SUBJECT = re.compile(r"\b(?:et|and|mais|but)\s+(?:(?:meme|aussi|even|also)\s+)?"
                              r"(?:(?:les|le|la|l|the|des|ses|leurs|its|their)\s+(?:[\w-]+\s+){1,2}|"
                              r"(?:il|elle|ils|elles|they|he|she|it)\s+)(?:(?:ne|n)\s+(?:\S+\s+){0,3}|"
                              r"(?:did|does|do|have|has|had|was|were|is|are|would|could|will)\s+)$")


# A stressed pronoun set off by commas, before the second comma ("ne sont, eux, pas concernés").
_STRESSED_PRONOUN = re.compile(r",\s*(?:eux|elle|elles|lui)\s*$")


# A comma, then a subject pronoun and an auxiliary ("…, tout a été chiffré", "…, everything was encrypted").
_COMMA_NEW_CLAUSE = re.compile(r",\s*(?=(?:tout|il|elle|ils|elles|on|nous|everything|it|they|we)\s+"
                               r"(?:a|ont|est|sont|avait|avaient|etait|etaient|was|were|has|have|had|is|are)\s)")

# A comma, then a subject of a few words and its negated verb, up to the negation ("…, remote desktop access was
# not", "…, les données médicales n'ont pas").
# (the subject opens on neither a conjunction, a relative, a verb of saying nor a pronoun: ", and it has not", ", said
# the outage had not", ", whose network had not", ", if they have not" are other shapes)
_COMMA_NEW_SUBJECT = re.compile(r",\s*(?!(?:and|but|or|yet|so|though|although|while|if|as|which|who|whose|where|when|"
                                r"that|said|says|say|told|adding|added|insists?|insisted|there|it|they|he|she|we|this|"
                                r"et|mais|ou|ni|donc|si|qui|dont|que|qu|il|elle|ils|elles|on|nous|cela|ce)\b)"
                                r"(?:(?:the|its|their|his|her|les|le|la|l|des|ses|leurs|sa|son|ces|cette)\s+)?"
                                r"(?:[\w-]+\s+){1,4}(?:(?:was|were|is|are|had|has|have)\s+|"
                                r"(?:ne|n)\s+(?:\S+\s+){1,2})$")
# A verb of a clause's own before the comma: an auxiliary, a past participle, a French verb with its participle
# (not the English article "a", which the broader `_FINITE_VERB` takes for « a »).
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|est|sont|etait|etaient|ont|avait|avaient|\w+ed|"
                       r"a\s+(?:ete|\w+(?:e|es|ee|ees|i|is|it|u|us|ert)))\b")


# A clause that repeats the one before for another subject ("and so were passwords", "as was the portal").
_SO_TOO = re.compile(r"\s*,?\s*(?:and\s+)?(?:so|as)\s+(?:were|was|are|is|have|has|had|did|do|does)\b")
# A negated cleft up to the "que" / "that" of what it frames ("ce n'est pas le 18 novembre que", "it was
# not on Wednesday that").
# (its focus opens on an article, a preposition or a day: "it is not believed that" and "ce n'est pas sûr que"
# are no clefts)
_CLEFT_DENIAL = re.compile(r"\b(?:ce\s+n\s+(?:est|etait)\s+pas|it\s+(?:is|was)\s+not|it\s+wasn\s+t|it\s+isn\s+t)\s+"
                           r"(?:le|la|les|l|un|une|a|au|aux|en|dans|par|avant|apres|depuis|the|an|on|in|at|until|before|"
                           r"after|since|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
                           r"(?:\s+[^\s,;:.]+){0,6}?\s+(?P<that>que|qu|that)\b")
# What sets one constituent against the one before it ("des données d'identification, pas de données de paiement", "about
# 6 million customers, not 14 million, were in the set"): the negation is the contrast's, not the verb's.
CONTRAST = r"(?:pas|not|non|et non|and not|but not|mais pas|jamais|never)"
# A consequence after a comma ("…, leaving patients exposed to", "…, laissant les données à la merci de").
# (and a participle that opens what the speaker goes on to say: "warns users not to open any e-mail that does not end in
# @sepe.es, recalling that fraudulent e-mails asked people for their bank account numbers")
_CONSEQUENCE = re.compile(r",\s*(?:leaving|laissant|exposing|exposant|recalling|rappelant)\b")


# A finite verb, roughly: an auxiliary or a copula, a conditional, an English past tense.
_FINITE_VERB = re.compile(r"\b(?:est|sont|etait|etaient|a|ont|avait|avaient|reste|restent|is|are|was|were|has|have|had|"
                          r"\w+rait|\w+raient|\w+ed)\b")


# What opens the clause an "and" may continue: punctuation, or the "that" / "que" of what is reported.
_CLAUSE_LEAD = re.compile(r"[,;:.]|\b(?:that|que|qu)\b")


def _clause_lead(low: str, pos: int) -> int:
    """Where the clause holding pos opens: after the last punctuation or "that" / "que" before it."""
    return max((m.end() for m in _CLAUSE_LEAD.finditer(low, 0, pos)), default=0)


# A relative pronoun, an optional aside set off by commas, then the relative clause's own verb.
# (the source may come between the negation and the verb: "et qui n'aurait, selon la direction, pas perturbé")
# (a reflexive verb too: « une intrusion, qui se serait déroulée entre le 5 et le 9 novembre »)
_RELATIVE_CONDITIONAL = re.compile(r"\bqui\s*(?:,[^,;:.]{1,60},\s*)?(?:ne\s+|n\s+)?(?:se\s+|s\s+)?(?P<verb>[a-z]{6,})\b"
                                   r"(?:\s*,[^,;:.]{1,60},\s*(?=pas\b|plus\b|jamais\b))?")


# A cleft before the relative pronoun: "ce sont des millions de noms qui auraient été dérobés" says its
# main statement in the relative clause.
_CLEFT_BEFORE = re.compile(r"\b(?:c\s+est|ce\s+sont|c\s+etait|c\s+etaient)\b[^,;:.]*$")


def relative_conditionals(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """Relative clauses with their own conditional after a main clause with its own verb ("a été
    frappé samedi par un rançongiciel qui, d'après le parquet, aurait rendu illisibles 80 % de ses
    fichiers"): where each starts, and where its verb ends. The hedge, and a source set off before
    the verb, stay in the relative clause; the main clause keeps its state."""
    endings, exceptions = v.conditional["endings"], v.conditional["exceptions"]
    if not endings:
        return []
    low = f.low
    return [(m.start(), m.end()) for m in _RELATIVE_CONDITIONAL.finditer(low)
            if m.group("verb").endswith(endings) and m.group("verb") not in exceptions
            and _FINITE_VERB.search(low, 0, m.start()) and not _CLEFT_BEFORE.search(low, 0, m.start())]


# An "and" that opens a possibility after a statement ("… got into its system and may have accessed …").
_COORDINATED_MODAL = re.compile(r"\s+and\s+(?=(?:may|might|could)\s+(?:also\s+)?have\b)")
# A clause of time stating what the attackers did ("after hackers broke into", "after an intruder got in").
_AFTER_EVENT = re.compile(r"\b(?:after|when)\s+(?:the\s+)?(?:hackers|attackers|intruders|criminals|cybercriminals|"
                          r"(?:an?\s+)?(?:hacker|attacker|intruder|criminal|unauthori[sz]ed\s+(?:third\s+)?party))\s+"
                          r"(?:had\s+)?(?:broke|broken|got|gained|stole|took|hit|struck|accessed|breached|infiltrated|hacked)\b")
# A modal before it in the sentence, which that clause of time is not under.
_MODAL_BEFORE = re.compile(r"\b(?:may|might|could)\s+(?:have|also)\b")


def attack_asides(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """A participle of the attack set off by commas ("le site de Comparis, piraté le 7 juillet, …",
    "une intrusion informatique, survenue le 28 novembre selon elle, avait permis …"): an aside of its own,
    which the main clause's negation does not reach, and whose source speaks for it alone."""
    low = f.low
    out = []
    for start, _end in v.cues.attack_event.spans(f):
        aside = re.match(r"[^,;:.()«»“”]{0,60},", low[start:])
        if aside and re.search(r"(?:^|,)\s*$", low[:start]):
            out.append((start, start + aside.end()))
    return out


# A relative clause of seeming on a noun, then a verb of the main clause ("that appears to be ransomware knocked out").
_SEEMING_RELATIVE = re.compile(r"\b(?:that|which|qui)\s+(?:appears|appeared|seems|seemed|semble|semblait)\s+"
                               r"(?:to\s+be|to\s+have\s+been|etre|avoir\s+ete)\s+(?:an?\s+|une?\s+|du\s+|de\s+la\s+)?"
                               r"[a-z-]+(?:\s+(?:attack|attaque))?(?=\s+(?:has\s+|have\s+|had\s+|a\s+|ont\s+|avait\s+)?"
                               r"[a-z]+(?:ed|t|e|é)\b)")


# A relative clause on the subject with a negation of its own, then the modal main verb ("who never knew they
# were in it should watch", "qui n'ont jamais été prévenus doivent se méfier").
_RELATIVE_THEN_MODAL = re.compile(r"\b(?:who|qui)\s+(?:[^,;:]{0,40}?\s)?(?:never|not|no|ne|n|jamais)\s[^,;:]{0,60}?\s"
                                  r"((?:should|must|need\s+to|are\s+urged|are\s+advised|doivent|devraient|sont\s+invites)\b)")


# A passive relative clause on a subject, up to the subject's own verb negated ("whose login was phished | was not").
_PASSIVE_RELATIVE_THEN_NEGATED = re.compile(r"\b(?:who|which|that|whose\s+[a-z]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                                            r"[a-z]+(?:ed|en)\s+(?=(?:was|were|is|are|has|had|did|does)\s+(?:not|never)\b)")


# What opens a list of what a statement holds ("…, including names", « …, notamment des noms »).
_INCLUDING = re.compile(r"\s*,?\s*(?:including|such\s+as|among\s+them|along\s+with|together\s+with|notamment|y\s+compris|"
                        r"parmi\s+lesquel(?:le)?s)\b")
# The relative right after an attack noun, up to its verb of hitting ("qui a frappé", "that hit").
_ATTACK_RELATIVE = re.compile(r"\s+((?:qui|that|which)\s+(?:(?:a|avait|ont|avaient|has|had|have)\s+)?)")
# A participle after a comma with a negated complement ("…, linked to no other detail", « …, rattachés à aucun »).
_NEGATED_COMPLEMENT_ASIDE = re.compile(r",\s+[a-z]+(?:ed|e|es|ee|ees)\s+(?:to|with|by|a|au|aux)\s+"
                                       r"(?=(?:no|none|aucun|aucune|nul|nulle)\b)")

# A comma, an indefinite noun phrase, then its own relative clause (with or without "that") holding a negation.
_NEGATED_APPOSITIVE = re.compile(r",\s+(?=(?:a|an)\s+(?!(?:[a-z]+\s+){0,3}?(?:claim|claims|figure|number|assertion|"
                                 r"allegation|account|report|statement|detail|fact|breach|attack|incident)\b)"
                                 r"(?:[a-z]+\s+){1,5}?(?:it|they|we|he|she)\s+"
                                 r"(?:[a-z]+\s+){0,2}?(?:not|never|n\s+t)\b)")


# « une attention particulière aux prélèvements que l'on ne reconnaît pas », "any charges that they do not recognise":
# a relative on a noun, its subject a pronoun, its verb negated; the negation is the relative's.
# (not the conjunction « avant que » with its expletive « ne », whose prevented deed the cue before it denies: « ont
# stoppé l'assaillant avant qu'il ne lance un rançongiciel »)
_NEGATED_OBJECT_RELATIVE = re.compile(r"(?<=[a-z]\s)(?<!avant\s)(?:que|qu|that)\s+(?=(?:l\s+on|on|ils|elles|il|elle|vous|nous|"
                                      r"they|you|he|she|we)\s+(?:ne\s|n\s|do\s+not|did\s+not|does\s+not|don\s+t|"
                                      r"didn\s+t|doesn\s+t))")


# A verb of intrusion, its agent's "by", then a free relative of seeming or belief.
_BREACHED_BY_WHAT = re.compile(r"\b(?:breached|hacked|compromised|infiltrated|infected|penetrated|pirates?|piratees?|"
                               r"infectes?|infectees?|compromis|compromises?|compromisees?)\s+(?:[a-z]+\s+){0,3}?"
                               r"(?:by|par)\s+(?=(?:what|ce\s+qui)\s+(?:(?:is|was|are|were)\s+(?:thought|believed|"
                               r"suspected|understood|said)|appears|appeared|seems|seemed|looks|looked|semble|semblait|"
                               r"pourrait|serait|aurait))")


# "et rien", "and nothing", a negative pronoun opening a coordinated clause.
_AND_NOTHING = re.compile(r"\b(?:et|and)\s+(?=(?:rien|nothing|aucun|aucune)\s)")
# "…that this was not a ransomware attack, saying again that the intruders got in through a subcontractor's account",
# « …, répétant que les pirates étaient passés par le compte d'un sous-traitant »: a participle of saying after a comma
# opens what the speaker says next, a statement of its own
# (or any participle of saying: "…, telling customers on Twitter that its offices would stay shut", « précisant que »)
_SAYING_AFTER_COMMA = re.compile(r",\s+(?=(?:saying|repeating|reiterating|repetant|reiterant|telling|adding|noting|"
                                 r"explaining|stressing|insisting|warning|ajoutant|precisant|expliquant|soulignant|"
                                 r"indiquant)\b)")


# Phrases of "sans"/"without" that say how soon something is done, no clause of their own.
_HOW_SOON = re.compile(r"sans (?:plus )?(?:attendre|delai|tarder)|without (?:delay|waiting)")


# A non-restrictive "where" whose clause says what could be done at the place (", where fraudsters could use it").
_WHERE_COULD = re.compile(r",\s+(where)\s+(?:[a-z]+\s+){1,4}(?:could|can|might|may|would)\b")


def clause_breaks(f: Folded, v: Vocabulary, relatives: list[tuple[int, int]],
                  asides: list[tuple[int, int]]) -> list[int]:
    """Offsets where a new clause starts. `relatives` and `asides` are the sentence's
    `relative_conditionals` and `attack_asides`, which `analyse` also reads: found once, by it."""
    low = f.low
    # (a colon between digits is a clock, "between 22:58 on 21 August", not a list)
    breaks = {m.end() for m in re.finditer(r";|(?<!\d):(?!\d)", low)}
    # A quotation is one sentence, but each of its own sentences is a clause.
    # (the period closing "a.m.", "e.g." or "U.S." ends no clause: "at about 2 a.m. on Sunday")
    # (nor does the full stop of a title before a name: "from Mr. Cooper's systems")
    breaks |= {m.end() for m in re.finditer(r"(?<!\.[a-z])(?:[!?…]|" + TITLE_DOT + r")[.!?…]*(?=\s+\S)", low)}
    # '“..., unless it's an emergency,” the trust posted': a quotation closed on a comma ends its
    # clause; the attribution after it is another ('“Please do not attend,” X posted as the
    # ransomware spread' denies nothing of the ransomware)
    breaks |= {m.end() for m in re.finditer(r",\s*[”»]", low)}
    # so does one closed before its comma ('« Les dirigeants n'ont pas voulu protéger les données »,
    # accusaient les pirates, ... faute de quoi les données médicales seraient publiées')
    breaks |= {m.end() for m in re.finditer(r"[”»]\s*,", low)}
    # ", yet" opens a contrasting clause as "but" does ("were inside its network from March 27, the firm said, yet
    # letters only began going out on October 31"); "yet" alone is also "not yet", which breaks nothing
    # (the clause opens on "yet" itself, as on "but", so that the comma left before it never reads as a subject's
    # aside reaching its verb: "appears to bear the hallmarks of ransomware, yet no gang has come forward")
    breaks |= {m.start(1) for m in re.finditer(r",\s+(yet)\b", low)}
    # "plus another 5.2 million whose ID numbers alone were exposed, linked to no other detail", « rattachés à
    # aucune autre donnée »: a participle set off by a comma whose complement is negated qualifies a noun; its
    # negation denies nothing of the clause before it
    breaks |= {m.start() for m in _NEGATED_COMPLEMENT_ASIDE.finditer(low)}
    # "through a flaw in ADSelfService Plus, a password-management tool it had not yet patched": a noun set
    # beside another by a comma, with a relative clause of its own that is negated, describes that noun; the
    # negation denies nothing of the clause the noun sits in
    breaks |= {m.start() for m in _NEGATED_APPOSITIVE.finditer(low)}
    # "Ecomnova's systems were breached by what is thought to have been malware": where the verb already says the
    # intrusion happened, the seeming doubts only what it was done with, which is a clause of its own ("disrupted
    # by what appeared to be a cyberattack" doubts the attack itself, and keeps one clause)
    breaks |= {m.end() for m in _BREACHED_BY_WHAT.finditer(low)}
    # « Les soins aux patients se poursuivent et rien ne permet de penser que des données aient été touchées »: a
    # clause whose subject is "rien" / "nothing" after "et" / "and" is its own, so the doubt it opens hedges only it
    breaks |= {m.start() for m in _AND_NOTHING.finditer(low)}
    breaks |= {m.end() for m in _SAYING_AFTER_COMMA.finditer(low)}
    # "so the data never lands on the dark web, where other criminals could use it for identity fraud": a place
    # described by what could be done there is a clause of its own, which the negation before it does not reach
    breaks |= {m.start(1) for m in _WHERE_COULD.finditer(low)}
    breaks |= {m.start() for m in _NEGATED_OBJECT_RELATIVE.finditer(low)}
    # « ne produit plus un seul aérosol depuis la cyberattaque qui a frappé ses serveurs le jeudi 27 avril »: the
    # relative that tells what the attack hit, and when, is a clause of its own, which the main clause's
    # negation does not reach
    # (only where a negation before it would reach it: "L'attaque qui a paralysé le réseau le 18 décembre venait de
    # Russie" keeps its subject and its date together)
    hit_starts = {s for s, _e in v.cues.hit.spans(f) + v.cues.attack_on.spans(f)}
    for ns, e in v.cues.attack_noun.spans(f):
        rel = _ATTACK_RELATIVE.match(low, e)
        if rel and rel.end() in hit_starts and any(
                n < ns and not re.search(r"[;:.]", low[n:ns]) for n, _e in v.cues.negation.spans(f)):
            breaks.add(rel.start(1))
    # "a été frappé samedi par un rançongiciel qui, d'après le parquet, aurait rendu illisibles 80 % de
    # ses fichiers": a relative clause with its own conditional is a clause of its own, so its hedge
    # stays there and the asserted main clause before it keeps its state
    breaks.update(start for start, _end in relatives)
    # "A cyberattack that appears to be ransomware knocked out computer systems across …": a relative clause of
    # seeming on the subject hedges what it names, not the main clause after it
    for m in _SEEMING_RELATIVE.finditer(low):
        breaks.update((m.start(), m.end()))
    # "had recently got into part of its IT system and may have accessed some customer information", "may
    # have been exposed after hackers broke into Tū Ora": a possibility coordinated after a statement, or a
    # statement after one, is a clause of its own, so the modal hedges only its own
    breaks.update(m.start() for m in _COORDINATED_MODAL.finditer(low) if _FINITE_VERB.search(low, 0, m.start()))
    breaks.update(m.start() for m in _AFTER_EVENT.finditer(low) if _MODAL_BEFORE.search(low, 0, m.start()))
    # "Patients who never knew they were in it should watch for phishing": the main verb that closes a relative
    # clause on the subject opens a clause of its own, and the relative's negation stays in the relative
    breaks.update(m.start(1) for m in _RELATIVE_THEN_MODAL.finditer(low))
    # "The employee whose login was phished was not the weak link": a relative clause in the passive on the subject
    # ends where the main verb comes, and the negation of that verb denies nothing the relative tells
    breaks.update(m.end() for m in _PASSIVE_RELATIVE_THEN_NEGATED.finditer(low))
    answer = leading_answer(f, v)
    if answer:
        breaks.add(answer)
    for start, end in possibility_scopes(f, v):
        breaks.update((start, end))
    not_negations = v.cues.not_negation.spans(f)
    for start, end in v.cues.clause_break.spans(f):
        # "ne sont en revanche pas concernés": an adverb inside a negation frame breaks nothing.
        if re.search(r"\b(?:ne|n)\b[^,;:]{0,15}$", low[:start]) and re.match(r"\s*(?:pas|plus|jamais)\b", low[end:]):
            continue
        # "ont en revanche été épargnés", "have however been spared": nor between an auxiliary and its participle
        # (or a verb of remaining: « sont toutefois restées hors d'atteinte », "have however remained safe")
        if _AUXILIARY_END.search(low[:start]) and re.match(r"\s*(?:ete|been|restee?s?|demeuree?s?|remained|stayed)\b",
                                                            low[end:]):
            continue
        # "may have gone into about 8,000 of its customer accounts without any legitimate reason": a phrase that
        # denies nothing (not_negation) says how the deed was done, inside its clause and under its hedge; what
        # follows it is another clause ("consultés sans autorisation, à la suite de tentatives … survenues le 22 août")
        phrase = next((e for s, e in not_negations if s == start and end <= e), None)
        # ("de renouveler sans attendre leurs identifiants": a phrase saying how soon is an adverb in the verb's
        # own clause, and the object after it is still that verb's)
        if phrase is not None and _HOW_SOON.fullmatch(low, start, phrase):
            continue
        breaks.add(start if phrase is None else phrase)
    # "le site de Comparis, piraté le 7 juillet, l'affaire n'a rien de théorique": a participle of the
    # attack set off by commas is an aside of its own, which the main clause's negation does not reach
    # (so is one opening the sentence: "Frappé jeudi soir par une attaque informatique, l'hôpital n'a pas eu à")
    for start, end in asides:
        breaks.update((start, end))
    # "lists what the compromised account contained (names; …) and says the hospital is not aware of any fraud": a
    # verb of saying after a list closed in brackets is a second statement
    breaks.update(m.end() for m in _BRACKET_THEN_SAYS.finditer(low))
    negation_starts = {s for s, _ in v.cues.negation.spans(f)}
    # "Names and addresses – nothing in the way of bank details, the company stressed – were
    # copied": an aside between spaced dashes is a clause of its own, so the negation inside it
    # stays there and what is said around it keeps its own polarity (read on the text: folding
    # turns dashes into spaces)
    # (only an aside holding a negation: a hedge or a source inside dashes still governs its clause,
    # "names – according to the trust – were copied")
    # (or one listing what was taken, right after the words that say it, before a clause that spares
    # something else: "what was taken — diagnoses, lab results — patients' bank numbers were spared" keeps
    # the list out of the sparing)
    taken_ends = [e for _s, e in v.cues.compromise.spans(f)]
    spared_starts = [s for s, _e in spared_spans(f, v.cues)] + sorted(negation_starts)
    for m in _DASH_ASIDE.finditer(f.text):
        if any(m.start() < s < m.end() for s in negation_starts) or (
                any(e <= m.start() and len(low[e:m.start()].split()) <= 1 for e in taken_ends)
                and any(m.end() <= s and not re.search(r"[;:.]", low[m.end():s]) for s in spared_starts)):
            breaks.update((m.start(), m.end()))
    # "..., speaking anonymously because he was not cleared to comment, told the paper he was worried
    # about identity theft": a reason set off inside an aside ends at its comma, and what it denies
    # stays in it
    for start, end in v.cues.cause.spans(f):
        aside = re.match(r"[^,;:.]*,", low[end:])
        if aside and re.search(r",[^,;:.]*$", low[:start]):
            breaks.add(end + aside.end())
    for start, end in v.cues.source.spans(f):
        breaks.add(start)
        comma = low.find(",", end)
        if comma != -1:
            breaks.add(comma + 1)  # "Selon l'ARS, <claim>": the claim is its own clause
    relative_starts = {s for s, _ in v.cues.relative.spans(f)}
    reporting = v.cues.reporting.spans(f)
    speaking = v.cues.speaking.spans(f)
    for start, end in reporting:
        # "Le GRADeS précise que <claim>": what is reported is a clause of its own; but after
        # "rien n'indique", "aucun élément ne permet de dire" the complement is what the negation
        # bears on (absence of evidence, D4: denied and hedged).
        m = re.match(r"\s+(?:que|qu|that)\b", low[end:])
        if m and not opens_no_evidence(low, end + m.end()):
            breaks.add(end + m.end())
    # "Même si les dossiers paraissent épargnés, des noms ont fuité": the concession ends at its comma.
    for start, cue_end in v.cues.concession.spans(f):
        breaks.add(start)
        if re.search(r",\s*$", low[:start]):
            # "..., although the files hold neither the content nor names, Social Security numbers
            # or dates of birth": a concession after the main clause runs to its end
            stop = re.search(r"[;:.!?]", low[start:])
            breaks.add(start + stop.start() if stop else len(low))
        else:
            # (past an aside right after its opening word: « Même si, selon la direction, la majorité des dossiers
            # est restée hors d'atteinte, des données de santé ont bel et bien quitté les serveurs »)
            aside = _OPENING_ASIDE.match(low, cue_end)
            breaks.add(_concession_end(f, v, aside.end() if aside else start))
    # "Si l'échantillon ne semble pas comporter de coordonnées bancaires, il recèle …", "If the card
    # numbers were not taken, the addresses were": an opening "si" / "if" clause ends at its comma
    # too, concessive or conditional; what it supposes is for its own words to say
    opening_if = _OPENING_IF.match(low)
    if opening_if:
        breaks.add(opening_if.start(1))
        breaks.add(_concession_end(f, v, opening_if.start(1)))
    # "..., a claim the group dismissed": the apposition that rejects a claim is a clause of its own
    breaks.update(comma for comma, _noun in rebuttals(f, v))
    # "Aucune région autre que la nôtre n'est touchée": what is excepted is not denied.
    negation_starts_sorted = sorted(s for s, _ in v.cues.negation.spans(f))
    spared = spared_spans(f, v.cues)
    for start, end in v.cues.exception.spans(f) + v.cues.exclusion.spans(f):
        if any(s < start < e for s, e in spared):
            continue  # "hébergés à part": a word of sparing, not an exception
        # (nor where it closes its phrase: « le dossier patient, hébergé sur un serveur à part, n'a pas été atteint »
        # keeps nothing apart from the denial; an exception names what it excepts after it)
        # (or before another participle it is coordinated with: « hébergé sur un serveur à part et sauvegardé chaque
        # nuit »)
        if re.match(r"\s*(?:[,;:.!?)]|$|(?:et|ou|and|or)\s)", low[end:]):
            continue
        breaks.add(start)
        later = [s for s in negation_starts_sorted if s > end]
        if later:
            breaks.add(later[0])
    # "three contractor accounts that had no second factor": a relative clause holding a
    # negation is a clause of its own, so the negation stays in it.
    for start in negation_starts:
        m = re.search(r"\b(?:that|which|who|whom|qui|dont|que|qu)\b(?:\s+\S+){0,3}\s+$", low[:start])
        if m:
            breaks.add(m.start())
            if m.group(0).split()[0] in ("which", "who", "whom", "qui", "dont"):
                # "by an expert who asked not to be named, appears to hold": it ends at its comma
                # ("that"/"que" may open what a verb reports instead: "insisting that no card numbers, ...")
                breaks.add(_next_comma(low, start))
    # "Ce n'est pas le mercredi 18 novembre que la mairie a été attaquée, mais la veille", "It was not on
    # Wednesday that the town hall was hit": a cleft denies what it sets apart, not the clause after "que"
    for m in _CLEFT_DENIAL.finditer(low):
        breaks.add(m.end("that"))
    # "l'intrusion remonterait à mardi et les pirates ne se seraient pas encore manifestés": a clause
    # coordinated with a subject of its own and a negated verb is its own, comma or not
    # (after a clause with a verb of its own: "les mots de passe et les coordonnées bancaires ne sont pas
    # compromis" is one subject of two nouns; so is "insisted that patient care at the hospitals and its
    # other sites was not being interrupted", whose verb before "and" is the one reporting it)
    for start in negation_starts:
        m = _AND_NEW_SUBJECT.search(low, 0, start)
        if m and _FINITE_VERB.search(low, _clause_lead(low, m.start()), m.start()):
            breaks.add(m.start())
    # "Rien n'a été emporté, tout a été chiffré": after a negated clause, a comma then a subject pronoun and
    # an auxiliary open a clause of its own
    for m in _COMMA_NEW_CLAUSE.finditer(low):
        if any(s < m.start() and not re.search(r"[,;:.]", low[s:m.start()]) for s in negation_starts):
            breaks.add(m.start())
    # "brute-force guessing had given the hacker the credentials of administrator accounts, remote desktop access was
    # not protected by a second factor": after a clause with a verb of its own, a comma then a subject of its own
    # and a negated verb open a clause, and the negation denies nothing of the one before (a list before the
    # comma has no verb: "names, addresses were not taken" is one subject)
    for start in negation_starts:
        m = _COMMA_NEW_SUBJECT.search(low, 0, start)
        if not m:
            continue
        lead = _clause_lead(low, m.start())
        if _OWN_VERB.search(low, lead, m.start()) and not any(lead <= s < start for s, _e in reporting):
            breaks.add(m.start())
    # ", and says it has found no evidence": a coordinated clause after a comma is its own
    # (a last enumeration item cut so rejoins its list through the subject join below).
    for m in re.finditer(r",\s+(?:and|et|or|ou|while|after|before|as|when|since|because|apres|avant|lorsque|quand|"
                         r"puisque|parce|puis|then)\b|\b(?:and that|et que|et qu)\b", low):
        breaks.add(m.start())
    # "it still had not sent letters, leaving patients exposed to identity theft": a consequence after a
    # negated clause is said, not denied (it keeps the clause's hedge: `analyse`)
    # (a full stop inside an address, "@sepe.es", ends nothing)
    for m in _CONSEQUENCE.finditer(low):
        if any(s < m.start() and not re.search(r"[;:]|\.(?!\w)", low[s:m.start()]) for s in negation_starts):
            breaks.add(m.start())
    # "..., possibly including names": a hedge after a comma governs what follows it
    # (so does one after the "and" closing a list: "stole API keys, two-factor codes and possibly other data", « et
    # peut-être d'autres données », which doubts the last item only)
    for start, end in v.cues.hedge.spans(f):
        if not re.search(r"(?:ly|ment|peut etre|a priori)$", low[start:end]):
            continue  # an adverb only; "Les dossiers, stockés à part, semblent épargnés" keeps its subject
        # (not with a figure after it: "the data of 2,000 and possibly 5,000 customers", "and potentially passwords of
        # 3,000 users" count the people the whole list is about)
        listed = re.search(r",[^,;:.]{1,60}\b(?:and|et|or|ou)\s*$", low[:start]) and not re.match(r"[^;:.]*\d",
                                                                                                  low[end:])
        if listed or re.search(r",\s*$", low[:start]):
            breaks.add(start)
    for comma in (m.start() for m in re.finditer(",", low)):
        after = comma + 1 + (len(low[comma + 1:]) - len(low[comma + 1:].lstrip()))
        nxt = _next_comma(low, comma)
        segment_words = len(low[comma + 1:nxt].split())
        # (not after a stressed pronoun set off by commas: "Mots de passe et moyens de paiement ne sont, eux,
        # pas concernés" is one negated clause)
        if after in negation_starts and not _STRESSED_PRONOUN.search(low, 0, comma):
            breaks.add(comma)
        elif after in relative_starts or (
            segment_words <= 8 and any(comma < s < nxt for s, _ in reporting)
            # ("« Rien, dans nos vérifications, n'indique une faille »": a negated verb goes on the
            # clause the aside interrupted; a tail is never negated)
            and not re.match(r"\s*(?:n|ne)\s", low[comma + 1:])
            # ", insisting that no phone numbers, PINs or passwords...": a verb that opens what it
            # reports is no tail; its enumeration runs past the comma
            and not any(comma < s < nxt and re.match(r"\s+(?:que|qu|that)\b", low[e:]) for s, e in reporting)
        ):
            breaks.add(comma)
            breaks.add(nxt)
        elif any(after <= s and len(low[after:s].split()) <= 1 for s, _ in speaking):
            # ", a fait savoir l'établissement breton dans la nuit :": a tail with a verb of speaking
            stop = re.search(r"[,;:.]", low[after:])
            end = after + stop.start() if stop else len(low)
            if len(low[after:end].split()) <= 10:
                breaks.add(comma)
                breaks.add(end)
    return sorted(b for b in breaks if 0 < b < len(low))


_ALTERNATIVE = re.compile(r"\b(?:or|ou|nor|ni)\b")
_CLAUSE_END = re.compile(r"[;:.!?]")


# « si le groupe ne verse pas », « s'il ne paie pas »: a condition whose own verb is negated.
# (after a word: an opening « si » concedes; nor « même si »)
_NEGATED_CONDITION = re.compile(r"(?<!\bmeme )(?<=[a-z] )s(?:i\s+(?:le|la|les|l|on|il|ils|elle|elles|ce|cet|cette|ces|"
                                r"leur|leurs|son|sa|ses|un|une|nous|vous)|\s+ils?)\b(?:\s+\S+){0,5}?\s+(?:ne|n)\s")


def possibility_scopes(f: Folded, v: Vocabulary) -> list[tuple[int, int]]:
    """Stretches that list possibilities or open a condition or a question: from the cue
    ("whether", "au cas où", "qu'il s'agisse") to the comma that closes it, or, when it
    lists alternatives ("whether through a phishing email, a stolen password or an
    unpatched server,"), to the comma after its last alternative."""
    low = f.low
    scopes = []
    neutral = v.cues.not_possibility.spans(f)
    for start, end in v.cues.possibility.spans(f):
        # "even if" over "if", "how many" over "not said how": no possibility
        if not any(s < end and start < e for s, e in neutral):
            scopes.append((start, _scope_end(low, end, alternatives=True)))
    # « susceptible d'être divulguée si le géant pétrolier ne verse pas de rançon »: a bare « si » whose clause denies
    # sets the condition of a threat; the negation is the condition's, not a denial of what went before (French has
    # no "if" among its possibility cues, « si » being also "so" and "whether")
    scopes += [(m.start(), _scope_end(low, m.end(), alternatives=False)) for m in _NEGATED_CONDITION.finditer(low)]
    return scopes


def _scope_end(low: str, end: int, alternatives: bool) -> int:
    """Where a possibility opened by a cue ending at `end` closes: the next comma before the clause ends (past the
    last alternative it lists, where `alternatives`), else the clause's end."""
    stop = _CLAUSE_END.search(low, end)
    limit = stop.start() if stop else len(low)
    alternative = _ALTERNATIVE.search(low, end, limit) if alternatives else None
    comma = low.find(",", alternative.end() if alternative else end, limit)
    return comma if comma != -1 else limit


def leading_answer(f: Folded, v: Vocabulary) -> int | None:
    """Where a leading "Non :" / "No," ends, when the sentence opens with an answer; else None."""
    lead = len(f.low) - len(f.low.lstrip(" \t«\"“-–—"))
    for start, end in v.cues.answer_no.spans(f):
        m = re.match(r"\s*[,:;.!]", f.low[end:])
        if start == lead and m:
            return end + m.end()
    return None


# A direct quotation, whatever its marks.
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# Words between a source and its verb ("lawyers acting for affected staff say"), and between an
# inverted verb and its source (", insiste une source proche du dossier").
SOURCE_GAP = 4
INVERTED_SOURCE_GAP = 2
# A comma-bounded aside after a subject, of at most twelve words.
# (possessive: a word is one token; "\s*" then "[^\s…]+" could split it in every way, which cost
# 5 ms a call where no closing comma came, a third of polarity's time)
_ASIDE = re.compile(r"\s*,(?:\s*+[^\s,;:.«»“”()]++){1,12}\s*+,")
# The name the attacker goes by, between it and its verb ("un pirate se faisant appeler NPRS avait mis en vente",
# "a hacker calling himself GnosticPlayers told").
_CALLING_ITSELF = re.compile(r"\s+(?:se\s+faisant\s+appeler|se\s+presentant\s+comme|calling\s+(?:himself|herself|itself|themselves)|"
                             r"going\s+by(?:\s+the\s+name)?)\s+\S+")
# "added" with an object: putting something somewhere, not a verb of saying.
_ADDED_OBJECT = re.compile(r"add(?:ed|s)?\s+(?:the|a|an|its|their|them|it|this|that|these)\b")
# A group named by a name of its own that then claims something ("Le groupe NoxLocker a revendiqué", "The group
# Korlock has claimed"): its name, up to the verb.
# ("Le groupe Nocturne, qui revendique l'attaque sur son site, prétend détenir": or in a relative on the name)
_NAMED_CLAIMANT = re.compile(r"((?<![\w'’])(?:[Ll]e|[Tt]he|[Uu]n|[Aa])\s+(?:groupe|gang|group|collectif)\s+[A-Z][\w-]+)"
                             r"(?:\s+|\s*,\s*(?:qui|which|who)\s+)"
                             r"(?:(?:a|avait|has|had)\s+)?(?:revendiqu\w*|claim\w*)(?:\s+\w+)?(?=\s+(?:l|la|the)\b)")
# A sentence opening on a name of one or two capitalised words, with an apposition set off by commas, then a verb
# of claiming ("SiegedSec, a self-described hacktivist group, has claimed").
_OPENING_CLAIMANT = re.compile(r"\W*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*,[^,;:]{2,80},\s*(?:(?:a|avait|has|had)\s+)?"
                               r"(?:revendiqu\w*|claim\w*)(?:\s+\w+)?(?=\s+(?:l|la|the|responsibility)\b)")
# What follows a verb of claiming when the attackers own up to the attack.
_OWNING_UP = re.compile(r"\s+(?:l attaque|la cyberattaque|l intrusion|the attack|the cyberattack|the breach|"
                        r"responsibility|(?:the|l)\s+(?:[a-z0-9.]+\s+){1,3}(?:attack|cyberattack|breach|attaque|cyberattaque))\b")


def _overlaps_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


# A relative pronoun right after the subject, before its verb (", which", ", qui").
_WHICH = re.compile(r"\s*,\s*(?:which|who|that|qui)\s+")
# A relative on a person noun with no commas, up to the verb after it ("who have read the summary ").
_WHO_RELATIVE = re.compile(r"\s+(?:who|qui)\s+[^,;:.()]{2,60}?\s+")
# Verbs that say what is held or done, not what is threatened ("qui menacent de les divulguer").
_SAYING = re.compile(r"(?:say|says|said|claim|claims|claimed|boast|boasts|boasted|allege|alleges|alleged|dit|disent|"
                     r"affirme|affirment|assure|assurent|pretend|pretendent|se\s+vante|se\s+vantent)\b")


# What may follow a verb of saying that closes its sentence: a time, then the full stop.
_TAIL_END = re.compile(r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                       r"this\s+week|last\s+week|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?\s*"
                       # (or a contrast that begins a clause of its own: "…, one tech news site reported, although the
                       # commissioner's office says only that")
                       # (or "and" before a subject of its own: "…, security researchers warn, and the airline has
                       # itself told customers")
                       r"(?:[.!?]?\s*|,\s*(?:although|though|but|while|whereas|yet|alors\s+que|mais|meme\s+si|tandis\s+que|"
                       r"and\s+(?:the|its|it|they|he|she)|et\s+(?:le|la|les|l|il|elle|ils|elles))\b.*)")


def _semicolon_after(low: str, pos: int) -> int:
    """Where the ';'-clause holding `pos` ends: the next semicolon, else the sentence's end (what a speaker says runs
    to there)."""
    stop = low.find(";", pos)
    return stop if stop != -1 else len(low)


def _said_by(f: Folded, subjects: list[tuple[int, int]], verbs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where what one of `subjects` says lies: after "experts say", "the hacker claims" (to the
    end of its sentence or of its ';'-clause), before an inverted tail (", insiste une source
    proche du dossier", ", says a hacker"). None when no subject is a verb's subject."""
    low = f.low
    for s, e in subjects:
        for vs, ve in verbs:
            # "ALPHV, the ransomware gang whose affiliate is blamed, claimed": an apposition or a
            # relative set off by commas sits between the subject and its verb
            aside = (_ASIDE.match(low, e, vs) or _CALLING_ITSELF.match(low, e, vs)) if vs >= e else None
            # ("Security specialists who have read the summary think": a relative with no commas, whole before the verb)
            if aside is None and vs >= e:
                aside = _WHO_RELATIVE.fullmatch(low, e, vs)
            gap = low[aside.end() if aside else e:vs]
            # ("INC Ransom, which says it downloaded": the subject's relative pronoun before the verb)
            if aside is None and vs >= e and _WHICH.fullmatch(low, e, vs) and _SAYING.match(low, vs):
                gap = ""
            if vs >= e and len(gap.split()) <= SOURCE_GAP and not re.search(r"[,;:.()«»“”]", gap) \
                    and not re.search(r"\b(?:ete|been|etre|be)\b", gap):
                # ("The attack took place on 3 March, one tech news site reported.": a source and its verb closing
                # the sentence after a comma say what came before them)
                if _TAIL_END.fullmatch(low, ve) and re.search(r",\s*$", f.text[:s]):
                    return low.rfind(";", 0, s) + 1, e
                stop = _semicolon_after(low, ve)
                # ("published documents it says came from the grocer, which now says that no card numbers were in the
                # files": a relative whose verb says something gives another speaker the word)
                other = [m.start() for m in _RELATIVE_SAYS.finditer(low, ve, stop)
                         if any(m.end() <= vs2 and len(low[m.end():vs2].split()) <= 2 for vs2, _ve2 in verbs)]
                return s, min(other, default=stop)
            gap = low[ve:s]
            # (not the subject of what the verb reports: ", adding that outside experts were helping")
            if ve <= s and len(gap.split()) <= INVERTED_SOURCE_GAP and not re.search(r"[,;:.()«»“”]", gap) \
                    and not re.search(r"\b(?:that|que|qu)\b", gap) and re.search(r"[,»”\"]\s*$", f.text[:vs]):
                start = low.rfind(";", 0, vs)
                # (an incise set off by commas, or a colon after it, speaks for the rest of its clause too: "De quoi
                # permettre, craignent des spécialistes, des virements frauduleux", "n'a rien d'anodin, souligne un
                # chercheur : les adresses figuraient dans les résultats")
                # (a relative after it says more in the source's words: ", estiment des spécialistes, qui y voient le
                # prélude à des tentatives d'hameçonnage")
                # (so does the "that" clause of an allegation: "is suing the operator, alleging in a proposed class
                # action that hackers got into its network")
                if _INCISE_GOES_ON.match(low, e) or (_THAT_AFTER.match(low, e) and _ALLEGING.fullmatch(low, vs, ve)):
                    return start + 1, _semicolon_after(low, e)
                return start + 1, e
    return None


# After an inverted source, what shows the sentence goes on in its words: a comma or a colon, then more of it.
_INCISE_GOES_ON = re.compile(r"\s*[,:]\s*\w")
# Or the "that" of what the source alleges, after one of these verbs (D31).
_THAT_AFTER = re.compile(r"\s+(?:that|que|qu)\b")
_ALLEGING = re.compile(r"alleg\w*|accus\w*|argu\w*|claim\w*|affirm\w*|soutien\w*|reproch\w*")


# A relative set off by a comma that may open another speaker's words (", which now says", « , qui affirme »).
_RELATIVE_SAYS = re.compile(r",\s*(?:which|who|qui)\s+")


# "filed in Minnesota on 31 July", "déposée devant le tribunal de Paris": where and when a case was
# brought, between the case and what it says.
# (or set off by commas: "Her complaint, lodged in federal court in Denver, says")
# (or whom it is against: "have filed a proposed class action against the hospital, saying the breach
# exposed")
# (with commas of its own when the last one closes it right before the verb: "A fifth federal class action, filed in
# Camden, New Jersey, by the owner of a Galaxy S10, says"; not "In a lawsuit filed against its provider, Clorox says",
# where the subject after the comma speaks for itself)
_FILED = re.compile(r",?\s+(?:filed|brought|lodged|launched|against|contre|deposee?s?|intentee?s?|engagee?s?|"
                    r"introduite?s?|in\s+(?:federal|state|district|county|superior)\s+court|"
                    # or the case's name: "The 61-page complaint in Angus v. Flagstar Bank, filed on 22 June, says"
                    r"in\s+[a-z'-]+(?:\s+[a-z'-]+)?\s+v(?:s)?\.?\s+[a-z'-]+)\b"
                    # (a middle initial's full stop is no end: "before Judge Brian M. Morris in Montana, allege")
                    r"(?:(?:[^,;:.]|(?<=\s[a-z])\.){0,110}?,?|(?:[^;:.]|(?<=\s[a-z])\.){0,110}?,)"
                    r"(?=\s+(?:says?|saying|argues?|arguing|alleges?|alleging|accuses?|claims?|claiming|"
                    r"puts?\s+the|affirment|affirme|affirmant|soutien\w*|accus\w*|reproch\w*)\b)")
# A figure a source gives: "a complaint filed in court puts the number at more than 400,000"
_PUTS_FIGURE = re.compile(r"\bputs?\s+the\s+(?:number|figure|total|count|toll)\b")


# A verb of learning right before its source: "heard from one ex-employee that", "was told by a source that".
_HEARD_FROM = re.compile(r"\b(?:heard|learned|learnt|was\s+told|were\s+told|a\s+appris|ont\s+appris)\s+(?:from|by|de|d|aupres\s+d\s*une?)\s+$")


def unnamed_source(f: Folded, v: Vocabulary) -> tuple[int, int] | None:
    """Where a source the text does not identify says or believes something (LABELLING.md D2):
    "experts say", "insiste une source proche du dossier"; a speaker who asked not to be
    named speaks the whole sentence. One identified by its organisation ("un spécialiste de
    l'éditeur ESET") is named. A party to a civil case against the organisation ("the claimants
    argue", "the class action filed in Ohio says") hedges as one would, even named: its case is
    unproven (D31)."""
    if v.cues.anonymous.search(f):
        return 0, len(f.low)
    sources = [(s, e) for s, e in v.cues.unnamed_source.spans(f)
               if not re.match(r"\s+(?:de|du|des|d|of|at|from|for|chez)\s+(?:l\s+|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-ÝĀ-Ž]",
                               f.cased[e:])]
    # A party to a case against the organisation argues one side, named or not (D31), with where
    # and when it was filed between it and its verb ("The class action filed in Los Angeles on 11
    # October says").
    sources += [(s, m.end() if (m := _FILED.match(f.low, e)) else e) for s, e in v.cues.litigant.spans(f)]
    for s, _e in sources:
        if _HEARD_FROM.search(f.low, 0, s):
            # "The Courier-Mail heard from one ex-employee that the files held ...": what the paper heard from
            # the source is the source's word, to the end of its clause
            return s, _semicolon_after(f.low, s)
    if not sources:
        return None
    verbs = v.cues.belief.spans(f) + v.cues.reporting.spans(f) + v.cues.speaking.spans(f)
    verbs += [m.span() for m in _PUTS_FIGURE.finditer(f.low)]
    return _said_by(f, sources, verbs)


# What may open a clause before its subject: an article, a short time phrase ("By Monday the gang").
_OPENS_CLAUSE = re.compile(r"\s*(?:(?:by|on|in|since|then|later|le|la|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                           r"dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|depuis|puis|the|a|an|l|un|une)\s+)*")
# What may stand between the attackers and what they did: one word ("had taken"), or an auxiliary and an
# adverb ("had also obtained", "have since leaked", « ont aussi dérobé »).
# (or a French reflexive's pronoun and auxiliary: « des pirates se sont glissés dans le réseau »)
_DEED_GAP = re.compile(r"\s*(?:\S+\s+|(?:se|s)\s+(?:sont|est|etait|etaient|serait|seraient)\s+|"
                       r"(?:had|has|have|was|were|ont|avaient|a|avait)\s+[a-z]+ly\s+|"
                       r"(?:had|has|have|ont|avaient|a|avait)\s+(?:also|since|then|already|aussi|deja|ensuite|egalement)\s+)?")
# A participle of saying after a comma ("…, saying the files also held", "…, affirmant détenir").
_SAYING_TAIL = re.compile(r",\s*(?:saying|claiming|boasting|insisting|adding|affirmant|assurant|pretendant|"
                          r"se\s+vantant|revendiquant|ajoutant)\b")


def attackers_claim(f: Folded, v: Vocabulary) -> tuple[int, int] | None:
    """Where the attackers or a seller say what they hold or did (LABELLING.md D3): "the
    hacker says the haul covers 9.7 million customers", "LockBit se vante de détenir"."""
    said = _attackers_say(f, v)
    if said is not None:
        # (a listing on their leak site before what they then boast of is their claim too: "had put Motel One on its
        # leak site days before the chain spoke, boasting of six terabytes")
        listed = _listed_on_site(f)
        return (listed.start(), said[1]) if listed and listed.start() < said[0] else said
    # ("Le groupe NoxLocker dit détenir 80 Go de fichiers", "Medusa says it stole the data of 35,000 patients": who says
    # it took the files, or holds them, speaks as the attackers, whatever name it goes by; to the end of its clause)
    # (and so does one that puts the organisation on its leak site: "Medusa listed Auckland Transport on its leak site")
    own_deed = _OWN_DEED.search(f.low) or _listed_on_site(f)
    if own_deed:
        return own_deed.start(), _semicolon_after(f.low, own_deed.end())
    return None


_CAPITALISED_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")
# A place one writes, as the attackers' words name it ("sur son blog", "on its leak site"), and a capitalised name
# right before it.
_WHERE_WRITTEN = re.compile(r"(?:sur|on)\s")
_NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’.-]*\s+$")


# A participle of putting a figure or a claim forward, then its agent's preposition, right before the attackers.
_PUT_FORWARD_BY = re.compile(r"\b(?:avance(?:e|s|es)?|put\s+forward)\s+(?:par|by)\s+$")


def _attackers_say(f: Folded, v: Vocabulary) -> tuple[int, int] | None:
    """attackers_claim, for attackers the profile's words or their owning up to the attack name."""
    # (a word of the attackers capitalised inside a name is none: "The Criminal Investigation Bureau said")
    # (nor is the site a name right before it wrote on: "», écrit Trend Micro sur son blog" is the company's own blog;
    # the gang's site is "», écrit le gang sur son site", or a gang the profile names)
    attackers = [(s, e) for s, e in v.cues.attacker.spans(f)
                 if not (f.text[s:e].split()[-1][:1].isupper() and _CAPITALISED_NEXT.match(f.text, e))
                 and not (_WHERE_WRITTEN.match(f.low, s) and _NAME_BEFORE.search(f.text, 0, s))]
    # ("Le groupe NoxLocker a revendiqué l'attaque": a group the text names by a name of its own is the attackers
    # when it owns up to the attack)
    attackers += [m.span(1) for m in _NAMED_CLAIMANT.finditer(f.text) if _OWNING_UP.match(f.low, m.end())]
    # ("SiegedSec, a self-described hacktivist group, has claimed the attack on INL, saying …": a name of its own
    # opening the sentence, past its apposition, that owns up to the attack)
    opening = _OPENING_CLAIMANT.match(f.text)
    if opening and _OWNING_UP.match(f.low, opening.end()):
        attackers.append(opening.span(1))
    if not attackers:
        return None
    # "X says a hacker copied data": the attackers are the subject of what is taken, not the ones speaking
    deeds = [s for s, _e in v.cues.taken.spans(f) + v.cues.hit.spans(f)]
    # ("adding that the hackers had also obtained passwords": an auxiliary and an adverb may come between)
    attackers = [(s, e) for s, e in attackers if not any(e <= d and _DEED_GAP.fullmatch(f.low, e, d) for d in deeds)]
    # "Vice Society revendique l'attaque de plusieurs serveurs": claiming the attack is owning up
    # to it, not a claim about it (what they then say they took is: "revendique l'attaque et
    # affirme détenir")
    # ("has added the district to its leak site": adding something somewhere says nothing)
    verbs = [(s, e) for s, e in v.cues.claim_verb.spans(f) + v.cues.reporting.spans(f)
             if not _OWNING_UP.match(f.low, e) and not _ADDED_OBJECT.match(f.low, s)]
    said = _said_by(f, attackers, verbs) if attackers else None
    if said or not attackers:
        return said
    # ("un total inférieur aux 23 000 avancés par les pirates", "the figure put forward by the hackers": what the
    # attackers put forward, as their participle's agent, from the comma that opens it)
    for s, e in attackers:
        put_forward = _PUT_FORWARD_BY.search(f.low, max(0, s - 30), s)
        if put_forward:
            return f.low.rfind(",", 0, put_forward.start()) + 1, e
    # "By Monday the gang had raised its figure to 70 terabytes, saying the files also held credit card
    # information": the attackers open the clause, and a participle of saying after a comma tells
    # what they say, to the end of their clause
    low = f.low
    for s, _e in attackers:
        if not _OPENS_CLAUSE.fullmatch(low, low.rfind(";", 0, s) + 1, s):
            continue
        stop = _semicolon_after(low, s)
        tail = _SAYING_TAIL.search(low, s, stop)
        # (", claiming the Aug. 14 attack on PGCPS": owning up to it, not a claim about it)
        if tail and not _OWNING_UP.match(low, tail.end()):
            return tail.start(), stop
    # "the gang has put up screenshots that it says come from Alder Hey", "has taken responsibility
    # and says it made off with": the attackers, then a pronoun standing for them that says it
    for s, e in attackers:
        stop = _semicolon_after(low, e)
        again = _PRONOUN_SAYS.search(low, e, stop)
        if again:
            return again.start(), stop
    return None


# Saying one took the files (« dit avoir dérobé », "says it stole") or holds them (« affirme détenir 80 Go de fichiers »,
# "says it holds the records": holding, only of files or data, which a victim would not say of its own).
_HELD_DATA = r"(?=(?:\s+[^\s,;:.]+){0,5}?\s+(?:fichiers|donnees|go|to|dossiers|documents|gigaoctets|teraoctets|files|data|gb|tb|gigabytes|terabytes|records)\b)"
# (since when it says so may come between: « affirme depuis samedi avoir pillé les serveurs »; and breaking in is a
# deed of its own: « dit avoir piraté », "says it hacked")
_OWN_DEED = re.compile(r"\b(?:dit|disent|affirme|affirment|assure|assurent|pretend|pretendent|declare|declarent)\s+"
                       r"(?:depuis\s+[a-z]+\s+|des\s+[a-z]+\s+)?"
                       r"(?:avoir\s+(?:vole|derobe|exfiltre|subtilise|copie|aspire|siphonne|telecharge|extrait|pille|"
                       r"pirate|infiltre|penetre)\b|"
                       r"(?:detenir|posseder)\b" + _HELD_DATA + r")"
                       r"|\b(?:says|said|claims|claimed)\s+(?:that\s+)?(?:it|they)\s+"
                       r"(?:(?:(?:had|has|have)\s+)?(?:stole|stolen|exfiltrated|copied|downloaded|hacked|breached|"
                       r"broke\s+into|broken\s+into)\b|(?:holds|held|hold)\b" + _HELD_DATA + r")")
# A gang putting an organisation on the site where it shames its victims ("has added Krispy Kreme to its leak site",
# « a inscrit la mairie sur son site de fuites »): the verb, and the site after the name (past an apposition on the
# name, and with "the": "added Mediclinic, the South African private hospital group, to the leak site it runs").
PUT_ON_SITE = r"(?:listed|added|posted|named|put|placed|ajoute|ajoutee|inscrit|inscrite|affiche|publie)"
ON_LEAK_SITE = (r"(?:\s*,[^,;:.]{1,60},)?\s+(?:on|to|onto|a|sur|dans)\s+(?:its|their|the|son|sa|ses|leur|leurs|le)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:leak|extortion|shaming|name-and-shame|fuites?|victimes|victims|revendications|blog)\b")
# When a gang put it there, between the verb and the name (« a affiché mercredi soir Transdev »).
PUT_WHEN = r"(?:(?:ce|des|overnight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin)\s+){0,3}"
# The listing whole, the gang's claim: its verb, a name (capitalised: not "put a sample on its leak site"), the site;
# in a clause of its own (not "…, after the Play gang posted the county on its leak site", the background to what
# the organisation confirms).
_LISTED_ON_SITE = re.compile(r"\b" + PUT_ON_SITE + r"\s+" + PUT_WHEN + r"(?P<name>[^;:.]{1,80}?)" + ON_LEAK_SITE)
_NAME_FIRST = re.compile(r"(?:(?:the|la|le|les|l['’])\s*)?[A-ZÀ-ÝĀ-Ž]")
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:after|since|when|once|apres\s+que|depuis\s+que|lorsque|quand)\b[^,;:.]*$")


def _listed_on_site(f: Folded) -> re.Match | None:
    """A gang's listing of a named organisation on its leak site, in a clause of its own."""
    for m in _LISTED_ON_SITE.finditer(f.low):
        if _NAME_FIRST.match(f.text, m.start("name")) and not _TIME_CLAUSE_BEFORE.search(f.low, 0, m.start()):
            return m
    return None
# A pronoun or "and" before a verb of saying or claiming: the attackers named before speak again
# ("that it says come from", "has taken responsibility and says it made off with").
_PRONOUN_SAYS = re.compile(r"\b(?:it|they|ils|il|and|et)\s+" + _SAYING.pattern)


def _conditional(low: str, start: int, end: int, v: Vocabulary) -> bool:
    endings, exceptions = v.conditional["endings"], v.conditional["exceptions"]
    if not endings:
        return False
    for m in re.finditer(r"[a-z]+", low[start:end]):
        word = m.group()
        if len(word) > 5 and word.endswith(endings) and word not in exceptions \
                and not _FUTURE_IN_PAST.search(low, 0, start + m.start()):
            return True
    return False


# An indirect question after a verb in the past ("il ne pouvait pas dire quand les serveurs
# redémarreraient", "ignorait si le site rouvrirait"): the conditional after it is the future seen
# from the past, not a hedge. (Not after "que": "a révélé que des données auraient été volées" hedges.)
_FUTURE_IN_PAST = re.compile(r"\b[a-z]+(?:ait|aient)\b[^.;:«»“”]{0,60}?\b(?:quand|si|s|combien|comment|lorsque)\s+"
                             r"(?:(?!auraient|aurait|seraient|serait)[^.;:«»“”])*$")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in spans)


def _incidental(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """", it added," / ", a précisé l'ARS,": a short reporting aside inside a statement."""
    text = f.low[start:end]
    return text.lstrip().startswith(",") and len(text.split()) <= 6 and bool(
        [s for s, _e in v.cues.reporting.spans(f) if start <= s < end])


def _relative(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """", which an early report wrongly linked to the breach,", "Les données médicales, qui sont
    hébergées ailleurs, n'ont pas été touchées", "Les soins, assurés par des équipes mobilisées,
    n'ont pas été perturbés": a relative or participial clause set off by commas, whose closing
    comma may open the next clause."""
    text = f.low[start:end]
    m = re.match(r"\s*,\s*", text)
    if not m:
        # the relative cut from its comma by a clause break: ", " then "which ... breach"
        m = re.match(r"\s*", text)
        if not f.low[:start].rstrip().endswith(",") or not f.low[end:].lstrip().startswith(","):
            return False
    elif not (text.rstrip().endswith(",") or f.low[end:].lstrip().startswith(",")):
        return False
    return any(s == start + m.end() for s, _e in v.cues.relative.spans(f)) or bool(
        _PARTICIPLE.match(f.low, start + m.end()))


# A participle opening an aside ("hébergées chez un prestataire", "stored on a separate system").
_PARTICIPLE = re.compile(r"(?:[a-z]{3,}(?:ee|ees|es)|[a-z]{3,}(?:ed|en))\s+(?:par|chez|sur|dans|a|au|aux|en|by|on|in|at|with|"
                         r"from|since|depuis)\b")


def _lead(low: str, start: int) -> int:
    """Where the words of the clause starting at `start` begin, past spaces and commas."""
    return len(low) - len(low[start:].lstrip(" ,")) if start < len(low) else start


def _negation_after_deed(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Whether the statement a colon closes says data was taken before any negation in it, which then bears on
    what follows the deed ("data lifted from its address list had been posted on a site search engines cannot
    reach: first names, surnames"), not on the list; not where the deed is the subject ("what was taken does not
    include: ...")."""
    negations = [s for s, _e in negation_spans(f, v.cues) if start <= s < end]
    deeds = [s for s, _e in v.cues.taken.spans(f) if start <= s < end]
    if not negations or not deeds or min(deeds) > min(negations):
        return False
    return not re.search(r"\b(?:what|ce\s+qui|ce\s+que)\b", f.low[start:min(deeds)])


def _list_like(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """A bare enumeration after a colon ("bank details, passwords and medical files"): no verb of its own."""
    words = re.findall(r"[a-z]+", f.low[start:end])
    if "ne" in words or "n" in words:
        return False  # "l'export ne porte que sur le site normand": a verb of its own
    mentions = [m for slot in ("data_category", "region") for m in find_mentions(slot, v, f) if start <= m.start < end]
    # (a verb inside brackets belongs to an item's aside: "card numbers (security codes included)")
    bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), f.low[start:end])
    # (English "a" is an article, not the French auxiliary: "from a research database")
    verbs = [m for m in _VERB.finditer(bare) if not (v.lang == "en" and m.group() == "a")]
    # (a participle of keeping is no verb of taking: "Google email held by outside providers")
    return bool(words) and bool(mentions) and not verbs and not [
        s for s, e in v.cues.reporting.spans(f) + v.cues.compromise.spans(f) if start <= s < end and bare[s - start] != " "
        and not (f.low.startswith("held", s) and re.match(r"\s+by\b", f.low[e:]))]


_VERB = re.compile(r"\b(?:est|sont|a|ont|etait|etaient|ete|sera|seront|serait|seraient|aurait|auraient|avait|avaient|"
                   r"is|are|was|were|be|been|has|have|had|will|would|could|may|might)\b")


# A free relative of possibility standing as a subject ("what they may have seen", "ce qu'ils auraient pu voir").
_POSSIBLE_WHAT = re.compile(r"[\s,«“\"]*(?:what|ce\s+qu|ce\s+que)\s+[^,;:.]{0,60}?\b(?:may|might|could|auraient|aurait|pourraient|pourrait)\b[^,;:.]*")
# A clause of seeming alone, with what may lead it ("Pour le moment, il semble", "it appears").
_SEEMING_FRAME = re.compile(r"[\s,«“\"]*(?:[a-z ]{0,30},\s*)?(?:il\s+(?:sembl|parai)[a-z]*|it\s+(?:seems|appears|would\s+seem|would\s+appear))"
                            r"(?:\s+(?:bien|donc|now|so))?\s*(?:que|qu|that)?\s*")


def _month(f: Folded, v: Vocabulary, start: int, end: int) -> bool:
    """Whether a hedge word is a month's name written as one, capitalised inside the sentence
    ("from 9 April to 20 May", "between May and October"): no "may" of possibility."""
    word = f.text[start:end]
    return word[:1].isupper() and f.text[:start].strip(" «\"“") != "" and \
        word.lower() in {m.lower() for m in v.dates.get("months", ())}


def _inside_name(f: Folded, start: int, end: int) -> bool:
    """Whether a hedge word is a name, capitalised right after a lowercase word ("refused to tell
    Suspectfile how it got in"): no suspicion. (A month is `_month`.)"""
    word = f.text[start:end]
    return word[:1].isupper() and not word.isupper() and bool(re.search(r"[a-zà-ÿ]\s+$", f.text[:start]))


# The two halves of a pseudo-cleft (« ce que … n'a pas touché, ce sont … », "what was not taken, it says, is …").
_CLEFT_FIRST = re.compile(r"\W*(?:ce\s+que|ce\s+qu|what)\b")
_CLEFT_SECOND = re.compile(r"\s*,\s*(?:ce\s+sont|c\s+est|c\s+etait|ce\s+furent|is|are|was|were)\b")


# Where a sentence is cut into statements: a semicolon, a colon (a dash sets off an aside, whose source
# speaks for the statement around it: "divulguée – moins de 12 %, selon le journaliste –").
_STATEMENT_BREAK = re.compile(r"[;:]")


def _attribution_scopes(f: Folded, attributions: list[tuple[int, int]],
                        quoted: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The stretches of the sentence its attributions govern (D11): from the start of the statement
    holding one to the sentence's end, or None when that is the whole sentence."""
    cuts = [m.end() for m in _STATEMENT_BREAK.finditer(f.text) if not any(qs <= m.start() < qe for qs, qe in quoted)]
    starts = [max((c for c in cuts if c <= s), default=0) for s, _e in attributions]
    if not starts or min(starts) == 0:
        return None
    return [(min(starts), len(f.low))]


# What opens a relative clause ("…, où plusieurs hôpitaux, dont celui de Versailles, tournent au ralenti"):
# its subject belongs to the relative, not to the sentence's statement.
_RELATIVE_LEAD = re.compile(r"[\s,]*(?:ou|qui|dont|which|where|who|whose|that)\b")


# A hyphen joining a word to the next as one compound ("would-be"), not a French verb to its inverted subject.
_COMPOUND_AFTER = re.compile(r"[-\u2011](?!(?:t[-\u2011])?(?:il|elle|ils|elles|on)\b)[^\W\d_]", re.IGNORECASE)


# A clause of time set off by a comma ("…, when hackers used a flaw", « …, lorsque des pirates ont »).
_WHEN_AFTER = re.compile(r"[\s,]*(?:when|lorsque|lorsqu|quand)\b")


# What ends a stretch of a sentence: a comma, semicolon, colon or full stop (not a decimal mark: "1,5 million").
_STRETCH_MARK = re.compile(r"[,;:.](?!\d)")


def _stretch_end(low: str, pos: int) -> int:
    """Where the stretch of the sentence at pos ends: at the next comma, semicolon, colon or full stop."""
    m = _STRETCH_MARK.search(low, pos)
    return m.start() if m else len(low)


def _worded_before(f: Folded, spans: list[tuple[int, int]], i: int) -> int:
    """The clause before clause i that holds a word, past those that are only punctuation (", "); 0 at the latest."""
    j = i - 1
    while j > 0 and not re.search(r"[a-z]", f.low[spans[j][0]:spans[j][1]]):
        j -= 1
    return j


def analyse(f: Folded, v: Vocabulary) -> tuple[list[Clause], bool]:
    """The sentence's clauses and whether an attribution hedges all of it.

    Two joins cross clause ends: a subject cut from its verb by a reporting aside
    ("Passwords and bank details, it added, were not part of...") takes the polarity of
    the clause after the aside, and a bare enumeration after a colon ("Several things
    were never on the portal, the group said: bank details, ...") takes the polarity and
    hedging of the statement the colon closes.
    """
    negations = negation_spans(f, v.cues)
    spared = spared_spans(f, v.cues)
    firm = v.cues.not_hedge.spans(f)
    # (a hedge word a hyphen joins to the next is part of a compound adjective: "would-be buyers" guess nothing;
    # « semble-t-il » is a verb with its subject after it, and hedges)
    hedges = [(s, e) for s, e in v.cues.hedge.spans(f) if not any(fs < e and s < fe for fs, fe in firm)
              and not _month(f, v, s, e) and not _inside_name(f, s, e) and not _COMPOUND_AFTER.match(f.text, e)]
    # ("pour l'entreprise, ..." attributes; "une première pour le groupe vendéen" does not: a "pour" source
    # is set off by a comma)
    attributions = [(s, e) for s, e in v.cues.attribution.spans(f) if not _overlaps_any((s, e), firm)
                    and not (f.low.startswith("pour", s) and not re.match(r"[^,;:.]{0,30}[,:]", f.low[e:]))]
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(f.text)]
    # An attribution inside a quotation ("« D'après nos vérifications, ... »", écrit Cultura)
    # hedges the quotation; anywhere else, the sentence.
    in_quotes = [q for q in quoted if any(q[0] <= s < q[1] for s, _e in attributions)]
    # (a source set off inside a relative clause with its own conditional hedges that clause only)
    relatives, attack_aside_spans = relative_conditionals(f, v), attack_asides(f, v)
    # (and so does one that closes it, nothing set off between: "…, qui se serait déroulée entre le 5 et le 9
    # novembre d'après les premières investigations" dates the intrusion on the investigators' word, not the
    # clinic's own admission of it)
    closed = [(rs, _stretch_end(f.low, re_)) for rs, re_ in relatives]
    governing = [(s, e) for s, e in attributions if not any(q[0] <= s < q[1] for q in quoted)
                 and not any(rs < s < re_ for rs, re_ in closed + attack_aside_spans)]
    attributed = bool(governing)
    # what an unnamed source or the attackers say is hedged where they say it
    said = [scope for scope in (unnamed_source(f, v), attackers_claim(f, v)) if scope]
    bounds = [0, *clause_breaks(f, v, relatives, attack_aside_spans), *(b for scope in said for b in scope), len(f.low)]
    bounds = sorted(set(b for b in bounds if 0 <= b <= len(f.low)))
    spans = [(s, e) for s, e in zip(bounds, bounds[1:]) if e > s]
    states = [[denies(negations, spared, s, e, f.low), _inside(hedges, s, e) or _conditional(f.low, s, e, v)
               or any(qs <= s and e <= qe for qs, qe in in_quotes + said)]
              for s, e in spans]
    # D11: an attribution hedges the clause it governs, not a statement a semicolon or a colon closed
    # before it ("Vinovalie tourne au ralenti depuis l'attaque : la rançon atteint 450 000
    # dollars selon l'entreprise" hedges the ransom, not the attack).
    if attributed:
        governed = _attribution_scopes(f, governing, quoted)
        if governed is not None:
            attributed = False
            for i, (start, end) in enumerate(spans):
                if any(a <= start and end <= b for a, b in governed):
                    states[i][1] = True
    # "une intrusion, survenue le 28 novembre selon elle, avait permis…": the source inside an aside hedges
    # all of the aside
    sourced_asides = [(a, b) for a, b in attack_aside_spans if any(a <= s < b for s, _e in attributions)]
    for i, (start, end) in enumerate(spans):
        if any(a <= start and end <= b for a, b in sourced_asides):
            states[i][1] = True
    # "Il semble qu'aucune donnée n'ait été dérobée", "it seems that no data": a clause that is only a
    # frame of seeming hedges what it frames
    for i in range(len(spans) - 1):
        if _SEEMING_FRAME.fullmatch(f.low, *spans[i]):
            states[i + 1][1] = True
    asides = [_incidental(f, v, s, e) or _relative(f, v, s, e) for s, e in spans]
    # "What they may have seen, the Ministry of Health said, includes enrolment details": a subject that
    # is a possibility hedges the predicate it is the subject of, past a reporting aside
    for i in range(len(spans) - 1):
        if states[i][1] and _POSSIBLE_WHAT.fullmatch(f.low, *spans[i]):
            j = i + 1
            while j < len(spans) - 1 and asides[j]:
                j += 1
            states[j][1] = True
    verbs = v.cues.compromise.spans(f) + v.cues.hit.spans(f) + v.cues.reporting.spans(f)
    concessions = {s for s, _e in v.cues.concession.spans(f)}
    predicates: list[int | None] = [None] * len(spans)
    # from the last clause back, so that a subject reaches its verb past a clause that itself took
    # it ("Les mots de passe du portail, chiffrés, n'auraient pas été récupérés")

    def verbless(i: int) -> bool:
        """A clause with no verb of its own: a subject waiting for the verb after an aside."""
        text = f.low[spans[i][0]:spans[i][1]]
        return not (_VERB.search(text) or re.search(r"[a-z]{3,}ed\b", text) or _inside(verbs, *spans[i]))

    for i in reversed(range(len(spans) - 1)):
        if asides[i] or states[i][0] or not verbless(i):
            continue
        # "Passwords and bank details, it added, were not part of...", "Les mots de passe, eux,
        # n'ont pas été touchés": a subject without its verb takes the verb's clause's state.
        j = i + 1
        while j < len(spans) - 1 and asides[j]:
            j += 1
        following = f.low[spans[j][0]:spans[j][1]].lstrip()
        if re.match(rf",\s*{CONTRAST}\b", following):
            continue  # "des données d'identification, pas de données de paiement": a contrast, not its verb
        if _lead(f.low, spans[j][0]) in concessions:
            continue  # "tentatives d'escroquerie, même s'ils n'ont connaissance d'aucune": no verb for it
        # "Les données de paiement et les mots de passe, en revanche, ne figuraient pas...":
        # a short lead ("en revanche,", "however,") before the verb is an aside too.
        led = re.match(r"[a-z ]{1,24},", following) and (v.cues.clause_break.search(Folded(following[:25])))
        if (j > i + 1 or following.startswith(",") or led) and states[j][0]:
            states[i] = [states[j][0], states[i][1] or states[j][1]]
            predicates[i] = spans[j][1]
        elif j > i + 1 and not _RELATIVE_LEAD.match(f.low, spans[i][0]):
            # "Its services, the trust stressed, are running as normal": the subject reaches its verb
            # past the aside whatever that verb says (read so by care, clause by clause)
            predicates[i] = spans[j][1]
    # "None of it, the company insists, includes card numbers", "Aucune de ces données, assure
    # l'entreprise, ne figure...": a negative subject cut from its verb by a reporting aside
    # lends its negation to the verb's clause.
    for i in range(len(spans) - 2):
        if not states[i][0] or not asides[i + 1] or not verbless(i):
            continue
        j = i + 1
        while j < len(spans) - 1 and asides[j]:
            j += 1
        if not asides[j] and not states[j][0]:
            states[j] = [True, states[j][1] or states[i][1]]
    for i in range(1, len(spans)):
        if f.low[:spans[i][0]].rstrip().endswith(":") and not states[i][0] and _list_like(f, v, *spans[i]):
            lead = i - 1
            # past asides, and a concession between the statement and its colon ("what may
            # have been taken, though it varies from person to person: names, ...")
            while lead > 0 and (asides[lead] or not re.search(r"[a-z]", f.low[spans[lead][0]:spans[lead][1]])
                                or _lead(f.low, spans[lead][0]) in concessions):
                lead -= 1
            states[i] = [states[lead][0] and not _negation_after_deed(f, v, *spans[lead]), states[i][1] or states[lead][1]]
            # the enumeration's own commas and semicolons made clauses of its items: they share its state
            j = i + 1
            while j < len(spans) and (f.low[spans[j][0]:].lstrip().startswith(",")
                                      or f.low[:spans[j][0]].rstrip().endswith(";")) \
                    and _list_like(f, v, *spans[j]) and not states[j][0]:
                states[j] = list(states[i])
                j += 1
    # "said that the names, genders, email addresses and phone numbers of some users may have been seen": an
    # enumeration's first item, cut from the rest at its comma, is what the hedged statement holds too; so is
    # the cause that statement gives ("… may have been seen because of a configuration error")
    mentions = [m.start for m in find_mentions("data_category", v, f)] if any(h for _n, h in states) else []
    for i in range(len(spans) - 2, -1, -1):
        nxt = f.low[spans[i + 1][0]:spans[i + 1][1]]
        if states[i + 1][1] and not states[i][1] and re.match(r",\s*\S", nxt) \
                and any(spans[i + 1][0] < m <= spans[i + 1][0] + 3 for m in mentions) \
                and any(spans[i][0] <= m < spans[i][1] and f.low[m:spans[i][1]].strip(" ,").count(" ") <= 2
                        for m in mentions) and states[i][0] == states[i + 1][0]:
            states[i][1] = True
    for i in range(1, len(spans)):
        if states[i - 1][1] and re.match(r"\s*(?:because\s+of|due\s+to|owing\s+to|a\s+cause\s+d|en\s+raison\s+d)\b",
                                         f.low[spans[i][0]:spans[i][1]]):
            states[i][1] = True
    # "The intrusion reportedly took place on January 20, when unidentified hackers used a zero-day weakness": a
    # clause of time after a hedged statement tells what happened then, on the same word
    # (set off by a comma: "may have been copied when an outsider got in" puts the getting in as a fact)
    for i in range(1, len(spans)):
        when = _WHEN_AFTER.match(f.low, spans[i][0])
        if when:
            j = _worded_before(f, spans, i)
            comma = "," in f.low[spans[j][1] - 1:when.end()]
            states[i][1] = states[i][1] or (comma and states[j][1] and not states[j][0])
    # "may have been stolen, it said on Monday, including names, home addresses and social insurance numbers": a
    # list that "including" opens after a reporting aside is what the hedged statement before the aside holds
    for i in range(1, len(spans)):
        if not states[i][1] and _INCLUDING.match(f.low, spans[i][0]):
            j = i - 1
            while j > 0 and asides[j]:
                j -= 1
            states[i][1] = states[j][1] and states[j][0] == states[i][0]
    # "the files could contain names, card numbers, and usernames and passwords": the last item of an
    # enumeration, cut off at its ", and", is still what the hedged statement holds
    for i in range(1, len(spans)):
        if states[i - 1][1] and not states[i][1] and re.match(r",\s*(?:and|or|et|ou)\b", f.low[spans[i][0]:]) \
                and _list_like(f, v, *spans[i]):
            states[i][1] = True
    # « ce que l'alerte n'a pas touché, ce sont les logiciels, les données médicales », "what was not taken is …":
    # a pseudo-cleft's second half holds what its first half says, negation included
    for i in range(1, len(spans)):
        if _CLEFT_SECOND.match(f.low, spans[i][0]):
            j = _worded_before(f, spans, i)
            if _CLEFT_FIRST.match(f.low, spans[j][0]) and states[j][0] and not states[i][0]:
                states[i] = [True, states[i][1] or states[j][1]]
    # "Ne figurent pas non plus dans le lot, selon l'opérateur, les copies de carte d'identité":
    # a sentence opening on its negated verb denies the subject that comes after an aside.
    if spans and states[0][0] and re.match(r"\W*(?:ne|n)\b", f.low):
        sources = {s for s, _e in v.cues.source.spans(f)}
        i = 1
        while i < len(spans) and (asides[i] or _lead(f.low, spans[i][0]) in sources):
            i += 1
        while i < len(spans) and not states[i][0] and not _VERB.search(f.low[spans[i][0]:spans[i][1]]):
            states[i] = [True, states[i][1]]
            i += 1
    # "presque tout, sauf les moyens de paiement": what an exclusion takes out of an
    # affirmative statement is denied (out of a negative one it is asserted, as above).
    for start, _end in v.cues.exclusion.spans(f):
        i = next((k for k, (s0, _e0) in enumerate(spans) if s0 == start), None)
        if i and not states[i - 1][0] and not states[i][0]:
            states[i] = [True, states[i][1] or states[i - 1][1]]
    # "Nothing suggests the logins came from us, or that our systems were breached": a second
    # complement of the absence of evidence shares its denial (D4).
    for i in range(1, len(spans)):
        if not states[i][0] and _OR_THAT.match(f.low, spans[i][0]) and states[i - 1][0] \
                and _NO_EVIDENCE_OPENS.match(f.low, spans[i - 1][0]):
            states[i] = [True, states[i][1] or states[i - 1][1]]
    # "patients' bank numbers were spared, and so were passwords", "…, nor were passwords": the clause
    # takes the state of the one before it
    for i in range(1, len(spans)):
        if _SO_TOO.match(f.low, spans[i][0]):
            states[i] = [states[i][0] or states[i - 1][0], states[i][1] or states[i - 1][1]]
    # a consequence cut off after a negated clause keeps that clause's hedge ("alleging that it had not
    # sent letters, leaving patients exposed": the lawsuit's allegation still)
    for i in range(1, len(spans)):
        if _CONSEQUENCE.match(f.low, spans[i][0]):
            states[i][1] = states[i][1] or states[i - 1][1]
    scopes = possibility_scopes(f, v)
    clauses = [Clause(s, e, negated=n, hedged=h, hypothetical=any(ps <= s and e <= pe for ps, pe in scopes),
                      sourced=any(qs <= s and e <= qe for qs, qe in in_quotes + said), predicate_end=p)
               for (s, e), (n, h), p in zip(spans, states, predicates)]
    return clauses, attributed


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether span a overlaps any of spans."""
    return any(s < a[1] and a[0] < e for s, e in spans)


def in_clause(spans: list[tuple[int, int]], clause: Clause) -> bool:
    """Whether any of spans starts inside the clause."""
    return any(clause.start <= s < clause.end for s, _e in spans)


def clause_at(clauses: list[Clause], pos: int) -> Clause:
    """The clause containing offset pos."""
    for clause in clauses:
        if clause.start <= pos < clause.end:
            return clause
    return clauses[-1]
