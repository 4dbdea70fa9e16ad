"""Cheap looks at the tables that say whether clustering has work: claims waiting for a cluster, clusters to refresh.

They import nothing of clustering or verdicts, so a scheduled run that finds nothing new
can ask them (claims.idle) without loading the claims stage.
"""

from __future__ import annotations

import hashlib

from sqlite_utils import Database


def official_mark(db: Database) -> str:
    """What decides which claims are official, in a few figures: it changes when a source's mark
    changes or an official outlet is found carrying another outlet's article."""
    ids = [r[0] for r in db.execute("SELECT id FROM sources WHERE official = 1 ORDER BY id")]
    outlets = hashlib.sha1()
    count = 0
    for article_id, url in db.execute("SELECT o.article_id, o.url FROM article_outlets o JOIN sources s "
                                      "ON s.id = o.source_id WHERE s.official = 1 ORDER BY o.article_id, o.url"):
        outlets.update(f"{article_id} {url}\n".encode())
        count += 1
    return f"{','.join(map(str, ids))}|{count}|{outlets.hexdigest()[:16]}"


def unclustered(db: Database) -> bool:
    """Whether a claim of an in-incident article waits for a cluster (claims.grouping.cluster.pending_claims)."""
    return db.execute(
        "SELECT 1 FROM claims c JOIN article_scope s ON s.article_id = c.article_id AND s.in_incident = 1 "
        "WHERE c.cluster_id IS NULL AND c.pinned_cluster = 0 LIMIT 1").fetchone() is not None


def dirty(db: Database) -> bool:
    """Whether a cluster is marked for a refresh of its counts or verdict."""
    return db.execute("SELECT 1 FROM clusters WHERE dirty != 0 LIMIT 1").fetchone() is not None


def officials_moved(db: Database) -> bool:
    """Whether which claims are official changed since the last refresh (a source's mark, an official copy)."""
    row = db.execute("SELECT value FROM upkeep_state WHERE name = 'official_mark'").fetchone()
    return official_mark(db) != (row[0] if row else None)
