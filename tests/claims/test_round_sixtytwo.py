"""Round sixty-two (issue 9): what dev61's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a ferry line, a canton's archive service, a school-meals
contractor, a county water board)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


FERRY = incident("Kestrel Ferries", keywords=("Kestrel Ferries", "Kestrel"))
ARCHIVES = incident("Archives cantonales du Jura", keywords=("Archives cantonales du Jura",))
MEALS = incident("Restauration scolaire de la Vèze", keywords=("Restauration scolaire de la Vèze",))
WATER = incident("Dunmore Water Board", keywords=("Dunmore Water Board", "Dunmore Water"))


def test_a_participle_of_saying_after_a_comma_opens_a_statement_of_its_own():
    # "told a technology news site … that this was not a ransomware attack, saying again that the intruders got in
    # through a subcontractor's account": the negation of the clause before does not reach what is said next
    # (rules cyberattack-199)
    again = ("A spokesperson for Kestrel Ferries said that this was not a ransomware attack, saying again that the "
             "intruders got in through a contractor's account.")
    assert en(again, "attack_vector", FERRY) == {("impersonation", "asserted", False), ("ransomware", "denied", False)}
    repeat = ("Les Archives cantonales du Jura assurent qu'il ne s'agit pas d'un rançongiciel, répétant que les pirates "
              "ont usurpé l'identité d'un archiviste.")
    assert ("impersonation", "asserted", False) in fr(repeat, "attack_vector", ARCHIVES)
    # a negation inside what is said next still denies
    denied = ("A spokesperson for Kestrel Ferries spoke to reporters on Monday, saying that no ransomware was "
              "involved.")
    assert en(denied, "attack_vector", FERRY) == {("ransomware", "denied", False)}


def test_an_organisation_said_to_be_spared_is_denied_as_one_said_not_to_be_hit():
    # "Govia Thameslink Railway … uses separate systems and was left untouched by the attack": a word of sparing said of
    # the organisation itself denies that it was hit, as "was not affected" does; "untouched" is a word of being hit
    # or not, as "unaffected" is (rules cyberattack-200)
    left = "Dunmore Water Board was left untouched by the attack, the county said."
    assert en(left, "organization", WATER) == {("Dunmore Water Board", "denied", False)}
    stayed = "La Restauration scolaire de la Vèze est restée épargnée par l'attaque, assure la mairie."
    assert fr(stayed, "organization", MEALS) == {("Restauration scolaire de la Vèze", "denied", False)}
    # its part spared is no denial of it
    part = "Dunmore Water Board's billing arm was unaffected by the attack on its network."
    assert ("Dunmore Water Board", "denied", False) not in en(part, "organization", WATER)


def test_a_negated_condition_after_a_clause_denies_nothing_of_it():
    # « une autre [partie] copiée et susceptible d'être divulguée si le géant pétrolier ne verse pas de rançon »: the
    # negation sets the threat's condition; the files copied from its servers stay asserted (rules cyberattack-201)
    threat = ("Des fichiers ont été copiés sur les serveurs des Archives cantonales du Jura et pourraient être "
              "divulgués si le canton ne verse pas de rançon.")
    assert {c[1] for c in fr(threat, "organization", ARCHIVES)} == {"asserted"}
    # an opening « si » that concedes still denies ("Si l'attaque n'a pas visé X lui-même, c'est bien …")
    opening = ("Si l'attaque n'a pas visé les Archives cantonales du Jura elles-mêmes, c'est bien le canton qui paie "
               "la remise en état.")
    assert ("Archives cantonales du Jura", "denied", False) in fr(opening, "organization", ARCHIVES)
    # and so does « même si »
    even = "Les Archives cantonales du Jura n'ont pas été touchées, même si le canton ne l'a pas confirmé."
    assert {c[1] for c in fr(even, "organization", ARCHIVES)} == {"denied"}


def test_files_encrypted_on_the_servers_are_ransomware_whatever_the_participle_s_agreement():
    # « Une partie des fichiers a été chiffrée sur les serveurs de Sonatrach »: the attackers' encryption, feminine or
    # plural (rules cyberattack-202); a figure put on something (« chiffré à 12 400 ») is no encryption
    part = "Une partie des archives a été chiffrée sur les serveurs des Archives cantonales du Jura, a indiqué le canton."
    assert ("ransomware", "asserted", False) in fr(part, "attack_vector", ARCHIVES)
    costed = "Le canton a chiffré à 12 400 les personnes dont les dossiers étaient sur les serveurs des Archives cantonales du Jura."
    assert ("ransomware", "asserted", False) not in fr(costed, "attack_vector", ARCHIVES)


def test_staff_going_into_accounts_with_no_legitimate_reason_is_an_insider_under_the_clause_s_hedge():
    # "a worker at a company acting on its behalf may have gone into about 8,000 of its customer accounts without any
    # legitimate reason", "went into customer accounts they had no business opening", "used that position to look at
    # the bank details": an insider; the phrase denies nothing and stays under its clause's "may have"
    # (rules cyberattack-203)
    may = ("Dunmore Water Board said a worker at a billing contractor may have gone into about 900 customer accounts "
           "without any legitimate reason.")
    assert en(may, "attack_vector", WATER) == {("insider", "asserted", True)}
    business = "Someone at a contracted firm went into Dunmore Water Board accounts they had no business opening."
    assert en(business, "attack_vector", WATER) == {("insider", "asserted", False)}
    # what follows such a phrase after a comma is a clause of its own, out of the hedge
    after = ("Leurs données pourraient avoir été consultées sans autorisation, à la suite de connexions repérées le "
             "3 mars par la Restauration scolaire de la Vèze.")
    assert ("2025-03-03", "asserted", True) not in fr(after, "attack_date", MEALS)


def test_what_may_have_been_seen_is_data_compromised():
    # "The list of what may have been seen is long: names and dates of birth, home and email addresses, …": what the
    # intruder may have seen is data reached, hedged by the "may" (rules cyberattack-204)
    seen = ("The list of what may have been seen at Dunmore Water Board is long: names, home addresses and the "
            "IBAN of each account.")
    assert en(seen, "data_category", WATER) == {("identity", "asserted", True), ("contact", "asserted", True),
                                                ("banking", "asserted", True)}


def test_another_firm_s_account_used_to_get_in_is_impersonation():
    # "an outsider used a subcontractor's account to get into its customer account management platform": someone
    # else's login as the way in (rules cyberattack-205)
    sub = "Kestrel Ferries says an outsider used a subcontractor's account to get into its booking platform."
    assert en(sub, "attack_vector", FERRY) == {("impersonation", "asserted", False)}
    via = "The intruders reached the Kestrel Ferries booking system via a contractor's account, the company said."
    assert en(via, "attack_vector", FERRY) == {("impersonation", "asserted", False)}


def test_a_gang_s_tally_and_staff_sent_home_are_no_victims_of_this_attack():
    # "BlackCat, … with more than 250 victims on its leak site", « quelque 300 salariés ont été placés en chômage
    # partiel »: the gang's tally of other attacks, and staff sent home while systems are down, count nobody whose
    # data or care the attack reached (rules cyberattack-206)
    tally = ("Kestrel Ferries was hit by BlackCat, an extremely prolific group with more than 250 victims on its "
             "leak site.")
    assert en(tally, "victim_count", FERRY) == set()
    furlough = ("Depuis la cyberattaque qui a frappé la Restauration scolaire de la Vèze, quelque 300 salariés ont été "
                "placés en chômage partiel.")
    assert fr(furlough, "victim_count", MEALS) == set()
    # those whose data was taken still count
    taken = "Les données de quelque 300 salariés de la Restauration scolaire de la Vèze ont été dérobées."
    assert fr(taken, "victim_count", MEALS) == {(300, "asserted", False)}


def test_care_naming_what_a_body_does_is_nobody_s_care():
    # "A cyberattack has hit Fred Hutchinson Cancer Center, the Seattle cancer care and research institution": care
    # naming what the body does says nothing of care given or stopped (rules cyberattack-207)
    provider = "A cyberattack has hit Dunmore Water Board's partner, Kestrel Health, a home care provider."
    assert en(provider, "care_impact", WATER) == set()
    # care homes are places care is given: their care disrupted still counts
    homes = "With the hacked portal dark, care homes supplied by Dunmore Water Board have gone back to paper charts."
    assert en(homes, "care_impact", WATER) == {("care", "asserted", False)}


def test_a_negated_relative_on_a_noun_denies_nothing_of_its_clause():
    # « les IBAN … figurent parmi les informations exposées, de quoi justifier une attention particulière aux
    # prélèvements que l'on ne reconnaît pas »: the negation is the relative's; the IBAN stay exposed
    # (rules cyberattack-208)
    iban = ("Les IBAN de parents de la Restauration scolaire de la Vèze figurent parmi les informations exposées, de "
            "quoi surveiller les prélèvements que l'on ne reconnaît pas.")
    assert ("banking", "asserted", False) in fr(iban, "data_category", MEALS)
    assert ("banking", "denied", False) not in fr(iban, "data_category", MEALS)
    charges = ("Card numbers of Kestrel Ferries passengers were exposed, so watch for charges that you do not "
               "recognise.")
    assert ("banking", "asserted", False) in en(charges, "data_category", FERRY)


def test_not_singled_out_is_still_hit():
    # « Avril n'était pas visé en particulier et aucune rançon ne lui a été réclamée »: not singled out, still hit
    # (rules cyberattack-209); "was not targeted" still denies
    particular = "La Restauration scolaire de la Vèze n'était pas visée en particulier, selon les enquêteurs."
    assert {c[1] for c in fr(particular, "organization", MEALS)} == {"asserted"}
    specific = "Kestrel Ferries was not specifically targeted by the ransomware gang, the company said."
    assert {c[1] for c in en(specific, "organization", FERRY)} == {"asserted"}
    plain = "Kestrel Ferries was not targeted by the ransomware gang, the company said."
    assert {c[1] for c in en(plain, "organization", FERRY)} == {"denied"}


def test_a_document_people_came_to_apply_for_is_no_data_taken():
    # « le vol porte sur les coordonnées de milliers de personnes venues en mairie faire ou renouveler un passeport »:
    # the passport is what they came for, not data in the haul (rules cyberattack-210)
    came = ("Le vol porte sur les coordonnées de personnes venues à la Restauration scolaire de la Vèze faire ou "
            "renouveler un passeport.")
    assert fr(came, "data_category", MEALS) == {("contact", "asserted", False)}
    renew = "The stolen file holds the contact details of people who came to Kestrel Ferries to renew a passport."
    assert en(renew, "data_category", FERRY) == {("contact", "asserted", False)}
    # copies of passports taken are still identity documents
    copies = "Des copies de passeports ont été dérobées à la Restauration scolaire de la Vèze."
    assert ("identity", "asserted", False) in fr(copies, "data_category", MEALS)


def test_what_someone_says_was_taken_and_what_is_said_to_have_been_are_hedged():
    # "posted what they said was Giant Tiger's customer list", "Data said to have been taken from Dallas County's
    # systems": a claim, not a fact (rules cyberattack-211)
    said = "A forum user posted what they said were Kestrel Ferries customer names and email addresses."
    assert en(said, "data_category", FERRY) == {("identity", "asserted", True), ("contact", "asserted", True)}
    passive = "Data said to have been taken from Kestrel Ferries's systems has now appeared online."
    assert en(passive, "organization", FERRY) == {("Kestrel Ferries", "asserted", True)}


def test_what_a_leak_may_contain_is_hedged():
    # « Ce que la fuite peut contenir, le CISSS de Laval l'énumère dans son communiqué : prénoms et noms, … »: what
    # the leak may hold, hedged as "may contain" is (rules cyberattack-212)
    may = ("Ce que la fuite peut contenir, la Restauration scolaire de la Vèze l'énumère dans son communiqué : noms, "
           "prénoms et adresses postales des familles.")
    assert fr(may, "data_category", MEALS) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_where_the_attackers_are_thought_to_be_hedges_nothing_of_the_attack():
    # "Munster Technological University is being blackmailed by hackers thought to be based in Russia": the guess is
    # about where they are, not about the blackmail (rules cyberattack-213)
    based = "Kestrel Ferries is being blackmailed by hackers thought to be based in Russia, the court heard."
    assert en(based, "organization", FERRY) == {("Kestrel Ferries", "asserted", False)}
    # a hack thought to have happened stays hedged
    thought = "Kestrel Ferries is thought to have been hacked by a Russian gang."
    assert en(thought, "organization", FERRY) == {("Kestrel Ferries", "asserted", True)}


def test_a_loyalty_card_number_is_no_bank_card():
    # « nom, prénom, adresses postale et électronique, numéro de téléphone et numéro de carte de fidélité »: a shop's
    # card, no banking data (rules cyberattack-214)
    loyalty = ("Les pirates ont récupéré le nom et le numéro de carte de fidélité des clients de la Restauration "
               "scolaire de la Vèze.")
    assert ("banking", "asserted", False) not in fr(loyalty, "data_category", MEALS)
    rewards = "The attackers took names and loyalty card numbers from Kestrel Ferries."
    assert ("banking", "asserted", False) not in en(rewards, "data_category", FERRY)
    # a bank card number still is
    card = "Les pirates ont récupéré le numéro de carte bancaire des clients de la Restauration scolaire de la Vèze."
    assert ("banking", "asserted", False) in fr(card, "data_category", MEALS)


def test_who_breaks_a_silence_or_speaks_out_before_a_quotation_is_its_speaker():
    # « leur directeur Dominique Monney sort pour la première fois de son silence sur Léman Bleu : « … » »: the one
    # who speaks out is the quotation's speaker (rules cyberattack-215)
    silence = ("Six mois après l'attaque, la directrice Anne Vuilleumier sort pour la première fois de son silence : "
               "« Il n'était pas question de payer les pirates des Archives cantonales du Jura. »")
    assert fr(silence, "quote", ARCHIVES) == {("Anne Vuilleumier", "asserted", False)}
    broke = ("Kestrel Ferries's chief executive, Tom Aske, broke his silence on Friday: “We will not pay these "
             "criminals.”")
    assert en(broke, "quote", FERRY) == {("Tom Aske", "asserted", False)}


def test_blackmail_of_the_organisation_is_no_risk_to_the_people_in_its_files():
    # « la première structure de restauration collective de la région à subir pareil chantage », « face à ce
    # chantage »: the ransom demand put to the organisation, no fraud its users face (rules cyberattack-216)
    put = ("La Restauration scolaire de la Vèze est la première cantine de la région à subir pareil chantage, relève "
           "le centre régional de réponse aux incidents.")
    assert fr(put, "risk", MEALS) == set()
    # fraud named still is one
    fraud = ("Les familles de la Restauration scolaire de la Vèze sont invitées à se méfier des tentatives "
             "d'escroquerie.")
    assert ("fraud", "asserted", False) in fr(fraud, "risk", MEALS)


def test_current_and_former_and_what_someone_called_the_attack_leave_a_count_whole():
    # "personal information on as many as 4 million current and former federal employees may have been exposed": the
    # pair of times stands between the figure and its noun; "in what its chief executive called a very sophisticated
    # external attack" names the attack, and counts nobody who called (rules cyberattack-217)
    former = ("Kestrel Ferries said personal information on as many as 40,000 current and former seasonal employees may "
              "have been exposed.")
    assert en(former, "victim_count", FERRY) == {(40000, "asserted", True)}
    called = ("Kestrel Ferries said hackers may have taken information on 80,000 passengers, in what its chief "
              "executive called a very sophisticated attack.")
    assert en(called, "victim_count", FERRY) == {(80000, "asserted", True)}
    # people who called are still no victims
    phoned = "About 3,000 Kestrel Ferries passengers called the helpline after the attack."
    assert en(phoned, "victim_count", FERRY) == set()


HOSPITAL = incident("Centre hospitalier de la Vèze", keywords=("Centre hospitalier de la Vèze", "hôpital"))


def test_care_that_goes_on_while_a_conceded_clause_says_work_is_slowed_is_disrupted():
    # « la prise en charge des patients continue, assure la direction, même si, reconnaît-elle, « tout est devenu
    # beaucoup plus long » »: care runs, but not as usual; care asserted, not denied (D1; rules cyberattack-218)
    slowed = ("La prise en charge des patients continue, assure la direction du Centre hospitalier de la Vèze, même "
              "si, reconnaît-elle, « tout est devenu beaucoup plus long ».")
    assert fr(slowed, "care_impact", HOSPITAL) == {("care", "asserted", False)}
    # care running with nothing conceded is still denied
    running = "La prise en charge des patients continue normalement, assure la direction du Centre hospitalier de la Vèze."
    assert fr(running, "care_impact", HOSPITAL) == {("care", "denied", False)}


def test_only_the_most_pressing_care_kept_is_no_care_as_a_whole():
    # « Les soins les plus importants sont maintenus, assure un obstétricien »: partial continuity, no denial of care
    # as a whole (D1; rules cyberattack-219)
    kept = "Les soins les plus importants sont maintenus au Centre hospitalier de la Vèze, assure un obstétricien."
    assert ("care", "denied", False) not in fr(kept, "care_impact", HOSPITAL)
    whole = "Les soins sont maintenus au Centre hospitalier de la Vèze, assure la direction."
    assert fr(whole, "care_impact", HOSPITAL) == {("care", "denied", False)}


def test_another_incident_set_beside_this_one_is_a_recap():
    # "The news comes as Toronto's Hospital for Sick Children is still recovering from a December ransomware attack",
    # "The incident resembles June's Qilin ransomware attack on Synnovis", "That is a far cry from October, when
    # ransomware hit five hospitals": the other incident's ransomware is not this one's (rules cyberattack-220)
    comes = ("Kestrel Ferries says a cyber incident has taken its booking site offline. The news comes as a hospital "
             "in Toronto is still recovering from a December ransomware attack.")
    assert en(comes, "attack_vector", FERRY) == set()
    resembles = ("Nobody has claimed the attack on Kestrel Ferries. The incident resembles June's ransomware attack "
                 "on a pathology provider in London.")
    assert en(resembles, "attack_vector", FERRY) == set()
    # this incident's own ransomware still counts
    own = "Kestrel Ferries says ransomware encrypted its booking servers on Sunday."
    assert ("ransomware", "asserted", False) in en(own, "attack_vector", FERRY)


def test_a_page_imitating_the_real_one_is_phishing():
    # « un de ses techniciens aurait saisi ses identifiants sur une page imitant celle de son employeur »: a fake page,
    # the way in (rules cyberattack-221)
    page = ("Un technicien de la Restauration scolaire de la Vèze a saisi ses identifiants sur une page imitant celle "
            "de son employeur.")
    assert ("phishing", "asserted", False) in fr(page, "attack_vector", MEALS)


def test_debits_whoever_does_not_recognise_them_are_a_fraud_risk():
    # « signaler sans tarder à leur banque tout prélèvement qu'elles ne reconnaissent pas »: the fraud the families are
    # warned of, whoever the pronoun (rules cyberattack-222)
    they = ("La Restauration scolaire de la Vèze demande aux familles de signaler à leur banque tout prélèvement "
            "qu'elles ne reconnaissent pas.")
    assert fr(they, "risk", MEALS) == {("fraud", "asserted", False)}
    you = ("La Restauration scolaire de la Vèze invite les parents à surveiller les débits que vous ne reconnaissez "
           "pas sur vos relevés.")
    assert fr(you, "risk", MEALS) == {("fraud", "asserted", False)}


def test_a_message_asking_for_money_that_people_are_told_to_ignore_is_phishing():
    # « ne répondre à aucun message réclamant le règlement d'une prétendue facture de cantine impayée », « ignorer tout
    # SMS réclamant des « frais de dossier » »: the fake messages the warning names (rules cyberattack-223)
    bill = ("La Restauration scolaire de la Vèze demande aux familles de ne répondre à aucun message réclamant le "
            "règlement d'une prétendue facture de cantine impayée.")
    assert fr(bill, "risk", MEALS) == {("phishing", "asserted", False)}
    sms = "La Restauration scolaire de la Vèze invite chacun à ignorer tout SMS réclamant des « frais de dossier »."
    assert fr(sms, "risk", MEALS) == {("phishing", "asserted", False)}


def test_what_this_comes_weeks_after_is_another_incident():
    # "The disruption comes only weeks after a cyber attack on a company that supplies software to the NHS left doctors
    # … taking notes with pen and paper": the earlier attack's care, not this one's (rules cyberattack-224)
    after = ("The disruption at Kestrel Ferries comes only weeks after a cyber attack on a software supplier left "
             "hospital doctors taking notes with pen and paper.")
    assert en(after, "care_impact", FERRY) == set()


def test_other_victims_of_the_same_gang_are_a_recap():
    # "Other victims of the same ransomware were less fortunate. Messages in the attacker's inbox show …": what befell
    # the others is theirs (rules cyberattack-225)
    others = "Other victims of the same ransomware were less fortunate than Kestrel Ferries and paid."
    assert en(others, "attack_vector", FERRY) == set()


def test_the_rest_of_a_related_item_s_line_is_its_teaser():
    # "Related: IHG's earlier security scares. Between September and December 2016, malware planted on front-desk
    # servers …": the other story's teaser, on the item's line (rules cyberattack-226)
    teaser = ("Related: Wirral hospitals still on paper days after cyber-attack. Across the Mersey, the trust that "
              "runs two hospitals declared a major incident and cancelled operations.\nThe Centre hospitalier de la "
              "Vèze says its own care runs as usual.")
    assert en(teaser, "care_impact", HOSPITAL) == {("care", "denied", False)}
    # a sentence back on this incident's organisation still counts, and a bare "READ MORE." heads nothing
    back = ("Related: Another ferry line's bad year. At Kestrel Ferries, hackers copied the card numbers of 40,000 "
            "passengers.")
    assert ("banking", "asserted", False) in en(back, "data_category", FERRY)
    bare = "READ MORE. Hackers copied the card numbers of 40,000 Kestrel Ferries passengers."
    assert ("banking", "asserted", False) in en(bare, "data_category", FERRY)


def test_what_the_intruders_took_and_when_dates_the_attack():
    # "Fred Hutch's notice lists what the intruders took from its systems between Nov. 19 and Nov. 25": the taking is
    # the attack, and the range's first day its date (rules cyberattack-227)
    took = "Kestrel Ferries's notice lists what the intruders took from its systems between 19 and 25 February."
    assert en(took, "attack_date", FERRY) == {("2025-02-19", "asserted", False)}
