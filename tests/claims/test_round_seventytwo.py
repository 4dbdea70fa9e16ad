"""Round seventy-two (issue 9): what dev74 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (a Galway maternity hospital, a Lorient shipping line, a Leeds games studio)."""

from __future__ import annotations

from tests.claims.helpers import ROUND_PUBLISHED, claims_of, en, fr, round_incident as incident


MATERNITY = incident("Corrib Maternity Hospital", keywords=("Corrib Maternity Hospital",))
FERRIES = incident("Compagnie Océane", keywords=("Compagnie Océane",))
STUDIO = incident("Kirkgate Games", keywords=("Kirkgate Games",))


def test_a_negation_inside_the_relative_on_a_way_in_leaves_it_given():
    # "a ransomware event that, for now, reached only its billing systems and had done no harm to patients": the
    # relative clause says what the attack did not do, not that there was none; a way in denied outright still is
    # (rules cyberattack-389)
    relative = ("In its first statement Corrib Maternity Hospital described a ransomware event that, for now, "
                "reached only its billing systems and had caused no disruption to the wards.")
    assert en(relative, "attack_vector", MATERNITY) == {("ransomware", "asserted", False)}
    qui = ("La Compagnie Océane évoque un rançongiciel qui n'a touché aucun des navires ni le système de "
           "réservation.")
    assert fr(qui, "attack_vector", FERRIES) == {("ransomware", "asserted", False)}
    bare = "Corrib Maternity Hospital said there was no ransomware on its network, only a failed login attempt."
    assert en(bare, "attack_vector", MATERNITY) == {("ransomware", "denied", False)}


def test_encryption_as_a_gerund_or_a_noun_that_began_is_ransomware():
    # « les intrus ont bloqué l'accès … en chiffrant des données », « le chiffrement a commencé quelques heures plus
    # tard »: the attackers' encryption with no ransom named; data kept encrypted as a safeguard is none (rules
    # cyberattack-390)
    gerund = ("Dans la nuit de samedi à dimanche, les intrus ont bloqué l'accès aux réservations de la Compagnie "
              "Océane en chiffrant des données, puis en ont copié une partie.")
    assert fr(gerund, "attack_vector", FERRIES) == {("ransomware", "asserted", False)}
    began = ("Les pirates se sont connectés au réseau de la Compagnie Océane avec le compte d'un prestataire ; le "
             "chiffrement a commencé quelques heures plus tard.")
    assert ("ransomware", "asserted", False) in fr(began, "attack_vector", FERRIES)
    safeguard = ("La Compagnie Océane rappelle que les cartes bancaires de ses passagers sont protégées par un "
                 "chiffrement de bout en bout.")
    assert fr(safeguard, "attack_vector", FERRIES) == set()


def test_identity_thieves_stay_a_risk_beside_another_clause_s_phishing():
    # "could now be singled out by identity thieves, and the company has told customers to treat unexpected calls
    # with suspicion": who would act names identity theft in its clause, the fake calls name phishing in theirs;
    # fraudsters whose deed the same clause names stay that deed (rules cyberattack-391)
    both = ("Players caught up in the leak could now be singled out by identity thieves, and Kirkgate Games has told "
            "them to treat unexpected calls and e-mails with suspicion.")
    assert en(both, "risk", STUDIO) == {("identity_theft", "asserted", False), ("phishing", "asserted", False)}
    one = "Fraudsters could send players fake e-mails asking for their Kirkgate Games password."
    assert en(one, "risk", STUDIO) == {("phishing", "asserted", False)}


def test_an_unnamed_source_closing_its_clause_before_and_a_new_subject_speaks_for_that_clause_only():
    # "…, security researchers warn, and the studio has itself told players to …": the source speaks for what came
    # before it; the clause "and" opens on a subject of its own is the studio's word, unhedged (rules
    # cyberattack-392)
    tail = ("Kirkgate Games players whose details leaked could be singled out by identity thieves, security "
            "researchers warn, and the studio has itself told them to treat unexpected calls and e-mails with "
            "suspicion.")
    assert en(tail, "risk", STUDIO) == {("identity_theft", "asserted", True), ("phishing", "asserted", False)}


def test_accounts_opened_in_the_victims_names_whoever_they_are_are_identity_theft():
    # "the leaked details could also help crooks open accounts in players' names": identity theft, whatever noun
    # names the victims, and their names are no data taken there (rules cyberattack-393)
    names = ("Kirkgate Games players should choose a new password at once; the leaked details could also help crooks "
             "open accounts in players' names.")
    assert en(names, "risk", STUDIO) == {("identity_theft", "asserted", False)}
    assert en(names, "data_category", STUDIO) == set()


def test_its_systems_listed_with_neither_nor_are_spared_by_the_word_after_the_last():
    # "neither its information systems nor its customer database had been breached": the word of the attack
    # follows the last of its systems listed, and the organisation says it was spared; its own networks reached,
    # with another of its systems named later, stay reached (rules cyberattack-394)
    nor = ("Compagnie Océane was at pains to say that no card details were in danger and that neither its booking "
           "systems nor its customer database had been breached.")
    assert en(nor, "organization", FERRIES) == {("Compagnie Océane", "denied", False)}
    reached = "Compagnie Océane said hackers had got into its booking systems."
    assert en(reached, "organization", FERRIES) == {("Compagnie Océane", "asserted", False)}


def test_the_day_of_a_deadline_is_no_attack_date():
    # « Vendredi, jour de l'échéance fixée par les pirates, un échantillon a été mis en ligne »: the day the
    # deadline fell on dates the leak, not the intrusion; the night the attackers got in still does (rules
    # cyberattack-395)
    deadline = ("Vendredi, jour de l'échéance fixée par les pirates, un échantillon des fichiers de la Compagnie "
                "Océane a été mis en ligne.")
    assert fr(deadline, "attack_date", FERRIES) == set()
    night = "Les pirates ont attaqué la Compagnie Océane vendredi, selon la direction."
    assert fr(night, "attack_date", FERRIES) != set()


def test_imaging_reports_out_of_reach_are_care_not_data_spared():
    # « les chirurgiens opéraient sans accès aux comptes rendus d'imagerie »: records out of use are care slowed
    # (D26), not medical data denied; imaging reports copied are data taken (rules cyberattack-396)
    without = ("Lundi matin, les médecins de bord de la Compagnie Océane travaillaient sans accès aux comptes rendus "
               "d'imagerie, et plusieurs passagers malades ont été renvoyés vers l'hôpital de Lorient.")
    assert fr(without, "data_category", FERRIES) == set()
    copied = "Les pirates ont copié des comptes rendus d'imagerie des passagers de la Compagnie Océane."
    assert fr(copied, "data_category", FERRIES) == {("medical", "asserted", False)}


def test_a_day_opening_the_clause_leaves_its_subject_the_speaker_and_a_site_speaks_for_who_runs_it():
    # "By Tuesday evening the hospital was saying … that “…”": the day before the subject, with no comma, is no
    # part of it; "the negotiation portal run by the Hive gang told …": the site speaks for its gang (rules
    # cyberattack-397)
    day = ("By Tuesday evening the hospital was saying it had stopped the attack and that “most of the checking is "
           "now behind us”.")
    assert claims_of(day, "en", ROUND_PUBLISHED, MATERNITY) >= {("quote", "Corrib Maternity Hospital", "asserted", False)}
    portal = ("Later on Tuesday the negotiation portal run by the Vanta gang told Corrib Maternity Hospital it would "
              "have to hand over “two million dollars in bitcoin” to get its files back.")
    assert ("quote", "Vanta", "asserted", False) in claims_of(portal, "en", ROUND_PUBLISHED, MATERNITY)


def test_an_office_then_its_holder_speaks_and_a_conjunction_after_the_quote_is_no_verb():
    # « le directeur général Yann Le Goff exhorte les clients à « … », puisque les informations sont désormais
    # publiques »: the person after the office speaks, and "puisque" opens a clause of its own, not an inverted verb
    # before a speaker (rules cyberattack-398)
    held = ("Dans une lettre ouverte, le directeur général Yann Le Goff exhorte les passagers de la Compagnie Océane à "
            "« se méfier de tout message réclamant leurs coordonnées bancaires », puisque les informations sont "
            "désormais publiques.")
    assert fr(held, "quote", FERRIES) == {("Yann Le Goff", "asserted", False)}


def test_identity_document_numbers_alone_fit_no_category():
    # "the e-mail addresses, mobile numbers and identity card numbers of its customers", « numéros d'identité,
    # coordonnées »: a document's number alone is no identity data (D15); a copy of the card still is (rules
    # cyberattack-399)
    numbers = ("The e-mail addresses and identity card numbers of 4,100 Kirkgate Games customers were found on a dump "
               "site.")
    assert en(numbers, "data_category", STUDIO) == {("contact", "asserted", False)}
    numeros = ("Les fichiers dérobés à la Compagnie Océane ont été mis en ligne : numéros d'identité, coordonnées et "
               "informations bancaires.")
    assert fr(numeros, "data_category", FERRIES) == {("contact", "asserted", False), ("banking", "asserted", False)}
    copies = "The files stolen from Kirkgate Games include scans of identity cards."
    assert en(copies, "data_category", STUDIO) == {("identity", "asserted", False)}


def test_a_name_kept_quiet_is_no_data_taken():
    # « en passant par un partenaire commercial dont elle tait le nom »: the name the bank keeps quiet is nobody's
    # data; the names of its customers taken still are (rules cyberattack-400)
    quiet = ("La Compagnie Océane a indiqué que des pirates avaient pénétré ses fichiers de réservation en passant "
             "par un prestataire extérieur dont elle tait le nom.")
    assert fr(quiet, "data_category", FERRIES) == set()
    taken = "Des pirates ont dérobé le nom et l'adresse des passagers de la Compagnie Océane."
    assert ("identity", "asserted", False) in fr(taken, "data_category", FERRIES)


def test_posing_by_phone_as_an_adviser_is_phishing():
    # « des escrocs pourraient se faire passer par téléphone pour un conseiller »: the fake call is phishing, and
    # the crooks who would make it are no risk of their own (rules cyberattack-401)
    phone = ("Avec un nom et un numéro de réservation, des escrocs pourraient se faire passer par téléphone pour un "
             "agent de la Compagnie Océane, préviennent des spécialistes.")
    assert fr(phone, "risk", FERRIES) == {("phishing", "asserted", True)}


def test_files_taken_out_of_its_systems_tie_the_breach_to_it():
    # « la Compagnie Océane a dû admettre que les fichiers dérobés dans ses systèmes avaient été mis en ligne »: the
    # files taken from its systems, named by its possessive, tie the breach to it, whatever the sentence then says was
    # done with them (rules cyberattack-402)
    admitted = ("Ce mercredi, la Compagnie Océane a dû admettre que les fichiers dérobés dans ses systèmes avaient été "
                "mis en ligne par les pirates.")
    assert fr(admitted, "organization", FERRIES) == {("Compagnie Océane", "asserted", False)}
