"""`recoupe worker`: take jobs from the queue until stopped, send heartbeats, and take over dead workers' jobs.

A job is marked done only after it returns, so after its transaction committed. A worker
killed with SIGKILL leaves its jobs "doing" and stops its heartbeat; every worker's
sweep, `stalled_after` seconds later, puts those jobs back in the queue, and the jobs'
idempotence (claims.queue.tasks) makes the second run write each row once. SIGTERM or
Ctrl-C stops a worker cleanly: it finishes the jobs in hand first.
"""

from __future__ import annotations

import asyncio
import logging
import time

import procrastinate

from claims.queue import plan, tasks
from claims.queue.app import ensure_schema, make_app

log = logging.getLogger(__name__)


async def retry_stalled(app, stalled_after: float) -> int:
    """Put back in the queue the jobs of workers whose heartbeat stopped `stalled_after` seconds ago."""
    manager = app.job_manager
    await manager.prune_stalled_workers(stalled_after)
    retried = 0
    for job in await manager.get_stalled_jobs(seconds_since_heartbeat=stalled_after):
        try:
            await manager.retry_job(job)
        except procrastinate.exceptions.UniqueViolation:
            # The same job is queued already (same queueing lock): close this one, so that its
            # lock (settle's) no longer holds the queued one back.
            await manager.finish_job(job, status=procrastinate.jobs.Status.FAILED, delete_job=False)
            log.warning("job %s (%s) was held by a worker that stopped; the same job is queued", job.id,
                        job.task_name)
            continue
        except Exception as exc:  # another worker's sweep took it back first
            log.debug("job %s: not retried (%s)", job.id, exc)
            continue
        log.warning("job %s (%s) was held by a worker that stopped; queued again", job.id, job.task_name)
        retried += 1
    return retried


async def _sweeper(app, rt: tasks.Runtime, every: float, stalled_after: float, stop: asyncio.Event) -> None:
    """Every `every` seconds: dead workers' jobs back in the queue, pending work queued (claims.queue.plan)."""
    while not stop.is_set():
        try:
            await retry_stalled(app, stalled_after)
            counts = await plan.sweep_async(rt.store())
            if counts:
                log.info("sweep: %s", ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(counts.items())))
        except Exception:  # the database restarting must not end the worker: try again next time
            log.exception("sweep failed; trying again in %.0f s", every)
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
        except asyncio.TimeoutError:
            pass


async def work(config, *, queues: list[str] | None = None, concurrency: int | None = None,
               stop_after: float | None = None, name: str | None = None, keep_jobs: bool = False,
               until_idle: bool = False) -> None:
    """Run one worker until a signal (or, for tests and benchmarks, `stop_after` seconds).

    Finished jobs are deleted (the queue's tables stay small) unless `keep_jobs`, which
    the load simulation uses to measure how long jobs waited.
    """
    settings = config.workers
    url = config.storage.url
    ensure_schema(url)
    rt = tasks.Runtime(config=config, url=url)
    tasks.install(rt)
    app = make_app(url, pool_size=max(4, (concurrency or settings.concurrency) + 2))
    stop = asyncio.Event()
    async with app.open_async():
        sweeper = asyncio.create_task(_sweeper(app, rt, settings.sweep_every, settings.stalled_after, stop))
        worker = asyncio.create_task(app.run_worker_async(
            queues=queues, concurrency=concurrency or settings.concurrency, name=name or "recoupe",
            update_heartbeat_interval=settings.heartbeat, stalled_worker_timeout=settings.stalled_after,
            install_signal_handlers=stop_after is None, delete_jobs="never" if keep_jobs else "successful", listen_notify=True,
            fetch_job_polling_interval=2.0))
        started = time.monotonic()
        try:
            if until_idle:
                worker.cancel()
                await _until_idle(app, rt, queues, concurrency or settings.concurrency)
            elif stop_after is None:
                await worker
            else:
                await asyncio.wait_for(asyncio.shield(worker), timeout=stop_after)
        except asyncio.TimeoutError:
            log.info("worker: stopping after %.0f s", time.monotonic() - started)
            worker.cancel()
            try:
                await worker
            except (asyncio.CancelledError, Exception):
                pass
        finally:
            stop.set()
            await sweeper
            await rt.close()
            tasks.install(None)


async def _until_idle(app, rt: tasks.Runtime, queues, concurrency: int) -> None:
    """Take jobs until none is queued or running and the sweep finds nothing (tests, `make demo`-style runs)."""
    while True:
        await app.run_worker_async(queues=queues, concurrency=concurrency, wait=False, install_signal_handlers=False,
                                   delete_jobs="successful", name="recoupe-until-idle")
        counts = await plan.sweep_async(rt.store())
        busy = rt.store().execute("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
                                  ).fetchone()[0]
        if not busy and not counts:
            return
        await asyncio.sleep(0.2)


def run(config, *, queues: list[str] | None = None, concurrency: int | None = None) -> None:
    """`recoupe worker`'s body: work until SIGTERM or Ctrl-C."""
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(work(config, queues=queues, concurrency=concurrency))
    finally:
        loop.close()
