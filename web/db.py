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


def all_migrations() -> tuple[Migrations, ...]:
    """Every migration set of the application, in dependency order: aggregator, claims, web."""
    return (*claims_migrations(), web_migrations)


def prepare(path) -> None:
    """Create or upgrade the schema once at start-up, so request connections can be read-only."""
    open_store(path, all_migrations()).conn.close()


def get_db() -> sqlite_utils.Database:
    """This request's read-only connection: a bug in a page can never write."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"], readonly=True)
        for pragma in READ_PRAGMAS:
            g.db.execute(pragma)
    return g.db


@contextmanager
def writer() -> Iterator[sqlite_utils.Database]:
    """A short-lived write connection, one at a time in this process; the crawler's commits are short."""
    with _write_lock:
        db = connect(current_app.config["DATABASE"])
        try:
            yield db
        finally:
            db.conn.close()


def close_db(exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.conn.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
