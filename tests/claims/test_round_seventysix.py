"""Round seventy-six (issue 9): what dev79 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Karoo district municipality, a Breton dairy cooperative, a Dutch
screening laboratory, a Manitoba credit union)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


DISTRICT = incident("Karoo Hoogland District", keywords=("Karoo Hoogland District",))
DAIRY = incident("Laiterie de l'Aulne", keywords=("Laiterie de l'Aulne",))
LAB = incident("Zuidlab Diagnostiek", keywords=("Zuidlab Diagnostiek",))
UNION = incident("Red River Credit Union", keywords=("Red River Credit Union",))


def test_an_organisation_that_acts_after_finding_what_it_calls_a_breach_was_hit():
    # "switched off its website after detecting what it called a network breach": the organisation's own name for
    # the attack between the verb of finding and the attack keeps it the one that underwent it (rules
    # cyberattack-480), as without the gloss
    called = ("The Karoo Hoogland District closed its cash halls on Tuesday after detecting what it called "
              "a network breach, a spokesperson said.")
    assert en(called, "organization", DISTRICT) == {("Karoo Hoogland District", "asserted", False)}
    qualified = ("La Laiterie de l'Aulne a coupé sa messagerie mardi après avoir découvert ce qu'elle qualifie "
                 "d'intrusion, a indiqué sa direction.")
    assert fr(qualified, "organization", DAIRY) == {("Laiterie de l'Aulne", "asserted", False)}
    # and the organisation that finds what it calls a breach found its own
    found = "The Karoo Hoogland District detected what it called a network breach on Tuesday."
    assert en(found, "organization", DISTRICT) == {("Karoo Hoogland District", "asserted", False)}


def test_the_women_of_a_screening_programme_are_people_counted():
    # "the test results of some 485,000 women": a screening laboratory's files count women, and the figure is how
    # many were hit (rules cyberattack-481), in French too
    women = ("Intruders got into the network of Zuidlab Diagnostiek and took the names and test results of "
             "some 212,000 women, the screening body said.")
    assert en(women, "victim_count", LAB) == {(212000, "asserted", False)}
    femmes = ("Des pirates ont pénétré le réseau de Zuidlab Diagnostiek et emporté les résultats de "
              "quelque 212 000 femmes, a indiqué l'organisme de dépistage.")
    assert fr(femmes, "victim_count", LAB) == {(212000, "asserted", False)}


def test_a_source_closing_a_conditional_relative_hedges_only_the_relative():
    # « a reconnu avoir subi une intrusion, qui se serait déroulée le 3 mars d'après les premières investigations »:
    # the investigators' word closes the relative with its own conditional (a reflexive one) and dates the intrusion;
    # the dairy's own admission of it stays firm (rules cyberattack-482)
    closing = ("La Laiterie de l'Aulne a reconnu jeudi avoir subi une intrusion dans son réseau, qui se serait "
               "produite le 3 mars d'après les premières investigations.")
    assert fr(closing, "organization", DAIRY) == {("Laiterie de l'Aulne", "asserted", False)}
    # a source that governs the whole statement still hedges it
    whole = ("D'après les premières investigations, la Laiterie de l'Aulne aurait subi une intrusion dans son "
             "réseau le 3 mars.")
    assert fr(whole, "organization", DAIRY) == {("Laiterie de l'Aulne", "asserted", True)}


def test_a_firms_name_kept_quiet_is_nobodys_data():
    # "neither has the supplier's name", « pas plus que le nom du prestataire »: the name of a firm withheld is no
    # personal data denied (rules cyberattack-483); the members' names beside it still are
    supplier = ("How the intruders got into the Red River Credit Union has not been disclosed, and neither has the "
                "supplier's name.")
    assert en(supplier, "data_category", UNION) == set()
    prestataire = ("La Laiterie de l'Aulne n'a pas dévoilé le nom du prestataire visé, mais assure que les noms de "
                   "ses adhérents n'ont pas été copiés.")
    assert fr(prestataire, "data_category", DAIRY) == {("identity", "denied", False)}


def test_what_an_analysis_suggests_is_hedged_with_what_qualifies_it_between():
    # "One analysis published after the announcement suggests the attacker exploited a flaw": the words that say
    # which analysis do not make its reading a fact (rules cyberattack-484), as "an analysis suggests" does not
    qualified = ("One analysis published after the announcement suggests the intruders exploited a flaw in the "
                 "Red River Credit Union's online banking portal.")
    assert en(qualified, "attack_vector", UNION) == {("vulnerability", "asserted", True)}


def test_the_anonymity_granted_a_speaker_is_no_part_of_who_speaks():
    # « glisse un collègue sous couvert d'anonymat », "said one manager on condition of anonymity": the promise is
    # not a name, and the speaker is the colleague (rules cyberattack-485)
    colleague = ("« Personne n'a rien vu venir », glisse un collègue sous couvert d'anonymat, à propos de l'attaque "
                 "contre la Laiterie de l'Aulne.")
    assert fr(colleague, "quote", DAIRY) == {("collègue", "asserted", False)}


def test_a_speaker_after_its_statement_speaks_of_its_own_attack():
    # "Branches are serving members as usual despite the cyberattack, Red River Credit Union said": the speaker after
    # a statement of what went on despite or after the attack is the one hit, as when the sentence opens on the attack
    # (rules cyberattack-486), in French with the verb before the speaker too
    despite = "Branches are serving members as usual despite the cyberattack, Red River Credit Union said."
    assert en(despite, "organization", UNION) == {("Red River Credit Union", "asserted", False)}
    malgre = "La collecte du lait se poursuit malgré la cyberattaque, a indiqué la Laiterie de l'Aulne."
    assert fr(malgre, "organization", DAIRY) == {("Laiterie de l'Aulne", "asserted", False)}
    # an attack said to be on another stays another's
    other = ("Branches are serving members as usual despite the cyberattack on a payments processor, Red River "
             "Credit Union said.")
    assert en(other, "organization", UNION) == set()


def test_the_attackers_name_is_nobodys_data():
    # "he could confirm neither the group's name nor its demand", « sans confirmer le nom du gang »: the attackers'
    # name is no personal data denied (rules cyberattack-487)
    group = ("A Red River Credit Union spokesman said he could confirm neither the group's name nor the size of its "
             "demand.")
    assert en(group, "data_category", UNION) == set()
    gang = ("La Laiterie de l'Aulne n'a pas voulu confirmer le nom du gang, mais assure que les noms de ses "
            "adhérents n'ont pas été copiés.")
    assert fr(gang, "data_category", DAIRY) == {("identity", "denied", False)}


def test_no_machine_encrypted_denies_ransomware_in_the_singular_too():
    # « maintient qu'aucun de ses serveurs n'a été chiffré », "this attack encrypted nothing": one machine or nothing
    # encrypted denies the ransomware as the plural does (rules cyberattack-488)
    serveur = ("La direction de la Laiterie de l'Aulne, qui ne confirme pas le volume revendiqué, maintient "
               "qu'aucun de ses serveurs n'a été chiffré.")
    assert fr(serveur, "attack_vector", DAIRY) == {("ransomware", "denied", False)}
    nothing = "The intrusion at Red River Credit Union encrypted nothing, its chief executive said on Monday."
    assert en(nothing, "attack_vector", UNION) == {("ransomware", "denied", False)}


def test_quoted_advice_leaves_what_its_speaker_goes_on_to_state():
    # « « Raccrochez », insiste la déléguée, qui rappelle qu'aucun IBAN ne figurait dans les fichiers »: the advice in
    # the quotation gives no claim, but what its speaker states in the relative clause after it is read (rules
    # cyberattack-489), in English too
    rappelle = ("« Si quelqu'un vous appelle au nom de la laiterie pour réclamer vos coordonnées bancaires, raccrochez "
                "», insiste la déléguée à la protection des données de la Laiterie de l'Aulne, qui rappelle qu'aucun "
                "IBAN ne figurait dans les fichiers dérobés.")
    assert fr(rappelle, "data_category", DAIRY) == {("banking", "denied", False)}
    added = ("“Hang up and call us back on the number on your card,” said a Red River Credit Union manager, who added "
             "that no bank account numbers were in the stolen files.")
    assert en(added, "data_category", UNION) == {("banking", "denied", False)}


def test_a_clause_of_time_after_a_hedged_statement_shares_its_hedge():
    # "The intrusion reportedly took place on 20 January, when unidentified hackers used a flaw": the clause of time
    # set off by a comma tells what happened then on the same word (rules cyberattack-490); without the comma, after
    # a modal of what may have been seen, the getting in stays a fact
    reportedly = ("The intrusion at Red River Credit Union reportedly took place on 20 January, when unidentified "
                  "hackers used a zero-day flaw in its file-transfer appliance.")
    assert en(reportedly, "attack_vector", UNION) == {("vulnerability", "asserted", True)}
    plain = ("The intrusion at Red River Credit Union took place on 20 January, when unidentified hackers used a "
             "zero-day flaw in its file-transfer appliance.")
    assert en(plain, "attack_vector", UNION) == {("vulnerability", "asserted", False)}


def test_a_raid_on_an_organisation_is_an_attack_on_it():
    # "The raid on the district has set people guessing about who was behind it": the press's raid on a victim's
    # systems names it as hit (rules cyberattack-491)
    raid = "The raid on Red River Credit Union has set analysts guessing about which gang was behind it."
    assert en(raid, "organization", UNION) == {("Red River Credit Union", "asserted", False)}


def test_a_compound_adjective_is_one_word_between_the_name_and_its_being_hit():
    # "Red River Credit Union's two-decade-old file-transfer appliance was hit": a hyphenated compound counts as one
    # word in the gap between the name and the word of being hit (rules cyberattack-492); French elisions still
    # count as the folded text has them, so « n'a pas cédé aux exigences des pirates » stays no denial
    compound = "Red River Credit Union's two-decade-old file-transfer appliance was hit by attackers last month."
    assert en(compound, "organization", UNION) == {("Red River Credit Union", "asserted", False)}
    refused = "La Laiterie de l'Aulne n'a pas cédé aux exigences des pirates et a porté plainte."
    assert ("Laiterie de l'Aulne", "denied", False) not in fr(refused, "organization", DAIRY)


def test_systems_of_one_kind_spared_do_not_deny_the_whole():
    # « aucune trace d'accès à nos systèmes de relation client »: systems of one kind spared say nothing of the
    # others, so the organisation is not denied (rules cyberattack-493); its systems spared as a whole still deny it
    kind = ("« Nous n'avons trouvé aucune trace d'accès à nos systèmes de facturation », fait valoir la Laiterie de "
            "l'Aulne.")
    assert ("Laiterie de l'Aulne", "denied", False) not in fr(kind, "organization", DAIRY)
    whole = "« Nous n'avons trouvé aucune trace d'accès à nos systèmes », fait valoir la Laiterie de l'Aulne."
    assert fr(whole, "organization", DAIRY) == {("Laiterie de l'Aulne", "denied", False)}


def test_a_source_saying_in_a_relative_clause_how_far_the_attack_went_was_hit():
    # "according to Red River Credit Union, which says the unauthorised access was confined to one platform": the
    # source speaks of the attack on it as a given (rules cyberattack-494), hedged as "according to" hedges
    confined = ("No card numbers were in the files, according to Red River Credit Union, which says the unauthorised "
                "access was confined to a single platform.")
    assert ("Red River Credit Union", "asserted", True) in en(confined, "organization", UNION)
    # what it says of something else makes it no victim
    other = ("No card numbers were in the files, according to Red River Credit Union, which says the helpline will "
             "stay open all weekend.")
    assert en(other, "organization", UNION) == set()
