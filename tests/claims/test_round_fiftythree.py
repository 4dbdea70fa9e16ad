"""Round fifty-three (issue 9): what dev53's nine breaches showed the extractor misreading, one test each,
on sentences of our own about invented incidents (the Ashcombe university, the Kestrel burger chain, the
Brightwater fire service, the Corlay council, the Fenwick clinic, the Marrow Point school board, the Tolland
hospital, the Quarry Lane utility, the Harlow transit agency, the Pellan dairy co-operative)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


ASHCOMBE = incident("University of Ashcombe")
KESTREL = incident("Kestrel Burgers", keywords=("Kestrel Burgers", "Dana Whitlock", "point-of-sale"))
FENWICK = incident("Clinique Fenwick")


def test_the_people_a_campus_is_home_to_are_no_victims():
    text = ("The University of Ashcombe, home to roughly 30,000 students and 8,000 staff, announced on Friday that "
            "it had fallen victim to a cyberattack.")
    assert en(text, "victim_count", ASHCOMBE) == set()
    assert ("University of Ashcombe", "asserted", False) in en(text, "organization", ASHCOMBE)


def test_what_the_group_claiming_responsibility_boasts_of_is_its_claim():
    text = ("The group claiming responsibility boasted that it had broken into the University of Ashcombe's "
            "network on 6 March and made off with medical records.")
    assert en(text, "data_category", ASHCOMBE) == {("medical", "asserted", True)}
    assert en(text, "attack_date", ASHCOMBE) == {("2025-03-06", "asserted", True)}


def test_an_allegation_and_a_belief_are_unconfirmed_but_a_belief_ruled_out_is_not():
    suit = "Card issuers alleged that criminals stole card numbers from Kestrel Burgers tills."
    assert en(suit, "data_category", KESTREL) == {("banking", "asserted", True)}
    believes = "Kestrel Burgers believes the intruders got in through a phishing email sent to a franchisee."
    assert en(believes, "attack_vector", KESTREL) == {("phishing", "asserted", True)}
    doubts = "Kestrel Burgers does not believe that any card numbers were taken from its own restaurants."
    assert en(doubts, "data_category", KESTREL) == {("banking", "denied", False)}


def test_disability_codes_are_health_data():
    text = ("Among what was taken from the University of Ashcombe: names, dates of birth and, for some students, "
            "disability codes.")
    assert ("medical", "asserted", False) in en(text, "data_category", ASHCOMBE)


def test_the_day_a_site_brought_the_leak_out_does_not_date_it():
    pellan = incident("Pellan")
    text = "C'est un site spécialisé qui a éventé vendredi dernier la fuite de données dont Pellan a été victime."
    assert fr(text, "attack_date", pellan) == set()
    assert fr(text, "organization", pellan) == {("Pellan", "asserted", False)}


def test_a_program_that_went_after_the_systems_dates_the_attack():
    text = ("Dans sa lettre, la Clinique Fenwick écrit que, « le 2 février, un logiciel de rançon s'en est pris "
            "à nos systèmes » et a chiffré plusieurs serveurs.")
    assert fr(text, "attack_date", FENWICK) == {("2025-02-02", "asserted", False)}


def test_a_surname_that_opens_a_sentence_of_saying_is_who_a_later_he_is():
    corlay = incident("Corlay Council")
    text = ("Marsh said that while the incident had locked the council out of its files, nothing showed they had "
            "been copied. “We know this information is sensitive,” he said.")
    assert en(text, "quote", corlay) == {("Marsh", "asserted", False)}
    # and in full where the newsroom's keywords name the person
    text = ("Whitlock would not say how long the problem had lasted. “We started looking into it straight away,” "
            "he said.")
    assert en(text, "quote", KESTREL) == {("Dana Whitlock", "asserted", False)}


def test_what_may_have_left_the_servers_is_hedged_in_french_too():
    marrow = incident("Conseil scolaire Marrow Point")
    text = ("« Chaque élève est vraisemblablement touché », écrit le Conseil scolaire Marrow Point, qui énumère ce "
            "qui a pu sortir de ses serveurs : leurs nom et date de naissance, leur adresse.")
    assert ("identity", "asserted", True) in fr(text, "data_category", marrow)


def test_an_english_article_in_a_list_after_a_colon_is_no_verb():
    text = ("The attack on the University of Ashcombe may have compromised the data of patients, a newspaper "
            "revealed: NHS numbers and the first characters of home postcodes from a research database.")
    assert en(text, "data_category", ASHCOMBE) == {("social_security_number", "asserted", True),
                                                    ("contact", "asserted", True)}


def test_a_relative_clause_keeps_its_negation_from_the_advice_after_it():
    text = ("Students who never knew they were in the Ashcombe database should watch for phishing messages from "
            "the gang.")
    assert en(text, "risk", ASHCOMBE) == {("phishing", "asserted", False)}


def test_a_break_in_is_an_attack_and_what_it_dates_from_is_its_day():
    text = ("The break-in at the University of Ashcombe actually dates from Tuesday 4 March, three days before "
            "students were told, the university has since said.")
    assert en(text, "attack_date", ASHCOMBE) == {("2025-03-04", "asserted", False)}
    assert en(text, "organization", ASHCOMBE) == {("University of Ashcombe", "asserted", False)}


def test_the_day_a_ransom_was_demanded_is_not_the_attack_s():
    corlay = incident("Mairie de Corlay")
    text = "Les pirates exigeaient 1 500 euros le mardi 11 mars, en promettant de doubler le montant chaque jour."
    assert fr(text, "attack_date", corlay) == set()


def test_an_organisation_grappling_with_an_attack_was_hit():
    tolland = incident("Hôpital de Tolland")
    text = "L'Hôpital de Tolland est aux prises depuis samedi avec une attaque informatique."
    assert fr(text, "organization", tolland) == {("Hôpital de Tolland", "asserted", False)}
    harlow = incident("Harlow Transit")
    text = "Harlow Transit is dealing with a cyberattack that has taken its ticket machines offline."
    assert en(text, "organization", harlow) == {("Harlow Transit", "asserted", False)}


def test_care_that_nothing_changed_for_is_unaffected():
    text = ("« Nos résidents n'ont rien perdu de la qualité de leurs soins, même si notre informatique a pris un "
            "sérieux coup », assure la direction de la Clinique Fenwick.")
    assert fr(text, "care_impact", FENWICK) == {("care", "denied", False)}


def test_malware_that_encrypts_the_data_is_ransomware():
    text = ("D'après la presse locale, le système informatique de la Clinique Fenwick aurait été infecté par un "
            "logiciel malveillant qui chiffre une partie des données pour les rendre inaccessibles.")
    assert fr(text, "attack_vector", FENWICK) == {("ransomware", "asserted", True)}


def test_a_charge_they_did_not_make_is_the_fraud_they_are_warned_of():
    text = ("Anyone who spots a charge they did not make should call the bank that issued the card, "
            "Kestrel Burgers said.")
    assert en(text, "risk", KESTREL) == {("fraud", "asserted", False)}
    # a risk the sentence rules out is still denied
    text = "There is no risk of fraud from the data stolen from Kestrel Burgers, the chain insists."
    assert en(text, "risk", KESTREL) == {("fraud", "denied", False)}


def test_whom_it_was_said_to_is_not_part_of_the_speaker_s_name():
    quarry = incident("Quarry Lane Water")
    after = ("« Ce dossier prouve que l'impunité n'existe pas », a déclaré à ZDNet Hélène Carrard, cheffe de "
             "l'unité cyber.")
    assert fr(after, "quote", quarry) == {("Hélène Carrard", "asserted", False)}
    inside = ("« Ce dossier, a déclaré à ZDNet Hélène Carrard, cheffe de l'unité cyber, prouve que l'impunité "
              "n'existe pas. »")
    assert fr(inside, "quote", quarry) == {("Hélène Carrard", "asserted", False)}


def test_the_speaker_of_a_fragment_is_the_person_the_sentence_opens_on():
    harlow = incident("Harlow Transit")
    employed = ("Their lawyer, Tom Reddy of Acre Solicitors, says the agency “failed in its duty to protect its "
                "staff”.")
    assert en(employed, "quote", harlow) == {("Tom Reddy", "asserted", False)}
    coordinated = ("Mina Osei, chief executive of a consumer network, praised how quickly Harlow Transit had told "
                   "riders but warned that commuters “have never been more exposed” to scams.")
    assert en(coordinated, "quote", harlow) == {("Mina Osei", "asserted", False)}



def test_the_day_a_standstill_began_when_the_attack_came_is_the_attack_s():
    harlow = incident("Harlow Transit")
    text = "Harlow Transit's ticket machines have been dead since Tuesday, when ransomware hit the system that runs them."
    assert en(text, "attack_date", harlow) == {("2025-03-18", "asserted", False)}


def test_malicious_software_planted_on_a_day_dates_the_attack():
    text = ("Kestrel Burgers has begun writing to customers that an intruder planted malicious software on its "
            "servers around 1 February and used it to copy card data.")
    assert en(text, "attack_date", KESTREL) == {("2025-02-01", "asserted", False)}


def test_a_burglary_of_the_premises_dates_the_attack():
    text = "La Clinique Fenwick, cambriolée dans la nuit du 5 au 6 mars, a précisé qui est concerné par le vol."
    assert fr(text, "attack_date", FENWICK) == {("2025-03-05", "asserted", False)}


def test_an_opening_participle_of_being_hit_reaches_a_name_its_kind_precedes():
    pellan = incident("Pellan")
    text = "Frappée par un rançongiciel, la coopérative laitière Pellan a stoppé ses usines pendant deux jours."
    assert fr(text, "organization", pellan) == {("Pellan", "asserted", False)}


def test_joining_the_list_of_the_hacked_is_being_hacked_and_no_saying():
    pellan = incident("Pellan")
    text = "Pellan s'ajoute ainsi à deux autres laiteries sur la liste des entreprises piratées cette année."
    assert fr(text, "organization", pellan) == {("Pellan", "asserted", False)}


def test_a_document_or_a_decision_speaks_no_quotation():
    harlow = incident("Harlow Transit")
    text = ("Technicians at Harlow Transit shut every system down, a decision the chief executive credits with "
            "stopping the spread: “It was the right call, made at the right time.”")
    assert ("decision", "asserted", False) not in en(text, "quote", harlow)
    text = ("Les fichiers de la Clinique Fenwick qui circulent sur le darknet concernent quelque 5 000 patients, "
            "dont des « comptes rendus d'examens détaillés ».")
    assert fr(text, "quote", FENWICK) == set()


def test_data_not_at_issue_is_denied():
    text = ("Seules des données courantes ont été copiées, insiste Pellan : le nom et l'adresse e-mail. Aucun mot de "
            "passe, aucun numéro de carte bancaire ni aucune autre information de ce genre n'est en cause.")
    found = fr(text, "data_category", incident("Pellan"))
    assert {("credentials", "denied", False), ("banking", "denied", False)} <= found


def test_one_suit_among_several_argues_its_own_case():
    text = ("One suit, brought in state court by a consumer firm, says the breach at Kestrel Burgers reached the "
            "data of more than 3.3 million people.")
    assert en(text, "victim_count", KESTREL) == {(3300000, "asserted", True)}


def test_a_report_that_cites_unnamed_people_and_an_unnamed_outlet_are_unconfirmed():
    harlow = incident("Harlow Transit")
    text = ("Harlow Transit intends to pay the hackers who hit it a ransom, a business wire reported on Friday, "
            "citing people familiar with the matter.")
    assert en(text, "organization", harlow) == {("Harlow Transit", "asserted", True)}
    text = "The attack on Harlow Transit took place on 3 March, one tech news site reported."
    assert en(text, "attack_date", harlow) == {("2025-03-03", "asserted", True)}


def test_compromised_vendor_credentials_are_how_they_got_in():
    text = "Malware was installed on Kestrel Burgers tills by means of compromised third-party vendor credentials."
    assert en(text, "attack_vector", KESTREL) == {("impersonation", "asserted", False)}
    # and credentials said not compromised are data denied, not a way in denied
    text = "Kestrel Burgers says no credentials were compromised."
    assert en(text, "attack_vector", KESTREL) == set()


def test_a_closing_source_hedges_what_it_says_before_a_contrast():
    harlow = incident("Harlow Transit")
    text = ("The attack on Harlow Transit took place on 3 March, one tech news site reported, although the regulator "
            "says only that it was told that day.")
    assert en(text, "attack_date", harlow) == {("2025-03-03", "asserted", True)}
