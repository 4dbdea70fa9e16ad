"""Reads for single records and lists: an article with its claim spans, search, sources, the review queue, audit and runs.

Kept apart from claims/views/reading.py (the incident's picture) because these follow records one
by one; the web front end's views call them instead of holding SQL.
"""

from __future__ import annotations

import json
import re

from sqlite_utils import Database

from claims.views.fts import match_expression
from claims.views.reading import list_clusters

SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"   # markers no crawled text contains; split, then escaped


def article_detail(db: Database, article_id: int) -> dict | None:
    """An article, its outlets and scope, and its text cut into segments at claim spans for highlighting.

    Segments are (text, claim-or-None); the template escapes each, so highlighting never
    needs raw HTML. Overlapping spans keep the first.
    """
    rows = list(db.query(
        "SELECT a.id, a.url, a.title, a.author, a.site_name, a.published, a.language, a.text, a.version, "
        "a.first_seen, a.updated_at, s.id AS source_id, s.name AS source_name, s.official, "
        "sc.in_incident, sc.relevance, sc.reason AS scope_reason FROM articles a "
        "JOIN sources s ON s.id = a.source_id LEFT JOIN article_scope sc ON sc.article_id = a.id WHERE a.id = ?",
        [article_id]))
    if not rows:
        return None
    article = rows[0]
    claims = list(db.query(
        "SELECT c.id, c.slot, c.value, c.polarity, c.hedged, c.text, c.start, c.end, c.cluster_id, "
        "k.verdict FROM claims c LEFT JOIN clusters k ON k.id = c.cluster_id WHERE c.article_id = ? "
        "AND c.status != 'rejected' "
        "ORDER BY c.start, c.end DESC", [article_id]))
    text, segments, pos = article["text"], [], 0
    for claim in claims:
        if claim["start"] < pos or claim["end"] > len(text) or text[claim["start"]:claim["end"]] != claim["text"]:
            continue
        if claim["start"] > pos:
            segments.append((text[pos:claim["start"]], None))
        segments.append((text[claim["start"]:claim["end"]], claim))
        pos = claim["end"]
    segments.append((text[pos:], None))
    article["segments"] = segments
    article["claims"] = claims
    article["outlets"] = list(db.query(
        "SELECT o.url, o.title, o.published, s.name AS source_name FROM article_outlets o "
        "JOIN sources s ON s.id = o.source_id WHERE o.article_id = ? ORDER BY o.first_seen", [article_id]))
    return article


def _segments(snippet: str) -> list[tuple[str, bool]]:
    parts = []
    for i, chunk in enumerate(snippet.split(SNIPPET_OPEN)):
        if i == 0:
            parts.append((chunk, False))
            continue
        hit, _, rest = chunk.partition(SNIPPET_CLOSE)
        parts += [(hit, True), (rest, False)]
    return [p for p in parts if p[0]]


def _best(table: str) -> str:
    """The best-ranked rowids of a match: chosen before snippets are cut, so only those get one."""
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?"


def search(db: Database, query: str, *, limit: int = 30) -> dict:
    """Full-text search over articles (title, text) and claims (text), best matches first.

    The reader's words are quoted term by term (claims.views.fts), so nothing typed can be an FTS5 error.
    """
    query = (query or "").strip()
    if db.dialect.postgres:
        return _search_postgres(db, query, limit)
    match = match_expression(query)
    if match is None:
        return {"query": query, "articles": [], "claims": []}
    marks = [SNIPPET_OPEN, SNIPPET_CLOSE, "…"]
    articles = list(db.query(
        "SELECT a.id, a.title, COALESCE(a.published, a.first_seen) AS published, s.name AS source_name, "
        "snippet(articles_fts, 1, ?, ?, ?, 24) AS snippet FROM articles_fts "
        "JOIN articles a ON a.rowid = articles_fts.rowid JOIN sources s ON s.id = a.source_id "
        f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({_best('articles_fts')}) "
        "ORDER BY articles_fts.rank", [*marks, match, match, limit]))
    claims = list(db.query(
        "SELECT c.id, c.article_id, c.cluster_id, c.slot, c.hedged, k.verdict, k.verdict_by, k.reason, "
        "k.outlier, s.name AS source_name, "
        "a.title AS article_title, snippet(claims_fts, 0, ?, ?, ?, 40) AS snippet FROM claims_fts "
        "JOIN claims c ON c.rowid = claims_fts.rowid JOIN articles a ON a.id = c.article_id "
        "JOIN sources s ON s.id = a.source_id LEFT JOIN clusters k ON k.id = c.cluster_id "
        f"WHERE claims_fts MATCH ? AND claims_fts.rowid IN ({_best('claims_fts')}) "
        "ORDER BY claims_fts.rank", [*marks, match, match, limit]))
    for row in articles + claims:
        row["snippet"] = _segments(row["snippet"] or "")
    return {"query": query, "articles": articles, "claims": claims}


# PostgreSQL's spelling of the same search (web.migrations: a tsvector column per table, words
# folded without accents by the recoupe_search configuration), ranked, then cut into snippets.
_PG_HEADLINE = f"StartSel={SNIPPET_OPEN}, StopSel={SNIPPET_CLOSE}, MaxFragments=1, FragmentDelimiter=…, MinWords=8"


def _search_postgres(db, query: str, limit: int) -> dict:
    words = " ".join(re.findall(r"\w+", query))
    found = {}
    for table, columns, document, words_shown in (
        ("articles", "a.id, a.title, COALESCE(a.published, a.first_seen) AS published, s.name AS source_name",
         "a.text", 24),
        ("claims", "c.id, c.article_id, c.cluster_id, c.slot, c.hedged, k.verdict, s.name AS source_name, "
                   "a.title AS article_title", "c.text", 40),
    ):
        alias = table[0]
        joins = ("JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
                 "LEFT JOIN clusters k ON k.id = c.cluster_id" if table == "claims"
                 else "JOIN sources s ON s.id = a.source_id")
        found[table] = list(db.query(
            f"WITH q AS (SELECT plainto_tsquery('recoupe_search', ?) AS q), "
            f"best AS (SELECT t.id, ts_rank(t.search, q.q) AS r FROM {table} t, q WHERE t.search @@ q.q "
            f"ORDER BY r DESC, t.id LIMIT ?) "
            f"SELECT {columns}, ts_headline('recoupe_search', {document}, q.q, ?) AS snippet "
            f"FROM best JOIN {table} {alias} ON {alias}.id = best.id {joins} CROSS JOIN q "
            f"ORDER BY best.r DESC, {alias}.id",
            [words, limit, f"{_PG_HEADLINE}, MaxWords={words_shown}"]))
    for row in found["articles"] + found["claims"]:
        row["snippet"] = _segments(row["snippet"] or "")
    return {"query": query, **found}


def list_sources(db: Database) -> list[dict]:
    return list(db.query(
        "SELECT s.id, s.name, s.url, s.kind, s.official, s.in_config, s.official_set_by, "
        "(SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articles FROM sources s "
        "ORDER BY s.official DESC, lower(s.name)"))


def review_queue(db: Database) -> list[dict]:
    """Clusters to review: contradicted first, then outliers (a lone claim against broad agreement), disputed,
    then unverified ones most sources repeat, then the rest."""
    rank = {"contradicted": 0, "disputed": 2, "unverified": 3, "confirmed": 4}
    clusters = list_clusters(db)
    return sorted(clusters, key=lambda c: (1 if c["outlier"] else rank.get(c["verdict"], 5), -c["source_count"],
                                           -c["claim_count"], c["id"]))


def cluster_claim_choices(db: Database, cluster_id: int) -> list[dict]:
    """A cluster's claims for the split form: id, source, sentence."""
    return list(db.query(
        "SELECT c.id, c.text, c.hedged, s.name AS source_name FROM claims c JOIN articles a ON a.id = c.article_id "
        "JOIN sources s ON s.id = a.source_id WHERE c.cluster_id = ? ORDER BY c.id", [cluster_id]))


def audit_entries(db: Database, *, limit: int = 200) -> list[dict]:
    return list(db.query("SELECT id, at, editor, action, target, old, new, reason FROM audit_log "
                         "ORDER BY id DESC LIMIT ?", [limit]))


def crawl_runs(db: Database, *, limit: int = 50) -> list[dict]:
    """Recent runs with their counts decoded and their error messages, newest first."""
    runs = list(db.query("SELECT id, kind, started_at, ended_at, status, counts, error_count FROM crawl_runs "
                         "ORDER BY id DESC LIMIT ?", [limit]))
    for run in runs:
        run["counts"] = json.loads(run["counts"] or "{}")
        run["errors"] = list(db.query("SELECT kind, message, url, at FROM run_errors WHERE run_id = ? "
                                      "ORDER BY id LIMIT 50", [run["id"]]))
    return runs


def last_crawl(db: Database) -> str | None:
    """When the last finished run ended, for /healthz and page footers."""
    row = db.execute("SELECT max(ended_at) FROM crawl_runs").fetchone()
    return row[0] if row else None
