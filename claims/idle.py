"""Whether the claims stage has anything to do, from a few cheap queries, so a run that found nothing new skips it.

A scheduled crawl that finds nothing new used to load the claims vocabulary and the
clustering code (about a second of a two-second run) to find out there was nothing to do.
These queries ask the tables instead; anything waiting, and the stage runs as before.
"""

from __future__ import annotations

from sqlite_utils import Database

from claims.grouping.marks import dirty, officials_moved, unclustered


def waiting_articles(db: Database, limit: int | None = None) -> list[int]:
    """Articles never analysed, or whose text changed since, in id order (claims.pipeline picks these up)."""
    sql = ("SELECT a.id FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
           "WHERE s.article_id IS NULL OR s.article_version != a.version ORDER BY a.id")
    return [r[0] for r in db.execute(sql + (" LIMIT ?" if limit else ""), [limit] if limit else [])]


def idle(db: Database) -> bool:
    """True when no article waits for analysis, no claim for a cluster, no cluster for a refresh,
    and which sources are official has not moved since the last refresh."""
    return not (waiting_articles(db, 1) or unclustered(db) or dirty(db) or officials_moved(db))
