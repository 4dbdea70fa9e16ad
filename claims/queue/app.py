"""The procrastinate application over the store's PostgreSQL database, and its schema.

The queue lives in the same database as the data, so no other engine runs, and a job
queued in a transaction is queued if and only if the transaction commits.
"""

from __future__ import annotations

import logging

import procrastinate

from aggregator.migrate import MIGRATION_LOCK
from aggregator.store import connect

log = logging.getLogger(__name__)

# The queues, one per kind of work, so an operator can give each its own workers.
FETCH, EXTRACT, EMBED, CLAIMS = "fetch", "extract", "embed", "claims"
QUEUES = (FETCH, EXTRACT, EMBED, CLAIMS)


# One App per process, as procrastinate wants (tasks hold a link to it); claims.queue.tasks
# registers the jobs on it, and make_app points it at the store's database.
APP = procrastinate.App(connector=procrastinate.PsycopgConnector())


def make_app(url: str, *, pool_size: int = 4) -> procrastinate.App:
    """The App with Recoupe's tasks, pointed at `url`, not yet opened."""
    import claims.queue.tasks  # noqa: F401  (registers the jobs)

    connector = procrastinate.PsycopgConnector(conninfo=url, kwargs={"application_name": "recoupe-queue"},
                                               min_size=1, max_size=pool_size)
    APP.connector = connector
    APP.job_manager.connector = connector
    return APP


def ensure_schema(url: str) -> None:
    """Create procrastinate's tables once, whichever process starts first (the others wait on the lock)."""
    db = connect(url)
    try:
        db.execute("SELECT pg_advisory_lock(?)", [MIGRATION_LOCK])
        if not db.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()[0]:
            log.info("creating the job queue's tables (procrastinate %s)", procrastinate.__version__)
            db.execute(procrastinate.schema.SchemaManager.get_schema())
        db.execute("SELECT pg_advisory_unlock(?)", [MIGRATION_LOCK])
    finally:
        db.close()
