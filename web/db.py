"""The database for one request: a read-only connection per request, and a single serialized writer."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

import sqlite_utils
from flask import Flask, current_app, g
from sqlite_utils import Migrations

from aggregator.store import connect, open_store
from claims.migrations import all_migrations as claims_migrations
from web.migrations import migrations as web_migrations

# Per read connection: refuse writes even through a bug in SQL (mode=ro already does, at open);
# map the file so each request's fresh connection reads pages from the OS cache without copying
# them, and give sorts and page reads room in memory.
READ_PRAGMAS = ("PRAGMA query_only = 1", "PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -8000",
                "PRAGMA temp_store = MEMORY")

# One writer per process: editors' writes queue here instead of racing for SQLite's lock.
_write_lock = threading.Lock()

# A server thread keeps its read-only connection for this many requests: opening one and parsing the
# schema (FTS tables, triggers) costs about 2 ms, more than answering a cached page.
READER_REUSE = 1000


def all_migrations() -> tuple[Migrations, ...]:
    """Every migration set of the application, in dependency order: aggregator, claims, web."""
    return (*claims_migrations(), web_migrations)


def prepare(path) -> None:
    """Create or upgrade the schema once at start-up, so request connections can be read-only."""
    open_store(path, all_migrations()).close()


def get_db() -> sqlite_utils.Database:
    """This request's read-only connection: a bug in a page can never write.

    Each server thread reuses its own connection across requests (never two requests at
    once); reads run in autocommit, so every statement sees the latest committed data.
    """
    if "db" not in g:
        readers = current_app.extensions["recoupe_readers"]
        db = getattr(readers, "db", None)
        if db is None or readers.uses >= current_app.config.get("READER_REUSE", READER_REUSE):
            if db is not None:
                _close(db)
            db = readers.db = connect(current_app.config["DATABASE"], readonly=True)
            with _write_lock:
                current_app.extensions["recoupe_open_readers"].add(db)
            readers.uses = 0
            if not db.dialect.postgres:  # PostgreSQL: read-only by the connection's default, shared buffers
                for pragma in READ_PRAGMAS:
                    db.execute(pragma)
        readers.uses += 1
        g.db = db
    return g.db


@contextmanager
def writer() -> Iterator[sqlite_utils.Database]:
    """A short-lived write connection, one at a time in this process; the crawler's commits are short."""
    with _write_lock:
        db = connect(current_app.config["DATABASE"])
        try:
            yield db
        finally:
            db.close()


def close_db(exc: BaseException | None = None) -> None:
    """Give the connection back to the thread; after an error, or mid-transaction, close it instead."""
    db = g.pop("db", None)
    if db is None:
        return
    if exc is not None or db.in_transaction or not current_app.config.get("READER_REUSE", READER_REUSE):
        readers = current_app.extensions["recoupe_readers"]
        if getattr(readers, "db", None) is db:
            readers.db = None
        _close(db)


def _close(db) -> None:
    with _write_lock:
        current_app.extensions["recoupe_open_readers"].discard(db)
    db.close()


def close_all(app: Flask) -> None:
    """Close every read connection the app's threads opened (an app built and dropped, as in tests)."""
    with _write_lock:
        readers = list(app.extensions["recoupe_open_readers"])
        app.extensions["recoupe_open_readers"].clear()
    for db in readers:
        try:
            db.close()
        except Exception:  # already closed by its thread, or the server went away
            pass


def init_app(app: Flask) -> None:
    app.extensions["recoupe_readers"] = threading.local()
    app.extensions["recoupe_open_readers"] = set()
    app.teardown_appcontext(close_db)
