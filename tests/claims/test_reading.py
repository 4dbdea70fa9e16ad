"""The reads behind the web's pages: the cluster_sources summary stays exact, pages slice the full lists."""

from __future__ import annotations

from claims.grouping.cluster import assign_pending
from claims.views.reading import list_clusters, slot_page
from claims.grouping.refresh import refresh_clusters
from claims.views.timeline import facts, incident_facts
from tests.claims.seed import add_article, add_claim

RECOUNT = """SELECT c.cluster_id, a.source_id, count(*), sum(CASE WHEN c.hedged = 0 THEN 1 ELSE 0 END) FROM claims c
             JOIN articles a ON a.id = c.article_id WHERE c.cluster_id IS NOT NULL
             GROUP BY c.cluster_id, a.source_id ORDER BY 1, 2"""


def summary(db):
    return [tuple(r) for r in db.execute("SELECT cluster_id, source_id, claims, firm FROM cluster_sources "
                                         "ORDER BY 1, 2")]


def recount(db):
    return [tuple(r) for r in db.execute(RECOUNT)]


def seeded(db):
    ars = add_article(db, "ARS", "communiqué", official=True, published="2025-09-09")
    press = add_article(db, "Gazette", "article", published="2025-09-10")
    wire = add_article(db, "Dépêche", "dépêche", published="2025-09-11")
    for article in (ars, press, wire):
        add_claim(db, article, "accounts_compromised", 10, text="Une dizaine de comptes.")
    add_claim(db, press, "accounts_compromised", 50, hedged=True, text="Une cinquantaine.")
    add_claim(db, wire, "victim_count", 750000, text="750 000 patients.")
    add_claim(db, wire, "victim_count", 750000, hedged=True, polarity="denied", text="Pas 750 000 patients.")
    assign_pending(db, embed=None, model=None, threshold=0.9)
    refresh_clusters(db)
    return ars, press, wire


def test_cluster_sources_follow_clustering_moves_deletions_and_source_changes(db):
    _ars, press, wire = seeded(db)
    assert summary(db) == recount(db) and summary(db)
    first, second = [r[0] for r in db.execute("SELECT id FROM clusters ORDER BY id LIMIT 2")]
    with db.transaction():
        db.execute("UPDATE claims SET cluster_id = ? WHERE cluster_id = ?", [second, first])  # a merge
        db.execute("UPDATE claims SET hedged = 1 - hedged WHERE article_id = ?", [press])
        db.execute("DELETE FROM claims WHERE article_id = ?", [wire])
        other = db.execute("SELECT id FROM sources WHERE name = 'ARS'").fetchone()[0]
        db.execute("UPDATE articles SET source_id = ? WHERE id = ?", [other, press])
        db.execute("UPDATE claims SET cluster_id = NULL WHERE id = (SELECT min(id) FROM claims)")
    assert summary(db) == recount(db)


def test_list_pages_and_timeline_slices_match_the_full_lists(db):
    seeded(db)
    every = list_clusters(db)
    assert [c["id"] for c in list_clusters(db, limit=2, offset=1)] == [c["id"] for c in every[1:3]]
    slot = every[0]["slot"]
    same_slot = [c["id"] for c in every if c["slot"] == slot]
    page, total = slot_page(db, slot, page=1, per_page=1)
    assert total == len(same_slot) and [c["id"] for c in page] == same_slot[:1]
    assert all(c["sources"] for c in every)
    for confirmed_only in (True, False):
        full = incident_facts(db, confirmed_only=confirmed_only)
        for limit in range(1, len(full) + 1):
            for offset in range(len(full)):
                found, total = facts(db, limit=limit, offset=offset, confirmed_only=confirmed_only)
                end = len(full) - offset
                assert found == full[max(0, end - limit):max(0, end)] and total == len(full)
