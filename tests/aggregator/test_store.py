"""The store: migrations apply once, WAL for concurrent readers, read-only means read-only, one writer."""

from __future__ import annotations

import sqlite3

import pytest

from aggregator.config import SourceSettings
from aggregator.sources import create_manual_source, source_by_name, sync_sources
from aggregator.store import Busy, StoreError, WriterLock, connect, open_store
from claims.migrations import all_migrations


def test_migrations_apply_once_and_set_wal(tmp_path):
    path = tmp_path / "r.db"
    db = open_store(path, all_migrations())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"sources", "articles", "entries", "crawl_runs", "claims", "clusters"} <= set(db.table_names())
    applied = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    db.close()
    again = open_store(path, all_migrations())
    assert again.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == applied


def test_readonly_connection_cannot_write(tmp_path):
    path = tmp_path / "r.db"
    open_store(path, all_migrations()).conn.close()
    ro = connect(path, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("INSERT INTO sources (name, url) VALUES ('x', 'http://x')")


def test_readonly_on_a_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="recoupe crawl"):
        connect(tmp_path / "none.db", readonly=True)


def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        open_store(path, all_migrations())


def test_writer_lock_is_exclusive_and_released(tmp_path):
    path = tmp_path / "r.db"
    with WriterLock(path):
        with pytest.raises(Busy, match="another recoupe process"):
            WriterLock(path).acquire()
    with WriterLock(path):
        pass


def test_sync_sources_keeps_an_editors_official_choice(tmp_path):
    db = open_store(tmp_path / "r.db", all_migrations())
    sync_sources(db, [SourceSettings(name="ARS", url="http://a/feed")])
    with db.transaction():
        db.execute("UPDATE sources SET official = 1, official_set_by = 'alice' WHERE name = 'ARS'")
    sync_sources(db, [SourceSettings(name="ARS", url="http://a/feed2")])
    ars = source_by_name(db, "ARS")
    assert ars.official and ars.url == "http://a/feed2"


def test_sources_removed_from_config_are_kept_but_marked(tmp_path):
    db = open_store(tmp_path / "r.db", all_migrations())
    sync_sources(db, [SourceSettings(name="A", url="http://a/f"), SourceSettings(name="B", url="http://b/f")])
    with db.transaction():
        create_manual_source(db, "ARS", "http://ars/page", official=True, set_by="adam")
    sync_sources(db, [SourceSettings(name="A", url="http://a/f")])
    rows = dict(db.execute("SELECT name, in_config FROM sources").fetchall())
    assert rows == {"A": 1, "B": 0, "ARS": 0}
    assert source_by_name(db, "ARS").official
