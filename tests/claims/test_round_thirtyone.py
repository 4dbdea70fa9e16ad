"""Faults any breach's coverage can trip (issue 9, round thirty-one), one test each, on sentences of our
own about invented incidents: the Ostrel group, the Kellby Health network, the Ville de Vaudrenne and its
agglomeration, the Ferrand Company."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

OSTREL = IncidentContext(organizations=("Ostrel",), keywords=("Ostrel",), since=dt.date(2025, 1, 20))
KELLBY = IncidentContext(organizations=("Kellby Health",), keywords=("Kellby",), since=dt.date(2025, 1, 1))
TOWN = IncidentContext(organizations=("Ville de Vaudrenne", "GrandVaudrenne"), keywords=("Vaudrenne",),
                       since=dt.date(2025, 7, 1))
FERRAND = IncidentContext(organizations=("Ferrand Company",), keywords=("cyberattack",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 3, 20)


def slot(text: str, name: str, lang: str = "fr", incident: IncidentContext = OSTREL,
         published: dt.date = PUBLISHED) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, published, incident) if c[0] == name}


def test_a_date_said_wrong_or_rather_than_when_it_began_is_denied():
    wrong = "Le 25 juillet, date que retiennent certains sites, est erroné : l'attaque contre Vaudrenne date du 23."
    rather = "Feb. 8 is when Kellby Health says it discovered the breach, rather than when it began."
    assert ("2025-07-25", "denied") in slot(wrong, "attack_date", incident=TOWN, published=dt.date(2025, 7, 31))
    assert slot(rather, "attack_date", "en", KELLBY) == {("2025-02-08", "denied")}


def test_a_date_given_wrongly_is_denied():
    text = "Le rançongiciel a paralysé Ostrel, une infection que certains articles datent, à tort, du 28 janvier."
    assert ("2025-01-28", "denied") in slot(text, "attack_date")


def test_an_earlier_mention_of_this_incident_is_no_recap():
    text = "Ce rançongiciel avait déjà paralysé le groupe d'ingénierie Ostrel fin janvier."
    assert slot(text, "organization") == {("Ostrel", "asserted")}
    older = "Ce rançongiciel avait déjà paralysé le groupe d'ingénierie Ostrel en 2021."
    assert slot(older, "organization") == set()


def test_the_weekday_before_a_named_date_counts_back_from_it():
    text = ("Le 31 janvier, jour où la presse a révélé l'affaire, n'est pas celui de l'intrusion : les pirates "
            "avaient frappé Ostrel le lundi précédent.")
    assert ("2025-01-27", "asserted") in slot(text, "attack_date")


def test_what_a_blackmailer_seized_or_holds_and_what_a_file_showed():
    seized = "Un maître chanteur s'était emparé des adresses postales des clients d'Ostrel."
    held = "Ce que les voleurs ont en main, ce sont le nom et l'adresse des clients d'Ostrel."
    showed = "La pièce jointe envoyée à Ostrel reprenait les nom, prénom et adresse de clients."
    for text in (seized, held, showed):
        assert ("contact", "asserted") in slot(text, "data_category")


def test_what_came_back_is_dated_not_the_attack():
    text = "Quatre jours après l'intrusion chez Ostrel, les lignes téléphoniques sont revenues le jeudi 27 février."
    assert ("2025-02-27", "asserted") not in slot(text, "attack_date")


def test_a_company_named_without_its_company():
    text = "Ferrand was hit by a cyberattack on Nov. 4, its chief executive said."
    assert ("Ferrand Company", "asserted") in slot(text, "organization", "en", FERRAND, dt.date(2025, 12, 10))


def test_an_inverted_speaker_after_an_evening_and_before_an_occasion():
    text = ("« Nos spécialistes remontent à l'origine de l'attaque contre Ostrel », a affirmé mardi soir Julie "
            "Moreau en séance publique.")
    assert slot(text, "quote") == {("Julie Moreau", "asserted")}


def test_a_named_employee_speaks_as_the_employee():
    text = ("A Kellby Health employee who asked not to be named told a local paper that the network had been "
            "“hit by ransomware”.")
    assert slot(text, "quote", "en", KELLBY) == {("Kellby Health employee", "asserted")}


def test_the_first_end_of_a_range_of_money_counts_no_victims():
    text = "Ostrel chiffre l'effet du rançongiciel entre 12 et 14 millions d'euros pour les clients touchés."
    assert slot(text, "victim_count") == set()


def test_an_attack_that_deprives_or_had_already_crippled_the_organisation():
    deprives = "Depuis jeudi, une cyberattaque prive la Ville de Vaudrenne de tous ses outils informatiques."
    crippled = "Ce rançongiciel avait paralysé le groupe d'ingénierie Ostrel au printemps."
    assert ("Ville de Vaudrenne", "asserted") in slot(deprives, "organization", incident=TOWN,
                                                      published=dt.date(2025, 7, 31))
    assert ("Ostrel", "asserted") in slot(crippled, "organization")


def test_the_hacking_of_an_organisation_with_an_elided_de():
    text = "Quatre ans après le piratage d'Ostrel, l'enquête a débouché sur un coup de filet en Ukraine."
    assert ("Ostrel", "asserted") in slot(text, "organization", published=dt.date(2025, 11, 28))


def test_and_so_were_shares_the_sparing_and_a_dashed_list_keeps_out_of_it():
    text = ("For all the sensitivity of what was taken — diagnoses, lab results — Kellby Health patients' bank account "
            "numbers were spared, and so were passwords.")
    found = slot(text, "data_category", "en", KELLBY)
    assert {("credentials", "denied"), ("banking", "denied"), ("medical", "asserted")} <= found
    assert ("medical", "denied") not in found


def test_a_conditional_it_was_neither_denies_the_category():
    text = "Selon la radio locale, il ne s'agirait ni d'informations médicales ni de données sensibles d'Ostrel."
    assert slot(text, "data_category") == {("medical", "denied")}


def test_pharmacy_records_are_medical():
    text = "Kellby Health says it has seen no evidence that any personal information, pharmacy records included, was taken."
    assert ("medical", "denied") in slot(text, "data_category", "en", KELLBY)


def test_a_second_organisation_named_with_its_kind_in_a_list():
    text = "La ville de Vaudrenne et la communauté d'agglomération GrandVaudrenne ont subi une cyberattaque."
    assert slot(text, "organization", incident=TOWN, published=dt.date(2025, 7, 31)) == {
        ("Ville de Vaudrenne", "asserted"), ("GrandVaudrenne", "asserted")}


def test_malicious_software_planted_on_its_servers():
    text = "Kellby Health has begun telling patients that an intruder planted malicious software on its servers."
    assert slot(text, "organization", "en", KELLBY) == {("Kellby Health", "asserted")}
