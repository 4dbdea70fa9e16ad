"""What differs between SQLite and PostgreSQL, and nothing else: placeholders, DDL types, triggers, clocks.

Every statement in Recoupe is written once, in the portable subset both engines run
(`?` placeholders, `ON CONFLICT`, `RETURNING`, `CASE` instead of boolean arithmetic,
`COALESCE`). Table definitions are written once too, in SQLite's spelling; the
PostgreSQL dialect maps their types here. Triggers are written once as a list of
portable statements over NEW/OLD rows; each dialect wraps them in its own syntax.
Full-text search, the one feature with no common spelling, is chosen per dialect where
it is used (web.migrations, claims.views.records) through `dialect.name`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    """One engine's spellings. `name` is "sqlite" or "postgresql"."""

    name: str
    migrations_table: str
    # An SQL expression for the engine's clock as epoch seconds, read at each statement.
    epoch_now: str
    # The data_version row a writer bumps: one row in SQLite (one writer), one of
    # VERSION_SHARDS per backend in PostgreSQL, so concurrent writers do not queue on one row.
    version_shard: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def query(self, sql: str, *, placeholders: bool = True, named: bool = False) -> str:
        """The statement as the driver wants it: psycopg takes %s, and a literal % must be doubled.

        Two SQLite spellings are mapped too: `x IS ?` (null-safe equality) and INDEXED BY hints.
        """
        if not self.postgres:
            return sql
        if named:
            return _pg_named(sql)
        return _pg_query(sql) if placeholders else _pg_spellings(sql)

    def ddl(self, script: str) -> str:
        """A schema script written in SQLite's spelling, in this engine's."""
        return _pg_ddl(script) if self.postgres else script

    def trigger(self, name: str, event: str, table: str, body: str, *, when: str | None = None,
                per_statement: bool = False) -> str:
        """CREATE TRIGGER running `body` (portable statements over NEW/OLD) AFTER `event` ON `table`.

        `event` is INSERT, DELETE, UPDATE or "UPDATE OF col, ...". `per_statement` asks for
        one run per statement where the engine has it (PostgreSQL); SQLite runs per row.
        """
        if not self.postgres:
            condition = f" WHEN {when}" if when else ""
            return f"CREATE TRIGGER {name} AFTER {event} ON {table}{condition} BEGIN {body} END;"
        level = "STATEMENT" if per_statement else "ROW"
        condition = f" WHEN ({when})" if when else ""
        referencing = ""
        if per_statement:
            # A statement trigger fires even when no row changed: look at the rows it saw first.
            rows = "OLD" if event == "DELETE" else "NEW"
            referencing = f" REFERENCING {rows} TABLE AS changed_rows"
            body = f"IF EXISTS (SELECT 1 FROM changed_rows) THEN {body} END IF;"
        return (f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN {body} "
                f"RETURN NULL; END $fn$;\n"
                f"CREATE TRIGGER {name} AFTER {event} ON {table}{referencing} FOR EACH {level}{condition} "
                f"EXECUTE FUNCTION {name}_fn();")

    def drop_trigger(self, name: str, table: str) -> str:
        if not self.postgres:
            return f"DROP TRIGGER IF EXISTS {name};"
        return f"DROP TRIGGER IF EXISTS {name} ON {table}; DROP FUNCTION IF EXISTS {name}_fn();"


# Rows of data_version in PostgreSQL: writers bump the row of their backend, readers sum them.
VERSION_SHARDS = 16

SQLITE = Dialect("sqlite", "_sqlite_migrations", "((julianday('now') - 2440587.5) * 86400.0)", "1")
POSTGRESQL = Dialect("postgresql", "recoupe_migrations", "extract(epoch FROM clock_timestamp())",
                     f"(1 + pg_backend_pid() % {VERSION_SHARDS})")

# String literals, quoted identifiers and comments, which translation leaves alone, or a ? / %.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?|%")


# SQLite spellings with a PostgreSQL equivalent: null-safe comparison with a parameter
# (`slot IS ?`), and the planner hint INDEXED BY, which PostgreSQL's planner does without.
_PG_SPELLINGS = [
    (re.compile(r"\bIS NOT \?"), "IS DISTINCT FROM ?"),
    (re.compile(r"\bIS \?"), "IS NOT DISTINCT FROM ?"),
    (re.compile(r"\bINDEXED BY \w+"), ""),
]


@functools.lru_cache(maxsize=1024)
def _pg_spellings(sql: str) -> str:
    for pattern, replacement in _PG_SPELLINGS:
        sql = pattern.sub(replacement, sql)
    return sql


@functools.lru_cache(maxsize=4096)
def _pg_query(sql: str) -> str:
    sql = _pg_spellings(sql)

    def swap(match: re.Match) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _TOKENS.sub(swap, sql)


# SQLite column types and clauses, and what PostgreSQL calls them. INTEGER is 64 bits in
# SQLite, so BIGINT; text compares byte-wise in SQLite, so the "C" collation, whatever
# the database's default locale, keeps ORDER BY and comparisons identical.
_DDL = [
    (re.compile(r"\bid INTEGER PRIMARY KEY\b"), "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    (re.compile(r"\bCOLLATE NOCASE\b"), "COLLATE recoupe_nocase"),
    (re.compile(r"\bTEXT\b(?![^,()]*\bCOLLATE\b)"), 'TEXT COLLATE "C"'),
    (re.compile(r"\)\s*WITHOUT ROWID"), ")"),
]
_COMMENT = re.compile(r"--[^\n]*")


_NAMED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|::|(?<![:\w]):(\w+)|%")


@functools.lru_cache(maxsize=1024)
def _pg_named(sql: str) -> str:
    """`:name` parameters (with a dict of values) in psycopg's %(name)s spelling."""
    sql = _pg_spellings(sql)

    def swap(match: re.Match) -> str:
        token = match.group(0)
        if match.group(1):
            return f"%({match.group(1)})s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%") if token[0] in "'\"" else token

    return _NAMED.sub(swap, sql)


def _pg_ddl(script: str) -> str:
    script = _COMMENT.sub("", script)
    out = []
    for statement in script.split(";"):
        # Only column definitions take types: CREATE TABLE and ALTER TABLE ... ADD COLUMN.
        if re.match(r"\s*(CREATE TABLE|ALTER TABLE)", statement, re.I):
            for pattern, replacement in _DDL:
                statement = pattern.sub(replacement, statement)
        out.append(statement)
    return ";".join(out)


def dialect_for(target: str) -> Dialect:
    return POSTGRESQL if is_postgres_url(target) else SQLITE


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))
