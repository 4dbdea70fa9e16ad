"""Store extracted pages as articles: new, new version (silent edit), unchanged, or a syndicated copy."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlite_utils import Database

from aggregator.dedup import MIN_OVERLAP, FingerprintIndex, find_duplicate, fingerprint, overlap, text_hash
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

    Identity is the canonical URL first: the address of an article's main copy (a re-fetch,
    perhaps a silent edit), or of another outlet's copy of it (which updates only that
    outlet's row: its text never becomes the article's). Then the text: wire copy already
    stored under another outlet's address joins that article as an outlet. `fingerprints`
    is the run's index (loaded here when not given, for one-page runs) and learns new articles.
    """
    digest = text_hash(page.text)
    stamp = now()
    row = db.execute("SELECT id, text_hash, version FROM articles WHERE url = ?", [url]).fetchone()
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

    copy = db.execute("SELECT o.article_id, a.text FROM article_outlets o JOIN articles a ON a.id = o.article_id "
                      "WHERE o.url = ?", [url]).fetchone()
    if copy is not None:
        article_id, main_text = copy
        if overlap(page.text, main_text) >= MIN_OVERLAP:
            db.execute("UPDATE article_outlets SET title = ?, published = COALESCE(?, published) "
                       "WHERE article_id = ? AND url = ?", [page.title, page.published, article_id, url])
            return Stored(article_id, Outcome.UNCHANGED)
        # The outlet rewrote its copy into a story of its own: it leaves the wire article.
        db.execute("DELETE FROM article_outlets WHERE article_id = ? AND url = ?", [article_id, url])

    print_ = _print_of(page)
    if fingerprints is None:
        fingerprints = load_fingerprints(db)
    duplicate = find_duplicate(page.text, fingerprints.near(print_, other_than_source=source_id),
                               lambda article_id: db.execute("SELECT text FROM articles WHERE id = ?",
                                                             [article_id]).fetchone()[0])
    if duplicate is not None:
        _add_outlet(db, duplicate, source_id, url, page, stamp)
        if _main_rank(official, page.published, url) < _current_rank(db, duplicate):
            _make_main(db, duplicate, source_id, url, page, digest, print_, stamp)
            fingerprints.add(duplicate, source_id, print_)
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


def _main_rank(official: bool, published: str | None, url: str) -> tuple:
    """Which copy of a wire story is the article's main one: official first, then the earliest
    published, then the address; so the choice never depends on the order pages were fetched in."""
    return (0 if official else 1, _instant(published), url)


def _instant(published: str | None) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(published) if published else None
    except ValueError:
        when = None
    if when is None:
        return dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def _current_rank(db: Database, article_id: int) -> tuple:
    official, published, url = db.execute(
        "SELECT s.official, a.published, a.url FROM articles a JOIN sources s ON s.id = a.source_id "
        "WHERE a.id = ?", [article_id]).fetchone()
    return _main_rank(bool(official), published, url)


def _make_main(db: Database, article_id: int, source_id: int, url: str, page: Extracted, digest: str,
               print_: int, stamp: str) -> None:
    """The copy just stored outranks the article's main copy: the article becomes that copy, with its
    text and source; the former main copy stays one of its outlets. A new version if the text differs."""
    old_hash, version = db.execute("SELECT text_hash, version FROM articles WHERE id = ?", [article_id]).fetchone()
    changed = old_hash != digest
    db.execute(
        "UPDATE articles SET url = ?, source_id = ?, title = ?, author = ?, site_name = ?, published = ?, "
        "language = ?, text = ?, text_hash = ?, fingerprint = ?, version = ?, updated_at = ? WHERE id = ?",
        [url, source_id, page.title, page.author, page.site_name, page.published, page.language, page.text,
         digest, f"{print_:016x}", version + changed, stamp, article_id])
    if changed:
        _add_version(db, article_id, version + 1, page, digest, stamp)


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
