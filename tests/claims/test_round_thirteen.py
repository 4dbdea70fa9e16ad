"""Faults any breach's coverage can trip (issue 9, round thirteen), one test each, on sentences of
our own about an invented incident (Corveline Logistics, a carrier; the Clinique du Val d'Orbe and
its appointment portal, Orbeline)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of, organisations_of

INCIDENT = IncidentContext(organizations=("Corveline Logistics", "Clinique du Val d'Orbe", "Orbeline", "Mairie de Vessac",
                                          "Hospital Sant Pere", "North Bay Unified School District"),
                           keywords=("Corveline", "Orbeline", "N.B. Unified"), since=dt.date(2025, 3, 1))


def found(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    """(slot, value, polarity, hedged) for a passage of the invented incident."""
    return claims_of(text, lang, published, INCIDENT)


def organisations(text: str, lang: str = "en", published: dt.date = dt.date(2025, 6, 20)) -> set[tuple]:
    return organisations_of(found(text, lang, published))


def speakers(text: str, lang: str = "en") -> set:
    return {c[1] for c in found(text, lang) if c[0] == "quote"}


# A title and the organisation it belongs to make one noun phrase: a verb or "that" between them
# begins what the title's holder says.

def test_an_organisation_after_told_that_is_not_the_spokesman_s_employer():
    text = "A spokesman for the regulator told Reuters that Corveline Logistics had been hit with ransomware."
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_a_spokesman_for_the_organisation_still_speaks_for_it():
    text = "A spokesman for Corveline Logistics said the company was reviewing its suppliers."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


def test_french_title_then_que_before_the_organisation():
    text = ("Le porte-parole du parquet a indiqué que la Clinique du Val d'Orbe avait été victime d'une "
            "intrusion informatique.")
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


# A name with the organisation it belongs to ("le service X de l'Y"): what the sentence says after
# the whole name, past an apposition, is said of the first one too.

def test_a_service_of_an_organisation_past_a_long_apposition_is_hit():
    text = ("Le service Orbeline de la Clinique du Val d'Orbe, par lequel les patients prennent rendez-vous "
            "et reçoivent leurs comptes rendus d'examens, a été victime d'un vol de données personnelles, a fait "
            "savoir lundi la direction.")
    orgs = organisations(text, "fr")
    assert ("Orbeline", "asserted") in orgs and ("Clinique du Val d'Orbe", "asserted") in orgs


def test_a_service_of_an_organisation_said_to_run_normally_is_not_hit():
    text = "Le portail Orbeline de la Clinique du Val d'Orbe, par lequel les patients prennent rendez-vous, fonctionne normalement."
    assert ("Orbeline", "asserted") not in organisations(text, "fr")


# A date inside an aside (relative clause, apposition, concession, an opening participle) places
# what the aside tells, not the sentence's news: the sentence is no recap of an earlier incident.

def test_an_apposition_dating_the_malware_leaves_the_news():
    text = ("Corveline Logistics has been hit by Brimstone, a strain of ransomware first seen in January 2024, "
            "the company said on Monday.")
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_a_relative_clause_dating_the_company_s_history_leaves_the_news():
    text = ("La Clinique du Val d'Orbe, qui a fêté en 2019 ses cinquante ans et compte 300 lits, a été victime "
            "d'une cyberattaque dans la nuit de dimanche.")
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


def test_an_opening_participle_with_a_founding_year_leaves_the_news():
    text = "Créée en 1972, la Clinique du Val d'Orbe a été victime d'une cyberattaque dans la nuit de dimanche."
    assert ("Clinique du Val d'Orbe", "asserted") in organisations(text, "fr")


def test_a_dated_main_clause_stays_a_recap():
    text = "In January 2021, Corveline Logistics was hit by ransomware, which disrupted deliveries for a week."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


def test_an_earlier_attack_in_the_aside_gives_the_organisation_nothing():
    text = "Corveline Logistics, which had been hit by ransomware in 2021, said on Monday it was reviewing its suppliers."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


# Those an institution brings together are no victims.

def test_the_students_a_school_brings_together_are_no_victim_count():
    text = ("Le campus réunit une école d'ingénieurs et une école de commerce, soit quelque 8 000 étudiants ; "
            "la Clinique du Val d'Orbe qui le jouxte a été victime d'une cyberattaque samedi.")
    assert not any(c[0] == "victim_count" for c in found(text, "fr"))


# Names as the press writes them.

def test_a_capitalised_possessive_before_the_name_keeps_it_the_subject():
    text = ("Barcelona's Hospital Sant Pere had to call off 150 operations on Monday after a ransomware attack "
            "on Sunday morning shut down its laboratories.")
    assert ("Hospital Sant Pere", "asserted") in organisations(text)


def test_a_keyword_with_dotted_initials_names_the_organisation():
    text = "The gang dumped some 500 gigabytes of data stolen from N.B. Unified on its leak site."
    assert ("North Bay Unified School District", "asserted") in organisations(text)


def test_an_article_and_a_capitalised_word_go_on_the_name():
    text = ("La mairie de Vessac la Forêt, commune littorale voisine de Sète, dans l'Hérault, en Occitanie, "
            "a été la cible d'une cyberattaque dans la nuit de mercredi à jeudi.")
    assert ("Mairie de Vessac", "asserted") in organisations(text, "fr")


def test_a_town_s_population_is_no_victim_count():
    text = "La mairie de Vessac, commune de 23 000 habitants, a été la cible d'une cyberattaque jeudi."
    assert not any(c[0] == "victim_count" for c in found(text, "fr"))


def test_not_the_first_far_from_the_word_of_being_hit():
    text = ("Corveline Logistics n'est pas le premier transporteur de la zone portuaire de Marseille à subir "
            "ce genre d'attaque.")
    assert ("Corveline Logistics", "asserted") in organisations(text, "fr")


# "Last year" tells of this incident when it began the year before.

def test_last_year_s_attack_is_this_incident_a_year_on():
    text = ("Corveline Logistics acknowledged on Wednesday that 2,000 driver files had been posted on the dark web "
            "after last year's ransomware attack on its network.")
    assert ("Corveline Logistics", "asserted") in organisations(text, published=dt.date(2026, 4, 2))


def test_last_year_s_attack_in_the_incident_s_own_year_is_another():
    text = ("Corveline Logistics acknowledged on Wednesday that 2,000 driver files had been posted on the dark web "
            "after last year's ransomware attack on its network.")
    assert ("Corveline Logistics", "asserted") not in organisations(text, published=dt.date(2025, 6, 20))


# Quote speakers.

def test_a_role_then_the_name_with_its_party_in_brackets():
    text = "« Nous avons compris tout de suite ce qui se passait », raconte la maire, Sophie Verlaine (DVD)."
    assert speakers(text, "fr") == {"Sophie Verlaine"}


def test_fait_valoir_reports_and_its_subject_speaks():
    text = ("Les fichiers exposés relèvent « principalement de données administratives » et restent hors de portée "
            "du grand public, fait valoir Corveline Logistics.")
    assert speakers(text, "fr") == {"Corveline Logistics"}


def test_what_the_organisation_reported_is_its_word():
    text = "What Corveline reported to the regulator is an “external system breach”, discovered on 14 April."
    assert speakers(text) == {"Corveline Logistics"}


def test_a_spokesman_who_sighed_speaks_for_the_organisation():
    text = "“We said after the first leak that more would follow,” a Corveline Logistics spokesman sighed."
    assert speakers(text) == {"Corveline Logistics"}


# A negation on a verb of telling denies the telling; a reason clause keeps its negation to itself.

def test_not_daring_to_count_those_hit_denies_nothing():
    text = ("Corveline Logistics ne s'est pas risqué à chiffrer le nombre de clients touchés par l'intrusion dans "
            "ses systèmes.")
    orgs = organisations(text, "fr")
    assert ("Corveline Logistics", "denied") not in orgs and ("Corveline Logistics", "asserted") in orgs


def test_not_saying_how_many_denies_nothing():
    text = "The carrier would not put a number on the customers whose names were taken."
    assert ("identity", "denied") not in {c[1:3] for c in found(text) if c[0] == "data_category"}


def test_a_denial_stays_a_denial():
    text = "Corveline Logistics n'a pas été touchée par l'attaque, assure son directeur."
    assert ("Corveline Logistics", "asserted") not in organisations(text, "fr")


def test_a_negation_in_a_reason_clause_does_not_deny_the_list_before_it():
    text = ("The gang's leak site offers data on 40,000 customers (names, home addresses and passport numbers) and "
            "says the carrier ignored it because it does not “care about clients”.")
    data = {c[1:3] for c in found(text) if c[0] == "data_category"}
    assert ("identity", "asserted") in data and ("identity", "denied") not in data


# A word of sparing that a goal sets says what should have been, not what was.

def test_failing_to_keep_records_safe_is_no_denial():
    text = ("Former customers say Corveline Logistics failed to keep records containing their passport numbers and "
            "bank details safe.")
    data = {c[1:3] for c in found(text) if c[0] == "data_category"}
    assert ("banking", "denied") not in data and ("identity", "denied") not in data


def test_kept_safe_still_spares():
    text = "Corveline Logistics said its customers' bank details were kept safe on a separate server."
    assert ("banking", "denied") in {c[1:3] for c in found(text) if c[0] == "data_category"}


# Dates that date something else.

def test_customers_before_a_month_date_the_data_not_an_earlier_incident():
    text = ("In a filing on Thursday, Corveline Logistics said the attackers had taken from its systems names "
            "and dates of birth, as well as passport numbers for a limited number of people who were customers "
            "before March 2019.")
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_the_day_the_gang_dumped_the_data_is_no_attack_date():
    text = "Late on Saturday, the gang dumped some 500 gigabytes of data stolen from Corveline Logistics on its leak site."
    assert not any(c[0] == "attack_date" for c in found(text))


def test_the_day_operations_were_called_off_is_no_attack_date():
    text = ("Hospital Sant Pere had to call off 150 operations on Monday after a ransomware attack shut down its "
            "laboratories.")
    assert not any(c[0] == "attack_date" and c[1] == "2025-06-16" for c in found(text))


# A plural pronoun speaker stands for the attackers just named, not the newspaper or a person.

def test_ont_ils_after_the_attackers_is_the_attackers():
    text = ("D'après Le Parisien, les pirates n'ont rien chiffré : ils voudraient être payés pour avoir signalé une "
            "faille. « Nous ne cherchons pas à nuire aux patients », ont-ils assuré au quotidien.")
    assert speakers(text, "fr") == {"pirates"}


def test_a_singular_pronoun_still_stands_for_the_person():
    text = ("Selon Marc Delorme, directeur de la clinique, les pirates n'ont rien chiffré. « Nous avons tout "
            "coupé en une heure », a-t-il assuré.")
    assert speakers(text, "fr") == {"Marc Delorme"}


# The attackers using someone's login is how they got in; taking logins is data stolen.

def test_attackers_who_used_a_contractor_s_login_impersonated():
    text = ("Pour entrer, les pirates se sont servis de l'identifiant et du mot de passe d'un prestataire extérieur "
            "de Corveline Logistics.")
    assert ("attack_vector", "impersonation", "asserted") in {c[:3] for c in found(text, "fr")}


def test_attackers_who_stole_passwords_took_data_not_a_way_in():
    text = "The hackers stole the passwords of 40,000 Corveline Logistics customers."
    assert ("attack_vector", "impersonation", "asserted") not in {c[:3] for c in found(text)}


# Organisations presented as attacked by what followed what was taken from them.

def test_what_an_organisation_did_after_money_was_taken_presents_it_as_attacked():
    text = ("Corveline Logistics stopped online card payments on Sunday after money was taken from some 20,000 "
            "customer accounts over the weekend.")
    assert ("Corveline Logistics", "asserted") in organisations(text)


def test_after_nothing_was_taken_presents_nothing():
    text = "Corveline Logistics reopened its portal on Sunday after it found that nothing had been taken."
    assert ("Corveline Logistics", "asserted") not in organisations(text)


def test_taken_from_the_organisation_far_after_the_taking():
    text = ("On top of the core records, the thieves took card numbers belonging to some 9,000 customers and "
            "dispute documents carrying the personal details of about 18,000 more from Corveline Logistics.")
    assert ("Corveline Logistics", "asserted") in organisations(text)


# Words a speaker is said to have called something.

def test_what_a_named_officer_called_the_attack_is_his_quote():
    text = ("Corveline Logistics stopped card payments on Sunday in what chief executive Paul Garnier called “a "
            "systematic, sophisticated attack”.")
    assert speakers(text) == {"Paul Garnier"}


def test_which_he_called_is_the_person_named_before():
    text = ("“We will find no tolerance here,” said Mark Steward, the regulator's enforcement director, adding that "
            "Corveline Logistics had acted late, which he called “too little, too late”.")
    assert speakers(text) == {"Mark Steward"}


# More role nouns stand for the organisation named before.

def test_the_district_speaks_for_the_school_district_named_before():
    text = ("Vice Society dumped files stolen from N.B. Unified on its leak site. “Sadly, a criminal organization "
            "has published data,” the district said.")
    assert "North Bay Unified School District" in speakers(text)
