"""Guess an article's language: the page's own declaration first, then common function words."""

from __future__ import annotations

import re

# Short, frequent function words; enough to tell the languages Recoupe follows apart on
# a paragraph. Extend by adding a language and its words.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset("le la les des du une un et est sont été dans pour pas sur avec qui que ont aux ces selon".split()),
    "en": frozenset("the and is are was were of to in that for not with have has been by from this said".split()),
    "de": frozenset("der die das und ist nicht mit von den dem ein eine zu auf wurde".split()),
    "es": frozenset("el los las del una por para con que es son fue como pero sus".split()),
}

_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The two-letter code of <html lang="...">, if the page states one."""
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower()[:2] if match else None


def guess_language(text: str) -> str | None:
    """The language whose function words are most frequent in `text`, or None if too little text."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 5:
        return None
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None
