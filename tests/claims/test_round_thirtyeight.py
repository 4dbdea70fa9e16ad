"""Faults any breach's coverage can trip (issue 9, round thirty-eight), one test each, on sentences of our
own about invented incidents: the Ville de Corvenne, the CIUSSS de Marlenne, the Town of St. Arden and the
online seller Vellane."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))
CIUSSS = IncidentContext(organizations=("CIUSSS de Marlenne",), keywords=("Marlenne",), since=dt.date(2015, 1, 1))
ARDEN = IncidentContext(organizations=("Town of St. Arden",), keywords=("St. Arden",), since=dt.date(2025, 11, 1))
VELLANE = IncidentContext(organizations=("Vellane",), keywords=("Vellane",), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = TOWN) -> set[tuple]:
    return slot_of(text, name, lang, PUBLISHED, incident, hedging=False)


def test_an_intensity_never_seen_and_a_sole_purpose_deny_nothing():
    never = ("La Ville de Corvenne a vu ses systèmes informatiques visés dans la nuit de lundi à mardi par une attaque "
             "d'une intensité jamais connue dans la commune.")
    assert ("2025-12-29", "asserted") in slot(never, "attack_date")
    sole = ("Un ancien employé a reconnu avoir fouillé les dossiers du CIUSSS de Marlenne dans le seul but de "
            "transmettre les coordonnées des nouveaux parents à un démarcheur.")
    assert ("contact", "denied") not in slot(sole, "data_category", incident=CIUSSS)


def test_staff_going_through_files_without_right_is_an_insider():
    french = "L'infirmier qui avait fouillé sans droit les dossiers de nouveau-nés du CIUSSS de Marlenne a été congédié."
    english = "A clerk at the CIUSSS de Marlenne was caught snooping in patients' files for years."
    assert ("insider", "asserted") in slot(french, "attack_vector", incident=CIUSSS)
    assert ("insider", "asserted") in slot(english, "attack_vector", "en", CIUSSS)


def test_encrypted_data_and_a_note_demanding_a_ransom_are_ransomware():
    locked = ("The Town of St. Arden says a cyber security incident on Wednesday left its internal server locked and "
              "its data encrypted.")
    note = "The town took the attack on St. Arden's network for ordinary malware, until “a note demanding a ransom” appeared."
    scrambled = ("A gang broke into the server of the Town of St. Arden, scrambling the records of some 5,000 residents "
                 "and demanding payment for the password that would unlock them.")
    for text in (locked, note, scrambled):
        assert ("ransomware", "asserted") in slot(text, "attack_vector", "en", ARDEN), text


def test_data_never_recovered_is_no_data_spared():
    text = ("Part of the scrambled data of the Town of St. Arden, including residents' personal details that criminals "
            "could use to steal identities, was never recovered.")
    assert ("identity", "denied") not in slot(text, "data_category", "en", ARDEN)
    assert ("identity_theft", "asserted") in slot(text, "risk", "en", ARDEN)


def test_a_regulators_finding_on_safeguards_denies_no_count():
    text = ("Vellane did not take reasonable steps to protect the personal information of 928,760 customers, the "
            "Privacy Commissioner found on Wednesday, weeks after a third party got into a temporary database of the "
            "online seller.")
    assert slot(text, "victim_count", "en", VELLANE) == {(928760, "asserted")}


def test_a_report_presented_to_council_dates_no_attack():
    text = ("A report presented to council on Tuesday puts the cost of last month's ransomware attack on St. Arden at "
            "just over $1.3 million.")
    assert slot(text, "attack_date", "en", ARDEN) == set()


def test_an_office_after_an_abbreviated_place_name_is_no_part_of_the_speaker():
    text = "“Frankly, we're all a bit stunned,” St. Arden Mayor Al Strand said by phone."
    assert slot(text, "quote", "en", ARDEN) == {("Al Strand", "asserted")}
