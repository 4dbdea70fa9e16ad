"""Faults any breach's coverage can trip (issue 9, round forty-one), one test each, on sentences of our own
about invented incidents: the retailer Outlet 54, the lender Brightmore, the health network Kauri Health,
the daily Estuaire Matin and the town of Sainte-Rose in La Réunion."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

RETAILER = IncidentContext(organizations=("Outlet 54",), keywords=("Outlet 54",), since=dt.date(2025, 1, 1))
LENDER = IncidentContext(organizations=("Brightmore",), keywords=("Brightmore",), since=dt.date(2025, 3, 1))
NETWORK = IncidentContext(organizations=("Kauri Health",), keywords=("Kauri",), since=dt.date(2025, 3, 1))
DAILY = IncidentContext(organizations=("Estuaire Matin",), keywords=("Estuaire Matin",),
                        since=dt.date(2025, 11, 1))
TOWN = IncidentContext(organizations=("Ville de Sainte-Rose",), keywords=("Sainte-Rose",), since=dt.date(2025, 12, 1))
PUBLISHED = dt.date(2026, 1, 8)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en", published: dt.date = PUBLISHED) -> set[tuple]:
    return slot_of(text, name, lang, published, incident)


def test_not_knowing_yet_whether_files_were_encrypted_says_nothing_of_ransomware():
    text = ("Cette semaine, c'est Estuaire Matin qui a dû réduire la voilure après une cyberattaque, sans "
            "que l'on sache encore si ses fichiers ont été chiffrés.")
    assert slot(text, "attack_vector", DAILY, "fr") == set()
    assert ("Estuaire Matin", "denied", False) not in slot(text, "organization", DAILY, "fr")


def test_not_the_first_alert_denies_no_region():
    text = ("La Réunion n'en est pas à sa première alerte : c'est désormais Sainte-Rose qui tourne en mode dégradé "
            "depuis que des pirates ont infecté les serveurs de la mairie.")
    got = slot(text, "region", TOWN, "fr")
    assert not any(polarity == "denied" for _value, polarity, _hedged in got)


def test_malicious_files_planted_on_servers_are_no_phishing():
    text = "Dans la nuit du 31 décembre, des fichiers malveillants ont été introduits dans les serveurs de la mairie de Sainte-Rose."
    assert ("phishing", "asserted", False) not in slot(text, "attack_vector", TOWN, "fr")


def test_an_overseas_channel_named_after_the_island_places_nothing():
    text = "La municipalité de Sainte-Rose n'a reçu aucune demande de rançon, rapporte Réunion La 1ère."
    assert slot(text, "region", TOWN, "fr") == set()


def test_the_network_posted_on_and_the_time_of_day_are_no_part_of_the_speaker():
    posted = ("« Notre site ne peut plus être mis à jour depuis hier midi », a signalé mardi matin Estuaire Matin sur "
              "Twitter, après une attaque informatique.")
    assert slot(posted, "quote", DAILY, "fr") == {("Estuaire Matin", "asserted", False)}
    confided = ("« On n'a plus rien, ni messagerie ni mise en page », confiait en matinée une journaliste du "
                "quotidien, au lendemain de la cyberattaque contre Estuaire Matin.")
    assert slot(confided, "quote", DAILY, "fr") == {("journaliste du quotidien", "asserted", False)}


def test_a_breach_lasting_from_a_date_and_involving_data_gives_both():
    text = ("The notice Outlet 54 filed in Maine describes a breach of its systems from outside, lasting from February 3 "
            "to April 9, 2025, and involving names combined with Social Security numbers.")
    assert slot(text, "attack_date", RETAILER) == {("2025-02-03", "asserted", False)}
    assert {("identity", "asserted", False), ("social_security_number", "asserted", False)} <= slot(
        text, "data_category", RETAILER)


def test_a_figure_in_the_organisations_name_counts_nobody():
    text = "Files the intruder took from Outlet 54's systems held workers' names and bank account numbers."
    assert slot(text, "victim_count", RETAILER) == set()


def test_a_possibility_coordinated_after_a_statement_hedges_only_itself():
    text = ("Brightmore told customers on Tuesday that an outsider had got into part of its IT system and may have "
            "accessed some customer information.")
    assert slot(text, "organization", LENDER) == {("Brightmore", "asserted", False)}


def test_what_the_attackers_did_after_a_possibility_stays_asserted():
    text = ("The personal details of close to 400,000 people in the region may have been exposed after hackers broke "
            "into Kauri Health, the network revealed on Saturday, saying its website had been hit on 5 August as part "
            "of a wider attack.")
    assert slot(text, "organization", NETWORK) == {("Kauri Health", "asserted", False)}
    assert slot(text, "attack_date", NETWORK, published=dt.date(2025, 10, 4)) == {("2025-08-05", "asserted", False)}


def test_a_subject_of_possibility_hedges_the_list_it_introduces():
    text = ("What they may have seen, the ministry said, includes patients' names, dates of birth and addresses; "
            "consultation notes were never held there.")
    got = slot(text, "data_category", NETWORK)
    assert {("identity", "asserted", True), ("contact", "asserted", True)} <= got


def test_an_office_with_its_complement_before_a_titled_name_gives_the_person():
    text = ("Director-General of Health Dr Mere Tamaki said the ministry had waited until the systems were secure. "
            "“We had to be sure going public would not add to the harm,” she said.")
    assert slot(text, "quote", NETWORK) == {("Mere Tamaki", "asserted", False)}


def test_brought_down_in_french_names_the_organisation_hit():
    text = "Le quotidien régional Estuaire Matin a été mis à terre mardi par des pirates."
    assert slot(text, "organization", DAILY, "fr") == {("Estuaire Matin", "asserted", False)}


def test_the_gang_described_as_a_ransomware_gang_is_no_way_in():
    text = ("The Quill ransomware gang has put Brightmore on its leak site, claiming to have taken around 200 GB of "
            "files, among them documents holding customers' personal details.")
    assert slot(text, "attack_vector", LENDER) == set()


def test_the_companys_history_set_off_before_it_makes_no_recap():
    text = ("Placé en liquidation judiciaire le 21 avril avant d'être repris en juin, Estuaire Matin se "
            "serait bien passé de cette épreuve : l'attaque informatique de la nuit du 17 au 18 novembre a privé sa "
            "rédaction de ses outils.")
    assert slot(text, "attack_date", DAILY, "fr", dt.date(2025, 11, 20)) == {("2025-11-17", "asserted", False)}


def test_results_left_open_to_anyone_were_exposed():
    text = "Le laboratoire de Kauri Health avait laissé en accès libre sur le web des résultats d'examens de patients."
    assert ("medical", "asserted", False) in slot(text, "data_category", NETWORK, "fr")


def test_identity_fraudsters_name_identity_theft():
    text = ("A health IT newsletter warned that the enrolment details Kauri Health keeps are exactly what identity "
            "fraudsters are after.")
    got = {value for value, _polarity, _hedged in slot(text, "risk", NETWORK)}
    assert got == {"identity_theft"}
