"""Recognise the same story carried by several outlets (wire copy) with SimHash fingerprints.

A wire story republished by three outlets differs in headline, furniture and a paragraph
here or there, so exact hashes miss it. SimHash over word shingles keeps near-identical
texts within a few bits; a shingle-overlap check then confirms the candidates, so two
different articles on the same subject (which share vocabulary, not sentences) stay apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Callable

SHINGLE = 4            # words per shingle: long enough that shared topic words don't match
MAX_DISTANCE = 18      # bits of 64: candidates worth the exact check
MIN_OVERLAP = 0.6      # share of the shorter text's shingles found in the other

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Candidate:
    """An existing article a new text may duplicate; its text is loaded only if its print is close."""

    article_id: int
    fingerprint: int


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def fingerprint(text: str) -> int:
    """64-bit SimHash of the text's shingles."""
    weights = [0] * 64
    for shingle in shingles(text):
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def text_hash(text: str) -> str:
    """Exact identity of a text, whitespace-insensitive: unchanged re-fetches are not new versions."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def overlap(a: str, b: str) -> float:
    """Share of the smaller text's shingles that the other text also has (0-1)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def find_duplicate(text: str, print_: int, candidates: list[Candidate],
                   load_text: Callable[[int], str]) -> int | None:
    """The id of the article `text` duplicates, or None; closest fingerprint checked first."""
    close = sorted(
        (bin(print_ ^ c.fingerprint).count("1"), c.article_id, c) for c in candidates
    )
    for distance, _, candidate in close:
        if distance > MAX_DISTANCE:
            break
        if overlap(text, load_text(candidate.article_id)) >= MIN_OVERLAP:
            return candidate.article_id
    return None
