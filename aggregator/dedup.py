"""Recognise the same story carried by several outlets (wire copy) with SimHash fingerprints.

A wire story republished by three outlets differs in headline, furniture and a paragraph
here or there, so exact hashes miss it. SimHash over word shingles keeps near-identical
texts within a few bits; a shingle-overlap check then confirms the candidates, so two
different articles on the same subject (which share vocabulary, not sentences) stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Callable, Hashable, Iterable

import numpy as np

SHINGLE = 4            # words per shingle: long enough that shared topic words don't match
MAX_DISTANCE = 18      # bits of 64: candidates worth the exact check
MIN_OVERLAP = 0.6      # share of the shorter text's shingles found in the other

_WORD = re.compile(r"\w+", re.UNICODE)


class FingerprintIndex:
    """Every stored copy's fingerprint (each outlet's copy of each article), loaded once per run and grown in place.

    Keys are the copies' addresses, not their articles: merging two articles moves copies
    without changing what the index holds. Comparing a new page with every copy is one
    vectorised XOR and popcount (microseconds for thousands of copies) instead of a table
    scan per page, so a crawl's cost stays linear in the pages it fetches.
    """

    def __init__(self, rows: Iterable[tuple[Hashable, int, int]] = ()) -> None:
        rows = list(rows)
        self._keys: list[Hashable] = [r[0] for r in rows]
        self._where = {key: i for i, key in enumerate(self._keys)}
        self._sources = np.array([r[1] for r in rows], dtype=np.int64)
        self._prints = np.array([r[2] for r in rows], dtype=np.uint64)

    def add(self, key: Hashable, source_id: int, print_: int) -> None:
        """Learn a copy, or its new fingerprint if the key is known already."""
        at = self._where.get(key)
        if at is not None:
            self._sources[at], self._prints[at] = np.int64(source_id), np.uint64(print_)
            return
        self._where[key] = len(self._keys)
        self._keys.append(key)
        self._sources = np.append(self._sources, np.int64(source_id))
        self._prints = np.append(self._prints, np.uint64(print_))

    def near(self, print_: int, *, other_than_source: int) -> list:
        """Keys of other outlets' copies within MAX_DISTANCE bits, closest first (then by key)."""
        if not self._keys:
            return []
        distance = np.bitwise_count(self._prints ^ np.uint64(print_))
        mask = (distance <= MAX_DISTANCE) & (self._sources != other_than_source)
        hits = sorted(np.flatnonzero(mask).tolist(), key=lambda i: (int(distance[i]), str(self._keys[i])))
        return [self._keys[i] for i in hits]


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def fingerprint(text: str) -> int:
    """64-bit SimHash of the text's shingles."""
    shingle_set = shingles(text)
    # Count each bit's ones over all shingle hashes at once: bytes at one position are
    # tallied in C (Counter over a bytes slice), and each byte value's bits are spread into
    # eight 16-bit lanes by table, so no Python loop runs per bit (same result as the
    # bit-by-bit loop, ~5x faster).
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingle_set)
    total = len(shingle_set)
    print_ = 0
    for k in range(8):  # byte 7 - k of the big-endian digest holds bits 8k .. 8k+7
        lanes = sum(_SPREAD[byte] * count for byte, count in Counter(digests[7 - k::8]).items())
        for j in range(8):
            ones = lanes >> (16 * j) & 0xFFFF if total < 0x10000 else _ones_slow(shingle_set, 8 * k + j)
            if 2 * ones > total:  # more ones than zeros: the weight is positive
                print_ |= 1 << (8 * k + j)
    return print_


def _ones_slow(shingle_set: set[str], bit: int) -> int:
    """Ones at `bit` over the shingle hashes, for texts too long for 16-bit lanes."""
    return sum(int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") >> bit & 1
               for s in shingle_set)


# _SPREAD[b] holds bit j of byte b in the 16-bit lane j.
_SPREAD = [sum(1 << (16 * j) for j in range(8) if b >> j & 1) for b in range(256)]


def text_hash(text: str) -> str:
    """Exact identity of a text, whitespace-insensitive: unchanged re-fetches are not new versions."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def overlap(a: str, b: str) -> float:
    """Share of the smaller text's shingles that the other text also has (0-1)."""
    return _overlap(shingles(a), shingles(b))


def _overlap(sa: set[str], sb: set[str]) -> float:
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def find_duplicates(text: str, close: list, load: Callable[[Hashable], tuple[int, str] | None]) -> list[int]:
    """The articles (ids, ascending) of which `text` duplicates a copy: `close` are copies' keys, closest
    first, and `load` gives a copy's article and text (None for one no longer stored).

    All of them, not the first: a page that duplicates copies of two stored articles joins
    them, so grouping is the same whatever order the copies came in. Once one copy of an
    article matched, its other copies are not read.
    """
    own = shingles(text) if close else set()  # shingled once, not once per candidate
    found: set[int] = set()
    for key in close:
        copy = load(key)
        if copy is None or copy[0] in found:
            continue
        if _overlap(own, shingles(copy[1])) >= MIN_OVERLAP:
            found.add(copy[0])
    return sorted(found)
