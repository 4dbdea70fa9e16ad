"""Round seventy-three (issue 9): what dev75 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Vendée clinic, a Yorkshire savings bank, a Welsh rail line, a
children's charity in Bristol)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


CLINIC = incident("Clinique du Marais", keywords=("Clinique du Marais",))
BANK = incident("Pennine Savings Bank", keywords=("Pennine Savings Bank",))
RAIL = incident("Cambrian Valley Railway", keywords=("Cambrian Valley Railway",))
CHARITY = incident("Harbourside Children's Trust", keywords=("Harbourside Children's Trust",))


def test_a_night_named_by_its_weekdays_with_a_small_hours_clock_is_its_second_day():
    # « dans la nuit de samedi à dimanche par un rançongiciel : vers 3 heures, des messages … »: the clock time the
    # colon opens on places the intrusion after midnight, on the Sunday, as it does for a night named by its dates;
    # an evening hour, or none, keeps the Saturday (LABELLING.md D12; rules cyberattack-403). Published on Thursday
    # 20 March 2025: the Saturday before is the 15th.
    colon = ("La Clinique du Marais a été frappée dans la nuit de samedi à dimanche par un rançongiciel : vers "
             "3 heures, des demandes de rançon se sont affichées sur les postes des urgences.")
    assert fr(colon, "attack_date", CLINIC) == {("2025-03-16", "asserted", False)}
    beside = "La Clinique du Marais a été frappée dans la nuit de samedi à dimanche, vers 2 heures, par un rançongiciel."
    assert fr(beside, "attack_date", CLINIC) == {("2025-03-16", "asserted", False)}
    evening = "La Clinique du Marais a été frappée dans la nuit de samedi à dimanche, vers 23 heures, par un rançongiciel."
    assert fr(evening, "attack_date", CLINIC) == {("2025-03-15", "asserted", False)}
    unrelated = ("La Clinique du Marais a été frappée dans la nuit de samedi à dimanche par un rançongiciel : la "
                 "direction a réuni une cellule de crise à 9 heures.")
    assert fr(unrelated, "attack_date", CLINIC) == {("2025-03-15", "asserted", False)}


def test_the_end_of_a_clean_up_denies_nothing_of_what_it_cleans():
    # "it would restore its ticketing in full only once no trace of the ransomware was left": the way in is given,
    # and a plan for the way back is no guess about it; a way in denied outright still is (rules cyberattack-404)
    cleanup = ("Cambrian Valley Railway said some ticket machines were back on by Friday, but that it would restore "
               "its booking system in full only once no trace of the ransomware was left.")
    assert en(cleanup, "attack_vector", RAIL) == {("ransomware", "asserted", False)}
    denied = "Cambrian Valley Railway said no ransomware was found on its booking system."
    assert en(denied, "attack_vector", RAIL) == {("ransomware", "denied", False)}


def test_a_number_to_call_is_contact_data_even_beside_a_denied_email_address():
    # « son numéro d'appel » is the subscriber's phone number: contact data taken, which the denied e-mail address
    # in the next sentence does not undo (rules cyberattack-405)
    listed = ("Le fichier dérobé à la Clinique du Marais contenait, pour chaque patient, ses nom et prénom et son "
              "numéro d'appel. Aucune adresse électronique n'a en revanche été compromise, assure la clinique.")
    assert fr(listed, "data_category", CLINIC) == {("identity", "asserted", False), ("contact", "asserted", False)}


def test_a_complaint_named_by_its_case_speaks_as_a_litigant():
    # "The 40-page complaint in Moss v. Pennine Savings Bank, filed on 2 March, says …": a party's case is unproven
    # whatever stands between it and its verb (LABELLING.md D31; rules cyberattack-406); the bank's own word is not
    case = ("The 40-page complaint in Moss v. Pennine Savings Bank, filed on 2 March, says hackers took the names "
            "and Social Security numbers of 90,000 customers.")
    assert en(case, "victim_count", BANK) == {(90000, "asserted", True)}
    own = "Pennine Savings Bank says hackers took the names and Social Security numbers of 90,000 customers."
    assert en(own, "victim_count", BANK) == {(90000, "asserted", False)}


def test_healthcare_files_are_medical_and_a_brag_with_its_place_between_is_a_claim():
    # "bragged on its leak site of taking … healthcare files": the files are medical data, and the boast, with
    # where it was made between the verb and what it claims, hedges it (rules cyberattack-407)
    brag = ("The gang bragged on its leak site of taking 2TB from Harbourside Children's Trust, including "
            "healthcare files and e-mails.")
    assert ("medical", "asserted", True) in en(brag, "data_category", CHARITY)
    plain = "Hackers took healthcare files from Harbourside Children's Trust, the charity said."
    assert ("medical", "asserted", False) in en(plain, "data_category", CHARITY)


def test_a_role_noun_beside_a_gang_s_name_is_the_gang_speaking():
    # « Le groupe Nyxa, qui a revendiqué l'attaque, affirme avoir emporté … « plus de 40 000 patients » »: "groupe"
    # beside a name the incident's keywords give apart from its organisations is that gang, not the clinic the
    # role noun alone would stand for; « le groupe » alone still is the organisation (rules cyberattack-408)
    gang = incident("Clinique du Marais", keywords=("Clinique du Marais", "Vorax"))
    claimed = ("Le groupe Vorax, qui a revendiqué l'attaque lundi sur son site, affirme avoir emporté les dossiers de "
               "« plus de 40 000 patients » de la Clinique du Marais.")
    assert fr(claimed, "quote", gang) == {("Vorax", "asserted", False)}
    own = "Le groupe affirme que seuls « quelques postes administratifs » de la Clinique du Marais ont été touchés."
    assert fr(own, "quote", gang) == {("Clinique du Marais", "asserted", False)}


def test_a_part_set_against_the_one_before_by_a_stressed_pronoun_has_its_own_speaker():
    # « Les pirates affirment avoir chiffré … ; la clinique, elle, se borne à évoquer un « problème de cybersécurité » »: the
    # fragment is the clinic's word, not the attackers' whose claim came before the semicolon; without the stressed
    # pronoun the reporting verb before it still speaks for the whole sentence (rules cyberattack-409)
    against = ("Les pirates affirment avoir chiffré les serveurs de la Clinique du Marais ; la clinique, elle, se "
               "borne à évoquer un « problème de cybersécurité ».")
    assert fr(against, "quote", CLINIC) == {("Clinique du Marais", "asserted", False)}
    goes_on = ("Au premier jour, la Clinique du Marais ne pouvait plus facturer, raconte sa directrice Anne Rivière ; "
               "depuis, les postes reviennent un à un, mais « sans aucun historique des échanges ».")
    assert fr(goes_on, "quote", CLINIC) == {("Anne Rivière", "asserted", False)}


def test_data_an_organisation_keeps_none_of_are_denied():
    # « ne conserve aucune coordonnée bancaire de ses patients »: « aucun » for « pas » denies what is not kept, as
    # « ne conserve pas » did; data it keeps is still no data taken (rules cyberattack-410)
    none_kept = ("La Clinique du Marais ne conserve aucune coordonnée bancaire de ses patients, les paiements passant "
                 "par le Trésor public.")
    assert fr(none_kept, "data_category", CLINIC) == {("banking", "denied", False)}
    kept = "La Clinique du Marais conserve les coordonnées bancaires de ses patients sur un serveur à Niort."
    assert fr(kept, "data_category", CLINIC) == set()


def test_a_remedy_called_useless_denies_nothing_and_the_log_in_it_resets_is_no_data_taken():
    # « changer un mot de passe ne sert à rien, disent-ils »: the uselessness of a remedy denies nothing, and the
    # password a reset verb takes for its object was neither taken nor spared; one said stolen still is (rules
    # cyberattack-411)
    useless = ("Quand les dossiers de la Clinique du Marais circulent déjà, changer un mot de passe ne sert à rien, "
               "estiment des experts.")
    assert fr(useless, "data_category", CLINIC) == set()
    stolen = "Les pirates ont volé les mots de passe des médecins de la Clinique du Marais."
    assert fr(stolen, "data_category", CLINIC) == {("credentials", "asserted", False)}


def test_the_day_after_opening_a_sentence_is_nobody_speaking():
    # « Le lendemain du communiqué, samedi 15 mars, … un plan présenté comme « le pari de la confiance » »: no day
    # speaks; the title the plan was given has no speaker (rules cyberattack-412)
    day = ("Le lendemain du communiqué, samedi 15 mars, l'État et les principales forces politiques du Marais ont "
           "signé à Luçon un plan sur l'avenir de la clinique, présenté comme « le pari de la confiance retrouvée ».")
    assert fr(day, "quote", CLINIC) == set()


def test_a_return_hoped_for_as_soon_as_today_dates_no_attack():
    # "services might be back as soon as today": the day a return is hoped for, not the day of the attack; a day the
    # clause says the attack came still is (rules cyberattack-413). Published on Thursday 20 March 2025.
    hoped = ("An engineer said the ransomware had hit Cambrian Valley Railway's booking system, so that services might "
             "be back as soon as today.")
    assert en(hoped, "attack_date", RAIL) == set()
    struck = "Ransomware hit Cambrian Valley Railway's booking system on Monday."
    assert en(struck, "attack_date", RAIL) == {("2025-03-17", "asserted", False)}


def test_a_firm_described_by_what_it_tracks_names_no_way_in():
    # "Halcyon, which tracks ransomware, thinks the target is …": what a firm watches is no way in of this attack;
    # ransomware said to have hit the organisation still is (rules cyberattack-414)
    tracker = "Brightwatch, which tracks ransomware, thinks the target is most likely Harbourside Children's Trust."
    assert en(tracker, "attack_vector", CHARITY) == set()
    struck = "Brightwatch, which tracks ransomware, says Harbourside Children's Trust was hit by ransomware."
    assert en(struck, "attack_vector", CHARITY) == {("ransomware", "asserted", False)}


def test_a_spokesperson_who_went_on_still_speaks():
    # '“…,” the spokesperson went on': a verb of going on closes the quotation as 'said' does, so the words are the
    # organisation's, not nobody's (rules cyberattack-415)
    went_on = ("“The work takes time,” a spokesperson for Harbourside Children's Trust said. “It is sad that a charity "
               "like ours has been hit too,” the spokesperson went on.")
    assert en(went_on, "quote", CHARITY) == {("Harbourside Children's Trust", "asserted", False)}


def test_a_word_of_evidence_opens_a_clause_whose_subject_the_definite_is():
    # "nothing indicates the intruders reached its own systems", "no grounds to think the intruders ever reached its
    # own systems": the absence of evidence denies, hedged, that its systems were reached; the pronoun "it" before
    # is no IT system; a verb whose object takes the breach as given still denies nothing of it (rules
    # cyberattack-416)
    for frame in ("says nothing indicates", "says there is no evidence", "says it has no grounds to think"):
        text = f"Pennine Savings Bank {frame} the intruders ever reached its own systems."
        assert en(text, "organization", BANK) == {("Pennine Savings Bank", "denied", True)}, frame
    given = "Pennine Savings Bank does not believe that any of the files taken from its systems concern children."
    assert all(polarity != "denied" for _value, polarity, _hedged in en(given, "organization", BANK))


def test_passwords_from_outside_breaches_are_no_data_taken_here():
    # "though the bank did not say which outside breaches the passwords came from": log-ins replayed from elsewhere
    # say how the intruders got in, not what was taken here (LABELLING.md D9; rules cyberattack-417)
    outside = ("Pennine Savings Bank says nothing indicates customers' passwords were taken from its own systems, "
               "though it did not say which outside breaches the passwords came from.")
    assert all(polarity != "asserted" for _value, polarity, _hedged in en(outside, "data_category", BANK))
    taken = "Pennine Savings Bank says the intruders took the passwords of 3,000 customers."
    assert en(taken, "data_category", BANK) == {("credentials", "asserted", False)}


def test_an_adverb_between_the_auxiliary_and_a_verb_of_remaining_breaks_no_clause():
    # « Les informations financières sont toutefois restées hors d'atteinte »: « toutefois » inside the verb opens
    # no clause, so what stayed out of reach is denied; set between two clauses it still breaks (rules
    # cyberattack-418)
    inside = ("Les noms des patients de la Clinique du Marais ont été exposés. Les informations financières sont "
              "toutefois restées hors d'atteinte, affirme la clinique.")
    assert ("banking", "denied", False) in fr(inside, "data_category", CLINIC)
    english = ("Patients' names at Harbourside Children's Trust were exposed. Card details have however remained "
               "safe, the charity said.")
    assert ("banking", "denied", False) in en(english, "data_category", CHARITY)


def test_what_an_organisation_keeps_is_no_data_taken():
    # "the clinic keeps highly personal files on those it treats, from home addresses to medical histories": data an
    # organisation keeps, in a clause that says nothing was taken, are neither taken nor spared; data it never keeps
    # are denied, and data taken from what it keeps are taken (rules cyberattack-419)
    kept = ("Although the bank insists its vault was never touched, analysts noted that Pennine Savings Bank keeps "
            "highly personal files on its customers, from home addresses to dates of birth.")
    assert en(kept, "data_category", BANK) == set()
    never = "Pennine Savings Bank said the intruders saw only old orders, because it never keeps full card numbers."
    assert en(never, "data_category", BANK) == {("banking", "denied", False)}
    taken = "Hackers stole the home addresses Pennine Savings Bank keeps on its customers."
    assert en(taken, "data_category", BANK) == {("contact", "asserted", False)}


def test_a_keyword_that_opens_a_one_word_name_with_a_short_ending_is_that_name():
    # "the Storting's e-mail system was broken into", with "Storting" among the keywords of the configured
    # "Stortinget": the press writes the name without its suffixed article; a keyword that is no such opening
    # names nothing (rules cyberattack-420)
    assembly = incident("Valdretinget", keywords=("Valdretinget", "Valdreting"))
    broken = "The Valdreting's e-mail system was broken into on 24 February."
    assert en(broken, "organization", assembly) == {("Valdretinget", "asserted", False)}
    other = incident("Valdretinget", keywords=("Valdretinget", "Valdr"))
    assert en("The Valdr e-mail system was broken into on 24 February.", "organization", other) == set()


def test_the_object_of_an_intrusion_is_the_one_attacked():
    # « La Clinique du Marais n'a fait l'objet d'aucune intrusion »: to be the object of an intrusion or an attack is
    # to undergo it, denied here; the object of an inquiry is no attack (rules cyberattack-421)
    denied = "« La Clinique du Marais n'a fait l'objet d'aucune intrusion », a assuré vendredi sa direction."
    assert fr(denied, "organization", CLINIC) == {("Clinique du Marais", "denied", False)}
    struck = "La Clinique du Marais a fait l'objet d'une cyberattaque dans la nuit de lundi."
    assert fr(struck, "organization", CLINIC) == {("Clinique du Marais", "asserted", False)}
    inquiry = "La Clinique du Marais a fait l'objet d'une enquête administrative en 2019."
    assert fr(inquiry, "organization", CLINIC) == set()


def test_words_read_in_a_document_are_its_author_s():
    # « … », lit-on dans le message adressé au personnel par la clinique: the words are the document's author's; a
    # statement alone speaks for the organisation (D7a); a forum is nobody's (rules cyberattack-422)
    quote = "« Nos équipes poursuivent un examen approfondi de l'incident avec la police »"
    by = f"{quote}, lit-on dans le message adressé au personnel par la Clinique du Marais."
    assert fr(by, "quote", CLINIC) == {("Clinique du Marais", "asserted", False)}
    statement = f"{quote}, peut-on lire dans un communiqué publié lundi soir."
    assert fr(statement, "quote", CLINIC) == {("Clinique du Marais", "asserted", False)}
    forum = f"{quote}, peut-on lire sur un forum de pirates."
    assert fr(forum, "quote", CLINIC) == {(None, "asserted", False)}


def test_the_postal_service_is_the_organisation_speaking():
    # « », plaide le service postal », "the postal service said": the role noun stands for the configured post office
    # (rules cyberattack-423)
    post = incident("Poste de Valmont", keywords=("Poste de Valmont",))
    said = ("« L'incident touche l'un de nos fournisseurs, mais la protection de nos clients reste une priorité », "
            "plaide le service postal.")
    assert fr(said, "quote", post) == {("Poste de Valmont", "asserted", False)}
    english = incident("Valmont Post", keywords=("Valmont Post",))
    told = "“The incident concerns one of our suppliers,” the postal service said."
    assert en(told, "quote", english) == {("Valmont Post", "asserted", False)}


def test_a_person_of_a_firm_opened_by_its_acronym_is_the_speaker():
    # "Setu Kulkarni of NTT Application Security told Threatpost …: “…,” he said": "he" is the person the sentence
    # opens on, not the firm's last two words (rules cyberattack-424)
    firm = ("Pennine Savings Bank says the intrusion came on 2 March. Dana Okafor of BKW Application Security told "
            "reporters she had doubts: “Calling it unauthorised access is serious enough,” she said.")
    assert en(firm, "quote", BANK) == {("Dana Okafor", "asserted", False)}


def test_a_list_a_colon_opens_after_the_haul_is_what_was_taken():
    # "the haul is, The Register notes, a gift to social engineers: names, dates of birth, contact details": what
    # enables crime names data taken only where its clause says so, and the clause the colon closes is the list's own; data
    # said only to enable fraud still gives none (rules cyberattack-425)
    haul = ("Although Pennine Savings Bank stresses that none of its systems was hacked, the haul is, The Register "
            "notes, a gift to social engineers: names, dates of birth and contact details.")
    assert en(haul, "data_category", BANK) == {("identity", "asserted", False), ("contact", "asserted", False)}
    enabling = "Names and dates of birth are a gift to fraudsters: they can open accounts with them."
    assert en(enabling, "data_category", BANK) == set()


def test_a_party_s_complaint_through_its_possessive_is_hedged():
    # « Sa plainte reproche à la clinique d'avoir laissé fuiter les dossiers de 6 000 patients »: a civil party's case,
    # named through its possessive, is unproven (LABELLING.md D31; rules cyberattack-426)
    case = ("Une patiente a saisi le tribunal d'une action de groupe. Sa plainte reproche à la Clinique du Marais "
            "d'avoir laissé fuiter les dossiers de plus de 6 000 patients.")
    assert fr(case, "victim_count", CLINIC) == {(6000, "asserted", True)}
    own = "La Clinique du Marais reconnaît avoir laissé fuiter les dossiers de plus de 6 000 patients."
    assert fr(own, "victim_count", CLINIC) == {(6000, "asserted", False)}


def test_a_proof_of_address_is_contact_data():
    # « papiers d'identité, justificatifs de domicile … autant de pièces désormais entre des mains inconnues »: a
    # proof of where someone lives gives the address (rules cyberattack-427)
    papers = ("Les pirates ont dérobé à la Clinique du Marais des papiers d'identité et des justificatifs de domicile "
              "de ses salariés.")
    assert fr(papers, "data_category", CLINIC) == {("identity", "asserted", False), ("contact", "asserted", False)}


def test_an_attack_that_will_leave_the_organisation_with_a_loss_hit_it():
    # "The cyberattack will leave Kadokawa with an extraordinary loss": what the attack, as the subject, leaves the
    # organisation with says it was hit, as 'will cost' does; a remark that leaves questions for it does not (rules
    # cyberattack-428)
    loss = "The cyberattack will leave Pennine Savings Bank with a loss of about £3 million this year."
    assert en(loss, "organization", BANK) == {("Pennine Savings Bank", "asserted", False)}
    perte = "La cyberattaque laissera la Clinique du Marais avec une perte de 2 millions d'euros."
    assert fr(perte, "organization", CLINIC) == {("Clinique du Marais", "asserted", False)}
    questions = "The report has left many questions for Pennine Savings Bank to answer."
    assert en(questions, "organization", BANK) == set()


def test_a_middle_initial_does_not_end_the_case_before_its_verb():
    # "The suits against the bank, now before Judge Brian M. Morris in Montana, allege that …": a middle initial's
    # full stop is no end of the aside between a party to a case and its verb, so what the suits allege is hedged
    # (LABELLING.md D31; rules cyberattack-429)
    suits = ("The suits against the bank, now before Judge Brian M. Morris in Montana, allege that Pennine Savings "
             "Bank learned on 24 May that it had fallen victim to a data incident at its cloud provider, and that it "
             "failed to safeguard its customers' Social Security numbers.")
    assert en(suits, "data_category", BANK) == {("social_security_number", "asserted", True)}


def test_what_users_did_lose_was_taken():
    # "What some users did lose, it said, was … the last four digits of their card": the emphatic past of losing data
    # takes it, as "lost" does, beside full card numbers said untouched (rules cyberattack-430)
    lose = ("Pennine Savings Bank stressed that full card numbers were untouched. What some customers did lose, it "
            "said, was the last four digits of their card.")
    assert en(lose, "data_category", BANK) == {("banking", "asserted", False)}


def test_a_day_said_to_stand_outside_the_intrusion_is_denied():
    # « Le lundi 17 mars, jour où la clinique a rendu l'affaire publique, reste extérieur à l'intrusion », « le 13
    # mars, souvent cité, c'est en réalité le jour où elle a repéré l'intrusion »: the text says the day is not the
    # attack's, so it is denied (LABELLING.md D12; rules cyberattack-431)
    outside = ("Le lundi 17 mars, jour où la Clinique du Marais a rendu l'affaire publique, reste extérieur à "
               "l'intrusion.")
    assert fr(outside, "attack_date", CLINIC) == {("2025-03-17", "denied", False)}
    found = ("Le 13 mars, souvent cité, c'est en réalité le jour où la Clinique du Marais a repéré l'intrusion dans "
             "ses systèmes.")
    assert fr(found, "attack_date", CLINIC) == {("2025-03-13", "denied", False)}


def test_log_ins_tried_elsewhere_are_replayed_not_taken():
    # "crooks take username and password pairs spilled in one breach and try them elsewhere, … using credentials
    # stolen from a site that had nothing to do with the railway": passwords replayed say how the intruders got in,
    # not what was taken here (LABELLING.md D9; rules cyberattack-432)
    replayed = ("Crooks take username and password pairs spilled in one breach and try them elsewhere, and here they got "
                "into Cambrian Valley Railway rewards accounts using credentials stolen from a site that had nothing to "
                "do with the railway.")
    assert en(replayed, "data_category", RAIL) == set()


def test_a_verb_of_saying_after_a_list_closed_in_brackets_is_a_second_statement():
    # "lists what the compromised account contained (names; health insurance information) and says the bank is not
    # aware of any fraud": the negation of the second statement leaves the list taken (rules cyberattack-433)
    listed = ("Pennine Savings Bank's letter lists what the compromised account contained (names; health insurance "
              "information) and says the bank is not aware of any fraud tied to the incident.")
    assert en(listed, "data_category", BANK) == {("identity", "asserted", False), ("insurance", "asserted", False)}
