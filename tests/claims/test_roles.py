"""Organisations that speak are no claims; regions in a speaker's name count only where the sentence speaks of the region."""

from __future__ import annotations

import pytest

from claims.extraction.lexicon import Folded, find_mentions, load_profile
from claims.extraction.roles import AFFILIATION, SELF, SPEAKER, agency_names, org_role
from tests.claims.helpers import slots_of


def roles(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    profile, f = load_profile(), Folded(text)
    names = agency_names(f, find_mentions("organization", profile, f), find_mentions("region", profile, f))
    return [(n.org.value, org_role(f, profile.vocabulary(lang), n)[0]) for n in names]


@pytest.mark.parametrize(
    "text, lang, role",
    [
        ("Selon l'ARS, les noms ont été dérobés.", "fr", SPEAKER),
        ("D'après l'agence régionale de santé, les noms ont été dérobés.", "fr", SPEAKER),
        ("L'ARS assure pourtant qu'aucune donnée médicale n'a été touchée.", "fr", SPEAKER),
        ("Aucune donnée médicale n'a été touchée, a indiqué l'ARS.", "fr", SPEAKER),
        ("L'ARS Hauts-de-France n'a pas confirmé de lien avec la cyberattaque.", "fr", SPEAKER),
        ("Les ARS n'évoquent qu'une dizaine de comptes.", "fr", SPEAKER),
        ("No medical data was taken, the regional health agency said.", "en", SPEAKER),
        ("The data was limited to names, according to a joint statement from the GRADeS.", "en", SPEAKER),
        ("« Rien n'a été chiffré », souligne Anne Roy, directrice générale de l'ARS Normandie.", "fr", AFFILIATION),
        ("Les patients recevront un courrier de l'ARS.", "fr", AFFILIATION),
        ("Social security numbers were not exposed, a GRADeS spokesperson said.", "en", AFFILIATION),
        ("Le GRADeS a confirmé avoir été visé par une intrusion.", "fr", SELF),
        ("Les attaquants ont accédé aux services du GRADeS.", "fr", None),
        ("The attack hit e-health services run by the GRADeS.", "en", None),
    ],
)
def test_the_role_of_an_organisation(text, lang, role):
    assert roles(text, lang)[0][1] == role


def test_an_acronym_in_brackets_is_part_of_the_name():
    text = "Les agences régionales de santé (ARS) Normandie et Bretagne informent d'un incident."
    assert roles(text) == [("ARS", SPEAKER)]


def test_an_attributing_organisation_is_no_claim_and_takes_no_negation():
    assert slots_of("L'ARS assure pourtant qu'aucune donnée médicale n'a été touchée.") == {
        ("data_category", "medical", "denied")
    }
    assert slots_of("Selon l'ARS, les noms ont été dérobés.") == {("data_category", "identity", "asserted")}


def test_an_organisation_speaking_of_itself_is_a_claim():
    assert ("organization", "ARS", "denied") in slots_of("L'ARS de Bretagne indique ne pas avoir été touchée.")
    assert ("organization", "GRADeS", "asserted") in slots_of("Le GRADeS a confirmé avoir été visé par une intrusion.")


def test_a_region_in_a_speaker_name_is_no_claim():
    # Check-worthy all the same: a free-text claim, with no slot.
    assert slots_of("L'ARS Hauts-de-France n'a pas confirmé de lien avec la cyberattaque.") == {(None, None, "asserted")}
    assert slots_of("« Nous avons coupé les accès piratés », a déclaré Anne Roy, directrice de l'ARS Normandie.") == {
        ("quote", "Anne Roy", "asserted")
    }


def test_a_region_in_a_speaker_name_counts_where_the_sentence_speaks_of_the_region():
    assert slots_of("L'ARS Normandie confirme que des patients de la région ont été touchés par la fuite.") == {
        ("region", "Normandie", "asserted")
    }
    # The region takes the polarity of the phrase that stands for it, not the speaker's.
    assert slots_of("Aucun patient de la région n'a été touché par l'attaque, indique l'ARS Bretagne.") == {
        ("region", "Bretagne", "denied")
    }


def test_a_region_in_a_target_name_counts():
    found = slots_of("Les pirates ont accédé aux services des GRADeS de Normandie et de Bretagne.")
    assert {("region", "Normandie", "asserted"), ("region", "Bretagne", "asserted")} <= found
    assert ("region", "Hauts-de-France", "asserted") in slots_of(
        "L'ARS Hauts-de-France a annoncé une cyberattaque touchant le GRADeS régional."
    )
