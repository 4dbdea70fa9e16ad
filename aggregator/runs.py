"""Crawl runs and their errors: what ran when, what it did, and what went wrong, in words."""

from __future__ import annotations

import json
import os
from collections import Counter

from sqlite_utils import Database

from aggregator.store import now


def start_run(db: Database, kind: str = "crawl") -> int:
    """Open a run; runs still marked running belong to a process that died, so close them as interrupted.

    Only the holder of the writer lock calls this, so no live run can be mislabelled.
    """
    with db.transaction():
        db.execute("UPDATE crawl_runs SET status = 'interrupted', ended_at = COALESCE(ended_at, ?) "
                   "WHERE status = 'running'", [now()])
        return db.execute("INSERT INTO crawl_runs (kind, started_at, status, pid) VALUES (?, ?, 'running', ?) "
                          "RETURNING id", [kind, now(), os.getpid()]).fetchone()[0]


def record_error(db: Database, run_id: int, exc: BaseException, *, source_id: int | None = None,
                 url: str | None = None) -> None:
    with db.transaction():
        db.execute("INSERT INTO run_errors (run_id, source_id, url, kind, message, at) VALUES (?, ?, ?, ?, ?, ?)",
                   [run_id, source_id, url, type(exc).__name__, str(exc), now()])


def finish_run(db: Database, run_id: int, counts: Counter) -> str:
    """Close a run with its counts; the status says whether anything failed."""
    errors = db.execute("SELECT count(*) FROM run_errors WHERE run_id = ?", [run_id]).fetchone()[0]
    status = "errors" if errors else "ok"
    with db.transaction():
        db.execute("UPDATE crawl_runs SET ended_at = ?, status = ?, counts = ?, error_count = ? WHERE id = ?",
                   [now(), status, json.dumps(dict(counts), sort_keys=True), errors, run_id])
    return status


def last_run(db: Database) -> dict | None:
    row = db.execute("SELECT id, kind, started_at, ended_at, status, counts, error_count FROM crawl_runs "
                     "ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    keys = ("id", "kind", "started_at", "ended_at", "status", "counts", "error_count")
    run = dict(zip(keys, row))
    run["counts"] = json.loads(run["counts"])
    return run


def run_errors(db: Database, run_id: int) -> list[str]:
    """A run's error messages, oldest first, as a user should read them."""
    return [row[0] for row in db.execute("SELECT message FROM run_errors WHERE run_id = ? ORDER BY id", [run_id])]
