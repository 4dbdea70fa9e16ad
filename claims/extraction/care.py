"""Impact on care, clause by clause (LABELLING.md D1, D13).

Care as a whole ("les soins", "patient care") disrupted or running as usual gives a claim
either way; a service ("les urgences", "A&E") gives one only disrupted, since a service that
keeps running is partial continuity; a site or the patients count with a strong word
("l'hôpital tourne au ralenti", "ambulances were diverted"). One sentence often says both
("les urgences ont été maintenues, mais une quarantaine d'interventions ont été
reportées"). All cue words are the profile's data (cues_<lang>.toml: care*).
"""

from __future__ import annotations

import re

from claims.extraction.cues import negation_spans
from claims.extraction.lexicon import Folded, just_before, led_by
from claims.extraction.model import Value, Vocabulary
from claims.extraction.polarity import Clause, in_clause, no_evidence_before, overlaps

# How many words before a care word or its cue a negation still bears on it ("Aucun service n'a été interrompu").
CARE_NEGATION_WORDS = 5
# Words a negating preposition reaches ahead ("sans aucune perturbation", "without any disruption to").
PREPOSITION_WORDS = 2
# Words between a thing that is not care and the disruption said of it ("its website is down").
OTHER_WORDS = 2
_PREPOSITION = re.compile(r"sans|without")
# Words between a verb of saying and the "that" opening what is said ("insisted on Wednesday that").
SAYING_WORDS = 3


# A noun after "care" that makes it describe a body ("care provider", "care and research institution").
_CARE_ATTRIBUTE = re.compile(r"\s+(?:and\s+[a-z]+\s+)?(?:providers?|institutions?|homes?|groups?|compan(?:y|ies)|"
                             r"centres?|centers?|sector|workers?|facilit(?:y|ies)|organi[sz]ations?|operators?|"
                             r"chains?|business(?:es)?|firms?|giant|network)\b")


# "cost" as a disruption ("the attack cost patients their appointments") or as money ("treatment costs").
_COSTS = re.compile(r"costs?")
# What makes the word after it a noun: an article or a possessive ("the costs", "its costs").
_NOUN_LEAD = re.compile(r"\b(?:the|its|their|his|her|our|any|all|those|these)\s+$")


def care_claims(f: Folded, v: Vocabulary, clauses: list[Clause]) -> list[tuple[str, Value, int, bool]]:
    """Care disrupted (asserted) or running as usual as a whole (denied), clause by clause: one
    sentence often says both. Care as a whole ("les soins", "patient care") disrupted or
    running gives a claim either way; a service ("les urgences", "A&E") gives one only
    disrupted, since a service that keeps running is partial continuity (LABELLING.md D1);
    a site or the patients count with a strong word ("l'hôpital tourne au ralenti",
    "ambulances were diverted"). A negation inside a disruption or continuity phrase ("ne
    peuvent plus", "no disruption") is part of it, not a denial of the clause."""
    if not _health_setting(f, v):
        return []  # "the incident could disrupt the company's operations": no patient is cared for here
    tools, tools_down = clinical_tools_down(f, v)
    services = v.cues.care_service.spans(f) + tools
    # ("the Seattle cancer care and research institution", "a home care provider": care naming what a body does,
    # said of nobody's care)
    general = [c for c in v.cues.care.spans(f) if not overlaps(c, services) and not _CARE_ATTRIBUTE.match(f.low, c[1])]
    if not (services or general or v.cues.care_site.search(f) or v.cues.care_people.search(f)):
        return []  # no care word, no site, no patient: nothing to read (most sentences)
    partial = v.cues.care_partial.spans(f)
    sites = [(s, e) for s, e in v.cues.care_site.spans(f) if not re.match(r"\s+(?:internet|web|vitrine)\b", f.low[e:])]
    if sites:
        # a site ranked in a series ("le deuxième hôpital de la région paralysé", "premier
        # établissement ainsi paralysé") speaks of the series of attacks, not of care
        ranked = [e for _s, e in v.cues.series.spans(f)]
        sites = [(s, e) for s, e in sites if not any(r <= s and len(f.low[r:s].split()) <= 1 for r in ranked)]
    # the patients as owners of data ("each patient's carte Vitale", "Patients' names") are not
    # the ones cared for
    people = [(s, e) for s, e in v.cues.care_people.spans(f) if not re.match(r"['’]", f.text[e:])]
    as_usual = [n for n in v.cues.care_as_usual.spans(f) if _running_now(f.low, n)]
    normal = [n for n in v.cues.care_normal.spans(f) if _running_now(f.low, n)] + as_usual
    # ("treatment costs", "the costs of care": a noun of money, not the attack costing anyone care)
    words_before = [e for _s, e in services + general]
    disrupted = [d for d in v.cues.care_disrupted.spans(f) if not overlaps(d, normal) and not (
        _COSTS.fullmatch(f.low, *d) and (_NOUN_LEAD.search(f.low, 0, d[0])
                                         or any(e <= d[0] and not f.low[e:d[0]].strip() for e in words_before)))]
    strong = [d for d in v.cues.care_strong.spans(f) + tools_down if not overlaps(d, normal)]
    if disrupted or strong:
        # "its website is down", "with its computers down": the IT is disrupted, not care (D1);
        # a clinical tool's own word ("the laboratory information system unreachable") is not
        other = [o for o in v.cues.care_other.spans(f) if not overlaps(o, tools)]
        disrupted = [d for d in disrupted if not led_by(f, other, d[0], OTHER_WORDS)]
        strong = [d for d in strong if not led_by(f, other, d[0], OTHER_WORDS)]
    phrases = disrupted + strong + normal
    # (not "maintains that patient care has not suffered": "that" after a verb of saying opens what is
    # said, also with when or how it was said between them: "insisted on Wednesday that")
    saying = [e for _s, e in v.cues.reporting.spans(f) + v.cues.speaking.spans(f)]
    negations = [n for n in negation_spans(f, v.cues) if not overlaps(n, phrases)
                 and not ((m := _RELATIVE_BEFORE.search(f.low, 0, n[0]))
                          and not any(just_before(f.low, e, m.start(), SAYING_WORDS) for e in saying)
                          # ("stressing that none of its systems were accessed and that care was never affected":
                          # a second thing said, not a relative)
                          and not _SECOND_SAID.search(f.low, 0, m.start()))]  # inside a relative
    # a service or a site named as a place ("aux urgences", "sur le site de Mauzé", "on the
    # wards") restricts what runs to it: partial continuity
    located = [s for s, _e in services + sites if re.search(_PLACE_BEFORE, f.low[max(0, s - 16):s])]

    def negated(clause: Clause, word: int, cue: int) -> bool:
        """A negation on the care word or between it and its cue ("aucune intervention n'a été
        annulée", "les soins n'ont pas été perturbés"), not one elsewhere in the clause."""
        first, last = min(word, cue), max(word, cue)
        window = max(clause.start, first - len(" ".join(f.low[clause.start:first].split()[-CARE_NEGATION_WORDS:])) - 1)
        # "sans"/"without" denies the words it governs ("sans perturbation des soins"), not a
        # subject further on ("without access to earlier results patients will move more slowly")
        # "rien n'indique que les soins aient été perturbés": the frame denies the whole complement
        # "À aucun moment l'incident n'a pesé sur la prise en charge": the negation opens the clause
        return no_evidence_before(f.low, clause.start, first) or bool(_AT_NO_POINT.search(f.low[clause.start:first])) or any(
            window <= s < last and not (_PREPOSITION.fullmatch(f.low[s:e]) and len(f.low[e:first].split()) > PREPOSITION_WORDS)
            for s, e in negations)

    out = []
    quiet = []  # continuity of a site or a service: no impact on care only where nothing is said disrupted
    for clause in clauses:
        if clause.hypothetical:
            continue
        here = sorted(s for s, _ in general + services + sites + people if clause.start <= s < clause.end)
        if not here:
            continue
        if not in_clause(general + services + sites, clause) and not in_clause(strong, clause):
            continue  # the patients alone, with no strong word: "patients affected by the breach" is data
        whole = in_clause(general, clause)

        # a subject cut from its verb by an aside reads its verb where it is ("La prise en charge,
        # qui se poursuit dans les quatre sites, n'a pas été affectée")
        reach = clause.predicate_end or clause.end

        def cue_in(spans: list[tuple[int, int]]) -> int | None:
            return next((s for s, _e in spans if clause.start <= s < reach), None)

        hit = cue_in(strong) if cue_in(strong) is not None else (
            cue_in(disrupted) if whole or in_clause(services, clause) else None)
        if hit is not None:
            if not negated(clause, here[0], hit):
                out.append(("care_impact", "care", here[0], False))
            elif whole or (_none_of(f, v, services, clause) and not located):
                # "aucune déprogrammation", "no disruption to care", "aucun rendez-vous n'a été annulé"
                quiet.append(("care_impact", "care", here[0], True))
        elif in_clause(partial, clause) or in_clause(v.cues.care_restored.spans(f), clause):
            # "fonctionnent presque normalement": partial continuity; "a repris un cours normal": restored (D13)
            continue
        elif whole and cue_in(normal) is not None:
            out.append(("care_impact", "care", here[0], not negated(clause, here[0], cue_in(normal))))
        elif cue_in(as_usual) is not None:
            # "les hôpitaux fonctionnent normalement"; a site that is a complement ("le site
            # internet de l'établissement") is not what runs
            subjects = [s for s, _e in services + sites if clause.start <= s < clause.end
                        and not re.search(r"\b(?:de|du|des|d|of)\s+(?:l\s+|la\s+|le\s+|les\s+|the\s+)?$", f.low[:s])]
            if subjects and not located:
                quiet.append(("care_impact", "care", subjects[0], not negated(clause, subjects[0], cue_in(as_usual))))
    # beside a disruption, whatever still runs is partial continuity: care asserted only (D1)
    if any(not denied for _slot, _value, _pos, denied in out):
        return [claim for claim in out if not claim[3]]
    # so where what the sentence concedes (the profile's concession words, then any clause after them, past an
    # aside: « même si, reconnaît-elle, « tout est devenu beaucoup plus long » ») says the work is slowed or done by
    # hand: care is running, but not as usual
    conceding = min((s for s, _e in v.cues.concession.spans(f)), default=None)
    running = next((pos for _slot, _value, pos, denied in out + quiet if denied), None)
    if conceding is not None and running is not None and any(
            c.end > conceding and not c.negated and not c.hypothetical and in_clause(strong, c) for c in clauses):
        return [("care_impact", "care", running, False)]
    return out + quiet


# A conjunction right before "that": a second complement of a verb of saying, not a relative.
_SECOND_SAID = re.compile(r"\b(?:and|or|et|ou)\s+$")

# A relative pronoun at most three words before a negation: the negation is the relative clause's.
_RELATIVE_BEFORE = re.compile(r"\b(?:qui|that|which)\s+(?:\S+\s+){0,3}$")

# After a word of normal running, a figure and a period it recurs in ("normally sees about 1,300 outpatients a day",
# « accueille normalement 400 patients par jour »): the usual load of a site, said whatever the attack did.
_USUAL_LOAD = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|environ\s+|quelque\s+|"
                         r"pres\s+de\s+|plus\s+de\s+|more\s+than\s+)?\d[\d,. ]*\s+(?:[a-z]+\s+){0,3}"
                         r"(?:a|per|each|every|par|chaque)\s+(?:day|week|month|year|jour|semaine|mois|an|annee)\b")

# A conditional right before a word of normal running ("would normally", "devraient normalement").
_COUNTERFACTUAL = re.compile(r"\b(?:would|should|usually|serait|seraient|devrait|devraient|auraient|aurait)"
                             r"\s+(?:be\s+)?$")


def _running_now(low: str, cue: tuple[int, int]) -> bool:
    """Whether a word of normal running says how care runs since the attack: not what is usual on another day
    ("patients who would normally be brought to its hospitals"), not an aim ("des mesures pour assurer la continuité
    des soins", D1), not a site's usual load ("normally sees about 1,300 outpatients a day")."""
    return not (_COUNTERFACTUAL.search(low[:cue[0]]) or _PURPOSE.search(low[:cue[0]]) or _USUAL_LOAD.match(low, cue[1]))


# A negation of time opening the clause, far from the verb it bears on.
_AT_NO_POINT = re.compile(r"\b(?:a aucun moment|at no point|at no time|jamais)\b")

# A purpose right before a word of normal running ("pour assurer la continuité", "to ensure continuity
# of care", "afin de maintenir"): what is aimed at, not what is.
_PURPOSE = re.compile(r"\b(?:pour|afin d|afin de|to|in order to|so as to)\s+(?:(?:assurer|garantir|maintenir|preserver|"
                      r"ensure|maintain|guarantee|preserve|safeguard|keep)\s+(?:la\s+|le\s+|les\s+|l\s+|the\s+)?)?$")

# Words between a clinical tool and the word saying it is out of use ("patients' records remain
# inaccessible", "left without access to their patients' notes").
TOOL_WORDS = 5


def _health_setting(f: Folded, v: Vocabulary) -> bool:
    """Whether care can be at stake: the incident config.toml follows is a health body's (its
    organisations or keywords name a hospital, a clinic, a health agency...), the sentence itself
    speaks of health, or no incident is configured (the first sets). Without it, "operations",
    "bookings", "l'accueil" or "they were unable to" are a company's or a town hall's, not care."""
    incident = v.profile.incident
    if incident is None or not (incident.organizations or incident.keywords) or v.cues.health_context.search(f):
        return True
    return _health_incident(v, incident.organizations + incident.keywords)


def _health_incident(v: Vocabulary, names: tuple[str, ...]) -> bool:
    key = (v.profile.name, v.lang, names)
    if key not in _HEALTH_INCIDENTS:
        # (animals' health is no patients' care: "santé animale", "laboratoire vétérinaire")
        human = _ANIMAL_HEALTH.sub(" ", " ; ".join(names))
        _HEALTH_INCIDENTS[key] = bool(v.cues.health_context.search(Folded(human)))
    return _HEALTH_INCIDENTS[key]


# Names of animal health, which speak of no patient.
_ANIMAL_HEALTH = re.compile(r"sant[ée] animale|animal health|laboratoires? v[ée]t[ée]rinaires?|veterinary\s+\w+|v[ée]t[ée]rinaire",
                            re.IGNORECASE)


# Whether an incident's names speak of health, by profile, language and names: read once per incident.
_HEALTH_INCIDENTS: dict[tuple[str, str, tuple[str, ...]], bool] = {}


def clinical_tools_down(f: Folded, v: Vocabulary) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Clinical tools said to be out of use (LABELLING.md D26: "les dossiers patients sont
    inaccessibles", "could neither see patients' records", "pathology systems could stay down"):
    the tools, read as a service, and the words putting them out of use, read as a strong
    disruption. A tool named for anything else ("patient records were copied") is neither:
    records taken are data, not care."""
    tools = v.cues.care_tools.spans(f)
    if not tools:
        return [], []
    near = [(t, d) for t in tools for d in v.cues.care_unavailable.spans(f)
            if not re.search(r"[,;:.()]", f.low[min(t[1], d[1]):max(t[0], d[0])])
            and len(f.low[min(t[1], d[1]):max(t[0], d[0])].split()) <= TOOL_WORDS]
    return [t for t, _d in near], [d for _t, d in near]


_PLACE_BEFORE = re.compile(r"\b(?:aux|au|a la|a l|dans les|dans le|dans la|dans l|sur le site de|sur le site|sur les sites|"
                          r"at|in|on)\s+(?:the\s+)?$")


def _none_of(f: Folded, v: Vocabulary, services: list[tuple[int, int]], clause: Clause) -> bool:
    """Whether a service is quantified by "aucun" / "no" / "not a single" ("aucune consultation
    n'a été annulée", "no appointments were cancelled"): none of it, not part of it."""
    return any(clause.start <= s < clause.end and re.search(r"\b(?:aucun|aucune|no|not a single|not one|none of the)\s+$",
                                                             f.low[max(clause.start, s - 20):s])
               for s, _e in services)
