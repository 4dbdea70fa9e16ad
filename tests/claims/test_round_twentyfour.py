"""Faults any breach's coverage can trip (issue 9, round twenty-four), one test each, on sentences of our
own about invented incidents (Maravel Health Systems; the Clinique des Tilleuls; the Lorvanne Lottery)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

HOSPITALS = IncidentContext(organizations=("Maravel Health Systems",), keywords=("Maravel Health Systems",),
                            since=dt.date(2025, 1, 1))
CLINIC = IncidentContext(organizations=("Groupe Tilleuls", "Clinique La Roseraie"),
                         keywords=("Groupe Tilleuls", "La Roseraie"), since=dt.date(2025, 1, 1))
LOTTERY = IncidentContext(organizations=("Lorvanne Lottery", "Lorvanne Games"),
                          keywords=("Lorvanne Lottery", "Lorvanne Games"), since=dt.date(2025, 1, 1))
PUBLISHED = dt.date(2025, 6, 20)


def slot(text: str, name: str, incident: IncidentContext, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == name}


def test_a_company_named_without_its_generic_systems():
    # "Maravel Health Systems" is "Maravel Health" in the press, as "Change Healthcare" is "Change"
    text = "The hackers got into Maravel Health's network through a flaw in its VPN, investigators say."
    assert ("Maravel Health Systems", "asserted") in slot(text, "organization", HOSPITALS)
    text = "Maravel Health was hit by ransomware on Monday."
    assert ("Maravel Health Systems", "asserted") in slot(text, "organization", HOSPITALS)


def test_an_attack_whose_relative_clause_names_what_it_struck():
    text = ("Le groupe Tilleuls est la cible, depuis jeudi, d'une cyberattaque d'envergure qui vise d'abord la "
            "clinique mutualiste La Roseraie, à Nantes.")
    assert ("Clinique La Roseraie", "asserted") in slot(text, "organization", CLINIC, "fr")
    # a caution the clinic took is no advice to readers: "par simple prudence :" states what happened
    text = ("Si la clinique voisine a ressorti ses formulaires papier, c'est par simple prudence : seule La Roseraie "
            "a été frappée de plein fouet.")
    assert ("Clinique La Roseraie", "asserted") in slot(text, "organization", CLINIC, "fr")


def test_a_gang_putting_the_organisation_on_its_leak_site():
    text = "The Vesper ransomware group has added the Lorvanne Lottery to its leak site, giving Friday as a deadline."
    assert ("Lorvanne Lottery", "asserted") in slot(text, "organization", LOTTERY)
    # named on the site as a source, not put on it: nothing
    text = "Researchers added that the Lorvanne Lottery had reviewed the gang's leak site and found nothing of its own."
    assert ("Lorvanne Lottery", "asserted") not in slot(text, "organization", LOTTERY)


def test_speakers_with_an_initial_a_suffix_an_office_or_a_gang():
    text = "“Someone has to answer for this,” union president J. David Cox Sr. said of the Lorvanne Lottery breach."
    assert slot(text, "quote", LOTTERY) == {("J. David Cox Sr.", "asserted")}
    text = ("The Lorvanne Lottery will pay $2 million over the breach, Attorney General Dana Whitfield announced. "
            "“The deal puts money back in players' hands,” she said.")
    assert slot(text, "quote", LOTTERY) == {("Dana Whitfield", "asserted")}
    text = ("The Lorvanne Lottery's director resigned after the breach. State House spokesman Carl Ortiz said she had "
            "gone “of her own volition.”")
    assert slot(text, "quote", LOTTERY) == {("Carl Ortiz", "asserted")}
    text = ("« Pour que ces données soient effacées, nous voulons 100 000 dollars », ont lancé les pirates de Vesper "
            "après l'attaque contre le groupe Tilleuls.")
    assert slot(text, "quote", CLINIC, "fr") == {("Vesper", "asserted")}


def test_the_company_that_speaks_is_the_one_heard_last():
    text = ("The attackers' target, the Lorvanne Lottery said on Wednesday, had been Lorvanne Games' file servers. "
            "“Paying criminals is not an option for us,” the company said.")
    assert slot(text, "quote", LOTTERY) == {("Lorvanne Lottery", "asserted")}


def test_credentials_already_compromised_say_how_they_got_in():
    text = "The intruders used compromised administrator credentials to get into the Lorvanne Lottery's systems."
    assert ("impersonation", "asserted") in slot(text, "attack_vector", LOTTERY)
    text = "The attackers signed in as two staff members and hacked their way into the Lorvanne Lottery's database."
    assert ("impersonation", "asserted") in slot(text, "attack_vector", LOTTERY)


def test_data_carried_out_or_left_in_criminals_hands():
    text = ("The intrusion carried no patient medical or financial information out of Maravel Health Systems' "
            "network, the company said.")
    assert slot(text, "data_category", HOSPITALS) >= {("medical", "denied"), ("banking", "denied")}
    text = ("Patients sued Maravel Health Systems, saying the breach left their Social Security numbers in the hands "
            "of identity thieves and exposed their financial account details and log-ins.")
    assert slot(text, "data_category", HOSPITALS) >= {("social_security_number", "asserted"), ("banking", "asserted"),
                                                       ("credentials", "asserted")}
