"""The claims stage under hostile text and faults: bounded work, failures marked once, reprocess that changes nothing when it cannot run."""

from __future__ import annotations

import dataclasses

import pytest

from claims import guards, jobs
from claims.pipeline import run_pipeline
from tests.claims.seed import INCIDENT, SETTINGS, add_article

SENTENCE = "Les données d'identité de 750 000 patients ont été dérobées, selon l'ARS Normandie. "
OFFICIAL = ("L'ARS Normandie informe d'une cyberattaque visant les services du GRADeS. Aucune donnée médicale "
            "n'a été dérobée. Les pirates ont usurpé les comptes d'une dizaine de professionnels de santé.")
PRESS = ("Cyberattaque contre le GRADeS : des données médicales auraient été dérobées. Les pirates auraient "
         "revendu les données sur un forum. Une plainte a été déposée et la CNIL a été notifiée.")


def snapshot(db):
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("claims", "clusters", "article_scope", "cluster_sources", "cluster_links")}


@pytest.mark.parametrize("text", [
    SENTENCE + "Le fichier compte " + "9" * 309 + " lignes. " + SENTENCE,          # a 309-digit figure
    SENTENCE + ("mot " * 10_000) + ". " + SENTENCE,                                 # a 40 KB sentence
    SENTENCE + "x" * 4_900_000,                                                     # a 4.9 MB single line
])
def test_hostile_text_is_analysed_within_bounds(db, real_embedder, text):
    article = add_article(db, "La Gazette", text)
    report = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder)
    assert report.ok, report.errors
    assert report.counts["chars_not_analysed"] > 0
    texts = [t for (t,) in db.execute("SELECT text FROM claims WHERE article_id = ?", [article])]
    assert any("750 000" in t for t in texts), "the ordinary sentence is still read"
    assert all(len(t) <= guards.MAX_SENTENCE_CHARS for t in texts)
    for start, end, claim_text in db.execute("SELECT start, \"end\", text FROM claims WHERE article_id = ?", [article]):
        assert text[start:end] == claim_text, "spans point into the stored text"


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "9999-12-31T23:59:59+14:00", "garbage"])
def test_dates_at_the_edge_of_the_calendar_do_not_fail_the_article(db, real_embedder, published):
    add_article(db, "La Gazette", "L'attaque a eu lieu hier, selon l'ARS Normandie. " + SENTENCE, published=published)
    report = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder)
    assert report.ok, report.errors


def test_an_article_that_cannot_be_analysed_is_marked_failed_once(db, real_embedder, monkeypatch):
    add_article(db, "ARS Normandie", OFFICIAL, official=True)
    monkeypatch.setattr(guards, "ARTICLE_SECONDS", 1e-6)  # any analysis now runs past its time
    first = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder)
    assert not first.ok and first.counts["articles_failed"] == 1
    assert [type(e).__name__ for e in first.errors] == ["ArticleFailed"]
    (error, reason, in_incident), = db.execute("SELECT error, reason, in_incident FROM article_scope").fetchall()
    assert "AnalysisTimeout" in error and reason.startswith("Could not be analysed") and in_incident == 0
    monkeypatch.setattr(guards, "ARTICLE_SECONDS", 60.0)
    later = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder)
    assert later.ok and later.counts["articles"] == 0, "a failed article does not fail the runs after it"
    again = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder, reprocess=True)
    assert again.ok and db.execute("SELECT error FROM article_scope").fetchone() == (None,), "reprocess retries it"


def test_run_errors_keep_their_type(db, real_embedder, monkeypatch):
    add_article(db, "ARS Normandie", OFFICIAL, official=True)
    monkeypatch.setattr(guards, "ARTICLE_SECONDS", 1e-6)
    report = jobs.reprocess(db, incident=INCIDENT, claims=SETTINGS, embedder=real_embedder)
    kinds = [k for (k,) in db.execute("SELECT kind FROM run_errors WHERE run_id = ?", [report.run_id])]
    assert kinds == ["ArticleFailed"] and report.status == "errors"


@pytest.mark.parametrize("model", ["/nonexistent/model-folder", "nobody/no-such-model"])
def test_reprocess_with_a_model_that_cannot_load_changes_nothing(db, real_embedder, model):
    add_article(db, "ARS Normandie", OFFICIAL, official=True, published="2025-09-09")
    add_article(db, "La Gazette", PRESS)
    assert run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=real_embedder).ok
    free_text = db.execute("SELECT count(*) FROM claims WHERE slot IS NULL AND cluster_id IS NOT NULL").fetchone()[0]
    assert free_text > 0
    before = snapshot(db)
    report = jobs.reprocess(db, incident=INCIDENT, claims=dataclasses.replace(SETTINGS, model=model))
    assert not report.ok and model.rsplit("/", 1)[-1] in str(report.claims.errors[0])
    assert snapshot(db) == before
    assert db.execute("SELECT status FROM crawl_runs WHERE id = ?", [report.run_id]).fetchone() == ("errors",)
