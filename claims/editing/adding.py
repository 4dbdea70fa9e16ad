"""Pages editors add, as jobs: queued by the request, fetched and analysed by a background worker, told in words.

The request only records the job, so an editor never waits on a fetch; a worker (the web's
background thread, holding the writer lock) runs it and records its outcome, which the
form shows in the editor's language. A failed add removes the source it created, so
nothing stray is left behind. The add itself is one callable handed in: the web hands in
claims.jobs.add_and_analyse, the path `recoupe add` takes too.
"""

from __future__ import annotations

import logging
import re
from typing import Callable

from sqlite_utils import Database

from aggregator.store import now
from claims.editing.common import EditorialError, NotFound, need_reason

log = logging.getLogger(__name__)

# What an add can end as; the web says each in the editor's language.
OUTCOMES = ("added", "off_topic", "already", "robots", "not_found", "too_large", "unreachable", "refused", "failed")
RUNNING = ("queued", "waiting", "fetching", "analysing")
_ERROR_OUTCOMES = {"RobotsDisallowed": "robots", "TooLarge": "too_large", "Timeout": "unreachable",
                   "NetworkError": "unreachable", "AddressRefused": "refused", "TooManyRedirects": "unreachable"}

Add = Callable[[Database, dict, Callable[[str], None]], object]


def submit(db: Database, url: str, *, reason: str, editor: str, official: bool = False,
           source_name: str | None = None) -> int:
    """Queue a page to add; returns the job's id, which the form follows."""
    reason = need_reason(reason)
    url = (url or "").strip()
    if not url:
        raise EditorialError("give the address of the page")
    stamp = now()
    with db.transaction():
        return db.execute("INSERT INTO add_jobs (url, source_name, official, reason, editor, state, created_at, "
                          "updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?) RETURNING id",
                          [url[:2000], (source_name or "").strip()[:200] or None, int(official), reason, editor,
                           stamp, stamp]).fetchone()[0]


def job(db: Database, job_id: int) -> dict:
    rows = list(db.query("SELECT * FROM add_jobs WHERE id = ?", [job_id]))
    if not rows:
        raise NotFound(f"there is no added page {job_id}")
    found = rows[0]
    found["running"] = found["state"] in RUNNING
    return found


def recent(db: Database, *, limit: int = 10) -> list[dict]:
    return list(db.query("SELECT * FROM add_jobs ORDER BY id DESC LIMIT ?", [limit]))


def next_job(db: Database) -> int | None:
    row = db.execute("SELECT id FROM add_jobs WHERE state IN ('queued', 'waiting') ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def marked_running(db: Database) -> bool:
    """Whether a job is marked as being fetched or analysed (by a live process, or one that died)."""
    return db.execute("SELECT 1 FROM add_jobs WHERE state IN ('fetching', 'analysing') LIMIT 1").fetchone() is not None


def recover(db: Database) -> int:
    """Jobs a dead process left half-done go back to the queue (the fetch and analysis are idempotent)."""
    with db.transaction():
        return db.execute("UPDATE add_jobs SET state = 'queued', updated_at = ? WHERE state IN ('fetching', "
                          "'analysing')", [now()]).rowcount


def set_state(db: Database, job_id: int, state: str) -> None:
    with db.transaction():
        db.execute("UPDATE add_jobs SET state = ?, updated_at = ? WHERE id = ?", [state, now(), job_id])


def run_job(db: Database, job_id: int, add: Add) -> dict:
    """Run one queued job with `add(db, job, set_state)` (the caller holds the writer lock) and record its outcome."""
    found = job(db, job_id)
    name = found["source_name"]
    before = {r[0] for r in db.execute("SELECT id FROM sources")}
    set_state(db, job_id, "fetching")
    outcome, detail, article_id, run_id = "failed", None, None, None
    try:
        added = add(db, found, lambda state: set_state(db, job_id, state))
        run_id = added.run_id
        outcome, detail, article_id = _outcome(db, added, found["url"])
    except EditorialError as exc:
        outcome, detail = ("refused" if type(exc).__name__ in ("UrlRefused", "PermissionRefused") else "failed"), str(exc)
    except Exception as exc:  # the worker must go on; the editor reads what happened
        log.exception("add job %d (%s) failed", job_id, found["url"])
        detail = f"{type(exc).__name__}: {exc}"
    if outcome not in ("added", "off_topic", "already"):
        _discard_new_sources(db, before, name)
    with db.transaction():
        db.execute("UPDATE add_jobs SET state = 'done', outcome = ?, detail = ?, article_id = ?, run_id = ?, "
                   "updated_at = ? WHERE id = ?", [outcome, detail, article_id, run_id, now(), job_id])
    log.info("add job %d (%s): %s", job_id, found["url"], outcome)
    return job(db, job_id)


def _outcome(db: Database, added, url: str) -> tuple[str, str | None, int | None]:
    if added.article_ids:
        article_id = added.article_ids[0]
        scope = db.execute("SELECT in_incident, reason FROM article_scope WHERE article_id = ?",
                           [article_id]).fetchone()
        if scope is not None and not scope[0]:
            return "off_topic", scope[1], article_id
        return "added", None, article_id
    errors = db.execute("SELECT kind, message FROM run_errors WHERE run_id = ? ORDER BY id", [added.run_id]).fetchall()
    for kind, message in errors:
        if kind in _ERROR_OUTCOMES:
            return _ERROR_OUTCOMES[kind], message, None
        if kind == "HTTPStatusError" and re.search(r"\b(404|410)\b", message):
            return "not_found", message, None
    if errors:
        return "failed", errors[0][1], None
    skipped = db.execute("SELECT error FROM entries WHERE (link = ? OR url = ?) AND state = 'skipped' "
                         "ORDER BY id DESC LIMIT 1", [url, url]).fetchone()
    if skipped is not None:  # the crawler skips what robots.txt forbids, and what is not a page, without an error
        return ("robots" if "robots" in (skipped[0] or "").lower() else "failed"), skipped[0], None
    row = db.execute("SELECT article_id FROM entries WHERE (link = ? OR url = ?) AND article_id IS NOT NULL "
                     "ORDER BY fetched_at DESC LIMIT 1", [url, url]).fetchone()
    if row is not None:
        return "already", None, row[0]
    return "failed", "the page gave no article text", None


def _discard_new_sources(db: Database, before: set[int], name: str | None) -> None:
    """Remove the sources this failed add created (and the queue rows that name them); errors stay in the run."""
    created = [r[0] for r in db.execute("SELECT id FROM sources WHERE kind = 'manual'") if r[0] not in before]
    with db.transaction():
        for source_id in created:
            if db.execute("SELECT 1 FROM articles WHERE source_id = ?", [source_id]).fetchone():
                continue
            db.execute("UPDATE run_errors SET source_id = NULL WHERE source_id = ?", [source_id])
            db.execute("DELETE FROM entries WHERE source_id = ?", [source_id])
            db.execute("DELETE FROM feed_state WHERE source_id = ?", [source_id])
            db.execute("DELETE FROM sources WHERE id = ?", [source_id])
