"""The web front end's tables, as versioned migrations: accounts, app settings, full-text indexes, cache versions."""

from __future__ import annotations

from aggregator.dialect import VERSION_SHARDS
from aggregator.migrate import Migrations

migrations = Migrations("web")

# unicode61 with diacritics removed: "securite" finds "sécurité", as French readers type it.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


# PostgreSQL: names compared without case (ICU, like SQLite's NOCASE for ASCII), and a search
# configuration that folds accents (unaccent) before indexing, as FTS5's remove_diacritics does.
_PG_PRELUDE = """
    CREATE COLLATION IF NOT EXISTS recoupe_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE TEXT SEARCH CONFIGURATION recoupe_search (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION recoupe_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
"""
# The text PostgreSQL indexes for search: the same columns as the FTS5 tables, words folded as unicode61 does.
PG_SEARCH = {
    "articles": "to_tsvector('recoupe_search'::regconfig, COALESCE(title, '') || ' ' || text)",
    "claims": "to_tsvector('recoupe_search'::regconfig, text)",
}


@migrations()
def m001_users_and_settings(db) -> None:
    if db.dialect.postgres:
        db.execute(_PG_PRELUDE)
    db.executescript(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,             -- werkzeug scrypt, salted
            role TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
            created_at TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE web_settings (                  -- the session secret lives here, not in the repo
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations()
def m002_full_text_search(db) -> None:
    """Search indexes that follow the crawler without a rebuild step.

    SQLite: FTS5 tables kept current by triggers. PostgreSQL: a generated tsvector column
    per table (the engine keeps it current) under a GIN index.
    """
    if db.dialect.postgres:
        for table, document in PG_SEARCH.items():
            db.execute(f"ALTER TABLE {table} ADD COLUMN search tsvector GENERATED ALWAYS AS ({document}) STORED")
            db.execute(f"CREATE INDEX {table}_search ON {table} USING gin (search)")
        return
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize=FTS_TOKENIZER)
    db["claims"].enable_fts(["text"], create_triggers=True, tokenize=FTS_TOKENIZER)


@migrations()
def m003_search_triggers_on_text_only(db) -> None:
    """Re-index a claim or an article only when its searchable text changes.

    The triggers sqlite-utils made fire on any UPDATE; clustering updates every new claim's
    cluster_id, and each re-indexing cost 0.56 of the 0.66 ms a placement takes. PostgreSQL's
    generated column is recomputed only when its own columns change: nothing to do there.
    """
    if db.dialect.postgres:
        return
    db.executescript(
        """
        DROP TRIGGER IF EXISTS claims_au;
        CREATE TRIGGER claims_au AFTER UPDATE OF text ON claims BEGIN
          INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
          INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
        END;
        DROP TRIGGER IF EXISTS articles_au;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """
    )


@migrations()
def m004_display_names(db) -> None:
    """The name readers see on what an editor publishes; NULL means the newsroom's signature ([editors] signature)."""
    db.execute("ALTER TABLE users ADD COLUMN display_name TEXT")


@migrations()
def m005_sessions(db: Database) -> None:
    """Signed-in sessions, so signing out (or disabling an account) ends a session on the server:
    a copied cookie is worthless once its row is gone. Only a hash of the session's secret is kept."""
    db.executescript(
        """
        CREATE TABLE web_sessions (
            id TEXT PRIMARY KEY,                     -- sha256 of the secret in the signed cookie
            user_id INTEGER NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX web_sessions_user ON web_sessions(user_id);
        """
    )


# data_version rows of the published counter: PUBLISHED_ROWS + the writer's shard (web.cache reads both sums).
PUBLISHED_ROWS = 100
# Writes no page built on clusters can show: a new article, its outlets and first scope (its claims
# wait outside any cluster until the pipeline settles), a new source (it has no claim yet), crawl runs.
UNPUBLISHED = {("articles", "INSERT"), ("article_outlets", "INSERT"), ("article_outlets", "UPDATE"),
               ("article_outlets", "DELETE"), ("article_scope", "INSERT"), ("sources", "INSERT"),
               ("crawl_runs", "INSERT"), ("crawl_runs", "UPDATE"), ("crawl_runs", "DELETE")}


@migrations()
def m006_published_version(db) -> None:
    """A second counter in data_version for the pages built on clusters, which a crawl's commits leave alone.

    Every visible write still bumps the data version (claims m006); writes a cluster page can
    show (clusters, placed claims, verdicts, a changed article or source) also bump the
    published counter. While a crawl stores articles and the pipeline analyses them, it stays
    still; it moves when the pipeline settles (clusters, counts and verdicts in one
    transaction) or an editor acts. A claim stored unplaced is not published; placing it is.
    """
    from claims.migrations import VISIBLE_TABLES

    d = db.dialect
    shards = VERSION_SHARDS if d.postgres else 1
    statements = [f"INSERT INTO data_version (id, version) VALUES ({PUBLISHED_ROWS + i}, 0);"
                  for i in range(1, shards + 1)]
    placed = ("EXISTS (SELECT 1 FROM changed_rows WHERE cluster_id IS NOT NULL)" if d.postgres
              else "NEW.cluster_id IS NOT NULL")
    for table in VISIBLE_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            name = f"{table}_data_version_{event.lower()}"
            body = f"UPDATE data_version SET version = version + 1 WHERE id = {d.version_shard};"
            if (table, event) not in UNPUBLISHED:
                condition = f" AND {placed}" if (table, event) == ("claims", "INSERT") else ""
                body += (f" UPDATE data_version SET version = version + 1 "
                         f"WHERE id = {PUBLISHED_ROWS} + {d.version_shard}{condition};")
            statements += [d.drop_trigger(name, table), d.trigger(name, event, table, body, per_statement=True)]
    db.executescript("\n".join(statements))


@migrations()
def m007_login_failures(db: Database) -> None:
    """Failed logins kept in the store, so every web process (and a restarted one) slows the same guesser.

    One row per key (a name from an address, or an address): how many failures in a row and
    when the last one happened, in seconds since the epoch (processes share no clock but the wall).
    """
    db.executescript(
        """
        CREATE TABLE login_failures (
            key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            last_at REAL NOT NULL
        );
        """
    )
