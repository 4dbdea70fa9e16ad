"""The crawl's extraction pool: pages are extracted in this process until worker processes are warm, then by them.

A pool only pays on a run with enough pages: before this, a 100-page crawl spent most of
its time waiting for two spawned workers to import trafilatura (0.15-0.3 × raw
extraction). Now the pool starts in the background, from a fork server that imported
the extraction code once, and until its workers answer a first page the crawl extracts
in-process, so a small run never waits for it and a big run gets every core.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import select
import threading
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_all

from aggregator.extract import warm_up

log = logging.getLogger(__name__)

# Below this many pages in a run the pool's start (about 1 s of CPU, 2-3 s on a busy
# machine) costs more than it saves: a 100-page crawl ran at 0.45 of raw extraction with
# the pool and 0.6-0.75 without (2 cores, load average 4-7).
POOL_THRESHOLD = 200


class ExtractionPool(Executor):
    """An Executor that runs work inline until its worker processes are warm, then hands it to them.

    `start()` returns at once; the workers start in a thread (a fork server's start blocks
    on its imports), so the event loop keeps fetching and extracting meanwhile.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._ready = threading.Event()
        self._starter: threading.Thread | None = None
        self._closed = False

    @property
    def parallel(self) -> bool:
        """Whether work now goes to worker processes."""
        return self._ready.is_set()

    def start(self) -> None:
        """Start the workers in the background (once; not with a single worker: inline is as fast)."""
        if self._starter is not None or self.workers < 2 or self._closed:
            return
        self._starter = threading.Thread(target=self._start, name="recoupe-pool-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["aggregator.extract", "trafilatura", "trafilatura.utils"])
        try:
            pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_die_with_crawl,
                                       initargs=(os.getpid(),))
            self._pool = pool
            wait_all([pool.submit(warm_up) for _ in range(self.workers)])
        except Exception:  # no workers: the run goes on in-process
            log.exception("extraction workers could not start; extracting in-process")
            return
        if not self._closed:
            self._ready.set()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        if self._ready.is_set() and self._pool is not None:
            return self._pool.submit(fn, *args, **kwargs)
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the awaiting caller, as a pool's future would
            future.set_exception(exc)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._closed = True
        if self._starter is not None:
            self._starter.join()
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
            self._pool = None
        self._ready.clear()


def _die_with_crawl(crawl: int) -> None:
    """In a worker: end this process as soon as the crawl does, even when it is killed by SIGKILL.

    A worker's parent is the fork server, and the fork server waits for its workers before
    it leaves: without this a killed cron crawl left both behind, holding memory and the
    crawl's output pipes. The crawl's pidfd becomes readable when it exits (Linux 5.3+);
    elsewhere workers leave when their queue closes.
    """
    try:
        pidfd = os.pidfd_open(crawl)
    except (AttributeError, OSError):
        return

    def watch() -> None:
        select.select([pidfd], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="recoupe-crawl-watch", daemon=True).start()
