"""Faults any breach's coverage can trip (issue 9, round fourteen), one test each, on sentences of
our own about an invented incident (Halvern Water, a utility; Mistral Fret, a carrier; the
Université de Lorvane; the Centre hospitalier de Brenne-Sud)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Halvern Water", "Mistral Fret", "Université de Lorvane",
                                          "Centre hospitalier de Brenne-Sud", "Mairie de Vessac"),
                           keywords=("Halvern", "Mistral Fret", "Lorvane", "Brenne-Sud"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    return organisations_of(found(text, lang, published))


def slot(text: str, name: str, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in found(text, lang) if c[0] == name}


def speakers(text: str, lang: str = "en") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "quote"}


# Data about an organisation's people is its data: "les données du personnel de X" reached makes X
# the one hit, as "les serveurs de X" does.

def test_data_of_its_staff_reached_makes_it_hit():
    text = ("Les investigations ont mis au jour la compromission de données sensibles du personnel de "
            "l'Université de Lorvane : adresses électroniques et numéros de sécurité sociale.")
    assert ("Université de Lorvane", "asserted") in organisations(text, "fr")


def test_data_of_its_students_and_staff_counted_then_named():
    text = ("Les données de 105 000 étudiants et de 12 000 personnels de l'Université de Lorvane se sont "
            "retrouvées plusieurs heures en libre accès sur Internet.")
    assert ("Université de Lorvane", "asserted") in organisations(text, "fr")


def test_data_sent_to_an_organisation_does_not_make_it_hit():
    text = ("Les dossiers de patients transmis par erreur à l'Université de Lorvane ont été consultés par "
            "un prestataire.")
    assert ("Université de Lorvane", "asserted") not in organisations(text, "fr")


# The English simple past with a pronoun subject is a predicate ("files it says it stole").

def test_files_it_says_it_stole_from_the_organisation():
    text = ("The gang is asking $6 million for files it says it stole from Halvern Water, and has posted "
            "eight of them on its leak site as proof.")
    assert ("Halvern Water", "asserted") in organisations(text)


def test_they_struck_inside_a_whether_clause_states_nothing():
    text = ("Halvern Water has declined to say whether the intruders were inside its network for days "
            "before they struck.")
    assert ("Halvern Water", "asserted") not in organisations(text)


# An organisation that reports finding the attack speaks of itself being hit.

def test_reported_finding_an_attack_on_itself():
    text = ("Mistral Fret a reconnu vendredi avoir détecté la veille, jeudi 12 juin, une « attaque virale "
            "de type ransomware » sur son réseau informatique.")
    assert ("Mistral Fret", "asserted") in organisations(text, "fr")


def test_reported_finding_no_intrusion_is_a_denial():
    text = "Mistral Fret indique n'avoir constaté aucune intrusion dans ses systèmes informatiques."
    assert ("Mistral Fret", "denied") in organisations(text, "fr")


# An attack's participle and its time may come between the attack and its target.

def test_attack_carried_out_one_night_against_the_organisation():
    text = "Le gang a revendiqué mercredi l'attaque menée dans la nuit du 13 au 14 mai contre Mistral Fret."
    assert ("Mistral Fret", "asserted") in organisations(text, "fr")


def test_the_theft_of_data_at_the_organisation_in_a_question():
    text = "Combien d'habitants sont touchés par le vol de données à la Mairie de Vessac ?"
    assert ("Mairie de Vessac", "asserted") in organisations(text, "fr")


def test_a_reprimand_over_the_attack_presents_it_as_breached():
    text = ("The Information Commissioner's Office reprimanded Halvern Water on Wednesday over the attack, "
            "in which ransomware encrypted 440,000 files.")
    assert ("Halvern Water", "asserted") in organisations(text)
    assert not slot(text, "attack_date")


# Dates that are not the attack's: the day officials acknowledged it, the day staff realised it,
# the day the company knew, a meeting, repairs.

def test_acknowledged_on_tuesday_is_not_the_attack_date():
    text = ("Officials acknowledged on Tuesday that whoever broke in had made off with personal information "
            "on patients and staff of Halvern Water.")
    assert not slot(text, "attack_date")


def test_the_day_the_team_realised_it_was_an_attack():
    text = ("It was on a Sunday, two days before the utility went public, that Halvern Water's IT team realised "
            "the technical problems it had been wrestling with were in fact a serious attack.")
    assert not slot(text, "attack_date")


def test_by_a_date_the_company_knew_data_had_been_taken():
    text = "The intrusion was spotted within hours, and by 17 June the company knew customer data had been taken."
    assert not slot(text, "attack_date")


def test_a_meeting_and_the_word_commission_date_nothing():
    text = ("La Commission de la protection de la vie privée a ouvert une enquête sur la fuite survenue à "
            "Mistral Fret et doit rencontrer vendredi ses responsables.")
    assert not slot(text, "attack_date", "fr")


def test_the_first_day_of_the_intrusion_is_still_its_date():
    text = "The intruders first got into Halvern Water's network on 15 May, using a stolen login."
    assert ("2025-05-15", "asserted") in slot(text, "attack_date")


# Quotation speakers.

def test_a_role_then_the_name_before_a_colon():
    text = ("« Beaucoup de gens sont concernés, on ne peut pas traiter cela à la légère », prévient sa "
            "porte-parole, Eva Marlin : les données exposées pourraient servir à des courriels piégés.")
    assert speakers(text, "fr") == {"Eva Marlin"}


def test_a_pronoun_stands_for_the_doctor_without_his_title():
    text = ("Le Dr Paul Vernet, directeur médical du Centre hospitalier de Brenne-Sud, reconnaît que le terrain "
            "souffre. « Mais on est loin du chaos », répète-t-il.")
    assert speakers(text, "fr") == {"Paul Vernet"}


def test_he_before_the_quotation_is_the_person_named_before():
    text = ("Trucks started moving again on Monday, according to Tom Reddin of the Freight and Trade Alliance. "
            "Word that the port might stay shut, he warned, “would be devastating for our members”.")
    assert speakers(text) == {"Tom Reddin"}


def test_a_place_and_an_institution_are_nobody_a_pronoun_stands_for():
    text = ("Greg Nuna had flown down from Happy Valley-Goose Bay for surgery at the Health Sciences Centre, "
            "only to be told at the door that every appointment was off. “I came a very long way for this,” "
            "he said.")
    assert speakers(text) == {"Greg Nuna"}


# Data categories as the press names them.

def test_health_card_numbers_are_not_payment_cards():
    text = "The stolen files hold the names and health card numbers of patients of Halvern Water's clinic."
    cats = slot(text, "data_category")
    assert ("social_security_number", "asserted") in cats and ("banking", "asserted") not in cats


def test_patient_information_and_financial_data():
    en = "Social Security numbers, financial details and patient information, Halvern Water insists, were never part of it."
    assert ("medical", "denied") in slot(en, "data_category")
    fr = ("Rien n'indique que le pirate ait eu accès à des données financières ou à des mots de passe, "
          "affirme Mistral Fret.")
    assert ("banking", "denied") in slot(fr, "data_category", "fr")


def test_a_period_of_purchases_is_not_an_earlier_incident():
    text = ("What was taken relates to purchases made between 6 June 2017 and 30 July 2018: the buyer's name, "
            "address and date of birth.")
    cats = slot(text, "data_category")
    assert ("identity", "asserted") in cats and ("contact", "asserted") in cats


def test_an_incident_of_2017_is_still_a_recap():
    text = "In June 2017 another utility had lost the names and addresses of its customers."
    assert not slot(text, "data_category")


# An organisation where, officials say, nothing was taken is denied.

def test_nothing_taken_at_the_organisation_is_a_denial():
    text = "At Halvern Water, officials say, there is so far no sign that anything was taken."
    assert ("Halvern Water", "denied") in organisations(text)


def test_not_publishing_the_files_they_took_is_no_denial_of_it():
    text = ("Halvern Water's attackers want $4.5 million in exchange for not publishing the files they took "
            "from its servers.")
    assert ("Halvern Water", "denied") not in organisations(text)


# A fragment's speaker is the clause's subject, past a relative pronoun or an apposition, or the
# subject of the verb whose "that" clause the fragment sits in.

def test_a_fragment_after_qui_dit_is_the_antecedent_s():
    text = ("L'initiative n'a guère plu à Mistral Fret, qui dit « étudier les options juridiques » à sa "
            "disposition ; le site a depuis été fermé.")
    assert speakers(text, "fr") == {"Mistral Fret"}


def test_a_fragment_after_a_long_apposition_with_a_figure():
    text = ("Halvern Water, the region's largest supplier with some 1,700 staff across 16 towns, has "
            "acknowledged a “limited cybersecurity incident” in June.")
    assert speakers(text) == {"Halvern Water"}


def test_a_fragment_in_a_that_clause_is_the_reporting_subject_s():
    text = ("Halvern Water, one of the country's three largest utilities, confirmed on Wednesday that an "
            "“unauthorised third party” had accessed company data.")
    assert speakers(text) == {"Halvern Water"}


def test_a_role_and_its_name_in_apposition_before_the_verb():
    text = ("Son président, Willem Marchal, juge pourtant les explications de l'entreprise « étoffées et "
            "plausibles » ; le dossier part chez le procureur.")
    assert speakers(text, "fr") == {"Willem Marchal"}


def test_a_dash_aside_does_not_join_the_speaker():
    text = ("Faute de rançon — la mairie avait fait savoir le 11 février qu'elle refusait de « financer la "
            "cybercriminalité » —, le gang a publié des documents internes de la Mairie de Vessac.")
    assert not any("rançon" in str(s).lower() for s in speakers(text, "fr"))


# An opening "si" / "if" clause ends at its comma; a negated verb after an aside is no reporting tail.

def test_what_follows_an_opening_si_clause_is_asserted():
    text = ("Si l'échantillon ne semble pas comporter de coordonnées bancaires, il recèle des éléments "
            "autrement plus sensibles : allergies, ordonnances, parfois des certificats de décès.")
    cats = slot(text, "data_category", "fr")
    assert ("medical", "asserted") in cats and ("medical", "denied") not in cats


def test_an_opening_if_clause_still_supposes_only():
    text = "If passwords had been taken, customers of Halvern Water would already have been told."
    assert ("credentials", "asserted") not in slot(text, "data_category")


def test_nothing_then_an_aside_then_the_negated_verb_denies():
    text = "« Rien, dans nos vérifications, n'indique une faille de notre logiciel », écrit Mistral Fret."
    assert ("vulnerability", "denied") in slot(text, "attack_vector", "fr")


# The attackers' own claims are hedged (LABELLING.md D3) in more of the press's shapes.

def hedged_categories(text: str, lang: str = "en") -> set:
    return {(c[1], c[3]) for c in found(text, lang) if c[0] == "data_category"}


def test_hackers_who_say_they_have_stolen():
    text = ("Hackers calling themselves Radiant say they have stolen the names and home addresses of about "
            "8,000 children from Halvern Water's nurseries.")
    assert ("identity", True) in hedged_categories(text)


def test_the_gang_then_saying_after_a_comma():
    text = ("By Monday the gang had raised its figure to 70 terabytes, saying the files also held credit card "
            "information from Halvern Water.")
    assert ("banking", True) in hedged_categories(text)


def test_a_named_gang_which_says_it_downloaded():
    text = ("Its hand was forced by INC Ransom, which says it downloaded bank details and passport scans from "
            "Halvern Water's servers.")
    cats = hedged_categories(text)
    assert ("banking", True) in cats and ("identity", True) in cats


def test_what_the_attackers_threaten_leaves_the_count_as_stated():
    text = ("Les informations de quelque 200 000 personnes seraient entre les mains des pirates, qui menacent "
            "de les divulguer si aucune rançon n'est versée par Mistral Fret.")
    assert any(c[0] == "victim_count" and c[1] == 200000 for c in found(text, "fr"))


def test_security_firms_expecting_a_risk_hedge_it():
    text = ("Security firms expect the stolen details to be put to work in phishing e-mails dressed up to look "
            "as if they came from Halvern Water.")
    assert ("risk", "phishing", "asserted", True) in found(text)


def test_reopening_resuming_and_a_report_s_conclusion_date_nothing():
    fr = ("Trois jours après l'attaque qui l'a frappé, le Centre hospitalier de Brenne-Sud a pu reprendre les "
          "chimiothérapies mercredi, et vise une réouverture complète le lundi 23 juin.")
    assert not slot(fr, "attack_date", "fr")
    en = ("The attack was “almost an inevitability”, the privacy commissioner concluded on Wednesday in a report "
          "on Halvern Water.")
    assert not slot(en, "attack_date")


def test_the_nth_day_of_an_outage_is_not_the_attack_s_day():
    text = ("Phones and email at Halvern Water were disrupted for a third day on Monday by what appeared to be "
            "a cyberattack.")
    assert not slot(text, "attack_date")


def test_current_or_former_employees_whose_data_was_taken_are_no_insiders():
    text = ("Halvern Water has begun writing to 5,810 people, most of them current or former employees and their "
            "relatives, to say the intruders took records holding names and dates of birth.")
    assert ("insider", "asserted") not in slot(text, "attack_vector")


def test_a_former_employee_who_took_the_files_is_still_an_insider():
    text = "A former employee of Halvern Water copied the customer files before leaving the company."
    assert ("insider", "asserted") in slot(text, "attack_vector")


# Short names a newsroom's keywords give.

def test_a_word_shared_by_a_name_and_its_longer_affiliate_names_the_parent():
    incident = IncidentContext(organizations=("Tarvane Blue Cross", "Tarvane Blue Cross Blue Shield of Alaska"),
                               keywords=("Tarvane",), since=dt.date(2025, 3, 1))
    text = "Researchers say the Tarvane intrusion bears the marks of the same espionage group."
    claims = claims_of(text, "en", dt.date(2025, 6, 20), incident)
    assert any(c[:3] == ("organization", "Tarvane Blue Cross", "asserted") for c in claims)


def test_a_keyword_with_initials_in_capitals_after_a_word_of_the_name():
    incident = IncidentContext(organizations=("Orvane District Health Board",), keywords=("Orvane DHB",),
                               since=dt.date(2025, 3, 1))
    text = "Almost four months on, Orvane DHB said it would contact 4,200 more people whose data was stolen."
    claims = claims_of(text, "en", dt.date(2025, 6, 20), incident)
    assert any(c[0] == "organization" and c[1] == "Orvane District Health Board" for c in claims)


def test_systems_at_the_organisation_disrupted_by_the_attack():
    text = ("Internet, phones, email and other systems at Halvern Water were disrupted on Monday by what appeared "
            "to be a cyberattack.")
    assert any(c[0] == "organization" and c[1] == "Halvern Water" and c[2] == "asserted" for c in found(text))


# "Après X, c'est au tour de Y": both were hit, Y now.

def test_after_x_it_is_y_s_turn_presents_x_as_hit_too():
    text = ("Après Mistral Fret, c'est au tour de la Mairie de Vessac de reconnaître un piratage : l'intrus a "
            "emporté noms, courriels et numéros de téléphone.")
    orgs = organisations(text, "fr")
    assert ("Mistral Fret", "asserted") in orgs and ("Mairie de Vessac", "asserted") in orgs


def test_it_is_the_turn_of_a_hospital_named_after_the_colon():
    text = ("Après Dax en février, c'est au tour d'un hôpital de Bretagne d'être visé : celui de Brenne-Sud, "
            "où tous les ordinateurs restent éteints depuis jeudi.")
    assert any(c[0] == "organization" and c[1] == "Centre hospitalier de Brenne-Sud" and c[2] == "asserted"
               for c in found(text, "fr"))


def test_after_a_date_alone_names_no_organisation_hit_before():
    text = "Après une semaine de silence, c'est au tour de Mistral Fret de reconnaître un piratage."
    assert ("Mistral Fret", "asserted") in organisations(text, "fr")
