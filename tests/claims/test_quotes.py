"""Direct quotations and their speakers."""

from __future__ import annotations

import pytest

from tests.claims.helpers import slots_of


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("« Aucune donnée de santé n'a été exfiltrée », a assuré Jean-Marc Lefèvre, directeur du GRADeS.", "fr", "Jean-Marc Lefèvre"),
        ("Le directeur du GRADeS a déclaré : « L'accès a été obtenu avec des identifiants volés. »", "fr", "directeur du GRADeS"),
        ("Pour le président de la CNIL, « les établissements doivent renforcer l'authentification ».", "fr", "président de la CNIL"),
        ("\"No health data was exfiltrated,\" said Jean-Marc Lefèvre, director of the GRADeS.", "en", "Jean-Marc Lefèvre"),
        ("\"We cut off the accounts within hours,\" Jane Doe said.", "en", "Jane Doe"),
    ],
)
def test_quote_speaker(text, lang, speaker):
    assert ("quote", speaker, "asserted") in slots_of(text, lang)


def test_a_quote_also_gives_its_slot_claims():
    found = slots_of("« Aucune donnée de santé n'a été exfiltrée », a assuré Jean-Marc Lefèvre.")
    assert ("data_category", "medical", "denied") in found


def test_scare_quotes_are_no_quotation():
    assert not any(c[0] == "quote" for c in slots_of("Un « incident » a été détecté, a indiqué l'agence."))


def test_a_quote_spanning_two_sentences_stays_one_unit():
    text = "« Nous n'avons vu aucun accès aux dossiers médicaux. Les soins ne sont pas perturbés », a précisé Claire Dubois."
    found = slots_of(text)
    assert ("quote", "Claire Dubois", "asserted") in found
    assert ("care_impact", "care", "denied") in found


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("« On nous a demandé de changer nos mots de passe », raconte le Dr Paul Girard, médecin.", "Paul Girard"),
        ("« Les attaquants connaissaient nos habitudes », témoigne Mme Claire Roux, infirmière.", "Claire Roux"),
        ("« Les arnaques vont se multiplier », met en garde Anne Roy, juriste.", "Anne Roy"),
        ("« Rien n'a été chiffré », précise Laura Pike.", "Laura Pike"),
    ],
)
def test_speaker_without_title_and_without_a_first_letter_lost(text, speaker):
    assert ("quote", speaker, "asserted") in slots_of(text)
