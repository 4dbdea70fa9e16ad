"""Round sixty-three (issue 9): what dev62's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a harbour authority, a valley's tourist office, a county library
service, a music school)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


HARBOUR = incident("Tarrow Harbour Authority", keywords=("Tarrow Harbour Authority", "Tarrow Harbour"))
TOURISM = incident("Office de tourisme du Val d'Aure", keywords=("Office de tourisme du Val d'Aure",))
LIBRARY = incident("Kilbride Libraries", keywords=("Kilbride Libraries",))
MUSIC = incident("Conservatoire de Villebrune", keywords=("Conservatoire de Villebrune",))


def test_data_said_to_be_not_otherwise_public_is_no_denial_that_it_was_taken():
    # "some of what the intruder obtained is not otherwise public: the email addresses, names, job titles …": what
    # the data was like, not a denial that it was obtained (rules cyberattack-228)
    public = ("Some of what the intruder obtained from Tarrow Harbour Authority is not otherwise public: the email "
              "addresses and names of its pilots.")
    assert en(public, "data_category", HARBOUR) == {("contact", "asserted", False), ("identity", "asserted", False)}
    french = ("Les pirates ont obtenu des informations non publiques du Conservatoire de Villebrune : les adresses "
              "électroniques des professeurs.")
    assert fr(french, "data_category", MUSIC) == {("contact", "asserted", False)}
    # data that was not made public is still denied
    kept = "The names of Tarrow Harbour Authority's pilots were not published, the authority said."
    assert ("identity", "denied", False) in en(kept, "data_category", HARBOUR)


def test_a_denial_that_data_left_its_servers_is_no_denial_of_the_attack():
    # « l'attaque contre l'OLV Pulhof remonterait à la fin janvier, et rien ne permettrait d'affirmer que des données
    # personnelles ont quitté ses serveurs »: what is denied is the data leaving, not the attack on the school
    # (rules cyberattack-229)
    left = ("L'attaque contre le Conservatoire de Villebrune remonterait à janvier, et rien ne permet d'affirmer que des "
            "données personnelles ont quitté ses serveurs.")
    assert {c[1] for c in fr(left, "organization", MUSIC)} == {"asserted"}
    english = ("The attack on Tarrow Harbour Authority began in January, and no personal data left its servers, the "
               "authority said.")
    assert {c[1] for c in en(english, "organization", HARBOUR)} == {"asserted"}
    # its own servers said to be untouched still deny the attack on it
    spared = "Le Conservatoire de Villebrune assure que ses serveurs n'ont pas été touchés par l'attaque."
    assert fr(spared, "organization", MUSIC) == {("Conservatoire de Villebrune", "denied", False)}


def test_the_credentials_of_a_number_of_people_count_accounts():
    # "the intruder signed in with the credentials of six existing Sands LifeStyle members": six accounts used, not six
    # victims (rules cyberattack-230)
    six = ("The intruder signed in with the credentials of six existing Kilbride Libraries members and reached the "
           "records of 40,000 customers.")
    assert en(six, "accounts_compromised", LIBRARY) == {(6, "asserted", False)}
    assert en(six, "victim_count", LIBRARY) == {(40000, "asserted", False)}
    french = ("Les pirates se sont connectés avec les identifiants de quatre agents de l'Office de tourisme du Val "
              "d'Aure.")
    assert fr(french, "accounts_compromised", TOURISM) == {(4, "asserted", False)}
    # the accounts of so many users are the users whose data was taken, who count as victims
    users = "The hacker says he copied the accounts of 200,000 Kilbride Libraries users."
    assert en(users, "accounts_compromised", LIBRARY) == set()


def test_mailboxes_hijacked_count_accounts_in_french():
    # « Au total, quatre boîtes de l'équipe auraient ensuite été détournées pour les envois » (rules cyberattack-231)
    boxes = ("Au total, cinq boîtes de l'équipe de l'Office de tourisme du Val d'Aure ont été détournées pour envoyer "
             "les faux courriels.")
    assert fr(boxes, "accounts_compromised", TOURISM) == {(5, "asserted", False)}
    agents = "Les pirates ont détourné trois boîtes des agents du Conservatoire de Villebrune."
    assert fr(agents, "accounts_compromised", MUSIC) == {(3, "asserted", False)}
    # boxes of things are no mailboxes
    things = "Les pirates ont aussi volé quatre boîtes de partitions au Conservatoire de Villebrune."
    assert fr(things, "accounts_compromised", MUSIC) == set()


def test_a_password_typed_into_a_fake_page_is_credentials_taken():
    # « la régisseuse aurait saisi son mot de passe sur une fausse page de connexion » (rules cyberattack-232)
    typed = ("Une secrétaire de l'Office de tourisme du Val d'Aure a saisi son mot de passe sur une fausse page de "
             "connexion.")
    assert ("credentials", "asserted", False) in fr(typed, "data_category", TOURISM)
    # a password to type in again after the attack is advice, no data taken
    again = ("Chaque agent de l'Office de tourisme du Val d'Aure devra saisir un nouveau mot de passe lundi.")
    assert ("credentials", "asserted", False) not in fr(again, "data_category", TOURISM)


def test_messages_that_vouch_for_their_sender_or_look_dubious_are_phishing():
    # « tout message ou appel se recommandant du parc », « courriels douteux », "scammers who might pose as the company"
    # (rules cyberattack-233)
    vouch = ("L'Office de tourisme du Val d'Aure invite ses partenaires à se méfier de tout appel se recommandant de "
             "l'office pour obtenir un paiement.")
    assert ("phishing", "asserted", False) in fr(vouch, "risk", TOURISM)
    pose = "Kilbride Libraries urged members to beware of scammers who might pose as the library service."
    assert ("phishing", "asserted", False) in en(pose, "risk", LIBRARY)
    # someone who once posed as a buyer to test a seller names no risk to the victims
    buyer = "A researcher who posed as a buyer told reporters that Kilbride Libraries' files were on sale."
    assert ("phishing", "asserted", False) not in en(buyer, "risk", LIBRARY)


def test_one_unknown_debit_is_a_fraud_risk():
    # « signaler à leur banque tout prélèvement inconnu » (rules cyberattack-234)
    debit = ("Le Conservatoire de Villebrune invite les parents à signaler à leur banque tout prélèvement inconnu après "
             "le piratage.")
    assert ("fraud", "asserted", False) in fr(debit, "risk", MUSIC)


def test_advice_not_to_open_an_attachment_warns_of_phishing():
    # « n'ouvrir aucune pièce jointe venue de courriels douteux »: the negation is the advice's, not a denial of the risk
    # (rules cyberattack-235)
    advice = ("Le maire demande aux habitants de changer leurs mots de passe et de n'ouvrir aucune pièce jointe venue "
              "de courriels douteux après l'attaque contre l'Office de tourisme du Val d'Aure.")
    assert fr(advice, "risk", TOURISM) == {("phishing", "asserted", False)}
    imperative = ("Après le piratage du Conservatoire de Villebrune, ne cliquez sur aucun lien reçu dans des messages "
                  "douteux.")
    assert fr(imperative, "risk", MUSIC) == {("phishing", "asserted", False)}
    # phishing said not to have happened is still denied
    none = "Aucun courriel douteux n'a été envoyé aux familles du Conservatoire de Villebrune, assure la direction."
    assert ("phishing", "asserted", False) not in fr(none, "risk", MUSIC)


def test_a_history_of_payments_is_banking_data():
    # « un historique de transactions PayPal » (rules cyberattack-236)
    history = ("Selon le pirate, le fichier du Conservatoire de Villebrune contiendrait les noms des parents et un "
               "historique de transactions.")
    assert ("banking", "asserted", True) in fr(history, "data_category", MUSIC)


def test_data_found_on_offer_or_understood_to_cover_a_list_is_taken():
    # "were later found on offer on the dark web"; "The data is understood to cover names, email addresses"
    # (rules cyberattack-237)
    offer = "The borrowers' names and email addresses were later found on offer on the dark web."
    assert en(offer, "data_category", LIBRARY) == {("contact", "asserted", False), ("identity", "asserted", False)}
    cover = "The Kilbride Libraries data is understood to cover names and email addresses."
    assert en(cover, "data_category", LIBRARY) == {("contact", "asserted", True), ("identity", "asserted", True)}
    # a service on offer to the victims is no data taken
    monitoring = "Kilbride Libraries members should sign up for the credit monitoring on offer and check their email."
    assert en(monitoring, "data_category", LIBRARY) == set()


def test_what_stolen_details_may_be_used_for_is_no_way_in():
    # "The stolen details could be put to work impersonating politicians, running scams or even blackmail": a use of
    # the data to come, not how the attackers got in (rules cyberattack-238)
    use = ("The details stolen from Tarrow Harbour Authority could be put to work impersonating pilots or running "
           "scams.")
    assert en(use, "attack_vector", HARBOUR) == set()
    french = ("Les données volées à l'Office de tourisme du Val d'Aure pourraient servir à usurper l'identité des "
              "guides.")
    assert fr(french, "attack_vector", TOURISM) == set()
    # getting in by impersonating someone is still the way in
    way_in = "The intruders got into Tarrow Harbour Authority's network by impersonating a pilot."
    assert ("impersonation", "asserted", False) in en(way_in, "attack_vector", HARBOUR)


def test_impersonation_attempts_people_are_warned_against_are_phishing():
    # "the House's own email cautioned employees and parliamentarians against phishing and impersonation attempts"
    # (rules cyberattack-239)
    warned = ("Kilbride Libraries cautioned its staff against impersonation attempts after the breach of its "
              "catalogue.")
    assert en(warned, "attack_vector", LIBRARY) == set()
    assert ("phishing", "asserted", False) in en(warned, "risk", LIBRARY)


def test_an_attempt_to_get_in_dates_the_attack():
    # "When intruders tried to get into the GPAA's network on 16 February, the agency told the GEPF that no breach had
    # taken place" (rules cyberattack-240)
    tried = "Intruders tried to get into Tarrow Harbour Authority's network on 16 February, the authority said."
    assert en(tried, "attack_date", HARBOUR) == {("2025-02-16", "asserted", False)}
    french = "Des pirates ont tenté de pénétrer le réseau du Conservatoire de Villebrune le 16 février."
    assert fr(french, "attack_date", MUSIC) == {("2025-02-16", "asserted", False)}
    # the day the attempt was found is still no attack date
    found = "Tarrow Harbour Authority found on 20 February that intruders had tried to get into its network."
    assert ("2025-02-20", "asserted", False) not in en(found, "attack_date", HARBOUR)


def test_patrons_and_pensioners_are_people_a_figure_counts():
    # "in which 665,495 patrons had their names and contact details taken", "Sensitive details of some 168,000
    # pensioners were exposed" (rules cyberattack-241)
    patrons = ("The regulator fined Kilbride Libraries over the leak, in which 12,400 patrons had their names and "
               "contact details taken.")
    assert en(patrons, "victim_count", LIBRARY) == {(12400, "asserted", False)}
    pensioners = "Sensitive details of some 3,100 Tarrow Harbour Authority pensioners were exposed in the attack."
    assert en(pensioners, "victim_count", HARBOUR) == {(3100, "asserted", False)}


def test_what_a_file_bears_on_counts_its_people_in_french():
    # « Le fichier, lourd de 385 Mo, porterait sur quelque trois millions de clients de l'enseigne » (rules
    # cyberattack-242)
    file = "Le fichier, lourd de 385 Mo, porterait sur quelque 2 000 élèves du Conservatoire de Villebrune."
    assert fr(file, "victim_count", MUSIC) == {(2000, "asserted", True)}


def test_a_membership_counted_among_its_members_is_no_victim_count():
    # "The fund counts about 1.27 million serving civil servants among its members, plus more than 473,000
    # pensioners" (rules cyberattack-243)
    members = ("After the attack, Kilbride Libraries counts about 90,000 borrowers among its members, plus more than "
               "4,000 pensioners.")
    assert en(members, "victim_count", LIBRARY) == set()


def test_the_kind_word_that_opens_a_configured_name_speaks_for_it():
    # « », écrit la Paroisse dans un communiqué »; "The House of Commons has said only that the intruder exploited
    # “a recent Microsoft vulnerability”" (rules cyberattack-244)
    parish = incident("Paroisse de Sainte-Aure", keywords=("Paroisse de Sainte-Aure",))
    wrote = "« Nous avons coupé l'accès à nos systèmes », écrit la Paroisse dans un communiqué."
    assert fr(wrote, "quote", parish) == {("Paroisse de Sainte-Aure", "asserted", False)}
    house = incident("House of Keys", keywords=("House of Keys",))
    said = "The House of Keys has said only that the intruder used “a recent flaw”; which one, it has not confirmed."
    assert en(said, "quote", house) == {("House of Keys", "asserted", False)}
    # a common noun in lower case is no name
    lower = "« Nous avons tout coupé », écrit la paroisse voisine dans un communiqué."
    assert ("Paroisse de Sainte-Aure", "asserted", False) not in fr(lower, "quote", parish)


def test_a_french_compound_counts_its_first_noun():
    # « un pirate … prétend avoir siphonné 37,8 millions de comptes clients de ManoMano »: French puts the head first,
    # so the figure counts accounts, where "patient accounts" in English counts accounts by its last noun
    # (rules cyberattack-245)
    accounts = "Les pirates ont détourné 1 200 comptes clients du Conservatoire de Villebrune."
    assert fr(accounts, "accounts_compromised", MUSIC) == {(1200, "asserted", False)}
    assert fr(accounts, "victim_count", MUSIC) == set()
    english = "The intruders took over 1,200 customer accounts at Kilbride Libraries."
    assert en(english, "accounts_compromised", LIBRARY) == {(1200, "asserted", False)}


def test_what_the_attackers_used_to_say_they_took_is_hedged():
    # « Les pirates disaient avoir emporté, parmi leurs 88 gigaoctets, des documents internes et des données du
    # personnel, scans de passeports compris » (rules cyberattack-246)
    said = ("Les pirates disaient avoir emporté des scans de passeports des professeurs du Conservatoire de "
            "Villebrune.")
    assert fr(said, "data_category", MUSIC) == {("identity", "asserted", True)}


def test_an_official_named_through_the_organisation_reports_the_attack_on_it():
    # "Manage My Health's chief executive, Vino Ramayah, has confirmed that someone gained unauthorised access to the
    # patient portal": the official speaks for the organisation, which says it was hit (rules cyberattack-247)
    official = ("Kilbride Libraries' chief executive, Ann Doyle, has confirmed that someone gained unauthorised access "
                "to the catalogue portal.")
    assert en(official, "organization", LIBRARY) == {("Kilbride Libraries", "asserted", False)}
    spokesman = "Tarrow Harbour Authority spokesman Tom Reid said the attack had hit mainly its booking system."
    assert en(spokesman, "organization", HARBOUR) == {("Tarrow Harbour Authority", "asserted", False)}
    # an official who speaks of something else says nothing of an attack on it
    other = "Kilbride Libraries' chief executive, Ann Doyle, has confirmed that the new branch opens in May."
    assert en(other, "organization", LIBRARY) == set()


def test_every_appointment_cancelled_is_care_disrupted():
    # "Murfreesboro Medical Clinic & SurgiCenter cancelled every appointment on Monday and again on Tuesday, ten days
    # after a criminal cyberattack" (rules cyberattack-248)
    clinic = incident("Ashby Eye Clinic", keywords=("Ashby Eye Clinic",))
    every = "Ashby Eye Clinic cancelled every appointment on Monday after the cyberattack."
    assert en(every, "care_impact", clinic) == {("care", "asserted", False)}
    # an appointment to make is no care called off
    make = "Patients of Ashby Eye Clinic can still make an appointment by phone, the clinic said after the cyberattack."
    assert ("care", "asserted", False) not in en(make, "care_impact", clinic)


def test_the_first_word_of_a_two_word_name_speaks_for_it():
    # '“We caught this quickly and moved to shut it down,” Freedom wrote in its notice' (rules cyberattack-249)
    ferries = incident("Corran Ferries", keywords=("Corran Ferries",))
    wrote = "“We caught this quickly and shut it down,” Corran wrote in its notice to passengers."
    assert en(wrote, "quote", ferries) == {("Corran Ferries", "asserted", False)}


def test_a_pronoun_that_warns_after_a_quotation_is_the_person_named_before():
    # 'the university's Paul Gallagher believes … “Rush it and we could reinfect the whole network,” he warned'
    # (rules cyberattack-250)
    text = ("The ransomware may have spread through Kilbride Libraries' network for weeks, its IT director Paul Lamb "
            "believes. “Rush it and we could reinfect the whole network,” he warned.")
    assert en(text, "quote", LIBRARY) == {("Paul Lamb", "asserted", False)}


def test_systems_taken_offline_after_an_attempt_to_break_in_are_an_attack_on_it():
    # "Its administrator, the GPAA, had taken the systems offline itself as a security measure after an outsider
    # tried to break in" (rules cyberattack-251)
    tried = "Tarrow Harbour Authority had taken the systems offline after an outsider tried to break in."
    assert en(tried, "organization", HARBOUR) == {("Tarrow Harbour Authority", "asserted", False)}
    # an attempt somewhere else, which it reports, is no attack on it
    elsewhere = "Thieves tried to break in at a neighbouring depot last year, Tarrow Harbour Authority said."
    assert en(elsewhere, "organization", HARBOUR) == set()


def test_a_denial_denied_admits():
    # « McDonald's France ne niait pas que sa base de données française ait été mise en ligne »: not denying is no
    # denial (rules cyberattack-252)
    french = "Le Conservatoire de Villebrune ne nie pas que sa base de données ait été piratée."
    assert fr(french, "organization", MUSIC) == {("Conservatoire de Villebrune", "asserted", False)}
    english = "Kilbride Libraries did not deny that its database had been hacked."
    assert en(english, "organization", LIBRARY) == {("Kilbride Libraries", "asserted", False)}
    # a denial stays one
    denies = "Le Conservatoire de Villebrune nie que sa base de données ait été piratée."
    assert fr(denies, "organization", MUSIC) == {("Conservatoire de Villebrune", "denied", False)}


def test_a_mailbox_taken_over_is_impersonation():
    # "the crooks responsible reportedly took over the Office 365 mailbox of one of its directors to boast about it"
    # (rules cyberattack-253)
    took = "The intruders took over the mailbox of one of Tarrow Harbour Authority's directors to email staff."
    assert en(took, "attack_vector", HARBOUR) == {("impersonation", "asserted", False)}
    # a mailbox that took over from another is no account taken
    replaced = "A new shared mailbox took over from the old helpdesk address at Tarrow Harbour Authority in May."
    assert en(replaced, "attack_vector", HARBOUR) == set()


def test_keys_or_a_password_used_to_get_in_are_impersonation():
    # "Someone stole the access keys to a web server …, then used them to get into the provider's servers"; "a single
    # username and password used without any second factor on the remote-access system" (rules cyberattack-254)
    keys = ("Someone stole the access keys to a Kilbride Libraries web server, then used them to get into the "
            "catalogue.")
    assert en(keys, "attack_vector", LIBRARY) == {("impersonation", "asserted", False)}
    reused = "An old password to a Kilbride Libraries database was reused to get in, the library said."
    assert en(reused, "attack_vector", LIBRARY) == {("impersonation", "asserted", False)}
    single = ("The route in was a single username and password used without any second factor on Kilbride Libraries' "
              "remote-access system.")
    assert ("impersonation", "asserted", False) in en(single, "attack_vector", LIBRARY)


def test_a_savings_firm_spares_nothing():
    # « … dans le seul but de transmettre les coordonnées des nouveaux parents à sa conjointe d'alors, employée chez
    # Universitas, une firme d'épargne-études »: folded, « épargne » read as « épargné » and denied the contact details
    # (rules cyberattack-255)
    firm = ("Un agent a transmis les coordonnées des élèves du Conservatoire de Villebrune à une firme d'épargne-études "
            "de la région.")
    assert fr(firm, "data_category", MUSIC) == {("contact", "asserted", False)}
    # details spared are still denied
    spared = "Les coordonnées des élèves du Conservatoire de Villebrune ont été épargnées par l'attaque."
    assert fr(spared, "data_category", MUSIC) == {("contact", "denied", False)}


def test_the_fake_messages_the_data_lets_scammers_write_are_phishing():
    # "the details taken give scammers enough to send convincing messages in iiNet's name", "could let scammers dress
    # up fake delivery or customs messages", « un faux avis de facturation aux couleurs de l'opérateur »
    # (rules cyberattack-256)
    convincing = ("The details taken from Kilbride Libraries give scammers enough to send convincing messages in its "
                  "name.")
    assert en(convincing, "risk", LIBRARY) == {("phishing", "asserted", False)}
    delivery = ("The addresses in the Tarrow Harbour Authority file could let scammers dress up fake delivery "
                "messages.")
    assert en(delivery, "risk", HARBOUR) == {("phishing", "asserted", False)}
    invoice = ("Avec les adresses volées au Conservatoire de Villebrune, un escroc peut envoyer un faux avis de "
               "facturation aux couleurs de l'établissement.")
    assert ("phishing", "asserted", False) in fr(invoice, "risk", MUSIC)


def test_claims_never_made_and_credit_obtained_are_risks():
    # "go through their health-insurance claims for any they never made" (fraud); « peuvent encore servir à décrocher
    # du crédit » (identity theft) (rules cyberattack-257)
    claims = ("After the Tarrow Harbour Authority breach, pilots should go through their insurance claims for any "
              "they never made.")
    assert en(claims, "risk", HARBOUR) == {("fraud", "asserted", False)}
    credit = ("Les noms et dates de naissance volés au Conservatoire de Villebrune peuvent encore servir à décrocher "
              "du crédit.")
    assert ("identity_theft", "asserted", False) in fr(credit, "risk", MUSIC)
