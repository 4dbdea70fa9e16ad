"""Faults any breach's coverage can trip (issue 9, round forty), one test each, on sentences of our own
about invented incidents: the mortgage servicer Mr. Halloway, the Orrin County government, the
Tessier fuel merchant and the Ravel clinic."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

SERVICER = IncidentContext(organizations=("Mr. Halloway",), keywords=("Halloway",), since=dt.date(2025, 3, 1))
COUNTY = IncidentContext(organizations=("Orrin County",), keywords=("Orrin",), since=dt.date(2025, 3, 1))
MERCHANT = IncidentContext(organizations=("Tessier SA",), keywords=("Tessier",), since=dt.date(2025, 3, 1))
CLINIC = IncidentContext(organizations=("Clinique Ravel",), keywords=("Ravel",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return slot_of(text, name, lang, PUBLISHED, incident)


def test_a_base_the_company_serves_after_a_comparison_leaves_the_victims_counted():
    text = ("Thieves took personal details on almost 9.2 million people from Mr. Halloway's systems, in effect every "
            "current and former customer, the servicer disclosed in filings on Friday and Monday, far more than the 2.1 "
            "million borrowers it serves today.")
    assert slot(text, "victim_count", SERVICER) == {(9200000, "asserted", False)}


def test_a_title_before_a_name_ends_no_phrase_in_a_period_of_the_attack():
    text = "An outsider was inside some of Mr. Halloway's systems from May 2 to May 4, and copied files in that window."
    assert slot(text, "attack_date", SERVICER) == {("2025-05-02", "asserted", False)}


def test_files_kept_from_being_encrypted_deny_ransomware_and_nothing_else():
    text = ("Orrin County said its response, including password resets for all staff, had cut the theft short and "
            "kept every one of its servers from being encrypted.")
    assert slot(text, "attack_vector", COUNTY) == {("ransomware", "denied", False)}
    assert ("credentials", "denied", False) not in slot(text, "data_category", COUNTY)


def test_a_conditional_relative_clause_hedges_itself_not_the_attack_before_it():
    text = ("Le négociant Tessier SA a été frappé dimanche par un rançongiciel qui, selon le parquet, aurait rendu "
            "illisibles la plupart de ses fichiers.")
    assert ("ransomware", "asserted", False) in slot(text, "attack_vector", MERCHANT, "fr")
    assert ("Tessier SA", "asserted", False) in slot(text, "organization", MERCHANT, "fr")


def test_the_station_before_the_speaker_is_no_part_of_the_name():
    text = ("« Rien n'est sorti de nos serveurs », a affirmé mercredi sur France Bleu Hélène Vasseur, pour qui le "
            "risque reste faible.")
    assert slot(text, "quote", MERCHANT, "fr") == {("Hélène Vasseur", "asserted", False)}


def test_a_list_after_a_colon_keeps_the_hedge_past_a_bracketed_aside():
    text = ("What the intruders may have copied reads like a full record: names, card numbers (expiry dates "
            "included), diagnoses and treatment costs.")
    got = slot(text, "data_category", CLINIC)
    assert {("banking", "asserted", True), ("medical", "asserted", True)} <= got
    assert slot(text, "care_impact", CLINIC) == set()


def test_a_frame_of_seeming_hedges_the_denial_it_frames():
    text = "« Pour l'heure, il semble qu'aucune coordonnée bancaire n'ait été dérobée », tempère la directrice."
    assert slot(text, "data_category", CLINIC, "fr") == {("banking", "denied", True)}


def test_a_message_that_claims_to_come_from_the_company_hedges_nothing():
    # (a named outlet, as in mrc-en41-009: an unnamed blog's warning would hedge what it says, D2)
    text = ("With bank account numbers now in criminal hands, customers should distrust any text message that claims "
            "to come from Mr. Halloway, the security site Breachwire warns.")
    assert slot(text, "data_category", SERVICER) == {("banking", "asserted", False)}


def test_the_attack_costing_its_subject_names_it_attacked():
    text = "Mr. Halloway now expects the cyberattack to cost it about $18 million this quarter."
    assert slot(text, "organization", SERVICER) == {("Mr. Halloway", "asserted", False)}


def test_the_ransomware_an_attack_noun_names_with_its_article_is_given_whatever_is_denied():
    text = "Depuis l'attaque au rançongiciel, Tessier ne peut plus livrer la moindre commande de fioul."
    assert slot(text, "attack_vector", MERCHANT, "fr") == {("ransomware", "asserted", False)}


def test_a_likeness_to_ransomware_is_hedged():
    text = ("Le mode opératoire, des fichiers verrouillés par chiffrement, fait fortement penser à un rançongiciel, "
            "même si Tessier n'a reçu aucune demande de rançon.")
    assert ("ransomware", "asserted", True) in slot(text, "attack_vector", MERCHANT, "fr")


def test_the_ransom_demand_called_blackmail_is_no_fraud_risk():
    text = ("« Aucune donnée de client n'a été dérobée », assure le directeur, qui voit dans cette prise d'otage "
            "informatique une forme de chantage économique contre Tessier.")
    assert slot(text, "risk", MERCHANT, "fr") == set()


def test_withholding_which_strain_of_ransomware_denies_no_ransomware():
    text = ("Clinique Ravel's spokeswoman said in an email that neither patient care nor medical devices were affected, "
            "though she would not give the strain of ransomware, the sum paid or the number of patients involved.")
    assert ("ransomware", "denied", True) not in slot(text, "attack_vector", CLINIC)
    assert ("ransomware", "denied", False) not in slot(text, "attack_vector", CLINIC)
