"""Build large claim databases fast: run the real pipeline on a seed of articles, then replicate its rows in SQL.

Running the pipeline on 10,000 articles to get 100,000 claims would take the benchmark
longer than the figure it serves. Instead a few hundred generated articles go through the
real claims pipeline (scope, extraction, clustering, verdicts), and their rows are copied
with fresh ids until the store holds the wanted number of claims: each copy is another
outlet's article carrying the same statements, and its free-text claims get clusters of
their own, so free-text clusters grow with the store as they do in a long-running incident.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from benchmarks.corpus import stories
from benchmarks.pools import OUTLETS

DIM = 384
INCIDENT_KW = dict(id="bench", title="Cyberattaque contre les services e-santé", since=dt.date(2025, 9, 1),
                   # The generated stories speak of these agencies and regions: the scope reads the
                   # incident's organisations and regions from its description.
                   description="Cyberattaque contre les services numériques de santé des GRADeS et des ARS "
                               "Normandie, Hauts-de-France et Pays de la Loire : fuite de données de patients.",
                   keywords=("cyberattaque", "fuite", "données", "pirates", "cyberattack", "leak", "hackers"))


class HashEmbedder:
    """A stand-in for the model in store-building and clustering figures: deterministic vectors, no model.

    Sentences sharing their first four words get close vectors, so free-text claims cluster
    as paraphrases do; the cost of the real model is measured by its own figure.
    """

    model_name = "bench-hash-384"
    batch_size = 64

    def __init__(self) -> None:
        self.texts_encoded = 0

    def encode(self, texts) -> np.ndarray:
        rows = [self._vector(t) for t in texts]
        self.texts_encoded += len(rows)
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, DIM), dtype=np.float32)

    @staticmethod
    def _vector(text: str) -> np.ndarray:
        head = " ".join(re.findall(r"\w+", text.lower())[:4])
        base = np.random.default_rng(int(hashlib.blake2b(head.encode(), digest_size=8).hexdigest(), 16)).standard_normal(DIM)
        noise = np.random.default_rng(int(hashlib.blake2b(text.encode(), digest_size=8).hexdigest(), 16)).standard_normal(DIM)
        v = base + 0.25 * noise
        return v / np.linalg.norm(v)


def migrations() -> list:
    """Every migration a production database has: aggregator, claims, and the web's (search triggers)."""
    from claims.migrations import all_migrations
    sets = list(all_migrations())
    try:
        from web.migrations import migrations as web_migrations
        sets.append(web_migrations)
    except ImportError:
        pass
    return sets


def incident():
    from aggregator.config import IncidentSettings
    return IncidentSettings(**INCIDENT_KW)


def open_db(path: Path) -> Database:
    from aggregator.store import open_store
    return open_store(path, migrations())


def insert_articles(db: Database, start: int, count: int, *, copy: int = 0) -> int:
    """Store generated articles as the crawler would (sources created on first use); returns how many."""
    from aggregator.store import now
    stamp = now()
    with db.transaction():
        for slug, name, _lang, _kind, official in OUTLETS:
            db.execute("INSERT INTO sources (name, url, kind, official) VALUES (?, ?, 'feed', ?) ON CONFLICT DO NOTHING",
                       [name, f"http://127.0.0.1/{slug}/feed.xml", int(official)])
        ids = {r[1]: r[0] for r in db.execute("SELECT id, name FROM sources")}
        rows = []
        for story in stories(start, count):
            slug, name = OUTLETS[story["outlet"]][:2]
            text = story["text"]
            rows.append([f"http://127.0.0.1/{slug}/{story['index']}-{copy}.html", ids[name], story["title"],
                         story["author"], name, story["published"].isoformat(), story["lang"], text,
                         hashlib.sha256(text.encode()).hexdigest(), f"{story['index']:016x}", stamp, stamp])
        db.executemany(
            "INSERT INTO articles (url, source_id, title, author, site_name, published, language, text, text_hash, "
            "fingerprint, version, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", rows)
    return len(rows)


def run_claims(db: Database, embedder=None):
    """The real claims pipeline over pending articles, with the hash embedder unless one is given."""
    from claims.config import ClaimsSettings
    from claims.pipeline import run_pipeline
    return run_pipeline(db, incident=incident(), settings=ClaimsSettings(), embedder=embedder or HashEmbedder())


def replicate(db: Database, target_claims: int) -> int:
    """Copy article, scope and claim rows (and free-text clusters) until `target_claims` claims; returns the count."""
    from claims.grouping.refresh import refresh_clusters
    have = db.execute("SELECT count(*) FROM claims").fetchone()[0]
    if have == 0:
        raise RuntimeError("the seed produced no claims; is the claims pipeline working?")
    art_off = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    claim_off = db.execute("SELECT max(id) FROM claims").fetchone()[0]
    cluster_off = db.execute("SELECT max(id) FROM clusters").fetchone()[0] or 0  # none when no seed is in scope
    seed_articles, seed_claims, seed_clusters = art_off, claim_off, cluster_off
    cols = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
            for t in ("articles", "article_scope", "claims", "clusters")}
    copy = 0
    with db.transaction():
        while have < target_claims:
            copy += 1
            a, c, k = art_off * copy, claim_off * copy, cluster_off * copy
            override = {
                "articles": {"id": f"id + {a}", "url": f"url || '?copy={copy}'"},
                "article_scope": {"article_id": f"article_id + {a}"},
                "clusters": {"id": f"id + {k}", "key": f"'text:' || (id + {k})"},
                "claims": {"id": f"id + {c}", "article_id": f"article_id + {a}",
                           "key": f"(article_id + {a}) || substr(key, instr(key, ':'))",
                           "cluster_id": f"CASE WHEN slot IS NULL THEN cluster_id + {k} ELSE cluster_id END"},
            }
            where = {"articles": f"id <= {seed_articles}", "article_scope": f"article_id <= {seed_articles}",
                     "clusters": f"id <= {seed_clusters} AND slot IS NULL",
                     "claims": f"id <= {seed_claims}"}
            for table in ("articles", "article_scope", "clusters", "claims"):
                names = cols[table]
                select = ", ".join(override[table].get(n, n) for n in names)
                db.execute(f"INSERT INTO {table} ({', '.join(names)}) SELECT {select} FROM {table} "
                           f"WHERE {where[table]}")
            have += seed_claims
    refresh_clusters(db, everything=True)
    return db.execute("SELECT count(*) FROM claims").fetchone()[0]


def build(path: Path, claims: int, *, seed_articles: int = 300) -> Database:
    """A database of about `claims` claims (never fewer), with clusters and verdicts up to date."""
    db = open_db(path)
    insert_articles(db, 0, seed_articles)
    run_claims(db)
    replicate(db, claims)
    return db
