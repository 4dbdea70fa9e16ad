"""Round eighty-five (issue 9): what dev88 (both halves) showed the extractor misreading, one test each, on sentences
of our own about invented incidents (an airline, a telecoms operator and a video-game studio)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


AIRLINE = incident("Air Lorvaine", keywords=("Air Lorvaine",))


def test_data_that_fled_leaked():
    # « des noms, dates de naissance et coordonnées avaient fui chez un prestataire » : « fuir » said of data is « fuiter »
    # (rules cyberattack-613)
    fled = ("Air Lorvaine a prévenu ses voyageurs que des noms, dates de naissance et coordonnées avaient fui chez "
            "un prestataire informatique.")
    assert fr(fled, "data_category", AIRLINE) == {("identity", "asserted", False), ("contact", "asserted", False)}
    # people who fled are no data
    people = "Des passagers d'Air Lorvaine ont fui le terminal après l'alerte, sans bagages."
    assert fr(people, "data_category", AIRLINE) == set()


TELECOM = incident("Orvane Telecom", keywords=("Orvane",))


def test_a_count_corrected_by_a_contrast():
    # "about 6 million customers, not 14 million, were in the exposed set": the contrast denies the figure it names,
    # and the verb after it still says what befell the first (rules cyberattack-614)
    corrected = "About 2 million Orvane Telecom customers, not 9 million, were in the leaked files, the operator said."
    assert en(corrected, "victim_count", TELECOM) == {(2000000, "asserted", False), (9000000, "denied", False)}
    rectifie = "Quelque 2 millions de clients, et non 9 millions, ont été touchés, a indiqué Orvane Telecom."
    assert fr(rectifie, "victim_count", TELECOM) == {(2000000, "asserted", False), (9000000, "denied", False)}
    # a verb that is itself negated still denies the count before the contrast
    spared = "About 2 million Orvane Telecom customers, not 9 million, were not affected, the operator said."
    assert ("victim_count", 2000000, "denied") in {("victim_count", v, p) for v, p, _h in en(spared, "victim_count", TELECOM)}


STUDIO = incident("Studio Kiyomi", keywords=("Studio Kiyomi",))


def test_not_confirming_in_the_present_denies_nothing():
    # « ne confirme pas qu'il s'agit d'un rançongiciel, comme le proclame le groupe » : saying nothing is not denying,
    # in the present as in the past (« n'a pas confirmé »), and what is left unconfirmed is hedged (rules cyberattack-615)
    silent = ("Studio Kiyomi reconnaît l'intrusion, mais ne confirme pas qu'il s'agit d'un rançongiciel, comme le "
              "proclament les pirates.")
    assert fr(silent, "attack_vector", STUDIO) == {("ransomware", "asserted", True)}
    # a plain denial still denies
    denied = "Studio Kiyomi assure qu'il ne s'agit pas d'un rançongiciel."
    assert fr(denied, "attack_vector", STUDIO) == {("ransomware", "denied", False)}


def test_a_login_used_to_get_in_dates_the_attack():
    # « Samedi 14 mars, l'intrus s'en est servi pour entrer dans le portail » : what the intruder used the login for
    # dates the intrusion (rules cyberattack-616)
    entered = "Samedi 15 mars, vers 22 h, l'intrus s'en est servi pour entrer dans le portail d'Air Lorvaine."
    assert fr(entered, "attack_date", AIRLINE) == {("2025-03-15", "asserted", False)}
    # a purpose with no date dates nothing
    plain = "L'intrus s'en est servi pour entrer dans le portail d'Air Lorvaine."
    assert fr(plain, "attack_date", AIRLINE) == set()


def test_a_website_hit_is_no_voice():
    # "Vietnam Airlines' website was broken into the same afternoon": the website named after its organisation was
    # what the attackers reached, not a voice of the organisation (rules cyberattack-617)
    hacked = "Air Lorvaine's website was defaced on Friday afternoon, and its check-in screens went dark."
    assert en(hacked, "organization", AIRLINE) == {("Air Lorvaine", "asserted", False)}
    # its website as a voice is still no claim
    voice = "Air Lorvaine's website said on Friday that flights would leave on time."
    assert en(voice, "organization", AIRLINE) == set()


def test_an_attack_that_costs_us_is_the_speakers_own():
    # « Cette cyberattaque nous coûte déjà 85 000 euros », said by the president of the body: the attack is its own
    # (rules cyberattack-618)
    cost = ("« Cette cyberattaque nous coûte déjà 90 000 euros d'audit », résume Mathilde Caron, présidente "
            "d'Orvane Telecom.")
    assert fr(cost, "organization", TELECOM) == {("Orvane Telecom", "asserted", False)}
    cost_en = "“This attack has cost us more than 2 million dollars,” said the chief executive of Orvane Telecom."
    assert en(cost_en, "organization", TELECOM) == {("Orvane Telecom", "asserted", False)}
    # what something else costs says nothing of an attack on it
    other = "« Ce projet nous coûte 90 000 euros », résume Mathilde Caron, présidente d'Orvane Telecom."
    assert fr(other, "organization", TELECOM) == set()


def test_what_a_warning_recalls_is_not_denied():
    # "warns users not to open any e-mail that does not end in @sepe.es, recalling that fraudulent e-mails asked people
    # for their bank account numbers": what the speaker goes on to recall is said, whatever the negations before it (a
    # full stop inside the address ends nothing) (rules cyberattack-619)
    recalled = ("Orvane Telecom warns customers not to open any e-mail that does not end in @orvane.fr, recalling "
                "that fraudulent e-mails have already asked people for their passwords.")
    assert en(recalled, "risk", TELECOM) == {("phishing", "asserted", False)}
    rappel = ("Orvane Telecom invite ses clients à ne pas ouvrir les courriels qui ne viennent pas de @orvane.fr, "
              "rappelant que des courriels frauduleux ont déjà réclamé des mots de passe.")
    assert fr(rappel, "risk", TELECOM) == {("phishing", "asserted", False)}


def test_a_subject_that_seems_is_no_speaker():
    # "the only goal seems to have been to block the system, “purely to cause harm”": the words before a verb of seeming
    # are no one who speaks (rules cyberattack-620)
    seeming = ("The only aim seems to have been to paralyse Orvane Telecom's network, “purely to cause harm and "
               "damage its reputation”.")
    assert not any(value and "seem" in value for value, _p, _h in en(seeming, "quote", TELECOM))
    # a subject that speaks still does
    said = "The minister said the attack on Orvane Telecom was meant “purely to cause harm and damage its reputation”."
    assert ("minister", "asserted", False) in en(said, "quote", TELECOM)


def test_a_time_gone_by_is_no_part_of_the_speaker():
    # "Back then Verizon insisted that this was “NOT a hack, and NOT a breach”": the time opens the clause, the speaker
    # is the one named after it (rules cyberattack-621)
    then = "Back then Orvane Telecom insisted that this was “not a hack and not a breach at all”."
    assert en(then, "quote", TELECOM) == {("Orvane Telecom", "asserted", False)}
    epoque = "À l'époque, Orvane Telecom assurait qu'il ne s'agissait « ni d'un piratage ni d'une fuite »."
    assert fr(epoque, "quote", TELECOM) == {("Orvane Telecom", "asserted", False)}


def test_a_body_set_beside_what_it_is_speaks():
    # « Miles & More, le programme de fidélité créé par Lufthansa, relativise : « … » »: a name that is no person's, set
    # beside what it is, is the body that speaks (rules cyberattack-622)
    body = ("Sky & Miles, le programme de fidélité d'Air Lorvaine, relativise : « Les pirates n'ont eu accès qu'à "
            "un lot restreint d'informations ».")
    assert fr(body, "quote", AIRLINE) == {("Sky & Miles", "asserted", False)}
    # where it was said is no speaker
    place = ("À La Dépêche, le transporteur Air Lorvaine s'est refusé à tout détail, invoquant des « raisons de "
             "sécurité évidentes ».")
    assert not any(value and value.startswith("À") for value, _p, _h in fr(place, "quote", AIRLINE))
