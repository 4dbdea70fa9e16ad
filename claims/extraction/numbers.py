"""Find numbers written in digits or words, French and English, with their spans.

"1,4 million" -> 1400000, "500 000" and "500,000" -> 500000, "plus d'un million" ->
1000000, "une dizaine" and "about ten" -> 10, "deux cent mille" -> 200000. Qualifiers such
as "plus de", "environ" or "about" are left outside the span: the value is the number the
text names. Vague plurals ("des milliers", "thousands") name no number and are skipped.
Works on folded text (see claims.extraction.lexicon.fold), so offsets are the original text's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Number:
    """A number found in a sentence."""

    value: int
    start: int
    end: int


# Digits grouped by thousands with a space, dot or comma, or plain digits with a decimal part.
_GROUPED = r"\d{1,3}(?:[ .,]\d{3})+(?!\d)"
_DECIMAL = r"\d+(?:[.,]\d+)?"
_QUOTE_MARKS = " \t«»\"“”\u00a0\u202f"
# A scale abbreviation may be glued to the digits: "1.2m customers", "200k".
_DIGITS = re.compile(rf"(?<![\w.,])({_GROUPED}|{_DECIMAL})(?=(?:m|k|bn|md)?(?!\w))")


def _parse_digits(raw: str, has_scale: bool) -> float | None:
    if re.fullmatch(_GROUPED, raw) and not (has_scale and re.fullmatch(r"\d{1,3}[.,]\d{3}", raw)):
        return float(re.sub(r"[ .,]", "", raw))
    if re.fullmatch(r"\d+[.,]\d+", raw):
        return float(raw.replace(",", "."))
    try:
        return float(raw)
    except ValueError:
        return None


def _scale_after(low: str, cased: str, pos: int, table: dict) -> tuple[int, int]:
    """A scale word or abbreviation right after pos: (multiplier, end) or (1, pos)."""
    m = re.match(r"\s*([a-z]+)(?!\w)", low[pos:])
    if m and m.group(1) in table["scales"]:
        return table["scales"][m.group(1)], pos + m.end()
    m2 = re.match(r"\s*([A-Za-z]+)(?!\w)", cased[pos:])
    abbreviations = table.get("words", {}).get("abbreviations", {})
    if m2 and m2.group(1) in abbreviations:
        return abbreviations[m2.group(1)], pos + m2.end()
    return 1, pos


# A figure that is part of a software product's name ("the Office 365 mailbox of one of its directors", « Windows 10 »)
# counts nothing. (Read in the few characters before the figure: every figure of every sentence passes here.)
_PRODUCT_BEFORE = re.compile(r"\b(?:office|microsoft|dynamics|windows)\s+$")
_PRODUCT_REACH = 16


def _digit_numbers(low: str, cased: str, table: dict) -> list[Number]:
    found = []
    for m in _DIGITS.finditer(low):
        if _PRODUCT_BEFORE.search(low, max(0, m.start() - _PRODUCT_REACH), m.start()):
            continue
        multiplier, end = _scale_after(low, cased, m.end(), table)
        value = _parse_digits(m.group(1), multiplier > 1)
        if value is None:
            continue
        found.append(Number(int(round(value * multiplier)), m.start(), end))
    return found


def _word_numbers(low: str, table: dict) -> list[Number]:
    units: dict = table["units"]
    scales: dict = table["scales"]
    approximate: dict = table.get("approximate", {})
    words = table.get("words", {})
    articles = set(words.get("articles", []))
    fractions = table.get("fractions", {})
    joiners = set(words.get("joiners", []))
    vague = set(words.get("vague", []))
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z]+", low)]
    found: list[Number] = []
    i = 0
    while i < len(tokens):
        word, start, _ = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        # Quotation marks do not part an article from its word: "une « dizaine » de comptes".
        adjacent = i + 1 < len(tokens) and not low[tokens[i][2]:tokens[i + 1][1]].strip(_QUOTE_MARKS)
        fraction = _fraction(tokens, i, low, table) if word in fractions or (word in articles and nxt in fractions) else None
        if fraction:
            found.append(fraction)
            i = next(k for k, t in enumerate(tokens) if t[2] == fraction.end) + 1
            continue
        if word in articles and nxt in approximate and adjacent:
            found.append(Number(approximate[nxt], start, tokens[i + 1][2]))
            i += 2
            continue
        if word in approximate and i > 0 and tokens[i - 1][0] in articles:
            i += 1
            continue
        if word not in units and not (word in articles and nxt in scales) and word not in scales:
            i += 1
            continue
        if word in scales and word.endswith("s"):
            i += 1  # "des millions", "thousands": a plural scale alone names no number
            continue
        if (word in scales or units.get(word) == 100) and i > 0 and tokens[i - 1][0] in vague and \
                not low[tokens[i - 1][2]:start].strip():
            i += 1  # "several hundred employees", "a few thousand": no number, as "hundreds" is none
            continue
        total, current, j, end = 0, 0, i, start
        while j < len(tokens):
            w = tokens[j][0]
            if j > i and low[tokens[j - 1][2]:tokens[j][1]].strip():
                break  # only words separated by spaces (or folded hyphens) form a number
            if w in articles and j == i:
                current = 1
            elif w in units:
                value = units[w]
                if value == 100 or (value == 20 and current % 100 == 4):
                    # "cent" and "hundred" multiply; so does "vingt" in "quatre-vingt(s)".
                    current = max(current, 1) * value if value == 100 else current - 4 + 80
                else:
                    current += value
            elif w in scales:
                total += max(current, 1) * scales[w]
                current = 0
            elif w in joiners and j + 1 < len(tokens) and tokens[j + 1][0] in units and j > i:
                j += 1
                continue
            else:
                break
            end = tokens[j][2]
            j += 1
        value = total + current
        # A lone article is no number ("un compte" names one account only by accident).
        if value and not (j == i + 1 and word in articles):
            found.append(Number(value, start, end))
        i = max(j, i + 1)
    return found


def _fraction(tokens: list[tuple[str, int, int]], i: int, low: str, table: dict) -> Number | None:
    """A fraction of a scale: "half a million" -> 500000, "un demi-million" -> 500000 (the
    article before "demi" is part of it); None where tokens[i] opens no such phrase."""
    fractions: dict = table.get("fractions", {})
    articles = set(table.get("words", {}).get("articles", []))
    start = i
    if tokens[i][0] in articles and i + 1 < len(tokens) and tokens[i + 1][0] in fractions:
        i += 1
    if tokens[i][0] not in fractions:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j][0] in articles | {"of"} and j - i <= 2:
        j += 1
    if j >= len(tokens) or tokens[j][0] not in table["scales"] or tokens[j][0].endswith("s") \
            or any(low[tokens[k][2]:tokens[k + 1][1]].strip() for k in range(start, j)):
        return None
    return Number(int(fractions[tokens[i][0]] * table["scales"][tokens[j][0]]), tokens[start][1], tokens[j][2])


def find_numbers(low: str, cased: str, table: dict) -> list[Number]:
    """Numbers in a folded sentence, by position; digits win where both overlap."""
    digits = _digit_numbers(low, cased, table)
    # a number word capitalised inside the sentence is a name ("quoted by Nine newspapers", "the
    # Three Rivers council"), not a count; at the sentence's opening it is the count ("Nine staff")
    words = [
        n for n in _word_numbers(low, table)
        if not any(d.start < n.end and n.start < d.end for d in digits)
        and not (cased[n.start:n.start + 1].isupper() and cased[:n.start].strip(" \"'“«(") != ""
                 and not re.search(r"[.!?:;]\s*[\"'“«(]?\s*$", cased[:n.start]))
    ]
    return sorted(digits + words, key=lambda n: n.start)
