"""Incident scope: relevance, and articles about another incident kept out."""

from __future__ import annotations

import datetime as dt

from claims.extraction.lexicon import load_profile
from claims.extraction.scope import judge_scope

INCIDENT = dict(
    keywords=["GRADeS", "ARS", "agence régionale de santé", "e-santé", "cyberattaque", "fuite de données",
              "données de santé", "health agency", "data breach", "patients"],
    since=dt.date(2025, 9, 1),
    description=(
        "Début septembre 2025, des attaquants ont usurpé les comptes d'une dizaine de professionnels "
        "de santé pour accéder à des services des GRADeS, opérateurs e-santé des agences régionales de "
        "santé (ARS). Des données d'identité de patients ont été dérobées ; aucune donnée médicale."
    ),
)

ABOUT = (
    "Des attaquants ont usurpé l'identité d'une dizaine de professionnels de santé pour accéder aux "
    "services des GRADeS. L'intrusion a été détectée le 4 septembre. Les données d'identité de patients "
    "ont été dérobées, aucune donnée médicale, selon l'ARS. En 2024, un éditeur avait déjà subi une "
    "cyberattaque."
)
OTHER_YEAR = (
    "La CNIL sanctionne l'éditeur Medilogis pour la fuite de données de 2024. En 2024, une cyberattaque "
    "avait exposé les données de santé de 750 000 patients, dont leurs numéros de sécurité sociale. "
    "Plusieurs ARS avaient alors appelé à la vigilance face à l'hameçonnage."
)
OFF_TOPIC = (
    "Le nouveau pôle mère-enfant de l'hôpital ouvre ses portes, financé en partie par l'ARS. "
    "Les données de santé des patientes sont hébergées chez un hébergeur agréé."
)


def judge(title, text, published=dt.date(2025, 9, 10), semantic=None):
    return judge_scope(title=title, text=text, published=published, profile=load_profile(), semantic=semantic, **INCIDENT)


def test_an_article_about_the_incident_is_in_even_with_a_recap():
    scope = judge("Cyberattaque : des données de patients dérobées", ABOUT)
    assert scope.in_incident and scope.relevance > 0.5
    assert "About the incident" in scope.reason


def test_an_english_article_about_the_incident_is_in():
    text = ("Attackers impersonated about ten health professionals to access GRADeS services run for the "
            "regional health agencies. The intrusion was detected on 4 September; patients' names were stolen.")
    assert judge("French health agency data breach", text).in_incident


def test_another_year_s_breach_is_out_though_it_shares_keywords():
    scope = judge("Fuite de données de 2024 : la CNIL sanctionne Medilogis", OTHER_YEAR, published=dt.date(2025, 9, 3))
    assert not scope.in_incident
    assert "another incident" in scope.reason and "2024" in scope.reason


def test_an_article_that_never_speaks_of_an_attack_is_out():
    scope = judge("Le pôle mère-enfant ouvre ses portes", OFF_TOPIC)
    assert not scope.in_incident


def test_published_before_the_window_is_out():
    scope = judge("Cyberattaque : des données de patients dérobées", ABOUT, published=dt.date(2025, 8, 20))
    assert not scope.in_incident and "before the incident window" in scope.reason


def test_semantic_similarity_moves_relevance():
    low = judge("Cyberattaque : des données dérobées", ABOUT, semantic=0.5).relevance
    high = judge("Cyberattaque : des données dérobées", ABOUT, semantic=0.95).relevance
    assert high > low


def test_unrelated_text_has_low_relevance():
    scope = judge("Football : victoire à domicile", "L'équipe a gagné trois buts à zéro samedi soir.")
    assert not scope.in_incident and scope.relevance < 0.2


MUTUELLE = (
    "La Mutuelle Alliance Santé a confirmé vendredi le vol des données de 15 millions de personnes, après une "
    "intrusion chez un prestataire informatique découverte le 8 septembre.\n"
    "Noms, adresses et numéros de sécurité sociale figurent parmi les données dérobées, selon la mutuelle.\n"
    "Cette fuite survient quelques jours après celle des GRADeS, annoncée par les ARS Hauts-de-France, Normandie et "
    "Pays de la Loire, mais elle est sans rapport avec elle."
)


def test_another_victims_breach_published_after_the_incident_and_naming_it_is_out():
    scope = judge("Mutuelle Alliance Santé : les données de 15 millions de personnes dérobées", MUTUELLE,
                  published=dt.date(2025, 9, 12), semantic=0.88)
    assert not scope.in_incident and "another kind of victim" in scope.reason


def test_another_agencys_attack_is_out_though_its_lead_names_an_ars():
    text = ("Le site internet de l'agence régionale de santé Grand Est a été inaccessible pendant six heures mercredi, "
            "à la suite d'une attaque par déni de service revendiquée par un groupe d'hacktivistes.")
    scope = judge("Le site de l'ARS Grand Est rendu inaccessible par une attaque", text,
                  published=dt.date(2025, 11, 6), semantic=0.90)
    assert not scope.in_incident


def test_a_follow_up_that_names_the_grades_but_no_region_is_in():
    text = ("Des patients de Bretagne figurent parmi les personnes dont les données ont été consultées lors de la "
            "cyberattaque contre les services e-santé des GRADeS, affirment des médecins de Rennes.\n"
            "Le risque d'escroquerie est réel, préviennent les médecins.")
    scope = judge("Fuite de données des GRADeS : des patients bretons aussi concernés ?", text,
                  published=dt.date(2025, 9, 12), semantic=0.90)
    assert scope.in_incident, scope.reason
