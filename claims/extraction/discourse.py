"""What earlier sentences tell about later ones: whom a role noun or a pronoun stands for.

The press names an organisation once, then calls it "l'opérateur", "l'établissement",
"the trust", "the company"; it names a speaker once, then writes "», a-t-il ajouté", "she
added", "it said". A sentence read alone cannot tell who these are; its passage can. A
Discourse carries from one sentence to the next the organisation last named (among those
the incident's config.toml names, when it names any) and the person and speaker last
named, and resolves role nouns and pronouns against them. It is plain state built from
the text in order, so extraction stays pure: text in, claims out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.extraction.lexicon import Folded, find_mentions, fold
from claims.extraction.model import Mention, Vocabulary

# After a role noun, a preposition and a capitalised word name another body: "l'hôpital de
# Lille", "the hospital in Dieppe", "le groupe Blackout".
_NAMED_AFTER = re.compile(r"\s+(?:(?:de|d|du|des|of|in|at)\s+)?(?:l\s+|la\s+|le\s+|the\s+)?[A-ZÀ-Ý]")


@dataclass
class Discourse:
    """The passage so far, as later sentences need it.

    `organizations` are the incident's (config.toml), `org` the organisation last named,
    `person` the person last named by first and last name, `speaker` the last speaker a
    quotation was attributed to. `kinds` maps each organisation to the words its name and
    its spelled-out forms hold ("CH Cannes": centre, hospitalier, hôpital, cannes...), so
    that "l'hôpital" prefers a hospital among several organisations.
    """

    organizations: tuple[str, ...] = ()
    org: str | None = None
    person: str | None = None
    speaker: str | None = None
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def start(cls, organizations: tuple[str, ...], org_forms: dict) -> "Discourse":
        kinds = {}
        for name in organizations:
            words = set(fold(name).split())
            head = name.split(" ", 1)[0]
            for phrase in org_forms.get(head, {}).get("before", []) + org_forms.get(head, {}).get("after", []):
                words |= set(fold(phrase).split())
            kinds[name] = frozenset(words)
        return cls(organizations=organizations, kinds=kinds)

    def resolve(self, noun: str) -> str | None:
        """The organisation a role noun ("l'opérateur", "the trust") stands for, or None.

        Among the incident's organisations, one whose name or spelled-out forms hold the
        noun ("l'hôpital" and "CH Cannes") wins, the last named first; otherwise the last
        organisation named, otherwise the incident's first one.
        """
        head = fold(noun).split()[-1] if noun.strip() else ""
        head = re.sub(r"(?:s|x)$", "", head)
        matching = [org for org in self.organizations if any(w.rstrip("sx") == head for w in self.kinds.get(org, ()))]
        if self.org in matching:
            return self.org
        if matching:
            return matching[0]
        if self.org is not None:
            return self.org
        return self.organizations[0] if self.organizations else None

    def anaphors(self, f: Folded, v: Vocabulary) -> list[Mention]:
        """Role nouns standing for an organisation in a sentence, as organisation mentions with
        the organisation they stand for; none overlapping a name, none followed by one."""
        names = find_mentions("organization", v, f)
        out = []
        for start, end in v.cues.org_anaphor.spans(f):
            if any(n.start < end and start < n.end for n in names) or _NAMED_AFTER.match(f.text, end):
                continue
            value = self.resolve(f.low[start:end])
            if value is not None:
                out.append(Mention("organization", value, start, end))
        return out

    def named(self, f: Folded, v: Vocabulary) -> None:
        """Remember the organisation a sentence names last (its own name or a role noun)."""
        mentions = find_mentions("organization", v, f)
        if self.organizations:
            mentions = [m for m in mentions if m.value in self.organizations]
        if mentions:
            self.org = str(mentions[-1].value)

    def speaker_for(self, name: str | None, v: Vocabulary) -> str | None:
        """A quotation's speaker as readers should see it: a role noun ("», tranche
        l'établissement", "un porte-parole de l'opérateur") is the organisation it stands
        for; any other name is kept as written."""
        if not name:
            return name
        for article in ("l'", "le ", "la ", "the ", ""):
            f = Folded(article + name)
            if any(s == 0 and e == len(f.low) for s, e in v.cues.org_anaphor.spans(f)):
                return self.resolve(name) or name
        f = Folded(name)
        if v.cues.org_voice.search(f) and not find_mentions("organization", v, f):
            spans = v.cues.org_anaphor.spans(f)
            if spans and spans[-1][1] == len(f.low.rstrip()):
                return self.resolve(f.low[spans[-1][0]:spans[-1][1]]) or name
        return name
