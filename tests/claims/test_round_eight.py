"""Constructions read wrong on the sixth dev batch's unseen breaches (issue 9, round eight), one test
each, on sentences of our own about an invented incident (a hospital in Vierzon, its town hall, a
retailer called Medisys)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext

INCIDENT = IncidentContext(organizations=("CH Vierzon", "Vierzon", "Medisys"), keywords=("Vierzon", "Medisys"),
                           since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "fr", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented Vierzon incident."""
    claims = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=INCIDENT)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


def slots(text: str, lang: str = "fr", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    return {c[:3] for c in found(text, lang, published)}


# Care: a service still running beside one suspended is partial continuity (LABELLING.md D1).

def test_a_service_that_keeps_running_beside_one_suspended_denies_nothing():
    got = slots("Pour protéger les patients, l'hôpital a dû suspendre la chimiothérapie, tandis que les urgences "
                "et la maternité continuent de fonctionner normalement.")
    assert ("care_impact", "care", "asserted") in got
    assert ("care_impact", "care", "denied") not in got


def test_care_that_has_become_slower_is_disrupted():
    assert ("care_impact", "care", "asserted") in slots(
        "Depuis l'attaque, les consultations sont beaucoup plus longues pour les patients de Vierzon.")


# Data categories and risks, as the press words them.

@pytest.mark.parametrize("text, expected", [
    ("The stolen files hold members' names and member ID numbers.", ("data_category", "insurance", "asserted")),
    ("Police say the thieves hold the victims' personal identity codes.",
     ("data_category", "social_security_number", "asserted")),
    ("Customers were told to watch out for scam e-mails and texts.", ("risk", "phishing", "asserted")),
    ("Medisys told customers to ignore anyone who calls them claiming to be from the company.",
     ("risk", "phishing", "asserted")),
])
def test_data_and_risks_in_the_press_s_words(text, expected):
    assert expected in slots(text, "en")


def test_loans_in_the_victims_names_are_a_risk_not_their_names_stolen():
    got = slots("Police warned that fraudsters could use the stolen files to take out loans in their names.", "en")
    assert ("risk", "identity_theft", "asserted") in got
    assert ("data_category", "identity", "asserted") not in got


@pytest.mark.parametrize("text", [
    "« Nous n'aurons pas de diagnostic précis avant la semaine prochaine », a indiqué le directeur de l'hôpital.",
    "Les dossiers sont stockés chez un prestataire « certifié hébergeur de données de santé », précise l'hôpital.",
])
def test_a_diagnosis_of_the_attack_and_a_host_s_certification_are_no_medical_data(text):
    assert not any(c[0] == "data_category" for c in slots(text))


def test_no_evidence_without_that_still_hedges_the_denial():
    assert ("data_category", "banking", "denied", True) in found(
        "The retailer added there was no evidence card details had been taken.", "en")


def test_what_a_class_action_argues_is_hedged_even_when_named():
    assert ("data_category", "social_security_number", "asserted", True) in found(
        "The plaintiffs, represented by the firm Hale & Carter, argue that hackers stole patients' Social Security "
        "numbers from Medisys because it had failed to patch its servers.", "en")


def test_what_prosecutors_say_of_the_attacker_is_not_hedged():
    assert ("attack_vector", "vulnerability", "asserted", False) in found(
        "Prosecutors say the man got into the retailer's network by exploiting a flaw in its web server.", "en")


# Who speaks.

def test_a_reporting_verb_coordinated_with_another_has_the_first_one_s_subject():
    for text, lang in (
        ("Anna Berg, the health minister, who met hospital chiefs on Sunday, called the attack cowardly and said "
         "on Monday: “No patient will pay for this.”", "en"),
        ("Jean Morel, le maire, qui a réuni son conseil dimanche, a dénoncé une attaque lâche et a déclaré lundi : "
         "« Nous ne paierons pas. »", "fr"),
    ):
        speakers = {c[1] for c in found(text, lang) if c[0] == "quote"}
        assert speakers == {"Anna Berg"} or speakers == {"Jean Morel"}, (text, speakers)


def test_the_town_hall_of_a_configured_town_speaks_as_the_town():
    assert ("quote", "Vierzon", "asserted", False) in found(
        "« Nos services fonctionnent au ralenti », reconnaît la mairie de Vierzon.")


def test_an_employee_of_the_town_hall_is_no_voice_of_the_town():
    assert ("quote", "Vierzon", "asserted", False) not in found(
        "« On travaille au papier depuis lundi », raconte un employé de la mairie de Vierzon.")


def test_the_channel_between_the_verb_and_the_speaker_is_skipped():
    assert ("quote", "CH Vierzon", "asserted", False) in found(
        "« L'attaque repose sur un rançongiciel », explique dans un communiqué le centre hospitalier de Vierzon.")


# Organisations attacked.

@pytest.mark.parametrize("text, lang", [
    ("« Les pirates ont chiffré nos serveurs », explique la mairie de Vierzon, elle aussi touchée.", "fr"),
    ("Le centre hospitalier de Vierzon, dont les serveurs ont été infectés, a porté plainte.", "fr"),
    ("Medisys, whose network was breached last week, has filed a complaint.", "en"),
])
def test_an_organisation_said_hit_in_an_apposition_or_a_relative(text, lang):
    assert any(c[0] == "organization" and c[2] == "asserted" for c in found(text, lang))


def test_a_speaker_whose_apposition_speaks_of_others_is_not_attacked():
    got = found("“We are sorry for any customers caught up in this,” said Tom Hale, chief executive of Medisys, "
                "adding that those affected would be told what to do.", "en")
    assert not any(c[0] == "organization" for c in got)


# Dates.

def test_a_newspaper_named_after_a_day_dates_nothing():
    got = found("The gang is demanding a ransom and threatening to publish more files, the Mail on Sunday reported.",
                "en", published=dt.date(2025, 3, 20))
    assert not any(c[0] == "attack_date" for c in got)


@pytest.mark.parametrize("text", [
    "The court of appeal on Thursday raised the hacker's sentence to six years for breaking into Medisys's systems.",
    "The leaked files were posted on a forum after the attack and taken down on Friday.",
])
def test_what_courts_and_hosts_did_later_is_no_attack_date(text):
    assert not any(c[0] == "attack_date" for c in found(text, "en"))


def test_an_attack_named_right_after_the_period_it_lasts_dates_it():
    assert ("attack_date", "2025-03-17", "asserted", False) in found(
        "Le centre hospitalier de Vierzon est victime depuis lundi 17 mars d'une cyberattaque par rançongiciel.")


def test_a_day_after_publication_without_a_year_makes_no_recap():
    """"pas de retour à la normale avant le 20 mai": likely to come, not last year's."""
    got = found("Un mois après l'attaque survenue dans la nuit du 14 au 15 mars, la mairie de Vierzon reconnaît "
                "que ses serveurs ont été chiffrés et n'attend pas de retour à la normale avant le 20 mai.",
                published=dt.date(2025, 4, 14))
    assert ("attack_date", "2025-03-14", "asserted", False) in got


# What is not said.

@pytest.mark.parametrize("text, lang", [
    ("L'hôpital n'a pas dit s'il s'agissait d'un rançongiciel ni si une rançon avait été demandée.", "fr"),
    ("Le directeur ne peut pas encore dire si des dossiers de patients ont été copiés.", "fr"),
    ("The trust would not say whether a ransom had been demanded by the gang.", "en"),
])
def test_an_open_question_states_nothing(text, lang):
    assert found(text, lang) == set()


@pytest.mark.parametrize("text", [
    "Interrogé par France 3 Centre-Val de Loire, l'hôpital de Vierzon a confirmé l'attaque.",
    "Selon Paris-Normandie, l'attaque a visé le centre hospitalier de Vierzon.",
])
def test_a_newsroom_named_after_a_region_places_nothing(text):
    assert not any(c[0] == "region" for c in found(text))


def test_a_region_beside_a_newsroom_is_still_read():
    assert ("region", "Normandie", "asserted") in slots(
        "Les hôpitaux de Normandie ont été touchés par une cyberattaque, rapporte France 3 Normandie.")


# Counts.

def test_a_relative_clause_between_the_figure_and_its_verb_is_skipped():
    assert any(c[0] == "victim_count" and c[1] == 2_000_000 for c in found(
        "Medisys said the data of about 2 million customers, who ordered online between 2021 and 2023, had "
        "been taken.", "en"))


def test_the_count_takes_the_hedge_of_the_clause_that_says_what_befell_them():
    assert ("victim_count", 2_000_000, "asserted", True) in found(
        "Medisys said the data of about 2 million customers, who ordered online between 2021 and 2023, may have "
        "been taken.", "en")


def test_the_minutes_of_a_time_are_no_count():
    assert not any(c[0] == "victim_count" for c in found(
        "L'alerte a été donnée vers 19 h 45 par un soignant qui n'arrivait plus à se connecter au réseau piraté."))


# "appear": a hedge only as a verb of seeming.

def test_files_that_appeared_online_are_no_hedge():
    got = found("A first batch of files appeared on the gang's site on 12 March, a week after Medisys's network "
                "was breached on 5 March.", "en")
    assert ("organization", "Medisys", "asserted", False) in got
    assert {c[1] for c in got if c[0] == "attack_date"} == {"2025-03-05"}


def test_a_body_that_appears_unaffected_is_a_hedged_denial():
    assert ("region", "Bretagne", "denied", True) in found("Brittany, too, appears unaffected by the breach.", "en")


@pytest.mark.parametrize("text", [
    "The class action filed in Chicago on 3 April says hackers got into Medisys's database on 2 March.",
    "Two lawsuits filed in Ohio accuse Medisys of failing to protect the Social Security numbers hackers stole.",
    "The regulator has taken Medisys to court, alleging that it let hackers steal 2 million customers' records.",
])
def test_a_case_with_where_it_was_filed_or_alleging_is_hedged(text):
    got = found(text, "en")
    assert got and all(c[3] for c in got if c[0] not in ("quote", None)), got


# Care only where care can be at stake.

RETAILER = IncidentContext(organizations=("Medisys",), keywords=("Medisys", "entrepôt", "logistique"),
                           since=dt.date(2025, 3, 1))


def test_a_company_s_operations_disrupted_are_no_care():
    for text, lang in (("The breach could disrupt the company's operations for weeks, Medisys warned.", "en"),
                       ("Since Sunday, customers have been unable to reach their files, after the breach.", "en"),
                       ("L'accueil du public est perturbé et les interventions sont reportées, indique Medisys.", "fr")):
        claims = extract_claims(text, profile=load_profile(), language=lang, published=dt.date(2025, 3, 20),
                                incident=RETAILER)
        assert not any(c.slot == "care_impact" for c in claims), text


def test_care_is_read_in_a_hospital_incident_and_wherever_the_sentence_speaks_of_health():
    assert ("care_impact", "care", "asserted") in slots(
        "Les interventions sont reportées depuis l'attaque, indique la direction.")
    claims = extract_claims("Medisys says deliveries of medicines to hospitals were suspended and operations "
                            "postponed.", profile=load_profile(), language="en", published=dt.date(2025, 3, 20),
                            incident=RETAILER)
    assert any(c.slot == "care_impact" and c.polarity == "asserted" for c in claims)


@pytest.mark.parametrize("text, lang, expected", [
    ("The gang said it had broken into Medisys and would publish its files.", "en",
     ("organization", "Medisys", "asserted", True)),
    ("Certaines infrastructures de Medisys ont toutefois été cryptées, reconnaît l'entreprise.", "fr",
     ("attack_vector", "ransomware", "asserted", False)),
    ("« Un virus a atteint les systèmes informatiques de Medisys dans la nuit du 10 au 11 mars », a indiqué lundi "
     "le groupe.", "fr", ("attack_date", "2025-03-10", "asserted", False)),
    ("The ransom note was addressed not to Medisys but to its parent company, the minister said.", "en",
     ("attack_vector", "ransomware", "asserted", False)),
])
def test_ways_the_press_says_it_was_hit(text, lang, expected):
    assert expected in found(text, lang)


# Absence of evidence (D4): the frame's negation bears on the whole complement, hedged.

@pytest.mark.parametrize("text, lang, expected", [
    ("Rien n'indique que la prise en charge des patients ait été perturbée.", "fr",
     ("care_impact", "care", "denied", True)),
    ("Aucun élément ne laisse penser que les soins aient été affectés, selon l'ARS.", "fr",
     ("care_impact", "care", "denied", True)),
    ("Rien ne permet de dire que des données médicales ont été dérobées.", "fr",
     ("data_category", "medical", "denied", True)),
    ("Nothing suggested that care at the hospital had been disrupted.", "en",
     ("care_impact", "care", "denied", True)),
])
def test_no_evidence_that_denies_what_follows_hedged(text, lang, expected):
    assert expected in found(text, lang)


def test_a_plain_report_of_disruption_stays_asserted():
    assert ("care_impact", "care", "asserted", False) in found("L'ARS indique que les soins ont été perturbés.")
