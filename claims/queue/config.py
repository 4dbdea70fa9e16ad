"""[workers]: how `recoupe worker` processes take jobs from the queue (PostgreSQL store only)."""

from __future__ import annotations

from dataclasses import dataclass

from aggregator.settings import setting


@dataclass(frozen=True)
class WorkerSettings:
    """[workers]: jobs at once, heartbeats, and the sweep that re-queues pending work."""

    concurrency: int = setting(
        8, help="Jobs one worker process runs at once; pages wait on the network, so more than the cores."
    )
    heartbeat: float = setting(5.0, help="Seconds between two heartbeats of a worker.")
    stalled_after: float = setting(
        30.0, help="Seconds without a heartbeat after which a worker's jobs are given to another worker."
    )
    settle_wait: float = setting(
        60.0, help="Longest a new claim waits for clustering while pages are still being fetched and analysed "
        "(clusters are settled once a burst is done, or at least this often).",
    )
    sweep_every: float = setting(
        60.0, help="Seconds between two sweeps that re-queue work the tables say is pending (after an outage)."
    )
