"""Sentence pools and outlet furniture for the generated corpus: invented text about an invented e-health incident."""

from __future__ import annotations

# Slot fillers. Placeholders in the templates below are {org}, {n}, {region}, {data}, {vector},
# {day}, {person}, {role}, {town}; each language has its own values.
FILL = {
    "fr": {
        "org": ["l'ARS Normandie", "l'ARS Hauts-de-France", "le GRADeS Normandie", "l'ARS Pays de la Loire",
                "le groupement e-santé régional", "l'Assurance maladie", "le centre hospitalier de Caen",
                "la CNIL", "l'ANSSI", "le CERT Santé", "l'éditeur Medilogis", "le GIP e-santé de l'Ouest"],
        "n": ["1,4 million", "750 000", "plus de 300 000", "près de deux millions", "une dizaine",
              "quelque 120 000", "28 000", "un demi-million", "moins de 5 000", "environ 900 000"],
        "region": ["Normandie", "Hauts-de-France", "Pays de la Loire", "Bretagne", "Centre-Val de Loire",
                   "Île-de-France", "Grand Est", "Nouvelle-Aquitaine"],
        "data": ["les noms et prénoms", "les dates de naissance", "les numéros de sécurité sociale",
                 "des données de santé", "les adresses postales", "les numéros de téléphone",
                 "des comptes rendus médicaux", "les adresses e-mail", "des coordonnées bancaires",
                 "les identifiants de connexion"],
        "vector": ["un hameçonnage ciblé", "des identifiants volés", "un rançongiciel",
                   "une faille du portail de téléconsultation", "l'usurpation de comptes de soignants",
                   "un prestataire compromis", "un mot de passe réutilisé"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "le 8 septembre", "le 9 septembre",
                "le 10 septembre", "hier", "la semaine dernière", "dimanche soir"],
        "person": ["Claire Dumoulin", "Yannick Le Bris", "Sophie Marchand", "Karim Benali", "Hélène Vasseur",
                   "Pierre-Alain Rousset", "Nadia Ferhat", "Julien Caradec", "Anne Lefeuvre", "Marc Deschamps"],
        "role": ["directrice générale de l'ARS", "chercheur en sécurité", "porte-parole du GRADeS",
                 "délégué à la protection des données", "président de l'association de patients",
                 "responsable de la sécurité informatique", "avocate spécialisée", "médecin généraliste"],
        "town": ["Caen", "Rouen", "Lille", "Nantes", "Amiens", "Le Havre", "Angers", "Cherbourg", "Évreux"],
    },
    "en": {
        "org": ["the Normandy health agency", "the Hauts-de-France ARS", "GRADeS Normandie",
                "the Pays de la Loire health agency", "the regional e-health group", "the national health insurer",
                "Caen university hospital", "the CNIL data regulator", "ANSSI, the national cyber agency",
                "the health CERT", "the software vendor Medilogis", "the western e-health consortium"],
        "n": ["1.4 million", "750,000", "more than 300,000", "nearly two million", "about ten",
              "some 120,000", "28,000", "half a million", "fewer than 5,000", "around 900,000"],
        "region": ["Normandy", "Hauts-de-France", "Pays de la Loire", "Brittany", "Centre-Val de Loire",
                   "Ile-de-France", "Grand Est", "Nouvelle-Aquitaine"],
        "data": ["names and first names", "dates of birth", "social security numbers", "health data",
                 "postal addresses", "phone numbers", "medical reports", "email addresses",
                 "bank details", "login credentials"],
        "vector": ["targeted phishing", "stolen credentials", "ransomware",
                   "a flaw in the teleconsultation portal", "hijacked clinician accounts",
                   "a compromised contractor", "a reused password"],
        "day": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on 8 September",
                "on 9 September", "on 10 September", "yesterday", "last week", "late on Sunday"],
        "person": ["Claire Dumoulin", "Yannick Le Bris", "Sophie Marchand", "Karim Benali", "Helen Vasseur",
                   "Pierre-Alain Rousset", "Nadia Ferhat", "Julian Caradec", "Anne Lefeuvre", "Mark Deschamps"],
        "role": ["director general of the agency", "a security researcher", "a GRADeS spokesperson",
                 "the data protection officer", "head of the patients' association",
                 "the chief information security officer", "a data-protection lawyer", "a family doctor"],
        "town": ["Caen", "Rouen", "Lille", "Nantes", "Amiens", "Le Havre", "Angers", "Cherbourg", "Evreux"],
    },
}

# Sentences that state something about the incident: what the claim extractor reads.
CLAIMS = {
    "fr": [
        "Les données de {n} patients auraient été dérobées lors de l'attaque, selon {org}.",
        "{org} confirme que {data} de {n} personnes ont été consultés par les pirates.",
        "L'attaque, découverte {day}, touche les services numériques de santé en {region}.",
        "Aucune donnée médicale n'a été exfiltrée, assure {org} dans un communiqué.",
        "Les pirates auraient utilisé {vector} pour accéder aux serveurs du groupement.",
        "La {region} ne serait pas concernée par la fuite, d'après les premières constatations.",
        "Selon nos informations, {data} figureraient parmi les fichiers mis en vente.",
        "{org} a porté plainte {day} et notifié l'incident à la CNIL.",
        "Les patients de {region} et de {region2} sont invités à la plus grande vigilance.",
        "Il n'est pas exclu que {data} aient également été copiés.",
        "L'intrusion remonterait à {day}, soit plusieurs jours avant sa détection.",
        "{org} dément toute demande de rançon à ce stade.",
        "Le nombre de personnes concernées pourrait atteindre {n}, estime un expert.",
        "Les comptes de {n} professionnels de santé ont été usurpés, précise {org}.",
        "Les services de prise de rendez-vous restent fermés en {region} depuis {day}.",
        "D'après {org}, ni {data} ni {data2} n'ont été touchés.",
        "Un fichier présenté comme issu de la fuite circule sur un forum depuis {day}.",
        "La fuite concernerait {data} mais pas {data2}, indique {org}.",
        "Le groupe de pirates revendique le vol de {n} dossiers sur son site.",
        "{org} évoque {vector} comme origine probable de la compromission.",
    ],
    "en": [
        "The data of {n} patients was reportedly stolen in the attack, according to {org}.",
        "{org} confirmed that {data} of {n} people had been accessed by the attackers.",
        "The attack, discovered {day}, hit digital health services in {region}.",
        "No medical data was exfiltrated, {org} said in a statement.",
        "The hackers are believed to have used {vector} to reach the consortium's servers.",
        "{region} does not appear to be affected by the leak, according to early findings.",
        "According to our sources, {data} were among the files put up for sale.",
        "{org} filed a complaint {day} and notified the CNIL of the incident.",
        "Patients in {region} and {region2} have been urged to remain vigilant.",
        "It cannot be ruled out that {data} were copied as well.",
        "The intrusion reportedly began {day}, several days before it was detected.",
        "{org} denied receiving any ransom demand at this stage.",
        "The number of people affected could reach {n}, one expert estimated.",
        "The accounts of {n} health professionals were hijacked, {org} said.",
        "Appointment services in {region} have remained offline since {day}.",
        "According to {org}, neither {data} nor {data2} were affected.",
        "A file presented as coming from the leak has circulated on a forum since {day}.",
        "The leak reportedly involves {data} but not {data2}, {org} said.",
        "The hacking group claims on its website to have stolen {n} records.",
        "{org} pointed to {vector} as the likely origin of the breach.",
    ],
}

# Context and colour: sentences with no claim about the incident, as in any news story.
CONTEXT = {
    "fr": [
        "À {town}, les files d'attente se sont allongées devant les cabinets de radiologie.",
        "Les établissements de santé sont devenus des cibles privilégiées ces dernières années.",
        "En 2023, un hôpital de la région avait déjà été paralysé pendant plusieurs semaines.",
        "Les plateformes régionales centralisent les rendez-vous, les résultats d'examens et la messagerie des soignants.",
        "Plusieurs associations demandent un audit indépendant des systèmes concernés.",
        "La messagerie sécurisée des soignants fonctionnait normalement mardi matin à {town}.",
        "Le ministère a réuni une cellule de crise en fin de journée.",
        "Les experts rappellent que les données de santé se revendent cher sur les marchés clandestins.",
        "Ne communiquez jamais vos identifiants par téléphone ou par courriel.",
        "Un numéro vert a été mis en place pour répondre aux questions des patients.",
        "Les élus locaux réclament davantage de moyens pour la cybersécurité des hôpitaux.",
        "Le parquet de Paris, compétent en matière de cybercriminalité, pourrait se saisir de l'affaire.",
        "Des médecins de {town} disent avoir reçu des appels de patients inquiets toute la matinée.",
        "La plateforme avait fait l'objet d'une mise à jour importante au printemps.",
    ],
    "en": [
        "In {town}, queues grew outside radiology practices.",
        "Healthcare providers have become favoured targets in recent years.",
        "In 2023 a hospital in the region was paralysed for several weeks.",
        "The regional platforms centralise appointments, test results and clinicians' messaging.",
        "Several associations have called for an independent audit of the systems involved.",
        "Clinicians' secure messaging was working normally in {town} on Tuesday morning.",
        "The ministry convened a crisis unit late in the day.",
        "Experts point out that health data fetches high prices on underground markets.",
        "Never share your login details by phone or email.",
        "A free helpline has been set up to answer patients' questions.",
        "Local councillors are calling for more money for hospital cybersecurity.",
        "The Paris prosecutor's cybercrime unit could take up the case.",
        "Doctors in {town} said they had taken calls from worried patients all morning.",
        "The platform underwent a major update in the spring.",
    ],
}

QUOTES = {
    "fr": [
        "« Nous avons immédiatement isolé les serveurs concernés », explique {person}, {role}.",
        "« Il est trop tôt pour mesurer l'ampleur de la fuite », estime {person}, {role}.",
        "« Les patients doivent se méfier des appels se réclamant de leur médecin », prévient {person}, {role}.",
        "« C'est un scénario que nous redoutions depuis longtemps », confie {person}, {role}.",
        "« Aucune donnée bancaire n'était stockée sur ces serveurs », affirme {person}, {role}.",
        "« Nous saurons dans quelques jours ce qui a réellement été copié », ajoute {person}, {role}.",
    ],
    "en": [
        "\"We isolated the affected servers immediately,\" said {person}, {role}.",
        "\"It is too early to measure the scale of the leak,\" said {person}, {role}.",
        "\"Patients should be wary of calls claiming to come from their doctor,\" warned {person}, {role}.",
        "\"This is a scenario we had feared for a long time,\" {person}, {role}, told us.",
        "\"No bank data was stored on those servers,\" insisted {person}, {role}.",
        "\"We will know in a few days what was really copied,\" added {person}, {role}.",
    ],
}

OPENERS = {
    "fr": ["", "", "", "Par ailleurs, ", "De son côté, ", "Dans le même temps, ", "Toujours selon nos sources, ",
           "Autre élément, ", "Enfin, ", "Pour l'heure, "],
    "en": ["", "", "", "Meanwhile, ", "For its part, ", "At the same time, ", "Separately, ", "Also, ",
           "Finally, ", "For now, "],
}

TITLES = {
    "fr": ["Cyberattaque : {n} patients concernés en {region}", "Fuite de données de santé : ce que l'on sait",
           "{org} visée par une cyberattaque", "Piratage des services e-santé : {data} en cause",
           "Cyberattaque en {region} : les patients appelés à la vigilance",
           "Données de santé volées : l'enquête progresse", "Après l'attaque, {org} s'explique"],
    "en": ["Cyberattack: {n} patients affected in {region}", "Health data leak: what we know",
           "{org} hit by a cyberattack", "E-health services hacked: {data} at stake",
           "Cyberattack in {region}: patients urged to be vigilant", "Stolen health data: the inquiry moves on",
           "After the attack, {org} explains itself"],
}

COMMENTS = {
    "fr": ["Encore une fois les patients paient les pots cassés.", "Qui est responsable de la sécurité ?",
           "J'ai reçu un SMS bizarre hier, je comprends mieux.", "Il faut arrêter de tout centraliser.",
           "Merci pour cet article clair.", "Et les sauvegardes, elles existent ?"],
    "en": ["Once again patients pay the price.", "Who is responsible for security?",
           "I got a strange text yesterday, now I understand.", "Stop centralising everything.",
           "Thanks for a clear article.", "Were there no backups?"],
}

SECTIONS = {
    "fr": ["Actualité", "Société", "Santé", "Économie", "Faits divers", "Régions", "Politique", "Culture",
           "Sports", "Sciences", "Numérique", "Monde", "Opinions", "Vidéos", "Podcasts", "Services"],
    "en": ["News", "Society", "Health", "Business", "Crime", "Regions", "Politics", "Culture",
           "Sport", "Science", "Technology", "World", "Opinion", "Video", "Podcasts", "Services"],
}

# Invented outlets: (slug, display name, language, feed format, official).
OUTLETS = [
    ("vigie", "La Vigie du Nord", "fr", "rss", False),
    ("courrier", "Le Courrier normand", "fr", "atom", False),
    ("estuaire", "L'Écho de l'Estuaire", "fr", "rss", False),
    ("cyberscope", "Cyberscope", "fr", "atom", False),
    ("matin", "France Matin", "fr", "rss", False),
    ("ars-normandie", "ARS Normandie", "fr", "rss", True),
    ("channelpost", "The Channel Post", "en", "rss", False),
    ("eurosec", "EuroSec Weekly", "en", "atom", False),
    ("wire", "Continental Wire", "en", "rss", False),
    ("ouest-info", "Ouest Info", "fr", "rss", False),
]
