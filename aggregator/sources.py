"""Sources, their feed state (validators, back-off) and the queue of entries to fetch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from sqlite_utils import Database

from aggregator import bounds
from aggregator.config import SourceSettings
from aggregator.feeds import FeedEntry
from aggregator.recheck import RecheckPolicy, parse_time, stamp
from aggregator.store import now
from aggregator.urls import canonical_url

MAX_ATTEMPTS = 5                 # a page failing this many runs is given up ('failed')
FEED_WINDOW = 10                 # a poll looks at the first max_new_per_feed * this many items of a feed
BACKOFF_BASE = dt.timedelta(minutes=5)
BACKOFF_MAX = dt.timedelta(hours=6)


@dataclass(frozen=True)
class Source:
    id: int
    name: str
    url: str
    kind: str
    official: bool


def sync_sources(db: Database, settings: Iterable[SourceSettings]) -> list[Source]:
    """Make the sources table match config.toml; sources removed from config stay, marked out of it.

    The name is the identity, so renaming an outlet's feed URL keeps its articles. An
    editor's decision about `official` (made in the web UI) wins over the config file.
    """
    wanted = list(settings)
    with db.transaction():
        db.execute("UPDATE sources SET in_config = 0 WHERE kind != 'manual'")
        for s in wanted:
            row = db.execute("SELECT id, official_set_by FROM sources WHERE name = ?", [s.name]).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO sources (name, url, kind, official, in_config) VALUES (?, ?, ?, ?, 1)",
                    [s.name, s.url, s.kind, int(s.official)],
                )
            elif row[1] is None:
                db.execute("UPDATE sources SET url = ?, kind = ?, official = ?, in_config = 1 WHERE id = ?",
                           [s.url, s.kind, int(s.official), row[0]])
            else:
                db.execute("UPDATE sources SET url = ?, kind = ?, in_config = 1 WHERE id = ?",
                           [s.url, s.kind, row[0]])
    names = [s.name for s in wanted]
    return [source_by_name(db, name) for name in names]


def source_by_name(db: Database, name: str) -> Source:
    row = db.execute("SELECT id, name, url, kind, official FROM sources WHERE name = ?", [name]).fetchone()
    if row is None:
        raise KeyError(name)
    return Source(row[0], row[1], row[2], row[3], bool(row[4]))


def find_source(db: Database, name: str) -> Source | None:
    try:
        return source_by_name(db, name)
    except KeyError:
        return None


def create_manual_source(db: Database, name: str, url: str, *, official: bool, set_by: str | None) -> Source:
    """A new source for pages added by hand (`recoupe add`, the editors' form); the caller holds the
    transaction and has checked the name is free. `set_by` names who made it official, so the next
    sync with config.toml keeps that choice."""
    source_id = db.execute(
        "INSERT INTO sources (name, url, kind, official, in_config, official_set_by) VALUES (?, ?, 'manual', ?, 0, ?) "
        "RETURNING id", [name, url, int(official), set_by if official else None]).fetchone()[0]
    return Source(source_id, name, url, "manual", official)


# --- feed state ------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedState:
    etag: str | None
    last_modified: str | None
    failures: int
    next_poll_after: str | None


def feed_state(db: Database, source_id: int) -> FeedState:
    row = db.execute(
        "SELECT etag, last_modified, failures, next_poll_after FROM feed_state WHERE source_id = ?",
        [source_id],
    ).fetchone()
    return FeedState(*row) if row else FeedState(None, None, 0, None)


def due(state: FeedState, at: dt.datetime) -> bool:
    """Whether a feed may be polled now, given its back-off or Retry-After."""
    return state.next_poll_after is None or dt.datetime.fromisoformat(state.next_poll_after) <= at


def record_poll(db: Database, source_id: int, state: FeedState, *, status: int | None, etag: str | None = None,
                last_modified: str | None = None, error: str | None = None,
                retry_after: float | None = None) -> None:
    """Save a poll's outcome: validators on every answer (304 included), back-off on failure.

    A failing feed waits 5 min, 10, 20 ... up to 6 h before the next try; a server's own
    Retry-After wins when it asks for longer. `state` is the one the poll started from,
    read by the caller already.
    """
    at = dt.datetime.now(dt.timezone.utc)
    if error is None:
        failures, next_poll = 0, None
    else:
        failures = state.failures + 1
        wait = min(BACKOFF_BASE * 2 ** (failures - 1), BACKOFF_MAX)
        retry_after = bounds.retry_after(retry_after)
        if retry_after is not None:
            wait = max(wait, dt.timedelta(seconds=retry_after))
        next_poll = (at + wait).isoformat(timespec="seconds")
    with db.transaction():
        db.execute(
            "INSERT INTO feed_state (source_id, etag, last_modified, last_polled, last_status, last_error, failures, "
            "next_poll_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET "
            "etag = excluded.etag, last_modified = excluded.last_modified, last_polled = excluded.last_polled, "
            "last_status = excluded.last_status, last_error = excluded.last_error, failures = excluded.failures, "
            "next_poll_after = excluded.next_poll_after",
            [source_id, etag if error is None else state.etag, last_modified if error is None else state.last_modified,
             now(), status, error, failures, next_poll])


# --- the entry queue --------------------------------------------------------------------


def enqueue(db: Database, source_id: int, entries: Iterable[FeedEntry], *, max_new: int | None = None) -> int:
    """Record a feed's entries; new ones, and known ones whose feed date changed, become pending.

    Returns how many were queued. Matching is by canonical URL, then by GUID, so an outlet
    that moves an article to a new address does not make it a new story. At most `max_new`
    unknown entries are taken per call, in the feed's order (newest first, as feeds list
    them), and only the first FEED_WINDOW * `max_new` items are looked at: a feed of 50,000
    items is worked through over several runs, and costs a run what a normal feed costs.
    """
    entries = list(entries)
    if max_new is not None:
        entries = entries[:max_new * FEED_WINDOW]
    queued = new = 0
    stamp = now()
    known_urls: dict[str, tuple] = {}
    known_guids: dict[str, tuple] = {}
    for row in db.execute("SELECT id, published, updated, state, url, guid FROM entries WHERE source_id = ?",
                          [source_id]):
        known_urls[row[4]] = row[:4]
        if row[5]:
            known_guids.setdefault(row[5], row[:4])
    with db.transaction():
        for e in entries:
            url = canonical_url(e.link)
            row = known_urls.get(url) or (known_guids.get(e.guid) if e.guid else None)
            if row is None:
                if max_new is not None and new >= max_new:
                    continue
                new += 1
                db.execute(
                    "INSERT INTO entries (source_id, url, link, guid, title, summary, published, updated, "
                    "state, discovered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?) "
                    "ON CONFLICT (source_id, url) DO NOTHING",
                    [source_id, url, e.link, e.guid, e.title, e.summary, e.published, e.updated, stamp],
                )
                known_urls[url] = (None, e.published, e.updated, "pending")
                queued += 1
                continue
            if row[0] is None:
                continue  # listed twice in this feed
            changed = (e.updated or e.published) != (row[2] or row[1])
            if changed and row[3] in ("done", "skipped"):
                queued += 1
            db.execute(
                "UPDATE entries SET url = ?, link = ?, title = ?, summary = ?, published = ?, updated = ?, "
                "state = CASE WHEN ? = 1 AND state IN ('done', 'skipped') THEN 'pending' ELSE state END "
                "WHERE id = ?",
                [url, e.link, e.title, e.summary, e.published, e.updated, int(changed), row[0]],
            )
    return queued


def enqueue_page(db: Database, source_id: int, link: str) -> int:
    """Queue a single page (a `kind = "page"` source or `recoupe add`); always re-checked."""
    url = canonical_url(link)
    with db.transaction():
        db.execute(
            "INSERT INTO entries (source_id, url, link, state, discovered_at) VALUES (?, ?, ?, 'pending', ?) "
            "ON CONFLICT(source_id, url) DO UPDATE SET state = 'pending', attempts = 0",
            [source_id, url, link, now()],
        )
    return db.execute("SELECT id FROM entries WHERE source_id = ? AND url = ?", [source_id, url]).fetchone()[0]


def requeue_due(db: Database, policy: RecheckPolicy, *, at: dt.datetime | None = None) -> int:
    """Mark pending again the pages whose re-check is due (aggregator.recheck), to catch silent edits.

    Each costs a conditional GET. The schedule never sets a re-check past the policy's
    horizon, so a page's last rung (48 h after its first sighting) is taken by the first
    run after it, however late. Returns how many were queued.
    """
    at = at or dt.datetime.now(dt.timezone.utc)
    with db.transaction():
        cursor = db.execute("UPDATE entries SET state = 'pending' WHERE state = 'done' AND recheck_at <= ?",
                            [stamp(at)])
    return cursor.rowcount


@dataclass(frozen=True)
class PendingEntry:
    id: int
    source_id: int
    url: str
    link: str
    guid: str | None
    title: str | None
    summary: str | None
    published: str | None
    updated: str | None
    etag: str | None
    last_modified: str | None
    article_id: int | None
    attempts: int

    def as_feed_entry(self) -> FeedEntry:
        return FeedEntry(self.link, self.guid, self.title, self.summary, self.published, self.updated)


def pending_entries(db: Database, source_ids: Iterable[int] | None = None) -> list[PendingEntry]:
    sql = ("SELECT id, source_id, url, link, guid, title, summary, published, updated, etag, last_modified, "
           "article_id, attempts FROM entries WHERE state = 'pending'")
    params: list = []
    if source_ids is not None:
        ids = list(source_ids)
        sql += f" AND source_id IN ({', '.join('?' * len(ids))})"
        params = ids
    return [PendingEntry(*row) for row in db.execute(sql + " ORDER BY id", params)]


def mark_entry(db: Database, entry_id: int, state: str, *, error: str | None = None,
               etag: str | None = None, last_modified: str | None = None,
               article_id: int | None = None, changed: bool = False, recheck: RecheckPolicy | None = None,
               at: dt.datetime | None = None) -> None:
    """Close an entry: done (stored or unchanged), skipped (not an article), or a failed attempt.

    A failed attempt stays pending until MAX_ATTEMPTS, so a passing outage heals by itself.
    A page done is given its next re-check by `recheck` (none without one): the ladder
    restarts when its text `changed` (or it was stored for the first time) and moves one
    rung up on an unchanged answer.
    """
    if state == "retry":
        db.execute(
            "UPDATE entries SET attempts = attempts + 1, error = ?, "
            "state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE 'pending' END WHERE id = ?",
            [error, MAX_ATTEMPTS, entry_id],
        )
        return
    at = at or dt.datetime.now(dt.timezone.utc)
    schedule: list = [None, 0, None]
    if state == "done" and recheck is not None:
        schedule = _schedule(db, entry_id, changed=changed, policy=recheck, at=at)
    db.execute(
        "UPDATE entries SET state = ?, error = ?, attempts = 0, fetched_at = ?, "
        "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
        "article_id = COALESCE(?, article_id), changed_at = COALESCE(?, changed_at), recheck_step = ?, "
        "recheck_at = ? WHERE id = ?",
        [state, error, stamp(at), etag, last_modified, article_id, *schedule, entry_id],
    )


def _schedule(db: Database, entry_id: int, *, changed: bool, policy: RecheckPolicy, at: dt.datetime) -> list:
    """[changed_at, recheck_step, recheck_at] for a page just answered, as mark_entry stores them."""
    row = db.execute("SELECT discovered_at, changed_at, recheck_step FROM entries WHERE id = ?",
                     [entry_id]).fetchone()
    changed_at, step, due = policy.after_answer(changed=changed, changed_at=parse_time(row[1]),
                                                discovered_at=parse_time(row[0]) or at, step=row[2], now=at)
    return [stamp(changed_at), step, stamp(due) if due is not None else None]
