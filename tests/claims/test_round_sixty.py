"""Round sixty (issue 9): what dev59's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a ferry line, a music school, a regional water board)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


FERRY = incident("Brannock Ferries", keywords=("Brannock Ferries", "Brannock"))
SCHOOL = incident("Conservatoire de la Sarre", keywords=("Conservatoire de la Sarre",))


def test_a_sentence_opening_on_the_whole_a_share_is_drawn_from_counts_nobody_there():
    # « Sur les près de 10 000 clients titulaires d'un compte, seule une petite part est touchée »: the opening
    # figure is a base (D35), not the victims (rules cyberattack-163); « Sur les 6,9 millions de personnes
    # touchées » still counts them, the comma coming after what befell them
    base = ("Sur les près de 8 000 élèves inscrits au Conservatoire de la Sarre, seule une petite part est touchée "
            "par la fuite.")
    assert fr(base, "victim_count", SCHOOL) == set()
    accounts = "Of the 14,000 accounts opened on the Brannock Ferries portal, 2,350 people were affected by the breach."
    assert en(accounts, "accounts_compromised", FERRY) == set()
    hit = "Sur les 6 900 personnes touchées par la fuite au Conservatoire de la Sarre, 550 sont mineures."
    assert fr(hit, "victim_count", SCHOOL) == {(6900, "asserted", False)}


def test_three_groups_counted_one_by_one_with_no_total_give_no_count():
    # "about 2,500 current staff, a number of former employees, 17 current students and 50 former students":
    # each figure is a group of the victims (D5), and the sentence gives no whole (rules cyberattack-164)
    groups = ("Brannock Ferries said data belonging to about 2,500 current staff, 17 current passengers and 50 "
              "former passengers had been stolen in the attack.")
    assert en(groups, "victim_count", FERRY) == set()
    total = ("Brannock Ferries said data belonging to 2,500 staff, 17 passengers and 50 agents, 2,567 people in all, "
             "had been stolen in the attack.")
    assert en(total, "victim_count", FERRY) == {(2567, "asserted", False)}


def test_someone_close_to_the_incident_and_what_a_paper_heard_from_one_ex_employee_are_unnamed_sources():
    # "Someone close to the incident told The Register that", "The Courier-Mail heard from one ex-employee that":
    # an unnamed source hedges what it carries (D2) (rules cyberattack-165); the paper's own report does not
    close = "Someone close to the incident told The Register that Brannock Ferries staff were warned about phishing."
    assert en(close, "risk", FERRY) == {("phishing", "asserted", True)}
    heard = "The Courier-Mail heard from one ex-employee that the stolen Brannock Ferries files held bank details."
    assert en(heard, "data_category", FERRY) == {("banking", "asserted", True)}
    named = "The Courier-Mail reported that the stolen Brannock Ferries files held bank details."
    assert en(named, "data_category", FERRY) == {("banking", "asserted", False)}


CLINIC = incident("Harwell Clinics", keywords=("Harwell Clinics", "Harwell"))


def test_no_patient_data_denies_medical_data_and_patient_data_alone_names_no_category():
    # "Harwell Clinics has said no patient data was compromised": the denial of patient data denies medical data
    # (rules cyberattack-166); "patient data was copied" alone says no more than data of patients
    denial = "Harwell Clinics has said no patient data was compromised in the attack on its datacentre."
    assert en(denial, "data_category", CLINIC) == {("medical", "denied", False)}
    assert en("Harwell Clinics said patient data was copied in the attack.", "data_category", CLINIC) == set()


def test_shoppers_not_held_liable_for_fraudulent_charges_is_no_denial_of_fraud():
    # "promising shoppers they would not be held liable for fraudulent charges": who pays for the loss is denied,
    # not the fraud (rules cyberattack-167), in both languages; "no sign of fraud" still denies
    liable = ("Brannock Ferries urged passengers to call their card issuer about any transaction they do not recognise, "
              "promising they would not be held liable for fraudulent charges.")
    assert en(liable, "risk", FERRY) == {("fraud", "asserted", False)}
    french = ("Le Conservatoire de la Sarre invite les familles à surveiller leurs relevés et promet qu'elles ne seront "
              "pas tenues responsables des achats frauduleux.")
    assert fr(french, "risk", SCHOOL) == {("fraud", "asserted", False)}
    seen = "Brannock Ferries said there has been no sign of fraud since the breach."
    assert en(seen, "risk", FERRY) == {("fraud", "denied", False)}


TELECOM = incident("Télécom Sahel", keywords=("Télécom Sahel",))


def test_access_to_a_platform_and_an_account_credited_are_no_login_used():
    # « s'est procuré un accès à la plateforme », « crédite un compte de 50 millions »: access to a place and an
    # account money went into are no one's login used to get in (rules cyberattack-168); a login bought still is
    access = "L'enquête doit dire comment le pirate s'est procuré un accès à la plateforme de Télécom Sahel."
    assert fr(access, "attack_vector", TELECOM) == set()
    credited = "Via la plateforme de Télécom Sahel, le pirate passe une fausse commande et crédite un compte de 50 millions."
    assert fr(credited, "attack_vector", TELECOM) == set()
    login = "Le pirate s'est procuré les identifiants d'un agent de Télécom Sahel pour entrer dans la plateforme."
    assert fr(login, "attack_vector", TELECOM) == {("impersonation", "asserted", False)}


def test_a_handle_among_the_keywords_is_whom_a_later_pronoun_stands_for():
    # "Prudent, SaxX a d'abord examiné les fichiers. « … », explique-t-il": the researcher the newsroom lists by his
    # handle speaks (rules cyberattack-169); a handle the sentence names as a thing ("la carte SwissPass") does not
    watched = incident("Télécom Sahel", keywords=("Télécom Sahel", "SaxX", "SwissPass"))
    text = ("Prudent, SaxX a d'abord examiné les fichiers de Télécom Sahel. « Il arrive souvent qu'une vieille fuite "
            "soit remise en circulation », explique-t-il.")
    assert fr(text, "quote", watched) == {("SaxX", "asserted", False)}
    thing = ("Les pirates ont visé la carte SwissPass de Télécom Sahel. « Il arrive souvent qu'une vieille fuite soit "
             "remise en circulation », explique-t-il.")
    # (nor is "Les pirates" an office the sentence opens on: its "Le" was read as an article before "s pirates")
    assert fr(thing, "quote", watched) == {(None, "asserted", False)}


def test_messages_asking_them_for_a_payment_and_callers_presenting_themselves_as_staff_are_phishing():
    # « se méfier de tout SMS ou courriel leur réclamant un paiement », "anyone presenting themselves as the
    # company's support staff": messages and callers posing as the organisation (rules cyberattack-170); the author
    # of a ransomware « réclamant un paiement en bitcoins » asks a ransom, no one is phished
    sms = ("Le Conservatoire de la Sarre invite les familles à se méfier de tout SMS ou courriel leur réclamant un "
           "paiement après la fuite.")
    assert fr(sms, "risk", SCHOOL) == {("phishing", "asserted", False)}
    calls = ("After the breach, Brannock Ferries told passengers to be wary of anyone presenting themselves as its "
             "support staff.")
    assert en(calls, "risk", FERRY) == {("phishing", "asserted", False)}
    ransom = "Le rançongiciel a frappé le Conservatoire de la Sarre, son auteur réclamant un paiement en bitcoins."
    assert fr(ransom, "risk", SCHOOL) == set()


def test_someone_inside_the_company_is_an_insider():
    # "suggests to some observers that someone inside the company may have been involved", « quelqu'un de
    # l'intérieur »: an insider, hedged as the observers' guess (rules cyberattack-171)
    text = ("The files on sale suggest to some observers that someone inside the company may have helped the "
            "Brannock Ferries hackers.")
    assert en(text, "attack_vector", FERRY) == {("insider", "asserted", True)}
    french = "Selon des observateurs, quelqu'un de l'intérieur de Télécom Sahel aurait pu aider les pirates."
    assert fr(french, "attack_vector", TELECOM) == {("insider", "asserted", True)}


def test_even_as_opens_a_clause_of_its_own():
    # "has begun publishing ID cards taken from QUT, even as the university maintained it had no evidence any data
    # had been stolen": the denial after "even as" keeps to its clause (rules cyberattack-172), as after "while"
    text = ("The gang has begun publishing ID cards taken from Brannock Ferries, even as the company maintained it had "
            "no evidence any data had been stolen.")
    assert {(value, polarity) for value, polarity, _hedged in en(text, "data_category", FERRY)} == {("identity", "asserted")}


def test_la_regie_stands_for_the_authority_named_before():
    # « Les piscines de la Régie des Bassins de la Vère restent ouvertes : la régie intercommunale a subi une attaque
    # par rançongiciel »: « la régie » is a role noun for the authority named before (rules cyberattack-173)
    pools = incident("Régie des Bassins de la Sorne", keywords=("Régie des Bassins de la Sorne",))
    text = ("Les piscines de la Régie des Bassins de la Sorne restent ouvertes, mais sans caisse : la régie "
            "intercommunale a subi une attaque par rançongiciel dans la nuit de samedi.")
    assert fr(text, "organization", pools) == {("Régie des Bassins de la Sorne", "asserted", False)}


def test_customers_holding_an_account_are_no_login_used():
    # « clients titulaires d'un compte utilisateur … seule une petite part est touchée »: customers who hold an
    # account, not a login the attackers got in with (rules cyberattack-174)
    text = ("Parmi les familles titulaires d'un compte utilisateur au Conservatoire de la Sarre, seule une petite part "
            "est touchée.")
    assert fr(text, "attack_vector", SCHOOL) == set()


def test_nothing_allows_one_to_say_past_an_aside_still_denies():
    # « Rien, à ce stade, ne permet d'affirmer qu'un rançongiciel soit en cause »: the absence-of-evidence frame
    # holds past a short aside after « Rien » (rules cyberattack-175), and « rien ne permet d'affirmer » hedges the
    # denial as « rien ne permet de dire » does (D4)
    aside = "Rien, à ce stade, ne permet d'affirmer qu'un rançongiciel soit en cause au Conservatoire de la Sarre."
    assert {(value, polarity) for value, polarity, _hedged in fr(aside, "attack_vector", SCHOOL)} == {("ransomware", "denied")}
    plain = "Rien ne permet d'affirmer qu'un rançongiciel soit en cause au Conservatoire de la Sarre."
    assert fr(plain, "attack_vector", SCHOOL) == {("ransomware", "denied", True)}


def test_an_anonymous_source_inside_the_organisation_hedges_what_it_says():
    # "An anonymous source inside the council told The Lincolnite that … exposing residents' bank details": a source
    # the text does not name hedges its word (D2) (rules cyberattack-176)
    text = ("An anonymous source inside the company told The Lincolnite that the Brannock Ferries booking system had "
            "been breached, exposing passengers' bank details.")
    assert en(text, "data_category", FERRY) == {("banking", "asserted", True)}
