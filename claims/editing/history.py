"""Merge and split clusters, each recorded with the claims it moved, so an editor can undo it.

Moved claims are pinned (`claims.pinned_cluster`) so re-clustering keeps them where the
editor put them; undoing puts back the claims that are still where the operation left
them, with the pin they had before.
"""

from __future__ import annotations

import json
from typing import Iterable

from sqlite_utils import Database

from aggregator.store import now
from claims.editing.common import EditorialError, NotFound, audit, live_cluster, need_reason, recount
from claims.grouping.refresh import refresh_clusters


def _record(db: Database, kind: str, cluster_id: int, other_id: int, moved: list[tuple[int, int]], editor: str,
            reason: str) -> int:
    return db.execute("INSERT INTO cluster_operations (kind, cluster_id, other_id, claims, editor, at, reason) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                      [kind, cluster_id, other_id, json.dumps(moved), editor, now(), reason]).fetchone()[0]


def merge_clusters(db: Database, source_id: int, target_id: int, editor: str, reason: str) -> int:
    """Move every claim of `source_id` into `target_id`, pinned there; returns the operation's id (for undo)."""
    reason = need_reason(reason)
    if source_id == target_id:
        raise EditorialError("a cluster cannot be merged into itself")
    with db.transaction():
        live_cluster(db, source_id)
        live_cluster(db, target_id)
        moved = [(r[0], r[1]) for r in db.execute("SELECT id, pinned_cluster FROM claims WHERE cluster_id = ?",
                                                  [source_id])]
        db.execute("UPDATE claims SET cluster_id = ?, pinned_cluster = 1 WHERE cluster_id = ?", [target_id, source_id])
        db.execute("UPDATE clusters SET merged_into = ?, claim_count = 0, source_count = 0, updated_at = ? "
                   "WHERE id = ?", [target_id, now(), source_id])
        recount(db, target_id)
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (?, ?)", [source_id, target_id])
        op = _record(db, "merge", source_id, target_id, moved, editor, reason)
        audit(db, editor, "merge", f"cluster:{source_id}", f"cluster:{source_id}", f"cluster:{target_id}", reason)
    refresh_clusters(db, [target_id])  # label, counts and verdict follow at once, not at the next crawl
    return op


def split_cluster(db: Database, cluster_id: int, claim_ids: Iterable[int], editor: str, reason: str) -> int:
    """Move some of a cluster's claims into a new cluster of their own; returns the new cluster's id."""
    reason = need_reason(reason)
    wanted = sorted({int(i) for i in claim_ids})
    with db.transaction():
        cluster = live_cluster(db, cluster_id)
        members = {row[0]: (row[1], row[2]) for row in db.execute(
            "SELECT id, text, pinned_cluster FROM claims WHERE cluster_id = ?", [cluster_id])}
        if not wanted or any(i not in members for i in wanted):
            raise EditorialError("choose one or more claims of this cluster to split off")
        if len(wanted) == len(members):
            raise EditorialError("leave at least one claim in the cluster; to move them all, merge instead")
        stamp = now()
        new_id = db.execute(
            "INSERT INTO clusters (key, slot, value, polarity, label, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            [f"split-pending:{cluster_id}:{stamp}", cluster["slot"], cluster["value"], cluster["polarity"],
             members[wanted[0]][0], stamp],
        ).fetchone()[0]
        db.execute("UPDATE clusters SET key = ? WHERE id = ?", [f"split:{new_id}", new_id])
        marks = ", ".join("?" * len(wanted))
        db.execute(f"UPDATE claims SET cluster_id = ?, pinned_cluster = 1 WHERE id IN ({marks})", [new_id, *wanted])
        recount(db, cluster_id)
        recount(db, new_id)
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (?, ?)", [cluster_id, new_id])
        _record(db, "split", cluster_id, new_id, [(i, members[i][1]) for i in wanted], editor, reason)
        audit(db, editor, "split", f"cluster:{cluster_id}", "claims " + ",".join(map(str, wanted)),
              f"cluster:{new_id}", reason)
    refresh_clusters(db, [cluster_id, new_id])
    return new_id


def undo(db: Database, operation_id: int, *, editor: str, reason: str) -> int:
    """Undo a merge or split; return the cluster the editor should look at next (the one restored)."""
    reason = need_reason(reason)
    with db.transaction():
        row = db.execute("SELECT kind, cluster_id, other_id, claims, undone_at FROM cluster_operations WHERE id = ?",
                         [operation_id]).fetchone()
        if row is None:
            raise NotFound(f"operation {operation_id} does not exist")
        kind, cluster_id, other_id, claims, undone = row
        if undone is not None:
            raise EditorialError("this operation was already undone")
        moved = [(int(i), int(p)) for i, p in json.loads(claims)]
        # Merge: claims went cluster_id -> other_id. Split: cluster_id -> other_id too (the new one).
        if kind == "merge":
            if db.execute("SELECT merged_into FROM clusters WHERE id = ?", [cluster_id]).fetchone()[0] != other_id:
                raise EditorialError("the merged cluster has moved since; undo the later operations first")
            db.execute("UPDATE clusters SET merged_into = NULL, updated_at = ? WHERE id = ?", [now(), cluster_id])
        else:
            live_cluster(db, cluster_id)
        back = 0
        for claim_id, pinned in moved:
            back += db.execute("UPDATE claims SET cluster_id = ?, pinned_cluster = ? WHERE id = ? AND cluster_id = ?",
                               [cluster_id, pinned, claim_id, other_id]).rowcount
        if kind == "split" and not db.execute("SELECT 1 FROM claims WHERE cluster_id = ?", [other_id]).fetchone():
            db.execute("UPDATE clusters SET merged_into = ?, updated_at = ? WHERE id = ?", [cluster_id, now(), other_id])
        recount(db, cluster_id)
        recount(db, other_id)
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (?, ?)", [cluster_id, other_id])
        db.execute("UPDATE cluster_operations SET undone_by = ?, undone_at = ? WHERE id = ?",
                   [editor, now(), operation_id])
        audit(db, editor, f"undo_{kind}", f"cluster:{cluster_id}", f"cluster:{other_id}",
              f"{back} claims back in cluster:{cluster_id}", reason)
    refresh_clusters(db, [cluster_id, other_id])
    return cluster_id


def operations(db: Database, cluster_id: int) -> list[dict]:
    """Merges and splits that touched a cluster, newest first, for its editor page."""
    rows = list(db.query("SELECT id, kind, cluster_id, other_id, claims, editor, at, reason, undone_by, undone_at "
                         "FROM cluster_operations WHERE cluster_id = ? OR other_id = ? ORDER BY id DESC",
                         [cluster_id, cluster_id]))
    for row in rows:
        row["count"] = len(json.loads(row.pop("claims")))
    return rows
