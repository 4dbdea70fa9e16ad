"""The claims pipeline end to end on a small corpus: real extractor, real model, real SQLite file."""

from __future__ import annotations

from claims.pipeline import run_pipeline
from tests.claims.seed import INCIDENT, SETTINGS, add_article

OFFICIAL = ("L'agence régionale de santé (ARS) Normandie informe d'une cyberattaque visant les services du GRADeS. "
            "Des attaquants ont usurpé les comptes d'une dizaine de professionnels de santé. "
            "Les données dérobées sont des données d'identité des patients : nom, prénom et âge. "
            "Aucune donnée médicale n'a été dérobée. "
            "Une plainte a été déposée et la CNIL a été notifiée.")
PRESS = ("Cyberattaque contre le GRADeS : des données médicales de patients ont été dérobées, selon nos "
         "informations. Les pirates auraient utilisé une cinquantaine de comptes de professionnels de santé. "
         "Les nom, prénom et âge des patients ont été volés. "
         "Une plainte a été déposée et la CNIL a été notifiée, indique l'ARS.")
OFF_TOPIC = "Le nouveau pôle mère-enfant de l'hôpital Saint-Aurèle ouvrira ses portes en octobre, annonce le maire."


def run(db, embedder, **kw):
    return run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=embedder, **kw)


def verdicts(db):
    return {(r[0], r[1], r[2]): r[3] for r in db.execute(
        "SELECT slot, value, polarity, verdict FROM clusters WHERE claim_count > 0 AND slot IS NOT NULL")}


def seed(db):
    add_article(db, "ARS Normandie", OFFICIAL, official=True, published="2025-09-09")
    add_article(db, "La Gazette", PRESS, published="2025-09-10")
    return add_article(db, "La Gazette", OFF_TOPIC, title="Un pôle mère-enfant à Saint-Aurèle")


def test_pipeline_judges_against_the_official_source(db, real_embedder):
    off_topic = seed(db)
    report = run(db, real_embedder)
    assert report.ok, report.errors
    assert report.counts["articles"] == 3
    v = verdicts(db)
    assert v[("data_category", "medical", "asserted")] == "contradicted"
    assert v[("data_category", "medical", "denied")] == "confirmed"
    assert v[("accounts_compromised", "50", "asserted")] == "contradicted"
    assert v[("accounts_compromised", "10", "asserted")] == "confirmed"
    assert v[("data_category", "identity", "asserted")] == "confirmed"
    scope = db.execute("SELECT in_incident FROM article_scope WHERE article_id = ?", [off_topic]).fetchone()
    assert scope == (0,)
    assert db.execute("SELECT count(*) FROM claims WHERE article_id = ? AND cluster_id IS NOT NULL",
                      [off_topic]).fetchone()[0] == 0
    assert "3 articles analysed" in report.summary()


def test_a_second_run_computes_no_embedding_and_changes_nothing(db, real_embedder):
    seed(db)
    run(db, real_embedder)
    state = db.execute("SELECT id, cluster_id FROM claims ORDER BY id").fetchall()
    encoded = real_embedder.texts_encoded
    again = run(db, real_embedder)
    assert again.counts["embedded"] == 0 and again.counts["articles"] == 0
    assert real_embedder.texts_encoded == encoded
    assert db.execute("SELECT id, cluster_id FROM claims ORDER BY id").fetchall() == state


def test_reprocess_keeps_ids_and_editors_verdicts(db, real_embedder):
    seed(db)
    run(db, real_embedder)
    claims = db.execute("SELECT id, key, cluster_id FROM claims ORDER BY id").fetchall()
    target = db.execute("SELECT id FROM clusters WHERE key = 'data_category|medical|asserted'").fetchone()[0]
    free = db.execute("SELECT id FROM clusters WHERE slot IS NULL AND claim_count > 0").fetchall()
    with db.transaction():  # what claims.editorial.set_verdict records
        db.execute("INSERT INTO editor_verdicts (cluster_id, verdict, reason, editor, at) "
                   "VALUES (?, 'disputed', 'the ARS later hedged', 'alice', '2025-09-12T10:00:00+00:00')", [target])
    encoded = real_embedder.texts_encoded
    report = run(db, real_embedder, reprocess=True)
    assert report.ok and report.counts["articles"] == 3
    assert db.execute("SELECT id, key, cluster_id FROM claims ORDER BY id").fetchall() == claims
    assert db.execute("SELECT id FROM clusters WHERE slot IS NULL AND claim_count > 0").fetchall() == free
    row = db.execute("SELECT verdict, verdict_by, verdict_note, computed_verdict FROM clusters WHERE id = ?",
                     [target]).fetchone()
    assert row == ("disputed", "alice", "the ARS later hedged", "contradicted")
    assert real_embedder.texts_encoded == encoded  # the cache served every sentence


def test_an_edited_article_keeps_unchanged_claims_and_drops_the_rest(db, real_embedder):
    seed(db)
    run(db, real_embedder)
    press = db.execute("SELECT id FROM articles WHERE text = ?", [PRESS]).fetchone()[0]
    kept = db.execute("SELECT id FROM claims WHERE article_id = ? AND slot = 'data_category' AND "
                      "value = 'medical'", [press]).fetchone()[0]
    edited = PRESS.replace("une cinquantaine", "une dizaine")
    with db.transaction():
        db.execute("UPDATE articles SET text = ?, version = version + 1 WHERE id = ?", [edited, press])
    report = run(db, real_embedder)
    assert report.counts["articles"] == 1
    assert db.execute("SELECT id FROM claims WHERE article_id = ? AND slot = 'data_category' AND "
                      "value = 'medical'", [press]).fetchone()[0] == kept
    v = verdicts(db)
    assert ("accounts_compromised", "50", "asserted") not in v
    assert v[("accounts_compromised", "10", "asserted")] == "confirmed"
