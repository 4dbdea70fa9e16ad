"""The PostgreSQL store: the same few methods as the SQLite one, over a psycopg 3 connection.

Modules speak to a store through `execute`, `executemany`, `executescript` (schema),
`transaction()` and `close()`; the statements are the same for both engines and are
translated here, in one spot (aggregator.dialect). Values come back as SQLite gives them:
integers for sums (PostgreSQL's numeric), 0/1 integers where Python passed booleans.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping, Sequence

import psycopg
from psycopg import adapt, pq
from psycopg.rows import dict_row
from psycopg.types.string import StrDumperUnknown

from aggregator.dialect import POSTGRESQL

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10


class _BoolAsInt(adapt.Dumper):
    """Booleans go out as 0/1 integers: the schema stores flags as integers, as SQLite does."""

    oid = psycopg.adapters.types["int8"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


class _TextWithoutNul(StrDumperUnknown):
    """Strings go out without NUL characters, which PostgreSQL's text cannot hold (SQLite's can).

    Crawled text is hostile and may carry them; dropping them here, in one spot, keeps every
    write working. This is the one place where the two stores keep different text.
    """

    def dump(self, obj: str):
        return super().dump(obj.replace("\x00", "") if "\x00" in obj else obj)


class _NumericAsNumber(adapt.Loader):
    """sum() and avg() come back as int or float, not Decimal, as from SQLite."""

    def load(self, data) -> int | float:
        text = bytes(data).decode()
        return float(text) if any(c in text for c in ".eEN") else int(text)


class PostgresStore:
    """One connection to a PostgreSQL database, in autocommit unless inside `transaction()`."""

    dialect = POSTGRESQL

    def __init__(self, url: str, *, readonly: bool = False, application: str = "recoupe") -> None:
        from aggregator.store import StoreError

        self.url = url
        self.readonly = readonly
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                                         application_name=application)
        except psycopg.OperationalError as exc:
            raise StoreError(f"{_safe(url)}: cannot connect to PostgreSQL ({str(exc).strip()}); check [storage] "
                             "url, that the server runs and that this user may connect") from None
        self._conn.adapters.register_dumper(bool, _BoolAsInt)
        self._conn.adapters.register_dumper(str, _TextWithoutNul)
        self._conn.adapters.register_loader("numeric", _NumericAsNumber)
        if readonly:
            self._conn.execute("SET default_transaction_read_only = on")

    # -- the store interface -------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> psycopg.Cursor:
        if not params:
            return self._conn.execute(self.dialect.query(sql, placeholders=False))
        if isinstance(params, Mapping):
            return self._conn.execute(self.dialect.query(sql, named=True), dict(params))
        return self._conn.execute(self.dialect.query(sql), list(params))

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict]:
        """Rows as dictionaries keyed by column name, as sqlite-utils' Database.query gives them."""
        cursor = self._conn.cursor(row_factory=dict_row)
        if params:
            cursor.execute(self.dialect.query(sql), list(params))
        else:
            cursor.execute(self.dialect.query(sql, placeholders=False))
        return iter(cursor.fetchall())

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [list(r) for r in rows]
        if rows:
            with self._conn.cursor() as cursor:
                cursor.executemany(self.dialect.query(sql), rows)

    def executescript(self, script: str) -> None:
        """A schema script in SQLite's spelling (aggregator.dialect maps the types), in one transaction."""
        with self._conn.transaction():
            self._conn.execute(self.dialect.ddl(script))

    @contextmanager
    def transaction(self) -> Iterator["PostgresStore"]:
        """Commit on success, roll back on an exception; nested blocks become savepoints."""
        with self._conn.transaction():
            yield self

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != pq.TransactionStatus.IDLE

    @property
    def target(self) -> str:
        """What `connect` opens to reach this database again: its URL."""
        return self.url

    def table_exists(self, name: str) -> bool:
        return self.execute("SELECT to_regclass(?) IS NOT NULL", [name]).fetchone()[0]

    def close(self) -> None:
        self._conn.close()

    @property
    def closed(self) -> bool:
        return self._conn.closed

    @property
    def raw(self) -> psycopg.Connection:
        """The psycopg connection, for the few places that need the engine itself (advisory locks)."""
        return self._conn

    def __repr__(self) -> str:
        return f"<PostgresStore {_safe(self.url)}>"


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "postgresql://..."
    return f"postgresql://{info.get('user', '')}@{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"


# pg_advisory_lock key of the writer lock: what the SQLite store's lock file is for one machine.
WRITER_LOCK = 7_142_002


class PgWriterLock:
    """The writer lock of a PostgreSQL store: a session advisory lock on a connection of its own.

    Like the lock file beside a SQLite database, the server releases it when the holder's
    connection ends, killed process included.
    """

    def __init__(self, url: str, *, wait: bool = False) -> None:
        self.url = url
        self.wait = wait
        self._conn: psycopg.Connection | None = None

    def acquire(self) -> None:
        from aggregator.store import Busy

        conn = PostgresStore(self.url, application="recoupe-writer-lock").raw
        if self.wait:
            conn.execute("SELECT pg_advisory_lock(%s)", [WRITER_LOCK])
        elif not conn.execute("SELECT pg_try_advisory_lock(%s)", [WRITER_LOCK]).fetchone()[0]:
            holder = conn.execute(
                "SELECT a.application_name || ' pid ' || a.pid || ' on ' || COALESCE(a.client_addr::text, 'local') "
                "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                "AND l.objid = %s AND l.granted", [WRITER_LOCK]).fetchone()
            conn.close()
            raise Busy(f"another recoupe process ({holder[0] if holder else 'unknown'}) holds the writer lock of "
                       f"{_safe(self.url)}; this run stops without doing anything")
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "PgWriterLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
