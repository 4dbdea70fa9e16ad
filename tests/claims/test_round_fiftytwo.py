"""Names the press gives an incident's organisation besides the one the newsroom configured (issue 9,
round fifty-two: organisations dev missed because no mention of them was read), and the intruders' spell
of access dated; one test each, on sentences of our own about invented incidents: the Brennock pipeline
operator, the Tarvel carmaker's branch, the OrthoVale clinics, the Court of Ashmere County and the Larch
Valley hospital."""

from __future__ import annotations

import datetime as dt

from claims.extraction.model import IncidentContext
from tests.claims.helpers import slot_of

PUBLISHED = dt.date(2025, 3, 20)
SINCE = dt.date(2024, 1, 1)


def incident(*organizations: str, keywords: tuple[str, ...] = ()) -> IncidentContext:
    return IncidentContext(organizations=organizations, keywords=keywords or organizations, since=SINCE)


def en(text: str, name: str, where: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "en", PUBLISHED, where)


def test_a_trade_word_or_the_branch_s_country_is_dropped_as_the_press_drops_it():
    brennock = incident("Brennock Pipeline")
    assert en("The FBI confirmed that ransomware was behind the compromise of Brennock's networks.",
              "organization", brennock) == {("Brennock Pipeline", "asserted", False)}
    tarvel = incident("Tarvel Oceania")
    assert en("Tarvel is investigating a cyber attack on its systems in New Zealand.", "organization", tarvel) == {
        ("Tarvel Oceania", "asserted", False)}


def test_a_keyword_that_opens_with_the_name_s_own_word_is_another_of_its_names():
    brayford = incident("Brayford Rail Services", keywords=("Brayford Rail Services", "Brayford Trains", "ransomware"))
    text = "The Akira gang has put Brayford Trains on its leak site, claiming 100 GB of files."
    # (hedged: the listing is the gang's claim, whatever it goes on to claim, since rules cyberattack-569)
    assert en(text, "organization", brayford) == {("Brayford Rail Services", "asserted", True)}
    # not where another configured organisation opens with the same word: the keyword may be either's
    both = incident("Brayford Rail Services", "Brayford Buses", keywords=("Brayford Trains",))
    assert en(text, "organization", both) == set()


def test_a_one_word_name_in_mixed_case_is_contracted_by_its_pieces():
    vale = incident("OrthopedicsVale", keywords=("OrthopedicsVale", "OrthoVale"))
    text = "Social Security numbers were among what was taken from OrthoVale, the notice says."
    assert ("OrthopedicsVale", "asserted", False) in en(text, "organization", vale)


def test_a_kind_of_place_name_is_also_written_place_first():
    court = incident("Superior Court of Ashmere County")
    text = "Ransomware hit the Ashmere County Superior Court on Friday, shutting its jury portal."
    assert ("Superior Court of Ashmere County", "asserted", False) in en(text, "organization", court)


def test_the_intruders_spell_of_access_dates_the_attack():
    larch = incident("Larch Valley Hospital")
    text = ("Larch Valley Hospital is writing to patients because an outsider kept access to an employee's mailbox "
            "from May 15 to June 24.")
    assert en(text, "attack_date", larch) == {("2024-05-15", "asserted", False)}


# dev52 (read this round): shapes its misses share with any coverage


def fr(text: str, name: str, where: IncidentContext) -> set[tuple]:
    return slot_of(text, name, "fr", PUBLISHED, where)


def test_saying_nothing_about_what_the_attack_will_cost_denies_nothing():
    ashmere = incident("City of Ashmere", keywords=("Ashmere",))
    text = ("Those figures say nothing yet about what the weekend's ransomware hit on Ashmere will end up "
            "costing, the professor said.")
    assert en(text, "attack_vector", ashmere) == {("ransomware", "asserted", False)}
    assert ("City of Ashmere", "denied", False) not in en(text, "organization", ashmere)


def test_a_name_not_even_given_is_no_fact_either_way():
    larch = incident("Larch Valley Hospital")
    text = "Larch Valley Hospital still has not called what happened a data breach, let alone a ransomware attack."
    assert en(text, "attack_vector", larch) == set()


def test_the_date_an_attack_noun_owns_outranks_the_day_of_a_vote():
    ashmere = incident("City of Ashmere", keywords=("Ashmere",))
    text = ("Councilmembers vote on Monday night on a step toward recovering what the March 9 cyberattack on "
            "Ashmere has cost.")
    assert en(text, "attack_date", ashmere) == {("2025-03-09", "asserted", False)}


def test_a_name_with_an_ampersand_goes_by_the_initials_on_each_side():
    firm = incident("Harlow Benning & Associates")
    text = "No gang has ever put its name to the HB&A intrusion, and who carried it out is still unknown."
    assert en(text, "organization", firm) == {("Harlow Benning & Associates", "asserted", False)}


def test_a_false_title_is_no_part_of_the_speaker_s_name():
    larch = incident("Larch Valley Hospital")
    text = ("Patient Vernon Ashby says nobody has told him a thing: “They have my address, my birth date and my "
            "Social Security number.”")
    assert en(text, "quote", larch) == {("Vernon Ashby", "asserted", False)}


def test_what_the_accounts_figure_is_put_for_says_what_it_counts():
    store = incident("Ashmere Stores")
    text = ("Reports put the number of compromised customer accounts at roughly 38 million, although Ashmere "
            "Stores has never published a total.")
    assert {c[:2] for c in en(text, "accounts_compromised", store)} == {(38000000, "asserted")}
    assert en(text, "victim_count", store) == set()


def test_what_card_details_cannot_be_used_to_buy_says_nothing_of_their_theft():
    store = incident("Ashmere Stores")
    text = "“The partial card details involved cannot be used to make purchases,” Ashmere Stores said in its notice."
    assert en(text, "data_category", store) == {("banking", "asserted", False)}


def test_what_the_words_were_about_is_no_part_of_the_speaker():
    brivet = incident("Secrétariat de Brivet", keywords=("Brivet",))
    text = ("« C'est une première pour nous », a reconnu Antoine Lascaux au sujet de cette fuite, la première que "
            "subit le Secrétariat de Brivet.")
    assert fr(text, "quote", brivet) == {("Antoine Lascaux", "asserted", False)}


def test_a_name_quoted_after_se_fait_appeler_is_no_one_s_words():
    brivet = incident("Direction de Brivet", keywords=("Brivet",))
    text = ("Le collectif qui se fait appeler « Les Veilleurs du Nord » affirme détenir 139 téraoctets de données "
            "arrachées à la Direction de Brivet.")
    assert fr(text, "quote", brivet) == set()


def test_not_understanding_why_is_no_denial_of_the_attack():
    brivet = incident("Journal de Brivet", keywords=("Brivet",))
    text = "Le Journal de Brivet avoue ne pas comprendre pourquoi des pirates ont attaqué son fichier de clients."
    assert fr(text, "organization", brivet) == {("Journal de Brivet", "asserted", False)}


def test_care_said_untouched_is_care_denied_not_the_speaker():
    larch = incident("Larch Valley Hospital")
    text = "Larch Valley Hospital stressed that care was never affected."
    assert en(text, "organization", larch) == set()
    assert en(text, "care_impact", larch) == {("care", "denied", False)}


def test_a_second_thing_said_after_and_that_keeps_its_own_negation():
    larch = incident("Larch Valley Hospital")
    text = ("Larch Valley Hospital put its figure at 97,132 patients, while stressing that none of its own computer "
            "systems were accessed and that care was never affected.")
    assert en(text, "care_impact", larch) == {("care", "denied", False)}


def test_the_hole_in_its_systems_the_attackers_exploited_is_how_they_got_in():
    store = incident("Ashmere Stores")
    text = "Since finding the intrusion, Ashmere Stores says it has closed the hole in its systems that the attackers exploited."
    assert en(text, "attack_vector", store) == {("vulnerability", "asserted", False)}


def test_a_verb_of_speaking_set_off_after_a_quotation_closes_it():
    brivet = incident("Secrétariat de Brivet", keywords=("Brivet",))
    text = ("« Personne à l'extérieur n'a reçu ces données pour commettre un crime », a tenu à rassurer la présidente "
            "du Secrétariat de Brivet, Sonia Lebrun.")
    assert fr(text, "quote", brivet) == {("Sonia Lebrun", "asserted", False)}
    # a participle right after it is no speaker's verb
    text = ("Les fichiers de Brivet qui circulent concernent quelque 5000 habitants, bien loin des « courriels sans "
            "importance » évoqués jusqu'ici.")
    assert not any(speaker and "jusqu" in speaker for speaker, _polarity, _hedged in fr(text, "quote", brivet))


def test_what_we_know_said_inside_a_quotation_is_no_explainer_s_header():
    brivet = incident("Secrétariat de Brivet", keywords=("Brivet",))
    text = ("« D'après ce que nous savons aujourd'hui, personne n'a exploité ces données », a assuré la présidente du "
            "Secrétariat de Brivet, Sonia Lebrun.")
    assert fr(text, "quote", brivet) == {("Sonia Lebrun", "asserted", False)}


def test_a_company_named_with_a_title_speaks_under_its_whole_name():
    lender = incident("Mr. Lantern")
    text = ("Mr. Lantern now says it has found evidence that customer data was exposed, though it insists banking "
            "details were out of reach: “Based on what we know today, that information was not touched.”")
    assert en(text, "quote", lender) == {("Mr. Lantern", "asserted", False)}


def test_a_clause_after_comma_yet_keeps_its_own_polarity():
    store = incident("Ashmere Stores")
    text = "At Ashmere Stores card numbers were never stored unencrypted, yet the intruder took the card numbers anyway."
    assert en(text, "data_category", store) == {("banking", "asserted", False)}


def test_a_person_named_after_a_two_word_office_speaks_a_fragment():
    larch = incident("Larch Valley Hospital")
    text = ("At a fairness hearing on Friday, District Judge Amy Berman Jackson called the Larch Valley Hospital "
            "settlement “fair, reasonable and adequate.”")
    assert en(text, "quote", larch) == {("Amy Berman Jackson", "asserted", False)}


def test_where_an_unnamed_speaker_works_is_part_of_the_description():
    larch = incident("Larch Valley Hospital")
    text = ("“We are more or less working blind at Larch Valley Hospital,” said a doctor at the hospital who asked "
            "not to be named.")
    assert en(text, "quote", larch) == {("doctor at the hospital", "asserted", False)}


def test_a_communication_service_speaks_for_its_organisation():
    valmy = incident("Centre hospitalier de Valmy", keywords=("Valmy",))
    text = ("Le centre hospitalier de Valmy a été attaqué lundi. « Par prudence, nous avons demandé à tous nos agents "
            "de renouveler leurs mots de passe », a fait savoir le service communication de l'hôpital.")
    assert fr(text, "quote", valmy) == {("Centre hospitalier de Valmy", "asserted", False)}


def test_a_subject_ends_at_its_verb_of_asking():
    brivet = incident("Brivet", keywords=("Brivet",))
    text = ("Dans une note de service dont Radio-Canada a obtenu copie, Brivet demande à son personnel de ne pas se "
            "présenter à l'usine et annonce l'arrêt de ses opérations ; « gardez un œil sur vos courriels pour les "
            "mises à jour », peut-on lire.")
    assert fr(text, "quote", brivet) == {("Brivet", "asserted", False)}


def test_a_breach_traced_back_to_a_day_is_dated_by_it():
    larch = incident("Larch Valley Hospital")
    text = "By 29 January Larch Valley Hospital had confirmed the breach, which it traced back to 10 December 2024."
    assert en(text, "attack_date", larch) == {("2024-12-10", "asserted", False)}


def test_a_suit_over_the_breach_is_a_fact_to_check():
    transit = incident("Larch Transit")
    text = "A retired worker has filed a proposed class action against Larch Transit in the province's Supreme Court."
    assert {c[:2] for c in en(text, None, transit)} == {(None, "asserted")}
    brivet = incident("Brivet", keywords=("Brivet",))
    text = "Un ancien client a déposé un recours collectif contre Brivet devant la Cour supérieure."
    assert {c[:2] for c in fr(text, None, brivet)} == {(None, "asserted")}
