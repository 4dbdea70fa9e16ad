"""Constructions read wrong on real-style passages (issue 9, round twelve), one test each, on
sentences of our own about an invented incident (Harwick Freight, a haulier; the Polyclinique des
Tanneurs)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Harwick Freight", "Polyclinique des Tanneurs"),
                           keywords=("Harwick", "Tanneurs"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return organisations_of(found(text, lang))


def speakers(text: str, lang: str = "en") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "quote"}


# Its systems, named by a possessive after what was taken (D32: "its systems", "its database").

def test_a_speaker_saying_data_was_taken_from_its_own_database_is_the_one_attacked():
    text = ("What the intruders carried off, Harwick Freight has now told the regulator, was the payroll data "
            "of 4,100 drivers kept in its human-resources database.")
    assert ("Harwick Freight", "asserted") in organisations(text)


def test_the_taking_before_the_possessive_with_the_speaker_first():
    text = ("Harwick Freight stressed that the intruders had copied only old invoices, held on one of its "
            "archive servers, and no driver's bank details.")
    assert ("Harwick Freight", "asserted") in organisations(text)


def test_its_database_after_a_denied_taking_presents_no_attack():
    text = "Harwick Freight said the intruders had not copied anything from its customer database."
    assert ("Harwick Freight", "asserted") not in organisations(text)


def test_french_data_taken_chez_the_organisation():
    text = ("Selon Le Télégramme, des pirates auraient dérobé plusieurs gigaoctets de documents chez "
            "Polyclinique des Tanneurs avant de les publier.")
    assert ("Polyclinique des Tanneurs", "asserted") in organisations(text, "fr")


def test_chez_with_no_taking_presents_nothing():
    text = "Les consultations reprennent lundi chez Polyclinique des Tanneurs, annonce la direction."
    assert ("Polyclinique des Tanneurs", "asserted") not in organisations(text, "fr")


# Quote speakers.

def test_a_pronoun_speaker_is_the_person_named_with_an_apposition_in_the_sentence_before():
    text = ("Nadia Verhoeven, a consultant who advises several hauliers, was blunt about it. “Someone typed "
            "a password into a fake page, and the attackers walked in,” she said.")
    assert speakers(text) == {"Nadia Verhoeven"}


def test_a_region_opening_a_sentence_is_no_person_for_a_later_pronoun():
    text = ("Grand Est, where the depots are, was spared. « Nous avons tout coupé en une heure », a-t-il dit.")
    assert "Grand Est" not in speakers(text, "fr")


def test_a_verb_of_wishing_before_the_reporting_verb_keeps_its_inverted_subject():
    text = ("« Aucune donnée médicale n'a quitté nos serveurs », a tenu à préciser Hélène Marchal, directrice "
            "de la polyclinique.")
    assert speakers(text, "fr") == {"Hélène Marchal"}


def test_a_second_quotation_after_avant_d_ajouter_is_the_same_speaker():
    text = ("« Nous avons fermé le bloc trois jours », explique le docteur Paul Garnier, président de la "
            "commission médicale, avant d'ajouter : « Personne n'a été mis en danger. »")
    assert speakers(text, "fr") == {"Paul Garnier"}


def test_a_second_quotation_after_before_adding_is_the_same_speaker():
    text = ("“We shut the depot for three days,” said Paul Garnier, the operations director, before adding: "
            "“Nobody's wages were touched.”")
    assert speakers(text) == {"Paul Garnier"}


def test_a_time_clause_after_an_inverted_speaker_is_not_part_of_the_name():
    text = ("« Nous n'avons relevé aucune intrusion », a fait savoir Harwick Freight une fois la piste d'un "
            "rançongiciel écartée.")
    assert speakers(text, "fr") == {"Harwick Freight"}


def test_a_bare_spokesperson_speaks_for_the_organisation_of_the_passage():
    text = ("Harwick Freight has written to its drivers. “We will call each of you this week,” a spokesperson "
            "told the local paper.")
    assert speakers(text) == {"Harwick Freight"}


def test_a_bare_french_porte_parole_speaks_for_the_organisation():
    text = ("La Polyclinique des Tanneurs a prévenu ses patients. « Nous rappellerons chacun d'eux », a indiqué "
            "une porte-parole.")
    assert speakers(text, "fr") == {"Polyclinique des Tanneurs"}


def test_a_spokesperson_of_another_body_stays_as_written():
    text = "“We are looking into it,” a police spokesperson said of the Harwick Freight breach."
    assert "Harwick Freight" not in speakers(text)


def test_a_compound_first_name_is_kept_whole_for_a_later_pronoun():
    text = ("Selon Jean-François Rial, PDG de Harwick Freight, les pirates ont volé un mot de passe. « Aucun "
            "salaire n'a été touché », a-t-il affirmé au Monde.")
    assert speakers(text, "fr") == {"Jean-François Rial"}


def test_a_described_speaker_loses_its_incidental_relative_clause():
    text = ("Another driver, who asked not to be named, was blunter: “What they took could not be more "
            "private, and I no longer feel safe.”")
    assert speakers(text) == {"driver"}


def test_a_concessive_opening_does_not_give_its_subject_to_the_main_clause_fragment():
    text = ("Although Harwick Freight says it is working hard, the National Office of Cyber Security would say "
            "only that it knew of the incident and “stands ready to assist if needed”.")
    assert speakers(text) == {"National Office of Cyber Security"}


def test_a_wish_before_the_reporting_verb_leaves_the_apposed_name_as_speaker():
    text = ("Le président de la polyclinique, Yoann Marchetti, a voulu rassurer dans la presse locale : « Les "
            "dossiers médicaux n'ont pas été touchés. »")
    assert speakers(text, "fr") == {"Yoann Marchetti"}


def test_a_described_group_with_its_name_speaks_as_that_name():
    text = ("Sur son site, le groupe de rançongiciel Korvax, qui exige une rançon, se vante d'avoir publié « des "
            "tonnes de données confidentielles » ; la polyclinique parle plutôt de quelques centaines de fichiers.")
    assert speakers(text, "fr") == {"Korvax"}


def test_an_office_holder_of_a_named_company_keeps_the_title():
    # a preposition before the name makes it a complement: the title stays (D7c)
    text = "« Les salaires ne sont pas touchés », affirme une directrice de Harwick Freight."
    assert speakers(text, "fr") == {"directrice de Harwick Freight"}


def test_an_english_present_tense_reporting_verb_after_the_quote():
    text = ("Five months on, Harwick Freight is writing to drivers. “This is not a new incident,” Tim Okafor "
            "stresses in the letters.")
    assert speakers(text) == {"Tim Okafor"}


# Sentences set aside, or read as nothing, for a word they open on or lack.

def test_a_sentence_opening_on_credit_card_is_no_photo_credit():
    assert ("data_category", "banking", "denied", False) in found("Credit card numbers were not taken.")


def test_a_photo_credit_line_is_still_furniture():
    assert not found("Credit: Harwick Freight depot in Leeds, photographed by Anna Pell.")


def test_data_not_touched_is_denied_across_a_reporting_aside():
    text = "Credit card and bank account details, he added, do not appear to have been touched."
    assert ("data_category", "banking", "denied", True) in found(text)


def test_an_illegitimate_access_to_patients_data_takes_the_list_after_the_colon():
    text = ("La Polyclinique des Tanneurs a repéré un accès illégitime aux informations de ses patients : leur "
            "identité, leurs coordonnées et leur numéro de sécurité sociale.")
    got = {c[1] for c in found(text, "fr") if c[0] == "data_category" and c[2] == "asserted"}
    assert {"identity", "contact", "social_security_number"} <= got


# Organisations: longer asides, and an attack put as likely.

def test_a_long_relative_apposition_before_the_word_of_being_hit():
    text = ("Le service Harwick Freight, par lequel les transporteurs de la région déclarent et règlent les heures "
            "de leurs chauffeurs intérimaires, a été victime d'un vol de données, a fait savoir lundi l'entreprise.")
    assert ("Harwick Freight", "asserted") in organisations(text, "fr")


def test_a_long_aside_between_the_verb_of_saying_and_its_que():
    text = ("Le transporteur Harwick Freight a fait savoir mercredi, dans un communiqué publié au titre de "
            "l'information réglementaire, qu'il avait subi une cyberattaque dans la nuit du 15 au 16 mai.")
    assert ("Harwick Freight", "asserted") in organisations(text, "fr")


def test_after_what_appears_to_have_been_a_cyberattack_is_its_own_hedged():
    text = "Harwick Freight was scrambling to restore access after what appears to have been a cyberattack."
    assert ("organization", "Harwick Freight", "asserted", True) in found(text)


def test_after_a_cyberattack_on_another_organisation_is_not_its_own():
    text = ("Harwick Freight was scrambling to reroute parcels after what appears to have been a cyberattack on "
            "its courier, Norvell Logistics.")
    assert ("Harwick Freight", "asserted") not in organisations(text)


# Straight quotation marks read as curly ones.

def test_straight_quotation_marks_read_as_curly_ones():
    curly = ("“Please do not come to the depot unless you are expected,” Harwick Freight posted as the "
             "ransomware spread, while its courier said it had not been affected.")
    assert found(curly.replace("“", '"').replace("”", '"')) == found(curly)


def test_the_evidence_keeps_the_quotation_marks_the_article_printed():
    from claims.extraction.extract import extract_claims, load_profile

    text = 'Harwick Freight said on Monday: "Drivers\' bank details were not taken."'
    claims = extract_claims(text, profile=load_profile(), language="en", incident=INCIDENT)
    assert claims and all(c.text == text[c.start:c.end] and '"' in c.text for c in claims)


def test_an_odd_number_of_straight_marks_is_left_as_printed():
    from claims.extraction.extract import curl_quotes

    assert curl_quotes('He said "we were hit.\nThen "nothing"') == 'He said "we were hit.\nThen “nothing”'


# A year that dates what the data covers, or qualifies a noun, is no earlier incident.

def test_data_covering_a_period_up_to_an_earlier_year_is_no_recap():
    text = ("Harwick Freight stressed that the intruders had reached only old invoices, held on one of its systems "
            "for orders placed up to October 2020, and never any driver's bank details.")
    got = found(text)
    assert ("organization", "Harwick Freight", "asserted", False) in got
    assert ("data_category", "banking", "denied", False) in got


def test_records_that_go_back_to_an_earlier_year_are_no_recap():
    text = "The intruders copied the drivers' names and home addresses, records that go back to late 2018."
    assert {"identity", "contact"} <= {c[1] for c in found(text) if c[0] == "data_category" and c[2] == "asserted"}


def test_a_year_that_qualifies_a_turnover_is_no_recap():
    text = ("The regulator intends to fine Harwick Freight £4 million, 1.5% of its 2017 turnover, after attackers "
            "stole the bank details of 9,000 drivers.")
    assert ("Harwick Freight", "asserted") in organisations(text)


def test_an_attack_of_an_earlier_year_is_still_a_recap():
    text = "Its 2019 attack had already exposed the bank details of 9,000 drivers."
    assert not [c for c in found(text) if c[0] == "data_category"]


def test_french_data_before_an_earlier_month_is_no_recap():
    text = ("Les pirates ont volé les noms et, pour certains clients antérieurs à mars 2019, les numéros de "
            "sécurité sociale des chauffeurs de Harwick Freight.")
    got = {c[1] for c in found(text, "fr") if c[0] == "data_category" and c[2] == "asserted"}
    assert {"identity", "social_security_number"} <= got


# Warnings against messages that pose as someone: the risk they name is phishing (D8).

def test_messages_that_pretend_to_come_from_the_company_are_phishing():
    text = "The company is asking drivers to be wary of messages that pretend to come from Harwick Freight."
    assert ("risk", "phishing", "asserted", False) in found(text)


def test_a_call_asking_for_your_pin_is_phishing():
    text = "Treat any call or message asking for your PIN as a likely scam, the company said."
    assert ("risk", "phishing", "asserted") in {c[:3] for c in found(text)}


def test_french_messages_posing_as_the_clinic_to_ask_for_details_are_phishing():
    text = ("Ne répondez à aucun appel ni courriel qui se présenterait comme venant de la polyclinique pour vous "
            "demander vos coordonnées bancaires.")
    assert ("risk", "phishing", "asserted") in {c[:3] for c in found(text, "fr")}


# What a question takes for granted.

def test_a_question_after_the_attack_on_the_organisation_presupposes_it():
    assert ("Harwick Freight", "asserted") in organisations("Après l'attaque contre Harwick Freight, que faire ?", "fr")


def test_a_question_about_the_file_stolen_from_the_organisation_presupposes_it():
    text = "Ce que renferme le fichier dérobé à la Polyclinique des Tanneurs ?"
    assert ("Polyclinique des Tanneurs", "asserted") in organisations(text, "fr")


def test_a_question_whether_it_was_hit_presupposes_nothing():
    assert not organisations("La Polyclinique des Tanneurs a-t-elle été piratée ?", "fr")
    assert not organisations("Was Harwick Freight hacked too?")


def test_a_middle_initial_does_not_cut_the_speaker_s_name():
    text = ("Les données volées ouvrent la voie à des escroqueries, prévient Christoph C. Cemper, fondateur d'une "
            "société de sécurité : « les pirates s'en servent pour envoyer de faux messages ».")
    assert speakers(text, "fr") == {"Christoph C. Cemper"}


def test_an_impersonal_on_with_any_verb_speaks_for_the_body_named_after():
    text = ("« Tant que tout n'est pas réglé, nous préférons ne rien dévoiler », répond-on à la Polyclinique des "
            "Tanneurs, où l'on ignore encore l'ampleur de l'incident.")
    assert speakers(text, "fr") == {"Polyclinique des Tanneurs"}


def test_a_pronoun_speaker_with_nobody_named_before_is_the_office_the_sentence_opens_on():
    text = ("Le patron du transporteur minimise : les pirates « font les malins pour pas grand-chose », lâche-t-il "
            "sur franceinfo.")
    assert speakers(text, "fr") == {"patron du transporteur"}


# Words the lists lacked.

def test_paralysed_by_a_cyberattack_is_a_word_of_being_hit():
    text = "Harwick Freight est paralysé depuis lundi par une cyberattaque : aucun camion ne quitte les dépôts."
    assert ("Harwick Freight", "asserted") in organisations(text, "fr")


def test_not_the_first_to_be_paralysed_presents_it_as_hit():
    text = "Harwick Freight is not the first haulier to be paralysed by ransomware this year."
    assert ("Harwick Freight", "asserted") in organisations(text)


def test_bogus_calls_texts_and_emails_are_phishing():
    text = "Harwick Freight is warning its drivers to expect bogus calls, texts and emails in the coming weeks."
    assert ("risk", "phishing", "asserted") in {c[:3] for c in found(text)}


def test_they_are_after_a_sentence_about_regions_names_them():
    text = ("Two regions account for almost all of the drivers on the stolen lists. They are Normandy and the "
            "Hauts-de-France region.")
    got = {c[1] for c in found(text) if c[0] == "region" and c[2] == "asserted"}
    assert {"Normandie", "Hauts-de-France"} <= got


def test_data_siphoned_from_the_organisation_presents_it_as_attacked():
    text = "Hackers had siphoned the payroll files of 4,000 drivers from Harwick Freight before anyone noticed."
    assert ("Harwick Freight", "asserted") in organisations(text)


def test_french_patients_data_diverted_presents_their_clinic_as_attacked():
    text = "Les données de 3 000 patients de la Polyclinique des Tanneurs ont été détournées."
    assert ("Polyclinique des Tanneurs", "asserted") in organisations(text, "fr")


def test_french_vol_de_donnees_named_by_the_organisation_is_its_own_attack():
    text = "Harwick Freight a indiqué craindre un vol de données, sans préciser l'ampleur."
    assert ("Harwick Freight", "asserted") in organisations(text, "fr")


def test_credit_taken_out_in_your_name_is_identity_theft():
    text = ("Avec une simple copie de passeport, un escroc peut tenter de souscrire un crédit à votre nom : "
            "surveillez vos courriers bancaires.")
    assert ("risk", "identity_theft", "asserted") in {c[:3] for c in found(text, "fr")}


def test_an_office_of_a_named_body_after_an_article_keeps_its_title():
    text = "Pour le président de la CNIL, « les établissements doivent renforcer l'authentification des accès »."
    assert speakers(text, "fr") == {"président de la CNIL"}


def test_a_day_after_opened_still_dates_an_event():
    # "ouverte mercredi" dates the opening: no period of data, and the sentence stays a check-worthy fact
    text = ("Une cellule d'écoute téléphonique a été ouverte mercredi par une association de consommateurs pour "
            "aider les victimes de ces appels.")
    assert (None, None, "asserted", False) in found(text, "fr", dt.date(2025, 9, 11))


def test_a_question_whether_the_attack_hit_it_presupposes_nothing():
    assert not organisations("Has the attack hit Harwick Freight too?")
