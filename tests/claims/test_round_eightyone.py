"""Round eighty-one (issue 9): what dev84 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (an Estonian science park, a Lyon freight firm, an antivirus maker, a Normandy
clinic, a password vault, a crypto exchange)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


PARK = incident("Tartu Science Park", keywords=("Tartu Science Park",))
FREIGHT = incident("Rhône Fret", keywords=("Rhône Fret",))


def test_a_comma_then_a_new_subject_with_a_negated_verb_denies_only_its_own_clause():
    # "guessing had given the hacker the credentials of administrator accounts, remote access was not protected by a
    # second factor": after a clause with its own verb, a comma then a new subject and a negated verb is a clause of
    # its own (rules cyberattack-574); the negation denied the credentials taken
    splice = ("Repeated guessing had given the intruder the credentials of two administrator accounts at Tartu "
              "Science Park, remote access was not protected by a second factor.")
    assert en(splice, "data_category", PARK) == {("credentials", "asserted", False)}
    spared = ("Les pirates ont dérobé les identifiants de connexion de Rhône Fret, les données de ses clients n'ont "
              "pas été touchées.")
    assert ("credentials", "asserted", False) in fr(spared, "data_category", FREIGHT)
    # a list before the comma has no verb of its own: the whole list is the negated subject
    listed = "Names, home addresses were not among the files taken from Tartu Science Park."
    assert en(listed, "data_category", PARK) == {("identity", "denied", False), ("contact", "denied", False)}


ANTIVIRUS = incident("Veilleur Sécurité", keywords=("Veilleur",))


def test_the_organisations_own_people_behind_the_leak_are_an_insider():
    # « un de ses propres salariés avait pillé sa base », « les agissements d'un initié », « la fuite venait de ses
    # propres rangs »: the leak coming from the organisation's own people is an insider (rules cyberattack-575); no
    # way in was read
    staff = "Veilleur Sécurité a reconnu qu'un de ses propres salariés avait pillé sa base de données clients."
    assert fr(staff, "attack_vector", ANTIVIRUS) == {("insider", "asserted", False)}
    ranks = "Veilleur Sécurité a acquis la certitude que la fuite venait de ses propres rangs."
    assert fr(ranks, "attack_vector", ANTIVIRUS) == {("insider", "asserted", False)}
    english = "Veilleur Sécurité said one of its own employees had sold the contact details of its customers."
    assert en(english, "attack_vector", ANTIVIRUS) == {("insider", "asserted", False)}
    # an insider dealer is no insider of the breach
    dealing = "Un ancien dirigeant de Veilleur Sécurité a été condamné pour délit d'initié."
    assert fr(dealing, "attack_vector", ANTIVIRUS) == set()


def test_a_name_writing_on_its_own_blog_is_not_the_attackers():
    # "», écrit Trend Micro sur son blog": the company writing on its own blog or site says it in its own name; the
    # words "sur son blog" made it the attackers' claim, hedged (rules cyberattack-576)
    blog = "« Il s'agit des agissements d'un initié », écrit Veilleur Sécurité sur son blog."
    assert fr(blog, "attack_vector", ANTIVIRUS) == {("insider", "asserted", False)}
    # the gang writing on its site still speaks as the attackers
    gang = "« Nous avons dérobé les fichiers de Veilleur Sécurité », écrit le gang sur son site."
    assert fr(gang, "organization", ANTIVIRUS) == {("Veilleur Sécurité", "asserted", True)}


CLINIC = incident("Clinique du Val d'Orne", keywords=("Val d'Orne",))


def test_kept_apart_and_backed_up_spares_what_was_kept_apart():
    # « hébergé sur un serveur à part et sauvegardé chaque nuit, est resté hors d'atteinte »: "à part" coordinated
    # with another participle closes its phrase, it excepts nothing (rules cyberattack-577); the sparing was cut
    # off from the records and they read as taken
    apart = ("Le dossier patient de la Clinique du Val d'Orne, hébergé sur un serveur à part et sauvegardé chaque "
             "nuit, est resté hors d'atteinte.")
    assert fr(apart, "data_category", CLINIC) == {("medical", "denied", False)}
    # "à part" naming what it excepts still does
    except_names = "À part les noms des patients, aucune donnée de la Clinique du Val d'Orne n'a été copiée."
    assert ("identity", "denied", False) not in fr(except_names, "data_category", CLINIC)


VAULT = incident("Coffrefort", keywords=("Coffrefort",))


def test_what_the_intruder_may_have_seen_or_what_turned_up_online_is_taken():
    # "the intruder may have seen the holder's name, phone number and postal address", "addresses and birth dates
    # did turn up on the Telegram channel": what may have been seen, or turned up somewhere, was reached (rules
    # cyberattack-578); nothing was read
    seen = "Once inside a Coffrefort account, the intruder may have seen the holder's phone number and postal address."
    assert ("contact", "asserted", True) in en(seen, "data_category", VAULT)
    surfaced = "Coffrefort customers' home addresses and birth dates did turn up on a Telegram channel last week."
    assert {("contact", "asserted", False), ("identity", "asserted", False)} <= en(surfaced, "data_category", VAULT)
    # a fear that they might turn up is no report that they did
    fear = "Coffrefort customers are watching their bank alerts in case their addresses turn up on the dark web."
    assert en(fear, "data_category", VAULT) == set()


def test_a_former_employee_whose_data_was_taken_is_no_insider():
    # "A former employee whose pay records were stolen called it outrageous": one whose data was taken is a victim,
    # not an insider, as former employees in the plural already were (rules cyberattack-579)
    victim = "A former employee whose pay records were stolen called the Tartu Science Park breach outrageous."
    assert en(victim, "attack_vector", PARK) == set()
    # a former employee who did it still is
    culprit = "Police believe a former employee of Tartu Science Park copied the files before leaving."
    assert {c[:2] for c in en(culprit, "attack_vector", PARK)} == {("insider", "asserted")}


def test_the_outlet_a_quotation_was_given_to_is_not_part_of_its_speaker():
    # "», a fait savoir Deloitte au quotidien britannique", « aux journalistes »: the kind of outlet or audience the
    # words were given to is no part of who said them, as a named paper already was (rules cyberattack-580)
    daily = "« Nous avons aussitôt déclenché nos procédures », a fait savoir Rhône Fret au quotidien régional."
    assert fr(daily, "quote", FREIGHT) == {("Rhône Fret", "asserted", False)}
    press = "« Aucune donnée n'a quitté nos serveurs », a déclaré Rhône Fret aux journalistes."
    assert fr(press, "quote", FREIGHT) == {("Rhône Fret", "asserted", False)}


EXCHANGE = incident("Bourse Nivale", keywords=("Bourse Nivale",))


def test_api_keys_and_two_factor_codes_gathered_by_phishing():
    # « à force d'hameçonnage, de virus et d'autres attaques, les pirates ont réuni quantité de clés API, de codes de
    # double authentification »: API keys and second-factor codes are credentials, and « à force de » says how the
    # phishing served (rules cyberattack-581); only a phishing risk was read
    gathered = ("À force d'hameçonnage et de virus, les pirates ont réuni quantité de clés API et de codes de double "
                "authentification des clients de Bourse Nivale.")
    assert fr(gathered, "attack_vector", EXCHANGE) == {("phishing", "asserted", False)}
    assert fr(gathered, "data_category", EXCHANGE) == {("credentials", "asserted", False)}


def test_a_hedge_on_the_last_item_of_a_list_doubts_that_item_only():
    # "stole API keys, two-factor codes and possibly bank details": the hedge after the "and" closing a list doubts
    # the last item, not the list (rules cyberattack-582); every item read as doubted
    listed = "Hackers stole the names, home addresses and possibly the bank details of Bourse Nivale's customers."
    assert en(listed, "data_category", EXCHANGE) == {
        ("identity", "asserted", False), ("contact", "asserted", False), ("banking", "asserted", True)}
    # a figure after it counts the people the whole list is about, under the hedge
    counted = "Hackers reached a Bourse Nivale server with names, emails and possibly passwords of 3,000 users."
    assert ("3000", "asserted", True) in {(str(v), p, h) for v, p, h in en(counted, "victim_count", EXCHANGE)}
