"""The plain data that claim extraction produces and consumes: claims, sentences, profiles."""

from __future__ import annotations

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
class Profile:
    """A claim vocabulary: slot lexicons and cue lists per language, loaded from data files.

    `terms[slot][lang]` maps each value to its compiled patterns; `cues[lang][name]` holds
    cue patterns; `numbers[lang]` and `dates[lang]` the number and calendar words.
    `digest` changes whenever any data file changes, so claims record what produced them.
    """

    name: str
    slots: tuple[str, ...]
    terms: dict = field(repr=False)
    cues: dict = field(repr=False)
    numbers: dict = field(repr=False)
    dates: dict = field(repr=False)
    digest: str = ""

    def __hash__(self) -> int:  # dict fields are not hashable; the digest identifies the data
        return hash((self.name, self.digest))
