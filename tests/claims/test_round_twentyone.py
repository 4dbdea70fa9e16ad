"""Faults any breach's coverage can trip (issue 9, round twenty-one), one test each, on sentences of our
own about invented incidents (the City of Harwick; the Clinique des Tilleuls; the Grand Lorvanne; the
councils of Ashby and Wold; the Lorvanne polytechnic; a public recruitment site)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

CITY = IncidentContext(organizations=("City of Harwick",), keywords=("Harwick",), since=dt.date(2025, 3, 1))
CLINIC = IncidentContext(organizations=("Clinique des Tilleuls",), keywords=("Tilleuls",), since=dt.date(2025, 3, 1))
AGGLO = IncidentContext(organizations=("Grand Lorvanne",), keywords=("Grand Lorvanne",), since=dt.date(2025, 3, 1))
COUNCIL = IncidentContext(organizations=("Ashby and Wold Council",), keywords=("Ashby and Wold", "cyber attack"),
                          since=dt.date(2025, 3, 1))
SCHOOL = IncidentContext(organizations=("Lorvanne INP",), keywords=("Institut national polytechnique de Lorvanne",),
                         since=dt.date(2025, 3, 1))
SITE = IncidentContext(organizations=("Service public Lorvanne",), keywords=("Service public Lorvanne",),
                       since=dt.date(2025, 3, 1))
AIRLINE = IncidentContext(organizations=("Lorvanne Air Lines",), keywords=("Lorvanne Air",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def slot(text: str, name: str, incident: IncidentContext = CITY, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


# Who was hit


def test_a_short_name_with_a_joining_word_is_the_configured_council():
    text = "Ashby and Wold said on Monday that it had been hit by a cyber attack."
    assert slot(text, "organization", COUNCIL) == {("Ashby and Wold Council", "asserted")}


def test_a_keyword_spelling_out_the_acronym_is_the_configured_name():
    text = "L'Institut national polytechnique de Lorvanne a été la cible d'une cyberattaque lundi soir."
    assert slot(text, "organization", SCHOOL, "fr") == {("Lorvanne INP", "asserted")}
    # a short bracket after the name parts it from nothing ("(Haute-Lorvanne)")
    text = "L'Institut national polytechnique de Lorvanne (Haute-Lorvanne) a été la cible d'une cyberattaque."
    assert slot(text, "organization", SCHOOL, "fr") == {("Lorvanne INP", "asserted")}


def test_having_files_taken_by_someone_is_being_hit():
    text = "Installée à Lyon, la clinique des Tilleuls s'est fait dérober des dossiers administratifs, écrit Le Progrès."
    assert ("Clinique des Tilleuls", "asserted") in slot(text, "organization", CLINIC, "fr")


def test_an_attack_on_its_services_reaches_the_organisation():
    text = ("Le groupe Pysa a revendiqué lundi l'attaque contre les services municipaux du Grand "
            "Lorvanne, en publiant des captures d'écran.")
    assert slot(text, "organization", AGGLO, "fr") == {("Grand Lorvanne", "asserted")}


def test_the_attack_at_an_organisation_and_the_attack_it_underwent():
    text = "She blames the two-hour drive on the cyberattack at Harwick."
    assert slot(text, "organization") == {("City of Harwick", "asserted")}
    text = ("Le réseau reste muet, conséquence directe de l'attaque informatique subie par le Grand Lorvanne dans la "
            "nuit de lundi à mardi.")
    assert ("Grand Lorvanne", "asserted") in slot(text, "organization", AGGLO, "fr")


def test_a_participle_of_being_hit_opening_the_sentence_describes_its_subject():
    text = ("Frappée mardi soir par une cyberattaque, la clinique des Tilleuls n'a finalement pas eu à transférer ses "
            "patients.")
    assert ("Clinique des Tilleuls", "asserted") in slot(text, "organization", CLINIC, "fr")
    # and the negation of the main clause does not reach the date the aside gives
    assert slot(text, "attack_date", CLINIC, "fr") == {("2025-06-17", "asserted")}


def test_a_word_of_the_name_that_reads_like_a_verb_of_publishing_makes_no_speaker():
    text = "Le piratage de Service public Lorvanne frappe un public bien particulier : des candidats à un emploi."
    assert slot(text, "organization", SITE, "fr") == {("Service public Lorvanne", "asserted")}


def test_what_follows_a_source_in_an_aside_is_the_source_s():
    text = ("Le groupe a mis en ligne les noms de 115 000 clients, des données volées à Lorvanne Air, selon le "
            "quotidien Le Progrès, qui précise que le groupe menace d'en diffuser davantage.")
    assert slot(text, "organization", AIRLINE, "fr") == {("Lorvanne Air Lines", "asserted")}


# Polarity


def test_a_negation_that_qualifies_a_phrase_denies_no_attack():
    text = ("The City of Harwick maintains that residents' data were left alone, and its mayor described the assault "
            "as one on the city's network, with no link to any leak of personal information.")
    assert ("City of Harwick", "denied") not in slot(text, "organization")


def test_its_data_said_not_compromised_is_no_denial_of_the_attack_on_it():
    text = ("Its IT chief said data on City of Harwick parking permits had not been compromised and that the council "
            "was not the only one hit.")
    assert ("City of Harwick", "denied") not in slot(text, "organization")
    # guard: its information systems said untouched are the organisation's own, and deny it was hit
    text = "Les systèmes d'information du Grand Lorvanne ne sont pas concernés par cet incident."
    assert slot(text, "organization", AGGLO, "fr") == {("Grand Lorvanne", "denied")}


def test_haste_is_no_denial():
    text = ("Scammers have wasted no time. Residents of Harwick have been getting calls from people claiming to work "
            "for the city and demanding payment.")
    assert ("fraud", "denied") not in slot(text, "risk")
    assert ("fraud", "asserted") in slot(text, "risk")


def test_a_day_owning_the_attack_dates_it_whatever_the_sentence_denies():
    text = "The messages have nothing to do with Monday's cyberattack on the City of Harwick, the city said."
    assert slot(text, "attack_date") == {("2025-06-16", "asserted")}


def test_care_said_not_to_have_suffered_after_a_verb_of_saying_is_denied():
    text = "The Clinique des Tilleuls maintains that patient care has not suffered."
    assert slot(text, "care_impact", CLINIC) == {("care", "denied")}


def test_what_stayed_out_of_the_attackers_reach_and_what_escaped_them_are_spared():
    text = ("A spokeswoman for the City of Harwick listed what stayed out of the attacker's reach: residents' payment "
            "details and the council's email.")
    assert slot(text, "data_category") == {("banking", "denied")}
    text = "Seuls les mots de passe auraient échappé aux pirates, d'après la clinique des Tilleuls."
    assert slot(text, "data_category", CLINIC, "fr") == {("credentials", "denied")}


def test_advice_before_a_statement_its_speaker_goes_on_to_make_hides_no_data():
    text = ("La clinique des Tilleuls demande à ses patients de se méfier des messages suspects, et précise que les "
            "mots de passe sont restés à l'abri.")
    assert slot(text, "data_category", CLINIC, "fr") == {("credentials", "denied")}


# Data


def test_an_enumeration_sharing_its_noun_names_each_member_s_category():
    text = ("The letters say the stolen files held names, Social Security and driver's licence numbers, and limited "
            "medical or treatment information of Harwick residents.")
    found = slot(text, "data_category")
    assert {("social_security_number", "asserted"), ("medical", "asserted")} <= found
    text = "Les pirates ont dérobé à la clinique des Tilleuls des données administratives, médicales et bancaires."
    assert {("medical", "asserted"), ("banking", "asserted")} <= slot(text, "data_category", CLINIC, "fr")
    # a member that says only whose data it is names no category
    text = "The intruders copied patient and staff information from the City of Harwick's servers."
    assert ("medical", "asserted") not in slot(text, "data_category")


def test_more_ways_to_name_data_and_to_reach_it():
    text = "Nothing suggests that the intruders got at residents' medical records, the City of Harwick said."
    assert slot(text, "data_category") == {("medical", "denied")}
    text = "The thieves took copies of driver licences and medical forms from the City of Harwick's mailboxes."
    assert {("identity", "asserted"), ("medical", "asserted")} <= slot(text, "data_category")
    text = "Parmi les pièces dérobées au Grand Lorvanne figurent des documents bancaires."
    assert slot(text, "data_category", AGGLO, "fr") == {("banking", "asserted")}


# Counts


def test_a_number_word_in_a_name_and_people_compensated_are_no_victims():
    text = ("Suspicion has fallen on a foreign state, according to officials quoted by Nine newspapers, who fear the "
            "City of Harwick data could be used against its staff.")
    assert slot(text, "victim_count") == set()
    text = "Only 41 people have been compensated so far after the City of Harwick breach."
    assert slot(text, "victim_count") == set()
    # guard: a number word opening the sentence still counts
    assert slot("Nine thousand residents had their data stolen in the City of Harwick breach.", "victim_count") \
        == {(9000, "asserted")}


# Quotation speakers


def test_a_capital_beyond_latin_1_opens_a_name():
    text = "« Les systèmes tombent un à un », a résumé son directeur, Tomáš Šťastný, devant la presse."
    assert slot(text, "quote", CLINIC, "fr") == {("Tomáš Šťastný", "asserted")}


def test_a_surname_alone_is_the_person_named_in_full_before():
    text = ("Jane Holloway had to drive her mother two hours to collect results after the cyberattack at Harwick. "
            "“It isn't fair to put her through this,” Holloway said.")
    assert slot(text, "quote") == {("Jane Holloway", "asserted")}


def test_remembering_is_saying_and_an_aside_may_part_verb_and_speaker():
    text = ("« Il a fallu tout isoler en pleine nuit », se souvient, encore émue, Claire Varenne, directrice de la "
            "clinique des Tilleuls.")
    assert slot(text, "quote", CLINIC, "fr") == {("Claire Varenne", "asserted")}
    text = ("Claire Varenne, directrice de la clinique des Tilleuls, a retracé la crise. « Il a fallu tout isoler », "
            "se souvient-elle.")
    assert ("Claire Varenne", "asserted") in slot(text, "quote", CLINIC, "fr")


def test_repeating_is_saying():
    text = "« La clinique ne paiera pas », a répété vendredi un porte-parole à l'agence AFP."
    assert slot(text, "quote", CLINIC, "fr") == {("Clinique des Tilleuls", "asserted")}


# Ways in and care


def test_files_encrypted_are_ransomware_and_emergencies_no_longer_taken_are_care():
    text = ("Des inconnus se sont introduits samedi dans le réseau de la clinique des Tilleuls, y ont chiffré des "
            "fichiers, et la clinique ne reçoit plus les urgences.")
    assert ("ransomware", "asserted") in slot(text, "attack_vector", CLINIC, "fr")
    assert ("care", "asserted") in slot(text, "care_impact", CLINIC, "fr")
