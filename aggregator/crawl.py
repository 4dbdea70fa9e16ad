"""The crawl orchestrator: poll feeds -> queue entries -> fetch pages -> extract -> store, one run at a time.

Each step is a plain function of another module; this one only sequences them, catches
their errors per source and per page, records them, and counts. Work moves through the
`entries` table, committed page by page, so a run killed anywhere is finished by the next.
The caller holds the writer lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import time
from collections import Counter
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Callable, Iterable

import httpx
from sqlite_utils import Database

from aggregator import sources as queue
from aggregator.articles import Outcome, store_article
from aggregator.config import CrawlSettings, SourceSettings
from aggregator.dedup import FingerprintIndex
from aggregator.wire import load_fingerprints
from aggregator.extract import Extracted, ExtractionError, safe_extract, text_from_summary, with_feed_fallbacks
from aggregator.feeds import FeedError, parse_feed
from aggregator.language import guess_language
from aggregator.fetch import (FetchError, Fetcher, FetchPolicy, RateLimited, RobotsDisallowed,
                              UnsupportedContent)
from aggregator.pool import POOL_THRESHOLD, ExtractionPool
from aggregator.recheck import RecheckPolicy
from aggregator.runs import finish_run, record_error, start_run
from aggregator.shared import SharedRobots
from aggregator.sources import PendingEntry, Source
from aggregator.stopwatch import Stopwatch
from aggregator.urls import canonical_url

log = logging.getLogger(__name__)


@dataclass
class CrawlReport:
    """What one run did, for the summary line, the exit code and the crawl_runs table."""

    run_id: int
    counts: Counter = field(default_factory=Counter)
    status: str = "running"
    seconds: float = 0.0
    article_ids: set[int] = field(default_factory=set)
    watch: Stopwatch = field(default_factory=Stopwatch)  # fetch (polls, requests, storage) and extraction

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def summary(self) -> str:
        c = self.counts
        return (
            f"crawl #{self.run_id} {self.status} in {self.seconds:.1f}s: "
            f"{c['feeds_polled']} feeds polled ({c['feeds_unchanged']} unchanged, {c['feeds_failed']} failed, "
            f"{c['feeds_waiting']} backing off), {c['pages_fetched']} pages fetched "
            f"({c['pages_unchanged']} unchanged), {c['articles_new']} new articles, "
            f"{c['articles_updated']} updated, {c['articles_syndicated']} syndicated copies, "
            f"{c['pages_skipped']} skipped, {c['errors']} errors"
        )


def run_crawl(db: Database, *, sources: Iterable[SourceSettings], settings: CrawlSettings,
              client: httpx.AsyncClient | None = None,
              progress: Callable[[int], object] | None = None, run_id: int | None = None) -> CrawlReport:
    """One incremental run over every configured source.

    With `run_id`, the run record belongs to the caller (the crawl-and-analyse orchestrator
    opens it before and closes it after the claims stage); without, this run opens and
    closes its own, as a crawl alone.
    """
    started = time.monotonic()
    report = CrawlReport(run_id=start_run(db, "crawl") if run_id is None else run_id)
    wanted = queue.sync_sources(db, sources)
    for source in wanted:
        if source.kind == "page":
            queue.enqueue_page(db, source.id, source.url)
    revisited = queue.requeue_due(db, RecheckPolicy.from_settings(settings))
    report.counts["pages_rechecked"] += revisited
    log.info("run %d: %d sources, %d pages due for a re-check", report.run_id, len(wanted), revisited)
    with report.watch.stage("fetch"):
        asyncio.run(_crawl(db, wanted, settings, client, report, progress))
    if run_id is None:
        report.status = finish_run(db, report.run_id, report.counts)
    report.seconds = time.monotonic() - started
    log.info("%s", report.summary())
    return report


def add_page(db: Database, url: str, *, source: Source, settings: CrawlSettings,
             client: httpx.AsyncClient | None = None, guard_private: bool = True,
             run_id: int | None = None) -> CrawlReport:
    """Fetch and store one page by hand (a communiqué in no feed); same steps, one entry.

    `run_id` as for run_crawl: given, the caller owns the run record.
    """
    started = time.monotonic()
    report = CrawlReport(run_id=start_run(db, "add") if run_id is None else run_id)
    entry_id = queue.enqueue_page(db, source.id, url)
    entries = [e for e in queue.pending_entries(db, [source.id]) if e.id == entry_id]

    async def go() -> None:
        async with _client(client, settings) as http:
            pages = _Pages(db, _fetcher(db, http, settings), {source.id: source}, report,
                           None, settings, fingerprints=None, warm=False)
            try:
                await pages.fetch(entries, guard_private=guard_private and not settings.allow_private_addresses)
            finally:
                pages.close()

    asyncio.run(go())
    if run_id is None:
        report.status = finish_run(db, report.run_id, report.counts)
    report.seconds = time.monotonic() - started
    return report


def _fetcher(db: Database, http: httpx.AsyncClient, settings: CrawlSettings) -> Fetcher:
    """A Fetcher for one run, keeping robots.txt answers in the store (a day per site, across runs)."""
    return Fetcher(http, FetchPolicy.from_settings(settings), robots=SharedRobots(lambda: db))


async def _crawl(db: Database, wanted: list[Source], settings: CrawlSettings, client: httpx.AsyncClient | None,
                 report: CrawlReport, progress: Callable[[int], object] | None) -> None:
    """Each source on its own: poll it (feeds), then fetch its pending pages, while the others go on.

    A feed that drips or hangs holds only its own pages back, never the other sources'.
    """
    by_id = {s.id: s for s in wanted}
    async with _client(client, settings) as http:
        fetcher = _fetcher(db, http, settings)
        pages = _Pages(db, fetcher, by_id, report, progress, settings, fingerprints=load_fingerprints(db),
                       warm=_expect_many(db))
        try:
            await asyncio.gather(*(pages.source(s) for s in wanted))
        finally:
            pages.close()


class _Pages:
    """What the sources of one run share: the fetcher, the window of pages in memory, the extraction pool."""

    def __init__(self, db: Database, fetcher: Fetcher, sources: dict[int, Source], report: CrawlReport,
                 progress: Callable[[int], object] | None, settings: CrawlSettings, *,
                 fingerprints: FingerprintIndex | None, warm: bool) -> None:
        self.db, self.fetcher, self.sources, self.report = db, fetcher, sources, report
        self.progress, self.settings, self.fingerprints = progress, settings, fingerprints
        self.recheck = RecheckPolicy.from_settings(settings)
        # Bound pages held in memory between download and storage, not just requests in flight.
        self.window = asyncio.Semaphore(max(4, fetcher.policy.concurrency * 2))
        self.workers = settings.extract_workers or os.cpu_count() or 1
        self.seen = 0
        # Pages are extracted in-process until the workers are warm (aggregator.pool); when a
        # big run is likely they start now, while the feeds are polled.
        self.executor = ExtractionPool(self.workers)
        if warm:
            self.executor.start()

    async def source(self, source: Source) -> None:
        """Poll one source if it is a feed, then fetch its pending pages; a failure stays with this source."""
        try:
            if source.kind == "feed":
                await _poll(self.db, self.fetcher, source, self.report, self.settings.max_new_per_feed)
            await self.fetch(queue.pending_entries(self.db, [source.id]), guard_private=False)
        except Exception as exc:  # a bug on one source must not stop the others
            log.exception("source %d (%s): unexpected failure", source.id, source.name)
            _error(self.db, self.report, exc, source_id=source.id, url=source.url)

    async def fetch(self, entries: list[PendingEntry], *, guard_private: bool) -> None:
        if not entries:
            return
        if self.progress:
            self.progress(len(entries))
        self.seen += len(entries)
        if self.seen >= POOL_THRESHOLD:
            self.executor.start()
        await asyncio.gather(*(self._one(e, guard_private) for e in entries))

    async def _one(self, entry: PendingEntry, guard_private: bool) -> None:
        async with self.window:
            try:
                await _fetch_entry(self.db, self.fetcher, entry, self.sources[entry.source_id], self.executor,
                                   self.report, guard_private=guard_private, fingerprints=self.fingerprints,
                                   recheck=self.recheck)
            except Exception as exc:  # a bug on one page must not lose the others
                log.exception("entry %d (%s): unexpected failure", entry.id, entry.url)
                _error(self.db, self.report, exc, source_id=entry.source_id, url=entry.url)
                with self.db.transaction():
                    queue.mark_entry(self.db, entry.id, "retry", error=f"{type(exc).__name__}: {exc}")
        if self.progress:
            self.progress(-1)

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)


def _expect_many(db: Database) -> bool:
    """Whether this run will probably fetch enough pages to pay for a process pool.

    True when many pages wait or the last run fetched many. A first crawl's size is not
    known until its feeds are read: its pool starts once they list enough pages, while
    the first pages are extracted in-process (aggregator.pool).
    """
    pending = db.execute("SELECT count(*) FROM entries WHERE state = 'pending'").fetchone()[0]
    row = db.execute("SELECT counts FROM crawl_runs WHERE kind = 'crawl' AND status != 'running' "
                     "ORDER BY id DESC LIMIT 1").fetchone()
    fetched = json.loads(row[0] or "{}").get("pages_fetched", 0) if row is not None else 0
    return pending >= POOL_THRESHOLD or fetched >= POOL_THRESHOLD


def _client(client: httpx.AsyncClient | None, settings: CrawlSettings):
    """The caller's client (tests inject faults through its transport) or a fresh one."""
    if client is not None:
        return contextlib.nullcontext(client)  # borrowed: the caller closes it
    return httpx.AsyncClient(timeout=settings.timeout, follow_redirects=False,
                             headers={"User-Agent": settings.user_agent})


async def _poll(db: Database, fetcher: Fetcher, source: Source, report: CrawlReport, max_new: int) -> None:
    """Poll one feed and queue its entries; a failure is recorded and backs the feed off, never fatal."""
    state = queue.feed_state(db, source.id)
    if not queue.due(state, _utcnow()):
        report.counts["feeds_waiting"] += 1
        log.info("source %d (%s): backing off until %s", source.id, source.name, state.next_poll_after)
        return
    report.counts["feeds_polled"] += 1
    try:
        response = await fetcher.fetch(source.url, etag=state.etag, last_modified=state.last_modified,
                                       expect="feed")
    except FetchError as exc:
        report.counts["feeds_failed"] += 1
        _error(db, report, exc, source_id=source.id, url=source.url)
        queue.record_poll(db, source.id, state, status=getattr(exc, "status", None), error=str(exc),
                          retry_after=exc.retry_after if isinstance(exc, RateLimited) else None)
        return
    if response.not_modified:
        report.counts["feeds_unchanged"] += 1
        queue.record_poll(db, source.id, state, status=304, etag=response.etag or state.etag,
                          last_modified=response.last_modified or state.last_modified)
        return
    try:
        # In a thread: a feed of 50,000 items takes seconds to parse, and the event loop must
        # keep the other sources' requests moving meanwhile (their deadlines run).
        parsed = await asyncio.to_thread(parse_feed, response.body, url=response.url,
                                         content_type=response.content_type)
    except FeedError as exc:
        report.counts["feeds_failed"] += 1
        _error(db, report, exc, source_id=source.id, url=source.url)
        queue.record_poll(db, source.id, state, status=response.status, error=str(exc))
        return
    if parsed.problem:
        report.counts["feeds_malformed"] += 1
        _error(db, report, FeedError(f"{source.url}: malformed feed, {len(parsed.entries)} entries kept "
                                     f"({parsed.problem})"), source_id=source.id, url=source.url)
    queued = queue.enqueue(db, source.id, parsed.entries, max_new=max_new)
    report.counts["entries_queued"] += queued
    queue.record_poll(db, source.id, state, status=response.status, etag=response.etag,
                      last_modified=response.last_modified)
    log.info("source %d (%s): %d entries, %d queued", source.id, source.name, len(parsed.entries), queued)


async def _fetch_entry(db: Database, fetcher: Fetcher, entry: PendingEntry, source: Source,
                       executor: Executor | None, report: CrawlReport, *, guard_private: bool,
                       fingerprints: FingerprintIndex | None, recheck: RecheckPolicy) -> None:
    try:
        response = await fetcher.fetch(entry.link, etag=entry.etag, last_modified=entry.last_modified,
                                       expect="page", guard_private=guard_private)
    except (UnsupportedContent, RobotsDisallowed) as exc:
        report.counts["pages_skipped"] += 1
        log.info("entry %d: skipped, %s", entry.id, exc)
        with db.transaction():
            queue.mark_entry(db, entry.id, "skipped", error=str(exc))
        return
    except FetchError as exc:
        report.counts["pages_failed"] += 1
        _error(db, report, exc, source_id=source.id, url=entry.link)
        with db.transaction():
            queue.mark_entry(db, entry.id, "retry", error=str(exc))
        return
    if response.not_modified:
        report.counts["pages_unchanged"] += 1
        with db.transaction():
            queue.mark_entry(db, entry.id, "done", etag=response.etag, last_modified=response.last_modified,
                             recheck=recheck)
        return
    report.counts["pages_fetched"] += 1
    if executor is None or getattr(executor, "parallel", True) is False:  # in this process, timed
        with report.watch.stage("extraction"):
            result = safe_extract(response.text, response.url)
    else:
        result = await asyncio.get_running_loop().run_in_executor(executor, safe_extract, response.text,
                                                                  response.url)
    page = _page_or_summary(result, entry)
    if page is None:
        report.counts["pages_skipped"] += 1
        log.info("entry %d: skipped, %s", entry.id, result)
        with db.transaction():
            queue.mark_entry(db, entry.id, "skipped", error=str(result))
        return
    with db.transaction():
        stored = store_article(db, source_id=source.id, url=canonical_url(response.url), page=page,
                               official=source.official, fingerprints=fingerprints)
        queue.mark_entry(db, entry.id, "done", etag=response.etag, last_modified=response.last_modified,
                         article_id=stored.article_id, recheck=recheck,
                         changed=stored.outcome in (Outcome.NEW, Outcome.UPDATED))
    report.counts[f"articles_{stored.outcome.value}"] += 1
    if stored.outcome in (Outcome.NEW, Outcome.UPDATED):
        report.article_ids.add(stored.article_id)
    log.info("entry %d: article %d %s (%s)", entry.id, stored.article_id, stored.outcome.value, response.url)


async def poll_source(db: Database, fetcher: Fetcher, source: Source, report: CrawlReport, *, max_new: int) -> None:
    """Poll one feed and queue its entries, as a run does: for workers taking one job at a time."""
    await _poll(db, fetcher, source, report, max_new)


async def fetch_pending(db: Database, fetcher: Fetcher, entry: PendingEntry, source: Source, report: CrawlReport,
                        *, executor: Executor | None, fingerprints, recheck: RecheckPolicy) -> None:
    """Fetch, extract and store one queued page, as a run does: for workers taking one job at a time.

    A failure is recorded and the entry kept for another attempt, as in a run; a page
    answered gets its next re-check from `recheck`, as in a run.
    """
    try:
        await _fetch_entry(db, fetcher, entry, source, executor, report, guard_private=False,
                           fingerprints=fingerprints, recheck=recheck)
    except Exception as exc:  # a bug on one page is recorded, not raised: the job is done with
        log.exception("entry %d (%s): unexpected failure", entry.id, entry.url)
        _error(db, report, exc, source_id=entry.source_id, url=entry.url)
        with db.transaction():
            queue.mark_entry(db, entry.id, "retry", error=f"{type(exc).__name__}: {exc}")


def _page_or_summary(result: Extracted | Exception, entry: PendingEntry) -> Extracted | None:
    """The extracted page with feed fallbacks, or the feed's summary where the page had no text."""
    if isinstance(result, Extracted):
        return with_feed_fallbacks(result, entry.as_feed_entry())
    summary = text_from_summary(entry.as_feed_entry())
    if isinstance(result, ExtractionError) and summary and len(summary) >= 200:
        return Extracted(text=summary, title=entry.title, author=None, published=entry.published,
                         site_name=None, language=guess_language(summary))
    return None


def _error(db: Database, report: CrawlReport, exc: BaseException, *, source_id: int | None, url: str | None) -> None:
    report.counts["errors"] += 1
    log.warning("source %s: %s", source_id, exc)
    record_error(db, report.run_id, exc, source_id=source_id, url=url)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
