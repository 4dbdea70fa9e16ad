"""Round seventy-four (issue 9): what dev77 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Lyon dental clinic, a Tyneside tram operator, a Cornish
fashion chain, a Breton town hall)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


CLINIC = incident("Centre dentaire Bellecour", keywords=("Centre dentaire Bellecour",))
TRAMS = incident("Tyne Metro Trams", keywords=("Tyne Metro Trams",))
SHOP = incident("Kernow Threads", keywords=("Kernow Threads",))
TOWN = incident("Ville de Pontrieux", keywords=("Ville de Pontrieux",))


def test_what_a_relative_clause_on_the_attackers_struck_is_not_the_subject_of_the_verb_after_it():
    # "A gang that broke into the servers of Kernow Threads has published …": the shop is what the gang broke
    # into, not the one publishing, so it is the organisation hit (rules cyberattack-434)
    relative = ("A gang that broke into the servers of Kernow Threads, a Cornish fashion chain, has published "
                "8,000 customer records on its leak site.")
    assert en(relative, "organization", SHOP) == {("Kernow Threads", "asserted", False)}
    plain = "The gang that broke into Kernow Threads has published 8,000 customer records on its leak site."
    assert en(plain, "organization", SHOP) == {("Kernow Threads", "asserted", False)}


def test_the_weekday_of_a_dateline_is_the_day_of_the_report_not_of_the_attack():
    # "NEWCASTLE, Wednesday — Hackers broke into …": the weekday after the city in capitals dates the report
    # (rules cyberattack-435); a weekday the sentence itself gives the intrusion still dates it. Published on
    # Thursday 20 March 2025: the Wednesday before is the 19th, the Monday the 17th.
    dateline = ("NEWCASTLE, Wednesday — Hackers broke into the ticketing servers of Tyne Metro Trams and copied "
                "the details of season-ticket holders, the operator said.")
    assert en(dateline, "attack_date", TRAMS) == set()
    told = ("NEWCASTLE, Wednesday — Hackers broke into the ticketing servers of Tyne Metro Trams on Monday and "
            "copied the details of season-ticket holders, the operator said.")
    assert en(told, "attack_date", TRAMS) == {("2025-03-17", "asserted", False)}


def test_whom_the_attackers_are_thought_to_work_for_hedges_nothing_of_what_they_did():
    # "Hackers believed to work for a foreign government breached …": the guess is about who they are, not about
    # the breach or its way in (rules cyberattack-436); a breach itself "believed" to have happened stays hedged
    attributed = ("Hackers believed to work for a foreign government breached the network of Tyne Metro Trams "
                  "through an unpatched flaw in its remote-access software, the Chronicle reported.")
    assert en(attributed, "organization", TRAMS) == {("Tyne Metro Trams", "asserted", False)}
    assert en(attributed, "attack_vector", TRAMS) == {("vulnerability", "asserted", False)}
    guessed = ("The network of Tyne Metro Trams is believed to have been breached through an unpatched flaw in "
               "its remote-access software.")
    assert en(guessed, "attack_vector", TRAMS) == {("vulnerability", "asserted", True)}


def test_the_way_in_a_sentence_sets_its_attack_against_is_denied():
    # "Unlike the ransomware that froze a ferry company's bookings last spring, the intrusion at Tyne Metro Trams came
    # with no ransom": what the attack was unlike is a way in it did not take, and a phishing named there is no
    # risk (rules cyberattack-437); « contrairement à ce qu'affirme le gang » only sets a claim aside
    unlike = ("Unlike the ransomware that froze a ferry company's bookings last spring, the intrusion at Tyne Metro "
              "Trams came with no ransom demand, officials said.")
    assert en(unlike, "attack_vector", TRAMS) == {("ransomware", "denied", False)}
    phishing = ("Unlike a phishing email that someone clicks on, this attack went straight at the servers of "
                "Kernow Threads, its director said.")
    assert en(phishing, "attack_vector", SHOP) == {("phishing", "denied", False)}
    assert en(phishing, "risk", SHOP) == set()
    contrairement = ("Contrairement à un rançongiciel classique, l'intrusion à la Ville de Pontrieux n'a bloqué "
                     "aucun poste, a indiqué le maire.")
    assert fr(contrairement, "attack_vector", TOWN) == {("ransomware", "denied", False)}
    plain = "La Ville de Pontrieux a été frappée par un rançongiciel, contrairement à ce qu'affirmait la préfecture."
    assert fr(plain, "attack_vector", TOWN) == {("ransomware", "asserted", False)}


POST = incident("lapostale", keywords=("lapostale",))


def test_an_incident_that_took_place_at_the_organisation_presents_it_as_hit():
    # « Il y a bien eu un incident de cybersécurité chez … »: where the incident happened is the one hit, as with
    # « une intrusion chez » (rules cyberattack-438); an incident merely discussed at a meeting there is not
    chez = "« Il y a bien eu un incident de cybersécurité chez lapostale », a admis mardi un porte-parole."
    assert fr(chez, "organization", POST) == {("lapostale", "asserted", False)}
    elsewhere = "Un porte-parole de lapostale a commenté mardi l'incident de cybersécurité survenu chez un concurrent."
    assert fr(elsewhere, "organization", POST) == set()


def test_what_is_ruled_out_after_que_is_denied_and_what_cannot_be_is_only_hedged():
    # « peut exclure que des données médicales aient été volées » denies them; « ne peut pas exclure que … » and « ne
    # peut exclure que … » leave them possible, hedged, as « n'exclut pas que » does (rules cyberattack-439)
    ruled_out = "Le Centre dentaire Bellecour peut exclure que des données médicales aient été chiffrées ou volées."
    assert fr(ruled_out, "data_category", CLINIC) == {("medical", "denied", False)}
    cannot = "Le Centre dentaire Bellecour ne peut pas exclure que des données médicales aient été volées."
    assert fr(cannot, "data_category", CLINIC) == {("medical", "asserted", True)}
    cannot_literary = "Le Centre dentaire Bellecour ne peut exclure que des données médicales aient été volées."
    assert fr(cannot_literary, "data_category", CLINIC) == {("medical", "asserted", True)}


def test_patients_data_said_untouched_is_medical_data_denied():
    # « Les données des patients ne sont pas touchées » denies medical data, as "no patient data was compromised"
    # does in English (rules cyberattack-440); patients' data said taken stays unplaced (any data a patient gives)
    untouched = "Les données des patients ne sont pas touchées, précise le Centre dentaire Bellecour."
    assert fr(untouched, "data_category", CLINIC) == {("medical", "denied", False)}
    taken = "Des pirates ont volé les données des patients du Centre dentaire Bellecour."
    assert fr(taken, "data_category", CLINIC) == set()


def test_a_name_written_in_lower_case_is_still_read_when_a_sentence_opens_on_it():
    # a newsroom configures "lapostale" as the company writes it; "Lapostale a admis …" opens a sentence on it and
    # is the same organisation (rules cyberattack-441); the case is still kept elsewhere ("LAPOSTALE" in a headline
    # is not read)
    opening = "Lapostale a admis mardi qu'une fuite de données personnelles l'avait touchée."
    assert fr(opening, "organization", POST) == {("lapostale", "asserted", False)}
    shouted = "LAPOSTALE a admis mardi qu'une fuite de données personnelles l'avait touchée."
    assert fr(shouted, "organization", POST) == set()


def test_phishing_the_stolen_data_may_serve_is_a_risk_not_the_way_in():
    # "criminals might use the leaked details for spear-phishing e-mails": the phishing is what the data may be put
    # to, a risk to the people in it (rules cyberattack-442); spear-phishing that got the attackers in is a way in
    misuse = ("Criminals might use the leaked details for spear-phishing e-mails, a researcher warned after the "
              "breach at Kernow Threads.")
    assert en(misuse, "risk", SHOP) == {("phishing", "asserted", False)}
    assert en(misuse, "attack_vector", SHOP) == set()
    way_in = "The hackers got into Kernow Threads through spear-phishing e-mails sent to its buyers."
    assert en(way_in, "attack_vector", SHOP) == {("phishing", "asserted", False)}


def test_a_figure_by_someone_elses_count_is_hedged_and_by_the_organisations_own_is_not():
    # "By a trade magazine's count, the hackers viewed the details of 46,000 customers": a count someone else made is
    # theirs, hedged (LABELLING.md D2; rules cyberattack-443); "by Kernow Threads' own count" is the organisation's
    # figure
    theirs = ("By a trade magazine's count, the hackers viewed the details of upwards of 46,000 customers of Kernow "
              "Threads.")
    assert en(theirs, "victim_count", SHOP) == {(46000, "asserted", True)}
    own = "By its own count, Kernow Threads says the hackers viewed the details of upwards of 46,000 customers."
    assert en(own, "victim_count", SHOP) == {(46000, "asserted", False)}


def test_taking_the_identity_of_the_people_in_the_files_is_a_risk():
    # « des escrocs pourraient … usurper l'identité d'habitants »: the residents' identity is the risk (rules
    # cyberattack-444); taking the identity of professionals to get in stays the way in
    residents = ("Des escrocs pourraient se servir des pièces d'identité mises en ligne pour usurper l'identité "
                 "d'habitants de la Ville de Pontrieux, prévient la mairie.")
    assert ("identity_theft", "asserted", False) in fr(residents, "risk", TOWN)
    way_in = ("Les pirates ont usurpé l'identité de professionnels pour entrer dans le réseau de la Ville de "
              "Pontrieux.")
    assert fr(way_in, "attack_vector", TOWN) == {("impersonation", "asserted", False)}
    assert fr(way_in, "risk", TOWN) == set()


def test_the_town_council_speaks_for_the_town():
    # « », a tranché lundi le conseil municipal »: the council of the configured town speaks for it, as « la mairie »
    # does (rules cyberattack-445)
    council = ("La Ville de Pontrieux ne paiera pas : « Céder, ce serait financer ceux qui nous rançonnent », a "
               "tranché lundi le conseil municipal.")
    assert fr(council, "quote", TOWN) == {("Ville de Pontrieux", "asserted", False)}


def test_user_ids_are_accounts_and_their_passwords_disabled_are_no_data_taken():
    # "disabled the passwords of all 46,091 user IDs concerned and began e-mailing each holder": the IDs are accounts
    # (D39), their passwords disabled are a precaution, and the day the response began is not the attack's (rules
    # cyberattack-446 and 447)
    response = ("On Monday Kernow Threads disabled the passwords of all 46,091 user IDs concerned and began "
                "e-mailing each holder to set a new one.")
    assert en(response, "accounts_compromised", SHOP) == {(46091, "asserted", False)}
    assert en(response, "victim_count", SHOP) == set()
    assert en(response, "data_category", SHOP) == set()
    assert en(response, "attack_date", SHOP) == set()
    began = "On Monday the attack on Kernow Threads began."
    assert en(began, "attack_date", SHOP) == {("2025-03-17", "asserted", False)}


def test_a_website_defaced_is_an_organisation_attacked():
    # "Within hours of the defacement …", "Hackers defaced the Tyne Metro Trams website": the pages replaced by the
    # intruders' are an attack on the site's owner (rules cyberattack-448)
    defaced = "Hackers defaced the Tyne Metro Trams website on Sunday, replacing its timetable with a ransom note."
    assert en(defaced, "organization", TRAMS) == {("Tyne Metro Trams", "asserted", False)}
    noun = "Tyne Metro Trams played down the defacement of its website by a group calling itself Tyne Leaks."
    assert en(noun, "organization", TRAMS) == {("Tyne Metro Trams", "asserted", False)}


def test_a_consequence_after_so_keeps_its_own_negation():
    # "Ransomware has knocked out our website, so for now we can neither accept nor ship orders": what the attack
    # stops is denied in its own clause, not the ransomware (rules cyberattack-449); a negation in the first clause
    # still denies
    consequence = ("“Ransomware has knocked out the Kernow Threads website, so for now we can neither accept nor ship "
                   "orders,” the company said.")
    assert en(consequence, "attack_vector", SHOP) == {("ransomware", "asserted", False)}
    denied = ("“No ransomware was found on the Kernow Threads website, so we kept taking orders,” the company "
              "said.")
    assert en(denied, "attack_vector", SHOP) == {("ransomware", "denied", False)}


def test_what_an_attack_knocked_out_and_where_intruders_entered_were_hit():
    # "Ransomware has knocked out the Kernow Threads website", « les pirates seraient entrés chez … », « des fichiers
    # qu'il dit avoir pris à … »: the organisation after each is the one hit (rules cyberattack-450 and 451)
    knocked = "Ransomware has knocked out the Kernow Threads website for a third day."
    assert en(knocked, "organization", SHOP) == {("Kernow Threads", "asserted", False)}
    entered = "Selon les enquêteurs, les pirates seraient entrés chez Centre dentaire Bellecour par une faille connue."
    assert fr(entered, "organization", CLINIC) == {("Centre dentaire Bellecour", "asserted", True)}
    taken = ("Le gang a commencé à déposer sur le darknet des fichiers qu'il dit avoir pris à la Ville de "
             "Pontrieux.")
    assert fr(taken, "organization", TOWN) == {("Ville de Pontrieux", "asserted", True)}


def test_a_keyword_that_is_the_name_without_its_country_is_the_name():
    # configured as "Ministère de la Santé du Togo" with the keyword "ministère de la Santé": the press at home leaves
    # the country out, and « Le ministère de la Santé … assure ne pas avoir été la cible » is the ministry denied
    # (rules cyberattack-452); a kind alone ("Centre hospitalier") as keyword names nothing
    ministry = incident("Ministère de la Santé du Togo", keywords=("ministère de la Santé", "Togo"))
    denial = "Le ministère de la Santé, lui, assure ne pas avoir été la cible de cette attaque."
    assert fr(denial, "organization", ministry) == {("Ministère de la Santé du Togo", "denied", False)}
    hospital = incident("Centre hospitalier de Lomé", keywords=("Centre hospitalier",))
    other = "Un centre hospitalier a été la cible d'une attaque, selon la police."
    assert fr(other, "organization", hospital) == set()


def test_the_speaker_quoted_by_an_outlet_is_the_source_not_the_outlet():
    # « », glisse une source proche du dossier citée par Inside IT », "an analyst quoted by the Chronicle": the words
    # are the source's, which the outlet reported (LABELLING.md D7; rules cyberattack-453)
    cited = ("« Nous avons évité de justesse une catastrophe », glisse une source proche du dossier citée par "
             "Inside IT.")
    assert fr(cited, "quote", CLINIC) == {("source proche du dossier", "asserted", False)}
    quoted = ("“They were lucky the trams kept running,” said a security analyst quoted by the Chronicle, after the "
              "attack on Tyne Metro Trams.")
    assert en(quoted, "quote", TRAMS) == {("security analyst", "asserted", False)}


def test_an_acronym_keyword_of_the_names_capitals_names_it_whatever_its_small_words():
    # configured as "Ferrovie della Costa" with the keyword "FC": "FC said in a statement" is the company speaking,
    # and "slipped into FC's network" the company hit (rules cyberattack-454); without the keyword "FC" is nobody
    rail = incident("Ferrovie della Costa", keywords=("FC", "Ferrovie della Costa"))
    said = "“Signs of a cryptolocker infection have turned up on our network,” FC said in a statement."
    assert en(said, "quote", rail) == {("Ferrovie della Costa", "asserted", False)}
    hit = "The ransomware was slipped into FC's network through a contractor's account."
    assert en(hit, "organization", rail) == {("Ferrovie della Costa", "asserted", False)}
    bare = incident("Ferrovie della Costa", keywords=("Ferrovie della Costa",))
    assert en(hit, "organization", bare) == set()


def test_a_group_set_apart_for_one_item_is_no_count_of_the_victims():
    # « et, pour les 4 200 foyers qui paient la cantine par prélèvement, leur RIB »: those one item of the file
    # concerns are a part (LABELLING.md D5; rules cyberattack-455); the whole, said plainly, is still the count
    part = ("Le fichier volé à la Ville de Pontrieux contient les noms et adresses des familles et, pour les 4 200 "
            "foyers qui paient la cantine par prélèvement, leur RIB.")
    assert fr(part, "victim_count", TOWN) == set()
    whole = "Le fichier volé à la Ville de Pontrieux contient les noms et adresses de 4 200 foyers."
    assert fr(whole, "victim_count", TOWN) == {(4200, "asserted", False)}


def test_people_whose_care_was_put_off_are_no_count_of_the_victims():
    # "1,000 patients saw their appointments or treatment disrupted", « 300 patients ont vu leur opération
    # reportée »: people whose care suffered are care (D26), not people whose data was taken (rules cyberattack-456);
    # patients whose records were copied are still the count
    care = ("As many as 1,000 patients saw their appointments or treatment disrupted at the staff clinic of Tyne "
            "Metro Trams on the first day, the operator said.")
    assert en(care, "victim_count", TRAMS) == set()
    soins = ("Quelque 300 patients du Centre dentaire Bellecour ont vu leur opération reportée depuis le "
             "rançongiciel.")
    assert fr(soins, "victim_count", CLINIC) == set()
    data = "The records of 1,000 patients were copied in the attack on Tyne Metro Trams' staff clinic."
    assert en(data, "victim_count", TRAMS) == {(1000, "asserted", False)}


def test_the_day_letters_to_the_victims_began_is_not_the_attacks():
    # « a commencé mercredi à écrire aux 4 200 foyers dont les données ont été copiées », "started e-mailing its
    # members on Friday": the day is the notice's; a verb of beginning before it is the notice beginning, not the
    # attack (rules cyberattack-457); "the attack began on Monday" still dates the attack
    letters = ("La Ville de Pontrieux a commencé mercredi à écrire aux 4 200 foyers dont les données ont été copiées "
               "par les pirates.")
    assert fr(letters, "attack_date", TOWN) == set()
    emails = ("Kernow Threads started e-mailing its loyalty members on Friday to warn that their details had been "
              "exposed in the breach.")
    assert en(emails, "attack_date", SHOP) == set()
    began = "L'attaque contre la Ville de Pontrieux a commencé lundi soir."
    assert fr(began, "attack_date", TOWN) == {("2025-03-17", "asserted", False)}


def test_a_session_opened_by_the_intruder_dates_the_intrusion():
    # « l'intrus a ouvert sa session dans la nuit du samedi 15 au dimanche 16 mars, vers 2 h 15 »: the intruder at
    # work dates the attack (rules cyberattack-458); the day the export was noticed does not
    session = ("Selon les journaux de connexion, l'intrus a ouvert sa session sur le portail de la Ville de Pontrieux "
               "dans la nuit du samedi 15 au dimanche 16 mars, vers 2 h 15.")
    assert fr(session, "attack_date", TOWN) == {("2025-03-16", "asserted", True)}
    noticed = "L'export depuis le portail de la Ville de Pontrieux n'a été remarqué que lundi matin."
    assert fr(noticed, "attack_date", TOWN) == set()
