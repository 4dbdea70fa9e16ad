"""Faults any breach's coverage can trip (issue 9, round forty-four), one test each, on sentences of our own
about invented incidents: the glassmaker Verrerie d'Argonne and the Hôpital du Rocher."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

GLASS = IncidentContext(organizations=("Verrerie d'Argonne",), keywords=("Argonne",), since=dt.date(2025, 9, 1))
HOSPITAL = IncidentContext(organizations=("Hôpital du Rocher",), keywords=("Rocher",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 11, 5)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "fr") -> set[tuple]:
    return slot_of(text, name, lang, PUBLISHED, incident)


def test_a_warning_against_unusual_or_suspect_messages_names_phishing():
    text = ("Un courriel envoyé aux clients de la Verrerie d'Argonne mardi soir les invite à se méfier de tout message "
            "inhabituel ou suspect qui leur parviendrait et, au moindre doute, à appeler la maison.")
    assert {value for value, _p, _h in slot(text, "risk", GLASS)} == {"phishing"}


def test_a_former_contractor_getting_even_is_an_insider():
    text = ("Le pirate de l'Hôpital du Rocher est un ancien contractuel de son service informatique, qui a reconnu les "
            "faits après avoir été convoqué par la justice.")
    assert ("insider", "asserted", False) in slot(text, "attack_vector", HOSPITAL)


def test_logging_into_someone_elses_mailbox_is_impersonation():
    text = ("Le 15 juin, depuis un cybercafé, il s'est connecté à la messagerie de son ancienne cheffe à l'Hôpital du "
            "Rocher pour expédier le fichier du personnel.")
    assert ("impersonation", "asserted", False) in slot(text, "attack_vector", HOSPITAL)
