"""Faults any breach's coverage can trip (issue 9, round fifty), one test each, on sentences of our own
about invented incidents: the Orsanne retailer, the Velmont rowing association, the Carvel county and the
Lisière appointment-booking editor."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

ORSANNE = IncidentContext(organizations=("Orsanne",), keywords=("Orsanne",), since=dt.date(2025, 3, 1))
VELMONT = IncidentContext(organizations=("Velmont Rowing Association",), keywords=("Velmont",),
                          since=dt.date(2025, 3, 1))
CARVEL = IncidentContext(organizations=("Carvel County",), keywords=("Carvel",), since=dt.date(2025, 3, 1))
LISIERE = IncidentContext(organizations=("Lisière", "Ville de Morlanne"), keywords=("Lisière", "Morlanne"),
                          since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 3, 20)


def en(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, incident)


def fr(text: str, name: str, incident: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, incident)


def test_a_weekend_no_date_places_is_no_attack_date():
    assert en("A cyberattack over the weekend reached every one of Carvel County's servers.", "attack_date",
              CARVEL) == set()
    assert fr("Lisière a été piratée ce week-end, selon la mairie de Morlanne.", "attack_date", LISIERE) == set()


def test_card_details_captured_from_a_checkout_page_were_taken():
    text = "Names, addresses and full card details may all have been captured from Orsanne's checkout page."
    assert {c[0] for c in en(text, "data_category", ORSANNE)} == {"identity", "contact", "banking"}


def test_irish_pps_details_are_a_social_security_number():
    text = "Staff bank account and PPS details could have been accessed in the hack on Velmont's servers."
    assert ("social_security_number", "asserted", True) in en(text, "data_category", VELMONT)


def test_the_association_speaks_for_the_configured_association():
    text = ("Velmont's email servers were hacked last week. “We have taken this very seriously,” the association "
            "said in a statement.")
    assert ("Velmont Rowing Association", "asserted", False) in en(text, "quote", VELMONT)


def test_joining_a_long_list_of_targets_is_being_one():
    text = "Orsanne joins a long list of Magecart targets, two airlines and a ticket seller among them."
    assert en(text, "organization", ORSANNE) == {("Orsanne", "asserted", False)}


def test_the_people_letters_went_out_to_are_counted():
    text = "Letters went out to 292 people on March 12, the county said of the Carvel County breach."
    assert en(text, "victim_count", CARVEL) == {(292, "asserted", False)}


def test_a_verb_of_denial_turns_round_what_the_organisation_reports():
    assert en("Orsanne denied it had been breached.", "organization", ORSANNE) == {("Orsanne", "denied", False)}
    assert en("Orsanne denies any breach.", "organization", ORSANNE) == {("Orsanne", "denied", False)}
    assert fr("Lisière nie avoir été piratée.", "organization", LISIERE) == {("Lisière", "denied", False)}
    assert fr("Même si Lisière conteste toute intrusion, un blog maintient que le fichier est authentique.",
              "organization", LISIERE) == {("Lisière", "denied", False)}
    # what it disputes is the scale, then it reports the theft
    text = "Lisière conteste l'ampleur décrite : des informations ont bien été consultées sur ses serveurs."
    assert ("Lisière", "denied", False) not in fr(text, "organization", LISIERE)


def test_a_second_statement_coordinated_to_a_denial_keeps_its_own_hedge():
    text = ("Lisière dément toute brèche dans ses serveurs et suggère que les informations mises en vente ont pu être "
            "glanées par des logiciels espions.")
    assert fr(text, "organization", LISIERE) == {("Lisière", "denied", False)}


def test_the_paper_a_speaker_told_is_not_part_of_the_speaker():
    text = "« Le mot de passe servait aussi ailleurs », a expliqué Lisière au Parisien."
    assert fr(text, "quote", LISIERE) == {("Lisière", "asserted", False)}


def test_a_password_reused_against_the_victim_is_impersonation():
    text = ("« Le mot de passe servait aussi sur d'autres plateformes, et il a été réutilisé contre nous », "
            "a expliqué Lisière.")
    assert ("impersonation", "asserted", False) in fr(text, "attack_vector", LISIERE)


def test_where_the_leak_happened_is_the_organisation_hit():
    text = ("La Ville de Morlanne indique que la fuite est survenue sur Lisière, la plateforme qu'elle utilise pour "
            "ses rendez-vous.")
    assert ("Lisière", "asserted", False) in fr(text, "organization", LISIERE)


def test_code_slipped_into_a_shop_dates_the_attack():
    text = ("Orsanne's investigation found that an unauthorized third party had added code to two of the site's "
            "pages on March 7.")
    assert en(text, "attack_date", ORSANNE) == {("2025-03-07", "asserted", False)}


def test_an_organisation_speaking_in_an_aside_does_not_deny_itself():
    text = "Ticket sales, Velmont pointed out, go through a third-party platform and were not touched."
    assert en(text, "organization", VELMONT) == set()


def test_the_shop_customers_used_is_not_what_their_denial_denies():
    text = ("Customers of Carvel County's parking service were hit; shoppers who paid through the Orsanne mobile app "
            "were not affected.")
    assert ("Orsanne", "denied", False) not in en(text, "organization", ORSANNE)


def test_no_known_fraud_so_far_is_no_risk():
    text = "Orsanne says it is not aware of any fraud or identity theft tied to the breach of its website."
    assert en(text, "risk", ORSANNE) == set()


def test_fraudulent_purchases_and_strange_charges_are_fraud():
    text = "Criminals could make fraudulent purchases with the card data stolen from Orsanne, researcher Ray Whitby warned."
    assert ("fraud", "asserted", False) in en(text, "risk", ORSANNE)
    # (an unnamed researcher's warning hedges the risk, D2; round fifty-three reads a source closing the sentence so)
    text = "Criminals could make fraudulent purchases with the card data stolen from Orsanne, a researcher warned."
    assert ("fraud", "asserted", True) in en(text, "risk", ORSANNE)


def test_a_category_the_company_says_may_be_exposed_is_not_denied_by_one_item_spared():
    text = ("Orsanne says what was exposed may include names, addresses and bank account details. No customer "
            "credit card numbers were in the affected files, a spokesperson said.")
    assert ("banking", "denied", False) not in en(text, "data_category", ORSANNE)
    # what an unnamed blog says and what the company denies are two statements
    text = ("One technology blog reported that hackers may have stolen names and payment information from Orsanne. "
            "The retailer's own letter says no financial data was exposed.")
    banking = {c for c in en(text, "data_category", ORSANNE) if c[0] == "banking"}
    assert banking == {("banking", "asserted", True), ("banking", "denied", False)}


def test_a_statement_coordinated_after_another_is_a_clause_of_its_own():
    text = ("Orsanne confirmed that names were stolen and insists no card numbers were taken, but adds that phone "
            "numbers may have been copied.")
    assert en(text, "data_category", ORSANNE) == {("identity", "asserted", False), ("banking", "denied", False),
                                                  ("contact", "asserted", True)}


def test_the_details_fraudsters_will_ask_for_were_not_taken():
    text = ("Orsanne said card numbers were never held on the affected system, but warned that fraudsters might ring "
            "people pretending to be from the company and ask for their bank details.")
    assert en(text, "data_category", ORSANNE) == {("banking", "denied", False)}


def test_an_organisation_s_website_reached_is_the_organisation_hit_not_its_voice():
    assert en("Hackers got into Orsanne's website in March.", "organization", ORSANNE) == {
        ("Orsanne", "asserted", False)}
    assert en("The malicious code injected into Orsanne never reached orders placed through its app.",
              "organization", ORSANNE) == {("Orsanne", "asserted", False)}
    assert en("Orsanne's website said no customer data was taken.", "organization", ORSANNE) == set()


def test_what_was_taken_from_its_systems_was_taken():
    text = "Financial information was not among what was taken from its systems, Orsanne said."
    assert en(text, "organization", ORSANNE) == {("Orsanne", "asserted", False)}
    assert en(text, "data_category", ORSANNE) == {("banking", "denied", False)}


def test_the_flaw_they_went_through_names_whose_systems_they_were():
    text = ("Lisière a découvert le 13 mars que des pirates avaient profité d'une faille de son logiciel de suivi "
            "pour en extraire des données de clients.")
    assert ("Lisière", "asserted", False) in fr(text, "organization", LISIERE)
    text = "A researcher flagged the vulnerability in Orsanne's website through which card data leaked."
    assert ("Orsanne", "asserted", False) in en(text, "organization", ORSANNE)
