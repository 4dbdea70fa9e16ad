"""Faults any breach's coverage can trip (issue 9, round forty-three), one test each, on sentences of our own
about invented incidents: the ticketing firm Billetel, the children's hospital CHU Sainte-Aurore and the
haulier Martin Brooks Chilled."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

TICKETS = IncidentContext(organizations=("Billetel",), keywords=("Billetel",), since=dt.date(2025, 6, 1))
HOSPITAL = IncidentContext(organizations=("CHU Sainte-Aurore",), keywords=("Sainte-Aurore",), since=dt.date(2020, 1, 1))
HAULIER = IncidentContext(organizations=("Martin Brooks Chilled",), keywords=("Martin Brooks Chilled", "haulier"),
                          since=dt.date(2025, 5, 1))
PUBLISHED = dt.date(2025, 7, 10)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "fr") -> set[tuple]:
    return slot_of(text, name, lang, PUBLISHED, incident)


def test_a_participle_aside_in_a_concessions_subject_keeps_the_main_clause_asserted():
    text = ("Même si les coordonnées bancaires, collectées par un autre prestataire que Billetel, sont restées à "
            "l'abri, des mots de passe ont été compromis dans certains cas.")
    got = slot(text, "data_category", TICKETS)
    assert ("banking", "denied", False) in got and ("credentials", "asserted", False) in got
    assert ("banking", "asserted", False) not in got and ("credentials", "denied", False) not in got


def test_staff_opening_files_for_no_reason_of_their_work_are_insiders():
    text = ("Le CHU Sainte-Aurore a congédié une employée qui avait ouvert, sans aucune raison liée à son travail, les "
            "dossiers médicaux de 200 patients.")
    assert slot(text, "attack_vector", HOSPITAL) == {("insider", "asserted", False)}
    text = "L'hôpital a découvert qu'une seule employée avait fouillé 500 dossiers médicaux sans motif."
    assert slot(text, "attack_vector", HOSPITAL) == {("insider", "asserted", False)}


def test_reading_records_out_of_curiosity_is_an_insider_in_english_too():
    text = "Two nurses at CHU Sainte-Aurore looked through the records of 90 patients out of curiosity, the hospital said."
    assert ("insider", "asserted", False) in slot(text, "attack_vector", HOSPITAL, "en")


def test_a_trade_word_the_press_drops_still_names_the_company():
    text = "The attack on Martin Brooks disrupted deliveries to supermarkets for a week."
    assert slot(text, "organization", HAULIER, "en") == {("Martin Brooks Chilled", "asserted", False)}


def test_venues_are_no_victims():
    text = ("Près de 400 salles de spectacles françaises, du petit théâtre municipal à la scène nationale, ont vu "
            "fuiter les coordonnées de leurs spectateurs après le piratage de leur prestataire de billetterie, Billetel.")
    assert slot(text, "victim_count", TICKETS) == set()


def test_fearing_ones_identity_stolen_names_identity_theft():
    text = ("Une ancienne employée dont les données figuraient dans le lot déplore n'avoir reçu qu'une lettre : elle "
            "craint qu'on lui vole son identité, après la fuite au CHU Sainte-Aurore.")
    assert {value for value, _p, _h in slot(text, "risk", HOSPITAL)} == {"identity_theft"}
