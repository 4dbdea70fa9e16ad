"""In-incident claims as the verdict rules see them: what is said, by which source, officially or not, relaying whom."""

from __future__ import annotations

from typing import Iterable

from sqlite_utils import Database

from claims.grouping.verdicts import Statement

# Official = the article's own source is official, or an official source also carried it.
OFFICIAL_SQL = """(s.official = 1 OR EXISTS (SELECT 1 FROM article_outlets o JOIN sources so
                   ON so.id = o.source_id WHERE o.article_id = a.id AND so.official = 1))"""
# When an article was first published: the earliest outlet that carried it (a wire story stored
# under a later outlet's address was still out first elsewhere), else its own date, else first sight.
# Stored dates are UTC ISO strings, so the string minimum is the earliest.
PUBLISHED_SQL = """COALESCE((SELECT min(o.published) FROM article_outlets o WHERE o.article_id = a.id),
                            a.published, a.first_seen)"""
_STATEMENTS = f"""SELECT c.id, c.slot, c.value, c.polarity, c.hedged, {OFFICIAL_SQL}, s.name, {PUBLISHED_SQL},
                  c.text, c.cluster_id, a.source_id, c.origin_source_id, og.name, a.id
                  FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                  JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1
                  LEFT JOIN sources og ON og.id = c.origin_source_id"""


def statements(db: Database, where: str, params: Iterable) -> list[tuple[Statement, int | None, int]]:
    """In-incident claims matching `where`, as (Statement, cluster id, source id)."""
    out = []
    # A claim an editor rejected says nothing (claims.editing.corrections).
    # In claim order on every engine (PostgreSQL keeps no insertion order), so ties fall alike.
    for row in db.execute(f"{_STATEMENTS} WHERE c.status != 'rejected' AND ({where}) ORDER BY c.id", list(params)):
        (cid, slot, value, polarity, hedged, official, source, published, text, cluster_id, source_id, origin_id,
         origin, article_id) = row
        out.append((Statement(cid, slot, value, polarity, bool(hedged), bool(official), source, published, text,
                              source_id, origin_id, origin, article_id), cluster_id, source_id))
    return out


