"""Round seventy-eight (issue 9): what dev81 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Limousin water board, a Scottish ferry operator, a Belgian
parking app and its subsidiary)."""

from __future__ import annotations

from tests.claims.helpers import claims_of, en, fr, round_incident as incident, ROUND_PUBLISHED


WATER = incident("Syndicat des eaux de la Briance", keywords=("Briance",))
FERRIES = incident("Clydeside Ferries", keywords=("Clydeside Ferries",))
PARKING = incident("Stationo", "ParkRive", keywords=("Stationo",))


def test_not_the_only_region_in_french_with_unique_denies_nothing():
    # « La Nouvelle-Aquitaine n'est pas l'unique région où … »: a region said not to be the only one hit is hit, as
    # with « pas la seule » (rules cyberattack-511); it read as denied
    unique = ("La Nouvelle-Aquitaine n'est pas l'unique région où des syndicats des eaux ont été rançonnés cet "
              "hiver, rappelle la préfecture.")
    assert fr(unique, "region", WATER) == {("Nouvelle-Aquitaine", "asserted", False)}
    # a region said to be out of it is still denied
    spared = "La Nouvelle-Aquitaine n'a pas été touchée par cette vague d'attaques, selon la préfecture."
    assert fr(spared, "region", WATER) == {("Nouvelle-Aquitaine", "denied", True)}


def test_an_organisation_said_spared_in_the_conditional_or_past_an_apposition_is_denied():
    # « ParkRive serait épargnée par l'attaque », « ParkRive, sa filiale, a été épargnée »: a word of sparing said
    # of the organisation, its subject, through a conditional verb or past an apposition naming it again, denies it
    # (rules cyberattack-512); both read as the organisation hit
    conditional = "ParkRive serait épargnée par l'attaque, selon Stationo."
    assert fr(conditional, "organization", PARKING) == {("ParkRive", "denied", True)}
    apposed = "ParkRive, sa filiale néerlandaise, a été épargnée par l'attaque."
    assert fr(apposed, "organization", PARKING) == {("ParkRive", "denied", False)}
    # « restée en dehors » in the feminine singular spares as « resté en dehors » does, and a pronoun may take the
    # organisation up after the apposition
    outside = ("Quant à ParkRive, sa marque américaine aux 20 millions d'utilisateurs, elle serait restée en "
               "dehors de l'attaque, selon Stationo.")
    assert fr(outside, "organization", PARKING) == {("ParkRive", "denied", True)}
    # an apposition then a word of being hit still says it was hit
    hit = "ParkRive, sa filiale néerlandaise, a été touchée par l'attaque."
    assert fr(hit, "organization", PARKING) == {("ParkRive", "asserted", False)}


def test_a_place_described_by_what_could_be_done_there_is_out_of_the_negations_reach():
    # "so the data never lands on the dark web, where other criminals could use it for identity fraud": the
    # non-restrictive "where" clause says what could happen at the place; the negation before it does not deny the
    # risk (rules cyberattack-513), which read as denied
    dark_web = ("The gang is counting on Clydeside Ferries paying so the files never reach the dark web, where "
                "other criminals could use them for identity fraud.")
    assert en(dark_web, "risk", FERRIES) == {("identity_theft", "asserted", False)}
    # a risk denied in its own clause stays denied
    denied = "Clydeside Ferries said there was no risk of identity fraud."
    assert en(denied, "risk", FERRIES) == {("identity_theft", "denied", False)}


def test_a_quotation_standing_alone_goes_on_from_words_reported_with_an_analyst_named():
    # "Emsisoft threat analyst Brett Callow told the BBC … , he said, …" then a quotation standing alone: the
    # analyst, a role before the name, is who reports, and the "he said" set off inside the sentence makes the next
    # quotation his (rules cyberattack-514); it had nobody's name
    text = ("Security analyst Morag Lindsay told the Herald the ransom was absurd: to anyone but the operator, she "
            "said, the stolen files are worth very little. “What they want is for Clydeside Ferries to pay before "
            "anything is published.”")
    quotes = {c[1] for c in claims_of(text, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"}
    assert quotes == {"Morag Lindsay"}
    # a quotation standing alone after a sentence with no words reported stays nobody's
    plain = ("Clydeside Ferries cancelled two crossings on Tuesday. “We have never seen anything like it.”")
    assert {c[1] for c in claims_of(plain, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"} == {None}
