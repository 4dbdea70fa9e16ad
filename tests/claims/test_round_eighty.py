"""Round eighty (issue 9): what dev83 (both halves) showed the extractor misreading, one test each, on sentences of
our own about invented incidents (a West African telecom group, a Breton ferry line, a Savoy ski resort)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


TELECOM = incident("Sahel Telecom", "Sahel Telecom Niger", keywords=("Sahel Telecom",))


def test_an_organisation_saying_it_escaped_the_attack_is_spared():
    # "Sahel Telecom Niger says it has escaped the attack": a word of sparing the organisation says of itself, with
    # no negation, says it was not hit, as "says it was not hit" does (rules cyberattack-564); it read as hit
    escaped = "Sahel Telecom Niger says it has escaped the attack that struck its parent last week."
    assert ("Sahel Telecom Niger", "denied", False) in en(escaped, "organization", TELECOM)
    unaffected = "Sahel Telecom Niger said it was unaffected by the intrusion."
    assert ("Sahel Telecom Niger", "denied", False) in en(unaffected, "organization", TELECOM)
    # what it says of its data spares the data, not itself
    data_safe = "Sahel Telecom Niger says it was hacked but that its customers' data are safe."
    assert ("Sahel Telecom Niger", "asserted", False) in en(data_safe, "organization", TELECOM)


FERRY = incident("Vedettes de l'Odet", keywords=("Vedettes de l'Odet",))


def test_a_weakness_of_its_system_the_attack_exploited_is_a_vulnerability():
    # « corrigé la faiblesse de son système informatique que l'attaque avait exploitée »: a weakness the attack
    # used is a flaw, as 'weakness' is in English (rules cyberattack-565); no way in was read
    weakness = ("Les Vedettes de l'Odet assurent avoir corrigé la faiblesse de leur système de réservation que les "
                "pirates avaient exploitée.")
    assert fr(weakness, "attack_vector", FERRY) == {("vulnerability", "asserted", False)}
    # a weakness of nothing technical names no way in
    finances = "Les Vedettes de l'Odet reconnaissent la faiblesse de leurs finances depuis la cyberattaque."
    assert fr(finances, "attack_vector", FERRY) == set()


INN = incident("Hôtels Alpaga", keywords=("Alpaga",))
BANK = incident("Banco Andino", keywords=("Banco Andino",))


def test_card_information_is_banking_data():
    # "only in very rare cases our guests' card information": card information, or card data, is payment-card data
    # (rules cyberattack-566); only the addresses were read
    rare = ("The stolen files chiefly hold guests' addresses and only in a handful of cases their card information, "
            "Hôtels Alpaga said.")
    assert ("banking", "asserted", False) in en(rare, "data_category", INN)
    data = "Hôtels Alpaga said card data from its booking site had been copied."
    assert ("banking", "asserted", False) in en(data, "data_category", INN)


def test_a_claim_made_on_a_forum_to_hold_data_is_hedged():
    # "claims on a hacking forum to hold": where the claim is made, between the verb and what is claimed, leaves
    # it a claim (rules cyberattack-567); the seller's word read as fact
    forum = ("A user calling himself nordwind claims on a hacking forum to hold 2 terabytes of Banco Andino data "
             "covering some two million customers: full names and account numbers.")
    assert en(forum, "organization", BANK) == {("Banco Andino", "asserted", True)}
    assert en(forum, "victim_count", BANK) == {(2000000, "asserted", True)}


LAB = incident("Labo Zuidrand", keywords=("Zuidrand",))


def test_a_dutch_bsn_is_a_social_security_number():
    # "names, addresses, BSNs, dates of birth": the Dutch citizen service number is the national number the slot
    # names, as the British NI number is (rules cyberattack-568); it was read as nothing
    taken = "The files stolen from Labo Zuidrand hold names, addresses, BSNs and dates of birth, the lab said."
    assert ("social_security_number", "asserted", False) in en(taken, "data_category", LAB)
    french = "Les fichiers volés au Labo Zuidrand contiennent le numéro BSN de chaque patient."
    assert ("social_security_number", "asserted", False) in fr(french, "data_category", LAB)


def test_a_listing_on_the_leak_site_before_a_boast_is_the_gangs_claim():
    # "had put Hôtels Alpaga on its leak site …, boasting of six terabytes": the listing is the gang's claim, hedged,
    # as it is standing alone; what it then boasts of took the claim's reach away from it (rules cyberattack-569)
    boast = ("The LockBit gang had put Hôtels Alpaga on its leak site days before the chain spoke, boasting of "
             "six terabytes of booking files.")
    assert en(boast, "organization", INN) == {("Hôtels Alpaga", "asserted", True)}
    alone = "The LockBit gang had put Hôtels Alpaga on its leak site days before the chain spoke."
    assert en(alone, "organization", INN) == {("Hôtels Alpaga", "asserted", True)}


def test_customers_funds_untouched_do_not_deny_the_organisation():
    # "says its customers' funds were never touched": the money it holds, like its business, is what the attack did
    # not reach, which says nothing of whether it was breached (rules cyberattack-570); the bank read as spared
    funds = "Banco Andino says its customers' funds are fully protected and were never touched."
    assert ("Banco Andino", "denied", False) not in en(funds, "organization", BANK)
    systems = "Banco Andino says its systems were never touched."
    assert en(systems, "organization", BANK) == {("Banco Andino", "denied", False)}


RESORT = incident("Station de Valmorin", keywords=("Valmorin",))


def test_ransomware_that_swooped_on_its_systems_dates_the_attack():
    # « un logiciel de rançon s'est abattu sur ses systèmes le jeudi 27 février »: ransomware named in words is the
    # attack, and swooping on the systems is its deed, so the day is the attack's (rules cyberattack-571); no day
    swooped = ("La station de Valmorin confirme qu'un logiciel de rançon s'est abattu sur ses systèmes le jeudi "
               "27 février.")
    assert fr(swooped, "attack_date", RESORT) == {("2025-02-27", "asserted", False)}


def test_files_that_seem_to_come_from_a_folder_name_no_phishing():
    # "much of the leaked material seems to come from one employee's folder": where files come from is no message
    # passing itself off as another's (rules cyberattack-572); it read as a phishing risk
    folder = ("Much of the material leaked from Hôtels Alpaga seems to come from one receptionist's personal "
              "folder, the paper says.")
    assert en(folder, "risk", INN) == set()
    # e-mails that only seem to come from the chain still do
    mails = "Guests of Hôtels Alpaga should ignore e-mails that seem to come from the chain and ask for a card number."
    assert ("phishing", "asserted", False) in en(mails, "risk", INN)


SCHOOL = incident("University of Wessex", keywords=("Wessex",))


def test_a_day_people_were_on_the_staff_dates_no_earlier_incident():
    # "people on its staff on 4 September 2018": who was on the roll that day, in a sentence about last week's
    # intrusion, is no recap of a 2018 incident, nor the attack's day (rules cyberattack-573); the sentence was
    # set aside whole
    roll = ("The University of Wessex says intruders last week got into a code library and downloaded old files, "
            "exposing the names and home addresses of people on its staff on 4 September 2018.")
    assert en(roll, "organization", SCHOOL) == {("University of Wessex", "asserted", False)}
    assert en(roll, "attack_date", SCHOOL) == set()
    # an attack on that day is still another year's
    earlier = "Intruders got into the University of Wessex on 4 September 2018, exposing staff addresses."
    assert en(earlier, "organization", SCHOOL) == set()
