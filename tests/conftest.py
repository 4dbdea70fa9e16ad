"""Fixtures every package's tests share: the store's two engines, SQLite and a real PostgreSQL.

`store_target` is a fresh, migrated database per test, once per engine: a SQLite file, or
a PostgreSQL database copied from a migrated template (about 50 ms). The PostgreSQL
server is the one RECOUPE_TEST_DATABASE_URL names (.ci/run starts one), or else a
throwaway cluster these fixtures start and stop (tests/postgres.py). A machine where no
server can be had fails the PostgreSQL tests loudly; they are never skipped.
RECOUPE_TEST_ENGINES=sqlite limits a local run to one engine while working.
"""

from __future__ import annotations

import itertools
import os
import time

import pytest

ENGINES = tuple(e for e in os.environ.get("RECOUPE_TEST_ENGINES", "sqlite,postgresql").split(",") if e)
TEMPLATE = "recoupe_template"
_counter = itertools.count()


class PostgresServer:
    """A server the tests may create databases on: a URL whose role has CREATEDB."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.conninfo = psycopg.conninfo.conninfo_to_dict(url)
        self._template_ready = False

    def url_for(self, database: str) -> str:
        """This server's URL with another database name (a postgresql:// URL, as [storage] url takes)."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.url)
        return urlunsplit(parts._replace(path=f"/{database}"))

    def admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def template(self) -> str:
        """A database with every migration applied, made once per session, to copy per test."""
        if not self._template_ready:
            from aggregator.store import open_store
            from web.db import all_migrations

            with self.admin() as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}_{os.getpid()}")
                conn.execute(f"CREATE DATABASE {TEMPLATE}_{os.getpid()}")
            open_store(self.url_for(f"{TEMPLATE}_{os.getpid()}"), all_migrations()).close()
            self._template_ready = True
        return f"{TEMPLATE}_{os.getpid()}"

    def fresh(self, *, migrated: bool = True) -> str:
        """A new database's URL: a copy of the migrated template, or empty."""
        name = f"recoupe_t{os.getpid()}_{next(_counter)}"
        template = f" TEMPLATE {self.template()}" if migrated else ""
        with self.admin() as conn:
            # FILE_COPY: a small template is copied faster than through the WAL (the default).
            conn.execute(f"CREATE DATABASE {name}{template} STRATEGY FILE_COPY")
        return self.url_for(name)

    def drop(self, url: str) -> None:
        from urllib.parse import urlsplit

        import psycopg

        name = urlsplit(url).path.lstrip("/")
        # FORCE ends the test's own leftover sessions; one of another role (autovacuum, a worker
        # starting as the test ends) can refuse it for a moment. A throwaway server keeps a
        # database it could not drop: a teardown never fails a test that passed.
        for attempt in range(5):
            try:
                with self.admin() as conn:
                    conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                time.sleep(0.2 * (attempt + 1))


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL server of this run; fails (never skips) when none can be had."""
    url = os.environ.get("RECOUPE_TEST_DATABASE_URL")
    if url:
        yield PostgresServer(url)
        return
    from tests.postgres import Unavailable, start, stop

    try:
        url, folder = start()
    except Unavailable as exc:
        pytest.fail(f"PostgreSQL tests need a server: {exc}. Set RECOUPE_TEST_DATABASE_URL to one "
                    "(a role with CREATEDB), or install postgresql-15")
    try:
        yield PostgresServer(url)
    finally:
        stop(folder)


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """Each store test runs once per engine: "sqlite", "postgresql"."""
    return request.param


@pytest.fixture
def store_target(engine, tmp_path, request):
    """A fresh migrated database for this test: a SQLite path or a PostgreSQL URL."""
    if engine == "sqlite":
        from aggregator.store import open_store
        from web.db import all_migrations

        path = tmp_path / "recoupe.db"
        open_store(path, all_migrations()).close()
        yield path
        return
    server = request.getfixturevalue("postgres_server")
    url = server.fresh()
    yield url
    server.drop(url)
