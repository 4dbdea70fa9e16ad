"""One name per speaker of quotations, whatever the language: "the Normandy health agency" is "ARS Normandie".

Quotations cluster by speaker (slot `quote`, value = the speaker), so a French article quoting
"l'ARS Normandie" and an English one quoting "the Normandy health agency" must give one value.
An organisation is recognised by the profile's speakers.toml (its names in each language) and
its region by regions.toml; a person keeps the name as written, titles aside ("Dr", "Ms"), and a
surname alone takes the full name already known for it (`full_names`).
"""

from __future__ import annotations

import functools
import re
import tomllib

from claims.extraction.lexicon import Folded, TermSet, find_mentions
from claims.extraction.model import Profile
from claims.extraction.profile import PROFILES_DIR

_TITLE = re.compile(r"^(?:(?:l['’]|le|la|les|the)\s+)?(?:Dr|Pr|Prof|M|Mme|Mlle|Me|Mr|Mrs|Ms|Docteur|Professeur)\.?\s+",
                    re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _organisations(profile_name: str) -> TermSet | None:
    path = PROFILES_DIR / profile_name / "speakers.toml"
    if not path.exists():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return TermSet([(name, term) for name, langs in data.items() for terms in langs.values() for term in terms])


def canonical_speaker(value: str, profile: Profile) -> str:
    """The speaker's one name: "ARS Normandie" for an agency of a region, the person's name without title."""
    name = _TITLE.sub("", value.strip())
    name = _ARTICLE.sub("", name).strip()
    organisations = _organisations(profile.name)
    folded = Folded(name)
    found = organisations.find(folded) if organisations is not None else []
    if found:
        regions = find_mentions("region", profile, folded) if "region" in profile.terms else []
        organisation = found[0][0]
        return f"{organisation} {regions[0].value}" if regions else organisation
    return name or value


def full_names(value: str, known: list[str]) -> str:
    """A surname alone ("Ferrand-Oury") as the one full name known that ends with it, else as it is."""
    if " " in value or not value[:1].isupper():
        return value
    matches = sorted({k for k in known if k.endswith(" " + value)})
    return matches[0] if len(matches) == 1 else value
