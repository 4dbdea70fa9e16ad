"""Faults any breach's coverage can trip (issue 9, round seventeen), one test each, on sentences of
our own about invented incidents (the Clinique du Val-d'Orsanne; Norvia, a retailer; St Aldric's
Hospital and its pathology network; the Harwick 76ers, a basketball club)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

FR = IncidentContext(organizations=("Clinique du Val-d'Orsanne", "Norvia"),
                     keywords=("Val-d'Orsanne", "Norvia"), since=dt.date(2025, 3, 1))
EN = IncidentContext(organizations=("St Aldric's Hospital", "Harwick 76ers"),
                     keywords=("St Aldric's", "76ers", "Harwick 76ers"), since=dt.date(2025, 3, 1))


def slot(text: str, name: str, lang: str = "fr") -> set[tuple]:
    incident = FR if lang == "fr" else EN
    return {(c[1], c[2]) for c in claims_of(text, lang, dt.date(2025, 6, 20), incident) if c[0] == name}


# Organisations


def test_a_keyword_opening_with_a_figure_names_the_organisation():
    text = ("The files reached in the attack on the 76ers turned out to hold information on ticket holders "
            "as well as on employees.")
    assert slot(text, "organization", "en") == {("Harwick 76ers", "asserted")}


def test_a_denied_verb_whose_object_takes_the_theft_as_given_leaves_the_organisation_hit():
    text = "Dans un entretien, les pirates disent ne pas exploiter eux-mêmes les données volées à Norvia."
    assert slot(text, "organization") == {("Norvia", "asserted")}


def test_nothing_pins_the_leak_on_them_but_the_leak_is_given():
    text = "Rien ne permet pour l'heure de lui attribuer la fuite de données de Norvia."
    assert slot(text, "organization") == {("Norvia", "asserted")}


def test_the_attack_that_did_not_reach_it_still_denies():
    # guard: the negation bears on the hit itself
    text = "Selon les enquêteurs, l'attaque n'a pas visé Norvia."
    assert slot(text, "organization") == {("Norvia", "denied")}


def test_not_believing_the_material_taken_from_its_systems_concerns_children():
    text = ("St Aldric's Hospital does not believe that any of the material taken from its systems "
            "concerns children and young people.")
    assert slot(text, "organization", "en") == {("St Aldric's Hospital", "asserted")}


def test_its_own_systems_not_breached_still_denies():
    # guard: the negation bears on being breached
    text = "St Aldric's Hospital said its systems had not been breached."
    assert slot(text, "organization", "en") == {("St Aldric's Hospital", "denied")}


def test_in_its_sights_is_being_targeted():
    text = "Le groupe s'en prend à une entreprise à la fois, et c'est bien Norvia qui était dans sa ligne de mire."
    assert slot(text, "organization") == {("Norvia", "asserted")}


# Polarity across a reporting aside


def test_a_negative_subject_cut_from_its_verb_by_an_aside_denies():
    text = "None of it, St Aldric's Hospital insists, includes credit card numbers."
    assert slot(text, "data_category", "en") == {("banking", "denied")}


def test_a_negative_clause_before_an_aside_does_not_deny_the_next_statement():
    # guard: "No data ... was taken" has its own verb; the clause after "but" is not denied
    text = "No medical data, it added, was taken, but patients' names were copied."
    assert ("identity", "asserted") in slot(text, "data_category", "en")


# Care


def test_operations_put_back_out_of_caution_are_care_disrupted():
    text = ("Seul l'accès aux images médicales reste suspendu, ce qui a poussé la clinique du Val-d'Orsanne "
            "à reporter par prudence les opérations programmées.")
    assert slot(text, "care_impact") == {("care", "asserted")}


def test_consultations_moved_are_care_disrupted():
    text = "À la clinique du Val-d'Orsanne, plusieurs consultations ont dû être déplacées après l'attaque."
    assert slot(text, "care_impact") == {("care", "asserted")}


def test_a_laboratory_information_system_unreachable_is_care_disrupted():
    text = ("The ransomware left St Aldric's laboratory information system unreachable for the hospitals "
            "and clinics that send it samples.")
    assert slot(text, "care_impact", "en") == {("care", "asserted")}


def test_operations_put_off_are_care_disrupted():
    text = "Six weeks on, a lot of planned operations at St Aldric's Hospital are still being put off."
    assert slot(text, "care_impact", "en") == {("care", "asserted")}


def test_patient_care_suffering_is_care_disrupted():
    text = "For the doctors' union, patient care at St Aldric's Hospital is still suffering because of the attack."
    assert slot(text, "care_impact", "en") == {("care", "asserted")}


def test_a_website_down_is_still_not_care():
    # guard: the IT, not care (D1)
    text = "After the attack, St Aldric's Hospital's website was down for two days."
    assert slot(text, "care_impact", "en") == set()


# Quotes


def test_a_pronoun_between_speaker_and_verb_is_not_part_of_the_speaker():
    text = "L'informaticien y raconte qu'une astuce suffisait : « N'importe qui aurait pu le faire »."
    assert slot(text, "quote") == {("informaticien", "asserted")}


# Counts


def test_a_count_broken_down_after_a_dash_is_one_figure():
    text = ("At worst, personal data on some 350,000 people could be involved — help-desk records on 134,000 "
            "customers in Japan and 14,000 store members in North America among them.")
    assert slot(text, "victim_count", "en") == {(350000, "asserted")}


def test_accounts_after_a_volume_of_data_are_counted():
    text = "Selon Norvia, le volume dérobé reste modeste : quelque 32 gigaoctets, dont 64 comptes de messagerie."
    assert slot(text, "accounts_compromised") == {(64, "asserted")}


def test_a_final_count_of_people_is_the_victims():
    text = "The final count is 15,649 people, 766 fewer than in April."
    assert slot(text, "victim_count", "en") == {(15649, "asserted")}


# Data, vectors, recaps, speakers


def test_swiss_social_security_numbers_are_named_avs():
    text = "Numéros AVS et carnets de notes : les fichiers de Norvia qui circulent sur le darknet concernent 5000 habitants."
    assert ("social_security_number", "asserted") in slot(text, "data_category")


def test_a_ransom_letter_out_of_the_printers_is_ransomware():
    text = "A ransom letter kept spilling out of St Aldric's Hospital's printers on Tuesday morning."
    assert slot(text, "attack_vector", "en") == {("ransomware", "asserted")}


def test_the_past_of_the_people_described_is_no_earlier_incident():
    text = ("Norvia a reconnu qu'un tiers avait mis la main sur des données ; il s'agit surtout des coordonnées de "
            "personnes qui avaient, par le passé, sollicité son assistance.")
    assert ("contact", "asserted") in slot(text, "data_category")


def test_an_earlier_attack_by_the_same_group_is_still_a_recap():
    # guard: a relative clause on the attackers recalls another incident
    text = "Le virus porte le nom d'un groupe qui avait déjà paralysé l'hôpital d'Arles l'été dernier."
    assert slot(text, "care_impact") == set()


def test_another_body_s_spokesperson_speaks_for_it():
    text = "“We are working with both trusts,” a spokesperson for the National Crime Agency said."
    assert slot(text, "quote", "en") == {("spokesperson for the National Crime Agency", "asserted")}


# Risks, and general remarks


def test_scams_that_multiply_in_a_relative_clause_leave_the_sentence_about_the_incident():
    text = "Les clients de Norvia s'exposent désormais aux arnaques à la livraison, qui se multiplient depuis l'automne."
    assert slot(text, "risk") == {("fraud", "asserted")}


def test_scams_multiplying_since_the_announcement_are_this_incident_s():
    text = "Depuis l'annonce, les tentatives d'escroquerie se multiplient : faux courriels aux couleurs de Norvia."
    assert ("fraud", "asserted") in slot(text, "risk")


def test_scams_multiplying_in_general_are_a_general_remark():
    # guard: with nothing tying it to the incident, a trend states nothing about it
    text = "Les arnaques à la livraison se multiplient en France."
    assert slot(text, "risk") == set()


def test_messages_that_only_seem_to_come_from_the_organisation_are_phishing():
    text = ("La fédération conseille de se méfier de tout SMS ou courriel qui semble venir de Norvia et qui "
            "demande d'ouvrir une pièce jointe.")
    assert ("phishing", "asserted") in slot(text, "risk")


def test_messages_tricking_people_into_handing_over_details_are_phishing():
    text = ("St Aldric's Hospital is warning patients about messages that try to trick them into handing over "
            "their personal details.")
    assert ("phishing", "asserted") in slot(text, "risk", "en")


def test_money_taken_out_of_their_accounts_is_fraud():
    text = "Staff whose details were posted say they fear money being taken out of their bank accounts."
    assert ("fraud", "asserted") in slot(text, "risk", "en")


def test_accounts_opened_in_someone_else_s_name_are_identity_theft():
    text = ("Un numéro de pièce d'identité suffit à ouvrir certains comptes au nom d'autrui, rappelle un analyste "
            "à propos des clients de Norvia.")
    assert ("identity_theft", "asserted") in slot(text, "risk")


# Care, continued


def test_patients_turned_away_are_care_disrupted():
    text = ("Hospitals were turning patients away and sending ambulances elsewhere after ransomware locked "
            "St Aldric's staff out of their computers.")
    assert slot(text, "care_impact", "en") == {("care", "asserted")}


def test_care_carried_on_without_a_break_is_care_running():
    text = "Two weeks after the attack, St Aldric's Hospital says care has carried on without a break."
    assert slot(text, "care_impact", "en") == {("care", "denied")}


def test_no_effect_on_the_running_of_the_establishment_is_care_running():
    text = "Pour la direction de la clinique du Val-d'Orsanne, l'attaque n'a eu aucun effet sur le fonctionnement de l'établissement."
    assert slot(text, "care_impact") == {("care", "denied")}


# What the attackers say, said again by a pronoun


def hedged(text: str, name: str, lang: str = "en") -> set[tuple]:
    incident = FR if lang == "fr" else EN
    return {(c[1], c[2], c[3]) for c in claims_of(text, lang, dt.date(2025, 6, 20), incident) if c[0] == name}


def test_what_the_gang_says_through_a_pronoun_is_hedged():
    text = ("On its leak site the gang has put up screenshots that it says come from St Aldric's Hospital: "
            "names and home addresses of patients.")
    assert ("identity", "asserted", True) in hedged(text, "data_category")


def test_a_group_that_owns_up_and_says_what_it_took_is_hedged():
    text = ("A group calling itself Orca has taken responsibility and says it made off with patients' passport "
            "scans and banking details from St Aldric's Hospital.")
    assert ("banking", "asserted", True) in hedged(text, "data_category")


def test_the_hospital_saying_what_the_hackers_took_is_firm():
    # guard: the hospital speaks; the attackers are only the subject of the taking
    text = "St Aldric's Hospital says it has confirmed that the hackers copied patients' names and addresses."
    assert ("identity", "asserted", False) in hedged(text, "data_category")
