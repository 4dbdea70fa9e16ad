"""Slot rules: enumerations, regions, organisations, counts, vectors against risks, care."""

from __future__ import annotations

import pytest

from tests.claims.helpers import claims_of, slots_of


def test_an_enumeration_gives_one_claim_per_category():
    found = slots_of(
        "Les pirates ont dérobé les nom, prénom et âge de patients et, dans certains cas, "
        "leur téléphone ou leur adresse e-mail."
    )
    assert found == {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")}


def test_a_bulleted_list_reads_with_its_lead():
    found = slots_of("Les données concernées sont :\n- nom et prénom ;\n- date de naissance ;\n- numéro de téléphone.")
    assert found == {("data_category", "identity", "asserted"), ("data_category", "contact", "asserted")}


def test_longest_term_wins():
    assert slots_of("Les coordonnées bancaires des patients ont été dérobées.") == {("data_category", "banking", "asserted")}


def test_data_named_without_a_theft_word_is_no_claim():
    assert slots_of("Les données de santé sont hébergées sur des serveurs certifiés.") == set()


@pytest.mark.parametrize(
    "text, lang, region",
    [
        ("Les patients des Pays-de-la-Loire sont concernés.", "fr", "Pays de la Loire"),
        ("La Normandie est touchée par la fuite.", "fr", "Normandie"),
        ("Normandy was hit by the breach.", "en", "Normandie"),
        ("Les Franciliens sont concernés par l'attaque.", "fr", "Île-de-France"),
        ("Les patients de La Réunion sont touchés.", "fr", "La Réunion"),
    ],
)
def test_region_variants(text, lang, region):
    assert ("region", region, "asserted") in slots_of(text, lang)


def test_a_common_word_is_no_region():
    assert not any(c[0] == "region" for c in slots_of("Une réunion de crise a suivi la cyberattaque."))


def test_counts_need_a_noun_and_know_victims_from_accounts():
    assert slots_of("Les données de 1,4 million de patients ont été consultées.") == {("victim_count", 1_400_000, "asserted")}
    assert ("accounts_compromised", 10, "asserted") in slots_of(
        "Les attaquants ont usurpé l'identité d'une dizaine de professionnels de santé."
    )
    assert not any(c[0] in ("victim_count", "accounts_compromised") for c in slots_of("L'attaque a eu lieu en 2025."))


def test_phishing_is_a_risk_or_a_vector_by_its_context():
    assert slots_of("Ces informations pourraient être utilisées pour des tentatives d'hameçonnage.") == {
        ("risk", "phishing", "asserted")
    }
    assert slots_of("Les attaquants ont obtenu leurs accès grâce à une campagne d'hameçonnage.") == {
        ("attack_vector", "phishing", "asserted")
    }


def test_a_risk_is_not_hedged_by_its_own_could():
    assert claims_of("Patients could be targeted by phishing campaigns.", "en") == {("risk", "phishing", "asserted", False)}


@pytest.mark.parametrize(
    "text, lang, polarity",
    [
        ("La prise en charge des patients n'est pas affectée.", "fr", "denied"),
        ("L'activité des établissements se poursuit normalement.", "fr", "denied"),
        ("Plusieurs opérations ont dû être déprogrammées après la cyberattaque.", "fr", "asserted"),
        ("Patient care was unaffected.", "en", "denied"),
        ("Appointments were cancelled at several hospitals.", "en", "asserted"),
    ],
)
def test_care_impact(text, lang, polarity):
    assert slots_of(text, lang) == {("care_impact", "care", polarity)}


def test_free_text_keeps_check_worthy_sentences_without_slot():
    assert claims_of("Une plainte a été déposée et la CNIL a été notifiée de l'incident.") == {(None, None, "asserted", False)}
    assert claims_of("Le temps était clément ce jour-là.") == set()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'accès aux services a été obtenu par usurpation d'identité.", "fr", ("attack_vector", "impersonation", "asserted")),
        ("Les patients pourraient être victimes d'usurpation d'identité.", "fr", ("risk", "identity_theft", "asserted")),
        ("Ces données exposent à une usurpation d'identité des patients.", "fr", ("risk", "identity_theft", "asserted")),
        ("The stolen details could fuel identity theft.", "en", ("risk", "identity_theft", "asserted")),
    ],
)
def test_identity_usurpation_is_the_vector_or_the_risk_by_its_context(text, lang, expected):
    assert slots_of(text, lang) == {expected}


def test_a_category_word_that_names_the_attack_or_the_risk_is_no_data():
    found = slots_of("Credential hijacking is how the attackers got in.", "en")
    assert found == {("attack_vector", "impersonation", "asserted")}
    assert slots_of("The stolen records could be used for identity theft.", "en") == {("risk", "identity_theft", "asserted")}
    # Taken by the attackers, the credentials are data.
    assert ("data_category", "credentials", "asserted") in slots_of(
        "L'accès a été obtenu en usurpant les identifiants de professionnels de santé."
    )


def test_accounts_named_as_usurped_say_how_but_known_ones_do_not():
    assert ("attack_vector", "impersonation", "asserted") in slots_of("Une quinzaine de comptes de soignants usurpés ont servi.")
    assert not any(c[0] == "attack_vector" for c in slots_of("Les comptes usurpés ont été désactivés."))
    assert ("attack_vector", "impersonation", "asserted") in slots_of("Ten doctors had their accounts hijacked.", "en")


def test_rescheduled_care_is_disrupted_care():
    assert claims_of("Des rendez-vous ont été reprogrammés, selon des soignants.") == {("care_impact", "care", "asserted", True)}


def test_a_second_figure_counts_what_the_sentence_counts():
    found = slots_of("One site said 2 million patients were affected, while another put the figure at 900,000.", "en")
    assert found >= {("victim_count", 2_000_000, "asserted"), ("victim_count", 900_000, "asserted")}


def test_patients_named_by_their_region():
    assert ("region", "Normandie", "asserted") in slots_of("Les données de patients normands ont été consultées.")


def test_an_insurer_named_as_the_company_is_no_insurance_data():
    # The insurer is who was hit or who speaks; what customers hold with "their insurer" is data.
    assert not any(c[1] == "insurance" for c in slots_of(
        "Files stolen from Acme, the country's largest health insurer, include names and addresses.", "en"))
    # (what was stolen here names no insurance data: claims data would, since cyberattack-519)
    assert not any(c[1] == "insurance" for c in slots_of("Home addresses were stolen too, the insurer said.", "en"))
    assert not any(c[1] == "insurance" for c in slots_of("Des fichiers volés chez l'assureur contiennent les adresses des clients."))
    assert ("data_category", "insurance", "asserted") in slots_of(
        "The stolen files give the name of their insurer and their address.", "en")
    assert ("data_category", "insurance", "asserted") in slots_of("Les fichiers volés indiquent le nom de l'assureur des clients.")


def test_a_guess_at_how_is_no_vector():
    # "possibly by X or Y" guesses; the stolen password itself is still said.
    found = slots_of("The intruders used a password that had been stolen, possibly by phishing or brute force.", "en")
    assert not any(c[0] == "attack_vector" and c[1] == "phishing" for c in found)
    found = slots_of("Les pirates ont utilisé un mot de passe volé, peut-être par hameçonnage ou par force brute.")
    assert not any(c[0] == "attack_vector" and c[1] == "phishing" for c in found)
    assert ("attack_vector", "phishing", "asserted") in slots_of("They got in through a phishing email.", "en")


def test_a_downloaded_malicious_file_is_not_said_to_be_phishing():
    assert not any(c[0] == "attack_vector" for c in slots_of(
        "The attack began when a clerk downloaded a malicious file.", "en"))
    assert not any(c[0] == "attack_vector" for c in slots_of(
        "L'attaque a commencé quand un agent a téléchargé un fichier malveillant."))
    assert ("attack_vector", "phishing", "asserted") in slots_of(
        "The attack began with a malicious file attached to an email.", "en")


def test_a_fraudster_is_the_risk_only_when_nothing_says_what_they_would_do():
    found = slots_of("Des escrocs pourraient envoyer de faux SMS aux clients dont les données ont été volées.")
    assert ("risk", "phishing", "asserted") in found and not any(c[1] == "fraud" for c in found)
    found = slots_of("The stolen files would let scammers send fake emails to customers.", "en")
    assert ("risk", "phishing", "asserted") in found and not any(c[1] == "fraud" for c in found)
    # named alone, who would misuse the data is the risk
    assert ("risk", "fraud", "asserted") in slots_of("Ces fichiers volés sont une aubaine pour les escrocs.")
    assert ("risk", "fraud", "asserted") in slots_of("The stolen records are a goldmine for fraudsters.", "en")


def test_a_document_number_alone_is_no_identity_data():
    # LABELLING D15: a copy of the document shows a name and a birth date; its number does not.
    assert not any(c[0] == "data_category" for c in slots_of(
        "The hackers took 40,000 passport numbers and driver's licence numbers.", "en"))
    assert not any(c[0] == "data_category" for c in slots_of("Les pirates ont volé des numéros de passeport."))
    assert not any(c[0] == "data_category" for c in slots_of(
        "About a million people whose passport or licence numbers were stolen face a risk of fraud.", "en"))
    assert ("data_category", "identity", "asserted") in slots_of("The hackers stole scans of customers' passports.", "en")
    assert ("data_category", "identity", "asserted") in slots_of("Des copies de pièces d'identité ont été volées.")


def test_an_insurer_s_name_or_a_record_number_is_no_health_data():
    found = slots_of("Le nom de la complémentaire santé des patients figure dans les fichiers volés.")
    assert ("data_category", "insurance", "asserted") in found and not any(c[1] == "medical" for c in found)
    found = slots_of("The stolen files hold names and medical record numbers.", "en")
    assert ("data_category", "identity", "asserted") in found and not any(c[1] == "medical" for c in found)
    assert ("data_category", "medical", "asserted") in slots_of("The stolen files hold patients' medical records.", "en")


def test_data_a_tool_serves_for_is_not_said_to_be_taken():
    found = slots_of("Hackers breached the old software that the clinics used to store medical records.", "en")
    assert not any(c[0] == "data_category" for c in found)
    found = slots_of("Les pirates ont piraté la plateforme de dossiers patients de cinq cliniques.")
    assert not any(c[0] == "data_category" for c in found)
    assert ("data_category", "medical", "asserted") in slots_of("Hackers stole medical records from the clinics.", "en")


def test_credentials_reset_as_a_precaution_are_not_said_to_be_taken():
    assert not any(c[0] == "data_category" for c in slots_of(
        "After the breach, the operator reset the passwords of every affected account.", "en"))
    assert not any(c[0] == "data_category" for c in slots_of(
        "Après la fuite, les clients devront réinitialiser leur mot de passe."))
    assert ("data_category", "credentials", "asserted") in slots_of("The hackers stole customers' passwords.", "en")


def test_data_copied_by_hand_at_admission_is_not_said_to_be_taken():
    assert not any(c[0] == "data_category" for c in slots_of(
        "Depuis l'attaque, les agents recopient à la main le numéro de sécurité sociale de chaque patient."))


def test_former_staff_whose_details_were_taken_are_no_insider():
    assert not any(c[0] == "attack_vector" for c in slots_of(
        "Details of current and former employees were stolen in the breach.", "en"))
    assert ("attack_vector", "insider", "asserted") in slots_of("A former employee helped the hackers get in.", "en")


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # one item taken, another of the same category spared: the category was taken (D24)
        ("Les IBAN des abonnés ont été dérobés. Les numéros de carte bancaire, eux, n'ont pas été touchés.", "fr",
         {("data_category", "banking", "asserted")}),
        ("Bank account numbers were stolen, although no card numbers were taken.", "en",
         {("data_category", "banking", "asserted")}),
        # two statements that disagree keep both: the gang's claim (hedged) and the firm's denial
        ("The gang claims to hold customers' card numbers. The retailer says no payment data was taken.", "en",
         {("data_category", "banking", "asserted"), ("data_category", "banking", "denied")}),
        # a denial with nothing of its category asserted stays a denial
        ("Names were stolen, but no bank details were taken.", "en",
         {("data_category", "identity", "asserted"), ("data_category", "banking", "denied")}),
    ],
)
def test_a_partial_denial_beside_the_same_category_taken_is_no_denial(text, lang, expected):
    assert {c for c in slots_of(text, lang) if c[0] == "data_category"} == expected


def test_a_bare_account_number_is_the_operator_s_not_a_bank_s():
    found = slots_of("The hackers took names, phone numbers and customer account numbers.", "en")
    assert ("data_category", "banking", "asserted") not in found
    assert ("data_category", "banking", "asserted") in slots_of(
        "The hackers took names and bank account numbers.", "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        # clinical tools out of use are care disrupted (D26)
        ("Les dossiers patients de la clinique restent inaccessibles depuis lundi.", "fr"),
        ("Since the attack, nurses on the wards have been left without access to their patients' notes.", "en"),
        ("Doctors could not see patients' records for most of the week.", "en"),
    ],
)
def test_clinical_tools_out_of_use_are_care_disrupted(text, lang):
    assert ("care_impact", "care", "asserted") in slots_of(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        # the same tools named for what was taken are data, not care
        ("Les dossiers patients ont été copiés par les pirates.", "fr"),
        ("Hackers copied patient records from the clinic's servers.", "en"),
        # and the tools running are no disruption
        ("The electronic health record stayed up throughout.", "en"),
    ],
)
def test_clinical_tools_taken_or_running_are_no_care_disruption(text, lang):
    assert not any(c[0] == "care_impact" and c[2] == "asserted" for c in slots_of(text, lang))
