"""Helpers for editor tests: wait for the background worker."""

from __future__ import annotations

import time

from aggregator.store import connect
from claims.editing import adding


def wait_for_job(app, job_id: int, timeout: float = 120.0) -> dict:
    """Wait until the web's background worker has finished an added page; its job row."""
    app.extensions["recoupe_worker"].start()
    deadline = time.monotonic() + timeout
    while True:
        db = connect(app.config["DATABASE"], readonly=True)
        try:
            job = adding.job(db, job_id)
        finally:
            db.close()
        if not job["running"]:
            return job
        if time.monotonic() > deadline:
            raise AssertionError(f"add job {job_id} still {job['state']} after {timeout} s")
        time.sleep(0.1)
