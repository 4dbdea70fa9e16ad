"""What the claims stage hands to extraction: bounded text, and a bounded time per article.

Crawled text is hostile. Extraction's cost grows faster than linearly with a sentence's
length (a 40 KB sentence took 133 s, a 4.9 MB single-line page kept the stage busy for a
quarter of an hour under the writer lock), and a 309-digit figure is not a quantity. So
the text is cut to MAX_ARTICLE_CHARS, and sentences longer than MAX_SENTENCE_CHARS or
carrying a run of more than MAX_DIGITS digits are blanked: replaced by as many spaces,
so every offset a claim records still points into the stored article text. A clock
bounds what is left (main thread only: it uses SIGALRM).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import re
import signal
import threading
from collections.abc import Iterator

# News articles run 2,000-20,000 characters; past this the page is not an article.
MAX_ARTICLE_CHARS = 60_000
# The longest sentences of real coverage stay under 1,000 characters (extraction takes
# about 0.2 s on 2,000 and 1.8 s on 8,000: quadratic).
MAX_SENTENCE_CHARS = 2_000
# 24 digits is a trillion trillion: longer runs are serial numbers or noise, never a count.
MAX_DIGITS = 24
# Time one article's analysis may take before it is marked failed.
ARTICLE_SECONDS = 60.0

_BREAK = re.compile(r"[.!?…][»\"”’)\]]*\s|\n")
_LONG_NUMBER = re.compile(r"\d(?:[ \u00a0\u202f.,']?\d){%d,}" % MAX_DIGITS)
_NOT_NEWLINE = re.compile(r"[^\n]")


class AnalysisTimeout(Exception):
    """One article's analysis ran past its time."""


def bounded_text(text: str) -> tuple[str, int]:
    """The text extraction may read, and how many characters were cut or blanked.

    Same length as the text it keeps (a prefix of the article), so spans stay valid.
    """
    kept = text[:MAX_ARTICLE_CHARS]
    dropped = len(text) - len(kept)
    pieces: list[str] = []
    start = 0
    for end in [m.end() for m in _BREAK.finditer(kept)] + [len(kept)]:
        if end <= start:
            continue
        piece = kept[start:end]
        if len(piece) > MAX_SENTENCE_CHARS or _LONG_NUMBER.search(piece):
            dropped += len(piece)
            piece = _NOT_NEWLINE.sub(" ", piece)
        pieces.append(piece)
        start = end
    return "".join(pieces), dropped


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Raise AnalysisTimeout in the block after `seconds` (ARTICLE_SECONDS); a no-op outside the main thread."""
    seconds = ARTICLE_SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise AnalysisTimeout(f"analysis took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


M_MMAP_THRESHOLD = -3        # glibc mallopt parameters (malloc.h)
MMAP_THRESHOLD = 64 * 1024   # blocks this large come from mmap, and go back to the system when freed


def release_freed_memory() -> None:
    """Ask glibc to serve large blocks by mmap, so the model's temporary tensors go back to the system.

    By default glibc raises its mmap threshold after the first large free (up to 32 MB), and
    the transient activations of an encode then stay in the heap: on the sample crawl they
    held about 60 MB at the claims stage's peak. No-op where glibc is not the allocator.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):
        pass
