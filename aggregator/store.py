"""Open the store the way every process must: SQLite (WAL, a busy timeout, one writer) or PostgreSQL, migrated.

Both stores offer the same few methods (`execute`, `executemany`, `executescript`,
`transaction()`, `close()`, `dialect`): every module writes its SQL once, in the portable
subset, and aggregator.dialect translates what must be. A `[storage] url` of the form
postgresql://... selects PostgreSQL (aggregator.pg_store); a file path, SQLite.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import sqlite3
from pathlib import Path
from contextlib import contextmanager
from typing import IO, Iterable, Iterator

import sqlite_utils

from aggregator.dialect import SQLITE, is_postgres_url
from aggregator.migrate import Migrations, apply_all

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used."""


class Busy(StoreError):
    """Another process holds the writer lock (a crawl is already running)."""


def now() -> str:
    """The current UTC time as stored everywhere: ISO 8601, seconds, with offset."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLiteStore(sqlite_utils.Database):
    """A SQLite database with the store interface that the PostgreSQL store shares (aggregator.pg_store).

    It stays a sqlite-utils Database, so `sqlite-utils`-style inspection keeps working in
    tests and at the console; application code uses only the shared methods.
    """

    dialect = SQLITE

    @contextmanager
    def transaction(self) -> Iterator["SQLiteStore"]:
        """Commit on success, roll back on an exception (the sqlite3 connection's own context)."""
        with self.conn:
            yield self

    def executemany(self, sql: str, rows) -> None:
        self.conn.executemany(sql, rows)

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @property
    def target(self) -> str:
        """What `connect` opens to reach this database again (from another process, say): its file."""
        return self.conn.execute("PRAGMA database_list").fetchone()[2]

    def close(self) -> None:
        self.conn.close()


def connect(path, *, readonly: bool = False):
    """Open a store: a PostgreSQL URL (aggregator.pg_store) or a SQLite file, with the pragmas below.

    WAL lets readers (the web front end) work while the crawler writes; the busy timeout
    makes a short write collision wait instead of failing. Read-only connections are opened
    with mode=ro so a bug in a page can never write. Whatever stops the file from being
    used (a folder that cannot be written, a damaged file) is a StoreError saying the fix.
    """
    if is_postgres_url(path):
        from aggregator.pg_store import PostgresStore

        return PostgresStore(path, readonly=readonly)
    path = Path(path)
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no database yet; run `recoupe crawl` first")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    else:
        writable_folder(path)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise unusable(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise unusable(path, exc) from None
    return SQLiteStore(conn)


def writable_folder(path: Path) -> None:
    """Make the database's folder if needed; StoreError (with the fix) if it cannot be, or cannot be written."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise StoreError(f"{path}: a part of this path is a file, not a folder; set [storage] database "
                         "to a path inside a folder") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the folder {folder} ({exc.strerror}); create it, or set "
                         "[storage] database to a folder you can write") from None
    if path.is_dir():
        raise StoreError(f"{path} is a folder; set [storage] database to a file name such as recoupe.db")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.R_OK | os.W_OK)):
        raise StoreError(f"{path}: this user cannot write {'it' if path.exists() else 'in ' + str(folder)} "
                         "(SQLite also writes -wal and -shm files beside it); fix the permissions, or set "
                         "[storage] database elsewhere")


def unusable(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """The StoreError for a database SQLite refuses: damaged, not a database, or not writable."""
    why = str(exc)
    if "readonly" in why or "unable to open" in why:
        return StoreError(f"{path}: SQLite cannot open or write it ({why}); check the file's and the folder's "
                          "permissions and the free disk space")
    return StoreError(f"{path}: not a usable SQLite database ({why}); it may be damaged or truncated. Restore "
                      "it from a backup, or move it away to start afresh (the next crawl rebuilds everything)")


def open_store(path, migrations: Iterable[Migrations]):
    """Open for writing and bring the schema up to date with each package's migrations, in order."""
    db = connect(path)
    try:
        apply_all(db, migrations, where=str(path) if not is_postgres_url(path) else "")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise unusable(Path(path), exc) from None
    except BaseException:
        db.close()
        raise
    return db


def writer_lock(target, *, wait: bool = False):
    """The writer lock of a store: a lock file beside a SQLite database, an advisory lock in PostgreSQL.

    `wait` (PostgreSQL) waits for the holder instead of raising Busy: for workers' jobs.
    """
    if is_postgres_url(target):
        from aggregator.pg_store import PgWriterLock

        return PgWriterLock(target, wait=wait)
    return WriterLock(target)


class WriterLock:
    """An exclusive, non-blocking lock beside the database: one writing process at a time.

    flock is released by the kernel when the holder dies, so a crawl killed with SIGKILL
    never leaves a stale lock behind for cron to trip over.
    """

    def __init__(self, database: str | Path) -> None:
        self.path = Path(f"{database}.lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        writable_folder(self.path)
        try:
            handle = open(self.path, "a+")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the writer lock ({exc.strerror}); fix the folder's "
                             "permissions, or set [storage] database elsewhere") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise Busy(
                f"another recoupe process ({holder}) is writing to {self.path.with_suffix('')}; "
                "this run stops without doing anything"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {now()}")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.truncate(0)
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> "WriterLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
