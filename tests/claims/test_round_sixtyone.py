"""Round sixty-one (issue 9): what dev60's eight breaches showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a seed bank, a rowing federation, a county library service, a clinic)."""

from __future__ import annotations

from tests.claims.helpers import en, fr, round_incident as incident


SEEDS = incident("Harlow Seed Bank", keywords=("Harlow Seed Bank", "Harlow"))
ROWING = incident("Fédération d'aviron du Léman", keywords=("Fédération d'aviron du Léman", "FAL"))
LIBRARY = incident("Corrin County Libraries", keywords=("Corrin County Libraries",))
CLINIC = incident("Clinique des Tilleuls", keywords=("Clinique des Tilleuls",))


def test_a_noun_set_beside_another_with_its_own_negated_relative_denies_nothing_of_the_main_clause():
    # "got into its network on 9 November 2021 through a critical flaw in ADSelfService Plus, a password-management
    # tool it had not yet patched": what the tool was not is said of the tool; the date stays asserted (rules
    # cyberattack-177); a claim or a figure set beside a clause that way ("…, a claim it has not confirmed") still
    # comments on that clause
    tool = ("The Harlow Seed Bank said the intruders got into its network on 3 March 2025 through a flaw in its "
            "booking software, a scheduling tool it had not yet updated.")
    assert en(tool, "attack_date", SEEDS) == {("2025-03-03", "asserted", False)}
    # a negation of the main clause's own still denies what it holds
    spared = ("The Harlow Seed Bank said no bank details were taken through the flaw in its booking software, a "
              "scheduling tool it had not yet updated.")
    assert en(spared, "data_category", SEEDS) == {("banking", "denied", False)}


def test_a_bare_not_before_a_day_disowns_it_only_beside_the_attack():
    # « si on ne s'en sert pas aujourd'hui, on s'en servira plus tard »: "not today" in a sentence that speaks of no
    # attack dates nothing, and denies no day (rules cyberattack-178); « ce n'est pas le 3 mars que la fédération a
    # été attaquée » still disowns the day
    later = ("Pour le président de la FAL, les fichiers finiront par servir : « si personne ne s'en sert pas "
             "aujourd'hui, quelqu'un s'en servira demain », dit-il.")
    assert fr(later, "attack_date", ROWING) == set()
    disowned = "Ce n'est pas le 3 mars que la Fédération d'aviron du Léman a été attaquée, précise son président."
    assert ("2025-03-03", "denied", False) in fr(disowned, "attack_date", ROWING)


def test_nobody_having_heard_of_an_attack_denies_nothing_of_it():
    # « Sans l'article de Libération, personne n'aurait entendu parler du piratage de la Direction générale des
    # impôts »: not hearing of a hack presupposes the hack (rules cyberattack-179)
    heard = "Sans un article du Temps, personne n'aurait entendu parler du piratage de la Fédération d'aviron du Léman."
    assert {c[1] for c in fr(heard, "organization", ROWING)} == {"asserted"}
    # a plain denial still denies
    spared = "La Fédération d'aviron du Léman n'a pas été piratée, assure son président."
    assert {c[1] for c in fr(spared, "organization", ROWING)} == {"denied"}


def test_was_how_someone_put_it_names_the_speaker_of_the_quotation_before():
    # '“One FTP server was found to hold data resembling the sample,” was how Pemmasani Chandra Sekhar put it': the
    # quotation is that person's (rules cyberattack-180)
    put = ("“Only one catalogue server held anything resembling the sample,” was how Maeve Dunleavy put it at the "
           "Corrin County Libraries board meeting.")
    assert en(put, "quote", LIBRARY) == {("Maeve Dunleavy", "asserted", False)}


def test_breached_by_what_is_thought_to_be_malware_doubts_the_means_not_the_breach():
    # "Ecomnova's systems were breached by what is thought to have been malware": the verb says the intrusion
    # happened; the belief is about what it was done with (rules cyberattack-181). "knocked out by what appeared to
    # be a cyberattack" still doubts the attack itself
    breached = "The Harlow Seed Bank's systems were breached by what is thought to have been ransomware."
    assert en(breached, "organization", SEEDS) == {("Harlow Seed Bank", "asserted", False)}
    assert en(breached, "attack_vector", SEEDS) == {("ransomware", "asserted", True)}
    disrupted = "Computer systems at the Harlow Seed Bank were knocked out on Monday by what appeared to be a cyberattack."
    assert en(disrupted, "organization", SEEDS) == {("Harlow Seed Bank", "asserted", True)}


def test_a_named_group_that_owns_up_in_a_relative_then_claims_a_haul_is_the_attackers_speaking():
    # « Le groupe Nocturne, qui revendique l'attaque sur son site, prétend détenir les dossiers de 21 000 abonnés »:
    # what the group claims is its word (D3), hedged (rules cyberattack-182), as without the relative
    relative = ("Le groupe Vantablack, qui revendique l'attaque sur son site, prétend détenir 60 gigaoctets de fichiers "
                "et les dossiers de 4 300 adhérents de la FAL.")
    assert fr(relative, "victim_count", ROWING) == {(4300, "asserted", True)}
    plain = ("Le groupe Vantablack a revendiqué l'attaque et prétend détenir 60 gigaoctets de fichiers et les "
             "dossiers de 4 300 adhérents de la FAL.")
    assert fr(plain, "victim_count", ROWING) == {(4300, "asserted", True)}


def test_a_question_of_why_takes_the_attack_it_asks_about_as_given():
    # « Pourquoi des pirates russes s'en sont-ils pris au Foyer Namurois ? »: asking why takes the attack as given, as
    # asking how did (rules cyberattack-183); whether it happened is still only asked
    why = "Pourquoi des pirates s'en sont-ils pris à la Fédération d'aviron du Léman ?"
    assert fr(why, "organization", ROWING) == {("Fédération d'aviron du Léman", "asserted", False)}
    why_en = "Why did hackers break into Corrin County Libraries?"
    assert en(why_en, "organization", LIBRARY) == {("Corrin County Libraries", "asserted", False)}
    whether = "Des pirates s'en sont-ils pris à la Fédération d'aviron du Léman ?"
    assert fr(whether, "organization", ROWING) == set()


def test_access_restricted_as_a_remedy_takes_no_password():
    # « Il dit avoir fait changer tous les mots de passe et restreint l'accès à ces informations »: the access is
    # narrowed, not gained, so the passwords renewed are no data taken (rules cyberattack-184); access gained still
    # takes them
    remedy = ("Le président de la FAL dit avoir fait changer tous les mots de passe et restreint l'accès à ces "
              "informations.")
    assert fr(remedy, "data_category", ROWING) == set()
    restricted = "Corrin County Libraries changed every password and restricted access to the catalogue files."
    assert en(restricted, "data_category", LIBRARY) == set()
    gained = "Des pirates ont eu accès aux mots de passe des adhérents de la FAL."
    assert fr(gained, "data_category", ROWING) == {("credentials", "asserted", False)}


def test_what_findings_or_an_analysis_suggest_is_hedged():
    # "early findings suggest the intruder got in with login details stolen from an employee", "A later analysis
    # suggested the attackers seized administrator credentials": a reading of the evidence, not a fact (D2, rules
    # cyberattack-185); what the findings show stays firm
    suggest = "Early findings suggest the intruders got into Corrin County Libraries through an unpatched flaw."
    assert en(suggest, "attack_vector", LIBRARY) == {("vulnerability", "asserted", True)}
    shown = "The findings show the intruders got into Corrin County Libraries through an unpatched flaw."
    assert en(shown, "attack_vector", LIBRARY) == {("vulnerability", "asserted", False)}
    suggere = "Les premiers éléments suggèrent que les pirates sont entrés à la FAL par une faille non corrigée."
    assert fr(suggere, "attack_vector", ROWING) == {("vulnerability", "asserted", True)}


def test_after_an_apposition_said_is_no_inverted_verb_and_the_name_set_off_speaks():
    # "One customer, a web developer who gave only her first name, Jasmine, said the news had shocked her. … “…,” she
    # said": what follows "said" is what was said, no speaker ("news had shocked her"); the name set off by commas
    # is who "she" is (rules cyberattack-186)
    passage = ("One member, a retired teacher who gave only his first name, Callum, said the news had worried him. "
               "“Nobody at Corrin County Libraries has explained what was taken,” he said.")
    assert en(passage, "quote", LIBRARY) == {("Callum", "asserted", False)}


def test_what_did_the_hackers_get_asks_what_was_taken_and_the_next_sentence_answers():
    # "What did the hackers get? … a spokesperson said it was names, locations and contact details": the answer names
    # data taken (rules cyberattack-187), as after "What was stolen?"
    answered = ("What did the hackers get at Corrin County Libraries? A spokesperson said it was names and contact "
                "details.")
    assert en(answered, "data_category", LIBRARY) == {("identity", "asserted", False), ("contact", "asserted", False)}
    # a question of something else lends the answer nothing
    other = "What did the board discuss at Corrin County Libraries? A spokesperson said it was names and contact details."
    assert en(other, "data_category", LIBRARY) == set()


def test_a_password_guessed_or_forced_by_trying_is_a_way_in_and_a_login_taken():
    # « les assaillants ont fini par deviner le mot de passe d'un accès au réseau », « dont ils ont forcé le mot de
    # passe à force de tentatives »: the attackers logged in as someone (impersonation, D9) with a password that was
    # theirs (credentials), as "by guessing one employee's password" reads in English (rules cyberattack-188)
    guessed = "Les pirates ont fini par deviner le mot de passe d'un accès distant de la FAL, après des milliers d'essais."
    assert fr(guessed, "attack_vector", ROWING) == {("impersonation", "asserted", False)}
    assert fr(guessed, "data_category", ROWING) == {("credentials", "asserted", False)}
    forced = "Les pirates ont forcé le mot de passe d'une connexion de télétravail de la FAL."
    assert fr(forced, "attack_vector", ROWING) == {("impersonation", "asserted", False)}
    assert fr(forced, "data_category", ROWING) == {("credentials", "asserted", False)}


def test_a_warning_to_be_wary_of_messages_names_phishing_in_french_as_in_english():
    # « Méfiez-vous de tout SMS qui vous promettrait le remboursement de votre abonnement », « se méfier des courriels
    # et des appels suspects », "be suspicious of emails about your account": the warning names the fake messages
    # the victims now risk (D8, rules cyberattack-189), as "be wary of any email that claims to come from" did
    sms = "« Méfiez-vous de tout SMS qui vous promettrait un remboursement », insiste le président de la FAL."
    assert fr(sms, "risk", ROWING) == {("phishing", "asserted", False)}
    calls = "La FAL demande à ses adhérents de se méfier des courriels et des appels qui évoqueraient leur licence."
    assert fr(calls, "risk", ROWING) == {("phishing", "asserted", False)}
    emails = ("Corrin County Libraries told members to be suspicious of emails about their account that ask them to "
              "log in through a link.")
    assert en(emails, "risk", LIBRARY) == {("phishing", "asserted", False)}


def test_what_an_inverted_allegation_says_in_its_that_clause_stays_hedged_to_the_end():
    # "is suing the Trenton operator, alleging in a proposed class action that hackers got into its network and that,
    # weeks later, it still had not sent notice letters, leaving patients exposed to identity theft and fraud": all
    # of it is the suit's case (D31), hedged (rules cyberattack-190)
    suit = ("A member is suing Corrin County Libraries, alleging in a proposed class action that hackers got into its "
            "network and that, weeks later, it still had not written to anyone, leaving members exposed to identity "
            "theft.")
    assert en(suit, "risk", LIBRARY) == {("identity_theft", "asserted", True)}
    # a spokesperson's words after the same shape are not an allegation
    said = ("Corrin County Libraries wrote to members on Friday, saying in a letter that hackers got into its network, "
            "leaving members exposed to identity theft.")
    assert en(said, "risk", LIBRARY) == {("identity_theft", "asserted", False)}


def test_the_attackers_encrypting_files_they_reached_is_ransomware():
    # "a third party encrypted files on several of its systems on 2 December and demanded payment", "then encrypted
    # them", "to unlock the records they encrypted": the attackers' encryption is ransomware (rules cyberattack-191)
    files = "A third party encrypted files on several Corrin County Libraries systems and demanded payment."
    assert en(files, "attack_vector", LIBRARY) == {("ransomware", "asserted", False)}
    them = "The intruders studied the Harlow Seed Bank's servers for a week, then encrypted them."
    assert en(them, "attack_vector", SEEDS) == {("ransomware", "asserted", False)}
    # data the organisation keeps encrypted as a protection is no attack
    kept = "Corrin County Libraries said the card numbers it stores are encrypted at rest."
    assert en(kept, "attack_vector", LIBRARY) == set()


def test_files_the_attackers_encrypted_are_ransomware_in_french_too():
    # « les fichiers qu'ils avaient chiffrés sur le serveur », « toutes vos données sont chiffrées », « plusieurs jours
    # avant de lancer le chiffrement »: the attackers' encryption (rules cyberattack-192)
    theirs = "Les pirates réclamaient une rançon pour rendre lisibles les fichiers qu'ils avaient chiffrés à la FAL."
    assert fr(theirs, "attack_vector", ROWING) == {("ransomware", "asserted", False)}
    launched = "Les pirates sont restés dix jours dans le réseau de la FAL avant de lancer le chiffrement."
    assert fr(launched, "attack_vector", ROWING) == {("ransomware", "asserted", False)}


def test_absence_of_evidence_with_a_time_or_a_finder_between_still_hedges_the_denial():
    # "Nothing so far suggests either set was accessed", « n'avoir trouvé aucun signe que des dossiers médicaux aient
    # été emportés », « rien ne permet pour l'instant de penser que »: D4 hedges the denial (rules cyberattack-193)
    so_far = "Nothing so far suggests the medical records held by Corrin County Libraries were accessed, it said."
    assert en(so_far, "data_category", LIBRARY) == {("medical", "denied", True)}
    sign = "La FAL dit n'avoir trouvé aucun signe que des dossiers médicaux aient été emportés."
    assert fr(sign, "data_category", ROWING) == {("medical", "denied", True)}
    # a plain denial stays firm
    plain = "La FAL dit qu'aucun dossier médical n'a été emporté."
    assert fr(plain, "data_category", ROWING) == {("medical", "denied", False)}


def test_a_clause_opened_by_and_nothing_is_its_own_so_its_doubt_stays_there():
    # « Les soins aux patients se poursuivent et rien ne permet pour l'instant de penser que des données de santé aient
    # été touchées »: the care goes on, firmly; only the data's denial is hedged (rules cyberattack-194)
    both = ("« Les soins aux patients se poursuivent et rien ne permet pour l'instant de penser que des données de "
            "santé aient été touchées », assure la Clinique des Tilleuls.")
    assert fr(both, "care_impact", CLINIC) == {("care", "denied", False)}
    assert fr(both, "data_category", CLINIC) == {("medical", "denied", True)}


def test_a_proposed_federal_class_action_is_a_litigant_whose_case_is_hedged():
    # "A proposed federal class action, filed on April 19 by Idaho resident Sonna Griffiths, accuses Kootenai Health
    # of … and says the resulting breach left them open to fraud and identity theft": the suit's case (D31, rules
    # cyberattack-195)
    suit = ("A proposed federal class action, filed on 3 March by a borrower, accuses Corrin County Libraries of "
            "ignoring basic safeguards and says the breach left members open to identity theft.")
    assert en(suit, "risk", LIBRARY) == {("identity_theft", "asserted", True)}


def test_someones_log_in_obtained_and_used_is_impersonation_in_french():
    # « ils se sont procuré le mot de passe d'un collaborateur », « au moyen d'un code d'utilisateur et d'un mot de
    # passe volés », « avec l'identifiant et le mot de passe de l'un de ses techniciens »: they got in as someone (D9,
    # rules cyberattack-196)
    got = "Les pirates se sont procuré le mot de passe d'un entraîneur de la FAL."
    assert fr(got, "attack_vector", ROWING) == {("impersonation", "asserted", False)}
    code = "Des malfaiteurs ont pénétré le fichier des licenciés de la FAL au moyen d'un code d'utilisateur volé."
    assert fr(code, "attack_vector", ROWING) == {("impersonation", "asserted", False)}
    # and in English, "let intruders in through compromised log-in details" (rules cyberattack-197)
    login = "The review found Corrin County Libraries had let intruders in through compromised log-in details."
    assert en(login, "attack_vector", LIBRARY) == {("impersonation", "asserted", False)}


def test_medical_documents_letters_and_certificates_are_medical_data():
    # « des documents médicaux provenant des centres de santé », « des attestations médicales », « le motif de leur
    # téléconsultation », "therapy notes": medical data (rules cyberattack-198)
    documents = "Les pirates ont publié des documents médicaux et des attestations médicales volés à la Clinique des Tilleuls."
    assert fr(documents, "data_category", CLINIC) == {("medical", "asserted", False)}
    notes = "Hackers stole therapy notes and medical certificates from Corrin County Libraries' staff health service."
    assert en(notes, "data_category", LIBRARY) == {("medical", "asserted", False)}
