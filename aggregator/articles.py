"""Store extracted pages as articles: new, new version (silent edit), unchanged, or a syndicated copy."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlite_utils import Database

from aggregator.dedup import FingerprintIndex, find_duplicate, fingerprint, text_hash
from aggregator.extract import Extracted
from aggregator.store import now


class Outcome(enum.Enum):
    NEW = "new"
    UPDATED = "updated"          # same address, different text: a new version
    UNCHANGED = "unchanged"
    SYNDICATED = "syndicated"    # near-duplicate of another outlet's article: recorded as an outlet


@dataclass(frozen=True)
class Stored:
    article_id: int
    outcome: Outcome


def load_fingerprints(db: Database) -> FingerprintIndex:
    """The near-duplicate index of every stored article, for one run."""
    return FingerprintIndex([(r[0], r[1], int(r[2], 16))
                             for r in db.execute("SELECT id, source_id, fingerprint FROM articles")])


def store_article(db: Database, *, source_id: int, url: str, page: Extracted, official: bool,
                  fingerprints: FingerprintIndex | None = None) -> Stored:
    """Record one page. The caller holds the transaction, together with the entry's state.

    Identity is the canonical URL first (a re-fetch of a known address), then the text
    (wire copy already stored under another outlet's address). `fingerprints` is the run's
    index (loaded here when not given, for one-page runs) and learns the new article.
    """
    digest = text_hash(page.text)
    stamp = now()
    row = db.execute("SELECT id, text_hash, version FROM articles WHERE url = ?", [url]).fetchone()
    if row is None:
        row = db.execute(
            "SELECT a.id, a.text_hash, a.version FROM article_outlets o JOIN articles a ON a.id = o.article_id "
            "WHERE o.url = ?", [url]).fetchone()
    if row is not None:
        article_id, old_hash, version = row
        if old_hash == digest:
            return Stored(article_id, Outcome.UNCHANGED)
        version += 1
        db.execute(
            "UPDATE articles SET title = ?, author = ?, site_name = ?, published = COALESCE(?, published), "
            "language = ?, text = ?, text_hash = ?, fingerprint = ?, version = ?, updated_at = ? WHERE id = ?",
            [page.title, page.author, page.site_name, page.published, page.language, page.text, digest,
             f"{_print_of(page):016x}", version, stamp, article_id],
        )
        _add_version(db, article_id, version, page, digest, stamp)
        return Stored(article_id, Outcome.UPDATED)

    print_ = _print_of(page)
    if fingerprints is None:
        fingerprints = load_fingerprints(db)
    duplicate = find_duplicate(page.text, fingerprints.near(print_, other_than_source=source_id),
                               lambda article_id: db.execute("SELECT text FROM articles WHERE id = ?",
                                                             [article_id]).fetchone()[0])
    if duplicate is not None:
        _add_outlet(db, duplicate, source_id, url, page, stamp)
        if official:
            # An official source carrying the same text makes the article official: the
            # communiqué is the reference, whoever printed it first.
            db.execute("UPDATE articles SET source_id = ? WHERE id = ? AND source_id IN "
                       "(SELECT id FROM sources WHERE official = 0)", [source_id, duplicate])
        return Stored(duplicate, Outcome.SYNDICATED)

    article_id = db.execute(
        "INSERT INTO articles (url, source_id, title, author, site_name, published, language, text, "
        "text_hash, fingerprint, version, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
        "RETURNING id",
        [url, source_id, page.title, page.author, page.site_name, page.published, page.language, page.text,
         digest, f"{print_:016x}", stamp, stamp],
    ).fetchone()[0]
    _add_version(db, article_id, 1, page, digest, stamp)
    _add_outlet(db, article_id, source_id, url, page, stamp)
    fingerprints.add(article_id, source_id, print_)
    return Stored(article_id, Outcome.NEW)


def _print_of(page: Extracted) -> int:
    return page.fingerprint if page.fingerprint is not None else fingerprint(page.text)


def _add_version(db: Database, article_id: int, version: int, page: Extracted, digest: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO article_versions (article_id, version, title, text, text_hash, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", [article_id, version, page.title, page.text, digest, stamp])


def _add_outlet(db: Database, article_id: int, source_id: int, url: str, page: Extracted, stamp: str) -> None:
    db.execute(
        "INSERT INTO article_outlets (article_id, source_id, url, title, published, first_seen) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [article_id, source_id, url, page.title, page.published, stamp])
