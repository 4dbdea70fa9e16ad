"""Which independent outlet each claim comes from: its own, or the outlet whose text it relays.

A syndicated copy of a whole article is already one article (aggregator.dedup). What is
left are relays inside articles: a sentence that names another outlet as its source
("French site Cyberscope reported that ...", "selon The Channel Post") or that copies
another outlet's sentence nearly word for word. Such a claim repeats that outlet; counting
it as a second source would let one scoop look like agreement, or one misread sentence look
like a dispute.

A claim's origin is (1) its own source when the statement is official (the reference: a
communiqué relays nobody), else (2) the other outlet its sentence names, else (3) for a
sentence of `MIN_COPY_WORDS` or more (short sentences coincide by chance), the origin of
the first-published sentence of its copy family, else (4) its own outlet. A copy family is
a connected group of the cluster's distinct sentences, two sentences being linked when they
are the same words or share `COPY_OVERLAP` of their word triples; "first published" is by
publication time, then source name, then wording. Everything here depends on what was said
and when, never on the order claims were stored in: a crawl on SQLite and one spread over
workers that finish in any order find the same origins. Families only grow or merge as
claims arrive, so upkeep adds arrivals to the known sentences (`Entry`) without recomputing
the cluster; only when an arrival changes a family's first sentence do members already
stored change origin (`assign` says which).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from claims.extraction import cues
from claims.extraction.lexicon import fold

MIN_COPY_WORDS = 8
COPY_OVERLAP = 0.6
SHINGLE = 3
_CLAUSE = re.compile(r"[;,:]|\b(?:while|whereas|but|alors que|tandis que|mais)\b")
_ARTICLE = re.compile(r"^(?:l|le|la|les|the)\s+")
_SCALES = (1, 1_000, 1_000_000, 1_000_000_000)


@dataclass(frozen=True)
class Outlet:
    """A non-official source a sentence may name as the origin of what it says."""

    id: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Said:
    """A member claim as relay detection needs it."""

    claim_id: int
    source_id: int
    at: str             # its publication, sortable (claims.grouping.verdicts.instant); "" when unknown
    text: str
    value: str | None = None
    official: bool = False   # an official statement is the reference: it never relays anyone
    name: str = ""           # its source's name: breaks ties between sentences published at the same time


@dataclass
class Entry:
    """A distinct sentence of a cluster, and the copy family it belongs to.

    Its representative is its first-published claim (`claim_id`, `source_id`, `at`, `name`);
    `base_id` is what that claim would be on its own (the outlet it names, else its source);
    `family` labels the copy family (any member's claim id: a label, never compared across
    stores) and `origin_id` is the base of the family's first-published sentence.
    """

    text: str
    claim_id: int
    source_id: int
    at: str
    origin_id: int
    base_id: int = -1
    family: int = -1
    name: str = ""
    shingles: frozenset[str] | None = field(default=None, compare=False)

    def triples(self) -> frozenset[str]:
        if self.shingles is None:
            self.shingles = shingles(self.text)
        return self.shingles

    def rank(self) -> tuple:
        return _rank(self.at, self.name, self.text)


def _rank(at: str, name: str, text: str) -> tuple:
    """First published first; an unknown date last; then by source name and wording (never storage order)."""
    return (not at, at, name, text)


def outlet_patterns(sources: Iterable[tuple[int, str]]) -> list[Outlet]:
    """Patterns for the names of (id, name) sources, without a parenthesised suffix or a leading article."""
    out = []
    for source_id, name in sources:
        core = _ARTICLE.sub("", fold(re.sub(r"\(.*?\)", " ", name)).strip())
        core = " ".join(core.split())
        if len(core) >= 4:
            out.append(Outlet(source_id, re.compile(r"(?<!\w)" + re.escape(core).replace(r"\ ", r"\s+") + r"(?!\w)")))
    return out


def attributed(text: str, source_id: int, value: str | None, outlets: Sequence[Outlet]) -> int | None:
    """The other outlet the sentence names as its source, or None; with several, the one named in
    the clause that gives the claim's figure."""
    low = fold(text)
    named = [(m.start(), o.id) for o in outlets if o.id != source_id for m in [o.pattern.search(low)] if m]
    if not named:
        return None
    if len(named) > 1 and value is not None:
        for clause_start, clause in _clauses(low):
            if _mentions_value(clause, value):
                inside = [(pos, oid) for pos, oid in named if clause_start <= pos < clause_start + len(clause)]
                if inside:
                    return min(inside)[1]
    return min(named)[1]


def _clauses(low: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(low):
        out.append((start, low[start:m.start()]))
        start = m.end()
    out.append((start, low[start:]))
    return out


def _mentions_value(clause: str, value: str) -> bool:
    try:
        wanted = float(value)
    except ValueError:
        return False
    for n in cues.numbers(clause):
        x = float(n)
        if any(abs(x * scale - wanted) <= 0.01 * max(wanted, 1) for scale in _SCALES):
            return True
    return False


# Accents off by table: cues.fold decomposes every character, too slow for every sentence of a cluster.
_PLAIN = {c: unicodedata.normalize("NFD", chr(c))[0] for c in range(0xC0, 0x250)
          if unicodedata.normalize("NFD", chr(c))[0].isascii()}


@functools.lru_cache(maxsize=65536)
def shingles(text: str) -> frozenset[str]:
    """The sentence's word triples, lowercased, accents and punctuation off."""
    words = re.findall(r"\w+", text.lower().translate(_PLAIN))
    return frozenset(" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1)))


def _long_enough(text: str) -> bool:
    return len(text.split()) >= MIN_COPY_WORDS


def _copies(a: Entry, text: str, own: frozenset[str]) -> bool:
    if a.text == text:
        return _long_enough(text)
    theirs = a.triples()
    if not own or not theirs or not _long_enough(text) or not _long_enough(a.text):
        return False
    return len(own & theirs) / min(len(own), len(theirs)) >= COPY_OVERLAP


def origin_of(said: Said, entry: Entry, outlets: Sequence[Outlet]) -> tuple[int, str | None]:
    """A claim's origin and relay kind ("attribution", "copy" or None) once its sentence's family is known."""
    base = _base(said, outlets)
    if said.official:
        return base, None
    if base != said.source_id:
        return base, "attribution"
    if not _long_enough(said.text) or entry.origin_id == said.source_id:
        return said.source_id, None
    return entry.origin_id, "copy"


def _base(said: Said, outlets: Sequence[Outlet]) -> int:
    if said.official:
        return said.source_id
    named = _attributed(said.text, said.source_id, said.value, tuple(outlets))
    return said.source_id if named is None else named


def assign(members: Sequence[Said], outlets: Sequence[Outlet],
           entries: dict[str, Entry] | None = None) -> tuple[dict[int, tuple[int, str | None]], dict[str, Entry]]:
    """Origins of `members`, claims arriving in any order in a cluster whose sentences so far are `entries`.

    Returns claim id -> (origin, relay kind) for the members, and the cluster's distinct
    sentences with the members added (new objects: `entries` is left as it was). An entry
    whose `origin_id` differs from the one passed in is a sentence whose claims already
    stored now have another origin: the caller updates them (`origin_of`).
    """
    entries = {text: replace(e) for text, e in (entries or {}).items()}
    touched: list[Entry] = []
    for said in members:
        entry = entries.get(said.text)
        if entry is None:
            base = _base(said, outlets)
            entry = Entry(said.text, said.claim_id, said.source_id, said.at, base, base, said.claim_id, said.name)
            if _long_enough(said.text):
                own = shingles(said.text)
                joined = {e.family for e in entries.values() if _copies(e, said.text, own)}
                if joined:
                    entry.family = min(joined)
                    for e in entries.values():
                        if e.family in joined:
                            e.family = entry.family
            entries[said.text] = entry
            touched.append(entry)
        elif _rank(said.at, said.name, said.text) < entry.rank() or (
                said.at == entry.at and said.name == entry.name and said.claim_id < entry.claim_id):
            entry.claim_id, entry.source_id, entry.at, entry.name = said.claim_id, said.source_id, said.at, said.name
            entry.base_id = _base(said, outlets)
            touched.append(entry)
    families = {e.family for e in touched}
    if families:
        members_of: dict[int, list[Entry]] = {}
        for e in entries.values():
            if e.family in families:
                members_of.setdefault(e.family, []).append(e)
        for family in members_of.values():
            first = min(family, key=Entry.rank)
            for e in family:
                e.origin_id = first.base_id
    return {said.claim_id: origin_of(said, entries[said.text], outlets) for said in members}, entries


@functools.lru_cache(maxsize=65536)
def _attributed(text: str, source_id: int, value: str | None, outlets: tuple[Outlet, ...]) -> int | None:
    """attributed, remembered: a cluster recomputed in full reads the same sentences many times."""
    return attributed(text, source_id, value, outlets)
