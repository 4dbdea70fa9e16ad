"""Faults any breach's coverage can trip (issue 9, round fifteen), one test each, on sentences of
our own about an invented incident (Korvath Logistics, a carrier; the Université de Valmeyre,
which its staff call "UniVal"; the Mairie de Vessac)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Korvath Logistics", "Université de Valmeyre", "Mairie de Vessac"),
                           keywords=("Korvath", "UniVal", "VeriMed", "Vessac"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en") -> set[tuple]:
    return organisations_of(found(text, lang))


def slot(text: str, name: str, lang: str = "en") -> set[tuple]:
    return {(c[1], c[2]) for c in found(text, lang) if c[0] == name}


def speakers(text: str, lang: str = "en") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "quote"}


# Quotations: who speaks.

def test_a_quoted_noun_phrase_after_an_article_is_the_subjects_words():
    # "an “IT security issue”": a phrase woven into the sentence, though it opens with a capital
    text = "In a short notice on its website, Korvath Logistics blamed an “IT security issue” for the outage."
    assert speakers(text) == {"Korvath Logistics"}


def test_he_after_told_the_paper_is_the_one_who_told_it():
    text = ("A senior security researcher told the Daily Planet that the outage was no minor fault. "
            "“If this is ransomware, the demand will run into millions,” he said.")
    assert speakers(text) == {"senior security researcher"}


def test_a_quotation_standing_alone_goes_on_with_the_speaker_before():
    text = ("“If this is ransomware, the demand will run into millions,” said Dana Whitlow, a consultant. "
            "“They are the biggest carrier in the region and someone has embarrassed them.”")
    assert speakers(text) == {"Dana Whitlow"}


def test_a_quotation_standing_alone_after_plain_prose_has_no_speaker():
    # guard: nothing quoted just before, so nobody to carry on
    text = ("Korvath Logistics took its network offline on Sunday. "
            "“They are the biggest carrier in the region and someone has embarrassed them.”")
    assert speakers(text) == {None}


def test_a_named_firms_spokesman_is_the_firm():
    text = ("“The systems that were breached were not ours, but we are helping Korvath review its defences,” "
            "a Brisco spokesman said.")
    assert speakers(text) == {"Brisco"}


def test_quipped_reports_words():
    text = "“Best attack they have managed in years,” quipped Gary Holm, a supporter from Leeds."
    assert speakers(text) == {"Gary Holm"}


def test_an_english_subject_goes_on_past_the_article_a():
    text = ("A nurse at a Korvath clinic in Leeds, who asked not to be named, said drugs were being "
            "logged by hand. “Everything we use lives online, so it has been really hard,” she said.")
    assert speakers(text) == {"nurse at a Korvath clinic in Leeds"}


def test_a_doctor_reached_on_site_speaks_through_il():
    text = ("Un médecin joint sur place décrit une journée compliquée : les rendez-vous ne peuvent plus être "
            "pris. « Par chance, une partie de nos documents existe encore sur papier », glisse-t-il.")
    assert speakers(text, "fr") == {"médecin"}


# Who was hit.

def test_a_contraction_keyword_names_the_organisation():
    text = "Au total, 80 % des ordinateurs de l'UniVal, soit quelque 800 machines, ont été touchés par l'attaque."
    assert ("Université de Valmeyre", "asserted") in organisations(text, "fr")


def test_a_mixed_case_keyword_not_made_of_the_names_openings_names_nothing():
    # guard: "VeriMed" is no contraction of "Université de Valmeyre"
    text = "Au total, 80 % des ordinateurs de VeriMed, soit quelque 800 machines, ont été touchés par l'attaque."
    assert not organisations(text, "fr")


def test_attackers_who_struck_an_organisation_on_a_day():
    text = "Selon la police, ce sont des pirates russes qui ont frappé lundi la mairie de Vessac."
    assert ("Mairie de Vessac", "asserted") in organisations(text, "fr")


def test_hackers_attacked_the_organisation():
    text = "Hackers attacked Korvath Logistics on Sunday, forcing it to close its depots."
    assert ("Korvath Logistics", "asserted") in organisations(text)


def test_systems_across_the_organisation_knocked_out():
    text = ("A cyberattack that appears to be ransomware knocked out computer systems across Korvath Logistics "
            "early on Sunday.")
    assert ("Korvath Logistics", "asserted") in organisations(text)


# When: a date the attack word gives.

def test_the_date_the_attack_word_gives_wins_over_the_days_of_the_response():
    text = ("L'Université de Valmeyre a coupé vendredi l'ensemble de ses systèmes après une cyberattaque lancée "
            "jeudi soir, vers 23 heures.")
    assert slot(text, "attack_date", "fr") == {("2025-06-19", "asserted")}


def test_a_verb_that_merely_begins_something_does_not_override_the_intrusion_date():
    # guard: "began mailing letters the same day" is no attack word
    text = ("Korvath told regulators on Thursday that 8,000 people were affected, and began mailing them "
            "letters the same day, after finding that an intruder had entered its network on or about May 16.")
    assert ("2025-05-16", "asserted") in slot(text, "attack_date")


# How: encryption software named in French.

def test_encryption_software_launched_on_servers_is_ransomware():
    text = ("La mairie de Vessac tourne au ralenti depuis que des pirates ont lancé un logiciel de chiffrement "
            "sur plusieurs de ses serveurs.")
    assert ("ransomware", "asserted") in slot(text, "attack_vector", "fr")


def test_no_encryption_of_data_is_no_ransomware():
    # guard: a regulator's finding that data was left unencrypted
    text = "La CNIL reproche à la mairie de Vessac l'absence de chiffrement des données de ses administrés."
    assert not slot(text, "attack_vector", "fr")


# What the victims risk: messages dressed as the organisation's.

def test_emails_that_look_as_if_they_come_from_the_organisation_are_phishing():
    text = ("Since the attack, customers have received e-mails that look as if they come from Korvath but "
            "seem to have been sent by the intruders.")
    assert ("phishing", "asserted") in slot(text, "risk")


def test_messages_that_borrow_the_name_to_make_you_click_are_phishing():
    text = ("Méfiez-vous des SMS qui reprennent le nom de la mairie de Vessac pour vous faire cliquer sur un "
            "lien ou réclamer vos identifiants.")
    assert ("phishing", "asserted") in slot(text, "risk", "fr")


# A subject cut from its negated verb by a bare participle.

def test_a_subject_reaches_its_negated_verb_past_a_bare_participle():
    text = "Les mots de passe du portail, chiffrés, n'auraient pas été récupérés par les pirates."
    assert slot(text, "data_category", "fr") == {("credentials", "denied")}


def test_a_subject_past_a_bare_participle_stays_asserted_before_an_affirmative_verb():
    # guard: the join carries the verb's state, whatever it is
    text = "Les mots de passe du portail, chiffrés, ont été récupérés par les pirates."
    assert slot(text, "data_category", "fr") == {("credentials", "asserted")}


# More speakers.

def test_urged_closes_a_quotation():
    text = ("“Treat this information the way you would want your own treated,” Privacy Commissioner Jane Rowe "
            "urged anyone who came across it.")
    assert speakers(text) == {"Jane Rowe"}


DEPARTEMENT = IncidentContext(organizations=("Département de la Sarthe-Haute", "Fondation Orvel"),
                              keywords=("Sarthe-Haute", "Orvel"), since=dt.date(2025, 3, 1))


def departement_speakers(text: str) -> set:
    return {c[1] for c in claims_of(text, "fr", dt.date(2025, 6, 20), DEPARTEMENT) if c[0] == "quote"}


def test_a_role_noun_of_several_words_speaks_for_the_organisation():
    text = ("« Nous faisons le nécessaire pour évaluer les dégâts », assure le conseil départemental, dont les "
            "services tournent en mode dégradé.")
    assert departement_speakers(text) == {"Département de la Sarthe-Haute"}


def test_la_fondation_speaks_for_the_foundation_named_before():
    text = ("La Fondation Orvel a été visée par une cyberattaque. Les données de santé auraient « a priori été "
            "préservées de l'attaque », estime la Fondation.")
    assert "Fondation Orvel" in departement_speakers(text)


def test_the_text_an_organisation_sent_speaks_for_it():
    text = ("La Fondation Orvel ne pourra pas rouvrir son extranet avant lundi, prévient-elle dans un message "
            "aux familles. « La fondation regrette profondément cette situation », conclut le texte.")
    assert departement_speakers(text) == {"Fondation Orvel"}


# Care and risks in the press's everyday words (probes of our own, checked on dev for harm).

HOSPITAL = IncidentContext(organizations=("Harlow General Hospital",), keywords=("Harlow",), since=dt.date(2025, 3, 1))


def hospital(text: str, name: str) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, "en", dt.date(2025, 6, 20), HOSPITAL) if c[0] == name}


def test_continuing_to_care_for_patients_denies_an_impact_on_care():
    text = "“Our contingency plans are in place and we are continuing to care for patients,” Harlow General Hospital said."
    assert hospital(text, "care_impact") == {("care", "denied")}


def test_forced_to_divert_ambulances_is_care_disrupted():
    text = "Harlow General Hospital has been forced to divert ambulances to neighbouring hospitals after the cyberattack."
    assert hospital(text, "care_impact") == {("care", "asserted")}


def test_operations_called_off_is_care_disrupted():
    text = "Non-urgent operations at Harlow General Hospital were called off on Tuesday as staff worked without computers."
    assert hospital(text, "care_impact") == {("care", "asserted")}


def test_credit_applied_for_in_their_names_is_identity_theft():
    text = ("The stolen files could prove damaging if criminals use them to apply for credit in the names of the "
            "patients.")
    assert ("identity_theft", "asserted") in hospital(text, "risk")


def test_advice_reported_not_to_answer_suspicious_emails_warns_of_phishing():
    text = "La mairie de Vessac appelle les habitants à ne pas répondre aux courriels suspects."
    assert slot(text, "risk", "fr") == {("phishing", "asserted")}


def test_still_recovering_from_the_attack_makes_it_the_one_hit():
    text = "Harlow General Hospital is still recovering from the ransomware attack, its chief executive said."
    assert ("Harlow General Hospital", "asserted") in hospital(text, "organization")


def test_recovering_from_a_storm_makes_nobody_hit():
    # guard: what it recovers from must be an attack
    text = "Harlow General Hospital is still recovering from the storm that flooded its car park."
    assert not hospital(text, "organization")


def test_the_latest_to_be_hit():
    text = "Harlow General Hospital is the latest NHS trust to be hit by hackers this year."
    assert ("Harlow General Hospital", "asserted") in hospital(text, "organization")


def test_an_attack_paralyses_the_organisation_in_the_present():
    text = "Une cyberattaque paralyse la mairie de Vessac depuis dimanche."
    assert ("Mairie de Vessac", "asserted") in organisations(text, "fr")


# What a sentence supposes or recalls.

def test_if_it_is_indeed_ransomware_supposes_the_vector():
    text = ("D'après un site spécialisé, l'intrusion remonterait à la nuit de dimanche à lundi : s'il s'agit bien "
            "d'un rançongiciel, les pirates auraient attendu le retour des agents.")
    assert not slot(text, "attack_vector", "fr")


def test_a_pipe_after_from_the_archive_opens_no_period():
    # the earlier attack of February stays a recap: "From" is no "from ... to" period behind the pipe
    text = ("FROM THE ARCHIVE | February 2025: Korvath's parcel network slowed to a crawl for days after a "
            "ransomware infection reached 1,000 servers.")
    assert not organisations(text)


def test_a_clause_is_no_speaker():
    text = ("Brisco answered that it had been hired only for a narrow help-desk service and “was never in charge "
            "of Korvath's cyber security”, adding that the carrier's own internal defences had been inadequate.")
    assert not any(s and s.lower().startswith(("that", "who", "which")) for s in speakers(text))


def test_the_future_seen_from_the_past_is_no_hedge():
    text = ("Vendredi après-midi, la direction ne pouvait toujours pas dire quand les serveurs de l'UniVal, mis "
            "hors réseau après l'attaque, redémarreraient.")
    assert ("Université de Valmeyre", "asserted", False) in {c[1:] for c in found(text, "fr") if c[0] == "organization"}


def test_a_conditional_past_after_que_still_hedges():
    # guard: "a révélé que des données auraient été volées" is the press's reported hedge
    text = "Le Parisien a révélé que des données auraient été volées sur les serveurs de l'UniVal."
    assert ("Université de Valmeyre", "asserted", True) in {c[1:] for c in found(text, "fr") if c[0] == "organization"}
