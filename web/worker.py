"""The web process's background worker: fetches and analyses added pages, and places claims editors' decisions freed.

One daemon thread per app, started on first use. Each job runs under the same writer lock
as `recoupe crawl` (waiting while a crawl holds it, instead of refusing the editor), on
its own write connection; after it, alerts are queued and delivered. A process that dies
mid-job leaves the job `fetching` or `analysing`; whoever next holds the writer lock puts it
back in the queue. Only then: jobs run under that lock, so its holder knows no job is running
anywhere, and a second web process starting never takes over the first one's job.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from aggregator.store import Busy, connect, writer_lock
from claims.alerts import notify
from claims.alerts.config import AlertSettings
from claims.editing import adding

log = logging.getLogger(__name__)

POLL = 2.0   # seconds between two tries of the writer lock while a crawl holds it


class Worker:
    """Runs queued add jobs and settle requests one at a time, in a thread of its own."""

    def __init__(self, database: str, add: adding.Add, process: Callable | None, *, alerts: AlertSettings,
                 base_url: str, incident: str) -> None:
        self.database, self.add, self.process = database, add, process
        self.alerts, self.base_url, self.incident = alerts, base_url, incident
        self._wake = threading.Event()
        self._settle = False
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="recoupe-worker", daemon=True)
                self._thread.start()
        self._wake.set()

    def settle(self) -> None:
        """Ask for a pipeline pass that clusters claims still waiting (their sentences need the model)."""
        self._settle = True
        self.start()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def _loop(self) -> None:
        db = connect(self.database)
        try:
            while not self._stopped:
                self._wake.clear()
                if not self.run_pending(db):
                    self._wake.wait(POLL if self._has_work(db) else 60)
        finally:
            db.close()

    def _has_work(self, db) -> bool:
        # A job marked running is work too: if its process died, the next holder of the lock requeues it.
        return self._settle or adding.next_job(db) is not None or adding.marked_running(db)

    def run_pending(self, db) -> bool:
        """Run what is queued while the writer lock can be had; False when it cannot (a crawl runs) or nothing is left."""
        did = False
        while not self._stopped and self._has_work(db):
            lock = writer_lock(self.database)
            try:
                lock.acquire()
            except Busy:
                job_id = adding.next_job(db)
                if job_id is not None:
                    adding.set_state(db, job_id, "waiting")
                return did
            try:
                adding.recover(db)  # under the lock: a job still marked running was left by a dead process
                job_id = adding.next_job(db)
                if job_id is not None:
                    adding.run_job(db, job_id, self.add)
                elif self._settle:
                    self._settle = False
                    if self.process is not None:
                        self.process(db, ())
                self._notify(db)
                did = True
            except Exception:  # the worker outlives one bad job
                log.exception("background work failed")
            finally:
                lock.release()
        return did

    def _notify(self, db) -> None:
        try:
            notify(db, self.alerts, base_url=self.base_url, incident=self.incident)
        except Exception:
            log.exception("alerts failed")
