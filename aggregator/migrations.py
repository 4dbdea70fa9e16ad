"""The aggregator's tables, as versioned migrations: sources, feed state, the fetch queue, articles, runs.

Tables are the hand-off between stages: `entries` is the queue of pages to fetch (so a
killed run resumes where it stopped), `articles` holds the current text and
`article_versions` every text ever seen (so silent edits show).
"""

from __future__ import annotations

import datetime as dt

from aggregator.migrate import Migrations
from aggregator.recheck import stamp

migrations = Migrations("aggregator")


# Tables are created before the tables that refer to them: PostgreSQL checks references at once.
@migrations()
def m001_initial(db) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'feed',      -- feed | page | manual (added by hand)
            official INTEGER NOT NULL DEFAULT 0,
            in_config INTEGER NOT NULL DEFAULT 1,   -- 0 once removed from config.toml; rows stay
            official_set_by TEXT                    -- editor who changed `official`, if any
        );
        CREATE TABLE feed_state (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id),
            etag TEXT,
            last_modified TEXT,
            last_polled TEXT,
            last_status INTEGER,
            last_error TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll_after TEXT                    -- back-off / Retry-After: skip until then
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,               -- canonical URL where first seen
            source_id INTEGER NOT NULL REFERENCES sources(id),
            title TEXT,
            author TEXT,
            site_name TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            fingerprint TEXT NOT NULL,              -- 64-bit simhash, hex: near-duplicate detection
            version INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source_id);
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            url TEXT NOT NULL,                      -- canonical form
            link TEXT NOT NULL,                     -- as the feed gave it
            guid TEXT,
            title TEXT,
            summary TEXT,
            published TEXT,
            updated TEXT,
            state TEXT NOT NULL DEFAULT 'pending',  -- pending | done | failed | skipped
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            etag TEXT,
            last_modified TEXT,
            article_id INTEGER REFERENCES articles(id),
            discovered_at TEXT NOT NULL,
            fetched_at TEXT,
            UNIQUE (source_id, url)
        );
        CREATE INDEX entries_state ON entries(state);
        CREATE INDEX entries_guid ON entries(source_id, guid);
        CREATE TABLE article_versions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            version INTEGER NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE TABLE article_outlets (                -- every outlet that carried an article
            article_id INTEGER NOT NULL REFERENCES articles(id),
            source_id INTEGER NOT NULL REFERENCES sources(id),
            url TEXT NOT NULL,
            title TEXT,
            published TEXT,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, url)
        );
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'crawl',     -- crawl | add | reprocess
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL DEFAULT 'running', -- running | ok | errors | interrupted
            pid INTEGER,
            counts TEXT NOT NULL DEFAULT '{}',      -- JSON: feeds_polled, pages_fetched, ...
            error_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE run_errors (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
            source_id INTEGER REFERENCES sources(id),
            url TEXT,
            kind TEXT NOT NULL,                     -- the exception class: Timeout, TooLarge, ...
            message TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_host_slots(db) -> None:
    """The next time each host may be asked, shared by every process that crawls (aggregator.shared)."""
    db.executescript(
        """
        CREATE TABLE host_slots (
            host TEXT PRIMARY KEY,                  -- host[:port], lowercased
            next_at REAL NOT NULL                   -- epoch seconds, by the database's clock
        );
        """
    )


@migrations()
def m003_recheck_schedule(db) -> None:
    """When each page is next asked whether it changed (aggregator.recheck), instead of on every run.

    `changed_at` is when its text last changed (or was first stored), `recheck_step` the rung
    of the ladder its next re-check is on, `recheck_at` when that falls (NULL: never again).
    Pages fetched and first seen within the default two days are due at once, once, and
    then follow the ladder; older ones only when their feed announces a change.
    """
    db.executescript(
        """
        ALTER TABLE entries ADD COLUMN changed_at TEXT;
        ALTER TABLE entries ADD COLUMN recheck_step INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entries ADD COLUMN recheck_at TEXT;
        CREATE INDEX entries_recheck ON entries(recheck_at);
        """
    )
    now = dt.datetime.now(dt.timezone.utc)
    db.execute("UPDATE entries SET changed_at = COALESCE(fetched_at, discovered_at), recheck_at = ? "
               "WHERE state = 'done' AND discovered_at >= ?",
               [stamp(now), stamp(now - dt.timedelta(days=2))])


@migrations()
def m004_robots_answers(db) -> None:
    """Each site's robots.txt answer, kept a day for every run and every process (aggregator.robots)."""
    db.executescript(
        """
        CREATE TABLE robots_answers (
            origin TEXT PRIMARY KEY,                -- scheme://host[:port], lowercased
            body TEXT,                              -- the file's text; NULL: none (HTTP 4xx), nothing to obey
            fetched_at REAL NOT NULL                -- epoch seconds, by the database's clock
        );
        """
    )


@migrations()
def m005_copy_fingerprints(db) -> None:
    """Each outlet's copy keeps its own fingerprint and text, so a new page is compared with every copy
    (aggregator.wire), not only with its article's main one: grouping no longer depends on arrival order.

    `text` is NULL for the main copy (its text is the article's) and, in stores made before
    this step, for the other copies, whose text was never kept: they are compared through
    the article's main text, as before, until a re-check fetches them. `seq` numbers every
    change of a copy's fingerprint, so processes that share the store learn the changes alone
    (aggregator.shared). Main copies get their article's fingerprint here; nothing is dropped.
    """
    db.executescript(
        """
        ALTER TABLE article_outlets ADD COLUMN fingerprint TEXT;  -- 64-bit simhash, hex; NULL: the article's
        ALTER TABLE article_outlets ADD COLUMN text TEXT;         -- NULL: the main copy's (articles.text) or unknown
        ALTER TABLE article_outlets ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX article_outlets_seq ON article_outlets(seq);
        CREATE INDEX article_outlets_url ON article_outlets(url);
        UPDATE article_outlets SET fingerprint = (SELECT a.fingerprint FROM articles a
                                                  WHERE a.id = article_outlets.article_id AND a.url = article_outlets.url);
        """
    )
    rows = db.execute("SELECT article_id, url FROM article_outlets ORDER BY first_seen, article_id, url").fetchall()
    db.executemany("UPDATE article_outlets SET seq = ? WHERE article_id = ? AND url = ?",
                   [(i, article_id, url) for i, (article_id, url) in enumerate(rows, start=1)])
