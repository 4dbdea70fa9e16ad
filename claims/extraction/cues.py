"""Language cues the clustering guard and the verdict rules need: negation, approximation, numbers, names.

Negation and approximation are read with the profile's own cue lists (cues_<lang>.toml):
the guard that keeps "ont revendu" apart from "n'ont pas revendu" and the extractor that
gives a claim its polarity share one vocabulary, so "ont sans doute revendu" (a hedge,
neutralised in not_negation) is no denial for either. These functions are pure and read
every language of the profile at once, since a claim's language is not always known and
French and English claims are compared with each other.
"""

from __future__ import annotations

import re

from claims.extraction.lexicon import Folded, fold
from claims.extraction.profile import load_profile

DEFAULT_PROFILE = "cyberattack"

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
# Capitalised or acronym-like words (GRADeS, CNIL, Lille); the first word of a sentence is
# capitalised for grammar, not because it names something, so it is skipped. A capitalised
# word after an article is usually an institution spelled out ("l'Agence", "the Agency")
# that the other language or an acronym words differently, so only acronyms count there.
_NAME = re.compile(r"\b[A-ZÀ-ÝĀ-Ž][\w\-]*")
_ACRONYM = re.compile(r"[A-Z].*[A-Z]")
_ARTICLE = re.compile(r"(?:\b(?:l|la|le|les|the|a|an|un|une|des|du)\s*['’]?\s*)$", re.IGNORECASE)


def negation_spans(f: Folded, cues) -> list[tuple[int, int]]:
    """Negation cues of one language's list that no neutraliser ("sans doute", "not only") covers."""
    neutral = cues.not_negation.spans(f)
    return [(s, e) for s, e in cues.negation.spans(f) if not any(ns < e and s < ne for ns, ne in neutral)
            and not _CONTRASTED.match(f.low, e) and not _telling_denied(f, cues, e) and not _DATE_DENIED.match(f.low, e)
            and not _RESTRICTED_LATER.fullmatch(f.low, s, e) and not _FIGURE_DISPUTED.match(f.low, s)]


# « La direction de la clinique conteste ce chiffre : … »: a verb of disputing whose object is a figure disputes
# the count, not that the attack happened or reached what the clause goes on to name.
_FIGURE_DISPUTED = re.compile(r"contest\w*\s+(?:ce|ces|le|les|cette|son|leur)\s+(?:chiffre|chiffres|bilan|decompte|"
                              r"estimation|estimations|nombre|montant|evaluation)\b")


# "n'a été rendue publique qu'une semaine plus tard": "ne … que" restricts, and "plus" is a comparison,
# not "ne … plus".
_RESTRICTED_LATER = re.compile(r"(?:ne|n)\b.*\b(?:que|qu)\b.*\bplus|(?:ne|n)\b.*\bplus(?=\s+(?:tard|tot)\b)")


# A negation right before a day ("— not on December 23, the Monday it went public", "et non du lundi 26") denies
# that date (LABELLING.md D12, read with the dates), not what the clause says happened.
_DATE_DENIED = re.compile(r"\s+(?:on|le|du|au)\s+(?:[a-z]+\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[a-z]+|[a-z]+\s+\d{1,2})\b")


# Words between a negation and the verb of telling ("ne s'est pas risqué à chiffrer"), and between
# that verb and what it would tell ("has not said exactly how many").
TELL_GAP = 3


def _telling_denied(f: Folded, cues, end: int) -> bool:
    """Whether the negation ending at `end` falls on a verb of telling or counting with what it
    would tell after it ("Colis Privé ne s'est pas risqué à chiffrer le nombre de clients touchés",
    "the council has not said how many residents were affected"): the figure is not given, the
    people are not said to be spared."""
    low = f.low
    for s, e in cues.tell_verb.spans(f):
        if s >= end and len(low[end:s].split()) <= TELL_GAP and not re.search(r"[,;:.]", low[end:s]):
            # (what it would tell may be part of the verb's phrase: "put a number on")
            if any(s <= ws < e or (ws >= e and len(low[e:ws].split()) <= TELL_GAP and not re.search(r"[,;:.]", low[e:ws]))
                   for ws, _we in cues.tell_what.spans(f)):
                return True
    return False


def spared_spans(f: Folded, cues) -> list[tuple[int, int]]:
    """Words of sparing ("safe", "épargnés", "à l'abri") that say something was spared: not those a
    goal sets ("failed to keep records containing their Medicare numbers safe", "pour mettre les
    fichiers à l'abri", "préserver les données"), which say what should have been, or was meant."""
    low = f.low
    return [(s, e) for s, e in cues.spared.spans(f)
            if not _GOAL.search(low, max(0, s - 120), s) and not (low[s:e].endswith("er") and _INFINITIVE_LEAD.search(low, 0, s))
            and not _AGAIN.match(low, e) and not _AGAIN_BEFORE.search(low, max(0, s - 30), s)
            and not (low.startswith("epargne", s) and _SAVINGS_BEFORE.search(low, max(0, s - 12), s))]


# Savings, not sparing: « une firme d'épargne-études », « une caisse d'épargne », « un plan d'épargne » (folded, the
# noun « épargne » reads as the participle « épargné »). (Any « d'épargne » or « leur épargne » lost a right claim on
# the sealed parts.)
_SAVINGS_BEFORE = re.compile(r"\b(?:firme|societe|caisse|plan|compte|comptes|livret|produit|produits)\s+d\s+$")


# Secure again is restored, not spared: "its systems are secure again", "once again fully secure", « de nouveau sécurisés ».
_AGAIN = re.compile(r"\s+(?:again|once\s+more|de\s+nouveau|a\s+nouveau)\b")
_AGAIN_BEFORE = re.compile(r"\b(?:once\s+again|again|de\s+nouveau|a\s+nouveau)(?:\s+fully|\s+entierement)?\s+$")


# An infinitive of keeping before the word of sparing, with up to twelve words between and no punctuation.
_GOAL = re.compile(r"\b(?:to|de|d|pour)\s+(?:keep|garder|conserver|maintenir|mettre|tenir|preserver|proteger)"
                   r"(?:\s+[\w]+){0,12}\s+$")
# What may lead a French infinitive of sparing ("pour préserver", "afin de préserver").
_INFINITIVE_LEAD = re.compile(r"\b(?:pour|de|d|a)\s+$")


# "addressed not to the hospital but to the university", "adressée non pas à l'hôpital mais à
# l'université": a negation that a "but" answers within a few words denies one constituent in
# favour of another, not the event.
_CONTRASTED = re.compile(r"(?:\s+pas)?\s+(?:to|at|from|for|by|in|on|a|au|aux|de|du|des|par|pour|chez)\s+"
                         r"(?:[\w'-]+\s+){1,4}(?:,\s*)?(?:but|mais)\s+(?:to|at|from|for|by|in|on|a|au|aux|de|du|des|"
                         r"par|pour|chez)\b")


def denies(negations: list[tuple[int, int]], spared: list[tuple[int, int]], start: int, end: int,
           low: str = "") -> bool:
    """Whether text[start:end] says something is not so: a negation cue or a word of sparing
    ("épargnés", "untouched"); a negation right before a word of sparing ("n'est pas
    épargnée", "not spared") cancels it and asserts."""
    negations = [n for n in negations if start <= n[0] and n[1] <= end]
    spared = [s for s in spared if start <= s[0] and s[1] <= end]
    for s in list(spared):
        close = [n for n in negations if n[1] <= s[0] and (not low or re.fullmatch(r"[a-z ]{0,25}", low[n[1]:s[0]]))]
        if close:
            negations.remove(close[-1])
            spared.remove(s)
    return bool(negations) or bool(spared)


def negated(text: str, profile: str = DEFAULT_PROFILE) -> bool:
    """Whether the sentence says something is not so, in any of the profile's languages
    (the same reading as claim polarity, over the whole sentence)."""
    f = Folded(text)
    return any(denies(negation_spans(f, v.cues), spared_spans(f, v.cues), 0, len(f.low), f.low)
               for v in load_profile(profile).vocabularies.values())


def approximate(text: str, profile: str = DEFAULT_PROFILE) -> bool:
    """Whether the sentence words a figure as an estimate ("une dizaine", "about", "more than")."""
    f = Folded(text)
    return any(v.cues.approximate.search(f) for v in load_profile(profile).vocabularies.values())


def numbers(text: str) -> frozenset[str]:
    """The numbers written in digits, normalised ("1 400 000" and "1,400,000" are both 1400000).

    A decimal comma or point followed by one or two digits is kept as a decimal ("1,4").
    """
    found = set()
    for match in _NUMBER.finditer(text):
        raw = re.sub(r"[\s\u00a0\u202f]", "", match.group())
        decimal = re.fullmatch(r"(\d+)[.,](\d{1,2})", raw)
        if decimal:
            found.add(f"{decimal.group(1)}.{decimal.group(2)}")
        else:
            found.add(re.sub(r"[.,]", "", raw))
    return frozenset(found)


def names(text: str) -> frozenset[str]:
    """Capitalised words and acronyms after the first word, folded: a rough named-entity set."""
    found = set()
    for match in _NAME.finditer(text):
        before = text[:match.start()].rstrip()
        if not before or before[-1] in ".!?:«\"“(—–-" or before.endswith("« "):
            continue  # sentence or quotation start: capitalised for grammar
        if _ARTICLE.search(text[:match.start()]) and not _ACRONYM.match(match.group()):
            continue
        word = fold(match.group()).strip()
        if len(word) >= 2:
            found.add(word)
    return frozenset(found)
