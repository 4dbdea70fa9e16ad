"""Find direct quotations in a sentence and the speaker they are attributed to.

A quotation is text in « », “ ” or straight double quotes, of at least three words
(shorter ones are scare quotes: un « incident »). Its speaker is named after it
("», a déclaré Jean Dupont, directeur...", "\", said Jane Doe"), or before it ("Le
directeur du GRADeS a déclaré : «", "Pour le président de la CNIL, «", "According to X,
\""). The speaker is returned as named, without a leading article, up to the first comma.
"""

from __future__ import annotations

import re

from claims.extraction.lexicon import Folded
from claims.extraction.model import Vocabulary

_QUOTE = re.compile(r"«([^»]*)»|“([^”]*)”|\"([^\"]*)\"")
# An article needs a space after it (or an apostrophe): "Laura" and "Anne" keep their first letters.
_ARTICLE = re.compile(r"^(?:(?:le|la|les|un|une|the|a|an)\s+|l['’]\s*)", re.IGNORECASE)
# Titles before a name: the speaker is named without them ("le Dr Yannick Guérin").
_TITLE = re.compile(r"^(?:Dr|Pr|Prof|M|Mme|Mlle|Me|Mr|Mrs|Ms|Docteur|Professeur)\.?\s+(?=[A-ZÀ-Ý])")
_AUXILIARY = re.compile(r"\s+(?:a|ont|avait|has|have|had)\s*$", re.IGNORECASE)
_SPEAKER_END = re.compile(r"[,.;:(«»\"“”\n]| – | — ")
_INTRODUCER = re.compile(r"(?:^|[,.;]\s*)(?:pour|selon|d['’]après|according to)\s+([^,«\"“]+?),?\s*$", re.IGNORECASE)
MIN_WORDS = 3
MAX_SPEAKER_WORDS = 10


def _clean(name: str) -> str | None:
    name = _ARTICLE.sub("", name.strip(" ,:"))
    name = _TITLE.sub("", name.strip(" ,:"))
    if not name or len(name.split()) > MAX_SPEAKER_WORDS:
        return None
    return name


def _speaker_after(text: str, end: int, verbs: list[tuple[int, int]]) -> str | None:
    for start, stop in verbs:
        if end <= start <= end + 12 and re.fullmatch(r"\s*,?\s*(?:a|ont|has|have)?\s*", text[end:start]):
            return _clean(_SPEAKER_END.split(text[stop:], 1)[0])
    # "..." Jane Doe said.
    m = re.match(r"\s*,?\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+)\s+(?:said|says|told|added)\b", text[end:])
    return _clean(m.group(1)) if m else None


def _speaker_before(text: str, begin: int, verbs: list[tuple[int, int]]) -> str | None:
    prefix = text[:begin]
    for start, stop in verbs:
        if begin - 6 <= stop <= begin and not prefix[stop:].strip(" :,"):
            head = _AUXILIARY.sub("", prefix[:start])
            head = re.split(r"[.;,»\"”]\s*", head)[-1]
            return _clean(head)
    m = _INTRODUCER.search(prefix)
    return _clean(m.group(1)) if m else None


def find_quotes(f: Folded, v: Vocabulary) -> list[str]:
    """Speakers of the attributed direct quotations in a sentence, in order."""
    verbs = v.cues.reporting.spans(f)
    speakers = []
    for m in _QUOTE.finditer(f.text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < MIN_WORDS:
            continue
        speaker = _speaker_after(f.text, m.end(), verbs) or _speaker_before(f.text, m.start(), verbs)
        if speaker:
            speakers.append(speaker)
    return speakers
