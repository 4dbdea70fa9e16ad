"""The exports of the contract: one JSON object, schema.org ClaimReview JSON-LD, and CSV, one row per claim.

Objects are built by the *_objects functions, which the JSON API can share so that a
script written against `recoupe export` works against /api/ too. Ids are the database's
row ids, which the pipeline keeps stable across runs (see claims.grouping.cluster).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from sqlite_utils import Database

from aggregator.config import IncidentSettings
from claims.grouping.reasons import language_of, parse, say, verdict_label
from claims.grouping.refresh import OFFICIAL_SQL
from claims.grouping.verdicts import CONFIRMED, CONTRADICTED, DISPUTED, NUMERIC_SLOTS, UNVERIFIED

# Live clusters: not merged away by an editor, and holding at least one claim.
LIVE = "k.merged_into IS NULL AND k.claim_count > 0"
# schema.org Rating: 1 (false) .. 5 (true); the textual rating (alternateName) is said in the claim's language.
RATINGS = {CONFIRMED: 5, UNVERIFIED: 3, DISPUTED: 2, CONTRADICTED: 1}
CSV_COLUMNS = ("claim_id", "article_id", "article_url", "source", "official", "published", "in_incident",
               "slot", "value", "polarity", "hedged", "text", "start", "end", "cluster_id", "verdict",
               "verdict_by")


def json_value(slot: str | None, value: str | None):
    """A stored value as the export shows it: an int for numeric slots, else the string."""
    if value is not None and slot in NUMERIC_SLOTS:
        try:
            return int(value)
        except ValueError:
            return float(value)
    return value


def incident_object(incident: IncidentSettings) -> dict:
    return {"id": incident.id, "title": incident.title, "description": incident.description,
            "since": incident.since.isoformat(), "languages": list(incident.languages),
            "profile": incident.profile}


def source_objects(db: Database) -> list[dict]:
    return [{"id": r[0], "name": r[1], "url": r[2], "official": bool(r[3])}
            for r in db.execute("SELECT id, name, url, official FROM sources ORDER BY id")]


def article_objects(db: Database, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Articles by id (a page of them with `limit`); `in_incident` is false (and `relevance` null) for one not
    analysed yet."""
    page = " LIMIT ? OFFSET ?" if limit is not None else ""
    rows = db.execute(f"""SELECT a.id, a.url, a.title, a.source_id, a.published, a.language, {OFFICIAL_SQL},
                          sc.in_incident, sc.relevance, ar.signature FROM articles a JOIN sources s ON s.id = a.source_id
                          LEFT JOIN article_scope sc ON sc.article_id = a.id
                          LEFT JOIN article_relevance ar ON ar.article_id = a.id ORDER BY a.id{page}""",
                      [limit, offset] if page else [])
    keys = ("id", "url", "title", "source_id", "published", "language", "official", "in_incident", "relevance",
            "in_incident_by")
    out = []
    for row in rows:
        item = dict(zip(keys, row))
        item["official"], item["in_incident"] = bool(item["official"]), bool(item["in_incident"])
        out.append(item)
    return out


def article_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id").fetchone()[0]


def claim_objects(db: Database, *, cluster_id: int | None = None, limit: int | None = None,
                  offset: int = 0) -> list[dict]:
    """Claims by id: all of them, or one cluster's (a page of them with `limit`)."""
    keys = ("id", "article_id", "slot", "value", "polarity", "hedged", "text", "start", "end", "cluster_id", "status")
    where, params = ("WHERE cluster_id = ? ", [cluster_id]) if cluster_id is not None else ("", [])
    page = "LIMIT ? OFFSET ?" if limit is not None else ""
    columns = ", ".join(f'"{k}"' for k in keys)  # quoted: `end` is a reserved word in PostgreSQL
    rows = db.execute(f"SELECT {columns} FROM claims {where}ORDER BY id {page}",
                      params + ([limit, offset] if page else []))
    out = []
    for row in rows:
        item = dict(zip(keys, row))
        item["value"], item["hedged"] = json_value(item["slot"], item["value"]), bool(item["hedged"])
        out.append(item)
    return out


def cluster_objects(db: Database, *, cluster_ids: Iterable[int] | None = None, verdict: str | None = None,
                    limit: int | None = None, offset: int = 0) -> list[dict]:
    """Live clusters by id; `official_claim_ids` are the official statements the verdict rests on
    (for a contradicted cluster they sit in the opposing cluster); `reason` is the verdict's reason
    as data (claims.grouping.verdicts), `sources` the number of independent outlets, `outlier` a
    lone claim against broad agreement.

    With `cluster_ids`, `verdict` or `limit`, only those clusters are read, and only their
    members: the objects are the same as in the full list.
    """
    keys = ("id", "slot", "value", "polarity", "label", "verdict", "verdict_by", "official_claim_ids", "first_seen",
            "reason", "outlier", "independent_sources")
    sql = f"SELECT k.{', k.'.join(keys)} FROM clusters k WHERE {LIVE}"
    params: list = []
    if cluster_ids is not None:
        wanted = sorted(set(cluster_ids))
        sql += f" AND k.id IN ({', '.join('?' * len(wanted))})"
        params += wanted
    if verdict is not None:
        sql += " AND k.verdict = ?"
        params.append(verdict)
    sql += " ORDER BY k.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = [dict(zip(keys, row)) for row in db.execute(sql, params)]
    everything = cluster_ids is None and verdict is None and limit is None
    members = _members(db, None if everything else [r["id"] for r in rows])
    return [{"id": item["id"], "slot": item["slot"], "value": json_value(item["slot"], item["value"]),
             "polarity": item["polarity"], "label": item["label"], "verdict": item["verdict"],
             "verdict_by": item["verdict_by"], "reason": parse(item["reason"]) or None,
             "outlier": bool(item["outlier"]), "sources": item["independent_sources"],
             "claim_ids": members.get(item["id"], []),
             "official_claim_ids": json.loads(item["official_claim_ids"] or "[]"),
             "first_seen": item["first_seen"]} for item in rows]


def cluster_count(db: Database, *, verdict: str | None = None) -> int:
    where, params = (" AND k.verdict = ?", [verdict]) if verdict is not None else ("", [])
    return db.execute(f"SELECT count(*) FROM clusters k WHERE {LIVE}{where}", params).fetchone()[0]


def _members(db: Database, cluster_ids: list[int] | None) -> dict[int, list[int]]:
    """Each cluster's claim ids in id order: of every cluster, or of these (lists built by SQLite, in C)."""
    members: dict[int, list[int]] = {}
    if cluster_ids is None:
        for claim_id, cluster_id in db.execute("SELECT id, cluster_id FROM claims WHERE cluster_id IS NOT NULL "
                                               "ORDER BY id"):
            members.setdefault(cluster_id, []).append(claim_id)
        return members
    for start in range(0, len(cluster_ids), 500):
        part = cluster_ids[start:start + 500]
        for cluster_id, claim_id in db.execute(
                f"SELECT cluster_id, id FROM claims WHERE cluster_id IN ({', '.join('?' * len(part))}) "
                "ORDER BY cluster_id, id", part):
            members.setdefault(cluster_id, []).append(claim_id)
    return members


def export_json(db: Database, incident: IncidentSettings) -> dict:
    """The contract's export object."""
    return {"incident": incident_object(incident), "sources": source_objects(db), "articles": article_objects(db),
            "claims": claim_objects(db), "clusters": cluster_objects(db)}


def export_claimreview(db: Database, incident: IncidentSettings, *,
                       base_url: str = "http://127.0.0.1:5000") -> list[dict]:
    """One schema.org ClaimReview per reviewed cluster: a verdict other than unverified, or an editor's."""
    editors = {r[0]: r[1:] for r in db.execute("SELECT cluster_id, editor, at FROM editor_verdicts")}
    appearances: dict[int, list[dict]] = {}
    for cluster_id, url, title, published, source, _article_id in db.execute(
            """SELECT DISTINCT c.cluster_id, a.url, a.title, a.published, s.name, a.id FROM claims c
               JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
               WHERE c.cluster_id IS NOT NULL ORDER BY a.published, a.id"""):
        work = {"@type": "CreativeWork", "url": url, "headline": title, "datePublished": published,
                "publisher": {"@type": "Organization", "name": source}}
        appearances.setdefault(cluster_id, []).append({k: v for k, v in work.items() if v is not None})
    reviews = []
    rows = db.execute(f"SELECT k.id, k.label, k.verdict, k.reason, k.slot, k.first_seen, k.updated_at, "
                      f"(SELECT a.language FROM claims c JOIN articles a ON a.id = c.article_id "
                      f" WHERE c.cluster_id = k.id AND c.text = k.label LIMIT 1) "
                      f"FROM clusters k WHERE {LIVE} ORDER BY k.id")
    for cluster_id, label, verdict, reason, slot, first_seen, updated_at, language in rows:
        editor = editors.get(cluster_id)
        if verdict == UNVERIFIED and editor is None:
            continue
        lang = language_of(language)
        value = RATINGS.get(verdict, RATINGS[UNVERIFIED])
        author = ({"@type": "Person", "name": editor[0]} if editor else
                  {"@type": "Organization", "name": f"Recoupe: {incident.title}"})
        seen = appearances.get(cluster_id, [])
        reviews.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{base_url.rstrip('/')}/claims/{cluster_id}",
            "claimReviewed": label,
            "inLanguage": lang,
            "datePublished": (editor[1] if editor else updated_at)[:10],
            "author": author,
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                             "alternateName": verdict_label(verdict, lang),
                             "ratingExplanation": say(reason, lang, slot=slot, verdict=verdict)},
            "itemReviewed": {"@type": "Claim", "datePublished": first_seen, "appearance": seen,
                             **({"firstAppearance": seen[0]} if seen else {})},
        })
    return reviews


# A cell beginning with one of these is read as a formula by spreadsheets (CSV injection:
# =HYPERLINK(...), +cmd|..., @SUM(...)); crawled text can begin with anything.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value) -> object:
    """A CSV cell a spreadsheet shows as text: '' for None, and a leading ' before a formula start."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_csv(db: Database) -> str:
    """One row per claim with its article, source, cluster and the cluster's verdict.

    Every text cell goes through spreadsheet_cell (the contract's formula prefixing); the
    command writes the text as UTF-8 with a byte order mark, so spreadsheets read accents right.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = db.execute(f"""SELECT c.id, c.article_id, a.url, s.name, {OFFICIAL_SQL}, a.published,
                          COALESCE(sc.in_incident, 0), c.slot, c.value, c.polarity, c.hedged, c.text, c.start,
                          c.end, c.cluster_id, k.verdict, k.verdict_by FROM claims c
                          JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                          LEFT JOIN article_scope sc ON sc.article_id = a.id
                          LEFT JOIN clusters k ON k.id = c.cluster_id ORDER BY c.id""")
    for row in rows:
        row = list(row)
        row[4], row[6], row[10] = int(bool(row[4])), int(bool(row[6])), int(bool(row[10]))
        writer.writerow([spreadsheet_cell(v) for v in row])
    return out.getvalue()
