"""Counts on real-style prose: a figure is a victim or account count only where it counts the people
or accounts this attack reached, as a whole (LABELLING.md `victim_count`, D5, D6)."""

from __future__ import annotations

import pytest

from tests.claims.helpers import claims_of, slots_of


def counts(text: str, lang: str) -> set[tuple]:
    return {c for c in slots_of(text, lang) if c[0] in ("victim_count", "accounts_compromised")}


@pytest.mark.parametrize(
    "text, lang",
    [
        # a single person named, not counted
        ("After the breach, one nurse told us she had stopped using the portal.", "en"),
        ("The intruders stole at least one nurse's payslip along with the rota files.", "en"),
        # people the attack spared
        ("The 240 residents of the care home were not affected by the intrusion.", "en"),
        ("Les 80 patients hospitalisés n'ont pas été concernés par la fuite.", "fr"),
        # an owner's size, not people reached
        ("A memo reminded the insurer's 12,000 staff to change their passwords after the attack.", "en"),
        ("Après l'attaque, la mutuelle a écrit à ses 900 000 adhérents pour les mettre en garde.", "fr"),
        # one group, one place (D5)
        ("The hackers say they hold files on 400,000 customers of Italian origin.", "en"),
        ("Le pirate dit détenir les fiches de 200 000 clients d'origine portugaise.", "fr"),
        ("In Quebec, about 90,000 patients had their records stolen in the breach.", "en"),
        ("En Bretagne, 40 000 assurés ont vu leurs données dérobées lors de l'attaque.", "fr"),
        ("Those whose bank details leaked, some 12,000 customers by the firm's count, will get new cards.", "en"),
        # a bound is no count
        ("Fewer than 50 customers had their card numbers stolen in the attack.", "en"),
        # records and files are not people
        ("The gang says it stole 3 million records from the clinic's servers.", "en"),
        ("Les pirates affirment avoir dérobé 500 000 dossiers lors de l'intrusion.", "fr"),
        # people moved for care are no victims, past the aside that interrupts them
        ("Douze patients, dont deux enfants, ont été transférés vers Rennes après la cyberattaque.", "fr"),
        # places are not people ("maisons de retraite" is no "retraité")
        ("Le groupe, victime d'une cyberattaque, gère cinq maisons de retraite en Normandie.", "fr"),
    ],
)
def test_a_figure_that_counts_something_else_gives_no_count(text, lang):
    assert counts(text, lang) == set()


def test_a_placeholder_is_superseded_by_the_figure():
    """D6: a placeholder filed before the figure was known gives no count; the figure does."""
    got = counts("The firm now says 2 million people were hit, after a placeholder of 501 in its first filing.", "en")
    assert got == {("victim_count", 2_000_000, "asserted")}


def test_of_them_after_a_base_counts_the_victims():
    got = counts("The clinic sees about 90,000 patients a year, and the stolen files concern 7,000 of them.", "en")
    assert got == {("victim_count", 7_000, "asserted")}
    got = counts("L'hôpital accueille 60 000 patients par an, et la fuite touche 5 000 d'entre eux.", "fr")
    assert got == {("victim_count", 5_000, "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("No fewer than 80,000 patients were affected by the breach.", "en"),
        ("Pas moins de 80 000 patients sont concernés par la fuite.", "fr"),
        ("At Lumio, 80,000 customers had their data stolen.", "en"),
    ],
)
def test_a_lower_bound_or_the_firm_hit_still_counts(text, lang):
    assert counts(text, lang) == {("victim_count", 80_000, "asserted")}


def test_of_them_after_a_whole_is_still_a_part():
    got = counts("The data of 3 million customers was stolen, and 200,000 of them had their passports exposed.", "en")
    assert got == {("victim_count", 3_000_000, "asserted")}


def test_a_possessive_with_a_theft_word_still_counts():
    got = counts("Hackers stole the records of the bank's 4 million customers.", "en")
    assert ("victim_count", 4_000_000, "asserted") in got


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("The intruders signed in with the passwords of four contractor accounts that lacked a second factor.", "en", 4),
        ("Le pirate s'est connecté avec un seul compte d'administrateur, puis a copié les fichiers.", "fr", 1),
    ],
)
def test_accounts_used_to_get_in_are_counted(text, lang, value):
    assert ("accounts_compromised", value, "asserted") in counts(text, lang)


def test_the_one_account_they_got_in_by_is_how_not_how_many():
    # LABELLING.md D39: the account of entry gives the vector; a count needs a number or "un seul"
    got = slots_of("Le pirate s'est connecté avec l'identifiant d'un compte d'administrateur, puis a copié les "
                 "fichiers.", "fr")
    assert not any(c[0] == "accounts_compromised" for c in got)
    assert ("attack_vector", "impersonation", "asserted") in got


def test_an_account_in_advice_on_what_data_enables_is_no_account_used():
    got = counts("Un numéro de carte seul ne permet pas d'ouvrir un compte, mais il permet de tenter des achats.", "fr")
    assert not any(c[0] == "accounts_compromised" for c in got)


# Issue 9, round five: constructions probed one at a time, none taken from the labelled sets.
@pytest.mark.parametrize(
    "text, lang",
    [
        # nothing befell the people counted: a size, a base
        ("Northwind Health has 300,000 patients on its books.", "en"),
        ("The hospital group, one of the largest in the region with 3 million patients, was hacked.", "en"),
        ("The company, whose 25 million customers use its app every day, confirmed the breach.", "en"),
        ("Le groupe, qui compte 3 millions d'adhérents, a été piraté.", "fr"),
        # staff counted without a word of accounts are no accounts used
        ("More than 400 staff have been working overtime since the cyberattack.", "en"),
        ("Les 2 000 soignants de l'hôpital travaillent en mode dégradé depuis l'attaque.", "fr"),
        # calls, operations and people questioned or moved are counted for something else
        ("The helpline received 5,000 calls from worried patients after the breach.", "en"),
        ("La plateforme d'appel a reçu 5 000 appels de patients inquiets depuis la fuite.", "fr"),
        ("The attack forced the hospital to postpone 300 operations and divert 40 patients.", "en"),
        ("Investigators have interviewed 15 employees about the breach.", "en"),
        ("Une quinzaine de salariés ont été entendus par les enquêteurs après la fuite.", "fr"),
        ("Some 5,000 people have called a dedicated helpline since letters went out on Friday.", "en"),
        ("Quelque 5 000 personnes ont appelé le numéro vert depuis l'envoi des courriers.", "fr"),
    ],
)
def test_a_figure_nothing_befell_gives_no_count(text, lang):
    assert counts(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # the whole a figure is drawn from is no count; the figure takes its noun
        ("The breach affected about 48,000 of the group's 3 million patients.", "en", 48_000),
        ("Quelque 48 000 des 3 millions d'adhérents du groupe sont concernés par la fuite.", "fr", 48_000),
        # an apposition giving the owner's size beside the count
        ("Northwind Health, with 12,000 employees, said 48,000 patients were affected.", "en", 48_000),
        # "among those whose" after a verb speaks of the whole, not a part
        ("Some 48,000 patients are among those whose records were copied during the attack.", "en", 48_000),
        # numbers written as fractions of a scale, or with a glued abbreviation
        ("Almost half a million patients were affected by the intrusion.", "en", 500_000),
        ("Un demi-million de patients ont vu leurs données exposées.", "fr", 500_000),
        ("Around 1.2m customers' details were taken in the breach.", "en", 1_200_000),
        # what befell them, in words other than "affected"
        ("Hackers took personal data that could concern up to 48,000 people.", "en", 48_000),
        ("Nearly 2,000 of the hospital's 5,000 staff had their payroll details stolen.", "en", 2_000),
        # an opening "in total" is no customer base; a figure for "the number of" is the count
        ("In total, the records of 48,000 patients were copied.", "en", 48_000),
        ("The number of affected patients has risen to 48,000.", "en", 48_000),
        # a superseded figure after the cue, not the standing one before it (D6)
        ("The number of people affected has been revised up to 48,000 from an initial estimate of 30,000.", "en", 48_000),
    ],
)
def test_the_count_survives_what_surrounds_it(text, lang, value):
    assert counts(text, lang) == {("victim_count", value, "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        # D5: a part of the victims, drawn from them or added to them
        ("Some 12,000 of the affected patients live in Wales.", "en"),
        ("The bank details of 12,000 patients were also exposed.", "en"),
        ("In addition, 12,000 former patients had their addresses leaked.", "en"),
        ("Les IBAN de 12 000 patients figurent également dans le fichier.", "fr"),
        ("Parmi les personnes touchées, 12 000 ont vu leurs coordonnées bancaires dérobées.", "fr"),
    ],
)
def test_a_group_drawn_from_or_added_to_the_victims_is_no_count(text, lang):
    assert counts(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # a comparison base beside the count is no count
        ("The clinic warned 8,000 patients that their files had been viewed, compared with 2 million on its books.", "en",
         8_000),
        ("La clinique a prévenu 8 000 patients que leurs dossiers avaient été consultés, à comparer aux 2 millions "
         "de patients qu'elle suit.", "fr", 8_000),
        # "sans préciser" negates the saying, not the count it names in passing
        ("Seuls les patients opérés sont concernés, sans préciser quelle part des 8 000 personnes touchées a fourni "
         "une pièce d'identité.", "fr", 8_000),
    ],
)
def test_a_comparison_base_or_an_unsaid_share_leaves_the_count(text, lang, value):
    assert counts(text, lang) == {("victim_count", value, "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        # a year is no count, whatever noun follows it
        ("The attackers first got into the network in June 2018 with the login of a contractor's employee.", "en"),
        # account numbers are data, not accounts taken over
        ("The thief also obtained some 80,000 linked bank account numbers.", "en"),
    ],
)
def test_years_and_account_numbers_count_no_accounts(text, lang):
    assert not any(c[0] in ("accounts_compromised", "victim_count") for c in claims_of(text, lang))


def test_users_are_people_counted_not_accounts():
    found = claims_of("Selon Zataz, le fichier volé décrit 257 millions d'utilisateurs du service.", "fr")
    assert ("victim_count", 257000000, "asserted", True) in found


@pytest.mark.parametrize(
    "text, lang",
    [
        # a part drawn from a whole named before (D5)
        ("Chez 9 500 de ces clients, le pirate a aussi récupéré le nom et l'adresse postale.", "fr"),
        ("For 9,500 of these customers the thief also took names and postal addresses.", "en"),
        # firms counted, not people
        ("Files belonging to 134 of its roughly 18,400 business clients were accessed in the intrusion.", "en"),
    ],
)
def test_parts_and_business_clients_are_no_victim_count(text, lang):
    assert not any(c[0] == "victim_count" for c in claims_of(text, lang))
