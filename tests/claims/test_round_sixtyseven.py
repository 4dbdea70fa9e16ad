"""Round sixty-seven (issue 9): what dev66's French half showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a cantonal online counter, a music academy, a water utility)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


PORTAL = incident("Guichet cantonal Aubépine", keywords=("Guichet cantonal Aubépine",))
ACADEMY = incident("Académie Sorelle", keywords=("Académie Sorelle",))
WATER = incident("Brackwater Utilities", keywords=("Brackwater Utilities",))


def test_a_page_open_without_a_login_denies_no_login_taken():
    # « la partie publique du portail, consultable sans identifiant »: how the page was reached, not log-ins that
    # stayed safe (rules cyberattack-316)
    open_page = ("C'est la partie publique du Guichet cantonal Aubépine, consultable sans identifiant, que les pirates "
                 "ont exploitée pour aspirer la liste des dossiers.")
    assert fr(open_page, "data_category", PORTAL) == set()
    # log-ins named as taken are still read
    taken = "Les pirates ont dérobé les identifiants des agents du Guichet cantonal Aubépine."
    assert fr(taken, "data_category", PORTAL) == {("credentials", "asserted", False)}


def test_a_credit_opened_in_their_name_takes_no_name():
    # « ouvrir un crédit à son nom »: whose name a fraud would borrow, not a name the attackers took (rules
    # cyberattack-317)
    fraud = ("Même si aucune coordonnée bancaire n'a fuité, le fichier de l'Académie Sorelle reste précieux : un "
             "escroc pourrait ouvrir un crédit à son nom.")
    assert fr(fraud, "data_category", ACADEMY) == {("banking", "denied", False)}
    # names said to be taken are still read
    names = "Les noms des élèves de l'Académie Sorelle ont été dérobés."
    assert fr(names, "data_category", ACADEMY) == {("identity", "asserted", False)}


def test_log_ins_renewed_without_delay_are_a_precaution():
    # « de renouveler sans attendre leurs identifiants, ainsi que tout mot de passe identique utilisé pour d'autres
    # comptes »: "sans attendre" says how soon, inside the verb's clause, and a password "utilisé pour" other accounts
    # is put to a use, not taken (rules cyberattack-318)
    advice = ("L'Académie Sorelle recommande à tous les utilisateurs de ses plateformes de renouveler sans attendre "
              "leurs identifiants, ainsi que tout mot de passe identique utilisé pour d'autres comptes.")
    assert fr(advice, "data_category", ACADEMY) == set()
    # log-ins said to be stolen, then renewed, are still read
    stolen = ("Les pirates ont volé les identifiants des élèves de l'Académie Sorelle, qui doivent les renouveler "
              "sans attendre.")
    assert fr(stolen, "data_category", ACADEMY) == {("credentials", "asserted", False)}


def test_an_inverted_incise_gives_the_quoted_words_to_its_pronoun():
    # « le piratage …, a-t-il reconnu, cause « un réel tort … » »: the verb of saying set off by commas inside the
    # clause quoted speaks for the person the sentence named, not for the organisation hit (rules cyberattack-319)
    incise = ("De passage à Neuchâtel, Jean Morel, alors président du canton, n'a pas caché son embarras : le piratage "
              "du Guichet cantonal Aubépine, a-t-il reconnu, cause « un réel tort à l'image des autorités ».")
    assert fr(incise, "quote", PORTAL) == {("Jean Morel", "asserted", False)}
    english = ("Visiting the plant, Tom Harlow, the board's chairman, did not hide his embarrassment: the breach at "
               "Brackwater Utilities, he said, does \"real harm to the public's trust\".")
    assert en(english, "quote", WATER) == {("Tom Harlow", "asserted", False)}


def test_an_attack_said_to_date_from_a_time_is_dated_by_the_days_after_the_colon():
    # « L'attaque remonte à l'été : du 10 au 22 août, les intrus ont … »: the days the colon opens on are the attack's
    # (rules cyberattack-321)
    summer = ("L'attaque contre le Guichet cantonal Aubépine remonte à l'hiver : du 10 au 22 février, les intrus ont "
              "aspiré la liste des dossiers, page après page.")
    assert fr(summer, "attack_date", PORTAL) == {("2025-02-10", "asserted", False)}
    english = ("The intrusion at Brackwater Utilities dates back to the winter: from 3 to 9 February, the hackers "
               "queried its billing server thousands of times a day.")
    assert en(english, "attack_date", WATER) == {("2025-02-03", "asserted", False)}
    # a report dating from then is no attack
    report = ("The audit of Brackwater Utilities dates back to the winter: from 3 to 9 February, staff checked its "
              "billing server.")
    assert en(report, "attack_date", WATER) == set()


def test_the_conditional_of_paraitre_hedges():
    # « Des élèves y apparaîtraient avec leur nom »: the conditional of -aître verbs doubts as « figureraient » does
    # (rules cyberattack-322)
    listed = "Des élèves de l'Académie Sorelle apparaîtraient sur le darknet avec leur nom et leur adresse."
    assert fr(listed, "data_category", ACADEMY) == {("identity", "asserted", True), ("contact", "asserted", True)}
    # the imperfect stays a statement
    seen = "Des élèves de l'Académie Sorelle apparaissaient sur le darknet avec leur nom et leur adresse."
    assert fr(seen, "data_category", ACADEMY) == {("identity", "asserted", False), ("contact", "asserted", False)}


def test_data_that_left_the_server_is_taken():
    # « Rien d'autre que les noms n'a quitté le serveur : ni les coordonnées bancaires, ni … »: what left the server
    # (singular as plural) was taken, and what the list after the colon names was not (rules cyberattack-323)
    left = ("Rien d'autre que les noms des élèves n'a quitté le serveur de l'Académie Sorelle, assure la direction : ni "
            "les coordonnées bancaires des familles, ni les adresses électroniques.")
    assert fr(left, "data_category", ACADEMY) == {("identity", "asserted", False), ("banking", "denied", False),
                                                  ("contact", "denied", False)}


def test_the_attackers_verb_in_the_infinitive_names_its_target():
    # « les requêtes automatisées ont commencé à viser le Guichet … »: the verb in the infinitive still names whom the
    # attack went at (rules cyberattack-324)
    aimed = "Dès le 10 février, les requêtes automatisées des pirates ont commencé à viser le Guichet cantonal Aubépine."
    assert fr(aimed, "organization", PORTAL) == {("Guichet cantonal Aubépine", "asserted", False)}


def test_a_passive_relative_on_the_subject_keeps_out_of_the_main_negation():
    # "The employee whose login was phished was not the weak link": the main verb's negation denies nothing the
    # relative clause on its subject tells (rules cyberattack-325)
    phished = "The Brackwater Utilities clerk whose login was phished was not, it should be said, the weak link."
    assert en(phished, "attack_vector", WATER) == {("phishing", "asserted", False)}
    # a negation inside the relative still denies
    unphished = "Brackwater Utilities said no employee had been phished."
    assert en(unphished, "attack_vector", WATER) == {("phishing", "denied", False)}


def test_what_is_left_unsaid_is_neither_taken_nor_spared():
    # "bank details are not mentioned", 'has never used the word ransomware', 'has put no figure on how many': leaving
    # a thing, a word or a count unsaid denies nothing (rules cyberattack-326)
    unsaid = ("The Brackwater Utilities letter says names and phone numbers could have leaked; bank details are not "
              "mentioned.")
    assert en(unsaid, "data_category", WATER) == {("identity", "asserted", True), ("contact", "asserted", True)}
    word = ("A lawsuit describes the Brackwater Utilities breach as a ransomware attack, although the utility has never "
            "used the word ransomware and has put no figure on how many customers were affected.")
    assert en(word, "attack_vector", WATER) == {("ransomware", "asserted", True)}
    french = ("Les noms des élèves de l'Académie Sorelle ont fuité ; les coordonnées bancaires ne sont pas "
              "mentionnées.")
    assert fr(french, "data_category", ACADEMY) == {("identity", "asserted", False)}


def test_a_phishing_campaign_that_got_in_is_the_way_in():
    # "broken into after an employee fell for a carefully aimed phishing campaign": the campaign is named as the
    # attack, however many words stand before it (rules cyberattack-327)
    fell = ("Brackwater Utilities said its systems had been broken into after a clerk fell for a carefully aimed "
            "phishing campaign.")
    assert en(fell, "attack_vector", WATER) == {("phishing", "asserted", False)}
    # a campaign customers are told to beware of stays a risk
    beware = "Brackwater Utilities customers should beware of a phishing campaign in the coming weeks."
    assert en(beware, "risk", WATER) == {("phishing", "asserted", False)}
    assert en(beware, "attack_vector", WATER) == set()


def test_a_class_action_set_off_by_commas_is_hedged():
    # "A fifth federal class action, filed in Camden, New Jersey, by the owner of a …, says": where and by whom it was
    # filed, commas and all, stand between the case and its verb (D31, rules cyberattack-328)
    suit = ("A fifth federal class action, filed in Camden, New Jersey, by a retired teacher, says hackers stole his "
            "personal information from Brackwater Utilities' servers.")
    assert en(suit, "organization", WATER) == {("Brackwater Utilities", "asserted", True)}
    # the organisation that sues speaks for itself
    own = ("In a lawsuit filed in state court against its software vendor, Brackwater Utilities says hackers stole "
           "customer records from its servers.")
    assert en(own, "organization", WATER) == {("Brackwater Utilities", "asserted", False)}


def test_the_nationals_a_national_breach_counts():
    # "the personal data of more than five million Bulgarians": a country's people counted as those hit, as
    # "South Africans" are (rules cyberattack-329)
    nationals = "Hackers took the personal data of more than two million Romanians from Brackwater Utilities' servers."
    assert en(nationals, "victim_count", WATER) == {(2000000, "asserted", False)}
