"""Round fifty-six (issue 9): what dev55's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (the Harwick constabulary's card supplier, the Alder Trust)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


HARWICK = incident("Harwick Police", keywords=("Harwick Police", "ransomware"))
VERNES = incident("Vernes", keywords=("Vernes", "mairie de Vernes", "cyberattaque"))
ALDER = incident("Corvane Dialling", "Alder Hill Foundation", keywords=("Corvane Dialling", "LockBit", "donors"))


def test_a_speaker_whose_surname_has_a_capital_inside_keeps_it_and_loses_the_rank_before_it():
    text = ("Assistant Chief Constable Colin McFarlane said the force was aware of a ransomware attack on a supplier. "
            "“We take the security of our data extremely seriously,” he said.")
    assert en(text, "quote", HARWICK) == {("Colin McFarlane", "asserted", False)}
    irish = ("Superintendent Aoife O'Neil said staff details had been taken from the supplier. “We have told every "
             "officer affected,” she said.")
    assert en(irish, "quote", HARWICK) == {("Aoife O'Neil", "asserted", False)}


def test_the_foundation_that_speaks_is_the_one_named_before():
    text = ("The Alder Hill Foundation put the number of its donors affected at 1,700. “We had no idea our "
            "supporters' details were still being held,” the foundation said.")
    assert ("Alder Hill Foundation", "asserted", False) in en(text, "quote", ALDER)


def test_a_lawsuit_or_an_inquiry_is_no_speaker_even_named_with_its_article():
    # what a suit or the first findings say is the plaintiff's or the investigators' word; naming "the lawsuit"
    # or « les premières investigations » as the speaker would put a document among the voices on the overview
    suit = ("Two claims have been lodged against Harwick Police; the lawsuit, filed on 2 May by records clerk Dana "
            "Obi, says intruders got into the force's “poorly guarded network”.")
    assert en(suit, "quote", HARWICK) == set()
    inquiry = ("D'après les premières investigations, tout serait parti d'un courriel piégé ouvert « entre midi et "
               "deux » sur un poste de la mairie de Vernes.")
    assert fr(inquiry, "quote", VERNES) == set()


def test_the_year_people_gave_in_does_not_date_another_incident():
    # a year inside a relative clause on the people whose records were taken says when they gave or consulted,
    # not when anything was hit: the sentence stays about this incident (a year that dates an event still
    # sends the sentence to another incident)
    text = ("The Alder Hill Foundation said 1,900 of its donors, people who gave in 2019 and 2020, had been caught "
            "up, their names and phone numbers exposed, though no card details were involved.")
    assert en(text, "data_category", ALDER) == {
        ("identity", "asserted", False), ("contact", "asserted", False), ("banking", "denied", False)}
    earlier = "In 2019 Corvane Dialling lost the names and phone numbers of its donors in another breach."
    assert en(earlier, "data_category", ALDER) == set()


def test_an_attack_that_spared_its_network_denies_the_organisation():
    # a word of sparing said of an organisation's systems is a denial that it was hit, as "not touched" is;
    # the supplier where the intrusion happened stays hit (rules cyberattack-80)
    where = incident("Ville de Vernes", "Sirenne Informatique", keywords=("Vernes", "Sirenne"))
    for text in ("L'intrusion chez Sirenne Informatique a épargné le réseau informatique de la Ville de Vernes, "
                 "insiste la commune.",
                 "Le réseau informatique de la Ville de Vernes a été épargné par l'intrusion chez Sirenne Informatique."):
        assert fr(text, "organization", where) == {
            ("Ville de Vernes", "denied", False), ("Sirenne Informatique", "asserted", False)}
    council = incident("Harwick Council", "Corvane Dialling", keywords=("Harwick Council", "Corvane"))
    text = "The intrusion at Corvane Dialling spared the Harwick Council network, the council insists."
    assert en(text, "organization", council) == {
        ("Harwick Council", "denied", False), ("Corvane Dialling", "asserted", False)}


def test_phishing_after_which_data_was_taken_is_the_way_in_even_past_a_word_of_risk():
    # « à la suite d'une campagne d'hameçonnage » says how the data came to be taken; the « susceptibles »
    # earlier in the clause hedges nothing about phishing being a risk to come (rules cyberattack-81)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = ("La Ville de Vernes a reconnu jeudi que les données de ses usagers étaient susceptibles d'avoir été "
            "copiées à la suite d'une campagne d'hameçonnage visant ses agents.")
    assert fr(text, "attack_vector", vernes) == {("phishing", "asserted", False)}
    assert fr(text, "risk", vernes) == set()
    # what the data could serve for stays a risk
    later = "La Ville de Vernes prévient que les données copiées pourraient servir à des campagnes d'hameçonnage."
    assert fr(later, "risk", vernes) == {("phishing", "asserted", False)}
    council = incident("Harwick Council", keywords=("Harwick Council",))
    warned = "Harwick Council warns that the stolen details could be put to use in identity theft and phishing attacks."
    assert en(warned, "attack_vector", council) == set()


def test_a_negated_complement_of_a_participle_denies_nothing_before_it():
    # "…, linked to no other detail" qualifies the records just named; the figure of the people hit, earlier in
    # the sentence, is still asserted (rules cyberattack-82)
    credit = incident("Harwick Credit", keywords=("Harwick Credit",))
    text = ("Harwick Credit now says the data of up to two million people was caught up in the intrusion, plus "
            "another 400,000 whose account numbers alone were exposed, linked to no other detail.")
    assert en(text, "victim_count", credit) == {(2000000, "asserted", False)}
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = ("La Ville de Vernes indique que les données de 12 000 usagers ont été copiées lors de l'intrusion, ainsi "
            "que 3 000 numéros de compteur isolés, rattachés à aucune autre donnée.")
    assert fr(text, "victim_count", vernes) == {(12000, "asserted", False)}


def test_a_town_configured_with_an_elided_de_is_named_by_its_own_name():
    # "Ville d'Aubrac-sur-Lot" with the keyword "Aubrac-sur-Lot": the bare town name stands for the council,
    # as it does for "Ville de Montmagny"; where it is the place ("les habitants d'…") it names no one hit
    # (rules cyberattack-83)
    town = incident("Ville d'Aubrac-sur-Lot", keywords=("Aubrac-sur-Lot", "cyberattaque"))
    hit = "La cyberattaque qui a frappé Aubrac-sur-Lot lundi a paralysé l'état civil."
    assert fr(hit, "organization", town) == {("Ville d'Aubrac-sur-Lot", "asserted", False)}
    place = "Les habitants d'Aubrac-sur-Lot ne peuvent plus payer la cantine en ligne depuis la cyberattaque."
    assert fr(place, "organization", town) == set()


def test_intruders_who_came_in_carrying_an_agents_login_impersonated_him():
    # « munis de l'identifiant et du mot de passe d'un agent » is the means of getting in, as « avec » is (D9,
    # D27: getting in with someone's login is impersonation) (rules cyberattack-84)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = ("C'est par l'accès VPN des agents en télétravail que les pirates sont entrés dans le réseau de la Ville "
            "de Vernes, munis de l'identifiant et du mot de passe d'un agent.")
    assert ("impersonation", "asserted", False) in fr(text, "attack_vector", vernes)


def test_the_intrusion_at_an_organisation_written_with_au_names_it_hit():
    # « l'intrusion au SPW » as « l'intrusion dans »/« chez » (rules cyberattack-85)
    service = incident("Service public de Vernes", keywords=("Service public de Vernes", "SPV"))
    text = "Selon la RTBF, des acteurs étrangers se cacheraient derrière l'intrusion au SPV, ce que personne n'a confirmé."
    assert fr(text, "organization", service) == {("Service public de Vernes", "asserted", True)}


def test_an_organisation_that_confirms_its_people_were_in_the_stolen_files_was_hit():
    # D10: its donors' details among the files taken is its own breach, which it confirms (rules cyberattack-86)
    for text in ("The Alder Hill Foundation has confirmed that information about its donors was among the files "
                 "published on the dark web.",
                 "The Alder Hill Foundation has confirmed that its donors' details were among the stolen files."):
        assert en(text, "organization", ALDER) == {("Alder Hill Foundation", "asserted", False)}
    # what it only promises to do says nothing of a breach
    other = "The Alder Hill Foundation has confirmed that it will write to every donor this week."
    assert en(other, "organization", ALDER) == set()


def test_what_the_hackers_had_also_obtained_is_the_company_s_word_not_theirs():
    # "adding that the hackers had also obtained passwords": the hackers are the subject of the taking, past an
    # auxiliary and an adverb; the company says it, so nothing is hedged as an attackers' claim (rules
    # cyberattack-87)
    text = ("Corvane Dialling said donors' e-mail addresses were accessed, adding that the hackers had also obtained "
            "passwords.")
    assert en(text, "data_category", ALDER) == {("contact", "asserted", False), ("credentials", "asserted", False)}
    # the hackers who say it are still heard as claiming it
    boast = "The hackers said they had also obtained passwords of Corvane Dialling donors."
    assert ("credentials", "asserted", True) in en(boast, "data_category", ALDER)


def test_a_list_opened_by_including_after_a_reporting_aside_stays_hedged():
    # "may have been stolen, it said on Monday, including names …": the list is what the hedged statement holds,
    # past the aside (rules cyberattack-88)
    text = ("The personal information of about 2,000 donors may have been stolen, Corvane Dialling said on Monday, "
            "including names, home addresses and phone numbers.")
    assert en(text, "data_category", ALDER) == {("identity", "asserted", True), ("contact", "asserted", True)}
    # an asserted statement keeps its list asserted
    plain = ("The personal information of about 2,000 donors was stolen, Corvane Dialling said on Monday, "
             "including names and home addresses.")
    assert en(plain, "data_category", ALDER) == {("identity", "asserted", False), ("contact", "asserted", False)}


def test_experts_named_after_adding_that_are_not_the_source_of_the_sentence():
    # ", adding that outside experts were helping": the experts are the subject of what the company adds, not an
    # unnamed source speaking the sentence (D2 reads "…, say experts") (rules cyberattack-89)
    text = ("“We have taken most of our systems offline as a precaution,” a Corvane Dialling spokeswoman said after "
            "the cyberattack, adding that outside experts were helping the company work out the damage.")
    assert en(text, "organization", ALDER) == {("Corvane Dialling", "asserted", False)}
    inverted = "Corvane Dialling's systems were hit by ransomware, say experts who have studied the attack."
    assert en(inverted, "organization", ALDER) == {("Corvane Dialling", "asserted", True)}


def test_a_message_on_the_screens_is_no_speaker():
    # a ransom note quoted in part speaks for no one the overview can name (rules cyberattack-90)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = ("Sur les écrans des serveurs chiffrés, un message rédigé en anglais invitait la mairie de Vernes à "
            "prendre contact pour « négocier la restitution » de ses fichiers.")
    assert ("message", "asserted", False) not in fr(text, "quote", vernes)


def test_the_day_a_town_reported_a_leak_or_its_letters_went_out_is_no_attack_date():
    # « a fait état jeudi » dates the announcement; « les lettres ont commencé à partir la semaine du 12
    # octobre » dates the mailing (rules cyberattack-91)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    told = ("La Ville de Vernes a fait état jeudi d'une possible fuite de données touchant les clients de son service "
            "des eaux.")
    assert fr(told, "attack_date", vernes) == set()
    letters = ("Les lettres ont commencé à partir la semaine du 12 mars : les usagers dont les données auraient pu être "
               "copiées lors de l'intrusion qui a visé la Ville de Vernes y trouvent la marche à suivre.")
    assert fr(letters, "attack_date", vernes) == set()


def test_the_phishing_that_targeted_an_organisation_is_how_it_was_attacked():
    # « l'hameçonnage qui a visé la Ville » names the attack by its means, as "the phishing attack" does; no risk
    # to come (rules cyberattack-92)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = "L'enquête sur l'hameçonnage qui a visé la Ville de Vernes en mars est confiée à la gendarmerie."
    assert {c[0] for c in fr(text, "attack_vector", vernes)} == {"phishing"}
    assert fr(text, "risk", vernes) == set()


def test_a_federation_that_saw_its_members_files_leak_was_hit():
    # « voir fuiter les fichiers de ses licenciés », even as « pas la seule fédération à »: it was hit, and others
    # with it (rules cyberattack-93)
    fed = incident("Fédération de voile de Vernes", "FVV", keywords=("FVV",))
    for text in ("La FVV a vu fuiter les fichiers de ses licenciés.",
                 "La FVV n'est pas la seule fédération à voir fuiter les fichiers de ses licenciés."):
        assert fr(text, "organization", fed) == {("FVV", "asserted", False)}
    # what leaked of someone else's is not its own
    assert fr("La FVV a vu fuiter des données d'une autre fédération.", "organization", fed) == set()


def test_a_relative_that_says_something_ends_the_attackers_claim():
    # "…documents it says came from the charity, which now says that no card numbers were in the files": the
    # gang's claim stops where the charity's own word begins; the denial is not hedged (rules cyberattack-94)
    text = ("The LockBit gang listed Corvane Dialling on its leak site and published documents it says came from the "
            "firm, which now says that no donor card numbers were in the affected files.")
    assert en(text, "data_category", ALDER) == {("banking", "denied", False)}


def test_commentators_are_an_unnamed_source():
    # "Security commentators say …", « des commentateurs estiment … »: no one the reader can check, so the risk
    # they name is hedged, as "experts say" is (D2) (rules cyberattack-95)
    text = "Security commentators say Corvane Dialling donors should expect scams built on whatever the attackers took."
    assert en(text, "risk", ALDER) == {("fraud", "asserted", True)}


def test_what_the_organisation_itself_called_a_breach_is_its_attack():
    # "has closed its campuses after what it called a “significant IT breach”": its own word for the attack, in
    # its own quoted words, is still the attack it closed them after (D37) (rules cyberattack-96)
    college = incident("Harwick Technological University", keywords=("Harwick Technological University",))
    for text in ("Harwick Technological University has closed its four campuses after what it called a “significant "
                 "IT breach” and a telephone outage.",
                 "Harwick Technological University has closed its campuses after what it described as a cyber incident."):
        assert en(text, "organization", college) == {("Harwick Technological University", "asserted", False)}


def test_what_the_attack_hit_and_when_is_not_denied_by_what_stopped_since():
    # « ne produit plus … depuis la cyberattaque qui a frappé ses serveurs le jeudi 27 février »: the negation says
    # what stopped; the relative tells what the attack hit and when, asserted (rules cyberattack-97)
    vernes = incident("Ville de Vernes", keywords=("Vernes",))
    text = ("À Vernes, l'usine des eaux ne produit plus un seul litre depuis la cyberattaque qui a frappé les serveurs "
            "de la Ville de Vernes, le jeudi 27 février.")
    assert fr(text, "attack_date", vernes) == {("2025-02-27", "asserted", False)}
    # with no negation before it, the attack and its date stay one clause
    plain = "La cyberattaque qui a paralysé le réseau de la Ville de Vernes le 18 février venait de Russie."
    assert fr(plain, "attack_date", vernes) == {("2025-02-18", "asserted", False)}
