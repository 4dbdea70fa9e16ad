"""Rows to seed the claims-stage tests with: the incident, sources, articles and claims as the pipeline stores them."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from aggregator.config import IncidentSettings
from aggregator.store import now
from claims.config import ClaimsSettings

def _sample_incident() -> IncidentSettings:
    """The bundled sample's incident, as config.toml declares it: tests judge scope with the same words."""
    data = tomllib.loads((Path(__file__).resolve().parents[2] / "config.toml").read_text(encoding="utf-8"))
    raw = data["incident"]
    return IncidentSettings(id=raw["id"], title=raw["title"], since=raw["since"], description=raw["description"],
                            keywords=tuple(raw["keywords"]), languages=tuple(raw["languages"]),
                            profile=raw["profile"])


INCIDENT = _sample_incident()
SETTINGS = ClaimsSettings()


def add_source(db, name: str, *, official: bool = False) -> int:
    row = db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO sources (name, url, official) VALUES (?, ?, ?) RETURNING id",
                      [name, f"https://{len(name)}.example/{name}", int(official)]).fetchone()[0]


def add_article(db, source: str, text: str, *, official: bool = False, published: str = "2025-09-10",
                title: str = "Cyberattaque : fuite de données de patients", url: str | None = None) -> int:
    """An article as the crawler stores it (no claims yet: the pipeline extracts them)."""
    source_id = add_source(db, source, official=official)
    digest = hashlib.sha256(text.encode()).hexdigest()
    with db.transaction():
        return db.execute(
            "INSERT INTO articles (url, source_id, title, published, language, text, text_hash, fingerprint, "
            "first_seen, updated_at) VALUES (?, ?, ?, ?, 'fr', ?, ?, '0', ?, ?) RETURNING id",
            [url or f"https://example.org/{digest[:12]}", source_id, title, published, text, digest, now(),
             now()]).fetchone()[0]


def add_claim(db, article_id: int, slot, value, polarity: str = "asserted", *, hedged: bool = False,
              text: str | None = None, in_incident: bool = True) -> int:
    """A claim row as the pipeline stores it, with its article's scope, for tests of later steps."""
    text = text or f"{slot} {value} {polarity}"
    with db.transaction():
        db.execute("INSERT INTO article_scope (article_id, article_version, extractor_version, "
                   "in_incident, relevance, reason, processed_at) VALUES (?, 1, 'test', ?, 1.0, 'test', ?) "
                   "ON CONFLICT DO NOTHING",
                   [article_id, int(in_incident), now()])
        n = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        return db.execute(
            "INSERT INTO claims (key, article_id, slot, value, polarity, hedged, text, start, \"end\", "
            "extractor_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?) RETURNING id",
            [f"{article_id}:{n}", article_id, slot, None if value is None else str(value), polarity, int(hedged),
             text, n, n + 1, now()]).fetchone()[0]
