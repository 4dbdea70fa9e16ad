"""An organisation is an `organization` claim where the sentence presents it as the one attacked.

With the incident's organisations configured (tests/claims/realstyle/LABELLING.md), a mention
counts only where an attack, a breach or an intrusion is linked to it, where it reports the
attack on itself, or where the text says it was not hit; one that only reports, counts,
notifies, advises or serves customers is no claim. The invented incidents below are not
taken from any labelled set.
"""

from __future__ import annotations

import pytest

from claims.extraction.extract import extract_claims, load_profile
from claims.extraction.model import IncidentContext

CLINIC = IncidentContext(organizations=("Clinique des Tilleuls", "Groupe Médicis"))
WATER = IncidentContext(organizations=("Harbourline Water", "Pipewise"))


def orgs(text: str, lang: str, incident: IncidentContext | None) -> set[tuple[str, str]]:
    """(organisation, polarity) of every organisation claim."""
    found = extract_claims(text, profile=load_profile(), language=lang, incident=incident)
    return {(c.value, c.polarity) for c in found if c.slot == "organization"}


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # an attack word linked to it, before or after
        ("Une cyberattaque contre la Clinique des Tilleuls a paralysé les admissions mardi.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("La Clinique des Tilleuls a été victime d'un rançongiciel dans la nuit de lundi.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("La Clinique des Tilleuls, à Angers, en Pays de la Loire, a été piratée lundi.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        # speaking of itself, with the day written out between the verb and what it reports
        ("La Clinique des Tilleuls a annoncé lundi 10 octobre avoir subi une « offensive informatique ».", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        # the newest of a series: "c'est au tour de X"
        ("Après deux hôpitaux bretons en mars, c'est au tour de la Clinique des Tilleuls.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("Harbourline Water was breached over the weekend, the regulator said.", "en",
         {("Harbourline Water", "asserted")}),
        ("Police are investigating the attacks on Pipewise and Harbourline Water.", "en",
         {("Pipewise", "asserted"), ("Harbourline Water", "asserted")}),
        ("The ransomware encrypted Harbourline Water's servers on Sunday night.", "en",
         {("Harbourline Water", "asserted")}),
        # it reports the attack on itself
        ("Harbourline Water confirmed on Friday that it was hit by ransomware.", "en",
         {("Harbourline Water", "asserted")}),
        ("Le Groupe Médicis a reconnu jeudi une fuite de données touchant ses patients.", "fr",
         {("Groupe Médicis", "asserted")}),
        ("The intruders copied billing records, Harbourline Water has confirmed.", "en",
         {("Harbourline Water", "asserted")}),
        # its own words tell of the attack on it, in the first person (D7 gives it the quotation)
        ("“Intruders got into our billing systems and copied data,” a Harbourline Water spokesperson said.", "en",
         {("Harbourline Water", "asserted")}),
        ("« Les pirates ont pu copier une partie de nos fichiers », a reconnu le Groupe Médicis.", "fr",
         {("Groupe Médicis", "asserted")}),
        # it is the subject of what followed the attack
        ("Trois jours après la cyberattaque, la Clinique des Tilleuls reporte encore ses opérations.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("Harbourline Water has suspended online payments since a cyber incident on Sunday.", "en",
         {("Harbourline Water", "asserted")}),
        # a ransom note is the attack (D14)
        ("Harbourline Water, a utility near Leeds, shut its offices after ransom notes began printing on Sunday.", "en",
         {("Harbourline Water", "asserted")}),
        # its people's data taken; a regulator fining it over the theft
        ("Les dossiers de 3 000 patients de la Clinique des Tilleuls ont été copiés.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("The watchdog fined Harbourline Water £2 million, saying the bank details of 80,000 customers had been stolen.",
         "en", {("Harbourline Water", "asserted")}),
        # its people in the stolen files, the one organisation the sentence names (D10)
        ("Des patients soignés à la Clinique des Tilleuls figureraient eux aussi dans les fichiers dérobés.", "fr",
         {("Clinique des Tilleuls", "asserted")}),
        ("Harbourline Water does not yet know how many of its customers appear in the stolen records.", "en",
         {("Harbourline Water", "asserted")}),
        # the attackers named with any article; having something taken
        ("Harbourline Water said on Friday that an attacker got into its billing portal and took customer records.", "en",
         {("Harbourline Water", "asserted")}),
        ("Nearly 90,000 Harbourline Water customers had their details stolen, the utility confirmed.", "en",
         {("Harbourline Water", "asserted")}),
        # the attack as the subject's own
        ("Harbourline Water will pay £2 million to settle the claims over its 2024 breach.", "en",
         {("Harbourline Water", "asserted")}),
        # D19: a regulator's fine presents the fined as breached, whatever the amount's marks
        ("La CNIL a infligé une amende de 1,5 million d'euros au Groupe Médicis pour défaut de sécurité.", "fr",
         {("Groupe Médicis", "asserted")}),
        # a list after a colon names those the clause before says were hit
        ("Deux établissements ont été touchés : la Clinique des Tilleuls et le Groupe Médicis.", "fr",
         {("Clinique des Tilleuls", "asserted"), ("Groupe Médicis", "asserted")}),
    ],
)
def test_an_organisation_presented_as_attacked_is_a_claim(text, lang, expected):
    assert orgs(text, lang, CLINIC if lang == "fr" else WATER) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        # it reports, counts, notifies, serves customers or employs people
        ("Harbourline Water said on Monday that the leaked file holds the addresses of 90,000 customers.", "en"),
        ("Harbourline Water now says 12,000 customers had an account number exposed.", "en"),
        ("Harbourline Water supplies 1.2 million households across three counties.", "en"),
        ("Harbourline Water has notified the Information Commissioner's Office and opened a helpline.", "en"),
        ("Aucune donnée bancaire n'a été dérobée, assure le Groupe Médicis.", "fr"),
        # what is not in the stolen files
        ("Le nom de l'assureur ne figure pas dans les fichiers volés, précise la Clinique des Tilleuls.", "fr"),
        # after "X said, and ...", the next clause is not what it said
        ("There is no sign that bank data was taken, Harbourline Water said, and the details that were stolen "
         "are not enough on their own to enable fraud.", "en"),
        # D18: announcing how many people were hit is reporting
        ("Environ 40 000 patients sont concernés par la fuite, a annoncé mercredi le Groupe Médicis.", "fr"),
        ("Harbourline Water has told regulators that about 90,000 people were caught up in the breach.", "en"),
        ("La Clinique des Tilleuls emploie 900 personnes et soigne 40 000 patients par an.", "fr"),
        ("Le Groupe Médicis a prévenu la CNIL et ouvert un numéro vert pour ses patients.", "fr"),
        # clients named only where the disruption is felt (D10)
        ("The Clinique des Tilleuls postponed operations after a cyberattack on Pipewise, its software supplier.", "en"),
        # it is not the subject of the attack's aftermath: an object of another verb
        ("Depuis l'attaque, un pirate a contacté le Groupe Médicis pour réclamer une rançon.", "fr"),
        # an apposition is no list: the parent company is not the one the attack was on
        ("Customers were cut off after an attack on Pipewise, the Harbourline Water unit that bills them.", "en"),
    ],
)
def test_an_organisation_that_only_reports_counts_or_serves_is_no_claim(text, lang):
    incident = CLINIC if lang == "fr" else WATER
    assert all(org == "Pipewise" for org, _pol in orgs(text, lang, incident))


def test_the_hospital_of_the_incident_s_town_is_the_configured_hospital():
    # config.toml names "CH Val de Loire" with the keyword "Blois": "l'hôpital de Blois" is it.
    incident = IncidentContext(organizations=("CH Val de Loire",), keywords=("Blois", "LockBit", "cyberattaque"))
    assert orgs("L'hôpital de Blois, visé par un rançongiciel dimanche, fonctionne en mode dégradé.", "fr",
                incident) == {("CH Val de Loire", "asserted")}
    assert orgs("The Blois hospital was hit by ransomware on Sunday.", "en", incident) == {("CH Val de Loire", "asserted")}
    # two configured hospitals: a town names neither
    two = IncidentContext(organizations=("CH Val de Loire", "CH Vendôme"), keywords=("Blois",))
    assert orgs("L'hôpital de Blois a été visé par un rançongiciel dimanche.", "fr", two) == set()


def test_the_attackers_as_subject_of_what_was_taken_are_not_speaking():
    # "X, a utility ..., says a hacker copied data": X speaks; the hacker is no source (D3)
    found = extract_claims("Harbourline Water, a utility with sites in Leeds and York, says a hacker copied data on "
                           "87,000 customers.", profile=load_profile(), language="en", incident=WATER)
    assert ("organization", "Harbourline Water", "asserted", False) in {(c.slot, c.value, c.polarity, c.hedged)
                                                                        for c in found}


def test_a_company_name_shortened_without_its_generic_word_is_the_company():
    resorts = IncidentContext(organizations=("Lakeside Resorts",))
    assert orgs("The ransomware gang encrypted servers on Lakeside's network.", "en", resorts) == {
        ("Lakeside Resorts", "asserted")}


@pytest.mark.parametrize(
    "configured, text, lang",
    [
        # the acronym configured, the name written out, with a short word its letters skip
        ("MGPV", "Des pirates ont infiltré les serveurs de la Maison Garnier Pères de Vienne la semaine dernière.", "fr"),
        ("PSWR", "Hackers broke into the network of the Police Service of West Riding last week.", "en"),
        ("TfM", "Hackers broke into the network of Transport for Manchester last week.", "en"),
        # the name configured, the press using its capitals
        ("Northern Rail Lines", "Hackers broke into NRL's network last week.", "en"),
    ],
)
def test_an_acronym_and_its_written_out_name_are_one_organisation(configured, text, lang):
    assert (configured, "asserted") in orgs(text, lang, IncidentContext(organizations=(configured,)))


def test_capitals_are_matched_as_written_only():
    # "nrl" in lower case, or the capitals of a single hyphenated word, name nothing
    lines = IncidentContext(organizations=("Northern Rail Lines",))
    assert orgs("Hackers broke into the nrl network last week.", "en", lines) == set()
    assert orgs("Hackers broke into TM's network last week.", "en", IncidentContext(organizations=("T-Mobile",))) == set()


def test_its_own_words_denying_the_attack_assert_nothing():
    assert ("Harbourline Water", "asserted") not in orgs(
        "“Nothing shows that the intruders reached our customer records,” Harbourline Water said.", "en", WATER)


def test_an_organisation_said_not_to_be_hit_is_denied():
    assert ("Groupe Médicis", "denied") in orgs(
        "L'attaque n'a pas visé le Groupe Médicis lui-même, mais l'une de ses cliniques.", "fr", CLINIC)
    assert ("Harbourline Water", "denied") in orgs(
        "Harbourline Water insists that nothing points to a breach of its own systems.", "en", WATER)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Harbourline Water said the gang entered its network through a contractor's account.", "en"),
        ("Harbourline Water said that criminals had infiltrated its billing application.", "en"),
        ("Harbourline Water said that criminals had exploited a flaw in one of its web applications.", "en"),
        ("Harbourline Water a indiqué que les pirates avaient pénétré son réseau informatique.", "fr"),
    ],
)
def test_intruders_entering_its_own_systems_present_the_speaker_as_attacked(text, lang):
    assert ("Harbourline Water", "asserted") in orgs(text, lang, WATER)


def test_a_negation_determining_the_organisation_s_systems_denies_it():
    assert orgs("No Harbourline Water system was compromised, the utility said.", "en", WATER) == {
        ("Harbourline Water", "denied")}
    assert ("Groupe Médicis", "denied") in orgs(
        "Aucun serveur du Groupe Médicis n'a été touché par l'attaque, selon la direction.", "fr", CLINIC)


def test_without_configured_organisations_the_older_sets_convention_holds():
    # The first sets (tests/claims/devset, the sample corpus) count a mention that does not speak.
    assert orgs("L'agence régionale de santé de Normandie a déposé plainte.", "fr", None) == {("ARS", "asserted")}
    assert orgs("L'ANSSI accompagne les GRADeS dans la remédiation.", "fr", None) == {("GRADeS", "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        # a regulator's intended fine presents the fined as breached (D19)
        ("The regulator said it intends to fine Harbourline Water £2 million after attackers stole customer records.",
         "en"),
        # its own attackers
        ("Harbourline Water's intruders first went in on a Sunday and stayed for weeks.", "en"),
        # losing data is being hit, and "not the only" one asserts it
        ("Harbourline Water is not the only utility to lose data this spring.", "en"),
        ("Harbourline Water n'est pas la seule entreprise à s'être fait voler des données cette année.", "fr"),
    ],
)
def test_fines_attackers_and_lost_data_present_the_organisation_as_attacked(text, lang):
    assert ("Harbourline Water", "asserted") in orgs(text, lang, WATER)


def test_a_name_that_qualifies_its_customers_is_not_said_hit():
    found = orgs("Harbourline Water is not the only Pipewise customer to lose data this spring.", "en", WATER)
    assert ("Harbourline Water", "asserted") in found and ("Pipewise", "asserted") not in found


def test_a_closing_comparison_with_an_earlier_attack_does_not_silence_the_sentence():
    text = ("Seule la Clinique des Tilleuls a été visée cette fois, affirme la direction, contrairement à "
            "l'attaque qui avait paralysé le Groupe Médicis début 2021.")
    found = extract_claims(text, profile=load_profile(), language="fr", incident=CLINIC,
                           published=__import__("datetime").date(2025, 6, 13))
    names = {(c.value, c.polarity) for c in found if c.slot == "organization"}
    assert names == {("Clinique des Tilleuls", "asserted")}


def test_its_other_systems_spared_do_not_deny_the_one_reached():
    text = ("Pipewise reported that suspicious activity it had detected on its Harbourline Water account came by the "
            "same route, and said its investigation had found no sign that user data or its other systems had been "
            "reached.")
    found = orgs(text, "en", WATER)
    assert ("Pipewise", "denied") not in found and ("Harbourline Water", "denied") not in found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Harbourline Water only learned of the theft on 19 July, when a researcher wrote to its press office.", "en"),
        ("Harbourline Water a découvert l'intrusion samedi matin, en constatant des connexions anormales.", "fr"),
    ],
)
def test_the_incident_s_organisation_finding_the_attack_was_hit(text, lang):
    assert ("Harbourline Water", "asserted") in orgs(text, lang, WATER)


def test_a_third_party_finding_the_attack_is_not_hit():
    found = orgs("Mandiant detected the intrusion on 19 July, Harbourline Water's lawyers said.", "en", WATER)
    assert ("Mandiant", "asserted") not in found
