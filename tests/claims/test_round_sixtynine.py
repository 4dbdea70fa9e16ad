"""Round sixty-nine (issue 9): what dev68 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a games platform, an Indian telecom operator, a Breton car-loan broker)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


GAMES = incident("Kestrel Games", keywords=("Kestrel Games",))
TELECOM = incident("Vindhya Telecom", keywords=("Vindhya Telecom",))
BROKER = incident("Crédit Auto Armor", keywords=("Crédit Auto Armor",))


def test_accounts_an_owner_holds_are_counted_whole():
    # "about 160,000 of its user accounts had been broken into": "of its" before accounts marks whose they are, not a
    # part of a larger tally (rules cyberattack-335)
    accounts = "Kestrel Games said on Friday that about 52,000 of its user accounts had been broken into since March."
    assert en(accounts, "accounts_compromised", GAMES) == {(52000, "asserted", False)}
    possessive = "Intruders got into 9,400 of its customers' accounts, Kestrel Games told regulators."
    assert en(possessive, "accounts_compromised", GAMES) == {(9400, "asserted", False)}
    # people drawn from a client's own books stay a part of the vendor's tally (D5)
    donors = "A charity among Kestrel Games' clients said 2,600 of its donors had been caught up in the breach."
    assert en(donors, "victim_count", GAMES) == set()


def test_india_s_units_scale_a_figure():
    # "37.5 crore customers" is 375 million and "75 lakh users" 7.5 million, as the Indian press writes them; a sum in
    # rupees ("revenue of Rs 3,403 crore") is money, no count (rules cyberattack-336)
    crore = "Hackers stole the personal details of 37.5 crore Vindhya Telecom customers, the paper reported."
    assert en(crore, "victim_count", TELECOM) == {(375000000, "asserted", False)}
    lakh = "Vindhya Telecom, with revenue of Rs 3,403 crore, said 75 lakh users were hit by the breach."
    assert en(lakh, "victim_count", TELECOM) == {(7500000, "asserted", False)}


def test_a_compound_adjective_guesses_nothing():
    # "would-be buyers" is a kind of buyer, no conditional: the figure and the organisation are not hedged; « semble-t-il »
    # is a verb with its subject after it and still hedges (rules cyberattack-337)
    compound = ("Kestrel Games disclosed on Friday that an unauthorised third party had obtained the details of 41,000 "
                "customers and would-be customers.")
    assert en(compound, "victim_count", GAMES) == {(41000, "asserted", False)}
    assert en(compound, "organization", GAMES) == {("Kestrel Games", "asserted", False)}
    guess = "Kestrel Games would have obtained the details of 41,000 customers from a broker, the hackers say."
    assert en(guess, "victim_count", GAMES) == {(41000, "asserted", True)}


def test_a_semicolon_closes_the_advice_before_a_statement():
    # « demande à ses clients de surveiller leurs comptes ; aucun indice ne laisse penser que des données de paiement aient
    # été emportées, ajoute l'entreprise »: the advice ends at the semicolon and the denial after it is read; advice
    # that goes on past it ('would also do well to distrust any e-mail') still states nothing (rules cyberattack-338)
    denial = ("Crédit Auto Armor demande à ses clients de surveiller leurs comptes et de se méfier des appels ; aucun "
              "indice ne laisse penser que des données de paiement aient été emportées, ajoute l'entreprise.")
    assert fr(denial, "data_category", BROKER) == {("banking", "denied", True)}
    advice = ("Kestrel Games is urging players to change their passwords; those whose card details were in the file "
              "would also do well to distrust any e-mail that uses their purchase history.")
    assert en(advice, "data_category", GAMES) == set()


def test_a_database_emptied_is_taken():
    # « des intrus avaient vidé la base de son Portail Familles »: emptying a database takes what it held, which the
    # organisation reports of itself (rules cyberattack-339)
    emptied = ("Crédit Auto Armor, qui gère les dossiers de prêt de quarante concessions bretonnes, a fait savoir mercredi "
               "que des intrus avaient vidé la base de son espace client.")
    assert fr(emptied, "organization", BROKER) == {("Crédit Auto Armor", "asserted", False)}


def test_a_role_noun_after_what_it_says_reports_its_own_breach():
    # "A hacker had got into its IT systems, the company said": the role noun set after the words, in a sentence that
    # names no organisation, is the one named before, reporting the attack on itself as its name would (rules
    # cyberattack-340)
    text = "Kestrel Games wrote to its players on Monday. A hacker had got into its IT systems, the company said."
    assert en(text, "organization", GAMES) == {("Kestrel Games", "asserted", False)}
    # set before its verb, it is a speaker whose words are read as before
    advice = "Kestrel Games wrote to its players on Monday. The company said players should change their passwords."
    assert en(advice, "organization", GAMES) == set()


def test_a_file_transfer_appliance_moves_no_one():
    # "the breach of the Accellion file-transfer appliance it had used", "the money transfer company": the noun names a
    # product or a trade, and the figure before it still counts the people hit; people transferred are still no victims
    # (rules cyberattack-341)
    product = ("About 52,000 Kestrel Games customers had their card numbers stolen, the firm said after the breach of the "
               "file-transfer appliance it had used.")
    assert en(product, "victim_count", GAMES) == {(52000, "asserted", False)}
    moved = "After the attack on Kestrel Games, 30 patients were transferred to another hospital."
    assert en(moved, "victim_count", GAMES) == set()


def test_a_range_s_second_day_counts_no_one():
    # "inside its network between September 20 and 22 made off with customers' data": 22 is the range's last day, no
    # count of people (rules cyberattack-342)
    days = ("Kestrel Games said hackers who were inside its network between March 10 and 12 made off with "
            "customers' names and addresses.")
    assert en(days, "victim_count", GAMES) == set()
    assert ("2025-03-10", "asserted", False) in en(days, "attack_date", GAMES)


def test_details_not_listed_are_neither_taken_nor_denied():
    # "had their names, along with other details it did not list, stolen": what a filing leaves unlisted is unsaid,
    # and the negation in the aside denies nothing of the names (rules cyberattack-343)
    unlisted = ("Kestrel Games now says that 52,000 people had their names, along with other details it did not list, "
                "stolen in the attack on its network.")
    assert en(unlisted, "data_category", GAMES) == {("identity", "asserted", False)}
    assert en(unlisted, "victim_count", GAMES) == {(52000, "asserted", False)}


def test_letters_going_out_date_no_attack():
    # "the letters, which began going out on March 29", "began mailing them on Thursday": the day the notices left is
    # the mailing's, not the intrusion's (rules cyberattack-344)
    letters = ("Kestrel Games is writing to 52,000 people whose names were taken in the intrusion; the letters, which "
               "began going out on March 12, offer free credit monitoring.")
    assert en(letters, "attack_date", GAMES) == set()
    mailing = "Kestrel Games began mailing letters on 12 March to players whose files sat in the breached network."
    assert en(mailing, "attack_date", GAMES) == set()


def test_a_risk_said_to_be_real_and_no_one_harmed_yet():
    # « le risque d'usurpation d'identité n'a rien de théorique » says the risk is real, no denial; « aucun client
    # n'aurait été victime d'une arnaque » is misuse not seen so far, no risk denied (D22) (rules cyberattack-345)
    real = ("Après la fuite chez Crédit Auto Armor, un escroc pourrait ouvrir un crédit au nom d'un client, prévient "
            "l'entreprise, pour qui le risque d'usurpation d'identité n'a rien de théorique.")
    assert ("identity_theft", "asserted", False) in fr(real, "risk", BROKER)
    harmed = "Crédit Auto Armor assure qu'aucun client n'aurait été victime d'une arnaque depuis le piratage."
    assert fr(harmed, "risk", BROKER) == set()


def test_an_intruder_who_slipped_in():
    # « découvrait qu'un intrus s'était glissé dans son réseau »: slipping into a network is getting in, not the verb of
    # saying « glisser » (« glisse un proche du dossier »), and the imperfect « découvrait » is a finding whose day is
    # not the attack's (rules cyberattack-346)
    slipped = "Le 2 mars, Crédit Auto Armor découvrait qu'un intrus s'était glissé dans son réseau."
    assert fr(slipped, "organization", BROKER) == {("Crédit Auto Armor", "asserted", False)}
    assert fr(slipped, "attack_date", BROKER) == set()
    pirates = "Des pirates se sont glissés dans le réseau de Crédit Auto Armor."
    assert fr(pirates, "organization", BROKER) == {("Crédit Auto Armor", "asserted", False)}


def test_a_surname_s_particle_stands_inside_the_name():
    # "Justice Minister David van Weel wrote": the lower-case particle is part of the surname, so the office is dropped
    # and the speaker is the whole name, not "Justice Minister David" (rules cyberattack-347)
    letter = ("“The attack on Kestrel Games was very probably the work of a state actor,” Justice Minister David van Weel "
              "wrote to parliament.")
    assert {speaker for speaker, _p, _h in en(letter, "quote", GAMES)} == {"David van Weel"}
    german = "“Kestrel Games was hit by ransomware,” said Ursula von der Leyen."
    assert {speaker for speaker, _p, _h in en(german, "quote", GAMES)} == {"Ursula von der Leyen"}


def test_what_a_seller_claims_to_hold_is_counted_as_its_claim():
    # « le vendeur y revendique 117 963 abonnés de l'opérateur », « affirme détenir les fiches de 40 000 clients »: the
    # figure a seller claims is a count, hedged as the seller's word (D3), as 'claims to have' was (rules
    # cyberattack-348)
    seller = ("Un compte a proposé lundi un fichier de Crédit Auto Armor : le vendeur y revendique 41 000 clients de "
              "l'entreprise, avec nom et adresse.")
    assert fr(seller, "victim_count", BROKER) == {(41000, "asserted", True)}


def test_credit_in_someone_else_s_name_is_identity_theft():
    # "just what fraudsters need to open phone lines or loans in someone else's name": borrowing anyone's name for a
    # line or a loan is identity theft, and the name is no data taken (rules cyberattack-349)
    lines = ("Details taken from Kestrel Games are just what fraudsters need to open phone lines or loans in someone "
             "else's name.")
    assert ("identity_theft", "asserted", False) in en(lines, "risk", GAMES)


def test_fraud_case_files_name_no_risk():
    # "information relating to criminal investigations, mostly in fraud cases": case files among the stolen data are
    # data, no fraud the victims now face (rules cyberattack-350)
    files = ("The haul from Kestrel Games also held, for a few players, information relating to criminal "
             "investigations, mostly in fraud cases.")
    assert en(files, "risk", GAMES) == set()
    risk = "Players whose data was taken from Kestrel Games now face fraud."
    assert en(risk, "risk", GAMES) == {("fraud", "asserted", False)}


def test_a_total_of_accounts_makes_its_breakdown_parts():
    # « quatre comptes au total, celui du prestataire et trois comptes d'agents »: the total is the count of accounts
    # and the figures after it its parts (D5), as a total of people already did (rules cyberattack-351)
    total = ("L'enquête établit que l'intrus s'est servi de quatre comptes au total, celui du prestataire et trois "
             "comptes d'agents de Crédit Auto Armor, pour élargir ses droits.")
    assert fr(total, "accounts_compromised", BROKER) == {(4, "asserted", False)}
