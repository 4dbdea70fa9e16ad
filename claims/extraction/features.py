"""Describe a candidate claim by named features that hold across breaches.

What the judge (claims.extraction.judge) weighs is the structure around a mention, not its
words: which of the profile's cue lists (by name: `negation`, `reporting`, `hit`,
`count_part`...) occur in its clause, just before it, just after it or elsewhere in the
sentence; whether the rules keep it and why they might not (the organisation's role, an
attack said to be on it, a sentence set aside as a recap); its clause's state (denied,
hedged, hypothetical, sourced); where it sits (in a quotation, first in its clause, which
sentence of the article). Every feature is also crossed with the candidate's slot group, so
that one model holds what is shared and what is proper to each slot. Word n-grams, hashed,
are a feature group the judge may switch on; the round that measured them says whether it
does (docs/claims.md).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import zlib
from dataclasses import dataclass

from claims.extraction.candidates import Candidate
from claims.extraction.lexicon import Folded, find_mentions
from claims.extraction.model import Mention, Vocabulary
from claims.extraction.polarity import Clause, clause_at
from claims.extraction.profile import CUE_LISTS
from claims.extraction.roles import AgencyName, attacked, org_role

# The judge's feature groups; a judge file lists those it was trained with.
GROUPS = ("base", "cue_clause", "cue_window", "cue_sentence", "slot", "position", "words")
# Words on each side of a mention within which a cue counts as next to it.
WINDOW = 6
# Hashed word features: buckets, and words on each side of the mention.
WORD_BUCKETS = 4096
WORD_WINDOW = 3
SLOT_GROUPS = {"victim_count": "counts", "accounts_compromised": "counts", None: "free"}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_TOKEN = re.compile(r"\S+")


def slot_group(slot: str | None) -> str:
    """The group a slot's candidates share weights in (counts together, free text apart)."""
    return SLOT_GROUPS.get(slot, slot or "free")


@dataclass
class SentenceView:
    """What every candidate of one sentence is described against, computed once."""

    f: Folded
    v: Vocabulary
    clauses: list[Clause]
    reason: str | None
    index: int
    count: int
    kind: str
    published: dt.date | None
    cues: dict[str, list[tuple[int, int]]]
    starts: list[int]
    quoted: list[tuple[int, int]]

    @classmethod
    def of(cls, f: Folded, v: Vocabulary, clauses: list[Clause], reason: str | None, index: int, count: int,
           kind: str, published: dt.date | None) -> "SentenceView":
        cues = {}
        for name in CUE_LISTS:
            spans = getattr(v.cues, name).spans(f)
            if spans:
                cues[name] = spans
        return cls(f, v, clauses, reason, index, count, kind, published, cues,
                   [m.start() for m in _TOKEN.finditer(f.low)], [(m.start(), m.end()) for m in _QUOTED.finditer(f.text)])

    def words(self, a: int, b: int) -> int:
        """Words between offsets a and b."""
        return max(0, bisect.bisect_left(self.starts, b) - bisect.bisect_left(self.starts, a))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _cue_features(c: Candidate, view: SentenceView, clause: Clause, groups: frozenset[str]) -> list[str]:
    out = []
    for name, spans in view.cues.items():
        if "cue_clause" in groups and any(clause.start <= s < clause.end for s, _e in spans):
            out.append(f"c:{name}")
        if "cue_window" in groups:
            if any(e <= c.start and view.words(e, c.start) <= WINDOW for _s, e in spans):
                out.append(f"b:{name}")
            if any(s >= c.end and view.words(c.end, s) <= WINDOW for s, _e in spans):
                out.append(f"a:{name}")
            if any(s < c.end and c.start < e for s, e in spans):
                out.append(f"o:{name}")
        if "cue_sentence" in groups:
            out.append(f"s:{name}")
    return out


def _organisation(c: Candidate, view: SentenceView) -> list[str]:
    f, v = view.f, view.v
    incident = v.profile.incident
    out = [f"origin:{c.origin}"]
    if incident is None or not incident.organizations:
        out.append("org:no_config")
    elif c.value in incident.organizations:
        out.append("org:configured")
    role, spared = org_role(f, v, AgencyName(Mention("organization", c.value, c.start, c.end), c.start, c.end, ()))
    out.append(f"role:{role}")
    if spared:
        out.append("role:spared")
    if attacked(f, v, c.start, c.end):
        out.append("attacked")
    after = f.low[c.end:c.end + 3]
    if re.match(r"\s+s\b", after):
        out.append("possessive")
    if re.search(r"\b(?:de|du|des|d|of|for|at|chez)\s+(?:l\s+|la\s+|le\s+|les\s+|the\s+)?$", f.low[max(0, c.start - 12):c.start]):
        out.append("complement")
    others = {m.value for m in find_mentions("organization", v, f)} - {c.value}
    out.append(f"other_orgs:{min(len(others), 2)}")
    return out


def _region(c: Candidate, view: SentenceView) -> list[str]:
    f, v = view.f, view.v
    out = [f"origin:{c.origin}"]
    if any(m.start <= c.start and c.end <= m.end for m in find_mentions("organization", v, f)):
        out.append("in_name")
    if f.text[c.start:c.end].islower():
        out.append("adjective")
    if re.search(r"\b(?:en|in|dans|across)\s+(?:l\s+|la\s+|le\s+|the\s+)?$", f.low[max(0, c.start - 10):c.start]):
        out.append("located")
    return out


def _date(c: Candidate, view: SentenceView) -> list[str]:
    out = [f"origin:{c.origin}"]
    text = view.f.low[c.start:c.end]
    out.append("date:absolute" if re.search(r"\d", text) else "date:relative")
    if view.published is not None and isinstance(c.value, str):
        try:
            days = (view.published - dt.date.fromisoformat(c.value)).days
        except ValueError:
            days = None
        if days is not None:
            out.append(f"days:{_bucket(days, (-1, 0, 1, 3, 7, 30, 90))}")
    incident = view.v.profile.incident
    if incident is not None and incident.since is not None and isinstance(c.value, str) and c.value < incident.since.isoformat():
        out.append("before_since")
    return out


def _count(c: Candidate) -> list[str]:
    value = c.value if isinstance(c.value, int) else 0
    out = [f"magnitude:{_bucket(value, (1, 9, 99, 9999, 999999))}", f"slot:{c.slot}"]
    if value >= 1000 and value % 1000 == 0:
        out.append("round")
    return out


def _quote(c: Candidate, view: SentenceView) -> list[str]:
    incident = view.v.profile.incident
    if c.value is None:
        return ["speaker:none"]
    value = str(c.value)
    if incident is not None and value in incident.organizations:
        return ["speaker:organisation"]
    if re.fullmatch(r"(?:[A-ZÀ-Ý][\w'’-]+\s+)+[A-ZÀ-Ý][\w'’-]+", value):
        return ["speaker:person"]
    return ["speaker:described"]


def _slot_features(c: Candidate, view: SentenceView) -> list[str]:
    if c.slot == "organization":
        return _organisation(c, view)
    if c.slot == "region":
        return _region(c, view)
    if c.slot == "attack_date":
        return _date(c, view)
    if c.slot in ("victim_count", "accounts_compromised"):
        return _count(c)
    if c.slot == "quote":
        return _quote(c, view)
    if c.slot in ("data_category", "attack_vector", "risk"):
        return [f"origin:{c.origin}", f"value:{c.value}"]
    return [f"origin:{c.origin}"]


def _position(c: Candidate, view: SentenceView, clause: Clause) -> list[str]:
    out = [f"sentence:{min(view.index, 3)}", f"kind:{view.kind}"]
    if view.index == view.count - 1 and view.count > 1:
        out.append("sentence:last")
    if any(qs < c.start < qe for qs, qe in view.quoted):
        out.append("in_quote")
    if view.quoted:
        out.append("sentence_quotes")
    if view.words(clause.start, c.start) <= 2:
        out.append("clause_first")
    ordinal = next((i for i, cl in enumerate(view.clauses) if cl is clause), 0)
    out.append(f"clause:{min(ordinal, 2)}")
    out.append(f"clauses:{_bucket(len(view.clauses), (1, 2, 4))}")
    out.append(f"length:{_bucket(len(view.starts), (15, 30, 45))}")
    if re.search(r"\(\s*$", view.f.low[max(0, c.start - 40):c.start]) and ")" not in view.f.low[max(0, c.start - 40):c.start]:
        out.append("in_parens")
    return out


def _words(c: Candidate, view: SentenceView) -> list[str]:
    low = view.f.low
    before = re.findall(r"[a-z0-9]+", low[:c.start])[-WORD_WINDOW:]
    after = re.findall(r"[a-z0-9]+", low[c.end:])[:WORD_WINDOW]
    out = [f"w:{zlib.crc32(('<' + w).encode()) % WORD_BUCKETS}" for w in before]
    out += [f"w:{zlib.crc32(('>' + w).encode()) % WORD_BUCKETS}" for w in after]
    return out


def candidate_features(c: Candidate, view: SentenceView, groups: frozenset[str]) -> list[str]:
    """The candidate's features, each both as itself ('*|name') and crossed with its slot group."""
    clause = clause_at(view.clauses, c.start) if view.clauses else Clause(0, len(view.f.low), False, False)
    names = ["bias"]
    if "base" in groups:
        names += ["rule" if c.rule else "not_rule", f"polarity:{c.polarity}", f"skip:{view.reason}"]
        if c.hedged:
            names.append("hedged")
        for flag in ("negated", "hedged", "hypothetical", "sourced"):
            if getattr(clause, flag):
                names.append(f"clause:{flag}")
    names += _cue_features(c, view, clause, groups)
    if "slot" in groups:
        names += _slot_features(c, view)
    if "position" in groups:
        names += _position(c, view, clause)
    group = slot_group(c.slot)
    out = [f"*|{n}" for n in names] + [f"{group}|{n}" for n in names]
    if "words" in groups:
        out += [f"{group}|{n}" for n in _words(c, view)]
    return out
