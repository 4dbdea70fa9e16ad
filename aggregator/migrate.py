"""Versioned schema migrations that run on both engines, recorded in a table of applied steps.

The same decorator as sqlite-utils' `Migrations`, and for SQLite the same record table
(`_sqlite_migrations`), so databases made before PostgreSQL support carry on. Each step
runs in a transaction with its record; on PostgreSQL an advisory lock makes processes
that start together (workers, web servers) apply them once, the others waiting.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable, Iterable

log = logging.getLogger(__name__)

# pg_advisory_lock key: "recoupe migrations" in any process of any machine.
MIGRATION_LOCK = 7_142_001


@dataclass(frozen=True)
class Step:
    name: str
    fn: Callable


class Migrations:
    """A named, ordered set of migration steps: `@migrations()` registers a function taking the store."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[Step] = []

    def __call__(self, *, name: str | None = None) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            step = name or fn.__name__
            if any(s.name == step for s in self.steps):
                raise ValueError(f"migration {step!r} is already registered in set {self.name!r}")
            self.steps.append(Step(step, fn))
            return fn

        return register

    def applied(self, db) -> list[str]:
        table = db.dialect.migrations_table
        if not _table_exists(db, table):
            return []
        return [r[0] for r in db.execute(f"SELECT name FROM {table} WHERE migration_set = ? ORDER BY id",
                                         [self.name])]

    def pending(self, db) -> list[Step]:
        done = set(self.applied(db))
        return [s for s in self.steps if s.name not in done]

    def apply(self, db) -> None:
        _ensure_table(db)
        table = db.dialect.migrations_table
        for step in self.pending(db):
            with db.transaction():
                step.fn(db)
                db.execute(f"INSERT INTO {table} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                           [self.name, step.name, str(dt.datetime.now(dt.timezone.utc))])

    def __repr__(self) -> str:
        return f"<Migrations {self.name!r}: {', '.join(s.name for s in self.steps)}>"


def apply_all(db, migration_sets: Iterable[Migrations], *, where: str = "") -> None:
    """Bring the schema up to date with each set in order; one process at a time on PostgreSQL."""
    sets = list(migration_sets)
    if db.dialect.postgres:
        db.execute("SELECT pg_advisory_lock(?)", [MIGRATION_LOCK])
    try:
        for migration_set in sets:
            pending = migration_set.pending(db)
            if pending:
                log.info("applying %d %s migration(s) to %s", len(pending), migration_set.name, where or db)
                migration_set.apply(db)
    finally:
        if db.dialect.postgres:
            db.execute("SELECT pg_advisory_unlock(?)", [MIGRATION_LOCK])


def _table_exists(db, name: str) -> bool:
    if db.dialect.postgres:
        return db.execute("SELECT to_regclass(?) IS NOT NULL", [name]).fetchone()[0]
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def _ensure_table(db) -> None:
    table = db.dialect.migrations_table
    if _table_exists(db, table):
        return
    # sqlite-utils' own layout, so either tool reads the other's records.
    db.executescript(f"CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT, "
                     f"applied_at TEXT); CREATE UNIQUE INDEX IF NOT EXISTS idx_{table.strip('_')}_migration_set_name "
                     f"ON {table} (migration_set, name);")
