"""Round fifty-eight (issue 9): what dev57's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a snack chain, a builder, a water board)."""

from __future__ import annotations

from claims.extraction.sentences import split_sentences
from tests.claims.helpers import en, fr, round_incident as incident


SNACKS = incident("Crunch! Holdings", keywords=("Crunch! Holdings", "Crunch", "ransomware"))


def test_a_configured_name_holding_an_exclamation_mark_is_not_cut_into_two_sentences():
    # "Crunch! Holdings said …": the mark belongs to the name the newsroom configured, so the sentence goes on and
    # the organisation is read as hit (rules cyberattack-115); without the name, the splitter cuts as before
    text = ("DENVER — Crunch! Holdings, owner of three burger chains, said on Friday that ransomware had struck some "
            "of its systems and that 200 of its outlets stayed shut for a day.")
    assert en(text, "organization", SNACKS) == {("Crunch! Holdings", "asserted", False)}
    assert len(split_sentences(text, ("Crunch! Holdings",))) == 1
    assert len(split_sentences(text)) == 2
    # a real exclamation after the name still ends the sentence
    assert len(split_sentences("It was a mess! The attackers left a note.", ("Crunch! Holdings",))) == 2


def test_a_brand_name_is_shortened_without_its_mark_and_without_brands():
    # "a Crunch spokesperson" speaks for "Crunch! Holdings" (the short form drops the brand's mark), and "a Zest
    # spokesperson" for "Zest Brands" (a generic word, like Holdings or Foods) (rules cyberattack-116)
    quote = ("“Our forensic work showed that details of some of our employees were laid bare when our systems were "
             "attacked in March,” a {} spokesperson said in an email.")
    assert en(quote.format("Crunch"), "quote", SNACKS) == {("Crunch! Holdings", "asserted", False)}
    assert en(quote.format("Crunch"), "organization", SNACKS) == {("Crunch! Holdings", "asserted", False)}
    zest = incident("Zest Brands", keywords=("Zest Brands",))
    assert en(quote.format("Zest"), "quote", zest) == {("Zest Brands", "asserted", False)}


KORVEX = incident("Korvex Industries", keywords=("Korvex Industries", "Korvex"))


def test_not_until_sets_a_later_time_against_the_attack_and_denies_neither():
    # "it was not until 1 February, more than a week after the intruders entered its servers on 21 January, that
    # news of the attack … came out": the entry on 21 January is asserted (rules cyberattack-117)
    text = ("The company went to the police at once, yet it was not until 1 February, more than a week after the "
            "intruders entered its servers on 21 January, that news of the attack on Korvex Industries reached the "
            "newspapers.")
    assert en(text, "attack_date", KORVEX) == {("2025-01-21", "asserted", False)}
    assert en("Korvex Industries said no intruder entered its servers on 21 January.", "attack_date", KORVEX) == \
        {("2025-01-21", "denied", False)}


def test_an_attacker_not_identified_denies_nothing_of_what_he_did():
    # « un pirate toujours non identifié aurait soutiré … en tirant parti d'une faille »: the flaw is the way in,
    # hedged by the conditional, not denied (rules cyberattack-118)
    text = ("Un pirate toujours non identifié aurait soutiré près de 3 milliards de francs CFA en tirant parti d'une "
            "faille dans la chaîne de paiement de Korvex.")
    assert fr(text, "attack_vector", KORVEX) == {("vulnerability", "asserted", True)}
    assert fr("Aucune faille n'a été exploitée chez Korvex.", "attack_vector", KORVEX) == \
        {("vulnerability", "denied", False)}


def test_a_speaker_after_a_time_and_an_aside_past_the_reporting_verb():
    # « », a tranché mercredi soir, devant le comité syndical, la présidente de la régie, Sylvie Marchand »: the time
    # and then the aside are stepped over to the speaker (rules cyberattack-119)
    text = ("« Nous ne discuterons pas avec des malfaiteurs », a tranché mercredi soir, devant le comité syndical, la "
            "présidente de la régie, Sylvie Marchand.")
    assert fr(text, "quote", KORVEX) == {("Sylvie Marchand", "asserted", False)}
    aside = "« Nous ne paierons pas », a déclaré jeudi, devant les élus, Sylvie Marchand."
    assert fr(aside, "quote", KORVEX) == {("Sylvie Marchand", "asserted", False)}


def test_agencies_and_meters_counted_are_neither_victims_nor_accounts():
    # "More than 14 government agencies sent people …" counts bodies, « 650 000 compteurs » meters: no victim count
    # and no accounts (« compte* » no longer reaches « compteurs ») (rules cyberattack-120)
    agencies = ("More than 14 government agencies sent people to work out how much had been taken in the intrusion at "
                "Korvex Industries.")
    assert en(agencies, "victim_count", KORVEX) == set()
    meters = ("Korvex, qui a posé quelque 650 000 compteurs à prépaiement dans le pays, a vu la cyberattaque priver "
              "des foyers d'électricité.")
    assert fr(meters, "accounts_compromised", KORVEX) == set()
    assert fr(meters, "victim_count", KORVEX) == set()
    people = "Les données de 14 000 abonnés de Korvex ont été dérobées."
    assert fr(people, "victim_count", KORVEX) == {(14000, "asserted", False)}


def test_the_day_an_attack_was_picked_up_is_no_attack_date():
    # "The attack, picked up on Saturday morning, …": the day it was found (D21) (rules cyberattack-121)
    text = "The attack, picked up on Saturday morning, forced Korvex Industries to suspend access to its IT systems."
    assert en(text, "attack_date", KORVEX) == set()
    assert en("The attack on Korvex Industries began on Saturday morning.", "attack_date", KORVEX) == \
        {("2025-03-15", "asserted", False)}


def test_a_builder_is_named_by_its_founder_word_without_construction():
    # "Korvale Construction" is "Korvale" in the press, as "Bird Construction" is "Bird" (rules cyberattack-122)
    builder = incident("Korvale Construction", keywords=("Korvale Construction", "Maze"))
    assert en("Korvale said hackers got into its network.", "organization", builder) == \
        {("Korvale Construction", "asserted", False)}
    assert en("The Maze gang listed Korvale on its leak site.", "organization", builder) == \
        {("Korvale Construction", "asserted", True)}


def test_a_day_something_was_still_the_case_is_no_attack_date():
    # « lundi matin, la demande des pirates s'affichait encore sur les écrans », "was still working on paper on
    # Tuesday": a state that went on, not the day of the attack (rules cyberattack-123)
    text = ("Dans la nuit de samedi à dimanche, un rançongiciel a chiffré les serveurs de Korvex ; lundi matin, la "
            "demande des pirates s'affichait encore sur les écrans de l'accueil.")
    assert fr(text, "attack_date", KORVEX) == {("2025-03-15", "asserted", False)}
    still = "Korvex Industries was still working on paper on Tuesday after the ransomware attack."
    assert en(still, "attack_date", KORVEX) == set()


def test_a_quoted_title_is_nobodys_words():
    # « au titre laconique de « Reprise progressive des services » », "a notice headlined “…”": what a notice is
    # called, no quotation (rules cyberattack-124); the notice's own words, given to it, still are
    title = ("Le communiqué mis en ligne le 31 janvier, au titre laconique de « Reprise progressive des services "
             "prépayés », avait de quoi dérouter.")
    assert fr(title, "quote", KORVEX) == set()
    assert en("Korvex Industries posted a notice headlined “Update on our systems today” on its website.", "quote",
              KORVEX) == set()
    assert fr("« Nous reprenons progressivement les services », a écrit Korvex.", "quote", KORVEX) == \
        {("Korvex Industries", "asserted", False)}


def test_advice_joined_by_and_after_what_was_taken_leaves_the_statement_read():
    # « … les coordonnées dérobées pourraient servir à des courriels d'hameçonnage et invite ses clients à la
    # prudence »: the advice after "et invite" is set aside, what was taken before it is read (rules cyberattack-125)
    text = ("Korvex prévient que les coordonnées dérobées pourraient servir à des courriels d'hameçonnage et invite "
            "ses clients à la prudence.")
    assert fr(text, "data_category", KORVEX) == {("contact", "asserted", False)}
    assert fr(text, "risk", KORVEX) == {("phishing", "asserted", False)}


def test_patient_sheets_the_nature_of_tests_and_files_lying_about_online_are_medical_data_taken():
    # « certaines fiches de patients », « la nature des analyses réalisées », « les patients et leurs maladies » are
    # medical; files that « traînent sur Internet » are out (rules cyberattack-126)
    for what in ("des fiches de patients", "la nature des analyses réalisées",
                 "des informations sur les patients et leurs maladies"):
        assert fr(f"Les pirates ont dérobé {what} chez Korvex.", "data_category", KORVEX) == \
            {("medical", "asserted", False)}, what
    lying = "Des dossiers médicaux sortis de chez Korvex traînent sur Internet."
    assert fr(lying, "data_category", KORVEX) == {("medical", "asserted", False)}
    # a laboratory's kind of business is no data
    assert fr("Korvex, réseau de laboratoires d'analyses, a été piraté.", "data_category", KORVEX) == set()


def test_identity_support_offered_and_names_a_fraudster_quotes_are_no_data_taken():
    # "identity support from IDCARE", "identity restoration" are services offered; « des messages qui citent leur
    # nom » are what a fraudster's message quotes (rules cyberattack-127)
    offer = "Korvex Industries is paying for identity support and identity restoration for those whose files leaked."
    assert en(offer, "data_category", KORVEX) == set()
    bait = "Les clients de Korvex risquent d'être piégés par des messages qui citent leur nom."
    assert fr(bait, "data_category", KORVEX) == set()
    assert en("Korvex Industries said names and identity documents were stolen.", "data_category", KORVEX) == \
        {("identity", "asserted", False)}


def test_a_speaker_after_the_network_posted_on_or_named_after_an_office_introducing_the_quote():
    # « », a réagi sur X le chercheur Clément Domingo » (X, the network, is no speaker) and « pour le porte-parole
    # du département d'État, Ned Price, « … » » (the name in apposition speaks) (rules cyberattack-128)
    posted = ("« On a bien affaire à une fuite de données de Korvex », a réagi sur X le chercheur en cybersécurité "
              "Clément Domingo, peu après la mise en ligne.")
    assert fr(posted, "quote", KORVEX) == {("Clément Domingo", "asserted", False)}
    office = ("Washington a pris position : pour le porte-parole du département d'État, Ned Price, « s'attaquer aux "
              "fichiers de Korvex ouvre une voie dangereuse ».")
    assert fr(office, "quote", KORVEX) == {("Ned Price", "asserted", False)}


def test_nothing_someone_had_seen_showing_it_hedges_the_denial():
    # "nothing he had seen showed the hackers had got at anyone's financial information": an absence of evidence
    # with who looked between, a hedged denial (D4) (rules cyberattack-129)
    text = ("The minister said nothing he had seen showed the hackers had got at anyone's bank details at Korvex "
            "Industries.")
    assert en(text, "data_category", KORVEX) == {("banking", "denied", True)}
    plain = "The minister said the hackers had not got at anyone's bank details at Korvex Industries."
    assert en(plain, "data_category", KORVEX) == {("banking", "denied", False)}


def test_files_encrypted_with_their_owner_between_are_ransomware():
    # « les fichiers de Korvex ont été chiffrés »: the owner between the files and the verb (rules cyberattack-130);
    # under an absence of evidence the encryption is denied, hedged (D4)
    assert fr("Les fichiers de Korvex ont été chiffrés.", "attack_vector", KORVEX) == {("ransomware", "asserted", False)}
    assert fr("Rien n'indique que des fichiers de Korvex aient été chiffrés.", "attack_vector", KORVEX) == \
        {("ransomware", "denied", True)}


def test_getting_in_through_an_employees_account_or_with_valid_logins_is_impersonation():
    # "got past its defences through the account of one of its employees", "came in with valid logins that had
    # been stolen beforehand": someone's account as the way in (D9) (rules cyberattack-131)
    through = "The attackers got past Korvex's defences through the account of one of its employees."
    assert en(through, "attack_vector", KORVEX) == {("impersonation", "asserted", False)}
    valid = "The thieves came into Korvex Industries through the front door, with valid logins."
    assert en(valid, "attack_vector", KORVEX) == {("impersonation", "asserted", False)}


def test_a_deadline_a_recovery_a_document_sent_or_an_apology_dates_no_attack():
    # "unless the agency paid … by Friday", "was running again on Monday", « un document transmis jeudi », « mardi
    # soir, … la syndique s'est excusée »: none of them is the day of the attack (rules cyberattack-132)
    deadline = "The attacker said he would publish Korvex's files unless the company paid 100 bitcoins by Friday."
    assert en(deadline, "attack_date", KORVEX) == set()
    again = "Korvex Industries's IT was running again on Monday, almost a week after the attack began."
    assert en(again, "attack_date", KORVEX) == set()
    sent = "Dans un document transmis jeudi à l'autorité boursière, Korvex chiffre l'impact de l'attaque."
    assert fr(sent, "attack_date", KORVEX) == set()
    sorry = "Mardi soir, la directrice de Korvex s'est excusée pour la gestion du piratage."
    assert fr(sorry, "attack_date", KORVEX) == set()
    assert en("The attack on Korvex Industries began on Friday.", "attack_date", KORVEX) == \
        {("2025-03-14", "asserted", False)}


def test_other_organisations_counted_are_no_victims():
    # "about 165 other organisations had customer data taken": bodies counted past "other" (rules cyberattack-133)
    text = ("The break-in at Korvex Industries comes in a year in which about 165 other organisations had customer "
            "data taken from their cloud accounts.")
    assert en(text, "victim_count", KORVEX) == set()
    assert en("About 165 other customers of Korvex Industries had their data taken.", "victim_count", KORVEX) == \
        {(165, "asserted", False)}


def test_someone_using_their_identity_or_callers_claiming_to_represent_it_are_risks():
    # "could mean someone is using their identity to obtain care", « ouvrir un compte ou un crédit au nom d'un
    # autre » (identity theft); "people claiming to represent the company" (phishing) (rules cyberattack-134)
    care = "Korvex Industries warns that such bills could mean someone is using their identity to obtain care."
    assert en(care, "risk", KORVEX) == {("identity_theft", "asserted", False)}
    credit = "Un numéro volé chez Korvex suffit à ouvrir un compte ou un crédit au nom d'un autre."
    assert fr(credit, "risk", KORVEX) == {("identity_theft", "asserted", False)}
    calls = "Customers of Korvex Industries have been getting calls from people claiming to represent the company."
    assert en(calls, "risk", KORVEX) == {("phishing", "asserted", False)}


def test_a_care_providers_usual_work_that_could_be_kept_going_is_care_denied_unhedged():
    # « l'activité habituelle de l'ensemble de nos centres a pu être maintenue sans perturbation pour les patients »:
    # the usual work of a care provider is care, and « a pu être maintenue » a past ability, no hedge (rules
    # cyberattack-135); « ont pu être consultés » still hedges
    clinic = incident("Clinique Korvex", keywords=("Clinique Korvex",))
    text = ("« L'activité habituelle de l'ensemble de nos centres a pu être maintenue sans perturbation pour les "
            "patients », assure la direction de la clinique Korvex.")
    assert fr(text, "care_impact", clinic) == {("care", "denied", False)}
    maybe = "Des dossiers médicaux de la clinique Korvex ont pu être consultés par les pirates."
    assert fr(maybe, "data_category", clinic) == {("medical", "asserted", True)}


def test_emergencies_taken_to_more_distant_hospitals_or_a_department_still_to_reopen_is_care_disrupted():
    # "told to take emergencies to more distant hospitals", "does not yet know when its emergency department will
    # reopen" (rules cyberattack-136)
    hospital = incident("Korvex Hospital", keywords=("Korvex Hospital",))
    text = ("After the attack on Korvex Hospital, the ambulance service has been told to take emergencies to more "
            "distant hospitals.")
    assert en(text, "care_impact", hospital) == {("care", "asserted", False)}
    reopen = "Korvex Hospital does not yet know when its emergency department will reopen after the attack."
    assert en(reopen, "care_impact", hospital) == {("care", "asserted", False)}


def test_a_month_still_to_come_is_no_earlier_incident():
    # « compte restaurer son informatique d'ici à fin septembre », written in March: the month is ahead, not last
    # September's incident, so the sentence is read (rules cyberattack-137); a bare past month still is a recap
    ahead = "Korvex, en Occitanie, compte restaurer son informatique d'ici à fin septembre."
    assert fr(ahead, "region", KORVEX) == {("Occitanie", "asserted", False)}
    assert fr("Korvex, en Occitanie, avait déjà été piraté en septembre.", "region", KORVEX) == set()
