"""Round eighty-three (issue 9): what dev86 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Baltic pharmacy chain, a tutoring company, a voter-data firm, a bank, a
transcription vendor and a hospital among its clients)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


PHARMACY = incident("Apteeker", keywords=("Apteeker",))


def test_a_personal_id_code_is_a_national_number():
    # "the personal ID codes, contact details and shopping records of about 300,000 customers": the Baltic national
    # number, as the English press names it, is a social security number (rules cyberattack-595)
    stolen = ("Hackers downloaded the personal ID codes, contact details and shopping records of about 300,000 "
              "Apteeker customers from a loyalty database.")
    assert ("social_security_number", "asserted", False) in en(stolen, "data_category", PHARMACY)
    # a code that is only named, not taken, is no number stolen
    named = "Personal ID codes are issued by the state, not by Apteeker, its spokesman said on Monday."
    assert en(named, "data_category", PHARMACY) == set()


TUTORING = incident("Manabi Juku", keywords=("Manabi Juku",))


def test_what_went_missing_is_what_was_stolen():
    # "What went missing, the company says, were postal codes, the names of parents ... and phone numbers": a copula
    # whose subject is what went missing lists what was taken (rules cyberattack-595)
    missing = ("What went missing at Manabi Juku, the company says, were the names of parents and of their children, "
               "home addresses and phone numbers.")
    assert en(missing, "data_category", TUTORING) == {("identity", "asserted", False), ("contact", "asserted", False)}
    # a thing that went missing is no data stolen
    laptop = "A Manabi Juku teacher said his laptop went missing last spring, long before the names leaked."
    assert ("contact", "asserted", False) not in en(laptop, "data_category", TUTORING)


VOTERS = incident("Lumivote", keywords=("Lumivote",))


def test_an_unprotected_server_denies_nothing():
    # « sur un serveur non protégé », « un serveur non sécurisé »: a store left unprotected is open; the « non » is
    # the server's state and denies no data nor count (rules cyberattack-596)
    exposed = ("Les adresses et numéros de téléphone de millions d'électeurs ont été exposés sur un serveur non "
               "protégé de Lumivote.")
    assert fr(exposed, "data_category", VOTERS) == {("contact", "asserted", False)}
    landed = ("Selon Lumivote, une copie du fichier – 400 000 électeurs – a atterri sur un serveur non sécurisé, où "
              "elle est restée six mois.")
    assert fr(landed, "victim_count", VOTERS) == {(400000, "asserted", True)}
    # a denial beside it still denies
    denied = "Aucun mot de passe de Lumivote n'a été exposé sur ce serveur non protégé."
    assert fr(denied, "data_category", VOTERS) == {("credentials", "denied", False)}


BANK = incident("Banque Orsenne", keywords=("Orsenne",))


def test_what_a_definite_qu_il_s_agisse_details_takes_the_clause_s_denial():
    # « Nous ne disposons d'aucun élément indiquant que les pirates se sont emparés des données de compte, qu'il
    # s'agisse des numéros de compte, des mots de passe ou du numéro de sécurité sociale »: the definite list details
    # what the clause denies, and no evidence hedges the denial (rules cyberattack-597)
    quote = ("« Nous ne disposons d'aucun élément indiquant que les pirates se sont emparés des données de compte de "
             "nos clients, qu'il s'agisse des numéros de compte, des mots de passe ou du numéro de sécurité sociale », "
             "affirme la Banque Orsenne.")
    assert fr(quote, "data_category", BANK) == {("banking", "denied", True), ("credentials", "denied", True),
                                                ("social_security_number", "denied", True)}
    # indefinite alternatives stay open: no way in is denied because no lead is ruled out
    leads = ("La Banque Orsenne n'exclut aucune piste, qu'il s'agisse d'un courriel piégé, d'une faille ou d'un "
             "rançongiciel.")
    assert fr(leads, "attack_vector", BANK) == set()


def test_someone_holding_access_rights_is_an_insider():
    # "The culprit is thought to be someone with access rights", "he used the access rights his job gave him to copy
    # the customer database": one who held the keys (rules cyberattack-598)
    thought = ("The culprit is thought to be someone with access rights to the Manabi Juku database who is not on "
               "the group's own payroll.")
    assert en(thought, "attack_vector", TUTORING) == {("insider", "asserted", True)}
    job = "The engineer used the access rights his job gave him to copy the Manabi Juku customer database."
    assert en(job, "attack_vector", TUTORING) == {("insider", "asserted", False)}
    # customers with access rights to their own pages are no insiders
    portal = "Manabi Juku customers kept their access rights to the portal during the outage, the company said."
    assert en(portal, "attack_vector", TUTORING) == set()


def test_the_followed_organisation_counts_its_own_people_whole():
    # "Manabi Juku said details on about 7.6 million of its customers had been copied": the one organisation the
    # incident follows, counting its own people, gives the victims (rules cyberattack-599)
    own = ("Manabi Juku said on Wednesday that details on about 7.6 million of its customers had been copied out of "
           "its database and sold on.")
    assert en(own, "victim_count", TUTORING) == {(7600000, "asserted", False)}
    # where the incident follows a vendor and its clients, one client's own people are a part of the whole (D5)
    vendor = incident("Scribewell", "Harbour Health", keywords=("Scribewell",))
    client = ("Harbour Health says 1.2 million of its patients were in the files copied from Scribewell, the "
              "transcription firm.")
    assert en(client, "victim_count", vendor) == set()
    # a product's name counts nothing: "the Office 365 mailbox of one of its directors"
    mailbox = "The crooks took over the Office 365 mailbox of one of Manabi Juku's directors to boast about the attack."
    assert en(mailbox, "accounts_compromised", TUTORING) == set()


def test_the_followed_organisation_counts_its_own_people_whole_in_french():
    # « Manabi a reconnu que quelque 68 millions de ses utilisateurs avaient vu leur adresse exposée »: « de ses » said
    # by the one organisation followed counts its people whole, as "of its" does (rules cyberattack-600)
    own = ("Manabi Juku a reconnu mercredi que les données de quelque 7,6 millions de ses clients avaient été copiées "
           "et revendues.")
    assert fr(own, "victim_count", TUTORING) == {(7600000, "asserted", False)}
    vendor = incident("Scribewell", "Harbour Health", keywords=("Scribewell",))
    client = "Harbour Health affirme que 1,2 million de ses patients figuraient dans les fichiers copiés chez Scribewell."
    assert fr(client, "victim_count", vendor) == set()


def test_never_asking_for_it_with_a_pronoun_is_advice():
    # « La société rappelle qu'elle ne le demande jamais par ce biais et pousse ses abonnés à associer un téléphone »:
    # what a firm never asks for, named by a pronoun, is advice as « ne demande jamais » is (rules cyberattack-601)
    advice = ("La Banque Orsenne rappelle qu'elle ne le demande jamais par ce biais et pousse ses abonnés à associer à "
              "leur compte un authentificateur, boîtier vendu 9,99 euros ou application gratuite pour téléphone.")
    assert fr(advice, "data_category", BANK) == set()
    # a denial with no request in it still denies
    denied = "La Banque Orsenne assure qu'aucun numéro de téléphone n'a jamais été copié."
    assert fr(denied, "data_category", BANK) == {("contact", "denied", False)}


def test_a_scheme_named_in_quotation_marks_is_nobody_s_words():
    # « Une escroquerie au « pump and dump » dont les clients auraient été les cibles »: the scheme's name in
    # quotation marks is no quotation, and the scam no speaker (rules cyberattack-602)
    scheme = ("Une escroquerie au « pump and dump » dont les clients de la Banque Orsenne auraient été les premières "
              "cibles.")
    assert fr(scheme, "quote", BANK) == set()
    # a fragment said by the bank is still its words
    said = "La Banque Orsenne dénonce « une escroquerie de grande ampleur » visant ses clients."
    assert fr(said, "quote", BANK) == {("Banque Orsenne", "asserted", False)}
