"""Round sixty-six (issue 9): what dev65's French half showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a provincial ministry, a rehousing charity, a ferry line)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


OFFICE = incident("Ministère des Registres civils", keywords=("Ministère des Registres civils",))
CHARITY = incident("Fondation Abri Léman", keywords=("Fondation Abri Léman",))
FERRY = incident("Kestrel Ferries", keywords=("Kestrel Ferries",))


def test_a_cleft_answered_by_but_denies_who_did_it_not_where():
    # « au Ministère des Registres civils, ce ne sont pas des pirates mais un employé qui a fait sortir … »: the
    # negation picks one doer over another; the organisation was hit all the same (rules cyberattack-300)
    cleft = ("Au Ministère des Registres civils, ce ne sont pas des pirates mais un employé qui a fait sortir les "
             "dossiers de paie.")
    assert fr(cleft, "organization", OFFICE) == {("Ministère des Registres civils", "asserted", False)}
    english = "At Kestrel Ferries it was not hackers but a contractor who walked off with the booking files."
    assert en(english, "organization", FERRY) == {("Kestrel Ferries", "asserted", False)}
    # a cleft no "mais" answers still denies: « ce n'est pas le Ministère des Registres civils qui a été piraté »
    denied = "Ce n'est pas le Ministère des Registres civils qui a été piraté, insiste le porte-parole."
    assert fr(denied, "organization", OFFICE) == {("Ministère des Registres civils", "denied", False)}


def test_civil_servants_are_people_counted():
    # « Au total, 412 fonctionnaires sont concernés »: the ministry's staff whose files left (rules cyberattack-300)
    staff = "Au total, 412 fonctionnaires sont concernés, a confirmé le Ministère des Registres civils."
    assert fr(staff, "victim_count", OFFICE) == {(412, "asserted", False)}


def test_some_such_weekday_is_no_day():
    # « le rançongiciel a frappé un lundi matin d'août », 'struck on a Friday night': which Monday or Friday the
    # sentence does not say, so publication dates nothing (rules cyberattack-301)
    some = "À la Fondation Abri Léman, le rançongiciel a frappé un lundi matin d'août, bloquant tous les postes."
    assert fr(some, "attack_date", CHARITY) == set()
    english = "Ransomware struck Kestrel Ferries on a Friday night in August, locking every booking terminal."
    assert en(english, "attack_date", FERRY) == set()
    # the last such day before publication still dates a bare weekday
    bare = "À la Fondation Abri Léman, le rançongiciel a frappé lundi matin, bloquant tous les postes."
    assert len(fr(bare, "attack_date", CHARITY)) == 1


def test_data_never_kept_is_denied():
    # « aucune coordonnée bancaire n'était enregistrée dans le logiciel », 'does not store payment card details': what
    # the organisation never kept cannot have been taken (rules cyberattack-302)
    kept = ("Les dons se réglant au guichet, aucune coordonnée bancaire n'était enregistrée dans le logiciel de la "
            "Fondation Abri Léman, souligne la direction, après le piratage.")
    assert fr(kept, "data_category", CHARITY) == {("banking", "denied", False)}
    english = "Kestrel Ferries, hit by hackers last week, said it doesn't store payment card details."
    assert en(english, "data_category", FERRY) == {("banking", "denied", False)}
    # data merely said to be stored somewhere are not said to be taken, nor spared
    stored = "Kestrel Ferries, hit by hackers, said card numbers are stored with an outside payment processor."
    assert en(stored, "data_category", FERRY) == set()


def test_a_note_left_by_the_attackers_is_their_word():
    # « résumait sans détour le message laissé par les pirates », 'the note left by the hackers said': the attackers
    # speak through what they left, and how it was put is no part of the speaker (rules cyberattack-303)
    note = ("« Seul l'argent nous intéresse », résumait sans détour le message laissé par les pirates sur les postes "
            "de la Fondation Abri Léman.")
    assert {value for value, _p, _h in fr(note, "quote", CHARITY)} == {"pirates"}
    english = "Kestrel Ferries was hit on Sunday. “All we want is money,” the note left by the hackers said."
    assert {value for value, _p, _h in en(english, "quote", FERRY)} == {"hackers"}
    bluntly = "« Nous ne paierons pas », résume sans ambages le directeur de la Fondation Abri Léman, Marc Vuille."
    assert {value for value, _p, _h in fr(bluntly, "quote", CHARITY)} == {"Marc Vuille"}


def test_staff_mailing_files_to_themselves_is_an_insider():
    # « une employée a expédié vers sa boîte courriel privée des fichiers », 'emailed the spreadsheets to her personal
    # account': the data left through someone inside (rules cyberattack-304)
    mailed = ("Une employée du Ministère des Registres civils a expédié vers sa boîte courriel privée des fichiers "
              "contenant les noms de ses collègues.")
    assert fr(mailed, "attack_vector", OFFICE) == {("insider", "asserted", False)}
    english = ("A Kestrel Ferries payroll clerk emailed spreadsheets holding crew members' names and bank details to "
               "her personal email account before leaving the company.")
    assert en(english, "attack_vector", FERRY) == {("insider", "asserted", False)}


def test_the_eve_of_something_else_is_the_day_already_named():
    # « le mardi 10 février, soit la veille du jour où une alerte a signalé l'export », 'on 3 March, the day before the
    # alert went off': the day named is the attack's; « la veille » there is no day of its own (rules cyberattack-305)
    eve = ("L'intrus s'est connecté au Ministère des Registres civils le mardi 10 février, soit la veille du jour où "
           "une alerte a signalé un export massif.")
    assert fr(eve, "attack_date", OFFICE) == {("2025-02-10", "asserted", False)}
    english = ("The intruder logged in to Kestrel Ferries' booking system on 3 March, the day before the alert went "
               "off.")
    assert en(english, "attack_date", FERRY) == {("2025-03-03", "asserted", False)}
    # the day before a day named still counts back from it
    back = "Le 11 février, le Ministère des Registres civils a découvert l'attaque, survenue la veille."
    assert fr(back, "attack_date", OFFICE) == {("2025-02-10", "asserted", False)}


def test_a_line_opened_in_one_victims_name_is_identity_theft():
    # « un escroc peut ouvrir une ligne téléphonique au nom d'un lecteur », 'open a phone line in a customer's name':
    # one person's identity borrowed is identity theft (rules cyberattack-306)
    line = ("Avec un nom et une date de naissance volés à la Fondation Abri Léman, un escroc peut ouvrir une ligne "
            "téléphonique au nom d'un bénévole, prévient la direction.")
    assert ("identity_theft", "asserted", False) in fr(line, "risk", CHARITY)
    english = ("Kestrel Ferries was hacked; with a name and a birth date, a crook could open a phone line in a "
               "customer's name, the firm warned.")
    assert ("identity_theft", "asserted", False) in en(english, "risk", FERRY)


def test_what_the_police_tell_every_ransomware_victim_is_a_general_remark():
    # « la consigne que la police répète aux victimes de rançongiciels », 'the advice the state police give victims of
    # ransomware': every victim's, no way in of this attack (rules cyberattack-307)
    police = ("Ne jamais payer : c'est la consigne que la police répète aux victimes de rançongiciels, à qui elle "
              "recommande aussi de débrancher les machines touchées.")
    assert fr(police, "attack_vector", CHARITY) == set()
    english = ("Never pay: that is the advice the state police give victims of ransomware, whom they also urge to "
               "unplug infected machines at once.")
    assert en(english, "attack_vector", FERRY) == set()
    # the incident's own victim still has its way in
    own = "La Fondation Abri Léman, victime d'un rançongiciel, a refusé de payer, conformément à la consigne de la police."
    assert fr(own, "attack_vector", CHARITY) == {("ransomware", "asserted", False)}


def test_data_encrypted_name_whose_they_were():
    # « Black Matter a chiffré les données de la Fondation » : the foundation was hit, as « a volé les données de »
    # says; « chiffré » alone still quantifies (rules cyberattack-308)
    locked = "Cet été, un gang a chiffré les données de la Fondation Abri Léman comme celles de plusieurs entreprises."
    assert fr(locked, "organization", CHARITY) == {("Fondation Abri Léman", "asserted", False)}
    counted = "La Fondation Abri Léman a chiffré les données de son budget pour l'an prochain."
    assert fr(counted, "organization", CHARITY) == set()


def test_a_heading_closed_by_a_colon_turns_to_another_incident():
    # 'Also this week: Harbour Dental says someone was inside its network from Nov. 28 to Dec. 5 …', « Ailleurs en
    # Bretagne : … »: a roundup's next item, another breach, whose data and days are not this incident's
    # (rules cyberattack-309)
    roundup = ("Also this week: Harbour Dental has begun warning patients that someone was inside its network from "
               "Nov. 28 to Dec. 5 and copied files holding card numbers.")
    assert en(roundup, "data_category", FERRY) == set()
    assert en(roundup, "attack_date", FERRY) == set()
    confused = ("Not to be confused with the Kestrel ransomware crew: Kestrel Dental, a clinic group, was hit on 22 "
                "November and lost patients' records.")
    assert en(confused, "data_category", FERRY) == set()
    ailleurs = ("Ailleurs en Bretagne : la mairie de Lanvollon a vu des pirates copier les fiches d'état civil de ses "
                "habitants.")
    assert fr(ailleurs, "data_category", OFFICE) == set()
    # "Also," with a comma goes on with this incident
    also = "Also, Kestrel Ferries said the intruders had copied files holding passengers' card numbers."
    assert en(also, "data_category", FERRY) == {("banking", "asserted", False)}


def test_a_day_something_was_done_by_is_no_attack_date():
    # 'Every Kestrel Ferries website was dark by Friday after the intrusion', 'By 10 a.m. on Tuesday the company could
    # list what the attack had spared': a state reached by then (rules cyberattack-310)
    dark = "Every Kestrel Ferries website was dark by Friday after the intrusion, booking pages among them."
    assert en(dark, "attack_date", FERRY) == set()
    listed = "By 10 a.m. on Tuesday Kestrel Ferries could at least list what the attack had spared."
    assert en(listed, "attack_date", FERRY) == set()
    # the day it struck still dates it
    struck = "Kestrel Ferries said the attack struck its booking servers on Friday, 14 March."
    assert en(struck, "attack_date", FERRY) == {("2025-03-14", "asserted", False)}


def test_a_failure_to_protect_and_an_unknown_attacker_deny_nothing():
    # 'a moral failing that he had not shielded the booking centre from the June 20 ransomware attack', « de ne pas
    # avoir su protéger … du rançongiciel qui l'a frappé le 20 juin »: the attack is presupposed; 'an attacker who has
    # not been identified compromised some of its systems': who is unknown, not what was done (rules cyberattack-311)
    shielded = ("Kestrel Ferries' IT director resigned, calling it a failing that he had not shielded the booking "
                "centre from the June 20 ransomware attack.")
    assert en(shielded, "attack_vector", FERRY) == {("ransomware", "asserted", False)}
    protege = ("Le directeur a démissionné, se reprochant de ne pas avoir su protéger le Ministère des Registres "
               "civils du rançongiciel qui l'a frappé le 20 juin.")
    assert fr(protege, "attack_vector", OFFICE) == {("ransomware", "asserted", False)}
    unknown = ("Kestrel Ferries warned passengers after an attacker who has not been identified compromised some of "
               "the company's IT systems.")
    assert en(unknown, "organization", FERRY) == {("Kestrel Ferries", "asserted", False)}
    # a plain denial still denies
    spared = "Kestrel Ferries said its booking centre had not been hit by the June 20 ransomware attack."
    assert en(spared, "attack_vector", FERRY) == {("ransomware", "denied", False)}


def test_the_attack_on_its_systems_is_given_before_a_negation():
    # 'The carmaker also said the breach of its systems had not affected the running of the business', « l'attaque
    # contre ses serveurs n'a pas touché l'accueil du ministère »: the attack on it is given; the negation denies an
    # effect (rules cyberattack-312)
    english = ("Kestrel Ferries' statement speaks of a threat actor. The company also said the breach of its systems "
               "had not affected the running of the business.")
    assert en(english, "organization", FERRY) == {("Kestrel Ferries", "asserted", False)}
    french = ("Le Ministère des Registres civils a porté plainte. L'attaque contre ses serveurs n'a pas touché "
              "l'accueil du ministère, assure-t-il.")
    assert ("Ministère des Registres civils", "denied", False) not in fr(french, "organization", OFFICE)


def test_a_date_a_pipe_closes_is_the_pages_stamp():
    # 'By our shipping correspondent | 21 March 2025, 09:14 | Kestrel Ferries is warning …', « Radio Nord | 16/05/2025
    # | Le ministère … »: the page's stamp, not the attack's day (rules cyberattack-313)
    english = ("By our shipping correspondent | 14 March 2025, 09:14 | Kestrel Ferries is warning passengers after a "
               "hacker got into part of its booking network.")
    assert en(english, "attack_date", FERRY) == set()
    french = ("Radio Nord | 14/03/2025 | Société — Le Ministère des Registres civils compte parmi les victimes du "
              "rançongiciel qui a frappé des services publics.")
    assert fr(french, "attack_date", OFFICE) == set()
    # a day in the text itself still dates the attack
    dated = "Kestrel Ferries said a hacker got into part of its booking network on 14 March, at 09:14."
    assert en(dated, "attack_date", FERRY) == {("2025-03-14", "asserted", False)}


def test_misuse_not_seen_so_far_is_no_risk_and_credit_opened_in_their_name_is():
    # 'reminds customers that it has seen no unauthorised transactions on their accounts', « n'a constaté aucune
    # opération frauduleuse »: past misuse denied, no risk (D22); 'could find loans or credit lines opened in their
    # name': identity theft (rules cyberattack-314)
    seen = ("Kestrel Ferries, whose booking system was hacked, reminds customers that it has seen no unauthorised "
            "transactions on their accounts.")
    assert en(seen, "risk", FERRY) == set()
    constate = ("Le Ministère des Registres civils, piraté en mars, n'a constaté aucune opération frauduleuse sur les "
                "comptes des usagers.")
    assert fr(constate, "risk", OFFICE) == set()
    opened = ("With their birth dates in criminals' hands after the Kestrel Ferries hack, passengers could find loans "
              "or credit lines opened in their name.")
    assert ("identity_theft", "asserted", False) in en(opened, "risk", FERRY)


def test_a_three_word_name_that_opens_the_sentence_is_whole():
    # 'Semuel Abrijani Pangerapan, who ran …, stepped down … “…,” he told a press conference': the pronoun stands for
    # the whole name, not its last two words; a title before a name still goes (rules cyberattack-315)
    three = ("Nadia Bella Okonkwo, who ran Kestrel Ferries' IT department, stepped down after the ransomware attack. "
             "“The fault is mine,” she told a press conference.")
    assert {value for value, _p, _h in en(three, "quote", FERRY)} == {"Nadia Bella Okonkwo"}
    titled = ("Mayor Donna Reardon called the Kestrel Ferries ransomware attack a blow. “Rebuilding cost us a great "
              "deal,” she said.")
    assert {value for value, _p, _h in en(titled, "quote", FERRY)} == {"Donna Reardon"}
