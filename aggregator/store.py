"""Open the SQLite store the way every process must: WAL, a busy timeout, migrations, one writer."""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import sqlite3
from pathlib import Path
from typing import IO, Iterable

import sqlite_utils
from sqlite_utils import Migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used."""


class Busy(StoreError):
    """Another process holds the writer lock (a crawl is already running)."""


def now() -> str:
    """The current UTC time as stored everywhere: ISO 8601, seconds, with offset."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def connect(path: str | Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open a database with the pragmas concurrency depends on.

    WAL lets readers (the web front end) work while the crawler writes; the busy timeout
    makes a short write collision wait instead of failing. Read-only connections are opened
    with mode=ro so a bug in a page can never write. Whatever stops the file from being
    used (a folder that cannot be written, a damaged file) is a StoreError saying the fix.
    """
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
    return sqlite_utils.Database(conn)


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


def open_store(path: str | Path, migrations: Iterable[Migrations]) -> sqlite_utils.Database:
    """Open for writing and bring the schema up to date with each package's migrations, in order."""
    db = connect(path)
    try:
        for migration_set in migrations:
            pending = migration_set.pending(db)
            if pending:
                log.info("applying %d %s migration(s) to %s", len(pending), migration_set.name, path)
                migration_set.apply(db)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise unusable(Path(path), exc) from None
    return db


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
