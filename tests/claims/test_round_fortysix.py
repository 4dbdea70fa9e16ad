"""Faults any breach's coverage can trip (issue 9, round forty-six), one test each, on sentences of our
own about invented incidents: the Orbis Co-operative Bank, Hallam County, the Bellmere hospital, the
Garance boatyard, the Ville de Corvenne and the Valmont animal-health laboratory."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of, slot_of

ORBIS = IncidentContext(organizations=("Orbis Bank",), keywords=("Orbis",), since=dt.date(2025, 3, 1))
HALLAM = IncidentContext(organizations=("Hallam County",), keywords=("Hallam",), since=dt.date(2025, 3, 1))
BELLMERE = IncidentContext(organizations=("Bellmere Hospital",), keywords=("Bellmere",), since=dt.date(2025, 3, 1))
GARANCE = IncidentContext(organizations=("Chantier Garance",), keywords=("Garance",), since=dt.date(2025, 3, 1))
CORVENNE = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 3, 1))
VALMONT = IncidentContext(organizations=("Valmont",), keywords=("Valmont", "santé animale", "laboratoire vétérinaire"),
                          since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def fr(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


def orgs(text: str, lang: str, incident: IncidentContext, published: dt.date = PUBLISHED) -> set[tuple]:
    return organisations_of(claims_of(text, lang, published, incident))


# Who was attacked.

def test_a_bank_written_with_its_kind_of_bank_is_the_bank_configured():
    text = "Hackers siphoned off ₹94.42 crore from Orbis Co-operative Bank in two raids on its card switch."
    assert orgs(text, "en", ORBIS) == {("Orbis Bank", "asserted")}


def test_a_heist_named_after_the_bank_presents_it_as_attacked():
    text = "Police have arrested two men accused of drawing cash from ATMs during the Orbis Bank heist."
    assert orgs(text, "en", ORBIS) == {("Orbis Bank", "asserted")}


def test_whether_hackers_got_into_its_network_is_asked_not_said():
    text = "Bellmere Hospital is still trying to establish whether hackers got into its computer network."
    assert orgs(text, "en", BELLMERE) == set()


def test_a_speaker_whose_care_was_not_affected_while_its_servers_come_back_is_not_denied():
    text = ("Officials at Bellmere Hospital insist patient care has not been affected while technicians bring its "
            "servers back online.")
    assert ("Bellmere Hospital", "denied") not in orgs(text, "en", BELLMERE)


def test_the_hacking_an_organisation_is_victim_of_presents_it_as_attacked():
    text = "Le piratage dont est victime le chantier Garance tombe au pire moment."
    assert orgs(text, "fr", GARANCE) == {("Chantier Garance", "asserted")}


def test_an_organisation_that_saw_its_own_systems_hit_was_attacked():
    text = ("Le chantier Garance a vu vendredi son informatique et une part de son activité atteintes par des "
            "pirates.")
    assert orgs(text, "fr", GARANCE) == {("Chantier Garance", "asserted")}


def test_a_place_where_malware_struck_was_attacked():
    text = ("Plusieurs villes aux prises avec des pirates : après Corvenne, où un programme malveillant a rendu "
            "inaccessibles certains ordinateurs municipaux au début du mois, c'est au tour d'une autre commune.")
    assert ("Ville de Corvenne", "asserted") in orgs(text, "fr", CORVENNE)


def test_the_attack_its_services_suffered_is_its_own():
    text = ("La principale conséquence de l'attaque subie par ses services aura été « un coup de stress » pour le "
            "personnel, relativise la Ville de Corvenne.")
    assert orgs(text, "fr", CORVENNE) == {("Ville de Corvenne", "asserted")}


def test_an_organisation_speaking_despite_the_attack_is_the_one_attacked():
    text = "Malgré l'attaque informatique du 12 mars, Valmont annonce un chiffre d'affaires en légère progression."
    assert orgs(text, "fr", VALMONT) == {("Valmont", "asserted")}


def test_what_the_attack_cost_it_is_its_own_attack():
    text = "Les investisseurs retiennent que Valmont ne sait toujours pas chiffrer ce que l'attaque lui a coûté."
    assert orgs(text, "fr", VALMONT) == {("Valmont", "asserted")}


# Ways in.

def test_phished_staff_are_phishing():
    text = "Later analyses suggest the intruders may have phished the IT staff of Orbis Bank months earlier."
    assert en(text, "attack_vector", ORBIS) == {("phishing", "asserted", True)}


def test_the_ransomware_a_definite_phrase_gives_is_not_doubted_with_how_it_came():
    text = ("Hallam County's systems were out for two weeks, the insurer Hallmark noted on its blog, adding that the "
            "Ryuk ransomware behind the attack was probably delivered through a phishing e-mail.")
    got = en(text, "attack_vector", HALLAM)
    assert ("ransomware", "asserted", False) in got
    assert ("phishing", "asserted", True) in got


def test_what_ransomware_meant_to_someone_denies_no_ransomware():
    text = "“Before this, ransomware meant nothing to me,” the Hallam County sheriff told reporters."
    assert ("ransomware", "denied", False) not in en(text, "attack_vector", HALLAM)


# Another incident.

def test_related_news_is_another_incident():
    text = ("In related news, a clinic in Spokane reportedly paid $15,000 last week to unlock files that ransomware "
            "had encrypted.")
    assert claims_of(text, "en", PUBLISHED, HALLAM) == set()


def test_elsewhere_in_a_region_with_a_colon_is_another_incident():
    text = ("Elsewhere in North Florida: a spine practice says a ransomware gang struck an inactive server on "
            "24 January.")
    assert en(text, "attack_date", BELLMERE) == set()


def test_a_pluperfect_after_finding_out_is_this_attack():
    text = "The IT director soon realised the Bellmere Hospital software had been hit by ransomware."
    assert ("ransomware", "asserted", False) in en(text, "attack_vector", BELLMERE)


# Data, hedges, dates.

def test_the_list_after_a_sentence_on_data_taken_is_the_data_taken():
    text = ("Bellmere Hospital wrote to patients to say that an unauthorised person had got into its network and "
            "carried off data. The list is long: names, addresses, Social Security numbers and medical histories.")
    assert {c[0] for c in en(text, "data_category", BELLMERE)} == {"identity", "contact", "social_security_number",
                                                                   "medical"}


def test_a_possible_breach_is_hedged():
    text = "Orbis Bank is looking into a possible breach of its card payment systems."
    assert orgs(text, "en", ORBIS) == {("Orbis Bank", "asserted")}
    assert all(c[3] for c in claims_of(text, "en", PUBLISHED, ORBIS) if c[0] == "organization")


def test_a_pour_phrase_that_is_no_source_hedges_nothing():
    text = ("Le rachat est une première pour le groupe vendéen mais pas pour la filière : en mars, le chantier "
            "Garance avait vu sa production bloquée une dizaine de jours par des pirates.")
    assert not any(c[3] for c in claims_of(text, "fr", PUBLISHED, GARANCE) if c[0] == "organization")


def test_a_day_investigators_confirmed_it_dates_no_attack():
    text = ("The notice dates the trouble to on or about 9 March; only on 11 March did investigators confirm that an "
            "unknown actor had been inside Bellmere Hospital's network.")
    assert "2025-03-11" not in {c[0] for c in en(text, "attack_date", BELLMERE)}


def test_a_publication_postponed_to_a_day_dates_no_attack():
    text = ("Deux mois après l'intrusion, Valmont repousse au 28 septembre la publication de ses comptes "
            "semestriels.")
    assert fr(text, "attack_date", VALMONT) == set()


def test_made_public_only_a_week_later_denies_no_date():
    text = ("La cyberattaque subie par Valmont dans la nuit du 12 au 13 mars n'a été rendue publique qu'une semaine "
            "plus tard.")
    assert fr(text, "attack_date", VALMONT) == {("2025-03-12", "asserted", False)}


def test_a_range_ending_in_a_year_puts_its_start_in_that_year():
    text = "Hackers were inside Orbis Bank's card systems from 7 April to 28 October 2024, the lenders say."
    incident = IncidentContext(organizations=("Orbis Bank",), keywords=("Orbis",), since=dt.date(2024, 1, 1))
    assert {c[0] for c in en(text, "attack_date", incident)} == {"2024-04-07"}


# Care and regions.

def test_an_animal_health_laboratory_gives_no_patient_care():
    text = ("Le communiqué de Valmont évoquait seulement des services « ralentis ou momentanément coupés » après la "
            "cyberattaque.")
    assert fr(text, "care_impact", VALMONT) == set()


def test_a_regional_station_names_no_region_hit():
    text = ("À Corvenne, la mairie a vu son site internet piraté cette semaine, a raconté jeudi sa directrice, "
            "invitée de BFM Normandie.")
    assert fr(text, "region", CORVENNE) == set()
