"""Faults any breach's coverage can trip (issue 9, round nineteen), one test each, on sentences of
our own about invented incidents (the Clinique des Tilleuls; Harwick Water; the FC Lorvanne 1921; the
Haute École de Lorvanne)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

CLINIC = IncidentContext(organizations=("Clinique des Tilleuls",), keywords=("Tilleuls",), since=dt.date(2025, 3, 1))
WATER = IncidentContext(organizations=("Harwick Water",), keywords=("Harwick",), since=dt.date(2025, 3, 1))
CLUB = IncidentContext(organizations=("FC Lorvanne",), keywords=("FC Lorvanne", "FC Lorvanne 1921"),
                       since=dt.date(2025, 3, 1))
SCHOOL = IncidentContext(organizations=("Haute École de Lorvanne",), keywords=("HE-Lorvanne",),
                         since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def found(text: str, incident: IncidentContext = CLINIC, lang: str = "fr") -> set[tuple]:
    return claims_of(text, lang, PUBLISHED, incident)


def slot(text: str, name: str, incident: IncidentContext = CLINIC, lang: str = "fr") -> set[tuple]:
    return {(c[1], c[2]) for c in found(text, incident, lang) if c[0] == name}


def en(text: str, name: str) -> set[tuple]:
    return slot(text, name, WATER, "en")


# --- advice after the facts, reasons in asides, quotations closed before their comma

def test_data_stated_before_advice_joined_by_and_is_kept_with_the_risk_the_advice_names():
    text = ("A law firm says the gang holds Harwick Water customer files complete with bank details, and it tells "
            "anyone who may be affected to be wary of fake calls that use those details to seem genuine.")
    assert ("banking", "asserted") in en(text, "data_category")
    assert ("phishing", "asserted") in en(text, "risk")


def test_a_reason_given_in_an_aside_does_not_deny_what_the_speaker_then_says():
    text = ("One customer whose details were posted, speaking anonymously because he was not allowed to comment, "
            "told the paper he was “very worried about identity theft”.")
    assert en(text, "risk") == {("identity_theft", "asserted")}


def test_a_denial_inside_a_quotation_closed_before_its_comma_stays_in_the_quotation():
    text = ("« Les dirigeants n'ont jamais voulu protéger leurs salariés », écrivaient les pirates, en laissant trois "
            "jours à la clinique des Tilleuls pour payer, faute de quoi tous les dossiers médicaux seraient mis en ligne.")
    assert ("medical", "asserted") in slot(text, "data_category")


def test_a_ransomware_lead_ruled_out_is_denied():
    text = "La piste d'un rançongiciel a été écartée par les enquêteurs de la clinique des Tilleuls."
    assert slot(text, "attack_vector") == {("ransomware", "denied")}


# --- organisations

def test_an_attack_a_time_phrase_takes_as_given_keeps_its_organisation_asserted_under_a_denial():
    text = "Aucune donnée bancaire n'a fuité lors du piratage du portail de la clinique des Tilleuls, maintient la direction."
    assert slot(text, "organization") == {("Clinique des Tilleuls", "asserted")}
    assert slot(text, "data_category") == {("banking", "denied")}


def test_getting_past_an_organisations_defences_is_reaching_it():
    text = "The attackers got past Harwick Water's defences through the account of a contractor."
    assert en(text, "organization") == {("Harwick Water", "asserted")}


def test_an_intrusion_detected_at_an_organisation_reached_it():
    text = "L'intrusion détectée à la clinique des Tilleuls n'a causé que des lenteurs, assure la direction."
    assert ("Clinique des Tilleuls", "asserted") in slot(text, "organization")


def test_files_stolen_from_an_organisation_as_a_participle_name_it_hit():
    text = "La totalité des fichiers volés au FC Lorvanne a été déversée sur le dark web."
    assert slot(text, "organization", CLUB) == {("FC Lorvanne", "asserted")}


def test_a_year_in_a_name_the_newsroom_follows_dates_no_earlier_incident():
    text = "Le FC Lorvanne 1921 a confirmé avoir été la cible d'une attaque par rançongiciel."
    assert slot(text, "organization", CLUB) == {("FC Lorvanne", "asserted")}


def test_initials_joined_to_a_word_by_a_hyphen_name_the_configured_organisation():
    text = "La cyberattaque qui a frappé la HE-Lorvanne début juillet est l'œuvre d'un groupe basé à l'étranger."
    assert slot(text, "organization", SCHOOL) == {("Haute École de Lorvanne", "asserted")}


def test_the_subject_of_a_verb_of_saying_after_a_colon_lists_nothing():
    # guard: "hors d'atteinte : la clinique affirme ..." does not list the clinic among those hit
    text = ("Les numéros de cartes bancaires seraient hors d'atteinte : la clinique des Tilleuls affirme qu'ils sont "
            "chiffrés et conservés selon les normes de l'industrie des cartes de paiement.")
    assert slot(text, "data_category") == {("banking", "denied")}


# --- quotation speakers

def test_a_police_rank_abbreviated_is_no_speaker_and_ends_no_sentence():
    text = "“This is a scam, plain and simple,” said Cpl. Dana Ruiz of the provincial police's fraud unit."
    assert en(text, "quote") == {("Dana Ruiz", "asserted")}


def test_a_saints_abbreviation_stays_inside_a_surname():
    text = "“We are writing everything down on paper,” interim chief executive Paul St. Onge said of the downtime."
    assert en(text, "quote") == {("Paul St. Onge", "asserted")}


def test_a_time_before_the_speaker_is_no_part_of_who_spoke():
    text = ("On Friday the company confirmed that an outside party had “copied certain files from our network” "
            "before the attack on Harwick Water was stopped.")
    assert ("On Friday", "asserted") not in en(text, "quote")


def test_a_date_after_an_inverted_speaker_is_no_part_of_who_spoke():
    text = "« Vous paierez ou tout sera publié », écrivaient les pirates le 3 juin, en visant la clinique des Tilleuls."
    assert slot(text, "quote") == {("pirates", "asserted")}


def test_a_speaker_described_by_a_whose_clause_is_the_person_not_the_clause():
    text = "One customer whose records were published told the paper he was “very worried about fraud”."
    assert en(text, "quote") == {("customer", "asserted")}


def test_an_object_pronoun_before_the_verb_leaves_the_organisation_the_speaker():
    text = "« Vos données sont en sécurité », leur a répondu la clinique des Tilleuls sur le réseau social."
    assert slot(text, "quote") == {("Clinique des Tilleuls", "asserted")}


def test_words_a_named_officer_spoke_of_after_an_opening_phrase_are_theirs():
    text = ("Harwick Water's website went dark on Thursday, and on the earnings call chief executive Erik Vance spoke "
            "of an outage “that is still affecting our internal servers”.")
    assert en(text, "quote") == {("Erik Vance", "asserted")}


def test_a_cleft_with_its_channel_and_time_between_gives_the_speaker():
    text = ("« La clinique des Tilleuls subit une attaque informatique » : c'est en ces termes, dans un bref communiqué "
            "diffusé lundi à 16 h 30, que l'établissement a alerté la presse, sans autre précision.")
    assert slot(text, "quote") == {("Clinique des Tilleuls", "asserted")}


# --- risks

def test_no_sign_of_past_misuse_gives_no_risk():
    text = "Harwick Water says it has seen nothing to suggest any of the data has been used for identity theft or fraud."
    assert en(text, "risk") == set()


def test_fraudsters_posing_as_the_organisation_are_a_risk_not_the_way_in():
    text = "Since the attack, fraudsters have been posing as Harwick Water by phone, text and fake websites."
    assert en(text, "risk") == {("phishing", "asserted")}
    assert en(text, "attack_vector") == set()


def test_refunds_and_credit_obtained_in_the_victims_names_are_fraud_and_identity_theft():
    text = ("A criminal holding the staff's details could obtain fraudulent tax refunds in their names or apply for "
            "lines of credit, a researcher warned about the Harwick Water breach.")
    assert en(text, "risk") == {("fraud", "asserted"), ("identity_theft", "asserted")}


def test_payments_the_victims_did_not_authorise_are_fraud_asserted():
    text = ("La clinique des Tilleuls n'en invite pas moins ses patients à éplucher leurs relevés pour repérer tout "
            "paiement qu'ils n'auraient pas autorisé.")
    assert slot(text, "risk") == {("fraud", "asserted")}


def test_a_passport_issued_in_a_victims_name_is_identity_theft():
    text = ("Le risque qu'un tiers se fasse délivrer un document au nom d'une personne touchée par la fuite de la "
            "clinique des Tilleuls reste faible, selon le ministère.")
    assert ("identity_theft", "asserted") in slot(text, "risk")


def test_refusing_to_give_in_to_blackmail_is_no_risk_to_the_victims():
    text = ("La clinique des Tilleuls n'entend pas céder au chantage : pas un euro ne sera versé aux pirates, "
            "répète la direction.")
    assert slot(text, "risk") == set()


def test_malware_disguised_as_software_is_neither_a_risk_nor_an_impersonation():
    text = ("L'attaque qui a frappé la clinique des Tilleuls est passée par un cheval de Troie, un programme "
            "malveillant se faisant passer pour un logiciel authentique.")
    assert slot(text, "risk") == set()
    assert ("impersonation", "asserted") not in slot(text, "attack_vector")


def test_a_new_password_the_customers_must_choose_is_no_data_taken():
    text = ("Seul un patient sur cent serait concerné, mais la clinique des Tilleuls a préféré bloquer tous les comptes "
            "jusqu'à ce que leurs titulaires choisissent un nouveau mot de passe.")
    assert slot(text, "data_category") == set()


# --- care, data and dates

def test_records_named_in_a_clause_about_care_slowed_down_are_no_data_taken():
    text = ("“We are back to fax machines and handwritten prescriptions,” a nurse at Harwick General said after the "
            "cyberattack, adding that surgeons were taking only the most urgent cases.")
    incident = IncidentContext(organizations=("Harwick General Hospital",), keywords=("Harwick General",),
                               since=dt.date(2025, 3, 1))
    claims = {c[:3] for c in claims_of(text, "en", PUBLISHED, incident)}
    assert not any(c[0] == "data_category" for c in claims)
    assert ("care_impact", "care", "asserted") in claims
    # guard: results the clause says were taken are data
    stolen = "At Harwick General the laboratory results of 4,000 patients were stolen, and work slowed to a crawl by hand."
    assert ("data_category", "medical", "asserted") in {c[:3] for c in claims_of(stolen, "en", PUBLISHED, incident)}


def test_patients_said_to_be_cared_for_as_usual_deny_an_impact_on_care():
    text = "La direction maintient que ses patients sont soignés comme d'habitude à la clinique des Tilleuls."
    assert slot(text, "care_impact") == {("care", "denied")}


def test_doctors_no_longer_able_to_see_x_rays_is_care_disrupted():
    text = ("Depuis l'attaque, des médecins de la clinique des Tilleuls se plaignent de ne plus pouvoir consulter "
            "en ligne des radiographies ou des résultats sanguins.")
    assert slot(text, "care_impact") == {("care", "asserted")}
    assert slot(text, "data_category") == set()


def test_the_day_a_claim_was_lodged_is_no_attack_date():
    text = ("The residents' association lodged a claim against Harwick Water on 30 May, weeks after the attack, "
            "on behalf of its members.")
    assert en(text, "attack_date") == set()


def test_the_day_a_statement_says_the_theft_took_place_is_the_attack_date():
    text = ("In a short statement the utility said the theft took place last Friday, and that Harwick Water had called "
            "the police.")
    assert en(text, "attack_date") == {("2025-06-13", "asserted")}


def test_the_day_unauthorised_access_was_found_is_no_attack_date():
    text = "Harwick Water said on Monday that it had found unauthorised access to parts of its network on Friday."
    assert en(text, "attack_date") == set()


# --- hedging

def test_what_a_plaintiffs_complaint_says_was_taken_is_hedged():
    text = ("Her complaint, lodged in federal court, says names and Social Security numbers of Harwick Water customers "
            "were exposed.")
    hedged = {(c[1], c[3]) for c in found(text, WATER, "en") if c[0] == "data_category"}
    assert hedged == {("identity", True), ("social_security_number", True)}


def test_what_may_have_been_read_is_hedged():
    text = ("Ce qui a pu être consulté chez la clinique des Tilleuls : le nom, l'adresse électronique et le numéro de "
            "téléphone des patients.")
    assert {c[3] for c in found(text) if c[0] == "data_category"} == {True}
