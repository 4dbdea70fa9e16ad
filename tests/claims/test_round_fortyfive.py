"""Faults any breach's coverage can trip (issue 9, round forty-five), one test each, on sentences of our
own about invented incidents: the Harwell children's hospital, the Dorvel haulage firm, the Ville de
Corvenne and the Clinique de Montbrison."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of, slot_of

HARWELL = IncidentContext(organizations=("Harwell Children's Hospital",), keywords=("Harwell",),
                          since=dt.date(2025, 3, 1))
DORVEL = IncidentContext(organizations=("Dorvel Logistics",), keywords=("Dorvel",), since=dt.date(2025, 3, 1))
CORVENNE = IncidentContext(organizations=("Ville de Corvenne",), keywords=("Corvenne",), since=dt.date(2025, 3, 1))
MONTBRISON = IncidentContext(organizations=("Clinique de Montbrison",), keywords=("Montbrison", "clinique"),
                             since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext = HARWELL) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def fr(text: str, name: str, incident: IncidentContext = CORVENNE) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


# Log-ins renewed as a precaution are no log-ins taken.

def test_credentials_reset_after_the_attack_were_not_taken():
    text = ("Two weeks after the ransomware attack, Dorvel Logistics said it had reset and revalidated every user's "
            "credentials and was bringing its systems back; whether any data was taken is still unknown.")
    assert en(text, "data_category", DORVEL) == set()


def test_a_forced_password_reset_names_no_password_taken():
    text = ("Dorvel Logistics has switched off security questions and is making every customer choose a new password, "
            "not only those whose data was taken.")
    assert en(text, "data_category", DORVEL) == set()


def test_password_reset_codes_in_a_dump_are_still_credentials_taken():
    text = ("The dump the hackers posted holds names, email addresses, hashed passwords and password-reset codes "
            "stolen from Dorvel Logistics.")
    assert ("credentials", "asserted", False) in en(text, "data_category", DORVEL)


def test_staff_told_to_change_passwords_while_access_is_blocked_is_no_theft():
    text = ("La clinique de Montbrison a demandé à son personnel de changer ses mots de passe et a bloqué l'accès aux "
            "sites extérieurs.")
    assert fr(text, "data_category", MONTBRISON) == set()


# A password guessed: how they got in, and a log-in they held.

def test_a_guessed_password_is_impersonation_and_credentials():
    text = "Hackers got into Dorvel Logistics by guessing one employee's password, its former director says."
    assert ("impersonation", "asserted", False) in en(text, "attack_vector", DORVEL)
    assert ("credentials", "asserted", False) in en(text, "data_category", DORVEL)


def test_a_password_that_fell_into_their_hands_is_credentials():
    text = "The director says a password was guessed; from there the gang moved through Dorvel Logistics' network."
    assert ("credentials", "asserted", False) in en(text, "data_category", DORVEL)


# Counts.

def test_jobs_lost_in_the_collapse_are_not_victims():
    text = "The ransomware attack sank Dorvel Logistics and put about 700 people out of work."
    assert en(text, "victim_count", DORVEL) == set()


def test_parents_whose_data_was_stolen_are_counted():
    text = "Les renseignements personnels de quelque 5000 parents ont été dérobés dans la base de la Ville de Corvenne."
    assert fr(text, "victim_count") == {(5000, "asserted", False)}


def test_parents_written_to_before_then_the_families_hit_are_two_figures():
    text = ("La Ville de Corvenne écrira dès aujourd'hui aux 86 000 parents inscrits, puis enverra une lettre aux "
            "familles des 5000 enfants dont les données ont été volées.")
    assert fr(text, "victim_count") == {(5000, "asserted", False)}


# Who says it.

def test_a_class_action_against_the_hospital_saying_it_was_breached_is_hedged():
    text = ("Two parents have filed a proposed class action against Harwell Children's Hospital, saying the March breach "
            "exposed the records of about 42,000 patients.")
    assert en(text, "victim_count") == {(42000, "asserted", True)}


def test_a_complaint_that_puts_the_number_at_a_figure_is_hedged():
    text = "A complaint filed in court on Wednesday puts the number at more than 40,000 patients of Harwell."
    assert en(text, "victim_count") == {(40000, "asserted", True)}


def test_a_hospitals_officials_speak_for_the_hospital():
    text = "“We can treat any child who needs us,” Harwell Children's Hospital officials said on Wednesday."
    assert ("Harwell Children's Hospital", "asserted", False) in en(text, "quote")


def test_a_firm_the_text_does_not_name_hedges_the_risk_it_warns_of():
    text = "One security training firm warns that the stolen details of Harwell patients could be used for phishing."
    assert en(text, "risk") == {("phishing", "asserted", True)}


def test_a_name_that_begins_like_a_hedge_word_hedges_nothing():
    text = "The gang behind the 12 March attack on Dorvel Logistics refused to tell Suspectfile how it got in."
    assert en(text, "attack_date", DORVEL) == {("2025-03-12", "asserted", False)}


# How far a source reaches.

def test_a_source_after_a_colon_does_not_hedge_the_statement_before_it():
    text = ("La Ville de Corvenne tourne au ralenti depuis l'attaque informatique de la semaine dernière : la rançon "
            "atteint 450 000 euros selon la mairie.")
    assert organisations_of(claims_of(text, "fr", PUBLISHED, CORVENNE)) == {("Ville de Corvenne", "asserted")}
    assert not any(c[3] for c in claims_of(text, "fr", PUBLISHED, CORVENNE) if c[0] == "organization")


def test_a_source_inside_a_negated_relative_clause_stays_there():
    text = ("La clinique de Montbrison a été la cible de pirates le samedi 8 mars, une intrusion qui n'aurait, selon la "
            "direction, pas perturbé la marche de l'établissement.")
    assert fr(text, "attack_date", MONTBRISON) == {("2025-03-08", "asserted", False)}


def test_the_last_item_of_a_possible_list_is_possible_too():
    text = ("Depending on the patient, the Harwell files could contain names, card numbers, and usernames and "
            "passwords.")
    assert en(text, "data_category") == {("identity", "asserted", True), ("banking", "asserted", True),
                                         ("credentials", "asserted", True)}


# Neither confirming nor denying.

def test_neither_confirming_nor_denying_a_ransom_denies_no_attack():
    text = ("Trois semaines après l'intrusion détectée dans son réseau, la Ville de Corvenne ne confirme ni n'infirme "
            "avoir reçu une demande de rançon ; la mairie assure seulement avoir repris ses activités « de manière "
            "sûre ».")
    assert ("Ville de Corvenne", "denied") not in organisations_of(claims_of(text, "fr", PUBLISHED, CORVENNE))


# Who was attacked.

def test_the_attack_on_an_organisation_is_no_speaker_whatever_the_verb():
    text = "Si les soins ne semblent pas avoir souffert, l'attaque contre la clinique de Montbrison rappelle la fragilité du secteur."
    assert organisations_of(claims_of(text, "fr", PUBLISHED, MONTBRISON)) == {("Clinique de Montbrison", "asserted")}


def test_an_organisations_employees_whose_data_was_stolen_make_it_attacked():
    text = "Des pirates ont volé des renseignements personnels et bancaires d'employés de la Ville de Corvenne."
    assert organisations_of(claims_of(text, "fr", PUBLISHED, CORVENNE)) == {("Ville de Corvenne", "asserted")}
    assert fr(text, "data_category") == {("banking", "asserted", False)}


# Dates.

def test_an_intrusion_detected_only_on_a_day_is_not_dated_by_it():
    text = "À la clinique de Montbrison, l'intrusion n'a été détectée que le 1er mars, un mois après ses débuts."
    assert fr(text, "attack_date", MONTBRISON) == set()


def test_falling_victim_on_a_day_dates_the_attack():
    text = "Harwell Children's Hospital fell victim to an information technology security issue on Sunday evening."
    assert en(text, "attack_date") == {("2025-03-16", "asserted", False)}


def test_a_contract_dated_a_day_dates_no_attack():
    text = ("The agreements Dorvel Logistics signed with its lawyers, dated March 12 and ratified by the board on "
            "Tuesday, plan to obtain a copy of the ransom note and allow for payments in bitcoin.")
    assert en(text, "attack_date", DORVEL) == set()


# Care.

def test_a_health_establishments_own_working_unaffected_is_care_denied():
    text = "La clinique de Montbrison a subi une attaque sans que son fonctionnement en soit affecté."
    assert fr(text, "care_impact", MONTBRISON) == {("care", "denied", False)}


def test_urgent_care_still_open_beside_x_rays_disrupted_is_care_asserted_only():
    text = ("X-ray services have been disrupted at Harwell Children's Hospital since the cyberattack. The phones "
            "still work, and urgent care, the emergency department and routine pediatric care stay open.")
    assert en(text, "care_impact") == {("care", "asserted", False)}
