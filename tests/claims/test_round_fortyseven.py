"""Faults any breach's coverage can trip (issue 9, round forty-seven), one test each, on sentences of our
own about invented incidents: the Brisco airline, the Tarrant Valley school district, the Norwell clinics,
the Holmfirth department store, the Medivisite company and the Cave de Sorèze cooperative."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of, slot_of

BRISCO = IncidentContext(organizations=("Brisco Air",), keywords=("Brisco",), since=dt.date(2025, 3, 1))
TARRANT = IncidentContext(organizations=("Tarrant Valley Schools",), keywords=("Tarrant",), since=dt.date(2025, 3, 1))
NORWELL = IncidentContext(organizations=("Norwell Health Centers",), keywords=("Norwell",), since=dt.date(2025, 3, 1))
HOLMFIRTH = IncidentContext(organizations=("Holmfirth",), keywords=("Holmfirth",), since=dt.date(2025, 3, 1))
MEDIVISITE = IncidentContext(organizations=("Medivisite",), keywords=("Medivisite",), since=dt.date(2025, 3, 1))
SOREZE = IncidentContext(organizations=("Cave de Sorèze",), keywords=("Sorèze",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def fr(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


def orgs(text: str, lang: str, incident: IncidentContext) -> set[tuple]:
    return organisations_of(claims_of(text, lang, PUBLISHED, incident))


# Who was attacked, and who was not said to be spared.

def test_not_the_first_to_own_up_to_a_breach_is_one_that_did():
    text = "Holmfirth is not the first British department store to own up to a breach of customer data."
    assert orgs(text, "en", HOLMFIRTH) == {("Holmfirth", "asserted")}


def test_a_question_of_how_they_got_in_takes_the_intrusion_as_given():
    text = "Par quelle porte les pirates se sont-ils introduits dans le réseau de la Cave de Sorèze ?"
    assert orgs(text, "fr", SOREZE) == {("Cave de Sorèze", "asserted")}


def test_not_hitting_its_servers_directly_denies_nothing():
    text = ("C'est bien un portail de Medivisite qu'un intrus a pu parcourir, même si l'attaque n'a pas frappé "
            "directement ses serveurs mais le poste d'un client.")
    assert ("Medivisite", "denied") not in orgs(text, "fr", MEDIVISITE)


def test_systems_secure_again_after_no_evidence_of_misuse_deny_no_attack():
    text = ("Norwell Health Centers is offering credit monitoring, although it says there is no evidence so far that "
            "anyone's information has been misused and that its systems are secure again.")
    assert ("Norwell Health Centers", "denied") not in orgs(text, "en", NORWELL)


def test_the_silos_that_never_stopped_running_deny_no_region():
    text = ("Dans l'Aube, en Grand Est, les silos de la Cave de Sorèze n'ont pas cessé de tourner malgré "
            "l'attaque.")
    assert fr(text, "region", SOREZE) == {("Grand Est", "asserted", False)}


def test_a_report_then_advice_keeps_the_report():
    text = ("Tarrant Valley Schools says a cyberattack reached about 4,500 of its 180,000 user accounts, and that "
            "every user will have to reset their password on Tuesday.")
    assert en(text, "accounts_compromised", TARRANT) == {(4500, "asserted", False)}


# Ways in, data and risks.

def test_a_configuration_error_is_a_vulnerability():
    text = ("Brisco Air said the names and phone numbers of some users may have been seen because of a technical "
            "configuration error in its website.")
    assert en(text, "attack_vector", BRISCO) == {("vulnerability", "asserted", True)}


def test_the_first_item_of_a_possible_list_is_possible_too():
    text = ("Brisco Air, the country's newest airline, which flew its first service only on March 7, said on Sunday "
            "that the names, genders, email addresses and phone numbers of some users may have been accessed by "
            "unauthorised individuals.")
    assert en(text, "data_category", BRISCO) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_a_login_service_is_no_credentials():
    text = ("Brisco Air shut down the elements involved and only then switched its login and sign-up services back "
            "on after the breach.")
    assert ("credentials", "asserted", False) not in en(text, "data_category", BRISCO)


def test_payment_records_spared_are_banking_denied():
    text = "In Brisco Air's case, the airline says, no travel or payment records were exposed."
    assert en(text, "data_category", BRISCO) == {("banking", "denied", False)}


def test_medical_inspection_reports_are_medical():
    text = ("D'après l'entreprise, quelque 50 000 rapports de contrôle médical de Medivisite auraient été "
            "emportés.")
    assert fr(text, "data_category", MEDIVISITE) == {("medical", "asserted", True)}


def test_messages_that_look_as_if_they_came_from_it_are_phishing():
    text = ("Medivisite avertit que des criminels pourraient envoyer des courriels « qui ont l'air d'émaner de "
            "Medivisite » aux salariés concernés.")
    assert fr(text, "risk", MEDIVISITE) == {("phishing", "asserted", False)}


def test_identifiers_reused_to_log_in_are_impersonation():
    text = ("Le pirate n'a eu qu'à réutiliser ces identifiants pour se connecter à un portail de Medivisite réservé "
            "aux clients.")
    assert ("impersonation", "asserted", False) in fr(text, "attack_vector", MEDIVISITE)


# Hedges.

def test_a_gang_owning_up_to_the_attack_hedges_no_attack():
    text = ("The Rhysida gang has added the district to its leak site, claiming the Mar. 4 attack on Tarrant Valley "
            "Schools and auctioning what it says is data stolen in it.")
    assert orgs(text, "en", TARRANT) == {("Tarrant Valley Schools", "asserted")}
    assert not any(c[3] for c in claims_of(text, "en", PUBLISHED, TARRANT) if c[0] == "organization")


def test_the_attack_on_it_is_not_doubted_by_what_it_could_lead_to():
    text = ("The superintendent acknowledged that the attack on Tarrant Valley Schools could end with users' personal "
            "information being disclosed.")
    assert not any(c[3] for c in claims_of(text, "en", PUBLISHED, TARRANT) if c[0] == "organization")


def test_what_a_letter_only_hints_at_is_hedged():
    text = "In its letter, Holmfirth hints that the intruders exploited a weakness in its website."
    assert en(text, "attack_vector", HOLMFIRTH) == {("vulnerability", "asserted", True)}



def test_a_weakness_not_caught_by_the_company_is_still_the_way_in():
    text = ("The weakness was not caught by Brisco Air itself: a researcher flagged the vulnerability in its website "
            "through which users' details were exposed.")
    assert ("vulnerability", "denied", False) not in en(text, "attack_vector", BRISCO)


def test_bank_details_fraudsters_try_to_pry_out_of_people_were_not_taken():
    text = ("Leaked details raise the risk of phishing for Brisco Air's users, since fraudsters rely on them when they "
            "try to pry bank information out of people. No travel or payment records were exposed, the airline says.")
    assert en(text, "data_category", BRISCO) == {("banking", "denied", False)}
