"""Faults any breach's coverage can trip (issue 9, round thirty-five), one test each, on sentences of our
own about invented incidents: the Ville de Corvenne, the abattoir Brevaux, the CHU de Marlenne-Université
Vauclair, the Fenmore Water company and the Kestrel Transit agency."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

TOWN = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 11, 1))
BREVAUX = IncidentContext(organizations=("Brevaux",), keywords=("Brevaux",), since=dt.date(2025, 11, 1))
CHU = IncidentContext(organizations=("CHU de Marlenne-Université Vauclair",), keywords=("CHU de Marlenne", "vol d'ordinateurs"),
                      since=dt.date(2025, 11, 1))
WATER = IncidentContext(organizations=("Fenmore Water",), keywords=("Fenmore",), since=dt.date(2025, 11, 1))
KESTREL = IncidentContext(organizations=("Kestrel Transit",), keywords=("Kestrel",), since=dt.date(2025, 11, 1))
PUBLISHED = dt.date(2025, 12, 30)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = TOWN) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_the_kind_before_a_subject_name_keeps_it_the_subject():
    text = ("L'abattoir normand Brevaux, qui emploie quelque 150 personnes, a dû arrêter toute son usine après une "
            "cyberattaque survenue vendredi.")
    assert slot(text, "organization", incident=BREVAUX) == {("Brevaux", "asserted")}


def test_a_keyword_that_is_the_name_up_to_its_hyphen_names_the_organisation():
    text = "Des cambrioleurs ont dérobé les ordinateurs du CHU de Marlenne, qui renfermaient les dossiers du personnel."
    assert slot(text, "organization", incident=CHU) == {("CHU de Marlenne-Université Vauclair", "asserted")}


def test_not_stopped_from_delivering_care_is_no_impact_on_care():
    text = "Fenmore Water says the incident has not stopped it delivering care at its two clinics."
    assert slot(text, "care_impact", "en", WATER) == {("care", "denied")}


def test_responding_touting_and_an_account_created_date_no_attack():
    responding = "Fenmore Water started responding to the cyber incident on Tuesday, 16 December."
    touting = "Hackers had been touting the Fenmore Water data on a breach forum since at least Sunday."
    created = "The newest account in the stolen Fenmore Water file was created on 20 June, so the breach could be old."
    for text in (responding, touting, created):
        assert slot(text, "attack_date", "en", WATER) == set(), text


def test_a_body_named_with_s_before_a_person_is_no_part_of_the_speaker():
    text = "“Waiting for a ransom note to tell you that you have been breached is not good enough,” said the ICO's Ian Hulme."
    assert slot(text, "quote", "en", WATER) == {("Ian Hulme", "asserted")}
    assert ("ransomware", "denied") not in slot(text, "attack_vector", "en", WATER)


def test_people_joining_a_group_claim_are_no_victim_count():
    text = "Close to 1,000 people have now joined a group claim against Fenmore Water over the 2025 attack on its systems."
    assert slot(text, "victim_count", "en", WATER) == set()


def test_what_ended_up_online_was_taken():
    text = ("What ended up online was sweeping: names, home addresses, dates of birth and bank account details of "
            "Fenmore Water customers.")
    assert slot(text, "data_category", "en", WATER) >= {("identity", "asserted"), ("contact", "asserted"),
                                                         ("banking", "asserted")}


def test_contracts_opened_in_a_victims_name_are_identity_theft():
    text = "One customer says fraudsters opened two mobile phone contracts in his name after the Fenmore Water breach."
    assert ("identity_theft", "asserted") in slot(text, "risk", "en", WATER)


def test_e_mails_posing_as_usual_correspondents_are_phishing():
    text = ("Le logiciel malveillant, glissé dans des courriels qui se faisaient passer pour des correspondants "
            "habituels, s'est répandu dans les réseaux de la Ville de Corvenne.")
    assert ("phishing", "asserted") in slot(text, "attack_vector")


def test_the_day_before_is_the_day_before_the_one_named():
    text = ("Selon la presse locale, c'est le samedi 20 décembre que Brevaux a dû mettre son activité à l'arrêt, "
            "l'attaque elle-même remontant à la veille.")
    assert ("2025-12-19", "asserted") in slot(text, "attack_date", incident=BREVAUX)


def test_a_correction_after_a_disowned_date_dates_the_attack():
    text = "Ce n'est pas le mercredi 17 décembre que la Ville de Corvenne a été attaquée, mais la veille au soir."
    assert slot(text, "attack_date") == {("2025-12-17", "denied"), ("2025-12-16", "asserted")}


def test_a_negation_right_before_a_date_denies_only_the_date():
    text = "Ransomware struck Kestrel Transit on December 19 — not on December 23, the Monday it went public."
    assert slot(text, "attack_vector", "en", KESTREL) == {("ransomware", "asserted")}
    assert slot(text, "attack_date", "en", KESTREL) == {("2025-12-19", "asserted"), ("2025-12-23", "denied")}


def test_what_an_organisation_has_not_done_since_the_attack_denies_no_attack():
    text = "La Ville de Corvenne n'a toujours pas rouvert son guichet unique après la cyberattaque de samedi."
    assert slot(text, "organization") == {("Ville de Corvenne", "asserted")}


def test_data_caught_up_or_never_at_risk_is_denied():
    text = ("A Fenmore Water spokeswoman said neither passwords nor financial information had been caught up, and "
            "that card and bank data were never at risk.")
    assert slot(text, "data_category", "en", WATER) == {("credentials", "denied"), ("banking", "denied")}


def test_not_facing_any_cyber_attack_denies_the_organisation():
    text = "Fenmore Water is not facing any cyber attack, its chief executive said on Monday."
    assert slot(text, "organization", "en", WATER) == {("Fenmore Water", "denied")}


def test_a_time_between_the_verb_and_the_speaker_after_a_quotation():
    text = "« Notre service informatique a réagi très vite », se félicitait à l'époque Brevaux."
    assert slot(text, "quote", incident=BREVAUX) == {("Brevaux", "asserted")}
