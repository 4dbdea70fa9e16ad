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
from claims.extraction.quotes import DEFINITE, POSSESSIVE

# After a role noun, a preposition and a capitalised word name another body: "l'hôpital de
# Lille", "the hospital in Dieppe", "le groupe Blackout".
_NAMED_AFTER = re.compile(r"\s+(?:(?:de|d|du|des|of|in|at)\s+)?(?:l\s+|la\s+|le\s+|the\s+)?[A-ZÀ-ÝĀ-Ž]")


def last_attackers(f: Folded, v: Vocabulary, before: int) -> str | None:
    """The attackers named last before `before` ("les pirates", "the hackers"), as a plural
    pronoun speaker stands for them (LABELLING.md D7d: the description, without its article)."""
    spans = [(s, e) for s, e in v.cues.attacker.spans(f) if e <= before]
    if not spans:
        return None
    s, e = spans[-1]
    return re.sub(r"^(?:the|les|des|a|an|un|une|le|la|l['’])\s*", "", f.text[s:e], flags=re.IGNORECASE) or None


_HEADS: dict[int, frozenset[str]] = {}
_ROLE_PHRASES: dict[int, frozenset[str]] = {}


def role_heads(v: Vocabulary) -> frozenset[str]:
    """The nouns of the role nouns ("opérateur", "établissement", "hospital", "trust"), singular;
    computed once per vocabulary."""
    key = id(v.cues.org_anaphor)
    if key not in _HEADS:
        words = [fold(term).split()[-1] for _value, term in v.cues.org_anaphor.entries]
        _HEADS[key] = frozenset(words) | frozenset(re.sub(r"[sx]$", "", w) for w in words)
    return _HEADS[key]


def _role_phrases(v: Vocabulary) -> frozenset[str]:
    """The role nouns of several words without their article ("conseil departemental", "centre
    hospitalier"), folded; computed once per vocabulary."""
    key = id(v.cues.org_anaphor)
    if key not in _ROLE_PHRASES:
        phrases = (re.sub(r"^(?:l |le |la |les |the |cet |cette |ce )", "", fold(term).replace("'", " "))
                   for _value, term in v.cues.org_anaphor.entries)
        _ROLE_PHRASES[key] = frozenset(p for p in phrases if " " in p)
    return _ROLE_PHRASES[key]


# A subject pronoun opening a sentence, for an organisation (not "ils"/"they": the attackers may be meant).
_SUBJECT_PRONOUN = re.compile(r"\W*(it|il|elle)\s+(?!s\s+agit|y\s+a|faut|est\s+(?:possible|probable|trop|difficile|"
                              r"impossible|clair)|is\s+(?:not\s+)?(?:clear|unclear|possible|likely|unlikely|too|hard|"
                              r"difficult|impossible|understood|believed|thought))")
# A capitalised word inside the sentence: a name a possessive after it may stand for.
_NAME_INSIDE = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w-]*[a-zà-ÿ][\w-]*|\b[A-Z]{2,}\b")
# A possessive right before systems, with up to one word between ("its IT systems", "ses serveurs").
_POSSESSIVE_BEFORE = re.compile(r"\b(its|ses|son|sa)\s+(?:[a-z-]+\s+)?$")
# Words that join the words of a name ("centre de santé").
_LINK_WORDS = frozenset("de du des d la le les l of the".split())


# A role noun set beside a name ("le groupe Nyxa", "the BianLian group"), French head first, English head last.
_KIND_THEN_NAME = re.compile(r"(?:(?:le|la|les|l|the)\s+)?(?P<head>[a-z]+)\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)?)")
_NAME_THEN_KIND = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)?)\s+(?P<head>[a-z]+)")
# A body's name capitalised word by word, with its article and its voice ("the National Cyber Security Centre", "a
# National Cyber Security Centre spokesperson").
_PROPER_BODY = re.compile(r"(?:(?:the|a|an)\s+)?((?:[A-Z][\w'’&.-]*\s+)+[A-Z][\w'’&.-]*)"
                          r"(?:\s+(?:spokes(?:man|woman|person)|press\s+office|officials))?")


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
    # which of person and speaker was met last: a pronoun stands for the more recent
    speaker_last: bool = False
    # the attackers the sentence before named ("les pirates"), whom a plural pronoun may stand for
    attackers: str | None = None
    # the last speaker the sentence before quoted, whose words a quotation standing alone continues
    quoted: str | None = None
    # everyone named in full so far, whom a surname alone may stand for later
    people: list[str] = field(default_factory=list)
    # the organisation or office the sentence before opened on as its subject, whom a pronoun speaker
    # stands for when nobody was named or heard before (LABELLING.md D7c)
    opened: str | None = None
    # the organisation the sentence being read names before its first quotation (`named_before`)
    here: str | None = None
    # the article that subject opened with, folded ("la", "le", "the"), for the pronoun's gender
    opened_article: str | None = None
    # whether the sentence before opened on a party to a civil case ("One of the first proposed class actions …
    # was filed Monday"), whose allegations a pronoun then goes on with ("It accuses the utility …")
    litigant: bool = False
    # the incident's keywords (config.toml): a name among them that is none of its organisations is someone else's
    keywords: tuple[str, ...] = ()

    def met(self, person: str | None) -> None:
        """A sentence named this person (or nobody)."""
        if person:
            self.person, self.speaker_last = person, False
            self.people.append(person)

    def full_name(self, name: str) -> str | None:
        """The person named in full earlier whose surname this one word is ("Jackie Mendez had to
        drive her mother… “…,” Mendez said": Jackie Mendez), the latest first; None otherwise."""
        if " " in name or not name[:1].isupper():
            return None
        return next((p for p in reversed(self.people) if p.split()[-1] == name), None)

    def heard(self, speaker: str | None) -> None:
        """A sentence's words were this speaker's (a quotation or a reporting verb's subject)."""
        if speaker:
            self.speaker, self.speaker_last = speaker, True

    def pronoun_speaker(self) -> str | None:
        """Whom "», a-t-elle ajouté", "she said" stands for: the person or speaker met last."""
        if self.speaker_last and self.speaker:
            return self.speaker
        return self.person or self.speaker

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

    def resolve(self, noun: str, last: str | None = None) -> str | None:
        """The organisation a role noun ("l'opérateur", "the trust") stands for, or None.

        Among the incident's organisations, one whose name or spelled-out forms hold the
        noun ("l'hôpital" and "CH Cannes") wins, the last named first; otherwise the last
        organisation named, otherwise the incident's first one. `last` is the one named last
        when the caller knows better than the sentences before (earlier in the same sentence).
        """
        last = last or self.org
        head = fold(noun).split()[-1] if noun.strip() else ""
        head = re.sub(r"(?:s|x)$", "", head)
        # (no noun, no kind to match: "Sainsbury's" folds to "sainsbury s", whose "s" strips to nothing)
        matching = [org for org in self.organizations
                    if head and any(w.rstrip("sx") == head for w in self.kinds.get(org, ()))]
        if last in matching:
            return last
        if matching:
            return matching[0]
        if last is not None:
            return last
        return self.organizations[0] if self.organizations else None

    def anaphors(self, f: Folded, v: Vocabulary) -> list[Mention]:
        """Role nouns standing for an organisation in a sentence, as organisation mentions with
        the organisation they stand for; none overlapping a name, none followed by one."""
        names = find_mentions("organization", v, f)
        out = []
        for start, end in v.cues.org_anaphor.spans(f):
            if any(n.start < end and start < n.end for n in names) or _NAMED_AFTER.match(f.text, end):
                continue
            # a name of the incident's earlier in the same sentence is the one it stands for
            # ("Seul l'hôpital de Vitry a été visé, [...] le fonctionnement de l'établissement")
            earlier = [str(n.value) for n in names if n.end <= start and n.value in self.organizations]
            if not earlier and self.org is None:
                continue  # D32: no organisation named yet, so no organisation claim from a role noun
            value = self.resolve(f.low[start:end], earlier[-1] if earlier else None)
            if value is not None:
                out.append(Mention("organization", value, start, end))
        if not names and not out and self.org is not None:
            out += self._pronouns(f, v)
        return out

    def _pronouns(self, f: Folded, v: Vocabulary) -> list[Mention]:
        """In a sentence that names no organisation, a pronoun standing for the one named before:
        the subject opening it ("It was hit by ransomware in March", "Elle avait été la cible d'une
        cyberattaque") and a possessive before its systems ("intruders were inside parts of its
        network", "l'attaque contre ses serveurs"), not after attackers the sentence names, whose
        the possessive would be ("the gang said its servers")."""
        low = f.low
        out = []
        opening = _SUBJECT_PRONOUN.match(low)
        if opening:
            out.append(Mention("organization", self.org, opening.start(1), opening.end(1)))
        attackers = [s for s, _e in v.cues.attacker.spans(f)]
        heads = role_heads(v)
        for s, _e in v.cues.systems.spans(f):
            owner = _POSSESSIVE_BEFORE.search(low, max(0, s - 24), s)
            # (nor after a body of its own the possessive may stand for: "Monobank, the country's biggest
            # online bank, said ... its systems", "a notice from her medical centre ... its computer systems")
            if owner and not any(a < owner.start() for a in attackers) \
                    and not _NAME_INSIDE.search(f.text, 1, owner.start()) \
                    and not any(w in heads for w in low[:owner.start()].split()):
                out.append(Mention("organization", self.org, owner.start(1), owner.end(1)))
                break
        return out

    def named(self, f: Folded, v: Vocabulary) -> None:
        """Remember the organisation a sentence names last (its own name or a role noun), and the
        attackers it names (only until the next sentence: "ils" reaches one sentence back)."""
        self.attackers = last_attackers(f, v, len(f.text))
        mentions = self._own_mentions(f, v)
        if mentions:
            self.org = str(mentions[-1].value)

    def named_before(self, f: Folded, v: Vocabulary, pos: int) -> None:
        """Remember the organisation the sentence names before `pos` (its first quotation), so that the
        quotation's "a spokesperson said" is that organisation's ("Morrisons, one of the retailers hit,
        has admitted …. “…,” a spokesperson said"), not the one the sentences before named."""
        mentions = [m for m in self._own_mentions(f, v) if m.end <= pos]
        self.here = str(mentions[-1].value) if mentions else None

    def _own_mentions(self, f: Folded, v: Vocabulary) -> list[Mention]:
        """The sentence's organisation mentions, only the incident's own when the newsroom configured them."""
        mentions = find_mentions("organization", v, f)
        return [m for m in mentions if m.value in self.organizations] if self.organizations else mentions

    def _named_apart(self, name: str, v: Vocabulary) -> bool:
        """Whether a capitalised name is someone other than the incident's organisations: a gang the profile
        knows ("ShinyHunters"), or one of the incident's keywords that names none of them ("Nyxa")."""
        folded = fold(name)
        if any(folded in self.kinds.get(org, frozenset()) or folded == fold(org) for org in self.organizations):
            return False
        return bool(v.cues.attacker.search(Folded(name))) or any(fold(k) == folded for k in self.keywords)

    def speaker_for(self, name: str | None, v: Vocabulary) -> str | None:
        """A quotation's speaker as readers should see it (LABELLING.md D7): the organisation
        however the text refers to it ("», tranche l'établissement", "the Corbeil-Essonnes
        hospital said", "la direction du CHU", "un porte-parole de l'opérateur", "Dedalus
        France" for "Dedalus"); an office it holds through a possessive ("son directeur" ->
        "directeur de CH Oloron"); any other name as written."""
        if not name:
            return name
        if name.startswith(DEFINITE):
            # "», prévient le journaliste" after "Selon Damien Bancal": the person named before
            # (LABELLING.md D22); a role noun of the organisation stays the organisation's
            role = name[len(DEFINITE):]
            found = self.speaker_for(role, v)
            return self.person if found == role and self.person else found
        if name.startswith(POSSESSIVE):
            office, org = name[len(POSSESSIVE):], self.resolve("")
            if not org:
                return office
            # "its statement says", "its update was blunter": a document it issues speaks for it as a whole (D7a)
            # (so does its press voice, « ajoute sa porte-parole », "its spokeswoman said", as "a spokesperson" alone)
            document = Folded(office)
            if any(s == 0 and e == len(document.low)
                   for s, e in v.cues.org_document.spans(document) + v.cues.owned_document.spans(document)
                   + v.cues.press_voice.spans(document)):
                return org
            return f"{office} de {org}" if v.lang == "fr" else f"{org}'s {office}"
        f = Folded(name)
        words = f.low.split()
        heads = role_heads(v)
        orgs = find_mentions("organization", v, f)
        # "l'ARS Normandie", "the Normandy health agency": a body of one region is its own
        # speaker, not the incident's organisation nor the bare name (claims.grouping.speakers
        # gives it one name across languages).
        regions = [r for r in find_mentions("region", v, f) if not any(o.start <= r.start and r.end <= o.end
                                                                        for o in orgs)]
        # "l'établissement breton" is the incident's organisation described by its region: a
        # lower-case adjective after a role noun, in a name with no word of a regional body
        described = all(f.cased[r.start:r.end].islower() for r in regions) and not v.cues.regional.search(f)
        if regions and (orgs or any(w in heads for w in words)) and not (described and not orgs):
            return name
        voices = v.cues.org_voice.spans(f)
        voice = bool(voices)
        # "Dedalus France", "laboratoire Cerballiance Eure", "the Corbeil-Essonnes hospital"
        # (and its voice named first: "porte-parole d'Encevo", what an opening "un porte-parole d'Encevo" leaves)
        opens_voice = any(s == 0 for s, _e in voices)
        if orgs and (orgs[0].start == 0 or words[0] in heads or opens_voice) and (voice or not re.search(
                r"\b[a-z]", f.cased[orgs[0].end:]) or words[0] in heads):
            return str(orgs[0].value)
        if orgs:
            return name
        # a role noun of several words the profile lists whole ("le conseil départemental")
        if f.low in _role_phrases(v):
            return self.resolve(f.low) or name
        # "a spokesperson for the National Crime Agency": the voice of another body, named in capitals
        if v.lang == "en" and re.search(r"\s(?:for|of|at|from)\s+(?:the\s+)?[A-Z][a-z]+\s+[A-Z]", f.cased):
            return name
        # "the National Cyber Security Centre said", "a National Cyber Security Centre spokesperson": a body's own name,
        # capitalised throughout, is that body, even where its last word is a role noun, unless its words are those of
        # one of the incident's organisations ("Boston Children", cut from "Boston Children's Hospital")
        proper = _PROPER_BODY.fullmatch(f.cased) if v.lang == "en" else None
        body = proper and fold(proper.group(1)).split()
        # (a role noun last, which would stand for the incident's organisation, or the body's voice after it)
        if body and len(body) >= 2 and (re.sub(r"[sx]$", "", body[-1]) in heads or proper.end(1) < len(f.cased)):
            own = set(body) - heads
            if not any(own & self.kinds.get(org, frozenset()) for org in self.organizations):
                return name[proper.start(1):proper.end(1)]  # (as written: the folded text drops accents)
        # "Le groupe Nyxa, qui a revendiqué l'attaque, affirme …", "the BianLian group said": a role noun beside a name
        # the incident's keywords give apart from its organisations, or a gang the profile knows, is that name
        # speaking, not the organisation the role noun alone would stand for
        apart = (_KIND_THEN_NAME if v.lang == "fr" else _NAME_THEN_KIND).fullmatch(f.cased)
        if apart and apart.group("head") in heads and self._named_apart(apart.group("name"), v):
            return name[apart.start("name"):apart.end("name")]  # (as written: the folded text drops accents)
        # English puts the head last, before its complement: "receptionist at the Eu hospital"
        head = words[0] if v.lang == "fr" else re.split(r"\s+(?:at|in|of|from|on)\s+", f.low)[0].split()[-1]
        if head in heads or (voice and any(w in heads for w in words)):
            # "Kadokawa said ... Dwango's file servers ... “…,” the company said": a role noun that
            # speaks goes on for the organisation heard last, before the one merely named last
            spoke = self.speaker if self.speaker in self.organizations else None
            return self.resolve(head, spoke) or name
        # "», affirme un communiqué publié sur son site", "a statement said": a document an
        # organisation issues, with no one named, speaks for the organisation the passage is
        # about (D7a); a message or an update may be the attackers', and stays as written
        if any(s == 0 for s, _e in v.cues.org_document.spans(f)):
            return self.resolve("") or name
        # "a spokesperson told CBS 8", "une porte-parole": the organisation's own voice, named alone
        if any(s == 0 and not f.low[e:].strip() for s, e in v.cues.press_voice.spans(f)):
            # (else the one the sentence before opened on as its subject: "Morrisons, one of the retailers hit
            # by the Blue Yonder attack, has admitted …. “…,” a spokesperson said")
            opened = self.opened if self.opened in self.organizations else None
            return self.resolve("", self.here or opened) or name
        # "écrit la Paroisse dans un communiqué", "Freedom wrote in its notice": the word alone, capitalised, that opens
        # one configured name of two words or more ("Paroisse de Plessisville", "Freedom Mobile") is that name speaking
        # (after its article: "The House of Commons has said only that …" leaves "The House")
        kind = words[1:] if len(words) == 2 and words[0] in ("the", "la", "le", "l") else words
        if len(kind) == 1 and f.cased.split()[-1][:1].isupper() and len(kind[0]) >= 4:
            opened_by = [org for org in self.organizations if len(org.split()) >= 2 and fold(org.split()[0]) == kind[0]]
            if len(opened_by) == 1:
                return opened_by[0]
        # "reconnaît le centre de santé": words that all belong to one configured name (two at least)
        # name it ("Centre de santé Tulattavik de l'Ungava")
        words = [w for w in words if w not in _LINK_WORDS]
        named = [org for org in self.organizations if len(words) >= 2 and all(w in self.kinds.get(org, ()) for w in words)]
        if len(named) == 1:
            return named[0]
        return self.full_name(name) or name
