"""Round fifty-seven (issue 9): what dev56's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a dental supplier, a hospital in a valley, a rail operator)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


ALDER = incident("Corvane Dialling", "Alder Hill Foundation", keywords=("Corvane Dialling", "LockBit", "donors"))
SUPPLIER = incident("Harwick Dental Supply", keywords=("Harwick Dental Supply",))


def test_what_an_organisation_found_had_been_hit_is_its_own_attack_not_an_earlier_one():
    # "after finding on Saturday that part of its business had been hit": the pluperfect is the time of what it
    # found, as after "found" or "discovered" (rules cyberattack-98); the day it found it is no attack date
    text = ("Harwick Dental Supply has taken some of its systems offline after finding on Saturday that part of its "
            "distribution business had been hit by a cyber attack.")
    assert en(text, "organization", SUPPLIER) == {("Harwick Dental Supply", "asserted", False)}
    assert en(text, "attack_date", SUPPLIER) == set()
    # an earlier attack told in the pluperfect, with nothing found, is still a recap
    earlier = "Harwick Dental Supply had been hit by a cyber attack in 2019."
    assert en(earlier, "organization", SUPPLIER) == set()


def test_a_hospital_configured_in_full_is_found_by_its_acronym_keyword_and_what_the_attack_cost_it():
    # "CHI des Trois-Ponts" in the keywords names "Centre hospitalier intercommunal des Trois-Ponts" (the acronym
    # opens the name's words); « aura coûté … au CHI » presents it as attacked (D37); « a chiffré mercredi sa
    # direction » has its subject after it, so the hospital is not the one speaking (rules cyberattack-99)
    chi = incident("Centre hospitalier intercommunal des Trois-Ponts", keywords=("CHI des Trois-Ponts", "cyberattaque"))
    text = ("La cyberattaque aura coûté près de 600 000 euros au CHI des Trois-Ponts, entre serveurs à remplacer et "
            "renforts extérieurs, a chiffré mercredi sa direction.")
    assert fr(text, "organization", chi) == {("Centre hospitalier intercommunal des Trois-Ponts", "asserted", False)}


def test_the_leak_an_organisation_suffered_names_it_hit():
    # « la fuite de données subie par Air Vernes » as « l'attaque subie par » (rules cyberattack-100)
    airline = incident("Air Vernes", keywords=("Air Vernes",))
    text = ("Si la fuite de données subie par Air Vernes inquiète les passagers, les avions, eux, n'ont pas dévié de "
            "leur programme, insiste la compagnie.")
    assert ("Air Vernes", "asserted", False) in fr(text, "organization", airline)


def test_a_name_opening_on_a_place_is_found_in_the_possessive():
    # "Harwick Liquor and Gaming Authority" written "Harwick's Liquor and Gaming Authority" (rules cyberattack-101)
    authority = incident("Harwick Liquor and Gaming Authority", keywords=("Harwick Liquor and Gaming Authority",))
    text = ("Harwick's Liquor and Gaming Authority has shut down some computer systems after a cyber attack on its "
            "network on Christmas Day.")
    assert en(text, "organization", authority) == {("Harwick Liquor and Gaming Authority", "asserted", False)}


def test_last_years_figures_are_no_earlier_incident():
    # "sales 1% to 3% below last year's": a comparison of figures; the sentence is about this attack's cost (D37)
    # (rules cyberattack-102); "last year's attack" still tells an earlier incident
    text = ("Harwick Dental Supply now expects its sales to come in below last year's, and puts the cost of the cyber "
            "attack at 55 to 75 cents a share.")
    assert en(text, "organization", SUPPLIER) == {("Harwick Dental Supply", "asserted", False)}
    earlier = "Harwick Dental Supply never said what last year's attack cost it."
    assert en(earlier, "organization", SUPPLIER) == set()


def test_what_a_gang_boasts_of_with_se_targuer_is_its_claim():
    # « le gang se targue d'avoir copié les dossiers de 18 000 patients » is the attackers' claim (D3), hedged, as
    # « se vante » is (rules cyberattack-103)
    chi = incident("Centre hospitalier de Vernes", keywords=("Centre hospitalier de Vernes",))
    text = ("Sur son site de revendications, le gang se targue d'avoir copié les dossiers médicaux de quelque 18 000 "
            "patients du Centre hospitalier de Vernes.")
    assert fr(text, "victim_count", chi) == {(18000, "asserted", True)}


def test_a_pronoun_speaking_later_in_the_day_is_the_organisation():
    # "By the afternoon it was writing: “…”": the time of day is no part of the speaker, and "it" is the
    # organisation named before (rules cyberattack-104)
    health = incident("Harwick Health", keywords=("Harwick Health",))
    text = ("Harwick Health said its systems were offline. By the afternoon it was writing: “We are still feeling "
            "significant effects from the cyber incident.”")
    assert en(text, "quote", health) == {("Harwick Health", "asserted", False)}


def test_a_concession_past_an_aside_after_its_opening_word_still_ends_at_its_comma():
    # « Même si, selon la direction, la majorité des dossiers est restée hors d'atteinte, des données de santé ont
    # bel et bien quitté les serveurs »: the sparing stays in the concession; the data taken is asserted (rules
    # cyberattack-105)
    clinic = incident("Clinique de Vernes", keywords=("Clinique de Vernes",))
    text = ("Même si, selon la direction, la majorité des dossiers de patients est restée hors d'atteinte, des "
            "données de santé ont bel et bien quitté les serveurs de la Clinique de Vernes le 24 mars.")
    assert {c[:2] for c in fr(text, "data_category", clinic)} == {("medical", "asserted")}


def test_a_mayor_who_remains_angry_denies_nothing():
    # « le maire ne décolère pas contre l'éditeur »: anger, not a denial of the region or of the leak (rules
    # cyberattack-106)
    town = incident("Ville de Vernes", "Logiciel Plus", keywords=("Vernes", "Logiciel Plus"))
    text = ("À Vernes, en Bretagne, le maire ne décolère pas contre l'éditeur Logiciel Plus, alors que des habitants "
            "de sa commune figurent parmi les usagers dont les données ont été volées.")
    assert fr(text, "region", town) == {("Bretagne", "asserted", False)}


def test_a_blog_is_an_unnamed_source_whose_claim_stands_beside_the_denial():
    # "One analysis blog told its readers that payment information had been exposed, a claim at odds with the
    # retailer, which says that no payment information was part of the data": the blog's claim is hedged (D2) and
    # the retailer's denial stays beside it (rules cyberattack-107)
    shop = incident("Harwick Stores", keywords=("Harwick Stores",))
    text = ("One analysis blog told its readers that customers' payment information had been exposed, a claim at odds "
            "with Harwick Stores, which says that no payment information was part of the compromised data.")
    assert en(text, "data_category", shop) == {("banking", "asserted", True), ("banking", "denied", False)}


def test_data_not_enough_to_enable_fraud_denies_the_risk():
    # "not enough on their own to enable fraud": the organisation rules the risk out for what was taken (rules
    # cyberattack-108); "not enough" still denies nothing of the data ("a bank account number alone is not enough
    # to steal money")
    text = ("Corvane Dialling said the details that were stolen are not enough on their own to enable financial "
            "fraud.")
    assert en(text, "risk", ALDER) == {("fraud", "denied", False)}
    data = "Hackers took the IBANs of some Corvane Dialling donors, though a bank account number alone is not enough to steal money."
    assert ("banking", "asserted", False) in en(data, "data_category", ALDER)


def test_a_list_of_what_the_attack_spared_is_denied_item_by_item():
    # "list what the attack had spared: payroll and financial information, the student records and email held by
    # outside providers": "held by" keeps, it takes nothing, so the list after the colon shares the sparing (rules
    # cyberattack-109)
    district = incident("Harwick County Schools", keywords=("Harwick County Schools",))
    text = ("By Tuesday Harwick County Schools could at least list what the attack had spared: payroll and financial "
            "information, the student records and email held by outside providers, and pupils' laptops themselves.")
    assert {c[:2] for c in en(text, "data_category", district)} == {("banking", "denied")}


def test_along_with_after_a_reporting_aside_stays_hedged():
    # "… may have been exposed, the notice says, along with medical information": the list "along with" adds is
    # what the hedged statement holds (rules cyberattack-110), as "including" already was
    text = ("Names and home addresses of Corvane Dialling donors may have been exposed, the notice says, along with "
            "bank account details.")
    assert en(text, "data_category", ALDER) == {
        ("identity", "asserted", True), ("contact", "asserted", True), ("banking", "asserted", True)}


def test_what_a_gangs_leak_site_offers_is_its_claim():
    # "its leak site offers 5GB of data on more than 2 million customers (names, …)": the gang's page speaking is
    # the attackers' claim (D3), hedged (rules cyberattack-111)
    text = ("LockBit, which has claimed the attack on Corvane Dialling, tells a bigger story: its leak site offers data "
            "on more than 20,000 donors (names, home addresses and phone numbers).")
    assert en(text, "data_category", ALDER) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_the_name_a_seller_goes_by_stands_between_it_and_its_claim():
    # « un pirate se faisant appeler NPRS avait mis en vente … une base … mêlant noms, adresses postales » is the
    # seller's claim (D3), hedged, past the name it goes by (rules cyberattack-112)
    shop = incident("Relais Vernes", keywords=("Relais Vernes",))
    text = ("Quelques jours plus tôt, un pirate se faisant appeler NPRS avait mis en vente sur BreachForums une base "
            "de Relais Vernes : près de 10 millions de lignes, assure-t-il, mêlant noms, adresses postales et numéros "
            "de téléphone.")
    assert fr(text, "data_category", shop) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_an_organisation_blackmailed_or_held_to_ransom_was_hit():
    # "is being blackmailed by hackers", "has been held to ransom by a criminal gang" (rules cyberattack-113)
    council = incident("Harwick Council", keywords=("Harwick Council",))
    for text in ("Harwick Council is being blackmailed by hackers, the High Court heard on Friday.",
                 "Harwick Council has been held to ransom by a criminal gang."):
        assert en(text, "organization", council) == {("Harwick Council", "asserted", False)}


def test_the_attack_on_the_organisation_is_given_whatever_it_may_have_compromised():
    # "The ransomware attack on the University of Harwick may have compromised …": the modal doubts what was
    # compromised, not the attack the definite phrase names, article or not (rules cyberattack-114)
    university = incident("University of Harwick", keywords=("University of Harwick",))
    text = "The ransomware attack on the University of Harwick may have compromised the data of 1.1 million patients."
    assert en(text, "organization", university) == {("University of Harwick", "asserted", False)}
