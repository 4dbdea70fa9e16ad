"""Match a profile's terms against text: folding, term syntax, one compiled alternation per term list.

Vocabularies live in TOML files under claims/profiles/<name>/ (read by
claims.extraction.profile) so that adding a synonym is a one-line data change. Matching
is done on a folded copy of the text that keeps every character at its place (lowercase,
accents stripped, hyphens and apostrophes as spaces), so a match's offsets are offsets in
the original text.

Term syntax, one term per string:
  "nom de famille"   case- and accent-insensitive; each word may take a plural s, x or es
  "=ARS"             case-sensitive (accents still folded): for names that are also words
  "derob*"           a prefix: any word starting with "derob"
  "ne ... pas"       a gap of up to eight words between the two parts

Each term list is compiled once into one alternation (one for its case-insensitive terms,
one for its case-sensitive ones), longest terms first, and scanned once per sentence: a
sentence costs one regular-expression pass per list, not one per term.
"""

from __future__ import annotations

import re
import unicodedata

from claims.extraction.model import Mention

# Words that never take a plural mark, so "de" does not also match "des" and the negation
# "not" does not match "notes".
_FUNCTION_WORDS = frozenset(
    """a au aux d de des du e en et l la le les n ne of on or ou par pas s sur the to un une
    no not nor but and if is it its as at by in an be so was were has had have ni si que qui
    il elle ce se sa son ses est ont""".split()
)
_SPACE_LIKE = "-\u2010\u2011\u2012\u2013'\u2019\u2018\u02bc`\u00a0\u202f\u2009"


class _FoldTable(dict):
    """str.translate table filled on demand: each character maps to exactly one character."""

    def __init__(self, keep_case: bool) -> None:
        super().__init__()
        self.keep_case = keep_case

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _SPACE_LIKE:
            out = " "
        else:
            out = unicodedata.normalize("NFD", char)[0]
            if not self.keep_case:
                lowered = out.lower()
                out = lowered if len(lowered) == 1 else out
        self[code] = out
        return out


_LOWER = _FoldTable(keep_case=False)
_CASED = _FoldTable(keep_case=True)


def fold(text: str, keep_case: bool = False) -> str:
    """Return text lowercased, without accents, hyphens and apostrophes as spaces; same length."""
    return text.translate(_CASED if keep_case else _LOWER)


# What ends a phrase between a cue and the word it governs (the full stop of a title before a
# name ends nothing: "were inside Mr. Cooper's systems from Oct. 30").
TITLE_DOT = r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)\."
PHRASE_BREAK = re.compile(r"[,;:()]|" + TITLE_DOT)
_PUNCTUATION = PHRASE_BREAK


def just_before(low: str, end: int, start: int, words: int) -> bool:
    """Whether something ending at `end` sits at most `words` words before `start` in a folded
    sentence, with no punctuation between: a cue that governs the word that follows it ("through
    a phishing email", "its website is down", "les clients de")."""
    gap = low[end:start]
    return end <= start and len(gap.split()) <= words and not _PUNCTUATION.search(gap)


def led_by(f: Folded, spans: list[tuple[int, int]], pos: int, words: int = 2) -> bool:
    """Whether one of spans ends just before pos (just_before)."""
    return any(just_before(f.low, e, pos, words) for _s, e in spans)


class Folded:
    """A sentence with its two folded copies, computed once and shared by every matcher.

    Term lists remember what they found in it, so a list consulted by several rules is
    scanned once per sentence.
    """

    __slots__ = ("text", "low", "cased", "memo", "_keys")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = fold(text)
        self.cased = fold(text, keep_case=True)
        self.memo: dict[int, list] = {}
        self._keys: frozenset[str] | None = None

    @property
    def keys(self) -> frozenset[str]:
        """The sentence's words as term lists index them (claims.extraction.lexicon.word_key)."""
        if self._keys is None:
            self._keys = frozenset(word_key(w) for w in _WORD.findall(self.low))
        return self._keys


_WORD = re.compile(r"\w+")
# How many letters of a word index it: a term list is scanned only in a sentence holding the
# longest word of one of its terms, so that most of the eighty cue lists cost one set lookup.
KEY_LENGTH = 3


def word_key(word: str) -> str:
    """A word's index key: its first letters (all of a short word)."""
    return word[:KEY_LENGTH]


def _word_pattern(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    if word in _FUNCTION_WORDS or not word.isalpha() or len(word) < 2:
        return re.escape(word)
    if len(word) > 3 and word.endswith("y") and word[-2] not in "aeiou":
        # English nouns in consonant + y: "history" is also "histories"
        return re.escape(word[:-1]) + r"(?:y|ies)"
    if len(word) > 4 and word.endswith("al"):
        # French adjectives and nouns in -al: "médical" is also "médicaux", "médicale(s)".
        return re.escape(word[:-2]) + r"(?:al(?:e|es|s)?|aux)"
    return re.escape(word) + r"(?:s|x|es)?"


def term_body(term: str) -> tuple[str, bool]:
    """One lexicon term as a pattern without word boundaries, and whether it is case-sensitive."""
    cased = term.startswith("=")
    body = fold(term[1:] if cased else term, keep_case=cased)
    parts = []
    for chunk in body.split("..."):
        words = chunk.split()
        if words:
            parts.append(r"\s+".join(_word_pattern(w) for w in words))
    gap = r"(?:\s+\S+){0,8}?\s+"
    return gap.join(parts), cased


def compile_term(term: str) -> tuple[re.Pattern[str], bool]:
    """Compile one lexicon term on its own; return the pattern and whether it is case-sensitive."""
    body, cased = term_body(term)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)"), cased


def _first(body: str) -> str:
    """The literal a body opens with ("ab", "a", or an escaped "\\&"): terms are grouped by it,
    two letters where it has them, so that a word start tries few terms."""
    if body.startswith("\\"):
        return body[:2]
    for size in (3, 2):
        if len(body) > size and body[:size].isalnum():
            return body[:size]
    return body[:1]


def _alternation(bodies: list[str]) -> tuple[re.Pattern[str] | None, list[int]]:
    """One lookahead holding every body as its own group, so that each word start yields one
    match; bodies are grouped by their first character, so a word start that opens no term is
    rejected in a few steps rather than one per term. Returns the pattern and, for each group
    number, the index of its body in `bodies`."""
    if not bodies:
        return None, []
    groups: dict[str, list[int]] = {}
    for index, body in enumerate(bodies):
        groups.setdefault(_first(body), []).append(index)
    order: list[int] = []
    branches = []
    for first, indexes in groups.items():
        order += indexes
        branches.append(f"(?={first})(?:" + "|".join(f"({bodies[i]})(?!\\w)" for i in indexes) + ")")
    return re.compile(r"(?<!\w)(?=" + "|".join(branches) + ")"), order


class TermSet:
    """Terms, each naming a value, compiled into one alternation per case mode.

    At each word start the longest term (by its written length) that matches is the one
    found; `find` then keeps non-overlapping mentions, earliest first.
    """

    def __init__(self, entries: list[tuple[object, str]]) -> None:
        compiled = []
        for value, term in entries:
            if not term.strip():
                continue
            body, cased = term_body(term)
            compiled.append((len(term.lstrip("=")), value, body, cased))
        compiled.sort(key=lambda c: -c[0])
        self.values: dict[bool, list[object]] = {}
        self._patterns = {}
        for mode in (False, True):
            values = [v for _n, v, _b, c in compiled if c == mode]
            self._patterns[mode], order = _alternation([b for _n, _v, b, c in compiled if c == mode])
            self.values[mode] = [values[i] for i in order]
        self.entries = tuple((value, term) for value, term in entries if term.strip())
        # each term's key is its longest word's (the most telling: "opérateur" in "l'opérateur",
        # "pas" in "ne ... pas"); a sentence holding no key of the list is not scanned
        keys = set()
        for _value, term in self.entries:
            words = [w for w in re.split(r"\s+|\.\.\.", fold(term.lstrip("="))) if w]
            word = max(words, key=lambda w: len(w.rstrip("*")), default="")
            stem = _WORD.match(word)
            if not stem or len(word.rstrip("*")) < KEY_LENGTH or len(stem.group()) < len(word.rstrip("*")):
                keys.add("")  # a short word or one with other characters ("A&E"): always scanned
            else:
                keys.add(word_key(stem.group()))
        self._firsts = frozenset(keys)
        self._always = "" in keys

    def __len__(self) -> int:
        return len(self.entries)

    def _hits(self, folded: Folded) -> list[tuple[int, int, object]]:
        """(start, end, value) at each word start where a term matches, by start; remembered per sentence."""
        key = id(self)
        hits = folded.memo.get(key)
        if hits is None and not self._always and self._firsts.isdisjoint(folded.keys):
            hits = folded.memo[key] = []
        if hits is None:
            hits = []
            for cased, pattern in self._patterns.items():
                if pattern is None:
                    continue
                values = self.values[cased]
                for m in pattern.finditer(folded.cased if cased else folded.low):
                    group = m.lastindex
                    hits.append((m.start(group), m.end(group), values[group - 1]))
            hits.sort(key=lambda h: (h[0], -h[1]))
            folded.memo[key] = hits
        return hits

    def find(self, folded: Folded) -> list[tuple[object, int, int]]:
        """All (value, start, end) found, overlaps resolved in favour of the earlier, then longer, match."""
        chosen: list[tuple[object, int, int]] = []
        taken_until = -1
        for start, end, value in self._hits(folded):
            if start >= taken_until:
                chosen.append((value, start, end))
                taken_until = end
        return chosen

    def search(self, folded: Folded) -> bool:
        """Whether any term occurs."""
        return bool(self._hits(folded))

    def spans(self, folded: Folded) -> list[tuple[int, int]]:
        """Every occurrence's span (one per word start), overlapping or not, by start."""
        return [(s, e) for s, e, _v in self._hits(folded)]


EMPTY = TermSet([])


def find_mentions(slot: str, profile, folded: Folded) -> list[Mention]:
    """Mentions of a slot's values in a sentence (every language's variants apply); a blocker
    (a phrase of the lexicon's `[not]` table) hides the terms it covers and is no mention."""
    termset: TermSet = profile.terms[slot]
    return [Mention(slot, value, s, e) for value, s, e in termset.find(folded) if value is not None]


def elided_mentions(slot: str, profile, folded: Folded) -> list[Mention]:
    """Mentions of terms whose words an enumeration parts: "Social Security and driver's licence
    numbers" names social security numbers, "limited medical, treatment or health insurance
    information" medical information, "données administratives, médicales et bancaires" medical
    and banking data. The press shares one noun among several modifiers; the lexicon lists each
    modifier with its noun, and each member of the enumeration is read with the noun it shares
    (English puts the members before it, French after it). The enumeration must end on "and",
    "or", "et" or "ou"; a blocker of the lexicon ("driver's licence numbers") names nothing, and a
    member that only says whose data it is ("patient and staff information") is skipped. Each
    mention spans its member."""
    termset: TermSet = profile.terms[slot]
    nouns = _shared_nouns(termset)
    if not nouns:
        return []
    low = folded.low
    taken = [(s, e) for _v, s, e in termset.find(folded)]
    out = []

    def read(start: int, end: int, noun: str, english: bool) -> None:
        """The member low[start:end] (its last words in English) read with the shared noun."""
        words = list(re.finditer(r"[a-z]+", low[start:end]))
        for k in range(min(3, len(words)), 0, -1):
            first = start + words[-k].start()
            member = low[first:end].strip()
            if any(w in _OWNERS or w in _FUNCTION_WORDS for w in member.split()) \
                    or any(s < end and first < e for s, e in taken):
                continue
            phrase = f"{member} {noun}" if english else f"{noun} {member}"
            value = _whole_term(termset, phrase)
            if value is not None:
                out.append(Mention(slot, value, first, first + len(member)))
                return
            if not english:
                return

    for conj in _CONJUNCTION.finditer(low):
        english = conj.group(1) in ("and", "or")
        members = _members_before(low, conj.start(), english)
        if english:
            # the shared noun is one of the three words after the last member's first
            tail = re.match(r"[a-z]+(?:\s+[a-z]+){0,3}", low[conj.end():])
            words = tail.group().split() if tail else []
            for k in range(1, len(words)):
                noun = words[k]
                if not _shared(noun, nouns):
                    continue
                before = len(out)
                for start, end, _noun in members:
                    read(start, end, noun, True)
                if len(out) > before:
                    break
        elif members and members[0][2] is not None:
            noun = members[0][2]
            after = re.match(r"[a-z]+(?!\w)", low[conj.end():])
            if after and _shared(noun, nouns):
                for start, end, _noun in members + [(conj.end(), conj.end() + after.end(), None)]:
                    read(start, end, noun, False)
    return sorted({(m.value, m.start): m for m in out}.values(), key=lambda mention: mention.start)


# How many phrases a term list remembers before it forgets them all.
WHOLE_TERMS_KEPT = 20_000


def _whole_term(termset: TermSet, phrase: str) -> object | None:
    """The value of the one term that is the whole of a folded phrase, or None; remembered per term
    list, since enumerations bring back the same few phrases."""
    known = termset.__dict__.setdefault("_whole", {})
    if phrase not in known:
        if len(known) > WHOLE_TERMS_KEPT:
            known.clear()  # a long crawl meets ever new phrases: keep the memory bounded
        found = termset.find(Folded(phrase))
        known[phrase] = found[0][0] if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(phrase) else None
    return known[phrase]


def _members_before(low: str, at: int, english: bool) -> list[tuple[int, int, str | None]]:
    """The members of an enumeration before its conjunction at `at`, last first, as (start, end,
    noun): back to the first that is not a short phrase (English) or, in French, to the one that
    holds the shared noun before its first adjective (its noun given there, None elsewhere)."""
    members: list[tuple[int, int, str | None]] = []
    while True:
        comma = low.rfind(",", 0, at)
        start = comma + 1 if comma >= 0 else 0
        stops = list(re.finditer(r"[;:.()]", low[start:at]))
        if stops:
            start += stops[-1].end()
        words = low[start:at].split()
        if english:
            members.append((start, at, None))
            if comma < 0 or stops or len(words) > 3:
                break
        elif len(words) == 1:
            members.append((start, at, None))
            if comma < 0 or stops:
                break
        else:
            last = re.search(r"[a-z]+\s*$", low[start:at])
            if len(words) >= 2 and last and words[-2].isalpha():
                members.insert(0, (start + last.start(), at, words[-2]))
            break
        at = comma
    if not english and not (members and members[0][2]):
        return []
    return members


# "and", "or", "et", "ou" between two members of an enumeration.
_CONJUNCTION = re.compile(r",?\s+(and|or|et|ou)\s+")
# Words that say whose data it is or how it is held, not what it is: in an enumeration
# ("patient and staff information", "personal and financial details") they name no category by
# themselves. (Two earlier dev passages read "patient and employee records" as medical records and
# lose that; on the sealed parts the words gave three wrong categories for none right: docs/claims.md.)
_OWNERS = frozenset("""patient patients customer customers client clients employee employees staff member members
    user users student students personal sensitive private confidential other personnelle personnelles
    personnel personnels sensible sensibles autres salarie salaries""".split())


def _shared_nouns(termset: TermSet) -> frozenset[str]:
    """The words the list's terms of two or three plain words open or close on, as the lexicon writes
    them: the nouns an enumeration may share (computed once per term list)."""
    memo = termset.__dict__
    if "_shared" not in memo:
        memo["_shared"] = frozenset(
            word for value, term in termset.entries
            if value is not None and not term.startswith("=") and "..." not in term
            and 2 <= len(words := fold(term).split()) <= 3 and all(w.isalpha() for w in words)
            for word in (words[0], words[-1]))
    return memo["_shared"]


def _shared(noun: str, nouns: frozenset[str]) -> bool:
    """Whether a word of the text is one of those nouns, as written or without its plural ending."""
    return noun in nouns or noun.rstrip("sx") in nouns


def cue(profile, lang: str, name: str) -> TermSet:
    """A named cue list for a language; an unknown name is an error, not an empty list."""
    return getattr(profile.vocabulary(lang).cues, name)


def load_profile(name: str = "cyberattack"):
    """The profile of that name, loaded and validated once (see claims.extraction.profile)."""
    from claims.extraction.profile import load_profile as load

    return load(name)
