"""Round seventy (issue 9): what dev70 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Breton ferry operator, a Queensland clinic group, a Savoie ski lift company)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


FERRY = incident("Armor Ferries", keywords=("Armor Ferries",))
CLINICS = incident("Wattle Clinics", keywords=("Wattle Clinics",))
LIFTS = incident("Remontées de Tarentaise", keywords=("Remontées de Tarentaise",))


def test_a_small_hours_clock_puts_the_night_on_its_second_day():
    # « vers 3 heures du matin, dans la nuit du samedi 10 au dimanche 11 janvier »: the clock says the intrusion fell
    # after midnight, so on the 11th (D12, an hour stated beats the night-range rule); a late-evening clock keeps
    # the first day, as does a night with no clock (rules cyberattack-352)
    small = ("Les pirates sont entrés dans le réseau d'Armor Ferries vers 3 heures du matin, dans la nuit du samedi "
             "10 au dimanche 11 janvier, selon les prestataires.")
    assert fr(small, "attack_date", FERRY) == {("2025-01-11", "asserted", True)}
    evening = ("Les pirates sont entrés dans le réseau d'Armor Ferries dans la nuit du samedi 10 au dimanche 11 "
               "janvier, vers 23 h 40.")
    assert fr(evening, "attack_date", FERRY) == {("2025-01-10", "asserted", False)}
    english = "Hackers got into Wattle Clinics' network at about 2 a.m. on the night of 7-8 February, the group said."
    assert en(english, "attack_date", CLINICS) == {("2025-02-08", "asserted", False)}
    bare = "Hackers got into Wattle Clinics' network on the night of 7-8 February, the group said."
    assert en(bare, "attack_date", CLINICS) == {("2025-02-07", "asserted", False)}


def test_a_speaker_s_name_is_only_the_name():
    # "the clinic group's secretary, Gunawan A. Hartoyo, wrote": a middle initial's full stop stands inside the
    # apposition, which names the speaker; « le Français ZeratoR »: where the person comes from is no part of the
    # name, while « la Française des jeux » keeps its words (rules cyberattack-353)
    initial = ("“We hope patients stay calm,” the group's corporate secretary, Maree J. Dalton, wrote in a statement "
               "about the Wattle Clinics breach.")
    assert en(initial, "quote", CLINICS) == {("Maree J. Dalton", "asserted", False)}
    demonym = ("« Les montants de ce tableau sont exacts », a réagi sur Twitter le Savoyard Kevin Perrier, moniteur, "
               "à propos des fichiers volés aux Remontées de Tarentaise.")
    assert fr(demonym, "quote", LIFTS) == {("Kevin Perrier", "asserted", False)}
    lottery = "« Rien ne prouve une fuite », a réagi la Française des jeux, partenaire des Remontées de Tarentaise."
    assert fr(lottery, "quote", LIFTS) == {("Française des jeux", "asserted", False)}


def test_no_date_for_the_way_back_denies_nothing():
    # "it could see no date yet for restoring services after Monday's ransomware attack": the 'no' bears on when the
    # way back comes, which presupposes the attack; « aucune date de retour » likewise; 'no sign of ransomware'
    # still denies, as absence of evidence does (rules cyberattack-354)
    way_back = ("Wattle Clinics said on Wednesday it could see no date yet for restoring services after Monday's "
                "ransomware attack on its record system.")
    assert en(way_back, "attack_vector", CLINICS) == {("ransomware", "asserted", False)}
    assert en(way_back, "organization", CLINICS) == {("Wattle Clinics", "asserted", False)}
    retour = ("Les Remontées de Tarentaise n'avancent aucune date de retour à la normale après l'attaque par "
              "rançongiciel de lundi contre leurs serveurs.")
    assert fr(retour, "attack_vector", LIFTS) == {("ransomware", "asserted", False)}
    sign = "Wattle Clinics said it had found no sign of ransomware on its record system."
    assert en(sign, "attack_vector", CLINICS) == {("ransomware", "denied", True)}


def test_yet_opens_a_clause_the_one_before_keeps_its_state():
    # "appears to bear the hallmarks of ransomware, yet no gang has come forward to claim it": the clause before
    # ', yet' has a verb of its own, so the negation after it denies nothing of the ransomware; "but" read so already
    # (rules cyberattack-355)
    hallmarks = ("The attack on Wattle Clinics appears to bear the hallmarks of ransomware, yet no gang has come "
                 "forward to claim it.")
    assert en(hallmarks, "attack_vector", CLINICS) == {("ransomware", "asserted", True)}
    but = ("The attack on Wattle Clinics appears to bear the hallmarks of ransomware, but no gang has come forward "
           "to claim it.")
    assert en(but, "attack_vector", CLINICS) == {("ransomware", "asserted", True)}


def test_a_possibility_not_yet_ruled_out_is_open():
    # "ransomware had not yet been ruled out": the passive of "not rule out", with or without "yet", leaves the
    # possibility open (hedged), where "had been ruled out" denies it (rules cyberattack-356)
    open_ = "Wattle Clinics said ransomware had not yet been ruled out."
    assert en(open_, "attack_vector", CLINICS) == {("ransomware", "asserted", True)}
    closed = "Wattle Clinics said ransomware had been ruled out."
    assert en(closed, "attack_vector", CLINICS) == {("ransomware", "denied", False)}


def test_setting_aside_everything_of_a_kind_denies_it():
    # « en écartant toute exposition de données bancaires », « exclut toute fuite de mots de passe »: what is set aside
    # whole is denied; « écarte la piste » was read so already (rules cyberattack-357)
    aside = ("« Seuls des numéros de forfait étaient stockés sur cette plateforme », affirment les Remontées de "
             "Tarentaise, en écartant toute exposition de données bancaires.")
    assert fr(aside, "data_category", LIFTS) == {("banking", "denied", False)}
    excluded = "Les Remontées de Tarentaise excluent toute fuite de mots de passe après l'intrusion de lundi."
    assert fr(excluded, "data_category", LIFTS) == {("credentials", "denied", False)}


def test_some_unnamed_people_who_swear_are_a_source():
    # « même si certains internautes jurent y avoir aperçu des mots de passe »: some people left unnamed are an unnamed
    # source, and what they swear to have seen stays their word (hedged); the company's own finding is not
    # (rules cyberattack-358)
    swear = "Certains internautes jurent avoir aperçu des mots de passe dans l'archive volée aux Remontées de Tarentaise."
    assert fr(swear, "data_category", LIFTS) == {("credentials", "asserted", True)}
    some = "Certains utilisateurs affirment que des mots de passe ont été volés aux Remontées de Tarentaise."
    assert fr(some, "data_category", LIFTS) == {("credentials", "asserted", True)}
    own = "Les Remontées de Tarentaise confirment que des mots de passe ont été volés."
    assert fr(own, "data_category", LIFTS) == {("credentials", "asserted", False)}


def test_a_site_s_usual_load_says_nothing_of_care_now():
    # "normally sees about 1,300 outpatients a day", « accueille normalement 400 patients par jour »: a site's usual
    # load, no word on how it runs since the attack; "is running normally" still says care goes on (rules
    # cyberattack-359)
    load = ("Wattle Clinics, which counts 12 sites, normally sees about 1,300 outpatients a day, the group said after "
            "the attack.")
    assert en(load, "care_impact", CLINICS) == set()
    charge = ("La clinique des Remontées de Tarentaise, visée lundi par un rançongiciel, accueille normalement 400 "
              "patients par jour.")
    assert fr(charge, "care_impact", LIFTS) == set()
    running = "Despite Monday's ransomware attack, Wattle Clinics is running normally and patient care is unaffected."
    assert en(running, "care_impact", CLINICS) == {("care", "denied", False)}


def test_nothing_to_show_is_an_absence_of_evidence():
    # "says it has seen nothing to show that customers' Social Security numbers were reached": as "nothing to
    # suggest", the denial an absence of evidence carries is hedged (D4) (rules cyberattack-360)
    show = ("Wattle Clinics says it has seen nothing to show that patients' Social Security numbers were reached in "
            "the breach.")
    assert en(show, "data_category", CLINICS) == {("social_security_number", "denied", True)}
    plain = "Wattle Clinics says patients' Social Security numbers were not reached in the breach."
    assert en(plain, "data_category", CLINICS) == {("social_security_number", "denied", False)}


def test_nous_in_its_own_words_is_the_organisation():
    # « « Nous confirmons avoir subi une violation de données », a écrit X »: the organisation speaking of itself in
    # the first person reports its own breach, as 'we' did in English; without a word of being hit, nothing
    # (rules cyberattack-361)
    breach = "« Nous confirmons avoir subi une violation de données », a écrit Armor Ferries sur X en fin d'après-midi."
    assert fr(breach, "organization", FERRY) == {("Armor Ferries", "asserted", False)}
    timetable = "« Nous publierons les horaires d'été lundi », a écrit Armor Ferries sur X en fin d'après-midi."
    assert fr(timetable, "organization", FERRY) == set()


def test_speculation_hedges_a_rumour_against_the_statement_does_not():
    # "speculation on Twitter put the figure at more than 100,000": what speculation or rumour puts forward is
    # hedged; "despite rumours on social media" sets a rumour against the statement and hedges nothing of it
    # (rules cyberattack-362)
    speculation = ("Wattle Clinics has not said how many accounts were involved; speculation on Twitter put the figure "
                   "at more than 100,000.")
    assert en(speculation, "accounts_compromised", CLINICS) == {(100000, "asserted", True)}
    despite = "Wattle Clinics says no bank details were taken, despite rumours on social media."
    assert en(despite, "data_category", CLINICS) == {("banking", "denied", False)}


def test_the_idea_rejected_is_denied():
    # "its directors still reject the idea that last week's breakdown was a ransomware attack", « rejette l'idée
    # que la panne soit due à un rançongiciel »: what the idea holds is denied by whoever rejects it
    # (rules cyberattack-363)
    idea = ("Wattle Clinics' directors still reject the idea that last week's breakdown was a ransomware attack.")
    assert en(idea, "attack_vector", CLINICS) == {("ransomware", "denied", False)}
    idee = ("La direction des Remontées de Tarentaise rejette l'idée que la panne de la semaine dernière soit due à "
            "un rançongiciel.")
    assert fr(idee, "attack_vector", LIFTS) == {("ransomware", "denied", False)}


def test_data_carried_off_on_a_day_dates_the_attack():
    # « les fichiers auraient été copiés le lundi 4 mars », « ont été aspirés »: the data carried off on a day dates
    # the attack, as 'copied' did in English; a bare participle (« les données dérobées le 4 mars ont été mises en
    # vente le 10 ») is an adjective and dates nothing by itself (rules cyberattack-364)
    copied = ("Selon une source interne, les fichiers auraient été copiés le lundi 3 mars, deux jours avant leur "
              "parution ; les Remontées de Tarentaise ne commentent pas.")
    assert fr(copied, "attack_date", LIFTS) == {("2025-03-03", "asserted", True)}
    sale = "Les données des Remontées de Tarentaise, dérobées, ont été mises en vente le lundi 10 mars."
    assert fr(sale, "attack_date", LIFTS) == set()


def test_accounts_entered_with_someone_s_log_ins_are_impersonation():
    # "Intruders logged in to the accounts of Wattle Clinics patients", « se sont servis de trois comptes
    # d'administrateur », « après s'être emparé de jetons d'authentification »: someone else's log-ins or keys used
    # are impersonation; crooks posing to the victims (« se faisaient passer pour la banque ») are phishing, not this
    # (rules cyberattack-365)
    logged = "Intruders logged in to the accounts of Wattle Clinics patients on Sunday evening and changed the passwords."
    assert en(logged, "attack_vector", CLINICS) == {("impersonation", "asserted", False)}
    admins = ("Selon l'enquête interne des Remontées de Tarentaise, les pirates se sont servis de trois comptes "
              "d'administrateur pour couper l'antivirus.")
    assert fr(admins, "attack_vector", LIFTS) == {("impersonation", "asserted", True)}
    posing = ("Des escrocs se faisaient passer pour les Remontées de Tarentaise au téléphone afin de réclamer un "
              "paiement.")
    assert ("impersonation", "asserted", False) not in fr(posing, "attack_vector", LIFTS)


def test_messages_in_its_name_are_phishing():
    # "any message or call from someone claiming to act in its name", « de faux courriers ou SMS leur demandant de
    # verser le loyer sur un nouveau compte »: messages posing as the organisation are the phishing risk
    # (rules cyberattack-366)
    name = ("Wattle Clinics is urging patients to stay alert to any message or call from someone claiming to act in "
            "its name.")
    assert ("phishing", "asserted", False) in en(name, "risk", CLINICS)
    courrier = ("Les Remontées de Tarentaise mettent en garde leurs clients contre de faux courriers leur demandant de "
                "régler leur forfait sur un nouveau compte.")
    assert ("phishing", "asserted", False) in fr(courrier, "risk", LIFTS)


def test_systems_run_by_an_organisation_are_its_own():
    # "compromised critical systems run by Malaysia Airports at KLIA": who runs the systems reached was hit, as
    # 'the systems of' says (rules cyberattack-367)
    run = "The intrusion began before dawn on Sunday and compromised critical systems run by Wattle Clinics."
    assert en(run, "organization", CLINICS) == {("Wattle Clinics", "asserted", False)}


def test_the_people_a_landlord_houses_are_its_base():
    # « l'office public qui gère 5 800 logements et loge quelque 13 000 personnes »: whom a landlord houses is its
    # base, no count of victims; the people whose files were taken still count (rules cyberattack-368)
    base = ("Les Remontées de Tarentaise, qui logent quelque 1 300 personnes, ont annoncé lundi avoir subi une "
            "cyberattaque.")
    assert fr(base, "victim_count", LIFTS) == set()
    taken = "Les données de 1 300 clients ont été volées aux Remontées de Tarentaise."
    assert fr(taken, "victim_count", LIFTS) == {(1300, "asserted", False)}


def test_a_subject_runs_up_to_its_verb_of_saying():
    # « L'auteur de la fuite dit avoir agi pour « … » »: the subject runs up to its verb of saying, complement
    # included; a noun such as « estimations » is no verb (rules cyberattack-369)
    author = ("L'auteur de la fuite dit avoir visé les Remontées de Tarentaise pour « stimuler la concurrence » entre "
              "stations.")
    assert fr(author, "quote", LIFTS) == {("auteur de la fuite", "asserted", False)}
