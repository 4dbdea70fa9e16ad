"""Language cues the clustering guard and the verdict rules need: negation, approximation, numbers, names.

The words live in claims/extraction/cues.toml (vocabularies are data); these functions are pure and
work on any language listed there at once, since a claim's language is not always known
and French and English claims are compared with each other.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from pathlib import Path

CUES_FILE = Path(__file__).with_name("cues.toml")

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
# Capitalised or acronym-like words (GRADeS, CNIL, Lille); the first word of a sentence is
# capitalised for grammar, not because it names something, so it is skipped. A capitalised
# word after an article is usually an institution spelled out ("l'Agence", "the Agency")
# that the other language or an acronym words differently, so only acronyms count there.
_NAME = re.compile(r"\b[A-ZÀ-Ý][\w\-]*")
_ACRONYM = re.compile(r"[A-Z].*[A-Z]")
_ARTICLE = re.compile(r"(?:\b(?:l|la|le|les|the|a|an|un|une|des|du)\s*['’]?\s*)$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lowercase, strip accents, apostrophes and hyphens to spaces: the form cues are matched in."""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[\-'\u2019\u2018`]", " ", text)


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads(CUES_FILE.read_text(encoding="utf-8"))
    out = {}
    for name in ("negation", "approximate"):
        words = sorted({w for lang in data.values() for w in lang.get(name, [])}, key=len, reverse=True)
        out[name] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return out


def negated(text: str) -> bool:
    """Whether the sentence carries a negation cue (French or English)."""
    return bool(_patterns()["negation"].search(fold(text)))


def approximate(text: str) -> bool:
    """Whether the sentence words a figure as an estimate ("une dizaine", "about", "more than")."""
    return bool(_patterns()["approximate"].search(fold(text)))


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
