"""The web front end's tables, as versioned migrations: accounts, app settings, full-text indexes."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("web")

# unicode61 with diacritics removed: "securite" finds "sécurité", as French readers type it.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations()
def m001_users_and_settings(db: Database) -> None:
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
def m002_full_text_search(db: Database) -> None:
    """FTS5 indexes kept current by triggers, so search follows the crawler without a rebuild step."""
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize=FTS_TOKENIZER)
    db["claims"].enable_fts(["text"], create_triggers=True, tokenize=FTS_TOKENIZER)
