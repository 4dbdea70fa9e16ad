"""Round eighty-two (issue 9): what dev85 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Gulf delivery app, a savings bank, a Loire apprentice college, a photo-sharing
service)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


DELIVERY = incident("Tawsil", keywords=("Tawsil",))


def test_a_long_apposition_with_a_that_relative_still_reaches_the_names_verb():
    # "Tawsil, the Doha-born delivery company that is the region's largest rival of the big platforms, disclosed that
    # criminals had got into the systems where it keeps ...": an apposition that is a noun phrase with a "that"
    # relative is passed as one with "which" is (rules cyberattack-583); past fifteen words, the name had no verb
    long = ("Tawsil, the Doha-born grocery delivery company that is the main rival of Talabat across the Gulf, disclosed "
            "on Monday that online criminals had got into the computer systems where it keeps its customers' and "
            "couriers' account data, an intrusion it says it first became aware of on 3 March.")
    assert en(long, "organization", DELIVERY) == {("Tawsil", "asserted", False)}
    # a long apposition that is no noun phrase still cuts the name from the verb
    clause = ("Tawsil, after weeks during which it had said that nothing was wrong and that its couriers could keep "
              "working as usual, disclosed that hackers had got in.")
    assert en(clause, "organization", DELIVERY) == set()


SAVINGS = incident("Caixa Ribeira", keywords=("Caixa Ribeira",))


def test_staff_making_off_with_what_they_held_is_an_insider():
    # "its own staff made off with the bank's master key", "employees had walked off with the key": the bank's own
    # people taking what they were trusted with is an insider (rules cyberattack-584); no way in was read
    # (hedged: internal reports, unnamed, say so)
    made_off = ("Caixa Ribeira must replace four million cards because its own staff made off with the bank's master "
                "key, according to internal reports.")
    assert en(made_off, "attack_vector", SAVINGS) == {("insider", "asserted", True)}
    walked = "Two years after employees had walked off with the encryption key of Caixa Ribeira, the audit goes on."
    assert en(walked, "attack_vector", SAVINGS) == {("insider", "asserted", False)}
    # staff walking out of a meeting took nothing
    strike = "Staff walked out of the Caixa Ribeira branch on Monday after the ransomware attack."
    assert ("insider", "asserted", False) not in en(strike, "attack_vector", SAVINGS)


COLLEGE = incident("CFA des Coteaux", keywords=("CFA des Coteaux",))


def test_listing_plainly_is_no_denial():
    # « la directrice l'énumère sans détour : nom, date de naissance, numéro de sécurité sociale »: « sans détour »
    # (plainly) denied the whole list (rules cyberattack-585)
    plainly = ("Ce que les pirates ont emporté au CFA des Coteaux, la directrice l'énumère sans détour : nom, date de "
               "naissance et numéro de sécurité sociale des apprentis.")
    assert fr(plainly, "data_category", COLLEGE) == {
        ("identity", "asserted", False), ("social_security_number", "asserted", False)}
    # « sans » before what was taken still denies it
    spared = "Les pirates sont repartis du CFA des Coteaux sans les numéros de sécurité sociale des apprentis."
    assert fr(spared, "data_category", COLLEGE) == {("social_security_number", "denied", False)}


def test_the_others_spared_in_the_place_named_do_not_deny_the_place():
    # « une première en Centre-Val de Loire, où aucun autre CFA n'avait été visé »: the others spared there say the
    # region was hit for the first time, not that it was spared (rules cyberattack-586)
    first = ("Le CFA des Coteaux a été piraté lundi, une première en Centre-Val de Loire, où aucun autre CFA n'avait "
             "encore été visé.")
    assert ("Centre-Val de Loire", "asserted", False) in fr(first, "region", COLLEGE)
    english = ("The CFA des Coteaux was hacked on Monday, a first in Centre-Val de Loire, where no other college had "
               "yet been hit.")
    assert ("Centre-Val de Loire", "asserted", False) in en(english, "region", COLLEGE)
    # the region itself spared is still denied
    spared = "Aucun établissement de Centre-Val de Loire n'a été visé, assure le rectorat."
    assert ("Centre-Val de Loire", "asserted", False) not in fr(spared, "region", COLLEGE)


PHOTOS = incident("Clichéo", keywords=("Clichéo",))


def test_stolen_passwords_made_useless_are_not_denied():
    # « même si quelqu'un parvenait à les casser, ces mots de passe n'ouvriraient plus aucun compte »: passwords that
    # no longer open anything were taken all the same (rules cyberattack-587); the negation denied them
    useless = ("« La remise à zéro couvre tous les abonnés touchés : même si quelqu'un parvenait à les casser, ces mots "
               "de passe n'ouvriraient plus aucun compte », assure le responsable de la sécurité de Clichéo.")
    assert fr(useless, "data_category", PHOTOS) == {("credentials", "asserted", True)}  # (hedged: « même si »)
    english = "The passwords taken from Clichéo no longer work, its security chief said."
    assert en(english, "data_category", PHOTOS) == {("credentials", "asserted", False)}
    # passwords not taken are still denied
    kept = "Les mots de passe des abonnés de Clichéo n'ont pas été dérobés, assure l'entreprise."
    assert fr(kept, "data_category", PHOTOS) == {("credentials", "denied", False)}


EXCHANGE = incident("Kabuto Coin", keywords=("Kabuto Coin",))


def test_a_figure_in_a_foreign_currency_is_money_not_people():
    # « à raison de 88,549 yens par jeton »: a figure in yen, won, rand or any currency the press names is money, as one
    # in euros or dollars is (rules cyberattack-588); it was read as 88,549 people hit
    yen = ("Kabuto Coin a promis de dédommager les clients qui détenaient des jetons au moment du vol : 46,3 milliards "
           "de yens au total, à raison de 88,549 yens par jeton.")
    assert fr(yen, "victim_count", EXCHANGE) == set()
    rand = "The customers hit by the Kabuto Coin breach lost 2,400 rand each, the exchange said."
    assert en(rand, "victim_count", EXCHANGE) == set()
    # people are still counted beside money
    people = "Les données de 12 000 clients de Kabuto Coin ont été dérobées, pour un préjudice de 3 millions de yens."
    assert fr(people, "victim_count", EXCHANGE) == {(12000, "asserted", False)}


def test_a_blame_laid_by_no_one_named_is_hedged():
    # "the crime is being blamed on a number of rogue employees": blamed with no one named laying the blame is a
    # reading, not a fact (rules cyberattack-589); it was an unhedged insider
    blamed = "At Caixa Ribeira the theft is being blamed on a number of rogue employees."
    assert en(blamed, "attack_vector", SAVINGS) == {("insider", "asserted", True)}
    # the bank itself saying so is no hedge
    said = "Caixa Ribeira said a rogue employee had copied the key."
    assert en(said, "attack_vector", SAVINGS) == {("insider", "asserted", False)}


def test_help_from_someone_inside_is_an_insider():
    # "they may have had help from someone inside Sykehuspartner": help from inside is an insider, hedged by "may"
    # (rules cyberattack-590)
    helped = "The intruders may have had help from someone inside Caixa Ribeira, the news site says."
    assert en(helped, "attack_vector", SAVINGS) == {("insider", "asserted", True)}


def test_a_ranking_against_an_older_theft_keeps_this_ones_news():
    # « ce qui en ferait le plus gros casse de l'histoire, devant celui de MtGox en 2014 »: the ranking against an
    # older theft recalls that one after this one's news (rules cyberattack-591); the year made the whole sentence a
    # recap, and Kabuto Coin's theft was lost
    ranked = ("La plateforme Kabuto Coin a annoncé vendredi s'être fait dérober quelque 523 millions de jetons, ce qui "
              "en ferait le plus gros casse de l'histoire des monnaies numériques, devant celui de MtGox en 2014.")
    assert fr(ranked, "organization", EXCHANGE) == {("Kabuto Coin", "asserted", False)}
    english = ("Kabuto Coin said on Friday that thieves had stolen tokens worth $530 million from its systems, the "
               "largest theft of its kind, ahead of the Mt Gox theft in 2014.")
    assert en(english, "organization", EXCHANGE) == {("Kabuto Coin", "asserted", False)}


HEALTH = incident("Helse Vestvik", keywords=("Helse Vestvik",))


def test_no_consequences_for_patient_treatment_denies_an_impact_on_care():
    # "nothing suggested that the break-in had had consequences for patient treatment or patient safety": no
    # consequences for care is care unaffected, as no impact on it is (rules cyberattack-592); hedged by "suggested"
    calm = ("So far, the chief executive of Helse Vestvik added, nothing suggested that the break-in had had "
            "consequences for patient treatment or patient safety.")
    assert en(calm, "care_impact", HEALTH) == {("care", "denied", True)}
    hit = "The attack on Helse Vestvik had serious consequences for patient care, with surgery postponed."
    assert en(hit, "care_impact", HEALTH) == {("care", "asserted", False)}


def test_an_account_opened_with_a_stolen_password_is_impersonation():
    # « le compte d'un de ses salariés, ouvert par un intrus grâce à un mot de passe volé »: an account opened with a
    # stolen password is someone's log-in used, impersonation (rules cyberattack-593); set apart from the account by a
    # comma, the way in was not read
    opened = ("La vague de courriels indésirables est partie du compte d'un de ses salariés, ouvert par un intrus grâce "
              "à un mot de passe volé, reconnaît Clichéo.")
    assert fr(opened, "attack_vector", PHOTOS) == {("impersonation", "asserted", False)}
    # a stolen password as what was taken is still data, and no way in
    taken = "Les pirates ont emporté le mot de passe volé de chaque abonné de Clichéo."
    assert fr(taken, "attack_vector", PHOTOS) == set()


def test_a_handle_in_a_described_subject_speaks_for_a_later_pronoun():
    # « les auteurs de KabutoLeaks disent avoir voulu alerter l'opinion. « … », écrivent-ils »: the handle in the
    # subject is who speaks, and the verb « disent » ends the subject (rules cyberattack-594); the speaker was
    # « auteurs de KabutoLeaks disent avoir »
    handle = ("Les auteurs de KabutoLeaks disent avoir voulu alerter l'opinion sur Kabuto Coin. « La vie privée "
              "devrait passer en premier », écrivent-ils.")
    assert fr(handle, "quote", EXCHANGE) == {("KabutoLeaks", "asserted", False)}
    # an acronym before an office and a name is no handle: the person speaks
    office = "KCX spokesman Adam Corbel said the attack on Kabuto Coin had hit “the wallets we keep online”."
    assert en(office, "quote", EXCHANGE) == {("Adam Corbel", "asserted", False)}
