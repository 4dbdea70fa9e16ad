"""Store extracted pages as articles: new, new version (silent edit), unchanged, or a syndicated copy."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlite_utils import Database

from aggregator.dedup import MIN_OVERLAP, FingerprintIndex, find_duplicates, fingerprint, overlap, text_hash
from aggregator.extract import Extracted
from aggregator.store import now
from aggregator.wire import current_rank, hold, load_copy, load_fingerprints, main_rank, merge_all, next_seq


class Outcome(enum.Enum):
    NEW = "new"
    UPDATED = "updated"          # same address, different text: a new version
    UNCHANGED = "unchanged"
    SYNDICATED = "syndicated"    # near-duplicate of another outlet's article: recorded as an outlet


@dataclass(frozen=True)
class Stored:
    article_id: int
    outcome: Outcome


def store_article(db: Database, *, source_id: int, url: str, page: Extracted, official: bool,
                  fingerprints: FingerprintIndex | None = None) -> Stored:
    """Record one page. The caller holds the transaction, together with the entry's state.

    Identity is the canonical URL first: the address of an article's main copy (a re-fetch,
    perhaps a silent edit), or of another outlet's copy of it (which updates only that
    outlet's row: its text never becomes the article's). Then the text: a page that
    duplicates any stored copy (aggregator.wire) joins that copy's article as an outlet, and
    one that duplicates copies of several articles merges them. `fingerprints` is the run's
    index of copies (loaded here when not given, for one-page runs) and learns new copies.
    """
    hold(db)
    digest = text_hash(page.text)
    stamp = now()
    print_ = _print_of(page)
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
             f"{print_:016x}", version, stamp, article_id],
        )
        _new_print(db, fingerprints, article_id, source_id, url, print_)
        _add_version(db, article_id, version, page, digest, stamp)
        return Stored(article_id, Outcome.UPDATED)

    copy = load_copy(db, url)
    if copy is not None:
        article_id, own_text = copy
        others = [r[0] for r in db.execute(
            "SELECT COALESCE(o.text, a.text) FROM article_outlets o JOIN articles a ON a.id = o.article_id "
            "WHERE o.article_id = ? AND o.url != ?", [article_id, url])]
        if any(overlap(page.text, text) >= MIN_OVERLAP for text in others):
            db.execute("UPDATE article_outlets SET title = ?, published = COALESCE(?, published) "
                       "WHERE article_id = ? AND url = ?", [page.title, page.published, article_id, url])
            if own_text != page.text:
                db.execute("UPDATE article_outlets SET text = ? WHERE article_id = ? AND url = ?",
                           [page.text, article_id, url])
                _new_print(db, fingerprints, article_id, source_id, url, print_)
            return Stored(article_id, Outcome.UNCHANGED)
        # The outlet rewrote its copy into a story of its own: it leaves the wire article.
        db.execute("DELETE FROM article_outlets WHERE article_id = ? AND url = ?", [article_id, url])

    if fingerprints is None:
        fingerprints = load_fingerprints(db)
    matches = find_duplicates(page.text, fingerprints.near(print_, other_than_source=source_id),
                              lambda key: load_copy(db, key))
    if matches:
        article_id = merge_all(db, matches)
        _add_outlet(db, article_id, source_id, url, page, stamp, print_=print_, text=page.text)
        fingerprints.add(url, source_id, print_)
        if main_rank(official, page.published, url) < current_rank(db, article_id):
            _make_main(db, article_id, source_id, url, page, digest, print_, stamp)
        return Stored(article_id, Outcome.SYNDICATED)

    article_id = db.execute(
        "INSERT INTO articles (url, source_id, title, author, site_name, published, language, text, "
        "text_hash, fingerprint, version, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
        "RETURNING id",
        [url, source_id, page.title, page.author, page.site_name, page.published, page.language, page.text,
         digest, f"{print_:016x}", stamp, stamp],
    ).fetchone()[0]
    _add_version(db, article_id, 1, page, digest, stamp)
    _add_outlet(db, article_id, source_id, url, page, stamp, print_=print_, text=None)
    fingerprints.add(url, source_id, print_)
    return Stored(article_id, Outcome.NEW)


def _make_main(db: Database, article_id: int, source_id: int, url: str, page: Extracted, digest: str,
               print_: int, stamp: str) -> None:
    """The copy just stored outranks the article's main copy: the article becomes that copy, with its
    text and source; the former main copy stays one of its outlets, keeping its text in its row.
    A new version if the text differs."""
    old_hash, version, old_url, old_text = db.execute(
        "SELECT text_hash, version, url, text FROM articles WHERE id = ?", [article_id]).fetchone()
    changed = old_hash != digest
    db.execute("UPDATE article_outlets SET text = ? WHERE article_id = ? AND url = ?", [old_text, article_id, old_url])
    db.execute("UPDATE article_outlets SET text = NULL WHERE article_id = ? AND url = ?", [article_id, url])
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


def _add_outlet(db: Database, article_id: int, source_id: int, url: str, page: Extracted, stamp: str, *,
                print_: int, text: str | None) -> None:
    """A copy's row: its own fingerprint, and its text unless it is the main copy (the article holds that)."""
    db.execute(
        "INSERT INTO article_outlets (article_id, source_id, url, title, published, first_seen, fingerprint, text, "
        "seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [article_id, source_id, url, page.title, page.published, stamp, f"{print_:016x}", text, next_seq(db)])


def _new_print(db: Database, fingerprints: FingerprintIndex | None, article_id: int, source_id: int, url: str,
               print_: int) -> None:
    """A copy's text changed: its row and the index learn its fingerprint (a new `seq` for other processes)."""
    db.execute("UPDATE article_outlets SET fingerprint = ?, seq = ? WHERE article_id = ? AND url = ?",
               [f"{print_:016x}", next_seq(db), article_id, url])
    if fingerprints is not None:
        fingerprints.add(url, source_id, print_)
