"""What crawling processes share through the store: each host's turn, and the near-duplicate index.

The embedded crawl spaces requests to a host inside its own process (aggregator.fetch).
Workers on several machines share the store instead: taking a turn is one atomic upsert
that moves the host's next allowed time forward by the interval and returns when this
caller's turn is, by the database's clock (so machines' clocks need not agree). However
many workers ask at once, their requests to one host are `interval` apart.

Near-duplicate detection (wire copies) compares a new page with every stored one; workers
do it one at a time, under a transaction-scoped advisory lock, after reading the articles
other workers stored since, so two copies of one story stored at once are still one article.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

from aggregator.dedup import FingerprintIndex
from aggregator.wire import COPY_ROWS, load_fingerprints
from aggregator.robots import Answer

log = logging.getLogger(__name__)


def take_turn(db, host: str, interval: float) -> float:
    """Reserve the next request to `host`; return how many seconds to wait before sending it."""
    now = db.dialect.epoch_now
    row = db.execute(
        f"INSERT INTO host_slots (host, next_at) VALUES (?, {now} + ?) "
        f"ON CONFLICT (host) DO UPDATE SET next_at = CASE WHEN host_slots.next_at > {now} "
        f"THEN host_slots.next_at ELSE {now} END + excluded.next_at - {now} "
        f"RETURNING next_at - ? - {now}",
        [host, interval, interval]).fetchone()
    return max(0.0, float(row[0]))


def hold_off(db, host: str, seconds: float) -> None:
    """A host asked us to wait (429 / 503 with Retry-After): no worker asks it before then."""
    now = db.dialect.epoch_now
    db.execute(f"INSERT INTO host_slots (host, next_at) VALUES (?, {now} + ?) ON CONFLICT (host) DO UPDATE "
               f"SET next_at = CASE WHEN host_slots.next_at > excluded.next_at THEN host_slots.next_at "
               f"ELSE excluded.next_at END", [host, seconds])


class SharedPacer:
    """What a Fetcher calls before each request when several processes crawl: waits for the host's turn."""

    def __init__(self, store: Callable[[], object]) -> None:
        self._store = store  # a function giving this thread's store connection

    async def wait(self, host: str, interval: float) -> None:
        delay = take_turn(self._store(), host, interval)
        if delay > 0:
            log.debug("host %s: next turn in %.2f s", host, delay)
            await asyncio.sleep(delay)


class SharedRobots:
    """robots.txt answers kept in the store (aggregator.robots.Memory): one request a day per site,
    whichever run or process asks; ages by the database's clock."""

    def __init__(self, store: Callable[[], object]) -> None:
        self._store = store  # a function giving this thread's store connection

    def recall(self, origin: str, max_age: float) -> tuple[Answer, float] | None:
        db = self._store()
        row = db.execute(f"SELECT body, {db.dialect.epoch_now} - fetched_at FROM robots_answers WHERE origin = ?",
                         [origin]).fetchone()
        if row is None or float(row[1]) > max_age:
            return None
        return Answer(row[0]), max(0.0, float(row[1]))

    def keep(self, origin: str, answer: Answer) -> None:
        db = self._store()
        with db.transaction():
            db.execute(f"INSERT INTO robots_answers (origin, body, fetched_at) VALUES (?, ?, {db.dialect.epoch_now}) "
                       "ON CONFLICT (origin) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at",
                       [origin, answer.text])


class SharedFingerprints:
    """A process's index of copies' fingerprints, brought up to date under the dedup lock before each use.

    `near` is called by aggregator.articles.store_article inside the caller's transaction,
    which has taken the lock (aggregator.wire.hold) first and holds it until it commits, with
    the new copy: `near` does not take it again.
    Copies changed by other processes since are read by their `seq`, which every change of a
    copy's fingerprint renumbers; merges move copies between articles and change no fingerprint.
    """

    def __init__(self) -> None:
        self._index: FingerprintIndex | None = None
        self._seen = 0
        self._db = None

    def bind(self, db) -> "SharedFingerprints":
        """The connection whose transaction the next store runs in."""
        self._db = db
        return self

    def reset(self) -> None:
        """Forget everything (after a rolled-back store, whose copy the index may have learnt)."""
        self._index, self._seen = None, 0

    def near(self, *args, **kwargs):
        db = self._db
        if self._index is None:
            self._seen = db.execute("SELECT COALESCE(max(seq), 0) FROM article_outlets").fetchone()[0]
            self._index = load_fingerprints(db)
        else:
            for url, source_id, print_, seq in db.execute(f"{COPY_ROWS} WHERE o.seq > ? ORDER BY o.seq",
                                                          [self._seen]):
                self._index.add(url, source_id, int(print_, 16))
                self._seen = max(self._seen, seq)
        return self._index.near(*args, **kwargs)

    def add(self, key, source_id: int, print_: int) -> None:
        if self._index is not None:
            self._index.add(key, source_id, print_)
