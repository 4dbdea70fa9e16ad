"""Split article text into sentences with their character spans in the text.

Claims point at their evidence by offsets into the stored text, so the splitter never
rewrites the text: each Sentence is exactly text[start:end]. It keeps a quotation in
« » or quotes whole (its inner full stops do not end the sentence), does not split after
common abbreviations, keeps a lead line ending with ':' together with the list items
under it, and reports lines without final punctuation (headings, links, buttons) as
kind "line" so the extractor can treat them as page furniture when they are. A name the
newsroom configured that holds a sentence mark ("Yum! Brands", "Yahoo!") is never cut in two.
"""

from __future__ import annotations

import re

from claims.extraction.model import Sentence

# Words after which a full stop does not end a sentence (lowercase, without the dot).
ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle dr pr me st ste mgr cf p pp n° no vol etc env approx art al
    janv févr fev avr juil sept oct nov déc dec jan feb mar apr jun jul aug sep
    mr mrs ms prof gen sen rep inc ltd corp co vs e.g i.e
    cpl sgt lt capt col insp det supt const cst gov rev jr sr mt""".split()
)
_SENTENCE_START = re.compile(r"\s+(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Il|Elle|Ils|Elles|On|The|A|An|It|They|He|She|We|This)\b")
_BULLET = re.compile(r"^\s*(?:[-•*–—·▪●]|\d{1,2}[.)])\s+")
# (the French closing guillemet comes after a space: "… autour d'une rançon. » Selon lui, …")
_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?»|[\"”’)\]])*")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_TERMINAL = tuple(".!?…:;»\"”)")


def _quoted_spans(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(line)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < pos < e - 1 for s, e in spans)


# How far back from a full stop the word it ends is looked for: an abbreviation or initials are short,
# and a hostile page's run of thousands of characters without a space must not be rescanned at every dot.
WORD_LOOKBACK = 80


def _is_abbreviation(line: str, dot: int) -> bool:
    word = re.search(r"(\S+)$", line[max(0, dot - WORD_LOOKBACK):dot])
    if not word:
        return False
    token = word.group(1).lstrip("(«\"“").lower()
    # A single capital letter is an initial ("J. Dupont") unless a sentence plainly starts
    # after it ("Partager sur X. Le groupement..."); "1." of a list is handled apart.
    # So are dotted initials ("A.P. Moller-Maersk", "U.S. officials", "J.R.R. Tolkien").
    if (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token):
        return not _SENTENCE_START.match(line[dot + 1:])
    return token in ABBREVIATIONS


def _name_spans(line: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the names (those that hold a sentence mark) occur in the line (any case), as spans."""
    return [(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), line, re.IGNORECASE)]


def _split_line(line: str, offset: int, names: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Sentence spans within one line, as offsets in the whole text."""
    quoted = _quoted_spans(line)
    named = _name_spans(line, names)
    spans = []
    begin = 0
    for m in _END.finditer(line):
        end = m.end()
        rest = line[end:]
        # (a full stop that closes a quotation together with its closing mark ends the sentence too
        # when a capital follows: '... to some practices.” The network says ...')
        if _inside(m.start(), quoted) and not any(s < m.start() and m.end() == e for s, e in quoted):
            continue
        if rest and not re.match(r"\s+[«\"“(]?[A-ZÀ-ÖØ-Þ0-9«\"“]", rest):
            continue  # no capital after: "1,4 M. d'euros", "? demande-t-il"
        if line[m.start()] == "." and _is_abbreviation(line, m.start()):
            continue
        if any(s <= m.start() and end < e for s, e in named):
            continue  # "Yum! Brands said …": the mark belongs to the name
        spans.append((begin, end))
        begin = end
    spans.append((begin, len(line)))
    out = []
    for s, e in spans:
        chunk = line[s:e]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((offset + s + lead, offset + s + lead + len(stripped)))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


def split_sentences(text: str, names: tuple[str, ...] = ()) -> list[Sentence]:
    """Sentences of the text, in order, each with its span and kind; `names` (the incident's
    organisations) are kept whole where a sentence mark is part of one."""
    lines = _lines(text)
    names = tuple(name for name in names if _END.search(name))
    out: list[Sentence] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        # A lead ending with ':' followed by bullet items is one unit: the items only
        # make sense with the lead's verb ("Les données concernées sont :").
        if line.rstrip().endswith(":") and i + 1 < len(lines) and _BULLET.match(
            text[lines[i + 1][0]:lines[i + 1][1]]
        ):
            j = i + 1
            while j < len(lines) and _BULLET.match(text[lines[j][0]:lines[j][1]]):
                j += 1
            s = start + (len(line) - len(line.lstrip()))
            e = lines[j - 1][1]
            e -= len(text[s:e]) - len(text[s:e].rstrip())
            out.append(Sentence(s, e, text[s:e], "list"))
            i = j
            continue
        for s, e in _split_line(line, start, names):
            chunk = text[s:e]
            kind = "sentence" if chunk.endswith(_TERMINAL) else "line"
            out.append(Sentence(s, e, chunk, kind))
        i += 1
    return out
