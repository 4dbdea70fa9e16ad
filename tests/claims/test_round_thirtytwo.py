"""Faults any breach's coverage can trip (issue 9, round thirty-two), one test each, on sentences of our
own about invented incidents: the Centrale santé de Valmont (an ambulance dispatch centre), the Darrow
Clinic, the Ostrel group and its client Brenmark."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

CENTRALE = IncidentContext(organizations=("Centrale santé de Valmont",), keywords=("Valmont", "ambulances"),
                           since=dt.date(2025, 1, 1))
DARROW = IncidentContext(organizations=("Darrow Clinic",), keywords=("Darrow",), since=dt.date(2025, 1, 1))
OSTREL = IncidentContext(organizations=("Ostrel", "Brenmark"), keywords=("Ostrel",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 3, 19)  # a Wednesday


def slot(text: str, name: str, lang: str = "en", incident: IncidentContext = DARROW) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_an_ambulance_service_running_as_usual_and_paramedics_on_paper():
    usual = ("Couverture ambulancière et prise des appels se maintiennent comme à l'habitude malgré la cyberattaque "
             "contre la Centrale santé de Valmont.")
    served = "Après la cyberattaque, la Centrale santé de Valmont le répète : la population est servie comme à l'ordinaire."
    paper = "Depuis la cyberattaque contre la Centrale santé de Valmont, les paramédics consignent leurs affectations sur papier."
    assert ("care", "denied") in slot(usual, "care_impact", "fr", CENTRALE)
    assert ("care", "denied") in slot(served, "care_impact", "fr", CENTRALE)
    assert ("care", "asserted") in slot(paper, "care_impact", "fr", CENTRALE)


def test_what_intruders_roamed_or_downloaded_illegally_date_the_attack_but_a_bare_weekend_does_not():
    # round fifty: a weekend no date places names two days, not the Saturday
    weekend = "The Darrow Clinic was hit by ransomware at the weekend, its director said."
    roamed = "Intruders had roamed the Darrow Clinic's email accounts from Jan. 2 to Feb. 8."
    downloaded = "Files were illegally downloaded from the Darrow Clinic's file-transfer system on Feb. 25."
    assert slot(weekend, "attack_date") == set()
    assert ("2025-01-02", "asserted") in slot(roamed, "attack_date")
    assert ("2025-02-25", "asserted") in slot(downloaded, "attack_date")


def test_the_day_of_discovery_and_a_gang_s_listing_are_no_attack_dates():
    found = ("L'anomalie a été repérée mardi sur les serveurs d'Ostrel. Mardi n'est pourtant que le jour de la "
             "découverte ; l'intrusion elle-même remonte à plus loin.")
    listed = "Ostrel aurait été prise pour cible par LockBit : le gang l'a inscrite jeudi sur la liste de ses victimes."
    assert ("2025-03-18", "denied") in slot(found, "attack_date", "fr", OSTREL)
    assert ("2025-03-13", "asserted") not in slot(listed, "attack_date", "fr", OSTREL)


def test_a_company_s_statement_speaks_for_the_company():
    # (a parent the incident does not name: its name is known only from the possessive)
    text = "Halvard's statement was short: “We know of reports that Brenmark was hit by a cyberattack.”"
    assert slot(text, "quote", incident=OSTREL) == {("Halvard", "asserted")}


def test_a_speaker_after_whom_the_words_were_addressed_to():
    text = ("« Vos actes risquent d'infliger encore davantage de souffrance », a lancé aux pirates le directeur "
            "général d'Ostrel, Robert Marceau, après la cyberattaque.")
    assert slot(text, "quote", "fr", OSTREL) == {("Robert Marceau", "asserted")}


def test_he_added_goes_on_for_the_last_speaker_not_a_firm_named_after_him():
    text = ("“Patients should be able to count on their records staying private,” said Jason Pell, a lawyer working "
            "with Harlow Brand Quist of Kansas City on the suit against the Darrow Clinic. “This was preventable,” "
            "he added.")
    assert slot(text, "quote") == {("Jason Pell", "asserted")}


def test_what_a_monitoring_service_watches_for_and_what_a_settlement_pays_for_are_no_risks():
    service = "The Darrow Clinic has given staff access to IDWatch, which monitors for identity theft."
    settlement = ("Darrow Clinic patients can recover up to $7,500 if they suffered fraud or identity theft after the "
                  "breach.")
    assert slot(service, "risk") == set()
    assert slot(settlement, "risk") == set()


def test_a_client_s_people_whose_data_was_stolen_present_the_client_as_hit():
    text = "Ostrel says the attackers stole personal details of 6,632 Brenmark employees from its private cloud."
    assert ("Brenmark", "asserted") in slot(text, "organization", incident=OSTREL)


def test_without_counting_adds_to_what_was_taken():
    text = ("Ce qui a été emporté chez Ostrel, ce sont des noms et des coordonnées, sans compter les identifiants de "
            "connexion de 2 000 salariés.")
    assert ("credentials", "asserted") in slot(text, "data_category", "fr", OSTREL)


def test_screens_encrypted_is_ransomware():
    text = "« Quand l'équipe est arrivée à sept heures, tous ses écrans étaient chiffrés », se souvient le patron d'Ostrel."
    assert ("ransomware", "asserted") in slot(text, "attack_vector", "fr", OSTREL)


def test_files_that_spill_into_the_open_were_taken():
    text = "More than 400 Darrow Clinic staff have had HR files and passport scans spill into the open."
    assert ("identity", "asserted") in slot(text, "data_category")


def test_a_phishing_message_answered_or_where_it_all_started_is_the_way_in():
    answered = "The intrusion at the Darrow Clinic started when an employee answered a phishing message."
    started = "Chez Ostrel, tout serait parti d'un courriel d'hameçonnage ouvert sur un poste ordinaire."
    assert ("phishing", "asserted") in slot(answered, "attack_vector")
    assert ("phishing", "asserted") in slot(started, "attack_vector", "fr", OSTREL)
