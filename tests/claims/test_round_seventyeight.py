"""Round seventy-eight (issue 9): what dev81 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Limousin water board, a Scottish ferry operator, a Belgian
parking app and its subsidiary)."""

from __future__ import annotations

from tests.claims.helpers import claims_of, en, fr, round_incident as incident, ROUND_PUBLISHED


WATER = incident("Syndicat des eaux de la Briance", keywords=("Briance",))
FERRIES = incident("Clydeside Ferries", keywords=("Clydeside Ferries",))
PARKING = incident("Stationo", "ParkRive", keywords=("Stationo",))


def test_not_the_only_region_in_french_with_unique_denies_nothing():
    # « La Nouvelle-Aquitaine n'est pas l'unique région où … »: a region said not to be the only one hit is hit, as
    # with « pas la seule » (rules cyberattack-511); it read as denied
    unique = ("La Nouvelle-Aquitaine n'est pas l'unique région où des syndicats des eaux ont été rançonnés cet "
              "hiver, rappelle la préfecture.")
    assert fr(unique, "region", WATER) == {("Nouvelle-Aquitaine", "asserted", False)}
    # a region said to be out of it is still denied
    spared = "La Nouvelle-Aquitaine n'a pas été touchée par cette vague d'attaques, selon la préfecture."
    assert fr(spared, "region", WATER) == {("Nouvelle-Aquitaine", "denied", True)}


def test_an_organisation_said_spared_in_the_conditional_or_past_an_apposition_is_denied():
    # « ParkRive serait épargnée par l'attaque », « ParkRive, sa filiale, a été épargnée »: a word of sparing said
    # of the organisation, its subject, through a conditional verb or past an apposition naming it again, denies it
    # (rules cyberattack-512); both read as the organisation hit
    conditional = "ParkRive serait épargnée par l'attaque, selon Stationo."
    assert fr(conditional, "organization", PARKING) == {("ParkRive", "denied", True)}
    apposed = "ParkRive, sa filiale néerlandaise, a été épargnée par l'attaque."
    assert fr(apposed, "organization", PARKING) == {("ParkRive", "denied", False)}
    # « restée en dehors » in the feminine singular spares as « resté en dehors » does, and a pronoun may take the
    # organisation up after the apposition
    outside = ("Quant à ParkRive, sa marque américaine aux 20 millions d'utilisateurs, elle serait restée en "
               "dehors de l'attaque, selon Stationo.")
    assert fr(outside, "organization", PARKING) == {("ParkRive", "denied", True)}
    # an apposition then a word of being hit still says it was hit
    hit = "ParkRive, sa filiale néerlandaise, a été touchée par l'attaque."
    assert fr(hit, "organization", PARKING) == {("ParkRive", "asserted", False)}


def test_a_place_described_by_what_could_be_done_there_is_out_of_the_negations_reach():
    # "so the data never lands on the dark web, where other criminals could use it for identity fraud": the
    # non-restrictive "where" clause says what could happen at the place; the negation before it does not deny the
    # risk (rules cyberattack-513), which read as denied
    dark_web = ("The gang is counting on Clydeside Ferries paying so the files never reach the dark web, where "
                "other criminals could use them for identity fraud.")
    assert en(dark_web, "risk", FERRIES) == {("identity_theft", "asserted", False)}
    # a risk denied in its own clause stays denied
    denied = "Clydeside Ferries said there was no risk of identity fraud."
    assert en(denied, "risk", FERRIES) == {("identity_theft", "denied", False)}


def test_a_quotation_standing_alone_goes_on_from_words_reported_with_an_analyst_named():
    # "Emsisoft threat analyst Brett Callow told the BBC … , he said, …" then a quotation standing alone: the
    # analyst, a role before the name, is who reports, and the "he said" set off inside the sentence makes the next
    # quotation his (rules cyberattack-514); it had nobody's name
    text = ("Security analyst Morag Lindsay told the Herald the ransom was absurd: to anyone but the operator, she "
            "said, the stolen files are worth very little. “What they want is for Clydeside Ferries to pay before "
            "anything is published.”")
    quotes = {c[1] for c in claims_of(text, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"}
    assert quotes == {"Morag Lindsay"}
    # a quotation standing alone after a sentence with no words reported stays nobody's
    plain = ("Clydeside Ferries cancelled two crossings on Tuesday. “We have never seen anything like it.”")
    assert {c[1] for c in claims_of(plain, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"} == {None}


def test_a_surname_alone_is_whoever_the_article_named_in_full_before_it():
    # "Timothy Pilgrim, the Information and Privacy Commissioner, said … by a staff member at the website contractor,
    # Precedent Communications. “…,” Pilgrim said": every person a sentence names in full is remembered for a surname
    # later, not only the last capitalised words (a firm here, an office there), and one named in the same sentence
    # counts too (rules cyberattack-515); the quotation had only "Pilgrim"
    report = ("Releasing her report on Monday, Aileen Moffat, the Scottish Information Commissioner, said the "
              "booking file of Clydeside Ferries was uploaded by a worker at its contractor, Harbour Digital Services. "
              "“Passengers can take comfort from how the breach was handled,” Moffat said.")
    assert {c[1] for c in claims_of(report, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"} == {"Aileen Moffat"}
    same = ("Aileen Moffat said the file of Clydeside Ferries had been left open, and “nobody should have been able "
            "to reach it,” Moffat said.")
    assert {c[1] for c in claims_of(same, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"} == {"Aileen Moffat"}


def test_what_anyone_could_do_with_a_file_left_open_is_no_hedge():
    # "uploaded … to a server anyone could reach": the modal says how open the server was, not that the upload is in
    # doubt (rules cyberattack-516); the count read as hedged
    server = ("The commissioner said a file holding the details of about 48,000 passengers of Clydeside Ferries was "
              "uploaded to a server anyone could reach.")
    assert en(server, "victim_count", FERRIES) == {(48000, "asserted", False)}
    # a count someone could only guess at stays hedged
    guess = "The commissioner said the details of about 48,000 passengers of Clydeside Ferries could have been taken."
    assert en(guess, "victim_count", FERRIES) == {(48000, "asserted", True)}


def test_what_the_attackers_did_not_get_is_data_denied():
    # "What the attackers did not get, Iberdrola stressed, was anything financial: no bank account or credit card
    # numbers": the other side of what was taken names data not taken (rules cyberattack-517); it named none
    cleft = ("What the attackers did not get, Clydeside Ferries stressed, was anything financial: no bank account or "
             "credit card numbers.")
    assert en(cleft, "data_category", FERRIES) == {("banking", "denied", False)}
    # where they did not go is no data
    assert en("The hackers never got into the payment system of Clydeside Ferries.", "data_category", FERRIES) == set()


def test_being_told_to_treat_messages_with_suspicion_is_advice():
    # "Customers have been told to treat with suspicion any e-mail … asking for an account number, card details or
    # passwords": advice, whose data are what to guard, not data denied (rules cyberattack-518)
    advice = ("Passengers have been told to treat with suspicion any e-mail whose sender is not clearly identified, "
              "above all one asking for an account number, card details or passwords, and to steer clear of the "
              "files attached to such messages; the operator warns that fraudsters may use the stolen details "
              "to make their approaches look genuine.")
    assert en(advice, "data_category", FERRIES) == set()


def test_an_insurers_claims_data_is_insurance_data():
    # "members' records, financial data and claims data … were never touched": the claims an insurer paid are its
    # members' insurance data (rules cyberattack-519)
    claims = "The claims data Clydeside Ferries holds for its staff were never touched, the company said."
    assert en(claims, "data_category", FERRIES) == {("insurance", "denied", False)}


def test_records_that_list_data_hold_it():
    # "The records … list donors' names, dates of birth and addresses": records that list data hold it, as records
    # that hold or contain it do, and after a file said opened the data are what was exposed (rules cyberattack-520)
    text = ("A booking file of Clydeside Ferries was opened by someone outside the company. The records, from "
            "online bookings made between 2019 and 2024, list passengers' names, dates of birth and addresses.")
    categories = {c[1:3] for c in claims_of(text, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "data_category"}
    assert categories == {("identity", "asserted"), ("contact", "asserted")}


def test_the_spokesperson_of_an_institution_named_like_a_person_speaks_for_it():
    # "a Police Scotland spokesperson said": two capitalised words look like a person's name, but "Police" says it
    # is an institution, whose voice the spokesperson is (D7a; rules cyberattack-521)
    # (with an incident whose organisation's name holds "Scotland", the speaker was kept whole, spokesperson and all)
    college = incident("College of the North of Scotland")
    police = "“We are still investigating,” a Police Scotland spokesperson said of the attack on the college."
    assert en(police, "quote", college) == {("Police Scotland", "asserted", False)}


def test_an_employee_fooled_on_the_telephone_is_impersonation():
    # « un de ses représentants s'est fait piéger au téléphone »: a caller who fooled an employee got in by passing
    # for someone else (rules cyberattack-522); no way in was read
    phone = ("Stationo a confirmé lundi une fuite de données après qu'un de ses conseillers s'est fait piéger au "
             "téléphone.")
    assert fr(phone, "attack_vector", PARKING) == {("impersonation", "asserted", False)}


def test_a_size_opening_on_its_figure_is_a_population():
    # « Forte de 11 000 habitants, la commune serait la troisième collectivité touchée »: the people who live in a
    # place, given as its size before it is named, are no count of the victims (rules cyberattack-523), as « une
    # commune de 11 000 habitants » is not
    town = incident("Ville de Saint-Aubric", keywords=("Saint-Aubric",))
    size = ("Forte de 11 000 habitants, la commune de Saint-Aubric serait la troisième collectivité touchée par un "
            "rançongiciel depuis l'automne, selon la préfecture.")
    assert fr(size, "victim_count", town) == set()
    home = "Home to 40,000 residents, the town of Saint-Aubric was hit by ransomware on Monday."
    assert en(home, "victim_count", town) == set()
    # the residents whose data was taken still count
    taken = "Les données de 11 000 habitants de Saint-Aubric ont été volées lors de l'attaque."
    assert fr(taken, "victim_count", town) == {(11000, "asserted", False)}


def test_documents_belonging_to_an_organisation_taken_present_it_as_hit():
    # "Hackers have put about 16,000 documents belonging to Tasmania's Department for Education … on the dark web":
    # documents are its things as its files are, and what belongs to it is its own, past the place's possessive
    # (rules cyberattack-524); it was not read as hit
    board = incident("Water Board of the Briance", keywords=("Briance",))
    belonging = ("Hackers have put about 16,000 documents belonging to Limousin's Water Board of the Briance on the "
                 "dark web, the prefect confirmed.")
    assert en(belonging, "organization", board) == {("Water Board of the Briance", "asserted", False)}
    possessive = "Hackers stole the Water Board of the Briance's documents over the weekend."
    assert en(possessive, "organization", board) == {("Water Board of the Briance", "asserted", False)}
    # documents it merely published are no attack on it
    published = "The Water Board of the Briance published documents on its new tariffs on Monday."
    assert en(published, "organization", board) == set()


def test_an_organisation_coordinated_with_another_subject_reports_through_their_shared_verb():
    # « Siemens Energy et l'université de Californie à Los Angeles ont confirmé figurer parmi les victimes »: the
    # organisation, coordinated with a subject the config does not name, reports through the verb they share
    # (rules cyberattack-525); it was read as no one hit
    both = ("Stationo et la régie municipale de Bordeaux ont confirmé figurer parmi les victimes de la faille "
            "exploitée par les pirates.")
    assert fr(both, "organization", PARKING) == {("Stationo", "asserted", False)}
    denied = "Stationo and the city's transport authority have denied being hit by the attack."
    assert en(denied, "organization", PARKING) == {("Stationo", "denied", False)}


def test_the_breach_a_reason_is_given_for_is_given():
    # "Out-of-date antivirus software may be part of the reason PhilHealth was breached": the modal doubts the
    # reason, not the breach it is the reason for (rules cyberattack-526); the organisation read as hedged
    reason = ("Out-of-date antivirus software may be part of the reason Clydeside Ferries was breached, the "
              "commission said.")
    assert en(reason, "organization", FERRIES) == {("Clydeside Ferries", "asserted", False)}
    # the breach itself in doubt stays hedged
    doubt = "Clydeside Ferries may have been breached through out-of-date antivirus software, the commission said."
    assert en(doubt, "organization", FERRIES) == {("Clydeside Ferries", "asserted", True)}


def test_not_a_single_file_encrypted_denies_ransomware():
    # "it did not encrypt a single file", "never encrypted any files": the encryption denied names the ransomware it
    # denies, as "encrypted nothing" does (rules cyberattack-527); no way in was read
    single = "The intruders did not encrypt a single file at Clydeside Ferries, the operator said."
    assert en(single, "attack_vector", FERRIES) == {("ransomware", "denied", False)}
    assert en("The attackers never encrypted any files at Clydeside Ferries.", "attack_vector", FERRIES) == {
        ("ransomware", "denied", False)}


def test_an_opening_unlike_another_named_incident_is_set_aside():
    # "Unlike the ransomware that scrambled City Power's databases in July, this attack encrypted nothing": an opening
    # that sets another named, dated incident against this one is a recap, and the rest is read as news (rules
    # cyberattack-528); the whole sentence read as a recap
    unlike = ("Unlike the ransomware that scrambled Harbour Power's databases in July, this attack on Clydeside Ferries "
              "encrypted nothing.")
    assert en(unlike, "attack_vector", FERRIES) == {("ransomware", "denied", False)}


def test_clop_named_alone_is_the_attackers():
    # "Clop says it did not encrypt a single file": the gang named alone, as "Cl0p" or "the Clop gang" are, is the
    # attackers, whose word is their claim and hedged (rules cyberattack-529)
    clop = "Clop says it did not encrypt a single file at Clydeside Ferries."
    assert en(clop, "attack_vector", FERRIES) == {("ransomware", "denied", True)}


def test_records_of_medicines_are_medical_and_judged_harmless_are_still_taken():
    # "lost the records of medicines handed to them at outpatient clinics": what was dispensed is medical data (rules
    # cyberattack-530); "nothing alarming in the medication records the attackers had taken" judges what was taken and
    # denies none of it (rules cyberattack-531)
    lost = ("The data taken from Clydeside Ferries' clinic include names and addresses; 900 crew members also lost "
            "the records of medicines handed to them at its clinics.")
    assert ("medical", "asserted", False) in en(lost, "data_category", FERRIES)
    harmless = ("The ferry operator's medical officer said there was nothing alarming in the medication records the "
                "attackers had taken from Clydeside Ferries.")
    assert en(harmless, "data_category", FERRIES) == {("medical", "asserted", False)}


def test_words_holding_a_verb_of_saying_are_no_subject_of_a_later_one():
    # "Chick-fil-A says it is investigating reports … after comments … claimed that …, but the chain was firm on one
    # point: “…”": the words before "claimed" hold a verb of saying of their own, and are no speaker's name (rules
    # cyberattack-532); the quotation's speaker read "Chick-fil-A says it"
    text = ("Clydeside Ferries says it is investigating reports of fraud after passengers claimed that card details "
            "had been taken, but the operator was firm on one point: “This does not stem from any breach of our "
            "systems.”")
    quotes = {c[1] for c in claims_of(text, "en", ROUND_PUBLISHED, FERRIES) if c[0] == "quote"}
    assert quotes == {"Clydeside Ferries"}


def test_the_words_someone_is_said_to_call_so_are_theirs_whoever_reports():
    # "Dallas County has confirmed an incident affecting what it calls a “portion of its environment,” County Judge
    # Clay Jenkins said": the words are the county's, whom "what it calls" names, not the judge's who reports the
    # sentence (rules cyberattack-533)
    text = ("Clydeside Ferries has confirmed an incident affecting what it calls a “portion of its booking system,” "
            "harbour master Iain Gow said on Monday.")
    assert en(text, "quote", FERRIES) == {("Clydeside Ferries", "asserted", False)}
    # words with no such frame stay the reporter's
    plain = "“A portion of the booking system was affected,” harbour master Iain Gow said on Monday."
    assert en(plain, "quote", FERRIES) == {("Iain Gow", "asserted", False)}


def test_words_read_on_an_organisations_page_are_its_own():
    # "“We're sorry …,” reads a banner on Krispy Kreme's website": the owner of the page the words are read on speaks
    # them (D7a; rules cyberattack-534); they had nobody's name
    banner = ("“We are sorry for the delays and are working hard to restore bookings,” reads a banner on Clydeside "
              "Ferries' website.")
    assert en(banner, "quote", FERRIES) == {("Clydeside Ferries", "asserted", False)}


def test_the_attack_a_definite_subject_names_is_given_before_the_modal():
    # "The ransomware that hit MTU's Cork campuses over the weekend of 4 February may have been spreading for weeks":
    # the attack the subject names, whom it hit and when, are given; the modal doubts only what is said of it after
    # (rules cyberattack-535); all three read as hedged
    given = ("The ransomware that hit Clydeside Ferries on 4 February may have been spreading quietly through its "
             "network for weeks, the operator believes.")
    assert en(given, "organization", FERRIES) == {("Clydeside Ferries", "asserted", False)}
    assert en(given, "attack_vector", FERRIES) == {("ransomware", "asserted", False)}
    # the attack itself in doubt stays hedged
    doubt = "Ransomware may have hit Clydeside Ferries on 4 February, the operator believes."
    assert en(doubt, "organization", FERRIES) == {("Clydeside Ferries", "asserted", True)}


def test_a_figure_that_could_grow_is_stated_as_it_stands():
    # "puts the number of people affected at 623,774, a figure CommonSpirit warns could rise": the figure is stated;
    # that it could grow doubts nothing of it (rules cyberattack-536), as « un bilan qui pourrait s'alourdir »
    rise = ("A filing puts the number of passengers affected at 48,200, a figure Clydeside Ferries warns could rise "
            "as it works through more files.")
    assert en(rise, "victim_count", FERRIES) == {(48200, "asserted", False)}
    grow = ("Stationo chiffre à 48 200 le nombre de clients touchés, un bilan qui pourrait encore s'alourdir.")
    assert fr(grow, "victim_count", PARKING) == {(48200, "asserted", False)}
