"""Load a claim profile's data files and match their terms against text.

Vocabularies live in TOML files under claims/profiles/<name>/ so that adding a synonym is
a one-line data change. Matching is done on a folded copy of the text that keeps every
character at its place (lowercase, accents stripped, hyphens and apostrophes as spaces),
so a match's offsets are offsets in the original text.

Term syntax, one term per string:
  "nom de famille"   case- and accent-insensitive; each word may take a plural s, x or es
  "=ARS"             case-sensitive (accents still folded): for names that are also words
  "derob*"           a prefix: any word starting with "derob"
  "ne ... pas"       a gap of up to eight words between the two parts
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
import unicodedata
from pathlib import Path

from claims.extraction.model import Mention, Profile

PROFILES_DIR = Path(__file__).parents[1] / "profiles"

# Words that never take a plural mark, so "de" does not also match "des".
_FUNCTION_WORDS = frozenset(
    "a au aux d de des du e en et l la le les n ne of on or ou par pas s sur the to un une".split()
)
_SPACE_LIKE = "-\u2010\u2011\u2012\u2013'\u2019\u2018\u02bc`\u00a0\u202f\u2009"


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str, keep_case: bool) -> str:
    if char in _SPACE_LIKE:
        return " "
    base = unicodedata.normalize("NFD", char)[0]
    if not keep_case:
        lowered = base.lower()
        base = lowered if len(lowered) == 1 else base
    return base


def fold(text: str, keep_case: bool = False) -> str:
    """Return text lowercased, without accents, hyphens and apostrophes as spaces; same length."""
    return "".join(_fold_char(c, keep_case) for c in text)


class Folded:
    """A sentence with its two folded copies, computed once and shared by every matcher."""

    __slots__ = ("text", "low", "cased")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold(text)
        self.cased = fold(text, keep_case=True)


def _word_pattern(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    if word in _FUNCTION_WORDS or not word.isalpha() or len(word) < 2:
        return re.escape(word)
    return re.escape(word) + r"(?:s|x|es)?"


def compile_term(term: str) -> tuple[re.Pattern[str], bool]:
    """Compile one lexicon term; return the pattern and whether it is case-sensitive."""
    cased = term.startswith("=")
    body = fold(term[1:] if cased else term, keep_case=cased)
    parts = []
    for chunk in body.split("..."):
        words = chunk.split()
        if words:
            parts.append(r"\s+".join(_word_pattern(w) for w in words))
    gap = r"(?:\s+\S+){0,8}?\s+"
    pattern = r"(?<!\w)" + gap.join(parts) + r"(?!\w)"
    return re.compile(pattern), cased


class TermSet:
    """Compiled terms, each naming a value; finds non-overlapping mentions, longest first."""

    def __init__(self, entries: list[tuple[object, str]]) -> None:
        self.patterns = [(value, *compile_term(term)) for value, term in entries if term.strip()]

    def find(self, folded: Folded) -> list[tuple[object, int, int]]:
        """All (value, start, end) found, overlaps resolved in favour of the longer match."""
        hits = []
        for value, pattern, cased in self.patterns:
            haystack = folded.cased if cased else folded.low
            for m in pattern.finditer(haystack):
                hits.append((m.start(), -(m.end() - m.start()), value, m.end()))
        hits.sort(key=lambda h: (h[0], h[1]))
        chosen: list[tuple[object, int, int]] = []
        taken_until = -1
        for start, _neglen, value, end in hits:
            if start >= taken_until:
                chosen.append((value, start, end))
                taken_until = end
        return chosen

    def search(self, folded: Folded) -> bool:
        """Whether any term occurs."""
        return any(
            p.search(folded.cased if cased else folded.low) for _v, p, cased in self.patterns
        )

    def spans(self, folded: Folded) -> list[tuple[int, int]]:
        """Every occurrence's span, overlapping or not."""
        out = []
        for _value, pattern, cased in self.patterns:
            haystack = folded.cased if cased else folded.low
            out.extend((m.start(), m.end()) for m in pattern.finditer(haystack))
        return sorted(out)


def find_mentions(slot: str, profile: Profile, folded: Folded) -> list[Mention]:
    """Mentions of a slot's values in a sentence (every language's variants apply)."""
    termset: TermSet = profile.terms[slot]
    return [Mention(slot, value, s, e) for value, s, e in termset.find(folded)]


def cue(profile: Profile, lang: str, name: str) -> TermSet:
    """A named cue list for a language (an empty set when the profile has none)."""
    return profile.cues.get(lang, {}).get(name) or _EMPTY


_EMPTY = TermSet([])


def _read(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _slot_terms(table: dict) -> TermSet:
    entries: list[tuple[object, str]] = []
    for value, per_lang in table.items():
        entries.append((value, value))  # the official name is always a variant
        for terms in per_lang.values():
            entries.extend((value, term) for term in terms)
    return TermSet(entries)


def profile_digest(directory: Path) -> str:
    """A short hash of every data file of a profile: a lexicon edit changes it."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@functools.lru_cache(maxsize=8)
def load_profile(name: str = "cyberattack") -> Profile:
    """Read claims/profiles/<name>/*.toml into a Profile; cached, since profiles are static."""
    directory = PROFILES_DIR / name
    if not (directory / "profile.toml").exists():
        raise FileNotFoundError(f"no claim profile named {name!r} in {PROFILES_DIR}")
    meta = _read(directory / "profile.toml")
    terms = {slot: _slot_terms(_read(directory / file)) for slot, file in meta["lexicons"].items()}
    cues: dict[str, dict[str, TermSet]] = {}
    numbers: dict[str, dict] = {}
    dates: dict[str, dict] = {}
    for lang in meta["languages"]:
        raw = _read(directory / f"cues_{lang}.toml")
        # Lists are cue terms; tables (such as conditional verb endings) are kept as data.
        cues[lang] = {
            key: TermSet([(key, t) for t in values]) if isinstance(values, list) else values
            for key, values in raw.items()
        }
        numbers[lang] = _read(directory / f"numbers_{lang}.toml")
        dates[lang] = _read(directory / f"dates_{lang}.toml")
    return Profile(
        name=name,
        slots=tuple(meta["slots"]),
        terms=terms,
        cues=cues,
        numbers=numbers,
        dates=dates,
        digest=profile_digest(directory),
    )
