"""Quotations cluster by their speaker's one name, whatever the language or the wording."""

from __future__ import annotations

import pytest

from claims.extraction.lexicon import load_profile
from claims.grouping.speakers import canonical_speaker, full_names
from claims.pipeline import run_pipeline
from tests.claims.seed import INCIDENT, SETTINGS, add_article


@pytest.mark.parametrize("value, expected", [
    ("ARS Normandie", "ARS Normandie"),
    ("l'ARS Normandie", "ARS Normandie"),
    ("agence régionale de santé de Normandie", "ARS Normandie"),
    ("Normandy health agency", "ARS Normandie"),
    ("the Normandy regional health agency", "ARS Normandie"),
    ("Pays de la Loire health agency", "ARS Pays de la Loire"),
    ("GRADeS de Normandie", "GRADeS Normandie"),
    ("le Dr Yannick Guérin", "Yannick Guérin"),
    ("Ms Ferrand-Oury", "Ferrand-Oury"),
])
def test_one_name_per_speaker(value, expected):
    assert canonical_speaker(value, load_profile()) == expected


def test_a_surname_alone_takes_the_one_full_name_known():
    assert full_names("Ferrand-Oury", ["Mathilde Ferrand-Oury", "Nadia Boukhris"]) == "Mathilde Ferrand-Oury"
    assert full_names("Martin", ["Anne Martin", "Paul Martin"]) == "Martin"  # two candidates: left alone


FR = ("Cyberattaque contre les services e-santé des GRADeS : des données d'identité de patients de Normandie "
      "ont été dérobées.\n« Nous avons coupé les accès frauduleux dans l'heure », a déclaré l'ARS Normandie.")
EN = ("Cyberattack on the GRADeS e-health services: identity data of patients in Normandy was stolen.\n"
      "“We cut off the fraudulent access within the hour,” said the Normandy health agency.")


def test_the_agency_quoted_in_french_and_in_english_is_one_cluster(db, real_embedder):
    add_article(db, "Le Courrier normand", FR, published="2025-09-10T08:00:00+00:00")
    english = add_article(db, "The Channel Post", EN, published="2025-09-10T09:00:00+00:00")
    with db.transaction():
        db.execute("UPDATE articles SET language = 'en' WHERE id = ?", [english])
    report = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder)
    assert report.ok, report.errors
    rows = db.execute("SELECT key, claim_count, source_count FROM clusters WHERE slot = 'quote'").fetchall()
    assert rows == [("quote|ARS Normandie|asserted", 2, 2)]
