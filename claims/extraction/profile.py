"""Load a claim profile's data files into a validated Profile, once.

A profile is a folder under claims/profiles/<name>/: `profile.toml` (metadata: rules
version, languages, slot order, single-valued and numeric slots, labels, which file holds
each slot's lexicon), the slot lexicons, and per language `cues_<lang>.toml`,
`numbers_<lang>.toml` and `dates_<lang>.toml`. Everything the rules read is checked here:
a cue file naming a cue no rule reads, a missing key or a slot named twice is a
ProfileError at load time, so a misspelt name never silently matches nothing.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import tomllib
from pathlib import Path

from claims.extraction.dates import month_day
from claims.extraction.lexicon import Folded, TermSet, fold
from claims.extraction.model import IncidentContext, Profile, Vocabulary

PROFILES_DIR = Path(__file__).parents[1] / "profiles"

# The cue lists the rules read, one attribute each on Vocabulary.cues. A language may leave
# a list out (it is then empty); a cue file may hold no other list.
CUE_LISTS = (
    # polarity and hedging
    "negation", "not_negation", "hedge", "source", "attribution", "clause_break", "relative",
    "answer_no", "approximate", "restrictive", "concession", "spared", "exception", "not_hedge",
    "possibility", "not_possibility", "exclusion", "unnamed_source", "litigant", "anonymous", "belief", "attacker", "claim_verb",
    "rebuttal_noun", "rebuttal_verb", "cause",
    # who speaks
    "reporting", "speaking", "org_body", "affiliation", "partner", "health_context", "region_scope", "regional", "hit",
    # who was attacked
    "org_anaphor", "attack_on", "attack_effect", "suffered", "systems", "org_not_target", "aftermath", "attack_noun", "target_place", "sanction", "sued", "taken", "clientele", "admission", "listed_in", "detection",
    # sentences that state nothing
    "advice", "general", "recap", "recap_follow", "recap_lead", "recap_opening", "recap_heading", "recap_compare", "aside_lead", "aside_participle", "recap_last_year", "series", "meta", "related", "furniture", "furniture_lead",
    # what a sentence is about
    "incident", "compromise", "checkworthy", "count_unknown", "tell_verb", "tell_what", "not_ssn", "enables", "credentials_elsewhere", "credentials_reset", "data_use", "backref",
    "care", "care_service", "care_site", "care_strong", "care_partial", "care_restored", "care_other", "care_as_usual", "care_people", "care_disrupted", "care_normal", "care_tools", "care_unavailable", "risk_context", "risk_agent", "vector_context",
    "announce", "not_attack_date", "date_disowned", "date_wrongly", "attack_event", "period_start", "self_reference",
    "count_victims", "count_figure", "count_accounts", "count_not_victims", "count_superseded", "count_current", "count_one_account", "count_part",
    "count_things", "count_notified", "count_notified_ahead", "count_revised", "count_owner", "count_group", "count_frame",
    "count_bound", "count_back", "count_holders", "count_event", "count_also", "count_total",
    "entry", "entry_means", "login_noun", "login_use",
    # quotations
    "org_voice", "org_document", "owned_document", "press_voice", "institution_head", "not_speaker", "closes_quote",
)
# Tables of verb endings, not term lists.
CUE_TABLES = ("conditional", "imperative")
META_KEYS = {"name", "rules_version", "languages", "slots", "single_valued", "numeric", "labels", "lexicons",
             "named_values"}


class ProfileError(ValueError):
    """A profile's data files are missing something or name something no rule reads."""


class Cues:
    """One language's cue lists as attributes; reading a name that is not a cue list is an error."""

    __slots__ = CUE_LISTS

    def __init__(self, lists: dict[str, TermSet]) -> None:
        for name in CUE_LISTS:
            setattr(self, name, lists.get(name, TermSet([])))


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ProfileError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: {exc}") from None


# The table of a slot lexicon that lists blockers: phrases holding a term that name no value
# ("au nom de", "joint par téléphone", "in its email to customers"). They are matched like
# terms, so the longest or earliest match wins, and found as mentions of nothing.
BLOCKERS = "not"


def _slot_terms(table: dict, named: bool) -> list[tuple[object, str]]:
    """(value, term) pairs of a lexicon; a value that is a name ("Normandie", "ARS") is also a
    term, a code ("medical", "identity") is not: "medical bills" name no medical data."""
    entries: list[tuple[object, str]] = []
    for value, per_lang in table.items():
        if value == BLOCKERS:
            entries.extend((None, term) for terms in per_lang.values() for term in terms)
            continue
        if named:
            entries.append((value, value))
        for terms in per_lang.values():
            entries.extend((value, term) for term in terms)
    return entries


def _cues(path: Path) -> tuple[Cues, dict, dict]:
    raw = _read(path)
    unknown = sorted(set(raw) - set(CUE_LISTS) - set(CUE_TABLES))
    if unknown:
        raise ProfileError(f"{path}: unknown cue list(s) {', '.join(unknown)}; the rules read: {', '.join(CUE_LISTS)}")
    lists = {}
    for name in CUE_LISTS:
        values = raw.get(name, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ProfileError(f"{path}: {name} must be a list of strings")
        lists[name] = TermSet([(name, t) for t in values])
    tables = {}
    for name in CUE_TABLES:
        table = raw.get(name, {})
        if not isinstance(table, dict) or set(table) - {"endings", "exceptions"}:
            raise ProfileError(f"{path}: [{name}] must be a table of endings and exceptions")
        tables[name] = {"endings": tuple(table.get("endings", [])), "exceptions": frozenset(table.get("exceptions", []))}
    return Cues(lists), tables["conditional"], tables["imperative"]


def profile_digest(directory: Path, extra: str = "") -> str:
    """A short hash of every data file of a profile (and of `extra`): a lexicon edit changes it."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(extra.encode())
    return digest.hexdigest()[:10]


def _check_meta(path: Path, meta: dict) -> None:
    unknown = sorted(set(meta) - META_KEYS)
    missing = sorted({"rules_version", "languages", "slots", "lexicons"} - set(meta))
    if unknown or missing:
        raise ProfileError(f"{path}: " + "; ".join(
            ([f"unknown key(s) {', '.join(unknown)}"] if unknown else [])
            + ([f"missing key(s) {', '.join(missing)}"] if missing else [])))
    slots = meta["slots"]
    if len(set(slots)) != len(slots):
        raise ProfileError(f"{path}: a slot is listed twice in slots")
    for key in ("single_valued", "numeric", "named_values"):
        stray = set(meta.get(key, [])) - set(slots)
        if stray:
            raise ProfileError(f"{path}: {key} names slot(s) not in slots: {', '.join(sorted(stray))}")
    stray = set(meta["lexicons"]) - set(slots)
    if stray:
        raise ProfileError(f"{path}: [lexicons] names slot(s) not in slots: {', '.join(sorted(stray))}")
    for lang, labels in meta.get("labels", {}).items():
        missing_labels = set(slots) - set(labels)
        if missing_labels:
            raise ProfileError(f"{path}: [labels.{lang}] lacks {', '.join(sorted(missing_labels))}")


@functools.lru_cache(maxsize=8)
def load_profile(name: str = "cyberattack") -> Profile:
    """Read and validate claims/profiles/<name>/; cached, since profiles are static."""
    directory = PROFILES_DIR / name
    if not re.fullmatch(r"[\w-]+", name) or not (directory / "profile.toml").exists():
        raise ProfileError(f"no claim profile named {name!r} in {PROFILES_DIR}")
    meta = _read(directory / "profile.toml")
    _check_meta(directory / "profile.toml", meta)
    named = set(meta.get("named_values", []))
    terms = {slot: TermSet(_slot_terms(_read(directory / file), slot in named)) for slot, file in meta["lexicons"].items()}
    profile = Profile(
        name=meta.get("name", name),
        rules_version=meta["rules_version"],
        languages=tuple(meta["languages"]),
        slots=tuple(meta["slots"]),
        single_valued=frozenset(meta.get("single_valued", [])),
        numeric=frozenset(meta.get("numeric", [])),
        labels=meta.get("labels", {}),
        org_forms={},
        terms=terms,
        vocabularies={},
        digest=profile_digest(directory),
    )
    forms = _read(directory / "org_forms.toml") if (directory / "org_forms.toml").exists() else {}
    for key, table in forms.items():
        allowed = {"drop"} if key == SHORT_FORMS else {"before", "after", "town"}
        if not isinstance(table, dict) or set(table) - allowed:
            raise ProfileError(f"{directory / 'org_forms.toml'}: [{key}] may hold only {', '.join(sorted(allowed))}")
        if not isinstance(table.get("town", False), bool):
            raise ProfileError(f"{directory / 'org_forms.toml'}: [{key}] town must be true or false")
    profile.org_forms.update(forms)
    for lang in profile.languages:
        cues, conditional, imperative = _cues(directory / f"cues_{lang}.toml")
        profile.vocabularies[lang] = Vocabulary(
            lang, profile, cues, conditional, imperative,
            numbers=_read(directory / f"numbers_{lang}.toml"), dates=_dates(directory / f"dates_{lang}.toml"))
    return profile


def _dates(path: Path) -> dict:
    """A language's calendar table; its named days must be real days of the year ("12-31"), so
    that a typo in the profile fails when it loads rather than in the middle of a crawl."""
    table = _read(path)
    named = table.get("named_days", {})
    if not isinstance(named, dict):
        raise ProfileError(f"{path}: [named_days] must be a table of \"phrase\" = \"MM-DD\"")
    for phrase, value in named.items():
        try:
            month_day(value)
        except ValueError:
            raise ProfileError(f"{path}: [named_days] {phrase!r} = {value!r} is no day of the year (MM-DD)") from None
    return table


def _organisation_term(name: str) -> str:
    """A configured organisation as a lexicon term: one-word names are matched with their case ("Free")."""
    return f"={name}" if len(name.split()) == 1 else name


def _capitalised(name: str) -> list[str]:
    """A one-word name the organisation writes in lower case ("bpost") as a sentence opens on it ("Bpost a admis
    mardi …"): its case is kept everywhere else, so only that form is added."""
    if len(name.split()) != 1 or not name[:1].islower():
        return []
    return [f"={name[:1].upper()}{name[1:]}"]


def _uppercased(name: str) -> list[str]:
    """A one-word name in capitals, as the organisation's own notices and the press often write a brand ("ASKUL" for
    "Askul"): its case is kept otherwise, so only that form is added (not for a short name, "FREE" being a word in
    a headline; nor for one configured in lower case, "lapostale", whose capitals in a headline stay unread)."""
    if len(name.split()) != 1 or len(name) < 5 or name.isupper() or not name[:1].isupper():
        return []
    return [f"={name.upper()}"]


_LINKS = ("", "de", "d", "du", "of", "in", "at")


def _spelled_out(name: str, forms: dict) -> list[str]:
    """The press's ways of writing a configured name that opens with an abbreviation ("CH Armentières"), or
    with the kind that abbreviation stands for ("Centre hospitalier d'Issoire" is written as "CH Issoire" is:
    "l'hôpital d'Issoire", "le centre hospitalier Paul-Ardier d'Issoire")."""
    head, _, rest = name.partition(" ")
    table = forms.get(head)
    if not table:
        table, rest = _kind_spelled(name, forms)
    if not table or not rest:
        return []
    out = []
    for before in table.get("before", []):
        for link in _LINKS:
            out.append(" ".join(w for w in (before, link, rest) if w))
            out.append(" ".join(w for w in (before, "...", link, rest) if w))  # "centre hospitalier Simone-Veil de Cannes"
    out += [f"{rest} {after}" for after in table.get("after", [])]
    return out


def _kind_spelled(name: str, forms: dict) -> tuple[dict | None, str]:
    """The org_forms table whose abbreviation's spelled-out kind opens the name, and the rest of the name
    after it and its link ("Centre hospitalier d'Issoire" -> [CH], "Issoire"); (None, "") otherwise."""
    low = fold(name)
    for key, table in forms.items():
        if not isinstance(table, dict) or key.startswith("_") or table.get("town"):
            continue
        for kind in table.get("before", []):
            m = re.match(rf"{re.escape(fold(kind))}\s+(?:(?:de|du|des|d|of)\s+)?(?=\S)", low)
            if m and len(kind.split()) >= 2:
                return table, name[m.end():].strip()
    return None, ""


def _by_keyword(name: str, named: list[str], incident: IncidentContext, forms: dict) -> list[str]:
    """The configured name spelled out with the incident's keywords: the newsroom's keywords
    name the hospital's town or namesake ("CH Sud Francilien" with "Corbeil-Essonnes" is also
    "l'hôpital de Corbeil-Essonnes", "the Corbeil-Essonnes hospital"). Only where no other
    configured organisation opens with the same abbreviation, so that the town names one."""
    head = name.partition(" ")[0]
    if head not in forms or head.startswith("_") or sum(org.partition(" ")[0] == head for org in named) > 1:
        return []
    return [term for keyword in incident.keywords if keyword[:1].isupper() and keyword not in named
            and fold(head) not in fold(keyword).split() for term in _spelled_out(f"{head} {keyword}", forms)]


# A place added after a name by its complement (" du Maroc", " of Canada", " de la Réunion").
_PLACE_COMPLEMENT = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of\s+the|of)\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?")


def _keyword_aliases(name: str, named: list[str], incident: IncidentContext, forms: dict) -> list[str]:
    """A keyword of one capitalised word that is a word of the configured name is how the press
    names it ("Norsk Hydro" with the keyword "Hydro", "Sony Pictures Entertainment" with "Sony",
    "San Francisco 49ers" with "49ers": a word opening with a figure is as distinctive):
    the newsroom wrote it because coverage uses it. Not a generic word the short forms drop
    ("France" in "Dedalus France"), not a word several configured names share, and not for names
    opening with an abbreviation whose spelled-out forms already give the town ("CH Rennes")."""
    # A keyword of one word in mixed case whose capitalised pieces open the name's words in turn is
    # a contraction of it ("UniNE" for "Université de Neuchâtel": Uni-, NE-), whatever the name's form.
    # (a name written as one word in mixed case is read by its pieces: "OrthoNY" for "OrthopedicsNY")
    contracted = [f"={keyword}" for keyword in incident.keywords
                  if keyword not in named and _contracts(keyword, [piece for w in _name_words(name) for piece in _pieces(w)])]
    # An acronym keyword made of the initials of the name's capitalised words ("FS" for "Ferrovie dello Stato", whatever
    # the language of its small words), when no other configured name has those initials.
    contracted += [f"={keyword}" for keyword in incident.keywords
                   if keyword not in named and re.fullmatch(r"[A-Z]{2,6}", keyword) and _capital_initials(name) == keyword
                   and not any(_capital_initials(other) == keyword for other in named if other != name)]
    # A keyword that spells out the name's acronym and keeps its other words, or that names all its
    # words in another order, is the name too ("Institut national polytechnique de Toulouse" and
    # "INP Toulouse" for "Toulouse INP").
    contracted += [keyword for keyword in incident.keywords
                   if keyword not in named and _spells_acronym(keyword, _name_words(name))]
    # A keyword of several words that is the name up to a hyphen is the name without its affiliation ("CHU de
    # Québec" for "CHU de Québec-Université Laval"), whatever opens the name.
    contracted += [keyword for keyword in incident.keywords
                   if keyword not in named and " " in keyword.strip() and name.startswith(keyword.strip() + "-")]
    # Or the name up to the country or place its complement adds ("ministère de la Justice" for "Ministère de la
    # Justice du Maroc"): the press at home leaves out what the newsroom abroad spells out. A capitalised word past
    # its first keeps a kind alone out ("Centre hospitalier").
    contracted += [keyword for keyword in incident.keywords
                   if keyword not in named and " " in keyword.strip()
                   and name.casefold().startswith(keyword.strip().casefold())
                   and _PLACE_COMPLEMENT.fullmatch(name[len(keyword.strip()):])
                   and any(w[:1].isupper() for w in keyword.split()[1:])]
    # A keyword of one word that opens a name of one word and leaves it a short ending is the name without its
    # suffixed article ("Storting" for "Stortinget", "Folketing" for "Folketinget"): the press writes both.
    if " " not in name.strip():
        contracted += [f"={keyword}" for keyword in incident.keywords
                       if keyword not in named and " " not in keyword.strip() and len(keyword) >= 5
                       and name.startswith(keyword) and 0 < len(name) - len(keyword) <= 3]
    words = name.split()
    if len(words) < 2 or (words[0] in forms and not forms[words[0]].get("town")):
        return contracted
    drop = _generic_words(forms)
    out = [f"={keyword}" for keyword in incident.keywords
           if keyword in (_unelided(name) if forms.get(words[0], {}).get("town") else words) and (keyword[:1].isupper() or keyword[:1].isdigit()) and fold(keyword) not in drop
           and _owns_word(name, keyword, named)]
    # A keyword in capitals made of the initials of the name's words is its acronym ("HPL" for
    # "Hôpital privé de la Loire"): lower-case words count, the short ones skipped do not.
    letters = _acronym_of(_name_words(name))
    out += [f"={keyword}" for keyword in incident.keywords
            if re.fullmatch(r"[A-Z]{2,6}", keyword) and keyword == letters and keyword not in named]
    # Several capitalised words of the name, in its order, are a short name too ("Les Bluets" and
    # "Pierre Rouquès" for "Hôpital Pierre Rouquès-Les Bluets"); an article before them is not part
    # of it ("la maternité des Bluets"), and one word left must be as distinctive as above.
    parts = _name_words(name)
    for keyword in incident.keywords:
        written = _name_words(keyword)
        run = _initials_spelled(written, parts)
        expanded = run != written  # matched on the name's words, written as the newsroom wrote it
        if len(run) < 2:
            continue  # one-word keywords are read above
        while run and fold(run[0]) in _ARTICLES:
            run = run[1:]
        # (a joining word may stand inside the run, not at its ends: "Kensington and Chelsea" for
        # "Kensington and Chelsea Council")
        if not run or (len(run) == len(parts) and not expanded) or not _capitalised_run(run) \
                or not any(parts[i:i + len(run)] == run for i in range(len(parts) - len(run) + 1)):
            continue
        if len(run) == 1 and (fold(run[0]) in drop or sum(run[0] in _name_words(other) for other in named) > 1):
            continue
        out.append(keyword if expanded else f"={run[0]}" if len(run) == 1 else " ".join(run))
    # A keyword whose words shorten the name's first words in turn, the last one cut ("Fred Hutch" for "Fred
    # Hutchinson Cancer Center"): the newsroom's short name.
    out += [keyword for keyword in incident.keywords if keyword not in named and _shortens(keyword.split(), words)]
    # A keyword that is the name with or without its articles ("Office d'équipement hydraulique de la Corse"
    # for "Office d'équipement hydraulique de Corse").
    out += [keyword for keyword in incident.keywords
            if keyword not in named and keyword != name and _bare(keyword) == _bare(name)]
    # A keyword of capitalised words that opens with the name's own distinctive first word and goes on
    # otherwise names the same body under another of its names ("Nissan Australia" for "Nissan
    # Oceania", "Mercy Hospital" for "Mercy Iowa City"): the newsroom listed it because the press uses it.
    head = words[0]
    if head[:1].isupper() and head not in forms and fold(head) not in drop and not any(
            other != name and other.split()[0] == head for other in named):
        out += [keyword for keyword, parts in ((k, k.split()) for k in incident.keywords)
                if keyword not in named and len(parts) >= 2 and parts[0] == head
                and parts[1:] != words[1:len(parts)] and _capitalised_run(parts)]
    return out + contracted


def _town_places(name: str, named: list[str], incident: IncidentContext, forms: dict) -> list[str]:
    """Blockers for a town's own name where it is the place, not its council: "à Montmagny", "in
    Brésillac", "les habitants de Montmagny" (a town the newsroom names by its kind, "Ville de
    Montmagny", whose bare name otherwise stands for the council)."""
    head = name.partition(" ")[0]
    if not forms.get(head, {}).get("town"):
        return []
    places = [term.lstrip("=") for term in _keyword_aliases(name, named, incident, forms)]
    return [f"{lead} {place}" for place in places for lead in _PLACE_LEADS]


# What puts a town's name as a place: a locative preposition, or "de" after a noun of people or things there.
_PLACE_LEADS = ("à", "in", "at", "près de", "near", "de", "d'", "du", "of")


def _bare(name: str) -> list[str]:
    """A name's words, folded, without its articles."""
    return [w for w in fold(name).split() if w not in _ARTICLES]


def _shortens(written: list[str], words: list[str]) -> bool:
    """Whether `written` (two words or more, capitalised) is the name's first words, the last cut short."""
    if len(written) < 2 or len(written) >= len(words) or not all(w[:1].isupper() for w in written):
        return False
    *whole, last = written
    cut = words[len(whole)]
    return whole == words[:len(whole)] and len(last) >= 3 and cut.startswith(last) and cut != last


def _pieces(word: str) -> list[str]:
    """A word in mixed case cut where a capital follows a lower-case letter ("OrthopedicsNY" ->
    "Orthopedics", "NY"); any other word whole."""
    cut = re.split(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])", word)
    return cut if len(cut) > 1 and all(c[:1].isupper() for c in cut) else [word]


def _capital_initials(name: str) -> str:
    """The initials of a name's capitalised words, whatever small words part them ("Ferrovie dello Stato" -> "FS"); ""
    for a name of one such word. Unlike `_initials`, read only where the newsroom gave the acronym as a keyword."""
    capitals = [w for w in _name_words(name) if w[:1].isupper()]
    return "".join(w[0] for w in capitals) if len(capitals) >= 2 else ""


def _contracts(keyword: str, words: list[str]) -> bool:
    """Whether a one-word keyword in mixed case ("UniNE") is made of the openings of the name's
    capitalised words, in order, two at least (each piece one capital and what follows it)."""
    pieces = re.findall(r"[A-ZÀ-Ý][a-zà-ÿ]+|[A-ZÀ-Ý]+(?![a-zà-ÿ])", keyword)
    # (a hyphen may part initials from a word: "HE-Arc" for "Haute Ecole Arc"; not two words,
    # "Sea-Tac", which may be a name of its own)
    hyphen_ok = any(piece.isupper() and len(piece) > 1 for piece in pieces)
    if " " in keyword or keyword.isupper() or keyword.islower() or len(pieces) < 2 or \
            "".join(pieces) != (keyword.replace("-", "") if hyphen_ok else keyword):
        return False
    capitals = [fold(w) for w in words if w[:1].isupper()]
    i = 0
    for piece in pieces:
        while i < len(capitals) and not capitals[i].startswith(fold(piece)):
            # a run of capitals may be initials, each opening a word in turn ("HE": Haute, Ecole)
            if piece.isupper() and len(piece) > 1 and all(
                    i + k < len(capitals) and capitals[i + k].startswith(fold(letter)) for k, letter in enumerate(piece)):
                i += len(piece) - 1
                break
            i += 1
        if i == len(capitals):
            return False
        i += 1
    return True


def _unelided(name: str) -> list[str]:
    """A name's words, an elided article or preposition taken off the word it is written onto ("Ville
    d'Yverdon-les-Bains" has the word "Yverdon-les-Bains"; read for a town's name only, where the bare
    name stands for the council: "de l'Ontario" in an association's name is a place)."""
    return [re.sub(r"^[dlDL]['’]", "", w) for w in name.split()]


def _owns_word(name: str, keyword: str, named: list[str]) -> bool:
    """Whether a one-word keyword names this configured organisation: it is a word of this name
    only, or of several names that all go on from this one ("Premera" for "Premera Blue Cross",
    not for "Premera Blue Cross Blue Shield of Alaska", which the press names in full)."""
    holders = [other for other in named if keyword in other.split() + _unelided(other)]
    return holders == [name] or (name in holders and all(other.startswith(name) for other in holders))


def _initials_spelled(run: list[str], parts: list[str]) -> list[str]:
    """A keyword's words with an abbreviation in dotted capitals written out as the name's words it
    stands for ("L.A. Unified" for "Los Angeles Unified School District" reads "Los Angeles
    Unified"; "Waikato DHB" for "Waikato District Health Board" reads the whole name, an
    abbreviation in capitals after a word of the name), so that it is recognised as a run of the
    name's words; the run unchanged otherwise."""
    out = []
    for i, word in enumerate(run):
        letters = word.replace(".", "")
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word) or (i and re.fullmatch(r"[A-Z]{2,5}", word) and out[-1] in parts):
            starts = [i for i in range(len(parts) - len(letters) + 1)
                      if "".join(w[0] for w in parts[i:i + len(letters)]) == letters]
            if len(starts) == 1:
                out += parts[starts[0]:starts[0] + len(letters)]
                continue
        out.append(word)
    return out


# Articles a keyword may open with that are no part of a short name ("Les Bluets").
_ARTICLES = ("le", "la", "les", "l", "the")


def _name_words(name: str) -> list[str]:
    """A name's words, hyphens and elisions parting them ("Rouquès-Les Bluets" -> "Rouquès", "Les", "Bluets")."""
    return [w for w in re.split(r"[\s\-–]+|(?<=[lLdD])['’]", name) if w]


def _spells_acronym(keyword: str, words: list[str]) -> bool:
    """Whether a keyword of several words is the name with its acronym written out (the acronym's
    letters open the keyword's words in turn, short words skipped, and the name's other words are
    the keyword's other words), or the name's words in another order."""
    said = [fold(w) for w in _name_words(keyword) if fold(w) not in _FILLERS + _ARTICLES]
    own = [fold(w) for w in words if fold(w) not in _FILLERS + _ARTICLES]
    # (a name that is only its acronym is spelled out by a keyword of its words in full: "ARTP" and
    # "Autorité de régulation des télécommunications et des postes"; the joining "et" has no letter)
    acronym_only = len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0]) is not None
    if acronym_only:
        said = [w for w in said if w not in _JOINING]
    if len(said) < 2 or (len(own) < 2 and not acronym_only):
        return False
    if sorted(said) == sorted(own):
        return said != own
    # (or the other way round: the name written out, the keyword with its acronym, "CHI des Trois-Vallées" for
    # "Centre hospitalier intercommunal des Trois-Vallées")
    return _writes_out(words, own, said) or _writes_out(_name_words(keyword), said, own)


def _writes_out(words: list[str], folded_words: list[str], other: list[str]) -> bool:
    """Whether an acronym among `words` (whose folded, significant words are `folded_words`) is written out
    by the first or last words of `other`, the remaining words of both being the same."""
    for acronym in (w for w in words if re.fullmatch(r"[A-Z]{2,6}", w)):
        rest = [w for w in folded_words if w != fold(acronym)]
        size = len(acronym)
        for opening, others in ((other[:size], other[size:]), (other[-size:], other[:-size])):
            if len(opening) == size and "".join(w[0] for w in opening) == fold(acronym) and sorted(others) == sorted(rest):
                return True
    return False


def _capitalised_run(run: list[str]) -> bool:
    """Whether a run of a name's words is capitalised, joining words inside it aside."""
    return bool(run) and run[0][:1].isupper() and run[-1][:1].isupper() and all(
        w[:1].isupper() or fold(w) in _JOINING for w in run[1:-1])


# Lower-case words that may join the capitalised words of a short name ("Hammersmith and Fulham").
_JOINING = ("and", "et", "&", "of", "de", "du", "des")


def _generic_words(forms: dict) -> set[str]:
    """The words org_forms.toml says a company's name drops in short ("Health", "Group", "France")."""
    return {fold(w) for w in forms.get(SHORT_FORMS, {}).get("drop", [])}


# Where an incident profile keeps the profile's own organisations, which the incident does not name.
OTHER_BODIES = "other_bodies"
# The table of org_forms.toml listing the words a company name drops in short ("Kettering
# Health" is "Kettering", "Bouygues Telecom" "Bouygues").
SHORT_FORMS = "_short"


def _short_forms(name: str, forms: dict, others: set[str]) -> list[str]:
    """How the press shortens a configured name: without its last generic words ("Change
    Healthcare" -> "Change", "Barts Health NHS Trust" -> "Barts Health"; "Mackay Memorial Hospital" -> "Mackay",
    the name it honours), by its initials when it
    opens with an abbreviation ("CH Sud Francilien" -> "CHSF", short words skipped: "CH de l'Ouest
    Vosgien" -> "CHOV") or joins two names with "&" ("Marks & Spencer" -> "M&S"), by the capitals
    of a name of capitalised words ("British Airways" -> "BA", written so). A short form that is
    another configured organisation's name is left out."""
    words = name.split()
    out = []
    drop = _generic_words(forms)
    # word by word from the end, while generic: "Barts Health NHS Trust" -> "Barts Health NHS",
    # "Barts Health", "Barts"
    kept = words
    while len(kept) >= 2 and fold(kept[-1]) in drop and words[0][:1].isupper():
        kept = kept[:-1]
        # ("Yum! Brands" -> "Yum": the press writes the short form without the brand's mark)
        out.append(f"={' '.join(kept).rstrip('!?')}")
    # ("Mackay Memorial Hospital" -> "Mackay": a hospital named for someone is called by that name alone)
    if len(words) >= 3 and words[-2:] == ["Memorial", "Hospital"] and words[0][:1].isupper():
        out.append(f"={' '.join(words[:-2])}")
    if "&" in words[1:-1] and all(w[:1].isupper() for w in words if w != "&"):
        # ("Perry Johnson & Associates" -> "PJ&A": the initials on each side of the ampersand)
        amp = words.index("&")
        out.append(f"={''.join(w[0] for w in words[:amp])}&{''.join(w[0] for w in words[amp + 1:])}")
    elif initials := _initials(name):
        out.append(f"={initials}")
    # "CH de l'Ouest Vosgien" -> "CHOV": short words and elisions skipped
    rest = [re.sub(r"^[ldLD]['’]", "", w) for w in words[1:] if w.lower() not in _FILLERS]
    if len(words) >= 3 and re.fullmatch(r"[A-Z]{2,4}", words[0]) and len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        out.append("=" + words[0] + "".join(w[0] for w in rest))
    return [term for term in out if term.lstrip("=") not in others]


# Short words an acronym's letters skip when it is written out ("Police Service of Northern
# Ireland" is PSNI, "Assistance publique-Hôpitaux de Paris" AP-HP).
_FILLERS = ("de", "du", "des", "d", "of", "for")


def _expanded(name: str) -> list[str]:
    """An acronym of three letters or more written out, with at most one short word its letters
    skip: "GHAB" is also "groupement hospitalier Atlantique-Bocage", "AP-HP" "Assistance
    publique-Hôpitaux de Paris", "PSNI" "Police Service of Northern Ireland", "TfL" "Transport
    for London" (a lower-case letter stands for a short word of its own)."""
    letters = re.sub(r"[-.]", "", name)
    if not re.fullmatch(r"[A-Z][A-Za-z]{2,5}", letters) or sum(c.isupper() for c in letters) < 2:
        return []
    words = [f"{letter.lower()}*" for letter in letters]
    out = [" ".join(words)]
    for gap in range(1, len(words)):
        out += [" ".join([*words[:gap], filler, *words[gap:]]) for filler in _FILLERS]
    return out


def _inverted(name: str) -> list[str]:
    """An English name of the form "<kind> of <place>", capitalised on both sides, in the order the
    press also writes it: "Superior Court of Los Angeles County" is "the Los Angeles County Superior
    Court", "University of Manchester" "Manchester University"."""
    kind, of, place = name.partition(" of ")
    if not of or " of " in place or not _capitalised_run(kind.split()) or not _capitalised_run(place.split()) \
            or fold(kind.split()[0]) in _ARTICLES:
        return []
    return [f"{place} {kind}"]


def _possessive(name: str) -> list[str]:
    """A name that opens on a place the press writes in the possessive: "Saskatchewan Liquor and Gaming
    Authority" is also "Saskatchewan's Liquor and Gaming Authority" (three words or more, the first two
    capitalised, the first no article)."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[:2]) or not words[0].isalpha() \
            or fold(words[0]) in _ARTICLES + ("the", "le", "la", "les"):
        return []
    return [f"{words[0]}'s {' '.join(words[1:])}"]


def _acronym_inside(name: str) -> list[str]:
    """A name whose opening words have an acronym, as the press writes it on first mention, in brackets after
    those words and before the rest: "Service public fédéral Intérieur" is also "Service public fédéral (SPF)
    Intérieur" (the rest after the bracket would otherwise read as a separate, longer capitalised name)."""
    words = name.split()
    out = []
    for cut in range(2, len(words)):
        opening = _acronym_words(words[:cut])
        if len(opening) >= 2 and all(w[:1].isalpha() for w in opening) and words[0][:1].isupper():
            out.append(f"{' '.join(words[:cut])} ({_acronym_of(opening)}) {' '.join(words[cut:])}")
    return out


def _acronym_words(words: list[str]) -> list[str]:
    """The words whose initials an acronym takes: not the short words and articles its letters skip."""
    return [w for w in words if fold(w) not in _FILLERS + _ARTICLES + ("et", "and")]


def _acronym_of(words: list[str]) -> str:
    """The acronym of a name's words, in capitals without accents ("Hôpital privé de la Loire" -> "HPL")."""
    return fold("".join(w[0] for w in _acronym_words(words))).upper()


def _initials(name: str) -> str | None:
    """A name of two or more capitalised words by its capitals ("British Airways" -> "BA",
    "Legal Aid Agency" -> "LAA"), the short words between them skipped; None otherwise."""
    words = [w for w in name.split() if w and fold(w) not in _FILLERS + ("la", "le", "l", "the", "and", "et")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(re.fullmatch(r"[A-Z&]{2,}", w) for w in words):
        return None
    return "".join(w[0] for w in words)


@functools.lru_cache(maxsize=32)
def for_incident(profile: Profile, incident: IncidentContext | None) -> Profile:
    """The profile that also knows the incident's organisations; the same profile when there are none.

    The digest takes the organisations in, so claims extracted under another config.toml
    record another extractor version and `reprocess` knows to redo them.
    """
    if incident is None or not incident.organizations:
        return profile
    # The newsroom names the organisations attacked: the slot gives those (and the lexicon's
    # other names for them), not the agencies, regulators and partners a story also names.
    lexicon = profile.terms["organization"]
    named = [org.strip() for org in incident.organizations if org.strip()]
    known = {org: _names_itself(lexicon, org) for org in named}
    # (two configured names for one organisation, its acronym form and the form it spells out, "SPF Intérieur"
    # and "Service public fédéral Intérieur", give one value, the one the newsroom wrote first)
    same = {org: next((first for first in named[:i] if _spells_acronym(org, _name_words(first))), org)
            for i, org in enumerate(named)}
    entries = [(same[org], _organisation_term(org)) for org in named if not known[org]]
    entries += [(same[org], term) for org in named if not known[org]
                for term in _spelled_out(org, profile.org_forms) + _expanded(org) + _inverted(org) + _possessive(org)
                + _capitalised(org) + _uppercased(org)
                + _acronym_inside(org)
                + _short_forms(org, profile.org_forms, set(named))
                + _by_keyword(org, named, incident, profile.org_forms)
                + _keyword_aliases(org, named, incident, profile.org_forms)]
    entries += [(None, term) for org in named if not known[org]
                for term in _town_places(org, named, incident, profile.org_forms)]
    kept = {value for value in known.values() if value}
    entries += [(value, term) for value, term in lexicon.entries if value in kept or value is None]
    # The profile's own organisations stay known as bodies the story names, so that a region
    # in their names ("l'ARS Bretagne") is read as part of a name (LABELLING.md D12).
    terms = {**profile.terms, "organization": TermSet(entries), OTHER_BODIES: lexicon}
    extra = "|".join(sorted(incident.organizations))
    changed = dataclasses.replace(profile, terms=terms, vocabularies={}, incident=incident,
                                  digest=hashlib.sha256(f"{profile.digest}|{extra}".encode()).hexdigest()[:10])
    for lang, vocabulary in profile.vocabularies.items():
        changed.vocabularies[lang] = dataclasses.replace(vocabulary, profile=changed)
    return changed


def _names_itself(lexicon: TermSet, name: str) -> object | None:
    """The organisation the profile's lexicon reads the whole of `name` as, or None."""
    found = lexicon.find(Folded(name))
    return found[0][0] if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(name) else None
