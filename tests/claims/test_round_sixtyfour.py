"""Round sixty-four (issue 9): what dev63's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a ferry operator, a regional orchestra, a water utility, a
vocational college)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


FERRY = incident("Calder Ferries", keywords=("Calder Ferries",))
ORCHESTRA = incident("Orchestre régional de Haute-Loire", keywords=("Orchestre régional de Haute-Loire",))
WATER = incident("Brennock Water", keywords=("Brennock Water",))
COLLEGE = incident("Lycée professionnel Jean-Rostand", keywords=("Lycée professionnel Jean-Rostand",))


def test_nobodys_data_exposed_is_a_denial():
    # "a letter assuring them that nobody's phone number, address or date of birth had been exposed": what belongs to
    # nobody was not exposed, as "no one's" already read (rules cyberattack-258)
    nobody = ("Calder Ferries wrote to passengers assuring them that nobody's phone number or date of birth had been "
              "exposed in the attack.")
    assert en(nobody, "data_category", FERRY) == {("contact", "denied", False), ("identity", "denied", False)}
    # nobody as the subject of a clause is no denial of what it did not do to someone: the email was still sent
    clicked = "The attack on Calder Ferries began with a phishing email; nobody clicked the link at first."
    assert ("phishing", "asserted", False) in en(clicked, "attack_vector", FERRY)


def test_a_clause_of_being_asked_names_no_speaker():
    # "Asked on X why it had gone after the laboratory in the first place, the group gave a one-line answer: “…”": the
    # participle of being asked opens the sentence however long the question; who answers is the subject after its
    # comma, and in English "a" is an article, not the verb that ends that subject (rules cyberattack-259)
    terse = ("Asked why it had waited eleven days before telling any of its passengers, Calder Ferries gave a terse "
             "answer: “We had to know what was taken first.”")
    assert en(terse, "quote", FERRY) == {("Calder Ferries", "asserted", False)}
    french = ("Interrogée sur le délai de onze jours avant d'avertir les musiciens, la directrice Claire Vidal a eu une "
              "réponse brève : « Nous devions d'abord savoir ce qui avait été pris. »")
    assert fr(french, "quote", ORCHESTRA) == {("Claire Vidal", "asserted", False)}


def test_a_breach_confirmed_or_learned_of_on_a_day_is_not_dated_by_it():
    # "Carousell says it confirmed the breach of its platform on 14 October": the day of confirming a breach already
    # known, as the day of learning of it, is no intrusion's (D12, D21) (rules cyberattack-260)
    confirmed = ("Calder Ferries says it confirmed the breach of its booking system on 14 March and alerted the "
                 "regulator three days later.")
    assert en(confirmed, "attack_date", FERRY) == set()
    learned = "Calder Ferries said it learned of the unauthorised activity on Thursday, 13 March."
    assert en(learned, "attack_date", FERRY) == set()
    # an attack the finding verb has for object, dated by a participle of its own, keeps its day
    night = ("Le président a ensuite confirmé une attaque survenue dans la nuit du 11 au 12 mars contre l'Orchestre "
             "régional de Haute-Loire.")
    assert fr(night, "attack_date", ORCHESTRA) == {("2025-03-11", "asserted", False)}


def test_a_day_after_a_since_opening_is_not_the_attacks():
    # « Depuis le piratage de la Banque de l'Habitat du Sénégal, Abdoulaye a dû … se déplacer vendredi en agence »: the
    # attack a sentence opens on after « depuis » / 'since' is when the rest began; a day past its comma is later
    # (rules cyberattack-261)
    later = ("Depuis le piratage de l'Orchestre régional de Haute-Loire, les musiciens ont dû venir vendredi au siège "
             "pour consulter leur planning.")
    assert fr(later, "attack_date", ORCHESTRA) == set()
    english = "Since the attack on Calder Ferries, passengers have had to queue at the port, as they did on Tuesday."
    assert en(english, "attack_date", FERRY) == set()
    # a day the attack noun itself carries is still its own
    owned = "Depuis le piratage du 3 mars, l'Orchestre régional de Haute-Loire travaille sur papier."
    assert fr(owned, "attack_date", ORCHESTRA) == {("2025-03-03", "asserted", False)}


def test_nominative_records_and_national_cards_are_identity_and_more_than_is_no_denial():
    # « le butin ne se limite pas aux renseignements nominatifs des employés »: records that name people are identity
    # data, and a haul "not limited to" them holds them; « leurs cartes nationales étalées » are identity cards
    # (rules cyberattack-262)
    more = ("Selon l'expert, le butin pris à l'Orchestre régional de Haute-Loire ne se limite pas aux renseignements "
            "nominatifs des musiciens.")
    assert fr(more, "data_category", ORCHESTRA) == {("identity", "asserted", True)}
    cards = "Les pirates ont publié les cartes nationales des élèves du Lycée professionnel Jean-Rostand."
    assert fr(cards, "data_category", COLLEGE) == {("identity", "asserted", False)}
    english = "The haul taken from Brennock Water is not limited to the names of its staff, the company said."
    assert en(english, "data_category", WATER) == {("identity", "asserted", False)}


def test_credit_opened_in_their_name_and_a_caller_posing_as_an_adviser():
    # « que les copies de pièces d'identité ne servent à ouvrir des crédits au nom des stagiaires »: identity theft;
    # « un interlocuteur qui vous appelle … en se présentant comme un conseiller de votre banque »: phishing
    # (rules cyberattack-262)
    credit = ("Les copies de pièces d'identité volées au Lycée professionnel Jean-Rostand pourraient servir à ouvrir "
              "des crédits au nom des élèves.")
    assert ("identity_theft", "asserted", False) in fr(credit, "risk", COLLEGE)
    adviser = ("Après l'attaque contre l'Orchestre régional de Haute-Loire, ne donnez jamais vos codes à quelqu'un qui "
               "vous appelle en se présentant comme un conseiller de votre banque.")
    assert ("phishing", "asserted", False) in fr(adviser, "risk", ORCHESTRA)


def test_brute_force_is_impersonation_and_an_exploited_bug_a_vulnerability():
    # "By brute force, the regulator says: … someone kept trying password combinations … until one worked": a log-in
    # forced is someone's account used (D13); "exploited a bug introduced during a migration of its systems" is a
    # vulnerability (rules cyberattack-263)
    forced = ("The regulator says the intruder got into Brennock Water's billing system by brute force, trying "
              "password combinations until one worked.")
    assert ("impersonation", "asserted", False) in en(forced, "attack_vector", WATER)
    french = "Les pirates seraient entrés par force brute dans la messagerie du Lycée professionnel Jean-Rostand."
    assert ("impersonation", "asserted", True) in fr(french, "attack_vector", COLLEGE)
    bug = ("An outside party exploited a bug introduced during an upgrade of Calder Ferries' booking site to copy "
           "passengers' details.")
    assert ("vulnerability", "asserted", False) in en(bug, "attack_vector", FERRY)


def test_a_named_group_past_its_apposition_that_claims_the_attack_speaks_as_the_attackers():
    # "SiegedSec, a self-described hacktivist group, has claimed the attack on INL, saying on Telegram and X that it got
    # hold of data …": a name of its own opening the sentence owns up to the attack past its apposition, and what it
    # then says it took is its claim, hedged (D3) (rules cyberattack-264)
    claimed = ("Nocturne, a self-described hacktivist group, has claimed the attack on Calder Ferries, saying on "
               "Telegram that it got hold of the names and dates of birth of passengers.")
    assert en(claimed, "data_category", FERRY) == {("identity", "asserted", True)}
    # a body that is no group and claims nothing keeps its word
    said = ("Calder Ferries, the island's only operator, has confirmed the attack, saying the names of passengers "
            "were taken.")
    assert en(said, "data_category", FERRY) == {("identity", "asserted", False)}


def test_a_lawmakers_seat_before_the_name_is_an_office():
    # "Sandringham MP Brad Rowswell said … “perhaps foreign actors”": the seat and the office before the name are no
    # part of the speaker's name (D7), as "Education Minister Ben Carroll" already read (rules cyberattack-265)
    seat = ("Speaking in Parliament on Wednesday, Kelso MP Dana Price said passengers' data had been handed to "
            "“perhaps foreign actors” after the Calder Ferries breach.")
    assert en(seat, "quote", FERRY) == {("Dana Price", "asserted", False)}
    congress = ("Congresswoman Nora Lind said the Brennock Water breach was “a failure of basic security” and asked "
                "for hearings.")
    assert en(congress, "quote", WATER) == {("Nora Lind", "asserted", False)}


def test_a_colon_after_a_named_person_gives_the_words_to_that_person():
    # « Son président, Sid Zerbo, dit avoir refusé d'emblée de verser les deux millions de dollars exigés au départ :
    # « … » »: the subject set off by commas speaks, however long what the verb says; « Seule réaction de la Commission,
    # celle de sa directrice des ressources humaines, Susanne Beisert : « … » »: a clause with no verb ending on a name
    # gives the words to that person (rules cyberattack-266)
    long_tail = ("Son président, Paul Rivière, dit avoir refusé d'emblée de verser les deux cent mille euros exigés par "
                 "les pirates de l'Orchestre régional de Haute-Loire : « Une décision prise avec tout le conseil. »")
    assert fr(long_tail, "quote", ORCHESTRA) == {("Paul Rivière", "asserted", False)}
    verbless = ("Seule réaction de l'Orchestre régional de Haute-Loire, celle de sa directrice, Claire Vidal : « Nous "
                "préparons de quoi informer les musiciens. »")
    assert fr(verbless, "quote", ORCHESTRA) == {("Claire Vidal", "asserted", False)}


def test_an_organisation_saying_someone_got_into_a_database_reports_its_own_breach_and_what_they_saw():
    # "Dis-Chem Pharmacies says an unauthorised person got into a customer database … and saw the names, mobile numbers
    # and e-mail addresses of 3,687,881 people": getting in is an attack the organisation reports of itself, and what
    # the intruder saw was reached (rules cyberattack-267)
    saw = ("Brennock Water says an unauthorised person got into a customer database and saw the names and mobile "
           "numbers of 12,400 people.")
    assert en(saw, "organization", WATER) == {("Brennock Water", "asserted", False)}
    assert en(saw, "data_category", WATER) == {("identity", "asserted", False), ("contact", "asserted", False)}
    assert en(saw, "victim_count", WATER) == {(12400, "asserted", False)}
    # what a reader saw in the news is no data reached
    news = "Brennock Water customers saw the news on Monday and called the helpline."
    assert en(news, "data_category", WATER) == set()


def test_the_present_of_narration_names_the_organisation_hit():
    # « CHRONOLOGIE — Le 23 août 2023, une cyberattaque frappe la Commission des services électriques de Montréal »:
    # the press's present tells the attack as the past does (« a frappé ») (rules cyberattack-268)
    present = "Le 3 mars, une cyberattaque frappe l'Orchestre régional de Haute-Loire, qui annule deux concerts."
    assert fr(present, "organization", ORCHESTRA) == {("Orchestre régional de Haute-Loire", "asserted", False)}
    assert fr(present, "attack_date", ORCHESTRA) == {("2025-03-03", "asserted", False)}
    series = "La série noire ne frappe pas que le Lycée professionnel Jean-Rostand : deux autres lycées ont été visés."
    assert fr(series, "organization", COLLEGE) == {("Lycée professionnel Jean-Rostand", "asserted", False)}
    # a measure that « vise à » do something aims, it hits nobody
    aims = "Le plan vise à protéger le Lycée professionnel Jean-Rostand contre les rançongiciels."
    assert fr(aims, "organization", COLLEGE) == set()


def test_intruders_who_had_been_inside_its_network_hit_the_organisation():
    # "Court documents filed as Genea sought an injunction show the intruders had been inside its network since 31
    # January": having been inside is having got in, which the organisation's own network says of it (rules
    # cyberattack-269)
    inside = "Brennock Water says the intruders had been inside its network since 3 February."
    assert en(inside, "organization", WATER) == {("Brennock Water", "asserted", False)}
    assert en(inside, "attack_date", WATER) == {("2025-02-03", "asserted", False)}


def test_a_nations_people_are_counted_as_victims():
    # "compromised the data of more than 3.6 million South Africans": the nationals of a national breach are people
    # hit, as "Australians" already were; in French only the capitalised noun counts (« 2,6 millions de Sénégalais »),
    # not the adjective (« les deux piliers luxembourgeois ») (rules cyberattack-270)
    nationals = ("Brennock Water was hit by a cyberattack that compromised the data of more than 2.1 million "
                 "South Africans.")
    assert en(nationals, "victim_count", WATER) == {(2100000, "asserted", False)}
    french = "La fuite du Lycée professionnel Jean-Rostand a exposé les données de 12 000 Sénégalais."
    assert fr(french, "victim_count", COLLEGE) == {(12000, "asserted", False)}
    adjective = "Les deux sites sénégalais du Lycée professionnel Jean-Rostand ont été touchés par l'attaque."
    assert fr(adjective, "victim_count", COLLEGE) == set()


def test_one_more_in_a_series_with_the_participle_straight_after_its_noun():
    # « CMA CGM devient ainsi le quatrième grand transporteur de conteneurs touché par une attaque », "NCI is the second
    # Dublin college in a week to fall victim": one more in a series is among those hit, with the participle right
    # after its noun and an adverb after the verb (rules cyberattack-271)
    french = ("Le Lycée professionnel Jean-Rostand devient ainsi le troisième établissement de l'académie touché par "
              "un rançongiciel.")
    assert fr(french, "organization", COLLEGE) == {("Lycée professionnel Jean-Rostand", "asserted", False)}
    english = "Brennock Water is the third utility in a month hit by ransomware."
    assert en(english, "organization", WATER) == {("Brennock Water", "asserted", False)}


def test_what_ransomware_encrypted_or_locked_up_of_its_own_hits_the_organisation():
    # "The criminals who locked up Erie County Medical Center's network in April", "the ransomware had also encrypted
    # its backups": systems encrypted or locked up were reached (rules cyberattack-272)
    locked = "The criminals who locked up Brennock Water's network in March wanted about $30,000."
    assert en(locked, "organization", WATER) == {("Brennock Water", "asserted", False)}
    encrypted = "Brennock Water restored its service after the gang encrypted its billing systems over the weekend."
    assert en(encrypted, "organization", WATER) == {("Brennock Water", "asserted", False)}


def test_usernames_are_no_users_and_a_compound_counts_its_head_past_one_modifier():
    # "the intruder appears to have reached some 10,000 usernames": names of accounts, not people; "two employee email
    # accounts": an English compound counts its last noun, past one modifier between (rules cyberattack-273)
    names = "The intruder who got into Brennock Water appears to have reached some 10,000 usernames."
    assert en(names, "victim_count", WATER) == set()
    accounts = "A phishing email gave an outsider access to two employee email accounts at Brennock Water."
    assert en(accounts, "accounts_compromised", WATER) == {(2, "asserted", False)}
    assert en(accounts, "victim_count", WATER) == set()
    # "whose" is no modifier: the patients whose accounts were reached are people
    whose = "The breach at Brennock Water reached 12,000 customers whose accounts held bank details."
    assert en(whose, "victim_count", WATER) == {(12000, "asserted", False)}


def test_what_others_could_do_in_time_is_no_hedge():
    # "Rhysida managed to encrypt access to some of the Port's data before staff could isolate critical systems": the
    # staff's "could" after "before" is no guess at the encryption (rules cyberattack-274)
    english = ("The gang managed to encrypt some of Brennock Water's servers before staff could isolate the billing "
               "system.")
    assert ("ransomware", "asserted", False) in en(english, "attack_vector", WATER)
    french = ("Les pirates ont chiffré une partie des serveurs de l'Orchestre régional de Haute-Loire avant que le "
              "personnel ne puisse les isoler.")
    assert ("ransomware", "asserted", False) in fr(french, "attack_vector", ORCHESTRA)


def test_a_past_inability_is_no_hedge():
    # "Staff … arrived on Tuesday to find they could not get into their computers, and … a ransom note had appeared":
    # what staff could not do is what happened, no guess at it, as "could see" already read (rules cyberattack-275)
    locked_out = ("Staff at Brennock Water arrived on Tuesday to find they could not get into their computers after "
                  "the attack.")
    assert en(locked_out, "organization", WATER) == {("Brennock Water", "asserted", False)}
    # a possibility is still one
    maybe = "The attack on Brennock Water could have exposed the names of its customers."
    assert en(maybe, "data_category", WATER) == {("identity", "asserted", True)}


def test_an_unnamed_source_past_a_relative_without_commas_still_hedges():
    # "Security specialists who have read the summary think the intruders simply signed in …": the relative on the
    # source, with no commas, stands between it and its verb of believing (D2) (rules cyberattack-276)
    think = ("Security specialists who have read the summary think the intruders signed in to Brennock Water with a "
             "stolen password.")
    assert en(think, "attack_vector", WATER) == {("impersonation", "asserted", True)}
    french = ("Un internaute qui se fait appeler Nocturne affirme depuis mercredi avoir dérobé les fichiers du Lycée "
              "professionnel Jean-Rostand.")
    assert fr(french, "organization", COLLEGE) == {("Lycée professionnel Jean-Rostand", "asserted", True)}


def test_reports_appearances_and_a_newsletter_hedge():
    # "“after reports that a London-based organisation had been hit by ransomware”", "To all appearances they have
    # suffered a severe ransomware incident", "One cybersecurity newsletter warned that the stolen records … can fuel
    # identity theft": what reports say, what only looks so and what an unnamed newsletter says are unconfirmed
    # (D2) (rules cyberattack-277)
    reports = "Police said they had received a referral after reports that Brennock Water had been hit by ransomware."
    assert en(reports, "attack_vector", WATER) == {("ransomware", "asserted", True)}
    looks = "To all appearances Brennock Water has suffered a severe ransomware incident."
    assert en(looks, "attack_vector", WATER) == {("ransomware", "asserted", True)}
    newsletter = ("One cybersecurity newsletter warned that the records stolen from Brennock Water tie names to bank "
                  "details.")
    assert en(newsletter, "data_category", WATER) == {("identity", "asserted", True), ("banking", "asserted", True)}


def test_a_relative_holding_a_quoted_handle_still_leaves_the_attackers_their_claim():
    # « un pirate qui signe « Indra » prétend avoir siphonné 37,8 millions de comptes clients »: the handle in quotes
    # inside the relative keeps the seller the subject of what it claims (D3) (rules cyberattack-278)
    signed = ("Sur un forum, un pirate qui signe « Nocturne » prétend avoir siphonné 40 000 comptes clients du "
              "Lycée professionnel Jean-Rostand.")
    assert fr(signed, "accounts_compromised", COLLEGE) == {(40000, "asserted", True)}


def test_what_the_intruder_could_reach_was_reached():
    # "What the intruder could reach, according to the hospital's letters: names with dates of birth, Social Security
    # numbers …": what the intruder could reach, access or view was reached (rules cyberattack-279)
    reach = ("What the intruder could reach at Brennock Water, according to its letters: names, dates of birth and "
             "bank account numbers.")
    assert en(reach, "data_category", WATER) == {("identity", "asserted", True), ("banking", "asserted", True)}


def test_keeping_an_eye_on_accounts_is_advice():
    # "The city suggests keeping an eye on bank accounts, changing passwords and turning on multi-factor
    # authentication": what to watch, no data taken; an agency "keeping a close eye on the situation" advises nobody
    # (rules cyberattack-280)
    watch = ("What customers can do | Brennock Water suggests keeping an eye on bank accounts, changing passwords and "
             "turning on multi-factor authentication wherever it is offered.")
    assert en(watch, "data_category", WATER) == set()


def test_a_statement_read_out_and_a_complaint_it_filed_speak_for_their_speaker():
    # '“An unauthorized actor has got into some of Augusta's computer systems,” Mayor Garnett Johnson read on Friday':
    # reading a statement out is saying it; '“…,” Clorox's complaint reads': what an organisation files in court speaks
    # for it, as its statement does (rules cyberattack-281)
    read = ("“An unauthorised actor has got into some of Brennock Water's computer systems,” Mayor Ellen Marsh read on "
            "Friday.")
    assert en(read, "quote", WATER) == {("Ellen Marsh", "asserted", False)}
    complaint = "“The criminal just phoned and asked for the credentials,” Brennock Water's complaint reads."
    assert en(complaint, "quote", WATER) == {("Brennock Water", "asserted", False)}


def test_the_verb_pirater_in_the_present_and_the_noun_of_whose_hacker_it_is():
    # « un pirate pirate le Lycée »: the present before its object's article names it hit, as « le pirate du CHPG »
    # names whose hacker he is; « un pirate a contacté le Groupe Médicis » is a noun with a verb of its own
    # (tests/claims/test_targets.py) (rules cyberattack-282)
    verb = "Un groupe inconnu pirate le Lycée professionnel Jean-Rostand et réclame une rançon."
    assert fr(verb, "organization", COLLEGE) == {("Lycée professionnel Jean-Rostand", "asserted", False)}
    noun = "Le pirate du Lycée professionnel Jean-Rostand est un ancien élève."
    assert fr(noun, "organization", COLLEGE) == {("Lycée professionnel Jean-Rostand", "asserted", False)}
