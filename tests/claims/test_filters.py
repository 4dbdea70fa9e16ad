"""Sentences that make no claim about the incident: advice, questions, recaps, lists, furniture."""

from __future__ import annotations

import pytest

import datetime as dt

from claims.extraction.extract import extract_claims
from claims.extraction.model import IncidentContext
from claims.extraction.profile import load_profile
from tests.claims.helpers import PUBLISHED, slots_of


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un établissement ne vous demandera jamais vos coordonnées bancaires.", "fr"),
        ("Ne communiquez jamais votre numéro de sécurité sociale ou vos mots de passe par courriel.", "fr"),
        ("Il est rappelé que l'Assurance maladie ne demande jamais de données bancaires par SMS.", "fr"),
        ("Votre clinique ne vous réclamera jamais de paiement par SMS après la cyberattaque.", "fr"),
        ("Contactez directement votre établissement en cas de doute sur un message reçu.", "fr"),
        ("Your hospital will never ask for your bank details over the phone.", "en"),
        ("Never share your social security number or passwords by email.", "en"),
    ],
)
def test_advice_is_no_data_claim(text, lang):
    assert slots_of(text, lang) == set()


def test_advice_keeps_the_risk_it_warns_of():
    assert slots_of("Méfiez-vous des tentatives d'hameçonnage dans les prochaines semaines.") == {
        ("risk", "phishing", "asserted")
    }


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a message that only claims its sender is phishing; payments nobody recognises are fraud
        ("Customers are told to be wary of any message that claims to come from the water company.", "en",
         {("risk", "phishing", "asserted")}),
        ("Les abonnés sont invités à se méfier des messages non sollicités prétendant venir de leur banque.", "fr",
         {("risk", "phishing", "asserted")}),
        ("Check your statements for payments you do not recognise and for unrecognised transactions.", "en",
         {("risk", "fraud", "asserted")}),
        # "in the past 15 years" is a period up to now, not an earlier incident
        ("Anyone who registered in the past 15 years is urged to watch out for unexpected calls.", "en",
         {("risk", "phishing", "asserted")}),
    ],
)
def test_advice_names_its_risk_in_the_press_s_words(text, lang, expected):
    assert slots_of(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Vos données ont-elles été volées ?", "fr"),
        ("Les données médicales ont-elles été touchées par la cyberattaque ?", "fr"),
        ("Were your medical records stolen?", "en"),
    ],
)
def test_questions_state_nothing(text, lang):
    assert slots_of(text, lang) == set()


def test_an_answer_takes_its_question_s_context():
    found = slots_of("What was stolen? Names, ages and, in some cases, phone numbers.", "en")
    assert found == {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("En 2024, une cyberattaque contre un éditeur de logiciels avait exposé les données de 750 000 patients.", "fr"),
        ("Ce n'est pas la première fois : l'an dernier, un hôpital avait été victime d'un rançongiciel.", "fr"),
        ("En mars 2025, une fuite avait concerné les données de 20 000 patients en Bretagne.", "fr"),
        ("Last year, the hospital in Cannes had been crippled by ransomware.", "en"),
    ],
)
def test_recaps_of_other_incidents_are_no_claims(text, lang):
    assert slots_of(text, lang) == set()


def test_a_series_opening_dates_the_earlier_victims_not_the_sentence():
    # "Après X en mars, c'est au tour de Y": the main clause names the newest of the series.
    assert ("region", "Bretagne", "asserted") in slots_of(
        "Après Brest en février, la Bretagne voit un deuxième hôpital visé par une cyberattaque en trois mois.")
    assert ("region", "Normandie", "asserted") in slots_of(
        "After Rouen in January, a second Normandy hospital has been hit by a cyberattack.", "en")
    # the attack itself dated in the opening is still a recap
    assert slots_of("Après la cyberattaque de janvier 2024, un deuxième audit a été mené en Bretagne.") == set()


def _with_incident(text: str, lang: str, organizations: tuple[str, ...]) -> set[tuple]:
    found = extract_claims(text, profile=load_profile(), language=lang, published=PUBLISHED,
                           incident=IncidentContext(organizations=organizations, since=dt.date(2025, 9, 1)))
    return {(c.slot, c.value, c.polarity) for c in found}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # an opening adverbial recalls another incident; the main clause is this one's
        ("Après Brest en mars, c'est un hôpital de Normandie qui a été visé par une cyberattaque.", "fr",
         {("region", "Normandie", "asserted")}),
        ("Après Dax en février, puis Arles en août, c'est un hôpital des Pays de la Loire qui a été frappé par une cyberattaque.",
         "fr", {("region", "Pays de la Loire", "asserted")}),
        ("After Corbeil-Essonnes in August, it is now a hospital in Normandy that has been hit by ransomware.", "en",
         {("region", "Normandie", "asserted"), ("attack_vector", "ransomware", "asserted")}),
    ],
)
def test_an_opening_recap_leaves_the_rest_of_the_sentence_read(text, lang, expected):
    assert slots_of(text, lang) == expected


def test_a_recap_after_a_colon_is_set_aside_behind_a_head_about_this_incident():
    # the head names the incident's organisation: it is read; the other breach's figure is not
    found = _with_incident("Les GRADeS ne sont pas les premiers visés : en 2021, les données de 1,4 million "
                           "de personnes avaient fuité à l'AP-HP.", "fr", ("GRADeS",))
    assert ("organization", "GRADeS", "asserted") in found
    assert not any(slot == "victim_count" for slot, _v, _p in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        # the head is itself a recap, or names nothing of this incident: the sentence stays a recap
        ("Le vol d'identifiants n'a rien de nouveau : en 2022, un site de paris en ligne avait vu 68 000 comptes "
         "piratés.", "fr"),
        ("Pirates who encrypt a hospital's files and demand a ransom: that is how ransomware works, and it hit "
         "27 hospitals in 2020.", "en"),
        # an opening that only dates dates the whole sentence; a comparison is no succession
        ("Après 2021, des données de 1,4 million de patients avaient de nouveau fuité.", "fr"),
        ("Comme lors de la fuite de 2021 à l'AP-HP, les données de 1,4 million de patients ont été copiées.", "fr"),
    ],
)
def test_a_sentence_that_only_recalls_stays_silent(text, lang):
    assert _with_incident(text, lang, ("GRADeS",)) == set()


def test_general_statements_are_no_claims():
    assert slots_of("Les données de santé sont particulièrement prisées des cybercriminels.") == set()
    assert slots_of("Cyberattacks on hospitals have increased in recent years.", "en") == set()


def test_related_article_lists_are_skipped():
    text = (
        "Aucune donnée médicale n'a été dérobée.\n"
        "À lire aussi\n"
        "Fuite de données chez Viamedis : 33 millions d'assurés concernés\n"
        "Les numéros de sécurité sociale de patients dérobés à Cannes\n"
        "Les noms des patients ont été dérobés."
    )
    assert slots_of(text) == {("data_category", "medical", "denied"), ("data_category", "identity", "asserted")}


def test_an_inline_related_link_is_skipped():
    assert slots_of("Read more: Data breach at Viamedis exposes 33 million insured people", "en") == set()


def test_page_furniture_is_skipped():
    assert slots_of("Partager sur Facebook\nAbonnez-vous à notre newsletter\nImprimer") == set()


def test_the_article_speaking_of_itself_is_skipped():
    assert slots_of("Victimes, arnaques, recours : nous répondons à vos questions sur la fuite de données.") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # reported speech puts the incident in the pluperfect: it is still this incident
        ("The clinic confirmed on Tuesday that it had been hit by a cyberattack that exposed patients' phone numbers.",
         "en", ("data_category", "contact", "asserted")),
        ("La clinique a annoncé mardi que ses serveurs avaient subi une intrusion et que des numéros de téléphone "
         "de patients avaient été copiés.", "fr", ("data_category", "contact", "asserted")),
    ],
)
def test_the_pluperfect_of_reported_speech_is_no_recap(text, lang, expected):
    assert expected in slots_of(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        # alone, or with "déjà" / "itself", or recalled ("rappelle que"), the pluperfect still recalls
        ("The clinic had been hit by ransomware that exposed patients' phone numbers.", "en"),
        ("Le syndicat rappelle que la clinique avait subi une intrusion et que des numéros de téléphone de patients "
         "avaient été copiés.", "fr"),
        ("La direction a indiqué que la clinique avait déjà été victime d'une fuite de numéros de téléphone.", "fr"),
    ],
)
def test_the_pluperfect_alone_or_recalled_stays_a_recap(text, lang):
    assert not any(slot == "data_category" for slot, _v, _p in slots_of(text, lang))


def test_a_day_that_opens_a_period_of_visits_makes_no_recap():
    """"people seen between 1 May 2015 and 4 July 2018": when they came, not an earlier incident."""
    text = ("A cyberattack on the Harbour clinic network has exposed the records of about 150,000 people who "
            "went to its clinics between 1 May 2015 and 4 July 2018.")
    incident = IncidentContext(organizations=("Harbour clinic network",), since=dt.date(2018, 6, 1))
    found = {(c.slot, c.value) for c in extract_claims(text, profile=load_profile(), language="en",
                                                       published=dt.date(2018, 7, 21), incident=incident)}
    assert ("victim_count", 150000) in found and ("organization", "Harbour clinic network") in found
    # a day before the incident's start that dates an event still makes a recap
    earlier = "A cyberattack on another clinic exposed the records of 40,000 people on 3 May 2015."
    assert not extract_claims(earlier, profile=load_profile(), language="en", published=dt.date(2018, 7, 21),
                              incident=incident)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Officials say probes are constant; a year earlier, another ministry had said hackers stole the phone "
         "numbers of 854 staff.", "en"),
        ("Les tentatives sont quotidiennes ; un an plus tôt, un autre ministère avait annoncé le vol des numéros de "
         "téléphone de 854 agents.", "fr"),
    ],
)
def test_a_year_earlier_recalls_another_incident(text, lang):
    assert not [c for c in slots_of(text, lang) if c[0] in ("victim_count", "data_category")]
