"""Round seventy-five (issue 9): what dev78 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a hospital group in the Vosges, a Welsh building society, a
Lisbon identity registry, a Québec pharmacy chain)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


HOSPITALS = incident("Hôpitaux des Hautes-Vosges", keywords=("Hôpitaux des Hautes-Vosges",))
SOCIETY = incident("Cambrian Building Society", keywords=("Cambrian Building Society",))
REGISTRY = incident("Lusoid Registry", keywords=("Lusoid Registry",))
PHARMACY = incident("Pharmacies Laurentides", keywords=("Pharmacies Laurentides",))


def test_a_phrase_ending_on_a_part_is_no_exception_to_the_denial_after_it():
    # « le dossier patient, hébergé sur un serveur à part, n'a pas été atteint »: « à part » closing the aside says
    # where the files live, and the denial reaches them (rules cyberattack-459); « à part » before a noun still
    # excepts it from a denial
    apart = ("Le dossier patient informatisé des Hôpitaux des Hautes-Vosges, hébergé sur un serveur à part, n'a pas "
             "été atteint par les pirates, a indiqué la direction.")
    assert fr(apart, "data_category", HOSPITALS) == {("medical", "denied", False)}
    excepted = ("À part les dossiers médicaux, aucune donnée des Hôpitaux des Hautes-Vosges n'a été copiée, selon "
                "la direction.")
    assert ("medical", "denied", False) not in fr(excepted, "data_category", HOSPITALS)


def test_a_denial_reaches_the_organisation_across_who_says_it():
    # "the registry's database, the ministry says, suffered no breach": the subject cut from its verb by who says it
    # is what the verb denies (rules cyberattack-460); an aside that is no speaker still leaves a product's name to
    # itself
    said = "The Lusoid Registry's database, the justice ministry says, suffered no breach or leak of any kind."
    assert en(said, "organization", REGISTRY) == {("Lusoid Registry", "denied", False)}
    plain = "The Lusoid Registry's database suffered no breach or leak of any kind, the justice ministry says."
    assert en(plain, "organization", REGISTRY) == {("Lusoid Registry", "denied", False)}


def test_the_organisation_a_cleft_puts_after_its_time_finds_its_own_intrusion():
    # « C'est le 12 mars, soit une semaine avant de l'annoncer, que la société X a repéré l'intrusion »: the cleft
    # puts the day first, and the organisation after its « que » is still the one finding the intrusion into its
    # own systems (rules cyberattack-461); a cleft on someone else finding it presents nobody as hit
    cleft = ("C'est le 12 mars, soit une semaine avant de l'annoncer, que Pharmacies Laurentides a repéré "
             "l'intrusion dans son CRM.")
    assert fr(cleft, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", False)}
    english = "It was on 12 March that the Cambrian Building Society spotted the intrusion into its CRM."
    assert en(english, "organization", SOCIETY) == {("Cambrian Building Society", "asserted", False)}
    other = "C'est le 12 mars que la police a repéré l'intrusion, selon Pharmacies Laurentides."
    assert fr(other, "organization", PHARMACY) == set()


def test_customers_informed_of_the_intrusion_is_a_fact_to_check():
    # « elle dit avoir informé ses clients et ses partenaires »: telling its customers is a step the company says it
    # took, which a newsroom can check, so a sentence with no slot claim keeps it as free text (rules
    # cyberattack-462); a sentence that only advises customers still states none
    advice = "Pharmacies Laurentides conseille à ses clients de changer leur mot de passe."
    assert fr(advice, None, PHARMACY) == set()
    informed = ("Pharmacies Laurentides n'a pas précisé depuis combien de temps les pirates étaient là ; elle dit "
                "avoir informé ses clients et renforcé ses protections.")
    assert fr(informed, None, PHARMACY) == {(None, "asserted", False)}
    told = ("The Cambrian Building Society has not said how long the intruders were there; it says it has informed "
            "its customers and added new safeguards.")
    assert en(told, None, SOCIETY) == {(None, "asserted", False)}


def test_advice_after_a_comma_and_while_leaves_the_denial_before_it_standing():
    # "No card data had been touched, she added, while the society urged members to pick a new password": the
    # advice after ", while" is a clause of its own, and the denial before it is still read (rules cyberattack-463);
    # a sentence that only advises still gives no data claim
    denial = ("No credit card data had been touched, she added, while the Cambrian Building Society urged members to choose "
              "a fresh password they use nowhere else.")
    assert en(denial, "data_category", SOCIETY) == {("banking", "denied", False)}
    advice = "The Cambrian Building Society urged members to change the password they use for their card data."
    assert en(advice, "data_category", SOCIETY) == set()


def test_the_speaker_after_a_datelines_dash_is_the_organisation_named_in_full():
    # "LISBON, Monday (Reuters) — The University of Lusoda said …": the dateline and the agency before the dash are
    # no part of who speaks, and "The X of Y" configured as the organisation is that organisation, not a person "The
    # X" at a place (rules cyberattack-464)
    university = incident("University of Lusoda", keywords=("University of Lusoda",))
    dateline = ("LISBON, Monday (Reuters) — The University of Lusoda said it had called in the police after a data "
                "breach affecting “select information systems” was used to send offensive e-mails to alumni.")
    assert en(dateline, "quote", university) == {("University of Lusoda", "asserted", False)}


def test_the_attackers_own_telling_of_what_they_took_hedges_it():
    # "The stolen material, as the hackers describe it, takes in names …": what was taken is the attackers' account,
    # hedged as "the hackers say" would hedge it (rules cyberattack-465); the same list stated plainly is asserted
    told = ("The stolen material, as the hackers describe it, takes in names, dates of birth and home addresses of "
            "Cambrian Building Society members.")
    assert en(told, "data_category", SOCIETY) == {("identity", "asserted", True), ("contact", "asserted", True)}
    plain = ("The stolen material takes in names, dates of birth and home addresses of Cambrian Building Society "
             "members, the society said.")
    assert en(plain, "data_category", SOCIETY) == {("identity", "asserted", False), ("contact", "asserted", False)}
    french = ("À en croire les pirates, le butin comprend les noms et les numéros de téléphone des clients de "
              "Pharmacies Laurentides.")
    assert fr(french, "data_category", PHARMACY) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_a_sentence_served_for_fraud_names_no_risk_to_the_victims():
    # "deported after serving 28 months for fraud and drug offences": someone's criminal record names no fraud the
    # people in the files may suffer (rules cyberattack-466); fraud they are warned of still is one
    record = ("The man holding the Lusoid Registry files had been deported after serving 28 months for fraud and "
              "drug offences, the ministry said.")
    assert en(record, "risk", REGISTRY) == set()
    warned = "The Lusoid Registry warned that people in the stolen files could be targeted for fraud."
    assert en(warned, "risk", REGISTRY) == {("fraud", "asserted", False)}
    french = ("L'homme qui détient les fichiers de Pharmacies Laurentides avait été condamné pour fraude en 2019, "
              "selon la police.")
    assert fr(french, "risk", PHARMACY) == set()


def test_the_year_the_stolen_files_are_dated_from_is_no_earlier_incident():
    # « des mots de passe chiffrés, parfois datés de 2024 »: the year the documents bear dates them, not the
    # intrusion, so the sentence is still news of this incident (rules cyberattack-467); an intrusion dated to
    # that year still belongs to an earlier one
    dated = ("Un pirate a pénétré l'un des anciens serveurs de Pharmacies Laurentides et y a subtilisé des mots de "
             "passe chiffrés, parfois datés de 2024, a reconnu l'entreprise.")
    assert fr(dated, "data_category", PHARMACY) == {("credentials", "asserted", False)}
    english = ("An intruder got into an old server of the Cambrian Building Society and took encrypted passwords, "
               "some dating from 2024, the society admitted.")
    assert en(english, "data_category", SOCIETY) == {("credentials", "asserted", False)}
    earlier = ("En 2024, un pirate avait déjà pénétré l'un des serveurs de Pharmacies Laurentides et y avait "
               "subtilisé des mots de passe chiffrés.")
    assert fr(earlier, "data_category", PHARMACY) == set()


def test_an_organisation_added_to_a_leak_site_past_its_apposition_is_no_speaker():
    # "added Mediclinic, the South African private hospital group, to the leak site it runs": the verb before the name
    # takes it as its object, which the preposition after the apposition shows, so it is the one put on the site,
    # not an inverted speaker of "added" (rules cyberattack-468); "…, said X, the …" still makes X a speaker
    # (hedged since cyberattack-504: the listing is the gang's claim, D3)
    added = ("The Vortex extortion gang added Pharmacies Laurentides, the Québec pharmacy chain, to the leak site it "
             "runs on the dark web.")
    assert en(added, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", True)}
    said = ("Nothing suggests customer files were taken, said Pharmacies Laurentides, the Québec pharmacy chain, in a "
            "statement.")
    assert ("Pharmacies Laurentides", "asserted", False) not in en(said, "organization", PHARMACY)


def test_a_one_word_name_written_in_capitals_is_the_configured_organisation():
    # "Ransomware has knocked out the ASKUL website": the brand in capitals is the organisation configured as
    # "Askul" (rules cyberattack-469); a short one-word name keeps its case, "FREE" in a headline being a word
    brand = incident("Lunexa", keywords=("Lunexa",))
    assert en("Ransomware has knocked out the LUNEXA website, the company said.", "organization", brand) == \
        {("Lunexa", "asserted", False)}
    short = incident("Free", keywords=("Free",))
    assert en("Ransomware has knocked out the FREE website, the company said.", "organization", short) == set()
    # (rules cyberattack-479: only a name configured with a capital; one configured in lower case keeps the reading
    # of cyberattack-441, its capitals in a headline unread)
    lower = incident("lunexa", keywords=("lunexa",))
    assert en("Ransomware has knocked out the LUNEXA website, the company said.", "organization", lower) == set()


def test_the_year_a_flaw_was_catalogued_dates_no_earlier_incident():
    # « par une faille répertoriée en 2021 », "through a flaw patched in 2022": the year is the flaw's history, and
    # the intrusion through it is still this incident's news (rules cyberattack-470); an intrusion of that year is
    # still an earlier one
    flaw = ("Selon les enquêteurs, les pirates seraient entrés chez Pharmacies Laurentides par une faille répertoriée "
            "en 2021.")
    assert fr(flaw, "attack_vector", PHARMACY) == {("vulnerability", "asserted", True)}
    english = ("Investigators say the hackers got into the Cambrian Building Society through a flaw patched in 2022 "
               "that it had never fixed.")
    assert en(english, "attack_vector", SOCIETY) == {("vulnerability", "asserted", True)}
    earlier = "En 2021, des pirates étaient entrés chez Pharmacies Laurentides par une faille."
    assert fr(earlier, "attack_vector", PHARMACY) == set()


def test_a_verb_inside_a_noun_apposition_is_not_the_organisations_own():
    # "Pharmacies Laurentides, la chaîne qui assure chaque jour la délivrance de médicaments à quelque 21 000
    # patients de la région, a reconnu lundi qu'un intrus avait copié le fichier des clients": « assure » belongs to
    # the apposition, and the verb after it tells the intrusion the company owns up to (rules cyberattack-471)
    long = ("Pharmacies Laurentides, la chaîne qui assure chaque jour la délivrance de médicaments à quelque 21 000 "
            "patients de la région, a reconnu lundi qu'un intrus avait copié le fichier des clients.")
    assert fr(long, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", False)}


def test_the_infinitive_get_into_is_an_entry_the_organisation_reports_of_itself():
    # "says an outsider used a contractor's account to get into its platform and look at the personal information
    # of … members": getting in, said in the infinitive after the means, is the intrusion the organisation reports
    # of its own systems (rules cyberattack-472); attempts "to get into" a system say nobody got in, and stay no claim
    report = ("The Cambrian Building Society, the country's fourth-largest mutual lender, says an outsider used a "
              "contractor's account to get into its mortgage platform and look at the personal information of what "
              "it describes only as a limited number of members.")
    assert en(report, "organization", SOCIETY) == {("Cambrian Building Society", "asserted", False)}
    attempts = ("Around 15,000 attempts to get into the Cambrian Building Society's systems are made every day, its "
                "security chief said.")
    assert en(attempts, "organization", SOCIETY) == set()


def test_an_explainers_heading_closed_by_a_colon_keeps_the_news_after_it():
    # « Ce que l'on sait, à ce stade : le rançongiciel a frappé … le 12 mars »: the heading is furniture, but the
    # statement after its colon is news (rules cyberattack-473); the heading alone still states nothing
    told = ("Ce que l'on sait, à ce stade : le rançongiciel a frappé Pharmacies Laurentides le 12 mars ; la police "
            "l'a rendu public le 14.")
    assert fr(told, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", False)}
    assert fr(told, "attack_vector", PHARMACY) == {("ransomware", "asserted", False)}
    heading = "Cyberattaque chez Pharmacies Laurentides : ce que l'on sait."
    assert fr(heading, "organization", PHARMACY) == set()
    # (rules cyberattack-474: the same in English, where what hit it is no attacker but the organisation is named)
    english = "What we know so far: ransomware hit the Cambrian Building Society on Monday."
    assert en(english, "organization", SOCIETY) == {("Cambrian Building Society", "asserted", False)}
    assert en("Cyberattack at the Cambrian Building Society: what we know.", "organization", SOCIETY) == set()


def test_the_organisation_that_held_the_data_taken_is_the_one_breached():
    # « Des pirates ont mis la main sur les ordonnances que conservait Pharmacies Laurentides »: what was taken was
    # its own files, told by a relative clause of holding, so it is the organisation breached (rules
    # cyberattack-475); files it merely received from someone else's breach say nothing of it
    held = ("Des pirates ont mis la main sur les ordonnances que conservait Pharmacies Laurentides, a confirmé la "
            "police mardi.")
    assert fr(held, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", False)}
    english = "Hackers stole mortgage files that were held by the Cambrian Building Society, police said."
    assert en(english, "organization", SOCIETY) == {("Cambrian Building Society", "asserted", False)}
    received = "Pharmacies Laurentides a reçu les ordonnances que conservait un autre réseau."
    assert fr(received, "organization", PHARMACY) == set()


def test_a_reader_told_to_pick_a_password_is_advice_that_states_nothing():
    # "Keeping your account safe: pick a password you use nowhere else, switch on two-step verification and never
    # hand your login to other sites": advice, whose "never" denies no data (rules cyberattack-476); a statement
    # that no login was taken still denies credentials
    advice = ("Keeping your savings account safe: pick a password you use nowhere else, switch on two-step "
              "verification and never hand your login to sites that track your spending.")
    assert en(advice, "data_category", SOCIETY) == set()
    stated = "No member's login was taken in the Cambrian Building Society breach, the society said."
    assert en(stated, "data_category", SOCIETY) == {("credentials", "denied", False)}


def test_a_seller_who_signs_with_a_name_speaks_under_it_and_claims_the_file():
    # « un vendeur qui signe Ombre44 propose un fichier qu'il attribue à X … écrit-il »: the pronoun speaker is the
    # name the seller signs with (rules cyberattack-477), and the file it attributes to the organisation is its
    # claim that the organisation's data were taken (rules cyberattack-478); a file attributed to no one claims nothing
    seller = ("Sur un forum de revente, un vendeur qui signe Ombre44 propose depuis jeudi un fichier qu'il attribue à "
              "Pharmacies Laurentides et qui porterait, écrit-il, sur « plus de 31 000 clients ».")
    assert fr(seller, "quote", PHARMACY) == {("Ombre44", "asserted", False)}
    assert fr(seller, "organization", PHARMACY) == {("Pharmacies Laurentides", "asserted", True)}
    nobody = ("Sur un forum de revente, un vendeur qui signe Ombre44 propose depuis jeudi un fichier de clients, "
              "selon Pharmacies Laurentides.")
    assert fr(nobody, "organization", PHARMACY) == set()
