"""Editors' corrections on the real pipeline: they apply at once and survive re-crawls, silent edits and reprocess."""

from __future__ import annotations

import pytest

from claims import editorial
from claims.editing import desk, review
from claims.pipeline import run_pipeline
from claims.views.export import export_json
from tests.claims.seed import INCIDENT, SETTINGS
from tests.claims.test_pipeline import seed

SLOTS = ("region", "organization", "data_category", "victim_count", "accounts_compromised", "attack_vector",
         "attack_date", "care_impact", "risk", "quote")


def run(db, embedder, **kw):
    report = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=embedder, **kw)
    assert report.ok, report.errors
    return report


def claim(db, slot, value, polarity="asserted", *, official=False):
    return db.execute("SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s "
                      "ON s.id = a.source_id WHERE c.key LIKE ? AND s.official = ?",
                      [f"%:{slot}:{value}:{polarity}", int(official)]).fetchone()[0]


def row(db, claim_id):
    return db.execute("SELECT slot, value, polarity, status, cluster_id FROM claims WHERE id = ?",
                      [claim_id]).fetchone()


def verdict(db, slot, value, polarity="asserted"):
    found = db.execute("SELECT verdict FROM clusters WHERE key = ? AND claim_count > 0",
                       [f"{slot}|{value}|{polarity}"]).fetchone()
    return found[0] if found else None


def press_id(db):
    return db.execute("SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = 'La Gazette' "
                      "AND a.title NOT LIKE 'Un pôle%'").fetchone()[0]


def edit(db, article_id, old, new):
    with db.transaction():
        db.execute("UPDATE articles SET text = replace(text, ?, ?), version = version + 1 WHERE id = ?",
                   [old, new, article_id])


@pytest.fixture
def analysed(db, real_embedder):
    seed(db)
    run(db, real_embedder)
    return db


def test_rejected_claim_leaves_its_cluster_and_stays_rejected_across_reprocess_and_edits(analysed, real_embedder):
    db = analysed
    medical = claim(db, "data_category", "medical")
    assert verdict(db, "data_category", "medical") == "contradicted"
    editorial.reject_claim(db, medical, reason="« selon nos informations » : rien de vérifiable", editor="edith")
    assert row(db, medical)[3:] == ("rejected", None)
    assert verdict(db, "data_category", "medical") is None  # its only claim left: no live cluster
    run(db, real_embedder, reprocess=True)
    assert row(db, medical)[3:] == ("rejected", None)
    # A silent edit elsewhere moves every span: the claim is found again by its sentence.
    edit(db, press_id(db), "Cyberattaque contre le GRADeS", "Cyberattaque massive contre le GRADeS")
    run(db, real_embedder)
    again = claim(db, "data_category", "medical")
    assert row(db, again)[3:] == ("rejected", None)
    correction = db.execute("SELECT claim_id, match FROM claim_corrections").fetchone()
    assert correction == (again, "sentence_changed")
    assert verdict(db, "data_category", "medical") is None
    export = export_json(db, INCIDENT)
    assert {c["status"] for c in export["claims"] if c["id"] == again} == {"rejected"}


def test_rejecting_an_official_statement_changes_the_verdicts_it_supported(analysed):
    db = analysed
    assert verdict(db, "data_category", "medical", "denied") == "confirmed"
    editorial.reject_claim(db, claim(db, "data_category", "medical", "denied", official=True),
                           reason="phrase mal lue", editor="edith")
    assert verdict(db, "data_category", "medical") != "contradicted"


def test_corrected_claim_moves_cluster_keeps_the_extracted_version_and_survives(analysed, real_embedder):
    db = analysed
    fifty = claim(db, "accounts_compromised", "50")
    assert verdict(db, "accounts_compromised", "50") == "contradicted"
    editorial.correct_claim(db, fifty, slot="accounts_compromised", value="10", polarity="asserted", hedged=True,
                            reason="« une cinquantaine » était une coquille, corrigée par le journal", editor="edith",
                            slots=SLOTS)
    assert row(db, fifty)[:4] == ("accounts_compromised", "10", "asserted", "corrected")
    assert verdict(db, "accounts_compromised", "50") is None
    ten = db.execute("SELECT cluster_id FROM claims WHERE id = ?", [fifty]).fetchone()[0]
    assert db.execute("SELECT key FROM clusters WHERE id = ?", [ten]).fetchone()[0] == "accounts_compromised|10|asserted"
    kept = db.execute("SELECT extracted_value, value, extracted_hedged, hedged FROM claim_corrections").fetchone()
    assert kept == ("50", "10", 1, 1)
    run(db, real_embedder, reprocess=True)
    assert row(db, fifty)[:4] == ("accounts_compromised", "10", "asserted", "corrected")
    edit(db, press_id(db), "Une plainte a été déposée", "Une plainte a depuis été déposée")
    run(db, real_embedder)
    moved = claim(db, "accounts_compromised", "50")
    assert row(db, moved)[:4] == ("accounts_compromised", "10", "asserted", "corrected")
    assert db.execute("SELECT match FROM claim_corrections").fetchone()[0] == "same"  # its own sentence is unchanged
    # The sentence itself goes: the correction is kept, flagged, applied to nothing.
    edit(db, press_id(db), "Les pirates auraient utilisé une cinquantaine de comptes de professionnels de santé. ", "")
    run(db, real_embedder)
    assert db.execute("SELECT claim_id, match FROM claim_corrections").fetchone() == (None, "lost")
    assert desk.flagged_corrections(db)[0]["match"] == "lost"


def test_a_correction_is_refused_without_a_reason_or_with_a_bad_value(analysed):
    db = analysed
    fifty = claim(db, "accounts_compromised", "50")
    for kwargs in ({"value": "10", "reason": " "}, {"value": "beaucoup", "reason": "x"},
                   {"value": "10", "reason": "x", "slot": "colour"}):
        with pytest.raises(editorial.EditorialError):
            editorial.correct_claim(db, fifty, slot=kwargs.get("slot", "accounts_compromised"), value=kwargs["value"],
                                    polarity="asserted", hedged=False, reason=kwargs["reason"], editor="e",
                                    slots=SLOTS)
    assert row(db, fifty)[3] == "extracted"
    editorial.correct_claim(db, fifty, slot="accounts_compromised", value="10", polarity="asserted", hedged=False,
                            reason="x", editor="e", slots=SLOTS)
    editorial.restore_claim(db, fifty, reason="finalement juste", editor="e")
    assert row(db, fifty)[:4] == ("accounts_compromised", "50", "asserted", "extracted")
    assert verdict(db, "accounts_compromised", "50") == "contradicted"


def test_relevance_set_by_hand_moves_claims_now_and_lasts(analysed, real_embedder):
    db = analysed
    off = db.execute("SELECT id FROM articles WHERE title LIKE 'Un pôle%'").fetchone()[0]
    press = press_id(db)
    editorial.set_relevance(db, press, False, reason="article sur un autre incident", editor="edith",
                            signature="La rédaction")
    assert db.execute("SELECT count(*) FROM claims WHERE article_id = ? AND cluster_id IS NOT NULL",
                      [press]).fetchone()[0] == 0
    assert verdict(db, "data_category", "medical") is None
    run(db, real_embedder, reprocess=True)
    assert db.execute("SELECT in_incident FROM article_scope WHERE article_id = ?", [press]).fetchone() == (0,)
    editorial.set_relevance(db, press, True, reason="si, c'est bien l'incident", editor="edith",
                            signature="La rédaction")
    assert verdict(db, "data_category", "medical") == "contradicted"
    editorial.set_relevance(db, off, True, reason="pour le test", editor="edith", signature="Edith P.")
    article = next(a for a in export_json(db, INCIDENT)["articles"] if a["id"] == off)
    assert article["in_incident"] is True and article["in_incident_by"] == "Edith P."
    machine = db.execute("SELECT machine_in_incident FROM article_relevance WHERE article_id = ?", [off]).fetchone()
    assert machine == (0,)
    editorial.clear_relevance(db, off, reason="retour", editor="edith")
    assert db.execute("SELECT in_incident FROM article_scope WHERE article_id = ?", [off]).fetchone() == (0,)


def test_review_publish_needs_a_second_editor_and_the_queue_empties(analysed):
    db = analysed
    todo = desk.queue(db)["total"]
    cluster = db.execute("SELECT id FROM clusters WHERE key = 'data_category|medical|asserted'").fetchone()[0]
    review.assign(db, cluster, "edith", editor="adam")
    review.add_note(db, cluster, "Appeler l'ARS demain", editor="edith")
    review.draft_verdict(db, cluster, "disputed", "L'ARS a nuancé depuis", editor="edith")
    assert db.execute("SELECT verdict, verdict_by FROM clusters WHERE id = ?", [cluster]).fetchone() \
        == ("contradicted", "computed")  # a draft is not public
    assert review.publish(db, cluster, reason="", editor="edith", signature="La rédaction",
                          second_editor=True) == "requested"
    with pytest.raises(editorial.NotAllowed):
        review.publish(db, cluster, reason="", editor="edith", signature="La rédaction", second_editor=True)
    assert review.publish(db, cluster, reason="", editor="adam", signature="La rédaction",
                          second_editor=True) == "published"
    assert db.execute("SELECT verdict, verdict_by, verdict_note FROM clusters WHERE id = ?", [cluster]).fetchone() \
        == ("disputed", "La rédaction", "L'ARS a nuancé depuis")
    assert desk.queue(db)["total"] == todo - 1
    assert cluster not in [c["id"] for c in desk.queue(db)["items"]]
    assert [c["id"] for c in desk.queue(db, status="published")["items"]] == [cluster]


def test_a_reviewed_cluster_that_changes_comes_back_first(analysed, real_embedder):
    db = analysed
    cluster = db.execute("SELECT id FROM clusters WHERE key = 'data_category|identity|asserted'").fetchone()[0]
    review.set_status(db, cluster, "reviewed", editor="edith")
    assert cluster not in [c["id"] for c in desk.queue(db)["items"]]
    from tests.claims.seed import add_article
    add_article(db, "Le Courrier", "Cyberattaque au GRADeS : les nom, prénom et âge des patients ont été volés, "
                "selon l'ARS.", published="2025-09-11")
    run(db, real_embedder)
    first = desk.queue(db)["items"][0]
    assert first["id"] == cluster and first["changed"]


def test_merge_and_split_can_be_undone(analysed):
    db = analysed
    a = db.execute("SELECT id FROM clusters WHERE key = 'accounts_compromised|50|asserted'").fetchone()[0]
    b = db.execute("SELECT id FROM clusters WHERE key = 'accounts_compromised|10|asserted'").fetchone()[0]
    before = db.execute("SELECT id, cluster_id, pinned_cluster FROM claims ORDER BY id").fetchall()
    op = editorial.merge_clusters(db, a, b, "edith", "même chose")
    assert db.execute("SELECT merged_into FROM clusters WHERE id = ?", [a]).fetchone() == (b,)
    assert editorial.undo(db, op, editor="adam", reason="pas la même chose") == a
    assert db.execute("SELECT id, cluster_id, pinned_cluster FROM claims ORDER BY id").fetchall() == before
    assert verdict(db, "accounts_compromised", "50") == "contradicted"
    with pytest.raises(editorial.EditorialError):
        editorial.undo(db, op, editor="adam", reason="encore")
    members = [r[0] for r in db.execute("SELECT id FROM claims WHERE cluster_id = ?", [b])]
    if len(members) > 1:
        new = editorial.split_cluster(db, b, members[:1], "edith", "à part")
        split_op = db.execute("SELECT id FROM cluster_operations WHERE kind = 'split'").fetchone()[0]
        editorial.undo(db, split_op, editor="edith", reason="retour")
        assert db.execute("SELECT claim_count FROM clusters WHERE id = ?", [new]).fetchone() == (0,)
        assert db.execute("SELECT id, cluster_id, pinned_cluster FROM claims ORDER BY id").fetchall() == before
