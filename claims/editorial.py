"""Editors' decisions, in one place for the web: review and publishing, claims, relevance, merges, sources.

Added pages go through claims.jobs.add_and_analyse, the path `recoupe add` takes too.

The web front end calls these and nothing else to write, so every change an editor makes
is checked the same way and leaves a trace (who, when, old, new, why) in `audit_log`. The
decisions themselves live in claims.editing, one module per kind; the pipeline honours
what they record (published `editor_verdicts`, pinned claims, corrections, relevance).
"""

from __future__ import annotations

from sqlite_utils import Database

from claims.grouping.refresh import refresh_clusters
from claims.editing.config import DEFAULT_SIGNATURE
from claims.editing.common import EditorialError, NotAllowed, NotFound, audit, need_reason
from claims.editing.decisions import UrlRefused  # noqa: F401 (re-exported: the web names it here)
from claims.editing.corrections import correct_claim, reject_claim, restore_claim
from claims.editing.history import merge_clusters, split_cluster, undo
from claims.editing.relevance import clear_relevance, set_relevance
from claims.editing.review import (STATUSES, VERDICTS, add_note, assign, draft_verdict, publish, set_status,
                                   withdraw)

__all__ = ["EditorialError", "NotAllowed", "NotFound", "STATUSES", "UrlRefused", "VERDICTS", "add_note",
           "assign", "audit", "clear_relevance", "clear_verdict", "correct_claim", "draft_verdict", "merge_clusters",
           "publish", "reject_claim", "restore_claim", "set_relevance", "set_source_official", "set_status", "set_verdict",
           "split_cluster", "undo", "withdraw"]

# Kept under their former names for callers of this module.
_reason, _audit = need_reason, audit


def set_verdict(db: Database, cluster_id: int, verdict: str, reason: str, editor: str, *,
                signature: str = DEFAULT_SIGNATURE) -> None:
    """Draft and publish a verdict in one step (scripts, tests; the web goes through the review steps)."""
    draft_verdict(db, cluster_id, verdict, reason, editor=editor)
    publish(db, cluster_id, reason=reason, editor=editor, signature=signature, second_editor=False)


def clear_verdict(db: Database, cluster_id: int, editor: str, reason: str) -> None:
    """Withdraw a published verdict: the computed one applies again."""
    withdraw(db, cluster_id, reason=reason, editor=editor)


def set_source_official(db: Database, source_id: int, official: bool, editor: str, reason: str) -> None:
    """Mark a source official (its statements become the reference for verdicts) or not; wins over config."""
    reason = _reason(reason)
    with db.transaction():
        row = db.execute("SELECT official FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFound(f"source {source_id} does not exist")
        db.execute("UPDATE sources SET official = ?, official_set_by = ? WHERE id = ?",
                   [int(official), editor, source_id])
        _audit(db, editor, "official", f"source:{source_id}", str(bool(row[0])).lower(),
               str(bool(official)).lower(), reason)
    refresh_clusters(db, everything=True)  # the reference changed: every verdict may change
