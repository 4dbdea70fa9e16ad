"""Faults any breach's coverage can trip (issue 9, round thirty), one test each, on sentences of our
own about two invented incidents: the Halden Valley health network and the Ville de Brésillac."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

HALDEN = IncidentContext(organizations=("Halden Valley Health",), keywords=("Halden Valley",), since=dt.date(2025, 1, 1))
TOWN = IncidentContext(organizations=("Ville de Brésillac",), keywords=("Brésillac",), since=dt.date(2025, 1, 1))
CARE_HOMES = IncidentContext(organizations=("Groupe Maelis",), keywords=("Maelis", "Ehpad"), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 3, 14)


def slot(text: str, name: str, lang: str = "en", incident: IncidentContext = HALDEN,
         published: dt.date = PUBLISHED) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, published, incident) if c[0] == name}


def test_care_denied_in_what_is_said_with_its_day_between_verb_and_that():
    # "insisted on Tuesday that": the "that" opens what is said, it is no relative pronoun
    text = "Its managers insisted on Tuesday that patient care was not being interrupted."
    assert slot(text, "care_impact") == {("care", "denied")}


def test_two_subjects_joined_by_and_after_that_share_the_negated_verb():
    text = ("Halden Valley Health blamed the outage on a cyberattack, but insisted that patient care at the "
            "hospitals and its other sites was not being interrupted.")
    assert slot(text, "care_impact") == {("care", "denied")}


def test_care_kept_intact_and_without_the_slightest_effect_is_denied():
    intact = "Le Groupe Maelis assure que la prise en charge des résidents est demeurée intacte après la cyberattaque."
    slightest = ("Un logiciel malveillant a forcé le Groupe Maelis à couper son réseau, sans la moindre incidence sur "
                 "les soins.")
    for text in (intact, slightest):
        assert ("care", "denied") in slot(text, "care_impact", "fr", CARE_HOMES)


def test_the_day_a_breach_came_to_light_is_not_the_day_it_happened():
    text = "March 3 is the day the Halden Valley Health breach came to light, not the day it happened."
    assert slot(text, "attack_date") == {("2025-03-03", "denied")}


def test_a_deadline_to_claim_and_the_day_a_gang_claimed_the_attack_date_nothing():
    deadline = "Patients hit by the Halden Valley Health breach have until April 6 to claim from the settlement."
    claimed = "The gang, which claimed the Halden Valley Health attack on Jan. 7, threatened to publish names."
    assert slot(deadline, "attack_date") == set()
    assert slot(claimed, "attack_date") == set()
    # a reporting verb before the attack noun still reports a clause that dates the attack
    ran = "The agency says the attack on Halden Valley Health ran from 6 February to 5 March."
    assert ("2025-02-06", "asserted") in slot(ran, "attack_date")


def test_a_night_named_by_its_two_days_takes_the_month_named_before():
    text = ("Le 18 janvier, jour où la mairie a publié son avis, reste étranger à l'attaque elle-même, qui a frappé "
            "la Ville de Brésillac dans la nuit du 16 au 17.")
    assert ("2025-01-16", "asserted") in slot(text, "attack_date", "fr", TOWN, dt.date(2025, 11, 15))


def test_data_the_thieves_got_away_with_and_that_fell_into_other_hands():
    away = "The thieves got away with patients' names, dates of birth and Social Security numbers."
    hands = "Halden Valley Health's complaint says users' phone numbers fell into a third party's hands."
    assert {"identity", "social_security_number"} <= {value for value, _p in slot(away, "data_category")}
    assert ("contact", "asserted") in slot(hands, "data_category")
    french = "Les pirates sont repartis avec les numéros de téléphone des résidents du Groupe Maelis."
    assert ("contact", "asserted") in slot(french, "data_category", "fr", CARE_HOMES)


def test_a_town_named_alone_is_its_council():
    text = "Une cyberattaque a frappé Brésillac dans la nuit de samedi à dimanche."
    assert slot(text, "organization", "fr", TOWN) == {("Ville de Brésillac", "asserted")}


def test_a_town_named_as_a_place_is_not_its_council():
    for text in ("À Brésillac, aucune donnée n'a été volée lors de la cyberattaque.",
                 "Les habitants de Brésillac n'ont pas été touchés par la cyberattaque."):
        assert slot(text, "organization", "fr", TOWN) == set()


def test_a_pronoun_for_the_organisation_named_in_the_sentence_before():
    text = "Halden Valley Health has filled in the timeline. It was hit by a cyberattack in February."
    assert ("Halden Valley Health", "asserted") in slot(text, "organization")
    french = ("Le Cégep rouvre ses portes. Cette date n'a rien à voir avec l'attaque contre ses serveurs, "
              "survenue le vendredi 3 mai.")
    college = IncidentContext(organizations=("Cégep de Lanvallon",), keywords=("Cégep",), since=dt.date(2025, 1, 1))
    assert ("Cégep de Lanvallon", "asserted") in slot(french, "organization", "fr", college, dt.date(2025, 5, 13))


def test_a_possessive_after_another_body_is_that_body():
    text = ("Halden Valley Health has filled in the timeline. On the same day Norbank, the region's biggest bank, "
            "said it had beaten off an attack on its systems.")
    assert slot(text, "organization") == set()


def test_a_document_through_a_possessive_speaks_for_the_organisation():
    update = "Halden Valley Health moved surgeries. Its update was blunter: “Radiology is unavailable at the moment.”"
    reads = ("Halden Valley Health's notice says far less. “Our network went down because of a cybersecurity "
             "incident,” it reads.")
    for text in (update, reads):
        assert slot(text, "quote") == {("Halden Valley Health", "asserted")}


def test_a_pronoun_speaker_with_nobody_named_is_the_subject_before_of_its_gender():
    text = ("La direction générale du Groupe Maelis a voulu une remise en route prudente. « Nous veillons d'abord "
            "à la sécurité des résidents », souligne-t-elle.")
    assert slot(text, "quote", "fr", CARE_HOMES) == {("Groupe Maelis", "asserted")}
    other = ("La Ville de Brésillac n'a rien voulu dire. « Aucune option n'est écartée », a-t-il glissé.")
    assert ("Ville de Brésillac", "asserted") not in slot(other, "quote", "fr", TOWN)


def test_told_in_a_separate_email_spares_nothing():
    text = ("Halden Valley Health staff have been told in a separate email that their bank account numbers could "
            "have been accessed in January.")
    assert slot(text, "data_category") == {("banking", "asserted")}


def test_a_consequence_after_a_negated_clause_is_said():
    text = "Halden Valley Health had still not sent notice letters, leaving patients exposed to identity theft."
    assert ("identity_theft", "asserted") in slot(text, "risk")


def test_a_rule_that_did_not_require_encryption_denies_no_data():
    text = "Rules never required Halden Valley Health to encrypt Social Security numbers, which the hackers stole."
    assert ("social_security_number", "denied") not in slot(text, "data_category")


def test_an_audience_is_not_a_count_of_victims():
    monthly = "After the Halden Valley Health breach, the app says it has more than 90 million monthly active users."
    french = "Le Groupe Maelis accompagne plus de 100 000 personnes ; ses serveurs ont été piratés."
    assert slot(monthly, "victim_count") == set()
    assert slot(french, "victim_count", "fr", CARE_HOMES) == set()
