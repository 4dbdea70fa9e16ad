"""Round fifty-five (issue 9): three readings the lawsuits, the quotes set off by a speaker and the
hospitals' statements of dev showed wrong, one test each, on sentences of our own about invented
incidents (the Harwick Rovers football club, the Fenmoor transit authority, the Lisle Valley
hospital, the Clinique des Aulnes)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


HARWICK = incident("Harwick Rovers", keywords=("Harwick Rovers", "ransomware"))
FENMOOR = incident("Fenmoor Transit", keywords=("Fenmoor Transit", "breach"))
LISLE = incident("Lisle Valley Hospital", keywords=("Lisle Valley Hospital", "cyberattack"))
AULNES = incident("Clinique des Aulnes", keywords=("Clinique des Aulnes", "cyberattaque"))


def test_a_lawsuit_that_accuses_the_organisation_over_the_breach_presents_it_as_breached():
    text = ("A class action filed in county court by a local firm accuses Harwick Rovers of negligence over the "
            "data breach.")
    assert ("Harwick Rovers", "asserted") in {(value, pol) for value, pol, _h in en(text, "organization", HARWICK)}
    # "accuses" alone, with nothing of the attack in the sentence, presents nobody as breached
    dismissal = "A former coach accuses Harwick Rovers of unfair dismissal in a claim lodged last month."
    assert en(dismissal, "organization", HARWICK) == set()


def test_what_the_claimant_his_claim_or_their_lawyers_say_is_hedged():
    claim = ("A retired driver has filed a proposed class action against Fenmoor Transit. His claim says the breach "
             "exposed the banking details of employees and pensioners.")
    assert en(claim, "data_category", FENMOOR) == {("banking", "asserted", True)}
    suits = "The suits allege that the Social Security numbers of Fenmoor Transit staff were stolen in the breach."
    assert ("social_security_number", "asserted", True) in en(suits, "data_category", FENMOOR)
    lawyer = ("Drivers have sued Fenmoor Transit, and their lawyers said the names and home addresses of 3,000 staff "
              "were stolen in the breach.")
    assert ("contact", "asserted", True) in en(lawyer, "data_category", FENMOOR)


def test_care_said_to_run_as_normal_past_a_speaker_aside_is_no_impact_on_care():
    services = ("Lisle Valley Hospital said it was examining claims that data had been taken. Its services, the "
                "hospital stressed, are running as normal.")
    assert en(services, "care_impact", LISLE) == {("care", "denied", False)}
    care = "Patient care, Lisle Valley Hospital said, is still being provided safely after the cyberattack."
    assert en(care, "care_impact", LISLE) == {("care", "denied", False)}
    # (a relative clause about other hospitals lends its subject to no statement: "où plusieurs hôpitaux,
    # dont celui de Lyon, tournent au ralenti" speaks of them, not of this incident)
    other = ("Vu de France, où plusieurs hôpitaux, dont celui de Lyon, tournent au ralenti après des cyberattaques, "
             "l'affaire rappelle que les petits commerces peuvent devenir des victimes collatérales.")
    assert fr(other, "care_impact", AULNES) == set()

MIRVAL = incident("Groupe Mirval", keywords=("Groupe Mirval", "cyberattaque"))


def test_passwords_made_harder_as_a_precaution_are_no_credentials_taken():
    text = ("Lisle Valley Hospital's chief executive says the cyberattack never really affected patient care, and that "
            "every employee must now use a longer password.")
    assert "credentials" not in {value for value, _pol, _h in en(text, "data_category", LISLE)}
    # (the phrase that makes the password harder says so whatever its clause says was hit)
    french = ("Depuis la cyberattaque qui a touché la Clinique des Aulnes, tout le personnel doit choisir des mots de "
              "passe plus longs.")
    assert "credentials" not in {value for value, _pol, _h in fr(french, "data_category", AULNES)}


def test_a_name_reaches_its_verb_past_a_long_run_of_appositions():
    text = ("Le Groupe Mirval, qui exploite une vingtaine de centres d'imagerie répartis entre le Valais, Vaud, "
            "Fribourg, Neuchâtel, Genève – et, plus loin de sa base, Berne et Zurich –, a subi début avril une "
            "intrusion informatique doublée d'un vol de données.")
    assert ("Groupe Mirval", "asserted", False) in fr(text, "organization", MIRVAL)


def test_what_the_attack_cost_the_organisation_with_the_sum_between_presents_it_as_attacked():
    text = ("L'attaque de mars a coûté plusieurs dizaines de millions d'euros à la Clinique des Aulnes, a chiffré son "
            "directeur devant la presse.")
    assert ("Clinique des Aulnes", "asserted", False) in fr(text, "organization", AULNES)


def test_a_case_whose_filing_is_told_at_length_before_its_verb_is_still_a_litigants_case():
    text = ("A class action filed in Fenmoor County Superior Court on behalf of four drivers by the firm Hale & Marsh "
            "says the breach exposed their bank account details.")
    assert en(text, "data_category", FENMOOR) == {("banking", "asserted", True)}


def test_data_taken_from_the_organisation_after_a_list_of_what_was_taken_presents_it_as_hit():
    text = ("Hackers calling themselves Vantablack say they have stolen the names, photographs and home addresses of "
            "about 2,000 season-ticket holders from Harwick Rovers, which plays in the fourth tier.")
    assert ("Harwick Rovers", "asserted", True) in en(text, "organization", HARWICK)
    # (a comma that closes no list cuts the taking from the name: "viewed, all of whom should hear from")
    letter = ("There is no sign that any of the information has been misused, Harwick Rovers insists, but it is writing "
              "to the supporters whose details were viewed, all of whom should hear from the club by May.")
    assert ("Harwick Rovers", "asserted", False) not in en(letter, "organization", HARWICK)


def test_letters_going_out_now_count_the_victims_but_a_mailing_to_come_or_a_precaution_does_not():
    now = ("Lisle Valley Hospital said on Wednesday that it is mailing letters to roughly 37,000 people whose "
           "records were copied in the cyberattack.")
    assert en(now, "victim_count", LISLE) == {(37000, "asserted", False)}
    written = "The hospital, which has written to about 13,000 people, says the cyberattack is contained."
    assert en(written, "victim_count", LISLE) == {(13000, "asserted", False)}
    ahead = "About 110,000 patients will be notified over the coming weeks, Lisle Valley Hospital said."
    assert en(ahead, "victim_count", LISLE) == set()
    precaution = "Lisle Valley Hospital is writing to some 200,000 patients as a precaution after the cyberattack."
    assert en(precaution, "victim_count", LISLE) == set()


def test_former_employees_among_the_victims_or_one_quoted_as_a_source_are_no_insider():
    victims = ("The stolen data, Fenmoor Transit said, includes personal information on its employees, former "
               "employees and independent contractors.")
    assert "insider" not in {value for value, _pol, _h in en(victims, "attack_vector", FENMOOR)}
    source = ("Drivers have been told in a separate email that their bank account numbers could have been accessed "
              "in the breach, according to a former employee who forwarded it.")
    assert "insider" not in {value for value, _pol, _h in en(source, "attack_vector", FENMOOR)}
    # (one former employee who took the files is the insider still)
    rogue = "A former employee downloaded the files from Fenmoor Transit's payroll system months after leaving."
    assert ("insider", "asserted", False) in en(rogue, "attack_vector", FENMOOR)


def test_the_attack_or_what_it_took_is_no_speaker_of_a_fragment_quoted_in_its_sentence():
    attack = ("The attack was “almost an inevitability”, the privacy commissioner concluded on Wednesday in a report on "
              "Fenmoor Transit.")
    assert ("attack", "asserted", False) not in en(attack, "quote", FENMOOR)
    haul = ("By the company's own reckoning, the haul went no further than names and whatever riders “may have "
            "provided” when they signed up with Fenmoor Transit.")
    assert ("haul", "asserted", False) not in en(haul, "quote", FENMOOR)
    # (and a speaker is named without the pronoun that stresses it: « Le pirate, lui, annonce »)
    stressed = ("Le Groupe Mirval dément toute fuite. Le pirate, lui, annonce qu'il gardera « une partie des fichiers » "
                "pour plus tard.")
    assert fr(stressed, "quote", MIRVAL) == {("pirate", "asserted", False)}


def test_its_own_systems_spared_deny_nothing_of_its_people_data_taken_at_a_provider():
    text = ("Fenmoor Transit says up to 30,000 of its riders were in files copied from the vendor's network, although "
            "none of its own systems were touched.")
    assert en(text, "organization", FENMOOR) == {("Fenmoor Transit", "asserted", False)}
    # (its own hospitals said untouched, with nothing of its people taken, still deny: D10 needs the people)
    spared = "Lisle Valley Hospital said its own hospitals had not been touched by the cyberattack."
    assert ("Lisle Valley Hospital", "denied", False) in en(spared, "organization", LISLE)


def test_data_out_of_the_hackers_reach_is_denied_and_what_the_gang_promises_to_release_is_its_claim():
    reach = ("Riders' banking details appear to have stayed out of the hackers' reach, but the breach is still costing "
             "Fenmoor Transit dearly.")
    assert ("banking", "denied", True) in en(reach, "data_category", FENMOOR)
    promise = ("Although Fenmoor Transit maintains that payment information was never touched, the hacker's search page "
               "promises that riders' payment details will be released next.")
    assert en(promise, "data_category", FENMOOR) == {("banking", "denied", False), ("banking", "asserted", True)}


def test_the_attackers_named_by_whom_they_hit_present_it_as_attacked():
    text = ("Sans sortie massive de données, les pirates de la Clinique des Aulnes ont tout de même consulté des "
            "informations sur le personnel.")
    assert ("Clinique des Aulnes", "asserted", False) in fr(text, "organization", AULNES)
    # (the gang named so is no organisation of the incident: « les pirates de LockBit »)
    gang = "Les pirates de LockBit ont revendiqué l'attaque mardi."
    assert fr(gang, "organization", AULNES) == set()
