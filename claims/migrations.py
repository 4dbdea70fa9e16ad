"""The claims stage's tables, as versioned migrations: scope, claims, embeddings, clusters, editors' work.

Each derived row records what produced it (extractor version, model, threshold) so a
stage can be re-run, resumed after a crash, or inspected with sqlite-utils or datasette.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from aggregator.migrations import migrations as aggregator_migrations
from claims.embed_store import migrate_embeddings

migrations = Migrations("claims")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE article_scope (                 -- one row per analysed article version
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            article_version INTEGER NOT NULL,        -- pending work: articles.version differs
            extractor_version TEXT NOT NULL,         -- ... or the extractor changed (reprocess)
            in_incident INTEGER NOT NULL,
            relevance REAL NOT NULL,
            reason TEXT NOT NULL,
            language TEXT,
            processed_at TEXT NOT NULL
        );
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                -- 'slot|value|polarity', or 'text:N' for free text
            slot TEXT,
            value TEXT,
            polarity TEXT NOT NULL,
            label TEXT NOT NULL,                     -- the most central member sentence
            first_seen TEXT,                         -- first reported (earliest member article)
            first_confirmed TEXT,                    -- earliest official statement, if any
            computed_verdict TEXT NOT NULL DEFAULT 'unverified',
            verdict TEXT NOT NULL DEFAULT 'unverified',   -- effective: editor's if set
            verdict_by TEXT NOT NULL DEFAULT 'computed',  -- 'computed' or the editor's name
            verdict_note TEXT,                       -- why: rule applied, or the editor's reason
            official_hedged INTEGER NOT NULL DEFAULT 0,
            claim_count INTEGER NOT NULL DEFAULT 0,
            source_count INTEGER NOT NULL DEFAULT 0,
            centroid BLOB,                           -- free-text clusters: float32 mean vector
            model TEXT,
            threshold REAL,
            merged_into INTEGER REFERENCES clusters(id),
            updated_at TEXT NOT NULL
        );
        CREATE INDEX clusters_verdict ON clusters(verdict);
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                -- article:start:end:slot:value:polarity -> stable ids
            article_id INTEGER NOT NULL REFERENCES articles(id),
            slot TEXT,                               -- NULL: free-text claim
            value TEXT,                              -- numbers as decimal digits, dates ISO
            polarity TEXT NOT NULL,                  -- asserted | denied
            hedged INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            extractor_version TEXT NOT NULL,
            cluster_id INTEGER REFERENCES clusters(id),
            pinned_cluster INTEGER NOT NULL DEFAULT 0,   -- 1: an editor placed it (merge/split)
            created_at TEXT NOT NULL
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_cluster ON claims(cluster_id);
        CREATE INDEX claims_slot ON claims(slot, value, polarity);
        CREATE TABLE editor_verdicts (               -- overrides; survive crawl and reprocess
            cluster_id INTEGER PRIMARY KEY REFERENCES clusters(id),
            verdict TEXT NOT NULL,
            reason TEXT NOT NULL,
            editor TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            editor TEXT NOT NULL,
            action TEXT NOT NULL,                    -- verdict | merge | split | official | add_url
            target TEXT NOT NULL,                    -- e.g. 'cluster:12', 'source:3'
            old TEXT,
            new TEXT,
            reason TEXT
        );
        """
    )


@migrations()
def m002_embeddings(db: Database) -> None:
    migrate_embeddings(db)


@migrations()
def m003_cluster_upkeep(db: Database) -> None:
    """Dirty marks make verdict upkeep resumable; links record claims the guard kept apart."""
    db.executescript(
        """
        ALTER TABLE clusters ADD COLUMN dirty INTEGER NOT NULL DEFAULT 1;  -- verdict/label to recompute
        ALTER TABLE clusters ADD COLUMN official_claim_ids TEXT NOT NULL DEFAULT '[]';  -- JSON list
        CREATE INDEX clusters_dirty ON clusters(dirty) WHERE dirty = 1;
        CREATE INDEX clusters_slot ON clusters(slot, polarity);
        CREATE TABLE cluster_links (                 -- free text: similar, but negation differs
            a INTEGER NOT NULL REFERENCES clusters(id),
            b INTEGER NOT NULL REFERENCES clusters(id),
            kind TEXT NOT NULL DEFAULT 'negation',
            PRIMARY KEY (a, b)
        );
        """
    )


def all_migrations() -> tuple[Migrations, ...]:
    """Every migration set the claims stage needs, in dependency order: the aggregator's first."""
    return (aggregator_migrations, migrations)
