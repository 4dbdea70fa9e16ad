"""Constructions read wrong on the seventh and eighth dev batches' unseen breaches (issue 9,
round nine), one test each, on sentences of our own about an invented incident (the Loire
Valley Health NHS Trust, a hospital in Saumur, a logistics firm called Transalpe)."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext

INCIDENT = IncidentContext(organizations=("Loire Valley Health NHS Trust", "CH Saumur", "Transalpe Group"),
                           keywords=("Saumur", "Transalpe"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "fr", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    claims = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=INCIDENT)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


def speakers(text: str, lang: str = "fr") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "quote"}


# Quote speakers (LABELLING.md D7a).

def test_a_press_release_with_no_one_named_speaks_for_the_organisation():
    assert speakers("Deux jours après l'attaque, le centre hospitalier de Saumur a rouvert ses consultations. "
                    "« L'ensemble des services fonctionnent de nouveau pleinement », affirme un communiqué publié "
                    "sur son site.") == {"CH Saumur"}
    assert speakers("Transalpe's shares fell on Monday. “We have secured our systems and are working with "
                    "the police,” a statement posted on its website said.", "en") == {"Transalpe Group"}


def test_a_message_from_no_one_named_is_not_given_to_the_organisation():
    # the attackers post messages too: only a document organisations issue speaks for them
    assert "Transalpe Group" not in speakers(
        "“We hold every one of Transalpe's customer files and will publish them,” a message posted on the "
        "gang's leak site said.", "en")


def test_a_trust_named_without_nhs_trust_is_the_trust():
    assert speakers("“We are aware of these claims and are looking into them urgently,” a spokesperson for "
                    "Loire Valley Health said.", "en") == {"Loire Valley Health NHS Trust"}
    assert speakers("“We are aware of these claims,” a spokesperson for Transalpe said.", "en") == {"Transalpe Group"}


# A subject cut from its verb by a relative or participial aside takes the verb's polarity:
# the words an official denial is written in.

def test_a_relative_aside_between_data_and_its_denial_keeps_the_denial():
    got = found("Les données médicales, qui sont hébergées chez un autre prestataire, n'ont pas été touchées, "
                "selon l'ARS.")
    assert ("data_category", "medical", "denied", True) in got
    assert not any(c[:3] == ("data_category", "medical", "asserted") for c in got)


def test_a_participial_aside_between_care_and_its_denial_keeps_the_denial():
    assert {c[:3] for c in found("Les soins, assurés par des équipes mobilisées jour et nuit, n'ont pas été "
                                  "perturbés.")} == {("care_impact", "care", "denied")}


def test_care_whose_relative_clause_runs_on_is_still_denied():
    got = {c[:3] for c in found("La prise en charge des patients, qui se poursuit dans les quatre établissements "
                                 "du groupe, n'a pas été affectée, assure l'ARS.")}
    assert ("care_impact", "care", "denied") in got
    got = {c[:3] for c in found("Patient care at the hospitals, which include Saumur and Angers, has not been "
                                 "disrupted, the trust said.", "en")}
    assert ("care_impact", "care", "denied") in got


def test_an_aside_does_not_carry_a_denial_to_what_it_is_not_the_subject_of():
    # the aside is a clause of its own: what it says stays asserted
    got = {c[:3] for c in found("Les pirates, qui ont dérobé des noms et des adresses, n'ont pas pu accéder aux "
                                 "dossiers médicaux.")}
    assert ("data_category", "identity", "asserted") in got
    assert ("data_category", "medical", "denied") in got


# What looks like a negation and is none.

def test_access_without_authorisation_is_an_intrusion_not_a_denial():
    got = {c[:3] for c in found("Le groupe Transalpe a reconnu mardi qu'un de ses sites avait servi à accéder "
                                 "sans autorisation à certains de ses systèmes.")}
    assert ("organization", "Transalpe Group", "asserted") in got
    assert ("organization", "Transalpe Group", "denied") not in got
    got = {c[:3] for c in found("Transalpe said an intruder had accessed some of its systems without "
                                 "authorisation.", "en")}
    assert ("organization", "Transalpe Group", "denied") not in got


def test_saying_nothing_about_how_they_got_in_denies_nothing():
    got = {c[:3] for c in found("The attackers broke into Transalpe's network, though the company has said "
                                 "nothing about how they entered its systems.", "en")}
    assert ("organization", "Transalpe Group", "asserted") in got
    assert ("organization", "Transalpe Group", "denied") not in got


def test_not_saying_how_many_is_still_a_count_not_given():
    # "how many" is the count rules' business: no free-text claim appears for it
    assert found("The trust handles about 3.6 million patient contacts a year, but it has not said how many of "
                 "those people appear in the files.", "en") == set()


# Speakers: the newsroom a speaker talked to is not part of the speaker.

def test_the_newsroom_spoken_to_is_dropped_from_the_speaker():
    assert speakers("« Il y a eu des écrans noirs, notre système ne fonctionne plus », résume Marc Olivier "
                    "auprès de Saumur Matin.") == {"Marc Olivier"}
    assert speakers("« Nous avons tout coupé », explique Marc Olivier au micro de France Bleu.") == {"Marc Olivier"}


# Data: what is out of use, the company's own insurance and user names.

def test_records_staff_cannot_open_are_care_not_data_taken():
    got = {c[:3] for c in found("A ransomware attack on Tuesday took down every IT service except e-mail at the "
                                 "Saumur hospital, leaving staff unable to open patient notes.", "en")}
    assert ("care_impact", "care", "asserted") in got
    assert not any(c[0] == "data_category" for c in got)
    got = {c[:3] for c in found("Les dossiers patients sont inaccessibles depuis l'attaque, mais aucune fuite n'a été "
                                 "détectée à ce stade, indique le CH de Saumur.")}
    assert ("data_category", "medical", "asserted") not in got


def test_the_company_s_cyber_insurance_is_no_insurance_data():
    got = found("A week on, Transalpe put the cost of the attack at 40 million euros; the group holds cyber "
                "insurance with several insurers, though their payments will not cover it all.", "en")
    assert not any(c[0] == "data_category" for c in got)
    # a patient's insurer among the data still is
    assert ("data_category", "insurance", "asserted") in {c[:3] for c in found(
        "The stolen files hold patients' names and the name of their insurer.", "en")}


def test_user_names_are_credentials():
    got = {c[:3] for c in found("Ce qui a été consulté illégalement dans la base de comptes de Transalpe, ce sont des "
                                 "noms d'utilisateur et des mots de passe chiffrés.")}
    assert ("data_category", "credentials", "asserted") in got
    assert ("data_category", "identity", "asserted") not in got


def test_a_figure_of_more_people_adds_to_a_count_and_is_none():
    got = found("Four months on, the trust said it would contact about 4,200 more people whose personal "
                "information was published on the dark web.", "en")
    assert not any(c[0] == "victim_count" for c in got)
    got = found("The trust said the personal information of more than 4,200 people was published on the dark web.",
                "en")
    assert ("victim_count", 4200, "asserted", False) in got


# Organisations: the attack acting on it, and "not the first time".

def test_an_attack_that_forced_the_company_presents_it_as_attacked():
    got = {c[:3] for c in found("L'attaque, survenue le jeudi 13 mars, a contraint Transalpe, qui emploie quelque "
                                 "5 000 personnes dans dix pays, à couper toute son informatique.")}
    assert ("organization", "Transalpe Group", "asserted") in got
    # a regulator forcing it to pay is no attack on it
    got = {c[:3] for c in found("The regulator forced Transalpe to pay a fine after the attack.", "en")}
    assert ("organization", "Transalpe Group", "asserted") not in got
    # what the attack cost it, whoever puts the figure on it (D37)
    got = {c[:3] for c in found("The attack cost Transalpe about $113 million, most of it lost revenue.", "en")}
    assert ("organization", "Transalpe Group", "asserted") in got
    got = {c[:3] for c in found("Transalpe chiffre à 4 millions d'euros le coût de la cyberattaque, surtout en ventes "
                                 "perdues.")}
    assert ("organization", "Transalpe Group", "asserted") in got
    # counting others is still reporting (D18)
    got = {c[:3] for c in found("Transalpe chiffre à 300 000 le nombre de clients touchés.")}
    assert ("organization", "Transalpe Group", "asserted") not in got


def test_not_the_first_time_says_it_is_hit_now():
    got = found("Ce n'est pas la première fois que Transalpe est frappé par un rançongiciel : un autre groupe "
                "l'avait déjà visé en mai 2019.", published=dt.date(2025, 3, 20))
    assert {c[:3] for c in got} >= {("organization", "Transalpe Group", "asserted"),
                                    ("attack_vector", "ransomware", "asserted")}
    # the earlier attack's date stays out
    assert not any(c[0] == "attack_date" for c in got)


# Dates and names a hospital's coverage uses.


def test_an_abbreviation_with_short_words_skipped_names_the_hospital():
    incident = IncidentContext(organizations=("CH de l'Ouest Vosgien",), since=dt.date(2025, 3, 1))
    claims = extract_claims("Les deux hôpitaux du CHOV sont paralysés depuis l'attaque de samedi.",
                            profile=load_profile(), language="fr", published=dt.date(2025, 3, 17), incident=incident)
    assert ("organization", "CH de l'Ouest Vosgien", "asserted") in {(c.slot, c.value, c.polarity) for c in claims}


def test_access_to_the_patient_record_disrupted_is_care_not_data():
    got = {c[:3] for c in found("« C'est un service de soins qui nous a alertés, parce que son accès au dossier "
                                 "patient informatisé était perturbé », raconte le directeur du CH de Saumur.")}
    assert ("care_impact", "care", "asserted") in got
    assert not any(c[0] == "data_category" for c in got)


def test_an_attack_with_its_adjective_against_the_group_names_it_attacked():
    got = {c[:3] for c in found("Pour un responsable de la chaîne, l'attaque informatique contre le groupe Transalpe "
                                 "n'a à aucun moment menacé la diffusion.")}
    assert ("organization", "Transalpe Group", "asserted") in got


def test_seizing_an_employee_s_credentials_is_how_they_got_in():
    got = {c[:3] for c in found("L'intrus aurait pénétré dans les bases de données de Transalpe après s'être emparé "
                                 "des identifiants d'un de ses employés.")}
    assert ("attack_vector", "impersonation", "asserted") in got


# Figures that are money or an addition to a count.

def test_millions_of_euros_after_de_are_money_not_people():
    got = found("Transalpe a assigné ses assureurs après l'attaque et leur réclame au total 23 millions d'euros.")
    assert not any(c[0] == "victim_count" for c in got)


def test_a_figure_on_top_of_others_is_a_part_of_the_victims():
    got = found("The trust put those hit by the latest dump in the dozens, on top of the 165 staff already "
                "contacted after the first leak.", "en")
    assert not any(c[0] == "victim_count" and c[1] == 165 for c in got)


# Attack dates as the press gives them: the announcement, the press contacted and the response
# date nothing; a noun's own date and days the calendar names do.

@pytest.mark.parametrize("text, lang, published, dates", [
    ("Le groupe Transalpe a fait savoir dimanche sur son site qu'il avait été la cible, samedi matin, d'une attaque "
     "informatique.", "fr", dt.date(2025, 3, 17), {"2025-03-15"}),
    ("Les hôpitaux restent paralysés depuis l'attaque informatique de samedi matin.", "fr", dt.date(2025, 3, 17),
     {"2025-03-15"}),
    ("A group claiming to be behind the hack e-mailed several news organisations on Monday night, saying it held "
     "files from the Saumur hospital.", "en", dt.date(2025, 3, 20), set()),
    ("Seven months after a ransomware attack on New Year's Eve crippled it, Transalpe has gone into administration.",
     "en", dt.date(2025, 8, 7), {"2024-12-31"}),
    ("Transalpe a été victime d'une cyberattaque le soir de la Saint-Sylvestre.", "fr", dt.date(2025, 1, 7),
     {"2024-12-31"}),
    ("Transalpe shut down its whole computer network in the early hours of Christmas Eve after a cyber attack on the "
     "evening of 23 December.", "en", dt.date(2025, 1, 5), {"2024-12-23"}),
], ids=["announced-on-sunday", "noun-with-adjective", "press-emailed", "new-years-eve", "saint-sylvestre",
        "shut-down-after"])
def test_attack_dates_as_the_press_gives_them(text, lang, published, dates):
    assert {c[1] for c in found(text, lang, published) if c[0] == "attack_date"} == dates


# Round nine, third pass: dev9's unseen wording (a health system in California, a town near
# Paris, two universities), again on sentences of our own.

def test_patients_who_would_normally_come_but_are_taken_elsewhere_is_care_disrupted():
    got = found("Stroke and trauma patients who would normally be brought to the Saumur hospital were being taken "
                "elsewhere.", "en")
    assert ("care_impact", "care", "asserted", False) in got
    assert not any(c[:3] == ("care_impact", "care", "denied") for c in got)


def test_facilities_open_beside_appointments_moved_is_care_disrupted():
    got = {c[:3] for c in found("“Our facilities remain open for patient care,” a spokesman for the Saumur hospital "
                                 "said, and patients booked for Monday were told their appointments would have to be "
                                 "moved.", "en")}
    assert ("care_impact", "care", "asserted") in got
    assert ("care_impact", "care", "denied") not in got


def test_hospitals_working_without_their_records_is_care_not_data_denied():
    got = {c[:3] for c in found("The attack cost the trust about $113 million, most of it revenue lost while its "
                                 "hospitals worked without electronic health records for close to a month.", "en")}
    assert ("care_impact", "care", "asserted") in got
    assert not any(c[0] == "data_category" for c in got)


@pytest.mark.parametrize("text, lang", [
    ("Files posted by the hackers sat in spreadsheets with no password, according to an analysis by a security "
     "firm.", "en"),
    ("Les pirates ont surtout mis en ligne des comptes rendus de conseil municipal et des tableaux financiers de "
     "Transalpe.", "fr"),
], ids=["unprotected-spreadsheets", "council-minutes"])
def test_words_that_look_like_data_and_name_none(text, lang):
    assert not any(c[0] == "data_category" for c in found(text, lang))


def test_a_town_and_a_university_named_by_their_kind():
    incident = IncidentContext(organizations=("Ville de Saumur", "Université Loire Centre"), since=dt.date(2025, 3, 1))

    def read(text: str) -> set:
        return {(c.slot, c.value, c.polarity) for c in extract_claims(
            text, profile=load_profile(), language="fr", published=dt.date(2025, 3, 20), incident=incident)}
    assert ("quote", "Ville de Saumur", "asserted") in read(
        "La mairie de Saumur a été visée samedi. « Nous travaillons à rétablir nos services », indique la mairie.")
    assert ("organization", "Université Loire Centre", "asserted") in read(
        "L'université ligérienne Loire Centre a confirmé avoir été touchée par une cyberattaque.")


def test_a_concession_whose_subject_is_an_enumeration_ends_after_its_verb():
    got = {c[:3] for c in found("Although the stolen records, e-mail addresses and phone numbers of Transalpe's "
                                 "customers, hold no passwords, their circulation could fuel phishing, Wired noted.",
                                 "en")}
    assert ("risk", "phishing", "asserted") in got
    assert ("data_category", "credentials", "denied") in got
    # a concession that holds its verb still ends at its first comma
    got = {c[:3] for c in found("Même si les dossiers de soins paraissent épargnés, des noms et des âges ont fuité.")}
    assert ("data_category", "identity", "asserted") in got



def test_a_one_word_keyword_of_a_name_is_the_press_s_short_name():
    def orgs(text: str, incident: IncidentContext) -> set:
        return {(c.value, c.polarity) for c in extract_claims(text, profile=load_profile(), language="en",
                                                              published=dt.date(2025, 3, 20), incident=incident)
                if c.slot == "organization"}
    hydro = IncidentContext(organizations=("Norsk Hydro",), keywords=("Hydro", "LockerGoga"))
    assert orgs("Not every part of Hydro suffered alike from the attack.", hydro) == {("Norsk Hydro", "asserted")}
    # without the keyword the short name is nobody; a generic word ("France") never becomes one
    assert orgs("Not every part of Hydro suffered alike from the attack.", IncidentContext(
        organizations=("Norsk Hydro",))) == set()
    dedalus = IncidentContext(organizations=("Dedalus France",), keywords=("France", "Dedalus"))
    assert orgs("France suffered from the attack.", dedalus) == set()


def test_denying_a_part_in_the_attack_on_it_presupposes_the_attack():
    got = {c[:3] for c in found("North Korea has denied any part in the attack on Transalpe.", "en")}
    assert ("organization", "Transalpe Group", "asserted") in got
    assert ("organization", "Transalpe Group", "denied") not in got
    # a negated verb of hitting still denies ("l'attaque n'a pas visé X")
    got = {c[:3] for c in found("L'attaque n'a pas visé Transalpe elle-même, mais un prestataire.")}
    assert ("organization", "Transalpe Group", "denied") in got
