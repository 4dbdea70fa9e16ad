"""Constructions read wrong on real-style passages (issue 9, round ten), one test each, on
sentences of our own about an invented incident (Transalpe Group, a logistics firm; the
Loire Valley Health NHS Trust; the hospital of Saumur)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext
from claims.extraction.sentences import split_sentences
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Transalpe Group", "Loire Valley Health NHS Trust", "CH Saumur"),
                           keywords=("Transalpe", "Saumur"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return organisations_of(found(text, lang))


# Dotted initials do not end a sentence, so the speaker after them is still found.

def test_dotted_initials_do_not_end_the_sentence():
    texts = [s.text for s in split_sentences("Officials at the U.S. Treasury said no data was taken. The firm agreed.")]
    assert texts == ["Officials at the U.S. Treasury said no data was taken.", "The firm agreed."]
    # a sentence that plainly starts after them still starts
    assert len(split_sentences("The firm moved its servers to the U.S. The attack came a week later.")) == 2


def test_a_speaker_after_a_name_with_dotted_initials_is_found():
    got = found("“Our depots were hit hard,” A.P. Transalpe chief executive Marta Lind said on Tuesday.")
    assert ("quote", "Marta Lind", "asserted", False) in got


# An officer named with the organisation's name beside theirs speaks for it (D7): a quotation
# in the first person telling of the attack presents the organisation as attacked.

def test_an_officers_first_person_account_of_the_attackers_presents_the_employer_as_attacked():
    text = ("“The intruders copied the files of most of our customers,” Transalpe Group spokesman Paul Erne "
            "said, declining to give a number.")
    assert ("Transalpe Group", "asserted") in organisations(text)
    assert ("quote", "Paul Erne", "asserted", False) in found(text)


def test_an_officer_saying_we_were_struck_presents_the_employer_as_attacked():
    text = "“We were struck by a cyber-attack in the last week of March,” Transalpe Group finance chief Ida Roos said."
    assert ("Transalpe Group", "asserted") in organisations(text)


def test_an_officers_sympathy_or_count_does_not_present_the_employer_as_attacked():
    assert not organisations("“We are sorry for any customers who may have been caught up in this incident,” "
                             "said Ida Roos, the finance chief of Transalpe Group.")
    assert not organisations("“Our review of how many people were affected is still going on,” said Ida Roos, "
                             "a Transalpe Group spokeswoman.")


def test_a_person_with_no_tie_to_the_organisation_does_not_speak_for_it():
    # the analyst's "our clients" are not Transalpe's: no title ties him to it
    assert not organisations("“The attackers got into the systems of several of our clients,” said Tom Hale, an "
                             "analyst at Northgate Security.")


# A leak with no intruder: data left open to anyone was exposed.

def test_data_left_open_to_anyone_is_data_exposed():
    got = found("Les noms et les dates de naissance de 4 000 patients du centre hospitalier de Saumur se sont "
                "retrouvés plusieurs jours en libre accès sur Internet.", "fr")
    assert ("data_category", "identity", "asserted", False) in got
    got = found("The names and e-mail addresses of Transalpe's drivers sat on a publicly accessible server for a month.")
    assert ("data_category", "identity", "asserted", False) in got


# D5: a total after the figures it adds up makes them parts.

def test_a_total_makes_the_figures_it_adds_up_parts():
    got = found("Les données de 3 000 patients et de 500 agents du centre hospitalier de Saumur, soit 3 500 "
                "personnes, ont été dérobées.", "fr")
    counts = {c[1] for c in got if c[0] == "victim_count"}
    assert counts == {3500}
    got = found("Transalpe said the files of 4,000 drivers and 9,000 customers, 13,000 people in all, were stolen.")
    assert {c[1] for c in got if c[0] == "victim_count"} == {13000}
    # the total first, its breakdown after it
    got = found("Au total, près de 20 000 personnes ont été touchées au centre hospitalier de Saumur, 8 000 patients "
                "et 12 000 anciens patients.", "fr")
    assert {c[1] for c in got if c[0] == "victim_count"} == {20000}


# The attack a time phrase or a relative clause takes as given is not denied by the clause's negation.

def test_an_outage_after_the_attack_on_an_organisation_does_not_deny_it():
    assert organisations("Le portail de réservation ne répondait plus mardi après la cyberattaque contre le centre "
                         "hospitalier de Saumur.", "fr") == {("CH Saumur", "asserted")}
    assert organisations("Le portail n'a pas pu être rouvert depuis l'attaque qui a visé le centre hospitalier de "
                         "Saumur.", "fr") == {("CH Saumur", "asserted")}
    # a negation of the hit itself still denies
    assert organisations("L'attaque n'a pas visé le centre hospitalier de Saumur.", "fr") == {("CH Saumur", "denied")}


def test_a_purpose_to_prevent_denies_nothing_the_sentence_tells():
    got = found("L'attaque contre le centre hospitalier de Saumur, en Pays de la Loire, a conduit la direction à couper "
                "ses accès à Internet pour empêcher le virus de se propager.", "fr")
    assert not any(c[2] == "denied" for c in got)
    assert ("organization", "CH Saumur", "asserted", False) in got
    assert ("region", "Pays de la Loire", "asserted", False) in got


def test_nobody_transferred_denies_the_care_disruption():
    got = found("Au centre hospitalier de Saumur, les soins se poursuivent et personne n'a dû être transféré "
                "ailleurs après l'attaque.", "fr")
    assert ("care_impact", "care", "denied", False) in got
    assert not any(c[:3] == ("care_impact", "care", "asserted") for c in got)


def test_mothers_sent_elsewhere_are_care_disrupted():
    got = found("Après l'attaque contre le centre hospitalier de Saumur, deux futures mères ont dû être "
                "transférées ailleurs.", "fr")
    assert ("care_impact", "care", "asserted", False) in got


def test_devices_that_had_been_encrypted_are_ransomware():
    got = found("Some of Transalpe's devices had been encrypted, the company said, but its backups were intact.")
    assert ("attack_vector", "ransomware", "asserted", False) in got


def test_an_outage_of_the_systems_of_an_organisation_since_the_attack_presents_it_as_attacked():
    # D37: what the attack broke of a named organisation, its systems named with "de" / "of"
    assert organisations("Les serveurs du centre hospitalier de Saumur tournent au ralenti depuis la cyberattaque "
                         "de mardi.", "fr") == {("CH Saumur", "asserted")}


# Quote speakers of fragments (D23) and offices before a name (D7b).

def test_the_speaker_of_a_fragment_is_found_past_a_conjunction_and_an_aside():
    text = ("Transalpe cancelled its deliveries on Monday, and Nora Vidal, who runs a bakery in Turin, said she had "
            "“never waited so long for flour”.")
    assert ("quote", "Nora Vidal", "asserted", False) in found(text)
    text = ("Only two depots were still closed on Tuesday, and Ian Mott, Transalpe's head of operations, said "
            "“the network is open for business”.")
    assert ("quote", "Ian Mott", "asserted", False) in found(text)


def test_an_office_of_several_capitalised_words_is_not_part_of_the_name():
    text = "Information Commissioner Clara Pohl said Transalpe “should have done more” to protect its drivers' data."
    assert {c[1] for c in found(text) if c[0] == "quote"} == {"Clara Pohl"}


# The newsroom's keywords: several capitalised words of a configured name are a short name of it.

BLUETS = IncidentContext(organizations=("Clinique Marthe Vidal-Les Tilleuls",), keywords=("Les Tilleuls", "Marthe Vidal"),
                         since=dt.date(2025, 3, 1))


def test_a_keyword_of_several_words_of_the_name_is_a_short_name():
    claims = extract_claims("La maternité des Tilleuls a été visée par une cyberattaque dans la nuit de lundi.",
                            profile=load_profile(), language="fr", published=dt.date(2025, 3, 20), incident=BLUETS)
    assert ("organization", "Clinique Marthe Vidal-Les Tilleuls", "asserted") in {
        (c.slot, c.value, c.polarity) for c in claims}
    claims = extract_claims("« Nos équipes sont mobilisées », assure la clinique Marthe Vidal.",
                            profile=load_profile(), language="fr", published=dt.date(2025, 3, 20), incident=BLUETS)
    assert {c.value for c in claims if c.slot == "quote"} == {"Clinique Marthe Vidal-Les Tilleuls"}


# Quote speakers (D7a).

def test_the_body_an_organisation_is_speaks_for_it():
    claims = extract_claims("« Les équipes restent mobilisées », assure la maternité des Tilleuls dans un communiqué.",
                            profile=load_profile(), language="fr", published=dt.date(2025, 3, 20), incident=BLUETS)
    assert {c.value for c in claims if c.slot == "quote"} == {"Clinique Marthe Vidal-Les Tilleuls"}


def test_a_pronoun_speaker_with_no_person_named_is_the_organisation_the_sentence_opens_on():
    got = found("Transalpe Group, the haulier based in Lyon, disputes it: “no one took any data from our servers,” "
                "it insists.", "en")
    assert "Transalpe Group" in {c[1] for c in got if c[0] == "quote"}
    got = found("Transalpe, filiale d'un groupe lyonnais, conteste : « aucune donnée n'a quitté nos serveurs », "
                "a-t-elle fait savoir.", "fr")
    assert {c[1] for c in got if c[0] == "quote"} == {"Transalpe Group"}


def test_an_organisation_named_with_of_is_not_read_as_a_person_and_a_place():
    trust = IncidentContext(organizations=("University Hospitals of Saumur Bay NHS Foundation Trust",))
    claims = extract_claims("“Please use other routes,” University Hospitals of Saumur Bay posted on Twitter as the "
                            "attack spread.", profile=load_profile(), language="en", published=dt.date(2025, 3, 20),
                            incident=trust)
    assert {c.value for c in claims if c.slot == "quote"} == {"University Hospitals of Saumur Bay NHS Foundation Trust"}


def test_a_quotation_closed_on_a_comma_keeps_its_negation_to_itself():
    got = found("“Please do not come to A&E unless it is an emergency,” the Loire Valley Health NHS Trust posted "
                "as the ransomware spread through its network.", "en")
    assert ("attack_vector", "ransomware", "asserted", False) in got
    assert not any(c[0] == "attack_vector" and c[2] == "denied" for c in got)


# Care (D1): an aim is not a state.

def test_measures_to_ensure_continuity_of_care_deny_no_disruption():
    got = found("Le centre hospitalier de Saumur assure que « les mesures nécessaires ont été prises pour assurer la "
                "continuité des soins » après l'attaque.", "fr")
    assert not any(c[0] == "care_impact" for c in got)
    got = found("Au centre hospitalier de Saumur, les soins continuent normalement après l'attaque.", "fr")
    assert ("care_impact", "care", "denied", False) in got


# What an organisation has not said is an open question, not a denial.

def test_not_saying_how_they_got_in_denies_nothing():
    got = found("Le centre hospitalier de Saumur n'a précisé ni le montant réclamé par les pirates, ni la manière dont "
                "ils se sont introduits dans son réseau.", "fr")
    assert not any(c[2] == "denied" for c in got)
    got = found("L'hôpital n'a dit ni comment l'intrus s'est introduit, ni si un rançongiciel a été employé.", "fr")
    assert not any(c[0] == "attack_vector" for c in got)


# Care (D1).

def test_nothing_changed_for_patients_and_at_no_point_denies_the_disruption():
    got = found("Côté soins, rien n'a changé pour les malades hospitalisés au centre hospitalier de Saumur, assure "
                "la direction après l'attaque.", "fr")
    assert ("care_impact", "care", "denied", False) in got
    got = found("« À aucun moment l'attaque n'a pesé sur la prise en charge des malades », affirme le centre "
                "hospitalier de Saumur.", "fr")
    assert ("care_impact", "care", "denied", False) in got


# Vectors.

def test_an_employee_abusing_the_access_of_the_job_is_an_insider():
    got = found("A senior internal auditor at Transalpe was jailed on Thursday for posting the payroll data of 9,000 "
                "drivers online.")
    assert ("attack_vector", "insider", "asserted", False) in got
    # a participle clause of reporting after a comma is a clause of its own: its negation stays there
    got = found("The court found Transalpe liable for the leak by its senior auditor, the judges observing that no "
                "driver would have had anyone else to sue.")
    assert ("attack_vector", "insider", "asserted", False) in got


# Advice after what the sentence states of the data is masked, not the whole sentence.

def test_advice_after_a_semicolon_does_not_silence_the_statement_before_it():
    got = found("No card details were stolen, Transalpe said; it is nonetheless asking every driver to change their "
                "password as a precaution.")
    assert ("data_category", "banking", "denied", False) in got
    assert not any(c[0] == "data_category" and c[1] == "credentials" for c in got)


def test_a_person_of_an_organisation_is_the_speaker_not_the_organisation():
    got = found("“He betrayed the trust of his colleagues,” said Dora Vance of the Crown Prosecution Service.")
    assert {c[1] for c in got if c[0] == "quote"} == {"Dora Vance"}


def test_the_brand_stands_for_the_organisation_named_before():
    got = found("Transalpe a prévenu ses clients mercredi. « Soyez attentifs aux courriels inhabituels », "
                "recommande la marque.", "fr")
    assert {c[1] for c in got if c[0] == "quote"} == {"Transalpe Group"}


def test_an_attacker_calling_himself_by_a_name_still_counts_the_victims():
    got = found("A hacker calling himself Nightjar told reporters he had copied the details of about 90,000 Transalpe "
                "customers, some 1.3 terabytes of files.")
    assert ("victim_count", 90000, "asserted", True) in got
    assert not any(c[0] == "victim_count" and c[1] != 90000 for c in got)


def test_records_and_beds_are_not_people_counted():
    got = found("Le pirate a aussi récupéré une liste de 200 000 adresses électroniques de personnes inscrites aux "
                "conférences de Transalpe.", "fr")
    assert not any(c[0] == "victim_count" for c in got)
    got = found("Le centre hospitalier de Saumur compte 52 lits et une maison de retraite où vivent 174 résidents ; "
                "depuis l'intrusion, il est coupé d'Internet.", "fr")
    assert not any(c[0] == "victim_count" for c in got)


def test_the_day_investigators_established_the_breach_is_not_the_attack_date():
    got = found("Only on 5 March did investigators establish that the attackers had got into the parts of Transalpe's "
                "network holding payroll files.", published=dt.date(2025, 3, 20))
    assert not any(c[0] == "attack_date" for c in got)
    assert ("organization", "Transalpe Group", "asserted", False) in got


def test_a_keyword_in_capitals_made_of_the_names_initials_is_its_acronym():
    clinic = IncidentContext(organizations=("Hôpital privé de la Vienne",), keywords=("HPV",))
    claims = extract_claims("« Un courriel est parti jeudi vers les patients touchés », a expliqué un responsable de la "
                            "communication de l'HPV.", profile=load_profile(), language="fr",
                            published=dt.date(2025, 3, 20), incident=clinic)
    assert {c.value for c in claims if c.slot == "quote"} == {"Hôpital privé de la Vienne"}


def test_a_region_placing_the_organisation_past_its_town():
    got = found("Le centre hospitalier de Saumur, à Saumur, en Pays de la Loire, a rouvert ses consultations mardi.", "fr")
    assert ("region", "Pays de la Loire", "asserted", False) in got


# Getting in with someone's login is impersonation (D9, D27), however the login is worded.

def test_getting_in_with_someone_s_login_is_impersonation():
    got = found("The regulator found that the attackers first got into Transalpe's network on 3 March with the login "
                "of an employee of a cleaning contractor.")
    assert ("attack_vector", "impersonation", "asserted", False) in got
    got = found("Les pirates se sont introduits dans le réseau du centre hospitalier de Saumur avec les identifiants "
                "d'un interne.", "fr")
    assert ("attack_vector", "impersonation", "asserted", False) in got


def test_a_login_noun_that_is_the_complement_of_another_way_in_is_no_impersonation():
    got = found("The attackers got into Transalpe's network through a flaw in the account portal.")
    assert not any(c[0] == "attack_vector" and c[1] == "impersonation" for c in got)
