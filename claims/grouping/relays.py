"""Which independent outlet each claim comes from: its own, or the outlet whose text it relays.

A syndicated copy of a whole article is already one article (aggregator.dedup). What is
left are relays inside articles: a sentence that names another outlet as its source
("French site Cyberscope reported that ...", "selon The Channel Post") or that copies an
earlier sentence of another outlet nearly word for word. Such a claim repeats that outlet;
counting it as a second source would let one scoop look like agreement, or one misread
sentence look like a dispute.

`assign` is pure: members in the order the store received them (claim ids) in, origins out.
Within a cluster, a claim's origin is (1) the other outlet its sentence names, else (2) the
origin of the first earlier sentence of another outlet that it copies (the same words, or
`COPY_OVERLAP` of its word triples, for sentences of `MIN_COPY_WORDS` or more: short sentences
coincide by chance), else (3) its own outlet. Official statements are the reference: always
their own origin (a media sentence copying a communiqué relays the official source). "Earlier"
is in the order claims were stored, not published: a copy counts once whichever copy is the
origin, and new claims always come after the known ones, so upkeep only ever appends
(`Entry`: the cluster's distinct sentences so far). Which outlet published first is kept
apart, for "first reported by" (claims.grouping.refresh).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
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
    at: str             # its publication (kept with the sentence for inspection; order is by claim id)
    text: str
    value: str | None = None
    official: bool = False   # an official statement is the reference: it never relays anyone


@dataclass
class Entry:
    """A distinct sentence of a cluster: its first claim, that claim's outlet and origin, its word triples."""

    text: str
    claim_id: int
    source_id: int
    at: str
    origin_id: int
    shingles: frozenset[str] | None = None

    def triples(self) -> frozenset[str]:
        if self.shingles is None:
            self.shingles = shingles(self.text)
        return self.shingles


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


def assign(members: Sequence[Said], outlets: Sequence[Outlet],
           entries: dict[str, Entry] | None = None) -> tuple[dict[int, tuple[int, str | None]], dict[str, Entry]]:
    """Origins of `members` (sorted by claim id, all after `entries`): claim id -> (origin, relay kind).

    Returns the origins and the distinct sentences with the new ones added. Relay kind is
    "attribution", "copy" or None (its own outlet).
    """
    entries = dict(entries or {})
    origins: dict[int, tuple[int, str | None]] = {}
    ordered = sorted(entries.values(), key=lambda e: e.claim_id)
    for said in members:
        origin, kind = said.source_id, None
        named = None if said.official else _attributed(said.text, said.source_id, said.value, tuple(outlets))
        if said.official:
            pass
        elif named is not None:
            origin, kind = named, "attribution"
        elif said.text in entries:
            found = entries[said.text]
            if found.source_id != said.source_id and _long_enough(said.text):
                origin, kind = found.origin_id, "copy"
        elif _long_enough(said.text):
            own = shingles(said.text)
            for entry in ordered:
                if entry.source_id != said.source_id and _copies(entry, said.text, own):
                    origin, kind = entry.origin_id, "copy"
                    break
        origins[said.claim_id] = (origin, kind)
        if said.text not in entries:
            entry = Entry(said.text, said.claim_id, said.source_id, said.at, origin)
            entries[said.text] = entry
            ordered.append(entry)
    return origins, entries


@functools.lru_cache(maxsize=65536)
def _attributed(text: str, source_id: int, value: str | None, outlets: tuple[Outlet, ...]) -> int | None:
    """attributed, remembered: a cluster recomputed in full reads the same sentences many times."""
    return attributed(text, source_id, value, outlets)
