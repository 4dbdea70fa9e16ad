"""Round seventy-nine (issue 9): what dev82 (both halves) showed the extractor misreading, one test each, on
sentences of our own about invented incidents (a Breton clinic, a Namibian supermarket chain, a Quebec jobs board)."""

from __future__ import annotations

from tests.claims.helpers import claims_of, en, fr, round_incident as incident, ROUND_PUBLISHED


CLINIC = incident("Clinique du Trieux", keywords=("Trieux",))
GROCER = incident("Okavango Foods", keywords=("Okavango Foods",))
JOBS = incident("EmploiNord", keywords=("EmploiNord",))
PAPER = incident("Le Courrier de la Rance", keywords=("Courrier de la Rance",))


def test_disputing_a_figure_does_not_deny_the_organisation():
    # « La clinique conteste ce chiffre : selon elle, … n'a pas été atteint »: contesting a figure disputes the count,
    # not the attack; the clinic read as denied (rules cyberattack-537)
    figure = ("La direction de la clinique du Trieux conteste ce chiffre : selon elle, seuls des plannings ont pu "
              "être copiés par les pirates.")
    assert fr(figure, "organization", CLINIC) == {("Clinique du Trieux", "asserted", False)}
    # disputing the intrusion itself still denies it
    intrusion = "La clinique du Trieux conteste toute intrusion dans son réseau."
    assert fr(intrusion, "organization", CLINIC) == {("Clinique du Trieux", "denied", False)}


def test_sparing_in_the_gerund_or_the_present_denies_what_it_spares():
    # "touching names and ID numbers while sparing financial information": the gerund of sparing denies its object,
    # as "spared" does (rules cyberattack-538); the bank details read as taken
    gerund = ("Okavango Foods said the intrusion touched names and ID numbers while sparing financial "
              "information.")
    assert en(gerund, "data_category", GROCER) == {("identity", "asserted", False), ("banking", "denied", False)}
    present = "The breach at Okavango Foods spares card details but exposes phone numbers, the chain said."
    assert ("banking", "denied", False) in en(present, "data_category", GROCER)


def test_a_breche_in_french_is_an_incident():
    # « Ce n'est en aucun cas une brèche dans les systèmes d'EmploiNord »: the press's « brèche » is a breach, a word
    # of the incident, so the negation before it denies the site was breached (rules cyberattack-539); it read as
    # the site hit
    denial = "« Ce n'est en aucun cas une brèche dans les systèmes d'EmploiNord », a affirmé l'entreprise."
    assert fr(denial, "organization", JOBS) == {("EmploiNord", "denied", False)}
    # a breach said without a negation names it hit
    breach = "Une brèche dans les serveurs d'EmploiNord a exposé les CV de ses inscrits."
    assert fr(breach, "organization", JOBS) == {("EmploiNord", "asserted", False)}


def test_the_agent_of_a_participle_of_denying_speaks():
    # « Une piste écartée par la clinique comme par les pirates eux-mêmes »: who rules a lead out, the agent after
    # « par », is who denies, not the one denied (rules cyberattack-540); the clinic read as denied
    ruled_out = ("On a parlé d'une opération commanditée par un État. Une piste écartée par la clinique du Trieux "
                 "comme par les pirates eux-mêmes.")
    assert fr(ruled_out, "organization", CLINIC) == set()
    # an organisation said not to be hit is still denied
    spared = "Les pirates n'ont pas touché la clinique du Trieux, selon l'ARS."
    assert fr(spared, "organization", CLINIC) == {("Clinique du Trieux", "denied", True)}


def test_a_newspaper_or_a_subsidiary_taken_up_by_its_trade_speaks_for_the_organisation():
    # « explique le journal », « a martelé la filiale de … »: the trade the press names an organisation by, once it is
    # named, stands for it as the one quoted (rules cyberattack-541); the speaker read as "journal" or "filiale de …"
    paper = ("Le Courrier de la Rance a réagi dès jeudi. En cause, explique le journal, la bascule d'un serveur de "
             "journaux d'événements, au cours de laquelle « une erreur s'est glissée » dans les accès.")
    assert {value for value, _p, _h in fr(paper, "quote", PAPER)} == {"Le Courrier de la Rance"}
    subsidiary = ("« Ce n'est en aucun cas une brèche dans nos systèmes », a martelé la filiale d'EmploiNord, pour qui "
                  "aucune donnée privée de ses membres n'a été exposée.")
    assert {value for value, _p, _h in fr(subsidiary, "quote", JOBS)} == {"EmploiNord"}


def test_a_memorial_hospital_is_called_by_the_name_it_honours():
    # "the attack never stopped Halvorsen from caring for its patients": a hospital named "<name> Memorial Hospital"
    # is called by the name alone (rules cyberattack-542); it went unrecognised
    hospital = incident("Halvorsen Memorial Hospital", keywords=("Halvorsen Memorial Hospital",))
    text = "A forum user began selling data from the Halvorsen attack on 28 February, the local press reported."
    assert en(text, "organization", hospital) == {("Halvorsen Memorial Hospital", "asserted", False)}


def test_an_organisation_counted_among_those_hit_was_hit():
    # "counted Tidewater County Public Schools among more than a thousand school systems struck by ransomware": one
    # of those hit is hit (rules cyberattack-543); the district went unclaimed
    district = incident("Tidewater County Public Schools", keywords=("Tidewater County Public Schools",))
    counted = ("The superintendent counted Tidewater County Public Schools among more than a thousand school systems "
               "struck by ransomware this year.")
    assert en(counted, "organization", district) == {("Tidewater County Public Schools", "asserted", False)}
    figure = "La clinique du Trieux figure parmi la dizaine d'établissements touchés par ce rançongiciel."
    assert fr(figure, "organization", CLINIC) == {("Clinique du Trieux", "asserted", False)}


def test_the_day_something_came_under_attack_is_the_attack_date():
    # "Preliminary findings show its till system came under attack on 12 November" (the last 12 November before the
    # article): "came under attack" is the verb of being hit, not an attack noun that "findings" governs (rules
    # cyberattack-544); the day went unread
    text = "Preliminary findings show Okavango Foods' till system came under attack on 12 November, the regulator said."
    assert en(text, "attack_date", GROCER) == {(f"{ROUND_PUBLISHED.year - 1}-11-12", "asserted", False)}
    # the day the findings were made public still dates nothing
    found = "Okavango Foods published its findings about the attack on 12 November."
    assert en(found, "attack_date", GROCER) == set()


def test_a_documents_year_dates_no_earlier_incident():
    # "the dump includes a 2014 spreadsheet listing employees with their names and Social Security numbers": the
    # year dates the spreadsheet, not another incident the sentence would recall (rules cyberattack-545); the data
    # went unread
    english = ("The dump includes a 2014 spreadsheet listing Tidewater staff with their names and Social Security "
               "numbers.")
    district = incident("Tidewater County Public Schools", keywords=("Tidewater",))
    assert en(english, "data_category", district) == {("identity", "asserted", False),
                                                      ("social_security_number", "asserted", False)}
    french = ("Le lot publié contient un tableur datant de 2014 avec les noms et adresses des patients de la clinique "
              "du Trieux.")
    assert {value for value, _p, _h in fr(french, "data_category", CLINIC)} == {"identity", "contact"}
    # a year that dates an attack still makes it an earlier one
    earlier = "In 2014 a breach exposed the names and Social Security numbers of Tidewater staff."
    assert en(earlier, "data_category", district) == set()


def test_news_reports_are_an_unnamed_source():
    # "News reports say the dump includes …": what unnamed reports say is hedged, as with "media reports"
    # (rules cyberattack-546); it read as plain fact
    text = "News reports say the Okavango Foods dump includes customers' names and home addresses."
    assert en(text, "data_category", GROCER) == {("identity", "asserted", True), ("contact", "asserted", True)}


def test_several_hundred_is_no_count():
    # "a spreadsheet listing several hundred employees": "several hundred" counts nobody, as "hundreds" does not
    # (rules cyberattack-547); it read as 100 victims
    vague = "Hackers stole a spreadsheet listing several hundred Okavango Foods employees."
    assert en(vague, "victim_count", GROCER) == set()
    exact = "Hackers stole a spreadsheet listing three hundred Okavango Foods employees."
    assert en(exact, "victim_count", GROCER) == {(300, "asserted", False)}


def test_the_members_an_organisation_says_it_has_are_no_victims():
    # « combien des quelque 756 millions de membres qu'elle revendique figurent dans le fichier »: the members an
    # organisation says it has, in a relative clause after them, are its size, not those hit (rules cyberattack-548);
    # they read as 756 million victims
    size = ("EmploiNord ne dit pas combien des quelque 2 millions d'inscrits qu'elle revendique figurent dans le "
            "fichier volé.")
    assert fr(size, "victim_count", JOBS) == set()
    # a gang's relative clause claiming the theft still counts the people whose data it says it took
    gang = "Le gang, qui revendique le vol des données de 40 000 inscrits, menace EmploiNord."
    assert fr(gang, "victim_count", JOBS) == {(40000, "asserted", True)}


def test_declared_after_a_quotation_gives_its_speaker():
    # "“…,” declared Lucy Caldwell, who speaks for the district": "declared" right after the quotation's closing
    # mark is its verb of saying (rules cyberattack-549); the quotation had nobody's name
    quoted = ("“We are treating this very seriously and working hard to put it right,” declared Marta Osei, who "
              "speaks for Okavango Foods, in a written statement.")
    assert en(quoted, "quote", GROCER) == {("Marta Osei", "asserted", False)}
    # declaring an incident is no speech: the quotation keeps the speaker its own verb gives
    incident_declared = ("Okavango Foods declared a major incident at midday. “It was chaos,” said Marta Osei, a "
                         "cashier.")
    assert en(incident_declared, "quote", GROCER) == {("Marta Osei", "asserted", False)}


def test_and_after_a_quotation_is_no_auxiliary_before_a_verb():
    # "“…”, and Kuiper says it reached out to the chain": the "a" of "and" is no French auxiliary, so "nd" is no verb
    # whose subject the rest of the sentence would be (rules cyberattack-550); the speaker read as the whole clause
    text = ("The gang's messages call the stolen data “raw photos stuffed into archives, with nothing protecting "
            "them”, and Kuiper says it reached out to Okavango Foods.")
    gang = incident("Okavango Foods", keywords=("Okavango Foods", "Kuiper"))
    speakers = {value for value, _p, _h in en(text, "quote", gang)}
    assert speakers and not any(" says " in (value or "") for value in speakers)


def test_an_attack_that_never_stopped_a_hospital_from_caring_leaves_care_running():
    # "the attack never stopped Halvorsen from caring for its patients": care kept from nothing runs as usual
    # (rules cyberattack-551); it gave no claim, the hospital named by its short name with no word of care
    hospital = incident("Halvorsen Memorial Hospital", keywords=("Halvorsen Memorial Hospital",))
    text = "The attack never stopped Halvorsen from caring for its patients, the health ministry said."
    assert en(text, "care_impact", hospital) == {("care", "denied", False)}
    treating = "The ransomware did not stop Halvorsen Memorial Hospital from treating patients."
    assert en(treating, "care_impact", hospital) == {("care", "denied", False)}
    # an attack that did stop it disrupted care
    stopped = "The attack stopped Halvorsen from treating patients for two days."
    assert en(stopped, "care_impact", hospital) == {("care", "asserted", False)}


def test_a_word_of_the_attackers_inside_a_name_is_no_attacker():
    # "The Criminal Investigation Bureau said that …": "Criminal" capitalised inside a body's name is no criminal whose
    # claims are hedged (rules cyberattack-552); what the police said read as hedged
    police = "The Criminal Investigation Bureau said that Okavango Foods had been hit by ransomware."
    assert en(police, "organization", GROCER) == {("Okavango Foods", "asserted", False)}
    # criminals who say it are still hedged
    gang = "The criminals said that Okavango Foods had been hit by ransomware."
    assert en(gang, "organization", GROCER) == {("Okavango Foods", "asserted", True)}


def test_a_server_open_without_the_least_password_denies_no_passwords():
    # « un serveur ouvert à tous, sans le moindre mot de passe : … »: the password that should have guarded the server
    # is no password taken or spared (rules cyberattack-553); it read as passwords denied
    text = ("Un serveur du Courrier de la Rance ouvert à tous, sans le moindre mot de passe : c'est ce qu'ont trouvé "
            "des chercheurs, dont le rapport décrit une base où figuraient les noms des abonnés.")
    assert fr(text, "data_category", PAPER) == {("identity", "asserted", False)}
    # passwords said not to be in the base are still denied
    none = "Aucun mot de passe ne figurait dans la base du Courrier de la Rance, précisent les chercheurs."
    assert fr(none, "data_category", PAPER) == {("credentials", "denied", True)}


def test_the_day_an_organisation_set_out_what_was_taken_is_no_attack_date():
    # « Ce que les pirates ont emporté, la clinique l'a détaillé mardi : … »: the day it set it out in detail dates the
    # telling, as « précisé » does (rules cyberattack-554); it read as the attack's day
    text = ("Ce que les pirates ont emporté, la clinique du Trieux l'a détaillé mardi : les identifiants de ses "
            "salariés et des plannings.")
    assert fr(text, "attack_date", CLINIC) == set()
    # the day of the theft itself still dates the attack
    theft = "Les pirates ont emporté mardi les identifiants des salariés de la clinique du Trieux."
    assert {value for value, _p, _h in fr(theft, "attack_date", CLINIC)} == {"2025-03-18"}


def test_a_figure_the_attackers_put_forward_is_hedged():
    # « un total inférieur aux 23 000 avancés par les pirates »: the figure whose agent is the attackers is their
    # claim (rules cyberattack-555); it read as plain fact
    text = ("La clinique du Trieux chiffre à 17 400 le nombre de patients dont des données ont été dérobées, un total "
            "inférieur aux 23 000 avancés par les pirates.")
    assert fr(text, "victim_count", CLINIC) == {(17400, "asserted", False), (23000, "asserted", True)}


def test_internet_addresses_are_no_contact_details():
    # "Investigators traced the hacker through internet addresses": the addresses of machines are no one's contact
    # details (rules cyberattack-556), as "IP addresses" are not; they read as contact data taken
    text = "Investigators traced the hacker who stole Okavango Foods' files through internet addresses, police said."
    assert en(text, "data_category", GROCER) == set()


def test_the_day_the_shares_moved_is_no_attack_date():
    # "Okavango Foods' shares hardly moved on Wednesday, an analyst telling the Star the breach would not dent …": the
    # market's day is no day of the attack (rules cyberattack-557); it read as the attack's day, denied
    text = ("Okavango Foods' shares hardly moved on Wednesday, an analyst telling the Star the breach would not dent "
            "the chain's fundamentals.")
    assert en(text, "attack_date", GROCER) == set()


def test_a_database_the_attackers_encrypted_names_ransomware():
    # "the gang says it encrypted Okavango Foods' database": encryption of a database is the ransomware's work, as of
    # servers or files (rules cyberattack-558); no way in was read
    text = "The gang says it encrypted Okavango Foods' customer database after taking a sample of the data."
    assert en(text, "attack_vector", GROCER) == {("ransomware", "asserted", True)}


def test_a_login_used_reaches_past_the_owners_longer_description():
    # "a hacker used a district staff member's username and password": the owner's description may run to six words
    # before the login (rules cyberattack-559); past four the way in went unread
    district = incident("Tidewater County Public Schools", keywords=("Tidewater",))
    text = ("Parents were sent scam texts after a hacker used a district staff member's username and password to get "
            "into Tidewater's student records.")
    assert ("impersonation", "asserted", False) in en(text, "attack_vector", district)


def test_someone_inside_an_employees_inbox_got_in_as_them():
    # "spent six weeks inside a pharmacist's inbox", "accessed a manager's email account": being in someone's mailbox
    # is getting in as them (rules cyberattack-560); no way in was read
    inside = ("Someone without authorization spent roughly six weeks inside an Okavango Foods pharmacist's inbox, "
              "the chain said.")
    assert en(inside, "attack_vector", GROCER) == {("impersonation", "asserted", False)}
    accessed = "An intruder accessed a store manager's email account at Okavango Foods in March."
    assert en(accessed, "attack_vector", GROCER) == {("impersonation", "asserted", False)}


def test_an_attack_said_to_have_done_something_on_a_day_is_dated_by_it():
    # "the chain says a cyberattack on Monday left its tills locked": the attack noun is the subject of what is
    # reported, so the reporting verb does not govern it and the day is the attack's (rules cyberattack-561); no day
    # was read
    text = "Okavango Foods says a cyberattack on Monday left its tills locked and its stock data encrypted."
    assert en(text, "attack_date", GROCER) == {("2025-03-17", "asserted", False)}
    # a day a verb of saying has the attack noun for its object dates the saying
    confirmed = "Okavango Foods confirmed the breach on Monday."
    assert en(confirmed, "attack_date", GROCER) == set()


def test_naming_victims_is_no_names_taken():
    # "Kuiper, a gang that names its victims on a leak site, has uploaded an archive": "names" is the verb there, no
    # names stolen (rules cyberattack-562); it read as identity data taken
    text = ("Kuiper, a gang that names its victims on a leak site, has uploaded an archive as proof of the theft at "
            "Okavango Foods.")
    assert en(text, "data_category", GROCER) == set()


def test_fraud_detection_is_no_risk():
    # "authentication and fraud-detection processes have been tightened": the firm's own checks are no risk named to
    # the victims (rules cyberattack-563); it read as a risk of fraud
    text = ("Access to the affected parts of the Okavango Foods network has been shut off, and authentication and "
            "fraud-detection processes have been tightened, the chain said.")
    assert en(text, "risk", GROCER) == set()
