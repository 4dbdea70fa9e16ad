"""Round fifty-nine (issue 9): what dev58's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a federal service, a furniture chain, a housing office)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


SERVICE = incident("SPF Mobilité", "Service public fédéral Mobilité", keywords=("SPF Mobilité",))


def test_an_acronym_in_brackets_inside_a_name_and_the_two_configured_names_of_one_body():
    # « Le Service public fédéral (SPF) Mobilité » is the configured name with its acronym in brackets on first
    # mention, and the newsroom's two names for the one body give one value, the first it wrote (rules
    # cyberattack-138)
    text = "Le Service public fédéral (SPF) Mobilité a subi une cyberattaque visant sa messagerie."
    assert fr(text, "organization", SERVICE) == {("SPF Mobilité", "asserted", False)}
    spelled = "Le Service public fédéral Mobilité a subi une cyberattaque visant sa messagerie."
    assert fr(spelled, "organization", SERVICE) == {("SPF Mobilité", "asserted", False)}
    # a name whose brackets hold something else is not it
    other = "Le Service public fédéral (Bruxelles) Mobilité a subi une cyberattaque visant sa messagerie."
    assert fr(other, "organization", incident("Service public fédéral Mobilité")) == set()


FURNITURE = incident("Meubles Vasko", keywords=("Meubles Vasko", "Vasko"))


def test_a_technique_named_in_quotes_or_a_two_word_figure_is_nobodys_quotation():
    # « une campagne dite de « réponse à une conversation » » names a technique; « à 99,9 % » has two words, the
    # sign none (rules cyberattack-139); a speaker's sentence in quotes still is one
    named = ("En 2021, la filiale belge de Meubles Vasko avait averti ses employés qu'une campagne dite de « réponse à "
             "une conversation » visait leur messagerie.")
    assert fr(named, "quote", FURNITURE) == set()
    figure = "Pour Jean Dufour, expert, la méthode désignerait un groupe connu « à 99,9 % », après l'attaque de Vasko."
    assert fr(figure, "quote", FURNITURE) == set()
    spoken = "« Nos serveurs ont été chiffrés pendant la nuit », a dit le directeur de Meubles Vasko."
    assert fr(spoken, "quote", FURNITURE) == {("directeur de Meubles Vasko", "asserted", False)}


BANK = incident("Banque Korvala", keywords=("Banque Korvala", "Korvala"))


def test_an_unnamed_source_set_off_by_commas_mid_sentence_speaks_for_the_rest_of_its_clause():
    # « De quoi permettre, craignent des spécialistes, des virements frauduleux » and « …, souligne un chercheur :
    # les adresses figuraient dans les fichiers »: the unnamed source's incise hedges what follows it in its
    # clause, not only what came before (rules cyberattack-140); a named speaker does not hedge
    incise = ("Les pirates ont publié les codes des agences de Banque Korvala. De quoi permettre, craignent des "
              "spécialistes, des virements frauduleux en série.")
    assert fr(incise, "risk", BANK) == {("fraud", "asserted", True)}
    named = ("Les pirates ont publié les codes des agences de Banque Korvala. De quoi permettre, craint Paul Diarra, "
             "des virements frauduleux en série.")
    assert fr(named, "risk", BANK) == {("fraud", "asserted", False)}
    # the source closing its sentence still hedges what came before it
    closing = "Les pirates pourraient tenter des virements frauduleux chez Korvala, craignent des spécialistes."
    assert fr(closing, "risk", BANK) == {("fraud", "asserted", True)}


FUND = incident("Korvala Super", keywords=("Korvala Super", "Korvala"))


def test_people_counted_as_they_speak_are_witnesses_not_the_victims():
    # "Two members have said, in interviews, that they asked the fund for a second login factor": those who speak
    # are counted, not the people hit (rules cyberattack-141); people told of the breach still are counted
    said = ("Two members have said, in interviews with local radio, that Korvala Super refused them a second login "
            "factor before hackers broke into their accounts.")
    assert en(said, "victim_count", FUND) == set()
    told = "Nearly 40,000 people were told their personal information may have been accessed in the Korvala hack."
    assert en(told, "victim_count", FUND) == {(40000, "asserted", True)}  # ("may have been": hedged)


def test_a_figure_drawn_from_the_people_a_relative_names_is_a_part():
    # "wrote to 53 of the people whose files had been posted": some of those hit, not their number (D5); the part
    # marker holding a person noun after "of the" was dropped as if it were the noun counted (rules cyberattack-142)
    part = "Korvala Super wrote to 53 of the people whose files had been posted by the hackers."
    assert en(part, "victim_count", FUND) == set()
    whole = "Korvala Super wrote to 53 people whose files had been posted by the hackers."
    assert en(whole, "victim_count", FUND) == {(53, "asserted", False)}


def test_account_statements_and_movements_are_banking_data_but_not_in_advice():
    # "account statements" among the samples, « les mouvements de leurs comptes » in the haul: banking; "steps such
    # as checking account statements" is advice and names no data taken (rules cyberattack-143)
    samples = "Among the samples the gang posted from Korvala Super were passports and account statements."
    assert ("banking", "asserted", False) in en(samples, "data_category", FUND)
    haul = "Les pirates ont emporté chez Banque Korvala les noms des clients et les mouvements de leurs comptes."
    assert ("banking", "asserted", False) in fr(haul, "data_category", BANK)
    advice = ("Names were stolen from Korvala Super, and its letters walk members through steps such as checking "
              "account statements closely.")
    assert en(advice, "data_category", FUND) == {("identity", "asserted", False)}


def test_files_gone_through_without_a_valid_reason_by_staff_are_an_insider_and_no_denial():
    # « passés en revue sans raison valable par un employé », "without a valid reason": staff reading what the
    # job opened to them, asserted; « sans » there denies nothing (rules cyberattack-144)
    text = ("Les fiches de 95 000 clients de Meubles Vasko ont été passées en revue sans raison valable par un "
            "employé du service après-vente.")
    assert fr(text, "attack_vector", FURNITURE) == {("insider", "asserted", False)}
    english = "An employee looked through the records of 95,000 Vasko customers without a valid reason."
    assert en(english, "attack_vector", FURNITURE) == {("insider", "asserted", False)}


HOUSING = incident("Korvala Habitat", keywords=("Korvala Habitat",))


def test_a_group_named_by_its_own_name_owning_up_then_saying_what_it_holds_is_the_attackers_claim():
    # « Le groupe NoxLocker a revendiqué jeudi l'attaque, affirmant détenir … »: a gang the profile does not list,
    # known as the attackers by owning up to the attack, so what it says it holds is hedged (D3) (rules
    # cyberattack-145); a group of the organisation's own saying so is not
    claim = ("Le groupe Zorbax a revendiqué jeudi l'attaque sur son site, affirmant détenir les dossiers de quelque "
             "18 000 locataires de Korvala Habitat.")
    assert fr(claim, "victim_count", HOUSING) == {(18000, "asserted", True)}
    own = ("Le groupe Korvala Habitat a confirmé jeudi l'attaque, précisant que les dossiers de quelque 18 000 "
           "locataires avaient été copiés.")
    assert fr(own, "victim_count", HOUSING) == {(18000, "asserted", False)}


def test_a_name_ending_in_s_takes_its_possessive_with_a_bare_apostrophe():
    # "inside Korvala Schools' network", "Korvala Schools' breach": the possessive of a name ending in s, whose
    # systems or attack are its own (rules cyberattack-146), as "Korvala's network" always was
    schools = incident("Korvala Schools", keywords=("Korvala Schools",))
    network = "The intruders were inside Korvala Schools' network for three weeks before the encryption."
    assert en(network, "organization", schools) == {("Korvala Schools", "asserted", False)}
    breach = "Korvala Schools' breach is now the largest a school district in the state has reported."
    assert en(breach, "organization", schools) == {("Korvala Schools", "asserted", False)}
    # its people are not its systems
    staff = "Korvala Schools' teachers have been asked to watch for e-mails about the attack on a nearby college."
    assert en(staff, "organization", schools) == set()


def test_passwords_taken_then_used_to_get_into_accounts_is_impersonation():
    # "stealing the passwords of 600 members and using them to get into accounts": logging in as the members
    # (rules cyberattack-147); passwords only stolen are no way in
    used = ("Korvala Super confirmed that attackers had got past its defences, stealing the passwords of some "
            "members and using them to get into accounts.")
    assert en(used, "attack_vector", FUND) == {("impersonation", "asserted", False)}
    taken = "Korvala Super confirmed that attackers had stolen the passwords of some members."
    assert en(taken, "attack_vector", FUND) == set()


def test_the_day_the_people_hit_received_their_notice_is_no_attack_date():
    # « C'est au cours de la semaine du 25 avril que les clients visés ont reçu le courriel »: « visés » names the
    # people, the date is their notice's (rules cyberattack-148); the day the attack struck them still is its date
    notice = ("C'est au cours de la semaine du 10 mars que les clients visés ont reçu le courriel d'avertissement de "
              "Meubles Vasko.")
    assert fr(notice, "attack_date", FURNITURE) == set()
    struck = "C'est le 10 mars que les serveurs de Meubles Vasko ont été visés par les pirates."
    assert fr(struck, "attack_date", FURNITURE) == {("2025-03-10", "asserted", False)}


def test_a_region_in_the_name_of_the_incident_response_centre_that_helps_places_nothing():
    # « épaulé par le centre régional de réponse aux incidents cyber du Grand Est »: the region names the helping
    # body (D12), as "l'ARS Grand Est" does (rules cyberattack-149); a region placing the landlord still counts
    helped = ("Après la cyberattaque, Korvala Habitat est épaulé par le centre régional de réponse aux incidents "
              "cyber du Grand Est.")
    assert fr(helped, "region", HOUSING) == set()
    placed = "Korvala Habitat, en Grand Est, est épaulé par le CSIRT régional après la cyberattaque."
    assert fr(placed, "region", HOUSING) == {("Grand Est", "asserted", False)}


def test_pour_qui_after_a_verb_whose_time_and_place_come_before_its_subject():
    # « c'est ce qu'a affirmé le 12 février, sur Twitter, le chercheur Paul Diarra, pour qui il s'agirait « … » »:
    # the fragment is the subject's, past the verb's time and place (rules cyberattack-150)
    text = ("Banque Korvala aurait été frappée par un rançongiciel : c'est ce qu'a affirmé le 12 février, sur "
            "Twitter, le chercheur Paul Diarra, pour qui il pourrait s'agir « de la plus grosse attaque du pays ».")
    assert fr(text, "quote", BANK) == {("Paul Diarra", "asserted", False)}


def test_what_it_called_is_the_words_of_the_organisation_the_sentence_named():
    # "Korvala Trust … reported what it called “unusual login activity”": "it" is the organisation the sentence
    # named before the quotation, not the incident's first (rules cyberattack-151)
    funds = incident("Korvala Super", "Korvala Trust", keywords=("Korvala Super", "Korvala Trust"))
    text = ("Korvala Trust, which looks after 2.4 million members, reported what it called “unusual login activity” "
            "across several hundred accounts.")
    assert en(text, "quote", funds) == {("Korvala Trust", "asserted", False)}


def test_the_day_a_council_votes_on_the_attack_is_no_attack_date():
    # "voted on Thursday to release $10 million for the recovery from the ransomware attack", « a voté lundi une
    # enveloppe » (rules cyberattack-152); the day the attack struck still is its date
    town = incident("Korvala City Council", keywords=("Korvala",))
    vote = ("Korvala City Council voted on Thursday to release $10 million for the recovery from the ransomware "
            "attack.")
    assert en(vote, "attack_date", town) == set()
    struck = "Korvala City Council was hit by a ransomware attack on Thursday."
    assert en(struck, "attack_date", town) == {("2025-03-20", "asserted", False)}
    vote_fr = ("Le conseil municipal de Korvala a voté lundi une enveloppe de deux millions d'euros pour réparer les "
               "dégâts de la cyberattaque.")
    assert fr(vote_fr, "attack_date", incident("Ville de Korvala", keywords=("Korvala",))) == set()


def test_unnamed_experts_who_note_or_advise_hedge_what_they_say():
    # "Experts note that Social Security numbers paired with birth dates are what criminals need to open credit in
    # someone else's name": an unnamed source noting is as hedged as one saying (rules cyberattack-153); a named one
    # is not
    noted = ("After the Korvala Super breach, experts note that Social Security numbers paired with birth dates are "
             "exactly what criminals need for identity theft.")
    assert en(noted, "risk", FUND) == {("identity_theft", "asserted", True)}
    named = ("After the Korvala Super breach, Jane Okafor notes that Social Security numbers paired with birth dates "
             "are exactly what criminals need for identity theft.")
    assert en(named, "risk", FUND) == {("identity_theft", "asserted", False)}


def test_debits_the_victims_would_not_recognise_are_the_fraud_they_are_warned_of():
    # « signaler à leur banque tout prélèvement qu'ils ne reconnaîtraient pas »: the French of "payments they do not
    # recognise", a fraud risk, asserted by the advice (rules cyberattack-154)
    advice = ("Korvala Habitat conseille à ses locataires de signaler sans tarder à leur banque tout prélèvement "
              "qu'ils ne reconnaîtraient pas après la cyberattaque.")
    assert fr(advice, "risk", HOUSING) == {("fraud", "asserted", False)}


def test_the_loot_taken_from_an_organisation_names_it_hit():
    # « décrit le butin pris à Banque Korvala : des millions de documents » (rules cyberattack-155), as « dérobé à »
    loot = "Un hebdomadaire décrit le butin pris à Banque Korvala : des millions de documents et des notes internes."
    assert fr(loot, "organization", BANK) == {("Banque Korvala", "asserted", False)}


def test_a_claim_to_have_hacked_as_a_noun_hedges_what_it_claims():
    # "To back up its claim to have hacked Korvala Super, the gang has posted samples": the noun hedges as the verb
    # "claims to have" does (rules cyberattack-156); the gang's posting is no confirmation
    claimed = "To back up its claim to have hacked Korvala Super, the gang has posted samples on its dark web blog."
    assert en(claimed, "organization", FUND) == {("Korvala Super", "asserted", True)}
    said = "Korvala Super said it had been hacked, and the gang has posted samples on its dark web blog."
    assert en(said, "organization", FUND) == {("Korvala Super", "asserted", False)}


def test_a_police_zone_is_written_as_its_local_police():
    # "Zone de police de Korvel" is « la police locale de Korvel », even with the town's council configured too
    # (rules cyberattack-157)
    zone = incident("Zone de police de Korvel", "Commune de Korvel", keywords=("Korvel",))
    text = "La police locale de Korvel a été victime d'une cyberattaque au rançongiciel."
    assert fr(text, "organization", zone) == {("Zone de police de Korvel", "asserted", False)}


def test_days_given_after_the_month_they_fall_in():
    # « le premier week-end de mars, les 8 et 9 »: the first day, in the month named before the days (rules
    # cyberattack-158); the week-end alone gives no day
    days = "Korvala Habitat a été piraté le premier week-end de mars, les 8 et 9."
    assert fr(days, "attack_date", HOUSING) == {("2025-03-08", "asserted", False)}
    assert fr("Korvala Habitat a été piraté le premier week-end de mars.", "attack_date", HOUSING) == set()


def test_a_boast_is_a_claim_whoever_boasts():
    # « Lui se vante d'avoir récupéré … », "he boasts of having taken …": the attacker told through a pronoun still
    # boasts, and a boast is a claim (D3) (rules cyberattack-159)
    boast = "Lui se vante d'avoir récupéré les données de 3 000 locataires de Korvala Habitat."
    assert fr(boast, "victim_count", HOUSING) == {(3000, "asserted", True)}
    english = "He boasts of having taken the files of 3,000 Korvala Super members."
    assert en(english, "victim_count", FUND) == {(3000, "asserted", True)}


def test_the_day_a_verb_of_finding_found_the_attack_is_no_attack_date():
    # "had picked up unauthorised activity on its portal over the weekend of 8 and 9 March", « a détecté une
    # intrusion lundi »: the day is the finding's (D21) (rules cyberattack-160); the day it came in still is dated
    found = "Korvala Super said it had picked up unauthorised activity on its portal over the weekend of 8 and 9 March."
    assert en(found, "attack_date", FUND) == set()
    came = "Korvala Super said unauthorised activity began on its portal over the weekend of 8 and 9 March."
    assert en(came, "attack_date", FUND) == {("2025-03-08", "asserted", False)}
    assert fr("Korvala Habitat a détecté une intrusion lundi dans ses serveurs.", "attack_date", HOUSING) == set()


def test_a_site_named_by_its_address_between_the_verb_and_its_speaker_is_stepped_over():
    # « », a assuré à Actu.fr Paul Diarra »: whom it was said to, written as a web address (rules cyberattack-161)
    text = "« Ni les identifiants ni les mots de passe n'ont été dérobés », a assuré à Actu.fr Paul Diarra, directeur."
    assert fr(text, "quote", BANK) == {("Paul Diarra", "asserted", False)}


def test_it_told_patients_is_the_organisation_speaking():
    # '“…,” it told patients': the organisation speaks, as with "it said" (rules cyberattack-162)
    text = ("Korvala Super says its systems are restored. “Not one piece of information left our computers,” it told "
            "members.")
    assert en(text, "quote", FUND) == {("Korvala Super", "asserted", False)}
