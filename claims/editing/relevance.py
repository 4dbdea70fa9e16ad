"""Set relevance: an editor says an article is (or is not) about the incident, with a reason; it wins over the machine.

The pipeline judges every article it analyses and then calls `effective_scope`, which
records the machine's judgment beside the editor's and returns the editor's when there is
one, so the decision survives re-crawls, silent edits and `reprocess`. Setting it moves
the article's claims into or out of the clusters at once.
"""

from __future__ import annotations

from sqlite_utils import Database

from aggregator.store import now
from claims.editing.common import EditorialError, NotFound, audit, need_reason, place_pending


def effective_scope(db: Database, article_id: int, in_incident: bool, reason: str) -> tuple[bool, str]:
    """The scope to store for an article the machine just judged; the caller holds the transaction."""
    row = db.execute("SELECT in_incident, reason FROM article_relevance WHERE article_id = ?", [article_id]).fetchone()
    if row is None:
        return in_incident, reason
    db.execute("UPDATE article_relevance SET machine_in_incident = ?, machine_reason = ? WHERE article_id = ?",
               [int(in_incident), reason, article_id])
    return bool(row[0]), row[1]


def set_relevance(db: Database, article_id: int, in_incident: bool, *, reason: str, editor: str,
                  signature: str) -> int:
    """Put an article in or out of the incident; its claims join or leave clusters now. Returns claims still waiting.

    `signature` is the editor's public display name (the export's `in_incident_by`).
    """
    reason = need_reason(reason)
    with db.transaction():
        scope = db.execute("SELECT in_incident, reason FROM article_scope WHERE article_id = ?",
                           [article_id]).fetchone()
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise NotFound(f"article {article_id} does not exist")
        if scope is None:
            raise EditorialError("this article has not been analysed yet; try again after the next run")
        before = db.execute("SELECT machine_in_incident, machine_reason FROM article_relevance WHERE article_id = ?",
                            [article_id]).fetchone()
        machine = before if before is not None else (scope[0], scope[1])
        db.execute(
            "INSERT INTO article_relevance (article_id, in_incident, reason, editor, signature, at, "
            "machine_in_incident, machine_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE "
            "SET in_incident = excluded.in_incident, reason = excluded.reason, editor = excluded.editor, "
            "signature = excluded.signature, at = excluded.at",
            [article_id, int(in_incident), reason, editor, signature, now(), machine[0], machine[1]])
        _move(db, article_id, in_incident, reason)
        audit(db, editor, "relevance", f"article:{article_id}", "in" if scope[0] else "out",
              "in" if in_incident else "out", reason)
    return place_pending(db)


def clear_relevance(db: Database, article_id: int, *, reason: str, editor: str) -> int:
    """Withdraw an editor's relevance decision: the machine's judgment applies again."""
    reason = need_reason(reason)
    with db.transaction():
        row = db.execute("SELECT in_incident, machine_in_incident, machine_reason FROM article_relevance "
                         "WHERE article_id = ?", [article_id]).fetchone()
        if row is None:
            raise EditorialError("no editor has set this article's relevance")
        db.execute("DELETE FROM article_relevance WHERE article_id = ?", [article_id])
        machine = bool(row[1]) if row[1] is not None else bool(row[0])
        _move(db, article_id, machine, row[2] or "")
        audit(db, editor, "relevance", f"article:{article_id}", "in" if row[0] else "out",
              f"{'in' if machine else 'out'} (machine)", reason)
    return place_pending(db)


def _move(db: Database, article_id: int, in_incident: bool, reason: str) -> None:
    """Write the scope and free the article's claims: out of the incident they leave their clusters
    (those an editor placed by merge or split stay), in it they wait for clustering."""
    db.execute("UPDATE article_scope SET in_incident = ?, reason = ? WHERE article_id = ?",
               [int(in_incident), reason, article_id])
    if in_incident:
        return
    left = [r[0] for r in db.execute("SELECT DISTINCT cluster_id FROM claims WHERE article_id = ? "
                                     "AND cluster_id IS NOT NULL AND pinned_cluster = 0", [article_id])]
    db.execute("UPDATE claims SET cluster_id = NULL WHERE article_id = ? AND pinned_cluster = 0", [article_id])
    db.executemany("UPDATE clusters SET dirty = 1 WHERE id = ?", [(i,) for i in left])


def relevance_of(db: Database, article_id: int) -> dict | None:
    """The editor's decision on an article with the machine's judgment beside it, or None."""
    rows = list(db.query("SELECT * FROM article_relevance WHERE article_id = ?", [article_id]))
    return rows[0] if rows else None
