"""Guess an article's language: the page's own declaration first, then common function words."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

FUNCTION_WORDS_FILE = Path(__file__).with_name("function_words.toml")

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The two-letter code of <html lang="...">, if the page states one."""
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower()[:2] if match else None


@functools.lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Frequent function words per language (data file): enough to tell languages apart on a paragraph."""
    with FUNCTION_WORDS_FILE.open("rb") as handle:
        return {lang: frozenset(words) for lang, words in tomllib.load(handle).items()}


def guess_language(text: str) -> str | None:
    """The language whose function words are most frequent in `text`; None when too little text or a tie."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in function_words().items()}
    best = max(scores, key=scores.get)
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best
