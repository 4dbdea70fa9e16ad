"""The press's constructions that one-clause rules misread (issue 9), one test each, with our own examples."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, slots_of

INCIDENT = IncidentContext(organizations=("CH Vierzon", "Medisys"), keywords=("Vierzon", "Medisys"),
                           since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "fr", published: dt.date = dt.date(2025, 3, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented Vierzon incident."""
    claims = extract_claims(text, profile=load_profile(), language=lang, published=published, incident=INCIDENT)
    return {(c.slot, c.value, c.polarity, c.hedged) for c in claims}


# Negation of another constituent denies nothing that is named.

def test_not_the_only_region_asserts_the_region():
    assert ("region", "Normandie", "asserted") in slots_of(
        "La Normandie n'est pas la seule région concernée par la fuite de données.")


def test_not_the_only_target_asserts_the_organisation():
    assert ("organization", "CH Vierzon", "asserted", False) in found(
        "Le centre hospitalier de Vierzon n'est pas la seule cible des pirates ce mois-ci.")


def test_cannot_yet_count_gives_no_count_and_no_denial():
    got = found("Le centre hospitalier de Vierzon ne peut pas encore chiffrer les patients touchés par l'attaque.")
    assert not any(c[0] == "victim_count" or c[2] == "denied" for c in got)


def test_not_enough_denies_nothing():
    assert ("data_category", "banking", "denied") not in slots_of(
        "Hackers took the IBANs of some customers, though a bank account number alone is not enough to steal money.",
        "en")


# Concession and contrast: the main clause is asserted.

def test_concession_asserts_the_main_clause():
    got = slots_of("Même si les dossiers médicaux semblent épargnés, les noms et les adresses des patients ont fuité.")
    assert {("data_category", "medical", "denied"), ("data_category", "identity", "asserted"),
            ("data_category", "contact", "asserted")} <= got


def test_although_services_run_the_risk_is_asserted():
    got = slots_of("Although appointments are running as usual, officials fear a wave of phishing after the breach.", "en")
    assert ("care_impact", "care", "denied") in got
    assert ("risk", "phishing", "asserted") in got


# Restrictive "seuls ... auraient".

def test_restrictive_conditional_asserts_and_hedges():
    got = claims_of("Seuls des noms et des dates de naissance auraient fuité ; les comptes rendus médicaux "
                    "ne seraient pas concernés.")
    assert ("data_category", "identity", "asserted", True) in got
    assert ("data_category", "medical", "denied", True) in got


# Enumerations broken by quotes, parentheses and asides.

def test_enumeration_broken_by_parentheses_and_quotes():
    got = slots_of("Les pirates ont copié des noms (et parfois des prénoms d'usage) et, « dans de rares cas », "
                   "un numéro de portable ou le NIR.")
    assert {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted"),
            ("data_category", "social_security_number", "asserted")} <= got


def test_subject_cut_by_a_reporting_aside_keeps_its_verbs_polarity():
    got = slots_of("Card numbers and passwords, the insurer added, were not part of the stolen files.", "en")
    assert {("data_category", "banking", "denied"), ("data_category", "credentials", "denied")} <= got


def test_subject_cut_by_a_pronoun_keeps_its_verbs_polarity():
    assert ("data_category", "credentials", "denied") in slots_of(
        "Les mots de passe, eux, n'ont pas été dérobés par les attaquants.")


# Copula and back-reference; lists announced by a colon.

def test_copula_names_what_leaked():
    got = slots_of("Ce qui a été dérobé, ce sont des noms, des adresses postales et des numéros de téléphone.")
    assert {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")} <= got


def test_colon_list_takes_the_denial_of_its_lead():
    got = slots_of("Aucune des informations suivantes n'a été consultée : coordonnées bancaires, dossiers de santé.")
    assert {("data_category", "banking", "denied"), ("data_category", "medical", "denied")} <= got


def test_colon_list_takes_the_hedge_of_its_lead():
    got = claims_of("Only administrative records would have been copied, the clinic says: names and home addresses.",
                    "en")
    assert ("data_category", "identity", "asserted", True) in got


# English denials without "no".

def test_english_denials_without_no():
    got = slots_of("Clinical records seem untouched and payment details are safe, the trust said.", "en")
    assert {("data_category", "medical", "denied"), ("data_category", "banking", "denied")} <= got


def test_a_region_placing_the_incident_s_organisation_needs_no_attack_word():
    # D16: the text places the attacked organisation in the region, in an apposition or an adjective.
    assert ("region", "Centre-Val de Loire", "asserted", False) in found(
        "Le centre hospitalier de Vierzon, en Centre-Val de Loire, compte rétablir son informatique d'ici deux semaines.")
    assert ("region", "Île-de-France", "asserted", False) in found(
        "Le CH Vierzon reste joignable par téléphone. Ce qui inquiète le plus les équipes de l'hôpital francilien, "
        "c'est l'absence de réseau.")
    # a region that places someone else is still none without the incident
    assert not any(c[0] == "region" for c in found("Le préfet de Normandie compte rétablir son site d'ici deux semaines."))


def test_spared_with_a_negation_asserts():
    assert ("region", "Bretagne", "asserted") in slots_of(
        "La Bretagne n'est pas épargnée par la cyberattaque pour autant.")


# Care phrased as operations.

def test_hospitals_running_normally_deny_impact_on_care():
    assert ("care_impact", "care", "denied") in slots_of(
        "Malgré l'attaque, les urgences et les consultations fonctionnent normalement.")


def test_postponed_procedures_and_open_emergency_is_disruption_only():
    # LABELLING.md D1: a service that keeps running beside a disruption is partial continuity.
    got = slots_of("Dozens of planned procedures were pushed back after the attack, while the emergency department "
                   "remained open.", "en")
    assert ("care_impact", "care", "asserted") in got
    assert ("care_impact", "care", "denied") not in got


def test_care_as_a_whole_running_denies_and_a_service_running_says_nothing():
    assert ("care_impact", "care", "denied") in slots_of("Les soins se poursuivent sans interruption, assure la direction.")
    assert not [c for c in slots_of("Les urgences restent ouvertes, mais de nombreuses consultations ont été reportées.")
                if c[2] == "denied"]
    assert ("care_impact", "care", "denied") in slots_of("No operations have been cancelled and there has been no "
                                                         "disruption to patient care, the trust said.", "en")


def test_care_running_beside_a_disruption_is_partial_continuity():
    # D1: whatever still runs beside a disruption in the same sentence denies nothing.
    got = slots_of("Consultations and day care are still being provided, though some patients are being redirected "
                   "to other hospitals.", "en")
    assert ("care_impact", "care", "asserted") in got and ("care_impact", "care", "denied") not in got
    got = slots_of("Les soins sont maintenus, mais plusieurs interventions ont été reportées.")
    assert ("care_impact", "care", "asserted") in got and ("care_impact", "care", "denied") not in got


def test_care_restored_is_no_denial():
    # D13: a return to normal says care was restored, not that it was unaffected.
    assert not any(c[0] == "care_impact" for c in slots_of(
        "Deux semaines après l'attaque, l'activité a repris un cours normal dans les trois hôpitaux."))
    assert not any(c[0] == "care_impact" and c[2] == "denied" for c in slots_of(
        "Surgery and imaging were running normally again by the end of the month, the hospital said.", "en"))


def test_the_it_or_the_website_down_is_no_disruption_of_care():
    # D1: a disruption said of the website, the computers or the e-mail is not one of care.
    assert not any(c[0] == "care_impact" for c in slots_of(
        "Appointments can be booked only by telephone because the hospital's website is down.", "en"))
    assert not any(c[0] == "care_impact" for c in slots_of(
        "Même avec ses ordinateurs à l'arrêt, la maternité de l'hôpital est restée ouverte."))
    assert ("care_impact", "care", "asserted") in slots_of(
        "With its servers down, the hospital postponed planned surgery at all three sites.", "en")


def test_patients_owning_data_or_a_site_ranked_in_a_series_say_nothing_of_care():
    # "each patient's card ... by hand": the patients own the data; "le deuxième hôpital ... paralysé": the series
    assert not any(c[0] == "care_impact" for c in slots_of(
        "Receptionists are copying details from each patient's card by hand after the breach.", "en"))
    assert not any(c[0] == "care_impact" for c in slots_of(
        "C'est déjà le deuxième hôpital de la région paralysé par une cyberattaque en un mois."))
    assert ("care_impact", "care", "asserted") in slots_of(
        "After the attack, patients were sent to other hospitals and staff went back to paper.", "en")


def test_a_business_s_customers_are_not_patients():
    # D1: business activity is not care ("Royal Mail has asked customers to stop sending letters")
    assert not any(c[0] == "care_impact" for c in slots_of(
        "After the cyber incident, customers were told their parcels would be delayed and redirected.", "en"))


def test_a_negation_inside_a_disruption_is_part_of_it():
    assert ("care_impact", "care", "asserted") in slots_of(
        "Aucune opération n'a été déprogrammée, mais les scanners ne sont plus possibles après 18 heures.")
    assert ("care_impact", "care", "asserted") in slots_of(
        "Pharmacies were unable to fill prescriptions for a sixth day after the attack.", "en")


def test_non_urgent_is_no_negation():
    assert ("care_impact", "care", "asserted") in slots_of(
        "Après la cyberattaque, les interventions non urgentes ont été reportées.")


# Numbers that are not victims.

def test_a_customer_base_or_a_yearly_activity_is_no_victim_count():
    got = found("Le centre hospitalier de Vierzon, visé par une cyberattaque, accueille 90 000 patients par an.")
    assert not any(c[0] == "victim_count" for c in got)


def test_money_is_no_count():
    got = slots_of("The regulator fined the firm £4.5 million after the breach exposed 80,000 customers.", "en")
    assert ("victim_count", 80000, "asserted") in got
    assert not any(c[0] == "victim_count" and c[1] == 4500000 for c in got)


def test_vague_figures_name_no_number():
    got = slots_of("Des millions de Français pourraient être concernés par la fuite, un Français sur deux selon un expert.")
    assert not any(c[0] == "victim_count" for c in got)


# Dates that are not attack dates.

def test_a_notification_date_is_no_attack_date():
    got = found("Medisys a notifié la CNIL le 12 mars, deux jours après avoir découvert l'intrusion.")
    assert not any(c[0] == "attack_date" and c[1] == "2025-03-12" for c in got)


def test_a_range_gives_its_first_day():
    got = found("Le centre hospitalier de Vierzon a été frappé dans la nuit de samedi à dimanche par un rançongiciel.",
                published=dt.date(2025, 3, 17))
    assert ("attack_date", "2025-03-15", "asserted", False) in got
    assert not any(c[0] == "attack_date" and c[1] == "2025-03-16" for c in got)


def test_a_reopening_date_is_no_attack_date():
    got = found("Après la cyberattaque, le centre hospitalier de Vierzon a rouvert ses urgences mardi.",
                published=dt.date(2025, 3, 20))
    assert not any(c[0] == "attack_date" for c in got)


# Organisations that report, investigate or partner; carte Vitale; advice and LIRE AUSSI.

def test_a_partner_organisation_is_no_target():
    got = found("L'ARS travaille avec Medisys pour rétablir les services après la cyberattaque.")
    assert not any(c[0] == "organization" for c in got)


def test_only_the_incidents_organisations_are_targets():
    got = found("L'ANSSI et la CNIL enquêtent sur la cyberattaque qui a frappé le centre hospitalier de Vierzon.")
    assert {c[1] for c in got if c[0] == "organization"} == {"CH Vierzon"}


def test_an_organisation_reporting_its_own_breach_is_a_target():
    assert ("organization", "Medisys", "asserted", False) in found(
        "Medisys a reconnu que des fichiers avaient été copiés sur ses serveurs.")


def test_carte_vitale_alone_is_no_stolen_number():
    got = slots_of("Les patients devront présenter leur carte Vitale après l'attaque, précise l'hôpital.")
    assert not any(c[0] == "data_category" for c in got)


def test_lire_aussi_inside_a_paragraph_states_nothing():
    assert found("LIRE AUSSI – Cyberattaque : les données de 500 000 patients dérobées dans un autre hôpital.") == set()


def test_an_advice_box_states_nothing():
    assert not [c for c in slots_of("Encadré – Les bons réflexes : ne communiquez jamais vos coordonnées bancaires "
                                    "par téléphone.") if c[0] != "risk"]


# Quote speakers.

def test_speaker_after_encore():
    assert ("quote", "ARS", "asserted") in slots_of(
        "« Aucun dossier médical n'a été consulté par les pirates », précise encore l'ARS.")


def test_pronoun_speaker_is_the_person_named_before():
    text = ("Le directeur de l'hôpital, Marc Delorme, a réuni une cellule de crise. « Nous avons tout coupé "
            "dès trois heures du matin », affirme-t-il.")
    assert ("quote", "Marc Delorme", "asserted") in slots_of(text)


def test_colon_introduced_quote():
    assert ("quote", "Medisys", "asserted", False) in found(
        "Dans un message à ses clients, Medisys a résumé : « Vos données de santé ne sont pas concernées. »")


def test_a_quoted_sentence_by_nobody_named_has_no_speaker():
    assert ("quote", None, "asserted") in slots_of(
        "Une infirmière décrit la nuit de l'attaque. « Nous avons tout fait au crayon pendant trois jours. »")


def test_a_scare_quote_fragment_is_no_quotation():
    assert not any(c[0] == "quote" for c in slots_of("Les pirates auraient obtenu des « accès privilégiés » au système."))


# Round three: polarity errors read on the real-style dev part, with our own examples.

def test_a_part_of_the_listed_data_is_no_denial():
    got = slots_of("Some 2 million files were copied, and each holds some but not all of the following: "
                   "name, home address and bank details.", "en")
    assert {("data_category", "contact", "asserted"), ("data_category", "banking", "asserted")} <= got
    assert not any(c[2] == "denied" for c in got)


def test_neither_confirmed_nor_denied_is_no_denial():
    got = claims_of("The seller says the stolen files include 300,000 IBANs, a figure the hospital has neither "
                    "confirmed nor denied.", "en")
    assert ("data_category", "banking", "asserted", True) in got
    assert not any(c[2] == "denied" for c in got)
    assert ("data_category", "banking", "asserted") in slots_of(
        "Le pirate affirme détenir des RIB, ce que l'hôpital n'a ni confirmé ni démenti.")


def test_a_relative_aside_between_subject_and_denial():
    assert ("region", "Bretagne", "denied") in slots_of(
        "Patients in Brittany, which a first report wrongly tied to the attack, are unaffected, the trust said.", "en")


def test_a_clause_after_a_colon_with_its_own_verb_keeps_its_own_polarity():
    got = slots_of("Les agences de Bretagne ne sont pas concernées : l'incident ne porte que sur l'antenne normande.")
    assert ("region", "Bretagne", "denied") in got and ("region", "Normandie", "asserted") in got


def test_kept_apart_is_sparing_not_an_exception():
    got = slots_of("Les noms des patients ont été copiés ; les dossiers médicaux, stockés à part, "
                   "semblent intacts, d'après l'hôpital.")
    assert ("data_category", "medical", "denied") in got and ("data_category", "medical", "asserted") not in got


def test_a_claim_rejected_in_apposition_is_both_said_and_denied():
    got = claims_of("A local paper reported that patients from Normandy were also in the stolen files, a claim the "
                    "hospital dismissed as baseless.", "en")
    assert ("region", "Normandie", "asserted") in {c[:3] for c in got}
    assert ("region", "Normandie", "denied", False) in got
    got = slots_of("Des syndicats affirment que les pirates sont passés par un courriel piégé, ce que la direction "
                   "dément.")
    assert {("attack_vector", "phishing", "asserted"), ("attack_vector", "phishing", "denied")} <= got


def test_a_claim_neither_confirmed_nor_disputed_is_not_rejected():
    got = slots_of("Patients from Normandy are in the stolen files, a claim the hospital has neither confirmed nor "
                   "disputed.", "en")
    assert ("region", "Normandie", "asserted") in got and ("region", "Normandie", "denied") not in got


def test_a_period_of_two_years_dates_no_event():
    got = found("Le centre hospitalier de Vierzon indique que les noms des patients reçus entre mars 2017 et "
                "janvier 2019 ont été copiés.")
    assert ("data_category", "identity", "asserted", False) in got


def test_a_sentence_opening_on_its_negated_verb_denies_the_subject_after_an_aside():
    got = slots_of("N'ont pas été copiés, selon la clinique, les dossiers médicaux et les résultats d'analyse.")
    assert ("data_category", "medical", "denied") in got and ("data_category", "medical", "asserted") not in got


def test_whoever_claims_the_attack_is_an_attacker_whose_claims_are_hedged():
    got = claims_of("Un groupe inconnu a revendiqué l'attaque en affirmant avoir copié les dossiers médicaux "
                    "de 40 000 patients.")
    assert ("data_category", "medical", "asserted", True) in got


def test_a_list_after_a_hedged_lead_and_a_concession_is_hedged_item_by_item():
    got = claims_of("The trust has listed what may have been copied, though not every patient is concerned: "
                    "names and addresses; diagnoses and test results; and, for some, bank details.", "en")
    assert {("data_category", "identity", "asserted", True), ("data_category", "medical", "asserted", True),
            ("data_category", "banking", "asserted", True)} <= got


def test_without_denies_what_it_governs_not_the_care_further_on():
    assert ("care_impact", "care", "asserted") in slots_of(
        "Without access to their previous scans, patients at the hospital are being sent to other sites.", "en")
    assert ("care_impact", "care", "denied") in slots_of(
        "L'attaque s'est produite sans aucune perturbation des soins, selon la direction.")


def test_a_tail_with_a_verb_of_speaking_is_outside_the_denial_before_it():
    got = slots_of("Le centre hospitalier a été visé par une cyberattaque, mais sans conséquence sur les soins, "
                   "a fait savoir l'établissement normand mardi : les urgences fonctionnent.")
    assert ("region", "Normandie", "asserted") in got and ("region", "Normandie", "denied") not in got


def test_the_noun_of_a_rejected_claim_is_not_its_speaker():
    got = claims_of("Hackers say they got in through an unpatched server, an account the hospital's director "
                    "disputes. “We had applied every patch on time,” she said.", "en")
    speakers = {c[1] for c in got if c[0] == "quote"}
    assert speakers and not any("account" in s for s in speakers)


def test_a_role_noun_with_a_region_adjective_speaks_as_the_incident_organisation():
    got = found("« Les soins se poursuivent dans tous les services », précise l'établissement normand.")
    assert ("quote", "CH Vierzon", "asserted", False) in got


def test_comme_then_a_pronoun_and_a_verb_names_the_speaker_after_them():
    assert ("quote", "CH Vierzon", "asserted", False) in found(
        "Les dossiers sont « restés chiffrés du début à la fin », comme l'assure l'établissement.")
    assert ("quote", "ARS Normandie", "asserted", False) in claims_of(
        "Les dossiers sont « restés chiffrés du début à la fin », comme le précise l'ARS Normandie.")


def test_an_attack_dated_by_another_incident_belongs_to_that_one():
    # "in the same month that ransomware hit two clinics": the ransomware is the clinics', not ours.
    assert not any(c[0] == "attack_vector" for c in slots_of(
        "The leak surfaced in the same month that ransomware hit two clinics in the north.", "en"))
    assert not any(c[0] == "attack_vector" for c in slots_of(
        "La fuite a été révélée le même mois que le rançongiciel qui a frappé deux cliniques du Nord."))
    assert ("attack_vector", "ransomware", "asserted") in slots_of("Ransomware hit the clinic this month.", "en")


# Free text: a check-worthy fact, not any sentence with a figure.

def test_a_count_said_unknown_is_no_fact_to_check():
    # "has never said how many": the figures given beside it are a customer base, a staff count
    assert not any(c[0] is None for c in claims_of(
        "The retailer had about 9.4 million online customers, but it has never said how many of them had details "
        "stolen in the attack.", "en"))
    assert not any(c[0] is None for c in claims_of(
        "Le groupe, qui soigne 250 000 patients par an, ne sait pas encore combien d'entre eux sont touchés par la fuite."))


def test_a_crisis_unit_alone_is_no_fact_to_check_but_a_complaint_is():
    assert not any(c[0] is None for c in claims_of("Une cellule de crise a été activée dès l'aube après la cyberattaque."))
    assert not any(c[0] is None for c in claims_of(
        "Tous les clients touchés par la fuite seront prévenus par SMS, promet l'opérateur."))
    assert any(c[0] is None for c in claims_of(
        "L'hôpital a activé une cellule de crise, porté plainte et notifié la CNIL après la cyberattaque."))


# Negation scope: what a negation in one part of the sentence does not reach (round six).

def test_data_called_stolen_is_asserted_when_only_its_use_is_denied():
    # the noun phrase presupposes the theft; "no sign" concerns the misuse
    assert ("data_category", "banking", "asserted", False) in found(
        "The clinic says there is no sign that the stolen bank details have been used by anyone.", "en")
    assert ("data_category", "banking", "asserted", False) in found(
        "Aucune utilisation frauduleuse des coordonnées bancaires dérobées n'a été signalée à ce jour.")
    # a verb of taking is no presupposition: a denied theft stays denied
    assert ("data_category", "identity", "denied", False) in found("The hackers never stole names.", "en")
    assert ("data_category", "identity", "denied", False) in found("Les pirates n'ont pas volé les noms.")


def test_no_other_named_category_asserts_that_category():
    got = found("Les noms et les résultats d'analyses figuraient dans l'export ; aucune autre donnée médicale "
                "n'est concernée, selon Medisys.")
    assert ("data_category", "medical", "denied") not in {c[:3] for c in got}
    # what "no other" leads to, further on, is still denied
    assert ("data_category", "medical", "denied", False) in found(
        "Names were taken, but no other data, such as medical records, was accessed.", "en")


def test_a_negation_in_a_relative_clause_ends_at_its_comma():
    got = found("A copy of the files, shown to reporters by a researcher who asked not to be named, appears to hold "
                "patients' names and phone numbers.", "en")
    assert {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")} <= {c[:3] for c in got}


def test_a_concession_after_the_main_clause_leaves_its_risk_asserted():
    got = found("L'hôpital invite les patients à la prudence face à d'éventuels appels frauduleux, même s'il n'a "
                "constaté aucune réutilisation des données.")
    assert ("risk", "phishing", "denied") not in {c[:3] for c in got}


def test_a_verb_that_opens_a_report_keeps_the_whole_enumeration_denied():
    got = found("Names and addresses were taken, the clinic said, insisting that no card numbers, passwords or "
                "medical records had been reached.", "en")
    assert {("data_category", "banking", "denied"), ("data_category", "credentials", "denied"),
            ("data_category", "medical", "denied")} <= {c[:3] for c in got}


def test_an_adverb_between_auxiliary_and_participle_keeps_the_sparing():
    assert ("data_category", "credentials", "denied", False) in found(
        "Les mots de passe ont en revanche été épargnés, assure Medisys.")


# What the attackers say is hedged where they say it (LABELLING.md D3), through an aside and by name.

@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # an apposition or a relative between the attacker and the verb
        ("Le pirate, qui signe kvazar sur un forum, affirme détenir les numéros de téléphone de 80 000 patients.", "fr",
         ("data_category", "contact", "asserted", True)),
        ("The gang, which has hit several clinics this year, says it holds patients' phone numbers.", "en",
         ("data_category", "contact", "asserted", True)),
        # a gang the press names
        ("LockBit says it holds patients' phone numbers and will publish them on Friday.", "en",
         ("data_category", "contact", "asserted", True)),
        ("A hacking group calling itself Nightjar is offering what it says are patients' phone numbers.", "en",
         ("data_category", "contact", "asserted", True)),
    ],
)
def test_what_attackers_say_through_an_aside_or_by_name_is_hedged(text, lang, expected):
    assert expected in found(text, lang)


def test_owning_up_to_the_attack_does_not_hedge_the_attack():
    assert ("attack_vector", "ransomware", "asserted", False) in found(
        "Le groupe Rhysida, spécialiste des rançongiciels, revendique l'attaque contre le CH de Vierzon.")


def test_what_intruders_could_see_once_inside_is_no_possibility():
    """"had got into its system and could see files": past ability, not a hedge."""
    from tests.claims.helpers import claims_of
    found = claims_of("The firm said an attacker had got into its support system and could see files holding "
                      "customers' names and email addresses.", "en")
    assert ("data_category", "identity", "asserted", False) in found
    assert ("data_category", "contact", "asserted", False) in found
