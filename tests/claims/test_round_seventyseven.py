"""Round seventy-seven (issue 9): what dev80 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Breton coach operator, a Savoy ski-lift company, a Jura
hospital)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


COACHES = incident("Cars de l'Odet", keywords=("Cars de l'Odet",))
LIFTS = incident("Remontées de la Vanoise", keywords=("Remontées de la Vanoise",))
HOSPITAL = incident("Centre hospitalier de Champvert", keywords=("Champvert",))


def test_someone_elses_identity_to_usurp_is_identity_theft():
    # « une copie de passeport peut resservir à usurper une identité »: an identity, nobody's in particular, taken
    # over with stolen papers is the risk of identity theft (rules cyberattack-495), as "usurper leur identité" was
    copy = ("Les pirates des Cars de l'Odet ont emporté des copies de pièces d'identité, et une fois dans la "
            "nature, une telle copie peut resservir à usurper une identité.")
    assert fr(copy, "risk", COACHES) == {("identity_theft", "asserted", False)}
    several = "Ces documents permettraient à des escrocs d'usurper des identités, selon la CNIL."
    assert fr(several, "risk", COACHES) == {("identity_theft", "asserted", True)}


def test_whom_a_speaker_said_it_before_is_no_part_of_the_speaker():
    # « a martelé Hélène Castagnié devant la presse »: the press before whom it was said is not who said it
    # (rules cyberattack-496)
    press = ("« Nous ne paierons pas », a martelé Odile Kerhervé devant la presse, au lendemain de l'attaque "
             "contre les Cars de l'Odet.")
    assert fr(press, "quote", COACHES) == {("Odile Kerhervé", "asserted", False)}
    councillors = ("« Le retour à la normale prendra des semaines », a prévenu Odile Kerhervé devant les élus "
                   "du syndicat mixte.")
    assert fr(councillors, "quote", COACHES) == {("Odile Kerhervé", "asserted", False)}
    # where the speaker was met, with its participle, still goes with the participle
    met = ("« Mon fils n'a pas eu de car lundi », raconte une mère d'élève croisée devant l'école, après "
           "l'attaque contre les Cars de l'Odet.")
    assert fr(met, "quote", COACHES) == {("mère d'élève", "asserted", False)}


def test_the_people_of_an_organisation_as_on_speak_for_it():
    # « Chez Transdev, on dément avoir été attaqué »: the "on" after "chez X," is the organisation's people, and
    # their denial of an attack is the organisation's (rules cyberattack-497), as « X dément avoir été attaqué »
    denial = "Chez les Remontées de la Vanoise, on dément avoir été attaqué."
    assert fr(denial, "organization", LIFTS) == {("Remontées de la Vanoise", "denied", False)}
    admission = "Chez les Remontées de la Vanoise, on reconnaît avoir été victime d'une cyberattaque dimanche."
    assert fr(admission, "organization", LIFTS) == {("Remontées de la Vanoise", "asserted", False)}


def test_no_evidence_that_an_organisations_servers_were_hit_denies_it():
    # « Rien n'indique que les serveurs de X aient été piratés »: the absence of evidence that opens the clause bears
    # on its servers being hit, as a negation after them would, and denies the organisation, hedged (D4; rules
    # cyberattack-498); it read as the organisation hit
    servers = ("Rien n'indique que les serveurs du Centre hospitalier de Champvert aient été piratés, selon "
               "l'agence régionale.")
    assert fr(servers, "organization", HOSPITAL) == {("Centre hospitalier de Champvert", "denied", True)}
    systems = "Rien ne permet de dire que les systèmes du Centre hospitalier de Champvert aient été touchés."
    assert fr(systems, "organization", HOSPITAL) == {("Centre hospitalier de Champvert", "denied", True)}
    # the same servers said to be hit, with no frame, keep it hit
    hit = "Les serveurs du Centre hospitalier de Champvert ont été piratés dans la nuit de dimanche."
    assert fr(hit, "organization", HOSPITAL) == {("Centre hospitalier de Champvert", "asserted", False)}


ISLANDS = incident("Ministry of Health of Vava'u", keywords=("Vava'u",))
PORT = incident("Port of Valparaíso Authority", keywords=("Valparaíso",))


def test_a_name_that_opens_on_its_glottal_stop_is_a_persons_name():
    # "Health Minister 'Ana 'Akau'ola said": a Polynesian name typed with its glottal stop as an apostrophe before a
    # vowel is still a person's name, with the office before it cut (rules cyberattack-499); it read as the office
    # and name together, and a "she" after it fell back on the words before
    said = ("“We are rebuilding the records by hand,” Health Minister 'Ofa 'Uta'atu said on Friday after the "
            "attack on the Ministry of Health of Vava'u.")
    assert en(said, "quote", ISLANDS) == {("'Ofa 'Uta'atu", "asserted", False)}
    she = ("Ransomware hit the Ministry of Health of Vava'u on Sunday, Health Minister 'Ofa 'Uta'atu said. "
           "“Every patient is registered in it,” she told reporters.")
    assert en(she, "quote", ISLANDS) == {("'Ofa 'Uta'atu", "asserted", False)}


def test_a_speaker_who_pleads_after_a_quotation_says_it():
    # "“Please don't forward it,” the minister pleaded": a verb of begging closes a quotation as "urged" does
    # (rules cyberattack-500)
    pleaded = ("“If these files reach you, please delete them,” port manager Elena Fuentes pleaded after the "
               "attack on the Port of Valparaíso Authority.")
    assert en(pleaded, "quote", PORT) == {("Elena Fuentes", "asserted", False)}
    begged = "“Do not open any attachment,” Elena Fuentes begged, after the breach at the Port of Valparaíso Authority."
    assert en(begged, "quote", PORT) == {("Elena Fuentes", "asserted", False)}


def test_a_participle_of_telling_after_a_comma_is_a_statement_of_its_own():
    # "kept every branch closed after malware got into its systems, telling customers on Twitter that its offices
    # would stay shut": what the organisation tells next, in the future of the past, is a clause of its own, and its
    # "would" hedges nothing of the attack before (rules cyberattack-501), as ", adding that" did not
    telling = ("The Port of Valparaíso Authority closed its gates on Monday after malicious software got into its "
               "systems, telling hauliers on Twitter that the terminals would stay shut until Wednesday.")
    assert en(telling, "organization", PORT) == {("Port of Valparaíso Authority", "asserted", False)}
    precisant = ("Les Cars de l'Odet ont suspendu leurs lignes lundi après une cyberattaque contre leurs serveurs, "
                 "précisant aux familles sur leur site que le service pourrait reprendre mercredi.")
    assert fr(precisant, "organization", COACHES) == {("Cars de l'Odet", "asserted", False)}


def test_what_an_organisation_thinks_is_hedged_as_what_it_believes():
    # "AT still thinks no customer or financial data was compromised": a belief hedges the denial it carries, as
    # "believes" does (rules cyberattack-502)
    thinks = ("The Port of Valparaíso Authority still thinks no customer or financial data was compromised, its "
              "technology chief told reporters.")
    assert en(thinks, "data_category", PORT) == {("banking", "denied", True)}
    said = "The Port of Valparaíso Authority says no customer or financial data was compromised."
    assert en(said, "data_category", PORT) == {("banking", "denied", False)}


def test_who_says_it_took_or_holds_the_files_speaks_as_the_attackers():
    # « Il dit détenir 80 Go de fichiers, dont les données de … patients », "Medusa says it stole the data of …": who
    # says it took the files, or holds them, is the attackers, whatever name it goes by, and what it says of them is
    # its claim, hedged (D3; rules cyberattack-503); a group with a name of its own and no word for attackers read
    # as fact
    holds = ("Le collectif Vexaris dit détenir 40 Go de fichiers pris au Centre hospitalier de Champvert, dont "
             "des dossiers médicaux.")
    assert fr(holds, "data_category", HOSPITAL) == {("medical", "asserted", True)}
    stole = "Medusa says it stole the scanned passports of 4,000 staff of the Port of Valparaíso Authority."
    assert en(stole, "data_category", PORT) == {("identity", "asserted", True)}
    # the organisation saying it took its systems offline claims no deed of the attackers'
    offline = ("The Port of Valparaíso Authority says it took its systems offline after intruders copied the "
               "scanned passports of its staff.")
    assert en(offline, "data_category", PORT) == {("identity", "asserted", False)}


def test_a_gangs_listing_of_an_organisation_on_its_leak_site_is_its_claim():
    # "Medusa listed Auckland Transport on its dark-web leak site": the listing is the gang's claim that it attacked the
    # organisation, hedged (D3), and « a affiché mercredi soir X sur son site de revendications » lists it too, past
    # when it did so (rules cyberattack-504); the first was read as fact, the second not at all
    listed = "The Karnak gang listed the Port of Valparaíso Authority on its leak site on Monday."
    assert en(listed, "organization", PORT) == {("Port of Valparaíso Authority", "asserted", True)}
    affiche = "Le gang Karnak a affiché mercredi soir les Cars de l'Odet sur son site de revendications."
    assert fr(affiche, "organization", COACHES) == {("Cars de l'Odet", "asserted", True)}
    # a listing told as the background of what the organisation itself confirms leaves its confirmation firm
    after = ("The Port of Valparaíso Authority has confirmed a cyberattack, days after the Karnak gang posted the "
             "port on its leak site.")
    assert en(after, "organization", PORT) == {("Port of Valparaíso Authority", "asserted", False)}


def test_who_says_since_when_it_plundered_the_servers_speaks_as_the_attackers():
    # « affirme depuis samedi avoir pillé les serveurs de X »: since when it says so may stand between the verb and
    # its deed, and plundering or hacking is a deed of the attackers as taking is (rules cyberattack-505)
    pille = ("Un collectif se faisant appeler Vexaris affirme depuis samedi avoir pillé les serveurs des Cars de "
             "l'Odet et met en vente des relevés bancaires de clients.")
    assert fr(pille, "organization", COACHES) == {("Cars de l'Odet", "asserted", True)}
    hacked = "A crew calling itself Vexaris says it hacked the Port of Valparaíso Authority and took payroll records."
    assert en(hacked, "organization", PORT) == {("Port of Valparaíso Authority", "asserted", True)}


def test_unnamed_analysts_who_worry_or_remind_hedge_what_they_say():
    # « des spécialistes s'inquiètent : … », « des analystes rappellent que … »: a worry or a reminder of sources the
    # text does not name is their word, hedged (D2), as what they fear or say is; and analysts are such sources
    # (rules cyberattack-506)
    worry = ("Des spécialistes s'inquiètent : un scan de passeport volé aux Cars de l'Odet suffit à usurper "
             "leur identité.")
    assert fr(worry, "risk", COACHES) == {("identity_theft", "asserted", True)}
    remind = ("Des analystes rappellent que les noms volés aux Cars de l'Odet permettent de fabriquer un faux "
              "avis de livraison, prélude à l'hameçonnage.")
    assert fr(remind, "risk", COACHES) == {("phishing", "asserted", True)}
    # the organisation reminding its customers is named, and hedges nothing
    named = "Les Cars de l'Odet rappellent que leurs clients doivent se méfier de l'hameçonnage."
    assert fr(named, "risk", COACHES) == {("phishing", "asserted", False)}


def test_a_word_taken_on_trust_or_a_reason_to_think_hedges():
    # "If one cybersecurity trade site is right, …", « Pour un spécialiste interrogé par nos soins, … », « Nous avons
    # des raisons de penser qu'un ancien employé … »: a source's word taken on trust, an unnamed specialist's view and
    # a reason to think hedge what they carry (rules cyberattack-507)
    trust = ("If one cybersecurity trade site is right, the terminals the Port of Valparaíso Authority switched off "
             "after the ransomware struck were running again within three hours.")
    assert en(trust, "attack_vector", PORT) == {("ransomware", "asserted", True)}
    specialist = ("Pour un spécialiste interrogé par nos soins, l'intrusion chez les Cars de l'Odet relève du "
                  "bourrage d'identifiants.")
    assert fr(specialist, "attack_vector", COACHES) == {("impersonation", "asserted", True)}
    reasons = ("« Nous avons des raisons de penser qu'un ancien employé a détourné ses accès », a déclaré l'avocat "
               "des Cars de l'Odet.")
    assert fr(reasons, "attack_vector", COACHES) == {("insider", "asserted", True)}


def test_an_organisations_press_voice_through_a_possessive_is_the_organisation():
    # « », ajoute sa porte-parole », '”, its spokeswoman said': the organisation's own voice, through a possessive, is
    # the organisation speaking, as "a spokesperson" alone is (D7a; rules cyberattack-508); it read as "porte-parole
    # de X"; an office that is a person's keeps its holder's office
    voice = ("Les Cars de l'Odet ont confirmé l'attaque. « Aucune donnée bancaire n'a été consultée », ajoute sa "
             "porte-parole.")
    assert fr(voice, "quote", COACHES) == {("Cars de l'Odet", "asserted", False)}
    english = ("The Port of Valparaíso Authority confirmed the attack. “No bank details were viewed,” its "
               "spokeswoman said.")
    assert en(english, "quote", PORT) == {("Port of Valparaíso Authority", "asserted", False)}
    director = ("Les Cars de l'Odet ont confirmé l'attaque. « Aucune donnée bancaire n'a été consultée », ajoute son "
                "directeur général.")
    assert fr(director, "quote", COACHES) == {("directeur général de Cars de l'Odet", "asserted", False)}


def test_a_reflexive_is_no_part_of_an_office_and_a_local_station_is_no_part_of_a_name():
    # « La porte-parole se veut rassurante : « … », insiste-t-elle »: the office the sentence opens on is "porte-parole",
    # the organisation's voice, not "porte-parole se"; « a assuré à ICI Poitou Antoine Cartigny »: the local station
    # it was said to is no part of the speaker (rules cyberattack-509)
    voice = ("La porte-parole se veut rassurante : « Rien ne laisse penser que les données des Cars de l'Odet aient "
             "été copiées », insiste-t-elle.")
    assert fr(voice, "quote", COACHES) == {("Cars de l'Odet", "asserted", False)}
    station = ("« Rien de ce qui touche aux élèves n'a été compromis », a assuré à ICI Armorique Gaël Le Bris, "
               "directeur des Cars de l'Odet.")
    assert fr(station, "quote", COACHES) == {("Gaël Le Bris", "asserted", False)}


def test_a_quotation_standing_alone_goes_on_from_words_reported_just_before():
    # "Brett Callow has his doubts. Medusa normally backs a listing with screenshots, he pointed out. “Either they never
    # got hold of any data …”": words reported with their speaker's verb closing the sentence go on in the quotation
    # standing alone next (rules cyberattack-510); it had no speaker
    doubts = ("Security analyst Marta Ruiz has her doubts about the attack on the Port of Valparaíso Authority. Gangs "
              "normally back a listing with screenshots, she pointed out. “Either they never got any data, or "
              "they are bluffing.”")
    assert en(doubts, "quote", PORT) == {("Marta Ruiz", "asserted", False)}
    # a quotation after a sentence that reports nobody's words stays without a speaker
    alone = ("The Port of Valparaíso Authority was attacked on Monday. Gangs normally back a listing with "
             "screenshots. “Either they never got any data, or they are bluffing.”")
    assert en(alone, "quote", PORT) == {(None, "asserted", False)}
