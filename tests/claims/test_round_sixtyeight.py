"""Round sixty-eight (issue 9): what dev67's French half showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a land registry, a school-bus authority, a water utility)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


REGISTRY = incident("Office foncier de Valmont", "Portail Notarius", keywords=("Office foncier de Valmont", "Portail Notarius"))
BUSES = incident("Transports scolaires du Trégor", keywords=("Transports scolaires du Trégor",))
WATER = incident("Brackwater Utilities", keywords=("Brackwater Utilities",))


def test_a_place_set_against_another_is_denied():
    # « C'est de là, et non des serveurs de l'Office, que sortiraient les fichiers », "from a contractor's servers and
    # not from X": the organisation set against the place named is the one not hit (rules cyberattack-330)
    cleft = ("C'est du Portail Notarius, et non des serveurs de l'Office foncier de Valmont, que sortiraient les "
             "fichiers diffusés par les pirates.")
    assert ("Office foncier de Valmont", "denied", True) in fr(cleft, "organization", REGISTRY)
    english = "The hackers stole the files from a contractor's servers and not from Brackwater Utilities."
    assert en(english, "organization", WATER) == {("Brackwater Utilities", "denied", False)}


def test_accounts_reset_as_a_precaution_are_not_broken_into():
    # « par précaution, les 6 200 comptes en ligne ont été réinitialisés », "all 6,200 accounts were reset": accounts
    # renewed are no accounts compromised (rules cyberattack-331)
    reset = ("Aucun mot de passe n'a été dérobé, assurent les Transports scolaires du Trégor ; par précaution, les 6 200 "
             "comptes en ligne ont néanmoins été réinitialisés.")
    assert fr(reset, "accounts_compromised", BUSES) == set()
    english = "As a precaution, all 6,200 Brackwater Utilities online accounts were reset."
    assert en(english, "accounts_compromised", WATER) == set()
    # accounts said to be broken into, then reset, are still counted
    broken = "Hackers broke into 6,200 Brackwater Utilities online accounts, which have since been reset."
    assert en(broken, "accounts_compromised", WATER) == {(6200, "asserted", False)}


def test_posing_as_the_owner_is_identity_theft():
    # « un escroc pourrait se faire passer pour le titulaire d'un bien et tenter une vente frauduleuse », « pourraient
    # voir leur identité usurpée »: posing as the one whose data it is, and a sale made by fraud, are the risks, not
    # phishing (rules cyberattack-332)
    owner = ("Muni d'un nom tiré des fichiers de l'Office foncier de Valmont, un escroc pourrait se faire passer pour "
             "le titulaire d'un bien et tenter une vente frauduleuse.")
    assert fr(owner, "risk", REGISTRY) == {("identity_theft", "asserted", False), ("fraud", "asserted", False)}
    pupils = ("Après le piratage des Transports scolaires du Trégor, des élèves majeurs pourraient voir leur identité "
              "usurpée.")
    assert fr(pupils, "risk", BUSES) == {("identity_theft", "asserted", False)}


def test_the_attack_suffered_with_its_date_between_names_the_target():
    # « lors de l'attaque subie le 18 juin par … »: a date between « subie » and « par » still names who suffered it
    # (rules cyberattack-333)
    suffered = ("Aucune fuite de données ne semble s'être produite lors de l'attaque subie le 18 février par les "
                "Transports scolaires du Trégor.")
    assert fr(suffered, "organization", BUSES) == {("Transports scolaires du Trégor", "asserted", False)}


def test_staff_who_used_their_post_are_an_insider():
    # « se serait servi de son poste pour entrer dans des comptes », 'abused his position to open customer accounts':
    # the job's own access turned to the deed is an insider (rules cyberattack-334)
    post = ("Selon l'enquête, un agent des Transports scolaires du Trégor se serait servi de son poste pour consulter "
            "les dossiers des familles.")
    assert fr(post, "attack_vector", BUSES) == {("insider", "asserted", True)}
    english = "A Brackwater Utilities clerk abused his position to open hundreds of customer accounts, the utility said."
    assert en(english, "attack_vector", WATER) == {("insider", "asserted", False)}
