"""Faults any breach's coverage can trip (issue 9, round twenty-two), one test each, on sentences of our
own about invented incidents (the Harwick Royal Infirmary; the Clinique des Tilleuls)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import claims_of

HOSPITAL = IncidentContext(organizations=("Harwick Royal Infirmary",), keywords=("Harwick Royal Infirmary",),
                           since=dt.date(2025, 3, 1))
CLINIC = IncidentContext(organizations=("Clinique des Tilleuls",), keywords=("Tilleuls",), since=dt.date(2025, 3, 1))
PUBLISHED = dt.date(2025, 6, 20)


def data(text: str, lang: str = "en", incident: IncidentContext = HOSPITAL) -> set[tuple]:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == "data_category"}


def test_a_litotes_affirms_what_was_taken():
    # "not insignificant", "non négligeable" say a lot was taken, not that nothing was
    text = "A not insignificant share of patients' medical records was stolen from the infirmary, the trust said."
    assert data(text) == {("medical", "asserted")}
    text = "Une quantité non négligeable de données de santé a été dérobée à la clinique des Tilleuls."
    assert data(text, "fr", CLINIC) == {("medical", "asserted")}


def test_a_negation_between_dashes_stays_in_its_aside():
    text = ("Names, addresses and dates of birth – nothing in the way of bank details, the infirmary stressed – "
            "were copied from its servers.")
    assert data(text) == {("identity", "asserted"), ("contact", "asserted"), ("banking", "denied")}
    text = "The hackers – who have not yet been identified – stole patients' medical records from the infirmary."
    assert data(text) == {("medical", "asserted")}
    text = ("Les noms et adresses des patients — mais pas leurs coordonnées bancaires, insiste la direction — ont été "
            "copiés sur les serveurs de la clinique des Tilleuls.")
    assert data(text, "fr", CLINIC) == {("identity", "asserted"), ("contact", "asserted"), ("banking", "denied")}


def test_data_the_attackers_were_kept_away_from_was_spared():
    text = ("Network segmentation kept the attackers away from the medical records, the infirmary said, though names "
            "and addresses were taken.")
    assert data(text) == {("medical", "denied"), ("identity", "asserted"), ("contact", "asserted")}


def counts(text: str, lang: str = "en", incident: IncidentContext = HOSPITAL) -> set[int]:
    return {c[1] for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == "victim_count"}


def test_a_figure_set_before_the_standing_one_is_superseded():
    # D6 without "first": the sentence sets the figure that stands after the one it replaces
    text = ("Last summer the infirmary told regulators that 7,864 people had been affected; having gone back through "
            "the stolen files, it now says the breach reached 478,188 people.")
    assert counts(text) == {478188}
    text = ("The infirmary wrote to 186,000 patients in September to say their details had been taken; the true "
            "figure is about 106,000 patients, an audit shows.")
    assert 186000 not in counts(text)
    text = ("La clinique des Tilleuls avait d'abord écrit à 12 000 patients ; elle évoque désormais 8 400 patients "
            "dont les données ont été volées.")
    assert counts(text, "fr", CLINIC) == {8400}


def speakers(text: str, incident: IncidentContext = HOSPITAL) -> set:
    return {c[1] for c in claims_of(text, "en", PUBLISHED, incident) if c[0] == "quote"}


def test_a_capitalised_office_before_a_name_is_not_part_of_the_name():
    text = "“Not one cent was paid,” Harwick County Commission Chairman Robb Kell told reporters on Tuesday."
    assert speakers(text) == {"Robb Kell"}
    text = "“Getting our systems back will cost millions,” County Manager Dina Moss said."
    assert speakers(text) == {"Dina Moss"}
    text = "“Money was the point of this attack,” said Professor Mark Wren, who studies cyber security."
    assert speakers(text) == {"Mark Wren"}


def test_care_said_unaffected_before_its_own_systems_spares_not_the_organisation():
    text = ("The Harwick Royal Infirmary has called in outside investigators, though it insists patient care has not "
            "been affected and that its patient portal is running normally.")
    found = {(c[0], c[1], c[2]) for c in claims_of(text, "en", PUBLISHED, HOSPITAL)}
    assert ("organization", "Harwick Royal Infirmary", "denied") not in found
    assert ("care_impact", "care", "denied") in found


def test_a_speaker_named_inside_the_quotation():
    text = "Les données ont-elles été copiées ? « Pour l'heure, reconnaît Bertrand Roux, nous n'en savons rien »."
    found = {c[1] for c in claims_of(text, "fr", PUBLISHED, CLINIC) if c[0] == "quote"}
    assert found == {"Bertrand Roux"}


def test_the_body_speaking_as_l_instance_is_the_organisation():
    federation = IncidentContext(organizations=("Fédération française de korfball",),
                                 keywords=("Fédération française de korfball",), since=dt.date(2025, 3, 1))
    text = ("La Fédération française de korfball a subi une intrusion dans son logiciel de gestion. « Méfiez-vous de "
            "tout message douteux qui prétendrait venir de nous », martèle l'instance dans son message.")
    found = {c[1] for c in claims_of(text, "fr", PUBLISHED, federation) if c[0] == "quote"}
    assert found == {"Fédération française de korfball"}


def test_the_people_of_a_county_are_its_population():
    county = IncidentContext(organizations=("Harwick County",), keywords=("Harwick County",), since=dt.date(2025, 3, 1))
    text = ("Two days into the outage, justice agencies in the county of more than a million people were leaning on "
            "paper after the cyberattack on Harwick County.")
    assert counts(text, incident=county) == set()


def test_data_kept_from_the_intruders_is_spared_without_naming_the_attack():
    text = ("Its spokesperson, Dana Kell, said the team's quick action had made it possible to maintain “uninterrupted "
            "patient care” and to keep intruders away from patients' clinical information.")
    found = {(c[0], c[1], c[2]) for c in claims_of(text, "en", PUBLISHED, HOSPITAL)}
    assert ("data_category", "medical", "denied") in found
    assert ("care_impact", "care", "denied") in found


def risks(text: str, lang: str = "en", incident: IncidentContext = HOSPITAL) -> set:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == "risk"}


def test_messages_that_would_seem_to_come_from_the_victim_are_phishing():
    text = ("La clinique des Tilleuls invite ses patients à se méfier de tout message suspect qui semblerait venir "
            "d'elle : des appels pourraient chercher à leur soutirer d'autres informations.")
    assert risks(text, "fr", CLINIC) == {("phishing", "asserted")}
    text = ("Patients who received one should stay alert, the infirmary said, because further spam attempts to get "
            "at their private data may follow.")
    assert risks(text) == {("phishing", "asserted")}


def dates(text: str, lang: str = "en", incident: IncidentContext = HOSPITAL, published=PUBLISHED) -> set:
    return {(c[1], c[2]) for c in claims_of(text, lang, published, incident) if c[0] == "attack_date"}


def test_a_date_the_sentence_says_is_not_the_intrusion_s_is_denied():
    text = ("The infirmary pulled its systems offline on Monday 16 June, but that was not when the intruders struck; "
            "the breach had come over the weekend before.")
    assert ("2025-06-16", "denied") in dates(text)
    text = ("Vendredi 13 juin, jour où les experts ont entamé leur diagnostic, reste étranger à l'intrusion elle-même "
            "dans les serveurs de la clinique des Tilleuls.")
    assert dates(text, "fr", CLINIC) == {("2025-06-13", "denied")}


def test_the_weekend_a_day_places_and_the_date_an_attack_noun_owns():
    county = IncidentContext(organizations=("Harwick County",), keywords=("Harwick County",), since=dt.date(2024, 1, 1))
    text = "Hackers attacked Harwick County over the weekend of Jan. 27-28, locking up files."
    assert dates(text, incident=county, published=dt.date(2024, 2, 29)) == {("2024-01-27", "asserted")}
    text = ("Lawyers filed a complaint on April 16, one of eight suits now facing the Harwick Royal Infirmary over the "
            "March 8 breach.")
    assert ("2025-03-08", "asserted") in dates(text)


def test_the_day_a_school_was_closed_is_not_the_attack_s():
    school = IncidentContext(organizations=("Lycée des Tilleuls",), keywords=("Lycée des Tilleuls",),
                             since=dt.date(2025, 3, 1))
    text = ("C'est l'ENT du lycée des Tilleuls, fermé lundi, que le pirate a détourné pour diffuser ses menaces "
            "après la cyberattaque.")
    assert dates(text, "fr", school, published=dt.date(2025, 6, 20)) == set()


def test_speakers_described_in_a_tail_and_the_notice_an_organisation_posts():
    text = ("Some who got the text may well have fallen for it, one student feared: “Plenty of people just click "
            "without a second thought.”")
    assert speakers(text) == {"student"}
    text = ("“Without those details, the class has far less chance of protecting itself,” attorneys for one plaintiff "
            "wrote in a complaint against the Harwick Royal Infirmary.")
    assert speakers(text) == {"attorneys for one plaintiff"}
    text = ("The Harwick Royal Infirmary was hit by a cyberattack. A notice on its website says its incident response "
            "team is still working out “the extent of the incident”.")
    assert speakers(text) == {"Harwick Royal Infirmary"}


def orgs(text: str, lang: str = "en", incident: IncidentContext = HOSPITAL) -> set:
    return {(c[1], c[2]) for c in claims_of(text, lang, PUBLISHED, incident) if c[0] == "organization"}


def test_an_organisation_s_breach_and_its_own_words_of_suffering_an_attack():
    text = "The Harwick Royal Infirmary's breach is now the biggest reported to regulators this year."
    assert orgs(text) == {("Harwick Royal Infirmary", "asserted")}
    text = "The Harwick Royal Infirmary's incident report found that a senior manager's password was taken."
    assert orgs(text) == set()
    text = ("« Notre clinique subit en ce moment une cyberattaque » : c'est par ce court message que la clinique des "
            "Tilleuls a prévenu ses patients.")
    assert orgs(text, "fr", CLINIC) == {("Clinique des Tilleuls", "asserted")}


def test_the_hacked_login_of_a_single_staff_member():
    text = ("Last Sunday, the username and password of a single infirmary staff member were hacked and used to unlock "
            "the private details of 46,980 patients.")
    found = {(c[0], c[1], c[2]) for c in claims_of(text, "en", PUBLISHED, HOSPITAL)}
    assert {("accounts_compromised", 1, "asserted"), ("attack_vector", "impersonation", "asserted"),
            ("data_category", "credentials", "asserted")} <= found


def test_taking_hold_of_logins_is_the_way_in_and_the_credentials_taken():
    text = ("Selon un site spécialisé, les intrus seraient entrés dans le logiciel de la clinique des Tilleuls après "
            "avoir pris la main sur des identifiants de connexion d'employés.")
    found = {(c[0], c[1], c[2], c[3]) for c in claims_of(text, "fr", PUBLISHED, CLINIC)}
    assert {("attack_vector", "impersonation", "asserted", True), ("data_category", "credentials", "asserted", True)} <= found


def test_an_attack_blocking_treatment_sessions_disrupts_care():
    text = ("Un rançongiciel a chiffré les serveurs de la clinique des Tilleuls, bloquant réservations et séances de "
            "radiothérapie.")
    assert ("care_impact", "care", "asserted") in {(c[0], c[1], c[2]) for c in claims_of(text, "fr", PUBLISHED, CLINIC)}
    # access blocked as a precaution is a measure, not care disrupted
    text = ("Tous les accès servant à gérer les rendez-vous de la clinique des Tilleuls ont été bloqués après "
            "l'intrusion, afin de ne laisser aucune porte d'entrée aux pirates.")
    assert "care_impact" not in {c[0] for c in claims_of(text, "fr", PUBLISHED, CLINIC)}
