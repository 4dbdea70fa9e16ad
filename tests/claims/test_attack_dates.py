"""Attack dates on real-style prose: a date is the intrusion's only where its verb is the intrusion's,
not a detection, a notification or a time named elsewhere (LABELLING.md `attack_date`, D12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claims.helpers import claims_of

PUBLISHED = dt.date(2025, 6, 13)  # a Friday


def dates(text: str, lang: str) -> set[str]:
    return {c[1] for c in claims_of(text, lang, PUBLISHED) if c[0] == "attack_date"}


@pytest.mark.parametrize(
    "text, lang",
    [
        # detection, by its finder or as a bare participle
        ("Le 2 juin, la mutuelle a détecté une intrusion dans son outil de facturation.", "fr"),
        ("La clinique a été victime d'une cyberattaque, détectée mardi 3 juin, qui a touché ses serveurs.", "fr"),
        ("The attackers copied the files in May, long before their detection on 4 June.", "en"),
        ("The breach went unnoticed until a spike in traffic set off an alarm on 5 June.", "en"),
        ("Unauthorised access to the ticketing database was found on 6 June, the firm said.", "en"),
        # a detection in the passive still dates the detection (contract: not the intrusion's date)
        ("The intrusion was detected on 2 June.", "en"),
        ("L'intrusion a été détectée le 2 juin.", "fr"),
        ("L'incident, découvert le 2 juin, a touché la plateforme de rendez-vous.", "fr"),
        # a helpline opening is no phishing mail opened
        ("After the attack, a helpline for patients opened on Wednesday morning.", "en"),
        # "that weekend" points to a time named elsewhere
        ("La clinique n'est pas la seule à avoir été visée ce week-end-là, selon le parquet.", "fr"),
    ],
)
def test_a_date_that_dates_something_else_is_no_attack_date(text, lang):
    assert dates(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, day",
    [
        # the intrusion as what happened, beside its detection
        ("The intruders got in on 2 June and were spotted the same day.", "en", "2025-06-02"),
        ("L'intrusion a eu lieu le 2 juin et a été détectée le jour même.", "fr", "2025-06-02"),
        ("Le 2 juin, des connexions frauduleuses ont eu lieu ; elles ont été bloquées dans l'heure.", "fr", "2025-06-02"),
        # the intruders at work
        ("The letters say the hackers were in the clinic's network from 1 May to 30 May.", "en", "2025-05-01"),
        ("Le courriel piégé aurait été envoyé le 12 mai à plusieurs agents de la clinique.", "fr", "2025-05-12"),
        # the period of "a.m." ends no clause
        ("The pharmacy closed after ransom notes began printing at 3 a.m. on Sunday 8 June.", "en", "2025-06-08"),
        # the intrusion still dated beside its detection
        ("The employee opened the rigged attachment on 20 May, but the breach went unnoticed until 2 June.", "en",
         "2025-05-20"),
    ],
)
def test_a_date_the_intrusion_verb_governs_is_the_attack_date(text, lang, day):
    assert dates(text, lang) == {day}


# Issue 9, round five: constructions probed one at a time (published Friday 13 June 2025).
@pytest.mark.parametrize(
    "text, lang",
    [
        # an attack noun another verb governs dates that verb's act
        ("The hospital detected the intrusion on 10 June.", "en"),
        ("La clinique a détecté l'intrusion le 10 juin.", "fr"),
        ("The hospital learned of the breach on 10 June, three days after it began.", "en"),
        # a claim of responsibility, an outage or an alert is no intrusion (D21)
        ("La cyberattaque a été revendiquée le 11 juin par LockBit.", "fr"),
        ("The systems went down on 9 June, the hospital said.", "en"),
        ("Une alerte a été donnée le 9 juin, quand des fichiers ont commencé à être chiffrés.", "fr"),
    ],
)
def test_what_else_a_date_dates_in_new_wording(text, lang):
    assert dates(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, day",
    [
        # the intruders' acts in verbs the sets did not use
        ("Hackers attacked the hospital on 9 June.", "en", "2025-06-09"),
        ("La clinique a été attaquée le 9 juin.", "fr", "2025-06-09"),
        ("Attackers first accessed the systems on 2 June, the company said in a filing.", "en", "2025-06-02"),
        ("The intruders were first active in the network on 2 June.", "en", "2025-06-02"),
        ("It was on 9 June that the hackers broke in.", "en", "2025-06-09"),
        ("Les pirates ont lancé le rançongiciel le 9 juin.", "fr", "2025-06-09"),
        # the attack noun's own date, whatever follows
        ("The cyberattack on 9 June was claimed by LockBit on 11 June.", "en", "2025-06-09"),
        ("La cyberattaque du 9 juin a été revendiquée le 11 juin par LockBit.", "fr", "2025-06-09"),
        # a reporting verb governs its clause, not the attack noun in it
        ("The group said ransomware had encrypted its servers in the early hours of Monday.", "en", "2025-06-09"),
        # a range written with a hyphen gives its first day
        ("Hackers attacked the hospital's network on the weekend of 7-8 June.", "en", "2025-06-07"),
    ],
)
def test_the_intrusion_date_in_new_wording(text, lang, day):
    assert dates(text, lang) == {day}


@pytest.mark.parametrize(
    "text, lang, day",
    [
        # being in the network, having access: the intrusion's time, in a subordinate clause too
        ("The company noticed unusual activity on 11 June and later found that hackers had been in its systems "
         "since 6 June.", "en", "2025-06-06"),
        ("The attackers had access to the network from 2 to 9 June.", "en", "2025-06-02"),
        ("The attackers first gained a foothold on 2 June, a week before the encryption.", "en", "2025-06-02"),
        ("Les pirates ont eu accès au réseau du 2 au 9 juin.", "fr", "2025-06-02"),
    ],
)
def test_presence_in_the_network_dates_the_intrusion(text, lang, day):
    assert dates(text, lang) == {day}


# Round five, after the dev3 passages: constructions checked with sentences of our own.
@pytest.mark.parametrize(
    "text, lang",
    [
        # notifying, awareness, sentencing and outages date no intrusion (D12, D21)
        ("The clinic began emailing patients on Tuesday to say that hackers had got into its network.", "en"),
        ("Managers first became aware of the intrusion on 10 June.", "en"),
        ("The hospital found the breach of its systems on 10 June.", "en"),
        ("A former IT manager was sentenced on 10 June over the breach.", "en"),
        ("Screens started going down across the hospital late on Monday.", "en"),
        ("La clinique est paralysée depuis lundi par une cyberattaque.", "fr"),
    ],
)
def test_notice_awareness_and_outages_date_no_intrusion(text, lang):
    assert dates(text, lang) == set()


@pytest.mark.parametrize(
    "text, lang, day",
    [
        ("The intruders first went in on Monday 9 June and kept coming back.", "en", "2025-06-09"),
        # "non autorisé" describes the access, it denies nothing
        ("L'accès non autorisé au réseau a eu lieu le lundi 9 juin.", "fr", "2025-06-09"),
    ],
)
def test_going_in_and_unauthorised_access_date_the_intrusion(text, lang, day):
    assert dates(text, lang) == {day}


def test_unauthorised_access_is_asserted():
    found = {c for c in claims_of("L'accès non autorisé au réseau a eu lieu le lundi 9 juin.", "fr", PUBLISHED)
             if c[0] == "attack_date"}
    assert found == {("attack_date", "2025-06-09", "asserted", False)}


@pytest.mark.parametrize(
    "text, lang, day",
    [
        # a range gives its first day, weekdays and clock times included (D12)
        ("La mairie a été frappée par un rançongiciel dans la nuit du mardi 3 au mercredi 4 juin.", "fr", "2025-06-03"),
        ("Card details entered between 22:10 on 2 May and 06:30 on 9 June had been stolen, the airline said.",
         "en", "2025-05-02"),
        # "that morning" is the day the sentence named before it
        ("The supplier confirmed on Tuesday that it had been hit by a cyberattack that morning.", "en", "2025-06-10"),
        ("Le prestataire a confirmé mardi avoir été attaqué le matin même.", "fr", "2025-06-10"),
    ],
)
def test_ranges_and_the_same_day_date_the_intrusion(text, lang, day):
    assert dates(text, lang) == {day}


def test_a_date_without_a_year_is_in_the_year_the_sentence_gave_before():
    """Published two years on, "14 April" is still 2021's: the sentence set the year."""
    from claims.extraction.dates import find_dates
    from claims.extraction.extract import load_profile
    table = load_profile().vocabulary("en").dates
    text = "the intruder first logged in on 3 march 2021 and planted the skimming code, which ran until 14 april."
    assert [d.iso for d in find_dates(text, table, dt.date(2023, 5, 1))] == ["2021-03-03", "2021-04-14"]
    # with no year before it, publication still gives one
    assert [d.iso for d in find_dates("the code ran until 14 april.", table, dt.date(2023, 5, 1))] == ["2023-04-14"]


@pytest.mark.parametrize(
    "text, lang",
    [
        # what the police, the courts and the lawyers did later (D21)
        ("A 22-year-old student was arrested on Wednesday and charged on Friday with hacking the lab's server.", "en"),
        ("The retailer agreed on Friday to pay $40 million to settle the class actions over the breach.", "en"),
        ("Un étudiant a été interpellé mercredi puis mis en examen vendredi pour accès frauduleux au serveur.", "fr"),
        # a period that belongs to what the victims did, before any attack word
        ("About 9,000 people who paid for bookings between 2 May and 9 June may have had their card details taken.",
         "en"),
        # nor does one the victims' visits fill, far from the attack the sentence opens with
        ("A cyberattack on the clinic's database has exposed the details of about 15,000 people who went to its "
         "outpatient clinics or its walk-in centres between 1 May and 4 June.", "en"),
        # being told of the intrusion dates the alert, not the intrusion
        ("C'est samedi soir que les équipes ont été averties d'une intrusion dans leurs serveurs.", "fr"),
    ],
)
def test_arrests_settlements_and_alerts_date_no_intrusion(text, lang):
    assert dates(text, lang) == set()
