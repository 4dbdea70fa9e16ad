"""Every statement is written once for both engines: no SQLite-only spelling outside the dialect layer.

aggregator.dialect maps what has a PostgreSQL equivalent (`x IS ?`, INDEXED BY); these
have none, or another one, and must not come back in application code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("aggregator", "claims", "web", "recoupe")
# Where each engine's own spelling belongs: the stores, the dialect, the migrations' engine branches, search.
ALLOWED = {"aggregator/store.py", "aggregator/pg_store.py", "aggregator/dialect.py", "aggregator/migrate.py",
           "web/migrations.py", "web/db.py", "claims/views/records.py"}
FORBIDDEN = {
    "INSERT OR IGNORE/REPLACE: write ON CONFLICT": re.compile(r"INSERT OR (IGNORE|REPLACE)"),
    "lastrowid: write RETURNING id": re.compile(r"\.lastrowid\b"),
    "SQLite JSON functions: decode in Python": re.compile(r"\bjson_(extract|each|group_array|object)\s*\("),
    "group_concat: join in Python": re.compile(r"\bgroup_concat\s*\("),
    "SQLite date functions: compute in Python": re.compile(r"\b(datetime|strftime|julianday)\s*\(\s*'"),
    "PRAGMA outside the store": re.compile(r"\bPRAGMA\b"),
    "the sqlite3 connection: use the store's transaction(), executemany(), close()": re.compile(r"\bdb\.conn\b"),
    "rowid: use the table's key": re.compile(r"\browid\b"),
    "COLLATE NOCASE in a query: order by lower(...)": re.compile(r"COLLATE NOCASE"),
}


def sources():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel not in ALLOWED:
                yield rel, path.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", sorted(FORBIDDEN))
def test_no_engine_specific_sql_outside_the_dialect_layer(rule):
    pattern = FORBIDDEN[rule]
    found = [f"{rel}:{text[:m.start()].count(chr(10)) + 1}" for rel, text in sources() for m in pattern.finditer(text)]
    assert not found, f"{rule}: {found}"
