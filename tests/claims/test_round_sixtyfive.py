"""Round sixty-five (issue 9): what dev64's French half showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a science park, a regional savings bank, a simulator maker, a
water syndicate)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import ROUND_PUBLISHED, en, fr, round_incident as incident, slot_of


PARK = incident("Parc Géosphère", keywords=("Parc Géosphère",))
BANK = incident("Caisse Solvane", keywords=("Caisse Solvane",))
MAKER = incident("Moviq Simulation", keywords=("Moviq Simulation",))
WATER = incident("Syndicat des eaux de la Brenne", keywords=("Syndicat des eaux de la Brenne",))
SHOP = incident("Hanbit Mart", keywords=("Hanbit Mart",))


def test_folders_encrypted_are_ransomware():
    # « les intrus ont pénétré les serveurs et chiffré des dossiers internes », « des dossiers internes qui auraient
    # été chiffrés »: folders are files the attackers' malware locks, ransom named or not (LABELLING open question a,
    # read as most of dev reads it) (rules cyberattack-283)
    plain = "Les intrus ont pénétré les serveurs du Parc Géosphère et chiffré des dossiers internes."
    assert fr(plain, "attack_vector", PARK) == {("ransomware", "asserted", False)}
    hedged = "Le directeur du Parc Géosphère évoque une intrusion et des dossiers internes qui auraient été chiffrés."
    assert fr(hedged, "attack_vector", PARK) == {("ransomware", "asserted", True)}


def test_paying_by_card_is_no_fraud():
    # « impossible de régler par carte aux caisses »: paying by card is what visitors could not do, no scam
    # (rules cyberattack-283)
    closed = "Le Parc Géosphère reste ouvert, mais impossible de régler par carte aux caisses depuis l'attaque."
    assert fr(closed, "risk", PARK) == set()


def test_a_ranges_second_end_written_apart_is_no_date_of_its_own():
    # « survenue entre le vendredi 14 juin au soir et le petit matin du samedi »: a range gives its first day, its
    # second end a weekday of its own too (rules cyberattack-283)
    night = ("Le directeur du Parc Géosphère évoque une intrusion, survenue entre le vendredi 14 mars au soir et le "
             "petit matin du samedi, et des serveurs chiffrés.")
    assert fr(night, "attack_date", PARK) == {("2025-03-14", "asserted", False)}
    # an end with a figure stays a date, so that its figure is never counted
    english = "Moviq Simulation said an automated attack between Jan. 18 and Feb. 12 reached customer accounts."
    assert en(english, "victim_count", MAKER) == set()


def test_what_a_precaution_guards_against_is_a_risk():
    # « un an de surveillance auprès d'Equifax, pour parer à la fraude et aux usurpations d'identité »: what the offer
    # guards against is what the staff risk, not how the attackers got in (D17) (rules cyberattack-284)
    offer = ("Par précaution, chaque employé de Moviq Simulation se voit offrir un an de surveillance du crédit, pour "
             "parer à la fraude et aux usurpations d'identité.")
    assert fr(offer, "attack_vector", MAKER) == set()
    assert ("identity_theft", "asserted", False) in fr(offer, "risk", MAKER)
    english = ("By way of precaution, Moviq Simulation is offering staff a year of credit monitoring to guard against "
               "fraud and identity theft.")
    assert en(english, "attack_vector", MAKER) == set()
    assert ("identity_theft", "asserted", False) in en(english, "risk", MAKER)


def test_advice_inside_a_quotation_leaves_it_said():
    # « Aucun agent du syndicat ne vous appellera pour vous demander vos coordonnées bancaires ; si quelqu'un le fait
    # en notre nom, raccrochez », martèle Jean-Marc Vuillermoz: the advice set aside still belongs to the quotation,
    # whose speaker is named after it (rules cyberattack-284)
    said = ("« Aucun agent du syndicat ne vous appellera pour vous demander vos coordonnées bancaires ; si quelqu'un "
            "le fait en notre nom, raccrochez », martèle Marc Delorme.")
    assert fr(said, "quote", WATER) == {("Marc Delorme", "asserted", False)}


def test_where_a_suspect_was_arrested_places_no_attack():
    # « a été interpellé mardi à Rennes, en Bretagne, puis mis en examen »: the arrest's place, not the region hit
    # (as aph-fr4-009's label already read it, by analogy with D16) (rules cyberattack-285)
    arrested = ("Un homme de 24 ans, soupçonné d'avoir vendu un accès au réseau du Syndicat des eaux de la Brenne, a été "
                "interpellé mardi à Rennes, en Bretagne, puis mis en examen.")
    assert fr(arrested, "region", WATER) == set()
    placed = "Le Syndicat des eaux de la Brenne, en Centre-Val de Loire, a été visé par une cyberattaque."
    assert fr(placed, "region", WATER) == {("Centre-Val de Loire", "asserted", False)}


def test_a_clause_judged_out_of_the_question_after_it_is_denied():
    # « que des données financières aient été dérobées me paraît quasiment exclu »: the judgement comes after the
    # clause it denies, and « me paraît » hedges it as « semble » does (rules cyberattack-285)
    judged = ("« Nos systèmes sont bien protégés ; que des données financières aient été dérobées à la Caisse Solvane "
              "me paraît quasiment exclu », juge un consultant.")
    assert fr(judged, "data_category", BANK) == {("banking", "denied", True)}
    # what is not ruled out stays a possibility
    open_ = "Il n'est pas exclu que des données financières aient été dérobées à la Caisse Solvane."
    assert fr(open_, "data_category", BANK) == {("banking", "asserted", True)}


def test_a_crook_posing_as_the_bank_or_borrowing_a_customers_identity_is_a_risk():
    # « un escroc peut se présenter comme la banque au téléphone ou par courriel, ou emprunter l'identité d'un client
    # pour d'autres fraudes »: phishing and identity theft (D8) (rules cyberattack-285)
    crook = ("Muni de ces coordonnées, un escroc peut se présenter comme la banque au téléphone, ou emprunter "
             "l'identité d'un client de la Caisse Solvane.")
    assert {r for r, _p, _h in fr(crook, "risk", BANK)} >= {"phishing", "identity_theft"}
    pretext = ("Selon lui, des escrocs tenteraient d'aborder les clients de la Caisse Solvane par courriel, avec un "
               "prétexte plausible.")
    assert ("phishing", "asserted", True) in fr(pretext, "risk", BANK)


def test_a_name_something_is_often_called_counts_nobody_called():
    # "Coupang, the online retailer often called South Korea's Amazon, said … the personal details of 33.7 million
    # customers exposed": "called" names what the retailer goes by; nobody was phoned (rules cyberattack-286)
    named = ("Hanbit Mart, the online retailer often called Korea's Amazon, said its systems had been breached and "
             "the personal details of 3.4 million customers exposed.")
    assert en(named, "victim_count", SHOP) == {(3400000, "asserted", False)}
    # people phoned are still no victims
    phoned = "Hanbit Mart said its staff had called 2,000 customers since the breach."
    assert en(phoned, "victim_count", SHOP) == set()


def test_a_day_a_payout_will_start_on_is_no_earlier_incident():
    # "Coupang will hand vouchers … to each of the roughly 33.7 million people whose data leaked, …, starting on
    # January 15", written in late December: a start to come, not the day of an incident before this one's
    # (rules cyberattack-286)
    late = IncidentContext(organizations=("Hanbit Mart",), keywords=("Hanbit Mart",), since=dt.date(2025, 3, 1))
    payout = ("Hanbit Mart will hand vouchers to each of the roughly 3.4 million people whose data leaked, starting on "
              "January 15.")
    assert slot_of(payout, "victim_count", "en", ROUND_PUBLISHED, late) == {(3400000, "asserted", False)}
    # a day before the incident began, in the past, still tells of another incident
    before = "Hanbit Mart said 3.4 million people had their data taken in a breach on January 15."
    assert slot_of(before, "victim_count", "en", ROUND_PUBLISHED, late) == set()


def test_the_day_someone_quit_over_the_breach_is_no_attack_date():
    # "Park Dae-jun quit as chief executive of Coupang on Wednesday over the breach of its customer data"
    # (rules cyberattack-286)
    quit_ = "Kim Ji-ho quit as chief executive of Hanbit Mart on Wednesday over the breach of its customer data."
    assert en(quit_, "attack_date", SHOP) == set()
    french = "Le directeur du Parc Géosphère a démissionné mercredi après la cyberattaque contre le parc."
    assert fr(french, "attack_date", PARK) == set()


def test_backups_encrypted_are_ransomware():
    # "“They encrypted the backup too, and that is the worst part,” said the region's health chief": the backups
    # locked up with the rest are the attackers' encryption (rules cyberattack-287)
    backup = "“They encrypted the backups too, and that is the worst part,” said the head of Hanbit Mart's IT."
    assert en(backup, "attack_vector", SHOP) == {("ransomware", "asserted", False)}


def test_an_attack_this_one_follows_is_another_incident():
    # "The Lazio outage follows a ransomware attack that left Ireland's health service without its computers for
    # more than a week": the attack it follows is another incident, a recap (rules cyberattack-287)
    follows = ("The Hanbit Mart outage follows a ransomware attack that left a national health service without its "
               "computers for more than a week, delaying hospital appointments.")
    assert en(follows, "attack_vector", SHOP) == set()
    assert en(follows, "care_impact", SHOP) == set()


def test_posing_as_a_client_to_get_the_data_is_the_way_in():
    # "a person “posing as a genuine client” had fraudulently asked for its services": how the data was got, not a
    # scam the customers now face (rules cyberattack-288)
    posing = ("Hanbit Mart said a person posing as a genuine supplier had fraudulently asked for its customer "
              "records.")
    assert en(posing, "attack_vector", SHOP) == {("impersonation", "asserted", False)}
    assert en(posing, "risk", SHOP) == set()


def test_tricking_people_into_giving_up_details_is_phishing():
    # "warning that fraudsters may use the details to trick people into giving up their banking information"
    # (rules cyberattack-288)
    trick = ("Hanbit Mart warned that fraudsters may use the leaked details to trick people into giving up their "
             "banking information.")
    assert ("phishing", "asserted", False) in en(trick, "risk", SHOP)


def test_an_order_carried_out_and_a_column_argued_date_no_attack():
    # "had his hardware impounded under an Anton Piller order carried out on Tuesday, 18 August", "Experian's breach
    # has not been contained, the Consumer Watch column argued on Monday" (rules cyberattack-288)
    order = ("Hanbit Mart says it traced a suspect and had his laptop impounded under a court order carried out on "
             "Tuesday, 18 March, after the breach.")
    assert en(order, "attack_date", SHOP) == set()
    column = "Hanbit Mart's breach has not been contained, a consumer column argued on Monday."
    assert en(column, "attack_date", SHOP) == set()


def test_a_figure_drawn_from_its_whole_in_french_is_the_count():
    # « les fichiers copiés concernent 9 850 de ses 14 200 abonnés »: the first figure counts those hit, the second
    # is the whole they are drawn from, as "9,850 of its 14,200 subscribers" already read (rules cyberattack-289)
    drawn = "Les fichiers copiés au Syndicat des eaux de la Brenne concernent 9 850 de ses 14 200 abonnés."
    assert fr(drawn, "victim_count", WATER) == {(9850, "asserted", False)}
    # the whole alone, drawn from by nobody, is still counted where its people were hit
    whole = "Les fichiers copiés au Syndicat des eaux de la Brenne concernent ses 14 200 abonnés."
    assert fr(whole, "victim_count", WATER) == {(14200, "asserted", False)}


def test_the_day_an_intruder_accessed_the_database_dates_the_attack():
    # « a reconnu mercredi qu'un tiers non autorisé avait accédé le 25 juin à une partie de sa base de données »: the
    # intruder at the door, as 'accessed' already read in English (rules cyberattack-290)
    accessed = ("Le Parc Géosphère a reconnu mercredi qu'un tiers non autorisé avait accédé le 3 mars à une partie de "
                "sa base de données clients.")
    assert fr(accessed, "attack_date", PARK) == {("2025-03-03", "asserted", False)}


def test_the_day_an_intrusion_was_identified_or_work_began_again_is_not_its_date():
    # « Identifiée le lundi 12 avril en fin de matinée, l'intrusion … », « les machines ont recommencé à tourner lundi »,
    # 'handed Dis-Chem an enforcement notice on Thursday, 31 August, over the 2022 breach' (rules cyberattack-291)
    found = "Identifiée le lundi 10 mars en fin de matinée, l'intrusion au Parc Géosphère n'a touché aucun visiteur."
    assert fr(found, "attack_date", PARK) == set()
    again = ("Près d'une semaine après l'attaque, les machines de Moviq Simulation ont recommencé à tourner lundi à "
             "Longueuil.")
    assert fr(again, "attack_date", MAKER) == set()
    notice = ("The regulator handed Hanbit Mart an enforcement notice on Thursday, 13 March, over the breach of its "
              "systems.")
    assert en(notice, "attack_date", SHOP) == set()


def test_stopped_before_it_launched_ransomware_denies_it():
    # « ses équipes ont stoppé l'assaillant « avant qu'il ne lance un rançongiciel » »: the deed prevented did not
    # happen; the conjunction « avant qu' » with its expletive « ne » is no relative clause (rules cyberattack-292)
    stopped = ("Le Parc Géosphère l'assure : ses équipes ont stoppé l'assaillant « avant qu'il ne lance un "
               "rançongiciel ».")
    assert fr(stopped, "attack_vector", PARK) == {("ransomware", "denied", False)}
    could = "Les équipes du Parc Géosphère ont isolé le réseau avant qu'ils ne puissent lancer un rançongiciel."
    assert fr(could, "attack_vector", PARK) == {("ransomware", "denied", False)}
    # what they did before launching it, they did launch
    later = ("Les pirates ont exfiltré des données du Parc Géosphère pendant trois semaines avant qu'ils ne lancent le "
             "rançongiciel.")
    assert fr(later, "attack_vector", PARK) == {("ransomware", "asserted", False)}


def test_a_risk_a_precaution_would_stop_is_still_named():
    # « de cette façon, aucun fraudeur ne pourrait ouvrir une carte de crédit à leur nom »: the negation bears on who
    # would do it once the files are frozen; the risk is named (D8) (rules cyberattack-293)
    frozen = ("Un expert conseille au Parc Géosphère de faire geler les dossiers de crédit des employés : de cette "
              "façon, aucun fraudeur ne pourrait ouvrir une carte de crédit à leur nom.")
    assert ("identity_theft", "asserted") in {(r, p) for r, p, _h in fr(frozen, "risk", PARK)}
    # a misuse that did not happen is still denied
    unused = "Hanbit Mart says no scammer has used the data so far."
    assert en(unused, "risk", SHOP) == {("fraud", "denied", False)}


def test_the_ransomware_a_participle_names_as_agent_is_given():
    # « le groupe n'ayant pas fini de remettre en route les serveurs paralysés par le rançongiciel »: what is not yet
    # done is the restart; the ransomware that crippled the servers is taken as given (rules cyberattack-294)
    unfinished = ("Les attractions restaient à l'arrêt, le Parc Géosphère n'ayant pas fini de remettre en route les "
                  "serveurs paralysés par le rançongiciel.")
    assert fr(unfinished, "attack_vector", PARK) == {("ransomware", "asserted", False)}
    english = "Hanbit Mart has not yet restored the tills crippled by the ransomware."
    assert en(english, "attack_vector", SHOP) == {("ransomware", "asserted", False)}


def test_with_opening_an_example_names_no_partner():
    # "The parliamentary committee's report opens with Redcar and Cleveland Borough Council, struck by a ransomware
    # attack", « la preuve avec Vulcania, … attaqué »: the name after "with" is the example, not a partner in the
    # response (rules cyberattack-295)
    opens = "The regulator's report opens with Hanbit Mart, struck by a ransomware attack in March."
    assert en(opens, "organization", SHOP) == {("Hanbit Mart", "asserted", False)}
    proof = ("Les sites de loisirs ne sont pas à l'abri : la preuve avec le Parc Géosphère, attaqué au moment même où "
             "s'ouvrait la saison.")
    assert fr(proof, "organization", PARK) == {("Parc Géosphère", "asserted", False)}
    # a partner in the response stays one
    partner = "The county says it is working with Hanbit Mart on the response to the attack."
    assert en(partner, "organization", SHOP) == set()


def test_an_operator_right_before_the_name_is_its_kind():
    # "the government acknowledged that state-run telecom operator BSNL had been breached": the operator is the
    # organisation, not one of its staff speaking (rules cyberattack-296)
    kind = "The government acknowledged that state-run retail operator Hanbit Mart had been breached."
    assert en(kind, "organization", SHOP) == {("Hanbit Mart", "asserted", False)}
    french = "Le gouvernement a reconnu que l'opérateur Moviq Simulation avait été piraté."
    assert fr(french, "organization", MAKER) == {("Moviq Simulation", "asserted", False)}
    # an operator of the organisation is still one of its people
    staff = "A call-centre operator at Hanbit Mart said the breach had been contained."
    assert en(staff, "organization", SHOP) == set()


def test_an_address_changed_sign_ins_and_screen_names_are_no_data_taken():
    # « plusieurs services ont dû changer d'adresse de messagerie », 'should have spotted the automated logins far
    # sooner', 'e-mail addresses, screen names, bcrypt-hashed passwords' (rules cyberattack-297)
    moved = "Après l'attaque, plusieurs services du Parc Géosphère ont dû changer d'adresse de messagerie."
    assert fr(moved, "data_category", PARK) == set()
    logins = "The lawsuit says Hanbit Mart should have spotted the automated logins after the breach far sooner."
    assert en(logins, "data_category", SHOP) == set()
    handles = "The file stolen from Hanbit Mart holds e-mail addresses and screen names."
    assert en(handles, "data_category", SHOP) == {("contact", "asserted", False)}


def test_a_suspected_fraudster_hedges_nothing_of_the_breach():
    # "the personal details of up to 24 million people … were handed to a suspected fraudster in a breach at credit
    # bureau Experian": who is suspected, not whether the breach happened (rules cyberattack-298)
    handed = ("The personal details of up to 3.4 million people were handed to a suspected fraudster in a breach at "
              "Hanbit Mart, the regulator said on Wednesday.")
    assert en(handed, "organization", SHOP) == {("Hanbit Mart", "asserted", False)}
    # what is itself suspected stays hedged
    guess = "Hanbit Mart suspected that hackers had got into its payment system."
    assert en(guess, "organization", SHOP) == {("Hanbit Mart", "asserted", True)}


def test_a_revised_figure_supersedes_the_one_it_revises():
    # "told the commission that about 4,500 accounts had been exposed; nine days later it raised the number to 33.7
    # million" (D6) (rules cyberattack-299)
    raised = ("Hanbit Mart first told the regulator that about 4,500 accounts had been exposed; nine days later it "
              "raised the number to 3.4 million.")
    assert en(raised, "accounts_compromised", SHOP) == {(3400000, "asserted", False)}
