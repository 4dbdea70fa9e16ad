"""Queue work for the workers: what `recoupe crawl` does with a PostgreSQL store, and the workers' sweep.

The tables say what is pending (entries to fetch, articles to analyse, claims to cluster);
the queue only says who does it next. So a job lost in an outage is found again by the
sweep, and queuing what is queued already is harmless (queueing locks).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

from aggregator import sources as entries
from aggregator.recheck import RecheckPolicy
from aggregator.runs import finish_run, start_run
from claims.grouping.marks import dirty, unclustered
from claims.queue.tasks import extract, fetch_page, poll_feed, queue_job, queue_job_async, settle

log = logging.getLogger(__name__)

# Articles queued for analysis per sweep: the next sweep takes the rest.
SWEEP_BATCH = 5000


def queue_crawl(db, config) -> tuple[int, Counter]:
    """One run's worth of work: poll every due feed, fetch every page source and leftover, analyse what waits."""
    run_id = start_run(db, "crawl")
    counts: Counter = Counter()
    wanted = entries.sync_sources(db, config.sources)
    for source in wanted:
        if source.kind == "page":
            entries.enqueue_page(db, source.id, source.url)
    counts["pages_requeued"] = entries.requeue_due(db, RecheckPolicy.from_settings(config.crawl))
    for source in wanted:
        if source.kind == "feed":
            counts["feeds_queued"] += queue_job(poll_feed, f"feed:{source.id}", source_id=source.id, run_id=run_id)
    for entry in entries.pending_entries(db, [s.id for s in wanted]):
        counts["pages_queued"] += queue_job(fetch_page, f"entry:{entry.id}", entry_id=entry.id, run_id=run_id)
    counts.update(sweep(db, run_id))
    finish_run(db, run_id, counts)
    return run_id, counts


def sweep(db, run_id: int | None = None) -> Counter:
    """Queue analysis of articles that wait without a job, and a settle when claims wait for clusters."""
    counts: Counter = Counter()
    for task, lock, kwargs in waiting_work(db, run_id):
        counts["analyses_queued" if task is extract else "settles_queued"] += queue_job(task, lock, **kwargs)
    return counts


async def sweep_async(db, run_id: int | None = None) -> Counter:
    """`sweep` for a worker's event loop: the tables are read in a thread, the jobs queued on the loop."""
    counts: Counter = Counter()
    for task, lock, kwargs in await asyncio.to_thread(waiting_work, db, run_id):
        queued = await queue_job_async(task, lock, **kwargs)
        counts["analyses_queued" if task is extract else "settles_queued"] += queued
    return counts


def waiting_work(db, run_id: int | None = None) -> list[tuple]:
    """(task, queueing lock, arguments) of the work the tables say waits without a job."""
    work = []
    if run_id is None:
        row = db.execute("SELECT max(id) FROM crawl_runs WHERE kind = 'crawl'").fetchone()
        run_id = row[0] if row and row[0] is not None else start_run(db, "crawl")
    waiting = [r[0] for r in db.execute(
        "SELECT a.id FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
        "WHERE (s.article_id IS NULL OR s.article_version != a.version) AND NOT EXISTS (SELECT 1 FROM "
        "procrastinate_jobs j WHERE j.queueing_lock = 'extract:' || a.id AND j.status = 'todo') "
        "ORDER BY a.id LIMIT ?", [SWEEP_BATCH])]
    for article_id in waiting:
        work.append((extract, f"extract:{article_id}", {"article_id": article_id, "run_id": run_id}))
    if unclustered(db) or dirty(db):
        work.append((settle, "settle", {"run_id": run_id}))
    return work
