"""The claims stage's tables, as versioned migrations: scope, claims, embeddings, clusters, editors' work.

Each derived row records what produced it (extractor version, model, threshold) so a
stage can be re-run, resumed after a crash, or inspected with sqlite-utils or datasette.
"""

from __future__ import annotations

from aggregator.migrate import Migrations
from aggregator.migrations import migrations as aggregator_migrations
from aggregator.dialect import VERSION_SHARDS
from aggregator.wire import on_merge
from claims.embedding.cache import migrate_embeddings
from claims.merging import absorb

migrations = Migrations("claims")
# These tables point at articles, and the aggregator merges articles found to be copies of one
# story (aggregator.wire): every process that opens a store with them imports this module first.
on_merge(absorb)


@migrations()
def m001_initial(db) -> None:
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
            "end" INTEGER NOT NULL,
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
def m002_embeddings(db) -> None:
    migrate_embeddings(db)


@migrations()
def m003_cluster_upkeep(db) -> None:
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


# Live clusters, as every reader's query spells it: the partial indexes below need these exact terms.
LIVE_TERMS = "merged_into IS NULL AND claim_count > 0"


@migrations()
def m004_reading_indexes(db) -> None:
    """What the web's pages need to read a large store in milliseconds: ranked indexes and who says what.

    `cluster_sources` counts each cluster's claims per source (and how many are firm, not
    hedged); triggers keep it exact through clustering, merges, splits and deletions, so
    pages never group a whole slot's claims per request. The triggers' statements are
    written once; aggregator.dialect wraps them for each engine.
    """
    db.executescript(
        f"""
        CREATE INDEX clusters_slot_rank ON clusters(slot, source_count DESC, claim_count DESC, id, verdict)
            WHERE {LIVE_TERMS};
        CREATE INDEX clusters_verdict_rank ON clusters(verdict, source_count DESC, claim_count DESC, id)
            WHERE {LIVE_TERMS};
        CREATE INDEX clusters_first_seen ON clusters(first_seen, verdict) WHERE {LIVE_TERMS};
        CREATE INDEX clusters_first_confirmed ON clusters(first_confirmed, verdict) WHERE {LIVE_TERMS};
        CREATE INDEX articles_when ON articles((COALESCE(published, first_seen)));
        CREATE INDEX articles_first_seen ON articles(first_seen);
        CREATE TABLE cluster_sources (
            cluster_id INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            claims INTEGER NOT NULL,                 -- member claims from this source's articles
            firm INTEGER NOT NULL,                   -- of which not hedged
            PRIMARY KEY (cluster_id, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX cluster_sources_source ON cluster_sources(source_id);
        INSERT INTO cluster_sources (cluster_id, source_id, claims, firm)
            SELECT c.cluster_id, a.source_id, count(*), sum({_FIRM.format(row="c")}) FROM claims c
            JOIN articles a ON a.id = c.article_id WHERE c.cluster_id IS NOT NULL GROUP BY c.cluster_id, a.source_id;
        """
    )
    d = db.dialect
    db.executescript("\n".join([
        d.trigger("claims_cluster_sources_insert", "INSERT", "claims", _ADD.format(row="NEW"),
                  when="NEW.cluster_id IS NOT NULL"),
        d.trigger("claims_cluster_sources_delete", "DELETE", "claims", _REMOVE.format(row="OLD"),
                  when="OLD.cluster_id IS NOT NULL"),
        d.trigger("claims_cluster_sources_update", "UPDATE OF cluster_id, hedged, article_id", "claims",
                  _REMOVE.format(row="OLD") + _ADD.format(row="NEW"),
                  when="COALESCE(OLD.cluster_id, -1) != COALESCE(NEW.cluster_id, -1) OR OLD.hedged != NEW.hedged "
                       "OR OLD.article_id != NEW.article_id"),
        d.trigger("articles_cluster_sources_source", "UPDATE OF source_id", "articles", _MOVE,
                  when="OLD.source_id != NEW.source_id"),
    ]))


# Whether a claim row counts as firm (not hedged), as 0/1.
_FIRM = "CASE WHEN {row}.hedged = 0 THEN 1 ELSE 0 END"
# A claim joining or leaving a cluster, for the triggers above ({row} is NEW or OLD).
_ADD = """INSERT INTO cluster_sources (cluster_id, source_id, claims, firm)
            SELECT {row}.cluster_id, a.source_id, 1, CASE WHEN {row}.hedged = 0 THEN 1 ELSE 0 END FROM articles a
            WHERE a.id = {row}.article_id AND {row}.cluster_id IS NOT NULL
            ON CONFLICT (cluster_id, source_id) DO UPDATE SET claims = cluster_sources.claims + 1,
                                                             firm = cluster_sources.firm + excluded.firm;"""
_REMOVE = """UPDATE cluster_sources SET claims = claims - 1,
                                       firm = firm - CASE WHEN {row}.hedged = 0 THEN 1 ELSE 0 END
            WHERE cluster_id = {row}.cluster_id
              AND source_id = (SELECT source_id FROM articles WHERE id = {row}.article_id);
            DELETE FROM cluster_sources WHERE cluster_id = {row}.cluster_id AND claims <= 0;"""
# An article moving to another source (an official copy of wire text) moves its claims' counts.
_MOVE = """UPDATE cluster_sources SET
                claims = claims - (SELECT count(*) FROM claims c WHERE c.article_id = NEW.id
                                   AND c.cluster_id = cluster_sources.cluster_id),
                firm = firm - (SELECT count(*) FROM claims c WHERE c.article_id = NEW.id
                               AND c.cluster_id = cluster_sources.cluster_id AND c.hedged = 0)
            WHERE source_id = OLD.source_id
              AND cluster_id IN (SELECT cluster_id FROM claims WHERE article_id = NEW.id);
            DELETE FROM cluster_sources WHERE source_id = OLD.source_id AND claims <= 0;
            INSERT INTO cluster_sources (cluster_id, source_id, claims, firm)
                SELECT cluster_id, NEW.source_id, count(*), sum(CASE WHEN hedged = 0 THEN 1 ELSE 0 END) FROM claims
                WHERE article_id = NEW.id AND cluster_id IS NOT NULL GROUP BY cluster_id
                ON CONFLICT (cluster_id, source_id) DO UPDATE SET claims = cluster_sources.claims + excluded.claims,
                                                                 firm = cluster_sources.firm + excluded.firm;"""


@migrations()
def m005_upkeep_indexes(db) -> None:
    """What keeps verdict upkeep proportional to what was added, not to the store (claims.grouping.refresh).

    `cluster_arrivals` lists the claims clustering placed since the last refresh (clusters
    whose only change is arrivals carry dirty = 2 and are updated from them alone);
    `slot_officials`, `slot_others` and `slot_estimates` summarise each slot's statements
    (every official one; the distinct unofficial source/value/polarity; the clusters whose
    figure is worded as an estimate), so a slot's verdicts are recomputed only when they change.
    """
    db.executescript(
        """
        CREATE TABLE cluster_arrivals (
            claim_id INTEGER PRIMARY KEY,
            cluster_id INTEGER NOT NULL
        );
        CREATE TABLE slot_summaries (                -- slots whose summary rows below are complete
            slot TEXT PRIMARY KEY,
            built_at TEXT NOT NULL
        );
        CREATE TABLE slot_officials (                -- official in-incident statements, one per claim
            claim_id INTEGER PRIMARY KEY,
            slot TEXT NOT NULL,
            value TEXT,
            polarity TEXT NOT NULL,
            hedged INTEGER NOT NULL,
            source TEXT NOT NULL,
            published TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX slot_officials_slot ON slot_officials(slot);
        CREATE TABLE slot_others (                   -- distinct unofficial statements of a slot
            slot TEXT NOT NULL,
            key TEXT NOT NULL,                       -- JSON [source, value, polarity, estimate, excerpt]
            source TEXT NOT NULL,
            value TEXT,
            polarity TEXT NOT NULL,
            text TEXT NOT NULL,                      -- one sentence of the group, as the note quotes it
            PRIMARY KEY (slot, key)
        ) WITHOUT ROWID;
        CREATE TABLE slot_estimates (                -- numeric slots: clusters whose figure is an estimate
            slot TEXT NOT NULL,
            cluster_id INTEGER NOT NULL,
            PRIMARY KEY (slot, cluster_id)
        ) WITHOUT ROWID;
        CREATE TABLE upkeep_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        DROP INDEX IF EXISTS clusters_dirty;
        CREATE INDEX clusters_marked ON clusters(dirty) WHERE dirty != 0;
        CREATE INDEX clusters_verdict_stale ON clusters(id) WHERE verdict_by != 'computed' OR verdict != computed_verdict;
        CREATE INDEX claims_cluster_text ON claims(cluster_id, text);
        CREATE INDEX cluster_links_b ON cluster_links(b);
        """
    )


# What a reader can see is read from these tables: any row written to one of them changes the data version.
VISIBLE_TABLES = ("articles", "article_outlets", "sources", "article_scope", "claims", "clusters", "editor_verdicts",
                  "audit_log", "crawl_runs")


@migrations()
def m006_data_version(db) -> None:
    """A counter that every write to a reader-visible table bumps, so the web can cache pages exactly.

    SQLite has no statement-level triggers, hence one bump per row; it costs one update of
    a one-row table per written row (measured in docs/benchmarks.md). PostgreSQL bumps once
    per statement, in one of several rows (by backend) so that concurrent writers do not
    queue on one row lock; the version is the sum, read in the same snapshot as the page.
    """
    d = db.dialect
    shards = VERSION_SHARDS if d.postgres else 1
    statements = ["CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id >= 1), version INTEGER NOT NULL);"]
    statements += [f"INSERT INTO data_version (id, version) VALUES ({i}, {1 if i == 1 else 0});"
                   for i in range(1, shards + 1)]
    for table in VISIBLE_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(d.trigger(f"{table}_data_version_{event.lower()}", event, table,
                                        f"UPDATE data_version SET version = version + 1 WHERE id = {d.version_shard};",
                                        per_statement=True))
    db.executescript("\n".join(statements))


def all_migrations() -> tuple[Migrations, ...]:
    """Every migration set the claims stage needs, in dependency order: the aggregator's first."""
    return (aggregator_migrations, migrations)


@migrations()
def m007_editorial_review(db) -> None:
    """Editors' last word on every machine judgment: claims, relevance, clusters' review, undoable merges, added pages.

    A correction is stored apart from the claim it applies to and keyed on what the
    extractor found (article, sentence, slot, value, polarity), so it is found again after a
    re-crawl, a silent edit or `reprocess` (claims.editing.corrections). A rejected claim
    keeps its row (`status = 'rejected'`) with no cluster and `pinned_cluster = 1`, which
    clustering reads as "placed by an editor: nowhere". `editor_verdicts` now holds only
    published verdicts, signed with the publisher's display name; drafts live in
    `cluster_reviews`.
    """
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN status TEXT NOT NULL DEFAULT 'extracted';  -- extracted | corrected | rejected
        CREATE TABLE claim_corrections (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            claim_id INTEGER,                        -- the claim it applies to now; NULL while lost
            action TEXT NOT NULL,                    -- reject | correct
            sentence TEXT NOT NULL,                  -- the sentence the editor judged
            extracted_slot TEXT,
            extracted_value TEXT,
            extracted_polarity TEXT NOT NULL,
            extracted_hedged INTEGER NOT NULL,
            slot TEXT,                               -- what the editor set (action = correct)
            value TEXT,
            polarity TEXT,
            hedged INTEGER,
            reason TEXT NOT NULL,
            editor TEXT NOT NULL,
            at TEXT NOT NULL,
            match TEXT NOT NULL DEFAULT 'same',      -- same | sentence_changed | lost
            current_sentence TEXT                    -- the changed sentence it now applies to
        );
        CREATE INDEX claim_corrections_article ON claim_corrections(article_id);
        CREATE INDEX claim_corrections_claim ON claim_corrections(claim_id);
        CREATE TABLE article_relevance (             -- an editor's in/out of the incident; wins over the machine
            article_id INTEGER PRIMARY KEY REFERENCES articles(id),
            in_incident INTEGER NOT NULL,
            reason TEXT NOT NULL,
            editor TEXT NOT NULL,                    -- login, for editors' pages
            signature TEXT NOT NULL,                 -- display name, for readers and the export
            at TEXT NOT NULL,
            machine_in_incident INTEGER,             -- the latest machine judgment, kept beside
            machine_reason TEXT
        );
        CREATE TABLE cluster_reviews (
            cluster_id INTEGER PRIMARY KEY REFERENCES clusters(id),
            status TEXT NOT NULL DEFAULT 'new',      -- new | in_review | reviewed | published
            assignee TEXT,
            draft_verdict TEXT,                      -- an editor's verdict, not public until published
            draft_reason TEXT,
            draft_by TEXT,
            draft_at TEXT,
            publish_requested_by TEXT,               -- waiting for a second editor
            publish_requested_at TEXT,
            reviewed_mark TEXT,                      -- the cluster's mark when last reviewed
            reviewed_by TEXT,
            reviewed_at TEXT,
            published_by TEXT,
            published_at TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cluster_reviews_status ON cluster_reviews(status);
        CREATE TABLE cluster_notes (                 -- internal: never on a reader's page
            id INTEGER PRIMARY KEY,
            cluster_id INTEGER NOT NULL REFERENCES clusters(id),
            editor TEXT NOT NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX cluster_notes_cluster ON cluster_notes(cluster_id);
        CREATE TABLE cluster_operations (            -- merges and splits, so they can be undone
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                      -- merge | split
            cluster_id INTEGER NOT NULL,             -- merge: the cluster merged away; split: the one split
            other_id INTEGER NOT NULL,               -- merge: the target; split: the new cluster
            claims TEXT NOT NULL,                    -- JSON [[claim id, pinned before], ...]: what moved
            editor TEXT NOT NULL,
            at TEXT NOT NULL,
            reason TEXT NOT NULL,
            undone_by TEXT,
            undone_at TEXT
        );
        CREATE TABLE add_jobs (                      -- pages editors add, fetched and analysed in the background
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            source_name TEXT,
            official INTEGER NOT NULL DEFAULT 0,
            reason TEXT NOT NULL,
            editor TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued',    -- queued | waiting | fetching | analysing | done
            outcome TEXT,                            -- added | off_topic | robots | not_found | too_large | ...
            article_id INTEGER,
            run_id INTEGER,
            detail TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX add_jobs_state ON add_jobs(state);
        """
    )
    # Verdicts editors set before this migration were public at once: they count as published,
    # signed by the newsroom (login names never reach readers).
    db.executescript(
        """
        INSERT INTO cluster_reviews (cluster_id, status, reviewed_by, reviewed_at, published_by, published_at, updated_at)
            SELECT cluster_id, 'published', editor, at, editor, at, at FROM editor_verdicts;
        UPDATE clusters SET verdict_by = 'La rédaction' WHERE id IN (SELECT cluster_id FROM editor_verdicts);
        UPDATE editor_verdicts SET editor = 'La rédaction';
        """
    )
    # No data-version triggers here: every write to these tables also writes `claims`,
    # `article_scope`, `clusters` or `editor_verdicts` in the same transaction, and those bump it.


@migrations()
def m008_alerts(db) -> None:
    """The alert outbox: events queued in the same transaction that notices them, delivered later with retries."""
    db.executescript(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                -- one alert per event, however often it is noticed
            kind TEXT NOT NULL,                      -- contradicted | dispute | official
            cluster_id INTEGER,
            article_id INTEGER,
            text TEXT NOT NULL,                      -- one line for chat (Slack/Mattermost `text`)
            body TEXT NOT NULL,                      -- a few lines for the e-mail digest
            created_at TEXT NOT NULL,
            baseline INTEGER NOT NULL DEFAULT 0      -- 1: already there when alerts started; never sent
        );
        CREATE TABLE alert_deliveries (
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            channel TEXT NOT NULL,                   -- webhook | email
            state TEXT NOT NULL DEFAULT 'pending',   -- pending | sending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            claimed_at TEXT,
            sent_at TEXT,
            last_error TEXT,
            PRIMARY KEY (alert_id, channel)
        );
        CREATE INDEX alert_deliveries_state ON alert_deliveries(state, next_attempt_at);
        CREATE TABLE alert_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


@migrations()
def m009_analysis_failures(db: Database) -> None:
    """An article whose analysis failed is marked so (with the reason), instead of staying pending
    and failing every later run; a new version of its text, or `reprocess`, tries it again."""
    db.execute("ALTER TABLE article_scope ADD COLUMN error TEXT")  # NULL: analysed


@migrations()
def m010_reasons_and_relays(db: Database) -> None:
    """Verdicts that count independent outlets and say why as data (claims.grouping.verdicts).

    `claims.origin_source_id` is the outlet a claim really comes from (its own, or the one it
    relays: claims.grouping.relays); `cluster_texts` keeps each cluster's distinct sentences with
    their first outlet and origin, so arrivals are checked against them alone. Clusters gain
    their reason (JSON), outlier mark, independent source count, the question a dispute is
    about (one card per question) and the outlet that reported them first. Slot summaries now
    count origins, so they are rebuilt, and every cluster is recomputed once.
    """
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN origin_source_id INTEGER;   -- the independent outlet (set when clustered)
        ALTER TABLE claims ADD COLUMN relay TEXT;                 -- NULL, 'attribution' or 'copy'
        CREATE INDEX claims_cluster_origin ON claims(cluster_id, origin_source_id);
        ALTER TABLE clusters ADD COLUMN reason TEXT;              -- JSON {"code": ..., "claim_ids": ..., ...}
        ALTER TABLE clusters ADD COLUMN outlier INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE clusters ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE clusters ADD COLUMN question TEXT;            -- what a dispute is about: slot, slot|value, text:N
        ALTER TABLE clusters ADD COLUMN first_source_id INTEGER;  -- the outlet that reported it first
        ALTER TABLE clusters ADD COLUMN first_claim_id INTEGER;   -- ... in this claim
        CREATE INDEX clusters_question ON clusters(question, verdict) WHERE merged_into IS NULL AND claim_count > 0;
        CREATE TABLE cluster_texts (                               -- distinct sentences per cluster, for relays
            cluster_id INTEGER NOT NULL,
            text TEXT NOT NULL,
            claim_id INTEGER NOT NULL,                            -- its first claim (by publication, then id)
            source_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            origin_id INTEGER NOT NULL,
            PRIMARY KEY (cluster_id, text)
        );
        ALTER TABLE slot_officials ADD COLUMN source_id INTEGER;
        DROP TABLE slot_others;
        CREATE TABLE slot_others (                   -- distinct unofficial statements of a slot, by origin
            slot TEXT NOT NULL,
            key TEXT NOT NULL,                       -- JSON [origin id, value, polarity, estimate, excerpt]
            origin_id INTEGER,
            source TEXT NOT NULL,                    -- the origin's name
            value TEXT,
            polarity TEXT NOT NULL,
            text TEXT NOT NULL,
            claim_id INTEGER NOT NULL,               -- one claim of the group, for the reason's ids
            PRIMARY KEY (slot, key)
        ) WITHOUT ROWID;
        DELETE FROM slot_summaries;
        DELETE FROM slot_officials;
        DELETE FROM slot_estimates;
        UPDATE clusters SET dirty = 1;
        """
    )


@migrations()
def m011_slot_others_first_said(db: Database) -> None:
    """The claim that speaks for a group of a slot's unofficial statements is the first one said
    (by publication, then wording), the same whichever store and whichever order the claims
    arrived in: a dispute's reason names the same claims on SQLite and on PostgreSQL workers.
    The summaries are rebuilt, and every cluster is recomputed once."""
    db.executescript(
        """
        ALTER TABLE slot_others ADD COLUMN said_at TEXT NOT NULL DEFAULT '';  -- its claim's sortable publication
        DELETE FROM slot_summaries;
        DELETE FROM slot_officials;
        DELETE FROM slot_others;
        DELETE FROM slot_estimates;
        UPDATE clusters SET dirty = 1;
        """
    )


@migrations()
def m012_copy_families(db: Database) -> None:
    """Relays decided by what was said and when, not by the order claims were stored in
    (claims.grouping.relays): each distinct sentence of a cluster keeps the copy family it
    belongs to and what its first claim would be on its own. Every cluster's origins are
    recomputed once."""
    db.executescript(
        """
        ALTER TABLE cluster_texts ADD COLUMN base_id INTEGER NOT NULL DEFAULT -1;  -- its first claim's own origin
        ALTER TABLE cluster_texts ADD COLUMN family INTEGER NOT NULL DEFAULT -1;   -- its copy family's label
        DELETE FROM cluster_texts;
        UPDATE clusters SET dirty = 1;
        """
    )
