"""Round fifty-four (issue 9): what dev54's eight breaches showed the extractor misreading, one test each,
on sentences of our own about invented incidents (the ARCT regional agency, the Vallis armaments group, the
Brennmoor consultancy, the Halden health system, the Corvel drugmaker, the Lisière school service centre,
the Ostmark university)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


ARCT = incident("ARCT", keywords=("ARCT", "Agence régionale de cybersécurité et des territoires", "rançongiciel"))
VALLIS = incident("Défense vallisienne", keywords=("Défense", "armée vallisienne", "cyberattaque"))
BRENNMOOR = incident("Brennmoor", keywords=("Brennmoor", "LockBit", "ransomware"))
HALDEN = incident("Halden Health System", keywords=("Halden Health", "ransomware"))
CORVEL = incident("Corvel Laboratories", keywords=("Corvel", "ransomware"))
LISIERE = incident("Centre de services scolaire de la Lisière", keywords=("CSS de la Lisière", "cyberattaque"))
OSTMARK = incident("Ostmark University", keywords=("Ostmark University", "ransomware"))


def test_a_name_that_is_only_an_acronym_is_found_spelled_out_by_the_newsroom_keyword():
    text = ("Les pirates ont publié lundi des données dérobées à l'Agence régionale de cybersécurité et des "
            "territoires, dont des courriels de ses cadres.")
    assert ("ARCT", "asserted", False) in fr(text, "organization", ARCT)


def test_a_cleft_date_dates_the_attack_past_the_aside_after_it():
    text = ("C'est le lundi 10 mars, en début d'après-midi, que l'ARCT, dirigée par Anne Morel, a été frappée par "
            "une cyberattaque revendiquée par un groupe d'extorsion.")
    assert fr(text, "attack_date", ARCT) == {("2025-03-10", "asserted", False)}


def test_the_day_something_was_admitted_or_declared_is_no_attack_date():
    admitted = ("C'est dans la nuit de dimanche à lundi que l'armée vallisienne a admis avoir subi une offensive "
                "informatique de grande ampleur.")
    assert fr(admitted, "attack_date", VALLIS) == set()
    declared = ("Dans une déclaration diffusée lundi soir, le gouvernement relie l'attaque qui a frappé la Défense "
                "vallisienne à des pirates étrangers.")
    assert fr(declared, "attack_date", VALLIS) == set()


def test_the_day_the_leak_began_or_a_denial_was_made_is_no_attack_date():
    leak = "Le 10 mars, les pirates avaient commencé à divulguer des documents de l'ARCT après son refus de payer."
    assert fr(leak, "attack_date", ARCT) == set()
    dismissed = "Le 5 mars encore, le porte-parole de l'ARCT balayait l'hypothèse d'un piratage."
    assert fr(dismissed, "attack_date", ARCT) == set()


def test_business_or_clients_systems_said_untouched_deny_no_breach():
    operations = "Until then Brennmoor had said only that its operations had not been affected."
    assert ("Brennmoor", "denied", False) not in en(operations, "organization", BRENNMOOR)
    clients = "Brennmoor said its clients' systems had not been affected."
    assert ("Brennmoor", "denied", False) not in en(clients, "organization", BRENNMOOR)
    # its own systems said untouched are still a denial
    own = "Brennmoor said its systems had not been breached."
    assert ("Brennmoor", "denied", False) in en(own, "organization", BRENNMOOR)


def test_seeing_no_sign_of_being_singled_out_does_not_deny_the_ransomware():
    text = ("The system said it had been hit by the same ransomware as organisations around the world and saw no "
            "sign it had been singled out.")
    assert en(text, "attack_vector", HALDEN) == {("ransomware", "asserted", False)}


def test_tests_unavailable_at_clinics_after_the_attack_disrupt_care():
    text = ("For a second day since the cyberattack, lab tests and diagnostic imaging were unavailable at 14 of "
            "Halden Health System's community offices.")
    assert ("care", "asserted", False) in en(text, "care_impact", HALDEN)


def test_being_on_guard_against_phishing_names_a_risk_not_the_way_in():
    text = ("The university asks everyone to be on guard against phishing by e-mail, text message or social media, "
            "after the Ostmark University attack.")
    assert en(text, "risk", OSTMARK) == {("phishing", "asserted", False)}
    assert en(text, "attack_vector", OSTMARK) == set()


def test_what_it_took_to_recover_from_the_attack_presents_the_organisation_as_hit():
    french = ("Pour se relever de la cyberattaque, la Défense vallisienne a commandé des prestations supplémentaires "
              "à deux prestataires.")
    assert ("Défense vallisienne", "asserted", False) in fr(french, "organization", VALLIS)
    english = "To recover from the attack, Brennmoor ordered 3,000 hours of extra work from outside firms."
    assert ("Brennmoor", "asserted", False) in en(english, "organization", BRENNMOOR)


def test_the_prey_of_the_hackers_is_hit():
    french = ("Le Centre de services scolaire de la Lisière est loin d'être l'unique proie des pirates "
              "informatiques dans le réseau scolaire.")
    assert ("Centre de services scolaire de la Lisière", "asserted", False) in fr(french, "organization", LISIERE)
    english = "Brennmoor is far from the only prey of the LockBit gang this summer."
    assert ("Brennmoor", "asserted", False) in en(english, "organization", BRENNMOOR)


def test_the_speaker_is_found_after_an_adverb_and_ends_before_the_day():
    opening = ("« Les effets, on les voit surgir des années après », souligne d'emblée Marc Ternier, ancien "
               "responsable de la sécurité informatique du ministère.")
    assert fr(opening, "quote", LISIERE) == {("Marc Ternier", "asserted", False)}
    day = ("« Personne n'échappe aux pirates, et l'Afrique est devenue une cible », a déclaré Abdou Sarr jeudi "
           "à Dakar.")
    assert fr(day, "quote", ARCT) == {("Abdou Sarr", "asserted", False)}


def test_a_company_named_by_its_trade_speaks_for_it():
    text = ("Corvel Laboratories cannot yet say whether personal data was caught up: its investigation, the "
            "drugmaker said, “has not so far established” whether the incident touched any personal data.")
    assert en(text, "quote", CORVEL) == {("Corvel Laboratories", "asserted", False)}


def test_staff_speaking_anonymously_are_an_unnamed_source():
    text = ("Staff who spoke to the Ostmark Echo anonymously say the attack, coming on top of a hard winter, has left "
            "Ostmark University barely functioning.")
    assert en(text, "organization", OSTMARK) == {("Ostmark University", "asserted", True)}


def test_a_negation_after_the_deed_does_not_deny_the_list_the_colon_opens():
    text = ("Ostmark University told staff that data lifted from its address list had been posted on a site search "
            "engines cannot reach: first names, surnames and e-mail addresses.")
    assert en(text, "data_category", OSTMARK) == {("identity", "asserted", False), ("contact", "asserted", False)}
    # a negation before the deed still denies the list
    denial = "Ostmark University said that none of the following had been posted: bank details or passwords."
    assert ("banking", "denied", False) in en(denial, "data_category", OSTMARK)


def test_where_information_is_kept_is_no_word_of_being_found():
    text = ("Aucune donnée secrète n'a pu être dérobée, assure la Défense vallisienne, puisque ce type "
            "d'informations ne se trouve jamais sur ses systèmes reliés à Internet.")
    assert ("Défense vallisienne", "denied", False) not in fr(text, "organization", VALLIS)


def test_confirming_it_is_among_the_victims_presents_the_organisation_as_hit():
    text = "La Défense vallisienne a confirmé figurer parmi les victimes de la faille exploitée cet hiver."
    assert ("Défense vallisienne", "asserted", False) in fr(text, "organization", VALLIS)


def test_a_demand_for_money_to_restore_the_system_is_ransomware():
    text = ("Soon afterwards, office printers at Halden Health System began churning out a demand for money to "
            "restore the system, signed by a Russia-linked gang.")
    assert ("ransomware", "asserted", False) in en(text, "attack_vector", HALDEN)


def test_working_from_paper_records_disrupts_care():
    text = ("Halden Health System was still working from paper records on Friday, a day after a ransomware attack "
            "knocked out computers across its hospitals.")
    assert ("care", "asserted", False) in en(text, "care_impact", HALDEN)


def test_an_abbreviated_month_before_the_attack_dates_it():
    text = "The Nov. 13 ransomware attack is still costing Ostmark University dearly, a report to the board says."
    assert en(text, "attack_date", OSTMARK) == {("2024-11-13", "asserted", False)}


def test_the_day_the_letters_went_out_or_the_regulator_was_told_is_no_attack_date():
    letters = "Letters went out on Friday, Feb. 14, six months after the attack on Ostmark University was discovered."
    assert en(letters, "attack_date", OSTMARK) == set()
    notified = ("The watchdog was notified of the breach at Ostmark University only on 10 March, almost five months "
                "after intruders got into its systems.")
    assert en(notified, "attack_date", OSTMARK) == set()


def test_the_press_drops_what_a_lab_a_credit_union_or_a_medical_centre_is_called():
    lab = incident("Corvel Laboratories", keywords=("ransomware",))
    assert ("Corvel Laboratories", "asserted", False) in en("Corvel was hit by a ransomware attack.", "organization", lab)
    union = incident("Larkspur Credit Union", keywords=("ransomware",))
    assert ("Larkspur Credit Union", "asserted", False) in en("Larkspur was hit by a ransomware attack.", "organization",
                                                              union)
    centre = incident("Hollins Presbyterian Medical Center", keywords=("ransomware",))
    assert ("Hollins Presbyterian Medical Center", "asserted", False) in en(
        "Hollins Presbyterian was hit by a ransomware attack.", "organization", centre)


def test_the_year_a_company_was_bought_does_not_make_the_sentence_a_recap():
    text = ("Corvel Laboratories, the drug maker a private-equity fund bought in 2019, says a ransomware attack has "
            "disrupted its plants.")
    assert en(text, "attack_vector", CORVEL) == {("ransomware", "asserted", False)}


def test_the_way_in_names_the_vector_not_a_risk():
    text = "The way in was a phishing email, a documentary on the Ostmark University attack shows."
    assert en(text, "attack_vector", OSTMARK) == {("phishing", "asserted", False)}
    assert en(text, "risk", OSTMARK) == set()


def test_a_cloud_access_key_is_a_login_the_intruder_used():
    text = "The intruder got into one of Brennmoor's data stores using an old cloud access key that had never been retired."
    assert ("impersonation", "asserted", False) in en(text, "attack_vector", BRENNMOOR)


def test_what_a_class_action_filed_in_court_alleges_is_unconfirmed():
    court = ("A customer has filed a negligence class action in federal court in Dallas alleging that the breach of "
             "Brennmoor's systems left customers at significant risk of identity theft.")
    assert en(court, "risk", BRENNMOOR) == {("identity_theft", "asserted", True)}
    proposed = ("One proposed class action says the theft at Brennmoor has left customers open to identity theft for "
                "years to come.")
    assert en(proposed, "risk", BRENNMOOR) == {("identity_theft", "asserted", True)}


def test_a_relative_clause_of_seeming_hedges_only_what_it_names():
    text = ("A cyberattack that appears to be ransomware knocked out computer systems across Halden Health System, "
            "leaving doctors and nurses to chart on paper.")
    assert en(text, "attack_vector", HALDEN) == {("ransomware", "asserted", True)}
    assert en(text, "organization", HALDEN) == {("Halden Health System", "asserted", False)}


def test_no_longer_having_access_to_its_files_denies_nothing():
    text = ("La Défense vallisienne n'a plus accès à ses fichiers depuis près de deux semaines, à la merci d'un "
            "rançongiciel, a reconnu sa direction.")
    assert ("Défense vallisienne", "denied", False) not in fr(text, "organization", VALLIS)


def test_one_of_its_services_spared_does_not_deny_the_organisation():
    spared = ("Bonne nouvelle pour les clients : le site de vente en ligne de la Défense vallisienne n'a pas été "
              "touché et les commandes continuent d'être enregistrées.")
    assert ("Défense vallisienne", "denied", False) not in fr(spared, "organization", VALLIS)
    english = "Brennmoor's online booking app was not affected, the company said."
    assert ("Brennmoor", "denied", False) not in en(english, "organization", BRENNMOOR)
    # its site said hacked still presents it as hit, and the organisation itself said spared is still denied
    assert ("Défense vallisienne", "asserted", False) in fr("Le site de la Défense vallisienne a été piraté.",
                                                            "organization", VALLIS)
    assert ("Défense vallisienne", "denied", False) in fr("La Défense vallisienne n'a pas été touchée.",
                                                          "organization", VALLIS)
