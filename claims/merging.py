"""What the claims stage keeps about an article merged into another as copies of one story (aggregator.wire).

The merged article's claims were read from a text that is now one more copy of the
surviving article: they go, as claims do when an article's text changes, and their
clusters are marked for a full refresh (so are the survivor's, whose outlets changed:
which is official, who published first). Editors' work is kept: corrections move to the
survivor and are applied again to its sentences (claims.editing.corrections.reapply finds
the same sentence in the survivor's text, wire copies sharing most of theirs); a relevance
decision moves too, unless the survivor has its own, which wins (the dropped one is in
the audit log). The survivor is then analysed again. Alerts and added-page jobs point at it.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database

from aggregator.store import now

log = logging.getLogger(__name__)

MACHINE = "recoupe"  # the audit log's editor for what the crawler did to editors' work


def absorb(db: Database, survivor: int, absorbed: int) -> None:
    """Move or drop the claims stage's rows of `absorbed` in favour of `survivor`; the caller holds the transaction."""
    clusters = [r[0] for r in db.execute("SELECT DISTINCT cluster_id FROM claims WHERE article_id IN (?, ?) "
                                         "AND cluster_id IS NOT NULL ORDER BY cluster_id", [survivor, absorbed])]
    db.execute("DELETE FROM claims WHERE article_id = ?", [absorbed])
    db.executemany("UPDATE clusters SET dirty = 1 WHERE id = ?", [(i,) for i in clusters])
    db.execute("DELETE FROM article_scope WHERE article_id = ?", [absorbed])
    corrections = db.execute("SELECT count(*) FROM claim_corrections WHERE article_id = ?", [absorbed]).fetchone()[0]
    db.execute("UPDATE claim_corrections SET article_id = ?, claim_id = NULL WHERE article_id = ?",
               [survivor, absorbed])
    moved = _relevance(db, survivor, absorbed)
    db.execute("UPDATE alerts SET article_id = ? WHERE article_id = ?", [survivor, absorbed])
    db.execute("UPDATE add_jobs SET article_id = ? WHERE article_id = ?", [survivor, absorbed])
    if corrections or moved:
        # Analysed again (claims.pipeline), which applies the moved corrections and relevance.
        db.execute("UPDATE article_scope SET article_version = 0 WHERE article_id = ?", [survivor])
        db.execute("INSERT INTO audit_log (at, editor, action, target, old, new, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [now(), MACHINE, "merge_articles", f"article:{survivor}", f"article:{absorbed}",
                    f"article:{survivor}", f"copies of one wire story; {corrections} correction(s) and "
                    f"{'a relevance decision' if moved else 'no relevance decision'} moved to the survivor"])
    if clusters or corrections or moved:
        log.info("article %d into %d: %d clusters to refresh, %d corrections moved%s", absorbed, survivor,
                 len(clusters), corrections, ", relevance moved" if moved else "")


def _relevance(db: Database, survivor: int, absorbed: int) -> bool:
    """Move the absorbed article's relevance decision unless the survivor has one; True if it moved."""
    theirs = db.execute("SELECT in_incident, editor, reason FROM article_relevance WHERE article_id = ?",
                        [absorbed]).fetchone()
    if theirs is None:
        return False
    if db.execute("SELECT 1 FROM article_relevance WHERE article_id = ?", [survivor]).fetchone() is None:
        db.execute("UPDATE article_relevance SET article_id = ? WHERE article_id = ?", [survivor, absorbed])
        return True
    db.execute("DELETE FROM article_relevance WHERE article_id = ?", [absorbed])
    db.execute("INSERT INTO audit_log (at, editor, action, target, old, new, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [now(), MACHINE, "relevance_dropped", f"article:{absorbed}",
                "in" if theirs[0] else "out", None,
                f"merged into article {survivor}, whose own decision wins (was {theirs[1]}: {theirs[2]})"])
    return False
