"""The plain data that claim extraction produces and consumes: claims, sentences, profiles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union

Value = Union[str, int, None]

# The language assumed when a text is too short or too mixed to tell (the coverage is mostly French).
DEFAULT_LANGUAGE = "fr"

ASSERTED = "asserted"
DENIED = "denied"


@dataclass(frozen=True)
class Claim:
    """One statement found in one article, with its evidence sentence and span."""

    slot: str | None
    value: Value
    polarity: str
    hedged: bool
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A unit of text to read claims from: a sentence, a bare line, or a list with its lead.

    `kind` is "sentence" (ends with terminal punctuation), "line" (a heading, link or
    button label: no terminal punctuation) or "list" (a lead ending with ':' and its items).
    """

    start: int
    end: int
    text: str
    kind: str = "sentence"


@dataclass(frozen=True)
class Mention:
    """A lexicon term found in a sentence: which slot value it names and where."""

    slot: str
    value: Value
    start: int
    end: int


@dataclass(frozen=True)
class IncidentContext:
    """What a newsroom's config.toml says about the incident followed, as extraction needs it.

    `organizations` are the organisations attacked, as the `organization` slot names them:
    they are recognised besides the profile's own list, so that following a new breach
    needs a new config.toml, not a new lexicon. `since` sets events dated before it aside.
    """

    organizations: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    since: dt.date | None = None


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """A profile seen in one language: what every rule of one sentence reads.

    `cues` has one term list per declared cue name (claims.extraction.profile.CUE_LISTS),
    as attributes, so a misspelt name fails at once; `conditional` and `imperative` are the
    verb-ending tables; `numbers` and `dates` the number and calendar words.
    """

    lang: str
    profile: "Profile" = field(repr=False)
    cues: object = field(repr=False)
    conditional: dict = field(repr=False)
    imperative: dict = field(repr=False)
    numbers: dict = field(repr=False)
    dates: dict = field(repr=False)

    @property
    def terms(self) -> dict:
        return self.profile.terms


@dataclass(frozen=True)
class Profile:
    """A claim vocabulary and its metadata, loaded from data files and validated once.

    `slots` is the slot order; `single_valued` the slots where two values disagree;
    `numeric` the slots whose values are integers; `labels[lang][slot]` names a slot for
    readers; `terms[slot]` the slot lexicons (every language at once); `vocabularies[lang]`
    the cues, numbers and dates of each language. `digest` changes whenever any data file
    changes, so claims record what produced them.
    """

    name: str
    rules_version: str
    languages: tuple[str, ...]
    slots: tuple[str, ...]
    single_valued: frozenset[str]
    numeric: frozenset[str]
    labels: dict = field(repr=False)
    org_forms: dict = field(repr=False)
    terms: dict = field(repr=False)
    vocabularies: dict = field(repr=False)
    digest: str = ""
    incident: IncidentContext | None = None

    def vocabulary(self, lang: str) -> Vocabulary:
        """The profile in one language; an unknown language is an error."""
        return self.vocabularies[lang]

    @property
    def version(self) -> str:
        """What each claim records: the rules' version and the data's hash."""
        return f"{self.rules_version}+{self.name}.{self.digest}"

    @property
    def cues(self) -> dict:
        return {lang: v.cues for lang, v in self.vocabularies.items()}

    @property
    def numbers(self) -> dict:
        return {lang: v.numbers for lang, v in self.vocabularies.items()}

    @property
    def dates(self) -> dict:
        return {lang: v.dates for lang, v in self.vocabularies.items()}

    def __hash__(self) -> int:  # dict fields are not hashable; the digest identifies the data
        return hash((self.name, self.digest))
