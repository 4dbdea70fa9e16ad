"""Attack vectors in the press's many constructions (LABELLING.md `attack_vector`, D8, D9, D14):
the way in named by a noun, a passive, a participle or a relative clause, and the same words read
as a risk or as a property where the sentence says so. Probes written for issue 9, none taken
from the labelled sets."""

from __future__ import annotations

import pytest

from tests.claims.helpers import slots_of


def vectors(text: str, lang: str) -> set[tuple]:
    return {c for c in slots_of(text, lang) if c[0] == "attack_vector"}


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # phishing: a lure someone took, named by what it was or what the victim did
        ("The attack began after an employee was tricked into entering their password on a fake website.", "en", "phishing"),
        ("An employee clicked on a link in a fraudulent email, letting the attackers in.", "en", "phishing"),
        ("The attackers sent emails with booby-trapped attachments to staff.", "en", "phishing"),
        ("Un salarié a cliqué sur un lien frauduleux, ouvrant la porte aux pirates.", "fr", "phishing"),
        ("L'attaque a débuté par l'envoi d'un courriel frauduleux à un salarié.", "fr", "phishing"),
        # impersonation: someone else's credentials or account, bought, used or compromised
        ("The intruders used credentials bought on a criminal forum to log into the network.", "en", "impersonation"),
        ("The attackers gained access using a compromised employee account.", "en", "impersonation"),
        ("The hackers got in through a third-party supplier whose account had been compromised.", "en", "impersonation"),
        ("Hackers tricked the help desk into resetting an employee's password.", "en", "impersonation"),
        ("The attackers used a password stolen by information-stealing malware to sign in to a portal.", "en",
         "impersonation"),
        ("Les attaquants ont utilisé des identifiants achetés sur un forum criminel.", "fr", "impersonation"),
        ("L'intrusion s'est faite par le biais d'un prestataire dont le compte avait été piraté.", "fr", "impersonation"),
        ("Les pirates ont utilisé le compte d'un médecin pour accéder aux dossiers.", "fr", "impersonation"),
        ("The intruders got in through a VPN account belonging to a contractor.", "en", "impersonation"),
        ("Les pirates se sont introduits par le compte d'un prestataire de maintenance.", "fr", "impersonation"),
        # ransomware: what it did to the machines, active or passive
        ("The attackers encrypted the hospital's servers and demanded a ransom.", "en", "ransomware"),
        ("Les pirates ont chiffré les serveurs de la clinique et réclamé une rançon.", "fr", "ransomware"),
        ("Les pirates ont chiffré une partie des serveurs de la clinique.", "fr", "ransomware"),
        # vulnerability: "non corrigée" describes the flaw, it denies nothing
        ("Les pirates ont profité d'une vulnérabilité non corrigée.", "fr", "vulnerability"),
        ("Les attaquants ont exploité une faille connue que l'hôpital n'avait pas corrigée.", "fr", "vulnerability"),
    ],
)
def test_the_way_in_is_read_in_any_construction(text, lang, value):
    assert vectors(text, lang) == {("attack_vector", value, "asserted")}


@pytest.mark.parametrize(
    "text, lang",
    [
        # the same words as a risk the victims face, or as a property of the servers
        ("Patients may now receive fraudulent emails pretending to come from the hospital.", "en"),
        ("La clinique met en garde contre tout faux courriel se réclamant d'elle.", "fr"),
        ("The files were stored on encrypted servers, the company said.", "en"),
        ("La clinique n'a pas encore chiffré le nombre de patients dont les données ont été dérobées.", "fr"),
    ],
)
def test_the_same_words_as_a_risk_or_a_property_give_no_vector(text, lang):
    assert vectors(text, lang) == set()


def test_insider_trading_is_no_insider_attack():
    assert vectors("A former executive who sold his shares before the breach was made public was convicted of insider "
                   "trading.", "en") == set()


@pytest.mark.parametrize(
    "text, lang, value, polarity",
    [
        # a CVE identifier is a vulnerability; saying nothing of the date denies nothing
        ("The intruders used CVE-2023-1234 to get in, the company said.", "en", "vulnerability", "asserted"),
        ("La clinique ne dit pas quand les pirates sont entrés, seulement que la faille a été corrigée.", "fr",
         "vulnerability", "asserted"),
        # never having spoken of ransomware denies nothing the attackers claim
        ("Le groupe affirme avoir chiffré une centaine de serveurs ; la clinique n'a jamais parlé de rançongiciel.", "fr",
         "ransomware", "asserted"),
        # posing as an employee on a call to the help desk is how they got in, not a risk
        ("A caller pretending to be an employee talked the IT help desk into resetting the account.", "en",
         "impersonation", "asserted"),
    ],
)
def test_more_ways_in(text, lang, value, polarity):
    assert ("attack_vector", value, polarity) in vectors(text, lang)
