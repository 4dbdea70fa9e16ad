"""The jobs a worker runs: each one step of the pipeline for one feed, page or article, written to be run twice.

A worker can be killed at any instant, and then its job is run again by another (claims.
queue.worker retries the jobs of workers whose heartbeat stopped). So every job first
looks at the tables, does nothing that is already done, writes its result in one
transaction keyed on natural identities (entry, article URL, claim key), and queues the
next step only after that commit; queuing twice is harmless (queueing locks, and a step
finds nothing to do). The steps are the embedded pipeline's own functions.

    poll_feed(source) -> fetch_page(entry) -> extract(article) -> embed(article) -> settle()
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx
from procrastinate import RetryStrategy
from procrastinate.exceptions import AlreadyEnqueued

from aggregator.crawl import CrawlReport, fetch_pending, poll_source
from aggregator.fetch import Fetcher, FetchPolicy
from aggregator.recheck import RecheckPolicy
from aggregator.runs import record_error
from aggregator.shared import SharedFingerprints, SharedPacer, SharedRobots
from aggregator.sources import PendingEntry, Source
from aggregator.store import connect
from claims.embedding.cache import embed_texts_counted
from claims.embedding.encoder import Embedder
from claims.pipeline import run_pipeline
from claims.queue.app import APP, CLAIMS, EMBED, EXTRACT, FETCH

log = logging.getLogger(__name__)

# A job that raises (a bug, the database restarting) is tried again, waiting 2, 4, 8... s.
# Later steps go first (higher priority): an article started is finished before new pages are fetched.
RETRY = RetryStrategy(max_attempts=5, exponential_wait=2)
SETTLE_LOCK = "recoupe-settle"


@dataclass
class Runtime:
    """What one worker process keeps between jobs: its config, connections, HTTP client, model."""

    config: object                      # recoupe.config.Config
    url: str
    _local: threading.local = field(default_factory=threading.local)
    _fetcher: Fetcher | None = None
    _client: httpx.AsyncClient | None = None
    _embedder: Embedder | None = None
    _embedder_lock: threading.Lock = field(default_factory=threading.Lock)
    fingerprints: SharedFingerprints = field(default_factory=SharedFingerprints)
    # One thread for page text extraction, one for the claims steps: CPU work holds the GIL,
    # so more threads would only starve the event loop (and its heartbeats); add processes instead.
    extractors: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "recoupe-extract"))
    cpu: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "recoupe-claims"))
    stores: list = field(default_factory=list)

    def store(self):
        """This thread's connection to the store (jobs run on the event loop and in threads)."""
        db = getattr(self._local, "db", None)
        if db is None or db.closed:
            db = self._local.db = connect(self.url)
            self.stores.append(db)
        return db

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            crawl = self.config.crawl
            self._client = httpx.AsyncClient(timeout=crawl.timeout, follow_redirects=False,
                                             headers={"User-Agent": crawl.user_agent})
            self._fetcher = Fetcher(self._client, FetchPolicy.from_settings(crawl), pacer=SharedPacer(self.store),
                                    robots=SharedRobots(self.store))
        return self._fetcher

    def embedder(self) -> Embedder:
        with self._embedder_lock:
            if self._embedder is None:
                claims = self.config.claims
                self._embedder = Embedder(claims.model, engine=claims.engine)
            return self._embedder

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
        self.extractors.shutdown(wait=False, cancel_futures=True)
        self.cpu.shutdown(wait=False, cancel_futures=True)
        for db in self.stores:
            db.close()


_runtime: Runtime | None = None


def install(runtime: Runtime | None) -> None:
    """Give the jobs of this process their runtime (claims.queue.worker does, before taking jobs)."""
    global _runtime
    _runtime = runtime


def runtime() -> Runtime:
    if _runtime is None:
        raise RuntimeError("no worker runtime installed (claims.queue.tasks.install)")
    return _runtime


# --- queuing ----------------------------------------------------------------------------------


def queue_job(task, lock: str | None, **kwargs) -> bool:
    """Queue a job unless one with the same queueing lock waits already; True if queued."""
    try:
        task.configure(queueing_lock=lock).defer(**kwargs)
        return True
    except AlreadyEnqueued:
        return False


async def queue_job_async(task, lock: str | None, **kwargs) -> bool:
    try:
        await task.configure(queueing_lock=lock).defer_async(**kwargs)
        return True
    except AlreadyEnqueued:
        return False


def _source(db, source_id: int) -> Source | None:
    row = db.execute("SELECT id, name, url, kind, official FROM sources WHERE id = ?", [source_id]).fetchone()
    return Source(row[0], row[1], row[2], row[3], bool(row[4])) if row else None


def _entry(db, entry_id: int) -> tuple[PendingEntry | None, str, int | None]:
    """The entry if it is pending, else None; its state; its article."""
    row = db.execute("SELECT id, source_id, url, link, guid, title, summary, published, updated, etag, "
                     "last_modified, article_id, attempts, state FROM entries WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        return None, "gone", None
    return (PendingEntry(*row[:13]) if row[13] == "pending" else None), row[13], row[11]


# --- the jobs ---------------------------------------------------------------------------------


@APP.task(name="recoupe:poll_feed", queue=FETCH, retry=RETRY)
async def poll_feed(source_id: int, run_id: int) -> None:
    """Poll one feed (conditional GET, back-off kept in feed_state), then queue its pending pages."""
    rt = runtime()
    db = rt.store()
    source = _source(db, source_id)
    if source is None:
        return
    report = CrawlReport(run_id=run_id)
    await poll_source(db, rt.fetcher(), source, report, max_new=rt.config.crawl.max_new_per_feed)
    pending = [r[0] for r in db.execute("SELECT id FROM entries WHERE source_id = ? AND state = 'pending' "
                                        "ORDER BY id", [source_id])]
    for entry_id in pending:
        await queue_job_async(fetch_page, f"entry:{entry_id}", entry_id=entry_id, run_id=run_id)
    log.info("source %d: polled, %d pages queued", source_id, len(pending))


@APP.task(name="recoupe:fetch_page", queue=FETCH, retry=RETRY, priority=5)
async def fetch_page(entry_id: int, run_id: int) -> None:
    """Fetch, extract and store one page (the host's turn is shared by all workers), then queue its analysis."""
    rt = runtime()
    db = rt.store()
    entry, state, article_id = _entry(db, entry_id)
    if entry is not None:
        source = _source(db, entry.source_id)
        report = CrawlReport(run_id=run_id)
        try:
            await fetch_pending(db, rt.fetcher(), entry, source, report, executor=rt.extractors,
                                fingerprints=rt.fingerprints.bind(db),
                                recheck=RecheckPolicy.from_settings(rt.config.crawl))
        except BaseException:
            rt.fingerprints.reset()
            raise
        _entry_now, state, article_id = _entry(db, entry_id)
    if state == "done" and article_id is not None:
        await queue_job_async(extract, f"extract:{article_id}", article_id=article_id, run_id=run_id)


# The CPU-bound steps run in a thread of their own (their own store connection); the job
# itself stays on the worker's event loop, where the next step is queued.


@APP.task(name="recoupe:extract", queue=EXTRACT, retry=RETRY, priority=10)
async def extract(article_id: int, run_id: int) -> None:
    """Judge one article's scope and store its claims (the lead's vector comes through the cache)."""
    await _on_cpu(_extract, article_id, run_id)
    await queue_job_async(embed, f"embed:{article_id}", article_id=article_id, run_id=run_id)


def _extract(article_id: int, run_id: int) -> None:
    rt = runtime()
    db = rt.store()
    report = run_pipeline(db, incident=rt.config.incident, settings=rt.config.claims, embedder=_embedder_or_none(rt),
                          only=[article_id], settle=False)
    _record(db, run_id, report.errors)


@APP.task(name="recoupe:embed", queue=EMBED, retry=RETRY, priority=20)
async def embed(article_id: int, run_id: int) -> None:
    """Embed an article's free-text claims into the cache, so settling clusters them without the model."""
    await _on_cpu(_embed, article_id)
    _fault("embed")
    await queue_job_async(settle, "settle", run_id=run_id)


def _embed(article_id: int) -> None:
    rt = runtime()
    db = rt.store()
    texts = [r[0] for r in db.execute(
        "SELECT c.text FROM claims c JOIN article_scope s ON s.article_id = c.article_id AND s.in_incident = 1 "
        "WHERE c.article_id = ? AND c.slot IS NULL AND c.cluster_id IS NULL ORDER BY c.id", [article_id])]
    if texts:
        embed_texts_counted(db, rt.embedder(), texts)


@APP.task(name="recoupe:settle", queue=CLAIMS, lock=SETTLE_LOCK, retry=RETRY, priority=30)
async def settle(run_id: int) -> None:
    """Cluster the claims waiting and bring verdicts up to date; one at a time in the whole system.

    While articles are still being fetched and analysed, it waits (a new job in a few
    seconds), so a burst is clustered in one pass, in the order the embedded pipeline
    uses; a claim never waits longer than [workers] settle_wait, however busy the queue.
    """
    rt = runtime()
    if await asyncio.to_thread(_should_wait, rt):
        try:
            await settle.configure(queueing_lock="settle", schedule_in={"seconds": 2}).defer_async(run_id=run_id)
        except AlreadyEnqueued:
            pass
        return
    await _on_cpu(_settle, run_id)
    _fault("settle")


UPSTREAM = ("recoupe:poll_feed", "recoupe:fetch_page", "recoupe:extract", "recoupe:embed")


def _should_wait(rt: Runtime) -> bool:
    db = rt.store()
    # Jobs queued or running, a dead worker's included (the sweep will queue it again), and
    # articles stored but not analysed yet: clustering them in one pass later gives the same
    # clusters as the embedded crawl, whose one pass sees them all.
    busy = db.execute(f"SELECT count(*) FROM procrastinate_jobs WHERE task_name IN ({', '.join('?' * len(UPSTREAM))}) "
                      "AND status IN ('todo', 'doing')", list(UPSTREAM)).fetchone()[0]
    busy = busy or db.execute("SELECT 1 FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
                              "WHERE s.article_id IS NULL OR s.article_version != a.version LIMIT 1").fetchone()
    if not busy:
        return False
    oldest = db.execute("SELECT min(c.created_at) FROM claims c JOIN article_scope s ON s.article_id = c.article_id "
                        "AND s.in_incident = 1 WHERE c.cluster_id IS NULL AND c.pinned_cluster = 0").fetchone()[0]
    if oldest is None:
        return True
    waited = (dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(oldest)).total_seconds()
    return waited < rt.config.workers.settle_wait


def _settle(run_id: int) -> None:
    from aggregator.store import writer_lock
    from claims.alerts import notify

    rt = runtime()
    db = rt.store()
    with writer_lock(rt.url, wait=True):
        report = run_pipeline(db, incident=rt.config.incident, settings=rt.config.claims,
                              embedder=_embedder_or_none(rt), only=[])
        _record(db, run_id, report.errors)
        config = rt.config
        notify(db, config.alerts, base_url=config.web.public_url, incident=config.incident.title)


def _fault(task: str) -> None:
    """For the tests that kill workers: die by SIGKILL right after `task`'s commit, before it is acknowledged.

    The one instant a kill from outside cannot aim at; set RECOUPE_TEST_DIE_AFTER=task.
    """
    if os.environ.get("RECOUPE_TEST_DIE_AFTER") == task:
        os.kill(os.getpid(), signal.SIGKILL)


async def _on_cpu(fn, *args):
    return await asyncio.get_running_loop().run_in_executor(runtime().cpu, fn, *args)


def _embedder_or_none(rt: Runtime) -> Embedder | None:
    """The model, or None when it cannot load: the pipeline then reports it and leaves free text waiting."""
    try:
        return rt.embedder()
    except Exception as exc:  # reported by the pipeline's own load attempt too; the job goes on
        log.warning("the embedding model cannot be loaded: %s", exc)
        return None


def _record(db, run_id: int, errors: list) -> None:
    for message in errors:
        exc = message if isinstance(message, BaseException) else RuntimeError(str(message))
        record_error(db, run_id, exc, url=getattr(exc, "url", None))
