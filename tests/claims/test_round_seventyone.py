"""Round seventy-one (issue 9): what dev71 and dev72 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Welsh water utility, a Jura dairy cooperative, a Perth hospital)."""

from __future__ import annotations

from tests.claims.helpers import ROUND_PUBLISHED, claims_of, en, fr, round_incident as incident


WATER = incident("Dŵr Gwent", keywords=("Dŵr Gwent",))
DAIRY = incident("Fruitière du Haut-Jura", keywords=("Fruitière du Haut-Jura",))
HOSPITAL = incident("Swan River Hospital", keywords=("Swan River Hospital",))


def test_no_other_spares_the_others_not_the_one_named():
    # "no other Dŵr Gwent system was touched": the others are spared, the organisation's own hit system is not
    # denied; « aucun autre établissement de Bourgogne-Franche-Comté n'a été touché »: the region of the one that
    # was hit stays asserted; a bare denial still denies (rules cyberattack-371)
    other = ("The utility said its billing portal had been breached, and that no other Dŵr Gwent system was "
             "touched.")
    assert en(other, "organization", WATER) == {("Dŵr Gwent", "asserted", False)}
    autre = ("La fruiterie garde ses portes ouvertes ; aucun autre établissement de Bourgogne-Franche-Comté n'a été "
             "touché par l'attaque contre la Fruitière du Haut-Jura, assure la préfecture.")
    assert ("Bourgogne-Franche-Comté", "asserted", False) in fr(autre, "region", DAIRY)
    bare = "Aucun établissement de Bourgogne-Franche-Comté n'a été touché par l'attaque, assure la préfecture."
    assert ("Bourgogne-Franche-Comté", "denied", False) in fr(bare, "region", DAIRY)


def test_a_promise_never_to_ask_for_bank_details_denies_none_taken():
    # « Nous ne demandons jamais de coordonnées bancaires par courriel »: the organisation's own advice, in the
    # first person, says what it never asks for, not that bank details were spared; the warning of fake messages
    # after it still names phishing (rules cyberattack-372)
    never = ("« Nous ne demandons jamais de coordonnées bancaires par courriel », rappelle une porte-parole de la "
             "Fruitière du Haut-Jura, qui craint que les informations consultées servent à fabriquer de faux messages "
             "de relance de paiement.")
    assert fr(never, "data_category", DAIRY) == set()
    assert fr(never, "risk", DAIRY) == {("phishing", "asserted", False)}
    spared = "« Aucune coordonnée bancaire n'a été dérobée », assure la Fruitière du Haut-Jura."
    assert fr(spared, "data_category", DAIRY) == {("banking", "denied", False)}


def test_a_title_s_full_stop_stays_inside_an_apposed_speaker():
    # "“…,” Swan River Hospital's director, Dr. Alana Whitford, told ABC Radio": the title's full stop ends neither
    # the sentence nor the apposition, which names who speaks (rules cyberattack-373)
    titled = ("“Patient care has carried on,” Swan River Hospital's director, Dr. Alana Whitford, told ABC Radio on "
              "Thursday, adding that every ward was open.")
    assert en(titled, "quote", HOSPITAL) == {("Alana Whitford", "asserted", False)}


def test_a_speaker_s_age_after_the_name_leaves_the_name_for_a_later_he():
    # "Gareth Pryce, 74, had been waiting … “…,” he recalled": the age set off by commas after the name that opens
    # the sentence before is no part of it, and the pronoun stands for him; « Jeanne Roux, 67 ans, » likewise
    # (rules cyberattack-374)
    aged = ("Gareth Pryce, 74, had been waiting at Swan River Hospital when the computers went down. “We just sat "
            "there for hours,” he recalled.")
    assert en(aged, "quote", HOSPITAL) == {("Gareth Pryce", "asserted", False)}
    ans = ("Jeanne Roux, 67 ans, livrait son lait à la Fruitière du Haut-Jura le jour de l'attaque. « Plus rien ne "
           "marchait », raconte-t-elle.")
    assert fr(ans, "quote", DAIRY) == {("Jeanne Roux", "asserted", False)}


def test_systems_named_by_what_they_serve_are_still_the_owner_s():
    # « un extranet de ressources humaines de la Fruitière du Haut-Jura », « le système d'information des sites de
    # la Fruitière »: a complement between the system and its owner leaves the owner hit; an extranet is a system
    # (rules cyberattack-375)
    serve = ("L'accès frauduleux a visé un extranet de ressources humaines de la Fruitière du Haut-Jura, fermé "
             "depuis.")
    assert fr(serve, "organization", DAIRY) == {("Fruitière du Haut-Jura", "asserted", False)}
    english = "The intrusion reached the staff extranet of Dŵr Gwent, which has since been taken offline."
    assert en(english, "organization", WATER) == {("Dŵr Gwent", "asserted", False)}


def test_the_whole_after_a_comma_is_a_base_not_a_count():
    # « quelque 2 300 adhérents sont concernés, sur les 9 000 producteurs de la coopérative »: the figure after « sur
    # les » past the comma is the whole the share is drawn from; 'out of the' likewise (rules cyberattack-376)
    share = ("Un intrus a copié le fichier de la Fruitière du Haut-Jura : quelque 2 300 adhérents sont concernés, sur "
             "les 9 000 producteurs de la coopérative.")
    assert fr(share, "victim_count", DAIRY) == {(2300, "asserted", False)}
    english = ("An intruder copied Dŵr Gwent's billing file: some 12,000 customers were affected, out of the 90,000 "
               "households it supplies.")
    assert en(english, "victim_count", WATER) == {(12000, "asserted", False)}


def test_an_organisation_that_revealed_its_own_breach_before_a_count_was_hit():
    # « a révélé lundi qu'un intrus avait copié le fichier de ses adhérents : quelque 2 300 producteurs sont
    # concernés »: what it revealed of itself comes before the colon, and the victims counted after it do not make
    # it a mere reporter (D18); « a révélé » is a verb of saying (rules cyberattack-377)
    revealed = ("La Fruitière du Haut-Jura a révélé lundi qu'un intrus avait copié le fichier de ses adhérents : "
                "quelque 2 300 producteurs sont concernés.")
    assert fr(revealed, "organization", DAIRY) == {("Fruitière du Haut-Jura", "asserted", False)}


def test_not_the_work_of_denies_the_author_not_the_deed():
    # "The hack that hit Dŵr Gwent's billing portal on Monday was not the work of outside hackers": the hack, its
    # target and its day are given; a way in named as the author is what is denied (rules cyberattack-378)
    work = ("The hack that hit Dŵr Gwent's billing portal on Monday was not the work of outside hackers, the "
            "contractor Cadwyn IT now says.")
    assert en(work, "organization", WATER) == {("Dŵr Gwent", "asserted", False)}
    assert {polarity for _value, polarity, _hedged in en(work, "attack_date", WATER)} == {"asserted"}
    insider = "The ransomware attack on Dŵr Gwent was not the work of an insider, the utility said."
    assert en(insider, "attack_vector", WATER) == {("ransomware", "asserted", False), ("insider", "denied", False)}
    oeuvre = "L'attaque contre la Fruitière du Haut-Jura n'était pas l'œuvre d'un rançongiciel, assure la coopérative."
    assert fr(oeuvre, "organization", DAIRY) == {("Fruitière du Haut-Jura", "asserted", False)}


def test_a_role_noun_s_officials_speak_for_the_body_it_names():
    # "“…,” hospital officials told them": with no article, the body a role noun names speaks through its officials,
    # as "the hospital said" does; officials of no such body stay unnamed (rules cyberattack-379)
    said = ("Staff heard the news at a meeting on Friday. “The vendor's letter reached us on April 26,” hospital "
            "officials told them, a week after the Swan River Hospital breach.")
    assert en(said, "quote", HOSPITAL) == {("Swan River Hospital", "asserted", False)}
    federal = "“The vendor's letter reached us on April 26,” federal officials said of the Swan River Hospital breach."
    assert en(federal, "quote", HOSPITAL) == {(None, "asserted", False)}


def test_a_body_s_leadership_team_is_the_body_speaking():
    # « », fait savoir l'équipe dirigeante de la Fruitière du Haut-Jura »: the leadership team speaks for the body,
    # as its press office does (D7a) (rules cyberattack-380)
    team = ("« Nous ne paierons pas », fait savoir l'équipe dirigeante de la Fruitière du Haut-Jura, qui a porté "
            "plainte.")
    assert fr(team, "quote", DAIRY) == {("Fruitière du Haut-Jura", "asserted", False)}


def test_staff_abusing_their_access_are_an_insider():
    # "is suspected of abusing his access to change the landing page": the participle, as 'abused his access' was,
    # names an insider; 'suspected' hedges it (rules cyberattack-381)
    abusing = ("Police said the man arrested on Thursday works for Dŵr Gwent's billing contractor and is suspected of "
               "abusing his access to change customers' bank details.")
    assert en(abusing, "attack_vector", WATER) == {("insider", "asserted", True)}


def test_health_centres_are_places_of_care():
    # « les centres médico-sociaux ont dû fonctionner en mode dégradé »: care is given there as in a hospital, so a
    # strong word of disruption said of them is care asserted; the mode said of its accounts office is not
    # (rules cyberattack-382)
    centres = ("Pendant le week-end, les centres médico-sociaux de la Fruitière du Haut-Jura ont dû fonctionner en mode "
               "dégradé après la cyberattaque.")
    assert fr(centres, "care_impact", DAIRY) == {("care", "asserted", False)}
    office = ("Pendant le week-end, le service comptable de la Fruitière du Haut-Jura a dû fonctionner en mode dégradé "
              "après la cyberattaque.")
    assert fr(office, "care_impact", DAIRY) == set()


def test_data_that_came_out_was_taken():
    # « jure qu'aucune information financière n'est sortie »: data said to have come out, with nothing said of where
    # from, are data taken, so the negation denies them (rules cyberattack-383)
    out = "Après la cyberattaque, la Fruitière du Haut-Jura jure qu'aucune information financière n'est sortie."
    assert fr(out, "data_category", DAIRY) == {("banking", "denied", False)}
    came = ("Selon les pirates, les relevés bancaires des producteurs sont sortis lors de l'attaque contre la "
            "Fruitière du Haut-Jura.")
    assert fr(came, "data_category", DAIRY) == {("banking", "asserted", True)}


def test_an_organisation_investigating_a_breach_after_a_dateline_was_hit():
    # "CARDIFF — Dŵr Gwent is investigating a suspected data breach": looking into a breach, as finding one, makes
    # its subject the one attacked ('suspected' hedges it); a dateline's dash opens the clause the name then opens
    # (rules cyberattack-384)
    dateline = ("CARDIFF — Dŵr Gwent is investigating a suspected data breach after a seller on a hacking forum "
                "offered its customer list.")
    assert en(dateline, "organization", WATER) == {("Dŵr Gwent", "asserted", True)}
    enquete = "La Fruitière du Haut-Jura enquête sur une fuite de données touchant ses producteurs."
    assert fr(enquete, "organization", DAIRY) == {("Fruitière du Haut-Jura", "asserted", False)}


def test_a_case_s_allegations_through_a_pronoun_are_hedged():
    # "A proposed class action was filed on Monday. It claims the intrusion exposed Social Security numbers": the
    # pronoun goes on with the case's allegations, unproven as the case is (D31); a sentence after any other opening
    # keeps its own state (rules cyberattack-385)
    case = ("A proposed class action against Dŵr Gwent was filed on Monday in Cardiff. It claims the intrusion "
            "exposed customers' Social Security numbers.")
    found = claims_of(case, "en", ROUND_PUBLISHED, WATER)
    assert ("data_category", "social_security_number", "asserted", True) in found
    plain = ("Dŵr Gwent wrote to customers on Monday. It says the intrusion exposed customers' Social Security "
             "numbers.")
    found = claims_of(plain, "en", ROUND_PUBLISHED, WATER)
    assert ("data_category", "social_security_number", "asserted", False) in found


def test_a_heading_or_a_subject_line_in_quotes_is_nobody_s_words():
    # "shown a page headed “Welcome to the new portal”", "e-mailed staff under the subject line “Data Leak Urgent”",
    # « un courriel avec pour objet « Facture impayée » »: what a page or a message is headed is its title, nobody's
    # words (rules cyberattack-386)
    page = ("Customers logging on to Dŵr Gwent's portal on Monday were shown a page headed “Your account is now "
            "closed for good” before the site was pulled.")
    assert en(page, "quote", WATER) == set()
    subject = ("The gang e-mailed about 150 of Dŵr Gwent's staff under the subject line “Data Leak Urgent Notice”, "
               "boasting that it had taken 290 gigabytes.")
    assert en(subject, "quote", WATER) == set()
    objet = ("Les producteurs ont reçu un courriel avec pour objet « Votre facture de lait impayée » après l'attaque "
             "contre la Fruitière du Haut-Jura.")
    assert fr(objet, "quote", DAIRY) == set()


def test_words_called_someone_s_verdict_are_theirs():
    # '“Serious and ongoing” was the verdict of Rhian Price, the water minister', « … » est l'avis du préfet: the
    # words are the verdict of whom the phrase names, as '“…” was how X put it' gave them (rules cyberattack-387)
    verdict = ("“Serious and still unfolding” was the verdict of Rhian Price, the water minister, on the Dŵr Gwent "
               "breach on Sunday.")
    assert en(verdict, "quote", WATER) == {("Rhian Price", "asserted", False)}


def test_a_body_s_own_capitalised_name_is_not_a_role_noun():
    # "“…,” the National Cyber Security Centre said": a body's name capitalised word by word is that body, though its
    # last word, 'Centre', is a role noun that would otherwise stand for the incident's organisation
    # (rules cyberattack-388)
    ncsc = ("“We are working with the utility and its partners,” the National Cyber Security Centre said of the "
            "Dŵr Gwent attack.")
    assert en(ncsc, "quote", WATER) == {("National Cyber Security Centre", "asserted", False)}
    voice = ("“We are working with the utility,” a National Cyber Security Centre spokesperson said of the Dŵr Gwent "
             "attack.")
    assert en(voice, "quote", WATER) == {("National Cyber Security Centre", "asserted", False)}
