"""What every editorial decision shares: its errors, the reason it needs, its audit row, and placing claims at once."""

from __future__ import annotations

from typing import Sequence

import numpy as np
from sqlite_utils import Database

from aggregator.store import now
from claims.embedding.cache import load_vectors, text_hash
from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh_clusters
# The errors, the reason and the audit row live apart, so that the command line can name them
# without importing clustering and verdicts; they are re-exported here for the editing modules.
from claims.editing.decisions import (NOTE_MAX, REASON_MAX, EditorialError, NotAllowed, NotFound,  # noqa: F401
                                      audit, need_reason)

CLUSTER_KEYS = ("id", "key", "slot", "value", "polarity", "label", "verdict", "verdict_by", "computed_verdict",
                "merged_into", "claim_count")


def live_cluster(db: Database, cluster_id: int) -> dict:
    """A cluster that still exists on its own, or NotFound."""
    row = db.execute(f"SELECT {', '.join(CLUSTER_KEYS)} FROM clusters WHERE id = ?", [cluster_id]).fetchone()
    if row is None or row[9] is not None:
        raise NotFound(f"cluster {cluster_id} does not exist or was merged into another")
    return dict(zip(CLUSTER_KEYS, row))


def recount(db: Database, cluster_id: int) -> None:
    """Keep a cluster's counts and first sighting true after claims move in or out."""
    db.execute(
        "UPDATE clusters SET claim_count = (SELECT count(*) FROM claims WHERE cluster_id = :id), "
        "source_count = (SELECT count(DISTINCT a.source_id) FROM claims c JOIN articles a ON a.id = c.article_id "
        "WHERE c.cluster_id = :id), "
        "first_seen = (SELECT min(COALESCE(a.published, a.first_seen)) FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = :id), updated_at = :at WHERE id = :id",
        {"id": cluster_id, "at": now()},
    )


def cached_embedding(db: Database):
    """A texts -> vectors function that only reads the embedding cache (None when a sentence is missing).

    Editors' decisions place claims at once without loading the model in the web process:
    a sentence that was clustered before is in the cache. Claims whose sentence is not wait
    for the next pipeline run (the web's background worker starts one).
    """
    row = db.execute("SELECT model FROM clusters WHERE model IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None, None
    model = row[0]

    def embed(texts: Sequence[str]) -> np.ndarray | None:
        hashes = [text_hash(t) for t in texts]
        found = load_vectors(db, model, hashes)
        if any(h not in found for h in hashes):
            return None
        return np.stack([found[h] for h in hashes]) if hashes else np.zeros((0, 1), dtype=np.float32)

    return embed, model


def place_pending(db: Database, touched: Sequence[int] = ()) -> int:
    """Cluster the claims an editor's decision left without a cluster, then refresh verdicts; return claims still waiting."""
    embed, model = cached_embedding(db)
    threshold = db.execute("SELECT threshold FROM clusters WHERE threshold IS NOT NULL ORDER BY id DESC "
                           "LIMIT 1").fetchone()
    safe = _all_cached(db, embed)
    assign_pending(db, embed=embed if safe else None, model=model,
                   threshold=threshold[0] if threshold else 0.91, then=lambda: refresh_clusters(db, touched))
    return waiting(db)


def _all_cached(db: Database, embed) -> bool:
    if embed is None:
        return False
    texts = [r[0] for r in db.execute(
        "SELECT c.text FROM claims c JOIN article_scope s ON s.article_id = c.article_id AND s.in_incident = 1 "
        "WHERE c.cluster_id IS NULL AND c.pinned_cluster = 0 AND c.slot IS NULL")]
    return not texts or embed(texts) is not None


def waiting(db: Database) -> int:
    """In-incident claims no cluster holds yet (free-text sentences whose embedding is not cached)."""
    return db.execute(
        "SELECT count(*) FROM claims c JOIN article_scope s ON s.article_id = c.article_id AND s.in_incident = 1 "
        "WHERE c.cluster_id IS NULL AND c.pinned_cluster = 0").fetchone()[0]
