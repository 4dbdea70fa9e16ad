"""Faults any breach's coverage can trip (issue 9, round forty-two), one test each, on sentences of our own
about invented incidents: the health system Prairie Health, the pub chain Tollgate Inns, the booking
platform DocAvenir and the agency Fonds Boréal."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

HEALTH = IncidentContext(organizations=("Prairie Health",), keywords=("Prairie",), since=dt.date(2025, 3, 1))
PUBS = IncidentContext(organizations=("Tollgate Inns",), keywords=("Tollgate",), since=dt.date(2025, 3, 1))
PLATFORM = IncidentContext(organizations=("DocAvenir",), keywords=("DocAvenir",), since=dt.date(2025, 11, 1))
AGENCY = IncidentContext(organizations=("Fonds Boréal",), keywords=("Fonds Boréal",), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 12, 5)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return slot_of(text, name, lang, PUBLISHED, incident)


def test_a_phishing_attack_is_the_way_in_not_a_risk():
    text = "The phishing attack on Prairie Health ended up as the second-largest health breach reported this year."
    assert slot(text, "attack_vector", HEALTH) == {("phishing", "asserted", False)}
    assert slot(text, "risk", HEALTH) == set()


def test_a_scheme_that_gave_outsiders_access_counts_the_people_written_to():
    text = ("Prairie Health has begun mailing letters to roughly 900,000 patients after a phishing scheme gave "
            "outsiders access to several of its employees' e-mail accounts, the health system said Monday.")
    assert slot(text, "victim_count", HEALTH) == {(900000, "asserted", False)}


def test_not_ruling_out_identity_theft_names_the_risk():
    assert slot("Security experts do not rule out identity theft.", "risk", HEALTH) == {
        ("identity_theft", "asserted", False)}
    assert not any(p == "denied" for _v, p, _h in slot(
        "Des spécialistes n'excluent pas non plus des tentatives d'usurpation d'identité.", "risk", PLATFORM, "fr"))


def test_the_source_inside_an_aside_hedges_the_aside_alone():
    text = ("La plateforme DocAvenir a reconnu vendredi qu'une intrusion informatique, survenue le 28 novembre selon "
            "elle, avait permis à un tiers de consulter des données de près de 200 000 utilisateurs.")
    assert slot(text, "attack_date", PLATFORM, "fr") == {("2025-11-28", "asserted", True)}
    assert slot(text, "organization", PLATFORM, "fr") == {("DocAvenir", "asserted", False)}
    assert slot(text, "victim_count", PLATFORM, "fr") == {(200000, "asserted", False)}


def test_former_staff_among_the_victims_are_no_insiders():
    text = ("Outre le millier d'employés actuels, un nombre encore inconnu d'anciens salariés figure dans les données "
            "volées chez le fournisseur du Fonds Boréal.")
    assert slot(text, "attack_vector", AGENCY, "fr") == set()


def test_the_users_a_company_claims_are_no_victims():
    text = ("DocAvenir revendique quelque 60 000 utilisateurs, mais ce sont 9 000 médecins qui ont dû se passer du "
            "logiciel pendant une semaine après la cyberattaque.")
    assert (60000, "asserted", False) not in slot(text, "victim_count", PLATFORM, "fr")
    assert (60000, "asserted", True) not in slot(text, "victim_count", PLATFORM, "fr")


def test_the_canadian_and_british_numbers_are_social_security_numbers():
    fr = ("Les pirates ont dérobé les nom et prénom, la date de naissance et le numéro "
          "d'assurance sociale des employés du Fonds Boréal.")
    assert ("social_security_number", "asserted", False) in slot(fr, "data_category", AGENCY, "fr")
    en = ("Staff details were stolen, Tollgate Inns said, though no salary, bank, tax or national insurance "
          "information was accessed.")
    got = slot(en, "data_category", PUBS)
    assert ("social_security_number", "denied", False) in got
    assert ("insurance", "denied", False) not in got


def test_malware_built_to_capture_card_data_took_it():
    text = ("Tollgate Inns says its investigation found malware on the tills at several pubs, built to capture the "
            "card number, expiration date and verification code of each card.")
    assert ("banking", "asserted", False) in slot(text, "data_category", PUBS)


def test_what_the_attackers_sought_is_not_what_they_took():
    text = ("Selon le président, les pirates cherchaient à mettre la main sur les coordonnées bancaires du "
            "personnel du Fonds Boréal ; ces données sont restées hors de leur portée, assure-t-il.")
    got = slot(text, "data_category", AGENCY, "fr")
    assert not any(polarity == "asserted" for _value, polarity, _hedged in got)
