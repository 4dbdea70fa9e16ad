"""Find direct quotations in a sentence and the speaker they are attributed to.

A quotation is text in « », “ ” or straight double quotes, of at least three words
(shorter ones are scare quotes: un « incident »). Its speaker is looked for, in order:

- right after it: "», a déclaré Jean Dupont, directeur...", "», précise encore l'ARS",
  "», affirme-t-il" (a pronoun: PRONOUN, resolved by the caller to the person named
  before), "\", said Jane Doe", "\", a Free spokesperson said";
- right before it: "Le directeur a déclaré : «", "Pour le président de la CNIL, «",
  "Synnovis put it bluntly: “" (the subject of the clause a colon closes);
- the subject of a reporting verb earlier in the sentence ("la direction assure qu'« ...").

The speaker is returned as named, without article, title or adverb ("encore l'ARS" ->
"ARS"); a speaker that is a role in an organisation ("a Free spokesperson", "un
porte-parole de l'opérateur Free") is the organisation; a role followed by a name
(", directrice de l'ARS, Anne Roy") is the person. A whole quoted sentence with no speaker
in its sentence is a quotation by nobody named (None); a quoted fragment with no speaker
is no quotation.
"""

from __future__ import annotations

import re

from claims.extraction.lexicon import Folded, find_mentions, fold
from claims.extraction.model import Vocabulary
from claims.extraction.rebuttal import rebuttals

PRONOUN = "\x00pronoun"  # a speaker the caller resolves from the sentences before
ORG_PRONOUN = "\x00it"  # "it said": the organisation the caller resolves from the sentences before
PLURAL_PRONOUN = "\x00they"  # "», ont-ils assuré", "they said": the caller looks for a plural first
_PRONOUNS = {"il": PRONOUN, "elle": PRONOUN, "he": PRONOUN, "she": PRONOUN,
             "ils": PLURAL_PRONOUN, "elles": PLURAL_PRONOUN, "they": PLURAL_PRONOUN, "it": ORG_PRONOUN}
UNNAMED = "\x00unnamed"  # a quotation nobody is named for

_QUOTE = re.compile(r"«([^»]*)»|“([^”]*)”|\"([^\"]*)\"")
# An article needs a space after it (or an apostrophe): "Laura" and "Anne" keep their first letters.
_ARTICLE = re.compile(r"^(?:(?:le|la|les|un|une|des|the|a|an|one|its|their|son|sa|ses|another|un\s+autre|une\s+autre)\s+|"
                      r"l['’]\s*)", re.IGNORECASE)
# "son directeur général", "its chief executive": an office of the organisation the passage is about.
_POSSESSIVE = re.compile(r"^(?:son|sa|ses|leur|leurs|its|their)\s+(?=\S)", re.IGNORECASE)
POSSESSIVE = "\x00poss:"  # + the office; the caller names the organisation
# "le journaliste", "the researcher": a bare role with a definite article, which may stand for
# the person named before it (LABELLING.md D22).
_DEFINITE = re.compile(r"^(?:le\s+|la\s+|the\s+|l['’]\s*)([a-zà-ÿ-]+)$", re.IGNORECASE)
DEFINITE = "\x00the:"  # + the role; the caller names the person
# The newsroom a speaker talked to, after the speaker's name ("auprès de Vosges Matin").
# (or the agency told: "a indiqué Philippe Castanet à l'AFP")
# (or what the words were about: "a reconnu Antoine Tousignant au sujet de cette fuite")
_TOLD_TO = re.compile(r"\s+(?:auprès\s+(?:de|du|des|d['’])|au\s+micro\s+(?:de|du|d['’])|sur\s+l['’]antenne\s+(?:de|du|d['’])|"
                      r"au\s+sujet\s+(?:de|du|des|d['’])|à\s+propos\s+(?:de|du|des|d['’])|"
                      r"(?=à\s+(?:l['’]AFP|l['’]agence|Reuters|l['’]Agence\s+France-Presse|Belga|l['’]ATS)\b)|"
                      # the paper it was told to: "a expliqué Synbird au Parisien", "aux Échos" (not "à": "le président
                      # de l'UNEF à Aix-Marseille" is where he speaks from)
                      r"(?=(?:au|aux)\s+(?-i:[A-ZÀ-ÝĀ-Ž]))|"
                      # (or the kind of outlet or audience: "a fait savoir Deloitte au quotidien britannique", « aux
                      # journalistes », « à la presse »)
                      r"(?=(?:au|aux|à\s+la|à\s+l['’])\s*(?:quotidiens?|journal|journaux|hebdomadaire|magazine|mensuel|"
                      r"journalistes|presse|médias?|chaînes?|radio|télévision|confrères)\b)|"
                      r"dans\s+(?:les\s+colonnes|un\s+entretien\s+(?:au|à\s+la|à\s+l['’]|à))|in\s+an\s+interview\s+with|"
                      r"speaking\s+to|talking\s+to|(?=dans\s+(?:sa|son|leur)\s+(?:déclaration|communiqué|message|courrier)\b)|"
                      r"(?=in\s+(?:its|a|their)\s+statement\b)|"
                      # the network it was posted on: "a signalé jeudi matin Paris-Normandie sur Twitter"
                      r"(?=(?:sur|on|via)\s+(?:Twitter|X|Facebook|LinkedIn|Instagram|Bluesky|Mastodon|Threads|TikTok|YouTube)\b))\s*.*$",
                      re.IGNORECASE)
# Before whom something was said, after the speaker's name (« devant la presse »), and a lower-case participle
# that would make it where the speaker was met instead (« croisée devant l'école »).
_BEFORE_AUDIENCE = re.compile(r"\s+devant\s+(?:la|le|les|l['’]|des|ses|son|sa|leurs?)\s*\w.*$", re.IGNORECASE)
_LOWER_PARTICIPLE = re.compile(r"(?:^|\s)[a-zà-ÿ]+(?:é|ée|és|ées)$")
# Titles before a name: the speaker is named without them ("le Dr Yannick Guérin").
_TITLES = (r"(?:Dr|Pr|Prof|Professor|M|Mme|Mlle|Me|Mr|Mrs|Ms|Docteur|Professeur|Cpl|Sgt|Lt|Capt|Insp|Det|Supt|Const|Cst|"
           r"Gov|Sen|Rep|"
           r"Corporal|Sergeant|Inspector|Constable|Detective)")
_TITLE = re.compile(rf"^{_TITLES}\.?\s+(?=[A-ZÀ-ÝĀ-Ž])")
# (a Polynesian name may open on its glottal stop, typed as an apostrophe before a vowel: "'Ana 'Akau'ola")
_GLOTTAL = r"(?:['ʻ](?=[AEIOU]))?"
# A surname's particle written lower-case stands inside it: "David van Weel", "Ursula von der Leyen"; not the French
# "de", which as often says where the person works (« Pierre Martin de Sanofi »).
_PARTICLE = r"(?:\s+(?:van|von|der|den|ter|ten|zu|bin|ibn|al|el|da|di|dos|das|del|della))"
# Offices written capitalised or as an acronym before a person's name ("le PDG Pascal Gauthier",
# "Prime Minister Lee Hsien Loong", "CEO Dara Khosrowshahi"): the speaker is the person (D7).
# (the office may carry up to three capitalised words before it: "Prime Minister", "Information Commissioner",
# "Fulton County Commission Chairman Robb Pitts")
# (offices written as an acronym: "CEO Dara Khosrowshahi", also after lower-case words, see _ACRONYM_OFFICE)
# (and a member's seat: "Sandringham MP Brad Rowswell", "Greens MP Rosalie Woodruff", "Nanaimo MLA Sheila Malcolmson")
_OFFICE_ACRONYMS = r"PDG|DG|DSI|RSSI|CEO|CFO|COO|CTO|CIO|CISO|MP|MLA|MEP|MSP|MPP|MHA|MNA"
# (and an office held for now or no longer: "acting Premier Ben Carroll", "former Governor")
# (a place's abbreviated word among them: "St. Marys Mayor Al Strathdee")
_OFFICE = re.compile(r"^(?:(?:le|la|l'|the)\s+)?(?:(?:acting|interim|former|deputy)\s+)?(?:[A-ZÀ-ÝĀ-Ž][a-zà-ÿ]+\.?\s+){0,3}"
                     rf"(?:{_OFFICE_ACRONYMS}|Minister|Ministre|President|Président|Présidente|"
                     r"Chairman|Chairwoman|Chair|Manager|Administrator|Councilman|Councilwoman|Councillor|Councilor|"
                     r"Governor|Sheriff|Attorney|Chief|Spokesman|Spokeswoman|Spokesperson|Premier|Dean|Provost|"
                     r"Chancellor|Senator|Sénateur|Sénatrice|Député|Députée|Mayor|Maire|Secretary|Commissioner|"
                     r"Chief\s+Executive|Chief\s+Operating\s+Officer|Chief\s+Information\s+Security\s+Officer|"
                     r"Director|Directeur|Directrice|Judge|Juge|Procureur|Prosecutor|Superintendent|Inspector|"
                     r"Librarian|Officer|Coordinator|Treasurer|Clerk|Auditor|Registrar|Principal|Commander|Marshal|"
                     # the press's false titles: "Patient Vernon Weaver says", "Resident Jane Doe"
                     r"Patient|Resident|Customer|Shopper|Student|Parent|Nurse|Teacher|Employee|Passenger|Retiree|"
                     r"Homeowner|Pensioner|"
                     # a lawmaker's office: "Congresswoman Nancy Mace", "Assemblyman Bill Brown"
                     r"Congressman|Congresswoman|Representative|Assemblyman|Assemblywoman|Assemblymember|"
                     r"Councilmember|Alderman|Alderwoman|Lawmaker|Legislator|Trustee)"
                     r"(?:\s+(?:General|Général|Générale|Adjoint|Adjointe|Délégué|Déléguée))?\s+"
                     r"(?=" + _GLOTTAL + r"[A-ZÀ-ÝĀ-Ž][\w'’-]+" + _PARTICLE + r"{0,2}\s+" + _GLOTTAL + r"[A-ZÀ-ÝĀ-Ž])")
_ADVERB = re.compile(r"^(?:encore|aussi|alors|ensuite|également|pourtant|enfin|déjà|toutefois|"
                     r"still|also|then|again)\s+", re.IGNORECASE)
_AUXILIARY = re.compile(r"\s+(?:a|ont|avait|has|have|had)\s*$", re.IGNORECASE)
# A speaker's name ends at punctuation or a word that opens what follows; "in", "at", "à",
# "dans" before a place are part of it ("a GP in Lewisham", "un chirurgien à Saint-Gaudens").
# (a middle initial's full stop ends nothing: "Christoph C. Cemper")
# (nor does an abbreviated rank or name's full stop: "Cpl. Mitch Thompson", "Laurin St. Pe")
_ABBREVIATIONS = ("Cpl", "Sgt", "Lt", "Capt", "Col", "Gen", "Insp", "Det", "Supt", "Const", "Cst", "St", "Ste", "Mt",
                  "Dr", "Mr", "Mrs", "Ms", "Prof", "Jr", "Sr", "Rev", "Gov", "Sen", "Rep")
_NOT_ABBREVIATED = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_ABBREVIATED_DOT = "|".join(rf"(?<=\b{a})\." for a in _ABBREVIATIONS)
_SPEAKER_END = re.compile(r"[,;:(«»\"“”\n]|(?<!\b[A-Z])" + _NOT_ABBREVIATED + r"\.| – | — "
                          r"| (?:qui|who|lors|during|après|after|sur|on|pour|for|une fois|once|depuis|since|tout en|while)\b"
                          # the day after the name: "a déclaré Abdou Ly jeudi à Dakar", "said John Smith yesterday"
                          r"| (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b"
                          r"| (?:dans|in|à|at)\b(?!\s+(?:the\s+|l['’]|le\s+|la\s+)?[A-ZÀ-ÝĀ-Ž])"
                          # (nor where it places an unnamed speaker: "a doctor at the hospital", « un agent à la mairie »)
                          r"(?!\s+(?:the|l['’]|la|le)\s*(?:hospital|clinic|school|council|company|firm|plant|factory|store|"
                          r"trust|university|library|agency|port|airport|hôpital|clinique|école|mairie|usine|entreprise|"
                          r"université|bibliothèque|agence)\b)"
                          # where the words were reported: « une source proche du dossier citée par Inside IT », "an analyst
                          # quoted by Reuters" (the speaker is the source, not the outlet)
                          r"| (?:citée?s?|interrogée?s?|quoted|cited|interviewed)\s+(?:par|by)\b"
                          # the occasion after the name: "Julie Morin en séance publique"
                          r"| en (?:séance|conférence|entrevue|entretien|marge|réunion|direct|point de presse|visite|"
                          r"commission|audience)\b")
# "Pour X, «", "selon X, «" (any case; not "pour qui"), up to X.
_INTRODUCER_LEAD = r"(?:^|[,.;:]\s*)(?i:(?:pour|selon|d['’]après|according to)\s+(?!qui\b|whom\b))"
_INTRODUCER = re.compile(_INTRODUCER_LEAD + r"([^,«\"“]+?),?\s*$")
# (with the person's name in apposition after the office: "pour le porte-parole du département d'État, Ned Price, «")
_INTRODUCER_APPOSED = re.compile(_INTRODUCER_LEAD + r"[^,«\"“]+?,\s*([^,«\"“]+?),\s*$")
# After a closing quotation: ", <verb> [adverb] <speaker>" (French inverts the subject),
# ", <verb>-t-il" (a pronoun), or ", <speaker> <verb>" (English).
_INVERTED = re.compile(r"\s*,?\s*(?:a\s+|ont\s+|s['’](?=est-))?([a-zà-ÿ]+(?:\s+en\s+garde)?)(-t-|-)(il|elle|ils|elles)\b")
_NOT_A_VERB = frozenset("et ou mais car donc qui que dont selon ce cette ces le la les un une des du de d "
                        "sur dans pour par avec sans vers chez entre depuis pendant après avant "
                        # subordinating conjunctions: "», puisque les informations sont désormais publiques"
                        "puisque lorsque quand comme parce tandis alors si "
                        "and or but which that who the a an as if while on in at with for from to by of after before".split())
# (a saint's abbreviation may stand inside a surname: "Laurin St. Pe")
_SAINT = r"(?:\s+(?:St|Ste|Mt)\.)?"
# A person's name: capitalised words, a middle initial among them and a generational suffix after
# them ("J. David Cox Sr.", "Christoph C. Cemper").
# (with a surname's particle, _PARTICLE)
_PERSON_NAME = (r"(?:[A-ZÀ-ÝĀ-Ž]\.\s+)?" + _GLOTTAL + r"[A-ZÀ-ÝĀ-Ž][\w'’-]+(?:" + _SAINT + _PARTICLE + r"{0,2}"
                r"\s+(?:[A-ZÀ-ÝĀ-Ž]\.\s+)?" + _GLOTTAL + r"[A-ZÀ-ÝĀ-Ž][\w'’-]+)+"
                r"(?:\s+(?:Jr|Sr)\.)?")
_PERSON = re.compile(rf"({_PERSON_NAME})\s*$")
# A title, then the person's name, ending what was read as a speaker.
_TITLED_END = re.compile(rf"(?<![\w'’]){_TITLES}\.?\s+({_PERSON_NAME})$")
_SUBJECT_VERBS = (r"ont|est|sont|avait|has|have|had|was|is|were|are|put|puts|described|wrote|writes|relay\w*|relaie\w*|"
                  r"relayé\w*|résum\w*|tranch\w*")
_SUBJECT_VERB = re.compile(rf"\s+(?:a|{_SUBJECT_VERBS})\b")
# (in English "a" is an article, no verb: "the company gave a short reply" has its subject before "gave")
_SUBJECT_VERB_EN = re.compile(rf"\s+(?:{_SUBJECT_VERBS})\b")


# A clause opened by being asked ("Asked on X why it had gone after the lab, the group gave a one-line answer: “…”",
# « Interrogé sur ce délai, le porte-parole a répondu : « … » »): who was asked is the subject after the comma, however
# long the question (the participle names no speaker).
_ASKED_OPENING = re.compile(r"^\s*(?:Asked|Pressed|Questioned|Quizzed|Contacted|Reached|Interrog[ée]e?s?|Questionn[ée]e?s?|"
                            r"Sollicit[ée]e?s?|Contact[ée]e?s?|Jointe?s?)\b[^,;:«»“”]{0,200},\s+(?=\S)")


def _past_opening(clause: str) -> str:
    """The clause past what opens it before its subject: a day with no comma after it ("By Tuesday evening the
    hospital was saying"), a clause of being asked, however long, or a short phrase set off by the clause's one comma
    ("En fin de journée, la direction a…")."""
    clause = _ASKED_OPENING.sub("", _DAY_OPENING.sub("", clause))
    return re.sub(r"^[^,]{0,60},\s+(?=\S)", "", clause) if clause.count(",") == 1 else clause


def _subject_verb(v: Vocabulary) -> re.Pattern:
    """The auxiliary or verb that ends a clause's subject, in the clause's language."""
    return _SUBJECT_VERB_EN if v.lang == "en" else _SUBJECT_VERB


# A name with its role in apposition after it: "Jane Miller, the hospital's chief executive".
_APPOSED = re.compile(rf"^((?:{_TITLES}\.?\s+)?[A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)\s*,\s*[^,]+?,?$")
# Two noun phrases in apposition before a reporting verb or a colon ("Jane Miller, the hospital's
# chief executive, said", "the hospital's IT director, Paul Grant, told reporters"): the person is
# the speaker.
# (a middle initial's full stop stands inside a phrase: "the bank's corporate secretary, Gunawan A. Hartoyo, wrote")
# (and so does a title's: "Hillel Yaffe's director, Dr. Mickey Dudkiewicz, told Ynet")
_PHRASE_CHAR = rf"(?:[^,.;:«»\"“”]|(?<=\b[A-Z])\.|{_ABBREVIATED_DOT})"
_APPOSITION = re.compile(rf"({_PHRASE_CHAR}{{2,90}}?),\s*({_PHRASE_CHAR}{{2,90}}?),\s*$")
# Capitalised words that open a sentence without naming anyone.
_OPENERS = frozenset("""selon pour dans en au aux après avant depuis chez lors malgré sans since after in on at
    this these those that it its their our we they he she il elle ils elles nous ce cette ces""".split())
# A subject that is an online handle, one word with a capital inside ("LockBit", "SaxX"), after at
# most a few words of description, and before its verb.
_HANDLE = re.compile(r"^(?:(?i:le|la|les|l['’]|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,3}([A-ZÀ-ÝĀ-Ž][a-zà-ÿ0-9]*[A-Z][\w-]*)\s+[a-zà-ÿ]")


def _handle(clause: str) -> str | None:
    """The online handle a clause's subject holds, before its verb ("LockBit se vante", « les auteurs de SnapchatDB
    disent »), its scare quotes dropped."""
    m = _HANDLE.match(_SCARE.sub(r"\1", clause))
    return m.group(1) if m else None
# The name a speaker goes by, at the end of its description.
# (or a seller's signature on a forum: « un vendeur qui signe Ombre44 », "a seller signing as Kraal")
_ALIAS_LEAD = (r"calling (?:itself|themselves|himself|herself)|known as|dubbed|qui se (?:fait|font) appeler|"
               r"se faisant appeler|surnommée?|baptisée?|qui signe|signing as|who signs as")
_ALIAS_NAMED = rf"\b(?:{_ALIAS_LEAD})\s+([A-ZÀ-ÝĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]*)*)"
_ALIAS = re.compile(_ALIAS_NAMED + "$")
# (or anywhere before a quotation, for the sentence's speaker: "un vendeur qui signe Ombre44 propose …")
_ALIAS_ANYWHERE = re.compile(_ALIAS_NAMED)
# What introduces that name right before it is quoted ("qui se fait appeler « … »", "calling itself “…”").
_GOES_BY = re.compile(rf"\b(?:{_ALIAS_LEAD}|goes by|go by|se (?:fait|font) appeler|surnommées?|baptisées?|"
                      r"sous le nom (?:de|d['’])|"
                      # ("une campagne dite de « réponse à une conversation »", "a so-called “double extortion”": the
                      # name of a technique or a scheme, nobody's words)
                      r"(?-i:(?<=[a-zà-ÿ] ))(?:dites?|dits|dit(?= d))(?: de| d['’])?|so-called|"
                      # (« une escroquerie au « pump and dump » », « l'arnaque au « faux conseiller » »: the scheme's name)
                      r"\b(?:escroquerie|arnaque|fraude)s?\s+(?:au|aux|à\s+la|a\s+la|à\s+l['’]|a\s+l['’]))\s*$",
                      re.IGNORECASE)
# A scare-quoted fragment of one or two words inside a phrase: "le « gentil hacker » SaxX".
_SCARE = re.compile(r"[«“\"]\s*((?:[^\s»”\"]+\s*){1,2}?)\s*[»”\"]")
# A source that opens the sentence: "Selon vx-underground, ...", "Pour la Caisse nationale ..., ces
# informations « ... »" (not "Pour l'instant," nor "Pour rappel,").
_OPENING_SOURCE = re.compile(r"\s*(?:selon|d['’]après|according to|pour(?!\s+(?:l['’]\s*instant|le moment|l['’]heure|"
                             r"rappel|autant|mémoire|ce faire|cela|ça|information)\b))\s+([^,]+),", re.IGNORECASE)
MIN_WORDS = 3
MAX_SPEAKER_WORDS = 10
# A role before the name it introduces may run longer ("la présidente de la commission
# formation du conseil régional du Grand Est, Élodie Marchal").
MAX_ROLE_WORDS = 16
# A statement's subject that is a document or a figure speaks for whoever issued it: "les
# premières estimations de la direction" is the direction's.
_ISSUED_BY = re.compile(r"^(?:[\w'’-]+\s+)?(?:estimations?|chiffres?|bilans?|communiqués?|messages?|notes?|courriers?|"
                        r"courriels?|lettres?|statements?|estimates?|figures|updates?|letters?|emails?)\s+"
                        r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|from\s+the|from)\s*(.+)$", re.IGNORECASE)
# An office of one to three lower-case words, then the name of who holds it, then the verb ("le directeur général
# Jorge Mendes exhorte", "the chief executive Jane Miller said").
_OFFICE_THEN_NAME = re.compile(r"(?i:le|la|l['’]|the)\s*(?:[a-zà-ÿ-]+\s+){1,3}([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)"
                               r"\s+[a-zà-ÿ]")
# A site and who runs it ("the negotiation portal run by the Hive gang", « le site tenu par le groupe »).
_RUN_BY = re.compile(r"^(?:[\w'’-]+\s+){0,3}(?:portal|site|website|page|account|channel|blog|chat|portail|compte|canal)\s+"
                     r"(?:run|operated|maintained|tenu|tenue|géré|gérée|exploité|exploitée)\s+(?:by|par)\s+"
                     r"(?:(?:the|le|la|les)\s+)?((?:[a-zà-ÿ-]+\s+)?[A-ZÀ-ÝĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]*)*)\b")
# A possessive and a document after a name ("Sony's statement", "the council's latest update"; and what it files in
# court: "“…,” Clorox's complaint reads").
_OWN_DOCUMENT = re.compile(r"(?<=\w)['’]s\s+(?:own\s+|latest\s+|first\s+|brief\s+|short\s+|written\s+|amended\s+)?"
                           r"(?:statement|press release|notice|update|email|e-mail|letter|post|blog post|filing|complaint|"
                           r"lawsuit|court filing|suit)$")
# Words after which a clause's subject has ended ("L'opérateur se contente d'assurer que").
_SUBJECT_STOP = frozenset("""se s a ont est sont n ne dit disent disait disaient dirait doit veut peut tient refuse préfère contente
    continue entend demande demandent invite invitent appelle appellent recommande conseille has had was is were will
    would wants went declined tried sought did does do asks urges tells""".split())


# What may stand between a subject and its verb without being part of the subject: an adverb
# ("JLR now says"), a French object pronoun ("Cécile Lelieur le résume ainsi", "L'informaticien y raconte").
_TRAILING = re.compile(r"(?<=[\w.])\s+(?:now|also|still|later|since|then|again|already|today|désormais|aussi|"
                       r"encore|toujours|déjà|maintenant|ensuite|alors|le|la|les|lui|leur|y|en|nous|vous|l['’])\s*$")


# A time said before or after the speaker ("le 19 novembre", "hier", "on Friday", "Last week").
_DAYS = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday)")
# A day opening the clause with no comma after it ("By Tuesday evening the hospital was saying").
_DAY_OPENING = re.compile(rf"^(?:By|On|Late\s+on|Early\s+on|Later\s+on)\s+(?i:{_DAYS})"
                          r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[a-z])")
_WHEN = (rf"(?:(?:le|ce|on|last|this)\s+(?:{_DAYS}\s+)?\d{{1,2}}(?:er)?\s+[a-zéû]+(?:\s+\d{{4}})?|"
         rf"(?:(?:on|last|this|ce|le)\s+)?{_DAYS}(?:\s+(?:matin|soir|morning|evening|night))?|hier|yesterday|"
         r"(?:last|this)\s+(?:week|month|year)|la\s+semaine\s+dernière|on\s+\d{1,2}\s+[A-Za-z]+|"
         # a part of the day: "By the afternoon it was writing", « Dans la soirée, la mairie »
         r"(?:by|in|later\s+in)\s+the\s+(?:morning|afternoon|evening|end\s+of\s+the\s+day)|later\s+that\s+day|"
         # a time gone by: "Back then Verizon insisted that this was “NOT a hack”", « À l'époque, l'opérateur »
         r"back\s+then|at\s+the\s+time|à\s+l['’]époque|"
         r"dans\s+la\s+(?:matinée|soirée|journée|nuit)|en\s+fin\s+de\s+(?:journée|matinée)|"
         # a stretch of time: "for the next 24 hours IHG told", "pendant deux jours la mairie"
         r"(?:for|over|during|pendant|durant)\s+(?:the\s+)?(?:next\s+|following\s+|first\s+)?(?:\d+|\w+)\s+"
         r"(?:hours|days|weeks|heures|jours|semaines))")
_WHEN_SAID_AFTER = re.compile(rf"\s+{_WHEN}$", re.IGNORECASE)
_WHEN_SAID_BEFORE = re.compile(rf"^{_WHEN},?\s+(?=\S)", re.IGNORECASE)
# How something was said, between an inverted verb and its speaker ("résumait sans détour le message").
_MANNER = re.compile(r"^(?:sans\s+détours?|sans\s+ambages|sobrement|froidement|laconiquement|crûment|bluntly|flatly|"
                     r"curtly|tersely)\s+(?=\S)", re.IGNORECASE)
# A document and who left, signed or sent it ("le message laissé par les pirates", "the ransom note left by the
# hackers"): they speak through it.
_LEFT_BY = re.compile(r"^(?:(?:le|la|les|un|une|the|a)\s+|l['’]\s*)?(?:ransom\s+)?(?:messages?|notes?|mots?|courriels?|"
                      r"lettres?|letters?|e-?mails?)(?:\s+de\s+rançon)?\s+(?:laissée?s?|signée?s?|envoyée?s?|left|"
                      r"signed|sent)\s+(?:par|by)\s+(.+)$", re.IGNORECASE)


# Words after which a capitalised name is a complement, not the speaker ("directrice de Cerballiance").
_PREPOSITIONS = frozenset("de du des d d' d’ of at in for from chez à au aux pour par by with avec".split())


# A verb of saying and the start of what was said ("company said that it"): a clause, no name.
_SAID_THAT = re.compile(r"\b(?:that|que|qu['’])\s*(?:it|he|she|they|we|il|elle|ils|elles|on|nous)$", re.IGNORECASE)
# A relative pronoun or conjunction opening or closing what was read as a speaker.
_CLAUSE_WORD = re.compile(r"^(?:that|who|whom|which|que|qui)\b|\b(?:that|who|whom|which)$", re.IGNORECASE)


# An office written as an acronym, then the name that ends the speaker ("president and CEO Erin Mendez").
_ACRONYM_OFFICE = re.compile(rf"\b(?:{_OFFICE_ACRONYMS})\s+([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)$")


# A finite "be" inside what was taken for a speaker: the words are a clause.
_FINITE = re.compile(r"\s(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?[a-z]+ing\b|"
                     # a modal before a verb: "the card and app failures could be only the"
                     r"\s(?:could|would|should|might|may|can|will)\s+(?:only\s+|not\s+|also\s+)?(?:be|have)\b")


# "Calgary-based Suncor Energy": where it is based is no part of the name.
_BASED = re.compile(r"^(?:[A-ZÀ-ÝĀ-Ž][\w.'’-]*\s+)?[A-ZÀ-ÝĀ-Ž][\w.'’]*-based\s+(?=[A-ZÀ-ÝĀ-Ž])")
# A nationality or a town's people, as French writes it with its article before a name ("le Français", "l'Américaine",
# "la Britannique", "le Lyonnais").
_DEMONYM = re.compile(r"^(?:le|la|l['’])\s*[A-ZÀ-ÝĀ-Ž][a-zà-ÿ]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|and|ande|ol|ole|"
                      r"ard|arde|ique|ge|sse|te)\s+(?=[A-ZÀ-ÝĀ-Ž])")
# "the ICO's Ian Hulme", "Flashpoint's Ben Gestier": the person, without the body whose they are.
_OWNER_BEFORE = re.compile(r"^(?:the\s+)?(?:[A-ZÀ-ÝĀ-Ž][\w&.-]*\s+){0,3}[A-ZÀ-ÝĀ-Ž][\w&.-]*['’]s\s+")

# An anonymity granted after the speaker (« sous couvert d'anonymat », "on condition of anonymity").
_ANONYMOUS = re.compile(r"\s*,?\s*(?:sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]\s*|d['’]\s*)anonymat|"
                        r"(?:speaking\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they)\s+not\s+be\s+named))"
                        r"\s*$", re.IGNORECASE)


def _clean(name: str, v: Vocabulary | None = None) -> str | None:
    # "résume Dominique Cheveau auprès de Vosges Matin", "explique-t-il au micro de France Bleu",
    # "told the BBC" aside: the newsroom the words were said to is not part of who said them
    name = _TOLD_TO.sub("", name.strip(" ,:"))
    # "a martelé Hélène Castagnié devant la presse", « devant les élus »: whom it was said before (not where someone
    # was met, cut below with its participle: « une mère d'élève croisée devant l'école »)
    audience = _BEFORE_AUDIENCE.search(name)
    if audience and not _LOWER_PARTICIPLE.search(name, 0, audience.start()):
        name = name[:audience.start()]
    # "accusaient les pirates le 19 novembre", "On Friday the city [confirmed]": when it was said is no
    # part of who said it
    name = _WHEN_SAID_AFTER.sub("", _WHEN_SAID_BEFORE.sub("", name))
    # "résumait sans détour le directeur", "put it bluntly the director": how it was said is no part of who said it
    name = _MANNER.sub("", name)
    # "glisse un collègue sous couvert d'anonymat", "said one official on condition of anonymity": the promise of
    # anonymity is no part of who speaks
    name = _ANONYMOUS.sub("", name)
    # "le message laissé par les pirates", "the ransom note left by the hackers": whoever left the document speaks
    left = _LEFT_BY.match(name)
    if left:
        return _clean(left.group(1), v)
    # ("By the afternoon it was writing": once the time is off, a pronoun the caller resolves)
    if name.strip().lower() in _PRONOUNS:
        return _PRONOUNS[name.strip().lower()]
    # "L'enseigne, elle, ne parle que de « milliers de clients »": the subject, without the pronoun that stresses it
    # ("Le pirate, lui, annonce", "La porte-parole se veut rassurante": nor the reflexive its verb opens with)
    name = re.sub(r"\s*,\s*(?:elle|lui|eux|elles)\s*(?:,.*)?$|\s+(?:se|s['’])$", "", name)
    # "One employee whose information was published": the person, without the clause about them
    name = re.sub(r"\s+(?:whose|dont)\b.*$", "", name)
    # "another patient, who asked not to be named": the description without its incidental clause (D7d)
    name = re.sub(r"\s*,\s*(?:who|which|qui|dont)\b.*$", "", name)
    # "What Frontier reported to Maine is ...", "Ce que la mairie appelle ...": who reported it
    name = re.sub(r"^(?:what|ce\s+que|ce\s+qu['’])\s*(?=\S)", "", name, flags=re.IGNORECASE)
    # "who used a colleague's account to post", "that the bleach maker's defences…", "the extortion gang
    # that": a clause or a relative pronoun is no one's name
    if _CLAUSE_WORD.search(name) or _SAID_THAT.search(name):
        return None
    # "the company's global incident response team is still working out": a clause, not a name
    if _FINITE.search(name):
        return None
    if len(name.split()) > 1:
        name = _TRAILING.sub("", name)
    office = _OFFICE.match(name)
    if office and _PERSON.fullmatch(name[office.end():]):
        return name[office.end():]
    # "Director-General of Health Dr Ashley Bloomfield": an office with its complement, then a title and the name
    titled_name = _TITLED_END.search(name)
    if titled_name and titled_name.start() > 0 and _PERSON.fullmatch(titled_name.group(1)):
        return titled_name.group(1)
    name = _BASED.sub("", name)
    # "le Français ZeratoR", "l'Américaine Jane Doe": where the person comes from is no part of the name
    demonym = _DEMONYM.match(name)
    if demonym and re.fullmatch(r"[A-ZÀ-ÝĀ-Ž][\w'’-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’.-]*){0,3}", name[demonym.end():]):
        name = name[demonym.end():]
    owner = _OWNER_BEFORE.match(name)
    if owner and _PERSON.fullmatch(name[owner.end():]):
        return name[owner.end():]
    owned = _POSSESSIVE.match(name)
    if owned and len(name.split()) <= 8:
        office = _clean(name[owned.end():], v)
        if office and _PERSON.fullmatch(office):
            return office  # "its director general, Hélène Marchand": the person
        return POSSESSIVE + office if office else None
    # "a ransomware group calling itself Medusa", "un pirate qui se fait appeler Zorro": the name it goes by
    alias = _ALIAS.search(name)
    if alias:
        return alias.group(1)
    # "Patelco president and CEO Erin Mendez": an office written as an acronym right before the name
    acronym = _ACRONYM_OFFICE.search(name)
    if acronym and _PERSON.fullmatch(acronym.group(1)):
        return acronym.group(1)
    # "Allianz Life spokesman Brett Weinberg": a role, then the person's name
    titled = re.search(r"(?<![\w'’])(?!(?:of|for|at|from|the|and|de|du|des|chez|pour)\b)[a-zà-ÿ-]{3,}\s+"
                       rf"({_PERSON_NAME})$", name)
    if titled and _PERSON.fullmatch(titled.group(1)) and not (v is not None and find_mentions(
            "organization", v, Folded(titled.group(1)))):
        return titled.group(1)
    # "les pirates de Hellcat", "hackers from BlackSuit": the gang the attackers belong to speaks (D7)
    gang = _GANG_MEMBERS.match(name)
    if gang and not (v is not None and find_mentions("organization", v, Folded(gang.group(1)))):
        return gang.group(1)
    # "le groupe de rançongiciel LockBit", "the ransomware gang Medusa": a description, then the one name it goes by
    handle = re.match(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)?((?:[a-zà-ÿ'’-]+\s+){1,4})([A-ZÀ-ÝĀ-Ž][\w'’.-]+)$", name)
    before = [w for w in handle.group(1).lower().split() if w not in ("la", "le", "les", "l'", "l’", "the")] if handle else []
    if handle and before and before[-1] not in _PREPOSITIONS and not (
            v is not None and find_mentions("organization", v, Folded(handle.group(2)))):
        return handle.group(2)
    # "Prof Tom Reed of King's College": the person, without where they work
    placed = re.match(rf"^((?:{_TITLES}\.?\s+)?[A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)\s+"
                      r"(?:of|from|at|de|du|des|chez)\s+(?:the\s+\w|[A-ZÀ-ÝĀ-Žl])", name)
    # (not an organisation so named: "University Hospitals of Morecambe Bay posted", "The University of Pennsylvania")
    if placed and _PERSON.fullmatch(_TITLE.sub("", placed.group(1))) and not (
            v is not None and any(m.start == len(name) - len(_ARTICLE.sub("", name))
                                  for m in find_mentions("organization", v, Folded(name)))):
        return _TITLE.sub("", placed.group(1))
    # "Jane Miller, the hospital's chief executive", "Marie Dupont, directrice de la clinique": the person
    apposed = _APPOSED.match(name)
    if apposed and _PERSON.fullmatch(_TITLE.sub("", apposed.group(1))):
        return _TITLE.sub("", apposed.group(1))
    name = re.sub(r"(?<=\w)['’]s$", "", name)  # "The company’s [notice]": the company
    # "Sony's statement was short: “…”": a document speaks for whoever issued it (D7a)
    name = _OWN_DOCUMENT.sub("", name)
    # "The attack was “almost an inevitability”", "the haul went no further than … “may have provided”":
    # the subject of a sentence a fragment is quoted in is no speaker when it is the attack, what was taken, or a
    # document ("the lawsuit, filed by …, says", « d'après les premières investigations »): the profile's
    # not_speaker nouns, read on the head of the name (before its complement: "the director of the site" speaks)
    head = re.split(r"\s+(?:de|du|des|of|par|by|from|at|in)\s+|\s+d['’]", name.strip())[0].split()
    if v is not None and head and v.cues.not_speaker.search(Folded(head[-1])):
        return None
    definite = _DEFINITE.match(name)
    if definite and definite.group(1).lower() not in _NOT_A_VERB:
        return DEFINITE + definite.group(1)
    # "une infirmière croisée dans le hall", "un délégué interrogé par téléphone": the role, not its participle.
    # ("un médecin joint sur place": "joindre" gives its participle no é)
    name = re.sub(r"\s+(?:[a-zà-ÿ]+(?:é|ée|és|ées)|(?:re)?jointe?s?)\s+(?:dans|par|à|au|sur|en|lors|devant|at|by|in)\b.*$", "", name)
    # ("Mr. Cooper now says": an organisation's whole name keeps the title-like word it opens with)
    bare = _ARTICLE.sub("", name.strip(" ,:"))
    if v is not None and _TITLE.match(bare):
        whole = [o for o in find_mentions("organization", v, Folded(bare))
                 if o.start == 0 and o.value and not bare[o.end:].strip()]
        if whole:
            return str(whole[0].value)
    for _ in range(2):
        name = _ADVERB.sub("", _TITLE.sub("", _ARTICLE.sub("", name.strip(" ,:"))))
    if not name or len(name.split()) > MAX_SPEAKER_WORDS or name.lower() in _NOT_A_VERB:
        return None
    issued = _ISSUED_BY.match(name)
    if issued:
        return _clean(issued.group(1), v)
    # "directrice générale, Anne Roy", "le journaliste Damien Bancal": the person
    # ("une abonnée de Bouygues Telecom" is no person: a preposition before the name makes it a complement)
    person = re.search(r"(?:,\s*|^[a-zà-ÿ-]+(?:\s+(?!(?:de|du|des|d|of|at|in|chez|à|au|aux)\b)[a-zà-ÿ-]+)?\s+)([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)\s*$", name)
    if person:
        return person.group(1)
    # "a Datacom spokesman", "a Toll spokeswoman": the organisation's own voice, whether or not the
    # profile knows its name (LABELLING.md D7a: "a Free spokesperson said" -> Free)
    # (a name shaped like a person's too, where a word of it says it is an institution: "a Police Scotland
    # spokesperson said")
    voiced = _NAMED_VOICE.match(name)
    if voiced and (not _PERSON.fullmatch(voiced.group(1)) or (v is not None and _institution(voiced.group(1), v))):
        return voiced.group(1)
    # (a name shaped like a person's is the body's when those speaking are its officials and it is a body:
    # "East Tennessee Children's Hospital officials")
    if voiced and voiced.group("role") in _SPEAKING_FOR and v is not None and (
            v.cues.org_body.search(Folded(voiced.group(1))) or find_mentions("organization", v, Folded(voiced.group(1)))):
        return voiced.group(1)
    if v is not None and not _PERSON.fullmatch(name):
        # "Free spokesperson", "porte-parole de l'opérateur Free": the organisation speaks; so does
        # the body it is ("la mairie de Marseille", "le département de la Seine-Maritime").
        f = Folded(name)
        orgs = find_mentions("organization", v, f)
        body = v.cues.org_body.spans(f)
        if orgs and (v.cues.org_voice.search(f) or (body and body[0][0] == 0 and body[0][1] <= orgs[0].start)):
            return str(orgs[0].value)
    return name


# Attackers named by the gang they belong to ("les pirates de Hellcat").
_GANG_MEMBERS = re.compile(r"^(?:(?:les|des|the)\s+)?(?:pirates|hackers|cybercriminels|cybercriminals|attaquants|attackers|"
                           r"membres|members)\s+(?:de|du|d['’]|of|from)\s*([A-ZÀ-ÝĀ-Ž][\w'’.-]+)$")


# A capitalised name, then the word for its press voice ("Datacom spokesman") or those who speak for it
# ("East Tennessee Children's Hospital officials said").
_NAMED_VOICE = re.compile(r"^([A-ZÀ-ÝĀ-Ž][\w&'’.-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w&'’.-]*){0,3})\s+"
                          r"(?P<role>spokes(?:man|woman|person)|press\s+officer|press\s+office|officials|leaders|executives)$")
# Those of the roles above who speak for a body, not as its single voice.
_SPEAKING_FOR = ("officials", "leaders", "executives")


# The two phrases in apposition a sentence opens on ("Carol Bennett, chief executive of the network, ").
_OPENING_APPOSITION = re.compile(rf"\s*{_PHRASE_CHAR}{{2,90}}?,\s*{_PHRASE_CHAR}{{2,90}}?,\s*")


def _apposed_speaker(head: str) -> str | None:
    """The speaker of a subject made of two phrases in apposition that ends `head` ("Jane Miller,
    the hospital's chief executive, "): the one that is a person's name, or None."""
    m = _APPOSITION.search(head)
    if not m:
        return None
    for part in (m.group(1), m.group(2)):
        part = _TITLE.sub("", _ARTICLE.sub("", part.strip()))
        if _PERSON.fullmatch(part):
            return part
        # ("Their lawyer, Nick McAleenan of JMW Solicitors, says": the name, without where the person works)
        employed = re.sub(r"\s+(?:of|from|at|de|du|chez)\s+[A-ZÀ-ÝĀ-Ž][^,]*$", "", part)
        if employed != part and _PERSON.fullmatch(employed):
            return employed
    # ("Miles & More, le programme de fidélité créé par Lufthansa, relativise : « … »": a name that is no person's,
    # set beside what it is, is the body that speaks)
    name, what = m.group(1).strip(), m.group(2).strip()
    if _BODY_NAME.fullmatch(name) and not re.fullmatch(rf"(?i:{_DAYS}|{_MONTHS})", name) and _KIND_OPENING.match(what):
        return name
    return None


# A body's name ("Miles & More", "Orvane", "Air Lorvaine") and what it is, an article first ("le programme de fidélité").
_BODY_NAME = re.compile(r"(?!(?:À|A|Au|Aux|Pour|Selon|Chez|Dans|En|Sur|Par|Après|Avant|Depuis|To|For|In|At|From|With|"
                        r"After|Before|On|By|Since|Like|Comme)\s)[A-ZÀ-ÝĀ-Ž][\w'’&.-]*(?:\s+(?:&|and|et|of|de|du)?\s*[A-ZÀ-ÝĀ-Ž][\w'’&.-]*){0,3}")
_MONTHS = (r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|"
           r"march|april|may|june|july|august|september|october|november|december")
_KIND_OPENING = re.compile(r"(?:le|la|les|the|un|une|an?)\s+[a-zà-ÿ]|l['’]\s*[a-zà-ÿ]")


def _named_after(rest: str, v: Vocabulary) -> str | None:
    """The speaker that opens `rest`; a role followed by a name (", la présidente de la
    commission, Élodie Marchal, ...") is the person; a participle cut off by where it was
    met ("une infirmière croisée dans un couloir") is no part of the role."""
    head = _SPEAKER_END.split(rest, 1)[0]
    cut = rest[len(head):]
    # (the name may carry a party or an age in brackets: "le maire, Michel Arrouy (PS).", or open
    # what follows: "prévient sa porte-parole, Eva Wiertz : les données…")
    name = re.match(r"\s*,\s*([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)\s*(?:\([^()]{1,30}\)\s*)?(?:[,.;:]|$)", cut)
    if name and len(head.split()) <= MAX_ROLE_WORDS:
        return name.group(1)
    if re.match(r"\s+(?:dans|par|à|au|sur|en|lors|devant|at|by|in)\b", cut):
        # (not a noun so ending: "le centre de santé dans sa déclaration", "la société")
        head = re.sub(r"(?<=\w)\s+(?!(?:santé|société|université|comité|sécurité|entité|collectivité|communauté)\s*$)"
                      r"[a-zà-ÿ]+(?:é|ée|és|ées|ed)\s*$", "", head)
    return _clean(head, v)


def _subject_words(head: str, lang: str = "fr") -> str:
    """The words of a clause before its verb chain: "L'opérateur se contente d'" -> "L'opérateur"
    (in English "a" is an article: "A nurse at a UHS facility in Arizona" goes on past it)."""
    words = head.split()
    for i, word in enumerate(words):
        word = re.sub(r"['’].*$", "", word.lower())
        if i and word in _SUBJECT_STOP and not (lang == "en" and word == "a"):
            return " ".join(words[:i])
    return head


# An article, a name of one to three capitalised words, then the lower-case noun it qualifies ("A Sobeys
# employee", "a Toll spokeswoman"), not a preposition ("La Ville de").
_NAME_THEN_NOUN = re.compile(r"((?:[Uu]n|[Uu]ne|[Aa]n?)\s+(?:[A-ZÀ-ÝĀ-Ž][\w'’&-]*\s+){1,3}"
                             r"(?!(?:de|du|des|d|of|et|and|in|at|à|au|aux|for|pour)\b)[a-zà-ÿ][a-zà-ÿ'’-]+)")


# A conjunction opening a clause ("and Lorina Nash said", "mais la direction assure").
_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|et|mais|tandis que|alors que)\s+", re.IGNORECASE)


# A body's name that goes on past "of" ("National Office of Cyber Security"), which is no person at a place.
_OF_BODY = re.compile(r"^(?:National|Federal|State|Office|Agency|Department|Ministry|Bureau|Commission|Agence|"
                      r"Direction|Ministère|Autorité|Commissariat)\b.*\s(?:of|for|de|du|des)\s")


def _subject(clause: str, v: Vocabulary) -> str | None:
    """The subject opening a clause ("La direction espère...", "Un patient venu se faire... est reparti"):
    its first noun with what names it (up to a verb), or the noun alone when the phrase runs long."""
    # "and Lorina Nash, who had brought her mother in, said she had": past the conjunction and the aside
    clause = _RELATIVE_ASIDE.sub("", _CONJUNCTION.sub("", clause.strip()))
    # "Anne Rainsberry, NHS England's national incident director, said": the person before the apposition
    apposed = re.match(r"([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+)+)\s*,[^,]{2,90},\s*[a-zà-ÿ]", clause)
    if apposed and _PERSON.fullmatch(apposed.group(1)):
        return apposed.group(1)
    clause = _past_opening(clause)
    # "LockBit se vante de détenir", "le « gentil hacker » SaxX juge": a handle in the subject is who speaks
    handle = _handle(clause)
    if handle:
        return handle
    # "the National Office of Cyber Security would say only": a body's name of several capitalised words
    body = re.match(r"(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*([A-ZÀ-ÝĀ-Ž][\w'’-]*(?:\s+(?:(?:of|for|de|du|des|d['’])\s*)?"
                    r"[A-ZÀ-ÝĀ-Ž][\w'’-]*)+)\s+[a-zà-ÿ]", clause)
    if body and " " in body.group(1):
        return body.group(1) if _OF_BODY.search(body.group(1)) else _clean(body.group(1), v)
    # ("le directeur général Jorge Mendes exhorte les clients à « … »": an office, then the person who holds it)
    held = _OFFICE_THEN_NAME.match(clause)
    if held and _PERSON.fullmatch(held.group(1)):
        return held.group(1)
    # ("A Sobeys employee who asked not to be named told": the name qualifies the noun, which is who speaks)
    m = _NAME_THEN_NOUN.match(clause) or re.match(r"((?:(?:le|la|les|un|une|the|a|an)\s+|l['’])[a-zà-ÿ'’-]+)", clause,
                                                  re.IGNORECASE)
    if not m:
        # "Free apologised: “...”": a name opening the clause, followed by its verb
        # (an office of two capitalised words may come first: "District Judge Amy Berman Jackson called the deal “…”")
        name = re.match(r"([A-ZÀ-ÝĀ-Ž][\w'’&-]*(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’&-]*){0,4})\s+[a-zà-ÿ]", clause)
        if name and (_PERSON.fullmatch(name.group(1)) or find_mentions("organization", v, Folded(name.group(1)))):
            return _clean(name.group(1), v)
        return None
    verb = _subject_verb(v).search(clause) or re.search(r"\s+(?:espère|espèrent|font|fait|déplor\w*|présent\w*|"
                                                   r"promet|annonce\w*|parl\w*|évoqu\w*|qualifi\w*|décri\w*|dénonc\w*|"
                                                   r"hopes|says|calls|called|describes|described|dismissed|"
                                                   # ("L'auteur de la fuite dit avoir agi pour « … »": the subject runs up
                                                   # to its verb of saying, complement included)
                                                   r"dit|disent|affirme|affirment|assure|assurent|explique|expliquent|estime|estiment)\b", clause)
    # ("the only goal seems to have been to block the system, “…”": a verb of seeming before an infinitive says the
    # clause has no speaker for its subject)
    if verb and _SEEMS_TO.search(clause, 0, verb.start()):
        return None
    if verb and len(clause[:verb.start()].split()) <= 5:
        return _clean(clause[:verb.start()], v)
    if verb and len(clause[:verb.start()].split()) <= 8 and _ISSUED_BY.match(_ARTICLE.sub("", clause[:verb.start()].strip())):
        return _clean(clause[:verb.start()], v)
    # ("the negotiation portal run by the Hive gang told the CCSS": a site speaks for whoever runs it)
    if verb and (run := _RUN_BY.match(clause[:verb.start()].strip())):
        return _clean(run.group(1), v)
    return _clean(m.group(1), v)


_SEEMS_TO = re.compile(r"\b(?:seems?|seemed|appears?|appeared|semble|semblent|sembl[ae]it|para[iî]t|paraissait)\s+"
                       r"(?:to|[àa]|avoir|être)?\s*$")


# What may stand between a quotation and the reporting verb after it: an auxiliary, and a verb of
# wishing that carries it ("», a tenu à préciser Hélène Carradec", "», a voulu rassurer le maire").
_WISH_VERBS = (r"(?:tenu|tient|tiennent|voulu|veut|veulent|souhaité|souhaite|souhaitent|cru\s+bon|wanted|wished|"
               r"was\s+keen)")
# (an object pronoun may come first: "», leur a répondu la compagnie")
_VERB_LEAD = re.compile(rf"\s*,?\s*(?:(?:leur|lui|nous|vous|y|en)\s+)?(?:a|ont|has|have)?\s*(?:{_WISH_VERBS}\s+(?:à|de|d['’]|to)?\s*)?")
# English verbs that close a quotation with their subject before them ('“…,” Jane Doe said', '“…,” Uber tweeted').
_SAID = (r"(?:said|says|told|tells|added|adds|wrote|writes|insisted|insists|explained|explains|warned|warns|stressed|"
         r"stresses|recalled|recalls|admitted|admits|tweeted|posted|stated|states|noted|notes|sighed|sighs|conceded|"
         r"concedes|acknowledged|acknowledges|argued|argues|replied|replies|continued|continues|confirmed|confirms|"
         r"cautioned|cautions|observed|observes|remarked|remarks|recounted|recounts|complained|complains|"
         r"quipped|quips|joked|jokes|urged|urges|read|reads|went\s+on|goes\s+on|"
         # ("“Please don't forward it,” the minister pleaded")
         r"pleaded|pleads|begged|begs|implored|implores)")


def _speaker_after(text: str, end: int, verbs: list[tuple[int, int]], v: Vocabulary) -> str | None:
    # "« ... » : c'est par ce message que l'enseigne a prévenu", "“...”: that is how the trust put it"
    # (the words' channel and time may come between: "c'est en ces termes, dans un bref communiqué diffusé
    # lundi à 16 h 30, que l'établissement a alerté la presse")
    cleft = re.match(r"\s*:\s*(?:c['’]est\s+[^«“\".;]{0,110}?\s+qu(?:e\s+|['’]\s*)|(?:that|this)\s+(?:is|was)\s+how\s+)",
                     text[end:], re.IGNORECASE)
    if cleft:
        # (its own clause only: "que l'établissement a alerté la presse, précisant qu'il...")
        return _subject(text[end + cleft.end():].split(",")[0], v)
    for start, stop in verbs:
        if end <= start <= end + 30 and _VERB_LEAD.fullmatch(text[end:start]):
            pronoun = re.match(r"(?:-t-|-)(il|elle|ils|elles)\b", text[stop:])
            if pronoun:
                return _PRONOUNS[pronoun.group(1)]
            impersonal = re.match(r"(?:-t)?-on\b(?:\s+(?:à|au|chez|du côté de)\s+)?", text[stop:])
            if impersonal:  # "», explique-t-on à la direction", "répond-on à la mairie": the body named after, or nobody
                return _named_after(text[stop + impersonal.end():], v) \
                    if impersonal.group(0).strip() not in ("-t-on", "-on") else UNNAMED
            rest = text[stop:]
            for skip in (_TIME, _VERB_ASIDE):
                m = skip.match(rest)
                rest = rest[m.end():] if m else rest
            return _named_after(rest, v)
    # "», lit-on dans le message adressé au personnel par le Parlement européen", "», peut-on lire dans un communiqué de
    # la mairie": who wrote the document; a statement alone speaks for the organisation (D7a)
    read_in = _READ_IN.match(text, end)
    if read_in:
        owner = _DOCUMENT_OWNER.search(read_in.group("doc"))
        if owner:
            return _named_after(owner.group(1), v)
        return _clean(read_in.group("doc"), v) if v.cues.org_document.search(Folded(read_in.group("doc"))) else UNNAMED
    reads = _READS.match(text, end)
    if reads:
        owners = find_mentions("organization", v, Folded(reads.group("doc")))
        if owners:
            return str(owners[0].value)
    # "», répond-on à la mairie", "», glisse-t-on chez l'opérateur": whoever speaks there, with any verb
    m = re.match(r"\s*,\s*[a-zà-ÿ]+(?:-t)?-on\s+(?:à|au|chez|du côté de)\s+", text[end:])
    if m:
        return _named_after(text[end + m.end():], v)
    # '“One FTP server was found to hold data resembling the sample,” was how the minister put it': the one
    # whose way of putting it the quotation was
    m = re.match(r"\s*,?\s*(?:was|is)\s+how\s+(.{2,90}?)\s+(?:put|puts|described|describes|summed|sums|phrased|phrases)"
                 r"\s+(?:it|things|the\s+matter)\b", text[end:])
    if m:
        return _clean(m.group(1), v)
    # ('“Serious and ongoing” was the verdict of Clare O'Neil', « tel est le verdict de … »: whose verdict the words are)
    m = re.match(r"\s*,?\s*(?:was|is|were|are|came|comes|fut|est|était)\s+(?:the\s+|le\s+|l['’]\s*)?"
                 r"(?:verdict|assessment|view|word|judgement|judgment|avis|jugement|constat|diagnostic)\s+(?:of|from|de|du|d['’])\s*",
                 text[end:])
    if m:
        return _named_after(text[end + m.end():], v)
    # ('“…,” it reads': the organisation's notice, which speaks for it)
    if re.match(r"\s*,?\s*it\s+(?:said|says|added|adds|stressed|insisted|explained|wrote|noted|warned|stated|reads|read|"
                r"posted|announced|continues|continued|confirmed|admitted|tweeted|told|tells|assured|assures)\b", text[end:]):
        return ORG_PRONOUN
    m = re.match(r"\s*,\s*(?:a|ont|avait|avaient)-t-(il|elle|ils|elles)\b|\s*,\s*(?:a|ont)-(ils|elles)\b", text[end:])
    if m:  # "», a-t-elle martelé devant la presse"
        return _PRONOUNS[m.group(1) or m.group(2)]
    m = _INVERTED.match(text, end)
    if m and m.group(1).lower() not in _NOT_A_VERB:
        return _PRONOUNS[m.group(3)]
    # ('“…,” he said', '“Rush it and we could reinfect the whole network,” he warned': any verb of saying the profile
    # lists)
    m = re.match(r"\s*,?\s*(he|she|they)\s+", text[end:])
    if m and any(s == end + m.end() for s, _e in verbs):
        return _PRONOUNS[m.group(1)]
    # "», comme l'assure l'entreprise", "», comme le précise l'ARS": the pronoun, the verb, then its subject
    m = re.match(r"\s*,\s*comme\s+(?:l['’]|le\s+|la\s+|les\s+)(?:(?:a|ont|avait)\s+)?[a-zà-ÿ]+\s+", text[end:])
    if m and re.match(r"[»”\"]", text[end - 1:end] or " "):
        return _named_after(text[end + m.end():], v)
    # ", tranche l'établissement", ", s'alarme une chercheuse": any verb, then its subject.
    # (a time between the verb and its subject: "», se félicitait à l'époque Cobolux")
    # (an auxiliary is a word of its own: the "a" of "and" is none, and "», and RansomHouse says" opens a clause)
    m = re.match(r"\s*,\s*(?:(?:leur|lui|nous|vous)\s+)?(?:(?:a|ont|se)\b\s*|(?:s['’]est|s['’]sont)\s*|s['’])?([a-zà-ÿ]+)\s+"
                 r"(?:(?:à\s+l['’]époque|alors|déjà|aujourd['’]hui)\s+)?"
                 r"(?=(?:encore\s+|aussi\s+)?(?:l['’]|le |la |les |un |une |[A-ZÀ-ÝĀ-Ž]))",
                 text[end:])
    if m and m.group(1).lower() not in _NOT_A_VERB and re.match(r"[»”\"]", text[end - 1:end] or " "):
        return _named_after(text[end + m.end():], v)
    # "...," Jane Miller, the hospital's chief executive, said / the IT director, Paul Grant, told reporters
    # (a title's full stop is no end: "Dr. Daniel Nigrin, chief information officer of …, told"; nor a middle initial's)
    m = re.match(rf"\s*,?\s*((?:(?:{_PHRASE_CHAR}|{_ABBREVIATED_DOT}){{2,90}}?,\s*){{2}}){_SAID}\b", text[end:],
                 re.IGNORECASE)
    if m and _apposed_speaker(m.group(1)):
        return _apposed_speaker(m.group(1))
    # "...", according to a statement from Northwind Health
    m = re.match(r"\s*,?\s*(?:according to|selon|d['’]après)\s+", text[end:], re.IGNORECASE)
    if m:
        return _named_after(text[end + m.end():], v)
    # "...," a consultant at the hospital, who asked not to be named, told the BBC
    m = re.match(rf"\s*,?\s*((?:a|an|the|one)\s+[^,.;:«»\"“”]{{2,60}}?),\s*(?:who|which)\b[^,]*,\s*{_SAID}\b",
                 text[end:], re.IGNORECASE)
    if m:
        return _clean(m.group(1), v)
    # "..." Jane Doe said. / "...", a Free spokesperson said.
    # (a word may carry dotted initials: "A.P. Moller-Maersk chief executive Søren Skou said")
    # (up to eight words: "county public safety communications officer Chuck Westerheide explained")
    m = re.match(rf"\s*,?\s*((?:(?:a|an|the|its|one|another)\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){{0,7}}?)\s+{_SAID}\b",
                 text[end:], re.IGNORECASE)
    # (or a lower-case title before a name: "chief executive Laura Kent told reporters")
    # (or people described without an article: "attorneys for one plaintiff wrote", D7d)
    if m and (m.group(1)[0].isupper() or _ARTICLE.match(m.group(1)) or _PERSON.search(m.group(1))
              or _PEOPLE.match(m.group(1)) or _role_voice(m.group(1), v)):
        return _clean(m.group(1), v)
    return None


# Where an impersonal verb of reading read the quotation ("», lit-on dans le message …", "», peut-on lire sur son site"),
# and who the document there is from ("… adressé au personnel par le Parlement européen", "un communiqué de la mairie").
_READ_IN = re.compile(r"\s*,\s*(?:lit-on|peut-on\s+lire|pouvait-on\s+lire|pourra-t-on\s+lire|pouvait-on\s+encore\s+lire|"
                      r"peut-on\s+encore\s+lire)\s+(?:dans|sur)\s+(?P<doc>[^,;.«»“”]{2,90})")
# ("“…,” reads a banner on Krispy Kreme's website": the document the words are read on, whose owner speaks)
_READS = re.compile(r"\s*,?\s*(?:reads|read|declared|declares)\s+(?P<doc>(?:a|an|the)\s+[^,;.«»“”]{2,90})")
_DOCUMENT_OWNER = re.compile(r"(?:\bpar|\bde|\bdu|\bdes|\bd['’])\s*((?:la\s+|le\s+|les\s+|l['’]\s*)?[A-ZÀ-ÝĀ-Ž].*)$")


# A role noun's voice with no article ("district officials", "hospital spokesman").
_ROLE_VOICE = re.compile(r"^([a-z]+)\s+(?:officials|spokes(?:man|woman|person))$")


def _role_voice(name: str, v: Vocabulary | None) -> bool:
    """Whether `name` is the voice of a body named by a role noun the profile lists ("“…,” district officials told
    them" speaks for the district as "the district said" does; "hospital officials" for the hospital)."""
    m = _ROLE_VOICE.match(name)
    if not m or v is None:
        return False
    role = Folded("the " + m.group(1))
    return any(s == 0 and e == len(role.low) for s, e in v.cues.org_anaphor.spans(role))


# People a text may describe with no article ("attorneys for one plaintiff", "officials at the county").
_PEOPLE = re.compile(r"(?:attorneys|lawyers|officials|doctors|nurses|staff|employees|workers|residents|parents|patients|"
                     r"students|researchers|experts|analysts|investigators|prosecutors|detectives|police)\s+"
                     r"(?:for|at|of|from|in|with)\s+\S")


# A lower-case role right before a capitalised name ending the text ("chief executive Erik Carlson").
_TITLED_NAME = re.compile(rf"(?<![\w'’])(?!(?:of|for|at|from|the|and|on|in|de|du|des|chez|pour)\b)[a-zà-ÿ-]{{4,}}\s+"
                          rf"({_PERSON_NAME})$")


# "in what chief executive Benny Higgins called “…”", "which medical director Antoni Castells called a
# “proof of life”", "ce que le maire a qualifié de « … »": the words named by their speaker.
_CALLED = re.compile(r"\b(?:what|which|ce\s+que|qu['’]|que)\s+((?:[\w'’.-]+\s+){1,6}?)(?:has\s+|had\s+|a\s+|avait\s+)?"
                     r"(?:called|calls|dubbed|described\s+as|termed|appelle|appelait|appelé|qualifie\s+de|qualifiait\s+de|"
                     r"qualifié\s+de|qualifié\s+d['’])\s*(?:a\s+|an\s+|the\s+|un\s+|une\s+)?$", re.IGNORECASE)


# An inverted verb of saying between commas, then a few words of the clause up to the quotation (", a-t-il reconnu,
# cause ", ", souligne-t-elle, reste "), or a pronoun and its verb so set off (", he admitted, does ").
_INVERTED_INCISE = re.compile(r",\s*((?:a-t-|avait-|aurait-|[a-zà-ÿ]+-(?:t-)?)(il|elle)(?:\s+[a-zà-ÿ]+)?|(he|she)\s+[a-z]+)"
                              r"\s*,\s*(?:[\w'’-]+\s+){1,3}$")


def _speaker_before(text: str, begin: int, verbs: list[tuple[int, int]], v: Vocabulary) -> str | None:
    prefix = text[:begin]
    # ("le piratage, a-t-il reconnu, cause « un réel tort »", 'the breach, he admitted, does "real harm"': a verb of
    # saying set off by commas inside the clause whose words are quoted gives them to its pronoun)
    incise = _INVERTED_INCISE.search(prefix)
    if incise and any(incise.start(1) <= s < incise.end(1) for s, _e in verbs):
        return _PRONOUNS[incise.group(2) or incise.group(3)]
    called = _CALLED.search(prefix)
    if called:
        subject = called.group(1).strip().lower()
        if subject in _PRONOUNS:
            return _PRONOUNS[subject]  # "which he called “too little, too late”"
        found = _clean(called.group(1), v)
        if found:
            return found
    # (the verb nearest the quotation frames it: "praised how TPG had told customers but warned that Australians “…”")
    for start, stop in sorted((vb for vb in verbs if vb[1] <= begin), reverse=True):
        if begin - 6 <= stop <= begin and not prefix[stop:].strip(" :,") or (
                # ("spoke of an outage “that is still affecting…”": what the words were about, then the words)
                stop <= begin and re.fullmatch(r"\s*(?:(?:to\s+|à\s+|au\s+|aux\s+)?(?:the\s+|an?\s+|l['’]\s*|la\s+|le\s+|les\s+)?"
                                               r"[\w'’-]+\s+)?(?:qu['’]|que|that)?\s*", prefix[stop:])) or (
                stop <= begin and _THAT_FRAGMENT.fullmatch(prefix[stop:])):
            head = _AUXILIARY.sub("", prefix[:start])
            # "la SNCB, qui dit « … »", "Rite Aid, the third-largest drugstore chain …, has acknowledged
            # a “…”": the name before the relative pronoun or the apposition
            antecedent = _antecedent(head, v)
            if antecedent:
                return antecedent
            following = _THEN.search(head)
            if following:
                # "», explique le docteur X, président de la CME, avant d'ajouter : « … »": X goes on
                return reported_speaker(Folded(prefix[:following.start()].rstrip(" ,")), v)
            if _apposed_speaker(head):
                return _apposed_speaker(head)
            coordinated = re.search(r"\b(?:mais|but|et|and)\s*$", head)
            head = _WHEN_SAID_BEFORE.sub("", re.split(r"[.;,»\"”—–]\s*|\b(?:mais|but|et|and)\s+", head)[-1].lstrip())
            if head.strip().lower() in _PRONOUNS:
                return _PRONOUNS[head.strip().lower()]  # "Word that …, he warned, “…”": whom "he" stands for
            # "on the earnings call chief executive Erik Carlson spoke of": a role, then the name, right
            # before the verb, whatever opens the clause
            titled = _TITLED_NAME.search(head.rstrip())
            if titled and _PERSON.fullmatch(titled.group(1)) and not find_mentions("organization", v, Folded(titled.group(1))):
                # ("Premier Ben Carroll": the office its capital joined to the name, the person without it)
                office = _OFFICE.match(titled.group(1))
                rest = titled.group(1)[office.end():] if office else ""
                return rest if _PERSON.fullmatch(rest) else _TITLE.sub("", titled.group(1))
            # ("Carol Bennett, chief executive of …, praised how quickly TPG had told customers but warned that
            # Australians “…”": the second verb's subject is the one the sentence opened on, not the last noun)
            opening = _OPENING_APPOSITION.match(prefix[:start])
            if coordinated and opening and _apposed_speaker(opening.group()):
                return _apposed_speaker(opening.group())
            found = _clean(_subject_words(head, v.lang), v)
            if found:
                return found
            if coordinated:
                # "Cloudflare said ..., and insisted that “…”": the verb shares the subject of the one before
                return reported_speaker(Folded(prefix[:coordinated.start()]), v)
            break  # ", adding: “": no subject of its own; the clause before has it
    m = _INTRODUCER_APPOSED.search(prefix)
    if m and _PERSON.fullmatch(m.group(1).strip()):
        return m.group(1).strip()
    m = _INTRODUCER.search(prefix)
    if m:
        return _clean(m.group(1), v)
    # "..., a union delegate pointed out, adding: “...”": the speaker of the tail before
    if re.search(r",\s*(?:adding|ajoutant|précisant|insistant|explaining|expliquant|before adding)\s*:?\s*$", prefix):
        return reported_speaker(Folded(prefix), v)
    # "Synnovis put it bluntly: “...", "France Travail a relayé un message : « ..."
    if prefix.rstrip().endswith(":"):
        tail = reported_speaker(Folded(prefix.rstrip()[:-1]), v)
        if tail:
            return tail  # "Une rançon a été réclamée, confirme le maire du Chesnay, ... : « ..."
        # (the last of two coordinated clauses: "..., and John Dwyer, director of research at X, agreed: “")
        # (a title's full stop ends no clause: "Mr. Cooper now says it has found …")
        clause = re.split(rf"(?:{_NOT_ABBREVIATED}\.|[;!?])\s+|,\s+(?:and|et|but|mais)\s+", prefix.rstrip()[:-1])[-1]
        # "Le directeur de la clinique, Paul Martin, l'a reconnu : «"
        # (however long what they say they did: "Son président, Sid Zerbo, dit avoir refusé d'emblée de verser les deux
        # millions de dollars exigés au départ : « … »")
        apposed = re.match(r"\s*(.+,\s*)(?:\S+\s*){1,10}$", clause) or _APPOSED_SAYS.match(clause)
        if apposed and _apposed_speaker(apposed.group(1)):
            return _apposed_speaker(apposed.group(1))
        # "Seule réaction de la Commission, celle de sa directrice des ressources humaines, Susanne Beisert : « … »": a
        # clause with no verb that ends on a person's name set off by a comma gives the words to that person
        last = re.search(r",\s*([^,]+?)\s*$", clause)
        if last and _PERSON.fullmatch(last.group(1)) and not _subject_verb(v).search(clause) \
                and not v.cues.reporting.spans(Folded(clause)):
            return last.group(1)
        clause = _past_opening(clause)
        m = _subject_verb(v).search(clause)
        if m and 0 < len(clause[:m.start()].split()) <= 8:
            # ("Mr. Cooper now says it has found …": the subject ends at its verb of saying, not at the verb of
            # what it says)
            subject = clause[:m.start()]
            said = [s for s, _e in v.cues.reporting.spans(Folded(subject)) if s > 0]
            return _clean(subject[:min(said)] if said else subject, v)
        # "..., one student feared: “": a tail of someone described and what they felt, after a comma
        felt = _FELT_TAIL.search(clause)
        if felt:
            return _clean(felt.group(1), v)
        return _subject(clause, v)
    return None


# A subject and its apposition, then a verb of saying and what it says, however long ("Son président, Sid Zerbo, dit
# avoir refusé …").
_APPOSED_SAYS = re.compile(r"\s*(.+,\s*)(?:dit|disent|affirme|affirment|assure|assurent|explique|expliquent|says|said|"
                           r"explains|explained|insists|insisted)\s+[^,;:]*$")


# A tail after a comma: a person described with an article, then one verb ("one student feared").
_FELT_TAIL = re.compile(r"(?:^|,)\s*((?:one|a|an|another|un|une|l['’]|le|la)\s*[a-zà-ÿ-]{3,})\s+[a-zà-ÿ]{3,}\s*$")


# After a verb of saying, a "that" clause whose first words come before a quoted fragment ("confirmed
# on Wednesday that an “unauthorised third party” had", "relève seulement que l'intercommunale « …").
_THAT_FRAGMENT = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:that\s+|que\s+|qu['’]\s*)(?:[\w'’-]+\s+){0,2}[\w'’-]*\s*")
# A relative pronoun or an apposition between a subject and its verb: "X, qui", "X, which", "X, a
# chain with 1,700 stores across 16 states,".
_RELATIVE_SUBJECT = re.compile(r",\s*(?:qui|which|who)\s*$")
_APPOSED_SUBJECT = re.compile(r",(?:[^,;:.«»“”\"]|(?<=\d)[,.](?=\d)){2,120},\s*$")


def _antecedent(head: str, v: Vocabulary) -> str | None:
    """The organisation or person a verb's subject stands for when a relative pronoun or an
    apposition comes between: the name that ends the text before it."""
    m = _RELATIVE_SUBJECT.search(head) or _APPOSED_SUBJECT.search(head)
    if not m:
        return None
    before = head[:m.start()]
    f = Folded(before)
    orgs = [o for o in find_mentions("organization", v, f) if o.value and not before[o.end:].strip(" »”\"")]
    if orgs:
        return str(orgs[-1].value)
    person = _PERSON.search(before)
    return _clean(person.group(1), v) if person and not _institution(person.group(1), v) \
        and not _PLACE_BEFORE.search(before, 0, person.start()) else None


# A clause's subject, then a relative pronoun or an apposition before its verb.
_RELATIVE_OPEN = re.compile(r"(.*?,\s*(?:qui|which|who))\s+\S")
_APPOSED_OPEN = re.compile(r"(\s*[^,]{2,60},(?:[^,;:.«»“”\"]|(?<=\d)[,.](?=\d)){2,120},)\s*(?:(?:has|have|had|a|ont|avait)\s+)?[a-zà-ÿ]")


def _opening_antecedent(clause: str, v: Vocabulary) -> str | None:
    """Whose words a fragment is when the clause's subject is set off from its verb: "L'initiative n'a
    guère plu à la SNCB, qui dit « étudier les options juridiques »", "Rite Aid, the third-largest
    drugstore chain …, has acknowledged a “limited cybersecurity incident”"."""
    for pattern in (_RELATIVE_OPEN, _APPOSED_OPEN):
        m = pattern.match(clause)
        # ("Son président, Willem Debreuckelaere, juge … « … »": the name in the apposition)
        found = (_antecedent(m.group(1), v) or (pattern is _APPOSED_OPEN and _apposed_speaker(m.group(1)))) if m else None
        if found:
            return found
    return None


# A reporting verb that follows another one, with no subject of its own ("avant d'ajouter", "before
# adding", "puis de conclure").
_THEN = re.compile(r"(?:^|[\s,])(?:avant\s+d['’]|avant\s+de|puis\s+d['’]|puis\s+de|before|then)\s*$", re.IGNORECASE)


def _whole_sentence(inner: str, text: str, begin: int) -> bool:
    """A quoted sentence ("« Nous avons tout coupé »") rather than a fragment woven into the sentence."""
    inner = inner.strip()
    starts_sentence = not text[:begin].strip() or text[:begin].rstrip().endswith((":", ".", "?", "!"))
    if not starts_sentence and _DETERMINER_BEFORE.search(text, 0, begin):
        return False  # 'blamed an “IT security issue”': a noun phrase, whatever its first letter
    return bool(inner) and (inner[0].isupper() or starts_sentence)


# An article or determiner just before a quotation: the quotation is a noun phrase in the sentence.
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|un|une|des|ce|cet|cette|son|sa|ses)\s*$",
                                re.IGNORECASE)


# A reporting verb and its subject set off by commas inside the quotation ("« Pour l'heure, reconnaît
# Bertrand Ringot, nous n'en savons rien »").
_INCISE = re.compile(r",\s*((?:a\s+|ont\s+)?[a-zà-ÿ]+)(?:-t-(?:il|elle|ils|elles))?\s+([^,;:«»“”\"]{2,60}?)\s*,")


def _incise(inner: str, v: Vocabulary) -> str | None:
    """The speaker named in an incise inside the quotation, where nothing outside it names one (past whom it was
    said to: "« Ce dossier, a déclaré à ZDNet Christophe Durand, prouve… »")."""
    for m in _INCISE.finditer(inner):
        verb = Folded(m.group(1))
        if any(e == len(verb.low) for _s, e in v.cues.reporting.spans(verb)):
            said_to = _TIME.match(" " + m.group(2))
            return _clean((" " + m.group(2))[said_to.end():] if said_to else m.group(2), v)
    return None


# What a notice or an article is called, right before the quotation: « intitulé », « au titre laconique de »,
# "headlined", "under the title"; a page's heading or an e-mail's subject line ("a page headed “We love you, Europe”",
# "under the subject line “Data Leak Urgent”", « avec pour objet »).
_TITLED_AS = re.compile(r"\b(?:intitul[ée]e?s?|titr[ée]e?s?|au\s+titre\s+(?:[a-zà-ÿ]+\s+)?(?:de|d['’])|sous\s+le\s+titre(?:\s+de)?|"
                        r"titled|entitled|headlined|headed|under\s+the\s+(?:heading|headline|title)|"
                        r"(?:under|with)\s+the\s+subject(?:\s+line)?|avec\s+(?:pour\s+)?objet|en\s+objet)\s*$", re.IGNORECASE)


# A quotation's closing mark, and its comma, right before.
_CLOSED_QUOTE = re.compile(r"[”»\"]\s*,?\s*$")


def find_quotes(f: Folded, v: Vocabulary) -> list[str | None]:
    """Speakers of the direct quotations in a sentence, in order: a name, PRONOUN, or UNNAMED."""
    verbs = v.cues.reporting.spans(f)
    # after a quotation, a verb of speaking closes it as a reporting verb does ("», a tenu à rassurer la présidente
    # du Conseil du trésor, Sonia LeBel"); before one, it is too loose a frame ("se borne à", "dresse un constat")
    # (set off by its comma: "« courriels sans importance » évoqués jusqu'ici" is a participle, not a speaker's verb)
    closing = sorted(verbs + [(s, e) for s, e in v.cues.speaking.spans(f) if re.search(r",\s*(?:\S+\s+){0,3}$", f.text[:s])]
                     # (and a verb that says only right after the quotation's own closing mark: "“…,” declared Lucy
                     # Caldwell"; not "declared a major incident", which is no speech)
                     + [(s, e) for s, e in v.cues.closes_quote.spans(f) if _CLOSED_QUOTE.search(f.text, 0, s)])
    speakers: list[str | None] = []
    for m in _QUOTE.finditer(f.text):
        inner = next(g for g in m.groups() if g is not None)
        if sum(bool(re.search(r"\w", word)) for word in inner.split()) < MIN_WORDS:
            continue  # (a sign is no word: "« à 99,9 % »" is two)
        if inner.strip()[:1].isupper() and re.search(r"(?:\b(?:le|la|les|du|au|the)\s+|\bl['’]\s*)$", f.text[:m.start()],
                                                     re.IGNORECASE):
            continue  # "le site de l'« Élection du timbre »": a title the article names, nobody's words
        if _TITLED_AS.search(f.text, 0, m.start()):
            continue  # "un communiqué au titre laconique de « Reprise des services »": its title, nobody's words
        if _GOES_BY.search(f.text, 0, m.start()):
            continue  # "le collectif qui se fait appeler « The Green Blood Group »": the name it goes by, nobody's words
        # ("Dallas County has confirmed an incident affecting what it calls a “portion of its environment,” County
        # Judge Clay Jenkins said": the words someone is said to call so are theirs, whoever reports the sentence)
        if _CALLED.search(f.text, 0, m.start()):
            speaker = _speaker_before(f.text, m.start(), verbs, v) or _speaker_after(f.text, m.end(), closing, v)
        else:
            speaker = _speaker_after(f.text, m.end(), closing, v) or _speaker_before(f.text, m.start(), verbs, v)
        speaker = speaker or _incise(inner, v)
        whole = _whole_sentence(inner, f.text, m.start())
        opening = _OPENING_SOURCE.match(f.text)
        if whole and opening and not _speaker_after(f.text, m.end(), closing, v) and \
                not any(opening.end() <= a < m.start() for a, _b in verbs):
            # "Selon vx-underground, ... : « dix minutes de conversation »": no verb of its own gives it to another
            speaker = _clean(opening.group(1), v)
        if not speaker and not whole:
            # A fragment woven into the sentence is its subject's words: "Selon le directeur, ...
            # l'hôpital ne déplorait « aucune perte »", "La direction espère rouvrir « dans la journée »".
            source = _OPENING_SOURCE.match(f.text)
            clause = re.split(r"[;:.!?]\s+|,\s+(?:mais|but|et|and)\s+", f.text[:m.start()])[-1]
            # "..., explique un expert, pour qui ce mélange « rend les arnaques crédibles »"
            relative = re.search(r"([^,;:«“\"]+),\s*(?:pour|selon|d['’]après|for)?\s*(?:qui|whom|who)\b[^,;«“\"]*$",
                                 f.text[:m.start()])
            # "..., a claim the group dismissed as « unfounded »": who rejects the claim speaks
            for _comma, noun in reversed(rebuttals(f, v)):
                if noun < m.start():
                    between = Folded(f.text[noun:m.start()])
                    nouns, rejects = v.cues.rebuttal_noun.spans(between), v.cues.rebuttal_verb.spans(between)
                    if nouns and rejects and nouns[0][1] <= rejects[0][0]:
                        speaker = _clean(between.text[nouns[0][1]:rejects[0][0]], v)
                    break
            # "the Health Service Journal reported, quoting senior figures who warned ... “weeks, not days”"
            quoting = re.search(r"\b(?:quoting|citing|citant)\s+([^,;:«“\"]+?)(?:\s+(?:who|whom|qui|that|selon|pour|d['’]après|according)\b|[,;:]|$)",
                                f.text[:m.start()], re.IGNORECASE)
            if quoting and not speaker:
                speaker = _clean(quoting.group(1), v)
            if relative and not speaker:
                antecedent = re.sub(r"^\s*(?:(?:a|ont|s['’]est|se)\s+)?[a-zà-ÿ]+(?:-t)?\s+(?=(?:l['’]|le |la |les |un |une |[A-ZÀ-ÝĀ-Ž]))",
                                    "", relative.group(1))
                speaker = _named_after(antecedent, v) if antecedent != relative.group(1) else None
                # ("c'est ce qu'a affirmé le 12 février, sur Twitter, le hacker éthique SAXX, pour qui …": the verb
                # before its time and place, its subject after them)
                if speaker is None and any(_ASIDES_THEN_SUBJECT.fullmatch(f.text, e, relative.start(1)) for _s, e in verbs):
                    speaker = _named_after(relative.group(1), v)
            if not speaker:
                # who reports in the fragment's own part of the sentence (up to its semicolon), not in a later one,
                # nor in an earlier one its part sets itself against ("Le groupe ALPHV affirme avoir chiffré … ;
                # l'entreprise, elle, se borne à évoquer un « … »")
                stop = re.compile(r"[;.!?](?:\s|$)").search(f.text, m.end())
                begin = max((b.end() for b in _SET_AGAINST.finditer(f.text, 0, m.start())), default=0)
                part = f.text[begin:stop.start() if stop else len(f.text)]
                speaker = reported_speaker(Folded(part) if part != f.text else f, v)
            if not speaker and not source:
                speaker = _opening_antecedent(clause, v)
            if not speaker:
                speaker = _clean(source.group(1), v) if source else _subject(clause, v)
        if isinstance(speaker, str) and not speaker.startswith("\x00") and v.cues.not_speaker.search(Folded(speaker)) \
                and len(speaker.split()) == 1:
            speaker = None  # "a decision Alberto Carvalho credits with …: “…”": no decision speaks
        if not speaker and whole and speakers and speakers[-1] != UNNAMED:
            speaker = speakers[-1]  # '"We were hit hard," said X. "But no data was taken."': X goes on
        if speaker:
            speakers.append(speaker)
        elif whole:
            speakers.append(UNNAMED)
    return speakers


# A part of a sentence set against the one before it by a stressed pronoun after its subject (« ; l'entreprise,
# elle, se borne à … »).
_SET_AGAINST = re.compile(r";\s+(?=[^,;:«»“”]{2,60},\s*(?:elle|lui|eux|elles)\s*,)")


# After an inverted verb of saying, its time and place set off by commas, up to its subject (« qu'a affirmé| le
# 12 février, sur Twitter, »).
_ASIDES_THEN_SUBJECT = re.compile(r"(?:\s+[^,;:«»“”]{1,30})?(?:,\s*[^,;:«»“”]{1,30}){1,2},\s*")
# Time words that may stand between a reporting verb and its inverted subject
# ("a précisé jeudi la directrice générale", "a fait savoir dans la nuit l'établissement").
_TIME = re.compile(r"\s*(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|désormais|"
                   r"toutefois|pourtant|également|ce matin|ce soir|dans la nuit|on \w+day|yesterday|again|also|"
                   # ("confiait en matinée un journaliste du quotidien")
                   r"en matinée|en soirée|dans la matinée|dans la soirée|en fin de journée|en début de soirée|"
                   # ("souligne d'emblée Steve Waterhouse", "a résumé en fin de matinée le directeur")
                   r"d['’]emblée|d['’]entrée|aussitôt|en fin de matinée|en début de matinée|en début d['’]après-midi)"
                   # ("a affirmé mardi soir Julie Morin")
                   r"(?:\s+(?i:soir|matin|midi|après-midi|morning|evening|night))?(?:\s+|(?=\s*,))"
                   # whom it was said to: "a expliqué au quotidien Sud Ouest la directrice adjointe"
                   r"|(?i:à|au|aux|to)\s+(?i:l['’]\s*|le |la |les |the )?(?i:quotidien |journal |site |radio |chaîne |"
                   # (as few capitalised words as leave a whole name after them: "a déclaré à ZDNet Christophe Durand")
                   # (a site by its address: "a assuré à Actu.fr Prisca Thevenot")
                   r"agence |magazine |newspaper )?(?!ICI\s)[A-ZÀ-ÝĀ-Ž][\w'’-]*(?:\.[a-z]{2,4})?(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]*)*?\s+"
                   r"(?=[a-zà-ÿ]|[A-ZÀ-ÝĀ-Ž][\w'’-]*\s+[A-ZÀ-ÝĀ-Ž])"
                   # or whom else: "a lancé aux pirates le directeur général du CICR", "told analysts"
                   r"|(?i:à|au|aux|to)\s+(?i:l['’]\s*|le |la |les |the )?(?i:pirates|hackers|journalistes|journalists|"
                   r"reporters|élus|salariés|employés|staff|lecteurs|readers|analystes|analysts|investisseurs|investors|"
                   r"actionnaires|shareholders|habitants|residents|familles|families)\s+"
                   # the station it was said on: "a expliqué mardi sur Bel RTL Albert Mabille"
                   r"|(?i:sur|à|au micro de|on)\s+(?i:l['’]\s*|le |la )?(?i:antenne de |plateau de |ondes de )?"
                   r"(?:Bel RTL|RTL|RTBF|RMC|BFMTV|BFM|LCI|franceinfo|France Info|France Inter|France Bleu|Europe 1|"
                   r"TF1|France 2|France 3|France 5|CNews|Radio-Canada|TVA|RTS|La Première|BBC|CNN|Sky News|NPR|CBC|"
                   # (France Bleu's local stations under their new name: "a assuré à ICI Poitou Antoine Cartigny")
                   r"ICI\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+|"
                   # the network it was posted on: "a réagi sur X le chercheur Clément Domingo"
                   r"X|Twitter|LinkedIn|Facebook|Mastodon|Bluesky|Threads|Instagram)\s+"
                   # the channel: "explique dans un communiqué la métropole", "said in a statement the trust"
                   r"|(?i:dans|par|via|sur|in|on)\s+(?i:un|une|son|sa|ses|a|an|its|their)\s+(?i:communiqué|message|"
                   r"courriel|courrier|lettre|note|vidéo|tweet|statement|letter|email|e-mail|post|video)\s+)+")


# A short aside in lower case between the verb and the speaker ("», se souvient, encore amer, Jean-François
# Fountaine"), up to the capital that opens the name.
# (or up to the article of a title: "», a tranché mercredi soir, devant le comité syndical, la présidente de la
# régie, Sylvie Marchand", with the time before it)
_VERB_ASIDE = re.compile(r"\s*,\s*[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}\s*,\s*(?=[A-ZÀ-ÝĀ-Ž]|(?:l['’]|le |la |les |the )[a-zà-ÿ])")


# A relative clause set off by commas inside a subject ("A GP in Lewisham, who asked not to be named,
# described"; "Maria Ohisalo, the interior minister, who met ministers on Sunday, said").
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|qui|dont)\b[^,]*,")


# A verb of wishing that carries the reporting verb, with its auxiliary ("a voulu [rassurer]", "a tenu à
# [préciser]", "wanted to [stress]").
_WISHING = re.compile(rf"(?:\s+(?:a|ont|avait|avaient|has|have|had))?\s+{_WISH_VERBS}\s*(?:à|de|d['’]|to)?\s*$")
# A subordinate clause of concession opening the sentence, not yet closed by its comma.
_CONCESSIVE_OPENING = re.compile(r"\s*(?:although|though|even though|even if|while|whilst|même si|bien que|alors que|quoique)\b[^,;:]*$",
                                 re.IGNORECASE)


# An article opening a subject; French "a" is the auxiliary, not the English article.
_LEADING_ARTICLE = {"fr": re.compile(r"\s*(?:l['’]|le |la |les |un |une )", re.IGNORECASE),
                    "en": re.compile(r"\s*(?:the |a |an |one |l['’]|le |la |les |un |une )", re.IGNORECASE)}


# A capitalised name set off by commas at the end of what comes before the verb ("…, Jasmine, said").
_APPOSED_NAME_END = re.compile(r",\s*([A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w'’-]+){0,2})\s*,\s*$")
# An auxiliary or a verb of being: words after "said" holding one are a clause, no speaker's name.
_FINITE_AFTER_SAID = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will|could|might|may)\b")


def reported_speaker(f: Folded, v: Vocabulary) -> str | None:
    """Who speaks in a sentence that reports words ("..., a précisé jeudi la directrice
    générale", "A GP in Lewisham, who asked not to be named, described...", "assure le
    distributeur nordiste"), for a quoted fragment or a later "-t-elle", "she said"."""
    text = f.text
    # the last verb: what a later pronoun stands for is who spoke last
    for start, end in sorted(v.cues.reporting.spans(f) + v.cues.speaking.spans(f), reverse=True):
        lead = _WISHING.sub("", text[:start])  # "Yoann Ehrhard, a voulu rassurer": the subject before the wish
        if _ISSUED_BY.match(text[start:]) and re.search(r"(?:^|\s)(?:les|la|le|l['’]|des|ses|leurs|the|its|their)\s*"
                                                         r"(?:[\w'’-]+\s+)?$", lead, re.IGNORECASE):
            continue  # "les premières estimations de la direction": a document, whose issuer the subject gives
        if _CONCESSIVE_OPENING.match(lead):
            continue  # "Although Genea says it is working hard, the agency would say only": the main clause speaks
        if _apposed_speaker(lead):
            return _apposed_speaker(lead)  # "Richard Horne, chief executive of the NCSC, said on the radio that"
        inverted = v.lang == "fr" or re.fullmatch(r"(?:said|says|added|adds|wrote|writes|explained|noted|warned|insisted)",
                                                   f.low[start:end])
        if inverted and re.search(r"[,»”\"]\s*(?:(?:a|ont|avait|s['’]est|se)\s+)?$", lead):
            rest = text[end:]
            rest = rest[_TIME.match(rest).end():] if _TIME.match(rest) else rest
            if re.match(r"\s*(?:-t-|-)(?:il|elle|ils|elles)\b", rest) or re.match(r"\s*(?:que|qu['’]|that)\b", rest):
                continue
            # "confirme son directeur": a possessive office (resolved by the caller) speaks too
            if re.match(r"\s*(?:l['’]|le |la |les |un |une |the |a |an |one |son |sa |its |[A-ZÀ-ÝĀ-Ž])", rest):
                found = _named_after(rest, v)
                # ("One customer, Jasmine, said the news had shocked her": after an apposition's comma the verb is
                # not inverted, and what follows it is what was said, with a verb of its own)
                if found and not _FINITE_AFTER_SAID.search(found):
                    return found
                # (the apposition then names who speaks: "One customer, a web developer, Jasmine, said")
                if found and (named := _APPOSED_NAME_END.search(lead)):
                    return named.group(1)
        coordinated = _coordinated_subject(lead, v)
        if coordinated:
            return coordinated
        # the subject before the verb, past a relative aside ("A GP in Lewisham, who asked not to be named, described")
        plain = _RELATIVE_ASIDE.sub("", lead)
        # (a dateline's dash ends what opens the sentence: "WASHINGTON, Monday (Reuters) — The University said")
        clause = re.split(r"[;:.!?»”]\s*|,\s+|\s[—–]\s+", plain)[-1] if plain.strip() else ""
        head = _AUXILIARY.sub("", _WHEN_SAID_BEFORE.sub("", clause.lstrip()))
        if re.search(r"(?:é|ée|és|ées)$", text[start:end]) and not re.search(r"\b(?:a|ont|avait|has|have)\s*$", lead):
            continue  # "les soins restent assurés": a participle, not a speaker's verb
        subject = _subject_words(head, v.lang)
        # ("Chick-fil-A says it is investigating reports … after comments … claimed that": words holding a verb of
        # saying of their own are a clause before this verb, not its subject)
        if v.cues.reporting.search(Folded(subject)):
            continue
        # ", an account the chief executive disputes": the claim's noun is not the speaker
        claim_noun = v.cues.rebuttal_noun.spans(Folded(subject))
        if claim_noun and claim_noun[0][0] == len(subject) - len(subject.lstrip()) \
                and len(subject[claim_noun[0][1]:].split()) >= 2:
            subject = subject[claim_noun[0][1]:].strip()
        # (or a role, then the person: "White House spokesman Josh Earnest said she had gone")
        named = _PERSON.fullmatch(subject.strip()) or find_mentions("organization", v, Folded(subject)) \
            or _ROLE_THEN_NAME.fullmatch(subject.strip()) or _TITLED_END.search(subject.strip())
        article = _LEADING_ARTICLE["fr" if v.lang == "fr" else "en"]
        if head and len(subject.split()) <= 8 and (named or article.match(head)):
            # ("les auteurs de SnapchatDB disent avoir voulu alerter": a handle in a described subject is who speaks,
            # as `_subject` reads it; not an acronym, as in "PRT spokesman Adam Brandolph")
            handle = None if named else _handle(f"{subject.strip()} {f.low[start:end]}")
            found = handle if handle and not handle.isupper() else _clean(subject, v)
            if found and found.lower() not in _NOT_A_VERB:
                return found
    return None


# A subject that is only where someone works, their role and their name ("White House spokesman Josh
# Earnest", "union president J. David Cox Sr.", "Emsisoft threat analyst Brett Callow").
_ROLE_THEN_NAME = re.compile(r"(?:[A-ZÀ-ÝĀ-Ž][\w'’.&-]*\s+){0,4}(?:[a-z]+\s+){0,2}"
                             r"(?:spokes(?:man|woman|person)|president|secretary|director|chief|executive|officer|"
                             r"minister|manager|counsel|attorney|lawyer|commissioner|chairman|chairwoman|judge|"
                             r"analyst|researcher|consultant|professor|lecturer|adviser|advisor|specialist|"
                             r"porte-parole|président|présidente|directeur|directrice|ministre|avocat|avocate)"
                             rf"\s+{_PERSON_NAME}")


def _coordinated_subject(lead: str, v: Vocabulary) -> str | None:
    """The subject of a reporting verb coordinated with the verb before it ("Maria Ohisalo, the
    interior minister, who ..., called the blackmail a shocking act and said: “…”"): the clause's
    opening name, with its apposition and asides; None when `lead` does not end in "and" / "et"."""
    if not re.search(r"\b(?:and|et)\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?$", lead + " "):
        return None
    clause = re.split(r"[;:.!?»”]\s*", _RELATIVE_ASIDE.sub(",", lead))[-1]
    apposed = re.match(r"\s*([^,]+,[^,]+,)", clause)
    if apposed and _apposed_speaker(apposed.group(1)):
        return _apposed_speaker(apposed.group(1))
    name = re.match(r"\s*((?:[A-ZÀ-ÝĀ-Ž][\w'’&-]*\s+)+)(?=[a-zà-ÿ])", clause)
    if name and (_PERSON.fullmatch(name.group(1).strip()) or find_mentions("organization", v, Folded(name.group(1)))):
        return _clean(name.group(1).strip(), v)
    return None


# A word of a person's name: capitalised, and a compound first name keeps its parts ("Jean-François").
# (a surname with a capital inside it keeps it: "McFarlane", "MacLeod", "O'Neil", "D'Amico")
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÝĀ-Ž][a-zà-ÿ'’]+(?:-[A-ZÀ-ÝĀ-Ža-zà-ÿ][a-zà-ÿ'’]+)*"
# A first and last name, a middle initial between them ("Peter K. Cutler").
_FULL_NAME = rf"{_NAME_WORD}(?:(?:\s+[A-Z]\.)?\s+{_NAME_WORD})+"


# A preposition of place before capitalised words makes them a place ("flown down from Happy
# Valley-Goose Bay", "à Saint-Renan"), not a person.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|of|à|en|dans|au|aux|vers|près de)\s+$", re.IGNORECASE)


# A surname alone opening a sentence as the subject of a verb of saying ("Crafar said that …", "Bertini would
# not say how long …", "Duffour affirme que …").
_SURNAME_SAYS = re.compile(r"\W*([A-ZÀ-ÝĀ-Ž][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+(?:(?:also|later|then|again|now)\s+)?"
                           r"(?:said|says|told|tells|added|adds|explained|stressed|insisted|noted|warned|wrote|"
                           r"would\s+not\s+say|declined|refused|a\s+(?:déclaré|indiqué|expliqué|précisé|ajouté|assuré|"
                           r"affirmé|souligné|confié)|explique|précise|ajoute|assure|affirme|indique|déclare|souligne)\b")


def opening_surname(text: str, v: Vocabulary) -> str | None:
    """The surname a sentence opens on as the one speaking ("Crafar said that …, “…,” he added"), for a
    pronoun speaker when no full name is in the sentence; not an organisation or a place."""
    m = _SURNAME_SAYS.match(text)
    if not m or m.group(1).lower() in _NOT_A_VERB | _OPENERS:
        return None
    name = m.group(1)
    if find_mentions("organization", v, Folded(name)) or find_mentions("region", v, Folded(name)) or _institution(name, v):
        return None
    return name


def keyword_people(keywords: tuple[str, ...], v: Vocabulary) -> list[str]:
    """The people among an incident's keywords ("Bob Bertini"): a newsroom lists the spokesman it
    keeps hearing, whom coverage then calls by his surname alone."""
    return [k for k in keywords if re.fullmatch(_FULL_NAME, k) and len(k.split()) <= 3
            and not find_mentions("organization", v, Folded(k)) and not find_mentions("region", v, Folded(k))
            and not _institution(k, v)]


def _outside_quotes(text: str) -> str:
    """The text with its quotations blanked out, offsets kept: their capitals name things, not who speaks."""
    return _QUOTE.sub(lambda q: " " * len(q.group()), text)


# A handle: one word with a capital inside it after a small letter ("SaxX", "GnosticPlayers", "ShinyHunters").
_CAMEL_HANDLE = re.compile(r"[A-Za-z][a-z]+[A-Z][A-Za-z0-9]*")


def alias_named(text: str) -> str | None:
    """The name the sentence's speaker goes by, given outside its quotations before the first one ("Sur un forum, un
    vendeur qui signe Ombre44 propose un fichier qui porterait, écrit-il, sur « plus de 31 000 voyageurs »"): whom a
    pronoun speaker stands for when nobody is named."""
    opening = _QUOTE.search(text)
    m = _ALIAS_ANYWHERE.search(text, 0, opening.start() if opening else len(text))
    return m.group(1) if m else None


def keyword_handles(keywords: tuple[str, ...], v: Vocabulary) -> list[str]:
    """The online handles among an incident's keywords ("SaxX"): a researcher or an attacker the press names
    by a handle alone, whom a later "», explique-t-il" or "he said" then stands for; no organisation."""
    return [k for k in keywords if _CAMEL_HANDLE.fullmatch(k) and not find_mentions("organization", v, Folded(k))]


def handle_named(text: str, handles: list[str]) -> str | None:
    """The last of `handles` a sentence has as a subject outside its quotations ("Prudent, SaxX a d'abord examiné")."""
    if not handles:
        return None  # (most incidents list none: nothing to look for in each sentence)
    outside = _outside_quotes(text)
    # (as a subject: opening the sentence or after a comma, a verb after it; "la carte SwissPass" names a thing)
    found = [(m.start(), h) for h in handles
             for m in re.finditer(rf"(?:^\W*|,\s+){re.escape(h)}\s+[a-zà-ÿ]", outside)]
    return max(found)[1] if found else None


def _institution(name: str, v: Vocabulary) -> bool:
    """Whether capitalised words name an institution or a place rather than a person: in English
    its last word or its first says what it is ("the Health Sciences Centre", "Port Botany"), in
    French its first ("la Commission de la protection de la vie privée")."""
    words = fold(name).split()
    if not words:
        return False
    ends = (words[0], words[-1]) if v.lang == "en" else (words[0],)
    return any(v.cues.institution_head.search(Folded(w)) for w in ends)


# (or wrote to: "she wrote in an email to The Canadian Press", "dans un courriel adressé au Devoir")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|auprès\s+de|au\s+micro\s+de|(?:e-?mail|statement|letter|message)\s+to|"
                          r"(?:courriel|message|lettre)\s+(?:adressée?\s+)?(?:à|au))\s+(?:the\s+)?(?:\S+['’]s\s+)?$",
                          re.IGNORECASE)


def _name_opens_before(head: str) -> bool:
    """Whether `head`, the sentence up to a name found in it, is the start of that name: capitalised words alone,
    the first no opener ("Selon", "Pour") nor an elided article ("L'activiste")."""
    words = head.split()
    return bool(words) and head[-1:].isspace() and all(re.fullmatch(r"[A-ZÀ-ÝĀ-Ž][\w-]*", w) for w in words) \
        and words[0].lower() not in _NOT_A_VERB | _OPENERS


# A person's firm after "of" opened by its acronym ("Setu Kulkarni of NTT Application Security").
_AFFILIATION_BEFORE = re.compile(r"\bof\s+[A-Z]{2,}\s+$")


def people_named(text: str, v: Vocabulary | None = None) -> list[str]:
    """The people a sentence names in full past its opening words, in order (`named_person` takes the last; a later
    surname alone may stand for any of them)."""
    # (not inside a quotation, whose capitals name things: "“IHG One Rewards accounts are out of reach,” he
    # wrote"; nor the newsroom someone spoke to: "told RNZ's Midday Report")
    outside = _outside_quotes(text)
    found = [m.group(1) for m in re.finditer(rf"(?<![.!?»“\"]\s)(?<!^)(?<![\w-])({_FULL_NAME})", outside)
             if not _PLACE_BEFORE.search(text, 0, m.start())
             and not _TOLD_BEFORE.search(text, 0, m.start())
             # (nor the tail of a name that opens the sentence: "Semuel Abrijani Pangerapan, who ran …" is no
             # "Abrijani Pangerapan")
             and not _name_opens_before(text[:m.start()])
             # "told the Daily Mail": a name after "the" is a title or a body, not a person (a title stays: "the Rev")
             and not (re.search(r"\bthe\s+$", text[:m.start()], re.IGNORECASE) and not _TITLE.match(m.group(1) + " X"))
             # (nor the firm a person is of, past its acronym: "Setu Kulkarni of NTT Application Security told")
             and not _AFFILIATION_BEFORE.search(text, 0, m.start())]
    if v is not None:  # "Selon Jean-François Rial, PDG de Harwick Freight": the company is no person
        found = [name for name in found if not find_mentions("organization", v, Folded(name)) and not _institution(name, v)]
    # (nor an office written capitalised after the name it follows: "Timothy Pilgrim, the Information and Privacy
    # Commissioner, said")
    found = [name for name in found if not _OFFICE_ENDS.search(name)]
    return [_untitled(name) for name in found]


def named_person(text: str, v: Vocabulary | None = None, people: list[str] | None = None) -> str | None:
    """The last person named in a sentence ("Its director, Hélène Marchand, said..."), for a later "-t-elle".

    A sentence's first words are capitalised whatever they are ("Le Monde", "La Clinique"): a name
    that opens it counts only where nothing else is named, its first word is no article or
    preposition, a verb follows ("Marie Dupont dirige la clinique.") and it names no organisation.
    `people` is `people_named(text, v)` where the caller has it already."""
    found = people if people is not None else people_named(text, v)
    if found:
        return found[-1]
    # (or an apposition follows: "Karim Benali, a security consultant, was blunt"; or the age: "Shlomo Brill, 81, had
    # fasted", « Jeanne Roux, 67 ans, raconte »)
    opening = re.match(rf"\s*({_FULL_NAME})(?:\s+|\s*,\s*(?:\d{{1,3}}(?:\s+ans)?\s*,\s*)?)[a-zà-ÿ]", text)
    if not opening or opening.group(1).split()[0].lower() in _NOT_A_VERB | _OPENERS:
        return None
    if v is not None and (find_mentions("organization", v, Folded(opening.group(1)))
                          or find_mentions("region", v, Folded(opening.group(1)))):
        return None
    # (its possessive too: "Nicholas Quinlan's email arrived at 6:30 a.m.")
    return _untitled(re.sub(r"['’]s$", "", opening.group(1)))


# An office that ends a run of capitalised words, which is then no person's name ("Privacy Commissioner").
_OFFICE_ENDS = re.compile(r"\s(?:Commissioner|Minister|Ministre|Secretary|Director|Directeur|Directrice|Officer|Chairman|"
                          r"Chairwoman|President|Président|Présidente|Governor|Mayor|Maire|Spokesman|Spokeswoman|"
                          r"Spokesperson|Ombudsman|Controller|Inspector)$")


def in_full_here(text: str, surname: str, v: Vocabulary, people: list[str] | None = None) -> str | None:
    """The person the sentence names in full whose surname is this one word, outside its quotations ("Timothy
    Pilgrim, the Information and Privacy Commissioner, said … “…,” Pilgrim said": Timothy Pilgrim), the one it opens
    on too; None otherwise. `people` is `people_named(text, v)` where the caller has it already."""
    if " " in surname or not surname[:1].isupper():
        return None
    people = people if people is not None else people_named(text, v)
    return next((p for p in [*people, named_person(text, v, people)]
                 if p and " " in p and p.split()[-1] == surname), None)


def _untitled(name: str) -> str:
    """A person's name without the title or office before it: "Le Dr Pascal Pierre" is Pascal Pierre, "Attorney
    General Daniel Cameron" Daniel Cameron ("Assistant Chief Constable Colin McFarlane": the rank after the office goes
    too)."""
    name = _TITLE.sub("", name)
    office = _OFFICE.match(name)
    return _TITLE.sub("", name[office.end():]) if office and _PERSON.fullmatch(name[office.end():]) else name
