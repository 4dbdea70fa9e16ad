"""Wire copies in a chain (A close to B, B close to C, A and C far apart) make one article whatever order
they arrive in, with the same copies, claims and verdicts; editors' work on a merged article is kept;
a store made before copies had their own fingerprints is upgraded in place (aggregator.wire)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from aggregator.articles import Outcome, store_article
from aggregator.dedup import MAX_DISTANCE, MIN_OVERLAP, fingerprint, overlap
from aggregator.extract import Extracted
from aggregator.migrate import Migrations, apply_all
from aggregator.migrations import migrations as aggregator_migrations
from aggregator.store import connect, open_store
from claims import editorial
from claims.migrations import all_migrations, migrations as claims_migrations
from claims.pipeline import run_pipeline
from claims.views.export import export_json
from tests.claims.seed import INCIDENT, SETTINGS, add_source
from tests.claims.test_distributed import comparable

PARAGRAPHS = (Path(__file__).resolve().parents[1] / "data" / "wire" / "chain.txt").read_text(
    encoding="utf-8").strip().split("\n")
# One dispatch: B carries all of it, A cuts its end, C its beginning. B is the earliest.
COPIES = {
    "A": ("Vigie", "https://vigie.example/a.html", "\n".join(PARAGRAPHS[:6]), "2025-09-09T18:20:00+00:00"),
    "B": ("Courrier", "https://courrier.example/b.html", "\n".join(PARAGRAPHS), "2025-09-09T16:05:00+00:00"),
    "C": ("Matin", "https://matin.example/c.html", "\n".join(PARAGRAPHS[4:]), "2025-09-09T17:45:00+00:00"),
}
ORDERS = ["".join(p) for p in itertools.permutations("ABC")]


def test_the_chain_is_what_the_bug_needs():
    a, b, c = (COPIES[k][2] for k in "ABC")
    assert bin(fingerprint(a) ^ fingerprint(c)).count("1") > MAX_DISTANCE and overlap(a, c) < MIN_OVERLAP
    assert overlap(a, b) >= MIN_OVERLAP and overlap(b, c) >= MIN_OVERLAP


def arrive(db, key: str, text: str | None = None):
    name, url, own, published = COPIES[key]
    source_id = add_source(db, name)
    page = Extracted(text=text or own, title=f"Titre de {name}", author=None, published=published,
                     site_name=name, language="fr")
    with db.transaction():
        return store_article(db, source_id=source_id, url=url, page=page, official=False)


def run(db, embedder):
    report = run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=embedder)
    assert report.ok, report.errors
    return report


def copies(db) -> list[tuple]:
    """Each article's main address with every copy (address, outlet, title, own text kept or not)."""
    return sorted(db.execute(
        "SELECT a.url, o.url, s.name, o.title, o.published, o.text IS NULL, o.fingerprint FROM article_outlets o "
        "JOIN articles a ON a.id = o.article_id JOIN sources s ON s.id = o.source_id").fetchall())


def articles(db) -> list[tuple]:
    return sorted(db.execute("SELECT a.url, s.name, a.title, a.published, a.text FROM articles a "
                             "JOIN sources s ON s.id = a.source_id").fetchall())


@pytest.mark.parametrize("order", ORDERS)
def test_every_arrival_order_stores_one_article_with_the_same_copies(db, order):
    outcomes = [arrive(db, key).outcome for key in order]
    assert outcomes[0] is Outcome.NEW
    assert articles(db) == [(COPIES["B"][1], "Courrier", "Titre de Courrier", COPIES["B"][3], COPIES["B"][2])], \
        "one article, its main copy the earliest published"
    found = copies(db)
    assert [(r[0], r[1], r[2], r[4], bool(r[5]), r[6]) for r in found] == sorted(
        (COPIES["B"][1], url, name, published, key == "B", f"{fingerprint(text):016x}")
        for key, (name, url, text, published) in COPIES.items()), "every copy, with its own fingerprint"
    assert db.execute("SELECT count(*) FROM article_versions").fetchone()[0] >= 1
    assert db.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions v "
                      "WHERE v.article_id = a.id AND v.text_hash = a.text_hash)").fetchone()[0] == 0


def test_the_middle_copy_arriving_last_merges_two_articles_and_a_refetch_changes_nothing(db):
    first = arrive(db, "A")
    second = arrive(db, "C")
    assert second.outcome is Outcome.NEW and second.article_id != first.article_id, "A and C alone are two stories"
    joined = arrive(db, "B")
    assert joined.outcome is Outcome.SYNDICATED
    assert db.execute("SELECT id FROM articles").fetchall() == [(joined.article_id,)]
    before = (articles(db), copies(db))
    for key in "ABC":  # each copy fetched again: known addresses, nothing moves
        assert arrive(db, key).outcome is Outcome.UNCHANGED
    assert (articles(db), copies(db)) == before


@pytest.mark.slow
def test_claims_and_verdicts_do_not_depend_on_the_order_or_on_analysis_in_between(store_target, engine, tmp_path,
                                                                                    real_embedder, request):
    """Analysed after every page (as workers do) or once at the end: the same export, middle copy last or not."""
    exports = {}
    for order, analyse_each in (("ABC", False), ("ACB", True), ("CAB", True), ("BCA", True)):
        if engine == "sqlite":
            target = tmp_path / f"{order}.db"
        else:
            target = request.getfixturevalue("postgres_server").fresh(migrated=False)
        db = open_store(target, all_migrations())
        try:
            for key in order:
                arrive(db, key)
                if analyse_each:
                    run(db, real_embedder)
            run(db, real_embedder)
            exports[order] = (comparable(export_json(db, INCIDENT)), copies(db))
        finally:
            db.close()
    first = exports["ABC"]
    assert len(first[0]["articles"]) == 1 and first[0]["claims"], "one article, with claims"
    for order, export in exports.items():
        assert export[0]["articles"] == first[0]["articles"], order
        assert export[0]["claims"] == first[0]["claims"], order
        assert export[0]["clusters"] == first[0]["clusters"], order
        assert export == first, order


def test_editors_work_on_a_merged_article_survives(db, real_embedder):
    a = arrive(db, "A").article_id
    arrive(db, "C")
    run(db, real_embedder)
    # Editors worked on A, which the merge absorbs (C is published earlier; B, earlier still, becomes main).
    quote = db.execute("SELECT id, text FROM claims WHERE article_id = ? AND slot = 'quote'", [a]).fetchone()
    assert quote is not None, "the quotation is a claim of A"
    editorial.reject_claim(db, quote[0], reason="citation reprise d'un communiqué", editor="edith")
    editorial.set_relevance(db, a, True, reason="c'est bien l'incident", editor="edith", signature="Edith P.")
    cluster = db.execute("SELECT cluster_id FROM claims WHERE article_id = ? AND slot = 'region' "
                         "AND cluster_id IS NOT NULL", [a]).fetchone()[0]
    editorial.set_verdict(db, cluster, "confirmed", "les trois ARS l'ont annoncé", "edith")

    survivor = arrive(db, "B").article_id
    run(db, real_embedder)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM claims WHERE article_id != ?", [survivor]).fetchone()[0] == 0
    relevance = db.execute("SELECT article_id, in_incident, editor FROM article_relevance").fetchall()
    assert relevance == [(survivor, 1, "edith")], "the relevance decision moved to the surviving article"
    rejected = db.execute("SELECT c.text, c.status, cc.match FROM claim_corrections cc JOIN claims c "
                          "ON c.id = cc.claim_id WHERE cc.article_id = ?", [survivor]).fetchall()
    assert rejected == [(quote[1], "rejected", "same")], "the rejection applies to the same sentence in the survivor"
    assert db.execute("SELECT verdict, verdict_by FROM clusters WHERE id = ?", [cluster]).fetchone()[0] == "confirmed"
    assert db.execute("SELECT count(*) FROM claims WHERE cluster_id = ?", [cluster]).fetchone()[0] >= 1
    merged = db.execute("SELECT target, old FROM audit_log WHERE action = 'merge_articles'").fetchall()
    assert merged == [(f"article:{survivor}", f"article:{a}")]


def test_a_store_made_before_copy_fingerprints_is_upgraded_and_keeps_everything(tmp_path):
    path = tmp_path / "old.db"
    old = Migrations("aggregator")
    old.steps = [s for s in aggregator_migrations.steps if s.name != "m005_copy_fingerprints"]
    db = connect(path)
    apply_all(db, [old, claims_migrations])
    columns = {r[1] for r in db.execute("PRAGMA table_info(article_outlets)")}
    assert "fingerprint" not in columns
    # As the old code stored them: A the article, B a copy whose text was never kept.
    source_a, source_b = add_source(db, "Vigie"), add_source(db, "Courrier")
    text_a = COPIES["A"][2]
    with db.transaction():
        article = db.execute(
            "INSERT INTO articles (url, source_id, title, published, language, text, text_hash, fingerprint, "
            "version, first_seen, updated_at) VALUES (?, ?, 't', ?, 'fr', ?, 'h', ?, 1, 's', 's') RETURNING id",
            [COPIES["A"][1], source_a, COPIES["A"][3], text_a, f"{fingerprint(text_a):016x}"]).fetchone()[0]
        db.executemany("INSERT INTO article_outlets (article_id, source_id, url, title, published, first_seen) "
                       "VALUES (?, ?, ?, 't', ?, ?)", [(article, source_a, COPIES["A"][1], COPIES["A"][3], "1"),
                                                       (article, source_b, COPIES["B"][1], COPIES["B"][3], "2")])
    db.close()

    db = open_store(path, all_migrations())
    rows = db.execute("SELECT url, fingerprint, text, seq FROM article_outlets ORDER BY url").fetchall()
    assert rows == [(COPIES["B"][1], None, None, 2), (COPIES["A"][1], f"{fingerprint(text_a):016x}", None, 1)]
    # B's own text was never kept (it stands for A's until fetched again); its re-check keeps it...
    assert arrive(db, "B").outcome is Outcome.UNCHANGED, "a known copy"
    assert db.execute("SELECT text FROM article_outlets WHERE url = ?", [COPIES["B"][1]]).fetchone()[0] == COPIES["B"][2]
    # ... and C, far from A but close to B, joins the article through it.
    assert arrive(db, "C").outcome is Outcome.SYNDICATED
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM article_outlets").fetchone()[0] == 3
    db.close()
