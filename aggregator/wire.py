"""Wire copies: each outlet's copy of an article with its own fingerprint, and merging two articles found to be one story.

A new page is compared with every stored copy, not only with each article's main one, so
copies chain: A close to B and B close to C make one article even when A and C are far
apart. When the page is a copy of two stored articles (the copy in the middle arriving
last), those articles are one story and are merged, so the store is the same whatever
order the copies came in. The surviving article is the one whose main copy ranks first
(official, earliest published, then address: `main_rank`), never the one stored first.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Callable

from sqlite_utils import Database

from aggregator.dedup import FingerprintIndex

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key: one process at a time stores a page (decides whether it is a copy, merges).
DEDUP_LOCK = 7_142_003

# Steps that move the rows other packages keep about an article (its claims, editors' decisions)
# when it is merged into another: called as step(db, survivor, absorbed) before the absorbed row goes.
_merge_steps: list[Callable[[Database, int, int], None]] = []


def on_merge(step: Callable[[Database, int, int], None]) -> Callable[[Database, int, int], None]:
    """Register what a package does when one article is merged into another (once per step)."""
    if step not in _merge_steps:
        _merge_steps.append(step)
    return step


def hold(db: Database) -> None:
    """Store pages one at a time across processes (PostgreSQL workers), until the caller's transaction ends.

    Deciding that a page is a copy, and merging, reads copies other workers may be storing:
    two copies stored at once must still meet. SQLite has one writer already.
    """
    if db.dialect.postgres:
        db.execute("SELECT pg_advisory_xact_lock(?)", [DEDUP_LOCK])


COPY_ROWS = ("SELECT o.url, o.source_id, COALESCE(o.fingerprint, a.fingerprint), o.seq FROM article_outlets o "
             "JOIN articles a ON a.id = o.article_id")


def load_fingerprints(db: Database) -> FingerprintIndex:
    """The near-duplicate index of every stored copy, for one run (a copy stored before copies had their
    own fingerprint stands for its article's main one)."""
    return FingerprintIndex((r[0], r[1], int(r[2], 16)) for r in db.execute(COPY_ROWS))


def load_copy(db: Database, url: str) -> tuple[int, str] | None:
    """A stored copy's article and text (the article's main text where the copy's own was never kept)."""
    row = db.execute("SELECT o.article_id, COALESCE(o.text, a.text) FROM article_outlets o "
                     "JOIN articles a ON a.id = o.article_id WHERE o.url = ? ORDER BY o.article_id LIMIT 1",
                     [url]).fetchone()
    return (row[0], row[1]) if row else None


def next_seq(db: Database) -> int:
    """The number of the next change of a copy's fingerprint (aggregator.shared reads changes after one it saw)."""
    return db.execute("SELECT COALESCE(max(seq), 0) + 1 FROM article_outlets").fetchone()[0]


def main_rank(official: bool, published: str | None, url: str) -> tuple:
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


def current_rank(db: Database, article_id: int) -> tuple:
    official, published, url = db.execute(
        "SELECT s.official, a.published, a.url FROM articles a JOIN sources s ON s.id = a.source_id "
        "WHERE a.id = ?", [article_id]).fetchone()
    return main_rank(bool(official), published, url)


def merge_all(db: Database, article_ids: list[int]) -> int:
    """Merge these articles (copies of one story) into the one whose main copy ranks first; return its id.

    The caller holds the transaction: the merge is whole or nothing.
    """
    survivor = min(article_ids, key=lambda i: current_rank(db, i))
    for other in sorted(article_ids):
        if other != survivor:
            merge(db, survivor, other)
    return survivor


def merge(db: Database, survivor: int, absorbed: int) -> None:
    """Make `absorbed` one more set of copies of `survivor`: its copies, entries and other packages'
    rows move (registered steps), its main copy keeps its text in its copy row, and its row goes.

    Its version history goes with it: a version records the main copy's text, and the survivor's
    main copy is another outlet's (the absorbed copy's current text stays in its copy row).
    """
    for step in _merge_steps:
        step(db, survivor, absorbed)
    db.execute("UPDATE article_outlets SET text = COALESCE(text, (SELECT a.text FROM articles a WHERE a.id = ?)), "
               "fingerprint = COALESCE(fingerprint, (SELECT a.fingerprint FROM articles a WHERE a.id = ?)) "
               "WHERE article_id = ?", [absorbed, absorbed, absorbed])
    db.execute("UPDATE article_outlets SET article_id = ? WHERE article_id = ? AND url NOT IN "
               "(SELECT url FROM article_outlets WHERE article_id = ?)", [survivor, absorbed, survivor])
    db.execute("DELETE FROM article_outlets WHERE article_id = ?", [absorbed])
    db.execute("UPDATE entries SET article_id = ? WHERE article_id = ?", [survivor, absorbed])
    db.execute("UPDATE articles SET first_seen = (SELECT min(first_seen) FROM articles WHERE id IN (?, ?)) "
               "WHERE id = ?", [survivor, absorbed, survivor])
    db.execute("DELETE FROM article_versions WHERE article_id = ?", [absorbed])
    db.execute("DELETE FROM articles WHERE id = ?", [absorbed])
    log.info("article %d merged into article %d: copies of one story", absorbed, survivor)
