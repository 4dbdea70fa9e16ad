"""Round eighty-four (issue 9): what dev87 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Korean clinic chain, a Japanese mutual-aid fund, a bank, a dating app, a video
platform, a genealogy site and an online shop)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


CLINICS = incident("Hanbit Clinics", keywords=("Hanbit Clinics",))


def test_a_resident_registration_number_is_a_national_number():
    # "Resident registration numbers, mobile numbers and home addresses were spared": South Korea's national number,
    # like the NHS number or the Estonian personal code, is a social security number (rules cyberattack-603)
    spared = ("Hanbit Clinics said patients' diagnoses were copied, but resident registration numbers were spared, "
              "it added.")
    assert ("social_security_number", "denied", False) in en(spared, "data_category", CLINICS)
    stolen = ("Intruders carried off the names and resident registration numbers of 40,000 Hanbit Clinics patients, "
              "the chain said on Friday.")
    assert ("social_security_number", "asserted", False) in en(stolen, "data_category", CLINICS)
    # a number only explained, with nothing taken, is no category
    named = "Every South Korean is given a resident registration number at birth, a Hanbit Clinics manager noted."
    assert en(named, "data_category", CLINICS) == set()


FUND = incident("Kyosai Mutual Fund", keywords=("Kyosai",))


def test_a_basic_pension_number_is_a_national_number():
    # "Every record taken holds a name and a basic pension number": Japan's pension number stands for the social
    # security number (rules cyberattack-603)
    stolen = ("Hackers walked off with 90,000 Kyosai Mutual Fund records, each holding a name and a basic pension "
              "number, the fund said.")
    assert ("social_security_number", "asserted", False) in en(stolen, "data_category", FUND)


def test_a_briefing_called_at_short_notice_calls_no_one():
    # "told reporters at a briefing called at short notice": the briefing was convened, no one was phoned, and the
    # figure before it still counts the victims (rules cyberattack-603)
    briefing = ("Intruders carried off the personal details of some 1.25 million Kyosai Mutual Fund members, its "
                "president told reporters at a briefing called at short notice on Monday evening.")
    assert en(briefing, "victim_count", FUND) == {(1250000, "asserted", False)}
    # people called by fraudsters are still no victims of the breach
    calls = "Police said 183 people had been called by fraudsters posing as Kyosai Mutual Fund staff."
    assert en(calls, "victim_count", FUND) == set()


BANK = incident("Banque Verlaine", keywords=("Banque Verlaine",))


def test_data_visible_online_was_exposed():
    # « noms et numéros de compte ont été brièvement visibles sur Internet »: left where anyone could see them, the
    # data was exposed (rules cyberattack-603)
    visible = ("Pour 900 clients de la Banque Verlaine, noms et numéros de compte ont été brièvement visibles sur "
               "Internet, jusqu'à leur retrait.")
    assert fr(visible, "data_category", BANK) == {("identity", "asserted", False), ("banking", "asserted", False)}
    seen = "Names and bank account numbers of Banque Verlaine clients were publicly visible for two days."
    assert en(seen, "data_category", BANK) == {("identity", "asserted", False), ("banking", "asserted", False)}
    # a page visible online with no data named says nothing was exposed
    page = "La page d'accueil de la Banque Verlaine est restée visible en ligne pendant toute la panne."
    assert fr(page, "data_category", BANK) == set()


def test_data_drawn_from_the_systems_was_taken():
    # « puisé dans les systèmes de la banque des informations sur environ 350 000 clients »: drawing on the systems
    # takes the data, and the people it is about are the victims (rules cyberattack-603)
    drawn = ("Un salarié a puisé dans les systèmes de la Banque Verlaine des informations sur environ 350 000 "
             "clients.")
    assert fr(drawn, "victim_count", BANK) == {(350000, "asserted", False)}


def test_one_employee_dismissed_over_the_theft_is_an_insider():
    # « le renvoi d'un salarié, qu'elle accuse d'avoir puisé dans les systèmes de la banque »: the bank dismissing one
    # employee it accuses says the leak came from within (rules cyberattack-603)
    dismissed = ("La Banque Verlaine a annoncé lundi le renvoi d'un salarié, qu'elle accuse d'avoir copié les "
                 "dossiers de ses clients.")
    assert ("insider", "asserted", False) in fr(dismissed, "attack_vector", BANK)
    fired = "Banque Verlaine said on Monday it had fired an employee who copied the files of wealthy clients."
    assert ("insider", "asserted", False) in en(fired, "attack_vector", BANK)
    # staff laid off after an attack are no insider
    layoffs = "Après la cyberattaque, la Banque Verlaine a annoncé le licenciement de 300 salariés de son agence."
    assert fr(layoffs, "attack_vector", BANK) == set()


def test_an_employee_misusing_the_access_given_is_an_insider():
    # "two of its own employees bent on misusing the access they had been given": the staff's own access turned to the
    # theft, as "abusing their access" already says (rules cyberattack-604)
    misused = ("Banque Verlaine said a clerk had misused the access he had been given to copy the files of 2,000 "
               "clients.")
    assert ("insider", "asserted", False) in en(misused, "attack_vector", BANK)
    # access given to a contractor, with nothing misused, names no route
    given = "Banque Verlaine said the auditors had been given access to the files for a week in March."
    assert en(given, "attack_vector", BANK) == set()


APP = incident("Tandem", keywords=("Tandem",))


def test_a_store_that_demanded_no_login_spares_no_credentials():
    # "the files came from a storage bucket that apparently demanded no login at all": the missing lock says how the
    # files got out, not that log-ins were spared (rules cyberattack-605)
    open_bucket = ("Users of a forum claimed to have posted Tandem users' selfies; the files came from a storage bucket "
                   "that apparently demanded no login at all.")
    assert ("credentials", "denied", False) not in en(open_bucket, "data_category", APP)
    assert ("credentials", "denied", True) not in en(open_bucket, "data_category", APP)
    ouvert = ("Les photos publiées des utilisateurs de Tandem proviennent d'un espace de stockage qui ne demandait "
              "aucun mot de passe.")
    assert {c[0] for c in fr(ouvert, "data_category", APP)} == set()
    # log-ins said not to be taken stay denied
    spared = "Tandem said selfies were posted online but no login details were taken."
    assert ("credentials", "denied", False) in en(spared, "data_category", APP)


VISIO = incident("Parlio", keywords=("Parlio",))


def test_a_stronger_password_asked_for_is_no_password_taken():
    # « prier son titulaire de choisir un mot de passe plus solide »: a precaution, not a password stolen
    # (rules cyberattack-606)
    precaution = ("Parlio dit verrouiller chaque compte compromis et prier son titulaire de choisir un mot de passe "
                  "plus solide.")
    assert ("credentials", "asserted", False) not in fr(precaution, "data_category", VISIO)
    safer = "Parlio said it was locking each compromised account and asking its owner to pick a more secure password."
    assert ("credentials", "asserted", False) not in en(safer, "data_category", VISIO)
    # passwords that were stolen stay stolen
    stolen = "Les pirates ont dérobé les mots de passe de 3 000 comptes Parlio, a reconnu l'entreprise."
    assert ("credentials", "asserted", False) in fr(stolen, "data_category", VISIO)


def test_passwords_from_old_leaks_say_how_they_got_in():
    # « les pirates ont réessayé sur Parlio des mots de passe apparus dans d'anciennes fuites »: replayed passwords are
    # the route (D9), not what was taken here (rules cyberattack-606)
    replayed = ("Les pirates ont essayé sur Parlio des mots de passe apparus dans d'anciennes fuites et ont revendu "
                "les comptes ouverts.")
    assert ("credentials", "asserted", False) not in fr(replayed, "data_category", VISIO)


def test_daily_users_are_an_audience():
    # « passé en trois mois de 10 millions à 200 millions d'utilisateurs quotidiens »: a platform's audience, as
    # "daily active users" already is, not the people hit (rules cyberattack-606)
    audience = ("Les pirates visent Parlio depuis que le service est passé en trois mois de 10 millions à 200 millions "
                "d'utilisateurs quotidiens.")
    assert fr(audience, "victim_count", VISIO) == set()


GENEALOGY = incident("Arbora", keywords=("Arbora",))


def test_another_of_its_systems_spared_denies_nothing():
    # « Rien ne nous permet de penser qu'un autre de nos systèmes ait été touché »: one system was, so the rest being
    # spared says nothing of whether the organisation was attacked (rules cyberattack-607)
    another = "« Rien ne nous permet de penser qu'un autre de nos systèmes ait été touché », affirme Arbora."
    assert fr(another, "organization", GENEALOGY) == set()
    none_other = "Arbora affirme qu'aucun autre de ses systèmes n'a été touché."
    assert fr(none_other, "organization", GENEALOGY) == set()
    english = "Arbora says there is no sign that another of its systems was hit."
    assert en(english, "organization", GENEALOGY) == set()
    # its systems, all of them, spared: the organisation says it was not attacked
    whole = "Arbora affirme que ses systèmes n'ont pas été touchés."
    assert fr(whole, "organization", GENEALOGY) == {("Arbora", "denied", False)}


SHOP = incident("Bazari", keywords=("Bazari",))


def test_the_digits_of_a_card_count_no_one():
    # "the final four digits of shoppers' payment cards were among the data taken": four is part of a number, not
    # the people hit (rules cyberattack-608)
    digits = ("TechCrunch reported that the final four digits of Bazari shoppers' payment cards were among the data "
              "taken.")
    assert en(digits, "victim_count", SHOP) == set()
    assert ("banking", "asserted", False) in en(digits, "data_category", SHOP)
    chiffres = ("Les quatre derniers chiffres des cartes bancaires de clients de Bazari figuraient parmi les données "
                "volées, a reconnu l'entreprise.")
    assert fr(chiffres, "victim_count", SHOP) == set()
    # shoppers counted stay counted
    shoppers = "The data of 4,900 Bazari shoppers was taken, the company said."
    assert en(shoppers, "victim_count", SHOP) == {(4900, "asserted", False)}


def test_a_caller_claiming_to_work_for_the_fund_is_phishing():
    # "a man claiming to work for the pension service phoned two elderly women": a call in the organisation's name
    # is the phishing the leak feeds (rules cyberattack-609)
    caller = ("On Tuesday a man claiming to work for the Kyosai Mutual Fund phoned two elderly members and asked how "
              "many people lived with them, police said.")
    assert ("phishing", "asserted", False) in en(caller, "risk", FUND)
    appel = ("Mardi, un homme prétendant travailler pour le Kyosai Mutual Fund a appelé deux retraitées pour leur "
             "demander leurs coordonnées, a indiqué la police.")
    assert ("phishing", "asserted", False) in fr(appel, "risk", FUND)
    # someone who does work for it and calls is no scam
    staff = "A Kyosai Mutual Fund adviser who has worked for the fund for ten years said members had phoned all week."
    assert en(staff, "risk", FUND) == set()


def test_an_employee_who_copied_the_files_is_an_insider():
    # « entre 2011 et 2014, un salarié avait pu copier les informations de quelque 730 000 comptes vers un serveur
    # installé à son domicile »: the bank's own employee took the data (rules cyberattack-610)
    copied = ("Le régulateur reproche à la Banque Verlaine de n'avoir pas cloisonné ses données : un salarié avait pu "
              "copier les informations de 7 000 comptes vers un serveur installé à son domicile.")
    assert ("insider", "asserted", False) in fr(copied, "attack_vector", BANK)
    english = ("The regulator said an employee had copied the records of 7,000 Banque Verlaine accounts to a server "
               "in his home.")
    assert ("insider", "asserted", False) in en(english, "attack_vector", BANK)
    # an employee whose password was copied is a victim of the intruders, not one of them
    victim = "Les pirates ont copié le mot de passe d'un salarié de la Banque Verlaine, a reconnu la banque."
    assert ("insider", "asserted", False) not in fr(victim, "attack_vector", BANK)
