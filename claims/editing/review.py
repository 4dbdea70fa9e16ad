"""The review workflow on clusters: status, assignee, internal notes, a draft verdict, publishing (with a second editor).

Modelled on a newsroom's checking desk: a cluster is `new`, then `in_review` once someone
works on it, `reviewed` when checked, `published` when its verdict is public. Only a
published verdict reaches readers: publishing writes `editor_verdicts`, signed with the
publisher's display name, which the verdict upkeep applies over the computed verdict. A
draft verdict, the assignee and the notes stay on editors' pages. A cluster that changes
after its review (new claims, new sources, another computed verdict or official basis)
comes back to the top of the queue.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from aggregator.store import now
from claims.grouping.refresh import computed_reason, editor_reason
from claims.editing.common import EditorialError, NotAllowed, NOTE_MAX, audit, live_cluster, need_reason

STATUSES = ("new", "in_review", "reviewed", "published")
VERDICTS = ("confirmed", "contradicted", "disputed", "unverified")

# What "the cluster changed since its review" compares: the machine's verdict and what it rests on.
MARK_SQL = ("(k.computed_verdict || '|' || k.claim_count || '|' || k.source_count || '|' || "
            "k.official_claim_ids)")
_REVIEW = ("status", "assignee", "draft_verdict", "draft_reason", "draft_by", "draft_at", "publish_requested_by",
           "publish_requested_at", "reviewed_mark", "reviewed_by", "reviewed_at", "published_by", "published_at")


def _mark(db: Database, cluster_id: int) -> str:
    return db.execute(f"SELECT {MARK_SQL} FROM clusters k WHERE k.id = ?", [cluster_id]).fetchone()[0]


def review_of(db: Database, cluster_id: int) -> dict:
    """A cluster's review as editors see it (a cluster nobody touched is `new`), with `changed` since review."""
    row = db.execute(f"SELECT {', '.join('r.' + k for k in _REVIEW)}, {MARK_SQL} FROM clusters k "
                     "LEFT JOIN cluster_reviews r ON r.cluster_id = k.id WHERE k.id = ?", [cluster_id]).fetchone()
    if row is None:
        return {"status": "new", "changed": False}
    review = dict(zip(_REVIEW, row[:-1]))
    review["status"] = review["status"] or "new"
    review["changed"] = review["reviewed_mark"] is not None and review["reviewed_mark"] != row[-1]
    return review


def _ensure(db: Database, cluster_id: int) -> dict:
    live_cluster(db, cluster_id)
    db.execute("INSERT INTO cluster_reviews (cluster_id, status, updated_at) VALUES (?, 'new', ?) "
               "ON CONFLICT (cluster_id) DO NOTHING", [cluster_id, now()])
    return review_of(db, cluster_id)


def _update(db: Database, cluster_id: int, **values) -> None:
    values["updated_at"] = now()
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE cluster_reviews SET {sets} WHERE cluster_id = ?", [*values.values(), cluster_id])


def _start(db: Database, cluster_id: int, review: dict) -> None:
    """Any work on a new cluster puts it in review."""
    if review["status"] == "new":
        _update(db, cluster_id, status="in_review")


def set_status(db: Database, cluster_id: int, status: str, *, editor: str) -> None:
    """Move a cluster to new, in review or reviewed (publishing has its own step); reviewed records the mark."""
    if status not in STATUSES[:3]:
        raise EditorialError("choose new, in review or reviewed; publishing is its own step")
    with db.transaction():
        review = _ensure(db, cluster_id)
        if review["status"] == "published":
            raise EditorialError("this verdict is published: withdraw the publication first")
        values = {"status": status}
        if status == "reviewed":
            values.update(reviewed_mark=_mark(db, cluster_id), reviewed_by=editor, reviewed_at=now())
        _update(db, cluster_id, **values)
        audit(db, editor, "status", f"cluster:{cluster_id}", review["status"], status, None)


def assign(db: Database, cluster_id: int, assignee: str | None, *, editor: str) -> None:
    """Give the cluster to an editor (the caller checked the account exists), or to nobody."""
    assignee = (assignee or "").strip() or None
    with db.transaction():
        review = _ensure(db, cluster_id)
        _update(db, cluster_id, assignee=assignee)
        _start(db, cluster_id, review)
        audit(db, editor, "assign", f"cluster:{cluster_id}", review["assignee"], assignee, None)


def add_note(db: Database, cluster_id: int, text: str, *, editor: str) -> int:
    """An internal note for the other editors; never shown to readers."""
    text = (text or "").strip()
    if not text:
        raise EditorialError("the note is empty")
    with db.transaction():
        review = _ensure(db, cluster_id)
        note_id = db.execute("INSERT INTO cluster_notes (cluster_id, editor, at, text) VALUES (?, ?, ?, ?) "
                             "RETURNING id", [cluster_id, editor, now(), text[:NOTE_MAX]]).fetchone()[0]
        _start(db, cluster_id, review)
        audit(db, editor, "note", f"cluster:{cluster_id}", None, f"note {note_id}", None)
    return note_id


def notes(db: Database, cluster_id: int) -> list[dict]:
    return list(db.query("SELECT id, editor, at, text FROM cluster_notes WHERE cluster_id = ? ORDER BY id",
                         [cluster_id]))


def draft_verdict(db: Database, cluster_id: int, verdict: str, reason: str, *, editor: str) -> None:
    """The verdict an editor proposes, with its reason; readers see it only once published.

    `verdict = "computed"` drops the draft: publishing will then publish the computed verdict.
    A pending request for a second editor's approval is cancelled, since what is to be
    published changed.
    """
    if verdict != "computed" and verdict not in VERDICTS:
        raise EditorialError(f"unknown verdict {verdict!r}; choose one of {', '.join(VERDICTS)}")
    reason = need_reason(reason)
    with db.transaction():
        review = _ensure(db, cluster_id)
        if verdict == "computed":
            _update(db, cluster_id, draft_verdict=None, draft_reason=reason, draft_by=editor, draft_at=now(),
                    publish_requested_by=None, publish_requested_at=None)
        else:
            _update(db, cluster_id, draft_verdict=verdict, draft_reason=reason, draft_by=editor, draft_at=now(),
                    publish_requested_by=None, publish_requested_at=None)
        _start(db, cluster_id, review)
        audit(db, editor, "draft_verdict", f"cluster:{cluster_id}", review["draft_verdict"] or "computed",
              verdict, reason)


def publish(db: Database, cluster_id: int, *, reason: str, editor: str, signature: str,
            second_editor: bool) -> str:
    """Publish the cluster's verdict (the draft, or else the computed one); return 'published' or 'requested'.

    With `second_editor`, the first editor's publish is a request, and another editor's
    publish approves it; nobody approves their own request.
    """
    with db.transaction():
        review = _ensure(db, cluster_id)
        cluster = live_cluster(db, cluster_id)
        reason = (reason or "").strip() or (review["draft_reason"] or "")
        reason = need_reason(reason)
        if second_editor:
            requester = review["publish_requested_by"]
            if requester is None:
                _update(db, cluster_id, publish_requested_by=editor, publish_requested_at=now(), draft_reason=reason,
                        status="reviewed", reviewed_mark=_mark(db, cluster_id), reviewed_by=editor,
                        reviewed_at=now())
                audit(db, editor, "publish_request", f"cluster:{cluster_id}", review["status"],
                      review["draft_verdict"] or cluster["computed_verdict"], reason)
                return "requested"
            if requester == editor:
                raise NotAllowed("you asked for this publication: another editor must approve it")
            reason = review["draft_reason"] or reason
        verdict = review["draft_verdict"] or cluster["computed_verdict"]
        stamp = now()
        db.execute("INSERT INTO editor_verdicts (cluster_id, verdict, reason, editor, at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (cluster_id) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, "
                   "editor = excluded.editor, at = excluded.at", [cluster_id, verdict, reason, signature, stamp])
        data = editor_reason(signature, reason, stamp, computed_reason(db, cluster_id))
        db.execute("UPDATE clusters SET verdict = ?, verdict_by = ?, verdict_note = ?, reason = ?, updated_at = ? "
                   "WHERE id = ?", [verdict, signature, reason, json.dumps(data, ensure_ascii=False), stamp, cluster_id])
        _update(db, cluster_id, status="published", published_by=editor, published_at=stamp,
                publish_requested_by=None, publish_requested_at=None, reviewed_mark=_mark(db, cluster_id),
                reviewed_by=review["reviewed_by"] or editor, reviewed_at=review["reviewed_at"] or stamp)
        approved = f" (asked by {review['publish_requested_by']})" if review["publish_requested_by"] else ""
        audit(db, editor, "publish", f"cluster:{cluster_id}", f"{cluster['verdict']} ({cluster['verdict_by']})",
              verdict + approved, reason)
    return "published"


def withdraw(db: Database, cluster_id: int, *, reason: str, editor: str) -> None:
    """Take a published verdict back (or cancel a request): readers see the computed verdict again."""
    reason = need_reason(reason)
    with db.transaction():
        review = _ensure(db, cluster_id)
        cluster = live_cluster(db, cluster_id)
        if review["status"] != "published" and review["publish_requested_by"] is None:
            raise EditorialError("nothing is published or waiting for approval on this cluster")
        db.execute("DELETE FROM editor_verdicts WHERE cluster_id = ?", [cluster_id])
        computed = computed_reason(db, cluster_id)
        db.execute("UPDATE clusters SET verdict = computed_verdict, verdict_by = 'computed', verdict_note = NULL, "
                   "reason = ?, updated_at = ? WHERE id = ?",
                   [json.dumps(computed, ensure_ascii=False) if computed else None, now(), cluster_id])
        _update(db, cluster_id, status="in_review", publish_requested_by=None, publish_requested_at=None)
        audit(db, editor, "withdraw", f"cluster:{cluster_id}", f"{cluster['verdict']} ({cluster['verdict_by']})",
              f"{cluster['computed_verdict']} (computed)", reason)
